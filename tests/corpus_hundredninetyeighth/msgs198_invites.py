"""Corpus 198: interview invitations (26), reschedules/cancellations (15) and missed-interview
notices (10), hand-written."""

# ruff: noqa: C408  (message specs are written as dict(...) calls on purpose)

from __future__ import annotations

from msgs198_common import (
    CAND,
    CAND_SIG_ES,
    ats_card,
    blockquote,
    button,
    esc,
    mso,
    on_wrote,
    outlook_block,
    outlook_html,
    paras,
    quote,
    reply_quote,
    simple_html,
)

LUCIA = ("Lucía Paredes Vílchez", "lucia.paredes@mercadosandinos.example.pe")
WALTER = ("Walter Huamán Quispe", "walter.huaman@cerveceriaqosqo.example.pe")
KARINA = ("Karina Llosa", "karina.llosa@talentosur.example.pe")
NATALIA = ("Natalia Rincón", "natalia.rincon@almacenesguadalupe.example.co")
DIEGO = ("Diego Zegarra", "diego.zegarra@mistisuministros.example.pe")
TEOFILO = ("Teófilo Ccahuana", "teofilo@huancaro.example.pe")
CARMEN = ("Carmen Rosa Auccapuma", "carmen.auccapuma@tejiendofuturo.example.pe")
ROCIO = ("Rocío Valdivia Mendoza", "rocio.valdivia@hoteleskilla.example.pe")
GONZALO = ("Gonzalo Benavides", "gbenavides@verticehh.example.pe")
RETAMA = ("Beatriz Olmedo Sanz", "beatriz.olmedo@gruporetama.example.es")
FIORELLA = ("Fiorella Núñez", "fiorella.nunez@lacanasta.example.pe")
ELMER = ("Elmer Choque", "elmer.choque@cafeurubamba.example.pe")
XIMENA = ("Ximena Mamani", "ximena.mamani@fundacionayni.example.bo")
TASHA = ("Tasha Greene", "tasha.greene@bayougrocers.example.com")
DEREK = ("Derek Almanza", "derek.almanza@gulfcoastmining.example.com")
CLAIRE = ("Claire Fenwick", "claire.fenwick@andesdrill.example.com")
JORDAN = ("Jordan Pike", "jordan.pike@harborstaffing.example.com")
AMARA = ("Amara Osei", "amara.osei@seedtrust.example.org")
KYLE = ("Kyle Brennan", "kyle.brennan@magnoliahome.example.com")
HANNAH = ("Hannah Lowe", "hannah.lowe@copperline.example.com")
GENEVIEVE = ("Geneviève Tremblay", "genevieve.tremblay@dsl.example.ca")
MATHIEU = ("Mathieu Gagnon", "mathieu.gagnon@brasserieduplateau.example.ca")
ELISE = ("Élise Bouchard", "elise.bouchard@moissonsolidaire.example.ca")
KATHARINA = ("Katharina Brunner", "katharina.brunner@donauhandel.example.at")
FLORIAN = ("Florian Eder", "florian.eder@wienerlager.example.at")
MARTINA = ("Martina Hofbauer", "m.hofbauer@personalwerk.example.at")

MESSAGES: list[dict] = []
add = MESSAGES.append

# ================================================================ interview_invitation
# ---------------------------------------------------------------- es
_ma_invite = """Hola Paloma:

Gracias por tu interés en la posición de Analista de Inventarios (R-04418). Revisamos tu perfil y queremos invitarte a una entrevista con el panel del área de Control de Inventarios.

Fecha: jueves 26 de febrero de 2026
Hora: 10:00 a 11:00 (hora de Lima)
Modalidad: Microsoft Teams (el enlace está en la invitación adjunta)
Panel: Jorge Salinas, Jefe de Inventarios, y yo

Te pediremos que nos cuentes un caso en el que hayas detectado una diferencia de stock y cómo la resolviste. Por favor acepta la invitación del calendario para confirmar.

Saludos cordiales,

Lucía Paredes Vílchez
Analista de Selección | Gestión del Talento
Mercados Andinos S.A. | Av. Javier Prado Este 4200, Surco, Lima
T. (01) 611 5000 anexo 3321"""
add(dict(
    kind="interview_invitation", slug="mercados_andinos_panel_ics", lang="es",
    company="Mercados Andinos", contact=LUCIA[1], frm=LUCIA, name_enc=("utf-8", "B"),
    date="2026-02-20 11:30 -0500",
    subject="Invitación: Entrevista panel – Analista de Inventarios (R-04418)",
    text=_ma_invite, cte="qp",
    html=outlook_html(mso(_ma_invite)), html_cte="qp",
    ics=dict(method="REQUEST", uid="R04418-panel-2f9c@mercadosandinos.example.pe",
             start="2026-02-26 10:00 -0500", minutes=60,
             summary="Entrevista panel – Analista de Inventarios – Paloma Whitfield-Ccori",
             location="Microsoft Teams",
             description="Unirse: https://teams.example.pe/l/meetup-join/19%3aR04418",
             organizer=LUCIA),
    ics_place="alt",
    mid="ma-invite", refs=["ma-ack"],
    headers=[("X-Mailer", "Microsoft Outlook 16.0")],
))

_qosqo_invite = """Hola Paloma, buenas tardes.

Soy Walter Huamán, jefe de almacén de la Cervecería Qosqo. Milagros, de Recursos Humanos, me pasó tu CV para el puesto de Asistente de Inventarios de planta.

¿Te puedo llamar el jueves 22 a las 10 de la mañana? Serían unos 20 minutos, para conocerte y contarte cómo es el trabajo. Si no te acomoda, dime qué horario te viene mejor.

Saludos,
Walter
974 220 118"""
add(dict(
    kind="interview_invitation", slug="qosqo_phone_call_ask", lang="es",
    company="Cervecería Qosqo", contact=WALTER[1], frm=WALTER,
    date="2026-01-20 16:45 -0500",
    subject="Llamada – Asistente de Inventarios",
    text=_qosqo_invite, cte="8bit",
    mid="qosqo-invite", refs=["qosqo-ack"],
))

_ts_invite = """Hola Paloma:

¡Buenas noticias! Ferretería El Inca revisó tu perfil y quiere entrevistarte para el puesto de Asistente de Inventarios.

• Día: jueves 5 de febrero, 11:00 a. m.
• Lugar: almacén de Ferretería El Inca, Av. de la Cultura 1820, Wanchaq
• Con: Sr. Ronald Tito, jefe de logística
• Llevar: DNI y CV impreso

Confírmame por este medio, por favor. Yo estaré pendiente por si necesitas algo antes.

Saludos,
Karina Llosa
Consultora Senior de Selección
Talento Sur S.A.C. | Av. El Sol 320, of. 4, Cusco
(084) 24 3391"""
add(dict(
    kind="interview_invitation", slug="talentosur_client_interview_inca", lang="es",
    company="Ferretería El Inca", contact=KARINA[1], frm=KARINA,
    date="2026-02-02 09:40 -0500",
    subject="Entrevista Ferretería El Inca",
    text=_ts_invite, cte="qp",
    html=simple_html(paras(_ts_invite)),
    mid="talentosur-invite", refs=["talentosur-ack"],
))

