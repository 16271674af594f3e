"""Rejections (31), written one by one. Labels: kind, company, contact, lang."""

from __future__ import annotations

MESSAGES: list[dict] = []
add = MESSAGES.append

# ---------------------------------------------------------------- Spanish (17)

add({
    "slug": "workday_soft", "kind": "rejection", "company": "Minera Altiplano Norte", "contact": "", "lang": "es",
    "sender": ("Minera Altiplano Norte Talent Acquisition", "altiplanonorte@myworkday.com"),
    "subject": "Tu postulación a Ingeniero de Confiabilidad (R-004812)",
    "date": "2026-02-18 16:42 -0300", "structure": "html", "charset": "utf-8", "cte": "qp",
    "mid": "<1771443720841.19.JavaMail.wdprod@myworkday.com>",
    "headers": [("X-Mailer", "Workday Notification Service")],
    "html": """<html><head><meta charset="utf-8"></head>
<body style="margin:0;padding:0;background:#eef1f4;font-family:Arial,Helvetica,sans-serif">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#eef1f4">
<tr><td align="center" style="padding:24px 0">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;border-top:4px solid #c4622d">
<tr><td style="padding:20px 32px"><img src="https://altiplanonorte.example.cl/assets/logo-man.png" alt="Minera Altiplano Norte" width="180" height="42" style="display:block;border:0"></td></tr>
<tr><td style="padding:0 32px 24px 32px;font-size:14px;line-height:21px;color:#333333">
<p>Hola Rodrigo:</p>
<p>Gracias por el tiempo que dedicaste a postular al cargo <b>Ingeniero de Confiabilidad &ndash; Mina Rajo (R-004812)</b> en nuestra operación de Sierra Gorda.</p>
<p>Revisamos con atención tus antecedentes. Después de un análisis cuidadoso, hemos decidido avanzar con candidatos cuya experiencia se ajusta más estrechamente a los requisitos de esta posición, en particular en modelamiento de confiabilidad con Weibull y gestión de activos bajo ISO 55001.</p>
<p>Tu perfil quedará en nuestra base y te invitamos a seguir revisando nuestras oportunidades en el <a href="https://altiplanonorte.wd3.myworkday.com/es-CL/Externos/login?redirect=%2Fcandidato" style="color:#c4622d">portal de empleo</a>.</p>
<p>Te deseamos mucho éxito en tu búsqueda.</p>
<p>Saludos cordiales,<br>Equipo de Adquisición de Talento<br>Minera Altiplano Norte S.A.</p>
</td></tr>
<tr><td style="padding:16px 32px;background:#f6f6f6;font-size:11px;color:#888888">Este correo fue enviado desde una casilla no monitoreada. Por favor no respondas a este mensaje.<br>Minera Altiplano Norte S.A. &middot; Av. Grecia 1900, Antofagasta, Chile</td></tr>
</table></td></tr></table>
<img src="https://altiplanonorte.wd3.myworkday.com/px/o.gif?e=8f21aa0c" width="1" height="1" alt="" style="display:none">
</body></html>""",
})

add({
    "slug": "after_second_interview", "kind": "rejection", "company": "Compañía Minera Quebrada Honda",
    "contact": "pastorga@cmqh.example.cl", "lang": "es",
    "sender": ("Paula Astorga Rivas", "pastorga@cmqh.example.cl"),
    "subject": "Proceso Planificador Senior Mantención Planta - resultado",
    "date": "2026-03-09 11:05 -0300", "structure": "plain", "charset": "utf-8", "cte": "qp",
    "text": """Estimado Rodrigo:

Junto con saludarte, quería contarte personalmente el resultado del proceso para el cargo de Planificador Senior de Mantención Planta.

Agradecemos mucho tu disposición para las dos entrevistas, en especial la conversación con Cristián Lagos, superintendente de mantención, que quedó muy bien impresionado con tu manejo de SAP PM y de las paradas de chancado.

Sin embargo, luego de evaluar a los finalistas, la compañía decidió seguir con otro candidato que tiene experiencia previa liderando programas de confiabilidad en planta concentradora, que es lo que hoy más necesita el área. No fue una decisión fácil.

Si te parece, me gustaría mantener tu CV para futuras vacantes en Gerencia de Mantenimiento; te aviso apenas se abra algo.

Un abrazo y mucho éxito,

Paula Astorga Rivas | Analista de Selección | Compañía Minera Quebrada Honda
+56 55 245 8890 | Camino a Mejillones km 14, Antofagasta
""",
})

add({
    "slug": "terse_iphone", "kind": "rejection", "company": "Montajes & Servicios del Norte",
    "contact": "gcortes@msnorte.example.cl", "lang": "es",
    "sender": ("Gonzalo Cortés", "gcortes@msnorte.example.cl"),
    "subject": "Re: Postulación Planificador - Montajes & Servicios del Norte",
    "date": "2026-01-22 19:48 -0300", "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "in_reply_to": "<CAMr8vq2Lx0pA7o@mail.example.cl>",
    "text": """Rodrigo, cerramos el proceso con otro candidato. Gracias y suerte.

Enviado desde mi iPhone

> El 12-01-2026, a las 08:31, Rodrigo Valdés-Moreau <rodrigo.vm@example.cl> escribió:
>
> Estimado Gonzalo, le envío mi CV para el cargo de planificador que publicaron en la página. Quedo atento a una posible entrevista.
> Saludos, Rodrigo
""",
})

