"""Other mail of the hundredsixth corpus: everything that is not a step of an application.

Newsletters, alerts and advice that talk about rejections, interviews and openings; other
meanings of the words (podcast, press and user-research interviews, a position in a queue or a
GPS app, a delayed package, bank and flat applications); friends' news; the candidate's own
sent mail; out-of-office replies; recruiter cold outreach without an interview.
"""

from __future__ import annotations

from msgs106_common import CANDIDATE, pixel, track

MESSAGES: list[dict] = []

# 114 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "boletin_mineria_sostenible_rechazo_feedback",
    "kind": "other", "company": "", "contact": "", "language": "es",
    "from": ("Minería Sostenible Hoy", "boletin@mineriasostenible.example.cl"),
    "subject": "N° 112 | Cómo pedir feedback después de un rechazo · Ofertas de la semana · Entrevista a Claudia Vergara",
    "date": "2026-02-05 07:00 -0300",
    "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "headers": [("List-Id", "Boletín Minería Sostenible Hoy <boletin.mineriasostenible.example.cl>"),
                ("List-Unsubscribe", "<https://mineriasostenible.example.cl/baja?e=dnFoQGV4YW1wbGUuY2w>, <mailto:baja@mineriasostenible.example.cl>"),
                ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                ("Precedence", "bulk")],
    "html": f"""<html><head><meta charset="utf-8"><title>Minería Sostenible Hoy N° 112</title></head>
<body style="margin:0;background:#e9efe9;">
<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center" style="padding:18px 8px;">
<table width="620" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;font-family:Georgia,serif;color:#2d3a2e;">
<tr><td style="padding:22px 30px;background:#2f5d3a;"><img src="https://mineriasostenible.example.cl/img/logo-boletin.png" alt="Minería Sostenible Hoy" width="230" style="display:block;"></td></tr>
<tr><td style="padding:24px 30px 6px;font-size:15px;line-height:23px;">
<p style="font-size:12px;color:#7a8a7c;font-family:Arial,sans-serif;">BOLETÍN N° 112 · JUEVES 5 DE FEBRERO DE 2026</p>
<h2 style="font-size:22px;margin:6px 0 10px;">Cómo pedir feedback después de un rechazo (y usarlo)</h2>
<p>“Lamentamos informarte que no has sido seleccionada”. Todos hemos recibido ese correo. Conversamos con tres reclutadoras del sector sobre qué preguntar, a quién y en qué momento, para que un no se convierta en información útil para el próximo proceso.</p>
<p><a href="{track('links.mineriasostenible.example.cl', 'b112-feedback')}" style="color:#2f5d3a;font-weight:bold;font-family:Arial,sans-serif;">Leer el artículo →</a></p>
</td></tr>
<tr><td style="padding:6px 30px;font-size:15px;line-height:23px;">
<h3 style="font-size:18px;margin:14px 0 8px;">Entrevista: Claudia Vergara, gerenta de Sustentabilidad</h3>
<p>Hablamos con ella sobre cierre de faenas, relaciones comunitarias y el nuevo reglamento de relaves.</p>
<p><a href="{track('links.mineriasostenible.example.cl', 'b112-entrevista')}" style="color:#2f5d3a;font-family:Arial,sans-serif;">Ver la entrevista completa</a></p>
</td></tr>
<tr><td style="padding:6px 30px 20px;font-size:14px;line-height:22px;font-family:Arial,sans-serif;">
<h3 style="font-size:18px;font-family:Georgia,serif;margin:14px 0 8px;">Ofertas de la semana</h3>
<ul style="padding-left:18px;">
<li><a href="{track('links.mineriasostenible.example.cl', 'b112-of1')}" style="color:#1a4f8a;">Ingeniera/o de Control de Proyectos – Calama</a></li>
<li><a href="{track('links.mineriasostenible.example.cl', 'b112-of2')}" style="color:#1a4f8a;">Especialista en Cierre de Faenas – Copiapó</a></li>
<li><a href="{track('links.mineriasostenible.example.cl', 'b112-of3')}" style="color:#1a4f8a;">Analista ESG – Santiago (híbrido)</a></li>
</ul>
<p style="font-size:12px;color:#7a8a7c;">¿Tu empresa busca talento? Publica aquí tu aviso.</p>
</td></tr>
<tr><td style="padding:16px 30px;background:#f3f6f3;font-size:11px;color:#7a8a7c;font-family:Arial,sans-serif;line-height:16px;">
Recibes este boletín porque te suscribiste en mineriasostenible.example.cl.<br>
<a href="{track('links.mineriasostenible.example.cl', 'b112-baja')}" style="color:#7a8a7c;">Darse de baja</a> · <a href="{track('links.mineriasostenible.example.cl', 'b112-pref')}" style="color:#7a8a7c;">Preferencias</a> · Editorial Cobre Verde Ltda., Santiago de Chile
</td></tr>
</table></td></tr></table>
{pixel('links.mineriasostenible.example.cl', 'b112-o-vqh')}
</body></html>
""",
})

# 115 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "alerta_empleos_digest_control_proyectos",
    "kind": "other", "company": "", "contact": "", "language": "es",
    "from": ("EmpleoAndes Alertas", "alertas@empleoandes.example.com"),
    "subject": "12 nuevos empleos para “control de proyectos” en Antofagasta",
    "date": "2026-03-09 06:30 -0300",
    "structure": "html", "charset": "utf-8", "cte": "base64",
    "headers": [("List-Unsubscribe", "<https://www.empleoandes.example.com/alertas/baja?id=a-55120>"),
                ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                ("Precedence", "bulk")],
    "html": f"""<html><body style="margin:0;background:#f5f7fa;">
<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center" style="padding:16px;">
<table width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;font-family:Arial,sans-serif;color:#333;font-size:14px;">
<tr><td style="padding:14px 24px;background:#ff6a13;"><img src="https://cdn.empleoandes.example.com/mail/logo-blanco.png" alt="EmpleoAndes" width="130"></td></tr>
<tr><td style="padding:20px 24px 4px;"><b style="font-size:17px;">Tu alerta: control de proyectos · Antofagasta</b><br><span style="color:#888;">12 avisos nuevos desde ayer</span></td></tr>
<tr><td style="padding:8px 24px;">
<table width="100%" cellpadding="8" cellspacing="0" border="0" style="border-bottom:1px solid #eee;"><tr><td><a href="{track('t.empleoandes.example.com', 'al-1')}" style="color:#1a5fb4;font-weight:bold;">Jefe/a de Control de Proyectos</a><br>Empresa confidencial · Antofagasta · Postula fácil</td></tr></table>
<table width="100%" cellpadding="8" cellspacing="0" border="0" style="border-bottom:1px solid #eee;"><tr><td><a href="{track('t.empleoandes.example.com', 'al-2')}" style="color:#1a5fb4;font-weight:bold;">Planner Senior Primavera P6</a><br>Contratista EPC · Mejillones · Hace 14 horas</td></tr></table>
<table width="100%" cellpadding="8" cellspacing="0" border="0" style="border-bottom:1px solid #eee;"><tr><td><a href="{track('t.empleoandes.example.com', 'al-3')}" style="color:#1a5fb4;font-weight:bold;">Ingeniera/o de Costos – Proyecto desalación</a><br>Antofagasta · Jornada completa</td></tr></table>
<table width="100%" cellpadding="8" cellspacing="0" border="0" style="border-bottom:1px solid #eee;"><tr><td><a href="{track('t.empleoandes.example.com', 'al-4')}" style="color:#1a5fb4;font-weight:bold;">Analista de Control Documental</a><br>Sierra Gorda · Turno 7x7</td></tr></table>
<p style="text-align:center;margin:18px 0;"><a href="{track('t.empleoandes.example.com', 'al-todos')}" style="background:#ff6a13;color:#fff;padding:10px 22px;text-decoration:none;border-radius:4px;">Ver los 12 empleos</a></p>
<p style="font-size:12px;color:#666;">Consejo: los avisos con “Postula fácil” reciben más postulaciones en las primeras 24 horas. ¡No te quedes fuera!</p>
</td></tr>
<tr><td style="padding:14px 24px;background:#f0f2f5;font-size:11px;color:#8a8f98;">Recibes este correo porque creaste una alerta de empleo. <a href="{track('t.empleoandes.example.com', 'al-edit')}" style="color:#8a8f98;">Editar alerta</a> · <a href="{track('t.empleoandes.example.com', 'al-baja')}" style="color:#8a8f98;">Eliminar alerta</a></td></tr>
</table></td></tr></table>
{pixel('t.empleoandes.example.com', 'al-o-55120')}
</body></html>
""",
})

