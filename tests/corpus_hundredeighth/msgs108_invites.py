"""Interview invitations, reschedules/cancellations and missed-interview notices (hundredeighth)."""

from msgs108_common import M

ICS_NB = """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:{method}
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000B07C1F3A9D2@novabiotica.example.com
SEQUENCE:{seq}
DTSTAMP:20260310T140000Z
DTSTART:{start}
DTEND:{end}
SUMMARY:Entrevista - Especialista en Asuntos Regulatorios (Camila Restrepo-Okafor)
LOCATION:Microsoft Teams
ORGANIZER;CN=Paula Arango:mailto:parango@novabiotica.example.com
ATTENDEE;CN=Camila Restrepo-Okafor;RSVP=TRUE:mailto:camila.ro@example.co
STATUS:{status}
END:VEVENT
END:VCALENDAR"""

ICS_MTL = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:{method}
BEGIN:VEVENT
UID:7k2m9q4r1t8v3x6z0b5d@google.com
SEQUENCE:{seq}
DTSTAMP:20260602T150000Z
DTSTART:{start}
DTEND:{end}
SUMMARY:Entretien – Conseillère en pharmacovigilance
ORGANIZER;CN=Sophie Gagnon:mailto:sgagnon@pharmaboreal.example.ca
ATTENDEE;CN=camila.ro@example.co;RSVP=TRUE:mailto:camila.ro@example.co
STATUS:{status}
END:VEVENT
END:VCALENDAR"""

INVITES = [
    M("interview_invitation", "teams_calendar_request", "Paula Arango <parango@novabiotica.example.com>",
      "Invitación: Entrevista - Especialista en Asuntos Regulatorios", "2026-03-10 09:00 -0500", "es", """
Hola Camila,

Como lo hablamos por teléfono, te envío la invitación para la primera entrevista con la Gerente de Asuntos Regulatorios, Diana Ospina, el jueves 12 de marzo a las 10:00 a. m. (hora Colombia) por Microsoft Teams.

Serán unos 45 minutos. Ten a mano ejemplos de trámites ante el INVIMA en los que hayas participado.

Saludos,
Paula Arango
Talento Humano | NovaBiótica Colombia
""", company="NovaBiótica Colombia", contact="parango@novabiotica.example.com",
      cal=ICS_NB.format(method="REQUEST", seq=0, start="20260312T150000Z", end="20260312T154500Z", status="CONFIRMED")),

    M("interview_invitation", "greenhouse_schedule_link", "Veridian Clinical Research via Greenhouse <no-reply@greenhouse-mail.io>",
      "Next steps: schedule your interview with Veridian Clinical Research", "2026-03-02 12:15 -0500", "en", """
Hi Camila,

Thanks for applying to the Drug Safety Associate role! We'd like to invite you to a 30-minute video interview with our Safety Operations team.

Please use the link below to pick a time that works for you within the next five business days. If none of the slots work, just reply and I'll find another option.

Looking forward to speaking with you,
Maria Kowalski
Senior Recruiter, Veridian Clinical Research
""", company="Veridian Clinical Research", contact="maria.kowalski@veridiancr.example.com",
      reply_to="maria.kowalski@veridiancr.example.com", struct="alt",
      html_shell=("ats", {"brand": "Veridian Clinical Research", "logo": "https://us-greenhouse.example.com/logos/veridian.png", "color": "#5b2c83", "cta": "Select a time", "tracker": "https://app.greenhouse.io/scheduling/t/", "footer": "Powered by Greenhouse · <a href=\"https://www.greenhouse.io/privacy-policy\">Privacy Policy</a>"})),

    M("interview_invitation", "whatsapp_style_short", "Andrés Villegas <avillegas@dromedica.example.co>",
      "entrevista", "2026-01-19 18:02 -0500", "es", """
Camila hola, puedes venir mañana a las 3 pm a la oficina de El Poblado para una entrevista con el director técnico? Calle 10 # 43-20 piso 4. Me confirmas porfa

Andrés
Enviado desde mi iPhone
""", company="Dromédica", contact="avillegas@dromedica.example.co"),

    M("interview_invitation", "public_body_citacion", "Concursos APPS <concursos@apps.example.pa>",
      "Citación a entrevista - Concurso APPS-DFV-07-2026", "2026-08-20 08:30 -0500", "es", """
Señora Camila Restrepo-Okafor:

Por haber superado la etapa de evaluación curricular, se le cita a la entrevista del Concurso No. APPS-DFV-07-2026 (Evaluador/a de Farmacovigilancia):

Fecha: martes 25 de agosto de 2026
Hora: 2:00 p. m.
Lugar: Sala de reuniones, Edificio 265, Ave. Gorgas, Ancón

Debe presentarse con cédula o pasaporte vigente y copia del título de Licenciatura en Farmacia. La inasistencia se considerará desistimiento.

Oficina Institucional de Recursos Humanos
Agencia Panameña de Productos Sanitarios
""", company="Agencia Panameña de Productos Sanitarios", contact="concursos@apps.example.pa",
      cs="iso-8859-1", cte="quoted-printable"),

    M("interview_invitation", "agency_client_named", "Natalia Bermúdez | Talento Salud <natalia.bermudez@talentosalud.example.co>",
      "¡Pasaste! Entrevista con BioCaribe Labs 🎉", "2026-03-16 11:40 -0500", "es", """
Cami!!! Buenísimas noticias!!

BioCaribe Labs quiere conocerte. La entrevista es con la jefe de Farmacovigilancia, el miércoles 18 a las 4:00 pm por Google Meet (te llega el link de ellos). Son como 40 min, van a preguntarte mucho por reportes de RAM y por el programa de tecnovigilancia.

