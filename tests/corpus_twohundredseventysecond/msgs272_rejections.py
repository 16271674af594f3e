# ruff: noqa: C408  (message specs are written as dict(...) calls for readability)
"""Corpus 272, rejections: 31 hand-written messages (es 17, en 6, fr 4, de 4)."""

from msgs272_common import (
    ME,
    SIG,
    ats_card,
    basic_html,
    outlook_block,
    outlook_html,
    quote,
    reply,
    text_to_html,
)

MESSAGES = []
add = MESSAGES.append

# --- r01 Motores del Ebro, Workday, after the phone screen ------------------------------
_t = """\
Hola, Rocío:

Gracias por el tiempo que has dedicado al proceso para el puesto de Técnico/a de
Administración de Personal (R-0412) en nuestra planta de Figueruelas, incluida la
conversación telefónica con Lucía.

Una vez comparadas todas las candidaturas, hemos optado por seguir adelante con otras
personas para esta posición. Tu perfil se mantiene en nuestro portal de empleo y puedes
suscribirte a alertas para próximas vacantes de administración.

Te deseamos mucha suerte en los próximos pasos de tu carrera.

Equipo de Adquisición de Talento
Motores del Ebro

Este mensaje se ha generado automáticamente desde una dirección que no admite respuestas.
"""
add(dict(
    kind="rejection", slug="workday_plant_after_phone_screen", lang="es",
    company="Motores del Ebro", contact="",
    frm=("Motores del Ebro", "motoresebro@myworkday.com"),
    subject="Actualización de tu candidatura: Técnico/a de Administración de Personal (R-0412)",
    date="2026-03-10 08:03 +0000",
    headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
    text=_t,
    html=ats_card("Motores del Ebro · Carreras", "#0b5394",
                  "Actualización de tu candidatura", _t,
                  "Motores del Ebro S.A. · Polígono Entrerríos, 50639 Figueruelas (Zaragoza)",
                  button=("Ver mis candidaturas",
                          "https://motoresebro.wd3.myworkday.com/es/careers/userHome")),
    cte="quoted-printable",
))

# --- r02 Hospital Alto Jiloca: the post itself is cut, reply over the panel thread -------
_old = """\
Buenos días, Rocío:

Te confirmo el panel de entrevista para la plaza de Auxiliar Administrativo/a de RRHH el
martes 24 de marzo a las 11:00 en la sala de juntas (planta 2, edificio de consultas
externas). Estaremos la jefa de personal, el responsable de nóminas y yo.

Te llegará también la convocatoria de calendario. Trae DNI y la titulación original.

Un saludo,
Mercedes Tomás Alcalá
"""
_t = """\
Hola, Rocío:

Te escribo con una noticia que no esperábamos. La gerencia ha comunicado esta semana que
la plaza de Auxiliar Administrativo/a de RRHH queda amortizada en el presupuesto de 2026,
así que el proceso se cierra sin adjudicar el puesto a nadie. No habrá nueva fecha para el
panel que anulamos en marzo.

Siento mucho que el proceso termine así después de la espera. Si en otoño se aprueba
alguna plaza de perfil parecido te avisaré personalmente.

Un saludo,

Mercedes Tomás Alcalá
Técnica de Selección · Unidad de Personal
Fundación Hospital Alto Jiloca
Avda. Sagunto 41 · 44002 Teruel
Tel. 978 61 20 44 ext. 2310
""" + outlook_block(
    "es", "Mercedes Tomás Alcalá", "lunes, 16 de marzo de 2026 12:40",
    "rocio.bm@example.es", "Convocatoria panel – Auxiliar Administrativo/a RRHH", _old) + """
AVISO LEGAL: Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su
destinatario. Si lo ha recibido por error, comuníquelo al remitente y bórrelo. Los datos
personales se tratan conforme al RGPD; puede ejercer sus derechos en dpd@hospitaljiloca.example.es.
"""
add(dict(
    kind="rejection", slug="hospital_post_abolished_budget", lang="es",
    company="Hospital Alto Jiloca", contact="mercedes.tomas@hospitaljiloca.example.es",
    frm=("Mercedes Tomás Alcalá", "Mercedes.Tomas@hospitaljiloca.example.es"),
    frm_enc=("iso-8859-1", "Q"),
    subject="RE: Convocatoria panel – Auxiliar Administrativo/a RRHH",
    date="2026-05-12 13:22 +0200",
    irt="jiloca_cancel", refs=["jiloca_invite", "jiloca_cancel"],
    headers=[("Thread-Topic", "Convocatoria panel Auxiliar Administrativo/a RRHH"),
             ("X-MS-Has-Attach", "")],
    text=_t, html=outlook_html(_t),
))

