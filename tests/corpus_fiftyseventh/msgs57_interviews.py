"""Interview invitations, reschedules/cancellations, missed-interview notices and offers of the
57th corpus: hand-written, one employer voice each."""

from __future__ import annotations

from msgs57_base import m

INV = "interview_invitation"
RES = "interview_reschedule_or_cancel"
MIS = "missed_interview_notice"
OFR = "offer"

INVITES = [
    m(INV, "calendly_link_es", "es", "Irati Zabala <irati@kaixotravel.example.com>",
      "Kaixo Travel - charlamos?",
      """Hola Lucía,

Soy Irati, del equipo de People de Kaixo Travel. Hemos leído tu candidatura para Customer Success y nos ha encajado mucho tu experiencia con grupos y eventos en hoteles.

¿Te apetece que tengamos una primera videollamada de 30 minutos para conocernos? Puedes elegir el hueco que mejor te venga aquí:
https://calendly.com/irati-kaixotravel/30min

Si ninguno te cuadra, dímelo y lo buscamos.

¡Un saludo!
Irati Zabala · Kaixo Travel""",
      company="Kaixo Travel", date="2026-01-22T11:05:00+01:00", cte="base64"),

    m(INV, "phone_screen_en_agency", "en", "Rob Kennedy <rob.kennedy@bluecrestsearch.example.ie>",
      "Quick question",
      """Hi Lucia,

Hope you're well! I'm working on a Revenue & Pricing Analyst role with a fast-growing hotel group in Dublin (can't name them just yet!!) and your profile jumped out.

Would you be free for a quick chat tomorrow or Thursday? 15-20 mins max, just to run through the role and see if it's of interest. Send me a couple of times that suit and I'll give you a ring.

Thanks!!
Rob

Rob Kennedy | Principal Consultant - Hospitality & Travel
Bluecrest Search | +353 1 555 0192""",
      company="", date="2026-01-27T09:48:00+00:00"),

    m(INV, "goodtime_panel_en", "en", "Fieldstone Analytics Recruiting <scheduling@goodtime.io>",
      "Action required: Schedule your panel interview with Fieldstone Analytics",
      """Hi Lucía,

Congratulations on moving to the next stage for Pricing Analyst at Fieldstone Analytics!

The next step is a 2-hour virtual panel made up of:
  • Case discussion with the Pricing team (60 min)
  • Stakeholder conversation with Commercial (30 min)
  • Values conversation with People (30 min)

Please select your availability using the link below within the next 48 hours:
https://app.goodtime.io/schedule/c/9f3b2a71

If you have questions, reply to this email and Mateo Ruiz, your recruiter, will get back to you.

Fieldstone Analytics Recruiting Team""",
      company="Fieldstone Analytics", reply_to="Mateo Ruiz <mateo.ruiz@fieldstone.example.com>", fmt="html",
      brand="Fieldstone Analytics", track="email.goodtime.io", date="2026-02-02T14:02:00+00:00"),

    m(INV, "teams_ics_es_formal", "es", "Beatriz Olaizola <beatriz.olaizola@grupo-urbasa.example.com>",
      "Entrevista - Responsable de Cuentas Clave",
      """Buenos días, Lucía:

Tras revisar su candidatura, nos gustaría invitarle a una entrevista por videollamada (Microsoft Teams) para el puesto de Responsable de Cuentas Clave el próximo martes 10 de febrero a las 10:00 h.

Le adjunto la convocatoria. Si el horario no le viniera bien, le ruego me indique disponibilidad alternativa.

Un cordial saludo,

Beatriz Olaizola
Talento y Organización
Grupo Urbasa Alimentación
Tel. 948 000 222""",
      company="Grupo Urbasa Alimentación", date="2026-02-04T09:15:00+01:00",
      ics={"uid": "040000008200E00074C5B7101A82E008-urbasa-0210", "start": "20260210T090000Z",
           "end": "20260210T094500Z", "summary": "Entrevista Lucía Etxeberria - Responsable de Cuentas Clave",
           "location": "Reunión de Microsoft Teams"}),

    m(INV, "next_stage_de_casual", "de", "Mara Feldhaus <mara.feldhaus@velotaxi.example.de>",
      "Nächster Schritt 🙂",
      """Hi Lucía,

danke für das nette Gespräch letzte Woche! Das Team war begeistert und wir würden dich gern in die nächste Runde einladen: ein Case-Interview (ca. 90 Min.) mit unserem Head of Partnerships, Felix, vor Ort in unserem Büro in Kreuzberg.

Passt dir der 19. oder 20. Februar, jeweils ab 14 Uhr? Reisekosten übernehmen wir natürlich.

Liebe Grüße
Mara
People & Culture | Velotaxi Mobility""",
      company="Velotaxi Mobility", date="2026-02-09T16:35:00+01:00"),

    m(INV, "prueba_tecnica_es", "es", "Equipo de Selección Cierzo Consulting <talento@cierzo-consulting.example.es>",
      "Siguiente fase: caso práctico",
      """Hola Lucía:

¡Enhorabuena! Has superado la primera fase del proceso para Consultor/a Junior de Compras Sostenibles.

La siguiente fase consiste en un caso práctico que realizarás en nuestras oficinas de Zaragoza (o en remoto, si lo prefieres) seguido de una entrevista con el comité de dirección. Te proponemos el miércoles 25 de febrero a las 9:30. La prueba dura unas dos horas.

Por favor, confírmanos asistencia respondiendo a este correo.

Saludos,
Equipo de Selección
Cierzo Consulting""",
      company="Cierzo Consulting", date="2026-02-16T12:20:00+01:00", cte="quoted-printable"),

    m(INV, "lever_self_schedule_en", "en", "Orbital Stays <no-reply@hire.lever.co>",
      "Orbital Stays: Please share your availability",
      """Hi Lucía,

Thanks for applying to Orbital Stays! Zoe Hartley would like to schedule a 45-minute video interview with you for the Partner Success Manager (Spain) role.

Please let us know when you're available by choosing times here:
https://hire.lever.co/candidate/availability/3c7e0c1a-7d8a

This email was sent by Orbital Stays via Lever.""",
      company="Orbital Stays", reply_to="Zoe Hartley <zoe.hartley@orbitalstays.example.com>", fmt="alt",
      brand="Orbital Stays", date="2026-02-20T18:03:00+00:00"),

    m(INV, "fr_entretien_telephonique", "fr", "Julien Mercier <julien.mercier@bordeaux-vins.example.fr>",
      "Votre candidature - Key Account Manager Export",
      """Bonjour Madame Etxeberria-Montalvo,

Votre profil a retenu toute notre attention pour le poste de Key Account Manager Export (marché Espagne).

Je vous propose un premier entretien téléphonique d'une trentaine de minutes. Seriez-vous disponible jeudi 5 mars entre 10h et 12h, ou vendredi 6 mars dans l'après-midi ? Merci de m'indiquer également le numéro auquel je peux vous joindre.

Bien cordialement,

Julien Mercier
Directeur Commercial Export
Maison Castelnau - Vins de Bordeaux
06 12 34 56 78""",
      company="Maison Castelnau", date="2026-02-26T10:40:00+01:00", charset="iso-8859-1"),

    m(INV, "es_latam_tu_casual", "es", "Camila Restrepo <camila@rutaverde.example.co>",
      "Hola Lucía! 👋",
      """Hola Lucía, ¿qué tal?

Te escribo de Ruta Verde (somos una startup de turismo sostenible en Medellín y Bogotá). Vimos tu perfil en Welcome to the Jungle para el cargo de Líder de Operaciones remoto y nos encantó.

¿Tendrías un espacio esta semana para una videollamada corta con nuestro CEO? Nosotros estamos en horario de Colombia, pero nos acomodamos a tu tarde. Por ejemplo el jueves a las 9 am de acá (16:00 en España).

¡Quedo pendiente!
Camila
Ruta Verde S.A.S.""",
      company="Ruta Verde", date="2026-03-03T08:12:00-05:00", fmt="alt"),

    m(INV, "onsite_es_hotel_chain_ics", "es", "Recursos Humanos Hoteles Mirador <rrhh@hotelesmirador.example.com>",
      "Convocatoria entrevista presencial - Revenue Manager Palma",
      """Estimada Lucía:

Nos complace comunicarle que ha sido seleccionada para la entrevista presencial del proceso de Revenue Manager para nuestros hoteles de Palma.

Fecha: lunes, 16 de marzo de 2026
Hora: 11:30 h
Lugar: Oficinas centrales, Passeig Marítim 18, 07014 Palma
Entrevistadores: Dña. Catalina Vidal (Directora Comercial) y D. Pere Amengual (Director de Operaciones)

Rogamos confirme su asistencia. Adjuntamos la cita en su calendario.

Atentament / Atentamente,
Departamento de Recursos Humanos
Hoteles Mirador""",
      company="Hoteles Mirador", date="2026-03-06T13:00:00+01:00", fmt="alt",
      ics={"uid": "mirador-rm-palma-20260316@hotelesmirador.example.com", "start": "20260316T103000Z",
           "end": "20260316T113000Z", "summary": "Entrevista presencial - Revenue Manager",
           "location": "Passeig Marítim 18, Palma", "prodid": "-//Google Inc//Google Calendar 70.9054//EN"}),

    m(INV, "workday_interview_en", "en", "Northgate Airways Careers <northgate@myworkday.com>",
      "Interview invitation - Commercial Analyst - Network Pricing (JR-44120)",
      """Dear Lucía,

We are pleased to invite you to a competency-based interview for the position of Commercial Analyst - Network Pricing.

Date: Wednesday 18 March 2026
Time: 14:00 GMT
Format: Video interview (Microsoft Teams link to follow)
Duration: 60 minutes
Interviewers: Graham Pike, Pricing Manager; Aisha Bello, HR Business Partner

Please confirm your attendance by completing the task in your candidate home within 2 working days. Should you require any reasonable adjustments, please contact aisha.bello@northgate-airways.example.co.uk.

Kind regards,
Northgate Airways Resourcing""",
      company="Northgate Airways", contact="aisha.bello@northgate-airways.example.co.uk",
      date="2026-03-11T10:05:00+00:00", fmt="html", brand="Northgate Airways", track="myworkday.com"),

    m(INV, "gmail_chain_reply_next_round_es", "es", "Jon Ugarte <jon.ugarte@bizkaiasoft.example.com>",
      "Re: Customer Success Manager - Bizkaiasoft",
      """Genial Lucía, gracias por la rapidez.

Pues te propongo que vengas a la oficina de Zamudio el viernes 27 a las 10:00 para la segunda entrevista, con Ainhoa (CEO) y conmigo. Será más práctica: te pasaremos un par de casos de clientes reales.

Si te va mal, me dices.

Jon""",
      company="Bizkaiasoft", date="2026-03-20T17:44:00+01:00",
      quote=("gmail", "Lucía Etxeberria-Montalvo <lucia.etxeberria@example.es>",
             "Hola Jon,\n\nMuchas gracias por la llamada de ayer. Sigo muy interesada en el puesto y tengo disponibilidad total la semana que viene.\n\nUn saludo,\nLucía"),
      in_reply_to="<lucia-bizkaiasoft-0319@mail.example.es>"),

    m(INV, "indian_do_revert", "en", "Ankit Sharma <ankit.sharma@navyatech.example.in>",
      "Interview Schedule - Customer Success Lead (Europe) - Navya Tech",
      """Dear Candidate,

Greetings from Navya Tech!!

We are pleased to inform you that your profile has been shortlisted for the position of Customer Success Lead (Europe). Your first round of technical interview is scheduled as below:

Date: 26-Mar-2026
Time: 3:30 PM IST (12:00 CET)
Mode: Google Meet (link will be shared 1 hour prior)

Kindly revert with your confirmation along with your updated CV, current CTC and notice period at the earliest.

Thanks & Regards,
Ankit Sharma
Talent Acquisition | Navya Tech Solutions
+91 99000 12345""",
      company="Navya Tech Solutions", date="2026-03-23T12:30:00+05:30", charset="windows-1252"),

    m(INV, "fr_visio_ats", "fr", "Welcome to the Jungle <notifications@welcometothejungle.com>",
      "Atelier Nomade vous propose un entretien",
      """Bonjour Lucía,

Bonne nouvelle ! L'équipe d'Atelier Nomade souhaite échanger avec vous au sujet du poste Chargée de Partenariats Hôteliers.

Message de Sophie (Atelier Nomade) :
« Bonjour Lucía, votre parcours dans l'hôtellerie nous intéresse beaucoup. Seriez-vous disponible pour une visio de 30 min la semaine prochaine ? Vous pouvez réserver un créneau directement ici : https://cal.example.com/atelier-nomade/sophie »

Répondre à Sophie : sophie.garnier@ateliernomade.example.fr

L'équipe Welcome to the Jungle""",
      company="Atelier Nomade", contact="sophie.garnier@ateliernomade.example.fr", fmt="html",
      brand="Welcome to the Jungle", track="mail.welcometothejungle.com", date="2026-04-02T09:30:00+02:00"),

    m(INV, "dinamica_grupo_es_ett", "es", "Marina Cortés <marina.cortes@grupoimpulsa-rh.example.es>",
      "Citación dinámica de grupo - Azafata/o Congresos",
      """Hola Lucía,

Te confirmo que estás convocada a la dinámica de grupo para el proyecto de Coordinadores/as de Congresos de nuestro cliente en el recinto ferial (IFEMA).

📍 Calle Serrano 45, 3º izquierda, Madrid
📅 Jueves 9 de abril
🕙 10:00 (llega 10 minutos antes, por favor)

Trae DNI y CV impreso. Cualquier cosa me escribes o me llamas al 910 000 333.

Saludos,
Marina Cortés
Grupo Impulsa""",
      company="", date="2026-04-06T13:10:00+02:00"),

    m(INV, "de_formal_vorstellungsgespraech", "de", "Dr. Klaus Weidinger <k.weidinger@messe-nordbayern.example.de>",
      "Einladung zum Vorstellungsgespräch",
      """Sehr geehrte Frau Etxeberria-Montalvo,

vielen Dank für Ihre Bewerbung als Projektleiterin Internationale Gastveranstaltungen. Ihre Unterlagen haben uns überzeugt, und wir möchten Sie gern persönlich kennenlernen.

Wir laden Sie herzlich zu einem Vorstellungsgespräch am Dienstag, 21. April 2026, um 10:00 Uhr in unsere Räumlichkeiten (Messezentrum 1, 90471 Nürnberg, Verwaltungsgebäude, 4. OG) ein. Das Gespräch wird etwa 60 Minuten dauern.

Bitte bestätigen Sie uns den Termin kurz per E-Mail.

Mit freundlichen Grüßen

Dr. Klaus Weidinger
Bereichsleiter Gastveranstaltungen
Messe Nordbayern GmbH""",
      company="Messe Nordbayern", date="2026-04-09T14:14:00+02:00", charset="iso-8859-1"),

    m(INV, "es_gobierno_vasco_formal", "es", "Servicio de Selección - IVAP <hautaketa@ivap.example.eus>",
      "Proceso de selección interina - Técnico/a Superior de Turismo - Citación",
      """Estimada Sra. Etxeberria-Montalvo:

Por la presente se le cita para la realización de la entrevista personal correspondiente al proceso de selección de personal interino de Técnico/a Superior de Turismo del Gobierno Vasco.

Día: 28 de abril de 2026
Hora: 12:15
Lugar: Donostia-San Sebastián kalea 1, Vitoria-Gasteiz (Lakua II, planta baja, sala 3)

Deberá presentar el DNI original y el título homologado requerido en la convocatoria. La no comparecencia supondrá la exclusión del proceso.

Servicio de Selección
Instituto Vasco de Administración Pública""",
      company="Instituto Vasco de Administración Pública", date="2026-04-17T10:00:00+02:00", cte="quoted-printable"),

    m(INV, "en_canadian_casual_onsite", "en", "Liam Chen <liam@maplepath.example.ca>",
      "Following up",
      """Hey Lucía!

We loved our call on Monday. We'd love to move you to the next stage - a 60 min conversation with our VP Customer and a short presentation (15 mins) about how you'd onboard a new hotel chain onto Maplepath.

Are you free any time next Wed-Fri between 3 and 6pm your time? It'll be on Zoom.

Cheers,
Liam Chen
Talent Lead @ Maplepath
Toronto, ON""",
      company="Maplepath", date="2026-04-22T21:05:00-04:00"),

    m(INV, "smartrecruiters_es_entrevista_comite", "es", "Talde Rail Selección <empleo.noreply@smartrecruiters.com>",
      "Invitación a entrevista con el comité - Técnica de Gestión de Ingresos",
      """Hola Lucía,

Nos alegra comunicarte que has superado la prueba de conocimientos. Te invitamos a la entrevista con el comité de selección para la posición de Técnica de Gestión de Ingresos.

Reserva tu franja horaria aquí (disponible hasta el 8 de mayo): https://jobs.smartrecruiters.com/interview/slot/8821

Para cualquier duda, escribe a tu reclutadora: Itziar Mendia (imendia@taldrail.example.es).

Un saludo,
Talde Rail - Selección""",
      company="Talde Rail", contact="imendia@taldrail.example.es", fmt="alt", brand="Talde Rail",
      date="2026-05-04T08:40:00+02:00"),

    m(INV, "fr_geneve_ngo_panel", "fr", "Anne-Sophie Rochat <as.rochat@fondation-lac.example.ch>",
      "Entretien - Chargée de reporting durabilité",
      """Chère Madame,

Suite à l'examen de votre dossier, nous avons le plaisir de vous convier à un entretien avec notre jury (trois personnes), le lundi 18 mai à 14h00, par visioconférence (Zoom). L'entretien durera environ 45 minutes et sera suivi d'un court exercice écrit.

Je vous remercie de bien vouloir me confirmer votre présence d'ici vendredi.

Avec mes meilleures salutations,

Anne-Sophie Rochat
Responsable RH
Fondation du Lac pour le Climat, Genève""",
      company="Fondation du Lac pour le Climat", date="2026-05-08T15:50:00+02:00", fmt="alt"),

    m(INV, "mobile_es_quick_chat", "es", "Aitor Mendizabal <aitor@gastroteka.example.com>",
      "Re: Vi tu cv",
      """Hola lucia! Perdona la tardanza. Te puedo llamar mañana a las 12 para hablar del puesto de coordinadora de eventos? 10 min

Enviado desde mi iPhone""",
      company="Gastroteka", date="2026-05-13T20:02:00+02:00",
      quote=("es", "Lucía Etxeberria-Montalvo <lucia.etxeberria@example.es>",
             "Hola Aitor, te escribo por la oferta de coordinadora de eventos de Gastroteka que vi en Hosteltur. Te adjunto mi CV.\nUn saludo\nLucía"),
      in_reply_to="<lucia-gastroteka-0506@mail.example.es>"),

    m(INV, "personio_en_berlin_caseonsite", "en", "Personio <jobs-noreply@personio.de>",
      "Interview invitation: Operations Manager at Tripnest",
      """Dear Lucía,

Tripnest has invited you to an interview for the position Operations Manager (m/f/d).

When: Thursday, 28 May 2026, 11:00 - 12:30 (CEST)
Where: Tripnest HQ, Torstraße 140, 10119 Berlin
With: Katrin Vogel (COO), Ben Adeyemi (Ops Lead)

Please accept or decline the invitation using the button below.
[Accept] https://tripnest.jobs.personio.de/interview/accept/55aa
[Decline] https://tripnest.jobs.personio.de/interview/decline/55aa

This email was sent automatically. For questions contact katrin.vogel@tripnest.example.de.""",
      company="Tripnest", contact="katrin.vogel@tripnest.example.de", fmt="html", brand="Tripnest",
      track="tripnest.jobs.personio.de", date="2026-05-19T10:12:00+02:00",
      ics={"uid": "personio-interview-55aa@personio.de", "start": "20260528T090000Z", "end": "20260528T103000Z",
           "summary": "Interview Tripnest - Operations Manager", "location": "Torstraße 140, Berlin",
           "prodid": "-//Personio//Interview//EN"}, organizer="Katrin Vogel <katrin.vogel@tripnest.example.de>"),

    m(INV, "es_mx_usted_banco", "es", "Lic. Fernanda Ortiz <fortiz@grupofinanciero-anahuac.example.mx>",
      "Entrevista virtual - Analista de Procuración",
      """Buenas tardes Lic. Etxeberria:

Por medio del presente, le hago una cordial invitación para una entrevista virtual con el Gerente de Procuración, el Ing. Rodrigo Salas, el próximo martes 2 de junio a las 10:00 horas (hora del centro de México).

Agradeceré me confirme su asistencia a la brevedad para enviarle la liga de Teams.

Quedo a sus órdenes.

Lic. Fernanda Ortiz
Reclutamiento y Selección
Grupo Financiero Anáhuac
Tel. 55 1234 5678 ext. 210""",
      company="Grupo Financiero Anáhuac", date="2026-05-26T15:30:00-06:00", charset="windows-1252"),

    m(INV, "forwarded_by_hm_en", "en", "Declan Murphy <declan.murphy@emeraldfare.example.ie>",
      "Fwd: Lucía E. - CSM",
      """Hi Lucía, Sarah passed me your CV - I'm the hiring manager for the CSM role. Could you do a 30 min video call Tuesday at 4pm Irish time? Will send a Teams link once you confirm.

Declan

---------- Forwarded message ---------
From: Sarah Quinn <sarah.quinn@emeraldfare.example.ie>
Date: Mon, 1 Jun 2026 at 09:12
Subject: Lucía E. - CSM
To: Declan Murphy <declan.murphy@emeraldfare.example.ie>

Declan - good one for the CSM req, ex revenue manager in Bilbao, fluent EN/ES/FR. Worth a chat? S.""",
      company="Emerald Fare", date="2026-06-02T10:01:00+01:00"),

    m(INV, "fr_startup_toulouse_tu", "fr", "Hugo Lambert <hugo@pricewise-aero.example.fr>",
      "Prochaine étape",
      """Salut Lucía,

Merci pour ton test technique, c'était top ! On aimerait te faire rencontrer l'équipe à Toulouse pour un entretien final (une demi-journée : échange avec les fondateurs + déj avec l'équipe). Est-ce que le mardi 23 ou le jeudi 25 juin te conviendrait ?

On prend en charge le billet de train ou d'avion depuis Bilbao.

A+,
Hugo
Co-fondateur, Pricewise Aero""",
      company="Pricewise Aero", date="2026-06-12T18:18:00+02:00"),
]

