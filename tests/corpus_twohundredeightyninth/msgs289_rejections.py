"""Corpus 289, rejections: 31 hand-written specs (17 es, 8 en, 3 fr, 3 de)."""

from __future__ import annotations

from msgs289_common import (
    AUTO_GENERATED,
    CAND,
    ats_card,
    mso,
    outlook_block,
    outlook_html,
    paras,
    quote,
    simple_html,
    wrote,
)

MESSAGES: list[dict] = []


def add(**spec: object) -> None:
    spec.setdefault("kind", "rejection")
    MESSAGES.append(spec)


# ------------------------------------------------------------------ Spanish

add(
    id="t1_reject", slug="duero_after_interview_quotes_thanks", lang="es",
    company="Paquetería Duero Exprés", contact="ana.otero@duero-expres.example.es",
    frm=("Ana Belén Otero", "ana.otero@duero-expres.example.es"),
    date="2026-02-26 12:41 +0100", parent="t1_thanks",
    subject="Re: Gracias por la entrevista de hoy",
    text="""\
Hola Joaquín:

Gracias por tu mensaje y por las ganas que mostraste el jueves en la nave. Lo hemos
estado valorando con calma con Rafa, el jefe de tráfico, y finalmente nos quedamos con
un perfil que ya ha trabajado con el software de rutas que usamos en el turno de noche.

Sé que no es lo que esperabas leer. Tu conocimiento de las calles de Valladolid se notó
mucho en el ejercicio de asignación de repartos, y me gustaría guardar tu CV para la
campaña de Navidad, si te parece bien.

Un saludo,
Ana Belén Otero
Selección · Paquetería Duero Exprés
C/ del Metal 14, Polígono de Argales, 47008 Valladolid
Tel. 983 40 21 77

""" + wrote("es", "jue, 19 feb 2026 a las 20:11", CAND[0], CAND[1]) + "\n" + quote("""\
Hola Ana Belén:

Muchas gracias por la entrevista de esta mañana y por enseñarme la sala de tráfico.
Me quedo con lo que comentó Rafa de reorganizar las rutas del centro cuando hay obras;
es justo lo que vivo cada día con la moto y me encantaría ayudar a resolverlo desde
dentro.

Quedo a vuestra disposición para cualquier cosa que necesitéis.

Un saludo,
Joaquín Herrera-Lindgren
"""),
)

add(
    id="cibeles_reject", slug="cibeles_workday_formal", lang="es",
    company="Mensajería Cibeles", contact="",
    frm=("Mensajería Cibeles", "mensajeriacibeles@myworkday.com"),
    date="2026-04-02 07:03 +0000", headers=AUTO_GENERATED,
    subject="Actualización sobre tu solicitud: Coordinador/a de Tráfico (R-04471)",
    html=ats_card(
        "Mensajería Cibeles · Empleo",
        "Actualización sobre tu solicitud",
        paras("""\
Estimado/a Joaquín:

Te agradecemos el tiempo dedicado al proceso de selección para el puesto de
Coordinador/a de Tráfico (R-04471) en nuestro centro de Coslada.

Después de revisar detenidamente todas las candidaturas, lamentamos comunicarte que tu
solicitud no continuará en el proceso.

Tus datos seguirán en nuestra comunidad de talento y podrás consultar nuevas vacantes
en el portal de empleo en cualquier momento.

Atentamente,
Equipo de Adquisición de Talento
Mensajería Cibeles"""),
        "Este mensaje se ha generado automáticamente desde Workday. Por favor, no respondas "
        "a esta dirección.",
        color="#b3122e",
    ),
    cte="base64",
)

add(
    id="pisuerga_reject", slug="pisuerga_smartrecruiters_closer_match", lang="es",
    company="Supermercados Pisuerga", contact="",
    frm=("Supermercados Pisuerga", "noreply@smartrecruiters.com"),
    date="2026-05-22 10:17 +0200", parent="pisuerga_move", headers=AUTO_GENERATED,
    subject="Tu candidatura: Técnico/a de Expediciones - Plataforma de Cabezón",
    text="""\
Hola Joaquín,

Queremos darte las gracias por participar en la jornada de evaluación para el puesto de
Técnico/a de Expediciones en nuestra plataforma de Cabezón de Pisuerga.

Hemos decidido seguir adelante con personas cuya experiencia en gestión de muelles y
cargas encaja de forma más directa con lo que necesitamos en este momento.

No ha sido una decisión sencilla. Te animamos a seguir atento/a a nuestras ofertas:
abrimos procesos en tienda y en plataforma durante todo el año.

Saludos cordiales,
Equipo de Selección
Supermercados Pisuerga

Este correo se ha enviado a través de SmartRecruiters. No respondas a este mensaje.
""",
    html=ats_card(
        "Supermercados Pisuerga",
        "Técnico/a de Expediciones",
        paras("""\
Hola Joaquín,

Queremos darte las gracias por participar en la jornada de evaluación para el puesto de
Técnico/a de Expediciones en nuestra plataforma de Cabezón de Pisuerga.

Hemos decidido seguir adelante con personas cuya experiencia en gestión de muelles y
cargas encaja de forma más directa con lo que necesitamos en este momento.

No ha sido una decisión sencilla. Te animamos a seguir atento/a a nuestras ofertas:
abrimos procesos en tienda y en plataforma durante todo el año.

Saludos cordiales,
Equipo de Selección
Supermercados Pisuerga"""),
        "Enviado a través de SmartRecruiters. No respondas a este mensaje.",
        color="#2e7d32",
    ),
)