# --- r03 Temporalia relays Conservas Moncayo's answer ------------------------------------
_old = """\
Rocío, buenas tardes:

Conservas Moncayo me pide mover la entrevista al viernes 24 a las 9:30, mismo sitio
(oficinas de la fábrica en Tarazona, entrada por la calle del Queiles). El jefe de
administración no llega el jueves. ¿Te viene bien?

Raúl
"""
_t = reply("""\
Hola Rocío:

Ya tengo la respuesta de Conservas Moncayo y no es la que queríamos. Se han quedado con
una chica que había hecho dos campañas con ellos en la oficina de personal y que ya
conoce su sistema de fichajes. Me comentan que les gustó mucho tu trato y tu
organización, pero que pesó lo de no tener que formar a nadie en plena campaña.

No lo tomes como un cierre: sigues dada de alta con nosotros y esta semana te paso dos
posiciones de administrativa en el polígono de Malpica.

Un abrazo,
Raúl Pardos
Consultor · Temporalia ETT · Delegación Zaragoza
C/ Coso 98, 3.º · 50001 Zaragoza · 976 30 55 12
""", "es", "mié, 22 abr 2026 a las 17:05", "Raúl Pardos", "raul.pardos@temporalia.example.es", _old)
add(dict(
    kind="rejection", slug="ett_relays_client_no", lang="es",
    company="Conservas Moncayo", contact="raul.pardos@temporalia.example.es",
    frm=("Raúl Pardos | Temporalia", "raul.pardos@temporalia.example.es"),
    subject="Re: Entrevista Conservas Moncayo – cambio de día",
    date="2026-05-06 10:48 +0200",
    irt="temporalia_move", refs=["temporalia_invite", "temporalia_move"],
    text=_t, cte="quoted-printable",
))

# --- r04 Talento Cierzo, unnamed client --------------------------------------------------
_t = """\
Hola, Rocío:

Cierro contigo el proceso de Responsable de Administración de Personal que te presenté en
agosto. Mi cliente, la empresa de distribución alimentaria de Logroño cuyo nombre no puedo
darte todavía por confidencialidad, ha revisado la terna final y ha preferido no continuar
con tu candidatura: buscan a alguien que haya llevado ya un equipo de dos o tres personas.

Ha sido una decisión ajustada y así te lo quiero transmitir. Me quedo con tu perfil para
procesos de técnica de RRHH, donde encajas muy bien.

Gracias por tu disponibilidad durante todo el proceso.

Beatriz Sáenz Oteo
Senior Consultant
Talento Cierzo Consultores de Selección
Gran Vía Juan Carlos I, 21 · 26002 Logroño
+34 941 22 71 60
"""
add(dict(
    kind="rejection", slug="headhunter_unnamed_client_shortlist", lang="es",
    company="Talento Cierzo", contact="beatriz.saenz@talentocierzo.example.es",
    frm=("Beatriz Sáenz Oteo", "beatriz.saenz@talentocierzo.example.es"),
    frm_enc=("utf-8", "B"),
    subject="Proceso Responsable de Administración de Personal – cierre",
    date="2026-09-08 16:30 +0200",
    text=_t, html=basic_html(_t),
))

# --- r05 Envases Najerilla, after interview, quotes the thank-you ------------------------
_thanks = """\
Hola Carmen:

Muchas gracias por la entrevista de esta mañana y por enseñarme la planta. Me quedé con muchas
ganas de trabajar con vuestro equipo de personal, sobre todo en la parte de contratos de
campaña que me explicaste.

Quedo a vuestra disposición para cualquier cosa que necesitéis.

Un saludo,
Rocío
"""
_t = reply("""\
Hola Rocío:

Gracias a ti por tu mensaje y por venir hasta Nájera. Te escribo para contarte que hemos
tomado ya la decisión y vamos a incorporar a otra candidata que viene de llevar nóminas
con A3 en una empresa del polígono, algo que para nosotros era decisivo este año.

Me dio muy buena impresión tu forma de explicar cómo organizas los cuadrantes en el
súper; estoy segura de que encontrarás pronto tu sitio en administración de personal.

Un saludo cordial,

Carmen Ibarra Ruiz
Responsable de Personas
Envases Najerilla
Pol. Ind. La Llanera, parcela 7 · 26300 Nájera (La Rioja)
Tel. 941 36 08 15
""", "es", "jue, 9 jul 2026 a las 19:12", "Rocío Bianchi-Mendoza", "rocio.bm@example.es", _thanks)
add(dict(
    kind="rejection", slug="after_interview_quoting_thanks", lang="es",
    company="Envases Najerilla", contact="carmen.ibarra@envasesnajerilla.example.es",
    frm=("Carmen Ibarra Ruiz", "carmen.ibarra@envasesnajerilla.example.es"),
    subject="Re: Gracias por la entrevista",
    date="2026-07-21 12:05 +0200",
    irt="najerilla_thanks", refs=["najerilla_invite", "najerilla_thanks"],
    text=_t, html=text_to_html(_t),
))

# --- r06 Clínica Montecanal, Teamtailor, HTML only ---------------------------------------
_t = """\
Hola Rocío,

Queremos agradecerte el interés que has mostrado por Clínica Montecanal y el tiempo que
has invertido en el puesto de Administrativo/a de Personal.

En esta ocasión hemos decidido avanzar con candidaturas cuya trayectoria se ajusta más a
lo que necesita ahora mismo el departamento. Guardaremos tus datos durante doce meses por
si surge una vacante en la que podamos contar contigo.

Un cordial saludo,
Equipo de Personas de Clínica Montecanal
"""
add(dict(
    kind="rejection", slug="teamtailor_html_only_soft", lang="es",
    company="Clínica Montecanal", contact="",
    frm=("Clínica Montecanal", "no-reply@teamtailor-mail.com"),
    subject="Tu candidatura en Clínica Montecanal",
    date="2026-09-02 09:15 +0000",
    headers=[("Auto-Submitted", "auto-generated")],
    html=ats_card("Clínica Montecanal", "#2a9d8f", "Gracias por tu candidatura", _t,
                  "Enviado con Teamtailor · Gestiona tus datos en cualquier momento"),
    html_cte="base64",
))