RESCHEDULES = [
    m(RES, "es_move_day_casual", "es", "Irati Zabala <irati@kaixotravel.example.com>",
      "Cambio de hora",
      """Hola Lucía!

Perdona el lío: a Gorka (nuestro Head of CS) le ha surgido un viaje y no va a poder estar mañana a las 11. ¿Podríamos moverlo al viernes a la misma hora? Si no, dime qué te viene bien la semana que viene.

Mil perdones!
Irati""",
      company="Kaixo Travel", date="2026-01-29T18:40:00+01:00"),

    m(RES, "outlook_cancel_ics_es", "es", "Beatriz Olaizola <beatriz.olaizola@grupo-urbasa.example.com>",
      "Cancelada: Entrevista Lucía Etxeberria - Responsable de Cuentas Clave",
      """Buenos días, Lucía:

Lamento comunicarle que debemos anular la entrevista prevista para mañana martes a las 10:00 por una incidencia en la agenda del Director Comercial. Le escribiré en los próximos días para proponerle una nueva fecha.

Disculpe las molestias.

Beatriz Olaizola
Grupo Urbasa Alimentación""",
      company="Grupo Urbasa Alimentación", date="2026-02-09T08:05:00+01:00",
      ics={"method": "CANCEL", "sequence": 1, "uid": "040000008200E00074C5B7101A82E008-urbasa-0210",
           "start": "20260210T090000Z", "end": "20260210T094500Z",
           "summary": "Cancelada: Entrevista Lucía Etxeberria - Responsable de Cuentas Clave"}),

    m(RES, "en_postpone_hiring_manager_sick", "en", "Mateo Ruiz <mateo.ruiz@fieldstone.example.com>",
      "Re: Panel interview Thursday",
      """Hi Lucía,

Apologies for the short notice - one of the panelists is off sick, so we need to postpone Thursday's panel. I've reopened the scheduling link so you can pick a new slot next week: https://app.goodtime.io/schedule/c/9f3b2a71

Really sorry about this, and thanks for your flexibility.

Mateo""",
      company="Fieldstone Analytics", date="2026-02-11T17:20:00+00:00", in_reply_to="<goodtime-fieldstone-0202@goodtime.io>"),

    m(RES, "de_verschieben_formal", "de", "Mara Feldhaus <mara.feldhaus@velotaxi.example.de>",
      "Terminverschiebung Case-Interview",
      """Hallo Lucía,

leider muss ich unser Case-Interview am 19.02. verschieben – Felix ist an dem Tag kurzfristig auf einer Partnerkonferenz in Hamburg. Wie sieht es bei dir am 24. oder 25.02. aus, gleiche Uhrzeit?

Sorry für die Umstände!
Mara""",
      company="Velotaxi Mobility", date="2026-02-13T09:58:00+01:00", charset="iso-8859-1"),

    m(RES, "fr_report_entretien", "fr", "Julien Mercier <julien.mercier@bordeaux-vins.example.fr>",
      "Report de notre échange de jeudi",
      """Bonjour Madame Etxeberria-Montalvo,

Je suis contraint de décaler notre entretien téléphonique de jeudi 10h, étant retenu sur un salon à Düsseldorf toute la semaine. Pourrions-nous le reporter au mardi 10 mars, même horaire ?

Avec toutes mes excuses,

Julien Mercier
Maison Castelnau""",
      company="Maison Castelnau", date="2026-03-03T07:45:00+01:00", fmt="alt"),

    m(RES, "es_hotel_nueva_fecha_ics", "es", "Recursos Humanos Hoteles Mirador <rrhh@hotelesmirador.example.com>",
      "Modificación fecha entrevista 16/03",
      """Estimada Lucía:

Por motivos de agenda de la Dirección Comercial, nos vemos obligados a modificar la fecha de su entrevista presencial. La nueva cita queda fijada para el miércoles 18 de marzo a las 12:00 h, en el mismo lugar.

Le enviamos la convocatoria actualizada. Le rogamos confirme si le resulta posible.

Atentamente,
Departamento de Recursos Humanos
Hoteles Mirador""",
      company="Hoteles Mirador", date="2026-03-12T10:30:00+01:00",
      ics={"uid": "mirador-rm-palma-20260316@hotelesmirador.example.com", "sequence": 1,
           "start": "20260318T110000Z", "end": "20260318T120000Z", "summary": "Entrevista presencial - Revenue Manager (NUEVA FECHA)",
           "location": "Passeig Marítim 18, Palma", "prodid": "-//Google Inc//Google Calendar 70.9054//EN"}),

    m(RES, "en_indian_rescheduled_mail", "en", "Ankit Sharma <ankit.sharma@navyatech.example.in>",
      "RE: Interview Schedule - Customer Success Lead (Europe) - Navya Tech",
      """Dear Lucia,

Due to some unavoidable circumstances at panel end, your interview scheduled for today has been rescheduled to 27-Mar-2026 at 4:00 PM IST (12:30 CET). Same Google Meet link shall be used.

Inconvenience caused is regretted. Kindly acknowledge.

Thanks & Regards,
Ankit Sharma
Navya Tech Solutions""",
      company="Navya Tech Solutions", date="2026-03-26T10:05:00+05:30",
      quote=("outlook:Interview Schedule - Customer Success Lead (Europe) - Navya Tech", "Lucía Etxeberria-Montalvo <lucia.etxeberria@example.es>",
             "Dear Ankit,\n\nThank you. I confirm my availability for 26 March at 12:00 CET. Please find my updated CV attached.\n\nBest regards,\nLucía"),
      in_reply_to="<lucia-navya-0323@mail.example.es>"),

    m(RES, "es_ett_dinamica_cambio_sitio", "es", "Marina Cortés <marina.cortes@grupoimpulsa-rh.example.es>",
      "CAMBIO: dinámica jueves",
      """Hola de nuevo Lucía,

Ojo que la dinámica del jueves se pasa a las 16:30 y la hacemos en otra oficina: Calle Orense 12, 1ª planta (al lado de Nuevos Ministerios). Perdona el cambio de última hora, el cliente ha movido la agenda.

Confírmame que te va bien, porfa!

Marina""",
      company="", date="2026-04-07T19:25:00+02:00"),

    m(RES, "de_messe_absage_termin", "de", "Dr. Klaus Weidinger <k.weidinger@messe-nordbayern.example.de>",
      "AW: Einladung zum Vorstellungsgespräch",
      """Sehr geehrte Frau Etxeberria-Montalvo,

aufgrund einer kurzfristigen Vorstandssitzung muss ich unser Gespräch am 21. April leider absagen. Wir würden Ihnen stattdessen den 23. April, 14:00 Uhr, anbieten – alternativ gern auch als Videokonferenz.

Ich bitte die Umstände zu entschuldigen.

Mit freundlichen Grüßen
Klaus Weidinger""",
      company="Messe Nordbayern", date="2026-04-16T16:02:00+02:00", cte="quoted-printable",
      quote=("de", "Lucía Etxeberria-Montalvo <lucia.etxeberria@example.es>",
             "Sehr geehrter Herr Dr. Weidinger,\n\nherzlichen Dank für die Einladung. Den Termin am 21. April um 10:00 Uhr bestätige ich gern.\n\nMit freundlichen Grüßen\nLucía Etxeberria-Montalvo"),
      in_reply_to="<lucia-messe-0410@mail.example.es>"),

    m(RES, "en_cancel_vp_call", "en", "Liam Chen <liam@maplepath.example.ca>",
      "Need to cancel Thursday - sorry",
      """Hi Lucía,

Really sorry to do this - we need to cancel Thursday's call with our VP. She's been pulled into board prep all week. I'll come back with new times as soon as I have her calendar for next week, definitely not dropping the ball on this.

Liam""",
      company="Maplepath", date="2026-04-28T12:40:00-04:00"),

    m(RES, "es_mobile_retraso_llamada", "es", "Aitor Mendizabal <aitor@gastroteka.example.com>",
      "Re: Vi tu cv",
      """Lucia perdona, me ha surgido un proveedor. Lo pasamos a las 17h? te llamo yo

Enviado desde mi iPhone""",
      company="Gastroteka", date="2026-05-14T11:48:00+02:00", in_reply_to="<lucia-gastroteka-0513@mail.example.es>"),

    m(RES, "fr_geneve_decalage_jury", "fr", "Anne-Sophie Rochat <as.rochat@fondation-lac.example.ch>",
      "Modification de l'horaire de votre entretien",
      """Chère Madame,

Un membre du jury ayant un empêchement, nous devons décaler votre entretien du lundi 18 mai à 16h30 (au lieu de 14h00). Le lien Zoom reste inchangé.

En vous remerciant de votre compréhension,

Anne-Sophie Rochat
Fondation du Lac pour le Climat""",
      company="Fondation du Lac pour le Climat", date="2026-05-13T08:20:00+02:00", charset="iso-8859-1"),

    m(RES, "goodtime_en_reschedule_system", "en", "Emerald Fare Recruiting <notifications@goodtime.io>",
      "Your interview with Emerald Fare has been rescheduled",
      """Hi Lucía,

Your interview for Customer Success Manager has been rescheduled.

New time: Thursday, June 4, 2026, 4:00 PM - 4:30 PM (Europe/Dublin)
Previously: Tuesday, June 2, 2026, 4:00 PM - 4:30 PM
Interviewer: Declan Murphy

If the new time does not work, reply to this email.""",
      company="Emerald Fare", reply_to="Sarah Quinn <sarah.quinn@emeraldfare.example.ie>", fmt="html",
      brand="Emerald Fare", track="email.goodtime.io", date="2026-06-02T08:00:00+01:00"),

    m(RES, "es_public_aplazamiento", "es", "Servicio de Selección - IVAP <hautaketa@ivap.example.eus>",
      "Aplazamiento de entrevistas - Técnico/a Superior de Turismo",
      """Estimada Sra. Etxeberria-Montalvo:

Le comunicamos que, debido a la jornada de huelga convocada para el 28 de abril, las entrevistas personales del proceso de selección de Técnico/a Superior de Turismo quedan aplazadas. La nueva fecha se publicará en el tablón de anuncios y se le notificará por esta misma vía.

Servicio de Selección
Instituto Vasco de Administración Pública""",
      company="Instituto Vasco de Administración Pública", date="2026-04-24T13:00:00+02:00"),

    m(RES, "fr_toulouse_annule_voyage", "fr", "Hugo Lambert <hugo@pricewise-aero.example.fr>",
      "Re: Prochaine étape",
      """Hello Lucía,

Petit contretemps : on doit annuler la venue à Toulouse du 23, la moitié de l'équipe sera à Paris pour une levée de fonds. Plutôt que de te faire venir pour rien, on te propose de faire l'entretien final en visio jeudi 25 à 10h. Ça te va ?

Désolé pour le changement de plan !
Hugo""",
      company="Pricewise Aero", date="2026-06-17T12:12:00+02:00", in_reply_to="<lucia-pricewise-0613@mail.example.es>"),
]

