"""Corpus 289, interviews: 26 invitations, 15 reschedules or cancellations, 10 missed-interview
notices (hand-written specs)."""

from __future__ import annotations

from msgs289_common import (
    AUTO_GENERATED,
    CAND,
    ats_card,
    forwarded_block,
    mso,
    outlook_html,
    paras,
    quote,
    simple_html,
    wrote,
)

MESSAGES: list[dict] = []


def add(**spec: object) -> None:
    MESSAGES.append(spec)


def inv(**spec: object) -> None:
    add(kind="interview_invitation", **spec)


def mov(**spec: object) -> None:
    add(kind="interview_reschedule_or_cancel", **spec)


def miss(**spec: object) -> None:
    add(kind="missed_interview_notice", **spec)


# ================================================================== invitations, Spanish

_DUERO_INVITE = """\
Hola Joaquín:

Soy Ana Belén, de selección de Paquetería Duero Exprés. Hemos leído tu candidatura para
Planificador/a de Tráfico y nos gustaría conocerte en persona.

Te propongo el martes 17 de febrero a las 10:00 en nuestra nave (C/ del Metal 14,
Polígono de Argales). Estarás con Rafa Morán, jefe de tráfico, y conmigo. Calcula una
hora: hablaremos de tu experiencia y haremos un pequeño ejercicio de asignación de
repartos sobre un plano.

Te mando la convocatoria al calendario; acéptala o dime si te viene mejor otro día.

Un saludo,
Ana Belén Otero
Selección · Paquetería Duero Exprés
Tel. 983 40 21 77
"""

inv(
    id="t1_invite", slug="duero_in_person_calendar_request", lang="es",
    company="Paquetería Duero Exprés", contact="ana.otero@duero-expres.example.es",
    frm=("Ana Belén Otero", "ana.otero@duero-expres.example.es"),
    date="2026-02-10 09:20 +0100", parent="t1_ack",
    subject="Entrevista Planificador/a de Tráfico - martes 17/02",
    text=_DUERO_INVITE,
    html=simple_html(paras(_DUERO_INVITE)),
    ics={"method": "REQUEST", "uid": "duero-entrevista-7731@duero-expres.example.es", "seq": 0,
             "start": "2026-02-17 10:00 +0100", "end": "2026-02-17 11:00 +0100",
             "summary": "Entrevista Planificador/a de Tráfico - Joaquín Herrera-Lindgren",
             "location": "Paquetería Duero Exprés, C/ del Metal 14, Valladolid",
             "organizer": ("Ana Belén Otero", "ana.otero@duero-expres.example.es")},
)

inv(
    id="castellana_invite", slug="castellana_teamtailor_booking_link", lang="es",
    company="Rápido Castellana", contact="",
    frm=("Rápido Castellana", "no-reply@teamtailor-mail.com"),
    date="2026-06-04 11:02 +0200", parent="castellana_ack", headers=AUTO_GENERATED,
    subject="¡Queremos conocerte! Reserva tu videollamada",
    text="""\
¡Hola Joaquín!

Tu candidatura para Operador/a de Sala de Control (turno de tarde) nos ha encajado y el
siguiente paso es una videollamada de 30 minutos con Sergio Pardo, de operaciones.

Elige el hueco que mejor te venga entre el 8 y el 12 de junio en este enlace:
https://empleo.rapidocastellana.example.es/meetings/5f2c19ab

Si ninguno de los horarios te va bien, puedes proponer otro desde la misma página.

¡Hasta pronto!
Equipo de Personas · Rápido Castellana
""",
    html=ats_card(
        "Rápido Castellana",
        "¡Queremos conocerte!",
        paras("""\
¡Hola Joaquín!

Tu candidatura para Operador/a de Sala de Control (turno de tarde) nos ha encajado y el
siguiente paso es una videollamada de 30 minutos con Sergio Pardo, de operaciones.

Elige el hueco que mejor te venga entre el 8 y el 12 de junio.

Si ninguno de los horarios te va bien, puedes proponer otro desde la misma página."""),
        "Equipo de Personas · Rápido Castellana — enviado con Teamtailor",
        color="#e65100",
        button=("Reservar videollamada", "https://empleo.rapidocastellana.example.es/meetings/5f2c19ab"),
    ),
)

inv(
    id="norte_invite", slug="headhunter_phone_screen_ask", lang="es",
    company="Norte Talento", contact="borja.esteban@nortetalento.example.es",
    frm=("Borja Esteban", "borja.esteban@nortetalento.example.es"),
    date="2026-07-01 09:30 +0200",
    subject="Llamada - Responsable de Tráfico (cliente confidencial)",
    text="""\
Hola Joaquín:

Soy Borja Esteban, de Norte Talento. Estoy llevando la búsqueda de un/a Responsable de
Tráfico para una cadena de distribución alimentaria (de momento no puedo decirte el
nombre) con base en Madrid sur.

Me gustaría hacerte una primera llamada de unos 20 minutos para conocer tu trayectoria
y contarte el proyecto. ¿Te va bien el viernes 3 de julio a las 10:00? Te llamaría al
611 48 27 90, que es el número que aparece en tu CV.

Saludos,
Borja Esteban
Senior Consultant · Norte Talento
+34 91 555 20 87
""",
)

inv(
    id="esgueva_invite", slug="esgueva_panel_ics_attachment", lang="es",
    company="Hospital Clínico del Esgueva", contact="beatriz.nieto@hcesgueva.example.es",
    frm=("Beatriz Nieto Sanz", "beatriz.nieto@hcesgueva.example.es"),
    date="2026-07-06 12:00 +0200",
    subject="Convocatoria entrevista - Coordinador/a de transporte sanitario",
    text="""\
Estimado Sr. Herrera-Lindgren:

Por la presente le convocamos a la entrevista personal ante la comisión de selección
para el puesto de Coordinador/a de transporte sanitario no urgente.

Fecha: lunes 13 de julio de 2026
Hora: 10:00
Lugar: Sala de juntas de la 3.ª planta, edificio de Dirección
Comisión: Dr. Requejo (Servicio de Admisión), D.ª Carmen Olmedo (Central de Transporte)
y quien suscribe.

Le adjuntamos la convocatoria en formato de calendario. Rogamos traiga su DNI.

Un saludo cordial,
Beatriz Nieto Sanz
Gestión de Personal · Hospital Clínico del Esgueva
Tel. 983 42 00 00 - ext. 86117
""",
    ics={"method": "REQUEST", "uid": "hce-comision-0713-jhl@hcesgueva.example.es", "seq": 0,
             "start": "2026-07-13 10:00 +0200", "end": "2026-07-13 10:45 +0200",
             "summary": "Entrevista comisión - Coordinador/a transporte sanitario",
             "location": "Hospital Clínico del Esgueva, Dirección, 3.ª planta",
             "organizer": ("Beatriz Nieto Sanz", "beatriz.nieto@hcesgueva.example.es"),
             "filename": "convocatoria.ics"},
    ics_in="mixed",
)

_PISUERGA_AC = """\
Hola Joaquín:

Enhorabuena, has pasado a la siguiente fase del proceso de Técnico/a de Expediciones.
Te invitamos a nuestra jornada de evaluación grupal, en la que participarás con otras
cinco personas candidatas.

Cuándo: lunes 27 de abril, de 9:00 a 13:00
Dónde: Plataforma logística de Supermercados Pisuerga, Ctra. de Cabezón km 2 (sala de
formación, entrada por la garita 2)

La mañana incluye una dinámica de grupo, un caso práctico de planificación de cargas y
una entrevista individual de 20 minutos. Ven con ropa cómoda y calzado de seguridad si
lo tienes; si no, te lo prestamos.

Confírmanos tu asistencia respondiendo a este correo.

Rocío Villalba
Técnica de Selección · Supermercados Pisuerga
"""

inv(
    id="pisuerga_invite", slug="pisuerga_assessment_centre", lang="es",
    company="Supermercados Pisuerga", contact="rocio.villalba@superpisuerga.example.es",
    frm=("Rocío Villalba", "rocio.villalba@superpisuerga.example.es"), name_enc=("utf-8", "B"),
    date="2026-04-20 13:40 +0200", parent="pisuerga_ack",
    subject="Jornada de evaluación - Técnico/a de Expediciones",
    text=_PISUERGA_AC,
    html=simple_html(paras(_PISUERGA_AC)),
)