add({
    "slug": "successfactors_on_hold", "kind": "rejection", "company": "Sociedad Minera Huallaga", "contact": "", "lang": "es",
    "sender": ("Sociedad Minera Huallaga - Seleccion", "noreply-huallaga@successfactors.eu"),
    "subject": "Actualización sobre su postulación: Jefe de Planeamiento de Mantenimiento",
    "date": "2026-04-02 10:17 -0500", "structure": "alt", "charset": "iso-8859-1", "cte": "qp", "hcharset": "iso-8859-1",
    "text": """Estimado(a) Rodrigo Valdés-Moreau:

Le agradecemos por su interés en formar parte de Sociedad Minera Huallaga y por su postulación al puesto de Jefe de Planeamiento de Mantenimiento (Req. 11872), unidad Cerro Azul, Pasco.

Le informamos que, debido a una reorganización del área de Mantenimiento, la posición ha quedado en suspenso y no continuaremos con el proceso de selección. Por este motivo su postulación ha sido cerrada.

Sus datos permanecerán en nuestro banco de candidatos por un periodo de 12 meses.

Atentamente,
Gerencia de Gestión Humana
Sociedad Minera Huallaga S.A.A.

Este es un mensaje automático. Por favor no responda a este correo.
""",
    "html": """<html><body style="font-family:Tahoma,Verdana,sans-serif;font-size:13px;color:#222">
<table width="640" cellpadding="0" cellspacing="0" border="0" align="center">
<tr><td bgcolor="#0b3d2e" style="padding:14px"><img src="https://career5.successfactors.eu/companyLogo?company=huallagaP" alt="Sociedad Minera Huallaga" height="38"></td></tr>
<tr><td style="padding:18px">
<p>Estimado(a) Rodrigo Valdés-Moreau:</p>
<p>Le agradecemos por su interés en formar parte de Sociedad Minera Huallaga y por su postulación al puesto de <b>Jefe de Planeamiento de Mantenimiento</b> (Req. 11872), unidad Cerro Azul, Pasco.</p>
<p>Le informamos que, debido a una reorganización del área de Mantenimiento, <b>la posición ha quedado en suspenso y no continuaremos con el proceso de selección</b>. Por este motivo su postulación ha sido cerrada.</p>
<p>Sus datos permanecerán en nuestro banco de candidatos por un periodo de 12 meses.</p>
<p>Atentamente,<br>Gerencia de Gestión Humana<br>Sociedad Minera Huallaga S.A.A.</p>
</td></tr>
<tr><td style="padding:10px 18px;font-size:10px;color:#777;border-top:1px solid #ddd">Este es un mensaje automático. Por favor no responda a este correo. | <a href="https://career5.successfactors.eu/career?company=huallagaP&amp;career_ns=privacy">Aviso de privacidad</a></td></tr>
</table></body></html>""",
})

add({
    "slug": "filled_internally_spain", "kind": "rejection", "company": "Grupo Ingenor", "contact": "rrhh@ingenor.example.es", "lang": "es",
    "sender": ("RRHH Grupo Ingenor", "rrhh@ingenor.example.es"),
    "subject": "Candidatura Técnico/a de Fiabilidad - Madrid",
    "date": "2026-05-12 13:26 +0200", "structure": "plain", "charset": "windows-1252", "cte": "8bit", "hcharset": "windows-1252",
    "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
    "text": """Hola Rodrigo:

Te escribimos en relación con tu candidatura para el puesto de Técnico/a de Fiabilidad en nuestra sede de Las Tablas.

Queremos agradecerte el interés y el tiempo invertido. Finalmente la vacante se ha cubierto con una persona de nuestro propio equipo de Mantenimiento Predictivo, que ha solicitado el traslado interno, por lo que cerramos el proceso externo sin avanzar con más candidaturas.

Sabemos que no es la respuesta que esperabas. Si tienes cualquier duda sobre el proceso, puedes escribirnos a esta misma dirección y te contestaremos encantados.

Un saludo,

Marta Gil Ordóñez
Departamento de Personas – Grupo Ingenor
C/ Ribera del Loira 46, 28042 Madrid · 91 555 0134

Este mensaje y sus anexos son confidenciales. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo elimine. Grupo Ingenor S.L. trata sus datos conforme al RGPD.
""",
})

