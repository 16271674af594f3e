"""Whole threads: acknowledgement -> invitation -> moved slot -> thank-you -> no or offer."""

from __future__ import annotations

from msgs321_common import ME, M, Spec

ACK, INV, RES, MISS = ("application_received", "interview_invitation",
                       "interview_reschedule_or_cancel", "missed_interview_notice")
REJ, OFFER, OTHER = "rejection", "offer", "other"

LUCIA = ("Lucía Borao Gimeno", "lucia.borao@eolicamoncayo.example.es")
ANE = ("Ane Goikoetxea", "ane.goikoetxea@kutxasolidaria.example.es")
JAVIER = ("Javier Murillo", "javier.murillo@componentesarga.example.es")
MEGAN = ("Megan Oduya via Greenhouse", "no-reply@greenhouse-mail.io")
SABINE = ("Sabine Hartwig", "s.hartwig@kessler-fahrzeugteile.example.de")
CAMILLE = ("Camille Roussel", "camille.roussel@vinea-distribution.example.fr")
JON = ("Jon Arrieta from Txapela Analytics", "no-reply@ashbyhq.com")
MPUY = ("María Puy Goñi Arbizu", "mpgoni@observatorioforal.example.es")
UB = ("Itziar Lasa", "i.lasa@unibidasoa.example.es")

