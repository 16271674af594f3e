"""Mail labelled `other` for the 78th corpus: job alerts, newsletters, the candidate's own
mail, auto-replies, and everyday mail whose words look like job mail."""

from make_seventyeighth import M

_BULK = {"Precedence": "bulk"}


def _list(list_id: str, unsub: str) -> dict[str, str]:
    return {"List-Id": list_id, "List-Unsubscribe": f"<{unsub}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", **_BULK}


_ES = [
    M("other", "linkedin_alerta_cdmx", "es",
      "LinkedIn Empleos <jobalerts-noreply@linkedin.com>",
      "30 nuevos empleos de «Product Designer» en Ciudad de México",
      """Tus alertas de empleo

Product Designer Sr. · Kiosko Pay · Ciudad de México (híbrido) · Solicitud sencilla
UX Researcher · Banco Azteca Digital · Ciudad de México · Hace 2 días
Lead Product Designer · Tienda Nube Pro · En remoto · 48 solicitudes
Service Designer · Consultoría Atlas · Ciudad de México
Diseñador/a de Producto · MercadoMar · Ciudad de México · Promocionado

Ver todos los empleos: https://www.linkedin.com/jobs/search/?alertId=88123

Recibes este correo porque creaste una alerta de empleo. Cancelar suscripción.
© 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.""",
      "2026-01-12T07:04:00-06:00", fmt="html",
      hdrs=_list("<jobs-alerts.linkedin.com>", "https://www.linkedin.com/e/unsub?a=88123"),
      links=["https://www.linkedin.com/jobs/search/?alertId=88123"], logo="LinkedIn"),
    M("other", "computrabajo_ofertas", "es",
      "Computrabajo <alertas@computrabajo.example.com>", "Valentina, 12 ofertas nuevas para ti",
      """Hola Valentina, estas ofertas coinciden con tu búsqueda "diseñador ux" en Bogotá:

- Diseñador UX/UI Senior - Empresa confidencial - Bogotá D.C. - $9.000.000
- Product Owner Canales Digitales - Banco del Café - Bogotá D.C.
- Investigador(a) UX - Agencia Pixel - Medellín - Remoto

Postúlate hoy, ¡las empresas están contratando!

Si no quieres recibir más alertas, haz clic aquí: https://co.computrabajo.example.com/alertas/baja""",
      "2026-02-22T06:30:00-05:00", fmt="html", cs="iso-8859-1",
      hdrs=_list("<alertas.computrabajo.example.com>", "https://co.computrabajo.example.com/alertas/baja")),
    M("other", "infojobs_blog_rechazo", "es",
      "InfoJobs Blog <newsletter@infojobs.example.net>",
      "Te han rechazado tras la entrevista: 5 cosas que puedes hacer ahora",
      """LA NEWSLETTER DEL EMPLEO · Nº 412

Te han rechazado tras la entrevista: 5 cosas que puedes hacer ahora
Recibir un "lamentamos comunicarte que no has sido seleccionado" duele. Pero pedir feedback, revisar tu CV y mantener el contacto con el reclutador puede abrirte la siguiente puerta. Leer más →

¿No te presentaste a una entrevista? Cómo pedir una segunda oportunidad
Leer más →

Ofertas destacadas de la semana en Madrid, Barcelona y Valencia →

Has recibido este email porque estás suscrito a la newsletter de InfoJobs. Darse de baja.""",
      "2026-03-10T08:00:00+01:00", fmt="html",
      hdrs=_list("InfoJobs Newsletter <newsletter.infojobs.example.net>",
                 "https://www.infojobs.example.net/newsletter/baja?u=551"),
      logo="InfoJobs"),
    M("other", "bumeran_avisos_ar", "es",
      "Bumeran <avisos@bumeran.example.com.ar>", "Nuevos avisos para vos: Product Manager",
      """¡Hola Valentina! Encontramos estos avisos que te pueden interesar:

Product Manager Sr - Fintech líder - CABA - Híbrido
UX Lead - Retail - Vicente López
Product Owner - Seguros - Remoto

Postulate con un clic desde la app.

Para dejar de recibir estos emails, modificá tus preferencias de alertas.""",
      "2026-04-14T09:12:00-03:00", fmt="html",
      hdrs=_list("<avisos.bumeran.example.com.ar>", "https://www.bumeran.example.com.ar/alertas/baja")),
    M("other", "getonboard_newsletter_entrevistas", "es",
      "Get on Board <newsletter@getonbrd.example.com>",
      "¿Te dejaron en visto después de la entrevista técnica?",
      """Hola Valentina 👋

Esta semana en el blog: por qué muchas empresas no responden después de una entrevista técnica, y qué mensaje de seguimiento mandar (plantilla incluida).

Además: 140 empleos nuevos en diseño y producto en Chile, Colombia y Perú, y nuestro webinar "Cómo preparar una presentación de caso de diseño".

Un abrazo,
El equipo de Get on Board

Darse de baja | Preferencias""",
      "2026-05-07T10:00:00-04:00", fmt="alt",
      hdrs=_list("Get on Board <news.getonbrd.example.com>", "https://www.getonbrd.example.com/unsubscribe")),
    M("other", "recruiter_inmail_sin_entrevista", "es",
      "Bruno Zavala <bruno.zavala@tlapali.example.mx>", "Oportunidad en Tlapali",
      """Hola Valentina, ¿qué tal?

Soy Bruno, recruiter en Tlapali. Vi tu perfil en LinkedIn y tu transición de diseño a producto me pareció muy interesante. Estamos abriendo varias posiciones de Product Manager para nuestro equipo de crédito en los próximos meses.

Te comparto la descripción por si te late: https://tlapali.example.mx/carreras/pm-credito

Si te interesa, puedes aplicar directo en el link y yo le doy seguimiento. ¡Saludos!

Bruno Zavala
Tech Recruiter · Tlapali""",
      "2026-02-05T13:47:00-06:00", company="Tlapali", contact="bruno.zavala@tlapali.example.mx"),
    M("other", "sat_declaracion_anual", "es",
      "SAT Informa <notificaciones@sat.example.gob.mx>", "Presenta tu Declaración Anual 2025",
      """Estimada contribuyente:

Te recordamos que el plazo para presentar tu Declaración Anual de personas físicas correspondiente al ejercicio 2025 vence el 30 de abril de 2026.

Consulta tu propuesta de declaración en el portal del SAT.

Este mensaje es informativo, no es necesario responder.
Servicio de Administración Tributaria""",
      "2026-04-02T09:00:00-06:00", fmt="html", hdrs=_BULK),
    M("other", "cfe_recibo_luz", "es",
      "CFE Recibo Digital <recibodigital@cfe.example.mx>", "Tu recibo de luz ya está disponible",
      """Estimado usuario:

Tu recibo correspondiente al periodo 12 FEB 26 - 14 ABR 26 ya está disponible.

Total a pagar: $612.00
Fecha límite de pago: 28 ABR 26

Paga en línea o en tiendas de conveniencia.""",
      "2026-04-16T03:10:00-06:00", fmt="html", cs="iso-8859-1", cte="quoted-printable"),
    M("other", "estafeta_paquete_retraso", "es",
      "Estafeta <notificaciones@estafeta.example.com>", "Tu envío presenta un retraso",
      """Hola,

Lamentablemente tu envío con guía 8055 2291 0045 presenta un retraso debido a condiciones climáticas en el centro de distribución de Querétaro.

Nueva fecha estimada de entrega: 12 de marzo de 2026.

Ofrecemos una disculpa por las molestias. Puedes rastrear tu envío en estafeta.example.com.""",
      "2026-03-09T11:40:00-06:00", fmt="html"),
    M("other", "mercadolibre_reclamo_rechazado", "es",
      "Mercado Libre <info@mercadolibre.example.com.mx>", "Resolvimos tu reclamo",
      """Hola Valentina,

Revisamos tu reclamo por la compra de "Audífonos inalámbricos con cancelación de ruido".

Lamentablemente no pudimos aceptar tu solicitud de devolución porque el plazo de 30 días ya había vencido. Si tienes dudas, puedes consultar nuestras políticas en la sección Ayuda.

Saludos,
Mercado Libre""",
      "2026-05-30T16:02:00-06:00", fmt="html", hdrs=_BULK),
    M("other", "bbva_solicitud_tarjeta", "es",
      "BBVA México <avisos@bbva.example.mx>", "Recibimos tu solicitud de Tarjeta de Crédito",
      """Hola VALENTINA,

Recibimos tu solicitud de Tarjeta de Crédito Azul. En un plazo de hasta 5 días hábiles te avisaremos el resultado de la evaluación.

Debido al volumen de solicitudes, no podemos darte información individual por teléfono durante este periodo.

BBVA México. Este correo se envía desde una cuenta no monitoreada.""",
      "2026-06-03T10:22:00-06:00", fmt="html", cte="base64", hdrs=_BULK),
    M("other", "alquiler_piso_rechazado", "es",
      "Inmobiliaria Chamberí <alquileres@inmochamberi.example.es>", "Piso c/ Trafalgar 14, 3ºB",
      """Hola Valentina:

Gracias por tu interés en el piso de la calle Trafalgar y por enviar la documentación.

Lamentablemente el propietario se ha decidido por otro solicitante con contrato indefinido en España, así que no podemos seguir adelante con tu solicitud. Te avisaremos si entra algún piso similar en la zona.

Un saludo,
Elena
Inmobiliaria Chamberí · 91 555 23 10""",
      "2026-07-02T12:40:00+02:00"),
    M("other", "universidad_admision_master", "es",
      "Admisiones Posgrado <admisiones.posgrado@uip.example.edu.mx>",
      "Resolución de admisión - Maestría en Gestión de Producto Digital",
      """Estimada Valentina Ríos-Okoye:

Nos es grato comunicarle que, tras la evaluación de su expediente y la entrevista con el comité académico, ha sido ADMITIDA a la Maestría en Gestión de Producto Digital, generación 2026-2028.

El periodo de inscripción es del 3 al 14 de agosto. Encontrará los pasos a seguir en el portal de aspirantes.

Atentamente,
Coordinación de Admisiones de Posgrado
Universidad Iberoamericana del Pacífico""",
      "2026-07-15T17:00:00-06:00", fmt="alt"),
    M("other", "amiga_me_rechazaron", "es",
      "Mariana Loaiza <mariloaiza@example.com>", "ayyy",
      """Amiga!! Te cuento que al final me rechazaron en lo de Nu después de la cuarta entrevista 😭 me dijeron que "buscaban alguien con más experiencia en crédito". Ni modo.

Tú cómo vas con lo de Madrid? Cuéntame todo. Vamos por unos tacos el sábado?

Besos
Mari

Enviado desde mi iPhone""",
      "2026-03-27T22:18:00-06:00"),
    M("other", "propio_enviado_gracias", "es",
      "Valentina Ríos-Okoye <valentina.ro@example.mx>", "Gracias por la entrevista",
      """Hola Renata,

Muchas gracias por la entrevista de ayer con Diego y Fer. Me encantó conocer cómo trabaja el equipo de Research en MercadoMar y los retos que tienen con la experiencia de los vendedores.

Quedo muy interesada en la posición y a la orden para cualquier cosa adicional que necesiten (referencias, casos, etc.).

Saludos cordiales,
Valentina Ríos-Okoye
+52 55 5555 0911""",
      "2026-06-11T10:02:00-06:00", company="MercadoMar",
      to="Renata Ibarra <renata.ibarra@mercadomar.example.com>"),
    M("other", "propio_enviado_no_podre", "es",
      "Valentina Ríos-Okoye <valentina.ro@example.mx>", "Re: la call de hoy",
      """Hola Nico,

Mil disculpas por lo de hoy, fue completamente mi error y entiendo que les hice perder el tiempo. Sigo muy interesada en Yerba Labs.

¿Les quedaría bien el jueves a las 11 o el viernes a las 15 (hora Buenos Aires)?

Saludos,
Valentina""",
      "2026-05-26T17:12:00-06:00", company="Yerba Labs",
      to="Nico Albornoz <nico@yerbalabs.example.com.ar>",
      quote={"style": "es", "who": "Nico Albornoz <nico@yerbalabs.example.com.ar>",
             "date": "2026-05-26T15:40:00-03:00",
             "text": "Valentina, hoy no te vimos en la call de las 15. ¿Pasó algo? Si querés la reagendamos, decime qué día te queda.\n\nNico\nYerba Labs"}),
    M("other", "ooo_recruiter_es", "es",
      "Laura Gil <laura.gil@bancocantabrico.example.es>",
      "Respuesta automática: Entrevista de esta mañana",
      """Hola,

Estoy fuera de la oficina hasta el lunes 23 de febrero con acceso limitado al correo. Para temas urgentes de procesos de selección puedes escribir a seleccion@bancocantabrico.example.es.

Gracias,
Laura Gil
Banco Cantábrico""",
      "2026-02-17T12:31:00+01:00", company="Banco Cantábrico", contact="laura.gil@bancocantabrico.example.es",
      hdrs={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}),
    M("other", "podcast_invitada", "es",
      "Diseño en Voz Alta <hola@disenoenvozalta.example.com>", "¿Te gustaría venir al podcast?",
      """Hola Valentina,

Somos Ana y Leo, de Diseño en Voz Alta, un podcast sobre diseño y producto en Latinoamérica. Leímos tu artículo sobre design ops en equipos pequeños y nos encantaría entrevistarte para un episodio.

La grabación es por Zoom, dura unos 50 minutos y podemos adaptarnos a tu horario en mayo. ¿Te animas?

Un abrazo,
Ana Varela y Leo Cortés
Diseño en Voz Alta""",
      "2026-04-19T11:25:00-05:00"),
    M("other", "investigacion_usuarios_banco", "es",
      "Equipo de Investigación Nu <research@nu.example.com.mx>",
      "Participa en una entrevista y recibe $500 MXN",
      """Hola Valentina,

Estamos buscando personas que usan apps bancarias para una entrevista de 45 minutos por videollamada sobre cómo manejan sus pagos del día a día. Como agradecimiento, recibirás $500 MXN en tu cuenta.

Si te interesa, agenda tu espacio aquí: https://research.nu.example.com.mx/agenda

No hay respuestas correctas o incorrectas, ¡queremos escucharte!

Equipo de Investigación de Usuarios""",
      "2026-05-08T12:00:00-06:00", fmt="html", hdrs=_BULK,
      links=["https://research.nu.example.com.mx/agenda"]),
    M("other", "daily_standup_freelance", "es",
      "Google Calendar <calendar-notification@google.com>",
      "Invitación: Daily standup - Rediseño app Clínica Norte @ lun - vie 9:30 - 9:45 (CST)",
      """Has recibido una invitación a este evento.

Daily standup - Rediseño app Clínica Norte
Cuándo: de lunes a viernes, 9:30 - 9:45 (hora del centro de México)
Unirse con Google Meet: https://meet.google.com/dly-stnd-upp
Organizador: pm@clinicanorte-proyecto.example.com

Invitación de Google Calendar""",
      "2026-08-31T08:00:00-06:00",
      ics={"summary": "Daily standup - Rediseno app Clinica Norte", "start": "20260901T153000Z",
           "end": "20260901T154500Z", "location": "https://meet.google.com/dly-stnd-upp",
           "organizer": "PM Clinica Norte <pm@clinicanorte-proyecto.example.com>",
           "prodid": "-//Google Inc//Google Calendar 70.9054//EN"}),
    M("other", "movistar_factura", "es",
      "Movistar <facturas@movistar.example.es>", "Tu factura de junio ya está disponible",
      """Hola Valentina,

Ya puedes consultar tu factura de junio de 2026 en Mi Movistar.

Importe: 39,90 €
Cargo en cuenta: 08/07/2026

Recuerda que puedes domiciliar y descargar tus facturas desde la app.""",
      "2026-07-01T05:12:00+02:00", fmt="html", cs="windows-1252", hdrs=_BULK),
    M("other", "gimnasio_clase_cancelada", "es",
      "Smart Fit <avisos@smartfit.example.mx>", "Tu clase de spinning fue cancelada",
      """Hola Valentina,

Te informamos que la clase de Spinning del jueves 18 a las 7:00 am en Smart Fit Roma Norte fue cancelada por ausencia del instructor. Tu lugar ya fue liberado.

Puedes reservar otra clase desde la app.

¡Te esperamos!""",
      "2026-06-17T21:00:00-06:00", fmt="html"),
    M("other", "aerolinea_vuelo_reprogramado", "es",
      "Iberia <iberia@comunicaciones.iberia.example.com>",
      "Cambio en tu reserva Q7LM2R: tu vuelo ha sido reprogramado",
      """Estimada Sra. Ríos-Okoye:

Le informamos de que su vuelo IB6402 Ciudad de México - Madrid del 3 de julio ha sido reprogramado por motivos operativos.

Nueva hora de salida: 21:35 (antes 18:10)
Nueva hora de llegada: 15:20 (+1)

Si el nuevo horario no le conviene, puede cambiar su vuelo sin coste o solicitar el reembolso en Mis reservas.

Disculpe las molestias.
Iberia""",
      "2026-06-28T14:22:00+02:00", fmt="html", cte="quoted-printable", hdrs=_BULK),
    M("other", "sanitas_reembolso_denegado", "es",
      "Sanitas <clientes@sanitas.example.es>", "Respuesta a su solicitud de reembolso",
      """Estimada cliente:

Hemos revisado su solicitud de reembolso nº 2026-445871 correspondiente a la consulta de fisioterapia del 12/08/2026.

Lamentamos comunicarle que la solicitud ha sido denegada, ya que la prestación no está incluida en la cobertura de su póliza.

Atentamente,
Sanitas · Atención al Cliente""",
      "2026-08-26T10:40:00+02:00", fmt="html", cs="iso-8859-1"),
    M("other", "alumni_feria_empleo", "es",
      "Red de Egresados ITESO <egresados@iteso.example.mx>",
      "Feria de Empleo Virtual: 40 empresas contratando 🎓",
      """Querida comunidad de egresados:

El próximo 24 de septiembre se llevará a cabo nuestra Feria de Empleo Virtual con más de 40 empresas de tecnología, banca y consultoría. Habrá entrevistas rápidas, revisión de CV y charlas sobre cómo negociar una oferta.

Regístrate aquí: https://egresados.iteso.example.mx/feria2026

Red de Egresados
Para dejar de recibir estos mensajes, actualiza tus preferencias.""",
      "2026-09-10T12:00:00-06:00", fmt="html",
      hdrs=_list("Egresados <egresados.iteso.example.mx>", "https://egresados.iteso.example.mx/baja"),
      links=["https://egresados.iteso.example.mx/feria2026"]),
]

