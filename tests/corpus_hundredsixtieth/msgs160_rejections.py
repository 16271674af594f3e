"""Corpus 160, rejections: 31 hand-written specs."""

from msgs160_common import CAND, M, ats_card, mso, outlook, paras, quote, sig, word_html

MSGS = [
    M("rejection", "turia_workday_formal", "es", "Hospital Universitario del Túria", "",
      frm=("Hospital Universitario del Túria", "hutturia@myworkday.com"), re="turia_move",
      subj="Tu candidatura: Coordinador/a de Ensayos Clínicos (R-20417)",
      date="2026-04-21 17:02 +0000",
      html=ats_card("Hospital Universitario del Túria", "Actualización de tu candidatura",
                    paras("Estimada Alba:",
                          "Te agradecemos el tiempo dedicado al proceso de selección para el puesto de Coordinador/a de Ensayos Clínicos (R-20417), incluida la entrevista con la Unidad de Investigación.",
                          "Después de una valoración cuidadosa, lamentamos comunicarte que no vamos a seguir adelante con tu candidatura para esta posición.",
                          "Conservaremos tus datos en nuestra bolsa de talento durante doce meses, salvo que nos indiques lo contrario.",
                          "Atentamente,<br>Departamento de Personas"),
                    "Este mensaje se ha enviado desde una dirección que no admite respuestas. Workday, Inc."),
      text="auto"),
    M("rejection", "kestrel_greenhouse_soft", "es", "Kestrel Clinical Research", "lucia.prats@kestrel-cr.example.com",
      frm=("Lucía Prats via Greenhouse", "no-reply@greenhouse-mail.io"),
      reply_to=("Lucía Prats", "lucia.prats@kestrel-cr.example.com"), re="kestrel_missed",
      subj="Kestrel Clinical Research – Clinical Trial Assistant (Madrid)",
      date="2026-03-19 12:40 +0100",
      text="Hola Alba,\n\nGracias de nuevo por tu interés en Kestrel y por tu flexibilidad con las fechas.\n\n"
           "Hemos revisado todas las candidaturas para el puesto de Clinical Trial Assistant en Madrid y hemos decidido continuar con personas cuyo recorrido en monitorización se ajusta más a lo que el equipo necesita ahora mismo.\n\n"
           "Sé que no es la respuesta que esperabas. Si se abre algo más junior en Site Management, te escribiré yo misma.\n\n"
           "Un saludo,\nLucía Prats\nTalent Acquisition Partner, Kestrel Clinical Research\n"),
    M("rejection", "marina_alta_on_hold", "es", "Fundació d'Investigació Marina Alta", "jordi.server@fima.example.es",
      frm=("Jordi Server Llinares", "jordi.server@fima.example.es"), cs="iso-8859-1", cte="8bit",
      subj="Plaza de técnico/a de apoyo a la investigación", subj_enc="iso-8859-1:Q",
      date="2026-02-11 09:27 +0100",
      text="Benvolguda Alba,\n\nTe escribo para informarte de que la dirección de la Fundación ha decidido dejar en suspenso la plaza de técnico/a de apoyo a la investigación, a la espera de la resolución de la convocatoria autonómica que la financiaba.\n\n"
           "Por este motivo no continuaremos con el proceso de selección ni con las candidaturas recibidas, incluida la tuya. Si la financiación se confirma más adelante, la plaza se publicará de nuevo y podrás volver a presentarte.\n\n"
           "Lamento las molestias.\n\nSalutacions,\n"
           + sig("Jordi Server Llinares", "Responsable de Gestión de la Investigación", "Fundació d'Investigació Marina Alta", "Partida Santa Llúcia 17, 03700 Dénia (Alacant)", "Tel. +34 965 00 12 40")),
    M("rejection", "castello_terse", "es", "Hospital Provincial de la Plana", "m.gimeno@hplana.example.es",
      frm=("Marta Gimeno", "m.gimeno@hplana.example.es"),
      subj="RE: Candidatura data manager",
      date="2026-05-06 14:55 +0200",
      text="Alba, buenas tardes.\n\nNo vamos a contar contigo para el puesto de data manager. Gracias por presentarte.\n\nMarta\n"
           + quote("El lun, 4 may 2026 a las 8:12, Alba Ferrandis-Kowal <alba.fk@example.es> escribió:",
                   "Buenos días, Marta:\n\nQuería saber si hay novedades sobre la entrevista del día 28 para el puesto de data manager.\n\nUn saludo,\nAlba")),
    M("rejection", "talentia_relay_biolab", "es", "Biolab Levante", "nerea.casany@talentiasalud.example.es",
      frm=("Nerea Casany | Talentia Salud", "nerea.casany@talentiasalud.example.es"),
      subj="Feedback de Biolab Levante",
      date="2026-06-02 18:10 +0200",
      text="Hola Alba:\n\nAcabo de hablar con la responsable de operaciones clínicas de Biolab Levante. Me han trasladado que finalmente se quedan con otra candidata que ya había trabajado con su sistema de EDC, así que por su parte no siguen adelante contigo.\n\n"
           "Les gustó mucho tu trato con pacientes, eso me lo han dicho expresamente. Yo sigo teniéndote en cuenta para los otros dos procesos que llevamos en Valencia.\n\n"
           "Te llamo esta semana.\n\nNerea Casany\nConsultora Senior · Talentia Salud\nC/ Colón 48, 4.º, 46004 València\n+34 611 20 45 90\n"),
    M("rejection", "albufera_after_thanks", "es", "Centro de Investigación Albufera", "elena.roig@cialbufera.example.es",
      frm=("Elena Roig Martí", "elena.roig@cialbufera.example.es"),
      subj="Re: Gracias por la entrevista de ayer",
      date="2026-03-13 10:21 +0100",
      text="Buenos días, Alba:\n\nGracias a ti por venir y por tu mensaje. Hemos cerrado el proceso esta mañana y, aunque tu perfil clínico nos pareció muy interesante, la comisión se ha decantado por una persona con más años en gestión regulatoria. No podremos ofrecerte la plaza.\n\n"
           "Te deseo mucha suerte en esta nueva etapa.\n\nElena\n\n"
           + quote("El mié, 11 mar 2026 a las 19:03, Alba Ferrandis-Kowal <alba.fk@example.es> escribió:",
                   "Hola, Elena:\n\nMuchas gracias por la entrevista de esta mañana y por enseñarme la unidad. Me encantó conocer al equipo y me quedo con muchas ganas de incorporarme.\n\nQuedo a la espera de vuestras noticias para la siguiente fase.\n\nUn abrazo,\nAlba")),
    M("rejection", "maritim_filled_internally", "es", "Hospital Marítim de València", "rrhh.seleccion@hmaritim.example.es",
      frm=("Selección · Hospital Marítim", "rrhh.seleccion@hmaritim.example.es"),
      subj="Proceso 2026/014 - Coordinación de estudios clínicos",
      date="2026-04-08 11:34 +0200", cte="quoted-printable",
      text="Estimada Sra. Ferrandis-Kowal:\n\nLe comunicamos que el puesto de Coordinación de estudios clínicos (proceso 2026/014) ha sido cubierto mediante promoción interna de una profesional del propio Servicio de Cardiología. En consecuencia, el proceso externo queda cerrado y su candidatura no continuará.\n\n"
           "Agradecemos sinceramente el interés mostrado por nuestro hospital.\n\nUnidad de Selección\nHospital Marítim de València\nAv. del Port 220, 46023 València\n\n"
           "AVISO LEGAL: Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo elimine. En cumplimiento del RGPD, sus datos se tratarán únicamente para la gestión del proceso de selección.\n"),
    M("rejection", "ensayos_levante_casual", "es", "Fundación Ensayos Levante", "pau.esteve@fel.example.es",
      frm=("Pau Esteve", "pau.esteve@fel.example.es"),
      subj="lo de la plaza", date="2026-07-15 21:48 +0200",
      text="Ey Alba!\n\nTe lo cuento yo antes de que te llegue lo oficial: al final han cogido a la chica que venía de la CRO de Madrid. Yo empujé lo que pude por ti, de verdad, pero la jefa quería a alguien que ya supiera llevar visitas de monitorización sola.\n\n"
           "Una pena, me hacía ilusión tenerte en el equipo. Nos tomamos algo la semana que viene y me cuentas cómo vas con lo demás?\n\nPau\n\nEnviado desde mi móvil\n"),
    M("rejection", "synthera_smartrecruiters", "es", "Synthera Pharma", "",
      frm=("Synthera Pharma", "noreply@smartrecruiters.com"), re="synthera_move",
      subj="Información sobre tu solicitud – Clinical Operations Associate", subj_enc="utf-8:B",
      date="2026-05-27 08:15 +0000", cte="base64", html_cte="base64",
      html=ats_card("Synthera Pharma", "Gracias por tu interés",
                    paras("Hola Alba,",
                          "Queremos agradecerte tu participación en el proceso para la posición de Clinical Operations Associate en Barcelona.",
                          "Tras comparar todos los perfiles finalistas, hemos tomado la decisión de no avanzar con tu solicitud. Esta decisión no resta valor a tu experiencia.",
                          "Te animamos a consultar nuestras próximas vacantes en el portal de empleo.",
                          "Un cordial saludo,<br>Equipo de Talent Acquisition de Synthera Pharma"),
                    "Powered by SmartRecruiters · Política de privacidad", color="#6b2c91"),
      text="auto"),
    M("rejection", "horta_nord_valencian", "es", "Institut d'Investigació Sanitària Horta Nord", "carme.alapont@iishn.example.es",
      frm=("Carme Alapont", "carme.alapont@iishn.example.es"),
      subj="Convocatòria CTC-03/2026: resultat", date="2026-06-19 13:05 +0200",
      text="Bon dia, Alba,\n\nEt comunique que la comisión de valoración de la convocatoria CTC-03/2026 ha publicado la lista definitiva. Lamentablemente no figuras entre las personas seleccionadas: la plaza se ha adjudicado a la candidata con mayor puntuación en méritos.\n\n"
           "Tu puntuación final fue de 61,5 puntos. Puedes consultar el acta completa en la sede electrónica del Institut.\n\nMolt bona sort,\n\n"
           + sig("Carme Alapont i Ferri", "Àrea de Recursos Humans", "Institut d'Investigació Sanitària Horta Nord", "Carrer Major 5, 46130 Massamagrell", "961 22 80 13")),
    M("rejection", "cerezos_bogota", "es", "Clínica Los Cerezos", "seleccion@clinicaloscerezos.example.co",
      frm=("Gestión Humana Clínica Los Cerezos", "seleccion@clinicaloscerezos.example.co"),
      subj="Respuesta a su postulación - Coordinadora de investigación", date="2026-08-04 16:30 -0500",
      text="Apreciada Alba:\n\nReciba un cordial saludo de Gestión Humana de la Clínica Los Cerezos.\n\nQueremos informarle que, luego de revisar su hoja de vida frente a los requisitos del cargo de Coordinadora de investigación, su postulación no fue preseleccionada. Uno de los requisitos era contar con tarjeta profesional colombiana vigente al momento de la vinculación.\n\n"
           "Le agradecemos haber pensado en nosotros.\n\nCordialmente,\nGestión Humana\nClínica Los Cerezos · Calle 127 # 19-45, Bogotá D.C.\nPBX (601) 555 0170\n"),
    M("rejection", "ensaya_role_cancelled", "es", "Ensaya Research", "",
      frm=("Ensaya Research", "no-reply@teamtailor-mail.com"),
      subj="Actualización sobre la vacante de Start-up Specialist", date="2026-09-09 10:00 +0200",
      html=ats_card("Ensaya Research", "Sobre la vacante de Start-up Specialist",
                    paras("Hola Alba,",
                          "Te escribimos porque la vacante de Start-up Specialist a la que te inscribiste ha sido cancelada tras una reorganización interna del área de operaciones, por lo que no seguiremos con ninguna candidatura para ella.",
                          "Sentimos no poder darte mejores noticias. Tu perfil seguirá visible para nuestro equipo si te suscribes a nuevas ofertas.",
                          "Saludos,<br>Ensaya Research"),
                    "Enviado con Teamtailor. No respondas a este mensaje.", color="#0b7a6b")),
    M("rejection", "guadarrama_outlook_chain", "es", "Hospital Universitario Sierra de Guadarrama", "ines.valcarcel@husg.example.es",
      frm=("Valcárcel Ortega, Inés", "ines.valcarcel@husg.example.es"), name_enc="iso-8859-1:Q", re="guadarrama_inv",
      subj="RE: Entrevista panel - Coordinador/a ensayos oncología", date="2026-05-14 15:47 +0200",
      html=word_html(mso("Hola Alba,", "&nbsp;",
                         "Te agradezco mucho que vinieras al panel del martes. Después de debatirlo con el equipo de Oncología, hemos optado por otra candidatura para este puesto, principalmente por su experiencia previa en ensayos de fase I.",
                         "Me consta que lo hiciste muy bien; si te parece, guardo tu CV para la próxima convocatoria del hospital.",
                         "&nbsp;", "Un saludo,", "<b>Inés Valcárcel Ortega</b>", "Jefa de Sección · Unidad de Ensayos Clínicos",
                         "Hospital Universitario Sierra de Guadarrama · Ctra. de El Escorial km 3, 28400 Collado Villalba · 91 555 32 10")
                     + "<div style=\"border-top:solid #E1E1E1 1.0pt\">"
                     + mso("<b>De:</b> Valcárcel Ortega, Inés", "<b>Enviado el:</b> jueves, 30 de abril de 2026 9:02",
                           "<b>Para:</b> Alba Ferrandis-Kowal", "<b>Asunto:</b> Entrevista panel - Coordinador/a ensayos oncología",
                           "Alba, te invitamos a una entrevista con el panel el martes 12 de mayo a las 10:00 en la Unidad de Ensayos Clínicos, planta 2. Por favor, confírmanos asistencia.")
                     + "</div>"),
      text="Hola Alba,\n\nTe agradezco mucho que vinieras al panel del martes. Después de debatirlo con el equipo de Oncología, hemos optado por otra candidatura para este puesto, principalmente por su experiencia previa en ensayos de fase I.\n\n"
           "Me consta que lo hiciste muy bien; si te parece, guardo tu CV para la próxima convocatoria del hospital.\n\nUn saludo,\nInés Valcárcel Ortega\nJefa de Sección · Unidad de Ensayos Clínicos\nHospital Universitario Sierra de Guadarrama · Ctra. de El Escorial km 3, 28400 Collado Villalba · 91 555 32 10\n"
           + outlook("es", "Valcárcel Ortega, Inés", "jueves, 30 de abril de 2026 9:02", "Alba Ferrandis-Kowal",
                     "Entrevista panel - Coordinador/a ensayos oncología",
                     "Alba, te invitamos a una entrevista con el panel el martes 12 de mayo a las 10:00 en la Unidad de Ensayos Clínicos, planta 2. Por favor, confírmanos asistencia.")),
    M("rejection", "medaria_personio", "es", "Medaria Health", "",
      frm=("Medaria Health Recruiting", "noreply@personio.de"), re="medaria_cancel",
      subj="Tu proceso en Medaria Health", date="2026-07-01 09:12 +0200", cte="quoted-printable",
      text="Hola Alba,\n\nTras valorar detenidamente tu candidatura para Clinical Research Coordinator, tenemos que decirte que el puesto se cubrirá con otra persona del proceso.\n\n"
           "Gracias por el tiempo que nos has dedicado y por tu paciencia con los cambios de agenda.\n\nEquipo de People, Medaria Health\nPaseo de la Castellana 141, 28046 Madrid\n\nEsta es una notificación automática enviada a través de Personio.\n"),
    M("rejection", "trialbridge_lever", "es", "TrialBridge", "",
      frm=("TrialBridge", "no-reply@hire.lever.co"),
      subj="Tu candidatura a Site Activation Coordinator", date="2026-02-26 19:44 +0100",
      text="Hola Alba:\n\nGracias por presentarte a Site Activation Coordinator en TrialBridge (Barcelona).\n\nEn esta ocasión no vamos a avanzar con tu candidatura. Recibimos muchísimas solicitudes y hemos priorizado perfiles con experiencia directa en activación de centros.\n\n"
           "Te deseamos lo mejor en tu búsqueda,\nEl equipo de TrialBridge\n"),
    M("rejection", "ribera_public_service", "es", "Servicio de Salud de la Ribera", "",
      frm=("Servei de Salut de la Ribera - Selecció", "no-responder@ssribera.example.es"),
      subj="Resolución definitiva - Bolsa de Técnico/a de Investigación Clínica", subj_enc="windows-1252:Q",
      cs="windows-1252", cte="quoted-printable", date="2026-10-02 08:00 +0200",
      text="Resolución de 1 de octubre de 2026 de la Dirección de Personal del Servicio de Salud de la Ribera.\n\n"
           "Interesada: ALBA FERRANDIS-KOWAL\nProceso: Bolsa de Técnico/a de Investigación Clínica (ref. TIC-2026-07)\n\n"
           "Una vez valorados los méritos y realizada la entrevista, se le comunica que NO ha resultado seleccionada para su inclusión en la bolsa, al no alcanzar la puntuación mínima de corte (65 puntos).\n\n"
           "Contra esta resolución podrá interponer recurso de alzada en el plazo de un mes. Tasa de tramitación: 0 €.\n\nEste correo se envía desde una cuenta no atendida.\n"),
    M("rejection", "arbeloa_headhunter", "es", "Arbeloa Talent", "ana.arbeloa@arbeloatalent.example.es",
      frm=("Ana Arbeloa", "ana.arbeloa@arbeloatalent.example.es"), re="arbeloa_inv",
      subj="Sobre el proceso de CTA en Madrid", date="2026-06-26 12:18 +0200",
      text="Alba, buenos días:\n\nTe llamé hace un rato sin éxito, así que te lo dejo por escrito. Mi cliente ha revisado la terna y no te incluye en la ronda final; prefieren a alguien que haya trabajado ya dentro de una CRO.\n\n"
           "Para mí eres una candidata muy sólida y te tendré presente para los procesos del otoño.\n\nAna Arbeloa\nSocia directora · Arbeloa Talent\nC/ Serrano 93, 28006 Madrid · +34 600 71 84 22\n"),
    M("rejection", "tagus_ashby", "en", "Tagus Clinical Trials", "",
      frm=("Tagus Clinical Trials", "no-reply@ashbyhq.com"), re="tagus_ack",
      subj="Your application to Tagus Clinical Trials", date="2026-03-30 14:02 +0100",
      text="Hi Alba,\n\nThank you for applying for the Clinical Research Coordinator role in Lisbon.\n\nWe've decided to move forward with candidates whose experience more closely matches the requirements of this position. We appreciate the time you took to apply.\n\n"
           "All the best,\nTagus Clinical Trials Recruiting\n"),
    M("rejection", "merian_on_hold", "en", "Merian Bioscience", "",
      frm=("Merian Bioscience Careers", "merian@successfactors.eu"), re="merian_ack",
      subj="Update: Clinical Study Assistant (Basel) - Req 88213", date="2026-04-15 07:30 +0200",
      html=ats_card("Merian Bioscience", "An update on requisition 88213",
                    paras("Dear Alba Ferrandis-Kowal,",
                          "We are writing to let you know that the Clinical Study Assistant position in Basel has been put on hold following a budget review, and we will not proceed with the current applications.",
                          "Should the role be reopened, it will be advertised again on our careers site. Thank you for the interest you have shown in Merian.",
                          "Kind regards,<br>Merian Bioscience Talent Acquisition"),
                    "Merian Bioscience, Rheinuferweg 4, 4058 Basel. Please do not reply to this e-mail."),
      text="auto"),
    M("rejection", "northgate_terse", "en", "Northgate CRO", "tom.blackwell@northgate-cro.example.com",
      frm=("Tom Blackwell", "tom.blackwell@northgate-cro.example.com"), re="northgate_move",
      subj="Re: phone screen follow-up", date="2026-05-21 17:58 +0200",
      text="Thanks Alba - we've gone another way on this one. Appreciate your time.\n\nTom\n\n"
           + quote("On Tue, 19 May 2026 at 09:41, Alba Ferrandis-Kowal <alba.fk@example.es> wrote:",
                   "Hi Tom,\nThanks for the call on Monday. Happy to do the second interview whenever suits the team.\nBest,\nAlba")),
    M("rejection", "beacon_relay_aldermoor", "en", "Aldermoor Pharma", "priya.nair@beaconls.example.co.uk",
      frm=("Priya Nair", "priya.nair@beaconls.example.co.uk"),
      subj="Aldermoor - their decision", date="2026-06-10 16:22 +0100",
      text="Hi Alba,\n\nI've just had Aldermoor Pharma's hiring manager back on the phone. They've taken the decision not to progress your application for the CTA role in Munich - their feedback is that they need someone with German at C1 for site contact from day one.\n\n"
           "Frustrating, I know, as everything else was a strong match. I'll keep you posted on the two Basel roles we discussed.\n\nSpeak soon,\nPriya\n\n"
           "Priya Nair | Principal Consultant, Clinical Operations\nBeacon Life Sciences Recruitment Ltd | 20 Finsbury Circus, London EC2M 7EA | +44 20 7946 0312\n\n"
           "This email and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender and delete it.\n"),
    M("rejection", "atlantico_after_thanks", "en", "Instituto Atlântico de Medicina", "joana.pereira@iam.example.pt",
      frm=("Joana Pereira", "joana.pereira@iam.example.pt"),
      subj="Re: Thank you - CRC interview", date="2026-07-08 11:03 +0100",
      text="Dear Alba,\n\nThank you for your kind note, and apologies for taking a while to get back to you.\n\nWe have now completed the interviews and I'm afraid we will not be offering you the position this time. The panel felt your clinical background was excellent, but we have appointed someone with Portuguese regulatory experience.\n\n"
           "I hope our paths cross again.\n\nWith best wishes,\nJoana Pereira\nHead of Clinical Research Office\nInstituto Atlântico de Medicina, Av. da Índia 40, 1300-299 Lisboa\n\n"
           + quote("On 2 Jul 2026, at 18:20, Alba Ferrandis-Kowal <alba.fk@example.es> wrote:",
                   "Dear Joana,\n\nThank you very much for the interview today. I really enjoyed meeting the team and learning about the trials unit, and I look forward to hearing about next steps.\n\nKind regards,\nAlba")),
    M("rejection", "veridian_icims", "en", "Veridian Trials", "",
      frm=("Veridian Trials Talent Team", "veridian-notifications@icims.com"), re="veridian_inv",
      subj="Regarding your Veridian Trials application", date="2026-08-20 13:15 +0000",
      html=ats_card("Veridian Trials", "Application status",
                    paras("Dear Alba,",
                          "Thank you for your recent conversation with our team about the Site Engagement Associate opportunity.",
                          "After careful consideration we regret to let you know that you have not been selected to continue. We received a high number of strong applications.",
                          "We will retain your profile and may contact you about future openings.",
                          "Sincerely,<br>Veridian Trials Talent Acquisition"),
                    "This message was sent via iCIMS. Replies to this address are not monitored.", color="#22303c"),
      text="auto"),
    M("rejection", "helix_casual_referral", "en", "Helix Site Services", "sam.okafor@helixsites.example.com",
      frm=("Sam Okafor", "sam.okafor@helixsites.example.com"),
      subj="bad news, sorry", date="2026-09-17 20:31 +0200",
      text="Hey Alba,\n\nwanted you to hear it from me rather than from the system - the hiring panel picked someone else for the site coordinator gig. It was close, for what it's worth. Totally their loss.\n\n"
           "Drinks on me next time you're in Madrid.\nSam\n"),
    M("rejection", "lechwerk_softgarden_en", "en", "Lechwerk Biotech", "",
      frm=("Lechwerk Biotech Recruiting", "noreply@softgarden.io"), re="lechwerk_ack",
      subj="Your application: Clinical Trial Associate (m/f/d)", date="2026-05-05 10:44 +0200",
      text="Dear Ms Ferrandis-Kowal,\n\nmany thanks for your application for the position Clinical Trial Associate (m/f/d) in Munich.\n\nUnfortunately, we have to inform you that your profile does not fit the current requirements closely enough, and we are therefore unable to consider your application further.\n\n"
           "We wish you every success for your future career.\n\nYour Lechwerk Biotech recruiting team\n\n(sent via softgarden)\n"),
    M("rejection", "irsr_after_cancel", "fr", "Institut Rhône Santé Recherche", "claire.moreau@irsr.example.fr",
      frm=("Claire Moreau", "claire.moreau@irsr.example.fr"), re="irsr_cancel",
      subj="Suite de votre candidature - Attachée de recherche clinique", date="2026-04-24 16:05 +0200",
      text="Bonjour Alba,\n\nJe reviens vers vous après l'annulation de notre rendez-vous de la semaine dernière. Le comité a finalement arrêté son choix sur une candidate déjà en poste dans un CHU de la région, et nous ne pourrons donc pas vous proposer le poste d'attachée de recherche clinique.\n\n"
           "Je suis désolée de conclure ainsi, d'autant que nous n'avons pas pu nous rencontrer.\n\nBien cordialement,\n\n"
           + sig("Claire Moreau", "Responsable RH - Recherche", "Institut Rhône Santé Recherche", "12 quai Claude Bernard, 69007 Lyon", "04 72 00 18 55")),
    M("rejection", "fourviere_taleo", "fr", "Laboratoires Fourvière", "",
      frm=("Laboratoires Fourvière - Recrutement", "fourviere@taleo.net"), re="fourviere_ack",
      subj="Votre candidature au poste de Coordinatrice d'études cliniques", subj_enc="iso-8859-1:B",
      cs="iso-8859-1", cte="quoted-printable", date="2026-06-30 09:20 +0200",
      text="Madame,\n\nNous avons bien étudié votre candidature au poste de Coordinatrice d'études cliniques et nous vous remercions de l'intérêt que vous portez à notre entreprise.\n\n"
           "Nous sommes toutefois au regret de vous informer que nous ne donnerons pas suite à votre candidature, d'autres profils correspondant davantage à nos attentes.\n\n"
           "Nous vous prions d'agréer, Madame, nos salutations distinguées.\n\nLa Direction des Ressources Humaines\nLaboratoires Fourvière\n\nMerci de ne pas répondre à ce message généré automatiquement.\n"),
    M("rejection", "delorme_no_client", "fr", "Delorme Conseil", "h.delorme@delorme-conseil.example.fr",
      frm=("Hugo Delorme", "h.delorme@delorme-conseil.example.fr"),
      subj="Retour sur la mission chef de projet études cliniques", date="2026-09-25 18:40 +0200",
      text="Bonsoir Alba,\n\nJ'ai eu le retour de mon client cet après-midi : ils ne retiennent pas votre profil pour la mission de chef de projet études cliniques, faute d'une expérience suffisante en pilotage budgétaire.\n\n"
           "Je ne lâche pas l'affaire pour autant, je vous recontacte dès qu'une mission plus adaptée se présente.\n\nBien à vous,\nHugo Delorme\nDelorme Conseil - Recrutement santé\n06 12 44 78 90\n"),
    M("rejection", "isarklinik_after_move", "de", "Isarklinik München", "k.huber@isarklinik.example.de",
      frm=("Dr. Katharina Huber", "k.huber@isarklinik.example.de"), re="isar_move",
      subj="AW: Ihr Gespräch im Studienzentrum", date="2026-03-26 15:12 +0100",
      text="Sehr geehrte Frau Ferrandis-Kowal,\n\nvielen Dank, dass Sie die Verschiebung so flexibel mitgemacht haben und am Montag bei uns waren.\n\nNach reiflicher Überlegung haben wir uns für eine Mitbewerberin entschieden, die bereits als Study Nurse in der Onkologie tätig war. Ich bedaure, Ihnen keine positivere Nachricht geben zu können.\n\n"
           "Für Ihren weiteren Weg wünsche ich Ihnen alles Gute.\n\nMit freundlichen Grüßen\nDr. Katharina Huber\nLeitung Studienzentrum\nIsarklinik München GmbH, Rosenheimer Str. 71, 81667 München\nTel. +49 89 4400 6120\n\n"
           "Isarklinik München GmbH · Sitz München · HRB 123456 · Geschäftsführer: Dr. Max Oberhofer\n"),
    M("rejection", "zugspitz_personio_absage", "de", "Zugspitz Diagnostik", "",
      frm=("Zugspitz Diagnostik", "no-reply@personio.de"), re="zugspitz_inv",
      subj="Absage: Studienkoordinator*in (Vollzeit)", date="2026-07-22 08:05 +0200", cs="iso-8859-1", cte="8bit",
      text="Hallo Frau Ferrandis-Kowal,\n\nherzlichen Dank für das angenehme Vorstellungsgespräch und Ihr Interesse an Zugspitz Diagnostik.\n\nLeider müssen wir Ihnen mitteilen, dass wir uns für eine andere Bewerbung entschieden haben.\n\n"
           "Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.\n\nIhr People-Team\nZugspitz Diagnostik GmbH\n"),
    M("rejection", "birsfelden_internal", "de", "Spital Birsfelden", "r.meier@spital-birsfelden.example.ch",
      frm=("Regula Meier", "r.meier@spital-birsfelden.example.ch"), name_enc=None,
      subj="Stelle Studienkoordination Klinische Forschung", date="2026-08-27 10:50 +0200",
      text="Grüezi Frau Ferrandis-Kowal\n\nWir möchten Sie darüber informieren, dass die ausgeschriebene Stelle in der Studienkoordination intern besetzt werden konnte. Das Bewerbungsverfahren ist damit abgeschlossen.\n\n"
           "Ihre Unterlagen werden wir gemäss Datenschutz in den nächsten Wochen löschen. Wir danken Ihnen für das Interesse an unserem Spital.\n\nFreundliche Grüsse\nRegula Meier\nHR-Fachfrau\nSpital Birsfelden, Hauptstrasse 30, 4127 Birsfelden\n"),
]
