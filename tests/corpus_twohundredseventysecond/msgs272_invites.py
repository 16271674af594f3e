# ruff: noqa: C408  (message specs are written as dict(...) calls for readability)
"""Corpus 272, interview mail: 26 invitations, 15 reschedules/cancellations, 10 missed-interview
notices (es 27, en 10, fr 7, de 7)."""

from msgs272_common import (
    ME,
    SIG,
    ats_card,
    basic_html,
    outlook_block,
    outlook_html,
    reply,
    text_to_html,
)

MESSAGES = []
add = MESSAGES.append

# =============================================================== interview_invitation (26)

# --- i01 Motores del Ebro, recruiter phone screen ---------------------------------------
EBRO_INVITE = """\
Hola Rocío:

Soy Lucía Gimeno, del equipo de selección de Motores del Ebro. He revisado tu candidatura
para Técnico/a de Administración de Personal (R-0412) y me gustaría tener una primera
conversación telefónica contigo de unos 20 minutos.

¿Te vendría bien el jueves 19 de febrero a las 10:00? Te llamaría al 612 48 90 37. Si no
te encaja, dime dos o tres huecos que te vengan mejor esta semana o la siguiente.

Un saludo,

Lucía Gimeno Sanz
Talent Acquisition · Motores del Ebro
Polígono Entrerríos s/n · 50639 Figueruelas (Zaragoza)
Tel. 976 65 82 10
"""
add(dict(
    kind="interview_invitation", slug="recruiter_phone_screen", lang="es",
    company="Motores del Ebro", contact="lucia.gimeno@motoresebro.example.es",
    frm=("Lucía Gimeno Sanz", "lucia.gimeno@motoresebro.example.es"),
    subject="Conversación telefónica – Técnico/a de Administración de Personal",
    date="2026-02-16 09:37 +0100", mid="ebro_invite",
    text=EBRO_INVITE, html=outlook_html(EBRO_INVITE),
))

# --- i02 Almozara Logística, assessment centre via SmartRecruiters -----------------------
_t = """\
Hola Rocío,

Enhorabuena: has superado la fase de preselección para el puesto de Auxiliar
Administrativo/a de RRHH en Almozara Logística.

Te invitamos a nuestra sesión de evaluación grupal (assessment center):

  Fecha: jueves, 5 de febrero de 2026
  Hora: 9:00 a 12:30
  Lugar: Almozara Logística, Plataforma Logística PLAZA, C/ Tarazona 12, nave 4 (recepción)

La sesión incluye una dinámica de grupo, una prueba de Excel y una entrevista breve con
el equipo de personas. Confirma tu asistencia respondiendo a este correo; le llegará
directamente a Jorge Lasheras, responsable del proceso.

Un saludo,
Equipo de Selección · Almozara Logística
"""
add(dict(
    kind="interview_invitation", slug="smartrecruiters_assessment_centre", lang="es",
    company="Almozara Logística", contact="jorge.lasheras@almozara.example.es",
    frm=("Almozara Logística", "no-reply@smartrecruiters.com"),
    reply_to=("Jorge Lasheras", "jorge.lasheras@almozara.example.es"),
    subject="Invitación: sesión de evaluación – Auxiliar Administrativo/a de RRHH",
    date="2026-01-28 10:02 +0000", mid="almozara_invite",
    text=_t,
    html=ats_card("Almozara Logística", "#f4a261", "Te invitamos a la sesión de evaluación", _t,
                  "Enviado a través de SmartRecruiters en nombre de Almozara Logística",
                  button=("Confirmar asistencia",
                          "https://jobs.smartrecruiters.com/AlmozaraLogistica/confirm/7731")),
))

# --- i03 Cooperativa Monegros, casual -----------------------------------------------------
_t = """\
Hola Rocío!

Te escribo de la Cooperativa Monegros. Leímos tu carta para lo de administración de
personal y nos hizo gracia lo de los cuadrantes del súper, que aquí en campaña es igual de
lío.

¿Te vendría bien pasarte el jueves 9 por la mañana y charlamos un rato? Sobre las 11,
en las oficinas de Sariñena (al lado de la báscula). Si no, dime otro día y lo apañamos.

Pilar Ballarín
Cooperativa Agroalimentaria Monegros
Avda. Huesca 3 · 22200 Sariñena · 974 57 01 23
"""
add(dict(
    kind="interview_invitation", slug="coop_casual_chat", lang="es",
    company="Cooperativa Monegros", contact="pilar.ballarin@coopmonegros.example.es",
    frm=("Pilar Ballarín", "pilar.ballarin@coopmonegros.example.es"),
    subject="¿Charlamos el jueves?",
    subj_enc=("iso-8859-1", "Q"),
    date="2026-04-07 13:20 +0200", mid="monegros_invite",
    text=_t, charset="iso-8859-1", cte="quoted-printable",
))

# --- i04 Hospital Alto Jiloca, panel with calendar REQUEST --------------------------------
JILOCA_INVITE = """\
Buenos días, Rocío:

Te confirmo el panel de entrevista para la plaza de Auxiliar Administrativo/a de RRHH el
martes 24 de marzo a las 11:00 en la sala de juntas (planta 2, edificio de consultas
externas). Estaremos la jefa de personal, el responsable de nóminas y yo.

Te llegará también la convocatoria de calendario. Trae DNI y la titulación original.

Un saludo,
Mercedes Tomás Alcalá
Técnica de Selección · Unidad de Personal
Fundación Hospital Alto Jiloca
Avda. Sagunto 41 · 44002 Teruel
"""
_jiloca_ics = dict(
    uid="040000008200E00074C5B7101A82E00800000000A0F1C2D3E4F5A6B7C8D9E0F1A2B3C4D5",
    start="2026-03-24 11:00 +0100", minutes=60,
    summary="Panel de entrevista – Auxiliar Administrativo/a RRHH",
    location="Sala de juntas, planta 2, consultas externas – Hospital Alto Jiloca",
    organizer=("Mercedes Tomás Alcalá", "mercedes.tomas@hospitaljiloca.example.es"),
)
add(dict(
    kind="interview_invitation", slug="hospital_panel_calendar_request", lang="es",
    company="Hospital Alto Jiloca", contact="mercedes.tomas@hospitaljiloca.example.es",
    frm=("Mercedes Tomás Alcalá", "mercedes.tomas@hospitaljiloca.example.es"),
    subject="Convocatoria panel – Auxiliar Administrativo/a RRHH",
    date="2026-03-16 12:40 +0100", mid="jiloca_invite",
    text=JILOCA_INVITE, html=outlook_html(JILOCA_INVITE),
    ics=dict(_jiloca_ics, method="REQUEST", sequence=0), ics_mode="alt",
))

# --- i05 Temporalia sets up the client interview -----------------------------------------
_t = """\
Hola Rocío:

Buenas noticias. Conservas Moncayo ha visto tu perfil y quiere conocerte para la
sustitución en su oficina de personal (contrato de seis meses, jornada de mañana).

Te han dado cita el jueves 23 de abril a las 12:00 con Fernando Orte, jefe de
administración, en las oficinas de la fábrica en Tarazona. Llévate el CV impreso y, si
puedes, el certificado del curso de nóminas.

Confírmame que te va bien y te paso la ubicación exacta.

Raúl Pardos
Consultor · Temporalia ETT · Delegación Zaragoza
C/ Coso 98, 3.º · 50001 Zaragoza · 976 30 55 12
"""
add(dict(
    kind="interview_invitation", slug="ett_client_interview", lang="es",
    company="Conservas Moncayo", contact="raul.pardos@temporalia.example.es",
    frm=("Raúl Pardos | Temporalia", "raul.pardos@temporalia.example.es"),
    subject="Entrevista con Conservas Moncayo el jueves",
    date="2026-04-20 12:15 +0200", mid="temporalia_invite",
    text=_t, html=basic_html(_t),
))