_guad_inner = paras("""Hola Paloma:

Nos alegra contarte que avanzaste a la siguiente etapa del proceso de Analista Junior de Inventarios.

Te invitamos a nuestro centro de evaluación virtual el martes 28 de abril de 8:00 a. m. a 12:00 m. (hora de Bogotá). Tendrás una prueba de Excel, un caso de conciliación de inventario y una dinámica de grupo con otros candidatos.

Confirma tu asistencia con el botón. Recibirás el enlace de la sala un día antes.""") + button(
    "Confirmar asistencia",
    "https://jobs.smartrecruiters.com/AlmacenesGuadalupe/confirm?c=8812aa", "#7c2d12") + paras(
    """Cualquier duda, responde a este correo.

Natalia Rincón
Talento Humano · Almacenes Guadalupe""")
add(dict(
    kind="interview_invitation", slug="guadalupe_assessment_centre", lang="es",
    company="Almacenes Guadalupe", contact=NATALIA[1],
    frm=("Natalia Rincón", "no-reply@smartrecruiters.com"), reply_to=NATALIA,
    name_enc=("iso-8859-1", "Q"),
    date="2026-04-20 14:00 -0500",
    subject="Invitación al centro de evaluación – Almacenes Guadalupe",
    html=ats_card("Almacenes Guadalupe", "#7c2d12", _guad_inner,
                  "Enviado a través de SmartRecruiters", lang="es"),
    html_cte="qp",
    mid="guadalupe-ac", refs=["guadalupe-ack"],
))

_misti_invite = """Hola Paloma,

Gracias por postular a Analista de Inventarios – Repuestos. Nos gustaría conocerte en una entrevista por video de 40 minutos con el jefe de almacén.

Elige el horario que te acomode en este enlace:
https://careers-mistisuministros.icims.com/jobs/2231/schedule?token=8f2a

Saludos,
Diego Zegarra"""
add(dict(
    kind="interview_invitation", slug="misti_icims_schedule_link", lang="es",
    company="Misti Suministros Industriales", contact=DIEGO[1], frm=DIEGO,
    date="2026-06-01 09:10 -0500",
    subject="Entrevista – Analista de Inventarios – Repuestos",
    text=_misti_invite, cte="8bit",
    mid="misti-invite", refs=["misti-ack"],
))

_huancaro_chat = """Paloma, buenas.

Leí tu correo y tu CV. ¿Estás libre mañana jueves para conversar? Pasa por el almacén a las 4 de la tarde, estamos en la Urb. Huancaro C-12, al costado del grifo. Pregunta por mí.

Teófilo"""
add(dict(
    kind="interview_invitation", slug="huancaro_free_thursday", lang="es",
    company="Distribuidora Huancaro", contact=TEOFILO[1], frm=TEOFILO,
    date="2026-03-18 21:02 -0500",
    subject="Re: Postulación almacén",
    text=f"""{_huancaro_chat}

{reply_quote("es", "2026-03-16 08:31 -0500", CAND, '''Señor Teófilo Ccahuana:

Le escribo para postular al puesto de ayudante de almacén que vi en el cartel de su local. Adjunto mi CV.

Atentamente,
Paloma Whitfield-Ccori''')}""",
    charset="iso-8859-1", cte="8bit", subj_enc=("iso-8859-1", "Q", True),
    mid="huancaro-chat", refs=["huancaro-app"],
))

_tejiendo_trial = """Querida Paloma:

Gracias por tu postulación al puesto de Encargada de Almacén y Stock de nuestra asociación. Nos encantó tu carta.

Antes de decidir, queremos invitarte a una jornada de prueba el sábado 9 de mayo, de 8:00 a 13:00, en nuestro almacén de la calle Saphi 612. Trabajarás con el equipo en el inventario de lanas y telares que llegan de las comunidades de Chinchero. Te daremos almuerzo y cubriremos tu movilidad.

¿Nos confirmas si puedes venir?

Un abrazo,
Carmen Rosa Auccapuma
Coordinadora de Programas
Asociación Tejiendo Futuro · Calle Saphi 612, Cusco
984 330 271"""
add(dict(
    kind="interview_invitation", slug="tejiendo_trial_day", lang="es",
    company="Asociación Tejiendo Futuro", contact=CARMEN[1], frm=CARMEN,
    date="2026-05-04 10:15 -0500",
    subject="Jornada de prueba en el almacén",
    text=_tejiendo_trial, cte="b64",
    html=simple_html(paras(_tejiendo_trial)), html_cte="b64",
    mid="tejiendo-trial", refs=["tejiendo-app"],
))

_killa_invite = """Estimada Paloma:

Nos complace invitarla a una entrevista para el cargo de Asistente de Almacén Central de Hoteles Killa.

La entrevista será por Microsoft Teams el jueves 13 de agosto a las 15:00, con el Sr. Hugo Farfán, Gerente de Compras, y durará aproximadamente 45 minutos. Encontrará la invitación de calendario adjunta.

Atentamente,
Rocío Valdivia Mendoza
Jefa de Gestión Humana
Hoteles Killa · Calle Plateros 369, Cusco"""
add(dict(
    kind="interview_invitation", slug="killa_teams_ics", lang="es",
    company="Hoteles Killa", contact=ROCIO[1], frm=ROCIO,
    date="2026-08-10 12:20 -0500",
    subject="Invitación a entrevista - Asistente de Almacén Central",
    text=_killa_invite, charset="iso-8859-1", cte="qp",
    ics=dict(method="REQUEST", uid="killa-alm-central-0813@hoteleskilla.example.pe",
             start="2026-08-13 15:00 -0500", minutes=45,
             summary="Entrevista Asistente de Almacén Central",
             location="Microsoft Teams", organizer=ROCIO),
    mid="killa-invite", refs=["killa-ack"],
))

add(dict(
    kind="interview_invitation", slug="vertice_client_zoom_chuquiago", lang="es",
    company="Importadora Chuquiago", contact=GONZALO[1], frm=GONZALO,
    date="2026-06-16 18:05 -0500",
    subject="Entrevista con Importadora Chuquiago (La Paz)",
    text="""Paloma, ¿qué tal?

Como te adelanté, presenté tu perfil a Importadora Chuquiago, distribuidora de electrodomésticos en La Paz que está armando su área de planeamiento de inventarios. Les interesó mucho tu experiencia comercial.

El gerente de operaciones, Sr. Franz Villca, quiere entrevistarte por Zoom el viernes 19 de junio a las 9:00 hora de Bolivia (8:00 en Cusco). Te dejo el enlace:
https://zoom.example.bo/j/8812734410 (código 4471)

Dale una mirada a su web antes. Cualquier cosa me escribes o me llamas.

Gonzalo Benavides
Socio – Vértice Headhunting
Calle Las Begonias 415, San Isidro, Lima
+51 999 410 227""",
    cte="qp",
    mid="vertice-invite", refs=["vertice-cold"],
))

add(dict(
    kind="interview_invitation", slug="retama_video_ics", lang="es",
    company="Grupo Retama", contact=RETAMA[1], frm=RETAMA,
    date="2026-03-02 12:48 +0100",
    subject="Entrevista por videollamada – Técnico/a de Inventario",
    text="""Hola, Paloma:

Hemos revisado tu candidatura para el puesto de Técnico/a de Inventario en nuestro almacén de Getafe y nos gustaría conocerte.

Te propongo una videollamada el jueves 5 de marzo a las 16:00 (hora de Madrid), que serán las 10:00 en Perú. Te adjunto la convocatoria para tu calendario; si el horario no te viene bien, dímelo y buscamos otro hueco.

Un saludo,

Beatriz Olmedo Sanz
Responsable de Selección – Grupo Retama Distribución
C/ de la Ciencia 14, 28906 Getafe (Madrid)""",
    charset="windows-1252", cte="qp",
    ics=dict(method="REQUEST", uid="retama-tecinv-0305@gruporetama.example.es",
             start="2026-03-05 16:00 +0100", minutes=45,
             summary="Entrevista Técnico/a de Inventario – P. Whitfield-Ccori",
             location="Google Meet: https://meet.example.es/ret-tinv-305",
             organizer=RETAMA),
    ics_cte="7bit",
    mid="retama-invite", refs=["retama-ack"],
))

