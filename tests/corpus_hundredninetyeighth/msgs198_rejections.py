"""Corpus 198: rejection messages (31), hand-written."""

# ruff: noqa: C408  (message specs are written as dict(...) calls on purpose)

from __future__ import annotations

from msgs198_common import (
    CAND,
    CAND_NAME,
    ats_card,
    blockquote,
    button,
    esc,
    forward_block,
    mso,
    on_wrote,
    outlook_block,
    outlook_html,
    paras,
    quote,
    reply_quote,
    simple_html,
)

RETAMA = ("Beatriz Olmedo Sanz", "beatriz.olmedo@gruporetama.example.es")
WALTER = ("Walter Huamán Quispe", "walter.huaman@cerveceriaqosqo.example.pe")
KARINA = ("Karina Llosa", "karina.llosa@talentosur.example.pe")
TASHA = ("Tasha Greene", "tasha.greene@bayougrocers.example.com")
DIEGO = ("Diego Zegarra", "diego.zegarra@mistisuministros.example.pe")
KATHARINA = ("Katharina Brunner", "katharina.brunner@donauhandel.example.at")

MESSAGES: list[dict] = []
add = MESSAGES.append

# ---------------------------------------------------------------- es
_retama_text = """Hola, Paloma:

Te escribo en relación con el proceso de Técnico/a de Inventario para nuestro almacén de Getafe. Tras la reorganización aprobada la semana pasada, la dirección ha decidido congelar esta posición hasta nuevo aviso, de modo que no vamos a continuar con el proceso ni a reprogramar la entrevista que quedó pendiente.

Sé que es una noticia poco agradable después de haber reservado tiempo para nosotros, y te pido disculpas. Si la vacante se reabre en otoño, no tendremos inconveniente en que vuelvas a presentarte.

Un saludo cordial,

Beatriz Olmedo Sanz
Responsable de Selección – Grupo Retama Distribución
C/ de la Ciencia 14, 28906 Getafe (Madrid)
Tel. +34 916 204 388

AVISO LEGAL: Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo elimine. Grupo Retama Distribución, S.L. trata sus datos conforme al RGPD (UE) 2016/679; puede ejercer sus derechos escribiendo a privacidad@gruporetama.example.es."""
add(dict(
    kind="rejection", slug="retama_role_frozen", lang="es", company="Grupo Retama",
    contact=RETAMA[1], frm=RETAMA, date="2026-03-23 13:40 +0100",
    subject="RE: Proceso Técnico/a de Inventario – Almacén Getafe",
    subj_enc=("windows-1252", "Q"),
    text=_retama_text, charset="windows-1252", cte="qp",
    html=outlook_html(mso(_retama_text)), html_charset="utf-8", html_cte="qp",
    refs=["retama-ack", "retama-invite", "retama-cancel"],
    headers=[("X-Mailer", "Microsoft Outlook 16.0")],
))

_qosqo_thanks = """Estimado Walter:

Muchas gracias por el tiempo de esta tarde y por explicarme cómo trabajan el cierre mensual de inventario en planta. Me quedé con muchas ganas de aprender el manejo de envases retornables que me comentó.

Quedo atenta a cualquier novedad.

Saludos,
Paloma"""
add(dict(
    kind="rejection", slug="qosqo_after_call", lang="es", company="Cervecería Qosqo",
    contact=WALTER[1], frm=WALTER, date="2026-02-04 12:05 -0500",
    subject="Re: Gracias por la conversación de hoy",
    text=f"""Hola Paloma:

Gracias a ti por el mensaje, de verdad. Te escribo con la respuesta que quedé en darte: después de conversarlo con la gerencia, vamos a seguir con otra postulante que ya manejaba SAP en una embotelladora, y para este puesto pesó bastante esa experiencia.

Tu manera de contar cómo controlas el stock de tu puesto en San Pedro nos gustó mucho; si abrimos algo más junior en almacén, te buscaré.

Un abrazo,
Walter Huamán Quispe
Jefe de Almacén y Despacho
Cervecería Qosqo S.A.C. · Parque Industrial Mz. B, Cusco
Cel. 974 220 118

{reply_quote("es", "2026-01-26 18:12 -0500", CAND, _qosqo_thanks)}""",
    cte="8bit",
    refs=["qosqo-invite", "qosqo-move", "<paloma.gracias.qosqo.0126@example.pe>"],
))

