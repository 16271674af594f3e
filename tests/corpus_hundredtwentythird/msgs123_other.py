"""Everything else that lands in Dario's mailbox, written one by one (hundred-and-twenty-third
corpus): job-board alerts and newsletters, other meanings of interview/application/position,
bank, shop and government mail, friends, out-of-office replies, cold outreach, his own sent mail."""

from __future__ import annotations

from msgs123_common import AUTO, ME, ats_table, newsletter

MESSAGES: list[dict] = [
    # ------------------------------------------------------------------ Spanish
    {
        "kind": "other", "scen": "empleoya_alerta_customer_success", "company": "", "contact": "", "lang": "es",
        "frm": ("EmpleoYa Alertas", "alertas@empleoya.example.mx"),
        "subj": "12 nuevas vacantes de Customer Success para ti en Guadalajara",
        "date": "2026-02-25 07:00 -0600", "mid": "sendgrid", "cte": "quoted-printable",
        "lst": {"id": "Alertas de empleo <alertas.empleoya.example.mx>",
                "unsub": "<https://www.empleoya.example.mx/alertas/baja?a=cs-gdl&u=dmh77>, <mailto:baja-alertas@empleoya.example.mx?subject=cs-gdl>"},
        "html": """<html><body style="margin:0;background:#f3f6fb;font-family:Arial,sans-serif;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;">
<tr><td style="background:#0057ff;padding:14px 24px;"><img src="https://static.empleoya.example.mx/mail/logo-blanco.png" alt="EmpleoYa" height="26"></td></tr>
<tr><td style="padding:20px 24px 6px;font-size:18px;color:#1b2b48;"><b>Hola Dario, estas vacantes coinciden con tu alerta "Customer Success – Guadalajara"</b></td></tr>
<tr><td style="padding:6px 24px;font-size:14px;color:#1b2b48;">
<p><a href="https://clk.empleoya.example.mx/c/v1?j=88121&amp;u=dmh77" style="font-weight:bold;color:#0057ff;">Customer Success Manager</a><br>Nubeluz Software · Zapopan · $45,000 - $55,000 · Publicada hace 1 día</p>
<p><a href="https://clk.empleoya.example.mx/c/v1?j=88190&amp;u=dmh77" style="font-weight:bold;color:#0057ff;">Líder de Soporte Técnico N2</a><br>Empresa confidencial · Guadalajara · Postulación rápida</p>
<p><a href="https://clk.empleoya.example.mx/c/v1?j=88207&amp;u=dmh77" style="font-weight:bold;color:#0057ff;">Team Lead Call Center Bilingüe</a><br>TeleVox Outsourcing · Guadalajara · Entrevista el mismo día</p>
<p><a href="https://clk.empleoya.example.mx/c/v1?j=88233&amp;u=dmh77" style="font-weight:bold;color:#0057ff;">Coordinador de Experiencia del Cliente</a><br>Grupo Zafiro Retail · Zapopan</p>
<p><a href="https://clk.empleoya.example.mx/c/v1?j=88240&amp;u=dmh77" style="font-weight:bold;color:#0057ff;">Customer Success Specialist (inglés avanzado)</a><br>Startup SaaS · Remoto</p>
<p style="text-align:center;padding:10px 0;"><a href="https://clk.empleoya.example.mx/c/todas?a=cs-gdl&amp;u=dmh77" style="background:#0057ff;color:#fff;padding:10px 20px;text-decoration:none;border-radius:4px;">Ver las 12 vacantes</a></p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#8896ab;background:#f8fafc;">Recibes esta alerta porque la creaste en EmpleoYa. <a href="https://www.empleoya.example.mx/alertas/editar?a=cs-gdl" style="color:#8896ab;">Editar alerta</a> · <a href="https://www.empleoya.example.mx/alertas/baja?a=cs-gdl&amp;u=dmh77" style="color:#8896ab;">Darme de baja</a><br>EmpleoYa.mx, S. de R.L. de C.V. · Av. Chapultepec 15, Guadalajara, Jal.</td></tr>
</table>
<img src="https://clk.empleoya.example.mx/o/alerta-cs-gdl-0225.gif" width="1" height="1" alt="">
</body></html>
""",
    },
    {
        "kind": "other", "scen": "trabajocol_empleos_para_ti", "company": "", "contact": "", "lang": "es",
        "frm": ("TrabajoCol", "empleos@alertas.trabajocol.example.co"),
        "subj": "Dario, 8 ofertas nuevas en Bogotá que te pueden interesar",
        "date": "2026-04-27 06:30 -0500", "mid": "sendgrid", "cte": "quoted-printable",
        "lst": {"id": "<ofertas-semanales.trabajocol.example.co>",
                "unsub": "<https://trk.trabajocol.example.co/unsub?u=58812&l=semanal>"},
        "text": AUTO,
        "html": """<div style="background:#f0f4f0;padding:18px;font-family:Tahoma,Arial,sans-serif;">
<table width="560" align="center" cellpadding="0" cellspacing="0" style="background:#fff;font-size:14px;color:#222;">
<tr><td style="padding:18px 24px;"><img src="https://cdn.trabajocol.example.co/img/logo.png" alt="TrabajoCol" height="30"></td></tr>
<tr><td style="padding:0 24px;">
<p>¡Hola Dario! Según tu perfil, estas ofertas son para ti:</p>
<ul>
<li><a href="https://trk.trabajocol.example.co/c?o=771201&amp;u=58812">Jefe de Servicio al Cliente</a> – Movilnet Andina – Bogotá</li>
<li><a href="https://trk.trabajocol.example.co/c?o=771245&amp;u=58812">Líder de Soporte Bilingüe</a> – Nexo Global Services – Bogotá</li>
<li><a href="https://trk.trabajocol.example.co/c?o=771260&amp;u=58812">Customer Success Manager</a> – Kuanto – Bogotá (híbrido)</li>
<li><a href="https://trk.trabajocol.example.co/c?o=771288&amp;u=58812">Analista de Calidad de Contact Center</a> – Importante empresa del sector – Medellín</li>
</ul>
<p><a href="https://trk.trabajocol.example.co/c?l=todas&amp;u=58812">Ver las 8 ofertas</a></p>
<p style="font-size:12px;color:#666;">¿Ya aplicaste? Recuerda que las empresas con el sello "Responde rápido" contestan en menos de 5 días.</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#888;border-top:1px solid #eee;">TrabajoCol S.A.S. · <a href="https://trk.trabajocol.example.co/unsub?u=58812&amp;l=semanal" style="color:#888;">No quiero recibir más este boletín</a></td></tr>
</table>
<img src="https://trk.trabajocol.example.co/open/58812-sem-0427.gif" width="1" height="1" alt="">
</div>
""",
    },
    {
        "kind": "other", "scen": "ofertia_blog_superar_rechazo", "company": "", "contact": "", "lang": "es",
        "frm": ("Blog de Ofertia Empleo", "newsletter@ofertiaempleo.example.es"),
        "subj": "Cómo superar un rechazo laboral (y qué hacer al día siguiente)",
        "date": "2026-03-03 10:00 +0100", "mid": "ses", "cte": "quoted-printable",
        "lst": {"id": "Newsletter Ofertia <newsletter.ofertiaempleo.example.es>",
                "unsub": "<https://t.ofertiaempleo.example.es/baja-newsletter?u=dmh>"},
        "html": newsletter(
            "Ofertia · Consejos de carrera", "Un “no” no define tu carrera. Seis claves para seguir adelante.",
            """<h2 style="font-size:22px;margin:0 0 12px;">Cómo superar un rechazo laboral</h2>
<p>“Lamentablemente, en esta ocasión no has sido seleccionado.” Todos hemos leído esa frase alguna vez. Según nuestra encuesta a 3.200 candidatos, el 68 % recibió al menos cinco negativas antes de conseguir su último empleo.</p>
<p><b>1. Date 24 horas.</b> Es normal sentirse mal; no contestes en caliente.</p>
<p><b>2. Pide feedback</b>, sobre todo si llegaste a la entrevista final.</p>
<p><b>3. Revisa tu CV</b> con la oferta al lado: ¿aparecen las palabras clave?</p>
<p><b>4. No te cierres puertas.</b> Muchas empresas vuelven a llamar a finalistas cuando se abre otra vacante.</p>
<p><a href="https://t.ofertiaempleo.example.es/l/blog-rechazo?u=dmh" class="btn">Leer el artículo completo</a></p>
<hr style="border:none;border-top:1px solid #eee;">
<p style="font-size:14px;"><b>También te puede interesar:</b><br>
<a href="https://t.ofertiaempleo.example.es/l/blog-entrevista-video?u=dmh">10 errores en una videoentrevista</a> ·
<a href="https://t.ofertiaempleo.example.es/l/blog-salario?u=dmh">Cómo negociar tu primera oferta</a></p>""",
            """Recibes esta newsletter porque te suscribiste en Ofertia Empleo.<br>
<a href="https://t.ofertiaempleo.example.es/baja-newsletter?u=dmh">Darse de baja</a> · <a href="https://t.ofertiaempleo.example.es/preferencias?u=dmh">Preferencias</a><br>
Ofertia Empleo, S.L. – C/ Alcalá 21, 28014 Madrid – CIF B00000000""",
            pixel="https://t.ofertiaempleo.example.es/o/nl-0303.gif", brand_color="#ff6a13"),
    },
    {
        "kind": "other", "scen": "boletin_faltaste_a_una_entrevista", "company": "", "contact": "", "lang": "es",
        "frm": ("Carrera con Rumbo", "boletin@carreraconrumbo.example.mx"),
        "subj": "¿Faltaste a una entrevista? Así puedes recuperarte",
        "date": "2026-05-14 08:15 -0600", "mid": "ses", "cte": "quoted-printable",
        "lst": {"id": "Carrera con Rumbo <carreraconrumbo.example.mx>",
                "unsub": "<https://carreraconrumbo.example.mx/action/unsub?t=dmh>"},
        "text": """Carrera con Rumbo · Boletín #37
----------------------------------

Hola, Dario:

Esta semana me escribieron tres lectores con la misma historia: "no me
conecté a la entrevista", "me confundí de hora", "no me presenté porque me
enfermé y no avisé". Si te pasó, respira: tiene arreglo (casi siempre).

1) Escribe el mismo día. Nada de excusas largas: una disculpa, el motivo en
   una línea y dos horarios alternativos.
2) Si fue por zona horaria, dilo. Los reclutadores de Madrid o Toronto
   entienden perfectamente la confusión con Guadalajara.
3) No insistas más de dos veces.

Leer completo: https://carreraconrumbo.example.mx/p/faltaste-a-una-entrevista

Nos leemos el jueves,
Ale Guzmán

--
Recibes este boletín porque te suscribiste en carreraconrumbo.example.mx.
Darte de baja: https://carreraconrumbo.example.mx/action/unsub?t=dmh
""",
        "html": """<html><body style="font-family:Georgia,serif;font-size:17px;line-height:1.6;color:#222;max-width:620px;margin:0 auto;padding:20px;">
<p style="font-family:Arial,sans-serif;font-size:12px;color:#888;">Carrera con Rumbo · Boletín #37</p>
<h1 style="font-size:26px;">¿Faltaste a una entrevista? Así puedes recuperarte</h1>
<p>Hola, Dario:</p>
<p>Esta semana me escribieron tres lectores con la misma historia: “no me conecté a la entrevista”, “me confundí de hora”, “no me presenté porque me enfermé y no avisé”. Si te pasó, respira: tiene arreglo (casi siempre).</p>
<ol><li><b>Escribe el mismo día.</b> Nada de excusas largas: una disculpa, el motivo en una línea y dos horarios alternativos.</li>
<li><b>Si fue por zona horaria, dilo.</b> Los reclutadores de Madrid o Toronto entienden perfectamente la confusión con Guadalajara.</li>
<li><b>No insistas más de dos veces.</b></li></ol>
<p><a href="https://carreraconrumbo.example.mx/p/faltaste-a-una-entrevista?utm_source=email">Leer completo</a></p>
<p>Nos leemos el jueves,<br>Ale Guzmán</p>
<p style="font-family:Arial,sans-serif;font-size:11px;color:#999;">Recibes este boletín porque te suscribiste. <a href="https://carreraconrumbo.example.mx/action/unsub?t=dmh">Darte de baja</a></p>
<img src="https://carreraconrumbo.example.mx/o/37-dmh.gif" width="1" height="1" alt="">
</body></html>
""",
    },
    {
        "kind": "other", "scen": "podcast_voces_contact_center", "html": "GMAIL", "company": "", "contact": "rafa@vocesdelcontactcenter.example.mx",
        "lang": "es",
        "frm": ("Rafa Dueñas", "rafa@vocesdelcontactcenter.example.mx"),
        "subj": "Invitación a entrevista para el podcast",
        "date": "2026-03-12 13:26 -0600", "mid": "gmail", "cte": "quoted-printable",
        "text": """¡Qué tal Dario!

Soy Rafa, conduzco "Voces del Contact Center", un podcast donde platicamos
con gente que empezó en piso y ahora lidera equipos. Te escuché en el meetup
de CX en Guadalajara y me encantó tu historia.

¿Te gustaría venir como invitado? La entrevista dura unos 40 minutos, se
graba por Riverside y sale publicada en Spotify y YouTube. Los temas serían:
cómo pasaste de agente a team lead, el burnout en los call centers y qué
estás aprendiendo de Customer Success en SaaS.

Tenemos fechas de grabación el 26 de marzo o el 2 de abril por la tarde.

¡Saludos!
Rafa Dueñas
Voces del Contact Center · vocesdelcontactcenter.example.mx
""",
    },
    {
        "kind": "other", "scen": "periodista_diario_tapatio", "company": "", "contact": "amedina@diariotapatio.example.mx",
        "lang": "es",
        "frm": ("Andrea Medina", "amedina@diariotapatio.example.mx"),
        "subj": "Solicitud de entrevista – reportaje sobre call centers en Jalisco",
        "date": "2026-06-10 11:42 -0600", "mid": "outlook", "cte": "quoted-printable",
        "text": """Estimado Dario, buen día.

Soy reportera de la sección de Economía de Diario Tapatío. Estoy preparando
un reportaje sobre las condiciones laborales en los call centers de la zona
metropolitana y el "nearshoring" de servicios, y un colega me compartió su
contacto.

¿Estaría dispuesto a concederme una entrevista de unos 30 minutos, por
teléfono o en persona? Puede ser con su nombre o de forma anónima, como usted
prefiera. Me interesa su visión como team lead: rotación, metas, salud mental.

Mi fecha de cierre es el 19 de junio.

Saludos cordiales,
Andrea Medina
Reportera · Diario Tapatío
Tel. 33 3600 1122 ext. 340
""",
    },
    {
        "kind": "other", "scen": "rutafacil_tu_posicion_en_tiempo_real", "company": "", "contact": "", "lang": "es",
        "frm": ("RutaFácil", "no-reply@rutafacil.example.com"),
        "subj": "Estás compartiendo tu posición en tiempo real",
        "date": "2026-04-03 19:02 -0600", "mid": "ses", "cte": "base64",
        "html": """<html><body style="font-family:Roboto,Arial,sans-serif;background:#ffffff;">
<table width="480" align="center" cellpadding="0" cellspacing="0">
<tr><td style="padding:18px 0;"><img src="https://assets.rutafacil.example.com/mail/logo.png" alt="RutaFácil" height="28"></td></tr>
<tr><td style="font-size:15px;color:#202124;line-height:22px;">
<p>Hola Dario,</p>
<p>Empezaste a compartir tu <b>posición en tiempo real</b> con <b>Ana Holt</b> a las 19:01. Podrá ver tu ubicación y tu hora estimada de llegada a <i>Aeropuerto Internacional de Guadalajara</i> durante 1 hora.</p>
<p><a href="https://rutafacil.example.com/share/stop?s=8d72ab" style="color:#1a73e8;">Dejar de compartir</a></p>
<p style="font-size:12px;color:#5f6368;">Si no fuiste tú, revisa la seguridad de tu cuenta.</p>
</td></tr>
<tr><td style="font-size:11px;color:#9aa0a6;padding-top:18px;">RutaFácil · <a href="https://rutafacil.example.com/ajustes/correo" style="color:#9aa0a6;">Ajustes de correo</a></td></tr>
</table></body></html>
""",
    },
    {
        "kind": "other", "scen": "fila_virtual_tramites_posicion", "company": "", "contact": "", "lang": "es",
        "frm": ("Fila Virtual Trámites Vehiculares", "filavirtual@tramites-jal.example.mx"),
        "subj": "Su turno A-114: posición 14 en la fila",
        "date": "2026-05-08 09:47 -0600", "charset": "iso-8859-1", "cte": "quoted-printable",
        "hdr_charset": "iso-8859-1",
        "text": """FILA VIRTUAL - OFICINA DE RECAUDACIÓN ZAPOPAN NORTE

Turno: A-114
Trámite: Refrendo y cambio de propietario
Su posición actual en la fila: 14
Tiempo estimado de espera: 35 minutos

Le enviaremos un nuevo aviso cuando falten 3 turnos. Si no se presenta en
ventanilla al ser llamado, su turno será cancelado y deberá solicitar uno
nuevo.

Mensaje automático. No responda a este correo.
""",
    },
    {
        "kind": "other", "scen": "mercadito_paquete_retrasado", "company": "", "contact": "", "lang": "es",
        "frm": ("Mercadito", "pedidos@mercadito.example.mx"),
        "subj": "Tu paquete viene con retraso 📦",
        "date": "2026-06-22 14:10 -0600", "mid": "ses", "cte": "quoted-printable",
        "html": """<html><body style="margin:0;background:#fafafa;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,sans-serif;color:#333;">
<tr><td style="background:#ffe600;padding:14px 24px;"><img src="https://static.mercadito.example.mx/logo.png" alt="Mercadito" height="30"></td></tr>
<tr><td style="padding:24px;font-size:15px;line-height:22px;">
<p><b>Hola Dario,</b></p>
<p>Lamentablemente tu paquete viene con retraso. La paquetería nos informó de una incidencia en el centro de distribución de Tlaquepaque.</p>
<table cellpadding="8" cellspacing="0" style="border:1px solid #eee;width:100%;"><tr><td><img src="https://static.mercadito.example.mx/p/audifonos.jpg" alt="Audífonos inalámbricos con cancelación de ruido" width="64"></td><td>Audífonos inalámbricos con cancelación de ruido<br><span style="color:#888;">Pedido #2000-5541-7781</span></td></tr></table>
<p>Nueva fecha estimada de entrega: <b>jueves 25 de junio</b>.</p>
<p><a href="https://clicks.mercadito.example.mx/t/seguimiento?o=200055417781" style="background:#3483fa;color:#fff;padding:10px 16px;border-radius:6px;text-decoration:none;">Seguir mi paquete</a></p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#999;">Este correo es automático. Mercadito Comercio Digital, S.A. de C.V. · <a href="https://mercadito.example.mx/privacidad" style="color:#999;">Privacidad</a></td></tr>
</table></td></tr></table>
<img src="https://clicks.mercadito.example.mx/o/200055417781.gif" width="1" height="1" alt="">
</body></html>
""",
    },
    {
        "kind": "other", "scen": "banco_alteno_credito_personal_recibido", "company": "", "contact": "", "lang": "es",
        "frm": ("Banco Alteño", "avisos@bancoalteno.example.mx"),
        "subj": "Recibimos tu solicitud de Crédito Personal",
        "date": "2026-07-03 12:31 -0600", "mid": "ses", "cte": "quoted-printable",
        "html": ats_table(
            "Banco Alteño", "https://bancoalteno.example.mx/img/mail/logo.png",
            """<p>Hola, Dario:</p>
<p>Recibimos tu solicitud de <b>Crédito Personal Alteño</b> por <b>$80,000.00 MXN</b> a 24 meses, folio <b>CP-2026-0718842</b>.</p>
<p>Estamos analizando tu información. En un plazo de hasta 48 horas hábiles te avisaremos por este medio y en la app si tu crédito fue autorizado.</p>
<p>Recuerda que Banco Alteño nunca te pedirá tu NIP ni contraseñas por correo o teléfono.</p>
<p>Atentamente,<br>Banco Alteño</p>""",
            """Banco Alteño, S.A., Institución de Banca Múltiple. CAT promedio 38.9 % sin IVA, informativo. Fecha de cálculo: 01/07/2026.<br>
Consulta términos, condiciones y comisiones en bancoalteno.example.mx. Este correo es informativo; no respondas a este mensaje.<br>
<a href="https://bancoalteno.example.mx/aviso-de-privacidad" style="color:#8a8a8a;">Aviso de privacidad</a>""",
            accent="#8b1e3f", pixel="https://mkt.bancoalteno.example.mx/o/cp-0718842.gif"),
    },
    {
        "kind": "other", "scen": "credito_nube_tarjeta_no_aprobada", "company": "", "contact": "", "lang": "es",
        "frm": ("Crédito Nube", "hola@creditonube.example.mx"),
        "subj": "Sobre tu solicitud de tarjeta",
        "date": "2026-07-21 10:05 -0600", "mid": "sendgrid", "cte": "quoted-printable",
        "text": AUTO,
        "html": """<div style="font-family:'Poppins',Arial,sans-serif;background:#f5f3ff;padding:24px;">
<table width="540" align="center" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:14px;">
<tr><td style="padding:26px 30px 0;"><img src="https://cdn.creditonube.example.mx/email/logo-nube.png" alt="Crédito Nube" height="30"></td></tr>
<tr><td style="padding:18px 30px;font-size:15px;line-height:24px;color:#2e1065;">
<p>Hola Dario,</p>
<p>Gracias por tu interés en la Tarjeta Nube. Lamentamos informarte que, por ahora, <b>tu solicitud no fue aprobada</b>. La decisión se basa en la información de tu historial crediticio y en nuestras políticas internas.</p>
<p>Puedes volver a solicitarla dentro de 90 días. Mientras tanto, nuestra cuenta de débito Nube no requiere buró.</p>
<p><a href="https://go.creditonube.example.mx/debito?utm_source=rechazo_tdc" style="color:#7c3aed;">Conocer la cuenta Nube</a></p>
</td></tr>
<tr><td style="padding:12px 30px 24px;font-size:11px;color:#a1a1aa;">Crédito Nube, S.A.P.I. de C.V., SOFOM, E.N.R. · <a href="https://creditonube.example.mx/baja?u=dmh" style="color:#a1a1aa;">Dejar de recibir correos promocionales</a></td></tr>
</table></div>
""",
    },
    {
        "kind": "other", "scen": "inmobiliaria_retiro_piso_otro_inquilino", "company": "",
        "contact": "sergio@inmoretiro.example.es", "lang": "es",
        "frm": ("Sergio Bermejo", "sergio@inmoretiro.example.es"),
        "subj": "Piso C/ Ibiza 34 - solicitud",
        "date": "2026-04-16 18:22 +0200", "charset": "windows-1252", "cte": "8bit",
        "hdr_charset": "windows-1252", "mid": "outlook_eu",
        "text": """Hola Dario,

Te escribo por la solicitud que nos enviaste para el piso de la calle Ibiza 34,
3º B. Lamentablemente el propietario ha elegido a otro inquilino, que podía
entrar ya el 1 de mayo y aportaba contrato laboral en España.

Te dejo apuntado para pisos similares en Retiro y Salamanca (hasta 1.300 €).
Cuando tengas la oferta de trabajo en firme, me avisas y lo vemos.

Un saludo,
Sergio Bermejo
Inmobiliaria Retiro · Agente
Tel. 91 000 00 47
""",
    },
    {
        "kind": "other", "scen": "amigo_me_batearon_de_nubeluz", "html": "GMAIL", "company": "", "contact": "jesus.lozano84@correo.example.mx",
        "lang": "es",
        "frm": ("Chuy Lozano", "jesus.lozano84@correo.example.mx"),
        "subj": "jajaja adivina",
        "date": "2026-03-20 22:40 -0600", "mid": "gmail", "cte": "8bit",
        "text": """wey adivina quien tambien quedo fuera de Nubeluz jajaja

me llego el correo hoy, el clasico "decidimos avanzar con otros candidatos".
yo ni a la final llegue, a ti por lo menos te invitaron a la oficina.

el sabado vamos por unas chelas y hacemos terapia de rechazados? jaja
tambien te quiero contar de una entrevista que tengo en Ruta Cero la otra
semana

Chuy
""",
    },
    {
        "kind": "other", "scen": "amiga_bogota_entrevista_en_kuanto", "company": "",
        "contact": "manuospina@correo.example.co", "lang": "es",
        "frm": ("Manuela Ospina", "manuospina@correo.example.co"),
        "subj": "tips??",
        "date": "2026-09-07 21:15 -0500", "mid": "apple", "cte": "quoted-printable",
        "text": """Dariooo, ¿cómo vas?

Te cuento que mañana tengo entrevista en Kuanto, ¡para el cargo de analista de
calidad! Me dijeron que tú también estás en proceso con ellos, ¿es cierto?
¿Qué te preguntaron en la técnica? Estoy nerviosa jaja.

Si ganamos los dos, nos vemos en la oficina de la 93 😂

Un abrazo,
Manu

Enviado desde mi iPhone
""",
    },
    {
        "kind": "other", "scen": "enviado_seguimiento_altamira", "company": "", "contact": "", "lang": "es",
        "frm": ME,
        "to": ("Sofía Villarreal", "sofia.villarreal@altamirasearch.example.mx"),
        "subj": "Seguimiento a mi postulación – Director(a) de Soporte",
        "date": "2026-07-24 09:05 -0600", "mid": "gmail", "cte": "quoted-printable",
        "thread": ["key:altamira_unnamed_client_scaleup"],
        "text": """Hola Sofía, buen día.

Espero que estés muy bien. Te escribo para dar seguimiento a nuestra
entrevista del miércoles 15 de julio para la posición de Director(a) de
Soporte. Sigo muy interesado en el proyecto y con disponibilidad para la
siguiente etapa con tu cliente.

Si necesitas alguna referencia adicional o documentación, con gusto te la
envío.

Saludos cordiales,
Dario Menéndez-Holt
+52 33 1876 0021
""",
    },
    {
        "kind": "other", "scen": "enviado_gracias_entrevista_kanbo", "html": "GMAIL", "company": "", "contact": "", "lang": "es",
        "frm": ME,
        "to": ("Núria Vidal", "nuria.vidal@kanbo.example.es"),
        "cc": ("Marc Puigdomènech", "marc.p@kanbo.example.es"),
        "subj": "Gracias por la entrevista",
        "date": "2026-04-01 17:48 -0600", "mid": "gmail", "cte": "quoted-printable",
        "text": """Hola Núria, hola Marc:

Muchas gracias por la conversación de esta mañana. Me quedé con muchas ganas
de seguir hablando de los playbooks de onboarding y de cómo estáis midiendo
el health score de las cuentas.

Como comentamos, os adjunto el enlace al dashboard de ejemplo que construí
para mi equipo actual: https://lookerstudio.example.com/s/dmh-cx-demo

Quedo atento a los siguientes pasos.

Un saludo,
Dario
""",
    },
    {
        "kind": "other", "scen": "respuesta_automatica_fernanda", "company": "", "contact": "fernanda.ibarra@nubeluz.example.mx",
        "lang": "es",
        "frm": ("Fernanda Ibarra", "fernanda.ibarra@nubeluz.example.mx"),
        "subj": "Respuesta automática: Seguimiento entrevista",
        "date": "2026-04-06 08:02 -0600", "mid": "outlook", "cte": "quoted-printable",
        "hdrs": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        "thread": ["<CA+dmhNubeluzOOO0604@mail.gmail.com>"],
        "text": """Hola, gracias por tu mensaje.

Estaré fuera de la oficina del 6 al 10 de abril por vacaciones de Semana
Santa, con acceso limitado al correo. Responderé a mi regreso.

Para temas urgentes de procesos de selección, escribe a talento@nubeluz.example.mx.

Fernanda Ibarra | Talent Acquisition Lead | Nubeluz Software
""",
    },
    {
        "kind": "other", "scen": "cold_outreach_nearshore_cx", "company": "", "contact": "daniela.pineda@nearshorecx.example.mx",
        "lang": "es",
        "frm": ("Daniela Pineda", "daniela.pineda@nearshorecx.example.mx"),
        "subj": "¿Platicamos?",
        "date": "2026-05-27 12:14 -0600", "mid": "gmail",
        "text": """Hola Dario, ¿cómo estás?

Vi tu perfil en LinkedIn y me llamó mucho la atención tu experiencia llevando
equipos bilingües. Estoy apoyando a un cliente en Guadalajara que busca una
Gerencia de Experiencia del Cliente (equipo de ~40 personas, cuentas de EE. UU.).

¿Te interesaría platicar 15 minutos esta semana para contarte más? Si no es
buen momento, no hay problema, me encantaría tenerte en mi red.

Saludos,
Daniela Pineda
Talent Sourcer · NearshoreCX
""",
    },
    {
        "kind": "other", "scen": "agencia_ett_oportunidad_exclamaciones", "company": "",
        "contact": "laura.prieto@grupo-rumbo.example.es", "lang": "es",
        "frm": ("Laura Prieto - Grupo Rumbo ETT", "laura.prieto@grupo-rumbo.example.es"),
        "subj": "¡¡OPORTUNIDAD!! Team Leader bilingüe Madrid – ¡¡incorporación inmediata!!",
        "date": "2026-06-05 09:31 +0200", "mid": "outlook_eu", "cte": "quoted-printable",
        "text": """¡¡Hola Dario!!

¡¡Estamos buscando TEAM LEADERS BILINGÜES (español/inglés) para un importante
servicio de atención al cliente en Madrid!! 🚀

✅ Contrato indefinido tras 6 meses
✅ 28.000 € brutos/año + variable
✅ Turno de mañana
✅ ¡¡Incorporación INMEDIATA!!

¿Te interesa? ¡Envíame tu CV actualizado y tu disponibilidad y te cuento
todo! ¡Corre, que vuelan!

Laura Prieto
Consultora de Selección · Grupo Rumbo ETT
Agencia de colocación autorizada nº 9900000000
""",
    },
    {
        "kind": "other", "scen": "empleoya_perfil_visto", "company": "", "contact": "", "lang": "es",
        "frm": ("EmpleoYa", "notificaciones@empleoya.example.mx"),
        "subj": "Tu perfil fue visto por 7 empresas esta semana 👀",
        "date": "2026-06-01 07:30 -0600", "mid": "sendgrid", "cte": "quoted-printable",
        "lst": {"id": "Resumen semanal EmpleoYa <semanal.empleoya.example.mx>",
                "unsub": "<https://www.empleoya.example.mx/preferencias/baja?u=dmh77&t=resumen>"},
        "html": """<html><body style="margin:0;background:#f3f6fb;font-family:Arial,sans-serif;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;">
<tr><td style="background:#0057ff;padding:14px 24px;"><img src="https://static.empleoya.example.mx/mail/logo-blanco.png" alt="EmpleoYa" height="26"></td></tr>
<tr><td style="padding:24px;font-size:15px;color:#1b2b48;line-height:22px;">
<p style="font-size:40px;font-weight:bold;margin:0;color:#0057ff;">7</p>
<p style="margin:0 0 16px;">empresas vieron tu perfil del 25 al 31 de mayo.</p>
<p>Entre ellas: una empresa de <b>Tecnología</b> en Zapopan, una de <b>Servicios Financieros</b> en CDMX y una <b>agencia de reclutamiento</b>.</p>
<p>Con EmpleoYa Premium puedes ver sus nombres y destacar tu perfil en las búsquedas.</p>
<p><a href="https://clk.empleoya.example.mx/c/premium?u=dmh77&amp;src=resumen" style="background:#0057ff;color:#fff;padding:10px 16px;text-decoration:none;border-radius:4px;">Probar Premium 7 días gratis</a></p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#8896ab;background:#f8fafc;"><a href="https://www.empleoya.example.mx/preferencias/baja?u=dmh77&amp;t=resumen" style="color:#8896ab;">Dejar de recibir el resumen semanal</a> · EmpleoYa.mx, S. de R.L. de C.V.</td></tr>
</table>
<img src="https://clk.empleoya.example.mx/o/resumen-0601.gif" width="1" height="1" alt="">
</body></html>
""",
    },
    {
        "kind": "other", "scen": "cs_summit_bogota_evento", "company": "", "contact": "", "lang": "es",
        "frm": ("CS Summit Latam", "eventos@cssummitlatam.example.co"),
        "subj": "Últimos cupos: Customer Success Summit Bogotá 2026",
        "date": "2026-08-18 09:00 -0500", "mid": "sendgrid", "cte": "quoted-printable",
        "lst": {"id": "CS Summit Latam <comunidad.cssummitlatam.example.co>",
                "unsub": "<https://cssummitlatam.example.co/unsubscribe?e=dmh>"},
        "text": AUTO,
        "html": newsletter(
            "Customer Success Summit · Bogotá 2026", "10 y 11 de septiembre · Ágora Bogotá · Últimos 40 cupos",
            """<p>Hola Dario,</p>
<p>Quedan <b>40 cupos</b> para el encuentro más grande de Customer Success en Latinoamérica. Este año tendremos:</p>
<ul>
<li>Entrevista en vivo con la VP de Customer Success de una fintech unicornio</li>
<li>Taller: cómo pasar de contact center a CS en SaaS (¡con casos reales!)</li>
<li>Feria de empleo con más de 25 empresas que están contratando</li>
</ul>
<p><a class="btn" href="https://cssummitlatam.example.co/r/boletas?utm_source=mail&amp;utm_campaign=ultimos">Comprar mi boleta</a></p>
<p>Usa el código <b>COMUNIDAD15</b> para 15 % de descuento.</p>""",
            """CS Summit Latam S.A.S. · Bogotá, Colombia<br>
Recibes este correo porque te registraste en un evento de la comunidad. <a href="https://cssummitlatam.example.co/unsubscribe?e=dmh">Cancelar suscripción</a>""",
            pixel="https://cssummitlatam.example.co/o/ultimos-0818.gif", brand_color="#5b21b6"),
    },
    {
        "kind": "other", "scen": "recibo_luz_disponible_pdf", "company": "", "contact": "", "lang": "es",
        "frm": ("Suministradora Eléctrica de Occidente", "recibos@seo-energia.example.mx"),
        "subj": "Tu recibo de luz de marzo ya está disponible",
        "date": "2026-03-28 05:12 -0600", "mid": "ses", "cte": "quoted-printable",
        "text": """Estimado cliente DARIO MENENDEZ HOLT:

Tu recibo del periodo 26 ENE 26 - 26 MAR 26 ya está disponible.

Número de servicio: 4123 0098 7712
Total a pagar: $612.00
Fecha límite de pago: 11 ABR 26

Adjuntamos tu recibo en PDF. Paga en línea, en tiendas de conveniencia o
domicilia tu pago.

Este correo es generado automáticamente, favor de no responder.
""",
        "att": [("Recibo_412300987712_MAR26.pdf", [
            "SUMINISTRADORA ELECTRICA DE OCCIDENTE", "Aviso-recibo", "",
            "DARIO MENENDEZ HOLT", "No. de servicio: 4123 0098 7712",
            "Periodo: 26 ENE 26 - 26 MAR 26", "Total a pagar: $612.00", "Fecha limite: 11 ABR 26"])],
    },
    {
        "kind": "other", "scen": "excompanero_carta_recomendacion", "company": "",
        "contact": "eduardo.rangel@correo.example.mx", "lang": "es",
        "frm": ("Lalo Rangel", "eduardo.rangel@correo.example.mx"),
        "subj": "favorsote",
        "date": "2026-02-27 16:33 -0600", "mid": "gmail", "cte": "quoted-printable",
        "text": """Qué onda jefe!

Oye, te quiero pedir un favorsote. Me llamaron para entrevista en TeleVox para
supervisor y me piden una carta de recomendación de mi jefe anterior. ¿Me la
podrías hacer? Tú me conoces mejor que nadie de cuando estuvimos en la campaña
de la aerolínea.

Si puedes, mándamela antes del miércoles, que es la entrevista. Te invito
unos tacos en agradecimiento jaja

Gracias carnal
Lalo
""",
    },
    {
        "kind": "other", "scen": "empleoya_encuesta_entrevista_ruta_cero", "company": "", "contact": "", "lang": "es",
        "frm": ("EmpleoYa", "encuestas@empleoya.example.mx"),
        "subj": "¿Cómo te fue en tu entrevista con Ruta Cero?",
        "date": "2026-02-21 12:00 -0600", "mid": "sendgrid", "cte": "quoted-printable",
        "lst": {"id": "Encuestas EmpleoYa <encuestas.empleoya.example.mx>",
                "unsub": "<https://www.empleoya.example.mx/preferencias/baja?u=dmh77&t=encuestas>"},
        "html": """<html><body style="margin:0;background:#f3f6fb;font-family:Arial,sans-serif;">
<table width="560" align="center" cellpadding="0" cellspacing="0" style="background:#fff;">
<tr><td style="padding:24px;font-size:15px;color:#1b2b48;line-height:22px;">
<p>Hola Dario,</p>
<p>Hace unos días te postulaste a <b>Coordinador de Soporte a Clientes</b> en <b>Ruta Cero</b>. Si ya tuviste entrevista, ¿cómo te fue? Tu opinión ayuda a otros candidatos.</p>
<p style="text-align:center;font-size:28px;">
<a href="https://clk.empleoya.example.mx/enc?r=1&amp;e=rc" style="text-decoration:none;">😞</a>
<a href="https://clk.empleoya.example.mx/enc?r=2&amp;e=rc" style="text-decoration:none;">😐</a>
<a href="https://clk.empleoya.example.mx/enc?r=3&amp;e=rc" style="text-decoration:none;">🙂</a>
<a href="https://clk.empleoya.example.mx/enc?r=4&amp;e=rc" style="text-decoration:none;">😀</a></p>
<p style="font-size:13px;color:#6b7a90;">¿Aún no te han llamado? <a href="https://clk.empleoya.example.mx/enc?r=0&amp;e=rc">Cuéntanos también</a>.</p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#8896ab;background:#f8fafc;"><a href="https://www.empleoya.example.mx/preferencias/baja?u=dmh77&amp;t=encuestas" style="color:#8896ab;">No quiero recibir encuestas</a></td></tr>
</table>
</body></html>
""",
    },
    {
        "kind": "other", "scen": "becas_digitales_no_seleccionada", "company": "", "contact": "", "lang": "es",
        "frm": ("Programa Becas Digitales", "becasdigitales@fundacion-impulsa.example.mx"),
        "subj": "Resultados de la convocatoria Becas Digitales 2026",
        "date": "2026-02-06 18:00 -0600", "charset": "iso-8859-1", "cte": "quoted-printable",
        "text": """Estimado(a) Dario Menéndez-Holt:

Agradecemos su participación en la convocatoria Becas Digitales 2026 para el
Diplomado en Customer Success Management.

Lamentamos informarle que, tras la evaluación del comité, su solicitud no fue
seleccionada en esta ocasión. Recibimos más de 4,000 solicitudes para 150
becas disponibles.

Le invitamos a participar en la próxima convocatoria, que se publicará en
agosto, y a consultar nuestros cursos gratuitos en línea.

Atentamente,
Coordinación del Programa Becas Digitales
Fundación Impulsa

Este correo es informativo. Favor de no responder.
""",
    },
    {
        "kind": "other", "scen": "gimnasio_solicitud_de_baja", "company": "", "contact": "", "lang": "es",
        "frm": ("Fit Zona", "socios@fitzona.example.mx"),
        "subj": "Hemos recibido tu solicitud de baja",
        "date": "2026-08-29 20:18 -0600", "cte": "8bit",
        "text": """Hola Dario,

Hemos recibido tu solicitud de baja de la membresía Plan Anual – Sucursal
Chapultepec. Tu acceso seguirá activo hasta el 30 de septiembre de 2026 y ya
no se realizarán cargos a tu tarjeta a partir de octubre.

¿Te mudas? Si es a otra ciudad con Fit Zona, puedes transferir tu membresía
sin costo.

Gracias por entrenar con nosotros 💪
Equipo Fit Zona
""",
    },
    {
        "kind": "other", "scen": "consulado_cita_visado", "company": "", "contact": "", "lang": "es",
        "frm": ("Sección Consular - Cita previa", "citaprevia-noreply@consulado-es-gdl.example.es"),
        "subj": "Confirmación de cita previa - Visado nacional de trabajo",
        "date": "2026-04-02 10:40 -0600", "cte": "quoted-printable",
        "text": """CONFIRMACIÓN DE CITA PREVIA

Solicitante: MENENDEZ HOLT, DARIO
Pasaporte: G2389104
Trámite: Visado nacional – Trabajo por cuenta ajena
Fecha: 23/04/2026
Hora: 09:20
Lugar: Sección Consular, Guadalajara

Deberá presentarse con 10 minutos de antelación con el formulario de
solicitud, dos fotografías, pasaporte original y copia, y la autorización de
residencia y trabajo concedida al empleador. La falta de cualquier documento
impedirá la admisión a trámite.

Para anular o modificar la cita acceda al sistema de cita previa. Este correo
ha sido generado automáticamente; no responda a este mensaje.
""",
    },
    {
        "kind": "other", "scen": "mentora_preguntas_de_entrevista", "company": "",
        "contact": "lucia.arriaga@mentoriacx.example.mx", "lang": "es",
        "frm": ("Lucía Arriaga", "lucia.arriaga@mentoriacx.example.mx"),
        "subj": "Lo que quedamos el martes",
        "date": "2026-03-04 20:55 -0600", "mid": "gmail", "cte": "quoted-printable",
        "text": """Hola Dario,

Como quedamos en la sesión del martes, te paso las preguntas que más me han
hecho en entrevistas para roles de Customer Success en SaaS. Practícalas en
voz alta, con el método STAR:

1. Cuéntame de una cuenta que estuvo a punto de cancelar. ¿Qué hiciste?
2. ¿Cómo decides a qué clientes dedicarles más tiempo?
3. ¿Qué métricas usarías en tus primeros 90 días?
4. Un cliente pide una función que no existe. ¿Cómo respondes?

Y ojo con la pregunta de "¿por qué dejas el call center?": no hables mal de tu
empleo actual, cuéntalo como evolución.

La próxima sesión es el 18. ¡Tú puedes!

Lucía
Mentora · Programa MentorIA CX
""",
    },
    {
        "kind": "other", "scen": "enviado_fwd_rechazo_quipu_a_ana", "company": "", "contact": "", "lang": "es",
        "frm": ME,
        "to": ("Ana Holt", "ana.holt@correo.example.mx"),
        "subj": "Fwd: Tu proceso con Quipu Pagos",
        "date": "2026-03-27 19:02 -0600", "mid": "gmail", "cte": "quoted-printable",
        "text": """Pues no se dio lo de Bogotá 😕 Te lo reenvío para que veas que por lo menos
me dieron feedback. Hablamos en la noche.

---------- Forwarded message ---------
De: Quipu Pagos <no-reply@greenhouse-mail.io>
Date: vie, 27 mar 2026 a las 17:42
Subject: Tu proceso con Quipu Pagos
To: <dario.mh@example.mx>

Hola Dario,

Muchas gracias por el tiempo que le dedicaste a las conversaciones con Andrés,
con Paola y con el equipo de Soporte la semana pasada.

Después de revisar todas las entrevistas decidimos continuar con otra persona
para el cargo de Support Operations Lead. Fue una decisión difícil: buscábamos
a alguien con más horas de vuelo configurando Zendesk y flujos de
automatización, y ahí otra candidata nos llevaba ventaja.

Un abrazo,
Laura Cifuentes
Talent Partner · Quipu Pagos
""",
    },
    # ------------------------------------------------------------------ English
    {
        "kind": "other", "scen": "support_ops_digest_rejection_issue", "company": "", "contact": "", "lang": "en",
        "frm": ("The Support Ops Digest", "digest@supportopsdigest.example.com"),
        "subj": "#48: Handling rejection like a pro (and 3 open roles)",
        "date": "2026-04-23 06:05 -0500", "mid": "ses", "cte": "quoted-printable",
        "lst": {"id": "The Support Ops Digest <digest.supportopsdigest.example.com>",
                "unsub": "<https://supportopsdigest.example.com/unsubscribe/7f3a>, <mailto:unsubscribe@supportopsdigest.example.com>"},
        "html": newsletter(
            "The Support Ops Digest · #48", "Why 'we've decided not to move forward' isn't the end of the story.",
            """<p>Hey there,</p>
<p>This week's essay is about the email we all dread: <i>"Thank you for your interest… unfortunately we have decided to move forward with other candidates."</i> We asked 14 hiring managers in support and CX what actually happens behind that sentence.</p>
<p><a href="https://links.supportopsdigest.example.com/c/48/essay">Read: What hiring managers mean when they reject you →</a></p>
<h3 style="font-family:Arial,sans-serif;">Three roles we liked</h3>
<p>• <a href="https://links.supportopsdigest.example.com/c/48/job1">Support Operations Analyst</a> – Remote (Americas)<br>
• <a href="https://links.supportopsdigest.example.com/c/48/job2">Head of Customer Support</a> – Toronto<br>
• <a href="https://links.supportopsdigest.example.com/c/48/job3">CX Team Lead, Spanish</a> – Dublin</p>
<h3 style="font-family:Arial,sans-serif;">Tool of the week</h3>
<p>A free QA scorecard template for Zendesk and Intercom. <a href="https://links.supportopsdigest.example.com/c/48/tool">Grab it here</a>.</p>
<p>See you next Thursday,<br>Morgan</p>""",
            """You're receiving this because you subscribed at supportopsdigest.example.com.<br>
<a href="https://supportopsdigest.example.com/unsubscribe/7f3a">Unsubscribe</a> · <a href="https://supportopsdigest.example.com/preferences/7f3a">Update preferences</a><br>
Support Ops Digest LLC, 2810 N Church St, Wilmington, DE 19802""",
            pixel="https://links.supportopsdigest.example.com/o/48-7f3a.gif", brand_color="#1d3557"),
    },
    {
        "kind": "other", "scen": "jobbridge_alert_toronto", "company": "", "contact": "", "lang": "en",
        "frm": ("JobBridge Job Alerts", "jobalerts-noreply@jobbridge.example.com"),
        "subj": "8 new Customer Success jobs in Toronto, ON",
        "date": "2026-07-06 08:00 -0400", "mid": "sendgrid", "cte": "quoted-printable",
        "lst": {"id": "<jobalerts.jobbridge.example.com>",
                "unsub": "<https://www.jobbridge.example.com/alerts/unsubscribe?id=cs-tor-1182>"},
        "html": """<html><body style="margin:0;font-family:Arial,sans-serif;background:#f2f2f2;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;">
<tr><td style="padding:16px 24px;border-bottom:1px solid #ddd;"><img src="https://static.jobbridge.example.com/email/logo.png" alt="JobBridge" height="24"></td></tr>
<tr><td style="padding:18px 24px;font-size:14px;color:#2d2d2d;">
<p style="font-size:17px;"><b>customer success</b> jobs in <b>Toronto, ON</b></p>
<table width="100%" cellpadding="8" cellspacing="0">
<tr><td style="border-bottom:1px solid #eee;"><a href="https://www.jobbridge.example.com/rc/clk?jk=a81f&amp;from=alert" style="color:#2557a7;font-weight:bold;">Customer Success Manager, Spanish Markets</a><br>Lemniscate Systems · Toronto, ON · $85,000–$100,000 a year · Easily apply</td></tr>
<tr><td style="border-bottom:1px solid #eee;"><a href="https://www.jobbridge.example.com/rc/clk?jk=a820&amp;from=alert" style="color:#2557a7;font-weight:bold;">Team Lead, Customer Care (Bilingual)</a><br>Pinecrest Telecom · Toronto, ON · Urgently hiring</td></tr>
<tr><td style="border-bottom:1px solid #eee;"><a href="https://www.jobbridge.example.com/rc/clk?jk=a833&amp;from=alert" style="color:#2557a7;font-weight:bold;">Support Operations Specialist</a><br>Northpeak Software · Hybrid remote in Toronto, ON</td></tr>
<tr><td><a href="https://www.jobbridge.example.com/jobs?q=customer+success&amp;l=Toronto&amp;from=alert" style="color:#2557a7;">See all 8 new jobs</a></td></tr>
</table>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#767676;">You are receiving this job alert because you subscribed with dario.mh@example.mx. <a href="https://www.jobbridge.example.com/alerts/unsubscribe?id=cs-tor-1182" style="color:#767676;">Unsubscribe</a><br>&copy; 2026 JobBridge</td></tr>
</table>
<img src="https://www.jobbridge.example.com/rpc/log/open?id=cs-tor-1182" width="1" height="1" alt="">
</body></html>
""",
    },
    {
        "kind": "other", "scen": "helpdeskly_user_research_interview", "company": "",
        "contact": "maya.chen@helpdeskly.example.com", "lang": "en",
        "frm": ("Maya Chen", "maya.chen@helpdeskly.example.com"),
        "subj": "Quick research interview? ($50 gift card)",
        "date": "2026-05-12 11:30 -0500", "mid": "gmail",
        "text": """Hi Dario,

I'm a UX researcher at Helpdeskly. I noticed your team has been using our
workforce-scheduling add-on for the past year, and I'd love to learn how you
use it day to day.

Would you be up for a 30-minute user interview over Zoom next week? There are
no right or wrong answers - we just want to watch how you build shift plans
and hear what frustrates you. As a thank-you we'll send a $50 gift card.

You can grab a slot here: https://helpdeskly.example.com/research/book?s=wfm-q2

Thanks!
Maya Chen
Senior UX Researcher, Helpdeskly
""",
    },
    {
        "kind": "other", "scen": "shop_parcel_delayed", "company": "", "contact": "", "lang": "en",
        "frm": ("Cartwheel Orders", "no-reply@orders.cartwheel.example.com"),
        "subj": "Update on your order #CW-448812: delivery delayed",
        "date": "2026-03-17 15:40 -0500", "mid": "ses", "cte": "quoted-printable",
        "html": """<html><body style="font-family:Helvetica,Arial,sans-serif;background:#fff;">
<table width="560" align="center" cellpadding="0" cellspacing="0">
<tr><td style="padding:20px 0;"><img src="https://cdn.cartwheel.example.com/mail/logo.png" alt="Cartwheel" height="30"></td></tr>
<tr><td style="font-size:15px;color:#222;line-height:22px;">
<p>Hi Dario,</p>
<p>Unfortunately your package is delayed. Our carrier reported a customs hold on shipments to Mexico, and your order will arrive later than expected.</p>
<p><b>Order:</b> #CW-448812 – Ergonomic headset stand, USB-C hub<br><b>New estimated delivery:</b> March 24 – March 27</p>
<p>Your position in the carrier's clearance queue is updated daily on the tracking page.</p>
<p><a href="https://click.cartwheel.example.com/track/CW-448812" style="background:#111;color:#fff;padding:10px 16px;text-decoration:none;">Track package</a></p>
<p>We're sorry for the wait.<br>Cartwheel Customer Care</p>
</td></tr>
<tr><td style="font-size:11px;color:#888;padding-top:20px;">Cartwheel Inc., 600 Congress Ave, Austin, TX. This is an automated email. <a href="https://cartwheel.example.com/email-preferences" style="color:#888;">Email preferences</a></td></tr>
</table>
<img src="https://click.cartwheel.example.com/o/CW-448812.gif" width="1" height="1" alt="">
</body></html>
""",
    },
    {
        "kind": "other", "scen": "dublin_letting_agent_other_applicant", "company": "",
        "contact": "eoin@harbourlettings.example.ie", "lang": "en",
        "frm": ("Eoin Murphy", "eoin@harbourlettings.example.ie"),
        "subj": "Re: Application - 2 bed, Ringsend",
        "date": "2026-05-29 12:09 +0100", "mid": "outlook_eu",
        "thread": ["<CA+dmhRingsend2805@mail.gmail.com>"],
        "text": """Hi Dario,

Thanks for your application for the apartment on Thorncastle Street. I'm
afraid the landlord has chosen another applicant who was able to view in
person and move in on 1 June.

We'll keep your details on file and let you know if anything similar comes up
in Ringsend or Grand Canal Dock.

Regards,
Eoin Murphy
Harbour Lettings | PSRA Licence No. 004321
""",
    },
    {
        "kind": "other", "scen": "friend_austin_final_round", "company": "", "contact": "jake.whitfield@mailbox.example.com",
        "lang": "en",
        "frm": ("Jake Whitfield", "jake.whitfield@mailbox.example.com"),
        "subj": "Re: final round today!!",
        "date": "2026-05-08 18:22 -0500", "mid": "gmail",
        "thread": ["<CA+jakeW0505final@mail.gmail.com>", "<CA+dmhJake0505re@mail.gmail.com>"],
        "text": """Dude,

Done! Four interviews back to back, the last one with their Head of Support
(Kendra - same person you talked to). I think it went well but who knows.
They said I'd hear by next Friday.

Sorry they passed on you, their loss honestly. Beers when you're in Austin,
my treat either way.

Jake

On Tue, May 5, 2026 at 9:14 PM Dario Menéndez-Holt <dario.mh@example.mx> wrote:
> Good luck on Friday man!! Still waiting to hear back from Saguaro after my
> interview with Kendra. Fingers crossed we both get an offer and end up on
> the same team, haha. Let me know how the final round goes.
>
> D
""",
    },
    {
        "kind": "other", "scen": "sent_thank_you_lumio", "company": "", "contact": "", "lang": "en",
        "frm": ME,
        "to": ("Siobhan Keane", "siobhan.keane@lumiohealth.example.ie"),
        "subj": "Thank you - Support Operations Specialist interview",
        "date": "2026-04-03 18:20 -0600", "mid": "gmail",
        "text": """Hi Siobhan,

Thank you for organising today's interview with Conor and Aoife. I really
enjoyed the conversation and I'm excited about the role and about the
possibility of receiving an offer to join Lumio Health in Dublin.

Best regards,
Dario
""",
    },
    {
        "kind": "other", "scen": "automatic_reply_priya_northpeak", "company": "",
        "contact": "priya.natarajan@northpeak.example.ca", "lang": "en",
        "frm": ("Priya Natarajan", "priya.natarajan@northpeak.example.ca"),
        "subj": "Automatic reply: Following up",
        "date": "2026-02-13 10:01 -0500", "mid": "outlook",
        "hdrs": {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All",
                 "X-MS-Exchange-Inbox-Rules-Loop": "priya.natarajan@northpeak.example.ca"},
        "thread": ["<CA+dmhNorthpeakFU1302@mail.gmail.com>"],
        "text": """Thank you for your email. I'm out of the office until Monday, February 23
with limited access to email. For urgent recruiting matters, please contact
talent@northpeak.example.ca.

Priya
""",
    },
    {
        "kind": "other", "scen": "cold_outreach_toronto_staffing", "company": "",
        "contact": "rachel@northstarstaffing.example.ca", "lang": "en",
        "frm": ("Rachel Kim", "rachel@northstarstaffing.example.ca"),
        "subj": "Open to a chat?",
        "date": "2026-09-10 13:45 -0400", "mid": "gmail",
        "text": """Hi Dario,

I came across your profile while searching for bilingual support leaders who
might consider Toronto. I work with a few SaaS and telecom clients that are
building Spanish-language support teams this fall.

No specific role to pitch yet - I'd just like to understand what you're
looking for so I can keep you in mind. Would you have 15 minutes one day next
week?

Best,
Rachel Kim
Recruitment Consultant, Northstar Staffing
""",
    },
    {
        "kind": "other", "scen": "reference_request_former_agent", "html": "WORD", "html_only": True, "company": "",
        "contact": "owen.price@harbourline.example.com", "lang": "en",
        "frm": ("Owen Price", "owen.price@harbourline.example.com"),
        "subj": "Reference request: Karla Ruiz",
        "date": "2026-06-24 10:37 -0500", "mid": "outlook",
        "text": """Dear Mr. Menéndez-Holt,

Karla Ruiz has applied for a Customer Service Representative position with
Harbourline Insurance and listed you as a professional reference from her time
on your team.

We interviewed Karla last week and would like to make her an offer, subject to
references. Could you spare 10 minutes for a call, or answer the following by
email?

  1. In what capacity and for how long did you supervise Karla?
  2. How would you describe her reliability and attendance?
  3. Would you rehire her?

Thank you in advance for your help.

Owen Price
HR Generalist, Harbourline Insurance
(512) 555-0190
""",
    },
    {
        "kind": "other", "scen": "work_permit_application_received", "company": "", "contact": "", "lang": "en",
        "frm": ("Online Services - Immigration", "do-not-reply@immigration-services.example.ca"),
        "subj": "Your application has been received",
        "date": "2026-09-22 04:12 -0400", "cte": "7bit",
        "text": """This is an automated message. Do not reply.

Your application has been received.

Application type: Work Permit (employer-specific)
Application number: W307781542
Date received: September 21, 2026

We will review your application and contact you if we need more information.
Check your online account for processing times and to see if we have sent
you a message.
""",
    },
    {
        "kind": "other", "scen": "quillnote_waitlist_position", "company": "", "contact": "", "lang": "en",
        "frm": ("Quillnote", "hello@quillnote.example.com"),
        "subj": "You moved up! You're #312 on the waitlist",
        "date": "2026-01-23 14:00 -0600", "mid": "sendgrid", "cte": "quoted-printable",
        "lst": {"id": "<waitlist.quillnote.example.com>", "unsub": "<https://quillnote.example.com/waitlist/leave?t=dmh>"},
        "html": """<html><body style="margin:0;background:#111827;font-family:Inter,Arial,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:40px 12px;">
<table width="480" cellpadding="0" cellspacing="0" style="background:#1f2937;border-radius:16px;color:#f9fafb;">
<tr><td style="padding:32px;text-align:center;">
<img src="https://quillnote.example.com/brand/q-mark.png" alt="Quillnote" width="48">
<p style="font-size:14px;color:#9ca3af;margin:24px 0 4px;">Your position</p>
<p style="font-size:48px;font-weight:800;margin:0;">#312</p>
<p style="font-size:15px;line-height:23px;">You jumped 540 spots this week. Invite 3 friends to skip the line and get early access to AI meeting notes.</p>
<p><a href="https://quillnote.example.com/r/dmh-invite" style="background:#6366f1;color:#fff;padding:12px 22px;border-radius:999px;text-decoration:none;">Share your invite link</a></p>
</td></tr></table>
<p style="font-size:11px;color:#6b7280;">Quillnote · <a href="https://quillnote.example.com/waitlist/leave?t=dmh" style="color:#6b7280;">Leave the waitlist</a></p>
</td></tr></table>
</body></html>
""",
    },
    {
        "kind": "other", "scen": "workvoices_review_your_interview", "company": "", "contact": "", "lang": "en",
        "frm": ("WorkVoices", "community@workvoices.example.com"),
        "subj": "How was your interview at Saguaro Cloud?",
        "date": "2026-04-24 09:20 -0500", "mid": "sendgrid", "cte": "quoted-printable",
        "lst": {"id": "<community.workvoices.example.com>", "unsub": "<https://www.workvoices.example.com/email/unsub?u=8812>"},
        "html": """<html><body style="font-family:Arial,sans-serif;background:#f5f5f5;margin:0;">
<table width="560" align="center" cellpadding="0" cellspacing="0" style="background:#fff;margin-top:16px;">
<tr><td style="padding:18px 24px;background:#0caa41;"><img src="https://static.workvoices.example.com/logo-white.png" alt="WorkVoices" height="24"></td></tr>
<tr><td style="padding:22px 24px;font-size:15px;line-height:22px;color:#333;">
<p>Hi Dario,</p>
<p>Did you recently interview at <b>Saguaro Cloud</b>? Share your interview experience anonymously and help thousands of job seekers prepare.</p>
<p>It takes 2 minutes: what questions they asked, how difficult it was, and whether you got an offer.</p>
<p><a href="https://www.workvoices.example.com/c/review?emp=saguaro-cloud&amp;t=interview&amp;u=8812" style="background:#0caa41;color:#fff;padding:10px 18px;text-decoration:none;border-radius:4px;">Add an interview review</a></p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#999;">WorkVoices, Inc. · <a href="https://www.workvoices.example.com/email/unsub?u=8812" style="color:#999;">Unsubscribe</a></td></tr>
</table>
<img src="https://www.workvoices.example.com/o/8812-0424.gif" width="1" height="1" alt="">
</body></html>
""",
    },
    # ------------------------------------------------------------------ French
    {
        "kind": "other", "scen": "newsletter_entretien_sept_erreurs", "company": "", "contact": "", "lang": "fr",
        "frm": ("Cap Carrière", "lettre@capcarriere.example.com"),
        "subj": "Entretien d'embauche : 7 erreurs qui coûtent le poste",
        "date": "2026-06-16 07:30 +0200", "mid": "ses", "cte": "quoted-printable",
        "lst": {"id": "La lettre Cap Carrière <lettre.capcarriere.example.com>",
                "unsub": "<https://capcarriere.example.com/desinscription?e=dmh>"},
        "html": newsletter(
            "La lettre Cap Carrière", "Arriver en retard, ne pas poser de questions… et 5 autres faux pas.",
            """<p>Bonjour,</p>
<p>Un recruteur sur deux dit avoir écarté un candidat pour une erreur évitable pendant l'entretien. Voici les sept plus fréquentes :</p>
<ol>
<li>Ne pas se présenter sans prévenir (oui, ça arrive plus qu'on ne le pense).</li>
<li>Se tromper de fuseau horaire pour une visio.</li>
<li>Critiquer son employeur actuel.</li>
<li>Ne poser aucune question à la fin.</li>
</ol>
<p><a class="btn" href="https://capcarriere.example.com/go/7-erreurs?utm_source=lettre&amp;utm_medium=email">Lire l'article</a></p>
<p><b>Offres de la semaine :</b> <a href="https://capcarriere.example.com/go/offre-1">Responsable service client – Lyon</a> · <a href="https://capcarriere.example.com/go/offre-2">Customer Success Manager – Barcelone</a></p>""",
            """Vous recevez cette lettre car vous êtes inscrit sur capcarriere.example.com.<br>
<a href="https://capcarriere.example.com/desinscription?e=dmh">Se désinscrire</a> · Cap Carrière SAS, 8 rue du Faubourg Montmartre, 75009 Paris""",
            pixel="https://capcarriere.example.com/o/lettre-0616.gif", brand_color="#c0392b"),
    },
    {
        "kind": "other", "scen": "ami_montreal_refus_et_offre", "company": "",
        "contact": "max.pelletier@courriel.example.ca", "lang": "fr",
        "frm": ("Maxime Pelletier", "max.pelletier@courriel.example.ca"),
        "subj": "des nouvelles de Montréal",
        "date": "2026-07-19 22:04 -0400", "charset": "windows-1252", "cte": "8bit",
        "hdr_charset": "windows-1252", "mid": "apple",
        "text": """Salut Dario!

Ça fait longtemps! Je voulais te donner des nouvelles : je me suis fait
refuser chez Logiciels Boréal (encore!), mais la semaine d’après j’ai reçu une
offre d’une petite boîte de Laval, gestionnaire du soutien technique. J’ai
accepté, je commence le 3 août.

Et toi, ta recherche à Toronto, ça avance? Si jamais tu passes par Montréal,
la bière est sur moi.

À bientôt,
Max
""",
    },
    {
        "kind": "other", "scen": "reponse_automatique_genevieve", "company": "",
        "contact": "genevieve.tremblay@caissehorizon.example.ca", "lang": "fr",
        "frm": ("Geneviève Tremblay", "genevieve.tremblay@caissehorizon.example.ca"),
        "subj": "Réponse automatique : Entrevue du 25 août – changement d'heure",
        "date": "2026-08-22 09:15 -0400", "mid": "outlook", "cte": "quoted-printable",
        "hdrs": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        "thread": ["<CA+dmhCaisseOOO2208@mail.gmail.com>"],
        "text": """Bonjour,

Je suis absente du bureau jusqu'au lundi 24 août inclusivement et n'aurai
qu'un accès limité à mes courriels. Je vous répondrai dès mon retour.

En cas d'urgence, veuillez écrire à talents@caissehorizon.example.ca.

Geneviève Tremblay
Conseillère principale, Acquisition de talents
""",
    },
    {
        "kind": "other", "scen": "caisse_horizon_carte_credit_recue", "company": "", "contact": "", "lang": "fr",
        "frm": ("Caisse Horizon", "notifications@caissehorizon.example.ca"),
        "subj": "Nous avons bien reçu votre demande de carte de crédit",
        "date": "2026-10-02 11:20 -0400", "mid": "ses", "cte": "quoted-printable",
        "text": AUTO,
        "html": ats_table(
            "Caisse Horizon", "https://www.caissehorizon.example.ca/img/courriel/logo.png",
            """<p>Bonjour Dario,</p>
<p>Nous avons bien reçu votre demande de carte de crédit <b>Horizon Remises</b> (dossier n° CR-558102).</p>
<p>Votre demande est à l'étude. Nous vous ferons part de notre décision par courriel d'ici 5 jours ouvrables. Si des documents supplémentaires sont nécessaires (preuve de revenu, statut au Canada), un conseiller communiquera avec vous.</p>
<p>Merci de faire confiance à Caisse Horizon.</p>""",
            """Caisse Horizon est une coopérative de services financiers. Ce courriel vous est envoyé à titre informatif; merci de ne pas y répondre.<br>
<a href="https://www.caissehorizon.example.ca/confidentialite" style="color:#8a8a8a;">Confidentialité</a>""",
            accent="#00704a", pixel="https://trk.caissehorizon.example.ca/o/cr-558102.gif"),
    },
    {
        "kind": "other", "scen": "journaliste_entrevue_radio", "company": "",
        "contact": "slavoie@lequotidien.example.ca", "lang": "fr",
        "frm": ("Sophie Lavoie", "slavoie@lequotidien.example.ca"),
        "subj": "Demande d'entrevue – reportage sur les centres d'appels",
        "date": "2026-09-17 14:50 -0400", "mid": "outlook", "cte": "quoted-printable",
        "text": """Bonjour M. Menéndez-Holt,

Je suis journaliste au Quotidien et je prépare un reportage radio sur les
professionnels latino-américains du service à la clientèle qui envisagent de
s'installer au Canada.

Accepteriez-vous de m'accorder une entrevue d'une vingtaine de minutes, par
téléphone ou par visioconférence, la semaine prochaine? L'entrevue pourrait se
faire en français ou en espagnol, et je peux vous garder anonyme si vous le
souhaitez.

Merci de votre considération,

Sophie Lavoie
Journaliste, Le Quotidien
514 555-0133
""",
    },
    # ------------------------------------------------------------------ German
    {
        "kind": "other", "scen": "karriere_briefing_absagen_deuten", "company": "", "contact": "", "lang": "de",
        "frm": ("Karriere-Briefing", "briefing@karrierebriefing.example.de"),
        "subj": "Absagen richtig deuten – und was Sie daraus lernen",
        "date": "2026-05-05 06:45 +0200", "mid": "ses", "cte": "quoted-printable",
        "lst": {"id": "Karriere-Briefing <briefing.karrierebriefing.example.de>",
                "unsub": "<https://karrierebriefing.example.de/abmelden?u=dmh>"},
        "html": newsletter(
            "Karriere-Briefing", "„Leider müssen wir Ihnen mitteilen…“ – was zwischen den Zeilen steht.",
            """<p>Guten Morgen,</p>
<p>„Leider müssen wir Ihnen mitteilen, dass wir uns für einen anderen Kandidaten entschieden haben.“ Kaum ein Satz wird so oft gelesen – und so selten verstanden. Personalerinnen verraten, welche Formulierungen eine echte Chance für später bedeuten und welche nicht.</p>
<p><a class="btn" href="https://karrierebriefing.example.de/r/absagen-deuten?utm_source=newsletter">Zum Artikel</a></p>
<p><b>Außerdem in dieser Ausgabe:</b></p>
<ul><li><a href="https://karrierebriefing.example.de/r/vorstellungsgespraech-video">Vorstellungsgespräch per Video: 9 Tipps</a></li>
<li><a href="https://karrierebriefing.example.de/r/gehalt">Gehaltsverhandlung im Support</a></li></ul>""",
            """Sie erhalten diesen Newsletter, weil Sie sich auf karrierebriefing.example.de angemeldet haben. <a href="https://karrierebriefing.example.de/abmelden?u=dmh">Abmelden</a><br>
Karriere-Briefing Medien GmbH · Schanzenstraße 12 · 20357 Hamburg · Geschäftsführerin: Petra Wendt · HRB 150099""",
            pixel="https://karrierebriefing.example.de/o/0505-dmh.gif", brand_color="#004b87"),
    },
    {
        "kind": "other", "scen": "abwesenheitsnotiz_sophie_wagner", "company": "",
        "contact": "sophie.wagner@plectra.example.de", "lang": "de",
        "frm": ("Sophie Wagner", "sophie.wagner@plectra.example.de"),
        "subj": "Abwesenheitsnotiz: Terminverschiebung: Ihr Gespräch am 28.05.",
        "date": "2026-05-26 16:20 +0200", "charset": "iso-8859-1", "cte": "quoted-printable",
        "hdr_charset": "iso-8859-1", "mid": "outlook_eu",
        "hdrs": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        "thread": ["key:plectra_terminverschiebung_sie", "<CA+dmhPlectraRe2605@mail.gmail.com>"],
        "text": """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 29.05. nur eingeschränkt erreichbar. Ihre E-Mail
wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an
people@plectra.example.de.

Mit freundlichen Grüßen
Sophie Wagner
""",
    },
    {
        "kind": "other", "scen": "sprachschule_pruefung_anmeldung", "company": "", "contact": "", "lang": "de",
        "frm": ("Sprachschule Hansa – Prüfungsbüro", "noreply@sprachschule-hansa.example.de"),
        "subj": "Ihre Anmeldung zur Prüfung Goethe-Zertifikat B2 ist eingegangen",
        "date": "2026-02-11 10:05 +0100", "cte": "quoted-printable",
        "text": """Sehr geehrter Herr Menéndez-Holt,

wir bestätigen den Eingang Ihrer Anmeldung zur Prüfung Goethe-Zertifikat B2
(Online-Modul Sprechen, alle anderen Module vor Ort) am 21.03.2026.

Anmeldenummer: HB-B2-2026-0377
Prüfungsgebühr: 250,00 EUR – bitte innerhalb von 7 Tagen überweisen.

Ihre Einladung mit Uhrzeiten und Raum erhalten Sie ca. zwei Wochen vor dem
Prüfungstermin.

Mit freundlichen Grüßen
Prüfungsbüro der Sprachschule Hansa

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht.
""",
    },
    {
        "kind": "other", "scen": "headhunter_spannende_position", "company": "",
        "contact": "tobias.rehm@rehm-executive.example.de", "lang": "de",
        "frm": ("Tobias Rehm", "tobias.rehm@rehm-executive.example.de"),
        "subj": "Spannende Position als Head of Customer Support",
        "date": "2026-10-06 09:12 +0200", "mid": "outlook_eu", "cte": "quoted-printable",
        "text": """Sehr geehrter Herr Menéndez-Holt,

ich bin bei meiner Recherche auf Ihr Profil gestoßen und möchte Sie gern auf
eine Position aufmerksam machen, die Sie interessieren könnte: Head of Customer
Support für ein wachstumsstarkes SaaS-Unternehmen mit Hubs in Barcelona und
Lissabon.

Hätten Sie Interesse an einem ersten, unverbindlichen Austausch? Ich freue
mich über eine kurze Rückmeldung.

Mit freundlichen Grüßen
Tobias Rehm
Rehm Executive Search
Maximilianstraße 2 · 80539 München
""",
    },
    {
        "kind": "other", "scen": "visastelle_antrag_eingegangen", "company": "", "contact": "", "lang": "de",
        "frm": ("Visastelle – Online-Antragsportal", "no-reply@visa-portal.example.de"),
        "subj": "Eingangsbestätigung Ihres Antrags",
        "date": "2026-06-12 15:33 +0200", "cte": "quoted-printable",
        "text": """Eingangsbestätigung

Ihr Antrag auf Erteilung einer Chancenkarte (§ 20a AufenthG) ist bei der
zuständigen Auslandsvertretung eingegangen.

Vorgangsnummer: MEX-2026-CK-018842
Antragsteller: MENÉNDEZ HOLT, Dario

Bitte sehen Sie von Sachstandsanfragen ab. Sie werden benachrichtigt, sobald
eine Entscheidung vorliegt oder weitere Unterlagen benötigt werden.

Dies ist eine automatisch erzeugte Nachricht. Antworten an diese Adresse
werden nicht bearbeitet.
""",
    },
]