_EN = [
    M("other", "linkedin_alert_toronto", "en",
      "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
      "Product Manager: 25 new jobs in Toronto, ON",
      """Your job alert for Product Manager in Toronto, Ontario, Canada

Senior Product Manager - Tidewater Analytics - Toronto, ON (Hybrid) - Easy Apply
Product Manager, Payments - Maplewood Credit Union - Toronto, ON - Actively recruiting
Product Lead - Northstar Aerospace - Montreal, QC - 12 applicants

See all jobs: https://www.linkedin.com/comm/jobs/search?alertId=55201

You are receiving Job Alert emails. Unsubscribe.""",
      "2026-03-02T06:40:00-05:00", fmt="html",
      hdrs=_list("<jobs-alerts.linkedin.com>", "https://www.linkedin.com/e/unsub?a=55201"),
      links=["https://www.linkedin.com/comm/jobs/search?alertId=55201"]),
    M("other", "indeed_digest", "en",
      "Indeed <alert@indeed.example.com>", "UX Researcher jobs in Remote - 14 new",
      """Valentina, here are new jobs for you

UX Researcher - Norland Health - Remote - Easily apply
Design Ops Manager - Brightpath Learning - Remote (US)
Service Designer - Greater Harrow Council - London - £48,000 a year

Employers are actively hiring. Don't miss out!

Indeed · Unsubscribe · Privacy""",
      "2026-04-06T05:02:00-05:00", fmt="html",
      hdrs=_list("<job-alerts.indeed.example.com>", "https://www.indeed.example.com/unsubscribe?t=1")),
    M("other", "substack_ghosted_final_round", "en",
      "The Product Hire <theproducthire@substack.example.com>",
      "Why you got ghosted after the final round",
      """The Product Hire - Issue #58

You nailed the final round. The hiring manager said "we'll be in touch by Friday." Then: nothing. This week we look at why companies go silent, how a polite follow-up one week later actually helps, and what to do when the rejection finally arrives ("we've decided to move forward with other candidates").

Plus: reader mail about missing an interview because of a time-zone mix-up, and how she got a second chance.

Read in browser · Unsubscribe""",
      "2026-05-14T13:00:00+00:00", fmt="alt",
      hdrs=_list("The Product Hire <theproducthire.substack.example.com>",
                 "https://theproducthire.substack.example.com/unsub")),
    M("other", "recruiter_cold_outreach_en", "en",
      "Ryan Whitaker <ryan.whitaker@orbitalfreight.example.com>", "Lead PM role at Orbital Freight",
      """Hi Valentina,

I came across your profile and loved the work you did on booking flows - very relevant to what we're building at Orbital Freight (freight marketplace, Series B, remote across the Americas).

We're hiring a Lead Product Manager for the shipper experience later this quarter. If it sounds interesting, just reply and I'll send over the full JD and comp range - no pressure either way.

Cheers,
Ryan Whitaker
Senior Technical Recruiter, Orbital Freight""",
      "2026-06-15T11:11:00-05:00", company="Orbital Freight",
      contact="ryan.whitaker@orbitalfreight.example.com"),
    M("other", "radio_interview_request", "en",
      "Priscilla Owusu <p.owusu@citywave-radio.example.co.uk>", "Interview request - Money Matters segment",
      """Hi Valentina,

I'm a producer on Money Matters, the weekly consumer-finance show on CityWave Radio. We're doing a segment on how banking apps are designed for people who move between countries, and your talk at UX London came highly recommended.

Would you be up for a 10-minute pre-recorded interview next Wednesday? We can do it over the phone.

Best,
Priscilla Owusu
Producer, CityWave Radio""",
      "2026-06-03T09:45:00+01:00"),
    M("other", "user_research_gift_card", "en",
      "Revolut Research <research@revolut.example.com>", "Share your thoughts: 30-min interview + £40 voucher",
      """Hi Valentina,

We'd love to hear how you use Revolut when travelling. Our research team is running 30-minute video interviews next week, and every participant receives a £40 voucher.

Book a slot: https://research.revolut.example.com/book

Thanks for helping us build a better app!
The Revolut Research Team""",
      "2026-07-08T14:00:00+01:00", fmt="html", hdrs=_BULK, links=["https://research.revolut.example.com/book"]),
    M("other", "spotify_payment_failed", "en",
      "Spotify <no-reply@spotify.example.com>", "Your payment didn't go through",
      """Hi Valentina,

We couldn't process the payment for your Premium Family plan. Please update your payment details to keep listening without interruptions.

Update payment: https://www.spotify.example.com/account

The Spotify Team""",
      "2026-08-02T04:12:00+00:00", fmt="html", hdrs=_BULK),
    M("other", "amazon_package_delayed", "en",
      "Amazon.com <shipment-tracking@amazon.example.com>", "Update: your package is delayed",
      """Hello Valentina,

Unfortunately your package is running late. We're sorry for the delay.

Order #114-2290871-5520091
Item: Wacom Intuos Pro Medium
New estimated delivery: Tuesday, September 15

We'll send you another update when it's out for delivery.""",
      "2026-09-11T18:30:00-04:00", fmt="html"),
    M("other", "gps_position_shared", "en",
      "Garmin Connect <no-reply@garmin.example.com>", "Mateo shared his LiveTrack position with you",
      """Mateo Okoye is sharing his real-time position with you using LiveTrack.

Activity: Cycling - Desierto de los Leones
Current position: 19.3167° N, 99.3100° W
Started: 7:02 AM

View LiveTrack: https://livetrack.garmin.example.com/session/7f31

You are receiving this email because Mateo added you as a LiveTrack contact.""",
      "2026-04-26T07:15:00-06:00", fmt="html"),
    M("other", "loan_application_declined", "en",
      "Nu <no-reply@nu.example.com>", "About your personal loan application",
      """Hi Valentina,

Thanks for applying for a Nu personal loan. After reviewing your application, we're unable to approve it at this time because your credit history in Mexico is still short.

This decision doesn't affect your account or your card. You can apply again in 90 days.

The Nu Team""",
      "2026-03-19T12:30:00-06:00", fmt="html"),
    M("other", "own_sent_thank_you_en", "en",
      "Valentina Ríos-Okoye <valentina.ro@example.mx>", "Thank you - Product Sense interview",
      """Hi Chris,

Thank you for taking the time to talk with me today about the marketplace roadmap. I really enjoyed our discussion of seller onboarding, and it made me even more excited about the Senior Product Manager role at Parcelly.

Please let me know if there is anything else I can share.

Best regards,
Valentina Ríos-Okoye""",
      "2026-03-10T14:40:00-06:00", company="Parcelly",
      to="Chris Olsen <chris.olsen@parcelly.example.com>"),
    M("other", "ooo_recruiter_en", "en",
      "Amira Haddad <amira@tidewateranalytics.example.ca>", "Automatic reply: Missed you today",
      """Thanks for your email. I'm out of the office until Monday, March 23, with limited access to email. If it's urgent please contact talent@tidewateranalytics.example.ca.

Amira Haddad
Talent Partner | Tidewater Analytics""",
      "2026-03-16T09:02:00-04:00", company="Tidewater Analytics", contact="amira@tidewateranalytics.example.ca",
      hdrs={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}),
    M("other", "friend_rejected_five_rounds", "en",
      "Daniel Osei <dan.osei@example.org>", "Re: drinks thursday?",
      """haha yes thursday works.

also fml, got rejected from the Shopline thing after FIVE rounds. "we were really impressed but decided to go with a candidate with more platform experience". they literally had me do a take-home on platform stuff. anyway. need that drink

d""",
      "2026-05-20T19:44:00-04:00",
      quote={"style": "gmail", "who": "Valentina Ríos-Okoye <valentina.ro@example.mx>",
             "date": "2026-05-20T12:10:00-06:00",
             "text": "Drinks thursday? I'm in Austin until Friday!\n\nV"}),
    M("other", "netflix_household", "en",
      "Netflix <info@mailer.netflix.example.com>", "Your membership is on hold",
      """Hi Valentina,

We're having trouble with your current billing information. We'll try again, but in the meantime you may want to update your payment details.

Update account: https://www.netflix.example.com/youraccount

Your friends at Netflix""",
      "2026-10-02T03:30:00+00:00", fmt="html", hdrs=_BULK),
    M("other", "calendar_reminder_design_standup", "en",
      "Google Calendar <calendar-notification@google.com>",
      "Notification: Weekly design standup @ Mon Oct 5, 2026 9am - 9:30am (CST)",
      """This is a reminder for:

Weekly design standup
Monday Oct 5, 2026 9am - 9:30am (Central Time - Mexico City)
Joining info: https://meet.google.com/wkl-dsgn-stp
Calendar: valentina.ro@example.mx

Invitation from Google Calendar. You are receiving this email because you are subscribed to notifications for calendar valentina.ro@example.mx.""",
      "2026-10-05T08:50:00-06:00", fmt="alt"),
]

