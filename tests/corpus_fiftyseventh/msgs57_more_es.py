"""More Spanish mail of the 57th corpus, so that half the inbox is Spanish as the brief asks:
job mail from Barcelona, Valencia, Seville and Madrid employers and a few household messages."""

from __future__ import annotations

from msgs57_base import m

MESSAGES = [
    m("rejection", "comite_barcelona_catalan", "es", "Montse Puigdomènech <mpuigdomenech@firabcn-congressos.example.cat>",
      "RE: Entrevista con el comité",
      """Hola Lucía,

Gracias de nuevo por tu tiempo con el comité la semana pasada. Te escribo para decirte que hemos decidido no seguir adelante con tu candidatura para Coordinadora de Congresos Internacionales: necesitamos a alguien con catalán nivel C para la relación con proveedores locales y en eso no podíamos flexibilizar.

Ha sido un placer conocerte. Molta sort!

Montse Puigdomènech
Responsable de Persones
Fira Congressos Barcelona""",
      company="Fira Congressos Barcelona", date="2026-05-29T12:40:00+02:00", cte="quoted-printable",
      quote=("outlook_es:Entrevista con el comité", "Lucía Etxeberria-Montalvo <lucia.etxeberria@example.es>",
             "Hola Montse,\n\nGracias por la entrevista de ayer con el comité. Quedo a vuestra disposición para cualquier información adicional.\n\nSaludos,\nLucía"),
      in_reply_to="<lucia-fira-0521@mail.example.es>"),

    m("rejection", "valencia_retail_plantilla", "es", "Mercavalencia Retail · Selección <seleccion@mvretail.example.es>",
      "Re: tu candidatura",
      """Hola Lucía:

Te agradecemos sinceramente el interés mostrado por formar parte de nuestro equipo de Compras en Valencia.

Hemos recibido un gran número de candidaturas y, tras estudiarlas, te comunicamos que en esta ocasión no vamos a contar con tu perfil para el puesto de Técnica de Compras Frescos. Guardaremos tu CV para futuras vacantes que se ajusten mejor a tu experiencia.

Un saludo cordial,
Equipo de Selección
Mercavalencia Retail""",
      company="Mercavalencia Retail", date="2026-08-18T10:20:00+02:00", charset="windows-1252"),

    m("interview_invitation", "sevilla_referencias_videollamada", "es", "Rocío Benjumea <rbenjumea@giraldatours.example.es>",
      "Siguiente paso proceso Account Manager",
      """Buenas Lucía,

¡Qué bien la primera charla! Te cuento cómo seguimos: nos gustaría hacer una segunda entrevista por videollamada con Manuel, nuestro director comercial, y después te pediríamos un par de referencias.

¿Te viene bien el lunes 14 de septiembre a las 17:00? Dura como una hora.

Un abrazo,
Rocío Benjumea
RR. HH. · Giralda Tours & Events
Sevilla""",
      company="Giralda Tours & Events", date="2026-09-08T13:00:00+02:00", fmt="alt"),

    m("missed_interview_notice", "madrid_telefonica_no_contesto", "es", "Pablo Urquijo <purquijo@paymadrid.example.com>",
      "Llamada de las 12",
      """Lucía, te he llamado a las 12 como quedamos para la entrevista telefónica pero me salta el buzón. Si te ha surgido algo dime y buscamos otro momento esta semana.

Pablo
PayMadrid · Partnerships""",
      company="PayMadrid", date="2026-09-16T12:18:00+02:00"),

    m("offer", "valencia_contrato_firma", "es", "Ximo Ferrer <ximo.ferrer@turiasoftware.example.es>",
      "Contrato para firmar",
      """Hola Lucía,

Tal y como hablamos ayer, te adjunto el contrato para el puesto de Customer Success Manager en Turia Software (indefinido, 40.000 € brutos anuales, teletrabajo con 1 día a la semana en la oficina de Ruzafa). Si estás de acuerdo, fírmalo por Signaturit con el enlace que te llegará hoy.

Estamos muy contentos de que te unas al equipo.

Salut!
Ximo Ferrer
CEO · Turia Software""",
      company="Turia Software", attach="Contrato_Etxeberria_TuriaSoftware.pdf", date="2026-10-06T09:45:00+02:00"),

    m("application_received", "bamboohr_es_recibida", "es", "Nómada Rentals <notifications@app.bamboohr.com>",
      "Nómada Rentals: candidatura recibida",
      """Hola Lucía,

Gracias por tu interés en Nómada Rentals. Hemos recibido tu candidatura para Operations Analyst (Málaga / remoto).

Nuestro equipo revisará tu perfil y, si encaja con lo que buscamos, te contactaremos para los siguientes pasos. Por el volumen de solicitudes no siempre podemos responder a todas las personas individualmente.

Un saludo,
Equipo de Nómada Rentals""",
      company="Nómada Rentals", date="2026-08-25T16:10:00+02:00", fmt="html", brand="Nómada Rentals",
      track="app.bamboohr.com"),

    m("application_received", "recruitee_es_madrid_consultora", "es", "Lucas Herrero <lucas.herrero@ecoreport-consulting.example.es>",
      "Candidatura recibida – Consultor/a Reporting de Sostenibilidad",
      """Hola Lucía,

Te confirmo que hemos recibido tu candidatura para la posición de Consultor/a de Reporting de Sostenibilidad (CSRD). Cerramos el plazo el día 30 y durante la primera semana de octubre contactaremos con las personas preseleccionadas.

Gracias por pensar en nosotros.

Lucas Herrero
Talent Acquisition · EcoReport Consulting
Madrid""",
      company="EcoReport Consulting", date="2026-09-22T11:30:00+02:00"),

    m("other", "tarjeta_credito_denegada", "es", "Banco Norte <avisos@banco-norte.example.es>",
      "Resolución de tu solicitud de tarjeta",
      """Hola Lucía,

Lamentamos comunicarte que, tras analizar tu solicitud de la Tarjeta Oro, no podemos aprobarla en este momento. Esta decisión se basa en nuestros criterios internos de riesgo.

Puedes volver a solicitarla dentro de 6 meses.

Banco Norte""",
      fmt="html", brand="Banco Norte", contact="", date="2026-02-05T10:00:00+01:00"),

    m("other", "wallapop_venta", "es", "Wallapop <noreply@wallapop.example.com>",
      "¡Has vendido «Traje chaqueta azul marino talla 38»!",
      """¡Enhorabuena, Lucía!

Tu producto «Traje chaqueta azul marino talla 38 (perfecto para entrevistas)» se ha vendido por 45 €. Prepara el paquete y llévalo a un punto de envío antes de 5 días.

Wallapop""",
      fmt="html", brand="Wallapop", date="2026-10-12T19:00:00+02:00"),

    m("other", "hermana_consejo_entrevista", "es", "Ainhoa Etxeberria <ainhoa.etx@example.com>",
      "lo de mañana",
      """Oye, que mañana tienes la entrevista de Sevilla no? Mucha suerte!!! Acuérdate de preguntar por el teletrabajo, que a mí en la última me dijeron que sí y luego era mentira jajaja

Llámame al salir

Enviado desde mi Android""",
      date="2026-09-13T21:30:00+02:00"),
]
