"""Application acknowledgements and offers in the fifty-second corpus, written by hand; data only."""

from __future__ import annotations

from typing import Any

from make_fiftysecond import Msg, q, thread_id


def Ack(**kw: Any) -> Msg:
    """An application acknowledgement."""
    return Msg(kind="application_received", **kw)


def Off(**kw: Any) -> Msg:
    """An offer."""
    return Msg(kind="offer", **kw)


MESSAGES = [
    Ack(
        scenario="workday_recibimos_postulacion",
        lang="es",
        company="Minera Cordillera Norte",
        contact="",
        sender=("Minera Cordillera Norte", "mineracordillera@myworkday.com"),
        subject="Hemos recibido su postulación",
        body="""Estimado/a Rodrigo Almeida Fuentes,

Gracias por postular al cargo Jefe de Proyectos Relaves (R-004512) en Minera Cordillera Norte.

Su postulación fue recibida correctamente. Nuestro equipo revisará los antecedentes y, si su perfil se ajusta a los requisitos, nos pondremos en contacto con usted.

Debido al alto volumen de postulaciones, no nos es posible responder individualmente a cada postulante.

Puede revisar el estado de su postulación en cualquier momento desde su cuenta de candidato.

Gerencia de Personas
Minera Cordillera Norte""",
        date="2026-01-08 22:14 -0300",
        fmt="alt",
        brand="Minera Cordillera Norte",
        cte="quoted-printable",
    ),
    Ack(
        scenario="greenhouse_thanks_applying_en",
        lang="en",
        company="Verdant Grid",
        contact="",
        sender=("Verdant Grid", "no-reply@us.greenhouse-mail.io"),
        subject="Thank you for applying to Verdant Grid",
        body="""Hi Rodrigo,

Thanks for applying to Verdant Grid! Your application for Senior Project Manager, Utility-Scale Solar has been received and our team will be reviewing it over the coming weeks.

If your experience looks like a match, a member of our recruiting team will reach out to discuss next steps. Unfortunately we are unable to provide individual feedback at this stage.

In the meantime, learn more about our projects: https://verdantgrid.example.com/projects

Best,
Verdant Grid Recruiting""",
        date="2026-01-14 03:10 -0600",
        fmt="alt",
        brand="Verdant Grid",
    ),
    Ack(
        scenario="chiletrabajos_cv_enviado",
        lang="es",
        company="Sanitaria Maule Sur",
        contact="",
        sender=("Chiletrabajos", "no-reply@chiletrabajos.example.cl"),
        subject="Tu postulación fue enviada con éxito",
        body="""Hola Rodrigo,

Tu postulación al aviso "Jefe de Operaciones Plantas de Tratamiento de Aguas Servidas" de Sanitaria Maule Sur fue enviada con éxito.

El empleador podrá revisar tu CV y contactarte directamente si le interesa tu perfil.

Recuerda que puedes ver el estado de todas tus postulaciones en "Mis postulaciones".

Chiletrabajos""",
        date="2026-01-22 13:33 -0300",
        fmt="html",
        brand="Chiletrabajos",
    ),
    Ack(
        scenario="de_eingangsbestaetigung",
        lang="de",
        company="Stadtwerke Rheinfeld",
        contact="",
        sender=("Stadtwerke Rheinfeld Bewerbermanagement", "no-reply@rheinfeld-karriere.example.de"),
        subject="Eingangsbestätigung Ihrer Bewerbung - Kennziffer 2026-117",
        body="""Sehr geehrter Herr Almeida Fuentes,

vielen Dank für Ihre Bewerbung als Ingenieur Asset Management Wasserversorgung, die wir heute erhalten haben.

Wir prüfen Ihre Unterlagen sorgfältig und melden uns nach Ablauf der Bewerbungsfrist bei Ihnen. Bitte haben Sie Verständnis dafür, dass dies einige Wochen in Anspruch nehmen kann und wir Zwischenanfragen nicht individuell beantworten können.

Mit freundlichen Grüßen
Ihr Team Personalgewinnung
Stadtwerke Rheinfeld""",
        date="2026-02-02 07:55 +0100",
        charset="iso-8859-1",
        cte="quoted-printable",
    ),
    Ack(
        scenario="successfactors_candidatura_recibida",
        lang="es",
        company="Energía Austral",
        contact="",
        sender=("Energía Austral - Reclutamiento", "noreply@successfactors.eu"),
        subject="Confirmación de candidatura",
        body="""Estimado Rodrigo Almeida Fuentes:

Hemos recibido su candidatura para la posición Ingeniero/a de Activos Eólicos (Req. 18844). Gracias por su interés en Energía Austral.

Nuestro equipo analizará su perfil. Solo nos pondremos en contacto con las personas que pasen a la fase de entrevistas; lamentablemente no podemos dar respuesta individual a todas las candidaturas.

Atentamente,
Dirección de Personas y Cultura
Energía Austral""",
        date="2026-02-05 10:00 +0100",
        fmt="html",
        brand="Energía Austral",
        charset="iso-8859-1",
        cte="quoted-printable",
    ),
    Ack(
        scenario="smartrecruiters_received_uae",
        lang="en",
        company="Emirates Green Utilities",
        contact="",
        sender=("Emirates Green Utilities", "noreply@smartrecruiters.com"),
        subject="Thank you for your application!",
        body="""Dear Rodrigo,

Thank you for your interest in Emirates Green Utilities. We have received your application for Manager - HSE (Desalination Assets).

Due to the high volume of applications, only shortlisted candidates will be contacted.

Best regards,
Human Capital Department""",
        date="2026-02-11 09:01 +0400",
        fmt="alt",
        brand="Emirates Green Utilities",
    ),
    Ack(
        scenario="fr_accuse_reception",
        lang="fr",
        company="Hydroterra Ingénierie",
        contact="",
        sender=("Hydroterra Ingénierie", "ne-pas-repondre@hydroterra.example.fr"),
        subject="Accusé de réception de votre candidature",
        body="""Bonjour,

Nous accusons bonne réception de votre candidature au poste de Chef de projet eau potable (réf. HT-2026-031) et vous en remercions.

Votre dossier va être étudié avec attention par nos équipes. Si votre profil correspond à nos attentes, nous vous contacterons dans les meilleurs délais.

Ceci est un message automatique, merci de ne pas y répondre.

Hydroterra Ingénierie - Service Recrutement""",
        date="2026-02-18 08:12 +0100",
        charset="windows-1252",
        cte="quoted-printable",
    ),
    Ack(
        scenario="hunter_recibido_cv_tu",
        lang="es",
        company="",
        contact="carolina.munoz@talentoandino.example.com",
        sender=("Carolina Muñoz", "carolina.munoz@talentoandino.example.com"),
        subject="RE: Postulación Subgerente de Operaciones - sector sanitario",
        body="""Hola Rodrigo, gracias por postular!

Recibí tu CV para la búsqueda de Subgerente de Operaciones (empresa sanitaria de la zona central, confidencial por ahora). Lo voy a revisar con calma esta semana y si avanzas te llamo para coordinar una primera conversación.

Saludos,
Carolina Muñoz
Talento Andino""",
        date="2026-01-30 10:18 -0300",
        in_reply_to=thread_id("hunter_recibido_cv_tu", "example.cl"),
    ),
    Ack(
        scenario="teamtailor_gracias_postular",
        lang="es",
        company="H2 Magallanes",
        contact="",
        sender=("H2 Magallanes", "no-reply@teamtailor-mail.com"),
        subject="¡Gracias por tu postulación, Rodrigo!",
        body="""¡Hola Rodrigo!

Gracias por postular a Coordinador/a HSE en H2 Magallanes. Hemos recibido tu postulación y la revisaremos lo antes posible.

Por la cantidad de postulaciones que estamos recibiendo, puede que tardemos un poco en responder. Te avisaremos por correo sobre cualquier novedad en el proceso.

Mientras tanto, conoce más sobre nuestro proyecto en Punta Arenas en nuestro sitio de carreras.

Un abrazo,
Equipo H2 Magallanes""",
        date="2026-03-24 14:02 -0300",
        fmt="alt",
        brand="H2 Magallanes",
        cte="base64",
    ),
    Ack(
        scenario="taleo_oracle_style_en",
        lang="en",
        company="Northstar Copper",
        contact="",
        sender=("Northstar Copper Careers", "northstarcopper@taleo.example.net"),
        subject="Northstar Copper - Application Acknowledgement - Req 260041",
        body="""Dear Rodrigo Almeida Fuentes ,

Thank you for submitting your application for the position of  Superintendent, Water Management (Req ID: 260041)  at Northstar Copper.

We are currently reviewing all applications. If your qualifications match the requirements for this position, a member of our Talent Acquisition team will contact you.

To check the status of your application, please log in to your profile at: https://northstarcopper.taleo.example.net/careersection/ex/jobdetail.ftl?job=260041

Sincerely,
Talent Acquisition
Northstar Copper

** Please do not reply to this message. This mailbox is not monitored. **""",
        date="2026-03-27 23:48 -0700",
        cte="quoted-printable",
    ),
    Ack(
        scenario="municipal_bogota_radicado",
        lang="es",
        company="Empresa de Acueducto de Bogotá",
        contact="",
        sender=("Ventanilla Virtual EAB", "notificaciones@eab-talento.example.com.co"),
        subject="Radicado 2026-ER-0044812 - Inscripción convocatoria",
        body="""Señor(a)
RODRIGO ALMEIDA FUENTES

Le informamos que su inscripción a la convocatoria CP-014-2026 "Profesional Especializado - Gestión de Activos de Infraestructura" ha sido registrada con el número de radicado 2026-ER-0044812.

La lista de admitidos a la etapa de pruebas será publicada en la página web de la Empresa el 24 de abril de 2026. No se enviarán comunicaciones individuales.

Cordialmente,
Dirección de Talento Humano
Empresa de Acueducto de Bogotá - ESP""",
        date="2026-04-06 17:20 -0500",
        charset="iso-8859-1",
        cte="quoted-printable",
    ),
    Ack(
        scenario="lever_application_received_casual",
        lang="en",
        company="Hydrolytix",
        contact="",
        sender=("Hydrolytix", "no-reply@hire.lever.co"),
        subject="Thanks for applying to Hydrolytix",
        body="""Hey Rodrigo,

We got your application for Operations Lead, Electrolyser Commissioning - thank you! We're a small team, so it might take us a week or two to get back to you, but a real human reads every application.

Hydrolytix""",
        date="2026-03-02 12:00 -0500",
    ),
    Ack(
        scenario="korean_received_en",
        lang="en",
        company="Hanseong E&C",
        contact="",
        sender=("Hanseong E&C Recruit", "recruit-noreply@hanseong-enc.example.com"),
        subject="[Hanseong E&C] Your application has been successfully submitted",
        body="""Dear Applicant,

Your application for [Site Manager (Chile Solar+BESS)] has been successfully submitted.

Application No. : HS-2026-GL-00731
Submission Date : 2026.05.29

The results of the document screening will be announced individually by e-mail.

Thank you.
Hanseong E&C Global HR Team""",
        date="2026-05-29 16:02 +0900",
        fmt="html",
        brand="Hanseong E&C",
    ),
    Ack(
        scenario="buk_postulacion_recibida",
        lang="es",
        company="Transportes Mineros del Loa",
        contact="",
        sender=("Reclutamiento TM Loa", "notificaciones@buk.example.cl"),
        subject="Postulación recibida",
        body="""Hola Rodrigo,

¡Hemos recibido tu postulación para Jefe HSE Faena Calama! Gracias por tu interés en ser parte de Transportes Mineros del Loa.

Si tu perfil se ajusta a lo que buscamos, te contactaremos para las siguientes etapas (entrevista, evaluación psicolaboral, examen preocupacional).

Saludos,
Equipo de Personas""",
        date="2026-05-04 09:12 -0400",
        fmt="alt",
        brand="Transportes Mineros del Loa",
    ),
    Ack(
        scenario="au_council_received",
        lang="en",
        company="City of Fremantle Water Services",
        contact="",
        sender=("City of Fremantle Water Services - Recruitment", "recruitment-noreply@cfws.example.gov.au"),
        subject="Application received - Asset Engineer (Stormwater) - Ref 26/118",
        body="""Dear Rodrigo

Thank you for your application for the position of Asset Engineer (Stormwater), Ref 26/118.

Applications close on Friday 19 June 2026. Shortlisting will take place in the fortnight following the closing date and all applicants will be advised of the outcome of their application.

Please note that this is an automated acknowledgement.

Regards
People & Culture
City of Fremantle Water Services""",
        date="2026-06-05 14:30 +0800",
    ),
    Ack(
        scenario="recruiter_personal_reply_ack_es",
        lang="es",
        company="Puerto Oriental",
        contact="mfernandez@puertooriental.example.com.uy",
        sender=("Martina Fernández", "mfernandez@puertooriental.example.com.uy"),
        subject="Re: Postulación Jefe de Mantenimiento de Infraestructura",
        body="""Hola Rodrigo, ¿qué tal?

Recibimos tu postulación, muchas gracias. Estamos juntando candidatos hasta fin de mes; después arrancamos con las entrevistas. Cualquier cosa te aviso.

Saludos,
Martina
Recursos Humanos - Puerto Oriental""",
        quote="""El dom, 19 abr 2026 a las 21:03, Rodrigo Almeida Fuentes (<rodrigo.almeida@example.cl>) escribió:
""" + q("""Estimada Martina:

Adjunto mi CV para la posición de Jefe de Mantenimiento de Infraestructura publicada en LinkedIn. Tengo 12 años de experiencia en mantenimiento de infraestructura minera y portuaria en Antofagasta.

Saludos cordiales,
Rodrigo Almeida Fuentes"""),
        date="2026-04-20 09:40 -0300",
        in_reply_to=thread_id("recruiter_personal_reply_ack_es", "example.cl"),
    ),
    Ack(
        scenario="hiringroom_recibimos_cv",
        lang="es",
        company="Banco del Plata",
        contact="",
        sender=("Banco del Plata - Talento", "noreply@hiringroom.example.com"),
        subject="¡Recibimos tu CV!",
        body="""Hola Rodrigo,

Tu postulación a Analista Sr. Project Finance - Energías Renovables fue recibida. Vamos a analizar tu perfil y, si avanzás en la búsqueda, te vamos a contactar.

Por la gran cantidad de postulantes, no podemos dar una devolución individual a cada persona.

¡Gracias por elegirnos!
Banco del Plata""",
        date="2026-06-20 10:30 -0300",
        fmt="alt",
        brand="Banco del Plata",
        cte="base64",
    ),
    Ack(
        scenario="fr_candidature_bien_recue_wttj",
        lang="fr",
        company="Géolithe Conseil",
        contact="",
        sender=("Géolithe Conseil via Welcome to the Jungle", "no-reply@welcometothejungle.example.com"),
        subject="Ta candidature chez Géolithe Conseil a bien été envoyée",
        body="""Hello Rodrigo,

Ta candidature pour le poste "Consultant·e Senior RSE - Secteur minier" chez Géolithe Conseil a bien été transmise !

L'équipe de recrutement va étudier ton profil. En attendant, découvre d'autres entreprises qui recrutent dans l'énergie.

À très vite,
L'équipe Welcome to the Jungle""",
        date="2026-07-07 11:25 +0200",
        fmt="html",
        brand="Welcome to the Jungle",
    ),
    Ack(
        scenario="universidad_concurso_recepcion",
        lang="es",
        company="Universidad Técnica del Pacífico",
        contact="concursos.academicos@utp.example.cl",
        sender=("Concursos Académicos UTP", "concursos.academicos@utp.example.cl"),
        subject="Recepción de antecedentes - Concurso Académico Depto. Ingeniería en Minas",
        body="""Estimado Sr. Almeida:

Acusamos recibo de sus antecedentes para el Concurso Público Académico Jornada Completa, Departamento de Ingeniería en Minas (Antofagasta).

La comisión evaluadora revisará las postulaciones una vez cerrado el plazo (31 de julio). Los resultados de la preselección serán comunicados a los candidatos seleccionados para entrevista.

Cualquier consulta, puede dirigirla a este correo.

Atentamente,
Unidad de Concursos Académicos
Vicerrectoría Académica
Universidad Técnica del Pacífico""",
        date="2026-07-16 12:12 -0400",
        charset="iso-8859-1",
        cte="quoted-printable",
    ),
    Ack(
        scenario="de_personio_danke",
        lang="de",
        company="Sonnenfeld Energy",
        contact="",
        sender=("Sonnenfeld Energy", "no-reply@sonnenfeld.jobs.personio.example.de"),
        subject="Danke für deine Bewerbung!",
        body="""Hallo Rodrigo,

vielen Dank für deine Bewerbung als Senior Project Developer PV (LATAM)! Wir haben deine Unterlagen erhalten und schauen sie uns in den nächsten Tagen an.

Wir melden uns so schnell wie möglich bei dir.

Viele Grüße
Dein Sonnenfeld Energy Team""",
        date="2026-06-12 08:08 +0200",
        fmt="alt",
        brand="Sonnenfeld Energy",
    ),
    # offers
    Off(
        scenario="oferta_verbal_seguimiento",
        lang="es",
        company="Compañía Minera Tamarugal",
        contact="jorge.araya@tamarugal.example.cl",
        sender=("Jorge Araya Castillo", "jorge.araya@tamarugal.example.cl"),
        subject="Propuesta de contratación - Gerente de Sustentabilidad",
        body="""Estimado Rodrigo:

Tal como le adelantó ayer por teléfono nuestro Gerente General, tenemos el agrado de ofrecerle el cargo de Gerente de Sustentabilidad de Compañía Minera Tamarugal.

Adjunto encontrará la carta oferta con el detalle de la renta bruta mensual, bono anual por desempeño, sistema de turno 5x2 con viajes a faena, seguro complementario de salud y fecha de ingreso propuesta (1 de junio de 2026). La oferta está sujeta a la aprobación del examen médico preocupacional y a la verificación de referencias.

Le agradeceremos su respuesta a más tardar el viernes 15 de mayo. Quedo disponible para conversar cualquier duda.

Atentamente,

Jorge Araya Castillo
Jefe de Reclutamiento y Desarrollo
Compañía Minera Tamarugal""",
        date="2026-05-08 17:02 -0400",
        attachment="Carta_Oferta_RAlmeida.pdf",
        charset="iso-8859-1",
        cte="quoted-printable",
    ),
    Off(
        scenario="en_pleased_to_offer_remote",
        lang="en",
        company="Kestrel Sustainability Partners",
        contact="hannah.li@kestrelsp.example.com",
        sender=("Hannah Li", "hannah.li@kestrelsp.example.com"),
        subject="Offer - ESG Manager (Mining Sector)",
        body="""Hi Rodrigo,

On behalf of everyone at Kestrel, I'm pleased to offer you the position of ESG Manager (Mining Sector), working remotely from Santiago as a contractor through our employer-of-record partner.

Your offer letter is attached and outlines compensation, start date (August 3) and benefits. You'll receive a separate DocuSign envelope to sign electronically; the offer is open until July 10.

We're really excited about the prospect of you joining the team. Let me know if you'd like to set up a call to go over anything.

Best,
Hannah""",
        date="2026-07-02 16:20 -0400",
        attachment="Kestrel_Offer_Letter_Almeida.pdf",
        fmt="alt",
    ),
    Off(
        scenario="de_vertragsangebot",
        lang="de",
        company="Hydro Alpin Bau",
        contact="t.wagner@hydroalpin.example.at",
        sender=("Thomas Wagner", "t.wagner@hydroalpin.example.at"),
        subject="Ihr Vertragsangebot",
        body="""Sehr geehrter Herr Almeida Fuentes,

wir freuen uns sehr, Ihnen nach den Gesprächen mit unserem technischen Leiter die Position als Bauleiter Wasserkraft anbieten zu können.

Anbei erhalten Sie den Dienstvertrag in zweifacher Ausfertigung. Bitte senden Sie uns ein unterschriebenes Exemplar bis zum 10. April zurück. Bei Fragen zur Arbeitsbewilligung (Rot-Weiß-Rot-Karte) unterstützen wir Sie selbstverständlich.

Mit freundlichen Grüßen
Thomas Wagner
Personalabteilung
Hydro Alpin Bau GmbH""",
        date="2026-03-27 11:10 +0100",
        attachment="Dienstvertrag_Almeida_Fuentes.pdf",
        cte="quoted-printable",
    ),
    Off(
        scenario="fr_promesse_embauche",
        lang="fr",
        company="Géolithe Conseil",
        contact="julie.marchand@geolithe.example.fr",
        sender=("Julie Marchand", "julie.marchand@geolithe.example.fr"),
        subject="Proposition d'embauche",
        body="""Bonjour Rodrigo,

Suite à tes entretiens avec Paul et Anaïs, j'ai le plaisir de te confirmer que nous souhaitons t'accueillir chez Géolithe Conseil en tant que Consultant Senior RSE - Secteur minier, en CDI, basé à notre bureau de Lima avec des missions en France.

Tu trouveras ci-joint la promesse d'embauche détaillant la rémunération et les conditions. Peux-tu nous faire un retour d'ici le 4 septembre ?

Très belle journée,
Julie Marchand
Responsable RH - Géolithe Conseil""",
        date="2026-08-27 10:45 +0200",
        attachment="Promesse_embauche_RAlmeida.pdf",
        fmt="alt",
        charset="iso-8859-1",
        cte="quoted-printable",
    ),
    Off(
        scenario="mobile_verbal_offer_es",
        lang="es",
        company="Vientos Patagónicos",
        contact="msosa@vientospatagonicos.example.com.ar",
        sender=("Martín Sosa", "msosa@vientospatagonicos.example.com.ar"),
        subject="Re: Seguimos",
        body="""Rodrigo, como te dije recién por teléfono: la posición es tuya si la querés! Sofi te manda mañana la propuesta formal con los números. Bienvenido (casi) al equipo.

M.

Enviado desde mi Galaxy""",
        date="2026-04-09 20:12 -0300",
        in_reply_to=thread_id("mobile_verbal_offer_es", "example.cl"),
    ),
    Off(
        scenario="propuesta_formal_ar",
        lang="es",
        company="Vientos Patagónicos",
        contact="sofia.ibarra@vientospatagonicos.example.com.ar",
        sender=("Sofía Ibarra", "sofia.ibarra@vientospatagonicos.example.com.ar"),
        subject="Propuesta laboral - Gerente de Construcción",
        body="""Hola Rodrigo,

¡Qué alegría escribirte esto! Te adjunto la propuesta formal para el puesto de Gerente de Construcción en Vientos Patagónicos: remuneración, esquema de viáticos para obra en Neuquén, prepaga para vos y tu familia y fecha tentativa de ingreso el 4 de mayo.

Está sujeta a la presentación del apto médico preocupacional. Si estás de acuerdo, firmala y mandámela escaneada antes del viernes 17.

Cualquier duda me llamás.
Abrazo,
Sofi

Sofía Ibarra
Talento & Cultura | Vientos Patagónicos""",
        date="2026-04-10 12:30 -0300",
        attachment="Propuesta_Almeida_Fuentes.pdf",
        cte="quoted-printable",
    ),
    Off(
        scenario="uae_conditional_offer",
        lang="en",
        company="Al Noor Ports & Logistics",
        contact="fatima.alhashimi@alnoorports.example.ae",
        sender=("Fatima Al Hashimi", "fatima.alhashimi@alnoorports.example.ae"),
        subject="Conditional Offer of Employment",
        body="""Dear Rodrigo,

Following your interview with the panel, we are delighted to extend to you a conditional offer of employment for the position of Senior Manager, Asset Integrity, based in Jebel Ali, Dubai.

This offer is conditional upon satisfactory reference checks, attestation of your educational certificates, a pre-employment medical and the issuance of a UAE residence visa. Details of the package (basic salary, housing and transport allowances, annual flight ticket and medical insurance) are set out in the attached letter.

Kindly sign and return the letter within 7 days to confirm your acceptance.

Warm regards,
Fatima Al Hashimi
Talent Acquisition Specialist
Al Noor Ports & Logistics""",
        date="2026-04-22 12:05 +0400",
        attachment="ANPL_Conditional_Offer.pdf",
    ),
    Off(
        scenario="colombia_oferta_contrato",
        lang="es",
        company="Empresa de Energía del Caribe",
        contact="diana.cardenas@energiacaribe.example.com.co",
        sender=("Diana Cárdenas", "diana.cardenas@energiacaribe.example.com.co"),
        subject="Oferta laboral",
        body="""Rodrigo, buenos días.

Con mucho gusto le confirmo que el comité aprobó su contratación como Líder de Proyectos Solares. Adjunto la oferta laboral con salario integral, beneficios extralegales y fecha de ingreso sugerida del 1 de junio.

Para continuar con la vinculación necesitamos que nos envíe la oferta firmada y los documentos de la lista adjunta (exámenes médicos de ingreso, certificado de antecedentes, convalidación del título ante el COPNIA).

Cordialmente,
Diana Cárdenas
Empresa de Energía del Caribe S.A. E.S.P.""",
        date="2026-04-28 09:00 -0500",
        attachment="Oferta_Laboral_RAF.pdf",
        fmt="alt",
    ),
    Off(
        scenario="gridline_offer_casual_en",
        lang="en",
        company="Gridline Software",
        contact="amara@gridline.example.io",
        sender=("Amara Okafor", "amara@gridline.example.io"),
        subject="🎉 Offer from Gridline",
        body="""Rodrigo!!

I'm thrilled to share that the team wants you on board as Senior Customer Success Engineer (LATAM). Formal offer attached; TL;DR it's the comp range we discussed, plus equity and a home office stipend.

Can we grab 20 min tomorrow to walk through it? I know you have other processes going, so happy to answer anything.

Amara""",
        date="2026-05-12 14:45 -0700",
        attachment="Gridline_Offer_Rodrigo_Almeida.pdf",
        fmt="alt",
    ),
    Off(
        scenario="contrato_para_firmar_spain",
        lang="es",
        company="Aguas de Andalucía Oriental",
        contact="rrhh@aguasandaluciaoriental.example.es",
        sender=("Rocío Jiménez", "rrhh@aguasandaluciaoriental.example.es"),
        subject="Documentación para tu incorporación",
        body="""Hola Rodrigo:

¡Enhorabuena! Tras las entrevistas, nos complace ofrecerte el puesto de Técnico/a de Gestión de Activos en Sevilla. Te adjunto la carta de oferta con las condiciones (salario bruto anual, jornada intensiva en verano, teletrabajo dos días) y el contrato para que lo revises y nos lo devuelvas firmado.

Para darte de alta necesitaremos tu NIE y número de la Seguridad Social en cuanto los tengas.

Un saludo,
Rocío Jiménez
Recursos Humanos
Aguas de Andalucía Oriental""",
        date="2026-06-24 13:15 +0200",
        attachment="Contrato_Oferta_RAlmeida.pdf",
        cte="quoted-printable",
    ),
]