_FR = [
    M("other", "wttj_newsletter_refus", "fr",
      "Welcome to the Jungle <hello@welcometothejungle.example.com>",
      "Rebondir après un refus + 120 offres en design produit",
      """Cette semaine dans la Jungle 🌿

« Votre candidature n'a pas été retenue » : comment rebondir après un refus, et pourquoi demander un retour vaut toujours le coup.
Lire l'article →

Entretien vidéo : 7 erreurs qu'on voit (trop) souvent
Lire l'article →

Les offres de la semaine : Product Designer chez Ondine, UX Researcher chez Cartable, Design Ops chez Pilotis…

Se désabonner""",
      "2026-04-16T08:30:00+02:00", fmt="html",
      hdrs=_list("<newsletter.welcometothejungle.example.com>",
                 "https://www.welcometothejungle.example.com/unsubscribe")),
    M("other", "cours_francais_reporte", "fr",
      "Alliance Française de Mexico <cours@alliancefr.example.mx>", "Cours B2 du jeudi : report",
      """Bonjour à toutes et à tous,

En raison d'un empêchement de votre professeure, le cours B2 de ce jeudi 10 septembre est reporté au samedi 12 septembre à 10h, même salle.

Merci de votre compréhension et à samedi !

Secrétariat pédagogique
Alliance Française de Mexico""",
      "2026-09-08T17:00:00-06:00", cs="iso-8859-1"),
    M("other", "logement_dossier_refuse", "fr",
      "Agence Bastille Immobilier <location@bastille-immo.example.fr>", "Votre dossier - T2 rue de Charonne",
      """Bonjour Madame,

Nous vous remercions pour votre dossier de location concernant l'appartement T2 situé rue de Charonne.

Le propriétaire a malheureusement retenu un autre dossier. Nous conservons vos coordonnées et ne manquerons pas de vous proposer d'autres biens correspondant à vos critères.

Cordialement,
Agence Bastille Immobilier""",
      "2026-09-22T11:15:00+02:00"),
    M("other", "podcast_fr_interview", "fr",
      "Les Designers <contact@lesdesigners-podcast.example.fr>", "Interview pour le podcast ?",
      """Bonjour Valentina,

Je prépare une série d'épisodes sur le design de services dans les banques en Amérique latine et en Europe, et j'aimerais beaucoup t'interviewer pour le podcast Les Designers.

L'enregistrement dure environ 45 minutes, à distance. Tu serais partante en octobre ?

Belle journée,
Camille
Les Designers - le podcast""",
      "2026-09-16T10:05:00+02:00"),
    M("other", "orange_facture", "fr",
      "Orange <facture@orange.example.fr>", "Votre facture mobile est disponible",
      """Bonjour,

Votre facture Orange du mois de mai est disponible dans votre Espace Client.

Montant : 19,99 €
Prélèvement prévu le : 12/06/2026

Orange vous remercie de votre confiance.""",
      "2026-06-01T06:00:00+02:00", fmt="html", cs="iso-8859-1", cte="quoted-printable", hdrs=_BULK),
]