# 116 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "newsletter_consejos_si_faltaste_a_una_entrevista",
    "kind": "other", "company": "", "contact": "", "language": "es",
    "from": ("Carrera Ingeniera", "carreraingeniera@boletines.example.com"),
    "subject": "Te perdiste una entrevista. ¿Y ahora qué?",
    "date": "2026-05-14 08:15 -0400",
    "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "headers": [("List-Id", "Carrera Ingeniera <carreraingeniera.boletines.example.com>"),
                ("List-Unsubscribe", "<https://carreraingeniera.boletines.example.com/unsubscribe?t=9f3e>"),
                ("Precedence", "list")],
    "text": """CARRERA INGENIERA · Edición #47

Te perdiste una entrevista. ¿Y ahora qué?

Por Paula Riquelme

Pasa más de lo que crees: un cambio de horario mal anotado, una reunión que se alargó, un link que no funcionó. La reclutadora escribe "te esperamos a las 10:00 y no llegaste" y sientes que se acabó el mundo.

Lo que recomiendo:
1. Responde el mismo día. Sin excusas largas: reconoce, explica en una línea y ofrece dos horarios.
2. No culpes a la zona horaria (aunque sea su culpa).
3. Si te dicen que no, agradece igual. El mundo minero es chico.

Esta semana también: por qué rechazar una oferta puede ser la mejor decisión de tu carrera, y tres ofertas de trabajo que nos llegaron de lectoras.

Leer en la web: https://carreraingeniera.boletines.example.com/p/te-perdiste-una-entrevista

--
Recibes Carrera Ingeniera porque te suscribiste. Darte de baja: https://carreraingeniera.boletines.example.com/unsubscribe?t=9f3e
""",
    "html": f"""<html><body style="margin:0;background:#ffffff;">
<div style="max-width:600px;margin:0 auto;font-family:Georgia,'Times New Roman',serif;font-size:17px;line-height:1.6;color:#242424;padding:20px;">
<p style="font-family:Arial,sans-serif;font-size:12px;letter-spacing:1px;color:#9a6b2f;">CARRERA INGENIERA · EDICIÓN #47</p>
<h1 style="font-size:28px;line-height:1.2;">Te perdiste una entrevista. ¿Y ahora qué?</h1>
<p style="font-family:Arial,sans-serif;font-size:13px;color:#777;">Por Paula Riquelme</p>
<p>Pasa más de lo que crees: un cambio de horario mal anotado, una reunión que se alargó, un link que no funcionó. La reclutadora escribe <em>"te esperamos a las 10:00 y no llegaste"</em> y sientes que se acabó el mundo.</p>
<p>Lo que recomiendo:</p>
<ol><li>Responde el mismo día. Sin excusas largas: reconoce, explica en una línea y ofrece dos horarios.</li>
<li>No culpes a la zona horaria (aunque sea su culpa).</li>
<li>Si te dicen que no, agradece igual. El mundo minero es chico.</li></ol>
<p>Esta semana también: por qué rechazar una oferta puede ser la mejor decisión de tu carrera, y tres ofertas de trabajo que nos llegaron de lectoras.</p>
<p><a href="{track('carreraingeniera.boletines.example.com', 'p47-web', 'r')}" style="color:#9a6b2f;">Leer en la web</a> · <a href="{track('carreraingeniera.boletines.example.com', 'p47-share', 'r')}" style="color:#9a6b2f;">Compartir</a></p>
<hr style="border:none;border-top:1px solid #eee;">
<p style="font-family:Arial,sans-serif;font-size:11px;color:#999;">Recibes Carrera Ingeniera porque te suscribiste. <a href="{track('carreraingeniera.boletines.example.com', 'p47-unsub', 'unsubscribe')}" style="color:#999;">Darte de baja</a></p>
</div>
{pixel('carreraingeniera.boletines.example.com', 'p47-o')}
</body></html>
""",
})

# 117 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "podcast_invitada_entrevista",
    "kind": "other", "company": "", "contact": "fernanda@mujeresmineria-podcast.example.cl",
    "language": "es",
    "from": ("Fernanda Cárcamo", "fernanda@mujeresmineria-podcast.example.cl"),
    "subject": "Invitación al podcast Mujeres que Mueven la Minería",
    "date": "2026-04-06 13:20 -0400",
    "structure": "plain", "charset": "utf-8", "cte": "base64",
    "text": """Hola Valentina, ¿cómo estás?

Soy Fernanda, conductora del podcast "Mujeres que Mueven la Minería". Escuché tu charla en el seminario de relaves de la U y me encantaría tenerte como invitada en uno de los próximos capítulos.

La idea es una entrevista de unos 40 minutos, conversada y relajada, sobre tu camino desde la ingeniería civil hacia el control de proyectos y la sustentabilidad, y qué le dirías a las estudiantes que quieren entrar al rubro. Grabamos por Zoom o en nuestro estudio en Providencia, como te acomode.

¿Te tinca? Si me dices que sí, te mando las fechas que tenemos disponibles en mayo.

¡Un abrazo!
Fernanda Cárcamo
Mujeres que Mueven la Minería
Spotify · Apple Podcasts · @mujeresmuevenlamineria
""",
})

# 118 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "periodista_solicita_entrevista_relaves",
    "kind": "other", "company": "", "contact": "cvega@elsalitre.example.cl", "language": "es",
    "from": ("Cristóbal Vega", "cvega@elsalitre.example.cl"),
    "subject": "Solicitud de entrevista - Diario El Salitre",
    "date": "2026-07-27 11:45 -0400",
    "structure": "plain", "charset": "iso-8859-1", "cte": "quoted-printable",
    "text": """Estimada Valentina:

Junto con saludar, le escribo desde la sección Economía y Minería del Diario El Salitre de Antofagasta. Estamos preparando un reportaje sobre la reutilización de relaves y leímos el artículo que publicó junto a la Universidad Católica del Desierto en la revista del Colegio de Ingenieros.

Nos gustaría hacerle una breve entrevista, de unos 20 minutos por teléfono o videollamada, esta semana o la próxima. El reportaje se publicaría en la edición dominical del 9 de agosto.

Quedo atento a su disponibilidad.

Saludos cordiales,

Cristóbal Vega Olmos
Periodista - Economía y Minería
Diario El Salitre
+56 9 8555 2201
""",
})

# 119 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "ux_research_entrevista_usuario_gift_card",
    "kind": "other", "company": "", "contact": "daniela.soto@empleoandes.example.com",
    "language": "es",
    "from": ("Daniela Soto | EmpleoAndes", "daniela.soto@empleoandes.example.com"),
    "subject": "¿Nos ayudas con una entrevista de 30 minutos? 🎁",
    "date": "2026-06-10 15:02 -0400",
    "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Hola Valentina:

Soy Daniela, investigadora de experiencia de usuario en EmpleoAndes. Estamos rediseñando la forma en que las personas siguen sus postulaciones y nos encantaría aprender de tu experiencia.

Te invitamos a una entrevista de investigación de 30 minutos por videollamada. No es una entrevista de trabajo ni evaluamos nada: solo queremos escuchar cómo organizas tu búsqueda, qué te frustra y qué te ayudaría. Como agradecimiento, te enviaremos una gift card de $20.000.

Si te interesa, responde este correo con dos o tres horarios que te acomoden entre el 15 y el 26 de junio.

¡Gracias!
Daniela Soto
UX Researcher · EmpleoAndes
""",
})

# 120 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "app_gps_tu_posicion_compartida",
    "kind": "other", "company": "", "contact": "", "language": "es",
    "from": ("RutaSegura", "notificaciones@rutasegura.example.com"),
    "subject": "Tu posición se está compartiendo en tiempo real",
    "date": "2026-03-28 18:41 -0300",
    "structure": "plain", "charset": "utf-8", "cte": "7bit",
    "text": """Hola Valentina,

Activaste "Compartir mi posicion" en RutaSegura. Tu ubicacion en tiempo real es visible para:

- Mama (hasta las 22:41)

Ruta: Santiago -> Los Andes (Ruta 57)
Hora estimada de llegada: 20:12

Puedes dejar de compartir tu posicion en cualquier momento desde la app, en Ajustes > Compartir ubicacion.

Si no fuiste tu, cambia tu contrasena de inmediato.

El equipo de RutaSegura
Este es un mensaje automatico, no respondas a este correo.
""",
})

# 121 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "clinica_posicion_lista_de_espera",
    "kind": "other", "company": "", "contact": "", "language": "es",
    "from": ("Clínica Santa Lucía del Mar", "agenda@clinicasantalucia.example.cl"),
    "subject": "Su posición en la lista de espera: 3",
    "date": "2026-05-25 09:10 -0400",
    "structure": "plain", "charset": "iso-8859-1", "cte": "quoted-printable",
    "header_charset": "iso-8859-1",
    "text": """Estimada paciente VALENTINA QUISPE HARRINGTON:

Le informamos que su solicitud de hora para Traumatología (Dr. Esteban Morales) se encuentra en lista de espera.

Su posición actual en la lista: 3

Le avisaremos por este medio y por SMS en cuanto se libere un cupo. Si ya no necesita la hora, puede anular su solicitud en clinicasantalucia.example.cl/agenda.

Atentamente,
Central de Agendamiento
Clínica Santa Lucía del Mar

Este correo es generado automáticamente. Por favor no responda a este mensaje.
""",
})

# 122 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "courier_lamentablemente_paquete_retrasado",
    "kind": "other", "company": "", "contact": "", "language": "es",
    "from": ("Envíos Cóndor", "seguimiento@envioscondor.example.cl"),
    "subject": "Lamentablemente tu paquete viene con retraso",
    "date": "2026-08-26 12:33 -0400",
    "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Hola Valentina,

Lamentablemente tu envío N° CND-8841-2209-CL viene con retraso debido al cierre del paso fronterizo por condiciones climáticas.

Nueva fecha estimada de entrega: lunes 31 de agosto.

Sigue tu envío: https://envioscondor.example.cl/seguimiento/CND88412209CL

Lamentamos las molestias.
Envíos Cóndor
""",
    "html": f"""<html><body style="margin:0;background:#f2f2f2;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:18px;">
<table width="560" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,sans-serif;font-size:14px;color:#333;">
<tr><td style="background:#1d3557;padding:14px 22px;"><img src="https://envioscondor.example.cl/mail/logo.png" alt="Envíos Cóndor" width="120"></td></tr>
<tr><td style="padding:22px;line-height:21px;">
<p>Hola Valentina,</p>
<p><b>Lamentablemente tu envío N° CND-8841-2209-CL viene con retraso</b> debido al cierre del paso fronterizo por condiciones climáticas.</p>
<p>Nueva fecha estimada de entrega: <b>lunes 31 de agosto</b>.</p>
<p><a href="{track('clicks.envioscondor.example.cl', 'seg-CND88412209CL')}" style="background:#e63946;color:#fff;padding:9px 18px;text-decoration:none;border-radius:3px;">Seguir mi envío</a></p>
<p>Lamentamos las molestias.<br>Envíos Cóndor</p>
</td></tr>
<tr><td style="padding:12px 22px;font-size:11px;color:#999;background:#fafafa;">No respondas a este correo. Envíos Cóndor SpA · Santiago, Chile</td></tr>
</table></td></tr></table>
{pixel('clicks.envioscondor.example.cl', 'o-CND8841')}
</body></html>
""",
})

