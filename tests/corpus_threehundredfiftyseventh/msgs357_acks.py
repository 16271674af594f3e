"""Acknowledgements of applications, and the two offers outside the long threads."""

from __future__ import annotations

from msgs357_common import html_page, m

ACKS = [
    # ---------------------------------------------------------------- es
    m(n="penarubia_ack_bamboohr", kind="application_received", lang="es",
      company="Estación de Montaña Peña Rubia",
      frm=("Estación de Montaña Peña Rubia", "notifications@app.bamboohr.com"),
      date="2026-07-30 15:45", tz="UTC",
      subject="Gracias por tu candidatura – Coordinador/a de Servicios de Pista",
      text="""Hola Gonzalo,

Te confirmamos que hemos recibido tu candidatura para el puesto de Coordinador/a de Servicios de Pista (temporada 2026/27) en la Estación de Montaña Peña Rubia.

Revisaremos todas las solicitudes después del cierre de la oferta, el 15 de agosto. Si tu perfil encaja, te contactaremos para una entrevista.

Un saludo,
Equipo de Personas
Estación de Montaña Peña Rubia
"""),
    m(n="aquaduna_ack_cannot_reply", kind="application_received", lang="es",
      company="Aquaduna Centros Acuáticos",
      frm=("Aquaduna Centros Acuáticos", "noreply@candidates.workablemail.com"),
      date="2026-03-04 18:20", tz="UTC", cs="utf-8", cte="base64",
      subject="Hemos recibido tu candidatura – Aquaduna Centros Acuáticos",
      html=html_page([
          "Hola Gonzalo,",
          "¡Gracias por tu interés en <b>Aquaduna Centros Acuáticos</b>! Hemos recibido tu "
          "candidatura para <b>Coordinador/a de Piscinas – Oviedo</b>.",
          "Recibimos muchas candidaturas y no podemos responder individualmente a cada "
          "persona. Si no tienes noticias nuestras en las próximas cuatro semanas, no "
          "significa que no la hayamos tenido en cuenta: tu perfil quedará registrado para "
          "futuras vacantes.",
          "Gracias de nuevo,<br>El equipo de Aquaduna"],
          brand="Aquaduna", color="#00695c",
          footer="Powered by Workable")),
    m(n="manzanares_ack_workday", kind="application_received", lang="es",
      company="Ciudad Deportiva Manzanares",
      frm=("Ciudad Deportiva Manzanares", "cdmanzanares@myworkday.com"),
      date="2026-04-14 06:30", tz="UTC",
      subject="Solicitud recibida: Jefe/a de Turno (JR-2026-118)",
      text="""Hola Gonzalo:

Gracias por solicitar el puesto Jefe/a de Turno (JR-2026-118) en Ciudad Deportiva Manzanares.

Hemos recibido tu solicitud. El equipo de selección revisará tu candidatura y te informará de los siguientes pasos. Puedes consultar el estado de tu solicitud en cualquier momento en nuestro sitio de empleo.

Saludos cordiales,
Ciudad Deportiva Manzanares

Este correo se ha generado automáticamente. No respondas a este mensaje.
"""),
    m(n="aviles_registro_entrada", kind="application_received", lang="es",
      company="Fundación Avilés Activa", contact="personal@avilesactiva.example.es",
      frm=("Fundación Avilés Activa · Personal", "personal@avilesactiva.example.es"),
      date="2026-01-26 11:11", cs="windows-1252", cte="quoted-printable",
      subj_enc=("windows-1252", "q"),
      subject="Acuse de recibo – solicitud n.º 0043 – Encargado/a de instalación acuática",
      text="""Estimado/a Sr./Sra.:

Acusamos recibo de su solicitud para participar en el proceso de selección de Encargado/a de instalación acuática, registrada con el número 0043 en fecha 26/01/2026.

La lista provisional de personas admitidas y excluidas se publicará en la web de la Fundación en un plazo aproximado de diez días hábiles.

Atentamente,
Fundación Avilés Activa
Área de Personal
C/ de la Cámara 00 · 33402 Avilés
"""),
    m(n="marejada_ack_human", kind="application_received", lang="es",
      company="Marejada Surf Schools", contact="direccion@marejadasurf.example.es",
      frm=("Lucía Fano · Marejada Surf", "direccion@marejadasurf.example.es"),
      date="2026-03-16 09:48",
      subject="Re: Coordinador escuela Salinas",
      text="""¡Hola Gonzalo!

Recibido tu correo y el currículum, muchas gracias. Esta semana estamos liados con el montaje de la escuela, pero lo miro con calma y te digo algo antes del fin de semana.

Lucía
Marejada Surf Schools
"""),
    m(n="llanes_solicitud_recibida", kind="application_received", lang="es",
      company="Patronato Municipal de Deportes de Llanes",
      contact="deportes@pmdllanes.example.es",
      frm=("Patronato Municipal de Deportes de Llanes", "deportes@pmdllanes.example.es"),
      date="2026-03-30 13:05", cs="iso-8859-1", cte="8bit",
      name_enc=("iso-8859-1", "b"),
      subject="Registro de su solicitud - bolsa Socorrista-Monitor/a",
      text="""Sr. D. Gonzalo Urquiza Ferreira:

Le comunicamos que su solicitud de participación en la convocatoria para la constitución de una bolsa de empleo de Socorrista-Monitor/a de Natación ha tenido entrada en el registro del Patronato con fecha 30/03/2026.

La baremación de méritos se realizará una vez finalizado el plazo de presentación de instancias. El resultado se publicará en el tablón de anuncios y se comunicará a los interesados.

Patronato Municipal de Deportes de Llanes
"""),
    # ---------------------------------------------------------------- en
    m(n="peakline_ack_workable", kind="application_received", lang="en",
      company="Peakline Gyms",
      frm=("Peakline Gyms", "noreply@candidates.workablemail.com"), date="2026-02-18 21:03",
      tz="UTC",
      subject="Thanks for applying to Peakline Gyms",
      text="""Hi Gonzalo,

Thanks for applying for the Gym Manager (Salford Quays) position at Peakline Gyms. Your application has been received and our hiring team will review it shortly.

Peakline Gyms
"""),
    m(n="salford_ack_icims", kind="application_received", lang="en",
      company="Salford Aquatics Trust",
      frm=("Salford Aquatics Trust Careers", "salfordaquatics@talent.icims.com"),
      date="2026-05-19 14:50",
      subject="Application received: Aquatics Supervisor (Req 2214)",
      html=html_page([
          "Dear Gonzalo,",
          "Thank you for applying for the position of <b>Aquatics Supervisor</b> "
          "(Requisition 2214). We confirm that your application has been submitted "
          "successfully.",
          "Due to the high volume of applications we receive, we are unable to respond to "
          "each applicant individually. Only candidates selected for interview will be "
          "contacted.",
          "Kind regards,<br>Salford Aquatics Trust Recruitment"],
          brand="Salford Aquatics Trust", color="#01579b",
          footer="This is an automated message from iCIMS. Please do not reply.")),
    # ---------------------------------------------------------------- de
    m(n="baeder_ack_softgarden", kind="application_received", lang="de",
      company="Bäderbetriebe Inntal",
      frm=("Bäderbetriebe Inntal", "noreply@softgarden.io"), date="2026-07-29 19:10",
      subject="Eingangsbestätigung Ihrer Bewerbung – Schichtleitung Hallenbad",
      text="""Sehr geehrter Herr Urquiza Ferreira,

herzlichen Dank für Ihre Bewerbung als Schichtleitung Hallenbad und das damit verbundene Interesse an den Bäderbetrieben Inntal.

Ihre Unterlagen sind vollständig bei uns eingegangen. Wir werden diese nun sorgfältig prüfen und uns schnellstmöglich mit Ihnen in Verbindung setzen.

Den aktuellen Status Ihrer Bewerbung können Sie jederzeit in Ihrem Bewerberkonto einsehen.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Bäderbetriebe Inntal
"""),
    m(n="tirolaktiv_ack_successfactors", kind="application_received", lang="de",
      company="Tirol Aktiv Sportzentren",
      frm=("Tirol Aktiv Sportzentren", "tirolaktiv-noreply@successfactors.eu"),
      date="2026-07-08 05:30", tz="UTC", cs="iso-8859-1", cte="quoted-printable",
      subj_enc=("iso-8859-1", "b"),
      subject="Bestätigung: Bewerbung für Teamleitung Sportzentrum West",
      text="""Sehr geehrter Herr Urquiza Ferreira,

vielen Dank für Ihre Bewerbung für die Position Teamleitung Sportzentrum West (Job-ID 7731). Hiermit bestätigen wir den Eingang Ihrer Bewerbungsunterlagen.

Bitte haben Sie Verständnis, dass die Prüfung aller Bewerbungen einige Zeit in Anspruch nimmt. Wir werden uns so bald wie möglich bei Ihnen melden.

Mit freundlichen Grüßen
Personalabteilung Tirol Aktiv Sportzentren

Dies ist eine automatisch generierte E-Mail. Bitte antworten Sie nicht darauf.
"""),
    m(n="fitwerk_ack_recruitee", kind="application_received", lang="de",
      company="FitWerk Innsbruck",
      frm=("FitWerk Innsbruck", "notifications@recruitee.com"), date="2026-09-02 12:14",
      subject="Danke für deine Bewerbung bei FitWerk!",
      html=html_page([
          "Hi Gonzalo,",
          "danke für deine Bewerbung als <b>Trainer &amp; Teamleitung Aqua</b>! Sie ist gut "
          "bei uns angekommen.",
          "Wir schauen uns alle Bewerbungen persönlich an und melden uns in den nächsten "
          "zwei Wochen bei dir.",
          "Sportliche Grüße<br>Dein FitWerk-Team"],
          brand="FitWerk", color="#ef6c00",
          footer="Gesendet über Recruitee. Antworten auf diese E-Mail werden nicht gelesen.")),
    # ---------------------------------------------------------------- fr
    m(n="ocealys_ack_taleo", kind="application_received", lang="fr", company="Océalys",
      frm=("Océalys Recrutement", "ocealys@taleo.net"), date="2026-04-02 07:15", tz="UTC",
      cs="iso-8859-1", cte="quoted-printable",
      subject="Accusé de réception de votre candidature (réf. 26-0412)",
      text="""Bonjour Gonzalo Urquiza Ferreira,

Nous accusons réception de votre candidature au poste de Directeur adjoint de centre aquatique (réf. 26-0412) et vous remercions de l'intérêt que vous portez à Océalys.

Votre dossier va être étudié avec attention. Si votre profil correspond à nos attentes, nous prendrons contact avec vous prochainement.

Cordialement,
Le service Recrutement Océalys

Ceci est un message automatique, merci de ne pas y répondre.
"""),
    m(n="thalasso_ack_bamboohr", kind="application_received", lang="fr",
      company="Thalasso Phare Basque",
      frm=("Thalasso Phare Basque", "notifications@app.bamboohr.com"),
      date="2026-06-29 16:22",
      subject="Merci pour votre candidature – Thalasso Phare Basque",
      text="""Bonjour Gonzalo,

Nous avons bien reçu votre candidature pour le poste de responsable piscine et fitness. Merci de l'intérêt que vous portez à Thalasso Phare Basque.

Notre équipe RH étudie chaque dossier et reviendra vers vous si votre profil est retenu pour la suite du processus.

À bientôt,
L'équipe RH - Thalasso Phare Basque
"""),
]

