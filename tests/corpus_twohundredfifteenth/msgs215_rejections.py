"""Corpus 215, hand-written: the rejections (31)."""

from msgs215_common import (
    CANDIDATE,
    ats_card,
    esc,
    html_doc,
    mso,
    outlook_html,
    outlook_quote,
    outlook_rule_html,
    paras,
    quote,
    reply_quote,
)

ME = "Almudena Richter-Paz <almudena.rp@example.es>"

# ------------------------------------------------------------------ es

_SANTELMO_ACK = """Estimada Almudena:

Hemos recibido su CV y su carta de presentación para el puesto de Técnico/a en Farmacia del
Servicio de Farmacia Hospitalaria (ref. FH-0326). Revisaremos la documentación en las próximas
semanas y nos pondremos en contacto con usted si su perfil pasa a la fase de entrevistas.

Un saludo,
Inmaculada Ortega"""

R_SANTELMO = dict(
    slug="santelmo_plaza_cubierta_interna", lang="es", company="Hospital San Telmo",
    contact="inmaculada.ortega@hsantelmo.example.es", key="stelmo_no", refs=["stelmo_ack"],
    frm=("Inmaculada Ortega Calvente", "inmaculada.ortega@hsantelmo.example.es"),
    subject="Re: Candidatura Técnico/a en Farmacia - Farmacia Hospitalaria (ref. FH-0326)",
    subj_enc=("iso-8859-1", "q"), date="2026-03-18 13:05 +0100",
    charset="iso-8859-1", cte="quoted-printable",
    text="""Estimada Almudena:

Le escribo en relación con su candidatura para el puesto de Técnico/a en Farmacia del Servicio
de Farmacia Hospitalaria.

Finalmente la plaza se ha cubierto con una persona de nuestra propia plantilla, que se incorpora
por promoción interna. Por este motivo cerramos el proceso externo sin llegar a realizar
entrevistas.

Lamentamos no poder darle una respuesta distinta y le agradecemos el interés mostrado por
nuestro hospital.

Atentamente,

Inmaculada Ortega Calvente
Unidad de Selección y Desarrollo de Personas
Hospital San Telmo de Sevilla
Avda. de la Cartuja 41, 41092 Sevilla
Tel. 954 870 220

""" + reply_quote("es", "jue, 12 feb 2026 a las 9:40",
                  "Inmaculada Ortega Calvente <inmaculada.ortega@hsantelmo.example.es>",
                  _SANTELMO_ACK),
)

_NEVADA_NO = """Hola Almudena:

Ayer por la tarde hablé con Enrique Salcedo, el director de Calidad de Nevada Pharma, para
recoger su valoración de la entrevista de ayer por la mañana.

Me ha pedido que te transmita que no van a seguir adelante con tu candidatura. Valoraron muy
bien tu experiencia en el laboratorio de farmacia hospitalaria, pero buscan a alguien que ya
haya preparado expedientes de variaciones del módulo 3 y pueda asumirlos desde el primer día.

Sé que no es la noticia que esperabas. Para mí la entrevista fue buena y así se lo he hecho
saber a ellos. Sigo teniendo tu perfil muy presente para otros procesos en Andalucía.

Un abrazo,
Álvaro

Álvaro Montilla Rueda
Senior Consultant · Life Sciences
Talentia Pharma Search
Paseo de la Castellana 141, 28046 Madrid
M +34 611 402 935"""

R_NEVADA = dict(
    slug="talentia_relays_nevada_no", lang="es", company="Nevada Pharma",
    contact="alvaro.montilla@talentiasearch.example.es", refs=["nevada_inv", "nevada_move"],
    frm=("Álvaro Montilla", "alvaro.montilla@talentiasearch.example.es", "iso-8859-1", "q"),
    subject="Nevada Pharma · feedback de la entrevista", date="2026-04-09 09:47 +0200",
    charset="utf-8", cte="8bit", text=_NEVADA_NO, html=html_doc(paras(_NEVADA_NO), "es"),
)

_GUADAL_NO = """<p>Hola Almudena,</p>
<p>Gracias por presentar tu candidatura a la posición de <b>Técnico/a de Asuntos Regulatorios
Junior</b> (Málaga) y por el tiempo que nos has dedicado.</p>
<p>Hemos revisado tu perfil con detenimiento y lamentamos comunicarte que no vamos a continuar
con tu candidatura en este proceso de selección.</p>
<p>Te animamos a seguir atenta a nuestras ofertas: publicamos nuevas vacantes cada mes en
nuestra página de empleo.</p>
<p>Un saludo,<br>El equipo de Personas de Farmacéutica Guadalhorce</p>"""

R_GUADALHORCE = dict(
    slug="guadalhorce_smartrecruiters_formal", lang="es", company="Farmacéutica Guadalhorce",
    contact="", refs=["guadal_missed"],
    frm=("Farmacéutica Guadalhorce", "noreply@smartrecruiters.com"),
    subject="Tu candidatura para Técnico/a de Asuntos Regulatorios Junior en Farmacéutica "
            "Guadalhorce",
    subj_enc=("utf-8", "q"), date="2026-03-27 08:02 +0000",
    headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
    html=ats_card("Farmacéutica Guadalhorce", "#0f6e5c", "Actualización de tu candidatura",
                  _GUADAL_NO,
                  "Farmacéutica Guadalhorce, S.A. · Polígono Industrial Santa Teresa, 29004 "
                  "Málaga<br>Este correo se ha enviado desde una dirección que no admite "
                  "respuestas. <a href=\"https://jobs.smartrecruiters.com/privacy\">Política de "
                  "privacidad</a>", "es"),
    cte="quoted-printable",
)

