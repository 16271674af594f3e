"""Corpus 180, interviews: invitations (26), reschedules and cancellations (15), missed (10)."""

from __future__ import annotations

from msgs180_common import m, outlook_block, quote

GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"

INVITATIONS = [
    # ------------------------------------------------------------------ es
    m(kind="interview_invitation", slug="alboran_workday_schedule", lang="es",
      company="Hoteles Alborán", contact="",
      frm=("Hoteles Alborán", "hotelesalboran@myworkday.com"),
      subject="Programa tu entrevista – Auxiliar de RR. HH. (Torremolinos)",
      date="2026-04-29 08:12", zone="UTC", parent="alboran_workday_ack",
      html="card", brand="Hoteles Alborán", accent="#005a8c",
      headers=[("Auto-Submitted", "auto-generated")],
      text="""
Hola, Valentina:

Nos alegra comunicarte que tu candidatura para Auxiliar de Recursos Humanos – Hotel Alborán Playa (R-00318) pasa a la fase de entrevista.

Elige el día y la hora que mejor te vengan entre las opciones disponibles del 5 al 8 de mayo. La entrevista será presencial en el hotel, dura unos 45 minutos y la realizará Nuria Castaño, del equipo de Selección.

Programar entrevista: https://wd3.myworkday.com/hotelesalboran/d/task/2997$4187/scheduling.htmld

Si ninguna franja te encaja, indícalo en la tarea de tu bandeja de Workday y te propondremos alternativas.

Atentamente,
Selección · Hoteles Alborán

Este es un mensaje automático. No respondas a este correo.
"""),

    m(kind="interview_invitation", slug="contacta_phone_screen", lang="es",
      company="Contacta BPO", contact="alvaro.jimenez@contactabpo.example.es",
      frm=("Álvaro Jiménez Sáez", "alvaro.jimenez@contactabpo.example.es"),
      subject="Llamada rápida – Técnico/a de Selección Junior",
      date="2026-02-06 12:33",
      text="""
Hola Valentina, ¿qué tal?

Soy Álvaro, del equipo de Talento de Contacta BPO. He visto tu candidatura para Técnico/a de Selección Junior y me gustaría hablar contigo unos 20 minutos por teléfono para conocerte un poco y contarte el puesto.

¿Te viene bien el martes 10 a las 10:00? Te llamaría al número que pusiste en el CV. Si no te cuadra, dime dos o tres huecos que tengas libres la semana que viene y me adapto.

Un saludo,

Álvaro Jiménez Sáez
Talent Acquisition · Contacta BPO
C/ Severo Ochoa 28, PTA · 29590 Málaga
+34 951 000 640
"""),

    m(kind="interview_invitation", slug="sierranevada_panel_ics", lang="es",
      company="Grupo Hostelero Sierra Nevada", contact="lucia.garrido@gruposierranevada.example.es",
      frm=("Lucía Garrido Moreno", "lucia.garrido@gruposierranevada.example.es"),
      subject="Invitación: Entrevista panel – Auxiliar de RR. HH. Hotel Vereda",
      date="2026-04-01 13:05", parent="sierranevada_softgarden_ack", html="outlook",
      ics={"method": "REQUEST", "uid": "040000008200E00074C5B7101A82E0080000000050A1C2D3E4F5@gruposierranevada.example.es",
               "seq": 0, "start": "2026-04-08 11:00", "minutes": 60,
               "summary": "Entrevista panel – Auxiliar de RR. HH. Hotel Vereda",
               "location": "Ctra. de la Sierra 41, Granada – 2.ª planta, sala Veleta",
               "organizer": ("Lucía Garrido Moreno", "lucia.garrido@gruposierranevada.example.es"),
               "mode": "both"},
      text="""
Hola, Valentina:

Te envío la convocatoria para la entrevista con el panel: estaremos Francisco Almagro (director del Hotel Vereda), Celia Ortiz (administración de personal) y yo.

Miércoles 8 de abril de 2026, 11:00–12:00
Oficinas centrales de Grupo Hostelero Sierra Nevada, Ctra. de la Sierra 41, Granada (2.ª planta, sala Veleta)

Te pediremos que nos cuentes un caso real en el que tuvieras que gestionar un conflicto con un cliente o con un compañero. Acepta la invitación del calendario para confirmarnos tu asistencia.

Un saludo,
Lucía Garrido Moreno
Responsable de Selección · Grupo Hostelero Sierra Nevada
T. +34 958 000 226
"""),

    m(kind="interview_invitation", slug="empleocosta_cliente_axarquia", lang="es",
      company="Bodegas Axarquía", contact="rocio.marin@empleocosta.example.es",
      frm=("Rocío Marín | Empleo Costa ETT", "rocio.marin@empleocosta.example.es"),
      subject="Entrevista en Bodegas Axarquía (jueves 29)",
      date="2026-01-26 09:14", parent="empleocosta_registro",
      text="""
Hola Valentina:

Te confirmo la entrevista con nuestro cliente Bodegas Axarquía para el puesto de auxiliar administrativa de personal (sustitución de seis meses, jornada completa):

Jueves 29 de enero, 11:00
En la propia bodega: Ctra. de Cómpeta, km 3, Sayalonga
Te recibirá Enrique Lupiáñez, gerente.

Lleva el DNI y una copia del CV impresa. Cuando salgas, llámame y me cuentas qué tal.

Un saludo,
Rocío Marín Ortega
Consultora de Selección | Empleo Costa ETT
952 000 731 · 600 000 284
"""),

    m(kind="interview_invitation", slug="mercaluz_jornada_prueba", lang="es",
      company="Mercaluz", contact="bciscar@mercaluz.example.es",
      frm=("Begoña Císcar", "bciscar@mercaluz.example.es"),
      subject="Jornada de prueba – Auxiliar de RRHH (Mercaluz, Paterna)",
      date="2026-09-07 10:02",
      text="""
Hola Valentina,

Como te adelanté por teléfono, nos gustaría que pasaras una jornada de prueba con nosotros en el departamento de Personas de la plataforma de Paterna antes de tomar una decisión.

Fecha: viernes 11 de septiembre
Horario: de 8:30 a 14:30
Lugar: Mercaluz – Plataforma logística, Av. de la Ciencia 7, Paterna (pregunta por mí en recepción)

Estarás con Ximo y conmigo viendo altas y bajas, control de horarios y acogida de personal nuevo. La jornada es remunerada y firmarás un contrato de un día al llegar, así que trae el DNI y tu número de la Seguridad Social.

¿Me confirmas que te va bien?

Begoña Císcar
Responsable de Personas · Mercaluz Supermercados
Tel. 960 000 118
"""),

    m(kind="interview_invitation", slug="emaguas_evaluacion_grupal", lang="es",
      company="Emaguas", contact="",
      frm=("Emaguas - Selección", "no-responder@emaguas.example.es"),
      subject="Convocatoria a la prueba de evaluación grupal – Proceso 07/2026",
      date="2026-09-14 12:00", cte="quoted-printable",
      headers=[("Auto-Submitted", "auto-generated")],
      pdfs=[{"name": "Citacion_evaluacion_grupal_07-2026.pdf", "title": "Citación prueba de evaluación grupal",
                 "lines": ["EMPRESA MUNICIPAL DE AGUAS DE MÁLAGA (EMAGUAS)",
                        "Proceso selectivo 07/2026 - Auxiliar de Personal",
                        "CITACIÓN A PRUEBA DE EVALUACIÓN GRUPAL",
                        "Aspirante: OYELARAN RUIZ, VALENTINA",
                        "Fecha: 24/09/2026 - Llegada 8:45 - Inicio 9:00",
                        "Lugar: Centro de Formación, C/ Pacífico 54, Málaga",
                        "Documentación: DNI original"]}],
      text="""
Estimada candidata:

En relación con el proceso selectivo 07/2026 para la cobertura de dos puestos de Auxiliar de Personal, le comunicamos que ha superado la fase de baremación curricular y queda convocada a la prueba de evaluación grupal (assessment center).

Fecha: jueves, 24 de septiembre de 2026
Hora de llegada: 8:45 (comienzo a las 9:00; duración aproximada, 4 horas)
Lugar: Centro de Formación de Emaguas, C/ Pacífico 54, 29004 Málaga

La prueba incluye un ejercicio en grupo, un caso práctico individual y una breve entrevista con el tribunal. Deberá presentar el DNI original. En el documento adjunto encontrará la citación y las normas de la prueba.

La no comparecencia supondrá la exclusión del proceso.

Departamento de Recursos Humanos
Empresa Municipal de Aguas de Málaga (Emaguas)

Este buzón no admite respuestas. Consultas: https://empleo.emaguas.example.es
"""),

    m(kind="interview_invitation", slug="talentiasur_jueves_charla", lang="es",
      company="Talentia Sur", contact="paula@talentiasur.example.es",
      frm=("Paula Ruiz-Cabello", "paula@talentiasur.example.es"),
      subject="¿charlamos el jueves?",
      subject_enc=("windows-1252", "Q", "full"),
      date="2026-02-16 11:20", parent="own_application_talentiasur",
      charset="windows-1252", cte="8bit",
      text="""
¡Hola, Valentina!

Gracias por escribirnos y por mandar el CV. Me ha llamado la atención el salto que quieres dar del call center a RRHH; justo llevamos un par de procesos de auxiliar de personal en Granada que podrían encajarte.

¿Estás libre el jueves para charlar un rato? Te puedo llamar sobre las 17:30, o si lo prefieres nos tomamos un café en la oficina (C/ Recogidas 12, 3.º). Tú me dices.

Un abrazo,
Paula

Paula Ruiz-Cabello
Socia fundadora · Talentia Sur Consultores
Granada · 958 000 904
"""),

    m(kind="interview_invitation", slug="nexo_cliente_pradera", lang="es",
      company="Grupo Hotelero Pradera", contact="ignacio.valdecantos@nexotalent.example.es",
      frm=("Ignacio Valdecantos", "ignacio.valdecantos@nexotalent.example.es"),
      subject="Entrevista con Grupo Hotelero Pradera – martes 14/07",
      date="2026-07-07 17:45", html="plain",
      text="""
Hola Valentina:

¡Buenas noticias! Grupo Hotelero Pradera ha revisado tu perfil y quiere conocerte para la posición de HR Generalist Junior en su sede de Madrid.

Te he reservado este hueco con Beatriz Lamela, su Directora de Personas:
martes 14 de julio, 12:00 h
C/ de Alcalá 187, 5.ª planta (Grupo Hotelero Pradera)
Duración aproximada: una hora, con una parte en inglés.

Mañana te llamo para prepararla juntos: te contaré quién es quién y qué valoran. Confírmame por aquí que te cuadra, por favor.

Un saludo,
Ignacio Valdecantos
Senior Consultant | Nexo Talent Partners
+34 910 000 553
"""),

    m(kind="interview_invitation", slug="betica_teams_ics", lang="es",
      company="Viajes Bética", contact="marta.lebron@viajesbetica.example.es",
      frm=("Marta Lebrón", "marta.lebron@viajesbetica.example.es"),
      subject="Entrevista Valentina Oyelaran – Auxiliar Administración RR. HH.",
      date="2026-05-04 12:50", html="outlook",
      ics={"method": "REQUEST", "uid": "040000008200E00074C5B7101A82E00800000000B371A9E0C2DBDC01@viajesbetica.example.es",
               "seq": 0, "start": "2026-05-08 10:00", "minutes": 40,
               "summary": "Entrevista Valentina Oyelaran – Auxiliar Administración RR. HH.",
               "location": "Reunión de Microsoft Teams",
               "organizer": ("Marta Lebrón", "marta.lebron@viajesbetica.example.es"),
               "mode": "inline"},
      text="""
Hola, Valentina:

Como hablamos, te mando la convocatoria para la entrevista por Teams del viernes. Estaremos Javier (gerencia) y yo, unos 40 minutos.

________________________________________________________________________________
Reunión de Microsoft Teams
Unirse desde el ordenador o la aplicación móvil
https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmYxNTc4OTgtYmV0aWNh%40thread.v2/0
Id. de reunión: 341 882 907 155
Código de acceso: Wq7Ra2
________________________________________________________________________________

Marta Lebrón
Responsable de Administración
Viajes Bética · C/ Tetuán 9 · 41001 Sevilla
"""),

    m(kind="interview_invitation", slug="enlaza_reserva_hueco", lang="es",
      company="Enlaza Customer Care", contact="",
      frm=("Enlaza Customer Care", "no-reply@teamtailor-mail.com"),
      subject="Reserva tu videollamada con Enlaza",
      date="2026-06-15 09:00", zone="UTC", parent="enlaza_teamtailor_ack",
      html="card", brand="Enlaza", accent="#ff5a5f",
      text="""
¡Hola, Valentina!

Nos ha gustado tu candidatura para Técnico/a de Formación Interna (Madrid, híbrido) y queremos conocerte.

El siguiente paso es una videollamada de 30 minutos con Andrea, de nuestro equipo de Talento. Escoge el hueco que prefieras en este enlace:

https://app.teamtailor.com/meetings/enlaza/book/8b41c2

Hay huecos de lunes a jueves de la semana que viene. Recibirás el enlace de la videollamada en cuanto reserves.

¡Hasta pronto!
Equipo de Talento de Enlaza
"""),

    m(kind="interview_invitation", slug="naranjos_entrevista_presencial", lang="es",
      company="Residencial Los Naranjos", contact="mdvega@residenciallosnaranjos.example.es",
      frm=("Mª Dolores Vega", "mdvega@residenciallosnaranjos.example.es"),
      name_enc=("windows-1252", "Q"),
      subject="Entrevista en Residencial Los Naranjos",
      date="2026-03-02 10:40", parent="naranjos_cv_recibido",
      charset="windows-1252", cte="quoted-printable",
      text="""
Buenos días, Valentina:

La directora ha leído su currículum y quiere conocerla. Le propongo una entrevista en la residencia el viernes 6 de marzo a las 10:00.

Estamos en Avda. de los Naranjos 23, Dos Hermanas (Sevilla), junto a la parada de metro Olivar de Quintos. Pregunte en recepción por Mª Dolores.

La entrevista la haremos doña Inmaculada Prieto (directora) y yo, y durará alrededor de media hora. Le agradecería que me confirmara su asistencia respondiendo a este correo.

Atentamente,
Mª Dolores Vega
Administración y Personal
Residencial Los Naranjos
Tel. 955 000 312
"""),

    m(kind="interview_invitation", slug="outlet_video_diferido", lang="es",
      company="Outlet Costa del Sol", contact="",
      frm=("Outlet Costa del Sol", "noreply@candidates.workablemail.com"),
      subject="Siguiente paso: entrevista en vídeo diferida",
      subject_enc=("utf-8", "B", "full"),
      date="2026-08-04 14:10", zone="UTC", html="card", html_only=True,
      brand="Outlet Costa del Sol", accent="#e07a1f", footer="Enviado con Workable",
      text="""
Hola Valentina:

Gracias por tu interés en el puesto de Asistente de Recursos Humanos en Outlet Costa del Sol (Mijas).

Queremos avanzar contigo a la fase de entrevista. En esta fase no hace falta coordinar agendas: te haremos cuatro preguntas en vídeo y podrás grabar tus respuestas cuando mejor te venga, desde el móvil o el ordenador. Cada respuesta tiene un máximo de dos minutos y puedes repetir una vez.

Accede a tu entrevista aquí: https://apply.workable.com/outlet-costadelsol/j/9F3A21C/interview

Tienes de plazo hasta el domingo 9 de agosto a las 23:59.

Saludos,
Equipo de Selección de Outlet Costa del Sol
"""),

    m(kind="interview_invitation", slug="malvarrosa_segunda_entrevista", lang="es",
      company="Textil Malvarrosa", contact="aferrer@textilmalvarrosa.example.es",
      frm=("Amparo Ferrer", "aferrer@textilmalvarrosa.example.es"),
      subject="Re: Consulta sobre mi candidatura (Técnica de RRHH)",
      date="2026-06-23 09:02", parent="own_status_malvarrosa",
      text="""
Hola Valentina:

Disculpa el silencio, han sido semanas de inventario. ¡Al contrario! Pasas a la segunda entrevista.

Te esperamos el martes 30 de junio a las 10:00 en nuestras oficinas de Alboraya. Te veremos Vicent Climent, director de operaciones, y yo. Nos gustaría que prepararas una breve presentación (10 minutos, sin diapositivas si no quieres) sobre cómo organizarías la acogida de las 40 personas que incorporamos cada campaña de Navidad.

Confírmame si puedes venir.

Amparo

Amparo Ferrer i Soler
Responsable de Recursos Humanos · Textil Malvarrosa

""" + quote("""
Hola, Amparo:

Os escribo porque hace ya tres semanas de la primera entrevista y no he vuelto a tener noticias. ¿Debo entender que, lamentablemente, no he pasado a la siguiente fase? Si es así, os agradecería que me lo dijerais para poder organizarme.

Un saludo,
Valentina
""", "es", "lun, 22 jun 2026 a las 20:17", "Valentina Oyelaran-Ruiz (<valentina.or@example.es>)")),

    m(kind="interview_invitation", slug="flexiplus_cliente", lang="es",
      company="Flexiplus", contact="salandete@flexiplus.example.es",
      frm=("Sergio Alandete", "salandete@flexiplus.example.es"),
      subject="Entrevista con cliente – martes 20/10",
      date="2026-10-14 09:37",
      text="""
Buenos días, Valentina:

Te escribo de Flexiplus ETT. Uno de nuestros clientes, una empresa de logística del puerto de Valencia, busca una auxiliar de RRHH para cubrir una baja por maternidad y tu perfil le ha encajado.

Te han dado cita para una entrevista por videollamada:
martes 20 de octubre, a las 9:30
Enlace: https://meet.google.com/qkr-vbne-xfa

Por política del cliente todavía no puedo darte el nombre de la empresa; te lo dirán ellos al inicio de la entrevista.

¿Me confirmas asistencia?

Gracias,
Sergio Alandete
Delegación Valencia · Flexiplus ETT
Gran Vía Marqués del Turia 49 · 46005 València
963 000 781
"""),

    # ------------------------------------------------------------------ en
    m(kind="interview_invitation", slug="brightdesk_panel_ics", lang="en",
      company="Brightdesk Services", contact="ines.carvalho@brightdesk.example.pt",
      frm=("Inês Carvalho via Greenhouse", "no-reply@greenhouse-mail.io"),
      reply_to=("Inês Carvalho", "ines.carvalho@brightdesk.example.pt"),
      subject="Interview invitation: Brightdesk Services - HR Assistant (Spanish speaker)",
      date="2026-03-10 10:15", parent="brightdesk_greenhouse_ack", html="plain",
      ics={"method": "REQUEST", "uid": "gh-interview-5512093@brightdesk.example.pt", "seq": 0,
               "start": "2026-03-17 14:00", "minutes": 60, "tzid": "Europe/Lisbon",
               "summary": "Panel interview - HR Assistant (Spanish speaker) - Brightdesk",
               "location": "https://meet.google.com/bdk-hrsp-ast",
               "organizer": ("Inês Carvalho", "ines.carvalho@brightdesk.example.pt"),
               "prodid": GOOGLE, "mode": "attach", "filename": "interview.ics"},
      text="""
Hi Valentina,

Thanks for your application to Brightdesk Services! We'd love to invite you to a panel interview for the HR Assistant (Spanish speaker) role.

When: Tuesday, 17 March 2026, 14:00-15:00 (Lisbon time)
Where: Google Meet, https://meet.google.com/bdk-hrsp-ast
Who: Rui Almeida (HR Manager), Sofia Neves (Operations Lead) and me

The calendar invitation is attached. Please accept it, or reply to this email if the time doesn't work for you.

Best,
Inês Carvalho
Talent Partner, Brightdesk Services
"""),

    m(kind="interview_invitation", slug="liffey_assessment_centre", lang="en",
      company="Liffey Customer Solutions", contact="aoife.brennan@liffeycs.example.ie",
      frm=("Liffey Customer Solutions", "no-reply@ashbyhq.com"),
      reply_to=("Aoife Brennan", "aoife.brennan@liffeycs.example.ie"),
      subject="Invitation: assessment centre for HR Coordinator (Spanish/English)",
      date="2026-08-11 08:30", zone="UTC", parent="liffey_ashby_ack",
      html="card", brand="Liffey Customer Solutions", accent="#0c6e4f",
      text="""
Hi Valentina,

Good news: we'd like to invite you to our assessment centre for the HR Coordinator (Spanish/English) role.

Date: Thursday 20 August 2026
Time: 09:30 to 13:00
Location: Liffey Customer Solutions, 3rd floor, Grand Canal House, Dublin 4

The morning includes a group exercise, a short written task in Spanish and English, and a 30-minute interview with the hiring manager. Please bring photo ID. Lunch is provided.

Confirm your place here: https://jobs.ashbyhq.com/liffeycs/confirm/7d1e0a

If you need any adjustments, reply to this email and Aoife Brennan from our Talent team will help.

Liffey Customer Solutions Talent Team
"""),

    m(kind="interview_invitation", slug="quayside_phone_screen", lang="en",
      company="Quayside Contact Centre", contact="cian.doherty@quaysidecc.example.ie",
      frm=("Cian Doherty", "cian.doherty@quaysidecc.example.ie"),
      subject="HR Assistant - quick call?",
      date="2026-05-11 15:02",
      text="""
Hi Valentina,

I'm the recruiter for the HR Assistant vacancy at Quayside Contact Centre. Your CV stood out, especially the team-lead cover you did at your current call centre.

Would you be up for a 20-minute phone screen? I have Thursday 14 May at 11:00 (Irish time) free. If that doesn't suit, send me a couple of alternatives.

Thanks,
Cian Doherty
Recruitment Partner | Quayside Contact Centre
North Wall Quay, Dublin 1 | +353 1 000 2290
"""),

    m(kind="interview_invitation", slug="tagus_casual_chat", lang="en",
      company="Tagus Travel Group", contact="marta.sousa@tagustravel.example.pt",
      frm=("Marta Sousa", "marta.sousa@tagustravel.example.pt"),
      subject="Hello from Tagus Travel",
      date="2026-06-01 18:26",
      text="""
Hi Valentina,

Marta here, I run People at Tagus Travel Group. A friend at Brightdesk passed on your name (all good things!) and I'm hiring a People Coordinator for our Lisbon team.

Are you free Thursday to chat? Nothing formal: half an hour on a video call so I can tell you what we're building and hear what you're looking for. Any time after 2pm Lisbon time works for me.

Marta Sousa
Head of People, Tagus Travel Group
Rua do Alecrim 45, Lisboa
"""),

    m(kind="interview_invitation", slug="corrib_shannon_interview", lang="en",
      company="Shannon Retail Group", contact="declan.obriain@corribpeople.example.ie",
      frm=("Declan Ó Briain", "declan.obriain@corribpeople.example.ie"),
      name_enc=("iso-8859-1", "Q"),
      subject="Interview with Shannon Retail Group - Wednesday 15 July",
      date="2026-07-08 16:15", parent="corrib_registration", cte="quoted-printable",
      text="""
Hi Valentina,

Great news: Shannon Retail Group would like to interview you for the HR Assistant role in their Dublin support office.

Details:
- Wednesday 15 July, 10:00 (Irish time)
- Video call on Microsoft Teams; Gráinne Walsh, Head of People, will send the link
- About 45 minutes: competency questions plus a chat about their onboarding programme

Can you confirm by tomorrow? I'll give you a quick call beforehand to run through the company.

Best,
Declan

Declan Ó Briain | Senior Recruitment Consultant | Corrib People
+353 1 000 4471
"""),

    m(kind="interview_invitation", slug="mare_lever_schedule", lang="en",
      company="Maré Hospitality Group", contact="joana.pires@marehospitality.example.pt",
      frm=("Maré Hospitality Group", "no-reply@hire.lever.co"),
      reply_to=("Joana Pires", "joana.pires@marehospitality.example.pt"),
      subject="Schedule your phone interview with Maré Hospitality Group",
      subject_enc=("utf-8", "Q", "partial"),
      date="2026-08-17 09:48", zone="UTC", html="card", brand="Maré Hospitality Group",
      accent="#1b6ca8",
      text="""
Hi Valentina,

Thanks for applying to the People Operations Assistant role at Maré Hospitality Group. Joana Pires from our People team would like to set up a 30-minute phone interview with you.

Please pick a time that suits you: https://hire.lever.co/interview-scheduling/marehospitality/5c09e2f1

Slots are available on Wednesday 19 and Thursday 20 August.

Best wishes,
Maré Hospitality Group
"""),

    # ------------------------------------------------------------------ fr
    m(kind="interview_invitation", slug="garonne_invitation", lang="fr",
      company="Hôtels Garonne Collection", contact="camille.roussel@hotels-garonne.example.fr",
      frm=("Camille Roussel", "camille.roussel@hotels-garonne.example.fr"),
      subject="Proposition d'entretien - Assistant(e) RH",
      date="2026-04-14 11:48", parent="garonne_taleo_ack", html="outlook",
      text="""
Bonjour Madame Oyelaran-Ruiz,

Suite à votre candidature au poste d'Assistant(e) RH, j'ai le plaisir de vous proposer un premier entretien en visioconférence.

Date proposée : mardi 21 avril à 10h30
Durée : 45 minutes environ
Lien Teams : https://teams.microsoft.com/l/meetup-join/19%3ameeting_R2Fyb25uZQ%40thread.v2/0

L'entretien se déroulera en français ; quelques questions pourront être posées en espagnol, compte tenu de notre clientèle.

Merci de me confirmer votre disponibilité par retour de mail.

Cordialement,

Camille Roussel
Chargée de recrutement
Hôtels Garonne Collection
18 quai de Bacalan, 33300 Bordeaux
Tél. : 05 57 00 00 19
"""),

    m(kind="interview_invitation", slug="rha_caves_entretien", lang="fr",
      company="Caves de Saint-Émilion Distribution", contact="h.duprat@rh-aquitaine.example.fr",
      frm=("Hélène Duprat", "h.duprat@rh-aquitaine.example.fr"),
      subject="Entretien Caves de Saint-Émilion Distribution",
      subject_enc=("iso-8859-1", "Q", "partial"),
      date="2026-05-26 10:05",
      text="""
Bonjour Valentina,

Je vous confirme votre entretien avec Caves de Saint-Émilion Distribution pour le poste d'assistante ressources humaines (CDI, temps plein) :

jeudi 28 mai à 14h00
Zone artisanale de Bertin, 33330 Saint-Émilion
avec M. Olivier Lacoste, directeur administratif et financier

Prévoyez une heure. Le client souhaite aborder la gestion des saisonniers pendant les vendanges : pensez à vos exemples de plannings en centre d'appels.

Je vous appelle demain pour préparer l'entretien ensemble.

Bien cordialement,
Hélène Duprat
Consultante recrutement – Cabinet Ressources Aquitaine
05 56 00 00 47
"""),

    m(kind="interview_invitation", slug="chartrons_immersion", lang="fr",
      company="Galeries Chartrons", contact="s.mauriac@galeries-chartrons.example.fr",
      frm=("Sandrine Mauriac", "s.mauriac@galeries-chartrons.example.fr"),
      subject="Invitation : journée d'immersion jeudi 10 septembre",
      date="2026-09-01 14:22", parent="chartrons_cv_recu",
      ics={"method": "REQUEST", "uid": "immersion-0910-valentina@galeries-chartrons.example.fr",
               "seq": 0, "start": "2026-09-10 09:00", "minutes": 480, "tzid": "Europe/Paris",
               "summary": "Journée d'immersion – service du personnel",
               "location": "Galeries Chartrons, entrée du personnel, 3 rue Notre-Dame, Bordeaux",
               "organizer": ("Sandrine Mauriac", "s.mauriac@galeries-chartrons.example.fr"),
               "prodid": GOOGLE, "mode": "inline"},
      text="""
Bonjour Valentina,

Merci pour notre échange téléphonique de vendredi. Comme convenu, nous vous proposons une journée d'immersion au service du personnel des Galeries Chartrons avant de finaliser notre choix.

Jeudi 10 septembre, de 9h00 à 17h00
Galeries Chartrons – entrée du personnel, 3 rue Notre-Dame, 33000 Bordeaux

Vous suivrez notre gestionnaire paie le matin et participerez à l'accueil des nouveaux vendeurs l'après-midi. Le déjeuner est offert.

Vous trouverez l'invitation dans votre agenda ; merci de l'accepter pour confirmer.

À bientôt,
Sandrine Mauriac
Responsable des ressources humaines
Galeries Chartrons
"""),

    # ------------------------------------------------------------------ de
    m(kind="interview_invitation", slug="isarblick_einladung_ics", lang="de",
      company="Isarblick Hotels", contact="katharina.weissenboeck@isarblick.example.de",
      frm=("Katharina Weißenböck", "katharina.weissenboeck@isarblick.example.de"),
      subject="Einladung zum Vorstellungsgespräch – HR-Assistenz (m/w/d)",
      date="2026-06-09 09:12", parent="isarblick_personio_ack", html="outlook",
      ics={"method": "REQUEST", "uid": "040000008200E00074C5B7101A82E0080000000077F3E1D2ISAR@isarblick.example.de",
               "seq": 0, "start": "2026-06-16 10:00", "minutes": 60, "tzid": "Europe/Berlin",
               "summary": "Vorstellungsgespräch HR-Assistenz – Oyelaran-Ruiz",
               "location": "Isarblick Hotel München-Haidhausen, Rosenheimer Straße 141",
               "organizer": ("Katharina Weißenböck", "katharina.weissenboeck@isarblick.example.de"),
               "mode": "both"},
      text="""
Sehr geehrte Frau Oyelaran-Ruiz,

vielen Dank für Ihre Bewerbung als HR-Assistenz (m/w/d). Wir möchten Sie gerne persönlich kennenlernen und laden Sie herzlich zu einem Vorstellungsgespräch ein:

Dienstag, 16. Juni 2026, 10:00 – 11:00 Uhr
Isarblick Hotel München-Haidhausen, Rosenheimer Straße 141, 81671 München
Gesprächspartner: Herr Tobias Reindl (Hoteldirektor) und ich

Bitte bestätigen Sie den Termin über die beigefügte Kalendereinladung. Reisekosten innerhalb Deutschlands erstatten wir Ihnen; bei Anreise aus Spanien sprechen Sie mich gern an, ein Videogespräch ist ebenfalls möglich.

Mit freundlichen Grüßen
Katharina Weißenböck
Personalreferentin · Isarblick Hotels
Tel. +49 89 0000 2214
"""),

    m(kind="interview_invitation", slug="bcs_telefoninterview", lang="de",
      company="Bavaria Contact Services", contact="jonas.hartlieb@bavaria-contact.example.de",
      frm=("Jonas Hartlieb", "jonas.hartlieb@bavaria-contact.example.de"),
      subject="Ihre Bewerbung – kurzes Telefoninterview?",
      date="2026-03-09 14:55", cte="base64",
      text="""
Hallo Frau Oyelaran-Ruiz,

danke für Ihre Bewerbung als Recruiting-Assistenz (m/w/d) mit Spanisch bei Bavaria Contact Services. Ihr Profil passt gut zu unserem Team, das die Einstellungen für unseren spanischsprachigen Kundenservice betreut.

Als ersten Schritt würde ich gerne ein kurzes Telefoninterview (ca. 20 Minuten) mit Ihnen führen. Passt Ihnen Donnerstag, der 12. März, um 9:00 Uhr? Ich würde Sie unter der Nummer aus Ihrem Lebenslauf anrufen.

Viele Grüße
Jonas Hartlieb
Talent Acquisition
Bavaria Contact Services GmbH
Landsberger Straße 302, 80687 München
"""),

    m(kind="interview_invitation", slug="feldmoching_brauhaus", lang="de",
      company="Brauhaus Giesing", contact="m.feldl@pb-feldmoching.example.de",
      frm=("Dr. Markus Feldl", "m.feldl@pb-feldmoching.example.de"),
      subject="Vorstellungsgespräch Brauhaus Giesing",
      date="2026-08-19 09:31", cte="quoted-printable",
      text="""
Liebe Frau Oyelaran-Ruiz,

wie telefonisch besprochen, hier die Daten für Ihr Vorstellungsgespräch bei meinem Mandanten, dem Brauhaus Giesing (Personalsachbearbeitung, Vollzeit):

Montag, 24. August 2026, 15:00 Uhr
Brauhaus Giesing, Verwaltung im 1. Stock, Tegernseer Landstraße 88, 81539 München
Ansprechpartner: Herr Florian Zellner, Betriebsleiter

Das Gespräch findet auf Deutsch statt. Planen Sie etwa eine Stunde ein; im Anschluss gibt es eine kurze Führung durch den Betrieb.

Bitte bestätigen Sie mir kurz den Termin.

Herzliche Grüße
Markus Feldl
Personalberatung Feldmoching · Tel. 089 0000 6631
"""),
]