MISSED = [
    m(MIS, "es_no_te_conectaste", "es", "Jon Ugarte <jon.ugarte@bizkaiasoft.example.com>",
      "Hoy 10:00",
      """Hola Lucía,

Te estábamos esperando Ainhoa y yo en la oficina a las 10:00 y no has aparecido. ¿Ha pasado algo? Te he llamado un par de veces al móvil sin respuesta.

Dime algo cuando puedas.
Jon""",
      company="Bizkaiasoft", date="2026-03-27T10:35:00+01:00"),

    m(MIS, "en_we_tried_calling", "en", "Rob Kennedy <rob.kennedy@bluecrestsearch.example.ie>",
      "Tried to call you",
      """Hi Lucia,

I tried calling you at 11 as agreed but it went straight to voicemail - hope all is ok! Are you still keen to have a chat about the Dublin role? Let me know a good time and I'll try again.

Rob""",
      company="", date="2026-01-29T11:20:00+00:00"),

    m(MIS, "en_teams_did_not_join", "en", "Northgate Airways Careers <northgate@myworkday.com>",
      "Your interview on 18 March",
      """Dear Lucía,

We note that you did not join the Microsoft Teams meeting scheduled for 14:00 GMT today for the Commercial Analyst - Network Pricing interview. The panel waited for 15 minutes.

If there were circumstances that prevented you from attending, please contact Aisha Bello (aisha.bello@northgate-airways.example.co.uk) within 48 hours. Otherwise we will assume you no longer wish to be considered.

Northgate Airways Resourcing""",
      company="Northgate Airways", contact="aisha.bello@northgate-airways.example.co.uk", fmt="html",
      brand="Northgate Airways", date="2026-03-18T15:02:00+00:00"),

    m(MIS, "fr_absence_entretien", "fr", "Sophie Garnier <sophie.garnier@ateliernomade.example.fr>",
      "Notre visio de ce matin",
      """Bonjour Lucía,

Je vous attendais ce matin à 10h pour notre visio mais je ne vous ai pas vue sur le lien. Peut-être un souci de connexion ou de calendrier ?

Si vous êtes toujours intéressée, n'hésitez pas à reprendre un créneau : https://cal.example.com/atelier-nomade/sophie

Belle journée,
Sophie
Atelier Nomade""",
      company="Atelier Nomade", date="2026-04-09T10:25:00+02:00"),

    m(MIS, "de_nicht_erschienen", "de", "Katrin Vogel <katrin.vogel@tripnest.example.de>",
      "Unser Termin heute um 11 Uhr",
      """Hallo Lucía,

wir hatten dich heute um 11 Uhr bei uns im Büro erwartet, leider bist du nicht erschienen und wir haben auch keine Absage bekommen. Ist alles in Ordnung?

Falls du weiterhin Interesse an der Position hast, melde dich bitte bis Ende der Woche bei mir.

Viele Grüße
Katrin Vogel
COO | Tripnest""",
      company="Tripnest", date="2026-05-28T12:10:00+02:00", charset="iso-8859-1", cte="base64"),

    m(MIS, "es_mx_no_se_presento", "es", "Lic. Fernanda Ortiz <fortiz@grupofinanciero-anahuac.example.mx>",
      "Entrevista de hoy",
      """Buenas tardes Lic. Etxeberria:

El Ing. Salas estuvo en la sala de Teams desde las 10:00 hrs. y no tuvimos conexión de su parte. Le marqué también al número de su CV sin éxito.

Le agradeceré me indique si desea reprogramar o si ya no le interesa continuar en el proceso.

Saludos cordiales,
Lic. Fernanda Ortiz
Grupo Financiero Anáhuac""",
      company="Grupo Financiero Anáhuac", date="2026-06-02T11:05:00-06:00"),

    m(MIS, "es_ett_no_viniste_dinamica", "es", "Marina Cortés <marina.cortes@grupoimpulsa-rh.example.es>",
      "No te vimos en la dinámica",
      """Hola Lucía,

Hoy no te hemos visto en la dinámica de las 16:30. Te he llamado al 6XX que tengo en tu ficha pero no lo cogías. Espero que estés bien.

Si sigue interesándote el proyecto, hay otra convocatoria el martes que viene; dime y te apunto.

Marina
Grupo Impulsa""",
      company="", date="2026-04-09T18:15:00+02:00"),

    m(MIS, "en_israeli_zoom_waited", "en", "Yael Cohen <yael@tabletrip.example.co.il>",
      "Missed you today",
      """Hi Lucia,

We had a Zoom scheduled at 15:00 CET for the Account Manager role but I didn't see you join - I waited about 20 minutes. No worries if something came up, these things happen.

If you'd like to reschedule, here's my calendar: https://calendly.com/yael-tabletrip/intro

Yael Cohen
Talent, TableTrip""",
      company="TableTrip", date="2026-07-07T16:30:00+03:00", fmt="alt"),

    m(MIS, "es_formal_inasistencia_cantabrico", "es", "Sonia Velarde <svelarde@naviera-cantabrica.example.es>",
      "Inasistencia a la entrevista telefónica",
      """Estimada Lucía:

Le escribo porque esta mañana, a la hora acordada (9:30 h), intentamos contactar con usted por teléfono para realizar la entrevista telefónica del puesto de Coordinadora de Grupos y Eventos a bordo, sin obtener respuesta.

Le agradecería que nos indicara si desea mantener su candidatura y, en tal caso, su disponibilidad para los próximos días.

Un saludo cordial,

Sonia Velarde
Dpto. de Personas
Naviera Cantábrica
Muelle de Maliaño s/n, Santander""",
      company="Naviera Cantábrica", date="2026-07-21T12:00:00+02:00", charset="windows-1252"),

    m(MIS, "es_latam_quedamos_esperando", "es", "Camila Restrepo <camila@rutaverde.example.co>",
      "Te esperamos en la llamada",
      """Hola Lucía,

Hoy a las 9 am te estábamos esperando con Santiago (nuestro CEO) en el Meet pero no logramos conectarnos contigo. ¿Todo bien? Quizá fue un tema del cambio de hora 🙈

Cuéntame si quieres que lo reagendemos.

Abrazo,
Camila
Ruta Verde""",
      company="Ruta Verde", date="2026-03-05T09:25:00-05:00"),
]

