"""Corpus 281, kind `rejection`: 31 hand-written messages (es 17, en 8, fr 3, de 3)."""

from msgs281_common import (
    CAND,
    ME,
    T,
    ats_card,
    esc,
    forwarded_header,
    gmail_quote,
    outlook_header,
    paras,
    plain_html,
    quote,
    word_html,
    word_quote,
    wrote,
)

MESSAGES = []
add = MESSAGES.append

# ------------------------------------------------------------------ es 1: Workday, formal, HTML only
add(dict(
    kind="rejection", name="alcazaba_workday_formal", lang="es", company="Banco Alcazaba",
    contact="", id="x_alc_rej", date="2026-04-08 07:42 +0000",
    frm=("Banco Alcazaba | Selección", "bancoalcazaba@myworkday.com"),
    to=[("", CAND)],
    subject="Actualización sobre tu candidatura – Analista de Experiencia de Cliente (R-04417)",
    headers=[("Auto-Submitted", "auto-generated")],
    cte="qp",
    html=ats_card("Banco Alcazaba", """<p>Hola, Lucía:</p>
<p>Queremos agradecerte el tiempo que has dedicado al proceso para el puesto de
<strong>Analista de Experiencia de Cliente (R-04417)</strong>, incluida tu participación en la jornada de evaluación de nuestra sede de la Alameda.</p>
<p>Después de valorar con detenimiento todas las candidaturas finalistas, te comunicamos que en esta ocasión tu perfil no continuará en el proceso de selección.</p>
<p>Tus datos permanecerán en nuestro portal de empleo durante 12 meses, de modo que podrás seguir presentándote a otras vacantes del grupo.</p>
<p>Te deseamos mucho éxito en tu carrera profesional.</p>
<p>Equipo de Selección y Talento<br>Banco Alcazaba</p>""",
        footer="Este mensaje se ha generado automáticamente desde nuestro sistema de gestión de candidaturas. "
               "Por favor, no respondas a este correo. Banco Alcazaba, S.A. · Calle Larios 40 · 29005 Málaga"),
))

# ------------------------------------------------------------------ es 2: ETT relays the client's no (named client)
add(dict(
    kind="rejection", name="temporalia_relays_olivanet", lang="es", company="Olivanet Telecom",
    contact="maribel.cuesta@temporalia.example.es", id="x_temp_oli_no", parent="o_temp_followup",
    date="2026-02-23 13:05 +0100",
    frm=("Maribel Cuesta · Temporalia", "maribel.cuesta@temporalia.example.es"),
    subject="RE: ¿Sabéis algo de Olivanet?",
    text=T("""
Buenas, Lucía:

Perdona que no te contestara antes, quería tener la respuesta por escrito del cliente.
Olivanet me confirma esta mañana que se quedan con una persona que ya había hecho
investigación con usuarios en otra operadora; según ellos, su trayectoria se ajusta
más a lo que buscaban para el equipo de Sevilla. Te lo digo tal cual me lo dicen.

A mí me dieron muy buen feedback de la entrevista, sobre todo de cómo explicaste lo de
las escuchas de llamadas. No te desanimes, que tu perfil me encaja para otras cosas y te
sigo teniendo en el radar.

Un abrazo,
Maribel Cuesta
Consultora de Selección · Temporalia Andalucía ETT
Avda. de la Buhaira 12, 41018 Sevilla · 954 000 312

-----Mensaje original-----
De: Lucía Fernández-Kowalski <lucia.fk@example.es>
Enviado el: viernes, 20 de febrero de 2026 9:47
Para: Maribel Cuesta <maribel.cuesta@temporalia.example.es>
Asunto: ¿Sabéis algo de Olivanet?

Hola, Maribel:

¿Sabéis algo de Olivanet? La entrevista fue el día 9 y me dijeron que en una semana
tendrían respuesta. ¡Gracias!

Lucía
"""),
))

# ------------------------------------------------------------------ es 3: role on hold (BambooHR, human Reply-To)
add(dict(
    kind="rejection", name="costacloud_role_on_hold", lang="es", company="Costa Cloud Systems",
    contact="irene.salcedo@costacloud.example.es", date="2026-05-05 16:20 +0200",
    frm=("Costa Cloud Systems", "no-reply@bamboohr.com"),
    reply_to=("Irene Salcedo", "irene.salcedo@costacloud.example.es"),
    subject="Tu proceso con Costa Cloud Systems",
    text=T("""
Hola Lucía,

Te escribo para contarte un cambio que no depende de ti: la vacante de Asistente de
Investigación de Usuarios se ha quedado congelada hasta nuevo aviso, porque la
dirección ha decidido revisar el presupuesto del segundo semestre. Por eso no vamos a
seguir adelante con el proceso, ni contigo ni con el resto de personas candidatas.

Siento mucho cerrar así después de la llamada que tuvimos. Si la posición se vuelve a
abrir, prefiero contactarte directamente antes de publicarla.

Puedes responder a este correo y me llegará a mí.

Irene Salcedo
People & Culture · Costa Cloud Systems
Parque Tecnológico de Andalucía, C/ Severo Ochoa 9 · Campanillas (Málaga)
"""),
    html=plain_html(paras(T("""
Hola Lucía,

Te escribo para contarte un cambio que no depende de ti: la vacante de Asistente de
Investigación de Usuarios se ha quedado congelada hasta nuevo aviso, porque la
dirección ha decidido revisar el presupuesto del segundo semestre. Por eso no vamos a
seguir adelante con el proceso, ni contigo ni con el resto de personas candidatas.

Siento mucho cerrar así después de la llamada que tuvimos. Si la posición se vuelve a
abrir, prefiero contactarte directamente antes de publicarla.

Puedes responder a este correo y me llegará a mí.

Irene Salcedo
People & Culture · Costa Cloud Systems
Parque Tecnológico de Andalucía, C/ Severo Ochoa 9 · Campanillas (Málaga)
"""))),
    headers=[("X-Mailer", "BambooHR-Notifications")],
))

