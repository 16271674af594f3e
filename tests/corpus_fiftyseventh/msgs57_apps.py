"""Application acknowledgements of the 57th corpus: hand-written, one employer voice each."""

from __future__ import annotations

from msgs57_base import m

A = "application_received"
MESSAGES = [
    m(A, "infojobs_inscrita", "es", "InfoJobs <notificaciones@infojobs.net>",
      "Te has inscrito en la oferta: Revenue Manager (Bilbao)",
      """Hola Lucía,

Tu inscripción en la oferta "Revenue Manager (Bilbao)" de Grupo Hotelero Arrieta se ha realizado correctamente.

La empresa ya puede ver tu CV. Te avisaremos cuando lo lea o cambie el estado de tu candidatura.

Consejo: las candidaturas con carta de presentación tienen un 30% más de probabilidades de ser leídas.

InfoJobs""",
      company="Grupo Hotelero Arrieta", fmt="html", brand="InfoJobs", track="email.infojobs.net",
      date="2026-01-12T20:14:00+01:00"),

    m(A, "workday_volume_no_individual", "en", "Kessler Energie Talent Acquisition <kesslerenergie@myworkday.com>",
      "Thank you for applying - Procurement Analyst (m/f/d) - R-10482",
      """Dear Lucía,

Thank you for applying for the Procurement Analyst (m/f/d) position at Kessler Energie AG. We have successfully received your application.

Our recruiting team will now review your documents carefully. Due to the high volume of applications we receive, we are unfortunately unable to respond to every applicant individually or provide individual feedback at this stage. If your profile matches our requirements, we will contact you within the next three weeks.

You can check the status of your application at any time in your candidate home.

Kind regards,
Talent Acquisition
Kessler Energie AG""",
      company="Kessler Energie", contact="", date="2026-01-15T22:47:00+01:00", fmt="html", brand="Kessler Energie"),

    m(A, "factorial_es_recibida", "es", "Txoko Foods <jobs-noreply@factorialhr.com>",
      "Hemos recibido tu candidatura",
      """¡Hola Lucía!

Gracias por tu interés en Txoko Foods. Hemos recibido tu candidatura para Key Account Manager Retail y la revisaremos con cariño en los próximos días.

Si tu perfil encaja, Laura, de nuestro equipo de People, se pondrá en contacto contigo.

¡Un abrazo!
Equipo Txoko Foods""",
      company="Txoko Foods", date="2026-01-20T10:02:00+01:00", fmt="alt", brand="Txoko Foods"),

    m(A, "public_registro_solicitud", "es", "Diputación Foral de Bizkaia <no-reply@bizkaia.example.eus>",
      "Justificante de registro de solicitud - Convocatoria bolsa Técnico/a de Promoción Económica",
      """Bizkaiko Foru Aldundia / Diputación Foral de Bizkaia

Justificante de presentación

Nº de registro: 2026-E-0041877
Fecha y hora: 26/01/2026 13:42:10
Interesada: ETXEBERRIA-MONTALVO, LUCÍA
Procedimiento: Proceso selectivo para la constitución de una bolsa de trabajo de Técnico/a de Promoción Económica

Su solicitud ha sido registrada correctamente. La lista provisional de personas admitidas y excluidas se publicará en el Boletín Oficial de Bizkaia.

Este correo se ha generado automáticamente; no responda a esta dirección.""",
      company="Diputación Foral de Bizkaia", date="2026-01-26T13:42:00+01:00", charset="iso-8859-1"),

    m(A, "greenhouse_en_received", "en", "LedgerLoop <no-reply@us.greenhouse-mail.io>",
      "Thanks for applying to LedgerLoop!",
      """Hi Lucía,

Thanks for applying for the Customer Success Manager (EMEA) role at LedgerLoop - we're excited that you're interested in joining us!

Our team is reviewing your application and we'll be in touch if your experience is a good fit for the role. In the meantime, feel free to check out our blog to learn more about how we work.

Cheers,
LedgerLoop Talent Team""",
      company="LedgerLoop", fmt="html", brand="LedgerLoop", track="links.greenhouse-mail.io",
      date="2026-01-28T14:20:00+00:00"),

    m(A, "fr_accuse_reception_formal", "fr", "Groupe Hôtelier Valrose <recrutement-noreply@successfactors.eu>",
      "Accusé de réception de votre candidature",
      """Madame Etxeberria-Montalvo,

Nous accusons bonne réception de votre candidature au poste de Responsable Revenue Management H/F et vous remercions de l'intérêt que vous portez à notre Groupe.

Votre dossier va être étudié avec attention. En raison du nombre important de candidatures reçues, nous ne serons malheureusement pas en mesure de répondre personnellement à chacune d'entre elles. Sans nouvelles de notre part dans un délai de quatre semaines, vous pourrez considérer que nous n'avons pas pu donner une suite favorable à votre candidature.

Cordialement,
L'équipe Recrutement
Groupe Hôtelier Valrose""",
      company="Groupe Hôtelier Valrose", date="2026-02-03T09:01:00+01:00", charset="iso-8859-1"),

    m(A, "es_personal_me_llego_cv", "es", "Ane Lertxundi <ane.lertxundi@donostiaevents.example.com>",
      "Re: Candidatura Coordinadora de Eventos",
      """Hola Lucía,

Recibido, muchas gracias. Estamos recogiendo candidaturas hasta final de mes y a principios de marzo empezaremos con las entrevistas. Te digo algo entonces.

Ane Lertxundi
Donostia Events & Congress""",
      company="Donostia Events & Congress", date="2026-02-10T12:50:00+01:00",
      quote=("es", "Lucía Etxeberria-Montalvo <lucia.etxeberria@example.es>",
             "Hola Ane,\n\nAdjunto mi CV para el puesto de Coordinadora de Eventos publicado en Lanbide. Tengo 8 años de experiencia en hoteles de Bilbao, los últimos 3 gestionando congresos.\n\nUn saludo,\nLucía Etxeberria-Montalvo"),
      in_reply_to="<lucia-donostiaevents-0209@mail.example.es>"),

    m(A, "de_eingangsbestaetigung", "de", "Karriere Alpenbahn Reisen <karriere@alpenbahn-reisen.example.de>",
      "Eingangsbestätigung Ihrer Bewerbung",
      """Sehr geehrte Frau Etxeberria-Montalvo,

vielen Dank für Ihre Bewerbung als Pricing Analyst (w/m/d) bei der Alpenbahn Reisen GmbH. Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Wir prüfen Ihre Bewerbung sorgfältig und melden uns innerhalb der nächsten drei Wochen bei Ihnen. Bitte haben Sie Verständnis dafür, dass wir Ihnen aufgrund der Vielzahl an Bewerbungen vorher leider keine Zwischenstände mitteilen können.

Freundliche Grüße
Ihr Recruiting-Team
Alpenbahn Reisen GmbH, München""",
      company="Alpenbahn Reisen", date="2026-02-17T16:05:00+01:00", cte="quoted-printable"),

    m(A, "teamtailor_es_startup", "es", "Equipo de Talento de Viajalia <no-reply@teamtailor-mail.com>",
      "¡Gracias por tu candidatura, Lucía!",
      """Hola Lucía 👋

¡Gracias por aplicar a Operations Specialist en Viajalia! Nos hace mucha ilusión que quieras formar parte del equipo.

¿Qué pasa ahora?
1. Revisamos tu candidatura (en menos de 10 días, prometido).
2. Si encajas, te escribimos para una primera llamada.
3. Si no, también te avisaremos. Nada de dejarte en visto.

Equipo de Talento de Viajalia""",
      company="Viajalia", fmt="html", brand="Viajalia", track="app.teamtailor-mail.com",
      date="2026-02-23T11:31:00+01:00"),

    m(A, "uk_nhs_like_trust", "en", "Recruitment Team <recruitment@stmargarets-health.example.nhs.uk>",
      "Application received - Commercial & Contracts Officer - Ref 340-CO-0412",
      """Dear Lucía Etxeberria-Montalvo,

Thank you for your application for the post of Commercial & Contracts Officer (Ref 340-CO-0412) at St Margaret's Health Partnership.

Your application will be passed to the recruiting manager for shortlisting after the closing date. Unfortunately we are unable to provide individual feedback at this stage. If you have not heard from us within 4 weeks of the closing date, please assume that you have not been shortlisted on this occasion.

Kind regards
Recruitment Team
St Margaret's Health Partnership""",
      company="St Margaret's Health Partnership", date="2026-03-04T08:44:00+00:00", charset="windows-1252"),

    m(A, "es_uni_registro_plaza", "es", "Universidad de Deusto - Personas <seleccion@deusto-univ.example.es>",
      "Confirmación de recepción: plaza PAS Gestión de Sostenibilidad",
      """Estimada Lucía:

Confirmamos la recepción de su candidatura para la plaza de Técnica de Gestión de Sostenibilidad (PAS). Una vez finalizado el plazo de presentación, la comisión de selección revisará las candidaturas y se contactará únicamente con las personas preseleccionadas.

Reciba un cordial saludo,

Servicio de Personas
Universidad de Deusto""",
      company="Universidad de Deusto", date="2026-03-10T10:10:00+01:00"),

    m(A, "smartrecruiters_fr_candidature", "fr", "Aéroports du Sud-Ouest <jobs-noreply@smartrecruiters.com>",
      "Merci pour votre candidature !",
      """Bonjour Lucía,

Merci d'avoir postulé au poste de Chargée de Pricing Parkings & Services chez Aéroports du Sud-Ouest.

Nous avons bien reçu votre candidature et allons l'étudier avec attention. Nous reviendrons vers vous dans les meilleurs délais.

À bientôt,
L'équipe Talent Acquisition
Aéroports du Sud-Ouest""",
      company="Aéroports du Sud-Ouest", fmt="alt", brand="Aéroports du Sud-Ouest", date="2026-03-17T19:02:00+01:00"),

    m(A, "indeed_candidatura_enviada", "es", "Indeed <no-reply@indeed.com>",
      "Candidatura enviada: Técnico/a de Compras - Logística Ebro",
      """Lucía, tu candidatura se ha enviado

Técnico/a de Compras
Logística Ebro - Zaragoza

Se han enviado los siguientes elementos a Logística Ebro:
• CV
• Respuestas a las preguntas del empleador

Puedes hacer un seguimiento de tus candidaturas en Mis empleos.

Consejo de Indeed: los empleadores suelen responder en 1-2 semanas.""",
      company="Logística Ebro", fmt="html", brand="Indeed", track="engage.indeed.com", date="2026-03-25T07:57:00+01:00"),

    m(A, "es_ett_hemos_recibido_cv_tu", "es", "Grupo Impulsa <ofertas@grupoimpulsa-rh.example.es>",
      "Re: Coordinador/a de congresos (ref. MAD-2211)",
      """Hola Lucía,

Hemos recibido tu CV para la oferta de Coordinador/a de congresos (ref. MAD-2211). Estamos revisando perfiles y, si encajas con lo que busca nuestro cliente, te llamaremos esta semana o la que viene.

Gracias por confiar en Grupo Impulsa.

Marina Cortés
Consultora de Selección""",
      company="", date="2026-03-30T16:44:00+02:00"),

    m(A, "en_lever_received_nigerian", "en", "SahelPay <no-reply@hire.lever.co>",
      "Thank you for your application to SahelPay",
      """Hi Lucia,

Thanks for applying to SahelPay. Your application for Partnerships Lead (Iberia) has been received and our team will review it shortly.

Best,
The SahelPay Team""",
      company="SahelPay", fmt="alt", brand="SahelPay", date="2026-06-08T11:00:00+01:00"),

    m(A, "es_cornerstone_energy", "es", "Iberenergía Talento <talento-noreply@csod.com>",
      "Iberenergía | Confirmación de candidatura - Analista de Reporting ESG",
      """Hola LUCÍA,

Te confirmamos que hemos recibido correctamente tu solicitud para la posición Analista de Reporting ESG (Ref. 2026-ESG-031) - Madrid.

Nuestro equipo de Selección analizará tu perfil. Debido al elevado número de candidaturas recibidas, lamentablemente no podemos dar respuesta individualizada a todas ellas. Si tu perfil es preseleccionado, nos pondremos en contacto contigo.

Gracias por tu interés en Iberenergía.

---
Este es un mensaje automático. No respondas a este correo.
Iberenergía, S.A. – Política de Privacidad""",
      company="Iberenergía", date="2026-06-15T02:11:00+02:00", fmt="html", brand="Iberenergía", track="iberenergia.csod.com"),

    m(A, "de_personio_eingang_casual", "de", "Tripnest <jobs-noreply@personio.de>",
      "Danke für deine Bewerbung bei Tripnest!",
      """Hi Lucía,

danke für deine Bewerbung als Operations Manager (m/f/d)! Wir haben sie erhalten und Katrin aus unserem Team schaut sie sich in den nächsten Tagen an.

Bis bald
Dein Tripnest Team""",
      company="Tripnest", date="2026-04-29T22:30:00+02:00", fmt="alt", brand="Tripnest"),

    m(A, "fr_ch_ong_accuse", "fr", "Fondation du Lac pour le Climat <candidatures@fondation-lac.example.ch>",
      "Votre dossier de candidature",
      """Madame,

Nous accusons réception de votre dossier de candidature pour le poste de Chargée de reporting durabilité (80-100 %).

La procédure de sélection est en cours. Nous nous permettrons de vous recontacter si votre profil est retenu pour un entretien. Nous vous remercions de votre patience.

Service des Ressources Humaines
Fondation du Lac pour le Climat
Rue de Lausanne 12, 1201 Genève""",
      company="Fondation du Lac pour le Climat", date="2026-04-20T14:40:00+02:00"),

    m(A, "es_linkedin_easy_apply", "es", "LinkedIn <jobs-noreply@linkedin.com>",
      "Lucía, tu solicitud se envió a Andina Viajes y Turismo",
      """Tu solicitud se envió a Andina Viajes y Turismo

Coordinadora de Operaciones
Andina Viajes y Turismo · Bogotá, Distrito Capital, Colombia (Híbrido)

Solicitado el 2 mar. 2026

Ver solicitud: https://www.linkedin.com/jobs/view/4011122233

Ahora puedes ver cuándo se ve tu solicitud.

Este correo electrónico está destinado a Lucía Etxeberria-Montalvo (Revenue Manager en hoteles | Customer Success).
Cancelar suscripción · Ayuda
© 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.""",
      company="Andina Viajes y Turismo", fmt="html", brand="LinkedIn", track="www.linkedin.com/comm",
      date="2026-03-02T21:05:00+01:00"),

    m(A, "es_hotel_email_directo_usted", "es", "Hotel Miramar Málaga - RRHH <rrhh@miramar-malaga.example.es>",
      "Acuse de recibo",
      """Estimada Sra. Etxeberria:

Acusamos recibo de su currículum vitae para el puesto de Revenue & Events Manager. Le informamos de que el proceso de selección se iniciará a mediados de mayo y que únicamente nos pondremos en contacto con las personas seleccionadas para entrevista.

Muchas gracias por su interés en nuestro hotel.

Atentamente,
Departamento de RR. HH.
Gran Hotel Miramar Málaga
Paseo de Reding 22, 29016 Málaga""",
      company="Gran Hotel Miramar Málaga", date="2026-04-27T09:35:00+02:00", cte="base64"),
]
