"""Corpus 269: `interview_invitation` (26), `interview_reschedule_or_cancel` (15) and
`missed_interview_notice` (10), hand-written."""

from __future__ import annotations

from msgs269_common import M, disclaimer, forwarded, outlook_block, reply, signature

AUTO = [("Auto-Submitted", "auto-generated")]

NURIA = ("Núria Vilaró", "nuria.vilaro@salatremula.example.es")
PRIYA = ("Priya Raman", "priya.raman@northgatehotels.example.co.uk")
JANA = ("Jana Köhler", "jana.koehler@spreeblick.example.de")
CAMILLE = ("Camille Roussel", "camille.roussel@lumieredoc.example.fr")
ARNAU = ("Arnau Ferrer", "arnau.ferrer@mardefons.example.cat")
JORDI = ("Jordi Puigdomènech | Laborea ETT", "jordi.puigdomenech@laborea.example.es")
OLIVER = ("Oliver Beaumont", "oliver@beaumontsearch.example.co.uk")
LUCIA = ("Lucía Ferrán", "lucia.ferran@cierzo.example.es")
MIREIA = ("Mireia Casals", "mireia.casals@teatretorrent.example.cat")

INVITATIONS = [
    # ------------------------------------------------------------------ Spanish (13)
    M(kind="interview_invitation", slug="tremula_free_thursday", lang="es",
      company="Sala Trémula", contact=NURIA[1], frm=NURIA, key="tremula-inv",
      reply_of="tremula-ack", subject="Re: Hemos recibido tu candidatura – Sala Trémula",
      date="2026-03-10 12:26 +0100", cte="8bit",
      text=f"""Hola Guillermo,

Soy Núria, de programación. He visto tu candidatura para la coordinación de producción y me ha llamado la atención lo de los festivales de tango en Buenos Aires.

¿Estás libre el jueves 12 sobre las 17:00 para charlar un rato aquí en la sala? Media hora, sin formalidades: te enseño el espacio y te cuento cómo trabajamos. Si no te va, dime otra tarde de esta semana.

Núria

{reply("es", "2026-03-02 09:14", "Sala Trémula", "no-reply@teamtailor-mail.com", '''Hola Guillermo:

Gracias por enviar tu candidatura a Coordinador/a de producción. La hemos recibido correctamente y el equipo la revisará en los próximos días.

Un saludo,
Sala Trémula''')}
"""),

    M(kind="interview_invitation", slug="laborea_client_brisa", lang="es",
      company="Hotel Brisa Diagonal", contact=JORDI[1], frm=JORDI, key="laborea-inv",
      subject="Entrevista con cliente: Hotel Brisa Diagonal (Coordinador/a de eventos)",
      date="2026-01-26 13:05 +0100", form="alt", layout="outlook",
      text=f"""Hola Guillermo:

¡Buenas noticias! He presentado tu perfil al Hotel Brisa Diagonal para la vacante de coordinador/a de eventos y quieren conocerte.

La entrevista sería el miércoles 28 de enero a las 11:00 en el propio hotel (Av. Diagonal 547, pregunta en recepción por Marta Soler, responsable de banquetes). Durará unos 45 minutos y te pedirán que les cuentes cómo organizarías una boda de 180 invitados en el salón principal.

Confírmame por favor antes de mañana a mediodía si puedes ir y te mando un par de consejos sobre el cliente.

Saludos cordiales,

Jordi Puigdomènech
Consultor de selección – Hostelería y eventos
Laborea ETT · Gran Via de les Corts Catalanes 612, 4º 1ª · 08007 Barcelona
T. +34 934 88 21 90 · M. +34 655 30 17 42

{disclaimer("es", "laborea.example.es")}
"""),

    M(kind="interview_invitation", slug="cierzo_lever_screen", lang="es",
      company="Producciones Cierzo", contact=LUCIA[1],
      frm=("Lucía Ferrán", "no-reply@hire.lever.co"), reply_to=LUCIA,
      name_enc=("iso-8859-1", "Q"), key="cierzo-inv",
      subject="Producciones Cierzo: reserva tu llamada con Lucía",
      date="2026-08-03 10:40 +0200", form="alt", layout="ats",
      layout_opts={"brand": "Producciones Cierzo", "color": "#5a3e85"},
      text="""Hola Guillermo,

Gracias por tu interés en el puesto de Jefe/a de producción de giras. Nos gustaría conocerte en una primera llamada de 30 minutos.

Elige el hueco que mejor te venga en este enlace:
https://hire.lever.co/interview-scheduling/cierzo/8f2d1c7a-44b0

Te llamaré al número que indicaste en tu candidatura. Si ninguno de los huecos te encaja, responde a este correo y buscamos otro.

Un saludo,
Lucía Ferrán
Talent Acquisition · Producciones Cierzo"""),

    M(kind="interview_invitation", slug="torrent_panel_ics", lang="es",
      company="Teatre del Torrent", contact=MIREIA[1], frm=MIREIA, key="torrent-inv",
      reply_of="torrent-own", subject="Convocatoria entrevista – Ayudante de producción",
      date="2026-03-02 16:20 +0100", form="alt", layout="outlook",
      ics={"method": "REQUEST", "uid": "torrent-2026-0309-gac@teatretorrent.example.cat",
           "seq": 0, "summary": "Entrevista Ayudante de producción – G. Adeyemi-Castro",
           "start": "2026-03-09 10:30 +0100", "end": "2026-03-09 11:30 +0100",
           "location": "Teatre del Torrent, sala de ensayo 2", "organizer": MIREIA,
           "attach": True},
      text="""Estimado Guillermo:

Gracias por su candidatura. Nos complace convocarle a una entrevista con el tribunal de selección (gerencia, dirección técnica y producción) el lunes 9 de marzo a las 10:30 en la sala de ensayo 2 del teatro.

Le adjuntamos la convocatoria para su calendario. Traiga, si puede, un ejemplo de hoja de ruta o de plan de producción que haya elaborado.

Le rogamos que confirme su asistencia respondiendo a la invitación.

Atentamente,

Mireia Casals i Roca
Gerencia – Teatre del Torrent
Carrer del Torrent de l'Olla 118 · 08012 Barcelona
Tel. 933 68 22 05
"""),

    M(kind="interview_invitation", slug="mardefons_phone_tuesday", lang="es",
      company="Festival Mar de Fons", contact=ARNAU[1], frm=ARNAU, key="mdf-inv",
      subject="Llamada para la plaza de jefe/a de escenario", date="2026-06-02 18:12 +0200",
      charset="iso-8859-1", cte="8bit",
      text="""Hola Guillermo,

Te escribo de parte del equipo de producción del Festival Mar de Fons. Nos ha gustado tu candidatura para jefe/a de escenario y nos gustaría hacerte una primera entrevista por teléfono el martes 9 de junio a las 10:00.

Te llamaré yo al +34 611 48 29 07. Si prefieres otra hora, contéstame y lo cambiamos sin problema.

Salut,
Arnau Ferrer
Producción · Festival Mar de Fons
Passeig del Mar 14, 17220 Sant Feliu de Guíxols
"""),

    M(kind="interview_invitation", slug="retiro_alto_assessment", lang="es",
      company="Hotel Retiro Alto", contact="elena.quintana@retiroalto.example.es",
      frm=("Elena Quintana", "elena.quintana@retiroalto.example.es"), key="retiro-inv",
      reply_of="retiro-ack", subject="Invitación: jornada de evaluación – Event Sales Coordinator",
      date="2026-05-26 09:48 +0200", form="alt", layout="simple", cte="base64",
      text="""Hola Guillermo:

Tras revisar tu candidatura, nos gustaría invitarte a nuestra jornada de evaluación para el puesto de Event Sales Coordinator.

Fecha: jueves 4 de junio
Hora: de 9:30 a 13:30
Lugar: Hotel Retiro Alto, salón Cibeles (C/ Alfonso XII 28, Madrid)

La jornada incluye una dinámica de grupo con otros cuatro candidatos, un role-play de venta con un cliente corporativo y una entrevista individual con la dirección comercial. No hace falta preparar nada; solo trae tu DNI/NIE para el acceso.

Confírmame tu asistencia respondiendo a este correo.

Un saludo,
Elena Quintana
HR Business Partner · Hotel Retiro Alto
+34 913 90 44 12"""),

    M(kind="interview_invitation", slug="sarau_trial_day", lang="es",
      company="Grup Sarau Events", contact="marc.roig@sarau.example.cat",
      frm=("Marc Roig", "marc.roig@sarau.example.cat"), key="sarau-inv",
      subject="¿Te animas a una jornada de prueba en Tarragona?",
      subj_enc=("utf-8", "B"), subj_full=True,
      date="2026-07-06 14:02 +0200",
      text="""Hola Guillermo,

Gracias por la conversación del viernes. Como te comenté, en Sarau preferimos ver a la gente trabajando antes de decidir, así que te propongo una jornada de prueba remunerada el sábado 18 de julio en la boda que montamos en la Masia Sant Pere (Constantí).

Entrarías a las 12:00 con el equipo de montaje y acabarías sobre las 2:00, después del baile. Estarías a mi lado coordinando proveedores y tiempos. Te pagamos la jornada a 120 € más el desplazamiento.

Dime si te encaja y te paso el escaleta.

Marc Roig
Director de producción · Grup Sarau Events
Rambla Nova 77, 43001 Tarragona · 977 21 39 50
"""),

    M(kind="interview_invitation", slug="muralla_meet_invite", lang="es",
      company="Hotel Muralla Girona", contact="laia.serra@hotelmuralla.example.es",
      frm=("Laia Serra", "laia.serra@hotelmuralla.example.es"), key="muralla-inv",
      subject="Invitación: Entrevista Responsable de Eventos @ jue 18 jun 2026 16:00 - 16:45",
      date="2026-06-10 11:00 +0200", form="alt", layout="simple",
      ics={"method": "REQUEST", "uid": "3k9v0muralla2026eventos@google.example.com",
           "seq": 0, "summary": "Entrevista Responsable de Eventos",
           "start": "2026-06-18 16:00 +0200", "end": "2026-06-18 16:45 +0200",
           "location": "https://meet.google.com/kxr-ptqa-mvd",
           "organizer": ("Laia Serra", "laia.serra@hotelmuralla.example.es"),
           "description": "Entrevista por videollamada con Laia Serra (RR. HH.) y Joan Batlle (director)."},
      text="""Hola Guillermo,

Te envío la invitación para la entrevista por videollamada del puesto de Responsable de Eventos. Estaremos Joan Batlle, director del hotel, y yo.

Entrevista Responsable de Eventos
jueves, 18 de junio de 2026 · 16:00 – 16:45
Zona horaria: Europa/Madrid
Enlace de videollamada: https://meet.google.com/kxr-ptqa-mvd

¿Asistirás? Sí - Quizás - No

Laia Serra
Recursos Humanos · Hotel Muralla Girona
Pujada de Sant Domènec 9, 17004 Girona · 972 41 86 30"""),

    M(kind="interview_invitation", slug="candil_call_tomorrow", lang="es",
      company="Agencia Candil Eventos", contact="pablo@candileventos.example.es",
      frm=("Pablo Lozano", "pablo@candileventos.example.es"), key="candil-inv",
      subject="lo de producción", date="2026-02-02 20:31 +0100",
      text="""Buenas Guillermo, soy Pablo de Candil. Me pasó tu CV Sofi Bertolini.

Estamos buscando a alguien para producción de bodas y eventos de empresa en Madrid y alrededores. ¿Te puedo llamar mañana por la mañana y hablamos 20 minutos? Dime una hora que te venga bien.

Pablo
"""),

    M(kind="interview_invitation", slug="compas_norte_in_person", lang="es",
      company="Compás Norte Producciones", contact="ramiro.iturbe@compasnorte.example.es",
      frm=("Ramiro Iturbe", "ramiro.iturbe@compasnorte.example.es"),
      cc=[("Sofi Bertolini", "sofia.bertolini@compasnorte.example.es")],
      key="compas-inv", reply_of="compas-own",
      subject="Re: Candidatura: Coordinador de producción", date="2026-03-09 10:15 +0100",
      charset="iso-8859-1", cte="quoted-printable",
      text="""Hola Guillermo:

Recibimos tu candidatura y nos gustaría que vinieras a la oficina a conocernos. ¿Te viene bien el martes 17 de marzo a las 12:00? Estamos en la calle del Ave María 31, 2º, en Lavapiés.

Estaremos Sofi (con quien ya has coincidido en alguna milonga, me dice) y yo. La conversación será sobre la gira de primavera y el trabajo de coordinación con los teatros.

Un saludo,
Ramiro Iturbe
Director · Compás Norte Producciones
Tel. 915 27 64 08
"""),

    M(kind="interview_invitation", slug="gebrada_teamtailor_schedule", lang="es",
      company="Fundació Gebrada", contact="",
      frm=("Fundació Gebrada", "no-reply@teamtailor-mail.com"), key="gebrada-inv",
      reply_of="gebrada-ack",
      subject="Fundació Gebrada te invita a una entrevista", date="2026-05-04 08:30 +0200",
      form="html", layout="ats", layout_opts={"brand": "Fundació Gebrada", "color": "#3c6e71",
                                            "footer": "Teamtailor · Este correo se ha enviado automáticamente."},
      headers=AUTO,
      text="""Hola Guillermo,

Queremos conocerte mejor. Te invitamos a una entrevista por videollamada de 45 minutos para el puesto de Técnico/a de programación y públicos.

Reserva la hora que prefieras aquí: https://fundaciogebrada.teamtailor.com/meetings/7Qw2pLx

Los horarios disponibles son del 11 al 14 de mayo, de 10:00 a 14:00.

¡Hasta pronto!
Equipo de la Fundació Gebrada"""),

    M(kind="interview_invitation", slug="halcon_client_zoom", lang="es",
      company="Halcón & Reyes Talent", contact="begona.reyes@halconreyes.example.es",
      frm=("Begoña Reyes", "begona.reyes@halconreyes.example.es"),
      name_enc=("utf-8", "B"), key="halcon-inv", reply_of="halcon-cold",
      subject="Re: Una posición que creo que te encaja", date="2026-06-03 12:44 +0200",
      text=f"""Hola Guillermo,

Genial que te interese. Ya he hablado con el cliente: quieren hacerte una entrevista por Zoom el miércoles 10 de junio a las 10:00 con su directora general y la responsable de RR. HH. Por confidencialidad todavía no te puedo dar el nombre; lo sabrás en la propia entrevista.

Enlace: https://zoom.example.us/j/84120593317 (código 269269)

Prepárate un caso de un evento grande que hayas producido de principio a fin, con cifras. Llámame mañana si quieres que lo repasemos.

Un abrazo,

{signature("Begoña Reyes", "Partner · Halcón & Reyes Talent", "Paseo de la Castellana 141, planta 9 · 28046 Madrid", "+34 910 55 83 20")}

{reply("es", "2026-05-27 08:03", "Guillermo Adeyemi-Castro", "guillermo.ac@example.ar", '''Hola Begoña, gracias por pensar en mí. Sí, me interesa mucho; cuéntame cómo seguimos.''')}
"""),

    M(kind="interview_invitation", slug="escenari_nou_forwarded", lang="es",
      company="Escenari Nou", contact="marta.gili@escenarinou.example.cat",
      frm=("Marta Gili", "marta.gili@escenarinou.example.cat"), key="escenari-inv",
      subject="RV: candidato producción – Guillermo", date="2026-09-09 17:20 +0200",
      cte="base64",
      text=f"""Hola Guillermo, te reenvío lo que me escribió nuestra directora después de leer tu carta. Como ves, le encantó.

¿Podrías venir a Girona el martes 15 a las 11:00 para una entrevista con ella y conmigo? Estamos en el teatro, entrada por la calle lateral. Si te viene mejor por videollamada, también podemos.

Marta Gili
Coordinación · Escenari Nou
Plaça del Vi 3, 17004 Girona

{forwarded("es", "Carme Oliveras <carme.oliveras@escenarinou.example.cat>", "lun, 7 sept 2026, 22:10", "candidato producción", "Marta Gili <marta.gili@escenarinou.example.cat>", '''Marta, el argentino del tango tiene justo lo que buscamos para el ciclo de danza. Llámalo y que venga esta semana o la otra. No lo dejemos escapar.

C.''')}
"""),

    # ------------------------------------------------------------------ English (6)
    M(kind="interview_invitation", slug="northgate_panel_ics", lang="en",
      company="Northgate Hotel Group", contact=PRIYA[1], frm=PRIYA, key="ng-inv",
      reply_of="ng-ack",
      subject="Interview invitation: Events Operations Manager - panel interview",
      date="2026-02-03 15:02 +0000", form="alt", layout="outlook",
      layout_opts={"lang": "EN-GB"},
      ics={"method": "REQUEST", "uid": "040000008200E00074C5B7101A82E0080000000049D8@northgate",
           "seq": 0, "summary": "Panel interview - Events Operations Manager",
           "start": "2026-02-11 14:00 +0000", "end": "2026-02-11 15:00 +0000",
           "location": "Northgate Kings Cross, 3rd floor boardroom", "organizer": PRIYA,
           "cte": "base64"},
      text="""Dear Guillermo,

Thank you for your application for Events Operations Manager. I'm pleased to invite you to a panel interview at Northgate Kings Cross on Wednesday 11 February, 14:00-15:00.

The panel will be:
- Priya Raman, Talent Acquisition Partner
- Declan Moore, Director of Events
- Sabine Auer, Operations Manager

Please prepare a 10-minute presentation on how you would launch a weekly cultural evening in one of our hotel bars. A screen and HDMI connection will be available.

I've attached a calendar invitation; please accept it to confirm.

Kind regards,
Priya Raman
Talent Acquisition Partner | Northgate Hotel Group
1 Pancras Square, London N1C 4AG | +44 20 7946 0118"""),

    M(kind="interview_invitation", slug="copperhouse_greenhouse_schedule", lang="en",
      company="The Copperhouse Theatre", contact="hannah.okafor@copperhouse.example.co.uk",
      frm=("Hannah Okafor via Greenhouse", "no-reply@us.greenhouse-mail.io"),
      reply_to=("Hannah Okafor", "hannah.okafor@copperhouse.example.co.uk"),
      key="copper-inv", subject="Interview Availability: Events Producer at The Copperhouse Theatre",
      date="2026-04-20 11:11 +0100", form="alt", layout="ats",
      layout_opts={"brand": "The Copperhouse Theatre", "color": "#8a4b2a"},
      text="""Hi Guillermo,

Thanks for applying for the Events Producer role. We'd love to set up a 45-minute video interview with me and our Head of Programming, Rafe Lindqvist.

Please let us know your availability using the link below:
https://app.greenhouse.io/scheduling/availability/ab71f3c90e

Once we have your times, you'll receive a Zoom invitation.

Best,
Hannah"""),

    M(kind="interview_invitation", slug="beaumont_sets_ravelin", lang="en",
      company="Ravelin Festival", contact=OLIVER[1], frm=OLIVER, key="ravelin-inv",
      reply_of="ravelin-cold", subject="Re: Festival production role - London",
      date="2026-07-08 09:37 +0100",
      text=f"""Morning Guillermo,

Great news: I sent your profile over to Ravelin Festival and their Festival Director, Imogen Clarke, would like to meet you. She's proposing Tuesday 14 July at 3pm at their office in Deptford (Unit 4, Creekside Yard, SE8 4RU). Allow an hour.

They'll want to talk through how you'd run the artist village and the late-night stage, and your thoughts on how to bring a more international audience. I'll call you on Monday to prep.

Can you confirm 3pm works?

Best,
Oliver

Oliver Beaumont | Founder
Beaumont Search - Live Events & Culture
+44 7700 900 733

{reply("en", "2026-07-02 18:22", "Guillermo Adeyemi-Castro", "guillermo.ac@example.ar", '''Hi Oliver,

Thanks for reaching out. I'm definitely interested in hearing more about festival production roles in London. Happy to talk.

Guillermo''')}
"""),

    M(kind="interview_invitation", slug="marlowe_free_to_chat", lang="en",
      company="Marlowe Yard", contact="zoe@marloweyard.example.co.uk",
      frm=("Zoe Pettifer", "zoe@marloweyard.example.co.uk"), key="marlowe-inv",
      reply_of="marlowe-own", subject="Re: Application - Events & Programming Coordinator",
      date="2026-09-29 16:58 +0100",
      text=f"""Hey Guillermo,

Loved your application, especially the bit about running a milonga in a car park. Are you free Thursday to chat? I could do 11ish on a video call, or if you happen to be in London, come by the Yard for a coffee.

Zoe

Zoe Pettifer
Programming Lead, Marlowe Yard
Arch 112, Marlowe Road, London SE1 6HY

{reply("en", "2026-09-22 09:30", "Guillermo Adeyemi-Castro", "guillermo.ac@example.ar", '''Dear Marlowe Yard team,

Please find attached my CV for the Events & Programming Coordinator position. I'm a tango teacher and event producer based in Barcelona, relocating to London this winter.

Kind regards,
Guillermo Adeyemi-Castro''')}
"""),

    M(kind="interview_invitation", slug="quayside_workable_video", lang="en",
      company="Quayside Live", contact="", frm=("Quayside Live", "noreply@workablemail.com"),
      key="quayside-inv", subject="Quayside Live would like to interview you",
      date="2026-10-01 13:10 +0000", form="html", layout="ats", cte="quoted-printable",
      layout_opts={"brand": "Quayside Live", "color": "#ff6b35",
                  "footer": "This email was sent by Workable on behalf of Quayside Live."},
      ics={"method": "REQUEST", "uid": "wk-quayside-5519-video@workablemail.com", "seq": 0,
           "summary": "Video interview - Quayside Live - Live Events Coordinator",
           "start": "2026-10-08 10:00 +0100", "end": "2026-10-08 10:45 +0100",
           "location": "Online (link in email)",
           "organizer": ("Quayside Live", "noreply@workablemail.com")},
      headers=AUTO,
      text="""Hi Guillermo,

Congratulations! You have been shortlisted for the Live Events Coordinator role and we would like to invite you to a video interview on Thursday 8 October at 10:00 (UK time).

Before the interview, please complete the short case study in your candidate portal (about 30 minutes).

Join the interview: https://apply.workable.com/quayside-live/video/q8L2xR

Good luck!
Quayside Live Talent Team"""),

    M(kind="interview_invitation", slug="kiezwerk_english_berlin", lang="en",
      company="Kiezwerk Studios", contact="mads.lindgren@kiezwerk.example.de",
      frm=("Mads Lindgren", "mads.lindgren@kiezwerk.example.de"), key="kiezwerk-inv",
      subject="Interview for Event Producer (English-speaking team)",
      date="2026-08-11 10:02 +0200", form="alt", layout="simple",
      text="""Hi Guillermo,

Thanks for your application to Kiezwerk Studios. Our team works in English, so no worries about your German.

We'd like to invite you to a first interview over Microsoft Teams on Tuesday 18 August at 15:00 Berlin time with me and our production lead, Ayşe Demir. It will take around 40 minutes.

Teams link: https://teams.example.com/l/meetup-join/kiezwerk-event-producer

Please confirm by replying to this email.

Cheers,
Mads Lindgren
Studio Manager | Kiezwerk Studios GmbH
Lohmühlenstraße 65, 12435 Berlin"""),

    # ------------------------------------------------------------------ French (4)
    M(kind="interview_invitation", slug="lumiere_visio_ics", lang="fr",
      company="Agence Lumière d'Oc", contact=CAMILLE[1], frm=CAMILLE, key="lum-inv",
      subject="Invitation à un entretien – Chef de projet événementiel",
      date="2026-05-05 10:32 +0200", form="alt", layout="outlook",
      layout_opts={"lang": "FR"},
      ics={"method": "REQUEST", "uid": "lumiere-oc-entretien-gac-20260512",
           "seq": 0, "summary": "Entretien Chef de projet événementiel",
           "start": "2026-05-12 14:00 +0200", "end": "2026-05-12 15:00 +0200",
           "location": "Microsoft Teams", "organizer": CAMILLE},
      text="""Bonjour Guillermo,

Suite à votre candidature pour le poste de chef de projet événementiel, nous souhaiterions vous rencontrer en visio le mardi 12 mai à 14h00.

L'entretien se déroulera avec moi-même et notre directeur associé, Bastien Cros. Nous parlerons de votre expérience en production de spectacles et de nos projets pour les séminaires d'entreprise de la rentrée.

Vous trouverez l'invitation Teams ci-jointe. Merci de me confirmer votre disponibilité.

Bien cordialement,

Camille Roussel
Responsable RH – Agence Lumière d'Oc
8 boulevard Sarrail, 34000 Montpellier
04 67 02 55 18"""),

    M(kind="interview_invitation", slug="lumiere_new_date", lang="fr",
      company="Agence Lumière d'Oc", contact=CAMILLE[1], frm=CAMILLE, key="lum-inv2",
      reply_of="lum-cancel", subject="Nouvelle date pour notre entretien",
      date="2026-05-13 09:05 +0200", cte="quoted-printable",
      text="""Bonjour Guillermo,

Comme promis, je reviens vers vous. Bastien est rentré et nous vous proposons de nous rencontrer directement à l'agence, à Montpellier, le jeudi 21 mai à 10h30. Si le déplacement depuis Barcelone est compliqué, nous pouvons bien sûr garder la visio.

Pouvez-vous me dire ce qui vous convient le mieux ?

Belle journée,
Camille

Camille Roussel
Responsable RH – Agence Lumière d'Oc
"""),

    M(kind="interview_invitation", slug="arceaux_entretien_sur_place", lang="fr",
      company="Théâtre des Arceaux", contact="helene.marchetti@arceaux.example.fr",
      frm=("Hélène Marchetti", "helene.marchetti@arceaux.example.fr"), key="arceaux-inv",
      reply_of="arceaux-ack", subject="Convocation à un entretien – régisseur d'accueil",
      date="2026-03-16 15:44 +0100", charset="windows-1252", cte="quoted-printable",
      text=f"""Bonjour Monsieur Adeyemi-Castro,

Votre candidature a retenu toute notre attention. Nous vous proposons un entretien au théâtre le mardi 24 mars à 10h, avec la directrice technique et moi-même. Il sera suivi d'une courte visite du plateau et des loges.

Merci de me confirmer votre venue par retour de mail.

Bien cordialement,

Hélène Marchetti
Administratrice de production
Théâtre des Arceaux – 12 rue des Arceaux, 34000 Montpellier

{reply("fr", "2026-03-03 11:02", "Hélène Marchetti", "helene.marchetti@arceaux.example.fr", '''Bonjour,

Nous avons bien reçu votre candidature et vous en remercions. Nous reviendrons vers vous rapidement.''')}
"""),

    M(kind="interview_invitation", slug="interim_occitanie_castelviel", lang="fr",
      company="Domaine de Castelviel", contact="sandrine.pujol@interim-occitanie.example.fr",
      frm=("Sandrine Pujol", "sandrine.pujol@interim-occitanie.example.fr"),
      key="castelviel-inv", reply_of="occitanie-ack",
      subject="Entretien client : Domaine de Castelviel (coordinateur mariages)",
      date="2026-09-02 11:50 +0200", form="alt", layout="outlook", layout_opts={"lang": "FR"},
      text=f"""Bonjour Guillermo,

Le Domaine de Castelviel, près de Pézenas, recherche un coordinateur pour les mariages et séminaires de fin de saison, et votre profil les intéresse.

Ils vous proposent un entretien sur place le mercredi 9 septembre à 15h avec Mme Vidal, la propriétaire. Je vous accompagnerai pour la présentation.

Pouvez-vous me confirmer aujourd'hui ? Je vous envoie ensuite l'adresse exacte et le plan d'accès.

Cordialement,

Sandrine Pujol
Chargée de recrutement – Intérim Occitanie Spectacle
22 avenue de Toulouse, 34070 Montpellier · 04 67 99 31 20

{disclaimer("fr")}
"""),

    # ------------------------------------------------------------------ German (3)
    M(kind="interview_invitation", slug="spreeblick_teams", lang="de",
      company="Spreeblick Events", contact=JANA[1], frm=JANA, key="spree-inv",
      reply_of="spree-ack", name_enc=("utf-8", "B"),
      subject="Einladung zum Vorstellungsgespräch – Projektleiter Live-Events",
      date="2026-04-14 09:20 +0200", form="alt", layout="outlook", layout_opts={"lang": "DE"},
      ics={"method": "REQUEST", "uid": "spreeblick-vg-adeyemi-0421", "seq": 0,
           "summary": "Vorstellungsgespräch G. Adeyemi-Castro",
           "start": "2026-04-21 11:00 +0200", "end": "2026-04-21 12:00 +0200",
           "location": "Microsoft Teams-Besprechung", "organizer": JANA},
      text="""Sehr geehrter Herr Adeyemi-Castro,

vielen Dank für Ihre Bewerbung. Wir möchten Sie gerne näher kennenlernen und laden Sie zu einem Vorstellungsgespräch per Microsoft Teams ein:

Dienstag, 21. April 2026, 11:00 – 12:00 Uhr

Am Gespräch nehmen neben mir unser Head of Production, Malte Jessen, teil. Das Gespräch kann gern auf Englisch stattfinden.

Bitte nehmen Sie die beigefügte Einladung an oder geben Sie mir kurz Bescheid, falls der Termin nicht passt.

Mit freundlichen Grüßen
Jana Köhler
People & Culture
Spreeblick Events GmbH · Schlesische Str. 28 · 10997 Berlin
Tel. +49 30 2345 6781

Spreeblick Events GmbH · Sitz: Berlin · Amtsgericht Charlottenburg HRB 123456 B"""),

    M(kind="interview_invitation", slug="ackerhof_probetag", lang="de",
      company="Kulturhaus Ackerhof", contact="friederike.wendt@ackerhof.example.de",
      frm=("Friederike Wendt", "friederike.wendt@ackerhof.example.de"), key="acker-inv",
      subject="Probearbeitstag Veranstaltungstechnik/Produktion", date="2026-09-01 14:15 +0200",
      charset="iso-8859-1", cte="quoted-printable",
      ics={"method": "REQUEST", "uid": "ackerhof-probetag-2026-09-10", "seq": 0,
           "summary": "Probearbeitstag Produktion (G. Adeyemi-Castro)",
           "start": "2026-09-10 10:00 +0200", "end": "2026-09-10 18:00 +0200",
           "location": "Kulturhaus Ackerhof, Ackerstraße 170, Berlin",
           "organizer": ("Friederike Wendt", "friederike.wendt@ackerhof.example.de")},
      text="""Hallo Herr Adeyemi-Castro,

nach unserem Telefonat würden wir Sie gerne zu einem bezahlten Probearbeitstag einladen: Donnerstag, 10. September, von 10 bis 18 Uhr. An dem Tag bauen wir die Bühne für das Tanzfestival auf, Sie würden mit unserem Produktionsteam mitlaufen und abends beim Einlass helfen.

Bitte bringen Sie feste Schuhe mit. Treffpunkt ist der Künstlereingang im Hof.

Viele Grüße
Friederike Wendt
Leitung Produktion, Kulturhaus Ackerhof
Ackerstraße 170, 10115 Berlin
"""),

    M(kind="interview_invitation", slug="nachtfalter_telefonat", lang="de",
      company="Festival Nachtfalter", contact="tobias.brandt@nachtfalter.example.de",
      frm=("Tobias Brandt", "tobias.brandt@nachtfalter.example.de"), key="nacht-inv",
      subject="Kurzes Telefonat? Künstlerbetreuung Nachtfalter", date="2026-05-19 13:31 +0200",
      text="""Hallo Guillermo,

danke für deine Bewerbung für die Künstlerbetreuung! Hast du Donnerstag Zeit für ein kurzes Telefonat? So gegen 16 Uhr wäre super, 20 bis 30 Minuten. Ich würde dich einfach anrufen.

Liebe Grüße
Tobias
"""),
]