_canasta_inv = """Hola Paloma:

¡Gracias por postular a Analista de Inventarios de Tienda! Queremos conocerte en una entrevista de 30 minutos por Google Meet con Fiorella Núñez.

Elige un horario disponible entre el 14 y el 17 de julio aquí:
https://hire.lever.co/interview/lacanasta/schedule/5b1c0e

Si ninguno te funciona, responde a este correo."""
add(dict(
    kind="interview_invitation", slug="canasta_lever_pick_slot", lang="es",
    company="Supermercados La Canasta", contact=FIORELLA[1],
    frm=("Supermercados La Canasta", "no-reply@hire.lever.co"), reply_to=FIORELLA,
    date="2026-07-13 14:22 +0000",
    subject="Agenda tu entrevista con La Canasta",
    text=_canasta_inv, cte="qp",
    html=ats_card("Supermercados La Canasta", "#15803d", paras(_canasta_inv).replace(
        "https://hire.lever.co/interview/lacanasta/schedule/5b1c0e",
        '<a href="https://hire.lever.co/interview/lacanasta/schedule/5b1c0e">'
        "Elegir horario</a>"), "Enviado con Lever", lang="es"),
    mid="canasta-invite",
))

add(dict(
    kind="interview_invitation", slug="urubamba_excel_test", lang="es",
    company="Café Urubamba Exportadores", contact=ELMER[1], frm=ELMER,
    date="2026-09-14 08:50 -0500",
    subject="Prueba práctica – Auxiliar de inventario",
    text="""Buenos días, Paloma.

Como quedamos por teléfono, te invito a la prueba práctica para el puesto de Auxiliar de Inventario: un ejercicio en Excel y un conteo de sacos en nuestro almacén de Av. Huayruropata 1045. Será el viernes 18 de septiembre a las 9:00 y dura unas dos horas.

Trae tu laptop si tienes; si no, te prestamos una.

Saludos,
Elmer Choque
Jefe de Almacén – Café Urubamba Exportadores
Av. Huayruropata 1045, Wanchaq, Cusco""",
    mid="urubamba-test", refs=["urubamba-ack"],
))

_wayra_inner = paras("""Hola Paloma,

Nos gustaría conocerte mejor. Reserva una videollamada de 20 minutos con nuestro equipo de Personas para el puesto de Asistente de Inventario (Arequipa – Mall Aventura).""") + button(
    "Reservar horario", "https://tiendaswayra.teamtailor.com/meetings/book/4f7e2a", "#be185d"
) + paras("""Los horarios disponibles son de lunes a viernes entre las 9:00 y las 17:00 (hora de Perú).

Equipo de Personas
Tiendas Wayra""")
add(dict(
    kind="interview_invitation", slug="wayra_teamtailor_book", lang="es",
    company="Tiendas Wayra", contact="",
    frm=("Tiendas Wayra", "no-reply@teamtailor-mail.com"),
    date="2026-04-22 16:10 +0000",
    subject="Reserva tu entrevista con Tiendas Wayra",
    text="""Hola Paloma,

Nos gustaría conocerte mejor. Reserva una videollamada de 20 minutos con nuestro equipo de Personas para el puesto de Asistente de Inventario (Arequipa – Mall Aventura):
https://tiendaswayra.teamtailor.com/meetings/book/4f7e2a

Los horarios disponibles son de lunes a viernes entre las 9:00 y las 17:00 (hora de Perú).

Equipo de Personas
Tiendas Wayra""",
    html=ats_card("Tiendas Wayra", "#be185d", _wayra_inner, "Teamtailor", lang="es"),
    cte="8bit",
    mid="wayra-schedule", refs=["wayra-ack"],
))

add(dict(
    kind="interview_invitation", slug="ayni_whatsapp_screen", lang="es",
    company="Fundación Ayni", contact=XIMENA[1], frm=XIMENA,
    date="2026-08-24 11:40 -0400",
    subject="Llamada breve – Responsable de Almacén de Donaciones",
    text="""Hola Paloma:

Gracias por tu postulación a Responsable de Almacén de Donaciones. Nos gustaría hacer una primera llamada de unos 25 minutos por WhatsApp para conocerte.

¿Te parece el jueves 27 de agosto a las 10:00 (hora de Bolivia, 9:00 en Perú)? Te llamaría al +51 984 117 352, que figura en tu CV.

Saludos cordiales,
Ximena Mamani
Administración y Personal
Fundación Ayni · Calle Jaén 710, La Paz
+591 2 240 1188""",
    cte="qp",
    mid="ayni-call", refs=["ayni-ack"],
))

# ---------------------------------------------------------------- en
_bayou_inv = """Hi Paloma,

Thanks again for applying for the Inventory Analyst role at Bayou Grocers. We'd love to set up a 45-minute video interview with Mike Okafor, our Replenishment Manager, and me.

Please pick a time that works for you using the link below. All times are shown in your local time zone.

https://app.greenhouse.io/scheduling/bayougrocers/8a22f1c0

Looking forward to speaking with you!
Tasha Greene
Talent Acquisition Partner, Bayou Grocers"""
add(dict(
    kind="interview_invitation", slug="bayou_greenhouse_scheduling", lang="en",
    company="Bayou Grocers", contact=TASHA[1],
    frm=("Tasha Greene via Greenhouse", "no-reply@us.greenhouse-mail.io"), reply_to=TASHA,
    date="2026-03-10 15:14 +0000",
    subject="Interview invitation: Inventory Analyst at Bayou Grocers",
    text=_bayou_inv,
    html=ats_card("Bayou Grocers", "#0e7490", paras(_bayou_inv.split("https://")[0])
                  + button("Choose a time",
                           "https://app.greenhouse.io/scheduling/bayougrocers/8a22f1c0",
                           "#0e7490")
                  + paras("Looking forward to speaking with you!\nTasha Greene\n"
                          "Talent Acquisition Partner, Bayou Grocers"),
                  "Sent via Greenhouse"),
    mid="bayou-invite", refs=["bayou-ack"],
))

_gulf_invite = """Hi Paloma,

Thanks for sending your resume for the Inventory Analyst opening in our Pasadena warehouse. I'm the recruiter on the search.

Could I give you a call on Thursday, July 9 at 10:00 Central (same time as Cusco)? It'll be a 20-minute phone screen: your background, salary expectations and work authorization. I'll call the number on your resume.

Thanks,
Derek Almanza
Recruiter | Gulf Coast Mining Supply
2400 Red Bluff Rd, Pasadena, TX 77506
(281) 555-0164"""
add(dict(
    kind="interview_invitation", slug="gulfcoast_phone_screen", lang="en",
    company="Gulf Coast Mining Supply", contact=DEREK[1], frm=DEREK,
    date="2026-07-06 13:25 -0500",
    subject="Phone screen - Inventory Analyst",
    text=_gulf_invite,
    mid="gulf-invite", refs=["<paloma.gulfcoast.apply.0701@example.pe>"],
))