inv(
    id="t6_invite", slug="ett_sets_up_cumbre_trial_day", lang="es",
    company="Supermercados Cumbre Leonesa", contact="nerea.fidalgo@talentotemporal.example.es",
    frm=("Nerea Fidalgo", "nerea.fidalgo@talentotemporal.example.es"),
    date="2026-01-22 12:15 +0100", parent="t6_ack",
    subject="Prueba en Supermercados Cumbre Leonesa - miércoles 28",
    cte="quoted-printable",
    text="""\
Hola Joaquín:

¡Buenas noticias! Supermercados Cumbre Leonesa quiere verte trabajar. Te proponen una
jornada de prueba como coordinador de rutas de reparto a domicilio el miércoles 28 de
enero, de 8:00 a 14:00, en su almacén del polígono de Villacedré.

Pregunta por Toño Llamazares, el encargado de reparto. Estarás con él en la asignación
de pedidos y en el seguimiento de las furgonetas. La jornada se paga a través de
nosotros como un día de contrato.

Dime hoy mismo si te encaja para confirmárselo.

Nerea Fidalgo
Consultora de selección · Talento Temporal ETT - Delegación León
987 20 44 61
""",
)

inv(
    id="arlanzon_invite", slug="arlanzon_casual_thursday_chat", lang="es",
    company="Transportes Arlanzón", contact="jm.ortega@arlanzon-transportes.example.es",
    frm=("Chema Ortega", "jm.ortega@arlanzon-transportes.example.es"),
    date="2026-03-24 19:08 +0100",
    subject="Lo del anuncio de tráfico",
    text="""\
Hola Joaquín, soy Chema, de Transportes Arlanzón. Me ha pasado tu CV mi cuñado, que
dice que le llevas los paquetes al taller desde hace años.

¿Te viene bien pasarte el jueves por la tarde y charlamos un rato? Sobre las cinco
estoy en la campa de Villalonquéjar, nave 3. Si no, dime otro día y lo cuadramos.

Chema
636 90 12 55
""",
)

_BERNESGA_FULL = """\
Hola Joaquín:

Nos ha gustado tu candidatura y queremos conocerte. ¿Te vendría bien una entrevista
presencial el jueves 28 de mayo a las 11:00 en nuestras oficinas de Onzonilla? Durará
alrededor de una hora e incluirá un pequeño ejercicio de planificación con un mapa de
rutas.

Confírmame, por favor, si te encaja.

Lorena Díez Fuertes
Técnica de Personas
Logística Bernesga
Polígono Industrial de Onzonilla, parcela 22 · 24231 León
T. 987 80 12 45
"""

inv(
    id="bernesga_invite", slug="bernesga_outlook_meeting", lang="es",
    company="Logística Bernesga", contact="lorena.diez@bernesga-logistica.example.es",
    frm=("Lorena Díez Fuertes", "lorena.diez@bernesga-logistica.example.es"),
    date="2026-05-25 09:12 +0200",
    subject="Entrevista - Planificador/a de rutas (León)",
    headers=[("Thread-Topic", "Entrevista - Planificador/a de rutas (León)"),
             ("Content-Language", "es-ES")],
    text=_BERNESGA_FULL,
    html=outlook_html(mso(_BERNESGA_FULL)),
    ics={"method": "REQUEST", "uid": "040000008200E00074C5B7101A82E00800000000B0D5F2A1@bernesga",
             "seq": 0, "start": "2026-05-28 11:00 +0200", "end": "2026-05-28 12:00 +0200",
             "summary": "Entrevista - Planificador/a de rutas (León)",
             "location": "Logística Bernesga - Sala Órbigo",
             "organizer": ("Lorena Díez Fuertes", "lorena.diez@bernesga-logistica.example.es")},
)

inv(
    id="t7_invite", slug="tormes_invite_ics_attached_cp1252", lang="es",
    company="Autobuses Tormes", contact="inigo.sastre@tormesbus.example.es",
    frm=("Íñigo Sastre", "inigo.sastre@tormesbus.example.es"), name_enc=("windows-1252", "Q"),
    date="2026-06-02 10:45 +0200",
    subject="Entrevista – regulador/a de tráfico", subj_enc=("windows-1252", "Q"),
    charset="windows-1252", cte="quoted-printable",
    text="""\
Buenos días, Joaquín:

Hemos revisado las candidaturas para la plaza de regulador/a de tráfico del servicio
urbano y la tuya nos ha llamado la atención por lo bien que conoces los horarios de
carga y descarga del centro.

Te esperamos el martes 9 de junio a las 12:00 en las cocheras de la Avda. de los
Cipreses 31 (pregunta en la garita por mí). La entrevista será conmigo y con la
responsable del puesto de mando; unos 45 minutos.

Te adjunto la cita para tu calendario.

Íñigo Sastre
Jefe de Operaciones – Autobuses Tormes
923 55 80 12
""",
    ics={"method": "REQUEST", "uid": "tormes-reg-0609-1200@tormesbus.example.es", "seq": 0,
             "start": "2026-06-09 12:00 +0200", "end": "2026-06-09 12:45 +0200",
             "summary": "Entrevista regulador/a de tráfico",
             "location": "Cocheras Autobuses Tormes, Avda. de los Cipreses 31, Salamanca",
             "organizer": ("Íñigo Sastre", "inigo.sastre@tormesbus.example.es")},
    ics_in="mixed",
)

inv(
    id="t5_invite", slug="arlanzon_hospital_practical_test_pdf", lang="es",
    company="Hospital Comarcal del Arlanzón", contact="malonso@hcarlanzon.example.es",
    frm=("Mercedes Alonso Peña", "malonso@hcarlanzon.example.es"),
    date="2026-04-06 11:20 +0200", parent="t5_ack",
    subject="Convocatoria prueba práctica - PS 12/2026",
    text="""\
Estimado Sr. Herrera-Lindgren:

Una vez revisada la documentación, su candidatura ha sido admitida al proceso de
selección 12/2026 (Técnico/a de coordinación de transporte sanitario).

Queda convocado a la prueba práctica y entrevista el jueves 16 de abril de 2026 a las
9:30 en el aula 2 del edificio de Docencia. La prueba consiste en la planificación de
un turno de traslados programados con el programa de gestión de la central; después
mantendrá una entrevista con el tribunal.

En el documento adjunto encontrará las instrucciones. Deberá presentarse con DNI.

Atentamente,
Mercedes Alonso Peña
Unidad de Selección y Provisión
Hospital Comarcal del Arlanzón
Tel. 947 48 10 00, ext. 2231
""",
    pdfs=[{
        "filename": "Convocatoria_PS12-2026.pdf",
        "title": "Convocatoria - Prueba práctica PS 12/2026",
        "lines": [
            "Candidato: Joaquín Herrera-Lindgren",
            "Fecha: jueves, 16 de abril de 2026 - 9:30",
            "Lugar: Edificio de Docencia, aula 2",
            "Parte 1: planificación de traslados programados (60 min)",
            "Parte 2: entrevista con el tribunal (20 min)",
            "Documentación: DNI o NIE en vigor",
        ],
    }],
)

inv(
    id="cibeles_invite", slug="cibeles_workday_schedule_interview", lang="es",
    company="Mensajería Cibeles", contact="",
    frm=("Mensajería Cibeles", "mensajeriacibeles@myworkday.com"),
    date="2026-03-12 08:15 +0000", parent="cibeles_ack", headers=AUTO_GENERATED,
    subject="Programa tu entrevista - Coordinador/a de Tráfico (R-04471)",
    html=ats_card(
        "Mensajería Cibeles · Empleo",
        "Programa tu entrevista",
        paras("""\
Hola Joaquín:

Nos alegra comunicarte que queremos entrevistarte para el puesto de Coordinador/a de
Tráfico (R-04471).

Accede al portal y selecciona una de las franjas disponibles para una entrevista por
videollamada con la responsable de operaciones del centro de Coslada. Las franjas
estarán abiertas hasta el 17 de marzo.

Equipo de Adquisición de Talento"""),
        "Mensaje automático de Workday. No respondas a esta dirección.",
        color="#b3122e",
        button=("Seleccionar franja", "https://cibeles-mensajeria.example.es/empleo/entrevista/R-04471"),
    ),
)