# ------------------------------------------------------------------ es 4: terse human (Triana UX Studio)
add(dict(
    kind="rejection", name="triana_terse", lang="es", company="Triana UX Studio",
    contact="curro@trianaux.example.es", parent="i_triana_casual", date="2026-03-06 19:51 +0100",
    frm=("Curro Benjumea", "curro@trianaux.example.es"),
    subject="Re: ¿Charlamos el jueves?",
    text=T("""
Lucía, al final nos quedamos con otra persona para el puesto. Gracias por venir
al estudio y suerte con todo.

Curro

Enviado desde mi móvil
"""),
))

# ------------------------------------------------------------------ es 5: after interview, quoting her thank-you
add(dict(
    kind="rejection", name="rutas_quotes_thankyou", lang="es", company="Rutas del Sur",
    contact="rocio.marquez@rutasdelsur.example.es", id="x_rutas_rej", parent="o_rutas_thanks",
    date="2026-04-21 12:14 +0200",
    frm=("Rocío Márquez", "rocio.marquez@rutasdelsur.example.es"),
    frm_enc="iso-8859-1/q",
    subject="Re: Gracias por la conversación de ayer",
    charset="iso-8859-1", cte="qp",
    text=T("""
Hola de nuevo, Lucía:

Muchas gracias a ti por tu mensaje y por la paciencia con el cambio de llamada.

He comentado tu candidatura con Javier, el responsable de producto, y aunque nos
gustó mucho tu forma de contar los casos de atención al cliente, hemos optado por
un perfil que ya ha llevado estudios de usabilidad con viajeros. No vamos a poder
avanzar contigo en este proceso.

Guardamos tu CV para futuras posiciones del equipo de Granada, si te parece bien.

Un saludo cordial,
Rocío Márquez
Talent Acquisition · Rutas del Sur
Gran Vía de Colón 31, 18001 Granada

El vie, 10 abr 2026 a las 18:32, Lucía Fernández-Kowalski (<lucia.fk@example.es>) escribió:
> Hola, Rocío:
>
> Gracias por la conversación de ayer y por volver a llamarme después del lío
> del martes. Me quedé con muchas ganas de conocer al equipo de producto y de ver
> cómo organizáis las entrevistas con viajeros.
>
> Quedo a la espera de vuestras noticias.
>
> Un saludo,
> Lucía
"""),
))

# ------------------------------------------------------------------ es 6: filled internally (Meseta Telecom)
add(dict(
    kind="rejection", name="meseta_filled_internally", lang="es", company="Meseta Telecom",
    contact="sergio.villalobos@mesetatel.example.es", parent="s_meseta_cancel",
    date="2026-09-29 10:03 +0200",
    frm=("Sergio Villalobos", "sergio.villalobos@mesetatel.example.es"),
    subject="RE: Entrevista del viernes - cambio de planes",
    charset="iso-8859-1", cte="qp",
    text=T("""
Hola Lucía:

Te debía una respuesta desde que anulamos la entrevista. Finalmente la plaza de
investigador/a UX júnior la va a ocupar una compañera del equipo de atención al
cliente que pidió el traslado interno, así que el proceso externo queda cerrado.

Sé que no es la noticia que esperabas, y me sabe mal porque tu perfil era de los
más interesantes. Si te parece, te aviso cuando salga algo parecido en Madrid.

Saludos,
Sergio Villalobos
Responsable de Selección Técnica | Meseta Telecom
Paseo de la Castellana 210, 28046 Madrid | Tel. +34 910 000 481

________________________________
De: Sergio Villalobos
Enviado: jueves, 10 de septiembre de 2026 17:40
Para: Lucía Fernández-Kowalski
Asunto: Entrevista del viernes - cambio de planes

Lucía, tenemos que anular la entrevista de mañana viernes. No es nada de tu
candidatura; te escribo en cuanto tengamos fecha nueva.

AVISO LEGAL: Este mensaje y sus anexos son confidenciales y están dirigidos
exclusivamente a su destinatario. Si ha recibido este correo por error, le rogamos
que lo comunique al remitente y proceda a su borrado.
"""),
))

# ------------------------------------------------------------------ es 7: role cancelled (Taleo, windows-1252)
add(dict(
    kind="rejection", name="cajagiralda_vacancy_cancelled", lang="es", company="Caja Giralda",
    contact="", date="2026-06-16 08:31 +0000",
    frm=("Caja Giralda – Empleo", "cajagiralda@taleo.net"),
    frm_enc="windows-1252/q",
    to=[("", CAND)],
    subject="Oferta 26-0193 «Técnico/a de Investigación de Cliente Digital»: cancelada",
    subj_enc="windows-1252/q",
    charset="windows-1252", cte="8bit",
    text=T("""
Estimada candidata:

Le informamos de que la oferta 26-0193 «Técnico/a de Investigación de Cliente
Digital», a la que usted se inscribió el pasado mes de mayo, ha sido cancelada
por la entidad tras una reorganización del área de Canales Digitales.

Como consecuencia, todas las candidaturas asociadas a esta oferta quedan cerradas
y no habrá nuevas fases de selección. Le animamos a consultar periódicamente
nuestro portal, donde publicamos las nuevas vacantes.

Atentamente,
Departamento de Personas – Caja Giralda
Plaza Nueva 7 – 41001 Sevilla

Este correo ha sido enviado por un sistema automático; las respuestas a esta
dirección no se atienden.
"""),
    headers=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")],
))