_paloma_confirm_inca = """Hola Karina:

Confirmo mi asistencia a la entrevista con Ferretería El Inca el lunes 9 a las 15:00 en su almacén de la Av. de la Cultura. Llevaré mi DNI y el CV impreso, como me indicaste.

Gracias por coordinar,
Paloma"""
add(dict(
    kind="rejection", slug="talentosur_client_declines", lang="es",
    company="Ferretería El Inca", contact=KARINA[1], frm=KARINA,
    date="2026-02-16 10:20 -0500",
    subject="Ferretería El Inca: resultado de tu entrevista",
    text=f"""Hola Paloma, ¿cómo estás?

Ayer me reuní con el jefe de logística de Ferretería El Inca para cerrar el proceso de Asistente de Inventarios. Me pidió transmitirte su agradecimiento, pero finalmente no te va a considerar para la posición: buscan a alguien que ya haya hecho conteos cíclicos en un almacén de más de 5 000 SKU.

Esto no cierra tu registro con nosotros. Sigo con tu perfil activo y te aviso apenas tenga otra búsqueda que calce.

Saludos,
Karina Llosa
Consultora Senior de Selección
Talento Sur S.A.C. | Av. El Sol 320, of. 4, Cusco
(084) 24 3391

{outlook_block("es", CAND, "2026-02-05 20:15 -0500", KARINA, "RE: Entrevista Ferretería El Inca", _paloma_confirm_inca)}""",
    html=simple_html(paras("""Hola Paloma, ¿cómo estás?

Ayer me reuní con el jefe de logística de Ferretería El Inca para cerrar el proceso de Asistente de Inventarios. Me pidió transmitirte su agradecimiento, pero finalmente no te va a considerar para la posición: buscan a alguien que ya haya hecho conteos cíclicos en un almacén de más de 5 000 SKU.

Esto no cierra tu registro con nosotros. Sigo con tu perfil activo y te aviso apenas tenga otra búsqueda que calce.

Saludos,
Karina Llosa
Consultora Senior de Selección
Talento Sur S.A.C. | Av. El Sol 320, of. 4, Cusco
(084) 24 3391""") + "\n<hr>\n" + blockquote(paras(_paloma_confirm_inca))),
    cte="qp",
    refs=["talentosur-invite", "talentosur-move", "talentosur-confirm"],
))

_guadalupe_inner = paras("""Apreciada Paloma:

Agradecemos tu participación en el centro de evaluación virtual del pasado 30 de abril. Luego de revisar los resultados de las pruebas y de las dinámicas grupales, el comité definió que tu perfil no continuará en las siguientes etapas del proceso de Analista Junior de Inventarios.

Guardaremos tu hoja de vida en nuestra base de datos durante doce meses para futuras vacantes.

Cordialmente,
Equipo de Talento Humano
Almacenes Guadalupe""")
add(dict(
    kind="rejection", slug="guadalupe_after_assessment", lang="es",
    company="Almacenes Guadalupe", contact="",
    frm=("Almacenes Guadalupe", "no-reply@smartrecruiters.com"),
    date="2026-05-11 21:03 +0000",
    subject="Actualización sobre tu postulación: Analista Junior de Inventarios",
    subj_enc=("utf-8", "B"),
    html=ats_card("Almacenes Guadalupe · Talento Humano", "#7c2d12", _guadalupe_inner,
                  "Este mensaje fue enviado a través de SmartRecruiters. "
                  '<a href="https://jobs.smartrecruiters.com/privacy">Política de privacidad</a>',
                  lang="es"),
    html_cte="b64",
    refs=["guadalupe-ack", "guadalupe-ac", "guadalupe-move"],
))

_inti = """Hola Paloma:

Gracias por tu interés en el puesto de Analista de Reposición de Farmacias Inti y por el tiempo que dedicaste a postular.

Revisamos con atención tu perfil y hemos decidido avanzar con candidatos cuya experiencia se ajusta más a lo que hoy necesita el equipo de abastecimiento. Te animamos a seguir atenta a nuestras convocatorias.

Saludos,
Renzo Tapia
Reclutamiento · Farmacias Inti"""
add(dict(
    kind="rejection", slug="inti_greenhouse_closer_match", lang="es",
    company="Farmacias Inti", contact="renzo.tapia@farmaciasinti.example.pe",
    frm=("Renzo Tapia via Greenhouse", "no-reply@us.greenhouse-mail.io"),
    reply_to=("Renzo Tapia", "renzo.tapia@farmaciasinti.example.pe"),
    date="2026-03-25 16:41 +0000",
    subject="Tu postulación a Farmacias Inti",
    text=_inti, cte="qp",
    html=ats_card("Farmacias Inti", "#ca8a04", paras(_inti),
                  "Powered by Greenhouse · "
                  '<a href="https://app.greenhouse.io/privacy">Aviso de privacidad</a>',
                  lang="es"),
    refs=["inti-ack"],
))

add(dict(
    kind="rejection", slug="wayra_terse", lang="es", company="Tiendas Wayra",
    contact="ana.caceres@tiendaswayra.example.pe",
    frm=("Ana Cáceres", "no-reply@teamtailor-mail.com"),
    reply_to=("Ana Cáceres", "ana.caceres@tiendaswayra.example.pe"),
    name_enc=("utf-8", "B"),
    date="2026-05-06 18:02 -0500",
    subject="Re: Entrevista Wayra – Asistente de Inventario",
    text="""Hola Paloma. Gracias por agendar y por tu tiempo el lunes, pero no sigues en el proceso. Muchos éxitos.

Ana""",
    cte="8bit",
    refs=["wayra-schedule"],
))