# --- r07 Gestoría Arrabal, terse ---------------------------------------------------------
_old = """\
Buenos días, Ana:

Soy Rocío Bianchi-Mendoza. Siento muchísimo lo de ayer: tuve un problema con el autobús y
no pude avisar a tiempo. ¿Habría opción de vernos otro día esta semana?

Un saludo,
Rocío
"""
add(dict(
    kind="rejection", slug="terse_filled", lang="es",
    company="Gestoría Arrabal", contact="ana@gestoriaarrabal.example.es",
    frm=("Ana Lahoz", "ana@gestoriaarrabal.example.es"),
    subject="Re: Puesto auxiliar RRHH",
    date="2026-02-18 18:51 +0100",
    irt="arrabal_apology", refs=["arrabal_missed", "arrabal_apology"],
    text=reply("Rocío, ya hemos cogido a otra persona para el puesto. Gracias igualmente.\n\nAna\n\n"
               "Enviado desde mi iPhone", "es", "12 feb 2026, a las 8:40",
               "Rocío Bianchi-Mendoza", "rocio.bm@example.es", _old),
    cte="8bit",
))

# --- r08 Mutua Pirenaica, filled internally, windows-1252 -------------------------------
_t = """\
Estimada Rocío:

Le escribimos en relación con la vacante de Administrativo/a de Recursos Humanos para
nuestra oficina de Huesca, a la que se inscribió el pasado mes de abril.

La dirección ha resuelto cubrir el puesto mediante la promoción de una compañera de la
propia mutua, por lo que el proceso externo queda cerrado. Agradecemos sinceramente su
interés y el tiempo dedicado a la entrevista.

Atentamente,

Iratxe Gállego Puyol
Departamento de Personas
Mutua Pirenaica · C/ Coso Alto 12 · 22003 Huesca
Tel. 974 22 84 30

La información contenida en este correo es confidencial. Si usted no es el destinatario,
le rogamos que lo comunique al remitente y proceda a su eliminación.
"""
add(dict(
    kind="rejection", slug="filled_internally_cp1252", lang="es",
    company="Mutua Pirenaica", contact="igallego@mutuapirenaica.example.es",
    frm=("Iratxe Gállego Puyol", "igallego@mutuapirenaica.example.es"),
    frm_enc=("windows-1252", "Q"),
    subject="Vacante Administrativo/a RRHH – Huesca",
    subj_enc=("windows-1252", "Q"),
    date="2026-06-04 11:20 +0200",
    text=_t, charset="windows-1252", cte="quoted-printable",
))

# --- r09 Curados Javalambre, colleague-style --------------------------------------------
_t = """\
¡Buenas, Rocío!

Te llamo mañana si quieres y lo hablamos, pero prefiero adelantártelo por aquí para que no
estés pendiente: al final nos quedamos con Marisa, que ya hacía las nóminas en la
cooperativa de Calamocha y conoce a medio pueblo. Ha estado muy reñido, de verdad.

Me caíste genial en la charla del otro día. Si me entero de algo por la zona de Teruel,
te lo paso sin falta.

Un abrazo,
Toni

--
Toni Sancho · Gerencia
Curados Javalambre · Ctra. de Valencia km 12 · 44480 La Puebla de Valverde
"""
add(dict(
    kind="rejection", slug="casual_colleague_style", lang="es",
    company="Curados Javalambre", contact="toni@curadosjavalambre.example.es",
    frm=("Toni Sancho", "toni@curadosjavalambre.example.es"),
    subject="Lo del puesto de administración",
    date="2026-05-27 21:14 +0200",
    text=_t, charset="iso-8859-1", cte="8bit",
))

# --- r10 Mancomunidad Ribera del Arga, e-office, HTML only -------------------------------
_html = """\
<!DOCTYPE html>
<html lang="es"><head><meta charset="utf-8"><title>Notificación</title></head>
<body style="font-family:Georgia,serif;font-size:15px;color:#222">
<div style="border-bottom:3px solid #7a1f1f;padding:10px 0;font-size:18px">
Mancomunidad de Servicios Sociales Ribera del Arga · Sede electrónica</div>
<p>Expediente: <b>RRHH/2026/0117</b> · Proceso selectivo: Auxiliar Administrativo/a
(bolsa de contratación temporal)</p>
<p>Sra. Rocío Bianchi-Mendoza:</p>
<p>Se le notifica que, concluida la fase de valoración de méritos y la prueba práctica,
el tribunal calificador ha elevado la propuesta de contratación a favor de las personas
aspirantes con mayor puntuación. Usted no figura entre las personas seleccionadas,
al haber obtenido 11,25 puntos frente a los 14,00 del último puesto propuesto.</p>
<p>Contra esta resolución puede interponer recurso de alzada en el plazo de un mes ante
la Presidencia de la Mancomunidad.</p>
<p style="font-size:12px;color:#666">Este aviso se envía de forma automática. No responda a
este mensaje; las comunicaciones deben presentarse a través de la sede electrónica.</p>
</body></html>
"""
add(dict(
    kind="rejection", slug="public_body_eoffice_not_selected", lang="es",
    company="Mancomunidad Ribera del Arga", contact="",
    frm=("Sede electrónica Mancomunidad Ribera del Arga", "no-reply@sede.riberaarga.example.es"),
    subject="Notificación: resolución del proceso selectivo RRHH/2026/0117",
    subj_enc=("iso-8859-1", "B"),
    date="2026-07-15 07:30 +0200",
    headers=[("Auto-Submitted", "auto-generated")],
    html=_html,
))

