"""Rejections for the sixty-ninth corpus (blunt, soft, on hold, after interviews, agencies, ATS)."""

from msgs69_base import m

R = "rejection"

MESSAGES = [
    m(R, "workday_autopartes_soft", "es",
      "Grupo Autopartes del Bajío <grupoautopartes@myworkday.com>",
      "Actualización sobre su postulación - Analista de Compras Sr (REQ-20419)",
      """Estimada Sofía:

Gracias por su interés en Grupo Autopartes del Bajío y por el tiempo dedicado a su postulación para la vacante Analista de Compras Sr en nuestra planta de Celaya.

Después de una cuidadosa revisión, hemos decidido continuar el proceso con otros candidatos cuyo perfil se ajusta más a los requerimientos actuales de la posición.

Le invitamos a seguir consultando nuestro portal de empleo; su información permanecerá en nuestra base de datos por 12 meses.

Atentamente,
Atracción de Talento
Grupo Autopartes del Bajío

Este correo fue generado automáticamente, favor de no responder.""",
      company="Grupo Autopartes del Bajío", date="2026-01-14 09:41", fmt="alt",
      track="wd5.myworkday.com"),

    m(R, "plant_manager_terse_mobile", "es",
      "Ing. Ramiro Tovar <rtovar@metalformados-saltillo.example.com>",
      "Re: vacante planeación",
      """Sofía buenas tardes, ya se cubrió la posición, gracias x tu tiempo. Suerte

Enviado desde mi iPhone""",
      company="Metalformados Saltillo", contact="rtovar@metalformados-saltillo.example.com",
      date="2026-02-03 17:22",
      quote={"style": "es", "who": "Sofía Castellanos-Mbeki <sofia.cm@example.mx>",
             "when": "lun, 2 feb 2026 a las 10:05",
             "text": "Buen día Ing. Tovar, le escribo para dar seguimiento a la entrevista del jueves pasado para planeación de materiales. Quedo atenta.\nSaludos,\nSofía"}),

    m(R, "greenhouse_fintech_en", "en",
      "Lumen Pay via Greenhouse <no-reply@us.greenhouse-mail.io>",
      "Your application to Lumen Pay",
      """Hi Sofía,

Thank you for applying for the Procurement Operations Analyst (Remote - LATAM) role at Lumen Pay. We really appreciate the time you put into your application.

We've reviewed your background carefully and, unfortunately, we've decided to pursue other candidates whose experience more closely aligns with what we need right now.

We'll keep your profile on file and may reach out if something more suitable opens up.

All the best,
The Lumen Pay Talent Team""",
      company="Lumen Pay", date="2026-01-22 13:10", fmt="alt",
      reply_to="no-reply@us.greenhouse-mail.io"),

    m(R, "after_panel_de", "de",
      "Katrin Oberleitner <k.oberleitner@vorderwerk-automotive.example.de>",
      "Ihre Bewerbung als Demand Planner (m/w/d) – Standort Puebla",
      """Sehr geehrte Frau Castellanos-Mbeki,

vielen Dank für das angenehme Gespräch mit Herrn Gaitán und mir am vergangenen Dienstag sowie für Ihr Interesse an einer Tätigkeit bei der Vorderwerk Automotive.

Nach sorgfältiger Abwägung müssen wir Ihnen leider mitteilen, dass wir uns für eine andere Kandidatin entschieden haben, deren Erfahrung im SAP IBP-Umfeld noch etwas besser zu unseren Anforderungen passt. Diese Entscheidung ist uns nicht leichtgefallen.

Wir wünschen Ihnen für Ihre berufliche und persönliche Zukunft alles Gute.

Mit freundlichen Grüßen

Katrin Oberleitner
HR Business Partner
Vorderwerk Automotive GmbH
Werk Puebla | Carretera Federal 150 km 117
Tel. +52 222 555 0148

Vorderwerk Automotive GmbH, Sitz: Ingolstadt, Amtsgericht Ingolstadt HRB 40172, Geschäftsführer: Dr. Helmut Fasching
Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail.""",
      company="Vorderwerk Automotive", contact="k.oberleitner@vorderwerk-automotive.example.de",
      date="2026-02-12 11:02", fmt="qp"),

    m(R, "very_short_en", "en",
      "Dana Whitfield <dana@northbeamfreight.example.com>",
      "Re: Quick question",
      """Hi Sofia - thanks for your time, but we won't be moving forward. Best of luck.

Dana""",
      company="Northbeam Freight", contact="dana@northbeamfreight.example.com",
      date="2026-02-18 16:47",
      quote={"style": "gmail", "who": "Sofía Castellanos-Mbeki <sofia.cm@example.mx>",
             "when": "Tue, Feb 17, 2026 at 9:12 AM",
             "text": "Hi Dana, quick question: is there any update on the Laredo customs coordinator role? I'm still very interested.\nThanks!\nSofía"}),

    m(R, "on_hold_es_headhunter", "es",
      "Mariana Echeverría <mariana.echeverria@vantiva-search.example.com>",
      "Actualización búsqueda Gerente de Comercio Exterior",
      """Hola Sofía, ¿cómo estás?

Te escribo para contarte que nuestro cliente (empresa de electrodomésticos en Apodaca, N.L.) nos informó ayer que la posición de Gerente de Comercio Exterior quedó congelada por un tema de presupuesto de la casa matriz. Por ahora no continuarán con el proceso para ningún candidato.

Lamento mucho la noticia porque tu perfil les había gustado bastante. Si la reactivan te busco de inmediato, y de cualquier forma te tengo en el radar para otras búsquedas de IMMEX / T-MEC.

Un abrazo,
Mariana Echeverría
Senior Consultant | Vantiva Search
+52 81 5550 2231""",
      company="Vantiva Search", contact="mariana.echeverria@vantiva-search.example.com",
      date="2026-03-05 12:30"),

    m(R, "successfactors_latin1", "es",
      "=?iso-8859-1?Q?Cervecer=EDa_Altiplano?= <careers@successfactors.example.com>",
      "Proceso de selección: Coordinador(a) de Logística Inbound",
      """Estimado(a) Sofía Castellanos-Mbeki:

Le agradecemos su participación en el proceso de selección para la posición de Coordinador(a) de Logística Inbound.

Lamentamos informarle que en esta ocasión su candidatura no ha sido seleccionada para continuar a la siguiente etapa.

Le deseamos éxito en su búsqueda profesional.

Cervecería Altiplano
Dirección de Recursos Humanos

*** Este es un mensaje automático. Por favor no responda a este correo. ***""",
      company="Cervecería Altiplano", date="2026-03-09 07:15", fmt="latin1"),

    m(R, "after_case_study_es_tu", "es",
      "Paola Rentería <paola@kargo-hub.example.com>",
      "Resultado caso práctico",
      """Hola Sofi!

Muchas gracias por mandar el caso práctico de ruteo, se nota el trabajo que le metiste 🙌

Lo revisamos con el equipo de operaciones y la verdad es que decidimos avanzar con otra persona que tiene más experiencia con última milla en CDMX. No fue una decisión fácil.

Si te late, con gusto te comparto feedback más puntual del caso en una llamada de 15 min.

Saludos,
Pao
People @ Kargo Hub""",
      company="Kargo Hub", contact="paola@kargo-hub.example.com", date="2026-03-20 18:03"),

    m(R, "british_shant_progress", "en",
      "Hollis Brandt Recruitment <jobs@hollisbrandt.example.co.uk>",
      "Procurement Analyst - LatAm Sourcing Hub",
      """Dear Sofia,

Many thanks for your interest in the Procurement Analyst vacancy with our client and for taking the time to speak with me last week.

Having discussed your CV with the hiring manager, I regret to inform you that we shan't be progressing your application on this occasion, as they have opted for candidates with UK-based category management experience.

I shall of course keep your details on file and be in touch should anything suitable arise.

Kind regards,

Oliver Pemberton
Principal Consultant - Supply Chain
Hollis Brandt Recruitment Ltd
Direct: +44 20 7946 0312
oliver.pemberton@hollisbrandt.example.co.uk

Hollis Brandt Recruitment Ltd is acting as an Employment Agency in relation to this vacancy. Registered in England and Wales No. 08812345.""",
      company="Hollis Brandt Recruitment", contact="oliver.pemberton@hollisbrandt.example.co.uk",
      reply_to="Oliver Pemberton <oliver.pemberton@hollisbrandt.example.co.uk>",
      date="2026-04-02 10:20", fmt="cp1252"),

    m(R, "indian_english_regret", "en",
      "Talent Acquisition - Sarvottam Logistics <ta.mexico@sarvottamlogistics.example.in>",
      "Update - Your candidature for Trade Compliance Specialist",
      """Dear Ms. Sofia,

Greetings from Sarvottam Logistics!

This is with reference to your candidature for the post of Trade Compliance Specialist, Mexico City branch. We thank you for appearing for the interview rounds with our panel.

We regret to inform you that your profile has not been shortlisted for the final round. The panel felt the requirement is for a candidate having hands-on experience of bonded warehouse operations.

We shall retain your resume in our databank and do revert in case any suitable opening comes up.

Thanks & Regards,
Priyanka Deshmukh
Talent Acquisition | Sarvottam Logistics Pvt. Ltd.
M: +91 98 2000 4411""",
      company="Sarvottam Logistics", contact="ta.mexico@sarvottamlogistics.example.in",
      date="2026-04-08 05:55"),

    m(R, "fr_poste_pourvu", "fr",
      "Service Recrutement Groupe Arvalène <recrutement@arvalene.example.fr>",
      "Votre candidature - Acheteuse Projets (H/F) - Réf. 2026-118",
      """Madame,

Nous avons bien étudié votre candidature au poste d'Acheteuse Projets (H/F) basé à Querétaro et nous vous remercions de l'intérêt que vous portez à notre Groupe.

Nous sommes au regret de vous informer que ce poste a été pourvu.

Nous nous permettons toutefois de conserver vos coordonnées afin de vous recontacter si une opportunité correspondant à votre profil venait à se présenter.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Claire Vasseur
Responsable Recrutement Amériques
Groupe Arvalène""",
      company="Groupe Arvalène", contact="recrutement@arvalene.example.fr",
      date="2026-04-13 03:30", fmt="alt"),

    m(R, "smartrecruiters_es_html", "es",
      "Farmacias Sol del Norte <jobs@smartrecruiters.example.com>",
      "Sofía, gracias por tu interés en Farmacias Sol del Norte",
      """Hola Sofía,

Queremos agradecerte por postularte a Analista de Inventarios - CEDIS Monterrey.

Revisamos tu perfil con atención y, aunque tienes una trayectoria muy interesante, por ahora no avanzaremos con tu candidatura para este puesto.

Te animamos a revisar otras vacantes en https://jobs.smartrecruiters.example.com/FarmaciasSolDelNorte

Saludos,
Equipo de Selección
Farmacias Sol del Norte""",
      company="Farmacias Sol del Norte", date="2026-04-21 14:44", fmt="html",
      track="email.smartrecruiters.example.com"),

    m(R, "role_cancelled_en_japanese", "en",
      "Kenji Morikawa <k.morikawa@tsubame-denshi.example.jp>",
      "Regarding Sourcing Specialist position (Guanajuato)",
      """Dear Ms. Castellanos-Mbeki,

Thank you very much for your time for the interviews with our Silao team and with Mr. Hayashi from headquarters.

We are very sorry to inform you that, following a review of our 2026 headcount plan, the Sourcing Specialist position has been cancelled and we will not proceed with the hiring for this role.

We sincerely apologize for the inconvenience and thank you again for your understanding.

Best regards,

Kenji Morikawa
Administration & HR Section
Tsubame Denshi Mexico, S.A. de C.V.
Parque Industrial Puerto Interior, Silao, Gto.""",
      company="Tsubame Denshi Mexico", contact="k.morikawa@tsubame-denshi.example.jp",
      date="2026-05-04 19:10", fmt="b64"),

    m(R, "computrabajo_es", "es",
      "Computrabajo <notificaciones@computrabajo.example.com>",
      "Novedades en tu postulación: Auxiliar de Tráfico Aduanal",
      """Hola Sofía,

La empresa Agencia Aduanal Robles y Asociados ha actualizado el estado de tu postulación a la oferta "Auxiliar de Tráfico Aduanal - Nuevo Laredo".

Estado: Descartado

La empresa ha decidido no continuar con tu candidatura en este proceso. ¡No te desanimes! Hay más de 2.300 ofertas de comercio exterior esperándote.

Ver ofertas similares: https://mx.computrabajo.example.com/empleos-de-comercio-exterior

Computrabajo""",
      company="Agencia Aduanal Robles y Asociados", date="2026-05-11 08:00", fmt="alt",
      headers={"List-Unsubscribe": "<https://mx.computrabajo.example.com/unsub>"}),

    m(R, "de_kurz_absage", "de",
      "Recruiting Nordfels <bewerbung@nordfels-logistik.example.de>",
      "Absage: Ihre Bewerbung",
      """Hallo Frau Castellanos-Mbeki,

danke für Ihre Bewerbung als Junior Einkäuferin (m/w/d) in München. Leider können wir Ihnen keine Stelle anbieten, da für die Position fließende Deutschkenntnisse (C1) und Erfahrung im europäischen Zollrecht erforderlich sind.

Viele Grüße
Ihr Recruiting-Team
Nordfels Logistik SE""",
      company="Nordfels Logistik", date="2026-05-19 09:25", fmt="latin1"),

    m(R, "agency_relayed_chile", "es",
      "Constanza Ibarra <cibarra@altamar-consultores.example.cl>",
      "Re: Proceso Jefe de Abastecimiento - Santiago",
      """Hola Sofía, ¿cómo estái?

Te cuento que el cliente nos dio la respuesta y lamentablemente no vas a seguir en el proceso. Les gustó mucho tu entrevista pero finalmente priorizaron a alguien con experiencia en retail chileno y residencia acá.

Igual quedamos súper atentos para próximas búsquedas, tu perfil es muy bueno.

Saludos cordiales,
Constanza Ibarra
Consultora Senior
Altamar Consultores
+56 2 2955 0188""",
      company="Altamar Consultores", contact="cibarra@altamar-consultores.example.cl",
      date="2026-05-27 15:40",
      quote={"style": "es", "who": "Sofía Castellanos-Mbeki <sofia.cm@example.mx>",
             "when": "mar, 26 may 2026, 11:02",
             "text": "Hola Constanza, ¿hubo alguna novedad del cliente? Saludos!"}),

    m(R, "oracle_recruiting_bank", "es",
      "Banco Meridiano Careers <bancomeridiano@oraclecloud.example.com>",
      "Gracias por su interés en Banco Meridiano",
      """Estimada Sofía:

Agradecemos su interés en la vacante Analista de Proveeduría (Req. 88231).

Hemos revisado cuidadosamente su información y, aunque su experiencia es valiosa, decidimos avanzar con otros candidatos para esta posición.

Sus datos se conservarán conforme a nuestro Aviso de Privacidad.

Atentamente,
Banco Meridiano
Reclutamiento y Selección

AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos son confidenciales y para uso exclusivo del destinatario. Si usted lo recibió por error, le pedimos notificarlo y eliminarlo.""",
      company="Banco Meridiano", date="2026-06-03 22:10", fmt="html"),

    m(R, "kenyan_en_after_interview", "en",
      "Wanjiru Kamau <wanjiru.kamau@savannah-agritrade.example.co.ke>",
      "Following up",
      """Dear Sofia,

Thank you once again for attending the interview for the Import Planning Lead (Mexico desk). It was a pleasure speaking with you.

After much deliberation, we have decided not to proceed with your application at this time. The panel was impressed with your knowledge of USMCA rules of origin, but we have offered the role to an internal candidate.

Wishing you all the best in your search.

Kind regards,
Wanjiru Kamau
People & Culture Manager
Savannah Agritrade Ltd | Nairobi - Mexico City""",
      company="Savannah Agritrade", contact="wanjiru.kamau@savannah-agritrade.example.co.ke",
      date="2026-06-10 06:33"),

    m(R, "lever_startup_casual", "en",
      "Rafa from Tiendazo <rafa@tiendazo.example.com>",
      "Tiendazo - Demand Planner",
      """Hey Sofía,

Rafa here, head of ops at Tiendazo. Wanted to write personally instead of sending the usual template: we went with someone else for the demand planner spot. You were honestly a close second - your forecast exercise was great, we just needed someone who's run Shopify + Amazon MX inventory before.

Hope our paths cross again 🙏

Rafa""",
      company="Tiendazo", contact="rafa@tiendazo.example.com", date="2026-06-16 21:05",
      headers={"X-Mailer": "Lever"}),

    m(R, "fr_apres_entretien_canada", "fr",
      "Geneviève Tremblay <gtremblay@transbordeur-mtl.example.ca>",
      "Suivi - Poste de coordonnatrice import-export",
      """Bonjour Sofía,

Merci encore d'avoir pris le temps de nous rencontrer par Teams la semaine dernière.

Malheureusement, nous ne donnerons pas suite à votre candidature. Nous avons retenu un profil qui possède déjà son permis de travail canadien, ce qui était un critère important pour une entrée en poste rapide à Toronto.

Je vous souhaite sincèrement bon succès dans vos démarches.

Geneviève Tremblay
Conseillère principale, ressources humaines
Transbordeur Logistique inc.
514 555-0177""",
      company="Transbordeur Logistique", contact="gtremblay@transbordeur-mtl.example.ca",
      date="2026-06-24 13:18", fmt="qp"),

    m(R, "teamtailor_es_spain", "es",
      "Lonja Digital <notifications@teamtailor-mail.example.com>",
      "Tu candidatura para Category Buyer Fresh en Lonja Digital",
      """Hola Sofía:

Gracias por el tiempo que has dedicado a tu candidatura y por las ganas que se notaban en la videollamada con Irene.

Tras valorar todos los perfiles, hemos decidido seguir adelante con otras personas cuya experiencia encaja mejor con lo que buscamos en este momento para el equipo de Barcelona.

Te deseamos muchísima suerte en tu búsqueda.

Un saludo,
Irene Soler
Talent Partner · Lonja Digital""",
      company="Lonja Digital", contact="irene.soler@lonjadigital.example.es",
      reply_to="Irene Soler <irene.soler@lonjadigital.example.es>", date="2026-07-01 10:45",
      fmt="alt"),

    m(R, "peru_after_psicometrica", "es",
      "Selección de Personal <seleccion@andinacargo.example.pe>",
      "Resultados de evaluación",
      """Estimada Srta. Sofía Castellanos:

Por medio del presente le agradecemos su participación en las evaluaciones psicométricas y de conocimiento del proceso Analista de Comercio Exterior.

Luego de analizar los resultados, lamentamos comunicarle que no ha sido considerada para la siguiente etapa del proceso.

Atentamente,
Jessica Huamán Quispe
Analista de Selección
Andina Cargo S.A.C. - Lima""",
      company="Andina Cargo", contact="seleccion@andinacargo.example.pe",
      date="2026-07-08 16:20", fmt="cp1252"),

    m(R, "icims_airline", "en",
      "Aerolíneas Pacífico Sur Careers <talent@icims.example.com>",
      "Aerolíneas Pacífico Sur - Application Status Update",
      """Dear Sofía,

Thank you for your interest in the Cargo Revenue Analyst position (Job ID 2026-4471) at Aerolíneas Pacífico Sur.

We have now completed our review of applications. Unfortunately, we will not be moving your application forward at this time.

Please do not reply to this message. To view other open positions, visit our careers site.

Sincerely,
Aerolíneas Pacífico Sur Talent Acquisition""",
      company="Aerolíneas Pacífico Sur", date="2026-07-15 12:00", fmt="html"),

    m(R, "gov_convocatoria_es", "es",
      "Unidad de Administración - Convocatorias <convocatorias@aduanas-puerto.example.gob.mx>",
      "Resultado de la Convocatoria Pública 07/2026",
      """C. SOFÍA CASTELLANOS MBEKI
P R E S E N T E

Se hace de su conocimiento que, conforme al acta del Comité Técnico de Selección de fecha 20 de julio de 2026, su folio 0713-2026-00457 para la plaza "Jefe(a) de Departamento de Análisis de Operaciones de Comercio Exterior" NO resultó ganador.

Los resultados pueden consultarse en el portal de la dependencia.

A T E N T A M E N T E
Administración Portuaria de Aduanas del Pacífico
Unidad de Administración y Finanzas""",
      company="Administración Portuaria de Aduanas del Pacífico", date="2026-07-22 18:00",
      fmt="latin1"),

    m(R, "outlook_chain_rejection", "es",
      "Luis Armando Garza <lagarza@corrugados-regios.example.com>",
      "RE: Entrevista Planeación de la Demanda",
      """Sofía, buen día.

Te agradezco mucho tu tiempo y tu paciencia con el proceso. Platicándolo con la dirección decidimos no seguir adelante con tu candidatura; buscamos a alguien con más años en planeación S&OP en manufactura.

Te deseo mucho éxito.

Saludos cordiales,
Luis Armando Garza
Gerente de Planeación | Corrugados Regios
T. 81 5550 9012""",
      company="Corrugados Regios", contact="lagarza@corrugados-regios.example.com",
      date="2026-08-04 09:15",
      quote={"style": "outlook_es", "who": "Sofía Castellanos-Mbeki <sofia.cm@example.mx>",
             "when": "lunes, 3 de agosto de 2026 08:30 p. m.",
             "subject": "Entrevista Planeación de la Demanda",
             "to": "Luis Armando Garza <lagarza@corrugados-regios.example.com>",
             "text": "Hola Luis Armando,\n\nMuchas gracias por la entrevista del viernes y por la visita a planta. Quedo atenta a los siguientes pasos.\n\nSaludos,\nSofía"}),

    m(R, "australian_recruiter", "en",
      "Bec Fitzgerald <bec@southerncrosstalent.example.com.au>",
      "Re: Supply Planner - Melbourne (remote LATAM)",
      """Hi Sofia,

Thanks heaps for your patience on this one! Unfortunately the client's come back and they're not going to progress with your application - they've decided to keep the role onshore after all. Bit of a bummer as you'd have been a ripper fit.

I'll keep an eye out for anything else remote-friendly.

Cheers,
Bec
Southern Cross Talent | 0412 555 019""",
      company="Southern Cross Talent", contact="bec@southerncrosstalent.example.com.au",
      date="2026-08-19 17:30"),

    m(R, "personio_de_nach_interview", "de",
      "Personio <noreply@personio.example.de>",
      "Ihre Bewerbung bei Lastwerk Robotics",
      """Guten Tag Sofía Castellanos-Mbeki,

herzlichen Dank für Ihr Interesse an Lastwerk Robotics und die Zeit, die Sie in die Gespräche mit unserem Team investiert haben.

Wir haben uns nach reiflicher Überlegung entschieden, den Prozess mit einer anderen Person fortzusetzen. Bitte haben Sie Verständnis, dass wir aufgrund der Vielzahl an Bewerbungen kein individuelles Feedback geben können.

Beste Grüße
Jonas Reimer
Talent Acquisition Lastwerk Robotics""",
      company="Lastwerk Robotics", date="2026-09-02 10:05", fmt="alt"),

    m(R, "es_spain_formal_madrid", "es",
      "Departamento de Personas <personas@ferrovia-iberica.example.es>",
      "Candidatura Técnica de Compras Indirectas",
      """Estimada Sofía:

En relación con su candidatura para el puesto de Técnica de Compras Indirectas en nuestras oficinas de Madrid, lamentamos comunicarle que no ha sido seleccionada para continuar en el proceso.

Agradecemos sinceramente el interés mostrado por Ferrovía Ibérica y le deseamos mucha suerte en su carrera profesional.

Reciba un cordial saludo,

Departamento de Personas
Ferrovía Ibérica

Le informamos que sus datos serán tratados conforme al Reglamento (UE) 2016/679 (RGPD). Puede ejercer sus derechos en protecciondatos@ferrovia-iberica.example.es.""",
      company="Ferrovía Ibérica", contact="personas@ferrovia-iberica.example.es",
      date="2026-09-14 04:12", fmt="qp"),

    m(R, "fr_courte_teams", "fr",
      "Julien Marchand <j.marchand@lysandre-conseil.example.fr>",
      "RE: Entretien consultant supply chain",
      """Bonjour Sofía,

Merci pour ton temps mardi. On a finalement décidé de ne pas poursuivre, on cherche quelqu'un de plus senior sur la partie douane européenne.

Bonne continuation !
Julien

--
Julien Marchand | Manager Supply Chain
Lysandre Conseil - 12 rue de la Pépinière, 75008 Paris""",
      company="Lysandre Conseil", contact="j.marchand@lysandre-conseil.example.fr",
      date="2026-09-24 11:50",
      quote={"style": "fr", "who": "Sofía Castellanos-Mbeki <sofia.cm@example.mx>",
             "when": "mer. 23 sept. 2026 à 18:40",
             "text": "Bonjour Julien,\nMerci pour l'échange d'hier, je reste disponible pour la suite.\nBien à vous,\nSofía"}),

    m(R, "occ_es_ats_short", "es",
      "OCC Mundial <avisos@occ.example.com.mx>",
      "Tu postulación en OCC: Planeador(a) de Materiales",
      """Hola Sofía,

Distribuidora Electrónica Tecnolar revisó tu CV para la vacante Planeador(a) de Materiales (Tijuana, B.C.) y decidió no continuar contigo en este proceso.

Sigue postulándote, ¡la siguiente puede ser la tuya!

OCC Mundial""",
      company="Distribuidora Electrónica Tecnolar", date="2026-10-06 07:30", fmt="html",
      headers={"List-Unsubscribe": "<mailto:unsubscribe@occ.example.com.mx>"}),
]