_GOTICOS_Q = """\
Hola Óscar:

Gracias por llamarme el jueves. Antes de seguir, ¿podríais indicarme la banda salarial
del puesto y si el turno es rotativo? Vivo en Valladolid y me movería en tren hasta
Venta de Baños.

Un saludo,
Joaquín
"""

inv(
    id="goticos_invite", slug="campos_goticos_reply_chain_with_invite", lang="es",
    company="Frigoríficos Campos Góticos", contact="oscar.lobato@camposgoticos.example.es",
    frm=("Óscar Lobato", "oscar.lobato@camposgoticos.example.es"), name_enc=("iso-8859-1", "Q"),
    date="2026-08-25 08:58 +0200", parent="goticos_ack",
    subject="Re: Planificador/a de Rutas Refrigeradas",
    text="""\
Buenos días, Joaquín:

La banda está entre 24.000 y 27.000 euros brutos anuales, según experiencia, y sí: el
turno es rotativo mañana/tarde, sin noches. Hay un tren a las 6:40 desde Valladolid que
usan varios compañeros.

Con eso aclarado, nos gustaría entrevistarte con el jefe de planificación. ¿Te va bien
el miércoles 2 de septiembre a las 12:00 por Teams? Te mandaría el enlace el día antes.

Un saludo,
Óscar Lobato
Talento · Frigoríficos Campos Góticos
Ctra. de Palencia s/n, 34200 Venta de Baños

""" + wrote("es", "vie, 21 ago 2026 a las 19:34", CAND[0], CAND[1]) + "\n" + quote(_GOTICOS_Q),
)

_IBERCARGO_INVITE = """\
Hola Joaquín:

Gracias por tu interés en el puesto de Dispatcher del hub de San Fernando de Henares.
Nos gustaría tener una primera entrevista contigo por Microsoft Teams el lunes 17 de
agosto a las 10:00 (hora peninsular). Estaremos Marcos Gil, jefe de turno, y yo.

Unirse a la reunión: https://teams.ibercargo.example.es/meet/317-442-908

Te envío también la invitación para tu calendario.

Un saludo,
Irene Soto
Talent Acquisition · Ibercargo
"""

inv(
    id="ibercargo_invite", slug="ibercargo_teams_calendar_request", lang="es",
    company="Ibercargo", contact="irene.soto@ibercargo.example.es",
    frm=("Irene Soto", "irene.soto@ibercargo.example.es"),
    date="2026-08-12 12:30 +0200", parent="ibercargo_ack",
    subject="Entrevista Teams - Dispatcher San Fernando de Henares",
    text=_IBERCARGO_INVITE,
    html=simple_html(paras(_IBERCARGO_INVITE)),
    ics={"method": "REQUEST", "uid": "ibercargo-teams-0817-dispatcher@ibercargo.example.es", "seq": 0,
             "start": "2026-08-17 10:00 +0200", "end": "2026-08-17 10:45 +0200",
             "summary": "Entrevista Dispatcher - Joaquín Herrera-Lindgren",
             "location": "Microsoft Teams",
             "description": "Unirse: https://teams.ibercargo.example.es/meet/317-442-908",
             "organizer": ("Irene Soto", "irene.soto@ibercargo.example.es"), "cte": "quoted-printable"},
)

_TDC_INNER = """\
Miguel Ángel, el chico de la moto que nos mandaste me cuadra. Dile que venga el martes 15
a las 9:00 al almacén de la Ctra. de Burgos y que pregunte por mí en el muelle 4. Le
enseño la sala y le hago unas preguntas sobre rutas de Tierra de Campos.

Paco Lozano
Jefe de Tráfico
"""

inv(
    id="tdc_invite", slug="tierra_campos_forwarded_internal_note", lang="es",
    company="Distribuciones Tierra de Campos", contact="marojo@tierradecampos-dist.example.es",
    frm=("Miguel Ángel Rojo", "marojo@tierradecampos-dist.example.es"),
    date="2026-09-08 10:11 +0200", parent="tdc_ack",
    subject="Fwd: candidato tráfico",
    text="""\
Hola Joaquín:

Te reenvío lo que me dice Paco, nuestro jefe de tráfico. Te espera el martes 15 de
septiembre a las 9:00 en el almacén para una entrevista. Lleva el DNI para que te den
la tarjeta de visita en recepción.

Un saludo,
Miguel Ángel Rojo
Administración y Personal
Distribuciones Tierra de Campos
Ctra. de Burgos km 6, 47009 Valladolid
983 36 14 02

""" + forwarded_block("es", "Paco Lozano <plozano@tierradecampos-dist.example.es>",
                      "lun, 7 sept 2026, 17:52", "candidato tráfico",
                      "Miguel Ángel Rojo <marojo@tierradecampos-dist.example.es>") + _TDC_INNER,
)

# ================================================================== invitations, English

inv(
    id="t2_screen", slug="ribeira_greenhouse_phone_screen", lang="en",
    company="Ribeira Freight", contact="sofia.almeida@ribeirafreight.example.pt",
    frm=("Sofia Almeida via Greenhouse", "no-reply@greenhouse-mail.io"),
    reply_to=("Sofia Almeida", "sofia.almeida@ribeirafreight.example.pt"),
    date="2026-03-09 14:05 +0000", parent="t2_ack",
    subject="Ribeira Freight - phone screen for Freight Dispatcher",
    text="""\
Hi Joaquín,

Thanks for applying for the Freight Dispatcher role in our Porto office. I'd love to set
up a short phone screen to learn more about your background and walk you through the
role.

Would Monday 16 March at 10:00 (Lisbon time) work for you? I'll call the Spanish mobile
number on your CV. The call will take about 25 minutes.

Just reply to this email to confirm or suggest another time.

Best,
Sofia Almeida
Talent Partner | Ribeira Freight
""",
    html=simple_html(paras("""\
Hi Joaquín,

Thanks for applying for the Freight Dispatcher role in our Porto office. I'd love to set
up a short phone screen to learn more about your background and walk you through the
role.

Would Monday 16 March at 10:00 (Lisbon time) work for you? I'll call the Spanish mobile
number on your CV. The call will take about 25 minutes.

Just reply to this email to confirm or suggest another time.

Best,
Sofia Almeida
Talent Partner | Ribeira Freight"""), lang="en"),
)

_RIBEIRA_RE = """\
Hi Joaquín,

No harm done - the time zone catches people out all the time.

Rather than repeat the screening call, I've spoken to Paulo Reis, our operations
manager, and he'd like to go straight to a proper interview with you: a 45-minute video
call on Thursday 19 March at 10:00 Lisbon time, which is 11:00 in Valladolid. He'll ask
you to talk through how you would reroute a lorry around a closed bridge, so have a
think about that.

The calendar invitation with the video link is attached.

Talk soon,
Sofia Almeida
Talent Partner | Ribeira Freight
Rua de Monchique 12, 4050-393 Porto
"""

inv(
    id="t2_reinvite", slug="ribeira_new_call_after_missed", lang="en",
    company="Ribeira Freight", contact="sofia.almeida@ribeirafreight.example.pt",
    frm=("Sofia Almeida", "sofia.almeida@ribeirafreight.example.pt"),
    date="2026-03-17 09:14 +0000", parent="t2_apology",
    subject="Re: Sorry about this morning",
    text=_RIBEIRA_RE,
    html=simple_html(paras(_RIBEIRA_RE), lang="en"),
    ics={"method": "REQUEST", "uid": "ribeira-interview-0319@ribeirafreight.example.pt", "seq": 0,
             "start": "2026-03-19 10:00 +0000", "end": "2026-03-19 10:45 +0000",
             "summary": "Interview with Paulo Reis - Freight Dispatcher",
             "location": "Video call",
             "description": "Join: https://meet.ribeirafreight.example.pt/fd-0319",
             "organizer": ("Sofia Almeida", "sofia.almeida@ribeirafreight.example.pt")},
)

_INVICTA_PANEL = """\
Dear Joaquín,

Following your application for Control Room Dispatcher, we are pleased to invite you to
a panel interview at our Campanhã depot.

Date: Monday 11 May 2026, 10:00 to 11:15 (Porto time)
Place: Invicta Mobility, Rua do Heroísmo 210, meeting room "Bolhão"
Panel: Rui Pacheco (Operations Control), Ana Moreira (HR) and one of our senior
dispatchers

The interview includes a 20-minute exercise rebuilding a timetable after a breakdown.
The meeting request is attached; please accept it so we can plan your visitor badge.

Kind regards,
Rui Pacheco
Operations Control Manager | Invicta Mobility
+351 22 340 7781
"""