# --- r11 Grupo Sanitario Rioja Alta, iCIMS, base64 ---------------------------------------
_t = """\
Hola Rocío,

Nos ponemos en contacto contigo en relación con tu solicitud para el puesto
Administrativo/a de Gestión de Personal (ref. 2026-1873) en Haro.

Tras revisarla con el equipo responsable, tu candidatura no pasará a la siguiente fase.
Sabemos que esperabas otra noticia y agradecemos el cuidado que pusiste en tu
presentación.

Puedes seguir consultando nuestras ofertas en el portal de empleo.

Atentamente,
Selección · Grupo Sanitario Rioja Alta
"""
add(dict(
    kind="rejection", slug="icims_base64", lang="es",
    company="Grupo Sanitario Rioja Alta", contact="",
    frm=("Grupo Sanitario Rioja Alta", "no-reply@icims.com"),
    subject="Tu solicitud: Administrativo/a de Gestión de Personal (2026-1873)",
    date="2026-08-06 14:02 +0000",
    mid="riojaalta_reject", irt="riojaalta_ack",
    headers=[("Auto-Submitted", "auto-generated")],
    text=_t, cte="base64",
    html=ats_card("Grupo Sanitario Rioja Alta", "#6a1b9a", "Estado de tu solicitud", _t,
                  "Powered by iCIMS"),
))

# --- r12 Navarra Cross-Dock, Workable ---------------------------------------------------
_t = """\
Hola Rocío:

Gracias por presentarte a la posición de Administrativa de RRHH en Navarra Cross-Dock
(Noáin). Hemos revisado con calma tu candidatura y no vamos a seguir adelante con ella.

Por el volumen de solicitudes que recibimos no nos es posible dar una valoración
individual a cada persona, pero te animamos a presentarte a futuras vacantes.

Saludos,
Equipo de Selección de Navarra Cross-Dock
"""
add(dict(
    kind="rejection", slug="workable_no_feedback", lang="es",
    company="Navarra Cross-Dock", contact="",
    frm=("Navarra Cross-Dock", "noreply@workablemail.com"),
    subject="Administrativa de RRHH – Navarra Cross-Dock",
    date="2026-06-26 10:10 +0000",
    refs=["crossdock_ack", "crossdock_missed"],
    headers=[("Auto-Submitted", "auto-generated")],
    text=_t,
    html=ats_card("Navarra Cross-Dock", "#e76f51", "Administrativa de RRHH", _t,
                  "Workable · Política de privacidad"),
))

# --- r13 Fundación Ebro Social, Outlook chain ------------------------------------------
_inv = """\
Hola Rocío,

Nos gustaría conocerte en persona para la plaza de técnica de administración de
personal. ¿Podrías venir el miércoles 15 de abril a las 10:30 a nuestra sede de la calle
Predicadores? La entrevista durará una hora aproximadamente.

Un saludo,
Sergio Vidal
"""
_ask = """\
Hola Sergio:

Hace tres semanas tuvimos la entrevista y no sé si ya tenéis una decisión. Sigo muy
interesada en el puesto y me vendría bien saber cómo está el proceso.

Gracias y un saludo,
Rocío Bianchi-Mendoza
"""
_t = """\
Hola Rocío:

Perdona el silencio, ha sido culpa mía. El patronato se reunió el jueves y decidió dar el
puesto a una persona que ya colaboraba como voluntaria en el área de personal. No era una
decisión fácil y tu candidatura fue de las mejor valoradas.

Gracias por tu paciencia y mucho ánimo.

Sergio Vidal Lasierra
Coordinador de Administración
Fundación Ebro Social
C/ Predicadores 64 · 50003 Zaragoza · 976 44 19 02
""" + outlook_block("es", "Rocío Bianchi-Mendoza <rocio.bm@example.es>",
                    "martes, 5 de mayo de 2026 9:12", "Sergio Vidal Lasierra",
                    "¿Novedades del proceso?", _ask) + outlook_block(
    "es", "Sergio Vidal Lasierra", "miércoles, 8 de abril de 2026 13:30",
    "Rocío Bianchi-Mendoza", "Entrevista técnica de administración de personal", _inv)
add(dict(
    kind="rejection", slug="outlook_chain_after_status_ask", lang="es",
    company="Fundación Ebro Social", contact="svidal@ebrosocial.example.es",
    frm=("Sergio Vidal Lasierra", "svidal@ebrosocial.example.es"),
    subject="RE: ¿Novedades del proceso?",
    subj_enc=("iso-8859-1", "Q"),
    date="2026-05-07 17:44 +0200",
    irt="ebrosocial_ask", refs=["ebrosocial_invite", "ebrosocial_ask"],
    text=_t, html=outlook_html(_t), charset="iso-8859-1", cte="quoted-printable",
    html_charset="utf-8",
))