# --- i06 Talento Cierzo sets up Bodegas Valdelaviña -------------------------------------
_t = """\
Hola Rocío:

Como te adelanté por teléfono, Bodegas Valdelaviña quiere entrevistarte para la posición
de Técnica de Administración de Personal en Fuenmayor.

- Día: lunes 22 de junio
- Hora: 17:00
- Con: Íñigo Garrido (director de RRHH) y Susana Medrano (responsable de nóminas)
- Dónde: bodega, Camino de la Estación s/n, Fuenmayor. Hay aparcamiento para visitas.

Cuentan con una hora. Preguntarán por tu experiencia gestionando turnos y por cómo te ves
en una campaña de vendimia con 80 eventuales. Si quieres, el viernes lo preparamos juntas
por teléfono.

Un abrazo,
Beatriz Sáenz Oteo
Senior Consultant · Talento Cierzo Consultores de Selección
+34 941 22 71 60
"""
add(dict(
    kind="interview_invitation", slug="headhunter_client_interview", lang="es",
    company="Bodegas Valdelaviña", contact="beatriz.saenz@talentocierzo.example.es",
    frm=("Beatriz Sáenz Oteo", "beatriz.saenz@talentocierzo.example.es"),
    frm_enc=("utf-8", "B"),
    subject="Entrevista en Bodegas Valdelaviña – lunes 22",
    date="2026-06-15 18:03 +0200", mid="cierzo_invite", refs=["cierzo_cold", "cierzo_yes"],
    text=_t, html=basic_html(_t),
))

# --- i07 Componentes Arga, Personio scheduling link ---------------------------------------
_t = """\
Hola Rocío,

Gracias por tu candidatura al puesto de Administrativo/a de Personal en Componentes Arga.
Nos gustaría conocerte en una entrevista presencial de 45 minutos en nuestras oficinas de
Landaben (Pamplona).

Elige el día y la hora que mejor te vengan en el siguiente enlace:
https://componentesarga.jobs.personio.de/scheduling/5f2c91e0

Si ninguna franja te encaja, responde a este mensaje y te contestará Iñaki Goñi.

Saludos,
Componentes Arga – Recursos Humanos
"""
add(dict(
    kind="interview_invitation", slug="personio_scheduling_link", lang="es",
    company="Componentes Arga", contact="inaki.goni@componentesarga.example.es",
    frm=("Componentes Arga", "noreply@personio.de"),
    reply_to=("Iñaki Goñi", "inaki.goni@componentesarga.example.es"),
    reply_enc=("iso-8859-1", "Q"),
    subject="Invitación a entrevista – Administrativo/a de Personal",
    date="2026-05-14 07:45 +0000", mid="arga_invite", irt="arga_ack",
    text=_t,
    html=ats_card("Componentes Arga", "#264653", "Invitación a entrevista", _t,
                  "Componentes Arga S.L. · Calle N, 4 · Polígono de Landaben · 31012 Pamplona",
                  button=("Elegir horario",
                          "https://componentesarga.jobs.personio.de/scheduling/5f2c91e0")),
))

# --- i08 Clínica Montecanal, Teamtailor scheduling ----------------------------------------
_t = """\
Hola Rocío,

¡Gracias por tu interés en Clínica Montecanal! Sonia Lafuente, de nuestro equipo de
Personas, quiere conocerte en una entrevista por videollamada para el puesto de
Administrativo/a de Personal.

Reserva el hueco que prefieras en este enlace (las franjas disponibles son del 18 al 21
de agosto):
https://clinicamontecanal.teamtailor.com/meetings/b81d3c

Si tienes cualquier duda, responde a este correo.

Un saludo,
Equipo de Personas · Clínica Montecanal
"""
add(dict(
    kind="interview_invitation", slug="teamtailor_book_a_slot", lang="es",
    company="Clínica Montecanal", contact="sonia.lafuente@clinicamontecanal.example.es",
    frm=("Sonia Lafuente via Teamtailor", "no-reply@teamtailor-mail.com"),
    reply_to=("Sonia Lafuente", "sonia.lafuente@clinicamontecanal.example.es"),
    subject="Reserva tu entrevista con Clínica Montecanal",
    date="2026-08-10 10:30 +0000", mid="montecanal_invite", irt="montecanal_ack",
    text=_t,
    html=ats_card("Clínica Montecanal", "#2a9d8f", "Reserva tu entrevista", _t,
                  "Enviado con Teamtailor",
                  button=("Reservar", "https://clinicamontecanal.teamtailor.com/meetings/b81d3c")),
))

# --- i09 Ayuntamiento de Valdecinca, practical test, PDF, latin-1 base64 ------------------
_t = """\
Estimada aspirante:

En relación con el proceso para la constitución de una bolsa de empleo de Auxiliar
Administrativo/a (Recursos Humanos), le comunico que ha sido admitida y que queda
convocada a la prueba práctica y entrevista personal:

  Día: jueves, 5 de marzo de 2026
  Hora: 9:30 (llamamiento único)
  Lugar: Salón de plenos del Ayuntamiento, Plaza Mayor 1, Valdecinca (Huesca)

Deberá presentarse con DNI original. Se adjunta la convocatoria con el contenido de la
prueba (tratamiento de nóminas y altas en el sistema RED).

Atentamente,

Elena Castán Bielsa
Técnica de Administración General
Ayuntamiento de Valdecinca · Tel. 974 31 00 05
"""
add(dict(
    kind="interview_invitation", slug="council_practical_test_pdf", lang="es",
    company="Ayuntamiento de Valdecinca", contact="ecastan@valdecinca.example.es",
    frm=("Elena Castán Bielsa", "ecastan@valdecinca.example.es"),
    frm_enc=("iso-8859-1", "B"),
    subject="Convocatoria prueba práctica: Bolsa Auxiliar Administrativo/a",
    subj_enc=("iso-8859-1", "Q"),
    date="2026-02-24 13:05 +0100", mid="valdecinca_invite", irt="valdecinca_ack",
    text=_t, charset="iso-8859-1", cte="base64",
    pdfs=[("Convocatoria_prueba_practica.pdf", "Ayuntamiento de Valdecinca",
           ["Bolsa de empleo Auxiliar Administrativo/a (RRHH)",
            "Convocatoria a prueba práctica y entrevista personal",
            "Aspirante: Rocío Bianchi-Mendoza",
            "Fecha: 5 de marzo de 2026, 9:30 h. Salón de plenos.",
            "Contenido: cálculo de una nómina, alta en sistema RED, entrevista."])],
))

# --- i10 Envases Najerilla, invitation with .ics attachment ------------------------------
_t = """\
Hola Rocío:

Gracias por tu interés en Envases Najerilla. Nos gustaría hacerte una entrevista para el
puesto de Administrativa de Personal el jueves 9 de julio a las 10:00 en nuestras
instalaciones de Nájera. Después te enseñaremos la planta.

Adjunto la invitación para que la añadas a tu calendario. Si no puedes, llámame y
buscamos otro momento.

Un saludo,

Carmen Ibarra Ruiz
Responsable de Personas
Envases Najerilla
Pol. Ind. La Llanera, parcela 7 · 26300 Nájera (La Rioja)
Tel. 941 36 08 15
"""
add(dict(
    kind="interview_invitation", slug="invitation_ics_attachment", lang="es",
    company="Envases Najerilla", contact="carmen.ibarra@envasesnajerilla.example.es",
    frm=("Carmen Ibarra Ruiz", "carmen.ibarra@envasesnajerilla.example.es"),
    subject="Entrevista Administrativa de Personal – Envases Najerilla",
    date="2026-07-06 11:11 +0200", mid="najerilla_invite",
    text=_t, html=text_to_html(_t),
    ics=dict(uid="najerilla-20260709-rbm@envasesnajerilla.example.es", method="REQUEST",
             start="2026-07-09 10:00 +0200", minutes=75,
             summary="Entrevista – Administrativa de Personal",
             location="Envases Najerilla, Pol. Ind. La Llanera 7, Nájera",
             organizer=("Carmen Ibarra Ruiz", "carmen.ibarra@envasesnajerilla.example.es"),
             filename="entrevista.ics"),
    ics_mode="attach",
))

