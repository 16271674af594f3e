"""Mail that is not about the candidate's own applications ("other"), in all four languages
(data only): alerts, newsletters, cold outreach, other senses of the words, everyday life."""

from __future__ import annotations

from msgs91_base import CANDIDATE, m

OTHER = "other"
LIST = {"List-Id": "<boletin.example.org>", "List-Unsubscribe": "<https://lists.example.org/u/91>",
        "Precedence": "bulk"}

MESSAGES = [
    # --- Spanish ---
    m(OTHER, "laborum_alerta", "es",
      ("Laborum", "alertas@laborum.example.cl"),
      "12 nuevos empleos de Ingeniero de Mantenimiento en Antofagasta",
      """Hola Ignacio, estos son los avisos nuevos para tu búsqueda "ingeniero mantenimiento":

Ingeniero de Mantenimiento Mecánico - Minera Los Pelambres Sur - Antofagasta - Postula
Planificador de Mantenimiento - Servicios Industriales Atacama - Calama - Postula
Jefe de Turno Mantenimiento Planta - Confidencial - Sierra Gorda - Postula
Ingeniero Confiabilidad - Transportes Mineros del Loa - Antofagasta - Postula

Ver los 12 avisos: https://www.laborum.example.cl/empleos-busqueda-ingeniero-mantenimiento

Para dejar de recibir estas alertas, haz clic aquí.""",
      fmt="html", headers={"List-Unsubscribe": "<https://www.laborum.example.cl/unsub>"}),

    m(OTHER, "linkedin_digest_es", "es",
      ("LinkedIn Empleos", "jobalerts-noreply@linkedin.example.com"),
      "“gestión de activos”: 8 empleos nuevos en Chile",
      """Tu alerta de empleo para gestión de activos en Chile

Asset Management Engineer · Enerlux Chile · Santiago (híbrido)
Especialista Confiabilidad · Minera Escondida Sur · Antofagasta
Ingeniero Senior Integridad de Activos · Transelec Norte · Santiago
Responsable O&M Parque Solar · Sunwise Andes · Copiapó

Ver todos los empleos
Estás recibiendo alertas de empleo. Cancelar suscripción · Ayuda""",
      fmt="html", headers={"List-Unsubscribe": "<https://www.linkedin.example.com/e/unsub>"}),

    m(OTHER, "newsletter_rechazo_consejos", "es",
      ("Boletín Carrera Minera", "boletin@carreraminera.example.org"),
      "¿Te rechazaron después de la entrevista? 5 cosas que puedes hacer",
      """EDICIÓN N° 142 · Marzo 2026

¿Te rechazaron después de la entrevista final? No eres el único. Según nuestra encuesta, el 68% de los profesionales de minería recibió al menos un "lamentablemente no continuaremos con tu proceso" este año.

1. Pide retroalimentación (con respeto y brevedad).
2. Agradece la entrevista: la mina es chica y las personas se cruzan.
3. Si no te presentaste a una entrevista, escribe de inmediato disculpándote.
4. Revisa tu CV para procesos con ATS.
5. Mantén contacto con el headhunter.

Leer el artículo completo: https://carreraminera.example.org/blog/rechazo

Recibes este boletín porque te suscribiste en carreraminera.example.org. Darte de baja.""",
      fmt="alt", headers=LIST),

    m(OTHER, "headhunter_cold_sin_entrevista", "es",
      ("Ignacia Montt", "imontt@cumbretalent.example.cl"),
      "Oportunidades en energía 2026",
      """Hola Ignacio,

Soy Ignacia, de Cumbre Talent. Nos especializamos en cargos de mantenimiento y confiabilidad en minería y energía en Chile y Perú.

Te escribo para presentarme y contarte que este año tenemos muchos mandatos en proyectos de hidrógeno verde y almacenamiento. Si algún día te interesa explorar el mercado, puedes subir tu CV a nuestra base en https://cumbretalent.example.cl/cv.

Te dejo invitado a seguirnos en LinkedIn.

Saludos cordiales,
Ignacia Montt
Cumbre Talent"""),

    m(OTHER, "radio_entrevista", "es",
      ("Radio Bío Norte", "prensa@radiobionorte.example.cl"),
      "Entrevista radial - seguridad en faenas",
      """Hola Ignacio, te escribo de Radio Bío Norte de Antofagasta. Estamos preparando un especial sobre seguridad en faenas mineras y un colega nos recomendó hablar contigo por tu experiencia en HSE.

¿Podrías darnos una entrevista en vivo de 10 minutos el lunes a las 8:30 en el programa "Buenos Días Norte"? Puede ser por teléfono.

Saludos,
Carla Godoy
Periodista - Radio Bío Norte"""),

    m(OTHER, "amigo_rechazo_propio", "es",
      ("Seba Carrasco", "seba.carrasco@example.cl"),
      "uf",
      """Nacho!! Te cuento que me rechazaron de la pega en la eléctrica, la del jefe de subestaciones. Me mandaron el típico "lamentablemente hemos decidido seguir con otros candidatos" después de 4 entrevistas y un caso técnico. Estoy chato.

¿Un asado el sábado para pasar la pena? Y me cuentas cómo te va a ti con lo de Calama.

Abrazo
Seba"""),

    m(OTHER, "mercadolibre_retraso", "es",
      ("Mercado Libre", "no-responder@mercadolibre.example.cl"),
      "Tu compra llegará más tarde de lo previsto",
      """Hola Ignacio,

Lamentablemente tu paquete con "Zapatos de seguridad dieléctricos talla 42" viene con retraso. Ahora llegará entre el jueves y el lunes.

Te pedimos disculpas. Puedes seguir el envío desde Mis compras.

Mercado Libre""",
      fmt="html"),

    m(OTHER, "chilexpress_posicion", "es",
      ("Chilexpress", "notificaciones@chilexpress.example.cl"),
      "Tu envío 99182773 está en camino",
      """Hola IGNACIO,

Tu envío N° 99182773 salió a reparto. Posición actual del vehículo: Av. Angamos 0610, Antofagasta. Hora estimada de entrega: 14:00 - 18:00.

Sigue tu envío en tiempo real en la app.

Chilexpress"""),

    m(OTHER, "banco_solicitud_credito", "es",
      ("BancoEstado Digital", "contacto@bancoestado-digital.example.cl"),
      "Hemos recibido tu solicitud de crédito de consumo",
      """Estimado(a) Ignacio:

Hemos recibido tu solicitud de Crédito de Consumo N° 5520031. Nuestro equipo la evaluará y te informaremos el resultado en un plazo máximo de 48 horas hábiles.

Recuerda que nunca te solicitaremos tus claves por correo.

BancoEstado Digital""",
      fmt="alt"),

    m(OTHER, "arriendo_postulacion_rechazada", "es",
      ("Propiedades Costanera", "arriendos@propcostanera.example.cl"),
      "Postulación departamento Av. Grecia 1480",
      """Estimado Ignacio,

Gracias por postular al arriendo del departamento de Av. Grecia 1480, depto 1203. Lamentablemente el propietario decidió arrendarlo a otro postulante que presentó antecedentes antes.

Te avisaremos si se libera otra propiedad con características similares.

Saludos,
Propiedades Costanera"""),

    m(OTHER, "sii_declaracion", "es",
      ("SII", "notificaciones@sii.example.cl"),
      "Operación Renta 2026: su declaración fue recibida",
      """Señor(a) IGNACIO TUPA-VILLALOBOS, RUT 16.555.321-K:

Su Declaración de Impuestos Anuales a la Renta, Formulario 22, folio 88211932, fue recibida correctamente y se encuentra en proceso.

Servicio de Impuestos Internos""",
      charset="iso-8859-1"),

    m(OTHER, "enel_boleta", "es",
      ("Enel Clientes", "boleta@enel-clientes.example.cl"),
      "Tu boleta de marzo ya está disponible",
      """Hola Ignacio,
Tu boleta N° 320019 por $38.420 vence el 18/03/2026. Paga en línea y evita el corte.
Enel""",
      fmt="html"),

    m(OTHER, "latam_checkin", "es",
      ("LATAM Airlines", "info@latam-mail.example.com"),
      "Ignacio, ya puedes hacer check-in para tu vuelo a Calama",
      """Hola Ignacio,

Tu vuelo LA 342 Santiago (SCL) - Calama (CJC) sale el 14 de abril a las 06:40. Ya puedes hacer check-in y elegir tu asiento.

Tarjeta de embarque: disponible en la app.

LATAM Airlines""",
      fmt="html"),

    m(OTHER, "entel_plan", "es",
      ("Entel", "clientes@entel.example.cl"),
      "Cambio en tu plan móvil",
      """Ignacio, a partir del próximo ciclo tu plan tendrá 20 GB adicionales sin costo. No necesitas hacer nada.
Entel"""),

    m(OTHER, "gimnasio_clase", "es",
      ("Gimnasio Pacífico", "hola@gimnasiopacifico.example.cl"),
      "Tu clase de spinning fue cancelada",
      """Hola Ignacio, la clase de spinning de las 19:30 de hoy fue cancelada por falta del instructor. Te devolvimos el cupo a tu plan. ¡Nos vemos mañana!
Gimnasio Pacífico"""),

    m(OTHER, "clases_ingles_entrevista", "es",
      ("English Now Antofagasta", "cursos@englishnow.example.cl"),
      "Taller: cómo responder entrevistas de trabajo en inglés",
      """Hola Ignacio!

Este sábado tenemos el taller "Job interviews in English" para profesionales de minería: practicaremos preguntas típicas de entrevistas, cómo hablar de tus logros y cómo responder a "why should we hire you?".

Cupos limitados, inscríbete aquí: https://englishnow.example.cl/talleres

English Now""",
      fmt="alt", headers={"List-Unsubscribe": "<mailto:baja@englishnow.example.cl>"}),

    m(OTHER, "alumni_universidad", "es",
      ("Red Alumni Ingeniería UCN", "alumni@ucn-ing.example.cl"),
      "Encuentro de egresados y feria laboral minera 2026",
      """Estimado egresado:

Te invitamos al Encuentro de Egresados de Ingeniería y Feria Laboral Minera, el jueves 21 de mayo en el Aula Magna. Más de 30 empresas estarán recibiendo CV y realizando entrevistas breves en sus stands.

Confirma tu asistencia en el formulario.

Red Alumni Ingeniería""",
      fmt="html", headers=LIST),

    m(OTHER, "candidato_enviado_propio", "es",
      CANDIDATE, "Postulación Ingeniero de Confiabilidad - Ignacio Tupa-Villalobos",
      """Estimada Sra. Rojas:

Junto con saludar, le envío mi CV para el cargo de Ingeniero de Confiabilidad publicado en su portal. Tengo 9 años de experiencia en mantenimiento de plantas concentradoras y gestión de activos (ISO 55001).

Quedo atento a su respuesta y disponible para una entrevista.

Saludos cordiales,
Ignacio Tupa-Villalobos
+56 9 5555 3390""",
      sent=True, to=("Valentina Rojas", "vrojas@cobreandino.example.cl")),

    m(OTHER, "fuera_de_oficina_reclutadora", "es",
      ("Macarena Soto", "msoto@kawesqar.example.cl"),
      "Respuesta automática: Re: entrevista",
      """Hola, estoy fuera de la oficina hasta el lunes 23 de febrero con acceso limitado al correo. Para temas urgentes contactar a contacto@kawesqar.example.cl.

Saludos,
Macarena Soto""",
      headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}),

    m(OTHER, "seguro_auto_soap", "es",
      ("Seguros Andes", "soap@segurosandes.example.cl"),
      "Tu SOAP 2026 está listo",
      """Ignacio, tu Seguro Obligatorio (SOAP) para la patente KLTR-21 fue emitido correctamente. Descarga tu póliza desde el sitio.
Seguros Andes"""),

    m(OTHER, "afip_monotributo", "es",
      ("AFIP", "avisos@afip.example.gob.ar"),
      "Aviso de vencimiento",
      """Estimado contribuyente: le recordamos que el 20/04 vence la presentación de la declaración jurada correspondiente. Ingrese con su Clave Fiscal.
AFIP"""),

    m(OTHER, "encuesta_investigacion_usuarios", "es",
      ("Equipo de Producto Trabajando.com", "research@trabajando.example.com"),
      "¿Nos ayudas con una entrevista de 30 minutos?",
      """Hola Ignacio,

Estamos rediseñando la forma en que los candidatos siguen sus postulaciones y queremos aprender de tu experiencia. ¿Te gustaría participar en una entrevista de investigación de usuarios de 30 minutos por videollamada? Como agradecimiento te daremos una gift card de $15.000.

Agenda aquí si te interesa: https://research.trabajando.example.com/agenda

Equipo de Producto""",
      fmt="alt"),

    m(OTHER, "calendario_daily_standup", "es",
      ("Google Calendar", "calendar-notification@google.example.com"),
      "Recordatorio: Daily proyecto voluntariado solar @ lun 9:00 - 9:15",
      """Recordatorio del evento

Daily proyecto voluntariado solar
lunes 9:00 - 9:15 (hora de Chile)
Google Meet: https://meet.example.com/abc-defg-hij

Invitados: Ignacio Tupa-Villalobos, Seba Carrasco, Colectivo Sol Comunitario

Recibes este correo porque tienes activadas las notificaciones en Google Calendar.""",
      fmt="alt"),

    m(OTHER, "postgrado_admision", "es",
      ("Admisión Magíster", "admision@magister-energia.example.cl"),
      "Resultado de tu postulación al Magíster en Gestión Energética",
      """Estimado Ignacio,

Lamentamos informarte que tu postulación al Magíster en Gestión Energética 2026 no fue aceptada debido al alto número de postulantes. Te invitamos a postular nuevamente en la convocatoria de julio.

Comité Académico""",
      charset="iso-8859-1"),

    m(OTHER, "arriendo_aviso_pago", "es",
      ("Arriendos Don Pedro", "cobranza@arriendosdonpedro.example.cl"),
      "Recordatorio pago arriendo abril",
      """Sr. Tupa, le recordamos que el arriendo de abril vence el día 5. Transferencia a la cuenta de siempre. Gracias.
Administración"""),

    # --- English ---
    m(OTHER, "indeed_digest", "en",
      ("Indeed", "alert@indeed.example.com"),
      "Reliability Engineer jobs near Remote",
      """Reliability Engineer - Remote
15 new jobs from your job alert

Reliability Engineer II - Apex Renewables - Remote (US) - $110,000 - $135,000 a year
Senior Maintenance Planner - Ironstone Mining - Elko, NV
Asset Integrity Engineer - Blue Ridge Pipeline - Remote

See all jobs: https://www.indeed.example.com/jobs?q=reliability+engineer

Unsubscribe | Privacy | Indeed, 6433 Champion Grandview Way, Austin, TX""",
      fmt="html", headers={"List-Unsubscribe": "<https://www.indeed.example.com/unsub>"}),

    m(OTHER, "podcast_interview_request", "en",
      ("Hannah Cole", "hannah@minecasts.example.com"),
      "Interview request - The Reliability Hour podcast",
      """Hi Ignacio,

I host The Reliability Hour, a podcast for maintenance and reliability professionals in mining. I saw your conference talk on conveyor failure modes in Lima and would love to interview you for an upcoming episode.

Recording takes about 45 minutes over Zoom. Would any afternoon in the week of 18 May work?

Cheers,
Hannah Cole
Host, The Reliability Hour"""),

    m(OTHER, "newsletter_missed_interview", "en",
      ("The Mining Careers Digest", "digest@miningcareers.example.org"),
      "This week: what to do if you miss an interview",
      """THE MINING CAREERS DIGEST · Issue 88

Missed an interview? Here's how to recover
It happens: time zones, flat tyres, a shift that ran over. Write to the recruiter the same day, apologise without excuses and offer two new times.

Also this week: Why "we regret to inform you" isn't the end, and how to negotiate a FIFO offer.

Read online | Unsubscribe | Update preferences""",
      fmt="html", headers={"List-Id": "Mining Careers Digest <digest.miningcareers.example.org>",
                           "List-Unsubscribe": "<https://miningcareers.example.org/unsub>"}),

    m(OTHER, "recruiter_marketing_no_ask", "en",
      ("Ben Harrington", "ben.h@apexenergyrecruit.example.com"),
      "Market update: reliability salaries 2026",
      """Hi Ignacio,

Hope all is well! Sharing our 2026 salary guide for reliability and maintenance professionals in mining & energy - rates in Chile and Peru have moved quite a bit this year.

Download here: https://apexenergyrecruit.example.com/salary-guide-2026

If you ever want to talk about the market, my door's always open.

Best,
Ben Harrington
Principal Consultant | Apex Energy Recruitment""",
      fmt="alt"),

    m(OTHER, "user_research_tool", "en",
      ("Fiixly Research", "research@fiixly.example.com"),
      "Share your CMMS experience (45-min interview, $75 gift card)",
      """Hi Ignacio,

We're talking to maintenance planners about how they schedule work orders and we'd love to hear about your experience. The user research interview takes 45 minutes over Zoom and you'll receive a $75 gift card.

Pick a time: https://fiixly.example.com/research/book

Thanks!
The Fiixly Research team""",
      fmt="html"),

    m(OTHER, "press_interview_trade_magazine", "en",
      ("Rob Jansen", "rjansen@miningweeklyreview.example.com"),
      "Quick question for an article",
      """Ignacio,

I'm writing a piece for Mining Weekly Review on lithium brine operations and water use in the Atacama. Could I interview you by phone for 15 minutes this week? Happy to quote you by name or anonymously.

Rob Jansen
Senior Reporter"""),

    m(OTHER, "spotify_wrapped", "en",
      ("Spotify", "no-reply@spotify.example.com"),
      "Your mid-year listening is here",
      """Ignacio, you listened to 212 hours of music so far this year. Your top podcast: The Reliability Hour.
See your stats in the app.""",
      fmt="html"),

    m(OTHER, "ooo_recruiter_en", "en",
      ("Morgan Ellis", "morgan.ellis@coastlinecopper.example.ca"),
      "Automatic reply: Coastline Copper - Panel interview",
      """Thank you for your email. I am out of the office until Monday, April 27 with limited access to email. For urgent matters please contact talent@coastlinecopper.example.ca.

Morgan Ellis""",
      headers={"Auto-Submitted": "auto-replied"}),

    m(OTHER, "standup_calendar_invite", "en",
      ("Marcus Lee", "marcus.lee@opengrid-collective.example.org"),
      "Invitation: Weekly standup - OpenGrid volunteers @ Weekly on Tuesday 18:00",
      """Marcus Lee has invited you to a recurring event.

Weekly standup - OpenGrid volunteers
Weekly on Tuesday 18:00 - 18:20 (CLT)
Join: https://meet.example.com/opengrid-standup""",
      ics={"start": "20260602T220000Z", "end": "20260602T222000Z", "organizer": "marcus.lee@opengrid-collective.example.org",
           "cn": "Marcus Lee", "summary": "Weekly standup - OpenGrid volunteers", "location": "Google Meet"}),

    m(OTHER, "own_sent_followup_en", "en",
      CANDIDATE, "Following up - Reliability Engineer application",
      """Hi Morgan,

I hope you're well. I wanted to follow up on the panel interview that was paused, and to check whether there is any news on new dates.

Thanks again,
Ignacio""",
      sent=True, to=("Morgan Ellis", "morgan.ellis@coastlinecopper.example.ca")),

    m(OTHER, "credit_card_application", "en",
      ("Northbank Cards", "cards@northbank.example.com"),
      "We've received your application",
      """Dear Ignacio,

Thank you for applying for the Northbank World Elite card. We've received your application and will let you know our decision within 7 business days. Unfortunately, we are unable to process applications without proof of address, so please upload it in the app.

Northbank Cards""",
      fmt="alt"),

    m(OTHER, "gps_position_tracker", "en",
      ("TrackSafe", "alerts@tracksafe.example.com"),
      "Position update: Vehicle HLX-04",
      """Your vehicle HLX-04 reported a new position at 14:22 UTC: -23.6509, -70.3975 (Antofagasta). Speed 0 km/h. Ignition off.
TrackSafe Fleet Alerts"""),

    m(OTHER, "glassdoor_community", "en",
      ("Glassdoor Community", "community@glassdoor.example.com"),
      "Trending in Mining & Metals: 'Rejected after final round, ask for feedback?'",
      """Trending in your bowls

Mining & Metals · "Got rejected after the final round at a major copper miner. Should I ask for feedback?" · 48 comments
Energy Professionals · "Offer negotiation for FIFO roles, what's normal?" · 21 comments

Open Glassdoor to join the conversation. Unsubscribe from community emails.""",
      fmt="html", headers={"List-Unsubscribe": "<https://glassdoor.example.com/unsub>"}),

    m(OTHER, "university_admission_en", "en",
      ("Graduate Admissions", "gradadmissions@westcoastuni.example.edu"),
      "Your application decision",
      """Dear Ignacio,

Thank you for applying to the MEng in Mining Engineering (Sustainable Resources) program. After careful review, the admissions committee is pleased to offer you admission for the September 2026 intake.

Please log in to the applicant portal to accept your offer by June 15.

Graduate Admissions Office""",
      fmt="alt"),

    m(OTHER, "netflix_payment", "en",
      ("Netflix", "info@mailer.netflix.example.com"),
      "Update your payment information",
      """Hi Ignacio, we're having some trouble with your current billing information. We'll try again, but in the meantime you may want to update your payment details.
The Netflix team""",
      fmt="html"),

    # --- French ---
    m(OTHER, "wttj_alerte", "fr",
      ("Welcome to the Jungle", "alertes@welcometothejungle.example.com"),
      "8 nouvelles offres qui pourraient vous plaire",
      """Bonjour Ignacio,

Voici les offres de la semaine pour « ingénieur fiabilité » :

Ingénieur Fiabilité Parc Éolien - Vent d'Ouest - Nantes
Responsable Maintenance Site Industriel - Ciments du Rhône - Lyon
Chef de Projet Stockage Batteries - Voltia - Paris

Voir toutes les offres · Se désabonner""",
      fmt="html", headers={"List-Unsubscribe": "<https://welcometothejungle.example.com/unsub>"}),

    m(OTHER, "podcast_fr", "fr",
      ("Élodie Bernard", "elodie@energies-podcast.example.fr"),
      "Interview pour notre podcast",
      """Bonjour Ignacio,

Je produis « Énergies d'ailleurs », un podcast sur la transition énergétique en Amérique latine. Accepteriez-vous une interview d'une demi-heure sur les projets solaires dans le désert d'Atacama ?

Bien à vous,
Élodie Bernard"""),

    m(OTHER, "newsletter_cadres", "fr",
      ("La Lettre des Cadres", "lettre@cadres-actu.example.fr"),
      "Refus après entretien : comment rebondir",
      """LA LETTRE DES CADRES - n° 311

Refus après entretien : comment rebondir
Recevoir un « nous avons le regret de vous informer » après trois entretiens est frustrant. Nos conseils pour demander un retour et garder le contact.

Aussi : bien préparer un entretien en visio.

Se désinscrire""",
      fmt="html", charset="iso-8859-1", headers=LIST),

    m(OTHER, "colis_retard_fr", "fr",
      ("Colissimo", "suivi@colissimo.example.fr"),
      "Votre colis est retardé",
      """Bonjour, malheureusement votre colis 6A1928374 a pris du retard. Nouvelle date de livraison estimée : 14 mai.
Colissimo"""),

    m(OTHER, "ami_refus_fr", "fr",
      ("Antoine Faure", "antoine.faure@example.fr"),
      "nouvelles",
      """Salut Ignacio,

Petite nouvelle : j'ai eu une réponse négative de la boîte de Grenoble, « votre profil ne correspond pas à nos besoins actuels », après deux entretiens. Bref. Je continue !

Et toi, ça avance au Chili ? Tu me racontes.

Antoine"""),

    # --- German ---
    m(OTHER, "stepstone_jobagent", "de",
      ("StepStone Jobagent", "jobagent@stepstone.example.de"),
      "Neue Jobs für „Instandhaltungsplaner“",
      """Hallo Ignacio,

Ihr Jobagent hat 9 neue Stellen gefunden:

Instandhaltungsplaner (m/w/d) - Chemiepark Rhein - Leverkusen
Reliability Engineer (m/w/d) - Windpark Service Nord - Hamburg
Teamleiter Instandhaltung - Zementwerk Eifel - Mayen

Alle Jobs ansehen · Jobagent abbestellen""",
      fmt="html", headers={"List-Unsubscribe": "<https://stepstone.example.de/unsub>"}),

    m(OTHER, "xing_news_absage", "de",
      ("Karriere-Newsletter", "news@karriere-impulse.example.de"),
      "Absage nach dem Vorstellungsgespräch? So reagieren Sie richtig",
      """Karriere-Impulse · Ausgabe 23/2026

Absage nach dem Vorstellungsgespräch? So reagieren Sie richtig
„Leider müssen wir Ihnen mitteilen …“ - kaum ein Satz ist so frustrierend. Unsere Tipps, wie Sie um Feedback bitten.

Weitere Themen: Gehaltsverhandlung, Einladung zum Assessment Center.

Newsletter abbestellen""",
      fmt="html", charset="windows-1252", headers=LIST),

    m(OTHER, "paket_verspaetet", "de",
      ("DHL Paket", "noreply@dhl.example.de"),
      "Ihre Sendung verzögert sich",
      """Guten Tag, leider verzögert sich die Zustellung Ihrer Sendung 00340434. Neue voraussichtliche Zustellung: Donnerstag.
Ihr DHL Team"""),

    m(OTHER, "interview_fachzeitschrift", "de",
      ("Katrin Vogel", "k.vogel@bergbau-magazin.example.de"),
      "Interviewanfrage Bergbau Magazin",
      """Sehr geehrter Herr Tupa-Villalobos,

für unsere Juni-Ausgabe zum Thema Lithiumabbau in Südamerika würden wir gerne ein kurzes Interview mit Ihnen führen (ca. 20 Minuten, telefonisch). Hätten Sie in der kommenden Woche Zeit?

Mit freundlichen Grüßen
Katrin Vogel
Redaktion Bergbau Magazin"""),

    m(OTHER, "abwesenheit_recruiterin", "de",
      ("Lena Hoffmann", "lena.hoffmann@windkraft-nordsee.example.de"),
      "Abwesenheitsnotiz: Terminverschiebung",
      """Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 15. Mai nicht im Büro. In dringenden Fällen wenden Sie sich bitte an recruiting@windkraft-nordsee.example.de.

Viele Grüße
Lena Hoffmann""",
      headers={"Auto-Submitted": "auto-replied"}),
    m(OTHER, "red_movilidad_recarga", "es",
      ("Red Movilidad", "contacto@red-movilidad.example.cl"),
      "Carga exitosa de tu tarjeta bip!",
      """Hola, la carga de $10.000 en tu tarjeta bip! terminada en 4471 se realizó con éxito. Recuerda activarla en un tótem o validador de Metro de Santiago.
Red Movilidad"""),

    m(OTHER, "bcp_tarjeta_credito", "es",
      ("BCP", "avisos@viabcp.example.pe"),
      "Tu solicitud de tarjeta de crédito está en evaluación",
      """Estimado cliente:

Recibimos tu solicitud de Tarjeta de Crédito Visa Signature. Lamentablemente no podemos darte una respuesta inmediata; te informaremos el resultado de la evaluación crediticia en un máximo de 5 días hábiles.

Banco de Crédito BCP""",
      fmt="html", charset="iso-8859-1"),

    m(OTHER, "sunat_clave_sol", "es",
      ("SUNAT", "notificaciones@sunat.example.gob.pe"),
      "Constancia de presentación - Renta de cuarta categoría",
      """Se ha registrado la constancia de presentación N° 750012233 correspondiente al periodo 2026-03. Puede consultarla en SUNAT Operaciones en Línea con su Clave SOL.
SUNAT"""),

    m(OTHER, "sky_vuelo_retrasado", "es",
      ("SKY Airline", "vuelos@skyairline.example.com"),
      "Cambio de horario en tu vuelo H2 142",
      """Hola Ignacio,

Lamentablemente tu vuelo H2 142 Antofagasta - Santiago del 3 de julio presenta un retraso. Nueva hora de salida: 21:35. Si el nuevo horario no te acomoda, puedes cambiar tu vuelo sin costo.

SKY Airline""",
      fmt="alt"),

    m(OTHER, "aguas_andinas_corte", "es",
      ("Aguas Andinas", "clientes@aguasandinas.example.cl"),
      "Aviso de corte programado",
      """Estimado cliente: el miércoles 10 de junio entre 09:00 y 18:00 habrá un corte programado de agua en su sector (Ñuñoa) por trabajos de mantenimiento en la red.
Aguas Andinas"""),

    m(OTHER, "seguro_hogar_renovacion", "es",
      ("Seguros Andes", "hogar@segurosandes.example.cl"),
      "Renovación de tu seguro de hogar",
      """Hola Ignacio, tu seguro de hogar vence el 30 de septiembre. Si no haces nada, se renovará automáticamente con la misma cobertura. Revisa tu póliza en el sitio privado.
Seguros Andes""",
      fmt="html"),
]