add(
    id="t7_reject", slug="tormes_role_on_hold", lang="es",
    company="Autobuses Tormes", contact="inigo.sastre@tormesbus.example.es",
    frm=("Íñigo Sastre", "inigo.sastre@tormesbus.example.es"), name_enc=("iso-8859-1", "B"),
    date="2026-06-18 17:25 +0200", parent="t7_cancel",
    subject="Plaza de regulador/a de tráfico", subj_enc=("windows-1252", "Q"),
    charset="windows-1252", cte="8bit",
    text="""\
Buenos días, Joaquín:

Como te adelanté cuando anulamos la entrevista del día 9, la dirección ha revisado el
presupuesto de la nueva línea a Santa Marta y la plaza de regulador/a de tráfico queda
congelada hasta 2027. Por eso no vamos a seguir con tu candidatura, ni con las del resto
de personas que estaban en proceso.

Te pido disculpas por el tiempo invertido. Si la plaza se reactiva te escribiré yo
personalmente — aunque ahora mismo no puedo prometerte fechas.

Íñigo Sastre
Jefe de Operaciones – Autobuses Tormes
Avda. de los Cipreses 31, 37004 Salamanca
923 55 80 12
""",
)

add(
    id="orbigo_reject", slug="ett_relays_orbigo_no", lang="es",
    company="Almacenes Órbigo", contact="nerea.fidalgo@talentotemporal.example.es",
    frm=("Nerea Fidalgo", "nerea.fidalgo@talentotemporal.example.es"),
    date="2026-10-09 13:02 +0200",
    subject="Respuesta de Almacenes Órbigo sobre el puesto de gestor de tráfico",
    subj_enc=("iso-8859-1", "Q"),
    charset="iso-8859-1", cte="quoted-printable",
    text="""\
Hola Joaquín:

Acabo de colgar con Almacenes Órbigo. Me dicen que prefieren a alguien con carné C para
que pueda cubrir también alguna ruta cuando falte un conductor, así que esta vez no
cuentan contigo para la plaza de gestor de tráfico.

Les he insistido en que llevas cuatro años organizándote tú solo los repartos y que eso
también es planificar, pero el requisito del carné lo tenían claro desde arriba.

Yo sigo moviendo tu perfil: en cuanto entre algo de tráfico o de expediciones en León o
en La Bañeza te llamo.

Nerea Fidalgo
Consultora de selección
Talento Temporal ETT - Delegación León
C/ Ordoño II 40, 24001 León · 987 20 44 61
""",
)

add(
    id="pancorbo_reject", slug="pancorbo_terse_no", lang="es",
    company="Grúas y Transportes Pancorbo", contact="ramiro@pancorbo.example.es",
    frm=("Ramiro Cuesta", "ramiro@pancorbo.example.es"),
    date="2026-06-29 08:51 +0200",
    subject="RE: ¿Novedades?",
    text="""\
Joaquín, buenas. No te vamos a llamar para lo del despacho, buscamos otro perfil.
Suerte.

Ramiro
Enviado desde mi móvil

-----Mensaje original-----
De: Joaquín Herrera-Lindgren <joaquin.hl@example.es>
Enviado: viernes, 26 de junio de 2026 18:40
Para: ramiro@pancorbo.example.es
Asunto: ¿Novedades?

Hola Ramiro, ¿sabéis algo ya del puesto de despacho de grúas? Sigo muy interesado.
Gracias,
Joaquín
""",
)

add(
    id="t5_reject", slug="arlanzon_hospital_filled_internally", lang="es",
    company="Hospital Comarcal del Arlanzón", contact="malonso@hcarlanzon.example.es",
    frm=("Mercedes Alonso Peña", "malonso@hcarlanzon.example.es"),
    date="2026-05-20 09:30 +0200", parent="t5_apology",
    subject="Proceso de selección 12/2026 - Técnico/a de coordinación de transporte sanitario",
    text="""\
Estimado Sr. Herrera-Lindgren:

En relación con el proceso de selección 12/2026 para el puesto de Técnico/a de
coordinación de transporte sanitario, le informamos de que la plaza ha sido cubierta por
movilidad interna con personal de la propia plantilla, conforme al artículo 8 del
convenio colectivo del centro. En consecuencia, se da por concluido el procedimiento para
las candidaturas externas.

Le adjuntamos la resolución de la Dirección de Recursos Humanos. Su justificación por la
ausencia del día 16 de abril quedó registrada y no ha influido en esta decisión.

Atentamente,

Mercedes Alonso Peña
Unidad de Selección y Provisión
Hospital Comarcal del Arlanzón
Ctra. de Logroño km 3, 09007 Burgos
Tel. 947 48 10 00, ext. 2231

AVISO LEGAL: Este mensaje y sus anexos pueden contener información confidencial y están
dirigidos exclusivamente a su destinatario. Si lo ha recibido por error, comuníquelo al
remitente y proceda a su eliminación. El Hospital Comarcal del Arlanzón trata sus datos
personales con la finalidad de gestionar los procesos de selección.
""",
    pdfs=[{
        "filename": "Resolucion_PS_12-2026.pdf",
        "title": "Resolución - Proceso de selección 12/2026",
        "lines": [
            "Hospital Comarcal del Arlanzón - Dirección de Recursos Humanos",
            "Puesto: Técnico/a de coordinación de transporte sanitario",
            "La plaza convocada se cubre por movilidad interna (art. 8 del convenio).",
            "Se declara concluido el proceso para las candidaturas externas.",
            "Burgos, 19 de mayo de 2026",
        ],
    }],
)

add(
    id="fresnedo_reject", slug="council_merit_phase_not_passed", lang="es",
    company="Ayuntamiento de Fresnedo de la Vega", contact="pgago@fresnedodelavega.example.es",
    frm=("Pilar Gago · Personal", "pgago@fresnedodelavega.example.es"),
    name_enc=("utf-8", "B"),
    date="2026-04-27 11:08 +0200", parent="fresnedo_ack",
    subject="Resultado de la fase de méritos - Coordinador/a del parque móvil",
    subj_enc=("iso-8859-1", "B"),
    html=simple_html(paras("""\
Estimado candidato:

Una vez baremados los méritos presentados para la plaza de Coordinador/a del parque
móvil municipal (personal laboral, jornada completa), la comisión de valoración le ha
otorgado 4,25 puntos.

La puntuación mínima para pasar a la entrevista curricular era de 6 puntos, por lo que
lamentamos comunicarle que no continúa en el procedimiento.

Puede presentar alegaciones en el plazo de cinco días hábiles a través de la sede
electrónica o respondiendo a este correo.

Pilar Gago Robles
Negociado de Personal
Ayuntamiento de Fresnedo de la Vega
Plaza Mayor 1 · Tel. 987 31 02 10"""), lang="es"),
    cte="base64",
)