Llámame antes si quieres que la preparemos juntas!!

Natalia Bermúdez
Consultora Senior de Selección | Talento Salud Consultores
+57 310 555 4821
""", company="BioCaribe Labs", contact="natalia.bermudez@talentosalud.example.co"),

    M("interview_invitation", "smartrecruiters_video", "Farmacéutica Levante & Asociados <noreply@smartrecruiters.com>",
      "Entrevista por vídeo – Técnico/a de Registros Sanitarios", "2026-05-11 10:02 +0200", "es", """
Hola Camila:

¡Enhorabuena! Nos gustaría continuar con tu candidatura y conocerte en una entrevista por vídeo de unos 30 minutos con Marta Soler, responsable de Registros.

Reserva el hueco que mejor te encaje desde el enlace de abajo. Ten en cuenta la diferencia horaria: las franjas se muestran en hora peninsular española.

Un saludo,
Equipo de Personas
Farmacéutica Levante & Asociados
""", company="Farmacéutica Levante & Asociados", struct="html",
      html_shell=("ats", {"brand": "Farmacéutica Levante & Asociados", "logo": "https://c.smartrecruiters.com/sr-company-logo/levante.png", "color": "#e67e22", "cta": "Reservar entrevista", "footer": "Powered by SmartRecruiters · <a href=\"https://jobs.smartrecruiters.com/privacy\">Privacidad</a>"})),

    M("interview_invitation", "personio_einladung", "Rheinfeld Arzneimittel GmbH <jobs@rheinfeld-arzneimittel.personio.de>",
      "Einladung zum Vorstellungsgespräch – Pharmacovigilance Officer (m/w/d)", "2026-02-17 13:20 +0100", "de", """
Sehr geehrte Frau Restrepo-Okafor,

vielen Dank für Ihre Bewerbung. Ihre Unterlagen haben uns überzeugt, und wir möchten Sie gerne zu einem ersten virtuellen Kennenlernen einladen.

Termin: Dienstag, 24. Februar 2026, 16:00 Uhr MEZ (10:00 Uhr Bogotá)
Format: Microsoft Teams, ca. 45 Minuten
Gesprächspartner: Dr. Katrin Albers (Head of Drug Safety), Marc Ferrer (HR Business Partner)

Bitte bestätigen Sie den Termin über den untenstehenden Link. Sollte er Ihnen nicht passen, antworten Sie gerne direkt an k.albers@rheinfeld-arzneimittel.example.de.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Rheinfeld Arzneimittel
""", company="Rheinfeld Arzneimittel", contact="k.albers@rheinfeld-arzneimittel.example.de",
      reply_to="Dr. Katrin Albers <k.albers@rheinfeld-arzneimittel.example.de>", struct="alt",
      html_shell=("ats", {"brand": "Rheinfeld Arzneimittel", "logo": "https://rheinfeld-arzneimittel.personio.de/logo.png", "color": "#c0392b", "cta": "Termin bestätigen", "footer": "Rheinfeld Arzneimittel GmbH · Geschäftsführer: Dr. Heiko Brandt, Sabine Lorenz · Amtsgericht Köln HRB 48213"})),

    M("interview_invitation", "google_cal_fr", "Sophie Gagnon <sgagnon@pharmaboreal.example.ca>",
      "Invitation : Entretien – Conseillère en pharmacovigilance @ jeu. 4 juin 2026 11:00 - 12:00 (HAE)", "2026-06-02 11:04 -0400", "fr", """
Bonjour Camila,

Suite à notre appel de la semaine dernière, je vous invite à un entretien avec notre directrice médicale, Dre Hélène Roy, jeudi le 4 juin à 11 h (heure de Toronto). Le lien Google Meet se trouve dans l'invitation.

Au plaisir,
Sophie Gagnon
Conseillère principale, acquisition de talents
Pharma Boréal | 155 Queen St E, Toronto
""", company="Pharma Boréal", contact="sgagnon@pharmaboreal.example.ca",
      cal=ICS_MTL.format(method="REQUEST", seq=0, start="20260604T150000Z", end="20260604T160000Z", status="CONFIRMED")),

    M("interview_invitation", "outlook_chain_rejection_words", "Ricardo Paredes <rparedes@laboratoriosinca.example.pe>",
      "RE: Postulación Jefe de Asuntos Regulatorios", "2026-04-14 17:25 -0500", "es", """
Camila, buenas tardes:

Gracias por la información adicional. Nos interesa mucho su perfil y queremos invitarla a una entrevista virtual con el Gerente General y conmigo el viernes 17 de abril a las 9:30 a. m. hora de Lima (misma hora que Medellín). Le haré llegar el enlace de Zoom mañana.

Saludos cordiales,

Ricardo Paredes Salazar
Gerente de Gestión Humana
Laboratorios Inca Farma
Av. Javier Prado Este 1066, La Victoria - Lima
""", company="Laboratorios Inca Farma", contact="rparedes@laboratoriosinca.example.pe", thread=True,
      quote="""________________________________
De: Camila Restrepo-Okafor <camila.ro@example.co>
Enviado: lunes, 13 de abril de 2026 19:02
Para: Ricardo Paredes <rparedes@laboratoriosinca.example.pe>
Asunto: Re: Postulación Jefe de Asuntos Regulatorios

Estimado Ricardo, adjunto los certificados que me pidió. Le comento que en otro proceso me respondieron que lamentablemente no continuaba por no tener experiencia en DIGEMID, así que quería aclarar que sí he preparado expedientes para registro en Perú.