add(dict(
    kind="rejection", slug="huancaro_already_filled", lang="es",
    company="Distribuidora Huancaro", contact="teofilo@huancaro.example.pe",
    frm=("Teófilo Ccahuana", "teofilo@huancaro.example.pe"), name_enc=("iso-8859-1", "Q"),
    date="2026-03-27 20:14 -0500",
    subject="Re: Postulación almacén", subj_enc=("iso-8859-1", "Q", True),
    text="""Paloma, buenas noches.

Ya cubrimos el puesto del almacén, entró un muchacho que trabajaba con nosotros de reparto. Mil disculpas por la demora en avisarte, esta semana fue de locos con los pedidos de Semana Santa.

Suerte con lo que viene.
Teófilo
Distribuidora Huancaro - abarrotes al por mayor
Urb. Huancaro C-12, Santiago, Cusco""",
    charset="iso-8859-1", cte="8bit",
    refs=["huancaro-app", "huancaro-chat", "huancaro-missed"],
))

_qhapaq = """Querida Paloma:

Te agradecemos mucho la energía que mostraste en la conversación sobre el almacén de donaciones. Queríamos contarte, antes de que lo leas en nuestras redes, que decidimos cubrir la plaza de “Coordinadora de Inventario Solidario” con Ruth Mayta, voluntaria que ya venía llevando el kárdex desde el año pasado.

Es una decisión interna y no tiene que ver con tu perfil, que nos pareció muy bueno. Si quieres sumarte como voluntaria en las campañas de fin de año, las puertas están abiertas.

Con cariño,
Julián Pumacahua
Coordinador General – Red Solidaria Qhapaq
Calle Tullumayo 274, Cusco · 084 22 8810"""
add(dict(
    kind="rejection", slug="qhapaq_internal_hire", lang="es",
    company="Red Solidaria Qhapaq", contact="j.pumacahua@qhapaq.example.pe",
    frm=("Julián Pumacahua", "j.pumacahua@qhapaq.example.pe"), name_enc=("windows-1252", "Q"),
    date="2026-05-13 09:48 -0500",
    subject="Sobre la plaza de Coordinadora de Inventario",
    text=_qhapaq, charset="windows-1252", cte="qp",
    html=simple_html(paras(_qhapaq)), html_charset="windows-1252", html_cte="qp",
))

add(dict(
    kind="rejection", slug="illimani_casual_colleague", lang="es",
    company="Distribuidora Illimani", contact="marcelo.quisbert@illimani.example.bo",
    frm=("Marcelo Quisbert", "marcelo.quisbert@illimani.example.bo"),
    date="2026-06-25 19:30 -0400",
    subject="lo del puesto de inventarios",
    text="""Hola Palo, ¿qué tal todo por Cusco?

Te cuento rápido para no tenerte con la duda: al final el gerente se fue por alguien de acá de El Alto que ya conoce a los clientes mayoristas, así que lo de inventarios no se dio. Yo te había recomendado con todo, me dio pena.

Cuando vengas a La Paz el api con pastel corre por mi cuenta.

Abrazo,
Marce

--
Marcelo Quisbert · Supervisor de Almacén
Distribuidora Illimani · Av. Juan Pablo II 2870, El Alto
+591 7 201 4455""",
    cte="qp",
))

_killa_html = outlook_html(mso("""Estimada Srta. Whitfield-Ccori:

Agradecemos su participación en las entrevistas para el cargo de Asistente de Almacén Central de Hoteles Killa.

Luego de una evaluación cuidadosa de los finalistas, lamentamos comunicarle que en esta ocasión no ha sido seleccionada. Su expediente quedará registrado en nuestra base de talentos y podremos contactarla si surge una vacante acorde con su experiencia.

Le deseamos éxito en sus proyectos profesionales.

Atentamente,

Rocío Valdivia Mendoza
Jefa de Gestión Humana
Hoteles Killa · Calle Plateros 369, Cusco
Tel. (084) 25 1170 anexo 214

Este correo y sus anexos son confidenciales. Si usted no es el destinatario, por favor elimínelo y avise al remitente."""))
add(dict(
    kind="rejection", slug="killa_formal_word_html", lang="es", company="Hoteles Killa",
    contact="rocio.valdivia@hoteleskilla.example.pe",
    frm=("Rocío Valdivia Mendoza", "rocio.valdivia@hoteleskilla.example.pe"),
    name_enc=("iso-8859-1", "B"),
    date="2026-08-28 11:02 -0500",
    subject="Resultado del proceso de selección - Asistente de Almacén Central",
    subj_enc=("iso-8859-1", "Q"),
    html=_killa_html, html_charset="windows-1252", html_cte="qp",
    refs=["killa-ack", "killa-invite", "killa-ill"],
))