# --- i11 Grupo Logístico Cinca, paid trial day ------------------------------------------
_t = """\
Buenas tardes, Rocío:

Tras la llamada de la semana pasada, nos gustaría que vinieras a una jornada de prueba
remunerada en el departamento de personal para ver cómo te manejas con nuestro programa
de fichajes y la preparación de contratos.

Sería el lunes 24 de agosto, de 8:00 a 14:00, en nuestro centro de Monzón (Polígono La
Armentera, calle Cinca 9). Pregunta por mí en recepción.

Por favor, confírmame la asistencia antes del viernes.

Alberto Mur Lacasa
Jefe de Administración y Personal
Grupo Logístico Cinca · Pol. La Armentera, C/ Cinca 9 · 22400 Monzón (Huesca)
T. 974 40 16 60 · M. 689 20 11 47

Este correo y cualquier fichero anexo son confidenciales. Si no es usted el destinatario,
le rogamos que lo elimine y nos lo comunique. Grupo Logístico Cinca trata sus datos para
gestionar el proceso de selección; más información en privacidad@logisticacinca.example.es.
"""
add(dict(
    kind="interview_invitation", slug="paid_trial_day", lang="es",
    company="Grupo Logístico Cinca", contact="amur@logisticacinca.example.es",
    frm=("Alberto Mur Lacasa", "amur@logisticacinca.example.es"),
    subject="Jornada de prueba – departamento de personal",
    date="2026-08-19 16:40 +0200", mid="cinca_invite",
    text=_t, html=basic_html(_t), cte="quoted-printable",
))

# --- i12 Térmicos Aragón, Workday scheduling --------------------------------------------
_t = """\
Hola Rocío:

Tu candidatura para Administrativo/a de RRHH – Planta de Pedrola avanza a la fase de
entrevistas. Utiliza el siguiente enlace para programar una videoentrevista de 30 minutos
con el equipo de Recursos Humanos:

https://termicosaragon.wd3.myworkday.com/es/careers/interview/schedule/INT-55820

Los horarios disponibles se muestran en hora peninsular. Podrás cambiar la cita desde el
mismo enlace hasta 24 horas antes.

Saludos,
Adquisición de Talento · Térmicos Aragón
"""
add(dict(
    kind="interview_invitation", slug="workday_schedule_video", lang="es",
    company="Térmicos Aragón", contact="",
    frm=("Térmicos Aragón", "termicosaragon@myworkday.com"),
    subject="Programa tu entrevista: Administrativo/a de RRHH – Planta de Pedrola",
    date="2026-10-01 07:12 +0000",
    headers=[("Auto-Submitted", "auto-generated")],
    text=_t,
    html=ats_card("Térmicos Aragón · Empleo", "#c0392b", "Programa tu entrevista", _t,
                  "No respondas a este mensaje.",
                  button=("Programar entrevista", "https://termicosaragon.wd3.myworkday.com/"
                          "es/careers/interview/schedule/INT-55820")),
))

# --- i13 Residencias Gerón Aragón, phone screen ask over her own application -------------
_app = """\
Buenos días:

Os escribo para presentar mi candidatura al puesto de Auxiliar Administrativa de RRHH
publicado en vuestra web. Llevo ocho años como cajera y encargada de turno en un
supermercado de Zaragoza, donde me ocupo de los cuadrantes, las vacaciones y las
incidencias del personal, y acabo de terminar un curso de gestión de nóminas.

Adjunto mi CV. Quedo a vuestra disposición para una entrevista.

Un saludo,
Rocío Bianchi-Mendoza
"""
GERON_INVITE = """\
Hola Rocío:

Gracias por tu candidatura, nos ha parecido muy interesante. ¿Te puedo llamar mañana
jueves entre las 10:00 y las 11:00 para una primera entrevista telefónica de unos 15
minutos? Si te va mejor otro momento, dímelo sin problema.

Un saludo,
Lorena Casanova
Responsable de Personas · Residencias Gerón Aragón
C/ Miguel Servet 120 · 50013 Zaragoza · 976 59 33 80
"""
_t = GERON_INVITE + outlook_block("es", "Rocío Bianchi-Mendoza <rocio.bm@example.es>",
                                  "lunes, 31 de agosto de 2026 8:55",
                                  "empleo@geronaragon.example.es",
                                  "Candidatura Auxiliar Administrativa RRHH", _app)
add(dict(
    kind="interview_invitation", slug="phone_screen_over_application", lang="es",
    company="Residencias Gerón Aragón", contact="lcasanova@geronaragon.example.es",
    frm=("Lorena Casanova", "lcasanova@geronaragon.example.es"),
    subject="RE: Candidatura Auxiliar Administrativa RRHH",
    date="2026-09-02 17:25 +0200", mid="geron_invite", irt="geron_application",
    text=_t, html=outlook_html(_t), charset="windows-1252", cte="quoted-printable",
    html_charset="utf-8",
))

# --- i14 Conservas Ribera Navarra, Teams video interview, windows-1252 -------------------
_t = """\
Buenos días, Rocío:

Le escribo de Conservas Ribera Navarra en relación con su candidatura para Técnica de
Administración de Personal en nuestra planta de Tudela.

Nos gustaría mantener con usted una entrevista por videollamada (Microsoft Teams) el
miércoles 7 de octubre a las 16:00. Le envío la convocatoria; bastará con que pulse el
enlace «Unirse a la reunión» cinco minutos antes.

Reciba un cordial saludo,

Maite Arbizu Lacarra
Dpto. de Recursos Humanos
Conservas Ribera Navarra · Ctra. Tarazona km 3 · 31500 Tudela (Navarra)
Tel. 948 82 14 70

________________________________________________________________________________
Reunión de Microsoft Teams
Únase desde su equipo, aplicación móvil o dispositivo de sala
https://teams.example.com/l/meetup-join/19%3ameeting_RiberaNav2026
Id. de reunión: 381 442 907 116  Código de acceso: qT7wXz
________________________________________________________________________________
"""
add(dict(
    kind="interview_invitation", slug="teams_video_cp1252", lang="es",
    company="Conservas Ribera Navarra", contact="marbizu@conservasriberanavarra.example.es",
    frm=("Maite Arbizu Lacarra", "marbizu@conservasriberanavarra.example.es"),
    subject="Entrevista por videollamada – Técnica de Administración de Personal",
    subj_enc=("windows-1252", "B"),
    date="2026-10-05 10:05 +0200", mid="riberanavarra_invite",
    text=_t, html=outlook_html(_t), charset="windows-1252", cte="quoted-printable",
    html_charset="utf-8",
    ics=dict(uid="040000008200E00074C5B7101A82E0080000000033AA77BB11CC22DD",
             method="REQUEST", start="2026-10-07 16:00 +0200", minutes=45,
             summary="Entrevista Rocío Bianchi-Mendoza – Técnica Adm. Personal",
             location="Reunión de Microsoft Teams",
             organizer=("Maite Arbizu Lacarra", "marbizu@conservasriberanavarra.example.es")),
    ics_mode="alt",
))

# --- i15 Liffey Foods, "via Greenhouse" --------------------------------------------------
_t = """\
Hi Rocío,

Thanks so much for applying for the HR Administrator role at Liffey Foods. I'd love to
set up a 30-minute video interview with you and Ronan Kelly, our HR Operations Lead.

Please pick a time that works for you here:
https://app.greenhouse.io/scheduling/liffeyfoods/7c1b29

All slots are shown in Irish time (IST). If none suit, just reply to this email.

Best,
Aoife Byrne
Talent Partner | Liffey Foods
"""
add(dict(
    kind="interview_invitation", slug="greenhouse_via_recruiter", lang="en",
    company="Liffey Foods", contact="aoife.byrne@liffeyfoods.example.ie",
    frm=("Aoife Byrne via Greenhouse", "no-reply@greenhouse-mail.io"),
    reply_to=("Aoife Byrne", "aoife.byrne@liffeyfoods.example.ie"),
    subject="Interview invitation: HR Administrator at Liffey Foods",
    date="2026-06-10 14:12 +0100", mid="liffey_invite", irt="liffey_ack",
    text=_t, html=basic_html(_t, "en"),
))

# --- i16 Portside Freight, Ashby -----------------------------------------------------------
_t = """\
Hi Rocío,

Declan Hanlon from Portside Freight would like to schedule a 25-minute phone interview
with you for the People Administrator position.

Choose a time: https://jobs.ashbyhq.com/portside-freight/interview/f3a0-22d1

Replies to this email go straight to Declan.

Portside Freight Recruiting
"""
add(dict(
    kind="interview_invitation", slug="ashby_phone_interview", lang="en",
    company="Portside Freight", contact="declan.hanlon@portsidefreight.example.ie",
    frm=("Portside Freight", "no-reply@ashbyhq.com"),
    reply_to=("Declan Hanlon", "declan.hanlon@portsidefreight.example.ie"),
    subject="Schedule your interview with Portside Freight",
    date="2026-07-07 09:00 +0000", mid="portside_invite",
    text=_t,
    html=ats_card("Portside Freight", "#0077b6", "Let's find a time", _t, "Sent via Ashby",
                  lang="en", button=("Choose a time",
                                     "https://jobs.ashbyhq.com/portside-freight/interview/"
                                     "f3a0-22d1")),
))

