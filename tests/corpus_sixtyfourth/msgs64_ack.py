"""Application acknowledgements and offers of the sixty-fourth corpus (data only)."""

from msgs64_build import M

V = "Valentina Ruiz-Achterberg <vale.ruiz@example.es>"

MESSAGES = [
    M("ack", "workday_received_es", "es", "Laboratorios Farmavalen", "",
      "Laboratorios Farmavalen <farmavalen@myworkday.com>", "Hemos recibido tu candidatura - CRA II (REQ-04417)",
      """Hola Valentina:

Gracias por presentar tu candidatura a la posición CRA II (REQ-04417) en Laboratorios Farmavalen. La hemos recibido correctamente.

Nuestro equipo de Talent Acquisition revisará tu perfil y, si encaja con los requisitos, se pondrá en contacto contigo. Puedes consultar el estado de tu candidatura en cualquier momento desde tu página de inicio de candidato.

Un saludo,
Talent Acquisition
Laboratorios Farmavalen""", "html"),
    M("ack", "volume_cannot_respond_en", "en", "Meridian Clinical Research", "",
      "Meridian Clinical Research <careers-noreply@meridiancr.example.com>", "We've received your application",
      """Dear Valentina,

Thank you for applying for the Clinical Trial Associate role in Dublin. This email confirms that we have received your application.

Due to the high volume of applications we receive, we are unable to respond to every applicant individually. If your experience matches our requirements, a member of our Talent team will contact you within 14 days. If you have not heard from us by then, please assume that your application has not been successful on this occasion.

Thank you again for your interest in Meridian.

Meridian Clinical Research - Talent Acquisition""", "alt"),
    M("ack", "infojobs_inscripcion", "es", "Biocyte Therapeutics", "",
      "InfoJobs <noreply@infojobs.net>", "Te has inscrito en la oferta Clinical Operations Associate",
      """¡Inscripción realizada!

Hola Valentina, te has inscrito correctamente en:

Clinical Operations Associate
Biocyte Therapeutics · Madrid (Híbrido)

Tu CV ha sido enviado a la empresa. Te avisaremos cuando la empresa lea tu CV o cambie el estado de tu candidatura.

Ver candidatura: https://www.infojobs.net/candidate/applications

InfoJobs""", "html"),
    M("ack", "fr_accuse_reception", "fr", "Occitania Clinical", "",
      "Occitania Clinical <ne-pas-repondre@occitania-clinical.example.fr>", "Accusé de réception de votre candidature",
      """Madame,

Nous accusons réception de votre candidature au poste d'ARC confirmé(e) (H/F) - Toulouse et vous remercions de l'intérêt que vous portez à Occitania Clinical.

Votre dossier va être étudié avec attention par nos équipes. Malheureusement, compte tenu du nombre important de candidatures, nous ne sommes pas en mesure d'apporter une réponse personnalisée à chacune d'entre elles. Sans nouvelles de notre part sous trois semaines, vous pourrez considérer que votre candidature n'a pas été retenue.

Cordialement,
Le service Recrutement""", "qp"),
    M("ack", "de_eingangsbestaetigung", "de", "Isarmed Diagnostics", "",
      "Isarmed Diagnostics <noreply@isarmed.example.de>", "Eingangsbestätigung Ihrer Bewerbung (Kennziffer CA-2026-14)",
      """Sehr geehrte Frau Ruiz-Achterberg,

vielen Dank für Ihre Bewerbung als Clinical Affairs Manager (m/w/d). Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Wir prüfen Ihre Bewerbung sorgfältig und melden uns innerhalb der nächsten drei Wochen bei Ihnen. Bitte sehen Sie bis dahin von telefonischen Rückfragen ab.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Isarmed Diagnostics GmbH""", "cp1252"),
    M("ack", "conselleria_registro", "es", "Conselleria de Sanitat", "",
      "Conselleria de Sanitat - Registre Electrònic <notificacions@gva.example.es>", "Justificante de registro de solicitud - Bolsa de Empleo Temporal",
      """Se ha registrado correctamente su solicitud de inscripción en la Bolsa de Empleo Temporal de la Conselleria de Sanitat.

Número de registro: GVRTE/2026/0412877
Fecha de presentación: 16/02/2026 19:42
Categoría: Técnico/a de Función Administrativa - Gestión Sanitaria
Solicitante: RUIZ-ACHTERBERG, VALENTINA

Puede consultar el estado de su solicitud en la sede electrónica. Este justificante tiene validez a efectos de acreditar la presentación en plazo.

Este correo es generado automáticamente; no responda a este mensaje.""", "latin1"),
    M("ack", "teamtailor_thanks_es", "es", "Nubbo Salud", "",
      "Nubbo Salud <no-reply@teamtailor.com>", "¡Gracias por tu candidatura, Valentina!",
      """¡Hola Valentina!

¡Qué ilusión que quieras unirte a Nubbo Salud! 💚 Hemos recibido tu candidatura para Customer Success Specialist (clínicas).

Vamos a revisar todas las candidaturas con cariño durante las próximas dos semanas. Pase lo que pase, te escribiremos para contarte.

Mientras tanto, puedes conocer mejor al equipo en nuestro blog.

El equipo de People de Nubbo Salud""", "alt"),
    M("ack", "no_individual_feedback_en_uk", "en", "Royal Westbrook Hospitals NHS Foundation Trust", "",
      "NHS Jobs <donotreply@jobs.nhs.example.uk>", "Application received: Research Governance Officer 284-RW-2460",
      """Dear Valentina Ruiz-Achterberg

Thank you for your application for Research Governance Officer (Band 5), reference 284-RW-2460, with Royal Westbrook Hospitals NHS Foundation Trust.

Your application has been submitted and will be considered by the shortlisting panel after the closing date (12 March 2026). Unfortunately we are unable to provide individual feedback at this stage of the process.

You can track your application in your NHS Jobs account.

Please do not reply to this message as this mailbox is not monitored."""),
    M("ack", "personio_confirm_de", "de", "Heilwerk", "",
      "Heilwerk <jobs@heilwerk.jobs.personio.de>", "Deine Bewerbung bei Heilwerk",
      """Hi Valentina,

vielen Dank für deine Bewerbung als Clinical Success Managerin! Wir haben deine Unterlagen erhalten und schauen sie uns in den nächsten Tagen in Ruhe an.

Wir melden uns so schnell wie möglich bei dir - versprochen.

Bis bald
Dein Heilwerk-Team""", "alt"),
    M("ack", "human_recruiter_received_cv", "es", "Hospital Quirónvital Sevilla", "rmedina@quironvital.example.com",
      "Rocío Medina <rmedina@quironvital.example.com>", "Re: CV coordinadora calidad",
      """Buenos días Valentina,

Recibido, gracias. Lo paso a la comisión y te decimos algo en cuanto cierre la convocatoria (día 30).

Rocío Medina
Dirección de Enfermería - Hospital Quirónvital Sevilla""",
      quote=("es", V, "Buenos días Rocío, tal y como hablamos en el congreso de la SECA, te envío mi CV para el puesto de coordinadora de calidad asistencial. Un saludo!")),
    M("ack", "lever_thanks_en", "en", "Corvane Medical", "",
      "Corvane Medical <no-reply@hire.lever.co>", "Thanks for applying to Corvane Medical",
      """Hi Valentina,

Thanks for applying for the Field Clinical Specialist - Iberia position! We've received your application and our team will be reviewing it shortly.

If your experience looks like a good fit, someone from our team will reach out to discuss next steps.

Cheers,
Corvane Medical""", "html"),
    M("ack", "smartrecruiters_es_feedback", "es", "Medibérica Devices", "",
      "Medibérica Devices <notification@smartrecruiters.com>", "Gracias por tu interés en Medibérica Devices",
      """Hola Valentina,

Hemos recibido tu solicitud para el puesto de Especialista de Producto - Cardiología (Madrid). Gracias por pensar en nosotros.

Debido al gran volumen de candidaturas, lamentablemente no podemos responder de forma individual a cada persona. Si tu perfil encaja con lo que buscamos, nos pondremos en contacto contigo en las próximas semanas.

Saludos,
Talent Acquisition · Medibérica Devices""", "b64"),
    M("ack", "university_registro_es_usted", "es", "Universitat de València", "rrhh.investigacio@uv.example.es",
      "Servei de RRHH (PI) <rrhh.investigacio@uv.example.es>", "Recepción de solicitud - Gestor/a de Proyectos Europeos (Salud)",
      """Benvolguda / Estimada Sra. Ruiz-Achterberg,

Le confirmamos la recepción de su solicitud y de la documentación adjunta para la plaza de Gestor/a de Proyectos Europeos (Salud), ref. 2026-PI-0318.

La lista provisional de personas admitidas y excluidas se publicará en el tablón electrónico de la Universitat en un plazo máximo de diez días hábiles.

Atentamente,
Servei de Recursos Humans (PI)
Universitat de València"""),
    M("ack", "icims_kenya_en", "en", "Amani Health Partners", "",
      "Amani Health Partners <careers-noreply@icims.com>", "Application Acknowledgement - Programme Quality Officer",
      """Dear Valentina,

We acknowledge receipt of your application for the position of Programme Quality Officer (Ref: AHP/PQO/04/26).

Kindly note that only shortlisted candidates will be contacted. Canvassing in any form will lead to automatic disqualification.

Amani Health Partners is an equal opportunity employer.

Human Resources""", "html"),
    M("ack", "fr_geneve_recu", "fr", "Fondation Santé Sans Frontières", "",
      "Fondation Santé Sans Frontières <noreply@fssf.example.org>", "Votre candidature a bien été reçue",
      """Bonjour Valentina,

Nous vous confirmons la bonne réception de votre candidature pour le poste de Coordinatrice qualité médicale (Genève, 80-100 %).

Nos équipes examineront votre dossier après la date de clôture de l'annonce. Nous vous remercions de votre patience.

Ressources humaines
Fondation Santé Sans Frontières"""),
    M("ack", "ett_recibido_tuteo", "es", "Residencial Mayores El Carmen", "carla.v@serviplus-ett.example.es",
      "Carla Vidal <carla.v@serviplus-ett.example.es>", "Tu CV",
      """Hola Valentina! Te confirmo que me ha llegado tu CV para la oferta de Responsable de Calidad en residencias (cliente: Residencial Mayores El Carmen). Lo reviso esta semana con el cliente y te digo algo. Gracias!

Carla
Consultora · Serviplus
644 21 89 03"""),
    M("ack", "factorial_es", "es", "Ventura Care", "",
      "Ventura Care <no-reply@factorialhr.com>", "Candidatura recibida",
      """Hola Valentina Ruiz-Achterberg,

Hemos recibido tu candidatura para Coordinadora de Ensayos Clínicos (Barcelona).

Te contactaremos si tu perfil avanza a la siguiente fase.

Gracias,
Ventura Care""", "alt"),
    M("ack", "workable_dutch_en", "en", "Lindeboom Health", "",
      "Lindeboom Health <noreply@candidates.workablemail.com>", "Thanks for applying to Lindeboom Health",
      """Hi Valentina,

Thank you for your application for Clinical Operations Manager at Lindeboom Health in Amsterdam. We have received it in good order.

We will get back to you within two weeks. Please note that we do not accept applications via agencies.

Met vriendelijke groet / Kind regards,
Lindeboom Health Recruitment""", "html"),
    M("ack", "cornerstone_es_mx", "es", "Grupo Médico Ángeles del Valle", "",
      "Grupo Médico Ángeles del Valle <notificaciones@csod.com>", "Confirmación de postulación",
      """Estimado(a) Valentina:

Tu postulación a la vacante Coordinador(a) de Investigación Clínica ha sido registrada con éxito con el folio 10873.

Nuestro equipo de Atracción de Talento revisará tu perfil. En caso de que cumplas con el perfil requerido, te contactaremos vía telefónica o correo electrónico.

¡Gracias por tu interés en formar parte de Grupo Médico Ángeles del Valle!""", "html"),
    M("ack", "empleate_ack_via_recruiter_es", "es", "Kinetia Health", "sara.llopis@kinetia-health.example.com",
      "Sara Llopis <sara.llopis@kinetia-health.example.com>", "Re: Medical Science Liaison Levante",
      """Hola Valentina,

Gracias por escribirme directamente. Te confirmo que tu candidatura está dentro del proceso de MSL Levante; la he marcado para que la revise la Directora Médica esta semana.

Te iré informando.

Sara Llopis
Talent Acquisition · Kinetia Health""",
      quote=("gmail", V, "Hola Sara,\n\nVi la oferta de MSL Levante en Empléate y me inscribí ayer; te escribo por si quieres comentar mi perfil directamente.\n\nGracias!\nValentina")),
]