OFFERS = [
    m(n="olea_summer_offer", kind="offer", lang="es", company="Olea Fitness",
      contact="borja.quintana@oleafitness.example.es",
      frm=("Borja Quintana", "borja.quintana@oleafitness.example.es"),
      date="2026-02-19 15:33", cte="8bit",
      subject="Plaza de coordinador acuático este verano",
      text="""Hola Gonzalo,

Como te dije ayer en el club, nos encantaría contar contigo como coordinador de actividades acuáticas de Olea Santander Valdenoja para el verano: contrato de obra del 15 de junio al 15 de septiembre, 30 horas semanales, 1.650 € brutos al mes.

Si te interesa, el puesto es tuyo. Necesitaría que me dijeras algo antes del 6 de marzo para cerrar el cuadrante.

Un abrazo,
Borja Quintana
Gerente · Olea Santander Valdenoja
"""),
    m(n="mancunia_casual_offer", kind="offer", lang="en", company="Mancunia Leisure",
      contact="gemma.rigby@mancunialeisure.example.co.uk",
      frm=("Gemma Rigby", "gemma.rigby@mancunialeisure.example.co.uk"),
      date="2026-02-25 12:10",
      subject="Casual swimming teacher - offer of hours",
      text="""Dear Gonzalo,

Thank you for sending your ASA/Swim England equivalence documents. We're pleased to offer you a casual contract as a swimming teacher with Mancunia Leisure, with up to 12 hours a week across our Hulme Park and Moss Side pools, paid at £14.80 per hour.

To accept, please reply to this email confirming your start availability. We will then send the casual worker agreement and arrange your poolside induction.

Kind regards,
Gemma Rigby
Swim School Coordinator
Mancunia Leisure
"""),
]

MESSAGES = [*ACKS, *OFFERS]