# --- i17 Greenline sets up Anchor Pharma Packaging --------------------------------------
_t = """\
Hi Rocío,

Great news - Anchor Pharma Packaging want to meet you for the HR & Payroll Administrator
job we spoke about.

When: Friday 11 September, 2pm
Where: Anchor Pharma Packaging, Unit 9, Airside Business Park, Swords, Co. Dublin
Who: Fiona Gallagher (HR Manager) and Paul Deasy (Finance Controller)

It's a 45-minute competency interview. Bring photo ID for site security. Give me a shout
tomorrow and I'll run through their usual questions with you.

Conor

Conor Whelan | Senior Consultant, Office & HR Support
Greenline Recruitment | 8 Lower Baggot Street, Dublin 2 | +353 1 675 2290
"""
add(dict(
    kind="interview_invitation", slug="agency_client_interview_en", lang="en",
    company="Anchor Pharma Packaging", contact="conor.whelan@greenlinerecruit.example.ie",
    frm=("Conor Whelan", "conor.whelan@greenlinerecruit.example.ie"),
    subject="Interview with Anchor Pharma Packaging - Friday",
    date="2026-09-08 16:44 +0100", mid="greenline_invite", irt="greenline_ack",
    text=_t,
))

# --- i18 Tolka Housing, panel with calendar REQUEST -------------------------------------
TOLKA_INVITE = """\
Dear Rocío,

Thank you for your application for the post of HR Administrator. I am pleased to invite
you to a competency-based interview with a panel of three on Thursday 13 August at 10:00
at our offices, 12 Richmond Road, Drumcondra, Dublin 3.

The interview will last about 40 minutes and will be followed by a short in-tray exercise.
A calendar invitation is attached; please accept it to confirm.

Kind regards,
Gráinne Ní Bhriain
Corporate Services Manager | Tolka Housing Association
"""
_tolka_ics = dict(uid="tolka-hra-2026-panel-07@tolkahousing.example.ie",
                  summary="Interview panel – HR Administrator",
                  location="Tolka Housing, 12 Richmond Road, Drumcondra, Dublin 3",
                  organizer=("Gráinne Ní Bhriain", "grainne.nibhriain@tolkahousing.example.ie"),
                  prodid="-//Google Inc//Google Calendar 70.9054//EN")
add(dict(
    kind="interview_invitation", slug="housing_panel_calendar", lang="en",
    company="Tolka Housing Association", contact="grainne.nibhriain@tolkahousing.example.ie",
    frm=("Gráinne Ní Bhriain", "grainne.nibhriain@tolkahousing.example.ie"),
    frm_enc=("utf-8", "Q"),
    subject="Invitation: Interview panel – HR Administrator @ Thu 13 Aug 2026 10:00",
    date="2026-08-04 11:30 +0100", mid="tolka_invite",
    text=TOLKA_INVITE, html=basic_html(TOLKA_INVITE, "en"),
    ics=dict(_tolka_ics, method="REQUEST", sequence=0, start="2026-08-13 10:00 +0100",
             minutes=60),
    ics_mode="both",
))

# --- i19 Ringsend Bakeries, casual ------------------------------------------------------
_t = """\
Hi Rocío,

Orla here from Ringsend Bakeries - thanks for sending on your CV for the HR admin
position. Are you free Thursday to chat? Nothing formal, just a half-hour video call so
we can get to know each other and talk you through how the team works across our five
shops. Anytime after 11 works for me.

Let me know!
Orla

Orla Kinsella
Operations & People | Ringsend Bakeries
"""
add(dict(
    kind="interview_invitation", slug="casual_free_thursday_en", lang="en",
    company="Ringsend Bakeries", contact="orla@ringsendbakeries.example.ie",
    frm=("Orla Kinsella", "orla@ringsendbakeries.example.ie"),
    subject="Quick chat Thursday?",
    date="2026-09-21 12:02 +0100", mid="ringsend_invite", irt="ringsend_ack",
    text=_t, html=basic_html(_t, "en"),
))

# --- i20 Aérostructures Garonne, visio with calendar ------------------------------------
GARONNE_INVITE = """\
Bonjour Madame Bianchi-Mendoza,

Suite à l'examen de votre candidature au poste de Gestionnaire Administration du
Personnel, je vous propose un premier entretien en visioconférence le mardi 3 mars à 14h
(heure de Paris), d'une durée de 45 minutes environ.

Vous trouverez ci-joint l'invitation Teams. Merci de me confirmer votre disponibilité.

Bien cordialement,

Sandrine Cazals
Chargée de recrutement – Aérostructures Garonne
5 chemin de la Crabe, 31700 Blagnac
Tél. : 05 34 60 12 87

Ce message et ses pièces jointes sont confidentiels et établis à l'attention exclusive
de leurs destinataires. Toute utilisation non conforme est interdite.
"""
_garonne_ics = dict(uid="040000008200E00074C5B7101A82E00800000000GARONNE0311",
                    start="2026-03-03 14:00 +0100", minutes=45,
                    summary="Entretien – Gestionnaire Administration du Personnel",
                    location="Réunion Microsoft Teams",
                    organizer=("Sandrine Cazals", "sandrine.cazals@aerogaronne.example.fr"))
add(dict(
    kind="interview_invitation", slug="visio_with_calendar_fr", lang="fr",
    company="Aérostructures Garonne", contact="sandrine.cazals@aerogaronne.example.fr",
    frm=("Sandrine Cazals", "sandrine.cazals@aerogaronne.example.fr"),
    subject="Entretien – Gestionnaire Administration du Personnel",
    date="2026-02-23 15:10 +0100", mid="garonne_invite", irt="garonne_ack",
    text=GARONNE_INVITE, html=outlook_html(GARONNE_INVITE, "fr"),
    ics=dict(_garonne_ics, method="REQUEST", sequence=0), ics_mode="alt",
))

# --- i21 Clinique du Canal, immersion day -----------------------------------------------
_t = """\
Bonjour Rocío,

Nous avons été très intéressés par votre parcours. Avant un éventuel entretien final,
nous proposons à nos candidats une journée d'immersion au service du personnel : vous
verrez concrètement la gestion des plannings infirmiers, les absences et la préparation
des éléments de paie.

Seriez-vous disponible le mardi 21 avril, de 9h à 16h ? Le déjeuner est pris en charge.
Rendez-vous à l'accueil principal, 14 quai de l'Exode, Toulouse.

Bien à vous,
Nathalie Roques
Responsable administration du personnel, Clinique du Canal
"""
add(dict(
    kind="interview_invitation", slug="immersion_day_fr", lang="fr",
    company="Clinique du Canal", contact="n.roques@cliniqueducanal.example.fr",
    frm=("Nathalie Roques", "n.roques@cliniqueducanal.example.fr"),
    subject="Proposition de journée d'immersion",
    date="2026-04-13 11:48 +0200", mid="canal_invite", irt="canal_ack",
    text=_t, charset="iso-8859-1", cte="quoted-printable",
))

# --- i22 Occitalent sets up Logisud Entrepôts -------------------------------------------
_t = """\
Bonjour Rocío,

Bonne nouvelle : Logisud Entrepôts souhaite vous rencontrer pour le poste d'assistante RH
(CDI, site de Saint-Jory).

Entretien le vendredi 19 juin à 9h30, avec M. Olivier Sentenac, responsable du site, et
Mme Laura Ferré, RRH. Adresse : Logisud Entrepôts, 8 rue des Frères-Lumière, zone
Eurocentre, 31790 Saint-Jory. Présentez-vous à l'accueil logistique.

Pensez à apporter votre attestation de formation paie. Je vous appelle jeudi pour le
brief.

Bien cordialement,
Hélène Fabre
Consultante Recrutement – Cabinet Occitalent
05 61 48 20 93
"""
add(dict(
    kind="interview_invitation", slug="agency_client_interview_fr", lang="fr",
    company="Logisud Entrepôts", contact="helene.fabre@occitalent.example.fr",
    frm=("Hélène Fabre", "helene.fabre@occitalent.example.fr"),
    frm_enc=("iso-8859-1", "B"),
    subject="Entretien chez Logisud Entrepôts – vendredi 19 juin",
    subj_enc=("utf-8", "B"),
    date="2026-06-16 17:20 +0200", mid="occitalent_invite", irt="occitalent_ack",
    text=_t, html=basic_html(_t, "fr"),
))