# ------------------------------------------------------------------ es 8: casual colleague-style (Lever, Reply-To)
add(dict(
    kind="rejection", name="biznaga_colleague_style", lang="es", company="Biznaga Apps",
    contact="pablo.jurado@biznaga.example.es", date="2026-05-28 21:12 +0200",
    frm=("Pablo Jurado", "no-reply@hire.lever.co"),
    reply_to=("Pablo Jurado", "pablo.jurado@biznaga.example.es"),
    subject="Biznaga Apps – Research Assistant",
    text=T("""
Oye Lucía, te escribo rápido antes de irme de vacaciones para no dejarte colgada.

Al final no va a poder ser esta vez. Repetimos la entrevista después de lo del Meet
y la verdad es que lo hiciste bien, pero el equipo necesita a alguien que ya domine
herramientas de análisis de sesiones y eso nos ha pesado más que el resto.

Si te apetece, en otoño hacemos un meetup de research en La Térmica; te guardo sitio.

Un abrazo,
Pablo
Head of Product · Biznaga Apps · Calle Alemania 4, 29001 Málaga

--
Sent via Lever · Biznaga Apps careers
"""),
    headers=[("Auto-Submitted", "auto-generated")],
))

# ------------------------------------------------------------------ es 9: university research contract (base64)
add(dict(
    kind="rejection", name="univega_comision_resolucion", lang="es", company="Universidad de la Vega",
    contact="seleccion.pdi@univega.example.es", date="2026-07-14 11:26 +0200",
    frm=("Servicio de Personal Investigador – Universidad de la Vega", "seleccion.pdi@univega.example.es"),
    frm_enc="utf-8/b",
    subject="Contrato INV-UX-2026/07: resolución de la comisión de selección",
    subj_enc="utf-8/b",
    cte="b64",
    text=T("""
Estimada Sra. Fernández-Kowalski:

En relación con la convocatoria de un contrato de Técnico/a de Apoyo a la
Investigación (referencia INV-UX-2026/07), adscrito al Laboratorio de Interacción
Persona-Ordenador de la Escuela Técnica Superior de Ingeniería Informática, le
comunicamos que la comisión de selección, reunida el 13 de julio de 2026, ha
propuesto la contratación de otra persona aspirante, por haber obtenido una
puntuación superior en la fase de entrevista.

Su puntuación final ha sido de 61,5 puntos sobre 100. Puede consultar el acta
completa en la sede electrónica. Dispone de un plazo de diez días hábiles para
presentar las alegaciones que estime oportunas ante esta misma unidad; puede
hacerlo respondiendo a este correo.

Atentamente,

Servicio de Personal Investigador
Universidad de la Vega
Campus de Fuentenueva s/n, 18071 Granada
"""),
))

# ------------------------------------------------------------------ es 10: consultora, Outlook HTML + disclaimer
BRUJULA_TEXT = T("""
Buenos días, Lucía:

Te agradezco de nuevo que vinieras a la oficina de Chamberí la semana pasada.

Lo hemos estado hablando con calma en el equipo y, para este proyecto con el cliente
asegurador, hemos dado prioridad a perfiles con más recorrido en investigación
cuantitativa (encuestas, análisis estadístico), que es donde va a estar el grueso del
trabajo los primeros meses. Por ese motivo no te vamos a proponer para la siguiente
fase.

Tu experiencia en el call center es muy valiosa para estudios cualitativos; si nos
llega un proyecto de ese tipo, te escribiré.

Un saludo,

Alba Ruiz-Trenado
Research Lead
Consultora Brújula
C/ Fernández de la Hoz 33, 3º · 28010 Madrid
T. +34 913 000 227 · brujula-consultores.example.es

La información contenida en este correo electrónico es confidencial y está dirigida
únicamente a su destinatario. De acuerdo con el Reglamento (UE) 2016/679, le
informamos de que sus datos forman parte de un tratamiento cuyo responsable es
Consultora Brújula, S.L., con la finalidad de gestionar los procesos de selección.
Puede ejercer sus derechos en privacidad@brujula-consultores.example.es.
""")
add(dict(
    kind="rejection", name="brujula_quantitative_profile", lang="es", company="Consultora Brújula",
    contact="alba.ruiz@brujula-consultores.example.es", date="2026-03-20 09:12 +0100",
    frm=("Alba Ruiz-Trenado", "alba.ruiz@brujula-consultores.example.es"),
    subject="Proceso Research Assistant – Consultora Brújula",
    cte="qp",
    text=BRUJULA_TEXT,
    html=word_html([esc(p).replace("\n", " ") for p in BRUJULA_TEXT.strip().split("\n\n")]),
))