add(
    id="frescored_reject", slug="frescored_excolleague_casual", lang="es",
    company="FrescoRed", contact="dani.merino@frescored.example.es",
    frm=("Dani Merino", "dani.merino@frescored.example.es"),
    date="2026-03-30 21:47 +0200",
    subject="Lo del puesto de dispatcher",
    cte="8bit",
    text="""\
Buenas Joaquín,

Te escribo yo antes de que te llegue el correo frío de RRHH, que para algo fuimos
compañeros en la moto tres años. Al final la plaza de dispatcher del turno de tarde se
la han dado a Vero, que ya llevaba la sala de incidencias. Yo empujé todo lo que pude
por ti, pero no ha colado.

No te rayes, que cuando abran lo de Getafe en otoño te aviso el primero.

Un abrazo,
Dani

--
Daniel Merino · Jefe de turno, sala de operaciones
FrescoRed · Av. de Andalucía 88, 28041 Madrid
""",
)

add(
    id="norte_reject", slug="headhunter_client_unnamed_no", lang="es",
    company="Norte Talento", contact="borja.esteban@nortetalento.example.es",
    frm=("Borja Esteban", "borja.esteban@nortetalento.example.es"),
    date="2026-07-20 16:12 +0200", parent="norte_missed",
    subject="Cierre del proceso - Responsable de Tráfico",
    text="""\
Hola Joaquín:

Te cuento cómo ha quedado el proceso para la posición de Responsable de Tráfico de la
cadena de distribución con la que trabajamos. Al final pudimos hacer la llamada el
lunes y presenté tu perfil junto con otros cuatro.

El cliente ha revisado la terna final y se ha decantado por candidaturas que vienen de
grandes operadores y han gestionado subcontratas. En tu caso me transmiten que les
gustó tu energía, pero echan en falta experiencia coordinando a un equipo.

No descarto volver a llamarte para otros proyectos: el salto de repartidor a
planificación es un perfil que cada vez se mueve más.

Saludos,

Borja Esteban
Senior Consultant · Supply Chain & Logistics
Norte Talento
Paseo de la Castellana 141, planta 9 · 28046 Madrid
+34 91 555 20 87

---
Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su
destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo
elimine. Norte Talento, S.L. trata sus datos conforme al RGPD con la finalidad de
gestionar procesos de selección; puede ejercer sus derechos en privacidad@nortetalento.example.es.
""",
    html=simple_html(paras("""\
Hola Joaquín:

Te cuento cómo ha quedado el proceso para la posición de Responsable de Tráfico de la
cadena de distribución con la que trabajamos. Al final pudimos hacer la llamada el
lunes y presenté tu perfil junto con otros cuatro.

El cliente ha revisado la terna final y se ha decantado por candidaturas que vienen de
grandes operadores y han gestionado subcontratas. En tu caso me transmiten que les
gustó tu energía, pero echan en falta experiencia coordinando a un equipo.

No descarto volver a llamarte para otros proyectos: el salto de repartidor a
planificación es un perfil que cada vez se mueve más.

Saludos,

Borja Esteban
Senior Consultant · Supply Chain & Logistics
Norte Talento
Paseo de la Castellana 141, planta 9 · 28046 Madrid
+34 91 555 20 87""") + """
<p style="font-size:10px;color:#888">Este mensaje y sus anexos son confidenciales y se
dirigen exclusivamente a su destinatario. Si lo ha recibido por error, le rogamos que lo
comunique al remitente y lo elimine. Norte Talento, S.L. trata sus datos conforme al RGPD
con la finalidad de gestionar procesos de selección; puede ejercer sus derechos en
privacidad@nortetalento.example.es.</p>""", lang="es"),
)

_BERNESGA_INVITE = """\
Hola Joaquín:

Nos ha gustado tu candidatura y queremos conocerte. ¿Te vendría bien una entrevista
presencial el jueves 28 de mayo a las 11:00 en nuestras oficinas de Onzonilla? Durará
alrededor de una hora e incluirá un pequeño ejercicio de planificación con un mapa de
rutas.

Confírmame, por favor, si te encaja.

Lorena Díez Fuertes
Técnica de Personas · Logística Bernesga
"""

_BERNESGA_NEW = """\
Hola Joaquín:

Perdona que haya tardado en escribirte después de vernos. Ya hemos terminado con todas
las personas entrevistadas y el puesto se lo vamos a ofrecer a alguien que conocía
nuestro sistema de gestión de almacén desde hace años. Me ha costado, porque tu
ejercicio de planificación fue de los mejores.

Te deseo mucha suerte en lo que venga.

Lorena Díez Fuertes
Técnica de Personas
Logística Bernesga
Polígono Industrial de Onzonilla, parcela 22 · 24231 León
T. 987 80 12 45
"""

_BERNESGA_BLOCK = outlook_block(
    "es", "Lorena Díez Fuertes <lorena.diez@bernesga-logistica.example.es>",
    "lunes, 25 de mayo de 2026 9:12", "Joaquín Herrera-Lindgren <joaquin.hl@example.es>",
    "Entrevista - Planificador/a de rutas (León)",
)

