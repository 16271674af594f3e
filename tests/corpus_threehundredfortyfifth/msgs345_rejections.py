"""Corpus 345: rejections outside the threads (soft no, on hold, filled, agency relays)."""

from __future__ import annotations

from msgs345_common import ME, M, html_page, sig

R = "rejection"

SPECS = [
    # ---------------- Spanish
    M(R, "cierzo_no", "es", ("Selección Recogida Urbana Cierzo", "seleccion@cierzo-ru.example.es"),
      "Tu candidatura: Coordinador/a de rutas de recogida", "2026-02-24 12:00 +0100", None,
      html=html_page("Estimado Jorge:",
                     "Queremos agradecerte el tiempo que has dedicado a tu candidatura para el "
                     "puesto de <b>Coordinador/a de rutas de recogida</b> en Recogida Urbana "
                     "Cierzo.",
                     "Después de analizar con detalle todos los perfiles recibidos, lamentamos "
                     "comunicarte que en esta ocasión no has sido seleccionado para pasar a la "
                     "siguiente fase del proceso.",
                     "Guardaremos tus datos para futuras vacantes, salvo que nos indiques lo "
                     "contrario.", "Atentamente,<br>Departamento de Personas",
                     footer="Recogida Urbana Cierzo S.A. · Camino de los Molinos 33 · 50012 "
                     "Zaragoza", brand="Recogida Urbana Cierzo"),
      company="Recogida Urbana Cierzo", contact="seleccion@cierzo-ru.example.es"),
    M(R, "tempora_client_no", "es", ("Irene Lasheras | Tempora ETT", "irene.lasheras@tempora-ett.example.es"),
      "Proceso de planificador para empresa de distribución", "2026-03-12 17:31 +0100",
      "Hola Jorge,\n\nTe escribo para contarte cómo ha ido el proceso de planificador de rutas "
      "para nuestro cliente, la empresa de distribución de Plaza de la que te hablé.\n\n"
      "El cliente nos ha trasladado que prefiere un perfil con más experiencia en manejo de "
      "software de planificación (TMS), así que no va a contar con tu candidatura. Siento no "
      "traerte mejores noticias.\n\nSeguimos teniendo tu CV activo para otros servicios de "
      "reparto y almacén, que sé que ahora no son tu prioridad.\n\nUn saludo,\nIrene Lasheras\n"
      "Técnica de selección · Tempora ETT · Delegación Zaragoza-Delicias\n",
      company="Tempora ETT", contact="irene.lasheras@tempora-ett.example.es"),
    M(R, "selecta_gallego_no", "es", ("Álvaro Pérez Tena", "aperez@selectatalento.example.es"),
      "Candidatura Jefe de Tráfico – Transportes Gállego", "2026-03-27 10:16 +0100",
      "Buenos días, Jorge:\n\nComo te anticipé, hemos presentado tu candidatura a Transportes "
      "Gállego para la posición de Jefe de Tráfico en Zuera.\n\nEl comité de dirección ha "
      "revisado la terna de finalistas y ha decidido avanzar con otra persona que ya ocupaba "
      "una jefatura de tráfico en una empresa del sector. Por tanto, el proceso finaliza aquí "
      "para ti.\n\nTe agradezco mucho tu disponibilidad durante estas semanas.\n\nRecibe un "
      "cordial saludo," + sig("Álvaro Pérez Tena", "Consultor Senior, Logística y Transporte",
                              "Selecta Talento Aragón", "Paseo de la Independencia 19, 50001 "
                              "Zaragoza", "+34 976 000 590"),
      enc_name=("iso-8859-1", "q"), charset="iso-8859-1",
      company="Transportes Gállego", contact="aperez@selectatalento.example.es"),
    M(R, "turia_no", "es", ("Terminal Turia Logística", "turia-careers@successfactors.eu"),
      "Actualización sobre tu solicitud – Planificador/a de Transporte Terrestre",
      "2026-04-15 08:20 +0000",
      "Estimado Jorge:\n\nGracias por tu interés en formar parte de Terminal Turia Logística y "
      "por haber presentado tu candidatura al puesto de Planificador/a de Transporte Terrestre "
      "(Puerto de Valencia).\n\nHemos recibido un gran número de candidaturas y, tras una "
      "cuidadosa revisión, hemos decidido continuar el proceso con candidatos cuya experiencia "
      "se ajusta más a los requisitos del puesto.\n\nTe deseamos mucho éxito en tu búsqueda.\n\n"
      "Atentamente,\nRecursos Humanos – Terminal Turia Logística\n\nPor favor, no respondas a "
      "este mensaje.\n",
      company="Terminal Turia Logística"),
    M(R, "hortofrio_onhold", "es", ("Hortofrío Valencia", "hortofrio@icims.com"),
      "Vacante Técnico/a de Tráfico Frigorífico – actualización", "2026-05-06 09:40 +0000",
      "Hola Jorge:\n\nTe escribimos en relación con tu candidatura para Técnico/a de Tráfico "
      "Frigorífico en nuestra base de Alzira.\n\nPor cambios en la planificación de la "
      "campaña de cítricos, la dirección ha decidido dejar la vacante en suspenso de manera "
      "indefinida, por lo que no continuaremos con el proceso de selección. Lamentamos las "
      "molestias.\n\nSi la posición vuelve a abrirse, la publicaremos en nuestra web de "
      "empleo.\n\nUn saludo,\nEquipo de Selección de Hortofrío Valencia\n",
      reply_to=("Equipo Selección Hortofrío", "no-reply@hortofrio.example.es"),
      company="Hortofrío Valencia"),
    M(R, "llobregat_suspendido", "es", ("Portuària Llobregat Logística", "llobregat@taleo.net"),
      "Proceso de selección REQ-4471 suspendido", "2026-05-19 14:02 +0000",
      "Estimado/a candidato/a:\n\nLe informamos de que el proceso de selección REQ-4471 "
      "«Coordinador/a de Flota – ZAL Port de Barcelona», en el que usted participaba, ha sido "
      "suspendido por motivos organizativos.\n\nEn consecuencia, su candidatura no seguirá "
      "adelante en este proceso. Agradecemos sinceramente el interés mostrado en nuestra "
      "compañía.\n\nAtentamente,\nPortuària Llobregat Logística – Recursos Humanos\n",
      charset="windows-1252", cte="quoted-printable",
      company="Portuària Llobregat Logística"),
    M(R, "mercazar_interno", "es", ("Rocío Lalaguna", "rlalaguna@mercazar.example.es"),
      "Plaza de planificador/a – Mercazar", "2026-06-03 11:55 +0200",
      "Hola Jorge,\n\nPerdona que haya tardado en contestarte. Finalmente la plaza de "
      "planificador/a de rutas de Mercazar Distribución se ha cubierto con una promoción "
      "interna de un compañero de almacén.\n\nNo es una cuestión de tu perfil, que nos pareció "
      "muy correcto, pero ya no hay proceso abierto para esta vacante.\n\nGracias por tu "
      "interés y mucha suerte.\n\nRocío Lalaguna\nRRHH Mercazar Distribución\n",
      company="Mercazar Distribución", contact="rlalaguna@mercazar.example.es"),
    M(R, "laborem_cancelado", "es", ("Laborem Trabajo Temporal", "zaragoza@laborem-ett.example.es"),
      "Servicio de ayudante de tráfico – Logística Huerva", "2026-06-18 16:27 +0200",
      "Hola Jorge:\n\nTe llamamos esta mañana sin éxito, así que te lo dejamos por escrito. "
      "Logística Huerva nos ha comunicado que anula el pedido de un ayudante de tráfico para "
      "julio y agosto, por lo que no vamos a poder seguir adelante con tu incorporación en "
      "ese servicio.\n\nLo sentimos mucho. Te tendremos en cuenta para los próximos "
      "servicios de planificación que entren en la oficina.\n\nUn saludo,\nOficina de "
      "Zaragoza – Laborem Trabajo Temporal\nC/ Miguel Servet 88, Zaragoza\n",
      reply_to=("Nerea Aznar", "nerea.aznar@laborem-ett.example.es"),
      company="Logística Huerva", contact="nerea.aznar@laborem-ett.example.es"),
    M(R, "valleebro_no", "es", ("Carmen Sancho", "csancho@autocaresvalleebro.example.es"),
      "Proceso inspector de tráfico", "2026-07-06 09:33 +0200",
      "Buenos días Jorge:\n\nTras las entrevistas de la semana pasada, hemos tomado la "
      "decisión de incorporar a otra persona para el puesto de inspector de tráfico en "
      "Autocares Valle del Ebro. Ha sido una decisión complicada porque había candidaturas "
      "muy buenas.\n\nTe agradecemos sinceramente tu interés y el tiempo que nos dedicaste. "
      "Te deseamos lo mejor.\n\nCarmen Sancho\nResponsable de Personas\nAutocares Valle del "
      "Ebro – Pol. Empresarium, Zaragoza\n",
      charset="windows-1252",
      company="Autocares Valle del Ebro", contact="csancho@autocaresvalleebro.example.es"),
    M("other", "enviaya_application_sent", "es", ME,
      "Candidatura: Planificador de rutas (ref. EY-2026-14)", "2026-07-14 22:10 +0200",
      "Buenas noches:\n\nAdjunto mi currículum para la oferta de Planificador de rutas "
      "publicada en vuestra web (ref. EY-2026-14). Llevo seis años como repartidor en "
      "Zaragoza, conozco bien la ciudad y el cinturón industrial, y estoy terminando un curso "
      "de gestión de flotas.\n\nQuedo a vuestra disposición.\n\nUn saludo,\nJorge Altamirano "
      "Quiroga\n",
      to=("Empleo EnvíaYa", "empleo@enviaya.example.es"),
      pdf=[("CV_Jorge_Altamirano.pdf", ["Jorge Altamirano Quiroga", "Repartidor - Zaragoza",
                                        "Curso de gestion de flotas (2026)"])]),
    M(R, "enviaya_no", "es", ("Equipo de Personas EnvíaYa", "empleo@enviaya.example.es"),
      "RE: Candidatura: Planificador de rutas (ref. EY-2026-14)", "2026-07-29 10:48 +0200",
      "Hola Jorge,\n\nMuchas gracias por enviarnos tu candidatura. Hemos valorado tu "
      "experiencia, pero en esta ocasión buscamos a alguien con experiencia previa como "
      "planificador y hemos decidido no avanzar con tu perfil.\n\nTe animamos a presentarte a "
      "futuras ofertas.\n\nSaludos,\nMaría José Gil\nEquipo de Personas – EnvíaYa Aragón\n",
      parent="enviaya_application_sent", quote="outlook",
      company="EnvíaYa Aragón", contact="empleo@enviaya.example.es"),
    M(R, "altoaragon_cubierta", "es", ("Jesús Arnal", "jarnal@residuosaltoaragon.example.es"),
      "Re: conductor-coordinador", "2026-08-11 08:05 +0200",
      "Jorge, gracias por el CV. La plaza de coordinador de la planta de Huesca ya está "
      "cubierta desde la semana pasada. Un saludo.\n\nJesús\n\nEnviado desde mi móvil\n",
      company="Residuos Alto Aragón", contact="jarnal@residuosaltoaragon.example.es"),
    M(R, "hipermoncayo_no", "es", ("Hiper Moncayo – Selección", "hipermoncayo@bamboohr.com"),
      "Información sobre tu candidatura en Hiper Moncayo", "2026-09-02 07:30 +0000",
      "Hola Jorge,\n\nGracias por tu interés en el puesto de Planificador/a de Expediciones en "
      "nuestro centro de distribución de Cuarte de Huerva.\n\nTras valorar tu candidatura, "
      "sentimos comunicarte que no ha sido seleccionada para continuar en el proceso. "
      "Valoramos mucho el esfuerzo que supone presentarse a una oferta.\n\nUn cordial "
      "saludo,\nHiper Moncayo\n",
      enc_subject=("iso-8859-1", "b"), company="Hiper Moncayo"),

    # ---------------- English
    M(R, "harbourline_no", "en", ("Harbourline Terminals", "noreply@workablemail.com"),
      "Your application for Shift Dispatcher at Harbourline Terminals", "2026-03-30 13:15 +0000",
      "Dear Jorge,\n\nThank you for applying for the Shift Dispatcher position at Harbourline "
      "Terminals in Rotterdam.\n\nWe have carefully reviewed your application and unfortunately "
      "you have not been shortlisted for the next stage. We received a high number of "
      "applications for this role.\n\nWe wish you every success in your job search.\n\n"
      "Kind regards,\nThe Harbourline Terminals Recruitment Team\n",
      company="Harbourline Terminals"),
    M(R, "northsea_reefer_no", "en",
      ("Sanne Visser from Northsea Reefer Lines", "no-reply@hire.lever.co"),
      "Update on your Northsea Reefer Lines application", "2026-04-22 09:03 +0000",
      "Hi Jorge,\n\nThanks so much for your interest in the Reefer Transport Planner role and "
      "for the time you put into your application.\n\nAfter careful consideration, we've "
      "decided to move forward with candidates whose experience more closely matches our "
      "current needs. This was not an easy decision.\n\nWe'll keep your details on file and may "
      "reach out if a suitable opportunity comes up.\n\nAll the best,\nSanne Visser\n"
      "Talent Partner, Northsea Reefer Lines\n",
      reply_to=("Sanne Visser", "sanne.visser@northseareefer.example.nl"),
      company="Northsea Reefer Lines", contact="sanne.visser@northseareefer.example.nl"),
    M(R, "meridian_onhold", "en", ("Oliver Grant", "oliver.grant@meridiansearch.example.co.uk"),
      "Fleet planning role – update", "2026-05-28 15:44 +0100",
      "Hi Jorge,\n\nI wanted to update you on the fleet planning role I spoke to you about last "
      "month. My client has informed me this morning that, following a restructuring of their "
      "Benelux operations, the role has been put on hold until further notice. As a result we "
      "will not proceed with any of the shortlisted candidates for now.\n\nI'm sorry to bring "
      "you this news after you'd made it to the shortlist. I'll be in touch if things change.\n\n"
      "Best regards,\nOliver Grant\nSenior Consultant, Meridian Logistics Search\n"
      "This email and any attachments are confidential and intended solely for the addressee.\n",
      company="Meridian Logistics Search", contact="oliver.grant@meridiansearch.example.co.uk"),
    M(R, "freshway_no", "en", ("FreshWay Distribution Careers", "no-reply@ashbyhq.com"),
      "FreshWay Distribution – outcome of your interview", "2026-06-15 12:22 +0000", None,
      html=html_page("Hi Jorge,",
                     "Thank you for interviewing with us for the <b>Inbound Transport "
                     "Planner</b> position at our Ridderkerk distribution centre.",
                     "The panel appreciated your openness and your knowledge of last-mile "
                     "delivery. However, we have decided not to progress your application "
                     "further, as we are looking for someone with more experience in supplier "
                     "slot booking.",
                     "Thank you again for your time.", "Best wishes,<br>The FreshWay Talent Team",
                     brand="FreshWay Distribution"),
      cte="base64", company="FreshWay Distribution"),
    M(R, "alpine_cancelled", "en", ("Alpine Linehaul", "alpinelinehaul@myworkday.com"),
      "Requisition closed: Linehaul Planner (Munich)", "2026-09-09 06:50 +0000",
      "Dear Jorge Altamirano Quiroga,\n\nThank you for your interest in the Linehaul Planner "
      "(Munich) position at Alpine Linehaul.\n\nWe would like to let you know that this "
      "requisition has been cancelled and the position will not be filled. Your application "
      "for this job will therefore not be considered further.\n\nWe encourage you to visit our "
      "careers site for other opportunities.\n\nSincerely,\nAlpine Linehaul Talent Acquisition\n",
      company="Alpine Linehaul"),

    # ---------------- German
    M(R, "wuerm_absage", "de", ("Entsorgung Würm Recruiting", "jobs@entsorgung-wuerm.softgarden.io"),
      "Ihre Bewerbung als Tourenplaner (m/w/d)", "2026-05-11 10:12 +0200",
      "Sehr geehrter Herr Altamirano Quiroga,\n\nvielen Dank für Ihr Interesse an einer "
      "Tätigkeit bei der Entsorgung Würm und die Zusendung Ihrer Bewerbungsunterlagen.\n\n"
      "Nach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung "
      "im weiteren Auswahlverfahren nicht berücksichtigen können. Diese Entscheidung ist "
      "keine Bewertung Ihrer Person.\n\nWir wünschen Ihnen für Ihren weiteren beruflichen Weg "
      "alles Gute.\n\nMit freundlichen Grüßen\nIhr Recruiting-Team der Entsorgung Würm GmbH\n",
      enc_name=("iso-8859-1", "q"), cte="quoted-printable", company="Entsorgung Würm"),
    M(R, "personalwerk_frischdienst", "de", ("Tobias Brandl", "t.brandl@personalwerk-sued.example.de"),
      "Rückmeldung Frischdienst Bayern", "2026-06-23 17:05 +0200",
      "Hallo Jorge,\n\nich habe heute Rückmeldung von Frischdienst Bayern bekommen. Der Kunde "
      "hat sich für einen anderen Kandidaten entschieden, der bereits als Disponent im "
      "Kühlverkehr gearbeitet hat und fließend Deutsch spricht.\n\nDas tut mir leid – Ihr "
      "Profil kam beim Kunden trotzdem gut an. Ich melde mich, sobald ich ein passendes "
      "Projekt habe.\n\nBeste Grüße\nTobias Brandl\nPersonalberater Logistik\nPersonalwerk Süd "
      "GmbH · Landsberger Str. 110 · 80339 München\n",
      company="Frischdienst Bayern", contact="t.brandl@personalwerk-sued.example.de"),
    M(R, "oberlandbus_gestrichen", "de", ("Oberland Bus", "oberlandbus@successfactors.eu"),
      "Information zu Ihrer Bewerbung: Verkehrsmeister Leitstelle", "2026-07-20 08:00 +0000",
      "Guten Tag Herr Altamirano Quiroga,\n\nwir bedanken uns für Ihre Bewerbung als "
      "Verkehrsmeister (m/w/d) in unserer Leitstelle Holzkirchen.\n\nAufgrund einer "
      "internen Umstrukturierung wird die ausgeschriebene Stelle nicht besetzt. Das "
      "Bewerbungsverfahren wurde daher beendet.\n\nWir bedauern, Ihnen keine positivere "
      "Nachricht geben zu können.\n\nFreundliche Grüße\nOberland Bus, Personalservice\n",
      charset="iso-8859-1", enc_subject=("iso-8859-1", "b"), company="Oberland Bus"),
    M(R, "frischmarkt_absage", "de", ("Claudia Seidl", "claudia.seidl@frischmarkt-sued.example.de"),
      "Ihr Gespräch im Zentrallager Eching", "2026-09-15 14:37 +0200",
      "Sehr geehrter Herr Altamirano,\n\nnochmals vielen Dank für das angenehme Gespräch "
      "letzte Woche in unserem Zentrallager in Eching.\n\nWir haben uns die Entscheidung nicht "
      "leicht gemacht, uns aber letztlich für eine Kandidatin entschieden, die unser "
      "Lagerverwaltungssystem bereits kennt. Wir können Ihnen die Stelle als Transportdisponent "
      "daher leider nicht anbieten.\n\nFür Ihre Zukunft wünschen wir Ihnen alles Gute.\n\n"
      "Mit freundlichen Grüßen\nClaudia Seidl\nPersonalreferentin\nFrischmarkt Süd GmbH & Co. "
      "KG\n",
      charset="windows-1252", cte="8bit", company="Frischmarkt Süd",
      contact="claudia.seidl@frischmarkt-sued.example.de"),

    # ---------------- French
    M(R, "interimgaronne_no", "fr", ("Julie Fabre", "julie.fabre@interim-garonne.example.fr"),
      "Retour sur la mission d'agent d'exploitation", "2026-04-28 11:09 +0200",
      "Bonjour Jorge,\n\nJe reviens vers vous concernant la mission d'agent d'exploitation "
      "transport que je vous avais présentée la semaine dernière.\n\nMalheureusement, notre "
      "client n'a pas retenu votre profil : il privilégie un candidat déjà formé à son "
      "logiciel de gestion de tournées. Je suis désolée de ne pas avoir de meilleure "
      "nouvelle.\n\nJe garde votre dossier actif et vous recontacte dès qu'une mission "
      "correspond.\n\nBelle journée,\nJulie Fabre\nChargée de recrutement – Intérim Garonne, "
      "agence de Toulouse Nord\n",
      company="Intérim Garonne", contact="julie.fabre@interim-garonne.example.fr"),
    M(R, "colisgaronne_no", "fr", ("Colis Garonne", "no-reply@teamtailor-mail.com"),
      "Votre candidature chez Colis Garonne", "2026-07-01 09:58 +0000",
      "Bonjour Jorge,\n\nMerci d'avoir postulé au poste de Coordinateur·rice de tournées à "
      "Toulouse.\n\nAprès étude attentive de votre candidature, nous sommes au regret de "
      "vous informer que nous ne donnerons pas suite à celle-ci.\n\nNous vous remercions pour "
      "l'intérêt que vous portez à Colis Garonne et vous souhaitons une bonne continuation.\n\n"
      "L'équipe Talents\n",
      html=html_page("Bonjour Jorge,",
                     "Merci d'avoir postulé au poste de <b>Coordinateur·rice de tournées</b> à "
                     "Toulouse.",
                     "Après étude attentive de votre candidature, nous sommes au regret de vous "
                     "informer que nous ne donnerons pas suite à celle-ci.",
                     "Nous vous remercions pour l'intérêt que vous portez à Colis Garonne et "
                     "vous souhaitons une bonne continuation.", "L'équipe Talents",
                     brand="Colis Garonne"),
      cte="quoted-printable", company="Colis Garonne"),
    M(R, "marcheoccitan_interne", "fr", ("Marché Occitan Recrutement", "marcheoccitan@taleo.net"),
      "Poste de planificateur transport, entrepôt de Saint-Jory", "2026-08-19 07:45 +0000",
      "Madame, Monsieur,\n\nNous vous remercions de l'intérêt que vous avez manifesté pour le "
      "poste de Planificateur transport (H/F) de notre entrepôt de Saint-Jory.\n\nNous vous "
      "informons que ce poste a été pourvu en interne. Nous ne sommes donc pas en mesure de "
      "donner une suite favorable à votre candidature.\n\nNous vous prions d'agréer, Madame, "
      "Monsieur, l'expression de nos salutations distinguées.\n\nLa Direction des Ressources "
      "Humaines\nMarché Occitan\n",
      charset="iso-8859-1", enc_subject=("iso-8859-1", "q"), company="Marché Occitan"),
    M(R, "frigocatalan_suspendu", "fr", ("Marc Vidal", "m.vidal@frigocatalan.example.fr"),
      "Recrutement affréteur – suspension", "2026-10-06 18:12 +0200",
      "Bonjour Monsieur Altamirano,\n\nJe vous remercie pour nos échanges de ces dernières "
      "semaines. Je dois malheureusement vous annoncer que la direction de Frigo Catalan "
      "Transports a décidé de suspendre le recrutement de l'affréteur pour la plateforme de "
      "Saint-Charles, suite à la perte d'un client important.\n\nLe processus est donc "
      "arrêté et nous ne pourrons pas donner suite à votre candidature. Je le regrette "
      "sincèrement.\n\nBien à vous,\nMarc Vidal\nResponsable d'exploitation\nFrigo Catalan "
      "Transports – Marché International Saint-Charles, Perpignan\n",
      company="Frigo Catalan Transports", contact="m.vidal@frigocatalan.example.fr"),
]
