"""Everything else (52): newsletters, alerts, other meanings of the words, friends, the candidate's
own sent mail, out-of-office replies, cold outreach. Written one by one."""

from __future__ import annotations

from msgs114_common import ME

MESSAGES: list[dict] = []
add = MESSAGES.append

# ---------------------------------------------------------------- Spanish (28)

add({
    "slug": "boletin_superar_rechazo", "kind": "other", "company": "", "contact": "", "lang": "es",
    "sender": ("Minería & Carrera", "boletin@mineriaycarrera.example.cl"),
    "subject": "Boletín N° 112 | Cómo superar el rechazo en una postulación (y 4 ofertas destacadas)",
    "date": "2026-03-12 07:00 -0300", "structure": "html", "charset": "utf-8", "cte": "qp",
    "headers": [("List-Id", "Boletin Mineria & Carrera <boletin.mineriaycarrera.example.cl>"),
             ("List-Unsubscribe", "<https://mineriaycarrera.example.cl/baja?e=rvm>, <mailto:baja@mineriaycarrera.example.cl>"),
             ("Precedence", "bulk")],
    "html": """<html><body style="margin:0;background:#ececec">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="640" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Georgia,serif;color:#222">
<tr><td style="padding:18px 28px;background:#3b2a1a"><img src="https://mineriaycarrera.example.cl/news/logo.png" alt="Minería &amp; Carrera" height="34"></td></tr>
<tr><td style="padding:26px 28px">
<h1 style="font-size:24px;margin:0 0 14px">Cómo superar el rechazo en una postulación</h1>
<p>"Lamentablemente no continuará en el proceso." Pocas frases duelen tanto. Pero un rechazo no es un juicio sobre tu valor profesional: en minería, un cargo de planificador recibe en promedio 180 postulaciones.</p>
<p>Tres ideas de la psicóloga laboral Pilar Undurraga:</p>
<ol><li>Pide feedback concreto, sobre todo después de una entrevista.</li><li>Si no te presentaste a una entrevista, escribe de inmediato y explica: las empresas valoran la honestidad.</li><li>Revisa tu CV: ¿habla de resultados (disponibilidad, MTBF) o solo de funciones?</li></ol>
<p><a href="https://t.mineriaycarrera.example.cl/c/112/articulo-rechazo" style="color:#a0522d">Leer el artículo completo &raquo;</a></p>
<h2 style="font-size:18px;border-top:1px solid #ddd;padding-top:16px">Ofertas destacadas</h2>
<ul style="font-family:Arial,sans-serif;font-size:14px">
<li><a href="https://t.mineriaycarrera.example.cl/c/112/o1">Ingeniero de Confiabilidad – Calama</a></li>
<li><a href="https://t.mineriaycarrera.example.cl/c/112/o2">Planificador de Mantenimiento Mina – Copiapó</a></li>
<li><a href="https://t.mineriaycarrera.example.cl/c/112/o3">Jefe de Turno Mantención – Antofagasta</a></li>
<li><a href="https://t.mineriaycarrera.example.cl/c/112/o4">Analista de Activos – Santiago</a></li></ul>
</td></tr>
<tr><td style="padding:16px 28px;background:#f4f4f4;font-family:Arial;font-size:11px;color:#777">Recibes este boletín porque te suscribiste en mineriaycarrera.example.cl. <a href="https://mineriaycarrera.example.cl/baja?e=rvm" style="color:#777">Darte de baja</a> · <a href="https://mineriaycarrera.example.cl/preferencias?e=rvm" style="color:#777">Preferencias</a><br>Minería &amp; Carrera Ediciones Ltda. · Santiago, Chile</td></tr>
</table></td></tr></table>
<img src="https://t.mineriaycarrera.example.cl/o/112/rvm.gif" width="1" height="1" alt="">
</body></html>""",
})