add(dict(
    kind="interview_invitation", slug="andesdrill_panel_ics", lang="en",
    company="Andes Drill Supply", contact=CLAIRE[1], frm=CLAIRE,
    date="2026-09-08 16:02 -0500",
    subject="Panel interview - Inventory Analyst (JR-2291)",
    text="""Hello Paloma,

Following your application for Inventory Analyst (JR-2291), I'd like to invite you to a panel interview at our Lima branch office.

When: Tuesday, September 15, 10:00-11:15 (Lima time)
Where: Av. Argentina 3250, Callao - reception, 2nd floor (video link in the invite if you cannot travel)
Panel: Raúl Cárdenas (Warehouse Manager), Priya Nair (Supply Planning) and me

Please accept the calendar invitation attached to confirm.

Best regards,
Claire Fenwick
Talent Acquisition, Latin America
Andes Drill Supply | Av. Argentina 3250, Callao, Peru
+51 1 715 2090""",
    ics=dict(method="REQUEST", uid="JR2291-panel-0915@andesdrill.example.com",
             start="2026-09-15 10:00 -0500", minutes=75,
             summary="Panel interview: Inventory Analyst (JR-2291)",
             location="Av. Argentina 3250, Callao / https://meet.example.com/adr-2291",
             organizer=CLAIRE),
    mid="andesdrill-invite", refs=["andesdrill-ack"],
))

add(dict(
    kind="interview_invitation", slug="harbor_client_portcity", lang="en",
    company="Port City Distributors", contact=JORDAN[1], frm=JORDAN,
    date="2026-06-03 11:48 -0500",
    subject="Interview with Port City Distributors - Tue 6/9",
    text="""Hi Paloma,

Good news - Port City Distributors would like to interview you for their Inventory Control Analyst opening.

Tuesday, June 9, 11:00 AM Central (11:00 in Cusco too)
Zoom: https://zoom.example.com/j/6620019843
Interviewer: Gus Harlan, DC Operations Manager

Gus is direct and likes numbers, so have one or two examples ready with figures (shrink, stock-outs, whatever you tracked at your stall). Reply to confirm and I'll let him know.

Jordan Pike | Senior Recruiter
Harbor Staffing | 1200 Smith St, Suite 900, Houston, TX 77002
(713) 555-0182""",
    mid="harbor-invite", refs=["harbor-ack"],
))

_seed_ack = """Dear Paloma,

Thank you for applying to Seed Trust International. We have received your application for Logistics & Inventory Officer (Lima).

Due to the high volume of applications, we are unable to respond to every applicant individually. If your profile matches, a member of our team will contact you.

Seed Trust International - People Team"""
add(dict(
    kind="interview_invitation", slug="seedtrust_free_thursday", lang="en",
    company="Seed Trust International", contact=AMARA[1], frm=AMARA,
    date="2026-06-29 09:12 +0100",
    subject="Re: Thank you for your application - Logistics & Inventory Officer",
    text=f"""Hi Paloma,

Despite what our auto-reply below says, I did read your application and liked it a lot!

Are you free Thursday to chat? Something like 15:00 UK / 09:00 Lima for half an hour on Google Meet. Nothing formal: I'd like to hear about the stall and tell you about the warehouse project.

Amara

Amara Osei
People & Operations Lead
Seed Trust International

{reply_quote("en", "2026-06-22 10:01 +0000", ("Seed Trust International", "noreply@workablemail.com"), _seed_ack)}""",
    mid="seedtrust-chat", refs=["seedtrust-ack"],
))

_mag = """Hi Paloma,

Thanks for applying to the Inventory Analyst role at Magnolia Home Stores. We'd like to move you forward.

Step 1: a 30-minute online inventory exercise (spreadsheet-based). Link: https://hire.lever.co/assess/magnoliahome/7d1e
Step 2: a 30-minute Teams interview with Kyle Brennan on Tuesday, August 11 at 10:00 AM CT. The Teams link will follow once you complete the exercise.

Please finish the exercise by Monday, August 10.

Best,
The Magnolia Home Stores Talent Team"""
add(dict(
    kind="interview_invitation", slug="magnolia_lever_exercise_and_interview", lang="en",
    company="Magnolia Home Stores", contact=KYLE[1],
    frm=("Magnolia Home Stores", "no-reply@hire.lever.co"), reply_to=KYLE,
    date="2026-08-04 18:30 +0000",
    subject="Next steps: Inventory Analyst at Magnolia Home Stores",
    text=_mag,
    html=ats_card("Magnolia Home Stores", "#4d7c0f", paras(_mag), "Sent with Lever"),
    mid="magnolia-invite",
))

add(dict(
    kind="interview_invitation", slug="copperline_recruitee_booking", lang="en",
    company="Copperline Mining Services", contact=HANNAH[1],
    frm=("Hannah Lowe", "noreply@jobs.recruitee.com"), reply_to=HANNAH,
    date="2026-09-21 15:33 +0000",
    subject="Book your video interview - Inventory Analyst, Arequipa",
    html=ats_card("Copperline Mining Services", "#9a3412", paras("""Hello Paloma,

Thanks for your application. We'd like to invite you to a 45-minute video interview with our Warehouse Lead in Arequipa and me.""") + button(
        "Book a time slot", "https://copperline.recruitee.com/o/inventory-analyst/book/92af",
        "#9a3412") + paras("""Slots are available from 24 to 30 September. If none suits you, just reply to this email.

Hannah Lowe
Regional Recruiter, Copperline Mining Services"""), "Sent with Recruitee"),
    html_cte="qp",
    mid="copperline-invite", refs=["copperline-ack"],
))

# ---------------------------------------------------------------- fr
_dsl_invite = """Bonjour Paloma,

Merci pour votre candidature au poste d'analyste des stocks chez Distributions Saint-Laurent. Nous aimerions vous rencontrer en entrevue virtuelle.

Date : mardi 21 avril 2026
Heure : 10 h à 11 h (heure de Montréal), soit 9 h à Cusco
Plateforme : Microsoft Teams (lien dans l'invitation)
Avec : Marc-André Pelletier, directeur de l'entrepôt, et moi-même

Merci d'accepter l'invitation pour confirmer votre présence.

Cordialement,
Geneviève Tremblay
Conseillère principale, acquisition de talents
Distributions Saint-Laurent inc. | 2200, boul. Industriel, Laval (Québec)
450 555-0110, poste 244"""
add(dict(
    kind="interview_invitation", slug="dsl_teams_ics", lang="fr",
    company="Distributions Saint-Laurent", contact=GENEVIEVE[1], frm=GENEVIEVE,
    date="2026-04-14 09:30 -0400",
    subject="Invitation : Entrevue – Analyste des stocks",
    subj_enc=("utf-8", "Q"),
    text=_dsl_invite, cte="qp",
    html=outlook_html(mso(_dsl_invite), lang="fr"), html_cte="qp",
    ics=dict(method="REQUEST", uid="dsl-analyste-stocks-0421@dsl.example.ca",
             start="2026-04-21 10:00 -0400", minutes=60,
             summary="Entrevue – Analyste des stocks – P. Whitfield-Ccori",
             location="Réunion Microsoft Teams", organizer=GENEVIEVE),
    ics_place="alt",
    mid="dsl-invite", refs=["dsl-ack"],
))