add(
    id="bernesga_reject", slug="bernesga_outlook_chain_quotes_invite", lang="es",
    company="Logística Bernesga", contact="lorena.diez@bernesga-logistica.example.es",
    frm=("Lorena Díez Fuertes", "lorena.diez@bernesga-logistica.example.es"),
    date="2026-06-10 13:55 +0200", parent="bernesga_update",
    subject="RE: Entrevista - Planificador/a de rutas (León)",
    headers=[("Thread-Topic", "Entrevista - Planificador/a de rutas (León)"),
             ("X-MS-Has-Attach", ""), ("Content-Language", "es-ES")],
    text=_BERNESGA_NEW + "\n" + _BERNESGA_BLOCK + _BERNESGA_INVITE,
    html=outlook_html(mso(_BERNESGA_NEW) + '\n<div style="border-top:solid #E1E1E1 1.0pt">'
                      + mso(_BERNESGA_BLOCK) + "</div>\n" + mso(_BERNESGA_INVITE)),
)

add(
    id="campogrande_reject", slug="campogrande_teamtailor_reply_to_human", lang="es",
    company="Envíos Campo Grande", contact="laura.gil@envioscampogrande.example.es",
    frm=("Envíos Campo Grande", "no-reply@teamtailor-mail.com"),
    reply_to=("Laura Gil", "laura.gil@envioscampogrande.example.es"),
    date="2026-01-29 15:20 +0100", headers=AUTO_GENERATED,
    subject="Tu candidatura para Gestor/a de Incidencias y Tráfico",
    text="""\
Hola Joaquín,

Gracias por interesarte en Envíos Campo Grande. Hemos revisado tu candidatura para
Gestor/a de Incidencias y Tráfico y, en esta ocasión, no vamos a continuar con ella.

Si quieres saber en qué podrías reforzar tu perfil, responde a este correo: lo lee
directamente Laura, del equipo de personas, y te contestará en unos días.

Un saludo,
Envíos Campo Grande

Powered by Teamtailor
""",
    html=ats_card(
        "Envíos Campo Grande",
        "Gestor/a de Incidencias y Tráfico",
        paras("""\
Hola Joaquín,

Gracias por interesarte en Envíos Campo Grande. Hemos revisado tu candidatura para
Gestor/a de Incidencias y Tráfico y, en esta ocasión, no vamos a continuar con ella.

Si quieres saber en qué podrías reforzar tu perfil, responde a este correo: lo lee
directamente Laura, del equipo de personas, y te contestará en unos días.

Un saludo,
Envíos Campo Grande"""),
        "Powered by Teamtailor",
        color="#6a1b9a",
    ),
)

add(
    id="charra_reject", slug="despensa_charra_after_trial_day", lang="es",
    company="Supermercados La Despensa Charra", contact="encarna.vicente@despensacharra.example.es",
    frm=("Encarnación Vicente", "encarna.vicente@despensacharra.example.es"),
    name_enc=("iso-8859-1", "Q"),
    date="2026-10-06 18:04 +0200",
    subject="Jornada de prueba en Villares", subj_enc=("iso-8859-1", "B"),
    charset="iso-8859-1", cte="8bit",
    text="""\
Hola, Joaquín:

Quería agradecerte en persona la jornada del martes en la plataforma de Villares. Los
compañeros del muelle me comentaron que te manejaste muy bien con las hojas de carga.

Aun así, después de valorarlo con la dirección, vamos a incorporar a la otra persona que
estuvo a prueba la semana pasada: vive en Salamanca capital y puede cubrir los turnos de
madrugada sin depender del autobús, que era nuestra principal preocupación.

Ojalá encuentres pronto lo que buscas.

Encarnación Vicente
Responsable de RR. HH.
Supermercados La Despensa Charra
Ctra. de Zamora km 4, Villares de la Reina (Salamanca)
""",
)

add(
    id="ibercargo_reject", slug="ibercargo_lever_after_interviews", lang="es",
    company="Ibercargo", contact="",
    frm=("Ibercargo", "no-reply@hire.lever.co"),
    date="2026-09-01 09:44 +0200", parent="ibercargo_move", headers=AUTO_GENERATED,
    subject="Dispatcher - Hub de San Fernando de Henares",
    cte="base64",
    text="""\
Hola Joaquín,

Gracias por el tiempo que has dedicado a conocernos durante el proceso para el puesto
de Dispatcher en el hub de San Fernando de Henares.

Hemos valorado cada conversación con mucho cuidado y, por ahora, no podemos ofrecerte
el puesto. Sabemos que esperar una respuesta así después de varias entrevistas no es
agradable, y te agradecemos la paciencia.

Mucho ánimo con tu búsqueda.

El equipo de Talento de Ibercargo
""",
    html=simple_html(paras("""\
Hola Joaquín,

Gracias por el tiempo que has dedicado a conocernos durante el proceso para el puesto
de Dispatcher en el hub de San Fernando de Henares.

Hemos valorado cada conversación con mucho cuidado y, por ahora, no podemos ofrecerte
el puesto. Sabemos que esperar una respuesta así después de varias entrevistas no es
agradable, y te agradecemos la paciencia.

Mucho ánimo con tu búsqueda.

El equipo de Talento de Ibercargo""") + '\n<p style="color:#999;font-size:11px">Sent with '
        'Lever</p>', lang="es"),
)

add(
    id="meseta_reject", slug="meseta_vacancy_withdrawn", lang="es",
    company="Autocares Meseta", contact="fcalvo@autocaresmeseta.example.es",
    frm=("Fernando Calvo", "fcalvo@autocaresmeseta.example.es"),
    date="2026-02-20 10:02 +0100", parent="meseta_ack",
    subject="Vacante de despacho de conductores",
    text="""\
Hola Joaquín:

Te escribo para cerrar el tema de la vacante de despacho de conductores que publicamos
en enero. La empresa ha firmado su integración en otro grupo de transporte y la
asignación de servicios pasa a hacerse desde su centro de Palencia, de modo que el
puesto aquí desaparece y hemos retirado la oferta.

No tiene nada que ver con tu candidatura, que era de las que más nos cuadraban. Siento
no poder darte mejores noticias.

Fernando Calvo
Gerencia · Autocares Meseta
C/ Hornija 6, 47008 Valladolid · 983 23 67 09
""",
)