Saludos,
Camila"""),

    M("interview_invitation", "lever_panel", "Northbridge Pharmaceuticals <no-reply@hire.lever.co>",
      "Interview invitation: Regulatory Affairs Associate II", "2026-07-06 10:45 -0400", "en", """
Hi Camila,

Great news — the hiring team would like to invite you to a panel interview for the Regulatory Affairs Associate II role.

When: Thursday, July 9, 2:00–3:15 PM ET
Where: Zoom (details to follow)
Who: Rachel Kim (Director, RA), Tom Bisset (CMC Lead), Anika Shah (Recruiter)

Please reply to confirm, or let Anika know at anika.shah@northbridgepharma.example.ca if you need accommodations.

The Northbridge Talent Team
""", company="Northbridge Pharmaceuticals", contact="anika.shah@northbridgepharma.example.ca",
      reply_to="Anika Shah <anika.shah@northbridgepharma.example.ca>", struct="html",
      html_shell=("ats", {"brand": "Northbridge Pharmaceuticals", "logo": "https://lever-client-logos.example.com/northbridge.png", "color": "#0d47a1", "footer": "Northbridge Pharmaceuticals Inc. · 5100 Spectrum Way, Mississauga, ON · Sent with Lever"})),

    M("interview_invitation", "hospital_prueba_tecnica", "Selección Clínica Santa Lucía <seleccion@clinicasantalucia.example.co>",
      "Citación prueba técnica y entrevista", "2026-03-17 14:05 -0500", "es", """
Respetada señora Restrepo:

Nos permitimos citarla a la prueba técnica y entrevista para el cargo de Químico(a) Farmacéutico(a) - Programa de Farmacovigilancia:

Día: lunes 23 de marzo de 2026
Hora: 7:30 a. m.
Lugar: Auditorio 2, Clínica Santa Lucía del Valle, Calle 5 # 38-14, Cali

Favor traer calculadora y documento de identidad. Agradecemos confirmar su asistencia respondiendo este correo.

Área de Gestión Humana
Clínica Santa Lucía del Valle
""", company="Clínica Santa Lucía del Valle", contact="seleccion@clinicasantalucia.example.co",
      cs="iso-8859-1", cte="8bit"),

    M("interview_invitation", "headhunter_madrid", "Iñigo Kessler <ikessler@kesslervidal.example.es>",
      "Conversación sobre un mandato confidencial", "2026-06-24 09:10 +0200", "es", """
Estimada Camila:

Tras revisar su perfil con mi socia, Carmen Vidal, nos gustaría mantener una entrevista con usted para un proceso de Director/a de Farmacovigilancia que llevamos en exclusiva para una compañía multinacional en Madrid.

¿Le vendría bien el martes 30 de junio a las 17:00 (hora de Madrid) por Teams? Serían unos 60 minutos.

Un cordial saludo,

Iñigo Kessler
Partner | Kessler & Vidal Executive Search
T. +34 91 555 22 80
""", company="Kessler & Vidal Executive Search", contact="ikessler@kesslervidal.example.es"),

    M("interview_invitation", "icims_assessment_and_interview", "HarborPoint Health Careers <careers-noreply@harborpoint.icims.com>",
      "Interview Request - Clinical Pharmacist, Medication Safety", "2026-06-30 15:20 -0400", "en", """
Dear Camila,

The hiring manager for Requisition 2026-4471 would like to schedule a phone interview with you. Please contact Denise Walker in Talent Acquisition at dwalker@harborpoint.example.com or (305) 555-0147 to arrange a time this week.

HarborPoint Health System Talent Acquisition

This is an automated message. Replies to this address are not monitored.
""", company="HarborPoint Health System", struct="html",
      html_shell=("ats", {"brand": "HarborPoint Health System", "logo": "https://harborpoint.example.com/assets/hp-logo.png", "color": "#007c91", "footer": "HarborPoint Health System is an Equal Opportunity Employer.", "pixel": "https://careers-harborpoint.icims.com/pixel.gif?m=4471i"})),

    M("interview_invitation", "startup_casual_fr", "Léa Marchand <lea@vigimed.example.com>",
      "on se parle ?", "2026-03-24 19:30 +0100", "fr", """
Salut Camila,

J'ai lu ton profil LinkedIn et ta candidature pour le poste de PV Ops, j'adore ton parcours en pharmacie hospitalière. Tu serais dispo jeudi 26 à 17h (heure de Paris) pour un premier échange en visio de 30 min ? Voici mon lien : https://cal.example.com/lea-vigimed/30min

À très vite,
Léa
vigimed — la pharmacovigilance sans paperasse
""", company="vigimed", contact="lea@vigimed.example.com"),

    M("interview_invitation", "teamtailor_bogota", "Salud en casa <no-reply@teamtailor-mail.com>",
      "Agendemos una charla, Camila", "2026-07-20 09:15 -0500", "es", """
¡Hola Camila!

Nos gustó mucho tu postulación para Farmacéutica de Calidad y Regulatorio. Queremos invitarte a una primera conversación de 25 minutos con Juliana, nuestra líder de Calidad.

Escoge el horario que te quede mejor en el botón de abajo. Si ninguno te sirve, escríbele a juliana.rincon@saludencasa.example.co.

¡Hablamos pronto!
El equipo de Salud en casa
""", company="Salud en casa", struct="alt",
      html_shell=("ats", {"brand": "Salud en casa", "logo": "https://assets.teamtailor-cdn.example.com/saludencasa/logo.png", "color": "#3b5bdb", "cta": "Elegir horario", "footer": "Salud en casa · Bogotá D.C."})),

    M("interview_invitation", "cro_second_round_miami", "Carlos Méndez <cmendez@trialpath.example.com>",
      "Second interview - Trialpath", "2026-04-28 11:11 -0400", "en", """