# 123 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "banco_solicitud_credito_hipotecario_recibida",
    "kind": "other", "company": "", "contact": "", "language": "es",
    "from": ("Banco del Pacífico Austral", "contacto@bancopacificoaustral.example.cl"),
    "subject": "Recibimos tu solicitud de crédito hipotecario",
    "date": "2026-01-23 10:48 -0300",
    "structure": "alt", "charset": "iso-8859-1", "cte": "quoted-printable",
    "header_charset": "iso-8859-1",
    "text": """Estimada Valentina:

Hemos recibido tu solicitud de crédito hipotecario N° 2026-HIP-004417 por UF 3.900, a 25 años.

Un ejecutivo revisará tus antecedentes y te contactará dentro de los próximos 5 días hábiles. Si necesitamos documentación adicional (liquidaciones de sueldo, certificado de AFP o declaración de renta), te lo solicitaremos por este medio.

Recuerda que Banco del Pacífico Austral nunca te pedirá claves ni coordenadas por correo electrónico.

Saludos cordiales,
Banco del Pacífico Austral
""",
    "html": """<html><body style="font-family:Arial,sans-serif;font-size:13px;color:#222;">
<table width="600" cellpadding="0" cellspacing="0" border="0">
<tr><td style="background:#002f5f;padding:12px 20px;"><img src="https://www.bancopacificoaustral.example.cl/mail/logo.png" alt="Banco del Pacífico Austral" width="180"></td></tr>
<tr><td style="padding:20px;line-height:19px;">
<p>Estimada Valentina:</p>
<p>Hemos recibido tu solicitud de crédito hipotecario <b>N° 2026-HIP-004417</b> por UF 3.900, a 25 años.</p>
<p>Un ejecutivo revisará tus antecedentes y te contactará dentro de los próximos 5 días hábiles. Si necesitamos documentación adicional (liquidaciones de sueldo, certificado de AFP o declaración de renta), te lo solicitaremos por este medio.</p>
<p style="background:#fff4d6;padding:8px;">Recuerda que Banco del Pacífico Austral nunca te pedirá claves ni coordenadas por correo electrónico.</p>
<p>Saludos cordiales,<br>Banco del Pacífico Austral</p>
</td></tr>
<tr><td style="font-size:10px;color:#888;padding:10px 20px;border-top:1px solid #ddd;">Infórmese sobre la garantía estatal de los depósitos en su banco o en www.cmfchile.example.cl</td></tr>
</table></body></html>
""",
})

# 124 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "credito_consumo_rechazado_pdf",
    "kind": "other", "company": "", "contact": "", "language": "es",
    "from": ("Caja Andina de Crédito", "resoluciones@cajaandina.example.cl"),
    "subject": "Resolución de su solicitud de crédito de consumo",
    "date": "2026-02-19 16:22 -0300",
    "structure": "mixed", "charset": "windows-1252", "cte": "quoted-printable",
    "header_charset": "windows-1252",
    "text": """Estimada Sra. Quispe-Harrington:

Lamentamos informarle que, tras la evaluación de su solicitud de crédito de consumo N° 7781203, esta no ha podido ser aprobada en esta oportunidad, de acuerdo con nuestras políticas de riesgo vigentes.

Adjuntamos la carta de resolución con el detalle. Podrá presentar una nueva solicitud transcurridos 90 días.

Atentamente,
Área de Riesgo de Crédito
Caja Andina de Crédito
""",
    "attachments": [{
        "filename": "Resolucion_7781203.pdf",
        "title": "Caja Andina de Crédito - Resolución de solicitud",
        "lines": ["Solicitud N° 7781203 - Crédito de consumo", "Resultado: RECHAZADA",
                  "Motivo: antigüedad laboral insuficiente según política vigente",
                  "Santiago, 19 de febrero de 2026"],
    }],
})

# 125 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "arriendo_postulacion_departamento_rechazada",
    "kind": "other", "company": "", "contact": "", "language": "es",
    "from": ("ArriendoFácil", "no-reply@arriendofacil.example.cl"),
    "subject": "Actualización de tu postulación: Depto. Av. Brasil 1120, Antofagasta",
    "date": "2026-05-30 20:05 -0400",
    "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Hola Valentina,

Te contamos que el propietario revisó las postulaciones para el departamento de Av. Brasil 1120, depto. 804, Antofagasta, y lamentablemente tu postulación no fue aceptada. El departamento ya fue arrendado a otra persona.

No te desanimes: hay 23 departamentos disponibles en Antofagasta que coinciden con tu búsqueda.

Ver departamentos: https://www.arriendofacil.example.cl/buscar?ciudad=antofagasta&dorm=2

Equipo ArriendoFácil
No respondas a este correo.
""",
})

# 126 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "amiga_me_rechazaron_en_la_minera",
    "kind": "other", "company": "", "contact": "javi.munoz@correo.example.cl", "language": "es",
    "from": ("Javiera Muñoz", "javi.munoz@correo.example.cl"),
    "subject": "uf",
    "date": "2026-04-16 22:58 -0400",
    "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "text": """Amiga!!! me acaba de llegar el correo de la minera: "hemos decidido continuar con otros candidatos cuyo perfil se ajusta mejor..." después de TRES entrevistas. Qué lata, de verdad pensé que quedaba.

Bueno, a seguir mandando cvs jaja. Tú cómo vas con lo de Antofagasta? Te quedaste con la de Salar del Loa?

Juntémonos el sábado a tomarnos algo, necesito desahogarme 😅

Javi
""",
})

# 127 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "amigo_peru_tengo_entrevista_el_lunes",
    "kind": "other", "company": "", "contact": "dcondori.ing@correo.example.pe", "language": "es",
    "from": ("Diego Condori", "dcondori.ing@correo.example.pe"),
    "subject": "Deséame suerte!",
    "date": "2026-07-31 21:14 -0500",
    "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Hola Vale, ¿qué tal?

Te cuento que me llamaron de la minera de Moquegua y tengo entrevista el lunes en Lima, con el gerente de proyectos y la jefa de RRHH. Estoy nervioso, pe. Tú que ya pasaste varias de estas, ¿algún consejo? ¿Me pongo terno o es más casual?

Y tú, ¿cómo te fue con lo de la fundición de Ilo? Me dijiste que tenías entrevista el 4, ¿no?

Un abrazo desde Arequipa,
Diego
""",
})

# 128 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "enviado_seguimiento_estado_proceso",
    "kind": "other", "company": "", "contact": "", "language": "es",
    "from": CANDIDATE,
    "to": [("Lucía Ferraro", "lferraro@ypsur.example.ar")],
    "subject": "Consulta estado proceso Analista de Sustentabilidad",
    "date": "2026-08-24 10:15 -0400",
    "mid": "<e5f6a7b8-vqh-0824@example.cl>",
    "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Hola Lucía, ¿cómo estás?

Te escribo para consultar cómo va el proceso de Analista de Sustentabilidad en Mendoza. Tuvimos la entrevista con el equipo el 13 de agosto y quedaste de contarme los próximos pasos durante la semana siguiente.

Sigo muy interesada en la posición; si necesitan alguna información adicional, referencias o certificados, se los envío sin problema.

Muchas gracias,

Valentina Quispe-Harrington
Ingeniera Civil | Control de Proyectos y Sustentabilidad
+56 9 7555 3141
""",
})

# 129 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "enviado_confirmo_nueva_fecha_cita_invitacion",
    "kind": "other", "company": "", "contact": "", "language": "es",
    "from": CANDIDATE,
    "to": [("Francisca Montt", "fmontt@kolbesearch.example.cl")],
    "subject": "Re: Cambio de fecha - entrevista viernes",
    "date": "2026-08-20 19:02 -0400",
    "in_reply_to": "<SCXP152MB5310D1E2A3B4C5D6E7@SCXP152MB5310.LAMP152.PROD.OUTLOOK.COM>",
    "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "text": """Hola Francisca:

No te preocupes, entiendo perfectamente. Confirmo el martes 25 de agosto a las 12:00 en Isidora Goyenechea 3000, oficina 1502.

Saludos y gracias por avisar,
Valentina

El jue, 20 ago 2026 a las 17:50, Francisca Montt (<fmontt@kolbesearch.example.cl>) escribió:
> Valentina, hola:
>
> Te cuento que tenemos que cambiar la reunión de mañana viernes 21. El gerente
> general de nuestro cliente quería sumarse a la conversación, pero debe viajar
> a faena de urgencia.
>
> Te propongo reagendarla para el martes 25 de agosto a las 12:00 hrs., en el
> mismo lugar (Isidora Goyenechea 3000, of. 1502). El proceso sigue su curso
> normal y seguimos muy interesados en tu perfil.
>
> Francisca Montt V.
> Directora de Búsqueda
> Kolbe Executive Search
""",
})

# 130 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "enviado_candidatura_con_cv_pdf",
    "kind": "other", "company": "", "contact": "", "language": "es",
    "from": CANDIDATE,
    "to": [("Ferreira & Asociados – Selección", "seleccion@ferreira-asociados.example.es")],
    "subject": "Candidatura – Consultora de Sostenibilidad en Minería (Ref. FA-0826)",
    "date": "2026-08-28 09:40 -0400",
    "mid": "<1a2b3c4d-vqh-0828@example.cl>",
    "structure": "mixed", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Estimado equipo de Ferreira & Asociados:

Les escribo para presentar mi candidatura al puesto de Consultora de Sostenibilidad en Minería (Ref. FA-0826) publicado en su web.

Soy ingeniera civil con ocho años de experiencia en proyectos de la gran minería chilena, los últimos cuatro en control de proyectos (costos, plazos y valor ganado) y en la gestión ambiental de depósitos de relaves y planes de cierre. Me interesa especialmente su trabajo con clientes mineros en Andalucía y Portugal, y cuento con doble nacionalidad chilena y británica, además de disponibilidad para trasladarme a Madrid.

Adjunto mi CV. Quedo a su disposición para ampliar cualquier información.

Atentamente,

Valentina Quispe-Harrington
+56 9 7555 3141
""",
    "attachments": [{
        "filename": "CV_Valentina_Quispe-Harrington_2026.pdf",
        "title": "Valentina Quispe-Harrington - Curriculum Vitae",
        "lines": ["Ingeniera Civil - Control de Proyectos y Sustentabilidad", "Santiago de Chile",
                  "2022-2026: Ingeniera de Control de Proyectos, proyecto de relaves, Antofagasta",
                  "2018-2022: Ingeniera de Proyectos, contratista EPC, Santiago",
                  "Idiomas: español, inglés, alemán (B2), francés (B1)"],
    }],
})