_ESGUEVA_THANKS = """\
Hola Beatriz:

Quería daros las gracias a ti y al Dr. Requejo por la entrevista de esta mañana. Me
ayudó mucho ver cómo se asignan los traslados desde la central y me quedo con ganas de
aprender el programa de gestión de ambulancias.

Quedo a la espera de vuestras noticias.

Un saludo,
Joaquín Herrera-Lindgren
"""

_ESGUEVA_NEW = """\
Buenas tardes, Joaquín:

Gracias a ti por tu nota. La comisión se reunió ayer y la puntuación final deja tu
candidatura en tercer lugar. Solo había una plaza, así que no podemos incorporarte en
esta convocatoria. Quedarás en la lista de reserva durante doce meses por si hubiera
una baja o una ampliación de plantilla.

Un saludo cordial,

Beatriz Nieto Sanz
Gestión de Personal · Hospital Clínico del Esgueva
Avda. de Ramón y Cajal 19, 47005 Valladolid
Tel. 983 42 00 00 - ext. 86117
"""

_ESGUEVA_BLOCK = outlook_block(
    "es", "Joaquín Herrera-Lindgren <joaquin.hl@example.es>", "martes, 14 de julio de 2026 19:30",
    "Beatriz Nieto Sanz <beatriz.nieto@hcesgueva.example.es>",
    "Agradecimiento entrevista - Coordinador/a de transporte sanitario",
)

add(
    id="esgueva_reject", slug="esgueva_after_interview_outlook_quote", lang="es",
    company="Hospital Clínico del Esgueva", contact="beatriz.nieto@hcesgueva.example.es",
    frm=("Beatriz Nieto Sanz", "beatriz.nieto@hcesgueva.example.es"),
    date="2026-07-24 14:06 +0200", parent="esgueva_move",
    subject="RE: Agradecimiento entrevista - Coordinador/a de transporte sanitario",
    text=_ESGUEVA_NEW + "\n" + _ESGUEVA_BLOCK + _ESGUEVA_THANKS,
    html=outlook_html(mso(_ESGUEVA_NEW) + "\n" + mso(_ESGUEVA_BLOCK) + "\n"
                      + mso(_ESGUEVA_THANKS)),
)

add(
    id="goticos_reject", slug="campos_goticos_icims_html", lang="es",
    company="Frigoríficos Campos Góticos", contact="",
    frm=("Frigoríficos Campos Góticos", "careers-camposgoticos@icims.com"),
    name_enc=("utf-8", "B"),
    date="2026-09-15 06:30 +0000", parent="goticos_missed", headers=AUTO_GENERATED,
    subject="Estado de su candidatura - Planificador/a de Rutas Refrigeradas (2026-1184)",
    subj_enc=("utf-8", "B"),
    html=ats_card(
        "Frigoríficos Campos Góticos",
        "Estado de su candidatura",
        paras("""\
Estimado/a Joaquín Herrera-Lindgren:

Hemos completado la revisión de las personas candidatas al puesto de Planificador/a de
Rutas Refrigeradas (referencia 2026-1184) en Venta de Baños.

Tras valorar su historial, su candidatura no ha sido seleccionada para continuar en esta
vacante. Le agradecemos sinceramente el interés mostrado en nuestra compañía.

Le invitamos a mantener actualizado su perfil en nuestro portal de empleo.

Departamento de Recursos Humanos
Frigoríficos Campos Góticos"""),
        "Mensaje automático enviado por iCIMS en nombre de Frigoríficos Campos Góticos.",
        color="#00558c",
    ),
    html_charset="windows-1252", html_cte="quoted-printable",
)

# ------------------------------------------------------------------ English

add(
    id="douro_reject", slug="douro_greenhouse_closer_match", lang="en",
    company="Douro Parcel Network", contact="",
    frm=("Douro Parcel Network", "no-reply@greenhouse-mail.io"),
    date="2026-07-28 16:40 +0100", parent="douro_move", headers=AUTO_GENERATED,
    subject="Your application to Douro Parcel Network",
    text="""\
Hi Joaquín,

Thank you for taking the time to speak with our team about the Route Dispatcher
position in Maia.

After careful consideration, we have decided to move forward with candidates whose
experience more closely matches the requirements of the role. This was not an easy
decision, and we genuinely appreciated learning about your years on the road.

We wish you every success in your search.

Best regards,
Talent Acquisition
Douro Parcel Network
""",
    html=simple_html(paras("""\
Hi Joaquín,

Thank you for taking the time to speak with our team about the Route Dispatcher
position in Maia.

After careful consideration, we have decided to move forward with candidates whose
experience more closely matches the requirements of the role. This was not an easy
decision, and we genuinely appreciated learning about your years on the road.

We wish you every success in your search.

Best regards,
Talent Acquisition
Douro Parcel Network""") + '\n<p style="font-size:11px;color:#999">Powered by Greenhouse</p>',
        lang="en"),
)

_INVICTA_THANKS = """\
Dear Rui,

Thank you for the panel interview this morning. I really enjoyed the exercise with the
depot timetable, and hearing how your control room handles breakdowns on the 500 line
made me even more motivated to join.

Kind regards,
Joaquín Herrera-Lindgren
"""

