"""Mail of the 57th corpus that is not about the candidate's own applications: alerts,
newsletters, personal and household mail, other meanings of job words, her own sent mail."""

from __future__ import annotations

from msgs57_base import LUCIA, m

X = "other"


def bulk(list_id: str, unsub: str) -> dict[str, str]:
    """The headers a mailing list or bulk sender adds."""
    return {"List-Id": list_id, "List-Unsubscribe": f"<{unsub}>, <mailto:unsubscribe@{unsub.split('/')[2]}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"}


ALERTS = [
    m(X, "linkedin_alert_es", "es", "Alertas de empleo de LinkedIn <jobalerts-noreply@linkedin.com>",
      "«revenue manager»: 12 empleos nuevos en Bilbao",
      """Tus alertas de empleo para revenue manager en Bilbao, País Vasco

Revenue Manager
Hoteles Bahía Cantábrica · Santander (Presencial)
Hace 2 días · 37 solicitudes

Pricing Analyst - Travel
Skyroute Tech · Madrid (Híbrido)
Solicitud sencilla

Customer Success Manager (Hospitality SaaS)
Nubepms Cloud · En remoto

Ver todos los empleos: https://www.linkedin.com/jobs/search/?keywords=revenue%20manager

Estás recibiendo alertas de empleo. Cancelar suscripción: https://www.linkedin.com/comm/psettings/email-unsubscribe""",
      fmt="html", brand="LinkedIn", track="www.linkedin.com/comm", date="2026-01-14T07:30:00+01:00",
      headers=bulk("<jobalerts.linkedin.com>", "https://www.linkedin.com/comm/psettings/email-unsubscribe")),

    m(X, "indeed_digest_en", "en", "Indeed <alert@indeed.com>",
      "15 new customer success jobs in Dublin",
      """Customer Success Manager - Harbour Analytics - Dublin - €55,000 a year
Easily apply · Responsive employer

Account Manager, Travel - Kestrel Bookings - Dublin 2
Hiring multiple candidates

Partner Success Associate - Loop Stays - Remote in Ireland

Don't miss out - most roles get over 100 applications in the first week. Didn't get the job last time? Read our guide to bouncing back after a rejection: https://ie.indeed.com/career-advice/rejection

Unsubscribe from this alert: https://ie.indeed.com/alerts/unsub/77ab""",
      fmt="html", brand="Indeed", track="engage.indeed.com", date="2026-02-05T06:10:00+00:00",
      headers=bulk("<alerts.indeed.com>", "https://ie.indeed.com/alerts/unsub/77ab")),

    m(X, "stepstone_jobagent_de", "de", "StepStone Jobagent <jobagent@stepstone.de>",
      "8 neue Jobs für „Customer Success Manager“ in München",
      """Hallo Lucía,

Ihr Jobagent hat neue passende Stellen für Sie gefunden:

• Customer Success Manager (m/w/d) – Alpentravel Software – München
• Key Account Managerin Hotellerie – Bergblick Gruppe – München
• Pricing Analyst (w/m/d) – Südflug – Hallbergmoos

Tipp der Woche: Eine Absage ist kein Weltuntergang – so nutzen Sie das Feedback für Ihr nächstes Vorstellungsgespräch.

Jobagent bearbeiten oder abbestellen: https://www.stepstone.de/jobagent/manage""",
      fmt="html", brand="StepStone", track="click.stepstone.de", date="2026-02-12T05:45:00+01:00",
      headers=bulk("<jobagent.stepstone.de>", "https://www.stepstone.de/jobagent/manage")),

    m(X, "wttj_newsletter_fr", "fr", "Welcome to the Jungle <newsletter@welcometothejungle.com>",
      "Entretien raté ? 5 façons de rebondir 💪",
      """Cette semaine dans la Newsletter :

🎯 Entretien raté, candidature refusée : comment transformer un « non » en prochaine opportunité
📅 Vous avez manqué un entretien ? Voici comment s'excuser auprès du recruteur
🏨 Les entreprises du tourisme qui recrutent à Bordeaux et Toulouse

Et 248 nouvelles offres qui pourraient vous plaire.

Lire l'article : https://www.welcometothejungle.com/fr/articles/rebondir-refus

Se désinscrire : https://www.welcometothejungle.com/fr/unsubscribe""",
      fmt="html", brand="Welcome to the Jungle", track="mail.welcometothejungle.com", date="2026-02-19T08:00:00+01:00",
      headers=bulk("Welcome to the Jungle FR <newsletter.welcometothejungle.com>", "https://www.welcometothejungle.com/fr/unsubscribe")),

    m(X, "infojobs_alerta_es", "es", "InfoJobs <alertas@infojobs.net>",
      "Nuevas ofertas de Técnico/a de Compras en Bizkaia",
      """Hola Lucía, estas son las nuevas ofertas de tu alerta «compras bizkaia»:

Técnico/a de Compras Indirectas – Industrias Nervión – Barakaldo – 30.000 € - 34.000 €
Comprador/a Junior – Kalea Retail – Bilbao
Purchasing Analyst (inglés alto) – Aeroparts Deusto – Derio

Ver las 23 ofertas: https://www.infojobs.net/ofertas-trabajo/bizkaia/compras

Gestionar alertas | Darse de baja""",
      fmt="html", brand="InfoJobs", track="email.infojobs.net", date="2026-03-08T08:15:00+01:00",
      headers=bulk("<alertas.infojobs.net>", "https://www.infojobs.net/alertas/baja")),

    m(X, "hosco_newsletter_en", "en", "Hosco <hello@hosco.com>",
      "This week in hospitality: 1,200 new jobs + interview tips",
      """Hi Lucía,

🌍 1,200 new hospitality jobs this week, from Lisbon to Geneva.
🎤 "We interviewed 40 revenue managers about their career switch into tech" – read the story.
❌ Rejected after the final round? Our career coach explains why it happens and what to ask for.

Featured: Revenue Analyst – Lisbon Grand Hotels | Events Manager – Porto Riverside

You're receiving this because you're a Hosco member. Unsubscribe: https://www.hosco.com/unsubscribe""",
      fmt="html", brand="Hosco", track="mail.hosco.com", date="2026-03-13T09:00:00+01:00",
      headers=bulk("Hosco Newsletter <newsletter.hosco.com>", "https://www.hosco.com/unsubscribe")),

    m(X, "hosteltur_empleo_boletin", "es", "Hosteltur Empleo <boletin@hosteltur.example.com>",
      "Boletín de empleo turístico · Semana 12",
      """BOLETÍN DE EMPLEO TURÍSTICO

· Ofertas destacadas: Jefa de Recepción (Palma), Revenue Manager (Valencia), Coordinador/a MICE (Barcelona).
· Opinión: «Nos rechazaron sin entrevista: qué hay detrás de los filtros automáticos de CV».
· Agenda: jornada de empleo del sector hotelero en Sevilla, 27 de marzo.

Si no desea recibir más este boletín, pulse aquí: https://www.hosteltur.example.com/baja""",
      fmt="html", brand="Hosteltur", track="news.hosteltur.example.com", date="2026-03-20T07:00:00+01:00",
      charset="iso-8859-1", headers=bulk("Boletin empleo <empleo.hosteltur.example.com>", "https://www.hosteltur.example.com/baja")),

    m(X, "career_substack_en", "en", "The Career Pivot <thecareerpivot@substack.com>",
      "\"Unfortunately, we have decided to move forward with other candidates\"",
      """Hi friends,

That line. You know the one. This week I got it twice - once after a take-home I spent nine hours on, once after four rounds of interviews.

Here's what I've learned from 60+ rejections while moving from hotel operations into customer success:
1. Ask for feedback, but only once.
2. Track your pipeline like a sales funnel.
3. A missed interview is recoverable if you apologise the same day.

Reply and tell me your worst rejection story.

- Marisol

Unsubscribe https://thecareerpivot.substack.com/action/disable_email""",
      fmt="alt", brand="The Career Pivot", track="substack.com/redirect", date="2026-04-05T15:00:00+00:00",
      headers=bulk("The Career Pivot <thecareerpivot.substack.com>", "https://thecareerpivot.substack.com/action/disable_email")),

    m(X, "xing_de_jobs", "de", "XING <jobs@mail.xing.com>",
      "Lucía, diese Jobs könnten Sie interessieren",
      """Neue Jobs, die zu Ihrem Profil passen:

Referentin Nachhaltigkeitsreporting (m/w/d) – Isar Versorgung – München
Einkäuferin Hotellerie – Seenland Hotels – Starnberg
Revenue Analyst (all genders) – Reisewelt Digital – Berlin

Ihr Profil wurde diese Woche 14 Mal von Recruiter:innen angesehen.

Benachrichtigungen verwalten: https://www.xing.com/settings/notifications""",
      fmt="html", brand="XING", track="mail.xing.com", date="2026-05-06T06:30:00+02:00",
      headers=bulk("<jobs.mail.xing.com>", "https://www.xing.com/settings/notifications")),

    m(X, "tecnoempleo_boletin", "es", "Tecnoempleo <boletin@tecnoempleo.com>",
      "Ofertas de empleo TIC seleccionadas para ti",
      """Hola Lucía,

Estas son las ofertas de la semana que coinciden con tu perfil «Customer Success / SaaS»:

- Customer Success Specialist (SaaS turismo) · Valencia · Teletrabajo parcial
- Account Manager Junior · Madrid · 28-32K
- Implementation Consultant PMS hotelero · Remoto

¿Sabías que el 70% de los candidatos nunca recibe respuesta tras enviar su CV? Te contamos cómo destacar.

Para darte de baja de este boletín, accede a tu área privada.""",
      fmt="html", brand="Tecnoempleo", track="www.tecnoempleo.com/r", date="2026-06-10T08:00:00+02:00",
      headers=bulk("<boletin.tecnoempleo.com>", "https://www.tecnoempleo.com/baja")),
]