# 131 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "respuesta_automatica_fuera_de_oficina_persona",
    "kind": "other", "company": "", "contact": "techeverria@cordilleratalent.example.cl",
    "language": "es",
    "from": ("Tomás Echeverría", "techeverria@cordilleratalent.example.cl"),
    "subject": "Respuesta automática: Consulta proceso Gerente de Control de Proyectos",
    "date": "2026-02-16 09:00 -0300",
    "in_reply_to": "<3c4d5e6f-vqh-0216@example.cl>",
    "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "headers": [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    "text": """Hola, gracias por tu correo.

Estaré de vacaciones hasta el lunes 23 de febrero, con acceso limitado al correo. A mi regreso responderé tu mensaje.

Para temas urgentes de búsquedas en curso, puedes escribir a Carla Benavides (cbenavides@cordilleratalent.example.cl).

Saludos,
Tomás Echeverría
Cordillera Talent Partners
""",
})

# 132 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "plataforma_profesional_nuevo_mensaje_inmail",
    "kind": "other", "company": "", "contact": "", "language": "es",
    "from": ("Conecta Pro", "mensajes@conectapro.example.com"),
    "subject": "Rocío Lagos te envió un mensaje",
    "date": "2026-06-29 13:12 +0000",
    "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "headers": [("List-Unsubscribe", "<https://www.conectapro.example.com/settings/notifications?u=vqh>")],
    "text": """Rocío Lagos
Talent Acquisition Lead en una empresa de energía renovable

"Hola Valentina, vi tu perfil y me pareció muy interesante tu experiencia en control de proyectos. ¿Estarías abierta a conocer oportunidades en el sector energía?..."

Ver mensaje: https://www.conectapro.example.com/messaging/thread/2-OTk4MjEy

Responder desde la app para mantener tu conversación en un solo lugar.

Recibes estas notificaciones de mensajes de Conecta Pro. Darte de baja: https://www.conectapro.example.com/settings/notifications?u=vqh
Conecta Pro Inc., 500 Market St, San Francisco, CA
""",
})

# 133 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "headhunter_contacto_en_frio_sin_entrevista",
    "kind": "other", "company": "", "contact": "ireyes@andeshunting.example.cl", "language": "es",
    "from": ("Ignacio Reyes", "ireyes@andeshunting.example.cl"),
    "subject": "Oportunidades en control de proyectos",
    "date": "2026-09-09 11:27 -0300",
    "structure": "plain", "charset": "windows-1252", "cte": "quoted-printable",
    "text": """Hola Valentina, ¿cómo estás?

Mi nombre es Ignacio Reyes, trabajo como hunter en Andes Hunting, una consultora especializada en minería y energía. Me topé con tu perfil en el directorio del Colegio de Ingenieros y creo que tu experiencia en control de proyectos y sustentabilidad es muy buscada hoy.

No tengo una vacante puntual en este momento, pero me gustaría tenerte en nuestra base para búsquedas que se vienen en el último trimestre. ¿Me podrías enviar tu CV actualizado y tus expectativas de renta?

Gracias y un saludo,

Ignacio Reyes
Senior Hunter – Minería & Energía
Andes Hunting
""",
})

# 134 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "webinar_instituto_ingenieros_invitacion",
    "kind": "other", "company": "", "contact": "", "language": "es",
    "from": ("Instituto de Ingenieros de Minas del Norte", "comunicaciones@iimn.example.cl"),
    "subject": "Webinar gratuito: Control de proyectos en minería 4.0 - jueves 14 de mayo",
    "date": "2026-05-04 08:00 -0400",
    "structure": "html", "charset": "iso-8859-1", "cte": "quoted-printable",
    "header_charset": "iso-8859-1",
    "headers": [("List-Id", "Socios y amigos IIMN <socios.iimn.example.cl>"),
                ("List-Unsubscribe", "<mailto:desuscribir@iimn.example.cl?subject=unsubscribe>"),
                ("Precedence", "bulk")],
    "html": f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body style="margin:0;background:#e8e8e8;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:16px;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Tahoma,Arial,sans-serif;color:#333;font-size:13px;">
<tr><td><img src="https://www.iimn.example.cl/mailing/banner-webinar-mayo.jpg" alt="Webinar: Control de proyectos en minería 4.0" width="600" style="display:block;"></td></tr>
<tr><td style="padding:20px 26px;line-height:20px;">
<p>Estimado(a) socio(a):</p>
<p>Le invitamos a nuestro próximo webinar gratuito <b>"Control de proyectos en minería 4.0: gemelos digitales, valor ganado y reporte ESG"</b>, con la participación de expertos de la industria.</p>
<p><b>Jueves 14 de mayo · 18:30 hrs. · Zoom</b></p>
<p><a href="{track('mailing.iimn.example.cl', 'wbn-0514-inscripcion')}" style="background:#c0392b;color:#fff;padding:9px 16px;text-decoration:none;">Inscríbase aquí</a></p>
<p>Cupos limitados. Se entregará certificado de asistencia.</p>
</td></tr>
<tr><td style="padding:12px 26px;background:#f4f4f4;font-size:10px;color:#888;">Instituto de Ingenieros de Minas del Norte · Antofagasta · <a href="{track('mailing.iimn.example.cl', 'desuscribir')}" style="color:#888;">Desuscribirse</a></td></tr>
</table></td></tr></table>
{pixel('mailing.iimn.example.cl', 'wbn-0514-o')}
</body></html>
""",
})

# 135 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "workday_verifica_tu_correo_cuenta",
    "kind": "other", "company": "", "contact": "", "language": "es",
    "from": ("Minera Altiplano Norte Talent Acquisition", "mineraaltiplano@myworkday.com"),
    "subject": "Verifica tu dirección de correo electrónico",
    "date": "2026-01-12 22:29 -0300",
    "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Hola:

Creaste una cuenta de candidato en el sitio de empleos de Minera Altiplano Norte con este correo electrónico.

Para activar tu cuenta, verifica tu dirección haciendo clic en el siguiente enlace (válido por 24 horas):
https://wd3.myworkday.com/mineraaltiplano/login.htmld?verify=7c1e0a9b2d

Si no creaste esta cuenta, ignora este mensaje.

Minera Altiplano Norte
""",
    "html": f"""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1f2933;">
<p>Hola:</p>
<p>Creaste una cuenta de candidato en el sitio de empleos de Minera Altiplano Norte con este correo electrónico.</p>
<p>Para activar tu cuenta, verifica tu dirección (enlace válido por 24 horas):</p>
<p><a href="{track('wd3.myworkday.com', 'verify-7c1e0a9b2d', 'mineraaltiplano/login.htmld')}" style="background:#b5651d;color:#fff;padding:9px 16px;text-decoration:none;">Verificar correo</a></p>
<p>Si no creaste esta cuenta, ignora este mensaje.</p>
<p>Minera Altiplano Norte</p>
</body></html>
""",
})

# 136 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "recordatorio_postulacion_incompleta",
    "kind": "other", "company": "", "contact": "", "language": "es",
    "from": ("ChambaPerú", "notificaciones@chambaperu.example.pe"),
    "subject": "Valentina, te falta poco: completa tu postulación",
    "date": "2026-05-10 19:30 -0500",
    "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "headers": [("List-Unsubscribe", "<https://www.chambaperu.example.pe/cuenta/notificaciones?baja=vqh8812>")],
    "text": """Hola Valentina,

Empezaste a postular a "Especialista en Control de Proyectos" pero no terminaste. Tu postulación todavía NO ha sido enviada a la empresa.

Solo te falta responder 2 preguntas:
https://www.chambaperu.example.pe/postular/883901?paso=3&utm_source=recordatorio

Las empresas suelen revisar primero a quienes postulan en los primeros días. ¡No dejes pasar la oportunidad!

El equipo de ChambaPerú

Para dejar de recibir recordatorios: https://www.chambaperu.example.pe/cuenta/notificaciones
""",
})

# 137 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "encuesta_experiencia_postulante",
    "kind": "other", "company": "", "contact": "", "language": "es",
    "from": ("Minera Huallaga - Encuestas", "encuestas@minerahuallaga.example.pe"),
    "subject": "Cuéntanos tu experiencia como postulante (2 minutos)",
    "date": "2026-06-06 10:00 -0500",
    "structure": "plain", "charset": "utf-8", "cte": "base64",
    "text": """Estimada Valentina:

Recientemente participaste en uno de nuestros procesos de selección. Queremos mejorar la experiencia de quienes postulan a Minera Huallaga, por eso te pedimos que respondas una breve encuesta anónima de 5 preguntas.

Responder la encuesta: https://encuestas.minerahuallaga.example.pe/s/cx-2026?c=vqh-4471

Tus respuestas no influyen en ningún proceso de selección actual o futuro.

¡Gracias por tu tiempo!
Gestión del Talento

Este correo se envía desde una dirección no monitoreada.
""",
})

# 138 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "boleta_agua_empresa_sanitaria",
    "kind": "other", "company": "", "contact": "", "language": "es",
    "from": ("Aguas del Desierto", "boletaelectronica@aguasdeldesierto.example.cl"),
    "subject": "Tu boleta de febrero ya está disponible",
    "date": "2026-03-02 05:12 -0300",
    "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": f"""<html><body style="margin:0;background:#eef6fb;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:18px;">
<table width="580" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;color:#25445c;font-size:14px;">
<tr><td style="padding:16px 24px;background:#0077b6;"><img src="https://www.aguasdeldesierto.example.cl/mail/logo-blanco.png" alt="Aguas del Desierto" width="150"></td></tr>
<tr><td style="padding:22px 24px;line-height:21px;">
<p>Hola VALENTINA QUISPE,</p>
<p>Tu boleta electrónica del período febrero 2026 ya está disponible.</p>
<table cellpadding="6" cellspacing="0" style="background:#f1f8fc;font-size:13px;">
<tr><td>N° de cliente</td><td><b>4411209-7</b></td></tr>
<tr><td>Consumo</td><td><b>9 m³</b></td></tr>
<tr><td>Total a pagar</td><td><b>$18.430</b></td></tr>
<tr><td>Vencimiento</td><td><b>16-03-2026</b></td></tr>
</table>
<p style="margin-top:18px;"><a href="{track('pagos.aguasdeldesierto.example.cl', 'boleta-4411209-0226')}" style="background:#00b4d8;color:#fff;padding:9px 18px;text-decoration:none;border-radius:3px;">Pagar en línea</a></p>
<p>Cuida el agua: en el desierto cada litro cuenta.</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:10px;color:#7d98ab;background:#f7fbfd;">Aguas del Desierto S.A. · Este correo es informativo, no lo respondas. <a href="{track('pagos.aguasdeldesierto.example.cl', 'suscripcion')}" style="color:#7d98ab;">Administrar suscripción a boleta electrónica</a></td></tr>
</table></td></tr></table>
{pixel('pagos.aguasdeldesierto.example.cl', 'o-4411209')}
</body></html>
""",
})

# 139 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "meetup_inscripcion_recibida_mendoza",
    "kind": "other", "company": "", "contact": "", "language": "es",
    "from": ("Mujeres en Minería Mendoza", "eventos@mujeresenmineria.example.ar"),
    "subject": "¡Tu inscripción fue recibida! Encuentro Mujeres en Minería – Mendoza",
    "date": "2026-09-18 14:40 -0300",
    "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "text": """¡Hola Valentina!