_GIRALDA_NO = """Buenos días, Almudena:

Muchas gracias por tu tiempo durante todo el proceso y por la prueba de redacción que nos
entregaste la semana pasada.

Tras comparar las candidaturas finalistas, hemos decidido avanzar con personas cuya trayectoria
encaja de forma más directa con lo que necesita el departamento en este momento, sobre todo en
la gestión de registros en países de fuera de la UE.

Nos gustaría conservar tus datos para futuras vacantes del área técnica, salvo que nos indiques
lo contrario.

Un saludo cordial,

Reyes Carmona Vidal
Talent Acquisition
Biofarma Giralda
Parque Científico y Tecnológico Cartuja · C/ Leonardo da Vinci 18, 41092 Sevilla
Tel. +34 955 041 772

AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su
destinatario y pueden contener información confidencial. Si no es usted el destinatario
indicado, le rogamos que lo comunique al remitente y lo elimine. En cumplimiento del Reglamento
(UE) 2016/679, le informamos de que sus datos forman parte de un fichero responsabilidad de
Biofarma Giralda, S.L., con la finalidad de gestionar procesos de selección."""

R_GIRALDA = dict(
    slug="giralda_trayectoria_encaja_mejor", lang="es", company="Biofarma Giralda",
    contact="reyes.carmona@giralda-bio.example.es", refs=["giralda_test"],
    frm=("Selección Biofarma Giralda", "seleccion@giralda-bio.example.es"),
    reply_to=("Reyes Carmona Vidal", "reyes.carmona@giralda-bio.example.es"),
    subject="Proceso de selección - Técnico/a de Registros Internacionales",
    subj_enc=("utf-8", "b"), date="2026-05-06 10:31 +0200",
    text=_GIRALDA_NO, html=html_doc(paras(_GIRALDA_NO), "es"), cte="quoted-printable",
)

_COFARAN_QUOTED = """Hola Paco:

Perdona, ayer no vi tu llamada hasta la tarde; estaba en el turno de la farmacia y tenía el
móvil en la taquilla. ¿Podemos hablar mañana a cualquier hora?

Almudena"""

R_COFARAN = dict(
    slug="cofaran_terse_no_seguimos", lang="es", company="Grupo Cofarán",
    contact="fjimenez@cofaran.example.es", refs=["cofaran_missed"],
    frm=("Paco Jiménez", "fjimenez@cofaran.example.es"),
    subject="Re: Entrevista telefónica almacén Granada", subj_enc=("iso-8859-1", "b"),
    date="2026-03-04 19:22 +0100", charset="iso-8859-1", cte="8bit",
    text="""Hola Almudena,

al final no seguimos contigo para lo del almacén de Granada. Gracias por el interés y suerte.

Paco

""" + reply_quote("es", "mar, 3 mar 2026 a las 8:15", ME, _COFARAN_QUOTED),
)

_MANZANARES_NEW = """Hola, Almudena:

Gracias a ti por tu mensaje tan amable y por la conversación del jueves.

Te escribo con la decisión: el equipo de Start-up de estudios ha elegido a otra candidata que ya
ha coordinado envíos a comités éticos, algo que para este puesto era “imprescindible”. Sé que
no es lo que esperabas leer.

Tu forma de explicar el circuito de medicación en ensayos nos gustó mucho, y no descartamos
volver a contactarte cuando se abra alguna vacante de técnico de soporte.

Saludos,
Nuria Palomares
Responsable de Selección · Ensayos Manzanares
C/ Príncipe de Vergara 112, 28002 Madrid
+34 91 563 20 41"""

_MANZANARES_THANKS = """Hola Nuria:

Muchas gracias por la entrevista de ayer y por explicarme cómo trabaja el equipo de Start-up.
Me quedé con muchas ganas de formar parte del proyecto y quedo a vuestra disposición para
cualquier documentación que necesitéis para la siguiente fase.

Un saludo,
Almudena"""

_MANZ_Q = ("es", ME, "viernes, 6 de marzo de 2026 9:12", "Nuria Palomares",
           "Gracias por la entrevista de ayer", _MANZANARES_THANKS)

R_MANZANARES = dict(
    slug="manzanares_after_interview_quotes_thanks", lang="es", company="Ensayos Manzanares",
    contact="npalomares@ensayosmanzanares.example.es",
    refs=["<CAF2m8x1Qw9aT0215manz@mail.example.es>"],
    frm=("Nuria Palomares", "npalomares@ensayosmanzanares.example.es"),
    subject="RE: Gracias por la entrevista de ayer", date="2026-03-12 16:48 +0100",
    charset="windows-1252", cte="quoted-printable",
    text=_MANZANARES_NEW + "\n\n" + outlook_quote(*_MANZ_Q),
    html=outlook_html(mso(_MANZANARES_NEW) + "\n" + outlook_rule_html(*_MANZ_Q), "es",
                      "windows-1252"),
)

R_REGIBERA = dict(
    slug="regibera_puesto_no_se_cubre", lang="es", company="Regulatoria Ibérica",
    contact="gbermudez@regibera.example.es", refs=["regibera_inv", "regibera_cancel"],
    frm=("Gonzalo Bermúdez Aranda", "gbermudez@regibera.example.es", "utf-8", "b"),
    subject="Proceso Técnico/a Regulatorio - Madrid", date="2026-05-21 12:10 +0200",
    cte="base64",
    text="""Estimada Almudena:

Como te adelanté cuando anulamos la reunión del martes, estábamos pendientes de una decisión
interna sobre el puesto.

Se ha confirmado que el cliente farmacéutico para el que íbamos a reforzar el equipo retrasa su
proyecto de registros hasta 2027, y la dirección ha decidido no cubrir la posición. Cerramos, por
tanto, el proceso sin contratar a nadie.

Siento mucho que termine así después del tiempo que le has dedicado. Si en el futuro volvemos a
abrir una vacante parecida, te escribiré directamente.

Un saludo,
Gonzalo Bermúdez Aranda
Socio director
Regulatoria Ibérica Consultores, S.L.
C/ Orense 34, 4.º B · 28020 Madrid
Tel. 91 417 88 30

----
CONFIDENCIALIDAD: El contenido de este correo es confidencial y se dirige únicamente a la
persona destinataria. De conformidad con el Reglamento (UE) 2016/679, puede ejercer sus
derechos de acceso, rectificación y supresión escribiendo a protecciondatos@regibera.example.es.
""",
)