RESCHEDULES = [
    # ------------------------------------------------------------------ Spanish (7)
    M(kind="interview_reschedule_or_cancel", slug="tremula_move_to_friday", lang="es",
      company="Sala Trémula", contact=NURIA[1], frm=NURIA, key="tremula-move",
      reply_of="tremula-inv", subject="Re: Re: Hemos recibido tu candidatura – Sala Trémula",
      date="2026-03-11 18:40 +0100", cte="8bit",
      text=f"""Guillermo, perdona el lío: mañana jueves al final tenemos prueba de sonido de la banda del fin de semana y no voy a poder atenderte. ¿Lo pasamos al jueves siguiente, día 19, a la misma hora? Si no, el viernes 13 por la mañana también me va.

Núria

{reply("es", "2026-03-10 12:26", "Núria Vilaró", "nuria.vilaro@salatremula.example.es", '''¿Estás libre el jueves 12 sobre las 17:00 para charlar un rato aquí en la sala? Media hora, sin formalidades: te enseño el espacio y te cuento cómo trabajamos.''')}
"""),

    M(kind="interview_reschedule_or_cancel", slug="cierzo_confirm_new_slot", lang="es",
      company="Producciones Cierzo", contact=LUCIA[1], frm=LUCIA, key="cierzo-move",
      name_enc=("iso-8859-1", "Q"), reply_of="cierzo-own-req",
      subject="Re: Cambio de hora llamada – Jefe/a de producción de giras",
      date="2026-08-05 09:02 +0200",
      text=f"""Hola Guillermo:

Sin problema. He cancelado la llamada del jueves a las 10:00 y la he movido al viernes 7 de agosto a las 16:30, como proponías. Te llegará una nueva confirmación desde Lever con el cambio.

Hablamos el viernes.

Lucía Ferrán
Talent Acquisition · Producciones Cierzo
C/ de Santa Isabel 40, 28012 Madrid

{reply("es", "2026-08-04 22:48", "Guillermo Adeyemi-Castro", "guillermo.ac@example.ar", '''Hola Lucía:

Reservé la llamada para el jueves a las 10:00, pero me acaban de confirmar un ensayo general a esa hora. ¿Sería posible pasarla al viernes por la tarde? Perdona las molestias.

Guillermo''')}
"""),

    M(kind="interview_reschedule_or_cancel", slug="torrent_interviewer_ill", lang="es",
      company="Teatre del Torrent", contact=MIREIA[1], frm=MIREIA, key="torrent-move",
      reply_of="torrent-inv", subject="Actualizado: Entrevista Ayudante de producción – nueva fecha",
      date="2026-03-05 08:55 +0100", form="alt", layout="outlook",
      ics={"method": "REQUEST", "uid": "torrent-2026-0309-gac@teatretorrent.example.cat",
           "seq": 1, "summary": "Entrevista Ayudante de producción – G. Adeyemi-Castro",
           "start": "2026-03-16 10:30 +0100", "end": "2026-03-16 11:30 +0100",
           "location": "Teatre del Torrent, sala de ensayo 2", "organizer": MIREIA},
      text="""Estimado Guillermo:

Nuestra directora técnica está de baja por enfermedad esta semana y no queremos hacer la entrevista sin ella. Trasladamos su convocatoria al lunes 16 de marzo, a la misma hora (10:30) y en el mismo lugar.

Le enviamos la convocatoria actualizada; si la nueva fecha no le va bien, díganoslo y buscaremos otra.

Disculpe las molestias.

Mireia Casals i Roca
Gerencia – Teatre del Torrent"""),

    M(kind="interview_reschedule_or_cancel", slug="retiro_alto_cancel_assessment", lang="es",
      company="Hotel Retiro Alto", contact="elena.quintana@retiroalto.example.es",
      frm=("Elena Quintana", "elena.quintana@retiroalto.example.es"), key="retiro-cancel",
      reply_of="retiro-inv", subject="Cancelada: Jornada de evaluación 4 de junio",
      date="2026-06-01 17:25 +0200", form="alt", layout="simple",
      ics={"method": "CANCEL", "uid": "retiroalto-assessment-20260604", "seq": 1,
           "summary": "Jornada de evaluación – Event Sales Coordinator",
           "start": "2026-06-04 09:30 +0200", "end": "2026-06-04 13:30 +0200",
           "location": "Hotel Retiro Alto, salón Cibeles",
           "organizer": ("Elena Quintana", "elena.quintana@retiroalto.example.es")},
      text="""Hola Guillermo:

Te escribo para avisarte de que tenemos que cancelar la jornada de evaluación del jueves 4 de junio. La dirección comercial estará fuera por un congreso que se ha adelantado.

Tu candidatura sigue en el proceso. En cuanto tengamos una nueva fecha te la comunicaremos.

Perdona las molestias.

Elena Quintana
HR Business Partner · Hotel Retiro Alto"""),

    M(kind="interview_reschedule_or_cancel", slug="muralla_updated_invitation", lang="es",
      company="Hotel Muralla Girona", contact="laia.serra@hotelmuralla.example.es",
      frm=("Laia Serra", "laia.serra@hotelmuralla.example.es"), key="muralla-move",
      reply_of="muralla-inv",
      subject="Invitación actualizada: Entrevista Responsable de Eventos @ vie 19 jun 2026 9:30 - 10:15",
      date="2026-06-12 10:14 +0200", form="alt", layout="simple",
      ics={"method": "REQUEST", "uid": "3k9v0muralla2026eventos@google.example.com",
           "seq": 2, "summary": "Entrevista Responsable de Eventos",
           "start": "2026-06-19 09:30 +0200", "end": "2026-06-19 10:15 +0200",
           "location": "https://meet.google.com/kxr-ptqa-mvd",
           "organizer": ("Laia Serra", "laia.serra@hotelmuralla.example.es")},
      text="""Se ha modificado este evento.

Entrevista Responsable de Eventos
Cambiado: viernes, 19 de junio de 2026 · 9:30 – 10:15 (antes: jueves, 18 de junio · 16:00 – 16:45)
Zona horaria: Europa/Madrid
Enlace de videollamada: https://meet.google.com/kxr-ptqa-mvd

Nota de Laia: Joan tiene que recibir a un grupo el jueves por la tarde; ¿te va bien el viernes a primera hora?

¿Asistirás? Sí - Quizás - No"""),

    M(kind="interview_reschedule_or_cancel", slug="sarau_trial_moved_storm", lang="es",
      company="Grup Sarau Events", contact="marc.roig@sarau.example.cat",
      frm=("Marc Roig", "marc.roig@sarau.example.cat"), key="sarau-move",
      reply_of="sarau-inv", subject="Re: ¿Te animas a una jornada de prueba en Tarragona?",
      date="2026-07-10 08:21 +0200", subj_enc=("utf-8", "B"), subj_full=True,
      text=f"""Guillermo, cambio de planes: los novios han movido la boda del 18 por la previsión de tormenta, así que tu jornada de prueba pasa al sábado 25 de julio, mismo horario y mismo sitio. Lo demás sigue igual.

¿Te sigue cuadrando?

Marc

{reply("es", "2026-07-06 21:40", "Guillermo Adeyemi-Castro", "guillermo.ac@example.ar", '''¡Me animo! Cuenta conmigo el 18. Pásame la escaleta cuando puedas.''')}
"""),

    M(kind="interview_reschedule_or_cancel", slug="laborea_client_moved", lang="es",
      company="Hotel Brisa Diagonal", contact=JORDI[1], frm=JORDI, key="laborea-move",
      reply_of="laborea-inv", subject="CAMBIO DE HORA – entrevista Hotel Brisa Diagonal",
      date="2026-01-27 16:48 +0100", form="alt", layout="outlook",
      text=f"""Hola Guillermo:

El hotel me acaba de llamar: mañana por la mañana tienen una inspección y nos piden retrasar la entrevista a las 17:30. Mismo lugar y misma persona de contacto (Marta Soler).

¿Puedes a esa hora? Confírmamelo cuando lo leas, por favor.

Gracias,

Jordi Puigdomènech
Consultor de selección – Hostelería y eventos
Laborea ETT · M. +34 655 30 17 42

{disclaimer("es", "laborea.example.es")}
"""),

    # ------------------------------------------------------------------ English (4)
    M(kind="interview_reschedule_or_cancel", slug="northgate_updated_seq1", lang="en",
      company="Northgate Hotel Group", contact=PRIYA[1], frm=PRIYA, key="ng-move",
      reply_of="ng-inv", subject="Updated invitation: Panel interview - Events Operations Manager",
      date="2026-02-05 10:17 +0000", form="alt", layout="outlook",
      layout_opts={"lang": "EN-GB"},
      ics={"method": "REQUEST", "uid": "040000008200E00074C5B7101A82E0080000000049D8@northgate",
           "seq": 1, "summary": "Panel interview - Events Operations Manager",
           "start": "2026-02-12 10:00 +0000", "end": "2026-02-12 11:00 +0000",
           "location": "Northgate Kings Cross, 3rd floor boardroom", "organizer": PRIYA,
           "cte": "base64"},
      text="""Dear Guillermo,

Apologies for the change: Declan has been asked to attend an owners' meeting on Wednesday afternoon, so we need to move your panel interview to Thursday 12 February at 10:00. Same location and same panel.

The updated calendar invitation is attached. If the new time doesn't work for you, please let me know and I'll find an alternative.

Kind regards,
Priya Raman
Talent Acquisition Partner | Northgate Hotel Group"""),

    M(kind="interview_reschedule_or_cancel", slug="beaumont_ravelin_cancelled", lang="en",
      company="Ravelin Festival", contact=OLIVER[1], frm=OLIVER, key="ravelin-move",
      reply_of="ravelin-inv", subject="Re: Festival production role - London",
      date="2026-07-13 19:05 +0100",
      text=f"""Guillermo - bad news on timing only. Imogen's flight back from Lisbon has been cancelled, so tomorrow's 3pm at Ravelin is off. They still very much want to meet you; I'm collecting new slots for next week and will come back to you by Wednesday.

Sorry for the short notice.

Oliver

{reply("en", "2026-07-08 12:10", "Guillermo Adeyemi-Castro", "guillermo.ac@example.ar", '''3pm on Tuesday works perfectly. I'll be in London from Monday. Thanks Oliver!''')}
"""),

    M(kind="interview_reschedule_or_cancel", slug="marlowe_push_to_4", lang="en",
      company="Marlowe Yard", contact="zoe@marloweyard.example.co.uk",
      frm=("Zoe Pettifer", "zoe@marloweyard.example.co.uk"), key="marlowe-move",
      reply_of="marlowe-own2", subject="Re: Re: Application - Events & Programming Coordinator",
      date="2026-10-01 08:44 +0100",
      text=f"""Morning! Something's come up with a delivery at 11. Could we push our chat to 4pm today instead? Same video link.

Z

{reply("en", "2026-09-29 18:20", "Guillermo Adeyemi-Castro", "guillermo.ac@example.ar", '''Thursday at 11 on video is perfect, thanks Zoe. Looking forward to it.''')}
"""),

    M(kind="interview_reschedule_or_cancel", slug="quayside_cancel_ics", lang="en",
      company="Quayside Live", contact="", frm=("Quayside Live", "noreply@workablemail.com"),
      key="quayside-cancel", reply_of="quayside-inv",
      subject="Cancelled: Video interview - Quayside Live", date="2026-10-06 16:00 +0000",
      form="alt", layout="ats", layout_opts={"brand": "Quayside Live", "color": "#ff6b35"},
      ics={"method": "CANCEL", "uid": "wk-quayside-5519-video@workablemail.com", "seq": 1,
           "summary": "Video interview - Quayside Live - Live Events Coordinator",
           "start": "2026-10-08 10:00 +0100", "end": "2026-10-08 10:45 +0100",
           "location": "Online (link in email)",
           "organizer": ("Quayside Live", "noreply@workablemail.com")},
      headers=AUTO,
      text="""Hi Guillermo,

Your video interview with Quayside Live on Thursday 8 October at 10:00 has been cancelled by the hiring team.

Your application remains active, and the team will send you new interview options soon.

Quayside Live Talent Team"""),

    # ------------------------------------------------------------------ French (2)
    M(kind="interview_reschedule_or_cancel", slug="lumiere_cancel_ics", lang="fr",
      company="Agence Lumière d'Oc", contact=CAMILLE[1], frm=CAMILLE, key="lum-cancel",
      reply_of="lum-inv", subject="Annulé : Entretien Chef de projet événementiel",
      date="2026-05-11 18:02 +0200", form="alt", layout="outlook", layout_opts={"lang": "FR"},
      ics={"method": "CANCEL", "uid": "lumiere-oc-entretien-gac-20260512", "seq": 1,
           "summary": "Entretien Chef de projet événementiel",
           "start": "2026-05-12 14:00 +0200", "end": "2026-05-12 15:00 +0200",
           "location": "Microsoft Teams", "organizer": CAMILLE},
      text="""Bonjour Guillermo,

Je suis désolée de devoir annuler notre entretien de demain 14h : Bastien est bloqué sur un salon à Lyon toute la semaine et tient absolument à être présent.

Votre candidature reste bien entendu d'actualité. Je vous propose une nouvelle date dans les prochains jours.

Avec toutes mes excuses,
Camille Roussel"""),

    M(kind="interview_reschedule_or_cancel", slug="occitanie_castelviel_moved", lang="fr",
      company="Domaine de Castelviel", contact="sandrine.pujol@interim-occitanie.example.fr",
      frm=("Sandrine Pujol", "sandrine.pujol@interim-occitanie.example.fr"),
      key="castelviel-move", reply_of="castelviel-inv",
      subject="RE: Entretien client : Domaine de Castelviel - changement d'horaire à 11h",
      date="2026-09-07 12:30 +0200", charset="iso-8859-1", cte="quoted-printable",
      subj_enc=("iso-8859-1", "Q"),
      text=f"""Bonjour Guillermo,

Mme Vidal a un mariage à préparer mercredi et me demande de décaler votre entretien au vendredi 11 septembre à 11h, toujours au Domaine. Est-ce possible pour vous ?

Cordialement,
Sandrine Pujol
Intérim Occitanie Spectacle

{outlook_block("fr", "Guillermo Adeyemi-Castro <guillermo.ac@example.ar>", "mercredi 2 septembre 2026 13:15", "Sandrine Pujol", "RE: Entretien client : Domaine de Castelviel", '''Bonjour Sandrine,

Je confirme avec plaisir l'entretien du mercredi 9 septembre à 15h au Domaine de Castelviel.

Cordialement,
Guillermo''')}
"""),

    # ------------------------------------------------------------------ German (2)
    M(kind="interview_reschedule_or_cancel", slug="ackerhof_probetag_verschoben", lang="de",
      company="Kulturhaus Ackerhof", contact="friederike.wendt@ackerhof.example.de",
      frm=("Friederike Wendt", "friederike.wendt@ackerhof.example.de"), key="acker-move",
      reply_of="acker-inv", subject="Aktualisiert: Probearbeitstag Produktion – neuer Termin",
      date="2026-09-04 11:40 +0200", charset="iso-8859-1", cte="quoted-printable",
      ics={"method": "REQUEST", "uid": "ackerhof-probetag-2026-09-10", "seq": 1,
           "summary": "Probearbeitstag Produktion (G. Adeyemi-Castro)",
           "start": "2026-09-12 12:00 +0200", "end": "2026-09-12 20:00 +0200",
           "location": "Kulturhaus Ackerhof, Ackerstraße 170, Berlin",
           "organizer": ("Friederike Wendt", "friederike.wendt@ackerhof.example.de")},
      text="""Hallo Herr Adeyemi-Castro,

die Bühnenlieferung kommt zwei Tage später als geplant, deshalb verschieben wir Ihren Probearbeitstag auf Samstag, 12. September, 12 bis 20 Uhr. Sie erhalten dazu eine aktualisierte Kalendereinladung.

Passt Ihnen das?

Viele Grüße
Friederike Wendt
"""),

    M(kind="interview_reschedule_or_cancel", slug="nachtfalter_telefonat_verschieben", lang="de",
      company="Festival Nachtfalter", contact="tobias.brandt@nachtfalter.example.de",
      frm=("Tobias Brandt", "tobias.brandt@nachtfalter.example.de"), key="nacht-move",
      reply_of="nacht-own", subject="Re: Kurzes Telefonat? Künstlerbetreuung Nachtfalter",
      date="2026-05-20 22:10 +0200",
      text=f"""Hi Guillermo,

sorry, ich muss unser Telefonat morgen absagen – wir haben einen Headliner-Ausfall und ich hänge den ganzen Tag am Telefon mit Agenturen. Können wir es auf Freitag, 11 Uhr, verschieben?

Tobias

{reply("de", "2026-05-19 15:02", "Guillermo Adeyemi-Castro", "guillermo.ac@example.ar", '''Hallo Tobias, Donnerstag um 16 Uhr passt mir sehr gut. Meine Nummer: +34 611 48 29 07. Bis dann!''')}
"""),
]

