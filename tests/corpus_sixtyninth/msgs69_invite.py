"""Interview invitations, employer reschedules/cancellations and missed-interview notices."""

from msgs69_base import m

INV = "interview_invitation"
S = "interview_reschedule_or_cancel"
N = "missed_interview_notice"

INVITES = [
    m(INV, "whatsapp_style_rh", "es",
      "Lupita Saucedo <lsaucedo@plasticos-queretaro.example.com>",
      "entrevista",
      """Buen día Sofía, vi tu CV en OCC para Comprador Jr. ¿Podrías venir el jueves 22 a las 10am a planta? Preguntas por mí en caseta. Trae INE y CV impreso.

Parque Industrial Querétaro, Av. La Noria 118

Saludos
Lupita Saucedo
Plásticos Querétaro""",
      company="Plásticos Querétaro", contact="lsaucedo@plasticos-queretaro.example.com",
      date="2026-01-19 08:12"),

    m(INV, "calendly_startup_en", "en",
      "Maya Goldberg <maya@shipwell-lite.example.com>",
      "Quick chat?",
      """Hi Sofía!

Saw your profile on LinkedIn and your application came through for our Ops Analyst (Mexico City). Would you be free for a quick 30-min chat this week? Grab whatever works here: https://calendly.example.com/maya-shipwelllite/30min

Looking forward!
Maya
Recruiting @ Shipwell Lite""",
      company="Shipwell Lite", contact="maya@shipwell-lite.example.com", date="2026-01-27 15:33"),

    m(INV, "workday_phone_screen_ics", "en",
      "Halvorsen Electronics <halvorsen@myworkday.com>",
      "Interview Confirmation: Procurement Specialist - Reynosa",
      """Dear Sofía,

We are pleased to invite you to a phone screen for the Procurement Specialist role.

Date: Tuesday, February 10, 2026
Time: 11:00 AM - 11:30 AM (Central Standard Time, Mexico City)
Interviewer: Brent Kowalski, Sr. Recruiter
Format: Phone call to the number in your profile

If you need to reschedule, please contact brent.kowalski@halvorsen-electronics.example.com.

Regards,
Halvorsen Electronics Talent Acquisition""",
      company="Halvorsen Electronics", contact="brent.kowalski@halvorsen-electronics.example.com",
      date="2026-02-05 09:00", fmt="alt",
      ics={"uid": "wd-88121-phonescreen@halvorsen.example.com", "start": "20260210T170000Z",
           "end": "20260210T173000Z", "summary": "Phone Screen - Procurement Specialist",
           "organizer": "brent.kowalski@halvorsen-electronics.example.com", "cn": "Brent Kowalski",
           "location": "Phone"}),

    m(INV, "competencias_usted", "es",
      "Atracción de Talento <talento.mx@fenixpack.example.com>",
      "Invitación a entrevista por competencias",
      """Estimada Sofía Castellanos:

Reciba un cordial saludo. Derivado de la revisión de su perfil, nos gustaría invitarle a una entrevista por competencias para la vacante de Analista de Comercio Exterior (IMMEX).

Fecha: miércoles 18 de febrero de 2026
Hora: 12:00 hrs (centro de México)
Modalidad: videollamada por Microsoft Teams (el enlace se enviará un día antes)
Duración aproximada: 60 minutos

Le agradeceremos confirmar su asistencia respondiendo este correo.

Quedo atenta.

Saludos cordiales,
Verónica Aldana
Especialista de Atracción de Talento
Fénix Pack México""",
      company="Fénix Pack México", contact="talento.mx@fenixpack.example.com",
      date="2026-02-12 13:47", fmt="qp"),

    m(INV, "headhunter_next_stage", "es",
      "Andrés Villalobos <andres@puente-ejecutivo.example.com>",
      "Siguiente paso!!",
      """Sofía!! Buenísimas noticias!!! 🎉

El cliente (automotriz alemana, planta en San José Chiapa) quedó encantado con tu perfil y quiere moverte a la siguiente etapa: entrevista con el gerente de planta y visita a planta.

Te propongo martes 3 o miércoles 4 de marzo a las 9:00. ¿Cuál te acomoda?? Avísame hoy si puedes porfa para bloquear agenda.

Abrazo,
Andrés Villalobos
Puente Ejecutivo
Cel/WhatsApp 222 555 0673""",
      company="Puente Ejecutivo", contact="andres@puente-ejecutivo.example.com",
      date="2026-02-24 19:02"),

    m(INV, "goodtime_panel", "en",
      "Corvane Systems Recruiting <scheduling@goodtime.example.io>",
      "Action required: schedule your onsite interview with Corvane Systems",
      """Hi Sofía,

Congratulations on moving to the onsite stage for Global Trade Compliance Analyst!

Your onsite will be a panel of four 45-minute conversations (Trade Compliance, Logistics Ops, Finance partner, Hiring Manager) at our Monterrey office. Please choose your preferred slots using the link below within 48 hours:

https://app.goodtime.example.io/schedule/cv-9981-a7

Questions? Reply to your recruiter, Hannah Ortiz (hannah.ortiz@corvane.example.com).

Corvane Systems Recruiting Team""",
      company="Corvane Systems", contact="hannah.ortiz@corvane.example.com",
      reply_to="Hannah Ortiz <hannah.ortiz@corvane.example.com>",
      date="2026-03-03 10:30", fmt="html"),

    m(INV, "de_vorstellungsgespraech", "de",
      "Stefanie Wrobel <stefanie.wrobel@kranich-mobility.example.de>",
      "Einladung zum Vorstellungsgespräch – Supply Chain Analyst (m/w/d) Wolfsburg",
      """Sehr geehrte Frau Castellanos-Mbeki,

vielen Dank für Ihre Bewerbung. Ihr Profil hat uns überzeugt und wir möchten Sie gerne zu einem ersten Gespräch per Microsoft Teams einladen.

Termin: Donnerstag, 12. März 2026, 16:00 Uhr MEZ (09:00 Uhr Mexiko-Stadt)
Gesprächspartner: Herr Dr. Pohl (Leitung Supply Chain Planning) und ich
Sprache: Englisch und Deutsch

Bitte bestätigen Sie uns den Termin kurz per E-Mail.

Mit freundlichen Grüßen
Stefanie Wrobel
Personalreferentin
Kranich Mobility AG | Berliner Ring 40 | 38440 Wolfsburg""",
      company="Kranich Mobility", contact="stefanie.wrobel@kranich-mobility.example.de",
      date="2026-03-04 08:40", fmt="cp1252",
      ics={"uid": "kranich-20260312-scm@kranich-mobility.example.de", "start": "20260312T150000Z",
           "end": "20260312T160000Z", "summary": "Vorstellungsgespräch Castellanos-Mbeki",
           "organizer": "stefanie.wrobel@kranich-mobility.example.de", "cn": "Stefanie Wrobel"}),

    m(INV, "fr_entretien_visio", "fr",
      "Amandine Roux <amandine.roux@orbe-fret.example.fr>",
      "Votre candidature chez Orbe Fret – proposition d'entretien",
      """Bonjour Madame Castellanos-Mbeki,

Votre profil a retenu toute notre attention pour le poste de Chargée de douane (H/F) à notre filiale de Mexico.

Je vous propose un premier entretien en visio d'environ 45 minutes. Seriez-vous disponible l'un des créneaux suivants (heure de Mexico) ?
- lundi 16 mars, 9h00
- mardi 17 mars, 10h30
- jeudi 19 mars, 8h30

Dans l'attente de votre retour, je vous souhaite une excellente journée.

Amandine Roux
Chargée de recrutement | Orbe Fret
+33 4 91 55 02 17""",
      company="Orbe Fret", contact="amandine.roux@orbe-fret.example.fr",
      date="2026-03-09 03:55", fmt="alt"),

    m(INV, "excel_test_invite", "es",
      "Reclutamiento CEDIS <cedis.seleccion@super-ahorra.example.com.mx>",
      "Examen de Excel y entrevista - Analista de Inventarios",
      """Hola Sofía

Gracias por tu interés. Te invitamos a presentar el examen de Excel (intermedio-avanzado: tablas dinámicas, BUSCARX, gráficos) seguido de entrevista con la Jefa de Inventarios.

📅 Viernes 20 de marzo
🕘 9:00 am
📍 CEDIS Super Ahorra, Carretera Cuautitlán-Tultepec km 3.5
Duración: 2 horas aprox.

Favor de confirmar por este medio.

Atte.
Karla Mendoza
Reclutamiento CEDIS | Super Ahorra""",
      company="Super Ahorra", contact="cedis.seleccion@super-ahorra.example.com.mx",
      date="2026-03-16 12:20", fmt="html"),

    m(INV, "lebanese_en_invite", "en",
      "Rami Haddad <rami.haddad@cedarline-trading.example.com>",
      "Re: your application",
      """Dear Sofia,

Thank you for your application and apologies for the delayed reply, we were travelling for the Dubai fair.

Mr. Karam would like to meet you for a video interview regarding the Procurement Coordinator position for our new Monterrey warehouse. Are you available Monday 30 March at 8:00 AM Mexico time (5:00 PM Beirut)? We will send a Zoom link upon confirmation.

Best regards,

Rami Haddad
HR & Admin Officer
Cedarline Trading s.a.l.
Achrafieh, Beirut | +961 1 555 238""",
      company="Cedarline Trading", contact="rami.haddad@cedarline-trading.example.com",
      date="2026-03-23 02:14"),

    m(INV, "peru_colombia_tu", "es",
      "Juliana Restrepo <juliana.restrepo@cafetal-export.example.co>",
      "Entrevista Analista de Abastecimiento",
      """Hola Sofía, ¿cómo vas?

Te cuento que tu hoja de vida pasó el primer filtro para la vacante de Analista de Abastecimiento (remoto, con viajes a Bogotá). Queremos agendarte una videollamada por Google Meet con el líder del área.

¿Te queda bien el miércoles 8 de abril a las 10 a.m. hora Colombia / 9 a.m. hora CDMX?

Quedo pendiente,
Juliana Restrepo
Gestión Humana - Cafetal Export S.A.S.""",
      company="Cafetal Export", contact="juliana.restrepo@cafetal-export.example.co",
      date="2026-04-01 14:00", fmt="qp"),

    m(INV, "korean_plant_visit", "en",
      "Hyun-woo Park <hw.park@daeseong-mobis.example.co.kr>",
      "Interview invitation - Production Planning Analyst (Nuevo León plant)",
      """Dear Ms. Sofia Castellanos-Mbeki,

We are pleased to inform you that you passed the document screening.

We would like to invite you to the 2nd interview with our plant manager, Mr. Lee, and a short plant visit.

- Date: April 15, 2026 (Wed) 10:00
- Place: Daeseong Mobis Mexico, Pesquería, N.L. (Main gate, visitor center)
- Bring: ID, safety shoes (will be provided if needed)

Please kindly confirm your attendance by reply.

Thank you.
Hyun-woo Park / HR Team
Daeseong Mobis Mexico""",
      company="Daeseong Mobis Mexico", contact="hw.park@daeseong-mobis.example.co.kr",
      date="2026-04-08 20:30", fmt="b64"),

    m(INV, "sap_successfactors_self_sched", "es",
      "Grupo Textil Laguna <noreply@successfactors.example.eu>",
      "Programa tu entrevista | Planeador de Demanda",
      """Hola Sofía Castellanos-Mbeki:

¡Avanzaste a la etapa de entrevista para Planeador de Demanda!

Selecciona el horario que mejor te acomode para tu videollamada con el equipo de Planeación:
https://career5.successfactors.example.eu/interview/schedule?token=GTL-5510

Los horarios disponibles expiran en 72 horas.

Saludos,
Grupo Textil Laguna - Talento""",
      company="Grupo Textil Laguna", date="2026-04-14 06:00", fmt="alt"),

    m(INV, "agency_en_many_exclamations", "en",
      "Tyler Brooks <tyler.brooks@apexbridge-staffing.example.com>",
      "Interview Thursday!!",
      """Hi Sofia!!

GREAT news - the hiring manager at my client in Laredo (big cross-border 3PL) LOVED your resume!! They want to do a Zoom interview Thursday 4/23 at 2pm CT. Can you make it??

Let me know ASAP and I'll send prep notes - they will def ask about C-TPAT and pedimentos!!

Thanks!!
Tyler Brooks
Senior Recruiter | ApexBridge Staffing
(956) 555-0141""",
      company="ApexBridge Staffing", contact="tyler.brooks@apexbridge-staffing.example.com",
      date="2026-04-20 11:11"),

    m(INV, "tecnica_panel_es_spain", "es",
      "Marta Iglesias <marta.iglesias@logisur.example.es>",
      "Segunda entrevista - Demand Planner LATAM",
      """Hola Sofía:

Gracias por la conversación del otro día. Nos ha gustado mucho y nos gustaría que pasaras a la siguiente fase: una entrevista técnica con el panel (Dirección de Operaciones, Finanzas y el responsable de Planificación) de una hora por Teams.

Te envío la convocatoria para el lunes 4 de mayo a las 17:00 (hora de Madrid), es decir, las 9:00 en Ciudad de México. Si no te viene bien, dímelo y buscamos otro hueco.

Un saludo,
Marta Iglesias
Talent Acquisition · LogiSur""",
      company="LogiSur", contact="marta.iglesias@logisur.example.es", date="2026-04-27 10:05",
      fmt="alt",
      ics={"uid": "040000008200E00074C5B7101A82E0080000000012ab7744@logisur.example.es",
           "start": "20260504T150000Z", "end": "20260504T160000Z",
           "summary": "Entrevista técnica - Sofía Castellanos-Mbeki",
           "organizer": "marta.iglesias@logisur.example.es", "cn": "Marta Iglesias"}),

    m(INV, "university_procurement_role", "es",
      "Mtra. Elena Cordero <ecordero@universidad-valle-anahuac.example.edu.mx>",
      "Invitación a entrevista - Coordinación de Adquisiciones",
      """Estimada Lic. Castellanos-Mbeki:

Por instrucciones del Director de Administración, me permito invitarla a entrevista para la plaza de Coordinadora de Adquisiciones de la Universidad.

La entrevista se llevará a cabo el día martes 12 de mayo a las 11:00 horas en la Torre de Rectoría, piso 3, sala de juntas B.

Agradeceré confirme su asistencia.

Atentamente,
Mtra. Elena Cordero
Jefa de Desarrollo Organizacional
Universidad del Valle de Anáhuac""",
      company="Universidad del Valle de Anáhuac",
      contact="ecordero@universidad-valle-anahuac.example.edu.mx", date="2026-05-06 12:40",
      fmt="cp1252"),

    m(INV, "chain_gmail_es_next_round", "es",
      "Diego Salcedo <diego.salcedo@vertice-retail.example.com>",
      "Re: Seguimiento proceso Compras",
      """Hola Sofía, gracias por escribir. Justo te iba a buscar: pasaste a la última ronda con el Director de Compras. Sería presencial en Santa Fe el lunes 25 a las 16:00. ¿Te late?

Saludos
Diego""",
      company="Vértice Retail", contact="diego.salcedo@vertice-retail.example.com",
      date="2026-05-19 18:47",
      quote={"style": "gmail", "who": "Sofía Castellanos-Mbeki <sofia.cm@example.mx>",
             "when": "Tue, May 19, 2026 at 10:03 AM",
             "text": "Hola Diego,\n\nTe escribo para dar seguimiento al proceso de Analista de Compras. Sigo muy interesada.\n\nSaludos,\nSofía\n\nEl jue, 7 may 2026 a las 17:20, Diego Salcedo <diego.salcedo@vertice-retail.example.com> escribió:\n> Sofía, gracias por la entrevista de hoy. Te contactamos pronto.\n> Diego"}),

    m(INV, "teams_link_en_airport", "en",
      "Natalie Cruz <ncruz@gulfcoast-airport.example.org>",
      "Interview - Air Cargo Operations Analyst",
      """Good afternoon Sofía,

Thank you for applying to the Air Cargo Operations Analyst position with Gulf Coast Regional Airport Authority. The selection committee would like to invite you to a virtual interview.

When: Wednesday, June 3, 2026, 10:00-10:45 AM (CDT)
Where: Microsoft Teams - https://teams.example.com/l/meetup-join/19%3ameeting_GCRAA

The interview will include a short scenario exercise. Please confirm by replying to this email.

Respectfully,
Natalie Cruz, SPHR
Human Resources Generalist
Gulf Coast Regional Airport Authority
Public records notice: correspondence with this office may be subject to public disclosure.""",
      company="Gulf Coast Regional Airport Authority", contact="ncruz@gulfcoast-airport.example.org",
      date="2026-05-28 15:00", fmt="alt",
      ics={"uid": "gcraa-aircargo-0603@gulfcoast-airport.example.org", "start": "20260603T150000Z",
           "end": "20260603T154500Z", "summary": "Interview: Air Cargo Operations Analyst",
           "organizer": "ncruz@gulfcoast-airport.example.org", "cn": "Natalie Cruz"}),

    m(INV, "psicometrica_y_entrevista", "es",
      "Liliana Ortega <liliana.ortega@talentia-outsourcing.example.com>",
      "Proceso Analista Trade Compliance - siguientes pasos",
      """Buen día Sofía,

Como lo platicamos por teléfono, te comparto los siguientes pasos del proceso con nuestro cliente:

1. Prueba psicométrica en línea (te llegará un correo de la plataforma) - antes del jueves
2. Entrevista con la gerente de comercio exterior: viernes 12 de junio, 13:00 h, por Zoom

Te mando el link de Zoom en cuanto confirmes.

Quedo atenta!
Liliana Ortega
Consultora | Talentia""",
      company="Talentia", contact="liliana.ortega@talentia-outsourcing.example.com",
      date="2026-06-08 09:30"),

    m(INV, "fr_belgique_entretien_site", "fr",
      "Sophie Lemaire <s.lemaire@verbrugge-logistics.example.be>",
      "Invitation entretien - Responsable approvisionnement",
      """Chère Madame,

Suite à notre échange téléphonique, j'ai le plaisir de vous convier à un entretien avec M. Verbrugge, directeur des opérations, le mardi 23 juin à 16h00 (heure de Bruxelles), en visioconférence.

Merci de bien vouloir me confirmer votre disponibilité.

Bien cordialement,

Sophie Lemaire
Office & HR Manager
Verbrugge Logistics""",
      company="Verbrugge Logistics", contact="s.lemaire@verbrugge-logistics.example.be",
      date="2026-06-15 09:15", fmt="latin1"),

    m(INV, "recruiter_disponibilidad_tu", "es",
      "Regina Olvera <regina.olvera@conectalog.example.com>",
      "Disponibilidad",
      """Hola Sofi, qué tal?

Soy Regina de ConectaLog. El gerente de operaciones quiere platicar contigo para la posición de Coordinadora de Tráfico. ¿Tienes disponibilidad mañana entre 12 y 3 para una llamada de 20 min? Te marco al cel que pusiste en tu CV.

Saludos!
Regina""",
      company="ConectaLog", contact="regina.olvera@conectalog.example.com", date="2026-07-06 17:55"),

    m(INV, "ashby_technical_case", "en",
      "Ravenlight via Ashby <no-reply@ashbyhq.example.com>",
      "Next steps with Ravenlight: Case study interview",
      """Hi Sofía,

Thanks for chatting with Priya! We'd love to move you to the next stage: a 90-minute case study interview where you'll work through a supplier-risk scenario live with two members of our procurement team.

Pick a time that works for you: https://app.ashbyhq.example.com/interview/ravenlight/self-schedule/7f2a

If none of the times work, just reply to priya.n@ravenlight.example.com.

Best,
Ravenlight Recruiting""",
      company="Ravenlight", contact="priya.n@ravenlight.example.com",
      reply_to="Priya Nair <priya.n@ravenlight.example.com>", date="2026-07-21 13:30",
      fmt="html"),

    m(INV, "de_zweites_gespraech_kurz", "de",
      "Markus Hain <m.hain@bergsee-elektronik.example.de>",
      "AW: Bewerbung Einkauf Querétaro",
      """Hallo Frau Castellanos,

danke für Ihre Rückmeldung. Gerne würden wir Sie zu einem zweiten Gespräch vor Ort in Querétaro einladen, am Montag, 10.08., 10 Uhr. Herr Schubert aus dem Zentraleinkauf ist an dem Tag im Werk.

Passt Ihnen das?

Gruß
Markus Hain
Bergsee Elektronik de México""",
      company="Bergsee Elektronik de México", contact="m.hain@bergsee-elektronik.example.de",
      date="2026-08-03 07:10",
      quote={"style": "de", "who": "Sofía Castellanos-Mbeki <sofia.cm@example.mx>",
             "when": "Fr., 31. Juli 2026 um 19:22",
             "text": "Sehr geehrter Herr Hain,\nvielen Dank für das Gespräch. Ich bin weiterhin sehr interessiert.\nViele Grüße\nSofía Castellanos-Mbeki"}),

    m(INV, "sat_gov_entrevista", "es",
      "Dirección de Ingreso <ingreso.personal@infraestructura-aduanera.example.gob.mx>",
      "Citación a entrevista - Concurso 2026-045",
      """C. Sofía Castellanos Mbeki
Folio: 2026-045-00219

Por este medio se le cita a la etapa de ENTREVISTA del concurso para ocupar la plaza de Subjefe(a) de Análisis Logístico.

Fecha: 2 de septiembre de 2026
Hora: 10:30 horas
Lugar: Av. Hidalgo 77, Col. Guerrero, Cuauhtémoc, CDMX, Edificio B, piso 4
Documentación: identificación oficial y comprobante de folio

Es indispensable presentarse con 15 minutos de anticipación.

Dirección de Ingreso y Desarrollo de Personal
Agencia de Infraestructura Aduanera""",
      company="Agencia de Infraestructura Aduanera",
      contact="ingreso.personal@infraestructura-aduanera.example.gob.mx",
      date="2026-08-25 16:00", fmt="qp"),

    m(INV, "en_chilean_owned_invite", "en",
      "Tomás Errázuriz <terrazuriz@cordillera-foods.example.cl>",
      "Sourcing Analyst - interview",
      """Hi Sofía,

Tomás here, Sourcing Manager at Cordillera Foods. I'm building the team for our new Houston import hub and your CV stood out. Could we set up a 45-minute video call next week? Tuesday or Thursday morning Houston time works best for me - just reply with a slot and I'll send a Meet invite.

Regards,
Tomás Errázuriz
Cordillera Foods""",
      company="Cordillera Foods", contact="terrazuriz@cordillera-foods.example.cl",
      date="2026-09-28 10:00"),
]