Hi Camila,

Thanks for a great first conversation. I'd like to bring you back to meet our VP of Clinical Operations, Laura Chen, for a second interview. Would Monday May 4 at 1pm Eastern work? It would be on-site at our Doral office if you happen to be in Miami, otherwise on Teams.

Thanks,
Carlos

Carlos Méndez | Talent Partner | Trialpath CRO
8600 NW 36th St, Doral, FL 33166 | +1 305 555 0199
""", company="Trialpath CRO", contact="cmendez@trialpath.example.com"),

    M("interview_invitation", "bamboohr_quick", "Droguería Hermanos Cárdenas <notifications@bamboohr.com>",
      "Entrevista - Director Técnico de Droguería", "2026-02-26 08:00 -0500", "es", """
Hola Camila,

Don Hernando Cárdenas quiere hablar contigo el sábado 28 de febrero a las 10 a. m. por videollamada. Por favor responde a hcardenas@drogueriacardenas.example.co para confirmar.

Droguería Hermanos Cárdenas Ltda.
""", company="Droguería Hermanos Cárdenas", contact="hcardenas@drogueriacardenas.example.co",
      reply_to="Hernando Cárdenas <hcardenas@drogueriacardenas.example.co>"),

    M("interview_invitation", "german_pharma_vorort", "Anja Pfeiffer <a.pfeiffer@vogt-partner.example.com>",
      "Ihr Vorstellungsgespräch bei Vogt & Partner", "2026-06-08 10:30 +0200", "de", """
Hallo Frau Restrepo-Okafor,

vielen Dank für Ihr Interesse. Herr Dr. Vogt und ich würden Sie gerne persönlich kennenlernen. Da Sie im Juni ohnehin in Barcelona sind: Passt Ihnen Mittwoch, der 17. Juni, um 11:00 Uhr in unserem Büro am Passeig de Gràcia 54?

Geben Sie mir einfach kurz Bescheid.

Viele Grüße
Anja Pfeiffer
Geschäftsführerin | Vogt & Partner Pharma Consulting
Vogt & Partner Pharma Consulting GmbH · Amtsgericht München HRB 201774
""", company="Vogt & Partner Pharma Consulting", contact="a.pfeiffer@vogt-partner.example.com"),

    M("interview_invitation", "workday_peru_html", "Careers Laboratorios Andinos <andinosfarma@myworkday.com>",
      "Invitación a entrevista: Coordinador(a) Regulatorio Perú (R-10502)", "2026-05-04 12:40 -0500", "es", """
Estimada Camila:

Nos complace informarle que ha sido preseleccionada para la posición de Coordinador(a) Regulatorio Perú (R-10502). La invitamos a una entrevista con el equipo regional de Asuntos Regulatorios el miércoles 6 de mayo a las 3:00 p. m. (hora de Lima).

Encontrará el detalle y el enlace de conexión en su panel de candidata de Workday.

Cordialmente,
Equipo de Adquisición de Talento
Laboratorios Andinos Farma
""", company="Laboratorios Andinos Farma", struct="html",
      html_shell=("ats", {"brand": "Laboratorios Andinos Farma", "logo": "https://andinosfarma.example.co/img/logo.png", "color": "#00695c", "cta": "Ir a mi panel", "tracker": "https://andinosfarma.wd5.myworkday.com/track?c=", "footer": "Laboratorios Andinos Farma S.A.S. · Medellín · Lima · Quito"})),

    M("interview_invitation", "university_madrid_comision", "Secretaría Comisión Máster <master.farmacovigilancia@ucentral.example.es>",
      "Convocatoria a entrevista – Coordinación académica", "2026-09-01 13:00 +0200", "es", """
Estimada Dra. Restrepo-Okafor:

La Comisión de Selección para el puesto de Coordinador/a Académico/a del Máster en Farmacovigilancia y Farmacoepidemiología le convoca a una entrevista personal el próximo 8 de septiembre a las 16:30 h, en modalidad online.

Le rogamos que confirme su disponibilidad respondiendo a este mensaje antes del día 4.

Atentamente,
Secretaría de la Comisión
Universidad Central de Madrid – Facultad de Farmacia
""", company="Universidad Central de Madrid", contact="master.farmacovigilancia@ucentral.example.es",
      cs="windows-1252", cte="quoted-printable"),

    M("interview_invitation", "distributor_panama_phone", "Gabriela Núñez <gnunez@istmomedica.example.pa>",
      "Llamada - Especialista en Registros Sanitarios", "2026-09-21 16:44 -0500", "es", """
Hola Camila, qué tal?

Le escribo de Distribuidora Istmo Médica. Revisamos su hoja de vida y quisiéramos hacerle una entrevista telefónica corta (20 min) este jueves 24. ¿Le queda bien a las 10 am hora de Panamá? La llamaría al número que puso en su CV.

Saludos,
Gabi Núñez
Analista de Talento - Istmo Médica
""", company="Istmo Médica", contact="gnunez@istmomedica.example.pa"),

    M("interview_invitation", "softgarden_de_video", "Hessler Pharma Iberia <bewerbermanagement@softgarden.io>",
      "Einladung: Videointerview Regulatory Affairs Manager (w/m/d)", "2026-04-09 09:25 +0200", "de", """
Guten Tag Frau Restrepo-Okafor,

wir freuen uns, Sie zu einem zeitversetzten Videointerview einzuladen. Sie erhalten fünf Fragen und haben bis zum 16. April Zeit, Ihre Antworten aufzuzeichnen. Das Interview dauert etwa 20 Minuten.

Über den Button gelangen Sie direkt zum Interview.