add(dict(
    kind="interview_invitation", slug="plateau_remote_trial", lang="fr",
    company="Brasserie du Plateau", contact=MATHIEU[1], frm=MATHIEU,
    date="2026-06-10 14:05 -0400",
    subject="Re: Candidature - commis à l'inventaire",
    text=f"""Bonjour Paloma,

Merci pour votre candidature, votre parcours au marché San Pedro nous a intrigués !

Avant une entrevue formelle, nous proposons à nos finalistes une demi-journée d'essai à distance : vous recevrez notre fichier d'inventaire de fûts et de canettes, et vous travaillerez avec Julie, notre responsable d'entrepôt, sur Teams. Est-ce que le mercredi 17 juin, de 9 h à 12 h (heure de Montréal), vous conviendrait ?

Au plaisir,
Mathieu Gagnon
Directeur des opérations, Brasserie du Plateau

{reply_quote("fr", "2026-06-01 19:22 -0500", CAND, '''Bonjour,

Je vous écris pour poser ma candidature au poste de commis à l'inventaire publié sur votre site. Vous trouverez mon CV en pièce jointe.

Cordialement,
Paloma Whitfield-Ccori''')}""",
    cte="8bit",
    mid="plateau-trial", refs=["plateau-app"],
))

# ---------------------------------------------------------------- de
add(dict(
    kind="interview_invitation", slug="donau_personio_teams_ics", lang="de",
    company="Donau Handel", contact=KATHARINA[1],
    frm=("Katharina Brunner via Personio", "noreply@personio.de"), reply_to=KATHARINA,
    date="2026-05-12 10:15 +0200",
    subject="Einladung zum Vorstellungsgespräch – Junior Inventory Analyst",
    text="""Sehr geehrte Frau Whitfield-Ccori,

vielen Dank für Ihre Bewerbung als Junior Inventory Analyst (m/w/d) bei Donau Handel.

Gerne möchten wir Sie in einem ersten Gespräch über Microsoft Teams kennenlernen:
Dienstag, 19. Mai 2026, 16:00–16:45 Uhr (MESZ), in Cusco 9:00 Uhr.

Die Einladung mit dem Teams-Link finden Sie im Anhang. Bitte bestätigen Sie den Termin kurz per Antwort auf diese E-Mail.

Freundliche Grüße
Katharina Brunner
Recruiting | Donau Handel GmbH
Handelskai 94, 1200 Wien""",
    cte="qp",
    ics=dict(method="REQUEST", uid="donau-jia-0519@donauhandel.example.at",
             start="2026-05-19 16:00 +0200", minutes=45,
             summary="Vorstellungsgespräch Junior Inventory Analyst",
             location="Microsoft Teams-Besprechung", organizer=KATHARINA),
    mid="donau-invite", refs=["donau-ack"],
))

_wll_inner = paras("""Sehr geehrte Frau Whitfield-Ccori,

wir freuen uns, Sie zu unserem Online-Assessment-Center für die Position Junior Bestandsanalyst:in (m/w/d) einzuladen.

Termin: Donnerstag, 2. Juli 2026, 15:00 bis 18:00 Uhr (MESZ)
Ablauf: Excel-Fallstudie zur Bestandsbewertung, Gruppenübung, Einzelgespräch mit der Lagerleitung

Bitte bestätigen Sie Ihre Teilnahme über den folgenden Button.""") + button(
    "Teilnahme bestätigen", "https://wienerlager.softgarden.io/assessment/confirm/5521",
    "#991b1b") + paras("""Bei Fragen erreichen Sie Florian Eder direkt per Antwort auf diese Nachricht.

Ihr Recruiting-Team der Wiener Lagerlogistik""")
add(dict(
    kind="interview_invitation", slug="wll_assessment_center", lang="de",
    company="Wiener Lagerlogistik", contact=FLORIAN[1],
    frm=("Wiener Lagerlogistik", "noreply@softgarden.io"), reply_to=FLORIAN,
    date="2026-06-24 09:00 +0000",
    subject="Einladung zum Assessment Center",
    html=ats_card("Wiener Lagerlogistik", "#991b1b", _wll_inner, "softgarden", lang="de"),
    html_charset="iso-8859-1", html_cte="qp",
    mid="wll-ac", refs=["wll-ack"],
))

add(dict(
    kind="interview_invitation", slug="personalwerk_client_kahlenberg", lang="de",
    company="Brauerei Kahlenberg", contact=MARTINA[1], frm=MARTINA,
    date="2026-08-18 15:12 +0200",
    subject="Gesprächstermin bei der Brauerei Kahlenberg",
    subj_enc=("iso-8859-1", "B"),
    text="""Liebe Frau Whitfield-Ccori,

schöne Nachrichten: Die Brauerei Kahlenberg möchte Sie für die Stelle „Bestandsplanung Leergut“ gerne kennenlernen.

Vorgeschlagen ist ein Videogespräch am Dienstag, 1. September, um 16:00 Uhr Wiener Zeit (9:00 Uhr in Cusco) mit Herrn Leitner, Leiter Logistik. Den Link schicke ich Ihnen nach Ihrer Bestätigung.

Passt Ihnen der Termin?

Beste Grüße
Martina Hofbauer
Senior Consultant
Personalwerk Wien GmbH · Mariahilfer Straße 88, 1070 Wien""",
    charset="windows-1252", cte="qp",
    mid="personalwerk-invite",
))

# ================================================================ interview_reschedule_or_cancel
# ---------------------------------------------------------------- es
_ma_move = """Hola Paloma:

Te escribo porque Jorge Salinas tiene que viajar al centro de distribución de Lurín el jueves. Movemos la entrevista panel al viernes 27 de febrero, de 15:00 a 16:00 (hora de Lima), por el mismo enlace de Teams.

Te envío la invitación actualizada; por favor acéptala de nuevo. Disculpa el cambio.

Saludos,
Lucía Paredes Vílchez
Analista de Selección | Mercados Andinos"""
add(dict(
    kind="interview_reschedule_or_cancel", slug="mercados_andinos_moved_seq1", lang="es",
    company="Mercados Andinos", contact=LUCIA[1], frm=LUCIA, name_enc=("utf-8", "B"),
    date="2026-02-24 09:05 -0500",
    subject="Actualizado: Entrevista panel – Analista de Inventarios (R-04418)",
    text=_ma_move, cte="qp",
    html=outlook_html(mso(_ma_move)), html_cte="qp",
    ics=dict(method="REQUEST", uid="R04418-panel-2f9c@mercadosandinos.example.pe", seq=1,
             start="2026-02-27 15:00 -0500", minutes=60,
             summary="Entrevista panel – Analista de Inventarios – Paloma Whitfield-Ccori",
             location="Microsoft Teams",
             description="Unirse: https://teams.example.pe/l/meetup-join/19%3aR04418",
             organizer=LUCIA),
    ics_place="alt",
    mid="ma-move", refs=["ma-ack", "ma-invite"],
    headers=[("X-Mailer", "Microsoft Outlook 16.0")],
))