# --- r14 Aragón Frío Industrial, BambooHR ------------------------------------------------
_t = """\
Hola Rocío:

Muchas gracias por tu interés en trabajar con nosotros como Auxiliar de Recursos Humanos
en nuestra planta de Villanueva de Gállego.

Tu experiencia atendiendo al público es valiosa, pero para esta vacante necesitamos a
alguien que haya gestionado altas y bajas en la Seguridad Social de forma autónoma, de
modo que no vamos a avanzar con tu solicitud.

Esperamos que vuelvas a encontrar alguna oferta nuestra que te encaje.

Saludos cordiales,
Recursos Humanos – Aragón Frío Industrial
"""
add(dict(
    kind="rejection", slug="bamboohr_requirement_gap", lang="es",
    company="Aragón Frío Industrial", contact="",
    frm=("Aragón Frío Industrial", "no-reply@bamboohr.com"),
    subject="Sobre tu solicitud para Auxiliar de Recursos Humanos",
    date="2026-04-29 15:31 +0000",
    text=_t,
))

# --- r15 Bodegas Moncayo Alto, Recruitee, Reply-To a human --------------------------------
_t = """\
Estimada Rocío:

Ya hemos cerrado el proceso para el puesto de Administrativa de Personal en la bodega y
lamentamos comunicarte que no has sido la persona seleccionada.

Te agradecemos la documentación que nos enviaste y la entrevista por videollamada. Si
tienes cualquier duda, puedes responder directamente a este correo y me llegará a mí.

Un saludo,
Nuria Aznar
Administración y Personas · Bodegas Moncayo Alto
"""
add(dict(
    kind="rejection", slug="recruitee_reply_to_human", lang="es",
    company="Bodegas Moncayo Alto", contact="nuria.aznar@bodegasmoncayoalto.example.es",
    frm=("Bodegas Moncayo Alto", "no-reply@jobs.recruitee.com"),
    reply_to=("Nuria Aznar", "nuria.aznar@bodegasmoncayoalto.example.es"),
    subject="Proceso Administrativa de Personal: resolución",
    subj_enc=("iso-8859-1", "B"),
    date="2026-03-03 12:12 +0100",
    irt="moncayoalto_ack",
    text=_t, html=basic_html(_t),
))

# --- r16 Lácteos del Pirineo, "via Greenhouse" ------------------------------------------
_t = """\
Hola Rocío,

Te escribo tras las entrevistas de la semana pasada para la vacante de Técnica de
Administración de Personal en Jaca. Nos ha costado decidir, pero la persona elegida aporta
varios años con el convenio del sector lácteo, y eso ha inclinado la balanza.

Gracias por tu tiempo y por la buena disposición en todo momento. Te deseo lo mejor.

Marta Sesé
People & Culture · Lácteos del Pirineo
"""
add(dict(
    kind="rejection", slug="greenhouse_via_recruiter_es", lang="es",
    company="Lácteos del Pirineo", contact="marta.sese@lacteospirineo.example.es",
    frm=("Marta Sesé via Greenhouse", "no-reply@greenhouse-mail.io"),
    reply_to=("Marta Sesé", "marta.sese@lacteospirineo.example.es"),
    subject="Técnica de Administración de Personal – Lácteos del Pirineo",
    date="2026-10-07 11:40 +0000",
    text=_t, html=basic_html(_t),
))

# --- r17 Cerámica Mudéjar, From the director, Reply-To HR --------------------------------
_t = """\
Buenas tardes, Rocío:

Después de la entrevista que finalmente pudimos hacer el día 14, hemos preferido un perfil
con más recorrido en nóminas y contratos. Te agradecemos mucho que insistieras en
reprogramar y la sinceridad con la que nos contaste tu cambio de sector.

Para cualquier consulta, responde a Pilar Navarro, que lleva la administración de
personal.

Atentamente,
Javier Royo Martín
Director de Operaciones
Cerámica Mudéjar · Pol. La Paz, nave 22 · 44195 Teruel
"""
add(dict(
    kind="rejection", slug="director_sends_hr_replies", lang="es",
    company="Cerámica Mudéjar", contact="pnavarro@ceramicamudejar.example.es",
    frm=("Javier Royo Martín", "jroyo@ceramicamudejar.example.es"),
    reply_to=("Pilar Navarro", "pnavarro@ceramicamudejar.example.es"),
    subject="Candidatura Administrativa de Personal",
    date="2026-04-20 16:05 +0200",
    refs=["mudejar_application", "mudejar_missed"],
    text=_t, charset="iso-8859-1",
))

# --- r18 Liffey Foods, Greenhouse, after interview ---------------------------------------
_t = """\
Hi Rocío,

Thank you for taking the time to interview for the HR Administrator role at Liffey Foods
and for your patience while we completed our process.

After careful consideration, we've decided to move forward with candidates whose
experience more closely matches the needs of the role at this time.

We were glad to get to know you and we'll keep your details on file for future openings.

Kind regards,
The Liffey Foods Talent Team
"""
add(dict(
    kind="rejection", slug="greenhouse_after_interview_en", lang="en",
    company="Liffey Foods", contact="",
    frm=("Liffey Foods", "no-reply@greenhouse-mail.io"),
    subject="Your application to Liffey Foods",
    date="2026-07-02 15:20 +0100",
    headers=[("Auto-Submitted", "auto-generated")],
    text=_t,
    html=ats_card("Liffey Foods", "#1d3557", "An update on your application", _t,
                  "Liffey Foods Ltd · Unit 4, Ballycoolin Business Park, Dublin 15",
                  lang="en"),
))

