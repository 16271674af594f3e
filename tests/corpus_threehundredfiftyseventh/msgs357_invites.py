"""Invitations, moved or cancelled interviews and missed-interview notices outside the threads."""

from __future__ import annotations

from msgs357_common import html_page, m

AMAIA = ("Amaia Zubizarreta", "amaia.zubizarreta@kirolgune.example.eus")
HANNAH = ("Hannah Oyelaran", "hannah@northwayrec.example.co.uk")
ELLIE = ("Ellie Marsh", "ellie.marsh@deansgatesports.example.co.uk")
CARMEN = ("Carmen Villa", "carmen.villa@talentonorte.example.es")

INVITES = [
    # ---------------------------------------------------------------- es
    m(n="marejada_trial_day", kind="interview_invitation", lang="es",
      company="Marejada Surf Schools", contact="direccion@marejadasurf.example.es",
      frm=("Lucía Fano · Marejada Surf", "direccion@marejadasurf.example.es"),
      date="2026-03-23 21:05", cte="8bit",
      subject="¿Te vienes a una jornada de prueba en Salinas?",
      text="""¡Hola Gonzalo!

Gracias por escribirnos. Antes de decidir la plaza de coordinador de la escuela de Salinas nos gusta ver a la gente en acción, así que te propongo una jornada de prueba el sábado 28 de marzo de 9:30 a 14:00.

Harías la clase de iniciación con Rubén, una simulación de rescate con tabla y luego comemos con el equipo y hablamos de la temporada. Trae neopreno si tienes; si no, te dejamos uno.

Dime algo y te mando la ubicación exacta.

Lucía
Marejada Surf Schools
"""),
    m(n="kirolgune_phone_screen_other_role", kind="interview_invitation", lang="es",
      company="Kirolgune", contact="amaia.zubizarreta@kirolgune.example.eus", frm=AMAIA,
      date="2026-07-06 09:20",
      subject="Llamada – Coordinador/a de Verano Kirolgune Deusto",
      text="""Kaixo Gonzalo:

Aunque el proceso de Txurdinaga quedó parado, ha salido una plaza de Coordinador/a de Verano en el centro de Deusto y me he acordado de ti.

¿Podemos hablar por teléfono el jueves 9 de julio a las 12:00? Serán unos 20 minutos para contarte las condiciones y ver tu disponibilidad.

Ondo izan,
Amaia Zubizarreta
Kirolgune
"""),
    m(n="talentonorte_named_client_invite", kind="interview_invitation", lang="es",
      company="Cantabria Aquapark", contact="carmen.villa@talentonorte.example.es",
      frm=CARMEN, date="2026-06-18 11:25", cs="iso-8859-1", cte="quoted-printable",
      name_enc=("iso-8859-1", "q"),
      subject="Entrevista con Cantabria Aquapark - Jefe de Socorristas",
      text="""Hola Gonzalo:

Te confirmo que nuestro cliente Cantabria Aquapark quiere entrevistarte para el puesto de Jefe de Socorristas para la temporada de verano.

Fecha: lunes 22 de junio
Hora: 16:00
Lugar: oficinas del parque (acceso por la puerta de personal, Ctra. de Arce, Piélagos)
Entrevistadores: Ramón Cuesta (director de operaciones) y yo misma.

Lleva por favor el título de socorrista acuático actualizado y el certificado de primeros auxilios.

Un saludo,
Carmen Villa
Talento Norte Consultores
"""),
    m(n="manzanares_meet_invite", kind="interview_invitation", lang="es",
      company="Ciudad Deportiva Manzanares", contact="seleccion@cdmanzanares.example.es",
      frm=("Selección CD Manzanares", "seleccion@cdmanzanares.example.es"),
      date="2026-04-29 13:02",
      subject="Invitación: Entrevista Jefe/a de Turno (Google Meet) – 6 may 2026",
      text="""Hola Gonzalo:

Te invitamos a una entrevista por Google Meet para el puesto de Jefe/a de Turno de la Ciudad Deportiva Manzanares.

Miércoles 6 de mayo de 2026, 18:00-18:45 (hora peninsular)
Enlace: https://meet.example.es/cdm-jft-gur

Te adjuntamos la invitación para tu calendario.

Saludos,
Equipo de Selección
Ciudad Deportiva Manzanares
""",
      ics={"method": "REQUEST", "uid": "cdm-jefeturno-0506-gu@cdmanzanares.example.es",
           "seq": 0, "start": "2026-05-06 18:00", "minutes": 45,
           "summary": "Entrevista Jefe/a de Turno – Gonzalo Urquiza",
           "location": "https://meet.example.es/cdm-jft-gur", "file": "invite.ics"},
      ics_as="attach"),
    m(n="aviles_assessment_centre", kind="interview_invitation", lang="es",
      company="Fundación Avilés Activa", contact="personal@avilesactiva.example.es",
      frm=("Fundación Avilés Activa · Personal", "personal@avilesactiva.example.es"),
      date="2026-02-10 12:40", cs="windows-1252", cte="8bit",
      subject="Convocatoria pruebas selectivas – Encargado/a de instalación acuática",
      text="""Estimado aspirante:

Se le convoca a la realización de las pruebas selectivas para el puesto de Encargado/a de instalación acuática, que se desarrollarán el jueves 19 de febrero en el Complejo Deportivo La Magdalena (Avilés) según el siguiente horario:

09:00 – Prueba práctica de salvamento en piscina (traer bañador y gorro).
11:00 – Supuesto práctico escrito sobre organización de turnos y mantenimiento.
13:00 – Dinámica de grupo y entrevista con el tribunal.

Deberá presentar el DNI al inicio de cada prueba. La no presentación supondrá la exclusión del proceso.

Fundación Avilés Activa
Área de Personal
"""),
    m(n="flexiplan_office_interview", kind="interview_invitation", lang="es",
      company="Flexiplan ETT", contact="oviedo@flexiplan.example.es",
      frm=("Flexiplan ETT Oviedo", "oviedo@flexiplan.example.es"), date="2026-08-25 10:15",
      subject="Cita para entrevista – socorrista instalación cubierta",
      text="""Hola Gonzalo,

Hemos visto tu inscripción para la oferta de socorrista en instalación cubierta (contrato de septiembre a junio, Oviedo). Nos gustaría hacerte una entrevista en nuestra oficina el jueves 27 de agosto a las 11:30.

Dirección: C/ Uría 00, 1.º, Oviedo. Pregunta por Sergio.

Trae DNI, número de la Seguridad Social y el título de socorrista.

Gracias,
Flexiplan ETT · Delegación Oviedo
"""),
    m(n="riberahunter_invite_costaquebrada", kind="interview_invitation", lang="es",
      company="Hoteles Costa Quebrada", contact="jribera@riberahunter.example.es",
      frm=("Jaime Ribera", "jribera@riberahunter.example.es"), date="2026-06-05 18:30",
      subject="Hoteles Costa Quebrada – entrevista con Dirección General",
      text="""Gonzalo, buenas tardes:

Buenas noticias: Hoteles Costa Quebrada quiere verte en la entrevista final con su director general, Ignacio Setién, para la Dirección del Área Deportiva del resort de Liencres.

Propuesta: jueves 11 de junio a las 12:00, en el propio resort. La entrevista será de una hora y después os enseñarán las instalaciones (piscinas, gimnasio y la escuela de surf asociada).

Confírmame por aquí o por teléfono y se lo traslado.

Jaime Ribera
Ribera & Hunter Selección
"""),
    # ---------------------------------------------------------------- en
    m(n="northway_invite_trafford", kind="interview_invitation", lang="en",
      company="Trafford Water Sports Centre", contact="hannah@northwayrec.example.co.uk",
      frm=HANNAH, date="2026-07-13 10:05",
      subject="Interview confirmed: Trafford Water Sports Centre - Operations Lead",
      text="""Hi Gonzalo,

Great news, Trafford Water Sports Centre would like to meet you for the Operations Lead role!

Date: Monday 20 July
Time: 10:30 (please arrive 10 minutes early)
Where: Trafford Water Sports Centre, Lakeside Drive, Sale
Panel: Mark Dunleavy (Centre Manager) and Sophie Lang (Head of Instruction)

Expect a 45-minute interview and a short tour of the lake. I'll give you a quick prep call on Friday if that helps.

Best,
Hannah

Hannah Oyelaran
Senior Consultant - Sport & Leisure
Northway Recruitment, Manchester
0161 000 0450
"""),
    m(n="deansgate_ashby_booking", kind="interview_invitation", lang="en",
      company="Deansgate Sports Club", contact="ellie.marsh@deansgatesports.example.co.uk",
      frm=("Ellie from Deansgate Sports Club", "no-reply@ashbyhq.com"), reply_to=ELLIE,
      date="2026-09-07 13:30",
      subject="Schedule your interview with Deansgate Sports Club",
      html=html_page([
          "Hi Gonzalo,",
          "Thanks for your application for <b>Head of Club Operations</b>. We'd love to "
          "invite you to a 30-minute video interview with Ellie Marsh.",
          '<a href="https://jobs.ashbyhq.example/deansgate/schedule/3f7c">Choose a time</a>',
          "Available slots run from Monday 14 to Friday 18 September.",
          "Reply to this email if you have any questions.",
          "Deansgate Sports Club"],
          brand="Deansgate Sports Club", color="#263238")),
    # ---------------------------------------------------------------- de
    m(n="baeder_invite_softgarden", kind="interview_invitation", lang="de",
      company="Bäderbetriebe Inntal", contact="m.kofler@baeder-inntal.example.at",
      frm=("Martin Kofler via softgarden", "noreply@softgarden.io"),
      reply_to=("Martin Kofler", "m.kofler@baeder-inntal.example.at"),
      date="2026-08-12 11:00", name_enc=("utf-8", "q"),
      subject="Einladung zum Vorstellungsgespräch – Schichtleitung Hallenbad",
      text="""Sehr geehrter Herr Urquiza Ferreira,

vielen Dank für Ihre Bewerbung als Schichtleitung Hallenbad. Gerne möchten wir Sie persönlich kennenlernen und laden Sie zu einem Vorstellungsgespräch ein:

Termin: Donnerstag, 20. August 2026, 13:30 Uhr
Ort: Hallenbad Inntal, Verwaltung 2. OG, Amraser Straße 00, 6020 Innsbruck
Dauer: ca. 60 Minuten, inkl. Rundgang durch die Technikräume

Bitte bestätigen Sie den Termin über den folgenden Link oder antworten Sie direkt auf diese E-Mail:
https://bewerbung.softgarden.example/bti/termin/88213

Mit freundlichen Grüßen
Martin Kofler
Leitung Bäderbetrieb
"""),
    m(n="fitwerk_probetag", kind="interview_invitation", lang="de",
      company="FitWerk Innsbruck", contact="jana@fitwerk.example.at",
      frm=("Jana Strolz", "jana@fitwerk.example.at"), date="2026-09-08 17:45",
      subject="Probetag bei FitWerk?",
      text="""Hi Gonzalo,

danke für deine Bewerbung als Trainer und Teamleitung Aqua! Wir würden dich gerne bei einem Probetag kennenlernen: Dienstag, 15. September, 8:00 bis 13:00 Uhr im Studio in der Museumstraße.

Du würdest einen Aqua-Fitness-Kurs mit mir zusammen leiten, ein paar Probetrainings auf der Fläche begleiten und danach reden wir in Ruhe.

Passt das für dich? Sportsachen und Badesachen mitnehmen!

Liebe Grüße
Jana
Studioleitung FitWerk Innsbruck
"""),
    # ---------------------------------------------------------------- fr
    m(n="thalasso_phone_interview", kind="interview_invitation", lang="fr",
      company="Thalasso Phare Basque", contact="rh@thalassophare.example.fr",
      frm=("Élodie Harambillet", "rh@thalassophare.example.fr"), date="2026-07-06 10:30",
      cs="iso-8859-1", cte="quoted-printable", name_enc=("iso-8859-1", "b"),
      subject="Entretien téléphonique - responsable piscine et fitness",
      text="""Bonjour Gonzalo,

Merci pour votre candidature au poste de responsable piscine et fitness à Thalasso Phare Basque.

Je vous propose un entretien téléphonique le mercredi 8 juillet à 14h00 (heure de Paris). Je vous appellerai au +34 600 418 273. Prévoyez une vingtaine de minutes.

Merci de me confirmer que ce créneau vous convient.

Bien cordialement,
Élodie Harambillet
Ressources humaines
Thalasso Phare Basque - Anglet
"""),
    m(n="ocealys_mise_en_situation", kind="interview_invitation", lang="fr", company="Océalys",
      contact="recrutement@ocealys.example.fr",
      frm=("Océalys - Recrutement", "recrutement@ocealys.example.fr"), date="2026-09-21 15:15",
      subject="Convocation : journée de mise en situation - Chef de bassin Biarritz",
      html=html_page([
          "Bonjour Monsieur Urquiza Ferreira,",
          "Suite à l'étude de votre candidature pour le poste de <b>Chef de bassin – centre "
          "aquatique de Biarritz</b> (CDI), nous avons le plaisir de vous convier à une "
          "journée de mise en situation.",
          "<b>Date :</b> lundi 5 octobre 2026, de 8h30 à 16h<br><b>Lieu :</b> centre "
          "aquatique Océalys, 40 avenue de la Milady, Biarritz",
          "Au programme : test de sauvetage, encadrement d'une séance de bébés nageurs, "
          "gestion d'un incident simulé et entretien avec la directrice du site.",
          "Merci de confirmer votre présence en répondant à ce message.",
          "Cordialement,<br>Le service Recrutement<br>Océalys"],
          brand="Océalys", color="#0277bd")),
]

