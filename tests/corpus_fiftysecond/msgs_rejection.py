"""Rejections in the fifty-second corpus, each written by hand; data only, imports the builder."""

from __future__ import annotations

from typing import Any

from make_fiftysecond import CANDIDATE, Msg, q, thread_id


def R(**kw: Any) -> Msg:
    """A rejection."""
    return Msg(kind="rejection", **kw)


MESSAGES = [
    R(
        scenario="workday_minera_ack_then_no",
        lang="es",
        company="Minera Cordillera Norte",
        contact="",
        sender=("Minera Cordillera Norte", "mineracordillera@myworkday.com"),
        subject="Actualización de su postulación - Jefe de Proyectos Relaves (R-004512)",
        body="""Estimado/a Rodrigo,

Gracias por su interés en Minera Cordillera Norte y por el tiempo dedicado a postular al cargo Jefe de Proyectos Relaves (R-004512).

Luego de revisar cuidadosamente su postulación, lamentamos informarle que en esta oportunidad no continuará en el proceso de selección. Esta decisión no refleja necesariamente su valor profesional; recibimos un alto número de postulaciones con perfiles muy competitivos.

Lo invitamos a mantener su perfil actualizado en nuestro portal de empleos y a postular a futuras vacantes que se ajusten a su experiencia.

Saludos cordiales,
Gerencia de Personas
Minera Cordillera Norte

Este es un mensaje automático. Por favor no responda a este correo.""",
        date="2026-01-19 08:41 -0300",
        fmt="alt",
        brand="Minera Cordillera Norte",
        cte="quoted-printable",
    ),
    R(
        scenario="hm_mobile_terse_solar",
        lang="es",
        company="Solaris Atacama",
        contact="pvaldes@solarisatacama.example.com",
        sender=("Pablo Valdés", "pvaldes@solarisatacama.example.com"),
        subject="Re: Postulación PM Parque Fotovoltaico",
        body="""Rodrigo, gracias x tu tiempo la semana pasada. Al final nos vamos con un perfil con mas experiencia en conexión a red (SEN). No va a ser esta vez. Éxito!

Enviado desde mi iPhone""",
        quote="""El 2 feb 2026, a las 18:22, Rodrigo Almeida Fuentes <rodrigo.almeida@example.cl> escribió:

""" + q("""Hola Pablo, ¿hay alguna novedad respecto del proceso? Quedo atento.
Saludos,
Rodrigo"""),
        date="2026-02-04 07:55 -0300",
        in_reply_to=thread_id("hm_mobile_terse_solar", "example.cl"),
    ),
    R(
        scenario="greenhouse_soft_align_en",
        lang="en",
        company="Verdant Grid",
        contact="",
        sender=("Verdant Grid Hiring Team", "no-reply@us.greenhouse-mail.io"),
        subject="Your application to Verdant Grid",
        body="""Hi Rodrigo,

Thank you for your interest in the Senior Project Manager, Utility-Scale Solar role at Verdant Grid, and for taking the time to apply.

We received a very strong pool of applicants. After careful consideration, we've decided to pursue other candidates whose background more closely aligns with the needs of the role at this time.

We'll keep your information on file, and we encourage you to keep an eye on our careers page.

All the best,
The Verdant Grid Talent Team""",
        date="2026-02-10 16:03 -0600",
        fmt="alt",
        brand="Verdant Grid",
    ),
    R(
        scenario="hunter_relayed_after_gerencia",
        lang="es",
        company="Aguas del Pacífico",
        contact="carolina.munoz@talentoandino.example.com",
        sender=("Carolina Muñoz", "carolina.munoz@talentoandino.example.com"),
        subject="RE: Proceso Subgerente de Operaciones",
        body="""Hola Rodrigo, ¿cómo estás?

Te escribo para contarte cómo terminó el proceso con Aguas del Pacífico. El cliente quedó muy bien impresionado con la entrevista con gerencia, pero finalmente se inclinaron por un candidato interno que ya conocía la operación de las plantas de tratamiento de Valparaíso.

Sé que no es la noticia que esperábamos, te lo digo con toda sinceridad: estuviste muy cerca. Me gustaría que sigamos en contacto para otras búsquedas que tengo en sanitarias y energía.

Un abrazo,

Carolina Muñoz
Consultora Senior | Talento Andino
+56 9 8765 4321
www.talentoandino.example.com""",
        quote="""De: Rodrigo Almeida Fuentes <rodrigo.almeida@example.cl>
Enviado el: lunes, 23 de febrero de 2026 10:12
Para: Carolina Muñoz <carolina.munoz@talentoandino.example.com>
Asunto: RE: Proceso Subgerente de Operaciones

Carolina, muchas gracias por coordinar la reunión del viernes con el gerente de operaciones. Fue una muy buena conversación.
Saludos,
Rodrigo""",
        date="2026-02-26 12:30 -0300",
        cte="quoted-printable",
        in_reply_to=thread_id("hunter_relayed_after_gerencia", "example.cl"),
    ),
    R(
        scenario="aus_mining_shant_progress",
        lang="en",
        company="Ironbark Resources",
        contact="talent@ironbarkresources.example.com.au",
        sender=("Ironbark Resources Talent", "talent@ironbarkresources.example.com.au"),
        subject="Ironbark Resources - Project Engineer (Pilbara) - Application outcome",
        body="""Dear Rodrigo

Thanks for applying for the Project Engineer - Processing Plant position based in Perth (FIFO Pilbara).

We've now had the chance to review all applications and unfortunately we shan't be progressing your application on this occasion. We had a large field and were looking for someone holding current Australian working rights and a WA Mine Site Supervisor ticket.

We appreciate the effort you put in and wish you all the best with your search.

Cheers,
Talent Acquisition
Ironbark Resources Ltd
Level 9, 200 St Georges Tce, Perth WA 6000

This email and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender and delete it. Ironbark Resources Ltd ABN 00 000 000 000.""",
        date="2026-03-03 09:17 +0800",
    ),
    R(
        scenario="successfactors_position_filled",
        lang="es",
        company="Energía Austral",
        contact="",
        sender=("Energía Austral - Reclutamiento", "noreply@successfactors.eu"),
        subject="Estado de su candidatura: Ingeniero/a de Activos Eólicos",
        body="""Estimado Rodrigo Almeida Fuentes:

Le agradecemos el interés mostrado en formar parte de Energía Austral.

Le informamos que la posición Ingeniero/a de Activos Eólicos (Req. 18844) a la que usted postuló ha sido cubierta. Por este motivo, su candidatura no seguirá avanzando en este proceso.

Conservaremos sus datos en nuestra base durante 12 meses, conforme a nuestra política de privacidad, para considerarle en futuras oportunidades.

Atentamente,
Dirección de Personas y Cultura
Energía Austral""",
        date="2026-03-09 14:00 +0100",
        fmt="html",
        charset="iso-8859-1",
        cte="quoted-printable",
        brand="Energía Austral",
    ),
    R(
        scenario="fr_bureau_etudes_regret",
        lang="fr",
        company="Hydroterra Ingénierie",
        contact="recrutement@hydroterra.example.fr",
        sender=("Hydroterra Ingénierie - Recrutement", "recrutement@hydroterra.example.fr"),
        subject="Votre candidature - Chef de projet eau potable (H/F)",
        body="""Bonjour Monsieur Almeida,

Nous vous remercions pour l'intérêt que vous portez à Hydroterra Ingénierie et pour votre candidature au poste de Chef de projet eau potable.

Après une étude attentive de votre dossier, nous sommes au regret de vous informer que nous ne donnerons pas suite à votre candidature. Votre profil présente de réelles qualités, mais nous avons retenu des candidatures plus en adéquation avec les exigences du poste, notamment la maîtrise de la réglementation française des marchés publics.

Nous vous souhaitons pleine réussite dans vos recherches.

Bien cordialement,

Service Recrutement
Hydroterra Ingénierie
12 rue des Tanneurs, 69002 Lyon""",
        date="2026-03-12 11:20 +0100",
        charset="windows-1252",
        cte="quoted-printable",
    ),
    R(
        scenario="de_absage_nach_interview",
        lang="de",
        company="Windkraft Nordsee",
        contact="j.hartmann@windkraft-nordsee.example.de",
        sender=("Jana Hartmann", "j.hartmann@windkraft-nordsee.example.de"),
        subject="Ihre Bewerbung als Projektleiter Onshore (m/w/d)",
        body="""Sehr geehrter Herr Almeida Fuentes,

vielen Dank für das angenehme Gespräch in der vergangenen Woche und Ihr Interesse an unserem Unternehmen.

Leider müssen wir Ihnen heute mitteilen, dass wir uns für eine andere Kandidatin entschieden haben, deren Erfahrung mit deutschen Genehmigungsverfahren (BImSchG) besser zu unseren aktuellen Anforderungen passt. Diese Entscheidung ist uns nicht leichtgefallen.

Für Ihren weiteren beruflichen Weg wünschen wir Ihnen alles Gute.

Mit freundlichen Grüßen

Jana Hartmann
HR Business Partner
Windkraft Nordsee GmbH
Am Deich 4 | 26721 Emden
Tel. +49 4921 000000

Windkraft Nordsee GmbH | Sitz: Emden | Amtsgericht Aurich HRB 000000 | Geschäftsführer: Dr. K. Meyer""",
        date="2026-03-18 15:45 +0100",
        cte="quoted-printable",
    ),
    R(
        scenario="lever_short_wont_move",
        lang="en",
        company="Hydrolytix",
        contact="",
        sender=("Hydrolytix", "no-reply@hire.lever.co"),
        subject="Following up",
        body="""Hi Rodrigo,

Thanks for your time, but we won't be moving forward with your application for Operations Lead, Electrolyser Commissioning.

Best,
Hydrolytix Recruiting""",
        date="2026-03-20 19:02 -0500",
    ),
    R(
        scenario="peru_epc_rol_en_pausa",
        lang="es",
        company="Constructora Inca Pacífico",
        contact="lquispe@incapacifico.example.pe",
        sender=("Lucía Quispe", "lquispe@incapacifico.example.pe"),
        subject="Update",
        body="""Buenas tardes Ingeniero Almeida,

Le escribo para comentarle que el puesto de Residente de Obra para el proyecto de la presa en Arequipa ha sido congelado por la gerencia hasta nuevo aviso, debido a la reprogramación del financiamiento. Por ello no continuaremos con el proceso de selección por ahora.

Lamentamos los inconvenientes y agradecemos mucho su disposición y el tiempo invertido en la prueba técnica.

Atentamente,

Lucía Quispe Huamán
Analista de Reclutamiento y Selección
Constructora Inca Pacífico S.A.C.
Av. Javier Prado Este 0000, San Isidro, Lima
Cel. +51 987 000 111""",
        date="2026-03-25 16:10 -0500",
    ),
    R(
        scenario="takehome_feedback_en",
        lang="en",
        company="Terrascope Analytics",
        contact="maya@terrascope.example.com",
        sender=("Maya Goldberg", "maya@terrascope.example.com"),
        subject="Re: Take-home submission - Asset Performance PM",
        body="""Hi Rodrigo,

Thank you again for the effort you put into the take-home, the team really appreciated how thorough the tailings dam risk section was.

That said, after reviewing all submissions we've decided not to move forward with your candidacy. The main gap for us was hands-on experience shipping software products with an engineering team; the role is more product than domain than we probably made clear in the JD, which is on us.

I'd genuinely be happy to stay in touch, we'll likely open a domain expert role later this year.

Maya

--
Maya Goldberg | Head of Product
Terrascope Analytics
Toronto, ON""",
        quote="""On Mon, Mar 23, 2026 at 9:14 AM Rodrigo Almeida Fuentes <rodrigo.almeida@example.cl> wrote:
""" + q("""Hi Maya,

Please find attached my submission for the take-home exercise. Happy to walk you through any of it.

Best regards,
Rodrigo"""),
        date="2026-03-30 13:05 -0400",
        fmt="alt",
        in_reply_to=thread_id("takehome_feedback_en", "example.cl"),
    ),
    R(
        scenario="bumeran_template_ar",
        lang="es",
        company="Hidroeléctrica del Limay",
        contact="",
        sender=("Bumeran", "notificaciones@bumeran.example.com.ar"),
        subject="Novedades sobre tu postulación en Hidroeléctrica del Limay",
        body="""Hola Rodrigo,

La empresa Hidroeléctrica del Limay revisó tu postulación al aviso "Ingeniero/a de Mantenimiento Civil - Neuquén" y decidió no avanzar con tu perfil en esta búsqueda.

¡No te desanimes! Hay miles de avisos esperándote en Bumeran. Te recomendamos completar tu CV al 100% para aparecer primero en las búsquedas.

Ver avisos similares: https://www.bumeran.example.com.ar/empleos-ingenieria-civil.html?utm_source=mail&utm_campaign=descarte

Equipo Bumeran
Este correo fue enviado automáticamente, no lo respondas.""",
        date="2026-04-02 10:31 -0300",
        fmt="html",
        brand="Bumeran",
    ),
    R(
        scenario="uk_consultancy_regret_inform",
        lang="en",
        company="Halden Whitlock",
        contact="careers@haldenwhitlock.example.co.uk",
        sender=("Halden Whitlock Careers", "careers@haldenwhitlock.example.co.uk"),
        subject="RE: Principal Consultant - Mine Closure & Rehabilitation",
        body="""Dear Rodrigo,

Many thanks for your application and for attending the assessment centre with us on 8 April.

We regret to inform you that on this occasion you have not been successful. Competition for the post was very strong and the panel felt that other candidates demonstrated a closer fit with the closure-planning experience required.

Should you wish to receive feedback, please do revert to this email within 14 days and we shall arrange a short call.

Kind regards

Resourcing Team
Halden Whitlock
1 Canal Wharf, Leeds LS11 5PS

Halden Whitlock Limited is registered in England and Wales, no. 00000000. This message is intended solely for the addressee.""",
        date="2026-04-14 17:22 +0100",
        charset="windows-1252",
    ),
    R(
        scenario="municipalidad_no_seleccionado",
        lang="es",
        company="Municipalidad de Concepción",
        contact="seleccion@municonce.example.cl",
        sender=("Depto. de Gestión de Personas", "seleccion@municonce.example.cl"),
        subject="Resultado concurso público Profesional Inspector Técnico de Obras",
        body="""Sr. Rodrigo Almeida Fuentes
Presente

Junto con saludar, y en relación con el concurso público para proveer el cargo de Profesional Inspector Técnico de Obras (Grado 10° EMS), informamos a usted que, una vez concluida la etapa de evaluación curricular, su postulación no alcanzó el puntaje mínimo requerido para pasar a la siguiente etapa.

Agradecemos su participación e interés en servir en nuestra comuna.

Saluda atentamente,

Departamento de Gestión de Personas
Municipalidad de Concepción""",
        date="2026-04-15 12:00 -0400",
        charset="iso-8859-1",
        cte="quoted-printable",
    ),
    R(
        scenario="teamtailor_hidrogeno_es",
        lang="es",
        company="H2 Magallanes",
        contact="",
        sender=("H2 Magallanes", "no-reply@teamtailor-mail.com"),
        subject="Tu postulación a Coordinador/a HSE",
        body="""¡Hola Rodrigo!

Queremos agradecerte por postular a Coordinador/a HSE en H2 Magallanes.

Hemos revisado tu perfil con atención y, aunque tienes una trayectoria muy interesante, hemos decidido avanzar con otras personas cuya experiencia se ajusta de manera más cercana a lo que buscamos para esta etapa del proyecto.

Sabemos que recibir este tipo de respuesta no es fácil. Te deseamos mucho éxito y esperamos volver a cruzarnos.

Un saludo,
El equipo de H2 Magallanes""",
        date="2026-04-21 11:48 -0300",
        fmt="alt",
        brand="H2 Magallanes",
        cte="base64",
    ),
    R(
        scenario="mexico_tu_casual",
        lang="es",
        company="Grupo Constructor Sierra Madre",
        contact="andrea.garza@gcsierramadre.example.mx",
        sender=("Andrea Garza", "andrea.garza@gcsierramadre.example.mx"),
        subject="Re: Gerente de Proyecto - Monterrey",
        body="""Hola Rodrigo, qué tal.

Te platico: ya cerramos la vacante de Gerente de Proyecto en Monterrey, el cliente prefirió a alguien con cédula profesional mexicana y experiencia directa en naves industriales, así que ya no vamos a seguir con tu proceso.

Muchas gracias por tu tiempo y por la paciencia con las fechas. Te guardo en mi radar para lo que venga.

Saludos!

Andrea Garza
Atracción de Talento
Grupo Constructor Sierra Madre
Tel. 81 0000 0000""",
        date="2026-04-28 18:40 -0600",
        in_reply_to=thread_id("mexico_tu_casual", "gcsierramadre.example.mx"),
    ),
    R(
        scenario="norwegian_owner_en",
        lang="en",
        company="Fjordvann Water Technologies",
        contact="ingrid.solberg@fjordvann.example.no",
        sender=("Ingrid Solberg", "ingrid.solberg@fjordvann.example.no"),
        subject="Regional Project Manager LATAM",
        body="""Dear Rodrigo,

Thank you for meeting with Erik and me on Tuesday. We enjoyed learning about your work on the desalination intake in Antofagasta.

After discussing internally, we have decided to go ahead with another candidate for the Regional Project Manager position. It was a close call and this is not a reflection of your qualifications.

We wish you the very best.

Best regards,
Ingrid Solberg
People & Organisation
Fjordvann Water Technologies AS
Bergen, Norway
Mob: +47 900 00 000""",
        date="2026-05-06 08:30 +0200",
        cte="quoted-printable",
    ),
    R(
        scenario="computrabajo_descartado_co",
        lang="es",
        company="Acueducto Metropolitano de Medellín",
        contact="",
        sender=("Computrabajo", "avisos@computrabajo.example.com.co"),
        subject="Tu hoja de vida no fue seleccionada",
        body="""Rodrigo, la empresa Acueducto Metropolitano de Medellín ha finalizado la revisión de hojas de vida para la oferta "Profesional de Gestión de Activos - Redes de Acueducto".

En esta ocasión tu hoja de vida no fue seleccionada para continuar en el proceso.

Sigue aplicando: tenemos 312 ofertas de Ingeniería Civil en Antioquia.

Computrabajo Colombia - Este es un mensaje automático""",
        date="2026-05-11 07:12 -0500",
        fmt="html",
        brand="Computrabajo",
        cte="quoted-printable",
    ),
    R(
        scenario="fr_quebec_decline",
        lang="fr",
        company="Boréal Énergie",
        contact="mlavoie@borealenergie.example.ca",
        sender=("Marie-Ève Lavoie", "mlavoie@borealenergie.example.ca"),
        subject="Suivi - Poste de gestionnaire de projets éoliens",
        body="""Bonjour Rodrigo,

Merci encore pour ton temps lors de l'entrevue de jeudi dernier avec l'équipe de projets.

Je dois malheureusement t'annoncer que nous avons choisi de poursuivre avec une autre candidature pour le poste. Ton parcours en mines est impressionnant, mais l'équipe cherchait quelqu'un qui connaît déjà bien le contexte des appels d'offres d'Hydro-Québec.

Au plaisir de te recroiser!

Marie-Ève Lavoie
Conseillère principale, acquisition de talents
Boréal Énergie
Montréal (Québec)""",
        date="2026-05-14 15:02 -0400",
    ),
    R(
        scenario="de_stelle_gestrichen",
        lang="de",
        company="Stadtwerke Rheinfeld",
        contact="",
        sender=("Stadtwerke Rheinfeld Bewerbermanagement", "no-reply@rheinfeld-karriere.example.de"),
        subject="Ihre Bewerbung - Kennziffer 2026-117",
        body="""Sehr geehrter Herr Almeida Fuentes,

wir bedanken uns für Ihre Bewerbung als Ingenieur Asset Management Wasserversorgung (Kennziffer 2026-117).

Aufgrund einer internen Umstrukturierung wird die ausgeschriebene Stelle nicht besetzt. Das Auswahlverfahren wird daher eingestellt. Ihre Unterlagen werden gemäß den datenschutzrechtlichen Bestimmungen nach sechs Monaten gelöscht.

Wir bedauern, Ihnen keine positivere Nachricht geben zu können.

Mit freundlichen Grüßen
Ihr Team Personalgewinnung
Stadtwerke Rheinfeld

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.""",
        date="2026-05-19 10:05 +0200",
        charset="iso-8859-1",
        cte="quoted-printable",
    ),
    R(
        scenario="uruguay_vos_rechazo",
        lang="es",
        company="Puerto Oriental",
        contact="mfernandez@puertooriental.example.com.uy",
        sender=("Martina Fernández", "mfernandez@puertooriental.example.com.uy"),
        subject="Re: Jefe de Mantenimiento de Infraestructura",
        body="""Hola Rodrigo,

Te cuento que finalmente el directorio resolvió cubrir la posición con una persona que ya trabajaba en la terminal, así que no vamos a avanzar con tu candidatura. Te agradezco muchísimo la buena disposición para viajar a Montevideo para el assessment.

Si más adelante abrimos algo en el área de proyectos, te escribo.

Saludos,
Martina

Martina Fernández | Recursos Humanos
Puerto Oriental - Terminal Multipropósito
Rambla 25 de Agosto s/n, Montevideo""",
        quote="""El jue, 14 may 2026 a las 9:40, Rodrigo Almeida Fuentes (<rodrigo.almeida@example.cl>) escribió:
""" + q("""Martina, buen día. Te escribo para consultar si hay novedades sobre el proceso. Quedo atento, gracias!
Rodrigo"""),
        date="2026-05-21 17:18 -0300",
        in_reply_to=thread_id("uruguay_vos_rechazo", "example.cl"),
    ),
    R(
        scenario="smartrecruiters_not_selected_en",
        lang="en",
        company="Emirates Green Utilities",
        contact="",
        sender=("Emirates Green Utilities", "noreply@smartrecruiters.com"),
        subject="Re: your application",
        body="""Dear Rodrigo Almeida Fuentes,

We thank you for your application for the position of Manager - HSE (Desalination Assets) at Emirates Green Utilities.

Having carefully reviewed your profile against the requirements of the role, we regret to advise that you have not been shortlisted for the next stage of the selection process.

We wish you every success in your future endeavours.

Yours sincerely,
Human Capital Department
Emirates Green Utilities PJSC
Abu Dhabi, United Arab Emirates""",
        date="2026-06-01 10:45 +0400",
        fmt="alt",
        brand="Emirates Green Utilities",
    ),
    R(
        scenario="buk_chile_psicolaboral",
        lang="es",
        company="Transportes Mineros del Loa",
        contact="rrhh@tmloa.example.cl",
        sender=("Reclutamiento TM Loa", "notificaciones@buk.example.cl"),
        reply_to=("RRHH Transportes Mineros del Loa", "rrhh@tmloa.example.cl"),
        subject="Proceso de selección - Jefe HSE Faena Calama",
        body="""Hola Rodrigo:

Junto con saludarte, queremos agradecer tu participación en el proceso para Jefe HSE Faena Calama, incluida la evaluación psicolaboral.

Tras analizar los resultados de todas las etapas, te informamos que no has sido seleccionado para continuar. Los informes psicolaborales son confidenciales y de uso exclusivo de la empresa, por lo que no podemos compartirlos.

Te deseamos éxito en tus próximos desafíos.

Equipo de Personas
Transportes Mineros del Loa""",
        date="2026-06-08 13:30 -0400",
        fmt="alt",
        brand="Transportes Mineros del Loa",
        cte="quoted-printable",
    ),
    R(
        scenario="spain_infojobs_descartado",
        lang="es",
        company="Ferrovial Hidráulica del Norte",
        contact="",
        sender=("InfoJobs", "noreply@infojobs.example.net"),
        subject="Tu candidatura ha sido descartada",
        body="""Hola Rodrigo,

Tu candidatura a la oferta "Jefe/a de Obra EDAR - Bilbao" de Ferrovial Hidráulica del Norte ha cambiado de estado:

Estado: Descartada

No te preocupes, el 80% de los candidatos que consiguen empleo en InfoJobs se inscriben en más de 10 ofertas. ¡Sigue inscribiéndote!

Ver ofertas parecidas >

InfoJobs · No respondas a este email, se ha enviado desde una dirección que no acepta respuestas.""",
        date="2026-06-10 09:02 +0200",
        fmt="html",
        brand="InfoJobs",
    ),
    R(
        scenario="korean_epc_en",
        lang="en",
        company="Hanseong E&C",
        contact="jiwoo.park@hanseong-enc.example.com",
        sender=("Park Ji-woo", "jiwoo.park@hanseong-enc.example.com"),
        subject="[Hanseong E&C] Result of Document Screening - Site Manager (Chile Solar+BESS)",
        body="""Dear Mr. Rodrigo Almeida Fuentes,

Greetings from Hanseong E&C.

We sincerely appreciate your interest in our company and the Site Manager position for the Chile Solar+BESS project.

We regret to inform you that after careful review, we are unable to offer you the opportunity to proceed to the interview stage. Please understand this result was due to the limited number of positions.

We hope to meet you again with a better opportunity.

Best Regards,
Park Ji-woo / Manager
Global HR Team, Hanseong E&C
Seoul, Korea  T. +82-2-0000-0000""",
        date="2026-06-16 10:20 +0900",
    ),
    R(
        scenario="colegio_tecnico_fr_court",
        lang="fr",
        company="Groupe Minéral Atlas",
        contact="s.benali@mineral-atlas.example.com",
        sender=("Sofia Benali", "s.benali@mineral-atlas.example.com"),
        subject="Re: Candidature",
        body="""Bonjour,

Merci pour votre candidature. Malheureusement, nous ne pourrons pas y donner une suite favorable, le poste ayant été pourvu en interne.

Cordialement,
S. Benali
RH - Groupe Minéral Atlas

Envoyé de mon iPhone""",
        date="2026-06-22 18:02 +0100",
        in_reply_to=thread_id("colegio_tecnico_fr_court", "example.cl"),
    ),
    R(
        scenario="de_du_startup_absage",
        lang="de",
        company="Sonnenfeld Energy",
        contact="lukas@sonnenfeld.example.de",
        sender=("Lukas Brandt", "lukas@sonnenfeld.example.de"),
        subject="Kurzes Update",
        body="""Hi Rodrigo,

danke nochmal fürs Gespräch und die Case Study! Wir haben uns jetzt intern abgestimmt und uns leider gegen eine Zusammenarbeit entschieden – uns fehlt bei dir am Ende die Erfahrung mit dem deutschen EEG-Ausschreibungsmarkt, und die brauchen wir für die Rolle ab Tag 1.

Ich weiß, das ist ärgerlich nach dem Aufwand. Falls du Feedback im Detail möchtest, ruf mich gern an.

Viele Grüße
Lukas

Lukas Brandt | Head of Project Development
Sonnenfeld Energy GmbH · Leipzig
+49 341 000 0000""",
        date="2026-07-02 16:55 +0200",
        fmt="alt",
    ),
    R(
        scenario="hiringroom_banco_pf",
        lang="es",
        company="Banco del Plata",
        contact="",
        sender=("Banco del Plata - Talento", "noreply@hiringroom.example.com"),
        subject="Búsqueda: Analista Sr. Project Finance Energías Renovables",
        body="""Hola Rodrigo,

Te agradecemos por participar en nuestra búsqueda de Analista Sr. Project Finance - Energías Renovables.

En esta oportunidad hemos avanzado con otros perfiles que se ajustan más a los requerimientos de la posición. De todas formas, tus datos quedarán en nuestra base para futuras búsquedas.

¡Muchos éxitos!

Banco del Plata · Gerencia de Talento
Buenos Aires, Argentina""",
        date="2026-07-09 11:11 -0300",
        fmt="alt",
        brand="Banco del Plata",
        cte="base64",
    ),
    R(
        scenario="indian_english_epc",
        lang="en",
        company="Suryakiran Infraprojects",
        contact="hr.global@suryakiran.example.in",
        sender=("HR Global - Suryakiran", "hr.global@suryakiran.example.in"),
        subject="Regarding your candidature for Project Manager - Chile (Hybrid)",
        body="""Dear Rodrigo,

Greetings from Suryakiran Infraprojects!!

This is with reference to your candidature and the technical discussion held on 30th June with our Business Head. We regret to inform you that your profile has not been shortlisted for further rounds as the management has decided to go ahead with a candidate having prior experience of 300 MW+ solar EPC execution.

We shall keep your CV in our data bank and do revert in case of any suitable opening in future.

Thanks & Regards,
Neha Kulkarni
Manager - Talent Acquisition (International)
Suryakiran Infraprojects Pvt. Ltd.
Pune, India | +91 20 0000 0000""",
        date="2026-07-13 14:25 +0530",
    ),
    R(
        scenario="gobierno_empleos_publicos",
        lang="es",
        company="Dirección de Obras Hidráulicas",
        contact="",
        sender=("Empleos Públicos", "no-responder@empleospublicos.example.cl"),
        subject="Resultado de postulación - Convocatoria 98765",
        body="""Estimado(a) Rodrigo Almeida Fuentes:

Informamos a usted que la postulación al cargo "Profesional Ingeniero Civil - Unidad de Grandes Obras", de la institución Dirección de Obras Hidráulicas, se encuentra en estado: NO SELECCIONADO en la etapa Evaluación Psicolaboral.

Para más detalle ingrese a su cuenta en www.empleospublicos.example.cl.

Atentamente,
Servicio Civil

NOTA: Este correo es generado automáticamente, favor no responder.""",
        date="2026-08-05 18:00 -0400",
        charset="iso-8859-1",
    ),
]

assert all(m.to == CANDIDATE for m in MESSAGES)