add(
    id="invicta_reject", slug="invicta_after_panel_quotes_thanks", lang="en",
    company="Invicta Mobility", contact="rui.pacheco@invictamobility.example.pt",
    frm=("Rui Pacheco", "rui.pacheco@invictamobility.example.pt"),
    date="2026-05-19 11:15 +0100", parent="invicta_thanks",
    subject="Re: Thank you - Control Room Dispatcher panel",
    text="""\
Hello Joaquín,

Thanks for your kind note, and apologies for the wait. We had a strong shortlist and in
the end the panel chose a candidate who already holds the Portuguese public transport
dispatcher certificate, which lets them start on shifts straight away.

I know this is disappointing after you travelled to Porto for the day. If you decide to
get the certificate, please do get back in touch - I would be glad to hear from you.

All the best,
Rui Pacheco
Operations Control Manager | Invicta Mobility
Rua do Heroísmo 210, 4300-259 Porto
+351 22 340 7781

""" + wrote("en", "Tue, 12 May 2026 at 18:02", CAND[0], CAND[1]) + "\n" + quote(_INVICTA_THANKS),
)

add(
    id="matosinhos_reject", slug="matosinhos_ashby_terse", lang="en",
    company="Matosinhos Last Mile", contact="",
    frm=("Matosinhos Last Mile", "no-reply@ashbyhq.com"),
    date="2026-02-24 09:12 +0000", headers=AUTO_GENERATED,
    subject="Route Dispatcher (Night Shift) - application update",
    html=ats_card(
        "Matosinhos Last Mile",
        "Application update",
        paras("""\
Hi Joaquín,

Thanks for applying to the Route Dispatcher (Night Shift) role. We've reviewed your
application and won't be moving forward at this time.

We'll keep your details on file for future openings.

Matosinhos Last Mile Talent Team"""),
        "Sent via Ashby. Replies to this address are not monitored.",
        color="#111111", lang="en",
    ),
)

add(
    id="atlantic_reject", slug="agency_unnamed_client_declines", lang="en",
    company="Atlantic Staffing Partners", contact="hannah.price@atlanticstaffing.example.pt",
    frm=("Hannah Price", "hannah.price@atlanticstaffing.example.pt"),
    date="2026-03-27 17:58 +0000",
    subject="Feedback from my client - Transport Planner role",
    cte="quoted-printable",
    text="""\
Hi Joaquín,

I heard back from my client this afternoon about the Transport Planner vacancy I put
you forward for. They have decided not to take your application further: they want
someone who can work in Portuguese with the drivers from day one, and your English and
Spanish weren't enough for them on that point.

Personally I think it's their loss. Keep your Portuguese lessons going and let's speak
again in a couple of months - I have other logistics clients around Porto who are more
relaxed about languages.

Best wishes,
Hannah

Hannah Price
Senior Recruitment Consultant - Logistics
Atlantic Staffing Partners
Avenida da Boavista 1837, 4100-133 Porto
+351 91 203 4418
""",
)

add(
    id="gaia_reject", slug="gaia_role_on_hold_reply_to", lang="en",
    company="Gaia Cold Chain", contact="duarte.mendes@gaiacoldchain.example.pt",
    frm=("Gaia Cold Chain Careers", "careers@gaiacoldchain.example.pt"),
    reply_to=("Duarte Mendes", "duarte.mendes@gaiacoldchain.example.pt"),
    date="2026-07-02 10:31 +0100", parent="gaia_cancel",
    subject="Update on the Fleet Dispatcher vacancy",
    text="""\
Dear Joaquín,

I am writing on behalf of Duarte Mendes regarding the Fleet Dispatcher vacancy at our
Vila Nova de Gaia depot.

Following a review of our 2026 budget, the role has been put on hold and we will not
proceed with any of the current applications, including yours. We are sorry to bring
this process to a close after you had already spoken with Duarte.

If you have any questions, simply reply to this email and it will reach Duarte
directly.

Kind regards,
People Team
Gaia Cold Chain
Rua da Pedreira 45, 4400-239 Vila Nova de Gaia
""",
    html=simple_html(paras("""\
Dear Joaquín,

I am writing on behalf of Duarte Mendes regarding the Fleet Dispatcher vacancy at our
Vila Nova de Gaia depot.

Following a review of our 2026 budget, the role has been put on hold and we will not
proceed with any of the current applications, including yours. We are sorry to bring
this process to a close after you had already spoken with Duarte.

If you have any questions, simply reply to this email and it will reach Duarte
directly.

Kind regards,
People Team
Gaia Cold Chain
Rua da Pedreira 45, 4400-239 Vila Nova de Gaia"""), lang="en"),
)

add(
    id="leixoes_reject", slug="leixoes_via_workable_display_name", lang="en",
    company="Leixões Port Services", contact="marta.sousa@leixoesport.example.pt",
    frm=("Marta Sousa via Workable", "noreply@workablemail.com"),
    reply_to=("Marta Sousa", "marta.sousa@leixoesport.example.pt"),
    date="2026-08-25 14:09 +0100", parent="leixoes_move",
    subject="Terminal Dispatcher - Leixões Port Services", subj_enc=("utf-8", "Q"),
    text="""\
Hi Joaquín,

Many thanks for meeting us at the terminal last week and for your patience while we
finished the remaining interviews.

I'm sorry to say we won't be offering you the Terminal Dispatcher position. The deciding
factor was hands-on experience with container yard systems, which the successful
candidate brings from another port.

I've shared your details with Hannah at Atlantic Staffing so she knows where things
stand.

Regards,
Marta Sousa
HR Business Partner | Leixões Port Services
""",
    html=ats_card(
        "Leixões Port Services",
        "Terminal Dispatcher",
        paras("""\
Hi Joaquín,

Many thanks for meeting us at the terminal last week and for your patience while we
finished the remaining interviews.

I'm sorry to say we won't be offering you the Terminal Dispatcher position. The deciding
factor was hands-on experience with container yard systems, which the successful
candidate brings from another port.

I've shared your details with Hannah at Atlantic Staffing so she knows where things
stand.

Regards,
Marta Sousa
HR Business Partner | Leixões Port Services"""),
        "Sent with Workable. Reply to this email to contact Marta Sousa.",
        color="#0d47a1", lang="en",
    ),
)