inv(
    id="invicta_invite", slug="invicta_panel_ics_inline_and_attached", lang="en",
    company="Invicta Mobility", contact="rui.pacheco@invictamobility.example.pt",
    frm=("Rui Pacheco", "rui.pacheco@invictamobility.example.pt"),
    cc=[("Ana Moreira", "ana.moreira@invictamobility.example.pt")],
    date="2026-05-05 15:30 +0100",
    subject="Panel interview - Control Room Dispatcher",
    text=_INVICTA_PANEL,
    ics={"method": "REQUEST", "uid": "invicta-panel-2026-0511-jhl@invictamobility.example.pt",
             "seq": 0, "start": "2026-05-11 10:00 +0100", "end": "2026-05-11 11:15 +0100",
             "summary": "Panel interview - Control Room Dispatcher",
             "location": "Invicta Mobility, Rua do Heroísmo 210, Porto",
             "organizer": ("Rui Pacheco", "rui.pacheco@invictamobility.example.pt"),
             "filename": "panel-interview.ics", "cte": "8bit"},
    ics_in="both",
)

inv(
    id="gaia_invite", slug="gaia_casual_free_thursday", lang="en",
    company="Gaia Cold Chain", contact="duarte.mendes@gaiacoldchain.example.pt",
    frm=("Duarte Mendes", "duarte.mendes@gaiacoldchain.example.pt"),
    date="2026-06-15 18:20 +0100", parent="gaia_ack",
    subject="quick chat?",
    text="""\
Hi Joaquín,

Duarte here, I run the dispatch desk at Gaia Cold Chain. Saw your application come
through and your rider background is exactly what I like in a dispatcher - you know
what it's like on the other end of the radio.

Are you free Thursday to chat? Any time after 15:00 Porto time works for me, video or
phone, whatever suits you.

Duarte
+351 93 412 0087
""",
)

inv(
    id="douro_invite", slug="douro_greenhouse_pick_a_time", lang="en",
    company="Douro Parcel Network", contact="",
    frm=("Douro Parcel Network", "no-reply@greenhouse-mail.io"),
    date="2026-07-13 10:00 +0100", parent="douro_ack", headers=AUTO_GENERATED,
    subject="Schedule your interview with Douro Parcel Network",
    text="""\
Hi Joaquín,

Good news - the hiring team for Route Dispatcher (Maia) would like to meet you for a
45-minute video interview with Inês Carvalho and the hub supervisor.

Please use the link below to select a time that works for you:
https://careers.douroparcel.example.pt/schedule/interview/7b21e0

Available slots are between Thursday 16 and Wednesday 22 July.

Best regards,
Talent Acquisition
Douro Parcel Network
""",
    html=ats_card(
        "Douro Parcel Network",
        "Schedule your interview",
        paras("""\
Hi Joaquín,

Good news - the hiring team for Route Dispatcher (Maia) would like to meet you for a
45-minute video interview with Inês Carvalho and the hub supervisor.

Available slots are between Thursday 16 and Wednesday 22 July."""),
        "Powered by Greenhouse",
        color="#1b5e20", lang="en",
        button=("Select a time", "https://careers.douroparcel.example.pt/schedule/interview/7b21e0"),
    ),
)

inv(
    id="leixoes_invite", slug="agency_sets_up_leixoes_interview", lang="en",
    company="Leixões Port Services", contact="hannah.price@atlanticstaffing.example.pt",
    frm=("Hannah Price", "hannah.price@atlanticstaffing.example.pt"),
    date="2026-08-10 11:47 +0100",
    subject="Interview with Leixões Port Services - Friday",
    subj_enc=("iso-8859-1", "B"),
    text="""\
Hi Joaquín,

Great news: Leixões Port Services would like to meet you for the Terminal Dispatcher
role I mentioned last week.

They've offered Friday 14 August at 11:00 at the terminal gate building in Leça da
Palmeira. You'll meet Marta Sousa from HR and the yard operations lead. Bring ID - the
port security desk needs it to issue a day pass.

Can you let me know today that you can make it? I'll confirm with Marta straight away.

Best,
Hannah Price
Senior Recruitment Consultant - Logistics
Atlantic Staffing Partners
+351 91 203 4418
""",
)

# ================================================================== invitations, French

_ADOUR_ESSAI = """\
Bonjour Joaquín,

Suite à notre échange téléphonique, j'ai le plaisir de vous proposer une journée
d'essai au poste d'agent d'exploitation (répartition des tournées) sur notre plateforme
de Bayonne.

Date : mardi 19 mai 2026, de 7h00 à 15h00
Lieu : Transports Adour Express, 45 chemin de Lahubiague, 64100 Bayonne
Vous serez accompagné par Peio Elissalde, chef d'exploitation.

Merci de prévoir des chaussures de sécurité. Le déjeuner est pris en charge. Vous
trouverez ci-joint l'invitation pour votre agenda.

Cordialement,
Maïté Etcheverry
Responsable RH - Transports Adour Express
05 59 50 33 14
"""

inv(
    id="t4_invite", slug="adour_trial_day_latin1", lang="fr",
    company="Transports Adour Express", contact="maite.etcheverry@adour-express.example.fr",
    frm=("Maïté Etcheverry", "maite.etcheverry@adour-express.example.fr"),
    name_enc=("iso-8859-1", "Q"),
    date="2026-05-12 14:22 +0200", parent="t4_ack",
    subject="Journée d'essai - agent d'exploitation", subj_enc=("iso-8859-1", "B"),
    charset="iso-8859-1", cte="quoted-printable",
    text=_ADOUR_ESSAI,
    ics={"method": "REQUEST", "uid": "adour-essai-0519-jhl@adour-express.example.fr", "seq": 0,
             "start": "2026-05-19 07:00 +0200", "end": "2026-05-19 15:00 +0200",
             "summary": "Journée d'essai - agent d'exploitation",
             "location": "Transports Adour Express, 45 chemin de Lahubiague, Bayonne",
             "organizer": ("Maïté Etcheverry", "maite.etcheverry@adour-express.example.fr")},
)

inv(
    id="nive_invite", slug="nive_adour_entretien_ics", lang="fr",
    company="Clinique Nive-Adour", contact="s.lacoste@nive-adour.example.fr",
    frm=("Sandrine Lacoste", "s.lacoste@nive-adour.example.fr"),
    date="2026-06-22 10:05 +0200",
    subject="Convocation à un entretien - Régulateur/trice des transports patients",
    text="""\
Bonjour Monsieur Herrera-Lindgren,

Votre candidature a retenu notre attention. Nous souhaitons vous rencontrer pour un
entretien le vendredi 26 juin à 14h00 à la clinique (bâtiment administratif, 2e étage).

L'entretien se déroulera avec le cadre du service des admissions et moi-même, pour une
durée d'environ 45 minutes. Vous trouverez l'invitation en pièce jointe.

Je vous remercie de bien vouloir me confirmer votre présence.

Bien cordialement,
Sandrine Lacoste
Responsable des ressources humaines
Clinique Nive-Adour
12 allée des Platanes, 64100 Bayonne
05 59 44 18 20
""",
    ics={"method": "REQUEST", "uid": "nive-entretien-0626@nive-adour.example.fr", "seq": 0,
             "start": "2026-06-26 14:00 +0200", "end": "2026-06-26 14:45 +0200",
             "summary": "Entretien - régulateur des transports patients",
             "location": "Clinique Nive-Adour, bâtiment administratif",
             "organizer": ("Sandrine Lacoste", "s.lacoste@nive-adour.example.fr"),
             "filename": "entretien.ics"},
    ics_in="mixed",
)

_BISCAYE = """\
Bonjour Joaquín,

Bonne nouvelle : Biscaye Distribution souhaite vous rencontrer pour le poste d'agent
d'exploitation en CDD de six mois. J'ai calé l'entretien le mardi 1er septembre à 10h00
sur leur site de Mouguerre (zone Lan Alde, bâtiment C).

Vous verrez le responsable d'exploitation, M. Irigoyen. Comptez 45 minutes. Pensez à
prendre votre CV imprimé, ils aiment bien l'avoir sous les yeux.

Je vous appelle lundi pour vous briefer.

Julien Harriet
Chargé de recrutement - Intérim Atlantique
06 71 22 48 90
"""