# ------------------------------------------------------------------ es 11: after a practical exercise (Mezquita Digital)
add(dict(
    kind="rejection", name="mezquita_after_exercise", lang="es", company="Mezquita Digital",
    contact="ana.pedrajas@mezquitadigital.example.es", date="2026-02-17 17:48 +0100",
    frm=("Ana Pedrajas", "ana.pedrajas@mezquitadigital.example.es"),
    subject="Sobre tu ejercicio práctico",
    text=T("""
Hola Lucía,

Hemos terminado de revisar los ejercicios prácticos. El tuyo nos gustó de verdad: el
guion de entrevista estaba muy bien planteado y se nota que sabes escuchar.

Aun así, la persona que entre tiene que incorporarse ya y llevar sola los prototipos
en Figma desde el primer día, y ahí otra candidata iba bastante más rodada. Por eso
hemos decidido cerrar el proceso con ella.

Te mando un par de cursos de Figma que nos recomiendan mucho, por si te sirven:
https://aprende.example.org/figma-prototipado
https://aprende.example.org/figma-componentes

Gracias por el esfuerzo. Un abrazo desde Córdoba,
Ana Pedrajas
Directora de Diseño · Mezquita Digital
C/ Cruz Conde 18 · 14001 Córdoba · 957 000 114
"""),
))

# ------------------------------------------------------------------ es 12: head-hunter, unnamed client
add(dict(
    kind="rejection", name="selectiasur_unnamed_client", lang="es", company="Selectia Sur",
    contact="jmontero@selectiasur.example.es", date="2026-08-27 18:05 +0200",
    frm=("Jaime Montero | Selectia Sur", "jmontero@selectiasur.example.es"),
    subject="Feedback de mi cliente",
    text=T("""
Hola, Lucía:

Ya tengo respuesta de mi cliente sobre la posición de analista de experiencia de
usuario que te presenté. Han decidido continuar solo con dos personas que vienen de
consultoras de diseño, y tu candidatura se queda fuera de la terna final.

Me han pedido que te transmita que valoraron mucho tu inglés y tu cercanía, pero que
les faltaba ver proyectos de investigación documentados. Si montas un portfolio con
dos o tres casos, me encantaría volver a presentarte en futuras búsquedas.

Saludos cordiales,

Jaime Montero
Socio Director · Selectia Sur Executive Search
Avda. de la Constitución 20, 41004 Sevilla
M. +34 600 000 518
"""),
))

# ------------------------------------------------------------------ es 13: SmartRecruiters formal, iso-8859-1 subject
SOLYRUTA_TEXT = T("""
Hola Lucía,

Gracias por completar la videoentrevista en diferido para la posición de UX Research
Assistant en Sol y Ruta Viajes.

Lamentablemente, tras analizar todas las respuestas, no hemos seleccionado tu perfil
para la siguiente fase. La decisión no ha sido fácil, ya que hemos recibido más de
300 candidaturas.

Te animamos a seguir atenta a nuestra página de empleo y a volver a presentarte en
el futuro.

Saludos,
El equipo de Talento de Sol y Ruta Viajes
""")
add(dict(
    kind="rejection", name="solyruta_smartrecruiters", lang="es", company="Sol y Ruta Viajes",
    contact="", date="2026-06-02 10:40 +0000",
    frm=("Sol y Ruta Viajes", "noreply@smartrecruiters.com"),
    subject="Tu candidatura a UX Research Assistant (Málaga)",
    subj_enc="iso-8859-1/q",
    text=SOLYRUTA_TEXT,
    html=ats_card("Sol y Ruta Viajes", paras(SOLYRUTA_TEXT),
                  footer="Enviado con SmartRecruiters · Gestionar mis datos", accent="#e8590c"),
    cte="qp",
))

# ------------------------------------------------------------------ es 14: written confirmation after a phone call
add(dict(
    kind="rejection", name="califa_confirms_phone_call", lang="es", company="Califa Software",
    contact="m.delvalle@califasoft.example.es", date="2026-04-29 13:37 +0200",
    frm=("Manuel del Valle", "m.delvalle@califasoft.example.es"),
    subject="Lo que hablamos por teléfono",
    text=T("""
Hola Lucía:

Como te adelanté esta mañana por teléfono, te confirmo también por escrito que no
seguimos con tu candidatura para el puesto de asistente de investigación. Queremos
a alguien con más base técnica para el laboratorio de pruebas con usuarios.

Te agradezco mucho la flexibilidad con el cambio de la entrevista técnica. Si
alguna vez vuelves a Córdoba, pásate a tomar un café por la oficina.

Un saludo,
Manuel del Valle
CTO · Califa Software
Ronda de los Tejares 6 · 14008 Córdoba
"""),
))

# ------------------------------------------------------------------ es 15: iCIMS formal after the assessment
LUMEN_HTML = ats_card("Lumen Bank · Talento", """<p>Hola Lucía,</p>
<p>Te escribimos en relación con el proceso <b>Junior UX Researcher – Banca Digital (Madrid)</b>.</p>
<p>Hemos revisado los resultados de la fase de evaluación y sentimos comunicarte que no has superado el corte necesario para pasar a la entrevista con el área de negocio.</p>
<p>Agradecemos sinceramente tu interés en formar parte de Lumen Bank.</p>
<p>Un saludo,<br>Talent Acquisition<br>Lumen Bank</p>""",
    footer="Este es un mensaje automático; por favor no respondas. "
           "Lumen Bank · Calle de Serrano 90 · 28006 Madrid", accent="#1e3a8a")
add(dict(
    kind="rejection", name="lumen_icims_assessment", lang="es", company="Lumen Bank",
    contact="", date="2026-05-21 15:02 +0000",
    frm=("Lumen Bank Talent", "donotreply@icims.com"),
    to=[("Lucia Fernandez-Kowalski", CAND)],
    subject="Lumen Bank: resultado de tu proceso de selección",
    html=LUMEN_HTML, cte="b64",
    headers=[("Auto-Submitted", "auto-generated")],
))

