# ruff: noqa
"""Corpus 221, hand-written: 26 interview invitations, 15 reschedules/cancellations and
10 missed-interview notices."""

from msgs221_common import (CAND, CAND_ADDR, ats_card, body, ics, outlook_block, outlook_html,
                            quote, simple_html, wrote)
from msgs221_rejections import GDC_ORIG

MESSAGES: list[dict] = []
add = MESSAGES.append

IKB = ("Amaia Zubiri", "amaia.zubiri@ikerbank.example.es")
IKB_DISCLAIMER = """
    ---
    Ikerbank. Este mensaje puede contener información confidencial. Si usted no es el
    destinatario, le rogamos que lo comunique al remitente y lo borre. Ikerbank trata sus datos
    para gestionar el proceso de selección; más información en ikerbank.example.es/privacidad.
    """

# =============================================================================================
# interview_invitation (26)
# =============================================================================================

IKB_INV = """
    Hola Yusuf:

    Gracias por tu candidatura a Analista SOC Nivel 1 en Ikerbank. Nos ha gustado tu perfil y
    queremos conocerte en una entrevista con el panel del Centro de Ciberseguridad: Jon
    Arregi (responsable del SOC), Itziar Mendizabal (respuesta a incidentes) y yo misma.

    Fecha: jueves 12 de febrero de 2026
    Hora: 10:00 a 11:00
    Lugar: Ikerbank, Gran Vía 30, 48009 Bilbao - planta 6, sala Artxanda
    Trae el DNI para acceder por el control de seguridad (¡esto te sonará!).

    Te adjunto la convocatoria para tu calendario. Si no te encaja la hora, dímelo y buscamos
    otra.

    Un saludo,

    Amaia Zubiri
    Técnica de Selección · Personas y Cultura
    Ikerbank · Gran Vía 30, 48009 Bilbao
    Tel. +34 944 555 301
    """

add(dict(
    kind="interview_invitation", name="ikerbank_panel_calendar", lang="es", id="ikb_inv",
    company="Ikerbank", contact="amaia.zubiri@ikerbank.example.es",
    frm=IKB,
    subject="Convocatoria: entrevista panel - Analista SOC Nivel 1",
    date="2026-02-03 09:15 +0100", reply_of="ikb_ack",
    text=body(IKB_INV) + "\n" + body(IKB_DISCLAIMER),
    html=outlook_html(body(IKB_INV) + "\n" + body(IKB_DISCLAIMER)),
    cte="quoted-printable",
    attach=[ics("REQUEST", "ikb-soc-panel-0212@ikerbank.example.es", "2026-02-12 10:00",
                "2026-02-12 11:00", "Entrevista panel - Analista SOC N1 (Yusuf Brennan-Castaño)",
                IKB, stamp="2026-02-03 08:15",
                location="Ikerbank, Gran Vía 30, Bilbao - sala Artxanda",
                description="Entrevista con el panel del Centro de Ciberseguridad.")],
))

add(dict(
    kind="interview_invitation", name="centinela_phone_screen", lang="es", id="cen_inv",
    company="Centinela Ciberdefensa", contact="lucia.ferrer@centinela.example.es",
    frm=("Lucía Ferrer", "lucia.ferrer@centinela.example.es"),
    subject="Llamada de preselección - Analista SOC L1 (Madrid)",
    date="2026-02-12 12:30 +0100",
    text="""
    Hola Yusuf,

    Soy Lucía, de selección en Centinela Ciberdefensa. He visto tu candidatura para Analista SOC
    L1 en nuestro centro de Madrid y me gustaría hacerte una primera llamada de unos 20 minutos
    para conocerte y contarte cómo son los turnos.

    ¿Te viene bien el jueves 19 de febrero a las 10:00? Te llamaría al móvil que indicas en el
    CV (+34 6XX XXX 412). Si prefieres otra hora esa semana, dime.

    Gracias,
    Lucía Ferrer
    Talent Acquisition · Centinela Ciberdefensa
    Calle de Orense 14, 28020 Madrid · +34 910 555 318
    """,
    cte="8bit",
))

add(dict(
    kind="interview_invitation", name="agency_sets_aceros_nervion", lang="es", id="nt_acer_inv",
    company="Aceros Nervión", contact="garazi.olabarria@nortetalento.example.es",
    frm=("Garazi Olabarria | Norte Talento", "garazi.olabarria@nortetalento.example.es"),
    subject="Entrevista con Aceros Nervión el martes 3",
    date="2026-01-26 16:20 +0100", reply_of="nt_reg",
    text="""
    Hola Yusuf,

    ¡Buenas noticias! Aceros Nervión quiere verte para el puesto de técnico de monitorización de
    seguridad en su planta de Sestao. Te he cerrado esta cita con ellos:

    - Martes 3 de febrero, 9:00
    - Planta de Sestao, edificio de oficinas (pregunta en portería por Josu Eguren, jefe de
      sistemas industriales)
    - Duración aproximada: 45 minutos, con visita a la sala de control

    Lleva ropa cómoda y calzado cerrado por si hacéis la visita. Confírmame que te va bien y te
    paso un par de consejos sobre lo que suelen preguntar.

    Garazi Olabarria
    Consultora de selección IT
    Norte Talento ETT - Alameda Mazarredo 41, 48009 Bilbao
    T. +34 944 555 207
    """,
    html=simple_html("""
    Hola Yusuf,

    ¡Buenas noticias! Aceros Nervión quiere verte para el puesto de técnico de monitorización de
    seguridad en su planta de Sestao. Te he cerrado esta cita con ellos:

    - Martes 3 de febrero, 9:00
    - Planta de Sestao, edificio de oficinas (pregunta en portería por Josu Eguren, jefe de
      sistemas industriales)
    - Duración aproximada: 45 minutos, con visita a la sala de control

    Lleva ropa cómoda y calzado cerrado por si hacéis la visita. Confírmame que te va bien y te
    paso un par de consejos sobre lo que suelen preguntar.

    Garazi Olabarria
    Consultora de selección IT
    Norte Talento ETT - Alameda Mazarredo 41, 48009 Bilbao
    T. +34 944 555 207
    """),
    cte="quoted-printable",
))

add(dict(
    kind="interview_invitation", name="bidasoa_trial_day", lang="es", id="bid_inv",
    company="Bidasoa Energía", contact="maite.arrieta@bidasoaenergia.example.es",
    frm=("Maite Arrieta", "maite.arrieta@bidasoaenergia.example.es"),
    subject="Jornada de prueba - Analista de Seguridad OT/IT",
    date="2026-03-02 11:05 +0100", reply_of="bid_ack",
    text="""
    Egun on Yusuf,

    Después de revisar tu candidatura, nos gustaría invitarte a una jornada de prueba en
    Bidasoa Energía para la vacante de Analista de Seguridad OT/IT. La idea es que pases un día
    con el equipo: por la mañana en el centro de control de Irun, revisando alertas reales con
    Eneko, y por la tarde en la subestación de Behobia para ver la parte física.

    Fecha propuesta: jueves 12 de marzo, de 8:30 a 16:30 (la comida corre de nuestra cuenta).
    Punto de encuentro: recepción de Avenida de Navarra 9, Irun.

    Necesitamos que nos confirmes antes del viernes para tramitar el acceso a la subestación.

    Un saludo,

    Maite Arrieta Zabala
    Personas y Organización | Bidasoa Energía
    Avenida de Navarra 9, 20301 Irun · 943 555 420
    """,
    html=outlook_html("""
    Egun on Yusuf,

    Después de revisar tu candidatura, nos gustaría invitarte a una jornada de prueba en
    Bidasoa Energía para la vacante de Analista de Seguridad OT/IT. La idea es que pases un día
    con el equipo: por la mañana en el centro de control de Irun, revisando alertas reales con
    Eneko, y por la tarde en la subestación de Behobia para ver la parte física.

    Fecha propuesta: jueves 12 de marzo, de 8:30 a 16:30 (la comida corre de nuestra cuenta).
    Punto de encuentro: recepción de Avenida de Navarra 9, Irun.

    Necesitamos que nos confirmes antes del viernes para tramitar el acceso a la subestación.

    Un saludo,

    Maite Arrieta Zabala
    Personas y Organización | Bidasoa Energía
    Avenida de Navarra 9, 20301 Irun · 943 555 420
    """),
    cte="base64",
))

