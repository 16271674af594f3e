"""Everything else in the mailbox of the hundred-forty-fourth corpus: newsletters, alerts, other
meanings of the words, friends, the candidate's own mail, out-of-office replies. Written one by one."""

from __future__ import annotations

from msgs144_common import ME, button, pixel, ps, to_text

MESSAGES: list[dict] = []


def bulk(list_id: str, unsub_url: str, unsub_mail: str = "") -> dict:
    """List headers of a bulk mailing."""
    target = f"<{unsub_url}>" + (f", <mailto:{unsub_mail}>" if unsub_mail else "")
    return {"List-Id": list_id, "List-Unsubscribe": target,
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"}


# ---------------------------------------------------------------- Spanish

# X1 - career-advice newsletter about rejection and missed interviews.
_x1 = [
    "<b>Cómo superar un rechazo laboral (y qué hacer si se te pasó una entrevista)</b>",
    "Recibir un «lamentablemente no continuarás en el proceso» duele, sobre todo después de tres etapas. "
    "Esta semana conversamos con la psicóloga laboral Daniela Contreras sobre cómo pedir feedback sin sonar "
    "desesperado y por qué un rechazo no es un juicio sobre tu valor profesional.",
    "También te contamos qué hacer si no llegaste a una entrevista: escribe el mismo día, explica sin excusas "
    "largas y propone dos horarios concretos. Muchas empresas reprograman si respondes rápido.",
    '<a href="https://click.laboralia.example.cl/c/1/rechazo-laboral?utm_source=newsletter">Leer el artículo completo</a> · '
    '<a href="https://click.laboralia.example.cl/c/2/entrevista-perdida?utm_source=newsletter">Guía: reprogramar una entrevista</a> · '
    '<a href="https://click.laboralia.example.cl/c/3/salarios-2026?utm_source=newsletter">Estudio de sueldos 2026</a>',
]
MESSAGES.append({
    "id": "X1", "kind": "other", "slug": "newsletter_career_advice_rejection", "lang": "es",
    "company": "", "contact": "",
    "frm": ("Laboralia Consejos", "newsletter@laboralia.example.cl"),
    "subj": "¿Te rechazaron? 5 claves para levantarte (y la entrevista que se te pasó)",
    "date": "2026-02-05 07:00:00 -0300", "cs": "utf-8", "cte": "quoted-printable",
    "hdrs": bulk("Laboralia Consejos <consejos.laboralia.example.cl>",
              "https://www.laboralia.example.cl/baja?l=consejos&u=ro11", "baja@laboralia.example.cl"),
    "text": to_text("".join(f"<p>{p}</p>" for p in _x1))
         + "\nRecibes este boletín porque tienes una cuenta en Laboralia. Darse de baja: https://www.laboralia.example.cl/baja?l=consejos&u=ro11\n",
    "html": '<html><body style="margin:0;background:#f0f2f5;"><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">'
         '<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Georgia,serif;">'
         '<tr><td style="background:#003b73;padding:16px 24px;"><img src="https://static.laboralia.example.cl/mail/logo_laboralia_w.png" alt="Laboralia Consejos" height="26"></td></tr>'
         '<tr><td style="padding:24px;">' + ps(*_x1, style="font-size:15px;line-height:1.6;color:#333;margin:0 0 16px;") + "</td></tr>"
         '<tr><td style="padding:14px 24px;font-size:11px;color:#999;font-family:Arial,sans-serif;background:#fafbfc;">'
         'Recibes este boletín porque tienes una cuenta en Laboralia. <a href="https://www.laboralia.example.cl/baja?l=consejos&amp;u=ro11" style="color:#999;">Darse de baja</a></td></tr>'
         "</table></td></tr></table>" + pixel("https://trk.laboralia.example.cl/open/nl-0205-ro11.gif") + "</body></html>\n",
})

# X2 - job-alert digest with many openings.
_jobs2 = [
    ("Analista de Planificación Mina", "Minera Cordillera Sur", "Calama", "88301"),
    ("Ingeniero/a de Despacho", "Transportes Atacama Express", "Antofagasta", "88317"),
    ("Planificador de Corto Plazo", "Compañía Minera del Loa", "María Elena", "88320"),
    ("Analista de Control de Gestión Operacional", "Puerto Angamos", "Mejillones", "88344"),
    ("Jefe/a de Turno Despacho", "Servicios Mineros Atacama", "Copiapó", "88350"),
    ("Analista de Datos de Producción", "Minera Pampa Colorada", "Sierra Gorda", "88362"),
]
MESSAGES.append({
    "id": "X2", "kind": "other", "slug": "job_alert_digest_mining", "lang": "es",
    "company": "", "contact": "",
    "frm": ("Alertas EmpleoMinero", "alertas@empleominero.example.cl"),
    "subj": "6 nuevas ofertas para «analista planificación» en Antofagasta",
    "date": "2026-03-02 06:30:12 -0300", "cs": "utf-8", "cte": "base64",
    "auto_text": True,
    "hdrs": bulk("alertas.empleominero.example.cl", "https://www.empleominero.example.cl/alertas/baja?id=ro-553"),
    "html": '<html><body style="margin:0;background:#eef1f4;font-family:Arial,sans-serif;"><table width="100%"><tr><td align="center">'
         '<table width="600" style="background:#fff;" cellpadding="0" cellspacing="0">'
         '<tr><td style="background:#f58220;padding:14px 24px;"><img src="https://www.empleominero.example.cl/img/logo-blanco.png" alt="EmpleoMinero.cl" height="30"></td></tr>'
         '<tr><td style="padding:20px 24px;font-size:14px;color:#333;"><p>Hola Rafael, estas son las ofertas nuevas de hoy que coinciden con tu alerta <b>«analista planificación» · Región de Antofagasta</b>:</p>'
         + "".join(
             f'<table width="100%" cellpadding="8" style="border-bottom:1px solid #eee;"><tr><td>'
             f'<a href="https://www.empleominero.example.cl/r/c?aviso={code}&amp;src=alerta" style="color:#f58220;font-weight:bold;">{t}</a><br>'
             f'<span style="color:#666;font-size:12px;">{c} · {place}</span></td></tr></table>'
             for t, c, place, code in _jobs2)
         + '<p style="margin-top:18px;"><a href="https://www.empleominero.example.cl/buscar?q=analista+planificacion&amp;src=alerta">Ver todas las ofertas</a></p></td></tr>'
         '<tr><td style="padding:14px 24px;font-size:11px;color:#999;background:#fafafa;">Recibes esta alerta diaria porque la creaste en EmpleoMinero. '
         '<a href="https://www.empleominero.example.cl/alertas/editar?id=ro-553" style="color:#999;">Editar alerta</a> · '
         '<a href="https://www.empleominero.example.cl/alertas/baja?id=ro-553" style="color:#999;">Eliminar alerta</a></td></tr>'
         "</table></td></tr></table>" + pixel("https://www.empleominero.example.cl/r/o/alerta-553.gif") + "</body></html>\n",
})

# X3 - podcast interview request (a person, so a contact).
MESSAGES.append({
    "id": "X3", "kind": "other", "slug": "podcast_interview_request", "lang": "es",
    "company": "", "contact": "javiera@mineria40.example.cl",
    "frm": ("Javiera Tapia", "javiera@mineria40.example.cl"),
    "subj": "¿Te entrevistamos para el podcast Minería 4.0?",
    "date": "2026-04-03 12:18:45 -0300", "cs": "utf-8", "cte": "quoted-printable",
    "text": """Hola Rafael, ¿cómo estás?

Soy Javiera, conduzco el podcast Minería 4.0 (vamos en el episodio 87, lo escuchan harto
en faenas del norte). Vi tu charla en el encuentro de despachadores en Antofagasta sobre
cómo redujeron las colas en pala con reglas simples de asignación, y nos encantaría
entrevistarte para un episodio.

Sería una conversación de unos 40 minutos, grabada por Zoom, cuando te acomode en abril.
No hay que preparar nada, solo contar tu experiencia.

¿Te animas?

Saludos,
Javiera Tapia
Conductora · Minería 4.0 Podcast
mineria40.example.cl
""",
})

# X4 - journalist asks for a press interview.
MESSAGES.append({
    "id": "X4", "kind": "other", "slug": "press_interview_journalist", "lang": "es",
    "company": "", "contact": "tomas.vergara@revistafaena.example.cl",
    "frm": ("Tomás Vergara", "tomas.vergara@revistafaena.example.cl"),
    "subj": "Solicitud de entrevista - reportaje sobre automatización del despacho",
    "date": "2026-05-21 10:02:00 -0400", "cs": "iso-8859-1", "cte": "quoted-printable",
    "text": """Estimado Rafael:

Le escribo desde Revista Faena. Estamos preparando un reportaje sobre cómo los
despachadores de camiones viven la llegada de los sistemas autónomos y la optimización
en tiempo real, y su nombre surgió en varias conversaciones con supervisores de la zona.

¿Estaría dispuesto a darnos una entrevista de unos 30 minutos, por teléfono o en
persona en Santiago? Podemos mantener su empleador en reserva si lo prefiere.

Quedo atento.

Tomás Vergara
Periodista, Revista Faena
+56 2 2555 8120
""",
})

# X5 - user-research "interview" from a no-reply address.
MESSAGES.append({
    "id": "X5", "kind": "other", "slug": "user_research_interview_app", "lang": "es",
    "company": "", "contact": "",
    "frm": ("Equipo de Investigación · RutaFácil", "no-reply@rutafacil.example.cl"),
    "subj": "¿Nos das 30 minutos? Entrevista sobre cómo usas RutaFácil (gift card $20.000)",
    "date": "2026-06-10 15:00:00 -0400", "cs": "utf-8", "cte": "quoted-printable",
    "hdrs": bulk("research.rutafacil.example.cl", "https://rutafacil.example.cl/preferencias/baja?u=88213"),
    "html": """<html><body style="font-family:Arial,sans-serif;background:#f9fafb;">
<table width="560" align="center" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:6px;">
<tr><td style="padding:24px 28px;"><img src="https://rutafacil.example.cl/img/mail-logo.png" alt="RutaFácil" height="28"></td></tr>
<tr><td style="padding:0 28px 24px;font-size:15px;color:#222;line-height:1.55;">
<p>Hola Rafael,</p>
<p>Estamos rediseñando la planificación de rutas para conductores y despachadores, y queremos escuchar a personas que usan RutaFácil todos los días.</p>
<p>¿Te gustaría participar en una <b>entrevista de investigación de 30 minutos</b> por videollamada? Como agradecimiento te enviaremos una gift card de $20.000.</p>
""" + button("https://calendly.example.com/rutafacil-research/30min?utm_source=mail", "Elegir un horario", "#14b8a6") + """
<p style="font-size:12px;color:#888;">No es una encuesta de venta. Tus respuestas son anónimas.</p>
</td></tr>
<tr><td style="padding:12px 28px;font-size:11px;color:#aaa;border-top:1px solid #eee;">RutaFácil SpA · <a href="https://rutafacil.example.cl/preferencias/baja?u=88213" style="color:#aaa;">No quiero recibir estos correos</a></td></tr>
</table></body></html>
""",
})

# X6 - GPS app: "tu posición".
MESSAGES.append({
    "id": "X6", "kind": "other", "slug": "gps_app_position_shared", "lang": "es",
    "company": "", "contact": "",
    "frm": ("RutaViva", "notificaciones@rutaviva.example.com"),
    "subj": "Estás compartiendo tu posición en tiempo real",
    "date": "2026-02-14 08:47:33 -0300", "cs": "utf-8", "cte": "quoted-printable",
    "text": """Hola Rafael:

Empezaste a compartir tu posición en tiempo real con "Mamá" a las 08:46.
Tu posición actual se actualizará cada 2 minutos durante las próximas 2 horas
o hasta que llegues a tu destino (Terminal Pajaritos, Santiago).

Si no fuiste tú, detén el uso compartido desde la app: Menú > Compartir ubicación > Detener.

— El equipo de RutaViva

Administrar notificaciones: https://rutaviva.example.com/ajustes/notificaciones
""",
})

# X7 - "your position" in a waiting list for a course.
MESSAGES.append({
    "id": "X7", "kind": "other", "slug": "waitlist_position_diplomado", "lang": "es",
    "company": "", "contact": "",
    "frm": ("Educación Continua UAP", "no-reply@ec.uap.example.cl"),
    "subj": "Lista de espera - Diplomado en Investigación de Operaciones: tu posición es la N° 4",
    "date": "2026-01-09 17:30:00 -0300", "cs": "utf-8", "cte": "base64",
    "html": """<html><body style="font-family:Calibri,Arial,sans-serif;font-size:14px;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="border:1px solid #d0d7de;">
<tr><td style="background:#6b0f1a;padding:14px 20px;"><img src="https://ec.uap.example.cl/img/logo-uap-blanco.png" alt="Universidad Austral del Pacífico - Educación Continua" height="36"></td></tr>
<tr><td style="padding:20px;">
<p>Estimado(a) Rafael Ortega-Lindström:</p>
<p>El Diplomado en Investigación de Operaciones aplicada a Minería y Logística (versión marzo 2026) completó sus cupos. Tu solicitud de matrícula quedó en <b>lista de espera</b>.</p>
<p style="font-size:18px;text-align:center;background:#f6f8fa;padding:12px;">Tu posición: <b>4</b> de 11</p>
<p>Si se libera un cupo, te avisaremos por correo y tendrás 48 horas para confirmar tu matrícula. Mientras tanto no se realizará ningún cargo.</p>
<p>Saludos cordiales,<br>Coordinación Académica<br>Educación Continua UAP</p>
</td></tr>
<tr><td style="padding:10px 20px;font-size:11px;color:#888;background:#f6f8fa;">Este correo es automático. Consultas: <a href="https://ec.uap.example.cl/contacto">formulario de contacto</a>.</td></tr>
</table></body></html>
""",
})

# X8 - "lamentablemente tu envío viene con retraso" from a courier.
MESSAGES.append({
    "id": "X8", "kind": "other", "slug": "parcel_delayed_courier", "lang": "es",
    "company": "", "contact": "",
    "frm": ("EnvíoRápido", "no-reply@enviorapido.example.cl"),
    "subj": "Lamentablemente tu envío viene con retraso",
    "date": "2026-03-18 14:22:09 -0300", "cs": "utf-8", "cte": "quoted-printable",
    "html": """<html><body style="margin:0;font-family:Arial,sans-serif;background:#f4f4f4;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;">
<tr><td style="background:#ffcc00;padding:14px 24px;"><img src="https://enviorapido.example.cl/mail/logo.png" alt="EnvíoRápido" height="28"></td></tr>
<tr><td style="padding:24px;font-size:14px;color:#333;">
<p>Hola Rafael,</p>
<p>Lamentablemente tu envío <b>N° ER-55120047-CL</b> (remitente: LibreríaTécnica) viene con retraso debido a un corte de ruta en el tramo Los Vilos–La Serena.</p>
<p>Nueva fecha estimada de entrega: <b>viernes 20 de marzo</b>.</p>
<p><a href="https://enviorapido.example.cl/seguimiento/ER-55120047-CL?utm_source=mail" style="color:#c79a00;">Seguir mi envío</a></p>
<p>Disculpa las molestias.</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#999;">EnvíoRápido S.A. · No respondas este correo.</td></tr>
</table>
<img src="https://trk.enviorapido.example.cl/o/55120047.gif" width="1" height="1" alt=""></body></html>
""",
})

# X9 - bank: loan "solicitud recibida".
MESSAGES.append({
    "id": "X9", "kind": "other", "slug": "bank_loan_application_received", "lang": "es",
    "company": "", "contact": "",
    "frm": ("Banco del Pacífico Sur", "notificaciones@bancopacificosur.example.cl"),
    "subj": "Hemos recibido tu solicitud de crédito de consumo",
    "date": "2026-05-04 20:11:52 -0400", "cs": "utf-8", "cte": "quoted-printable",
    "html": """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1b2a3a;">
<table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td style="padding:16px 0;border-bottom:3px solid #00558c;"><img src="https://www.bancopacificosur.example.cl/mail/logo.png" alt="Banco del Pacífico Sur" height="34"></td></tr>
<tr><td style="padding:20px 0;line-height:1.5;">
<p>Hola Rafael,</p>
<p>Recibimos tu solicitud de <b>Crédito de Consumo</b> por $4.500.000 a 24 meses (N° de solicitud 2026-CC-7781134).</p>
<p>Nuestro equipo evaluará tu solicitud y te informaremos el resultado en un plazo máximo de 3 días hábiles. Puedes revisar el estado en tu Banca en Línea.</p>
<p>Recuerda: Banco del Pacífico Sur nunca te pedirá tus claves por correo ni por teléfono.</p>
</td></tr>
<tr><td style="font-size:10px;color:#888;border-top:1px solid #ddd;padding-top:8px;">Infórmese sobre la garantía estatal de los depósitos en su banco o en www.cmfchile.example.cl. Este es un correo automático, no lo respondas.</td></tr>
</table></body></html>
""",
})

# X10 - fintech: mortgage application declined.
MESSAGES.append({
    "id": "X10", "kind": "other", "slug": "mortgage_declined_fintech", "lang": "es",
    "company": "", "contact": "",
    "frm": ("CrediAndes", "evaluaciones@crediandes.example.cl"),
    "subj": "Resultado de tu solicitud de crédito hipotecario",
    "date": "2026-07-29 09:40:00 -0400", "cs": "windows-1252", "cte": "quoted-printable",
    "text": """Hola Rafael:

Lamentamos informarte que tu solicitud de crédito hipotecario N° HIP-2026-00981 no ha
sido aprobada en esta oportunidad. La evaluación consideró, entre otros factores, la
relación entre el dividendo estimado y tus ingresos acreditados.

Puedes volver a postular en 90 días o agregar un codeudor para mejorar tu evaluación.

Saludos,
Equipo de Evaluación – CrediAndes

Este correo es automático. Para consultas ingresa a tu sitio privado en crediandes.example.cl.
""",
})

# X11 - flat rental application refused by a real-estate agent (a person).
MESSAGES.append({
    "id": "X11", "kind": "other", "slug": "flat_application_refused", "lang": "es",
    "company": "", "contact": "claudia.rivas@propiedadessur.example.cl",
    "frm": ("Claudia Rivas", "claudia.rivas@propiedadessur.example.cl"),
    "subj": "Depto. Av. Providencia 2331 - postulación",
    "date": "2026-04-20 18:05:44 -0400", "cs": "utf-8", "cte": "8bit",
    "text": """Hola Rafael,

Te cuento que el propietario del departamento de Av. Providencia 2331 (2D2B, piso 11)
eligió a otro postulante, que presentó aval y contrato indefinido. Así que tu
postulación al arriendo no quedó seleccionada esta vez.

Tengo otro depto parecido en Manuel Montt que se libera en junio, si te interesa te
mando fotos.

Saludos,
Claudia Rivas
Corredora – Propiedades Sur
+56 9 8123 4400
""",
})

# X12 - a friend forwards her own rejection; the forwarded text is a rejection, the new text is chat.
MESSAGES.append({
    "id": "X12", "kind": "other", "slug": "friend_forwards_own_rejection", "lang": "es",
    "company": "", "contact": "nico.perez@correo.example.cl",
    "frm": ("Nicolás Pérez", "nico.perez@correo.example.cl"),
    "subj": "Fwd: Resultado proceso Analista de Flota",
    "date": "2026-06-02 22:37:18 -0400", "cs": "utf-8", "cte": "quoted-printable",
    "text": """jajaja mira lo que me llegó, después de 4 entrevistas!! ni una llamada, un mail
genérico. tú postulaste ahí también o no? avísame para ir a tomarnos unas chelas el
viernes y pelar a los de RRHH

---------- Forwarded message ---------
De: Reclutamiento Transportes del Desierto <no-reply@transdesierto.example.cl>
Date: mar, 2 jun 2026 a las 18:02
Subject: Resultado proceso Analista de Flota
To: <nico.perez@correo.example.cl>

Estimado Nicolás:

Agradecemos tu participación en el proceso Analista de Flota. Lamentamos informarte que
hemos decidido continuar con otros candidatos cuyo perfil se ajusta mejor a los
requerimientos del cargo.

Te deseamos éxito.
Reclutamiento Transportes del Desierto
""",
})

# X13 - a friend tells about her own interview and asks for tips.
MESSAGES.append({
    "id": "X13", "kind": "other", "slug": "friend_own_interview_tips", "lang": "es",
    "company": "", "contact": "fernanda.soto.v@correo.example.cl",
    "frm": ("Fernanda Soto", "fernanda.soto.v@correo.example.cl"),
    "subj": "tips entrevista!!",
    "date": "2026-02-25 21:12:00 -0300", "cs": "utf-8", "cte": "8bit",
    "text": """Rafa!! me llamaron de Minera Pampa Colorada para una entrevista el jueves a las
10, para planificación corto plazo. Tú postulaste ahí no? qué te preguntaron?? me
muero de nervios, hace como 5 años que no tengo una entrevista formal jaja

si puedes me llamas mañana en la noche

besos
Fer
""",
})

# X14 - the candidate's own sent mail with his CV attached.
MESSAGES.append({
    "id": "X14", "kind": "other", "slug": "own_sent_application_with_cv", "lang": "es",
    "company": "", "contact": "",
    "frm": ME, "to": [("Jorge Salas", "jorge.salas@callaoexpress.example.pe")],
    "subj": "Postulación Analista de Planeamiento - Logística Callao Express",
    "date": "2026-02-27 19:40:12 -0300", "cs": "utf-8", "cte": "quoted-printable",
    "mid": "<CAK7Q2xLC=postulacion-callao-0227@mail.example.cl>",
    "text": """Estimado Jorge:

Le escribo por el aviso de Analista de Planeamiento publicado en Bumerán Perú. Trabajo
desde 2020 como despachador de camiones de extracción en una operación de cobre a rajo
abierto en la Región de Antofagasta, y en los últimos dos años he desarrollado modelos
de asignación y de cola en pala en Python que hoy usamos en el turno.

Me interesa especialmente el desafío de planificar la flota de distribución desde el
Callao. Adjunto mi CV; quedo atento a sus comentarios.

Saludos cordiales,
Rafael Ortega-Lindström
+56 9 5555 0134
""",
    "att": [{"name": "CV_Rafael_Ortega-Lindstrom_2026.pdf", "title": "Rafael Ortega-Lindstrom - Curriculum Vitae",
              "lines": ["Despachador de camiones de extraccion, 2020 - hoy", "Diplomado en Investigacion de Operaciones (en curso)",
                     "Python, PuLP, OR-Tools, SQL, Power BI", "Espanol nativo, ingles C1, aleman B1, frances B1"]}],
})

# X15 - the candidate's own follow-up.
MESSAGES.append({
    "id": "X15", "kind": "other", "slug": "own_sent_follow_up_bank", "lang": "es",
    "company": "", "contact": "",
    "frm": ME, "to": [("Lucía Paredes", "lparedes@bac.example.pe")],
    "subj": "Seguimiento - Analista de Planeamiento Financiero",
    "date": "2026-05-27 10:12:40 -0400", "cs": "utf-8", "cte": "8bit",
    "text": """Hola Lucía:

Espero que estés muy bien. Te escribo para consultar si hay novedades sobre el proceso
de Analista de Planeamiento Financiero, después de la entrevista con la Gerencia de
Planeamiento del jueves pasado.

Nuevamente, disculpa lo de la llamada perdida del 13; ese día tuve un problema con el
teléfono en faena.

Saludos,
Rafael
""",
})

# X16 - the candidate's own thank-you, quoting the recruiter (the quote has an offer word).
MESSAGES.append({
    "id": "X16", "kind": "other", "slug": "own_sent_thanks_quoting_offer", "lang": "es",
    "company": "", "contact": "",
    "frm": ME, "to": [("Rosa Quispe Huamán", "rquispe@huascaran.example.pe")],
    "subj": "RE: Oferta laboral - Analista de Planeamiento de Corto Plazo",
    "date": "2026-05-05 08:55:21 -0400", "cs": "utf-8", "cte": "quoted-printable", "irt": "O2",
    "text": """Estimada Rosa:

Muchas gracias por la oferta y por la rapidez del proceso. Estoy revisando la carta con
mi familia por el tema de la mudanza a Lima y le enviaré una respuesta antes del viernes.

¿Sería posible conversar 15 minutos el miércoles sobre el beneficio de reubicación?

Saludos cordiales,
Rafael Ortega-Lindström

El lun, 4 may 2026 a las 13:10, Rosa Quispe Huamán (<rquispe@huascaran.example.pe>) escribió:
> Estimado Rafael:
>
> Es un gusto comunicarle que, luego del proceso de evaluación, Minera Huascarán ha
> decidido extenderle una oferta laboral para el puesto de Analista de Planeamiento de
> Corto Plazo [...]
""",
})

# X17 - out-of-office auto-reply from a recruiter.
MESSAGES.append({
    "id": "X17", "kind": "other", "slug": "out_of_office_recruiter", "lang": "es",
    "company": "", "contact": "catalina.munoz@cerroblanco.example.cl",
    "frm": ("Catalina Muñoz", "catalina.munoz@cerroblanco.example.cl"),
    "subj": "Respuesta automática: Feedback proceso Analista Despacho",
    "date": "2026-02-16 09:01:02 -0300", "cs": "iso-8859-1", "cte": "quoted-printable",
    "irt": "<CAK7Q2xCB=feedback-0216@mail.example.cl>",
    "hdrs": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    "text": """Hola, gracias por tu correo.

Estaré de vacaciones hasta el lunes 2 de marzo, con acceso limitado al correo. Para temas
urgentes de procesos de selección, escribe a Felipe Carrasco (felipe.carrasco@cerroblanco.example.cl).

Saludos,
Catalina Muñoz
""",
})

# X18 - headhunter cold outreach, no interview yet.
MESSAGES.append({
    "id": "X18", "kind": "other", "slug": "headhunter_cold_outreach_lima", "lang": "es",
    "company": "", "contact": "ralarcon@hunterpacifico.example.pe",
    "frm": ("Rodrigo Alarcón", "ralarcon@hunterpacifico.example.pe"),
    "subj": "¿Abierto a nuevas oportunidades en Lima?",
    "date": "2026-08-19 11:30:00 -0500", "cs": "utf-8", "cte": "quoted-printable",
    "text": """Hola Rafael, buen día.

Te encontré en LinkedIn y me llamó la atención tu experiencia en despacho minero y
modelos de optimización. Trabajo con varias empresas de minería y logística en Lima que
están armando equipos de planeamiento y analítica.

No tengo una posición específica para proponerte hoy, pero me gustaría conocerte en una
llamada corta de 15 minutos para entender qué buscas y tenerte en el radar.

¿Te parece si coordinamos algo la próxima semana?

Saludos,
Rodrigo Alarcón
Senior Partner | Hunter Pacífico
Lima, Perú
""",
})

# X19 - professional network notification.
MESSAGES.append({
    "id": "X19", "kind": "other", "slug": "network_profile_views", "lang": "es",
    "company": "", "contact": "",
    "frm": ("RedPro", "notificaciones@redpro.example.com"),
    "subj": "Rafael, 3 reclutadores vieron tu perfil esta semana",
    "date": "2026-04-12 10:00:00 -0400", "cs": "utf-8", "cte": "quoted-printable",
    "hdrs": bulk("notificaciones.redpro.example.com", "https://www.redpro.example.com/psettings/email-unsubscribe?t=ro"),
    "html": """<html><body style="background:#f3f2ef;margin:0;font-family:-apple-system,system-ui,Arial,sans-serif;">
<table width="512" align="center" cellpadding="0" cellspacing="0" style="background:#fff;margin-top:16px;">
<tr><td style="padding:16px 24px;"><img src="https://static.redpro.example.com/mail/logo.png" alt="RedPro" height="22"></td></tr>
<tr><td style="padding:8px 24px 24px;font-size:15px;color:#191919;">
<p>Tu perfil apareció en <b>27 búsquedas</b> y lo vieron <b>3 reclutadores</b>, entre ellos de empresas de Minería y Logística.</p>
<p><a href="https://www.redpro.example.com/comm/me/profile-views?trk=eml-pv" style="background:#0a66c2;color:#fff;padding:10px 16px;border-radius:20px;text-decoration:none;">Ver quién visitó tu perfil</a></p>
<p style="font-size:13px;color:#666;">Consejo: los perfiles con la sección «Abierto a trabajar» reciben hasta el doble de mensajes de reclutadores.</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#888;">Este correo está dirigido a Rafael Ortega-Lindström. <a href="https://www.redpro.example.com/psettings/email-unsubscribe?t=ro" style="color:#888;">Cancelar suscripción</a> · RedPro Corporation</td></tr>
</table>""" + pixel("https://www.redpro.example.com/emimp/ip_pv_ro.gif") + """</body></html>
""",
})

# X20 - vendor webinar invitation.
MESSAGES.append({
    "id": "X20", "kind": "other", "slug": "webinar_fleet_optimisation_vendor", "lang": "es",
    "company": "", "contact": "",
    "frm": ("FleetSim", "eventos@fleetsim.example.com"),
    "subj": "Webinar gratuito: optimización de flotas mineras con IA – 22 de abril",
    "date": "2026-04-08 11:15:00 -0400", "cs": "utf-8", "cte": "base64",
    "hdrs": bulk("FleetSim Eventos <eventos.fleetsim.example.com>", "https://go.fleetsim.example.com/unsubscribe?e=ro",
              "unsubscribe@fleetsim.example.com"),
    "html": """<html><body style="margin:0;background:#0d1b2a;font-family:Montserrat,Arial,sans-serif;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff;">
<tr><td><img src="https://go.fleetsim.example.com/webinar-banner-abril.jpg" alt="FleetSim Webinar: Despacho inteligente" width="600" style="display:block;"></td></tr>
<tr><td style="padding:28px;font-size:15px;color:#1b263b;line-height:1.6;">
<p><b>¿Tus camiones esperan más en la pala que lo que transportan?</b></p>
<p>Te invitamos al webinar <b>«Despacho inteligente: de la regla fija a la optimización en tiempo real»</b>, con casos reales de faenas en Chile y Perú.</p>
<p>📅 Miércoles 22 de abril · 11:00 (Chile) · 60 min · Online</p>
<p><a href="https://go.fleetsim.example.com/l/webinar-abril?utm_campaign=wb04&amp;utm_medium=email" style="background:#e63946;color:#fff;padding:12px 24px;text-decoration:none;font-weight:bold;">RESERVAR MI CUPO</a></p>
</td></tr>
<tr><td style="padding:16px 28px;font-size:11px;color:#999;background:#f1f1f1;">FleetSim Technologies · Av. Vitacura 2939, Santiago · <a href="https://go.fleetsim.example.com/unsubscribe?e=ro" style="color:#999;">Darse de baja</a> · <a href="https://go.fleetsim.example.com/preferences?e=ro" style="color:#999;">Preferencias</a></td></tr>
</table>""" + pixel("https://go.fleetsim.example.com/trk/open/wb04-ro.gif") + """</body></html>
""",
})

# X21 - ATS account verification (not an application acknowledgement).
MESSAGES.append({
    "id": "X21", "kind": "other", "slug": "workday_verify_account", "lang": "es",
    "company": "", "contact": "",
    "frm": ("Minera Pampa Colorada Talent Acquisition", "pampacolorada@myworkday.com"),
    "subj": "Verifica tu dirección de correo electrónico",
    "date": "2026-01-12 22:58:10 -0300", "cs": "utf-8", "cte": "quoted-printable",
    "text": """Hola:

Se creó una cuenta de candidato en el sitio de empleos de Minera Pampa Colorada con esta
dirección de correo electrónico.

Para activarla, haz clic en el siguiente enlace en un plazo de 24 horas:
https://pampacolorada.wd3.myworkdayjobs.com/es-CL/Externo/activate/7f3b0a91c2d84e65

Si no creaste esta cuenta, ignora este mensaje.

Este es un mensaje automático. No respondas a este correo.
""",
})

# X22 - online course certificate.
MESSAGES.append({
    "id": "X22", "kind": "other", "slug": "course_certificate", "lang": "es",
    "company": "", "contact": "",
    "frm": ("AprendeMás", "no-reply@aprendemas.example.com"),
    "subj": "🎓 ¡Felicitaciones! Tu certificado de «Programación lineal con Python» está listo",
    "date": "2026-03-29 13:44:10 -0300", "cs": "utf-8", "cte": "quoted-printable",
    "hb": True,
    "html": """<html><body style="font-family:Arial,sans-serif;background:#f5f7fa;">
<div style="max-width:560px;margin:20px auto;background:#fff;padding:28px;border-radius:6px;">
<img src="https://cdn.aprendemas.example.com/mail/logo.png" alt="AprendeMás" height="30">
<p style="font-size:18px;"><b>¡Lo lograste, Rafael!</b></p>
<p>Completaste el curso <b>Programación lineal con Python</b> con una calificación de 96 %. Tu certificado verificable ya está disponible.</p>
<p><a href="https://www.aprendemas.example.com/certificados/PLP-20260329-RO?utm_source=email" style="background:#2563eb;color:#fff;padding:10px 18px;text-decoration:none;border-radius:4px;">Descargar certificado</a></p>
<p style="font-size:13px;color:#555;">Compártelo en tu perfil profesional: los reclutadores valoran los certificados verificables.</p>
<p style="font-size:11px;color:#999;">AprendeMás Inc. · <a href="https://www.aprendemas.example.com/settings/email" style="color:#999;">Preferencias de correo</a></p>
</div></body></html>
""",
})

# X23 - unemployment insurance "solicitud recibida".
MESSAGES.append({
    "id": "X23", "kind": "other", "slug": "unemployment_insurance_received", "lang": "es",
    "company": "", "contact": "",
    "frm": ("AFC Seguro de Cesantía", "no-responder@afc-cesantia.example.cl"),
    "subj": "Hemos recibido su solicitud",
    "date": "2026-09-10 16:30:00 -0300", "cs": "iso-8859-1", "cte": "8bit",
    "text": """Estimado(a) afiliado(a):

Hemos recibido su solicitud de información sobre el saldo de su Cuenta Individual de
Cesantía (folio 2026-0910-44831). La respuesta se enviará a este correo en un plazo
de 5 días hábiles.

Le recordamos que puede revisar su cartola en línea en www.afc-cesantia.example.cl.

Atentamente,
Servicio al Cliente AFC

Este mensaje ha sido generado automáticamente, por favor no responda.
""",
})

# X24 - industry newsletter with an "entrevista" in the press sense.
MESSAGES.append({
    "id": "X24", "kind": "other", "slug": "industry_newsletter_press_interview", "lang": "es",
    "company": "", "contact": "",
    "frm": ("Boletín Minero Semanal", "boletin@mineriaaldia.example.cl"),
    "subj": "Entrevista exclusiva: el gerente que apagó el despacho manual | Boletín N° 212",
    "date": "2026-05-25 06:00:00 -0400", "cs": "utf-8", "cte": "quoted-printable",
    "hdrs": bulk("Boletín Minero Semanal <boletin.mineriaaldia.example.cl>",
              "https://mineriaaldia.example.cl/newsletter/baja?s=212&u=ro", "baja@mineriaaldia.example.cl"),
    "html": """<html><body style="margin:0;background:#eeeeee;"><table width="100%"><tr><td align="center">
<table width="640" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Georgia,serif;color:#222;">
<tr><td style="padding:18px 24px;border-bottom:4px solid #c47f00;"><img src="https://mineriaaldia.example.cl/img/boletin-logo.png" alt="Minería al Día - Boletín Semanal" height="40"></td></tr>
<tr><td style="padding:20px 24px;">
<h2 style="font-size:22px;margin:0 0 8px;">ENTREVISTA · «El despachador del futuro será un analista»</h2>
<p style="font-size:15px;line-height:1.6;">Conversamos con el gerente de operaciones de una de las faenas más grandes de la Región de Antofagasta sobre la transición al despacho autónomo y el nuevo perfil de los despachadores. <a href="https://mineriaaldia.example.cl/r/212/1?utm_source=boletin">Leer la entrevista</a></p>
<h3 style="font-size:17px;margin:18px 0 6px;">También esta semana</h3>
<ul style="font-size:14px;line-height:1.7;">
<li><a href="https://mineriaaldia.example.cl/r/212/2">Precio del cobre: el mercado descuenta un segundo semestre estrecho</a></li>
<li><a href="https://mineriaaldia.example.cl/r/212/3">Ofertas laborales: 40 vacantes en planificación y mantenimiento</a></li>
<li><a href="https://mineriaaldia.example.cl/r/212/4">Columna: por qué te rechazan en la entrevista técnica</a></li>
<li><a href="https://mineriaaldia.example.cl/r/212/5">Agenda: Exponor 2026 y seminarios de junio</a></li>
</ul>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#888;font-family:Arial,sans-serif;background:#f7f7f7;">Minería al Día Ediciones Ltda. · Recibes este boletín porque te suscribiste en mineriaaldia.example.cl · <a href="https://mineriaaldia.example.cl/newsletter/baja?s=212&amp;u=ro" style="color:#888;">Anular suscripción</a></td></tr>
</table></td></tr></table>""" + pixel("https://mineriaaldia.example.cl/o/212-ro.gif") + """</body></html>
""",
})

# X25 - ex-colleague says he referred Rafael; not an employer's invitation.
MESSAGES.append({
    "id": "X25", "kind": "other", "slug": "ex_colleague_referral", "lang": "es",
    "company": "", "contact": "claudio.henriquez@correo.example.cl",
    "frm": ("Claudio Henríquez", "claudio.henriquez@correo.example.cl"),
    "subj": "te recomendé!",
    "date": "2026-07-03 20:48:30 -0400", "cs": "utf-8", "cte": "8bit",
    "text": """Compadre, te cuento que hablé con mi jefe en el puerto de Angamos y le pasé tu CV para
la pega de planificación de muelle que van a abrir. Le dije que eres el mejor despachador
que conocí en la mina jaja. No sé si te van a llamar, pero por si acaso ten el teléfono a
mano estas semanas.

Abrazo, saludos a la Cami
Claudio
""",
})

# X26 - former boss: a company asked him for references.
MESSAGES.append({
    "id": "X26", "kind": "other", "slug": "former_boss_reference_call", "lang": "es",
    "company": "", "contact": "gherrera.mina@correo.example.cl",
    "frm": ("Gonzalo Herrera", "gherrera.mina@correo.example.cl"),
    "subj": "Referencias",
    "date": "2026-08-07 13:25:10 -0400", "cs": "iso-8859-1", "cte": "quoted-printable",
    "text": """Rafael:

Te aviso que hoy me llamaron de Lithium Puna, de Argentina, para pedirme referencias
tuyas. Les hablé muy bien, obviamente: de cómo bajamos las esperas en pala y del sistema
de turnos que armaste. Me preguntaron por tu inglés y por cómo manejas la presión en
turno de noche.

Mucho éxito, ojalá resulte. Avísame.

Gonzalo
""",
})

# X27 - agency's weekly mass mailing of openings.
MESSAGES.append({
    "id": "X27", "kind": "other", "slug": "agency_weekly_openings_mailing", "lang": "es",
    "company": "", "contact": "",
    "frm": ("Talento Minero Headhunters", "newsletter@talentominero.example.cl"),
    "subj": "🔥 Oportunidades de la semana: 9 cargos en minería y logística",
    "date": "2026-09-14 08:00:00 -0300", "cs": "utf-8", "cte": "base64",
    "hb": True,
    "hdrs": bulk("Talento Minero Semanal <semanal.talentominero.example.cl>",
              "https://talentominero.example.cl/lista/baja?u=ro-2201"),
    "html": """<html><body style="font-family:Arial,sans-serif;background:#fafafa;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;">
<tr><td style="padding:18px;background:#1c3144;"><img src="https://talentominero.example.cl/img/logo-blanco.png" alt="Talento Minero Headhunters" height="34"></td></tr>
<tr><td style="padding:20px;font-size:14px;color:#333;">
<p>¡Hola Rafael! Estas son las búsquedas abiertas de esta semana. Si alguna te interesa, postula desde el enlace:</p>
<ul style="line-height:1.8;">
<li><a href="https://talentominero.example.cl/b/1201">Planner Corto Plazo – Minera de cobre, Antofagasta</a></li>
<li><a href="https://talentominero.example.cl/b/1202">Despachador Senior – Faena en Tarapacá (7x7)</a></li>
<li><a href="https://talentominero.example.cl/b/1203">Analista de Productividad – Contratista minero, Calama</a></li>
<li><a href="https://talentominero.example.cl/b/1204">Jefe de Logística – Puerto, Mejillones</a></li>
<li><a href="https://talentominero.example.cl/b/1205">Ingeniero de Control de Gestión – Santiago</a></li>
<li><a href="https://talentominero.example.cl/b/1206">Supervisor de Operaciones Mina – Copiapó</a></li>
<li><a href="https://talentominero.example.cl/b/1207">Analista de Datos Mina – Santiago (híbrido)</a></li>
<li><a href="https://talentominero.example.cl/b/1208">Coordinador de Transporte de Concentrado – Antofagasta</a></li>
<li><a href="https://talentominero.example.cl/b/1209">Especialista Sistemas de Despacho – Lima, Perú</a></li>
</ul>
</td></tr>
<tr><td style="padding:12px 20px;font-size:11px;color:#999;">Recibes este correo porque estás en nuestra base de candidatos. <a href="https://talentominero.example.cl/lista/baja?u=ro-2201" style="color:#999;">Desuscribirme</a></td></tr>
</table></body></html>
""",
})

# X28 - meetup community announcement.
MESSAGES.append({
    "id": "X28", "kind": "other", "slug": "meetup_or_community", "lang": "es",
    "company": "", "contact": "",
    "frm": ("Investigación Operativa Santiago (Meetup)", "info@meetup-mail.example.com"),
    "subj": "Nuevo encuentro: «Modelos de colas en la vida real» – jueves 18 de junio",
    "date": "2026-06-08 19:00:00 -0400", "cs": "utf-8", "cte": "quoted-printable",
    "hdrs": bulk("<io-santiago.meetup-mail.example.com>", "https://meetup.example.com/io-santiago/unsubscribe?u=ro"),
    "text": """Investigación Operativa Santiago anunció un nuevo encuentro

Modelos de colas en la vida real: de la pala minera a la fila del banco
Jueves 18 de junio de 2026, 19:00
Cowork Matta, Av. Manuel Montt 1390, Providencia

Charlas:
- «Teoría de colas para despachadores» – Camila Fuenzalida
- «¿Por qué la fila de al lado siempre avanza más rápido?» – Ignacio Leiva

Quedan 23 cupos. Confirma tu asistencia: https://meetup.example.com/io-santiago/events/30012

--
No quieres recibir estos correos? https://meetup.example.com/io-santiago/unsubscribe?u=ro
""",
})

# X29 - airline: the flight has been rescheduled (another meaning of "reprogramado").
MESSAGES.append({
    "id": "X29", "kind": "other", "slug": "flight_rescheduled_airline", "lang": "es",
    "company": "", "contact": "",
    "frm": ("SkyAndes", "notificaciones@skyandes.example.com"),
    "subj": "Su vuelo SA 312 Santiago–Antofagasta ha sido reprogramado",
    "date": "2026-07-30 05:12:44 -0400", "cs": "utf-8", "cte": "quoted-printable",
    "html": """<html><body style="font-family:Arial,sans-serif;background:#eef3f8;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;">
<tr><td style="background:#003a70;padding:14px 20px;"><img src="https://www.skyandes.example.com/mail/logo-w.png" alt="SkyAndes" height="28"></td></tr>
<tr><td style="padding:20px;font-size:14px;color:#222;">
<p>Estimado Sr. Ortega-Lindström,</p>
<p>Por razones operacionales, su vuelo ha sido reprogramado:</p>
<table cellpadding="6" style="font-size:13px;border:1px solid #dde3ea;width:100%;">
<tr><td>Vuelo</td><td><b>SA 312</b> · SCL → ANF</td></tr>
<tr><td>Salida original</td><td style="text-decoration:line-through;">31 jul 2026 · 07:15</td></tr>
<tr><td>Nueva salida</td><td><b>31 jul 2026 · 09:40</b></td></tr>
<tr><td>Código de reserva</td><td>QX7P2M</td></tr>
</table>
<p>Si el nuevo horario no le acomoda, puede cambiar su vuelo sin costo en <a href="https://www.skyandes.example.com/mis-viajes?pnr=QX7P2M">Mis viajes</a>.</p>
</td></tr>
<tr><td style="padding:12px 20px;font-size:11px;color:#888;">SkyAndes S.A. · Este es un mensaje automático.</td></tr>
</table></body></html>
""",
})

# ---------------------------------------------------------------- English

# X30 - job alert digest.
_jobs30 = [
    ("Operations Research Analyst", "Coolgardie Resources", "Perth WA", "$110k - $130k"),
    ("Short Interval Control Analyst", "Pilbara Ore Haulage", "Rivervale WA", "$105k + super"),
    ("Mine Scheduler (FIFO 8/6)", "Westgate Minerals", "Kalgoorlie WA", "Competitive"),
    ("Supply Chain Optimisation Analyst", "Swan River Logistics", "Kewdale WA", "$95k - $115k"),
    ("Rail Planning Analyst", "Esperance Rail & Port", "Perth WA", "$115k - $125k"),
]
MESSAGES.append({
    "id": "X30", "kind": "other", "slug": "job_alert_digest_perth", "lang": "en",
    "company": "", "contact": "",
    "frm": ("CareerLink Job Alerts", "jobalerts-noreply@careerlink.example.com"),
    "subj": "5 new jobs for \"operations research analyst\" in Perth WA",
    "date": "2026-04-16 07:05:00 +0800", "cs": "utf-8", "cte": "quoted-printable",
    "auto_text": True,
    "hdrs": bulk("jobalerts.careerlink.example.com", "https://www.careerlink.example.com/alerts/unsubscribe?k=or-perth-ro"),
    "html": '<html><body style="font-family:Arial,sans-serif;background:#f4f4f4;margin:0;"><table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;">'
         '<tr><td style="padding:16px 24px;"><img src="https://cdn.careerlink.example.com/email/logo.png" alt="CareerLink" height="26"></td></tr>'
         '<tr><td style="padding:0 24px 8px;font-size:15px;color:#222;">New jobs matching your alert <b>operations research analyst · Perth WA</b></td></tr>'
         + "".join(
             f'<tr><td style="padding:10px 24px;border-top:1px solid #eee;font-size:14px;">'
             f'<a href="https://www.careerlink.example.com/rc/clk?jk={i}a7f3&amp;from=ja" style="color:#2557a7;font-weight:bold;">{t}</a><br>'
             f'<span style="color:#555;">{c} - {p}</span><br><span style="color:#777;font-size:12px;">{s}</span></td></tr>'
             for i, (t, c, p, s) in enumerate(_jobs30))
         + '<tr><td style="padding:16px 24px;font-size:11px;color:#999;">You are receiving this because you created a job alert. '
           '<a href="https://www.careerlink.example.com/alerts/unsubscribe?k=or-perth-ro" style="color:#999;">Unsubscribe</a> · CareerLink, Inc.</td></tr>'
           "</table>" + pixel("https://www.careerlink.example.com/o/ja-or-perth.gif") + "</body></html>\n",
})

# X31 - career newsletter about ghosting and rejection (multipart/alternative).
_x31 = [
    "<b>This week: why you didn't hear back</b>",
    "Ghosted after a final round? You're not alone. We asked 40 recruiters what really happens after "
    "\"we'll be in touch\" - and how to follow up without burning the bridge.",
    "Plus: a template for replying to a rejection email that has actually led to offers, and what to do if "
    "you missed an interview because of a time-zone mix-up (it happens more than you think).",
    '<a href="https://news.thehiredhand.example.com/c/ghosting?utm_source=nl42">Read: The ghosting report</a><br>'
    '<a href="https://news.thehiredhand.example.com/c/rejection-reply?utm_source=nl42">Template: replying to a rejection</a><br>'
    '<a href="https://news.thehiredhand.example.com/c/timezones?utm_source=nl42">Missed interview? A recovery script</a>',
]
MESSAGES.append({
    "id": "X31", "kind": "other", "slug": "career_newsletter_ghosting", "lang": "en",
    "company": "", "contact": "",
    "frm": ("The Hired Hand", "newsletter@thehiredhand.example.com"),
    "subj": "Why you didn't hear back (and what to do about it)",
    "date": "2026-05-12 06:30:00 -0400", "cs": "utf-8", "cte": "quoted-printable",
    "hdrs": bulk("The Hired Hand <weekly.thehiredhand.example.com>",
              "https://news.thehiredhand.example.com/unsubscribe?s=ro42", "unsubscribe@thehiredhand.example.com"),
    "text": to_text("".join(f"<p>{p}</p>" for p in _x31)) + "\nUnsubscribe: https://news.thehiredhand.example.com/unsubscribe?s=ro42\n",
    "html": '<html><body style="font-family:Georgia,serif;background:#fffdf7;"><div style="max-width:580px;margin:0 auto;padding:24px;">'
         '<img src="https://news.thehiredhand.example.com/logo.png" alt="The Hired Hand" height="32">'
         + ps(*_x31, style="font-size:16px;line-height:1.6;color:#222;margin:0 0 16px;")
         + '<p style="font-size:11px;color:#999;font-family:Arial,sans-serif;">The Hired Hand, 401 Richmond St W, Toronto · '
           '<a href="https://news.thehiredhand.example.com/unsubscribe?s=ro42" style="color:#999;">Unsubscribe</a></p>'
           "</div>" + pixel("https://news.thehiredhand.example.com/o/ro42.gif") + "</body></html>\n",
})

# X32 - podcast interview request, English.
MESSAGES.append({
    "id": "X32", "kind": "other", "slug": "podcast_guest_request_perth", "lang": "en",
    "company": "", "contact": "liam@haulroadpod.example.com.au",
    "frm": ("Liam Carter", "liam@haulroadpod.example.com.au"),
    "subj": "Guest spot on The Haul Road podcast?",
    "date": "2026-06-16 14:20:00 +0800", "cs": "us-ascii", "cte": "7bit",
    "text": """G'day Rafael,

I host The Haul Road, a podcast about the people who keep mine fleets moving. A mate
of mine who was at the Santiago dispatch conference said your talk on shovel queueing
was the highlight, so I'd love to interview you for an episode.

It's a relaxed 45-minute chat over Zoom, no slides. We'd schedule it around your time
zone - happy to record at 7am Perth / 7pm Santiago.

Keen?

Liam Carter
The Haul Road Podcast
""",
})

# X33 - user-research interview from a named researcher (a person).
MESSAGES.append({
    "id": "X33", "kind": "other", "slug": "user_research_interview_researcher", "lang": "en",
    "company": "", "contact": "hannah.kim@solverly.example.com",
    "frm": ("Hannah Kim", "hannah.kim@solverly.example.com"),
    "subj": "30-min research interview about your optimisation workflow ($75 gift card)",
    "date": "2026-03-24 12:00:00 -0400", "cs": "utf-8", "cte": "quoted-printable",
    "text": """Hi Rafael,

I'm a UX researcher at Solverly. You signed up for our modelling notebook beta in
February, and I'd love to interview you about how you build and share optimisation
models at work - what's painful, what you'd never give up.

It's a 30-minute video call, no preparation needed, and we'll send a $75 gift card as
a thank-you. Just reply with a couple of times that work for you next week.

Thanks!
Hannah Kim
Senior UX Researcher, Solverly
""",
})

# X34 - "your position" on a waitlist.
MESSAGES.append({
    "id": "X34", "kind": "other", "slug": "waitlist_position_beta", "lang": "en",
    "company": "", "contact": "",
    "frm": ("Solverly", "no-reply@solverly.example.com"),
    "subj": "You moved up! Your position on the waitlist: #1,204",
    "date": "2026-02-26 10:10:10 -0500", "cs": "utf-8", "cte": "quoted-printable",
    "html": """<html><body style="font-family:Inter,Arial,sans-serif;background:#0f172a;margin:0;">
<div style="max-width:520px;margin:0 auto;background:#fff;padding:32px;">
<img src="https://solverly.example.com/email/logo-dark.png" alt="Solverly" height="26">
<p style="font-size:22px;margin:24px 0 8px;"><b>Your position: #1,204</b></p>
<p style="color:#475569;">You jumped 310 places this week. Invite colleagues to move up faster - each sign-up moves you 50 spots.</p>
<p><a href="https://solverly.example.com/waitlist/share?ref=ro1204" style="background:#6366f1;color:#fff;padding:10px 18px;border-radius:6px;text-decoration:none;">Share my invite link</a></p>
<p style="font-size:11px;color:#94a3b8;">Solverly Inc. · <a href="https://solverly.example.com/unsubscribe?u=ro1204" style="color:#94a3b8;">Unsubscribe</a></p>
</div></body></html>
""",
})

# X35 - parcel delayed.
MESSAGES.append({
    "id": "X35", "kind": "other", "slug": "parcel_delayed_perth", "lang": "en",
    "company": "", "contact": "",
    "frm": ("ParcelWest Tracking", "tracking-noreply@parcelwest.example.com.au"),
    "subj": "Unfortunately, your parcel is delayed",
    "date": "2026-05-29 15:45:00 +0800", "cs": "utf-8", "cte": "quoted-printable",
    "html": """<html><body style="font-family:Arial,sans-serif;">
<table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td style="padding:12px 0;border-bottom:4px solid #d71920;"><img src="https://parcelwest.example.com.au/img/email-logo.png" alt="ParcelWest" height="30"></td></tr>
<tr><td style="padding:18px 0;font-size:14px;color:#222;">
<p>Hi Rafael,</p>
<p>Unfortunately, your parcel <b>PW 3398 1127 44</b> has been delayed at our Perth Airport facility due to an international customs inspection.</p>
<p>New estimated delivery: <b>Tuesday 2 June</b>.</p>
<p><a href="https://parcelwest.example.com.au/track/PW3398112744?src=email">Track your parcel</a></p>
</td></tr>
<tr><td style="font-size:11px;color:#888;">This is an automated message - please do not reply. ParcelWest Pty Ltd.</td></tr>
</table></body></html>
""",
})

# X36 - out-of-office reply from a recruiter, English.
MESSAGES.append({
    "id": "X36", "kind": "other", "slug": "out_of_office_priya", "lang": "en",
    "company": "", "contact": "priya.nair@cadenceor.example.ca",
    "frm": ("Priya Nair", "priya.nair@cadenceor.example.ca"),
    "subj": "Automatic reply: Thank you and a question about feedback",
    "date": "2026-06-15 10:31:00 -0400", "cs": "utf-8", "cte": "7bit",
    "irt": "<CAK7Q2xCD=feedback-0615@mail.example.cl>",
    "hdrs": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    "text": """Hi there,

I'm out of the office until Monday, June 22 with limited access to email. If your
message is about an active interview process, please contact talent@cadenceor.example.ca
and someone from the team will get back to you.

Thanks,
Priya
""",
})

# X37 - recruiter cold outreach, no interview.
MESSAGES.append({
    "id": "X37", "kind": "other", "slug": "recruiter_cold_outreach_toronto", "lang": "en",
    "company": "", "contact": "ryan.mitchell@mapletalent.example.ca",
    "frm": ("Ryan Mitchell", "ryan.mitchell@mapletalent.example.ca"),
    "subj": "Quick question",
    "date": "2026-07-22 09:14:00 -0400", "cs": "utf-8", "cte": "quoted-printable",
    "text": """Hi Rafael,

Hope you're well. I lead the supply chain & analytics desk at Maple Talent Partners here
in Toronto. Your background - real-time dispatch plus OR modelling - is rare, and I work
with a few mining and 3PL clients who'd likely be interested.

Would you be open to a 15-minute intro call so I can understand what you're looking for?
No specific role yet, just want to get to know you.

Best,
Ryan Mitchell
Principal Consultant | Maple Talent Partners
416-555-0199
""",
})

# X38 - the candidate's own sent mail in English.
MESSAGES.append({
    "id": "X38", "kind": "other", "slug": "own_sent_enquiry_perth", "lang": "en",
    "company": "", "contact": "",
    "frm": ME, "to": [("Tom Becker", "tom.becker@swanriverlogistics.example.com.au")],
    "subj": "Fleet Controller role - enquiry",
    "date": "2026-03-04 20:05:33 -0300", "cs": "utf-8", "cte": "quoted-printable",
    "text": """Hi Tom,

I came across your name on the Swan River Logistics website and wanted to ask about the
Fleet Controller position you advertised in February. I'm a mining truck dispatcher in
Chile moving into planning and operations research, and I'm relocating to Perth later
this year.

Is the role still open? I'd be happy to send my CV or jump on a call.

Kind regards,
Rafael Ortega-Lindström
""",
})

# X39 - a friend in Perth about his own rejection.
MESSAGES.append({
    "id": "X39", "kind": "other", "slug": "friend_own_rejection_perth", "lang": "en",
    "company": "", "contact": "matt.obrien@mailbox.example.com.au",
    "frm": ("Matt O'Brien", "matt.obrien@mailbox.example.com.au"),
    "subj": "knocked back again lol",
    "date": "2026-04-01 19:40:12 +0800", "cs": "us-ascii", "cte": "7bit",
    "text": """Mate,

Got knocked back from Westgate today, same "more closely matches" line they sent you I
reckon. Three interviews for that?? Anyway, I've got another one with a rail mob in
Esperance next week, fingers crossed.

You still coming over in August? Beers on me when you land.

Matt
""",
})

# X40 - credit union: line of credit declined.
MESSAGES.append({
    "id": "X40", "kind": "other", "slug": "line_of_credit_declined", "lang": "en",
    "company": "", "contact": "",
    "frm": ("Lakeside Credit Union", "alerts@lakesidecu.example.ca"),
    "subj": "Update on your Line of Credit application",
    "date": "2026-08-28 12:00:00 -0400", "cs": "utf-8", "cte": "base64",
    "html": """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222;">
<table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td style="padding:14px 0;"><img src="https://www.lakesidecu.example.ca/email/logo.png" alt="Lakeside Credit Union" height="32"></td></tr>
<tr><td style="padding:10px 0;line-height:1.5;">
<p>Dear Rafael Ortega-Lindström,</p>
<p>Thank you for applying for a Personal Line of Credit. After reviewing your application, we are unable to approve it at this time because we could not verify a Canadian credit history.</p>
<p>You may request a copy of the information used in our decision, or apply again once you have established credit in Canada.</p>
<p>Lakeside Credit Union</p>
</td></tr>
<tr><td style="font-size:10px;color:#888;border-top:1px solid #ddd;padding-top:8px;">This is an automated notification. Please do not reply. Lakeside Credit Union Limited, Toronto, Ontario.</td></tr>
</table></body></html>
""",
})

# X41 - rental application unsuccessful, Perth.
MESSAGES.append({
    "id": "X41", "kind": "other", "slug": "rental_application_unsuccessful", "lang": "en",
    "company": "", "contact": "",
    "frm": ("RentWest", "noreply@rentwest.example.com.au"),
    "subj": "Your rental application for 12/45 Hay Street, Subiaco",
    "date": "2026-08-25 16:20:00 +0800", "cs": "utf-8", "cte": "quoted-printable",
    "text": """Hi Rafael,

Thank you for applying for 12/45 Hay Street, Subiaco WA 6008.

Unfortunately your application was unsuccessful on this occasion. The property
manager received a high number of applications and has approved another applicant.

Your RentWest profile is saved, so you can apply for other properties in one click.

The RentWest Team
This email was sent automatically - replies are not monitored.
""",
})

# X42 - professional society chapter newsletter.
MESSAGES.append({
    "id": "X42", "kind": "other", "slug": "or_society_chapter_newsletter", "lang": "en",
    "company": "", "contact": "",
    "frm": ("OR Society Toronto Chapter", "chapter-news@orsociety-toronto.example.ca"),
    "subj": "Chapter News - September: award winner interview, speed mentoring, job board",
    "date": "2026-09-03 08:00:00 -0400", "cs": "utf-8", "cte": "quoted-printable",
    "hdrs": bulk("OR Society Toronto <news.orsociety-toronto.example.ca>",
              "https://orsociety-toronto.example.ca/list/unsubscribe?m=ro", "leave-news@orsociety-toronto.example.ca"),
    "html": """<html><body style="font-family:Arial,sans-serif;background:#f2f2f2;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;">
<tr><td style="padding:16px 24px;background:#23395d;color:#fff;font-size:20px;"><img src="https://orsociety-toronto.example.ca/img/logo-w.png" alt="OR Society Toronto Chapter" height="30"></td></tr>
<tr><td style="padding:20px 24px;font-size:14px;color:#222;line-height:1.6;">
<p><b>Interview with our 2026 Practice Award winner</b><br>We sat down with the team that cut ambulance response times in Peel Region by 9%. <a href="https://orsociety-toronto.example.ca/r/news-09-1">Read the interview</a></p>
<p><b>Speed mentoring - September 24</b><br>Twelve mentors, 10 minutes each. Early-career members and career changers welcome. <a href="https://orsociety-toronto.example.ca/r/news-09-2">Register</a></p>
<p><b>Job board</b><br>Six new postings this month, including two analyst roles in mining and energy. <a href="https://orsociety-toronto.example.ca/r/news-09-3">See the board</a></p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#888;">You receive this as a chapter member. <a href="https://orsociety-toronto.example.ca/list/unsubscribe?m=ro" style="color:#888;">Unsubscribe</a></td></tr>
</table></body></html>
""",
})

# X43 - ATS password-changed notice.
MESSAGES.append({
    "id": "X43", "kind": "other", "slug": "workday_password_changed", "lang": "en",
    "company": "", "contact": "",
    "frm": ("Westgate Minerals Careers", "westgate@myworkday.com"),
    "subj": "Your password has been changed",
    "date": "2026-03-03 20:02:11 +0800", "cs": "utf-8", "cte": "7bit",
    "text": """Hello,

The password for your Westgate Minerals candidate account (rafael.ol@example.cl) was
changed on 3 March 2026 at 8:01 PM AWST.

If you did not make this change, please reset your password immediately:
https://westgate.wd5.myworkdayjobs.com/en-AU/careers/forgotPassword

This is an automated message. Please do not reply.
""",
})

# ---------------------------------------------------------------- French

# X44 - Quebec job alert.
MESSAGES.append({
    "id": "X44", "kind": "other", "slug": "fr_alerte_emploi", "lang": "fr",
    "company": "", "contact": "",
    "frm": ("Alertes EmploiNord", "alertes@emploinord.example.ca"),
    "subj": "4 nouveaux emplois : analyste en recherche opérationnelle",
    "date": "2026-06-18 06:45:00 -0400", "cs": "utf-8", "cte": "quoted-printable",
    "auto_text": True,
    "hdrs": bulk("alertes.emploinord.example.ca", "https://www.emploinord.example.ca/alertes/desabonnement?id=ro77"),
    "html": """<html><body style="font-family:Arial,sans-serif;background:#f5f5f5;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;">
<tr><td style="padding:14px 22px;border-bottom:3px solid #0072bc;"><img src="https://www.emploinord.example.ca/img/courriel-logo.png" alt="EmploiNord" height="28"></td></tr>
<tr><td style="padding:18px 22px;font-size:14px;color:#222;">
<p>Bonjour Rafael, voici les nouvelles offres correspondant à votre alerte <b>« analyste recherche opérationnelle – Toronto / Montréal »</b> :</p>
<p><a href="https://www.emploinord.example.ca/offre/55101?src=alerte">Analyste en optimisation logistique</a> – Transports Beauport – Montréal</p>
<p><a href="https://www.emploinord.example.ca/offre/55117?src=alerte">Analyste, planification minière</a> – Minerai de Fer Ungava – Toronto</p>
<p><a href="https://www.emploinord.example.ca/offre/55122?src=alerte">Conseiller(ère) en amélioration continue</a> – Hydro-Nordique – Toronto</p>
<p><a href="https://www.emploinord.example.ca/offre/55140?src=alerte">Analyste de données opérationnelles</a> – Port de Trois-Rivières – Trois-Rivières</p>
</td></tr>
<tr><td style="padding:12px 22px;font-size:11px;color:#888;"><a href="https://www.emploinord.example.ca/alertes/modifier?id=ro77" style="color:#888;">Modifier l'alerte</a> · <a href="https://www.emploinord.example.ca/alertes/desabonnement?id=ro77" style="color:#888;">Se désabonner</a></td></tr>
</table></body></html>
""",
})

# X45 - French career newsletter about bouncing back after a refusal.
MESSAGES.append({
    "id": "X45", "kind": "other", "slug": "fr_infolettre_rebondir_refus", "lang": "fr",
    "company": "", "contact": "",
    "frm": ("Carrière+ l'infolettre", "infolettre@carriereplus.example.ca"),
    "subj": "Rebondir après un refus : 4 réflexes à adopter",
    "date": "2026-09-22 07:00:00 -0400", "cs": "utf-8", "cte": "base64",
    "hdrs": bulk("Carrière+ <infolettre.carriereplus.example.ca>",
              "https://carriereplus.example.ca/desabonnement?u=ro", "desabonnement@carriereplus.example.ca"),
    "html": """<html><body style="font-family:Georgia,serif;background:#fbfaf7;">
<div style="max-width:580px;margin:0 auto;padding:24px;background:#fff;">
<img src="https://carriereplus.example.ca/img/infolettre.png" alt="Carrière+" height="34">
<h2 style="font-size:21px;">Rebondir après un refus</h2>
<p style="font-size:15px;line-height:1.6;">« Nous avons retenu une autre candidature » : la phrase fait mal, surtout après une entrevue qui semblait bien se passer. Nos conseillers proposent quatre réflexes pour transformer un refus en occasion : demander une rétroaction, garder le lien, analyser l'écart, repartir vite.</p>
<p style="font-size:15px;line-height:1.6;">Aussi dans ce numéro : comment négocier une offre d'emploi quand on arrive de l'étranger, et notre guide des entrevues vidéo.</p>
<p><a href="https://carriereplus.example.ca/r/refus?utm_source=infolettre">Lire l'article</a> · <a href="https://carriereplus.example.ca/r/offre-etranger?utm_source=infolettre">Négocier une offre</a> · <a href="https://carriereplus.example.ca/r/entrevue-video?utm_source=infolettre">Guide entrevue vidéo</a></p>
<p style="font-size:11px;color:#999;font-family:Arial,sans-serif;">Vous recevez cette infolettre parce que vous y êtes abonné. <a href="https://carriereplus.example.ca/desabonnement?u=ro" style="color:#999;">Se désabonner</a></p>
</div></body></html>
""",
})

# X46 - French out-of-office.
MESSAGES.append({
    "id": "X46", "kind": "other", "slug": "fr_reponse_automatique_absence", "lang": "fr",
    "company": "", "contact": "jtremblay@hydronordique.example.ca",
    "frm": ("Julie Tremblay", "jtremblay@hydronordique.example.ca"),
    "subj": "Réponse automatique : Lettre d'offre signée",
    "date": "2026-07-02 09:00:12 -0400", "cs": "windows-1252", "cte": "quoted-printable",
    "irt": "<CAK7Q2xHN=offre-signee-0702@mail.example.cl>",
    "hdrs": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    "text": """Bonjour,

Je suis en vacances jusqu'au 13 juillet inclusivement et n'aurai pas accès à mes
courriels. Pour toute question urgente concernant un processus de recrutement, veuillez
écrire à recrutement@hydronordique.example.ca.

Merci et bonne journée!

Julie Tremblay
""",
})

# X47 - a friend in Montreal about her own interview.
MESSAGES.append({
    "id": "X47", "kind": "other", "slug": "fr_amie_sa_propre_entrevue", "lang": "fr",
    "company": "", "contact": "amelie.cote@courriel.example.ca",
    "frm": ("Amélie Côté", "amelie.cote@courriel.example.ca"),
    "subj": "devine quoi",
    "date": "2026-05-07 21:15:40 -0400", "cs": "utf-8", "cte": "8bit",
    "text": """Salut Rafa!

Devine quoi : j'ai eu mon entrevue chez Transports Beauport ce matin et ils m'ont déjà
rappelée pour une deuxième ronde!! Je capote. C'est toi qui m'avais dit de parler de
mes projets d'optimisation de tournées, ça a marché.

Et toi, ça avance avec Toronto? Appelle-moi en fin de semaine.

Bisous,
Amélie
""",
})

# X48 - French parcel delay, windows-1252.
MESSAGES.append({
    "id": "X48", "kind": "other", "slug": "fr_colis_retarde", "lang": "fr",
    "company": "", "contact": "",
    "frm": ("ColisExpress", "ne-pas-repondre@colisexpress.example.ca"),
    "subj": "Malheureusement, votre colis est retardé",
    "date": "2026-09-29 13:02:00 -0400", "cs": "windows-1252", "cte": "quoted-printable",
    "text": """Bonjour Rafael,

Malheureusement, la livraison de votre colis n° CE 7741 0093 2 est retardée en raison
d'un volume exceptionnel au centre de tri de Mississauga.

Nouvelle date de livraison prévue : jeudi 1er octobre.

Suivre mon colis : https://www.colisexpress.example.ca/suivi/CE774100932

Merci de votre patience.
L'équipe ColisExpress – Ce message a été envoyé automatiquement.
""",
})

# ---------------------------------------------------------------- German

# X49 - German job alert.
MESSAGES.append({
    "id": "X49", "kind": "other", "slug": "de_jobagent_alert", "lang": "de",
    "company": "", "contact": "",
    "frm": ("Jobbörse Rhein-Main Jobagent", "jobagent@jobboerse-rheinmain.example.de"),
    "subj": "5 neue Jobs für \"Operations Research\" in Frankfurt am Main",
    "date": "2026-07-09 06:15:00 +0200", "cs": "utf-8", "cte": "quoted-printable",
    "hdrs": bulk("jobagent.jobboerse-rheinmain.example.de", "https://www.jobboerse-rheinmain.example.de/jobagent/abmelden?id=ro-991"),
    "html": """<html><body style="font-family:Arial,sans-serif;background:#f0f0f0;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;">
<tr><td style="padding:14px 22px;background:#003366;"><img src="https://www.jobboerse-rheinmain.example.de/img/mail-logo.png" alt="Jobbörse Rhein-Main" height="28"></td></tr>
<tr><td style="padding:18px 22px;font-size:14px;color:#222;">
<p>Hallo Rafael Ortega-Lindström,</p>
<p>Ihr Jobagent hat 5 neue Stellenangebote gefunden:</p>
<p><a href="https://www.jobboerse-rheinmain.example.de/job/77101?ja=1">Operations Research Analyst (m/w/d)</a><br><span style="color:#666;">Rheinmain Logistik GmbH · Frankfurt-Fechenheim</span></p>
<p><a href="https://www.jobboerse-rheinmain.example.de/job/77122?ja=1">Junior Data Scientist Netzplanung (m/w/d)</a><br><span style="color:#666;">Hessische Energie AG · Frankfurt am Main</span></p>
<p><a href="https://www.jobboerse-rheinmain.example.de/job/77140?ja=1">Supply Chain Planner (w/m/d)</a><br><span style="color:#666;">Mainfracht Spedition · Hanau</span></p>
<p><a href="https://www.jobboerse-rheinmain.example.de/job/77156?ja=1">Werkstudent Optimierung (m/w/d)</a><br><span style="color:#666;">TourenWerk GmbH · Frankfurt am Main</span></p>
<p><a href="https://www.jobboerse-rheinmain.example.de/job/77161?ja=1">Referent Kapazitätsplanung (m/w/d)</a><br><span style="color:#666;">Frankfurter Kreditbank AG · Frankfurt am Main</span></p>
</td></tr>
<tr><td style="padding:12px 22px;font-size:11px;color:#888;">Jobbörse Rhein-Main GmbH · Mainzer Landstraße 50 · 60325 Frankfurt · <a href="https://www.jobboerse-rheinmain.example.de/jobagent/abmelden?id=ro-991" style="color:#888;">Jobagent abbestellen</a> · <a href="https://www.jobboerse-rheinmain.example.de/impressum" style="color:#888;">Impressum</a></td></tr>
</table></body></html>
""",
})

# X50 - flat application refused, German.
MESSAGES.append({
    "id": "X50", "kind": "other", "slug": "de_wohnung_absage", "lang": "de",
    "company": "", "contact": "",
    "frm": ("ImmoPortal Frankfurt", "noreply@immoportal.example.de"),
    "subj": "Ihre Anfrage zur Wohnung: 2-Zimmer-Wohnung, Frankfurt-Bornheim",
    "date": "2026-09-24 17:40:00 +0200", "cs": "iso-8859-1", "cte": "quoted-printable",
    "text": """Guten Tag Herr Ortega-Lindström,

vielen Dank für Ihr Interesse an der 2-Zimmer-Wohnung in der Berger Straße,
Frankfurt-Bornheim (Objekt-Nr. 44-1187).

Leider müssen wir Ihnen mitteilen, dass sich der Vermieter für einen anderen
Interessenten entschieden hat. Wir wünschen Ihnen viel Erfolg bei Ihrer weiteren
Wohnungssuche.

Ihr ImmoPortal-Team

Diese Nachricht wurde automatisch versendet. Antworten an diese Adresse werden nicht gelesen.
""",
})

# X51 - German out-of-office.
MESSAGES.append({
    "id": "X51", "kind": "other", "slug": "de_abwesenheitsnotiz", "lang": "de",
    "company": "", "contact": "katrin.schaefer@hessen-energie.example.de",
    "frm": ("Schäfer, Katrin", "katrin.schaefer@hessen-energie.example.de"),
    "subj": "Automatische Antwort: Rückfrage zum Gespräch am 27. Juli",
    "date": "2026-08-03 10:05:00 +0200", "cs": "iso-8859-1", "cte": "quoted-printable",
    "irt": "<CAK7Q2xHE=rueckfrage-0803@mail.example.cl>",
    "hdrs": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    "text": """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 21. August nicht im Büro und habe keinen Zugriff auf meine
E-Mails. In dringenden Fällen wenden Sie sich bitte an recruiting@hessen-energie.example.de.

Mit freundlichen Grüßen
Katrin Schäfer
""",
})

# X52 - user-research interview from a person, German.
MESSAGES.append({
    "id": "X52", "kind": "other", "slug": "de_nutzerstudie_interview", "lang": "de",
    "company": "", "contact": "jonas.keller@bahnplaner.example.de",
    "frm": ("Jonas Keller", "jonas.keller@bahnplaner.example.de"),
    "subj": "Interview für unsere Nutzerstudie?",
    "date": "2026-10-01 11:20:00 +0200", "cs": "utf-8", "cte": "quoted-printable",
    "text": """Hallo Rafael,

du nutzt seit ein paar Wochen die Beta von BahnPlaner - danke dafür! Wir führen gerade
eine Nutzerstudie durch und würden gern ein 30-minütiges Interview mit dir machen: wie
du Verbindungen planst, was dich nervt, was fehlt.

Als Dankeschön gibt es einen 30-Euro-Gutschein. Antworte einfach mit zwei, drei
Terminvorschlägen für nächste Woche.

Viele Grüße
Jonas Keller
UX Research, BahnPlaner
""",
})

assert len(MESSAGES) == 52