OUTREACH_AND_MEANINGS = [
    m(X, "recruiter_inmail_en_no_ask", "en", "Oliver Grant via LinkedIn <inmail-hit-reply@linkedin.com>",
      "Opportunity: Head of Revenue, boutique hotel group (Lisbon)",
      """Hi Lucía,

I came across your profile and was impressed by your revenue management background. I'm currently partnering with a boutique hotel group expanding across Portugal and Spain who are building out their commercial team.

The role offers a competitive package, relocation support and a chance to shape pricing strategy from scratch. I've attached a short spec.

If this sounds interesting, feel free to share your CV - no pressure at all.

Best,
Oliver Grant
Senior Consultant, Meridian Hospitality Search""",
      fmt="html", brand="LinkedIn", track="www.linkedin.com/comm", contact="", date="2026-01-21T13:12:00+00:00"),

    m(X, "headhunter_es_sin_entrevista", "es", "Álvaro Peña <apena@vantia-partners.example.es>",
      "Oportunidad Pricing - sector aerolíneas",
      """Buenas tardes Lucía,

Me pongo en contacto contigo porque estamos trabajando en un proceso confidencial de Pricing Analyst para una aerolínea con base en Madrid. Te dejo abajo la descripción del puesto por si te encaja o conoces a alguien a quien le pueda interesar.

Responsabilidades: análisis de tarifas, seguimiento de competencia, soporte al equipo de Revenue.
Requisitos: 3+ años en pricing o revenue, Excel/SQL, inglés C1.

Un saludo,
Álvaro Peña
Vantia Partners""",
      date="2026-02-24T17:40:00+01:00"),

    m(X, "podcast_interview_es", "es", "Gorka Intxausti <gorka@podcastturismo.example.com>",
      "Entrevista para el podcast «Turismo de Cerca»",
      """Hola Lucía,

Soy Gorka, presento el podcast «Turismo de Cerca» sobre el sector turístico vasco. Me han hablado muy bien de tu trabajo organizando congresos en Bilbao y me encantaría entrevistarte para un episodio sobre revenue management en hoteles independientes.

La grabación dura unos 40 minutos y la hacemos por videollamada. ¿Te animas? Podríamos grabar cualquier tarde de la semana del 20 de abril.

Un abrazo,
Gorka""",
      date="2026-04-10T12:00:00+02:00"),

    m(X, "radio_interview_fr", "fr", "France Bleu Pays Basque - Rédaction <redaction@radio-paysbasque.example.fr>",
      "Demande d'interview - émission du matin",
      """Bonjour Madame Etxeberria-Montalvo,

Dans le cadre de notre émission matinale consacrée au tourisme transfrontalier, nous souhaiterions vous interviewer (10 minutes, en direct par téléphone) sur l'évolution des congrès entre Bilbao et Biarritz.

Seriez-vous disponible le jeudi 7 mai vers 8h15 ?

Cordialement,
Élodie Etcheverry
Journaliste""",
      date="2026-04-29T16:20:00+02:00"),

    m(X, "user_research_interview_en", "en", "Sam at Tripnest Research <research@tripnest.example.de>",
      "Got 30 mins? Help us improve Tripnest (€40 voucher)",
      """Hi Lucía,

You recently booked a stay with Tripnest, and we'd love to hear about your experience. We're running 30-minute user research interviews over Zoom next week to understand how travellers plan group trips.

As a thank-you, you'll receive a €40 voucher. Book a slot here: https://research.tripnest.example.de/book

Thanks!
Sam, UX Research @ Tripnest""",
      fmt="alt", brand="Tripnest", date="2026-05-21T11:15:00+02:00",
      headers={"List-Unsubscribe": "<https://research.tripnest.example.de/unsub>"}),

    m(X, "candidate_survey_de", "de", "Alpenbahn Reisen Recruiting <umfrage@alpenbahn-reisen.example.de>",
      "Wie war Ihr Bewerbungsprozess? (2 Minuten)",
      """Sehr geehrte Frau Etxeberria-Montalvo,

Sie haben sich kürzlich bei der Alpenbahn Reisen GmbH beworben. Wir möchten unseren Bewerbungsprozess stetig verbessern und würden uns über Ihre Meinung freuen – unabhängig davon, wie Ihre Bewerbung ausgegangen ist.

Zur anonymen Umfrage: https://umfrage.alpenbahn-reisen.example.de/cx

Vielen Dank!
Ihr Recruiting-Team""",
      fmt="html", brand="Alpenbahn Reisen", contact="", date="2026-05-08T10:00:00+02:00"),

    m(X, "friend_own_rejection_es", "es", "Maite Agirre <maite.agirre@example.com>",
      "jo qué bajón",
      """Lucía!! Te cuento: me han dicho que no en lo de Iberdrola 😭 Después de 4 entrevistas me mandan un mail de dos líneas diciendo que "han decidido seguir con otros candidatos". Ni una llamada.

Bueno, ¿quedamos el viernes en el Casco Viejo y me lo cuentas tú lo tuyo? Que sé que tenías la entrevista de Palma.

Muxus
Maite""",
      date="2026-03-17T22:40:00+01:00", cte="base64"),

    m(X, "friend_interview_tips_en", "en", "Chloe Bennett <chloe.bennett@example.co.uk>",
      "Re: panel interview tips?",
      """Lu!! Ok so for my panel at the airline last year they asked me the classic "tell me about a time you missed a target". I totally blanked and yeah... they rejected me two days later lol. Prep a STAR story for that one.

You'll smash it x

Sent from my iPhone""",
      date="2026-02-14T23:05:00+00:00",
      quote=("gmail", LUCIA, "Chloe! I've got a panel interview with Fieldstone next week, any tips? x")),

    m(X, "friend_fr_entretien_rate", "fr", "Inès Laborde <ines.laborde@example.fr>",
      "devine quoi",
      """Coucou Lucía,

J'ai eu la réponse pour le poste à Bordeaux… refus 🙃 « Nous avons le regret de… » bref tu connais la chanson. Je crois que j'ai raté l'entretien quand ils m'ont demandé mes prétentions salariales.

Tu viens toujours à Biarritz le mois prochain ? On se fait un resto !

Bises,
Inès""",
      date="2026-05-27T19:30:00+02:00"),

    m(X, "correos_pedido_retrasado", "es", "Correos <notificaciones@correos.example.es>",
      "Tu envío PQ4B7X0098812 se ha retrasado",
      """Hola,

Lamentablemente tu envío PQ4B7X0098812 ha sufrido un retraso en el centro de tratamiento de Vitoria-Gasteiz. La nueva fecha estimada de entrega es el 26/02/2026.

Puedes seguir tu envío en https://www.correos.example.es/seguimiento

Disculpa las molestias.
Correos""",
      fmt="html", brand="Correos", date="2026-02-24T11:02:00+01:00"),

    m(X, "seur_entrega_fallida", "es", "SEUR <no-reply@seur.example.com>",
      "No hemos podido entregar tu pedido",
      """Hola Lucía,

Nuestro repartidor ha intentado entregar tu envío hoy a las 12:47 pero no había nadie en el domicilio. Puedes elegir una nueva fecha de entrega o recogerlo en un SEUR Pickup cercano.

Reprogramar entrega: https://www.seur.example.com/reprogramar

SEUR""",
      fmt="html", brand="SEUR", date="2026-04-15T13:00:00+02:00"),

    m(X, "gps_position_tracker", "en", "TrackMate <alerts@trackmate.example.com>",
      "Position update: Lucía's car left the zone \"Home\"",
      """Your device "Seat Ibiza 2019" reported a new position:

Position: 43.2630° N, 2.9350° W (Calle Ercilla, Bilbao)
Speed: 0 km/h
Time: 18 Jun 2026 08:42 CEST

Geofence "Home" exit detected.

Manage alerts in the TrackMate app.""",
      date="2026-06-18T08:43:00+02:00"),

    m(X, "mrw_pedido_en_camino", "es", "MRW <info@mrw.example.es>",
      "Tu pedido está en camino",
      """Hola,

Tu pedido de Zalando saldrá hoy en reparto. Franja estimada de entrega: 09:00 - 14:00.

Código de seguimiento: 0420 1122 3344

MRW""",
      date="2026-07-02T07:55:00+02:00", charset="iso-8859-1"),
]