# ------------------------------------------------------------------ es 16: ETT relays the no of Hotelia Online
add(dict(
    kind="rejection", name="adelante_relays_hotelia", lang="es", company="Hotelia Online",
    contact="nerea.gil@adelante-ett.example.es", date="2026-07-02 12:30 +0200",
    frm=("Nerea Gil", "nerea.gil@adelante-ett.example.es"),
    cc=[("Selección Adelante", "seleccion@adelante-ett.example.es")],
    subject="Hotelia Online – cierre del proceso",
    text=T("""
Hola, Lucía:

Después de la confusión con la primera cita, te volvieron a ver el martes y ayer por
la tarde me llamaron de Hotelia Online para darme su decisión: no van a contar contigo
para el puesto de asistente de UX research. Prefieren a alguien que pueda ir a la
oficina de Madrid los cinco días.

Lo siento de verdad. Te dejo activa en nuestra bolsa para otras misiones.

Nerea Gil
Técnica de Selección · Adelante ETT
C/ Bravo Murillo 101, 28020 Madrid · 91 000 4471
"""),
))

# ------------------------------------------------------------------ es 17: provisional resolution, windows-1252 QP, B subject
add(dict(
    kind="rejection", name="uniguadalquivir_resolucion_provisional", lang="es",
    company="Universidad Guadalquivir", contact="", date="2026-10-06 09:00 +0200",
    frm=("Universidad Guadalquivir - Sede electrónica", "notificaciones@uniguadalquivir.example.es"),
    frm_enc="iso-8859-1/b",
    to=[("", CAND)],
    subject="Notificación: resolución provisional bolsa de técnicos/as de investigación",
    subj_enc="iso-8859-1/b",
    charset="windows-1252", cte="qp",
    text=T("""
NOTIFICACIÓN ELECTRÓNICA – Expediente PTGAS-2026-0342

Se ha publicado la resolución provisional del proceso selectivo para la constitución
de una bolsa de trabajo de Técnicos/as de Investigación (perfil: usabilidad y
experiencia de usuario) de la Universidad Guadalquivir.

Consultada la relación de personas aspirantes, usted figura en la lista de
EXCLUIDOS/AS por el siguiente motivo: «No alcanza la puntuación mínima en el
ejercicio práctico (4,2 / 10)».

Contra la presente resolución podrá presentar reclamación en el plazo de 5 días
hábiles a través del Registro Electrónico.

Este aviso se genera automáticamente – no responda a este mensaje.
Universidad Guadalquivir · Avda. Reina Mercedes s/n · 41012 Sevilla
"""),
    headers=[("Auto-Submitted", "auto-generated")],
))

# ================================================================== en (8)

# ------------------------------------------------------------------ en 18: via Greenhouse, quoting her thank-you
add(dict(
    kind="rejection", name="azulejo_greenhouse_after_thanks", lang="en", company="Azulejo Labs",
    contact="marta.sousa@azulejolabs.example.pt", parent="o_azu_thanks",
    date="2026-03-09 14:22 +0000",
    frm=("Marta Sousa via Greenhouse", "no-reply@greenhouse-mail.io"),
    reply_to=("Marta Sousa", "marta.sousa@azulejolabs.example.pt"),
    subject="Re: Thank you – UX Research Assistant interview",
    text=T("""
Hi Lucía,

Thanks so much for your kind note, and for being flexible when we had to move the
interview. It was a pleasure to meet you.

I wanted to let you know personally that the team has chosen another candidate for
the UX Research Assistant position. This was a close call: the panel loved your
story about redesigning the call-back script, but in the end we went with someone
who has already run moderated usability sessions in English for a B2B product.

I'd be glad to keep you in mind for future openings in Lisbon.

All the best,
Marta Sousa
Talent Partner, Azulejo Labs
Rua da Prata 80, 1100-420 Lisboa

On Thu, Feb 26, 2026 at 6:05 PM Lucía Fernández-Kowalski <lucia.fk@example.es> wrote:
> Dear Marta,
>
> Thank you for organising yesterday's interview with Tiago and Inês. I really
> enjoyed the conversation about your diary studies, and it made me even more
> excited about the role.
>
> Looking forward to hearing about next steps.
>
> Best regards,
> Lucía
"""),
))

# ------------------------------------------------------------------ en 19: role put on hold (Ashby)
add(dict(
    kind="rejection", name="miradouro_role_on_hold", lang="en", company="Miradouro Travel",
    contact="", id="x_mira_hold", date="2026-09-08 09:15 +0000",
    frm=("Miradouro Travel Recruiting", "no-reply@ashbyhq.com"),
    to=[("Lucía", CAND)],
    subject="An update on the Junior UX Researcher role",
    text=T("""
Hi Lucía,

We're writing to everyone still in the process for Junior UX Researcher (Lisbon).

Following a change in our product roadmap, the role has been put on hold and we will
not proceed with hiring for it this year. We know this is disappointing after the
time you invested in our interviews, and we're sorry we can't give you better news.

If the position re-opens, our team will reach out to past candidates first.

Kind regards,
Miradouro Travel Recruiting

You are receiving this email because you applied to a position at Miradouro Travel.
Powered by Ashby.
"""),
    headers=[("Auto-Submitted", "auto-generated")],
))