Recibimos tu inscripción al Encuentro Mujeres en Minería – Mendoza 2026.

Cuándo: viernes 9 de octubre, de 9 a 18 h
Dónde: Centro de Congresos y Exposiciones, Mendoza
Tu código de acceso: MIM-26-0447

Te vamos a mandar el programa completo una semana antes. Si no podés venir, avisanos así liberamos tu lugar.

¡Nos vemos!
Equipo Mujeres en Minería Mendoza
""",
    "html_style": "gmail",
})

# 140 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "master_solicitud_admision_recibida",
    "kind": "other", "company": "", "contact": "", "language": "es",
    "from": ("Admisiones Tajo Business School", "admisiones-noreply@tajobs.example.es"),
    "subject": "Hemos recibido tu solicitud de admisión – Máster en Sostenibilidad y Economía Circular",
    "date": "2026-04-21 11:09 +0200",
    "structure": "alt", "charset": "utf-8", "cte": "8bit",
    "text": """Hola Valentina:

Hemos recibido correctamente tu solicitud de admisión al Máster en Sostenibilidad y Economía Circular (edición online, octubre 2026).

Nº de solicitud: ADM-MSEC-26-1183

El comité de admisiones evaluará tu expediente y te comunicará una decisión en un plazo de tres semanas. Si eres admitida, recibirás las instrucciones para reservar tu plaza.

Un saludo,
Oficina de Admisiones
Tajo Business School · Madrid
""",
    "html": """<html><body style="font-family:'Open Sans',Arial,sans-serif;font-size:14px;color:#222;">
<table width="600" cellpadding="0" cellspacing="0"><tr><td style="padding:16px 0;border-bottom:3px solid #6a1b9a;"><img src="https://www.tajobs.example.es/img/logo.png" alt="Tajo Business School" width="170"></td></tr>
<tr><td style="padding:18px 0;line-height:21px;">
<p>Hola Valentina:</p>
<p>Hemos recibido correctamente tu solicitud de admisión al <b>Máster en Sostenibilidad y Economía Circular</b> (edición online, octubre 2026).</p>
<p>Nº de solicitud: <b>ADM-MSEC-26-1183</b></p>
<p>El comité de admisiones evaluará tu expediente y te comunicará una decisión en un plazo de tres semanas. Si eres admitida, recibirás las instrucciones para reservar tu plaza.</p>
<p>Un saludo,<br>Oficina de Admisiones<br>Tajo Business School · Madrid</p>
</td></tr></table>
</body></html>
""",
})

# 141 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "mining_careers_weekly_rejection_tips",
    "kind": "other", "company": "", "contact": "", "language": "en",
    "from": ("Mining Careers Weekly", "newsletter@miningcareersweekly.example.com.au"),
    "subject": "5 mistakes that get your application rejected (and 40 new roles in WA)",
    "date": "2026-04-20 06:00 +0800",
    "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "headers": [("List-Id", "Mining Careers Weekly <weekly.miningcareersweekly.example.com.au>"),
                ("List-Unsubscribe", "<https://miningcareersweekly.example.com.au/unsubscribe?id=8a7f22>, <mailto:unsubscribe@miningcareersweekly.example.com.au>"),
                ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                ("Precedence", "bulk")],
    "html": f"""<html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#1e1e1e;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px 6px;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;color:#222;">
<tr><td style="padding:18px 28px;background:#f2a900;"><img src="https://miningcareersweekly.example.com.au/img/mcw-logo.png" alt="Mining Careers Weekly" width="200" style="display:block;"></td></tr>
<tr><td style="padding:22px 28px;font-size:15px;line-height:23px;">
<p style="font-size:12px;color:#888;">ISSUE 231 · MONDAY 20 APRIL 2026</p>
<h2 style="margin:4px 0 10px;">5 mistakes that get your application rejected</h2>
<p>Recruiters told us the real reasons they hit "reject" in under ten seconds: generic cover letters, no tickets listed, no clear roster availability, a CV that's six pages long, and not saying whether you need sponsorship. Number five surprised us.</p>
<p><a href="{track('click.miningcareersweekly.example.com.au', 'i231-a1')}" style="color:#c77c00;font-weight:bold;">Read more</a></p>
<h3 style="margin:22px 0 8px;">Missed an interview? Here's how to recover</h3>
<p>Time zones, FIFO swings and dodgy reception: what to say when you've been a no-show.</p>
<p><a href="{track('click.miningcareersweekly.example.com.au', 'i231-a2')}" style="color:#c77c00;">Read more</a></p>
<h3 style="margin:22px 0 8px;">This week's top roles</h3>
<table width="100%" cellpadding="6" cellspacing="0" style="font-size:14px;">
<tr><td style="border-bottom:1px solid #eee;"><a href="{track('click.miningcareersweekly.example.com.au', 'i231-j1')}" style="color:#1a5fb4;">Senior Planner – Iron Ore (Pilbara, FIFO)</a></td></tr>
<tr><td style="border-bottom:1px solid #eee;"><a href="{track('click.miningcareersweekly.example.com.au', 'i231-j2')}" style="color:#1a5fb4;">Cost Controller – Lithium Refinery (Kwinana)</a></td></tr>
<tr><td style="border-bottom:1px solid #eee;"><a href="{track('click.miningcareersweekly.example.com.au', 'i231-j3')}" style="color:#1a5fb4;">Closure Engineer – Goldfields</a></td></tr>
</table>
<p style="text-align:center;margin:20px 0;"><a href="{track('click.miningcareersweekly.example.com.au', 'i231-all')}" style="background:#f2a900;color:#1e1e1e;padding:10px 20px;text-decoration:none;font-weight:bold;">See all 40 jobs</a></p>
</td></tr>
<tr><td style="padding:16px 28px;background:#f4f4f4;font-size:11px;color:#888;line-height:16px;">You're receiving this because you subscribed at miningcareersweekly.example.com.au.<br>
<a href="{track('click.miningcareersweekly.example.com.au', 'i231-unsub')}" style="color:#888;">Unsubscribe</a> · <a href="{track('click.miningcareersweekly.example.com.au', 'i231-prefs')}" style="color:#888;">Update preferences</a><br>
Mining Careers Weekly Pty Ltd · ABN 55 123 456 789 · PO Box 1120, West Perth WA 6872</td></tr>
</table></td></tr></table>
{pixel('click.miningcareersweekly.example.com.au', 'i231-o')}
</body></html>
""",
})

# 142 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "job_alert_new_jobs_perth",
    "kind": "other", "company": "", "contact": "", "language": "en",
    "from": ("MineHire Job Alerts", "alerts@minehire.example.com.au"),
    "subject": "8 new jobs for Project Controls in Perth WA",
    "date": "2026-06-15 07:15 +0800",
    "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "headers": [("List-Unsubscribe", "<https://www.minehire.example.com.au/alerts/unsubscribe?a=30017>"),
                ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")],
    "html": f"""<html><body style="margin:0;background:#eef1f5;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px;">
<table width="560" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,sans-serif;font-size:14px;color:#1c2430;line-height:20px;">
<tr><td style="padding:18px 26px;background:#14213d;"><img src="https://cdn.minehire.example.com.au/email/logo.png" alt="MineHire" width="110"></td></tr>
<tr><td style="padding:20px 26px 6px;"><b>Project Controls · Perth WA</b> — 8 new jobs</td></tr>
<tr><td style="padding:6px 26px;">
<p><a href="{track('click.minehire.example.com.au', 'ja-1')}" style="color:#1a5fb4;font-weight:bold;">Project Controls Manager</a><br>EPCM contractor · Perth CBD · $190k–$220k</p>
<p><a href="{track('click.minehire.example.com.au', 'ja-2')}" style="color:#1a5fb4;font-weight:bold;">Scheduler – Shutdowns</a><br>Kwinana · Contract 6 months</p>
<p><a href="{track('click.minehire.example.com.au', 'ja-3')}" style="color:#1a5fb4;font-weight:bold;">Cost Engineer</a><br>Lithium hydroxide project · FIFO 2/1</p>
<p><a href="{track('click.minehire.example.com.au', 'ja-4')}" style="color:#1a5fb4;font-weight:bold;">Graduate Project Controls</a><br>Perth · Visa sponsorship available</p>
<p style="margin:18px 0;"><a href="{track('click.minehire.example.com.au', 'ja-all')}" style="background:#fca311;color:#14213d;padding:9px 18px;text-decoration:none;font-weight:bold;">View all 8 jobs</a></p>
</td></tr>
<tr><td style="padding:14px 26px;font-size:11px;color:#8892a0;background:#f6f7f9;">You created this alert on MineHire. <a href="{track('click.minehire.example.com.au', 'ja-edit')}" style="color:#8892a0;">Edit</a> · <a href="{track('click.minehire.example.com.au', 'ja-unsub')}" style="color:#8892a0;">Unsubscribe</a><br>MineHire Pty Ltd, PO Box 7730, Cloisters Square WA 6850</td></tr>
</table></td></tr></table>
{pixel('click.minehire.example.com.au', 'ja-o-30017')}
</body></html>
""",
})

# 143 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "podcast_guest_interview_request",
    "kind": "other", "company": "", "contact": "ben@tailingstalk.example.com", "language": "en",
    "from": ("Ben Hargreaves", "ben@tailingstalk.example.com"),
    "subject": "Guest spot on The Tailings Talk?",
    "date": "2026-03-04 18:20 -0800",
    "structure": "plain", "charset": "utf-8", "cte": "7bit",
    "text": """Hi Valentina,

