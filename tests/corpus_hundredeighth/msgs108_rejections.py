"""Rejections of the hundredeighth corpus, written one by one."""

from msgs108_common import M

WD_FOOT = "Laboratorios Andinos Farma S.A.S. · Carrera 43A # 1-50, Medellín · <a href=\"https://andinosfarma.example.co/privacidad\">Política de privacidad</a>"

MSGS = [
    M("rejection", "workday_soft", "Laboratorios Andinos Farma <andinosfarma@myworkday.com>",
      "Actualización sobre su postulación: Analista de Asuntos Regulatorios (R-10427)", "2026-02-11 16:04 -0500", "es", """
Estimada Camila:

Gracias por el interés que ha demostrado en Laboratorios Andinos Farma y por el tiempo dedicado a postularse al cargo de Analista de Asuntos Regulatorios (R-10427).

Tras revisar con detenimiento todas las hojas de vida recibidas, hemos decidido continuar con candidatos cuyo perfil se ajusta más estrechamente a los requisitos de esta vacante.

Conservaremos sus datos en nuestra base de talento por un período de 12 meses y la animamos a seguir consultando nuestras oportunidades.

Cordialmente,
Equipo de Adquisición de Talento
Laboratorios Andinos Farma
""", company="Laboratorios Andinos Farma", struct="html",
      html_shell=("ats", {"brand": "Laboratorios Andinos Farma", "logo": "https://andinosfarma.example.co/img/logo.png", "color": "#00695c", "footer": WD_FOOT, "cta": "Ver otras vacantes", "tracker": "https://andinosfarma.wd5.myworkday.com/track?c="})),

    M("rejection", "greenhouse_after_interview", "Veridian Clinical Research via Greenhouse <no-reply@greenhouse-mail.io>",
      "Your interview with Veridian Clinical Research", "2026-03-19 11:22 -0400", "en", """
Hi Camila,

Thank you for taking the time to meet with Dana, Priya and the safety team last week. We really enjoyed learning about your pharmacovigilance work at the hospital and your ICSR case-processing experience.

After a lot of discussion, we've decided not to move forward with your candidacy for the Drug Safety Associate role. This was a difficult decision; the candidate we selected has several years of hands-on Argus experience, which the team needs from day one.

We'd be glad to stay in touch, and you're welcome to reply to this email if you'd like some feedback.

Warmly,
Maria Kowalski
Senior Recruiter, Veridian Clinical Research
""", company="Veridian Clinical Research", contact="maria.kowalski@veridiancr.example.com",
      reply_to="Maria Kowalski <maria.kowalski@veridiancr.example.com>", struct="alt",
      html_shell=("ats", {"brand": "Veridian Clinical Research", "logo": "https://us-greenhouse.example.com/logos/veridian.png", "color": "#5b2c83", "footer": "Sent via Greenhouse. Veridian Clinical Research, 1200 Brickell Ave, Miami FL 33131."})),

    M("rejection", "terse_iphone", "Andrés Villegas <avillegas@dromedica.example.co>",
      "Re: hoja de vida", "2026-01-27 19:41 -0500", "es", """
Camila buenas noches, finalmente no seguimos con tu perfil para el cargo. Mucha suerte

Enviado desde mi iPhone
""", company="Dromédica", contact="avillegas@dromedica.example.co", thread=True,
      quote="""El 20 ene 2026, a las 8:15 a. m., Camila Restrepo-Okafor <camila.ro@example.co> escribió:

> Hola Andrés, te comparto mi hoja de vida para la vacante de Químico Farmacéutico de Dromédica que me comentaste. Quedo atenta a la entrevista.
> Camila"""),

    M("rejection", "role_on_hold", "Selección Clínica Santa Lucía <seleccion@clinicasantalucia.example.co>",
      "Proceso de selección - Químico(a) Farmacéutico(a) Farmacovigilancia", "2026-04-06 10:10 -0500", "es", """
Señora
CAMILA RESTREPO OKAFOR
Ciudad

Respetada señora Restrepo:

Por medio de la presente le informamos que, por decisión de la Dirección Médica, la vacante de Químico(a) Farmacéutico(a) para el programa de Farmacovigilancia ha sido congelada hasta nuevo aviso y no continuaremos con el proceso de selección en curso.

Agradecemos su participación y la disposición que mostró durante las pruebas técnicas.

Atentamente,

Área de Gestión Humana
Clínica Santa Lucía del Valle
Calle 5 # 38-14, Cali - Valle del Cauca
PBX (602) 555 0190
""", company="Clínica Santa Lucía del Valle", contact="seleccion@clinicasantalucia.example.co",
      cs="iso-8859-1", cte="quoted-printable"),

    M("rejection", "filled_internally", "Yamileth Ortega <yortega@redcaribe.example.pa>",
      "Posición de Coordinadora de Farmacovigilancia", "2026-05-14 08:47 -0500", "es", """
Buenos días Camila,

Espero que se encuentre muy bien. Le escribo para contarle que la posición de Coordinadora de Farmacovigilancia que conversamos fue cubierta de manera interna por una colaboradora de nuestro hospital de Chiriquí.

Le agradezco muchísimo su tiempo y su interés en la Red Hospitalaria del Caribe. Guardaré su CV por si surge algo en el área regulatoria.

Saludos cordiales,

Yamileth Ortega
Reclutamiento y Selección
Red Hospitalaria del Caribe
Tel. +507 555-3321 | Ciudad de Panamá
""", company="Red Hospitalaria del Caribe", contact="yortega@redcaribe.example.pa"),

    M("rejection", "speculative_lima", "Recursos Humanos - Genéricos Pacífico <rrhh@genericospacifico.example.pe>",
      "Re: Candidatura espontánea - Asuntos Regulatorios", "2026-02-23 12:30 -0500", "es", """
Estimada Srta. Restrepo-Okafor:

Acusamos recibo de su correo y de la hoja de vida que nos hizo llegar de forma espontánea. Le agradecemos que haya pensado en nuestra empresa.

Lamentablemente, en este momento no contamos con posiciones abiertas en el área de Asuntos Regulatorios que correspondan a su perfil, por lo que no podremos considerar su candidatura. No mantenemos una bolsa de candidatos, así que le sugerimos estar atenta a nuestras publicaciones en el portal de empleo.

Muy atentamente,

Lic. Rosa Huamán Quispe
Jefa de Recursos Humanos
Genéricos Pacífico Perú S.A.C.
Av. Argentina 2450, Callao - Lima
""", company="Genéricos Pacífico Perú", contact="rrhh@genericospacifico.example.pe", thread=True,
      cs="windows-1252", cte="8bit"),

    M("rejection", "lever_ca", "Northbridge Pharmaceuticals <no-reply@hire.lever.co>",
      "Regulatory Affairs Specialist at Northbridge Pharmaceuticals", "2026-06-02 14:55 -0400", "en", """
Hi Camila,

Thanks so much for your interest in the Regulatory Affairs Specialist position at Northbridge Pharmaceuticals Inc. We appreciate the time you invested in your application.

We received a large number of applications, and after careful review we have decided to pursue other candidates whose Health Canada submission experience more closely matches what we need at this time.

We encourage you to keep an eye on our careers page for future openings.

All the best,
The Northbridge Talent Team
""", company="Northbridge Pharmaceuticals"),

    M("rejection", "personio_absage", "Rheinfeld Arzneimittel GmbH <jobs@rheinfeld-arzneimittel.personio.de>",
      "Ihre Bewerbung als Pharmacovigilance Officer (m/w/d) – Standort Barcelona", "2026-03-03 09:15 +0100", "de", """
Sehr geehrte Frau Restrepo-Okafor,

vielen Dank für Ihr Interesse an der Rheinfeld Arzneimittel GmbH und für Ihre Bewerbung als Pharmacovigilance Officer (m/w/d) an unserem Standort Barcelona.

Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können. Diese Entscheidung ist keine Bewertung Ihrer Qualifikation, sondern beruht auf dem Vergleich mit dem Anforderungsprofil der Stelle.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute und viel Erfolg.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Rheinfeld Arzneimittel
""", company="Rheinfeld Arzneimittel", struct="html",
      html_shell=("ats", {"brand": "Rheinfeld Arzneimittel", "logo": "https://rheinfeld-arzneimittel.personio.de/logo.png", "color": "#c0392b", "footer": "Rheinfeld Arzneimittel GmbH · Industriestraße 12 · 50667 Köln · Geschäftsführer: Dr. Heiko Brandt, Sabine Lorenz · Amtsgericht Köln HRB 48213 · <a href=\"https://rheinfeld-arzneimittel.personio.de/privacy\">Datenschutz</a>"})),

    M("rejection", "taleo_fr", "Carrières Laboratoires Bellerive <ne-pas-repondre@taleo.net>",
      "Votre candidature – Spécialiste, affaires réglementaires (Toronto)", "2026-04-21 15:02 -0400", "fr", """
Madame,

Nous vous remercions de l'intérêt que vous portez aux Laboratoires Bellerive et du temps consacré à votre candidature au poste de Spécialiste, affaires réglementaires, à notre bureau de Toronto.

Après une analyse attentive de votre dossier, nous sommes au regret de vous informer que votre candidature n'a pas été retenue pour la suite du processus. Nous avons privilégié des profils possédant une expérience directe des présentations de drogues nouvelles auprès de Santé Canada.

Nous conserverons votre dossier et n'hésiterons pas à communiquer avec vous si un poste correspondant à votre profil devenait disponible.

Veuillez agréer, Madame, nos salutations distinguées.

Acquisition de talents
Laboratoires Bellerive
""", company="Laboratoires Bellerive", struct="alt",
      html_shell=("ats", {"brand": "Laboratoires Bellerive", "logo": "https://bellerive.example.ca/img/logo-bellerive.png", "color": "#004b87", "footer": "Laboratoires Bellerive inc. · 2200, rue Sherbrooke O., Montréal (Québec) · Ce courriel a été envoyé automatiquement, merci de ne pas y répondre."})),

    M("rejection", "smartrecruiters_amp", "Farmacéutica Levante & Asociados <noreply@smartrecruiters.com>",
      "Gracias por tu candidatura, Camila", "2026-05-28 18:33 +0200", "es", """
Hola Camila:

Queremos agradecerte sinceramente el interés mostrado en la posición de Técnico/a de Registros Sanitarios en Valencia.

Hemos revisado tu candidatura con atención y, aunque tu trayectoria como farmacéutica nos ha parecido muy interesante, en esta ocasión hemos decidido avanzar con otras personas cuya experiencia en procedimientos descentralizados europeos encaja mejor con lo que buscamos.

Te deseamos mucha suerte en tu búsqueda. ¡Esperamos coincidir en el futuro!

Un saludo,
Equipo de Personas
Farmacéutica Levante & Asociados
""", company="Farmacéutica Levante & Asociados", struct="html",
      html_shell=("ats", {"brand": "Farmacéutica Levante & Asociados", "logo": "https://c.smartrecruiters.com/sr-company-logo/levante.png", "color": "#e67e22", "footer": "Farmacéutica Levante & Asociados, S.L. · C/ Colón 22, 46004 Valencia · Powered by SmartRecruiters · <a href=\"https://jobs.smartrecruiters.com/unsubscribe\">Gestionar preferencias</a>", "cta": "Ver más ofertas"})),

    M("rejection", "agency_named_client", "Natalia Bermúdez | Talento Salud <natalia.bermudez@talentosalud.example.co>",
      "Proceso BioCaribe - retroalimentación", "2026-03-30 17:12 -0500", "es", """
Hola Cami, ¿cómo vas?

Te cuento que ya tuve respuesta de BioCaribe Labs sobre el proceso de Analista de Farmacovigilancia. Lamentablemente el cliente decidió seguir con otra candidata que ya venía trabajando con su sistema de gestión de eventos adversos. Me dijeron que tu entrevista fue muy buena y que les gustó mucho tu enfoque en la farmacovigilancia hospitalaria, así que no te desanimes.

Apenas tenga otra vacante en regulatorio te vuelvo a escribir. Cualquier cosa me llamas.

Un abrazo,

Natalia Bermúdez
Consultora Senior de Selección | Talento Salud Consultores
+57 310 555 4821
""", company="BioCaribe Labs", contact="natalia.bermudez@talentosalud.example.co"),

    M("rejection", "headhunter_own_mandate", "Iñigo Kessler <ikessler@kesslervidal.example.es>",
      "Mandato Director/a de Farmacovigilancia", "2026-07-08 13:05 +0200", "es", """
Estimada Camila:

Gracias de nuevo por la conversación de la semana pasada. Le escribo para cerrar el círculo: tras presentar la terna a nuestro cliente, una compañía farmacéutica multinacional con sede en Madrid, su candidatura no ha pasado a la fase final. El cliente busca finalmente un perfil con más años en dirección de equipos de farmacovigilancia en la UE.

Le tendré en cuenta para otros mandatos en el ámbito regulatorio, donde creo que su perfil encaja muy bien.

Un cordial saludo,

Iñigo Kessler
Partner
Kessler & Vidal Executive Search
Paseo de la Castellana 95, 28046 Madrid
T. +34 91 555 22 80

Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su destinatario.
""", company="Kessler & Vidal Executive Search", contact="ikessler@kesslervidal.example.es"),

    M("rejection", "university_hr_mailbox", "Bayshore University HR <facultyrecruit@bayshore.example.edu>",
      "Clinical Assistant Professor (Pharmacy Practice) – Search Update", "2026-08-17 10:40 -0400", "en", """
Dear Dr. Restrepo-Okafor,

On behalf of the search committee for the Clinical Assistant Professor of Pharmacy Practice position, thank you for your application and for your patience during a lengthy review process.

The committee has now completed its evaluation, and I regret to inform you that you were not selected for an on-campus interview. We received more than 120 applications for this position, many from highly qualified candidates.

If you have any questions about the process, please feel free to write to this address.

Sincerely,

Office of Faculty Recruitment
Bayshore University College of Pharmacy
11200 SW 8th Street, Miami, FL 33199
""", company="Bayshore University College of Pharmacy", contact="facultyrecruit@bayshore.example.edu"),

    M("rejection", "public_agency_panama", "Agencia Panameña de Productos Sanitarios <concursos@apps.example.pa>",
      "Resultado del Concurso No. APPS-DFV-07-2026", "2026-09-09 09:00 -0500", "es", """
Señora Camila Restrepo-Okafor:

La Oficina Institucional de Recursos Humanos de la Agencia Panameña de Productos Sanitarios le comunica el resultado del Concurso No. APPS-DFV-07-2026 para el cargo de Evaluador(a) de Farmacovigilancia.

Resultado: NO SELECCIONADA. Su puntaje total (68/100) no alcanzó el mínimo requerido para integrar el registro de elegibles.

De conformidad con el reglamento del concurso, podrá presentar reconsideración por escrito dentro de los cinco (5) días hábiles siguientes a esta notificación, dirigiéndose a esta misma dirección.

Atentamente,

Oficina Institucional de Recursos Humanos
Agencia Panameña de Productos Sanitarios
Edificio 265, Ave. Gorgas, Ancón, Panamá
""", company="Agencia Panameña de Productos Sanitarios", contact="concursos@apps.example.pa"),

    M("rejection", "manager_after_interview_de", "Dr. Jens Vogt <j.vogt@vogt-partner.example.com>",
      "AW: Danke für das Gespräch", "2026-06-19 08:12 +0200", "de", """
Liebe Frau Restrepo-Okafor,

danke für Ihre freundliche Nachricht nach unserem Gespräch. Ich hätte Ihnen gerne eine andere Antwort gegeben: Wir haben uns nach langer Abwägung für eine Kandidatin entschieden, die bereits Erfahrung mit EudraVigilance-Meldungen aus Deutschland mitbringt. Für Ihre Bewerbung als Regulatory Affairs Consultant geht es daher leider nicht weiter.

Ihr Wechsel aus der Krankenhauspharmazie in die Arzneimittelsicherheit ist absolut nachvollziehbar, und ich bin sicher, dass Sie bald das passende Team finden.

Herzliche Grüße aus Barcelona
Jens Vogt

--
Dr. Jens Vogt | Managing Partner | Vogt & Partner Pharma Consulting
Passeig de Gràcia 54, 08007 Barcelona
Vogt & Partner Pharma Consulting GmbH · Sitz: München · Amtsgericht München HRB 201774 · Geschäftsführer: Dr. Jens Vogt, Anja Pfeiffer
""", company="Vogt & Partner Pharma Consulting", contact="j.vogt@vogt-partner.example.com", thread=True,
      cs="iso-8859-1", cte="quoted-printable",
      quote="""Am 17.06.2026 um 18:02 schrieb Camila Restrepo-Okafor <camila.ro@example.co>:

> Sehr geehrter Herr Dr. Vogt,
> vielen Dank für das angenehme Interview heute und die Einladung nach Barcelona. Ich freue mich sehr über die Möglichkeit, mich weiter vorzustellen, und bin gespannt auf Ihr Angebot.
> Mit freundlichen Grüßen
> Camila Restrepo-Okafor"""),

    M("rejection", "gmail_chain_misleading", "Luisa Fernanda Mejía <lfmejia@medisalud.example.co>",
      "Re: Entrevista Regente de Farmacia - Medisalud", "2026-02-05 15:48 -0500", "es", """
Hola Camila,

Mil gracias por venir el martes. Después de hablar con la gerencia decidimos no continuar con tu proceso: buscamos a alguien que pueda asumir ya la dirección técnica de la droguería y tu interés está más en regulatorio. No es por tu formación, que es excelente.

Te deseo lo mejor!

Luisa Fernanda Mejía
Coordinadora de Talento Humano
Medisalud IPS
""", company="Medisalud IPS", contact="lfmejia@medisalud.example.co", thread=True,
      quote="""El lun, 2 feb 2026 a las 11:20, Luisa Fernanda Mejía (<lfmejia@medisalud.example.co>) escribió:
> Camila, te confirmo la entrevista para el martes 3 de febrero a las 9:00 a. m. en la sede de Laureles. Si todo sale bien, la idea es hacerte una oferta esa misma semana.
>
> El vie, 30 ene 2026 a las 17:02, Camila Restrepo-Okafor (<camila.ro@example.co>) escribió:
>> Buenas tardes Luisa, confirmo mi interés en la vacante. Quedo atenta a la citación.
>> Camila"""),

    M("rejection", "icims_filled", "HarborPoint Health Careers <careers-noreply@harborpoint.icims.com>",
      "Update on Requisition 2026-4471: Clinical Pharmacist – Medication Safety", "2026-07-23 17:05 -0400", "en", """
Dear Camila,

Thank you for applying to the Clinical Pharmacist – Medication Safety position (Requisition 2026-4471) at HarborPoint Health System.

We wanted to let you know that this position has been filled. We appreciate your interest in joining our team and invite you to create a job alert so you're notified of new opportunities at our Miami and Fort Lauderdale campuses.

Sincerely,
HarborPoint Health System Talent Acquisition

This is an automated message. Replies to this address are not monitored.
""", company="HarborPoint Health System", struct="html",
      html_shell=("ats", {"brand": "HarborPoint Health System", "logo": "https://harborpoint.example.com/assets/hp-logo.png", "color": "#007c91", "footer": "HarborPoint Health System is an Equal Opportunity Employer. © 2026 HarborPoint Health, Inc. <a href=\"https://careers-harborpoint.icims.com/jobs/alerts/unsubscribe\">Unsubscribe</a>", "cta": "Create a job alert", "tracker": "https://careers-harborpoint.icims.com/r?t=", "pixel": "https://careers-harborpoint.icims.com/pixel.gif?m=4471"})),

    M("rejection", "staffing_caps", "TEMPORALES ANTIOQUIA <convocatorias@temporalesantioquia.example.co>",
      "RESPUESTA CONVOCATORIA QUIMICO FARMACEUTICO", "2026-01-15 07:58 -0500", "es", """
BUENOS DIAS CAMILA

LE INFORMAMOS QUE EN ESTA OCASION SU HOJA DE VIDA NO CONTINUA EN EL PROCESO DE LA CONVOCATORIA QUIMICO FARMACEUTICO - PLANTA ITAGUI. EL CLIENTE REQUIERE EXPERIENCIA MINIMA DE 3 AÑOS EN PRODUCCION DE SOLIDOS.

GRACIAS POR PARTICIPAR, SEGUIREMOS EN CONTACTO PARA PROXIMAS CONVOCATORIAS.

DEPARTAMENTO DE SELECCION
TEMPORALES ANTIOQUIA
""", company="TEMPORALES ANTIOQUIA", contact="convocatorias@temporalesantioquia.example.co",
      cs="iso-8859-1", cte="8bit"),

    M("rejection", "startup_tu_fr", "Léa Marchand <lea@vigimed.example.com>",
      "vigimed - ta candidature", "2026-04-02 22:14 +0200", "fr", """
Salut Camila,

Merci encore pour ton temps jeudi, c'était super d'échanger avec toi. On a finalement décidé de ne pas aller plus loin pour le poste de PV Ops : on a besoin de quelqu'un basé à Barcelone tout de suite et ton départ de Medellín ne serait possible qu'en septembre.

Je garde ton profil sous le coude, vraiment.

Léa
CEO & cofondatrice, vigimed
""", company="vigimed", contact="lea@vigimed.example.com"),

    M("rejection", "teamtailor_sentence_case", "Salud en casa <no-reply@teamtailor-mail.com>",
      "Sobre tu postulación en Salud en casa", "2026-08-04 12:00 -0500", "es", """
¡Hola Camila!

Gracias por querer ser parte de Salud en casa 💙. Leímos tu postulación para Farmacéutica de Calidad y Regulatorio con mucho cariño.

Esta vez no vamos a seguir adelante con tu proceso: el equipo eligió a una persona con experiencia en registro de dispositivos médicos, que es clave para el lanzamiento que tenemos en Bogotá.

Nos encantaría que sigas cerca. Si quieres, únete a nuestra comunidad de talento y te avisamos cuando abramos algo que encaje contigo.

Un abrazo,
El equipo de Salud en casa
""", company="Salud en casa", struct="html",
      html_shell=("ats", {"brand": "Salud en casa", "logo": "https://assets.teamtailor-cdn.example.com/saludencasa/logo.png", "color": "#3b5bdb", "footer": "Salud en casa · Bogotá D.C. · <a href=\"https://saludencasa.teamtailor.com/connect\">Comunidad de talento</a> · <a href=\"https://saludencasa.teamtailor.com/unsubscribe\">Cancelar suscripción</a>", "cta": "Unirme a la comunidad"})),

    M("rejection", "ashby_take_home", "Lumen Safety Labs Hiring <no-reply@ashbyhq.com>",
      "Following up", "2026-09-15 16:27 -0400", "en", """
Hi Camila,

Thank you for completing the case-study exercise for the Pharmacovigilance Scientist role and for walking us through your signal assessment. We know take-home work is a real investment of time.

We've reviewed everyone's submissions and have decided to move forward with other candidates for the next round. Your write-up was clear and well structured; the main gap for us was experience with aggregate reports (PSURs/PBRERs).

Thanks again, and best of luck with your search.

Owen Tremblay
Head of Safety, Lumen Safety Labs
Toronto, ON
""", company="Lumen Safety Labs", struct="alt",
      html_shell=("outlook", {"font": "Inter"})),

    M("rejection", "bamboohr_family_business", "Droguería Hermanos Cárdenas <notifications@bamboohr.com>",
      "Droguería Hermanos Cárdenas: actualización de tu solicitud", "2026-03-12 09:31 -0500", "es", """
Hola Camila,

Te agradecemos por presentar tu solicitud para el puesto de Director Técnico de Droguería en Bucaramanga.

Queremos informarte que hemos decidido no avanzar con tu solicitud en esta ocasión.

Gracias de nuevo por tu interés en nuestra familia.

Droguería Hermanos Cárdenas Ltda.
""", company="Droguería Hermanos Cárdenas"),

    M("rejection", "successfactors_spain", "Grupo Hospitalario Mediterráneo <empleo@successfactors.eu>",
      "Cierre del proceso de selección – Ref. GHM-FH-2026-112", "2026-10-02 11:45 +0200", "es", """
Estimada candidata:

Le escribimos en relación con su candidatura a la plaza de Farmacéutico/a Adjunto/a de Farmacia Hospitalaria (Ref. GHM-FH-2026-112) en el Hospital Mediterráneo de Barcelona.

Le comunicamos que el proceso de selección ha finalizado y que su candidatura no ha resultado seleccionada. Agradecemos sinceramente su interés en formar parte de Grupo Hospitalario Mediterráneo.

Atentamente,
Dirección de Personas
Grupo Hospitalario Mediterráneo

De conformidad con el Reglamento (UE) 2016/679, sus datos serán tratados por Grupo Hospitalario Mediterráneo, S.A. con la finalidad de gestionar procesos de selección.
""", company="Grupo Hospitalario Mediterráneo", struct="html", cs="windows-1252", cte="quoted-printable",
      html_shell=("ats", {"brand": "Grupo Hospitalario Mediterráneo", "logo": "https://ghm.example.es/img/ghm.png", "color": "#2e86c1", "footer": "Grupo Hospitalario Mediterráneo, S.A. · C/ Aribau 200, 08036 Barcelona · Inscrita en el Registro Mercantil de Barcelona, Tomo 41233, Folio 12"})),

    M("rejection", "softgarden_de", "Hessler Pharma Iberia <bewerbermanagement@softgarden.io>",
      "Ihre Bewerbung bei Hessler Pharma", "2026-05-06 14:18 +0200", "de", """
Hallo Frau Restrepo-Okafor,

herzlichen Dank für Ihre Bewerbung als Regulatory Affairs Manager (w/m/d) bei Hessler Pharma in Madrid und das Vertrauen, das Sie uns damit entgegenbringen.

Leider müssen wir Ihnen heute eine Absage erteilen. Die Position wird nicht neu besetzt, da die Aufgaben im Zuge einer Umstrukturierung von unserer Zentrale in Darmstadt übernommen werden.

Wir bedauern, Ihnen keine positivere Nachricht geben zu können, und wünschen Ihnen alles Gute.

Freundliche Grüße
Ihr Talent-Acquisition-Team
Hessler Pharma
""", company="Hessler Pharma", struct="html",
      html_shell=("ats", {"brand": "Hessler Pharma", "logo": "https://hessler.softgarden.io/assets/logo.svg", "color": "#1b5e20", "footer": "Hessler Pharma Iberia S.L.U. ist ein Unternehmen der Hessler Pharma KGaA, Darmstadt · Vorsitzender des Aufsichtsrats: Prof. Dr. Ulrich Hessler · <a href=\"https://hessler.softgarden.io/de/privacy\">Datenschutzhinweise</a>"})),

    M("rejection", "workable_not_filled", "Trialpath CRO <noreply@workablemail.com>",
      "Clinical Trial Safety Coordinator - Trialpath CRO", "2026-06-25 13:50 -0400", "en", """
Hi Camila,

Thank you for your interest in the Clinical Trial Safety Coordinator opening at Trialpath CRO.

We wanted to let you know that, due to a change in our sponsor portfolio, we have decided not to fill this role this year and have closed the requisition. Your application will not be progressed further.

We're sorry we couldn't bring better news and appreciate your understanding.

Best regards,
Trialpath CRO Recruiting
Doral, Florida
""", company="Trialpath CRO"),

    M("rejection", "acronym_cro_lima", "Talento ICA <talento@ica-clinica.example.pe>",
      "Convocatoria Asistente de Farmacovigilancia", "2026-01-30 18:20 -0500", "es", """
Estimada Camila,

Gracias por participar en nuestra convocatoria para Asistente de Farmacovigilancia en Lima. Revisamos tu perfil junto con el equipo de Seguridad del Paciente y, en esta oportunidad, no continuarás a la siguiente etapa. Buscamos alguien con colegiatura vigente en el Colegio Químico Farmacéutico del Perú para incorporación inmediata.

Si tienes consultas puedes respondernos a este correo.

Saludos,
Equipo de Talento | ICA
Investigación Clínica Andina
Calle Las Begonias 415, San Isidro
""", company="ICA", contact="talento@ica-clinica.example.pe"),

    M("rejection", "university_colombia", "Convocatorias Universidad Pontificia del Valle <convocatorias@upvalle.example.co>",
      "Resultados convocatoria docente ocasional - Facultad de Ciencias Farmacéuticas", "2026-07-14 16:00 -0500", "es", """
Apreciada aspirante:

La Vicerrectoría Académica de la Universidad Pontificia del Valle agradece su participación en la Convocatoria 014 de 2026 para docente ocasional de tiempo completo en Legislación Farmacéutica.

Le informamos que, una vez consolidados los puntajes de hoja de vida y prueba de conocimientos, usted no fue seleccionada para continuar a la etapa de entrevista.

Los resultados consolidados pueden consultarse en el portal de convocatorias. Esta es una cuenta de notificaciones; para reclamaciones utilice el formulario en línea.

Vicerrectoría Académica
Universidad Pontificia del Valle
""", company="Universidad Pontificia del Valle", struct="html",
      html_shell=("ats", {"brand": "Universidad Pontificia del Valle", "logo": "https://upvalle.example.co/sites/logo-upv.png", "color": "#7b1fa2", "footer": "Universidad Pontificia del Valle - Vigilada Mineducación · Cali, Colombia", "cta": "Consultar resultados"})),

    M("rejection", "one_line_manager", "Jim Doyle <jdoyle@keystonegx.example.com>",
      "Re: RA Associate", "2026-08-28 07:03 -0400", "en", """
Hi Camila - we went another direction on this one. Appreciate your time and good luck.

J. Doyle
Keystone Generics
""", company="Keystone Generics", contact="jdoyle@keystonegx.example.com", thread=True),

    M("rejection", "after_interview_quebec", "Groupe Santé Laurentides <recrutement@gsl.example.ca>",
      "Suivi de votre entrevue – Pharmacien(ne), pharmacovigilance", "2026-05-19 10:30 -0400", "fr", """
Bonjour Madame Restrepo-Okafor,

Nous tenons à vous remercier d'avoir participé à l'entrevue du 12 mai pour le poste de Pharmacien(ne) en pharmacovigilance à notre établissement de Toronto.

Le comité de sélection a rencontré plusieurs candidatures de grande qualité. À l'issue de ce processus, nous avons retenu une autre personne dont le profil correspond davantage aux besoins actuels de l'équipe, notamment en ce qui a trait à la pratique en Ontario.

N'hésitez pas à nous écrire si vous souhaitez obtenir une rétroaction.

Cordialement,

Service du recrutement
Groupe Santé Laurentides
""", company="Groupe Santé Laurentides", contact="recrutement@gsl.example.ca", struct="html",
      html_shell=("outlook", {"font": "Segoe UI"})),

    M("rejection", "plaza_desierta", "Universidad de Levante - Servicio de Personal <oposiciones@ulevante.example.es>",
      "Resolución plaza PDI Ref. 26/FAR/03", "2026-09-24 12:12 +0200", "es", """
Estimada Sra. Restrepo-Okafor:

Por la presente se le notifica que, mediante resolución de 22 de septiembre de 2026, la Comisión de Selección ha acordado declarar DESIERTA la plaza de Profesor/a Asociado/a en el Área de Farmacia y Tecnología Farmacéutica (Ref. 26/FAR/03), por lo que no se procederá a su provisión en la presente convocatoria.

Contra esta resolución podrá interponerse recurso de alzada en el plazo de un mes.

Atentamente,

Servicio de Personal Docente e Investigador
Universidad de Levante
""", company="Universidad de Levante", contact="oposiciones@ulevante.example.es",
      cs="windows-1252", cte="base64"),

    M("rejection", "distributor_panama_replyto", "Distribuidora Istmo Médica (Recursos Humanos) <rrhh-notificaciones@istmomedica.example.pa>",
      "Re: your application", "2026-10-06 09:40 -0500", "es", """
Buen día Camila:

Gracias por su interés en la posición de Especialista en Registros Sanitarios. Luego de evaluar los perfiles, la empresa ha decidido avanzar con un candidato con experiencia en trámites ante la autoridad sanitaria panameña, por lo que no continuaremos con su proceso.

Si desea comentarios sobre su entrevista telefónica, con gusto los conversamos; puede escribirme directamente.

Saludos,

Gabriela Núñez
Analista de Talento
Distribuidora Istmo Médica, S.A.
""", company="Distribuidora Istmo Médica", contact="gnunez@istmomedica.example.pa",
      reply_to="Gabriela Núñez <gnunez@istmomedica.example.pa>"),
]