OFFERS = [
    M("offer", "offer_letter_attached_en", "en", "Lumora Bio", "priya.nair@lumorabio.example.com",
      "Priya Nair <priya.nair@lumorabio.example.com>", "Your offer from Lumora Bio",
      """Hi Valentina,

Following your conversation with Dr. Keller this morning, I'm delighted to attach your formal offer letter for the role of Clinical Trial Manager, based in Basel (hybrid).

The letter sets out your salary, the relocation package we discussed and your proposed start date of 1 September. Please have a read, and let me know if you have any questions. We'd be grateful for your answer by Friday 24 July.

We're really excited about the prospect of you joining us!

Warmly,
Priya""", "alt", attach="Lumora_Bio_Offer_Letter_VRuiz.pdf"),
    M("offer", "verbal_offer_followup_es", "es", "Alquimia Pharma", "ana.rosello@alquimiapharma.example.es",
      "Ana Roselló <ana.rosello@alquimiapharma.example.es>", "Lo que hablamos por teléfono",
      """Hola Valentina,

Como te he adelantado por teléfono, ¡queremos que te incorpores al equipo de Farmacovigilancia! 🎉

Te resumo las condiciones: contrato indefinido, 34.000 € brutos anuales en 14 pagas, jornada intensiva los viernes y en agosto, y teletrabajo dos días por semana. La incorporación sería el 1 de julio.

La semana que viene te enviaremos la carta oferta formal para firma. Si tienes cualquier duda me dices.

¡Enhorabuena!
Ana""", "qp"),
    M("offer", "conditional_offer_nhs", "en", "Harbourline Health", "recruitment@harbourline.example.co.uk",
      "Harbourline Health Recruitment <recruitment@harbourline.example.co.uk>", "Conditional offer of employment - Deputy Quality & Patient Safety Lead",
      """Dear Valentina

I am pleased to confirm that, following your recent interview, we would like to offer you the post of Deputy Quality & Patient Safety Lead (Band 7) on a conditional basis.

This offer is subject to the following pre-employment checks being completed to the Trust's satisfaction:
- two satisfactory references
- occupational health clearance
- right to work in the UK
- DBS check at enhanced level

Please confirm whether you wish to accept this conditional offer by replying to this email within 5 working days.

Yours sincerely
Recruitment Team
Harbourline Health"""),
    M("offer", "contrato_para_firmar_ett", "es", "Residencial Mayores El Carmen", "carla.v@serviplus-ett.example.es",
      "Carla Vidal <carla.v@serviplus-ett.example.es>", "Contrato para firmar!!",
      """¡Valentina, enhorabuena! Residencial Mayores El Carmen te ha elegido para el puesto de Responsable de Calidad 🥳

Te adjunto el contrato de puesta a disposición y la hoja de condiciones (1.950 € brutos/mes, L-V, incorporación el lunes 21). Fírmalo por favor y me lo devuelves escaneado antes del jueves. Necesito también tu número de la Seguridad Social y el certificado de delitos sexuales.

Un besazo
Carla""", attach="Contrato_VRuiz_ElCarmen.pdf"),
    M("offer", "de_zusage_vertrag", "de", "MedAlpin", "f.brunner@alpenpersonal.example.de",
      "Florian Brunner <f.brunner@alpenpersonal.example.de>", "Zusage MedAlpin!",
      """Hallo Frau Ruiz-Achterberg,

herzlichen Glückwunsch! MedAlpin möchte Ihnen die Position als Clinical Research Associate anbieten. Das Angebot: 62.000 EUR Jahresbrutto plus Dienstwagen, Start zum 1. Oktober.

Der Arbeitsvertrag kommt direkt von MedAlpin in den nächsten Tagen per Post. Rufen Sie mich gern an, wenn Sie über die Konditionen sprechen möchten.

Viele Grüße
Florian Brunner"""),
    M("offer", "fr_promesse_embauche", "fr", "Kalyss", "thomas@kalyss.example.fr",
      "Thomas Roux <thomas@kalyss.example.fr>", "Proposition d'embauche - Customer Success Manager santé",
      """Bonjour Valentina,

Suite à nos échanges et à ta rencontre avec l'équipe, j'ai le plaisir de te proposer le poste de Customer Success Manager santé chez Kalyss, en CDI, à temps plein, en full remote depuis Valence avec un déplacement par mois à Montpellier.

Rémunération : 45 k€ bruts annuels + BSPCE. Tu trouveras la promesse d'embauche en pièce jointe.

Dis-moi si tu as des questions, on est impatients de t'avoir avec nous !

Thomas""", "qp", attach="Promesse_embauche_Kalyss.pdf"),
    M("offer", "pleased_to_offer_dutch", "en", "Arclight Medical Devices", "femke.devries@arclightmd.example.nl",
      "Femke de Vries <femke.devries@arclightmd.example.nl>", "Offer - Clinical Research Manager, EU MDR",
      """Dear Valentina,

On behalf of Arclight Medical Devices, I am pleased to offer you the position of Clinical Research Manager, EU MDR, based in our Amsterdam office.

Your gross annual salary will be EUR 78,000 including holiday allowance, with a 30% ruling application supported by us. The full terms are in the attached employment agreement. We kindly ask you to return it signed by 3 July.

We are looking forward to working with you.

Met vriendelijke groet,
Femke de Vries
Talent Acquisition Lead
Arclight Medical Devices B.V.""", "html", attach="Arclight_Employment_Agreement.pdf"),
    M("offer", "manager_mobile_offer_es", "es", "Clínica Oftalmológica Turia", "direccion.medica@oftalmoturia.example.es",
      "Dr. Vicent Alandete <direccion.medica@oftalmoturia.example.es>", "Re: Coordinadora ensayos",
      """Valentina, hemos hablado con gerencia y el puesto es tuyo si lo quieres. Mañana te llama Amparo de administración para las condiciones y el contrato. Enhorabuena!

Enviado desde mi iPhone"""),
    M("offer", "formal_offer_es_usted", "es", "Grupo Hospitalario Levante Salud", "nuria.benet@levantesalud.example.es",
      "Nuria Benet <nuria.benet@levantesalud.example.es>", "Oferta de incorporación - Responsable de Calidad",
      """Estimada Valentina:

Nos complace comunicarle que, tras finalizar el proceso de selección, la Dirección de Grupo Hospitalario Levante Salud ha decidido ofrecerle el puesto de Responsable de Calidad del Hospital de Gandia.

Adjuntamos la carta oferta con las condiciones económicas (retribución fija de 41.500 € brutos anuales más variable de hasta el 10 %), el tipo de contrato (indefinido, con periodo de prueba de seis meses) y la fecha de incorporación propuesta (4 de mayo de 2026).

Le rogamos nos confirme su aceptación por escrito antes del 27 de marzo.

Reciba un cordial saludo,
Nuria Benet Garcés
Dirección de Personas""", "cp1252", attach="Carta_oferta_Levante_Salud.pdf"),
    M("offer", "dublin_informal_offer", "en", "Meridian Clinical Research", "hannah.obrien@meridiancr.example.com",
      "Hannah O'Brien <hannah.obrien@meridiancr.example.com>", "Good news!",
      """Hi Valentina,

Great speaking just now - and congratulations again! As discussed, we'd love you to join us as Site Start-Up Specialist. I've asked HR to draw up the contract with the package we agreed (EUR 52k, hybrid from Valencia with quarterly trips to Dublin).

You should have it in your inbox by Wednesday. Any questions in the meantime, just shout.

Hannah""",
      reply_to="Hannah O'Brien <hannah.obrien@meridiancr.example.com>"),
]