_CASTELLANA_NO = """Estimada Almudena:

Te agradecemos el interés mostrado en Laboratorios Castellana y el tiempo dedicado a la
entrevista con el equipo de Registros.

Después de valorar todas las candidaturas, te informamos de que tu solicitud para el puesto
R-10482 Técnico/a de Registros no continuará en el proceso de selección.

Puedes consultar el estado de tus solicitudes y descubrir otras oportunidades en nuestro portal
de empleo:
https://castellana.wd3.myworkday.com/castellana_careers/userHome

Atentamente,
Equipo de Adquisición de Talento
Laboratorios Castellana

Este mensaje se ha generado automáticamente. Por favor, no respondas a este correo."""

R_CASTELLANA = dict(
    slug="castellana_workday_no_continua", lang="es", company="Laboratorios Castellana",
    contact="", refs=["castellana_inv"],
    frm=("Laboratorios Castellana", "castellana@myworkday.com"),
    subject="Actualización sobre tu solicitud: Técnico/a de Registros (R-10482)",
    subj_enc=("utf-8", "q"), date="2026-04-22 06:15 +0000",
    headers=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")],
    text=_CASTELLANA_NO,
    html=ats_card("Laboratorios Castellana", "#7a1f2b", "Actualización de tu solicitud",
                  paras(_CASTELLANA_NO.rsplit("\n\n", 1)[0]),
                  "Powered by Workday · Este mensaje se ha generado automáticamente.", "es"),
)

R_OAPS = dict(
    slug="oaps_seleccion_publica_no_seleccionada", lang="es",
    company="Oficina Andaluza de Productos Sanitarios",
    contact="dfernandez@oaps.example.es", refs=["oaps_inv"],
    frm=("Dolores Fernández Sáez", "dfernandez@oaps.example.es", "iso-8859-1", "q"),
    subject="Proceso selectivo OAPS-TEC-04/2026: resultado de la entrevista",
    date="2026-06-10 11:20 +0200", charset="iso-8859-1", cte="quoted-printable",
    text="""Estimada Sra. Richter-Paz:

Le comunicamos que la Comisión de Valoración del proceso selectivo OAPS-TEC-04/2026 (Técnico/a
de apoyo en evaluación de productos sanitarios, Sevilla) ha publicado la relación definitiva de
personas seleccionadas.

Una vez sumadas las puntuaciones de méritos y de la entrevista personal, su candidatura ha
obtenido 61,5 puntos y no figura entre las tres personas propuestas para la contratación.
Adjuntamos la resolución con el detalle de la puntuación.

Contra esta resolución puede presentar reclamación en el plazo de diez días hábiles a contar
desde el día siguiente al de su publicación.

Atentamente,

Dolores Fernández Sáez
Servicio de Personal y Régimen Interior
Oficina Andaluza de Productos Sanitarios
C/ Marqués del Nervión 40, 41005 Sevilla
""",
    pdfs=[dict(name="Resolucion_OAPS-TEC-04-2026.pdf",
               title="Resolución definitiva - Proceso selectivo OAPS-TEC-04/2026",
               lines=["Oficina Andaluza de Productos Sanitarios",
                      "Relación definitiva de personas seleccionadas",
                      "1. G. M. R. - 78,0 puntos - propuesta",
                      "2. P. A. L. - 74,5 puntos - propuesta",
                      "3. C. S. T. - 70,0 puntos - propuesta",
                      "7. A. R.-P. - 61,5 puntos - no seleccionada",
                      "Sevilla, 9 de junio de 2026"])],
)

R_MERIDIANO = dict(
    slug="meridiano_casual_tiramos_por_otra", lang="es", company="Meridiano Biotech",
    contact="javi@meridiano-bio.example.es", refs=["meridiano_inv", "meridiano_move"],
    frm=("Javi Ortuño", "javi@meridiano-bio.example.es"),
    subject="lo de Meridiano", date="2026-05-29 20:36 +0200", cte="base64",
    text="""Oye Almudena, te cuento cómo ha ido.

Lo estuvimos hablando ayer Carmen y yo con el resto del equipo y al final vamos a tirar por otra
persona, alguien que viene de una CRO y que ya conoce el eCTD por dentro. No ha sido fácil, de
verdad, porque la charla contigo fue de las mejores que tuvimos.

Si te parece, te aviso si se mueve algo más adelante; estamos creciendo y puede que abramos otra
posición en otoño.

Un abrazo y mucho ánimo con la búsqueda,
Javi

--
Javier Ortuño · Head of Regulatory
Meridiano Biotech · C/ Santa Engracia 151, 28003 Madrid
""",
)

_ALHAMBRA_APOLOGY = """Hola Elena:

Siento muchísimo no haberme conectado ayer a las 11:00; el enlace de la invitación me llevaba a
una reunión caducada y no encontré vuestro teléfono a tiempo. ¿Sería posible buscar otro hueco
esta semana para la entrevista?

Gracias y disculpa otra vez,
Almudena"""

_ALHAMBRA_NO = """Hola Almudena,

No te preocupes por lo del otro día, son cosas que pasan con los enlaces de Teams.

Lo que sí tengo que contarte es que esta mañana dirección ha congelado la incorporación de
técnicos en el área de calidad regulatoria hasta que se cierre la ronda de financiación. No
vamos a seguir con el proceso, ni contigo ni con el resto de personas que estaban en él, así que
no tiene sentido buscar otra fecha.

Siento no tener mejores noticias.

Elena

Elena Castillo Robles
People Operations · Genómica Alhambra
Avda. del Conocimiento 11, PTS, 18016 Granada"""

R_ALHAMBRA = dict(
    slug="alhambra_posicion_congelada", lang="es", company="Genómica Alhambra",
    contact="elena.castillo@genalhambra.example.es",
    refs=["alhambra_missed", "<CAB7y2c0215alh@mail.example.es>"],
    frm=("Elena Castillo Robles", "elena.castillo@genalhambra.example.es"),
    subject="Re: Disculpas por lo de ayer (entrevista Teams)", date="2026-04-29 14:02 +0200",
    text=_ALHAMBRA_NO + "\n\n" + reply_quote("es", "mar, 28 abr 2026 a las 9:05", ME,
                                             _ALHAMBRA_APOLOGY),
    html=html_doc(paras(_ALHAMBRA_NO) + "\n<blockquote>" + paras(_ALHAMBRA_APOLOGY)
                  + "</blockquote>", "es"),
    cte="quoted-printable",
)