# --- r19 Tolka Housing, role on hold ---------------------------------------------------
_old = """\
Hi Rocío,

Please note the panel has moved to Friday 14 August, 11:30, same room. Updated calendar
invitation attached.

Gráinne
"""
_t = reply("""\
Hi Rocío,

I'm sorry to be writing with this after the panel was already in the diary. Our board met
yesterday and, following a funding review, the HR Administrator role has been put on hold
and we will not proceed with the recruitment this year. The panel on Friday won't take
place.

This is no reflection on your application, which the team had shortlisted. If the post is
re-advertised we'd encourage you to apply again.

With best wishes,
Gráinne Ní Bhriain
Corporate Services Manager | Tolka Housing Association
12 Richmond Road, Drumcondra, Dublin 3 | +353 1 830 4471
""", "en", "Fri, 7 Aug 2026 at 09:58", "Gráinne Ní Bhriain",
    "grainne.nibhriain@tolkahousing.example.ie", _old)
add(dict(
    kind="rejection", slug="role_put_on_hold", lang="en",
    company="Tolka Housing Association", contact="grainne.nibhriain@tolkahousing.example.ie",
    frm=("Gráinne Ní Bhriain", "grainne.nibhriain@tolkahousing.example.ie"),
    frm_enc=("utf-8", "B"),
    subject="Re: Updated: Interview panel – HR Administrator",
    date="2026-08-12 10:31 +0100",
    irt="tolka_update", refs=["tolka_invite", "tolka_update"],
    text=_t, html=basic_html(_t, "en"),
))

# --- r20 Clontarf Clinic Group, Lever ---------------------------------------------------
_t = """\
Dear Rocío,

Thanks for applying for the Medical HR Coordinator position with Clontarf Clinic Group.

We have reviewed your application against the requirements of the post and we won't be
progressing it to interview. The role calls for prior experience with Irish healthcare
credentialing, which was a firm requirement from the hiring manager.

We appreciate your interest and wish you every success.

Clontarf Clinic Group Recruitment
"""
add(dict(
    kind="rejection", slug="lever_not_progressing", lang="en",
    company="Clontarf Clinic Group", contact="",
    frm=("Clontarf Clinic Group", "no-reply@hire.lever.co"),
    subject="Medical HR Coordinator – your application",
    date="2026-06-09 08:45 +0000",
    irt="clontarf_ack",
    headers=[("Auto-Submitted", "auto-generated")],
    text=_t, html=basic_html(_t, "en"),
))

# --- r21 Greenline relays Anchor Pharma Packaging's no ---------------------------------
_t = """\
Hi Rocío,

Just off the phone with Anchor Pharma Packaging. They've gone with the other finalist,
who has a couple of years on Irish payroll software, and they felt that tipped it for a
role that starts in the middle of their audit season.

For what it's worth, the hiring manager said you interviewed really well and she'd have no
hesitation seeing you again for something less payroll-heavy. I'll keep pushing your CV
for HR admin roles on the north side.

Cheers,
Conor

Conor Whelan | Senior Consultant, Office & HR Support
Greenline Recruitment | 8 Lower Baggot Street, Dublin 2 | +353 1 675 2290
Greenline Recruitment Ltd is a licensed employment agency (licence EA-4471).
"""
add(dict(
    kind="rejection", slug="agency_relays_client_no_en", lang="en",
    company="Anchor Pharma Packaging", contact="conor.whelan@greenlinerecruit.example.ie",
    frm=("Conor Whelan", "conor.whelan@greenlinerecruit.example.ie"),
    subject="Anchor – feedback",
    date="2026-09-22 13:02 +0100",
    irt="greenline_invite",
    text=_t, cte="8bit",
))

# --- r22 Alpenrad Mobility (Munich), Workday, English -----------------------------------
_t = """\
Dear Rocío Bianchi-Mendoza,

Thank you for your application for the position HR Administrator (m/f/d) – Munich
(JR-20817).

We regret to inform you that we will not be considering your application further. Given
the number of applications we receive, we are unable to provide individual feedback.

We encourage you to keep an eye on our careers site for future opportunities.

Best regards,
Alpenrad Mobility Talent Acquisition
"""
add(dict(
    kind="rejection", slug="workday_munich_english", lang="en",
    company="Alpenrad Mobility", contact="",
    frm=("Alpenrad Mobility", "alpenrad@myworkday.com"),
    subject="Your application: HR Administrator (m/f/d) – Munich",
    date="2026-02-25 06:17 -0800",
    headers=[("Auto-Submitted", "auto-generated")],
    text=_t,
    html=ats_card("Alpenrad Mobility Careers", "#333333", "Application update", _t,
                  "This is an automated message. Please do not reply.", lang="en"),
))

# --- r23 Howth Harbour Hotels, casual after the missed call ------------------------------
_t = """\
Hey Rocío,

Bit of a rubbish email to write, sorry. After Tuesday we talked it over and we're not
going to set up another slot, we've gone with someone for the HR admin job who can start
straight away in Howth.

Honestly no hard feelings on our side, these things happen. Best of luck with the move
and the job hunt!

Shane
--
Shane Murtagh | Group HR, Howth Harbour Hotels
"""
add(dict(
    kind="rejection", slug="casual_after_missed_en", lang="en",
    company="Howth Harbour Hotels", contact="shane.murtagh@howthharbourhotels.example.ie",
    frm=("Shane Murtagh", "shane.murtagh@howthharbourhotels.example.ie"),
    subject="HR admin job",
    date="2026-10-22 18:26 +0100",
    refs=["howth_missed"],
    text=_t,
))