MESSAGES: list[Spec] = [
    # ---- Eólica Moncayo (wind energy, Zaragoza): SmartRecruiters ack -> offer ----
    M(id="moncayo_ack", kind=ACK, lang="es", company="Eólica Moncayo",
      frm=("Eólica Moncayo", "no-reply@smartrecruiters.com"), date="2026-02-03 08:12 +0000",
      subj="Hemos recibido tu candidatura: Analista de Datos de Operación (Zaragoza)",
      fmt="alt", brand="Eólica Moncayo · Empleo", color="#2e7d32", cte="base64",
      body="""
      Hola Guillermo:

      Gracias por tu interés en Eólica Moncayo. Confirmamos que hemos recibido tu candidatura para el puesto de Analista de Datos de Operación (ref. EM-2026-014) en Zaragoza.

      Nuestro equipo de Personas revisará tu perfil en las próximas semanas. Si tu experiencia encaja con lo que buscamos, alguien del equipo se pondrá en contacto contigo.

      Puedes consultar el estado de tu candidatura en cualquier momento desde tu perfil.

      Un saludo,
      Equipo de Personas de Eólica Moncayo

      Este mensaje se ha enviado automáticamente. Por favor, no respondas a esta dirección.
      """),
    M(id="moncayo_invite", kind=INV, lang="es", company="Eólica Moncayo",
      contact=LUCIA[1], frm=LUCIA, date="2026-02-10 13:47 +0100", fmt="alt",
      subj="Entrevista - Analista de Datos de Operación", parent="moncayo_ack",
      ics={"method": "REQUEST", "uid": "em-2026-014-r1@eolicamoncayo.example.es",
           "start": "2026-02-17 10:00", "mins": 45, "prodid": "Microsoft Corporation//Outlook 16.0",
           "summary": "Entrevista Analista de Datos de Operación - G. Echevarría",
           "location": "Microsoft Teams"},
      body="""
      Buenas tardes, Guillermo:

      Soy Lucía Borao, del equipo de Personas de Eólica Moncayo. Hemos revisado tu candidatura para Analista de Datos de Operación y nos gustaría conocerte.

      Te propongo una primera entrevista por Teams el martes 17 de febrero a las 10:00 (45 minutos). Estaremos Pablo Lahoz, responsable de Analítica de Parques, y yo. Te adjunto la convocatoria; si no te viene bien, dime qué franjas tienes libres esa semana.

      Hablaremos de tu experiencia, de cómo has usado los datos en el aula y de un pequeño caso con datos de producción de un parque.

      Un saludo,

      Lucía Borao Gimeno
      Técnica de Selección | Personas
      Eólica Moncayo
      Paseo de la Independencia 31, 50001 Zaragoza
      T. +34 976 000 412
      """),
    M(id="moncayo_move", kind=RES, lang="es", company="Eólica Moncayo", contact=LUCIA[1],
      frm=LUCIA, date="2026-02-13 09:05 +0100", parent="moncayo_invite", quote="es",
      subj="RE: Entrevista - Analista de Datos de Operación", fmt="alt",
      ics={"method": "REQUEST", "uid": "em-2026-014-r1@eolicamoncayo.example.es", "seq": 1,
           "start": "2026-02-19 12:00", "mins": 45, "prodid": "Microsoft Corporation//Outlook 16.0",
           "summary": "Entrevista Analista de Datos de Operación - G. Echevarría (nuevo horario)",
           "location": "Microsoft Teams"},
      body="""
      Hola de nuevo, Guillermo:

      Pablo tiene que estar el martes en el parque de La Muela por una incidencia, así que tenemos que mover la entrevista. ¿Te encaja el jueves 19 de febrero a las 12:00? Te envío la convocatoria actualizada; la del martes queda sustituida.

      Perdona el cambio.

      Lucía
      """),
    M(id="moncayo_thanks", kind=OTHER, lang="es", frm=ME,
      to=[LUCIA], date="2026-02-19 18:40 +0100", parent="moncayo_move", quote="es",
      subj="Gracias por la entrevista de hoy", cte="8bit",
      body="""
      Hola, Lucía:

      Muchas gracias a ti y a Pablo por la conversación de esta mañana. Me quedo con ganas de meterle mano a los datos de disponibilidad de los aerogeneradores; el caso de las paradas por hielo me pareció muy interesante.

      Quedo a vuestra disposición para lo que necesitéis.

      Un saludo,
      Guillermo Echevarría Lizarraga
      """),
    M(id="moncayo_round2", kind=INV, lang="es", company="Eólica Moncayo", contact=LUCIA[1],
      frm=LUCIA, date="2026-02-24 11:30 +0100", parent="moncayo_thanks", quote="es",
      subj="Re: Gracias por la entrevista de hoy", cte="quoted-printable",
      body="""
      Hola, Guillermo:

      ¡Gracias a ti! Te escribo con buenas noticias: pasas a la segunda fase. Nos gustaría verte en persona en nuestras oficinas de Zaragoza el martes 3 de marzo a las 9:30. Será una entrevista de hora y media con Pablo Lahoz y con Marta Sancho, directora de Operación, e incluirá una presentación breve (10 minutos) de un análisis que tú elijas.

      ¿Me confirmas asistencia?

      Lucía
      """),
    M(id="moncayo_offer", kind=OFFER, lang="es", company="Eólica Moncayo", contact=LUCIA[1],
      frm=LUCIA, date="2026-03-10 16:20 +0100",
      subj="Propuesta de incorporación - Eólica Moncayo",
      pdfs=[("Propuesta_incorporacion_GEchevarria.pdf", [
          "EOLICA MONCAYO - Propuesta de incorporacion", "",
          "Candidato: Guillermo Echevarria Lizarraga",
          "Puesto: Analista de Datos de Operacion (ref. EM-2026-014)",
          "Centro de trabajo: Zaragoza (2 dias de teletrabajo)",
          "Retribucion fija: 36.500 EUR brutos anuales", "Incorporacion: 1 de abril de 2026",
          "Validez de la propuesta: 10 dias naturales"])],
      body="""
      Hola, Guillermo:

      Tal como te adelantó Marta por teléfono, nos alegra mucho ofrecerte el puesto de Analista de Datos de Operación. Te adjunto la propuesta formal con las condiciones: salario, jornada, teletrabajo y fecha de incorporación prevista.

      Si estás de acuerdo, solo tienes que responder a este correo aceptándola y te pasaremos el contrato y la documentación para el alta. Si tienes cualquier duda, llámame.

      Un abrazo,

      Lucía Borao Gimeno
      Técnica de Selección | Personas
      Eólica Moncayo
      T. +34 976 000 412

      La información contenida en este mensaje es confidencial y está dirigida exclusivamente a su destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo elimine.
      """),
    M(id="moncayo_accept", kind=OTHER, lang="es", frm=ME, to=[LUCIA],
      date="2026-03-12 08:15 +0100", parent="moncayo_offer", quote="es",
      subj="Re: Propuesta de incorporación - Eólica Moncayo",
      body="""
      Buenos días, Lucía:

      Después de pensarlo con calma, la propuesta me encaja muy bien. Antes de confirmarla, una pregunta: ¿podría incorporarme el 1 de septiembre en lugar del 1 de abril? No quiero dejar a mis alumnos de 2.º de Bachillerato a mitad de curso, con la EvAU en junio.

      Muchas gracias por todo,
      Guillermo
      """),

    # ---- Kutxa Solidaria (cooperative bank, Bilbao): SuccessFactors ack -> contract ----
    M(id="kutxa_ack", kind=ACK, lang="es", company="Kutxa Solidaria",
      frm=("Kutxa Solidaria - Selección", "noreply@kutxasolidaria.successfactors.eu"),
      date="2026-04-06 07:02 +0000", fmt="html", cte="quoted-printable",
      subj="Confirmación de solicitud – Analista BI (Riesgos) – Bilbao",
      brand="Kutxa Solidaria", color="#00594f",
      body="""
      Estimado/a Guillermo Echevarría Lizarraga:

      Le confirmamos la recepción de su solicitud para la posición Analista BI (Riesgos), requisición 4471, con centro de trabajo en Bilbao.

      Debido al elevado número de candidaturas, no nos es posible responder de forma individual a cada persona. Si su perfil se ajusta a los requisitos, el equipo de Selección contactará con usted.

      Atentamente,
      Dirección de Personas y Cultura Cooperativa
      Kutxa Solidaria
      """),
    M(id="kutxa_invite", kind=INV, lang="es", company="Kutxa Solidaria", contact=ANE[1],
      frm=ANE, date="2026-04-14 10:10 +0200", cte="8bit", cs="iso-8859-1",
      subj="Videoentrevista Analista BI (Riesgos)",
      body="""
      Egun on, Guillermo:

      Te escribo desde el equipo de Selección de Kutxa Solidaria. Nos ha interesado tu perfil para la posición de Analista BI en el área de Riesgos y queremos mantener una videoentrevista contigo.

      Fecha: martes 21 de abril
      Hora: 9:30 - 10:15
      Enlace Webex: https://kutxasolidaria.example.es/webex/ks-4471-ge

      Participaremos Koldo Uriarte (responsable de Información de Gestión) y yo. Confírmame, por favor, que te va bien.

      Un saludo,
      Ane Goikoetxea
      Selección y Desarrollo
      Kutxa Solidaria · Gran Vía 50, 48011 Bilbao · 944 000 231
      """),
    M(id="kutxa_missed", kind=MISS, lang="es", company="Kutxa Solidaria", contact=ANE[1],
      frm=ANE, date="2026-04-21 09:52 +0200", parent="kutxa_invite", quote="outlook_es",
      subj="RE: Videoentrevista Analista BI (Riesgos)", cte="8bit", cs="iso-8859-1",
      body="""
      Hola, Guillermo:

      Koldo y yo hemos estado conectados a la sala de Webex desde las 9:30 y no has llegado a entrar. También te he llamado al móvil dos veces sin respuesta.

      Entendemos que puede haber surgido algo. Si sigues interesado, escríbeme y vemos otra fecha.

      Ane
      """),
    M(id="kutxa_sorry", kind=OTHER, lang="es", frm=ME, to=[ANE],
      date="2026-04-21 10:31 +0200", parent="kutxa_missed", quote="es",
      subj="RE: Videoentrevista Analista BI (Riesgos)",
      body="""
      Hola, Ane:

      Os pido mil disculpas. Esta mañana me han cambiado a última hora una guardia en el instituto y no he podido avisar a tiempo: el móvil estaba en la sala de profesores. Sigo muy interesado en el puesto.

      Estoy libre el jueves 23 a cualquier hora y el viernes por la tarde.

      Un saludo,
      Guillermo
      """),
    M(id="kutxa_newslot", kind=INV, lang="es", company="Kutxa Solidaria", contact=ANE[1],
      frm=ANE, date="2026-04-21 12:04 +0200", parent="kutxa_sorry", quote="outlook_es",
      subj="RE: Videoentrevista Analista BI (Riesgos) - nueva convocatoria", fmt="alt",
      ics={"method": "REQUEST", "uid": "ks-4471-ge-2@kutxasolidaria.example.es",
           "start": "2026-04-23 16:00", "mins": 45, "prodid": "Microsoft Corporation//Outlook 16.0",
           "summary": "Videoentrevista Analista BI - Guillermo Echevarría",
           "location": "Webex https://kutxasolidaria.example.es/webex/ks-4471-ge"},
      body="""
      Sin problema, Guillermo, son cosas que pasan.

      Te envío una nueva convocatoria para el jueves 23 a las 16:00, mismo enlace de Webex. Esta vez te llamo yo cinco minutos antes por si acaso.

      Ane
      """),
    M(id="kutxa_offer", kind=OFFER, lang="es", company="Kutxa Solidaria", contact=ANE[1],
      frm=ANE, date="2026-05-12 13:25 +0200", cc=[("Koldo Uriarte",
                                                  "k.uriarte@kutxasolidaria.example.es")],
      subj="Oferta - Analista BI (Riesgos)",
      pdfs=[("Carta_oferta_KS_4471.pdf", [
          "KUTXA SOLIDARIA - Carta de oferta", "Bilbao, 12 de mayo de 2026", "",
          "Estimado Sr. Echevarria:",
          "Nos complace ofrecerle el puesto de Analista BI (Riesgos), nivel 6.",
          "Salario bruto anual: 38.900 EUR en 14 pagas + beneficios sociales.",
          "Contrato indefinido con periodo de prueba de seis meses.",
          "Rogamos nos comunique su decision antes del 22 de mayo de 2026."])],
      body="""
      Hola, Guillermo:

      Enhorabuena. Después de las entrevistas con Koldo y con la dirección del área, nos encantaría que te unieras al equipo de Información de Gestión de Riesgos. Te adjunto la carta de oferta con todas las condiciones.

      Cualquier duda sobre la retribución o la fecha de incorporación la podemos hablar por teléfono cuando quieras.

      Un abrazo,
      Ane Goikoetxea
      Selección y Desarrollo
      Kutxa Solidaria

      AVISO LEGAL: Este mensaje y sus anexos son confidenciales y para uso exclusivo de su destinatario. Kutxa Solidaria, S. Coop. de Crédito, tratará sus datos conforme a su política de privacidad.
      """),
    M(id="kutxa_contract", kind=OFFER, lang="es", company="Kutxa Solidaria",
      contact="inigo.etxeberria@kutxasolidaria.example.es",
      frm=("Iñigo Etxeberria", "inigo.etxeberria@kutxasolidaria.example.es"),
      name_cs=("iso-8859-1", "q"), subj_cs=("windows-1252", "b"),
      date="2026-05-27 09:40 +0200", subj="Contrato para firma – Kutxa Solidaria",
      cs="windows-1252", cte="quoted-printable",
      pdfs=[("Contrato_GEchevarria_firma.pdf", [
          "CONTRATO DE TRABAJO INDEFINIDO", "Trabajador: Guillermo Echevarria Lizarraga",
          "Categoria: Tecnico nivel 6 - Analista BI (Riesgos)",
          "Fecha de inicio: 1 de septiembre de 2026", "Firma del trabajador: ____________"])],
      body="""
      Buenos días, Guillermo:

      Soy Iñigo, de Relaciones Laborales. Ane me comenta que has aceptado la oferta, ¡bienvenido! Te adjunto el contrato para que lo revises y lo firmes. Puedes firmarlo digitalmente y devolvérmelo por este mismo correo antes del viernes 5 de junio.

      También necesito copia de tu DNI, número de la Seguridad Social y un IBAN para la nómina.

      Saludos,
      Iñigo Etxeberria
      Relaciones Laborales – Kutxa Solidaria
      """),

    # ---- Componentes Arga (car parts, Pamplona): Workday ack -> no after interview ----
    M(id="arga_ack", kind=ACK, lang="es", company="Componentes Arga",
      frm=("Componentes Arga", "componentesarga@myworkday.com"), date="2026-01-19 06:33 +0000",
      subj="Componentes Arga: solicitud recibida para R-00871 Analista de Datos Industriales",
      fmt="html", cte="base64", brand="Componentes Arga", color="#b71c1c",
      body="""
      Hola Guillermo:

      Gracias por enviar tu solicitud para R-00871 Analista de Datos Industriales (Pamplona / Landaben).

      Hemos recibido correctamente tu candidatura. Puedes revisar su estado iniciando sesión en nuestro portal de empleo.

      Atentamente,
      Talent Acquisition - Componentes Arga

      Este correo se ha generado automáticamente desde Workday. No respondas a este mensaje.
      """),
    M(id="arga_invite", kind=INV, lang="es", company="Componentes Arga", contact=JAVIER[1],
      frm=JAVIER, date="2026-01-27 12:58 +0100", cs="iso-8859-1", cte="8bit",
      subj="Llamada - Analista de Datos Industriales (R-00871)",
      body="""
      Hola Guillermo,

      te escribo de Talent Acquisition de Componentes Arga. Me gustaría tener una primera llamada contigo de unos 30 minutos para conocerte y contarte el puesto. ¿Te va bien el viernes 30 a las 16:00? Te llamaría al teléfono que indicas en el CV.

      Saludos
      Javier Murillo
      Talent Acquisition Partner
      Componentes Arga · Polígono Landaben, calle E, 31012 Pamplona
      """),
    M(id="arga_move", kind=RES, lang="es", company="Componentes Arga", contact=JAVIER[1],
      frm=JAVIER, date="2026-01-29 17:21 +0100", parent="arga_invite", quote="outlook_es",
      subj="RE: Llamada - Analista de Datos Industriales (R-00871)", cs="iso-8859-1",
      cte="quoted-printable",
      body="""
      Guillermo, perdona: mañana tengo auditoría de cliente en planta todo el día y no voy a poder hacer la llamada. ¿La pasamos al martes 3 de febrero a las 12:00? Si no te viene bien, proponme tú otra hora.

      Javier
      """),
    M(id="arga_rej", kind=REJ, lang="es", company="Componentes Arga", contact=JAVIER[1],
      frm=JAVIER, date="2026-02-20 10:02 +0100", parent="arga_move", quote="outlook_es",
      subj="RE: Llamada - Analista de Datos Industriales (R-00871)", cs="iso-8859-1",
      cte="quoted-printable",
      body="""
      Hola Guillermo,

      gracias de nuevo por tu tiempo en la llamada y en la entrevista con el equipo de Calidad. Nos gustó mucho tu forma de explicar los análisis, pero finalmente hemos decidido seguir adelante con un candidato con más experiencia en entorno de planta y en control estadístico de procesos.

      Guardamos tu CV por si surge otra posición que encaje mejor. Te deseo mucha suerte.

      Saludos
      Javier
      """),

    # ---- Pitchline Data (sports analytics, remote, English): Greenhouse ----
    M(id="pitchline_ack", kind=ACK, lang="en", company="Pitchline Data",
      frm=("Pitchline Data", "no-reply@us.greenhouse-mail.io"), date="2026-03-02 14:05 -0500",
      subj="Thank you for applying to Pitchline Data", fmt="alt", brand="Pitchline Data",
      color="#111827", cte="quoted-printable",
      body="""
      Hi Guillermo,

      Thanks for applying for the Data Analyst, Match Insights (Remote - EMEA) role at Pitchline Data! We've received your application and our team is reviewing it.

      We review every application by hand, so it can take a couple of weeks before you hear from us. If your background is a fit, someone from our recruiting team will reach out about next steps.

      Cheers,
      The Pitchline Data Recruiting Team
      """),
    M(id="pitchline_invite", kind=INV, lang="en", company="Pitchline Data",
      contact="megan.oduya@pitchline.example.com", frm=MEGAN,
      reply=("Megan Oduya", "megan.oduya@pitchline.example.com"),
      date="2026-03-09 11:40 -0500", fmt="alt", cte="quoted-printable",
      subj="Pitchline Data: let's schedule your intro call",
      body="""
      Hi Guillermo,

      Thanks for your interest in Pitchline Data! I'm Megan, I look after recruiting for our Insights team. Your application for Data Analyst, Match Insights stood out (a maths teacher who builds xG models for his school's football club is a first for us).

      I'd love to set up a 30-minute intro video call. Please pick a time that works for you here:
      https://app.greenhouse.example/schedule/pitchline/7f3c9a

      Talk soon,
      Megan Oduya
      Technical Recruiter, Pitchline Data
      """),
    M(id="pitchline_thanks", kind=OTHER, lang="en", frm=ME,
      to=[("Megan Oduya", "megan.oduya@pitchline.example.com")],
      date="2026-03-13 19:02 +0100", parent="pitchline_invite", quote="en",
      subj="Re: Pitchline Data: let's schedule your intro call", cte="7bit",
      body="""
      Hi Megan,

      Thank you for the chat today and for walking me through how the Insights team works with the clubs. I really enjoyed it and I'm excited about the take-home if I get that far.

      Best regards,
      Guillermo
      """),
    M(id="pitchline_rej", kind=REJ, lang="en", company="Pitchline Data",
      contact="megan.oduya@pitchline.example.com", frm=MEGAN,
      reply=("Megan Oduya", "megan.oduya@pitchline.example.com"),
      date="2026-03-24 16:15 -0400", parent="pitchline_thanks", quote="en",
      subj="Re: Pitchline Data: let's schedule your intro call", cte="quoted-printable",
      body="""
      Hi Guillermo,

      Thank you again for your time and for the thoughtful questions on our call. After a lot of discussion, we've decided to move forward with candidates whose experience more closely matches what the team needs right now, mainly people who have already worked with club tracking data.

      This was genuinely a hard call. We'd be happy to keep your details on file for future openings.

      All the best,
      Megan
      """),

    # ---- Kessler Fahrzeugteile (car parts, Frankfurt, German): Personio ----
    M(id="kessler_ack", kind=ACK, lang="de", company="Kessler Fahrzeugteile",
      frm=("Kessler Fahrzeugteile GmbH", "no-reply@kessler-fahrzeugteile.jobs.personio.de"),
      date="2026-04-08 09:01 +0200", subj="Ihre Bewerbung als Datenanalyst (m/w/d)",
      fmt="html", cte="quoted-printable", brand="Kessler Fahrzeugteile", color="#37474f",
      body="""
      Hallo Guillermo Echevarría Lizarraga,

      vielen Dank für Ihre Bewerbung als Datenanalyst (m/w/d) Produktion an unserem Standort Frankfurt am Main. Ihre Unterlagen sind vollständig bei uns eingegangen.

      Wir prüfen Ihre Bewerbung sorgfältig und melden uns in der Regel innerhalb von zwei Wochen bei Ihnen.

      Mit freundlichen Grüßen
      Ihr Recruiting-Team der Kessler Fahrzeugteile GmbH
      """),
    M(id="kessler_invite", kind=INV, lang="de", company="Kessler Fahrzeugteile",
      contact=SABINE[1], frm=SABINE, date="2026-04-15 14:22 +0200", fmt="alt",
      subj="Einladung zum Videointerview – Datenanalyst (m/w/d)", subj_cs=("utf-8", "b"),
      ics={"method": "REQUEST", "uid": "040000008200E00074C5B7101A82E008-kf-1187",
           "start": "2026-04-22 10:00", "mins": 60, "tz": "Europe/Berlin",
           "prodid": "Microsoft Corporation//Outlook 16.0",
           "summary": "Videointerview Datenanalyst - Herr Echevarría",
           "location": "Microsoft Teams-Besprechung"},
      body="""
      Sehr geehrter Herr Echevarría,

      vielen Dank für Ihre Bewerbung und Ihr Interesse an der Kessler Fahrzeugteile GmbH. Wir möchten Sie gerne näher kennenlernen und laden Sie zu einem Videointerview ein:

      Mittwoch, 22. April 2026, 10:00 Uhr (MESZ), ca. 60 Minuten, über Microsoft Teams

      Gesprächspartner sind Herr Dr. Thomas Brandl (Leiter Qualitätsdaten) und ich. Die Einladung finden Sie im Anhang. Das Gespräch kann auf Englisch stattfinden.

      Mit freundlichen Grüßen

      Sabine Hartwig
      Personalreferentin
      Kessler Fahrzeugteile GmbH | Hanauer Landstraße 220 | 60314 Frankfurt am Main
      Tel. +49 69 000 5512
      Geschäftsführer: Markus Kessler | Amtsgericht Frankfurt am Main HRB 00000
      """),
    M(id="kessler_move", kind=RES, lang="de", company="Kessler Fahrzeugteile",
      contact=SABINE[1], frm=SABINE, date="2026-04-20 08:47 +0200", parent="kessler_invite",
      quote="de", fmt="alt", subj="AW: Einladung zum Videointerview – Datenanalyst (m/w/d)",
      ics={"method": "REQUEST", "uid": "040000008200E00074C5B7101A82E008-kf-1187", "seq": 1,
           "start": "2026-04-24 14:00", "mins": 60, "tz": "Europe/Berlin",
           "prodid": "Microsoft Corporation//Outlook 16.0",
           "summary": "Videointerview Datenanalyst - Herr Echevarría (verschoben)",
           "location": "Microsoft Teams-Besprechung"},
      body="""
      Sehr geehrter Herr Echevarría,

      leider muss Herr Dr. Brandl am Mittwoch kurzfristig zu einem Kunden. Wir würden das Gespräch daher gerne auf Freitag, 24. April, 14:00 Uhr verschieben. Die aktualisierte Einladung liegt bei.

      Bitte entschuldigen Sie die Umstände.

      Mit freundlichen Grüßen
      Sabine Hartwig
      """),
    M(id="kessler_cancel", kind=RES, lang="de", company="Kessler Fahrzeugteile",
      contact=SABINE[1], frm=SABINE, date="2026-04-23 17:55 +0200", parent="kessler_move",
      quote="de", fmt="alt", subj="Abgesagt: Videointerview Datenanalyst - Herr Echevarría",
      ics={"method": "CANCEL", "uid": "040000008200E00074C5B7101A82E008-kf-1187", "seq": 2,
           "start": "2026-04-24 14:00", "mins": 60, "tz": "Europe/Berlin",
           "prodid": "Microsoft Corporation//Outlook 16.0",
           "summary": "Abgesagt: Videointerview Datenanalyst - Herr Echevarría",
           "location": "Microsoft Teams-Besprechung"},
      body="""
      Sehr geehrter Herr Echevarría,

      es tut mir sehr leid, aber wir müssen den Termin morgen absagen: Bei uns stehen diese Woche interne Abstimmungen zur Stelle an. Ihre Bewerbung bleibt selbstverständlich im Verfahren, ich melde mich Anfang Mai mit einem neuen Terminvorschlag.

      Viele Grüße
      Sabine Hartwig
      """),
    M(id="kessler_rej", kind=REJ, lang="de", company="Kessler Fahrzeugteile",
      contact=SABINE[1], frm=SABINE, date="2026-05-11 11:12 +0200", parent="kessler_cancel",
      quote="outlook_de", subj="AW: Abgesagt: Videointerview Datenanalyst - Herr Echevarría",
      cs="iso-8859-1", cte="quoted-printable",
      body="""
      Sehr geehrter Herr Echevarría,

      wie angekündigt melde ich mich bei Ihnen. Leider habe ich keine guten Nachrichten: Die Position als Datenanalyst wurde inzwischen intern mit einem Kollegen aus der Qualitätssicherung besetzt. Wir werden das Verfahren daher nicht weiterführen.

      Vielen Dank für Ihre Geduld und Ihr Interesse an unserem Unternehmen. Für Ihren weiteren Weg wünsche ich Ihnen alles Gute.

      Mit freundlichen Grüßen
      Sabine Hartwig
      """),

    # ---- Vinéa Distribution (supermarkets, Bordeaux, French): Recruitee ----
    M(id="vinea_ack", kind=ACK, lang="fr", company="Vinéa Distribution",
      frm=("Vinéa Distribution", "vinea-distribution@recruitee.com"), name_cs=("utf-8", "b"),
      date="2026-05-04 10:18 +0200", fmt="alt", cte="quoted-printable",
      subj="Votre candidature au poste de Data Analyst Supply (H/F) – Bordeaux",
      body="""
      Bonjour Guillermo,

      Merci pour votre candidature au poste de Data Analyst Supply (H/F) basé à notre siège de Bordeaux-Lac. Nous l'avons bien reçue.

      Notre équipe recrutement étudie chaque dossier avec attention. Nous reviendrons vers vous dans les meilleurs délais.

      Bien cordialement,
      L'équipe Talents de Vinéa Distribution
      """),
    M(id="vinea_invite", kind=INV, lang="fr", company="Vinéa Distribution",
      contact=CAMILLE[1], frm=CAMILLE, date="2026-05-12 15:36 +0200", cte="8bit",
      subj="Entretien visio - Data Analyst Supply",
      body="""
      Bonjour Guillermo,

      Suite à l'étude de votre candidature, j'aimerais vous proposer un premier entretien en visio avec Mathieu Dufour, responsable de la performance supply chain.

      Le mardi 19 mai à 10h00 (heure de Paris), lien Google Meet : https://meet.example.fr/vin-dsa-0519

      Merci de me confirmer votre disponibilité.

      Bien à vous,
      Camille Roussel
      Chargée de recrutement
      Vinéa Distribution – 12 quai de Bacalan, 33300 Bordeaux
      """),
    M(id="vinea_missed", kind=MISS, lang="fr", company="Vinéa Distribution",
      contact=CAMILLE[1], frm=CAMILLE, date="2026-05-19 10:25 +0200", parent="vinea_invite",
      quote="fr", subj="RE: Entretien visio - Data Analyst Supply", cte="8bit",
      body="""
      Bonjour Guillermo,

      Mathieu et moi vous avons attendu ce matin sur le lien Meet de 10h00 à 10h20, sans vous voir arriver. Je n'ai pas réussi à vous joindre au téléphone non plus.

      Pouvez-vous me dire ce qu'il s'est passé et si vous souhaitez toujours poursuivre le processus ?

      Camille
      """),
    M(id="vinea_sorry", kind=OTHER, lang="fr", frm=ME, to=[CAMILLE],
      date="2026-05-19 11:02 +0200", parent="vinea_missed", quote="fr",
      subj="RE: Entretien visio - Data Analyst Supply", cte="quoted-printable",
      body="""
      Bonjour Camille,

      Je suis vraiment désolé. J'avais noté l'entretien à 10h00 mais dans mon agenda il s'était enregistré pour le mercredi. C'est entièrement ma faute.

      Je reste très intéressé par le poste et je suis disponible quand vous le souhaitez cette semaine.

      Bien cordialement,
      Guillermo Echevarría
      """),
    M(id="vinea_rej", kind=REJ, lang="fr", company="Vinéa Distribution", contact=CAMILLE[1],
      frm=CAMILLE, date="2026-05-28 09:44 +0200", parent="vinea_sorry", quote="fr",
      subj="RE: Entretien visio - Data Analyst Supply", cte="8bit",
      body="""
      Bonjour Guillermo,

      Merci pour votre message et pour votre sincérité. Entre-temps, le processus a beaucoup avancé et nous avons retenu une autre candidature, dont le profil correspond davantage à nos besoins immédiats. Nous ne pourrons donc pas donner suite à votre candidature.

      Je vous souhaite une belle réussite dans votre reconversion.

      Cordialement,
      Camille Roussel
      """),

    # ---- Txapela Analytics (sports analytics start-up, San Sebastián, English): Ashby ----
    M(id="txapela_ack", kind=ACK, lang="en", company="Txapela Analytics",
      frm=("Txapela Analytics Hiring", "no-reply@ashbyhq.com"), date="2026-06-01 07:30 +0000",
      subj="We got your application, Guillermo", fmt="alt", cte="base64",
      body="""
      Hi Guillermo,

      Thanks for applying to the Junior BI Analyst (Remote, EU) position at Txapela Analytics. Your application is in and a real human will read it.

      We're a team of eleven in Donostia building performance analytics for pelota, rowing and basque football clubs. We usually reply within ten working days.

      Eskerrik asko,
      Txapela Analytics
      """),
    M(id="txapela_invite", kind=INV, lang="en", company="Txapela Analytics",
      contact="jon@txapela.example.es", frm=JON, reply=("Jon Arrieta", "jon@txapela.example.es"),
      date="2026-06-05 12:11 +0200", fmt="alt",
      subj="Next step with Txapela Analytics: video call with Jon",
      ics={"method": "REQUEST", "uid": "ashby-8d1e2f-txapela", "start": "2026-06-11 11:00",
           "mins": 40, "prodid": "Ashby//Scheduling", "cte": "8bit",
           "summary": "Txapela Analytics <> Guillermo Echevarría",
           "location": "https://meet.example.com/txa-jon-ge"},
      body="""
      Hi Guillermo,

      Jon here, co-founder of Txapela. I liked your application a lot. Could we do a 40-minute video call on Thursday 11 June at 11:00 CEST? I've sent a calendar invite; accept it or pick another slot from the link in the invite.

      We'll talk about the role and I'll show you a bit of our rowing dataset.

      Jon
      """),
    M(id="txapela_push", kind=RES, lang="en", company="Txapela Analytics",
      contact="jon@txapela.example.es", frm=JON, reply=("Jon Arrieta", "jon@txapela.example.es"),
      date="2026-06-10 21:48 +0200", parent="txapela_invite", quote="en",
      subj="Re: Next step with Txapela Analytics: video call with Jon", cte="7bit",
      body="""
      Hey Guillermo, sorry for the late notice: a client in Bilbao moved a workshop onto tomorrow morning and I have to be there. Could we push our call to Monday 15 June, same time? I'll update the invite if that works.

      Apologies,
      Jon
      """),
    M(id="txapela_rej", kind=REJ, lang="en", company="Txapela Analytics",
      contact="jon@txapela.example.es", frm=JON, reply=("Jon Arrieta", "jon@txapela.example.es"),
      date="2026-06-29 18:20 +0200", parent="txapela_push", quote="en", cte="7bit",
      subj="Re: Next step with Txapela Analytics: video call with Jon",
      body="""
      Hi Guillermo,

      I wanted to tell you myself rather than through an automated email. We lost one of our bigger contracts last week and we've had to freeze hiring for the BI role until at least next year, so we won't be moving forward with the process.

      I'm sorry, because our call on the 15th was one of the best I had. If things change I'll reach out first.

      Jon
      """),

    # ---- Observatorio Estadístico Foral (public statistics office, Pamplona) ----
    M(id="oef_ack", kind=ACK, lang="es", company="Observatorio Estadístico Foral",
      contact=MPUY[1], frm=MPUY, date="2026-02-12 12:44 +0100", cs="windows-1252",
      cte="8bit", name_cs=("windows-1252", "q"),
      subj="Recepción de solicitud - Bolsa Técnico/a de Análisis Estadístico",
      body="""
      Estimado Sr. Echevarría:

      Le confirmamos que su solicitud para la constitución de la bolsa de Técnico/a de Análisis Estadístico (convocatoria 2/2026) ha tenido entrada en el registro con el número 2026/000418.

      La lista provisional de personas admitidas se publicará en el Boletín y en la sede electrónica en las próximas semanas.

      Atentamente,
      María Puy Goñi Arbizu
      Sección de Personal
      Observatorio Estadístico Foral
      """),
    M(id="oef_exam", kind=INV, lang="es", company="Observatorio Estadístico Foral",
      contact=MPUY[1], frm=MPUY, date="2026-03-02 09:15 +0100", fmt="html", cs="windows-1252",
      cte="quoted-printable", name_cs=("windows-1252", "q"),
      subj="Convocatoria a la prueba práctica - Bolsa Técnico/a de Análisis",
      html="""<html><body style="font-family:Verdana;font-size:12px">
<p>Estimado Sr. Echevarría:</p>
<p>Por la presente se le <b>convoca a la prueba práctica</b> de la bolsa de Técnico/a de
Análisis Estadístico, que se celebrará:</p>
<table border="1" cellpadding="4">
<tr><td>Fecha</td><td>sábado, 14 de marzo de 2026</td></tr>
<tr><td>Hora</td><td>10:00 (llamamiento único)</td></tr>
<tr><td>Lugar</td><td>Aula 3, edificio del Observatorio, avenida de Carlos III 12, Pamplona</td></tr>
</table>
<p>Deberá presentarse con DNI. La prueba consistirá en el análisis de un conjunto de datos
con R o Python y una entrevista posterior con el tribunal.</p>
<p>Atentamente,<br>María Puy Goñi Arbizu<br>Sección de Personal</p>
</body></html>
""",
      body="""
      Estimado Sr. Echevarría: convocatoria a la prueba práctica.
      """),
    M(id="oef_postpone", kind=RES, lang="es", company="Observatorio Estadístico Foral",
      contact=MPUY[1], frm=MPUY, date="2026-03-10 13:02 +0100", cs="windows-1252", cte="8bit",
      name_cs=("windows-1252", "q"),
      subj="Aplazamiento de la prueba práctica del 14 de marzo",
      body="""
      Estimado Sr. Echevarría:

      Le comunicamos que, por coincidencia con la jornada de huelga convocada en el sector público, la prueba práctica prevista para el sábado 14 de marzo queda aplazada al sábado 28 de marzo de 2026, a las 10:00, en el mismo lugar.

      Las personas convocadas no necesitan realizar ningún trámite adicional.

      Atentamente,
      María Puy Goñi Arbizu
      Sección de Personal
      Observatorio Estadístico Foral
      """),
    M(id="oef_rej", kind=REJ, lang="es", company="Observatorio Estadístico Foral",
      contact=MPUY[1], frm=MPUY, date="2026-04-20 10:30 +0200", cs="windows-1252", cte="8bit",
      name_cs=("windows-1252", "q"),
      subj="Resultado de la prueba práctica - Bolsa Técnico/a de Análisis",
      body="""
      Estimado Sr. Echevarría:

      Una vez corregida la prueba práctica, le informamos de que su puntuación (21,5 puntos) no alcanza el mínimo de 25 puntos exigido en las bases, por lo que no ha superado esta fase y no formará parte de la bolsa.

      Contra este resultado puede presentar reclamación en el plazo de diez días hábiles.

      Atentamente,
      María Puy Goñi Arbizu
      Sección de Personal
      Observatorio Estadístico Foral
      """),

    # ---- Universidad Bidasoa (university, San Sebastián) ----
    M(id="ub_ack", kind=ACK, lang="es", company="Universidad Bidasoa", contact=UB[1], frm=UB,
      date="2026-07-02 11:20 +0200", subj="Plaza técnico/a de datos - Unidad de Calidad",
      body="""
      Buenos días Guillermo,

      Acusamos recibo de tu candidatura para la plaza de técnico/a de datos de la Unidad de Calidad y Evaluación. Las entrevistas se harán en la segunda quincena de julio.

      Un saludo,
      Itziar Lasa
      Unidad de Calidad y Evaluación - Universidad Bidasoa
      """),
    M(id="ub_invite", kind=INV, lang="es", company="Universidad Bidasoa", contact=UB[1], frm=UB,
      date="2026-07-13 09:50 +0200", parent="ub_ack", quote="es",
      subj="Re: Plaza técnico/a de datos - Unidad de Calidad",
      body="""
      Hola de nuevo Guillermo,

      Te citamos para una entrevista por teléfono el jueves 16 de julio a las 11:30. Te llamaremos desde un número 943 de la universidad. Será con la directora de la unidad, Nerea Olano, y conmigo.

      Un saludo,
      Itziar
      """),
    M(id="ub_missed", kind=MISS, lang="es", company="Universidad Bidasoa", contact=UB[1],
      frm=UB, date="2026-07-16 11:48 +0200", parent="ub_invite", quote="es",
      subj="Re: Plaza técnico/a de datos - Unidad de Calidad",
      body="""
      Guillermo, te hemos llamado a las 11:30 y a las 11:40 al 6xx que figura en tu solicitud y salta el buzón de voz. ¿Va todo bien?

      Podemos intentarlo mañana viernes a la misma hora si te viene bien.

      Itziar
      """),
    M(id="ub_rej", kind=REJ, lang="es", company="Universidad Bidasoa", contact=UB[1], frm=UB,
      date="2026-09-08 10:05 +0200", subj="Suspensión del proceso - técnico/a de datos",
      body="""
      Estimado Guillermo:

      Te escribimos para comunicarte que el Vicerrectorado ha decidido suspender el proceso de selección de la plaza de técnico/a de datos de la Unidad de Calidad por falta de dotación presupuestaria. El proceso queda cerrado y no se realizarán más entrevistas.

      Agradecemos sinceramente tu interés y el tiempo dedicado.

      Un saludo,
      Itziar Lasa
      Unidad de Calidad y Evaluación - Universidad Bidasoa
      """),
]