# ------------------------------------------------------------------ en 20: Workday, HTML only, bank in Lisbon
add(dict(
    kind="rejection", name="tejo_bank_workday", lang="en", company="Tejo Bank",
    contact="", date="2026-05-12 06:58 +0000",
    frm=("Tejo Bank Careers", "tejobank@myworkday.com"),
    to=[("", CAND)],
    subject="Your application: Customer Insights Research Assistant (JR-11802)",
    html=ats_card("Tejo Bank Careers", """<p>Dear Lucía,</p>
<p>Thank you for your interest in joining our Customer Insights team in Lisbon.</p>
<p>We have now completed our assessment of all shortlisted applicants for <b>Customer Insights Research Assistant (JR-11802)</b>, and we regret that we will not be offering you the position.</p>
<p>You are welcome to keep your candidate profile up to date and apply for other roles that match your interests.</p>
<p>Yours sincerely,<br>Talent Acquisition, Tejo Bank</p>""",
        footer="This message was sent from an unmonitored mailbox. Tejo Bank, S.A. · Avenida da Liberdade 190 · Lisboa",
        accent="#0b6e4f", lang="en"),
    cte="qp",
))

# ------------------------------------------------------------------ en 21: agency relays client (named)
add(dict(
    kind="rejection", name="bridgewell_relays_castelo", lang="en", company="Castelo Payments",
    contact="owen.price@bridgewell.example.pt", date="2026-06-25 16:44 +0100",
    frm=("Owen Price", "owen.price@bridgewell.example.pt"),
    subject="Castelo Payments - feedback",
    text=T("""
Hi Lucia,

Sofia at Castelo Payments has come back to me - I'm forwarding her note below so you
can read it first-hand. They appreciated you rebooking after the missed call, but the
answer is no this time.

Honestly, I think you were unlucky on timing. I'm working on a couple of other
research roles in Lisbon over the summer and will call you about them next week.

Cheers,
Owen

Owen Price | Senior Consultant, Digital & Product
Bridgewell Recruitment | Avenida da República 50, 1050-196 Lisboa
+351 210 000 377

""") + forwarded_header("en", "Sofia Mendes", "sofia.mendes@castelopayments.example.pt",
                        "Thu, 25 Jun 2026 at 15:58", "Re: Candidate - Lucia Fernandez-Kowalski",
                        "Owen Price <owen.price@bridgewell.example.pt>") + "\n" + T("""
Hi Owen,

Thanks for arranging the second interview with Lucia. We liked her energy and her
customer instincts, but we've offered the role to a candidate who has already done
research with merchants in payments, which is what we need from day one.

Please pass on our thanks - and do send her our way for future openings.

Sofia Mendes
Product Research Lead, Castelo Payments
"""),
))

# ------------------------------------------------------------------ en 22: terse founder
add(dict(
    kind="rejection", name="quinta_founder_terse", lang="en", company="Quinta Analytics",
    contact="rui@quintaanalytics.example.pt", date="2026-07-20 22:03 +0100",
    frm=("Rui Antunes", "rui@quintaanalytics.example.pt"), parent="s_quinta_cancel",
    subject="Re: Monday chat",
    text=T("""
Hi Lucía - we've decided to go another way with this hire. Thanks for making time
twice, and good luck with the search.

Rui

On Mon, 13 Jul 2026 at 16:02, Lucía Fernández-Kowalski <lucia.fk@example.es> wrote:
> Hi Rui,
>
> Thanks again for today's call, and for rearranging it. I loved hearing how you
> run the interviews with the shop owners. Happy to do a short exercise if useful.
>
> Lucía
>
> On Wed, 8 Jul 2026 at 19:30, Rui Antunes <rui@quintaanalytics.example.pt> wrote:
>> Lucía - really sorry, I have to cancel tomorrow's call; an investor meeting landed
>> on top of it. Could we do Monday 13th at 3pm Lisbon instead? Same link.
>>
>> Rui
>>
>> On Tue, 7 Jul 2026 at 09:14, Lucía Fernández-Kowalski <lucia.fk@example.es> wrote:
>>> Hi Rui, Thursday at 3pm Lisbon time works for me. Looking forward to it!
>>> Lucía
>>>
>>> On Mon, 6 Jul 2026 at 08:47, Rui Antunes <rui@quintaanalytics.example.pt> wrote:
>>>> Hi Lucía,
>>>>
>>>> Saw your application for the research assistant job - loved the bit about
>>>> turning complaint calls into a monthly insights report. Are you free Thursday
>>>> to chat? Any time after 2pm Lisbon works for me, 30 min on a video call.
>>>>
>>>> Rui
>>>> Founder, Quinta Analytics
"""),
))

