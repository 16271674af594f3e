"""Interview invitations and employer reschedules/cancellations for the 78th corpus."""

from make_seventyeighth import M

_INVITES = [
    M("interview_invitation", "calendly_startup_mx", "es",
      "Daniela Pineda <daniela@kioskopay.example.mx>", "Kiosko Pay - siguiente paso",
      """Hola Valentina!

Gracias por aplicar a Product Designer en Kiosko Pay. Nos gustó mucho tu caso de onboarding para comercios.

Queremos platicar contigo 30 minutos por videollamada para conocerte mejor y contarte del equipo. Puedes elegir el horario que te acomode aquí:
https://calendly.com/kioskopay-daniela/30min

Cualquier duda me escribes.

Saludos!
Daniela Pineda
People & Culture · Kiosko Pay
55 5555 0123""",
      "2026-01-14T12:22:00-06:00", company="Kiosko Pay", contact="daniela@kioskopay.example.mx",
      fmt="alt", links=["https://calendly.com/kioskopay-daniela/30min"]),
    M("interview_invitation", "goodtime_bank_es", "es",
      "Banco Cantábrico <scheduling@goodtime.io>",
      "Invitación: elige tu horario para la entrevista con Banco Cantábrico",
      """Hola Valentina,

El equipo de Banca Digital de Banco Cantábrico quiere avanzar contigo en el proceso de Senior Product Designer.

El siguiente paso es una entrevista de 60 minutos con Nerea Albizu (Head of Design) y Javier Ruiz (Product Lead). Selecciona la franja que mejor te encaje antes del viernes:

https://app.goodtime.io/schedule/8f2a1c77e4

Si ninguna franja te funciona, responde a este correo y tu coordinadora te ayudará.

Gracias,
Laura Gil, coordinadora de entrevistas
Banco Cantábrico""",
      "2026-02-09T10:05:00+01:00", company="Banco Cantábrico",
      reply_to="Laura Gil <laura.gil@bancocantabrico.example.es>",
      contact="laura.gil@bancocantabrico.example.es", fmt="html",
      links=["https://app.goodtime.io/schedule/8f2a1c77e4"], logo="Banco Cantábrico"),
    M("interview_invitation", "consultora_phone_screen_mx", "es",
      "Lic. Arturo Villaseñor <avillasenor@ortizvillasenor.example.com.mx>",
      "Vacante Gerente de Experiencia Digital",
      """Buenas tardes Valentina:

Mi nombre es Arturo Villaseñor, de Ortiz & Villaseñor Consultores. Estamos apoyando a Grupo Cervecero del Valle en la búsqueda de un(a) Gerente de Experiencia Digital en Monterrey y su perfil nos pareció muy interesante.

¿Tendría disponibilidad para una entrevista telefónica de 20 minutos este jueves o viernes por la mañana? Le marcaría al número que aparece en su CV.

Quedo atento a sus comentarios.

Saludos cordiales,
Lic. Arturo Villaseñor
Socio Director
Ortiz & Villaseñor Consultores
Tel. 81 5555 7788""",
      "2026-02-17T16:40:00-06:00", company="Grupo Cervecero del Valle",
      contact="avillasenor@ortizvillasenor.example.com.mx"),
    M("interview_invitation", "charla_rapida_co", "es",
      "Juliana Restrepo <juliana.restrepo@domiexpress.example.co>", "Quick question",
      """Hola Valentina, ¿cómo estás?

Vi tu aplicación para Product Manager - Growth y me encantaría tener una charla rápida contigo, unos 20 min por Meet. ¿Tendrías un espacio mañana miércoles entre 2 y 5 pm hora Bogotá?

Quedo pendiente,
Juli

Juliana Restrepo | Talent Acquisition Lead
Domi Express""",
      "2026-03-03T18:10:00-05:00", company="Domi Express",
      contact="juliana.restrepo@domiexpress.example.co"),
    M("interview_invitation", "ayuntamiento_ics_teams", "es",
      "Servicio de Personal <personal@ayto-valencia.example.es>",
      "Convocatoria a entrevista personal - Técnico/a de Innovación Digital",
      """Estimada Sra. Ríos-Okoye:

En relación con el proceso de provisión del puesto de Técnico/a de Innovación Digital (ref. 2026/INN/07), se le cita a la fase de entrevista personal, que se celebrará por videoconferencia (Microsoft Teams) el día 24 de marzo de 2026 a las 11:00 horas (hora peninsular).

Se adjunta convocatoria en formato calendario. Deberá tener a mano su DNI o NIE para su identificación al inicio de la sesión.

Atentamente,

Servicio de Personal
Ajuntament de València""",
      "2026-03-12T13:00:00+01:00", company="Ajuntament de València",
      contact="personal@ayto-valencia.example.es", cs="iso-8859-1",
      ics={"summary": "Entrevista personal - Tecnico/a de Innovacion Digital (2026/INN/07)",
           "start": "20260324T100000Z", "end": "20260324T103000Z",
           "location": "Microsoft Teams", "organizer": "Servicio de Personal <personal@ayto-valencia.example.es>"}),
    M("interview_invitation", "vos_presentacion_caso", "es",
      "Martín Gorosito <martin@quebrachodigital.example.com.ar>", "Re: Product Designer - Quebracho",
      """Hola Valentina! Buenísimo lo que mandaste.

Nos encantaría pasarte a la siguiente etapa: te compartimos un caso corto (está adjunto en el mail anterior) y lo presentás vos en una videollamada de 45 min con Flor y conmigo. ¿Te va el jueves 9 a las 11 hs de Buenos Aires?

Avisame y te mando el link.

Abrazo,
Martín
Quebracho Digital""",
      "2026-04-06T11:47:00-03:00", company="Quebracho Digital",
      contact="martin@quebrachodigital.example.com.ar",
      quote={"style": "es", "who": "Valentina Ríos-Okoye <valentina.ro@example.mx>",
             "date": "2026-04-04T20:02:00-06:00",
             "text": "Hola Martín,\n\nTe comparto mi portafolio actualizado y el caso de la app de viajes que comentamos.\n\nSaludos,\nValentina"}),
    M("interview_invitation", "director_ics_google_pe", "es",
      "Carolina Paredes <cparedes@retailsolar.example.pe>",
      "Invitación: Entrevista con Gerente de Producto Digital @ vie 17 abr 2026 10am - 11am (PET)",
      """Estimada Valentina:

Como conversamos por teléfono, le envío la invitación para su entrevista con nuestro Director de Producto Digital, Ing. Fernando Málaga. La reunión será por Google Meet.

Le agradeceré confirmar su asistencia aceptando la invitación.

Saludos cordiales,

Carolina Paredes
Analista de Selección
Tiendas Solar
Lima, Perú""",
      "2026-04-13T09:20:00-05:00", company="Tiendas Solar", contact="cparedes@retailsolar.example.pe",
      ics={"uid": "5q1r8c0k2v7m3n9b4x6z@google.com",
           "summary": "Entrevista Valentina Rios-Okoye / Director de Producto Digital",
           "start": "20260417T150000Z", "end": "20260417T160000Z",
           "location": "https://meet.google.com/abc-defg-hij",
           "prodid": "-//Google Inc//Google Calendar 70.9054//EN"}),
    M("interview_invitation", "workable_self_schedule_cl", "es",
      "Cordillera Seguros <noreply@candidates.workablemail.com>",
      "Agenda tu entrevista para Diseñador/a de Servicios",
      """Hola Valentina,

¡Gracias por tu interés en Cordillera Seguros! Nos gustaría invitarte a una entrevista por videollamada para el cargo de Diseñador/a de Servicios (Santiago, híbrido).

Elige el día y la hora que prefieras en el siguiente enlace:
https://apply.workable.com/cordillera-seguros/j/8C1A9E/schedule

Saludos,
Equipo de Personas - Cordillera Seguros""",
      "2026-05-05T12:00:00-04:00", company="Cordillera Seguros", fmt="html",
      links=["https://apply.workable.com/cordillera-seguros/j/8C1A9E/schedule"],
      logo="Cordillera Seguros", foot="Enviado con Workable"),
    M("interview_invitation", "portfolio_review_bcn", "es",
      "Oriol Puig <oriol@estudiboreal.example.cat>", "portfolio review",
      """Hola Valentina,

Hemos visto tu portfolio y nos ha molado mucho el proyecto de la app de Renfe que hiciste con la agencia. ¿Te apetece venir el lunes a las 16h al estudio (c/ Pujades 77, Poblenou) a hacer una revisión de portfolio con el equipo? Si estás en Madrid lo hacemos por videollamada, sin problema.

Dime algo!
Oriol

--
Oriol Puig · Creative Director
Estudi Boreal · Barcelona""",
      "2026-05-14T10:31:00+02:00", company="Estudi Boreal", contact="oriol@estudiboreal.example.cat"),
    M("interview_invitation", "oracle_onsite_panel_mty", "es",
      "Aceros Regiomontanos <notificaciones@oraclecloud.example.com>",
      "Entrevista presencial - Panel | Solicitud 10293",
      """Estimada Valentina Ríos-Okoye:

Nos complace informarle que ha sido seleccionada para la etapa de entrevista presencial con el panel del área de Transformación Digital.

Fecha: martes 26 de mayo de 2026
Hora: 9:30 a 12:00 h (hora del centro)
Lugar: Torre Aceros, Av. Constitución 1500 Pte., piso 12, Monterrey, N.L.

Favor de presentarse 15 minutos antes con identificación oficial. En la recepción pregunte por la Lic. Mariana Cantú.

Para cualquier duda comuníquese con mariana.cantu@acerosreg.example.com.mx

Atentamente,
Aceros Regiomontanos - Desarrollo Organizacional

Favor de no responder a este correo.""",
      "2026-05-18T17:55:00-06:00", company="Aceros Regiomontanos", fmt="html", cte="quoted-printable",
      logo="Aceros Regiomontanos", foot="Oracle Recruiting Cloud"),
    M("interview_invitation", "headhunter_exclamations_es", "es",
      "Nacho Ferrán <nacho@foxandhill.example.es>", "¡¡Buenas noticias!!",
      """¡¡Hola Valentina!!

¡¡El cliente quiere conocerte!! 🎉 Viajes Alisios ha revisado tu CV y le ha encantado tu experiencia en apps de reservas.

Te proponen una videollamada con la Head of Product el martes 2 de junio a las 12:00 o el miércoles 3 a las 17:00. ¿Cuál te va mejor? ¡Dime cuanto antes que vuelan los huecos!

Y una cosita: ¿tienes ya el NIE o lo estás tramitando? Me lo van a preguntar seguro.

¡Un abrazo enorme!
Nacho
Fox & Hill · Executive Search
+34 600 555 321""",
      "2026-05-27T09:14:00+02:00", company="Viajes Alisios", contact="nacho@foxandhill.example.es"),
    M("interview_invitation", "gmail_chain_meet_confirm", "es",
      "Renata Ibarra <renata.ibarra@mercadomar.example.com>", "Re: Entrevista Service Designer",
      """Perfecto Valentina, entonces te esperamos el miércoles 10 a las 16h (CDMX) por Meet: https://meet.google.com/kxr-pqwe-tzn

Ahí vas a conocer a Diego (Research Lead) y a Fer (Ops). Dura 1 hora aprox.

Saludos!
Renata
MercadoMar | Talento & Cultura""",
      "2026-06-08T13:02:00-06:00", company="MercadoMar",
      contact="renata.ibarra@mercadomar.example.com",
      quote={"style": "gmail", "who": "Valentina Ríos-Okoye <valentina.ro@example.mx>",
             "date": "2026-06-08T11:40:00-06:00",
             "text": "Hola Renata,\n\nGracias! El miércoles 10 en la tarde me funciona perfecto. ¿Es presencial o por videollamada?\n\nSaludos,\nValentina"}),
    M("interview_invitation", "greenhouse_next_stage_en", "en",
      "Parcelly Recruiting <no-reply@greenhouse.io>", "Next steps with Parcelly!",
      """Hi Valentina,

Great news - the team really enjoyed your conversation with Maya, and we'd love to move you to the next stage of the process for Senior Product Manager, Marketplace.

Next up is a 45-minute product sense interview with Chris Olsen, our VP of Product. Please use the link below to pick a time that works for you:

https://app.greenhouse.io/scheduling/availability/7c91e2

Any questions, just reply to this email and it'll come to me.

Thanks,
Ben Hargreaves
Recruiting Coordinator, Parcelly""",
      "2026-02-25T14:40:00-05:00", company="Parcelly",
      reply_to="Ben Hargreaves <ben.hargreaves@parcelly.example.com>",
      contact="ben.hargreaves@parcelly.example.com", fmt="alt",
      links=["https://app.greenhouse.io/scheduling/availability/7c91e2"]),
    M("interview_invitation", "lever_quick_chat_toronto", "en",
      "Amira Haddad <amira@tidewateranalytics.example.ca>", "Tidewater Analytics - UX Research Lead",
      """Hi Valentina,

Thanks for applying to the UX Research Lead role! I'm the recruiter on the search.

Would you be free for a quick chat this week? Just 20-25 min on the phone or Zoom so I can tell you more about the team and hear what you're looking for. Thursday or Friday afternoon ET works best on my end.

Best,
Amira Haddad
Talent Partner | Tidewater Analytics
Toronto, ON""",
      "2026-03-09T10:18:00-04:00", company="Tidewater Analytics", contact="amira@tidewateranalytics.example.ca"),
    M("interview_invitation", "uk_agency_fab_news", "en",
      "Chloe Pennington <chloe@brightwaterrec.example.co.uk>", "Fab news!!",
      """Hi Valentina!!

Fab news - Ashdown Bank have come back and they'd love to meet you for a first-stage video interview for the Service Design Lead role!! 🙌

They've offered Tuesday 14th at 2pm UK time or Wednesday 15th at 10am UK time - let me know which works and I'll lock it in!!

Chat soon!!
Chloe x

Chloe Pennington | Principal Consultant - Digital
Brightwater Recruitment | 020 7946 0888

Brightwater Recruitment acts as an employment agency in relation to permanent vacancies.""",
      "2026-04-08T15:26:00+01:00", company="Ashdown Bank", contact="chloe@brightwaterrec.example.co.uk"),
    M("interview_invitation", "indian_kindly_confirm", "en",
      "Kalpana Infotech HR <hr.desk@kalpanainfotech.example.in>",
      "Interview Schedule || UX Designer || Kalpana Infotech",
      """Dear Candidate,

Greetings from Kalpana Infotech!!

With reference to your application, we are pleased to inform you that your profile has been shortlisted for the Technical Round of interview for the position of UX Designer (Remote).

Date : 22-Apr-2026
Time : 7:30 PM IST
Mode : MS Teams (link will be shared 1 hour prior)

Kindly confirm your availability by replying to this mail at the earliest.

Thanks & Regards,
Sneha Kulkarni
HR Executive | Kalpana Infotech
+91 80 5555 2211""",
      "2026-04-18T11:03:00+05:30", company="Kalpana Infotech", contact="hr.desk@kalpanainfotech.example.in",
      fmt="html", cs="windows-1252", foot="Kalpana Infotech Pvt Ltd, Pune"),
    M("interview_invitation", "swiss_pharma_ics_zoom", "en",
      "Lea Baumgartner <lea.baumgartner@brunnhof.example.ch>",
      "Invitation: Technical interview - Digital Product Owner",
      """Dear Valentina,

Following your conversation with our Talent team, I am happy to invite you to a technical interview for the Digital Product Owner position in our Basel office (hybrid).

The interview will take place via Zoom with Dr. Thomas Frei (Head of Digital Health) and myself. Please find the calendar invitation attached.

Kind regards,
Lea Baumgartner
Talent Acquisition Specialist
Brunnhof Pharma AG | Basel, Switzerland""",
      "2026-05-07T08:50:00+02:00", company="Brunnhof Pharma", contact="lea.baumgartner@brunnhof.example.ch",
      ics={"summary": "Technical interview - Digital Product Owner (V. Rios-Okoye)",
           "start": "20260512T130000Z", "end": "20260512T140000Z",
           "location": "https://zoom.us/j/9876543210"}),
    M("interview_invitation", "london_final_onsite", "en",
      "Hannah Doyle <hannah.doyle@pellucidbank.example.co.uk>", "Final round - 19 June",
      """Hi Valentina,

Congratulations on getting through to the final round! Here's the plan for Friday 19 June at our Shoreditch office:

10:00 - Portfolio presentation (45 min) with the design leadership team
11:00 - Collaboration exercise with two PMs
12:00 - Lunch with the team
13:00 - Values conversation with our COO

We'll reimburse reasonable travel. Please bring photo ID for reception. Also, could you confirm whether you'd need visa sponsorship to work in the UK?

See you then,
Hannah

Hannah Doyle | Senior Talent Partner
Pellucid Bank | 1 Curtain Road, London EC2A""",
      "2026-06-10T16:05:00+01:00", company="Pellucid Bank", contact="hannah.doyle@pellucidbank.example.co.uk",
      fmt="alt"),
    M("interview_invitation", "mobile_thurs_3pm", "en",
      "Sam Reyes <sam@quillpad.example.com>", "Re: PM role",
      """Can you do Thurs 3pm ET? 30 min w/ me and our CTO. I'll send a zoom

Sent from my iPhone""",
      "2026-07-07T22:14:00-04:00", company="Quillpad", contact="sam@quillpad.example.com",
      quote={"style": "gmail", "who": "Valentina Ríos-Okoye <valentina.ro@example.mx>",
             "date": "2026-07-07T12:01:00-06:00",
             "text": "Hi Sam,\n\nThanks for reaching out about the PM role at Quillpad, it sounds like a great fit. Happy to talk whenever works for you this week.\n\nBest,\nValentina"}),
    M("interview_invitation", "montreal_panel_ics", "en",
      "Olivier Gagnon <ogagnon@northstaraero.example.ca>", "Panel interview - Service Designer",
      """Hello Valentina,

Thank you for your time on the phone last week. We'd like to invite you to a panel interview with three members of our Customer Experience team on Tuesday, July 28 from 1:00 to 2:30 p.m. (Eastern).

The invitation is attached; the session will be on Microsoft Teams. You'll be asked to walk us through one project end to end.

Looking forward to it,

Olivier Gagnon
Manager, Customer Experience Design
Northstar Aerospace | Montréal""",
      "2026-07-20T11:30:00-04:00", company="Northstar Aerospace", contact="ogagnon@northstaraero.example.ca",
      ics={"uid": "040000008200E00074C5B7101A82E00800000000NSA2026072801@northstaraero.example.ca",
           "summary": "Panel interview - Service Designer - Valentina Rios-Okoye",
           "start": "20260728T170000Z", "end": "20260728T183000Z", "location": "Microsoft Teams Meeting"}),
    M("interview_invitation", "fr_entretien_telephonique", "fr",
      "Sophie Laurent <s.laurent@hotelslumiere.example.fr>", "Votre candidature - Responsable Expérience Client",
      """Bonjour Madame Ríos-Okoye,

Votre candidature au poste de Responsable Expérience Client Digitale a retenu toute notre attention.

Seriez-vous disponible pour un premier entretien téléphonique d'une trentaine de minutes la semaine prochaine ? Je vous propose mardi 10h ou jeudi 15h (heure de Paris).

Dans l'attente de votre retour, je vous souhaite une belle journée.

Bien cordialement,

Sophie Laurent
Chargée de recrutement
Groupe Hôtelier Lumière
01 55 55 04 21""",
      "2026-03-06T10:12:00+01:00", company="Groupe Hôtelier Lumière", contact="s.laurent@hotelslumiere.example.fr",
      cs="iso-8859-1"),
    M("interview_invitation", "fr_wttj_calendly_tu", "fr",
      "Inès Bouaziz <ines@ondine.example.fr>", "On aimerait te rencontrer 👋",
      """Hello Valentina,

Merci pour ta candidature via Welcome to the Jungle ! Ton parcours entre UX et produit nous parle beaucoup.

On aimerait te rencontrer pour un premier call de 30 min en visio. Tu peux réserver directement un créneau ici : https://calendly.com/ondine-ines/premier-echange

À très vite,
Inès
Talent @ Ondine""",
      "2026-05-19T09:45:00+02:00", company="Ondine", contact="ines@ondine.example.fr",
      fmt="alt", links=["https://calendly.com/ondine-ines/premier-echange"]),
    M("interview_invitation", "fr_swiss_directeur_ics", "fr",
      "Banque Rhône-Léman <rh@brl.example.ch>", "Convocation à un entretien",
      """Madame,

Suite à votre premier échange avec notre service des ressources humaines, nous avons le plaisir de vous convier à un entretien avec M. Pascal Favre, Directeur de la Transformation Digitale.

L'entretien aura lieu dans nos locaux, rue du Rhône 40, 1204 Genève, le mercredi 17 juin à 14h00. Vous trouverez l'invitation en pièce jointe.

Nous vous prions d'agréer, Madame, nos salutations distinguées.

Nathalie Rochat
Ressources Humaines
Banque Rhône-Léman""",
      "2026-06-05T15:20:00+02:00", company="Banque Rhône-Léman", contact="rh@brl.example.ch",
      ics={"summary": "Entretien - Directeur Transformation Digitale / V. Rios-Okoye",
           "start": "20260617T120000Z", "end": "20260617T130000Z",
           "location": "Rue du Rhone 40, 1204 Geneve"}),
    M("interview_invitation", "de_einladung_teams_ics", "de",
      "Katrin Vogel <katrin.vogel@nordlicht-versicherung.example.de>",
      "Einladung zum Vorstellungsgespräch – Product Owner Digital Sales",
      """Sehr geehrte Frau Ríos-Okoye,

vielen Dank für Ihre Bewerbung. Gerne möchten wir Sie persönlich kennenlernen und laden Sie herzlich zu einem Vorstellungsgespräch per Microsoft Teams ein.

Termin: Donnerstag, 11. Juni 2026, 15:00–16:00 Uhr (MESZ)
Gesprächspartner: Herr Dr. Schuster (Bereichsleiter Digital) und ich

Die Einladung finden Sie im Anhang. Bitte bestätigen Sie uns den Termin kurz per E-Mail.

Mit freundlichen Grüßen
Katrin Vogel
Recruiting
Nordlicht Versicherung AG · Hamburg""",
      "2026-06-01T11:08:00+02:00", company="Nordlicht Versicherung", contact="katrin.vogel@nordlicht-versicherung.example.de",
      ics={"summary": "Vorstellungsgespraech Product Owner Digital Sales - Rios-Okoye",
           "start": "20260611T130000Z", "end": "20260611T140000Z", "location": "Microsoft Teams-Besprechung"}),
    M("interview_invitation", "de_du_kennenlernen", "de",
      "Mia Hoffmann <mia@holzwerk.example.de>", "Kennenlernen?",
      """Hi Valentina,

danke für deine Bewerbung als Service Designerin bei uns! Dein Portfolio hat uns echt gefallen.

Hast du Lust auf ein kurzes Kennenlernen per Video (ca. 30 Min)? Such dir einfach hier einen Slot aus: https://holzwerk.recruitee.com/o/service-designer/schedule

Bis bald!
Mia
Holzwerk Studio · Köln""",
      "2026-08-12T14:02:00+02:00", company="Holzwerk Studio", contact="mia@holzwerk.example.de",
      fmt="html", links=["https://holzwerk.recruitee.com/o/service-designer/schedule"]),
]