add(
    id="clerigos_reject", slug="clerigos_casual_bad_news", lang="en",
    company="Clérigos Couriers", contact="nuno@clerigoscouriers.example.pt",
    frm=("Nuno Teixeira", "nuno@clerigoscouriers.example.pt"),
    date="2026-05-06 19:22 +0100", parent="clerigos_missed",
    subject="dispatcher job",
    text="""\
Hey Joaquín,

Bad news from our side, I'm afraid. After we finally had our call on Monday I talked it
over with my partner and we're giving the dispatcher job to one of our own riders who
has been covering the radio on Saturdays. Felt unfair to bring someone in over him.

Really liked chatting with you though. If you're ever back in Porto for a weekend, the
coffee's on me.

Cheers,
Nuno
Clérigos Couriers
""",
)

_BOAVISTA_MOVE = """\
Dear Joaquín,

Due to an emergency in the transport office, Dr Faria cannot be on the panel on
Wednesday. Could we move your interview to Friday 11 September at 14:30, same room?

Best regards,
Catarina
"""

_BOAVISTA_NEW = """\
Dear Joaquín,

Thank you for coming in on Friday and for adapting to the new time.

I'm sorry to let you know that we will not be offering you the Patient Transport
Coordinator post. The panel felt that your logistics experience is promising, but the
post needs someone with clinical triage training for the 24/7 desk.

We will hold your application on file for the non-clinical roles we expect to open in
the new year.

With best wishes,

Catarina Lopes
Recruitment Officer
Boavista General Hospital | Human Resources
Rua de Gonçalo Cristóvão 400, 4000-263 Porto
T +351 22 601 5590

CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for the named
recipient and may contain confidential information. If you are not the intended
recipient, please notify the sender and delete it.
"""

_BOAVISTA_BLOCK = outlook_block(
    "en", "Catarina Lopes <catarina.lopes@boavistahospital.example.pt>",
    "Monday, 7 September 2026 10:04", "Joaquín Herrera-Lindgren <joaquin.hl@example.es>",
    "Interview - Patient Transport Coordinator",
)

add(
    id="boavista_reject", slug="boavista_outlook_quotes_reschedule", lang="en",
    company="Boavista General Hospital", contact="catarina.lopes@boavistahospital.example.pt",
    frm=("Catarina Lopes", "catarina.lopes@boavistahospital.example.pt"),
    date="2026-09-16 12:48 +0100",
    subject="RE: Interview - Patient Transport Coordinator",
    text=_BOAVISTA_NEW + "\n" + _BOAVISTA_BLOCK + _BOAVISTA_MOVE,
    html=outlook_html(mso(_BOAVISTA_NEW) + "\n" + mso(_BOAVISTA_BLOCK) + "\n"
                      + mso(_BOAVISTA_MOVE), lang="EN-GB"),
)

# ------------------------------------------------------------------ French

add(
    id="nive_reject", slug="nive_adour_other_profile", lang="fr",
    company="Clinique Nive-Adour", contact="s.lacoste@nive-adour.example.fr",
    frm=("Sandrine Lacoste", "s.lacoste@nive-adour.example.fr"),
    date="2026-07-08 16:44 +0200", parent="nive_move",
    subject="Suite à votre entretien - Régulateur/trice des transports patients",
    subj_enc=("iso-8859-1", "Q"),
    charset="iso-8859-1", cte="quoted-printable",
    text="""\
Bonjour Monsieur Herrera-Lindgren,

Je reviens vers vous après notre entretien du 30 juin pour le poste de régulateur des
transports patients.

Notre choix s'est finalement porté sur une personne déjà formée à notre logiciel de
régulation et disponible immédiatement pour les gardes de nuit. Je suis sincèrement
désolée de ne pas pouvoir vous donner une réponse favorable.

Votre parcours de coursier nous a beaucoup intéressés et je me permets de conserver
votre dossier pour de futurs besoins.

Bien cordialement,

Sandrine Lacoste
Responsable des ressources humaines
Clinique Nive-Adour
12 allée des Platanes, 64100 Bayonne
05 59 44 18 20
""",
)

add(
    id="biscaye_reject", slug="interim_relays_biscaye_refusal", lang="fr",
    company="Biscaye Distribution", contact="julien.harriet@interim-atlantique.example.fr",
    frm=("Julien Harriet", "julien.harriet@interim-atlantique.example.fr"),
    date="2026-09-04 11:26 +0200", parent="biscaye_invite",
    subject="Retour de Biscaye Distribution",
    text="""\
Bonjour Joaquín,

J'ai eu ce matin le responsable d'exploitation de Biscaye Distribution au téléphone.
Ils ont apprécié l'échange de mardi, mais ils ne donneront pas suite à votre candidature
pour le poste d'agent d'exploitation : ils cherchent quelqu'un qui connaît déjà les
tournées de la côte basque et qui parle basque avec une partie de la clientèle.

Je reste sur d'autres missions pour vous et je vous appelle dès que j'ai du nouveau.

Julien Harriet
Chargé de recrutement
Intérim Atlantique - Agence de Bayonne
8 rue Thiers, 64100 Bayonne
06 71 22 48 90
""",
    html=simple_html(paras("""\
Bonjour Joaquín,

J'ai eu ce matin le responsable d'exploitation de Biscaye Distribution au téléphone.
Ils ont apprécié l'échange de mardi, mais ils ne donneront pas suite à votre candidature
pour le poste d'agent d'exploitation : ils cherchent quelqu'un qui connaît déjà les
tournées de la côte basque et qui parle basque avec une partie de la clientèle.

Je reste sur d'autres missions pour vous et je vous appelle dès que j'ai du nouveau.

Julien Harriet
Chargé de recrutement
Intérim Atlantique - Agence de Bayonne
8 rue Thiers, 64100 Bayonne
06 71 22 48 90"""), lang="fr"),
)