_MEDILOG_NO = """Hola Almudena:

Queremos agradecerte el tiempo que has dedicado a tu solicitud para el puesto de Técnico/a de
Calidad y Farmacovigilancia en nuestro centro de Málaga.

Tras revisar los perfiles recibidos, en esta ocasión no vamos a invitarte a la siguiente fase.
La demanda para este puesto ha sido muy alta y hemos tenido que tomar decisiones difíciles entre
candidaturas muy parecidas.

Gracias de nuevo y mucha suerte,
Rafael Gámez
Medilogística Andaluza"""

R_MEDILOG = dict(
    slug="medilogistica_recruitee_no_siguiente_fase", lang="es",
    company="Medilogística Andaluza", contact="",
    frm=("Rafael Gámez | Medilogística Andaluza",
         "medilogistica-andaluza@jobs.recruitee.com", "utf-8", "b"),
    subject="Medilogística Andaluza - Técnico/a de Calidad y Farmacovigilancia",
    date="2026-02-20 15:40 +0100",
    text=_MEDILOG_NO,
    html=ats_card("Medilogística Andaluza", "#2d5fa8", "Sobre tu solicitud", paras(_MEDILOG_NO),
                  "Enviado con Recruitee · Medilogística Andaluza, S.L.U., C/ Héroe de Sostoa "
                  "120, 29002 Málaga", "es"),
    cte="base64",
)

R_VERTICE = dict(
    slug="vertice_cliente_opta_otro_perfil", lang="es", company="Vértice Selección",
    contact="slucena@vertice-seleccion.example.es",
    frm=("Sonia Lucena", "slucena@vertice-seleccion.example.es"),
    subject="Proceso Técnico/a de Farmacovigilancia (Granada)", date="2026-03-24 17:55 +0100",
    charset="windows-1252", cte="quoted-printable",
    text="""Buenas tardes, Almudena:

Te escribo para cerrar el proceso de Técnico/a de Farmacovigilancia para el laboratorio de
Granada del que te hablé en febrero.

El cliente nos ha comunicado hoy su decisión final… y se ha inclinado por una candidata con más
años en farmacovigilancia, de modo que tu candidatura queda descartada para esta posición.

Te agradezco mucho la disponibilidad de estas semanas. Mantengo tu ficha activa en Vértice y te
llamaré en cuanto tenga algo que encaje con tu perfil.

Un saludo,
Sonia Lucena Moreno
Consultora de Selección · Vértice Selección
Avda. de la Constitución 20, 18012 Granada · 958 205 114
""",
)

_QF_NEW = """Buenas, Almudena:

Perdona que haya tardado en escribirte después de la entrevista. Hemos terminado la ronda con los
cinco finalistas y, aunque tu perfil nos pareció muy completo, la persona elegida tiene
experiencia previa con la AEMPS en procedimientos nacionales, que es lo que más pesaba.

Quedamos muy agradecidos por tu interés y te deseamos lo mejor en los próximos pasos.

Un cordial saludo,

Manuel Hidalgo Vargas
Director de Asuntos Regulatorios
Quimifarma Bética, S.A.
Polígono Store, C/ A, nave 9 · 41008 Sevilla
Tel. 954 350 617 · www.quimifarma-betica.example.es"""

_QF_CONFIRM = ("es", ME, "lunes, 13 de abril de 2026 8:55",
               "Manuel Hidalgo Vargas", "RE: Entrevista Técnico/a de Registro - Quimifarma Bética",
               """Buenos días, Manuel:

Confirmo mi asistencia a la entrevista el jueves 16 a las 10:30 en vuestras oficinas del
Polígono Store.

Un saludo,
Almudena""")

_QF_INVITE = ("es", "Manuel Hidalgo Vargas <mhidalgo@quimifarma-betica.example.es>",
              "viernes, 10 de abril de 2026 17:21", ME,
              "Entrevista Técnico/a de Registro - Quimifarma Bética",
              """Hola, Almudena:

Nos gustaría conocerte en persona. ¿Podrías venir el jueves 16 de abril a las 10:30 a nuestras
oficinas? La entrevista durará aproximadamente una hora y estará también la responsable de
Calidad.

Saludos,
Manuel""")

R_QUIMIFARMA = dict(
    slug="quimifarma_chain_invite_quoted_then_no", lang="es", company="Quimifarma Bética",
    contact="mhidalgo@quimifarma-betica.example.es", refs=["qf_app", "qf_ack"],
    frm=("Manuel Hidalgo Vargas", "mhidalgo@quimifarma-betica.example.es"),
    subject="RE: Entrevista Técnico/a de Registro - Quimifarma Bética",
    subj_enc=("windows-1252", "q"), date="2026-04-28 18:03 +0200",
    charset="windows-1252", cte="quoted-printable",
    text=_QF_NEW + "\n\n" + outlook_quote(*_QF_CONFIRM) + "\n\n" + outlook_quote(*_QF_INVITE),
    html=outlook_html(mso(_QF_NEW) + "\n" + outlook_rule_html(*_QF_CONFIRM) + "\n"
                      + outlook_rule_html(*_QF_INVITE), "es", "windows-1252"),
)

R_AXARQUIA = dict(
    slug="axarquia_after_trial_day", lang="es", company="Laboratorios Axarquía",
    contact="lourdes.tellez@axarquia-lab.example.es", refs=["axarquia_inv"],
    frm=("Lourdes Téllez", "lourdes.tellez@axarquia-lab.example.es", "utf-8", "q"),
    subject="Jornada de prueba en Axarquía — resultado", subj_enc=("utf-8", "q"),
    date="2026-06-19 10:12 +0200", cte="quoted-printable",
    text="""Hola Almudena:

Gracias por pasar el miércoles con nosotros en la planta de Vélez. El equipo de acondicionamiento
se quedó con muy buena impresión de tu manera de trabajar con las fichas de lote.

Aun así, después de la jornada hemos visto que el puesto necesita a alguien con experiencia
directa en validación de limpieza, y por eso no vamos a poder ofrecerte la plaza. Preferimos
decírtelo claro y pronto para que puedas organizarte.

Si te parece bien, guardaremos tu currículum en nuestra base de datos durante un año.

Un saludo,
Lourdes Téllez Fortes
Recursos Humanos · Laboratorios Axarquía
Ctra. de Arenas km 2, 29700 Vélez-Málaga · 952 500 381
""",
)