HOUSEHOLD = [
    m(X, "banco_tarjeta_solicitud_recibida", "es", "Banco Norte <avisos@banco-norte.example.es>",
      "Hemos recibido tu solicitud de tarjeta de crédito",
      """Hola Lucía,

Hemos recibido correctamente tu solicitud de la Tarjeta Oro. Nuestro equipo de riesgos la estudiará y te comunicaremos la resolución en un plazo máximo de 5 días hábiles.

Número de solicitud: TC-2026-558120

Banco Norte""",
      fmt="html", brand="Banco Norte", contact="", date="2026-01-30T10:00:00+01:00"),

    m(X, "loan_application_received_en", "en", "Moneyapp <no-reply@moneyapp.example.com>",
      "We've received your loan application",
      """Hi Lucía,

Thanks for applying for a personal loan of €6,000. We've received your application and are reviewing it now. We'll let you know our decision within 24 hours.

Unfortunately, we can't speed up the review over chat.

The Moneyapp team""",
      fmt="html", brand="Moneyapp", date="2026-02-02T19:10:00+01:00"),

    m(X, "seguro_coche_solicitud", "es", "Seguros Mutua Norte <clientes@mutuanorte.example.es>",
      "Solicitud de presupuesto recibida – Seguro de coche",
      """Estimada clienta:

Hemos recibido su solicitud de presupuesto para el seguro de su vehículo SEAT IBIZA (matrícula 1234 KLM). Un agente se pondrá en contacto con usted en las próximas 48 horas.

Atentamente,
Seguros Mutua Norte""",
      contact="", date="2026-03-03T09:00:00+01:00", charset="windows-1252"),

    m(X, "alquiler_piso_rechazado", "es", "Inmobiliaria Abando <alquileres@inmo-abando.example.es>",
      "Piso en calle Licenciado Poza - solicitud",
      """Hola Lucía,

Te escribo sobre tu solicitud para el piso de Licenciado Poza. Lamentablemente el propietario ha decidido seguir adelante con otro inquilino que presentaba contrato indefinido, por lo que no podemos continuar con tu solicitud.

Si quieres, te aviso cuando tengamos otros pisos en Indautxu.

Un saludo,
Leire
Inmobiliaria Abando""",
      date="2026-02-27T13:20:00+01:00"),

    m(X, "master_admision_es", "es", "Admisiones Universidad Pública de Navarra <admisiones@upna.example.es>",
      "Resolución de admisión – Máster en Gestión Turística Sostenible",
      """Estimada Lucía:

Lamentamos comunicarle que, tras la valoración de méritos, su solicitud de admisión al Máster Universitario en Gestión Turística Sostenible para el curso 2026-2027 ha quedado en lista de espera (posición 7).

Le informaremos en caso de que se liberen plazas.

Servicio de Admisiones""",
      date="2026-06-26T14:00:00+02:00"),

    m(X, "msc_admission_en", "en", "Graduate Admissions <admissions@citybay-university.example.ac.uk>",
      "Your application to MSc Sustainability Reporting",
      """Dear Lucía,

Thank you for your application to the MSc Sustainability Reporting & Assurance programme. We regret to inform you that we are unable to offer you a place for the 2026/27 academic year, as the programme was significantly oversubscribed.

We wish you every success in your future studies.

Graduate Admissions Office""",
      date="2026-05-15T16:00:00+01:00"),

    m(X, "agencia_tributaria_renta", "es", "Agencia Tributaria <notificaciones@agenciatributaria.example.es>",
      "Aviso: nueva notificación en su Dirección Electrónica Habilitada",
      """Le informamos de que tiene una nueva notificación disponible en la Dirección Electrónica Habilitada única (DEHú) relativa a su declaración de la Renta 2025.

Puede acceder a ella con su certificado electrónico o Cl@ve.

Este es un mensaje automático, por favor no responda.""",
      date="2026-06-03T09:30:00+02:00", charset="iso-8859-1"),

    m(X, "seguridad_social_vida_laboral", "es", "Seguridad Social <noreply@seg-social.example.es>",
      "Su informe de vida laboral",
      """Estimado/a ciudadano/a:

Se adjunta el Informe de Vida Laboral solicitado a través de la Sede Electrónica de la Seguridad Social. Para abrir el documento utilice como contraseña su DNI.

Tesorería General de la Seguridad Social""",
      attach="Informe_vida_laboral.pdf", date="2026-02-20T10:12:00+01:00"),

    m(X, "ayuntamiento_cita_previa", "es", "Bilboko Udala - Ayuntamiento de Bilbao <citaprevia@bilbao.example.eus>",
      "Cita previa anulada - Empadronamiento",
      """Le confirmamos que su cita previa para el trámite «Empadronamiento / cambio de domicilio» del día 12/05/2026 a las 10:40 en la Oficina de Atención Ciudadana de Deusto ha sido ANULADA a petición suya.

Puede solicitar una nueva cita en www.bilbao.example.eus/citaprevia

Bilboko Udala / Ayuntamiento de Bilbao""",
      contact="", date="2026-05-09T18:00:00+02:00"),

    m(X, "renfe_billete", "es", "Renfe <venta@renfe.example.es>",
      "Confirmación de compra – Bilbao Abando > Madrid Chamartín",
      """Gracias por viajar con Renfe.

Localizador: X7TQ4P
Ida: 23/06/2026 · 07:15 Bilbao-Abando Indalecio Prieto → 12:05 Madrid-Chamartín-Clara Campoamor
Coche 4 · Plaza 08A · Tarifa Básico

Consulte las condiciones de cambio y anulación en renfe.com.""",
      fmt="html", brand="Renfe", contact="", date="2026-06-15T21:48:00+02:00"),

    m(X, "iberia_flight_rescheduled", "en", "Iberia <noreply@iberia.example.com>",
      "Important: your flight IB 0429 has been rescheduled",
      """Dear Ms Etxeberria-Montalvo,

We regret to inform you that your flight IB 0429 Bilbao - Madrid on 4 September 2026 has been rescheduled due to operational reasons.

New departure: 09:40 (previously 07:05)
New arrival: 10:50

If the new schedule doesn't suit you, you can change your flight free of charge or request a refund in Manage My Booking.

We apologise for the inconvenience.
Iberia""",
      fmt="html", brand="Iberia", date="2026-08-28T14:30:00+02:00"),

    m(X, "vueling_checkin", "es", "Vueling <info@vueling.example.com>",
      "Tu vuelo VY1435 a Ámsterdam: ¡haz el check-in!",
      """¡Hola Lucía!

Ya puedes hacer el check-in de tu vuelo VY1435 Bilbao – Ámsterdam del 10/07/2026. Salida 14:25.

Recuerda: equipaje de mano 40x20x30 cm.

¡Buen viaje!
Vueling""",
      fmt="html", brand="Vueling", date="2026-07-08T14:25:00+02:00",
      headers=bulk("<transactional.vueling.example.com>", "https://www.vueling.example.com/unsub")),

    m(X, "iberdrola_factura", "es", "Iberdrola Clientes <facturas@iberdrola.example.es>",
      "Tu factura de luz de marzo ya está disponible",
      """Hola Lucía,

Tu factura de electricidad del periodo 01/03/2026 - 31/03/2026 ya está disponible en tu Área Clientes.

Importe: 54,37 €
Fecha de cargo: 12/04/2026

Iberdrola""",
      fmt="html", brand="Iberdrola", contact="", date="2026-04-05T10:00:00+02:00", charset="windows-1252"),

    m(X, "movistar_cambio_tarifa", "es", "Movistar <comunicaciones@movistar.example.es>",
      "Cambios en tu tarifa a partir del 1 de agosto",
      """Hola,

Te informamos de que a partir del 1 de agosto tu tarifa miMovistar se actualiza. Si no estás de acuerdo, puedes darte de baja sin penalización antes de esa fecha.

Más información en movistar.es/condiciones

Movistar""",
      fmt="html", brand="Movistar", date="2026-06-30T12:00:00+02:00",
      headers=bulk("<comunicaciones.movistar.example.es>", "https://www.movistar.example.es/baja")),

    m(X, "gimnasio_clase_cancelada", "es", "Gimnasio Urban Fit Indautxu <reservas@urbanfit.example.es>",
      "Clase de spinning cancelada",
      """Hola Lucía,

Te avisamos de que la clase de Spinning del martes 19:00 con Iker ha sido cancelada por enfermedad del monitor. Tu reserva se ha anulado automáticamente y no se descontará de tu bono.

¡Nos vemos en la próxima!
Urban Fit Indautxu""",
      contact="", date="2026-05-19T15:10:00+02:00"),

    m(X, "alliance_test_placement", "fr", "Alliance Française de Bilbao <cours@af-bilbao.example.org>",
      "Votre entretien oral de positionnement",
      """Bonjour Lucía,

Suite à votre inscription au cours de perfectionnement C1, nous vous proposons un entretien oral de positionnement de 15 minutes le mercredi 9 septembre à 18h30, dans nos locaux.

Merci de confirmer votre présence.

L'équipe pédagogique
Alliance Française de Bilbao""",
      date="2026-09-01T11:00:00+02:00"),

    m(X, "antiguos_alumnos_newsletter", "es", "Asociación Antiguos Alumnos Deusto Business <alumni@deustobs.example.es>",
      "Alumni Newsletter · Octubre: networking y empleo",
      """Querida Lucía:

Este mes en la Asociación:
- Afterwork de networking en Bilbao (15/10) – inscripciones abiertas.
- Taller «Cómo gestionar el rechazo en procesos de selección senior».
- Bolsa de empleo: 34 ofertas nuevas exclusivas para alumni.

Darse de baja: https://alumni.deustobs.example.es/baja""",
      fmt="html", brand="Deusto Business Alumni", date="2026-10-01T09:00:00+02:00",
      headers=bulk("Alumni <alumni.deustobs.example.es>", "https://alumni.deustobs.example.es/baja")),

    m(X, "netflix_pago", "es", "Netflix <info@mailer.netflix.example.com>",
      "Actualiza tu información de pago",
      """Hola, Lucía:

No hemos podido procesar el pago de tu próxima mensualidad. Actualiza tu método de pago para seguir disfrutando de Netflix.

Actualizar pago: https://www.netflix.example.com/youraccount

El equipo de Netflix""",
      fmt="html", brand="Netflix", date="2026-08-12T06:00:00+02:00"),

    m(X, "spotify_wrapped_en", "en", "Spotify <no-reply@spotify.example.com>",
      "Your 2026 listening so far 🎧",
      """Hey Lucía,

Halfway through the year and you've streamed 412 hours. Your top artist: Zea Mays. Your top podcast: "The Career Pivot" – 38 episodes on job interviews and bouncing back from rejection.

Listen now: https://open.spotify.example.com/mid-year

Unsubscribe""",
      fmt="html", brand="Spotify", date="2026-07-01T18:00:00+02:00",
      headers=bulk("<marketing.spotify.example.com>", "https://www.spotify.example.com/unsub")),

    m(X, "besichtigung_abgesagt_de", "de", "Hausverwaltung Schwabing <vermietung@hv-schwabing.example.de>",
      "Besichtigungstermin Hohenzollernstraße abgesagt",
      """Sehr geehrte Frau Etxeberria-Montalvo,

leider müssen wir den Besichtigungstermin für die 2-Zimmer-Wohnung in der Hohenzollernstraße am Samstag absagen, da die Wohnung bereits vermietet wurde.

Mit freundlichen Grüßen
Hausverwaltung Schwabing""",
      date="2026-07-16T17:00:00+02:00", charset="iso-8859-1"),
]