Freundliche Grüße
Ihr Talent-Acquisition-Team
Hessler Pharma
""", company="Hessler Pharma", struct="html",
      html_shell=("ats", {"brand": "Hessler Pharma", "logo": "https://hessler.softgarden.io/assets/logo.svg", "color": "#1b5e20", "cta": "Zum Videointerview", "footer": "Hessler Pharma Iberia S.L.U. · C/ Serrano 41, 28001 Madrid"})),

    M("interview_invitation", "ngo_bogota", "Ángela Restrepo <angela.restrepo@fundacionmedicamentos.example.org>",
      "Entrevista - Asesora en uso racional de medicamentos", "2026-02-09 10:05 -0500", "es", """
Buenos días Camila (¡tocayas de apellido!):

En la Fundación Medicamentos para Todos nos gustaría entrevistarla para el cargo de Asesora en Uso Racional de Medicamentos, con sede en Bogotá. Proponemos el jueves 12 de febrero a las 2:30 p. m. por Meet.

Quedo atenta a su confirmación.

Ángela Restrepo
Directora de Programas
Fundación Medicamentos para Todos
Cra. 7 # 72-41 Of. 302, Bogotá
""", company="Fundación Medicamentos para Todos", contact="angela.restrepo@fundacionmedicamentos.example.org"),

    M("interview_invitation", "ashby_final_round", "Lumen Safety Labs Hiring <no-reply@ashbyhq.com>",
      "Lumen Safety Labs — case study & interview", "2026-08-31 12:30 -0400", "en", """
Hi Camila,

Thanks for chatting with our recruiter last week! The next step for the Pharmacovigilance Scientist role is a short case study followed by a 60-minute interview with me and two members of the safety team, where you'll present your assessment.

You can pick your interview slot here: https://jobs.ashbyhq.com/lumen/schedule/8f2c1

If you have questions beforehand, reply to owen@lumensafety.example.ca.

Owen Tremblay
Head of Safety, Lumen Safety Labs
""", company="Lumen Safety Labs", contact="owen@lumensafety.example.ca",
      reply_to="Owen Tremblay <owen@lumensafety.example.ca>"),

    M("interview_invitation", "taleo_fr_entrevue", "Carrières Laboratoires Bellerive <ne-pas-repondre@taleo.net>",
      "Convocation à une entrevue", "2026-03-27 14:00 -0400", "fr", """
Madame Restrepo-Okafor,

Nous avons le plaisir de vous convoquer à une entrevue téléphonique pour le poste d'Associée, affaires réglementaires (réquisition 26-0311). Une personne de notre équipe vous appellera le mardi 31 mars entre 10 h et 10 h 30 (heure de l'Est).

Si cette plage horaire ne vous convient pas, veuillez écrire à Julie Lavoie, à julie.lavoie@bellerive.example.ca.

Acquisition de talents
Laboratoires Bellerive
""", company="Laboratoires Bellerive", struct="html",
      html_shell=("ats", {"brand": "Laboratoires Bellerive", "logo": "https://bellerive.example.ca/img/logo-bellerive.png", "color": "#004b87", "footer": "Ce courriel a été envoyé automatiquement, merci de ne pas y répondre."})),

    M("interview_invitation", "generic_maker_cali_cc", "Mauricio Lozano <mlozano@farmavalle.example.co>",
      "Re: Following up", "2026-10-05 08:20 -0500", "es", """
Camila, buen día.

Disculpa la demora en responder. Sí, seguimos interesados. Te propongo entrevista presencial en la planta de Yumbo el próximo martes 13 de octubre a las 9 am con Ingrid (Directora de Calidad), que va en copia.

Me confirmas.

Mauricio Lozano
Jefe de Asuntos Regulatorios
Farmavalle Genéricos
""", company="Farmavalle Genéricos", contact="mlozano@farmavalle.example.co",
      cc="Ingrid Salcedo <isalcedo@farmavalle.example.co>", thread=True,
      quote="""-----Original Message-----
From: Camila Restrepo-Okafor <camila.ro@example.co>
Sent: Monday, September 28, 2026 4:12 PM
To: Mauricio Lozano <mlozano@farmavalle.example.co>
Subject: Following up

Hola Mauricio, quería saber si hay novedades sobre la vacante de Analista de Registros. Entiendo si ya la cubrieron.
Camila"""),
]

RESCHEDULES = [
    M("interview_reschedule_or_cancel", "teams_update_sequence", "Paula Arango <parango@novabiotica.example.com>",
      "Actualizado: Entrevista - Especialista en Asuntos Regulatorios", "2026-03-11 16:30 -0500", "es", """
Camila, una pena: a Diana le cruzaron un comité con el INVIMA mañana. Movimos la entrevista para el viernes 13 a la misma hora (10:00 a. m.). Te llega la invitación actualizada.

Mil disculpas,
Paula
""", company="NovaBiótica Colombia", contact="parango@novabiotica.example.com", thread=True,
      cal=ICS_NB.format(method="REQUEST", seq=1, start="20260313T150000Z", end="20260313T154500Z", status="CONFIRMED")),

    M("interview_reschedule_or_cancel", "google_cancel_same_uid", "Sophie Gagnon <sgagnon@pharmaboreal.example.ca>",
      "Annulé : Entretien – Conseillère en pharmacovigilance @ jeu. 4 juin 2026", "2026-06-03 17:50 -0400", "fr", """
Bonjour Camila,

Je suis désolée de devoir annuler l'entretien de demain : la Dre Roy est malade. Je vous reviens d'ici lundi avec de nouvelles disponibilités, le poste reste bien ouvert.