_misti_invite = """Hola Paloma,

Gracias por postular a Analista de Inventarios – Repuestos. Nos gustaría conocerte en una entrevista por video de 40 minutos con el jefe de almacén.

Elige el horario que te acomode en este enlace:
https://careers-mistisuministros.icims.com/jobs/2231/schedule?token=8f2a

Saludos,
Diego Zegarra"""
add(dict(
    kind="rejection", slug="misti_after_interview_quoted_invite", lang="es",
    company="Misti Suministros Industriales", contact=DIEGO[1], frm=DIEGO,
    date="2026-06-19 17:26 -0500",
    subject="RE: Entrevista – Analista de Inventarios – Repuestos",
    text=f"""Paloma, te agradezco la entrevista del martes.

Quise adelantarte la decisión antes de que te llegue el correo automático del sistema: el área de operaciones eligió a un candidato con experiencia previa en repuestos para maquinaria pesada, y no pasaremos tu postulación a la etapa final.

Fue una conversación muy buena y me quedo con tu contacto.

Diego Zegarra
Reclutador – Misti Suministros Industriales
Parque Industrial de Arequipa, Calle 3 s/n
+51 54 61 2200

{reply_quote("es", "2026-06-01 09:10 -0500", DIEGO, _misti_invite)}""",
    cte="qp",
    refs=["misti-ack", "misti-invite", "misti-move"],
))

_canasta = """Hola Paloma:

Te escribimos por la vacante de Analista de Inventarios de Tienda para nuestro nuevo local de Cerro Colorado.

La apertura de esa tienda se postergó hasta 2027 y, con ella, la vacante quedó cancelada. Por eso cerramos el proceso sin elegir a ningún candidato. No es una evaluación de tu desempeño en la entrevista.

Gracias por tu paciencia y por el interés en La Canasta.

Fiorella Núñez
Selección · Supermercados La Canasta"""
add(dict(
    kind="rejection", slug="canasta_role_cancelled", lang="es",
    company="Supermercados La Canasta", contact="fiorella.nunez@lacanasta.example.pe",
    frm=("Supermercados La Canasta", "no-reply@hire.lever.co"),
    reply_to=("Fiorella Núñez", "fiorella.nunez@lacanasta.example.pe"),
    date="2026-07-29 15:00 +0000",
    subject="La Canasta: cierre del proceso de Analista de Inventarios de Tienda",
    text=_canasta, cte="b64",
    html=ats_card("Supermercados La Canasta", "#15803d", paras(_canasta),
                  "Enviado con Lever · Supermercados La Canasta S.A., Arequipa", lang="es"),
    html_cte="qp",
    refs=["canasta-invite", "canasta-missed"],
))

add(dict(
    kind="rejection", slug="genteagil_relays_monserrate", lang="es",
    company="Droguerías Monserrate", contact="andres.gomez@genteagil.example.co",
    frm=("Andrés Felipe Gómez", "andres.gomez@genteagil.example.co"),
    date="2026-03-20 15:37 -0500",
    subject="Respuesta de Droguerías Monserrate",
    text="""Buenas tardes, Paloma.

Le comento que Droguerías Monserrate ya nos dio respuesta sobre su hoja de vida para el cargo de auxiliar de inventarios en el centro de distribución de Funza: prefirieron un perfil con formación técnica en regencia de farmacia, así que no va a seguir en el proceso con ellos.

Quedo pendiente para presentarla en otras vacantes de retail que tengamos abiertas.

Cordial saludo,

Andrés Felipe Gómez
Analista de Reclutamiento
Gente Ágil Temporales S.A.S. · Calle 72 # 10-34, Bogotá
PBX (601) 745 2210""",
    cte="b64",
    refs=["genteagil-ack"],
))

add(dict(
    kind="rejection", slug="genteagil_unnamed_client", lang="es",
    company="Gente Ágil", contact="andres.gomez@genteagil.example.co",
    frm=("Andrés Felipe Gómez", "andres.gomez@genteagil.example.co"),
    date="2026-04-28 11:09 -0500",
    subject="Novedad en el proceso con nuestro cliente del sector minero",
    subj_enc=("utf-8", "B"),
    text="""Paloma, buen día.

Nuestro cliente, una empresa de suministros para minería cuyo nombre aún no podemos compartir, cerró la búsqueda de analista de inventarios con otra persona de la terna. Su candidatura no continúa en ese proceso.

Le agradezco la disponibilidad para las pruebas psicotécnicas. Mantengo activa su inscripción en Gente Ágil.

Andrés Felipe Gómez
Gente Ágil Temporales""",
    cte="8bit",
))