RESCHEDULES = [
    m(S, "reprogramar_gerente_viaje", "es",
      "Verónica Aldana <talento.mx@fenixpack.example.com>",
      "RE: Invitación a entrevista por competencias",
      """Estimada Sofía:

Le ofrezco una disculpa, el gerente tendrá un viaje de último momento a la planta de Ramos Arizpe y no podremos llevar a cabo la entrevista del miércoles 18.

¿Le sería posible el viernes 20 a las 10:00 hrs por la misma vía (Teams)? Quedo atenta a su confirmación.

Saludos cordiales,
Verónica Aldana
Fénix Pack México""",
      company="Fénix Pack México", contact="talento.mx@fenixpack.example.com",
      date="2026-02-16 18:20",
      quote={"style": "outlook_es", "who": "Sofía Castellanos-Mbeki <sofia.cm@example.mx>",
             "when": "jueves, 12 de febrero de 2026 03:10 p. m.",
             "to": "Atracción de Talento <talento.mx@fenixpack.example.com>",
             "subject": "RE: Invitación a entrevista por competencias",
             "text": "Buenas tardes Verónica, confirmo mi asistencia para el miércoles 18 a las 12:00. Gracias.\nSofía"}),

    m(S, "cancel_ics_en", "en",
      "Brent Kowalski <brent.kowalski@halvorsen-electronics.example.com>",
      "Canceled: Phone Screen - Procurement Specialist",
      """Hi Sofía,

I'm so sorry - I have to cancel our call tomorrow; I've been pulled into a plant audit all day. I'll send you new times by end of week.

Brent""",
      company="Halvorsen Electronics", contact="brent.kowalski@halvorsen-electronics.example.com",
      date="2026-02-09 17:45", fmt="alt",
      ics={"uid": "wd-88121-phonescreen@halvorsen.example.com", "start": "20260210T170000Z",
           "end": "20260210T173000Z", "summary": "Canceled: Phone Screen - Procurement Specialist",
           "organizer": "brent.kowalski@halvorsen-electronics.example.com", "cn": "Brent Kowalski",
           "method": "CANCEL", "seq": "1", "location": "Phone"}),

    m(S, "nuevo_horario_whats", "es",
      "Lupita Saucedo <lsaucedo@plasticos-queretaro.example.com>",
      "cambio de hora",
      """Sofía, una disculpa, mañana la entrevista sería mejor a las 12 en lugar de las 10, el gerente tiene junta de producción. Mismo lugar. Me confirmas porfa

Saludos""",
      company="Plásticos Querétaro", contact="lsaucedo@plasticos-queretaro.example.com",
      date="2026-01-21 16:02"),

    m(S, "de_terminverschiebung", "de",
      "Stefanie Wrobel <stefanie.wrobel@kranich-mobility.example.de>",
      "Terminverschiebung: Vorstellungsgespräch 12.03.",
      """Sehr geehrte Frau Castellanos-Mbeki,

leider müssen wir unser für Donnerstag, 12. März geplantes Gespräch krankheitsbedingt verschieben. Herr Dr. Pohl schlägt als Ersatztermin Dienstag, 17. März, 16:00 Uhr MEZ vor.

Ich bitte die Unannehmlichkeiten zu entschuldigen und freue mich über Ihre kurze Bestätigung.

Mit freundlichen Grüßen
Stefanie Wrobel
Kranich Mobility AG""",
      company="Kranich Mobility", contact="stefanie.wrobel@kranich-mobility.example.de",
      date="2026-03-10 10:15", fmt="alt",
      ics={"uid": "kranich-20260312-scm@kranich-mobility.example.de", "start": "20260317T150000Z",
           "end": "20260317T160000Z", "summary": "Vorstellungsgespräch Castellanos-Mbeki (verschoben)",
           "organizer": "stefanie.wrobel@kranich-mobility.example.de", "cn": "Stefanie Wrobel",
           "seq": "1"}),

    m(S, "fr_report_entretien", "fr",
      "Amandine Roux <amandine.roux@orbe-fret.example.fr>",
      "Report de notre entretien",
      """Bonjour Sofía,

Je suis navrée mais je dois décaler notre entretien de mardi 17 mars : notre directeur régional sera en déplacement. Pourrions-nous le reporter au vendredi 20 mars, même heure ?

Toutes mes excuses pour ce changement.

Bien cordialement,
Amandine Roux
Orbe Fret""",
      company="Orbe Fret", contact="amandine.roux@orbe-fret.example.fr", date="2026-03-13 02:20"),

    m(S, "agency_client_postponed_en", "en",
      "Tyler Brooks <tyler.brooks@apexbridge-staffing.example.com>",
      "Re: Interview Thursday!!",
      """Hey Sofia - quick heads up, the client has to push Thursday's interview, the HM is stuck at the border crossing for an audit 😬 They're asking for Monday 4/27 same time instead. Does that work??

Tyler""",
      company="ApexBridge Staffing", contact="tyler.brooks@apexbridge-staffing.example.com",
      date="2026-04-22 09:40",
      quote={"style": "gmail", "who": "Sofía Castellanos-Mbeki <sofia.cm@example.mx>",
             "when": "Mon, Apr 20, 2026 at 12:02 PM",
             "text": "Hi Tyler, yes, Thursday at 2pm CT works. Thank you!\nSofía"}),

    m(S, "cancelada_por_vacante_pausada", "es",
      "Karla Mendoza <cedis.seleccion@super-ahorra.example.com.mx>",
      "Cancelación examen y entrevista 20/03",
      """Hola Sofía

Te informamos que la sesión de examen y entrevista del viernes 20 de marzo queda cancelada por ajustes internos en el CEDIS. En cuanto tengamos nueva fecha te la hacemos llegar.

Disculpa las molestias.

Karla Mendoza
Super Ahorra""",
      company="Super Ahorra", contact="cedis.seleccion@super-ahorra.example.com.mx",
      date="2026-03-18 19:05", fmt="html"),

    m(S, "korean_change_time_b64", "en",
      "Hyun-woo Park <hw.park@daeseong-mobis.example.co.kr>",
      "[Change] Interview schedule - Production Planning Analyst",
      """Dear Ms. Sofia,

Due to a customer visit on April 15, we need to change the interview schedule.

- New date: April 16, 2026 (Thu) 14:00
- Place: same (visitor center, main gate)

We apologize for the inconvenience. Please confirm.

Hyun-woo Park / HR Team
Daeseong Mobis Mexico""",
      company="Daeseong Mobis Mexico", contact="hw.park@daeseong-mobis.example.co.kr",
      date="2026-04-13 21:00", fmt="b64"),

    m(S, "outlook_update_panel_es", "es",
      "Marta Iglesias <marta.iglesias@logisur.example.es>",
      "Actualizado: Entrevista técnica - Sofía Castellanos-Mbeki",
      """Hola Sofía:

Te actualizo la convocatoria: el responsable de Planificación no puede a las 17:00, así que la movemos a las 18:30 (hora de Madrid), 10:30 en CDMX. El enlace de Teams es el mismo.

Perdona el cambio.
Marta""",
      company="LogiSur", contact="marta.iglesias@logisur.example.es", date="2026-04-30 08:00",
      fmt="alt",
      ics={"uid": "040000008200E00074C5B7101A82E0080000000012ab7744@logisur.example.es",
           "start": "20260504T163000Z", "end": "20260504T173000Z",
           "summary": "Entrevista técnica - Sofía Castellanos-Mbeki",
           "organizer": "marta.iglesias@logisur.example.es", "cn": "Marta Iglesias", "seq": "2"}),

    m(S, "universidad_pospone", "es",
      "Mtra. Elena Cordero <ecordero@universidad-valle-anahuac.example.edu.mx>",
      "Cambio de fecha de entrevista",
      """Estimada Lic. Castellanos-Mbeki:

Por motivos de agenda del Director de Administración, me permito informarle que la entrevista programada para el martes 12 de mayo se pospone al jueves 14 de mayo, a las 13:00 horas, en el mismo lugar.

Le ofrezco una disculpa por el inconveniente.

Atentamente,
Mtra. Elena Cordero
Universidad del Valle de Anáhuac""",
      company="Universidad del Valle de Anáhuac",
      contact="ecordero@universidad-valle-anahuac.example.edu.mx", date="2026-05-08 13:30",
      fmt="cp1252"),

    m(S, "goodtime_cancelled_panel", "en",
      "Corvane Systems Recruiting <scheduling@goodtime.example.io>",
      "Your interview with Corvane Systems has been canceled",
      """Hi Sofía,

Your Hiring Manager interview with Corvane Systems scheduled for Thursday, March 12 at 11:00 AM CST has been canceled by the organizer.

Your recruiter will reach out shortly to find a new time. You can also contact Hannah Ortiz at hannah.ortiz@corvane.example.com.

Corvane Systems Recruiting Team""",
      company="Corvane Systems", contact="hannah.ortiz@corvane.example.com",
      reply_to="Hannah Ortiz <hannah.ortiz@corvane.example.com>", date="2026-03-11 12:00",
      fmt="html"),

    m(S, "colombia_reagendar", "es",
      "Juliana Restrepo <juliana.restrepo@cafetal-export.example.co>",
      "Reagendar videollamada",
      """Hola Sofía, pena contigo 🙈 el líder del área quedó en una reunión con la junta el miércoles. ¿Podemos pasar la videollamada al jueves 9 a la misma hora? Si no, me dices qué franja te sirve.

Un abrazo,
Juliana""",
      company="Cafetal Export", contact="juliana.restrepo@cafetal-export.example.co",
      date="2026-04-06 11:25"),

    m(S, "lebanese_postpone_en", "en",
      "Rami Haddad <rami.haddad@cedarline-trading.example.com>",
      "Interview postponed",
      """Dear Sofia,

Kindly note that Mr. Karam had an urgent matter and we have to postpone Monday's interview. We will revert with a new date during the week, inshallah.

Apologies for the inconvenience.

Best regards,
Rami Haddad
Cedarline Trading""",
      company="Cedarline Trading", contact="rami.haddad@cedarline-trading.example.com",
      date="2026-03-28 04:40"),

    m(S, "de_absage_termin_neu", "de",
      "Markus Hain <m.hain@bergsee-elektronik.example.de>",
      "Termin 10.08. entfällt",
      """Hallo Frau Castellanos,

der Termin am 10.08. muss leider entfallen, Herr Schubert hat seine Reise nach Mexiko kurzfristig abgesagt. Wir führen das Gespräch stattdessen per Teams am 12.08. um 16 Uhr (MEZ). Einladung folgt.

Gruß
Markus Hain""",
      company="Bergsee Elektronik de México", contact="m.hain@bergsee-elektronik.example.de",
      date="2026-08-06 06:50", fmt="qp"),
]