Sophie Gagnon
Pharma Boréal
""", company="Pharma Boréal", contact="sgagnon@pharmaboreal.example.ca", thread=True,
      cal=ICS_MTL.format(method="CANCEL", seq=1, start="20260604T150000Z", end="20260604T160000Z", status="CANCELLED"), cal_method="CANCEL"),

    M("interview_reschedule_or_cancel", "switched_to_video", "Selección Clínica Santa Lucía <seleccion@clinicasantalucia.example.co>",
      "CAMBIO DE MODALIDAD - prueba técnica 23 de marzo", "2026-03-20 17:15 -0500", "es", """
Respetada señora Restrepo:

Debido al paro de transporte anunciado para el lunes en Cali, la prueba técnica y la entrevista del 23 de marzo se realizarán de manera VIRTUAL a la misma hora (7:30 a. m.). El enlace de Teams le llegará el domingo en la noche.

Gracias por su comprensión.

Área de Gestión Humana
Clínica Santa Lucía del Valle
""", company="Clínica Santa Lucía del Valle", contact="seleccion@clinicasantalucia.example.co",
      cs="iso-8859-1", cte="quoted-printable"),

    M("interview_reschedule_or_cancel", "interviewer_sick_en", "Carlos Méndez <cmendez@trialpath.example.com>",
      "Change of plans for Monday", "2026-05-01 08:05 -0400", "en", """
Hi Camila,

Laura came down with the flu, so we need to push Monday's interview. Could you do Thursday May 7 at the same time (1pm ET) instead? Sorry for the shuffle.

Carlos
Sent from my iPhone
""", company="Trialpath CRO", contact="cmendez@trialpath.example.com", thread=True),

    M("interview_reschedule_or_cancel", "lever_time_change", "Northbridge Pharmaceuticals <no-reply@hire.lever.co>",
      "Updated: Your interview with Northbridge Pharmaceuticals", "2026-07-07 18:20 -0400", "en", """
Hi Camila,

Your panel interview for Regulatory Affairs Associate II has been rescheduled.

Previous time: Thursday, July 9, 2:00 PM ET
New time: Friday, July 10, 10:30 AM ET

The Zoom link is unchanged. If the new time doesn't suit you, please contact anika.shah@northbridgepharma.example.ca.

The Northbridge Talent Team
""", company="Northbridge Pharmaceuticals", contact="anika.shah@northbridgepharma.example.ca",
      reply_to="anika.shah@northbridgepharma.example.ca", struct="alt",
      html_shell=("ats", {"brand": "Northbridge Pharmaceuticals", "logo": "https://lever-client-logos.example.com/northbridge.png", "color": "#0d47a1", "footer": "Sent with Lever"})),

    M("interview_reschedule_or_cancel", "agency_postpone", "Natalia Bermúdez | Talento Salud <natalia.bermudez@talentosalud.example.co>",
      "Cambio hora BioCaribe", "2026-03-17 20:10 -0500", "es", """
Cami, me acaba de escribir BioCaribe: la jefe de FV tiene auditoría y pasan la entrevista para el jueves 19 a las 11 am. El link de Meet es el mismo. Me confirmas que te sirve?

Natalia
""", company="BioCaribe Labs", contact="natalia.bermudez@talentosalud.example.co"),

    M("interview_reschedule_or_cancel", "cancel_role_open_new_date_de", "Dr. Katrin Albers <k.albers@rheinfeld-arzneimittel.example.de>",
      "Verschiebung unseres Gesprächs am 24.02.", "2026-02-23 11:40 +0100", "de", """
Liebe Frau Restrepo-Okafor,

leider muss ich unser Gespräch morgen absagen, da ich kurzfristig zu einer Inspektion des BfArM muss. Ich würde es gerne auf Donnerstag, 26. Februar, 16:00 Uhr MEZ verschieben. Passt Ihnen das?

Beste Grüße
Katrin Albers
Head of Drug Safety
Rheinfeld Arzneimittel GmbH
""", company="Rheinfeld Arzneimittel", contact="k.albers@rheinfeld-arzneimittel.example.de"),

    M("interview_reschedule_or_cancel", "outlook_es_chain_new_slot", "Ricardo Paredes <rparedes@laboratoriosinca.example.pe>",
      "RE: Postulación Jefe de Asuntos Regulatorios", "2026-04-16 12:00 -0500", "es", """
Camila:

El Gerente General tiene que viajar a Arequipa el viernes. ¿Podríamos pasar la entrevista al lunes 20 de abril, 11:00 a. m.? El enlace de Zoom sería el mismo.

Saludos,
Ricardo Paredes Salazar
Gerente de Gestión Humana | Laboratorios Inca Farma
""", company="Laboratorios Inca Farma", contact="rparedes@laboratoriosinca.example.pe", thread=True,
      quote="""De: Ricardo Paredes <rparedes@laboratoriosinca.example.pe>
Enviado: martes, 14 de abril de 2026 17:25
Para: Camila Restrepo-Okafor <camila.ro@example.co>
Asunto: RE: Postulación Jefe de Asuntos Regulatorios

Camila, buenas tardes: Nos interesa mucho su perfil y queremos invitarla a una entrevista virtual con el Gerente General y conmigo el viernes 17 de abril a las 9:30 a. m."""),

    M("interview_reschedule_or_cancel", "headhunter_moved_by_client", "Carmen Vidal <cvidal@kesslervidal.example.es>",
      "Cambio de fecha – entrevista con el cliente", "2026-07-01 10:45 +0200", "es", """
Hola Camila:

Le escribo en nombre de Iñigo. Nuestro cliente ha tenido que mover la entrevista con su Director Médico del jueves 2 al martes 7 de julio, a las 16:00 h (Madrid), también por Teams. ¿Le encaja?