I host The Tailings Talk, a small podcast for engineers working on mine waste and closure (about 4,000 listeners, mostly Canada and Australia). A colleague pointed me to your LinkedIn post about the dam-raise monitoring program in Antofagasta and I'd love to have you on as a guest.

It's a relaxed 45-minute interview over Riverside, recorded whenever suits you; we'd talk about how owner teams in Chile handle tailings governance and what you think the GISTM has changed in practice. No prep beyond a quick 10-minute call beforehand.

Would you be up for it? April or May would be ideal.

Cheers,
Ben Hargreaves
Host, The Tailings Talk
tailingstalk.example.com
""",
})

# 144 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "user_research_interview_no_reply_gift_card",
    "kind": "other", "company": "", "contact": "", "language": "en",
    "from": ("Hirespace Research", "research-noreply@hirespace.example.com"),
    "subject": "Share your job search story – 30-min interview, $50 gift card",
    "date": "2026-07-22 17:00 +0000",
    "structure": "plain", "charset": "utf-8", "cte": "7bit",
    "headers": [("List-Unsubscribe", "<https://hirespace.example.com/email-preferences?u=vqh>")],
    "text": """Hi Valentina,

We're the product research team at Hirespace, and we're looking to talk to people who are job hunting across borders.

Would you join a 30-minute research interview over video? We'll ask about how you keep track of applications, interviews and follow-ups. This isn't a job interview and there are no right answers.

As a thank-you, you'll get a US$50 gift card.

Book a time that suits you: https://calendly.example.com/hirespace-research/30min

Thanks,
The Hirespace Research team

This mailbox isn't monitored. Manage email preferences: https://hirespace.example.com/email-preferences?u=vqh
""",
})

# 145 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "parcel_delayed_unfortunately",
    "kind": "other", "company": "", "contact": "", "language": "en",
    "from": ("ParcelNorth", "tracking@parcelnorth.example.ca"),
    "subject": "Unfortunately, your package is delayed",
    "date": "2026-02-24 11:02 -0800",
    "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": f"""<html><body style="margin:0;background:#f3f3f3;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:18px;">
<table width="560" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,sans-serif;font-size:14px;color:#2d2d2d;">
<tr><td style="padding:14px 22px;background:#b3001b;"><img src="https://parcelnorth.example.ca/email/logo-white.png" alt="ParcelNorth" width="130"></td></tr>
<tr><td style="padding:22px;line-height:21px;">
<p>Hello Valentina,</p>
<p>Unfortunately, your package <b>PN 7710 4492 8813 CA</b> from Mountain Equipment Outfitters is delayed due to weather conditions affecting international flights out of Vancouver.</p>
<p>New estimated delivery: <b>March 3 – March 6</b></p>
<p><a href="{track('t.parcelnorth.example.ca', 'trk-PN77104492')}" style="background:#b3001b;color:#fff;padding:9px 18px;text-decoration:none;">Track your package</a></p>
<p>We apologize for the inconvenience.</p>
</td></tr>
<tr><td style="padding:12px 22px;font-size:11px;color:#999;background:#fafafa;">Please do not reply to this email. ParcelNorth Inc. · <a href="{track('t.parcelnorth.example.ca', 'privacy')}" style="color:#999;">Privacy</a></td></tr>
</table></td></tr></table>
{pixel('t.parcelnorth.example.ca', 'o-PN77104492')}
</body></html>
""",
})

# 146 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "rental_application_unsuccessful",
    "kind": "other", "company": "", "contact": "", "language": "en",
    "from": ("RentEasy", "no-reply@renteasy.example.com.au"),
    "subject": "Update on your rental application – 12/44 Hay St, Subiaco",
    "date": "2026-06-19 16:45 +0800",
    "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Hi Valentina,

Thank you for applying for 12/44 Hay Street, Subiaco WA 6008.

Unfortunately, your application was unsuccessful on this occasion. The property manager has approved another applicant.

Your RentEasy profile is saved, so you can apply for other properties in one click:
https://www.renteasy.example.com.au/search?suburb=subiaco&beds=2

Good luck with your search!
RentEasy

This is an automated message. Please don't reply.
""",
})

# 147 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "friend_got_the_rejection_email",
    "kind": "other", "company": "", "contact": "emily.tran@mailbox.example.ca", "language": "en",
    "from": ("Emily Tran", "emily.tran@mailbox.example.ca"),
    "subject": "well that's that",
    "date": "2026-05-07 20:33 -0700",
    "structure": "plain", "charset": "utf-8", "cte": "base64",
    "text": """Val,

Got the "we've decided to move forward with other candidates whose experience more closely matches" email from the lithium mob this afternoon. After a take-home AND a panel. Honestly I'm more annoyed than sad.

Anyway. How did your Perth one go?? Did the guy with the flu ever get back to you?

Come visit in the summer, the spare room is yours.

Em x
""",
})

# 148 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "sent_apology_after_missed_interview_quotes_notice",
    "kind": "other", "company": "", "contact": "", "language": "en",
    "from": CANDIDATE,
    "to": [("Sam Kowalczyk", "s.kowalczyk@ridgewayms.example.com.au")],
    "subject": "Re: Your interview today",
    "date": "2026-08-11 07:58 -0400",
    "in_reply_to": "<ME3PR01MB7719C2B1A0F9E8D7@ME3PR01MB7719.ausprd01.prod.outlook.com>",
    "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Dear Sam,

I am very sorry. You are right: I read the booking as 2:00 pm my time, not Perth time. It was entirely my mistake and I apologise to Glenn for the wasted time.

I would very much like to be considered still. I could do any time between 7:00 am and 11:00 am AWST this week (7:00-11:00 pm Santiago).

Kind regards,
Valentina Quispe-Harrington

On Tue, 11 Aug 2026 at 02:38, Sam Kowalczyk <s.kowalczyk@ridgewayms.example.com.au> wrote:
> Hi Valentina,
>
> We had you booked in for 2:00pm AWST today on Teams with Glenn (Shutdown
> Planning Manager), but you didn't join the call. Glenn hung on for about 15
> minutes.
>
> If you'd still like to be considered, let me know some windows that suit and
> I'll rebook.
>
> Regards,
> Sam Kowalczyk
""",
})

# 149 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "out_of_office_recruiter_on_leave",
    "kind": "other", "company": "", "contact": "megan.tsui@pnutilities.example.ca",
    "language": "en",
    "from": ("Megan Tsui", "megan.tsui@pnutilities.example.ca"),
    "subject": "Automatic reply: Interview times for next week",
    "date": "2026-06-12 14:03 -0700",
    "in_reply_to": "<8f9e0d1c-vqh-0612@example.cl>",
    "structure": "plain", "charset": "utf-8", "cte": "7bit",
    "headers": [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    "text": """Thank you for your email. I'm on leave until Monday, June 22 with no access to email.

For anything urgent about a current recruitment, please contact talent@pnutilities.example.ca and a member of the team will help.

Megan Tsui
Talent Acquisition Partner
Pacific Northern Utilities
""",
})

# 150 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "recruiter_cold_outreach_talent_pool",
    "kind": "other", "company": "", "contact": "kara@summitsearch.example.ca", "language": "en",
    "from": ("Kara Whitfield", "kara@summitsearch.example.ca"),
    "subject": "Project controls opportunities in BC",
    "date": "2026-09-28 10:11 -0700",
    "structure": "plain", "charset": "utf-8", "cte": "7bit",
    "text": """Hi Valentina,

I came across your profile while researching project controls professionals with Latin American mining experience. I lead the mining practice at Summit Search Partners here in Vancouver.

I don't have a specific role to put you forward for today, but a few of our clients are planning hires for early 2027 and your background is a good fit for what they usually ask for. Would you be open to sharing your CV and your salary expectations so I can add you to our network?

No pressure at all, and thanks for reading.

Best,
Kara Whitfield
Principal, Mining & Metals
Summit Search Partners
""",
})

# 151 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "visa_expression_of_interest_received",
    "kind": "other", "company": "", "contact": "", "language": "en",
    "from": ("Skilled Migration Portal", "noreply@skilledmigration.example.com.au"),
    "subject": "Your Expression of Interest has been received – EOI E0028841930",
    "date": "2026-06-01 12:00 +1000",
    "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Dear Valentina QUISPE-HARRINGTON,

Your Expression of Interest (EOI) has been submitted and received.

EOI ID: E0028841930
Visa subclass: 190 - Skilled Nominated (Western Australia)
Nominated occupation: 233211 Civil Engineer
Date of effect: 01/06/2026

Your EOI will remain in the system for two years. You will be notified if you receive an invitation to apply for a visa. Submitting an EOI is not a visa application.

Do not reply to this email. Log in to your account to view or update your EOI.
""",
    "html": """<html><body style="font-family:Arial,sans-serif;font-size:13px;color:#000;">
<p><img src="https://skilledmigration.example.com.au/img/crest.png" alt="Skilled Migration Portal" height="48"></p>
<p>Dear Valentina QUISPE-HARRINGTON,</p>
<p>Your Expression of Interest (EOI) has been submitted and received.</p>
<table cellpadding="4" cellspacing="0" border="1" style="border-collapse:collapse;font-size:12px;">
<tr><td>EOI ID</td><td>E0028841930</td></tr>
<tr><td>Visa subclass</td><td>190 - Skilled Nominated (Western Australia)</td></tr>
<tr><td>Nominated occupation</td><td>233211 Civil Engineer</td></tr>
<tr><td>Date of effect</td><td>01/06/2026</td></tr>
</table>
<p>Your EOI will remain in the system for two years. You will be notified if you receive an invitation to apply for a visa. Submitting an EOI is not a visa application.</p>
<p style="font-size:11px;color:#555;">Do not reply to this email. Log in to your account to view or update your EOI.</p>
</body></html>
""",
})

# 152 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "course_waitlist_position",
    "kind": "other", "company": "", "contact": "", "language": "en",
    "from": ("Cost Engineering Learning Hub", "no-reply@celearninghub.example.com"),
    "subject": "You're #4 on the waitlist: Project Controls Fundamentals (Online, July cohort)",
    "date": "2026-06-24 09:30 -0400",
    "structure": "plain", "charset": "utf-8", "cte": "7bit",
    "text": """Hi Valentina,

The July cohort of Project Controls Fundamentals is full, but you're on the waitlist.

Your current position: 4

If a seat opens up, we'll email you and hold it for 48 hours. You won't be charged unless you confirm your seat.

Cost Engineering Learning Hub
""",
})