OFFERS = [
    m(OFR, "es_oferta_verbal_seguimiento", "es", "Jon Ugarte <jon.ugarte@bizkaiasoft.example.com>",
      "Lo hablado por teléfono",
      """Hola Lucía,

Como te he comentado por teléfono, ¡nos encantaría que te unieras al equipo de Customer Success de Bizkaiasoft! Te resumo la propuesta:

- Puesto: Customer Success Manager
- Salario: 38.000 € brutos anuales + 10% variable
- Modalidad: híbrida (2 días en Zamudio)
- Incorporación: 1 de mayo

En unos días te llega el contrato para firmar. Cualquier duda, me llamas.

¡Bienvenida (casi)!
Jon""",
      company="Bizkaiasoft", date="2026-04-08T17:02:00+02:00"),

    m(OFR, "en_offer_letter_attached", "en", "Priya Nair <priya.nair@orbitalstays.example.com>",
      "Offer of employment - Partner Success Manager (Spain)",
      """Dear Lucía,

Further to your conversations with Zoe and the team, I'm delighted to confirm that we would like to offer you the position of Partner Success Manager (Spain) at Orbital Stays.

Please find attached your offer letter, which sets out your salary, start date and benefits. We'd be grateful if you could review it and return a signed copy by Friday 10 April.

Any questions at all, just let me know - we're really excited about you joining.

Warm wishes,
Priya Nair
People Operations, Orbital Stays""",
      company="Orbital Stays", attach="Offer_Letter_Lucia_Etxeberria.pdf", date="2026-04-02T13:30:00+01:00"),

    m(OFR, "fr_promesse_embauche", "fr", "Maxime Perrot <maxime.perrot@voyelle.example.fr>",
      "Proposition d'embauche",
      """Bonjour Lucía,

Suite à nos échanges, j'ai le plaisir de te faire une proposition d'embauche pour le poste de Chargée de Partenariats (CDI, statut cadre), basé à Lyon avec 2 jours de télétravail par semaine, pour une rémunération annuelle brute de 42 000 €.

Tu trouveras la promesse d'embauche en pièce jointe. Peux-tu nous faire un retour d'ici mercredi ?

On a hâte de travailler avec toi !
Maxime
Voyelle""",
      company="Voyelle", attach="Promesse_embauche_Etxeberria.pdf", date="2026-06-19T18:00:00+02:00"),

    m(OFR, "de_vertragsangebot", "de", "Jonas von Rabe <jonas@reiseglueck.example.de>",
      "Dein Vertrag bei Reiseglück 🎉",
      """Hallo Lucía,

wie gestern am Telefon besprochen, freuen wir uns riesig, dir die Stelle als Partner Managerin Südeuropa anbieten zu können!

Im Anhang findest du deinen Arbeitsvertrag. Schau ihn dir in Ruhe an und schick ihn uns unterschrieben bis zum 15.07. zurück – gerne digital über den Link in DocuSign, den du gleich separat bekommst.

Willkommen an Bord (fast)!
Jonas""",
      company="Reiseglück", attach="Arbeitsvertrag_Etxeberria.pdf", date="2026-07-06T10:00:00+02:00"),

    m(OFR, "es_oferta_condicional_antecedentes", "es", "Recursos Humanos Hoteles Mirador <rrhh@hotelesmirador.example.com>",
      "Oferta de incorporación – Revenue Manager Palma",
      """Estimada Lucía:

Nos complace comunicarle que ha sido seleccionada para el puesto de Revenue Manager en Hoteles Mirador. La presente oferta queda condicionada a la entrega del certificado de antecedentes penales y de la documentación acreditativa de su titulación antes del 15 de abril.

Condiciones: contrato indefinido, retribución bruta anual de 45.000 €, incorporación prevista el 4 de mayo de 2026.

Le rogamos nos confirme su aceptación por escrito.

Atentament,
Departamento de Recursos Humanos
Hoteles Mirador""",
      company="Hoteles Mirador", attach="Carta_oferta_Mirador.pdf", date="2026-03-30T12:30:00+02:00",
      charset="iso-8859-1"),

    m(OFR, "en_canadian_pleased_to_offer", "en", "Liam Chen <liam@maplepath.example.ca>",
      "Good news!",
      """Hi Lucía,

I'm thrilled to let you know the team would like to offer you the Customer Success Manager, EMEA role! Our VP was super impressed with your onboarding presentation.

I'd love to walk you through the details (comp, equity, start date) on a call - are you free tomorrow at 4pm CET? The formal offer will come through DocuSign right after.

Congrats!!
Liam""",
      company="Maplepath", date="2026-05-12T09:10:00-04:00"),

    m(OFR, "es_latam_propuesta", "es", "Camila Restrepo <camila@rutaverde.example.co>",
      "Propuesta para ti 🌿",
      """Hola Lucía,

Después de las conversaciones con Santiago y el equipo, ¡queremos que seas nuestra Líder de Operaciones! Te comparto la propuesta formal en el PDF adjunto: contrato de prestación de servicios, 100% remoto, USD 3.200 mensuales.

Tómate unos días para revisarla y cualquier pregunta la hablamos.

¡Ojalá digas que sí!
Camila
Ruta Verde""",
      company="Ruta Verde", attach="Propuesta_RutaVerde_Lucia.pdf", date="2026-03-19T15:45:00-05:00"),

    m(OFR, "de_formal_zusage_uni", "de", "Personalabteilung Messe Nordbayern <personal@messe-nordbayern.example.de>",
      "Zusage – Projektleitung Internationale Gastveranstaltungen",
      """Sehr geehrte Frau Etxeberria-Montalvo,

wir freuen uns, Ihnen mitteilen zu können, dass wir Ihnen die Position der Projektleiterin Internationale Gastveranstaltungen anbieten möchten.

Den Arbeitsvertrag in zweifacher Ausfertigung senden wir Ihnen per Post zu. Wir bitten Sie, ein unterschriebenes Exemplar bis zum 22. Mai 2026 an uns zurückzusenden.

Mit freundlichen Grüßen

i. A. Petra Lindner
Personalabteilung
Messe Nordbayern GmbH""",
      company="Messe Nordbayern", date="2026-05-06T11:25:00+02:00", cte="quoted-printable"),

    m(OFR, "es_ett_oferta_contrato", "es", "Nerea Sáez <nerea.saez@talentiaplus.example.com>",
      "¡¡Te quieren!!",
      """Lucíaaaa!!

Me acaba de llamar el cliente (la consultora de Madrid) y quieren hacerte oferta para el puesto de Analista de Precios. Te cuento lo que me han pasado: 36K fijos + bonus, contrato indefinido desde el día 1 e incorporación en septiembre.

Te mando la propuesta por escrito esta tarde. ¿Hablamos a las 18h?

Nerea
Talentia Plus""",
      company="", date="2026-07-22T13:05:00+02:00"),

    m(OFR, "en_nigerian_offer_letter", "en", "Folake Adeyemi <folake.adeyemi@sahelpay.example.ng>",
      "Offer Letter - Partnerships Lead (Iberia)",
      """Dear Lucia,

Following the successful conclusion of your interviews, we are pleased to offer you the position of Partnerships Lead (Iberia) at SahelPay, on a remote basis.

Kindly find attached your offer letter detailing the terms and conditions of employment. Please sign and return a scanned copy within five (5) working days to signify your acceptance.

We look forward to having you on board.

Yours faithfully,
Folake Adeyemi
Head, People & Culture
SahelPay Limited, Lagos""",
      company="SahelPay", attach="SahelPay_Offer_Letter.pdf", date="2026-08-04T10:40:00+01:00", cte="base64"),
]

MESSAGES = INVITES + RESCHEDULES + MISSED + OFFERS
