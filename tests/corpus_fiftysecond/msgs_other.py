"""Mail of kind `other` in the fifty-second corpus (most of an inbox), written by hand; data only."""

from __future__ import annotations

from typing import Any

from make_fiftysecond import CANDIDATE, Msg, ics, q, thread_id


def O(**kw: Any) -> Msg:  # noqa: E743 - one letter like its sibling modules
    """A message that is not about the candidate's own applications."""
    return Msg(kind="other", company="", **kw)


LIST = {"List-Unsubscribe": "<https://lists.example.net/u/8812?e=rodrigo.almeida>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"}

MESSAGES = [
    O(
        scenario="linkedin_job_alert_es",
        lang="es",
        contact="",
        sender=("Alertas de empleo de LinkedIn", "jobalerts-noreply@linkedin.example.com"),
        subject="30+ nuevos empleos de «Jefe de proyectos energía renovable» en Chile",
        body="""Tus empleos recomendados

Jefe de Proyectos Solares - Solaris Atacama - Antofagasta, Chile - Solicitud sencilla
Project Manager BESS - Andes Storage - Santiago (Híbrido) - Hace 2 días
Jefe de Construcción Parque Eólico - Vientos del Sur - Biobío, Chile - 23 postulantes
Gerente de Proyectos H2V - Magallanes Green - Punta Arenas, Chile

Ver todos los empleos: https://www.linkedin.example.com/jobs/search/?currentJobId=0&trk=eml-jobalert

Recibes este correo porque creaste una alerta de empleo. Cancelar suscripción · Ayuda
© 2026 LinkedIn Corporation""",
        date="2026-01-10 07:02 -0300",
        fmt="html",
        brand="LinkedIn",
        headers=dict(LIST, **{"List-Id": "<jobalerts.linkedin.example.com>"}),
    ),
    O(
        scenario="indeed_digest_en",
        lang="en",
        contact="",
        sender=("Indeed", "alert@indeed.example.com"),
        subject="Project Manager Renewable Energy jobs in Toronto, ON",
        body="""12 new jobs for "project manager renewable energy" in Toronto, ON

Project Manager, Solar Construction - Maple Sun Energy - Toronto, ON - $110,000 - $135,000 a year - Easily apply
Senior PM, Transmission - Lakeshore Power - Mississauga, ON - Responsive employer
Project Controls Lead - Northern Hydro Partners - Toronto, ON

See all jobs >

You're receiving this because you signed up for Indeed job alerts. Unsubscribe | Privacy""",
        date="2026-01-16 06:40 -0500",
        fmt="alt",
        brand="Indeed",
        headers=LIST,
    ),
    O(
        scenario="newsletter_rechazo_consejos",
        lang="es",
        contact="",
        sender=("Carrera Pro - Newsletter", "newsletter@carrerapro.example.com"),
        subject="¿Te rechazaron después de la entrevista final? 5 cosas que sí puedes hacer",
        body="""Edición #142 · Carrera Pro

Recibir un "lamentamos informarle que no continuará en el proceso" después de tres entrevistas duele. Esta semana conversamos con tres reclutadoras de minería y energía sobre qué hacer después de un rechazo:

1. Pide feedback concreto (y acepta si no te lo dan).
2. Envía un correo de agradecimiento: muchas veces el primer elegido no acepta.
3. Revisa qué pasó en la entrevista técnica y anota las preguntas que te costaron.
4. Si faltaste a una entrevista, escribe de inmediato pidiendo disculpas y propone otro horario.
5. No te tomes el silencio como algo personal.

Además: las 10 empresas de energía que más están contratando en el norte.

Leer la nota completa →

Te suscribiste en carrerapro.example.com · Darte de baja""",
        date="2026-01-21 08:00 -0300",
        fmt="html",
        brand="Carrera Pro",
        headers=dict(LIST, **{"List-Id": "Carrera Pro <semanal.carrerapro.example.com>"}),
    ),
    O(
        scenario="recruiter_cold_inmail_en",
        lang="en",
        contact="oliver.grant@summitsearch.example.com",
        sender=("Oliver Grant", "oliver.grant@summitsearch.example.com"),
        subject="Renewables opportunities in Perth",
        body="""Hi Rodrigo,

I came across your profile and was impressed by your experience delivering tailings and water infrastructure projects in Chile. I specialise in placing project and construction managers with renewable developers across WA and we're seeing huge demand at the moment, particularly for people with mining backgrounds moving into solar, wind and green hydrogen.

I don't have a specific role to share right now, but I'd love to add you to my network so I can reach out when something suitable comes up. Feel free to connect with me on LinkedIn.

Kind regards,
Oliver Grant
Principal Consultant - Energy Transition
Summit Search Group | Perth""",
        date="2026-01-26 14:05 +0800",
    ),
    O(
        scenario="podcast_entrevista_invitacion",
        lang="es",
        contact="valeria@minatransicion.example.cl",
        sender=("Valeria Contreras", "valeria@minatransicion.example.cl"),
        subject="Invitación a entrevista para el podcast Mina en Transición",
        body="""Hola Rodrigo,

Soy Valeria, conductora del podcast "Mina en Transición". Leí tu columna en LinkedIn sobre el reuso de relaves y nos encantaría entrevistarte para un episodio sobre economía circular en la minería.

La grabación dura unos 45 minutos, es remota (Riverside) y podríamos hacerla cualquier día de la segunda semana de febrero. ¿Te tinca?

Un abrazo,
Valeria Contreras
Mina en Transición · podcast""",
        date="2026-01-29 11:30 -0300",
    ),
    O(
        scenario="amigo_rechazo_propio",
        lang="es",
        contact="felipe.soto.ing@example.com",
        sender=("Felipe Soto", "felipe.soto.ing@example.com"),
        subject="la pega de Codelco...",
        body="""Hue, te cuento que al final no quedé en lo de la división. Me llegó el típico correo "lamentamos informarle que en esta oportunidad no continuará en el proceso" después de la visita a faena y todo. Me dio rabia porque el examen preocupacional ya estaba hecho jaja.

En fin, ¿nos tomamos algo el viernes? Tú cómo vas con lo tuyo? Supe que tenías varias entrevistas.

F.""",
        date="2026-02-03 21:40 -0300",
    ),
    O(
        scenario="mercadolibre_envio_demorado",
        lang="es",
        contact="",
        sender=("Mercado Libre", "envios@mercadolibre.example.cl"),
        subject="Tu envío está demorado",
        body="""Hola Rodrigo,

Lamentablemente tu compra "Zapatos de seguridad dieléctricos talla 42" está demorada. La nueva fecha de entrega estimada es entre el jueves 12 y el lunes 16 de febrero.

Si no llega en esa fecha, te devolvemos el dinero.

Ver compra >

Mercado Libre""",
        date="2026-02-09 10:12 -0300",
        fmt="html",
        brand="Mercado Libre",
    ),
    O(
        scenario="banco_solicitud_credito_recibida",
        lang="es",
        contact="",
        sender=("Banco Cordillera", "no-reply@bancocordillera.example.cl"),
        subject="Hemos recibido tu solicitud de Crédito de Consumo",
        body="""Estimado Rodrigo:

Hemos recibido tu solicitud de Crédito de Consumo N° 0004471232. Nuestro equipo evaluará tus antecedentes y te informaremos el resultado en un plazo de 48 horas hábiles.

Recuerda que Banco Cordillera nunca te solicitará claves ni coordenadas por correo electrónico.

Banco Cordillera""",
        date="2026-02-12 15:30 -0300",
        fmt="alt",
        brand="Banco Cordillera",
        cte="quoted-printable",
    ),
    O(
        scenario="own_sent_followup",
        lang="es",
        contact="",
        sender=CANDIDATE,
        to=("Jorge Araya Castillo", "jorge.araya@tamarugal.example.cl"),
        subject="Re: Próxima etapa proceso Gerente de Sustentabilidad",
        body="""Estimado Jorge:

Muchas gracias por la invitación. Confirmo mi asistencia al assessment center del jueves 26 de marzo y a la visita a faena del martes 31. Le envío mi RUT y talla de EPP para la acreditación: 15.xxx.xxx-x, talla L, calzado 42.

Saludos cordiales,
Rodrigo Almeida Fuentes
+56 9 5555 0000""",
        quote="""El mar, 17 mar 2026 a las 12:40, Jorge Araya Castillo <jorge.araya@tamarugal.example.cl> escribió:
""" + q("""Estimado Rodrigo:

Le comunico que ha sido seleccionado para la etapa final del proceso de Gerente de Sustentabilidad."""),
        date="2026-03-17 14:02 -0300",
        in_reply_to=thread_id("own_sent_followup", "tamarugal.example.cl"),
    ),
    O(
        scenario="stepstone_jobagent_de",
        lang="de",
        contact="",
        sender=("StepStone JobAgent", "jobagent@stepstone.example.de"),
        subject="Ihr JobAgent: 8 neue Jobs für \u201eProjektleiter Erneuerbare Energien\u201c",
        body="""Hallo Rodrigo Almeida Fuentes,

wir haben neue Stellenangebote für Sie gefunden:

Projektleiter Windenergie (m/w/d) - Nordwind Projekte - Hamburg
Senior Projektmanager PV-Freiflächen (m/w/d) - SolarLand - München, Homeoffice möglich
Bauleiter Umspannwerke (m/w/d) - Netzbau Ost - Leipzig

Alle Jobs ansehen

Sie erhalten diese E-Mail, weil Sie einen JobAgent angelegt haben. JobAgent bearbeiten oder abbestellen.""",
        date="2026-02-14 06:00 +0100",
        fmt="html",
        brand="StepStone",
        headers=LIST,
        charset="iso-8859-1",
        cte="quoted-printable",
    ),
    O(
        scenario="user_research_interview_en",
        lang="en",
        contact="research@sitelens.example.com",
        sender=("Jess from SiteLens", "research@sitelens.example.com"),
        subject="Got 30 minutes? Research interview ($75 gift card)",
        body="""Hi Rodrigo,

You signed up for a SiteLens trial last month - thank you! Our product team is running user research interviews with construction and project managers to understand how you track progress on site.

The interview is a 30-minute video call, and as a thank you we'll send a $75 gift card. Pick a time here: https://cal.example.com/sitelens-research

Thanks!
Jess Moreno
UX Research, SiteLens""",
        date="2026-02-19 13:15 -0800",
        fmt="alt",
    ),
    O(
        scenario="corredora_arriendo_rechazo",
        lang="es",
        contact="macarena@propiedadesvitacura.example.cl",
        sender=("Macarena Ruiz", "macarena@propiedadesvitacura.example.cl"),
        subject="Depto Providencia - postulación arriendo",
        body="""Hola Rodrigo,

Te escribo por el depto de Av. Los Leones que postulaste a arrendar. Lamentablemente la propietaria eligió a otro postulante que tenía contrato indefinido y tres liquidaciones de sueldo, así que no vamos a seguir con tu solicitud.

Si quieres te puedo mostrar otras opciones en Ñuñoa que piden menos requisitos.

Saludos,
Macarena Ruiz
Propiedades Vitacura · Corredora de Propiedades""",
        date="2026-02-24 17:50 -0300",
    ),
    O(
        scenario="gps_posicion_vehiculo",
        lang="es",
        contact="",
        sender=("RastreoSat", "alertas@rastreosat.example.cl"),
        subject="Alerta: posición de su vehículo PJ-XX-12",
        body="""Alerta de geocerca

Vehículo: Toyota Hilux PJ-XX-12
Evento: Salida de zona "Casa"
Posición: -33.4263, -70.6109 (Av. Providencia 2000, Santiago)
Velocidad: 42 km/h
Fecha/hora: 25-02-2026 08:13

Ver en mapa: https://app.rastreosat.example.cl/mapa?id=44812

RastreoSat - Este es un correo automático""",
        date="2026-02-25 08:14 -0300",
    ),
    O(
        scenario="ooo_recruiter_en",
        lang="en",
        contact="hannah.li@kestrelsp.example.com",
        sender=("Hannah Li", "hannah.li@kestrelsp.example.com"),
        subject="Automatic reply: Re: ESG Manager application",
        body="""Thank you for your email. I am out of the office until Monday, March 9 with limited access to email. For urgent recruiting matters please contact people@kestrelsp.example.com.

Best,
Hannah""",
        date="2026-03-02 09:01 -0500",
        headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
    ),
    O(
        scenario="sii_boleta_honorarios",
        lang="es",
        contact="",
        sender=("Servicio de Impuestos Internos", "no-reply@sii.example.cl"),
        subject="Operación Renta 2026: su propuesta de declaración está disponible",
        body="""Estimado(a) contribuyente:

Le informamos que su propuesta de Declaración de Renta (Formulario 22) para el Año Tributario 2026 ya se encuentra disponible en sii.example.cl.

Revise que sus boletas de honorarios y retenciones estén correctamente registradas antes de enviar.

Servicio de Impuestos Internos""",
        date="2026-04-01 09:00 -0300",
        fmt="html",
        brand="SII",
        charset="iso-8859-1",
        cte="quoted-printable",
    ),
    O(
        scenario="press_interview_fr",
        lang="fr",
        contact="l.girard@revue-mines.example.fr",
        sender=("Léa Girard", "l.girard@revue-mines.example.fr"),
        subject="Demande d'interview - dossier « mines et eau au Chili »",
        body="""Bonjour Monsieur Almeida Fuentes,

Je suis journaliste à la Revue des Mines et de l'Environnement et je prépare un dossier sur la gestion de l'eau dans les mines du nord du Chili. Un de vos anciens collègues m'a donné votre nom.

Accepteriez-vous de m'accorder une interview d'une trentaine de minutes, par téléphone ou en visio, dans les deux prochaines semaines ? Vos propos seraient relus avant publication.

Bien à vous,
Léa Girard
Journaliste - Revue des Mines et de l'Environnement""",
        date="2026-03-04 10:22 +0100",
        cte="quoted-printable",
    ),
    O(
        scenario="latam_itinerario",
        lang="es",
        contact="",
        sender=("LATAM Airlines", "noreply@info.latam.example.com"),
        subject="Tu itinerario: Santiago - Calama · Código de reserva QXT7LM",
        body="""¡Hola, Rodrigo!

Tu compra fue exitosa. Este es tu itinerario:

Vuelo LA 344 · Santiago (SCL) 07:15 → Calama (CJC) 09:20 · Mar 31 mar 2026
Pasajero: RODRIGO ALMEIDA FUENTES
Tarifa: Light · Asiento 14C

Haz check-in desde 48 h antes del vuelo.

LATAM Airlines""",
        date="2026-03-20 19:45 -0300",
        fmt="html",
        brand="LATAM",
    ),
    O(
        scenario="standup_calendar_notification",
        lang="en",
        contact="",
        sender=("Google Calendar", "calendar-notification@google.example.com"),
        subject="Notification: Daily standup - SiteLens pilot @ Mon Mar 23, 2026 9:30am - 9:45am (CLT)",
        body="""Daily standup - SiteLens pilot
When: Monday Mar 23, 2026 9:30am - 9:45am Chile Time
Joining info: meet.example.com/abc-defg-hij
Calendar: rodrigo.almeida@example.cl

Invitation from Google Calendar. You are receiving this email because you are subscribed to notifications for this calendar.""",
        date="2026-03-23 09:20 -0300",
        ics=ics("Daily standup - SiteLens pilot", "2026-03-23 09:30 -0300", 15,
                "pm@sitelens.example.com", "standup-sitelens-pilot@google.example.com",
                rrule="FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"),
    ),
    O(
        scenario="universidad_admision_magister",
        lang="es",
        contact="",
        sender=("Admisión Postgrado", "admision.postgrado@ucentral-andes.example.cl"),
        subject="Resultado de su postulación al Magíster en Gestión de Energías Renovables",
        body="""Estimado Rodrigo Almeida Fuentes:

El Comité Académico del Magíster en Gestión de Energías Renovables ha revisado su postulación para el período de admisión 2026-2.

Lamentamos informarle que, debido al número limitado de cupos, su postulación no ha sido aceptada en esta convocatoria. Le invitamos a postular nuevamente en el próximo proceso.

Dirección de Postgrado
Universidad Central de los Andes
(correo automático)""",
        date="2026-03-26 16:00 -0300",
        charset="iso-8859-1",
        cte="quoted-printable",
    ),
    O(
        scenario="colega_reenvia_vacante",
        lang="es",
        contact="paula.henriquez@example.com",
        sender=("Paula Henríquez", "paula.henriquez@example.com"),
        subject="Fwd: Búsqueda Jefe de Proyecto Desaladora",
        body="""Rodri, me llegó esto de un grupo de WhatsApp de ex compañeros, creo que te calza. Yo no conozco a nadie ahí pero igual postula!

P.

---------- Forwarded message ---------
De: Bolsa de Empleo Colegio de Ingenieros <bolsa@coling.example.cl>
Date: mar, 31 mar 2026 a las 10:02
Subject: Búsqueda Jefe de Proyecto Desaladora
To: <socios@coling.example.cl>

Importante empresa del rubro sanitario busca Jefe de Proyecto para planta desaladora en la Región de Coquimbo. Requisitos: Ingeniero Civil, 8+ años en proyectos hidráulicos. Enviar CV a postulaciones@desaladoracoquimbo.example.cl""",
        date="2026-03-31 13:44 -0300",
    ),
    O(
        scenario="netflix_pago_rechazado",
        lang="es",
        contact="",
        sender=("Netflix", "info@mailer.netflix.example.com"),
        subject="Actualiza tu método de pago",
        body="""Hola Rodrigo:

Tuvimos un problema con tu pago mensual. Tu banco rechazó el cargo a la tarjeta terminada en 4410.

Para seguir disfrutando de Netflix, actualiza tus datos de pago antes del 8 de abril.

Actualizar cuenta

El equipo de Netflix""",
        date="2026-04-03 05:12 -0300",
        fmt="html",
        brand="Netflix",
        cte="base64",
    ),
    O(
        scenario="de_newsletter_bewerbung_tipps",
        lang="de",
        contact="",
        sender=("karriere:kompass", "newsletter@karrierekompass.example.de"),
        subject="Absage nach dem Vorstellungsgespräch? So reagieren Sie richtig",
        body="""Ihr Karriere-Newsletter – Ausgabe 14/2026

Eine Absage nach dem dritten Gespräch ist frustrierend. Unsere Experten erklären, wie Sie um Feedback bitten, warum ein Dankesschreiben trotzdem sinnvoll ist und was zu tun ist, wenn Sie ein Vorstellungsgespräch verpasst haben.

Außerdem: Wie Sie eine Einladung zum Interview professionell beantworten – mit Mustertext.

Jetzt weiterlesen

Sie erhalten diesen Newsletter, weil Sie sich auf karrierekompass.example.de angemeldet haben. Abmelden""",
        date="2026-04-07 07:30 +0200",
        fmt="html",
        brand="karriere:kompass",
        headers=dict(LIST, **{"List-Id": "karriere:kompass <news.karrierekompass.example.de>"}),
        charset="windows-1252",
        cte="quoted-printable",
    ),
    O(
        scenario="chilexpress_en_reparto",
        lang="es",
        contact="",
        sender=("Chilexpress", "notificaciones@chilexpress.example.cl"),
        subject="Tu envío 998877665544 está en reparto",
        body="""Hola RODRIGO,

Tu envío N° 998877665544 se encuentra en reparto y llegará hoy entre las 10:00 y 19:00 hrs.

Remitente: LIBRERIA TECNICA SPA

Sigue tu envío en chilexpress.example.cl""",
        date="2026-04-08 08:05 -0400",
    ),
    O(
        scenario="encuesta_experiencia_candidato",
        lang="en",
        contact="",
        sender=("Candidate Experience Survey", "survey@candidatepulse.example.com"),
        subject="How was your interview experience with Brightfield Renewables?",
        body="""Hi Rodrigo,

You recently interacted with the recruiting team at Brightfield Renewables. We'd love to hear about your experience - it takes 2 minutes and your answers are anonymous.

How likely are you to recommend applying to Brightfield Renewables to a friend?  0 1 2 3 4 5 6 7 8 9 10

Powered by CandidatePulse · Unsubscribe""",
        date="2026-04-10 12:00 -0500",
        fmt="html",
        brand="CandidatePulse",
        headers=LIST,
    ),
    O(
        scenario="afp_cartola",
        lang="es",
        contact="",
        sender=("AFP Horizonte", "contacto@afphorizonte.example.cl"),
        subject="Tu cartola cuatrimestral ya está disponible",
        body="""Hola Rodrigo,

Tu cartola cuatrimestral (enero - abril 2026) ya está disponible en tu Sucursal Virtual. Revisa tus cotizaciones y considera los meses sin cotizar si tuviste lagunas previsionales.

AFP Horizonte""",
        date="2026-05-12 10:00 -0400",
        fmt="alt",
        brand="AFP Horizonte",
    ),
    O(
        scenario="own_sent_application_en",
        lang="en",
        contact="",
        sender=CANDIDATE,
        to=("Ruth McAllister", "r.mcallister@uwp.example.edu.au"),
        subject="Application - Research Fellow (Level B) Mine Water Management",
        body="""Dear Ms McAllister,

Please find attached my application for the Research Fellow (Level B) position in Mine Water Management, including my CV, selection criteria statement and the names of three referees.

I would be glad to provide any further information.

Kind regards,
Rodrigo Almeida Fuentes
Santiago, Chile | +56 9 5555 0000""",
        date="2026-06-28 22:10 -0400",
        attachment="Almeida_Fuentes_Application.pdf",
    ),
    O(
        scenario="wttj_newsletter_fr",
        lang="fr",
        contact="",
        sender=("Welcome to the Jungle", "hello@news.welcometothejungle.example.com"),
        subject="Entretien raté, refus, silence radio : on fait le point",
        body="""Cette semaine dans la newsletter :

• « Nous ne donnerons pas suite à votre candidature » : comment rebondir après un refus
• J'ai raté mon entretien d'embauche, est-ce rattrapable ?
• 12 offres dans l'énergie et l'environnement qui recrutent en ce moment

Lire les articles

Tu reçois cet e-mail car tu es inscrit·e à la newsletter. Se désinscrire""",
        date="2026-05-14 08:30 +0200",
        fmt="html",
        brand="Welcome to the Jungle",
        headers=dict(LIST, **{"List-Id": "<newsletter.welcometothejungle.example.com>"}),
    ),
    O(
        scenario="turbus_pasaje",
        lang="es",
        contact="",
        sender=("Turbus", "ventas@turbus.example.cl"),
        subject="Confirmación de compra - Santiago a Concepción",
        body="""Estimado pasajero,

Gracias por viajar con Turbus. Detalle de su compra:

Origen: Santiago (Terminal Alameda)
Destino: Concepción
Fecha: 16/06/2026 - 23:40
Asiento: 21 (Salón cama)
Boleto N°: 0000-000-112233

Presente este correo o su código QR al abordar.""",
        date="2026-06-12 12:20 -0400",
        charset="windows-1252",
        cte="quoted-printable",
    ),
    O(
        scenario="tarjeta_credito_aprobada",
        lang="es",
        contact="",
        sender=("Banco Pacífico Sur", "tarjetas@bancopacificosur.example.cl"),
        subject="Tu solicitud de Tarjeta de Crédito fue recibida",
        body="""Rodrigo, ¡gracias por solicitar tu Tarjeta Pacífico Visa Signature!

Recibimos tu solicitud y la estamos evaluando. En un plazo máximo de 5 días hábiles te informaremos si fue aprobada. Si necesitamos más antecedentes (liquidaciones de sueldo, certificado de cotizaciones AFP), un ejecutivo te contactará.

Banco Pacífico Sur""",
        date="2026-05-20 11:00 -0400",
        fmt="alt",
        brand="Banco Pacífico Sur",
    ),
    O(
        scenario="de_umfrage_interview_forschung",
        lang="de",
        contact="k.neumann@uni-freiberg-mining.example.de",
        sender=("Katharina Neumann", "k.neumann@uni-freiberg-mining.example.de"),
        subject="Interview für Forschungsprojekt zu Bergbau und Energiewende",
        body="""Sehr geehrter Herr Almeida Fuentes,

im Rahmen meiner Dissertation an der Professur für Rohstoffwirtschaft untersuche ich, wie Fachkräfte aus dem Bergbau in die erneuerbaren Energien wechseln. Ihr Profil ist mir auf LinkedIn aufgefallen.

Wären Sie bereit, an einem ca. 40-minütigen, anonymisierten Forschungsinterview (per Zoom, gern auf Englisch oder Spanisch) teilzunehmen?

Mit besten Grüßen
Katharina Neumann
Wissenschaftliche Mitarbeiterin""",
        date="2026-05-27 15:10 +0200",
        cte="quoted-printable",
    ),
    O(
        scenario="enel_boleta",
        lang="es",
        contact="",
        sender=("Enel Clientes", "boletaelectronica@enel.example.cl"),
        subject="Tu boleta de mayo ya está disponible",
        body="""Hola Rodrigo,

Tu boleta de electricidad de mayo 2026 ya está disponible.
Monto a pagar: $38.420
Vencimiento: 18-06-2026

Paga en línea o activa el PAC para no preocuparte.

Enel""",
        date="2026-06-02 06:00 -0400",
        fmt="html",
        brand="Enel",
    ),
    O(
        scenario="gimnasio_plan",
        lang="es",
        contact="",
        sender=("PowerFit Gimnasios", "hola@powerfit.example.cl"),
        subject="Rodrigo, ¡te extrañamos! 50% dcto. en tu reactivación",
        body="""Hace 45 días que no vienes a entrenar 😢

Vuelve a PowerFit con 50% de descuento en tu plan anual. Oferta válida hasta el 30 de junio en todas nuestras sedes.

Reactivar plan

Si no quieres recibir más correos, haz clic aquí.""",
        date="2026-06-09 18:00 -0400",
        fmt="html",
        brand="PowerFit",
        headers=LIST,
        cte="base64",
    ),
    O(
        scenario="ooo_hunter_es",
        lang="es",
        contact="ignacio.vera@nexoejecutivo.example.cl",
        sender=("Ignacio Vera", "ignacio.vera@nexoejecutivo.example.cl"),
        subject="Respuesta automática: Re: Pega en Concepción - te interesa?",
        body="""Hola, estaré fuera de la oficina hasta el lunes 22 de junio sin acceso regular al correo. Para temas urgentes escribir a contacto@nexoejecutivo.example.cl.

Saludos,
Ignacio Vera""",
        date="2026-06-16 19:30 -0400",
        headers={"Auto-Submitted": "auto-replied"},
    ),
    O(
        scenario="curso_ingles_nivelacion",
        lang="es",
        contact="coordinacion@englishpoint.example.cl",
        sender=("English Point", "coordinacion@englishpoint.example.cl"),
        subject="Resultado de tu test de nivel y entrevista oral",
        body="""Hola Rodrigo,

¡Gracias por rendir el test de nivel! Tu resultado es B2+ (Upper Intermediate). Para confirmar el curso Business English for Engineers te agendamos una breve entrevista oral con un profesor nativo el jueves 25 de junio a las 19:00 por Zoom.

Si no puedes, responde este correo y te damos otro horario.

Coordinación Académica
English Point""",
        date="2026-06-18 12:30 -0400",
    ),
    O(
        scenario="colegio_ingenieros_cuota",
        lang="es",
        contact="",
        sender=("Colegio de Ingenieros", "socios@coling.example.cl"),
        subject="Cuota social 2026 y seminario Minería Verde",
        body="""Estimado socio:

Le recordamos que la cuota social 2026 vence el 30 de junio. Además, lo invitamos al seminario "Minería Verde: hidrógeno, agua y descarbonización", el 2 de julio en nuestra sede.

Inscripciones en coling.example.cl/seminarios

Colegio de Ingenieros""",
        date="2026-06-22 10:00 -0400",
        fmt="alt",
        brand="Colegio de Ingenieros",
        headers=dict(LIST, **{"List-Id": "Socios <socios.coling.example.cl>"}),
        charset="iso-8859-1",
        cte="quoted-printable",
    ),
    O(
        scenario="spotify_wrapped_like",
        lang="en",
        contact="",
        sender=("Spotify", "no-reply@spotify.example.com"),
        subject="Your Premium plan price is changing",
        body="""Hi Rodrigo,

We're writing to let you know that the price of your Premium Individual plan will change from your next billing date after 1 August 2026.

You don't need to do anything to keep enjoying Premium. If you'd like to cancel, you can do so anytime from your account page.

The Spotify Team""",
        date="2026-07-01 04:00 +0000",
        fmt="html",
        brand="Spotify",
    ),
    O(
        scenario="aguas_andinas_corte",
        lang="es",
        contact="",
        sender=("Aguas Andinas", "avisos@aguasandinas.example.cl"),
        subject="Aviso de corte programado de agua potable",
        body="""Estimado cliente:

Le informamos que por trabajos de mejoramiento de la red, el día jueves 9 de julio entre 09:00 y 17:00 hrs habrá un corte programado de suministro en su sector (Providencia, cuadrante Los Leones / Eliodoro Yáñez).

Lamentamos las molestias.

Aguas Andinas""",
        date="2026-07-06 09:00 -0400",
    ),
    O(
        scenario="laborum_recomendados",
        lang="es",
        contact="",
        sender=("Laborum", "novedades@laborum.example.cl"),
        subject="Rodrigo, estos avisos son para ti",
        body="""Avisos recomendados según tu perfil:

Jefe HSE Proyectos Eléctricos - Confidencial - Antofagasta
Ingeniero de Proyectos Hidráulicos - Santiago
Supervisor de Operaciones Planta Desaladora - Mejillones
Administrador de Contrato Minería - Calama (Turno 7x7)

Postula en un clic desde la app.

Laborum · Dejar de recibir estos correos""",
        date="2026-07-08 07:30 -0400",
        fmt="html",
        brand="Laborum",
        headers=LIST,
    ),
    O(
        scenario="isapre_reajuste",
        lang="es",
        contact="",
        sender=("Isapre Vida Plena", "comunicaciones@isaprevidaplena.example.cl"),
        subject="Carta de adecuación de su plan de salud",
        body="""Estimado afiliado:

Conforme a la normativa vigente, le informamos la adecuación del precio base de su plan de salud a contar de agosto de 2026. Encontrará el detalle en la carta adjunta y en su sucursal virtual.

Isapre Vida Plena""",
        date="2026-07-10 11:00 -0400",
        attachment="Carta_Adecuacion_2026.pdf",
    ),
    O(
        scenario="recruiter_cold_es_sin_entrevista",
        lang="es",
        contact="tomas.reyes@andeshuntergroup.example.com",
        sender=("Tomás Reyes", "tomas.reyes@andeshuntergroup.example.com"),
        subject="Contacto",
        body="""Hola Rodrigo,

Te contacto porque estamos ampliando nuestra red de profesionales en gestión de activos y operaciones para el sector sanitario y minero en Chile y Perú. Tu experiencia es muy interesante para varios de nuestros clientes.

Si te parece, envíame tu CV actualizado y tus pretensiones de renta para tenerte en cuenta en futuras búsquedas. Por ahora no tengo un cargo específico abierto.

Saludos cordiales,
Tomás Reyes
Andes Hunter Group
Lima · Santiago""",
        date="2026-07-15 10:40 -0400",
    ),
    O(
        scenario="seguro_auto_renovacion",
        lang="es",
        contact="",
        sender=("Seguros Austral", "polizas@segurosaustral.example.cl"),
        subject="Renovación de su póliza de seguro automotriz",
        body="""Estimado Rodrigo Almeida:

Su póliza N° 7701-2231 de seguro automotriz vence el 31 de julio. La renovación se realizará automáticamente con la misma cobertura y una prima de UF 1,62 mensual, salvo que nos indique lo contrario.

Seguros Austral""",
        date="2026-07-17 09:30 -0400",
        fmt="alt",
        brand="Seguros Austral",
        charset="windows-1252",
        cte="quoted-printable",
    ),
    O(
        scenario="friend_en_interview_story",
        lang="en",
        contact="mike.odonnell@example.net",
        sender=("Mike O'Donnell", "mike.odonnell@example.net"),
        subject="Re: catching up",
        body="""Mate, good to hear from you! Congrats on all the interviews. Mine's been rough - had a final round with a big miner in Perth last week, then got the "we regret to inform you" email two days later. Still keen for a beer when you're over for the conference in Sept.

Mike""",
        quote="""On Sun, 19 Jul 2026 at 20:11, Rodrigo Almeida Fuentes <rodrigo.almeida@example.cl> wrote:
""" + q("""Hey Mike, long time! How's the job hunt going in WA? I've had a few interviews lately, fingers crossed.
R"""),
        date="2026-07-20 08:02 +0800",
        in_reply_to=thread_id("friend_en_interview_story", "example.cl"),
    ),
    O(
        scenario="correos_chile_aduana",
        lang="es",
        contact="",
        sender=("Correos de Chile", "notificaciones@correos.example.cl"),
        subject="Su envío internacional requiere pago de impuestos",
        body="""Estimado(a) cliente:

Su envío internacional CX123456789CN se encuentra retenido en Aduana. Para continuar con la entrega, debe pagar los impuestos correspondientes en correos.example.cl con su número de seguimiento.

Correos de Chile""",
        date="2026-08-04 14:10 -0400",
    ),
    O(
        scenario="webinar_fr_hydrogene",
        lang="fr",
        contact="",
        sender=("Club Hydrogène Amérique latine", "evenements@clubh2latam.example.org"),
        subject="Webinaire : le financement des projets d'hydrogène vert au Chili",
        body="""Bonjour,

Le Club Hydrogène Amérique latine vous invite à son prochain webinaire, le jeudi 10 septembre à 16h (heure de Paris), avec la participation de banques de développement et d'exploitants miniers.

Inscription gratuite : clubh2latam.example.org/webinaire

Pour ne plus recevoir nos invitations, cliquez ici.""",
        date="2026-08-18 10:00 +0200",
        fmt="html",
        brand="Club Hydrogène",
        headers=dict(LIST, **{"List-Id": "<evenements.clubh2latam.example.org>"}),
    ),
    O(
        scenario="own_sent_thanks_de",
        lang="de",
        contact="",
        sender=CANDIDATE,
        to=("Mia Schulz", "mia.schulz@baulogik.example.de"),
        subject="Danke für das Interview",
        body="""Hallo Mia,

vielen Dank für das technische Interview heute und die spannende Diskussion zur Baufortschrittskontrolle. Ich freue mich, von euch zu hören.

Viele Grüße
Rodrigo""",
        date="2026-05-28 18:40 +0200",
    ),
    O(
        scenario="sky_cambio_vuelo",
        lang="es",
        contact="",
        sender=("SKY Airline", "notificaciones@skyairline.example.com"),
        subject="Cambio en tu itinerario de vuelo",
        body="""Hola Rodrigo,

Por razones operacionales, tu vuelo H2 0121 Santiago - Antofagasta del 2 de septiembre ha sido reprogramado de las 08:10 a las 10:45 hrs. Lamentamos los inconvenientes.

Si el nuevo horario no te acomoda, puedes cambiar tu vuelo sin costo o solicitar la devolución.

SKY Airline""",
        date="2026-08-25 21:00 -0400",
        fmt="alt",
        brand="SKY",
    ),
    O(
        scenario="radio_entrevista_en_vivo",
        lang="es",
        contact="produccion@radiobiobio-noticias.example.cl",
        sender=("Producción Mañana Regional", "produccion@radiobiobio-noticias.example.cl"),
        subject="Entrevista en vivo - jueves 7:40",
        body="""Hola Rodrigo, te confirmamos la entrevista en vivo para el programa Mañana Regional este jueves 10 de septiembre a las 7:40, por teléfono, sobre la sequía y los proyectos de desalación en la región. Serán unos 10 minutos. Te llamamos al celular 5 minutos antes.

Gracias!
Producción Mañana Regional""",
        date="2026-09-07 16:30 -0300",
    ),
    O(
        scenario="de_xing_jobs_digest",
        lang="de",
        contact="",
        sender=("Jobs für dich", "jobs-noreply@karrierenetz.example.de"),
        subject="Rodrigo, 5 neue Jobs passen zu deinem Profil",
        body="""Diese Jobs könnten dich interessieren:

• Projektmanager Wasserstoff (m/w/d) – H2Werk Nord – Bremen
• Senior Asset Manager Wind – Küstenstrom – Hamburg
• HSE-Manager Großbaustellen – BauPlus – Frankfurt

Du bekommst diese E-Mail, weil du Job-Empfehlungen aktiviert hast. Einstellungen ändern""",
        date="2026-09-14 07:00 +0200",
        fmt="html",
        brand="Karrierenetz",
        headers=LIST,
    ),
    O(
        scenario="fr_ami_refus_personnel",
        lang="fr",
        contact="antoine.leroy@example.org",
        sender=("Antoine Leroy", "antoine.leroy@example.org"),
        subject="nouvelles de Lyon",
        body="""Salut Rodrigo,

Petite nouvelle de mon côté : je n'ai pas été retenu pour le poste chez le bureau d'études dont je t'avais parlé, ils ont « décidé de ne pas donner suite » après deux entretiens. Bon, je m'en remettrai !

Et toi, toujours en discussion avec les Suisses ? Tiens-moi au courant.

Antoine""",
        date="2026-09-22 20:15 +0200",
    ),
    O(
        scenario="own_sent_decline_offer_es",
        lang="es",
        contact="",
        sender=CANDIDATE,
        to=("Rocío Jiménez", "rrhh@aguasandaluciaoriental.example.es"),
        subject="Re: Documentación para tu incorporación",
        body="""Hola Rocío:

Muchas gracias por la oferta y por todo el proceso. Después de pensarlo mucho, he decidido aceptar otra propuesta en Chile, por lo que no podré incorporarme. Les agradezco de verdad la confianza.

Un saludo cordial,
Rodrigo""",
        date="2026-06-26 09:10 -0400",
        in_reply_to=thread_id("own_sent_decline_offer_es", "aguasandaluciaoriental.example.es"),
    ),
    O(
        scenario="trabajando_encuesta_salarios",
        lang="es",
        contact="",
        sender=("Trabajando.com", "info@trabajando.example.com"),
        subject="Estudio de remuneraciones 2026: ¿cuánto gana un ingeniero en minería?",
        body="""Hola Rodrigo,

Publicamos el Estudio de Remuneraciones 2026 para ingeniería y minería. Descubre cuánto se paga en cargos como Jefe de Proyectos, Superintendente y Gerente HSE, y cuáles son las regiones con más ofertas.

Además, responde nuestra encuesta de 3 minutos y participa por una Gift Card.

Trabajando.com · Desuscribirse""",
        date="2026-10-01 08:00 -0300",
        fmt="html",
        brand="Trabajando.com",
        headers=LIST,
    ),
]

assert all(m.kind == "other" for m in MESSAGES)
