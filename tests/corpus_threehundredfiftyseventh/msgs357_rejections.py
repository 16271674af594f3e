"""Rejections outside the threads: every soft, relayed or procedural "no"."""

from __future__ import annotations

from msgs357_common import SIGNATURE_ES, html_page, m

MESSAGES = [
    # ---------------------------------------------------------------- es
    m(n="marejada_filled_internally", kind="rejection", lang="es", company="Marejada Surf Schools",
      contact="direccion@marejadasurf.example.es",
      frm=("Lucía Fano · Marejada Surf", "direccion@marejadasurf.example.es"),
      date="2026-04-09 19:22", cte="8bit",
      subject="Puesto de responsable de escuela en Salinas",
      text="""Hola Gonzalo,

Te escribo para contarte cómo ha quedado lo de la plaza de responsable de escuela en Salinas. Al final la hemos cubierto con Rubén, que llevaba tres veranos como monitor jefe con nosotros y se merecía la oportunidad, así que la plaza queda cubierta internamente.

Me quedo con tu currículum porque me encantó tu experiencia en salvamento; si abrimos algo en Gijón o en Somo te aviso.

Un abrazo y suerte,
Lucía Fano
Dirección · Marejada Surf Schools
"""),
    m(n="penarubia_not_shortlisted", kind="rejection", lang="es",
      company="Estación de Montaña Peña Rubia",
      frm=("Estación de Montaña Peña Rubia", "notifications@app.bamboohr.com"),
      date="2026-08-18 10:05", tz="UTC",
      subject="Tu candidatura para Coordinador/a de Servicios de Pista",
      html=html_page([
          "Hola Gonzalo,",
          "Gracias por presentarte al puesto de <b>Coordinador/a de Servicios de Pista</b> "
          "para la temporada 2026/27.",
          "Hemos recibido un número muy alto de candidaturas y, tras revisarlas, lamentamos "
          "comunicarte que tu perfil no ha sido preseleccionado para la siguiente fase.",
          "Te agradecemos el interés y te animamos a presentarte a futuras ofertas.",
          "Un saludo,<br>Equipo de Personas<br>Estación de Montaña Peña Rubia"],
          brand="Peña Rubia", color="#37474f",
          footer="Este correo se ha enviado a través de BambooHR. No respondas a este mensaje.")),
    m(n="talentonorte_unnamed_client", kind="rejection", lang="es",
      company="Talento Norte Consultores", contact="carmen.villa@talentonorte.example.es",
      frm=("Carmen Villa", "carmen.villa@talentonorte.example.es"), date="2026-05-21 13:37",
      cs="iso-8859-1", cte="quoted-printable", name_enc=("iso-8859-1", "q"),
      subject="Proceso Jefe/a de Área Wellness - respuesta",
      text="""Hola Gonzalo:

Gracias por tu tiempo en la entrevista del martes. He compartido tu informe con nuestro cliente, una cadena hotelera con varios establecimientos en la costa cantábrica.

Lamentablemente, el cliente ha decidido avanzar con otras candidaturas que cuentan con experiencia previa gestionando un spa hotelero, por lo que tu candidatura no continúa en este proceso.

Seguimos en contacto para futuras posiciones del sector deportivo, que es donde creo que mejor encajas.

Un saludo,

Carmen Villa
Consultora senior · Talento Norte Consultores
Paseo de Pereda 00, Santander
"""),
    m(n="riberahunter_client_no", kind="rejection", lang="es",
      company="Hoteles Costa Quebrada", contact="jribera@riberahunter.example.es",
      frm=("Jaime Ribera", "jribera@riberahunter.example.es"), date="2026-07-02 08:51",
      subject="Re: Hoteles Costa Quebrada – feedback",
      text="""Buenos días Gonzalo,

Te llamo en cuanto pueda, pero te adelanto por aquí el feedback de Hoteles Costa Quebrada tras la entrevista final con su director general: han decidido no continuar contigo para la dirección del área deportiva del resort. Valoraron mucho tu cercanía y tu experiencia con grupos, pero buscan a alguien con trayectoria previa en gestión de presupuestos de más de un millón de euros.

Sé que es una decepción después de tres entrevistas. Hablamos esta tarde si te parece.

Jaime Ribera
Socio director · Ribera & Hunter Selección
M. 600 000 771
"""),
    m(n="manzanares_role_on_hold", kind="rejection", lang="es",
      company="Ciudad Deportiva Manzanares",
      contact="seleccion@cdmanzanares.example.es",
      frm=("Selección CD Manzanares", "seleccion@cdmanzanares.example.es"),
      date="2026-05-26 14:30", cs="windows-1252", cte="quoted-printable",
      subject="Proceso Jefe/a de Turno – Ciudad Deportiva Manzanares",
      html=html_page([
          "Estimado Gonzalo:",
          "Nos ponemos en contacto contigo en relación con el proceso de Jefe/a de Turno de "
          "la Ciudad Deportiva Manzanares en el que estabas participando.",
          "Por una reorganización interna derivada de la nueva concesión municipal, la "
          "dirección ha decidido <b>cancelar la vacante</b>, por lo que no continuaremos con "
          "el proceso ni con las entrevistas pendientes.",
          "Lamentamos las molestias y te agradecemos sinceramente el interés mostrado.",
          "Un cordial saludo,<br>Equipo de Selección<br>Ciudad Deportiva Manzanares · Madrid"],
          footer="La información contenida en este mensaje es confidencial.")),
    m(n="llanes_bolsa_excluded", kind="rejection", lang="es",
      company="Patronato Municipal de Deportes de Llanes",
      contact="deportes@pmdllanes.example.es",
      frm=("Patronato Municipal de Deportes de Llanes", "deportes@pmdllanes.example.es"),
      date="2026-04-30 12:00", cs="iso-8859-1", cte="quoted-printable",
      subj_enc=("iso-8859-1", "q"), name_enc=("iso-8859-1", "q"),
      subject="Resolución bolsa de empleo de Socorrista-Monitor/a: no seleccionado",
      text="""Sr. D. Gonzalo Urquiza Ferreira:

Por la presente se le comunica que, una vez baremados los méritos de la convocatoria para la constitución de una bolsa de empleo de Socorrista-Monitor/a de Natación (BOPA n.º 52), su solicitud ha obtenido 11,5 puntos, quedando por debajo de la puntuación de corte (14 puntos) fijada por el tribunal.

En consecuencia, no ha sido incluido en la bolsa resultante. Contra esta resolución podrá interponer recurso de alzada en el plazo de un mes desde su publicación en el tablón de anuncios.

Llanes, 30 de abril de 2026
La Secretaría del Patronato Municipal de Deportes
"""),
    m(n="aquaduna_workable_no", kind="rejection", lang="es",
      company="Aquaduna Centros Acuáticos",
      frm=("Aquaduna Centros Acuáticos", "noreply@candidates.workablemail.com"),
      date="2026-03-19 09:00", tz="UTC",
      subject="Tu candidatura a Coordinador/a de Piscinas – Aquaduna Oviedo",
      text="""Hola Gonzalo,

Gracias por tu interés en Aquaduna Centros Acuáticos y por presentarte a la vacante de Coordinador/a de Piscinas en Oviedo.

Hemos revisado tu candidatura con atención y, aunque tu experiencia es valiosa, hemos decidido avanzar con otros perfiles que se ajustan más a lo que necesitamos ahora mismo.

Te deseamos mucha suerte en tu búsqueda.

El equipo de Aquaduna
"""),
    m(n="flexiplan_filled", kind="rejection", lang="es", company="Flexiplan ETT",
      contact="oviedo@flexiplan.example.es",
      frm=("Flexiplan ETT Oviedo", "oviedo@flexiplan.example.es"),
      date="2026-07-09 11:48",
      subject="Oferta monitor/a de natación verano – Oviedo",
      text="""Hola Gonzalo,

Te contactamos en relación con la oferta de monitor/a de natación y socorrista para campus de verano en Oviedo a la que te inscribiste.

La empresa usuaria nos ha comunicado hoy que ya ha cubierto todas las plazas, por lo que cerramos la oferta. Tu inscripción queda en nuestra base de datos para próximas ofertas similares.

Gracias por tu interés.

Flexiplan ETT · Delegación Oviedo
C/ Uría 00, 33003 Oviedo
"""),
    m(n="olea_early_rejection", kind="rejection", lang="es", company="Olea Fitness",
      frm=("Olea Fitness", "no-reply@teamtailor-mail.com"), date="2026-01-27 16:00", tz="UTC",
      subject="Sobre tu candidatura a Técnico/a de Sala – Olea Madrid Retiro",
      html=html_page([
          "Hola Gonzalo,",
          "Muchas gracias por tu interés en formar parte de Olea Fitness como "
          "<b>Técnico/a de Sala en Olea Madrid Retiro</b>.",
          "Hemos recibido muchísimas candidaturas y en esta ocasión hemos decidido seguir "
          "adelante con otras personas. Sabemos que no es la noticia que esperabas.",
          "Te animamos a seguir atento a nuestras ofertas: abrimos nuevos clubes cada año.",
          "Un abrazo,<br>Equipo de Personas de Olea Fitness"],
          brand="OLEA FITNESS", color="#0c7c59",
          footer="Enviado con Teamtailor. Esta dirección no admite respuestas.")),
    m(n="vela_cantabra_soft_no", kind="rejection", lang="es",
      company="Escuela Cántabra de Vela y Surf",
      contact="marcos@velacantabra.example.es",
      frm=("Marcos Herrera", "marcos@velacantabra.example.es"),
      date="2026-02-24 20:10",
      subject="Re: Candidatura coordinador temporada 2026",
      parent="vela_own_application", quote="wrote",
      text="""Hola Gonzalo:

Perdona que haya tardado en contestarte. Tu perfil es muy bueno, pero este año no vamos a poder contar contigo: la coordinación la va a seguir llevando Elena y solo ampliamos con monitores titulados en vela, que no es tu caso.

Ojalá coincidamos más adelante en alguna regata o en la playa.

Un saludo,
Marcos Herrera
Escuela Cántabra de Vela y Surf · Somo
"""),
    m(n="gesport_direct_suspended", kind="rejection", lang="es", company="Gesport Norte",
      contact="empleo@gesportnorte.example.es",
      frm=("Gesport Norte - Empleo", "empleo@gesportnorte.example.es"),
      date="2026-10-06 10:20",
      subject="Proceso Gerente de Instalación - Oviedo (suspendido)",
      text="""Estimado/a candidato/a:

Le informamos de que el proceso de selección de Gerente de Instalación para el nuevo centro deportivo de Oviedo queda suspendido hasta nuevo aviso, al haberse retrasado la adjudicación del contrato de gestión.

Por este motivo no continuaremos con las candidaturas recibidas. Si el proceso se reabre, se publicará una nueva oferta a la que podrá volver a inscribirse.

Gracias por su interés en Gesport Norte.

Departamento de Personas
"""),
    # ---------------------------------------------------------------- en
    m(n="peakline_not_shortlisted", kind="rejection", lang="en", company="Peakline Gyms",
      frm=("Peakline Gyms", "noreply@candidates.workablemail.com"), date="2026-03-03 12:00",
      tz="UTC",
      subject="Your application for Gym Manager (Salford Quays) at Peakline Gyms",
      text="""Hi Gonzalo,

Thank you for applying for the Gym Manager role at our Salford Quays club. We really appreciate the time you put into your application.

Unfortunately, on this occasion you have not been shortlisted for interview. We received a high number of applications from candidates with UK gym management experience.

We wish you every success in your job search.

Kind regards,
The Peakline Gyms Talent Team
"""),
    m(n="salford_filled_icims", kind="rejection", lang="en", company="Salford Aquatics Trust",
      frm=("Salford Aquatics Trust Careers", "salfordaquatics@talent.icims.com"),
      date="2026-06-10 08:30",
      subject="Update on your application: Aquatics Supervisor (Req 2214)",
      text="""Dear Gonzalo,

Thank you for your interest in the Aquatics Supervisor position (Requisition 2214) with Salford Aquatics Trust.

We are writing to let you know that this position has now been filled. We will therefore not be taking your application further for this role.

Your profile will remain in our talent community and you may be contacted about future vacancies that match your skills.

Sincerely,
Salford Aquatics Trust Recruitment

Please do not reply to this automated message.
"""),
    m(n="northway_client_no_after_interview", kind="rejection", lang="en",
      company="Trafford Water Sports Centre", contact="hannah@northwayrec.example.co.uk",
      frm=("Hannah Oyelaran", "hannah@northwayrec.example.co.uk"), date="2026-07-22 15:55",
      subject="Feedback from Trafford Water Sports Centre",
      parent="northway_invite_trafford", quote="outlook",
      text="""Hi Gonzalo,

I've just come off the phone with the centre manager at Trafford Water Sports Centre. They enjoyed meeting you on Monday and were impressed with your open-water rescue background, but they've decided to offer the Operations Lead role to another candidate who has RYA instructor qualifications.

I know you were hoping for better news. I'll keep you in mind for anything else in aquatics across Greater Manchester.

Best,
Hannah

Hannah Oyelaran
Senior Consultant - Sport & Leisure
Northway Recruitment
"""),
    m(n="mancunia_other_role_lever", kind="rejection", lang="en", company="Mancunia Leisure",
      frm=("Mancunia Leisure", "no-reply@hire.lever.co"), date="2026-03-12 17:20", tz="UTC",
      subject="Your application: Sport Development Officer",
      text="""Hi Gonzalo,

Thank you for your interest in the Sport Development Officer position at Mancunia Leisure.

We have reviewed your application carefully and, although we were impressed by your background, we will not be progressing your application at this time.

We encourage you to apply for other roles with us in the future.

Best wishes,
Mancunia Leisure Recruitment Team
"""),
    m(n="deansgate_on_hold_ashby", kind="rejection", lang="en",
      company="Deansgate Sports Club", contact="ellie.marsh@deansgatesports.example.co.uk",
      frm=("Ellie Marsh", "no-reply@ashbyhq.com"),
      reply_to=("Ellie Marsh", "ellie.marsh@deansgatesports.example.co.uk"),
      date="2026-09-29 11:14",
      subject="Update on the Head of Club Operations role",
      parent="deansgate_moved_ashby", quote="wrote",
      text="""Hi Gonzalo,

I'm sorry to be writing with this news. Our board has decided to put the Head of Club Operations role on hold until after the spring refurbishment, so we will not proceed with the remaining interviews, including yours on Thursday.

I really enjoyed our first conversation and I'm sorry we can't take it further right now. If the role reopens, I'll let you know.

Best,
Ellie Marsh
People Lead, Deansgate Sports Club
"""),
    # ---------------------------------------------------------------- de
    m(n="baeder_inntal_absage_softgarden", kind="rejection", lang="de",
      company="Bäderbetriebe Inntal",
      frm=("Bäderbetriebe Inntal", "noreply@softgarden.io"), date="2026-09-04 09:12",
      cs="utf-8", cte="base64",
      subject="Ihre Bewerbung als Schichtleitung Hallenbad",
      parent="baeder_invite_softgarden",
      text="""Sehr geehrter Herr Urquiza Ferreira,

nochmals vielen Dank für Ihr Interesse an der Position Schichtleitung Hallenbad und für das Gespräch mit uns.

Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Bewerberin entschieden haben. Ausschlaggebend war die Erfahrung mit der österreichischen Bäderhygieneverordnung.

Wir bedanken uns für Ihr Vertrauen und wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Bäderbetriebe Inntal

Diese Nachricht wurde über softgarden versendet.
"""),
    m(n="tirolaktiv_intern_besetzt", kind="rejection", lang="de",
      company="Tirol Aktiv Sportzentren",
      frm=("Tirol Aktiv Sportzentren", "tirolaktiv-noreply@successfactors.eu"),
      date="2026-08-03 07:45", tz="UTC", cs="iso-8859-1", cte="quoted-printable",
      subject="Stellenbesetzung: Teamleitung Sportzentrum West",
      text="""Sehr geehrter Herr Urquiza Ferreira,

wir danken Ihnen für Ihre Bewerbung auf die Stelle Teamleitung Sportzentrum West (Job-ID 7731).

Wir möchten Sie darüber informieren, dass die Position intern besetzt werden konnte. Das Auswahlverfahren ist damit abgeschlossen.

Wir wünschen Ihnen weiterhin viel Erfolg.

Mit freundlichen Grüßen
Personalabteilung Tirol Aktiv Sportzentren

Dies ist eine automatisch generierte E-Mail.
"""),
    m(n="fitwerk_du_absage", kind="rejection", lang="de", company="FitWerk Innsbruck",
      contact="jana@fitwerk.example.at",
      frm=("Jana von FitWerk Innsbruck", "notifications@recruitee.com"),
      reply_to=("Jana Strolz", "jana@fitwerk.example.at"), date="2026-09-22 18:40",
      subject="Deine Bewerbung bei FitWerk",
      html=html_page([
          "Hi Gonzalo,",
          "danke dir für den Probetag letzte Woche, das Team hatte echt Spaß mit dir!",
          "Wir haben uns am Ende aber für jemanden entschieden, dessen Profil besser zu "
          "unserem Kursangebot passt: Wir brauchen vor allem Trainer:innen mit Lizenz für "
          "Functional Training und Indoor-Cycling.",
          "Ich wünsch dir alles Gute für deinen Umzug nach Tirol, und wer weiß, vielleicht "
          "sehen wir uns im Studio!",
          "Liebe Grüße<br>Jana<br>Studioleitung FitWerk Innsbruck"],
          brand="FitWerk", color="#ef6c00")),
    # ---------------------------------------------------------------- fr
    m(n="ocealys_taleo_non_retenue", kind="rejection", lang="fr", company="Océalys",
      frm=("Océalys Recrutement", "ocealys@taleo.net"), date="2026-04-16 06:00", tz="UTC",
      cs="iso-8859-1", cte="quoted-printable", subj_enc=("iso-8859-1", "q"),
      subject="Votre candidature - Directeur adjoint centre aquatique (réf. 26-0412)",
      text="""Bonjour Gonzalo Urquiza Ferreira,

Nous vous remercions de l'intérêt que vous portez à Océalys et de votre candidature au poste de Directeur adjoint de centre aquatique (réf. 26-0412).

Après étude attentive de votre dossier, nous sommes au regret de vous informer que votre candidature n'a pas été retenue.

Nous conservons vos coordonnées et ne manquerons pas de revenir vers vous si une opportunité correspondant à votre profil se présentait.

Cordialement,
Le service Recrutement Océalys

Ceci est un message automatique, merci de ne pas y répondre.
"""),
    m(n="thalasso_poste_pourvu", kind="rejection", lang="fr",
      company="Thalasso Phare Basque", contact="rh@thalassophare.example.fr",
      frm=("Thalasso Phare Basque", "notifications@app.bamboohr.com"),
      reply_to=("Élodie Harambillet - RH", "rh@thalassophare.example.fr"),
      date="2026-07-28 14:05",
      subject="Poste de responsable piscine et fitness",
      text="""Bonjour Gonzalo,

Merci pour l'entretien téléphonique et pour votre intérêt pour Thalasso Phare Basque.

Nous tenions à vous informer que le poste de responsable piscine et fitness a été pourvu. Nous ne pourrons donc pas poursuivre le processus avec vous.

Nous vous souhaitons une belle continuation.

Élodie Harambillet
Ressources humaines - Thalasso Phare Basque, Anglet
"""),
    m(n="cbi_unnamed_client_refus", kind="rejection", lang="fr", company="Côte Basque Intérim",
      contact="s.larralde@cbinterim.example.fr",
      frm=("Sandrine Larralde", "s.larralde@cbinterim.example.fr"), date="2026-09-15 12:12",
      subject="Mission agent d'accueil et de sécurité - retour client",
      text="""Bonjour Monsieur Urquiza,

Je reviens vers vous concernant la mission d'agent d'accueil et de sécurité pour un complexe de loisirs d'Anglet que je vous avais présentée la semaine dernière.

Notre client n'a malheureusement pas retenu votre profil : il recherche une personne titulaire du SSIAP 1, diplôme que vous n'avez pas encore. Je reste à l'écoute si vous passez cette formation.

Cordialement,
Sandrine Larralde
Côte Basque Intérim
"""),
]

# The candidate's own application quoted by the soft "no" above (kind other).
MESSAGES.insert(9, m(
    n="vela_own_application", kind="other", lang="es", own=True,
    to=[("Escuela Cántabra de Vela y Surf", "marcos@velacantabra.example.es")],
    date="2026-02-09 08:30",
    subject="Candidatura coordinador temporada 2026",
    text=f"""Hola Marcos:

Me llamo Gonzalo Urquiza, soy socorrista en el Sardinero y entrenador de natación. He visto en vuestro Instagram que buscáis coordinador para la temporada 2026 en Somo y me gustaría presentarme. Adjunto el currículum.

Gracias y un saludo,
{SIGNATURE_ES}
""",
    attach=[("CV_Gonzalo_Urquiza.pdf", [
        "Gonzalo Urquiza Ferreira - Curriculum", "Socorrista acuatico - Santander",
        "Entrenador de natacion", "gonzalo.urquiza@example.es"])]))