_qosqo_apology = """Walter, mil disculpas. Estaba en el puesto del mercado y justo se cayó la señal; recién veo sus llamadas perdidas. ¿Podríamos reprogramar la conversación? Puedo cualquier tarde desde las 3.

Paloma"""
add(dict(
    kind="interview_reschedule_or_cancel", slug="qosqo_new_slot_after_missed", lang="es",
    company="Cervecería Qosqo", contact=WALTER[1], frm=WALTER,
    date="2026-01-22 15:02 -0500",
    subject="Re: Llamada – Asistente de Inventarios",
    text=f"""No te preocupes, Paloma, pasa.

Pasamos la llamada al lunes 26 a las 4 de la tarde. Te llamo al mismo número.

Walter

{reply_quote("es", "2026-01-22 13:10 -0500", CAND, _qosqo_apology)}""",
    cte="8bit",
    mid="qosqo-move", refs=["qosqo-invite", "qosqo-missed", "qosqo-apology"],
))

add(dict(
    kind="interview_reschedule_or_cancel", slug="killa_interviewer_ill", lang="es",
    company="Hoteles Killa", contact=ROCIO[1], frm=ROCIO,
    date="2026-08-12 18:40 -0500",
    subject="Cambio de fecha: entrevista del jueves 13",
    text="""Estimada Paloma:

Lamentamos avisarle con tan poca anticipación: el Sr. Hugo Farfán amaneció con fiebre y tiene descanso médico hasta el lunes. Trasladamos su entrevista del jueves 13 al martes 18 de agosto, a la misma hora (15:00) y por el mismo enlace de Teams.

Le enviamos la invitación actualizada. Si la nueva fecha no le acomoda, indíquenos dos alternativas.

Atentamente,
Rocío Valdivia Mendoza
Jefa de Gestión Humana - Hoteles Killa""",
    charset="iso-8859-1", cte="8bit",
    ics=dict(method="REQUEST", uid="killa-alm-central-0813@hoteleskilla.example.pe", seq=1,
             start="2026-08-18 15:00 -0500", minutes=45,
             summary="Entrevista Asistente de Almacén Central (nueva fecha)",
             location="Microsoft Teams", organizer=ROCIO),
    mid="killa-ill", refs=["killa-ack", "killa-invite"],
))

add(dict(
    kind="interview_reschedule_or_cancel", slug="talentosur_client_moves", lang="es",
    company="Ferretería El Inca", contact=KARINA[1], frm=KARINA,
    date="2026-02-04 12:30 -0500",
    subject="RE: Entrevista Ferretería El Inca",
    text=f"""Paloma, te cuento que el Sr. Tito tiene inventario general en la tienda de San Jerónimo este jueves y me pidió mover la entrevista para el lunes 9 de febrero a las 3:00 p. m., mismo lugar.

¿Me confirmas que puedes?

Karina

{outlook_block("es", KARINA, "2026-02-02 09:40 -0500", CAND, "Entrevista Ferretería El Inca", _ts_invite)}""",
    cte="qp",
    mid="talentosur-move", refs=["talentosur-invite"],
))

add(dict(
    kind="interview_reschedule_or_cancel", slug="retama_cancel_ics_no_decision", lang="es",
    company="Grupo Retama", contact=RETAMA[1], frm=RETAMA,
    date="2026-03-04 18:22 +0100",
    subject="Cancelada: Entrevista Técnico/a de Inventario",
    text="""Hola, Paloma:

Tenemos que cancelar la videollamada de mañana jueves. El director de operaciones, que iba a acompañarme, tiene una auditoría imprevista y prefiero que estéis los dos.

Tu candidatura sigue en marcha; te escribiré en cuanto tenga una nueva fecha.

Un saludo,
Beatriz""",
    charset="windows-1252", cte="8bit",
    ics=dict(method="CANCEL", uid="retama-tecinv-0305@gruporetama.example.es", seq=1,
             start="2026-03-05 16:00 +0100", minutes=45,
             summary="Entrevista Técnico/a de Inventario – P. Whitfield-Ccori",
             organizer=RETAMA),
    mid="retama-cancel", refs=["retama-ack", "retama-invite"],
))

add(dict(
    kind="interview_reschedule_or_cancel", slug="guadalupe_ac_new_date", lang="es",
    company="Almacenes Guadalupe", contact=NATALIA[1], frm=NATALIA,
    date="2026-04-24 10:05 -0500",
    subject="Cambio de fecha – centro de evaluación",
    text="""Hola Paloma, buenos días.

Por un ajuste en la agenda de los evaluadores, el centro de evaluación virtual pasa del martes 28 al jueves 30 de abril, en el mismo horario (8:00 a. m. a 12:00 m., hora de Bogotá). El enlace de la sala te llegará el miércoles.

Quedo atenta a tu confirmación.

Natalia Rincón
Talento Humano · Almacenes Guadalupe
Carrera 68D # 17-50, Bogotá""",
    html=simple_html(paras("""Hola Paloma, buenos días.

Por un ajuste en la agenda de los evaluadores, el centro de evaluación virtual pasa del martes 28 al jueves 30 de abril, en el mismo horario (8:00 a. m. a 12:00 m., hora de Bogotá). El enlace de la sala te llegará el miércoles.

Quedo atenta a tu confirmación.

Natalia Rincón
Talento Humano · Almacenes Guadalupe
Carrera 68D # 17-50, Bogotá""")),
    cte="b64", html_cte="b64",
    mid="guadalupe-move", refs=["guadalupe-ack", "guadalupe-ac"],
))

add(dict(
    kind="interview_reschedule_or_cancel", slug="misti_icims_rescheduled", lang="es",
    company="Misti Suministros Industriales", contact="",
    frm=("Misti Suministros Industriales", "donotreply@icims.com"),
    date="2026-06-04 13:00 +0000",
    subject="Tu entrevista ha sido reprogramada",
    html=ats_card("Misti Suministros Industriales", "#334155", paras("""Hola Paloma Whitfield-Ccori:

Tu entrevista para Analista de Inventarios – Repuestos ha sido reprogramada.

Horario anterior: jueves 11 de junio de 2026, 10:00 (GMT-5)
Nuevo horario: martes 16 de junio de 2026, 10:00 (GMT-5)
Entrevistador: Diego Zegarra

Si necesitas otro cambio, usa el enlace de tu portal de candidato."""),
        "Mensaje automático enviado por iCIMS. No respondas a este correo.", lang="es"),
    html_cte="qp",
    mid="misti-move", refs=["misti-invite"],
))

add(dict(
    kind="interview_reschedule_or_cancel", slug="ayni_blockade_postponed", lang="es",
    company="Fundación Ayni", contact=XIMENA[1], frm=XIMENA,
    date="2026-08-27 07:15 -0400",
    subject="Re: Llamada breve – Responsable de Almacén de Donaciones",
    text="""Paloma, buen día:

Hay bloqueos en la autopista a El Alto y desde anoche tenemos cortes de internet y de señal en la oficina, así que prefiero no arriesgar la llamada de hoy.

¿Podemos pasarla al lunes 31 de agosto a las 10:00 (hora de Bolivia)? Si te viene mejor por la tarde, dime.

Disculpa el cambio,
Ximena""",
    charset="iso-8859-1", cte="qp",
    mid="ayni-move", refs=["ayni-ack", "ayni-call"],
))

# ---------------------------------------------------------------- en
add(dict(
    kind="interview_reschedule_or_cancel", slug="bayou_interviewer_sick", lang="en",
    company="Bayou Grocers", contact=TASHA[1], frm=TASHA,
    date="2026-03-17 07:48 -0500",
    subject="Today's interview - need to move it",
    text="""Good morning Paloma,

I'm so sorry for the short notice: Mike woke up sick and is out today, so we need to move your 1:00 pm interview.

Would Thursday the 19th at 1:00 pm Central work instead? Same video link. If not, send me two or three times that suit you and I'll make it happen.

Thanks for your flexibility,
Tasha

Tasha Greene | Talent Acquisition Partner
Bayou Grocers | 5600 Kirby Dr, Houston, TX 77005""",
    mid="bayou-ill", refs=["bayou-ack", "bayou-invite"],
))