RESCHEDULES = [
    # ---------------------------------------------------------------- es
    m(n="kirolgune_call_moved", kind="interview_reschedule_or_cancel", lang="es",
      company="Kirolgune", contact="amaia.zubizarreta@kirolgune.example.eus", frm=AMAIA,
      parent="kirolgune_phone_screen_other_role", quote="wrote", date="2026-07-08 17:50",
      subject="Re: Llamada – Coordinador/a de Verano Kirolgune Deusto",
      text="""Hola Gonzalo:

Mañana a las 12:00 tengo una reunión que no puedo mover. ¿Te importa que pasemos la llamada al viernes 10 a las 9:00? Si no te dice nada en contra, te llamo a esa hora.

Gracias,
Amaia
"""),
    m(n="aviles_postponed", kind="interview_reschedule_or_cancel", lang="es",
      company="Fundación Avilés Activa", contact="personal@avilesactiva.example.es",
      frm=("Fundación Avilés Activa · Personal", "personal@avilesactiva.example.es"),
      date="2026-02-17 14:15", cs="windows-1252", cte="8bit",
      subject="APLAZAMIENTO pruebas selectivas – Encargado/a de instalación acuática",
      text="""Estimado aspirante:

Debido a una avería en el sistema de depuración del vaso principal del Complejo Deportivo La Magdalena, las pruebas selectivas previstas para el jueves 19 de febrero quedan aplazadas.

La nueva fecha se comunicará con al menos cinco días de antelación por este mismo medio. El proceso sigue abierto y se mantienen todas las candidaturas admitidas.

Disculpe las molestias.

Fundación Avilés Activa
Área de Personal
"""),
    m(n="manzanares_cancel_ics", kind="interview_reschedule_or_cancel", lang="es",
      company="Ciudad Deportiva Manzanares", contact="seleccion@cdmanzanares.example.es",
      frm=("Selección CD Manzanares", "seleccion@cdmanzanares.example.es"),
      date="2026-05-05 09:40",
      subject="Cancelada: Entrevista Jefe/a de Turno (Google Meet) – 6 may 2026",
      text="""Hola Gonzalo:

Tenemos que anular la entrevista de mañana, miércoles 6 de mayo a las 18:00: la directora de la instalación no puede asistir. Te escribiremos en los próximos días para proponerte una nueva fecha.

Disculpa las molestias.

Equipo de Selección
Ciudad Deportiva Manzanares
""",
      ics={"method": "CANCEL", "uid": "cdm-jefeturno-0506-gu@cdmanzanares.example.es",
           "seq": 1, "start": "2026-05-06 18:00", "minutes": 45,
           "summary": "Cancelada: Entrevista Jefe/a de Turno – Gonzalo Urquiza",
           "location": "https://meet.example.es/cdm-jft-gur"}),
    # ---------------------------------------------------------------- en
    m(n="northway_moved_trafford", kind="interview_reschedule_or_cancel", lang="en",
      company="Trafford Water Sports Centre", contact="hannah@northwayrec.example.co.uk",
      frm=HANNAH, parent="northway_invite_trafford", quote="outlook", date="2026-07-15 16:12",
      subject="RE: Interview confirmed: Trafford Water Sports Centre - Operations Lead",
      text="""Hi Gonzalo,

Quick one: Mark at Trafford has a regatta safety briefing on Monday morning, so they've asked to push your interview to 14:00 the same day (Monday 20 July). Everything else stays the same.

Can you do the afternoon?

Thanks,
Hannah
"""),
    m(n="deansgate_moved_ashby", kind="interview_reschedule_or_cancel", lang="en",
      company="Deansgate Sports Club", contact="ellie.marsh@deansgatesports.example.co.uk",
      frm=("Ellie Marsh", "no-reply@ashbyhq.com"), reply_to=ELLIE, date="2026-09-21 08:55",
      subject="Your interview with Deansgate Sports Club has been rescheduled",
      text="""Hi Gonzalo,

Your second-round interview for Head of Club Operations has been rescheduled.

Previous time: Tuesday 22 September, 15:00 BST
New time: Thursday 1 October, 15:00 BST
Location: Google Meet (link in the updated calendar invitation)

Ellie has added a note: "Sorry to move this, our Chair can only join later in the month."

If the new time doesn't work, reply to this email.

Deansgate Sports Club
""",
      ics={"method": "REQUEST", "uid": "ashby-int-55219@deansgatesports.example.co.uk",
           "seq": 2, "start": "2026-10-01 15:00", "minutes": 60,
           "summary": "Interview: Head of Club Operations (Gonzalo Urquiza)",
           "location": "Google Meet", "tz": "Europe/London"}),
    # ---------------------------------------------------------------- de
    m(n="baeder_verschiebung", kind="interview_reschedule_or_cancel", lang="de",
      company="Bäderbetriebe Inntal", contact="m.kofler@baeder-inntal.example.at",
      frm=("Martin Kofler", "m.kofler@baeder-inntal.example.at"),
      parent="baeder_invite_softgarden", quote="outlook", date="2026-08-18 08:20",
      cs="windows-1252", cte="quoted-printable",
      subject="AW: Einladung zum Vorstellungsgespräch - Schichtleitung Hallenbad",
      text="""Sehr geehrter Herr Urquiza Ferreira,

aufgrund einer Betriebsbegehung durch die Bezirkshauptmannschaft müssen wir Ihr Vorstellungsgespräch am Donnerstag leider verschieben. Neuer Termin: Freitag, 21. August 2026, um 10:00 Uhr, gleicher Ort.

Ich bitte um kurze Bestätigung.

Mit freundlichen Grüßen
Martin Kofler
Leitung Bäderbetrieb
Bäderbetriebe Inntal GmbH
"""),
    m(n="tirolaktiv_termin_abgesagt", kind="interview_reschedule_or_cancel", lang="de",
      company="Tirol Aktiv Sportzentren", contact="s.mair@tirolaktiv.example.at",
      frm=("Sabine Mair", "s.mair@tirolaktiv.example.at"), date="2026-07-27 07:58",
      subject="Absage: Gespräch Freizeitanlagen-Koordination am 28.07.",
      text="""Guten Morgen Herr Urquiza,

leider muss ich unser für morgen, 28. Juli, 9:00 Uhr geplantes Gespräch krankheitsbedingt absagen. Ich melde mich, sobald ich wieder im Büro bin, und wir vereinbaren einen neuen Termin.

Entschuldigen Sie die Kurzfristigkeit.

Viele Grüße
Sabine Mair
Tirol Aktiv Sportzentren
""",
      ics={"method": "CANCEL", "uid": "ta-gespraech-0728@tirolaktiv.example.at", "seq": 1,
           "start": "2026-07-28 09:00", "minutes": 45,
           "summary": "Gespräch Freizeitanlagen-Koordination – Urquiza",
           "location": "Tirol Aktiv, Verwaltung, Innsbruck", "tz": "Europe/Vienna"}),
]