# --- i23 Coopérative Lauragais Céréales ------------------------------------------------
_t = """\
Madame,

Votre candidature au poste d'assistante administrative et RH a retenu notre attention.
Je vous propose de venir nous rencontrer le jeudi 17 septembre à 10h à notre siège de
Villefranche-de-Lauragais (route de Revel, bâtiment administratif à gauche du silo).

L'entretien durera une heure environ et sera suivi d'une courte visite du site.

Merci de me confirmer votre venue par retour de courriel.

Julien Pujol
Responsable administratif
Coopérative Lauragais Céréales
"""
add(dict(
    kind="interview_invitation", slug="coop_interview_fr", lang="fr",
    company="Coopérative Lauragais Céréales", contact="j.pujol@lauragais-cereales.example.fr",
    frm=("Julien Pujol", "j.pujol@lauragais-cereales.example.fr"),
    subject="Votre candidature – proposition d'entretien",
    date="2026-09-14 08:58 +0200", mid="lauragais_invite",
    text=_t, charset="iso-8859-1", cte="8bit",
))

# --- i24 Isarwerk, Teams with calendar --------------------------------------------------
ISARWERK_INVITE = """\
Sehr geehrte Frau Bianchi-Mendoza,

vielen Dank für Ihre Bewerbung als Sachbearbeiterin Personaladministration (w/m/d). Gerne
möchten wir Sie in einem ersten Gespräch per Microsoft Teams näher kennenlernen.

Termin: Mittwoch, 18. März 2026, 10:00 – 10:45 Uhr
Teilnehmende: Katrin Obermaier (Recruiting), Florian Seitz (Teamleiter Personalservice)

Die Einladung mit dem Teams-Link erhalten Sie mit dieser E-Mail. Das Gespräch können wir
gern auf Englisch oder Deutsch führen.

Mit freundlichen Grüßen
Katrin Obermaier
Talent Acquisition
Isarwerk Fahrzeugtechnik GmbH · Dachauer Str. 510 · 80993 München
Tel. +49 89 1488 2210

Isarwerk Fahrzeugtechnik GmbH · Sitz München · Registergericht München HRB 211847
Geschäftsführung: Dr. Anton Lechner, Sabine Vogl
"""
_isar_ics = dict(uid="040000008200E00074C5B7101A82E00800000000ISARWERK2026",
                 summary="Kennenlerngespräch Sachbearbeiterin Personaladministration",
                 location="Microsoft Teams-Besprechung",
                 organizer=("Katrin Obermaier", "katrin.obermaier@isarwerk.example.de"))
add(dict(
    kind="interview_invitation", slug="teams_calendar_de", lang="de",
    company="Isarwerk Fahrzeugtechnik", contact="katrin.obermaier@isarwerk.example.de",
    frm=("Katrin Obermaier", "katrin.obermaier@isarwerk.example.de"),
    subject="Einladung zum Kennenlerngespräch – Sachbearbeiterin Personaladministration",
    date="2026-03-11 09:20 +0100", mid="isarwerk_invite", irt="isarwerk_ack",
    text=ISARWERK_INVITE, html=outlook_html(ISARWERK_INVITE, "de"),
    ics=dict(_isar_ics, method="REQUEST", sequence=0, start="2026-03-18 10:00 +0100"),
    ics_mode="both",
))

# --- i25 Freiham Logistik, trial day ------------------------------------------------------
_t = """\
Hallo Frau Bianchi-Mendoza,

danke für das nette Telefonat letzte Woche. Wie besprochen laden wir Sie zu einem
Probearbeitstag in unserer Personalabteilung ein:

Mittwoch, 13. Mai, 8:00 bis ca. 15:00 Uhr
Freiham Logistik, Bodenseestraße 322, 81249 München – Eingang Verwaltung, 1. OG

Sie schauen uns bei Zeiterfassung, Schichtplanung und der Vorbereitung der
Lohnabrechnung über die Schulter. Der Tag wird selbstverständlich vergütet. Bitte
bringen Sie Ihren Ausweis mit.

Viele Grüße
Tobias Reiter
Leitung Personal | Freiham Logistik
"""
add(dict(
    kind="interview_invitation", slug="trial_day_de", lang="de",
    company="Freiham Logistik", contact="t.reiter@freiham-logistik.example.de",
    frm=("Tobias Reiter", "t.reiter@freiham-logistik.example.de"),
    subject="Einladung Probearbeitstag am 13. Mai",
    date="2026-05-05 14:36 +0200", mid="freiham_invite",
    text=_t, html=basic_html(_t, "de"), cte="base64",
))

# --- i26 Klinik am Westpark, softgarden scheduling --------------------------------------
_t = """\
Guten Tag Frau Bianchi-Mendoza,

vielen Dank für Ihre Bewerbung als Mitarbeiterin Personalservice. Wir möchten Sie gern zu
einem telefonischen Interview (ca. 30 Minuten) einladen.

Bitte wählen Sie über den folgenden Link einen passenden Termin aus:
https://klinik-westpark.softgarden.io/interview/select/88213

Wir rufen Sie zur gewählten Zeit unter der in Ihrer Bewerbung angegebenen Nummer an.

Freundliche Grüße
Ihr Recruiting-Team der Klinik am Westpark
"""
add(dict(
    kind="interview_invitation", slug="softgarden_phone_slot_de", lang="de",
    company="Klinik am Westpark", contact="",
    frm=("Klinik am Westpark", "noreply@softgarden.io"),
    subject="Einladung zum Telefoninterview",
    date="2026-07-01 08:05 +0200", mid="westpark_invite", irt="westpark_ack",
    headers=[("Auto-Submitted", "auto-generated")],
    text=_t,
    html=ats_card("Klinik am Westpark – Karriere", "#4a7c59", "Terminauswahl", _t,
                  "Versendet über softgarden", lang="de",
                  button=("Termin wählen",
                          "https://klinik-westpark.softgarden.io/interview/select/88213")),
))

# ================================================== interview_reschedule_or_cancel (15)

# --- s01 Motores del Ebro, slot moved at her request (long chain) -----------------------
_ask = reply("""\
Hola Lucía:

Muchas gracias por escribirme. El jueves a las 10:00 estoy en caja y no puedo salir.
¿Podría ser el viernes 20 a partir de las 12:00, o el lunes 23 por la mañana?

Un saludo,
Rocío
""", "es", "lun, 16 feb 2026 a las 9:37", "Lucía Gimeno Sanz",
    "lucia.gimeno@motoresebro.example.es", EBRO_INVITE)
_t = reply("""\
Perfecto, Rocío. Lo pasamos al viernes 20 de febrero a las 12:30; te llamo a ese mismo
número. La conversación del jueves queda anulada.

Lucía Gimeno Sanz
Talent Acquisition · Motores del Ebro
""", "es", "lun, 16 feb 2026 a las 21:04", "Rocío Bianchi-Mendoza", "rocio.bm@example.es", _ask)
add(dict(
    kind="interview_reschedule_or_cancel", slug="slot_moved_long_chain", lang="es",
    company="Motores del Ebro", contact="lucia.gimeno@motoresebro.example.es",
    frm=("Lucía Gimeno Sanz", "lucia.gimeno@motoresebro.example.es"),
    subject="RE: Conversación telefónica – Técnico/a de Administración de Personal",
    date="2026-02-17 08:15 +0100", mid="ebro_move", irt="ebro_reschedule_request",
    refs=["ebro_invite", "ebro_reschedule_request"],
    text=_t, cte="quoted-printable",
))