RESCHEDULES = [
    # ------------------------------------------------------------------ es
    m(kind="interview_reschedule_or_cancel", slug="alboran_seq_update", lang="es",
      company="Hoteles Alborán", contact="nuria.castano@hotelesalboran.example.es",
      frm=("Nuria Castaño Vílchez", "nuria.castano@hotelesalboran.example.es"),
      subject="Actualizada: Entrevista Auxiliar de RR. HH. – Valentina Oyelaran-Ruiz",
      date="2026-05-05 11:18", parent="alboran_workday_schedule", html="outlook",
      ics={"method": "REQUEST", "uid": "040000008200E00074C5B7101A82E00800000000ALB0318@hotelesalboran.example.es",
               "seq": 1, "start": "2026-05-14 10:00", "minutes": 45,
               "summary": "Entrevista Auxiliar de RR. HH. – Valentina Oyelaran-Ruiz",
               "location": "Hotel Alborán Playa, Paseo Marítimo de Poniente 112, Torremolinos",
               "organizer": ("Nuria Castaño Vílchez", "nuria.castano@hotelesalboran.example.es"),
               "description": "Cambio de fecha: antes jueves 7 de mayo, 10:00.",
               "mode": "both"},
      text="""
Hola, Valentina:

Te escribo porque el director del hotel tiene una auditoría el jueves 7 y no podrá estar en tu entrevista. Hemos movido la cita una semana: pasa al jueves 14 de mayo, a la misma hora (10:00), en el Hotel Alborán Playa.

Te adjunto la convocatoria actualizada para que sustituya a la anterior en tu calendario. Si el nuevo día te complica, dímelo y buscamos otro.

Disculpa el cambio.

Nuria Castaño Vílchez
Técnica de Selección · Hoteles Alborán
Tel. +34 952 000 418
"""),

    m(kind="interview_reschedule_or_cancel", slug="contacta_new_slot", lang="es",
      company="Contacta BPO", contact="alvaro.jimenez@contactabpo.example.es",
      frm=("Álvaro Jiménez Sáez", "alvaro.jimenez@contactabpo.example.es"),
      name_enc=("iso-8859-1", "B"),
      subject="Re: Llamada de esta mañana",
      date="2026-02-10 16:40", parent="own_apology_contacta",
      text="""
Hola Valentina,

No te preocupes, son cosas que pasan (y más con la cobertura del turno de mañana, te entiendo perfectamente).

Te propongo el jueves 12 a las 9:30, esta vez por Google Meet para no depender del móvil: https://meet.google.com/ctc-bpoj-unr

Si te viene mejor otra hora ese mismo día, dímelo.

Álvaro

""" + quote("""
Hola, Álvaro:

Te pido mil disculpas por lo de esta mañana. Estaba en el turno y el supervisor me cambió de puesto a última hora a una zona sin cobertura; cuando vi tus llamadas ya eran las 11. Sigo muy interesada en el proceso.

¿Podríamos intentarlo otro día? Esta semana tengo libres las mañanas del jueves y el viernes.

Gracias y perdona otra vez,
Valentina
""", "es", "mar, 10 feb 2026 a las 13:20", "Valentina Oyelaran-Ruiz (<valentina.or@example.es>)")),

    m(kind="interview_reschedule_or_cancel", slug="betica_cancel_ics", lang="es",
      company="Viajes Bética", contact="marta.lebron@viajesbetica.example.es",
      frm=("Marta Lebrón", "marta.lebron@viajesbetica.example.es"),
      subject="Cancelada: Entrevista Valentina Oyelaran – Auxiliar Administración RR. HH.",
      date="2026-05-06 18:03", parent="betica_teams_ics", html="outlook",
      ics={"method": "CANCEL", "uid": "040000008200E00074C5B7101A82E00800000000B371A9E0C2DBDC01@viajesbetica.example.es",
               "seq": 1, "start": "2026-05-08 10:00", "minutes": 40,
               "summary": "Cancelada: Entrevista Valentina Oyelaran – Auxiliar Administración RR. HH.",
               "location": "Reunión de Microsoft Teams",
               "organizer": ("Marta Lebrón", "marta.lebron@viajesbetica.example.es"),
               "mode": "inline"},
      text="""
Valentina, anulo la reunión del viernes: a Javier le ha surgido un viaje de familiarización a Marruecos con un grupo y no vuelve hasta el martes.

La semana que viene te propongo otro día. Siento el cambio.

Marta
"""),

    m(kind="interview_reschedule_or_cancel", slug="mercaluz_suspende_jornada", lang="es",
      company="Mercaluz", contact="bciscar@mercaluz.example.es",
      frm=("Begoña Císcar", "bciscar@mercaluz.example.es"),
      subject="Re: Jornada de prueba – Auxiliar de RRHH (Mercaluz, Paterna)",
      date="2026-09-10 13:15", parent="mercaluz_jornada_prueba", cte="base64",
      text="""
Hola Valentina,

Mala suerte con las fechas: mañana nos cae una inspección de trabajo en la plataforma y voy a estar toda la jornada con ellos, así que tenemos que suspender tu día de prueba.

Quiero dejarlo claro: no tiene nada que ver contigo ni con el proceso, que sigue en pie. El lunes te llamo para cerrar otra fecha, seguramente a finales de la semana que viene.

Perdona las molestias,
Begoña
"""),

    m(kind="interview_reschedule_or_cancel", slug="sierranevada_entrevistadora_baja", lang="es",
      company="Grupo Hostelero Sierra Nevada", contact="celia.ortiz@gruposierranevada.example.es",
      frm=("Celia Ortiz", "celia.ortiz@gruposierranevada.example.es"),
      cc=[("Lucía Garrido Moreno", "lucia.garrido@gruposierranevada.example.es")],
      subject="Nueva fecha: Entrevista panel – Auxiliar de RR. HH. Hotel Vereda",
      date="2026-04-06 08:47", parent="sierranevada_panel_ics", html="outlook",
      ics={"method": "REQUEST", "uid": "040000008200E00074C5B7101A82E0080000000050A1C2D3E4F5@gruposierranevada.example.es",
               "seq": 1, "start": "2026-04-15 11:00", "minutes": 60,
               "summary": "Entrevista panel – Auxiliar de RR. HH. Hotel Vereda",
               "location": "Ctra. de la Sierra 41, Granada – 2.ª planta, sala Veleta",
               "organizer": ("Celia Ortiz", "celia.ortiz@gruposierranevada.example.es"),
               "mode": "both"},
      text="""
Hola, Valentina:

Te escribo en nombre de Lucía Garrido, que está de baja médica desde el viernes y no podrá estar el miércoles 8.

Para no hacer la entrevista sin ella, la hemos pasado al miércoles 15 de abril, a las 11:00, mismo lugar y mismo panel. Te llega la invitación actualizada en este correo.

Si esa fecha no te viene bien, contesta a este mensaje y lo cuadramos.

Un saludo,
Celia Ortiz
Administración de Personal · Grupo Hostelero Sierra Nevada
"""),

    m(kind="interview_reschedule_or_cancel", slug="nexo_pradera_cambio", lang="es",
      company="Grupo Hotelero Pradera", contact="ignacio.valdecantos@nexotalent.example.es",
      frm=("Ignacio Valdecantos", "ignacio.valdecantos@nexotalent.example.es"),
      subject="Cambio de hora – Pradera",
      date="2026-07-10 12:20", parent="nexo_cliente_pradera",
      text="""
Valentina, hola:

Beatriz Lamela me pide mover la entrevista: el martes 14 a mediodía le han convocado un comité de dirección. Te propone el miércoles 15 de julio a las 9:30, en la misma dirección de Alcalá.

Dime si te encaja y se lo confirmo hoy mismo. Lo de la preparación sigue en pie; te llamo el lunes por la tarde.

Ignacio
"""),

    m(kind="interview_reschedule_or_cancel", slug="emaguas_aplazamiento", lang="es",
      company="Emaguas", contact="",
      frm=("Emaguas - Selección", "no-responder@emaguas.example.es"),
      subject="Aplazamiento de la prueba de evaluación grupal – Proceso 07/2026",
      date="2026-09-21 13:30", parent="emaguas_evaluacion_grupal",
      headers=[("Auto-Submitted", "auto-generated")], html="plain",
      text="""
Estimada candidata:

Por necesidades organizativas del tribunal, la prueba de evaluación grupal del proceso 07/2026 (Auxiliar de Personal), prevista para el jueves 24 de septiembre, queda aplazada al jueves 1 de octubre de 2026, a la misma hora y en el mismo lugar (Centro de Formación de Emaguas, C/ Pacífico 54, Málaga).

Se mantienen el resto de condiciones indicadas en la citación. No es necesario que confirme su asistencia.

Departamento de Recursos Humanos
Empresa Municipal de Aguas de Málaga (Emaguas)
"""),

    m(kind="interview_reschedule_or_cancel", slug="naranjos_nueva_hora", lang="es",
      company="Residencial Los Naranjos", contact="mdvega@residenciallosnaranjos.example.es",
      frm=("Mª Dolores Vega", "mdvega@residenciallosnaranjos.example.es"),
      name_enc=("windows-1252", "Q"),
      subject="RE: Entrevista en Residencial Los Naranjos",
      date="2026-03-04 09:10", parent="own_cambio_naranjos",
      charset="windows-1252", cte="8bit",
      text="""
Buenos días, Valentina:

Ningún problema. La directora puede recibirla el lunes 9 de marzo a las 12:00, en el mismo sitio. Queda así anotado salvo que me diga lo contrario.

Atentamente,
Mª Dolores Vega
Administración y Personal · Residencial Los Naranjos

""" + outlook_block("""
Buenas tardes, Mª Dolores:

Muchas gracias por la invitación. El viernes 6 tengo turno de mañana en el call center y no consigo cambiarlo. ¿Sería posible hacer la entrevista el lunes 9 o cualquier tarde de la semana siguiente?

Disculpe las molestias.
Valentina Oyelaran-Ruiz
""", "es", "Valentina Oyelaran-Ruiz <valentina.or@example.es>", "martes, 3 de marzo de 2026 17:44",
          "mdvega@residenciallosnaranjos.example.es", "RE: Entrevista en Residencial Los Naranjos")),

    # ------------------------------------------------------------------ en
    m(kind="interview_reschedule_or_cancel", slug="brightdesk_cancel_ill", lang="en",
      company="Brightdesk Services", contact="ines.carvalho@brightdesk.example.pt",
      frm=("Inês Carvalho", "ines.carvalho@brightdesk.example.pt"),
      subject="Cancelled event: Panel interview - HR Assistant (Spanish speaker) - Brightdesk @ Tue 17 Mar 2026 14:00 - 15:00 (WET)",
      date="2026-03-16 19:05", parent="brightdesk_panel_ics", html="plain",
      ics={"method": "CANCEL", "uid": "gh-interview-5512093@brightdesk.example.pt", "seq": 1,
               "start": "2026-03-17 14:00", "minutes": 60, "tzid": "Europe/Lisbon",
               "summary": "Panel interview - HR Assistant (Spanish speaker) - Brightdesk",
               "location": "https://meet.google.com/bdk-hrsp-ast",
               "organizer": ("Inês Carvalho", "ines.carvalho@brightdesk.example.pt"),
               "prodid": GOOGLE, "mode": "both", "filename": "invite.ics"},
      text="""
Hi Valentina,

I'm so sorry for the short notice: I've come down with the flu and I'm off sick until at least Thursday, so I have to cancel tomorrow's panel interview.

This doesn't change anything about your application. Rui will send you a new invitation for next week as soon as he has checked the panel's calendars.

Apologies again,
Inês
"""),

    m(kind="interview_reschedule_or_cancel", slug="liffey_assessment_moved", lang="en",
      company="Liffey Customer Solutions", contact="",
      frm=("Liffey Customer Solutions", "no-reply@ashbyhq.com"),
      subject="Change of date: HR Coordinator assessment centre",
      date="2026-08-14 10:05", zone="UTC", parent="liffey_assessment_centre",
      html="card", html_only=True, brand="Liffey Customer Solutions", accent="#0c6e4f",
      text="""
Hi Valentina,

We've had to move the assessment centre for the HR Coordinator (Spanish/English) role. It will now take place on Tuesday 25 August 2026, 09:30 to 13:00, at the same address in Grand Canal House.

Your place has been carried over automatically. If the new date doesn't work for you, choose another session here: https://jobs.ashbyhq.com/liffeycs/reschedule/7d1e0a

Sorry for any inconvenience.

Liffey Customer Solutions Talent Team
"""),

    m(kind="interview_reschedule_or_cancel", slug="tagus_push_friday", lang="en",
      company="Tagus Travel Group", contact="marta.sousa@tagustravel.example.pt",
      frm=("Marta Sousa", "marta.sousa@tagustravel.example.pt"),
      subject="Re: Hello from Tagus Travel",
      date="2026-06-03 08:51", parent="tagus_casual_chat",
      text="""
Morning Valentina,

Small change, sorry! Our COO has dropped a board call on me for Thursday afternoon. Could we push our chat to Friday, same time (3pm Lisbon / 4pm Málaga)? Same video link as before.

Marta
"""),

    m(kind="interview_reschedule_or_cancel", slug="corrib_shannon_time_change", lang="en",
      company="Shannon Retail Group", contact="declan.obriain@corribpeople.example.ie",
      frm=("Declan Ó Briain", "declan.obriain@corribpeople.example.ie"),
      name_enc=("iso-8859-1", "Q"),
      subject="RE: Interview with Shannon Retail Group - new time",
      date="2026-07-10 09:25", parent="corrib_shannon_interview", html="outlook",
      text="""
Hi Valentina,

Quick update: Gráinne has a clash on Wednesday morning, so Shannon Retail Group have asked to move your interview from 10:00 to 14:30 the same day (Wednesday 15 July). Everything else stays the same.

Let me know that works and I'll confirm with them.

Declan

""" + outlook_block("""
Hi Declan,

Confirmed for Wednesday at 10:00. Thanks for setting it up!

Valentina
""", "en", "Valentina Oyelaran-Ruiz <valentina.or@example.es>", "Wednesday, July 8, 2026 18:02",
          "Declan Ó Briain <declan.obriain@corribpeople.example.ie>",
          "RE: Interview with Shannon Retail Group - Wednesday 15 July")),

    # ------------------------------------------------------------------ fr
    m(kind="interview_reschedule_or_cancel", slug="garonne_report", lang="fr",
      company="Hôtels Garonne Collection", contact="camille.roussel@hotels-garonne.example.fr",
      frm=("Camille Roussel", "camille.roussel@hotels-garonne.example.fr"),
      subject="Report de votre entretien du 21 avril",
      date="2026-04-17 15:02", parent="garonne_invitation", charset="iso-8859-1",
      cte="quoted-printable",
      text="""
Bonjour Madame Oyelaran-Ruiz,

Je me vois contrainte de décaler notre entretien de mardi : la directrice de l'hôtel, qui souhaitait y assister, sera en déplacement.

Je vous propose le jeudi 23 avril à 15h00, toujours en visioconférence sur Teams (le lien reste le même).

Avec toutes mes excuses pour ce changement,

Camille Roussel
Chargée de recrutement - Hôtels Garonne Collection
"""),

    m(kind="interview_reschedule_or_cancel", slug="chartrons_annulation", lang="fr",
      company="Galeries Chartrons", contact="s.mauriac@galeries-chartrons.example.fr",
      frm=("Sandrine Mauriac", "s.mauriac@galeries-chartrons.example.fr"),
      subject="Annulé : journée d'immersion jeudi 10 septembre",
      date="2026-09-08 17:30", parent="chartrons_immersion",
      ics={"method": "CANCEL", "uid": "immersion-0910-valentina@galeries-chartrons.example.fr",
               "seq": 1, "start": "2026-09-10 09:00", "minutes": 480, "tzid": "Europe/Paris",
               "summary": "Journée d'immersion – service du personnel",
               "location": "Galeries Chartrons, entrée du personnel, 3 rue Notre-Dame, Bordeaux",
               "organizer": ("Sandrine Mauriac", "s.mauriac@galeries-chartrons.example.fr"),
               "prodid": GOOGLE, "mode": "inline"},
      text="""
Bonjour Valentina,

Je suis navrée : nous devons annuler la journée d'immersion de jeudi. Un audit de nos stocks a été avancé au dernier moment et toute l'équipe du personnel sera mobilisée.

Votre candidature reste tout à fait d'actualité. Je reviens vers vous d'ici la fin de semaine avec une nouvelle date.

Bien à vous,
Sandrine Mauriac
"""),

    # ------------------------------------------------------------------ de
    m(kind="interview_reschedule_or_cancel", slug="isarblick_verschiebung_seq", lang="de",
      company="Isarblick Hotels", contact="katharina.weissenboeck@isarblick.example.de",
      frm=("Katharina Weißenböck", "katharina.weissenboeck@isarblick.example.de"),
      subject="Aktualisiert: Vorstellungsgespräch HR-Assistenz – Oyelaran-Ruiz",
      date="2026-06-12 16:40", parent="isarblick_einladung_ics", html="outlook",
      ics={"method": "REQUEST", "uid": "040000008200E00074C5B7101A82E0080000000077F3E1D2ISAR@isarblick.example.de",
               "seq": 1, "start": "2026-06-18 14:00", "minutes": 60, "tzid": "Europe/Berlin",
               "summary": "Vorstellungsgespräch HR-Assistenz – Oyelaran-Ruiz (Video)",
               "location": "Microsoft Teams",
               "organizer": ("Katharina Weißenböck", "katharina.weissenboeck@isarblick.example.de"),
               "mode": "both"},
      text="""
Sehr geehrte Frau Oyelaran-Ruiz,

leider muss Herr Reindl am Dienstag kurzfristig an einer Eigentümerversammlung teilnehmen. Wir möchten unser Gespräch deshalb auf Donnerstag, den 18. Juni 2026, 14:00 Uhr verlegen und es, wie von Ihnen angeregt, per Video führen.

Die aktualisierte Einladung mit dem Teams-Link ersetzt den bisherigen Termin in Ihrem Kalender.

Vielen Dank für Ihr Verständnis und freundliche Grüße
Katharina Weißenböck
"""),
]

