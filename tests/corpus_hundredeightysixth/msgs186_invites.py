"""Corpus 186: interview invitations (26), reschedules/cancellations (15), missed interviews (10)."""

from msgs186_common import CAND, M, ats_card, button, gt, paras, simple_html

CP_VG = ("Valentina Godoy", "vgodoy@cerropardo.example.cl")
TM_FR = ("Francisca Rebolledo", "francisca.rebolledo@talentominero.example.cl")
LS_RA = ("Rodrigo Alarcón Véliz", "r.alarcon@llanosalado.example.cl")
QQ_RH = ("Rosa Huamán Tello", "rhuaman@quispicanchi.example.pe")
GH_BK = ("Brett Kowalski", "brett.kowalski@goldfieldshaulage.example.com.au")
RB_KH = ("Katrin Hollmann", "k.hollmann@rheinbaumaschinen.example.de")
TL_JF = ("Julien Ferrand", "j.ferrand@transalp-logistique.example.fr")
NS_MT = ("Megan Tran", "megan.tran@northshield.example.ca")

CP_SIG = """Valentina Godoy
Analista de Selección
Minera Cerro Pardo SpA
Av. Grecia 2880, piso 3, Antofagasta
+56 55 289 4410"""

MESSAGES = [
    # ================================================================== interview_invitation
    # ------------------------------------------------------------------ es
    M("interview_invitation", "cerropardo_panel_ics", "es",
      company="Minera Cerro Pardo", contact="vgodoy@cerropardo.example.cl",
      frm=CP_VG, subject="Entrevista con panel - Planificador de Mantenimiento de Flota",
      date="2026-08-19 16:05 -0400", id="cp_inv", parent="cp_ack",
      alt="simple", cte="quoted-printable",
      text=f"""Hola Ignacio:

Junto con saludar, te confirmo que pasaste a la etapa de entrevista con panel para el cargo de Planificador de Mantenimiento de Flota (CAEX y equipos de apoyo).

Fecha: jueves 27 de agosto de 2026
Hora: 10:00 a 11:15 hrs
Lugar: Oficinas Cerro Pardo, Av. Grecia 2880, piso 3, Antofagasta
Panel: Hernán Castillo (Superintendente de Planificación), Daniela Ríos (Ingeniera de Confiabilidad) y yo.

Te pedimos traer tu cédula de identidad y, si la tienes, alguna planilla o programa de mantención que hayas preparado (sin datos confidenciales). Te adjunto la invitación para tu calendario; por favor acéptala o avísame si el horario no te acomoda.

Saludos,
{CP_SIG}
""",
      ics={"method": "REQUEST", "uid": "cp-panel-4471@cerropardo.example.cl", "seq": 0,
           "start": "2026-08-27 10:00 -0400", "end": "2026-08-27 11:15 -0400",
           "summary": "Entrevista panel - Planificador de Mantenimiento de Flota",
           "location": "Av. Grecia 2880, piso 3, Antofagasta", "organizer": CP_VG,
           "attendees": [CAND, ("Hernán Castillo", "hcastillo@cerropardo.example.cl"),
                         ("Daniela Ríos", "drios@cerropardo.example.cl")],
           "attach": True, "attach_name": "Entrevista_panel.ics"}),

    M("interview_invitation", "talentominero_client_quillagua", "es",
      company="Servicios Mineros Quillagua", contact="francisca.rebolledo@talentominero.example.cl",
      frm=TM_FR, subject="Entrevista con Servicios Mineros Quillagua - martes 27",
      date="2026-01-20 11:30 -0300", id="tm_setup", parent="tm_reg",
      text="""Hola Ignacio, ¿cómo estás?

Buenas noticias: presenté tu perfil a Servicios Mineros Quillagua para el cargo de Programador de Mantenimiento en su contrato de camiones de extinción y aljibes, y quieren conocerte.

La entrevista sería el martes 27 de enero a las 9:30, en sus oficinas de calle General Velásquez 1290, Antofagasta. Te recibe Ramón Olivares, jefe de contrato. Dura más o menos una hora y te van a pedir que expliques cómo organizabas los cambios de turno y las detenciones de los equipos.

Confírmame por aquí o por WhatsApp y te mando un par de datos para prepararte.

Un abrazo,
Francisca Rebolledo
Consultora Senior - Minería y Energía
Talento Minero Consultores
+56 9 7720 3345
"""),

    M("interview_invitation", "llanosalado_assessment_centre", "es",
      company="Minera Llano Salado", contact="r.alarcon@llanosalado.example.cl",
      frm=LS_RA, subject="Invitación a centro de evaluación - Planificador de Mantenimiento Mina",
      date="2026-05-20 10:15 -0400", id="ls_assess", parent="ls_ack",
      alt="simple", cte="quoted-printable",
      text="""Estimado Ignacio:

Tu postulación fue seleccionada para participar en el centro de evaluación del cargo Planificador de Mantenimiento Mina.

Día: jueves 28 de mayo
Horario: 08:30 a 16:00 hrs (almuerzo incluido)
Lugar: Centro de Formación Llano Salado, Av. Granaderos 2250, Calama

La jornada incluye un ejercicio grupal, una prueba de programación semanal de mantenciones con datos reales de flota (planilla Excel) y una entrevista individual con la jefatura. No necesitas traer EPP; sí tu cédula y un computador si tienes, aunque también tendremos equipos disponibles.

Te agradeceré confirmar tu asistencia respondiendo este correo antes del lunes 25.

Un saludo cordial,
Rodrigo Alarcón Véliz
Business Partner de Selección - Gerencia de Mantenimiento
Minera Llano Salado
+56 55 245 8800
"""),

    M("interview_invitation", "pamparoja_casual_thursday", "es",
      company="Minera Pampa Roja", contact="jmunoz@pamparoja.example.cl",
      frm=("Jorge Muñoz S.", "jmunoz@pamparoja.example.cl"),
      subject="¿Conversamos el jueves?",
      date="2026-06-22 20:10 -0400", id="pr_chat",
      text="""Nacho, ¿cómo va todo?

Oye, se abrió una pega de planificador en mi área (mantenimiento camiones, turno 4x3) y me acordé altiro de ti. ¿Estás libre el jueves 25 en la tarde para que conversemos? Te llamo tipo 18:00 si te sirve, te cuento cómo es la cosa y después te armo la reunión con el gerente.

Avísame nomás.

Coto
+56 9 6612 0048
"""),

    M("interview_invitation", "potasiocuyano_phone_screen", "es",
      company="Potasio Cuyano", contact="lfernandez@potasiocuyano.example.com.ar",
      frm=("Lucía Fernández", "lfernandez@potasiocuyano.example.com.ar"),
      subject="Entrevista telefónica - Planificador de Mantenimiento (Malargüe)",
      date="2026-04-06 12:00 -0300", id="pc_call",
      text="""Hola Ignacio, ¿qué tal?

Soy Lucía, de Talento y Cultura de Potasio Cuyano. Vimos tu CV para la búsqueda de Planificador de Mantenimiento en la planta de Malargüe y nos gustaría tener una primera charla telefónica con vos.

Te proponemos el miércoles 8 de abril a las 10:00 (hora de Argentina). Te llamamos al +56 9 8841 2270, que es el número que figura en tu CV. Son unos 20 minutos para conocerte y contarte sobre el puesto y el esquema de turnos.

Si no te queda cómodo, decime qué otro horario te sirve.

Saludos,
Lucía Fernández
Talento y Cultura | Potasio Cuyano S.A.
+54 261 429 7713
"""),

    M("interview_invitation", "potasiocuyano_second_try", "es",
      company="Potasio Cuyano", contact="lfernandez@potasiocuyano.example.com.ar",
      frm=("Lucía Fernández", "lfernandez@potasiocuyano.example.com.ar"),
      subject="Re: No pudimos comunicarnos",
      date="2026-04-09 09:20 -0300", id="pc_reinvite", parent="pc_missed", quote="gt",
      text="""Hola Ignacio,

¡Gracias por tu respuesta! Tiene sentido: Chile pasó al horario de invierno el domingo 5 y la llamada te quedó una hora antes de lo que tenías anotado. Pasa más seguido de lo que creés.

Hagámoslo por videollamada así no dependemos del teléfono: lunes 13 de abril a las 11:00 hora de Argentina, que para vos son las 10:00. Se suma Diego Sosa, jefe de mantenimiento de planta.

Link de Google Meet: https://meet.google.com/qxr-wmtb-kza

Saludos,
Lucía
"""),

    M("interview_invitation", "maqatacama_smartrecruiters_link", "es",
      company="Maquinarias Atacama", contact="",
      frm=("Maquinarias Atacama", "noreply@smartrecruiters.com"),
      subject="Agenda tu entrevista - Planificador/a de Mantenimiento",
      date="2026-01-14 13:00 +0000", id="ma_link", parent="ma_ack",
      cte="quoted-printable",
      headers=[("Auto-Submitted", "auto-generated")],
      text="""Hola Ignacio,

¡Buenas noticias! El equipo de Soporte al Producto de Maquinarias Atacama quiere entrevistarte para el cargo Planificador/a de Mantenimiento - Contratos de Servicio.

Elige el horario que más te acomode entre los disponibles (entrevista por Microsoft Teams, 45 minutos):
https://www.smartrecruiters.com/app/interview-scheduler/7d1f0c2a-maqatacama/select

El enlace estará activo durante 5 días.

Saludos,
Equipo de Talento
Maquinarias Atacama S.A.
""",
      html=ats_card("Maquinarias Atacama", """
<p>Hola Ignacio,</p>
<p>¡Buenas noticias! El equipo de Soporte al Producto de Maquinarias Atacama quiere
entrevistarte para el cargo <b>Planificador/a de Mantenimiento - Contratos de Servicio</b>.</p>
<p>Elige el horario que más te acomode entre los disponibles (entrevista por Microsoft Teams,
45 minutos):</p>
""" + button("Elegir horario",
             "https://www.smartrecruiters.com/app/interview-scheduler/7d1f0c2a-maqatacama/select",
             "#f2a900") + """
<p>El enlace estará activo durante 5 días.</p>
<p>Saludos,<br>Equipo de Talento<br>Maquinarias Atacama S.A.</p>
""", footer="Powered by SmartRecruiters", color="#333333")),

    M("interview_invitation", "quispicanchi_teams_ics", "es",
      company="Minera Quispicanchi", contact="rhuaman@quispicanchi.example.pe",
      frm=QQ_RH, subject="Invitación: Entrevista - Planificador de Mantenimiento de Flota",
      date="2026-02-03 16:20 -0500", id="qq_inv", parent="qq_ack",
      charset="iso-8859-1", cte="quoted-printable", alt="outlook",
      text="""Estimado Ignacio:

Reciba un cordial saludo. Por encargo de la Ing. Carmen Salas, Gerente de Mantenimiento, lo invitamos a una entrevista por videoconferencia para el puesto de Planificador de Mantenimiento de Flota (Req. 26-0418).

Fecha: martes 10 de febrero de 2026
Hora: 09:00 (hora de Lima) / 11:00 (hora de Chile)
Plataforma: Microsoft Teams; el enlace figura en la invitación adjunta.

Le agradeceremos aceptar la invitación para confirmar su participación.

Atentamente,
Rosa Huamán Tello
Analista de Gestión Humana
Minera Quispicanchi S.A.A.
Av. Víctor Andrés Belaúnde 147, San Isidro, Lima
(01) 705 2200 anexo 3318
""",
      ics={"method": "REQUEST", "uid": "040000008200E00074C5B7101A82E0080000000090F3A1",
           "seq": 0, "start": "2026-02-10 09:00 -0500", "end": "2026-02-10 10:00 -0500",
           "summary": "Entrevista - Planificador de Mantenimiento de Flota",
           "location": "Reunión de Microsoft Teams", "organizer": QQ_RH,
           "description": "Unirse: https://teams.microsoft.com/l/meetup-join/19%3ameeting_qq4418",
           "attendees": [CAND, ("Carmen Salas", "csalas@quispicanchi.example.pe")]}),

    M("interview_invitation", "selecta_client_rimac", "es",
      company="Maquinaria Pesada del Rímac", contact="mquispe@selectaperu.example.pe",
      frm=("Milagros Quispe Ccori", "mquispe@selectaperu.example.pe"),
      subject="Entrevista con Maquinaria Pesada del Rímac - jueves 13 de agosto",
      date="2026-08-10 12:30 -0500", id="sp_setup", parent="sp_reg",
      alt="simple", cte="quoted-printable",
      text="""Estimado Ignacio:

Me complace informarle que nuestro cliente, Maquinaria Pesada del Rímac, desea entrevistarlo para el puesto de Planificador de Servicio Técnico (flota minera, base Lima con viajes a operaciones del sur).

La entrevista será virtual, por Zoom, el jueves 13 de agosto a las 10:00 hora de Lima, con el Ing. Javier Paredes, Jefe de Servicio. Le pido conectarse cinco minutos antes y tener a mano su CV y su licencia de conducir profesional.

Enlace: https://zoom.us/j/8842179933

Por favor, confírmeme su asistencia.

Saludos cordiales,
Milagros Quispe Ccori
Consultora de Selección
Selecta Perú Talento S.A.C.
(01) 612 3390
"""),

    M("interview_invitation", "flotanorte_trial_day", "es",
      company="Flota Norte Rental", contact="marcelo.tapia@flotanorte.example.cl",
      frm=("Marcelo Tapia", "marcelo.tapia@flotanorte.example.cl"),
      subject="Jornada de prueba en taller",
      date="2026-03-24 08:15 -0300", id="fn_trial", parent="fn_ack",
      text="""Ignacio, buenos días.

Como te comenté por teléfono, para el cargo de planificador hacemos una jornada de prueba en el taller antes de decidir. Te espero el miércoles 1 de abril a las 7:30 en nuestro taller de La Negra (Ruta 5 km 1360, al lado de la romana). Vas a acompañar a la planificadora actual durante el turno, armar el programa de la semana siguiente con ella y al final conversamos los dos.

Trae zapatos de seguridad y chaleco reflectante; el casco te lo pasamos acá. La jornada se paga.

Marcelo Tapia
Jefe de Taller - Flota Norte Rental
+56 9 5530 7781
"""),

    M("interview_invitation", "tandinos_phone_call", "es",
      company="Transportes Andinos del Norte", contact="cbustos@tandinos.example.cl",
      frm=("Claudia Bustos Herrera", "cbustos@tandinos.example.cl"),
      subject="Entrevista telefónica - Planificador de Mantenimiento",
      date="2026-07-01 10:00 -0400", id="ta_call",
      charset="iso-8859-1", cte="8bit",
      text="""Estimado Ignacio:

Junto con saludarlo, le comento que su postulación al cargo de Planificador de Mantenimiento para nuestra base de Calama pasó la primera revisión.

Quisiéramos realizar una entrevista telefónica de aproximadamente 30 minutos el viernes 3 de julio a las 11:00 horas. Lo llamaremos al número que indicó en su formulario. Si ese horario no le acomoda, le ruego indicarnos dos alternativas.

Atentamente,
Claudia Bustos Herrera
Jefa de Recursos Humanos
Transportes Andinos del Norte Ltda.
Balmaceda 3120, Calama
Tel. +56 55 231 6640
"""),

    M("interview_invitation", "ossandonvial_meeting", "es",
      company="Ossandón & Vial", contact="ivial@ossandonvial.example.cl",
      frm=("Isidora Vial Echeverría", "ivial@ossandonvial.example.cl"),
      reply_to=("Isidora Vial Echeverría", "ivial@ossandonvial.example.cl"),
      cc=[("Agenda Ossandón & Vial", "agenda@ossandonvial.example.cl")],
      subject="Reunión - búsqueda Planificador de Mantenimiento (confidencial)",
      date="2026-09-01 12:00 -0400", id="ov_meet",
      alt="outlook", cte="quoted-printable",
      text="""Estimado Ignacio:

Gracias por tu interés en la búsqueda confidencial que estamos conduciendo para un cliente del sector minero en la Región de Antofagasta.

Me gustaría que tuviéramos una entrevista en profundidad el viernes 11 de septiembre a las 9:00, por Zoom o en nuestras oficinas de Las Condes si estás en Santiago esa semana. Conversaremos sobre tu trayectoria, tus motivaciones para pasar a planificación y tus expectativas de renta. Con lo que salga de esa conversación prepararé el informe para el cliente.

Mi asistente, en copia, te enviará el enlace una vez que confirmes.

Cordialmente,

Isidora Vial Echeverría
Socia
Ossandón & Vial Executive Search
Isidora Goyenechea 3000, piso 14, Las Condes, Santiago
+56 2 2658 4410
"""),

    M("interview_invitation", "montacargas_onsite", "es",
      company="Montacargas del Pacífico", contact="spizarro@montacargaspacifico.example.cl",
      frm=("Soledad Pizarro", "spizarro@montacargaspacifico.example.cl"),
      subject="Entrevista - Planificador de Mantenimiento de Flota",
      date="2026-01-22 11:00 -0300", id="mp_inv",
      charset="iso-8859-1", cte="quoted-printable",
      text="""Hola Ignacio:

Gracias por postular al cargo de Planificador de Mantenimiento de Flota (grúas horquilla y equipos de patio) en Montacargas del Pacífico.

Nos gustaría conocerte en persona el viernes 30 de enero a las 10:00 en nuestra casa matriz de Quilicura. Sé que vienes desde Antofagasta, así que si prefieres podemos evaluar otra modalidad; avísame.

Dirección: Av. Américo Vespucio 1850, Quilicura (pedir por Personas en recepción).

Saludos,
Soledad Pizarro
Jefa de Personas
Montacargas del Pacífico Ltda.
+56 2 2738 5521
"""),

    M("interview_invitation", "andesheavy_online_test", "es",
      company="Andes Heavy Equipment", contact="creyes@andesheavy.example.cl",
      frm=("Andes Heavy Equipment Chile", "noreply@successfactors.eu"),
      reply_to=("Catalina Reyes", "creyes@andesheavy.example.cl"),
      subject="Siguiente etapa: prueba técnica y entrevista por video (ID 40517)",
      date="2026-04-15 14:00 +0000", id="ah_test", parent="ah_ack",
      cte="base64",
      text="""Estimado/a Ignacio:

Nos alegra informarle que avanza a la siguiente etapa del proceso para el cargo Planificador de Mantenimiento - Equipos de Carguío (ID 40517).

Esta etapa tiene dos partes:
1. Prueba técnica en línea (60 minutos) sobre planificación de mantenimiento, lectura de backlog y cálculo de disponibilidad. Plazo para rendirla: hasta el martes 21 de abril a las 23:59.
2. Entrevista por video con la jefatura del área, el jueves 23 de abril a las 15:00 hora de Chile.

Acceda a la prueba desde su perfil de candidato: https://career5.successfactors.eu/career?company=andesheavy&career_ns=assessment

Si tiene dudas, puede responder a este correo y le contestará Catalina Reyes, del equipo de Selección.

Atentamente,
Gerencia de Personas
Andes Heavy Equipment Chile
""",
      html=simple_html(paras("""Estimado/a Ignacio:

Nos alegra informarle que avanza a la siguiente etapa del proceso para el cargo Planificador de Mantenimiento - Equipos de Carguío (ID 40517).""") + """
<ol><li>Prueba técnica en línea (60 minutos) sobre planificación de mantenimiento, lectura de
backlog y cálculo de disponibilidad. Plazo para rendirla: hasta el martes 21 de abril a las
23:59.</li>
<li>Entrevista por video con la jefatura del área, el jueves 23 de abril a las 15:00 hora de
Chile.</li></ol>
""" + button("Ir a la prueba",
             "https://career5.successfactors.eu/career?company=andesheavy&career_ns=assessment")
          + paras("""Si tiene dudas, puede responder a este correo y le contestará Catalina Reyes, del equipo de Selección.

Atentamente,
Gerencia de Personas
Andes Heavy Equipment Chile"""))),

    # ------------------------------------------------------------------ en
    M("interview_invitation", "pilbara_phone_screen", "en",
      company="Pilbara Iron Services", contact="kirsty.doyle@pilbarairon.example.com.au",
      frm=("Kirsty Doyle", "kirsty.doyle@pilbarairon.example.com.au"),
      subject="Quick call re Maintenance Planner - Mobile Fleet",
      date="2026-02-09 14:12 +0800", id="pi_call", parent="pi_ack",
      text="""Hi Ignacio,

Thanks for applying for the Maintenance Planner - Mobile Fleet role. Your background operating ultra-class haul trucks caught our eye.

Would you be free for a 15-minute phone screen on Wednesday 11 February at 10:00 am AWST? I'll call the mobile number on your CV. It's mostly about your visa situation, availability and the FIFO roster, so nothing to prepare.

Let me know if that works or suggest another time.

Cheers,
Kirsty Doyle
Talent Acquisition Partner
Pilbara Iron Services
+61 8 6218 3300
"""),

    M("interview_invitation", "northshield_greenhouse_schedule", "en",
      company="Northshield Equipment", contact="megan.tran@northshield.example.ca",
      frm=("Megan Tran via Greenhouse", "no-reply@us.greenhouse-mail.io"),
      reply_to=NS_MT,
      subject="Northshield Equipment - please select interview times",
      date="2026-03-10 11:04 -0400", id="ns_sched", parent="ns_ack",
      cte="quoted-printable",
      text="""Hi Ignacio,

Thank you for your interest in the Fleet Maintenance Planner position at Northshield Equipment. We'd love to set up a 45-minute video interview with Curtis Bell, our Service Operations Manager, and me.

Please use the link below to choose the times that work for you over the next week:
https://app.greenhouse.io/scheduler/northshield/avail/8c71e0f4

Times are shown in your local time zone.

Best,
Megan Tran
Senior Recruiter, Northshield Equipment
""",
      html=ats_card("Northshield Equipment", paras("""Hi Ignacio,

Thank you for your interest in the Fleet Maintenance Planner position at Northshield Equipment. We'd love to set up a 45-minute video interview with Curtis Bell, our Service Operations Manager, and me.

Please use the link below to choose the times that work for you over the next week:""")
          + button("Select times", "https://app.greenhouse.io/scheduler/northshield/avail/8c71e0f4",
                   "#24a47f")
          + paras("""Times are shown in your local time zone.

Best,
Megan Tran
Senior Recruiter, Northshield Equipment"""), footer="Sent via Greenhouse", color="#24a47f")),

    M("interview_invitation", "goldfields_panel_teams_ics", "en",
      company="Goldfields Haulage", contact="brett.kowalski@goldfieldshaulage.example.com.au",
      frm=GH_BK, subject="Panel interview - Fleet Maintenance Planner (Kalgoorlie)",
      date="2026-06-10 15:20 +0800", id="gh_panel", parent="gh_ack",
      alt="outlook", cte="quoted-printable",
      text="""Hi Ignacio,

Following your phone chat with our recruitment team, we'd like to invite you to a panel interview for the Fleet Maintenance Planner role based in Kalgoorlie.

When: Wednesday 17 June, 9:00-10:00 am AWST (Tuesday 16 June, 9:00 pm in Antofagasta)
Where: Microsoft Teams - link in the attached invitation
Panel: Sharon Whitlock (General Manager Operations), Darren Pike (Maintenance Superintendent) and me

We'll walk through a sample weekly schedule for a fleet of 40 road trains and ask how you would sequence the services. No presentation needed.

Please accept the calendar invite so we know you're coming.

Regards,
Brett Kowalski
Workshop Planning Lead
Goldfields Haulage Pty Ltd
88 Great Eastern Highway, Kalgoorlie WA 6430
+61 8 9021 6640

This email is confidential and intended only for the addressee. If you have received it in error, please notify the sender and delete it. Goldfields Haulage Pty Ltd ABN 41 622 908 117.
""",
      ics={"method": "REQUEST", "uid": "040000008200E00074C5B7101A82E00800000000GH0617",
           "seq": 0, "start": "2026-06-17 09:00 +0800", "end": "2026-06-17 10:00 +0800",
           "summary": "Panel interview - Ignacio Valderrama-Lindqvist - Fleet Maintenance Planner",
           "location": "Microsoft Teams Meeting", "organizer": GH_BK,
           "description": "Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_gh0617",
           "attendees": [CAND, ("Sharon Whitlock", "sharon.whitlock@goldfieldshaulage.example.com.au"),
                         ("Darren Pike", "darren.pike@goldfieldshaulage.example.com.au")],
           "attach": True}),

    M("interview_invitation", "laurentian_casual_thursday", "en",
      company="Laurentian Fleet Services", contact="dale.whitford@laurentianfleet.example.ca",
      frm=("Dale Whitford", "dale.whitford@laurentianfleet.example.ca"),
      subject="Free Thursday to chat?",
      date="2026-05-06 13:40 -0400", id="lf_chat", parent="lf_ack",
      text="""Hey Ignacio,

Dale here, I run the maintenance shop at Laurentian. Saw your application come through for the planner spot. Are you free next Thursday (the 14th) to chat for half an hour? Something like 3pm Eastern on Zoom. Nothing formal, I just want to hear how you planned around shovel moves and tire changes down there.

Dale Whitford
Maintenance Manager
Laurentian Fleet Services
Sudbury, ON
"""),

    M("interview_invitation", "bayview_client_huronia_chain", "en",
      company="Huronia Aggregates", contact="rachel.okonkwo@bayviewtalent.example.ca",
      frm=("Rachel Okonkwo", "rachel.okonkwo@bayviewtalent.example.ca"),
      subject="Re: Huronia Aggregates - interview with Paul Desrosiers",
      date="2026-07-08 09:15 -0400", id="bv_setup",
      text="""Hi Ignacio,

Great news - Huronia Aggregates would like to meet you. Paul Desrosiers, their Operations Manager, has set aside Wednesday 15 July at 11:00 am Eastern (the same clock time in Antofagasta) for a one-hour interview on Teams. I'll send the link as soon as he shares it.

Paul will focus on how you'd build a preventive maintenance calendar for their loaders and haul trucks across the three quarries, and on your plans for relocating. Happy to do a 20-minute prep call on Monday if that helps.

Best,
Rachel Okonkwo
Principal, Bayview Talent Partners
181 Bay Street, Suite 1800, Toronto ON M5J 2T3
+1 416 555 0143

""" + "On Thu, 2 Jul 2026 at 22:31, Ignacio Valderrama-Lindqvist <ignacio.vl@example.cl> wrote:\n"
      + gt("""Hi Rachel,

Thank you for thinking of me. Yes, I'm interested in the Huronia role and you can present my CV. I can relocate to Ontario; my work permit application under the International Experience Canada program is in progress.

Best regards,
Ignacio

On Wed, 1 Jul 2026 at 16:05, Rachel Okonkwo <rachel.okonkwo@bayviewtalent.example.ca> wrote:
> Hi Ignacio,
>
> I'm recruiting a Maintenance Planner for Huronia Aggregates, a family-owned quarry operator
> north of Barrie. They are open to candidates from mining who want to move into planning.
> Would you like me to put your profile forward? No interview has been set up yet; I'd only
> present you with your permission.
>
> Rachel""") + "\n"),

    M("interview_invitation", "redgum_workday_assessment_centre", "en",
      company="Redgum Mining Contractors", contact="tayla.nguyen@redgum.example.com.au",
      frm=("Redgum Mining Contractors", "redgum@myworkday.com"),
      reply_to=("Tayla Nguyen", "tayla.nguyen@redgum.example.com.au"),
      subject="Invitation: Virtual Assessment Centre - Graduate Maintenance Planner (R-10382)",
      date="2026-02-16 02:30 +0000", id="rg_assess",
      cte="quoted-printable", alt="simple",
      text="""Dear Ignacio,

Congratulations - you have been shortlisted for the Graduate Maintenance Planner (R-10382) program and we invite you to our Virtual Assessment Centre.

Date: Wednesday 25 February 2026
Time: 8:30 am - 1:00 pm AWST
Format: Microsoft Teams (group exercise, planning case study, and a short interview)

Please confirm your attendance in your Candidate Home by Friday 20 February. Questions can go to Tayla Nguyen by replying to this email.

Kind regards,
Talent Acquisition
Redgum Mining Contractors
"""),

    M("interview_invitation", "swanriver_phone_screen", "en",
      company="Swan River Resources Recruitment", contact="shane.pereira@swanriverrec.example.com.au",
      frm=("Shane Pereira", "shane.pereira@swanriverrec.example.com.au"),
      subject="Re: Application - Fleet Maintenance Planner (Newman)",
      date="2026-04-20 15:30 +0800", id="sr_call", parent="sr_app", quote="gt",
      text="""Hi Ignacio,

Thanks for sending your CV through. Can I give you a bell on Wednesday morning, 7:30 am Perth time? That should be 7:30 pm Tuesday for you in Antofagasta. I'd like to run through your licences, the roster you're after and what you're expecting pay-wise before I talk to my client.

If that's no good, flick me a couple of times that suit.

Cheers,
Shane Pereira
Senior Consultant - Mining & Resources
Swan River Resources Recruitment
+61 8 9321 4470
"""),

    # ------------------------------------------------------------------ fr
    M("interview_invitation", "rhoneengins_assessment_session", "fr",
      company="Rhône Engins Services", contact="s.morel@rhoneengins.example.fr",
      frm=("Sandrine Morel", "s.morel@rhoneengins.example.fr"),
      subject="Invitation à une session d'évaluation – Planificateur maintenance",
      date="2026-05-28 14:22 +0200", id="re_assess", parent="re_ack",
      cte="quoted-printable", alt="simple",
      text="""Bonjour Ignacio,

Votre candidature au poste de Planificateur maintenance (H/F) a retenu toute notre attention et nous souhaitons vous inviter à une session d'évaluation à distance.

Date : vendredi 5 juin 2026
Horaire : 14h00 – 16h30 (heure de Paris), soit 8h00 – 10h30 au Chili
Déroulé : une étude de cas de planification (révisions de tombereaux et de chargeuses), puis un entretien avec Thomas Bernard, responsable d'atelier.
Outil : Microsoft Teams, le lien vous sera envoyé la veille.

Merci de me confirmer votre présence par retour de mail.

Bien cordialement,
Sandrine Morel
Chargée de recrutement
Rhône Engins Services
12 rue des Frères Lumière, 69960 Corbas
04 72 55 18 30
"""),

    M("interview_invitation", "interimconfluence_client_lyonlevage", "fr",
      company="Lyon Levage", contact="e.garnier@interimconfluence.example.fr",
      frm=("Élodie Garnier", "e.garnier@interimconfluence.example.fr"),
      subject="Entretien avec notre client Lyon Levage – mardi 3 mars",
      date="2026-02-24 16:45 +0100", id="ic_setup", parent="ic_reg",
      charset="windows-1252", cte="8bit",
      text="""Bonjour Monsieur Valderrama,

Suite à notre échange téléphonique, j’ai présenté votre profil à notre client Lyon Levage pour la mission de planificateur maintenance (grues mobiles et nacelles, 6 mois renouvelables).

Le responsable technique, M. Olivier Chauvin, souhaite vous rencontrer en visio le mardi 3 mars à 10h00, heure de Lyon (6h00 chez vous). Le lien Teams : https://teams.microsoft.com/l/meetup-join/19%3ameeting_lyonlevage0303

Pensez à préparer une présentation rapide de votre expérience sur le suivi des heures moteur et des entretiens préventifs.

Cordialement,

Élodie Garnier
Chargée d’affaires – Pôle Industrie & BTP
Intérim Confluence – Agence Lyon 2
Tél. : 04 78 92 41 06
"""),

    M("interview_invitation", "transalp_teams_ics", "fr",
      company="Transalp Logistique", contact="j.ferrand@transalp-logistique.example.fr",
      frm=TL_JF, subject="Entretien téléphonique – Planificateur maintenance flotte",
      date="2026-09-14 10:00 +0200", id="tl_call",
      alt="outlook", cte="quoted-printable",
      text="""Bonjour Ignacio,

Merci pour votre candidature au poste de Planificateur maintenance flotte (poids lourds et engins de manutention) sur notre plateforme de Saint-Priest.

Je vous propose un premier entretien sur Teams le jeudi 17 septembre à 16h00 (11h00 à Antofagasta), d'une durée de 30 minutes, avec Nadia Benali, responsable maintenance. Vous trouverez l'invitation jointe à ce message.

Bien à vous,

Julien Ferrand
Responsable recrutement
Transalp Logistique
ZI Mi-Plaine, 69800 Saint-Priest
04 37 25 60 10
""",
      ics={"method": "REQUEST", "uid": "tl-entretien-0917@transalp-logistique.example.fr",
           "seq": 0, "start": "2026-09-17 16:00 +0200", "end": "2026-09-17 16:30 +0200",
           "summary": "Entretien – Planificateur maintenance flotte",
           "location": "Réunion Microsoft Teams", "organizer": TL_JF,
           "attendees": [CAND, ("Nadia Benali", "n.benali@transalp-logistique.example.fr")],
           "cte": "quoted-printable"}),

    # ------------------------------------------------------------------ de
    M("interview_invitation", "rheinland_teams_ics", "de",
      company="Rheinland Baumaschinen", contact="k.hollmann@rheinbaumaschinen.example.de",
      frm=RB_KH, subject="Einladung zum Vorstellungsgespräch – Instandhaltungsplaner (m/w/d)",
      date="2026-04-22 11:00 +0200", id="rb_inv", parent="rb_ack",
      alt="outlook", cte="quoted-printable",
      text="""Sehr geehrter Herr Valderrama-Lindqvist,

vielen Dank für Ihre Bewerbung. Wir möchten Sie gerne näher kennenlernen und laden Sie zu einem Vorstellungsgespräch per Microsoft Teams ein.

Termin: Mittwoch, 29. April 2026, 15:00 Uhr (MESZ) – bei Ihnen 09:00 Uhr
Teilnehmer: Herr Jens Brückner (Leiter Service) und ich
Dauer: ca. 60 Minuten

Die Einladung mit dem Teams-Link finden Sie im Anhang. Bitte bestätigen Sie den Termin kurz.

Mit freundlichen Grüßen

Katrin Hollmann
Personalreferentin
Rheinland Baumaschinen GmbH
Heerdter Landstraße 245, 40549 Düsseldorf
Tel. +49 211 5380 7712
""",
      ics={"method": "REQUEST", "uid": "rb-vg-2026-0429@rheinbaumaschinen.example.de",
           "seq": 0, "start": "2026-04-29 15:00 +0200", "end": "2026-04-29 16:00 +0200",
           "summary": "Vorstellungsgespräch Instandhaltungsplaner – Valderrama-Lindqvist",
           "location": "Microsoft Teams-Besprechung", "organizer": RB_KH,
           "attendees": [CAND, ("Jens Brückner", "j.brueckner@rheinbaumaschinen.example.de")],
           "attach": True, "attach_name": "Einladung.ics"}),

    M("interview_invitation", "kiessand_phone_ask", "de",
      company="Kies & Sand Tagebau Kaarst", contact="s.kuerten@kiessand-kaarst.example.de",
      frm=("Sabine Kürten", "s.kuerten@kiessand-kaarst.example.de"),
      subject="Kurzes Telefonat zu Ihrer Bewerbung?",
      date="2026-06-29 10:30 +0200", id="ks_call",
      charset="iso-8859-1", cte="quoted-printable",
      text="""Hallo Herr Valderrama-Lindqvist,

danke für Ihre Bewerbung als Disponent Fuhrpark und Instandhaltung bei uns im Tagebau Kaarst.

Hätten Sie am Donnerstag, 2. Juli, um 16 Uhr (bei Ihnen 10 Uhr) Zeit für ein kurzes Telefonat von etwa 20 Minuten? Ich würde Sie unter der Handynummer aus Ihrem Lebenslauf anrufen. Es geht vor allem um Ihre Deutschkenntnisse, Ihren möglichen Starttermin und den Führerschein.

Viele Grüße aus Kaarst
Sabine Kürten
Personal & Verwaltung
Kies & Sand Tagebau Kaarst GmbH & Co. KG
Am Baggersee 4, 41564 Kaarst
Tel. 02131 66 48 20
"""),

    # ================================================================== interview_reschedule_or_cancel
    # ------------------------------------------------------------------ es
    M("interview_reschedule_or_cancel", "cerropardo_moved_seq1", "es",
      company="Minera Cerro Pardo", contact="vgodoy@cerropardo.example.cl",
      frm=CP_VG, subject="Actualizado: Entrevista panel - nuevo horario martes 1 de septiembre",
      date="2026-08-25 09:40 -0400", id="cp_move", parent="cp_inv", quote="gt",
      text=f"""Hola Ignacio:

Hernán tiene que subir a faena el jueves por una detención no programada de una pala, así que movimos la entrevista con panel al martes 1 de septiembre a las 15:00, en el mismo lugar. Te llega la actualización al calendario.

¿Me confirmas que te acomoda? Si no, buscamos otra opción esa misma semana.

Saludos,
{CP_SIG}
""",
      ics={"method": "REQUEST", "uid": "cp-panel-4471@cerropardo.example.cl", "seq": 1,
           "start": "2026-09-01 15:00 -0400", "end": "2026-09-01 16:15 -0400",
           "summary": "Entrevista panel - Planificador de Mantenimiento de Flota",
           "location": "Av. Grecia 2880, piso 3, Antofagasta", "organizer": CP_VG,
           "attendees": [CAND, ("Hernán Castillo", "hcastillo@cerropardo.example.cl"),
                         ("Daniela Ríos", "drios@cerropardo.example.cl")]}),

    M("interview_reschedule_or_cancel", "llanosalado_route_closed", "es",
      company="Minera Llano Salado", contact="r.alarcon@llanosalado.example.cl",
      frm=LS_RA, subject="Cambio de fecha: centro de evaluación se traslada al martes 2 de junio",
      date="2026-05-27 18:30 -0400", id="ls_move", parent="ls_assess",
      charset="iso-8859-1", cte="quoted-printable",
      text="""Estimado Ignacio:

Te escribo con poca anticipación, disculpa. Vialidad anunció un corte total de la Ruta 25 entre Sierra Gorda y Calama para mañana jueves por trabajos en el puente, y varios de los postulantes vienen desde Antofagasta igual que tú. Por eso trasladamos el centro de evaluación al martes 2 de junio, mismo horario (08:30 a 16:00) y mismo lugar.

Si la nueva fecha no te resulta, avísame y vemos una alternativa.

Un saludo cordial,
Rodrigo Alarcón Véliz
Business Partner de Selección
Minera Llano Salado
+56 55 245 8800
"""),

    M("interview_reschedule_or_cancel", "quispicanchi_interviewer_ill_cancel", "es",
      company="Minera Quispicanchi", contact="rhuaman@quispicanchi.example.pe",
      frm=QQ_RH, subject="Cancelado: Entrevista - Planificador de Mantenimiento de Flota",
      date="2026-02-09 08:10 -0500", id="qq_cancel", parent="qq_inv",
      charset="iso-8859-1", cte="quoted-printable", alt="outlook",
      text="""Estimado Ignacio:

Lamentamos informarle que la Ing. Carmen Salas se encuentra con descanso médico esta semana, por lo que debemos cancelar la entrevista programada para mañana martes 10 de febrero a las 09:00.

Su candidatura sigue vigente; en cuanto tengamos confirmada la disponibilidad de la gerencia le propondremos una nueva fecha.

Le pedimos disculpas por el inconveniente.

Atentamente,
Rosa Huamán Tello
Analista de Gestión Humana
Minera Quispicanchi S.A.A.
""",
      ics={"method": "CANCEL", "uid": "040000008200E00074C5B7101A82E0080000000090F3A1",
           "seq": 1, "start": "2026-02-10 09:00 -0500", "end": "2026-02-10 10:00 -0500",
           "summary": "Cancelado: Entrevista - Planificador de Mantenimiento de Flota",
           "location": "Reunión de Microsoft Teams", "organizer": QQ_RH,
           "attendees": [CAND, ("Carmen Salas", "csalas@quispicanchi.example.pe")]}),

    M("interview_reschedule_or_cancel", "talentominero_client_moves", "es",
      company="Servicios Mineros Quillagua", contact="francisca.rebolledo@talentominero.example.cl",
      frm=TM_FR, subject="Cambio de hora entrevista Quillagua",
      date="2026-01-26 17:45 -0300", id="tm_move", parent="tm_setup", quote="gt",
      text="""Ignacio, te aviso al tiro: Ramón Olivares tiene auditoría mañana en el contrato y me pidió correr tu entrevista al jueves 29 de enero a las 16:00, misma dirección.

¿Te sirve? Respóndeme apenas puedas para confirmarle.

Francisca
"""),

    M("interview_reschedule_or_cancel", "maqatacama_smartrecruiters_rescheduled", "es",
      company="Maquinarias Atacama", contact="",
      frm=("Maquinarias Atacama", "noreply@smartrecruiters.com"),
      subject="Tu entrevista ha sido reprogramada",
      date="2026-01-19 12:45 +0000", id="ma_resched", parent="ma_link",
      cte="quoted-printable",
      headers=[("Auto-Submitted", "auto-generated")],
      html=ats_card("Maquinarias Atacama", """
<p>Hola Ignacio,</p>
<p>Tu entrevista para <b>Planificador/a de Mantenimiento - Contratos de Servicio</b> ha sido
reprogramada por el equipo de selección.</p>
<table cellpadding="4" style="font-size:14px">
<tr><td style="color:#777">Antes</td><td><s>martes 20 de enero, 10:00 (hora de Chile)</s></td></tr>
<tr><td style="color:#777">Ahora</td><td><b>miércoles 21 de enero, 15:30 (hora de Chile)</b></td></tr>
<tr><td style="color:#777">Dónde</td><td>Microsoft Teams</td></tr>
</table>
<p>El archivo de calendario actualizado va adjunto.</p>
""", footer="Powered by SmartRecruiters", color="#333333"),
      ics={"method": "REQUEST", "uid": "sr-7d1f0c2a-maqatacama@smartrecruiters.com", "seq": 1,
           "start": "2026-01-21 15:30 -0300", "end": "2026-01-21 16:15 -0300",
           "summary": "Entrevista - Planificador/a de Mantenimiento (Maquinarias Atacama)",
           "location": "Microsoft Teams",
           "organizer": ("Maquinarias Atacama", "noreply@smartrecruiters.com"),
           "prodid": "-//SmartRecruiters//Interview Scheduler//EN"}),

    M("interview_reschedule_or_cancel", "ossandonvial_meeting_suspended", "es",
      company="Ossandón & Vial", contact="ivial@ossandonvial.example.cl",
      frm=("Isidora Vial Echeverría", "ivial@ossandonvial.example.cl"),
      subject="Re: Reunión - búsqueda Planificador de Mantenimiento (confidencial)",
      date="2026-09-08 18:02 -0300", id="ov_suspend", parent="ov_meet", quote="outlook",
      text="""Ignacio:

Te escribo para suspender nuestra reunión del viernes 11. El cliente nos pidió una pausa de un par de semanas porque está revisando el alcance del cargo con su nueva gerencia de mantenimiento.

Tu candidatura sigue en carpeta y no hay ninguna decisión tomada sobre ti; apenas tenga claridad te escribo para reagendar.

Cordialmente,
Isidora
"""),

    M("interview_reschedule_or_cancel", "montacargas_switch_to_video", "es",
      company="Montacargas del Pacífico", contact="spizarro@montacargaspacifico.example.cl",
      frm=("Soledad Pizarro", "spizarro@montacargaspacifico.example.cl"),
      subject="Re: Entrevista - cambiamos a videollamada",
      date="2026-01-26 15:10 -0300", id="mp_move", parent="mp_inv", quote="gt",
      text="""Hola Ignacio:

Pensándolo mejor, no tiene sentido que viajes desde Antofagasta para una primera conversación. Cambiamos la entrevista presencial del viernes 30 por una videollamada el viernes 6 de febrero a las 10:00; se suma Andrés Soto, jefe de taller.

Te mando el enlace de Meet el jueves.

Saludos,
Soledad
"""),

    M("interview_reschedule_or_cancel", "selecta_client_moves_rimac", "es",
      company="Maquinaria Pesada del Rímac", contact="mquispe@selectaperu.example.pe",
      frm=("Milagros Quispe Ccori", "mquispe@selectaperu.example.pe"),
      subject="Reprogramación - entrevista Maquinaria Pesada del Rímac",
      date="2026-08-12 18:40 -0500", id="sp_move", parent="sp_setup",
      text="""Estimado Ignacio:

El Ing. Paredes tendrá que viajar mañana a una operación en Arequipa, por lo que la entrevista del jueves 13 se traslada al jueves 20 de agosto a las 15:00 hora de Lima, con el mismo enlace de Zoom.

Le agradeceré confirmar la nueva fecha.

Saludos cordiales,
Milagros Quispe Ccori
Selecta Perú Talento S.A.C.
"""),

    # ------------------------------------------------------------------ en
    M("interview_reschedule_or_cancel", "northshield_greenhouse_updated", "en",
      company="Northshield Equipment", contact="megan.tran@northshield.example.ca",
      frm=("Megan Tran via Greenhouse", "no-reply@us.greenhouse-mail.io"),
      reply_to=NS_MT,
      subject="Updated interview: Fleet Maintenance Planner - Tuesday, March 24",
      date="2026-03-16 09:30 -0400", id="ns_resched", parent="ns_sched",
      cte="quoted-printable", alt="simple",
      text="""Hi Ignacio,

Curtis has been pulled into a customer site visit in Sudbury on Thursday, so we've moved your interview.

Previous time: Thursday, March 19, 10:30 AM EDT
New time: Tuesday, March 24, 10:30 AM EDT (11:30 AM in Antofagasta)
Video link: https://meet.google.com/nsh-kpqe-rty

An updated calendar invitation is attached. Sorry for the shuffle!

Megan Tran
Senior Recruiter, Northshield Equipment
""",
      ics={"method": "REQUEST", "uid": "greenhouse-interview-55120391@greenhouse.io", "seq": 2,
           "start": "2026-03-24 10:30 -0400", "end": "2026-03-24 11:15 -0400",
           "summary": "Interview: Ignacio Valderrama-Lindqvist for Fleet Maintenance Planner",
           "location": "https://meet.google.com/nsh-kpqe-rty", "organizer": NS_MT,
           "attendees": [CAND, ("Curtis Bell", "curtis.bell@northshield.example.ca")],
           "prodid": "-//Greenhouse//Interview Scheduler//EN"}),

    M("interview_reschedule_or_cancel", "goldfields_cancel_new_invite_follows", "en",
      company="Goldfields Haulage", contact="brett.kowalski@goldfieldshaulage.example.com.au",
      frm=GH_BK, subject="Canceled: Panel interview - Fleet Maintenance Planner (Kalgoorlie)",
      date="2026-06-15 08:05 +0800", id="gh_cancel", parent="gh_panel",
      alt="outlook", cte="quoted-printable",
      text="""Hi Ignacio,

Apologies - Sharon has been called out to our Leonora depot this week, so I'm cancelling Wednesday's panel. This isn't a change in our interest: I'll send a fresh invite for next week once I've lined up the diaries.

Regards,
Brett Kowalski
Workshop Planning Lead
Goldfields Haulage Pty Ltd
+61 8 9021 6640
""",
      ics={"method": "CANCEL", "uid": "040000008200E00074C5B7101A82E00800000000GH0617",
           "seq": 1, "start": "2026-06-17 09:00 +0800", "end": "2026-06-17 10:00 +0800",
           "summary": "Canceled: Panel interview - Fleet Maintenance Planner",
           "location": "Microsoft Teams Meeting", "organizer": GH_BK,
           "attendees": [CAND]}),

    M("interview_reschedule_or_cancel", "redgum_cyclone_postponed", "en",
      company="Redgum Mining Contractors", contact="tayla.nguyen@redgum.example.com.au",
      frm=("Tayla Nguyen", "tayla.nguyen@redgum.example.com.au"),
      subject="Assessment centre postponed to Tuesday 10 March",
      date="2026-02-24 11:10 +0800", id="rg_postpone", parent="rg_assess",
      text="""Hi Ignacio,

With the cyclone warning across the Pilbara, half of our assessors are stuck on site and can't get a flight out, so we're postponing tomorrow's virtual assessment centre.

The new date is Tuesday 10 March, same times (8:30 am - 1:00 pm AWST) and the same Teams link. Your place is held - no need to reconfirm unless the new date doesn't work.

Thanks for your patience,
Tayla Nguyen
Talent Acquisition Advisor
Redgum Mining Contractors
"""),

    M("interview_reschedule_or_cancel", "laurentian_sick_push", "en",
      company="Laurentian Fleet Services", contact="dale.whitford@laurentianfleet.example.ca",
      frm=("Dale Whitford", "dale.whitford@laurentianfleet.example.ca"),
      subject="Pushing our chat to Monday",
      date="2026-05-14 07:12 -0400", id="lf_sick", parent="lf_chat", quote="gt",
      text="""Morning Ignacio,

I'm home sick with a nasty bug and then out on site visits, so I need to push today's 3pm. Could we do Monday the 25th, same time, same Zoom? Sorry about the short notice.

Dale
"""),

    # ------------------------------------------------------------------ fr
    M("interview_reschedule_or_cancel", "rhoneengins_moved_on_request", "fr",
      company="Rhône Engins Services", contact="s.morel@rhoneengins.example.fr",
      frm=("Sandrine Morel", "s.morel@rhoneengins.example.fr"),
      subject="RE: Demande de report – session d'évaluation",
      date="2026-06-01 09:35 +0200", id="re_confirm", parent="re_req", quote="gt",
      text="""Bonjour Ignacio,

Aucun souci. Nous décalons votre session d'évaluation au vendredi 12 juin à 15h00 (heure de Paris), soit 9h00 au Chili. Le déroulé reste le même et le lien Teams vous parviendra la veille.

Bien cordialement,
Sandrine Morel
Rhône Engins Services
"""),

    M("interview_reschedule_or_cancel", "transalp_manager_ill_cancel", "fr",
      company="Transalp Logistique", contact="j.ferrand@transalp-logistique.example.fr",
      frm=TL_JF, subject="Annulé : Entretien – Planificateur maintenance flotte",
      date="2026-09-17 08:30 +0200", id="tl_cancel", parent="tl_call",
      alt="outlook", cte="quoted-printable",
      text="""Bonjour Ignacio,

Nadia Benali est en arrêt maladie depuis hier et je suis contraint d'annuler notre entretien de cet après-midi. Votre candidature reste bien entendu à l'étude : je reviens vers vous dès son retour pour fixer une nouvelle date.

Toutes mes excuses pour ce contretemps.

Julien Ferrand
Responsable recrutement
Transalp Logistique
""",
      ics={"method": "CANCEL", "uid": "tl-entretien-0917@transalp-logistique.example.fr",
           "seq": 1, "start": "2026-09-17 16:00 +0200", "end": "2026-09-17 16:30 +0200",
           "summary": "Annulé : Entretien – Planificateur maintenance flotte",
           "location": "Réunion Microsoft Teams", "organizer": TL_JF,
           "attendees": [CAND, ("Nadia Benali", "n.benali@transalp-logistique.example.fr")]}),

    # ------------------------------------------------------------------ de
    M("interview_reschedule_or_cancel", "rheinland_terminverschiebung_seq1", "de",
      company="Rheinland Baumaschinen", contact="k.hollmann@rheinbaumaschinen.example.de",
      frm=RB_KH, subject="Aktualisiert: Vorstellungsgespräch – neuer Termin am 5. Mai",
      date="2026-04-27 09:12 +0200", id="rb_move", parent="rb_inv",
      cte="quoted-printable",
      text="""Sehr geehrter Herr Valderrama-Lindqvist,

leider muss Herr Brückner am Mittwoch kurzfristig zu einem Kunden nach Antwerpen. Wir verschieben unser Gespräch daher auf Dienstag, 5. Mai 2026, 15:30 Uhr (bei Ihnen 09:30 Uhr). Der Teams-Link bleibt gleich; die aktualisierte Einladung finden Sie anbei.

Ich bitte um Ihr Verständnis.

Mit freundlichen Grüßen
Katrin Hollmann
Personalreferentin
Rheinland Baumaschinen GmbH
""",
      ics={"method": "REQUEST", "uid": "rb-vg-2026-0429@rheinbaumaschinen.example.de",
           "seq": 1, "start": "2026-05-05 15:30 +0200", "end": "2026-05-05 16:30 +0200",
           "summary": "Vorstellungsgespräch Instandhaltungsplaner – Valderrama-Lindqvist",
           "location": "Microsoft Teams-Besprechung", "organizer": RB_KH,
           "attendees": [CAND, ("Jens Brückner", "j.brueckner@rheinbaumaschinen.example.de")],
           "cte": "8bit"}),

    # ================================================================== missed_interview_notice
    # ------------------------------------------------------------------ es
    M("missed_interview_notice", "potasiocuyano_called_twice", "es",
      company="Potasio Cuyano", contact="lfernandez@potasiocuyano.example.com.ar",
      frm=("Lucía Fernández", "lfernandez@potasiocuyano.example.com.ar"),
      subject="No pudimos comunicarnos",
      date="2026-04-08 10:25 -0300", id="pc_missed", parent="pc_call",
      text="""Hola Ignacio,

Te llamamos dos veces a las 10:00, como habíamos quedado, y otra más a las 10:15, pero no atendiste y no pudimos dejar mensaje.

¿Está todo bien? Contame si te quedó cómodo otro día y lo reprogramamos.

Saludos,
Lucía Fernández
Talento y Cultura | Potasio Cuyano S.A.
"""),

    M("missed_interview_notice", "tandinos_no_answer", "es",
      company="Transportes Andinos del Norte", contact="cbustos@tandinos.example.cl",
      frm=("Claudia Bustos Herrera", "cbustos@tandinos.example.cl"),
      subject="Re: Entrevista telefónica - Planificador de Mantenimiento",
      date="2026-07-03 11:35 -0400", id="ta_missed", parent="ta_call", quote="outlook",
      charset="iso-8859-1", cte="8bit",
      text="""Estimado Ignacio:

Intentamos comunicarnos con usted hoy a las 11:00 en dos oportunidades, al número +56 9 8841 2270, sin obtener respuesta; el buzón de voz estaba lleno, por lo que no pudimos dejarle mensaje.

Le agradeceré indicarnos si sigue interesado en el proceso.

Atentamente,
Claudia Bustos Herrera
Jefa de Recursos Humanos
Transportes Andinos del Norte Ltda.
"""),

    M("missed_interview_notice", "desiertoazul_waited_meet", "es",
      company="Logística Desierto Azul", contact="pcortes@desiertoazul.example.cl",
      frm=("Paula Cortés", "pcortes@desiertoazul.example.cl"),
      subject="Te esperamos en Meet",
      date="2026-05-12 15:25 -0400", id="da_missed",
      text="""Hola Ignacio:

Te estuvimos esperando en Google Meet hoy a las 15:00 para la entrevista con el jefe de operaciones, pero no te conectaste. Lo dejamos abierto hasta las 15:20.

¿Pasó algo? Avísame, por favor.

Paula Cortés
Analista de Personas | Logística Desierto Azul
+56 9 4471 0925
"""),

    M("missed_interview_notice", "neumaticosloa_not_reached", "es",
      company="Neumáticos Loa", contact="rahumada@neumaticosloa.example.cl",
      frm=("Rocío Ahumada", "rahumada@neumaticosloa.example.cl"),
      subject="Entrevista de hoy 11:30",
      date="2026-08-26 12:05 -0400", id="loa_missed",
      cte="base64",
      text="""Hola Ignacio,

No pudimos contactarte en el horario agendado para tu entrevista telefónica (hoy a las 11:30). Te llamamos y también te escribimos por WhatsApp, sin respuesta.

Si aún te interesa el cargo, respóndeme con un par de horarios para esta semana.

Rocío Ahumada
Encargada de Selección
Neumáticos Loa
Av. O'Higgins 1780, Calama
"""),

    M("missed_interview_notice", "pamparoja_greenhouse_noshow", "es",
      company="Minera Pampa Roja", contact="csoto@pamparoja.example.cl",
      frm=("Camila Soto via Greenhouse", "no-reply@us.greenhouse-mail.io"),
      reply_to=("Camila Soto", "csoto@pamparoja.example.cl"),
      subject="Entrevista de hoy - Planificador de Mantenimiento Mina",
      date="2026-03-19 16:50 -0300", id="prgh_missed",
      cte="quoted-printable", alt="simple",
      text="""Hola Ignacio:

Hoy a las 16:00 teníamos agendada tu videollamada para el cargo de Planificador de Mantenimiento Mina, pero nadie se conectó de tu lado. Esperamos 15 minutos junto al jefe de planificación.

Entendemos que pueden pasar imprevistos. Si quieres continuar en el proceso, respóndeme a este correo durante la semana.

Saludos,
Camila Soto
Reclutadora | Minera Pampa Roja
"""),

    M("missed_interview_notice", "altoalgarrobo_no_show_gate", "es",
      company="Minera Altoalgarrobo", contact="jcontreras@altoalgarrobo.example.cl",
      frm=("Javiera Contreras", "jcontreras@altoalgarrobo.example.cl"),
      subject="Entrevista en faena - hoy 9:00",
      date="2026-10-05 09:50 -0300", id="aa_missed",
      text="""Ignacio, buenos días:

Hoy a las 9:00 te esperábamos en la portería de la faena para la entrevista con el superintendente de mantenimiento y no llegaste. Él esperó cerca de 40 minutos y ya tuvo que volver al área.

Llámame cuando puedas para saber qué pasó.

Javiera Contreras
Analista de Reclutamiento | Minera Altoalgarrobo
+56 55 264 1032
"""),

    # ------------------------------------------------------------------ en
    M("missed_interview_notice", "pilbara_tried_calling", "en",
      company="Pilbara Iron Services", contact="kirsty.doyle@pilbarairon.example.com.au",
      frm=("Kirsty Doyle", "kirsty.doyle@pilbarairon.example.com.au"),
      subject="Re: Quick call re Maintenance Planner - Mobile Fleet",
      date="2026-02-11 10:41 +0800", id="pi_missed", parent="pi_call", quote="gt",
      text="""Hi Ignacio,

I tried calling you twice at 10:00 and again at 10:15 but it went straight to voicemail. Just checking you're OK.

Kirsty
"""),

    M("missed_interview_notice", "creditvalley_waited_teams", "en",
      company="Credit Valley Equipment Rentals", contact="priya.raman@creditvalley.example.ca",
      frm=("Priya Raman", "priya.raman@creditvalley.example.ca"),
      subject="Missed you on Teams today",
      date="2026-06-25 14:20 -0400", id="cv_missed",
      alt="simple", cte="quoted-printable",
      text="""Hi Ignacio,

We waited on Teams for about 15 minutes for your 1:30 pm interview with our service manager, but you didn't join. I also sent a note in the meeting chat.

If something came up, reply and let me know. We can look at another slot next week, subject to the manager's calendar.

Priya Raman
People & Culture Coordinator
Credit Valley Equipment Rentals
Mississauga, ON
"""),

    # ------------------------------------------------------------------ fr
    M("missed_interview_notice", "interimconfluence_client_waited", "fr",
      company="Lyon Levage", contact="e.garnier@interimconfluence.example.fr",
      frm=("Élodie Garnier", "e.garnier@interimconfluence.example.fr"),
      subject="Entretien Lyon Levage de ce matin",
      date="2026-03-03 10:40 +0100", id="ic_missed", parent="ic_setup",
      charset="windows-1252", cte="quoted-printable",
      text="""Bonjour Monsieur Valderrama,

M. Chauvin, de Lyon Levage, vous a attendu sur Teams ce matin à 10h00 pendant un quart d’heure, sans que vous ne vous connectiez. J’ai essayé de vous joindre par téléphone, sans succès.

Pouvez-vous me rappeler rapidement pour que je puisse lui expliquer la situation ?

Cordialement,
Élodie Garnier
Intérim Confluence – Agence Lyon 2
04 78 92 41 06
"""),

    # ------------------------------------------------------------------ de
    M("missed_interview_notice", "kiessand_angerufen", "de",
      company="Kies & Sand Tagebau Kaarst", contact="s.kuerten@kiessand-kaarst.example.de",
      frm=("Sabine Kürten", "s.kuerten@kiessand-kaarst.example.de"),
      subject="Unser Telefontermin heute",
      date="2026-07-02 16:35 +0200", id="ks_missed", parent="ks_call", quote="gt",
      charset="iso-8859-1", cte="quoted-printable",
      text="""Hallo Herr Valderrama-Lindqvist,

wir hatten heute um 16 Uhr telefonieren wollen. Ich habe Sie zweimal angerufen, Sie aber leider nicht erreicht, und eine Mailbox war nicht eingerichtet.

Melden Sie sich gern, wenn Sie weiterhin Interesse haben.

Viele Grüße
Sabine Kürten
Kies & Sand Tagebau Kaarst
"""),
]