# --- s02 Hospital Alto Jiloca, METHOD:CANCEL, no rejection -------------------------------
_t = """\
Buenas tardes:

Por una baja imprevista de la jefa de personal anulamos el panel del martes 24. El
proceso sigue abierto y os volveremos a convocar en cuanto tengamos nueva fecha.

Disculpad las molestias.

Mercedes Tomás Alcalá
Técnica de Selección · Unidad de Personal
Fundación Hospital Alto Jiloca
"""
add(dict(
    kind="interview_reschedule_or_cancel", slug="calendar_cancel_panel", lang="es",
    company="Hospital Alto Jiloca", contact="mercedes.tomas@hospitaljiloca.example.es",
    frm=("Mercedes Tomás Alcalá", "mercedes.tomas@hospitaljiloca.example.es"),
    frm_enc=("iso-8859-1", "Q"),
    subject="Cancelada: Panel de entrevista – Auxiliar Administrativo/a RRHH",
    date="2026-03-20 16:02 +0100", mid="jiloca_cancel", irt="jiloca_invite",
    text=_t, html=outlook_html(_t),
    ics=dict(_jiloca_ics, method="CANCEL", sequence=1), ics_mode="alt",
))

# --- s03 Talento Cierzo, client moved the day -------------------------------------------
_t = """\
Hola Rocío:

Cambio de planes: Íñigo Garrido tiene que viajar a una feria el lunes, así que Bodegas
Valdelaviña pasa tu entrevista al jueves 25 de junio, también a las 17:00 y en la bodega.
Todo lo demás sigue igual.

¿Me confirmas que te cuadra?

Beatriz
"""
add(dict(
    kind="interview_reschedule_or_cancel", slug="headhunter_client_moved", lang="es",
    company="Bodegas Valdelaviña", contact="beatriz.saenz@talentocierzo.example.es",
    frm=("Beatriz Sáenz Oteo", "beatriz.saenz@talentocierzo.example.es"),
    frm_enc=("utf-8", "B"),
    subject="Cambio de fecha – entrevista Valdelaviña",
    date="2026-06-19 09:12 +0200", mid="cierzo_move", irt="cierzo_invite",
    text=_t,
))

# --- s04 Componentes Arga, calendar update SEQUENCE 1 -----------------------------------
_t = """\
Hola Rocío:

Te mando la convocatoria actualizada: la entrevista del miércoles 27 de mayo pasa de las
12:00 a las 9:00, porque a mediodía tenemos auditoría en la planta. Mismo lugar, oficinas
de Landaben, pregunta por mí en la garita.

Si a las 9:00 no llegas desde Zaragoza, dímelo y buscamos alternativa.

Un saludo,
Iñaki Goñi Arraiza
Técnico de Recursos Humanos · Componentes Arga
Tel. 948 31 77 02
"""
add(dict(
    kind="interview_reschedule_or_cancel", slug="calendar_update_sequence", lang="es",
    company="Componentes Arga", contact="inaki.goni@componentesarga.example.es",
    frm=("Iñaki Goñi Arraiza", "inaki.goni@componentesarga.example.es"),
    subject="Actualizada: Entrevista Administrativo/a de Personal – Rocío Bianchi-Mendoza",
    subj_enc=("utf-8", "B"),
    date="2026-05-20 18:30 +0200", mid="arga_update", irt="arga_invite",
    text=_t, html=outlook_html(_t),
    ics=dict(uid="personio-interview-5f2c91e0@componentesarga.example.es", method="REQUEST",
             sequence=1, start="2026-05-27 09:00 +0200", minutes=45,
             summary="Entrevista Administrativo/a de Personal",
             location="Componentes Arga, Polígono de Landaben, Pamplona",
             organizer=("Iñaki Goñi Arraiza", "inaki.goni@componentesarga.example.es")),
    ics_mode="both",
))

# --- s05 Clínica Montecanal, interviewer ill --------------------------------------------
_t = """\
Hola Rocío:

Te escribo porque la Dra. Elvira Gracia, directora médica, que iba a estar en tu
entrevista de mañana, está de baja desde el viernes. No queremos hacerla sin ella, así
que la aplazamos.

Te propongo el martes 25 de agosto a las 13:00, por videollamada con el mismo enlace de
Teamtailor. ¿Te encaja?

Un saludo y perdona el cambio,
Sonia Lafuente
Técnica de Personas · Clínica Montecanal
"""
add(dict(
    kind="interview_reschedule_or_cancel", slug="interviewer_ill_postponed", lang="es",
    company="Clínica Montecanal", contact="sonia.lafuente@clinicamontecanal.example.es",
    frm=("Sonia Lafuente", "sonia.lafuente@clinicamontecanal.example.es"),
    subject="Cambio en tu entrevista de mañana",
    date="2026-08-17 10:20 +0200", mid="montecanal_move", irt="montecanal_invite",
    text=_t, html=basic_html(_t),
))

# --- s06 Temporalia, client interview moved ---------------------------------------------
_t = """\
Rocío, buenas tardes:

Conservas Moncayo me pide mover la entrevista al viernes 24 a las 9:30, mismo sitio
(oficinas de la fábrica en Tarazona, entrada por la calle del Queiles). El jefe de
administración no llega el jueves. ¿Te viene bien?

Raúl
"""
add(dict(
    kind="interview_reschedule_or_cancel", slug="ett_client_interview_moved", lang="es",
    company="Conservas Moncayo", contact="raul.pardos@temporalia.example.es",
    frm=("Raúl Pardos | Temporalia", "raul.pardos@temporalia.example.es"),
    subject="Entrevista Conservas Moncayo – cambio de día",
    date="2026-04-22 17:05 +0200", mid="temporalia_move", irt="temporalia_invite",
    text=_t + "\n--\nEnviado desde Temporalia Móvil\n",
))

# --- s07 Ayuntamiento de Valdecinca, test postponed -------------------------------------
_t = """\
Estimada aspirante:

Por coincidir con la celebración de un pleno extraordinario en el salón de plenos, la
prueba práctica y entrevista personal de la bolsa de Auxiliar Administrativo/a prevista
para el jueves 5 de marzo se aplaza al jueves 12 de marzo, a las 9:30, en el mismo lugar.

Se mantienen el resto de condiciones de la convocatoria.

Atentamente,
Elena Castán Bielsa
Técnica de Administración General · Ayuntamiento de Valdecinca
"""
add(dict(
    kind="interview_reschedule_or_cancel", slug="council_test_postponed_cp1252", lang="es",
    company="Ayuntamiento de Valdecinca", contact="ecastan@valdecinca.example.es",
    frm=("Elena Castán Bielsa", "ecastan@valdecinca.example.es"),
    frm_enc=("iso-8859-1", "B"),
    subject="Aplazamiento prueba práctica – Bolsa Auxiliar Administrativo/a",
    subj_enc=("windows-1252", "Q"),
    date="2026-03-02 12:30 +0100", mid="valdecinca_move", irt="valdecinca_invite",
    text=_t, charset="windows-1252", cte="quoted-printable",
))

# --- s08 Residencias Gerón, video call moved --------------------------------------------
_t = reply("""\
Hola Rocío:

Tenemos que cambiar la videollamada de mañana con la directora: en lugar de a las 10:00
sería a las 12:00, con el mismo enlace. Si a esa hora no puedes, dime y la pasamos al
viernes.

Gracias,
Lorena
""", "es", "jue, 3 sept 2026 a las 11:02", "Rocío Bianchi-Mendoza", "rocio.bm@example.es", """\
Hola Lorena:

Muchas gracias por la llamada de hoy. Te confirmo la videollamada con la directora el
miércoles 9 a las 10:00.

Un saludo,
Rocío
""")
add(dict(
    kind="interview_reschedule_or_cancel", slug="video_call_time_changed", lang="es",
    company="Residencias Gerón Aragón", contact="lcasanova@geronaragon.example.es",
    frm=("Lorena Casanova", "lcasanova@geronaragon.example.es"),
    subject="Re: Videollamada con la directora",
    date="2026-09-08 09:40 +0200", mid="geron_move", refs=["geron_invite", "geron_confirm"],
    irt="geron_confirm",
    text=_t,
))

# --- s09 Portside Freight, slot moved -----------------------------------------------------
_t = """\
Hi Rocío,

Apologies for the shuffle - I've a clash on Monday morning. Could we push your phone
interview from Monday 13th at 10:00 to Tuesday 14th at 10:00 (Irish time)? Same number,
I'll ring you.

Thanks,
Declan

Declan Hanlon | Talent & People Ops | Portside Freight
North Wall Quay, Dublin 1
"""
add(dict(
    kind="interview_reschedule_or_cancel", slug="phone_interview_pushed_en", lang="en",
    company="Portside Freight", contact="declan.hanlon@portsidefreight.example.ie",
    frm=("Declan Hanlon", "declan.hanlon@portsidefreight.example.ie"),
    subject="Moving our call to Tuesday?",
    date="2026-07-09 16:55 +0100", mid="portside_move", irt="portside_invite",
    text=_t,
))

