"""Corpus 281: `interview_invitation` (26: es 14, en 7, fr 3, de 2),
`interview_reschedule_or_cancel` (15: es 8, en 4, fr 2, de 1) and
`missed_interview_notice` (10: es 6, en 2, fr 1, de 1), all hand-written."""

from msgs281_common import (
    CAND,
    ME,
    T,
    ats_card,
    button,
    esc,
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

TRAM_ORG = ("Noelia Ortega", "noelia.ortega@tramaluz.example.es")

# ================================================================== interview_invitation — es (14)

# ------------------------------------------------------------------ 1: panel invite with calendar REQUEST (Outlook)
TRAM_INV = T("""
Hola Lucía:

Gracias por tu interés en Tramaluz. Nos ha gustado mucho tu candidatura para el puesto
de Asistente de UX Research y queremos conocerte en persona.

Te proponemos una entrevista con el panel del equipo de producto:

  Día: martes, 3 de febrero de 2026
  Hora: 10:00 a 11:00
  Lugar: nuestras oficinas de C/ Trinidad Grund 21, 2ª planta (Málaga)
  Con: Noelia Ortega (People), Álvaro Reina (Product Design) y Paula Sedeño (Research)

Te adjunto la convocatoria para tu calendario. Si el horario no te encaja, dímelo y
buscamos otro hueco.

Un saludo,
Noelia Ortega
People Partner | Tramaluz Software
C/ Trinidad Grund 21 · 29001 Málaga · +34 952 000 640
""")
add(dict(
    kind="interview_invitation", name="tramaluz_panel_calendar", lang="es",
    company="Tramaluz Software", contact="noelia.ortega@tramaluz.example.es",
    id="i_tram_panel", parent="a_tram_ack", date="2026-01-27 10:05 +0100",
    frm=TRAM_ORG, subject="Entrevista con el equipo de producto – Tramaluz",
    text=TRAM_INV,
    html=word_html([esc(p).replace("\n", "<br>") for p in TRAM_INV.strip().split("\n\n")]),
    cte="qp",
    ics=dict(uid="tramaluz-panel-7f31@tramaluz.example.es", seq=0,
             start="2026-02-03 10:00 +0100", minutes=60,
             summary="Entrevista panel – Lucía Fernández-Kowalski / Tramaluz",
             location="Tramaluz Software, C/ Trinidad Grund 21, 2ª planta, Málaga",
             organizer=TRAM_ORG,
             attendees=[("Álvaro Reina", "alvaro.reina@tramaluz.example.es"),
                        ("Paula Sedeño", "paula.sedeno@tramaluz.example.es")],
             prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"),
))

# ------------------------------------------------------------------ 2: assessment centre via Workday
ALC_INV = """<p>Hola, Lucía:</p>
<p>¡Enhorabuena! Has superado la fase de preselección para el puesto de <b>Analista de Experiencia de Cliente (R-04417)</b>.</p>
<p>Te invitamos a nuestra <b>jornada de evaluación</b>, en la que realizarás una dinámica de grupo, un caso práctico sobre el recorrido de un cliente en la app y una breve entrevista individual:</p>
<ul><li>Fecha: miércoles, 25 de marzo de 2026</li><li>Hora: de 9:00 a 13:30</li><li>Lugar: Sede Alameda, Alameda Principal 16, Málaga (preguntar en recepción por Selección)</li></ul>
<p>Confirma tu asistencia desde el portal antes del 20 de marzo.</p>"""
add(dict(
    kind="interview_invitation", name="alcazaba_assessment_day", lang="es",
    company="Banco Alcazaba", contact="", id="i_alc_assess", parent="a_alc_ack",
    date="2026-03-16 08:00 +0000",
    frm=("Banco Alcazaba | Selección", "bancoalcazaba@myworkday.com"),
    to=[("", CAND)],
    subject="Invitación a la jornada de evaluación – R-04417",
    text=T("""
Hola, Lucía:

¡Enhorabuena! Has superado la fase de preselección para el puesto de Analista de
Experiencia de Cliente (R-04417).

Te invitamos a nuestra jornada de evaluación, en la que realizarás una dinámica de
grupo, un caso práctico sobre el recorrido de un cliente en la app y una breve
entrevista individual:

- Fecha: miércoles, 25 de marzo de 2026
- Hora: de 9:00 a 13:30
- Lugar: Sede Alameda, Alameda Principal 16, Málaga (preguntar en recepción por Selección)

Confirma tu asistencia desde el portal antes del 20 de marzo:
https://bancoalcazaba.wd3.myworkday.com/alcazaba/d/task/confirm-R-04417

Equipo de Selección y Talento · Banco Alcazaba
"""),
    html=ats_card("Banco Alcazaba", ALC_INV + button(
        "Confirmar asistencia", "https://bancoalcazaba.wd3.myworkday.com/alcazaba/d/task/confirm-R-04417"),
        footer="Mensaje automático. No respondas a este correo."),
    cte="qp",
    headers=[("Auto-Submitted", "auto-generated")],
))

# ------------------------------------------------------------------ 3: ETT sets up interview with client (named)
add(dict(
    kind="interview_invitation", name="temporalia_sets_up_olivanet", lang="es",
    company="Olivanet Telecom", contact="maribel.cuesta@temporalia.example.es",
    id="i_temp_oli", parent="a_temp_reg", date="2026-02-04 11:20 +0100",
    frm=("Maribel Cuesta · Temporalia", "maribel.cuesta@temporalia.example.es"),
    subject="Entrevista con Olivanet Telecom (Sevilla)",
    text=T("""
¡Hola, Lucía!

Buenas noticias: le he pasado tu CV a Olivanet Telecom para la vacante de auxiliar de
investigación de usuarios y quieren conocerte.

La entrevista sería el lunes 9 de febrero a las 10:00 en su sede de la Isla de la
Cartuja (Edificio Olivanet, C/ Américo Vespucio 5, Sevilla). Te recibirá Francisco
Lama, del equipo de Experiencia de Cliente. Dura unos 45 minutos; lleva el DNI para
la recepción.

Confírmame en cuanto puedas, que tengo que darles respuesta hoy.

Maribel Cuesta
Consultora de Selección · Temporalia Andalucía ETT
Avda. de la Buhaira 12, 41018 Sevilla · 954 000 312
"""),
))

# ------------------------------------------------------------------ 4: recruiter phone-screen ask via Teamtailor
RUTAS_PHONE = T("""
Hola Lucía,

Soy Rocío, de Talent Acquisition en Rutas del Sur. Gracias por presentarte a la
vacante de UX Research Assistant.

Me gustaría hacerte una primera llamada de unos 20 minutos para conocerte y
contarte el puesto. ¿Te viene bien el martes 7 de abril a las 10:00? Te llamaría
al número que indicaste en la candidatura.

Si prefieres otra hora, contéstame a este correo y lo movemos.

¡Un saludo!
Rocío Márquez
""")
add(dict(
    kind="interview_invitation", name="rutas_phone_screen_teamtailor", lang="es",
    company="Rutas del Sur", contact="rocio.marquez@rutasdelsur.example.es",
    id="i_rutas_phone", parent="a_rutas_ack", date="2026-04-01 16:45 +0200",
    frm=("Rocío Márquez via Teamtailor", "noreply@teamtailor-mail.com"),
    reply_to=("Rocío Márquez", "rocio.marquez@rutasdelsur.example.es"),
    subject="Una primera llamada con Rutas del Sur",
    text=RUTAS_PHONE,
    html=ats_card("Rutas del Sur", paras(RUTAS_PHONE), footer="Enviado a través de Teamtailor",
                  accent="#b45309"),
    subj_enc="utf-8/b",
))

# ------------------------------------------------------------------ 5: head-hunter, unnamed client (company = agency)
add(dict(
    kind="interview_invitation", name="ferraz_unnamed_client_interview", lang="es",
    company="Ferraz & Ochoa", contact="lucas.ferraz@ferrazochoa.example.es",
    id="i_ferraz_client", parent="o_ferraz_cold", date="2026-06-09 09:34 +0200",
    frm=("Lucas Ferraz", "lucas.ferraz@ferrazochoa.example.es"),
    subject="RE: Una posición que creo que te puede interesar",
    text=T("""
Lucía, buenos días:

Gracias por contestar tan rápido. He hablado con mi cliente (una empresa de pagos con
sede en Granada; por confidencialidad todavía no te puedo dar el nombre) y quieren
hacerte una primera entrevista por videollamada.

Propuesta: lunes 15 de junio, 12:00 h, 45 minutos, con la responsable de Producto y
conmigo. Te mandaré el enlace el mismo lunes por la mañana.

¿Te va bien? Si no, dame dos alternativas esa semana.

Un saludo,
Lucas Ferraz
Partner · Ferraz & Ochoa Talent
Paseo de Recoletos 7, 28004 Madrid · +34 915 000 702

> Hola, Lucas: sí, me interesa conocer más detalles. ¿Cuándo podríamos hablar?
> Lucía
"""),
))

# ------------------------------------------------------------------ 6: trial day with PDF agenda
add(dict(
    kind="interview_invitation", name="kairos_trial_day", lang="es",
    company="Kairos Research", contact="lorena.ibarra@kairosresearch.example.es",
    id="i_kairos_trial", date="2026-07-06 12:10 +0200",
    frm=("Lorena Ibarra", "lorena.ibarra@kairosresearch.example.es"),
    subject="Jornada de prueba en Kairos Research",
    text=T("""
Hola Lucía,

Tras la entrevista de la semana pasada, nos gustaría invitarte a pasar una jornada de
prueba con nosotras en la oficina de Madrid. Es la última fase del proceso.

- Martes 14 de julio, de 9:30 a 15:00 (comemos juntas, invitamos nosotras)
- C/ Almagro 22, 1º izq., 28010 Madrid
- Participarás en dos entrevistas reales con usuarios de un cliente del sector
  seguros y nos ayudarás a sintetizar los hallazgos.

Te adjunto la agenda del día. Los gastos de tren desde Málaga corren de nuestra cuenta;
guarda los billetes.

¡Nos vemos pronto!
Lorena Ibarra
Research Director · Kairos Research
"""),
    pdfs=[("Agenda_jornada_prueba_Kairos.pdf", "Kairos Research - Jornada de prueba",
           ["Candidata: Lucia Fernandez-Kowalski", "Fecha: 14/07/2026",
            "09:30 Bienvenida y contexto del proyecto", "10:30 Entrevista con usuario 1",
            "12:00 Entrevista con usuario 2", "13:30 Comida",
            "14:15 Sintesis de hallazgos con el equipo", "15:00 Cierre"])],
))

# ------------------------------------------------------------------ 7: video interview, calendar + .ics file
MESETA_UID = "meseta-ux-jr-2026-0911@mesetatel.example.es"
MESETA_ORG = ("Sergio Villalobos", "sergio.villalobos@mesetatel.example.es")
add(dict(
    kind="interview_invitation", name="meseta_teams_interview", lang="es",
    company="Meseta Telecom", contact="sergio.villalobos@mesetatel.example.es",
    id="i_meseta_video", date="2026-09-07 11:48 +0200",
    frm=MESETA_ORG,
    subject="Convocatoria entrevista Investigador/a UX Junior",
    text=T("""
Hola Lucía:

Te convoco a una entrevista por Microsoft Teams para el puesto de Investigador/a UX
Junior el viernes 11 de septiembre a las 10:00 (hora peninsular), con una duración
aproximada de una hora. Estaremos Marisa Gallardo, de Experiencia de Cliente, y yo.

Enlace: https://teams.example.com/l/meetup-join/meseta-ux-jr-0911

Te envío la invitación de calendario adjunta.

Saludos,
Sergio Villalobos
Responsable de Selección Técnica | Meseta Telecom
"""),
    ics=dict(uid=MESETA_UID, seq=0, start="2026-09-11 10:00 +0200", minutes=60,
             summary="Entrevista Investigador/a UX Junior – Meseta Telecom",
             location="Microsoft Teams", organizer=MESETA_ORG,
             attendees=[("Marisa Gallardo", "marisa.gallardo@mesetatel.example.es")]),
    ics_attach=True, ics_name="entrevista.ics",
))

# ------------------------------------------------------------------ 8: casual "¿charlamos el jueves?"
add(dict(
    kind="interview_invitation", name="triana_casual_thursday", lang="es",
    company="Triana UX Studio", contact="curro@trianaux.example.es",
    id="i_triana_casual", parent="o_triana_apply", date="2026-02-23 20:14 +0100",
    frm=("Curro Benjumea", "curro@trianaux.example.es"),
    subject="¿Charlamos el jueves?",
    text=T("""
¡Hola Lucía!

Gracias por escribirnos y por el portfolio, me lo he leído enterito. ¿Te vienes el
jueves por la tarde al estudio y charlamos un rato del puesto? Sobre las seis, en la
calle Pureza 45. Nada formal, un café y te enseñamos en qué estamos liados.

Si el jueves no puedes, dime qué día te viene mejor.

Curro
Triana UX Studio
"""),
))

# ------------------------------------------------------------------ 9: technical interview, .ics as file only
CALIFA_UID = "califa-entrevista-tecnica-0420@califasoft.example.es"
CALIFA_ORG = ("Manuel del Valle", "m.delvalle@califasoft.example.es")
add(dict(
    kind="interview_invitation", name="califa_technical_ics_file", lang="es",
    company="Califa Software", contact="m.delvalle@califasoft.example.es",
    id="i_califa_tec", date="2026-04-13 09:02 +0200",
    frm=CALIFA_ORG,
    subject="Entrevista técnica – asistente de investigación",
    text=T("""
Buenos días, Lucía:

Has pasado la primera criba. El siguiente paso es una entrevista técnica con el equipo
del laboratorio de pruebas con usuarios: te pediremos que nos cuentes cómo
prepararías un test de usabilidad para nuestra app de reservas de restaurantes.

Lunes 20 de abril, 16:00 a 17:00, en Google Meet (el enlace va en el archivo .ics
adjunto). Si no te viene bien, avísame.

Un saludo,
Manuel del Valle
CTO · Califa Software
"""),
    ics=dict(uid=CALIFA_UID, seq=0, start="2026-04-20 16:00 +0200", minutes=60,
             summary="Entrevista técnica Califa Software",
             location="https://meet.example.com/cal-ifa-tec", organizer=CALIFA_ORG),
    ics_only_file=True, ics_name="entrevista_tecnica.ics",
))

# ------------------------------------------------------------------ 10: university interview call, iso-8859-1, B subject
add(dict(
    kind="interview_invitation", name="univega_convocatoria_entrevista", lang="es",
    company="Universidad de la Vega", contact="seleccion.pdi@univega.example.es",
    id="i_univega", date="2026-06-22 13:15 +0200",
    frm=("Servicio de Personal Investigador", "seleccion.pdi@univega.example.es"),
    subject="Convocatoria a entrevista: contrato INV-UX-2026/07",
    subj_enc="iso-8859-1/b",
    charset="iso-8859-1", cte="qp",
    text=T("""
Estimada Sra. Fernández-Kowalski:

Concluida la fase de valoración de méritos del contrato de Técnico/a de Apoyo a la
Investigación (INV-UX-2026/07), la comisión de selección le convoca a la fase de
entrevista personal, que se celebrará en los siguientes términos:

   Fecha: martes, 30 de junio de 2026
   Hora: 10:30
   Lugar: Sala de Juntas de la E.T.S. de Ingeniería Informática, Campus de
          Fuentenueva, Granada

Deberá presentarse con su DNI o pasaporte. La entrevista versará sobre los méritos
alegados y sobre una propuesta breve de estudio con usuarios (máximo 10 minutos).

Para cualquier consulta puede responder a este correo.

Atentamente,
Servicio de Personal Investigador
Universidad de la Vega
"""),
))

# ------------------------------------------------------------------ 11: Lever scheduling link
BIZ_INV = T("""
Hola Lucía,

¡Gracias por aplicar a Research Assistant en Biznaga Apps! Nos encantaría tener una
primera conversación contigo por videollamada (30 min) con Pablo, nuestro Head of
Product.

Elige el hueco que mejor te venga en este enlace:
https://hire.lever.co/interviews/biznaga/schedule/7c2a10

Si ninguno te encaja, responde a este correo y buscamos otro.

El equipo de Biznaga Apps
""")
add(dict(
    kind="interview_invitation", name="biznaga_lever_scheduling", lang="es",
    company="Biznaga Apps", contact="pablo.jurado@biznaga.example.es",
    id="i_biznaga", date="2026-05-11 10:27 +0200",
    frm=("Biznaga Apps", "no-reply@hire.lever.co"),
    reply_to=("Pablo Jurado", "pablo.jurado@biznaga.example.es"),
    subject="Elige hora para tu entrevista con Biznaga Apps",
    text=BIZ_INV,
    html=ats_card("Biznaga Apps", paras(BIZ_INV) + button(
        "Elegir hueco", "https://hire.lever.co/interviews/biznaga/schedule/7c2a10", "#7c3aed"),
        footer="Lever · Biznaga Apps", accent="#7c3aed"),
))

# ------------------------------------------------------------------ 12: one-way video interview (SmartRecruiters)
SOL_INV = T("""
Hola Lucía,

¡Buenas noticias! Tu candidatura a UX Research Assistant (Málaga) ha pasado a la
siguiente fase: una videoentrevista en diferido.

Tendrás que responder grabando en vídeo a cinco preguntas (máximo 2 minutos cada una)
desde el ordenador o el móvil. Puedes hacerlo cuando quieras hasta el miércoles 27 de
mayo a las 23:59.

Accede aquí: https://jobs.smartrecruiters.com/SolYRutaViajes/video/4471-lfk

¡Mucha suerte!
El equipo de Talento de Sol y Ruta Viajes
""")
add(dict(
    kind="interview_invitation", name="solyruta_async_video", lang="es",
    company="Sol y Ruta Viajes", contact="", date="2026-05-20 07:30 +0000",
    frm=("Sol y Ruta Viajes", "noreply@smartrecruiters.com"),
    subject="Siguiente paso: videoentrevista – UX Research Assistant",
    text=SOL_INV,
    html=ats_card("Sol y Ruta Viajes", paras(SOL_INV),
                  footer="Enviado con SmartRecruiters", accent="#e8590c"),
    cte="b64",
))

# ------------------------------------------------------------------ 13: online tests + interview (iCIMS)
add(dict(
    kind="interview_invitation", name="lumen_tests_and_interview", lang="es",
    company="Lumen Bank", contact="", date="2026-04-30 14:00 +0000",
    frm=("Lumen Bank Talent", "donotreply@icims.com"),
    to=[("Lucia Fernandez-Kowalski", CAND)],
    subject="Lumen Bank: pruebas online y videoentrevista",
    html=ats_card("Lumen Bank · Talento", """<p>Hola Lucía,</p>
<p>Nos alegra comunicarte que continúas en el proceso <b>Junior UX Researcher – Banca Digital (Madrid)</b>.</p>
<p>La siguiente fase consta de dos partes:</p>
<ol><li>Pruebas online (razonamiento y un caso breve), disponibles hasta el 8 de mayo.</li>
<li>Videoentrevista con el equipo de Talento el <b>martes 12 de mayo a las 17:00</b>.</li></ol>
<p>Encontrarás el acceso a ambas en tu área de candidato.</p>
<p>Un saludo,<br>Talent Acquisition · Lumen Bank</p>""",
        footer="Este es un mensaje automático; por favor no respondas.", accent="#1e3a8a"),
    cte="qp",
))

# ------------------------------------------------------------------ 14: Teams screen from HR (Costa Cloud)
add(dict(
    kind="interview_invitation", name="costacloud_teams_screen", lang="es",
    company="Costa Cloud Systems", contact="irene.salcedo@costacloud.example.es",
    id="i_costa", date="2026-04-20 12:50 +0200",
    frm=("Irene Salcedo", "irene.salcedo@costacloud.example.es"),
    subject="Videollamada – Asistente de Investigación de Usuarios",
    charset="windows-1252", cte="8bit",
    text=T("""
Hola Lucía:

¿Qué tal? Te escribo de Costa Cloud Systems por tu candidatura a Asistente de
Investigación de Usuarios. ¿Podemos hacer una videollamada de 30 minutos por Teams el
jueves 23 a las 11:00? Te contaré el puesto y me contarás un poco tu trayectoria.

Enlace: https://teams.example.com/l/meetup-join/costacloud-screen-0423

Un saludo – Irene
People & Culture · Costa Cloud Systems
"""),
))

# ================================================================== interview_invitation — en (7)

# ------------------------------------------------------------------ 15: Greenhouse scheduling link, "via Greenhouse"
AZU_INV = T("""
Hi Lucía,

Thanks again for your interest in the UX Research Assistant role at Azulejo Labs!
We'd love to invite you to a 45-minute video interview with Tiago Matos (Research
Manager) and Inês Carvalho (Product Designer).

Please choose a time that works for you using the link below:
https://app.greenhouse.io/scheduling/azulejolabs/select/0b91e2f4

Let me know if none of the options suit you.

Best,
Marta
""")
add(dict(
    kind="interview_invitation", name="azulejo_greenhouse_scheduling", lang="en",
    company="Azulejo Labs", contact="marta.sousa@azulejolabs.example.pt",
    id="i_azu_sched", parent="a_azu_ack", date="2026-02-16 11:05 +0000",
    frm=("Marta Sousa via Greenhouse", "no-reply@greenhouse-mail.io"),
    reply_to=("Marta Sousa", "marta.sousa@azulejolabs.example.pt"),
    subject="Interview invitation: UX Research Assistant at Azulejo Labs",
    text=AZU_INV,
    html=plain_html(paras(AZU_INV), lang="en"),
))

# ------------------------------------------------------------------ 16: Ashby invite with calendar REQUEST
MIRA_UID = "ashby-3f0c71d2-mira-junior-ux@ashbyhq.com"
MIRA_ORG = ("Joana Reis", "joana.reis@miradouro.example.pt")
add(dict(
    kind="interview_invitation", name="miradouro_ashby_calendar", lang="en",
    company="Miradouro Travel", contact="joana.reis@miradouro.example.pt",
    id="i_mira_ashby", parent="a_mira_ack", date="2026-08-12 13:40 +0000",
    frm=("Miradouro Travel Recruiting", "no-reply@ashbyhq.com"),
    reply_to=MIRA_ORG,
    subject="Invitation: Junior UX Researcher - Hiring Manager Interview",
    text=T("""
Hi Lucía,

You're invited to a Hiring Manager Interview for the Junior UX Researcher role.

When: Wednesday, August 19, 2026, 15:00 - 15:45 (Lisbon time)
Where: Google Meet - https://meet.example.com/mira-jux-hm
Interviewer: Joana Reis, Head of Research

A calendar invitation is attached. Reply to this email if you need to change the time.

Miradouro Travel Recruiting
"""),
    ics=dict(uid=MIRA_UID, seq=0, start="2026-08-19 15:00 +0100", minutes=45,
             summary="Junior UX Researcher - Hiring Manager Interview (Miradouro Travel)",
             location="https://meet.example.com/mira-jux-hm", organizer=MIRA_ORG,
             prodid="-//Ashby//Interview Scheduling//EN"),
    headers=[("Auto-Submitted", "auto-generated")],
))

# ------------------------------------------------------------------ 17: panel invite from Outlook with REQUEST
TEJO_ORG = ("Catarina Nunes", "catarina.nunes@tejobank.example.pt")
TEJO_UID = "040000008200E00074C5B7101A82E00800000000A0B1C2D3E4F5@tejobank.example.pt"
TEJO_INV = T("""
Dear Lucía,

Following your conversation with our recruiter, I am pleased to invite you to a panel
interview for the Customer Insights Research Assistant position (JR-11802).

Date: Wednesday, 22 April 2026
Time: 10:00-11:00 (Lisbon) / 11:00-12:00 (Madrid)
Format: Microsoft Teams - the link is in the calendar invitation
Panel: Catarina Nunes (Customer Insights), Hugo Baptista (Digital Channels)

Please accept the invitation to confirm.

Kind regards,
Catarina Nunes
Customer Insights Manager | Tejo Bank
Avenida da Liberdade 190, 1250-147 Lisboa
""")
add(dict(
    kind="interview_invitation", name="tejo_panel_outlook_request", lang="en",
    company="Tejo Bank", contact="catarina.nunes@tejobank.example.pt",
    id="i_tejo_panel", date="2026-04-14 17:22 +0100",
    frm=TEJO_ORG, subject="Panel interview - Customer Insights Research Assistant (JR-11802)",
    text=TEJO_INV,
    html=word_html([esc(p).replace("\n", "<br>") for p in TEJO_INV.strip().split("\n\n")],
                   lang="EN-GB"),
    ics=dict(uid=TEJO_UID, seq=0, start="2026-04-22 10:00 +0100", minutes=60,
             summary="Panel interview - Lucía Fernández-Kowalski (JR-11802)",
             location="Microsoft Teams Meeting", organizer=TEJO_ORG,
             attendees=[("Hugo Baptista", "hugo.baptista@tejobank.example.pt")],
             prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"),
    cte="qp",
))

# ------------------------------------------------------------------ 18: agency sets up client interview (named)
add(dict(
    kind="interview_invitation", name="bridgewell_castelo_interview", lang="en",
    company="Castelo Payments", contact="owen.price@bridgewell.example.pt",
    id="i_bridge_castelo", parent="a_bridge_reg", date="2026-06-08 10:02 +0100",
    frm=("Owen Price", "owen.price@bridgewell.example.pt"),
    subject="Interview with Castelo Payments - Friday",
    text=T("""
Hi Lucia,

Great news - Castelo Payments would like to meet you for their UX Research Assistant
vacancy. I've pencilled in Friday 12 June at 14:00 (Lisbon time) on Zoom with Sofia
Mendes, their Product Research Lead. It's about 40 minutes; expect questions on how
you'd plan interviews with small-business customers.

Zoom: https://zoom.example.com/j/88120045511

Could you confirm by end of day today? Give me a ring beforehand if you want to prep.

Owen Price | Senior Consultant, Digital & Product
Bridgewell Recruitment | +351 210 000 377
"""),
))

# ------------------------------------------------------------------ 19: casual "are you free Thursday to chat"
add(dict(
    kind="interview_invitation", name="quinta_free_thursday", lang="en",
    company="Quinta Analytics", contact="rui@quintaanalytics.example.pt",
    id="i_quinta", date="2026-07-06 08:47 +0100",
    frm=("Rui Antunes", "rui@quintaanalytics.example.pt"),
    subject="free Thursday to chat?",
    text=T("""
Hi Lucía,

Saw your application for the research assistant job - loved the bit about turning
complaint calls into a monthly insights report. Are you free Thursday to chat? Any time
after 2pm Lisbon works for me, 30 min on a video call. I'll send a link once you pick.

Rui
Founder, Quinta Analytics
"""),
))

# ------------------------------------------------------------------ 20: video interview, replying to her application
DATEN_APP = T("""
Dear Dr. Lamprecht,

Please find attached my application for the Research Assistant (UX) position. For six
years I have handled customer calls for a telecom operator in Málaga, where I also
coordinated our monthly customer-feedback sessions.

Kind regards,
Lucía Fernández-Kowalski
""")
add(dict(
    kind="interview_invitation", name="datenhafen_video_interview", lang="en",
    company="Datenhafen Research Institut", contact="h.lamprecht@datenhafen.example.de",
    id="i_daten_video", parent="a_daten_ack", date="2026-05-11 09:31 +0200",
    frm=("Lamprecht, Henrike", "h.lamprecht@datenhafen.example.de"),
    subject="AW: Application – Research Assistant (UX)",
    text=T("""
Dear Ms Fernández-Kowalski,

thank you for your application. We would like to invite you to an interview via
Zoom with myself and two members of the selection committee:

Tuesday, 19 May 2026, 14:00-14:45 CEST
https://zoom.example.com/j/6021190044

Please prepare a five-minute presentation on a situation in which customer feedback
changed a product or process. Kindly confirm that the date suits you.

Best regards,
Dr. Henrike Lamprecht
Head of Human-Centred Computing Group
Datenhafen Research Institut | Invalidenstraße 44 | 10115 Berlin

""") + outlook_header("en", "Lucía Fernández-Kowalski", CAND, "Monday, April 27, 2026 8:55 AM",
                      "Lamprecht, Henrike <h.lamprecht@datenhafen.example.de>",
                      "Application – Research Assistant (UX)", rule=False) + "\n" + DATEN_APP,
    cte="qp",
))

# ------------------------------------------------------------------ 21: half-day trial / playtest
add(dict(
    kind="interview_invitation", name="tidepool_half_day_trial", lang="en",
    company="Tidepool Games", contact="beatriz.lobo@tidepool.example.pt",
    id="i_tidepool", parent="a_tidepool_ack", date="2026-09-07 12:18 +0100",
    frm=("Beatriz Lobo", "beatriz.lobo@tidepool.example.pt"),
    subject="Next step: half-day trial with our research team",
    text=T("""
Hi Lucía,

Thanks for the chat last week! As a final step we'd like you to join us for a paid
half-day trial at our studio in Lisbon:

* Monday 14 September, 9:30-13:00
* Rua do Açúcar 88, Beato, Lisboa
* You'll co-moderate a playtest with four players and help us write up the notes.

We'll cover your travel from Málaga. Let me know if that date works and I'll get the
tickets sorted.

Bea
UX Research Lead @ Tidepool Games
"""),
))

# ================================================================== interview_invitation — fr (3)

# ------------------------------------------------------------------ 22: visio with calendar REQUEST
GARR_UID = "garrigue-entretien-ux-20260526@garrigue-numerique.example.fr"
GARR_ORG = ("Camille Fabre", "c.fabre@garrigue-numerique.example.fr")
add(dict(
    kind="interview_invitation", name="garrigue_visio_calendar", lang="fr",
    company="Garrigue Numérique", contact="c.fabre@garrigue-numerique.example.fr",
    id="i_garr_visio", parent="a_garr_ack", date="2026-05-18 15:12 +0200",
    frm=GARR_ORG,
    subject="Invitation à un entretien – Assistante UX Research",
    text=T("""
Bonjour Lucía,

Suite à votre candidature au poste d'assistante UX Research, nous serions ravis
d'échanger avec vous lors d'un entretien en visioconférence :

- mardi 26 mai 2026, de 10 h à 11 h
- sur Teams (lien dans l'invitation jointe)
- avec Camille Fabre (RH) et Bastien Roux (Lead UX)

L'entretien peut se dérouler en anglais si vous le préférez.

Merci de nous confirmer votre disponibilité.

Bien cordialement,
Camille Fabre
Chargée de recrutement – Garrigue Numérique
1025 avenue Henri Becquerel, 34000 Montpellier
"""),
    ics=dict(uid=GARR_UID, seq=0, start="2026-05-26 10:00 +0200", minutes=60,
             summary="Entretien Assistante UX Research – Garrigue Numérique",
             location="Microsoft Teams", organizer=GARR_ORG,
             attendees=[("Bastien Roux", "b.roux@garrigue-numerique.example.fr")]),
    cte="qp",
))

# ------------------------------------------------------------------ 23: in-office interview, iso-8859-1
add(dict(
    kind="interview_invitation", name="clapas_entretien_bureau", lang="fr",
    company="Clapas Conseil", contact="e.vidal@clapas-conseil.example.fr",
    id="i_clapas", date="2026-09-01 10:44 +0200",
    frm=("Élodie Vidal", "e.vidal@clapas-conseil.example.fr"),
    frm_enc="iso-8859-1/b",
    subject="Entretien pour la mission d'assistante en recherche utilisateur",
    charset="iso-8859-1", cte="qp",
    text=T("""
Bonjour Lucía,

Votre profil a retenu toute notre attention. Seriez-vous disponible pour un entretien
à nos bureaux le mardi 8 septembre à 14 h 30 ? Nous parlerons de la mission auprès de
la métropole (ateliers avec les usagers des transports) et de votre expérience en
relation client.

Adresse : 12 rue de l'Université, 34000 Montpellier, 2e étage (interphone « Clapas »).
Si le déplacement depuis Málaga pose problème, nous pouvons faire l'entretien en visio.

Bien cordialement,
Élodie Vidal
Associée - Clapas Conseil
"""),
))

# ------------------------------------------------------------------ 24: convocation before a jury, calendar REQUEST
LEZ_UID = "lez-jury-assistante-ergo-2026@lez-recherche.example.fr"
LEZ_ORG = ("Ressources humaines – Institut Lez Recherche", "rh@lez-recherche.example.fr")
add(dict(
    kind="interview_invitation", name="lez_convocation_jury", lang="fr",
    company="Institut Lez Recherche", contact="rh@lez-recherche.example.fr",
    id="i_lez", date="2026-09-07 09:05 +0200",
    frm=LEZ_ORG,
    subject="Convocation – audition pour le poste d'assistante de recherche",
    text=T("""
Madame,

Nous avons le plaisir de vous informer que votre candidature au poste d'assistante de
recherche en ergonomie (CDD 18 mois) a été présélectionnée.

Vous êtes convoquée à une audition devant le jury le jeudi 17 septembre 2026 à 9 h 30,
en visioconférence. L'audition comprend une présentation de 10 minutes de votre
parcours suivie de 20 minutes d'échanges. Une invitation d'agenda est jointe.

Service des ressources humaines
Institut Lez Recherche
"""),
    ics=dict(uid=LEZ_UID, seq=0, start="2026-09-17 09:30 +0200", minutes=30,
             summary="Audition jury – assistante de recherche en ergonomie",
             location="Visioconférence (lien envoyé la veille)", organizer=LEZ_ORG),
))

# ================================================================== interview_invitation — de (2)

# ------------------------------------------------------------------ 25: Personio invite, Reply-To human
SPREE_UID = "personio-interview-88123-spreeklang@personio.de"
SPREE_ORG = ("Katrin Vogel", "katrin.vogel@spreeklang.example.de")
SPREE_INV = T("""
Hallo Lucía,

vielen Dank für deine Bewerbung als UX Research Assistant (m/w/d) bei Spreeklang!

Wir möchten dich gern kennenlernen und laden dich zu einem Videogespräch ein:

Mittwoch, 29. April 2026, 11:00-12:00 Uhr
Google Meet: https://meet.example.com/spree-ux-assist
Mit: Katrin Vogel (People) und Moritz Held (Design Lead)

Bitte bestätige den Termin kurz per Antwort auf diese E-Mail. Das Gespräch kann auch
auf Englisch stattfinden.

Viele Grüße
Katrin Vogel
People & Culture, Spreeklang GmbH
Schlesische Straße 28, 10997 Berlin
""")
add(dict(
    kind="interview_invitation", name="spreeklang_personio_einladung", lang="de",
    company="Spreeklang", contact="katrin.vogel@spreeklang.example.de",
    id="i_spree", parent="a_spree_ack", date="2026-04-20 14:33 +0200",
    frm=("Spreeklang GmbH", "no-reply@personio.de"),
    reply_to=SPREE_ORG,
    subject="Einladung zum Vorstellungsgespräch – UX Research Assistant",
    text=SPREE_INV,
    html=ats_card("Spreeklang", paras(SPREE_INV), footer="Gesendet über Personio",
                  accent="#0f766e", lang="de"),
    cte="qp",
))

# ------------------------------------------------------------------ 26: assessment centre via softgarden
add(dict(
    kind="interview_invitation", name="kiezbank_assessment_center", lang="de",
    company="Kiezbank", contact="", id="i_kiez", parent="a_kiez_ack",
    date="2026-05-20 07:10 +0200",
    frm=("Kiezbank Recruiting", "noreply@softgarden.io"),
    to=[("", CAND)],
    subject="Einladung zum Assessment-Center",
    charset="iso-8859-1", cte="qp",
    text=T("""
Sehr geehrte Frau Fernández-Kowalski,

wir freuen uns, Sie zu unserem Assessment-Center für die Position Junior UX
Researcher (m/w/d) einzuladen.

Termin: Donnerstag, 28. Mai 2026, 9:00 bis ca. 15:00 Uhr
Ort: Kiezbank, Oranienstraße 25, 10999 Berlin, Raum "Görlitzer Park"

Der Tag umfasst eine Gruppenübung, eine Fallstudie sowie ein Einzelgespräch. Bitte
bestätigen Sie Ihre Teilnahme über den Link in Ihrem Bewerberkonto:
https://kiezbank.softgarden.io/de/candidate/confirm/556102

Mit freundlichen Grüßen
Ihr Recruiting-Team der Kiezbank
"""),
    headers=[("Auto-Submitted", "auto-generated")],
))

# ================================================================== interview_reschedule_or_cancel — es (8)

# ------------------------------------------------------------------ 1: moved slot, SEQUENCE bump
TRAM_MOVE = T("""
Hola Lucía:

Te escribo porque Álvaro tiene que viajar a Madrid el martes y no llega a la
entrevista. Hemos movido el panel al miércoles 4 de febrero, de 12:30 a 13:30, en
el mismo sitio. Te envío la convocatoria actualizada; la anterior queda sustituida.

Perdona el cambio y cualquier cosa me dices.

Noelia Ortega
People Partner | Tramaluz Software
""")
add(dict(
    kind="interview_reschedule_or_cancel", name="tramaluz_panel_moved_seq1", lang="es",
    company="Tramaluz Software", contact="noelia.ortega@tramaluz.example.es",
    id="s_tram_move", parent="i_tram_panel", date="2026-01-29 16:41 +0100",
    frm=TRAM_ORG, subject="Actualizado: Entrevista con el equipo de producto – Tramaluz",
    text=TRAM_MOVE,
    html=word_html([esc(p).replace("\n", "<br>") for p in TRAM_MOVE.strip().split("\n\n")]),
    ics=dict(uid="tramaluz-panel-7f31@tramaluz.example.es", seq=1,
             start="2026-02-04 12:30 +0100", minutes=60,
             summary="Entrevista panel – Lucía Fernández-Kowalski / Tramaluz",
             location="Tramaluz Software, C/ Trinidad Grund 21, 2ª planta, Málaga",
             organizer=TRAM_ORG,
             attendees=[("Álvaro Reina", "alvaro.reina@tramaluz.example.es"),
                        ("Paula Sedeño", "paula.sedeno@tramaluz.example.es")],
             prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"),
    cte="qp",
))

# ------------------------------------------------------------------ 2: moved after her request (quoted)
add(dict(
    kind="interview_reschedule_or_cancel", name="alcazaba_moved_to_31", lang="es",
    company="Banco Alcazaba", contact="carmen.lozano@bancoalcazaba.example.es",
    id="s_alc_moved", parent="o_alc_resched_req", date="2026-03-18 12:02 +0100",
    frm=("Carmen Lozano", "carmen.lozano@bancoalcazaba.example.es"),
    subject="Re: Jornada de evaluación del 25 de marzo",
    text=T("""
Hola, Lucía:

Sin problema. Te he cambiado a la segunda jornada de evaluación, que será el
martes 31 de marzo en el mismo horario (9:00 a 13:30) y en la misma sede de la
Alameda. No hace falta que vuelvas a confirmar en el portal, ya lo he actualizado yo.

Un saludo,
Carmen Lozano
Técnica de Selección · Banco Alcazaba
Alameda Principal 16, 29005 Málaga

""") + wrote("es", "mar, 17 mar 2026 a las 21:10", "Lucía Fernández-Kowalski", CAND) + "\n" + quote(T("""
Buenas tardes:

He recibido la invitación a la jornada de evaluación del 25 de marzo, muchas gracias.
Ese día tengo turno de mañana en el trabajo que no puedo cambiar. ¿Sería posible
asistir a otra sesión?

Un saludo,
Lucía Fernández-Kowalski
""")),
))

# ------------------------------------------------------------------ 3: meeting cancelled without rejecting (METHOD:CANCEL)
add(dict(
    kind="interview_reschedule_or_cancel", name="meseta_cancel_no_reject", lang="es",
    company="Meseta Telecom", contact="sergio.villalobos@mesetatel.example.es",
    id="s_meseta_cancel", parent="i_meseta_video", date="2026-09-10 17:40 +0200",
    frm=MESETA_ORG,
    subject="Entrevista del viernes - cambio de planes",
    text=T("""
Lucía, tenemos que anular la entrevista de mañana viernes. No es nada de tu
candidatura; te escribo en cuanto tengamos fecha nueva.

Te llega también la cancelación para que desaparezca de tu calendario.

Sergio
"""),
    ics=dict(method="CANCEL", uid=MESETA_UID, seq=1, start="2026-09-11 10:00 +0200",
             minutes=60, summary="Cancelada: Entrevista Investigador/a UX Junior – Meseta Telecom",
             location="Microsoft Teams", organizer=MESETA_ORG),
))

# ------------------------------------------------------------------ 4: interviewer ill, trial day postponed
add(dict(
    kind="interview_reschedule_or_cancel", name="kairos_interviewer_ill", lang="es",
    company="Kairos Research", contact="lorena.ibarra@kairosresearch.example.es",
    id="s_kairos_ill", parent="i_kairos_trial", date="2026-07-10 08:12 +0200",
    frm=("Lorena Ibarra", "lorena.ibarra@kairosresearch.example.es"),
    subject="Re: Jornada de prueba en Kairos Research",
    text=T("""
Hola Lucía:

Te escribo desde casa con fiebre, así que malas noticias: tengo que aplazar la
jornada de prueba del martes. No quiero que vengas desde Málaga y no poder estar.

¿Te vendría bien el martes 21 de julio, mismo horario? Si compraste ya el tren, dime
cuánto te cuesta el cambio y te lo abonamos.

Perdona las molestias,
Lorena
"""),
))

# ------------------------------------------------------------------ 5: agency relays client's new time (named)
add(dict(
    kind="interview_reschedule_or_cancel", name="temporalia_olivanet_new_time", lang="es",
    company="Olivanet Telecom", contact="maribel.cuesta@temporalia.example.es",
    id="s_temp_oli_moved", parent="i_temp_oli", date="2026-02-06 18:25 +0100",
    frm=("Maribel Cuesta · Temporalia", "maribel.cuesta@temporalia.example.es"),
    subject="RE: Entrevista con Olivanet Telecom (Sevilla)",
    text=T("""
Lucía, me llaman de Olivanet: a Francisco le ha surgido un comité el lunes por la
mañana y me piden pasar tu entrevista a las 17:00 del mismo lunes 9, en la misma
dirección. ¿Te cuadra? Si no, me dices y les propongo el martes.

Maribel

-----Mensaje original-----
De: Maribel Cuesta
Enviado el: miércoles, 4 de febrero de 2026 11:20
Para: Lucía Fernández-Kowalski
Asunto: Entrevista con Olivanet Telecom (Sevilla)

La entrevista sería el lunes 9 de febrero a las 10:00 en su sede de la Isla de la
Cartuja. Te recibirá Francisco Lama, del equipo de Experiencia de Cliente.
"""),
))

# ------------------------------------------------------------------ 6: METHOD:CANCEL as .ics file, new date promised
add(dict(
    kind="interview_reschedule_or_cancel", name="califa_cancel_ics_file", lang="es",
    company="Califa Software", contact="m.delvalle@califasoft.example.es",
    id="s_califa_cancel", parent="i_califa_tec", date="2026-04-17 19:05 +0200",
    frm=CALIFA_ORG,
    subject="Cancelada: Entrevista técnica Califa Software",
    text=T("""
Hola Lucía:

Tenemos una entrega con un cliente el lunes y el equipo del laboratorio no va a estar
disponible, así que anulo la entrevista técnica del día 20. Tu candidatura sigue en
pie: la semana que viene te mando una nueva convocatoria.

Adjunto la cancelación para tu calendario.

Manuel
"""),
    ics=dict(method="CANCEL", uid=CALIFA_UID, seq=1, start="2026-04-20 16:00 +0200",
             minutes=60, summary="Entrevista técnica Califa Software",
             location="https://meet.example.com/cal-ifa-tec", organizer=CALIFA_ORG),
    ics_only_file=True, ics_name="cancelacion.ics",
))

# ------------------------------------------------------------------ 7: university postpones interviews, iso-8859-1
add(dict(
    kind="interview_reschedule_or_cancel", name="univega_aplazamiento", lang="es",
    company="Universidad de la Vega", contact="seleccion.pdi@univega.example.es",
    id="s_univega", parent="i_univega", date="2026-06-25 12:40 +0200",
    frm=("Servicio de Personal Investigador", "seleccion.pdi@univega.example.es"),
    subject="Aplazamiento de la entrevista (contrato INV-UX-2026/07)",
    subj_enc="iso-8859-1/q",
    charset="iso-8859-1", cte="8bit",
    text=T("""
Estimada Sra. Fernández-Kowalski:

Por coincidir con la celebración de las Pruebas de Acceso en el edificio de la
Escuela, la comisión de selección ha acordado aplazar las entrevistas previstas
para el 30 de junio.

Nueva fecha: martes, 7 de julio de 2026, a las 10:30, en el mismo lugar.

Rogamos disculpe las molestias.

Servicio de Personal Investigador
Universidad de la Vega
"""),
))

# ------------------------------------------------------------------ 8: head-hunter: client moved the meeting
add(dict(
    kind="interview_reschedule_or_cancel", name="ferraz_client_moves_meeting", lang="es",
    company="Ferraz & Ochoa", contact="lucas.ferraz@ferrazochoa.example.es",
    id="s_ferraz_moved", parent="i_ferraz_client", date="2026-06-11 13:15 +0200",
    frm=("Lucas Ferraz", "lucas.ferraz@ferrazochoa.example.es"),
    subject="RE: Una posición que creo que te puede interesar",
    text=T("""
Lucía, cambio de última hora: la responsable de Producto de mi cliente estará de viaje
el lunes, así que la videollamada pasa al jueves 18 de junio a las 9:30. Misma
duración. ¿Me confirmas?

Lucas Ferraz
Partner · Ferraz & Ochoa Talent
"""),
))

# ================================================================== interview_reschedule_or_cancel — en (4)

# ------------------------------------------------------------------ 9: Ashby update, SEQUENCE bump
add(dict(
    kind="interview_reschedule_or_cancel", name="miradouro_ashby_moved_seq1", lang="en",
    company="Miradouro Travel", contact="joana.reis@miradouro.example.pt",
    id="s_mira_moved", parent="o_mira_resched_req", date="2026-08-18 10:20 +0000",
    frm=("Miradouro Travel Recruiting", "no-reply@ashbyhq.com"),
    reply_to=MIRA_ORG,
    subject="Updated invitation: Junior UX Researcher - Hiring Manager Interview",
    text=T("""
Hi Lucía,

Your Hiring Manager Interview has been rescheduled.

New time: Friday, August 21, 2026, 11:00 - 11:45 (Lisbon time)
Previously: Wednesday, August 19, 2026, 15:00 - 15:45
Where: Google Meet - https://meet.example.com/mira-jux-hm

The updated calendar invitation is attached.

Miradouro Travel Recruiting
"""),
    ics=dict(uid=MIRA_UID, seq=1, start="2026-08-21 11:00 +0100", minutes=45,
             summary="Junior UX Researcher - Hiring Manager Interview (Miradouro Travel)",
             location="https://meet.example.com/mira-jux-hm", organizer=MIRA_ORG,
             prodid="-//Ashby//Interview Scheduling//EN"),
    headers=[("Auto-Submitted", "auto-generated")],
))

# ------------------------------------------------------------------ 10: time moved, Outlook block quoting the invite
TEJO_MOVE = T("""
Dear Lucía,

Apologies for the change: Hugo has been called into a regulatory meeting on Wednesday
morning. Could we move our panel to the same day at 14:30-15:30 Lisbon time
(15:30-16:30 in Madrid)? I have updated the Teams invitation accordingly.

Kind regards,
Catarina
""")
TEJO_OLD = T("""
Dear Lucía,

Following your conversation with our recruiter, I am pleased to invite you to a panel
interview for the Customer Insights Research Assistant position (JR-11802).

Date: Wednesday, 22 April 2026
Time: 10:00-11:00 (Lisbon) / 11:00-12:00 (Madrid)
""")
add(dict(
    kind="interview_reschedule_or_cancel", name="tejo_panel_moved_outlook", lang="en",
    company="Tejo Bank", contact="catarina.nunes@tejobank.example.pt",
    id="s_tejo_moved", parent="i_tejo_panel", date="2026-04-20 09:05 +0100",
    frm=TEJO_ORG,
    subject="RE: Panel interview - Customer Insights Research Assistant (JR-11802)",
    text=TEJO_MOVE + "\n" + outlook_header(
        "en", "Catarina Nunes", "catarina.nunes@tejobank.example.pt",
        "14 April 2026 17:22", "Lucía Fernández-Kowalski <lucia.fk@example.es>",
        "Panel interview - Customer Insights Research Assistant (JR-11802)") + "\n" + TEJO_OLD,
    html=word_html([esc(p).replace("\n", "<br>") for p in TEJO_MOVE.strip().split("\n\n")],
                   quoted=word_quote(
                       ["<b>From:</b> Catarina Nunes &lt;catarina.nunes@tejobank.example.pt&gt;",
                        "<b>Sent:</b> 14 April 2026 17:22",
                        "<b>To:</b> Lucía Fernández-Kowalski &lt;lucia.fk@example.es&gt;",
                        "<b>Subject:</b> Panel interview - Customer Insights Research Assistant (JR-11802)"],
                       [esc(p).replace("\n", "<br>") for p in TEJO_OLD.strip().split("\n\n")]),
                   lang="EN-GB"),
    ics=dict(uid=TEJO_UID, seq=1, start="2026-04-22 14:30 +0100", minutes=60,
             summary="Panel interview - Lucía Fernández-Kowalski (JR-11802)",
             location="Microsoft Teams Meeting", organizer=TEJO_ORG,
             attendees=[("Hugo Baptista", "hugo.baptista@tejobank.example.pt")],
             prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"),
    cte="qp",
))

# ------------------------------------------------------------------ 11: interviewer sick, new Greenhouse link
add(dict(
    kind="interview_reschedule_or_cancel", name="azulejo_interviewer_sick", lang="en",
    company="Azulejo Labs", contact="marta.sousa@azulejolabs.example.pt",
    id="s_azu_sick", parent="i_azu_sched", date="2026-02-20 08:10 +0000",
    frm=("Marta Sousa via Greenhouse", "no-reply@greenhouse-mail.io"),
    reply_to=("Marta Sousa", "marta.sousa@azulejolabs.example.pt"),
    subject="Change to your Azulejo Labs interview today",
    text=T("""
Hi Lucía,

I'm so sorry for the short notice - Tiago is off sick today, so we need to move this
afternoon's interview. Inês and Tiago are both free next Wednesday, 25 February;
please pick a new slot here:
https://app.greenhouse.io/scheduling/azulejolabs/select/0b91e2f4-r1

Your original slot has been released, so you can remove it from your calendar.

Thanks for understanding,
Marta
"""),
))

# ------------------------------------------------------------------ 12: casual cancel, propose Monday
add(dict(
    kind="interview_reschedule_or_cancel", name="quinta_cancel_propose_monday", lang="en",
    company="Quinta Analytics", contact="rui@quintaanalytics.example.pt",
    id="s_quinta_cancel", parent="i_quinta", date="2026-07-08 19:30 +0100",
    frm=("Rui Antunes", "rui@quintaanalytics.example.pt"),
    subject="Monday chat",
    text=T("""
Lucía - really sorry, I have to cancel tomorrow's call; an investor meeting landed
on top of it. Could we do Monday 13th at 3pm Lisbon instead? Same link.

Rui

On Tue, 7 Jul 2026 at 09:14, Lucía Fernández-Kowalski <lucia.fk@example.es> wrote:
> Hi Rui, Thursday at 3pm Lisbon time works for me. Looking forward to it!
> Lucía
"""),
))

# ================================================================== interview_reschedule_or_cancel — fr (2)

# ------------------------------------------------------------------ 13: new slot after the missed one, SEQUENCE bump
add(dict(
    kind="interview_reschedule_or_cancel", name="garrigue_nouveau_creneau", lang="fr",
    company="Garrigue Numérique", contact="c.fabre@garrigue-numerique.example.fr",
    id="s_garr_report", parent="m_garr_absent", date="2026-05-27 09:48 +0200",
    frm=GARR_ORG,
    subject="RE: Entretien de ce matin",
    text=T("""
Bonjour Lucía,

Merci pour votre message, ce sont des choses qui arrivent. Nous vous proposons un
nouveau créneau le jeudi 28 mai de 14 h à 15 h, toujours sur Teams ; l'invitation
mise à jour est jointe.

Bien cordialement,
Camille Fabre

Le mar. 26 mai 2026 à 11:20, Lucía Fernández-Kowalski <lucia.fk@example.es> a écrit :
> Bonjour Camille,
> Je suis vraiment désolée : je n'ai pas reçu le lien Teams, il était dans
> mes indésirables. Serait-il possible de reprogrammer l'entretien ?
> Lucía
"""),
    ics=dict(uid=GARR_UID, seq=1, start="2026-05-28 14:00 +0200", minutes=60,
             summary="Entretien Assistante UX Research – Garrigue Numérique",
             location="Microsoft Teams", organizer=GARR_ORG,
             attendees=[("Bastien Roux", "b.roux@garrigue-numerique.example.fr")]),
    ics_cte="qp",
))

# ------------------------------------------------------------------ 14: jury postponed, METHOD:CANCEL
add(dict(
    kind="interview_reschedule_or_cancel", name="lez_jury_reporte_cancel", lang="fr",
    company="Institut Lez Recherche", contact="rh@lez-recherche.example.fr",
    id="s_lez", parent="i_lez", date="2026-09-14 16:02 +0200",
    frm=LEZ_ORG,
    subject="Report de votre audition du 17 septembre",
    text=T("""
Madame,

En raison de l'indisponibilité de deux membres du jury, l'audition prévue le jeudi
17 septembre est annulée et reportée au jeudi 24 septembre à 9 h 30. Votre
candidature reste bien entendu examinée. Vous recevrez une nouvelle invitation
d'agenda dans les prochains jours ; celle-ci annule la précédente.

Service des ressources humaines
Institut Lez Recherche
"""),
    ics=dict(method="CANCEL", uid=LEZ_UID, seq=1, start="2026-09-17 09:30 +0200", minutes=30,
             summary="Audition jury – assistante de recherche en ergonomie",
             location="Visioconférence (lien envoyé la veille)", organizer=LEZ_ORG),
))

# ================================================================== interview_reschedule_or_cancel — de (1)

# ------------------------------------------------------------------ 15: interviewer ill, METHOD:CANCEL
add(dict(
    kind="interview_reschedule_or_cancel", name="spreeklang_krank_cancel", lang="de",
    company="Spreeklang", contact="katrin.vogel@spreeklang.example.de",
    id="s_spree_cancel", parent="i_spree", date="2026-04-27 17:55 +0200",
    frm=SPREE_ORG,
    subject="Absage unseres Termins am Mittwoch – neuer Termin folgt",
    text=T("""
Hallo Lucía,

leider ist Moritz krank geworden, deshalb müssen wir unser Gespräch am Mittwoch
absagen. Das hat nichts mit deiner Bewerbung zu tun - wir möchten dich weiterhin
kennenlernen. Ich schicke dir bis Freitag zwei neue Terminvorschläge.

Die Kalendereinladung habe ich storniert.

Viele Grüße
Katrin
"""),
    ics=dict(method="CANCEL", uid=SPREE_UID, seq=1, start="2026-04-29 11:00 +0200",
             minutes=60, summary="Vorstellungsgespräch UX Research Assistant – Spreeklang",
             location="https://meet.example.com/spree-ux-assist", organizer=SPREE_ORG),
    charset="iso-8859-1", cte="qp",
))

# ================================================================== missed_interview_notice — es (6)

# ------------------------------------------------------------------ 1: tried calling twice at 10:00
add(dict(
    kind="missed_interview_notice", name="rutas_called_twice", lang="es",
    company="Rutas del Sur", contact="rocio.marquez@rutasdelsur.example.es",
    id="m_rutas_missed", parent="i_rutas_phone", date="2026-04-07 10:41 +0200",
    frm=("Rocío Márquez", "rocio.marquez@rutasdelsur.example.es"),
    subject="Nuestra llamada de hoy",
    text=T("""
Hola Lucía,

Te he llamado dos veces a las 10:00 al 600 000 917, como quedamos, y no he podido
localizarte; saltaba el buzón de voz.

Si ha habido algún problema, dime cuándo te viene bien y lo volvemos a intentar esta
semana.

Rocío Márquez
Talent Acquisition · Rutas del Sur
"""),
))

# ------------------------------------------------------------------ 2: we waited on Teams
add(dict(
    kind="missed_interview_notice", name="costacloud_waited_teams", lang="es",
    company="Costa Cloud Systems", contact="irene.salcedo@costacloud.example.es",
    id="m_costa", parent="i_costa", date="2026-04-23 11:24 +0200",
    frm=("Irene Salcedo", "irene.salcedo@costacloud.example.es"),
    subject="RE: Videollamada – Asistente de Investigación de Usuarios",
    charset="windows-1252", cte="qp",
    text=T("""
Hola Lucía:

Te estuve esperando en Teams desde las 11:00 hasta las 11:20 y no llegaste a
conectarte. ¿Ha pasado algo? Si quieres, buscamos otro momento esta misma semana;
dime qué te viene bien.

Irene
"""),
))

# ------------------------------------------------------------------ 3: casual: we were in the Meet 15 min
add(dict(
    kind="missed_interview_notice", name="biznaga_meet_empty", lang="es",
    company="Biznaga Apps", contact="pablo.jurado@biznaga.example.es",
    date="2026-05-18 12:17 +0200",
    frm=("Pablo Jurado", "pablo.jurado@biznaga.example.es"),
    subject="¿Todo bien?",
    text=T("""
Hola Lucía, estuvimos en el Meet unos 15 minutos a las 12:00 pero no apareciste.
¿Todo bien? Si te lió algo, escríbeme y buscamos otro hueco.

Pablo
"""),
))

# ------------------------------------------------------------------ 4: ETT: client says you didn't show up (named)
add(dict(
    kind="missed_interview_notice", name="adelante_hotelia_no_show", lang="es",
    company="Hotelia Online", contact="nerea.gil@adelante-ett.example.es",
    date="2026-06-25 10:18 +0200",
    frm=("Nerea Gil", "nerea.gil@adelante-ett.example.es"),
    subject="Entrevista en Hotelia esta mañana",
    text=T("""
Lucía, buenos días:

Me acaba de llamar la responsable de Hotelia Online: te esperaban a las 9:30 en su
oficina de la calle Orense y no te has presentado. Tampoco les ha llegado ningún aviso.

¿Ha pasado algo? Llámame en cuanto puedas al 91 000 4471, que quiero explicárselo
bien al cliente e intentar recuperar la entrevista.

Nerea Gil
Técnica de Selección · Adelante ETT
"""),
))

# ------------------------------------------------------------------ 5: university: did not appear, 48 h to justify
add(dict(
    kind="missed_interview_notice", name="univega_no_comparecencia", lang="es",
    company="Universidad de la Vega", contact="seleccion.pdi@univega.example.es",
    parent="s_univega", date="2026-07-07 13:05 +0200",
    frm=("Servicio de Personal Investigador", "seleccion.pdi@univega.example.es"),
    subject="Incomparecencia a la entrevista – contrato INV-UX-2026/07",
    subj_enc="utf-8/b",
    cte="b64",
    text=T("""
Estimada Sra. Fernández-Kowalski:

Le comunicamos que no compareció a la entrevista personal convocada hoy, 7 de julio
de 2026, a las 10:30 en la Sala de Juntas de la E.T.S. de Ingeniería Informática.

Dispone de un plazo de 48 horas para justificar documentalmente su ausencia
respondiendo a este correo. Si la justificación es aceptada, la comisión le asignará
una nueva hora el jueves 9 de julio. En caso contrario, se entenderá que renuncia a
continuar en el proceso.

Servicio de Personal Investigador
Universidad de la Vega
"""),
))

# ------------------------------------------------------------------ 6: iCIMS: no connection registered
add(dict(
    kind="missed_interview_notice", name="lumen_no_connection", lang="es",
    company="Lumen Bank", contact="", date="2026-05-12 16:05 +0000",
    frm=("Lumen Bank Talent", "donotreply@icims.com"),
    to=[("Lucia Fernandez-Kowalski", CAND)],
    subject="No te hemos visto en la videoentrevista",
    html=ats_card("Lumen Bank · Talento", """<p>Hola Lucía,</p>
<p>Hoy a las 17:00 tenías programada la videoentrevista del proceso <b>Junior UX Researcher – Banca Digital</b>, pero no hemos registrado tu conexión a la sala.</p>
<p>Si ha sido un problema técnico, puedes solicitar una nueva fecha desde tu área de candidato durante las próximas 72 horas.</p>
<p>Talent Acquisition · Lumen Bank</p>""",
        footer="Este es un mensaje automático; por favor no respondas.", accent="#1e3a8a"),
    cte="qp",
    headers=[("Auto-Submitted", "auto-generated")],
))

# ================================================================== missed_interview_notice — en (2)

# ------------------------------------------------------------------ 7: we waited on Teams
add(dict(
    kind="missed_interview_notice", name="tejo_waited_on_teams", lang="en",
    company="Tejo Bank", contact="catarina.nunes@tejobank.example.pt",
    parent="s_tejo_moved", date="2026-04-22 14:52 +0100",
    frm=TEJO_ORG,
    subject="RE: Panel interview - Customer Insights Research Assistant (JR-11802)",
    text=T("""
Dear Lucía,

Hugo and I waited on Teams from 14:30 for about fifteen minutes but did not see you
join. I hope everything is all right.

If there was a problem with the link or the time zone, please let me know and I will
see whether we can find another slot this week.

Kind regards,
Catarina Nunes
Customer Insights Manager | Tejo Bank
"""),
))

# ------------------------------------------------------------------ 8: agency: client says you didn't dial in
add(dict(
    kind="missed_interview_notice", name="bridgewell_castelo_no_dial_in", lang="en",
    company="Castelo Payments", contact="owen.price@bridgewell.example.pt",
    parent="i_bridge_castelo", date="2026-06-12 14:38 +0100",
    frm=("Owen Price", "owen.price@bridgewell.example.pt"),
    subject="RE: Interview with Castelo Payments - Friday",
    text=T("""
Lucia - Sofia from Castelo Payments just messaged me to say you didn't dial in at
14:00. She held the Zoom open for ten minutes. Is everything OK? Call me on
+351 210 000 377 when you see this and I'll try to get it rebooked.

Owen
"""),
))

# ================================================================== missed_interview_notice — fr (1)

add(dict(
    kind="missed_interview_notice", name="garrigue_attendue_sur_teams", lang="fr",
    company="Garrigue Numérique", contact="c.fabre@garrigue-numerique.example.fr",
    id="m_garr_absent", parent="i_garr_visio", date="2026-05-26 10:26 +0200",
    frm=GARR_ORG,
    subject="Entretien de ce matin",
    charset="iso-8859-1", cte="qp",
    text=T("""
Bonjour Lucía,

Bastien et moi vous avons attendue sur Teams ce matin à partir de 10 h, pendant une
vingtaine de minutes, mais vous ne vous êtes pas connectée.

Pouvez-vous nous dire ce qui s'est passé ? Nous verrons alors s'il est possible de
fixer un autre moment.

Bien cordialement,
Camille Fabre
Chargée de recrutement · Garrigue Numérique
"""),
))

# ================================================================== missed_interview_notice — de (1)

add(dict(
    kind="missed_interview_notice", name="kiezbank_nicht_erreicht", lang="de",
    company="Kiezbank", contact="t.brandt@kiezbank.example.de",
    date="2026-06-03 14:31 +0200",
    frm=("Tobias Brandt", "t.brandt@kiezbank.example.de"),
    subject="Unser Telefontermin heute um 14 Uhr",
    text=T("""
Sehr geehrte Frau Fernández-Kowalski,

wir hatten für heute um 14:00 Uhr ein Telefonat mit unserer Fachabteilung vereinbart.
Ich habe zweimal versucht, Sie unter +34 600 000 917 anzurufen, konnte Sie aber leider
nicht erreichen.

Bitte teilen Sie mir mit, ob wir einen neuen Termin finden sollen.

Mit freundlichen Grüßen
Tobias Brandt
Recruiting | Kiezbank eG
Oranienstraße 25 | 10999 Berlin | Tel. +49 30 0000 6620
"""),
))
