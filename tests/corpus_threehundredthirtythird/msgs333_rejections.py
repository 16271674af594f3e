"""Corpus 333: rejections outside the long threads (every soft or polite "no")."""

from __future__ import annotations

from msgs333_common import ME, M

MESSAGES = [
    # ------------------------------------------------------------ Spanish
    M(key="own_ulev_followup", kind="other", lang="es", frm=ME,
      to=[("Begoña Ruiz Soler", "bruiz@ulevante.example.es")],
      subject="Consulta sobre el proceso – Técnico/a de Mantenimiento (Servicio de Infraestructuras)",
      date="2026-01-27 09:05",
      text="""Buenos días, Begoña:

Me presenté hace tres semanas a la plaza de Técnico/a de Mantenimiento del Servicio de Infraestructuras y me gustaría saber si el proceso sigue abierto o si hay alguna novedad.

Muchas gracias de antemano.

Un saludo,
Rodrigo Valdivieso Santamaría"""),
    M(key="ulev_filled_internal", kind="rejection", lang="es", company="Universidad de Levante",
      contact="bruiz@ulevante.example.es", frm=("Begoña Ruiz Soler", "bruiz@ulevante.example.es"),
      subject="RE: Consulta sobre el proceso – Técnico/a de Mantenimiento (Servicio de Infraestructuras)",
      date="2026-01-28 12:31", parent="own_ulev_followup", quote="outlook", cs="iso-8859-1",
      text="""Estimado Rodrigo:

Gracias por su interés. Le informo de que la plaza de Técnico/a de Mantenimiento se ha cubierto finalmente mediante promoción interna entre el personal de la propia universidad, por lo que el proceso externo queda cerrado.

Lamentamos no poder darle una respuesta más favorable y le animamos a consultar futuras convocatorias en la sede electrónica.

Atentamente,

Begoña Ruiz Soler
Sección de Selección del PTGAS
Universidad de Levante
Campus de San Vicente · Edificio Rectorado, 1.ª planta
Tel. 965 555 120"""),
    M(key="solverano_ats_no", kind="rejection", lang="es", company="SolVerano Energía", contact="",
      frm=("SolVerano Energía", "no-reply@ashbyhq.com"),
      subject="Actualización sobre tu candidatura en SolVerano Energía",
      date="2026-02-03 15:10", zone="utc", fmt="alt", brand="SolVerano Energía",
      text="""Hola Rodrigo,

Gracias por tu interés en el puesto de Técnico/a de Operación y Mantenimiento de Plantas Fotovoltaicas en Murcia y por el tiempo que has dedicado a tu candidatura.

Hemos revisado tu perfil con atención y, en esta ocasión, hemos decidido avanzar con otras personas cuya experiencia en plantas solares de gran escala se ajusta más a lo que necesitamos.

Te deseamos mucha suerte y esperamos volver a saber de ti en el futuro.

Un saludo,
Equipo de Personas · SolVerano Energía"""),
    M(key="costablanca_icims_no", kind="rejection", lang="es", company="Hoteles Costa Blanca Mar",
      contact="", frm=("Hoteles Costa Blanca Mar", "noreply@icims.com"),
      subject="Tu solicitud: Jefe/a de Servicio Técnico – Hotel Albir Playa",
      date="2026-02-20 10:00", zone="utc", fmt="html", brand="Hoteles Costa Blanca Mar",
      text="""Estimado/a Rodrigo Valdivieso Santamaría:

Le agradecemos el interés mostrado en formar parte de Hoteles Costa Blanca Mar.

Tras analizar detenidamente todas las candidaturas recibidas para el puesto de Jefe/a de Servicio Técnico en el Hotel Albir Playa, lamentamos comunicarle que su perfil no ha sido seleccionado para la siguiente fase del proceso.

Conservaremos sus datos en nuestra base de candidatos durante doce meses, salvo que nos indique lo contrario.

Reciba un cordial saludo,
Departamento de Talento
Hoteles Costa Blanca Mar"""),
    M(key="albufera_onhold", kind="rejection", lang="es", company="Centros Comerciales Albufera",
      contact="", frm=("Centros Comerciales Albufera", "noreply@smartrecruiters.com"),
      subject="Vacante Técnico/a de Mantenimiento – Albufera Nord: actualización",
      date="2026-03-09 09:45", zone="utc", fmt="alt",
      text="""Hola Rodrigo:

Te escribimos en relación con tu candidatura para Técnico/a de Mantenimiento en el nuevo centro Albufera Nord.

La apertura del centro se ha retrasado a 2027 y, en consecuencia, hemos decidido poner la vacante en pausa. Por este motivo no vamos a continuar con tu candidatura en este proceso.

Si la posición vuelve a abrirse, se publicará de nuevo en nuestra página de empleo y podrás volver a presentarte.

Gracias por tu interés y tu tiempo.

Equipo de Selección
Centros Comerciales Albufera"""),
    M(key="laborex_client_no", kind="rejection", lang="es", company="Logística Vega Baja",
      contact="pcampillo@laborex-ett.example.es",
      frm=("Pilar Campillo · Laborex ETT", "pcampillo@laborex-ett.example.es"),
      subject="Puesto mantenimiento Logística Vega Baja",
      date="2026-03-18 13:02", cs="windows-1252", cte="8bit",
      text="""Hola Rodrigo,

Te llamo esta tarde pero te adelanto por aquí: ya tenemos respuesta de Logística Vega Baja sobre el puesto de mecánico de mantenimiento para su nave de Orihuela.

Me comentan que les gustó tu trayectoria, pero se han decidido por un candidato con más experiencia en carretillas y muelles de carga, así que por esta vez no seguimos adelante contigo.

Te mantengo activo en nuestra bolsa para otros puestos de mantenimiento en la Vega Baja.

Pilar Campillo
Consultora de Selección · Laborex ETT · Oficina Orihuela
Tel. 966 555 431"""),
    M(key="selecta_unnamed_no", kind="rejection", lang="es", company="Selecta RRHH",
      contact="jlozano@selecta-rrhh.example.es",
      frm=("Javier Lozano", "jlozano@selecta-rrhh.example.es"),
      subject="Proceso Responsable de Mantenimiento – cadena hotelera (Madrid)",
      date="2026-03-30 11:40", fmt="alt",
      text="""Buenos días Rodrigo,

Gracias por tu participación en el proceso de Responsable de Mantenimiento que gestionamos para nuestro cliente, una importante cadena hotelera con sede en Madrid.

Te informamos de que el cliente ha cerrado la selección y ha optado por otro perfil. Lamentamos no poder darte mejores noticias en esta ocasión.

Seguiremos contando contigo para futuros procesos de facility management.

Saludos cordiales,
Javier Lozano
Consultor Senior · Selecta RRHH
Paseo de la Castellana 141, 28046 Madrid
Este mensaje puede contener información confidencial."""),
    M(key="clinica_after_interview", kind="rejection", lang="es",
      company="Clínica Mediterránea de Alicante", contact="rrhh.seleccion@clinicamediterranea.example.es",
      frm=("Recursos Humanos – Clínica Mediterránea", "rrhh.seleccion@clinicamediterranea.example.es"),
      subject="Resultado del proceso de selección – Técnico de Mantenimiento",
      date="2026-04-22 17:15", cs="iso-8859-1", cte="quoted-printable",
      attach=[("Comunicacion_resultado_proceso.pdf", [
          "Clinica Mediterranea de Alicante - Recursos Humanos",
          "Comunicacion de resultado del proceso de seleccion",
          "Puesto: Tecnico de Mantenimiento. Resultado: candidatura no seleccionada.",
      ])],
      text="""Estimado Sr. Valdivieso:

En primer lugar, queremos agradecerle su asistencia a la entrevista del pasado 15 de abril y el interés demostrado por nuestra clínica.

Una vez concluido el proceso, le comunicamos que hemos seleccionado a otro candidato para cubrir el puesto de Técnico de Mantenimiento. Le adjuntamos la comunicación formal del resultado.

Le deseamos mucho éxito en su carrera profesional.

Atentamente,
Área de Selección
Clínica Mediterránea de Alicante
C/ Pintor Baeza 22, 03010 Alicante"""),
    M(key="turia_cancelled", kind="rejection", lang="es", company="Turia Patrimonio",
      contact="", frm=("Turia Patrimonio", "noreply@personio.de"),
      subject="Proceso cancelado: Técnico/a de Mantenimiento de Edificios – Valencia",
      date="2026-05-06 08:20", zone="utc", fmt="html",
      text="""Hola Rodrigo Valdivieso Santamaría,

Te escribimos para informarte de que la posición Técnico/a de Mantenimiento de Edificios (Valencia) ha sido cancelada por una reorganización interna del área de Property Management.

Por este motivo no continuaremos con el proceso de selección ni con tu candidatura. Sentimos las molestias y te agradecemos tu interés en Turia Patrimonio.

Saludos,
Equipo de Talento – Turia Patrimonio"""),
    M(key="facilitas_taleo_no", kind="rejection", lang="es", company="Facilitas Madrid",
      contact="", frm=("Facilitas Madrid Servicios Integrales", "facilitas@taleo.net"),
      subject="Facilitas Madrid – Su candidatura a Técnico Multiservicio (Req. 26-0412)",
      date="2026-05-14 06:31", zone="utc", cs="windows-1252", cte="base64",
      text="""Estimado/a candidato/a:

Gracias por participar en el proceso de selección para la posición de Técnico Multiservicio (Req. 26-0412) en Facilitas Madrid.

Tras la evaluación de su candidatura, lamentamos informarle de que no ha sido seleccionado/a para continuar en el proceso. Esta decisión no supone una valoración negativa de su trayectoria profesional.

Le animamos a seguir consultando nuestras ofertas.

Atentamente,
Departamento de Selección
Facilitas Madrid Servicios Integrales, S.A.

Por favor, no responda a este mensaje; esta cuenta no se supervisa."""),
    M(key="castellana_bamboo_no", kind="rejection", lang="es", company="Torre Castellana Offices",
      contact="", frm=("Torre Castellana Offices", "notifications@bamboohr.com"),
      subject="Gracias por tu interés en Torre Castellana Offices",
      date="2026-06-01 14:48", zone="utc", fmt="alt",
      text="""Hola Rodrigo,

Gracias por enviarnos tu candidatura para Building Engineer. Lamentablemente no vamos a continuar con tu solicitud: buscamos a alguien con experiencia previa en edificios de oficinas con certificación LEED Platinum.

Te deseamos lo mejor en tu búsqueda.

Equipo de Personas
Torre Castellana Offices"""),
    M(key="umm_suspended", kind="rejection", lang="es", company="Universidad del Mar Menor",
      contact="sara.navarro@umm.example.es",
      frm=("Sara Navarro Ibáñez", "sara.navarro@umm.example.es"),
      subject="Bolsa de Técnico/a de Eficiencia Energética – suspensión del proceso",
      date="2026-06-16 10:05",
      text="""Estimado Rodrigo:

Le escribo como responsable del proceso para la bolsa de Técnico/a de Eficiencia Energética de la Unidad Técnica.

Por restricciones presupuestarias sobrevenidas, la Gerencia ha acordado suspender el proceso de forma indefinida. En consecuencia, no se realizarán las pruebas previstas y su solicitud no seguirá adelante. Si el proceso se reactivara, se publicaría una nueva convocatoria.

Disculpe las molestias y gracias por su interés.

Sara Navarro Ibáñez
Unidad Técnica – Universidad del Mar Menor
Campus de Los Alcázares · Tel. 968 555 602"""),
    M(key="own_turiaconfort_status", kind="other", lang="es", frm=ME,
      to=[("Álvaro Peris", "alvaro.peris@turiaconfort.example.es")],
      subject="Seguimiento candidatura Jefe de Mantenimiento – Hotel Turia Confort",
      date="2026-06-29 08:50", cs="iso-8859-1",
      text="""Hola Álvaro:

Hace unas semanas hablamos en la feria de empleo de Valencia y te envié mi CV para la jefatura de mantenimiento del hotel. ¿Sabes si sigue abierto el proceso?

Un saludo y gracias,
Rodrigo Valdivieso"""),
    M(key="turiaconfort_filled", kind="rejection", lang="es", company="Hoteles Turia Confort",
      contact="alvaro.peris@turiaconfort.example.es",
      frm=("Álvaro Peris", "alvaro.peris@turiaconfort.example.es"),
      subject="Re: Seguimiento candidatura Jefe de Mantenimiento – Hotel Turia Confort",
      date="2026-06-30 19:22", parent="own_turiaconfort_status", quote="es", cte="8bit",
      text="""Hola Rodrigo, perdona la tardanza.

Al final cubrimos la jefatura hace dos semanas con una persona que ya trabajaba en otro de nuestros hoteles, así que ese puesto ya no está disponible. Siento no tener mejores noticias.

Si más adelante sale algo de técnico de mantenimiento te aviso, que tu perfil me gustó.

Un abrazo,
Álvaro Peris
Director de Operaciones · Hoteles Turia Confort"""),
    M(key="puertaelche_no", kind="rejection", lang="es", company="Parque Comercial Puerta de Elche",
      contact="cmacia@puertadeelche.example.es",
      frm=("Gerencia Puerta de Elche", "gerencia@puertadeelche.example.es"),
      reply_to=("Cristina Maciá", "cmacia@puertadeelche.example.es"),
      subject="Candidatura Técnico/a de Mantenimiento",
      date="2026-07-21 12:12", fmt="html", brand="Parque Comercial Puerta de Elche",
      text="""Hola Rodrigo:

Muchas gracias por tu interés en trabajar con nosotros y por acercarte a la gerencia a entregar tu currículum.

Desafortunadamente, tras la entrevista de la semana pasada, hemos decidido continuar con otra candidatura que encaja mejor con las necesidades actuales del parque comercial.

Te deseamos mucha suerte y guardamos tu CV para futuras vacantes.

Cristina Maciá
Gerente · Parque Comercial Puerta de Elche"""),
    M(key="sunbelt_recruitee_no", kind="rejection", lang="es", company="Sunbelt Solar Ibérica",
      contact="", frm=("Sunbelt Solar Ibérica", "no-reply@recruitee.com"),
      subject="Sunbelt Solar Ibérica · Tu candidatura para Técnico/a de Autoconsumo",
      date="2026-09-03 09:02", zone="utc", fmt="alt",
      text="""Hola Rodrigo:

Gracias por presentarte a la oferta de Técnico/a de Autoconsumo (Madrid). Hemos recibido muchísimas candidaturas con perfiles muy interesantes.

Tras revisarlas, tu candidatura no ha sido seleccionada en esta ocasión. Te animamos a seguir atento a nuestras próximas vacantes.

Un saludo,
Talento · Sunbelt Solar Ibérica"""),
    # ------------------------------------------------------------ English
    M(key="alfama_lever_no", kind="rejection", lang="en", company="Alfama Solar", contact="",
      frm=("Alfama Solar", "no-reply@hire.lever.co"), lisbon=True,
      subject="Your application to Alfama Solar",
      date="2026-02-27 16:30", zone="utc", fmt="alt",
      text="""Hi Rodrigo,

Thank you for your interest in the O&M Field Technician position at Alfama Solar and for taking the time to apply.

We've reviewed your application carefully and, unfortunately, we've decided not to move forward at this time. We had a very strong pool of candidates and needed someone with existing Portuguese electrical certification.

We wish you the best in your search.

The Alfama Solar Team"""),
    M(key="lau_after_panel", kind="rejection", lang="en", company="Lisbon Atlantic University",
      contact="m.sousa@lau.example.pt", frm=("Margarida Sousa", "m.sousa@lau.example.pt"),
      lisbon=True, subject="Facilities Officer (Energy) – outcome of your interview",
      date="2026-05-27 12:05", zone="wet", cs="utf-8", cte="quoted-printable",
      text="""Dear Mr Valdivieso,

Thank you for attending the panel interview for the Facilities Officer (Energy) post on 20 May. The panel appreciated your practical examples of reducing energy use in hotel plant rooms.

I regret to let you know that we will not be progressing your application further; the post has been offered to another candidate.

If you would like feedback on your interview, please reply to this email and I will arrange a short call.

Kind regards,

Margarida Sousa
HR Officer, Estates Department
Lisbon Atlantic University
Avenida das Descobertas 88, 1400-092 Lisboa

This email and any attachments are confidential and intended solely for the addressee."""),
    M(key="harbour_unnamed_no", kind="rejection", lang="en", company="Harbourline Recruitment",
      contact="priya.shah@harbourline.example.co.uk",
      frm=("Priya Shah", "priya.shah@harbourline.example.co.uk"),
      subject="Facilities Manager role – update", date="2026-06-23 15:48", zone="uk",
      text="""Hi Rodrigo,

Quick update on the Facilities Manager role I discussed with you last week for my client, a commercial property group in Lisbon.

They've let me know this morning that they have decided to hire internally, so unfortunately your application won't be going any further. I'm sorry it didn't come to anything this time.

Oliver and I will keep you posted on anything else suitable.

Kind regards,
Priya Shah
Consultant, Harbourline Recruitment
+44 20 7946 0875"""),
    M(key="mant_lisbon_hold", kind="rejection", lang="en", company="Mantenia Facility Services",
      contact="", frm=("Mantenia", "mantenia@myworkday.com"),
      subject="Update on your application – Facility Coordinator, Lisbon (R-10211)",
      date="2026-05-12 07:15", zone="utc", fmt="html", brand="Mantenia Careers",
      text="""Dear Rodrigo,

Thank you for applying for the Facility Coordinator position in Lisbon (R-10211).

We would like to let you know that this position has been put on hold due to changes in the client contract it was linked to. As a result, we will not proceed with your application for this role.

We encourage you to keep an eye on our careers site for other opportunities at Mantenia.

Kind regards,
Talent Acquisition
Mantenia Facility Services"""),
    # ------------------------------------------------------------ German
    M(key="rheinbogen_personio_no", kind="rejection", lang="de", company="Einkaufswelt Rheinbogen",
      contact="", frm=("Einkaufswelt Rheinbogen", "noreply@personio.de"),
      subject="Ihre Bewerbung als Technischer Objektmanager (m/w/d)",
      date="2026-03-24 13:19", zone="utc", fmt="alt", cs="iso-8859-1",
      text="""Sehr geehrter Herr Valdivieso Santamaría,

vielen Dank für Ihr Interesse an der Position als Technischer Objektmanager (m/w/d) in der Einkaufswelt Rheinbogen.

Nach eingehender Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Sie im weiteren Auswahlverfahren nicht berücksichtigen können. Bitte verstehen Sie, dass wir aufgrund der Vielzahl an Bewerbungen keine individuellen Gründe nennen können.

Ihre Unterlagen werden gemäß DSGVO nach sechs Monaten gelöscht.

Mit freundlichen Grüßen
Ihr Personalteam der Einkaufswelt Rheinbogen"""),
    M(key="hnrs_softgarden_no", kind="rejection", lang="de", company="Hochschule Niederrhein-Süd",
      contact="", frm=("Hochschule Niederrhein-Süd", "noreply@softgarden.io"),
      subject="Ausschreibung 2026/031 – Technische/r Mitarbeiter/in Gebäudeautomation",
      date="2026-04-09 08:44", zone="utc", fmt="html",
      text="""Sehr geehrter Herr Valdivieso,

haben Sie vielen Dank für Ihre Bewerbung auf die Stelle als Technische/r Mitarbeiter/in Gebäudeautomation (Kennziffer 2026/031).

Wir haben uns die Entscheidung nicht leicht gemacht. Leider sind Sie nicht in die engere Auswahl gekommen, da andere Bewerberinnen und Bewerber dem Anforderungsprofil in höherem Maße entsprechen.

Für Ihren weiteren beruflichen Werdegang wünschen wir Ihnen viel Erfolg.

Mit freundlichen Grüßen
Dezernat Personal
Hochschule Niederrhein-Süd"""),
    M(key="rheinblick_internal", kind="rejection", lang="de", company="Rheinblick Hotels",
      contact="", frm=("Rheinblick Hotels Recruiting", "noreply@successfactors.eu"),
      subject="Rheinblick Hotels: Stand Ihrer Bewerbung (Chief Engineer Düsseldorf)",
      date="2026-07-07 10:27", zone="utc", cs="utf-8", cte="base64",
      text="""Guten Tag Herr Valdivieso,

vielen Dank für Ihre Bewerbung als Chief Engineer für unser Haus in Düsseldorf-Oberkassel.

Wir möchten Sie darüber informieren, dass die Position intern besetzt wurde. Das Auswahlverfahren ist damit abgeschlossen, und wir können Ihre Bewerbung leider nicht weiter berücksichtigen.

Wir danken Ihnen für Ihr Interesse an Rheinblick Hotels.

Freundliche Grüße
People & Culture · Rheinblick Hotels

Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht darauf."""),
    M(key="own_lorenz_thanks", kind="other", lang="de", frm=ME,
      to=[("Ute Hartmann", "u.hartmann@lorenz-hartmann.example.de")],
      subject="Vielen Dank für das Gespräch – Objektleiter Technik",
      date="2026-09-10 19:02",
      text="""Sehr geehrte Frau Hartmann,

vielen Dank für das angenehme Gespräch heute Vormittag in Ihrem Büro in Düsseldorf-Flingern. Die Aufgaben in der Objektleitung Technik reizen mich sehr.

Über eine positive Rückmeldung würde ich mich freuen.

Mit freundlichen Grüßen
Rodrigo Valdivieso Santamaría"""),
    M(key="lorenz_after_interview", kind="rejection", lang="de",
      company="Gebäudeservice Lorenz & Hartmann", contact="u.hartmann@lorenz-hartmann.example.de",
      frm=("Ute Hartmann", "u.hartmann@lorenz-hartmann.example.de"),
      subject="AW: Vielen Dank für das Gespräch – Objektleiter Technik",
      date="2026-09-18 16:40", parent="own_lorenz_thanks", quote="outlook", cs="windows-1252",
      cte="quoted-printable",
      text="""Sehr geehrter Herr Valdivieso,

vielen Dank für Ihre freundlichen Zeilen und nochmals für Ihren Besuch bei uns.

Wir haben lange überlegt, uns aber letztlich für einen Kandidaten entschieden, der bereits mehrere Jahre Erfahrung mit der Betreiberverantwortung nach deutschem Recht mitbringt. Ich bedauere, Ihnen keine Zusage geben zu können.

Ihr Engagement hat uns beeindruckt – bleiben Sie gern mit uns in Kontakt.

Mit freundlichen Grüßen

Ute Hartmann
Geschäftsführerin
Gebäudeservice Lorenz & Hartmann GmbH & Co. KG
Birkenstraße 118 · 40233 Düsseldorf
Tel. +49 211 5559 310
Registergericht: Amtsgericht Düsseldorf, HRA 21877"""),
    # ------------------------------------------------------------ French
    M(key="meridia_taleo_no", kind="rejection", lang="fr", company="Foncière Méridia", contact="",
      frm=("Foncière Méridia Recrutement", "meridia@taleo.net"),
      subject="Foncière Méridia – Réponse à votre candidature (Responsable maintenance, réf. FM-2026-018)",
      date="2026-03-02 07:05", zone="utc", cs="iso-8859-1", cte="quoted-printable",
      text="""Madame, Monsieur,

Nous avons bien étudié votre candidature au poste de Responsable maintenance (réf. FM-2026-018) pour notre centre commercial des Terrasses du Prado, à Marseille.

Malgré l'intérêt de votre parcours, nous sommes au regret de vous informer que nous ne pouvons donner une suite favorable à votre candidature.

Nous conservons toutefois votre dossier dans notre vivier et vous souhaitons plein succès dans vos recherches.

La Direction des Ressources Humaines
Foncière Méridia

Merci de ne pas répondre à ce message automatique."""),
    M(key="heliodomus_lever_no", kind="rejection", lang="fr", company="Héliodomus", contact="",
      frm=("Héliodomus", "no-reply@hire.lever.co"),
      subject="Votre candidature chez Héliodomus",
      date="2026-04-28 14:21", zone="utc", fmt="alt",
      text="""Bonjour Rodrigo,

Merci d'avoir postulé au poste de Technicien SAV photovoltaïque à Montpellier. Nous avons pris le temps de lire votre candidature avec attention.

Nous avons choisi de poursuivre avec d'autres candidats dont le profil correspond davantage à nos besoins actuels, notamment en matière de qualification QualiPV.

Nous vous souhaitons une belle continuation.

L'équipe Héliodomus"""),
    M(key="uml_suspendu", kind="rejection", lang="fr", company="Université Méditerranée Lez",
      contact="sophie.marchetti@univ-mlez.example.fr",
      frm=("DRH – Pôle recrutement", "drh-recrutement@univ-mlez.example.fr"),
      reply_to=("Sophie Marchetti", "sophie.marchetti@univ-mlez.example.fr"),
      subject="Recrutement technicien·ne énergie – suspension de la procédure",
      date="2026-06-05 11:30", cte="8bit",
      text="""Monsieur,

Vous avez candidaté au poste de technicien·ne gestion de l'énergie (contrat de 18 mois) au sein de la Direction du patrimoine immobilier.

Nous vous informons que, suite au gel des crédits du projet de rénovation énergétique, la procédure de recrutement est suspendue jusqu'à nouvel ordre. Les entretiens prévus n'auront pas lieu et nous ne pourrons donc pas donner suite à votre candidature.

Nous vous remercions de l'intérêt porté à notre établissement.

Sophie Marchetti
Gestionnaire recrutement BIATSS
Université Méditerranée Lez – Direction des ressources humaines"""),
    M(key="ressourcessud_client_no", kind="rejection", lang="fr", company="Ressources Sud Conseil",
      contact="l.fabre@ressources-sud.example.fr",
      frm=("Laurent Fabre", "l.fabre@ressources-sud.example.fr"),
      subject="Poste de chargé d'exploitation – retour de notre client",
      date="2026-08-27 18:03",
      text="""Bonjour Rodrigo,

Je reviens vers vous concernant le poste de chargé d'exploitation multitechnique pour lequel je vous avais présenté à notre client, un gestionnaire d'établissements de santé à Marseille.

Malheureusement, notre client a décidé de ne pas retenir votre candidature : il privilégie un profil déjà titulaire du SSIAP 2. Je suis désolé de ne pas avoir de meilleure nouvelle.

N'hésitez pas à me recontacter quand vous aurez obtenu la qualification, je pense que votre profil intéressera.

Bien cordialement,
Laurent Fabre
Consultant – Ressources Sud Conseil
8, rue Paradis – 13001 Marseille"""),
]