# --- s10 Tolka Housing, calendar update SEQUENCE 2 ---------------------------------------
_t = """\
Hi Rocío,

Please note the panel has moved to Friday 14 August, 11:30, same room. Updated calendar
invitation attached.

Gráinne
"""
add(dict(
    kind="interview_reschedule_or_cancel", slug="calendar_update_seq2_en", lang="en",
    company="Tolka Housing Association", contact="grainne.nibhriain@tolkahousing.example.ie",
    frm=("Gráinne Ní Bhriain", "grainne.nibhriain@tolkahousing.example.ie"),
    frm_enc=("utf-8", "Q"),
    subject="Updated: Interview panel – HR Administrator",
    date="2026-08-07 09:58 +0100", mid="tolka_update", irt="tolka_invite",
    text=_t,
    ics=dict(_tolka_ics, method="REQUEST", sequence=2, start="2026-08-14 11:30 +0100",
             minutes=60),
    ics_mode="alt",
))

# --- s11 Liffey Foods, interviewer ill, cancelled for now --------------------------------
_t = """\
Hi Rocío,

I'm sorry for the late notice: Aoife is off sick today and we need to cancel tomorrow's
video interview. We'd still very much like to speak with you and will come back with a
new date early next week.

Apologies again,
Ciara Doyle
People Coordinator | Liffey Foods
"""
add(dict(
    kind="interview_reschedule_or_cancel", slug="interviewer_ill_cancel_en", lang="en",
    company="Liffey Foods", contact="ciara.doyle@liffeyfoods.example.ie",
    frm=("Ciara Doyle", "ciara.doyle@liffeyfoods.example.ie"),
    subject="Tomorrow's interview - cancelled",
    date="2026-06-15 17:45 +0100", mid="liffey_move", irt="liffey_invite",
    text=_t, html=basic_html(_t, "en"),
))

# --- s12 Clinique du Canal, immersion day moved -----------------------------------------
_t = """\
Bonjour Rocío,

Petit contretemps de notre côté : une inspection de l'ARS est programmée le 21. Nous
devons donc décaler votre journée d'immersion au jeudi 23 avril, mêmes horaires (9h-16h),
même lieu.

Dites-moi si cela vous convient.

Nathalie Roques
Clinique du Canal
"""
add(dict(
    kind="interview_reschedule_or_cancel", slug="immersion_day_moved_fr", lang="fr",
    company="Clinique du Canal", contact="n.roques@cliniqueducanal.example.fr",
    frm=("Nathalie Roques", "n.roques@cliniqueducanal.example.fr"),
    subject="Décalage de votre journée d'immersion",
    subj_enc=("iso-8859-1", "B"),
    date="2026-04-16 08:34 +0200", mid="canal_move", irt="canal_invite",
    text=_t, cte="quoted-printable",
))

# --- s13 Aérostructures Garonne, METHOD:CANCEL ------------------------------------------
_t = """\
Bonjour Madame Bianchi-Mendoza,

Je suis contrainte d'annuler notre entretien de mardi 3 mars : le poste fait l'objet d'un
arbitrage budgétaire en interne. Votre candidature reste à l'étude et je reviendrai vers
vous dès que j'aurai de la visibilité.

Je vous prie de m'excuser pour ce contretemps.

Sandrine Cazals
Chargée de recrutement – Aérostructures Garonne
"""
add(dict(
    kind="interview_reschedule_or_cancel", slug="calendar_cancel_fr", lang="fr",
    company="Aérostructures Garonne", contact="sandrine.cazals@aerogaronne.example.fr",
    frm=("Sandrine Cazals", "sandrine.cazals@aerogaronne.example.fr"),
    subject="Annulé : Entretien - Gestionnaire Administration du Personnel",
    subj_enc=("iso-8859-1", "Q"),
    date="2026-02-27 11:05 +0100", mid="garonne_cancel", irt="garonne_invite",
    text=_t, html=outlook_html(_t, "fr"),
    ics=dict(_garonne_ics, method="CANCEL", sequence=1), ics_mode="alt",
))

# --- s14 Freiham Logistik, trial day postponed (interviewer ill) --------------------------
_t = """\
Hallo Frau Bianchi-Mendoza,

leider ist Herr Reiter seit heute krankgeschrieben. Damit Sie beim Probearbeitstag
jemanden haben, der Ihnen alles zeigen kann, verschieben wir den Termin vom 13. auf
Mittwoch, den 20. Mai, gleiche Uhrzeit, gleicher Ort.

Passt Ihnen das? Eine kurze Antwort genügt.

Viele Grüße
Julia Hartl
Personalreferentin | Freiham Logistik
Bodenseestraße 322 | 81249 München | Tel. 089 87 12 55-30
"""
add(dict(
    kind="interview_reschedule_or_cancel", slug="trial_day_postponed_de", lang="de",
    company="Freiham Logistik", contact="j.hartl@freiham-logistik.example.de",
    frm=("Julia Hartl", "j.hartl@freiham-logistik.example.de"),
    subject="Verschiebung Ihres Probearbeitstags",
    subj_enc=("iso-8859-1", "Q"),
    date="2026-05-11 12:07 +0200", mid="freiham_move", irt="freiham_invite",
    text=_t, charset="iso-8859-1", cte="quoted-printable",
))

# --- s15 Isarwerk, calendar update SEQUENCE 1 ------------------------------------------
_t = reply("""\
Sehr geehrte Frau Bianchi-Mendoza,

kein Problem – ich habe unser Gespräch auf Donnerstag, 19. März, 14:00 Uhr verlegt. Die
aktualisierte Einladung mit demselben Teams-Link finden Sie anbei.

Viele Grüße
Katrin Obermaier
Talent Acquisition · Isarwerk Fahrzeugtechnik
""", "de", "Do., 12. März 2026 um 19:40", "Rocío Bianchi-Mendoza", "rocio.bm@example.es", """\
Sehr geehrte Frau Obermaier,

vielen Dank für die Einladung. Am Mittwoch um 10 Uhr habe ich leider Kassendienst. Wäre
auch Donnerstag, 19. März, am Nachmittag möglich?

Mit freundlichen Grüßen
Rocío Bianchi-Mendoza
""")
add(dict(
    kind="interview_reschedule_or_cancel", slug="calendar_update_de", lang="de",
    company="Isarwerk Fahrzeugtechnik", contact="katrin.obermaier@isarwerk.example.de",
    frm=("Katrin Obermaier", "katrin.obermaier@isarwerk.example.de"),
    subject="Aktualisiert: Kennenlerngespräch – Sachbearbeiterin Personaladministration",
    date="2026-03-13 08:50 +0100", mid="isarwerk_update", irt="isarwerk_move_request",
    refs=["isarwerk_invite", "isarwerk_move_request"],
    text=_t,
    ics=dict(_isar_ics, method="REQUEST", sequence=1, start="2026-03-19 14:00 +0100"),
    ics_mode="alt",
))

# ========================================================= missed_interview_notice (10)

# --- m01 Almozara, no-show at the assessment centre --------------------------------------
_t = """\
Hola Rocío:

Esta mañana empezaba a las 9:00 la sesión de evaluación en la nave 4 y no te hemos visto
por allí. Te llamé a las 9:20 y tenías el móvil apagado.

¿Ha pasado algo? Si ha sido un imprevisto, cuéntamelo y vemos qué se puede hacer, aunque
la sesión grupal ya no se repite.

Jorge Lasheras
Técnico de Selección · Almozara Logística
Tel. 976 47 03 18
"""
add(dict(
    kind="missed_interview_notice", slug="assessment_no_show", lang="es",
    company="Almozara Logística", contact="jorge.lasheras@almozara.example.es",
    frm=("Jorge Lasheras", "jorge.lasheras@almozara.example.es"),
    subject="No has venido a la sesión de hoy",
    date="2026-02-05 12:40 +0100", mid="almozara_missed", irt="almozara_invite",
    text=_t, html=basic_html(_t),
))

