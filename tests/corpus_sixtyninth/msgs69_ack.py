"""Application acknowledgements and offers for the sixty-ninth corpus."""

from msgs69_base import m

A = "application_received"
OFFER = "offer"

ACKS = [
    m(A, "workday_ack_volume", "en",
      "Halvorsen Electronics <halvorsen@myworkday.com>",
      "Thank you for applying to Halvorsen Electronics",
      """Dear Sofía Castellanos-Mbeki,

Thank you for your interest in Halvorsen Electronics. We have received your application for Procurement Specialist - Reynosa (R-0048812).

Our Talent Acquisition team will review your qualifications. Due to the high volume of applications we receive, we are unable to respond to every applicant individually. If your background matches our needs, a recruiter will contact you.

You can check the status of your application at any time by logging into your candidate home.

Regards,
Halvorsen Electronics Talent Acquisition

This is a system generated email. Please do not reply.""",
      company="Halvorsen Electronics", date="2026-01-30 23:04", fmt="alt"),

    m(A, "occ_ack_es", "es",
      "OCC Mundial <avisos@occ.example.com.mx>",
      "¡Tu postulación fue enviada!",
      """Hola Sofía,

Tu CV fue enviado con éxito a la vacante:

Analista de Comercio Exterior IMMEX
Fénix Pack México - Querétaro, Qro.

La empresa revisará tu perfil. Te avisaremos cuando vean tu CV.

Consejo: completa tu perfil al 100% para destacar.

OCC Mundial""",
      company="Fénix Pack México", date="2026-02-02 10:15", fmt="html",
      headers={"List-Unsubscribe": "<mailto:unsubscribe@occ.example.com.mx>"}),

    m(A, "ashby_ack_en", "en",
      "Ravenlight <no-reply@ashbyhq.example.com>",
      "Thanks for applying to Ravenlight!",
      """Hi Sofía,

Thanks for applying for the Strategic Sourcing Analyst role at Ravenlight! We've received your application and our team is reviewing it.

We try to get back to everyone within two weeks. In the meantime, feel free to read more about how we work: https://ravenlight.example.com/handbook

Cheers,
The Ravenlight Team""",
      company="Ravenlight", date="2026-07-02 16:40", fmt="alt"),

    m(A, "successfactors_ack_de", "de",
      "Kranich Mobility Karriere <karriere@successfactors.example.eu>",
      "Eingangsbestätigung Ihrer Bewerbung – Supply Chain Analyst (m/w/d)",
      """Sehr geehrte Frau Castellanos-Mbeki,

vielen Dank für Ihre Bewerbung und Ihr Interesse an der Kranich Mobility AG. Hiermit bestätigen wir den Eingang Ihrer Unterlagen für die Position Supply Chain Analyst (m/w/d), Job-ID 61522.

Wir prüfen Ihre Bewerbung sorgfältig und melden uns schnellstmöglich bei Ihnen. Bitte haben Sie Verständnis, dass dies einige Wochen in Anspruch nehmen kann.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Kranich Mobility AG

Dies ist eine automatisch generierte E-Mail. Bitte antworten Sie nicht auf diese Nachricht.""",
      company="Kranich Mobility", date="2026-02-20 15:30", fmt="qp"),

    m(A, "ack_no_feedback_es", "es",
      "Comercializadora Estrella Polar <empleos@estrellapolar.example.com.mx>",
      "Recibimos tu solicitud",
      """Hola Sofía:

¡Gracias por postularte a Jefa de Compras Nacionales en Comercializadora Estrella Polar!

Hemos recibido tu solicitud correctamente. Nuestro equipo revisará los perfiles durante las próximas semanas. Lamentablemente, por el gran número de solicitudes que recibimos, no podemos dar retroalimentación individual en esta etapa; si tu perfil es seleccionado, nos pondremos en contacto contigo por teléfono o correo.

¡Mucho éxito!

Equipo de Capital Humano
Comercializadora Estrella Polar""",
      company="Comercializadora Estrella Polar", contact="empleos@estrellapolar.example.com.mx",
      date="2026-02-25 12:00", fmt="latin1"),

    m(A, "taleo_ack_en_oddformat", "en",
      "Pacific Rim Motors Careers <careers@taleo.example.net>",
      "Pacific Rim Motors - Application Received - Job Number: 2600317",
      """Dear Sofia Castellanos-Mbeki ,


Thank you for applying to the Supply Chain Planner  position  (Job Number 2600317) located in  MX-GUA-Celaya .

Your application has been received and will be reviewed. Should your qualifications meet the requirements of the position you will be contacted.

 Please note: unfortunately we are unable to provide individual feedback at this stage.


Sincerely,

Pacific Rim Motors Manufacturing Mexico
Human Resources

*****This is an automated message. Do not reply to this email.*****""",
      company="Pacific Rim Motors", date="2026-03-02 02:10", fmt="cp1252"),

    m(A, "lever_ack_startup", "en",
      "Tiendazo <no-reply@hire.lever.example.co>",
      "Thanks for your application to Tiendazo",
      """Hi Sofía,

Thank you for your interest in Tiendazo! We've received your application for the Demand Planner role and will be in touch if your skills and experience are a good fit.

Tiendazo""",
      company="Tiendazo", date="2026-05-28 09:00", fmt="alt"),

    m(A, "computrabajo_visto_es", "es",
      "Computrabajo <notificaciones@computrabajo.example.com>",
      "Tu CV fue enviado a Logística Integral Sureste",
      """Hola Sofía,

Tu postulación a "Coordinador de Almacén - Mérida" fue recibida por la empresa Logística Integral Sureste.

Estado actual: CV recibido

Recuerda que puedes seguir el avance de tus postulaciones desde la app.

Computrabajo""",
      company="Logística Integral Sureste", date="2026-03-11 11:35", fmt="alt",
      headers={"List-Unsubscribe": "<https://mx.computrabajo.example.com/unsub>"}),

    m(A, "fr_accuse_reception", "fr",
      "Groupe Arvalène <noreply@avature.example.net>",
      "Accusé de réception de votre candidature",
      """Madame Castellanos-Mbeki,

Nous accusons bonne réception de votre candidature au poste d'Acheteuse Projets (H/F) - Querétaro et vous remercions de l'intérêt porté au Groupe Arvalène.

Votre dossier va être étudié avec attention. Compte tenu du nombre important de candidatures, nous ne serons malheureusement pas en mesure de répondre personnellement à chacune d'entre elles ; sans nouvelles de notre part sous quatre semaines, vous pourrez considérer que votre candidature n'a pas été retenue.

Cordialement,
L'équipe Recrutement
Groupe Arvalène""",
      company="Groupe Arvalène", date="2026-03-24 06:00", fmt="alt"),

    m(A, "recruiter_recibido_cv", "es",
      "Fernanda Ríos <fernanda.rios@nexo-personal.example.com>",
      "Re: CV Analista de Aduanas",
      """Hola Sofía, recibido tu CV, muchas gracias 🙂 Lo reviso con el cliente esta semana y te comento.

Saludos,
Fer
Nexo Personal | Consultoría en selección""",
      company="Nexo Personal", contact="fernanda.rios@nexo-personal.example.com",
      date="2026-04-06 18:22",
      quote={"style": "gmail", "who": "Sofía Castellanos-Mbeki <sofia.cm@example.mx>",
             "when": "Mon, Apr 6, 2026 at 5:40 PM",
             "text": "Hola Fernanda, te comparto mi CV para la vacante de Analista de Aduanas que publicaste en LinkedIn.\nSaludos,\nSofía"}),

    m(A, "icims_ack_retail", "en",
      "Brightmart Stores <brightmart@icims.example.com>",
      "We received your application - Import Logistics Specialist (Miami, FL)",
      """Hi Sofía,

Thanks for applying to Brightmart! This email confirms we've received your application for Import Logistics Specialist (Req #55012).

What happens next? Our recruiters review every application. If your experience is a match, we'll reach out to schedule a conversation. Because of the number of applications, we can't always reply to each applicant individually.

Brightmart Talent Acquisition
Brightmart is an Equal Opportunity Employer.""",
      company="Brightmart", date="2026-04-29 14:15", fmt="html"),

    m(A, "indeed_apply_es", "es",
      "Indeed <indeedapply@indeed.example.com>",
      "Postulación enviada: Analista de Planeación de Demanda",
      """Tu postulación fue enviada a Bebidas del Golfo

Analista de Planeación de Demanda
Bebidas del Golfo - Veracruz, Ver.

Se enviaron los siguientes elementos:
• CV: Sofia_Castellanos_CV_2026.pdf
• Preguntas del empleador (3)

Te notificaremos si el empleador revisa tu postulación.

Indeed""",
      company="Bebidas del Golfo", date="2026-05-14 20:50", fmt="alt"),

    m(A, "teamtailor_ack_es_spain", "es",
      "Lonja Digital <notifications@teamtailor-mail.example.com>",
      "¡Hemos recibido tu candidatura!",
      """Hola Sofía:

¡Gracias por querer formar parte de Lonja Digital! Hemos recibido tu candidatura para Category Buyer Fresh (Barcelona / remoto parcial).

Revisamos todas las candidaturas a mano, así que danos un par de semanas. Te escribiremos pase lo que pase.

¡Un abrazo!
El equipo de Personas de Lonja Digital""",
      company="Lonja Digital", date="2026-06-02 09:00", fmt="html"),

    m(A, "personio_ack_de", "de",
      "Lastwerk Robotics <jobs@personio.example.de>",
      "Ihre Bewerbung ist bei uns eingegangen",
      """Hallo Sofía,

vielen Dank für Ihre Bewerbung als Operations Buyer (m/w/d) – Remote LATAM bei Lastwerk Robotics. Wir haben Ihre Unterlagen erhalten und melden uns innerhalb von 10 Werktagen.

Beste Grüße
Ihr Lastwerk Robotics Team""",
      company="Lastwerk Robotics", date="2026-08-10 08:30", fmt="alt"),

    m(A, "universidad_acuse_es", "es",
      "Desarrollo Organizacional <do.vacantes@universidad-valle-anahuac.example.edu.mx>",
      "Acuse de recibo - Coordinación de Adquisiciones",
      """Estimada candidata:

Acusamos recibo de su documentación para el proceso de selección de la plaza de Coordinación de Adquisiciones. Su expediente ha sido turnado al área solicitante para su evaluación.

En caso de que su perfil sea preseleccionado, será contactada para las siguientes etapas. Le informamos que no se dará respuesta individual a las solicitudes no seleccionadas.

Atentamente,
Desarrollo Organizacional
Universidad del Valle de Anáhuac""",
      company="Universidad del Valle de Anáhuac",
      contact="do.vacantes@universidad-valle-anahuac.example.edu.mx", date="2026-04-24 12:00",
      fmt="cp1252"),

    m(A, "oracle_ack_es_bank", "es",
      "Banco Meridiano Careers <bancomeridiano@oraclecloud.example.com>",
      "Confirmación de postulación - Analista de Proveeduría",
      """Hola Sofía,

Gracias por postularte a la vacante Analista de Proveeduría (Req. 88231) en Banco Meridiano. Tu solicitud fue registrada el 14/05/2026.

Puedes consultar el estatus en tu perfil de candidato. No respondas a este correo.

Banco Meridiano | Reclutamiento y Selección""",
      company="Banco Meridiano", date="2026-05-14 10:02", fmt="html"),

    m(A, "gov_registro_folio", "es",
      "Sistema de Convocatorias <no-responder@aduanas-puerto.example.gob.mx>",
      "Registro exitoso - Convocatoria Pública 07/2026",
      """Su registro a la Convocatoria Pública 07/2026 se realizó correctamente.

Folio: 0713-2026-00457
Plaza: Jefe(a) de Departamento de Análisis de Operaciones de Comercio Exterior
Fecha de registro: 18/06/2026 21:44

Conserve este folio para consultar resultados. Este correo es informativo, no responda.""",
      company="Administración Portuaria de Aduanas del Pacífico", date="2026-06-18 21:45",
      fmt="latin1"),

    m(A, "kenyan_ack_en", "en",
      "Savannah Agritrade Recruitment <careers@savannah-agritrade.example.co.ke>",
      "Acknowledgement of Application - Import Planning Lead",
      """Dear Sofia,

We acknowledge receipt of your application for the position of Import Planning Lead (Mexico desk).

Kindly note that only shortlisted candidates will be contacted. Should you not hear from us within three weeks, please consider your application unsuccessful.

Yours faithfully,
Human Resources Department
Savannah Agritrade Ltd""",
      company="Savannah Agritrade", contact="careers@savannah-agritrade.example.co.ke",
      date="2026-05-18 03:00"),

    m(A, "smartrecruiters_ack_es", "es",
      "Farmacias Sol del Norte <jobs@smartrecruiters.example.com>",
      "Recibimos tu postulación, Sofía",
      """¡Hola Sofía!

Gracias por postularte a Analista de Inventarios - CEDIS Monterrey. Tu solicitud ya está con nuestro equipo de selección.

Debido al alto volumen de postulaciones, no nos es posible responder a cada candidato de forma individual, pero si tu perfil avanza te contactaremos.

Equipo de Selección
Farmacias Sol del Norte""",
      company="Farmacias Sol del Norte", date="2026-04-03 17:20", fmt="html"),

    m(A, "fr_recruteur_bien_recu", "fr",
      "Julien Marchand <j.marchand@lysandre-conseil.example.fr>",
      "RE: Candidature consultante supply chain",
      """Bonjour Sofía,

Bien reçu votre CV, merci ! Je le transmets à l'associé en charge du pôle Amériques et je reviens vers vous d'ici une quinzaine.

Julien""",
      company="Lysandre Conseil", contact="j.marchand@lysandre-conseil.example.fr",
      date="2026-09-08 14:10",
      quote={"style": "fr", "who": "Sofía Castellanos-Mbeki <sofia.cm@example.mx>",
             "when": "lun. 7 sept. 2026 à 20:15",
             "text": "Bonjour Monsieur Marchand,\nJe me permets de vous adresser ma candidature pour le poste de consultante supply chain (Amériques).\nCordialement,\nSofía Castellanos-Mbeki"}),
]