OWN_AND_AUTO = [
    m(X, "own_sent_thanks_es", "es", LUCIA, "Gracias por la entrevista",
      """Hola Beatriz,

Muchas gracias por la entrevista de esta mañana. Me ha encantado conocer más sobre el proyecto de Grupo Urbasa y el equipo de cuentas clave. Quedo a vuestra disposición para lo que necesitéis.

Un saludo,
Lucía Etxeberria-Montalvo
+34 600 000 000""",
      to="Beatriz Olaizola <beatriz.olaizola@grupo-urbasa.example.com>", date="2026-02-17T13:20:00+01:00",
      headers={"X-Mailer": "Apple Mail (2.3774)"}),

    m(X, "own_sent_followup_en", "en", LUCIA, "Following up - Commercial Analyst application",
      """Dear Graham,

I hope you're well. I wanted to follow up on my interview for the Commercial Analyst - Network Pricing role. I missed our Teams call on 18 March because of a power cut in my building, and I'm very sorry for the inconvenience. I remain very interested and would be grateful for another opportunity.

Kind regards,
Lucía Etxeberria-Montalvo""",
      to="Graham Pike <graham.pike@northgate-airways.example.co.uk>", date="2026-03-18T16:00:00+01:00"),

    m(X, "own_sent_fr_relance", "fr", LUCIA, "Relance candidature Chargée de Pricing",
      """Bonjour,

Je me permets de vous relancer concernant ma candidature au poste de Chargée de Pricing Parkings & Services envoyée le 17 mars. Je reste très motivée et disponible pour un entretien.

Bien cordialement,
Lucía Etxeberria-Montalvo""",
      to="recrutement@aeroports-so.example.fr", date="2026-04-07T09:05:00+02:00"),

    m(X, "own_sent_de_absage_antwort", "de", LUCIA, "AW: Deine Bewerbung bei Reiseglück",
      """Hallo Jonas,

danke für die schnelle Rückmeldung, auch wenn es diesmal nicht geklappt hat. Falls ihr in Zukunft eine Stelle im Partnermanagement ausschreibt, würde ich mich freuen, wieder von euch zu hören.

Viele Grüße
Lucía""",
      to="Jonas von Rabe <jobs@reiseglueck.example.de>", date="2026-04-08T18:30:00+02:00",
      quote=("de", "Jonas von Rabe <jobs@reiseglueck.example.de>",
             "Hallo Lucía,\n\ndanke dir für deine Bewerbung als Customer Success Managerin bei uns!\nWir haben uns am Ende leider für jemand anderen entschieden."),
      quote_days=0),

    m(X, "ooo_recruiter_es", "es", "Nerea Sáez <nerea.saez@talentiaplus.example.com>",
      "Respuesta automática: Re: Feedback cliente",
      """Hola,

Estoy fuera de la oficina hasta el 6 de abril con acceso limitado al correo. Para cualquier tema urgente, puedes escribir a seleccion@talentiaplus.example.com.

Gracias,
Nerea""",
      date="2026-03-31T09:00:00+02:00",
      headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}),

    m(X, "ooo_recruiter_de", "de", "Katrin Vogel <katrin.vogel@tripnest.example.de>",
      "Abwesenheitsnotiz: Re: Unser Termin heute um 11 Uhr",
      """Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 14. Juni nicht im Büro und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an people@tripnest.example.de.

Thank you for your message. I'm out of office until 14 June.

Katrin Vogel""",
      date="2026-06-01T08:00:00+02:00", charset="iso-8859-1",
      headers={"Auto-Submitted": "auto-replied"}),

    m(X, "ooo_recruiter_en", "en", "Rob Kennedy <rob.kennedy@bluecrestsearch.example.ie>",
      "Automatic reply: Dublin role",
      """Thanks for your email. I'm on annual leave until Monday 10th August. If your query relates to an interview or offer, please contact my colleague Aoife on aoife@bluecrestsearch.example.ie.

Rob Kennedy""",
      date="2026-07-31T10:00:00+01:00", headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}),

    m(X, "gcal_standup_notification", "en", "Google Calendar <calendar-notification@google.com>",
      "Notification: Daily standup - volunteer events team @ Mon Sep 14, 2026 9:30am - 9:45am (CEST)",
      """Daily standup - volunteer events team
Monday Sep 14, 2026 ⋅ 9:30am – 9:45am (Central European Time - Madrid)
Joining info: meet.google.com/abc-defg-hij

Organizer: Naiara Uriarte
View all event details: https://calendar.google.com/calendar/event?eid=xyz

Invitation from Google Calendar. You are receiving this email because you are subscribed to notifications for calendar lucia.etxeberria@example.es.""",
      date="2026-09-14T09:20:00+02:00", fmt="alt", brand="Google Calendar", track="calendar.google.com"),

    m(X, "outlook_reminder_asociacion", "es", "Naiara Uriarte <naiara@bilbaoeventsvoluntarios.example.org>",
      "Actualizado: Reunión semanal voluntariado BBK Live",
      """Hola a todas,

Muevo la reunión semanal del voluntariado del BBK Live al jueves a las 19:30, que el miércoles hay partido 😅 Os mando la invitación actualizada.

Naiara""",
      date="2026-06-22T12:00:00+02:00",
      ics={"uid": "voluntariado-bbklive-weekly@bilbaoeventsvoluntarios.example.org", "sequence": 2,
           "start": "20260625T173000Z", "end": "20260625T183000Z", "summary": "Reunión semanal voluntariado",
           "prodid": "-//Google Inc//Google Calendar 70.9054//EN"}),

    m(X, "language_course_es", "es", "Escuela de Idiomas Ercilla <secretaria@idiomas-ercilla.example.es>",
      "Matrícula confirmada – Alemán A2 intensivo",
      """Hola Lucía:

Tu matrícula en el curso Alemán A2 intensivo (lunes y miércoles, 19:00-21:00) está confirmada. Empezamos el 5 de octubre.

¡Bis bald!
Secretaría – Escuela de Idiomas Ercilla""",
      date="2026-09-20T11:00:00+02:00"),

    m(X, "lanbide_curso_formacion", "es", "Lanbide <lanbide@lanbide.example.eus>",
      "Nuevos cursos de formación para personas demandantes de empleo",
      """Egun on / Buenos días:

Te informamos de la nueva oferta de cursos gratuitos de formación para personas demandantes de empleo en Bizkaia: Análisis de datos con Excel avanzado, Power BI para negocio, Sostenibilidad y reporting ESG.

Inscripciones en la web de Lanbide hasta el 30 de septiembre.

Lanbide – Servicio Vasco de Empleo""",
      fmt="html", brand="Lanbide", date="2026-09-08T10:00:00+02:00", charset="iso-8859-1",
      headers=bulk("<boletin.lanbide.example.eus>", "https://www.lanbide.example.eus/baja")),

    m(X, "salon_emploi_toulouse_fr", "fr", "Forum Emploi Tourisme Toulouse <contact@forum-emploi-tourisme.example.fr>",
      "J-7 : le Forum Emploi Tourisme ouvre ses portes",
      """Bonjour,

Plus que 7 jours avant le Forum Emploi Tourisme de Toulouse ! 60 recruteurs, des mini-entretiens de 10 minutes sur place, des ateliers CV et un espace « rebondir après un refus ».

Entrée gratuite sur inscription : https://forum-emploi-tourisme.example.fr/inscription

Se désabonner""",
      fmt="html", brand="Forum Emploi Tourisme", date="2026-10-05T09:00:00+02:00",
      headers=bulk("<forum-emploi-tourisme.example.fr>", "https://forum-emploi-tourisme.example.fr/unsub")),

    m(X, "fr_gite_reservation", "fr", "Gîtes du Pays Basque <reservation@gites-paysbasque.example.fr>",
      "Confirmation de votre réservation à Espelette",
      """Bonjour Madame Etxeberria-Montalvo,

Nous avons le plaisir de confirmer votre réservation du gîte « Xoko Ona » à Espelette du 14 au 16 août 2026 pour 2 personnes.

Arrivée à partir de 16h. Le solde est à régler sur place.

À très bientôt,
Gîtes du Pays Basque""",
      date="2026-07-20T10:00:00+02:00"),

    m(X, "de_bank_kreditantrag", "de", "Digitalbank <kundenservice@digitalbank.example.de>",
      "Ihr Kreditantrag ist eingegangen",
      """Hallo Lucía,

wir haben Ihren Antrag auf einen Dispositionskredit erhalten und prüfen ihn gerade. Sie erhalten unsere Entscheidung innerhalb von 2 Werktagen in der App.

Ihr Kundenservice""",
      fmt="html", brand="Digitalbank", contact="", date="2026-08-19T09:30:00+02:00"),
]

MESSAGES = ALERTS + OUTREACH_AND_MEANINGS + HOUSEHOLD + OWN_AND_AUTO