inv(
    id="biscaye_invite", slug="interim_sets_up_biscaye_interview", lang="fr",
    company="Biscaye Distribution", contact="julien.harriet@interim-atlantique.example.fr",
    frm=("Julien Harriet", "julien.harriet@interim-atlantique.example.fr"),
    date="2026-08-24 16:30 +0200", parent="interim_ack",
    subject="Entretien chez Biscaye Distribution le 1er septembre",
    text=_BISCAYE,
    html=simple_html(paras(_BISCAYE), lang="fr"),
)

# ================================================================== invitations, German

_FRANKEN_INVITE = """\
Sehr geehrter Herr Herrera-Lindgren,

vielen Dank für Ihre Bewerbung als Disponent (m/w/d) in unserem Paketzentrum am Hafen.
Ihre Unterlagen haben uns überzeugt, und wir möchten Sie gern persönlich kennenlernen.

Termin: Montag, 27. April 2026, 10:00 Uhr
Ort: Frankenlog, Hafenstraße 58, 90451 Nürnberg, Empfang Verwaltung
Gesprächspartner: Herr Endres (Leitung Disposition) und ich

Bitte bestätigen Sie den Termin über die beigefügte Kalendereinladung. Falls Sie
Unterstützung bei der Anreise aus Spanien benötigen, sprechen Sie mich gern an.

Mit freundlichen Grüßen
Katrin Vogler
Personalreferentin · Frankenlog
Tel. +49 911 64 09 2210
"""

inv(
    id="t3_invite", slug="frankenlog_einladung_calendar", lang="de",
    company="Frankenlog", contact="katrin.vogler@frankenlog.example.de",
    frm=("Katrin Vogler", "katrin.vogler@frankenlog.example.de"),
    date="2026-04-20 09:05 +0200", parent="t3_ack",
    subject="Einladung zum Vorstellungsgespräch – Disponent (m/w/d)",
    text=_FRANKEN_INVITE,
    html=simple_html(paras(_FRANKEN_INVITE), lang="de"),
    ics={"method": "REQUEST", "uid": "frankenlog-vg-20260427-jhl@frankenlog.example.de", "seq": 0,
             "start": "2026-04-27 10:00 +0200", "end": "2026-04-27 11:00 +0200",
             "summary": "Vorstellungsgespräch Disponent (m/w/d) – Herrera-Lindgren",
             "location": "Frankenlog, Hafenstraße 58, Nürnberg",
             "organizer": ("Katrin Vogler", "katrin.vogler@frankenlog.example.de")},
)

inv(
    id="pegnitz_invite", slug="pegnitztal_phone_interview_ask", lang="de",
    company="Pegnitztal Bus", contact="j.hofmann@pegnitztalbus.example.de",
    frm=("Jürgen Hofmann", "j.hofmann@pegnitztalbus.example.de"),
    date="2026-09-07 13:10 +0200",
    subject="Ihre Bewerbung Leitstellendisponent – Telefoninterview",
    cte="quoted-printable",
    text="""\
Guten Tag Herr Herrera-Lindgren,

danke für Ihre Bewerbung als Leitstellendisponent (m/w/d) bei Pegnitztal Bus. Bevor wir
Sie nach Nürnberg einladen, würde ich gern ein kurzes Telefoninterview mit Ihnen führen.

Passt Ihnen Donnerstag, der 10. September, um 9:00 Uhr? Ich rufe Sie auf Ihrer
spanischen Mobilnummer an. Wir sprechen ca. 30 Minuten, gern auch teilweise auf
Englisch.

Freundliche Grüße
Jürgen Hofmann
Leiter Verkehrsleitstelle
Pegnitztal Bus GmbH · Fürther Straße 244 · 90429 Nürnberg
Tel. 0911 92 30 415
""",
)

inv(
    id="klinikum_invite", slug="klinikum_successfactors_auswahltag", lang="de",
    company="Klinikum Pegnitzgrund", contact="",
    frm=("Klinikum Pegnitzgrund", "noreply@successfactors.eu"),
    date="2026-08-31 06:50 +0000", headers=AUTO_GENERATED,
    subject="Einladung zum Auswahltag – Disponent Patiententransport (m/w/d)",
    html=ats_card(
        "Klinikum Pegnitzgrund · Karriere",
        "Einladung zum Auswahltag",
        paras("""\
Sehr geehrter Herr Herrera-Lindgren,

wir freuen uns, Sie zu unserem Auswahltag für die Position Disponent Patiententransport
(m/w/d) einzuladen.

Datum: Donnerstag, 10. September 2026, 8:30 bis ca. 14:00 Uhr
Ort: Klinikum Pegnitzgrund, Bildungszentrum, Raum 1.14

Der Tag besteht aus einer Gruppenübung, einer Disposition am Übungsrechner und einem
Einzelgespräch. Bitte bestätigen Sie Ihre Teilnahme im Bewerberportal.

Ihr Recruiting-Team"""),
        "Diese Nachricht wurde automatisch versendet. Antworten an diese Adresse werden nicht "
        "gelesen.",
        color="#005f6b", lang="de",
        button=("Teilnahme bestätigen", "https://karriere.klinikum-pegnitzgrund.example.de/portal"),
    ),
    html_cte="base64",
)

# ================================================================== reschedules, Spanish

mov(
    id="t1_move", slug="duero_moved_to_thursday_seq1", lang="es",
    company="Paquetería Duero Exprés", contact="ana.otero@duero-expres.example.es",
    frm=("Ana Belén Otero", "ana.otero@duero-expres.example.es"),
    date="2026-02-12 16:48 +0100", parent="t1_invite",
    subject="Cambio de hora: entrevista Planificador/a de Tráfico",
    text="""\
Hola Joaquín:

Rafa tiene que estar el martes en la auditoría del cliente de Medina, así que
necesitamos pasar tu entrevista al jueves 19 de febrero, misma hora (10:00) y mismo
sitio. Te acabo de actualizar la convocatoria del calendario.

Perdona el lío. Si el jueves no pudieras, dime y buscamos otro hueco.

Ana Belén
""",
    ics={"method": "REQUEST", "uid": "duero-entrevista-7731@duero-expres.example.es", "seq": 1,
             "start": "2026-02-19 10:00 +0100", "end": "2026-02-19 11:00 +0100",
             "summary": "Entrevista Planificador/a de Tráfico - Joaquín Herrera-Lindgren",
             "location": "Paquetería Duero Exprés, C/ del Metal 14, Valladolid",
             "organizer": ("Ana Belén Otero", "ana.otero@duero-expres.example.es")},
)

mov(
    id="t7_cancel", slug="tormes_cancel_without_decision", lang="es",
    company="Autobuses Tormes", contact="inigo.sastre@tormesbus.example.es",
    frm=("Íñigo Sastre", "inigo.sastre@tormesbus.example.es"), name_enc=("utf-8", "Q"),
    date="2026-06-05 08:32 +0200", parent="t7_invite",
    subject="Cancelada: Entrevista regulador/a de tráfico",
    text="""\
Joaquín, buenos días:

Tengo que anular la entrevista del martes 9. La dirección ha convocado una reunión de
presupuestos justo esa mañana y va a revisar, entre otras cosas, si la plaza de
regulador se mantiene tal cual.

Tu candidatura sigue en pie; en cuanto sepa algo te escribo y, si seguimos adelante,
buscamos fecha nueva.

Íñigo
""",
    ics={"method": "CANCEL", "uid": "tormes-reg-0609-1200@tormesbus.example.es", "seq": 1,
             "start": "2026-06-09 12:00 +0200", "end": "2026-06-09 12:45 +0200",
             "summary": "Entrevista regulador/a de tráfico",
             "location": "Cocheras Autobuses Tormes, Avda. de los Cipreses 31, Salamanca",
             "organizer": ("Íñigo Sastre", "inigo.sastre@tormesbus.example.es")},
)

