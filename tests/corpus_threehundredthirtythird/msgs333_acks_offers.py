"""Corpus 333: application acknowledgements, a few more offers and one assessment invite."""

from __future__ import annotations

from msgs333_common import M

MESSAGES = [
    # ================================================================ acknowledgements (es)
    M(key="facilitas_ack", kind="application_received", lang="es", company="Facilitas Madrid",
      contact="", frm=("Facilitas Madrid Servicios Integrales", "facilitas@taleo.net"),
      subject="Confirmación de recepción de su candidatura – Req. 26-0033 Técnico/a de Climatización",
      date="2026-01-08 18:22", zone="utc", cs="iso-8859-1", cte="quoted-printable",
      text="""Estimado/a Rodrigo Valdivieso Santamaría:

Le confirmamos la recepción de su candidatura para el puesto Técnico/a de Climatización (Req. 26-0033), Madrid.

Su solicitud será evaluada por nuestro equipo de selección. Debido al gran volumen de candidaturas, solo nos pondremos en contacto con las personas cuyo perfil se ajuste a los requisitos del puesto.

Gracias por su interés en Facilitas Madrid.

Departamento de Selección
Facilitas Madrid Servicios Integrales, S.A.

Este mensaje ha sido generado automáticamente."""),
    M(key="facilitas_assessment", kind="interview_invitation", lang="es",
      company="Facilitas Madrid", contact="erobledo@facilitas.example.es",
      frm=("Elena Robledo Sanz", "erobledo@facilitas.example.es"),
      subject="Convocatoria assessment center – Técnico/a de Climatización (Req. 26-0033)",
      date="2026-01-22 12:05", fmt="alt", cs="windows-1252",
      text="""Hola Rodrigo:

Enhorabuena, has superado la fase de cribado curricular. Te convocamos a nuestro assessment center para técnicos de climatización:

Día: jueves 5 de febrero de 2026
Hora: de 9:30 a 14:00
Lugar: Facilitas Madrid, C/ Albasanz 16, 28037 Madrid (sala de formación, planta baja)

La jornada incluye una dinámica de grupo, una prueba práctica de diagnóstico de averías en una unidad de cassette y una entrevista individual. Si vienes desde Alicante y necesitas empezar a las 10:30, dímelo y lo adaptamos.

Un saludo,
Elena Robledo Sanz
Técnica de Selección · Facilitas Madrid
Tel. 915 555 208"""),
    M(key="ulev_registro", kind="application_received", lang="es", company="Universidad de Levante",
      contact="", frm=("Sede Electrónica – Universidad de Levante", "no-reply@ulevante.example.es"),
      subject="Justificante de presentación de solicitud – Registro n.º 2026/E/004512",
      date="2026-01-05 10:41", cs="iso-8859-1", cte="base64",
      attach=[("Justificante_2026-E-004512.pdf", [
          "Universidad de Levante - Registro Electronico",
          "Justificante de presentacion n. 2026/E/004512",
          "Interesado: VALDIVIESO SANTAMARIA, RODRIGO",
          "Asunto: Solicitud de participacion - Tecnico/a de Mantenimiento (Infraestructuras)",
      ])],
      text="""Se ha registrado correctamente su solicitud con los siguientes datos:

Número de registro: 2026/E/004512
Fecha y hora: 05/01/2026 10:41
Procedimiento: Solicitud de participación en procesos selectivos de personal técnico, de gestión y de administración y servicios
Convocatoria: Técnico/a de Mantenimiento – Servicio de Infraestructuras

Se adjunta el justificante de presentación, que tiene plena validez a efectos de acreditar la fecha de presentación.

Sede Electrónica – Universidad de Levante. No responda a este correo."""),
    M(key="solverano_ack", kind="application_received", lang="es", company="SolVerano Energía",
      contact="", frm=("SolVerano Energía", "no-reply@ashbyhq.com"),
      subject="¡Gracias por tu candidatura, Rodrigo!",
      date="2026-01-19 21:03", zone="utc", fmt="html", brand="SolVerano Energía",
      text="""¡Hola Rodrigo!

Hemos recibido tu candidatura para Técnico/a de Operación y Mantenimiento de Plantas Fotovoltaicas (Murcia). Gracias por querer sumarte a la transición energética con nosotros.

Vamos a revisarla con calma. Si encajas con lo que buscamos, te escribiremos para el siguiente paso; si no, también te avisaremos.

Un saludo soleado,
Equipo de Personas · SolVerano Energía"""),
    M(key="cbm_ack", kind="application_received", lang="es", company="Hoteles Costa Blanca Mar",
      contact="", frm=("Hoteles Costa Blanca Mar", "noreply@icims.com"),
      subject="Hemos recibido tu solicitud – Jefe/a de Servicio Técnico, Hotel Albir Playa",
      date="2026-01-29 07:55", zone="utc", fmt="alt",
      text="""Hola Rodrigo:

Gracias por postular a la posición Jefe/a de Servicio Técnico (Hotel Albir Playa). Tu solicitud se ha registrado con el número 2026-HCBM-0219.

Nuestro equipo revisará las candidaturas durante las próximas semanas. Puedes seguir el estado en el portal del candidato.

Equipo de Talento
Hoteles Costa Blanca Mar"""),
    M(key="albufera_ack", kind="application_received", lang="es",
      company="Centros Comerciales Albufera", contact="",
      frm=("Centros Comerciales Albufera", "noreply@smartrecruiters.com"),
      subject="Gracias por tu candidatura: Técnico/a de Mantenimiento – Albufera Nord",
      date="2026-02-16 11:27", zone="utc", fmt="html",
      text="""Hola Rodrigo,

Hemos recibido tu candidatura para el puesto de Técnico/a de Mantenimiento – Albufera Nord.

Estamos revisando todas las solicitudes y te contactaremos si tu perfil se ajusta a lo que buscamos. No podemos responder individualmente a cada candidatura, pero te agradecemos mucho tu interés.

Saludos,
Equipo de Selección · Centros Comerciales Albufera"""),
    M(key="turia_ack", kind="application_received", lang="es", company="Turia Patrimonio",
      contact="", frm=("Turia Patrimonio", "noreply@personio.de"),
      subject="Tu candidatura en Turia Patrimonio",
      date="2026-04-21 16:40", zone="utc", cte="quoted-printable",
      text="""Hola Rodrigo Valdivieso Santamaría,

Muchas gracias por tu candidatura para el puesto Técnico/a de Mantenimiento de Edificios (Valencia). La hemos recibido correctamente y la revisaremos lo antes posible.

Saludos cordiales,
Equipo de Talento – Turia Patrimonio

Este correo se ha enviado automáticamente desde Personio."""),
    M(key="clinica_human_ack", kind="application_received", lang="es",
      company="Clínica Mediterránea de Alicante", contact="lgarcia@clinicamediterranea.example.es",
      frm=("Lucía García Mora", "lgarcia@clinicamediterranea.example.es"),
      subject="RE: CV Técnico de Mantenimiento",
      date="2026-03-26 09:58", cs="iso-8859-1", cte="8bit",
      text="""Buenos días, Rodrigo:

Te confirmo que hemos recibido tu currículum para el puesto de Técnico de Mantenimiento. Se lo he pasado al responsable de Servicios Generales, que está revisando candidaturas esta semana.

Si encaja con lo que buscan, te llamaremos para una entrevista.

Un saludo,
Lucía García Mora
Administración de Personal · Clínica Mediterránea de Alicante"""),
    M(key="laborex_signup", kind="application_received", lang="es", company="Laborex ETT",
      contact="", frm=("Laborex ETT", "noreply@laborex-ett.example.es"),
      subject="Tu inscripción en Laborex ETT se ha completado",
      date="2026-03-04 20:16", fmt="alt", brand="Laborex ETT",
      text="""Hola Rodrigo:

Tu candidatura para la oferta «Técnico/a de mantenimiento – Vega Baja» se ha registrado correctamente y tu perfil ya está activo en nuestra bolsa de empleo.

Nuestros consultores revisarán tu CV. Si encaja con alguna de nuestras ofertas, te llamaremos.

Laborex ETT – Empresa de Trabajo Temporal autorizada n.º 03/0000412"""),
    # ================================================================ acknowledgements (en)
    M(key="oriente_ack", kind="application_received", lang="en", company="Oriente Data Centres",
      contact="", frm=("Oriente Data Centres", "notifications@bamboohr.com"), lisbon=True,
      subject="Application received: Critical Facilities Technician",
      date="2026-06-15 13:12", zone="utc", fmt="alt",
      text="""Hi Rodrigo,

Thanks for applying for the Critical Facilities Technician position at Oriente Data Centres. We've received your application and our hiring team will review it shortly.

Due to the number of applications we receive, we may not be able to respond to everyone individually. If your skills and experience match what we're looking for, we'll be in touch.

Thanks again,
Oriente Data Centres People Team"""),
    M(key="lau_ack", kind="application_received", lang="en", company="Lisbon Atlantic University",
      contact="", frm=("LAU Recruitment", "no-reply@lau.example.pt"), lisbon=True,
      subject="Acknowledgement of application – EST-26-014 Facilities Officer (Energy)",
      date="2026-04-06 09:00", zone="wet", cte="quoted-printable",
      text="""Dear Rodrigo Valdivieso Santamaría,

This is to acknowledge receipt of your application for the post of Facilities Officer (Energy), reference EST-26-014.

The closing date for this vacancy is 17 April 2026. Shortlisting will take place shortly afterwards and shortlisted candidates will be contacted by email.

Yours sincerely,
Recruitment Team
Lisbon Atlantic University

Please do not reply to this automated message."""),
    M(key="alfama_ack", kind="application_received", lang="en", company="Alfama Solar",
      contact="", frm=("Alfama Solar", "no-reply@hire.lever.co"), lisbon=True,
      subject="Thanks for your application to Alfama Solar!",
      date="2026-02-11 12:19", zone="utc", fmt="html", brand="Alfama Solar",
      text="""Hi Rodrigo,

Thanks for applying to the O&M Field Technician role at Alfama Solar! We've got your application and our team will take a look soon.

In the meantime, feel free to check out our projects on our website.

The Alfama Solar Team"""),
    # ================================================================ acknowledgements (de)
    M(key="hnrs_ack", kind="application_received", lang="de", company="Hochschule Niederrhein-Süd",
      contact="", frm=("Hochschule Niederrhein-Süd", "noreply@softgarden.io"),
      subject="Eingangsbestätigung Ihrer Bewerbung – Kennziffer 2026/031",
      date="2026-03-05 15:02", zone="utc", cs="iso-8859-1", cte="quoted-printable",
      text="""Sehr geehrter Herr Valdivieso,

vielen Dank für Ihre Bewerbung auf die Stelle Technische/r Mitarbeiter/in Gebäudeautomation (Kennziffer 2026/031). Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Bitte haben Sie Verständnis dafür, dass die Sichtung aller Bewerbungen einige Wochen in Anspruch nehmen kann. Wir melden uns nach Abschluss der Vorauswahl bei Ihnen.

Mit freundlichen Grüßen
Dezernat Personal
Hochschule Niederrhein-Süd

Diese E-Mail wurde automatisch generiert."""),
    M(key="rheinbogen_ack", kind="application_received", lang="de", company="Einkaufswelt Rheinbogen",
      contact="", frm=("Einkaufswelt Rheinbogen", "noreply@personio.de"),
      subject="Wir haben Ihre Bewerbung erhalten",
      date="2026-03-10 09:48", zone="utc", fmt="alt",
      text="""Guten Tag Herr Valdivieso Santamaría,

herzlichen Dank für Ihre Bewerbung als Technischer Objektmanager (m/w/d). Ihre Unterlagen sind bei uns eingegangen.

Wir prüfen Ihre Bewerbung sorgfältig und melden uns so schnell wie möglich bei Ihnen.

Freundliche Grüße
Ihr Personalteam der Einkaufswelt Rheinbogen"""),
    M(key="rheinblick_ack", kind="application_received", lang="de", company="Rheinblick Hotels",
      contact="", frm=("Rheinblick Hotels Recruiting", "noreply@successfactors.eu"),
      subject="Rheinblick Hotels: Bewerbung eingegangen – Chief Engineer Düsseldorf",
      date="2026-06-08 06:12", zone="utc", fmt="html", brand="Rheinblick Hotels",
      text="""Guten Tag Herr Valdivieso,

vielen Dank für Ihr Interesse an Rheinblick Hotels. Wir bestätigen den Eingang Ihrer Bewerbung für die Position Chief Engineer (Düsseldorf-Oberkassel).

Aufgrund der hohen Anzahl an Bewerbungen können wir leider nicht jede Bewerbung einzeln beantworten. Wenn Ihr Profil zu unseren Anforderungen passt, nehmen wir Kontakt mit Ihnen auf.

Freundliche Grüße
People & Culture · Rheinblick Hotels"""),
    # ================================================================ acknowledgements (fr)
    M(key="meridia_ack", kind="application_received", lang="fr", company="Foncière Méridia",
      contact="", frm=("Foncière Méridia Recrutement", "meridia@taleo.net"),
      subject="Accusé de réception de votre candidature – réf. FM-2026-018",
      date="2026-02-09 08:37", zone="utc", cs="windows-1252", cte="quoted-printable",
      text="""Bonjour,

Nous accusons réception de votre candidature au poste de Responsable maintenance (réf. FM-2026-018) et vous remercions de l'intérêt que vous portez à Foncière Méridia.

Votre dossier va être étudié avec attention. Nous reviendrons vers vous dans les meilleurs délais si votre profil correspond à nos attentes.

La Direction des Ressources Humaines
Foncière Méridia"""),
    M(key="heliodomus_ack", kind="application_received", lang="fr", company="Héliodomus",
      contact="", frm=("Héliodomus", "no-reply@hire.lever.co"),
      subject="Merci pour votre candidature chez Héliodomus !",
      date="2026-04-10 17:44", zone="utc", fmt="alt",
      text="""Bonjour Rodrigo,

Merci d'avoir postulé au poste de Technicien SAV photovoltaïque (Montpellier) ! Nous avons bien reçu votre candidature.

Notre équipe la consultera dans les prochains jours.

À bientôt,
L'équipe Héliodomus"""),
    # ================================================================ offers (es)
    M(key="laborex_offer", kind="offer", lang="es", company="Hoteles Costa Blanca Mar",
      contact="pcampillo@laborex-ett.example.es",
      frm=("Pilar Campillo · Laborex ETT", "pcampillo@laborex-ett.example.es"),
      subject="¡Te han elegido! Contrato temporada Hoteles Costa Blanca Mar",
      date="2026-05-20 13:30", cs="windows-1252", cte="quoted-printable",
      attach=[("Contrato_puesta_a_disposicion_RValdivieso.pdf", [
          "Laborex ETT - Contrato de trabajo de duracion determinada",
          "Trabajador: Rodrigo Valdivieso Santamaria",
          "Empresa usuaria: Hoteles Costa Blanca Mar - Hotel Benidorm Levante",
          "Duracion: 1 de junio a 15 de octubre de 2026. Categoria: Oficial 1.a mantenimiento",
      ])],
      text="""¡Hola Rodrigo!

Buenas noticias: después de la entrevista del lunes, Hoteles Costa Blanca Mar te ha elegido para el puesto de oficial de mantenimiento en el Hotel Benidorm Levante durante la temporada (del 1 de junio al 15 de octubre).

Condiciones: 1.780 € brutos al mes en 14 pagas prorrateadas, jornada completa con turnos de mañana y tarde, y plus de disponibilidad.

Te adjunto el contrato para que lo firmes. Puedes venir a la oficina a firmarlo o devolvérmelo escaneado antes del miércoles 27.

Pilar Campillo
Laborex ETT · Oficina Alicante"""),
    M(key="segura_offer", kind="offer", lang="es", company="Servicios Integrales Segura",
      contact="tegea@serviciossegura.example.es",
      frm=("Tomás Egea Martínez", "tegea@serviciossegura.example.es"),
      subject="Propuesta – Responsable de mantenimiento de turno (Cartagena)",
      date="2026-09-10 12:50", cte="8bit",
      text="""Hola Rodrigo,

Como te dije ayer por teléfono, nos gustaría que te incorporaras como Responsable de mantenimiento de turno en el contrato del complejo hospitalario de Cartagena.

Te resumo la propuesta: contrato indefinido, 30.500 € brutos anuales, plus de turnicidad de 220 € al mes y vehículo para desplazamientos entre edificios. Incorporación el 1 de octubre.

Si te encaja, te mando el contrato esta misma semana. Necesitaría tu respuesta antes del martes 15.

Un saludo,
Tomás Egea Martínez
Jefe de Operaciones · Servicios Integrales Segura"""),
]
