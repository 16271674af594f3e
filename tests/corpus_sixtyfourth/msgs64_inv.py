"""Interview invitations of the sixty-fourth corpus (data only)."""

from msgs64_build import M

V = "Valentina Ruiz-Achterberg <vale.ruiz@example.es>"

MESSAGES = [
    M("inv", "calendly_cro_screen", "en", "Northbridge Clinical", "sophie.evans@northbridgeclinical.example.com",
      "Sophie Evans <sophie.evans@northbridgeclinical.example.com>", "Quick chat re: CRA role (Madrid, home-based)",
      """Hi Valentina,

Thanks for applying to the home-based CRA position covering Madrid and Castilla-La Mancha. Your site-coordinator background is exactly what our oncology team likes to see.

Would you be free for a quick 20-minute chat this week or next? Grab any slot that suits here: https://calendly.com/sophie-evans-nbc/cra-screen

Speak soon,
Sophie

Sophie Evans
Talent Acquisition Partner, EMEA
Northbridge Clinical"""),
    M("inv", "entrevista_telefonica_tu", "es", "Hospital Universitario Nou Llevant", "seleccion.enfermeria@noullevant.example.es",
      "Selección HU Nou Llevant <seleccion.enfermeria@noullevant.example.es>", "Entrevista telefónica - Coordinador/a de Ensayos Clínicos",
      """Hola Valentina:

Hemos revisado tu candidatura para el puesto de Coordinador/a de Ensayos Clínicos de la Unidad de Oncohematología y nos gustaría hacerte una entrevista telefónica de unos 15 minutos.

¿Te vendría bien el jueves 12 entre las 10:00 y las 13:00? Si no, indícanos dos franjas que te encajen y nos adaptamos.

Gracias,
Unidad de Selección
Hospital Universitario Nou Llevant"""),
    M("inv", "greenhouse_selfschedule", "en", "Clarisync", "",
      "Clarisync Recruiting <no-reply@us.greenhouse-mail.io>", "Next steps with Clarisync - please pick a time",
      """Hi Valentina,

Great news - we'd love to move you to the next stage for the Implementation Manager, Clinical Trials Software role!

The next step is a 45-minute video interview with Daniel (Director of Customer Success). Please use the link below to choose a time that works for you:

https://app.greenhouse.io/scheduling/availability/4e1f9a0c7b

If none of the times work, just reply to your recruiter, Maya, and we'll sort it out.

Thanks,
Clarisync Recruiting""", "html"),
    M("inv", "videoentrevista_ics", "es", "Grupo Hospitalario Levante Salud", "nuria.benet@levantesalud.example.es",
      "Nuria Benet <nuria.benet@levantesalud.example.es>", "Convocatoria videoentrevista - Responsable de Calidad",
      """Buenos días Valentina,

Tal como hablamos por teléfono, te convoco a una videoentrevista con la Directora de Calidad y conmigo el próximo martes 17 de marzo a las 9:30 h (duración aprox. 45 minutos). Te adjunto la invitación; el enlace de Teams está en la convocatoria.

Si tuvieras cualquier imprevisto, avísame.

Un saludo,

Nuria Benet Garcés
Técnica de Selección · Dirección de Personas
Grupo Hospitalario Levante Salud
Tel. 961 000 442""", "ics",
      ics={"summary": "Videoentrevista Responsable de Calidad - V. Ruiz", "start": "20260317T083000Z", "end": "20260317T091500Z", "location": "Microsoft Teams"}),
    M("inv", "agency_exclam_en", "en", "Solvay Point Diagnostics", "chloe@brightlinetalent.example.co.uk",
      "Chloe Barker <chloe@brightlinetalent.example.co.uk>", "GREAT NEWS!!",
      """Hi Valentina!!!

Solvay Point Diagnostics LOVED your CV and want to get you in for a first interview for the Clinical Affairs Specialist role!! They've offered Tuesday 2pm or Wednesday 10am UK time on Teams with Martin (Clinical Affairs Manager).

Let me know which works best and I'll lock it in. I'll give you a quick call beforehand to prep :)

Chloe x

Chloe Barker | Senior Consultant - Life Sciences
Brightline | 0161 496 0774"""),
    M("inv", "caso_practico_pv", "es", "Alquimia Pharma", "ana.rosello@alquimiapharma.example.es",
      "Ana Roselló <ana.rosello@alquimiapharma.example.es>", "Siguiente fase: caso práctico y entrevista",
      """Hola Valentina,

Nos alegra comunicarte que has pasado a la siguiente fase del proceso de Técnico/a de Farmacovigilancia.

Esta fase consiste en un caso práctico (evaluación de dos ICSRs y redacción de una narrativa) que te enviaremos el lunes, con 48 horas para entregarlo, y a continuación una entrevista presencial en nuestras oficinas de Paterna con la Responsable de Farmacovigilancia el viernes 29 a las 11:00.

Confírmanos por favor si te encaja.

Saludos cordiales,
Ana Roselló
People & Culture · Alquimia Pharma
Parque Tecnológico, C/ Charles Robert Darwin 20, Paterna"""),
    M("inv", "fr_entretien_visio", "fr", "Laboratoires Garonne", "j.delmas@labo-garonne.example.fr",
      "Julie Delmas <j.delmas@labo-garonne.example.fr>", "Entretien - Chargée d'affaires médicales",
      """Bonjour Madame Ruiz-Achterberg,

Suite à l'étude de votre candidature, nous avons le plaisir de vous proposer un premier entretien en visioconférence avec Dr Perrin, Directeur Médical, pour le poste de Chargée d'affaires médicales.

Seriez-vous disponible le mercredi 8 avril à 14h00 ou le jeudi 9 avril à 10h30 ? L'entretien durera environ une heure et se déroulera en français et en anglais.

Dans l'attente de votre retour, je reste à votre disposition.

Bien cordialement,
Julie Delmas
Responsable Recrutement
Laboratoires Garonne"""),
    M("inv", "de_vorstellungsgespraech_basel", "de", "Rheinpharm", "nadine.vogt@rheinpharm.example.ch",
      "Nadine Vogt <nadine.vogt@rheinpharm.example.ch>", "Einladung zum Vorstellungsgespräch - Clinical Trial Manager",
      """Sehr geehrte Frau Ruiz-Achterberg,

vielen Dank für Ihre Bewerbung. Ihr Profil hat uns überzeugt und wir möchten Sie gerne persönlich kennenlernen.

Wir laden Sie herzlich zu einem Vorstellungsgespräch am Donnerstag, 23. April 2026, um 10:00 Uhr an unserem Standort in Basel (Hochbergerstrasse 60) ein. Gesprächspartner sind Herr Dr. Frei (Head of Clinical Operations) und ich. Reisekosten werden selbstverständlich erstattet.

Bitte bestätigen Sie uns den Termin kurz per E-Mail.

Freundliche Grüsse
Nadine Vogt
HR Business Partner
Rheinpharm AG""", "qp"),
    M("inv", "workday_next_round_panel", "en", "Halvorsen Biologics", "",
      "Halvorsen Biologics <halvorsen@myworkday.com>", "Action required: schedule your interview",
      """Dear Valentina,

Congratulations! You have been selected to participate in a panel interview for the position of Clinical Operations Lead - Southern Europe (R-0099812).

Panel: Head of Clinical Ops EU, Senior Study Manager, HR Business Partner
Format: 60 minutes, video (Zoom)

Please log in to your candidate home page to select your preferred time from the available slots within the next 3 business days:
https://halvorsen.wd3.myworkday.com/careers/candidate-home

This is a system-generated message. Replies to this address are not monitored.""", "html"),
    M("inv", "dinamica_grupo_ett", "es", "Farmacias Levantinas", "seleccion@adeqtalento.example.es",
      "Adeq <seleccion@adeqtalento.example.es>", "Convocatoria dinámica de grupo - jueves",
      """Buenas tardes Valentina:

Te confirmamos que has sido preseleccionada para la dinámica de grupo del proceso de Responsable de Calidad y Formación para Farmacias Levantinas.

Día: jueves 5 de febrero
Hora: 16:30 h (duración aproximada 2 h)
Lugar: C/ Colón 42, 3.ª planta, Valencia

Trae DNI y una copia del CV. Por favor confirma asistencia respondiendo a este correo.

Gracias!
Departamento de Selección"""),
    M("inv", "casual_manager_coffee", "en", "Tidewell", "oliver@tidewell.example.com",
      "Oliver Janssen <oliver@tidewell.example.com>", "Quick question",
      """Hey Valentina - Oliver here, I run CS at Tidewell. Saw your application come through for the Customer Success Lead (hospital accounts) role.

Would you be up for a 30 min video call this Thursday or Friday to talk through it? Any time after 11 CET is fine for me.

O.

Sent from my iPhone"""),
    M("inv", "entrevista_direccion_medica", "es", "Clínica Oftalmológica Turia", "direccion.medica@oftalmoturia.example.es",
      "Dr. Vicent Alandete <direccion.medica@oftalmoturia.example.es>", "Re: Coordinadora ensayos oftalmología",
      """Bon dia Valentina,

Gràcies pel teu currículum. Nos gustaría conocerte en persona: ¿podrías pasarte el lunes 2 a las 8:15, antes de consulta, para una entrevista con la dirección médica? Será en la clínica, planta 1.

Un saludo,
Vicent Alandete
Director Médico
Clínica Oftalmológica Turia""",
      quote=("es", V, "Estimado Dr. Alandete, le escribo por recomendación de la Dra. Ferrer para presentarle mi candidatura como coordinadora de ensayos clínicos. Le adjunto mi CV. Un cordial saludo, Valentina Ruiz-Achterberg")),
    M("inv", "goodtime_onsite_ics", "en", "Arclight Medical Devices", "",
      "Arclight Medical Devices <scheduling@goodtime.io>", "Interview Confirmation: Arclight Medical Devices - Onsite",
      """Hi Valentina,

Your onsite interview for Clinical Research Manager, EU MDR with Arclight Medical Devices is confirmed.

Date: Tuesday, May 19, 2026
Time: 09:00 - 13:00 CEST
Location: Arclight Medical Devices, Joan Muyskenweg 22, Amsterdam

Schedule:
09:00 Welcome with Femke de Vries (Recruiter)
09:30 Clinical Strategy with Dr. Pieter Bakker
10:30 Regulatory case discussion
11:45 Lunch with the team

Questions? Contact your recruiter Femke at femke.devries@arclightmd.example.nl.

Powered by GoodTime""", "ics",
      reply_to="Femke de Vries <femke.devries@arclightmd.example.nl>",
      ics={"uid": "goodtime-arclight-onsite-7731@goodtime.io", "summary": "Onsite interview - Arclight Medical Devices", "start": "20260519T070000Z", "end": "20260519T110000Z", "location": "Joan Muyskenweg 22, Amsterdam"}),
    M("inv", "sermas_pruebas_psicotecnicas", "es", "Servicio Madrileño de Salud", "",
      "Servicio Madrileño de Salud <no-responder@salud.madrid.example.org>", "Citación prueba psicotécnica y entrevista - Bolsa Técnico/a Gestión Investigación",
      """Estimada Sra. Ruiz-Achterberg:

En relación con el procedimiento de selección para la Bolsa de Técnico/a de Gestión de la Investigación, se le cita para la realización de las pruebas psicotécnicas y la posterior entrevista personal:

Fecha: 21 de abril de 2026
Hora: 9:00 horas
Lugar: C/ Sagasta 6, Madrid, Sala 2

Deberá presentarse con DNI o NIE original. La no comparecencia supondrá la exclusión del proceso.

Servicio Madrileño de Salud
Dirección General de Recursos Humanos""", "latin1"),
    M("inv", "lisbon_english_second_round", "en", "Atlântico Research", "mariana.costa@atlanticoresearch.example.pt",
      "Mariana Costa <mariana.costa@atlanticoresearch.example.pt>", "Re: Clinical Project Coordinator - 2nd interview",
      """Olá Valentina,

Thanks a lot for the first conversation. The team was happy and we would like to invite you to a second interview with our COO, Rui Almeida, in our Lisbon office (Avenida da Liberdade 110). Travel is on us.

Does 14 or 15 May work for you? Morning preferred.

Best,
Mariana""",
      quote=("gmail", V, "Hi Mariana,\n\nThank you for the chat today, I really enjoyed learning about the trial portfolio.\n\nBest,\nValentina")),
    M("inv", "whatsapp_headhunter_llamada", "es", "Ortoprótesis Iberia", "david@cazatalentossalud.example.es",
      "David Ferrándiz <david@cazatalentossalud.example.es>", "llamada mañana?",
      """Vale!! el cliente (Ortoprótesis Iberia) quiere hablar contigo ya, le ha encantado tu perfil 😊 mañana a las 17h te llama la directora de RRHH para una primera entrevista telefónica, unos 20 min. Te va bien? dime algo y se lo confirmo

David""", "qp"),
    M("inv", "smartrecruiters_es_ics", "es", "Vitalmed Seguros", "",
      "Vitalmed Seguros <notification@smartrecruiters.com>", "Invitación a entrevista: Analista de Calidad Sanitaria",
      """Hola Valentina,

¡Enhorabuena! Nos gustaría invitarte a una entrevista para la posición de Analista de Calidad Sanitaria.

Fecha: miércoles, 10 de junio de 2026
Hora: 12:00 - 12:45 (hora de Madrid)
Modalidad: Google Meet (el enlace está en la invitación adjunta)
Entrevistadores: Carmen Vidal (Responsable de Calidad) y Jorge Ibáñez (HRBP)

Por favor, acepta la invitación del calendario para confirmar tu asistencia.

Un saludo,
Equipo de Selección de Vitalmed Seguros""", "ics",
      ics={"uid": "sr-int-5f02c9e1@smartrecruiters.com", "summary": "Entrevista Analista de Calidad Sanitaria", "start": "20260610T100000Z", "end": "20260610T104500Z", "location": "Google Meet"}),
    M("inv", "fr_montpellier_tu_startup", "fr", "Kalyss", "thomas@kalyss.example.fr",
      "Thomas Roux <thomas@kalyss.example.fr>", "On se cale un call ?",
      """Salut Valentina,

Merci pour ta candidature pour le poste de Customer Success Manager santé ! Ton parcours d'infirmière + coordination d'études cliniques nous parle beaucoup.

On se cale un premier call de 30 min cette semaine ? Tu peux choisir un créneau ici : https://cal.kalyss.example.fr/thomas/30min

À très vite,
Thomas
CEO & co-fondateur - Kalyss (Montpellier)"""),
    M("inv", "phone_screen_canadian", "en", "Maple Ridge Clinical Trials", "rachel.tremblay@mapleridgect.example.ca",
      "Rachel Tremblay <rachel.tremblay@mapleridgect.example.ca>", "Phone screen - Remote Study Start-Up Specialist",
      """Hi Valentina,

Thanks for your interest in the remote Study Start-Up Specialist role (Europe time zones). I'd like to set up a 30-minute phone screen to learn more about your experience with ethics submissions and site contracts.

Could you send me two or three windows next week that work for you? I'm in Toronto, so anything between 14:00 and 18:00 your time is ideal.

Thanks so much, eh - looking forward to it!

Rachel Tremblay
Senior Recruiter
Maple Ridge Clinical Trials Inc.
416-555-0187"""),
    M("inv", "osakidetza_citacion", "es", "Osakidetza", "",
      "Osakidetza - Lan Poltsa <lanpoltsa-noreply@osakidetza.example.eus>", "Egun on / Citación entrevista - Técnica Superior de Calidad",
      """Egun on, Valentina Ruiz-Achterberg.

Se le cita para la entrevista del proceso de cobertura temporal de Técnica Superior de Calidad (Organización Sanitaria Integrada Bilbao-Basurto).

Fecha y hora: 3 de septiembre de 2026, 11:30
Lugar: Hospital Universitario Basurto, Pabellón Gurtubay, planta 2, Bilbao
Duración aproximada: 30 minutos

Para cualquier consulta puede dirigirse a la Unidad de Selección en el teléfono 944 00 60 00.

Osakidetza - Servicio vasco de salud""", "alt"),
    M("inv", "teams_invite_outlook_thread", "en", "Elbridge Consulting", "m.akinyi@elbridge.example.com",
      "Mercy Akinyi <m.akinyi@elbridge.example.com>", "RE: Healthcare Quality Consultant - application",
      """Hello Valentina,

Thank you for your patience. The partners would like to invite you for a case interview (45 mins, healthcare operations case + 15 mins Q&A) on Monday 8 June at 15:00 CET via Microsoft Teams. I've sent a separate calendar invite.

Please confirm at your earliest.

Warm regards,
Mercy Akinyi
Recruitment Lead | Elbridge Consulting
Nairobi | London | Madrid""",
      quote=("outlook", V, "Dear Mercy,\n\nI hope you are well. I applied for the Healthcare Quality Consultant position two weeks ago and wanted to check on the status of my application.\n\nKind regards,\nValentina Ruiz-Achterberg")),
    M("inv", "recruitee_es_segunda_entrevista", "es", "Saluvia", "",
      "Saluvia <no-reply@recruitee.com>", "Segunda entrevista - Customer Success (Saluvia)",
      """Hola Valentina!

Gracias por la primera entrevista con Elena. Queremos seguir conociéndote 🙌

La siguiente etapa es una entrevista técnica con Pablo (Head of CS) y una persona del equipo de producto, donde te pediremos que nos presentes cómo harías el onboarding de un hospital nuevo en la plataforma.

Reserva el hueco que mejor te venga aquí: https://saluvia.recruitee.com/o/customer-success/schedule

¡Hasta pronto!
Equipo Saluvia""", "alt"),
    M("inv", "de_telefoninterview_agency", "de", "MedAlpin", "f.brunner@alpenpersonal.example.de",
      "Florian Brunner <f.brunner@alpenpersonal.example.de>", "AW: Ihr Profil - Clinical Research Associate München",
      """Hallo Frau Ruiz-Achterberg,

gute Neuigkeiten: unser Kunde, die MedAlpin GmbH, möchte Sie gerne in einem ersten Telefoninterview kennenlernen. Vorgeschlagen wäre Mittwoch, 15.07., um 16:00 Uhr mit Frau Dr. Hartl (Leitung Klinische Studien).

Passt Ihnen das? Dann gebe ich es so weiter.

Viele Grüße aus München
Florian Brunner
Senior Consultant Life Science""",
      quote=("de", V, "Hallo Herr Brunner,\n\nvielen Dank für Ihren Anruf. Anbei wie besprochen mein Lebenslauf auf Englisch.\n\nViele Grüße\nValentina Ruiz-Achterberg")),
    M("inv", "indonesian_owned_english", "en", "Nusantara Health Group", "dewi.lestari@nusantarahealth.example.id",
      "Dewi Lestari <dewi.lestari@nusantarahealth.example.id>", "Invitation for Online Interview - Clinical Quality Specialist (Remote)",
      """Dear Ms. Valentina,

Greetings from Nusantara Health Group.

We are pleased to inform you that you have been shortlisted for the Clinical Quality Specialist (Remote, EU time zone) position. We would like to invite you to an online interview with our Quality Director.

Day/Date : Thursday, 25 June 2026
Time : 15.00 WIB (10.00 CEST)
Media : Zoom (link to be shared one day before)

Kindly confirm your attendance by replying to this email.

Best regards,
Dewi Lestari
Talent Acquisition
Nusantara Health Group, Jakarta"""),
    M("inv", "referencias_y_entrevista_final", "es", "Fundación Hospitalaria Sant Joan", "p.escriva@fhsantjoan.example.es",
      "Pilar Escrivà <p.escriva@fhsantjoan.example.es>", "Re: Re: Proceso Supervisora Unidad de Calidad",
      """Hola Valentina,

Perfecto, muchas gracias. Te confirmo la entrevista final con la Gerencia el jueves a las 12:30 en la sede de la calle Guillem de Castro. Antes de esa fecha necesitaríamos dos referencias de tus últimos puestos y el certificado negativo de delitos de naturaleza sexual.

Nos vemos el jueves.

Pilar Escrivà
RRHH · Fundación Hospitalaria Sant Joan""",
      quote=("gmail", V, "Hola Pilar, el jueves me viene perfecto. ¡Gracias! Valentina")),
]