mov(
    id="esgueva_move", slug="esgueva_interviewer_ill", lang="es",
    company="Hospital Clínico del Esgueva", contact="beatriz.nieto@hcesgueva.example.es",
    frm=("Beatriz Nieto Sanz", "beatriz.nieto@hcesgueva.example.es"),
    date="2026-07-09 13:27 +0200", parent="esgueva_invite",
    subject="Modificación de fecha - entrevista Coordinador/a de transporte sanitario",
    text="""\
Estimado Sr. Herrera-Lindgren:

Le escribo porque el Dr. Requejo, miembro de la comisión, se encuentra de baja por
enfermedad esta semana y la comisión no puede constituirse el lunes. La entrevista pasa
al martes 14 de julio a las 10:00, en la misma sala.

Le adjunto la convocatoria actualizada. Disculpe las molestias.

Un saludo cordial,
Beatriz Nieto Sanz
Gestión de Personal · Hospital Clínico del Esgueva
""",
    ics={"method": "REQUEST", "uid": "hce-comision-0713-jhl@hcesgueva.example.es", "seq": 1,
             "start": "2026-07-14 10:00 +0200", "end": "2026-07-14 10:45 +0200",
             "summary": "Entrevista comisión - Coordinador/a transporte sanitario",
             "location": "Hospital Clínico del Esgueva, Dirección, 3.ª planta",
             "organizer": ("Beatriz Nieto Sanz", "beatriz.nieto@hcesgueva.example.es"),
             "filename": "convocatoria-actualizada.ics"},
    ics_in="mixed",
)

_PISUERGA_MOVE = """\
Hola Joaquín:

Te escribo por la jornada de evaluación del lunes 27. Ese día tenemos inventario
general en la plataforma y la sala de formación va a estar ocupada, así que la hemos
trasladado al martes 5 de mayo, mismo horario (9:00 a 13:00) y mismo lugar.

¿Me confirmas que puedes venir el martes? Si no, te busco plaza en la siguiente
jornada, que será a finales de mayo.

Gracias y perdona el cambio,
Rocío Villalba
Técnica de Selección · Supermercados Pisuerga
"""

mov(
    id="pisuerga_move", slug="pisuerga_assessment_moved", lang="es",
    company="Supermercados Pisuerga", contact="rocio.villalba@superpisuerga.example.es",
    frm=("Rocío Villalba", "rocio.villalba@superpisuerga.example.es"), name_enc=("utf-8", "B"),
    date="2026-04-23 17:05 +0200", parent="pisuerga_invite",
    subject="Cambio de fecha: jornada de evaluación",
    text=_PISUERGA_MOVE,
    html=simple_html(paras(_PISUERGA_MOVE)),
    cte="base64",
)

mov(
    id="t6_move", slug="ett_client_moves_trial_day", lang="es",
    company="Supermercados Cumbre Leonesa", contact="nerea.fidalgo@talentotemporal.example.es",
    frm=("Nerea Fidalgo", "nerea.fidalgo@talentotemporal.example.es"),
    date="2026-01-26 09:41 +0100", parent="t6_invite",
    subject="Cambio en la prueba de Cumbre Leonesa",
    charset="iso-8859-1", cte="quoted-printable", subj_enc=("iso-8859-1", "Q"),
    text="""\
Hola Joaquín:

Me acaba de llamar Toño, de Cumbre Leonesa: el miércoles les llega un camión de
inventario y no van a poder dedicarte tiempo. Pasan la jornada de prueba al viernes 30
de enero, mismo horario de 8:00 a 14:00 y mismo almacén.

Si el viernes no te va bien, avísame esta mañana y lo renegocio.

Nerea
Talento Temporal ETT - León
""",
)

_BERNESGA_UPD = """\
Hola Joaquín:

Te he actualizado la convocatoria: el jueves 28 mantenemos la entrevista, pero la
retrasamos a las 12:30 porque el director de operaciones quiere estar presente y por la
mañana tiene una visita. Será en la sala Órbigo, planta baja.

Un saludo,
Lorena Díez Fuertes
Técnica de Personas · Logística Bernesga
T. 987 80 12 45
"""

mov(
    id="bernesga_update", slug="bernesga_outlook_updated_meeting", lang="es",
    company="Logística Bernesga", contact="lorena.diez@bernesga-logistica.example.es",
    frm=("Lorena Díez Fuertes", "lorena.diez@bernesga-logistica.example.es"),
    date="2026-05-27 08:05 +0200", parent="bernesga_invite",
    subject="Actualizado: Entrevista - Planificador/a de rutas (León)",
    headers=[("Thread-Topic", "Entrevista - Planificador/a de rutas (León)"),
             ("Content-Language", "es-ES")],
    text=_BERNESGA_UPD,
    html=outlook_html(mso(_BERNESGA_UPD)),
    ics={"method": "REQUEST", "uid": "040000008200E00074C5B7101A82E00800000000B0D5F2A1@bernesga",
             "seq": 1, "start": "2026-05-28 12:30 +0200", "end": "2026-05-28 13:30 +0200",
             "summary": "Entrevista - Planificador/a de rutas (León)",
             "location": "Logística Bernesga - Sala Órbigo",
             "organizer": ("Lorena Díez Fuertes", "lorena.diez@bernesga-logistica.example.es")},
)

mov(
    id="cibeles_cancel", slug="cibeles_workday_interview_cancelled", lang="es",
    company="Mensajería Cibeles", contact="",
    frm=("Mensajería Cibeles", "mensajeriacibeles@myworkday.com"),
    date="2026-03-16 12:20 +0000", parent="cibeles_invite", headers=AUTO_GENERATED,
    subject="Tu entrevista ha sido cancelada - Coordinador/a de Tráfico (R-04471)",
    text="""\
Hola Joaquín:

La entrevista que tenías programada para el 18 de marzo a las 11:00 ha sido cancelada
por la persona entrevistadora.

Tu candidatura sigue activa. En los próximos días recibirás un nuevo mensaje para
elegir otra franja.

Equipo de Adquisición de Talento
Mensajería Cibeles

Mensaje automático de Workday. No respondas a esta dirección.
""",
    html=ats_card(
        "Mensajería Cibeles · Empleo",
        "Entrevista cancelada",
        paras("""\
Hola Joaquín:

La entrevista que tenías programada para el 18 de marzo a las 11:00 ha sido cancelada
por la persona entrevistadora.

Tu candidatura sigue activa. En los próximos días recibirás un nuevo mensaje para
elegir otra franja.

Equipo de Adquisición de Talento"""),
        "Mensaje automático de Workday. No respondas a esta dirección.",
        color="#b3122e",
    ),
)

_IBERCARGO_ASK = """\
Hola Irene:

Muchas gracias por la invitación. El lunes 17 tengo turno de reparto de 8 a 14 y no
consigo cambiarlo con tan poco margen. ¿Habría alguna posibilidad otro día de esa
semana, preferiblemente por la tarde?

Un saludo,
Joaquín
"""

mov(
    id="ibercargo_move", slug="ibercargo_new_time_quotes_candidate", lang="es",
    company="Ibercargo", contact="irene.soto@ibercargo.example.es",
    frm=("Irene Soto", "irene.soto@ibercargo.example.es"),
    date="2026-08-14 09:26 +0200", parent="ibercargo_ask",
    subject="RE: Entrevista Teams - Dispatcher San Fernando de Henares",
    text="""\
Hola Joaquín:

Sin problema. Movemos la entrevista al miércoles 19 de agosto a las 16:00, con el mismo
enlace de Teams. Marcos también puede a esa hora.

Un saludo,
Irene Soto
Talent Acquisition · Ibercargo

""" + wrote("es", "jue, 13 ago 2026 a las 22:05", CAND[0], CAND[1]) + "\n" + quote(_IBERCARGO_ASK),
)

# ================================================================== reschedules, English

_INVICTA_MOVE = """\
Dear Joaquín,

Apologies for the change: our HR colleague Ana has been called to a union meeting on
Monday morning, so we are moving your panel interview by one day, to Tuesday 12 May at
10:00. Everything else stays the same.

An updated meeting request is included with this message.

Kind regards,
Rui Pacheco
Operations Control Manager | Invicta Mobility
"""