Gracias y disculpe las molestias.

Carmen Vidal
Kessler & Vidal Executive Search
""", company="Kessler & Vidal Executive Search", contact="cvidal@kesslervidal.example.es"),

    M("interview_reschedule_or_cancel", "cancel_postponed_hiring_freeze_short", "Mauricio Lozano <mlozano@farmavalle.example.co>",
      "Entrevista martes - aplazada", "2026-10-09 17:40 -0500", "es", """
Camila, tenemos que aplazar la entrevista del martes en Yumbo: Ingrid está incapacitada. Te escribo la otra semana con nueva fecha, la vacante sigue abierta.

Mauricio
""", company="Farmavalle Genéricos", contact="mlozano@farmavalle.example.co"),

    M("interview_reschedule_or_cancel", "public_body_reprogramacion", "Concursos APPS <concursos@apps.example.pa>",
      "Reprogramación de entrevistas - Concurso APPS-DFV-07-2026", "2026-08-24 15:30 -0500", "es", """
Señora Camila Restrepo-Okafor:

Por motivo del cierre de oficinas públicas decretado para el 25 de agosto, las entrevistas del Concurso No. APPS-DFV-07-2026 se reprograman para el jueves 27 de agosto de 2026, en el mismo horario y lugar.

Oficina Institucional de Recursos Humanos
Agencia Panameña de Productos Sanitarios
""", company="Agencia Panameña de Productos Sanitarios", contact="concursos@apps.example.pa", struct="html",
      html_shell=("outlook", {"font": "Arial"})),

    M("interview_reschedule_or_cancel", "icims_cancelled", "HarborPoint Health Careers <careers-noreply@harborpoint.icims.com>",
      "Interview Cancelled - Clinical Pharmacist, Medication Safety", "2026-07-09 09:12 -0400", "en", """
Dear Camila,

Your interview scheduled for July 10, 2026 at 11:00 AM has been cancelled by the hiring team. A member of Talent Acquisition will contact you to arrange a new date.

HarborPoint Health System Talent Acquisition
""", company="HarborPoint Health System", struct="html",
      html_shell=("ats", {"brand": "HarborPoint Health System", "logo": "https://harborpoint.example.com/assets/hp-logo.png", "color": "#007c91", "footer": "This is an automated message. Replies to this address are not monitored."})),

    M("interview_reschedule_or_cancel", "ngo_move_earlier", "Ángela Restrepo <angela.restrepo@fundacionmedicamentos.example.org>",
      "¿Podemos adelantar?", "2026-02-11 07:50 -0500", "es", """
Hola Camila, una pregunta rápida: ¿podríamos adelantar la entrevista de mañana a las 11:00 a. m. en vez de las 2:30? Me surgió un viaje a Villavicencio en la tarde. Si no puedes, la dejamos para el lunes.

Gracias!
Ángela
""", company="Fundación Medicamentos para Todos", contact="angela.restrepo@fundacionmedicamentos.example.org"),

    M("interview_reschedule_or_cancel", "vogt_room_change_de", "Anja Pfeiffer <a.pfeiffer@vogt-partner.example.com>",
      "Kurze Änderung: Gespräch 17.06. jetzt per Video", "2026-06-15 12:05 +0200", "de", """
Hallo Frau Restrepo-Okafor,

wegen eines Wasserschadens in unserem Büro führen wir das Gespräch am Mittwoch lieber per Teams durch – gleiche Uhrzeit, 11:00 Uhr. Den Link schicke ich Ihnen morgen.

Viele Grüße
Anja Pfeiffer
""", company="Vogt & Partner Pharma Consulting", contact="a.pfeiffer@vogt-partner.example.com", thread=True),

    M("interview_reschedule_or_cancel", "smartrecruiters_reschedule_es", "Marta Soler <msoler@levanteasociados.example.es>",
      "Re: Entrevista por vídeo", "2026-05-13 08:30 +0200", "es", """
Buenos días, Camila:

Me ha surgido una reunión con la AEMPS justo a la hora que reservaste (jueves 14, 16:00). ¿Te importaría que lo pasáramos al viernes 15 a las 17:00? Así tampoco tienes que madrugar tanto en Medellín.

Gracias,
Marta Soler
Responsable de Registros | Farmacéutica Levante & Asociados
""", company="Farmacéutica Levante & Asociados", contact="msoler@levanteasociados.example.es", thread=True,
      cs="iso-8859-1", cte="quoted-printable"),
]

MISSED = [
    M("missed_interview_notice", "waited_at_ten", "Paula Arango <parango@novabiotica.example.com>",
      "¿Todo bien?", "2026-03-13 10:25 -0500", "es", """
Hola Camila, te estuvimos esperando en Teams desde las 10:00 con Diana y no te conectaste. ¿Pasó algo? Si tuviste algún problema de conexión avísame y miramos si se puede reprogramar.

Paula
""", company="NovaBiótica Colombia", contact="parango@novabiotica.example.com"),

    M("missed_interview_notice", "did_not_join_en", "Owen Tremblay <owen@lumensafety.example.ca>",
      "Missed you today", "2026-09-08 14:20 -0400", "en", """
Hi Camila,

We had you down for 1:00 PM today for the case-study interview, but you didn't join the call. We waited about 15 minutes. I hope everything's okay.

If something came up, let me know by Thursday and I'll see whether the panel can find another slot.

Owen
""", company="Lumen Safety Labs", contact="owen@lumensafety.example.ca"),

    M("missed_interview_notice", "tried_to_call", "Gabriela Núñez <gnunez@istmomedica.example.pa>",
      "Intentamos llamarla", "2026-09-24 10:35 -0500", "es", """