add(dict(
    kind="rejection", slug="amauta_bamboohr_soft", lang="es",
    company="Librería Amauta", contact="",
    frm=("Librería Amauta", "no-reply@bamboohr.com"),
    date="2026-10-07 22:15 +0000",
    subject="Tu solicitud para Auxiliar de Inventarios",
    html=ats_card("Librería Amauta", "#1e3a8a", paras("""Hola Paloma,

Revisamos tu solicitud para Auxiliar de Inventarios en nuestra tienda de la Av. Sol. Valoramos tu experiencia en comercio y atención al público, aunque en esta oportunidad optamos por perfiles que ya manejan sistemas de punto de venta integrados con el almacén.

Te deseamos lo mejor en tu búsqueda.

Equipo de Personas – Librería Amauta"""),
        "Este correo fue enviado desde BambooHR. Por favor, no respondas a este mensaje.",
        lang="es"),
    html_cte="qp",
))

_alpaqa_manager = """Silvia, gracias por coordinar las entrevistas del jueves. De las tres finalistas me quedo con Yeny Huarca: ya trabajó en el almacén de hilados de Sullana y puede empezar el 1 de septiembre. Por favor avisa a las otras dos.

Raúl"""
add(dict(
    kind="rejection", slug="alpaqa_forwarded_manager_note", lang="es",
    company="Textiles Alpaqa Andina", contact="silvia.medina@alpaqaandina.example.pe",
    frm=("Silvia Medina", "silvia.medina@alpaqaandina.example.pe"),
    date="2026-08-06 16:44 -0500",
    subject="Fwd: Finalistas almacén de materia prima",
    text=f"""Paloma, buenas tardes.

Te reenvío lo que me contestó el gerente de planta, porque prefiero ser transparente contigo. Lamentablemente no podremos seguir adelante con tu candidatura; él optó por una persona con experiencia en almacén textil. Disculpa que la noticia te llegue así.

Gracias por viajar desde Cusco para la entrevista.

Silvia Medina
Jefa de Recursos Humanos
Textiles Alpaqa Andina · Parque Industrial, Arequipa

{forward_block("es", ("Raúl Benavente", "raul.benavente@alpaqaandina.example.pe"), "2026-08-06 12:02 -0500", ("Silvia Medina", "silvia.medina@alpaqaandina.example.pe"), "Finalistas almacén de materia prima", _alpaqa_manager)}""",
    cte="8bit",
))

# ---------------------------------------------------------------- en
_bayou = """Hi Paloma,

Thank you for spending time with Mike and me on the 19th, and for the thoughtful questions about our shrink reporting.

After a lot of discussion, the team has decided to extend an offer to another candidate whose background in grocery replenishment lines up more directly with what the role needs on day one. This was a close call and not an easy message to write.

I'd be glad to keep your details on file for our Corpus Christi distribution center, which is hiring next spring.

All the best,
Tasha Greene
Talent Acquisition Partner, Bayou Grocers"""
add(dict(
    kind="rejection", slug="bayou_greenhouse_after_panel", lang="en",
    company="Bayou Grocers", contact=TASHA[1],
    frm=("Tasha Greene via Greenhouse", "no-reply@us.greenhouse-mail.io"),
    reply_to=TASHA,
    date="2026-03-31 21:18 +0000",
    subject="Your application with Bayou Grocers",
    text=_bayou,
    html=ats_card("Bayou Grocers", "#0e7490", paras(_bayou),
                  'Sent via Greenhouse · <a href="https://www.greenhouse.io/privacy-policy">'
                  "Privacy Policy</a>"),
    refs=["bayou-ack", "bayou-invite", "bayou-ill"],
))

add(dict(
    kind="rejection", slug="andesdrill_workday_formal", lang="en",
    company="Andes Drill Supply", contact="",
    frm=("Andes Drill Supply", "andesdrill@myworkday.com"),
    date="2026-09-29 14:30 +0000",
    subject="Inventory Analyst (JR-2291) - Application Update",
    html=ats_card("Andes Drill Supply Careers", "#b45309", paras("""Dear Paloma Whitfield-Ccori,

Thank you for your interest in the Inventory Analyst position (JR-2291) at our Lima branch and for the time you invested in the interview process.

We have carefully reviewed your candidacy against the requirements of the role. We regret to inform you that we will not be moving forward with your application at this time.

We encourage you to visit our careers site regularly.

Sincerely,
Talent Acquisition
Andes Drill Supply"""),
        "This is an automated message from Workday. Replies to this address are not monitored."),
    html_cte="b64",
    refs=["andesdrill-ack", "andesdrill-invite", "andesdrill-cancel"],
))

add(dict(
    kind="rejection", slug="seedtrust_role_on_hold", lang="en",
    company="Seed Trust International", contact="amara.osei@seedtrust.example.org",
    frm=("Amara Osei", "amara.osei@seedtrust.example.org"),
    date="2026-07-20 08:55 +0100",
    subject="Update on the Logistics & Inventory Officer role",
    text="""Dear Paloma,

I'm sorry to share that our funding for the Lima warehouse project has been paused by the donor consortium. As a result the Logistics & Inventory Officer role has been put on hold, and we will not proceed with hiring for it this year.

I know you had already made time for us twice, and I'm grateful. If the project restarts in 2027 I will reach out to you directly.

Warm regards,
Amara Osei
People & Operations Lead
Seed Trust International | 14 Mill Lane, Oxford OX1 2HU, UK

Seed Trust International is a registered charity in England and Wales (No. 1190457). This email may contain confidential information; if you received it in error, please delete it.""",
    refs=["seedtrust-ack", "seedtrust-chat", "seedtrust-push"],
))