mov(
    id="invicta_move", slug="invicta_panel_moved_seq1", lang="en",
    company="Invicta Mobility", contact="rui.pacheco@invictamobility.example.pt",
    frm=("Rui Pacheco", "rui.pacheco@invictamobility.example.pt"),
    date="2026-05-07 12:10 +0100", parent="invicta_invite",
    subject="Updated invitation: Panel interview - Control Room Dispatcher",
    text=_INVICTA_MOVE,
    html=simple_html(paras(_INVICTA_MOVE), lang="en"),
    ics={"method": "REQUEST", "uid": "invicta-panel-2026-0511-jhl@invictamobility.example.pt",
             "seq": 1, "start": "2026-05-12 10:00 +0100", "end": "2026-05-12 11:15 +0100",
             "summary": "Panel interview - Control Room Dispatcher",
             "location": "Invicta Mobility, Rua do Heroísmo 210, Porto",
             "organizer": ("Rui Pacheco", "rui.pacheco@invictamobility.example.pt")},
)

mov(
    id="gaia_cancel", slug="gaia_thursday_off_new_time_later", lang="en",
    company="Gaia Cold Chain", contact="duarte.mendes@gaiacoldchain.example.pt",
    frm=("Duarte Mendes", "duarte.mendes@gaiacoldchain.example.pt"),
    date="2026-06-17 07:58 +0100", parent="gaia_invite",
    subject="Re: quick chat?",
    text="""\
Morning Joaquín,

Sorry, I need to cancel our chat on Thursday - two of my dispatchers are off sick and
I'll be on the desk all day. Nothing to do with you; I'm still keen to talk.

I'll come back to you with a new time once the rota settles down, probably next week.

Duarte

""" + wrote("en", "Mon, 15 Jun 2026 at 21:03", CAND[0], CAND[1]) + "\n" + quote("""\
Hi Duarte,
Thursday works well for me. Would 16:00 Porto time be OK? A video call is fine.
Thanks,
Joaquín
"""),
)

mov(
    id="douro_move", slug="douro_greenhouse_rescheduled", lang="en",
    company="Douro Parcel Network", contact="",
    frm=("Douro Parcel Network", "no-reply@greenhouse-mail.io"),
    date="2026-07-15 13:45 +0100", parent="douro_invite", headers=AUTO_GENERATED,
    subject="Your interview has been rescheduled",
    text="""\
Hi Joaquín,

Your interview for Route Dispatcher (Maia) has been rescheduled.

New time: Tuesday 21 July 2026, 15:00 - 15:45 (Lisbon)
Interviewers: Inês Carvalho, Hugo Sampaio
Location: video call (link in the calendar invitation)

If this time no longer works, please contact the recruiter.

Douro Parcel Network
""",
    ics={"method": "REQUEST", "uid": "gh-interview-88412-douroparcel@greenhouse-mail.io", "seq": 1,
             "start": "2026-07-21 15:00 +0100", "end": "2026-07-21 15:45 +0100",
             "summary": "Interview: Route Dispatcher (Maia) - Joaquín Herrera-Lindgren",
             "location": "Video call",
             "organizer": ("Inês Carvalho", "ines.carvalho@douroparcel.example.pt"),
             "filename": "invite.ics"},
    ics_in="mixed",
)

mov(
    id="leixoes_move", slug="agency_relays_leixoes_new_date", lang="en",
    company="Leixões Port Services", contact="hannah.price@atlanticstaffing.example.pt",
    frm=("Hannah Price", "hannah.price@atlanticstaffing.example.pt"),
    date="2026-08-12 16:02 +0100", parent="leixoes_invite",
    subject="Change of date - Leixões interview",
    cte="quoted-printable",
    text="""\
Hi Joaquín,

Marta from Leixões Port Services just rang: there's a vessel arriving early on Friday
and the yard lead can't leave the quay, so they've asked to move your interview to
Tuesday 18 August, still at 11:00 and still at the gate building.

I've said yes provisionally - shout if Tuesday is a problem.

Hannah
Atlantic Staffing Partners
""",
)

# ================================================================== reschedules, French

mov(
    id="t4_cancel", slug="adour_trial_day_cancel_method", lang="fr",
    company="Transports Adour Express", contact="maite.etcheverry@adour-express.example.fr",
    frm=("Maïté Etcheverry", "maite.etcheverry@adour-express.example.fr"),
    date="2026-05-15 17:40 +0200", parent="t4_invite",
    subject="Annulé : Journée d'essai - agent d'exploitation",
    text="""\
Bonjour Joaquín,

Je suis contrainte d'annuler la journée d'essai prévue mardi 19 mai : un mouvement
social est annoncé sur la plateforme ce jour-là et l'exploitation fonctionnera en mode
dégradé.

Ce n'est que partie remise. Je vous propose une nouvelle date dès que possible, sans
doute la semaine du 25 mai.

Cordialement,
Maïté Etcheverry
Responsable RH - Transports Adour Express
""",
    ics={"method": "CANCEL", "uid": "adour-essai-0519-jhl@adour-express.example.fr", "seq": 1,
             "start": "2026-05-19 07:00 +0200", "end": "2026-05-19 15:00 +0200",
             "summary": "Journée d'essai - agent d'exploitation",
             "location": "Transports Adour Express, 45 chemin de Lahubiague, Bayonne",
             "organizer": ("Maïté Etcheverry", "maite.etcheverry@adour-express.example.fr")},
)

mov(
    id="nive_move", slug="nive_adour_slot_moved_qp", lang="fr",
    company="Clinique Nive-Adour", contact="s.lacoste@nive-adour.example.fr",
    frm=("Sandrine Lacoste", "s.lacoste@nive-adour.example.fr"),
    date="2026-06-24 09:12 +0200", parent="nive_invite",
    subject="Report de votre entretien du 26 juin",
    cte="quoted-printable",
    text="""\
Bonjour Monsieur Herrera-Lindgren,

Le cadre des admissions doit assurer une astreinte vendredi après-midi. Je me vois donc
obligée de décaler notre entretien au mardi 30 juin à 10h00, au même endroit.

Pourriez-vous me dire si ce nouveau créneau vous convient ?

Bien cordialement,
Sandrine Lacoste
Clinique Nive-Adour - Ressources humaines
""",
)

# ================================================================== reschedules, German

_FRANKEN_MOVE = """\
Sehr geehrter Herr Herrera-Lindgren,

leider muss Herr Endres am Montag kurzfristig zu einem Kunden nach Regensburg. Wir
verschieben unser Gespräch daher auf Donnerstag, 30. April 2026, 14:00 Uhr. Ort und
Ablauf bleiben unverändert.

Die aktualisierte Einladung finden Sie anbei. Ich hoffe, das lässt sich mit Ihrer
Anreise vereinbaren.

Mit freundlichen Grüßen
Katrin Vogler
Personalreferentin · Frankenlog
"""

mov(
    id="t3_move", slug="frankenlog_termin_verschoben_seq1", lang="de",
    company="Frankenlog", contact="katrin.vogler@frankenlog.example.de",
    frm=("Katrin Vogler", "katrin.vogler@frankenlog.example.de"),
    date="2026-04-22 11:18 +0200", parent="t3_invite",
    subject="Terminverschiebung: Vorstellungsgespräch Disponent (m/w/d)",
    text=_FRANKEN_MOVE,
    html=simple_html(paras(_FRANKEN_MOVE), lang="de"),
    html_cte="base64",
    ics={"method": "REQUEST", "uid": "frankenlog-vg-20260427-jhl@frankenlog.example.de", "seq": 1,
             "start": "2026-04-30 14:00 +0200", "end": "2026-04-30 15:00 +0200",
             "summary": "Vorstellungsgespräch Disponent (m/w/d) – Herrera-Lindgren",
             "location": "Frankenlog, Hafenstraße 58, Nürnberg",
             "organizer": ("Katrin Vogler", "katrin.vogler@frankenlog.example.de")},
)

# ================================================================== missed, Spanish

miss(
    id="t5_missed", slug="arlanzon_hospital_no_show_test", lang="es",
    company="Hospital Comarcal del Arlanzón", contact="malonso@hcarlanzon.example.es",
    frm=("Mercedes Alonso Peña", "malonso@hcarlanzon.example.es"),
    date="2026-04-16 13:10 +0200", parent="t5_invite",
    subject="Incomparecencia - prueba práctica PS 12/2026",
    text="""\
Estimado Sr. Herrera-Lindgren:

Le comunicamos que hoy, 16 de abril, a las 9:30, no se ha presentado usted a la prueba
práctica del proceso 12/2026 a la que fue convocado. El tribunal esperó hasta las 9:50
antes de comenzar con el resto de aspirantes.

Si la ausencia se debió a una causa de fuerza mayor, puede aportar la justificación
correspondiente en un plazo de tres días hábiles respondiendo a este correo.

Atentamente,
Mercedes Alonso Peña
Unidad de Selección y Provisión
Hospital Comarcal del Arlanzón
""",
)

