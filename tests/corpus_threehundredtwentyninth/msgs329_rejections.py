"""Rejections outside the threads: ATS form letters, recruiters, agencies relaying a client's no."""

from __future__ import annotations

from msgs329_common import html_paras, outlook, quote, sig, spec

ROBLE = ("Susana Herrero", "susana.herrero@roblerrhh.example.es")
ROBLE_OLD = """Hola Susana,

Os adjunto el ejercicio de entrevista por competencias que me pedisteis. Cualquier cosa que \
necesitéis, aquí estoy.

Un saludo,
Inma"""

CALTON = """Dear Inmaculada,

Thank you for coming to see us at Calton Health Group last Tuesday and for talking us through \
your approach to onboarding ward staff. The panel enjoyed meeting you.

After a lot of discussion we have offered the HR Advisor post to another candidate whose NHS \
employment relations experience was a closer fit for the immediate needs of the team. I know \
this is disappointing news after you travelled to Edinburgh.

If you would like feedback, I'd be glad to arrange a short call.

Kind regards,
Morag Dunbar
Senior HR Business Partner
Calton Health Group
27 Regent Terrace, Edinburgh EH7 5BS
0131 000 4471"""

SPECS = [
    spec(kind="rejection", mid="valdeduero_rej", lang="es",
         company="Junta Regional de Valdeduero", contact="",
         frm=("Junta Regional de Valdeduero - Empleo Público", "no-reply@valdeduero.example.es"),
         subject="Proceso de provisión TS-RRHH/2026/04: resultado de la fase de méritos",
         date="2026-04-29 08:30 +0200", charset="iso-8859-1",
         text="""Estimada Sra. Berrocal Quintana:

En relación con su solicitud de participación en la convocatoria de personal interino TS-RRHH/2026/04 \
(Técnico/a de Gestión de Recursos Humanos, Consejería de Hacienda y Función Pública), le comunicamos \
que, una vez valorados los méritos alegados, su puntuación (4,20 puntos) no alcanza el mínimo de 6 \
puntos exigido en la base sexta, por lo que no ha resultado seleccionada para la fase de entrevista.

Contra esta resolución podrá interponer recurso de alzada en el plazo de un mes.

Atentamente,
Servicio de Selección y Provisión
Junta Regional de Valdeduero

Este correo se envía desde una dirección no monitorizada."""),
    spec(kind="rejection", mid="temporalia_rej", lang="es", company="Temporalia",
         contact="oscar.velasco@temporalia.example.es",
         frm=("Óscar Velasco | Temporalia", "oscar.velasco@temporalia.example.es"),
         subject="Oferta administrativo/a de personal - Burgos", date="2026-01-27 18:02 +0100",
         text="""Hola Inmaculada,

Gracias por pasarte por la oficina de Burgos la semana pasada. Te cuento: la empresa cliente \
(sector logístico, polígono de Villalonquéjar) ya ha cubierto el puesto de administrativo/a de \
personal con una persona que tenía disponibilidad inmediata a turnos, así que esta oferta queda \
cerrada para ti.

Te mantengo activa en nuestra base de datos y te aviso en cuanto salga algo de RRHH.

Saludos,
Óscar Velasco
Técnico de selección - Temporalia Burgos
C/ Vitoria 112, 09004 Burgos
947 000 388"""),
    spec(kind="rejection", mid="berganza_rej", lang="es", company="Autopartes Esgueva",
         contact="ines.berganza@berganzaexecutive.example.es",
         frm=("Inés Berganza", "ines.berganza@berganzaexecutive.example.es"),
         subject="Posición HR Generalist - Autopartes Esgueva", subject_enc=("q", "iso-8859-1"),
         date="2026-03-18 20:14 +0100",
         text=f"""Inma, buenas noches:

Te llamé esta tarde pero no pude localizarte, así que te lo dejo por escrito. He tenido el \
feedback de Autopartes Esgueva tras la entrevista con su director de planta: les gustaste mucho \
en lo personal, pero finalmente no van a seguir adelante con tu candidatura porque necesitan a \
alguien con experiencia previa en negociación colectiva en el sector metal.

Sé que es una pena porque el encaje cultural era bueno. Seguimos en contacto.

Un abrazo,
{sig("Inés Berganza", "Partner", "Berganza Executive Search", "Paseo de Zorrilla 45, Valladolid",
     "+34 600 000 917")}"""),
    spec(kind="rejection", mid="mutua_rej", lang="es", company="Mutua Castellana de Seguros",
         contact="", frm=("Mutua Castellana de Seguros", "mutuacastellana@taleo.net"),
         subject="Mutua Castellana de Seguros - Actualización de tu candidatura (Req. 26-0412)",
         date="2026-05-21 06:45 +0000",
         html=html_paras("""Estimada Inmaculada:

Te agradecemos sinceramente el tiempo dedicado a tu candidatura para el puesto de HR Generalist \
(Madrid, Req. 26-0412).

Tras analizar con detenimiento todas las solicitudes recibidas, hemos decidido avanzar con \
candidaturas cuya experiencia se ajusta más estrechamente a los requisitos de la posición.

Conservaremos tus datos durante 12 meses por si surgiera una vacante adecuada a tu perfil.

Atentamente,
Dirección de Recursos Humanos
Mutua Castellana de Seguros""", "Actualización de candidatura",
             "Por favor, no responda a este mensaje automático."), cte="base64"),
    spec(kind="rejection", mid="claveria_hold", lang="es", company="Grupo Hospitalario Clavería",
         contact="", frm=("Grupo Hospitalario Clavería", "noreply@successfactors.eu"),
         subject="Información sobre la vacante Técnico/a de Administración de Personal (Madrid)",
         date="2026-06-10 10:20 +0000",
         text="""Estimada Inmaculada Berrocal Quintana:

Le escribimos en relación con su candidatura a la vacante Técnico/a de Administración de \
Personal en el Hospital Clavería Madrid-Norte.

Por motivos organizativos, la dirección ha decidido congelar esta posición hasta nuevo aviso. \
En consecuencia, no continuaremos con el proceso de selección y su candidatura queda cerrada. \
Si la vacante se reabre en el futuro, se publicará de nuevo en nuestro portal de empleo.

Agradecemos su interés en formar parte de Grupo Hospitalario Clavería.

Departamento de Personas y Talento"""),
    spec(kind="rejection", mid="tramalia_rej", lang="es", company="Tramalia",
         contact="", frm=("Tramalia", "no-reply@teamtailor-mail.com"),
         subject="Sobre tu candidatura en Tramalia", date="2026-02-17 14:05 +0000",
         text="""¡Hola Inmaculada!

Gracias por tu interés en unirte a Tramalia como Talent Acquisition Specialist.

Hemos recibido muchísimas candidaturas con perfiles muy interesantes y, tras revisarlas con \
calma, lamentablemente esta vez no seguiremos adelante con la tuya. Ha sido una decisión difícil.

Te animamos a estar atenta a nuestras próximas vacantes en tramalia.example.es/empleo.

Un abrazo,
El equipo de People de Tramalia""",
         html=html_paras("""¡Hola Inmaculada!

Gracias por tu interés en unirte a Tramalia como Talent Acquisition Specialist.

Hemos recibido muchísimas candidaturas con perfiles muy interesantes y, tras revisarlas con \
calma, lamentablemente esta vez no seguiremos adelante con la tuya. Ha sido una decisión difícil.

Te animamos a estar atenta a nuestras próximas vacantes en tramalia.example.es/empleo.

Un abrazo,
El equipo de People de Tramalia""", "Tramalia", "Powered by Teamtailor")),
    spec(kind="rejection", mid="tormes_rej", lang="es", company="Quesos Valle del Tormes",
         contact="ana.sendin@quesostormes.example.es",
         frm=("Ana Sendín", "ana.sendin@quesostormes.example.es"),
         subject="Vacante técnico/a de personal", date="2026-05-05 09:37 +0200",
         charset="windows-1252", cte="8bit",
         text="""Buenos días Inmaculada,

Muchas gracias por enviarnos tu candidatura para la vacante de técnico/a de personal de \
nuestra fábrica de Guijuelo.

Queríamos avisarte de que finalmente el puesto lo va a ocupar una compañera del departamento de \
calidad que ha solicitado el traslado interno, así que hemos cerrado el proceso externo.

Te agradecemos mucho el interés y te deseamos suerte.

Ana Sendín
Responsable de Administración
Quesos Valle del Tormes, S.A.
Tel. 923 000 517"""),
    spec(kind="rejection", mid="selecta_rej", lang="es", company="Vidrios del Pisuerga",
         contact="raul.monje@gruposelecta.example.es",
         frm=("Raúl Monje - Grupo Selecta RRHH", "seleccion@gruposelecta.example.es"),
         reply_to=("Raúl Monje", "raul.monje@gruposelecta.example.es"),
         subject="Proceso Técnico/a de RRHH - Vidrios del Pisuerga", date="2026-07-08 13:30 +0200",
         text="""Hola Inmaculada,

Te escribo para cerrar el proceso de Técnico/a de RRHH en Vidrios del Pisuerga (Cabezón), en el \
que participaste a través de Grupo Selecta.

Nuestro cliente ha revisado la terna final y ha optado por otro perfil con más años en \
administración de personal. Lamento no traerte mejores noticias; tu candidatura no continúa en \
este proceso.

Gracias por tu tiempo y por la buena disposición durante todo el proceso.

Un saludo,
Raúl Monje
Consultor de Selección · Grupo Selecta RRHH"""),
    spec(kind="rejection", mid="autoneo_rej", lang="es", company="Autoneo Ibérica",
         contact="", frm=("Autoneo Ibérica Careers", "autoneo@myworkday.com"),
         subject="Tu candidatura a HR Specialist - Planta Valladolid (JR-30871)",
         date="2026-03-03 22:10 +0000",
         text="""Hola Inmaculada:

Gracias por tu interés en Autoneo Ibérica y por postularte a HR Specialist - Planta \
Valladolid (JR-30871).

Después de revisar detenidamente tu perfil, hemos decidido no continuar con tu candidatura \
para esta posición. Esta decisión no pone en duda tus capacidades: simplemente otros perfiles \
encajaban mejor con las necesidades actuales del equipo.

Te invitamos a seguir consultando nuestras ofertas y a mantener actualizado tu perfil.

Saludos cordiales,
Talent Acquisition
Autoneo Ibérica

Este es un correo automático; las respuestas a esta dirección no se leen."""),
    spec(kind="rejection", mid="almudena_susp", lang="es", company="Aseguradora Almudena",
         contact="teresa.gallardo@almudena-seguros.example.es",
         frm=("Teresa Gallardo Núñez", "teresa.gallardo@almudena-seguros.example.es"),
         name_enc=("b", "utf-8"),
         subject="Suspensión del proceso de selección - Técnico/a de Personas",
         subject_enc=("q", "windows-1252"), date="2026-09-14 12:00 +0200",
         charset="windows-1252",
         text="""Estimada Inmaculada:

Le escribo para informarle de que Aseguradora Almudena ha decidido suspender el proceso de \
selección para la posición de Técnico/a de Personas en Madrid, como consecuencia de la \
reorganización del área que se ha comunicado esta semana.

Por este motivo no seguiremos adelante con ninguna de las candidaturas, incluida la suya, y \
el proceso queda cerrado. Lamentamos las molestias y le agradecemos el tiempo dedicado a las \
entrevistas.

Reciba un cordial saludo,

Teresa Gallardo Núñez
Responsable de Selección
Aseguradora Almudena
Paseo de la Castellana 180, 28046 Madrid

La información contenida en este mensaje es confidencial. Si usted no es el destinatario \
indicado, queda notificado de que la utilización, divulgación o copia sin autorización está \
prohibida."""),
    spec(kind="rejection", mid="roble_rej", lang="es", company="Roble RRHH", contact=ROBLE[1],
         frm=ROBLE, parent="own_roble_task", subject="RE: Ejercicio entrevista por competencias",
         date="2026-08-27 17:25 +0200",
         text=f"""Hola Inma:

Gracias por el ejercicio, estaba muy bien trabajado. Hemos terminado las entrevistas finales \
para la plaza de consultora junior y, aunque ha estado muy reñido, nos quedamos con otra \
candidata que ya tiene experiencia en una consultora de selección. Así que en esta ocasión no \
vamos a contar contigo.

Me encantaría que siguiéramos en contacto; creo que en unos meses encajarías muy bien.

Un abrazo,
Susana

{outlook(ROBLE_OLD, "es", "Inma Berrocal <inma.berrocal@example.es>",
         "lunes, 24 de agosto de 2026 9:12", "Susana Herrero <" + ROBLE[1] + ">",
         "Ejercicio entrevista por competencias")}"""),
    spec(kind="rejection", mid="sanlesmes_rej", lang="es", company="Fundación Sanitaria San Lesmes",
         contact="", frm=("Fundación Sanitaria San Lesmes", "sanlesmes@icims.com"),
         subject="Fundación Sanitaria San Lesmes: estado de su solicitud",
         date="2026-10-06 11:00 +0000", cte="base64",
         text="""Estimada Inmaculada:

Le agradecemos su interés en la posición de Técnico/a de Selección (Burgos).

Hemos recibido un gran número de candidaturas altamente cualificadas. Tras una evaluación \
cuidadosa, lamentamos comunicarle que no ha sido preseleccionada para la siguiente fase del \
proceso.

Le deseamos mucho éxito en su búsqueda profesional.

Fundación Sanitaria San Lesmes - Recursos Humanos"""),
    # en
    spec(kind="rejection", mid="tripeiro_rej", lang="en", company="Tripeiro Labs", contact="",
         frm=("Tripeiro Labs", "no-reply@hire.lever.co"),
         subject="Your application to Tripeiro Labs", date="2026-02-09 17:44 +0000",
         text="""Hi Inmaculada,

Thank you for your interest in the People Partner position at Tripeiro Labs in Porto and for \
taking the time to apply.

We've reviewed your application carefully and have decided to move forward with candidates \
whose experience more closely matches what we need right now.

We really appreciate your interest and wish you the best in your search.

The Tripeiro Labs Talent Team"""),
    spec(kind="rejection", mid="caledonian_rej", lang="en", company="Caledonian Mutual",
         contact="", frm=("Caledonian Mutual Recruitment", "caledonianmutual@myworkday.com"),
         subject="Update on your application - HR Coordinator (R-11734)",
         date="2026-09-02 08:15 +0100",
         html=html_paras("""Dear Inmaculada,

Thank you for applying for the HR Coordinator role at Caledonian Mutual in Edinburgh.

We wanted to let you know that this position has now been filled. As a result, we won't be \
progressing your application any further.

We'd encourage you to create a job alert on our careers site so you hear about future roles.

Best wishes,
Caledonian Mutual Talent Acquisition""", "Caledonian Mutual")),
    spec(kind="rejection", mid="thistle_rej", lang="en", company="Thistle Talent Partners",
         contact="callum.reid@thistletalent.example.co.uk",
         frm=("Callum Reid", "callum.reid@thistletalent.example.co.uk"),
         subject="RE: HR Generalist opportunity - Edinburgh", parent="own_thistle_followup",
         date="2026-08-19 12:05 +0100",
         text=f"""Hi Inma,

Sorry for the radio silence. I finally heard back from my client this morning: they've \
decided to appoint an internal candidate, someone who'd been covering the role on secondment, \
so they won't be taking any external applicants forward. Really frustrating, as they'd liked \
your CV.

I'll keep you in mind for other HR roles in Edinburgh and Glasgow.

Cheers,
Callum

{sig("Callum Reid", "Senior Consultant - HR & Business Support", "Thistle Talent Partners",
     "3 Lochrin Square, Edinburgh EH3 9QA", "+44 131 000 2290")}

{quote("Hi Callum, just checking whether there is any news from the client on the HR Generalist role? Thanks, Inma",
       "en", "Mon, 17 Aug 2026 at 09:30", "Inma Berrocal <inma.berrocal@example.es>")}"""),
    spec(kind="rejection", mid="foz_rej", lang="en", company="Foz Digital", contact="",
         frm=("Foz Digital", "noreply@workablemail.com"),
         subject="Foz Digital - Talent Acquisition Associate", date="2026-05-27 10:00 +0100",
         text="""Hi Inmaculada,

Thank you for applying to the Talent Acquisition Associate role at Foz Digital.

Due to a change in our hiring plans for the second half of the year, this role has been put \
on hold and we will not proceed with the recruitment process at this time. This means we \
won't be moving forward with your application.

We're sorry for any inconvenience and thank you for your interest in Foz Digital.

Best regards,
Foz Digital Hiring Team

Sent via Workable"""),
    spec(kind="rejection", mid="calton_rej", lang="en", company="Calton Health Group",
         contact="morag.dunbar@caltonhealth.example.co.uk",
         frm=("Morag Dunbar", "morag.dunbar@caltonhealth.example.co.uk"),
         subject="HR Advisor - outcome of interview", date="2026-10-01 15:40 +0100",
         text=CALTON, html=html_paras(CALTON), cte="base64"),
    # de
    spec(kind="rejection", mid="nymphenburg_rej", lang="de", company="Nymphenburg Softwarehaus",
         contact="", frm=("Nymphenburg Softwarehaus", "noreply@personio.de"),
         subject="Ihre Bewerbung bei Nymphenburg Softwarehaus", date="2026-03-25 09:12 +0100",
         text="""Hallo Inmaculada,

vielen Dank für Ihr Interesse an der Position People & Culture Specialist (m/w/d) und die Zeit, \
die Sie in Ihre Bewerbung investiert haben.

Nach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir uns für andere \
Kandidat:innen entschieden haben, deren Profil besser zu den aktuellen Anforderungen passt.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Viele Grüße
Ihr People-Team von Nymphenburg Softwarehaus"""),
    spec(kind="rejection", mid="kessler_rej", lang="de", company="Ammersee Kliniken",
         contact="tobias.kessler@kessler-personal.example.de",
         frm=("Tobias Keßler", "tobias.kessler@kessler-personal.example.de"),
         name_enc=("q", "iso-8859-1"), charset="iso-8859-1", cte="8bit",
         subject="Rückmeldung Ammersee Kliniken - Personalreferentin",
         subject_enc=("q", "iso-8859-1"), date="2026-07-22 18:30 +0200",
         text="""Liebe Frau Berrocal,

wie telefonisch angekündigt, die Rückmeldung der Ammersee Kliniken zum Gespräch vom Montag: \
Die Klinikleitung hat sich für eine Bewerberin mit Erfahrung im TVöD-Umfeld entschieden. Sie \
sind damit leider nicht mehr im Prozess.

Ich bedauere das sehr, denn Sie haben im Gespräch einen sehr guten Eindruck hinterlassen. Gern \
stelle ich Sie weiteren Mandanten im Großraum München vor, wenn Sie einverstanden sind.

Herzliche Grüße
Tobias Keßler
Keßler Personalberatung
Leopoldstraße 31, 80802 München
Tel. +49 89 0000 7781"""),
    spec(kind="rejection", mid="lechtal_rej", lang="de", company="Lechtal Automotive", contact="",
         frm=("Lechtal Automotive Recruiting", "noreply@successfactors.eu"),
         subject="Ihre Bewerbung: Referent Personalgewinnung (m/w/d), Req. 58210",
         date="2026-04-16 13:00 +0200", charset="iso-8859-1",
         text="""Sehr geehrte Frau Berrocal Quintana,

vielen Dank für Ihre Bewerbung als Referent Personalgewinnung (m/w/d) an unserem Standort \
München-Allach.

Wir möchten Sie darüber informieren, dass die Stelle zwischenzeitlich intern besetzt wurde. \
Ihre Bewerbung können wir daher nicht weiter berücksichtigen.

Wir bedanken uns für Ihr Interesse an der Lechtal Automotive SE.

Mit freundlichen Grüßen
Human Resources
Lechtal Automotive SE"""),
    spec(kind="rejection", mid="wuermtal_rej", lang="de", company="Würmtal Kliniken",
         contact="", frm=("Würmtal Kliniken", "jobs@recruitee.com"),
         subject="Stellenausschreibung HR Business Partner zurückgezogen",
         subject_enc=("b", "utf-8"), date="2026-09-09 07:50 +0000",
         html=html_paras("""Sehr geehrte Frau Berrocal Quintana,

wir danken Ihnen für Ihre Bewerbung als HR Business Partner (m/w/d).

Aufgrund einer internen Umstrukturierung haben wir beschlossen, die ausgeschriebene Stelle \
vorerst nicht zu besetzen. Das Auswahlverfahren wurde eingestellt, sodass wir Ihre Bewerbung \
leider nicht weiterverfolgen können.

Ihre Unterlagen werden gemäß DSGVO nach sechs Monaten gelöscht.

Freundliche Grüße
Personalabteilung der Würmtal Kliniken""", "Würmtal Kliniken")),
    # fr
    spec(kind="rejection", mid="garonne_rej", lang="fr", company="Aérostructures Garonne",
         contact="", frm=("Aérostructures Garonne", "garonne@taleo.net"),
         subject="Votre candidature - Gestionnaire RH (H/F) Blagnac",
         date="2026-02-26 16:33 +0100", charset="iso-8859-1",
         text="""Madame,

Nous vous remercions de l'intérêt que vous portez à Aérostructures Garonne et de votre \
candidature au poste de Gestionnaire RH (H/F) basé à Blagnac.

Après une étude attentive de votre dossier, nous sommes au regret de vous informer que nous \
ne pouvons pas donner une suite favorable à votre candidature.

Nous conservons néanmoins vos coordonnées dans notre base et nous nous permettrons de vous \
recontacter si une opportunité correspondant à votre profil se présentait.

Nous vous prions d'agréer, Madame, nos salutations distinguées.

La Direction des Ressources Humaines"""),
    spec(kind="rejection", mid="roquelaure_rej", lang="fr", company="Roquelaure Conseil RH",
         contact="elodie.marty@roquelaure-rh.example.fr",
         frm=("Élodie Marty", "elodie.marty@roquelaure-rh.example.fr"), name_enc=("b", "utf-8"),
         subject="Votre candidature - Assistante RH bilingue espagnol",
         date="2026-04-09 11:48 +0200",
         text="""Bonjour Madame Berrocal,

Je vous remercie pour notre échange téléphonique de la semaine dernière.

Je suis au regret de vous annoncer que notre client, une entreprise industrielle de \
l'agglomération toulousaine, a choisi de poursuivre avec des candidates disposant d'une \
expérience en paie française. Votre candidature n'a donc pas été retenue pour ce poste.

Je reste attentive à vos projets et reviendrai vers vous si une mission plus adaptée se \
présente.

Cordialement,
Élodie Marty
Consultante recrutement
Roquelaure Conseil RH
8 rue Roquelaine, 31000 Toulouse"""),
    spec(kind="rejection", mid="saintcyprien_rej", lang="fr",
         company="Groupe Hospitalier Saint-Cyprien", contact="",
         frm=("Groupe Hospitalier Saint-Cyprien", "no-reply@teamtailor-mail.com"),
         subject="Suite à votre entretien", date="2026-08-12 09:30 +0200",
         html=html_paras("""Bonjour Inmaculada,

Merci encore d'avoir pris le temps de rencontrer notre équipe RH lors de votre entretien \
pour le poste de Chargée de développement RH.

Nous avons eu des échanges de grande qualité avec plusieurs candidats. Malheureusement, nous \
avons décidé de poursuivre avec un autre profil.

Nous vous souhaitons une belle continuation.

L'équipe Recrutement du Groupe Hospitalier Saint-Cyprien""", "Saint-Cyprien"), cte="8bit"),
    spec(kind="rejection", mid="cazalas_rej", lang="fr", company="Fromagerie Cazalas",
         contact="jp.cazalas@fromagerie-cazalas.example.fr",
         frm=("Jean-Pierre Cazalas", "jp.cazalas@fromagerie-cazalas.example.fr"),
         subject="Re: Candidature assistante RH", parent="own_cazalas_app",
         date="2026-06-03 07:58 +0200", charset="windows-1252", cte="8bit",
         text=f"""Bonjour Madame,

Merci pour votre candidature et votre lettre, très claire. Nous avons finalement retenu une \
personne de la région qui connaît déjà nos ateliers. Je suis désolé de ne pas pouvoir vous \
proposer le poste.

Bonne chance pour la suite,

J.-P. Cazalas
Fromagerie Cazalas - Saint-Girons

{quote("Bonjour, je vous adresse ma candidature au poste d'assistante RH publié sur votre site. "
       "Vous trouverez mon CV en pièce jointe. Bien cordialement, Inmaculada Berrocal",
       "fr", "ven. 22 mai 2026 à 19:10", "Inmaculada Berrocal <inma.berrocal@example.es>")}"""),
]
