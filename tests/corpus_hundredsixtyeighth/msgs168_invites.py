# ruff: noqa: C408 - each message is a hand-written dict(...) spec
"""Corpus 168: interview invitations (26), reschedules/cancellations (15) and missed-interview
notices (10), hand-written."""

from __future__ import annotations

from msgs168_common import (
    ats_card,
    ics,
    outlook_block,
    outlook_word,
    reply,
    simple_html,
)

INV = "interview_invitation"
MOV = "interview_reschedule_or_cancel"
MIS = "missed_interview_notice"

_TELMED = ("Martín Quiroga", "martin.quiroga@telmed.example.com.ar")
_CASTELLANA = ("Lucía Barrios", "lucia.barrios@castellanadigital.example.es")
_SUQUIA = ("Mónica Bustos", "mbustos@usuquia.example.edu.ar")
_FINGAL = ("Gráinne Nolan", "grainne.nolan@fingal.example.ie")
_SPREE = ("Lena Hartmann", "lena.hartmann@spreewaldpay.example.de")

_TELMED_INV = """Hola Joaquín, ¿cómo va?

Soy Martín, del equipo de Selección de Telecentro Mediterránea. Leímos tu postulación para Analista de Datos Jr. en el área de Experiencia de Cliente y nos gustaría conocerte.

Te propongo una entrevista por Google Meet el jueves 5 de marzo a las 10:00 (hora de Córdoba), de unos 45 minutos. Vas a hablar conmigo y con Carolina Ruiz, líder de Analytics de Atención. Te mando la invitación de calendario en este mismo correo; si el horario no te queda cómodo, avisame y buscamos otro.

Link: https://meet.example.com/tmd-anl-0305

Saludos,
Martín Quiroga
Selección y Desarrollo · Telecentro Mediterránea
Av. Colón 1010, Córdoba · (0351) 555-6020"""

_SUQUIA_INV = """Estimado Joaquín:

Nos comunicamos desde la Dirección de Recursos Humanos de la Universidad del Suquía en relación con su postulación al cargo de Analista de Datos del Observatorio de Trayectorias Estudiantiles.

La Comisión Asesora lo invita a una entrevista personal el lunes 20 de julio a las 9:30, en la sala de reuniones del Pabellón Argentina (Ciudad Universitaria). La entrevista durará aproximadamente una hora e incluirá una breve exposición (10 minutos) sobre cómo abordaría el seguimiento de la deserción en primer año.

Le adjuntamos la convocatoria en formato de calendario. Le solicitamos confirmar su asistencia respondiendo este correo.

Cordialmente,
Lic. Mónica Bustos
Dirección de Recursos Humanos
Universidad del Suquía
Av. Haya de la Torre s/n, Ciudad Universitaria, Córdoba
Tel. (0351) 555-4000 int. 217"""

_FINGAL_INV = """Dear Joaquin,

Thank you for your application for the post of Research Data Analyst (Grade IV, fixed-term 3 years) in the Office of Institutional Research.

I am pleased to invite you to interview before a panel on Thursday 4 June 2026 at 11:30 (Irish time), via Microsoft Teams. The panel will be chaired by Dr Declan Murphy. You will be asked to give a 10-minute presentation on "Using data to support first-year student retention", followed by competency-based questions.

A calendar invitation is attached. Please confirm your attendance by reply, and let me know if you require any reasonable accommodation.

Kind regards,
Gráinne Nolan
HR Recruitment Officer
University of Fingal, Swords Road, Co. Dublin
+353 1 555 7300"""

_MARAIS_INV = """Bonjour Joaquín,

Suite à votre candidature au poste d'Analyste Data Relation Client, j'ai le plaisir de vous proposer un entretien en visioconférence avec Madame Hélène Roussel, responsable du pôle Connaissance Client, et moi-même.

Il aurait lieu le mardi 16 juin à 15h00 (heure de Paris), soit 10h00 à Córdoba si je ne me trompe pas. L'entretien durera environ une heure et se déroulera en français et en anglais.

Pourriez-vous me confirmer votre disponibilité ?

Bien cordialement,

Claire Vasseur
Chargée de recrutement
Banque du Marais
12 rue des Francs-Bourgeois, 75004 Paris
Tél. 01 55 55 63 18"""

_SPREE_INV = """Hallo Herr Mbatha-Ferreyra,

vielen Dank für Ihre Bewerbung als Junior Data Analyst (m/w/d) bei Spreewald Pay. Ihr Profil hat uns neugierig gemacht, und wir würden Sie gern kennenlernen.

Ich lade Sie herzlich zu einem ersten Videogespräch am Dienstag, 19. Mai 2026, um 15:00 Uhr (Berliner Zeit) ein. Dabei sind Felix Brandt aus dem Risk-Team und ich. Das Gespräch findet auf Englisch statt und dauert etwa 45 Minuten. Die Kalendereinladung mit dem Link finden Sie im Anhang.

Passt Ihnen der Termin? Kurze Rückmeldung genügt.

Viele Grüße
Lena Hartmann
People & Culture
Spreewald Pay GmbH · Schlesische Str. 26 · 10997 Berlin"""

_OBELISCO_INV = """Hola Joaquín,

¡Felicitaciones! Pasaste la etapa de evaluación online para Analista de Datos de Siniestros y queremos invitarte a la siguiente instancia: un assessment grupal presencial.

Fecha: miércoles 5 de agosto
Horario: de 9:00 a 13:00
Lugar: Obelisco Seguros, Av. Roque Sáenz Peña 777, piso 9, CABA

Van a participar seis candidatos. Habrá una dinámica grupal con un caso de fraude en siniestros de autos y, al final, una entrevista individual breve con la jefa del área. Sabemos que viajás desde Córdoba: si confirmás antes del viernes, la compañía cubre el pasaje.

Confirmame por favor respondiendo este mail.

Mariana Sosa
Analista de Selección Sr. | Obelisco Seguros
msosa@obeliscoseguros.example.com.ar | +54 11 5555 9021"""

_ALMUDENA_INV = """Hola Joaquín:

Te confirmo la jornada de prueba para el puesto de Analista de Datos Retail el jueves 7 de mayo de 10:00 a 15:00 (hora de Madrid), en remoto. Te enviaremos por la mañana un conjunto de datos de ventas y a las 14:00 harás una presentación de 15 minutos ante el panel.

Un saludo,
Paloma

Paloma Gil
Responsable de Selección · Grupo Almudena
C/ de Alcalá 214, 28028 Madrid
T. +34 915 55 02 17"""