add(dict(
    kind="rejection", slug="harbor_relays_portcity", lang="en",
    company="Port City Distributors", contact="jordan.pike@harborstaffing.example.com",
    frm=("Jordan Pike", "jordan.pike@harborstaffing.example.com"),
    date="2026-06-17 16:05 -0500",
    subject="Port City - their answer",
    text="""Hi Paloma,

Quick update from Port City Distributors: they've passed. The hiring manager liked how you talked about counting stock with no system at all, but he needs someone on site in Houston by August and the visa timeline makes that impossible for this opening.

I'm sorry. I'll keep looking for remote-friendly inventory work for you.

Jordan Pike | Senior Recruiter
Harbor Staffing | 1200 Smith St, Suite 900, Houston, TX 77002
(713) 555-0182""",
    refs=["harbor-ack", "harbor-invite"],
))

add(dict(
    kind="rejection", slug="buffalobend_terse", lang="en",
    company="Buffalo Bend Brewing", contact="ray@buffalobend.example.com",
    frm=("Ray Delgado", "ray@buffalobend.example.com"),
    date="2026-04-15 17:51 -0500",
    subject="Re: Inventory coordinator",
    text="""Paloma - thanks for the video call Thursday. We went another direction.

Ray""",
    refs=["<paloma.buffalobend.0408@example.pe>"],
))

_cypress_thanks = """Hi Laura,

Thank you for the interview this morning. I enjoyed hearing how your team handles the produce counts before the Saturday rush, and it made me even more excited about the role.

Best regards,
Paloma"""
add(dict(
    kind="rejection", slug="cypress_quotes_thank_you", lang="en",
    company="Cypress Creek Market", contact="laura.whitcomb@cypresscreekmarket.example.com",
    frm=("Laura Whitcomb", "laura.whitcomb@cypresscreekmarket.example.com"),
    date="2026-05-20 12:40 -0500",
    subject="Re: Thank you - Inventory Analyst interview",
    text=f"""Hi Paloma,

I appreciated your note, and I especially liked your story about checking your mango crates against your sales notebook.

The decision didn't go your way this time, though. We've chosen a candidate who has already run cycle counts in a distribution center, which matters a lot with our new WMS going live in June.

Wishing you the very best,
Laura

Laura Whitcomb | Store Operations Manager
Cypress Creek Market | 8210 Louetta Rd, Spring, TX 77379

{reply_quote("en", "2026-05-12 14:03 -0500", CAND, _cypress_thanks)}""",
    html=simple_html(paras("""Hi Paloma,

I appreciated your note, and I especially liked your story about checking your mango crates against your sales notebook.

The decision didn't go your way this time, though. We've chosen a candidate who has already run cycle counts in a distribution center, which matters a lot with our new WMS going live in June.

Wishing you the very best,
Laura

Laura Whitcomb | Store Operations Manager
Cypress Creek Market | 8210 Louetta Rd, Spring, TX 77379""") + "\n"
        + f"<div>{esc(on_wrote('en', '2026-05-12 14:03 -0500', CAND))}</div>\n"
        + blockquote(paras(_cypress_thanks)), lang="en"),
    refs=["<paloma.cypress.thanks.0512@example.pe>"],
))

add(dict(
    kind="rejection", slug="copperline_filled_internally", lang="en",
    company="Copperline Mining Services", contact="hannah.lowe@copperline.example.com",
    frm=("Hannah Lowe", "hannah.lowe@copperline.example.com"),
    date="2026-10-06 10:12 -0500",
    subject="Inventory Analyst, Arequipa",
    text="""Hello Paloma,

I wanted to let you know where things stand. A member of our warehouse team in Arequipa applied late in the process and, given her knowledge of our spares catalogue, we have decided to fill the Inventory Analyst position internally.

Thank you for the time you gave us during the video interview. I'm sorry it ends this way.

Kind regards,
Hannah Lowe
Regional Recruiter - Copperline Mining Services
Av. Ejército 710, Yanahuara, Arequipa

CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended solely for the addressee and may contain privileged information. If you are not the intended recipient, please notify the sender and delete this message.""",
    refs=["copperline-ack", "copperline-invite"],
))

add(dict(
    kind="rejection", slug="lakeside_hiring_manager_casual", lang="en",
    company="Lakeside Provisions", contact="sam.ortiz@lakesideprovisions.example.com",
    frm=("Sam Ortiz", "sam.ortiz@lakesideprovisions.example.com"),
    date="2026-10-13 19:22 -0500",
    subject="from Sam at Lakeside",
    text="""Hey Paloma -

Sam here. Wanted to tell you myself rather than let the system do it: we're not moving ahead with you for the inventory role. Honestly it was close, and it came down to forklift certification, which we need from week one.

Keep in touch, and good luck out there.
Sam""",
))