_DE = [
    M("other", "stepstone_jobagent", "de",
      "StepStone Jobagent <jobagent@stepstone.example.de>", "8 neue Jobs für Sie: UX Designer in Berlin",
      """Ihr Jobagent hat neue Angebote gefunden

Senior UX Designer (m/w/d) - Kranich Mobility - Berlin - Homeoffice möglich
Service Designer (w/m/d) - Stadtwerke Rheinau - Mannheim
Product Owner Digital (m/w/d) - Nordlicht Versicherung - Hamburg

Jetzt bewerben auf stepstone.example.de

Sie erhalten diese E-Mail, weil Sie einen Jobagenten angelegt haben. Jobagent abbestellen.""",
      "2026-05-11T06:15:00+02:00", fmt="html", cs="iso-8859-1",
      hdrs=_list("<jobagent.stepstone.example.de>", "https://www.stepstone.example.de/jobagent/abmelden")),
    M("other", "xing_newsletter_absage", "de",
      "Karriere-Insider <newsletter@karriere-insider.example.de>",
      "Absage nach dem Vorstellungsgespräch? So reagierst du richtig",
      """Hallo Valentina,

„Leider müssen wir Ihnen mitteilen …“ – kaum ein Satz nervt mehr. In unserem Ratgeber zeigen wir dir, wie du auf eine Absage antwortest, warum sich eine Bitte um Feedback lohnt und wie du ein verpasstes Vorstellungsgespräch retten kannst.

Außerdem: Gehaltsverhandlung für Product Manager 2026.

Viel Erfolg!
Dein Karriere-Insider-Team

Newsletter abbestellen | Impressum""",
      "2026-06-04T07:00:00+02:00", fmt="alt",
      hdrs=_list("Karriere-Insider <news.karriere-insider.example.de>",
                 "https://karriere-insider.example.de/abmelden")),
    M("other", "dhl_sendung_verzoegert", "de",
      "DHL Paket <noreply@dhl.example.de>", "Ihre Sendung verzögert sich",
      """Guten Tag,

leider verzögert sich die Zustellung Ihrer Sendung 00340434161234567890. Grund: hohes Sendungsaufkommen im Paketzentrum.

Neuer voraussichtlicher Zustelltag: Freitag, 24.04.2026

Wir bitten um Entschuldigung.
Ihr DHL Team""",
      "2026-04-22T13:20:00+02:00", fmt="html", cs="iso-8859-1"),
    M("other", "nutzerinterview_de", "de",
      "Lena Krüger <lena.krueger@tempo-bank.example.de>", "Kurzes Nutzerinterview?",
      """Hallo Valentina,

ich bin UX-Researcherin bei der Tempo Bank. Du hast dich letzte Woche für unser Research-Panel angemeldet – danke dafür!

Hättest du Lust auf ein 30-minütiges Nutzerinterview zu unserer neuen Auslandsüberweisung? Als Dankeschön gibt es einen 30-€-Gutschein.

Viele Grüße
Lena Krüger
UX Research, Tempo Bank""",
      "2026-07-28T10:30:00+02:00"),
    M("other", "bahn_fahrplanaenderung", "de",
      "Deutsche Bahn <noreply@bahn.example.de>", "Fahrplanänderung für Ihre Reise am 12.10.",
      """Guten Tag Frau Ríos-Okoye,

für Ihre Verbindung Berlin Hbf – Köln Hbf am 12.10.2026 gibt es eine Fahrplanänderung: ICE 845 fällt aus. Ihre Fahrkarte gilt für den ICE 947 (Abfahrt 10:34 statt 10:04).

Gute Reise wünscht Ihnen
Ihre Deutsche Bahn""",
      "2026-10-09T18:00:00+02:00", fmt="html", cs="iso-8859-1", cte="quoted-printable"),
]

MESSAGES = _ES + _EN + _FR + _DE