# ------------------------------------------------------------------ en

_TEJO_NO = """Hi Almudena,

I promised to come back to you once we had clarity after postponing last week's conversation,
and I'm sorry it has taken this long.

The Regulatory Affairs Associate role has been put on hold following a change in our 2026
submission plan, and we will not proceed with the hiring process for now. That applies to every
candidate still in the pipeline and is in no way a reflection on your profile.

If the position is reopened later in the year I will reach out to you first, as you were among
the people we most wanted to meet.

Kind regards,
Marta

Marta Carvalho | Talent Partner
Tejo Therapeutics · Av. da Liberdade 190, 1250-147 Lisboa"""

R_TEJO = dict(
    slug="tejo_greenhouse_role_on_hold", lang="en", company="Tejo Therapeutics",
    contact="marta.carvalho@tejotx.example.pt", key="tejo_no", refs=["tejo_inv", "tejo_cancel"],
    frm=("Marta Carvalho via Greenhouse", "no-reply@greenhouse-mail.io"),
    reply_to=("Marta Carvalho", "marta.carvalho@tejotx.example.pt"),
    subject="Regulatory Affairs Associate at Tejo Therapeutics", date="2026-03-30 16:25 +0100",
    text=_TEJO_NO, html=html_doc(paras(_TEJO_NO), "en"),
    headers=[("X-Mailer", "Greenhouse")],
)

_BIRSIG_NO = """<p>Hi Almudena,</p>
<p>Thank you for taking the time to interview for the <b>Regulatory Affairs Specialist (CMC)</b>
position and for the preparation you put into the panel conversation.</p>
<p>After careful consideration, we have decided to move forward with candidates whose experience
more closely matches the requirements of this role at this time.</p>
<p>We appreciate your interest in Birsig Biotech and wish you every success in your search.</p>
<p>Best regards,<br>The Birsig Biotech Talent Team</p>"""

R_BIRSIG = dict(
    slug="birsig_lever_move_forward_others", lang="en", company="Birsig Biotech", contact="",
    refs=["birsig_inv", "birsig_move"],
    frm=("Birsig Biotech", "no-reply@hire.lever.co"),
    subject="Your application to Birsig Biotech", date="2026-06-30 14:05 +0000",
    html=ats_card("Birsig Biotech", "#3b2a74", "An update on your application", _BIRSIG_NO,
                  "Birsig Biotech AG · Hochbergerstrasse 60, 4057 Basel, Switzerland<br>"
                  "Sent via Lever. Please do not reply to this email.", "en"),
    headers=[("Auto-Submitted", "auto-generated")],
)

R_HELIX = dict(
    slug="helix_client_fills_internally", lang="en", company="Helix Regulatory Partners",
    contact="oliver.pennington@helixrp.example.co.uk", refs=["helix_inv", "helix_missed"],
    frm=("Oliver Pennington", "oliver.pennington@helixrp.example.co.uk"),
    subject="Basel regulatory ops role - update", date="2026-05-15 11:48 +0100",
    charset="windows-1252", cte="quoted-printable",
    text="""Hi Almudena,

Quick update on the regulatory operations role with my client in Basel that we discussed.

They’ve decided to fill it internally — someone from their QA team put their hand up and the
hiring manager is going with them. So the external search is closed and I’m afraid I can’t put
you forward after all.

Sorry it’s not better news. I’ll keep you in mind for the Frankfurt and Lisbon briefs that come
through.

Cheers,
Oliver

Oliver Pennington
Principal Consultant, Regulatory & Quality
Helix Regulatory Partners Ltd
3 Harbour Exchange Square, London E14 9GE
+44 20 7946 0318
""",
)

_ALFAMA_THANKS = """Dear Sofia,

Thank you for organising today's panel interview, and please pass my thanks to Dr. Rocha and
Mr. Antunes as well. I really enjoyed hearing how the team prepares its INFARMED submissions,
and I am very motivated by the Regulatory Affairs Coordinator role.

Best wishes,
Almudena"""

_ALFAMA_NO = """Dear Almudena,

Thank you for your kind note after the panel, and apologies for the wait.

We have now concluded the process. While the panel enjoyed meeting you, we have offered the role
to a candidate with prior INFARMED submission experience, which in the end was the deciding
factor.

Please do keep an eye on our careers page — we expect to hire two more coordinators in the
autumn, and I would be happy to see your application again.

Warm regards,
Sofia Mendes
People & Culture Lead, Alfama Biologics
Rua da Junqueira 84, 1300-344 Lisboa, Portugal
+351 21 360 44 12"""

R_ALFAMA = dict(
    slug="alfama_after_panel_quotes_thanks", lang="en", company="Alfama Biologics",
    contact="sofia.mendes@alfamabio.example.pt", refs=["alfama_inv", "alfama_thanks"],
    frm=("Sofia Mendes", "sofia.mendes@alfamabio.example.pt"),
    subject="Re: Thank you - Regulatory Affairs Coordinator interview",
    date="2026-04-08 10:17 +0100",
    text=_ALFAMA_NO + "\n\n" + reply_quote(
        "en", "Fri, 27 Mar 2026 at 18:02", ME, _ALFAMA_THANKS),
    html=html_doc(paras(_ALFAMA_NO) + '\n<div class="gmail_quote">'
                  + '<blockquote class="gmail_quote">' + paras(_ALFAMA_THANKS)
                  + "</blockquote></div>", "en"),
    cte="quoted-printable",
)

_NORTHGATE_NO = """Hello Almudena,

We're writing to let you know that we won't be progressing your application for Regulatory
Affairs Officer (Lisbon) any further.

We received a very high number of applications and had to make some difficult choices. We'll
keep your details on file for 12 months in line with our privacy notice, and you're welcome to
apply for other roles on our careers site.

All the best,
Northgate Pharma Recruiting

This email was sent via Ashby. Replies to this address are not monitored."""

