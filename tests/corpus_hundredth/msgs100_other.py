"""Everything else in the candidate's mailbox (kind `other`), one hand-written spec per message
(see msgs100_common): digests, newsletters, other meanings of the words, friends and family, his
own sent mail, out-of-office replies, cold outreach."""

from msgs100_common import CANDIDATE

SPANISH = [
    {
        "slug": "job_alert_digest_cdmx",
        "kind": "other", "lang": "es", "company": "", "contact": "",
        "sender": ("Alertas EmpleosYa", "alertas@empleosya.example.mx"),
        "subject": "12 vacantes nuevas de Analytics Engineer en Ciudad de México",
        "date": "2026-01-12 07:00 -0600",
        "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
        "headers": {"List-Id": "Alertas de empleo <alertas.empleosya.example.mx>",
                    "List-Unsubscribe": "<https://www.empleosya.example.mx/alertas/baja?id=a-33019>, <mailto:baja-alertas@empleosya.example.mx>",
                    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
                    "Precedence": "bulk"},
        "html": """<html><body style="margin:0;background:#eef2f6;font-family:Arial,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:18px 6px;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;">
<tr><td style="padding:14px 22px;background:#ffcc00;"><img src="https://cdn.empleosya.example.mx/mail/logo.png" alt="EmpleosYa" width="120"></td></tr>
<tr><td style="padding:20px 22px 4px;"><p style="font-size:18px;margin:0;"><b>Rodrigo, hay 12 vacantes nuevas para ti</b></p><p style="color:#666;font-size:13px;">Tu alerta: «Analytics Engineer» · Ciudad de México · publicadas en las últimas 24 horas</p></td></tr>
<tr><td style="padding:6px 22px;">
<table width="100%" cellpadding="10" cellspacing="0" style="font-size:14px;">
<tr><td style="border-bottom:1px solid #eee;"><a href="https://click.empleosya.example.mx/ls/click?upn=j-70112" style="color:#0057b8;font-weight:bold;">Analytics Engineer Sr.</a><br>Cuenta Clara · Polanco (híbrido) · $60,000 – $75,000</td></tr>
<tr><td style="border-bottom:1px solid #eee;"><a href="https://click.empleosya.example.mx/ls/click?upn=j-70131" style="color:#0057b8;font-weight:bold;">Líder de BI</a><br>Tiendas La Golondrina · Tlalnepantla · Sueldo no mostrado</td></tr>
<tr><td style="border-bottom:1px solid #eee;"><a href="https://click.empleosya.example.mx/ls/click?upn=j-70157" style="color:#0057b8;font-weight:bold;">Ingeniero(a) de Datos – dbt/Snowflake</a><br>Empresa confidencial · Remoto · $55,000 – $65,000</td></tr>
<tr><td style="border-bottom:1px solid #eee;"><a href="https://click.empleosya.example.mx/ls/click?upn=j-70160" style="color:#0057b8;font-weight:bold;">Analista de Datos Comerciales</a><br>Farmacias del Bajío · Guadalajara · $38,000</td></tr>
<tr><td style="border-bottom:1px solid #eee;"><a href="https://click.empleosya.example.mx/ls/click?upn=j-70188" style="color:#0057b8;font-weight:bold;">Data Analyst (inglés avanzado)</a><br>Grupo Plantilla Staffing · Santa Fe · $42,000</td></tr>
</table>
<p style="text-align:center;"><a href="https://click.empleosya.example.mx/ls/click?upn=all-a33019" style="background:#0057b8;color:#fff;padding:10px 18px;text-decoration:none;border-radius:3px;">Ver las 12 vacantes</a></p>
</td></tr>
<tr><td style="padding:14px 22px;font-size:11px;color:#888;background:#f7f7f7;">Recibes este correo porque creaste una alerta en EmpleosYa. <a href="https://www.empleosya.example.mx/alertas/editar?id=a-33019" style="color:#888;">Editar alerta</a> · <a href="https://www.empleosya.example.mx/alertas/baja?id=a-33019" style="color:#888;">Cancelar alerta</a><br>EmpleosYa, S. de R.L. de C.V. · Ciudad de México</td></tr>
</table></td></tr></table>
<img src="https://click.empleosya.example.mx/wf/open?upn=o-a33019-0112" width="1" height="1" alt="">
</body></html>
""",
    },
    {
        "slug": "newsletter_rejection_feedback",
        "kind": "other", "lang": "es", "company": "", "contact": "",
        "sender": ("La Carta del Talento", "hola@cartadeltalento.example.es"),
        "subject": "#87 · ¿Te han rechazado? Cómo pedir feedback (y usarlo)",
        "date": "2026-02-15 08:00 +0100",
        "structure": "alt", "charset": "utf-8", "cte": "base64",
        "headers": {"List-Id": "La Carta del Talento <carta.cartadeltalento.example.es>",
                    "List-Unsubscribe": "<https://cartadeltalento.example.es/baja?s=r.vo-7731>",
                    "Precedence": "list"},
        "html": """<html><body style="background:#fbf8f3;margin:0;">
<div style="max-width:600px;margin:0 auto;padding:28px 20px;font-family:Georgia,serif;color:#2a2a2a;font-size:17px;line-height:1.65;">
<p style="font-family:Arial,sans-serif;font-size:12px;color:#9a8f80;letter-spacing:1px;">LA CARTA DEL TALENTO · NÚMERO 87</p>
<h1 style="font-size:28px;line-height:1.2;">¿Te han rechazado? Cómo pedir feedback (y usarlo)</h1>
<p>Recibir un «lamentablemente, hemos decidido continuar con otros candidatos» duele, sobre todo después de tres entrevistas. Pero ese correo también es una oportunidad: pocas personas responden, y quienes lo hacen con educación suelen conseguir información valiosa.</p>
<p><b>1. Responde en 48 horas.</b> Agradece el proceso y pide, en una sola frase, qué podrías mejorar.</p>
<p><b>2. No discutas la decisión.</b> El rechazo ya está tomado; lo que buscas es aprendizaje.</p>
<p><b>3. Si no contestan, no insistas.</b> El silencio también es una respuesta.</p>
<p>Y si lo que te preocupa es no saber nada tras una entrevista, lee nuestro artículo <a href="https://cartadeltalento.example.es/r/c/87a?u=r.vo-7731">«El ghosting en selección, explicado por tres reclutadoras»</a>.</p>
<p>Esta semana también: <a href="https://cartadeltalento.example.es/r/c/87b?u=r.vo-7731">cómo negociar una oferta cuando tienes dos</a> y <a href="https://cartadeltalento.example.es/r/c/87c?u=r.vo-7731">plantillas de correo para reprogramar una entrevista</a>.</p>
<p>Hasta el domingo que viene,<br>Marta</p>
<hr style="border:none;border-top:1px solid #e6dfd3;">
<p style="font-family:Arial,sans-serif;font-size:11px;color:#9a8f80;">Recibes La Carta del Talento porque te suscribiste en cartadeltalento.example.es. <a href="https://cartadeltalento.example.es/baja?s=r.vo-7731" style="color:#9a8f80;">Darte de baja</a> · <a href="https://cartadeltalento.example.es/preferencias?s=r.vo-7731" style="color:#9a8f80;">Preferencias</a></p>
</div>
<img src="https://cartadeltalento.example.es/o/87/r.vo-7731.gif" width="1" height="1" alt="">
</body></html>
""",
    },
    {
        "slug": "blog_missed_interview_advice",
        "kind": "other", "lang": "es", "company": "", "contact": "",
        "sender": ("Carrera en Datos", "newsletter@carreradatos.example.mx"),
        "subject": "¿Faltaste a una entrevista? Qué hacer en las siguientes 24 horas",
        "date": "2026-03-08 09:30 -0600",
        "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
        "headers": {"List-Id": "Carrera en Datos <boletin.carreradatos.example.mx>",
                    "List-Unsubscribe": "<https://carreradatos.example.mx/unsubscribe?e=cm9kcmlnbw>"},
        "html": """<html><body style="font-family:Arial,sans-serif;background:#ffffff;color:#222;">
<table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td style="padding:18px 0;"><img src="https://carreradatos.example.mx/img/logo-boletin.png" alt="Carrera en Datos" width="170"></td></tr>
<tr><td style="padding:6px 0 18px;font-size:15px;line-height:1.6;">
<h2 style="font-size:22px;">¿Faltaste a una entrevista? Qué hacer en las siguientes 24 horas</h2>
<p>A todos nos ha pasado: el tráfico, una junta que se alarga o simplemente confundir el huso horario. Si no te presentaste a una entrevista, el reclutador probablemente te escribió algo como «te esperamos a las 10:00 y no te conectaste».</p>
<p>Nuestra recomendación: escribe cuanto antes, explica en dos líneas qué pasó, ofrece dos horarios alternativos y no inventes excusas. Muchas empresas dan una segunda oportunidad si respondes rápido.</p>
<p><a href="https://carreradatos.example.mx/r/?u=art-falte-entrevista&amp;c=boletin-0308" style="color:#d35400;font-weight:bold;">Leer el artículo completo →</a></p>
<h3 style="font-size:17px;">También en este boletín</h3>
<ul>
<li><a href="https://carreradatos.example.mx/r/?u=art-prueba-sql">10 preguntas de SQL que siempre aparecen en entrevistas</a></li>
<li><a href="https://carreradatos.example.mx/r/?u=art-salarios-2026">Salarios de analytics engineering en México 2026</a></li>
<li><a href="https://carreradatos.example.mx/r/?u=vacantes-semana">Vacantes de la semana: 40 posiciones de datos</a></li>
</ul>
</td></tr>
<tr><td style="font-size:11px;color:#888;border-top:1px solid #eee;padding-top:10px;">Carrera en Datos · Boletín semanal · <a href="https://carreradatos.example.mx/unsubscribe?e=cm9kcmlnbw" style="color:#888;">Cancelar suscripción</a></td></tr>
</table>
<img src="https://carreradatos.example.mx/o/0308.gif" width="1" height="1" alt="">
</body></html>
""",
    },
    {
        "slug": "podcast_interview_invite",
        "kind": "other", "lang": "es", "company": "", "contact": "monica@datosconcafe.example.mx",
        "sender": ("Mónica Aguirre", "monica@datosconcafe.example.mx"),
        "subject": "Invitación a entrevista para el podcast Datos con Café ☕",
        "date": "2026-03-19 12:12 -0600",
        "structure": "plain", "charset": "utf-8", "cte": "8bit",
        "text": """Hola Rodrigo,

Soy Mónica, conductora de Datos con Café, un podcast sobre carreras en datos en Latinoamérica. Vi tu charla en el meetup de dbt de la CDMX y nos encantaría entrevistarte para un episodio sobre la transición de analista de datos a analytics engineer.

Grabamos en línea por Riverside, son unos 45 minutos y te mandamos las preguntas con una semana de anticipación. Tenemos espacio para grabar el 7 o el 14 de abril, por la tarde.

¿Te animas? Cualquier duda me escribes por aquí.

Un abrazo,
Mónica Aguirre
Datos con Café · datosconcafe.example.mx
""",
    },
    {
        "slug": "magazine_press_interview",
        "kind": "other", "lang": "es", "company": "", "contact": "jcardenas@revistadatoduro.example.co",
        "sender": ("Julián Cárdenas", "jcardenas@revistadatoduro.example.co"),
        "subject": "Solicitud de entrevista – especial sobre talento de datos en Latinoamérica",
        "date": "2026-05-25 10:05 -0500",
        "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
        "text": """Buenos días, Rodrigo:

Le escribe Julián Cárdenas, periodista de la revista Dato Duro (Bogotá). Estamos preparando un especial sobre la movilidad del talento de datos entre México, Colombia y España, y su nombre nos llegó por recomendación de la comunidad de Analytics Engineers LATAM.

Quisiéramos hacerle una entrevista de unos 30 minutos, por videollamada, sobre su experiencia buscando trabajo en varios países. Podemos publicarla con su nombre o de forma anónima, como usted prefiera.

¿Tendría disponibilidad la próxima semana?

Cordial saludo,

Julián Cárdenas
Periodista | Revista Dato Duro
+57 301 555 0134
""",
    },
    {
        "slug": "ux_research_interview_transport_app",
        "kind": "other", "lang": "es", "company": "", "contact": "daniela.ortega@pasaje.example.mx",
        "sender": ("Daniela Ortega", "daniela.ortega@pasaje.example.mx"),
        "subject": "¿Nos ayudas con una entrevista de 30 min? (te regalamos $300 en viajes)",
        "date": "2026-04-13 11:44 -0600",
        "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
        "text": """Hola Rodrigo,

Soy Daniela, del equipo de Investigación de Usuarios de Pasaje. Vimos que usas la app casi todos los días para moverte entre Coyoacán y Polanco, y queremos entender mejor cómo planeas tus trayectos.

¿Nos regalarías 30 minutos para una entrevista por videollamada? No es una encuesta: es una conversación con una persona del equipo de producto. Como agradecimiento te damos $300 en saldo para viajes.

Si te interesa, responde a este correo con dos horarios que te queden bien esta semana o la próxima.

Gracias,
Daniela Ortega
UX Researcher · Pasaje
""",
    },
    {
        "slug": "maps_app_position_saved",
        "kind": "other", "lang": "es", "company": "", "contact": "",
        "sender": ("Brújula Mapas", "no-reply@brujulamapas.example.com"),
        "subject": "Tu resumen de marzo y la posición de tus lugares guardados",
        "date": "2026-04-02 06:15 -0600",
        "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
        "html": """<html><body style="font-family:Roboto,Arial,sans-serif;background:#f1f3f4;margin:0;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px 8px;">
<table width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:8px;">
<tr><td style="padding:22px 26px;"><img src="https://static.brujulamapas.example.com/email/brujula.png" alt="Brújula Mapas" width="120"></td></tr>
<tr><td style="padding:0 26px 22px;font-size:15px;line-height:1.6;color:#202124;">
<p style="font-size:20px;">Tu mes en Brújula: marzo de 2026</p>
<p>Recorriste <b>412 km</b> en 61 viajes y visitaste 23 lugares nuevos.</p>
<p>Actualizamos la posición de tu lugar guardado <b>«Trabajo»</b>: el pin estaba a 180 m de la entrada del edificio. Si la nueva posición no es correcta, puedes moverla desde la app.</p>
<p><a href="https://brujulamapas.example.com/l/timeline?m=2026-03&amp;src=email" style="color:#1a73e8;">Ver tu cronología</a> · <a href="https://brujulamapas.example.com/l/saved?src=email" style="color:#1a73e8;">Revisar lugares guardados</a></p>
</td></tr>
<tr><td style="padding:14px 26px;font-size:11px;color:#5f6368;border-top:1px solid #e8eaed;">Recibes este resumen porque activaste el historial de ubicaciones. <a href="https://brujulamapas.example.com/settings/email" style="color:#5f6368;">Dejar de recibir resúmenes</a></td></tr>
</table></td></tr></table>
</body></html>
""",
    },
    {
        "slug": "virtual_queue_position",
        "kind": "other", "lang": "es", "company": "", "contact": "",
        "sender": ("Citas Pasaporte (no responder)", "no-responder@citaspasaporte.example.mx"),
        "subject": "Su posición en la fila virtual: 37",
        "date": "2026-05-07 08:41 -0600",
        "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
        "text": """Estimado(a) usuario(a):

Su solicitud de cita para trámite de pasaporte ordinario fue registrada en la fila virtual de la Oficina de Pasaportes Delegación Coyoacán.

Su posición actual en la fila es: 37
Tiempo estimado de espera: 25 minutos

Le notificaremos cuando sea su turno. Si no se presenta en ventanilla dentro de los 10 minutos siguientes a la notificación, perderá su lugar y deberá registrarse nuevamente.

Este es un mensaje automático; no responda a este correo.
""",
    },
    {
        "slug": "parcel_delayed_shop",
        "kind": "other", "lang": "es", "company": "", "contact": "",
        "sender": ("Mercadito", "envios@mercadito.example.mx"),
        "subject": "Lamentablemente tu paquete viene con retraso 📦",
        "date": "2026-05-29 18:22 -0600",
        "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
        "html": """<html><body style="margin:0;background:#fff6e5;font-family:Arial,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:18px 6px;">
<table width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:6px;">
<tr><td style="padding:16px 24px;"><img src="https://img.mercadito.example.mx/mail/logo.png" alt="Mercadito" width="120"></td></tr>
<tr><td style="padding:0 24px 20px;font-size:15px;line-height:1.6;color:#333;">
<p><b>Hola, Rodrigo</b></p>
<p>Lamentablemente tu paquete viene con retraso. La paquetería reportó una incidencia en el centro de distribución de Tultitlán.</p>
<table cellpadding="10" cellspacing="0" width="100%" style="background:#fafafa;border:1px solid #eee;font-size:14px;">
<tr><td>Pedido #MX-4471-2209<br>Soporte para laptop de aluminio<br><b>Nueva fecha estimada: martes 2 de junio</b></td></tr>
</table>
<p>No necesitas hacer nada. Si el paquete no llega en la nueva fecha, puedes pedir el reembolso desde tus compras.</p>
<p><a href="https://www.mercadito.example.mx/compras/MX-4471-2209?utm_source=email&amp;utm_campaign=retraso" style="color:#3483fa;">Seguir mi envío</a></p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#999;">Mercadito · Este correo es informativo. <a href="https://www.mercadito.example.mx/ayuda" style="color:#999;">Ayuda</a></td></tr>
</table></td></tr></table>
</body></html>
""",
    },
    {
        "slug": "bank_loan_application_received",
        "kind": "other", "lang": "es", "company": "", "contact": "",
        "sender": ("Banco Meridiano", "notificaciones@bancomeridiano.example.mx"),
        "subject": "Recibimos tu solicitud de Crédito Personal",
        "date": "2026-08-19 13:37 -0600",
        "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
        "html": """<html><body style="margin:0;background:#f2f4f7;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px 8px;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;border-top:4px solid #0b3d6e;font-family:Arial,sans-serif;color:#1f2933;">
<tr><td style="padding:20px 30px;"><img src="https://www.bancomeridiano.example.mx/mail/logo-bm.png" alt="Banco Meridiano" width="160"></td></tr>
<tr><td style="padding:0 30px 20px;font-size:15px;line-height:22px;">
<p>Hola Rodrigo:</p>
<p>Hemos recibido tu solicitud de <b>Crédito Personal Meridiano</b> con folio <b>CP-2026-88120</b>.</p>
<p>Nuestro equipo de análisis de crédito la revisará y te daremos una respuesta en un plazo máximo de 48 horas hábiles. Te podríamos llamar para validar algunos datos; recuerda que nunca te pediremos tu NIP ni contraseñas.</p>
<p><a href="https://www.bancomeridiano.example.mx/app/solicitudes/CP-2026-88120" style="color:#0b3d6e;font-weight:bold;">Consultar el estatus de mi solicitud</a></p>
</td></tr>
<tr><td style="padding:14px 30px;background:#e6eaf0;font-size:11px;color:#52606d;">Banco Meridiano, S.A., Institución de Banca Múltiple. CAT promedio informativo. Consulta términos, condiciones y comisiones en bancomeridiano.example.mx. Este correo es informativo, no respondas a esta dirección.</td></tr>
</table></td></tr></table>
</body></html>
""",
    },
    {
        "slug": "fintech_card_declined",
        "kind": "other", "lang": "es", "company": "", "contact": "",
        "sender": ("Cuenta Clara", "hola@cuentaclara.example.mx"),
        "subject": "Sobre tu solicitud de tarjeta de crédito",
        "date": "2026-06-11 10:02 -0600",
        "structure": "html", "charset": "utf-8", "cte": "base64",
        "html": """<html><body style="font-family:'Inter',Arial,sans-serif;background:#f5f7ff;margin:0;">
<div style="max-width:520px;margin:0 auto;padding:32px 20px;">
<img src="https://cdn.cuentaclara.example.mx/mail/logo.png" alt="Cuenta Clara" width="130">
<div style="background:#ffffff;border-radius:12px;padding:26px;margin-top:18px;font-size:15px;line-height:1.6;color:#1c1c28;">
<p>Hola Rodrigo,</p>
<p>Gracias por solicitar la Tarjeta Clara. Revisamos tu información y, lamentablemente, en esta ocasión no podemos aprobar tu solicitud.</p>
<p>La decisión se basa en la información de tu historial crediticio y en nuestros criterios actuales. No fue una decisión tomada a la ligera, y no significa que no puedas tener una tarjeta con nosotros en el futuro.</p>
<p>Podrás volver a solicitarla dentro de 90 días. Mientras tanto, tu cuenta de débito sigue funcionando con normalidad.</p>
<p>El equipo de Cuenta Clara</p>
</div>
<p style="font-size:11px;color:#8a8fa3;">Cuenta Clara es una marca de Clara Servicios Financieros, S.A. de C.V., SOFIPO. <a href="https://cuentaclara.example.mx/legal" style="color:#8a8fa3;">Aviso legal</a> · <a href="https://cuentaclara.example.mx/preferencias" style="color:#8a8fa3;">Preferencias de correo</a></p>
</div>
</body></html>
""",
    },
    {
        "slug": "flat_portal_other_tenant",
        "kind": "other", "lang": "es", "company": "", "contact": "",
        "sender": ("Pisolandia", "avisos@pisolandia.example.es"),
        "subject": "El anunciante ha elegido a otro inquilino para el piso de Calle Embajadores",
        "date": "2026-06-25 20:48 +0200",
        "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
        "html": """<html><body style="margin:0;background:#f4f4f4;font-family:Arial,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:18px 6px;">
<table width="580" cellpadding="0" cellspacing="0" style="background:#ffffff;">
<tr><td style="padding:16px 22px;background:#e1f56e;"><img src="https://static.pisolandia.example.es/mail/logo.png" alt="Pisolandia" width="130"></td></tr>
<tr><td style="padding:22px;font-size:15px;line-height:1.6;color:#333;">
<p>Hola Rodrigo:</p>
<p>El anunciante del piso de <b>Calle Embajadores, 2 habitaciones, 1.150 €/mes</b> (Lavapiés, Madrid) nos ha indicado que ha elegido a otro inquilino y ha retirado el anuncio.</p>
<p>Sentimos que no haya podido ser. Tu solicitud y tu perfil de inquilino siguen guardados para que puedas contactar con otros anunciantes en un clic.</p>
<p><a href="https://www.pisolandia.example.es/r/busqueda?zona=lavapies&amp;utm_source=aviso" style="background:#2a7de1;color:#fff;padding:10px 18px;text-decoration:none;border-radius:4px;">Ver pisos parecidos</a></p>
</td></tr>
<tr><td style="padding:12px 22px;font-size:11px;color:#999;">Pisolandia · Este es un mensaje automático. <a href="https://www.pisolandia.example.es/preferencias" style="color:#999;">Gestionar avisos</a></td></tr>
</table></td></tr></table>
<img src="https://www.pisolandia.example.es/o/aviso-7731.gif" width="1" height="1" alt="">
</body></html>
""",
    },
    {
        "slug": "friend_rejected_by_bank",
        "kind": "other", "lang": "es", "company": "", "contact": "sebas.mora@correo.example.co",
        "sender": ("Sebastián Mora", "sebas.mora@correo.example.co"),
        "subject": "jaja adivina quién me bateó",
        "date": "2026-05-21 21:30 -0500",
        "structure": "plain", "charset": "utf-8", "cte": "8bit",
        "text": """Parce!!

Adivina: Banco Cafetero Andino me mandó el famoso correo de "lamentablemente hemos decidido continuar con otros candidatos". Después de CUATRO entrevistas y una prueba técnica de 6 horas jajaja. Ni modo, a seguir.

¿Y a ti cómo te fue con lo del banco? ¿Ya te respondieron? Me dijiste que tenías la final con la gerente de analítica.

Hablamos el finde, y si vienes a Bogotá en junio me avisas para tomarnos unas polas.

Sebas
""",
    },
    {
        "slug": "cousin_first_interview_advice",
        "kind": "other", "lang": "es", "company": "", "contact": "vale.ocampo@correo.example.mx",
        "sender": ("Valeria Ocampo", "vale.ocampo@correo.example.mx"),
        "subject": "consejo!!! entrevista el lunes",
        "date": "2026-07-24 22:14 -0600",
        "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
        "text": """Primo!!

El lunes tengo mi primera entrevista en serio (analista jr en una consultora en Polanco) y estoy nerviosísima. ¿Qué te preguntan normalmente? ¿Me van a poner a hacer SQL en vivo? ¿Llevo laptop o no?

Mi mamá dice que lleve traje pero la de RH me dijo "casual de negocios" y no sé qué significa eso jaja.

Porfa dime algo aunque sea por whats. Te quiero!!
Vale
""",
    },
    {
        "slug": "own_reply_reschedule_after_missed_call",
        "kind": "other", "lang": "es", "company": "", "contact": "",
        "sender": CANDIDATE,
        "to": [("Karla Benítez Ochoa", "kbenitezo@bancomeridiano.example.mx")],
        "subject": "Re: Intentamos contactarte - vacante Analista Sr. de Inteligencia de Negocios",
        "date": "2026-03-26 18:02 -0600",
        "parent": "<SJ0PR13MB5847F2C1D0E9A8B7C6D5E4F3A2@SJ0PR13MB5847.namprd13.prod.outlook.com>",
        "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
        "text": """Hola Karla, buenas tardes.

Mil disculpas: hoy tuve una falla con mi línea y no recibí ninguna llamada hasta hace un rato, cuando me llegaron los mensajes de voz.

Sí sigo muy interesado en el proceso. El lunes 30 de marzo a las 13:00 me funciona perfecto para reprogramar la entrevista. Mi número es correcto (55 5555 4471), pero por si acaso te dejo también mi WhatsApp: 55 5555 0142.

Gracias por la paciencia.

Saludos,
Rodrigo Villaseñor Ocampo

El jue, 26 mar 2026 a las 16:20, Karla Benítez Ochoa (<kbenitezo@bancomeridiano.example.mx>) escribió:
> Hola Rodrigo, buenas tardes.
>
> Hoy a las 13:00 teníamos agendada tu entrevista telefónica con el área de Inteligencia de Negocios. Intentamos llamarte en tres ocasiones al número que registraste sin éxito y te dejamos mensaje de voz.
>
> ¿Podrías confirmarme si sigues interesado en el proceso y si tu número es correcto?
""",
    },
    {
        "slug": "own_application_with_cv",
        "kind": "other", "lang": "es", "company": "", "contact": "",
        "sender": CANDIDATE,
        "to": [("Fundación Puentes", "empleo@fundacionpuentes.example.es")],
        "subject": "Candidatura técnico/a de datos e impacto",
        "date": "2026-06-01 23:40 -0600",
        "msgid": "<CAJ7pQ2-Puentes-cv-01@mail.example.mx>",
        "structure": "mixed", "charset": "utf-8", "cte": "8bit",
        "text": """Buenas noches:

Os envío mi candidatura para el puesto de técnico/a de datos e impacto publicado en vuestra web. Adjunto CV y carta de motivación.

Llevo seis años trabajando como analista de datos, los dos últimos en la Secretaría de Bienestar de la Ciudad de México construyendo indicadores de seguimiento de programas sociales. Me encantaría tener una entrevista para contaros mi experiencia.

Un saludo,
Rodrigo Villaseñor Ocampo
+52 55 5555 0142
""",
        "attachments": [{"filename": "CV_Rodrigo_Villasenor_Ocampo.pdf", "pdf": [
            "RODRIGO VILLASENOR OCAMPO",
            "Analista de datos / Analytics Engineer - Ciudad de Mexico",
            "rodrigo.vo@example.mx - +52 55 5555 0142",
            "",
            "EXPERIENCIA",
            "2024-2026  Analytics Engineer, Secretaria de Bienestar CDMX",
            "2020-2024  Analista de Datos Sr., sector retail",
            "",
            "HERRAMIENTAS: SQL, dbt, BigQuery, Looker, Python, Airflow",
        ]}],
    },
    {
        "slug": "out_of_office_recruiter_es",
        "kind": "other", "lang": "es", "company": "", "contact": "xrobles@altamar.example.mx",
        "sender": ("Ximena Robles Garza", "xrobles@altamar.example.mx"),
        "subject": "Respuesta automática: Carta oferta - Gerente de Ingeniería Analítica",
        "date": "2026-03-23 09:15 -0600",
        "parent": "<CAJ7pQ2-Altamar-oferta-dudas@mail.example.mx>",
        "structure": "plain", "charset": "iso-8859-1", "cte": "quoted-printable",
        "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        "text": """Gracias por su mensaje.

Me encuentro fuera de la oficina del 23 al 27 de marzo, sin acceso a mi correo. A mi regreso daré respuesta a su mensaje.

Para asuntos urgentes, favor de contactar a Jorge Ávila (javila@altamar.example.mx).

Saludos,
Ximena Robles Garza
""",
    },
    {
        "slug": "headhunter_cold_outreach_es",
        "kind": "other", "lang": "es", "company": "", "contact": "abeltran@talentoejecutivo.example.mx",
        "sender": ("Alonso Beltrán", "abeltran@talentoejecutivo.example.mx"),
        "subject": "Oportunidad Head of BI - ¿platicamos?",
        "date": "2026-09-02 09:50 -0600",
        "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
        "text": """Hola Rodrigo, ¿cómo estás?

Te escribo de Talento Ejecutivo. Estoy apoyando a una fintech mexicana en plena expansión (Serie C) que busca a su primer Head of BI para construir el equipo desde cero: 4 posiciones a contratar durante el primer año, reporte directo al COO.

Por lo que veo en tu perfil, tu experiencia con dbt y con equipos de negocio encaja muy bien. ¿Estarías abierto a explorar la oportunidad? Si te interesa, con gusto te comparto la descripción y el rango salarial.

Saludos,
Alonso Beltrán
Socio | Talento Ejecutivo
55 5555 0199
""",
    },
    {
        "slug": "staffing_blast_caps",
        "kind": "other", "lang": "es", "company": "", "contact": "",
        "sender": ("Grupo Plantilla Staffing", "boletin@grupoplantilla.example.mx"),
        "subject": "¡¡ESTA SEMANA TENEMOS 35 VACANTES PARA TI!! 🔥",
        "date": "2026-04-20 08:05 -0600",
        "structure": "html", "charset": "windows-1252", "cte": "quoted-printable", "hcharset": "utf-8",
        "headers": {"List-Unsubscribe": "<https://grupoplantilla.example.mx/baja?lista=candidatos&id=55120>",
                    "Precedence": "bulk"},
        "html": """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body style="background:#fff3e0;font-family:Verdana,sans-serif;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff;">
<tr><td style="background:#f28c00;padding:16px;text-align:center;"><img src="https://grupoplantilla.example.mx/img/mail-header.png" alt="Grupo Plantilla Staffing – ¡Tu próximo empleo está aquí!" width="560"></td></tr>
<tr><td style="padding:20px;font-size:14px;color:#333;">
<p style="font-size:20px;color:#f28c00;"><b>¡¡HOLA!! ¡ESTA SEMANA TENEMOS 35 VACANTES PARA TI!!</b></p>
<p><b>¡POSTÚLATE YA!</b> ¡No te quedes fuera! Las vacantes vuelan…</p>
<ul>
<li><b>ANALISTA DE DATOS SR.</b> – Monterrey – ¡Excelente sueldo!</li>
<li><b>COORDINADOR DE BI</b> – CDMX – ¡Prestaciones superiores a la ley!</li>
<li><b>DATA ENGINEER</b> – Guadalajara – ¡Home office!</li>
<li><b>ANALISTA DE REPORTES</b> – Querétaro – ¡Contratación inmediata!</li>
</ul>
<p style="text-align:center;"><a href="https://grupoplantilla.example.mx/r/click?c=boletin-0420&amp;u=55120" style="background:#f28c00;color:#fff;padding:12px 26px;text-decoration:none;font-weight:bold;">¡VER TODAS LAS VACANTES!</a></p>
<p>¡Comparte con tus amigos! <a href="https://grupoplantilla.example.mx/r/share?c=boletin-0420">Compartir</a></p>
</td></tr>
<tr><td style="padding:12px 20px;font-size:10px;color:#999;">Grupo Plantilla Staffing, S.A. de C.V. · Recibes este boletín porque estás registrado en nuestra bolsa de trabajo. <a href="https://grupoplantilla.example.mx/baja?lista=candidatos&amp;id=55120">Darte de baja</a></td></tr>
</table>
<img src="https://grupoplantilla.example.mx/o/boletin-0420-55120.gif" width="1" height="1" alt="">
</body></html>
""",
    },
    {
        "slug": "webinar_sql_interview",
        "kind": "other", "lang": "es", "company": "", "contact": "",
        "sender": ("Ágora Datos", "eventos@agoradatos.example.es"),
        "subject": "Webinar gratuito: cómo superar la entrevista técnica de SQL (jueves, 19:00 CET)",
        "date": "2026-01-26 12:00 +0100",
        "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
        "headers": {"List-Unsubscribe": "<https://agoradatos.example.es/baja?u=3310>",
                    "List-Id": "Eventos Ágora Datos <eventos.agoradatos.example.es>"},
        "html": """<html><body style="margin:0;background:#111827;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 8px;">
<table width="580" cellpadding="0" cellspacing="0" style="background:#1f2937;color:#f9fafb;font-family:Arial,sans-serif;border-radius:10px;">
<tr><td style="padding:26px 30px;"><img src="https://agoradatos.example.es/img/agora-blanco.png" alt="Ágora Datos Bootcamp" width="150"></td></tr>
<tr><td style="padding:0 30px 26px;font-size:15px;line-height:1.6;">
<h1 style="font-size:24px;color:#34d399;">Cómo superar la entrevista técnica de SQL</h1>
<p>Webinar gratuito · jueves 29 de enero · 19:00 (hora de Madrid)</p>
<p>Dos hiring managers de fintech españolas te cuentan qué miran de verdad en una prueba de SQL en directo, cómo recuperarte si te bloqueas y qué hacer si después te llega un «no seguimos adelante».</p>
<p><a href="https://agoradatos.example.es/r/webinar-sql?utm_source=newsletter&amp;utm_medium=email" style="background:#34d399;color:#111827;padding:12px 24px;text-decoration:none;border-radius:6px;font-weight:bold;">Reservar mi plaza</a></p>
</td></tr>
<tr><td style="padding:14px 30px;font-size:11px;color:#9ca3af;">Ágora Datos Bootcamp · Madrid · <a href="https://agoradatos.example.es/baja?u=3310" style="color:#9ca3af;">Darme de baja</a></td></tr>
</table></td></tr></table>
</body></html>
""",
    },
    {
        "slug": "meetup_new_event",
        "kind": "other", "lang": "es", "company": "", "contact": "",
        "sender": ("Encuentros Tech", "info@encuentrostech.example.com"),
        "subject": "Nuevo evento de Data Engineering Monterrey: dbt + Snowflake",
        "date": "2026-05-11 17:00 -0600",
        "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
        "headers": {"List-Unsubscribe": "<https://encuentrostech.example.com/notificaciones/baja?g=de-mty>",
                    "Precedence": "bulk"},
        "text": """Data Engineering Monterrey publicó un nuevo evento

dbt + Snowflake: lecciones de 2 años en producción
Jueves 21 de mayo de 2026, 19:00 – 21:00
Torre Ciudadela, San Pedro Garza García (cupo: 80 personas)

Ponentes: Laura Garza (Staff Analytics Engineer) y Mauricio Leal (Data Platform Lead).
Habrá pizza, networking y un espacio para que empresas presenten sus vacantes.

¿Asistirás? Responde en la página del evento:
https://encuentrostech.example.com/de-mty/eventos/301877/?utm_medium=email

--
Recibes este correo porque eres miembro de Data Engineering Monterrey en Encuentros Tech.
Dejar de recibir avisos de este grupo: https://encuentrostech.example.com/notificaciones/baja?g=de-mty
""",
    },
    {
        "slug": "airline_flight_rescheduled",
        "kind": "other", "lang": "es", "company": "", "contact": "",
        "sender": ("Aerolíneas Quetzal", "avisos@aeroquetzal.example.mx"),
        "subject": "Cambio en tu itinerario: vuelo QZ 482 reprogramado",
        "date": "2026-04-16 05:12 -0600",
        "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
        "html": """<html><body style="margin:0;background:#eaf4f4;font-family:Arial,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:18px 6px;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;">
<tr><td style="background:#006d6f;padding:16px 24px;"><img src="https://www.aeroquetzal.example.mx/mail/quetzal-blanco.png" alt="Aerolíneas Quetzal" width="150"></td></tr>
<tr><td style="padding:22px 24px;font-size:15px;line-height:1.6;color:#222;">
<p>Hola RODRIGO,</p>
<p>Por razones operativas, tu vuelo ha sido <b>reprogramado</b>. Lamentamos las molestias.</p>
<table cellpadding="8" cellspacing="0" width="100%" style="border:1px solid #dfe9e9;font-size:14px;">
<tr style="background:#f3f8f8;"><td><b>Reservación</b></td><td>QZK7M2</td></tr>
<tr><td><b>Vuelo</b></td><td>QZ 482 Ciudad de México (MEX) → Monterrey (MTY)</td></tr>
<tr style="background:#f3f8f8;"><td><b>Horario original</b></td><td>mié 13 may · 07:05</td></tr>
<tr><td><b>Nuevo horario</b></td><td>mié 13 may · 09:40</td></tr>
</table>
<p>Si el nuevo horario no te conviene, puedes cambiar tu vuelo sin costo o solicitar el reembolso.</p>
<p><a href="https://www.aeroquetzal.example.mx/mis-viajes/QZK7M2?utm_source=email&amp;utm_campaign=irops" style="background:#f2a900;color:#222;padding:10px 18px;text-decoration:none;font-weight:bold;">Administrar mi viaje</a></p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#888;">Aerolíneas Quetzal · Este correo se envió desde una cuenta no monitoreada. Consulta nuestro Aviso de privacidad en aeroquetzal.example.mx.</td></tr>
</table></td></tr></table>
</body></html>
""",
    },
    {
        "slug": "clinic_missed_appointment",
        "kind": "other", "lang": "es", "company": "", "contact": "",
        "sender": ("Clínica Santa Lucía - Citas", "citas-noreply@clinicasantalucia.example.mx"),
        "subject": "No asististe a tu cita del 12 de mayo",
        "date": "2026-05-12 12:30 -0600",
        "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
        "text": """Hola Rodrigo:

Te esperábamos hoy martes 12 de mayo a las 10:00 en el consultorio 304 con la Dra. Patricia Lemus (Dermatología) y no registramos tu llegada.

Si aún necesitas la consulta, puedes reagendar desde la app o en https://citas.clinicasantalucia.example.mx/reagendar. Recuerda que después de dos inasistencias sin aviso, las citas en línea requieren un anticipo.

Clínica Santa Lucía
Este mensaje es automático; por favor no respondas.
""",
    },
    {
        "slug": "telecom_portability_rejected",
        "kind": "other", "lang": "es", "company": "", "contact": "",
        "sender": ("TelValle", "notificaciones@telvalle.example.mx"),
        "subject": "Tu solicitud de portabilidad fue rechazada",
        "date": "2026-06-30 16:05 -0600",
        "structure": "html", "charset": "utf-8", "cte": "base64",
        "html": """<html><body style="margin:0;background:#f3f0fa;font-family:Arial,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px 8px;">
<table width="580" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:6px;">
<tr><td style="background:#5b2d8e;padding:16px 24px;border-radius:6px 6px 0 0;"><img src="https://www.telvalle.example.mx/mail/logo-blanco.png" alt="TelValle" width="110"></td></tr>
<tr><td style="padding:24px;font-size:15px;line-height:1.6;color:#2b2b2b;">
<p>Hola Rodrigo:</p>
<p>Lamentablemente tu solicitud de portabilidad del número terminación <b>0142</b> fue rechazada por tu compañía actual. Motivo: <b>el NIP de portabilidad no coincide</b>.</p>
<p>No te preocupes, tu línea actual sigue funcionando. Solicita un nuevo NIP enviando un SMS con la palabra NIP al 051 y vuelve a intentarlo.</p>
<p><a href="https://www.telvalle.example.mx/portabilidad?utm_source=email&amp;utm_content=rechazo" style="background:#ff5a36;color:#fff;padding:10px 20px;text-decoration:none;border-radius:4px;">Intentar de nuevo</a></p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#8c8c8c;">Telecomunicaciones del Valle, S.A.B. de C.V. · No respondas a este correo.</td></tr>
</table></td></tr></table>
</body></html>
""",
    },
    {
        "slug": "colleague_used_as_reference",
        "kind": "other", "lang": "es", "company": "", "contact": "gaby.najera@correo.example.mx",
        "sender": ("Gabriela Nájera", "gaby.najera@correo.example.mx"),
        "subject": "te puse de referencia 🙏",
        "date": "2026-07-30 20:41 -0600",
        "structure": "plain", "charset": "utf-8", "cte": "8bit",
        "text": """Rodri!!

Oye, perdón por no avisarte antes: te puse como referencia laboral para una vacante de gerente de riesgos en Altamar. Ya pasé dos entrevistas y ahora están pidiendo referencias, así que a lo mejor te marca una tal Ximena de recursos humanos esta semana.

Diles que soy la mejor jajaja. Y si te preguntan por el proyecto de tableros de cobranza, acuérdate de que lo lideré yo 😅

Te debo unos tacos. Gracias!!!
Gaby
""",
    },
    {
        "slug": "profile_viewed_by_recruiters",
        "kind": "other", "lang": "es", "company": "", "contact": "",
        "sender": ("ProRed", "notificaciones@prored.example.com"),
        "subject": "Rodrigo, 3 reclutadores vieron tu perfil esta semana",
        "date": "2026-08-24 07:30 -0600",
        "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
        "headers": {"List-Unsubscribe": "<https://www.prored.example.com/e/unsub?t=pv-weekly&m=r7731>"},
        "html": """<html><body style="margin:0;background:#f3f2ef;font-family:-apple-system,Segoe UI,Arial,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px 8px;">
<table width="540" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:8px;">
<tr><td style="padding:18px 24px;"><img src="https://static.prored.example.com/mail/logo.png" alt="ProRed" width="90"></td></tr>
<tr><td style="padding:0 24px 22px;font-size:15px;color:#1d2226;line-height:1.5;">
<p style="font-size:19px;"><b>Tu perfil está llamando la atención</b></p>
<p>Esta semana <b>3 reclutadores</b> vieron tu perfil, entre ellos personas de una empresa de telecomunicaciones y de una firma de búsqueda de ejecutivos.</p>
<p>Los perfiles con la sección «Abierto a trabajar» activa reciben un 40 % más de mensajes de reclutadores.</p>
<p><a href="https://www.prored.example.com/comm/me/profile-views?lipi=pv-weekly&amp;m=r7731" style="background:#0a66c2;color:#fff;padding:10px 20px;text-decoration:none;border-radius:20px;">Ver quién vio tu perfil</a></p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#86888a;">Este correo se envió a rodrigo.vo@example.mx. <a href="https://www.prored.example.com/e/unsub?t=pv-weekly&amp;m=r7731" style="color:#86888a;">Cancelar suscripción</a> · ProRed Corporation</td></tr>
</table></td></tr></table>
<img src="https://www.prored.example.com/emimp/pv-weekly-r7731.png" width="1" height="1" alt="">
</body></html>
""",
    },
    {
        "slug": "mom_asks_about_interview",
        "kind": "other", "lang": "es", "company": "", "contact": "lupita.ocampo@correo.example.mx",
        "sender": ("Lupita Ocampo", "lupita.ocampo@correo.example.mx"),
        "subject": "como te fue mijo",
        "date": "2026-02-18 15:47 -0600",
        "structure": "plain", "charset": "iso-8859-1", "cte": "8bit",
        "text": """Mijo como te fue en la entrevista del banco?? tu papa y yo estamos con el pendiente.

Te mandamos muchas bendiciones, ya veras que te va a ir muy bien y te van a dar el trabajo. Avisame cuando salgas aunque sea con un mensajito.

El domingo hay comida en casa de tu tia Chela, no se te olvide llevar el refresco.

Te quiero mucho
Mamá
""",
    },
]

ENGLISH = [
    {
        "slug": "job_alert_austin",
        "kind": "other", "lang": "en", "company": "", "contact": "",
        "sender": ("HireLoop Job Alerts", "alerts@hireloop.example.com"),
        "subject": "New jobs for \"analytics engineer\" near Austin, TX",
        "date": "2026-02-04 06:30 -0600",
        "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
        "headers": {"List-Id": "HireLoop job alerts <jobalerts.hireloop.example.com>",
                    "List-Unsubscribe": "<https://www.hireloop.example.com/alerts/unsubscribe?id=ja-90133>",
                    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"},
        "html": """<html><body style="margin:0;background:#f3f2f1;font-family:Helvetica,Arial,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px 8px;">
<table width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:8px;">
<tr><td style="padding:18px 24px;"><img src="https://cdn.hireloop.example.com/email/logo.png" alt="HireLoop" width="110"></td></tr>
<tr><td style="padding:0 24px;font-size:14px;color:#2d2d2d;">
<p style="font-size:18px;"><b>8 new jobs</b> for analytics engineer near Austin, TX</p>
<p><a href="https://www.hireloop.example.com/rc/clk?jk=c01&amp;from=ja" style="color:#2557a7;font-weight:bold;">Analytics Engineer II</a><br>Pecan Analytics · Austin, TX · $120K – $145K · <span style="color:#0f7a3d;">Easily apply</span></p>
<p><a href="https://www.hireloop.example.com/rc/clk?jk=c02&amp;from=ja" style="color:#2557a7;font-weight:bold;">Senior Data Analyst, Network Planning</a><br>Bluebonnet Air · Austin, TX</p>
<p><a href="https://www.hireloop.example.com/rc/clk?jk=c03&amp;from=ja" style="color:#2557a7;font-weight:bold;">BI Developer (Contract)</a><br>Apex Staffing · Remote in Texas · $60/hr</p>
<p><a href="https://www.hireloop.example.com/rc/clk?jk=c04&amp;from=ja" style="color:#2557a7;font-weight:bold;">Business Intelligence Manager</a><br>Capital Area Transit Authority · Austin, TX · Posted 1 day ago</p>
<p><a href="https://www.hireloop.example.com/jobs?q=analytics+engineer&amp;l=Austin%2C+TX&amp;from=ja" style="color:#2557a7;">See all jobs</a></p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#767676;border-top:1px solid #e4e2e0;">You are receiving this job alert because you signed up on HireLoop. <a href="https://www.hireloop.example.com/alerts/unsubscribe?id=ja-90133" style="color:#767676;">Unsubscribe</a> · <a href="https://www.hireloop.example.com/alerts/manage" style="color:#767676;">Manage alerts</a></td></tr>
</table></td></tr></table>
<img src="https://www.hireloop.example.com/pagead/open?ja=90133" width="1" height="1" alt="">
</body></html>
""",
    },
    {
        "slug": "newsletter_silence_isnt_a_no",
        "kind": "other", "lang": "en", "company": "", "contact": "",
        "sender": ("The Data Career Letter", "datacareer@letters.example.com"),
        "subject": "The rejection issue: why silence isn't a no (and sometimes is)",
        "date": "2026-03-01 11:00 -0500",
        "structure": "alt", "charset": "utf-8", "cte": "8bit",
        "headers": {"List-Id": "The Data Career Letter <datacareer.letters.example.com>",
                    "List-Unsubscribe": "<https://letters.example.com/datacareer/unsubscribe?token=eyJ1IjoicnZvIn0>",
                    "List-Post": "NO"},
        "html": """<html><body style="margin:0;background:#ffffff;">
<div style="max-width:580px;margin:0 auto;padding:24px 18px;font-family:Charter,Georgia,serif;font-size:18px;line-height:1.6;color:#1a1a1a;">
<p style="font-family:Arial,sans-serif;font-size:13px;color:#777;">The Data Career Letter · Issue 112</p>
<h1 style="font-size:30px;line-height:1.15;">The rejection issue: why silence isn't a no (and sometimes is)</h1>
<p>Last month I asked readers to forward me the worst rejection emails they'd received. You sent 214. A few patterns stood out.</p>
<p><b>"We've decided to move forward with other candidates"</b> is by far the most common phrasing: it showed up in 61% of the emails. Almost none gave a reason.</p>
<p><b>Silence is the real default.</b> Many companies now say up front that "if you don't hear back within four weeks, consider your application unsuccessful." That's an acknowledgement, not a rejection, but it ends the same way for most people.</p>
<p><b>Missed interviews happen to recruiters too.</b> Several of you described waiting on a Zoom for a hiring manager who never showed up.</p>
<p><a href="https://letters.example.com/datacareer/p/the-rejection-issue?utm_source=email&amp;utm_medium=newsletter">Read the full issue on the web</a> · <a href="https://letters.example.com/datacareer/p/the-rejection-issue/comments">Join the discussion</a></p>
<p>Next week: how to tell whether an offer is actually an offer.</p>
<p>— Dana</p>
<hr style="border:none;border-top:1px solid #e5e5e5;">
<p style="font-family:Arial,sans-serif;font-size:12px;color:#888;">You're receiving this because you subscribed to The Data Career Letter. <a href="https://letters.example.com/datacareer/unsubscribe?token=eyJ1IjoicnZvIn0" style="color:#888;">Unsubscribe</a><br>Letters Media Ltd, 20 Eastbourne Terrace, London W2 6LG. Registered in England No 11223344.</p>
</div>
<img src="https://letters.example.com/o/112/rvo.png" width="1" height="1" alt="">
</body></html>
""",
    },
    {
        "slug": "podcast_interview_request",
        "kind": "other", "lang": "en", "company": "", "contact": "nate@stackpod.example.com",
        "sender": ("Nate Holloway", "nate@stackpod.example.com"),
        "subject": "Interview for The Modern Stack podcast?",
        "date": "2026-08-27 14:40 -0500",
        "structure": "plain", "charset": "utf-8", "cte": "7bit",
        "text": """Hi Rodrigo,

I host The Modern Stack, a weekly podcast about analytics engineering (about 12k listeners, mostly practitioners). A listener sent me your blog post on migrating 400 Looker explores to dbt metrics and I'd love to have you on for an interview episode.

We record remotely, it takes about an hour, and we publish about three weeks later. Any Tuesday or Thursday in September works on my side.

Interested? Just reply and I'll send a scheduling link and some prep notes.

Cheers,
Nate Holloway
The Modern Stack
""",
    },
    {
        "slug": "user_research_interview_job_app",
        "kind": "other", "lang": "en", "company": "", "contact": "priya.natarajan@hireloop.example.com",
        "sender": ("Priya Natarajan", "priya.natarajan@hireloop.example.com"),
        "subject": "45-min research interview about your job search? ($75 gift card)",
        "date": "2026-05-05 13:15 -0500",
        "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
        "text": """Hi Rodrigo,

I'm a user researcher at HireLoop. We're talking to people who are searching for jobs in more than one country to understand how they keep track of their applications, and your activity suggests you might be a great fit.

Would you be open to a 45-minute video interview with me sometime in the next two weeks? There are no right or wrong answers - we just want to hear about your experience. As a thank-you, we'll send you a $75 gift card.

If you're interested, reply to this email and I'll share a few time slots.

Thanks so much,
Priya Natarajan
Senior UX Researcher, HireLoop
""",
    },
    {
        "slug": "friend_got_an_offer",
        "kind": "other", "lang": "en", "company": "", "contact": "marcus.lee@mailbox.example.ca",
        "sender": ("Marcus Lee", "marcus.lee@mailbox.example.ca"),
        "subject": "I GOT IT",
        "date": "2026-05-22 19:18 -0400",
        "structure": "plain", "charset": "utf-8", "cte": "7bit",
        "text": """Dude!!!

Remember the bank job I was freaking out about? They called this afternoon and made me an offer!! Senior data scientist, starting in July. Still waiting on the written offer letter but the recruiter said it's a formality.

Drinks are on me when you're in Toronto. Also how did your interview with Northgate go? Did they get back to you yet?

M
""",
    },
    {
        "slug": "own_thank_you_note",
        "kind": "other", "lang": "en", "company": "", "contact": "",
        "sender": CANDIDATE,
        "to": [("Jordan Pike", "jordan@sixthstreetinsights.example.com")],
        "subject": "Thank you - final round",
        "date": "2026-06-16 19:05 -0600",
        "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
        "text": """Hi Jordan,

Thank you for organising today's final round, and please pass my thanks to Elena, Grant and the rest of the team. I really enjoyed the case study discussion, especially the debate about how to model customer lifetime value for the hospitality client.

I'm very excited about the Lead Analytics Engineer role and about the chance to work with the team. Please let me know if you need anything else from me, like references or work samples.

Best regards,
Rodrigo Villaseñor Ocampo
""",
    },
    {
        "slug": "out_of_office_recruiter_en",
        "kind": "other", "lang": "en", "company": "", "contact": "priya.raman@mapleharbourbank.example.ca",
        "sender": ("Priya Raman", "priya.raman@mapleharbourbank.example.ca"),
        "subject": "Automatic reply: Senior Manager, Analytics Engineering – next steps",
        "date": "2026-04-27 09:02 -0400",
        "parent": "<CAJ7pQ2-MHB-feedback@mail.example.mx>",
        "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
        "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        "text": """Thank you for your email. I am out of the office until Monday, May 4, with limited access to email.

For urgent recruiting matters, please contact talent.acquisition@mapleharbourbank.example.ca. Otherwise, I will respond to your message when I return.

Priya Raman
Senior Talent Acquisition Partner
Maple Harbour Bank
""",
    },
    {
        "slug": "recruiter_cold_outreach_en",
        "kind": "other", "lang": "en", "company": "", "contact": "jenna@harbourfrontsearch.example.ca",
        "sender": ("Jenna Walsh", "jenna@harbourfrontsearch.example.ca"),
        "subject": "Open to a chat?",
        "date": "2026-09-21 11:26 -0400",
        "structure": "plain", "charset": "utf-8", "cte": "7bit",
        "text": """Hi Rodrigo,

I came across your profile and your talk on dbt metrics at Toronto Data Week. I'm working with a few Series B and C start-ups in Toronto that are building out analytics engineering functions and looking for their first manager.

No specific role to pitch yet - I'd just love to learn what you're looking for so I can keep you in mind. Would you be open to a 15-minute call sometime next week?

Best,
Jenna Walsh
Principal, Harbourfront Search
""",
    },
    {
        "slug": "conference_talk_not_accepted",
        "kind": "other", "lang": "en", "company": "", "contact": "",
        "sender": ("DataConf Austin Program Committee", "cfp-noreply@dataconfaustin.example.com"),
        "subject": "Your DataConf Austin 2026 proposal",
        "date": "2026-02-26 17:00 -0600",
        "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
        "html": """<html><body style="font-family:Arial,sans-serif;font-size:15px;color:#222;">
<div style="max-width:560px;">
<p>Hi Rodrigo,</p>
<p>Thank you for submitting <i>"From Analyst to Analytics Engineer: what nobody tells you"</i> to DataConf Austin 2026.</p>
<p>We received more than 600 proposals for 48 speaking slots this year. Unfortunately, we are unable to accept your talk. This decision reflects the volume of submissions and the balance of topics in the program, not the quality of your proposal.</p>
<p>We'd still love to see you in Austin: as a thank-you, here is a 30% discount code for a conference pass: <b>CFP30-RVO</b>.</p>
<p>The DataConf Austin Program Committee</p>
<p style="font-size:11px;color:#888;"><a href="https://dataconfaustin.example.com/tickets?code=CFP30-RVO&amp;utm_source=cfp" style="color:#888;">Get your pass</a> · This mailbox is not monitored.</p>
</div>
</body></html>
""",
    },
    {
        "slug": "rental_application_received",
        "kind": "other", "lang": "en", "company": "", "contact": "",
        "sender": ("Parkview Residential Leasing", "leasing-noreply@parkviewresidential.example.ca"),
        "subject": "We've received your rental application – 88 Davenport Rd, Unit 1204",
        "date": "2026-06-14 20:11 -0400",
        "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
        "html": """<html><body style="font-family:Arial,sans-serif;background:#f7f7f7;">
<table width="560" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff;">
<tr><td style="padding:18px 24px;border-bottom:3px solid #2f5d50;"><img src="https://parkviewresidential.example.ca/img/logo.png" alt="Parkview Residential" width="150"></td></tr>
<tr><td style="padding:22px 24px;font-size:15px;line-height:1.6;color:#333;">
<p>Hello Rodrigo,</p>
<p>Thank you for applying to rent <b>88 Davenport Rd, Unit 1204</b> (1 bedroom + den, $2,650/month).</p>
<p>Your application has been received and is now being reviewed. We will run a credit check and contact your references and employer. Applicants who are relocating to Canada may be asked for a letter of employment or an offer letter.</p>
<p>We usually respond within 3 business days.</p>
<p>Parkview Residential Leasing Team</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#999;">This is an automated message from an unmonitored mailbox.</td></tr>
</table>
</body></html>
""",
    },
    {
        "slug": "credential_assessment_received",
        "kind": "other", "lang": "en", "company": "", "contact": "",
        "sender": ("Northern Credential Evaluation Services", "no-reply@ncesonline.example.ca"),
        "subject": "Application received - Educational Credential Assessment #NCE-5521093",
        "date": "2026-07-06 10:45 -0400",
        "structure": "plain", "charset": "utf-8", "cte": "7bit",
        "text": """Dear RODRIGO VILLASENOR OCAMPO,

Your application for an Educational Credential Assessment (ECA) has been received.

Reference number: NCE-5521093
Service: ECA for immigration purposes
Credentials: Licenciatura en Actuaria; Maestria en Ciencia de Datos

Next steps: please ask your institutions to send your official transcripts directly to NCES. Processing begins once all documents have been received; current processing time is 35 business days.

You can track your application at https://www.ncesonline.example.ca/track

Northern Credential Evaluation Services
This mailbox is not monitored.
""",
    },
    {
        "slug": "courier_tried_to_call",
        "kind": "other", "lang": "en", "company": "", "contact": "",
        "sender": ("SwiftParcel", "no-reply@swiftparcel.example.com"),
        "subject": "We tried to deliver your package",
        "date": "2026-06-19 15:02 -0500",
        "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
        "html": """<html><body style="margin:0;background:#f4f4f4;font-family:Arial,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:18px 6px;">
<table width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;">
<tr><td style="padding:16px 22px;background:#4d148c;"><img src="https://www.swiftparcel.example.com/email/logo-white.png" alt="SwiftParcel" width="120"></td></tr>
<tr><td style="padding:22px;font-size:15px;line-height:1.6;color:#333;">
<p><b>Sorry we missed you.</b></p>
<p>We tried to deliver your package today at 2:14 PM and tried to call you, but no one was available to sign for it.</p>
<p>Tracking number: <b>7731 0429 5566</b><br>From: Brazos Outfitters Online<br>To: R. Villasenor, Austin, TX 78704</p>
<p>We'll try again on the next business day, or you can pick it up at a SwiftParcel location after 5:00 PM.</p>
<p><a href="https://www.swiftparcel.example.com/track?num=773104295566&amp;src=email" style="background:#ff6200;color:#fff;padding:10px 18px;text-decoration:none;">Reschedule delivery</a></p>
</td></tr>
<tr><td style="padding:12px 22px;font-size:11px;color:#999;">Please do not reply to this message. © 2026 SwiftParcel.</td></tr>
</table></td></tr></table>
</body></html>
""",
    },
    {
        "slug": "ats_password_reset",
        "kind": "other", "lang": "en", "company": "", "contact": "",
        "sender": ("Lakeshore Retail Group Careers", "lakeshoreretail@myworkday.com"),
        "subject": "Reset your password",
        "date": "2026-05-30 23:17 -0400",
        "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
        "html": """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222;">
<table width="560" cellpadding="0" cellspacing="0"><tr><td style="padding:16px;">
<img src="https://wd3.myworkday.com/lakeshoreretail/assets/lrg-wordmark.png" alt="Lakeshore Retail Group" width="200">
<p>Hello,</p>
<p>We received a request to reset the password for the candidate account associated with rodrigo.vo@example.mx.</p>
<p><a href="https://wd3.myworkday.com/lakeshoreretail/login.htmld?reset=1&amp;token=8d1c44e0" style="color:#006b5f;font-weight:bold;">Reset password</a></p>
<p>This link expires in 30 minutes. If you did not request a password reset, you can ignore this email.</p>
<p style="font-size:11px;color:#777;">This is a system-generated message. Please do not reply.</p>
</td></tr></table>
</body></html>
""",
    },
    {
        "slug": "candidate_experience_survey",
        "kind": "other", "lang": "en", "company": "", "contact": "",
        "sender": ("Bluebonnet Air Candidate Experience", "surveys@candidatepulse.example.com"),
        "subject": "How was your interview experience with Bluebonnet Air?",
        "date": "2026-05-29 10:00 -0500",
        "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
        "headers": {"List-Unsubscribe": "<https://candidatepulse.example.com/optout?s=bba-55102>"},
        "html": """<html><body style="font-family:Arial,sans-serif;background:#ffffff;color:#222;">
<table width="560" align="center" cellpadding="0" cellspacing="0">
<tr><td style="padding:18px 0;"><img src="https://candidatepulse.example.com/logos/bluebonnet.png" alt="Bluebonnet Air" width="140"></td></tr>
<tr><td style="font-size:15px;line-height:1.6;">
<p>Hi Rodrigo,</p>
<p>You recently interviewed for the <b>Senior Analyst, Network Planning</b> role. Whatever the outcome, we'd like to hear how it went.</p>
<p>How likely are you to recommend interviewing at Bluebonnet Air to a friend?</p>
<table cellpadding="0" cellspacing="4"><tr>
<td><a href="https://candidatepulse.example.com/s/bba-55102?score=0" style="padding:6px 10px;border:1px solid #ccc;text-decoration:none;color:#222;">0</a></td>
<td><a href="https://candidatepulse.example.com/s/bba-55102?score=5" style="padding:6px 10px;border:1px solid #ccc;text-decoration:none;color:#222;">5</a></td>
<td><a href="https://candidatepulse.example.com/s/bba-55102?score=10" style="padding:6px 10px;border:1px solid #ccc;text-decoration:none;color:#222;">10</a></td>
</tr></table>
<p>The survey takes 2 minutes and your answers are anonymous; they are not shared with the hiring team.</p>
</td></tr>
<tr><td style="padding-top:18px;font-size:11px;color:#888;">Sent by CandidatePulse on behalf of Bluebonnet Air. <a href="https://candidatepulse.example.com/optout?s=bba-55102" style="color:#888;">Opt out of surveys</a></td></tr>
</table>
</body></html>
""",
    },
    {
        "slug": "credit_union_loan_declined",
        "kind": "other", "lang": "en", "company": "", "contact": "",
        "sender": ("Lone Star Credit Union", "alerts@lonestarcu.example.com"),
        "subject": "Update on your auto loan application",
        "date": "2026-04-03 12:48 -0500",
        "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
        "html": """<html><body style="font-family:Arial,sans-serif;background:#f5f5f5;">
<table width="580" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff;">
<tr><td style="padding:16px 24px;background:#8b1e1e;"><img src="https://www.lonestarcu.example.com/email/lscu-white.png" alt="Lone Star Credit Union" width="170"></td></tr>
<tr><td style="padding:22px 24px;font-size:15px;line-height:1.6;color:#222;">
<p>Dear Rodrigo,</p>
<p>Thank you for applying for an auto loan with Lone Star Credit Union. After reviewing your application, we regret to inform you that it has been declined at this time.</p>
<p>The principal reason for this decision is: <b>insufficient length of U.S. credit history</b>. A written notice with details of your rights under the Equal Credit Opportunity Act will be mailed to you within 30 days.</p>
<p>You may reapply at any time, and a member service representative can walk you through secured credit options.</p>
<p><a href="https://www.lonestarcu.example.com/loans/options?src=decline-email" style="color:#8b1e1e;">Explore other options</a></p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:10px;color:#888;">Federally insured by NCUA. Equal Housing Opportunity. Please do not reply to this automated message.</td></tr>
</table>
</body></html>
""",
    },
    {
        "slug": "waitlist_position_app",
        "kind": "other", "lang": "en", "company": "", "contact": "",
        "sender": ("Cartograph", "hello@cartograph.example.com"),
        "subject": "You're #212 on the waitlist",
        "date": "2026-01-08 16:30 -0600",
        "structure": "plain", "charset": "utf-8", "cte": "7bit",
        "text": """Thanks for joining the Cartograph beta waitlist!

Your current position: #212

Cartograph turns your dbt project into a living map of your data. We're letting in about 50 teams a week.

Want to move up the list? Share your personal invite link - every friend who joins moves you up 10 spots:
https://cartograph.example.com/w/r/rvo7731

See you soon,
The Cartograph team

You're receiving this because you signed up at cartograph.example.com.
""",
    },
]

GERMAN = [
    {
        "slug": "jobs_der_woche_digest",
        "kind": "other", "lang": "de", "company": "", "contact": "",
        "sender": ("Berlin Data Jobs", "newsletter@berlindatajobs.example.de"),
        "subject": "Jobs der Woche: 14 neue Stellen in Data & Analytics",
        "date": "2026-04-06 07:15 +0200",
        "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
        "headers": {"List-Id": "Berlin Data Jobs <jobs.berlindatajobs.example.de>",
                    "List-Unsubscribe": "<https://berlindatajobs.example.de/abmelden?u=rvo7731>",
                    "Precedence": "bulk"},
        "html": """<html><body style="margin:0;background:#f6f6f6;font-family:Helvetica,Arial,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px 6px;">
<table width="580" cellpadding="0" cellspacing="0" style="background:#ffffff;">
<tr><td style="padding:20px 24px;border-bottom:4px solid #ffd400;"><img src="https://berlindatajobs.example.de/img/logo.png" alt="Berlin Data Jobs" width="160"></td></tr>
<tr><td style="padding:18px 24px;font-size:15px;line-height:1.55;color:#222;">
<p>Hallo Rodrigo,</p>
<p>hier sind die 14 neuen Stellen dieser Woche. Unser Tipp: Viele Firmen laden inzwischen schon nach dem ersten Screening zum Gespräch ein – schnell bewerben lohnt sich!</p>
<p><a href="https://berlindatajobs.example.de/r/j/4410?src=nl" style="color:#0050b3;font-weight:bold;">Senior Analytics Engineer (m/w/d)</a><br>Havel Mobility · Berlin-Friedrichshain · 75–90 Tsd. €</p>
<p><a href="https://berlindatajobs.example.de/r/j/4417?src=nl" style="color:#0050b3;font-weight:bold;">BI Developer (Power BI)</a><br>Kiezbank · Berlin-Kreuzberg · hybrid</p>
<p><a href="https://berlindatajobs.example.de/r/j/4423?src=nl" style="color:#0050b3;font-weight:bold;">Data Analyst Netzbetrieb</a><br>Stadtwerke Spreetal · Fürstenwalde/Spree · TV-V</p>
<p><a href="https://berlindatajobs.example.de/r/j/4431?src=nl" style="color:#0050b3;font-weight:bold;">Analytics Engineer (English-speaking)</a><br>Tempelhof Robotics · Berlin-Tempelhof</p>
<p><a href="https://berlindatajobs.example.de/jobs?src=nl-0406" style="color:#0050b3;">Alle 14 Stellen ansehen →</a></p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#888;background:#fafafa;">Du erhältst diesen Newsletter, weil du dich auf berlindatajobs.example.de angemeldet hast. <a href="https://berlindatajobs.example.de/abmelden?u=rvo7731" style="color:#888;">Abmelden</a> · <a href="https://berlindatajobs.example.de/impressum" style="color:#888;">Impressum</a></td></tr>
</table></td></tr></table>
<img src="https://berlindatajobs.example.de/o/0406/rvo7731.gif" width="1" height="1" alt="">
</body></html>
""",
    },
    {
        "slug": "abwesenheitsnotiz_recruiterin",
        "kind": "other", "lang": "de", "company": "", "contact": "julia.neumann@kiezbank.example.de",
        "sender": ("Julia Neumann", "julia.neumann@kiezbank.example.de"),
        "subject": "Abwesenheitsnotiz: Ihre Bewerbung – Lead BI Engineer (m/w/d)",
        "date": "2026-05-28 18:40 +0200",
        "parent": "<CAJ7pQ2-Kiezbank-status@mail.example.mx>",
        "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
        "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        "text": """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 2. Juni nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre E-Mail wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an recruiting@kiezbank.example.de.

Mit freundlichen Grüßen
Julia Neumann
Kiezbank AG
""",
    },
    {
        "slug": "landlord_wohnung_absage",
        "kind": "other", "lang": "de", "company": "", "contact": "renate.krueger@post.example.de",
        "sender": ("Renate Krüger", "renate.krueger@post.example.de"),
        "subject": "Absage Wohnung Schönhauser Allee",
        "date": "2026-08-12 19:55 +0200",
        "structure": "plain", "charset": "utf-8", "cte": "8bit",
        "text": """Sehr geehrter Herr Villaseñor,

vielen Dank für Ihr Interesse an der Zweizimmerwohnung in der Schönhauser Allee und für die vollständigen Unterlagen.

Leider haben wir uns für andere Mietinteressenten entschieden, die bereits in Berlin wohnen und früher einziehen können. Ich wünsche Ihnen viel Glück bei der weiteren Wohnungssuche und einen guten Start in Berlin.

Mit freundlichen Grüßen
Renate Krüger
""",
    },
    {
        "slug": "bank_kreditantrag_eingegangen",
        "kind": "other", "lang": "de", "company": "", "contact": "",
        "sender": ("Kiezbank", "service@kiezbank.example.de"),
        "subject": "Ihr Kreditantrag ist bei uns eingegangen",
        "date": "2026-09-24 11:20 +0200",
        "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
        "html": """<html><body style="font-family:Arial,sans-serif;background:#f4f4f4;">
<table width="580" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff;">
<tr><td style="padding:18px 24px;background:#00a19a;"><img src="https://www.kiezbank.example.de/mail/kiezbank-weiss.png" alt="Kiezbank" width="130"></td></tr>
<tr><td style="padding:22px 24px;font-size:15px;line-height:1.6;color:#222;">
<p>Guten Tag Herr Villaseñor Ocampo,</p>
<p>vielen Dank für Ihren Antrag auf einen <b>Kiez-Ratenkredit</b> über 8.000 EUR. Ihr Antrag ist bei uns eingegangen (Antragsnummer KR-2026-301455).</p>
<p>Wir prüfen Ihre Angaben und melden uns innerhalb von zwei Bankarbeitstagen. Bitte halten Sie Ihre letzten drei Gehaltsabrechnungen bereit.</p>
<p><a href="https://www.kiezbank.example.de/banking/antraege/KR-2026-301455" style="color:#00a19a;font-weight:bold;">Antragsstatus ansehen</a></p>
<p>Freundliche Grüße<br>Ihre Kiezbank</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:10px;color:#888;">Kiezbank AG · Oranienstraße 183 · 10999 Berlin · Amtsgericht Charlottenburg HRB 201455 B. Diese E-Mail wurde automatisch erstellt; bitte antworten Sie nicht darauf.</td></tr>
</table>
</body></html>
""",
    },
]

FRENCH = [
    {
        "slug": "newsletter_rebondir_refus",
        "kind": "other", "lang": "fr", "company": "", "contact": "",
        "sender": ("Carrières & Data", "lettre@carrieresdata.example.com"),
        "subject": "Rebondir après un refus : 5 réflexes à adopter",
        "date": "2026-03-12 08:30 +0100",
        "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
        "headers": {"List-Id": "La lettre Carrieres & Data <lettre.carrieresdata.example.com>",
                    "List-Unsubscribe": "<https://carrieresdata.example.com/desinscription?id=rvo7731>"},
        "html": """<html><body style="margin:0;background:#f7f5ff;">
<div style="max-width:580px;margin:0 auto;padding:26px 18px;font-family:Arial,sans-serif;color:#222;font-size:16px;line-height:1.6;">
<img src="https://carrieresdata.example.com/img/logo.png" alt="Carrières &amp; Data" width="150">
<h1 style="font-size:24px;">Rebondir après un refus : 5 réflexes à adopter</h1>
<p>« Nous ne donnerons pas suite à votre candidature » : la phrase est courte, mais elle peut gâcher une semaine. Voici cinq réflexes pour transformer un refus en étape utile de votre recherche.</p>
<ol>
<li>Prendre 24 heures avant de répondre.</li>
<li>Demander un retour précis, en une seule question.</li>
<li>Mettre à jour votre suivi de candidatures.</li>
<li>Relancer votre réseau plutôt que les offres.</li>
<li>Préparer le prochain entretien en partant des questions qui vous ont mis en difficulté.</li>
</ol>
<p><a href="https://carrieresdata.example.com/r/article/rebondir?utm_source=lettre&amp;utm_medium=email" style="color:#5b3cc4;font-weight:bold;">Lire l'article</a></p>
<p>Aussi cette semaine : <a href="https://carrieresdata.example.com/r/article/salaires-2026">les salaires de la data en 2026</a> et <a href="https://carrieresdata.example.com/r/offres">32 offres d'emploi à Paris, Madrid et Montréal</a>.</p>
<p style="font-size:11px;color:#888;">Vous recevez cette lettre car vous êtes inscrit sur carrieresdata.example.com. <a href="https://carrieresdata.example.com/desinscription?id=rvo7731" style="color:#888;">Se désinscrire</a></p>
</div>
</body></html>
""",
    },
    {
        "slug": "reponse_automatique_absente",
        "kind": "other", "lang": "fr", "company": "",
        "contact": "genevieve.tremblay@caisselaurentienne.example.ca",
        "sender": ("Geneviève Tremblay", "genevieve.tremblay@caisselaurentienne.example.ca"),
        "subject": "Réponse automatique : RE: Entrevue téléphonique – Conseiller(ère) principal(e), intelligence d'affaires",
        "date": "2026-08-20 09:10 -0400",
        "parent": "<CAJ7pQ2-Caisse-suivi@mail.example.mx>",
        "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
        "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        "text": """Bonjour,

Je suis absente du bureau jusqu'au 31 août inclusivement et je n'aurai pas accès à mes courriels.

Pour toute urgence, veuillez communiquer avec l'équipe d'acquisition de talents au 416 555-0100.

Merci,
Geneviève Tremblay
Caisse Laurentienne
""",
    },
    {
        "slug": "magazine_interview_request_fr",
        "kind": "other", "lang": "fr", "company": "", "contact": "s.marchal@lemagdata.example.com",
        "sender": ("Sophie Marchal", "s.marchal@lemagdata.example.com"),
        "subject": "Demande d'interview – dossier « Data en Amérique latine »",
        "date": "2026-06-08 14:02 +0200",
        "structure": "plain", "charset": "utf-8", "cte": "8bit",
        "text": """Bonjour Rodrigo,

Je suis journaliste au Mag Data et je prépare un dossier sur l'essor de l'analytics engineering en Amérique latine pour notre numéro de septembre.

Votre article sur la migration d'une équipe BI vers dbt a beaucoup circulé dans la communauté francophone, et j'aimerais beaucoup vous interviewer (30 à 40 minutes, en visio, en français ou en espagnol selon votre préférence).

Seriez-vous disponible dans les deux prochaines semaines ?

Bien cordialement,

Sophie Marchal
Journaliste – Le Mag Data
+33 6 55 55 01 27
""",
    },
    {
        "slug": "mentorat_candidature_retenue",
        "kind": "other", "lang": "fr", "company": "", "contact": "",
        "sender": ("Réseau Data Francophone", "ne-pas-repondre@reseaudatafr.example.com"),
        "subject": "Votre candidature au programme de mentorat a été retenue",
        "date": "2026-09-03 12:00 +0200",
        "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
        "html": """<html><body style="font-family:Arial,sans-serif;background:#ffffff;color:#222;">
<table width="560" align="center" cellpadding="0" cellspacing="0">
<tr><td style="padding:18px 0;border-bottom:3px solid #e63946;"><img src="https://reseaudatafr.example.com/img/logo.png" alt="Réseau Data Francophone" width="170"></td></tr>
<tr><td style="padding:20px 0;font-size:15px;line-height:1.6;">
<p>Bonjour Rodrigo,</p>
<p>Bonne nouvelle : votre candidature au programme de mentorat 2026-2027 a été retenue ! Vous serez accompagné pendant six mois par une personne mentor expérimentée en management d'équipes data.</p>
<p>La séance d'accueil aura lieu en ligne le jeudi 24 septembre à 18h (heure de Paris). Vous recevrez le nom de votre mentor quelques jours avant.</p>
<p><a href="https://reseaudatafr.example.com/mentorat/espace?utm_source=email" style="color:#e63946;font-weight:bold;">Accéder à mon espace</a></p>
<p>L'équipe du Réseau Data Francophone</p>
</td></tr>
<tr><td style="font-size:11px;color:#888;">Association loi 1901 · Merci de ne pas répondre à ce message automatique.</td></tr>
</table>
</body></html>
""",
    },
    {
        "slug": "ami_raconte_son_entretien",
        "kind": "other", "lang": "fr", "company": "", "contact": "thomas.girard@courriel.example.com",
        "sender": ("Thomas Girard", "thomas.girard@courriel.example.com"),
        "subject": "Mon entretien d'hier 😅",
        "date": "2026-10-06 22:37 +0200",
        "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
        "text": """Salut Rodrigo !

Je te raconte : hier j'ai passé mon entretien final pour le poste de data manager chez un assureur à Lyon. Trois heures, quatre personnes, une étude de cas sur la fraude… et à la fin ils m'ont dit « nous reviendrons vers vous d'ici deux semaines ». Je ne sais pas si c'est bon signe ou pas !

Et toi, tu as des nouvelles de Berlin ? Tu commences bien en octobre ?

On s'appelle ce week-end ?

Thomas
""",
    },
]

MESSAGES = [*SPANISH, *ENGLISH, *GERMAN, *FRENCH]

assert len(SPANISH) == 27 and len(ENGLISH) == 16 and len(GERMAN) == 4 and len(FRENCH) == 5
assert all(spec["kind"] == "other" and not spec["company"] for spec in MESSAGES)