MISSED = [
    # ---------------------------------------------------------------- es
    m(n="flexiplan_waited_office", kind="missed_interview_notice", lang="es",
      company="Flexiplan ETT", contact="oviedo@flexiplan.example.es",
      frm=("Flexiplan ETT Oviedo", "oviedo@flexiplan.example.es"),
      parent="flexiplan_office_interview", quote="wrote", date="2026-08-27 12:40",
      subject="RE: Cita para entrevista – socorrista instalación cubierta",
      text="""Hola Gonzalo,

Te hemos estado esperando esta mañana a las 11:30 en la oficina y no te has presentado. Tampoco hemos podido contactar contigo por teléfono.

Si sigues interesado en la oferta, llámanos hoy o mañana al 985 000 233 para buscar otra hora; si no sabemos nada, daremos la plaza por descartada.

Un saludo,
Sergio · Flexiplan ETT Oviedo
"""),
    m(n="marejada_no_show", kind="missed_interview_notice", lang="es",
      company="Marejada Surf Schools", contact="direccion@marejadasurf.example.es",
      frm=("Lucía Fano · Marejada Surf", "direccion@marejadasurf.example.es"),
      parent="marejada_trial_day", quote="wrote", date="2026-03-28 11:02", cte="8bit",
      subject="Re: ¿Te vienes a una jornada de prueba en Salinas?",
      text="""Gonzalo, ¿todo bien?

Te estamos esperando en la escuela desde las 9:30 y no has aparecido. Te he llamado dos veces y salta el buzón. Empezamos ya la clase con Rubén.

Si te ha surgido algo dime y lo hablamos.

Lucía
"""),
    m(n="talentonorte_no_answer", kind="missed_interview_notice", lang="es",
      company="Talento Norte Consultores", contact="carmen.villa@talentonorte.example.es",
      frm=CARMEN, date="2026-05-12 10:20", cs="iso-8859-1", cte="8bit",
      name_enc=("iso-8859-1", "b"),
      subject="Llamada de esta mañana",
      text="""Hola Gonzalo:

Te he llamado a las 10:00, como habíamos quedado, para la entrevista telefónica del proceso de Jefe/a de Área Wellness, pero no has contestado. Lo he vuelto a intentar a las 10:10.

¿Podemos intentarlo esta tarde a las 17:00? Si no te viene bien, proponme tú otra hora.

Un saludo,
Carmen Villa
Talento Norte Consultores
"""),
    m(n="kirolgune_no_join", kind="missed_interview_notice", lang="es",
      company="Kirolgune", contact="amaia.zubizarreta@kirolgune.example.eus", frm=AMAIA,
      parent="kirolgune_call_moved", quote="wrote", date="2026-07-10 09:25",
      subject="Re: Llamada – Coordinador/a de Verano Kirolgune Deusto",
      text="""Hola Gonzalo:

Te he llamado a las 9:00 como quedamos y no he conseguido hablar contigo, el móvil daba apagado o fuera de cobertura.

Te vuelvo a intentar el lunes por la mañana, ¿vale? Si prefieres otra hora, dímelo por aquí.

Amaia
"""),
    # ---------------------------------------------------------------- en
    m(n="peakline_no_show_workable", kind="missed_interview_notice", lang="en",
      company="Peakline Gyms", contact="craig.bennett@peakline.example.co.uk",
      frm=("Craig Bennett", "noreply@candidates.workablemail.com"),
      reply_to=("Craig Bennett", "craig.bennett@peakline.example.co.uk"),
      date="2026-06-03 10:25",
      subject="We missed you today - Assistant Gym Manager interview",
      text="""Hi Gonzalo,

We had you booked in for a video interview at 10:00 today for the Assistant Gym Manager role at Peakline Didsbury, but it looks like you weren't able to join. I waited in the call for 15 minutes.

If you're still interested, reply to this email and I'll send you a new link.

Thanks,
Craig Bennett
Club Manager, Peakline Didsbury
"""),
    # ---------------------------------------------------------------- fr
    m(n="thalasso_no_answer", kind="missed_interview_notice", lang="fr",
      company="Thalasso Phare Basque", contact="rh@thalassophare.example.fr",
      frm=("Élodie Harambillet", "rh@thalassophare.example.fr"),
      parent="thalasso_phone_interview", quote="wrote", date="2026-07-08 14:25",
      cs="iso-8859-1", cte="quoted-printable",
      subject="Re: Entretien téléphonique - responsable piscine et fitness",
      text="""Bonjour Gonzalo,

Je vous ai appelé à 14h comme convenu, puis à 14h15, mais je suis tombée sur votre messagerie.

Pouvez-vous me rappeler au 05 59 00 00 62 ou me proposer un autre créneau cette semaine ?

Bien cordialement,
Élodie Harambillet
"""),
]

MESSAGES = [*INVITES, *RESCHEDULES, *MISSED]
