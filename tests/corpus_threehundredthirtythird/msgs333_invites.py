"""Corpus 333: invitations, moved / cancelled interviews and missed-interview notices."""

from __future__ import annotations

from msgs333_common import M

CBM = "Hoteles Costa Blanca Mar"
ULEV = "Universidad de Levante"
ECO = ("Paloma Arévalo", "paloma.arevalo@ecoedificios.example.es")
SEGURA = ("Tomás Egea Martínez", "tegea@serviciossegura.example.es")
SERRA = ("Gonzalo Ivorra", "direccion@hotelserragelada.example.es")
PILAR = ("Pilar Campillo · Laborex ETT", "pcampillo@laborex-ett.example.es")
ORIENTE = ("Ana Pereira", "ana.pereira@orientedc.example.pt")
LAU = ("Margarida Sousa", "m.sousa@lau.example.pt")
KLIMA = ("Katrin Vogel", "katrin.vogel@klimaconsult-rhein.example.de")
MARIEN = ("Peter Schäfer", "p.schaefer@marienhospital-nordpark.example.de")
CLEM = ("Nathalie Garcia", "n.garcia@cp-saintclement.example.fr")
PROV = ("Julien Ortiz", "julien.ortiz@provence-multiservices.example.fr")

MESSAGES = [
    # ================================================================ invitations (es)
    M(key="cbm_trial_day", kind="interview_invitation", lang="es", company=CBM, contact="",
      frm=("Hoteles Costa Blanca Mar", "noreply@icims.com"),
      subject="Te invitamos a una jornada de prueba – Técnico/a de Mantenimiento, Hotel Benidorm Levante",
      date="2026-04-13 09:30", zone="utc", fmt="html", brand="Hoteles Costa Blanca Mar",
      text="""Hola Rodrigo:

¡Gracias por tu interés en Hoteles Costa Blanca Mar! Nos gustaría invitarte a una jornada de prueba en el Hotel Benidorm Levante para el puesto de Técnico/a de Mantenimiento.

Fecha: martes 21 de abril, de 8:00 a 13:00
Punto de encuentro: recepción de personal (entrada por C/ Gerona)
Qué traer: ropa de trabajo, calzado de seguridad y DNI

Por favor, confirma tu asistencia desde el portal del candidato antes del viernes 17.

Equipo de Talento
Hoteles Costa Blanca Mar

Este correo se ha generado automáticamente. No respondas a este mensaje."""),
    M(key="cbm_trial_moved", kind="interview_reschedule_or_cancel", lang="es", company=CBM,
      contact="", frm=("Hoteles Costa Blanca Mar", "noreply@icims.com"),
      subject="Cambio de fecha de tu jornada de prueba – Hotel Benidorm Levante",
      date="2026-04-17 12:02", zone="utc", fmt="alt",
      text="""Hola Rodrigo:

Por necesidades operativas del hotel, tu jornada de prueba prevista para el martes 21 de abril se traslada al jueves 23 de abril, en el mismo horario (8:00 a 13:00) y lugar.

Si la nueva fecha no te viene bien, indícalo en el portal del candidato y te propondremos otra.

Gracias por tu flexibilidad.

Equipo de Talento
Hoteles Costa Blanca Mar"""),
    M(key="laborex_invite", kind="interview_invitation", lang="es", company=CBM,
      contact=PILAR[1], frm=PILAR,
      subject="Entrevista en oficina – mantenimiento temporada verano Hoteles Costa Blanca Mar",
      date="2026-05-11 10:18", cs="iso-8859-1", cte="8bit",
      text="""Hola Rodrigo,

Te escribo desde Laborex ETT. Para la temporada de verano estamos seleccionando técnicos de mantenimiento para Hoteles Costa Blanca Mar en Benidorm y l'Alfàs (contrato de junio a octubre).

Nos gustaría que pasaras por nuestra oficina de Alicante para una entrevista el jueves 14 de mayo a las 11:30 (Avda. de Aguilera 12, bajo). Trae tu DNI, la tarjeta sanitaria y copia de tus certificados de RITE y de manipulación de gases fluorados.

Confírmame, por favor.

Pilar Campillo
Consultora de Selección · Laborex ETT
Tel. 966 555 431"""),
    M(key="laborex_noshow", kind="missed_interview_notice", lang="es", company=CBM,
      contact=PILAR[1], frm=PILAR,
      subject="RE: Entrevista en oficina – mantenimiento temporada verano Hoteles Costa Blanca Mar",
      date="2026-05-14 12:40", parent="laborex_invite", quote="es",
      text="""Hola Rodrigo:

Te hemos estado esperando esta mañana a las 11:30 en la oficina de Alicante y no has venido. Tampoco he podido localizarte por teléfono.

Si aún te interesa el puesto, dime algo hoy o mañana, que el cliente quiere cerrar las incorporaciones la semana que viene.

Pilar"""),
    M(key="ulev_practical", kind="interview_invitation", lang="es", company=ULEV,
      contact="", frm=("Servicio de Selección – Universidad de Levante", "no-reply@ulevante.example.es"),
      subject="Convocatoria prueba práctica – Bolsa de Oficial de Mantenimiento (climatización)",
      date="2026-04-02 13:00", cs="windows-1252", cte="quoted-printable",
      attach=[("Convocatoria_prueba_practica_OM-2026.pdf", [
          "Universidad de Levante - Servicio de Seleccion",
          "Bolsa de Oficial de Mantenimiento (climatizacion) - Prueba practica",
          "Fecha: 16 de abril de 2026, 9:00 h - Taller del Servicio de Infraestructuras",
          "Aspirantes convocados: ... VALDIVIESO SANTAMARIA, RODRIGO ...",
      ])],
      text="""Estimado/a aspirante:

Por la presente se le convoca a la realización de la prueba práctica de la Bolsa de Oficial de Mantenimiento (especialidad climatización), que tendrá lugar el jueves 16 de abril de 2026 a las 9:00 horas en el taller del Servicio de Infraestructuras (Campus de San Vicente, edificio 31).

Deberá presentarse con DNI o documento equivalente y ropa de trabajo. La no comparecencia supondrá la exclusión del proceso.

Se adjunta la resolución con la relación de aspirantes convocados.

Servicio de Selección
Universidad de Levante

Este mensaje se envía desde una dirección que no admite respuestas."""),
    M(key="ulev_practical_postponed", kind="interview_reschedule_or_cancel", lang="es",
      company=ULEV, contact="",
      frm=("Servicio de Selección – Universidad de Levante", "no-reply@ulevante.example.es"),
      subject="Aplazamiento de la prueba práctica – Bolsa de Oficial de Mantenimiento",
      date="2026-04-14 14:25", cs="iso-8859-1", cte="quoted-printable",
      text="""Estimado/a aspirante:

Le comunicamos que, por coincidir con las obras de renovación del taller del Servicio de Infraestructuras, la prueba práctica convocada para el jueves 16 de abril queda aplazada.

La nueva fecha se publicará en la sede electrónica y se le notificará por este mismo medio con al menos diez días de antelación. Su condición de aspirante admitido no se ve afectada.

Servicio de Selección
Universidad de Levante"""),
    M(key="segura_phone", kind="interview_invitation", lang="es", company="Servicios Integrales Segura",
      contact=SEGURA[1], frm=SEGURA,
      subject="Responsable de mantenimiento – contrato hospitalario Cartagena",
      date="2026-08-25 09:50",
      text="""Buenos días Rodrigo,

Soy Tomás Egea, jefe de operaciones de Servicios Integrales Segura. Tenemos adjudicado el mantenimiento integral de un complejo hospitalario en Cartagena y buscamos un responsable de mantenimiento de turno.

Hemos visto tu CV en el portal de empleo y me gustaría hacerte una entrevista telefónica el viernes 28 a las 13:00. ¿Te va bien?

Un saludo,
Tomás Egea Martínez
Jefe de Operaciones · Servicios Integrales Segura
Polígono Oeste, C/ Principal 21 · 30169 San Ginés (Murcia)
Móvil 629 555 184"""),
    M(key="segura_moved", kind="interview_reschedule_or_cancel", lang="es",
      company="Servicios Integrales Segura", contact=SEGURA[1], frm=SEGURA,
      subject="Re: Responsable de mantenimiento – contrato hospitalario Cartagena",
      date="2026-08-27 20:14", parent="segura_phone", quote="es", cs="windows-1252", cte="8bit",
      text="""Rodrigo, perdona, mañana tengo reunión con la gerencia del hospital a la hora que habíamos dicho. ¿Podemos pasar la llamada al lunes 31 a las 9:30? Si no, dime tú.

Tomás

Enviado desde mi móvil"""),
    M(key="eco_video", kind="interview_invitation", lang="es", company="Ecoedificios Madrid",
      contact=ECO[1], frm=ECO, fmt="alt",
      ics={"uid": "eco-2026-rvs-01@ecoedificios.example.es", "start": "2026-05-20 16:00",
           "minutes": 50, "summary": "Entrevista Técnico/a de Gestión Energética",
           "location": "Microsoft Teams", "organizer": ECO},
      subject="Invitación: Entrevista Técnico/a de Gestión Energética – mié 20 may 16:00",
      date="2026-05-13 11:11",
      text="""Hola Rodrigo:

Gracias por tu candidatura a Técnico/a de Gestión Energética en Ecoedificios Madrid. Me gustaría tener una videollamada contigo para conocerte y explicarte el proyecto (monitorización energética de 40 edificios de oficinas y contratos de ahorro garantizado).

Te envío la invitación para el miércoles 20 de mayo a las 16:00 por Teams. Si no puedes, respóndeme con otras opciones.

Un saludo,
Paloma Arévalo
Responsable de Servicios Energéticos · Ecoedificios Madrid
C/ Alcalá 210, 28028 Madrid"""),
    M(key="eco_cancel", kind="interview_reschedule_or_cancel", lang="es",
      company="Ecoedificios Madrid", contact=ECO[1], frm=ECO,
      ics={"uid": "eco-2026-rvs-01@ecoedificios.example.es", "seq": 1, "method": "CANCEL",
           "start": "2026-05-20 16:00", "minutes": 50,
           "summary": "Entrevista Técnico/a de Gestión Energética",
           "location": "Microsoft Teams", "organizer": ECO, "attach_file": False},
      subject="Cancelado: Entrevista Técnico/a de Gestión Energética – mié 20 may 16:00",
      date="2026-05-19 18:02",
      text="""Hola Rodrigo:

Tengo que cancelar la videollamada de mañana porque me han convocado a una licitación a la misma hora. Lo siento mucho.

Te propongo el viernes 22 a las 10:00 o el lunes 25 a las 17:00; en cuanto me digas te mando la nueva convocatoria.

Paloma"""),
    M(key="eco_waited", kind="missed_interview_notice", lang="es", company="Ecoedificios Madrid",
      contact=ECO[1], frm=ECO,
      subject="Hoy a las 10:00",
      date="2026-05-22 10:26", cs="iso-8859-1",
      text="""Hola Rodrigo:

Te he estado esperando en la sala de Teams desde las 10:00 hasta ahora y no te has conectado. ¿Ha pasado algo? Quizá no te llegó la nueva convocatoria.

Avísame y vemos si encontramos otro momento la semana que viene.

Paloma Arévalo
Ecoedificios Madrid"""),
    M(key="solverano_schedule", kind="interview_invitation", lang="es", company="SolVerano Energía",
      contact="irene.campoy@solverano.example.es",
      frm=("Irene Campoy via Ashby", "no-reply@ashbyhq.com"),
      reply_to=("Irene Campoy", "irene.campoy@solverano.example.es"),
      subject="SolVerano Energía: elige horario para tu entrevista (Coordinador/a de Mantenimiento)",
      date="2026-09-08 08:35", zone="utc", fmt="alt",
      text="""Hola Rodrigo:

Queremos seguir adelante con tu candidatura para Coordinador/a de Mantenimiento de Plantas en Murcia.

El siguiente paso es una entrevista de 45 minutos con Irene Campoy (Head of O&M) y un técnico senior del equipo. Elige el horario que mejor te venga con el enlace de abajo; verás la disponibilidad de los próximos diez días.

Elegir horario

Si ninguno te encaja, responde a este correo y buscaremos alternativa.

Equipo de Personas · SolVerano Energía"""),
    M(key="albufera_phone_missed", kind="missed_interview_notice", lang="es",
      company="Centros Comerciales Albufera",
      contact="marc.soler@ccalbufera.example.es",
      frm=("Marc Soler · Centros Comerciales Albufera", "marc.soler@ccalbufera.example.es"),
      subject="Llamada de esta mañana – Técnico/a Instalaciones Albufera Plaza",
      date="2026-09-22 11:02", cte="quoted-printable",
      text="""Hola Rodrigo,

Tenía apuntada nuestra entrevista telefónica para hoy a las 10:30. Te he llamado tres veces pero el teléfono aparecía apagado o fuera de cobertura.

Si quieres, reservamos otro hueco esta misma semana; tengo libre el jueves por la tarde.

Saludos,
Marc Soler
HR Business Partner
Centros Comerciales Albufera · Avda. de Francia 71, 46023 Valencia"""),
    M(key="serragelada_chat", kind="interview_invitation", lang="es", company="Hotel Serra Gelada",
      contact=SERRA[1], frm=SERRA,
      subject="Tu CV para mantenimiento",
      date="2026-10-05 13:47", cs="windows-1252", cte="base64",
      text="""Buenas Rodrigo,

Me ha pasado tu CV un amigo común (Vicente, el de climatización). Estoy buscando jefe de mantenimiento para el hotel de cara a la reforma del invierno.

¿Podrías pasarte el martes 13 a las 17:00 por el hotel para charlar un rato y enseñarte las instalaciones? Pregunta por mí en recepción.

Un saludo,
Gonzalo Ivorra
Director · Hotel Serra Gelada
Ctra. del Albir s/n, l'Alfàs del Pi"""),
    M(key="serragelada_moved", kind="interview_reschedule_or_cancel", lang="es",
      company="Hotel Serra Gelada", contact=SERRA[1], frm=SERRA,
      subject="RE: Tu CV para mantenimiento",
      date="2026-10-09 09:15", parent="serragelada_chat", quote="es", cs="utf-8", cte="8bit",
      text="""Rodrigo, una cosa: el martes 13 me viene la inspección de Sanidad. ¿Lo dejamos mejor para el jueves 15 a la misma hora? Si no te va bien, me dices.

Gonzalo"""),
    # ================================================================ English
    M(key="lau_panel", kind="interview_invitation", lang="en", company="Lisbon Atlantic University",
      contact=LAU[1], frm=LAU, lisbon=True, fmt="alt",
      ics={"uid": "lau-estates-2026-77@lau.example.pt", "start": "2026-05-13 10:00",
           "minutes": 60, "summary": "Panel interview - Facilities Officer (Energy)",
           "location": "Estates Building, Room E2.14", "organizer": LAU,
           "tzid": "Europe/Lisbon"},
      subject="Invitation to interview – Facilities Officer (Energy), ref. EST-26-014",
      date="2026-04-29 15:30", zone="wet",
      text="""Dear Mr Valdivieso,

Thank you for your application for the post of Facilities Officer (Energy). I am pleased to invite you to a panel interview on Wednesday 13 May 2026 at 10:00 (Lisbon time) in the Estates Building, Room E2.14.

The panel will consist of the Head of Estates, the Energy Manager and myself. You will be asked to give a 10-minute presentation on "Three quick wins to cut energy use in a university campus".

Please confirm your attendance and let me know if you need any adjustments. If travelling from Spain is difficult, we can offer a video interview instead.

Kind regards,
Margarida Sousa
HR Officer, Estates Department
Lisbon Atlantic University"""),
    M(key="lau_postponed", kind="interview_reschedule_or_cancel", lang="en",
      company="Lisbon Atlantic University", contact=LAU[1], frm=LAU, lisbon=True,
      ics={"uid": "lau-estates-2026-77@lau.example.pt", "seq": 1,
           "start": "2026-05-20 10:00", "minutes": 60,
           "summary": "Panel interview - Facilities Officer (Energy)",
           "location": "Estates Building, Room E2.14", "organizer": LAU,
           "tzid": "Europe/Lisbon", "attach_file": False},
      subject="Updated invitation: panel interview moved to Wednesday 20 May",
      date="2026-05-08 11:45", zone="wet", cte="quoted-printable",
      text="""Dear Mr Valdivieso,

Due to a university-wide IT outage affecting our room booking system, we have had to postpone all interviews scheduled for 13 May.

Your panel interview is now on Wednesday 20 May 2026 at 10:00, same room. The updated calendar invitation is attached. Please let me know as soon as possible if this date does not suit you.

With apologies for any inconvenience,
Margarida Sousa"""),
    M(key="oriente_invite", kind="interview_invitation", lang="en", company="Oriente Data Centres",
      contact=ORIENTE[1], frm=("Ana Pereira from Oriente Data Centres", ORIENTE[1]),
      lisbon=True, fmt="html",
      subject="Critical Facilities Technician – let's talk!",
      date="2026-06-24 10:10", zone="wet", brand="Oriente Data Centres",
      text="""Hi Rodrigo,

Thanks for applying to the Critical Facilities Technician role at our Lisbon campus. Your experience running chillers and emergency generators in a 24/7 hotel environment stood out.

I'd like to invite you to a 30-minute video screening call on Monday 29 June at 11:00 Lisbon time. I'll send a Google Meet link the day before.

Does that work for you?

Ana Pereira
Talent Partner, Oriente Data Centres
Parque das Nações, Lisboa"""),
    M(key="oriente_moved", kind="interview_reschedule_or_cancel", lang="en",
      company="Oriente Data Centres", contact=ORIENTE[1], frm=ORIENTE, lisbon=True,
      subject="Re: Critical Facilities Technician – let's talk!",
      date="2026-06-26 17:20", zone="wet", parent="oriente_invite", quote="en",
      text="""Hi Rodrigo,

Small change of plans: I'm going to be at a hiring event on Monday, so could we move our call to Tuesday 30 June, same time (11:00 Lisbon)? Let me know if that's OK and I'll update the invite.

Thanks!
Ana"""),
    M(key="oriente_noshow", kind="missed_interview_notice", lang="en",
      company="Oriente Data Centres", contact=ORIENTE[1], frm=ORIENTE, lisbon=True,
      subject="We missed you today",
      date="2026-06-30 11:24", zone="wet", cs="utf-8", cte="base64",
      text="""Hi Rodrigo,

I was on the Google Meet for our call at 11:00 but it looks like you weren't able to join. No worries – these things happen.

If you're still interested in the Critical Facilities Technician role, just reply with a couple of times that work for you this week or next.

Best,
Ana Pereira
Talent Partner, Oriente Data Centres"""),
    M(key="belem_noshow", kind="missed_interview_notice", lang="en",
      company="Belém Property Partners", contact="priya.shah@harbourline.example.co.uk",
      frm=("Priya Shah", "priya.shah@harbourline.example.co.uk"),
      subject="Belém Property Partners call – did something come up?",
      date="2026-05-29 16:12", zone="uk",
      text="""Hi Rodrigo,

Tomás from Belém Property Partners has just been in touch – he dialled in for your interview at 15:00 UK time and waited about 15 minutes, but you didn't join.

I know you're juggling a few processes, so maybe the time zones got mixed up (15:00 UK / 16:00 Spain). Could you let me know what happened? I'd like to try to rebook it with them if you're still keen.

Thanks,
Priya Shah
Consultant, Harbourline Recruitment"""),
    # ================================================================ German
    M(key="klima_invite", kind="interview_invitation", lang="de", company="KlimaConsult Rhein",
      contact=KLIMA[1], frm=("KlimaConsult Rhein", "noreply@softgarden.io"), reply_to=KLIMA,
      subject="Einladung zum Vorstellungsgespräch: Energieberater Gebäudetechnik (m/w/d)",
      date="2026-06-15 08:05", zone="utc", fmt="alt", cs="iso-8859-1",
      text="""Sehr geehrter Herr Valdivieso,

vielen Dank für Ihre Bewerbung als Energieberater Gebäudetechnik (m/w/d). Wir freuen uns, Sie zu einem persönlichen Vorstellungsgespräch in unser Büro einladen zu dürfen:

Termin: Dienstag, 23. Juni 2026, 10:30 Uhr
Ort: KlimaConsult Rhein, Speditionstraße 15, 40221 Düsseldorf (Medienhafen)
Gesprächspartner: Katrin Vogel (HR) und Dr. Thomas Reuter (Leitung Energieeffizienz)

Reisekosten erstatten wir Ihnen nach Absprache. Bitte bestätigen Sie den Termin über die Antwortfunktion dieser E-Mail.

Mit freundlichen Grüßen
Katrin Vogel
Personalreferentin · KlimaConsult Rhein"""),
    M(key="klima_moved", kind="interview_reschedule_or_cancel", lang="de",
      company="KlimaConsult Rhein", contact=KLIMA[1], frm=KLIMA,
      subject="Terminverschiebung – Ihr Vorstellungsgespräch am 23. Juni",
      date="2026-06-19 14:55", cs="windows-1252", cte="8bit",
      text="""Guten Tag Herr Valdivieso,

leider ist Dr. Reuter am 23. Juni krankheitsbedingt verhindert. Wir müssen unser Gespräch daher verschieben und schlagen als Ersatztermin Montag, 29. Juni, 14:00 Uhr vor – gern auch per Videocall, falls die Anreise so kurzfristig schwierig ist.

Ihre Bewerbung läuft selbstverständlich weiter.

Mit freundlichen Grüßen
Katrin Vogel
Personalreferentin
KlimaConsult Rhein GmbH · Speditionstraße 15 · 40221 Düsseldorf
Tel. +49 211 5556 6120"""),
    M(key="marien_trial", kind="interview_invitation", lang="de",
      company="Marienhospital Nordpark", contact=MARIEN[1], frm=MARIEN,
      subject="Einladung zum Probearbeitstag – Betriebstechnik",
      date="2026-07-20 12:30", cte="quoted-printable",
      text="""Sehr geehrter Herr Valdivieso,

nach unserem Telefonat freue ich mich, Sie zu einem Probearbeitstag in unserer Abteilung Betriebstechnik einzuladen.

Wann: Mittwoch, 29. Juli 2026, 7:00 bis ca. 14:00 Uhr
Wo: Marienhospital Nordpark, Technikzentrale (Gebäude C, Untergeschoss), Kaiserswerther Straße 350, Düsseldorf
Bitte mitbringen: Sicherheitsschuhe und Personalausweis

Sie lernen dabei unsere Medizingas- und Lüftungsanlagen kennen und begleiten das Team bei den Wartungsrunden.

Mit freundlichen Grüßen
Peter Schäfer
Leiter Betriebstechnik
Marienhospital Nordpark gGmbH
Telefon +49 211 5557 4410"""),
    M(key="marien_noshow", kind="missed_interview_notice", lang="de",
      company="Marienhospital Nordpark", contact=MARIEN[1], frm=MARIEN,
      subject="Probearbeitstag heute – Sie waren nicht da",
      date="2026-07-29 08:35", cs="iso-8859-1", cte="base64",
      text="""Guten Morgen Herr Valdivieso,

wir hatten Sie heute um 7:00 Uhr zum Probearbeitstag in der Technikzentrale erwartet. Leider sind Sie nicht erschienen, und telefonisch konnten wir Sie auch nicht erreichen.

Bitte geben Sie uns kurz Bescheid, ob Sie weiterhin Interesse an der Stelle haben.

Mit freundlichen Grüßen
Peter Schäfer
Leiter Betriebstechnik"""),
    M(key="fpwest_video", kind="interview_invitation", lang="de", company="Facility Partner West",
      contact="", frm=("Facility Partner West", "noreply@personio.de"),
      subject="Facility Partner West – Terminbuchung für Ihr Videointerview",
      date="2026-09-14 07:40", zone="utc", fmt="html", brand="Facility Partner West",
      text="""Hallo Rodrigo Valdivieso Santamaría,

vielen Dank für Ihre Bewerbung als Objektleiter Technik (m/w/d) in Düsseldorf. Wir möchten Sie gern in einem 30-minütigen Videointerview kennenlernen.

Bitte buchen Sie über den folgenden Link einen passenden Termin in den nächsten sieben Tagen:

Termin auswählen

Wir freuen uns auf das Gespräch!

Ihr Recruiting-Team
Facility Partner West"""),
    # ================================================================ French
    M(key="clement_invite", kind="interview_invitation", lang="fr",
      company="Centre hospitalier privé Saint-Clément", contact=CLEM[1], frm=CLEM, fmt="alt",
      ics={"uid": "cpsc-2026-tech-19@cp-saintclement.example.fr", "start": "2026-07-09 14:00",
           "minutes": 90, "summary": "Entretien et visite - Technicien services techniques",
           "location": "CP Saint-Clément, direction des services techniques",
           "organizer": CLEM, "tzid": "Europe/Paris"},
      subject="Convocation à un entretien – Technicien(ne) des services techniques",
      date="2026-06-30 10:22", cs="iso-8859-1",
      text="""Bonjour Monsieur Valdivieso,

Nous avons bien reçu votre candidature au poste de technicien(ne) des services techniques et nous vous en remercions.

Nous souhaitons vous rencontrer le jeudi 9 juillet à 14h00 pour un entretien avec M. Pascal Reynaud, responsable des services techniques, suivi d'une visite des installations (chaufferie, centrales de traitement d'air, groupes électrogènes).

Merci de vous présenter à l'accueil principal munis d'une pièce d'identité. Vous trouverez l'invitation ci-jointe.

Cordialement,
Nathalie Garcia
Chargée RH – Centre hospitalier privé Saint-Clément
290, avenue du Père Soulas – 34090 Montpellier"""),
    M(key="clement_report", kind="interview_reschedule_or_cancel", lang="fr",
      company="Centre hospitalier privé Saint-Clément", contact=CLEM[1], frm=CLEM,
      ics={"uid": "cpsc-2026-tech-19@cp-saintclement.example.fr", "seq": 1,
           "start": "2026-07-16 09:30", "minutes": 90,
           "summary": "Entretien et visite - Technicien services techniques",
           "location": "CP Saint-Clément, direction des services techniques",
           "organizer": CLEM, "tzid": "Europe/Paris"},
      subject="Report de votre entretien du 9 juillet",
      date="2026-07-06 16:08", cte="8bit", cs="utf-8",
      text="""Bonjour Monsieur Valdivieso,

En raison d'une opération de maintenance imprévue sur nos groupes froids, M. Reynaud ne pourra pas vous recevoir le 9 juillet. Nous vous proposons de reporter l'entretien au jeudi 16 juillet à 9h30.

L'invitation mise à jour est jointe à ce message. Merci de nous confirmer que ce nouveau créneau vous convient.

Cordialement,
Nathalie Garcia
Chargée RH"""),
    M(key="prov_invite", kind="interview_invitation", lang="fr", company="Provence Multiservices",
      contact=PROV[1], frm=PROV,
      subject="Entretien téléphonique – Chef d'équipe maintenance Marseille",
      date="2026-09-01 09:12", cs="windows-1252", cte="quoted-printable",
      text="""Bonjour Rodrigo,

Votre CV a retenu toute mon attention pour le poste de chef d'équipe maintenance multitechnique sur nos sites tertiaires de Marseille Euroméditerranée.

Je vous propose un premier entretien téléphonique le vendredi 4 septembre à 11h. Pouvez-vous me confirmer le numéro auquel vous joindre ?

Bien cordialement,
Julien Ortiz
Responsable d'exploitation – Provence Multiservices
Les Docks – 10, place de la Joliette – 13002 Marseille
06 55 18 72 40"""),
    M(key="prov_missed", kind="missed_interview_notice", lang="fr", company="Provence Multiservices",
      contact=PROV[1], frm=PROV,
      subject="RE: Entretien téléphonique – Chef d'équipe maintenance Marseille",
      date="2026-09-04 11:32", parent="prov_invite", quote="fr", cs="iso-8859-1", cte="8bit",
      text="""Bonjour Rodrigo,

J'ai tenté de vous joindre à 11h comme convenu, puis à nouveau à 11h20, sans succès (messagerie directement).

Si vous êtes toujours intéressé, proposez-moi un autre créneau en début de semaine prochaine.

Julien Ortiz"""),
    M(key="prov_cancel", kind="interview_reschedule_or_cancel", lang="fr",
      company="Provence Multiservices", contact=PROV[1], frm=PROV,
      subject="Annulation de notre entretien de lundi",
      date="2026-09-11 18:45", cte="quoted-printable",
      text="""Bonjour Rodrigo,

Je suis contraint d'annuler notre entretien de lundi 14 septembre : je dois gérer une panne importante sur l'un de nos sites.

Je reviens vers vous dès que possible pour fixer une nouvelle date.

Bien à vous,
Julien Ortiz
Responsable d'exploitation – Provence Multiservices"""),
]