MISSED = [
    # ------------------------------------------------------------------ es
    m(kind="missed_interview_notice", slug="contacta_two_calls", lang="es",
      company="Contacta BPO", contact="alvaro.jimenez@contactabpo.example.es",
      frm=("Álvaro Jiménez Sáez", "alvaro.jimenez@contactabpo.example.es"),
      subject="Llamada de esta mañana",
      date="2026-02-10 11:05", parent="contacta_phone_screen",
      text="""
Hola Valentina:

Te he llamado dos veces, a las 10:00 y a las 10:10, como habíamos quedado, pero saltaba directamente el buzón de voz.

¿Va todo bien? Si sigues interesada en el puesto, dime cuándo te viene bien y lo intentamos de nuevo.

Un saludo,
Álvaro Jiménez Sáez
Talent Acquisition · Contacta BPO
"""),

    m(kind="missed_interview_notice", slug="naranjos_recepcion", lang="es",
      company="Residencial Los Naranjos", contact="mdvega@residenciallosnaranjos.example.es",
      frm=("Mª Dolores Vega", "mdvega@residenciallosnaranjos.example.es"),
      name_enc=("windows-1252", "Q"),
      subject="Entrevista de hoy 12:00",
      date="2026-03-09 13:05", parent="naranjos_nueva_hora",
      charset="windows-1252", cte="quoted-printable",
      text="""
Buenas tardes, Valentina:

La estuvimos esperando en recepción desde las 12:00 hasta las 12:40 y no llegó a presentarse. Tampoco hemos podido localizarla en el teléfono del currículum.

Si ha tenido algún contratiempo, le ruego que me lo comunique cuanto antes. La directora tiene la agenda muy complicada estas semanas.

Atentamente,
Mª Dolores Vega
Administración y Personal · Residencial Los Naranjos
"""),

    m(kind="missed_interview_notice", slug="consorcio_no_comparecencia", lang="es",
      company="Consorcio Provincial de Empleo de Málaga", contact="",
      frm=("Consorcio Provincial de Empleo - Notificaciones", "notificaciones@consorcioempleo.example.es"),
      subject="Incomparecencia a la prueba práctica – Bolsa de Gestión Administrativa",
      date="2026-06-18 09:30", html="plain", cte="base64",
      headers=[("Auto-Submitted", "auto-generated")],
      text="""
Estimada aspirante:

Según el acta de la sesión celebrada el 17 de junio de 2026 en la sede del Consorcio (C/ Cuarteles 40, Málaga), no consta su comparecencia a la prueba práctica de la bolsa de Gestión Administrativa, a la que fue convocada a las 10:00 horas.

Si su ausencia se debió a una causa de fuerza mayor debidamente acreditada, dispone de tres días hábiles para presentar la justificación a través de la sede electrónica: https://sede.consorcioempleo.example.es/justificantes

Servicio de Recursos Humanos
Consorcio Provincial de Empleo de Málaga
"""),

    m(kind="missed_interview_notice", slug="meridiano_teams_espera", lang="es",
      company="Hoteles Meridiano", contact="slarranaga@hotelesmeridiano.example.es",
      frm=("Sonia Larrañaga", "slarranaga@hotelesmeridiano.example.es"),
      subject="Entrevista de las 16:00 – no te hemos visto",
      date="2026-04-28 16:34", zone="CET", html="outlook",
      text="""
Hola, Valentina:

Te hemos estado esperando en Teams para la entrevista de las 16:00: Óscar y yo hemos aguantado conectados hasta las 16:20, pero no has entrado.

No sé si hubo algún problema con el enlace o con la conexión. Si quieres, escríbeme y vemos qué ha podido pasar.

Saludos,
Sonia Larrañaga
Talento · Hoteles Meridiano
Gran Vía 58 · 28013 Madrid
"""),

    m(kind="missed_interview_notice", slug="flexiplus_no_conectaste", lang="es",
      company="Flexiplus", contact="salandete@flexiplus.example.es",
      frm=("Sergio Alandete", "salandete@flexiplus.example.es"),
      subject="Re: Entrevista con cliente – martes 20/10",
      date="2026-10-20 10:12", parent="flexiplus_cliente",
      text="""
Valentina, buenos días:

Me acaba de escribir la responsable de la empresa cliente: estuvieron en la videollamada de las 9:30 y no te conectaste. Te mandé el enlace el miércoles y me lo confirmaste, así que me extraña.

Llámame en cuanto leas esto, por favor; quiero saber qué te ha pasado antes de hablar con ellos.

Sergio
963 000 781
"""),

    m(kind="missed_interview_notice", slug="talentiasur_llamada_perdida", lang="es",
      company="Talentia Sur", contact="paula@talentiasur.example.es",
      frm=("Paula Ruiz-Cabello", "paula@talentiasur.example.es"),
      subject="Re: ¿charlamos el jueves?",
      subject_enc=("utf-8", "Q", "partial"),
      date="2026-02-19 17:52", parent="talentiasur_jueves_charla",
      text="""
Valentina, te he llamado a las 17:30 como quedamos y no lo cogías; lo he vuelto a intentar a las 17:45.

Te he dejado un audio en el buzón. No pasa nada, de verdad; dime cuándo te pillo mejor.

Paula
"""),

    # ------------------------------------------------------------------ en
    m(kind="missed_interview_notice", slug="quayside_waited_teams", lang="en",
      company="Quayside Contact Centre", contact="cian.doherty@quaysidecc.example.ie",
      frm=("Cian Doherty", "cian.doherty@quaysidecc.example.ie"),
      subject="Today's call",
      date="2026-05-19 11:24", parent="own_move_quayside",
      text="""
Hi Valentina,

We waited on Teams from 11:00 until about 11:15 but didn't see you join. I also tried your mobile once.

Hope everything's OK. Let me know if something came up.

Cian
"""),

    m(kind="missed_interview_notice", slug="mare_lever_missed", lang="en",
      company="Maré Hospitality Group", contact="",
      frm=("Maré Hospitality Group", "no-reply@hire.lever.co"),
      subject="We missed you today",
      date="2026-08-20 11:31", zone="UTC", parent="mare_lever_schedule",
      html="card", brand="Maré Hospitality Group", accent="#1b6ca8",
      text="""
Hi Valentina,

Your phone interview for the People Operations Assistant role was scheduled for today at 11:00 (Lisbon time), but our interviewer wasn't able to reach you at the number on your application.

If you'd still like to be considered, use the link below to let us know and we'll try to find another time:
https://hire.lever.co/interview-scheduling/marehospitality/5c09e2f1/missed

Maré Hospitality Group
"""),

    # ------------------------------------------------------------------ fr
    m(kind="missed_interview_notice", slug="garonne_absence", lang="fr",
      company="Hôtels Garonne Collection", contact="camille.roussel@hotels-garonne.example.fr",
      frm=("Camille Roussel", "camille.roussel@hotels-garonne.example.fr"),
      subject="Entretien de 15h00",
      date="2026-04-23 15:41", parent="garonne_report",
      text="""
Bonjour Madame Oyelaran-Ruiz,

Nous vous avons attendue sur Teams de 15h00 à 15h20 avec Mme Lavergne, directrice de l'hôtel, sans vous voir vous connecter.

Je suppose qu'un imprévu est survenu. Pouvez-vous me tenir informée ?

Cordialement,
Camille Roussel
Chargée de recrutement - Hôtels Garonne Collection
"""),

    # ------------------------------------------------------------------ de
    m(kind="missed_interview_notice", slug="bcs_zweimal_angerufen", lang="de",
      company="Bavaria Contact Services", contact="jonas.hartlieb@bavaria-contact.example.de",
      frm=("Jonas Hartlieb", "jonas.hartlieb@bavaria-contact.example.de"),
      subject="AW: Ihre Bewerbung – kurzes Telefoninterview?",
      date="2026-03-12 09:40", parent="bcs_telefoninterview",
      text="""
Hallo Frau Oyelaran-Ruiz,

ich habe Sie heute um 9:00 Uhr und noch einmal um 9:15 Uhr angerufen, Sie aber leider nicht erreicht.

Melden Sie sich gerne, wenn Sie weiterhin Interesse haben. Dann finden wir einen neuen Termin.

Viele Grüße
Jonas Hartlieb
Bavaria Contact Services
"""),
]

MESSAGES = INVITATIONS + RESCHEDULES + MISSED