# --- r24 Aérostructures Garonne, Taleo, iso-8859-1 --------------------------------------
_t = """\
Madame,

Nous vous remercions de l'intérêt que vous portez à Aérostructures Garonne et du temps
consacré à votre candidature au poste de Gestionnaire Administration du Personnel
(réf. AG-26-0311).

Après examen attentif de l'ensemble des candidatures, nous avons le regret de vous
informer que votre candidature n'a pas été retenue pour la suite du processus.

Nous conservons votre dossier dans notre vivier et ne manquerons pas de revenir vers vous
si une opportunité correspondant à votre profil se présentait.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

La Direction des Ressources Humaines
Aérostructures Garonne
"""
add(dict(
    kind="rejection", slug="taleo_fr_latin1", lang="fr",
    company="Aérostructures Garonne", contact="",
    frm=("Aérostructures Garonne", "no-reply@taleo.net"),
    frm_enc=("iso-8859-1", "Q"),
    subject="Votre candidature - Gestionnaire Administration du Personnel",
    subj_enc=("iso-8859-1", "Q"),
    date="2026-04-14 09:00 +0000",
    refs=["garonne_ack", "garonne_invite", "garonne_cancel"],
    headers=[("Auto-Submitted", "auto-generated")],
    text=_t, charset="iso-8859-1", cte="quoted-printable",
))

# --- r25 Occitalent relays Logisud's answer --------------------------------------------
_t = """\
Bonjour Rocío,

J'ai eu Logisud Entrepôts au téléphone ce matin. Après l'entretien manqué de vendredi, ils
ont préféré ne pas fixer de nouveau créneau et ont arrêté leur choix sur une autre
candidate que je leur avais présentée.

Je comprends que le décalage horaire de votre déménagement ait compliqué les choses. Je
reste à votre écoute pour d'autres missions d'assistante RH sur Toulouse nord.

Bien cordialement,

Hélène Fabre
Consultante Recrutement – Cabinet Occitalent
22 allées Jean-Jaurès, 31000 Toulouse
05 61 48 20 93
"""
add(dict(
    kind="rejection", slug="agency_relays_client_fr", lang="fr",
    company="Logisud Entrepôts", contact="helene.fabre@occitalent.example.fr",
    frm=("Hélène Fabre", "helene.fabre@occitalent.example.fr"),
    frm_enc=("iso-8859-1", "B"),
    subject="Logisud – retour",
    date="2026-07-01 10:12 +0200",
    refs=["occitalent_invite", "occitalent_missed"],
    text=_t, html=basic_html(_t, "fr"),
))

# --- r26 Mairie de Val-d'Hers, recruitment suspended, base64 latin-1 --------------------
_t = """\
Madame,

Vous avez déposé votre candidature au poste d'assistante ressources humaines (catégorie C)
ouvert par la commune en février.

Le conseil municipal a décidé, lors de sa séance du 30 mars, de geler ce recrutement dans
l'attente du vote du budget supplémentaire. Aucune suite ne sera donc donnée aux
candidatures reçues, dont la vôtre, et le poste ne sera pas pourvu cette année.

Je vous remercie de votre compréhension.

Corinne Bastide
Service Ressources Humaines
Mairie de Val-d'Hers, 2 place de la Mairie, 31380 Val-d'Hers
"""
add(dict(
    kind="rejection", slug="council_recruitment_frozen", lang="fr",
    company="Mairie de Val-d'Hers", contact="c.bastide@mairie-valdhers.example.fr",
    frm=("Corinne Bastide", "c.bastide@mairie-valdhers.example.fr"),
    subject="Recrutement assistante RH – information",
    date="2026-04-03 14:47 +0200",
    text=_t, charset="iso-8859-1", cte="base64",
))

# --- r27 Coop Lauragais Céréales, after interview, quotes the thank-you ------------------
_thanks = """\
Bonjour Monsieur Pujol,

Merci encore pour l'entretien de ce matin et pour la visite du silo. J'ai beaucoup
apprécié la présentation de la coopérative et je serais ravie de rejoindre votre service
administratif.

Bien à vous,
Rocío Bianchi-Mendoza
"""
_t = reply("""\
Bonjour Madame Bianchi-Mendoza,

Merci pour votre message, qui nous a fait plaisir. Nous avons finalement confié le poste
à une personne du territoire qui connaît déjà nos adhérents et le fonctionnement des
campagnes de collecte.

Votre candidature était sérieuse et bien préparée ; je vous souhaite de trouver
rapidement votre place.

Cordialement,
Julien Pujol
Responsable administratif – Coopérative Lauragais Céréales
Route de Revel, 31290 Villefranche-de-Lauragais
""", "fr", "jeu. 17 sept. 2026 à 12:41", "Rocío Bianchi-Mendoza", "rocio.bm@example.es", _thanks)
add(dict(
    kind="rejection", slug="coop_after_interview_quoting_thanks", lang="fr",
    company="Coopérative Lauragais Céréales", contact="j.pujol@lauragais-cereales.example.fr",
    frm=("Julien Pujol", "j.pujol@lauragais-cereales.example.fr"),
    subject="RE: Merci pour l'entretien",
    date="2026-10-02 09:30 +0200",
    refs=["lauragais_invite"],
    text=_t, cte="quoted-printable",
))