R_NORTHGATE = dict(
    slug="northgate_ashby_not_progressing", lang="en", company="Northgate Pharma", contact="",
    refs=["northgate_missed"],
    frm=("Northgate Pharma", "no-reply@ashbyhq.com"),
    subject="Update on your Northgate Pharma application", date="2026-05-08 09:00 +0000",
    headers=[("Auto-Submitted", "auto-generated")],
    text=_NORTHGATE_NO,
    html=ats_card("Northgate Pharma", "#0d3b66", "Your application", paras(_NORTHGATE_NO),
                  "Northgate Pharma Lda · Rua Castilho 39, 1250-068 Lisboa", "en"),
)

R_SPALEN = dict(
    slug="spalen_terse_wont_move_ahead", lang="en", company="Spalen Regulatory Consulting",
    contact="tom.vischer@spalen-rc.example.ch",
    refs=["<0215spalen.ask@spalen-rc.example.ch>"],
    frm=("Tom Vischer", "tom.vischer@spalen-rc.example.ch"),
    subject="Re: Junior RA consultant", date="2026-07-15 08:31 +0200",
    text="""Hi Almudena,

Thanks for your time on Monday. We won't be moving ahead with your application - the team wants
someone who already speaks fluent German for client work.

All the best,
Tom

""" + reply_quote("en", "Wed, 8 Jul 2026 at 17:40", "Tom Vischer <tom.vischer@spalen-rc.example.ch>",
                  """Hi Almudena,
Could you do a 30-minute video call on Monday 13 July at 15:00? I'll send a link.
Tom"""),
)

_DREI_NO = """Dear Almudena Richter-Paz,

Thank you for applying for Clinical Trial Supplies Coordinator at Dreiländer Clinical.

We would like to let you know that this position has now been filled. We are therefore unable to
consider your application further for this vacancy.

Your profile will remain in our talent community, and you will receive job alerts for similar
openings if you have signed up for them.

Kind regards,
Dreiländer Clinical Talent Acquisition
Aeschenvorstadt 71 · 4051 Basel"""

R_DREILAENDER = dict(
    slug="dreilaender_icims_position_filled", lang="en", company="Dreiländer Clinical",
    contact="", refs=["drei_ack"],
    frm=("Dreiländer Clinical Careers", "noreply@icims.com", "utf-8", "q"),
    subject="Regarding your application: Clinical Trial Supplies Coordinator (Req 2026-0412)",
    date="2026-04-16 12:44 +0000", headers=[("Auto-Submitted", "auto-generated")],
    text=_DREI_NO, html=html_doc(paras(_DREI_NO), "en"), cte="quoted-printable",
)

_SACHS_NEW = """Dear Almudena,

Thank you again for speaking with Dr. Kessler and me last Wednesday, and for your patience with
the change of time.

I’m sorry to tell you that we have decided not to offer you the position. Our clinical
operations team needs someone who can handle German ethics committee submissions on their own
from day one, and we felt the language requirement would make that difficult for now.

We were impressed by your organisation and your questions about the TMF, and we’d be glad to
hear from you again in a year or two.

Best regards,
Hannah Becker
HR Business Partner
Sachsenhausen Clinical Research GmbH
Schweizer Straße 28, 60594 Frankfurt am Main
T +49 69 6605 3310

Sachsenhausen Clinical Research GmbH · Sitz: Frankfurt am Main · Amtsgericht Frankfurt am Main
HRB 118204 · Geschäftsführer: Dr. Matthias Roth"""

_SACHS_MOVE = ("en", "Hannah Becker", "Monday, 4 May 2026 16:40", "Almudena Richter-Paz",
               "Updated time: Interview - Regulatory Start-up Associate",
               """Dear Almudena,

Dr. Kessler has a clash on Tuesday morning, so we would like to move your interview to Wednesday
6 May at 14:00 CEST, same Teams link. Please let me know whether that works for you.

Best regards,
Hannah""")

_SACHS_INV = ("en", "Hannah Becker", "Thursday, 30 April 2026 11:05", "Almudena Richter-Paz",
              "Interview - Regulatory Start-up Associate",
              """Dear Almudena,

We would like to invite you to a video interview on Tuesday 5 May at 10:00 CEST with Dr. Kessler,
Head of Study Start-up, and myself. It will take about 45 minutes.

Best regards,
Hannah""")

R_SACHSENHAUSEN = dict(
    slug="sachsenhausen_chain_invite_move_then_no", lang="en",
    company="Sachsenhausen Clinical Research", contact="hannah.becker@sachsenhausen-cr.example.de",
    refs=["<0215sachs.inv@sachsenhausen-cr.example.de>",
          "<0215sachs.move@sachsenhausen-cr.example.de>"],
    frm=("Hannah Becker", "hannah.becker@sachsenhausen-cr.example.de"),
    subject="RE: Updated time: Interview - Regulatory Start-up Associate",
    date="2026-05-13 15:26 +0200", charset="windows-1252", cte="quoted-printable",
    text=_SACHS_NEW + "\n\n" + outlook_quote(*_SACHS_MOVE) + "\n\n" + outlook_quote(*_SACHS_INV),
    html=outlook_html(mso(_SACHS_NEW) + "\n" + outlook_rule_html(*_SACHS_MOVE) + "\n"
                      + outlook_rule_html(*_SACHS_INV), "en", "windows-1252"),
)

# ------------------------------------------------------------------ fr

_FOURV_THANKS = """Bonjour Claire,

Merci encore pour l'organisation de la journée d'évaluation de mardi. Les entretiens avec
l'équipe et l'étude de cas m'ont beaucoup appris sur votre façon de travailler, et je reste très
motivée par le poste.

Bien à vous,
Almudena"""

_FOURV_NO = """Bonjour Almudena,

Merci pour votre message et pour votre participation à la journée d'évaluation du 21 avril.

Après avoir confronté les observations des évaluateurs, nous avons choisi de retenir une autre
candidature pour le poste de Technicienne Affaires Réglementaires. Votre étude de cas était
solide, mais d'autres profils maîtrisaient déjà la rédaction des dossiers de variation en
français, point décisif pour l'équipe.

Je sais que la journée a demandé beaucoup d'énergie, et je vous remercie sincèrement pour votre
implication.

Bien cordialement,

Claire Mourgue
Chargée de recrutement
Laboratoires Fourvière
12 quai Fulchiron, 69005 Lyon
04 78 42 19 60"""