# 153 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "journalist_interview_request_women_in_mining",
    "kind": "other", "company": "", "contact": "hcho@resourceledger.example.com", "language": "en",
    "from": ("Hannah Cho", "hcho@resourceledger.example.com"),
    "subject": "Interview request – Resource Ledger feature on women in mine closure",
    "date": "2026-10-07 13:25 -0400",
    "structure": "plain", "charset": "utf-8", "cte": "base64",
    "text": """Dear Ms Quispe-Harrington,

I'm a reporter with Resource Ledger, a trade publication covering the mining industry in the Americas. I'm working on a feature about women leading mine closure and tailings work in Chile, Peru and Canada, and your name came up twice in my research.

Would you be willing to do a 30-minute interview by phone or video in the next two weeks? I'd ask about your career path and your view of how closure planning is changing. Quotes would be attributed to you by name, and I'm happy to check them with you before publication.

Many thanks,

Hannah Cho
Senior Reporter, Resource Ledger
+1 416 555 0190
""",
})

# 154 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "conference_abstract_not_accepted",
    "kind": "other", "company": "", "contact": "", "language": "en",
    "from": ("TMW 2026 Program Committee", "tmw2026-noreply@confsys.example.com"),
    "subject": "Tailings & Mine Waste 2026 – decision on abstract #118",
    "date": "2026-07-08 03:14 +0000",
    "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Dear Valentina Quispe-Harrington,

Thank you for submitting your abstract "Earned value for tailings dam raises: lessons from two Chilean projects" (#118) to Tailings & Mine Waste 2026.

We received more than 420 abstracts this year. Unfortunately, your abstract was not accepted for oral presentation or poster. The reviewers' comments are available in your author dashboard.

We hope to see you in Vancouver in November nonetheless.

Sincerely,
The TMW 2026 Program Committee

This message was sent automatically by the conference submission system.
""",
    "html": """<html><body style="font-family:Verdana,sans-serif;font-size:12px;">
<p>Dear Valentina Quispe-Harrington,</p>
<p>Thank you for submitting your abstract <i>"Earned value for tailings dam raises: lessons from two Chilean projects"</i> (#118) to <b>Tailings &amp; Mine Waste 2026</b>.</p>
<p>We received more than 420 abstracts this year. Unfortunately, your abstract was not accepted for oral presentation or poster. The reviewers' comments are available in your author dashboard.</p>
<p>We hope to see you in Vancouver in November nonetheless.</p>
<p>Sincerely,<br>The TMW 2026 Program Committee</p>
<p style="color:#888;font-size:10px;">This message was sent automatically by the conference submission system.</p>
</body></html>
""",
})

# 155 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "credit_card_application_declined",
    "kind": "other", "company": "", "contact": "", "language": "en",
    "from": ("Maple Shield Bank", "notifications@mapleshieldbank.example.ca"),
    "subject": "Your credit card application",
    "date": "2026-09-12 08:40 -0400",
    "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Dear Valentina Quispe-Harrington,

Thank you for applying for a Maple Shield Travel Rewards Visa card.

After careful review, we're unable to approve your application at this time. This decision was based in part on information from a credit reporting agency; as a non-resident you do not yet have a Canadian credit history.

A letter with more details will be sent to your mailing address within 10 business days.

Maple Shield Bank
This is an automated message. Please do not reply.
""",
})

# 156 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "company_newsletter_interview_with_ceo",
    "kind": "other", "company": "", "contact": "", "language": "en",
    "from": ("Andes Copper & Lithium Investor News", "news@andescopper.example.ca"),
    "subject": "Interview with our CEO – recording now available",
    "date": "2026-05-28 06:05 -0700",
    "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "headers": [("List-Id", "ACL Investor News <investors.andescopper.example.ca>"),
                ("List-Unsubscribe", "<https://andescopper.example.ca/investors/unsubscribe?e=vqh>"),
                ("Precedence", "bulk")],
    "html": f"""<html><body style="margin:0;background:#f0f0f0;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Georgia,serif;color:#222;">
<tr><td style="padding:16px 26px;border-bottom:3px solid #b87333;"><img src="https://andescopper.example.ca/img/acl-logo.png" alt="Andes Copper &amp; Lithium" width="170"></td></tr>
<tr><td style="padding:22px 26px;font-size:15px;line-height:23px;">
<h2 style="margin-top:0;">Interview with our CEO – recording now available</h2>
<p>In a wide-ranging interview with BNN Markets, President &amp; CEO Marcus Lindgren discussed the Salar Blanco feasibility study, the decision to defer parts of the 2026 capital plan, and our position on lithium prices.</p>
<p><a href="{track('links.andescopper.example.ca', 'ceo-interview-may')}" style="color:#b87333;font-weight:bold;">Watch the interview</a></p>
<p>Also this month: Q1 2026 results and the annual sustainability report.</p>
</td></tr>
<tr><td style="padding:14px 26px;font-size:10px;color:#888;background:#f7f7f7;">This communication contains forward-looking statements. TSX-V: ACL. You are receiving this because you subscribed to investor alerts. <a href="{track('links.andescopper.example.ca', 'unsub')}" style="color:#888;">Unsubscribe</a></td></tr>
</table></td></tr></table>
{pixel('links.andescopper.example.ca', 'o-ceo-may')}
</body></html>
""",
})

# 157 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "lettre_mines_transition_entretien_presse",
    "kind": "other", "company": "", "contact": "", "language": "fr",
    "from": ("La Lettre Mines & Transition", "lettre@mines-transition.example.com"),
    "subject": "Entretien avec la présidente du BRGM · Les offres d'emploi de la semaine",
    "date": "2026-06-18 07:30 +0200",
    "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "headers": [("List-Id", "La Lettre Mines & Transition <lettre.mines-transition.example.com>"),
                ("List-Unsubscribe", "<https://mines-transition.example.com/desinscription?u=vqh>"),
                ("Precedence", "bulk")],
    "html": f"""<html><body style="margin:0;background:#f5f3ef;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:'Times New Roman',serif;color:#1d1d1d;">
<tr><td style="padding:18px 28px;border-bottom:1px solid #ddd;"><img src="https://mines-transition.example.com/img/lettre.png" alt="La Lettre Mines &amp; Transition" width="240"></td></tr>
<tr><td style="padding:22px 28px;font-size:16px;line-height:24px;">
<p style="font-family:Arial,sans-serif;font-size:11px;color:#999;">N° 87 – 18 JUIN 2026</p>
<h2 style="margin:4px 0 10px;">« Relancer l'exploration sans répéter les erreurs du passé »</h2>
<p>Entretien exclusif avec la présidente du BRGM sur l'inventaire minier national, l'acceptabilité sociale et le lithium du Massif central.</p>
<p><a href="{track('clic.mines-transition.example.com', 'l87-entretien')}" style="color:#7a3e00;">Lire l'entretien</a></p>
<h3>Offres d'emploi</h3>
<ul style="font-family:Arial,sans-serif;font-size:14px;">
<li><a href="{track('clic.mines-transition.example.com', 'l87-o1')}">Cheffe de projet après-mine (H/F) – Metz</a></li>
<li><a href="{track('clic.mines-transition.example.com', 'l87-o2')}">Ingénieur contrôle de projets – Nouméa</a></li>
</ul>
<p style="font-size:13px;">Candidature refusée ? Notre chroniqueuse RH explique comment rebondir.</p>
</td></tr>
<tr><td style="padding:14px 28px;font-size:11px;color:#999;background:#faf9f7;font-family:Arial,sans-serif;">Vous recevez cette lettre car vous y êtes abonnée. <a href="{track('clic.mines-transition.example.com', 'l87-desinscription')}" style="color:#999;">Se désinscrire</a> · Éditions Filon SARL, Paris</td></tr>
</table></td></tr></table>
{pixel('clic.mines-transition.example.com', 'l87-o')}
</body></html>
""",
})

# 158 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "amie_quebecoise_mon_entrevue",
    "kind": "other", "company": "", "contact": "amelie.gagne@courriel.example.ca",
    "language": "fr",
    "from": ("Amélie Gagné", "amelie.gagne@courriel.example.ca"),
    "subject": "croise les doigts pour moi!",
    "date": "2026-04-10 21:40 -0400",
    "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "text": """Allo Valentina!

J'ai passé mon entrevue chez Hydro-Nordique cet après-midi, pour le poste en environnement à Baie-Comeau. Trois personnes au comité, une mise en situation sur les relevés de qualité de l'eau... je pense que ça s'est bien passé mais on ne sait jamais. Ils doivent me revenir d'ici deux semaines.

Toi, ils t'ont finalement redonné une date pour ton entrevue? C'est drôle qu'on ait postulé au même endroit!

Je te tiens au courant. Bisous

Amélie
""",
})

# 159 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "banque_demande_de_pret_recue",
    "kind": "other", "company": "", "contact": "", "language": "fr",
    "from": ("Banque Rhodanienne", "ne-pas-repondre@banque-rhodanienne.example.com"),
    "subject": "Votre demande de prêt a bien été reçue",
    "date": "2026-03-26 10:17 +0100",
    "structure": "plain", "charset": "iso-8859-1", "cte": "quoted-printable",
    "header_charset": "iso-8859-1",
    "text": """Madame QUISPE-HARRINGTON,

Nous vous confirmons la bonne réception de votre demande de prêt personnel n° PP-2026-118273 d'un montant de 8 000 EUR.

Votre conseiller étudiera votre dossier dans les meilleurs délais. Vous serez informée de la décision par courrier et dans votre espace client.

Nous vous rappelons qu'un crédit vous engage et doit être remboursé. Vérifiez vos capacités de remboursement avant de vous engager.

