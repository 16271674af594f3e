"""Mail that is not a job-process step (kind `other`) for the hundred-fortieth corpus: newsletters,
alerts, other meanings of the words, friends, the candidate's own sent mail, auto-replies and cold
outreach. Written one by one."""

from __future__ import annotations

from msgs140_common import ME, ats_page, digest_html, gmail_html, outlook_html

MESSAGES: list[dict] = [
    # ================================================================== Spanish (28)
    {
        "kind": "other", "slug": "boletin_instituto_lean_rechazo",
        "frm": ("Instituto Lean México", "boletin@institutolean.example.mx"),
        "subject": "Boletín Kaizen #112 | Cómo manejar el rechazo en tu búsqueda de empleo",
        "date": "2026-02-04 07:00 -0600", "lang": "es", "cte": "qp",
        "headers": [("List-Id", "Boletin Kaizen <boletin.institutolean.example.mx>"),
                 ("List-Unsubscribe", "<https://institutolean.example.mx/baja?e=diego.sw%40example.mx>, <mailto:baja@institutolean.example.mx>"),
                 ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")],
        "html": digest_html(
            title="Boletín Kaizen #112",
            intro="Este mes hablamos de algo que nadie enseña en los cursos de Lean: qué hacer cuando te dicen que no. Además, nuevas fechas de certificación y el webinar de febrero.",
            items=[
                ("«Lamentablemente no fue seleccionado»: cómo manejar el rechazo", "https://mkt.institutolean.example.mx/c/112a?u=dsw",
                 "Tres ingenieros de mejora continua cuentan qué aprendieron de sus entrevistas fallidas y cómo pidieron retroalimentación."),
                ("Si faltaste a una entrevista, ¿se puede recuperar?", "https://mkt.institutolean.example.mx/c/112b?u=dsw",
                 "Un reclutador de la industria automotriz responde con franqueza."),
                ("Certificación Green Belt — grupo marzo en Monterrey", "https://mkt.institutolean.example.mx/c/112c?u=dsw",
                 "Inscripciones abiertas. 15% de descuento para exalumnos."),
                ("Webinar: Gemba walks que sí cambian algo", "https://mkt.institutolean.example.mx/c/112d?u=dsw",
                 "Jueves 19 de febrero, 18:00 h. Gratuito."),
            ],
            color="#c0392b",
            footer=["Recibes este boletín porque te registraste en institutolean.example.mx.",
                    '<a href="https://institutolean.example.mx/baja?e=diego.sw%40example.mx">Cancelar suscripción</a> · <a href="https://institutolean.example.mx/privacidad">Aviso de privacidad</a>',
                    "Instituto Lean México, A.C. · Av. Constitución 2050, Monterrey, N.L."],
            track="https://mkt.institutolean.example.mx/o/112.gif?u=dsw",
            logo_alt="Instituto Lean México", logo_src="https://institutolean.example.mx/img/logo_blanco.png",
        ),
        "company": "", "contact": "",
    },
    {
        "kind": "other", "slug": "empleonorte_alerta_vacantes",
        "frm": ("Alertas EmpleoNorte", "alertas@empleonorte.example.mx"),
        "subject": "15 nuevas vacantes de Ingeniero de Mejora Continua en Monterrey",
        "date": "2026-03-17 06:05 -0600", "lang": "es", "cte": "qp",
        "headers": [("List-Id", "Alertas de empleo <alertas.empleonorte.example.mx>"),
                 ("List-Unsubscribe", "<https://www.empleonorte.example.mx/alertas/baja?a=9921>")],
        "html": digest_html(
            title="Tu alerta: Ingeniero de Mejora Continua · Monterrey",
            intro="Hola Diego, estas vacantes se publicaron en las últimas 24 horas. ¡Postúlate antes que nadie!",
            items=[
                ("Ingeniero de Mejora Continua — Autopartes Santa Rosa", "https://lnk.empleonorte.example.mx/c/al1?v=58201", "Apodaca, N.L. · $38,000 - $45,000"),
                ("Especialista Lean Manufacturing — Confidencial", "https://lnk.empleonorte.example.mx/c/al2?v=58207", "Monterrey, N.L. · Sueldo no mostrado"),
                ("Supervisor de Producción con enfoque Kaizen — Grupo Textil Norte", "https://lnk.empleonorte.example.mx/c/al3?v=58233", "Guadalupe, N.L. · $30,000"),
                ("Coordinador TPM — Empresa metalmecánica", "https://lnk.empleonorte.example.mx/c/al4?v=58240", "Escobedo, N.L. · $42,000"),
            ],
            color="#6a1b9a",
            footer=["Recibes esta alerta porque la creaste en EmpleoNorte.",
                    '<a href="https://www.empleonorte.example.mx/alertas/editar?a=9921">Editar alerta</a> · <a href="https://www.empleonorte.example.mx/alertas/baja?a=9921">Eliminar alerta</a>'],
            track="https://lnk.empleonorte.example.mx/o/al-9921.png",
            logo_alt="EmpleoNorte", logo_src="https://static.empleonorte.example.mx/img/logo-blanco.png",
        ),
        "company": "", "contact": "",
    },
    {
        "kind": "other", "slug": "trabajoya_ofertas_bogota",
        "frm": ("TrabajoYa Colombia", "alertas@trabajoya.example.co"),
        "subject": "Diego, tenemos 9 ofertas nuevas en Bogotá para ti",
        "date": "2026-07-20 07:30 -0500", "lang": "es", "cte": "qp",
        "headers": [("List-Unsubscribe", "<https://www.trabajoya.example.co/baja?id=7761&t=alerta>")],
        "text": """Hola Diego,

Estas son las ofertas más recientes que coinciden con tu búsqueda "ingeniero mejoramiento continuo":

1. Ingeniero de Procesos Lean - Ensambladora del Sur - Bogotá
   https://clk.trabajoya.example.co/r?o=331920
2. Coordinador de Excelencia Operacional - Alimentos La Sabana - Tocancipá
   https://clk.trabajoya.example.co/r?o=331944
3. Analista de Mejoramiento Continuo - Confidencial - Bogotá
   https://clk.trabajoya.example.co/r?o=331951

Ver las 9 ofertas: https://clk.trabajoya.example.co/r?alerta=7761

Cancelar esta alerta: https://www.trabajoya.example.co/baja?id=7761&t=alerta
""",
        "html": """<table width="580" align="center" cellpadding="0" cellspacing="0" style="font-family:Arial,sans-serif;font-size:14px;color:#333">
<tr><td style="padding:16px 24px;background:#ff6f00"><img src="https://cdn.trabajoya.example.co/mail/logo-blanco.png" alt="TrabajoYa" height="30"></td></tr>
<tr><td style="padding:20px 24px">Hola Diego,<br><br>Estas son las ofertas más recientes que coinciden con tu búsqueda <b>"ingeniero mejoramiento continuo"</b>:</td></tr>
<tr><td style="padding:8px 24px"><a href="https://clk.trabajoya.example.co/r?o=331920" style="color:#ff6f00;font-weight:bold">Ingeniero de Procesos Lean</a><br>Ensambladora del Sur · Bogotá</td></tr>
<tr><td style="padding:8px 24px"><a href="https://clk.trabajoya.example.co/r?o=331944" style="color:#ff6f00;font-weight:bold">Coordinador de Excelencia Operacional</a><br>Alimentos La Sabana · Tocancipá</td></tr>
<tr><td style="padding:8px 24px"><a href="https://clk.trabajoya.example.co/r?o=331951" style="color:#ff6f00;font-weight:bold">Analista de Mejoramiento Continuo</a><br>Confidencial · Bogotá</td></tr>
<tr><td style="padding:16px 24px"><a href="https://clk.trabajoya.example.co/r?alerta=7761">Ver las 9 ofertas</a></td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#999;border-top:1px solid #eee"><a href="https://www.trabajoya.example.co/baja?id=7761&amp;t=alerta" style="color:#999">Cancelar esta alerta</a></td></tr>
</table>
<img src="https://clk.trabajoya.example.co/o.gif?m=al7761" width="1" height="1" alt="">
""",
        "company": "", "contact": "",
    },
    {
        "kind": "other", "slug": "bancoregio_solicitud_credito_recibida",
        "frm": ("BancoRegio", "notificaciones@bancoregio.example.mx"),
        "subject": "Hemos recibido tu solicitud de crédito",
        "date": "2026-05-18 12:41 -0600", "lang": "es", "cte": "qp",
        "html": ats_page(
            logo_src="https://www.bancoregio.example.mx/img/mail/logo.png", logo_alt="BancoRegio",
            color="#003b71",
            paras=[
                "Hola, DIEGO SALAZAR WHITFIELD:",
                "Hemos recibido tu solicitud de <b>Crédito Personal Nómina</b> por $150,000.00 MXN con folio <b>CPN-2026-0518-7741</b>.",
                "Nuestro equipo de análisis revisará tu información. En un plazo de hasta 48 horas hábiles te notificaremos la respuesta por este medio y en la app BancoRegio.",
                "Recuerda: BancoRegio nunca te pedirá tus contraseñas o códigos de seguridad por correo electrónico.",
            ],
            footer=["Este correo es informativo; no es necesario responderlo.",
                    "BancoRegio, S.A., Institución de Banca Múltiple. Av. Constitución 400 Ote., Monterrey, N.L. Consulta nuestro aviso de privacidad en bancoregio.example.mx."],
            track="https://track.bancoregio.example.mx/o?id=cpn7741",
        ),
        "company": "", "contact": "",
    },
    {
        "kind": "other", "slug": "banco_credito_auto_no_aprobado",
        "frm": ("Banco del Pacífico Norte", "avisos@bpnorte.example.mx"),
        "subject": "Respuesta a tu solicitud de crédito automotriz",
        "date": "2026-05-29 09:12 -0600", "lang": "es", "cs": "iso-8859-1", "cte": "qp", "hdr_cs": "iso-8859-1",
        "text": """Estimado cliente:

Le informamos que, después de analizar su solicitud de crédito automotriz con folio AUT-558120, lamentablemente no fue posible aprobarla en esta ocasión con base en nuestras políticas de riesgo vigentes.

Podrá presentar una nueva solicitud transcurridos 90 días. Si desea conocer el detalle de la consulta a Sociedades de Información Crediticia, puede acudir a cualquiera de nuestras sucursales con identificación oficial.

Atentamente,
Banco del Pacífico Norte

Este mensaje se envía de forma automática. Por favor no responda a este correo.
""",
        "company": "", "contact": "",
    },
    {
        "kind": "other", "slug": "inmobiliaria_arrendamiento_rechazado",
        "frm": ("Patricia Montemayor", "pmontemayor@valleoriente-inmuebles.example.mx"),
        "subject": "Solicitud de arrendamiento - Depto. 504 Torre Arboleda",
        "date": "2026-08-25 17:15 -0600", "lang": "es", "cte": "qp",
        "text": """Hola Diego, buenas tardes.

Te escribo para darte respuesta sobre tu solicitud para rentar el departamento 504 de Torre Arboleda. Lamentablemente el propietario decidió no aprobarla: pidió que el fiador tenga propiedad libre de gravamen en Nuevo León y el que presentaste está en Coahuila.

Si te interesa, tengo otros dos departamentos en la zona de Valle Oriente donde aceptan póliza jurídica en lugar de fiador. Te los puedo enseñar este sábado.

Saludos,
Patricia Montemayor
Asesora Inmobiliaria
Valle Oriente Inmuebles
Cel. 81 1602 7788
""",
        "company": "", "contact": "pmontemayor@valleoriente-inmuebles.example.mx",
    },
    {
        "kind": "other", "slug": "enviaya_paquete_retrasado",
        "frm": ("EnvíaYa", "no-reply@enviaya.example.mx"),
        "subject": "Lamentablemente tu paquete viene retrasado 📦",
        "date": "2026-04-09 15:48 -0600", "lang": "es", "cte": "b64",
        "html": ats_page(
            logo_src="https://cdn.enviaya.example.mx/mail/logo.png", logo_alt="EnvíaYa",
            color="#e53935",
            paras=[
                "Hola Diego,",
                "Lamentablemente tu paquete <b>EY-88213407MX</b> viene retrasado debido a condiciones climáticas en la ruta Querétaro – Monterrey.",
                "Nueva fecha estimada de entrega: <b>lunes 13 de abril</b>.",
                "No tienes que hacer nada. Te avisaremos cuando esté en reparto.",
            ],
            button=("Rastrear mi paquete", "https://trk.enviaya.example.mx/c?g=EY-88213407MX"),
            footer=["EnvíaYa Logística S.A. de C.V. · Este correo es automático, por favor no lo respondas.",
                    '<a href="https://enviaya.example.mx/preferencias">Preferencias de notificación</a>'],
            track="https://trk.enviaya.example.mx/o/88213407.gif",
        ),
        "company": "", "contact": "",
    },
    {
        "kind": "other", "slug": "rutamap_posicion_compartida",
        "frm": ("RutaMap", "no-reply@rutamap.example.com"),
        "subject": "Tu posición en tiempo real se está compartiendo",
        "date": "2026-06-10 07:14 -0600", "lang": "es", "cte": "qp",
        "text": """Hola Diego:

Estás compartiendo tu posición en tiempo real con Fernanda Salazar desde las 7:02 a. m. El uso compartido terminará automáticamente al llegar a tu destino (Parque Industrial Stiva, Apodaca).

Para dejar de compartir tu posición, abre RutaMap y toca "Detener".

El equipo de RutaMap

No respondas a este correo. Administra tus notificaciones en https://rutamap.example.com/ajustes
""",
        "company": "", "contact": "",
    },
    {
        "kind": "other", "slug": "fila_virtual_licencias",
        "frm": ("Fila Virtual Licencias NL", "filavirtual@licencias-nl.example.mx"),
        "subject": "Su posición en la fila: 14",
        "date": "2026-01-16 09:03 -0600", "lang": "es", "cs": "iso-8859-1", "cte": "8bit",
        "text": """INSTITUTO DE CONTROL VEHICULAR - FILA VIRTUAL

Turno: L-0347
Trámite: Renovación de licencia de automovilista
Módulo: Plaza Sendero, Escobedo

Su posición en la fila es: 14
Tiempo estimado de espera: 35 minutos

Le recomendamos acercarse al módulo cuando su posición sea menor a 5. Si no se presenta al ser llamado, su turno será cancelado y deberá solicitar uno nuevo.

Mensaje automático, no responder.
""",
        "company": "", "contact": "",
    },
    {
        "kind": "other", "slug": "amigo_luis_me_rechazaron",
        "frm": ("Luis Cantú", "luiscantu.ing@example.mx"),
        "subject": "Re: ¿qué onda con Aceros?",
        "date": "2026-03-14 22:37 -0600", "lang": "es", "cte": "8bit",
        "refs": ["<CAH7m2q5LUIS9@mail.example.mx>"],
        "text": """Jajaja no manches, a mí también me rechazaron de Aceros, pero a mí ni entrevista me dieron, nomás el correo automático de "su perfil no fue seleccionado" 😂

Oye y ya que andamos en esas: el jueves tengo entrevista en Nortia para lo de supervisor de ensamble. ¿Me pasas tips? Tú ya fuiste, ¿no? ¿Qué te preguntaron?

Si quieres el viernes nos echamos unas chelas y me cuentas.

Luis

El sáb, 14 mar 2026 a las 20:10, Diego Salazar-Whitfield (<diego.sw@example.mx>) escribió:
> Luis, te cuento que Aceros me mandó el "no" después del panel. Me dolió porque
> hasta me hicieron el recorrido por la acería. Seguimos buscando.
""",
        "company": "", "contact": "luiscantu.ing@example.mx",
    },
    {
        "kind": "other", "slug": "propio_seguimiento_agencia",
        "frm": ME,
        "to": [("Karla Ochoa", "karla.ochoa@talentoindustrial.example.mx")],
        "subject": "Seguimiento - vacante Supervisor Lean",
        "date": "2026-03-03 08:12 -0600", "lang": "es", "cte": "qp",
        "text": """Hola Karla, buen día.

Quería dar seguimiento a la vacante de Supervisor Lean que me comentaste. ¿Hay noticias del cliente sobre la entrevista? Tengo disponibilidad toda esta semana por las tardes.

Gracias de antemano,

Diego Salazar-Whitfield
Cel. 81 1234 5678
""",
        "company": "", "contact": "",
    },
    {
        "kind": "other", "slug": "propio_agradecimiento_viasa",
        "frm": ME,
        "to": [("Rodrigo Elizondo", "relizondo@viasa.example.mx")],
        "subject": "Gracias por la entrevista",
        "date": "2026-02-17 18:30 -0600", "lang": "es", "cte": "qp",
        "headers": [("User-Agent", "Mozilla Thunderbird")],
        "text": """Rodrigo, buenas tardes:

Muchas gracias por recibirme hoy en planta y por el recorrido por la línea de templado. Me quedé con muchas ideas sobre cómo atacar los cambios de formato que platicamos.

Quedo muy interesado en la posición de Jefe de Mejora Continua y atento a cualquier noticia o siguiente paso del proceso.

Saludos cordiales,
Diego Salazar-Whitfield
""",
        "company": "", "contact": "",
    },
    {
        "kind": "other", "slug": "podcast_sin_desperdicio_entrevista",
        "frm": ("Mauricio Zambrano", "mauricio@sindesperdicio.example.mx"),
        "subject": "¿Te animas a una entrevista para el podcast?",
        "date": "2026-05-06 12:22 -0600", "lang": "es", "cte": "qp",
        "text": """¡Hola Diego!

Soy Mauricio, conductor de "Manufactura Sin Desperdicio", un podcast sobre mejora continua en la industria mexicana (vamos en el episodio 74). Un amigo en común, Ernesto Valdés, me platicó de tu proyecto de SMED en estampado y me encantaría entrevistarte para un episodio.

La grabación es por Zoom, dura unos 50 minutos y no hay que preparar nada más que tu historia. ¿Te late alguna tarde de la semana del 18 de mayo?

Saludos,
Mauricio Zambrano
Manufactura Sin Desperdicio · Podcast
sindesperdicio.example.mx
""",
        "company": "", "contact": "mauricio@sindesperdicio.example.mx",
    },
    {
        "kind": "other", "slug": "revista_industria_regia_entrevista",
        "frm": ("Alejandra Ríos | Industria Regia", "arios@industriaregia.example.mx"),
        "subject": "Solicitud de entrevista - reportaje sobre nearshoring y mandos medios",
        "date": "2026-08-06 11:03 -0600", "lang": "es", "cs": "windows-1252", "cte": "qp",
        "text": """Estimado Diego:

Soy reportera de la revista Industria Regia. Estoy preparando un reportaje sobre cómo el nearshoring está cambiando el trabajo de los supervisores y mandos medios en las plantas de Nuevo León y Coahuila.

Me gustaría hacerle una entrevista de unos 30 minutos, presencial o telefónica, sobre su experiencia en piso y su transición hacia la mejora continua. Si lo prefiere, puedo citarlo sin mencionar a su empleador actual.

El cierre de edición es el 21 de agosto. ¿Tendría disponibilidad la próxima semana?

Saludos cordiales,

Alejandra Ríos Chapa
Reportera – Industria Regia
Tel. 81 8040 1290
""",
        "company": "", "contact": "arios@industriaregia.example.mx",
    },
    {
        "kind": "other", "slug": "kaizenboard_entrevista_usuario",
        "frm": ("Valeria Ortiz (KaizenBoard)", "valeria.ortiz@kaizenboard.example.com"),
        "subject": "¿30 minutos para contarnos cómo usas KaizenBoard? 🎁",
        "date": "2026-06-16 10:00 -0600", "lang": "es", "cte": "qp",
        "html": gmail_html("""Hola Diego,

Soy Valeria, investigadora de experiencia de usuario en KaizenBoard. Vimos que usas nuestra app para tus tableros de 5S y nos encantaría entrevistarte 30 minutos por videollamada sobre cómo la usas en piso.

No es una encuesta de ventas: queremos entender qué te sirve y qué te estorba. Como agradecimiento te enviamos una tarjeta de regalo de $500 MXN.

Si te interesa, responde este correo con dos horarios que te acomoden la próxima semana.

¡Gracias!
Valeria Ortiz
UX Research · KaizenBoard"""),
        "company": "", "contact": "valeria.ortiz@kaizenboard.example.com",
    },
    {
        "kind": "other", "slug": "reclutadora_altamira_en_frio",
        "frm": ("Gabriela Salinas", "gsalinas@altamirarh.example.mx"),
        "subject": "Oportunidad en Querétaro",
        "date": "2026-04-22 16:50 -0600", "lang": "es", "cte": "qp",
        "text": """Hola Diego, ¿qué tal?

Vi tu perfil en ProRed y me llamó la atención tu experiencia como supervisor de línea en ensamble final. Estoy apoyando a varias empresas del Bajío que buscan perfiles de mejora continua (Green Belt en adelante) y creo que podrías encajar muy bien.

¿Estarías abierto a explorar opciones fuera de Monterrey? Si te interesa, mándame tu CV actualizado y tus expectativas económicas y platicamos.

Saludos,
Gabriela Salinas
Headhunter Industrial | Altamira Capital Humano
Cel. 442 330 1829
""",
        "company": "", "contact": "gsalinas@altamirarh.example.mx",
    },
    {
        "kind": "other", "slug": "fuera_de_oficina_sofia",
        "frm": ("Sofía Castañeda", "sofia.castaneda@forjascumbres.example.mx"),
        "subject": "Respuesta automática: Referencias - Diego Salazar-Whitfield",
        "date": "2026-04-20 08:02 -0600", "lang": "es", "cte": "qp",
        "refs": ["<CAH7m2q6REF44@mail.example.mx>"],
        "headers": [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                 ("X-MS-Exchange-Inbox-Rules-Loop", "sofia.castaneda@forjascumbres.example.mx")],
        "text": """Hola, gracias por tu correo.

Estaré fuera de la oficina del 20 al 24 de abril con acceso limitado a mi correo. Para temas urgentes de vacantes en proceso, por favor escribe a Rubén Salas (ruben.salas@forjascumbres.example.mx).

Sofía Castañeda
Talent Acquisition Partner | Grupo Forjas Cumbres
""",
        "company": "", "contact": "sofia.castaneda@forjascumbres.example.mx",
    },
    {
        "kind": "other", "slug": "prored_articulo_errores_entrevista",
        "frm": ("ProRed Noticias", "noticias@prored.example.com"),
        "subject": "5 errores que te cuestan la entrevista (y cómo evitarlos)",
        "date": "2026-04-26 09:00 -0600", "lang": "es", "cte": "qp",
        "headers": [("List-Id", "ProRed Noticias <noticias.prored.example.com>"),
                 ("List-Unsubscribe", "<https://www.prored.example.com/comm/unsubscribe?lipi=es_noticias>")],
        "html": digest_html(
            title="Lo más leído en ProRed esta semana",
            intro="Seleccionamos para ti estos artículos sobre carrera y búsqueda de empleo.",
            items=[
                ("5 errores que te cuestan la entrevista (y cómo evitarlos)", "https://www.prored.example.com/comm/pulse/5-errores?trk=eml-noticias",
                 "Llegar tarde, no investigar a la empresa y otras razones por las que los reclutadores descartan candidatos."),
                ("¿Te rechazaron? Pide retroalimentación así", "https://www.prored.example.com/comm/pulse/rechazo?trk=eml-noticias",
                 "Una plantilla de correo que sí obtiene respuesta."),
                ("El salario de un ingeniero Lean en México en 2026", "https://www.prored.example.com/comm/pulse/salarios-lean?trk=eml-noticias",
                 "Datos de 3,200 ofertas publicadas en la plataforma."),
            ],
            color="#0a66c2",
            footer=["Recibes este correo porque estás suscrito a ProRed Noticias.",
                    '<a href="https://www.prored.example.com/comm/unsubscribe?lipi=es_noticias">Cancelar suscripción</a> · ProRed Corporation, 1000 W Maude Ave, Sunnyvale, CA'],
            track="https://www.prored.example.com/emimp/ip_noticias.gif",
        ),
        "company": "", "contact": "",
    },
    {
        "kind": "other", "slug": "webinar_lean40_registro",
        "frm": ("Eventos Industria 4.0 MX", "no-reply@eventos-i40.example.mx"),
        "subject": "Confirmación de registro: Lean 4.0 en la industria automotriz",
        "date": "2026-02-25 13:31 -0600", "lang": "es", "cte": "qp",
        "html": ats_page(
            logo_src="https://eventos-i40.example.mx/img/logo.png", logo_alt="Eventos Industria 4.0 MX",
            color="#00695c",
            paras=[
                "¡Hola Diego!",
                "Tu registro al webinar <b>Lean 4.0 en la industria automotriz: sensores, OEE y personas</b> quedó confirmado.",
                "📅 Miércoles 11 de marzo · 17:00 h (CDMX)<br>🎙 Ponentes: Pablo Ibarra (Sensórica Labs) y Dra. Irma Quezada (CIDESI)",
                "Recibirás el enlace de acceso una hora antes del evento.",
            ],
            button=("Agregar a mi calendario", "https://eventos-i40.example.mx/ics/lean40.ics"),
            footer=['¿Ya no quieres recibir correos? <a href="https://eventos-i40.example.mx/baja">Date de baja</a>'],
            track="https://eventos-i40.example.mx/o/lean40.gif",
        ),
        "company": "", "contact": "",
    },
    {
        "kind": "other", "slug": "green_belt_resultado_certificado_pdf",
        "frm": ("Certificaciones CMCI", "no-reply@cmci-certificaciones.example.mx"),
        "subject": "Resultado de tu examen de certificación Six Sigma Green Belt",
        "date": "2026-01-23 18:00 -0600", "lang": "es", "cte": "qp",
        "text": """Estimado Diego Salazar-Whitfield:

Nos complace informarte que APROBASTE el examen de certificación Six Sigma Green Belt presentado el 10 de enero de 2026, con una calificación de 86/100.

Adjuntamos tu certificado digital. Puedes validarlo en cualquier momento con el folio GB-2026-00913 en nuestro portal.

Felicidades por este logro.

Consejo Mexicano de Calidad Industrial (CMCI)
Este correo es generado automáticamente; no es necesario responderlo.
""",
        "attach": [("Certificado_Green_Belt_GB-2026-00913.pdf", [
            "CONSEJO MEXICANO DE CALIDAD INDUSTRIAL",
            "Otorga el presente certificado a",
            "DIEGO SALAZAR-WHITFIELD",
            "Six Sigma Green Belt",
            "Folio GB-2026-00913 - Monterrey, N.L., enero de 2026",
        ])],
        "company": "", "contact": "",
    },
    {
        "kind": "other", "slug": "energia_norte_recibo",
        "frm": ("Energía del Norte", "recibos@energianorte.example.mx"),
        "subject": "Tu recibo de luz de marzo ya está disponible",
        "date": "2026-03-28 05:44 -0600", "lang": "es", "cte": "qp",
        "html": """<table width="600" align="center" style="font-family:Arial,sans-serif;font-size:14px;color:#222;border:1px solid #ddd" cellpadding="0" cellspacing="0">
<tr><td style="background:#00843d;padding:14px 20px"><img src="https://energianorte.example.mx/mail/logo.png" alt="Energía del Norte" height="30"></td></tr>
<tr><td style="padding:20px">
<p>Hola Diego,</p>
<p>Tu recibo del periodo <b>27 ENE 26 - 26 MAR 26</b> ya está disponible.</p>
<table cellpadding="6" style="background:#f2f7f4;width:100%;font-size:14px"><tr><td>Total a pagar</td><td align="right"><b>$1,284.00</b></td></tr><tr><td>Fecha límite</td><td align="right">10 ABR 2026</td></tr></table>
<p><a href="https://pagos.energianorte.example.mx/r?c=0182736451" style="color:#00843d">Paga en línea</a></p>
</td></tr>
<tr><td style="padding:12px 20px;font-size:11px;color:#777">Este correo es informativo. No respondas a esta dirección.</td></tr>
</table>
""",
        "company": "", "contact": "",
    },
    {
        "kind": "other", "slug": "prored_vieron_tu_perfil",
        "frm": ("ProRed", "notificaciones@prored.example.com"),
        "subject": "Mariana y 3 personas más vieron tu perfil",
        "date": "2026-02-22 14:10 -0600", "lang": "es", "cte": "qp",
        "headers": [("List-Unsubscribe", "<https://www.prored.example.com/comm/unsubscribe?lipi=perfil>")],
        "html": digest_html(
            title="Tu perfil llama la atención",
            intro="Diego, 4 personas vieron tu perfil esta semana.",
            items=[
                ("Mariana Treviño Garza", "https://www.prored.example.com/comm/in/mtrevino?trk=eml-wvmp", "Reclutamiento y Selección en Aceros Sierra Madre"),
                ("Reclutador en Electrodomésticos Norteños", "https://www.prored.example.com/comm/premium?trk=eml-wvmp", "Hazte Premium para ver quién más"),
            ],
            color="#0a66c2",
            footer=['<a href="https://www.prored.example.com/comm/unsubscribe?lipi=perfil">Cancelar suscripción</a> · ProRed Corporation'],
            track="https://www.prored.example.com/emimp/ip_wvmp.gif",
        ),
        "company": "", "contact": "",
    },
    {
        "kind": "other", "slug": "hermana_como_te_fue",
        "frm": ("Fernanda Salazar", "fer.salazar.w@example.mx"),
        "subject": "y???",
        "date": "2026-04-13 13:20 -0600", "lang": "es", "cte": "8bit",
        "text": """Dieguito!! ¿cómo te fue en la entrevista de Nortia? Mamá ya me preguntó 3 veces jaja

Márcale cuando salgas, está nerviosa. Y si te dan la oferta invitas los tacos el domingo 🌮

Fer

Enviado desde mi iPhone
""",
        "company": "", "contact": "fer.salazar.w@example.mx",
    },
    {
        "kind": "other", "slug": "amigo_bogota_le_ofrecieron",
        "frm": ("Camilo Restrepo", "camilo.restrepo.m@example.co"),
        "subject": "Noticias!!",
        "date": "2026-07-24 20:05 -0500", "lang": "es", "cte": "qp",
        "text": """Parcero, ¿cómo va todo?

Le cuento que al fin me ofrecieron el puesto de jefe de planta en la ensambladora de Funza, firmo el lunes. Después de tres entrevistas y una prueba psicotécnica eterna, ya era hora jajaja.

Y usted, ¿cómo va con lo de Colombia? Si se viene para Bogotá le presento a la gente de Gestión Humana de allá, están buscando ingenieros de mejoramiento.

Un abrazo,
Camilo
""",
        "company": "", "contact": "camilo.restrepo.m@example.co",
    },
    {
        "kind": "other", "slug": "libreria_pedido_enviado",
        "frm": ("Librería Técnica Monterrey", "pedidos@libreriatecnica.example.mx"),
        "subject": "Tu pedido #40718 ha sido enviado",
        "date": "2026-01-09 11:26 -0600", "lang": "es", "cs": "windows-1252", "cte": "qp",
        "html": """<div style="font-family:Georgia,serif;max-width:560px;margin:auto;color:#333">
<h2 style="color:#8b0000">¡Tu pedido va en camino!</h2>
<p>Hola Diego, tu pedido <b>#40718</b> salió de nuestro almacén.</p>
<table cellpadding="6" style="font-family:Arial,sans-serif;font-size:13px;border-collapse:collapse;width:100%">
<tr style="border-bottom:1px solid #ddd"><td>Lean Thinking – Womack &amp; Jones (ed. 2023)</td><td align="right">$689.00</td></tr>
<tr style="border-bottom:1px solid #ddd"><td>Toyota Kata – Mike Rother</td><td align="right">$545.00</td></tr>
<tr><td><b>Total</b></td><td align="right"><b>$1,234.00</b></td></tr>
</table>
<p>Guía de rastreo: EY-77120455MX</p>
<p style="font-size:11px;color:#888">Librería Técnica Monterrey · Padre Mier 811 Pte. · Centro · Este es un correo automático.</p>
</div>
""",
        "company": "", "contact": "",
    },
    {
        "kind": "other", "slug": "prored_inmail_selecta",
        "frm": ("ProRed", "mensajes-noreply@prored.example.com"),
        "subject": "Natalia Cárdenas te envió un mensaje",
        "date": "2026-07-29 12:44 -0500", "lang": "es", "cte": "qp",
        "html": digest_html(
            title="Tienes un mensaje nuevo",
            intro="<b>Natalia Cárdenas Ruiz</b> · Consultora de Selección en Selecta Talento Humano<br><br>«Hola Diego, vi que tienes experiencia en mejora continua en autopartes. Estoy manejando algunas búsquedas en Colombia y me gustaría conocer tu interés. ¿Podemos hablar?»",
            items=[("Responder a Natalia", "https://www.prored.example.com/comm/messaging/thread/2-MTc3?trk=eml-inmail", "Responde desde ProRed; este correo no acepta respuestas.")],
            color="#0a66c2",
            footer=['<a href="https://www.prored.example.com/comm/unsubscribe?lipi=inmail">Cancelar suscripción</a> · ProRed Corporation'],
            track="https://www.prored.example.com/emimp/ip_inmail.gif",
        ),
        "company": "", "contact": "",
    },
    {
        "kind": "other", "slug": "aiinl_reunion_mensual",
        "frm": ("AIINL Avisos", "avisos@aiinl.example.mx"),
        "subject": "[AIINL] Reunión mensual: Kaizen en PyMEs - jueves 16",
        "date": "2026-04-09 20:00 -0600", "lang": "es", "cs": "iso-8859-1", "cte": "qp", "hdr_cs": "iso-8859-1",
        "headers": [("List-Id", "Socios AIINL <socios.aiinl.example.mx>"),
                 ("List-Unsubscribe", "<mailto:socios-leave@aiinl.example.mx>"),
                 ("List-Post", "NO"), ("Precedence", "list")],
        "text": """Estimados socios:

Los invitamos a la reunión mensual de la Asociación de Ingenieros Industriales de Nuevo León:

Tema: "Kaizen en PyMEs: cuando no hay presupuesto ni consultores"
Ponente: Ing. Leticia Cavazos (Tornillería Industrial Regia)
Fecha: jueves 16 de abril, 19:00 h
Lugar: Club Industrial, Salón Monterrey

Cupo limitado; confirme en el formulario: https://aiinl.example.mx/rsvp/abril

Mesa Directiva AIINL 2025-2027

--
Para darse de baja de esta lista envíe un correo a socios-leave@aiinl.example.mx
""",
        "company": "", "contact": "",
    },
    {
        "kind": "other", "slug": "exalumnos_feria_empleo",
        "frm": ("Red de Egresados UANL-FIME", "egresados@fime-egresados.example.mx"),
        "subject": "Feria de Empleo Industrial 2026: más de 80 empresas te esperan",
        "date": "2026-09-08 10:00 -0600", "lang": "es", "cte": "qp",
        "headers": [("List-Unsubscribe", "<https://fime-egresados.example.mx/baja?u=33120>"), ("Precedence", "bulk")],
        "html": ats_page(
            logo_src="https://fime-egresados.example.mx/img/egresados.png", logo_alt="Red de Egresados",
            color="#f7b500",
            paras=[
                "¡Hola, egresado!",
                "El <b>24 y 25 de septiembre</b> se realiza la Feria de Empleo Industrial 2026 en el Gimnasio de la facultad. Participan armadoras, proveedores Tier 1, acereras y empresas de línea blanca con más de 1,200 vacantes.",
                "Lleva varias copias de tu CV: muchas empresas harán entrevistas en sitio. Regístrate previamente para evitar filas.",
            ],
            button=("Registrarme", "https://fime-egresados.example.mx/r/feria2026?u=33120"),
            footer=['Recibes este correo por ser parte de la Red de Egresados. <a href="https://fime-egresados.example.mx/baja?u=33120">Darme de baja</a>'],
            track="https://fime-egresados.example.mx/o/feria.gif?u=33120",
        ),
        "company": "", "contact": "",
    },

    # ================================================================== English (15)
    {
        "kind": "other", "slug": "lean_weekly_rejection_is_data",
        "frm": ("Lean Weekly", "editor@leanweekly.example.com"),
        "subject": "Lean Weekly #208: Why a rejection is just another data point",
        "date": "2026-05-03 06:30 -0500", "lang": "en", "cte": "qp",
        "headers": [("List-Id", "Lean Weekly <leanweekly.example.com>"),
                 ("List-Unsubscribe", "<https://leanweekly.example.com/unsubscribe/8f2a1>, <mailto:unsubscribe@leanweekly.example.com?subject=8f2a1>"),
                 ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")],
        "text": """LEAN WEEKLY #208

1. Why a rejection is just another data point
If you treat each "unfortunately, we've decided to move forward with other candidates" as a defect to root-cause, your job search gets better. A 5-Whys template for job seekers.
https://leanweekly.example.com/r/208-1

2. Offer or no offer: negotiating your first CI role
https://leanweekly.example.com/r/208-2

3. Case study: cutting changeover time 48% at a seating plant in Coahuila
https://leanweekly.example.com/r/208-3

You're receiving this because you subscribed at leanweekly.example.com.
Unsubscribe: https://leanweekly.example.com/unsubscribe/8f2a1
""",
        "html": digest_html(
            title="Lean Weekly #208",
            intro="Three reads for your Sunday coffee.",
            items=[
                ("Why a rejection is just another data point", "https://leanweekly.example.com/r/208-1",
                 "If you treat each \"unfortunately, we've decided to move forward with other candidates\" as a defect to root-cause, your job search gets better. A 5-Whys template for job seekers."),
                ("Offer or no offer: negotiating your first CI role", "https://leanweekly.example.com/r/208-2", "What to ask for beyond salary."),
                ("Case study: cutting changeover time 48% at a seating plant in Coahuila", "https://leanweekly.example.com/r/208-3", "SMED, step by step."),
            ],
            color="#2e7d32",
            footer=['You\'re receiving this because you subscribed at leanweekly.example.com. <a href="https://leanweekly.example.com/unsubscribe/8f2a1">Unsubscribe</a>'],
            track="https://leanweekly.example.com/open/208/8f2a1.gif",
        ),
        "company": "", "contact": "",
    },
    {
        "kind": "other", "slug": "hirehub_job_alert_saltillo",
        "frm": ("HireHub Job Alerts", "alert@hirehub.example.com"),
        "subject": "12 new Continuous Improvement Engineer jobs near Saltillo, COAH",
        "date": "2026-06-08 05:12 +0000", "lang": "en", "cte": "qp",
        "headers": [("List-Unsubscribe", "<https://www.hirehub.example.com/unsubscribe?t=alert&u=dsw81>"),
                 ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")],
        "html": digest_html(
            title="New jobs for \"continuous improvement engineer\"",
            intro="Saltillo, COAH · 12 new jobs since yesterday",
            items=[
                ("Continuous Improvement Engineer", "https://clicks.hirehub.example.com/ct?jk=a81f&u=dsw81", "Ridgeway Castings · Ramos Arizpe · Easily apply"),
                ("Sr. Lean Specialist (Bilingual)", "https://clicks.hirehub.example.com/ct?jk=a820&u=dsw81", "Meridian Seating Systems · Saltillo · Responds within 3 days"),
                ("Process Improvement Engineer - Interviewing immediately", "https://clicks.hirehub.example.com/ct?jk=a844&u=dsw81", "Confidential · Derramadero"),
                ("Manufacturing Engineer, CI", "https://clicks.hirehub.example.com/ct?jk=a851&u=dsw81", "Great Lakes Drivetrain · Saltillo"),
            ],
            color="#2557a7",
            footer=["You're receiving this alert because you asked HireHub to send you new jobs.",
                    '<a href="https://www.hirehub.example.com/unsubscribe?t=alert&amp;u=dsw81">Unsubscribe</a> · HireHub Inc., Austin, TX'],
            track="https://clicks.hirehub.example.com/op?u=dsw81&amp;m=alert",
            logo_alt="HireHub", logo_src="https://static.hirehub.example.com/email/hh-logo-white.png",
        ),
        "company": "", "contact": "",
    },
    {
        "kind": "other", "slug": "gemba_walk_podcast_invite",
        "frm": ("Sam Okafor", "sam@gembawalkpodcast.example.com"),
        "subject": "Interview for The Gemba Walk Podcast?",
        "date": "2026-09-15 14:05 -0400", "lang": "en", "cte": "qp",
        "text": """Hi Diego,

I host The Gemba Walk Podcast - we talk with people who do continuous improvement on real shop floors. I caught your talk at the Lean Summit in Detroit and would love to have you on for an interview about moving from line supervisor to CI engineer, especially the cross-border angle.

Recording is remote, about 45 minutes, and I send questions in advance. Any chance you're free the week of September 28?

Cheers,
Sam Okafor
Host, The Gemba Walk Podcast
gembawalkpodcast.example.com
""",
        "company": "", "contact": "sam@gembawalkpodcast.example.com",
    },
    {
        "kind": "other", "slug": "ooo_megan_forsythe",
        "frm": ("Megan Forsythe", "mforsythe@gldrivetrain.example.com"),
        "subject": "Automatic reply: Interview availability",
        "date": "2026-03-13 17:31 -0400", "lang": "en", "cte": "qp",
        "refs": ["<CAH7m2q7GLD21@mail.example.mx>"],
        "headers": [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        "text": """Thank you for your email. I am out of the office until Monday, March 16, with limited access to email. I will respond as soon as possible upon my return.

For urgent recruiting matters, please contact recruiting@gldrivetrain.example.com.

Megan Forsythe
Recruiting Coordinator | Great Lakes Drivetrain
""",
        "company": "", "contact": "mforsythe@gldrivetrain.example.com",
    },
    {
        "kind": "other", "slug": "apex_cold_outreach_quick_question",
        "frm": ("Jenna Morales", "jenna.morales@apexindustrialsearch.example.com"),
        "subject": "Quick question",
        "date": "2026-05-19 10:22 -0400", "lang": "en", "cte": "7bit",
        "text": """Hi Diego,

I came across your profile and your background on final assembly caught my eye. I'm building a pipeline of bilingual CI and lean folks for automotive clients along the I-35 corridor and northern Mexico.

Not pitching a specific role yet - just wondering whether you'd be open to a 15-minute intro call sometime in the next couple of weeks?

Best,
Jenna Morales
Principal Recruiter | Apex Industrial Search
(512) 555-0134
""",
        "company": "", "contact": "jenna.morales@apexindustrialsearch.example.com",
    },
    {
        "kind": "other", "slug": "shipswift_package_delayed",
        "frm": ("ShipSwift", "tracking@shipswift.example.com"),
        "subject": "Unfortunately, your package is delayed",
        "date": "2026-02-13 19:40 -0500", "lang": "en", "cte": "qp",
        "html": ats_page(
            logo_src="https://img.shipswift.example.com/logo.png", logo_alt="ShipSwift",
            color="#4d148c",
            paras=[
                "Hi Diego,",
                "Unfortunately, your package <b>SS 7712 0498 3311</b> from Amazon-style Marketplace is delayed due to a customs review in Laredo, TX.",
                "New estimated delivery: <b>Wednesday, February 18</b>.",
                "No action is required. We'll update you when it's out for delivery.",
            ],
            button=("Track package", "https://click.shipswift.example.com/t?n=771204983311"),
            footer=["This is an automated message. Please do not reply.",
                    '© 2026 ShipSwift · <a href="https://shipswift.example.com/preferences">Manage notifications</a>'],
            track="https://click.shipswift.example.com/o/771204983311.gif",
        ),
        "company": "", "contact": "",
    },
    {
        "kind": "other", "slug": "waytrack_position_timeline",
        "frm": ("WayTrack", "no-reply@waytrack.example.com"),
        "subject": "Your August timeline: 1,420 km and your position history",
        "date": "2026-09-02 08:00 +0000", "lang": "en", "cte": "b64",
        "html": digest_html(
            title="Your August in review",
            intro="Diego, here's where you went last month. Your position history is only visible to you.",
            items=[
                ("1,420 km driven", "https://waytrack.example.com/timeline/2026/08", "Mostly Monterrey – Saltillo – Ramos Arizpe"),
                ("12 new places", "https://waytrack.example.com/timeline/2026/08/places", "Including Parque Industrial Santa María"),
                ("Manage position sharing", "https://waytrack.example.com/settings/sharing", "You're sharing your real-time position with 1 person"),
            ],
            color="#1a73e8",
            footer=["You're receiving this because Timeline is on.",
                    '<a href="https://waytrack.example.com/settings/email">Email settings</a> · WayTrack LLC, Mountain View, CA'],
            track="https://waytrack.example.com/o/aug.gif",
        ),
        "company": "", "contact": "",
    },
    {
        "kind": "other", "slug": "propio_following_up_brightline",
        "frm": ME,
        "to": [("Dana Whitaker", "dwhitaker@brightlinestamping.example.com")],
        "subject": "Following up",
        "date": "2026-03-16 08:05 -0600", "lang": "en", "cte": "qp",
        "text": """Hi Dana,

Thanks again for the call last Tuesday (and glad press 4 got back up!). I wanted to follow up on the CI Engineer role and see whether there is any update on next steps or a second interview.

Happy to provide references or a short write-up of the changeover project we discussed.

Best regards,
Diego Salazar-Whitfield
+52 81 1234 5678
""",
        "company": "", "contact": "",
    },
    {
        "kind": "other", "slug": "plantwise_user_interview",
        "frm": ("Hannah Lee", "hannah.lee@plantwise.example.com"),
        "subject": "Would you do a 30-min user interview? ($50 gift card)",
        "date": "2026-07-08 12:15 -0400", "lang": "en", "cte": "qp",
        "text": """Hi Diego,

I'm a UX researcher at Plantwise. You signed up for our free OEE calculator last month, and we'd love to learn how supervisors like you track downtime today.

Would you be up for a 30-minute user interview over Zoom next week? There are no right answers and no sales pitch - and we'll send a $50 gift card as a thank-you.

If you're interested, just reply with a couple of times that work.

Thanks!
Hannah Lee
Senior UX Researcher, Plantwise
""",
        "company": "", "contact": "hannah.lee@plantwise.example.com",
    },
    {
        "kind": "other", "slug": "lean_summit_registration",
        "frm": ("Lean Summit Detroit", "registration@leansummit-events.example.com"),
        "subject": "You're registered: Lean Summit Detroit 2026",
        "date": "2026-06-30 11:00 -0400", "lang": "en", "cte": "qp",
        "text": """Hi Diego,

Your registration for Lean Summit Detroit 2026 is confirmed.

Dates: September 9-10, 2026
Venue: Huntington Place, Detroit, MI
Ticket: Practitioner Pass (Order #LSD-26-4471)

Your badge will be available at check-in. Bring a photo ID.

See you in Detroit!
Lean Summit Events Team

Questions? Visit https://leansummit-events.example.com/faq
""",
        "html": outlook_html("""Hi Diego,

Your registration for Lean Summit Detroit 2026 is confirmed.

Dates: September 9-10, 2026
Venue: Huntington Place, Detroit, MI
Ticket: Practitioner Pass (Order #LSD-26-4471)

Your badge will be available at check-in. Bring a photo ID.

See you in Detroit!
Lean Summit Events Team""", font="Helvetica"),
        "company": "", "contact": "",
    },
    {
        "kind": "other", "slug": "ask_a_recruiter_missed_interview",
        "frm": ("Ask a Recruiter", "newsletter@askarecruiter.example.com"),
        "subject": "I missed an interview. Now what?",
        "date": "2026-07-26 07:00 -0500", "lang": "en", "cte": "qp",
        "headers": [("List-Id", "Ask a Recruiter <askarecruiter.example.com>"),
                 ("List-Unsubscribe", "<https://askarecruiter.example.com/u/q7a1>")],
        "html": """<html><body style="margin:0;background:#fbf7f0">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="font-family:Georgia,serif;color:#2b2b2b;background:#fff">
<tr><td style="padding:24px 32px;border-bottom:2px solid #2b2b2b"><img src="https://askarecruiter.example.com/logo.png" alt="Ask a Recruiter" width="180"></td></tr>
<tr><td style="padding:24px 32px;font-size:16px;line-height:26px">
<p><i>This week's question:</i> "I completely forgot about a video interview. The recruiter wrote 'we waited for you at 10:00 but you did not join the call.' Is it over?"</p>
<p>Not necessarily. Reply the same day, own it without a long excuse, and offer two specific times. Recruiters see no-shows every week; what they remember is how you handle it.</p>
<p>Also in this issue: what "we'll keep your CV on file" really means, and why an offer letter is not a contract until you sign it.</p>
<p><a href="https://askarecruiter.example.com/r/issue-94?utm_source=newsletter" style="color:#b4451f">Read the full issue →</a></p>
</td></tr>
<tr><td style="padding:16px 32px;font-family:Arial,sans-serif;font-size:11px;color:#888">You subscribed at askarecruiter.example.com · <a href="https://askarecruiter.example.com/u/q7a1" style="color:#888">Unsubscribe</a></td></tr>
</table>
<img src="https://askarecruiter.example.com/o/94/q7a1.gif" width="1" height="1" alt="">
</body></html>
""",
        "company": "", "contact": "",
    },
    {
        "kind": "other", "slug": "friend_jake_final_round",
        "frm": ("Jake Miller", "jakemiller.ops@example.com"),
        "subject": "lol guess what",
        "date": "2026-08-12 21:14 -0400", "lang": "en", "cte": "7bit",
        "text": """Dude,

Remember that final round I had at the battery plant in Kentucky? Four interviews, a plant tour, a presentation... and this morning I get a two-line email: "we've decided to move forward with another candidate." Not even a call.

Anyway, I have another interview Friday with a transmission supplier in Ohio, so we go again. How's your search going? Did the Saltillo thing pan out?

Jake
""",
        "company": "", "contact": "jakemiller.ops@example.com",
    },
    {
        "kind": "other", "slug": "hirehub_new_sign_in",
        "frm": ("HireHub", "security-noreply@hirehub.example.com"),
        "subject": "New sign-in to your HireHub account",
        "date": "2026-04-01 02:58 +0000", "lang": "en", "cte": "qp",
        "text": """Hi Diego,

We noticed a new sign-in to your HireHub account.

Device: Chrome on Windows
Location: Monterrey, Nuevo León, Mexico (approximate)
Time: April 1, 2026, 2:57 AM UTC

If this was you, you don't need to do anything. If not, reset your password right away: https://secure.hirehub.example.com/account/reset

- The HireHub Security Team
This mailbox is not monitored.
""",
        "company": "", "contact": "",
    },
    {
        "kind": "other", "slug": "course_certificate_iiot",
        "frm": ("LearnForge", "no-reply@learnforge.example.com"),
        "subject": "Congratulations, Diego! Your certificate is ready",
        "date": "2026-02-28 16:20 +0000", "lang": "en", "cte": "qp",
        "text": """Congratulations, Diego!

You've completed Industrial IoT Fundamentals for Manufacturing Engineers (offered by Lakeshore Technical University).

View and share your certificate: https://learnforge.example.com/accomplishments/verify/7HQ2KX91

Keep learning,
The LearnForge Team
""",
        "html": ats_page(
            logo_src="https://learnforge.example.com/email/logo.png", logo_alt="LearnForge",
            color="#0056d2",
            paras=["Congratulations, Diego!",
                   "You've completed <b>Industrial IoT Fundamentals for Manufacturing Engineers</b> (offered by Lakeshore Technical University).",
                   "Keep learning,<br>The LearnForge Team"],
            button=("View certificate", "https://learnforge.example.com/accomplishments/verify/7HQ2KX91"),
            footer=['<a href="https://learnforge.example.com/settings/email">Email preferences</a> · LearnForge Inc., Mountain View, CA'],
            track="https://learnforge.example.com/o/cert-7HQ2.gif",
        ),
        "company": "", "contact": "",
    },
    {
        "kind": "other", "slug": "consular_queue_position",
        "frm": ("Consular Appointment Service", "no-reply@visa-appointments.example.com"),
        "subject": "Appointment waitlist: your position has changed",
        "date": "2026-01-21 13:37 +0000", "lang": "en", "cte": "7bit",
        "text": """APPOINTMENT WAITLIST UPDATE

Applicant: DIEGO SALAZAR-WHITFIELD
Visa category: B1/B2 (business/tourism)
Post: Monterrey

Your position on the earlier-appointment waitlist is now: 37 (previously 52).

You will be notified by email when an earlier appointment becomes available. Do not reply to this message.
""",
        "company": "", "contact": "",
    },

    # ================================================================== German (7)
    {
        "kind": "other", "slug": "lean_magazin_absage_weiter",
        "frm": ("Lean Management Magazin", "newsletter@lean-magazin.example.de"),
        "subject": "Absage erhalten? So geht es weiter | Newsletter 03/2026",
        "date": "2026-03-05 07:00 +0100", "lang": "de", "cte": "qp",
        "headers": [("List-Id", "Lean Management Magazin Newsletter <newsletter.lean-magazin.example.de>"),
                 ("List-Unsubscribe", "<https://lean-magazin.example.de/newsletter/abmelden?id=55a1>")],
        "html": digest_html(
            title="Newsletter 03/2026",
            intro="Guten Tag, in dieser Ausgabe: Karriere im Lean-Umfeld, Shopfloor-Management und ein Blick nach Mexiko.",
            items=[
                ("Absage erhalten? So geht es weiter", "https://lean-magazin.example.de/r/0326-1?utm_source=nl",
                 "Warum „leider müssen wir Ihnen mitteilen“ kein Urteil über Ihre Fähigkeiten ist – und wie Sie nach einer Absage Feedback einholen."),
                ("Vorstellungsgespräch für Lean Coaches: 10 typische Fragen", "https://lean-magazin.example.de/r/0326-2?utm_source=nl",
                 "Von A3-Reports bis Hoshin Kanri."),
                ("Nearshoring: Deutsche Zulieferer bauen in Querétaro aus", "https://lean-magazin.example.de/r/0326-3?utm_source=nl",
                 "Was das für Produktionssysteme bedeutet."),
            ],
            color="#003f7d",
            footer=["Sie erhalten diesen Newsletter, weil Sie sich auf lean-magazin.example.de angemeldet haben.",
                    '<a href="https://lean-magazin.example.de/newsletter/abmelden?id=55a1">Abmelden</a> · Impressum: Fachverlag Produktion GmbH, Geschäftsführer: Rolf Baumann, Amtsgericht München HRB 118233'],
            track="https://lean-magazin.example.de/o/0326/55a1.gif",
        ),
        "company": "", "contact": "",
    },
    {
        "kind": "other", "slug": "jobbruecke_jobagent_lean",
        "frm": ("JobBrücke Jobagent", "jobagent@jobbruecke.example.de"),
        "subject": "8 neue Jobs für Sie: Lean Manager",
        "date": "2026-05-12 06:00 +0200", "lang": "de", "cte": "qp",
        "headers": [("List-Unsubscribe", "<https://www.jobbruecke.example.de/jobagent/loeschen?k=ja19>")],
        "html": digest_html(
            title="Ihr Jobagent: Lean Manager",
            intro="Guten Morgen Herr Salazar-Whitfield, seit gestern wurden 8 neue Stellen veröffentlicht, die zu Ihrem Suchprofil passen.",
            items=[
                ("Lean Manager (m/w/d) Werk Mexiko", "https://click.jobbruecke.example.de/r/ja19-1", "Schwabentec AG · Stuttgart / Querétaro"),
                ("Operational Excellence Manager (w/m/d)", "https://click.jobbruecke.example.de/r/ja19-2", "Hartmann Stahlwerke · Duisburg"),
                ("Prozessingenieur KVP (m/w/d)", "https://click.jobbruecke.example.de/r/ja19-3", "Brückner & Vogt Fahrzeugkomponenten · Göppingen"),
            ],
            color="#0c2577",
            footer=['<a href="https://www.jobbruecke.example.de/jobagent/bearbeiten?k=ja19">Jobagent bearbeiten</a> · <a href="https://www.jobbruecke.example.de/jobagent/loeschen?k=ja19">Jobagent löschen</a>',
                    "JobBrücke GmbH · Am Sandtorkai 3 · 20457 Hamburg · Geschäftsführer: Jan Petersen"],
            track="https://click.jobbruecke.example.de/o/ja19.gif",
            logo_alt="JobBrücke", logo_src="https://static.jobbruecke.example.de/logo_weiss.png",
        ),
        "company": "", "contact": "",
    },
    {
        "kind": "other", "slug": "abwesenheit_markus_leitner",
        "frm": ("Leitner, Markus", "markus.leitner@schwabentec.example.de"),
        "subject": "Automatische Antwort: Rückfrage Vorstellungsgespräch",
        "date": "2026-03-27 18:44 +0100", "lang": "de", "cs": "windows-1252", "cte": "qp", "hdr_cs": "windows-1252",
        "refs": ["<CAH7m2q8SCH77@mail.example.mx>"],
        "headers": [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        "text": """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 14.04.2026 nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an recruiting@schwabentec.example.de.

Mit freundlichen Grüßen
Markus Leitner
Schwabentec AG
""",
        "company": "", "contact": "markus.leitner@schwabentec.example.de",
    },
    {
        "kind": "other", "slug": "fachzeitschrift_interviewanfrage",
        "frm": ("Dr. Petra Schaller", "p.schaller@automobil-produktion-heute.example.de"),
        "subject": "Interviewanfrage: Lean-Kultur in mexikanischen Zulieferwerken",
        "date": "2026-09-21 10:12 +0200", "lang": "de", "cte": "qp",
        "text": """Sehr geehrter Herr Salazar-Whitfield,

ich bin Redakteurin bei der Fachzeitschrift „Automobil Produktion Heute“ und arbeite an einem Schwerpunkt zur Lean-Kultur in mexikanischen Werken deutscher Zulieferer. Ihr Vortrag auf dem Lean Summit in Detroit wurde mir von einem Kollegen empfohlen.

Hätten Sie Interesse an einem etwa 30-minütigen Interview per Video? Gerne auch auf Englisch oder Spanisch. Das Interview würde in unserer November-Ausgabe erscheinen; Sie erhalten die Zitate vorab zur Freigabe.

Mit freundlichen Grüßen
Petra Schaller

Dr. Petra Schaller
Ressortleiterin Produktion
Automobil Produktion Heute
Fachverlag Produktion GmbH · Geschäftsführer: Rolf Baumann · Amtsgericht München HRB 118233
""",
        "company": "", "contact": "p.schaller@automobil-produktion-heute.example.de",
    },
    {
        "kind": "other", "slug": "headhunter_krueger_kurze_frage",
        "frm": ("Sabine Krüger", "sabine.krueger@krueger-executive.example.de"),
        "subject": "Kurze Frage – offen für einen Wechsel?",
        "date": "2026-06-18 09:27 +0200", "lang": "de", "cte": "8bit",
        "text": """Hallo Herr Salazar-Whitfield,

ich bin Personalberaterin mit Schwerpunkt Automotive und baue gerade ein Netzwerk an Lean-Experten in Mexiko auf, die Deutsch oder Englisch sprechen. Ihr Profil ist mir auf ProRed aufgefallen.

Aktuell habe ich kein konkretes Mandat für Sie, würde mich aber über ein kurzes Kennenlern-Telefonat freuen, damit ich Sie bei passenden Projekten direkt ansprechen kann. Hätten Sie in den nächsten zwei Wochen 20 Minuten?

Viele Grüße
Sabine Krüger

Krüger Executive Search · Theresienhöhe 12 · 80339 München
+49 89 4520 7718
""",
        "company": "", "contact": "sabine.krueger@krueger-executive.example.de",
    },
    {
        "kind": "other", "slug": "sprachzentrum_anmeldung_b2",
        "frm": ("Sprachzentrum Monterrey – Prüfungen", "pruefungen-noreply@sprachzentrum-mty.example.mx"),
        "subject": "Ihre Anmeldung zur Prüfung Deutsch B2 ist eingegangen",
        "date": "2026-08-03 12:00 -0600", "lang": "de", "cs": "iso-8859-1", "cte": "qp",
        "text": """Sehr geehrter Herr Salazar-Whitfield,

Ihre Anmeldung zur Prüfung Deutsch B2 am 17. Oktober 2026 ist bei uns eingegangen.

Bitte überweisen Sie die Prüfungsgebühr von 4.200 MXN bis zum 31. August. Erst nach Zahlungseingang ist Ihre Anmeldung verbindlich. Die Einladung mit Uhrzeit und Raum erhalten Sie zwei Wochen vor der Prüfung.

Mit freundlichen Grüßen
Ihr Prüfungsteam
Sprachzentrum Monterrey

Diese E-Mail wurde automatisch versendet. Bitte antworten Sie nicht darauf.
""",
        "company": "", "contact": "",
    },
    {
        "kind": "other", "slug": "propio_lindqvist_entschuldigung",
        "frm": ME,
        "to": [("Henrik Lindqvist", "h.lindqvist@lindqvist-personal.example.de")],
        "subject": "AW: Unser Telefonat heute",
        "date": "2026-07-14 08:55 -0600", "lang": "de", "cte": "qp",
        "reply_of": "lindqvist_missed",
        "text": """Guten Tag Herr Lindqvist,

bitte entschuldigen Sie, dass ich das Telefoninterview heute verpasst habe – mein Telefon war nach einer Nachtschicht noch im Flugmodus. Das ist mir sehr unangenehm.

Ich habe weiterhin großes Interesse an der Position. Donnerstag um 17:00 Uhr MESZ passt mir sehr gut; ich bin dann unter +52 81 1234 5678 erreichbar.

Mit freundlichen Grüßen
Diego Salazar-Whitfield
""",
        "company": "", "contact": "",
    },

    # ================================================================== French (2)
    {
        "kind": "other", "slug": "alliance_francaise_atelier_entretien",
        "frm": ("Alliance Française de Monterrey", "infos@af-monterrey.example.mx"),
        "subject": "Inscriptions ouvertes – Atelier « Réussir son entretien d'embauche en français »",
        "date": "2026-08-27 10:30 -0600", "lang": "fr", "cte": "qp",
        "headers": [("List-Unsubscribe", "<https://af-monterrey.example.mx/desinscription?c=4410>"), ("Precedence", "bulk")],
        "html": ats_page(
            logo_src="https://af-monterrey.example.mx/img/logo_af.png", logo_alt="Alliance Française de Monterrey",
            color="#e2001a", font="Verdana, sans-serif",
            paras=[
                "Chers amis de l'Alliance,",
                "Les inscriptions pour la session d'automne sont ouvertes ! Nouveauté : un atelier de quatre samedis, <b>« Réussir son entretien d'embauche en français »</b>, pensé pour les professionnels qui visent des entreprises françaises installées au Mexique.",
                "Au programme : se présenter, parler de ses échecs et de ses réussites, comprendre une offre d'emploi, négocier.",
                "Début : samedi 26 septembre · Places limitées à 12 participants.",
            ],
            button=("Je m'inscris", "https://af-monterrey.example.mx/r/atelier-entretien?c=4410"),
            footer=['Vous recevez cet e-mail car vous êtes inscrit à notre lettre d\'information. <a href="https://af-monterrey.example.mx/desinscription?c=4410">Se désinscrire</a>',
                    "Alliance Française de Monterrey, A.C. · Col. Obispado, Monterrey, N.L."],
            track="https://af-monterrey.example.mx/o/4410.gif",
        ),
        "company": "", "contact": "",
    },
    {
        "kind": "other", "slug": "ami_julien_entretien_sorelec",
        "frm": ("Julien Marchetti", "julien.marchetti@example.com"),
        "subject": "Des nouvelles de Querétaro",
        "date": "2026-10-06 21:10 -0600", "lang": "fr", "cte": "8bit",
        "text": """Salut Diego,

Alors, tu as fini par choisir entre Sorelec et la boîte de Bogotá ? Moi j'ai eu mon entretien chez LVI la semaine dernière pour le poste de responsable qualité… et ils m'ont recalé hier, poliment mais sèchement. Pas grave, j'en ai un autre jeudi chez un équipementier à San Juan del Río.

On se fait une bière vendredi à Juriquilla ? Tu me raconteras.

Julien

Le lun. 5 oct. 2026 à 19:02, Diego Salazar-Whitfield <diego.sw@example.mx> a écrit :
> Julien ! Ça fait longtemps. J'hésite encore entre deux propositions,
> je t'explique. Et toi, ton entretien ?
""",
        "company": "", "contact": "julien.marchetti@example.com",
    },
]

# Gmail sent this one with its usual HTML alternative.
for _spec in MESSAGES:
    if _spec["slug"] == "podcast_sin_desperdicio_entrevista":
        _spec["html"] = gmail_html(_spec["text"])