Hola Camila,

La llamé tres veces al +57 que aparece en su hoja de vida a las 10:00 como habíamos quedado, pero no me contestó y me mandaba a buzón. ¿Quizás hubo confusión con la hora? Recuerde que Panamá y Colombia tienen la misma hora.

Avíseme si todavía le interesa y buscamos otro espacio.

Gabi Núñez
Istmo Médica
""", company="Istmo Médica", contact="gnunez@istmomedica.example.pa"),

    M("missed_interview_notice", "no_show_public_body", "Concursos APPS <concursos@apps.example.pa>",
      "Inasistencia a entrevista - Concurso APPS-DFV-07-2026", "2026-08-27 17:00 -0500", "es", """
Señora Camila Restrepo-Okafor:

Se deja constancia de que usted no se presentó a la entrevista programada para el 27 de agosto de 2026 a las 2:00 p. m. De acuerdo con el reglamento, la inasistencia se considera desistimiento, salvo causa justificada presentada por escrito dentro de los dos (2) días hábiles siguientes a esta dirección.

Oficina Institucional de Recursos Humanos
Agencia Panameña de Productos Sanitarios
""", company="Agencia Panameña de Productos Sanitarios", contact="concursos@apps.example.pa",
      cs="iso-8859-1", cte="8bit"),

    M("missed_interview_notice", "trial_shift_pharmacy", "Farmacia La Esquina del Poblado <farmacialaesquina@example.co>",
      "turno de prueba sabado", "2026-01-10 14:50 -0500", "es", """
Camila buenas tardes, la esperabamos hoy a las 8 am para el turno de prueba en la farmacia y no llego ni nos aviso. Si sigue interesada en el reemplazo de regente llamenos al 604 555 1212 antes del lunes.

Gloria Zapata
Administradora
Farmacia La Esquina del Poblado
""", company="Farmacia La Esquina del Poblado", contact="farmacialaesquina@example.co"),

    M("missed_interview_notice", "recruiter_zoom_no_show_es_spain", "Marta Soler <msoler@levanteasociados.example.es>",
      "No hemos coincidido", "2026-05-15 17:20 +0200", "es", """
Hola Camila:

Te he estado esperando en la sala de vídeo de las 17:00, pero no has entrado. Igual es por el cambio de hora que te propuse y no te llegó mi correo. Dime algo y lo vemos.

Un saludo,
Marta
""", company="Farmacéutica Levante & Asociados", contact="msoler@levanteasociados.example.es"),

    M("missed_interview_notice", "ats_missed_de", "Hessler Pharma Iberia <bewerbermanagement@softgarden.io>",
      "Erinnerung: Ihr Videointerview ist abgelaufen", "2026-04-17 08:00 +0200", "de", """
Guten Tag Frau Restrepo-Okafor,

die Frist für Ihr zeitversetztes Videointerview ist am 16. April abgelaufen, ohne dass Antworten eingegangen sind. Falls Sie technische Probleme hatten, wenden Sie sich bitte an lucia.moreno@hesslerpharma.example.es – wir können die Frist einmalig verlängern.

Freundliche Grüße
Ihr Talent-Acquisition-Team
Hessler Pharma
""", company="Hessler Pharma", contact="lucia.moreno@hesslerpharma.example.es",
      reply_to="Lucía Moreno <lucia.moreno@hesslerpharma.example.es>"),

    M("missed_interview_notice", "quebec_entrevue_manquee", "Julie Lavoie <julie.lavoie@bellerive.example.ca>",
      "Entrevue téléphonique de ce matin", "2026-03-31 11:05 -0400", "fr", """
Bonjour Madame Restrepo-Okafor,

J'ai tenté de vous joindre à deux reprises ce matin, à 10 h 02 et à 10 h 15, pour notre entrevue téléphonique, sans succès. J'ai laissé un message dans votre boîte vocale.

Si vous êtes toujours intéressée par le poste, merci de me proposer deux ou trois disponibilités cette semaine.

Julie Lavoie
Conseillère en acquisition de talents
Laboratoires Bellerive
""", company="Laboratoires Bellerive", contact="julie.lavoie@bellerive.example.ca", struct="html",
      html_shell=("outlook", {"font": "Calibri"})),

    M("missed_interview_notice", "dromedica_no_llego", "Andrés Villegas <avillegas@dromedica.example.co>",
      "Re: entrevista", "2026-01-20 15:40 -0500", "es", """
Camila el director técnico te esta esperando desde las 3 y no has llegado. Vienes en camino??

Enviado desde mi iPhone
""", company="Dromédica", contact="avillegas@dromedica.example.co", thread=True,
      quote="""El 19/01/2026, a las 6:02 p. m., Andrés Villegas <avillegas@dromedica.example.co> escribió:
> Camila hola, puedes venir mañana a las 3 pm a la oficina de El Poblado para una entrevista con el director técnico?"""),

    M("missed_interview_notice", "miami_onsite_missed", "Denise Walker <dwalker@harborpoint.example.com>",
      "Today's interview", "2026-07-16 11:45 -0400", "en", """
Good morning Camila,

Dr. Alvarez and I were expecting you at 10:00 AM at the Brickell campus for your interview, and we have not been able to reach you by phone. Please let me know if you'd still like to be considered for the Clinical Pharmacist role.

Regards,
Denise Walker, SHRM-CP
Talent Acquisition Partner | HarborPoint Health System
(305) 555-0147
""", company="HarborPoint Health System", contact="dwalker@harborpoint.example.com"),
]

MSGS = INVITES + RESCHEDULES + MISSED