Banque Rhodanienne - Agence Lyon Part-Dieu
Ce message est envoyé automatiquement, merci de ne pas y répondre.
""",
})

# 160 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "envoye_confirmation_creneau_cite_invitation",
    "kind": "other", "company": "", "contact": "", "language": "fr",
    "from": CANDIDATE,
    "to": [("Claire Vasseur", "claire.vasseur@ateliercarbone.example.com")],
    "subject": "RE: Entretien – Cheffe de projet Transition & Mines (Santiago)",
    "date": "2026-05-20 08:05 -0400",
    "in_reply_to": "<PR1P264MB3377A8C5E4D1B2F0@PR1P264MB3377.FRAP264.PROD.OUTLOOK.COM>",
    "structure": "plain", "charset": "windows-1252", "cte": "quoted-printable",
    "text": """Bonjour Claire,

Merci beaucoup pour votre message. Je vous confirme avec plaisir l'entretien du mercredi 27 mai à 16h00 (heure de Paris), soit 10h00 à Santiago. Je prendrai connaissance de l'étude de cas dès réception.

Bien cordialement,

Valentina Quispe-Harrington

De : Claire Vasseur <claire.vasseur@ateliercarbone.example.com>
Envoyé : mardi 19 mai 2026 17:05
À : Valentina Quispe-Harrington <valentina.qh@example.cl>
Objet : Entretien – Cheffe de projet Transition & Mines (Santiago)

Bonjour Valentina,

Merci pour votre candidature au poste de cheffe de projet Transition & Mines pour notre antenne de Santiago. Votre profil a retenu toute notre attention et nous souhaiterions vous proposer un entretien en visioconférence.

Nous vous proposons le mercredi 27 mai à 16h00 (heure de Paris), soit 10h00 à Santiago...
""",
})

# 161 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "reponse_automatique_fermeture_estivale_service",
    "kind": "other", "company": "", "contact": "", "language": "fr",
    "from": ("Service Recrutement Sérélec", "recrutement@serelec-ingenierie.example.com"),
    "subject": "Réponse automatique : Candidature – Ingénieure planification Lima",
    "date": "2026-07-28 16:02 +0200",
    "in_reply_to": "<7a6b5c4d-vqh-0728@example.cl>",
    "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "headers": [("Auto-Submitted", "auto-replied")],
    "text": """Bonjour,

Le service Recrutement est fermé du 24 juillet au 17 août inclus. Les candidatures reçues pendant cette période seront traitées à partir de notre retour.

Ce message est généré automatiquement : merci de ne pas y répondre.

Service Recrutement – Sérélec Ingénierie
""",
})

# 162 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "rohstoff_karriere_newsletter_absage",
    "kind": "other", "company": "", "contact": "", "language": "de",
    "from": ("Rohstoff-Karriere Newsletter", "newsletter@rohstoff-karriere.example.com"),
    "subject": "Absage erhalten? So gehen Sie damit um | Stellenmarkt KW 11",
    "date": "2026-03-12 07:45 +0100",
    "structure": "html", "charset": "windows-1252", "cte": "quoted-printable",
    "header_charset": "windows-1252",
    "headers": [("List-Id", "Rohstoff-Karriere <newsletter.rohstoff-karriere.example.com>"),
                ("List-Unsubscribe", "<https://rohstoff-karriere.example.com/abmelden?id=vqh>, <mailto:abmelden@rohstoff-karriere.example.com>"),
                ("Precedence", "bulk")],
    "html": f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body style="margin:0;background:#eceff1;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:18px;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;color:#263238;font-size:14px;">
<tr><td style="padding:16px 24px;background:#37474f;"><img src="https://rohstoff-karriere.example.com/img/logo.png" alt="Rohstoff-Karriere" width="170"></td></tr>
<tr><td style="padding:22px 24px;line-height:21px;">
<h2 style="margin-top:0;">Absage erhalten? So gehen Sie damit um</h2>
<p>„Leider müssen wir Ihnen mitteilen …“ – kaum ein Satz ist im Bewerbungsprozess so gefürchtet. Unsere Karriereberaterin erklärt, warum eine Absage kein Urteil über Ihre Qualifikation ist und wie Sie um ein Feedbackgespräch bitten.</p>
<p><a href="{track('klick.rohstoff-karriere.example.com', 'kw11-absage')}" style="color:#00796b;">Weiterlesen</a></p>
<h3>Stellenmarkt KW 11</h3>
<p><a href="{track('klick.rohstoff-karriere.example.com', 'kw11-s1')}">Projektingenieur (m/w/d) Tagebausanierung – Cottbus</a><br>
<a href="{track('klick.rohstoff-karriere.example.com', 'kw11-s2')}">Projektcontroller (m/w/d) Rohstoffhandel – Hamburg</a><br>
<a href="{track('klick.rohstoff-karriere.example.com', 'kw11-s3')}">Referentin Nachhaltigkeit Lieferkette (m/w/d) – München</a></p>
</td></tr>
<tr><td style="padding:12px 24px;background:#f5f5f5;font-size:10px;color:#78909c;">Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben. <a href="{track('klick.rohstoff-karriere.example.com', 'abmelden')}" style="color:#78909c;">Abmelden</a><br>Rohstoff-Karriere Medien GmbH · Geschäftsführerin: Birgit Haase · Amtsgericht Leipzig HRB 41177</td></tr>
</table></td></tr></table>
{pixel('klick.rohstoff-karriere.example.com', 'kw11-o')}
</body></html>
""",
})

# 163 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "jobagent_neue_jobs_projektsteuerung",
    "kind": "other", "company": "", "contact": "", "language": "de",
    "from": ("Jobkompass Jobagent", "jobagent@jobkompass.example.com"),
    "subject": "7 neue Jobs für „Projektsteuerung Bergbau“",
    "date": "2026-08-19 06:10 +0200",
    "structure": "html", "charset": "utf-8", "cte": "base64",
    "headers": [("List-Unsubscribe", "<https://www.jobkompass.example.com/jobagent/abmelden?a=77120>"),
                ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")],
    "html": f"""<html><body style="margin:0;background:#f4f6f8;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:18px;">
<table width="580" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#222;">
<tr><td style="padding:14px 22px;background:#0050a0;"><img src="https://www.jobkompass.example.com/mail/logo.png" alt="Jobkompass" width="130"></td></tr>
<tr><td style="padding:18px 22px;line-height:20px;">
<p>Hallo Valentina,</p>
<p>Ihr Jobagent hat 7 neue Stellen für <b>„Projektsteuerung Bergbau“</b> gefunden:</p>
<p><a href="{track('click.jobkompass.example.com', 'ja-1')}" style="color:#0050a0;font-weight:bold;">Projektsteuerer (m/w/d) Rückbau Steinkohle</a><br>RAG-Nachfolgegesellschaft · Essen</p>
<p><a href="{track('click.jobkompass.example.com', 'ja-2')}" style="color:#0050a0;font-weight:bold;">Project Controller (m/w/d) Lithium</a><br>Ingenieurbüro · Freiberg · Homeoffice möglich</p>
<p><a href="{track('click.jobkompass.example.com', 'ja-3')}" style="color:#0050a0;font-weight:bold;">Projektingenieurin Anlagenbau Südamerika (m/w/d)</a><br>Bochum · Reisetätigkeit</p>
<p style="margin:18px 0;"><a href="{track('click.jobkompass.example.com', 'ja-alle')}" style="background:#ff9900;color:#fff;padding:9px 18px;text-decoration:none;">Alle 7 Jobs ansehen</a></p>
</td></tr>
<tr><td style="padding:12px 22px;background:#f4f6f8;font-size:10px;color:#888;">Sie erhalten diese E-Mail, weil Sie einen Jobagenten angelegt haben. <a href="{track('click.jobkompass.example.com', 'ja-abmelden')}" style="color:#888;">Jobagent abbestellen</a> · Jobkompass GmbH · Impressum</td></tr>
</table></td></tr></table>
{pixel('click.jobkompass.example.com', 'ja-o-77120')}
</body></html>
""",
})

# 164 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "nutzerinterview_anfrage_software",
    "kind": "other", "company": "", "contact": "svenja.krueger@planwerk.example.com",
    "language": "de",
    "from": ("Svenja Krüger", "svenja.krueger@planwerk.example.com"),
    "subject": "Kurzes Nutzerinterview zu Planwerk Controlling?",
    "date": "2026-09-16 11:34 +0200",
    "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Hallo Frau Quispe-Harrington,

Sie nutzen seit einigen Monaten Planwerk Controlling für Ihre Projektberichte – vielen Dank dafür! Ich arbeite im UX-Research-Team und wir überarbeiten gerade die Funktionen für Earned-Value-Auswertungen.

Hätten Sie Lust auf ein 45-minütiges Nutzerinterview per Video? Wir möchten verstehen, wie Sie Ihre Berichte aufbauen und wo es hakt. Das Gespräch kann gern auf Englisch oder Spanisch stattfinden. Als Dankeschön verlängern wir Ihre Lizenz um drei Monate.

Wenn Sie Zeit haben, antworten Sie mir einfach mit ein paar möglichen Terminen.

Viele Grüße
Svenja Krüger
UX Research | Planwerk Software GmbH
Speicherstadt, Am Sandtorkai 44, 20457 Hamburg
Geschäftsführer: Tobias Rehm | Amtsgericht Hamburg HRB 150882
""",
})

# 165 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "versand_sendung_verzoegert_sich",
    "kind": "other", "company": "", "contact": "", "language": "de",
    "from": ("Buchhaus Lehmann Versand", "versand@buchhaus-lehmann.example.com"),
    "subject": "Ihre Sendung verzögert sich leider (Bestellung 2026-44812)",
    "date": "2026-10-14 09:12 +0200",
    "structure": "plain", "charset": "iso-8859-1", "cte": "8bit", "header_charset": "iso-8859-1",
    "text": """Guten Tag Frau Quispe-Harrington,

leider verzögert sich die Auslieferung Ihrer Bestellung Nr. 2026-44812 (1 Artikel: "Handbuch Projektcontrolling im Anlagenbau", 4. Auflage). Der Titel ist beim Verlag derzeit nicht lieferbar und wird voraussichtlich in 2-3 Wochen nachgedruckt.

Sobald das Buch bei uns eingetroffen ist, versenden wir es umgehend an Ihre Lieferadresse in Santiago de Chile. Sie müssen nichts weiter tun. Wenn Sie die Bestellung stornieren möchten, können Sie dies in Ihrem Kundenkonto tun.

Wir bitten um Ihr Verständnis.

Ihr Versandteam
Buchhaus Lehmann GmbH & Co. KG
Diese E-Mail wurde automatisch erstellt.
""",
})