_gulf_req = """Hi Derek,

I'm really sorry I missed your calls this morning. A power cut in my neighbourhood took down my phone signal. Would it be possible to reschedule the phone screen? I'm free any morning next week.

Best regards,
Paloma"""
add(dict(
    kind="interview_reschedule_or_cancel", slug="gulfcoast_new_time_confirmed", lang="en",
    company="Gulf Coast Mining Supply", contact=DEREK[1], frm=DEREK,
    date="2026-07-10 08:31 -0500",
    subject="RE: Phone screen - Inventory Analyst",
    text=f"""No problem at all, Paloma. These things happen.

Let's do Tuesday, July 14 at 9:00 AM Central instead. I'll call the same number.

Derek

{outlook_block("en", CAND, "2026-07-09 12:30 -0500", DEREK, "RE: Phone screen - Inventory Analyst", _gulf_req)}""",
    html=outlook_html(mso("""No problem at all, Paloma. These things happen.

Let's do Tuesday, July 14 at 9:00 AM Central instead. I'll call the same number.

Derek""") + "\n<div style=\"border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\">\n"
        + mso(outlook_block("en", CAND, "2026-07-09 12:30 -0500", DEREK,
                            "RE: Phone screen - Inventory Analyst", _gulf_req)
              .split("\n", 1)[1]) + "\n</div>", lang="en"),
    html_cte="qp",
    mid="gulf-move", refs=["gulf-invite", "gulf-missed", "gulf-request"],
))

add(dict(
    kind="interview_reschedule_or_cancel", slug="andesdrill_panel_cancel_ics", lang="en",
    company="Andes Drill Supply", contact=CLAIRE[1], frm=CLAIRE,
    date="2026-09-11 17:40 -0500",
    subject="Canceled: Panel interview - Inventory Analyst (JR-2291)",
    text="""Hello Paloma,

I have to cancel Tuesday's panel: two of the interviewers were called to a site audit at short notice. This is not a decision on your application.

I'll send a new invitation as soon as I have everyone's availability.

Regards,
Claire""",
    ics=dict(method="CANCEL", uid="JR2291-panel-0915@andesdrill.example.com", seq=1,
             start="2026-09-15 10:00 -0500", minutes=75,
             summary="Panel interview: Inventory Analyst (JR-2291)", organizer=CLAIRE),
    ics_place="alt",
    mid="andesdrill-cancel", refs=["andesdrill-ack", "andesdrill-invite"],
))

add(dict(
    kind="interview_reschedule_or_cancel", slug="seedtrust_push_to_monday", lang="en",
    company="Seed Trust International", contact=AMARA[1], frm=AMARA,
    date="2026-07-01 17:20 +0100",
    subject="Re: Thursday chat",
    text="""Hi Paloma,

I need to push our chat to Monday, I'm afraid - our board meeting got moved onto Thursday afternoon. Same time, 15:00 UK / 09:00 Lima, same Meet link. Does Monday work?

Sorry for the shuffle!
Amara""",
    mid="seedtrust-push", refs=["seedtrust-ack", "seedtrust-chat"],
))

# ---------------------------------------------------------------- fr
add(dict(
    kind="interview_reschedule_or_cancel", slug="dsl_cancel_ics_later_date", lang="fr",
    company="Distributions Saint-Laurent", contact=GENEVIEVE[1], frm=GENEVIEVE,
    date="2026-04-20 16:12 -0400",
    subject="Annulé : Entrevue - Analyste des stocks",
    subj_enc=("iso-8859-1", "Q"),
    text="""Bonjour Paloma,

Je dois malheureusement annuler notre rencontre de demain matin : M. Pelletier est retenu par un inventaire d'urgence à l'entrepôt de Laval.

Votre candidature demeure à l'étude. Je vous proposerai une nouvelle plage horaire d'ici la fin de la semaine.

Toutes mes excuses,
Geneviève Tremblay""",
    charset="iso-8859-1", cte="qp",
    ics=dict(method="CANCEL", uid="dsl-analyste-stocks-0421@dsl.example.ca", seq=1,
             start="2026-04-21 10:00 -0400", minutes=60,
             summary="Entrevue – Analyste des stocks – P. Whitfield-Ccori",
             organizer=GENEVIEVE),
    mid="dsl-cancel", refs=["dsl-ack", "dsl-invite"],
))

add(dict(
    kind="interview_reschedule_or_cancel", slug="plateau_trial_moved", lang="fr",
    company="Brasserie du Plateau", contact=MATHIEU[1], frm=MATHIEU,
    date="2026-06-15 11:50 -0400",
    subject="Demi-journée d'essai : changement de date",
    text="""Bonjour Paloma,

Petit changement : Julie sera en formation mercredi. Nous déplaçons donc votre demi-journée d'essai au lundi 22 juin, toujours de 9 h à 12 h (heure de Montréal), sur Teams.

Merci de me confirmer que cela vous convient.

Mathieu""",
    html=simple_html(paras("""Bonjour Paloma,

Petit changement : Julie sera en formation mercredi. Nous déplaçons donc votre demi-journée d'essai au lundi 22 juin, toujours de 9 h à 12 h (heure de Montréal), sur Teams.

Merci de me confirmer que cela vous convient.

Mathieu"""), lang="fr"),
    cte="qp",
    mid="plateau-move", refs=["plateau-app", "plateau-trial"],
))

# ---------------------------------------------------------------- de
add(dict(
    kind="interview_reschedule_or_cancel", slug="donau_moved_seq1", lang="de",
    company="Donau Handel", contact=KATHARINA[1], frm=KATHARINA,
    date="2026-05-15 13:44 +0200",
    subject="Terminänderung: Vorstellungsgespräch Junior Inventory Analyst",
    subj_enc=("utf-8", "B"),
    text="""Sehr geehrte Frau Whitfield-Ccori,

leider müssen wir unser Gespräch am Dienstag verschieben, da unsere Teamleiterin an diesem Tag in Linz ist. Neuer Termin: Donnerstag, 21. Mai 2026, 16:30 bis 17:15 Uhr (MESZ), wieder über Teams.

Die aktualisierte Einladung liegt bei. Vielen Dank für Ihr Verständnis.

Freundliche Grüße
Katharina Brunner
Recruiting | Donau Handel""",
    charset="iso-8859-1", cte="8bit",
    ics=dict(method="REQUEST", uid="donau-jia-0519@donauhandel.example.at", seq=1,
             start="2026-05-21 16:30 +0200", minutes=45,
             summary="Vorstellungsgespräch Junior Inventory Analyst (verschoben)",
             location="Microsoft Teams-Besprechung", organizer=KATHARINA),
    ics_cte="b64",
    mid="donau-move", refs=["donau-ack", "donau-invite"],
))

# ================================================================ missed_interview_notice
# ---------------------------------------------------------------- es
add(dict(
    kind="missed_interview_notice", slug="qosqo_called_twice", lang="es",
    company="Cervecería Qosqo", contact=WALTER[1], frm=WALTER,
    date="2026-01-22 10:35 -0500",
    subject="Re: Llamada – Asistente de Inventarios",
    text=f"""Paloma, te llamé dos veces a las 10:00, como quedamos, pero no contestaste y entró la contestadora.

¿Todo bien? Avísame si todavía te interesa el puesto.

Walter

{reply_quote("es", "2026-01-20 16:45 -0500", WALTER, _qosqo_invite)}""",
    cte="qp",
    mid="qosqo-missed", refs=["qosqo-invite"],
))