# ---------------------------------------------------------------- fr
add(dict(
    kind="rejection", slug="plateau_formal_latin1", lang="fr",
    company="Brasserie du Plateau", contact="mathieu.gagnon@brasserieduplateau.example.ca",
    frm=("Mathieu Gagnon", "mathieu.gagnon@brasserieduplateau.example.ca"),
    date="2026-07-02 10:30 -0400",
    subject="Votre candidature - commis à l'inventaire", subj_enc=("iso-8859-1", "B"),
    text="""Madame Whitfield-Ccori,

Nous vous remercions de l'intérêt que vous portez à la Brasserie du Plateau ainsi que du temps consacré à la demi-journée d'essai à distance avec notre équipe d'entrepôt.

Après mûre réflexion, nous avons retenu une autre candidature pour le poste de commis à l'inventaire. Cette décision ne remet pas en cause la qualité de votre parcours.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Mathieu Gagnon
Directeur des opérations
Brasserie du Plateau - 4120, rue Masson, Montréal (Québec) H1X 1S5
514 555-0148""",
    charset="iso-8859-1", cte="qp",
    refs=["plateau-app", "plateau-trial", "plateau-move"],
))

add(dict(
    kind="rejection", slug="moisson_position_suspended", lang="fr",
    company="Moisson Solidaire", contact="elise.bouchard@moissonsolidaire.example.ca",
    frm=("Élise Bouchard", "elise.bouchard@moissonsolidaire.example.ca"),
    date="2026-09-28 13:15 -0400",
    subject="Poste de coordonnatrice des stocks : mise à jour",
    text="""Bonjour Paloma,

Je reviens vers vous au sujet du poste de coordonnatrice des stocks. Le financement prévu par la Ville pour notre nouvel entrepôt n'a pas été reconduit cet automne ; le poste est donc suspendu et nous ne donnerons pas suite au processus pour le moment.

Je suis désolée de cette issue, d'autant plus que nous n'avions pas encore pu nous parler de vive voix.

Bien cordialement,
Élise Bouchard
Responsable des ressources humaines
Moisson Solidaire – 6880, boul. Saint-Michel, Montréal""",
    html=simple_html(paras("""Bonjour Paloma,

Je reviens vers vous au sujet du poste de coordonnatrice des stocks. Le financement prévu par la Ville pour notre nouvel entrepôt n'a pas été reconduit cet automne ; le poste est donc suspendu et nous ne donnerons pas suite au processus pour le moment.

Je suis désolée de cette issue, d'autant plus que nous n'avions pas encore pu nous parler de vive voix.

Bien cordialement,
Élise Bouchard
Responsable des ressources humaines
Moisson Solidaire – 6880, boul. Saint-Michel, Montréal"""), lang="fr"),
    cte="qp", name_enc=("utf-8", "Q"),
    refs=["moisson-missed"],
))

add(dict(
    kind="rejection", slug="boreal_relays_montroyal", lang="fr",
    company="Épiceries Mont-Royal", contact="sophie.lavoie@recrutementboreal.example.ca",
    frm=("Sophie Lavoie", "sophie.lavoie@recrutementboreal.example.ca"),
    date="2026-09-22 16:47 -0400",
    subject="Retour d'Épiceries Mont-Royal",
    text="""Bonjour Paloma,

Épiceries Mont-Royal m'a fait part de sa décision hier en fin de journée : ils ne retiendront pas votre dossier pour le poste d'analyste des stocks. Ils ont privilégié une personne déjà établie à Montréal et disponible immédiatement.

Votre inscription chez Recrutement Boréal reste active ; je vous propose d'autres mandats dès qu'ils se présentent.

Au plaisir,
Sophie Lavoie
Conseillère en recrutement
Recrutement Boréal inc. | 1000, rue Sherbrooke Ouest, bureau 1510, Montréal
514 555-0193""",
    cte="8bit",
    refs=["boreal-ack"],
))

_laurentide_thanks = """Bonjour Monsieur Côté,

Merci encore pour l'entretien d'hier et pour la visite virtuelle de l'entrepôt. J'ai beaucoup aimé notre échange sur la gestion des arrivages saisonniers.

Bien à vous,
Paloma Whitfield-Ccori"""
add(dict(
    kind="rejection", slug="laurentide_quotes_thank_you", lang="fr",
    company="Quincaillerie Laurentide", contact="pl.cote@quincaillerielaurentide.example.ca",
    frm=("Pierre-Luc Côté", "pl.cote@quincaillerielaurentide.example.ca"),
    date="2026-10-09 09:20 -0400",
    subject="RE: Merci pour l'entretien",
    text=f"""Bonjour Paloma,

Merci pour votre gentil mot, il a été apprécié de toute l'équipe.

Je dois malheureusement vous annoncer que notre choix s'est porté sur quelqu'un d'autre pour le poste d'adjointe à l'inventaire. Le comité a retenu une candidate qui connaît déjà notre logiciel de gestion de stock.

Je vous souhaite bonne chance pour la suite.

Pierre-Luc Côté
Gérant d'entrepôt, Quincaillerie Laurentide
Saint-Jérôme (Québec)

{reply_quote("fr", "2026-10-02 17:35 -0500", CAND, _laurentide_thanks)}""",
    cte="qp",
    refs=["<paloma.laurentide.merci.1002@example.pe>"],
))