# --- m02 Navarra Cross-Dock, two calls at 10:00 -----------------------------------------
_t = """\
Hola Rocío:

Teníamos la entrevista telefónica hoy a las 10:00. Te he llamado dos veces, a las 10:00 y
a las 10:07, y no hemos podido hablar; te he dejado un mensaje en el buzón.

Si sigues interesada en la vacante, respóndeme hoy o mañana con un par de franjas.

Un saludo,
Amaia Etxeberria
Recursos Humanos · Navarra Cross-Dock
Ciudad del Transporte, Noáin (Navarra)
"""
add(dict(
    kind="missed_interview_notice", slug="two_calls_unanswered", lang="es",
    company="Navarra Cross-Dock", contact="amaia.etxeberria@navarracrossdock.example.es",
    frm=("Amaia Etxeberria", "amaia.etxeberria@navarracrossdock.example.es"),
    subject="Entrevista telefónica de hoy",
    date="2026-06-12 10:31 +0200", mid="crossdock_missed", irt="crossdock_ack",
    text=_t, cte="quoted-printable",
))

# --- m03 Cerámica Mudéjar, waited on Teams -----------------------------------------------
_t = """\
Hola Rocío:

Te estuvimos esperando en Teams de 12:00 a 12:20 Javier Royo y yo. No sé si hubo algún
problema con el enlace. Dime algo cuando puedas.

Pilar Navarro
Administración de Personal · Cerámica Mudéjar
"""
add(dict(
    kind="missed_interview_notice", slug="waited_on_teams", lang="es",
    company="Cerámica Mudéjar", contact="pnavarro@ceramicamudejar.example.es",
    frm=("Pilar Navarro", "pnavarro@ceramicamudejar.example.es"),
    subject="Entrevista de hoy en Teams",
    date="2026-04-08 12:26 +0200", mid="mudejar_missed", irt="mudejar_application",
    text=_t,
))

# --- m04 Gestoría Arrabal, waited at reception ------------------------------------------
add(dict(
    kind="missed_interview_notice", slug="waited_at_reception", lang="es",
    company="Gestoría Arrabal", contact="ana@gestoriaarrabal.example.es",
    frm=("Ana Lahoz", "ana@gestoriaarrabal.example.es"),
    subject="Puesto auxiliar RRHH",
    date="2026-02-11 10:05 +0100", mid="arrabal_missed",
    text="Hola Rocío,\n\nte esperábamos a las 9:30 en la oficina para la entrevista y no "
         "has aparecido.\nSi quieres, llámame.\n\nAna Lahoz\nGestoría Arrabal · "
         "C/ Sobrarbe 21 · Zaragoza · 976 51 22 40\n",
    cte="8bit",
))

# --- m05 Temporalia, registration phone interview unanswered -----------------------------
_t = """\
Hola Rocío:

Hoy a las 10:00 teníamos la entrevista telefónica para completar tu alta en Temporalia.
Te he llamado al 612 48 90 37 y no ha habido respuesta.

Sin esa entrevista no puedo activar tu perfil para las ofertas de administración. Dime
qué día te va mejor y te vuelvo a llamar.

Raúl Pardos
Consultor · Temporalia ETT · Delegación Zaragoza
"""
add(dict(
    kind="missed_interview_notice", slug="agency_registration_call_missed", lang="es",
    company="Temporalia", contact="raul.pardos@temporalia.example.es",
    frm=("Raúl Pardos | Temporalia", "raul.pardos@temporalia.example.es"),
    subject="No he podido localizarte",
    date="2026-01-13 10:42 +0100", mid="temporalia_missed", irt="temporalia_ack",
    text=_t, html=basic_html(_t),
))

# --- m06 Portside Freight, tried calling twice ------------------------------------------
_t = """\
Hi Rocío,

I tried calling you twice at 10:00 this morning for our phone interview (10:00 and again
at 10:10) but couldn't get through - it went straight to voicemail.

Hope all is OK. If you're still interested, drop me a line and we'll see what we can do.

Declan

Declan Hanlon | Talent & People Ops | Portside Freight
"""
add(dict(
    kind="missed_interview_notice", slug="tried_calling_twice_en", lang="en",
    company="Portside Freight", contact="declan.hanlon@portsidefreight.example.ie",
    frm=("Declan Hanlon", "declan.hanlon@portsidefreight.example.ie"),
    subject="Missed you this morning",
    date="2026-07-14 10:48 +0100", mid="portside_missed", irt="portside_move",
    text=_t,
))

# --- m07 Howth Harbour Hotels, waited on Teams ------------------------------------------
_t = """\
Hi Rocío,

We waited on Teams for you from 3pm until about 3:15 today but no sign. Maybe the link
didn't work from Spain? Let me know what happened.

Shane Murtagh
Group HR | Howth Harbour Hotels
"""
add(dict(
    kind="missed_interview_notice", slug="waited_on_teams_en", lang="en",
    company="Howth Harbour Hotels", contact="shane.murtagh@howthharbourhotels.example.ie",
    frm=("Shane Murtagh", "shane.murtagh@howthharbourhotels.example.ie"),
    subject="Today's interview",
    date="2026-10-13 15:22 +0100", mid="howth_missed",
    text=_t, html=basic_html(_t, "en"),
))

# --- m08 Occitalent, client waited -------------------------------------------------------
_t = """\
Bonjour Rocío,

Logisud Entrepôts m'informe qu'ils vous ont attendue ce matin à 9h30 à l'accueil
logistique, puis jusqu'à 10h. J'ai essayé de vous joindre sur votre portable sans succès.

Pouvez-vous me rappeler dès que possible ?

Hélène Fabre
Cabinet Occitalent, 05 61 48 20 93
"""
add(dict(
    kind="missed_interview_notice", slug="client_waited_fr", lang="fr",
    company="Logisud Entrepôts", contact="helene.fabre@occitalent.example.fr",
    frm=("Hélène Fabre", "helene.fabre@occitalent.example.fr"),
    frm_enc=("iso-8859-1", "B"),
    subject="Entretien Logisud de ce matin",
    date="2026-06-19 10:25 +0200", mid="occitalent_missed", irt="occitalent_invite",
    text=_t, charset="iso-8859-1", cte="quoted-printable",
))

# --- m09 Isarwerk, waited in the Teams meeting -------------------------------------------
_t = """\
Sehr geehrte Frau Bianchi-Mendoza,

Herr Seitz und ich haben heute um 14:00 Uhr im Teams-Meeting auf Sie gewartet, leider
ohne Sie zu erreichen. Auch telefonisch konnten wir Sie nicht sprechen.

Bitte geben Sie mir kurz Bescheid, ob etwas dazwischengekommen ist.

Mit freundlichen Grüßen
Katrin Obermaier
Talent Acquisition · Isarwerk Fahrzeugtechnik
"""
add(dict(
    kind="missed_interview_notice", slug="waited_in_teams_de", lang="de",
    company="Isarwerk Fahrzeugtechnik", contact="katrin.obermaier@isarwerk.example.de",
    frm=("Katrin Obermaier", "katrin.obermaier@isarwerk.example.de"),
    subject="Unser Termin heute um 14 Uhr",
    date="2026-03-19 14:35 +0100", mid="isarwerk_missed", irt="isarwerk_update",
    text=_t, html=outlook_html(_t, "de"),
))

# --- m10 Klinik am Westpark, called twice ----------------------------------------------
_t = """\
Guten Tag Frau Bianchi-Mendoza,

wir hatten für heute 11:00 Uhr unser Telefoninterview vereinbart. Ich habe Sie zweimal
unter der angegebenen Nummer angerufen, Sie aber nicht erreicht.

Falls Sie weiterhin Interesse haben, melden Sie sich bitte bis Freitag bei mir.

Freundliche Grüße
Daniela Huber
Personalservice · Klinik am Westpark
Tel. 089 7095 3312
"""
add(dict(
    kind="missed_interview_notice", slug="called_twice_de", lang="de",
    company="Klinik am Westpark", contact="daniela.huber@klinik-westpark.example.de",
    frm=("Daniela Huber", "daniela.huber@klinik-westpark.example.de"),
    subject="Telefoninterview heute – nicht erreicht",
    date="2026-07-08 11:40 +0200", mid="westpark_missed", irt="westpark_invite",
    text=_t, cte="base64",
))

assert len(MESSAGES) == 51
_ = (ME, SIG)