_MOVES = [
    M("interview_reschedule_or_cancel", "mover_jueves_mx", "es",
      "Daniela Pineda <daniela@kioskopay.example.mx>", "Re: Entrevista Kiosko Pay",
      """Hola Vale, una disculpa!! A Sergio le surgió un viaje y no va a poder el jueves. ¿Podemos moverla al lunes 26 a la misma hora? Si no te queda, dime qué otro horario te funciona esa semana.

Gracias por la paciencia 🙏
Dani""",
      "2026-01-21T19:05:00-06:00", company="Kiosko Pay", contact="daniela@kioskopay.example.mx",
      quote={"style": "gmail", "who": "Daniela Pineda <daniela@kioskopay.example.mx>",
             "date": "2026-01-16T10:00:00-06:00",
             "text": "Hola Valentina, te confirmo la entrevista con Sergio (CPO) el jueves 22 a las 12:00.\n\nSaludos!\nDaniela Pineda\nPeople & Culture · Kiosko Pay"}),
    M("interview_reschedule_or_cancel", "cancelar_manana_reprogramar", "es",
      "Gabriela Nieto <gnieto@farmaciasaurora.example.com.mx>", "Entrevista de mañana",
      """Buenas tardes Valentina:

Lamentamos informarle que por una situación de agenda de la Dirección nos vemos en la necesidad de cancelar la entrevista programada para mañana miércoles a las 10:00.

En cuanto tengamos nueva disponibilidad le haremos llegar opciones para reprogramarla. Una disculpa por las molestias.

Saludos cordiales,
Gabriela Nieto
Reclutamiento y Selección
Farmacias Aurora""",
      "2026-02-10T17:40:00-06:00", company="Farmacias Aurora", contact="gnieto@farmaciasaurora.example.com.mx"),
    M("interview_reschedule_or_cancel", "ics_cancel_outlook_es", "es",
      "Álvaro Montes <alvaro.montes@iberiaexpresiones.example.es>",
      "Cancelado: Entrevista técnica - Product Designer",
      """Se ha cancelado esta reunión. Disculpa, Valentina, te escribo por separado con una nueva fecha.

Álvaro Montes
Lead Product Designer · Expresiones Digitales""",
      "2026-02-26T08:15:00+01:00", company="Expresiones Digitales",
      contact="alvaro.montes@iberiaexpresiones.example.es",
      ics={"method": "CANCEL", "status": "CANCELLED", "seq": 1,
           "uid": "040000008200E00074C5B7101A82E0080000000050A1B2C3D4E5F601@iberiaexpresiones.example.es",
           "summary": "Entrevista tecnica - Product Designer", "start": "20260227T100000Z",
           "end": "20260227T110000Z", "location": "Microsoft Teams"}),
    M("interview_reschedule_or_cancel", "ics_update_new_time_es", "es",
      "Carolina Paredes <cparedes@retailsolar.example.pe>",
      "Invitación actualizada: Entrevista con Gerente de Producto Digital @ lun 20 abr 2026 9am - 10am (PET)",
      """Estimada Valentina:

Por un cruce de agenda del Ing. Málaga, hemos tenido que mover su entrevista al lunes 20 de abril de 9:00 a 10:00 (hora de Lima). El enlace de Meet se mantiene.

Le agradeceré confirmar nuevamente.

Saludos,
Carolina Paredes
Analista de Selección - Tiendas Solar""",
      "2026-04-15T18:30:00-05:00", company="Tiendas Solar", contact="cparedes@retailsolar.example.pe",
      ics={"uid": "5q1r8c0k2v7m3n9b4x6z@google.com",
           "summary": "Entrevista Valentina Rios-Okoye / Director de Producto Digital", "seq": 1,
           "start": "20260420T140000Z", "end": "20260420T150000Z",
           "location": "https://meet.google.com/abc-defg-hij",
           "prodid": "-//Google Inc//Google Calendar 70.9054//EN"}),
    M("interview_reschedule_or_cancel", "vos_pasar_al_lunes", "es",
      "Martín Gorosito <martin@quebrachodigital.example.com.ar>", "cambio de día",
      """Valen, perdón el cambio a último momento: a Flor le cayó una reunión con inversores el jueves. ¿Podemos pasar la presentación del caso al lunes 13 a las 11 hs? Mismo link.

Abrazo
Martín""",
      "2026-04-07T20:44:00-03:00", company="Quebracho Digital",
      contact="martin@quebrachodigital.example.com.ar"),
    M("interview_reschedule_or_cancel", "universidad_cambio_fecha", "es",
      "Unidad de Selección de PDI y PTGAS <seleccion@upl.example.es>",
      "Modificación de fecha - entrevista plaza Técnico/a UX",
      """Estimada candidata:

Le informamos de que, por necesidades de la comisión de valoración, la entrevista correspondiente a la plaza de Técnico/a Superior de Experiencia de Usuario (convocatoria 14/2026), prevista para el 5 de mayo, queda aplazada al martes 12 de mayo de 2026 a las 12:30 horas, en la Sala de Juntas del Rectorado.

Rogamos confirme su asistencia respondiendo a este mensaje.

Un cordial saludo,

Unidad de Selección
Universidad Politécnica de Levante""",
      "2026-04-29T09:00:00+02:00", company="Universidad Politécnica de Levante",
      contact="seleccion@upl.example.es", cs="windows-1252", fmt="alt"),
    M("interview_reschedule_or_cancel", "agency_cliente_imprevisto_co", "es",
      "Santiago Mejía <smejia@andeshunters.example.co>", "Cambio entrevista Banco del Café",
      """Hola Valentina, buen día.

Te cuento que el gerente de Banco del Café tuvo un imprevisto y la entrevista de hoy a las 3 pm se corre para el viernes a la misma hora. Ya le confirmé que tú podías, si no es así me avisas porfa.

Mil gracias y disculpa el cambio,
Santiago Mejía
Consultor Senior | Andes Hunters
Cel. 310 555 4477""",
      "2026-06-16T08:12:00-05:00", company="Banco del Café", contact="smejia@andeshunters.example.co"),
    M("interview_reschedule_or_cancel", "goodtime_reprogramada_cl", "es",
      "Cordillera Seguros <scheduling@goodtime.io>", "Tu entrevista ha sido reprogramada",
      """Hola Valentina,

Tu entrevista con Cordillera Seguros para Diseñador/a de Servicios ha sido reprogramada.

Antes: jueves 14 de mayo, 10:00 - 11:00 (hora de Chile)
Ahora: viernes 15 de mayo, 15:00 - 16:00 (hora de Chile)

Entrevistadores: Ignacio Vial, Francisca Rojas
Enlace: https://meet.google.com/cor-dill-era

Si necesitas otro cambio, escribe a tu coordinadora Josefa Lagos (josefa.lagos@cordilleraseguros.example.cl).""",
      "2026-05-12T16:00:00-04:00", company="Cordillera Seguros", fmt="html"),
    M("interview_reschedule_or_cancel", "en_mobile_something_came_up", "en",
      "Sam Reyes <sam@quillpad.example.com>", "Re: PM role",
      """Hey - something came up w/ a customer, need to push our chat. Fri same time work?

Sent from my iPhone""",
      "2026-07-09T10:02:00-04:00", company="Quillpad", contact="sam@quillpad.example.com",
      quote={"style": "gmail", "who": "Sam Reyes <sam@quillpad.example.com>",
             "date": "2026-07-07T22:14:00-04:00",
             "text": "Can you do Thurs 3pm ET? 30 min w/ me and our CTO. I'll send a zoom\n\nSam Reyes | CEO | Quillpad"}),
    M("interview_reschedule_or_cancel", "greenhouse_cancelled_rebook", "en",
      "Parcelly Recruiting <no-reply@greenhouse.io>", "Interview cancelled: Product Sense with Chris Olsen",
      """Hi Valentina,

Unfortunately Chris has had to cancel your Product Sense interview scheduled for Tuesday, March 3 at 11:00 AM EST. We're sorry for the late notice.

Please choose a new time here: https://app.greenhouse.io/scheduling/availability/7c91e2-r1

Thanks for your flexibility,
Ben Hargreaves
Parcelly""",
      "2026-03-02T19:48:00-05:00", company="Parcelly",
      reply_to="Ben Hargreaves <ben.hargreaves@parcelly.example.com>",
      contact="ben.hargreaves@parcelly.example.com", fmt="html",
      links=["https://app.greenhouse.io/scheduling/availability/7c91e2-r1"]),
    M("interview_reschedule_or_cancel", "outlook_update_wed", "en",
      "Olivier Gagnon <ogagnon@northstaraero.example.ca>",
      "Updated: Panel interview - Service Designer",
      """Hi Valentina, one of the panelists is now travelling on the 28th, so I've moved the panel to Wednesday July 29, same time (1:00-2:30 p.m. Eastern). Updated invite attached. Sorry about that!

Olivier""",
      "2026-07-23T09:10:00-04:00", company="Northstar Aerospace", contact="ogagnon@northstaraero.example.ca",
      ics={"uid": "040000008200E00074C5B7101A82E00800000000NSA2026072801@northstaraero.example.ca",
           "summary": "Panel interview - Service Designer - Valentina Rios-Okoye", "seq": 2,
           "start": "20260729T170000Z", "end": "20260729T183000Z", "location": "Microsoft Teams Meeting"}),
    M("interview_reschedule_or_cancel", "indian_postponed", "en",
      "Kalpana Infotech HR <hr.desk@kalpanainfotech.example.in>", "RE: Interview Schedule || UX Designer",
      """Dear Valentina,

Due to unavoidable circumstances at the panel's end, your Technical Round scheduled on 22-Apr-2026 has been postponed. The revised schedule is 24-Apr-2026, 8:00 PM IST on MS Teams.

Inconvenience caused is deeply regretted. Kindly confirm the revised slot.

Thanks & Regards,
Sneha Kulkarni
HR Executive | Kalpana Infotech""",
      "2026-04-21T16:40:00+05:30", company="Kalpana Infotech", contact="hr.desk@kalpanainfotech.example.in"),
    M("interview_reschedule_or_cancel", "fr_report_entretien", "fr",
      "Sophie Laurent <s.laurent@hotelslumiere.example.fr>", "Report de notre entretien",
      """Bonjour Valentina,

Je suis navrée, je dois reporter notre entretien téléphonique prévu demain à 10h en raison d'un imprévu. Pourriez-vous plutôt vendredi à 11h, ou lundi à 14h ?

Avec toutes mes excuses,

Sophie Laurent
Chargée de recrutement - Groupe Hôtelier Lumière""",
      "2026-03-09T18:05:00+01:00", company="Groupe Hôtelier Lumière", contact="s.laurent@hotelslumiere.example.fr"),
    M("interview_reschedule_or_cancel", "de_terminverschiebung", "de",
      "Katrin Vogel <katrin.vogel@nordlicht-versicherung.example.de>",
      "Terminverschiebung: Ihr Vorstellungsgespräch am 11.06.",
      """Sehr geehrte Frau Ríos-Okoye,

leider muss Herr Dr. Schuster den Termin am Donnerstag kurzfristig absagen. Wir würden das Gespräch gerne auf Dienstag, 16. Juni, 10:00 Uhr verschieben. Passt Ihnen das?

Wir bitten um Ihr Verständnis.

Mit freundlichen Grüßen
Katrin Vogel
Nordlicht Versicherung""",
      "2026-06-09T12:20:00+02:00", company="Nordlicht Versicherung",
      contact="katrin.vogel@nordlicht-versicherung.example.de", cs="iso-8859-1"),
    M("interview_reschedule_or_cancel", "de_ics_abgesagt", "de",
      "Mia Hoffmann <mia@holzwerk.example.de>", "Abgesagt: Kennenlernen Holzwerk x Valentina",
      """Sorry Valentina, ich muss unseren Call morgen leider absagen (krank). Ich melde mich nächste Woche mit neuen Slots!

Mia""",
      "2026-08-18T07:45:00+02:00", company="Holzwerk Studio", contact="mia@holzwerk.example.de",
      ics={"method": "CANCEL", "status": "CANCELLED", "seq": 1,
           "summary": "Kennenlernen Holzwerk x Valentina", "start": "20260819T080000Z",
           "end": "20260819T083000Z", "location": "Google Meet",
           "prodid": "-//Google Inc//Google Calendar 70.9054//EN"}),
]

MESSAGES = _INVITES + _MOVES