# --- r28 Isarwerk Fahrzeugtechnik, SuccessFactors ---------------------------------------
_t = """\
Sehr geehrte Frau Bianchi-Mendoza,

vielen Dank für Ihr Interesse an der Position Sachbearbeiterin Personaladministration
(w/m/d) am Standort München-Moosach und für das Gespräch mit unserem Team.

Nach sorgfältiger Abwägung haben wir uns für eine andere Bewerberin entschieden, deren
Erfahrung mit SAP HCM unseren aktuellen Anforderungen näherkommt.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Isarwerk Fahrzeugtechnik GmbH
"""
add(dict(
    kind="rejection", slug="successfactors_de", lang="de",
    company="Isarwerk Fahrzeugtechnik", contact="",
    frm=("Isarwerk Fahrzeugtechnik Recruiting", "noreply@successfactors.eu"),
    subject="Ihre Bewerbung als Sachbearbeiterin Personaladministration (w/m/d)",
    subj_enc=("utf-8", "B"),
    date="2026-04-02 08:30 +0200",
    refs=["isarwerk_invite", "isarwerk_update", "isarwerk_missed"],
    headers=[("Auto-Submitted", "auto-generated")],
    text=_t,
    html=ats_card("Isarwerk Fahrzeugtechnik", "#00457c", "Ihre Bewerbung", _t,
                  "Isarwerk Fahrzeugtechnik GmbH · Dachauer Str. 510 · 80993 München",
                  lang="de"),
))

# --- r29 Klinik am Westpark, softgarden -------------------------------------------------
_t = """\
Guten Tag Frau Bianchi-Mendoza,

herzlichen Dank für Ihre Bewerbung als Mitarbeiterin Personalservice in der Klinik am
Westpark.

Wir haben uns entschieden, den Prozess mit Kandidatinnen und Kandidaten fortzusetzen,
deren Profil besser zu den Aufgaben im Schichtdienst-Management passt. Diese Entscheidung
ist uns nicht leichtgefallen.

Ihre Unterlagen löschen wir gemäß Datenschutz nach sechs Monaten.

Freundliche Grüße
Personalabteilung Klinik am Westpark
"""
add(dict(
    kind="rejection", slug="softgarden_soft_de", lang="de",
    company="Klinik am Westpark", contact="",
    frm=("Klinik am Westpark", "noreply@softgarden.io"),
    subject="Absage: Mitarbeiterin Personalservice",
    date="2026-07-20 11:11 +0200",
    refs=["westpark_ack", "westpark_invite", "westpark_missed"],
    text=_t, charset="iso-8859-1", cte="quoted-printable",
    html=ats_card("Klinik am Westpark – Karriere", "#4a7c59", "Ihre Bewerbung", _t,
                  "Diese E-Mail wurde automatisch über softgarden versendet.", lang="de"),
    html_charset="utf-8",
))

# --- r30 Alpina Personal relays the client's decision -----------------------------------
_t = """\
Hallo Frau Bianchi-Mendoza,

kurze Rückmeldung zur Bäckerei Brandl: Der Kunde möchte die Stelle in der Lohnbuchhaltung
nicht mit Ihnen besetzen. Begründet wurde das damit, dass die Abstimmung mit den Filialen
fast nur telefonisch und auf Bairisch läuft – da wollen sie jemanden, der schon länger hier
ist.

Ich finde das schade, Ihr Gespräch war gut. Ich melde mich, sobald ich etwas Passendes
mit mehr Büroanteil habe.

Beste Grüße
Stefanie Wimmer
Personaldisponentin | Alpina Personal GmbH | Landsberger Str. 155 | 80687 München
Tel. 089 57 93 46 0
"""
add(dict(
    kind="rejection", slug="temp_agency_relays_client_de", lang="de",
    company="Bäckerei Brandl", contact="s.wimmer@alpina-personal.example.de",
    frm=("Stefanie Wimmer", "s.wimmer@alpina-personal.example.de"),
    subject="Rückmeldung Bäckerei Brandl",
    subj_enc=("iso-8859-1", "Q"),
    date="2026-10-01 15:58 +0200",
    irt="alpina_ack",
    text=_t, cte="8bit",
))

# --- r31 Würmtal Energie, terse, quotes the application ---------------------------------
_app = """\
Sehr geehrter Herr Eder,

anbei sende ich Ihnen meine Bewerbung als Personalsachbearbeiterin. Ich lebe derzeit in
Zaragoza und ziehe im Sommer nach München.

Mit freundlichen Grüßen
Rocío Bianchi-Mendoza
"""
add(dict(
    kind="rejection", slug="terse_de_quotes_application", lang="de",
    company="Würmtal Energie", contact="m.eder@wuermtal-energie.example.de",
    frm=("Markus Eder", "m.eder@wuermtal-energie.example.de"),
    subject="AW: Bewerbung Personalsachbearbeiterin",
    date="2026-06-30 07:52 +0200",
    irt="wuermtal_app",
    text=reply("Guten Morgen Frau Bianchi-Mendoza,\n\ndie Stelle ist inzwischen vergeben.\n\n"
               "MfG\nM. Eder", "de", "Mi., 24. Juni 2026 um 20:03",
               "Rocío Bianchi-Mendoza", "rocio.bm@example.es", _app),
))

assert len(MESSAGES) == 31
_ = (ME, SIG, quote)
