"""Rejections of the 119th corpus, written one by one (kind: rejection)."""

from __future__ import annotations

from msgs119_common import ats_card, ats_table, outlook, pixel, quote, track

K = "rejection"

SPECS: list[dict] = [
    # --- Spanish -----------------------------------------------------------------------------
    {
        "scenario": "workday_soft", "kind": K, "lang": "es", "company": "Naviera Albufera", "contact": "",
        "frm": ("Naviera Albufera Talent Acquisition", "navieraalbufera@myworkday.com"),
        "subject": "Tu candidatura a Técnico/a de Reporting de Sostenibilidad (R-00417)",
        "date": "2026-02-18 07:31 +0000", "charset": "utf-8", "cte": "quoted-printable",
        "headers": [("X-Mailer", "Workday Notification Service"), ("Auto-Submitted", "auto-generated")],
        "html": ats_table(
            lang="es", logo_src="https://navieraalbufera.wd3.myworkday.com/logo.png",
            logo_alt="Naviera Albufera", accent="#003a70",
            pixel_base="https://email.myworkday.com/navieraalbufera",
            body="""<p>Hola Ingrid:</p>
<p>Gracias por tu interés en el puesto <b>Técnico/a de Reporting de Sostenibilidad (R-00417)</b> y por el tiempo que has dedicado a preparar tu candidatura.</p>
<p>Hemos revisado tu perfil con atención. En esta ocasión hemos decidido avanzar con otras candidaturas cuya experiencia se ajusta más a los requisitos del puesto, en especial en la elaboración de informes de sostenibilidad bajo la CSRD.</p>
<p>Conservaremos tus datos durante doce meses y te animamos a consultar nuestras nuevas vacantes en el <a href="https://navieraalbufera.wd3.myworkday.com/es-ES/Careers" style="color:#003a70">portal de empleo</a>.</p>
<p>Un saludo cordial,<br>Equipo de Talent Acquisition<br><b>Naviera Albufera, S.A.</b></p>""",
            footer="""Este mensaje se ha generado automáticamente; por favor, no respondas a esta dirección.<br>
Naviera Albufera, S.A. · Muelle de la Aduana s/n · 46024 València · CIF A-46000000<br>
<a href="https://navieraalbufera.wd3.myworkday.com/privacy" style="color:#888888">Política de privacidad</a>"""),
    },
    {
        "scenario": "after_interview_gmail_chain", "kind": K, "lang": "es",
        "company": "Terminal Marítima del Turia", "contact": "laura.benlloch@tmturia.example.es",
        "frm": ("Laura Benlloch Ferrando", "laura.benlloch@tmturia.example.es"),
        "subject": "Re: Gracias por la entrevista", "date": "2026-03-12 13:47 +0100",
        "charset": "iso-8859-1", "cte": "quoted-printable",
        "irt": "<CAO7ingrid0305tmt@mail.example.es>",
        "refs": ["<5f1c.tmt.inv.0223@tmturia.example.es>", "<CAO7ingrid0305tmt@mail.example.es>"],
        "text": f"""Hola Ingrid,

Gracias a ti por venir y por el mensaje. Te escribo yo directamente porque prefiero no
dejarlo en un correo genérico.

Hemos terminado la ronda de entrevistas para el puesto de Técnica de Medio Ambiente y
Sostenibilidad y, aunque tu perfil nos gustó mucho (sobre todo lo que contaste del
control de escalas y consumos en la terminal), nos hemos decantado por una persona que
ya ha cerrado dos inventarios de gases de efecto invernadero completos. No vamos a
seguir adelante con tu candidatura en este proceso.

Si en otoño abrimos la plaza de apoyo al departamento, me acordaré de ti.

Un abrazo y mucha suerte,

Laura Benlloch Ferrando
Responsable de Personas
Terminal Marítima del Turia
Moll de Ponent, 3 - 46024 València
Tel. 963 000 412

El jue, 5 mar 2026 a las 18:02, Ingrid Solheim-Vargas (<ingrid.sv@example.es>) escribió:
{quote('''Hola Laura:

Muchas gracias por la entrevista de esta mañana, me fui con muy buenas sensaciones.
Me hace mucha ilusión la posibilidad de incorporarme y, si me hacéis una oferta,
podría empezar a principios de abril.

Quedo a vuestra disposición para cualquier otra prueba.

Un saludo,
Ingrid''')}
""",
    },
    {
        "scenario": "one_line_mobile", "kind": K, "lang": "es", "company": "Carbonia Analytics",
        "contact": "pau@carbonia.example.es",
        "frm": ("Pau Gisbert", "pau@carbonia.example.es"),
        "subject": "Re: Analista ESG junior - Ingrid Solheim", "date": "2026-04-02 22:14 +0200",
        "charset": "utf-8", "cte": "8bit",
        "irt": "<CAO7ingrid0318carb@mail.example.es>",
        "text": f"""Ingrid, al final no seguimos contigo para esta posición, buscamos a alguien con más Python. Suerte!

Enviado desde mi iPhone

> El 18 mar 2026, a las 9:40, Ingrid Solheim-Vargas <ingrid.sv@example.es> escribió:
>
{quote('''Hola Pau, te escribo por la posición de Analista ESG junior que publicasteis en
Carbonia Analytics. Te adjunto mi CV. Llevo seis años en logística portuaria y estoy
terminando un curso de contabilidad de carbono. ¡Gracias!

Ingrid''')}
""",
    },
    {
        "scenario": "successfactors_on_hold", "kind": K, "lang": "es", "company": "Energías del Levante",
        "contact": "",
        "frm": ("Energías del Levante | Empleo", "noreply@successfactors.eu"),
        "subject": "Actualización sobre el proceso 'Analista de Huella de Carbono'",
        "date": "2026-03-27 10:05 +0100", "charset": "utf-8", "cte": "base64",
        "text": """Estimada Ingrid Solheim-Vargas:

Le escribimos en relación con su candidatura a la posición de Analista de Huella de
Carbono (ref. EDL-2026-031), en Valencia.

Por razones organizativas, la posición ha quedado en suspenso y no vamos a continuar con
el proceso de selección. Por este motivo, su candidatura no seguirá adelante.

Lamentamos las molestias y le agradecemos sinceramente el interés mostrado en Energías
del Levante. Le invitamos a seguir consultando nuestras ofertas en
https://careers.energiaslevante.example.es

Atentamente,
Dirección de Personas y Cultura
Energías del Levante

Este correo ha sido enviado desde una dirección que no acepta respuestas.
""",
        "html": ats_table(
            lang="es", logo_src="https://careers.energiaslevante.example.es/img/logo-edl.png",
            logo_alt="Energías del Levante", accent="#f29100",
            body="""<p>Estimada Ingrid Solheim-Vargas:</p>
<p>Le escribimos en relación con su candidatura a la posición de <strong>Analista de Huella de Carbono</strong> (ref. EDL-2026-031), en Valencia.</p>
<p>Por razones organizativas, la posición ha quedado en suspenso y no vamos a continuar con el proceso de selección. Por este motivo, su candidatura no seguirá adelante.</p>
<p>Lamentamos las molestias y le agradecemos sinceramente el interés mostrado en Energías del Levante. Le invitamos a seguir consultando nuestras ofertas en <a href="https://careers.energiaslevante.example.es">careers.energiaslevante.example.es</a>.</p>
<p>Atentamente,<br>Dirección de Personas y Cultura<br>Energías del Levante</p>""",
            footer="Este correo ha sido enviado desde una dirección que no acepta respuestas. "
                   "Energías del Levante, S.A. – Avda. del Puerto 180, 46023 Valencia."),
    },
    {
        "scenario": "council_filled_internally", "kind": K, "lang": "es", "company": "Ajuntament de Vilamar",
        "contact": "recursoshumans@vilamar.example.es",
        "frm": ("Recursos Humans - Ajuntament de Vilamar", "recursoshumans@vilamar.example.es"),
        "subject": "Convocatoria Técnico/a de Medio Ambiente – comunicación",
        "date": "2026-02-09 12:20 +0100", "charset": "windows-1252", "cte": "quoted-printable",
        "text": """Sra. Solheim-Vargas:

En relación con la solicitud que presentó para el puesto de Técnico/a de Medio Ambiente
(Agenda 2030 y Pacto de los Alcaldes), le comunicamos que el puesto se ha cubierto
finalmente mediante promoción interna, de acuerdo con lo previsto en las bases de la
convocatoria, por lo que no se continuará con la fase de selección de candidatos
externos.

Agradecemos el interés mostrado por nuestro municipio. Para cualquier duda puede
dirigirse a este mismo correo o al teléfono 961 000 230 (ext. 4), de 9 a 14 h.

Atentamente,

Neus Ortells i Mira
Servicio de Recursos Humanos
Ajuntament de Vilamar
Plaça Major, 1 – 46000 Vilamar (València)

Aviso legal: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su
destinatario y pueden contener información confidencial. Si no es usted el destinatario,
le rogamos que lo comunique al remitente y proceda a su borrado.
""",
    },
    {
        "scenario": "speculative_family_firm", "kind": K, "lang": "es",
        "company": "Hermanos Ballester Transportes", "contact": "amparo@transportesballester.example.es",
        "frm": ("Amparo Ballester", "amparo@transportesballester.example.es"),
        "subject": "Su candidatura espontánea", "date": "2026-01-22 17:55 +0100",
        "charset": "iso-8859-1", "cte": "8bit",
        "text": """Buenas tardes Ingrid,

Hemos recibido su carta y el curriculum que nos dejó en la oficina de Silla. Se lo
agradezco mucho, no es habitual que alguien se interese por una empresa como la nuestra
para temas de sostenibilidad.

Le soy sincera: somos una empresa familiar de 40 camiones y ahora mismo no tenemos
ningún puesto de ese tipo ni presupuesto para crearlo este año. Así que no podemos
ofrecerle nada. Lo siento.

Le deseo mucha suerte en la búsqueda.

Amparo Ballester
Hermanos Ballester Transportes, S.L.
Pol. Ind. Nord, c/ dels Ferrers 12 - Silla
""",
    },
    {
        "scenario": "greenhouse_no_reply", "kind": K, "lang": "es", "company": "Kilowatt Labs", "contact": "",
        "frm": ("Kilowatt Labs", "no-reply@greenhouse-mail.io"),
        "subject": "Kilowatt Labs – Sustainability Data Analyst", "date": "2026-05-06 16:12 +0000",
        "charset": "utf-8", "cte": "quoted-printable",
        "text": """Hola Ingrid,

Muchas gracias por presentar tu candidatura para Sustainability Data Analyst en Kilowatt
Labs. Sabemos que dedicar tiempo a un proceso así no es poca cosa.

Después de revisar tu perfil con detenimiento, hemos decidido no avanzar con tu
candidatura en este momento. Hemos recibido más de 300 solicitudes para este puesto y
hemos tenido que tomar decisiones difíciles.

Nos encantaría seguir en contacto: echa un vistazo de vez en cuando a nuestras vacantes
en https://boards.greenhouse.io/kilowattlabs

Un abrazo,
El equipo de People de Kilowatt Labs

--
Kilowatt Labs · Carrer de Pujades 77 · 08005 Barcelona
Powered by Greenhouse
""",
    },
    {
        "scenario": "ett_client_named", "kind": K, "lang": "es", "company": "Logística Portuaria Sagunto",
        "contact": "raquel.montesinos@temporis-ett.example.es",
        "frm": ("Raquel Montesinos | Temporis ETT", "raquel.montesinos@temporis-ett.example.es"),
        "subject": "Feedback proceso Logística Portuaria Sagunto", "date": "2026-04-21 11:08 +0200",
        "charset": "utf-8", "cte": "quoted-printable",
        "text": """Hola Ingrid!

Te escribo con el feedback de Logística Portuaria Sagunto. Me han dicho que les
gustaste mucho en la entrevista del jueves, pero finalmente han decidido seguir con
otro perfil que ya tenía experiencia en la herramienta de reporting que usan (SAP
Sustainability). Así que por esta vez no va a poder ser :(

No te desanimes que tengo otros dos procesos abiertos en el puerto que te pueden
encajar, te llamo esta semana y lo hablamos.

Un saludo!!

Raquel Montesinos
Consultora de Selección · Temporis ETT – Delegación Valencia Puerto
Av. del Port 201, 46023 València · 960 000 881
www.temporis-ett.example.es
""",
    },
    {
        "scenario": "headhunter_unnamed_client", "kind": K, "lang": "es",
        "company": "Hunt & Harbour Executive Search", "contact": "gonzalo.arriaga@huntharbour.example.es",
        "frm": ("Gonzalo Arriaga", "gonzalo.arriaga@huntharbour.example.es"),
        "subject": "Proceso Responsable de Sostenibilidad – cierre", "date": "2026-05-14 19:31 +0200",
        "charset": "utf-8", "cte": "base64",
        "text": """Ingrid, buenas tardes:

Como te comenté por teléfono, nuestro cliente (compañía energética cotizada, ya sabes
cuál) ha cerrado la terna finalista esta semana. Lamentablemente no estás entre los tres
perfiles que pasan a la fase final, así que por mi parte cierro tu candidatura en este
proceso.

La decisión ha venido sobre todo por el requisito de experiencia previa en
verificación de EINF, que era innegociable para el comité. Lo demás lo valoraron muy
bien.

Te mantengo en el radar para mandatos de perfil más junior en puerto y naviera.

Un abrazo,

Gonzalo Arriaga
Partner | Hunt & Harbour Executive Search
Paseo de la Castellana 95, planta 14 · 28046 Madrid
+34 600 000 117 · linkedin.com/in/gonzalo-arriaga-example
""",
        "html": outlook("""Ingrid, buenas tardes:

Como te comenté por teléfono, nuestro cliente (compañía energética cotizada, ya sabes cuál) ha cerrado la terna finalista esta semana. Lamentablemente no estás entre los tres perfiles que pasan a la fase final, así que por mi parte cierro tu candidatura en este proceso.

La decisión ha venido sobre todo por el requisito de experiencia previa en verificación de EINF, que era innegociable para el comité. Lo demás lo valoraron muy bien.

Te mantengo en el radar para mandatos de perfil más junior en puerto y naviera.

Un abrazo,""", signature="""<p class="MsoNormal"><b><span style="color:#1F3864">Gonzalo Arriaga</span></b><br>
<span style="font-size:9.0pt;color:#7F7F7F">Partner | Hunt &amp; Harbour Executive Search<br>
Paseo de la Castellana 95, planta 14 · 28046 Madrid<br>+34 600 000 117 · linkedin.com/in/gonzalo-arriaga-example</span></p>"""),
    },
    {
        "scenario": "bank_taleo_usted", "kind": K, "lang": "es", "company": "Banco Castellano de Inversión",
        "contact": "",
        "frm": ("Banco Castellano de Inversion - Seleccion", "bci-seleccion@taleo.net"),
        "subject": "Candidatura Ref. 2026-ESG-114", "date": "2026-06-03 08:00 +0200",
        "charset": "iso-8859-1", "cte": "quoted-printable",
        "text": """Estimada Sra. Solheim-Vargas:

Le agradecemos el interés demostrado al presentar su candidatura para el puesto de
Analista de Finanzas Sostenibles (Ref. 2026-ESG-114) y el tiempo dedicado a completar
las pruebas en línea.

Tras analizar detenidamente su perfil y los resultados obtenidos, lamentamos comunicarle
que su candidatura no ha sido seleccionada para continuar en el proceso.

Le animamos a seguir atenta a nuestras futuras oportunidades profesionales.

Reciba un cordial saludo,

Dirección de Talento
Banco Castellano de Inversión

Por favor, no responda a este mensaje. Banco Castellano de Inversión, S.A. Registro
Mercantil de Madrid, Tomo 00000, Folio 1, Hoja M-000000. Sus datos serán tratados
conforme al Reglamento (UE) 2016/679.
""",
    },
    {
        "scenario": "after_second_round_long_outlook_chain", "kind": K, "lang": "es",
        "company": "Ibaizabal Sostenibilidad", "contact": "itziar.goikoetxea@ibaizabal.example.es",
        "frm": ("Itziar Goikoetxea Uribe", "itziar.goikoetxea@ibaizabal.example.es"),
        "subject": "RE: Segunda entrevista - Analista de Huella de Carbono",
        "date": "2026-06-19 09:12 +0200", "charset": "utf-8", "cte": "8bit",
        "irt": "<AM6PR-ingrid-0611@mail.example.es>",
        "refs": ["<DB9PR-ibz-0602@ibaizabal.example.es>", "<AM6PR-ingrid-0603@mail.example.es>",
              "<DB9PR-ibz-0608@ibaizabal.example.es>", "<AM6PR-ingrid-0611@mail.example.es>"],
        "text": """Egun on Ingrid,

Perdona la demora en contestarte, ha sido una semana complicada con el cierre de
proyectos.

Te cuento: hemos valorado mucho las dos conversaciones y el caso práctico, que estaba
bien planteado. Pero finalmente hemos optado por una candidata con experiencia directa
en Alcance 3 de cadena de suministro, que es justo lo que nos piden ahora dos clientes
industriales. Por tanto, no continuaremos con tu candidatura.

Sé que no es la noticia que esperabas después de dos rondas. Si te sirve, tu caso
práctico fue de los mejores en estructura; te faltaba sólo rodaje con factores de
emisión de proveedores.

Un abrazo y ánimo,
Itziar

Itziar Goikoetxea Uribe
Socia directora
Ibaizabal Sostenibilidad
Alameda de Mazarredo 40, 48009 Bilbao
T. 944 000 560

De: Ingrid Solheim-Vargas <ingrid.sv@example.es>
Enviado: jueves, 11 de junio de 2026 17:45
Para: Itziar Goikoetxea Uribe <itziar.goikoetxea@ibaizabal.example.es>
Asunto: RE: Segunda entrevista - Analista de Huella de Carbono

Hola Itziar:

Te adjunto el caso práctico resuelto. ¿Sabéis ya cuándo tendréis una decisión?

Gracias,
Ingrid

De: Itziar Goikoetxea Uribe <itziar.goikoetxea@ibaizabal.example.es>
Enviado: lunes, 8 de junio de 2026 10:03
Para: Ingrid Solheim-Vargas <ingrid.sv@example.es>
Asunto: RE: Segunda entrevista - Analista de Huella de Carbono

Ingrid, ¡enhorabuena! Has pasado a la segunda entrevista. Te invitamos a venir a la
oficina el martes 9 a las 10:00 y te mandaremos un caso práctico para resolver en casa.

De: Ingrid Solheim-Vargas <ingrid.sv@example.es>
Enviado: miércoles, 3 de junio de 2026 20:11
Para: Itziar Goikoetxea Uribe <itziar.goikoetxea@ibaizabal.example.es>
Asunto: RE: Primera entrevista

Muchas gracias por la conversación de hoy, Itziar. Quedo pendiente.
""",
    },
    {
        "scenario": "platform_relays_discarded", "kind": K, "lang": "es", "company": "Fundación Mar Neta",
        "contact": "",
        "frm": ("EmpleoVerde", "notificaciones@empleoverde.example.es"),
        "subject": "Novedades en tu candidatura: Técnico/a de proyectos de economía azul",
        "date": "2026-03-04 09:26 +0100", "charset": "utf-8", "cte": "quoted-printable",
        "headers": [("List-Unsubscribe", "<https://www.empleoverde.example.es/baja?u=8812>")],
        "text": """Tu candidatura ha cambiado de estado

Técnico/a de proyectos de economía azul
Fundación Mar Neta · Barcelona
Estado: Descartada

Fundación Mar Neta ha revisado tu candidatura y ha decidido no continuar contigo en
este proceso. No te preocupes: hay muchas más ofertas esperándote.

Ver ofertas similares: https://www.empleoverde.example.es/ofertas?q=sostenibilidad

Recibes este correo porque tienes una cuenta en EmpleoVerde.
Gestionar notificaciones: https://www.empleoverde.example.es/baja?u=8812
""",
        "html": ats_table(
            lang="es", logo_src="https://static.empleoverde.example.es/mail/logo.png",
            logo_alt="EmpleoVerde", accent="#3c9d4e",
            pixel_base="https://t.empleoverde.example.es",
            body=f"""<p style="font-size:18px;font-weight:bold">Tu candidatura ha cambiado de estado</p>
<table cellpadding="0" cellspacing="0" border="0" style="width:100%;border:1px solid #e3e3e3"><tr>
<td style="padding:12px"><b>Técnico/a de proyectos de economía azul</b><br>Fundación Mar Neta · Barcelona</td>
<td style="padding:12px;text-align:right"><span style="background:#fbe3e3;color:#a12a2a;padding:4px 8px;border-radius:3px">Descartada</span></td>
</tr></table>
<p>Fundación Mar Neta ha revisado tu candidatura y ha decidido no continuar contigo en este proceso. No te preocupes: hay muchas más ofertas esperándote.</p>
<p><a href="{track('https://t.empleoverde.example.es', 'https://www.empleoverde.example.es/ofertas?q=sostenibilidad')}" style="background:#3c9d4e;color:#ffffff;padding:10px 16px;text-decoration:none;border-radius:4px">Ver ofertas similares</a></p>""",
            footer="""Recibes este correo porque tienes una cuenta en EmpleoVerde. <a href="https://www.empleoverde.example.es/baja?u=8812" style="color:#888888">Gestionar notificaciones</a><br>
EmpleoVerde Plataforma de Empleo S.L. · C/ de Colón 60 · 46004 Valencia"""),
    },
    {
        "scenario": "lever_subject_update", "kind": K, "lang": "es", "company": "Meseta Logística",
        "contact": "sandra.olmo@mesetalogistica.example.es",
        "frm": ("Meseta Logística", "no-reply@hire.lever.co"),
        "reply_to": ("Sandra Olmo", "sandra.olmo@mesetalogistica.example.es"),
        "subject": "Update", "date": "2026-04-15 15:40 +0000", "charset": "utf-8", "cte": "quoted-printable",
        "text": """Hola Ingrid,

Gracias por tu paciencia durante estas semanas.

Quería contarte que hemos completado la revisión de candidaturas para Coordinador/a de
Sostenibilidad en Operaciones (Coslada) y que no vamos a seguir adelante con tu
candidatura. El equipo ha valorado tu trayectoria en puerto, pero para este puesto
necesitamos a alguien que pueda incorporarse en Madrid de forma presencial desde el
primer día y con experiencia en gestión de flotas eléctricas.

Si tienes cualquier pregunta, puedes responder a este correo y me llegará directamente.

Saludos,
Sandra Olmo
Talent Partner · Meseta Logística

--
Sent via Lever · https://jobs.lever.co/mesetalogistica
""",
    },
    {
        "scenario": "public_exam_pdf_resolution", "kind": K, "lang": "es",
        "company": "Institut Valencià de Transició Energètica", "contact": "",
        "frm": ("IVTE - Bolsa de Empleo", "bolsa.empleo@ivte.example.es"),
        "subject": "RESOLUCIÓN PROVISIONAL BOLSA TÉCNICOS/AS - EXP. 12/2026",
        "date": "2026-07-08 14:02 +0200", "charset": "windows-1252", "cte": "base64",
        "text": """Notificación de resolución

Sra. Ingrid Solheim-Vargas
DNI ***4567**

Expediente: 12/2026 – Bolsa de empleo temporal de Técnicos/as de Transición Energética

Por medio de la presente se le notifica que, una vez baremados los méritos aportados,
usted no ha alcanzado la puntuación mínima exigida en la base octava (15 puntos), por lo
que queda excluida de la bolsa de empleo temporal.

Se adjunta la resolución provisional. Contra la misma podrá presentar alegaciones en el
plazo de diez días hábiles a contar desde el día siguiente a su publicación, a través de
la sede electrónica del IVTE. Este buzón no atiende consultas.

Institut Valencià de Transició Energètica
Unitat de Personal
""",
        "attach": [("Resolucion_provisional_exp12-2026.pdf", [
            "Institut Valencià de Transició Energètica",
            "RESOLUCIÓN PROVISIONAL - Expediente 12/2026",
            "Bolsa de empleo temporal de Técnicos/as de Transición Energética",
            "",
            "Personas excluidas por no alcanzar la puntuación mínima (base octava):",
            "***4567** SOLHEIM-VARGAS, INGRID .......... 11,50 puntos",
            "",
            "València, 8 de julio de 2026. La Directora Gerente.",
        ])],
    },
    {
        "scenario": "catalan_consultancy_after_interview", "kind": K, "lang": "es",
        "company": "Verd & Blau Consultoria", "contact": "jordi.puigventos@verdiblau.example.es",
        "frm": ("Jordi Puigventós i Mas", "jordi.puigventos@verdiblau.example.es"),
        "subject": "Seguimiento candidatura Consultor/a júnior ESG",
        "date": "2026-04-28 12:31 +0200", "charset": "utf-8", "cte": "quoted-printable",
        "text": """Hola Ingrid,

Gracias por tu tiempo la semana pasada en Poblenou y por la presentación que preparaste,
que estuvo muy bien.

Finalmente nos hemos decantado por una persona que ya había trabajado con la taxonomía
europea y con GRI, porque el primer proyecto que entra es una doble materialidad para
una naviera y necesitamos a alguien rodado desde el día uno. Por tanto, no seguimos con
tu candidatura esta vez.

Te animo a volver a escribirnos en unos meses; el perfil portuario no abunda en
consultoría y nos interesa.

Una abraçada,

Jordi Puigventós i Mas | Soci | Verd & Blau Consultoria
C/ de Pere IV, 88 · 08005 Barcelona · verdiblau.example.es
""",
        "html": outlook("""Hola Ingrid,

Gracias por tu tiempo la semana pasada en Poblenou y por la presentación que preparaste, que estuvo muy bien.

Finalmente nos hemos decantado por una persona que ya había trabajado con la taxonomía europea y con GRI, porque el primer proyecto que entra es una doble materialidad para una naviera y necesitamos a alguien rodado desde el día uno. Por tanto, no seguimos con tu candidatura esta vez.

Te animo a volver a escribirnos en unos meses; el perfil portuario no abunda en consultoría y nos interesa.

Una abraçada,""", signature="""<p class="MsoNormal"><span style="font-size:10.0pt;color:#2E7D32"><b>Jordi Puigventós i Mas</b> | Soci | Verd &amp; Blau Consultoria</span><br>
<span style="font-size:9.0pt;color:gray">C/ de Pere IV, 88 · 08005 Barcelona · <a href="https://verdiblau.example.es">verdiblau.example.es</a></span><br>
<img src="https://verdiblau.example.es/firma/logo-vb.png" alt="Verd &amp; Blau Consultoria" width="120" height="32"></p>"""),
    },
    {
        "scenario": "role_cancelled_interview_off", "kind": K, "lang": "es", "company": "Grupo Energético Túria",
        "contact": "marta.soler@getturia.example.es",
        "frm": ("Marta Soler Peris", "marta.soler@getturia.example.es"),
        "subject": "Cancelación proceso Técnico/a Reporting ESG", "date": "2026-05-19 09:03 +0200",
        "charset": "utf-8", "cte": "quoted-printable",
        "text": """Buenos días, Ingrid:

Lamento escribirte con esta noticia. La dirección ha decidido congelar la contratación
del puesto de Técnico/a de Reporting ESG dentro del plan de reestructuración del área
corporativa, y la vacante no se va a cubrir este año.

Por tanto, la entrevista que teníamos prevista para este jueves 21 queda anulada y el
proceso se da por cerrado para todas las personas candidatas.

Siento mucho las molestias y te agradezco el interés.

Un saludo,

Marta Soler Peris
Talent Acquisition
Grupo Energético Túria
""",
    },
    {
        "scenario": "smartrecruiters_base64", "kind": K, "lang": "es", "company": "Moll Nou Logistics",
        "contact": "",
        "frm": ("Moll Nou Logistics", "moll-nou-logistics@smartrecruiters.com"),
        "subject": "Moll Nou Logistics: tu candidatura", "date": "2026-02-25 10:47 +0100",
        "charset": "utf-8", "cte": "base64",
        "html": ats_table(
            lang="es", logo_src="https://c.smartrecruiters.com/sr-company-logo/mollnou.png",
            logo_alt="Moll Nou Logistics", accent="#0f4c81",
            pixel_base="https://trk.smartrecruiters.com/mollnou",
            body="""<p>Hola Ingrid,</p>
<p>Te agradecemos de verdad el interés en <b>Administrativo/a de Operaciones con foco en sostenibilidad</b>.</p>
<p>Tras revisar tu perfil frente a los requisitos del puesto, en esta ocasión no continuaremos con tu candidatura. Esta decisión no es un juicio sobre tu valía profesional.</p>
<p>Te animamos a seguir de cerca nuestra página de empleo y a crear una alerta para recibir nuevas posiciones.</p>
<p>Saludos,<br>Equipo de Recursos Humanos<br>Moll Nou Logistics</p>""",
            footer="""Este mensaje fue enviado por SmartRecruiters en nombre de Moll Nou Logistics. No respondas a este correo.<br>
<a href="https://www.smartrecruiters.com/privacy-policy" style="color:#888888">Política de privacidad</a> · Moll Nou Logistics S.L., Moll de Costa, 08039 Barcelona"""),
    },
    # --- English -----------------------------------------------------------------------------
    {
        "scenario": "greenhouse_reply_to_recruiter", "kind": K, "lang": "en", "company": "Delta Green Shipping",
        "contact": "femke.dekker@deltagreen.example.nl",
        "frm": ("Delta Green Shipping via Greenhouse", "no-reply@us.greenhouse-mail.io"),
        "reply_to": ("Femke Dekker", "femke.dekker@deltagreen.example.nl"),
        "subject": "Your application to Delta Green Shipping", "date": "2026-03-30 13:22 +0000",
        "charset": "utf-8", "cte": "quoted-printable",
        "text": """Hi Ingrid,

Thank you for your interest in the ESG Reporting Specialist role at Delta Green Shipping
and for taking the time to apply.

We received a large number of strong applications. After careful consideration we have
decided to move forward with candidates whose experience more closely matches the
requirements of the role at this time.

We appreciate your interest and wish you every success in your search.

Kind regards,
Femke Dekker
Talent Acquisition Lead
Delta Green Shipping
""",
        "html": ats_card(
            brand="Delta Green Shipping",
            pixel_base="https://click.greenhouse-mail.io/deltagreen",
            body="""<p>Hi Ingrid,</p>
<p>Thank you for your interest in the <b>ESG Reporting Specialist</b> role at Delta Green Shipping and for taking the time to apply.</p>
<p>We received a large number of strong applications. After careful consideration we have decided to move forward with candidates whose experience more closely matches the requirements of the role at this time.</p>
<p>We appreciate your interest and wish you every success in your search.</p>
<p>Kind regards,<br>Femke Dekker<br>Talent Acquisition Lead<br>Delta Green Shipping</p>""",
            footer="Delta Green Shipping B.V. · Wilhelminakade 900 · 3072 AP Rotterdam"),
    },
    {
        "scenario": "after_interview_original_message", "kind": K, "lang": "en",
        "company": "Thames & Solent Shipping", "contact": "d.ashworth@thamessolent.example.co.uk",
        "frm": ("Daniel Ashworth", "d.ashworth@thamessolent.example.co.uk"),
        "subject": "RE: Sustainability Reporting Analyst - interview follow up",
        "date": "2026-05-22 16:58 +0100", "charset": "utf-8", "cte": "quoted-printable",
        "irt": "<VI1PR-ingrid-0515@mail.example.es>",
        "text": """Dear Ingrid,

Thank you for your patience, and apologies that this has taken longer than I promised.

The panel enjoyed meeting you on the 14th. You clearly know how a port call works from
the inside, which is rarer than you might think in our team. However, we have offered
the role to another candidate who has already led a Scope 1 and 2 disclosure for a
listed company, and she has accepted. I'm sorry it isn't better news.

I'd be glad to give you more detailed feedback over the phone if that would be useful
- just reply with a couple of times that suit you.

With best wishes,

Daniel Ashworth
Head of Sustainability
Thames & Solent Shipping
10 Mariner's Yard, London E14 0AA
Tel: +44 20 0000 0142

Thames & Solent Shipping Ltd. Registered in England No 04417723. Registered office:
10 Mariner's Yard, London E14 0AA. This e-mail is confidential and may be privileged.

-----Original Message-----
From: Ingrid Solheim-Vargas <ingrid.sv@example.es>
Sent: 15 May 2026 09:10
To: Daniel Ashworth <d.ashworth@thamessolent.example.co.uk>
Subject: Sustainability Reporting Analyst - interview follow up

Dear Daniel,

Thank you again for yesterday. I really hope to hear good news - I would be delighted
to accept an offer and could relocate to London by July.

Best regards,
Ingrid Solheim-Vargas
""",
    },
    {
        "scenario": "terse_lisbon_founder", "kind": K, "lang": "en", "company": "Tejo Carbon Partners",
        "contact": "rui.matos@tejocarbon.example.pt",
        "frm": ("Rui Matos", "rui.matos@tejocarbon.example.pt"),
        "subject": "Re: Carbon accounting analyst", "date": "2026-06-09 07:41 +0100",
        "charset": "utf-8", "cte": "8bit", "irt": "<CAO7ingrid0601tejo@mail.example.es>",
        "text": """Hi Ingrid, thanks for applying. We've gone another way on this one - needed someone with Portuguese. All the best.

Rui
Tejo Carbon Partners

Sent from my iPhone
""",
    },
    {
        "scenario": "ashby_startup_html", "kind": K, "lang": "en", "company": "Greenledger", "contact": "",
        "frm": ("Greenledger Hiring", "no-reply@ashbyhq.com"),
        "subject": "Following up on your Greenledger application", "date": "2026-07-14 11:03 +0000",
        "charset": "utf-8", "cte": "quoted-printable",
        "html": ats_card(
            brand="<img src=\"https://app.ashbyhq.com/api/images/org-theme-logo/greenledger.png\" alt=\"Greenledger\" height=\"28\">",
            pixel_base="https://t.ashbyhq.com/greenledger",
            body="""<p>Hi Ingrid,</p>
<p>Thanks so much for applying to be our <strong>Climate Data Associate</strong> - we loved reading about your route from port operations into carbon accounting.</p>
<p>Unfortunately, we won't be moving forward with your application. We're a team of 14 and hire very rarely, so these calls are hard.</p>
<p>We'll keep your details on file for 12 months (you can ask us to delete them at any time).</p>
<p>Cheers,<br>The Greenledger team</p>""",
            footer="""Greenledger Ltd · 2 Shoreditch Works · London EC2A 4AA · Registered in England No 12345670<br>
<a href="https://jobs.ashbyhq.com/greenledger" style="color:#8a8a8a">Careers</a> · Sent with Ashby"""),
    },
    {
        "scenario": "workable_filled", "kind": K, "lang": "en", "company": "Nieuwe Haven Energy", "contact": "",
        "frm": ("Nieuwe Haven Energy", "noreply@candidates.workablemail.com"),
        "subject": "Carbon Reporting Officer - position filled", "date": "2026-08-04 09:15 +0000",
        "charset": "utf-8", "cte": "base64",
        "html": ats_table(
            lang="en", logo_src="https://workablehr.s3.amazonaws.com/uploads/account/logo/nhe.png",
            logo_alt="Nieuwe Haven Energy", accent="#00857c",
            pixel_base="https://email.workablemail.com/nhe",
            body="""<p>Dear Ingrid,</p>
<p>We are writing to let you know that the <b>Carbon Reporting Officer</b> position in Rotterdam has now been filled.</p>
<p>Thank you for the interest you have shown in Nieuwe Haven Energy. We have kept your profile in our talent pool and may contact you if a suitable vacancy arises.</p>
<p>Best regards,<br>HR Team Nieuwe Haven Energy</p>""",
            footer="""You are receiving this email because you applied for a job at Nieuwe Haven Energy.
<a href="https://apply.workable.com/nhe/unsubscribe" style="color:#888888">Unsubscribe</a> · Powered by Workable"""),
    },
    {
        "scenario": "uk_headhunter_client_named", "kind": K, "lang": "en", "company": "Solent Offshore Wind",
        "contact": "sophie.whitlock@marlowgrey.example.co.uk",
        "frm": ("Sophie Whitlock", "sophie.whitlock@marlowgrey.example.co.uk"),
        "subject": "Solent Offshore Wind - ESG Analyst", "date": "2026-06-26 17:20 +0100",
        "charset": "windows-1252", "cte": "quoted-printable",
        "text": """Hi Ingrid,

I’ve just come off the phone with Solent Offshore Wind. They’ve decided not to progress
your application to final stage – the hiring manager felt the role needs someone who
has worked on offshore asset emissions before, and they’ve got two of those in the
shortlist.

I know you were keen, so I’m sorry. I do think your profile is a good fit for the ports
and logistics side and I’ll keep pushing there.

Speak soon,
Sophie

Sophie Whitlock | Principal Consultant, Sustainability Practice | Marlow Grey Search
M: +44 7700 900 418 | marlowgrey.example.co.uk
""",
    },
    # --- French ------------------------------------------------------------------------------
    {
        "scenario": "smartrecruiters_latin1_vous", "kind": K, "lang": "fr", "company": "Armement Phocéen",
        "contact": "",
        "frm": ("Armement Phocéen Recrutement", "armement-phoceen@smartrecruiters.com"),
        "subject": "Votre candidature - Chargé(e) de reporting extra-financier",
        "date": "2026-04-09 08:30 +0200", "charset": "iso-8859-1", "cte": "quoted-printable",
        "hcs": "iso-8859-1",
        "html": """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#1b1b1b">
<table width="600" align="center" cellpadding="0" cellspacing="0" border="0">
<tr><td style="padding:16px 0;border-bottom:3px solid #c8102e"><img src="https://c.smartrecruiters.com/sr-company-logo/armementphoceen.png" alt="Armement Phocéen" height="36"></td></tr>
<tr><td style="padding:20px 0;line-height:1.5">
<p>Madame,</p>
<p>Nous vous remercions pour l'intérêt que vous portez à Armement Phocéen et pour votre candidature au poste de <b>Chargé(e) de reporting extra-financier</b> basé à Marseille.</p>
<p>Après une étude attentive de votre dossier, nous avons le regret de vous informer que votre candidature n'a pas été retenue.</p>
<p>Nous conservons votre CV dans notre vivier et ne manquerons pas de revenir vers vous si une opportunité correspondant à votre profil se présentait.</p>
<p>Nous vous prions d'agréer, Madame, nos salutations distinguées.</p>
<p>La Direction des Ressources Humaines<br>Armement Phocéen</p>
</td></tr>
<tr><td style="font-size:11px;color:#777777;padding-top:12px;border-top:1px solid #dddddd">Armement Phocéen SAS - 4 quai de la Joliette, 13002 Marseille - RCS Marseille 000 000 000.<br>Merci de ne pas répondre à ce message envoyé automatiquement.</td></tr>
</table>
</body></html>
""",
    },
    {
        "scenario": "consultancy_tu_after_interview", "kind": K, "lang": "fr", "company": "Mistral Conseil RSE",
        "contact": "clemence.aubanel@mistral-rse.example.fr",
        "frm": ("Clémence Aubanel", "clemence.aubanel@mistral-rse.example.fr"),
        "subject": "RE: Entretien consultant(e) junior bilan carbone",
        "date": "2026-05-12 18:44 +0200", "charset": "utf-8", "cte": "8bit",
        "irt": "<PR3P-mistral-0428@mistral-rse.example.fr>",
        "text": """Salut Ingrid,

Merci encore pour l'échange de la semaine dernière, c'était vraiment sympa.

Je vais être directe : on a finalement choisi un profil plus senior, quelqu'un qui a
déjà fait une dizaine de Bilans Carbone® en autonomie. Vu la charge qu'on a jusqu'à
l'été, on n'avait pas le temps de former. Donc on n'ira pas plus loin ensemble pour ce
poste, désolée.

Garde un œil sur notre page LinkedIn, on devrait recruter un(e) junior à la rentrée.

Bonne continuation !
Clémence

Clémence Aubanel
Associée – Mistral Conseil RSE
12 rue Sainte, 13001 Marseille

De : Clémence Aubanel <clemence.aubanel@mistral-rse.example.fr>
Envoyé : mardi 28 avril 2026 11:20
À : Ingrid Solheim-Vargas <ingrid.sv@example.es>
Objet : Entretien consultant(e) junior bilan carbone

Bonjour Ingrid,

Ton profil nous a bien plu ! Est-ce que tu serais disponible pour un entretien en visio
mardi 5 mai à 14h ? On te présentera le cabinet et on parlera de ton expérience au port.

À bientôt,
Clémence
""",
    },
    {
        "scenario": "public_agency_internal", "kind": K, "lang": "fr",
        "company": "Agence Régionale Climat Provence", "contact": "",
        "frm": ("ARCP - Recrutement", "ne-pas-repondre@arcp.example.fr"),
        "subject": "Votre candidature - Réf. ARCP-2026-07", "date": "2026-03-16 10:00 +0100",
        "charset": "windows-1252", "cte": "base64",
        "text": """Madame,

Vous avez adressé votre candidature pour le poste de chargé(e) de mission « Comptabilité
carbone des territoires » (réf. ARCP-2026-07) et nous vous en remercions.

Nous vous informons que le poste a été pourvu en interne. La procédure de recrutement
externe est donc close et votre candidature ne pourra pas être retenue.

Nous vous prions d’agréer, Madame, l’expression de nos salutations distinguées.

Le service des ressources humaines
Agence Régionale Climat Provence
Hôtel de Région – 27 place Jules-Guesde, 13002 Marseille

Ce message est envoyé automatiquement, merci de ne pas y répondre.
""",
    },
    {
        "scenario": "speculative_terminal_refused", "kind": K, "lang": "fr", "company": "Terminal Fos Avenir",
        "contact": "s.roumanille@fosavenir.example.fr",
        "frm": ("Sylvie Roumanille", "s.roumanille@fosavenir.example.fr"),
        "subject": "Votre candidature spontanée", "date": "2026-02-03 15:18 +0100",
        "charset": "iso-8859-1", "cte": "quoted-printable", "hcs": "iso-8859-1",
        "text": """Madame Solheim-Vargas,

Nous avons bien reçu votre candidature spontanée pour un poste lié au reporting
environnemental de notre terminal, et nous vous remercions de l'intérêt que vous portez
à Terminal Fos Avenir.

Malheureusement, nous ne sommes pas en mesure d'y donner une suite favorable : notre
équipe QHSE est au complet et aucun recrutement n'est prévu sur ce périmètre en 2026.

Nous vous souhaitons pleine réussite dans vos recherches.

Bien cordialement,

Sylvie Roumanille
Responsable RH
Terminal Fos Avenir
Port de Fos, Darse 2 - 13270 Fos-sur-Mer
""",
    },
    {
        "scenario": "platform_offer_closed", "kind": K, "lang": "fr", "company": "Carbonéo", "contact": "",
        "frm": ("Carrières Bleues", "no-reply@carrieres-bleues.example.fr"),
        "subject": "Carbonéo a répondu à votre candidature", "date": "2026-06-01 12:12 +0200",
        "charset": "utf-8", "cte": "quoted-printable",
        "headers": [("List-Unsubscribe", "<mailto:desinscription@carrieres-bleues.example.fr>")],
        "html": f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f6f8fb;font-family:Helvetica,Arial,sans-serif">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:30px 10px">
<table role="presentation" width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:8px">
<tr><td style="padding:24px 32px"><img src="https://cdn.carrieres-bleues.example.fr/logo.svg" alt="Carrières Bleues" width="150"></td></tr>
<tr><td style="padding:0 32px 8px 32px;font-size:20px;font-weight:bold;color:#0a2540">Une réponse de Carbonéo</td></tr>
<tr><td style="padding:0 32px 24px 32px;font-size:15px;line-height:23px;color:#425466">
<p>Bonjour Ingrid,</p>
<p>Carbonéo a clôturé l'offre <b>Analyste carbone (H/F) – Marseille</b>. Votre candidature n'a pas été retenue pour la suite du processus.</p>
<p>Le message de l'entreprise :</p>
<blockquote style="margin:0;padding:10px 14px;border-left:3px solid #5b8def;background:#f0f4ff">« Merci pour votre candidature, nous avons reçu beaucoup de profils et avons dû faire un choix. Toute l'équipe Carbonéo vous souhaite bonne chance. »</blockquote>
<p style="margin-top:20px"><a href="{track('https://clk.carrieres-bleues.example.fr', 'https://www.carrieres-bleues.example.fr/offres?metier=rse')}" style="background:#5b8def;color:#fff;padding:11px 18px;border-radius:6px;text-decoration:none">Voir d'autres offres RSE</a></p>
</td></tr>
<tr><td style="padding:16px 32px;font-size:11px;color:#8792a2;border-top:1px solid #e6ebf1">Carrières Bleues SAS, 18 rue de la République, 13001 Marseille. <a href="https://www.carrieres-bleues.example.fr/preferences" style="color:#8792a2">Se désinscrire</a></td></tr>
</table></td></tr></table>
{pixel('https://clk.carrieres-bleues.example.fr')}
</body></html>
""",
    },
    # --- German ------------------------------------------------------------------------------
    {
        "scenario": "personio_sie_legal_footer", "kind": K, "lang": "de", "company": "Elbreederei Hansa",
        "contact": "",
        "frm": ("Elbreederei Hansa GmbH", "no-reply@personio.de"),
        "subject": "Ihre Bewerbung als Referentin Nachhaltigkeitsberichterstattung (m/w/d)",
        "date": "2026-05-05 09:48 +0200", "charset": "utf-8", "cte": "quoted-printable",
        "text": """Sehr geehrte Frau Solheim-Vargas,

vielen Dank für Ihre Bewerbung und das damit verbundene Interesse an der Elbreederei
Hansa.

Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir
uns für andere Bewerberinnen und Bewerber entschieden haben, deren Profil den
Anforderungen der Position noch besser entspricht.

Wir bedanken uns für Ihr Vertrauen und wünschen Ihnen für Ihre berufliche Zukunft alles
Gute.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Elbreederei Hansa

--
Elbreederei Hansa GmbH · Große Elbstraße 145 · 22767 Hamburg
Geschäftsführer: Dr. Henrik Bostelmann, Kerstin Lüdemann · Amtsgericht Hamburg HRB 000001
Diese E-Mail wurde automatisch versendet. Antworten auf diese E-Mail werden nicht gelesen.
""",
        "html": ats_table(
            lang="de", logo_src="https://elbreederei-hansa.jobs.personio.de/logo.png",
            logo_alt="Elbreederei Hansa", accent="#12355b",
            body="""<p>Sehr geehrte Frau Solheim-Vargas,</p>
<p>vielen Dank für Ihre Bewerbung und das damit verbundene Interesse an der Elbreederei Hansa.</p>
<p>Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir uns für andere Bewerberinnen und Bewerber entschieden haben, deren Profil den Anforderungen der Position noch besser entspricht.</p>
<p>Wir bedanken uns für Ihr Vertrauen und wünschen Ihnen für Ihre berufliche Zukunft alles Gute.</p>
<p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team der Elbreederei Hansa</p>""",
            footer="""Elbreederei Hansa GmbH · Große Elbstraße 145 · 22767 Hamburg<br>
Geschäftsführer: Dr. Henrik Bostelmann, Kerstin Lüdemann · Amtsgericht Hamburg HRB 000001<br>
Diese E-Mail wurde automatisch versendet. Antworten auf diese E-Mail werden nicht gelesen."""),
    },
    {
        "scenario": "softgarden_on_hold", "kind": K, "lang": "de", "company": "Nordlicht Energie", "contact": "",
        "frm": ("Nordlicht Energie Karriere", "noreply@softgarden.io"),
        "subject": "Ihre Bewerbung bei Nordlicht Energie: Stelle vorerst nicht besetzt",
        "date": "2026-07-21 13:37 +0200", "charset": "iso-8859-1", "cte": "quoted-printable",
        "hcs": "iso-8859-1",
        "text": """Sehr geehrte Frau Solheim-Vargas,

wir danken Ihnen herzlich für Ihr Interesse an der Position "Specialist Carbon
Accounting (m/w/d)" in Hamburg.

Aufgrund einer internen Neuausrichtung wurde die Stelle bis auf Weiteres auf Eis gelegt.
Wir werden das Auswahlverfahren daher nicht fortsetzen und können Ihre Bewerbung leider
nicht weiter berücksichtigen.

Ihre Unterlagen werden gemäß unserer Datenschutzerklärung nach sechs Monaten gelöscht.

Mit freundlichen Grüßen
Ihr Team Talent Acquisition
Nordlicht Energie AG

Nordlicht Energie AG, Ballindamm 8, 20095 Hamburg
Vorstand: Jens Harmsen (Vors.), Dr. Anke Vollmers | Aufsichtsratsvorsitzender: Claus Petersen
Sitz der Gesellschaft: Hamburg, Registergericht: Amtsgericht Hamburg HRB 000002
""",
        "html": ats_table(
            lang="de", logo_src="https://nordlicht.softgarden.io/assets/logo.png",
            logo_alt="Nordlicht Energie", accent="#ffb000",
            pixel_base="https://mail.softgarden.io/nordlicht",
            body="""<p>Sehr geehrte Frau Solheim-Vargas,</p>
<p>wir danken Ihnen herzlich für Ihr Interesse an der Position <b>Specialist Carbon Accounting (m/w/d)</b> in Hamburg.</p>
<p>Aufgrund einer internen Neuausrichtung wurde die Stelle bis auf Weiteres auf Eis gelegt. Wir werden das Auswahlverfahren daher nicht fortsetzen und können Ihre Bewerbung leider nicht weiter berücksichtigen.</p>
<p>Ihre Unterlagen werden gemäß unserer Datenschutzerklärung nach sechs Monaten gelöscht.</p>
<p>Mit freundlichen Grüßen<br>Ihr Team Talent Acquisition<br>Nordlicht Energie AG</p>""",
            footer="""Nordlicht Energie AG, Ballindamm 8, 20095 Hamburg<br>
Vorstand: Jens Harmsen (Vors.), Dr. Anke Vollmers | Aufsichtsratsvorsitzender: Claus Petersen<br>
Sitz der Gesellschaft: Hamburg, Registergericht: Amtsgericht Hamburg HRB 000002"""),
    },
    {
        "scenario": "du_after_interview_am_schrieb", "kind": K, "lang": "de",
        "company": "Klimaberatung Alster & Partner", "contact": "jan.kroeger@alster-partner.example.de",
        "frm": ("Jan Kröger", "jan.kroeger@alster-partner.example.de"),
        "subject": "Re: Unser Gespräch am Dienstag", "date": "2026-06-12 20:05 +0200",
        "charset": "utf-8", "cte": "8bit", "irt": "<CAO7ingrid0610alster@mail.example.es>",
        "text": f"""Hallo Ingrid,

danke dir für deine Nachricht und nochmal fürs Gespräch am Dienstag, auch dafür, dass
du extra nach Hamburg gekommen bist.

Wir haben uns nach langem Hin und Her für jemanden entschieden, der schon zwei Jahre
CSRD-Reporting bei einem Mittelständler gemacht hat und sofort Deutsch in der
Kundenberatung kann. Das heißt leider: Absage für dich, auch wenn's knapp war.

Ich hoffe, du findest bald was Passendes – dein Hintergrund aus dem Hafen ist wirklich
selten.

Viele Grüße aus Eppendorf
Jan

--
Jan Kröger | Partner
Klimaberatung Alster & Partner
Eppendorfer Landstraße 60 · 20249 Hamburg
Partnerschaftsgesellschaft, AG Hamburg PR 000

Am 10.06.2026 um 08:15 schrieb Ingrid Solheim-Vargas <ingrid.sv@example.es>:
{quote('''Hallo Jan,

vielen Dank für das nette Gespräch! Ich freue mich schon auf eure Zusage und hoffe,
dass es klappt. Falls ihr noch Unterlagen braucht, sag einfach Bescheid.

Liebe Grüße
Ingrid''')}
""",
    },
]