miss(
    id="norte_missed", slug="headhunter_called_twice", lang="es",
    company="Norte Talento", contact="borja.esteban@nortetalento.example.es",
    frm=("Borja Esteban", "borja.esteban@nortetalento.example.es"),
    date="2026-07-03 10:24 +0200", parent="norte_invite",
    subject="RE: Llamada - Responsable de Tráfico (cliente confidencial)",
    text="""\
Joaquín, te he llamado dos veces a las 10:00 y a las 10:10 y me salta el buzón de voz.
Imagino que te ha surgido algo con el reparto.

Dime cuándo te viene bien y lo intentamos otra vez; la semana que viene tengo hueco
el lunes por la tarde.

Borja
""",
)

_CASTELLANA_MISSED = """\
Hola Joaquín:

Te estuvimos esperando en la videollamada de Teams de hoy a las 17:00 que reservaste
desde el enlace. Sergio se conectó y estuvo en la sala hasta las 17:20, pero no llegaste
a entrar.

Si tuviste algún problema técnico o te surgió algo, cuéntanoslo y vemos si podemos
volver a encajarla esta semana.

Un saludo,
Sergio Pardo
Operaciones · Rápido Castellana
"""

miss(
    id="castellana_missed", slug="castellana_waited_on_teams", lang="es",
    company="Rápido Castellana", contact="sergio.pardo@rapidocastellana.example.es",
    frm=("Sergio Pardo", "sergio.pardo@rapidocastellana.example.es"),
    date="2026-06-11 17:31 +0200", parent="castellana_invite",
    subject="No coincidimos en la videollamada",
    text=_CASTELLANA_MISSED,
    html=simple_html(paras(_CASTELLANA_MISSED)),
)

miss(
    id="tdc_missed", slug="tierra_campos_waited_at_warehouse", lang="es",
    company="Distribuciones Tierra de Campos", contact="marojo@tierradecampos-dist.example.es",
    frm=("Miguel Ángel Rojo", "marojo@tierradecampos-dist.example.es"),
    name_enc=("iso-8859-1", "B"),
    date="2026-09-15 10:05 +0200", parent="tdc_invite",
    subject="¿Todo bien? Te esperábamos a las 9", subj_enc=("iso-8859-1", "Q"),
    charset="iso-8859-1", cte="8bit",
    text="""\
Hola Joaquín:

Paco te ha estado esperando en el muelle 4 desde las 9:00 y no has aparecido. Te he
llamado al móvil un par de veces, pero está apagado.

Dime algo cuando puedas. Si ha sido un malentendido con la hora, Paco podría verte
el jueves a primera hora.

Miguel Ángel Rojo
Distribuciones Tierra de Campos
983 36 14 02
""",
)

miss(
    id="goticos_missed", slug="campos_goticos_no_answer_html", lang="es",
    company="Frigoríficos Campos Góticos", contact="oscar.lobato@camposgoticos.example.es",
    frm=("Óscar Lobato", "oscar.lobato@camposgoticos.example.es"),
    date="2026-09-02 12:40 +0200", parent="goticos_invite",
    subject="Entrevista de hoy a las 12:00",
    html=simple_html(paras("""\
Hola Joaquín:

Esta mañana a las 12:00 el jefe de planificación y yo estuvimos conectados al Teams de
la entrevista, pero no conseguimos contactar contigo: no entraste en la reunión y el
teléfono daba apagado o fuera de cobertura.

¿Ha pasado algo? Si sigues interesado en el puesto, respóndeme y vemos qué podemos
hacer.

Un saludo,
Óscar Lobato
Talento · Frigoríficos Campos Góticos""")),
)

miss(
    id="tt_missed", slug="ett_unnamed_client_waited", lang="es",
    company="Talento Temporal", contact="nerea.fidalgo@talentotemporal.example.es",
    frm=("Nerea Fidalgo", "nerea.fidalgo@talentotemporal.example.es"),
    date="2026-10-12 12:58 +0200",
    subject="Entrevista de esta mañana con el cliente",
    text="""\
Joaquín:

Me llama el cliente de Trobajo para decirme que esta mañana te estuvieron esperando a
las 11:00 para la entrevista de jefe de muelle y que no te presentaste. Tampoco me
consta ningún aviso tuyo.

Necesito que me digas qué ha pasado, porque les había hablado muy bien de ti y me toca
darles una explicación.

Nerea Fidalgo
Talento Temporal ETT - León
987 20 44 61
""",
)

# ================================================================== missed, English

miss(
    id="t2_missed", slug="ribeira_tried_calling_twice", lang="en",
    company="Ribeira Freight", contact="sofia.almeida@ribeirafreight.example.pt",
    frm=("Sofia Almeida", "sofia.almeida@ribeirafreight.example.pt"),
    date="2026-03-16 10:21 +0000", parent="t2_screen",
    subject="Our call this morning",
    text="""\
Hi Joaquín,

I tried calling you twice at 10:00 for our phone screen, but it went straight to
voicemail both times. I left a short message.

Is everything OK? If you'd still like to go ahead, reply with a couple of times that
suit you this week.

Best,
Sofia Almeida
Talent Partner | Ribeira Freight
""",
)

miss(
    id="clerigos_missed", slug="clerigos_waited_on_zoom", lang="en",
    company="Clérigos Couriers", contact="nuno@clerigoscouriers.example.pt",
    frm=("Nuno Teixeira", "nuno@clerigoscouriers.example.pt"),
    date="2026-04-28 18:16 +0100",
    subject="Missed you on Zoom", cte="base64",
    text="""\
Hi Joaquín,

We waited on Zoom for 15 minutes at 17:30 but didn't see you join. No worries if
something came up on your shift - riders' days never go to plan, I know that better
than anyone.

Want to try again Monday, same time?

Nuno
Clérigos Couriers
""",
)

# ================================================================== missed, French / German

_INTERIM_MISSED = """\
Bonjour Joaquín,

Notre client de Tarnos vous a attendu ce matin à 8h30 pour l'entretien de chef d'équipe
quai, et vous ne vous êtes pas présenté. J'ai essayé de vous joindre à deux reprises,
sans réponse.

Merci de me rappeler rapidement pour que je puisse leur donner une explication et, si
possible, proposer un autre rendez-vous.

Julien Harriet
Intérim Atlantique - Agence de Bayonne
06 71 22 48 90
"""

miss(
    id="interim_missed", slug="interim_unnamed_client_no_show", lang="fr",
    company="Intérim Atlantique", contact="julien.harriet@interim-atlantique.example.fr",
    frm=("Julien Harriet", "julien.harriet@interim-atlantique.example.fr"),
    date="2026-09-21 09:47 +0200",
    subject="Entretien de ce matin - vous étiez absent",
    text=_INTERIM_MISSED,
    html=simple_html(paras(_INTERIM_MISSED), lang="fr"),
    html_charset="iso-8859-1", charset="iso-8859-1",
)

miss(
    id="pegnitz_missed", slug="pegnitztal_not_reached_by_phone", lang="de",
    company="Pegnitztal Bus", contact="j.hofmann@pegnitztalbus.example.de",
    frm=("Jürgen Hofmann", "j.hofmann@pegnitztalbus.example.de"),
    date="2026-09-10 09:35 +0200", parent="pegnitz_invite",
    subject="Telefontermin heute 9:00 Uhr", cte="base64",
    text="""\
Guten Tag Herr Herrera-Lindgren,

wir hatten für heute 9:00 Uhr ein Telefoninterview vereinbart. Ich habe Sie zum
vereinbarten Termin zweimal angerufen, Sie aber leider nicht erreicht.

Bitte melden Sie sich kurz, ob Sie weiterhin Interesse an der Stelle haben. Dann
finden wir einen neuen Termin.

Freundliche Grüße
Jürgen Hofmann
Leiter Verkehrsleitstelle · Pegnitztal Bus
""",
)