R_FOURVIERE = dict(
    slug="fourviere_after_assessment_quotes_thanks", lang="fr", company="Laboratoires Fourvière",
    contact="claire.mourgue@fourviere-labs.example.fr", refs=["fourv_inv", "fourv_thanks"],
    frm=("Claire Mourgue", "claire.mourgue@fourviere-labs.example.fr"),
    subject="Re: Merci pour la journée d'évaluation", date="2026-04-30 17:50 +0200",
    text=_FOURV_NO + "\n\n" + reply_quote("fr", "jeu. 23 avr. 2026 à 19:14", ME, _FOURV_THANKS),
    html=html_doc(paras(_FOURV_NO) + "\n<blockquote type=\"cite\">" + paras(_FOURV_THANKS)
                  + "</blockquote>", "fr"),
    cte="quoted-printable",
)

R_CROIXROUSSE = dict(
    slug="croixrousse_taleo_non_retenu", lang="fr", company="Croix-Rousse Biologie", contact="",
    refs=["croix_ack"],
    frm=("Croix-Rousse Biologie - Recrutement", "croixrousse@taleo.net"),
    subject="Votre candidature : Technicien(ne) Qualité Réglementaire (réf. 2600187)",
    subj_enc=("iso-8859-1", "q"), date="2026-05-04 07:30 +0000",
    charset="iso-8859-1", cte="quoted-printable",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""Madame,

Nous avons bien étudié votre candidature au poste de Technicien(ne) Qualité Réglementaire
(réf. 2600187) et nous vous remercions de l'intérêt que vous portez à Croix-Rousse Biologie.

Nous sommes toutefois au regret de vous informer que votre profil n'a pas été retenu pour la
suite du processus.

Nous conservons votre dossier dans notre vivier de candidats pendant deux ans, sauf opposition
de votre part.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Le Service Recrutement
Croix-Rousse Biologie

Merci de ne pas répondre à ce message généré automatiquement.
""",
)

R_SAINTIRENEE = dict(
    slug="saintirenee_pourvu_mobilite_interne", lang="fr", company="Hôpital Saint-Irénée",
    contact="b.chapuis@hsi-lyon.example.fr",
    frm=("Bernadette Chapuis", "b.chapuis@hsi-lyon.example.fr"),
    subject="Candidature préparatrice en pharmacie hospitalière", date="2026-06-02 15:12 +0200",
    cte="quoted-printable",
    text="""Madame Richter-Paz,

Je fais suite à votre candidature spontanée reçue en mai pour un poste de préparatrice en
pharmacie hospitalière.

Le poste que nous avions ouvert à la pharmacie à usage intérieur vient d'être pourvu par
mobilité interne : une collègue du service de stérilisation a souhaité rejoindre l'équipe. Nous
ne pouvons donc pas donner suite à votre demande.

Je vous souhaite une bonne continuation dans vos démarches.

Bernadette Chapuis
Cadre de santé – Pharmacie à usage intérieur
Hôpital Saint-Irénée
20 rue Sœur Bouvier, 69005 Lyon
Tél. 04 72 38 51 00
""",
)

_CONFLUENCE_NO = """Bonjour Almudena,

Encore merci d'avoir pu te rendre disponible jeudi après le raté de la première visio.

Je ne vais pas tourner autour du pot : on ne retient pas ta candidature. On cherche finalement
quelqu'un de plus senior, capable de piloter seul les dossiers de pharmacovigilance, et ce n'est
pas le moment pour nous de former quelqu'un sur le poste.

Bon courage pour la suite, et n'hésite pas à repostuler chez nous d'ici un an.

Julien

Julien Perrachon
Responsable Affaires Réglementaires & PV
Confluence Pharma · 58 cours Charlemagne, 69002 Lyon"""

R_CONFLUENCE = dict(
    slug="confluence_casual_on_ne_retient_pas", lang="fr", company="Confluence Pharma",
    contact="j.perrachon@confluence-pharma.example.fr",
    refs=["confl_inv", "confl_missed", "confl_move"],
    frm=("Julien Perrachon", "j.perrachon@confluence-pharma.example.fr"),
    subject="Suite à notre échange de jeudi", date="2026-06-26 18:40 +0200",
    html=html_doc(paras(_CONFLUENCE_NO), "fr"), cte="quoted-printable",
)

# ------------------------------------------------------------------ de

_RHEIN_APOLOGY = """Dear Mr Brändli,

I am very sorry that I missed our interview this morning. I had the time in my calendar one hour
later because of the time zone setting in the invitation, and I only noticed it when your email
arrived. Would it be possible to find another slot this week or next?

With my apologies and kind regards,
Almudena Richter-Paz"""

_RHEIN_NO = """Sehr geehrte Frau Richter-Paz,

vielen Dank für Ihre Nachricht und Ihre Entschuldigung.

Wir haben Ihre Anfrage nach einem neuen Termin mit der Fachabteilung besprochen. Da wir das
Verfahren für die Stelle Regulatory Affairs Specialist inzwischen mit zwei Kandidatinnen in der
letzten Runde fortführen, können wir Ihnen leider keinen weiteren Gesprächstermin anbieten und
Ihre Bewerbung nicht weiter berücksichtigen.

Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute.

Freundliche Grüsse

Lukas Brändli
Talent Acquisition Partner
Rheinknie Pharma AG
Grenzacherstrasse 95, 4058 Basel
+41 61 688 40 27"""

_RHEIN_Q = ("de", ME, "Dienstag, 17. März 2026 11:32", "Lukas Brändli",
            "Apologies for missing our interview", _RHEIN_APOLOGY)

R_RHEINKNIE = dict(
    slug="rheinknie_after_missed_no_new_slot", lang="de", company="Rheinknie Pharma",
    contact="lukas.braendli@rheinknie.example.ch", refs=["rhein_inv", "rhein_missed",
                                                         "rhein_apology"],
    frm=("Lukas Brändli", "lukas.braendli@rheinknie.example.ch", "iso-8859-1", "q"),
    subject="AW: Apologies for missing our interview", date="2026-03-20 09:14 +0100",
    charset="iso-8859-1", cte="quoted-printable",
    text=_RHEIN_NO + "\n\n" + outlook_quote(*_RHEIN_Q),
    html=outlook_html(mso(_RHEIN_NO) + "\n" + outlook_rule_html(*_RHEIN_Q), "de",
                      "iso-8859-1"),
)

_MAINUFER_NO = """Guten Tag Frau Richter-Paz,

haben Sie nochmals vielen Dank für das Gespräch mit Herrn Dr. Albers und Frau Vogelsang und
für Ihre Geduld bei der Terminverschiebung.

Nach sorgfältiger Abwägung haben wir uns für eine Kandidatin entschieden, die bereits Erfahrung
mit dezentralen Zulassungsverfahren mitbringt. Wir bedauern, Ihnen keine positivere Nachricht
geben zu können.

Ihre Unterlagen werden gemäß unserer Datenschutzerklärung nach sechs Monaten gelöscht.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Mainufer Pharma GmbH

Diese E-Mail wurde automatisch über softgarden versendet."""

R_MAINUFER = dict(
    slug="mainufer_softgarden_after_interview", lang="de", company="Mainufer Pharma",
    contact="", refs=["mainufer_ack", "mainufer_inv", "mainufer_move"],
    frm=("Mainufer Pharma GmbH", "no-reply@softgarden.io"),
    subject="Ihre Bewerbung als Referentin Zulassung (m/w/d) – Mainufer Pharma",
    subj_enc=("utf-8", "q"), date="2026-07-08 08:45 +0000",
    headers=[("Auto-Submitted", "auto-generated")],
    text=_MAINUFER_NO,
    html=ats_card("Mainufer Pharma", "#1b4d7a", "Ihre Bewerbung",
                  paras(_MAINUFER_NO.rsplit("\n\n", 1)[0]),
                  "Mainufer Pharma GmbH · Hanauer Landstraße 210, 60314 Frankfurt am Main · "
                  "versendet über softgarden", "de"),
    cte="quoted-printable",
)

R_NIDDA = dict(
    slug="roemerberg_relays_nidda_no", lang="de", company="Nidda Pharma",
    contact="f.lamprecht@roemerberg-pb.example.de",
    refs=["nidda_inv", "nidda_missed"],
    frm=("Dr. Friederike Lamprecht", "f.lamprecht@roemerberg-pb.example.de"),
    subject="Rückmeldung Nidda Pharma", date="2026-08-21 12:34 +0200",
    charset="windows-1252", cte="8bit",
    text="""Liebe Frau Richter-Paz,

heute Vormittag hat mich Nidda Pharma zu Ihrem Telefoninterview mit Herrn Kowalski
zurückgerufen.

Leider entscheidet sich der Kunde gegen eine Fortsetzung mit Ihnen. Ausschlaggebend war, dass
die Stelle sehr viel Behördenkorrespondenz auf Deutsch umfasst und man dort jemanden mit
muttersprachlichem Niveau sucht. Fachlich hat man Ihnen ausdrücklich ein gutes Zeugnis
ausgestellt.

Ich bedaure das sehr, zumal wir den Termin nach dem ersten verpassten Anruf noch kurzfristig
nachholen konnten. Ich melde mich, sobald ich ein Mandat habe, bei dem Englisch die
Arbeitssprache ist.

Herzliche Grüße
Friederike Lamprecht

Dr. Friederike Lamprecht
Partnerin | Römerberg Personalberatung GmbH
Braubachstraße 12, 60311 Frankfurt am Main
Tel. +49 69 2199 4470 | Mobil +49 171 552 0183
""",
)

R_HPA = dict(
    slug="hpa_ausschreibung_zurueckgezogen", lang="de",
    company="Hessisches Prüfinstitut für Arzneimittel",
    contact="joerg.weidenbach@hpa-hessen.example.de",
    frm=("Personalstelle HPA", "personalstelle@hpa-hessen.example.de"),
    reply_to=("Jörg Weidenbach", "joerg.weidenbach@hpa-hessen.example.de", "iso-8859-1", "q"),
    subject="Ausschreibung Nr. 14/2026: Sachbearbeitung Arzneimittelprüfung (Rücknahme)",
    subj_enc=("iso-8859-1", "b"), date="2026-09-03 10:00 +0200",
    charset="iso-8859-1", cte="base64",
    text="""Sehr geehrte Frau Richter-Paz,

wir bedanken uns für Ihre Bewerbung auf die oben genannte Ausschreibung.

Wir müssen Ihnen mitteilen, dass die Ausschreibung zurückgezogen wurde. Aufgrund der vorläufigen
Haushaltsführung steht die Planstelle in diesem Jahr nicht zur Verfügung; das Auswahlverfahren
wird daher ohne Stellenbesetzung beendet. Eine erneute Ausschreibung ist derzeit nicht
absehbar.

Ihre Bewerbungsunterlagen werden nach Ablauf von drei Monaten datenschutzgerecht vernichtet.

Mit freundlichen Grüßen
Im Auftrag

Jörg Weidenbach
Hessisches Prüfinstitut für Arzneimittel
- Personalstelle -
Wilhelmstraße 40, 65183 Wiesbaden
Telefon 0611 3298 140
""",
)

REJECTIONS = [
    R_SANTELMO, R_NEVADA, R_GUADALHORCE, R_GIRALDA, R_COFARAN, R_MANZANARES, R_REGIBERA,
    R_CASTELLANA, R_OAPS, R_MERIDIANO, R_ALHAMBRA, R_MEDILOG, R_VERTICE, R_QUIMIFARMA,
    R_AXARQUIA,
    R_TEJO, R_BIRSIG, R_HELIX, R_ALFAMA, R_NORTHGATE, R_SPALEN, R_DREILAENDER, R_SACHSENHAUSEN,
    R_FOURVIERE, R_CROIXROUSSE, R_SAINTIRENEE, R_CONFLUENCE,
    R_RHEINKNIE, R_MAINUFER, R_NIDDA, R_HPA,
]

_unused = (CANDIDATE, esc, quote)