add({
    "slug": "alerta_empleo_digest", "kind": "other", "company": "", "contact": "", "lang": "es",
    "sender": ("Alertas TrabajoNorte", "alertas@trabajonorte.example.cl"),
    "subject": "15 nuevas ofertas: Planificador de mantenimiento en Antofagasta",
    "date": "2026-02-09 06:30 -0300", "structure": "html", "charset": "utf-8", "cte": "base64",
    "headers": [("List-Unsubscribe", "<https://trabajonorte.example.cl/alertas/baja?id=77120>"),
             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")],
    "html": """<html><body style="margin:0;background:#f5f7fa;font-family:Arial,sans-serif">
<table width="600" cellpadding="0" cellspacing="0" align="center" style="background:#fff">
<tr><td style="padding:18px 24px;border-bottom:1px solid #e6e9ee"><img src="https://trabajonorte.example.cl/img/logo_tn.png" alt="TrabajoNorte" height="30"></td></tr>
<tr><td style="padding:20px 24px;font-size:14px;color:#2a2f36">
<p>Hola Rodrigo, estas son las nuevas ofertas para tu alerta <b>"planificador mantenimiento – Antofagasta"</b>:</p>
<table width="100%" cellpadding="8" cellspacing="0" style="font-size:14px">
<tr><td style="border-bottom:1px solid #eee"><a href="https://click.trabajonorte.example.cl/a/1">Planificador de Mantenimiento Mina</a><br><span style="color:#6b7380">Montajes &amp; Servicios del Norte · Antofagasta</span></td></tr>
<tr><td style="border-bottom:1px solid #eee"><a href="https://click.trabajonorte.example.cl/a/2">Programador de Mantenimiento – Turno 4x4</a><br><span style="color:#6b7380">Empresa confidencial · Sierra Gorda</span></td></tr>
<tr><td style="border-bottom:1px solid #eee"><a href="https://click.trabajonorte.example.cl/a/3">Ingeniero de Planificación – Parada de Planta</a><br><span style="color:#6b7380">Tecnored Servicios Mineros · Mejillones</span></td></tr>
<tr><td style="border-bottom:1px solid #eee"><a href="https://click.trabajonorte.example.cl/a/4">Planificador SAP PM</a><br><span style="color:#6b7380">Norte Staffing SpA · Antofagasta</span></td></tr>
</table>
<p><a href="https://click.trabajonorte.example.cl/a/todas?alerta=77120" style="color:#0a66c2">Ver las 15 ofertas</a></p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#9aa1ab">Recibes esta alerta diaria porque la creaste en TrabajoNorte. <a href="https://trabajonorte.example.cl/alertas/baja?id=77120" style="color:#9aa1ab">Eliminar alerta</a></td></tr>
</table>
<img src="https://open.trabajonorte.example.cl/o/al-77120.gif" width="1" height="1" alt="">
</body></html>""",
})

add({
    "slug": "podcast_entrevista", "kind": "other", "company": "", "contact": "cata@faenaadentro.example.cl", "lang": "es",
    "sender": ("Catalina Órdenes", "cata@faenaadentro.example.cl"),
    "subject": "Invitación al podcast Faena Adentro",
    "date": "2026-04-15 11:42 -0400", "structure": "plain", "charset": "utf-8", "cte": "qp",
    "text": """Hola Rodrigo, ¿cómo estás?

Soy Cata Órdenes, conduzco el podcast Faena Adentro, donde conversamos con gente de mantenimiento y operaciones de la minería del norte. Te escuché en la charla del Congreso de Mantenimiento en Antofagasta sobre planificación de paradas de chancado y me encantó.

¿Te animarías a una entrevista para el podcast? Serían unos 40 minutos de conversación, grabamos por Zoom o presencial en nuestro estudio en calle Baquedano. No hay que preparar nada, es una conversa.

Te dejo el link a los episodios anteriores por si quieres escuchar alguno: https://faenaadentro.example.cl/episodios

Un abrazo,
Cata
""",
})

add({
    "slug": "ux_research_entrevista", "kind": "other", "company": "", "contact": "vortiz@mantenpro.example.com", "lang": "es",
    "sender": ("Valentina Ortiz (MantenPro)", "vortiz@mantenpro.example.com"),
    "subject": "¿30 minutos para ayudarnos a mejorar MantenPro? (gift card de $25.000)",
    "date": "2026-05-19 10:03 -0400", "structure": "alt", "charset": "utf-8", "cte": "qp",
    "text": """Hola Rodrigo:

Soy Valentina, investigadora de experiencia de usuario en MantenPro. Vimos que usas nuestra app a diario para programar órdenes de trabajo y nos encantaría entrevistarte.

Es una entrevista de investigación de 30 minutos por videollamada: te preguntaremos cómo planificas la semana, qué te frustra de la app y qué te gustaría que hiciera. No es una venta ni una evaluación.

Como agradecimiento te enviaremos una gift card de $25.000.

Si te interesa, elige un horario aquí: https://mantenpro.example.com/research/agenda?u=rvm

¡Gracias!
Valentina Ortiz
UX Research · MantenPro
""",
    "html": """<div style="font-family:Arial,sans-serif;font-size:14px;color:#333">
<p>Hola Rodrigo:</p>
<p>Soy Valentina, investigadora de experiencia de usuario en <b>MantenPro</b>. Vimos que usas nuestra app a diario para programar órdenes de trabajo y nos encantaría entrevistarte.</p>
<p>Es una <b>entrevista de investigación de 30 minutos</b> por videollamada: te preguntaremos cómo planificas la semana, qué te frustra de la app y qué te gustaría que hiciera. No es una venta ni una evaluación.</p>
<p>Como agradecimiento te enviaremos una gift card de $25.000.</p>
<p><a href="https://mantenpro.example.com/research/agenda?u=rvm" style="background:#3b82f6;color:#fff;padding:8px 16px;text-decoration:none;border-radius:4px">Elegir horario</a></p>
<p>¡Gracias!<br>Valentina Ortiz<br>UX Research · MantenPro</p>
</div>""",
})

add({
    "slug": "gps_tu_posicion", "kind": "other", "company": "", "contact": "", "lang": "es",
    "sender": ("RutaSegura", "no-reply@rutasegura.example.com"),
    "subject": "Tu posición fue compartida con Daniela",
    "date": "2026-06-27 19:12 -0400", "structure": "alt", "charset": "utf-8", "cte": "qp",
    "text": """Tu posición en tiempo real se compartió con Daniela

Daniela podrá ver tu ubicación durante el viaje Antofagasta -> Calama (Ruta 25) hasta que llegues a destino o detengas el uso compartido.

Última posición: km 84, cerca de Carmen Alto · 19:10

Dejar de compartir: https://rutasegura.example.com/app/share/stop?id=99a1

Recibiste este correo porque activaste "Compartir viaje". RutaSegura no responde correos enviados a esta dirección.
""",
    "html": """<html><body style="font-family:Roboto,Arial,sans-serif;font-size:14px;color:#202124">
<table width="480" cellpadding="0" cellspacing="0" align="center"><tr><td style="padding:20px">
<img src="https://rutasegura.example.com/img/pin.png" alt="RutaSegura" width="40">
<p style="font-size:18px">Tu posición en tiempo real se compartió con <b>Daniela</b></p>
<p>Daniela podrá ver tu ubicación durante el viaje <b>Antofagasta → Calama (Ruta 25)</b> hasta que llegues a destino o detengas el uso compartido.</p>
<p>Última posición: km 84, cerca de Carmen Alto · 19:10</p>
<p><a href="https://rutasegura.example.com/app/share/stop?id=99a1">Dejar de compartir</a></p>
<p style="font-size:11px;color:#80868b">Recibiste este correo porque activaste "Compartir viaje". RutaSegura no responde correos enviados a esta dirección.</p>
</td></tr></table></body></html>""",
})

add({
    "slug": "fila_virtual_posicion", "kind": "other", "company": "", "contact": "", "lang": "es",
    "sender": ("Clínica Antofagasta Norte", "agenda-noreply@clinicaantofagastanorte.example.cl"),
    "subject": "Tu posición en la lista de espera: 37",
    "date": "2026-08-03 08:02 -0400", "structure": "plain", "charset": "iso-8859-1", "cte": "qp", "hcharset": "iso-8859-1",
    "text": """Estimado(a) RODRIGO VALDES MOREAU:

Le informamos su posición actual en la lista de espera para Traumatología (Dr. Sepúlveda):

Posición: 37
Tiempo estimado de espera: 3 a 4 semanas

Le avisaremos por este medio y por SMS cuando se libere una hora. Si ya no necesita la atención, puede anular su solicitud en clinicaantofagastanorte.example.cl/agenda.

Este es un mensaje automático, no responda este correo.
Clínica Antofagasta Norte
""",
})

add({
    "slug": "paquete_retrasado", "kind": "other", "company": "", "contact": "", "lang": "es",
    "sender": ("RutaExpress", "seguimiento@rutaexpress.example.cl"),
    "subject": "Lamentablemente tu paquete está retrasado",
    "date": "2026-01-08 14:55 -0300", "structure": "alt", "charset": "utf-8", "cte": "qp",
    "text": """Hola Rodrigo,

Lamentablemente tu paquete N° RX-5582019-CL (remitente: Tienda Instrumentos Industriales) está retrasado por cierre de la Ruta 5 Norte a la altura de Taltal.

Nueva fecha estimada de entrega: lunes 12 de enero.

Seguir mi envío: https://rutaexpress.example.cl/seguimiento/RX-5582019-CL

Disculpa las molestias.
Equipo RutaExpress

No respondas a este correo. Para ayuda visita rutaexpress.example.cl/ayuda
""",
    "html": """<html><body style="font-family:Arial,sans-serif;background:#fff8f0">
<table width="560" align="center" cellpadding="16" cellspacing="0" style="background:#fff;border:1px solid #ffd8b0">
<tr><td><img src="https://rutaexpress.example.cl/mail/logo.png" alt="RutaExpress" height="32"></td></tr>
<tr><td style="font-size:14px;color:#333">
<p>Hola Rodrigo,</p>
<p>Lamentablemente tu paquete <b>N° RX-5582019-CL</b> (remitente: Tienda Instrumentos Industriales) está retrasado por cierre de la Ruta 5 Norte a la altura de Taltal.</p>
<p>Nueva fecha estimada de entrega: <b>lunes 12 de enero</b>.</p>
<p><a href="https://rutaexpress.example.cl/seguimiento/RX-5582019-CL">Seguir mi envío</a></p>
<p>Disculpa las molestias.<br>Equipo RutaExpress</p>
</td></tr>
<tr><td style="font-size:11px;color:#999">No respondas a este correo. Para ayuda visita rutaexpress.example.cl/ayuda</td></tr>
</table></body></html>""",
})

add({
    "slug": "banco_solicitud_credito_recibida", "kind": "other", "company": "", "contact": "", "lang": "es",
    "sender": ("Banco del Norte Grande", "notificaciones@bancodelnortegrande.example.cl"),
    "subject": "Hemos recibido tu solicitud de crédito hipotecario",
    "date": "2026-02-25 10:40 -0300", "structure": "alt", "charset": "iso-8859-1", "cte": "qp", "hcharset": "iso-8859-1",
    "text": """Estimado Rodrigo Valdés-Moreau:

Hemos recibido tu solicitud de crédito hipotecario N° 2026-HIP-00418 por UF 3.200 para la compra de una vivienda en Antofagasta.

Tu solicitud será evaluada por nuestra área de riesgo en un plazo de 5 a 7 días hábiles. Te informaremos el resultado por este medio y tu ejecutivo se contactará contigo.

Atentamente,
Banco del Norte Grande

Nunca te pediremos tus claves por correo electrónico.
""",
    "html": """<html><body style="font-family:Arial,sans-serif;font-size:13px">
<table width="600" cellpadding="0" cellspacing="0"><tr><td style="background:#00334e;padding:12px"><img src="https://bancodelnortegrande.example.cl/img/logo.png" alt="Banco del Norte Grande" height="32"></td></tr>
<tr><td style="padding:16px">
<p>Estimado Rodrigo Valdés-Moreau:</p>
<p>Hemos recibido tu <b>solicitud de crédito hipotecario N° 2026-HIP-00418</b> por UF 3.200 para la compra de una vivienda en Antofagasta.</p>
<p>Tu solicitud será evaluada por nuestra área de riesgo en un plazo de 5 a 7 días hábiles. Te informaremos el resultado por este medio y tu ejecutivo se contactará contigo.</p>
<p>Atentamente,<br>Banco del Norte Grande</p>
<p style="font-size:10px;color:#777">Nunca te pediremos tus claves por correo electrónico.</p>
</td></tr></table></body></html>""",
})

add({
    "slug": "tarjeta_no_aprobada", "kind": "other", "company": "", "contact": "", "lang": "es",
    "sender": ("Banco Cordillera", "no-reply@bancocordillera.example.ar"),
    "subject": "Resultado de tu solicitud de tarjeta",
    "date": "2026-04-30 12:15 -0300", "structure": "html", "charset": "utf-8", "cte": "qp",
    "html": """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
<table width="560" align="center" cellpadding="18" cellspacing="0" style="border:1px solid #e0e0e0">
<tr><td><img src="https://bancocordillera.example.ar/mail/logo.png" alt="Banco Cordillera" height="30"></td></tr>
<tr><td>
<p>Hola Rodrigo,</p>
<p>Gracias por solicitar la Tarjeta Cordillera Visa Gold. Lamentablemente tu solicitud fue rechazada: por el momento no cumplís con los requisitos de antigüedad de residencia en Argentina.</p>
<p>Podés volver a solicitarla dentro de 6 meses.</p>
<p>Saludos,<br>Banco Cordillera</p>
</td></tr>
<tr><td style="font-size:10px;color:#888">Banco Cordillera S.A. · Mendoza. Este mensaje fue generado automáticamente.</td></tr>
</table></body></html>""",
})

add({
    "slug": "piso_chamberi_no_aceptado", "kind": "other", "company": "", "contact": "irene.pastor@habitamadrid.example.es", "lang": "es",
    "sender": ("Irene Pastor - Habita Madrid", "irene.pastor@habitamadrid.example.es"),
    "subject": "Solicitud piso c/ Fuencarral 112",
    "date": "2026-10-02 13:47 +0200", "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "text": """Hola Rodrigo:

Te escribo sobre tu solicitud para el piso de la calle Fuencarral 112, 3º B, en Chamberí.

La propietaria ha revisado los perfiles y, al no tener todavía contrato de trabajo en España ni nóminas de aquí, no ha aceptado la solicitud; ha elegido a otra familia. Lo siento mucho.

Si en unas semanas ya tienes el contrato firmado, avísame y te enseño lo que tengamos disponible. Suelen salir cosas en Arganzuela y Delicias.

Un saludo,
Irene Pastor
Agente inmobiliaria · Habita Madrid
""",
})

add({
    "slug": "amigo_me_rebotaron", "kind": "other", "company": "", "contact": "pancho.leiva@correo.example.cl", "lang": "es",
    "sender": ("Pancho Leiva", "pancho.leiva@correo.example.cl"),
    "subject": "me rebotaron weon",
    "date": "2026-03-20 23:18 -0300", "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "in_reply_to": "<CAF9rvmFr1@mail.example.cl>",
    "text": """Weón, me rebotaron de la pega en la desaladora, me llegó el correo hoy: "hemos decidido avanzar con otros candidatos" jajaja la misma frase de siempre. Y eso que la entrevista me fue la raja.

Bueno, a seguir mandando CVs. ¿Tú cómo vas con lo de Perth? ¿Te contestaron?

Juntémonos el sábado a ver el partido, yo llevo las chelas.

Pancho

El vie, 20 mar 2026 a las 19:02, Rodrigo Valdés-Moreau (<rodrigo.vm@example.cl>) escribió:
> Pancho! ¿Y? ¿Cómo te fue con los de la desaladora? Avisa.
""",
})

add({
    "slug": "amiga_lima_su_entrevista", "kind": "other", "company": "", "contact": "gaby.torres@correo.example.pe", "lang": "es",
    "sender": ("Gabriela Torres", "gaby.torres@correo.example.pe"),
    "subject": "Te cuento!!",
    "date": "2026-06-06 21:30 -0500", "structure": "plain", "charset": "utf-8", "cte": "qp",
    "text": """Rodri!!

Te cuento que hoy tuve mi entrevista en la minera de Cajamarca para el puesto de jefa de confiabilidad y creo que me fue bien!! Me hicieron un caso de análisis de causa raíz de un molino, y me acordé de todo lo que me enseñaste en Chuqui, jaja.

Me dijeron que en dos semanas me dan una respuesta y que, si paso, la siguiente etapa es con el gerente de planta. Cruza los dedos por mí.

¿Y tú qué tal con lo de Arequipa? Si te vienes a Perú hay que celebrarlo con un buen ceviche.

Un abrazo grande,
Gaby
""",
})

add({
    "slug": "enviado_postulacion_propia", "kind": "other", "company": "", "contact": "", "lang": "es",
    "sender": ME, "to": [("Reclutamiento Aguas del Desierto", "reclutamiento@aguasdeldesierto.example.cl")],
    "subject": "Postulación: Ingeniero de Confiabilidad de Plantas",
    "date": "2026-01-06 22:41 -0300", "structure": "mixed", "charset": "utf-8", "cte": "qp",
    "mid": "<CAF9rvm-own-0106@mail.example.cl>",
    "text": """Estimados:

Junto con saludar, me permito enviar mi currículum para el cargo de Ingeniero de Confiabilidad de Plantas publicado en su sitio web.

Soy ingeniero civil mecánico con 9 años de experiencia en planificación y programación de mantenimiento en minería del cobre (Región de Antofagasta), con manejo avanzado de SAP PM, análisis de criticidad y RCA. Actualmente curso un diplomado en Gestión de Activos (ISO 55000) y busco dar el paso hacia un rol de confiabilidad.

Quedo a disposición para una entrevista cuando estimen conveniente.

Saludos cordiales,
Rodrigo Valdés-Moreau
+56 9 5555 7781
""",
    "attachments": [{"filename": "CV_Rodrigo_Valdes-Moreau_2026.pdf", "pdf": [
        "Rodrigo Valdes-Moreau - Ingeniero Civil Mecanico",
        "Planificador de Mantenimiento Senior, Antofagasta (2019-2026)",
        "SAP PM, RCA, analisis de criticidad, paradas de planta",
        "Espanol nativo, ingles avanzado, frances intermedio, aleman basico",
    ]}],
})

add({
    "slug": "enviado_seguimiento_propio", "kind": "other", "company": "", "contact": "", "lang": "es",
    "sender": ME, "to": [("Javiera Muñoz Tapia", "jmunoz@pampablanca.example.cl")],
    "subject": "Seguimiento postulación - Ingeniero(a) de Planificación y Confiabilidad",
    "date": "2026-01-26 09:05 -0300", "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "mid": "<CAF9rvm-own-0126@mail.example.cl>",
    "text": """Estimada Javiera:

Le escribo para hacer seguimiento a mi postulación al cargo de Ingeniero(a) de Planificación y Confiabilidad, enviada el 12 de enero a través del portal de Cobre Pampa Blanca.

Sigo muy interesado en la posición y me encantaría tener la oportunidad de una entrevista para contarles cómo he reducido los tiempos de parada de chancado en mi faena actual.

Muchas gracias por su tiempo.

Saludos cordiales,
Rodrigo Valdés-Moreau
""",
})

add({
    "slug": "fuera_de_oficina_es", "kind": "other", "company": "", "contact": "pastorga@cmqh.example.cl", "lang": "es",
    "sender": ("Paula Astorga Rivas", "pastorga@cmqh.example.cl"),
    "subject": "Respuesta automática: Consulta proceso Planificador Senior",
    "date": "2026-02-16 09:31 -0300", "structure": "plain", "charset": "windows-1252", "cte": "qp", "hcharset": "windows-1252",
    "headers": [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    "in_reply_to": "<CAF9rvmOoo1@mail.example.cl>",
    "text": """Gracias por tu correo. Estaré fuera de la oficina, con acceso limitado al correo, hasta el lunes 23 de febrero.

Para temas urgentes de procesos de selección, por favor escribe a seleccion@cmqh.example.cl.

Saludos,
Paula Astorga Rivas
""",
})

add({
    "slug": "headhunter_cold_outreach", "kind": "other", "company": "", "contact": "ignacio.lyon@andeshunters.example.cl", "lang": "es",
    "sender": ("Ignacio Lyon", "ignacio.lyon@andeshunters.example.cl"),
    "subject": "Oportunidad confidencial - Gerente de Confiabilidad",
    "date": "2026-07-30 08:47 -0400", "structure": "plain", "charset": "utf-8", "cte": "qp",
    "text": """Hola Rodrigo, buenos días.

Te contacto porque estoy llevando una búsqueda de Gerente de Confiabilidad para una compañía minera mediana con operaciones en la Región de Atacama. Vi tu perfil en Redprofesional y tu trayectoria en planificación me parece muy interesante.

¿Estarías abierto a conversar 15 minutos esta semana para contarte más? Sin compromiso, por supuesto.

Saludos,
Ignacio Lyon
Director | Andes Hunters
+56 2 2555 6610
""",
})

add({
    "slug": "webinar_confiabilidad", "kind": "other", "company": "", "contact": "", "lang": "es",
    "sender": ("Instituto Latinoamericano de Confiabilidad", "eventos@ilaconf.example.com"),
    "subject": "Webinar gratuito: Confiabilidad 4.0 en minería — inscríbete",
    "date": "2026-05-07 10:00 -0400", "structure": "html", "charset": "utf-8", "cte": "qp",
    "headers": [("List-Unsubscribe", "<https://ilaconf.example.com/unsub?u=rvm>"), ("Precedence", "bulk")],
    "html": """<html><body style="background:#0f1b2d;margin:0">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Montserrat,Arial,sans-serif">
<tr><td><img src="https://ilaconf.example.com/img/banner_webinar_mayo.jpg" alt="Webinar Confiabilidad 4.0" width="600" style="display:block"></td></tr>
<tr><td style="padding:24px;font-size:15px;color:#222">
<p><b>Confiabilidad 4.0: cómo los sensores IoT están cambiando la gestión de activos en minería</b></p>
<p>Jueves 21 de mayo · 18:00 (Chile) · online</p>
<p>Expositores: Ing. Mauricio Held (Predicta), Dra. Lorena Quiroga (Universidad del Litoral Norte).</p>
<p style="text-align:center"><a href="https://ilaconf.example.com/r/webinar-mayo?utm_source=mail" style="background:#ff7a00;color:#fff;padding:12px 28px;text-decoration:none;border-radius:4px">Inscribirme gratis</a></p>
</td></tr>
<tr><td style="padding:14px;font-size:11px;color:#888;background:#f2f2f2">¿No quieres recibir más invitaciones? <a href="https://ilaconf.example.com/unsub?u=rvm">Darse de baja</a></td></tr>
</table></body></html>""",
})

add({
    "slug": "red_profesional_busquedas", "kind": "other", "company": "", "contact": "", "lang": "es",
    "sender": ("Redprofesional", "notificaciones-noreply@redprofesional.example.com"),
    "subject": "Rodrigo, apareciste en 23 búsquedas esta semana",
    "date": "2026-06-22 05:12 -0400", "structure": "html", "charset": "utf-8", "cte": "qp",
    "headers": [("List-Unsubscribe", "<https://www.redprofesional.example.com/psettings/email-unsubscribe?t=search_appearances>")],
    "html": """<html><body style="background:#f3f2ef;font-family:Arial,sans-serif">
<table width="512" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="padding:16px 24px"><img src="https://static.redprofesional.example.com/logo.png" alt="Redprofesional" height="24"></td></tr>
<tr><td style="padding:8px 24px 20px;font-size:15px">
<p style="font-size:28px;margin:0"><b>23</b></p>
<p>búsquedas en las que apareciste esta semana</p>
<p>Te encontraron personas de: Minería, Energía, Dotación de personal.</p>
<p><a href="https://www.redprofesional.example.com/me/search-appearances?trk=eml">Ver quién te buscó</a></p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#666">Redprofesional Corporation. <a href="https://www.redprofesional.example.com/psettings/email-unsubscribe?t=search_appearances">Cancelar suscripción</a></td></tr>
</table>
<img src="https://www.redprofesional.example.com/emimp/ip_sa_rvm.gif" width="1" height="1" alt="">
</body></html>""",
})

add({
    "slug": "certificado_curso_rca", "kind": "other", "company": "", "contact": "", "lang": "es",
    "sender": ("Aula Confiabilidad", "certificados@aulaconfiabilidad.example.com"),
    "subject": "Tu certificado del curso Análisis Causa Raíz (RCA) ya está disponible",
    "date": "2026-01-15 18:20 -0300", "structure": "plain", "charset": "utf-8", "cte": "base64",
    "text": """¡Felicitaciones, Rodrigo!

Aprobaste el curso "Análisis Causa Raíz (RCA) aplicado a equipos mineros" con nota 6,4.

Descarga tu certificado (16 horas cronológicas) aquí:
https://aulaconfiabilidad.example.com/certificados/RCA-2026-0931

Te recomendamos continuar con el curso "Análisis de Criticidad y RCM", que comienza el 2 de marzo.

Equipo Aula Confiabilidad
""",
})

add({
    "slug": "informe_remuneraciones_consultora", "kind": "other", "company": "", "contact": "", "lang": "es",
    "sender": ("Talento Minero Consultores", "news@talentominero.example.cl"),
    "subject": "Informe de Remuneraciones Mineras 2026 + 5 claves para tu próxima entrevista",
    "date": "2026-04-06 08:00 -0400", "structure": "html", "charset": "windows-1252", "cte": "qp", "hcharset": "windows-1252",
    "headers": [("List-Id", "Noticias Talento Minero <news.talentominero.example.cl>"),
             ("List-Unsubscribe", "<https://talentominero.example.cl/news/baja?m=rvm>"), ("Precedence", "bulk")],
    "html": """<html><body style="font-family:Calibri,Arial,sans-serif;font-size:14px;color:#333">
<table width="620" align="center" cellpadding="0" cellspacing="0">
<tr><td style="padding:16px;border-bottom:3px solid #8a6d3b"><img src="https://talentominero.example.cl/img/news_logo.png" alt="Talento Minero Consultores" height="40"></td></tr>
<tr><td style="padding:18px 16px">
<h2 style="margin-top:0">Ya está disponible el Informe de Remuneraciones Mineras 2026</h2>
<p>Revisa cuánto gana hoy un planificador, un ingeniero de confiabilidad o un superintendente de mantenimiento en Antofagasta, Atacama y la zona central. <a href="https://talentominero.example.cl/t/c?u=informe2026">Descargar informe (PDF)</a></p>
<h3>5 claves para tu próxima entrevista</h3>
<ol><li>Investiga la faena: tonelaje, flota, desafíos.</li><li>Lleva ejemplos con números.</li><li>Prepara preguntas para el entrevistador.</li><li>Si recibes una oferta, no respondas en caliente.</li><li>Si te rechazan, pide feedback: ¡siempre suma!</li></ol>
<p><a href="https://talentominero.example.cl/t/c?u=blog-entrevista">Leer más en nuestro blog</a></p>
</td></tr>
<tr><td style="padding:12px 16px;font-size:11px;color:#999;border-top:1px solid #eee">Talento Minero Consultores · Av. Providencia 1208, of. 502, Santiago · <a href="https://talentominero.example.cl/news/baja?m=rvm">Anular suscripción</a></td></tr>
</table>
<img src="https://talentominero.example.cl/t/o?u=rvm" width="1" height="1" alt="">
</body></html>""",
})

add({
    "slug": "charla_iso55000_colega", "kind": "other", "company": "", "contact": "msalinas@colegiomantenimiento.example.cl", "lang": "es",
    "sender": ("Mónica Salinas", "msalinas@colegiomantenimiento.example.cl"),
    "subject": "Charla ISO 55000 - jueves en el Colegio",
    "date": "2026-08-24 13:12 -0400", "structure": "plain", "charset": "iso-8859-1", "cte": "qp", "hcharset": "iso-8859-1",
    "text": """Hola Rodrigo:

Como secretaria del capítulo Antofagasta de la Asociación de Profesionales de Mantenimiento, te cuento que este jueves 27 a las 19:00 tenemos la charla "ISO 55000 en la práctica: del plan estratégico a la orden de trabajo", en el auditorio del Colegio de Ingenieros (Latorre 2580).

Como tú estás en el tema de gestión de activos, pensé que te podría interesar, y de paso te quería pedir si podrías moderar la ronda de preguntas. Avísame si te animas.

Saludos,
Mónica Salinas
Secretaria - Capítulo Antofagasta
""",
})

add({
    "slug": "excolega_pide_referencia", "kind": "other", "company": "", "contact": "jp.rojas@correo.example.cl", "lang": "es",
    "sender": ("Juan Pablo Rojas", "jp.rojas@correo.example.cl"),
    "subject": "favor",
    "date": "2026-09-07 21:40 -0300", "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "text": """Rodri, ¿cómo va todo?

Te escribo para pedirte un favor: postulé a un cargo de supervisor de mantenimiento en una contratista en Mejillones y me pidieron dos referencias laborales. ¿Te puedo poner a ti, como mi ex jefe de planificación en la faena? Te llamarían esta semana o la próxima, una llamada corta.

Si no puedes, no hay problema, de verdad.

Gracias compadre,
JP
""",
})

add({
    "slug": "alerta_empleo_espana", "kind": "other", "company": "", "contact": "", "lang": "es",
    "sender": ("Empleo Ibérico", "alertas@empleoiberico.example.es"),
    "subject": "Nuevas ofertas que encajan contigo: Ingeniero de fiabilidad (Madrid)",
    "date": "2026-07-09 07:45 +0200", "structure": "html", "charset": "iso-8859-1", "cte": "qp", "hcharset": "iso-8859-1",
    "headers": [("List-Unsubscribe", "<https://empleoiberico.example.es/alertas/baja/88231>"), ("Precedence", "bulk")],
    "html": """<html><body style="font-family:Arial,sans-serif;font-size:13px">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="border:1px solid #ddd">
<tr><td style="background:#c8102e;padding:12px"><img src="https://empleoiberico.example.es/img/logo_blanco.png" alt="Empleo Ibérico" height="28"></td></tr>
<tr><td style="padding:16px">
<p>Hola Rodrigo, estas ofertas coinciden con tu alerta <b>"ingeniero fiabilidad" en Madrid</b>:</p>
<p><a href="https://empleoiberico.example.es/r/o/551">Ingeniero/a de Fiabilidad - Sector Energía</a> · Iberenergía Renovables · Madrid</p>
<p><a href="https://empleoiberico.example.es/r/o/552">Responsable de Mantenimiento Predictivo</a> · Grupo Ingenor · Madrid</p>
<p><a href="https://empleoiberico.example.es/r/o/553">Consultor/a de Gestión de Activos</a> · Ibérica de Fiabilidad Industrial · Alcobendas</p>
<p><a href="https://empleoiberico.example.es/r/alerta/88231">Ver todas las ofertas</a></p>
</td></tr>
<tr><td style="padding:10px 16px;font-size:10px;color:#888">Has recibido este correo porque tienes una alerta activa. <a href="https://empleoiberico.example.es/alertas/baja/88231">Darte de baja</a>. Empleo Ibérico S.L., Madrid.</td></tr>
</table></body></html>""",
})

add({
    "slug": "hermana_como_te_fue", "kind": "other", "company": "", "contact": "cami.valdes@correo.example.cl", "lang": "es",
    "sender": ("Camila Valdés", "cami.valdes@correo.example.cl"),
    "subject": "y??",
    "date": "2026-08-13 22:05 -0400", "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "text": """Hermanito! ¿Cómo te fue en la entrevista con los del agua? La mamá está nerviosa, ya me preguntó tres veces jajaja

Llámala mañana por favor. Y avísame cuando sepas algo, que si te quedas en Antofa tenemos que organizar el asado del cumple del papá allá.

Besos
Cami

Enviado desde mi iPhone
""",
})

add({
    "slug": "boleta_luz_pago", "kind": "other", "company": "", "contact": "", "lang": "es",
    "sender": ("Electra Norte Distribución", "boletas@electranorte.example.cl"),
    "subject": "Tu boleta de junio y aviso de pago no procesado",
    "date": "2026-06-10 09:00 -0400", "structure": "alt", "charset": "utf-8", "cte": "qp",
    "text": """Hola Rodrigo,

Tu boleta de junio por $48.320 (N° cliente 5521-0091) ya está disponible.

Lamentablemente no pudimos procesar el cargo automático a tu tarjeta terminada en 4471. Para evitar recargos, te pedimos pagar antes del 22 de junio en electranorte.example.cl/pagar.

Electra Norte Distribución
""",
    "html": """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<table width="560" align="center" cellpadding="14" cellspacing="0" style="border:1px solid #e5e5e5">
<tr><td><img src="https://electranorte.example.cl/mail/logo.png" alt="Electra Norte" height="30"></td></tr>
<tr><td><p>Hola Rodrigo,</p><p>Tu boleta de junio por <b>$48.320</b> (N° cliente 5521-0091) ya está disponible.</p>
<p>Lamentablemente no pudimos procesar el cargo automático a tu tarjeta terminada en 4471. Para evitar recargos, te pedimos pagar antes del 22 de junio.</p>
<p><a href="https://electranorte.example.cl/pagar?c=55210091" style="background:#e30613;color:#fff;padding:8px 18px;text-decoration:none">Pagar ahora</a></p></td></tr>
</table></body></html>""",
})

add({
    "slug": "hora_medica_reagendada", "kind": "other", "company": "", "contact": "", "lang": "es",
    "sender": ("Centro Dental Costanera", "recordatorios@dentalcostanera.example.cl"),
    "subject": "Su hora fue reagendada",
    "date": "2026-09-14 17:30 -0300", "structure": "plain", "charset": "iso-8859-1", "cte": "8bit", "hcharset": "iso-8859-1",
    "text": """Estimado paciente RODRIGO VALDES:

Le informamos que su hora con la Dra. Francisca Yáñez (Ortodoncia) fue reagendada por motivos de agenda de la profesional.

Hora anterior: miércoles 16 de septiembre, 18:30
Nueva hora: viernes 18 de septiembre, 17:00

Si la nueva hora no le acomoda, llame al 55 255 8812.

Centro Dental Costanera - Av. Grecia 1540, Antofagasta
No responda este correo.
""",
})

add({
    "slug": "periodista_entrevista_prensa", "kind": "other", "company": "", "contact": "rgodoy@elnorteminero.example.cl", "lang": "es",
    "sender": ("Ricardo Godoy", "rgodoy@elnorteminero.example.cl"),
    "subject": "Entrevista para El Norte Minero",
    "date": "2026-05-27 12:50 -0400", "structure": "plain", "charset": "utf-8", "cte": "qp",
    "text": """Estimado Rodrigo:

Soy periodista del diario El Norte Minero. Estamos preparando un reportaje sobre la falta de planificadores de mantenimiento en la región y el éxodo de profesionales hacia Australia y Canadá.

Me gustaría hacerle una entrevista de unos 20 minutos, por teléfono o en persona, para conocer su visión como profesional del área. Si lo prefiere, podemos citarlo sin nombre.

Quedo atento a su respuesta.

Ricardo Godoy
Periodista - Sección Economía
El Norte Minero
""",
})

add({
    "slug": "admision_posgrado_recibida", "kind": "other", "company": "", "contact": "", "lang": "es",
    "sender": ("Posgrados Universidad de Cuyo Sur", "admision-noreply@ucuyosur.example.ar"),
    "subject": "Recibimos tu solicitud de admisión - Especialización en Gestión de Activos",
    "date": "2026-10-19 16:22 -0300", "structure": "plain", "charset": "utf-8", "cte": "qp",
    "text": """Estimado/a Rodrigo:

Recibimos tu solicitud de admisión a la Especialización en Gestión de Activos Físicos (cohorte 2027, modalidad a distancia).

El Comité Académico evaluará tu solicitud y tus antecedentes. El resultado se comunicará antes del 30 de noviembre. Recordá que la matrícula se abona recién una vez aceptada la solicitud.

Secretaría de Posgrado
Facultad de Ingeniería - Universidad de Cuyo Sur
Este correo se envía de forma automática.
""",
})

# ---------------------------------------------------------------- English (13)

add({
    "slug": "reliability_digest_missed_interview", "kind": "other", "company": "", "contact": "", "lang": "en",
    "sender": ("The Reliability Digest", "newsletter@reliabilitydigest.example.com"),
    "subject": "Missed an interview? Here's how to recover | The Reliability Digest #88",
    "date": "2026-02-26 06:00 +0800", "structure": "html", "charset": "utf-8", "cte": "qp",
    "headers": [("List-Id", "The Reliability Digest <digest.reliabilitydigest.example.com>"),
             ("List-Unsubscribe", "<https://reliabilitydigest.example.com/unsubscribe?u=8812>"),
             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")],
    "html": """<html><body style="margin:0;background:#f4f4f4;font-family:Helvetica,Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="padding:20px 30px;border-bottom:4px solid #16a085"><img src="https://reliabilitydigest.example.com/img/masthead.png" alt="The Reliability Digest" height="36"></td></tr>
<tr><td style="padding:24px 30px;font-size:15px;line-height:23px;color:#333">
<h2 style="margin-top:0">Missed an interview? Here's how to recover</h2>
<p>Time zones, a dead phone, a calendar invite that never arrived: candidates miss interviews more often than you'd think. Hiring managers told us what works: apologise within hours, explain briefly, and propose two new times.</p>
<p><a href="https://rd.example.com/c/88/missed">Read more</a></p>
<h3>Also this week</h3>
<ul><li><a href="https://rd.example.com/c/88/weibull">Weibull analysis without the maths anxiety</a></li>
<li><a href="https://rd.example.com/c/88/rejection">What a rejection email really means (and what it doesn't)</a></li>
<li><a href="https://rd.example.com/c/88/jobs">12 reliability roles open in WA and Ontario</a></li></ul>
</td></tr>
<tr><td style="padding:16px 30px;background:#fafafa;font-size:11px;color:#999">You're receiving this because you subscribed to The Reliability Digest. <a href="https://reliabilitydigest.example.com/unsubscribe?u=8812" style="color:#999">Unsubscribe</a> &middot; <a href="https://reliabilitydigest.example.com/prefs?u=8812" style="color:#999">Update preferences</a><br>The Reliability Digest Ltd, Registered in England No 00000000, 3 Tanner St, London.</td></tr>
</table></td></tr></table>
<img src="https://rd.example.com/o/88/8812.gif" width="1" height="1" alt="">
</body></html>""",
})

add({
    "slug": "jobswest_alert_digest", "kind": "other", "company": "", "contact": "", "lang": "en",
    "sender": ("JobsWest Alerts", "alerts@jobswest.example.com.au"),
    "subject": "12 new Reliability Engineer jobs in Perth",
    "date": "2026-03-02 06:12 +0800", "structure": "alt", "charset": "utf-8", "cte": "qp",
    "headers": [("List-Unsubscribe", "<https://jobswest.example.com.au/alerts/unsubscribe?id=4471>"), ("Precedence", "bulk")],
    "text": """12 new jobs for "reliability engineer" in Perth WA

Senior Reliability Engineer - Fixed Plant | Pilbara Ridge Iron | Cape Lambert
https://click.jobswest.example.com.au/j/1

Reliability Engineer (FIFO) | Murchison Lithium | Mt Magnet
https://click.jobswest.example.com.au/j/2

Asset Management Consultant | Harrow & Quinn Engineering | Perth CBD
https://click.jobswest.example.com.au/j/3

See all 12 jobs: https://click.jobswest.example.com.au/j/all?alert=4471

Unsubscribe: https://jobswest.example.com.au/alerts/unsubscribe?id=4471
""",
    "html": """<html><body style="font-family:Arial,sans-serif;background:#eef0f3">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#0d3b66;padding:14px 22px"><img src="https://jobswest.example.com.au/email/logo-w.png" alt="JobsWest" height="26"></td></tr>
<tr><td style="padding:20px 22px;font-size:14px">
<p><b>12 new jobs</b> for "reliability engineer" in Perth WA</p>
<p><a href="https://click.jobswest.example.com.au/j/1">Senior Reliability Engineer - Fixed Plant</a><br>Pilbara Ridge Iron &middot; Cape Lambert</p>
<p><a href="https://click.jobswest.example.com.au/j/2">Reliability Engineer (FIFO)</a><br>Murchison Lithium &middot; Mt Magnet</p>
<p><a href="https://click.jobswest.example.com.au/j/3">Asset Management Consultant</a><br>Harrow &amp; Quinn Engineering &middot; Perth CBD</p>
<p><a href="https://click.jobswest.example.com.au/j/all?alert=4471">See all 12 jobs</a></p>
</td></tr>
<tr><td style="padding:12px 22px;font-size:11px;color:#888"><a href="https://jobswest.example.com.au/alerts/unsubscribe?id=4471" style="color:#888">Unsubscribe</a> &middot; JobsWest Pty Ltd</td></tr>
</table>
<img src="https://click.jobswest.example.com.au/wf/open?upn=al4471" width="1" height="1" alt="">
</body></html>""",
})

add({
    "slug": "podcast_uptime_down_under", "kind": "other", "company": "", "contact": "mick@uptimedownunder.example.com.au", "lang": "en",
    "sender": ("Mick Harrigan", "mick@uptimedownunder.example.com.au"),
    "subject": "Interview for Uptime Down Under?",
    "date": "2026-08-19 10:33 +0800", "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "text": """G'day Rodrigo,

I host Uptime Down Under, a podcast for maintenance and reliability folks in Australian mining. A mate of mine who saw your talk at the Perth reliability meetup reckons you'd be a great guest - the Chile vs WA comparison on shutdown planning is exactly the sort of thing our listeners love.

Would you be up for a 45-minute interview over Zoom sometime in September? Happy to work around the time difference.

Cheers,
Mick Harrigan
Uptime Down Under
""",
})

add({
    "slug": "skills_assessment_received", "kind": "other", "company": "", "contact": "", "lang": "en",
    "sender": ("EngAssess Australia", "donotreply@engassess.example.com.au"),
    "subject": "Application received - Migration Skills Assessment (Ref MSA-2026-118834)",
    "date": "2026-03-27 15:40 +0800", "structure": "plain", "charset": "utf-8", "cte": "qp",
    "text": """Dear Rodrigo VALDES-MOREAU,

We confirm receipt of your application for a Migration Skills Assessment under the occupation Engineering Technologist / Mechanical Engineer (ANZSCO 233512).

Reference: MSA-2026-118834
Fee paid: AUD 1,125.00

Current processing time is 10-12 weeks. You will be notified by email once an assessment officer has been allocated. Please do not submit duplicate applications.

EngAssess Australia - Assessments Team
This mailbox is not monitored.
""",
})

add({
    "slug": "out_of_office_en", "kind": "other", "company": "", "contact": "hannah.oconnell@superiorshield.example.ca", "lang": "en",
    "sender": ("O'Connell, Hannah", "hannah.oconnell@superiorshield.example.ca"),
    "subject": "Automatic reply: References - Rodrigo Valdés-Moreau",
    "date": "2026-07-03 17:02 -0400", "structure": "plain", "charset": "utf-8", "cte": "qp",
    "headers": [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    "in_reply_to": "<CAF9rvmRef1@mail.example.cl>",
    "text": """Thank you for your email. I am out of the office for the Canada Day long weekend and on vacation until Monday, July 13, with no access to email.

For urgent recruitment matters, please contact talent@superiorshield.example.ca.

Hannah O'Connell
Talent Acquisition Partner | Superior Shield Power
""",
})

add({
    "slug": "fifo_cold_outreach", "kind": "other", "company": "", "contact": "josh@redearthrecruit.example.com.au", "lang": "en",
    "sender": ("Josh Pearce", "josh@redearthrecruit.example.com.au"),
    "subject": "FIFO planning roles - open to a chat?",
    "date": "2026-04-01 12:10 +0800", "structure": "plain", "charset": "utf-8", "cte": "qp",
    "text": """Hey Rodrigo,

Came across your profile and thought I'd reach out. I recruit maintenance planners and reliability engineers for FIFO sites across the Pilbara and Goldfields, and Latin American mining experience is in real demand at the moment (plenty of Komatsu and CAT fleets over here).

Nothing specific to put in front of you yet, but are you open to a chat about the market and visa pathways? 15 mins, no strings.

Cheers,
Josh Pearce
Principal Recruiter | Red Earth Recruitment
redearthrecruit.example.com.au | linkedin.example.com/in/joshpearce
""",
})

add({
    "slug": "mate_perth_knocked_back", "kind": "other", "company": "", "contact": "liam.oshea@mail.example.com.au", "lang": "en",
    "sender": ("Liam O'Shea", "liam.oshea@mail.example.com.au"),
    "subject": "Re: beers Friday?",
    "date": "2026-06-12 20:48 +0800", "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "in_reply_to": "<CAF9rvmLiam2@mail.example.cl>",
    "text": """Mate, Friday works. Need a beer after this week - got knocked back for the superintendent job at the iron ore mob. Two interviews, a psych test and a site visit, and then a two-line email saying they "decided to proceed with other applicants". Brutal.

Anyway, how'd you go with Red Dune? Brooke reckoned you were a shoo-in.

Usual spot at 6?

L

On Thu, 11 Jun 2026 at 21:15, Rodrigo Valdés-Moreau <rodrigo.vm@example.cl> wrote:
> Hey Liam, I'm in Perth for two weeks from the 20th for interviews. Beers Friday the 26th?
>
> R
""",
})

add({
    "slug": "sent_application_english", "kind": "other", "company": "", "contact": "", "lang": "en",
    "sender": ME, "to": [("Sophie Whitford", "s.whitford@hq-eng.example.com.au")],
    "subject": "Application - Asset Management Consultant (ref. HQ-0526)",
    "date": "2026-05-27 21:58 -0400", "structure": "plain", "charset": "utf-8", "cte": "qp",
    "mid": "<CAF9rvm-own-0527@mail.example.cl>",
    "text": """Dear Ms Whitford,

Please find below my application for the Asset Management Consultant position (ref. HQ-0526), which I also submitted through JobsWest.

I am a mechanical engineer with nine years of maintenance planning experience in Chilean copper mining, where I led the shutdown planning for a 120 ktpd concentrator and introduced criticality analysis across fixed plant. I am now moving into asset management and reliability, and Harrow & Quinn's work with water and mining clients in WA is exactly the kind of work I would like to do.

I would welcome the chance to discuss how I could contribute. I am available for a call at a time that suits Perth.

Kind regards,
Rodrigo Valdés-Moreau
Antofagasta, Chile
+56 9 5555 7781
""",
})

add({
    "slug": "parcel_delayed_canada", "kind": "other", "company": "", "contact": "", "lang": "en",
    "sender": ("Maple Parcel", "tracking@mapleparcel.example.ca"),
    "subject": "Update: your parcel is delayed",
    "date": "2026-09-28 13:20 -0400", "structure": "alt", "charset": "utf-8", "cte": "qp",
    "text": """Hi Rodrigo,

Unfortunately, your parcel MP 8841 2290 CA is delayed due to weather at our Sudbury sorting facility. Our apologies.

New estimated delivery: Thursday, October 1

Track your parcel: https://mapleparcel.example.ca/track?pin=MP88412290CA

Please do not reply to this email. Maple Parcel Inc.
""",
    "html": """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<table width="520" align="center" cellpadding="16" cellspacing="0" style="border:1px solid #ddd">
<tr><td><img src="https://mapleparcel.example.ca/img/logo.png" alt="Maple Parcel" height="30"></td></tr>
<tr><td>
<p>Hi Rodrigo,</p>
<p>Unfortunately, your parcel <b>MP 8841 2290 CA</b> is delayed due to weather at our Sudbury sorting facility. Our apologies.</p>
<p>New estimated delivery: <b>Thursday, October 1</b></p>
<p><a href="https://mapleparcel.example.ca/track?pin=MP88412290CA">Track your parcel</a></p>
</td></tr>
<tr><td style="font-size:11px;color:#888">Please do not reply to this email. Maple Parcel Inc.</td></tr>
</table></body></html>""",
})

add({
    "slug": "ux_interview_job_board", "kind": "other", "company": "", "contact": "mia.chen@jobswest.example.com.au", "lang": "en",
    "sender": ("Mia Chen", "mia.chen@jobswest.example.com.au"),
    "subject": "Help us improve JobsWest - 20-min interview ($50 voucher)",
    "date": "2026-07-08 11:00 +0800", "structure": "plain", "charset": "utf-8", "cte": "qp",
    "text": """Hi Rodrigo,

I'm a UX researcher at JobsWest. You've used JobsWest to apply for several roles from overseas, and we'd love to hear about that experience.

Would you be open to a 20-minute research interview over video? We'll ask how you search, what confused you and what would make applying from abroad easier. As a thank-you, we'll send you a $50 gift voucher.

If you're keen, just reply with a couple of times that suit you (we're on AWST).

Thanks,
Mia Chen
Senior UX Researcher, JobsWest
""",
})

add({
    "slug": "abstract_received_conference", "kind": "other", "company": "", "contact": "", "lang": "en",
    "sender": ("MainTech Perth 2026", "submissions@maintechperth.example.com.au"),
    "subject": "Your abstract submission has been received (#MT26-144)",
    "date": "2026-04-11 09:10 +0800", "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "text": """Dear Rodrigo Valdés-Moreau,

Thank you for submitting your abstract "Shutdown planning at altitude: lessons from Chilean concentrators" to MainTech Perth 2026.

Submission ID: MT26-144
Stream: Planning & Scheduling

The technical committee will review all submissions; notifications of acceptance will be sent by 15 May 2026.

MainTech Perth 2026 Organising Committee
This is an automated message - please do not reply.
""",
})

add({
    "slug": "doc_shared_interview_prep", "kind": "other", "company": "", "contact": "jess.nakamura@mail.example.com.au", "lang": "en",
    "sender": ("Jess Nakamura (via Docs)", "drive-shares-noreply@docs.example.com"),
    "reply_to": ("Jess Nakamura", "jess.nakamura@mail.example.com.au"),
    "subject": "Document shared with you: \"Interview prep notes - reliability roles\"",
    "date": "2026-06-14 08:45 +0800", "structure": "html", "charset": "utf-8", "cte": "qp",
    "html": """<html><body style="font-family:Roboto,Arial,sans-serif;font-size:14px;color:#202124">
<table width="480" align="center" cellpadding="0" cellspacing="0"><tr><td style="padding:24px">
<p><b>Jess Nakamura</b> shared a document</p>
<table cellpadding="12" cellspacing="0" style="border:1px solid #dadce0;border-radius:8px;width:100%"><tr><td>
<img src="https://docs.example.com/icons/doc.png" alt="" width="20"> Interview prep notes - reliability roles</td></tr></table>
<p style="color:#5f6368">"Here are the STAR examples we went through - good luck with the interviews next week!"</p>
<p><a href="https://docs.example.com/document/d/1xYz/edit?usp=sharing_eil" style="background:#1a73e8;color:#fff;padding:8px 20px;text-decoration:none;border-radius:4px">Open</a></p>
<p style="font-size:11px;color:#5f6368">You have received this email because jess.nakamura@mail.example.com.au shared a document with you.</p>
</td></tr></table></body></html>""",
})

add({
    "slug": "salary_guide_offer_word", "kind": "other", "company": "", "contact": "", "lang": "en",
    "sender": ("Outback Talent Co", "insights@outbacktalent.example.com.au"),
    "subject": "2026 Mining Salary Guide: what an offer should look like",
    "date": "2026-01-21 07:30 +0800", "structure": "html", "charset": "windows-1252", "cte": "qp", "hcharset": "windows-1252",
    "headers": [("List-Unsubscribe", "<https://outbacktalent.example.com.au/unsubscribe?e=rvm>"), ("Precedence", "bulk")],
    "html": """<html><body style="font-family:Arial,sans-serif;background:#fff">
<table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td><img src="https://outbacktalent.example.com.au/email/salary-guide-2026.jpg" alt="Outback Talent Co – 2026 Mining Salary Guide" width="600" style="display:block"></td></tr>
<tr><td style="padding:20px;font-size:14px;line-height:21px">
<p>Our 2026 Mining &amp; Resources Salary Guide is out! Find out what a competitive offer looks like for maintenance planners (AUD 140–175k + super), reliability engineers (AUD 155–195k) and superintendents.</p>
<p>Plus: how to negotiate a FIFO offer, and why 38% of candidates we placed last year accepted a counter-offer they later regretted.</p>
<p><a href="https://outbacktalent.example.com.au/t/salary-guide-2026?utm_campaign=sg26" style="background:#c1440e;color:#fff;padding:10px 22px;text-decoration:none">Download the guide</a></p>
</td></tr>
<tr><td style="padding:14px 20px;font-size:11px;color:#999;border-top:1px solid #eee">Outback Talent Co Pty Ltd · Level 3, 140 St Georges Tce, Perth WA 6000 · <a href="https://outbacktalent.example.com.au/unsubscribe?e=rvm" style="color:#999">Unsubscribe</a></td></tr>
</table>
<img src="https://outbacktalent.example.com.au/t/o.gif?c=sg26&amp;e=rvm" width="1" height="1" alt="">
</body></html>""",
})

# ---------------------------------------------------------------- French (7)

add({
    "slug": "infolettre_erreurs_rejet", "kind": "other", "company": "", "contact": "", "lang": "fr",
    "sender": ("Carrières Mines Québec", "infolettre@carrieresminesqc.example.ca"),
    "subject": "Infolettre | 5 erreurs qui font rejeter votre candidature",
    "date": "2026-05-13 07:00 -0400", "structure": "html", "charset": "utf-8", "cte": "qp",
    "headers": [("List-Id", "Infolettre Carrieres Mines Quebec <infolettre.carrieresminesqc.example.ca>"),
             ("List-Unsubscribe", "<https://carrieresminesqc.example.ca/desabonner?c=rvm>"), ("Precedence", "bulk")],
    "html": """<html><body style="margin:0;background:#edf1f5;font-family:Arial,sans-serif">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="padding:18px 26px;background:#23395d"><img src="https://carrieresminesqc.example.ca/img/logo_blanc.png" alt="Carrières Mines Québec" height="32"></td></tr>
<tr><td style="padding:24px 26px;font-size:15px;line-height:23px;color:#222">
<h2 style="margin-top:0">5 erreurs qui font rejeter votre candidature</h2>
<p>Un CV de cinq pages, une lettre générique, aucune mention des certifications québécoises… Les recruteurs du secteur minier nous ont confié pourquoi ils écartent une candidature en moins de 30 secondes.</p>
<p><a href="https://clic.carrieresminesqc.example.ca/r/erreurs-candidature">Lire l'article</a></p>
<h3>Offres de la semaine</h3>
<p><a href="https://clic.carrieresminesqc.example.ca/r/o1">Planificateur maintenance – Fermont</a><br><a href="https://clic.carrieresminesqc.example.ca/r/o2">Ingénieur(e) fiabilité – Malartic</a><br><a href="https://clic.carrieresminesqc.example.ca/r/o3">Coordonnateur arrêts – Sept-Îles</a></p>
</td></tr>
<tr><td style="padding:14px 26px;font-size:11px;color:#888;background:#f7f7f7">Vous recevez cette infolettre parce que vous y êtes abonné. <a href="https://carrieresminesqc.example.ca/desabonner?c=rvm" style="color:#888">Se désabonner</a></td></tr>
</table>
<img src="https://clic.carrieresminesqc.example.ca/o/rvm.gif" width="1" height="1" alt="">
</body></html>""",
})

add({
    "slug": "alerte_emplois_qc", "kind": "other", "company": "", "contact": "", "lang": "fr",
    "sender": ("Québec Emplois Plus", "alertes@quebecemploisplus.example.ca"),
    "subject": "8 nouvelles offres pour « planificateur maintenance »",
    "date": "2026-06-17 06:40 -0400", "structure": "html", "charset": "iso-8859-1", "cte": "qp", "hcharset": "iso-8859-1",
    "headers": [("List-Unsubscribe", "<https://quebecemploisplus.example.ca/alertes/supprimer?id=2290>")],
    "html": """<html><body style="font-family:Arial,sans-serif;background:#f4f6f8">
<table width="600" cellpadding="0" cellspacing="0" align="center" style="background:#fff">
<tr><td style="padding:16px 22px;background:#1d4f91"><img src="https://quebecemploisplus.example.ca/img/qep.png" alt="Québec Emplois Plus" height="28"></td></tr>
<tr><td style="padding:20px 22px;font-size:14px">
<p>Bonjour Rodrigo,</p>
<p>Voici les nouvelles offres correspondant à votre alerte <b>« planificateur maintenance »</b> (Québec, Côte-Nord, Abitibi) :</p>
<p><a href="https://clic.quebecemploisplus.example.ca/o/1">Planificateur(trice) maintenance mobile</a> - Ressources Opémiska - Chapais</p>
<p><a href="https://clic.quebecemploisplus.example.ca/o/2">Planificateur principal</a> - Alumineries du Saguenay - Jonquière</p>
<p><a href="https://clic.quebecemploisplus.example.ca/o/3">Coordonnateur planification</a> - Boréal Nickel - Lac-Bellerive</p>
<p><a href="https://clic.quebecemploisplus.example.ca/alerte/2290">Voir les 8 offres</a></p>
</td></tr>
<tr><td style="padding:12px 22px;font-size:11px;color:#888"><a href="https://quebecemploisplus.example.ca/alertes/supprimer?id=2290">Supprimer cette alerte</a></td></tr>
</table></body></html>""",
})

add({
    "slug": "ami_quebec_son_entrevue", "kind": "other", "company": "", "contact": "etienne.roy@courriel.example.ca", "lang": "fr",
    "sender": ("Étienne Roy", "etienne.roy@courriel.example.ca"),
    "subject": "Mon entrevue chez Hydro",
    "date": "2026-04-24 20:15 -0400", "structure": "plain", "charset": "utf-8", "cte": "qp",
    "text": """Salut Rodrigo!

Je voulais te raconter : j'ai passé mon entrevue chez Hydro-Laurentides hier pour le poste de technicien en fiabilité. Trois personnes en face de moi, des questions sur l'analyse vibratoire et une mise en situation sur un alternateur. Je pense que ça s'est bien passé, mais on verra.

Toi, as-tu eu des nouvelles pour ta candidature chez eux? Il me semble que tu avais postulé pour le poste d'ingénieur.

On se fait un appel vidéo en fin de semaine?

Étienne
""",
})

add({
    "slug": "location_refusee_montreal", "kind": "other", "company": "", "contact": "", "lang": "fr",
    "sender": ("Gestion Immobilière Plateau", "ne-pas-repondre@gestionplateau.example.ca"),
    "subject": "Votre demande de location - 4521, rue Saint-Denis, app. 3",
    "date": "2026-10-09 11:30 -0400", "structure": "plain", "charset": "windows-1252", "cte": "8bit", "hcharset": "windows-1252",
    "text": """Bonjour M. Valdés-Moreau,

Nous avons le regret de vous informer que votre demande de location pour le logement situé au 4521, rue Saint-Denis, app. 3 (4 ½) n'a pas été acceptée. Le propriétaire a retenu un autre dossier.

Nous conservons votre demande pour d'autres logements disponibles au cours des 60 prochains jours.

Gestion Immobilière Plateau
Ce courriel est envoyé automatiquement; merci de ne pas y répondre.
""",
})

add({
    "slug": "entrevue_radio_journaliste", "kind": "other", "company": "", "contact": "a.bergeron@radionordouest.example.ca", "lang": "fr",
    "sender": ("Annie Bergeron", "a.bergeron@radionordouest.example.ca"),
    "subject": "Demande d'entrevue – émission Le Nord au quotidien",
    "date": "2026-09-30 10:05 -0400", "structure": "alt", "charset": "utf-8", "cte": "qp",
    "text": """Bonjour M. Valdés-Moreau,

Je suis recherchiste pour l'émission Le Nord au quotidien, à Radio Nord-Ouest. Nous préparons un segment sur les ingénieurs étrangers qui viennent travailler dans les mines de l'Abitibi et de la Côte-Nord.

Accepteriez-vous de nous accorder une courte entrevue téléphonique (10 minutes, en direct ou préenregistrée) la semaine prochaine? Votre parcours entre le Chili et le Québec intéresserait beaucoup nos auditeurs.

Merci de me faire signe,

Annie Bergeron
Recherchiste, Le Nord au quotidien
Radio Nord-Ouest
""",
    "html": """<div style="font-family:Arial,sans-serif;font-size:14px">
<p>Bonjour M. Valdés-Moreau,</p>
<p>Je suis recherchiste pour l'émission <i>Le Nord au quotidien</i>, à Radio Nord-Ouest. Nous préparons un segment sur les ingénieurs étrangers qui viennent travailler dans les mines de l'Abitibi et de la Côte-Nord.</p>
<p>Accepteriez-vous de nous accorder une courte entrevue téléphonique (10 minutes, en direct ou préenregistrée) la semaine prochaine? Votre parcours entre le Chili et le Québec intéresserait beaucoup nos auditeurs.</p>
<p>Merci de me faire signe,</p>
<p>Annie Bergeron<br>Recherchiste, <i>Le Nord au quotidien</i><br>Radio Nord-Ouest</p>
</div>""",
})

add({
    "slug": "reponse_automatique_absente", "kind": "other", "company": "", "contact": "nathalie.gagnon@borealnickel.example.ca", "lang": "fr",
    "sender": ("Gagnon, Nathalie", "nathalie.gagnon@borealnickel.example.ca"),
    "subject": "Réponse automatique : Candidature – planificateur maintenance",
    "date": "2026-07-21 08:00 -0400", "structure": "plain", "charset": "windows-1252", "cte": "qp", "hcharset": "windows-1252",
    "headers": [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    "in_reply_to": "<CAF9rvmBor1@mail.example.cl>",
    "text": """Bonjour,

Je suis absente du bureau jusqu'au 4 août inclusivement. Je prendrai connaissance de votre message à mon retour.

Pour toute question urgente concernant le recrutement, veuillez écrire à talents@borealnickel.example.ca.

Merci,
Nathalie Gagnon
""",
})

add({
    "slug": "envoye_reponse_de_envoye", "kind": "other", "company": "", "contact": "", "lang": "fr",
    "sender": ME, "to": [("Isabelle Lefebvre", "i.lefebvre@rl-ing.example.ca")],
    "subject": "RE: Convocation – Ingénieur(e) fiabilité",
    "date": "2026-08-28 23:10 -0400", "structure": "plain", "charset": "windows-1252", "cte": "qp", "hcharset": "windows-1252",
    "mid": "<CAF9rvm-own-0828@mail.example.cl>",
    "in_reply_to": "<YQXPR01MB4410RL@YQXPR01MB4410.CANPRD01.PROD.OUTLOOK.COM>",
    "text": """Bonjour Madame Lefebvre,

Merci beaucoup pour votre message. Je confirme avec plaisir ma présence le jeudi 3 septembre à 10 h, par Teams. Je me permets de joindre à nouveau mon CV à jour, avec la certification CMRP obtenue en juillet.

Au plaisir d'échanger avec vous et M. Jean-François Rivière.

Cordialement,
Rodrigo Valdés-Moreau

De : Isabelle Lefebvre <i.lefebvre@rl-ing.example.ca>
Envoyé : jeudi 27 août 2026 15:42
À : Rodrigo Valdés-Moreau <rodrigo.vm@example.cl>
Objet : Convocation – Ingénieur(e) fiabilité

Bonjour Rodrigo,

Suite à l'étude de votre dossier, nous aimerions vous convoquer à une entrevue pour le poste d'ingénieur(e) fiabilité – mandats miniers. Seriez-vous disponible le jeudi 3 septembre à 10 h (heure de l'Est)?

Isabelle Lefebvre, ing.
Directrice, Gestion des actifs
Rivière & Lefebvre Ingénierie inc.
""",
})

# ---------------------------------------------------------------- German (4)

add({
    "slug": "freund_freiberg_absage", "kind": "other", "company": "", "contact": "jonas.mueller@post.example.com", "lang": "de",
    "sender": ("Jonas Müller", "jonas.mueller@post.example.com"),
    "subject": "Re: Lange nichts gehört!",
    "date": "2026-03-15 21:12 +0100", "structure": "plain", "charset": "utf-8", "cte": "qp",
    "in_reply_to": "<CAF9rvmJon1@mail.example.cl>",
    "text": """Hey Rodrigo,

schön, von dir zu hören! Bei mir ist gerade nicht so viel Gutes los: Ich hatte letzte Woche mein Vorstellungsgespräch bei dem Tagebaubetreiber in der Lausitz – zweite Runde, sogar mit Werksbesichtigung – und heute kam die Absage. "Wir haben uns für einen Bewerber entschieden, der unserem Anforderungsprofil noch besser entspricht." Kennst du ja.

Egal, weiter geht's. Dass du jetzt in Richtung Reliability Engineering gehst, finde ich super, das passt zu dir. Wenn du im Sommer nach Europa kommst, musst du unbedingt in Freiberg vorbeischauen, das Bier im Brauhof ist immer noch gut.

Liebe Grüße
Jonas

Am 14.03.2026 um 02:40 schrieb Rodrigo Valdés-Moreau <rodrigo.vm@example.cl>:
> Hallo Jonas, wie geht's dir? Ich bewerbe mich gerade überall – Perth, Kanada, sogar bei einer deutschen Firma mit Büro in Antofagasta. Drück mir die Daumen für die Einladung zum Gespräch!
> Rodrigo
""",
})

add({
    "slug": "newsletter_absage_richtig_reagieren", "kind": "other", "company": "", "contact": "", "lang": "de",
    "sender": ("Bergbau-Karriere", "newsletter@bergbau-karriere.example.com"),
    "subject": "Absage erhalten? So reagieren Sie richtig – Newsletter 09/2026",
    "date": "2026-09-02 08:00 +0200", "structure": "html", "charset": "windows-1252", "cte": "qp", "hcharset": "windows-1252",
    "headers": [("List-Id", "Bergbau-Karriere Newsletter <newsletter.bergbau-karriere.example.com>"),
             ("List-Unsubscribe", "<https://bergbau-karriere.example.com/abmelden?id=rvm>"), ("Precedence", "bulk")],
    "html": """<html><body style="font-family:Verdana,Arial,sans-serif;font-size:13px;background:#f2f2f2">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="padding:16px 22px;background:#333"><img src="https://bergbau-karriere.example.com/nl/logo.png" alt="Bergbau-Karriere" height="30"></td></tr>
<tr><td style="padding:22px">
<h2 style="margin-top:0">Absage erhalten? So reagieren Sie richtig</h2>
<p>Eine Absage nach dem Vorstellungsgespräch ist ärgerlich, aber kein Grund, den Kopf hängen zu lassen. Bitten Sie höflich um Feedback und bleiben Sie mit dem Unternehmen in Kontakt: Oft wird eine Stelle wenige Monate später erneut ausgeschrieben.</p>
<p><a href="https://bergbau-karriere.example.com/r/absage-richtig-reagieren">Zum Artikel</a></p>
<h3>Neue Stellen im Bergbau</h3>
<p><a href="https://bergbau-karriere.example.com/r/s1">Instandhaltungsplaner (m/w/d) – Freiberg</a><br><a href="https://bergbau-karriere.example.com/r/s2">Reliability Engineer (m/w/d) – Chile</a></p>
</td></tr>
<tr><td style="padding:14px 22px;font-size:10px;color:#888;background:#fafafa">Bergbau-Karriere GmbH · Geschäftsführer: Peter Lang · Amtsgericht Essen HRB 00000<br><a href="https://bergbau-karriere.example.com/abmelden?id=rvm">Newsletter abbestellen</a></td></tr>
</table></body></html>""",
})

add({
    "slug": "alumni_mitgliedsantrag", "kind": "other", "company": "", "contact": "anke.vogel@alumni-freiberg.example.com", "lang": "de",
    "sender": ("Dr. Anke Vogel", "anke.vogel@alumni-freiberg.example.com"),
    "subject": "Ihr Mitgliedsantrag beim Freiberger Alumni-Netzwerk",
    "date": "2026-05-11 11:45 +0200", "structure": "plain", "charset": "iso-8859-1", "cte": "8bit", "hcharset": "iso-8859-1",
    "text": """Sehr geehrter Herr Valdés-Moreau,

vielen Dank für Ihren Antrag auf Mitgliedschaft im Freiberger Alumni-Netzwerk. Wir haben Ihre Unterlagen erhalten und freuen uns, dass Sie auch nach Ihrem Austauschsemester 2016 mit Freiberg verbunden bleiben möchten.

Die Mitgliedschaft ist für internationale Alumni beitragsfrei. Sie erhalten in den nächsten Tagen Ihre Zugangsdaten für das Alumni-Portal, in dem auch Stellenangebote unserer Partnerunternehmen veröffentlicht werden.

Bei Fragen können Sie mich gern direkt kontaktieren.

Mit freundlichen Grüßen
Dr. Anke Vogel
Alumni-Büro
""",
})

add({
    "slug": "lieferung_verzoegert", "kind": "other", "company": "", "contact": "", "lang": "de",
    "sender": ("Messtechnik-Shop24", "service@messtechnik-shop24.example.com"),
    "subject": "Leider verzögert sich Ihre Lieferung (Bestellung 2026-448812)",
    "date": "2026-02-05 14:18 +0100", "structure": "alt", "charset": "utf-8", "cte": "qp",
    "text": """Sehr geehrter Herr Valdés-Moreau,

leider verzögert sich die Lieferung Ihrer Bestellung 2026-448812 (Schwingungsmessgerät VM-300 mit Zubehör). Der Artikel ist beim Hersteller derzeit nicht vorrätig; der neue voraussichtliche Versandtermin ist der 19. Februar 2026.

Sie können die Bestellung jederzeit kostenfrei stornieren.

Wir bitten um Ihr Verständnis.
Ihr Team von Messtechnik-Shop24

Messtechnik-Shop24 GmbH · Geschäftsführer: Stefan Ried · Amtsgericht Stuttgart HRB 00000
""",
    "html": """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<table width="600" align="center" cellpadding="16" cellspacing="0" style="border:1px solid #ddd">
<tr><td><img src="https://messtechnik-shop24.example.com/mail/logo.png" alt="Messtechnik-Shop24" height="32"></td></tr>
<tr><td>
<p>Sehr geehrter Herr Valdés-Moreau,</p>
<p>leider verzögert sich die Lieferung Ihrer Bestellung <b>2026-448812</b> (Schwingungsmessgerät VM-300 mit Zubehör). Der Artikel ist beim Hersteller derzeit nicht vorrätig; der neue voraussichtliche Versandtermin ist der <b>19. Februar 2026</b>.</p>
<p>Sie können die Bestellung jederzeit <a href="https://messtechnik-shop24.example.com/konto/bestellungen/2026-448812/storno">kostenfrei stornieren</a>.</p>
<p>Wir bitten um Ihr Verständnis.<br>Ihr Team von Messtechnik-Shop24</p>
</td></tr>
<tr><td style="font-size:10px;color:#888">Messtechnik-Shop24 GmbH · Geschäftsführer: Stefan Ried · Amtsgericht Stuttgart HRB 00000</td></tr>
</table></body></html>""",
})