OFFERS = [
    m(OFFER, "oferta_verbal_seguimiento", "es",
      "Luis Fernando Pérez <lfperez@nexo-carga.example.com>",
      "Propuesta económica",
      """Hola Sofía, buenas tardes.

Como te comenté por teléfono, nos da mucho gusto ofrecerte la posición de Analista de Comercio Exterior Sr. Te comparto los puntos que platicamos:

- Sueldo mensual bruto: $42,000 MXN
- Vales de despensa 10%, fondo de ahorro 13%
- SGMM para ti y dependientes
- Aguinaldo 30 días, vacaciones según LFT + 2 días
- Esquema híbrido (3 días en oficina, Vallejo)

Fecha tentativa de ingreso: lunes 16 de marzo. La contratación está sujeta a estudio socioeconómico y examen médico.

Quedo atento a tu respuesta.

Saludos,
Luis Fernando Pérez
Gerente de Operaciones | Nexo Carga""",
      company="Nexo Carga", contact="lfperez@nexo-carga.example.com", date="2026-03-02 17:10",
      fmt="qp"),

    m(OFFER, "offer_letter_attached_en", "en",
      "Hannah Ortiz <hannah.ortiz@corvane.example.com>",
      "Offer Letter - Global Trade Compliance Analyst",
      """Hi Sofía,

It was great speaking with you today! As promised, attached is your formal offer letter for the Global Trade Compliance Analyst position at our Monterrey office.

Please review and sign via DocuSign by Friday, April 10. Let me know if you have any questions about compensation or benefits - happy to jump on a call.

Welcome (hopefully!) to Corvane!

Hannah Ortiz
Senior Recruiter, LATAM
Corvane Systems""",
      company="Corvane Systems", contact="hannah.ortiz@corvane.example.com",
      date="2026-04-06 18:00", attach=["Corvane_Offer_Castellanos-Mbeki.pdf"]),

    m(OFFER, "carta_oferta_es_formal", "es",
      "Capital Humano Fénix Pack <talento.mx@fenixpack.example.com>",
      "Carta oferta - Analista de Comercio Exterior (IMMEX)",
      """Estimada Sofía Castellanos-Mbeki:

Nos complace extenderle una oferta formal de empleo para ocupar el puesto de Analista de Comercio Exterior (IMMEX) en nuestra planta de Querétaro, conforme a las condiciones descritas en la carta adjunta.

Le solicitamos devolver la carta firmada a más tardar el 6 de marzo de 2026. Su ingreso quedará sujeto a la aprobación del examen médico y a la validación de referencias laborales.

Sin otro particular, le enviamos un cordial saludo.

Verónica Aldana
Especialista de Atracción de Talento
Fénix Pack México""",
      company="Fénix Pack México", contact="talento.mx@fenixpack.example.com",
      date="2026-03-03 12:30", fmt="alt", attach=["Carta_Oferta_SCM.pdf"]),

    m(OFFER, "de_vertragsangebot", "de",
      "Stefanie Wrobel <stefanie.wrobel@kranich-mobility.example.de>",
      "Ihr Vertragsangebot – Supply Chain Analyst (m/w/d)",
      """Sehr geehrte Frau Castellanos-Mbeki,

wir freuen uns sehr, Ihnen nach den positiven Gesprächen die Position als Supply Chain Analyst (m/w/d) in Wolfsburg anbieten zu können. Anbei erhalten Sie Ihren Arbeitsvertrag in zweifacher Ausfertigung.

Das Angebot steht unter dem Vorbehalt der Erteilung der Aufenthalts- und Arbeitserlaubnis; bei der Visumbeantragung unterstützen wir Sie selbstverständlich.

Bitte senden Sie uns ein unterschriebenes Exemplar bis zum 30. April zurück.

Mit freundlichen Grüßen
Stefanie Wrobel
Kranich Mobility AG""",
      company="Kranich Mobility", contact="stefanie.wrobel@kranich-mobility.example.de",
      date="2026-04-14 10:00", attach=["Arbeitsvertrag_Castellanos-Mbeki.pdf"]),

    m(OFFER, "fr_promesse_embauche", "fr",
      "Amandine Roux <amandine.roux@orbe-fret.example.fr>",
      "Proposition d'embauche : Chargée de douane",
      """Bonjour Sofía,

J'ai le plaisir de vous confirmer notre souhait de vous accueillir au sein d'Orbe Fret México en tant que Chargée de douane, à compter du 1er juin 2026.

Vous trouverez ci-joint votre promesse d'embauche précisant votre rémunération et vos avantages. Merci de nous la retourner signée sous huit jours.

Au plaisir de travailler ensemble,
Amandine Roux
Orbe Fret""",
      company="Orbe Fret", contact="amandine.roux@orbe-fret.example.fr", date="2026-04-20 04:00",
      fmt="latin1", attach=["Promesse_embauche_Orbe_Fret.pdf"]),

    m(OFFER, "headhunter_offer_whats", "es",
      "Andrés Villalobos <andres@puente-ejecutivo.example.com>",
      "TENEMOS OFERTA!!!",
      """Sofíaaa!!!

Me acaba de llamar el director de planta: te quieren!! Oferta de Planeador Sr. con $55k brutos + bono anual de 1.5 sueldos + auto utilitario. Te mando el PDF en cuanto me lo pase RH (hoy en la tarde).

Márcame cuando puedas para platicar los detalles 💪

Andrés
Puente Ejecutivo
Cel/WhatsApp 222 555 0673""",
      company="Puente Ejecutivo", contact="andres@puente-ejecutivo.example.com",
      date="2026-03-12 13:05"),

    m(OFFER, "conditional_offer_en_airport", "en",
      "Natalie Cruz <ncruz@gulfcoast-airport.example.org>",
      "Conditional Offer of Employment",
      """Dear Ms. Castellanos-Mbeki,

On behalf of the Gulf Coast Regional Airport Authority, I am pleased to extend to you a conditional offer of employment for the position of Air Cargo Operations Analyst, Grade 14, at an annual salary of $68,400.

This offer is contingent upon successful completion of a background check, TSA security threat assessment, and verification of work authorization.

Please indicate your acceptance by signing the enclosed letter and returning it by June 30, 2026.

Respectfully,
Natalie Cruz, SPHR
Human Resources Generalist""",
      company="Gulf Coast Regional Airport Authority", contact="ncruz@gulfcoast-airport.example.org",
      date="2026-06-19 14:00", fmt="alt", attach=["GCRAA_Conditional_Offer.pdf"]),

    m(OFFER, "contrato_firmar_spain", "es",
      "Marta Iglesias <marta.iglesias@logisur.example.es>",
      "Contrato para firma",
      """Hola Sofía:

¡Qué alegría! Tal como hablamos ayer, te adjunto el contrato como Demand Planner LATAM (remoto desde CDMX, contratación a través de nuestra filial mexicana). Si estás de acuerdo, fírmalo desde el enlace de Signaturit que te llegará aparte.

Cualquier duda me dices.

Un abrazo,
Marta
LogiSur""",
      company="LogiSur", contact="marta.iglesias@logisur.example.es", date="2026-05-22 09:30",
      attach=["Contrato_LogiSur_Castellanos.pdf"]),

    m(OFFER, "indian_offer_en", "en",
      "Priyanka Deshmukh <ta.mexico@sarvottamlogistics.example.in>",
      "Offer of Appointment - Customs Documentation Executive",
      """Dear Ms. Sofia,

Further to your discussions with our Mexico City branch head, we are pleased to offer you the position of Customs Documentation Executive.

Kindly find attached the Offer of Appointment for your perusal. Request you to revert with your acceptance at the earliest, along with your date of joining.

Thanks & Regards,
Priyanka Deshmukh
Talent Acquisition | Sarvottam Logistics Pvt. Ltd.""",
      company="Sarvottam Logistics", contact="ta.mexico@sarvottamlogistics.example.in",
      date="2026-09-16 06:15", attach=["Offer_Appointment_SC.pdf"]),

    m(OFFER, "oferta_startup_tu", "es",
      "Paola Rentería <paola@kargo-hub.example.com>",
      "🎉 Bienvenida a Kargo Hub (oferta)",
      """Sofi!!

Te escribo con muchísimo gusto para hacerte oficial la oferta como Procurement Lead en Kargo Hub. Te adjunto la propuesta con sueldo, stock options y prestaciones.

Nos encantaría que arrancaras el 5 de octubre. Tómate unos días para revisarla y dime si tienes dudas.

Pao
People @ Kargo Hub""",
      company="Kargo Hub", contact="paola@kargo-hub.example.com", date="2026-09-21 12:00",
      fmt="html", attach=["Propuesta_KargoHub_Sofia.pdf"]),
]

MESSAGES = ACKS + OFFERS