add(dict(
    kind="missed_interview_notice", slug="talentosur_chasqui_no_show", lang="es",
    company="Logística Chasqui", contact=KARINA[1], frm=KARINA,
    date="2026-03-05 16:10 -0500",
    subject="¿Qué pasó con la entrevista en Logística Chasqui?",
    text="""Paloma:

El Sr. Edwin Laura, de Logística Chasqui, me acaba de llamar: te estuvo esperando hoy a las 3:00 p. m. en su oficina de Wanchaq y no llegaste. Te marqué al celular dos veces y estaba apagado.

Cuéntame qué sucedió, por favor. Tengo que darle una explicación al cliente antes del viernes.

Karina Llosa
Talento Sur S.A.C.""",
    subj_enc=("utf-8", "B"),
    cte="8bit",
))

add(dict(
    kind="missed_interview_notice", slug="huancaro_waited_warehouse", lang="es",
    company="Distribuidora Huancaro", contact=TEOFILO[1], frm=TEOFILO,
    date="2026-03-19 17:05 -0500",
    subject="hoy 4pm",
    text="""Paloma, te esperamos a las 4 en el almacén como quedamos y no viniste. Estuve hasta las 4:40.

Si sigues interesada me avisas, pero esta semana ya no puedo.

T. Ccahuana""",
    charset="iso-8859-1", cte="8bit",
    mid="huancaro-missed", refs=["huancaro-app", "huancaro-chat"],
))

add(dict(
    kind="missed_interview_notice", slug="canasta_waited_meet", lang="es",
    company="Supermercados La Canasta", contact=FIORELLA[1], frm=FIORELLA,
    date="2026-07-16 11:25 -0500",
    subject="Entrevista de hoy 11:00",
    text="""Hola Paloma:

Te estuve esperando en Google Meet desde las 11:00 hasta las 11:20 y no te conectaste. Tampoco vi ningún mensaje tuyo.

Si hubo algún inconveniente, respóndeme hoy y vemos qué hacemos.

Fiorella Núñez
Selección · Supermercados La Canasta
Av. Ejército 1009, Cayma, Arequipa""",
    html=simple_html(paras("""Hola Paloma:

Te estuve esperando en Google Meet desde las 11:00 hasta las 11:20 y no te conectaste. Tampoco vi ningún mensaje tuyo.

Si hubo algún inconveniente, respóndeme hoy y vemos qué hacemos.

Fiorella Núñez
Selección · Supermercados La Canasta
Av. Ejército 1009, Cayma, Arequipa""")),
    cte="qp",
    mid="canasta-missed", refs=["canasta-invite"],
))

add(dict(
    kind="missed_interview_notice", slug="vertice_client_waited_zoom", lang="es",
    company="Importadora Chuquiago", contact=GONZALO[1], frm=GONZALO,
    date="2026-06-19 08:40 -0500",
    subject="RE: Entrevista con Importadora Chuquiago (La Paz)",
    text="""Paloma, el Sr. Villca me escribe que te esperó 20 minutos en el Zoom y no te conectaste. ¿Tuviste algún problema con el enlace?

Llámame apenas leas esto; quiero ver si logro que te reciba la próxima semana.

Gonzalo""",
    cte="8bit",
    mid="vertice-missed", refs=["vertice-cold", "vertice-invite"],
))

add(dict(
    kind="missed_interview_notice", slug="urubamba_test_no_show", lang="es",
    company="Café Urubamba Exportadores", contact=ELMER[1], frm=ELMER,
    date="2026-09-18 10:20 -0500",
    subject="RE: Prueba práctica – Auxiliar de inventario",
    text="""Paloma, buenos días.

Te esperábamos a las 9:00 para la prueba práctica y ya son más de las 10. Los otros dos postulantes ya empezaron.

Si tuviste un contratiempo, escríbeme; no puedo prometerte otra fecha, pero lo consulto con gerencia.

Elmer Choque""",
    cte="b64",
    mid="urubamba-missed", refs=["urubamba-ack", "urubamba-test"],
))

# ---------------------------------------------------------------- en
add(dict(
    kind="missed_interview_notice", slug="gulfcoast_tried_calling_twice", lang="en",
    company="Gulf Coast Mining Supply", contact=DEREK[1], frm=DEREK,
    date="2026-07-09 10:22 -0500",
    subject="RE: Phone screen - Inventory Analyst",
    text=f"""Hi Paloma,

I tried calling you twice at 10:00 and again at 10:10 but it went straight to voicemail. I hope everything is OK.

Let me know if you're still interested in the role.

Derek

{outlook_block("en", DEREK, "2026-07-06 13:25 -0500", CAND, "Phone screen - Inventory Analyst", _gulf_invite)}""",
    mid="gulf-missed", refs=["gulf-invite"],
))

add(dict(
    kind="missed_interview_notice", slug="magnolia_waited_on_teams", lang="en",
    company="Magnolia Home Stores", contact=KYLE[1], frm=KYLE,
    date="2026-08-11 10:24 -0500",
    subject="Our 10:00 call",
    text="""Hi Paloma,

We waited on Teams for about 20 minutes this morning but didn't see you join. I also didn't find your inventory exercise in the system.

If something came up, reply by Thursday and I'll see what I can do.

Kyle Brennan
Store Operations Manager, Magnolia Home Stores""",
    mid="magnolia-missed", refs=["magnolia-invite"],
))

# ---------------------------------------------------------------- fr
add(dict(
    kind="missed_interview_notice", slug="moisson_waited_teams", lang="fr",
    company="Moisson Solidaire", contact=ELISE[1], frm=ELISE,
    date="2026-09-10 10:32 -0400",
    subject="Notre rendez-vous de ce matin",
    text="""Bonjour Paloma,

Nous vous avons attendue sur Teams ce matin à 10 h, Karim et moi, pendant une vingtaine de minutes, mais vous ne vous êtes pas connectée.

J'espère qu'il n'est rien arrivé de grave. Pouvez-vous me faire signe ?

Élise Bouchard
Moisson Solidaire""",
    charset="iso-8859-1", cte="qp", name_enc=("iso-8859-1", "Q"),
    mid="moisson-missed",
))

# ---------------------------------------------------------------- de
add(dict(
    kind="missed_interview_notice", slug="donau_waited_teams", lang="de",
    company="Donau Handel", contact=KATHARINA[1], frm=KATHARINA,
    date="2026-05-21 17:05 +0200",
    subject="Unser Termin heute um 16:30 Uhr",
    text="""Sehr geehrte Frau Whitfield-Ccori,

wir haben heute um 16:30 Uhr auf Teams auf Sie gewartet, meine Kollegin Frau Novak und ich, leider ohne Sie anzutreffen.

Bitte geben Sie mir kurz Bescheid, ob Sie weiterhin an der Stelle interessiert sind.

Freundliche Grüße
Katharina Brunner
Recruiting | Donau Handel""",
    cte="qp",
    mid="donau-missed", refs=["donau-ack", "donau-invite", "donau-move"],
))

_ = (CAND_SIG_ES, esc, on_wrote, quote, blockquote)