add(dict(
    kind="interview_invitation", name="instituto_foral_assessment", lang="es", id="if_inv",
    company="Instituto Foral de Ciberseguridad", contact="seleccion@ifcnavarra.example.es",
    frm=("Instituto Foral de Ciberseguridad - Selección", "seleccion@ifcnavarra.example.es"),
    frm_enc=("iso-8859-1", "q"),
    to=CAND, to_enc=("iso-8859-1", "q"),
    subject="Convocatoria a la prueba práctica - Convocatoria 04/2026",
    subject_enc=("iso-8859-1", "b"),
    date="2026-06-01 10:00 +0200", reply_of="if_ack",
    text="""
    Estimado Sr. Brennan-Castaño:

    Una vez publicada la lista definitiva de personas admitidas en la convocatoria 04/2026
    (Técnico/a de centro de operaciones de seguridad), se le convoca a la prueba práctica:

      Día: lunes, 15 de junio de 2026
      Hora de llamamiento: 9:00 (la prueba dura 3 horas)
      Lugar: Aulario del Instituto, Avenida de Carlos III 22, Pamplona-Iruña, aula 2.04

    La prueba consistirá en la resolución de dos supuestos prácticos de análisis de eventos de
    seguridad y en un ejercicio de redacción de informe de incidente. Deberá presentar el DNI
    original. No se permitirá el uso de dispositivos electrónicos propios.

    Atentamente,

    Unidad de Selección
    Instituto Foral de Ciberseguridad
    Tel. 948 555 610
    """,
    charset="iso-8859-1", cte="8bit",
))

add(dict(
    kind="interview_invitation", name="kantauri_casual_thursday", lang="es", id="kan_inv",
    company="Kantauri Sistemas", contact="ander.goikoetxea@kantauri.example.es",
    frm=("Ander Goikoetxea", "ander.goikoetxea@kantauri.example.es"),
    subject="¿charlamos el jueves?", subject_enc=("utf-8", "q"),
    date="2026-05-19 18:02 +0200", reply_of="kan_ack",
    text="""
    Hola Yusuf!

    Ander, del SOC de Kantauri. Me ha pasado tu CV Ainhoa de RRHH y me ha hecho gracia lo de
    las rondas nocturnas y los informes de incidencias; es más parecido a lo nuestro de lo que
    parece.

    ¿Estás libre el jueves a las 17:00 para charlar media hora por Teams? Nada formal, solo
    para conocernos y ver si encaja. Te paso el enlace:
    https://teams.example.com/l/meetup-join/kantauri-soc-yusuf

    Si no te va bien el jueves, proponme tú.

    Ander
    """,
    cte="8bit",
))

CR_INV = """
    Buenos días, Yusuf:

    Te escribo para convocarte a la entrevista para la plaza de analista SOC N1 de Caja Ribera.
    Será por Microsoft Teams con Javier Goñi, responsable de Seguridad Operativa, y conmigo.

    Martes 16 de junio, de 10:00 a 11:00. En la invitación adjunta tienes el enlace. La segunda
    mitad será un pequeño caso práctico sobre alertas de fraude, no hace falta que prepares
    nada.

    Un saludo cordial,

    Nerea Etxarri Lizarraga
    Selección y Desarrollo · Caja Ribera
    Plaza del Castillo 8, 31001 Pamplona · Tel. 948 555 190

    AVISO LEGAL: La información contenida en este mensaje es confidencial y está dirigida
    exclusivamente a su destinatario. Si lo ha recibido por error, le rogamos que lo comunique
    al remitente y lo elimine. Caja Ribera, Sociedad Cooperativa de Crédito.
    """
CR = ("Nerea Etxarri", "nerea.etxarri@cajaribera.example.es")

add(dict(
    kind="interview_invitation", name="caja_ribera_teams_calendar", lang="es", id="cr_inv",
    company="Caja Ribera", contact="nerea.etxarri@cajaribera.example.es",
    frm=CR,
    subject="Entrevista Analista SOC N1 - Caja Ribera",
    date="2026-06-09 08:44 +0200", reply_of="cr_ack",
    text=CR_INV,
    html=outlook_html(CR_INV),
    cte="quoted-printable",
    attach=[ics("REQUEST", "040000008200E00074C5B7101A82E008-cr-0616", "2026-06-16 10:00",
                "2026-06-16 11:00", "Entrevista Analista SOC N1 - Yusuf Brennan-Castaño", CR,
                stamp="2026-06-09 06:44", location="Reunión de Microsoft Teams",
                description="Unirse a la reunión: https://teams.example.com/l/meetup-join/cr-soc-0616")],
))

