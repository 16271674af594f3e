"""Corpus 81: everything else in the inbox (alerts, newsletters, life admin, own mail, lookalikes)."""

from make_eightyfirst import ME, M

X = "other"

MESSAGES = [
    M(X, "linkedin_alert_es", "es", "", "", "LinkedIn <jobalerts-noreply@linkedin.example.com>",
      "“analista de compras”: 12 nuevos empleos en Ciudad de México",
      """Tus alertas de empleo

Analista de Compras Sr - Grupo Textil Anáhuac - Ciudad de México (Híbrido)
Hace 2 días · 45 solicitudes

Comprador Estratégico - Motores Fénix - Tlalnepantla
Solicitud sencilla

Demand Planner - Bebidas del Golfo - Ciudad de México
Tu perfil coincide con 8 de 10 aptitudes

Ver todos los empleos: https://www.linkedin.example.com/jobs/search/?alert=81

Recibes este correo porque creaste una alerta de empleo. Cancelar suscripción.""",
      fmt="alt", look="news", list="jobalerts.linkedin.example.com", enc_subject=True),
    M(X, "occ_digest", "es", "", "", "OCCMundial <vacantes@occ.example.com.mx>",
      "Valentina, estas vacantes son para ti",
      """Vacantes recomendadas según tu perfil

• Jefe de Logística – Distribuidora Peninsular – Mérida – $38,000 mensuales
• Analista de Inventarios – Grupo Farmacias Lux – Guadalajara
• Coordinador de Compras – Constructora Bajío – León

¿Ya actualizaste tu CV? Las empresas prefieren perfiles completos.

No quiero recibir más correos como este.""",
      fmt="html", look="news", list="recomendaciones.occ.example.com.mx", cs="windows-1252"),
    M(X, "elempleo_digest_co", "es", "", "", "elempleo.com <info@elempleo.example.co>",
      "Nuevas ofertas en Medellín que te pueden interesar",
      """Hola Valentina,

Estas son las ofertas de la semana en Logística y Compras:

Analista de Importaciones – Textiles del Valle de Aburrá – $4.500.000
Coordinadora de Abastecimiento – Grupo Floricultor Rionegro
Profesional de Planeación de la Demanda – Lácteos Montaña

Postúlate antes de que cierren.

elempleo.com – Si no deseas recibir más correos, haz clic aquí.""",
      fmt="html", look="news", list="ofertas.elempleo.example.co"),
    M(X, "newsletter_rechazo_es", "es", "", "", "Carrera con Propósito <hola@carreraconproposito.example.com>",
      "Lo que nadie te dice del rechazo (y de las entrevistas)",
      """Hola, Valentina:

Esta semana me escribieron 40 personas con la misma frase: "lamentablemente hemos decidido continuar con otros candidatos". Si te llegó un correo así, respira. Un rechazo no es un veredicto sobre tu valor.

Tres ideas para esta semana:
1. Después de cada entrevista, anota las preguntas que te hicieron.
2. Si faltaste a una entrevista, escribe una disculpa breve el mismo día.
3. Pide retroalimentación, aunque no siempre te la den.

Nos leemos el jueves,
Andrea
Carrera con Propósito · Darte de baja""",
      fmt="alt", look="news", list="newsletter.carreraconproposito.example.com"),
    M(X, "headhunter_cold_es", "es", "", "ricardo@alcazarpartners.example.mx", "Ricardo Alcázar <ricardo@alcazarpartners.example.mx>",
      "Oportunidad confidencial",
      """Hola Valentina, ¿cómo estás?

Soy socio en Alcázar Partners, firma de búsqueda ejecutiva. Vi tu perfil en LinkedIn y me pareció muy interesante tu experiencia en planeación de demanda.

Trabajo con varias empresas de consumo masivo en Monterrey y Guadalajara que constantemente buscan perfiles como el tuyo. Si en algún momento consideras un cambio, con gusto te agrego a nuestra red; puedes mandarme tu CV cuando quieras.

Saludos,
Ricardo Alcázar
Socio Director | Alcázar Partners"""),
    M(X, "podcast_entrevista_es", "es", "", "produccion@cadenafriapodcast.example.com", "Equipo Podcast Cadena Fría <produccion@cadenafriapodcast.example.com>",
      "Invitación a entrevista para el podcast",
      """Hola Valentina,

Soy Lucía, productora de "Cadena Fría", un podcast sobre logística en Latinoamérica. Leímos tu artículo sobre indicadores de nivel de servicio y nos encantaría entrevistarte para un episodio de 40 minutos.

La grabación sería remota, en la fecha que más te acomode de la segunda quincena de junio. ¿Te interesaría?

Un saludo,
Lucía Paredes
Producción – Cadena Fría Podcast"""),
    M(X, "amiga_rechazo_es", "es", "", "cami.herrera@correo.example.com", "Camila Herrera <cami.herrera@correo.example.com>",
      "uff",
      """Amiga!! te cuento que me rechazaron de la chamba del banco :( me llegó el típico correo de "hemos decidido avanzar con otros candidatos" después de TRES entrevistas. Estoy muy bajoneada.

¿Vamos por unos tacos el viernes? Y cuéntame cómo vas tú con lo de Querétaro!!

Besos
Cami"""),
    M(X, "mercadolibre_retraso", "es", "", "", "Mercado Libre <envios@mercadolibre.example.com.mx>",
      "Tu paquete va a llegar más tarde de lo previsto",
      """Hola Valentina,

Lamentablemente tu compra (Audífonos inalámbricos) está demorada. La nueva fecha estimada de entrega es el jueves 12 de marzo.

Puedes seguir tu envío desde Mis compras.

Mercado Libre""", fmt="html", look="news", cte="base64"),
    M(X, "estafeta_ubicacion", "es", "", "", "Estafeta <notificaciones@estafeta.example.com.mx>",
      "Actualización de tu envío 8055123311",
      """Tu envío está en camino.

Última posición registrada: Centro de Intercambio Querétaro, 06:42 h.
Estatus: En ruta a la oficina de destino.

Rastrea tu envío en estafeta.example.com.mx con tu número de guía.

Este es un correo automático, no lo respondas.""", cs="iso-8859-1"),
    M(X, "tarjeta_credito_solicitud", "es", "", "", "Banco Nopal <avisos@banconopal.example.mx>",
      "Recibimos tu solicitud de tarjeta de crédito",
      """Hola Valentina,

Recibimos tu solicitud de Tarjeta de Crédito Nopal Oro. En un plazo de hasta 5 días hábiles te informaremos el resultado de la evaluación.

Por tu seguridad, nunca te pediremos tu NIP por correo.

Banco Nopal, S.A., Institución de Banca Múltiple. Consulta términos, requisitos de contratación y CAT informativo en nuestro sitio.""",
      fmt="html", look="corp"),
    M(X, "renta_rechazo_es", "es", "", "rentas@inmoromanorte.example.mx", "Inmobiliaria Roma Norte <rentas@inmoromanorte.example.mx>",
      "Solicitud de arrendamiento - Depto. Colima 214",
      """Hola Valentina,

Gracias por tu interés en el departamento de Colima 214. Lamentablemente el propietario decidió continuar con otro solicitante que cumplía con el aval en la CDMX, por lo que tu solicitud no fue aprobada.

Tenemos otras opciones en la Roma y la Condesa, si quieres te las mando.

Saludos,
Inmobiliaria Roma Norte"""),
    M(X, "maestria_admision", "es", "", "admisiones@posgrado.unimadrid.example.es", "Admisiones Posgrado <admisiones@posgrado.unimadrid.example.es>",
      "Resolución de admisión - Máster en Dirección de Operaciones",
      """Estimada Valentina:

Nos complace comunicarle que ha sido admitida en el Máster Universitario en Dirección de Operaciones y Cadena de Suministro para el curso 2026-2027.

Para formalizar la matrícula deberá abonar la reserva de plaza antes del 15 de julio.

Atentamente,
Servicio de Admisiones de Posgrado""", cs="iso-8859-1", cte="quoted-printable"),
    M(X, "sat_buzon", "es", "", "", "Buzón Tributario <notificaciones@sat.example.gob.mx>",
      "Tienes un nuevo mensaje en tu Buzón Tributario",
      """Estimado(a) contribuyente RUOV900312XX1:

Tienes un nuevo mensaje de interés en tu Buzón Tributario relacionado con tu Declaración Anual 2025. Ingresa con tu e.firma o contraseña para consultarlo.

Este correo es generado automáticamente, favor de no responder.""", cs="iso-8859-1"),
    M(X, "cfe_recibo", "es", "", "", "CFE <recibos@cfe.example.mx>", "Tu recibo de luz está disponible",
      """Tu recibo del periodo 14 ENE 26 - 15 MAR 26 ya está disponible.

Total a pagar: $612.00
Fecha límite de pago: 30 MAR 2026

Paga en línea o en tiendas de conveniencia.""", fmt="html", look="corp"),
    M(X, "aeromexico_cambio", "es", "", "", "Aeroméxico <notificaciones@aeromexico.example.com>",
      "Cambio en tu itinerario - Reservación QHT7XL",
      """Hola Valentina,

Tu vuelo AM 0422 Ciudad de México – Bogotá del 20 de abril ha sido reprogramado. Nuevo horario de salida: 13:45 h (antes 09:10 h).

Si el nuevo horario no te conviene, puedes cambiar tu vuelo sin costo o solicitar reembolso desde Mis viajes.

Lamentamos los inconvenientes.
Aeroméxico""", fmt="alt", look="news", enc_subject=True),
    M(X, "telcel_factura", "es", "", "", "Telcel <factura@telcel.example.com>", "Tu factura Telcel de abril",
      """Valentina, tu factura del plan Telcel Libre 5000 está lista.

Monto: $499.00 · Vence: 28/04/2026

Consulta el detalle en Mi Telcel.""", fmt="html", look="news"),
    M(X, "gimnasio_clase", "es", "", "hola@gympulso.example.mx", "Gym Pulso Condesa <hola@gympulso.example.mx>",
      "Clase de spinning cancelada",
      """Hola Vale! La clase de spinning de mañana 7am se cancela porque el coach está enfermo. Te regresamos el crédito a tu paquete. Perdón!!

Gym Pulso Condesa"""),
    M(X, "sent_reagendar_es", "es", "", "", ME, "Re: Cambio de horario entrevista",
      """Hola Daniela,

Claro que sí, a las 4:30 pm me queda perfecto. Muchas gracias por avisar.

Saludos cordiales,
Valentina Ruiz-Okafor
+52 55 5555 0190""", to="Daniela Ruelas <daniela.ruelas@empaquesbajio.example.mx>",
      reply_of="moved_es_mx",
      quote=("es", "Daniela Ruelas <daniela.ruelas@empaquesbajio.example.mx>", "",
             "Hola Valentina, una disculpa. Al gerente se le empalmó una junta con planta y no va a poder a las 11. ¿Podemos moverla a las 4:30 pm el mismo día?")),
    M(X, "ooo_recruiter_es", "es", "", "talentohumano@clinicasanrafael.example.co", "Paula Andrea Giraldo <talentohumano@clinicasanrafael.example.co>",
      "Respuesta automática: Confirmación entrevista",
      """Buen día,

Me encuentro en vacaciones hasta el 4 de mayo, con acceso limitado al correo. Para temas urgentes de selección, por favor escribir a seleccion2@clinicasanrafael.example.co.

Cordialmente,
Paula Andrea Giraldo""", headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}),
    M(X, "sgmm_solicitud", "es", "", "", "Seguros Ámbar <atencion@segurosambar.example.mx>",
      "Solicitud de reembolso recibida - Gastos Médicos Mayores",
      """Estimada asegurada:

Recibimos su solicitud de reembolso No. 2026-88172 de su póliza de Gastos Médicos Mayores. Su trámite será dictaminado en un máximo de 10 días hábiles.

Seguros Ámbar, S.A. de C.V.""", cs="windows-1252"),
    M(X, "renfe_billete", "es", "", "", "Renfe <venta@renfe.example.es>", "Confirmación de compra - Madrid-Puerta de Atocha - Valencia",
      """Localizador: Q7H2LM

Ida: 14/05/2026 08:30 Madrid-Puerta de Atocha – 10:22 Valencia Joaquín Sorolla
Coche 6, plaza 08A. Viajero: VALENTINA RUIZ OKAFOR

Importe total: 31,45 €""", fmt="html", look="corp", cs="windows-1252"),
    M(X, "alumni_newsletter", "es", "", "", "Red de Egresados ITAM-ish <egresados@alumni.example.edu.mx>",
      "Boletín de egresados - marzo",
      """En este número:

- Feria de empleo virtual: 80 empresas, 26 de marzo.
- Taller: cómo preparar tu entrevista por competencias.
- Historias de egresados: de analista a directora de compras en 6 años.

Actualiza tus datos en el portal de egresados.""",
      fmt="html", look="news", list="boletin.alumni.example.edu.mx"),
    M(X, "clase_frances_es", "es", "", "marion.leclerc@alianzaf.example.mx", "Marion Leclerc <marion.leclerc@alianzaf.example.mx>",
      "Clase del jueves",
      """Hola Valentina,

La clase de francés B1 del jueves se cambia al viernes a la misma hora, tengo que acompañar un examen DELF. Traigan la tarea de la página 54.

À bientôt,
Marion"""),
    M(X, "nu_user_research", "es", "", "", "Nubank Research <research@nu.example.com.mx>",
      "¿Nos ayudas con una entrevista de 30 minutos?",
      """Hola Valentina,

Estamos mejorando la app y queremos escuchar a personas como tú. Te invitamos a una entrevista de investigación de 30 minutos por videollamada, donde te haremos preguntas sobre cómo usas tu tarjeta. Como agradecimiento recibirás $400 en tu cuenta.

Agenda aquí: https://research.nu.example.com.mx/agenda

Equipo de Investigación de Usuarios""", fmt="alt", look="news"),
    M(X, "sent_thanks_es", "es", "", "", ME, "Gracias por la entrevista",
      """Hola Juan Camilo,

Muchas gracias por el espacio de hoy para presentar el caso. Me gustó mucho conocer al equipo de Ops y los retos de última milla en Bogotá.

Quedo atenta a los siguientes pasos.

Un saludo,
Valentina""", to="Juan Camilo Restrepo <juan.restrepo@rappiexpress.example.co>"),
    M(X, "computrabajo_vistas", "es", "", "", "Computrabajo <notificaciones@computrabajo.example.com>",
      "3 empresas vieron tu hoja de vida esta semana",
      """¡Hola Valentina!

Tu hoja de vida está llamando la atención. Esta semana 3 empresas vieron tu perfil.

Mejora tus posibilidades: completa la sección de idiomas y agrega una foto profesional.

Ver ofertas recomendadas""", fmt="html", look="news", list="alertas.computrabajo.example.com"),
    M(X, "movistar_es", "es", "", "", "Movistar <noreply@movistar.example.es>", "Tu factura de junio ya está disponible",
      """Hola, VALENTINA:

Ya puedes consultar tu factura de junio de Movistar. Importe: 42,90 €. Cargo en cuenta el 5 de julio.

Accede a Mi Movistar para ver el detalle.""", fmt="html", look="news", cs="windows-1252"),
    M(X, "linkedin_alert_en", "en", "", "", "LinkedIn Job Alerts <jobalerts-noreply@linkedin.example.com>",
      "Demand Planner in Toronto: 9 new jobs",
      """Your job alert for Demand Planner in Toronto, Ontario

Demand Planner - Laurentian Beverages - Mississauga, ON
Be an early applicant

Senior Supply Planner - Northern Home Goods - Toronto, ON (Hybrid)
Actively recruiting

See all jobs on LinkedIn

You are receiving Job Alert emails. Unsubscribe.""",
      fmt="alt", look="news", list="jobalerts.linkedin.example.com"),
    M(X, "indeed_digest_en", "en", "", "", "Indeed <alert@indeed.example.com>",
      "Procurement analyst jobs in Houston, TX",
      """Procurement Analyst - Bayou Energy Services - Houston, TX - $75,000 - $88,000 a year
Easily apply

Supply Chain Analyst - Lone Star Distributors - Houston, TX
Responsive employer

Sourcing Specialist - Gulf Coast Chemicals - Pasadena, TX

Unsubscribe from these emails.""", fmt="html", look="news", list="alerts.indeed.example.com"),
    M(X, "glassdoor_tips_en", "en", "", "", "Glassdoor Community <community@glassdoor.example.com>",
      "Why you didn't get the offer (and what to do next)",
      """This week on Glassdoor:

"We regret to inform you" - how to respond to a rejection email with grace
5 interview questions supply chain hiring managers always ask
What to do if you missed an interview: a script that works

Read more on Glassdoor.

You're receiving this because you subscribed to Glassdoor Community. Unsubscribe.""",
      fmt="html", look="news", list="community.glassdoor.example.com"),
    M(X, "inmail_cold_en", "en", "", "", "Hannah Cole via LinkedIn <inmail-hit-reply@linkedin.example.com>",
      "Hannah sent you a message",
      """Hi Valentina,

I came across your profile and was impressed by your S&OP background. I lead recruitment for a fast-growing consumer goods client with operations across LATAM and I'm always keen to connect with talented supply chain professionals.

Would love to add you to my network - feel free to connect!

Hannah Cole
Principal Consultant, Brightwater Talent""", fmt="alt", look="news"),
    M(X, "user_research_en", "en", "", "", "Shipwise UX Team <ux@shipwise.example.com>",
      "Quick interview about how you track shipments?",
      """Hi Valentina,

We're talking to logistics professionals about how they track freight across carriers. Would you be up for a 45-minute research interview next week? We'll send a $75 gift card as a thank you.

Pick a time: https://shipwise.example.com/research/book

Thanks!
The Shipwise UX Research team"""),
    M(X, "press_interview_en", "en", "", "treyes@freightweekly.example.com", "Tom Reyes <treyes@freightweekly.example.com>",
      "Interview request - women in LATAM logistics",
      """Hi Valentina,

I'm a reporter at Freight Weekly working on a feature about women leading supply chain transformation in Latin America. A colleague suggested I speak with you. Would you have 20 minutes for a phone interview before Friday's deadline?

Best,
Tom Reyes
Senior Reporter, Freight Weekly"""),
    M(X, "amazon_delay_en", "en", "", "", "Amazon.com <shipment-tracking@amazon.example.com>",
      "Your package is delayed",
      """Hello Valentina,

Unfortunately, your package is running late. We now expect it to arrive by Tuesday, May 19.

Order #114-7730291-5512290
"Supply Chain Management: Strategy, Planning, and Operation"

We're sorry for the inconvenience.""", fmt="alt", look="news"),
    M(X, "ooo_recruiter_en", "en", "", "oliver@stacklane.example.com", "Oliver Grant <oliver@stacklane.example.com>",
      "Automatic reply: Thank you!",
      """Thanks for your note! I'm out of the office until Monday, July 27 with limited access to email. For anything urgent regarding interviews, please contact recruiting@stacklane.example.com.

Oliver""", headers={"Auto-Submitted": "auto-replied"}),
    M(X, "standup_invite_en", "en", "", "", "Google Calendar <calendar-notification@google.example.com>",
      "Invitation: Daily standup - Freelance data project @ Weekdays 9:30am",
      """Daily standup - Freelance data project
Weekdays from 9:30am to 9:45am (Central Time - Mexico City)

Organizer: marco.diaz@sparkdata.example.com
Guests: valentina.ro@example.com.mx

Join with Google Meet: https://meet.example.com/abc-defg-hij

Invitation from Google Calendar""",
      ics={"uid": "standup-81@google.example.com", "start": "20260601T153000Z", "end": "20260601T154500Z",
           "summary": "Daily standup - Freelance data project", "organizer": "marco.diaz@sparkdata.example.com",
           "cn": "Marco Díaz", "location": "Google Meet"}, fmt="alt", look="corp"),
    M(X, "spotify_en", "en", "", "", "Spotify <no-reply@spotify.example.com>", "Your Premium payment receipt",
      """Thanks for your payment, Valentina.

Premium Individual · MX$129.00 · Paid with Visa ending 4411

Questions? Visit Spotify Support.""", fmt="html", look="news"),
    M(X, "sent_followup_en", "en", "", "", ME, "Following up - Supply Planner application",
      """Hi Jordan,

I hope you're doing well. I wanted to follow up on my application for the Senior Demand Planner, LATAM role. I'm still very interested and happy to share anything else you need.

Best regards,
Valentina Ruiz-Okafor""", to="Jordan Lee <jordan.lee@meridianbrands.example.com>"),
    M(X, "apartment_toronto_en", "en", "", "leasing@kensingtonrentals.example.ca", "Kensington Rentals <leasing@kensingtonrentals.example.ca>",
      "Re: Rental application - 88 Spadina Unit 1204",
      """Hi Valentina,

Thank you for applying for unit 1204. Unfortunately the landlord has accepted another application, so we won't be moving forward with yours. We'll let you know if a similar unit becomes available.

Regards,
Kensington Rentals Leasing Office""", thread=True),
    M(X, "location_share_en", "en", "", "", "Trailmate <alerts@trailmate.example.com>",
      "Ana shared her position with you",
      """Ana Ruiz shared her live position with you for 2 hours.

Current position: 19.4204° N, 99.1646° W (near Parque México)
Battery: 64%

Open Trailmate to see the map.""", fmt="html", look="news"),
    M(X, "wttj_digest_fr", "fr", "", "", "Welcome to the Jungle <hello@welcometothejungle.example.com>",
      "Les offres de la semaine pour vous",
      """Bonjour Valentina,

Voici les nouvelles offres qui correspondent à vos critères :

Acheteuse projets – Atelier Vélo Lyonnais – Lyon
Supply Planner – Biscuiterie Normande – Caen
Chargée d'analyse supply chain – Éco-Emballages Bordeaux – Télétravail partiel

Voir toutes les offres

Vous recevez cet email car vous avez activé les alertes. Se désabonner""",
      fmt="html", look="news", list="alertes.welcometothejungle.example.com"),
    M(X, "alliance_francaise_fr", "fr", "", "cours@afpolanco.example.mx", "Alliance Française Polanco <cours@afpolanco.example.mx>",
      "Inscriptions session d'été",
      """Chère étudiante, cher étudiant,

Les inscriptions pour la session d'été (juillet-août) sont ouvertes jusqu'au 20 juin. Le test de niveau aura lieu le samedi 13 juin à 10h.

Cordialement,
Le secrétariat pédagogique""", cte="quoted-printable"),
    M(X, "apec_conseils_fr", "fr", "", "", "Apec <newsletter@apec.example.fr>",
      "Entretien d'embauche : 7 erreurs à éviter",
      """Votre lettre Apec

Entretien d'embauche : 7 erreurs à éviter
Refus après entretien : comment demander un retour constructif ?
Salaires 2026 : les fonctions achats et supply chain en hausse

Se désinscrire de cette newsletter""", fmt="html", look="news", list="newsletter.apec.example.fr"),
    M(X, "radio_interview_fr", "fr", "", "j.moreau@radiocite.example.fr", "Julien Moreau <j.moreau@radiocite.example.fr>",
      "Demande d'interview – émission « Économie locale »",
      """Bonjour Madame Ruiz-Okafor,

Je prépare une émission sur les circuits courts et la logistique du dernier kilomètre. Accepteriez-vous de répondre à une interview de 15 minutes, enregistrée par téléphone, la semaine prochaine ?

Bien cordialement,
Julien Moreau
Journaliste, Radio Cité""", enc_subject=True),
    M(X, "ami_refus_fr", "fr", "", "lea.dubois@courriel.example.fr", "Léa Dubois <lea.dubois@courriel.example.fr>",
      "Nouvelles de Lyon",
      """Coucou Valentina !

Bon, mauvaise nouvelle de mon côté : j'ai reçu un refus de la boîte de cosmétiques, après trois entretiens… « nous avons retenu un candidat dont le profil correspond davantage ». Classique. Je retente ma chance ailleurs.

Et toi, ça avance à Madrid ? Bisous,
Léa""", cs="windows-1252", cte="quoted-printable"),
    M(X, "banque_credit_fr", "fr", "", "", "Banque Rivage <ne-pas-repondre@banquerivage.example.fr>",
      "Votre demande de prêt a bien été reçue",
      """Madame,

Nous accusons réception de votre demande de prêt personnel n° PR-2026-55120. Un conseiller étudiera votre dossier et vous contactera sous 48 heures.

Banque Rivage""", fmt="html", look="corp"),
    M(X, "stepstone_alert_de", "de", "", "", "StepStone <jobagent@stepstone.example.de>",
      "Ihr Jobagent: 7 neue Jobs für Supply Chain Analyst",
      """Neue Jobs für Sie

Supply Chain Analyst (m/w/d) – Alpenmilch Logistik – München
Einkäufer (m/w/d) – Rheinwerk Maschinenbau – Köln
Demand Planner (m/w/d) – Hanseatic Beverages – Hamburg

Jobagent bearbeiten | Abmelden""", fmt="html", look="news", list="jobagent.stepstone.example.de", cs="windows-1252"),
    M(X, "xing_news_de", "de", "", "", "XING News <news@xing.example.com>",
      "Absage nach dem Vorstellungsgespräch? So reagieren Sie richtig",
      """Ihre Karriere-News

Absage nach dem Vorstellungsgespräch? So reagieren Sie richtig
Gehaltsverhandlung: Die besten Tipps für Einkäufer
Interview verpasst? Warum eine schnelle Entschuldigung hilft

Newsletter abbestellen""", fmt="html", look="news", list="karriere.xing.example.com"),
    M(X, "dhl_verspaetung_de", "de", "", "", "DHL Paket <noreply@dhl.example.de>",
      "Ihre Sendung verspätet sich",
      """Guten Tag,

leider verzögert sich die Zustellung Ihrer Sendung 00340434161094027318. Neue voraussichtliche Zustellung: Donnerstag, 16.04.2026.

Wir bitten um Entschuldigung.
Ihr DHL Team""", fmt="alt", look="news", cs="iso-8859-1"),
    M(X, "bahn_de", "de", "", "", "Deutsche Bahn <buchungsbestaetigung@bahn.example.de>",
      "Fahrplanänderung zu Ihrer Reise am 22.06.2026",
      """Sehr geehrte Frau Ruiz-Okafor,

zu Ihrer Reise von Frankfurt(Main)Hbf nach Köln Hbf gibt es eine Fahrplanänderung. Ihr ICE 123 fährt nun um 10:21 Uhr statt um 10:13 Uhr.

Gute Reise wünscht Ihnen
Ihre Deutsche Bahn""", cs="iso-8859-1", cte="quoted-printable", enc_subject=True),
    M(X, "kununu_newsletter_de", "de", "", "", "kununu <newsletter@kununu.example.com>",
      "Wie Arbeitgeber wirklich über Absagen denken",
      """Hallo Valentina,

Unsere Umfrage unter 2.000 Recruitern zeigt: 60 % verschicken Absagen ohne Begründung. Wir erklären, warum – und wie Sie trotzdem Feedback bekommen.

Außerdem: Die Top-Arbeitgeber in der Logistik 2026.

Abmelden""", fmt="html", look="news", list="newsletter.kununu.example.com"),
    M(X, "freund_absage_de", "de", "", "felix.braun@post.example.de", "Felix Braun <felix.braun@post.example.de>",
      "Kurzes Lebenszeichen",
      """Hey Vale,

bei mir gibt's leider nix Neues – gestern kam die Absage von dem Autozulieferer, nach dem zweiten Gespräch. „Wir haben uns für einen anderen Kandidaten entschieden" – tja. Ich bleib dran.

Wie läuft's bei dir in Madrid? Melde dich mal!
Felix""", cs="windows-1252"),
    M(X, "recruiter_cold_de", "de", "", "s.keller@kellerconsulting.example.de", "Sabine Keller <s.keller@kellerconsulting.example.de>",
      "Vernetzung",
      """Hallo Frau Ruiz-Okafor,

ich bin Personalberaterin mit Schwerpunkt Supply Chain und Einkauf und baue gerade mein Netzwerk in Lateinamerika auf. Ihr Profil ist mir positiv aufgefallen.

Aktuell habe ich keine passende Vakanz, würde aber gerne in Kontakt bleiben. Falls Sie mir Ihren aktuellen Lebenslauf senden möchten, nehme ich ihn gerne in meine Datenbank auf.

Beste Grüße
Sabine Keller
Keller Consulting""", cs="iso-8859-1"),
    M(X, "permiso_trabajo_es", "es", "", "irene.vidal@talentiaselect.example.es",
      "Irene Vidal <irene.vidal@talentiaselect.example.es>", "Una pregunta rápida",
      """Hola Valentina,

Antes de pasar tu CV al cliente (sector farma, Barcelona) necesito confirmar una cosa: ¿tienes permiso de trabajo en España o necesitarías que la empresa tramite la autorización? Y ¿cuál es tu disponibilidad de incorporación?

Gracias!
Irene Vidal
Talentia Select · Consultoría"""),
    M(X, "estudio_socioeconomico", "es", "", "", "Verificaciones Laborales Omega <agenda@verifomega.example.mx>",
      "Programación de estudio socioeconómico",
      """Buen día Valentina Ruiz Okafor:

Por encargo de su futuro empleador, le informamos que la visita domiciliaria para su estudio socioeconómico quedó programada para el sábado 21 de febrero entre 9:00 y 11:00 h. Tenga a la mano comprobante de domicilio, acta de nacimiento, CURP y sus últimos tres recibos de nómina.

Este buzón es solo de envío.""", cs="iso-8859-1"),
    M(X, "referencias_laborales_co", "es", "", "paula.giraldo@clinicasanrafael.example.co",
      "Paula Andrea Giraldo <paula.giraldo@clinicasanrafael.example.co>", "Referencias",
      """Hola Valentina, ¿me regalas por favor nombre, cargo y celular de dos jefes inmediatos anteriores para la verificación de referencias laborales? Es lo último que me falta del checklist.

Mil gracias,
Paula"""),
    M(X, "linkedin_viewed_en", "en", "", "", "LinkedIn <jobs-noreply@linkedin.example.com>",
      "Your application was viewed by Oranje Mobility",
      """Your application was viewed

Supply Chain Data Analyst
Oranje Mobility · Amsterdam (Remote)

Applied 6 days ago · Viewed by the hiring team

See similar jobs""", fmt="html", look="news"),
    M(X, "fwd_vacante_colega", "es", "", "diego.paz@correo.example.com",
      "Diego Paz <diego.paz@correo.example.com>", "Fwd: Vacante Sustainability Ops - Lima",
      """Vale, esto me llegó por el grupo de ex-compañeros, creo que te queda perfecto. Escríbele directo a la de RRHH y dile que vas de mi parte!

---------- Forwarded message ---------
De: Carla Benavides <cbenavides@andesbev.example.pe>
Date: lun, 6 jul 2026 a las 10:15
Subject: Vacante Sustainability Ops - Lima
To: <egresados-logistica@grupos.example.com>

Hola a todos, estamos buscando Analista de Sostenibilidad en Operaciones para Andes Beverage en Lima. Requisitos: 3+ años en supply chain, manejo de huella de carbono, inglés avanzado. Interesados enviar CV a cbenavides@andesbev.example.pe.

Saludos,
Carla"""),
]