MISSED = [
    m(N, "intentamos_llamarte", "es",
      "Regina Olvera <regina.olvera@conectalog.example.com>",
      "Llamada de hoy",
      """Hola Sofi, te marcamos a las 12:30 como quedamos pero no entró la llamada, nos mandó a buzón 2 veces. ¿Todo bien? Si gustas lo intentamos mañana.

Saludos
Regina""",
      company="ConectaLog", contact="regina.olvera@conectalog.example.com", date="2026-07-07 13:10"),

    m(N, "teams_no_join_en", "en",
      "Natalie Cruz <ncruz@gulfcoast-airport.example.org>",
      "Today's interview",
      """Good morning Sofía,

The committee was on the Teams call at 10:00 AM this morning for your interview, but it appears you did not join the meeting. We waited about 15 minutes.

If there were technical difficulties or an emergency, please let me know by Friday and we will see whether it's possible to reschedule.

Respectfully,
Natalie Cruz
Gulf Coast Regional Airport Authority""",
      company="Gulf Coast Regional Airport Authority", contact="ncruz@gulfcoast-airport.example.org",
      date="2026-06-03 11:05"),

    m(N, "no_se_presento_planta", "es",
      "Recepción RH <rh.recepcion@daeseong-mobis.example.co.kr>",
      "Inasistencia a entrevista",
      """Buenas tardes Srita. Sofía,

Le informamos que el día de hoy la estuvimos esperando para su entrevista de las 14:00 hrs en el centro de visitantes y no se registró su acceso en caseta.

Si desea continuar en el proceso favor de comunicarse con nosotros.

Atte.
Daniela Rocha
RH - Daeseong Mobis Mexico
Tel. 81 5550 7788""",
      company="Daeseong Mobis Mexico", contact="rh.recepcion@daeseong-mobis.example.co.kr",
      date="2026-04-16 15:20", fmt="latin1"),

    m(N, "de_nicht_erschienen", "de",
      "Stefanie Wrobel <stefanie.wrobel@kranich-mobility.example.de>",
      "Unser Gespräch heute",
      """Sehr geehrte Frau Castellanos-Mbeki,

Herr Dr. Pohl und ich haben heute um 16:00 Uhr im Teams-Meeting auf Sie gewartet, leider konnten wir Sie nicht erreichen.

Sollte etwas dazwischengekommen sein, melden Sie sich gerne bei mir.

Mit freundlichen Grüßen
Stefanie Wrobel
Kranich Mobility AG""",
      company="Kranich Mobility", contact="stefanie.wrobel@kranich-mobility.example.de",
      date="2026-03-17 16:35"),

    m(N, "agency_missed_call_en", "en",
      "Tyler Brooks <tyler.brooks@apexbridge-staffing.example.com>",
      "Missed you today",
      """Hi Sofia, the hiring manager said you didn't show up to the Zoom at 2pm today?? Is everything ok? He waited like 10 min. Call me when you can, maybe we can save this!

Tyler
(956) 555-0141""",
      company="ApexBridge Staffing", contact="tyler.brooks@apexbridge-staffing.example.com",
      date="2026-04-27 15:20"),

    m(N, "fr_absence_entretien", "fr",
      "Sophie Lemaire <s.lemaire@verbrugge-logistics.example.be>",
      "Entretien de ce jour",
      """Madame,

M. Verbrugge vous attendait ce jour à 16h00 pour notre entretien en visioconférence, mais nous n'avons pas pu vous joindre.

Pourriez-vous nous indiquer si vous souhaitez toujours poursuivre le processus ?

Bien cordialement,
Sophie Lemaire
Verbrugge Logistics""",
      company="Verbrugge Logistics", contact="s.lemaire@verbrugge-logistics.example.be",
      date="2026-06-23 09:30", fmt="qp"),

    m(N, "te_esperamos_meet", "es",
      "Juliana Restrepo <juliana.restrepo@cafetal-export.example.co>",
      "Te estuvimos esperando",
      """Hola Sofía, te estuvimos esperando en el Meet de las 9 am (hora CDMX) pero no te conectaste. ¿Pasó algo? Avísame para ver si el líder tiene otro espacio.

Juliana""",
      company="Cafetal Export", contact="juliana.restrepo@cafetal-export.example.co",
      date="2026-04-09 10:40"),

    m(N, "gov_no_asistio", "es",
      "Dirección de Ingreso <ingreso.personal@infraestructura-aduanera.example.gob.mx>",
      "Constancia de inasistencia - Concurso 2026-045",
      """C. Sofía Castellanos Mbeki
Folio: 2026-045-00219

Se hace constar que usted no se presentó a la etapa de entrevista programada el 2 de septiembre de 2026 a las 10:30 horas. De conformidad con las bases de la convocatoria, podrá presentar justificación por escrito en un plazo de 2 días hábiles.

Dirección de Ingreso y Desarrollo de Personal
Agencia de Infraestructura Aduanera""",
      company="Agencia de Infraestructura Aduanera",
      contact="ingreso.personal@infraestructura-aduanera.example.gob.mx",
      date="2026-09-02 14:00", fmt="cp1252"),

    m(N, "manager_mobile_waiting", "es",
      "Diego Salcedo <diego.salcedo@vertice-retail.example.com>",
      "??",
      """Sofía, aquí te esperamos en recepción desde las 4, el director ya se tuvo que ir. Me avisas qué pasó

Enviado desde mi iPhone""",
      company="Vértice Retail", contact="diego.salcedo@vertice-retail.example.com",
      date="2026-05-25 16:40"),

    m(N, "en_chilean_missed", "en",
      "Tomás Errázuriz <terrazuriz@cordillera-foods.example.cl>",
      "Re: Sourcing Analyst - interview",
      """Hi Sofía, I was on the Meet at 9 but didn't see you come in - maybe a link issue? Happy to find another slot this week.

Tomás""",
      company="Cordillera Foods", contact="terrazuriz@cordillera-foods.example.cl",
      date="2026-10-06 09:25",
      quote={"style": "gmail", "who": "Sofía Castellanos-Mbeki <sofia.cm@example.mx>",
             "when": "Wed, Sep 30, 2026 at 8:14 AM",
             "text": "Hi Tomás, Tuesday Oct 6 at 9:00 AM Houston time works for me. Thanks!\nSofía"}),
]

MESSAGES = INVITES + RESCHEDULES + MISSED