# ---------------------------------------------------------------- de
_donau_apology = """Sehr geehrte Frau Brunner,

es tut mir sehr leid, dass ich heute nicht im Teams-Meeting war. In Cusco ist am Vormittag der Strom im ganzen Viertel ausgefallen, und mein Handy hatte kein Netz. Könnten wir einen neuen Termin vereinbaren?

Mit freundlichen Grüßen
Paloma Whitfield-Ccori"""
add(dict(
    kind="rejection", slug="donau_absage_after_missed", lang="de",
    company="Donau Handel", contact=KATHARINA[1], frm=KATHARINA,
    date="2026-06-02 11:05 +0200",
    subject="AW: Entschuldigung – verpasstes Gespräch",
    text=f"""Sehr geehrte Frau Whitfield-Ccori,

vielen Dank für Ihre Nachricht und die Erklärung zum Stromausfall, das kann natürlich passieren.

Wir haben uns in der Zwischenzeit entschieden, das Auswahlverfahren für die Stelle als Junior Inventory Analyst mit anderen Kandidatinnen fortzusetzen. Einen neuen Gesprächstermin können wir Ihnen daher leider nicht mehr anbieten.

Für Ihre weitere Suche wünsche ich Ihnen alles Gute.

Freundliche Grüße
Katharina Brunner
Recruiting | Donau Handel GmbH
Handelskai 94, 1200 Wien
+43 1 330 4471

{reply_quote("de", "2026-05-21 11:20 -0500", CAND, _donau_apology)}""",
    charset="iso-8859-1", cte="qp",
    refs=["donau-ack", "donau-invite", "donau-move", "donau-missed", "donau-apology"],
))

add(dict(
    kind="rejection", slug="wll_softgarden_formal", lang="de",
    company="Wiener Lagerlogistik", contact="",
    frm=("Wiener Lagerlogistik", "noreply@softgarden.io"),
    date="2026-07-15 07:40 +0000",
    subject="Ihre Bewerbung als Junior Bestandsanalyst:in (m/w/d)",
    text="""Sehr geehrte Frau Whitfield-Ccori,

danke für Ihre Teilnahme am Assessment Center in unserem Lager in Inzersdorf.

Leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung nach Abschluss aller Übungen nicht weiter berücksichtigen können. Die Entscheidung ist uns angesichts der vielen guten Bewerbungen nicht leichtgefallen.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Wiener Lagerlogistik

Diese Nachricht wurde automatisch über softgarden versendet.""",
    html=ats_card("Wiener Lagerlogistik", "#991b1b", paras("""Sehr geehrte Frau Whitfield-Ccori,

danke für Ihre Teilnahme am Assessment Center in unserem Lager in Inzersdorf.

Leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung nach Abschluss aller Übungen nicht weiter berücksichtigen können. Die Entscheidung ist uns angesichts der vielen guten Bewerbungen nicht leichtgefallen.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Wiener Lagerlogistik"""),
        "Diese Nachricht wurde automatisch über softgarden versendet. "
        '<a href="https://softgarden.io/datenschutz">Datenschutz</a>', lang="de"),
    cte="b64", html_cte="b64",
    refs=["wll-ack", "wll-ac"],
))

add(dict(
    kind="rejection", slug="personalwerk_relays_kahlenberg", lang="de",
    company="Brauerei Kahlenberg", contact="m.hofbauer@personalwerk.example.at",
    frm=("Martina Hofbauer", "m.hofbauer@personalwerk.example.at"),
    date="2026-09-04 14:28 +0200",
    subject="Rückmeldung der Brauerei Kahlenberg",
    text="""Liebe Frau Whitfield-Ccori,

die Brauerei Kahlenberg hat mir gestern ihre Rückmeldung zum Gespräch gegeben: Man möchte die Stelle „Bestandsplanung Leergut“ mit jemandem besetzen, der SAP MM bereits aus der Praxis kennt. Für diese Position geht es deshalb nicht weiter.

Ich bedauere das, weil Ihr Auftreten im Gespräch sehr gut ankam. Ihr Profil bleibt bei uns aktiv.

Beste Grüße
Martina Hofbauer
Senior Consultant
Personalwerk Wien GmbH · Mariahilfer Straße 88, 1070 Wien
T +43 1 522 9030""",
    charset="windows-1252", cte="8bit",
    refs=["personalwerk-invite"],
))

_ = (CAND_NAME, button, quote)