MISSED = [
    # ------------------------------------------------------------------ Spanish (5)
    M(kind="missed_interview_notice", slug="mardefons_called_twice", lang="es",
      company="Festival Mar de Fons", contact=ARNAU[1], frm=ARNAU, key="mdf-miss",
      reply_of="mdf-inv", subject="Re: Llamada para la plaza de jefe/a de escenario",
      date="2026-06-09 10:24 +0200", charset="iso-8859-1", cte="8bit",
      text="""Hola Guillermo,

Te he llamado dos veces a las 10:00 y a las 10:15, tal y como quedamos, pero no has contestado y salta el buzón de voz. ¿Va todo bien?

Si sigues interesado, dime algo cuando puedas.

Arnau
"""),

    M(kind="missed_interview_notice", slug="compas_norte_no_show", lang="es",
      company="Compás Norte Producciones", contact="ramiro.iturbe@compasnorte.example.es",
      frm=("Ramiro Iturbe", "ramiro.iturbe@compasnorte.example.es"), key="compas-miss",
      reply_of="compas-inv", subject="Re: Candidatura: Coordinador de producción",
      date="2026-03-17 13:05 +0100", charset="iso-8859-1", cte="quoted-printable",
      text="""Guillermo:

Te hemos esperado en la oficina desde las 12:00 hasta casi la una y no has aparecido ni nos ha llegado ningún aviso. Supongo que habrá pasado algo.

Cuando puedas, escríbenos.

Ramiro Iturbe
Compás Norte Producciones
"""),

    M(kind="missed_interview_notice", slug="tempora_no_localizado", lang="es",
      company="Tempora ETT", contact="noelia.garrido@tempora.example.es",
      frm=("Noelia Garrido", "noelia.garrido@tempora.example.es"), key="tempora-miss",
      reply_of="tempora-ack", subject="Entrevista telefónica de hoy – no hemos podido localizarte",
      date="2026-06-22 12:40 +0200", form="alt", layout="outlook",
      text=f"""Hola Guillermo:

Esta mañana a las 11:30 teníamos programada la entrevista telefónica para la bolsa de coordinadores de eventos. Te he llamado en tres ocasiones y también te he enviado un WhatsApp, sin respuesta.

Para no perder tu candidatura, ponte en contacto conmigo antes del viernes y buscamos otro momento.

Un saludo,
Noelia Garrido
Técnica de selección · Tempora ETT
Av. Roma 25, 43005 Tarragona · 977 55 10 82

{disclaimer("es", "tempora.example.es")}
"""),

    M(kind="missed_interview_notice", slug="gebrada_meet_waited", lang="es",
      company="Fundació Gebrada", contact="oriol.camps@gebrada.example.cat",
      frm=("Oriol Camps", "oriol.camps@gebrada.example.cat"), key="gebrada-miss",
      reply_of="gebrada-inv", subject="Entrevista de hoy a las 12:00",
      date="2026-05-12 12:31 +0200", cte="quoted-printable",
      text="""Hola Guillermo,

Te hemos estado esperando en la videollamada de Google Meet desde las 12:00 (la que reservaste a través de Teamtailor) y no te has conectado. Hemos aguantado media hora.

¿Has tenido algún problema con el enlace? Avísame y vemos qué hacemos.

Oriol Camps
Programación y públicos · Fundació Gebrada
Carrer de Sant Pere Més Alt 51, 08003 Barcelona
"""),

    M(kind="missed_interview_notice", slug="halcon_client_waited_zoom", lang="es",
      company="Halcón & Reyes Talent", contact="begona.reyes@halconreyes.example.es",
      frm=("Begoña Reyes", "begona.reyes@halconreyes.example.es"),
      name_enc=("utf-8", "B"), key="halcon-miss", reply_of="halcon-inv",
      subject="¿Qué ha pasado esta mañana?", date="2026-06-10 10:41 +0200",
      text="""Guillermo,

La directora general y la responsable de RR. HH. del cliente te han esperado en el Zoom de las 10:00 durante 20 minutos. Te he llamado dos veces y no lo cogías. Me han preguntado si seguías en el proceso y no he sabido qué decirles.

Llámame en cuanto leas esto, por favor. Intentaré salvar la situación.

Begoña
"""),

    # ------------------------------------------------------------------ English (3)
    M(kind="missed_interview_notice", slug="copperhouse_waited_zoom", lang="en",
      company="The Copperhouse Theatre", contact="hannah.okafor@copperhouse.example.co.uk",
      frm=("Hannah Okafor", "hannah.okafor@copperhouse.example.co.uk"), key="copper-miss",
      reply_of="copper-inv", subject="Missed you on Zoom today", date="2026-04-28 14:22 +0100",
      text="""Hi Guillermo,

Rafe and I were on the Zoom at 2pm for your interview and waited about 15 minutes, but you didn't join. I hope everything is OK.

If something went wrong, drop me a line and let me know.

Best,
Hannah

Hannah Okafor | Talent Partner | The Copperhouse Theatre
"""),

    M(kind="missed_interview_notice", slug="kiezwerk_teams_no_show", lang="en",
      company="Kiezwerk Studios", contact="mads.lindgren@kiezwerk.example.de",
      frm=("Mads Lindgren", "mads.lindgren@kiezwerk.example.de"), key="kiezwerk-miss",
      reply_of="kiezwerk-inv", subject="Re: Interview for Event Producer (English-speaking team)",
      date="2026-08-18 15:25 +0200", form="alt", layout="simple",
      text="""Hi Guillermo,

Ayşe and I were in the Teams room from 15:00 but didn't see you join. Maybe there was a mix-up with time zones?

Let us know if you're still interested in the role.

Mads"""),

    M(kind="missed_interview_notice", slug="lantern_lane_did_not_attend", lang="en",
      company="Lantern Lane Hotels", contact="",
      frm=("Lantern Lane Hotels", "lanternlane@myworkday.com"), key="lantern-miss",
      subject="Missed interview: Meetings & Events Manager (R-26-0871)",
      date="2026-09-08 09:00 -0700", headers=AUTO, form="alt", layout="ats",
      layout_opts={"brand": "Lantern Lane Hotels", "color": "#22313f"},
      text="""Dear Guillermo,

Our records show that you did not attend your scheduled video interview for Meetings & Events Manager (R-26-0871) on 7 September at 14:00 BST.

If you believe this is an error, please contact the recruiter through your Candidate Home within 5 working days.

Lantern Lane Hotels Talent Acquisition"""),

    # ------------------------------------------------------------------ French (1)
    M(kind="missed_interview_notice", slug="garrigue_appel_sans_reponse", lang="fr",
      company="Festival Garrigue Sonore", contact="lou@garriguesonore.example.fr",
      frm=("Lou Fabre", "lou@garriguesonore.example.fr"), key="garrigue-miss",
      subject="On devait s'appeler à 14h ?", date="2026-07-14 14:35 +0200",
      text="""Salut Guillermo,

Je t'ai appelé deux fois à 14h pour notre entretien pour la régie bénévoles, messagerie à chaque fois. Je ne sais pas si tu as eu un empêchement.

Dis-moi.

Lou
Festival Garrigue Sonore
"""),

    # ------------------------------------------------------------------ German (1)
    M(kind="missed_interview_notice", slug="spreeblick_gewartet", lang="de",
      company="Spreeblick Events", contact=JANA[1], frm=JANA, key="spree-miss",
      reply_of="spree-inv", name_enc=("utf-8", "B"),
      subject="Ihr Vorstellungsgespräch heute um 11:00 Uhr", date="2026-04-21 11:35 +0200",
      form="alt", layout="outlook", layout_opts={"lang": "DE"},
      text="""Sehr geehrter Herr Adeyemi-Castro,

wir haben heute ab 11:00 Uhr in der Teams-Besprechung auf Sie gewartet, Sie haben sich jedoch nicht eingewählt. Auch telefonisch konnten wir Sie nicht erreichen.

Bitte teilen Sie uns mit, ob Sie weiterhin Interesse an der Position haben.

Mit freundlichen Grüßen
Jana Köhler
People & Culture
Spreeblick Events GmbH"""),
]

MESSAGES = INVITATIONS + RESCHEDULES + MISSED