MESSAGES: list[dict] = [
    # ======================================================================= invitations, es
    dict(
        kind=INV, slug="naranjo_phone_screen", lang="es", key="naranjo_inv",
        parent="naranjo_ack", company="Naranjo Pagos",
        contact="sofia.ledesma@naranjopagos.example.com.ar",
        frm=("Sofía Ledesma", "sofia.ledesma@naranjopagos.example.com.ar"),
        subject="Analista de Datos Jr. – ¿charlamos el jueves?",
        date="2026-02-10 12:20", tz="ar", cte="8bit",
        text="""Hola Joaquín, ¿cómo estás?

Soy Sofía, de Talent Acquisition de Naranjo Pagos. Vi tu postulación para Analista de Datos Jr. y me interesó mucho que vengas del call center de un banco: conocés de primera mano los reclamos que después nosotros intentamos medir.

¿Tenés 20 minutos el jueves 12 a las 11:00 para una primera llamada telefónica? Te llamaría al número que dejaste en el formulario. Si no te queda bien, pasame dos o tres horarios que te sirvan esta semana.

Gracias,
Sofía Ledesma
Talent Acquisition · Naranjo Pagos
Bv. San Juan 780, piso 4 · X5000 Córdoba""",
    ),
    dict(
        kind=INV, slug="telmed_meet_calendar", lang="es", key="telmed_inv",
        company="Telecentro Mediterránea", contact="martin.quiroga@telmed.example.com.ar",
        frm=_TELMED, name_enc="utf-8:B",
        subject="Invitación: Entrevista Analista de Datos Jr. - jue 5 mar 10:00 (ART)",
        date="2026-03-02 16:45", tz="ar", layout="alt", cte="qp",
        text=_TELMED_INV, html=simple_html(_TELMED_INV),
        attach=[ics("REQUEST", "tmd-anl-0305@telmed.example.com.ar", "2026-03-05 10:00", 45,
                    "ar", "Entrevista Analista de Datos Jr. - Telecentro Mediterránea",
                    _TELMED, "Google Meet https://meet.example.com/tmd-anl-0305",
                    "Entrevista con Martín Quiroga y Carolina Ruiz.")],
    ),
    dict(
        kind=INV, slug="telmed_second_chance", lang="es", key="telmed_inv2",
        parent="telmed_sorry", company="Telecentro Mediterránea",
        contact="martin.quiroga@telmed.example.com.ar",
        frm=_TELMED, name_enc="iso-8859-1:Q",
        subject="Re: Disculpas por la entrevista de hoy",
        date="2026-03-06 09:30", tz="ar", layout="alt", cte="8bit",
        text=reply(
            """Joaquín, tranqui, son cosas que pasan.

Hablé con Carolina y preferimos conocerte en persona: te invito a una entrevista presencial en nuestra oficina de Av. Colón 1010 (piso 3, preguntá por Selección) el martes 10 de marzo a las 15:30. Vamos a estar ella, yo y alguien del equipo de BI, y te vamos a pedir que comentes un tablero de reclamos que te mostramos ahí. Calculá una hora y media.

Confirmame por acá y listo.

Martín""",
            "El jue, 5 mar 2026 a las 11:02, Joaquín Mbatha-Ferreyra <joaquin.mf@example.com.ar> escribió:",
            """Martín, te pido mil disculpas. Tuve un corte de luz en el barrio desde las 9:30 y no pude conectarme a la entrevista; recién vuelve el servicio. Entiendo si ya no es posible, pero si me dan otra oportunidad me acomodo a cualquier horario.

Joaquín""",
        ),
        html=outlook_word(reply(
            """Joaquín, tranqui, son cosas que pasan.

Hablé con Carolina y preferimos conocerte en persona: te invito a una entrevista presencial en nuestra oficina de Av. Colón 1010 (piso 3, preguntá por Selección) el martes 10 de marzo a las 15:30. Vamos a estar ella, yo y alguien del equipo de BI, y te vamos a pedir que comentes un tablero de reclamos que te mostramos ahí. Calculá una hora y media.

Confirmame por acá y listo.

Martín""",
            "El jue, 5 mar 2026 a las 11:02, Joaquín Mbatha-Ferreyra <joaquin.mf@example.com.ar> escribió:",
            """Martín, te pido mil disculpas. Tuve un corte de luz en el barrio desde las 9:30 y no pude conectarme a la entrevista; recién vuelve el servicio. Entiendo si ya no es posible, pero si me dan otra oportunidad me acomodo a cualquier horario.

Joaquín""",
        )),
    ),
    dict(
        kind=INV, slug="castellana_assessment_centre", lang="es", key="castellana_inv",
        parent="castellana_ack", company="Banco Castellana Digital",
        contact="lucia.barrios@castellanadigital.example.es",
        frm=_CASTELLANA,
        reply_to=("Lucía Barrios", "lucia.barrios@castellanadigital.example.es"),
        sender=("Banco Castellana Digital Talento", "talento@castellanadigital.example.es"),
        subject="Convocatoria al Assessment Center – Programa Data Analysts 2026",
        date="2026-03-24 10:05", tz="es", layout="alt", cte="qp",
        text="""Hola Joaquín:

Enhorabuena: has superado la fase de pruebas online del Programa Data Analysts 2026 de Banco Castellana Digital.

Te convocamos al Assessment Center virtual, que se celebrará el martes 31 de marzo de 14:00 a 18:00 (hora peninsular española; 10:00 a 14:00 en Argentina). La sesión incluye:

- una dinámica de grupo sobre un caso de abandono de clientes,
- un ejercicio individual con SQL y hojas de cálculo,
- una entrevista por competencias con dos personas del área de Datos.

Adjuntamos la invitación de calendario. Necesitarás cámara, micrófono y una conexión estable. Por favor, confirma tu asistencia antes del viernes.

Un saludo,
Lucía Barrios
Talent Acquisition · Banco Castellana Digital
Paseo de la Castellana 120, 28046 Madrid""",
        html=ats_card("""Hola Joaquín:

Enhorabuena: has superado la fase de pruebas online del Programa Data Analysts 2026 de Banco Castellana Digital.

Te convocamos al Assessment Center virtual, que se celebrará el martes 31 de marzo de 14:00 a 18:00 (hora peninsular española; 10:00 a 14:00 en Argentina). La sesión incluye:

- una dinámica de grupo sobre un caso de abandono de clientes,
- un ejercicio individual con SQL y hojas de cálculo,
- una entrevista por competencias con dos personas del área de Datos.

Adjuntamos la invitación de calendario. Necesitarás cámara, micrófono y una conexión estable. Por favor, confirma tu asistencia antes del viernes.

Un saludo,
Lucía Barrios
Talent Acquisition · Banco Castellana Digital
Paseo de la Castellana 120, 28046 Madrid""", "Banco Castellana Digital", "#b91c1c", "es"),
        attach=[ics("REQUEST", "bcd-ac-20260331@castellanadigital.example.es",
                    "2026-03-31 14:00", 240, "es", "Assessment Center - Data Analysts 2026",
                    _CASTELLANA, "Microsoft Teams", "Assessment Center virtual.",
                    inline=False, filename="assessment_center.ics")],
    ),
    dict(
        kind=INV, slug="andes_client_cobre", lang="es", key="andes_inv", parent="andes_cold",
        company="Cobre Analytics", contact="ifuenzalida@andessearch.example.cl",
        frm=("Ignacio Fuenzalida", "ifuenzalida@andessearch.example.cl"),
        subject="Entrevista con Cobre Analytics - martes 19",
        date="2026-05-14 18:10", tz="cl", cte="base64",
        text="""Hola Joaquín, ¿cómo estái? Perdón, ¿cómo estás? (la costumbre chilena).

Buenas noticias: Cobre Analytics revisó tu perfil y quiere conocerte para el cargo de Analista de Datos para clientes de retail. La entrevista sería con Daniela Contreras, gerenta de la práctica, el martes 19 de mayo a las 12:00 hora de Santiago (misma hora que en Córdoba en esta época, ojo). Es por Zoom y dura 45 minutos; te mando el enlace apenas me confirmes.

Un par de consejos: ten a mano un ejemplo concreto de algún análisis que hayas hecho en el banco y cómo cambió una decisión. A Daniela le gustan las respuestas cortas y con números.

Quedo atento,

Ignacio Fuenzalida
Partner · Andes Search Partners
Av. Apoquindo 3400, of. 702, Las Condes, Santiago
+56 2 2555 4180""",
    ),
    dict(
        kind=INV, slug="pocitos_call_thursday", lang="es", key="pocitos_inv",
        parent="pocitos_ack", company="Pocitos Pay",
        contact="rodrigo.acosta@pocitospay.example.com.uy",
        frm=("Rodrigo Acosta", "rodrigo.acosta@pocitospay.example.com.uy"),
        subject="Llamada por el puesto de Data Analyst",
        date="2026-06-22 14:15", tz="uy", cte="qp",
        text="""Hola Joaquín, ¿qué tal?

Te escribo de Pocitos Pay por tu postulación a Data Analyst. Me gustaría hacerte una llamada de 20 minutos para conocerte y contarte sobre el equipo.

¿Te viene bien el jueves 25 a las 10:00 (hora de Montevideo, que es la misma que la tuya)? Te llamaría al +54 9 351 555 0142, que es el número que figura en tu CV.

Saludos,
Rodrigo Acosta
Talent & People · Pocitos Pay
Bulevar España 2550, Montevideo""",
    ),
    dict(
        kind=INV, slug="suquia_panel_calendar", lang="es", key="suquia_inv",
        parent="suquia_ack", company="Universidad del Suquía",
        contact="mbustos@usuquia.example.edu.ar",
        frm=_SUQUIA, name_enc="iso-8859-1:B",
        subject="Citación a entrevista: Analista de Datos del Observatorio",
        subj_enc="iso-8859-1:Q",
        date="2026-07-13 11:40", tz="ar", layout="alt", charset="iso-8859-1", cte="qp",
        text=_SUQUIA_INV, html=simple_html(_SUQUIA_INV), html_charset="utf-8",
        attach=[ics("REQUEST", "usq-obs-entrevista-0720@usuquia.example.edu.ar",
                    "2026-07-20 09:30", 60, "ar",
                    "Entrevista - Analista de Datos del Observatorio", _SUQUIA,
                    "Pabellón Argentina, sala de reuniones, Ciudad Universitaria",
                    "Comisión Asesora. Exposición de 10 minutos.")],
    ),
    dict(
        kind=INV, slug="datanomica_free_thursday", lang="es", key="datanomica_inv",
        company="Datanómica", contact="facu.ibarra@datanomica.example.com.ar",
        frm=("Facu Ibarra", "facu.ibarra@datanomica.example.com.ar"),
        subject="¿Estás libre el jueves para charlar?",
        date="2026-03-16 19:22", tz="ar", cte="8bit",
        text="""Hola Joaquín!

Me pasó tu CV Euge, que hizo el curso de Power BI con vos. En Datanómica estamos buscando a alguien para armar tableros para un par de clientes de salud y me gustaría que charlemos.

¿Estás libre el jueves 19 a eso de las 17? Hacemos una videollamada por Teams de media hora, nada formal, para ver qué estuviste haciendo y contarte el proyecto. Te paso el link si te va.

Abrazo,
Facu Ibarra
Datanómica · Consultoría en datos
Palermo, CABA""",
    ),
    dict(
        kind=INV, slug="tornasol_lever_schedule", lang="es", key="tornasol_inv",
        parent="tornasol_ack", company="Mercado Tornasol",
        contact="agustina.paz@tornasol.example.com.ar",
        frm=("Mercado Tornasol", "no-reply@hire.lever.co"),
        reply_to=("Agustina Paz", "agustina.paz@tornasol.example.com.ar"),
        subject="Agendá tu entrevista con Mercado Tornasol",
        date="2026-08-18 15:00", tz="utc", layout="alt", cte="qp",
        text="""Hola Joaquín,

¡Gracias por tu interés en Analista de Datos – Marketplace! Nos gustaría avanzar con una entrevista con Agustina Paz (Recruiter) y Diego Lanús (Data Lead).

Elegí el horario que mejor te quede en este enlace:
https://hire.lever.co/interviews/schedule/tornasol/3f2a9c71

La entrevista dura 50 minutos y se hace por Google Meet. Si ninguno de los horarios te sirve, respondé a este correo y Agustina te propone otros.

¡Nos vemos pronto!
Equipo de Talento de Mercado Tornasol""",
        html=ats_card("""Hola Joaquín,

¡Gracias por tu interés en Analista de Datos – Marketplace! Nos gustaría avanzar con una entrevista con Agustina Paz (Recruiter) y Diego Lanús (Data Lead).

Elegí el horario que mejor te quede en este enlace:
https://hire.lever.co/interviews/schedule/tornasol/3f2a9c71

La entrevista dura 50 minutos y se hace por Google Meet. Si ninguno de los horarios te sirve, respondé a este correo y Agustina te propone otros.

¡Nos vemos pronto!
Equipo de Talento de Mercado Tornasol""", "Mercado Tornasol", "#6d28d9", "es",
                      "Enviado a través de Lever"),
    ),
    dict(
        kind=INV, slug="losaromos_test_and_interview", lang="es", key="aromos_inv",
        parent="aromos_ack", company="Retail Los Aromos",
        contact="tomas.araya@losaromos.example.cl",
        frm=("Tomás Araya", "tomas.araya@losaromos.example.cl"),
        subject="Siguiente etapa: prueba técnica y entrevista",
        date="2026-05-11 10:50", tz="cl", charset="windows-1252", cte="8bit",
        text="""Hola Joaquín:

Te escribo de parte del equipo de Pricing de Retail Los Aromos. Queremos avanzar contigo a la siguiente etapa, que tiene dos partes:

1) Una prueba técnica para hacer en casa: te llegará el miércoles 13 un set de datos de ventas por tienda y tendrás 48 horas para devolvernos tus conclusiones (SQL o Python, como prefieras).
2) Una entrevista por Teams el martes 19 de mayo a las 16:00 (hora de Chile), donde nos presentas tus resultados y conversamos sobre tu experiencia.

¿Te acomodan esas fechas? Respóndeme este correo para confirmarlas.

Saludos cordiales,
Tomás Araya
Jefe de Analítica de Precios – Retail Los Aromos
Av. Providencia 2124, Santiago · +56 2 2555 6612""",
    ),
    dict(
        kind=INV, slug="almudena_trial_day", lang="es", key="almudena_inv",
        company="Grupo Almudena", contact="paloma.gil@grupoalmudena.example.es",
        frm=("Paloma Gil", "paloma.gil@grupoalmudena.example.es"),
        subject="Jornada de prueba - Analista de Datos Retail",
        date="2026-05-04 11:20", tz="es", layout="html",
        html=outlook_word(_ALMUDENA_INV),
    ),
    dict(
        kind=INV, slug="obelisco_group_assessment", lang="es", key="obelisco_inv",
        company="Obelisco Seguros", contact="msosa@obeliscoseguros.example.com.ar",
        frm=("Mariana Sosa", "msosa@obeliscoseguros.example.com.ar"),
        subject="Invitación a assessment grupal – Obelisco Seguros",
        subj_enc="utf-8:Q",
        date="2026-07-27 13:15", tz="ar", layout="html", html_cte="quoted-printable",
        html=outlook_word(_OBELISCO_INV),
    ),
    dict(
        kind=INV, slug="monumento_teamtailor_link", lang="es", key="monumento_inv",
        company="Fintech Monumento", contact="camila.bertoni@monumento.example.com.ar",
        frm=("Camila Bertoni via Teamtailor", "no-reply@teamtailor-mail.com"),
        reply_to=("Camila Bertoni", "camila.bertoni@monumento.example.com.ar"),
        subject="Fintech Monumento te invita a una entrevista",
        date="2026-06-08 17:40", tz="utc", layout="alt", cte="base64",
        text="""¡Hola Joaquín!

Soy Camila, de Talento en Fintech Monumento. Después de revisar tu perfil para Analista de Datos de Producto, queremos invitarte a una entrevista virtual de 40 minutos con el equipo de Producto.

Reservá el horario que prefieras desde acá:
https://monumento.teamtailor.example/meetings/book/8841-analista-datos

Cualquier consulta, respondé este mail y me llega directo.

¡Saludos!
Camila Bertoni · Talento · Fintech Monumento, Rosario""",
        html=ats_card("""¡Hola Joaquín!

Soy Camila, de Talento en Fintech Monumento. Después de revisar tu perfil para Analista de Datos de Producto, queremos invitarte a una entrevista virtual de 40 minutos con el equipo de Producto.

Reservá el horario que prefieras desde acá:
https://monumento.teamtailor.example/meetings/book/8841-analista-datos

Cualquier consulta, respondé este mail y me llega directo.

¡Saludos!
Camila Bertoni · Talento · Fintech Monumento, Rosario""", "Fintech Monumento", "#0f766e", "es",
                      "Enviado con Teamtailor"),
    ),
    dict(
        kind=INV, slug="altoalberdi_office_chain", lang="es", key="alberdi_inv",
        parent="alberdi_app", company="Alto Alberdi", contact="pablo@altoalberdi.example.com.ar",
        frm=("Pablo Gorosito", "pablo@altoalberdi.example.com.ar"),
        subject="Re: Postulación Analista de Datos – Joaquín Mbatha-Ferreyra",
        date="2026-02-12 09:58", tz="ar", cte="qp",
        text=reply(
            """Hola Joaquín, gracias por escribirnos.

Nos interesa conocerte. ¿Podés venir a la oficina el martes 17 a las 18:30? Estamos en Alto Alberdi, Santa Rosa 1850, primer piso (timbre "Consultora"). Vamos a estar Romina, que lleva los proyectos de datos, y yo. Traé si podés la notebook con algún tablero que hayas armado.

Confirmame cuando puedas.

Pablo Gorosito
Director · Consultora Alto Alberdi
+54 9 351 555 2204""",
            "El lun, 9 feb 2026 a las 22:14, Joaquín Mbatha-Ferreyra <joaquin.mf@example.com.ar> escribió:",
            """Hola Pablo:

Vi en el grupo de Data Córdoba que la consultora está buscando un analista de datos junior. Te adjunto mi CV. Trabajo hace seis años en el call center de un banco y el último año armé los reportes de tiempos de atención del equipo con SQL y Power BI.

Quedo a disposición,
Joaquín""",
        ),
    ),

    # ======================================================================= invitations, en
    dict(
        kind=INV, slug="liffey_greenhouse_scheduling", lang="en", key="liffey_inv",
        parent="liffey_ack", company="Liffey Payments",
        contact="aoife.brennan@liffeypay.example.ie",
        frm=("Aoife Brennan via Greenhouse", "no-reply@us.greenhouse-mail.io"),
        reply_to=("Aoife Brennan", "aoife.brennan@liffeypay.example.ie"),
        subject="Interview availability - Data Analyst (Disputes) at Liffey Payments",
        date="2026-04-09 12:31", tz="ie", layout="alt", cte="7bit",
        text="""Hi Joaquin,

Thanks for applying to Liffey Payments! I'd love to set up a 30-minute video interview with Conor Healy, our Risk Analytics Manager, to talk through your experience and the role.

Please pick a time that suits you using the link below - all slots are shown in your local time zone:
https://app.greenhouse.example/schedule/liffey/7d1e09

If none of the times work, just reply to this email and I'll find alternatives.

Best,
Aoife Brennan
Talent Partner, Liffey Payments""",
        html=ats_card("""Hi Joaquin,

Thanks for applying to Liffey Payments! I'd love to set up a 30-minute video interview with Conor Healy, our Risk Analytics Manager, to talk through your experience and the role.

Please pick a time that suits you using the link below - all slots are shown in your local time zone:
https://app.greenhouse.example/schedule/liffey/7d1e09

If none of the times work, just reply to this email and I'll find alternatives.

Best,
Aoife Brennan
Talent Partner, Liffey Payments""", "Liffey Payments", "#14532d", "en",
                      "Sent via Greenhouse"),
    ),
    dict(
        kind=INV, slug="harcourt_phone_screen", lang="en", key="harcourt_inv",
        parent="harcourt_ack", company="Harcourt Telecom",
        contact="ciaran.doyle@harcourttelecom.example.ie",
        frm=("Ciarán Doyle", "ciaran.doyle@harcourttelecom.example.ie"),
        name_enc="utf-8:Q",
        subject="Quick call re: Customer Insights Analyst?",
        date="2026-04-20 15:02", tz="ie", cte="qp",
        text="""Hi Joaquin,

I'm the recruiter looking after the Customer Insights Analyst role at Harcourt Telecom. Your application stood out - not many applicants have actually handled the customer calls our churn models are trying to predict.

Would you be available for a 20-minute phone screen on Thursday 23 April at 10:00 Irish time (06:00 in Córdoba, I realise that's early - happy to go later if you prefer)? I'd call you on the number on your application.

Kind regards,
Ciarán

Ciarán Doyle | Talent Acquisition Partner
Harcourt Telecom | 40 Harcourt Street, Dublin 2, D02 XK57
+353 1 555 0194""",
    ),
    dict(
        kind=INV, slug="fingal_panel_calendar", lang="en", key="fingal_inv",
        company="University of Fingal", contact="grainne.nolan@fingal.example.ie",
        frm=_FINGAL, name_enc="utf-8:B",
        subject="Invitation to interview: Research Data Analyst (Ref. UF-2026-114)",
        date="2026-05-28 09:40", tz="ie", layout="alt", cte="7bit",
        text=_FINGAL_INV.replace("Gráinne", "Grainne"), html=outlook_word(_FINGAL_INV, "en"),
        attach=[ics("REQUEST", "uf-2026-114-panel-jmf@fingal.example.ie", "2026-06-04 11:30",
                    45, "ie", "Interview panel: Research Data Analyst (UF-2026-114)", _FINGAL,
                    "Microsoft Teams", "Panel chaired by Dr Declan Murphy.",
                    inline=False, filename="UF-2026-114-interview.ics")],
    ),
    dict(
        kind=INV, slug="quayside_ashby_technical", lang="en", key="quay_inv",
        parent="quay_ack", company="Quayside Analytics", contact="roisin@quayside.example.ie",
        frm=("Quayside Analytics", "no-reply@ashbyhq.com"),
        reply_to=("Róisín Walsh", "roisin@quayside.example.ie"),
        subject="Next step: technical interview with Quayside Analytics",
        date="2026-06-16 11:11", tz="utc", layout="html",
        html=ats_card("""Hi Joaquin,

Great news - the team would like to invite you to a 60-minute technical interview for the Junior Analyst role. You'll work through a short SQL exercise live with two analysts and discuss a dashboard you've built.

Please choose a slot here: https://jobs.ashby.example/quayside/interview/5a7e21

If you have questions, reply to this email and Róisín from our recruiting team will get back to you.

Quayside Analytics""", "Quayside Analytics", "#334155", "en",
                      "Sent by Ashby on behalf of Quayside Analytics"),
    ),
    dict(
        kind=INV, slug="clover_client_fernhill", lang="en", key="clover_inv",
        parent="clover_reg", company="Fernhill Insurance",
        contact="niamh@clovertalent.example.ie",
        frm=("Niamh Kavanagh", "niamh@clovertalent.example.ie"),
        subject="Interview confirmed: Fernhill Insurance, Friday 26th",
        date="2026-06-23 16:27", tz="ie", layout="alt", cte="qp",
        text="""Hi Joaquin,

Delighted to say Fernhill Insurance would like to meet you for the Claims Reporting Analyst role.

Details:
- Friday 26 June, 14:00 Irish time (10:00 for you)
- Microsoft Teams, link to follow from their HR team
- With Paul Hennessy (Claims MI Manager) and one of his analysts
- 45 minutes, mostly about your reporting work and a few SQL questions

They know you'd need sponsorship to relocate and they're fine with that, which is great news. Give me a shout tomorrow and I'll prep you on what Paul usually asks.

Niamh

Niamh Kavanagh | Senior Consultant, Data & Analytics
Clover Talent | 2 Grand Canal Square, Dublin 2
M: +353 87 555 3321""",
        html=simple_html("""Hi Joaquin,

Delighted to say Fernhill Insurance would like to meet you for the Claims Reporting Analyst role.

Details:
- Friday 26 June, 14:00 Irish time (10:00 for you)
- Microsoft Teams, link to follow from their HR team
- With Paul Hennessy (Claims MI Manager) and one of his analysts
- 45 minutes, mostly about your reporting work and a few SQL questions

They know you'd need sponsorship to relocate and they're fine with that, which is great news. Give me a shout tomorrow and I'll prep you on what Paul usually asks.

Niamh

Niamh Kavanagh | Senior Consultant, Data & Analytics
Clover Talent | 2 Grand Canal Square, Dublin 2
M: +353 87 555 3321""", "en"),
    ),
    dict(
        kind=INV, slug="kreuzberg_free_thursday", lang="en", key="kreuz_inv",
        company="Kreuzberg Ledger", contact="jonas.weber@kreuzbergledger.example.de",
        frm=("Jonas Weber", "jonas.weber@kreuzbergledger.example.de"),
        subject="Are you free Thursday to chat?",
        date="2026-07-06 20:14", tz="de", cte="7bit",
        text="""Hi Joaquin,

Saw your application come through for the analyst role on our LatAm team - the call-centre-to-data story is exactly the kind of thing we like.

Are you free Thursday to chat for half an hour? I could do 17:00 Berlin / 12:00 Cordoba. Just a relaxed video call, I'll tell you what we're building and you tell me what you've been up to. If Thursday doesn't work, suggest another day.

Cheers,
Jonas
--
Jonas Weber - Head of Data - Kreuzberg Ledger""",
    ),
    dict(
        kind=INV, slug="smallfry_trial_day", lang="en", key="smallfry_inv",
        company="Smallfry Data", contact="cormac@smallfry.example.ie",
        frm=("Cormac Byrne", "cormac@smallfry.example.ie"),
        subject="Paid trial day next Friday?",
        date="2026-03-05 21:40", tz="ie", cte="8bit",
        text="""Hey Joaquin,

Thanks for the chat on Monday, the team enjoyed it. Next step with us is a paid trial day (remote, we pay €150): you'd spend Friday 13 March working on a real churn dataset alongside Maeve and me, then show us what you found at 17:00 our time.

Can you do that Friday, starting 13:00 Dublin / 10:00 Córdoba? Let me know and I'll send the repo access the day before.

Cormac
Smallfry Data · Dublin 8""",
    ),

    # ======================================================================= invitations, fr
    dict(
        kind=INV, slug="marais_entretien_visio", lang="fr", key="marais_inv",
        parent="marais_ack", company="Banque du Marais",
        contact="claire.vasseur@banquedumarais.example.fr",
        frm=("Claire Vasseur", "claire.vasseur@banquedumarais.example.fr"),
        subject="Proposition d'entretien – Analyste Data Relation Client",
        subj_enc="utf-8:Q",
        date="2026-06-09 10:20", tz="fr", charset="iso-8859-1", cte="qp",
        text=_MARAIS_INV,
    ),
    dict(
        kind=INV, slug="nenuphar_teamtailor_visio", lang="fr", key="nenuphar_inv",
        company="Nénuphar Pay", contact="ines.benali@nenuphar.example.fr",
        frm=("Inès Benali via Teamtailor", "no-reply@teamtailor-mail.com"),
        name_enc="utf-8:Q",
        reply_to=("Inès Benali", "ines.benali@nenuphar.example.fr"),
        subject="Invitation à un entretien – Data Analyst Paiements",
        date="2026-08-03 09:05", tz="utc", layout="alt", cte="qp",
        text="""Bonjour Joaquín,

Merci pour votre candidature chez Nénuphar Pay ! Nous aimerions échanger avec vous lors d'un entretien en visio de 45 minutes avec Bastien, notre Lead Data.

Le créneau proposé est le vendredi 7 août à 16h00 (heure de Paris), sur Google Meet :
https://meet.example.com/nen-data-0807

Merci de confirmer ou de proposer un autre horaire en répondant à ce message.

À très vite,
Inès Benali
Talent Acquisition – Nénuphar Pay""",
        html=ats_card("""Bonjour Joaquín,

Merci pour votre candidature chez Nénuphar Pay ! Nous aimerions échanger avec vous lors d'un entretien en visio de 45 minutes avec Bastien, notre Lead Data.

Le créneau proposé est le vendredi 7 août à 16h00 (heure de Paris), sur Google Meet :
https://meet.example.com/nen-data-0807

Merci de confirmer ou de proposer un autre horaire en répondant à ce message.

À très vite,
Inès Benali
Talent Acquisition – Nénuphar Pay""", "Nénuphar Pay", "#065f46", "fr", "Envoyé avec Teamtailor"),
    ),
    dict(
        kind=INV, slug="etoile_client_batignolles", lang="fr", key="etoile_inv",
        parent="etoile_reg", company="Conseil Batignolles",
        contact="j.morel@etoile-interim.example.fr",
        frm=("Julien Morel", "j.morel@etoile-interim.example.fr"),
        subject="Entretien chez Conseil Batignolles mercredi 8 juillet",
        date="2026-07-02 14:48", tz="fr", cte="base64",
        text="""Bonjour Joaquín,

Bonne nouvelle : mon client Conseil Batignolles, cabinet de conseil en stratégie client, souhaite vous rencontrer pour la mission de Data Analyst (CDD de 12 mois, démarrage en septembre).

L'entretien aura lieu le mercredi 8 juillet à 17h00 heure de Paris, en visio, avec Monsieur Arnaud Lefèvre, manager de l'équipe Data. Prévoyez 45 minutes ; une partie se fera en français, l'autre en anglais.

Je vous appelle demain pour vous préparer. Merci de me confirmer votre présence par retour de mail.

Julien Morel
Consultant recrutement – Étoile Intérim
48 avenue de Wagram, 75017 Paris · 01 55 55 20 40""",
    ),

    # ======================================================================= invitations, de
    dict(
        kind=INV, slug="spreewald_einladung", lang="de", key="spree_inv", parent="spree_ack",
        company="Spreewald Pay", contact="lena.hartmann@spreewaldpay.example.de",
        frm=_SPREE,
        subject="Einladung zum Kennenlerngespräch – Junior Data Analyst (m/w/d)",
        subj_enc="utf-8:B",
        date="2026-05-12 10:33", tz="de", layout="alt", cte="qp",
        text=_SPREE_INV, html=simple_html(_SPREE_INV, "de"),
        attach=[ics("REQUEST", "spw-jda-0519-jmf@spreewaldpay.example.de", "2026-05-19 15:00",
                    45, "de", "Kennenlerngespräch Spreewald Pay - Junior Data Analyst", _SPREE,
                    "Google Meet https://meet.example.com/spw-jda",
                    "Mit Felix Brandt (Risk) und Lena Hartmann.", inline=False,
                    filename="einladung.ics")],
    ),
    dict(
        kind=INV, slug="tiergarten_client_havelnetz", lang="de", key="tiergarten_inv",
        parent="tiergarten_reg", company="Havelnetz",
        contact="s.neumann@tiergarten-personal.example.de",
        frm=("Sabine Neumann", "s.neumann@tiergarten-personal.example.de"),
        subject="Vorstellungsgespräch bei Havelnetz am 11. August",
        date="2026-08-03 11:20", tz="de", charset="iso-8859-1", cte="qp",
        text="""Hallo Joaquín,

gute Nachrichten: Mein Kunde Havelnetz, ein Telekommunikationsanbieter aus Potsdam, möchte Sie für die Position Data Analyst Vertriebssteuerung kennenlernen.

Termin: Dienstag, 11. August 2026, 16:00 Uhr (Berlin), per Microsoft Teams
Gesprächspartner: Herr Dr. Ralf Sommer (Leiter Vertriebscontrolling) und Frau Aylin Demir (HR)
Dauer: ca. 60 Minuten, auf Englisch mit ein paar Fragen auf Deutsch

Bitte bestätigen Sie mir kurz, dass der Termin passt. Ich rufe Sie vorher noch an, um das Gespräch vorzubereiten.

Beste Grüße
Sabine Neumann
Senior Recruiterin IT & Data
Tiergarten Personal GmbH
Lützowufer 26, 10787 Berlin
Tel. +49 30 5550 8812""",
    ),

    # ======================================================================= reschedules, es
    dict(
        kind=MOV, slug="naranjo_moved_friday", lang="es", key="naranjo_move",
        parent="naranjo_inv", company="Naranjo Pagos",
        contact="sofia.ledesma@naranjopagos.example.com.ar",
        frm=("Sofía Ledesma", "sofia.ledesma@naranjopagos.example.com.ar"),
        subject="Re: Analista de Datos Jr. – ¿charlamos el jueves?",
        date="2026-02-11 18:05", tz="ar", cte="base64",
        text=reply(
            """Joaquín, perdón por el cambio: mañana a las 11 me quedé sin agenda por una reunión de directorio que se movió. ¿Podemos pasar la llamada al viernes 13 a las 16:00? Misma modalidad, te llamo yo.

Si el viernes no te sirve, decime y lo vemos para el lunes.

Sofía""",
            "El mar, 10 feb 2026 a las 12:57, Joaquín Mbatha-Ferreyra <joaquin.mf@example.com.ar> escribió:",
            """¡Hola Sofía! Sí, el jueves 12 a las 11 me viene perfecto, estoy de franco ese día. Quedo atento a tu llamada.
Saludos, Joaquín""",
        ),
    ),
    dict(
        kind=MOV, slug="castellana_cancel_ill", lang="es", key="castellana_cancel",
        parent="castellana_inv", company="Banco Castellana Digital",
        contact="lucia.barrios@castellanadigital.example.es",
        frm=_CASTELLANA,
        subject="Cancelado: Assessment Center - Data Analysts 2026",
        date="2026-03-30 17:48", tz="es", layout="alt", cte="qp",
        text="""Hola Joaquín:

Lamentablemente tenemos que cancelar la sesión de mañana martes 31. Una de las evaluadoras del área de Datos está enferma y no podemos celebrar el Assessment Center sin ella.

Esto no afecta a tu candidatura: seguirás en el proceso y en los próximos días te propondremos una nueva fecha. Perdona las molestias.

Un saludo,
Lucía Barrios
Talent Acquisition · Banco Castellana Digital""",
        html=simple_html("""Hola Joaquín:

Lamentablemente tenemos que cancelar la sesión de mañana martes 31. Una de las evaluadoras del área de Datos está enferma y no podemos celebrar el Assessment Center sin ella.

Esto no afecta a tu candidatura: seguirás en el proceso y en los próximos días te propondremos una nueva fecha. Perdona las molestias.

Un saludo,
Lucía Barrios
Talent Acquisition · Banco Castellana Digital"""),
        attach=[ics("CANCEL", "bcd-ac-20260331@castellanadigital.example.es",
                    "2026-03-31 14:00", 240, "es", "Assessment Center - Data Analysts 2026",
                    _CASTELLANA, "Microsoft Teams", "Sesión cancelada.", sequence=1)],
    ),
    dict(
        kind=MOV, slug="castellana_new_date", lang="es", key="castellana_new",
        parent="castellana_cancel", company="Banco Castellana Digital",
        contact="lucia.barrios@castellanadigital.example.es",
        frm=_CASTELLANA,
        subject="Actualizado: Assessment Center - Data Analysts 2026 (nueva fecha 7 abr)",
        date="2026-04-01 09:15", tz="es", layout="alt", cte="8bit",
        text="""Hola de nuevo, Joaquín:

Ya tenemos nueva fecha para el Assessment Center: martes 7 de abril, de 14:00 a 18:00 hora de Madrid (9:00 a 13:00 en Córdoba, porque ya hemos cambiado al horario de verano). El formato y el enlace de Teams son los mismos.

Te hemos actualizado la invitación del calendario. Confírmanos, por favor, que te encaja.

Gracias por tu paciencia,
Lucía""",
        html=simple_html("""Hola de nuevo, Joaquín:

Ya tenemos nueva fecha para el Assessment Center: martes 7 de abril, de 14:00 a 18:00 hora de Madrid (9:00 a 13:00 en Córdoba, porque ya hemos cambiado al horario de verano). El formato y el enlace de Teams son los mismos.

Te hemos actualizado la invitación del calendario. Confírmanos, por favor, que te encaja.

Gracias por tu paciencia,
Lucía"""),
        attach=[ics("REQUEST", "bcd-ac-20260331@castellanadigital.example.es",
                    "2026-04-07 14:00", 240, "es", "Assessment Center - Data Analysts 2026",
                    _CASTELLANA, "Microsoft Teams", "Nueva fecha.", sequence=2)],
    ),
    dict(
        kind=MOV, slug="suquia_room_and_time", lang="es", key="suquia_move",
        parent="suquia_inv", company="Universidad del Suquía",
        contact="mbustos@usuquia.example.edu.ar",
        frm=_SUQUIA,
        subject="Actualización: entrevista del 20/7 pasa al miércoles 22/7",
        date="2026-07-15 13:02", tz="ar", layout="alt", charset="iso-8859-1",
        cte="8bit",
        text="""Estimado Joaquín:

Por razones de agenda de la Comisión Asesora, la entrevista prevista para el lunes 20 de julio se traslada al miércoles 22 de julio a las 11:00. También cambia el lugar: será en el aula 3 del edificio de Posgrado (Ciudad Universitaria), a cien metros del Pabellón Argentina.

Le enviamos la invitación actualizada. Por favor, confírmenos si puede asistir en la nueva fecha.

Cordialmente,
Lic. Mónica Bustos
Dirección de Recursos Humanos
Universidad del Suquía""",
        html=simple_html("""Estimado Joaquín:

Por razones de agenda de la Comisión Asesora, la entrevista prevista para el lunes 20 de julio se traslada al miércoles 22 de julio a las 11:00. También cambia el lugar: será en el aula 3 del edificio de Posgrado (Ciudad Universitaria), a cien metros del Pabellón Argentina.

Le enviamos la invitación actualizada. Por favor, confírmenos si puede asistir en la nueva fecha.

Cordialmente,
Lic. Mónica Bustos
Dirección de Recursos Humanos
Universidad del Suquía"""), html_charset="utf-8",
        attach=[ics("REQUEST", "usq-obs-entrevista-0720@usuquia.example.edu.ar",
                    "2026-07-22 11:00", 60, "ar",
                    "Entrevista - Analista de Datos del Observatorio", _SUQUIA,
                    "Edificio de Posgrado, aula 3, Ciudad Universitaria",
                    "Nueva fecha y lugar.", sequence=1)],
    ),
    dict(
        kind=MOV, slug="tornasol_move_tuesday", lang="es", key="tornasol_move",
        parent="tornasol_inv", company="Mercado Tornasol",
        contact="agustina.paz@tornasol.example.com.ar",
        frm=("Agustina Paz", "agustina.paz@tornasol.example.com.ar"),
        subject="Cambio de horario – entrevista Analista de Datos",
        date="2026-08-20 10:12", tz="ar", cte="qp",
        text="""Hola Joaquín, buen día.

Te escribo porque Diego tuvo un imprevisto familiar y no va a poder estar el jueves 20 a las 15. ¿Te parece si pasamos la entrevista al martes 25 a la misma hora? El link de Meet sigue siendo el mismo.

Perdón por el cambio a último momento. Si el martes no podés, decime qué otro día te queda bien esa semana.

Saludos,
Agustina Paz
Recruiter · Mercado Tornasol
Av. del Libertador 7200, CABA""",
    ),
    dict(
        kind=MOV, slug="obelisco_postponed", lang="es", key="obelisco_postpone",
        parent="obelisco_inv", company="Obelisco Seguros",
        contact="msosa@obeliscoseguros.example.com.ar",
        frm=("Mariana Sosa", "msosa@obeliscoseguros.example.com.ar"),
        subject="Suspendemos el assessment del 5/8",
        date="2026-08-03 19:30", tz="ar", layout="alt", cte="base64",
        text="""Hola Joaquín,

Te aviso con poca anticipación y te pido disculpas: tuvimos que suspender el assessment grupal del miércoles 5 porque el área de Siniestros está en plena auditoría y la jefa no va a poder participar.

Tu candidatura sigue vigente. Apenas tengamos nueva fecha (calculamos que será dentro de dos o tres semanas) te la confirmo. No saques el pasaje todavía; si ya lo sacaste, mandame el comprobante y vemos cómo reintegrarlo.

Gracias por la comprensión,
Mariana Sosa
Analista de Selección Sr. | Obelisco Seguros""",
        html=outlook_word("""Hola Joaquín,

Te aviso con poca anticipación y te pido disculpas: tuvimos que suspender el assessment grupal del miércoles 5 porque el área de Siniestros está en plena auditoría y la jefa no va a poder participar.

Tu candidatura sigue vigente. Apenas tengamos nueva fecha (calculamos que será dentro de dos o tres semanas) te la confirmo. No saques el pasaje todavía; si ya lo sacaste, mandame el comprobante y vemos cómo reintegrarlo.

Gracias por la comprensión,
Mariana Sosa
Analista de Selección Sr. | Obelisco Seguros"""),
    ),
    dict(
        kind=MOV, slug="andes_client_moved", lang="es", key="andes_move", parent="andes_inv",
        company="Cobre Analytics", contact="ifuenzalida@andessearch.example.cl",
        frm=("Ignacio Fuenzalida", "ifuenzalida@andessearch.example.cl"),
        subject="Re: Entrevista con Cobre Analytics - martes 19",
        date="2026-05-18 08:55", tz="cl", cte="qp",
        text=reply(
            """Joaquín, cambio de planes: Daniela tiene que viajar a Antofagasta por un cliente y me pidió mover la entrevista al jueves 21 de mayo a las 16:00 hora de Santiago (17:00 en Córdoba, ya cambiamos al horario de invierno). Mismo Zoom.

¿Te sirve? Si no, me dices y le propongo el viernes.

Ignacio""",
            "El jue, 14 may 2026 a las 21:30, Joaquín Mbatha-Ferreyra <joaquin.mf@example.com.ar> escribió:",
            """Ignacio, ¡qué buena noticia! Confirmo el martes 19 a las 12:00. Gracias por los consejos.
Joaquín""",
        ),
    ),
    dict(
        kind=MOV, slug="monumento_cancelled_new_slot", lang="es", key="monumento_cancel",
        parent="monumento_inv", company="Fintech Monumento",
        contact="camila.bertoni@monumento.example.com.ar",
        frm=("Camila Bertoni via Teamtailor", "no-reply@teamtailor-mail.com"),
        reply_to=("Camila Bertoni", "camila.bertoni@monumento.example.com.ar"),
        subject="Tu entrevista del 16/06 fue cancelada",
        date="2026-06-15 21:05", tz="utc", layout="html",
        html=ats_card("""Hola Joaquín:

La entrevista que tenías reservada para el martes 16 de junio a las 11:00 fue cancelada por el equipo de Producto, que tiene un lanzamiento esta semana.

No hace falta que hagas nada: en los próximos días te vamos a mandar un nuevo enlace para que elijas otro horario.

Perdón por el inconveniente.
Camila · Talento · Fintech Monumento""", "Fintech Monumento", "#0f766e", "es",
                      "Enviado con Teamtailor"),
    ),

    # ======================================================================= reschedules, en
    dict(
        kind=MOV, slug="liffey_updated_invite", lang="en", key="liffey_move",
        parent="liffey_inv", company="Liffey Payments",
        contact="aoife.brennan@liffeypay.example.ie",
        frm=("Aoife Brennan via Greenhouse", "no-reply@us.greenhouse-mail.io"),
        reply_to=("Aoife Brennan", "aoife.brennan@liffeypay.example.ie"),
        subject="Updated invitation: Interview with Liffey Payments @ Wed 15 Apr 2026 3pm (IST)",
        date="2026-04-13 09:20", tz="ie", layout="alt", cte="7bit",
        text="""Hi Joaquin,

Conor has a clash on Tuesday, so we've moved your interview by one day. The new time is Wednesday 15 April, 15:00 Irish time (11:00 in Cordoba). Same video link as before.

The calendar invitation has been updated - please accept the new time if it works for you.

Thanks,
Aoife""",
        html=ats_card("""Hi Joaquin,

Conor has a clash on Tuesday, so we've moved your interview by one day. The new time is Wednesday 15 April, 15:00 Irish time (11:00 in Cordoba). Same video link as before.

The calendar invitation has been updated - please accept the new time if it works for you.

Thanks,
Aoife""", "Liffey Payments", "#14532d", "en", "Sent via Greenhouse"),
        attach=[ics("REQUEST", "gh-liffey-disputes-1187@greenhouse.example",
                    "2026-04-15 15:00", 30, "ie", "Interview with Liffey Payments",
                    ("Aoife Brennan", "aoife.brennan@liffeypay.example.ie"),
                    "Video call", "Data Analyst (Disputes) with Conor Healy", sequence=1)],
    ),
    dict(
        kind=MOV, slug="fingal_panel_member_ill", lang="en", key="fingal_move",
        parent="fingal_inv", company="University of Fingal",
        contact="grainne.nolan@fingal.example.ie",
        frm=_FINGAL, name_enc="iso-8859-1:Q",
        subject="Change of date: Research Data Analyst interview (UF-2026-114)",
        date="2026-06-01 08:50", tz="ie", layout="alt", cte="qp",
        text="""Dear Joaquin,

I regret to let you know that one of the panel members is unwell, and we have had to postpone this Thursday's interviews. Your interview will now take place on Thursday 11 June 2026 at 11:30 Irish time, again on Microsoft Teams. The presentation topic is unchanged.

An updated calendar invitation is attached. I apologise for any inconvenience and would be grateful if you could confirm the new date.

Kind regards,
Gráinne Nolan
HR Recruitment Officer
University of Fingal""",
        html=outlook_word("""Dear Joaquin,

I regret to let you know that one of the panel members is unwell, and we have had to postpone this Thursday's interviews. Your interview will now take place on Thursday 11 June 2026 at 11:30 Irish time, again on Microsoft Teams. The presentation topic is unchanged.

An updated calendar invitation is attached. I apologise for any inconvenience and would be grateful if you could confirm the new date.

Kind regards,
Gráinne Nolan
HR Recruitment Officer
University of Fingal""", "en"),
        attach=[ics("REQUEST", "uf-2026-114-panel-jmf@fingal.example.ie", "2026-06-11 11:30",
                    45, "ie", "Interview panel: Research Data Analyst (UF-2026-114)", _FINGAL,
                    "Microsoft Teams", "Rescheduled.", sequence=1, inline=False,
                    filename="UF-2026-114-interview-updated.ics")],
    ),
    dict(
        kind=MOV, slug="quayside_ashby_rescheduled", lang="en", key="quay_move",
        parent="quay_inv", company="Quayside Analytics", contact="",
        frm=("Quayside Analytics", "no-reply@ashbyhq.com"),
        subject="Your interview with Quayside Analytics has been rescheduled",
        date="2026-06-22 13:37", tz="utc", layout="alt", cte="7bit",
        text="""Hi Joaquin,

Your Technical Interview for Junior Analyst has been rescheduled.

Previous time: Wednesday, June 24, 2026, 2:00 PM - 3:00 PM (GMT+1)
New time: Monday, June 29, 2026, 2:00 PM - 3:00 PM (GMT+1)

Interviewers: Sean Mulligan, Priya Nair
Location: Google Meet (link in the calendar invitation)

An updated calendar invitation is attached.

Quayside Analytics""",
        html=ats_card("""Hi Joaquin,

Your Technical Interview for Junior Analyst has been rescheduled.

Previous time: Wednesday, June 24, 2026, 2:00 PM - 3:00 PM (GMT+1)
New time: Monday, June 29, 2026, 2:00 PM - 3:00 PM (GMT+1)

Interviewers: Sean Mulligan, Priya Nair
Location: Google Meet (link in the calendar invitation)

An updated calendar invitation is attached.

Quayside Analytics""", "Quayside Analytics", "#334155", "en", "Sent by Ashby"),
        attach=[ics("REQUEST", "ashby-quayside-ti-55d1@ashbyhq.example", "2026-06-29 14:00",
                    60, "ie", "Technical Interview - Junior Analyst (Quayside Analytics)",
                    ("Quayside Analytics", "no-reply@ashbyhq.com"), "Google Meet",
                    "Sean Mulligan, Priya Nair", sequence=1)],
    ),
    dict(
        kind=MOV, slug="kreuzberg_cancel_chat", lang="en", key="kreuz_cancel",
        parent="kreuz_inv", company="Kreuzberg Ledger",
        contact="jonas.weber@kreuzbergledger.example.de",
        frm=("Jonas Weber", "jonas.weber@kreuzbergledger.example.de"),
        subject="Rescheduling our chat",
        date="2026-09-08 19:02", tz="de", cte="7bit",
        text="""Hi Joaquin,

I need to cancel our follow-up chat tomorrow, something came up with our auditors and I'll be stuck in meetings all day. Really sorry for the short notice.

I'll send you a couple of new times later this week - nothing changes on our side, we still want to continue the conversation.

Jonas""",
    ),

    # ======================================================================= reschedules, fr
    dict(
        kind=MOV, slug="marais_new_slot_confirmed", lang="fr", key="marais_move",
        parent="marais_ask", company="Banque du Marais",
        contact="claire.vasseur@banquedumarais.example.fr",
        frm=("Claire Vasseur", "claire.vasseur@banquedumarais.example.fr"),
        subject="RE: Demande de report de l'entretien du 16 juin",
        date="2026-06-11 09:12", tz="fr", layout="alt", cte="qp",
        text="""Bonjour Joaquín,

Aucun souci. Madame Roussel peut vous recevoir le jeudi 18 juin à 15h30 (heure de Paris) ; l'entretien du 16 est donc annulé et remplacé par ce nouveau créneau. Vous recevrez le lien de visioconférence la veille.

Bien cordialement,
Claire Vasseur
Chargée de recrutement – Banque du Marais

""" + outlook_block(
            "fr", "Joaquín Mbatha-Ferreyra <joaquin.mf@example.com.ar>",
            "mercredi 10 juin 2026 02:14",
            "Claire Vasseur <claire.vasseur@banquedumarais.example.fr>",
            "Demande de report de l'entretien du 16 juin",
            """Bonjour Madame Vasseur,

Merci beaucoup pour votre proposition. Malheureusement, le 16 juin je suis de garde au centre d'appels de la banque et je ne pourrai pas me libérer. Serait-il possible de décaler l'entretien au 17 ou au 18 juin, à l'heure qui vous convient ?

Je vous prie de m'excuser pour ce contretemps.

Bien cordialement,
Joaquín Mbatha-Ferreyra"""),
        html=outlook_word("""Bonjour Joaquín,

Aucun souci. Madame Roussel peut vous recevoir le jeudi 18 juin à 15h30 (heure de Paris) ; l'entretien du 16 est donc annulé et remplacé par ce nouveau créneau. Vous recevrez le lien de visioconférence la veille.

Bien cordialement,
Claire Vasseur
Chargée de recrutement – Banque du Marais""", "fr"),
    ),

    # ======================================================================= reschedules, de
    dict(
        kind=MOV, slug="tiergarten_moved_thursday", lang="de", key="tiergarten_move",
        parent="tiergarten_inv", company="Havelnetz",
        contact="s.neumann@tiergarten-personal.example.de",
        frm=("Sabine Neumann", "s.neumann@tiergarten-personal.example.de"),
        subject="Havelnetz: Terminänderung auf Donnerstag, 13.08.",
        subj_enc="iso-8859-1:B",
        date="2026-08-07 15:16", tz="de", cte="8bit",
        text="""Hallo Joaquín,

kleine Änderung: Herr Dr. Sommer ist am Dienstag kurzfristig auf einer Vertriebstagung. Havelnetz schlägt deshalb Donnerstag, den 13. August, um 15:30 Uhr vor. Der Teams-Link kommt wie gehabt von Frau Demir.

Geht das bei Ihnen? Eine kurze Antwort reicht mir.

Beste Grüße
Sabine Neumann
Tiergarten Personal""",
    ),
    dict(
        kind=MOV, slug="spreewald_termin_verschoben", lang="de", key="spree_move",
        parent="spree_inv", company="Spreewald Pay",
        contact="lena.hartmann@spreewaldpay.example.de",
        frm=_SPREE,
        subject="Aktualisiert: Kennenlerngespräch Spreewald Pay – neuer Termin 26.05.",
        date="2026-05-14 16:58", tz="de", layout="alt", cte="base64",
        text="""Hallo Herr Mbatha-Ferreyra,

leider muss ich unser Gespräch am 19. Mai verschieben, da Felix an diesem Tag auf einer Konferenz ist. Ich schlage stattdessen Dienstag, den 26. Mai, ebenfalls um 15:00 Uhr (Berliner Zeit) vor. Die Kalendereinladung habe ich entsprechend aktualisiert.

Sollte der neue Termin nicht passen, geben Sie mir bitte Bescheid.

Viele Grüße
Lena Hartmann
People & Culture · Spreewald Pay""",
        html=simple_html("""Hallo Herr Mbatha-Ferreyra,

leider muss ich unser Gespräch am 19. Mai verschieben, da Felix an diesem Tag auf einer Konferenz ist. Ich schlage stattdessen Dienstag, den 26. Mai, ebenfalls um 15:00 Uhr (Berliner Zeit) vor. Die Kalendereinladung habe ich entsprechend aktualisiert.

Sollte der neue Termin nicht passen, geben Sie mir bitte Bescheid.

Viele Grüße
Lena Hartmann
People & Culture · Spreewald Pay""", "de"),
        attach=[ics("REQUEST", "spw-jda-0519-jmf@spreewaldpay.example.de", "2026-05-26 15:00",
                    45, "de", "Kennenlerngespräch Spreewald Pay - Junior Data Analyst", _SPREE,
                    "Google Meet https://meet.example.com/spw-jda", "Neuer Termin.",
                    sequence=1)],
    ),

    # ======================================================================= missed, es
    dict(
        kind=MIS, slug="telmed_waited_meet", lang="es", key="telmed_missed",
        parent="telmed_inv", company="Telecentro Mediterránea",
        contact="martin.quiroga@telmed.example.com.ar",
        frm=_TELMED, name_enc="utf-8:Q",
        subject="Hoy 10:00 – ¿todo bien?",
        date="2026-03-05 10:38", tz="ar", cte="qp",
        text="""Hola Joaquín:

Carolina y yo te esperamos en el Meet desde las 10:00 hasta las 10:25 y no llegaste a conectarte. También te escribí por WhatsApp, sin respuesta.

Espero que esté todo bien. Si tuviste algún inconveniente, contanos y vemos qué hacemos.

Martín Quiroga
Selección y Desarrollo · Telecentro Mediterránea""",
    ),
    dict(
        kind=MIS, slug="pocitos_called_twice", lang="es", key="pocitos_missed",
        parent="pocitos_inv", company="Pocitos Pay",
        contact="rodrigo.acosta@pocitospay.example.com.uy",
        frm=("Rodrigo Acosta", "rodrigo.acosta@pocitospay.example.com.uy"),
        subject="Re: Llamada por el puesto de Data Analyst",
        date="2026-06-25 10:22", tz="uy", cte="8bit",
        text="""Joaquín, te llamé dos veces a las 10:00 y a las 10:10 al número de tu CV y me saltó el contestador. No dejé mensaje.

Avisame si querés que lo intentemos otro día, aunque esta semana tengo la agenda bastante llena.

Rodrigo""",
    ),
    dict(
        kind=MIS, slug="datanomica_teams_wait", lang="es", key="datanomica_missed",
        parent="datanomica_inv", company="Datanómica",
        contact="facu.ibarra@datanomica.example.com.ar",
        frm=("Facu Ibarra", "facu.ibarra@datanomica.example.com.ar"),
        subject="Re: ¿Estás libre el jueves para charlar?",
        date="2026-03-19 17:24", tz="ar", layout="html",
        html=simple_html("""Joaquín, ¿andás por ahí? Te estuve esperando en el Teams desde las 17 y ya van 20 minutos. Me imagino que se te complicó algo.

Cuando puedas me decís y lo pasamos para la semana que viene, sin drama.

Facu"""),
    ),
    dict(
        kind=MIS, slug="lacanada_no_show", lang="es", key="canada_missed",
        company="Supermercados La Cañada", contact="gponce@lacanada.example.com.ar",
        frm=("Graciela Ponce - RRHH La Cañada", "gponce@lacanada.example.com.ar"),
        subject="Entrevista de hoy 9:00 – Analista Comercial",
        date="2026-05-06 10:05", tz="ar", charset="windows-1252", cte="qp",
        text="""Buen día Joaquín:

Lo esperábamos hoy a las 9:00 en la sede de Barrio Jardín para la entrevista por la posición de Analista Comercial, y no se presentó. La jefa de Compras aguardó hasta las 9:40.

Le pido que nos confirme si sigue interesado en el proceso; en ese caso, veremos si es posible encontrar otra fecha.

Atentamente,
Graciela Ponce
Recursos Humanos – Supermercados La Cañada
Tel. (0351) 555-3390""",
    ),
    dict(
        kind=MIS, slug="talento_client_waited", lang="es", key="talento_missed",
        parent="talento_reg", company="Agroindustrias Litoral",
        contact="lorena.vidal@talentoaustral.example.com.ar",
        frm=("Lorena Vidal | Talento Austral", "lorena.vidal@talentoaustral.example.com.ar"),
        subject="¿Qué pasó con la entrevista en Agroindustrias Litoral?",
        date="2026-05-21 12:10", tz="ar", cte="base64",
        text="""Joaquín, ¿cómo estás?

Me acaba de llamar Gustavo, el gerente de Planeamiento de Agroindustrias Litoral: te estuvo esperando en la videollamada de las 11 y no entraste. Lo llamé a tu celular dos veces y me dio apagado.

Necesito que me cuentes qué pasó así le explico al cliente; si fue un problema técnico, trato de conseguir otro horario, pero no te prometo nada.

Lorena Vidal
Consultora Senior · Talento Austral
+54 341 555 7712""",
    ),
    dict(
        kind=MIS, slug="andino_no_contact", lang="es", key="andino_missed",
        company="Banco Andino Austral", contact="fsoto@andinoaustral.example.cl",
        frm=("Francisca Soto", "fsoto@andinoaustral.example.cl"),
        subject="Entrevista telefónica de hoy - Analista de Información Comercial",
        date="2026-07-14 16:45", tz="cl", charset="iso-8859-1", cte="qp",
        text="""Estimado Joaquín:

Intentamos contactarlo hoy a las 15:00, hora acordada para la entrevista telefónica, en tres ocasiones, sin éxito. Tampoco recibimos respuesta al correo de confirmación enviado ayer.

Si aún tiene interés en el cargo, le agradeceré responder este correo a la brevedad indicando su disponibilidad.

Saludos cordiales,
Francisca Soto
Analista de Reclutamiento
Banco Andino Austral
Huérfanos 1120, Santiago""",
    ),

    # ======================================================================= missed, en
    dict(
        kind=MIS, slug="harcourt_tried_twice", lang="en", key="harcourt_missed",
        parent="harcourt_inv", company="Harcourt Telecom",
        contact="ciaran.doyle@harcourttelecom.example.ie",
        frm=("Ciarán Doyle", "ciaran.doyle@harcourttelecom.example.ie"),
        name_enc="utf-8:B",
        subject="Missed you this morning",
        date="2026-04-23 10:26", tz="ie", cte="7bit",
        text="""Hi Joaquin,

I tried calling you twice at 10:00 for our phone screen but couldn't get through - the second time it said the number was not in service. Could you double-check the number on your application?

Let me know if you'd still like to talk and I'll see what I can do.

Ciaran""",
    ),
    dict(
        kind=MIS, slug="clover_fernhill_waited", lang="en", key="clover_missed",
        parent="clover_inv", company="Fernhill Insurance",
        contact="niamh@clovertalent.example.ie",
        frm=("Niamh Kavanagh", "niamh@clovertalent.example.ie"),
        subject="Fernhill - are you OK?",
        date="2026-06-26 14:31", tz="ie", cte="qp",
        text="""Joaquin,

Paul from Fernhill just rang me - he and his analyst waited on Teams for about 20 minutes and you didn't join. Is everything alright? I've left you a WhatsApp too.

If it was a link problem, let me know straight away and I'll try to smooth it over with them.

Niamh

Niamh Kavanagh | Clover Talent
M: +353 87 555 3321""",
    ),

    # ======================================================================= missed, fr
    dict(
        kind=MIS, slug="nenuphar_attendu_meet", lang="fr", key="nenuphar_missed",
        parent="nenuphar_inv", company="Nénuphar Pay", contact="ines.benali@nenuphar.example.fr",
        frm=("Inès Benali", "ines.benali@nenuphar.example.fr"), name_enc="iso-8859-1:Q",
        subject="Notre entretien de 16h",
        date="2026-08-07 16:35", tz="fr", cte="8bit",
        text="""Bonjour Joaquín,

Bastien et moi vous avons attendu sur Google Meet de 16h00 à 16h20, mais vous ne vous êtes pas connecté. J'espère que tout va bien de votre côté.

Pourriez-vous me dire ce qui s'est passé ? Nous verrons ensuite s'il est possible de fixer un autre moment.

Bien à vous,
Inès Benali
Talent Acquisition – Nénuphar Pay""",
    ),

    # ======================================================================= missed, de
    dict(
        kind=MIS, slug="spreebank_nicht_erreicht", lang="de",
        company="Spreebank Direkt", contact="m.yilmaz@spreebank.example.de",
        frm=("Murat Yilmaz", "m.yilmaz@spreebank.example.de"),
        subject="Unser Telefontermin heute um 14 Uhr",
        date="2026-09-17 14:32", tz="de", charset="iso-8859-1", cte="8bit",
        text="""Sehr geehrter Herr Mbatha-Ferreyra,

wir waren heute um 14:00 Uhr zum telefonischen Erstgespräch für die Stelle Analyst Kundendaten (m/w/d) verabredet. Leider habe ich Sie unter der angegebenen Nummer nicht erreicht; ich habe es um 14:00 und um 14:15 Uhr versucht.

Falls Sie weiterhin Interesse haben, melden Sie sich bitte bis Ende der Woche bei mir.

Mit freundlichen Grüßen
Murat Yilmaz
Personalreferent
Spreebank Direkt AG
Friedrichstraße 120, 10117 Berlin
Telefon +49 30 5550 4471""",
    ),
]