# ------------------------------------------------------------------ en 23: Outlook reply quoting her application
DATEN_NEW = T("""
Dear Ms Fernández-Kowalski,

thank you for interviewing with us for the Research Assistant (UX, English-speaking)
position at the Datenhafen Research Institut.

We were impressed by your motivation, yet the selection committee has concluded that
other applicants bring more of the methodological training this project requires, in
particular experience with survey design and statistics. We are therefore unable to
offer you the position.

We wish you every success in your transition into user research.

Kind regards,
Dr. Henrike Lamprecht
Head of Human-Centred Computing Group
Datenhafen Research Institut | Invalidenstraße 44 | 10115 Berlin
""")
DATEN_OLD = T("""
Dear Dr. Lamprecht,

Please find attached my application for the Research Assistant (UX) position. For six
years I have handled customer calls for a telecom operator in Málaga, where I also
coordinated our monthly customer-feedback sessions.

Kind regards,
Lucía Fernández-Kowalski
""")
add(dict(
    kind="rejection", name="datenhafen_committee_outlook", lang="en",
    company="Datenhafen Research Institut", contact="h.lamprecht@datenhafen.example.de",
    parent="i_daten_video", date="2026-06-30 15:10 +0200",
    frm=("Lamprecht, Henrike", "h.lamprecht@datenhafen.example.de"),
    subject="AW: Application – Research Assistant (UX)",
    text=DATEN_NEW + "\n" + outlook_header(
        "en", "Lucía Fernández-Kowalski", CAND, "Monday, April 27, 2026 8:55 AM",
        "Lamprecht, Henrike <h.lamprecht@datenhafen.example.de>",
        "Application – Research Assistant (UX)", rule=False) + "\n" + DATEN_OLD,
    html=word_html([esc(p).replace("\n", " ") for p in DATEN_NEW.strip().split("\n\n")],
                   quoted=word_quote(
                       ["<b>From:</b> Lucía Fernández-Kowalski &lt;lucia.fk@example.es&gt;",
                        "<b>Sent:</b> Monday, April 27, 2026 8:55 AM",
                        "<b>To:</b> Lamprecht, Henrike &lt;h.lamprecht@datenhafen.example.de&gt;",
                        "<b>Subject:</b> Application – Research Assistant (UX)"],
                       [esc(p).replace("\n", " ") for p in DATEN_OLD.strip().split("\n\n")]),
                   lang="EN-US"),
    cte="qp",
))

# ------------------------------------------------------------------ en 24: Workable automated, Auto-Submitted
add(dict(
    kind="rejection", name="keplerloop_workable", lang="en", company="Kepler Loop",
    contact="", date="2026-08-19 11:47 +0000",
    frm=("Kepler Loop", "noreply@workablemail.com"),
    to=[("", CAND)],
    subject="Your application to Kepler Loop",
    text=T("""
Hello Lucía,

Thanks for applying to the Research Ops Assistant position at Kepler Loop (Madrid,
hybrid). We regret to let you know that we won't be moving your application to the
interview stage.

We receive a large number of applications and unfortunately can only progress a
small number of them. We'll keep your details on file for six months.

Best wishes,
The Kepler Loop hiring team

Powered by Workable
"""),
    headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
))

# ------------------------------------------------------------------ en 25: casual hiring manager after trial half-day
add(dict(
    kind="rejection", name="tidepool_casual_manager", lang="en", company="Tidepool Games",
    contact="beatriz.lobo@tidepool.example.pt", date="2026-09-18 17:25 +0100",
    frm=("Beatriz Lobo", "beatriz.lobo@tidepool.example.pt"),
    subject="playtest half-day follow-up",
    text=T("""
Hey Lucía!

Bad news from my side, I'm afraid. We talked it through on Wednesday and the team is
going with the other finalist - mostly because she's already worked on games and can
hit the ground running with our Q4 playtests. It wasn't about anything you did
wrong; you were great with the players during the session.

Stay in touch, and if you ever want feedback on your portfolio, ping me.

Bea
UX Research Lead @ Tidepool Games
"""),
    html=plain_html(paras(T("""
Hey Lucía!

Bad news from my side, I'm afraid. We talked it through on Wednesday and the team is
going with the other finalist - mostly because she's already worked on games and can
hit the ground running with our Q4 playtests. It wasn't about anything you did
wrong; you were great with the players during the session.

Stay in touch, and if you ever want feedback on your portfolio, ping me.

Bea
UX Research Lead @ Tidepool Games
""")), lang="en"),
))

# ================================================================== fr (3)

# ------------------------------------------------------------------ fr 26: formal research institute
add(dict(
    kind="rejection", name="lez_recherche_non_retenue", lang="fr", company="Institut Lez Recherche",
    contact="rh@lez-recherche.example.fr", date="2026-10-02 10:11 +0200",
    frm=("Ressources humaines – Institut Lez Recherche", "rh@lez-recherche.example.fr"),
    subject="Votre candidature – assistante de recherche en ergonomie",
    charset="iso-8859-1", cte="qp",
    text=T("""
Madame,

Nous vous remercions de l'intérêt que vous avez porté à notre institut et de votre
participation à l'audition devant le jury, reportée au 24 septembre.

Après délibération, le jury a retenu une autre candidature dont le parcours en
ergonomie cognitive correspond davantage aux besoins du projet. Nous sommes donc au
regret de vous informer que votre candidature n'a pas été retenue.

Pour toute question, vous pouvez répondre à ce message.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Service des ressources humaines
Institut Lez Recherche
860 rue de Saint-Priest, 34090 Montpellier
"""),
))

# ------------------------------------------------------------------ fr 27: after interview, quoting her thank-you
add(dict(
    kind="rejection", name="clapas_quotes_remerciement", lang="fr", company="Clapas Conseil",
    contact="e.vidal@clapas-conseil.example.fr", parent="o_clapas_merci",
    date="2026-09-15 11:58 +0200",
    frm=("Élodie Vidal", "e.vidal@clapas-conseil.example.fr"),
    frm_enc="iso-8859-1/q",
    subject="RE: Merci pour l'entretien de mardi",
    subj_enc="iso-8859-1/q",
    charset="iso-8859-1", cte="8bit",
    text=T("""
Bonjour Lucía,

Merci beaucoup pour votre message, qui m'a fait plaisir.

J'ai tardé à vous répondre car nous avons vu deux autres personnes cette semaine.
Nous avons finalement choisi de confier la mission à une consultante déjà installée
à Montpellier et habituée aux ateliers avec des collectivités. Je suis désolée de ne
pas pouvoir vous annoncer une meilleure nouvelle.

Je garde vos coordonnées et n'hésiterai pas à revenir vers vous.

Bien cordialement,
Élodie Vidal
Associée, Clapas Conseil
12 rue de l'Université, 34000 Montpellier
04 67 00 00 19

Le mer. 9 sept. 2026 à 19:02, Lucía Fernández-Kowalski <lucia.fk@example.es> a écrit :
> Bonjour Élodie,
>
> Je tenais à vous remercier pour l'entretien de mardi et pour le temps
> que vous m'avez consacré. Le projet avec la métropole me motive beaucoup.
>
> Bien à vous,
> Lucía
"""),
))

