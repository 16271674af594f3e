"""Everything else in the mailbox of the 119th corpus (kind: other): no company label."""

from __future__ import annotations

from msgs119_common import ME, ats_card, ats_table, newsletter, pixel, quote, t2h, track

OTH = "other"


def bulk(list_id: str, unsubscribe: str, *, one_click: bool = True) -> list[tuple[str, str]]:
    """The headers a mailing tool adds to a bulk message."""
    headers = [("List-Id", list_id), ("List-Unsubscribe", unsubscribe), ("Precedence", "bulk")]
    if one_click:
        headers.append(("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"))
    return headers


SPECS: list[dict] = [
    # ================================ Spanish ==============================================
    {
        "scenario": "weekly_digest_openings", "kind": OTH, "lang": "es", "company": "", "contact": "",
        "frm": ("EmpleoVerde", "boletin@empleoverde.example.es"),
        "subject": "Boletín semanal: 8 empresas que buscan perfiles ESG y cómo preparar tu entrevista",
        "date": "2026-02-16 07:00 +0100", "charset": "utf-8", "cte": "quoted-printable",
        "headers": bulk("Boletin EmpleoVerde <boletin.empleoverde.example.es>",
                     "<https://www.empleoverde.example.es/baja?u=8812&l=boletin>, <mailto:baja@empleoverde.example.es>"),
        "html": newsletter(
            lang="es", title="EmpleoVerde · Boletín semanal nº 112",
            tracker="https://t.empleoverde.example.es",
            intro="Hola Ingrid, esta semana hemos contado <b>214 ofertas nuevas</b> en sostenibilidad. Te dejamos las más destacadas y un par de lecturas para preparar tus entrevistas.",
            items=[
                ("Técnico/a de Huella de Carbono – Valencia", "Consultora mediana busca perfil con 1-2 años de experiencia en GHG Protocol. Híbrido.", "https://www.empleoverde.example.es/o/55120"),
                ("Responsable ESG – Puerto de Bilbao", "Empresa de estiba. Se valora experiencia en operaciones portuarias.", "https://www.empleoverde.example.es/o/55131"),
                ("Analista de datos climáticos – Barcelona", "Start-up de software climático. Python y SQL imprescindibles.", "https://www.empleoverde.example.es/o/55137"),
                ("Guía: las 10 preguntas que te harán en una entrevista ESG", "Y cómo responder a “¿por qué quieres dejar la logística?” sin sonar a huida.", "https://www.empleoverde.example.es/blog/preguntas-entrevista-esg"),
                ("He recibido un rechazo, ¿y ahora qué?", "Tres lectoras nos cuentan cómo pidieron feedback tras ser descartadas y qué aprendieron.", "https://www.empleoverde.example.es/blog/rechazo-feedback"),
            ],
            footer="""Recibes este boletín porque te suscribiste en empleoverde.example.es. <a href="https://www.empleoverde.example.es/baja?u=8812&amp;l=boletin" style="color:#999999">Darte de baja</a> · <a href="https://www.empleoverde.example.es/preferencias" style="color:#999999">Preferencias</a><br>
EmpleoVerde Plataforma de Empleo S.L. · C/ de Colón 60 · 46004 Valencia · CIF B-00000000"""),
    },
    {
        "scenario": "career_advice_rejection_article", "kind": OTH, "lang": "es", "company": "", "contact": "",
        "frm": ("Carrera Sostenible", "hola@carrerasostenible.example.es"),
        "subject": "Cuando te dicen “no”: cómo leer (de verdad) un correo de rechazo",
        "date": "2026-03-08 08:30 +0100", "charset": "utf-8", "cte": "base64",
        "headers": bulk("Carrera Sostenible <newsletter.carrerasostenible.example.es>",
                     "<https://carrerasostenible.example.es/unsubscribe?e=ingrid.sv%40example.es>"),
        "text": """CARRERA SOSTENIBLE · la newsletter de quien cambia de sector hacia la sostenibilidad

Cuando te dicen "no": cómo leer (de verdad) un correo de rechazo

"Lamentamos comunicarte que tu candidatura no ha sido seleccionada." Esta frase, o
alguna de sus primas ("hemos decidido avanzar con otros perfiles", "la posición ha
quedado cubierta"), llega a la bandeja de entrada de cualquiera que esté cambiando de
sector. Esta semana analizamos qué esconden estos correos y cuándo merece la pena
responder.

1. El rechazo automático a las 48 horas suele significar un filtro de palabras clave.
2. El rechazo después de una entrevista casi siempre admite una petición de feedback.
3. "Guardaremos tu CV" no significa nada... salvo en consultoras pequeñas.

Leer el artículo completo: https://carrerasostenible.example.es/p/leer-un-rechazo

También esta semana:
- Taller online: reescribe tu CV de logística en clave ESG (jueves, 19:00)
- Entrevista con Rocío, que pasó de agente de aduanas a analista de carbono

Te ha llegado este correo porque te suscribiste a Carrera Sostenible.
Darse de baja: https://carrerasostenible.example.es/unsubscribe?e=ingrid.sv%40example.es
""",
        "html": newsletter(
            lang="es", title="Carrera Sostenible", accent="#7a4b9c",
            tracker="https://clicks.carrerasostenible.example.es",
            intro="""<h2 style="font-family:Georgia,serif;margin:0 0 10px 0">Cuando te dicen “no”: cómo leer (de verdad) un correo de rechazo</h2>
<p>«Lamentamos comunicarte que tu candidatura no ha sido seleccionada.» Esta frase, o alguna de sus primas («hemos decidido avanzar con otros perfiles», «la posición ha quedado cubierta»), llega a la bandeja de entrada de cualquiera que esté cambiando de sector. Esta semana analizamos qué esconden estos correos y cuándo merece la pena responder.</p>
<ol><li>El rechazo automático a las 48 horas suele significar un filtro de palabras clave.</li><li>El rechazo después de una entrevista casi siempre admite una petición de feedback.</li><li>«Guardaremos tu CV» no significa nada... salvo en consultoras pequeñas.</li></ol>""",
            items=[
                ("Leer el artículo completo", "Diez minutos de lectura, con plantillas para pedir feedback.", "https://carrerasostenible.example.es/p/leer-un-rechazo"),
                ("Taller online: reescribe tu CV de logística en clave ESG", "Jueves a las 19:00. Plazas limitadas.", "https://carrerasostenible.example.es/taller-cv"),
                ("Entrevista con Rocío", "De agente de aduanas a analista de carbono en 14 meses.", "https://carrerasostenible.example.es/p/entrevista-rocio"),
            ],
            footer="""Te ha llegado este correo porque te suscribiste a Carrera Sostenible. <a href="https://carrerasostenible.example.es/unsubscribe?e=ingrid.sv%40example.es" style="color:#999999">Darse de baja</a>"""),
    },
    {
        "scenario": "job_alert_port_portal", "kind": OTH, "lang": "es", "company": "", "contact": "",
        "frm": ("InfoPuerto Empleo - Alertas", "alertas@infopuerto-empleo.example.es"),
        "subject": "12 nuevas ofertas para «técnico sostenibilidad» en Valencia",
        "date": "2026-04-06 06:15 +0200", "charset": "utf-8", "cte": "quoted-printable",
        "headers": bulk("Alertas InfoPuerto <alertas.infopuerto-empleo.example.es>",
                     "<https://infopuerto-empleo.example.es/alertas/baja/a91>"),
        "html": f"""<html><body style="font-family:Arial,sans-serif;font-size:13px;color:#222;background:#ffffff">
<table width="600" cellpadding="0" cellspacing="0" border="0" align="center">
<tr><td style="background:#004d73;padding:12px 18px"><img src="https://infopuerto-empleo.example.es/img/logo.png" alt="InfoPuerto Empleo" height="26"></td></tr>
<tr><td style="padding:16px 18px">Tu alerta <b>«técnico sostenibilidad» · Valencia · últimas 24 h</b> tiene 12 ofertas nuevas:</td></tr>
<tr><td style="padding:0 18px">
<table width="100%" cellpadding="8" cellspacing="0" border="0" style="border-top:1px solid #ddd">
<tr><td style="border-bottom:1px solid #ddd"><a href="{track('https://t.infopuerto-empleo.example.es', 'https://infopuerto-empleo.example.es/o/1')}" style="color:#004d73;font-weight:bold">Técnico/a de Medio Ambiente portuario</a><br>Terminal de graneles · Sagunto · 26.000–30.000 €</td></tr>
<tr><td style="border-bottom:1px solid #ddd"><a href="{track('https://t.infopuerto-empleo.example.es', 'https://infopuerto-empleo.example.es/o/2')}" style="color:#004d73;font-weight:bold">Administrativo/a de operaciones con reporting de emisiones</a><br>ETT · Puerto de Valencia · Contrato 6 meses</td></tr>
<tr><td style="border-bottom:1px solid #ddd"><a href="{track('https://t.infopuerto-empleo.example.es', 'https://infopuerto-empleo.example.es/o/3')}" style="color:#004d73;font-weight:bold">Analista ESG junior</a><br>Naviera · Valencia · Híbrido</td></tr>
<tr><td style="border-bottom:1px solid #ddd">... y 9 ofertas más. <a href="{track('https://t.infopuerto-empleo.example.es', 'https://infopuerto-empleo.example.es/alertas/a91')}" style="color:#004d73">Ver todas</a></td></tr>
</table></td></tr>
<tr><td style="padding:16px 18px;font-size:11px;color:#888">Recibes esta alerta porque la creaste en InfoPuerto Empleo. <a href="https://infopuerto-empleo.example.es/alertas/baja/a91" style="color:#888">Eliminar alerta</a></td></tr>
</table>
{pixel('https://t.infopuerto-empleo.example.es')}
</body></html>
""",
    },
    {
        "scenario": "friend_forwards_own_rejection", "kind": OTH, "lang": "es", "company": "",
        "contact": "marta.ferrer.p@example.com",
        "frm": ("Marta Ferrer Pons", "marta.ferrer.p@example.com"),
        "subject": "Fwd: Tu candidatura a Técnico/a de Reporting de Sostenibilidad (R-00417)",
        "date": "2026-02-18 21:33 +0100", "charset": "utf-8", "cte": "8bit",
        "text": """Tía, mira lo que me ha llegado hoy de la naviera. Otra vez. Te ha llegado a ti también? Porque nos presentamos las dos a la misma. Qué rabia, de verdad, yo pensaba que con lo de la terminal al menos me llamaban para una entrevista.

Mañana café y me desahogo?? 😩

M.

---------- Forwarded message ---------
De: Naviera Albufera Talent Acquisition <navieraalbufera@myworkday.com>
Date: mié, 18 feb 2026 a las 8:31
Subject: Tu candidatura a Técnico/a de Reporting de Sostenibilidad (R-00417)
To: <marta.ferrer.p@example.com>


Hola Marta:

Gracias por tu interés en el puesto Técnico/a de Reporting de Sostenibilidad (R-00417).
En esta ocasión hemos decidido avanzar con otras candidaturas cuya experiencia se ajusta
más a los requisitos del puesto.

Un saludo cordial,
Equipo de Talent Acquisition
Naviera Albufera, S.A.
""",
    },
    {
        "scenario": "friend_own_interview_tomorrow", "kind": OTH, "lang": "es", "company": "",
        "contact": "lucia.camps@example.com",
        "frm": ("Lucía Camps", "lucia.camps@example.com"),
        "subject": "mañana!!", "date": "2026-05-20 22:47 +0200", "charset": "utf-8", "cte": "quoted-printable",
        "text": """Ingrid!! Mañana tengo la entrevista en Auditores Meseta, la de auditoría de sostenibilidad en Madrid. Estoy de los nervios. Tú hiciste la de ellos el jueves pasado no? Qué te preguntaron? Te pidieron algo de taxonomía o fue más de experiencia?

Si me dan el puesto te invito a una paella en Madrid, que ya sabes que allí son malísimas jajaja

Besos,
Lu
""",
    },
    {
        "scenario": "own_sent_speculative_with_cv", "kind": OTH, "lang": "es", "company": "", "contact": "",
        "frm": ME, "to": [("Transitarios Grau", "administracion@transitariosgrau.example.es")],
        "subject": "Candidatura espontánea - Ingrid Solheim", "date": "2026-01-23 18:40 +0100",
        "charset": "utf-8", "cte": "quoted-printable", "msgid": "<CAO7ingrid0123grau@mail.example.es>",
        "headers": [("User-Agent", "Mozilla Thunderbird")],
        "text": """Buenas tardes:

Me llamo Ingrid Solheim-Vargas y llevo seis años como administrativa de operaciones en
el puerto de Valencia (escalas, documentación aduanera y consumos de terminal). Estoy
terminando un curso de contabilidad de carbono y me gustaría orientar mi carrera hacia
el reporting de sostenibilidad.

Sé que muchas navieras ya piden a sus transitarios datos de emisiones por envío. Si en
algún momento necesitáis a alguien que se ocupe de ello, me encantaría hablar con
vosotros. Os adjunto mi CV.

Muchas gracias por vuestro tiempo.

Un saludo,
Ingrid Solheim-Vargas
646 000 418
""",
        "attach": [("CV_Ingrid_Solheim-Vargas_2026.pdf", [
            "Ingrid Solheim-Vargas - Curriculum vitae",
            "Valencia · ingrid.sv@example.es · 646 000 418",
            "2020-2026  Administrativa de operaciones portuarias (consignataria, Puerto de Valencia)",
            "2018-2020  Auxiliar de aduanas",
            "Formación: Grado en Administración y Dirección de Empresas (Universitat de València)",
            "2025-2026  Curso de contabilidad de carbono (GHG Protocol, ISO 14064)",
            "Idiomas: español, noruego, inglés (C1), francés (B2), alemán (A2)",
        ])],
    },
    {
        "scenario": "own_sent_thank_you", "kind": OTH, "lang": "es", "company": "", "contact": "",
        "frm": ME, "to": [("Jordi Puigventós i Mas", "jordi.puigventos@verdiblau.example.es")],
        "subject": "Gracias por la entrevista de hoy", "date": "2026-04-21 19:22 +0200",
        "charset": "utf-8", "cte": "8bit", "msgid": "<CAO7ingrid0421vib@mail.example.es>",
        "text": """Hola Jordi:

Muchas gracias a ti y a Marina por la entrevista de esta mañana y por el café. Me gustó
mucho conocer cómo trabajáis los proyectos de doble materialidad; me quedé pensando en
lo que comentaste sobre los datos de estiba y te mando, por si te sirve, el enlace a la
guía de la OMI que mencioné: https://www.imo.example.org/ghg-guidance

Quedo a la espera de vuestras noticias.

Un saludo,
Ingrid
""",
    },
    {
        "scenario": "own_sent_withdrawal", "kind": OTH, "lang": "es", "company": "", "contact": "",
        "frm": ME, "to": [("Amaia Solozabal", "amaia.solozabal@nortetalent.example.es")],
        "subject": "Retiro mi candidatura - Responsable de Sostenibilidad",
        "date": "2026-09-10 09:05 +0200", "charset": "iso-8859-1", "cte": "quoted-printable",
        "hcs": "iso-8859-1", "msgid": "<CAO7ingrid0910nt@mail.example.es>",
        "text": """Hola Amaia:

Te escribo para comunicarte que retiro mi candidatura del proceso de Responsable de
Sostenibilidad para vuestro cliente del sector portuario: esta semana he aceptado una
oferta en Valencia y no sería serio seguir adelante.

Muchas gracias por tu trato durante estas semanas. Ojalá coincidamos en el futuro.

Un saludo,
Ingrid Solheim-Vargas
""",
    },
    {
        "scenario": "bank_loan_application_received", "kind": OTH, "lang": "es", "company": "", "contact": "",
        "frm": ("Banca Marítima", "no-responder@bancamaritima.example.es"),
        "subject": "Hemos recibido su solicitud de préstamo", "date": "2026-02-27 12:03 +0100",
        "charset": "utf-8", "cte": "base64",
        "text": """Estimada Ingrid:

Le confirmamos que hemos recibido su solicitud de Préstamo Personal Formación por
importe de 3.200 € a 24 meses.

Nuestro equipo de análisis estudiará su solicitud y le comunicaremos la resolución en un
plazo máximo de 72 horas laborables. Puede consultar el estado en cualquier momento
desde la app o la banca online, en "Mis solicitudes".

Número de solicitud: PF-2026-0093312

Atentamente,
Banca Marítima

Este es un mensaje automático; por favor, no responda.
""",
        "html": ats_table(
            lang="es", logo_src="https://www.bancamaritima.example.es/img/mail/logo.png",
            logo_alt="Banca Marítima", accent="#00508f",
            pixel_base="https://news.bancamaritima.example.es",
            body="""<p>Estimada Ingrid:</p>
<p>Le confirmamos que hemos recibido su <b>solicitud de Préstamo Personal Formación</b> por importe de 3.200 € a 24 meses.</p>
<p>Nuestro equipo de análisis estudiará su solicitud y le comunicaremos la resolución en un plazo máximo de 72 horas laborables. Puede consultar el estado en cualquier momento desde la app o la banca online, en <i>Mis solicitudes</i>.</p>
<p>Número de solicitud: PF-2026-0093312</p>
<p>Atentamente,<br>Banca Marítima</p>""",
            footer="""Este es un mensaje automático; por favor, no responda. Banca Marítima, S.A. Inscrita en el Registro de Entidades del Banco de España con el n.º 0000. Nunca le pediremos sus claves por correo electrónico.<br>
<a href="https://www.bancamaritima.example.es/privacidad" style="color:#888888">Política de privacidad</a>"""),
    },
    {
        "scenario": "bank_financing_declined", "kind": OTH, "lang": "es", "company": "", "contact": "",
        "frm": ("Caja Levantina - Avisos", "avisos@cajalevantina.example.es"),
        "subject": "Resolución de su solicitud de financiación", "date": "2026-03-02 09:47 +0100",
        "charset": "iso-8859-1", "cte": "quoted-printable",
        "text": """Estimada clienta:

Tras estudiar su solicitud de financiación nº 77120-B (tarjeta de crédito Clásica,
límite solicitado 3.000 euros), lamentamos comunicarle que ha sido denegada, al no
cumplirse en este momento los criterios de riesgo de la entidad.

Esta decisión no afecta al resto de productos que tiene contratados con nosotros. Si lo
desea, puede solicitar una revisión en su oficina o a través de la banca a distancia.

Atentamente,
Caja Levantina

Este mensaje ha sido enviado de forma automática. Caja Levantina nunca le solicitará
claves ni coordenadas por correo electrónico.
""",
    },
    {
        "scenario": "flat_application_refused", "kind": OTH, "lang": "es", "company": "", "contact": "",
        "frm": ("PisosLevante", "notificaciones@pisoslevante.example.es"),
        "subject": "El propietario ha descartado tu solicitud para el piso de Russafa",
        "date": "2026-06-18 14:20 +0200", "charset": "utf-8", "cte": "quoted-printable",
        "headers": [("List-Unsubscribe", "<https://pisoslevante.example.es/notificaciones/baja>")],
        "html": f"""<html><body style="margin:0;font-family:Helvetica,Arial,sans-serif;background:#f7f7f7">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px">
<table role="presentation" width="560" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:6px">
<tr><td style="padding:18px 24px;border-bottom:1px solid #eee"><img src="https://pisoslevante.example.es/mail/logo.png" alt="PisosLevante" height="24"></td></tr>
<tr><td style="padding:20px 24px;font-size:15px;line-height:22px;color:#333">
<p>Hola Ingrid,</p>
<p>Lamentablemente, el propietario del <b>piso de 2 habitaciones en C/ de Sueca, Russafa (950 €/mes)</b> ha descartado tu solicitud de alquiler. Ha elegido a otra persona interesada.</p>
<p>¡No te desanimes! Hay 37 pisos nuevos en Russafa y alrededores que encajan con tu búsqueda.</p>
<p><a href="{track('https://clk.pisoslevante.example.es', 'https://pisoslevante.example.es/busqueda/russafa')}" style="background:#e85d2a;color:#fff;padding:10px 16px;border-radius:4px;text-decoration:none">Ver pisos similares</a></p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#999;border-top:1px solid #eee">PisosLevante · <a href="https://pisoslevante.example.es/notificaciones/baja" style="color:#999">No quiero recibir estos avisos</a></td></tr>
</table></td></tr></table>
{pixel('https://clk.pisoslevante.example.es')}
</body></html>
""",
    },
    {
        "scenario": "package_delayed", "kind": OTH, "lang": "es", "company": "", "contact": "",
        "frm": ("EnvíoRápido", "seguimiento@enviorapido.example.es"),
        "subject": "Lamentablemente tu paquete sufre un retraso", "date": "2026-05-20 10:11 +0200",
        "charset": "utf-8", "cte": "quoted-printable",
        "html": f"""<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"></head>
<body style="margin:0;background:#fff;font-family:Arial,sans-serif;color:#333">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="background:#ffcc00;padding:14px 20px"><img src="https://enviorapido.example.es/mail/logo.png" alt="EnvíoRápido" height="30"></td></tr></table>
<table width="600" cellpadding="0" cellspacing="0" style="margin:0 auto"><tr><td style="padding:20px;font-size:14px;line-height:21px">
<p>Hola INGRID,</p>
<p>Lamentablemente tu paquete <b>ER-4480193275ES</b> sufre un retraso por una incidencia en nuestro centro de Ribarroja. La nueva fecha estimada de entrega es el <b>viernes 22 de mayo</b>.</p>
<p>Tu posición en la ruta de reparto se actualizará el mismo día de la entrega.</p>
<p><a href="{track('https://t.enviorapido.example.es', 'https://enviorapido.example.es/seguimiento/ER-4480193275ES')}" style="color:#c00">Seguir mi envío</a> · <a href="{track('https://t.enviorapido.example.es', 'https://enviorapido.example.es/cambiar-entrega')}" style="color:#c00">Cambiar dirección o fecha</a></p>
<p>Sentimos las molestias.<br>El equipo de EnvíoRápido</p>
</td></tr>
<tr><td style="padding:12px 20px;font-size:11px;color:#999">Este correo se envía desde una dirección que no admite respuestas.</td></tr></table>
{pixel('https://t.enviorapido.example.es')}
</body></html>
""",
    },
    {
        "scenario": "gps_app_position", "kind": OTH, "lang": "es", "company": "", "contact": "",
        "frm": ("RutaViva", "no-reply@rutaviva.example.com"),
        "subject": "Tu posición ya no se comparte con Marta", "date": "2026-06-07 20:02 +0200",
        "charset": "utf-8", "cte": "base64",
        "html": f"""<html><body style="font-family:-apple-system,Roboto,sans-serif;background:#f3f6f4;margin:0">
<div style="max-width:480px;margin:0 auto;background:#fff;padding:24px">
<img src="https://rutaviva.example.com/mail/icon.png" alt="RutaViva" width="40" height="40">
<h2 style="font-weight:600;color:#1d3b2a">Compartir posición finalizado</h2>
<p style="font-size:15px;color:#444;line-height:22px">Tu posición en tiempo real ha dejado de compartirse con <b>Marta Ferrer</b> al terminar tu actividad «Ruta en bici Albufera» (38,4 km, 2 h 04 min).</p>
<p style="font-size:15px;color:#444;line-height:22px">Puedes volver a compartir tu ubicación desde la app cuando quieras.</p>
<p><a href="{track('https://e.rutaviva.example.com', 'https://rutaviva.example.com/app/actividad/98211')}" style="color:#1f8a4c">Ver actividad</a></p>
<p style="font-size:11px;color:#999">RutaViva · Gestiona tus <a href="https://rutaviva.example.com/ajustes/notificaciones" style="color:#999">notificaciones</a></p>
</div>
{pixel('https://e.rutaviva.example.com')}
</body></html>
""",
    },
    {
        "scenario": "language_school_waitlist_position", "kind": OTH, "lang": "es", "company": "", "contact": "",
        "frm": ("EOI Valencia - Matrícula", "matricula.noreply@eoi-valencia.example.es"),
        "subject": "Lista de espera Alemán A2 – su posición", "date": "2026-09-14 11:00 +0200",
        "charset": "windows-1252", "cte": "quoted-printable",
        "text": """Estimada alumna:

Le informamos de que, tras la adjudicación de plazas de la primera fase, su solicitud
para el curso de Alemán A2 (modalidad semipresencial, turno de tarde) ha quedado en
lista de espera.

Su posición actual en la lista de espera es la número 37.

Las vacantes que se produzcan se adjudicarán por orden de lista hasta el 9 de octubre.
Si se le adjudica plaza, recibirá un correo con las instrucciones de matrícula.

Escuela Oficial de Idiomas – Valencia
Este mensaje se ha generado automáticamente. No responda a este correo.
""",
    },
    {
        "scenario": "podcast_interview_request", "kind": OTH, "lang": "es", "company": "",
        "contact": "alba@puertoabierto-podcast.example.es",
        "frm": ("Alba Server", "alba@puertoabierto-podcast.example.es"),
        "subject": "¿Te entrevistamos para Puerto Abierto?", "date": "2026-03-23 16:44 +0100",
        "charset": "utf-8", "cte": "quoted-printable",
        "text": """Hola Ingrid,

Soy Alba, presento Puerto Abierto, un podcast sobre la gente que hace funcionar el
puerto de Valencia (estibadores, prácticos, administrativas, consignatarios...). Me pasó
tu contacto Toni Ribes, que dice que estás haciendo el salto de operaciones a
sostenibilidad.

Nos encantaría entrevistarte para un episodio sobre "empleos verdes en el puerto". Sería
una conversación de unos 40 minutos, grabada en el estudio de Ciutat Vella o en remoto,
cuando te venga bien en abril.

No hay ningún compromiso ni te vamos a pedir nada de tu empresa actual. ¿Te apetece?

Un abrazo,
Alba Server
Puerto Abierto · podcast
Instagram / Ivoox: @puertoabiertopod
""",
    },
    {
        "scenario": "press_interview_journalist", "kind": OTH, "lang": "es", "company": "",
        "contact": "rsanchis@cronicaportuaria.example.es",
        "frm": ("Rafa Sanchis", "rsanchis@cronicaportuaria.example.es"),
        "subject": "Entrevista para Crónica Portuaria – mujeres en el puerto",
        "date": "2026-03-05 12:18 +0100", "charset": "windows-1252", "cte": "8bit",
        "text": """Buenos días, Ingrid:

Soy Rafa Sanchis, redactor de Crónica Portuaria. Estamos preparando un reportaje para el
8M sobre mujeres que trabajan en operaciones portuarias y que están dando el salto a
áreas como la sostenibilidad o la digitalización.

¿Te podría hacer una entrevista breve por teléfono esta semana? Serían 15–20 minutos; te
enviaría las citas antes de publicar. También nos vendría bien una foto tuya en el
muelle, si te parece bien.

Gracias y un saludo,

Rafa Sanchis
Redacción · Crónica Portuaria
Tel. 963 000 190
""",
    },
    {
        "scenario": "user_research_interview", "kind": OTH, "lang": "es", "company": "",
        "contact": "ines.prats@muevete.example.es",
        "frm": ("Inés Prats · Muévete Verde", "ines.prats@muevete.example.es"),
        "subject": "¿Nos ayudas? Entrevista de 30 min sobre la app (20 € de regalo)",
        "date": "2026-07-09 10:30 +0200", "charset": "utf-8", "cte": "quoted-printable",
        "text": """Hola Ingrid,

Soy Inés, del equipo de investigación de usuarios de Muévete Verde. Vemos que usas la
app casi a diario para tus trayectos en bici al puerto, ¡gracias!

Estamos rediseñando la sección de "Tu huella de CO2" y nos encantaría entrevistarte 30
minutos por videollamada para entender cómo la usas. No hay respuestas buenas ni malas:
solo queremos escucharte. Como agradecimiento te regalaremos 20 € en saldo.

Si te apetece, responde a este correo con dos o tres huecos que te vayan bien la semana
que viene.

Gracias,
Inés Prats
UX Research · Muévete Verde
""",
        "html": t2h("""Hola Ingrid,

Soy Inés, del equipo de investigación de usuarios de Muévete Verde. Vemos que usas la app casi a diario para tus trayectos en bici al puerto, ¡gracias!

Estamos rediseñando la sección de "Tu huella de CO2" y nos encantaría entrevistarte 30 minutos por videollamada para entender cómo la usas. No hay respuestas buenas ni malas: solo queremos escucharte. Como agradecimiento te regalaremos 20 € en saldo.

Si te apetece, responde a este correo con dos o tres huecos que te vayan bien la semana que viene.

Gracias,
Inés Prats
UX Research · Muévete Verde"""),
    },
    {
        "scenario": "ooo_recruiter_person", "kind": OTH, "lang": "es", "company": "",
        "contact": "marta.soler@getturia.example.es",
        "frm": ("Marta Soler Peris", "marta.soler@getturia.example.es"),
        "subject": "Respuesta automática: Grupo Energético Túria - Convocatoria de entrevista",
        "date": "2026-05-11 12:41 +0200", "charset": "utf-8", "cte": "quoted-printable",
        "irt": "<CAO7ingrid0511get@mail.example.es>",
        "headers": [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        "text": """Gracias por tu mensaje.

Estoy fuera de la oficina hasta el lunes 18 de mayo, con acceso limitado al correo. Lo
leeré a mi vuelta.

Para asuntos urgentes de selección puedes escribir a mi compañero Enric Vidal
(enric.vidal@getturia.example.es).

Marta Soler Peris
Talent Acquisition · Grupo Energético Túria
""",
    },
    {
        "scenario": "cold_outreach_recruiter", "kind": OTH, "lang": "es", "company": "",
        "contact": "javier.roldan@selectia-talento.example.es",
        "frm": ("Javier Roldán", "javier.roldan@selectia-talento.example.es"),
        "subject": "Tu perfil en ProNetwork", "date": "2026-02-10 17:20 +0100",
        "charset": "utf-8", "cte": "8bit",
        "text": """Hola Ingrid, ¿qué tal?

Soy Javier, de Selectia Talento. He visto tu perfil en ProNetwork y me ha llamado la
atención tu paso de operaciones portuarias a huella de carbono: es justo el tipo de
perfil híbrido que nos piden cada vez más nuestros clientes de logística.

Ahora mismo no tengo un proceso concreto que encaje contigo, pero me gustaría tenerte
en nuestra base de datos para los que se abran en los próximos meses. Si te parece
bien, mándame tu CV actualizado y tu pretensión salarial aproximada.

Un saludo,
Javier Roldán
Selectia Talento · Consultoría de selección
""",
    },
    {
        "scenario": "ett_mass_mail_availability", "kind": OTH, "lang": "es", "company": "", "contact": "",
        "frm": ("Temporis ETT", "comunicaciones@temporis-ett.example.es"),
        "subject": "¡¡ACTUALIZA TU DISPONIBILIDAD PARA SEPTIEMBRE!! 📢", "date": "2026-08-27 09:00 +0200",
        "charset": "utf-8", "cte": "quoted-printable",
        "headers": bulk("Candidatos Temporis <candidatos.temporis-ett.example.es>",
                     "<https://www.temporis-ett.example.es/baja?c=33812>"),
        "text": """¡¡HOLA INGRID!!

¡¡Septiembre viene CARGADO de ofertas en el Puerto de Valencia y en la Ribera!! 🚛🍊

Para que podamos contar contigo, ACTUALIZA TU DISPONIBILIDAD en tu área de candidato
ANTES DEL 3 DE SEPTIEMBRE:
https://www.temporis-ett.example.es/candidatos/disponibilidad

✔ Campaña de cítricos (almacenes de Alzira y Carcaixent)
✔ Administración de operaciones portuarias
✔ Técnicos/as de calidad y medio ambiente

¡¡No te quedes sin tu oportunidad!!

Equipo Temporis ETT
www.temporis-ett.example.es

Si no deseas recibir más comunicaciones: https://www.temporis-ett.example.es/baja?c=33812
""",
        "html": f"""<html><body style="font-family:Arial,sans-serif;background:#fff4e0;margin:0">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#ff6f00;color:#fff;padding:20px;font-size:26px;font-weight:bold;text-align:center">¡¡HOLA INGRID!!</td></tr>
<tr><td style="padding:20px;font-size:16px;line-height:24px">
<p>¡¡Septiembre viene <b>CARGADO</b> de ofertas en el Puerto de Valencia y en la Ribera!! 🚛🍊</p>
<p>Para que podamos contar contigo, <b>ACTUALIZA TU DISPONIBILIDAD</b> en tu área de candidato <b>ANTES DEL 3 DE SEPTIEMBRE</b>:</p>
<p style="text-align:center"><a href="{track('https://mkt.temporis-ett.example.es', 'https://www.temporis-ett.example.es/candidatos/disponibilidad')}" style="background:#ff6f00;color:#fff;padding:14px 24px;font-weight:bold;text-decoration:none;border-radius:30px">¡ACTUALIZAR YA!</a></p>
<p>✔ Campaña de cítricos (almacenes de Alzira y Carcaixent)<br>✔ Administración de operaciones portuarias<br>✔ Técnicos/as de calidad y medio ambiente</p>
<p>¡¡No te quedes sin tu oportunidad!!</p>
</td></tr>
<tr><td style="padding:14px;font-size:11px;color:#888;text-align:center">Temporis ETT, S.L. · Autorización administrativa ETT nº 46/0000 · <a href="https://www.temporis-ett.example.es/baja?c=33812" style="color:#888">Darse de baja</a></td></tr>
</table>
{pixel('https://mkt.temporis-ett.example.es')}
</body></html>
""",
    },
    {
        "scenario": "workday_verify_account", "kind": OTH, "lang": "es", "company": "", "contact": "",
        "frm": ("Naviera Albufera Talent Acquisition", "navieraalbufera@myworkday.com"),
        "subject": "Verifica tu dirección de correo electrónico", "date": "2026-02-02 19:04 +0000",
        "charset": "utf-8", "cte": "quoted-printable",
        "headers": [("Auto-Submitted", "auto-generated")],
        "html": ats_table(
            lang="es", logo_src="https://navieraalbufera.wd3.myworkday.com/logo.png",
            logo_alt="Naviera Albufera", accent="#003a70",
            body=f"""<p>Hola:</p>
<p>Has creado una cuenta de candidato en el portal de empleo de Naviera Albufera con esta dirección de correo.</p>
<p>Para activarla, verifica tu dirección en las próximas 24 horas:</p>
<p><a href="{track('https://email.myworkday.com/navieraalbufera', 'https://navieraalbufera.wd3.myworkday.com/verify?token=q8Z2')}" style="background:#003a70;color:#ffffff;padding:10px 18px;text-decoration:none">Verificar cuenta</a></p>
<p>Si no has creado esta cuenta, ignora este mensaje.</p>""",
            footer="Mensaje automático. No respondas a este correo."),
    },
    {
        "scenario": "candidate_experience_survey", "kind": OTH, "lang": "es", "company": "", "contact": "",
        "frm": ("Carbonia Analytics", "no-reply@teamtailor-mail.com"),
        "subject": "¿Qué tal fue tu experiencia con nuestro proceso de selección?",
        "date": "2026-04-09 09:00 +0000", "charset": "utf-8", "cte": "quoted-printable",
        "html": ats_card(
            brand="Carbonia Analytics",
            pixel_base="https://t.teamtailor-mail.com/carbonia",
            body=f"""<p>Hola Ingrid,</p>
<p>Hace poco participaste en uno de nuestros procesos de selección. Queremos mejorar y tu opinión nos ayuda mucho. ¿Nos dedicas un minuto?</p>
<p style="font-size:13px;color:#666">Del 0 al 10, ¿qué probabilidad hay de que recomiendes a un amigo presentarse a una oferta de Carbonia?</p>
<p>{' '.join(f'<a href="{track("https://t.teamtailor-mail.com/carbonia", f"https://carbonia.teamtailor.com/survey/nps?score={n}")}" style="display:inline-block;width:26px;text-align:center;border:1px solid #ccc;padding:4px 0;color:#333;text-decoration:none">{n}</a>' for n in range(11))}</p>
<p>La encuesta es anónima.</p>""",
            footer="Carbonia Analytics · Enviado con Teamtailor · <a href=\"https://carbonia.teamtailor.com/unsubscribe\" style=\"color:#8a8a8a\">No quiero recibir encuestas</a>"),
    },
    {
        "scenario": "webinar_professional_association", "kind": OTH, "lang": "es", "company": "", "contact": "",
        "frm": ("AVPS - Asociación Valenciana de Profesionales de la Sostenibilidad", "comunicacion@avps.example.org"),
        "subject": "Webinar: CSRD para pymes logísticas – jueves 16:00", "date": "2026-05-25 08:05 +0200",
        "charset": "iso-8859-1", "cte": "quoted-printable", "hcs": "utf-8",
        "headers": bulk("Socios AVPS <socios.avps.example.org>",
                     "<mailto:baja@avps.example.org?subject=baja>", one_click=False),
        "html": newsletter(
            lang="es", title="AVPS · Agenda de socios", accent="#2f6f8f",
            tracker="https://mailing.avps.example.org",
            intro="Estimada socia: te recordamos las próximas actividades de la Asociación. Las plazas de los webinars son limitadas y se asignan por orden de inscripción.",
            items=[
                ("Webinar: CSRD para pymes logísticas", "Jueves 28 de mayo, 16:00. Ponente: Carmen Lloret. Qué datos pedirán tus clientes grandes y cómo prepararlos.", "https://avps.example.org/webinar-csrd-pymes"),
                ("Encuentro de networking en la Marina", "Viernes 12 de junio, 19:30. Tinglado 2. Solo socios.", "https://avps.example.org/networking-junio"),
                ("Bolsa de empleo para socios", "Seis ofertas nuevas este mes, entre ellas dos en el sector portuario.", "https://avps.example.org/empleo"),
            ],
            footer="""AVPS · C/ del Pintor Sorolla 5 · 46002 Valencia. Para darte de baja, escribe a <a href="mailto:baja@avps.example.org" style="color:#999999">baja@avps.example.org</a>."""),
    },
    {
        "scenario": "masters_preinscription_received", "kind": OTH, "lang": "es", "company": "", "contact": "",
        "frm": ("Escuela de Negocios Mediterránea - Admisiones", "admisiones-noreply@enmediterranea.example.es"),
        "subject": "Hemos recibido su solicitud de preinscripción", "date": "2026-06-22 19:40 +0200",
        "charset": "utf-8", "cte": "8bit",
        "text": """Estimada Ingrid Solheim-Vargas:

Hemos recibido correctamente su solicitud de preinscripción en el Máster en Gestión de
la Sostenibilidad y Reporting ESG (edición online, octubre 2026).

El Comité de Admisiones evaluará su expediente en un plazo de 15 días. Si es admitida,
recibirá la carta de admisión y las instrucciones para formalizar la reserva de plaza.

Número de solicitud: ENM-26-1184

Atentamente,
Oficina de Admisiones
Escuela de Negocios Mediterránea
""",
        "html": t2h("""Estimada Ingrid Solheim-Vargas:

Hemos recibido correctamente su solicitud de preinscripción en el Máster en Gestión de la Sostenibilidad y Reporting ESG (edición online, octubre 2026).

El Comité de Admisiones evaluará su expediente en un plazo de 15 días. Si es admitida, recibirá la carta de admisión y las instrucciones para formalizar la reserva de plaza.

Número de solicitud: ENM-26-1184

Atentamente,
Oficina de Admisiones
Escuela de Negocios Mediterránea"""),
    },
    {
        "scenario": "mother_asks_about_interview", "kind": OTH, "lang": "es", "company": "",
        "contact": "carmenvargas58@example.com",
        "frm": ("Carmen Vargas", "carmenvargas58@example.com"),
        "subject": "y que tal?", "date": "2026-04-16 21:15 +0200", "charset": "iso-8859-1", "cte": "8bit",
        "text": """Hija que tal la entrevista de hoy con los de Bilbao?? No me has llamado y tu padre esta preguntando todo el rato. Si te cogen te vas a Bilbao??? Bueno ya me contaras.

El domingo comemos en casa, tu hermano trae a los niños. Trae el postre.

Un beso muy grande
MAMA
""",
    },
    {
        "scenario": "former_colleague_coffee", "kind": OTH, "lang": "es", "company": "",
        "contact": "toni.ribes@example.es",
        "frm": ("Toni Ribes", "toni.ribes@example.es"),
        "subject": "Café con Sergi (Verd & Blau)", "date": "2026-03-18 13:02 +0100",
        "charset": "utf-8", "cte": "quoted-printable",
        "text": """Hola Ingrid!

Lo que te comenté el otro día: mi cuñado Sergi trabaja en Verd & Blau, la consultora de
Barcelona, y le he hablado de ti. Dice que encantado de tomar un café contigo la próxima
vez que vayas por allí, o una videollamada, para contarte cómo es el día a día en
consultoría ESG.

Ojo, que no es una entrevista ni nada formal, es sólo para que te haga una idea. Su
correo es sergi.bosch@example.com, escríbele tú directamente.

Y a ver si quedamos antes con los del puerto, que desde la cena de Navidad nada.

Abrazo,
Toni
""",
    },
    {
        "scenario": "utility_bill", "kind": OTH, "lang": "es", "company": "", "contact": "",
        "frm": ("Energías del Levante Clientes", "facturas@clientes.energiaslevante.example.es"),
        "subject": "Ya tienes disponible tu factura de luz de julio", "date": "2026-08-03 06:40 +0200",
        "charset": "utf-8", "cte": "quoted-printable",
        "html": ats_table(
            lang="es", logo_src="https://clientes.energiaslevante.example.es/img/logo-edl.png",
            logo_alt="Energías del Levante", accent="#f29100",
            pixel_base="https://m.clientes.energiaslevante.example.es",
            body=f"""<p>Hola Ingrid,</p>
<p>Tu factura de electricidad del periodo <b>01/07/2026 – 31/07/2026</b> ya está disponible.</p>
<table cellpadding="6" cellspacing="0" border="0" style="background:#fff7ea;width:100%"><tr><td>Importe</td><td style="text-align:right;font-size:20px;font-weight:bold">48,37 €</td></tr>
<tr><td>Consumo</td><td style="text-align:right">212 kWh</td></tr><tr><td>Fecha de cargo</td><td style="text-align:right">10/08/2026</td></tr></table>
<p>Este mes tu consumo ha sido un 8 % inferior al de julio del año pasado. ¡Bien hecho! 🌱</p>
<p><a href="{track('https://m.clientes.energiaslevante.example.es', 'https://clientes.energiaslevante.example.es/facturas')}" style="background:#f29100;color:#fff;padding:10px 16px;text-decoration:none">Ver mi factura</a></p>""",
            footer="Energías del Levante Comercializadora, S.L.U. · No respondas a este correo. <a href=\"https://clientes.energiaslevante.example.es/baja-comunicaciones\" style=\"color:#888888\">Baja de comunicaciones comerciales</a>"),
    },
    {
        "scenario": "friend_forwards_job_ad", "kind": OTH, "lang": "es", "company": "",
        "contact": "pere.llorca@example.com",
        "frm": ("Pere Llorca", "pere.llorca@example.com"),
        "subject": "Fwd: [Ofertas internas] Técnico/a de sostenibilidad – Alicante",
        "date": "2026-07-28 08:58 +0200", "charset": "utf-8", "cte": "quoted-printable",
        "text": """Ingrid, mira esto que ha salido en mi empresa. Es en Alicante pero igual te interesa. Si quieres te recomiendo yo, que por referido me dan 500 € jaja. Dime algo!

Pere

---------- Forwarded message ---------
De: Comunicación Interna <comunicacion.interna@grupoalicantino.example.es>
Date: lun, 27 jul 2026 a las 17:30
Subject: [Ofertas internas] Técnico/a de sostenibilidad – Alicante
To: <todos@grupoalicantino.example.es>


Hola a todos,

Abrimos una vacante de Técnico/a de sostenibilidad en la oficina de Alicante. Funciones:
cálculo de la huella de carbono corporativa, coordinación del informe de sostenibilidad
y relación con clientes que piden datos de emisiones.

Si conocéis a alguien que encaje, podéis recomendarlo a través del programa de
referidos antes del 15 de agosto. ¡Gracias!

Comunicación Interna
""",
    },
    {
        "scenario": "own_sent_accepts_offer", "kind": OTH, "lang": "es", "company": "", "contact": "",
        "frm": ME, "to": [("Raquel Montesinos", "raquel.montesinos@temporis-ett.example.es")],
        "subject": "Re: ¡¡ENHORABUENA INGRID!! 🍊", "date": "2026-09-09 08:31 +0200",
        "charset": "utf-8", "cte": "quoted-printable", "irt": "<b7.temporis.0908@temporis-ett.example.es>",
        "text": f"""Hola Raquel:

¡Qué alegría! Te confirmo por escrito lo que te dije ayer por teléfono: acepto la oferta
de Cítricos Ribera Alta y puedo incorporarme el lunes 21 de septiembre.

Dime qué documentación necesitas para el contrato y te la mando hoy mismo.

Gracias por todo,
Ingrid

El mar, 8 sept 2026 a las 12:44, Raquel Montesinos | Temporis ETT
(<raquel.montesinos@temporis-ett.example.es>) escribió:
{quote('''¡¡¡Hola Ingrid!!!

Te llamo en 5 minutos pero no me aguanto: CÍTRICOS RIBERA ALTA quiere contar contigo
como Técnica de Sostenibilidad y Certificaciones!!! 🎉🎉''')}
""",
    },
]

SPECS += [
    # ================================ English ==============================================
    {
        "scenario": "newsletter_bounce_back", "kind": OTH, "lang": "en", "company": "", "contact": "",
        "frm": ("ESG Careers Weekly", "newsletter@esgcareersweekly.example.com"),
        "subject": "5 ways to bounce back after a rejection (and what to do if you miss an interview)",
        "date": "2026-04-19 07:30 +0000", "charset": "utf-8", "cte": "quoted-printable",
        "headers": bulk("ESG Careers Weekly <weekly.esgcareersweekly.example.com>",
                     "<https://esgcareersweekly.example.com/unsub?id=5511>, <mailto:unsub@esgcareersweekly.example.com>"),
        "html": newsletter(
            lang="en", title="ESG Careers Weekly — Issue 87", accent="#1b4965",
            tracker="https://links.esgcareersweekly.example.com",
            intro="Hi there — this week we're talking about the emails nobody enjoys opening. Plus: 40 new roles across Europe, including port and shipping decarbonisation jobs in Rotterdam, Hamburg and Marseille.",
            items=[
                ("5 ways to bounce back after a rejection", "\"Unfortunately, we will not be progressing your application.\" Here's how to ask for feedback without sounding bitter — with three email templates.", "https://esgcareersweekly.example.com/bounce-back"),
                ("Missed an interview? Don't ghost them", "Overslept, wrong time zone, Teams crashed? A short, honest apology within the hour saves more candidacies than you'd think.", "https://esgcareersweekly.example.com/missed-interview"),
                ("The offer is in — now negotiate", "How to talk about salary when you're changing sector.", "https://esgcareersweekly.example.com/negotiate"),
                ("Job board: 40 new roles", "Carbon analysts, ESG reporting officers, climate risk associates.", "https://esgcareersweekly.example.com/jobs"),
            ],
            footer="""You're receiving this because you subscribed at esgcareersweekly.example.com. <a href="https://esgcareersweekly.example.com/unsub?id=5511" style="color:#999999">Unsubscribe</a> · <a href="https://esgcareersweekly.example.com/prefs" style="color:#999999">Update preferences</a><br>ESG Careers Weekly, 71-75 Shelton Street, London WC2H 9JQ"""),
    },
    {
        "scenario": "job_alert_digest_rotterdam", "kind": OTH, "lang": "en", "company": "", "contact": "",
        "frm": ("PortJobs Europe Alerts", "alerts@notify.portjobs.example.com"),
        "subject": "New jobs for 'sustainability analyst' near Rotterdam", "date": "2026-03-04 05:12 +0000",
        "charset": "utf-8", "cte": "base64",
        "headers": bulk("PortJobs job alerts <alerts.portjobs.example.com>",
                     "<https://portjobs.example.com/u/alerts?t=ak29>"),
        "html": f"""<html><body style="font-family:Arial,sans-serif;background:#f4f6f8;margin:0">
<table width="580" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#06304f;padding:14px 22px"><img src="https://portjobs.example.com/mail/logo-white.png" alt="PortJobs Europe" height="24"></td></tr>
<tr><td style="padding:18px 22px;font-size:15px">5 new jobs match your alert <b>sustainability analyst · Rotterdam (+25 km)</b></td></tr>
<tr><td style="padding:0 22px 10px 22px">
<p><a href="{track('https://t.portjobs.example.com', 'https://portjobs.example.com/j/88101')}" style="color:#0b78c2;font-weight:bold">Emissions Data Analyst</a><br><span style="color:#666;font-size:13px">Maasvlakte Bunkering · Rotterdam · Posted 1 day ago</span></p>
<p><a href="{track('https://t.portjobs.example.com', 'https://portjobs.example.com/j/88114')}" style="color:#0b78c2;font-weight:bold">ESG Reporting Specialist</a><br><span style="color:#666;font-size:13px">Delta Green Shipping · Rotterdam · Posted 2 days ago</span></p>
<p><a href="{track('https://t.portjobs.example.com', 'https://portjobs.example.com/j/88120')}" style="color:#0b78c2;font-weight:bold">Junior Carbon Accountant</a><br><span style="color:#666;font-size:13px">Confidential · Schiedam · Easy apply</span></p>
<p><a href="{track('https://t.portjobs.example.com', 'https://portjobs.example.com/alerts/ak29')}" style="color:#0b78c2">See all 5 jobs</a></p>
</td></tr>
<tr><td style="padding:14px 22px;font-size:11px;color:#8a97a5;border-top:1px solid #e6e9ec">PortJobs Europe Ltd, 40 Canute Road, Southampton SO14 3FJ. <a href="https://portjobs.example.com/u/alerts?t=ak29" style="color:#8a97a5">Manage alerts</a></td></tr>
</table>
{pixel('https://t.portjobs.example.com')}
</body></html>
""",
    },
    {
        "scenario": "ooo_uk_recruiter", "kind": OTH, "lang": "en", "company": "",
        "contact": "sophie.whitlock@marlowgrey.example.co.uk",
        "frm": ("Sophie Whitlock", "sophie.whitlock@marlowgrey.example.co.uk"),
        "subject": "Automatic reply: CV - Ingrid Solheim-Vargas", "date": "2026-08-10 09:03 +0100",
        "charset": "windows-1252", "cte": "quoted-printable",
        "irt": "<CAO7ingrid0810mg@mail.example.es>",
        "headers": [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        "text": """Thank you for your email. I’m on annual leave until Monday 24 August with no access to
email. For anything urgent please contact the Sustainability Practice team on
+44 20 0000 0600.

Sophie

Sophie Whitlock | Principal Consultant, Sustainability Practice | Marlow Grey Search
""",
    },
    {
        "scenario": "cold_outreach_quick_question", "kind": OTH, "lang": "en", "company": "",
        "contact": "tom.hadley@brightwatertalent.example.co.uk",
        "frm": ("Tom Hadley", "tom.hadley@brightwatertalent.example.co.uk"),
        "subject": "Quick question", "date": "2026-01-14 12:26 +0000", "charset": "utf-8", "cte": "8bit",
        "text": """Hi Ingrid,

Hope you don't mind the cold email — I found your profile on ProNetwork.

I recruit for shipping and logistics firms moving into decarbonisation (mostly UK and
the Netherlands). Are you open to opportunities outside Spain this year? If so, it would
help to have your CV and an idea of your notice period and salary expectations, so I can
keep you in mind as roles come up.

No pressure at all either way.

Best,
Tom Hadley
Senior Consultant | Brightwater Talent
""",
    },
    {
        "scenario": "own_sent_application_english", "kind": OTH, "lang": "en", "company": "", "contact": "",
        "frm": ME, "to": [("Bram Visser", "bram@carbondock.example.nl")],
        "subject": "Emissions analyst - port operations background", "date": "2026-05-03 10:16 +0200",
        "charset": "utf-8", "cte": "quoted-printable", "msgid": "<CAO7ingrid0503cd@mail.example.es>",
        "text": """Hi Bram,

I read your post about CarbonDock's emissions model for feeder services and wanted to
introduce myself. I've spent six years in port operations in Valencia — port calls,
bunker delivery notes, terminal energy use — and I'm now finishing a carbon accounting
course (GHG Protocol, ISO 14064).

If you are hiring, I'd love to be considered for an analyst role. My CV is on my
ProNetwork profile and I'm happy to send it directly.

Best regards,
Ingrid Solheim-Vargas
+34 646 000 418
""",
    },
    {
        "scenario": "user_research_travel_app", "kind": OTH, "lang": "en", "company": "", "contact": "",
        "frm": ("RailHop Research", "research-noreply@railhop.example.com"),
        "subject": "Take part in a 45-minute interview about your travel habits (£40 voucher)",
        "date": "2026-06-29 13:00 +0000", "charset": "utf-8", "cte": "quoted-printable",
        "headers": [("List-Unsubscribe", "<https://railhop.example.com/research/optout>")],
        "text": """Hi Ingrid,

You've travelled with RailHop three times this year, and we'd love to hear about it.

We're running 45-minute video interviews with travellers who cross borders by train.
You'll chat with one of our researchers about how you plan trips, what frustrates you,
and what you'd change. As a thank you, you'll receive a £40 travel voucher.

Book a slot: https://railhop.example.com/research/book?c=8812

Interviews take place between 6 and 17 July. Places are limited.

The RailHop Research team

You can opt out of research invitations at https://railhop.example.com/research/optout
""",
        "html": ats_card(
            brand="RailHop Research",
            pixel_base="https://e.railhop.example.com",
            body=f"""<p>Hi Ingrid,</p>
<p>You've travelled with RailHop three times this year, and we'd love to hear about it.</p>
<p>We're running <b>45-minute video interviews</b> with travellers who cross borders by train. You'll chat with one of our researchers about how you plan trips, what frustrates you, and what you'd change. As a thank you, you'll receive a <b>£40 travel voucher</b>.</p>
<p><a href="{track('https://e.railhop.example.com', 'https://railhop.example.com/research/book?c=8812')}" style="background:#6c2bd9;color:#fff;padding:10px 16px;border-radius:6px;text-decoration:none">Book a slot</a></p>
<p>Interviews take place between 6 and 17 July. Places are limited.</p>
<p>The RailHop Research team</p>""",
            footer="<a href=\"https://railhop.example.com/research/optout\" style=\"color:#8a8a8a\">Opt out of research invitations</a> · RailHop Ltd, London"),
    },
    {
        "scenario": "flat_application_declined_london", "kind": OTH, "lang": "en", "company": "", "contact": "",
        "frm": ("LetHub", "no-reply@lethub.example.co.uk"),
        "subject": "Update on your application for 14B Cable Street, E1", "date": "2026-05-28 17:45 +0100",
        "charset": "utf-8", "cte": "quoted-printable",
        "html": f"""<html><body style="margin:0;font-family:Helvetica,Arial,sans-serif;background:#fafafa">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px">
<table width="540" cellpadding="0" cellspacing="0" style="background:#fff;border:1px solid #eee">
<tr><td style="padding:20px 26px"><img src="https://lethub.example.co.uk/email/logo.png" alt="LetHub" height="26"></td></tr>
<tr><td style="padding:0 26px 22px 26px;font-size:15px;line-height:22px;color:#2b2b2b">
<p>Hi Ingrid,</p>
<p>Thanks for applying to rent <b>14B Cable Street, London E1</b> (£1,650 pcm).</p>
<p>Unfortunately the landlord has declined your application and accepted another applicant. Your holding deposit has not been taken.</p>
<p>Don't give up — we've found 12 similar homes you might like.</p>
<p><a href="{track('https://go.lethub.example.co.uk', 'https://lethub.example.co.uk/search?area=E1')}" style="color:#0a7d5a;font-weight:bold">See similar homes →</a></p>
</td></tr>
<tr><td style="padding:14px 26px;font-size:11px;color:#999;border-top:1px solid #eee">LetHub Ltd · Registered in England No 09999999 · <a href="https://lethub.example.co.uk/settings/email" style="color:#999">Email settings</a></td></tr>
</table></td></tr></table>
{pixel('https://go.lethub.example.co.uk')}
</body></html>
""",
    },
    {
        "scenario": "credit_card_application_received", "kind": OTH, "lang": "en", "company": "", "contact": "",
        "frm": ("Kite Bank", "hello@notifications.kitebank.example.co.uk"),
        "subject": "We've received your application", "date": "2026-06-20 08:14 +0100",
        "charset": "utf-8", "cte": "base64",
        "html": f"""<html><body style="font-family:Arial,sans-serif;background:#112233;margin:0">
<div style="max-width:520px;margin:0 auto;background:#ffffff;padding:28px">
<img src="https://kitebank.example.co.uk/email/kite.png" alt="Kite Bank" height="30">
<h1 style="font-size:22px;color:#112233">Thanks, Ingrid — we've got your application</h1>
<p style="font-size:15px;line-height:22px;color:#333">We've received your application for a <b>Kite Everyday credit card</b>. We usually make a decision within a few minutes, but sometimes we need a bit longer to check your details.</p>
<p style="font-size:15px;line-height:22px;color:#333">We'll let you know by email and in the app as soon as there's an update.</p>
<p><a href="{track('https://e.kitebank.example.co.uk', 'https://app.kitebank.example.co.uk/applications')}" style="color:#1f6feb">Check your application status</a></p>
<p style="font-size:11px;color:#888;margin-top:28px">Kite Bank Ltd is authorised by the Prudential Regulation Authority. Registered in England No 10000001. We'll never ask for your PIN or password by email.</p>
</div>
{pixel('https://e.kitebank.example.co.uk')}
</body></html>
""",
    },
    {
        "scenario": "friend_own_interview_rotterdam", "kind": OTH, "lang": "en", "company": "",
        "contact": "eline.bakker@example.nl",
        "frm": ("Eline Bakker", "eline.bakker@example.nl"),
        "subject": "guess who had an interview today", "date": "2026-08-06 19:58 +0200",
        "charset": "utf-8", "cte": "8bit",
        "text": """Ingrid!!

I had my interview at Nieuwe Haven Energy this afternoon — the one I told you about in
Lisbon. They asked SO much about Scope 3 and I totally blanked on the category numbers,
but the hiring manager laughed so maybe it's fine? Second round would be next week if
they want me.

How is your search going? Any news from the Dutch companies? If you end up in Rotterdam
you're staying with me until you find a flat, no discussion.

x Eline
""",
    },
    {
        "scenario": "security_alert_new_signin", "kind": OTH, "lang": "en", "company": "", "contact": "",
        "frm": ("ProNetwork", "security-noreply@pronetwork.example.com"),
        "subject": "New sign-in to your ProNetwork account", "date": "2026-07-03 22:41 +0000",
        "charset": "utf-8", "cte": "quoted-printable",
        "text": """Hi Ingrid, we noticed a new sign-in

Device: Chrome on Windows
Location: Hamburg, Germany (approximate)
Time: 3 July 2026, 22:39 UTC

If this was you, you don't need to do anything. If not, secure your account now:
https://pronetwork.example.com/security/secure-account

This is a mandatory service email. ProNetwork Corporation.
""",
        "html": f"""<html><body style="font-family:Arial,sans-serif;color:#1d2226">
<table width="520" cellpadding="0" cellspacing="0" border="0" align="center"><tr><td style="padding:20px">
<img src="https://pronetwork.example.com/email/logo.png" alt="ProNetwork" height="22">
<p style="font-size:18px;font-weight:bold">Hi Ingrid, we noticed a new sign-in</p>
<p>Device: Chrome on Windows<br>Location: Hamburg, Germany (approximate)<br>Time: 3 July 2026, 22:39 UTC</p>
<p>If this was you, you don't need to do anything. If not, <a href="{track('https://e.pronetwork.example.com', 'https://pronetwork.example.com/security/secure-account')}">secure your account</a> now.</p>
<p style="font-size:11px;color:#666">This is a mandatory service email. ProNetwork Corporation.</p>
</td></tr></table>
</body></html>
""",
    },
    {
        "scenario": "summit_ticket", "kind": OTH, "lang": "en", "company": "", "contact": "",
        "frm": ("Rotterdam Maritime Sustainability Summit", "tickets@rmss-events.example.nl"),
        "subject": "Your ticket: Rotterdam Maritime Sustainability Summit, 8 October",
        "date": "2026-09-16 14:02 +0200", "charset": "utf-8", "cte": "quoted-printable",
        "text": """Hi Ingrid Solheim-Vargas,

Thanks for registering! Here is your ticket for the Rotterdam Maritime Sustainability
Summit.

Date: Thursday 8 October 2026, 09:00 - 18:00
Venue: SS Rotterdam, 3e Katendrechtsehoofd 25, Rotterdam
Ticket: Early career (free) - #RMSS-26-0419

Don't miss the "Careers in maritime decarbonisation" speed-networking session at 16:00,
where you can meet hiring teams from ports, shipping lines and consultancies.

Show the QR code in the app or print this email at the entrance.

See you in Rotterdam!
The RMSS team
""",
        "html": f"""<html><body style="font-family:Arial,sans-serif;background:#e9f1f7;margin:0">
<table width="560" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#003b5c;color:#fff;padding:22px;font-size:20px">Rotterdam Maritime Sustainability Summit</td></tr>
<tr><td style="padding:22px;font-size:14px;line-height:21px">
<p>Hi Ingrid Solheim-Vargas,</p>
<p>Thanks for registering! Here is your ticket.</p>
<table cellpadding="4"><tr><td><b>Date</b></td><td>Thursday 8 October 2026, 09:00 - 18:00</td></tr>
<tr><td><b>Venue</b></td><td>SS Rotterdam, 3e Katendrechtsehoofd 25, Rotterdam</td></tr>
<tr><td><b>Ticket</b></td><td>Early career (free) - #RMSS-26-0419</td></tr></table>
<p><img src="https://rmss-events.example.nl/qr/RMSS-26-0419.png" alt="QR code ticket RMSS-26-0419" width="140" height="140"></p>
<p>Don't miss the <a href="{track('https://l.rmss-events.example.nl', 'https://rmss-events.example.nl/programme#careers')}">"Careers in maritime decarbonisation" speed-networking session</a> at 16:00.</p>
<p>See you in Rotterdam!<br>The RMSS team</p>
</td></tr></table>
{pixel('https://l.rmss-events.example.nl')}
</body></html>
""",
    },
    # ================================ French ===============================================
    {
        "scenario": "newsletter_entretien_manque", "kind": OTH, "lang": "fr", "company": "", "contact": "",
        "frm": ("La Lettre RSE & Carrières", "lettre@rse-carrieres.example.fr"),
        "subject": "Entretien manqué : comment rebondir ? + 30 offres RSE à Marseille et Lyon",
        "date": "2026-05-07 06:45 +0200", "charset": "utf-8", "cte": "quoted-printable",
        "headers": bulk("La Lettre RSE & Carrieres <lettre.rse-carrieres.example.fr>",
                     "<https://rse-carrieres.example.fr/desabonnement?m=ingrid.sv%40example.es>"),
        "html": newsletter(
            lang="fr", title="La Lettre RSE & Carrières · n° 64", accent="#8c2f39",
            tracker="https://suivi.rse-carrieres.example.fr",
            intro="Bonjour, cette semaine on parle de l'entretien que vous avez raté (ça arrive aux meilleurs), des refus qui font grandir, et des offres de la semaine.",
            items=[
                ("Entretien manqué : comment rebondir ?", "« Nous vous avons attendu ce matin… » : le mail que personne ne veut recevoir. Nos conseils pour écrire le bon message d'excuse.", "https://rse-carrieres.example.fr/articles/entretien-manque"),
                ("Refus après entretien : demander un retour, oui, mais comment ?", "Trois recruteurs RSE répondent.", "https://rse-carrieres.example.fr/articles/demander-feedback"),
                ("30 offres RSE à Marseille et Lyon", "Chargé(e) de reporting, analyste carbone, responsable achats responsables…", "https://rse-carrieres.example.fr/offres"),
            ],
            footer="""Vous recevez cette lettre car vous vous êtes inscrite sur rse-carrieres.example.fr. <a href="https://rse-carrieres.example.fr/desabonnement?m=ingrid.sv%40example.es" style="color:#999999">Se désabonner</a><br>RSE &amp; Carrières SAS – 5 rue Grignan, 13001 Marseille"""),
    },
    {
        "scenario": "job_alert_marseille", "kind": OTH, "lang": "fr", "company": "", "contact": "",
        "frm": ("Carrières Bleues - Alertes", "alertes@carrieres-bleues.example.fr"),
        "subject": "5 nouvelles offres « Chargé(e) RSE » à Marseille", "date": "2026-03-25 07:05 +0100",
        "charset": "iso-8859-1", "cte": "quoted-printable", "hcs": "iso-8859-1",
        "headers": bulk("Alertes Carrieres Bleues <alertes.carrieres-bleues.example.fr>",
                     "<https://www.carrieres-bleues.example.fr/alertes/stop?a=771>"),
        "html": f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body style="font-family:Helvetica,Arial,sans-serif;background:#f6f8fb;margin:0">
<table width="560" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="padding:20px 28px"><img src="https://cdn.carrieres-bleues.example.fr/logo.png" alt="Carrières Bleues" width="140"></td></tr>
<tr><td style="padding:0 28px 10px 28px;font-size:15px;color:#425466">Votre alerte <b>« Chargé(e) RSE » · Marseille</b> :</td></tr>
<tr><td style="padding:0 28px">
<p><a href="{track('https://clk.carrieres-bleues.example.fr', 'https://www.carrieres-bleues.example.fr/o/3301')}" style="color:#5b8def;font-weight:bold">Chargé(e) de reporting extra-financier</a> - Armement Phocéen - CDI</p>
<p><a href="{track('https://clk.carrieres-bleues.example.fr', 'https://www.carrieres-bleues.example.fr/o/3307')}" style="color:#5b8def;font-weight:bold">Analyste carbone (H/F)</a> - Carbonéo - CDI</p>
<p><a href="{track('https://clk.carrieres-bleues.example.fr', 'https://www.carrieres-bleues.example.fr/o/3312')}" style="color:#5b8def;font-weight:bold">Chef de projet plan climat</a> - Collectivité - CDD 18 mois</p>
<p><a href="{track('https://clk.carrieres-bleues.example.fr', 'https://www.carrieres-bleues.example.fr/alertes/771')}" style="color:#5b8def">Voir les 5 offres</a></p>
</td></tr>
<tr><td style="padding:16px 28px;font-size:11px;color:#8792a2">Carrières Bleues SAS · <a href="https://www.carrieres-bleues.example.fr/alertes/stop?a=771" style="color:#8792a2">Ne plus recevoir cette alerte</a></td></tr>
</table>
{pixel('https://clk.carrieres-bleues.example.fr')}
</body></html>
""",
    },
    {
        "scenario": "podcast_reconversions", "kind": OTH, "lang": "fr", "company": "",
        "contact": "hugo@podcast-reconversions.example.fr",
        "frm": ("Hugo Marchetti", "hugo@podcast-reconversions.example.fr"),
        "subject": "Invitation au podcast « Reconversions »", "date": "2026-06-15 10:12 +0200",
        "charset": "utf-8", "cte": "quoted-printable",
        "text": """Bonjour Ingrid,

Je produis « Reconversions », un podcast où des personnes racontent comment elles ont
changé de métier. Clémence Aubanel (Mistral Conseil RSE) m'a parlé de votre parcours,
du port de Valence vers la comptabilité carbone, et j'aimerais beaucoup vous recevoir.

L'interview dure environ une heure, en visio, et peut se faire en français ou en
anglais. L'épisode serait diffusé en septembre.

Qu'en pensez-vous ? Je peux vous envoyer quelques exemples d'épisodes.

Belle journée,
Hugo Marchetti
Reconversions – le podcast
""",
    },
    {
        "scenario": "ooo_french_recruiter", "kind": OTH, "lang": "fr", "company": "",
        "contact": "mathieu.giraud@lavande-rh.example.fr",
        "frm": ("Mathieu Giraud", "mathieu.giraud@lavande-rh.example.fr"),
        "subject": "Absence du bureau : Proposition d'entretien - Armateurs Associés du Levant",
        "date": "2026-03-04 08:02 +0100", "charset": "iso-8859-1", "cte": "quoted-printable",
        "hcs": "iso-8859-1", "irt": "<CAO7ingrid0304lav@mail.example.es>",
        "headers": [("Auto-Submitted", "auto-replied")],
        "text": """Bonjour,

Je suis absent du bureau jusqu'au lundi 9 mars inclus, avec un accès limité à mes
courriels. Je vous répondrai dès mon retour.

Pour toute urgence, vous pouvez contacter le cabinet au 04 91 00 00 40.

Cordialement,
Mathieu Giraud
Cabinet Lavande RH
""",
    },
    {
        "scenario": "own_sent_application_french", "kind": OTH, "lang": "fr", "company": "", "contact": "",
        "frm": ME, "to": [("Recrutement SMLP", "recrutement@smlp.example.fr")],
        "subject": "Candidature – Chargée de mission bilan carbone et plan climat",
        "date": "2026-05-21 22:10 +0200", "charset": "utf-8", "cte": "8bit",
        "msgid": "<CAO7ingrid0521smlp@mail.example.es>",
        "text": """Madame, Monsieur,

Je vous adresse ma candidature au poste de chargé(e) de mission « bilan carbone et plan
climat » publié sur votre site.

Administrative d'opérations portuaires à Valence depuis six ans, j'ai acquis une
connaissance fine des flux logistiques d'un port et des données d'activité qu'ils
génèrent. Je termine actuellement une formation en comptabilité carbone (GHG Protocol,
Bilan Carbone®) et souhaite mettre ces compétences au service d'une collectivité
littorale.

Vous trouverez mon CV et ma lettre de motivation sur la plateforme. Je me tiens à votre
disposition pour un entretien.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Ingrid Solheim-Vargas
""",
    },
    {
        "scenario": "colis_retarde", "kind": OTH, "lang": "fr", "company": "", "contact": "",
        "frm": ("ColiExpress", "ne-pas-repondre@coliexpress.example.fr"),
        "subject": "Votre colis est retardé", "date": "2026-09-03 09:31 +0200",
        "charset": "utf-8", "cte": "base64",
        "html": f"""<html><body style="font-family:Arial,sans-serif;background:#ffffff;color:#222">
<table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td style="background:#004b93;padding:14px 20px"><img src="https://coliexpress.example.fr/mail/logo.png" alt="ColiExpress" height="28"></td></tr>
<tr><td style="padding:22px 20px;font-size:14px;line-height:21px">
<p>Bonjour,</p>
<p>Malheureusement, votre colis n° <b>6A19283746552</b> expédié par <i>Librairie du Vieux-Port</i> a pris du retard en raison d'un incident de transport.</p>
<p>Nouvelle date de livraison estimée : <b>samedi 5 septembre</b>.</p>
<p><a href="{track('https://suivi.coliexpress.example.fr', 'https://coliexpress.example.fr/suivi/6A19283746552')}" style="color:#004b93">Suivre mon colis</a></p>
<p>Nous vous prions de nous excuser pour ce désagrément.</p>
</td></tr>
<tr><td style="padding:12px 20px;font-size:11px;color:#888">Ce message vous est envoyé automatiquement, merci de ne pas y répondre.</td></tr>
</table>
{pixel('https://suivi.coliexpress.example.fr')}
</body></html>
""",
    },
    {
        "scenario": "dossier_location_refuse", "kind": OTH, "lang": "fr", "company": "", "contact": "",
        "frm": ("LocaDossier", "notification@locadossier.example.fr"),
        "subject": "Votre dossier de location n'a pas été retenu", "date": "2026-10-05 18:20 +0200",
        "charset": "utf-8", "cte": "quoted-printable",
        "text": """Bonjour Ingrid,

Le propriétaire du T2 meublé, 14 rue d'Italie, 13006 Marseille a étudié votre dossier de
location.

Malheureusement, votre dossier n'a pas été retenu : le bien a été attribué à un autre
candidat.

Votre dossier reste complet et vérifié : vous pouvez le partager en un clic avec
d'autres propriétaires.

Voir les annonces à Marseille : https://locadossier.example.fr/annonces?ville=marseille

LocaDossier - service gratuit pour les locataires
Gérer mes notifications : https://locadossier.example.fr/preferences
""",
    },
    {
        "scenario": "friend_own_rejection_fr", "kind": OTH, "lang": "fr", "company": "",
        "contact": "camille.roux.13@example.fr",
        "frm": ("Camille Roux", "camille.roux.13@example.fr"),
        "subject": "bon ben moi aussi...", "date": "2026-05-13 21:40 +0200",
        "charset": "utf-8", "cte": "8bit",
        "text": """Coucou Ingrid,

Tu te souviens que j'avais postulé chez Mistral Conseil aussi ? Ils m'ont dit non
aujourd'hui, pareil que toi, "profil plus senior". On est deux à pleurer dans notre
rosé ce soir alors 🍷

Sérieux, tu viens toujours à Marseille fin mai ? On pourrait faire un tour à la Joliette
et je te présente mon ancienne cheffe qui est chez Armement Phocéen.

Bises,
Camille
""",
    },
    # ================================ German ===============================================
    {
        "scenario": "newsletter_absage_erhalten", "kind": OTH, "lang": "de", "company": "", "contact": "",
        "frm": ("Karriere-Newsletter Nachhaltigkeit", "newsletter@gruene-karriere.example.de"),
        "subject": "Absage erhalten? So geht's weiter – und 25 neue Jobs im Norden",
        "date": "2026-06-24 07:00 +0200", "charset": "utf-8", "cte": "quoted-printable",
        "headers": bulk("Gruene Karriere Newsletter <newsletter.gruene-karriere.example.de>",
                     "<https://gruene-karriere.example.de/abmelden?u=ingrid.sv%40example.es>"),
        "html": newsletter(
            lang="de", title="Grüne Karriere · Newsletter KW 26", accent="#2d6a4f",
            tracker="https://klick.gruene-karriere.example.de",
            intro="Hallo, diese Woche geht es um die E-Mail, die niemand gern bekommt: „Leider müssen wir Ihnen mitteilen …“. Außerdem: Einladung zum Vorstellungsgespräch – wie Sie sich in 48 Stunden vorbereiten.",
            items=[
                ("Absage erhalten? So geht's weiter", "Warum sich eine kurze Antwort auf eine Absage lohnt – mit Formulierungsbeispielen.", "https://gruene-karriere.example.de/ratgeber/absage"),
                ("Vorstellungsgespräch in 48 Stunden vorbereiten", "Checkliste für Quereinsteigerinnen in die Nachhaltigkeit.", "https://gruene-karriere.example.de/ratgeber/vorbereitung"),
                ("25 neue Jobs in Hamburg, Bremen und Kiel", "CSRD-Reporting, THG-Bilanzierung, Hafenlogistik.", "https://gruene-karriere.example.de/jobs?region=nord"),
            ],
            footer="""Sie erhalten diesen Newsletter, weil Sie ihn auf gruene-karriere.example.de abonniert haben. <a href="https://gruene-karriere.example.de/abmelden?u=ingrid.sv%40example.es" style="color:#999999">Abmelden</a><br>
Grüne Karriere Medien GmbH · Stresemannstraße 29 · 22769 Hamburg · Geschäftsführerin: Insa Hinrichs · Amtsgericht Hamburg HRB 000004"""),
    },
    {
        "scenario": "abwesenheitsnotiz", "kind": OTH, "lang": "de", "company": "",
        "contact": "jan.kroeger@alster-partner.example.de",
        "frm": ("Jan Kröger", "jan.kroeger@alster-partner.example.de"),
        "subject": "Abwesenheitsnotiz: Kennenlernen in Hamburg?", "date": "2026-06-02 07:44 +0200",
        "charset": "iso-8859-1", "cte": "quoted-printable", "hcs": "iso-8859-1",
        "irt": "<CAO7ingrid0602alster@mail.example.es>",
        "headers": [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        "text": """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 5. Juni nicht im Büro und lese meine E-Mails nur
unregelmäßig. In dringenden Fällen wenden Sie sich bitte an unser Sekretariat unter
040 000 000 60.

Viele Grüße
Jan Kröger
Klimaberatung Alster & Partner
""",
    },
    {
        "scenario": "sendung_verzoegert", "kind": OTH, "lang": "de", "company": "", "contact": "",
        "frm": ("PaketBlitz", "noreply@paketblitz.example.de"),
        "subject": "Ihre Sendung verzögert sich leider", "date": "2026-06-05 11:17 +0200",
        "charset": "utf-8", "cte": "quoted-printable",
        "text": """Guten Tag,

leider verzögert sich die Zustellung Ihrer Sendung 00340434 1182 7730 19 vom Absender
Hafenbuchhandlung Hamburg. Grund: Verzögerung im internationalen Transport.

Neuer voraussichtlicher Zustelltermin: Dienstag, 9. Juni.

Sendung verfolgen: https://paketblitz.example.de/sendung/003404341182773019

Wir bitten um Ihr Verständnis.
Ihr PaketBlitz-Team

Dies ist eine automatisch erzeugte E-Mail. Bitte antworten Sie nicht darauf.
""",
        "html": f"""<html><body style="font-family:Arial,sans-serif;background:#fff;margin:0">
<table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td style="background:#d40511;padding:14px 20px"><img src="https://paketblitz.example.de/mail/logo.png" alt="PaketBlitz" height="26"></td></tr>
<tr><td style="padding:22px 20px;font-size:14px;line-height:21px;color:#222">
<p>Guten Tag,</p>
<p>leider verzögert sich die Zustellung Ihrer Sendung <b>00340434 1182 7730 19</b> vom Absender <i>Hafenbuchhandlung Hamburg</i>. Grund: Verzögerung im internationalen Transport.</p>
<p>Neuer voraussichtlicher Zustelltermin: <b>Dienstag, 9. Juni</b>.</p>
<p><a href="{track('https://t.paketblitz.example.de', 'https://paketblitz.example.de/sendung/003404341182773019')}" style="color:#d40511">Sendung verfolgen</a></p>
<p>Wir bitten um Ihr Verständnis.<br>Ihr PaketBlitz-Team</p>
</td></tr>
<tr><td style="padding:12px 20px;font-size:11px;color:#888">Dies ist eine automatisch erzeugte E-Mail. Bitte antworten Sie nicht darauf.</td></tr>
</table>
{pixel('https://t.paketblitz.example.de')}
</body></html>
""",
    },
    {
        "scenario": "job_alert_hamburg", "kind": OTH, "lang": "de", "company": "", "contact": "",
        "frm": ("StellenHafen Jobagent", "jobagent@stellenhafen.example.de"),
        "subject": "Neue Jobs für dich: Nachhaltigkeitsmanager*in Hamburg", "date": "2026-07-06 06:30 +0200",
        "charset": "utf-8", "cte": "quoted-printable",
        "headers": bulk("StellenHafen Jobagent <jobagent.stellenhafen.example.de>",
                     "<https://stellenhafen.example.de/jobagent/loeschen?id=2231>"),
        "text": """Hallo Ingrid,

dein Jobagent "Nachhaltigkeitsmanager*in · Hamburg + 30 km" hat 4 neue Stellen gefunden:

* Referent*in ESG-Reporting – Hafenkontor Nord GmbH – Hamburg-HafenCity
  https://stellenhafen.example.de/job/771201
* Specialist Carbon Accounting (m/w/d) – Nordlicht Energie AG – Hamburg
  https://stellenhafen.example.de/job/771215
* Werkstudent*in Nachhaltigkeit – Reederei – Hamburg (nur Studierende)
  https://stellenhafen.example.de/job/771230
* Wissenschaftliche*r Mitarbeiter*in Grüne Hafenlogistik – Hochschule – Hamburg
  https://stellenhafen.example.de/job/771244

Alle Treffer ansehen: https://stellenhafen.example.de/jobagent/2231

Viel Erfolg bei der Bewerbung!
Dein StellenHafen-Team

Jobagent löschen: https://stellenhafen.example.de/jobagent/loeschen?id=2231
StellenHafen GmbH · Brandstwiete 4 · 20457 Hamburg · Geschäftsführer: Lars Jepsen
""",
    },
]