add(
    id="abaran_reject", slug="mairie_filled_internally_html", lang="fr",
    company="Mairie de Saint-Abaran", contact="c.duhalde@saint-abaran.example.fr",
    frm=("Claire Duhalde", "c.duhalde@saint-abaran.example.fr"),
    date="2026-10-01 09:05 +0200",
    subject="Votre candidature au poste de coordinateur de la flotte municipale",
    html=simple_html(paras("""\
Monsieur,

Vous avez adressé votre candidature au poste de coordinateur de la flotte municipale et
des livraisons internes, et nous vous en remercions.

Nous vous informons que ce poste a été pourvu par voie de mobilité interne, un agent de
nos services techniques ayant souhaité évoluer vers ces fonctions. La procédure de
recrutement externe est donc close.

Nous vous prions d'agréer, Monsieur, l'expression de nos salutations distinguées.

Claire Duhalde
Service des ressources humaines
Mairie de Saint-Abaran
Place de la République, 64990 Saint-Abaran
Tél. 05 59 42 07 70"""), lang="fr"),
    html_charset="windows-1252", html_cte="quoted-printable",
)

# ------------------------------------------------------------------ German

_FRANKEN_THANKS = """\
Sehr geehrte Frau Vogler,

vielen Dank für das freundliche Gespräch heute und die Führung durch die Disposition.
Besonders spannend fand ich, wie Sie die Touren nach Fürth und Erlangen am Morgen neu
verteilen. Ich würde sehr gern Teil Ihres Teams werden.

Mit freundlichen Grüßen
Joaquín Herrera-Lindgren
"""

add(
    id="t3_reject", slug="frankenlog_after_interview_quotes_thanks", lang="de",
    company="Frankenlog", contact="katrin.vogler@frankenlog.example.de",
    frm=("Katrin Vogler", "katrin.vogler@frankenlog.example.de"),
    date="2026-05-08 10:50 +0200", parent="t3_thanks",
    subject="AW: Vielen Dank für das Gespräch", subj_enc=("utf-8", "Q"),
    text="""\
Sehr geehrter Herr Herrera-Lindgren,

herzlichen Dank für Ihre freundliche Nachricht und Ihr Interesse an Frankenlog.

Nach reiflicher Überlegung haben wir uns entschieden, die Stelle als Disponent (m/w/d)
mit einer Bewerberin zu besetzen, die bereits mehrere Jahre in einer Paketdisposition
gearbeitet hat und fließend Deutsch mit unseren Subunternehmern spricht. Diese
Entscheidung ist uns nicht leichtgefallen.

Wir wünschen Ihnen für Ihren weiteren Weg alles Gute.

Mit freundlichen Grüßen

Katrin Vogler
Personalreferentin
Frankenlog GmbH
Hafenstraße 58, 90451 Nürnberg
Tel. +49 911 64 09 2210

Frankenlog GmbH · Sitz Nürnberg · Amtsgericht Nürnberg HRB 40112
Geschäftsführer: Markus Endres

""" + wrote("de", "Do., 30. Apr. 2026 um 17:40", CAND[0], CAND[1]) + "\n" + quote(_FRANKEN_THANKS),
)

add(
    id="klinikum_reject", slug="klinikum_successfactors_card", lang="de",
    company="Klinikum Pegnitzgrund", contact="",
    frm=("Klinikum Pegnitzgrund", "noreply@successfactors.eu"),
    date="2026-09-18 07:45 +0000", parent="klinikum_invite", headers=AUTO_GENERATED,
    subject="Ihre Bewerbung als Disponent Patiententransport (m/w/d), Ref. 7731",
    text="""\
Sehr geehrter Herr Herrera-Lindgren,

wir danken Ihnen für die Teilnahme an unserem Auswahltag für die Position Disponent
Patiententransport (m/w/d).

Leider müssen wir Ihnen mitteilen, dass wir Sie bei der Besetzung dieser Stelle nicht
berücksichtigen können. Ihre Unterlagen werden gemäß unseren Datenschutzhinweisen nach
sechs Monaten gelöscht.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Klinikum Pegnitzgrund

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.
""",
    html=ats_card(
        "Klinikum Pegnitzgrund · Karriere",
        "Ihre Bewerbung",
        paras("""\
Sehr geehrter Herr Herrera-Lindgren,

wir danken Ihnen für die Teilnahme an unserem Auswahltag für die Position Disponent
Patiententransport (m/w/d).

Leider müssen wir Ihnen mitteilen, dass wir Sie bei der Besetzung dieser Stelle nicht
berücksichtigen können. Ihre Unterlagen werden gemäß unseren Datenschutzhinweisen nach
sechs Monaten gelöscht.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Klinikum Pegnitzgrund"""),
        "Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.",
        color="#005f6b", lang="de",
    ),
)

add(
    id="frischeland_reject", slug="zeitarbeit_relays_frischeland_no", lang="de",
    company="Markt Frischeland", contact="sabine.kroener@noris-personal.example.de",
    frm=("Sabine Kröner", "sabine.kroener@noris-personal.example.de"),
    name_enc=("iso-8859-1", "Q"),
    date="2026-10-15 15:33 +0200", parent="noris_ack",
    subject="Rückmeldung Markt Frischeland – Tourendisposition",
    subj_enc=("windows-1252", "B"),
    charset="windows-1252", cte="8bit",
    text="""\
Hallo Herr Herrera-Lindgren,

kurze Rückmeldung zu Markt Frischeland: Der Kunde hat sich gegen Sie entschieden. Die
Marktleitung möchte für die Tourendisposition im Zentrallager Langwasser jemanden, der
schon mit SAP EWM gearbeitet hat – das war am Ende ausschlaggebend.

Ich bleibe für Sie dran und melde mich, sobald ich etwas Passendes im Raum Nürnberg/Fürth
habe.

Viele Grüße
Sabine Kröner
Personaldisponentin
Noris Personaldienste GmbH
Allersberger Straße 120, 90461 Nürnberg
Tel. 0911 47 11 305
""",
)