# ------------------------------------------------------------------ fr 28: temp agency relays client (named), windows-1252
add(dict(
    kind="rejection", name="interim_occitan_relays_client", lang="fr", company="Voyages Cévenols",
    contact="julien.roux@interim-occitan.example.fr", date="2026-08-06 15:36 +0200",
    frm=("Julien Roux", "julien.roux@interim-occitan.example.fr"),
    subject="Retour de Voyages Cévenols",
    charset="windows-1252", cte="qp",
    text=T("""
Bonjour Lucía,

Voyages Cévenols m'a fait un retour ce matin : ils ne donneront pas suite à votre
candidature pour la mission d'assistante UX. Leur chef de projet cherche finalement
quelqu'un de bilingue français–anglais avec un œil sur les données de réservation,
et ils ont trouvé ce profil en interne chez leur prestataire.

Je suis navré, d'autant que vous aviez fait l'effort de préparer l'entretien en français.
Je reste à l'affût d'autres missions sur Montpellier.

Bonne fin de semaine,
Julien Roux
Chargé de recrutement – Intérim Occitan
5 place de la Comédie, 34000 Montpellier – 04 67 00 00 83
"""),
))

# ================================================================== de (3)

# ------------------------------------------------------------------ de 29: softgarden, formal
KIEZ_TEXT = T("""
Sehr geehrte Frau Fernández-Kowalski,

vielen Dank für Ihre Teilnahme an unserem Assessment-Center und das nachgeholte
Telefonat mit unserer Fachabteilung.

Nach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung
als Werkstudentin / Junior UX Researcherin nicht weiter berücksichtigen können.

Diese Entscheidung ist keine Bewertung Ihrer Person. Wir wünschen Ihnen für Ihre
berufliche Zukunft alles Gute.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Kiezbank
""")
add(dict(
    kind="rejection", name="kiezbank_softgarden_absage", lang="de", company="Kiezbank",
    contact="", date="2026-06-11 08:05 +0200",
    frm=("Kiezbank Recruiting", "noreply@softgarden.io"),
    to=[("", CAND)],
    subject="Ihre Bewerbung bei der Kiezbank",
    text=KIEZ_TEXT,
    html=ats_card("Kiezbank", paras(KIEZ_TEXT),
                  footer="Diese E-Mail wurde automatisch erstellt. Kiezbank eG · Oranienstraße 25 · 10999 Berlin",
                  accent="#c2185b", lang="de"),
    cte="qp",
    headers=[("Auto-Submitted", "auto-generated")],
))

# ------------------------------------------------------------------ de 30: filled internally (Recruitee, Reply-To)
add(dict(
    kind="rejection", name="fernwehwerk_intern_besetzt", lang="de", company="Fernwehwerk",
    contact="jana.pohl@fernwehwerk.example.de", date="2026-07-08 13:20 +0200",
    frm=("Fernwehwerk", "no-reply@jobs.recruitee.com"),
    reply_to=("Jana Pohl", "jana.pohl@fernwehwerk.example.de"),
    subject="Deine Bewerbung als UX Research Assistant",
    text=T("""
Hallo Lucía,

danke, dass du dich bei Fernwehwerk beworben hast!

Wir möchten dir ehrlich sagen, wie es um die Stelle steht: Wir haben sie intern
besetzt. Eine Kollegin aus unserem Kundenservice wechselt ins Research-Team, und
damit ist die Position vergeben. Deine Bewerbung können wir deshalb leider nicht
weiter berücksichtigen.

Falls du Fragen hast, antworte einfach auf diese Mail - sie landet bei mir.

Viele Grüße aus Kreuzberg
Jana Pohl
People Team, Fernwehwerk
"""),
))

# ------------------------------------------------------------------ de 31: agency, unnamed client, iso-8859-1
add(dict(
    kind="rejection", name="hauptstadt_unnamed_client", lang="de", company="Hauptstadt Personal",
    contact="j.mueller@hauptstadt-personal.example.de", date="2026-09-03 17:02 +0200",
    frm=("Jürgen Müller", "j.mueller@hauptstadt-personal.example.de"),
    frm_enc="iso-8859-1/q",
    subject="Rückmeldung zu Ihrer Vorstellung beim Kunden",
    subj_enc="iso-8859-1/q",
    charset="iso-8859-1", cte="qp",
    text=T("""
Guten Tag Frau Fernández-Kowalski,

unser Kunde, ein Softwarehaus in Berlin-Mitte, hat sich nach den Gesprächen der
letzten Woche für eine andere Kandidatin entschieden. Ausschlaggebend waren
offenbar fließende Deutschkenntnisse für die Interviews mit Endkunden.

Ich bedaure das sehr und melde mich, sobald ich eine englischsprachige Position
für Sie habe.

Freundliche Grüße
Jürgen Müller
Personalberater | Hauptstadt Personal GmbH
Friedrichstraße 120 | 10117 Berlin | Tel. 030 0000 4410
"""),
))