add({
    "slug": "speculative_mendoza", "kind": "rejection", "company": "Uspallata Cobre", "contact": "csosa@uspallatacobre.example.ar", "lang": "es",
    "sender": ("Carolina Sosa", "csosa@uspallatacobre.example.ar"),
    "subject": "Tu CV",
    "date": "2026-02-27 09:40 -0300", "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "text": """Hola Rodrigo, ¿cómo estás?

Recibimos tu CV que nos mandaste de forma espontánea para el área de mantenimiento de la mina. Te agradecemos que hayas pensado en nosotros.

Por ahora no tenemos ninguna búsqueda abierta que encaje con tu perfil, y tampoco vamos a abrir posiciones de planificación hasta que se defina el proyecto de ampliación, así que no vamos a poder avanzar con tu postulación.

Te deseo lo mejor en lo que viene.

Saludos,
Lic. Carolina Sosa
Jefa de Recursos Humanos
Uspallata Cobre S.A. – Mendoza, Argentina
""",
})

add({
    "slug": "consultora_names_client", "kind": "rejection", "company": "Eléctrica del Norte Grande",
    "contact": "fvergara@talentominero.example.cl", "lang": "es",
    "sender": ("Francisca Vergara - Talento Minero", "fvergara@talentominero.example.cl"),
    "subject": "Proceso Ingeniero de Activos - Eléctrica del Norte Grande",
    "date": "2026-03-24 17:02 -0300", "structure": "plain", "charset": "utf-8", "cte": "qp",
    "text": """Hola Rodrigo,

Te cuento que ya tuvimos la reunión de cierre con nuestro cliente, Eléctrica del Norte Grande, por el cargo de Ingeniero de Gestión de Activos para las subestaciones de la zona norte.

El cliente revisó la terna y decidió continuar con otros postulantes que tienen más experiencia en activos eléctricos de transmisión (transformadores de poder, interruptores). Valoraron mucho tu experiencia en planificación, pero el foco del cargo terminó siendo muy eléctrico.

Gracias por la buena disposición durante todo el proceso. Te voy a tener presente para otros procesos de confiabilidad en minería, que es donde calzas perfecto.

Saludos!

Francisca Vergara
Consultora Senior
Talento Minero Consultores
www.talentominero.example.cl
""",
})

add({
    "slug": "headhunter_unnamed_client_lima", "kind": "rejection", "company": "Prospecta Search",
    "contact": "lchavez@prospecta.example.pe", "lang": "es",
    "sender": ("Luis Chávez", "lchavez@prospecta.example.pe"),
    "subject": "RE: Gerente de Confiabilidad - Sur del Perú",
    "date": "2026-06-03 18:20 -0500", "structure": "plain", "charset": "windows-1252", "cte": "qp", "hcharset": "windows-1252",
    "in_reply_to": "<PH0PR11MB4851D7A2@PH0PR11MB4851.namprd11.prod.outlook.com>",
    "text": """Estimado Rodrigo:

Muchas gracias por su paciencia. Le comento que nuestro cliente, una importante empresa minera del sur del Perú, ha optado por un candidato con experiencia previa en operaciones de altura en Perú y con colegiatura vigente en el CIP, que era un requisito que finalmente consideraron indispensable.

Por tanto, su candidatura no continuará en este proceso. Le agradezco la confianza y quedo a su disposición para futuras búsquedas.

Cordialmente,

Luis Chávez Paredes
Socio | Prospecta Search
Av. Camino Real 456, of. 1102, San Isidro, Lima
T. (+51 1) 555 2290

De: Rodrigo Valdés-Moreau <rodrigo.vm@example.cl>
Enviado: lunes, 25 de mayo de 2026 21:14
Para: Luis Chávez <lchavez@prospecta.example.pe>
Asunto: RE: Gerente de Confiabilidad - Sur del Perú

Estimado Luis, ¿hay novedades del cliente? Quedo atento a la siguiente entrevista que mencionó.
Saludos, Rodrigo
""",
})

add({
    "slug": "greenhouse_startup", "kind": "rejection", "company": "Predicta Mining Analytics", "contact": "", "lang": "es",
    "sender": ("Predicta Mining Analytics via Greenhouse", "no-reply@greenhouse-mail.io"),
    "subject": "Tu postulación en Predicta",
    "date": "2026-04-21 12:03 -0400", "structure": "html", "charset": "utf-8", "cte": "base64",
    "headers": [("X-Greenhouse-Account", "predicta")],
    "html": """<!DOCTYPE html>
<html><body style="font-family:'Helvetica Neue',Arial,sans-serif;color:#1d1d1f;font-size:15px">
<div style="max-width:560px;margin:0 auto;padding:24px">
<img src="https://predicta.example.cl/brand/predicta-wordmark.png" alt="Predicta Mining Analytics" width="140">
<p>¡Hola Rodrigo!</p>
<p>Gracias por postular a <strong>Customer Success Engineer (Mantenimiento Predictivo)</strong>. Nos encantó leer tu experiencia en faena.</p>
<p>Te lo decimos directo: esta vez no vamos a seguir adelante con tu postulación. Buscamos a alguien con más experiencia en Python y manejo de datos de sensores, y recibimos perfiles que calzaban más con eso.</p>
<p>Estamos creciendo rápido, así que ojalá nos volvamos a cruzar. 🚀</p>
<p>Un abrazo,<br>Equipo de Personas<br>Predicta Mining Analytics</p>
<hr style="border:none;border-top:1px solid #eee">
<p style="font-size:11px;color:#999">Enviado con Greenhouse · <a href="https://app.greenhouse.io/privacy" style="color:#999">Privacidad</a></p>
</div>
<img src="https://email.greenhouse-mail.io/o/eJyrVkrOz8lJTS7JzM9TslIqSkzOTM4u0s_PLEhNzs9NUqoFAI0FCXc" width="1" height="1" alt="">
</body></html>""",
})

add({
    "slug": "feedback_after_interview", "kind": "rejection", "company": "Fiabilis Consultores",
    "contact": "terrazuriz@fiabilis.example.cl", "lang": "es",
    "sender": ("Tomás Errázuriz", "terrazuriz@fiabilis.example.cl"),
    "subject": "Gracias por tu tiempo + algo de feedback",
    "date": "2026-05-29 20:11 -0400", "structure": "plain", "charset": "utf-8", "cte": "base64",
    "text": """Rodrigo, buenas noches.

Te escribo como te prometí el martes. Lo conversamos harto con Ximena y al final no vamos a avanzar contigo para el cargo de Consultor de Confiabilidad.

Te quiero dar feedback concreto porque creo que te sirve:

1. En el caso práctico (la flota de palas) tu plan de mantenimiento era sólido, pero no llegaste a cuantificar el impacto en disponibilidad ni en costo. Nuestros clientes nos compran justamente eso.
2. Te faltó soltura con RCM formal (SAE JA1011) y con análisis de criticidad; se nota que lo has aplicado, pero no has liderado un estudio completo.
3. Lo positivo: la parte de planificación y programación fue de lo mejor que hemos visto, y tu inglés técnico está perfecto.

Te sugeriría certificarte (CMRP o similar) y volver a postular en un año. Las puertas quedan abiertas.

Un abrazo,
Tomás

--
Tomás Errázuriz B.
Socio Director
Fiabilis Consultores SpA
Av. Apoquindo 4501, piso 12, Las Condes
""",
})

add({
    "slug": "concurso_publico_no_seleccionado", "kind": "rejection",
    "company": "Corporación Regional de Desarrollo Productivo de Antofagasta", "contact": "", "lang": "es",
    "sender": ("Unidad de Concursos CRDP", "concursos@crdp-antofagasta.example.cl"),
    "subject": "Resultado Etapa de Evaluación Curricular - Concurso N° 07/2026",
    "date": "2026-06-19 15:30 -0400", "structure": "html", "charset": "iso-8859-1", "cte": "qp", "hcharset": "iso-8859-1",
    "html": """<html><body>
<table width="100%" border="0" cellspacing="0" cellpadding="6" style="font-family:Arial;font-size:12px">
<tr><td><img src="https://crdp-antofagasta.example.cl/img/logo_crdp.gif" alt="Corporación Regional de Desarrollo Productivo de Antofagasta"></td></tr>
<tr><td>
<p>Señor<br>RODRIGO VALDÉS-MOREAU<br>Presente</p>
<p>De nuestra consideración:</p>
<p>En el marco del Concurso Público N° 07/2026 para proveer el cargo de <b>Profesional de Gestión de Activos, Programa de Proveedores Mineros</b>, informamos a usted que, concluida la etapa de evaluación curricular, su postulación <b>no fue seleccionada</b> para la etapa siguiente (entrevista de evaluación de aptitudes).</p>
<p>El puntaje obtenido fue de 41 puntos, inferior al puntaje mínimo de 50 puntos establecido en las bases.</p>
<p>Conforme a las bases, podrá solicitar la revisión de su puntaje dentro de los 5 días hábiles siguientes a esta notificación mediante el formulario disponible en <a href="https://crdp-antofagasta.example.cl/concursos/reclamos">crdp-antofagasta.example.cl/concursos/reclamos</a>.</p>
<p>Saluda atentamente a usted,</p>
<p>Unidad de Concursos<br>Corporación Regional de Desarrollo Productivo de Antofagasta</p>
</td></tr>
<tr><td style="font-size:10px;color:#666">Correo generado automáticamente. No responder a esta casilla.</td></tr>
</table></body></html>""",
})

add({
    "slug": "icims_replyto_person", "kind": "rejection", "company": "Maquinarias del Pacífico",
    "contact": "dfuentes@maqpacifico.example.cl", "lang": "es",
    "sender": ("Careers at Maquinarias del Pacífico", "maqpacifico@icims.com"),
    "reply_to": ("Daniela Fuentes", "dfuentes@maqpacifico.example.cl"),
    "subject": "Actualización de tu postulación",
    "date": "2026-07-07 10:55 -0400", "structure": "alt", "charset": "utf-8", "cte": "qp",
    "text": """Hola Rodrigo,

Muchas gracias por tu interés en el cargo de Especialista de Soporte de Producto - Palas y Perforadoras (Antofagasta).

Lamentablemente, en esta ocasión no avanzarás a la siguiente etapa del proceso. Recibimos un gran número de postulaciones y seleccionamos a quienes tienen experiencia directa en soporte de producto para distribuidores de equipos.

Si tienes consultas puedes responder a este correo y te contestaré personalmente.

Saludos,
Daniela Fuentes
Business Partner de Talento
Maquinarias del Pacífico
""",
    "html": """<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#2b2b2b">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #e1e1e1">
<tr><td style="background:#ffd100;padding:12px 20px"><img src="https://maqpacifico.example.cl/careers/logo_mdp.png" alt="Maquinarias del Pacífico" height="36"></td></tr>
<tr><td style="padding:20px">
<p>Hola Rodrigo,</p>
<p>Muchas gracias por tu interés en el cargo de <b>Especialista de Soporte de Producto - Palas y Perforadoras (Antofagasta)</b>.</p>
<p>Lamentablemente, en esta ocasión no avanzarás a la siguiente etapa del proceso. Recibimos un gran número de postulaciones y seleccionamos a quienes tienen experiencia directa en soporte de producto para distribuidores de equipos.</p>
<p>Si tienes consultas puedes responder a este correo y te contestaré personalmente.</p>
<p>Saludos,<br>Daniela Fuentes<br>Business Partner de Talento<br>Maquinarias del Pacífico</p>
</td></tr>
<tr><td style="padding:10px 20px;font-size:11px;color:#999;background:#fafafa">Powered by iCIMS · <a href="https://careers-maqpacifico.icims.com/jobs/login?unsubscribe=1" style="color:#999">Preferencias de comunicación</a></td></tr>
</table></td></tr></table>
<img src="https://careers-maqpacifico.icims.com/track/open/5582301.gif" width="1" height="1" alt="">
</body></html>""",
})

add({
    "slug": "outlook_chain_misleading", "kind": "rejection", "company": "Minera Chachani", "contact": "mhuaman@chachani.example.pe", "lang": "es",
    "sender": ("Milagros Huamán", "mhuaman@chachani.example.pe"),
    "subject": "RE: Entrevista - Planner de Mantenimiento Mina",
    "date": "2026-08-14 16:47 -0500", "structure": "plain", "charset": "windows-1252", "cte": "qp", "hcharset": "windows-1252",
    "in_reply_to": "<DM6PR04MB7081E2C6@DM6PR04MB7081.namprd04.prod.outlook.com>",
    "references": ["<DM6PR04MB70810A11@DM6PR04MB7081.namprd04.prod.outlook.com>"],
    "text": """Estimado Rodrigo:

Gracias por su interés y por participar en la entrevista con el Ing. Apaza. Lamentamos comunicarle que en esta oportunidad no continuará en el proceso de selección para el puesto de Planner de Mantenimiento Mina.

Le deseamos éxitos en sus próximos retos profesionales.

Saludos cordiales,

Milagros Huamán Quispe
Analista de Reclutamiento y Selección
Minera Chachani S.A.C. – Arequipa
Cel. 959 555 210

De: Rodrigo Valdés-Moreau <rodrigo.vm@example.cl>
Enviado: jueves, 6 de agosto de 2026 09:02
Para: Milagros Huamán <mhuaman@chachani.example.pe>
Asunto: RE: Entrevista - Planner de Mantenimiento Mina

Estimada Milagros, muchas gracias por la invitación. Confirmo la entrevista del lunes 10 a las 10:00 (hora Perú) por Teams. Quedo atento.

De: Milagros Huamán <mhuaman@chachani.example.pe>
Enviado: miércoles, 5 de agosto de 2026 17:30
Para: Rodrigo Valdés-Moreau <rodrigo.vm@example.cl>
Asunto: Entrevista - Planner de Mantenimiento Mina

Estimado Rodrigo, nos complace invitarlo a una entrevista para el puesto de Planner de Mantenimiento Mina. ¿Podría el lunes 10 de agosto a las 10:00? Le enviaremos el enlace de Teams.
""",
})

add({
    "slug": "taleo_position_filled", "kind": "rejection", "company": "Iberenergía Renovables", "contact": "", "lang": "es",
    "sender": ("Iberenergía Renovables - Empleo", "iberenergia@taleo.net"),
    "subject": "Tu candidatura - Ref. 2026-0417 Ingeniero/a de Activos O&M",
    "date": "2026-03-31 09:12 +0200", "structure": "html", "charset": "utf-8", "cte": "base64",
    "html": """<html><head><style>p{margin:0 0 12px 0}</style></head><body style="font-family:Verdana,sans-serif;font-size:12px">
<table width="620" align="center" cellpadding="0" cellspacing="0" style="border:1px solid #cfe3cf">
<tr><td style="padding:16px;background:#2e7d32;color:#fff;font-size:18px"><img src="https://iberenergia.example.es/img/ibr_blanco.png" alt="Iberenergía" height="30" style="vertical-align:middle"> Empleo</td></tr>
<tr><td style="padding:18px">
<p>Estimado/a Rodrigo,</p>
<p>Gracias por presentar tu candidatura a la oferta <b>Ingeniero/a de Activos O&amp;M Parques Eólicos (Ref. 2026-0417)</b>.</p>
<p>Te informamos de que el proceso de selección ha finalizado y la vacante ha sido cubierta. Tu candidatura no ha resultado seleccionada en esta ocasión.</p>
<p>Conservaremos tu currículum para futuras ofertas que puedan encajar con tu perfil, salvo que nos indiques lo contrario.</p>
<p>Un cordial saludo,<br>Dirección de Personas y Talento<br>Iberenergía Renovables</p>
</td></tr>
<tr><td style="padding:10px 16px;font-size:10px;color:#666;background:#f3f8f3">Iberenergía Renovables, S.L. – CIF B-00000000 – Paseo de la Castellana 95, 28046 Madrid. Inscrita en el Registro Mercantil de Madrid, Tomo 0000, Folio 00. Responsable del tratamiento: Iberenergía Renovables, S.L. Puede ejercer sus derechos en <a href="https://iberenergia.taleo.net/careersection/privacy">privacidad</a>.</td></tr>
</table></body></html>""",
})

add({
    "slug": "family_business_calama", "kind": "rejection", "company": "Talleres Hermanos Olguín",
    "contact": "holguin@talleresolguin.example.cl", "lang": "es",
    "sender": ("Hernán Olguín", "holguin@talleresolguin.example.cl"),
    "subject": "Re: Jefe de taller",
    "date": "2026-04-09 21:33 -0400", "structure": "plain", "charset": "iso-8859-1", "cte": "8bit", "hcharset": "iso-8859-1",
    "in_reply_to": "<CAB7yq0TzVb9@mail.example.cl>",
    "text": """Don Rodrigo, buenas noches

Le agradezco harto que se haya dado el tiempo de venir al taller el viernes y conocer a los muchachos. La verdad es que usted tiene mucho curriculum para lo que nosotros somos, y yo necesito a alguien que se quede en Calama de planta, con la familia aca, no alguien que este mirando para Santiago o para afuera.

Asi que por ahora no vamos a seguir con usted para la jefatura del taller. No lo tome a mal.

Si algun dia necesita hacerle mantencion a la camioneta, ya sabe donde estamos.

Saludos cordiales
Hernan Olguin
Talleres Hermanos Olguín
Av. Granaderos 2231, Calama
""",
})

add({
    "slug": "staffing_typos_client", "kind": "rejection", "company": "Tecnored Servicios Mineros",
    "contact": "coordinacion@nortestaffing.example.cl", "lang": "es",
    "sender": ("Coordinacion Norte Staffing", "coordinacion@nortestaffing.example.cl"),
    "subject": "postulacion planificador parada de planta",
    "date": "2026-05-04 08:02 -0400", "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "text": """hola rodrigo

te cuento q el cliente Tecnored Servicios Mineros reviso los perfiles para la parada de planta de junio y lamentablemente no siguio con el tuyo, prefirieron gente que ya estuvo en paradas con ellos antes.

igual quedas en nuestra base para las proximas paradas, si tienes dudas escribeme a este mismo correo o al whatsapp +56 9 5555 4410

saludos
Camila R.
Coordinacion de Dotacion
Norte Staffing SpA
""",
})

add({
    "slug": "smartrecruiters_public_utility", "kind": "rejection", "company": "Empresa Provincial de Energía de Mendoza", "contact": "", "lang": "es",
    "sender": ("EPEM Capital Humano", "noreply@smartrecruiters.com"),
    "subject": "Búsqueda 2026-031 Analista de Confiabilidad de Activos",
    "date": "2026-09-08 11:20 -0300", "structure": "html", "charset": "utf-8", "cte": "qp",
    "html": """<html><body style="background:#f4f4f4;margin:0">
<table role="presentation" width="100%" cellspacing="0" cellpadding="0"><tr><td align="center" style="padding:30px 10px">
<table role="presentation" width="580" cellspacing="0" cellpadding="0" style="background:#fff;font-family:Arial,sans-serif;font-size:14px;color:#333">
<tr><td style="padding:24px 28px 8px"><img src="https://c.smartrecruiters.com/sr-company-logo-prod/epem.png" alt="EPEM - Empresa Provincial de Energía de Mendoza" width="200"></td></tr>
<tr><td style="padding:8px 28px 24px">
<p>Estimado Rodrigo:</p>
<p>Gracias por participar de la búsqueda 2026-031 <b>Analista de Confiabilidad de Activos</b> para la Gerencia de Generación.</p>
<p>Tras analizar los antecedentes de todas las personas postulantes, decidimos no avanzar con tu candidatura en esta búsqueda.</p>
<p>Te invitamos a seguir nuestras búsquedas abiertas en el sitio de empleos.</p>
<p>Saludos cordiales,</p>
<p>Gerencia de Capital Humano<br>Empresa Provincial de Energía de Mendoza</p>
</td></tr>
<tr><td style="padding:12px 28px;border-top:1px solid #eee;font-size:11px;color:#8a8a8a">Este mensaje fue enviado por SmartRecruiters en nombre de EPEM. <a href="https://jobs.smartrecruiters.com/unsubscribe?c=epem&amp;t=c1d9" style="color:#8a8a8a">Darse de baja</a></td></tr>
</table></td></tr></table>
<img src="https://trk.smartrecruiters.com/open?m=9f3bd1" width="1" height="1" alt="" border="0">
</body></html>""",
})

# ---------------------------------------------------------------- English (8)

add({
    "slug": "workday_au_unsuccessful", "kind": "rejection", "company": "Pilbara Ridge Iron", "contact": "", "lang": "en",
    "sender": ("Pilbara Ridge Iron Careers", "pilbararidge@myworkday.com"),
    "subject": "Your application for Senior Reliability Engineer - Fixed Plant",
    "date": "2026-05-20 14:05 +0800", "structure": "alt", "charset": "utf-8", "cte": "qp",
    "mid": "<1779257100223.44.JavaMail.wdprod@myworkday.com>",
    "text": """Dear Rodrigo,

Thank you for your interest in the Senior Reliability Engineer - Fixed Plant role (JR-22190) at our Cape Lambert operations.

We have now carefully reviewed all applications. Unfortunately, on this occasion you have not been successful in progressing to the next stage.

We encourage you to keep an eye on our careers page for future opportunities.

Kind regards,
Talent Acquisition Team
Pilbara Ridge Iron Pty Ltd

Please do not reply to this email as this inbox is not monitored.
""",
    "html": """<html><body style="margin:0;font-family:Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="background:#2b2b2b;padding:18px">
<img src="https://pilbararidge.example.com.au/wd/logo-white.png" alt="Pilbara Ridge Iron" height="40"></td></tr>
<tr><td align="center"><table width="600" cellpadding="24" cellspacing="0"><tr><td style="font-size:14px;line-height:1.5;color:#222">
<p>Dear Rodrigo,</p>
<p>Thank you for your interest in the <b>Senior Reliability Engineer - Fixed Plant</b> role (JR-22190) at our Cape Lambert operations.</p>
<p>We have now carefully reviewed all applications. Unfortunately, on this occasion you have not been successful in progressing to the next stage.</p>
<p>We encourage you to keep an eye on our <a href="https://pilbararidge.wd3.myworkday.com/PRI_Careers">careers page</a> for future opportunities.</p>
<p>Kind regards,<br>Talent Acquisition Team<br>Pilbara Ridge Iron Pty Ltd</p>
<p style="font-size:11px;color:#888">Please do not reply to this email as this inbox is not monitored. Pilbara Ridge Iron acknowledges the Traditional Owners of the lands on which we operate.</p>
</td></tr></table></td></tr></table></body></html>""",
})

add({
    "slug": "agency_mate_client_named", "kind": "rejection", "company": "Red Dune Minerals",
    "contact": "brooke@outbacktalent.example.com.au", "lang": "en",
    "sender": ("Brooke Tanner", "brooke@outbacktalent.example.com.au"),
    "subject": "Red Dune update",
    "date": "2026-06-11 17:38 +0800", "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "text": """Hi Rodrigo,

Hope you're well mate. Just had the debrief with Red Dune Minerals on the Maintenance Planner (FIFO 8/6) role.

Bad news I'm afraid - they've gone with a local candidate who's already got his WA tickets and has worked on the same Komatsu fleet, so they're not going ahead with you. They did say your planning experience was really strong and the Spanish-English combo impressed them.

Don't let it get you down, I've got a couple of other things in the pipeline I reckon you'd be good for. I'll give you a bell next week.

Cheers,
Brooke

Brooke Tanner | Senior Consultant - Mining & Resources | Outback Talent Co
M 0412 555 087 | Level 3, 140 St Georges Tce, Perth WA 6000
""",
})

add({
    "slug": "lever_more_closely_matches", "kind": "rejection", "company": "RelyOps", "contact": "priya@relyops.example.ca", "lang": "en",
    "sender": ("RelyOps", "no-reply@hire.lever.co"),
    "reply_to": ("Priya Natarajan", "priya@relyops.example.ca"),
    "subject": "Following up",
    "date": "2026-07-23 13:44 -0400", "structure": "html", "charset": "utf-8", "cte": "qp",
    "html": """<div style="font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,sans-serif;font-size:15px;color:#222;max-width:600px">
<p>Hi Rodrigo,</p>
<p>Thanks so much for your interest in the Solutions Engineer, Heavy Industry role at RelyOps and for the time you spent with us on the intro call.</p>
<p>After a lot of consideration, we've decided to move forward with candidates whose experience more closely matches what we need right now &mdash; mainly hands-on SaaS implementation with North American utilities.</p>
<p>We'll keep your profile on file and reach out if something opens up that's a better fit. If you have any questions, just reply to this email.</p>
<p>All the best,<br>Priya Natarajan<br>Head of Talent, RelyOps</p>
<p style="font-size:11px;color:#999">Sent via <a href="https://hire.lever.co/email-tracking/click?lid=8d3a&amp;url=https%3A%2F%2Fwww.lever.co" style="color:#999">Lever</a></p>
<img src="https://hire.lever.co/email-tracking/open/8d3a77b1.png" width="1" height="1" alt="">
</div>""",
})

add({
    "slug": "requisition_frozen_interview_cancelled", "kind": "rejection", "company": "Northshield Gold",
    "contact": "mdelorme@northshieldgold.example.ca", "lang": "en",
    "sender": ("Mark Delorme", "mdelorme@northshieldgold.example.ca"),
    "subject": "Thursday's interview - Reliability Engineer",
    "date": "2026-08-18 08:31 -0400", "structure": "plain", "charset": "windows-1252", "cte": "qp", "hcharset": "windows-1252",
    "text": """Rodrigo,

I'm sorry to do this on short notice. We have to cancel Thursday's interview for the Reliability Engineer position at the Timmins mill.

Head office froze all non-critical hiring for the rest of the fiscal year yesterday, and the requisition has been withdrawn. We won't be proceeding with the role, so there is no point in keeping you in the process. I know you had arranged your evening around the call and I apologise for that.

If the position is reopened next year I'll reach out to you directly – you were on my short list.

Regards,

Mark Delorme, P.Eng.
Maintenance Superintendent – Timmins Operations
Northshield Gold Corp.
705-555-0148
""",
})

add({
    "slug": "after_final_outlook_chain", "kind": "rejection", "company": "Harrow & Quinn Engineering",
    "contact": "s.whitford@hq-eng.example.com.au", "lang": "en",
    "sender": ("Sophie Whitford", "s.whitford@hq-eng.example.com.au"),
    "subject": "RE: Asset Management Consultant - final interview",
    "date": "2026-07-02 16:12 +0800", "structure": "plain", "charset": "utf-8", "cte": "qp",
    "in_reply_to": "<SY4P282MB1843C0FF@SY4P282MB1843.AUSP282.PROD.OUTLOOK.COM>",
    "references": ["<SY4P282MB18439A01@SY4P282MB1843.AUSP282.PROD.OUTLOOK.COM>"],
    "text": """Hi Rodrigo,

Thank you for coming in for the final interview last Thursday and for your patience since.

I'm afraid I don't have good news. The panel was impressed with your planning background, but we have offered the role to another candidate who has more experience writing Strategic Asset Management Plans for water utilities, which is where most of our current work sits. They have accepted, so we are closing the process.

I'd genuinely be happy to stay in touch, and I'll happily give feedback by phone if useful.

Kind regards,
Sophie

Sophie Whitford
Principal – Asset Management
Harrow & Quinn Engineering
Level 9, 250 St Georges Terrace, Perth WA 6000
T +61 8 5550 1200

Harrow & Quinn Engineering Pty Ltd ABN 00 000 000 000. This email is confidential and may be legally privileged.

From: Rodrigo Valdés-Moreau <rodrigo.vm@example.cl>
Sent: Monday, 29 June 2026 9:03 PM
To: Sophie Whitford <s.whitford@hq-eng.example.com.au>
Subject: RE: Asset Management Consultant - final interview

Hi Sophie,

Thanks again for Thursday. Just checking in on timing – I have another process moving and I'd love to know roughly when you expect to make an offer, if that's the direction you're going.

Best,
Rodrigo

From: Sophie Whitford <s.whitford@hq-eng.example.com.au>
Sent: Tuesday, 16 June 2026 11:20 AM
To: Rodrigo Valdés-Moreau <rodrigo.vm@example.cl>
Subject: Asset Management Consultant - final interview

Hi Rodrigo, we'd like to invite you to a final interview with our Managing Director on Thursday 25 June at 9:00 am AWST. Congratulations on getting this far!
""",
})

add({
    "slug": "one_line_went_another_way", "kind": "rejection", "company": "Northgate Drills",
    "contact": "kyle.brandt@northgatedrills.example.ca", "lang": "en",
    "sender": ("Kyle Brandt", "kyle.brandt@northgatedrills.example.ca"),
    "subject": "Re: Field Reliability Lead - Northgate Drills",
    "date": "2026-09-15 18:02 -0400", "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "in_reply_to": "<CAPx9rV3@mail.example.cl>",
    "text": """Hi Rodrigo - we went another way on this one. Thanks for your time.

Sent from my iPhone
""",
})

add({
    "slug": "bamboohr_not_moving_forward", "kind": "rejection", "company": "Kestrel Maintenance Services", "contact": "", "lang": "en",
    "sender": ("Kestrel Maintenance Services", "notifications@app.bamboohr.com"),
    "subject": "Thank you for applying to Kestrel Maintenance Services",
    "date": "2026-03-05 10:30 +0800", "structure": "html", "charset": "utf-8", "cte": "qp",
    "html": """<table width="100%" cellpadding="0" cellspacing="0" style="font-family:Lato,Arial,sans-serif"><tr><td align="center">
<table width="540" cellpadding="0" cellspacing="0"><tr><td style="padding:20px 0"><img src="https://kestrel.bamboohr.com/logos/kestrel.png" alt="Kestrel Maintenance Services" height="48"></td></tr>
<tr><td style="font-size:15px;color:#333;line-height:22px">
<p>Hi Rodrigo,</p>
<p>Thank you for applying for the Shutdown Planner position. We appreciate you taking the time to tell us about yourself.</p>
<p>We've reviewed your application and we won't be moving forward with it at this time. We wish you every success in your search.</p>
<p>Thanks again,<br>The Kestrel Maintenance Services team</p>
</td></tr>
<tr><td style="padding-top:24px;font-size:11px;color:#aaa">Powered by BambooHR. This message was sent from an unmonitored address.</td></tr>
</table></td></tr></table>""",
})

add({
    "slug": "university_not_shortlisted", "kind": "rejection", "company": "Humber Ridge University",
    "contact": "mining-search@humberridge.example.ca", "lang": "en",
    "sender": ("Faculty Search Committee - Mining Engineering", "mining-search@humberridge.example.ca"),
    "subject": "Sessional Lecturer, Maintenance & Reliability (Fall 2026)",
    "date": "2026-06-26 15:08 -0400", "structure": "plain", "charset": "utf-8", "cte": "qp",
    "text": """Dear Mr. Valdés-Moreau,

On behalf of the search committee, thank you for applying for the sessional lecturer position in Maintenance and Reliability Engineering (MINE 3410) for the Fall 2026 term.

The committee has now completed its review of the more than forty applications received. I regret to inform you that your application was not shortlisted for interview. The committee gave priority to candidates holding a Professional Engineer licence in Ontario and prior university teaching experience.

Questions about the process may be directed to this address.

Sincerely,

Prof. Elaine Mackenzie, PhD, P.Eng.
Chair, Search Committee
Department of Mining Engineering
Humber Ridge University, Toronto
""",
})

# ---------------------------------------------------------------- French (4)

add({
    "slug": "dotation_non_retenue", "kind": "rejection", "company": "Hydro-Laurentides", "contact": "", "lang": "fr",
    "sender": ("Hydro-Laurentides - Dotation", "ne-pas-repondre@hydrolaurentides.example.ca"),
    "subject": "Votre candidature - Ingénieur(e) fiabilité des actifs (2026-0388)",
    "date": "2026-04-16 14:02 -0400", "structure": "html", "charset": "iso-8859-1", "cte": "qp", "hcharset": "iso-8859-1",
    "html": """<html><body style="font-family:Arial,sans-serif;font-size:13px;color:#1a1a1a">
<table width="600" cellpadding="0" cellspacing="0" border="0">
<tr><td style="padding:12px 0;border-bottom:3px solid #0067a5"><img src="https://hydrolaurentides.example.ca/carrieres/logo_hl.gif" alt="Hydro-Laurentides" width="170"></td></tr>
<tr><td style="padding:16px 0">
<p>Bonjour M. Valdés-Moreau,</p>
<p>Nous vous remercions de l'intérêt que vous portez à Hydro-Laurentides et du temps consacré à votre candidature pour le poste d'<b>ingénieur(e) fiabilité des actifs</b> (concours 2026-0388), centrale de la Rivière-Rouge.</p>
<p>Après une analyse attentive des dossiers reçus, nous vous informons que votre candidature n'a pas été retenue pour la suite du processus.</p>
<p>Nous vous encourageons à consulter régulièrement nos offres d'emploi.</p>
<p>Veuillez agréer, Monsieur, nos salutations distinguées.</p>
<p>L'équipe Dotation<br>Hydro-Laurentides</p>
</td></tr>
<tr><td style="font-size:10px;color:#777;border-top:1px solid #ccc;padding-top:8px">Ce courriel a été envoyé automatiquement. Veuillez ne pas y répondre.</td></tr>
</table></body></html>""",
})

add({
    "slug": "apres_entrevue_vous", "kind": "rejection", "company": "Rivière & Lefebvre Ingénierie",
    "contact": "i.lefebvre@rl-ing.example.ca", "lang": "fr",
    "sender": ("Isabelle Lefebvre", "i.lefebvre@rl-ing.example.ca"),
    "subject": "Suivi de votre entrevue du 3 septembre",
    "date": "2026-09-11 11:40 -0400", "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "text": """Bonjour Rodrigo,

Je vous remercie encore pour l'entrevue de jeudi dernier. Mon collègue Jean-François et moi avons beaucoup apprécié la discussion sur votre expérience de planification des arrêts majeurs au Chili.

Après réflexion, nous avons choisi de poursuivre avec une candidature dont le profil correspond davantage aux besoins immédiats du mandat, notamment l'expérience des normes CSA et de la réglementation québécoise. Ce n'est donc pas une réponse positive, et j'en suis désolée.

Je garde précieusement votre dossier : nous prévoyons d'autres mandats miniers en 2027 et je n'hésiterai pas à vous recontacter.

Au plaisir,

Isabelle Lefebvre, ing.
Directrice, Gestion des actifs
Rivière & Lefebvre Ingénierie inc.
1250, boul. René-Lévesque Ouest, bureau 2200, Montréal (Québec)
514 555-0179
""",
})

add({
    "slug": "teamtailor_tutoiement", "kind": "rejection", "company": "Vibrasense", "contact": "camille@vibrasense.example.ca", "lang": "fr",
    "sender": ("Vibrasense", "no-reply@teamtailor-mail.com"),
    "reply_to": ("Camille Roy", "camille@vibrasense.example.ca"),
    "subject": "Ta candidature chez Vibrasense",
    "date": "2026-05-26 10:22 -0400", "structure": "html", "charset": "utf-8", "cte": "base64",
    "html": """<html><body style="background:#fafafa;font-family:Inter,Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:32px 8px">
<table width="520" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:12px">
<tr><td style="padding:28px 32px 0"><img src="https://assets.teamtailor-cdn.com/vibrasense/logo.png" alt="vibrasense" height="28"></td></tr>
<tr><td style="padding:20px 32px 28px;font-size:15px;line-height:24px;color:#1f1f1f">
<p>Salut Rodrigo!</p>
<p>Merci d'avoir postulé comme <b>Spécialiste terrain – analyse vibratoire</b>. On a aimé ton parcours dans les mines du Chili.</p>
<p>Après avoir regardé toutes les candidatures, on a décidé de ne pas aller plus loin avec la tienne pour ce poste-ci : on cherche quelqu'un avec une certification ISO 18436 niveau II déjà en main.</p>
<p>On te souhaite vraiment bonne chance pour la suite et n'hésite pas à répondre à ce courriel si tu as des questions.</p>
<p>Camille<br>Responsable talents, Vibrasense</p>
</td></tr>
<tr><td style="padding:14px 32px;font-size:11px;color:#9b9b9b;border-top:1px solid #f0f0f0">Envoyé avec Teamtailor · <a href="https://vibrasense.teamtailor.com/connect/unsubscribe?t=a91c" style="color:#9b9b9b">Se désabonner</a></td></tr>
</table></td></tr></table>
<img src="https://e.teamtailor-mail.com/o/a91c0d2e.gif" width="1" height="1" alt="">
</body></html>""",
})

add({
    "slug": "poste_comble_interne", "kind": "rejection", "company": "Boréal Nickel", "contact": "nathalie.gagnon@borealnickel.example.ca", "lang": "fr",
    "sender": ("Gagnon, Nathalie", "nathalie.gagnon@borealnickel.example.ca"),
    "subject": "Planificateur(trice) maintenance – Mine Lac-Bellerive",
    "date": "2026-10-06 09:15 -0400", "structure": "plain", "charset": "windows-1252", "cte": "qp", "hcharset": "windows-1252",
    "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
    "text": """Bonjour M. Valdés-Moreau,

Je fais suite à votre candidature pour le poste de planificateur(trice) maintenance à la mine Lac-Bellerive.

Je dois malheureusement vous informer que le poste a été comblé à l'interne par un employé de notre équipe de Raglan, qui souhaitait se rapprocher de sa famille. Nous avons donc mis fin au processus de recrutement externe.

Je vous remercie sincèrement de l'intérêt porté à Boréal Nickel.

Cordialement,

Nathalie Gagnon
Conseillère principale, acquisition de talents
Boréal Nickel inc. | 800, rue du Square-Victoria, Montréal
T 514 555-0102

AVIS DE CONFIDENTIALITÉ : Ce courriel est confidentiel et destiné uniquement au destinataire visé.
""",
})

# ---------------------------------------------------------------- German (2)

add({
    "slug": "personio_absage", "kind": "rejection", "company": "Kessler Fördertechnik", "contact": "", "lang": "de",
    "sender": ("Kessler Fördertechnik GmbH", "noreply@personio.de"),
    "subject": "Ihre Bewerbung als Service Engineer Fördertechnik (m/w/d) – Chile",
    "date": "2026-02-24 09:05 +0100", "structure": "html", "charset": "utf-8", "cte": "qp",
    "html": """<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">
<table width="600" cellpadding="0" cellspacing="0" align="center">
<tr><td style="padding:20px 0"><img src="https://kessler.jobs.personio.de/logo/kessler.png" alt="Kessler Fördertechnik" height="44"></td></tr>
<tr><td>
<p>Sehr geehrter Herr Valdés-Moreau,</p>
<p>vielen Dank für Ihre Bewerbung als <b>Service Engineer Fördertechnik (m/w/d) – Standort Antofagasta</b> und das damit verbundene Interesse an unserem Unternehmen.</p>
<p>Leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können. Diese Entscheidung ist keine Bewertung Ihrer Qualifikation; wir hatten viele Bewerbungen mit Erfahrung bei Gurtförderanlagen unseres eigenen Typs.</p>
<p>Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute und viel Erfolg.</p>
<p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team<br>Kessler Fördertechnik GmbH</p>
</td></tr>
<tr><td style="padding-top:20px;font-size:10px;color:#777;border-top:1px solid #ddd">Kessler Fördertechnik GmbH · Hafenstraße 12 · 44147 Dortmund<br>Geschäftsführer: Dr. Rainer Kessler, Ute Brandl · Amtsgericht Dortmund HRB 00000 · USt-IdNr. DE000000000<br>
<a href="https://kessler.jobs.personio.de/privacy-policy">Datenschutzerklärung</a></td></tr>
</table></body></html>""",
})

add({
    "slug": "softgarden_replyto", "kind": "rejection", "company": "Hydraulik Weber", "contact": "s.krueger@hyweber.example.com", "lang": "de",
    "sender": ("Hydraulik Weber AG über softgarden", "bewerbermanagement@softgarden.io"),
    "reply_to": ("Sabine Krüger", "s.krueger@hyweber.example.com"),
    "subject": "Ihre Bewerbung: Reliability Engineer Südamerika",
    "date": "2026-08-27 15:44 +0200", "structure": "alt", "charset": "iso-8859-1", "cte": "qp", "hcharset": "iso-8859-1",
    "text": """Sehr geehrter Herr Valdés-Moreau,

herzlichen Dank für Ihre Bewerbung und das angenehme Telefoninterview mit Herrn Baumann.

Nach sorgfältiger Prüfung aller Unterlagen haben wir uns entschieden, die Position des Reliability Engineer Südamerika mit einem anderen Kandidaten zu besetzen, dessen Profil unseren Anforderungen an die Hydrauliksysteme von Großbaggern noch näher kommt.

Wir bedauern, Ihnen keinen positiven Bescheid geben zu können. Für Rückfragen stehe ich Ihnen gern zur Verfügung - antworten Sie einfach auf diese E-Mail.

Mit freundlichen Grüßen

Sabine Krüger
HR Business Partner
Hydraulik Weber AG, Winterthur

Hydraulik Weber AG | Sitz: Winterthur | Handelsregister: CHE-000.000.000
""",
    "html": """<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="padding:10px 0;border-bottom:2px solid #003a70"><img src="https://hyweber.softgarden.io/assets/logo_hw.png" alt="Hydraulik Weber AG" height="40"></td></tr></table>
<p>Sehr geehrter Herr Valdés-Moreau,</p>
<p>herzlichen Dank für Ihre Bewerbung und das angenehme Telefoninterview mit Herrn Baumann.</p>
<p>Nach sorgfältiger Prüfung aller Unterlagen haben wir uns entschieden, die Position des <b>Reliability Engineer Südamerika</b> mit einem anderen Kandidaten zu besetzen, dessen Profil unseren Anforderungen an die Hydrauliksysteme von Großbaggern noch näher kommt.</p>
<p>Wir bedauern, Ihnen keinen positiven Bescheid geben zu können. Für Rückfragen stehe ich Ihnen gern zur Verfügung - antworten Sie einfach auf diese E-Mail.</p>
<p>Mit freundlichen Grüßen<br><br>Sabine Krüger<br>HR Business Partner<br>Hydraulik Weber AG, Winterthur</p>
<p style="font-size:8pt;color:#808080">Hydraulik Weber AG | Sitz: Winterthur | Handelsregister: CHE-000.000.000 | <a href="https://hyweber.softgarden.io/de/datenschutz">Datenschutz</a></p>
<img src="https://tracking.softgarden.io/pixel/7c2e11.gif" width="1" height="1" alt="">
</body></html>""",
})