add(dict(
    kind="interview_invitation", name="telcantabrico_teamtailor_link", lang="es", id="tel_inv",
    company="Telcantábrico", contact="ruben.saiz@telcantabrico.example.es",
    frm=("Telcantábrico", "no-reply@teamtailor-mail.com"),
    reply_to=("Rubén Saiz", "ruben.saiz@telcantabrico.example.es"),
    subject="Rubén te invita a reservar una videollamada - Técnico NOC/SOC",
    date="2026-07-06 10:31 +0200",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""
    Hola Yusuf,

    Rubén Saiz te ha invitado a una videollamada de 30 minutos para la posición Técnico NOC/SOC
    (Bilbao).

    Elige el hueco que mejor te venga entre el 9 y el 14 de julio:
    https://telcantabrico.teamtailor.example.com/meetings/8c21f0/book

    Una vez reserves, recibirás el enlace de la videollamada y un recordatorio.

    ¡Hasta pronto!
    Equipo de Personas de Telcantábrico
    """,
    html=ats_card("""
    Hola Yusuf,

    Rubén Saiz te ha invitado a una videollamada de 30 minutos para la posición Técnico NOC/SOC
    (Bilbao).

    Elige el hueco que mejor te venga entre el 9 y el 14 de julio.

    Una vez reserves, recibirás el enlace de la videollamada y un recordatorio.

    ¡Hasta pronto!
    Equipo de Personas de Telcantábrico
    """, "Telcantábrico", "#e4572e",
        button=("Reservar videollamada",
                "https://telcantabrico.teamtailor.example.com/meetings/8c21f0/book"),
        footer="Enviado con Teamtailor"),
    cte="quoted-printable",
))

add(dict(
    kind="interview_invitation", name="headhunter_nervion_seguros", lang="es", id="ol_inv",
    company="Nervión Seguros", contact="inigo.ortuzar@ortuzarlasa.example.es",
    frm=("Íñigo Ortuzar", "inigo.ortuzar@ortuzarlasa.example.es"),
    cc=[("Amets Lasa", "amets.lasa@ortuzarlasa.example.es")],
    subject="Nervión Seguros: entrevista con su CISO",
    date="2026-03-17 19:10 +0100",
    text="""
    Yusuf, buenas tardes:

    Tal como hablamos por teléfono, Nervión Seguros quiere entrevistarte para la posición de
    analista de seguridad que están creando dentro de su equipo de riesgos. La entrevista sería
    con Begoña Rekalde, su CISO:

    Martes 24 de marzo a las 16:00
    Nervión Seguros, Alameda de Recalde 27, 48009 Bilbao (3ª planta)

    Es una conversación de una hora, bastante abierta. Le interesa mucho tu visión de la
    seguridad física y cómo la conectas con la lógica. Te llamo el lunes para prepararla.

    Un saludo,

    Íñigo Ortuzar
    Socio · Ortuzar & Lasa Executive Search
    Gran Vía 19, 5º, 48001 Bilbao · +34 944 555 961
    """,
    cte="8bit",
))

add(dict(
    kind="interview_invitation", name="gipuzkoa_dc_video", lang="es", id="gdc_inv",
    company="Gipuzkoa Datacenter", contact="oihane.lasa@gipuzkoadc.example.es",
    frm=("Oihane Lasa", "oihane.lasa@gipuzkoadc.example.es"),
    subject="Entrevista operador de seguridad CPD",
    date="2026-08-20 13:48 +0200",
    text="""
    Hola Yusuf,

    Soy Oihane Lasa, responsable de Personas de Gipuzkoa Datacenter. Hemos leído tu candidatura
    para el puesto de operador de seguridad del CPD y nos gustaría entrevistarte por Teams.

    ¿Te va bien el jueves 27 de agosto a las 10:00? Estaremos Gorka, el jefe de operaciones, y
    yo. Serán unos 45 minutos.

    Enlace: https://teams.example.com/l/meetup-join/gdc-operador-seg

    Un saludo,
    Oihane Lasa
    Responsable de Personas
    Gipuzkoa Datacenter · Parque Tecnológico de Miramón, 20014 Donostia
    Tel. +34 943 555 774
    """,
    charset="iso-8859-1", cte="quoted-printable",
))

add(dict(
    kind="interview_invitation", name="ciberguard_onsite", lang="es", id="cg_inv",
    company="Ciberguard Iberia", contact="marta.llorente@ciberguard.example.es",
    frm=("Marta Llorente", "marta.llorente@ciberguard.example.es"),
    subject="Entrevista técnica Analista SOC - Ciberguard Iberia",
    date="2026-03-11 12:12 +0100", reply_of="cg_ack",
    text="""
    Hola Yusuf:

    Te confirmamos la entrevista técnica para el puesto de Analista SOC en nuestras oficinas de
    Madrid:

    · Miércoles 18 de marzo de 2026, 11:30 h
    · Calle Albasanz 71, 28037 Madrid (metro Suanzes). Pregunta en recepción por Dani Morcillo.
    · Duración: 1 h 15 min, incluye un ejercicio en una consola SIEM de pruebas.

    Entendemos que vienes desde Bilbao: si necesitas que la hagamos a primera hora de la tarde
    para cuadrar el tren, dínoslo.

    Un saludo,
    Marta Llorente
    People Partner · Ciberguard Iberia
    """,
    html=simple_html("""
    Hola Yusuf:

    Te confirmamos la entrevista técnica para el puesto de Analista SOC en nuestras oficinas de
    Madrid:

    · Miércoles 18 de marzo de 2026, 11:30 h
    · Calle Albasanz 71, 28037 Madrid (metro Suanzes). Pregunta en recepción por Dani Morcillo.
    · Duración: 1 h 15 min, incluye un ejercicio en una consola SIEM de pruebas.

    Entendemos que vienes desde Bilbao: si necesitas que la hagamos a primera hora de la tarde
    para cuadrar el tren, dínoslo.

    Un saludo,
    Marta Llorente
    People Partner · Ciberguard Iberia
    """),
    cte="8bit",
))

add(dict(
    kind="interview_invitation", name="seguridad_abra_tech_test", lang="es", id="sa_inv",
    company="Seguridad Abra", contact="asier.barrenetxea@seguridadabra.example.es",
    frm=("Asier Barrenetxea", "asier.barrenetxea@seguridadabra.example.es"),
    subject="Prueba técnica presencial - Analista N1",
    date="2026-09-07 09:40 +0200",
    text="""
    Buenos días, Yusuf:

    Tu candidatura para Analista N1 ha pasado el primer filtro y queremos que hagas la prueba
    técnica en nuestras oficinas:

    Martes 22 de septiembre, de 9:00 a 12:00
    Muelle de Tomás Olabarri 4, Getxo (junto al Puente Colgante)

    Serán dos ejercicios sobre un entorno de laboratorio: análisis de un correo sospechoso y
    revisión de una captura de tráfico. Puedes traer tus apuntes en papel. Al terminar,
    charlaremos veinte minutos con el equipo.

    Confírmame la asistencia, por favor.

    Asier Barrenetxea
    Jefe de Servicio SOC · Seguridad Abra
    Tel. 944 555 118
    """,
    charset="iso-8859-1", cte="quoted-printable",
))

NDC_INV = """
    Hola Yusuf,

    Te escribo de Navarra Datacenter. Queremos hacerte una primera entrevista telefónica para la
    vacante de Técnico/a de Seguridad 24x7 en nuestro centro de Noáin.

    Te propongo el viernes 7 de agosto a las 11:00. Te llamará Leire al número de tu CV; la
    llamada dura unos 25 minutos.

    Un saludo,
    Leire Sanz
    Selección · Navarra Datacenter
    """

add(dict(
    kind="interview_invitation", name="navarra_dc_phone_html_only", lang="es", id="ndc_inv",
    company="Navarra Datacenter", contact="leire.sanz@navarradc.example.es",
    frm=("Leire Sanz", "leire.sanz@navarradc.example.es"),
    subject="Entrevista telefónica - Técnico/a de Seguridad 24x7",
    date="2026-08-03 10:25 +0200",
    html=outlook_html(NDC_INV),
    html_cte="quoted-printable",
))

add(dict(
    kind="interview_invitation", name="zeltia_office_interview", lang="es", id="zel_inv",
    company="Zeltia Temporal", contact="sonia.prieto@zeltiatemporal.example.es",
    frm=("Sonia Prieto", "sonia.prieto@zeltiatemporal.example.es"),
    subject="Cita en Zeltia - entrevista para operador de ciberseguridad",
    date="2026-06-29 12:40 +0200", reply_of="zel_reg",
    text="""
    Hola Yusuf,

    Tenemos una oferta de operador/a de ciberseguridad para una empresa cliente y tu perfil
    encaja. Antes de presentarte necesito hacerte una entrevista en nuestra oficina:

    Jueves 2 de julio a las 10:30
    Zeltia Temporal ETT, Calle Elcano 12, 48008 Bilbao

    Trae el DNI, el CV actualizado y, si los tienes, los certificados de los cursos que has hecho.

    Saludos,
    Sonia Prieto
    Técnica de selección · Zeltia Temporal ETT
    944 555 733
    """,
    charset="windows-1252", cte="8bit",
))

# --- English invitations -----------------------------------------------------------------------

add(dict(
    kind="interview_invitation", name="harbourline_greenhouse_scheduling", lang="en",
    id="hbl_inv", company="Harbourline Security",
    contact="niamh.kavanagh@harbourline.example.ie",
    frm=("Niamh Kavanagh via Greenhouse", "no-reply@greenhouse-mail.io"),
    reply_to=("Niamh Kavanagh", "niamh.kavanagh@harbourline.example.ie"),
    to=CAND_ADDR,
    subject="Interview availability - Tier 1 SOC Analyst at Harbourline Security",
    date="2026-01-22 11:07 +0000", reply_of="hbl_ack",
    text="""
    Hi Yusuf,

    Thanks for applying to Harbourline Security! We'd like to invite you to a 45-minute video
    interview for the Tier 1 SOC Analyst role with me and Ronan Daly, one of our shift leads.

    Please choose a time that suits you using the link below (all times shown in your local
    time zone):

    https://app.greenhouse.example.io/scheduling/harbourline/7f3a9c

    Looking forward to speaking with you.

    Niamh Kavanagh
    Talent Acquisition, Harbourline Security
    """,
    html=ats_card("""
    Hi Yusuf,

    Thanks for applying to Harbourline Security! We'd like to invite you to a 45-minute video
    interview for the Tier 1 SOC Analyst role with me and Ronan Daly, one of our shift leads.

    Please choose a time that suits you using the button below (all times shown in your local
    time zone).

    Looking forward to speaking with you.

    Niamh Kavanagh
    Talent Acquisition, Harbourline Security
    """, "Harbourline Security", "#0e7490",
        button=("Select a time", "https://app.greenhouse.example.io/scheduling/harbourline/7f3a9c")),
))

add(dict(
    kind="interview_invitation", name="liffey_recruiter_call_ask", lang="en", id="lm_inv",
    company="Liffey Mutual", contact="declan.moran@liffeymutual.example.ie",
    frm=("Declan Moran", "declan.moran@liffeymutual.example.ie"),
    subject="Security Operations Analyst - quick call?",
    date="2026-03-12 14:50 +0000", reply_of="lm_ack",
    text="""
    Hi Yusuf,

    I'm the recruiter looking after the Security Operations Analyst role here at Liffey Mutual.
    Your application stood out - not many applicants have run a control room.

    Would you have 20 minutes for an introductory phone call on Monday 16 March? I'm free
    between 09:30 and 12:00 Irish time (10:30-13:00 for you in Bilbao). Let me know a slot and
    the best number to reach you.

    Kind regards,
    Declan Moran
    Senior Talent Acquisition Partner
    Liffey Mutual | 40 Sir John Rogerson's Quay, Dublin 2 | +353 1 555 0712

    Liffey Mutual Assurance DAC is regulated by the Central Bank of Ireland. This e-mail and any
    attachments are confidential and intended solely for the addressee.
    """,
))

add(dict(
    kind="interview_invitation", name="grafton_sets_emerald_grid", lang="en", id="gr_eg_inv",
    company="Emerald Grid", contact="conor.whelan@graftontalent.example.ie",
    frm=("Conor Whelan", "conor.whelan@graftontalent.example.ie"),
    subject="Interview confirmed: Emerald Grid, Thursday 14 May",
    date="2026-05-06 12:22 +0100", reply_of="gr_reg",
    text="""
    Hi Yusuf,

    Great news - Emerald Grid would like to meet you for the Security Monitoring Analyst role.
    I've locked in the following:

    When: Thursday 14 May, 11:00 Irish time (12:00 Bilbao)
    Where: Microsoft Teams (link to follow from their side)
    Who: Orla Fitzgerald, Head of Security Operations, and one of her senior analysts
    Format: 60 minutes - competency questions, then a walk through an alert they've anonymised

    They know you're relocating from Spain, so no need to dance around it. Give me a ring
    tomorrow and we'll prep.

    Cheers,
    Conor

    Conor Whelan | Senior Consultant, Cyber & Infrastructure
    Grafton Talent | 22 Fitzwilliam Place, Dublin 2 | +353 1 555 0390
    """,
    html=outlook_html("""
    Hi Yusuf,

    Great news - Emerald Grid would like to meet you for the Security Monitoring Analyst role.
    I've locked in the following:

    When: Thursday 14 May, 11:00 Irish time (12:00 Bilbao)
    Where: Microsoft Teams (link to follow from their side)
    Who: Orla Fitzgerald, Head of Security Operations, and one of her senior analysts
    Format: 60 minutes - competency questions, then a walk through an alert they've anonymised

    They know you're relocating from Spain, so no need to dance around it. Give me a ring
    tomorrow and we'll prep.

    Cheers,
    Conor

    Conor Whelan | Senior Consultant, Cyber & Infrastructure
    Grafton Talent | 22 Fitzwilliam Place, Dublin 2 | +353 1 555 0390
    """, "EN-IE"),
))

add(dict(
    kind="interview_invitation", name="quayside_lever_schedule", lang="en", id="qc_inv",
    company="Quayside Cyber", contact="siobhan.quinn@quaysidecyber.example.ie",
    frm=("Quayside Cyber", "no-reply@hire.lever.co"),
    reply_to=("Siobhán Quinn", "siobhan.quinn@quaysidecyber.example.ie"),
    reply_enc=("iso-8859-1", "q"),
    subject="Schedule your interview with Quayside Cyber",
    date="2026-06-10 09:18 +0000",
    text="""
    Hi Yusuf,

    Siobhán from Quayside Cyber here. We'd love to chat with you about the SOC Analyst
    (Graduate/Career Changer) position. Please pick a 30-minute slot for a Teams interview:

    https://jobs.lever.example.co/quaysidecyber/interview/b41e2d

    If none of the times work, just reply to this email.

    Thanks,
    Siobhán Quinn
    People Team, Quayside Cyber
    """,
    html=ats_card("""
    Hi Yusuf,

    Siobhán from Quayside Cyber here. We'd love to chat with you about the SOC Analyst
    (Graduate/Career Changer) position. Please pick a 30-minute slot for a Teams interview.

    If none of the times work, just reply to this email.

    Thanks,
    Siobhán Quinn
    People Team, Quayside Cyber
    """, "Quayside Cyber", "#111827",
        button=("Pick a time", "https://jobs.lever.example.co/quaysidecyber/interview/b41e2d"),
        footer="Sent via Lever"),
    cte="quoted-printable",
))

VL = ("Lena Hartmann", "lena.hartmann@vigillabs.example.de")

add(dict(
    kind="interview_invitation", name="vigil_labs_panel_calendar", lang="en", id="vl_inv",
    company="Vigil Labs", contact="lena.hartmann@vigillabs.example.de",
    frm=("Vigil Labs", "no-reply@ashbyhq.com"),
    reply_to=VL,
    subject="Invitation: Panel interview - SOC Analyst (Munich) @ Thu 23 Jul 2026 14:00 CEST",
    date="2026-07-15 16:05 +0200", reply_of="vl_ack",
    text="""
    Hi Yusuf,

    Congratulations on moving forward! You're invited to a panel interview for the SOC Analyst
    role in Munich.

    Thursday, 23 July 2026, 14:00-15:30 (Europe/Berlin)
    Google Meet: https://meet.example.com/vgl-soc-panel

    Panel: Lena Hartmann (Talent), Jakob Brandl (SOC Manager), Priya Raman (Detection Engineer)

    The panel includes a 30-minute live triage exercise; you'll share your screen and talk us
    through a set of alerts. Please accept the calendar invite attached.

    Best,
    Lena
    """,
    html=ats_card("""
    Hi Yusuf,

    Congratulations on moving forward! You're invited to a panel interview for the SOC Analyst
    role in Munich.

    Thursday, 23 July 2026, 14:00-15:30 (Europe/Berlin)
    Google Meet: https://meet.example.com/vgl-soc-panel

    Panel: Lena Hartmann (Talent), Jakob Brandl (SOC Manager), Priya Raman (Detection Engineer)

    The panel includes a 30-minute live triage exercise; you'll share your screen and talk us
    through a set of alerts. Please accept the calendar invite attached.

    Best,
    Lena
    """, "Vigil Labs", "#4338ca", footer="Powered by Ashby"),
    attach=[ics("REQUEST", "ashby-7d1c2e90-vgl-panel", "2026-07-23 14:00", "2026-07-23 15:30",
                "Panel interview - SOC Analyst (Munich) - Yusuf Brennan-Castaño", VL,
                stamp="2026-07-15 14:05", location="https://meet.example.com/vgl-soc-panel",
                tz="Europe/Berlin", as_file=True)],
))

add(dict(
    kind="interview_invitation", name="corrib_free_thursday", lang="en", id="cor_inv",
    company="Corrib Telecom", contact="aoife.gallagher@corribtelecom.example.ie",
    frm=("Aoife Gallagher", "aoife.gallagher@corribtelecom.example.ie"),
    subject="Junior Security Analyst - are you free Thursday?",
    date="2026-08-04 15:36 +0100",
    text="""
    Hi Yusuf,

    Hope your week's going well. I came across your application for our Junior Security Analyst
    opening and I'd love to have a quick chat to learn a bit more about you.

    Are you free Thursday (6 August) at 10:00 Irish time? I'd ring you on the number on your
    CV - 20 minutes max.

    Thanks,
    Aoife

    Aoife Gallagher
    Talent Partner | Corrib Telecom
    Mayor Street Lower, IFSC, Dublin 1 | +353 1 555 0144
    """,
))

add(dict(
    kind="interview_invitation", name="portlight_assessment_centre", lang="en", id="pl_inv",
    company="Portlight Networks", contact="saoirse.keane@portlight.example.ie",
    frm=("Saoirse Keane", "saoirse.keane@portlight.example.ie"),
    subject="Invitation to our SOC Assessment Day - Thursday 17 September",
    date="2026-09-02 10:00 +0100",
    text="""
    Dear Yusuf,

    Thank you for your application to the Portlight Networks SOC Analyst programme. We are
    pleased to invite you to our Assessment Day in Dublin.

    Date: Thursday 17 September 2026
    Time: 09:00 - 16:00 (lunch provided)
    Venue: Portlight Networks, Block C, Grand Canal Plaza, Dublin 4

    Agenda
    09:15  Welcome and overview of the SOC
    10:00  Tabletop incident exercise (groups of four)
    12:00  Lunch with current analysts
    13:00  Log-hunting lab (individual)
    14:45  Interview with two shift leads
    15:45  Close

    We will reimburse economy travel from Bilbao on production of receipts. Please confirm your
    attendance by Friday 4 September.

    Kind regards,
    Saoirse Keane
    Early Careers Recruitment, Portlight Networks
    +353 1 555 0861
    """,
    html=outlook_html("""
    Dear Yusuf,

    Thank you for your application to the Portlight Networks SOC Analyst programme. We are
    pleased to invite you to our Assessment Day in Dublin.

    Date: Thursday 17 September 2026
    Time: 09:00 - 16:00 (lunch provided)
    Venue: Portlight Networks, Block C, Grand Canal Plaza, Dublin 4

    Agenda
    09:15  Welcome and overview of the SOC
    10:00  Tabletop incident exercise (groups of four)
    12:00  Lunch with current analysts
    13:00  Log-hunting lab (individual)
    14:45  Interview with two shift leads
    15:45  Close

    We will reimburse economy travel from Bilbao on production of receipts. Please confirm your
    attendance by Friday 4 September.

    Kind regards,
    Saoirse Keane
    Early Careers Recruitment, Portlight Networks
    +353 1 555 0861
    """, "EN-IE"),
))

# --- French / German invitations -------------------------------------------------------------

OCC = ("Camille Rouquette", "camille.rouquette@occitel.example.fr")
OCC_INV = """
    Bonjour Yusuf,

    Suite à notre échange téléphonique, j'ai le plaisir de vous convier à un entretien avec
    l'équipe de notre centre de supervision de la sécurité pour le poste d'analyste SOC N1.

    Jeudi 12 mars 2026, de 14h00 à 15h30
    Occitel – 12 allée Émile Monso, 31200 Toulouse (accueil du bâtiment B)

    Vous rencontrerez Thomas Baylac, responsable du SOC, et Inès Ferrand, analyste N2.
    L'invitation ci-jointe contient les informations pratiques.

    Bien cordialement,

    Camille Rouquette
    Chargée de recrutement – Occitel
    05 55 55 41 27
    """

add(dict(
    kind="interview_invitation", name="occitel_panel_calendar", lang="fr", id="occ_inv",
    company="Occitel", contact="camille.rouquette@occitel.example.fr",
    frm=OCC,
    subject="Invitation à un entretien - Analyste SOC N1", subject_enc=("iso-8859-1", "q"),
    date="2026-03-04 09:50 +0100",
    text=OCC_INV,
    html=outlook_html(OCC_INV, "FR"),
    charset="windows-1252", cte="quoted-printable", html_charset="utf-8",
    attach=[ics("REQUEST", "occitel-soc-n1-20260312@occitel.example.fr", "2026-03-12 14:00",
                "2026-03-12 15:30", "Entretien Analyste SOC N1 – Y. Brennan-Castaño", OCC,
                stamp="2026-03-04 08:50", tz="Europe/Paris",
                location="Occitel, 12 allée Émile Monso, Toulouse – bâtiment B")],
))

GAR = ("Élodie Mercier", "elodie.mercier@garonne-cyber.example.fr")

add(dict(
    kind="interview_invitation", name="garonne_visio", lang="fr", id="gar_inv",
    company="Garonne Cyber", contact="elodie.mercier@garonne-cyber.example.fr",
    frm=GAR, frm_enc=("utf-8", "b"),
    subject="Entretien visio – Analyste SOC junior (Bordeaux)",
    date="2026-08-18 11:30 +0200", reply_of="gar_ack",
    text="""
    Bonjour Yusuf,

    Merci pour votre candidature chez Garonne Cyber. Votre parcours d'agent de sécurité en
    reconversion nous intéresse beaucoup et nous aimerions en discuter avec vous.

    Je vous propose un entretien en visioconférence le jeudi 27 août à 10h00, avec Mathieu
    Castaing, responsable de notre SOC. Vous trouverez l'invitation en pièce jointe.

    À très bientôt,

    Élodie Mercier
    Talent Acquisition – Garonne Cyber
    27 quai des Chartrons, 33000 Bordeaux
    """,
    cte="quoted-printable",
    attach=[ics("REQUEST", "gar-soc-jr-entretien-yusuf@garonne-cyber.example.fr",
                "2026-08-27 10:00", "2026-08-27 11:00",
                "Entretien Analyste SOC junior – Yusuf Brennan-Castaño", GAR,
                stamp="2026-08-18 09:30", tz="Europe/Paris",
                location="https://visio.example.fr/garonne-soc-jr")],
))

add(dict(
    kind="interview_invitation", name="aquitaine_client_interview", lang="fr", id="aq_inv",
    company="Banque Girondine", contact="julien.lacoste@aquitaine-interim.example.fr",
    frm=("Julien Lacoste", "julien.lacoste@aquitaine-interim.example.fr"),
    subject="Entretien Banque Girondine – mardi 12 mai 11h",
    date="2026-05-05 17:45 +0200",
    text="""
    Bonjour Yusuf,

    Bonne nouvelle : la Banque Girondine souhaite vous rencontrer pour la mission d'opérateur
    SOC de six mois à Mérignac, avec possibilité d'embauche ensuite.

    L'entretien aura lieu le mardi 12 mai à 11h00 par téléphone, avec M. Pierre Labat,
    responsable de la sécurité opérationnelle. Il vous appellera sur votre portable espagnol.

    Pensez à préparer une présentation de deux minutes de votre parcours en français.

    Cordialement,
    Julien Lacoste
    Consultant IT & Cyber – Aquitaine Intérim
    45 cours de l'Intendance, 33000 Bordeaux – 05 55 55 72 10
    """,
    charset="windows-1252", cte="8bit",
))

add(dict(
    kind="interview_invitation", name="isarwerk_vorstellungsgespraech", lang="de", id="isw_inv",
    company="Isarwerk", contact="franziska.obermaier@isarwerk.example.de",
    frm=("Franziska Obermaier", "franziska.obermaier@isarwerk.example.de"),
    subject="Einladung zum Vorstellungsgespräch – Junior SOC Analyst (m/w/d)",
    subject_enc=("utf-8", "b"),
    date="2026-04-14 09:12 +0200", reply_of="isw_ack",
    text="""
    Sehr geehrter Herr Brennan-Castaño,

    wir laden Sie herzlich zu einem Vorstellungsgespräch für die Position „Junior SOC Analyst
    (m/w/d)“ ein. Das Gespräch findet am Dienstag, 28. April 2026, um 10:00 Uhr per Microsoft
    Teams statt.

    Teilnehmen werden Herr Michael Wimmer (Leiter Informationssicherheit) und ich. Bitte planen
    Sie etwa 60 Minuten ein. Im zweiten Teil sprechen wir über ein kurzes Fallbeispiel aus dem
    Bereich Netzleittechnik – eine Vorbereitung ist nicht nötig.

    Bitte bestätigen Sie uns den Termin kurz per E-Mail. Den Teams-Link erhalten Sie einen Tag
    vorher.

    Mit freundlichen Grüßen

    Franziska Obermaier
    Personalgewinnung
    Isarwerk Stadtwerke GmbH · Emmy-Noether-Straße 2 · 80992 München
    Telefon +49 89 5555 3140
    """,
    cte="quoted-printable",
))

add(dict(
    kind="interview_invitation", name="secops_sued_telefoninterview", lang="de", id="sos_inv",
    company="SecOps Süd", contact="tobias.reindl@secops-sued.example.de",
    frm=("Tobias Reindl", "tobias.reindl@secops-sued.example.de"),
    subject="Telefoninterview SOC Analyst Level 1 – Terminvorschlag",
    date="2026-06-24 13:05 +0200", reply_of="sos_ack",
    text="""
    Hallo Herr Brennan-Castaño,

    vielen Dank für Ihre Bewerbung bei SecOps Süd. Wir würden Sie gern in einem ersten
    Telefoninterview (ca. 30 Minuten, auf Deutsch und teilweise Englisch) näher kennenlernen.

    Passt Ihnen Dienstag, der 30. Juni, um 9:30 Uhr? Ich würde Sie unter der Nummer aus Ihrem
    Lebenslauf anrufen.

    Viele Grüße aus München
    Tobias Reindl
    Teamlead Recruiting · SecOps Süd GmbH
    Landsberger Straße 110 · 80339 München · +49 89 5555 7711
    """,
    charset="iso-8859-1", cte="quoted-printable",
))

# =============================================================================================
# interview_reschedule_or_cancel (15)
# =============================================================================================

IKB_MOVE = """
    Hola de nuevo, Yusuf:

    Te escribo porque Jon tiene que estar el jueves 12 en una auditoría del Banco de España y
    no queremos hacer el panel sin él. Hemos movido la entrevista al viernes 13 de febrero de
    12:30 a 13:30, en la misma sala. Te llega la convocatoria actualizada; acéptala si te va
    bien o contéstame con otra franja.

    Perdona el cambio.

    Amaia Zubiri
    Técnica de Selección · Personas y Cultura · Ikerbank
    """

add(dict(
    kind="interview_reschedule_or_cancel", name="ikerbank_sequence_bump", lang="es",
    id="ikb_move", company="Ikerbank", contact="amaia.zubiri@ikerbank.example.es",
    frm=IKB,
    subject="Actualizada: Entrevista panel - Analista SOC N1 (nuevo horario)",
    subject_enc=("utf-8", "q"),
    date="2026-02-09 13:02 +0100", reply_of="ikb_inv", refs=["ikb_ack", "ikb_inv"],
    text=body(IKB_MOVE) + "\n" + body(IKB_DISCLAIMER),
    html=outlook_html(body(IKB_MOVE) + "\n" + body(IKB_DISCLAIMER)),
    cte="base64",
    attach=[ics("REQUEST", "ikb-soc-panel-0212@ikerbank.example.es", "2026-02-13 12:30",
                "2026-02-13 13:30", "Entrevista panel - Analista SOC N1 (Yusuf Brennan-Castaño)",
                IKB, seq=1, stamp="2026-02-09 12:02",
                location="Ikerbank, Gran Vía 30, Bilbao - sala Artxanda",
                description="Nuevo horario: viernes 13 de febrero, 12:30.")],
))

add(dict(
    kind="interview_reschedule_or_cancel", name="bidasoa_trial_day_moved", lang="es",
    id="bid_move", company="Bidasoa Energía", contact="maite.arrieta@bidasoaenergia.example.es",
    frm=("Maite Arrieta", "maite.arrieta@bidasoaenergia.example.es"),
    subject="RE: Jornada de prueba - Analista de Seguridad OT/IT",
    date="2026-03-05 09:14 +0100", reply_of="bid_resched_req", refs=["bid_inv", "bid_resched_req"],
    text=body("""
    Hola Yusuf,

    No te preocupes por lo del turno, de hecho nos viene bien: Eneko, que iba a acompañarte
    todo el día, está de baja esta semana y la siguiente. Pasamos tu jornada de prueba al jueves
    19 de marzo, mismo horario (8:30 a 16:30) y mismo punto de encuentro.

    Si el 19 tienes algún problema, avísame hoy.

    Maite
    """) + "\n" + outlook_block("es", "Yusuf Brennan-Castaño <yusuf.bc@example.es>",
                               "miércoles, 4 de marzo de 2026 22:51",
                               "Maite Arrieta <maite.arrieta@bidasoaenergia.example.es>",
                               "RE: Jornada de prueba - Analista de Seguridad OT/IT") + "\n" + body("""
    Hola Maite:

    Muchas gracias por la invitación, me hace mucha ilusión. El problema es que el 12 me han
    puesto turno de mañana en el centro comercial y no encuentro a nadie que me lo cambie.
    ¿Habría otra fecha posible?

    Un saludo,
    Yusuf
    """),
    charset="windows-1252", cte="quoted-printable",
))

CR_CANCEL = """
    Buenos días, Yusuf:

    Tenemos que cancelar la entrevista de mañana, martes 16 a las 10:00. Javier está al frente
    de un incidente que ha surgido esta noche y no podrá estar. Tu candidatura sigue
    adelante: en cuanto tengamos su agenda despejada te mando una nueva convocatoria, seguramente
    para la semana que viene.

    Disculpa las molestias.

    Nerea Etxarri Lizarraga
    Selección y Desarrollo · Caja Ribera
    """

add(dict(
    kind="interview_reschedule_or_cancel", name="caja_ribera_calendar_cancel", lang="es",
    id="cr_cancel", company="Caja Ribera", contact="nerea.etxarri@cajaribera.example.es",
    frm=CR,
    subject="Cancelada: Entrevista Analista SOC N1 - Yusuf Brennan-Castaño",
    subject_enc=("iso-8859-1", "q"),
    date="2026-06-15 08:05 +0200", reply_of="cr_inv", refs=["cr_ack", "cr_inv"],
    text=CR_CANCEL,
    html=outlook_html(CR_CANCEL),
    charset="iso-8859-1", cte="quoted-printable",
    attach=[ics("CANCEL", "040000008200E00074C5B7101A82E008-cr-0616", "2026-06-16 10:00",
                "2026-06-16 11:00", "Cancelada: Entrevista Analista SOC N1 - Yusuf Brennan-Castaño",
                CR, seq=1, stamp="2026-06-15 06:05", location="Reunión de Microsoft Teams")],
))

add(dict(
    kind="interview_reschedule_or_cancel", name="agency_puerto_abra_moved", lang="es",
    id="nt_pabra_move", company="Puerto Abra Logística",
    contact="garazi.olabarria@nortetalento.example.es",
    frm=("Garazi Olabarria | Norte Talento", "garazi.olabarria@nortetalento.example.es"),
    subject="Cambio de día: entrevista Puerto Abra Logística",
    date="2026-04-07 10:48 +0200",
    text="""
    Hola Yusuf,

    Me acaba de llamar Puerto Abra Logística: el jueves tienen la visita de la autoridad
    portuaria y su responsable de sistemas no puede atenderte. Me piden mover tu entrevista al
    viernes 10 de abril a las 12:00, en el mismo sitio (edificio de oficinas de la terminal de
    Santurtzi, puerta 3).

    ¿Te encaja? Si es así, no hace falta que me contestes largo, con un «ok» me vale.

    Garazi Olabarria
    Consultora de selección IT · Norte Talento ETT
    T. +34 944 555 207
    """,
    charset="windows-1252", cte="base64",
))

NDC_MOVE = """
    Hola Yusuf,

    Ha surgido una incidencia en el centro de Noáin y Leire va a estar toda la semana
    dedicada a ello. Movemos la entrevista telefónica del viernes 7 al lunes 10 de agosto, a la
    misma hora (11:00). Si no puedes, respóndenos con dos alternativas.

    Gracias por la comprensión,
    Equipo de Selección · Navarra Datacenter
    """

add(dict(
    kind="interview_reschedule_or_cancel", name="navarra_dc_moved_html_only", lang="es",
    id="ndc_move", company="Navarra Datacenter", contact="leire.sanz@navarradc.example.es",
    frm=("Selección Navarra Datacenter", "seleccion@navarradc.example.es"),
    reply_to=("Leire Sanz", "leire.sanz@navarradc.example.es"),
    subject="Nueva fecha para tu entrevista telefónica",
    date="2026-08-06 16:20 +0200", reply_of="ndc_inv",
    html=simple_html(NDC_MOVE),
    html_cte="base64",
))

add(dict(
    kind="interview_reschedule_or_cancel", name="ciberguard_interviewer_ill", lang="es",
    id="cg_move", company="Ciberguard Iberia", contact="marta.llorente@ciberguard.example.es",
    frm=("Marta Llorente", "marta.llorente@ciberguard.example.es"),
    subject="Re: Entrevista técnica Analista SOC - Ciberguard Iberia",
    date="2026-03-16 08:31 +0100", reply_of="cg_inv", refs=["cg_ack", "cg_inv"],
    text=body("""
    Hola Yusuf,

    Malas noticias de última hora: Dani ha cogido la gripe y está de baja toda la semana, así
    que el miércoles no podemos hacer la entrevista técnica. ¿Te parece bien el lunes 23 de
    marzo a la misma hora, 11:30? Si ya tenías el tren comprado, dime y os lo gestionamos.

    Perdona el lío.
    Marta
    """) + "\n" + wrote("es", "mié, 11 mar 2026 a las 12:12", "Marta Llorente",
                        "marta.llorente@ciberguard.example.es") + "\n" + quote("""
    Hola Yusuf:

    Te confirmamos la entrevista técnica para el puesto de Analista SOC en nuestras oficinas de
    Madrid:

    · Miércoles 18 de marzo de 2026, 11:30 h
    · Calle Albasanz 71, 28037 Madrid (metro Suanzes). Pregunta en recepción por Dani Morcillo.
    """),
    cte="8bit",
))

add(dict(
    kind="interview_reschedule_or_cancel", name="instituto_foral_venue_change", lang="es",
    id="if_move", company="Instituto Foral de Ciberseguridad",
    contact="seleccion@ifcnavarra.example.es",
    frm=("Instituto Foral de Ciberseguridad - Selección", "seleccion@ifcnavarra.example.es"),
    frm_enc=("iso-8859-1", "q"),
    subject="Modificación de hora y lugar de la prueba práctica - Conv. 04/2026",
    subject_enc=("iso-8859-1", "q"),
    date="2026-06-08 12:15 +0200", reply_of="if_inv", refs=["if_ack", "if_inv"],
    text="""
    Estimado Sr. Brennan-Castaño:

    Por obras de climatización en el aulario, la prueba práctica de la convocatoria 04/2026 se
    traslada. Se mantiene el día, lunes 15 de junio de 2026, con las siguientes modificaciones:

      Nueva hora de llamamiento: 16:00
      Nuevo lugar: Centro de Formación de la Administración Foral, calle Yanguas y Miranda 27,
      Pamplona-Iruña, sala de informática 1

    El resto de condiciones de la convocatoria no varía.

    Atentamente,
    Unidad de Selección
    Instituto Foral de Ciberseguridad
    """,
    charset="iso-8859-1", cte="base64",
))

add(dict(
    kind="interview_reschedule_or_cancel", name="gipuzkoa_dc_outlook_move", lang="es",
    id="gdc_move", company="Gipuzkoa Datacenter", contact="oihane.lasa@gipuzkoadc.example.es",
    frm=("Oihane Lasa", "oihane.lasa@gipuzkoadc.example.es"),
    subject="RE: Entrevista operador de seguridad CPD",
    date="2026-08-24 17:05 +0200", reply_of="gdc_conf", refs=["gdc_inv", "gdc_conf"],
    text=body(GDC_ORIG) + "\n" + outlook_block(
        "es", "Yusuf Brennan-Castaño <yusuf.bc@example.es>", "lunes, 24 de agosto de 2026 15:30",
        "Oihane Lasa <oihane.lasa@gipuzkoadc.example.es>", "RE: Entrevista operador de seguridad CPD"
    ) + "\n" + body("""
    Hola Oihane:

    El jueves 27 me coincide con un servicio de vigilancia en un evento que no puedo dejar. ¿Se
    podría pasar a principios de la semana siguiente? El lunes 31 a mediodía me iría perfecto.

    Gracias,
    Yusuf
    """) + "\n" + outlook_block(
        "es", "Oihane Lasa <oihane.lasa@gipuzkoadc.example.es>", "jueves, 20 de agosto de 2026 13:48",
        "Yusuf Brennan-Castaño <yusuf.bc@example.es>", "Entrevista operador de seguridad CPD"
    ) + "\n" + body("""
    Hola Yusuf,

    Soy Oihane Lasa, responsable de Personas de Gipuzkoa Datacenter. Hemos leído tu candidatura
    para el puesto de operador de seguridad del CPD y nos gustaría entrevistarte por Teams.

    ¿Te va bien el jueves 27 de agosto a las 10:00?
    """),
    html=outlook_html(body(GDC_ORIG) + "\n" + outlook_block(
        "es", "Yusuf Brennan-Castaño <yusuf.bc@example.es>", "lunes, 24 de agosto de 2026 15:30",
        "Oihane Lasa <oihane.lasa@gipuzkoadc.example.es>", "RE: Entrevista operador de seguridad CPD"
    ) + "\n" + body("""
    Hola Oihane:

    El jueves 27 me coincide con un servicio de vigilancia en un evento que no puedo dejar. ¿Se
    podría pasar a principios de la semana siguiente? El lunes 31 a mediodía me iría perfecto.

    Gracias,
    Yusuf
    """)),
    charset="iso-8859-1", cte="quoted-printable", html_charset="utf-8",
))

HBL_MOVE = """
    Hi Yusuf,

    Your interview with Harbourline Security has been rescheduled.

    Tier 1 SOC Analyst - Video interview
    New time: Wednesday, 4 February 2026, 14:00 - 14:45 GMT (15:00 - 15:45 CET)
    Previous time: Thursday, 29 January 2026, 10:00 GMT
    Interviewers: Niamh Kavanagh, Ronan Daly

    Note from Niamh: Ronan is covering a night shift on the 28th, so we've moved us to next
    week - sorry for the shuffle!

    Join with Microsoft Teams: https://teams.example.com/l/meetup-join/hbl-t1-yusuf
    """

add(dict(
    kind="interview_reschedule_or_cancel", name="harbourline_greenhouse_moved", lang="en",
    id="hbl_move", company="Harbourline Security",
    contact="niamh.kavanagh@harbourline.example.ie",
    frm=("Niamh Kavanagh via Greenhouse", "no-reply@greenhouse-mail.io"),
    reply_to=("Niamh Kavanagh", "niamh.kavanagh@harbourline.example.ie"),
    to=CAND_ADDR,
    subject="Updated: Your interview with Harbourline Security",
    date="2026-01-27 17:44 +0000", reply_of="hbl_inv", refs=["hbl_ack", "hbl_inv"],
    text=HBL_MOVE,
    html=ats_card(HBL_MOVE, "Harbourline Security", "#0e7490"),
    cte="quoted-printable",
))

add(dict(
    kind="interview_reschedule_or_cancel", name="vigil_labs_panel_cancelled", lang="en",
    id="vl_cancel", company="Vigil Labs", contact="lena.hartmann@vigillabs.example.de",
    frm=VL,
    subject="Cancelled: Panel interview - SOC Analyst (Munich) @ Thu 23 Jul 2026",
    date="2026-07-22 17:26 +0200", reply_of="vl_inv", refs=["vl_ack", "vl_inv"],
    text="""
    Hi Yusuf,

    I'm really sorry to do this at such short notice, but we need to cancel tomorrow's panel.
    Our leadership has paused all SOC hiring decisions until the end of the month while they
    review headcount, and Jakob doesn't want to interview people without knowing what he can
    offer.

    This isn't a decision about you - your application stays open and I'll get back to you as
    soon as I know more.

    Lena Hartmann
    Talent Partner, Vigil Labs
    """,
    attach=[ics("CANCEL", "ashby-7d1c2e90-vgl-panel", "2026-07-23 14:00", "2026-07-23 15:30",
                "Panel interview - SOC Analyst (Munich) - Yusuf Brennan-Castaño", VL, seq=1,
                stamp="2026-07-22 15:26", tz="Europe/Berlin")],
))

add(dict(
    kind="interview_reschedule_or_cancel", name="liffey_push_to_thursday", lang="en",
    id="lm_move", company="Liffey Mutual", contact="declan.moran@liffeymutual.example.ie",
    frm=("Declan Moran", "declan.moran@liffeymutual.example.ie"),
    subject="RE: Security Operations Analyst - quick call?",
    date="2026-03-16 08:12 +0000", reply_of="lm_conf", refs=["lm_inv", "lm_conf"],
    text=body("""
    Morning Yusuf,

    Apologies - I've been pulled into a board-pack deadline this morning and won't be able to
    make our 10:30 call. Could we push it to Thursday 19 March at 15:00 Irish time (16:00 for
    you)? Same number.

    Thanks for your flexibility,
    Declan
    """) + "\n" + outlook_block("en", "Yusuf Brennan-Castaño <yusuf.bc@example.es>",
                               "12 March 2026 16:20", "Declan Moran <declan.moran@liffeymutual.example.ie>",
                               "RE: Security Operations Analyst - quick call?") + "\n" + body("""
    Hi Declan,

    Thank you, that sounds great. Monday 16 March at 10:30 Irish time works for me; my mobile
    is on the CV.

    Best regards,
    Yusuf
    """) + "\n" + body("""
    Liffey Mutual Assurance DAC is regulated by the Central Bank of Ireland. This e-mail and any
    attachments are confidential and intended solely for the addressee.
    """),
))

add(dict(
    kind="interview_reschedule_or_cancel", name="portlight_assessment_moved", lang="en",
    id="pl_move", company="Portlight Networks", contact="saoirse.keane@portlight.example.ie",
    frm=("Saoirse Keane", "saoirse.keane@portlight.example.ie"),
    subject="Change of date: SOC Assessment Day now Thursday 24 September",
    date="2026-09-09 12:40 +0100", reply_of="pl_inv",
    text="""
    Dear Yusuf,

    Thank you for confirming your place. Unfortunately the venue booked for 17 September has
    flooded and will not be usable, so we have moved the Assessment Day by one week to
    Thursday 24 September 2026, same times and same agenda. The new venue is our Sandyford
    office: Portlight Networks, 3 Blackthorn Road, Dublin 18.

    If you have already booked flights, please send me the change fee receipt and we will cover
    it. Please reply to confirm you can still attend.

    Kind regards,
    Saoirse Keane
    Early Careers Recruitment, Portlight Networks
    """,
    cte="7bit",
))

add(dict(
    kind="interview_reschedule_or_cancel", name="occitel_calendar_cancel", lang="fr",
    id="occ_cancel", company="Occitel", contact="camille.rouquette@occitel.example.fr",
    frm=OCC,
    subject="Annulé : Entretien Analyste SOC N1 – Y. Brennan-Castaño",
    subject_enc=("utf-8", "b"),
    date="2026-03-09 18:20 +0100", reply_of="occ_inv",
    text="""
    Bonjour Yusuf,

    Je suis contrainte d'annuler notre entretien du jeudi 12 mars. La direction vient de geler
    temporairement les recrutements du pôle sécurité le temps d'une réorganisation. Votre
    candidature n'est pas écartée : je reviendrai vers vous dès que j'aurai de la visibilité
    pour fixer une nouvelle date.

    Toutes mes excuses pour ce contretemps.

    Camille Rouquette
    Chargée de recrutement – Occitel
    """,
    cte="8bit",
    attach=[ics("CANCEL", "occitel-soc-n1-20260312@occitel.example.fr", "2026-03-12 14:00",
                "2026-03-12 15:30", "Entretien Analyste SOC N1 – Y. Brennan-Castaño", OCC, seq=1,
                stamp="2026-03-09 17:20", tz="Europe/Paris")],
))

add(dict(
    kind="interview_reschedule_or_cancel", name="garonne_sequence_bump", lang="fr",
    id="gar_move", company="Garonne Cyber", contact="elodie.mercier@garonne-cyber.example.fr",
    frm=GAR, frm_enc=("utf-8", "b"),
    subject="Mis à jour : Entretien Analyste SOC junior - vendredi 28 août 15h00",
    subject_enc=("iso-8859-1", "q"),
    date="2026-08-21 10:05 +0200", reply_of="gar_inv", refs=["gar_ack", "gar_inv"],
    text="""
    Bonjour Yusuf,

    Mathieu sera en intervention chez un client le jeudi 27 au matin. Nous décalons donc
    l'entretien au vendredi 28 août à 15h00, toujours en visio et avec le même lien.
    L'invitation de votre agenda est mise à jour automatiquement.

    Belle journée,
    Élodie
    """,
    charset="iso-8859-1", cte="quoted-printable",
    attach=[ics("REQUEST", "gar-soc-jr-entretien-yusuf@garonne-cyber.example.fr",
                "2026-08-28 15:00", "2026-08-28 16:00",
                "Entretien Analyste SOC junior – Yusuf Brennan-Castaño", GAR, seq=1,
                stamp="2026-08-21 08:05", tz="Europe/Paris",
                location="https://visio.example.fr/garonne-soc-jr")],
))

add(dict(
    kind="interview_reschedule_or_cancel", name="isarwerk_verschoben_krank", lang="de",
    id="isw_move", company="Isarwerk", contact="franziska.obermaier@isarwerk.example.de",
    frm=("Franziska Obermaier", "franziska.obermaier@isarwerk.example.de"),
    subject="Terminverschiebung: Ihr Vorstellungsgespräch am 28. April",
    date="2026-04-20 11:37 +0200", reply_of="isw_inv", refs=["isw_ack", "isw_inv"],
    text="""
    Sehr geehrter Herr Brennan-Castaño,

    leider ist Herr Wimmer kurzfristig erkrankt. Wir müssen unser Gespräch am Dienstag,
    28. April, daher verschieben und schlagen Ihnen als neuen Termin Donnerstag, 30. April 2026,
    um 14:00 Uhr vor, ebenfalls per Microsoft Teams.

    Sollte Ihnen dieser Termin nicht passen, nennen Sie mir gern zwei Alternativen in der
    Folgewoche.

    Mit freundlichen Grüßen
    Franziska Obermaier
    Personalgewinnung · Isarwerk Stadtwerke GmbH
    """,
    charset="iso-8859-1", cte="8bit",
))

# =============================================================================================
# missed_interview_notice (10)
# =============================================================================================

add(dict(
    kind="missed_interview_notice", name="centinela_called_twice", lang="es", id="cen_missed",
    company="Centinela Ciberdefensa", contact="lucia.ferrer@centinela.example.es",
    frm=("Lucía Ferrer", "lucia.ferrer@centinela.example.es"), frm_enc=("utf-8", "b"),
    subject="Re: Llamada de preselección - Analista SOC L1 (Madrid)",
    date="2026-02-19 10:26 +0100", reply_of="cen_inv",
    text="""
    Hola Yusuf,

    Te he intentado llamar dos veces, a las 10:00 y a las 10:15, como habíamos quedado, pero no
    he conseguido hablar contigo y salta el buzón de voz.

    Si ha habido algún problema, escríbeme y vemos qué podemos hacer.

    Lucía Ferrer
    Talent Acquisition · Centinela Ciberdefensa
    """,
    cte="8bit",
))

add(dict(
    kind="missed_interview_notice", name="kantauri_waited_teams", lang="es", id="kan_missed",
    company="Kantauri Sistemas", contact="ander.goikoetxea@kantauri.example.es",
    frm=("Ander Goikoetxea", "ander.goikoetxea@kantauri.example.es"),
    subject="Re: ¿charlamos el jueves?", subject_enc=("utf-8", "q"),
    date="2026-05-21 17:24 +0200", reply_of="kan_inv", refs=["kan_ack", "kan_inv"],
    text=body("""
    Yusuf, te he estado esperando en el Teams desde las 17:00 y no has entrado. ¿Todo bien?
    Igual no te llegó bien el enlace. Dime algo y lo volvemos a intentar.

    Ander
    """) + "\n" + wrote("es", "mar, 19 may 2026 a las 18:02", "Ander Goikoetxea",
                        "ander.goikoetxea@kantauri.example.es") + "\n" + quote("""
    ¿Estás libre el jueves a las 17:00 para charlar media hora por Teams? Nada formal, solo
    para conocernos y ver si encaja. Te paso el enlace:
    https://teams.example.com/l/meetup-join/kantauri-soc-yusuf
    """),
    cte="quoted-printable",
))

add(dict(
    kind="missed_interview_notice", name="agency_client_waited_reception", lang="es",
    id="nt_acer_missed", company="Aceros Nervión",
    contact="garazi.olabarria@nortetalento.example.es",
    frm=("Garazi Olabarria | Norte Talento", "garazi.olabarria@nortetalento.example.es"),
    subject="¿Qué ha pasado esta mañana en Aceros Nervión?", subject_enc=("utf-8", "b"),
    date="2026-02-03 09:52 +0100", reply_of="nt_acer_inv", refs=["nt_reg", "nt_acer_inv"],
    text="""
    Yusuf,

    Me llama Josu Eguren desde Aceros Nervión: te han estado esperando en portería desde las
    9:00 y a las 9:40 se han tenido que ir a otra reunión. Te he llamado al móvil y lo tienes
    apagado.

    Necesito saber qué ha pasado para poder explicárselo al cliente. Llámame en cuanto
    puedas, por favor.

    Garazi
    Norte Talento ETT · +34 944 555 207
    """,
    cte="8bit",
))

BM_MISSED = """
    Estimado Yusuf:

    Hoy a las 12:00 teníamos prevista nuestra entrevista telefónica para la posición Analista de
    Ciberseguridad Junior (R-20418). Le he llamado en dos ocasiones al número facilitado en su
    solicitud sin obtener respuesta, y le he dejado un mensaje en el contestador.

    Le agradecería que me confirmase si sigue interesado en el proceso.

    Atentamente,

    Sergio Val Ortega
    Talent Acquisition · Banco Meseta
    Paseo de la Castellana 95, 28046 Madrid
    """

add(dict(
    kind="missed_interview_notice", name="banco_meseta_html_only", lang="es", id="bm_missed",
    company="Banco Meseta", contact="sergio.val@bancomeseta.example.es",
    frm=("Sergio Val Ortega", "sergio.val@bancomeseta.example.es"),
    subject="Entrevista telefónica de hoy - R-20418",
    date="2026-02-24 12:41 +0100", reply_of="bm_ack",
    html=outlook_html(BM_MISSED),
    html_charset="windows-1252", html_cte="quoted-printable",
))

add(dict(
    kind="missed_interview_notice", name="urbide_not_reachable", lang="es", id="urb_missed",
    company="Urbide Aguas", contact="ibon.zarate@urbideaguas.example.es",
    frm=("Ibon Zarate", "ibon.zarate@urbideaguas.example.es"),
    subject="Llamada de las 13:00 - Técnico/a de Ciberseguridad",
    date="2026-04-28 13:32 +0200", reply_of="urb_ack",
    text="""
    Hola Yusuf,

    Te escribo porque a la 13:00 intenté contactar contigo para la entrevista telefónica que
    acordamos por WhatsApp y no fue posible: el teléfono daba apagado o fuera de cobertura.

    No pasa nada, pero necesito que me digas hoy si te interesa mantener la candidatura, porque
    estamos cerrando la lista de entrevistas esta semana.

    Ibon Zarate
    Recursos Humanos · Urbide Aguas
    Ribera de Deusto 60, 48014 Bilbao
    """,
    charset="windows-1252", cte="quoted-printable",
))

add(dict(
    kind="missed_interview_notice", name="telcantabrico_no_connect", lang="es", id="tel_missed",
    company="Telcantábrico", contact="ruben.saiz@telcantabrico.example.es",
    frm=("Rubén Saiz", "ruben.saiz@telcantabrico.example.es"), frm_enc=("iso-8859-1", "b"),
    subject="Vídeollamada NOC/SOC", subject_enc=("utf-8", "b"),
    date="2026-07-13 09:51 +0200", reply_of="tel_inv",
    text="""
    Hola Yusuf,

    Tenías reservada la videollamada hoy a las 9:30 y hemos estado conectados hasta menos
    cuarto sin que aparecieras. Tampoco vimos ningún aviso en Teamtailor.

    Rubén Saiz
    Responsable NOC · Telcantábrico
    """,
    cte="8bit",
))

add(dict(
    kind="missed_interview_notice", name="quayside_waited_on_teams", lang="en", id="qc_missed",
    company="Quayside Cyber", contact="siobhan.quinn@quaysidecyber.example.ie",
    frm=("Siobhán Quinn", "siobhan.quinn@quaysidecyber.example.ie"), frm_enc=("iso-8859-1", "q"),
    subject="Missed you today",
    date="2026-06-17 14:21 +0100", reply_of="qc_resched_req", refs=["qc_inv", "qc_resched_req"],
    text="""
    Hi Yusuf,

    We had you down for 13:30 today on Teams (the new slot you asked for), and Cillian and I
    waited on the call for 15 minutes but you didn't join.

    Hopefully everything's OK. Let me know what happened.

    Siobhán
    People Team, Quayside Cyber
    """,
    cte="quoted-printable",
))

add(dict(
    kind="missed_interview_notice", name="corrib_tried_calling_twice", lang="en", id="cor_missed",
    company="Corrib Telecom", contact="aoife.gallagher@corribtelecom.example.ie",
    frm=("Aoife Gallagher", "aoife.gallagher@corribtelecom.example.ie"),
    subject="RE: Junior Security Analyst - are you free Thursday?",
    date="2026-08-06 10:19 +0100", reply_of="cor_conf", refs=["cor_inv", "cor_conf"],
    text=body("""
    Hi Yusuf,

    I tried calling you twice at 10:00 but it went straight to voicemail both times. Not to
    worry - let me know a couple of times that suit and I'll try again.

    Aoife
    """) + "\n" + outlook_block("en", "Yusuf Brennan-Castaño <yusuf.bc@example.es>",
                               "04 August 2026 19:02",
                               "Aoife Gallagher <aoife.gallagher@corribtelecom.example.ie>",
                               "RE: Junior Security Analyst - are you free Thursday?") + "\n" + body("""
    Hi Aoife, Thursday at 10:00 is perfect, talk then. Yusuf
    """),
))

add(dict(
    kind="missed_interview_notice", name="aquitaine_injoignable", lang="fr", id="aq_missed",
    company="Banque Girondine", contact="julien.lacoste@aquitaine-interim.example.fr",
    frm=("Julien Lacoste", "julien.lacoste@aquitaine-interim.example.fr"),
    subject="Entretien Banque Girondine de 11h",
    date="2026-05-12 11:41 +0200", reply_of="aq_inv",
    text="""
    Bonjour Yusuf,

    M. Labat de la Banque Girondine vient de me prévenir : il a essayé de vous joindre à 11h00
    puis à 11h10 pour l'entretien, mais vous n'étiez pas joignable (messagerie directement).

    Pouvez-vous me rappeler rapidement ? Je vais tenter de lui demander un créneau de
    rattrapage, mais je dois lui donner une explication.

    Julien Lacoste / Aquitaine Intérim / 05 55 55 72 10
    """,
    charset="iso-8859-1", cte="8bit",
))

add(dict(
    kind="missed_interview_notice", name="secops_sued_nicht_erreicht", lang="de", id="sos_missed",
    company="SecOps Süd", contact="tobias.reindl@secops-sued.example.de",
    frm=("Tobias Reindl", "tobias.reindl@secops-sued.example.de"),
    subject="Unser Telefontermin heute um 9:30 Uhr",
    date="2026-06-30 10:02 +0200", reply_of="sos_inv", refs=["sos_ack", "sos_inv"],
    text="""
    Hallo Herr Brennan-Castaño,

    wir hatten heute um 9:30 Uhr unser Telefoninterview vereinbart. Ich habe Sie leider unter
    Ihrer Nummer nicht erreicht – zweimal ging nur die Mailbox dran.

    Falls etwas dazwischengekommen ist, melden Sie sich gern bei mir.

    Viele Grüße
    Tobias Reindl
    SecOps Süd GmbH · +49 89 5555 7711
    """,
    cte="quoted-printable",
))

assert len(MESSAGES) == 51, len(MESSAGES)
