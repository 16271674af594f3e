"""Interview invitations (26), reschedules and cancellations (15), missed-interview notices (10).

Written one by one. Labels: kind, company, contact, lang.
"""

from __future__ import annotations

MESSAGES: list[dict] = []
add = MESSAGES.append

ENG_UID = "040000008200E00074C5B7101A82E00800000000B0E4C1D2A4C7DC01000000000000000010000000E2F1A3C4"
SSP_UID = "ssp-int-20260611-rvm-7731@superiorshield.example.ca"

# ================================================================ interview_invitation (26)
# ---------------------------------------------------------------- Spanish (14)

add({
    "slug": "teams_call_recruiter", "kind": "interview_invitation", "company": "Cobre Pampa Blanca",
    "contact": "jmunoz@pampablanca.example.cl", "lang": "es",
    "sender": ("Javiera Muñoz Tapia", "jmunoz@pampablanca.example.cl"),
    "subject": "Entrevista - Ingeniero(a) de Planificación y Confiabilidad",
    "date": "2026-02-03 12:18 -0300", "structure": "plain", "charset": "utf-8", "cte": "qp",
    "mid": "<CAKf3Vd0pb-Mq2@mail.pampablanca.example.cl>",
    "text": """Hola Rodrigo, ¿cómo estás?

Te escribo de Cobre Pampa Blanca. Revisamos tu postulación al cargo de Ingeniero(a) de Planificación y Confiabilidad y nos gustaría conocerte.

Te propongo una entrevista por Teams el jueves 12 de febrero a las 10:00 hrs, de unos 45 minutos, con Andrés Pizarro (jefe de Confiabilidad) y conmigo. Si ese horario no te acomoda, dime qué alternativas tienes durante esa semana.

Apenas me confirmes te mando la invitación con el link.

Saludos,
Javiera Muñoz Tapia
Analista de Atracción de Talento
Cobre Pampa Blanca SpA
""",
})

add({
    "slug": "workday_ics_request", "kind": "interview_invitation", "company": "Eléctrica del Norte Grande", "contact": "", "lang": "es",
    "sender": ("Eléctrica del Norte Grande", "eng@myworkday.com"),
    "subject": "Invitación a entrevista: Planificador Senior de Activos",
    "date": "2026-04-08 10:30 -0400", "structure": "alt", "charset": "utf-8", "cte": "qp",
    "mid": "<1775658600112.7.JavaMail.wdprod@myworkday.com>",
    "text": """Hola Rodrigo,

¡Felicitaciones! Has sido seleccionado para una entrevista para el cargo Planificador Senior de Activos (R-2026-118), Gerencia de Transmisión, Antofagasta.

Fecha: miércoles 15 de abril de 2026
Hora: 09:00 a 10:00 (hora de Chile continental)
Modalidad: Microsoft Teams (el enlace está en la invitación adjunta)
Entrevistador: Ignacio Bravo, Jefe de Gestión de Activos

Por favor acepta la invitación de calendario para confirmar tu asistencia.

Saludos,
Equipo de Selección
Eléctrica del Norte Grande S.A.

Este correo se envió desde una dirección que no recibe respuestas.
""",
    "html": """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#20303c">
<table width="600" cellpadding="0" cellspacing="0" align="center" style="border:1px solid #d9e2ea">
<tr><td style="background:#004b87;padding:16px 24px"><img src="https://eng.example.cl/marca/eng_blanco.png" alt="Eléctrica del Norte Grande" height="34"></td></tr>
<tr><td style="padding:24px">
<p>Hola Rodrigo,</p>
<p>¡Felicitaciones! Has sido seleccionado para una entrevista para el cargo <b>Planificador Senior de Activos (R-2026-118)</b>, Gerencia de Transmisión, Antofagasta.</p>
<table cellpadding="6" cellspacing="0" style="background:#f2f6f9;font-size:13px;width:100%">
<tr><td width="130"><b>Fecha</b></td><td>miércoles 15 de abril de 2026</td></tr>
<tr><td><b>Hora</b></td><td>09:00 a 10:00 (hora de Chile continental)</td></tr>
<tr><td><b>Modalidad</b></td><td>Microsoft Teams</td></tr>
<tr><td><b>Entrevistador</b></td><td>Ignacio Bravo, Jefe de Gestión de Activos</td></tr>
</table>
<p>Por favor acepta la invitación de calendario para confirmar tu asistencia.</p>
<p>Saludos,<br>Equipo de Selección<br>Eléctrica del Norte Grande S.A.</p>
</td></tr>
<tr><td style="padding:10px 24px;font-size:11px;color:#7a8894">Este correo se envió desde una dirección que no recibe respuestas.</td></tr>
</table></body></html>""",
    "ics": f"""BEGIN:VCALENDAR
PRODID:-//Workday//Interview Scheduling//ES
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:{ENG_UID}
DTSTAMP:20260408T143000Z
DTSTART:20260415T130000Z
DTEND:20260415T140000Z
SUMMARY:Entrevista - Planificador Senior de Activos (R-2026-118)
LOCATION:Microsoft Teams
ORGANIZER;CN=Ignacio Bravo:mailto:ibravo@eng.example.cl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Rodrigo Valdés-Moreau:mailto:rodrigo.vm@example.cl
SEQUENCE:0
STATUS:CONFIRMED
DESCRIPTION:Unirse a la reunión: https://teams.example.com/l/meetup-join/19%3ameeting_ENG118
END:VEVENT
END:VCALENDAR""",
})

add({
    "slug": "oficina_san_isidro_usted", "kind": "interview_invitation", "company": "Pérez-Lagos & Asociados",
    "contact": "aperezlagos@perezlagos.example.pe", "lang": "es",
    "sender": ("Alfredo Pérez-Lagos", "aperezlagos@perezlagos.example.pe"),
    "cc": [("Rocío Salas", "rsalas@perezlagos.example.pe")],
    "subject": "Reunión - Especialista en Gestión de Activos",
    "date": "2026-02-20 17:05 -0500", "structure": "plain", "charset": "iso-8859-1", "cte": "qp", "hcharset": "iso-8859-1",
    "mid": "<002101dca2b4$7f1e3c80$7d5ab580$@perezlagos.example.pe>",
    "text": """Estimado Ing. Valdés-Moreau:

He revisado su hoja de vida con mucho interés. En Pérez-Lagos & Asociados estamos ampliando nuestra práctica de gestión de activos para clientes mineros de la sierra central y su experiencia en planificación nos resulta muy pertinente.

¿Podría acercarse a nuestras oficinas en San Isidro el martes 3 de marzo a las 9:30 a.m. para una entrevista? Estimamos una hora y media, incluyendo una breve conversación con nuestro gerente técnico, el Ing. Marco Villanueva.

Mi asistente, la Srta. Rocío Salas (en copia), puede coordinar cualquier cambio de horario.

Atentamente,

Ing. Alfredo Pérez-Lagos
Socio Principal
Pérez-Lagos & Asociados
Calle Las Begonias 415, piso 9, San Isidro - Lima 27
Telf. (01) 555-4020
""",
})

add({
    "slug": "consultora_entrevista_competencias", "kind": "interview_invitation", "company": "Talento Minero Consultores",
    "contact": "fvergara@talentominero.example.cl", "lang": "es",
    "sender": ("Francisca Vergara - Talento Minero", "fvergara@talentominero.example.cl"),
    "subject": "Entrevista por competencias - proceso confidencial",
    "date": "2026-05-14 09:48 -0400", "structure": "alt", "charset": "utf-8", "cte": "qp",
    "text": """Hola Rodrigo!

Te escribo por un proceso nuevo que estamos llevando: Jefe de Confiabilidad para una importante compañía minera de la Región de Antofagasta (por ahora no puedo decirte el nombre, el proceso es confidencial).

Tu perfil calza muy bien y me gustaría hacerte la entrevista por competencias la próxima semana. Tengo disponible:

- martes 19 de mayo, 11:00
- miércoles 20 de mayo, 16:30
- viernes 22 de mayo, 9:00

Dura aprox. 1 hora y es por Zoom. Respóndeme con la que te acomode y te mando el link.

Saludos!
Francisca Vergara
Consultora Senior | Talento Minero Consultores
""",
    "html": """<div dir="ltr" style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hola Rodrigo!</p>
<p>Te escribo por un proceso nuevo que estamos llevando: <b>Jefe de Confiabilidad</b> para una importante compañía minera de la Región de Antofagasta (por ahora no puedo decirte el nombre, el proceso es confidencial).</p>
<p>Tu perfil calza muy bien y me gustaría hacerte la entrevista por competencias la próxima semana. Tengo disponible:</p>
<ul><li>martes 19 de mayo, 11:00</li><li>miércoles 20 de mayo, 16:30</li><li>viernes 22 de mayo, 9:00</li></ul>
<p>Dura aprox. 1 hora y es por Zoom. Respóndeme con la que te acomode y te mando el link.</p>
<p>Saludos!<br>Francisca Vergara<br><span style="color:#8a6d3b">Consultora Senior | Talento Minero Consultores</span><br>
<a href="https://www.linkedin.example.com/company/talento-minero">LinkedIn</a> · <a href="https://talentominero.example.cl">talentominero.example.cl</a></p>
</div>""",
})

add({
    "slug": "agencia_madrid_cliente", "kind": "interview_invitation", "company": "Almadén Equipos Industriales",
    "contact": "lucia.benitez@selectia.example.es", "lang": "es",
    "sender": ("Lucía Benítez | Selectia", "lucia.benitez@selectia.example.es"),
    "subject": "Entrevista con Almadén Equipos Industriales",
    "date": "2026-06-02 11:20 +0200", "structure": "plain", "charset": "windows-1252", "cte": "8bit", "hcharset": "windows-1252",
    "mid": "<AM9PR02MB7215B1C4@AM9PR02MB7215.eurprd02.prod.outlook.com>",
    "text": """Hola Rodrigo:

¡Buenas noticias! Nuestro cliente Almadén Equipos Industriales ha revisado tu perfil para el puesto de Responsable de Fiabilidad de Flota (servicio postventa de equipos de minería) y quiere conocerte.

La entrevista sería con Jorge Castaño, director de Servicio, el martes 9 de junio a las 16:00 hora de Madrid (10:00 en Chile), por videollamada. Es una primera toma de contacto, unos 45 minutos. Si te viene bien, contéstame y os mando la convocatoria.

Vale la pena que repases su gama de cargadoras de bajo perfil, les va a gustar que la conozcas.

Un abrazo,

Lucía Benítez
Consultora – Ingeniería e Industria
Selectia RRHH · Calle de Serrano 88 · 28006 Madrid
""",
})

add({
    "slug": "vos_meet_mendoza", "kind": "interview_invitation", "company": "Potasio Malargüe",
    "contact": "mgiordano@potasiomalargue.example.ar", "lang": "es",
    "sender": ("Martín Giordano", "mgiordano@potasiomalargue.example.ar"),
    "subject": "Charla por el puesto de planificación",
    "date": "2026-03-16 18:40 -0300", "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "mid": "<CAH2kQ9vX1@mail.potasiomalargue.example.ar>",
    "text": """Hola Rodrigo, ¿qué tal?

Soy Martín Giordano, jefe de mantenimiento en Potasio Malargüe. Vi tu CV para el puesto de Planificador de Mantenimiento de planta y me interesa que charlemos.

¿Te queda bien el miércoles 18 a las 11 (hora Argentina) por Meet? Sería una entrevista tranqui de media hora, para conocernos y contarte cómo trabajamos acá en el sur de Mendoza.

Avisame y te paso el link.

Abrazo,
Martín

Martín Giordano
Jefe de Mantenimiento Planta
Potasio Malargüe S.A.
""",
})

add({
    "slug": "smartrecruiters_self_schedule", "kind": "interview_invitation", "company": "Andimaq", "contact": "", "lang": "es",
    "sender": ("Andimaq Talento", "noreply@smartrecruiters.com"),
    "subject": "Agenda tu entrevista con Andimaq",
    "date": "2026-05-05 09:02 -0400", "structure": "html", "charset": "utf-8", "cte": "qp",
    "mid": "<sr.68a1f0e2.5c34@smartrecruiters.com>",
    "html": """<html><body style="margin:0;background:#f0f0f0">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:28px 8px">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#2d2d2d">
<tr><td style="padding:20px 30px;background:#1b1b1b"><img src="https://c.smartrecruiters.com/sr-company-logo-prod/andimaq.png" alt="Andimaq" height="36"></td></tr>
<tr><td style="padding:26px 30px">
<p>Hola Rodrigo,</p>
<p>Gracias por postular a <b>Ingeniero de Soporte de Confiabilidad - Equipos de Carguío</b>. Queremos conocerte en una entrevista por video con el equipo de Servicio al Producto.</p>
<p>Elige el horario que más te acomode (disponible hasta el 11 de mayo):</p>
<p style="text-align:center;margin:24px 0"><a href="https://click.smartrecruiters.com/ls/click?upn=aHR0cHM6Ly9zY2hlZHVsZS5hbmRpbWFx&amp;c=rvm" style="background:#f2a900;color:#1b1b1b;padding:12px 26px;text-decoration:none;font-weight:bold;border-radius:3px">Agendar entrevista</a></p>
<p>La entrevista dura 45 minutos y se realiza por Microsoft Teams.</p>
<p>Saludos,<br>Equipo de Talento Andimaq</p>
</td></tr>
<tr><td style="padding:14px 30px;font-size:11px;color:#8c8c8c;background:#fafafa">Andimaq es una marca de Equipos y Maquinarias Andinas S.A. · Av. Pedro Aguirre Cerda 10600, Antofagasta.<br>Enviado por SmartRecruiters. <a href="https://jobs.smartrecruiters.com/unsubscribe?c=andimaq&amp;t=r1" style="color:#8c8c8c">Cancelar suscripción</a></td></tr>
</table></td></tr></table>
<img src="https://trk.smartrecruiters.com/open?m=68a1f0e2" width="1" height="1" alt="">
</body></html>""",
})

add({
    "slug": "startup_cto_calendly", "kind": "interview_invitation", "company": "Ojo de Halcón Tecnologías",
    "contact": "nico@ojodehalcon.example.cl", "lang": "es",
    "sender": ("Nicolás Araya", "nico@ojodehalcon.example.cl"),
    "subject": "?",
    "date": "2026-06-15 22:07 -0400", "structure": "plain", "charset": "utf-8", "cte": "base64",
    "mid": "<CAJw+ojo9fT2@mail.ojodehalcon.example.cl>",
    "text": """Rodrigo! Nico de Ojo de Halcón acá (drones para inspección de correas y chancadores).

Leí tu postulación al cargo de Líder de Operaciones en Terreno y me gustó harto. ¿Te tinca una entrevista técnica de 1 hora esta semana? Te pediría preparar 10 minutos sobre cómo armarías un plan de inspección con drones para una planta concentradora (nada muy elaborado, unas láminas y listo).

Elige hora acá: https://calendly.example.com/nico-ojodehalcon/entrevista-60

Vamos!
Nico

Nicolás Araya — CTO & cofundador
Ojo de Halcón Tecnologías
""",
})

add({
    "slug": "universidad_comision", "kind": "interview_invitation", "company": "Universidad del Litoral Norte",
    "contact": "personas@ulnorte.example.cl", "lang": "es",
    "sender": ("Dirección de Personas ULN", "personas@ulnorte.example.cl"),
    "subject": "Citación a entrevista personal - Concurso Académico Ingeniería de Mantenimiento",
    "date": "2026-07-01 12:00 -0400", "structure": "html", "charset": "iso-8859-1", "cte": "qp", "hcharset": "iso-8859-1",
    "mid": "<20260701160012.4471@ulnorte.example.cl>",
    "html": """<html><body style="font-family:Georgia,serif;font-size:14px">
<table width="620" cellpadding="8" cellspacing="0" border="0">
<tr><td><img src="https://ulnorte.example.cl/identidad/escudo_uln.png" alt="Universidad del Litoral Norte" width="90"></td>
<td style="font-size:12px;color:#555">UNIVERSIDAD DEL LITORAL NORTE<br>Dirección de Personas</td></tr>
<tr><td colspan="2">
<p>Estimado Sr. Valdés-Moreau:</p>
<p>En relación con el Concurso Académico para proveer un cargo de Profesor Asistente, jornada completa, en el Departamento de Ingeniería de Mantenimiento, me permito comunicarle que su postulación ha sido preseleccionada y se le cita a <b>entrevista personal ante la Comisión de Concurso</b>:</p>
<p>Fecha: martes 14 de julio de 2026<br>Hora: 15:00 horas<br>Lugar: Sala de Consejo, Edificio de Ingeniería, Av. Angamos 0610, Antofagasta</p>
<p>Durante la entrevista deberá realizar una clase expositiva de 20 minutos sobre un tema de su elección relacionado con gestión de activos físicos.</p>
<p>Le solicitamos confirmar su asistencia respondiendo a este correo.</p>
<p>Saluda atentamente,</p>
<p>Carmen Gloria Rojas Díaz<br>Jefa de Reclutamiento y Selección<br>Dirección de Personas<br>Universidad del Litoral Norte</p>
</td></tr></table></body></html>""",
})

add({
    "slug": "taleo_replyto_arequipa", "kind": "interview_invitation", "company": "Cal y Cementos del Sur",
    "contact": "rquispe@calsur.example.pe", "lang": "es",
    "sender": ("Cal y Cementos del Sur", "calsur@taleo.net"),
    "reply_to": ("Rosa Quispe", "rquispe@calsur.example.pe"),
    "subject": "Convocatoria a entrevista - Supervisor de Planeamiento de Mantenimiento",
    "date": "2026-03-23 15:11 -0500", "structure": "alt", "charset": "utf-8", "cte": "qp",
    "mid": "<taleo.calsur.1774296660.88@taleo.net>",
    "text": """Estimado Rodrigo Valdés-Moreau:

Su perfil ha sido seleccionado para continuar en el proceso de selección para el puesto de Supervisor de Planeamiento de Mantenimiento, planta Yura, Arequipa.

Lo invitamos a una entrevista telefónica con la Jefatura de Mantenimiento el jueves 26 de marzo a las 15:00 horas (hora de Perú). Lo llamaremos al número de celular registrado en su postulación.

Agradeceremos confirmar su disponibilidad respondiendo a este correo.

Atentamente,
Rosa Quispe Mamani
Selección de Personal
Cal y Cementos del Sur S.A.
""",
    "html": """<html><body style="font-family:Arial,sans-serif;font-size:13px">
<table width="600" cellpadding="0" cellspacing="0"><tr><td style="border-bottom:3px solid #7a7a7a;padding:8px 0"><img src="https://calsur.taleo.net/careersection/theme/calsur_logo.jpg" alt="Cal y Cementos del Sur"></td></tr>
<tr><td style="padding:14px 0">
<p>Estimado Rodrigo Valdés-Moreau:</p>
<p>Su perfil ha sido seleccionado para continuar en el proceso de selección para el puesto de <b>Supervisor de Planeamiento de Mantenimiento</b>, planta Yura, Arequipa.</p>
<p>Lo invitamos a una <b>entrevista telefónica</b> con la Jefatura de Mantenimiento el <b>jueves 26 de marzo a las 15:00 horas</b> (hora de Perú). Lo llamaremos al número de celular registrado en su postulación.</p>
<p>Agradeceremos confirmar su disponibilidad respondiendo a este correo.</p>
<p>Atentamente,<br>Rosa Quispe Mamani<br>Selección de Personal<br>Cal y Cementos del Sur S.A.</p>
</td></tr></table></body></html>""",
})

add({
    "slug": "gmail_chain_quoted_rejection", "kind": "interview_invitation", "company": "IMA",
    "contact": "vcontreras@ima-atacama.example.cl", "lang": "es",
    "sender": ("Verónica Contreras", "vcontreras@ima-atacama.example.cl"),
    "subject": "Re: Consulta por cargo de planificador",
    "date": "2026-01-28 10:14 -0300", "structure": "plain", "charset": "utf-8", "cte": "qp",
    "mid": "<CAN4z2Yt0h=ima@mail.ima-atacama.example.cl>",
    "in_reply_to": "<CAF7r1qW9o@mail.example.cl>",
    "text": """Hola Rodrigo,

Sí, el cargo de planificador para el contrato de mantención de correas sigue abierto; el correo que te llegó era de la otra vacante (la de supervisor eléctrico), se cruzaron los procesos en el sistema, disculpa.

¿Puedes venir el lunes 9 de febrero a las 15:00 a nuestra oficina en el barrio industrial La Negra? Conversarías con el administrador de contrato y conmigo. Trae tu cédula, porque para entrar al recinto piden registro.

Saludos
Verónica Contreras
Encargada de RR.HH.
IMA S.A.

El mar, 27 ene 2026 a las 21:05, Rodrigo Valdés-Moreau (<rodrigo.vm@example.cl>) escribió:
> Hola Verónica, me llegó hoy un correo de ustedes diciendo que lamentablemente no continuaba en el proceso, pero no sé si corresponde al cargo de planificador o a otro. ¿Me podrías confirmar?
> Gracias, Rodrigo
""",
})

add({
    "slug": "headhunter_meet_client", "kind": "interview_invitation", "company": "Aguas del Desierto",
    "contact": "rmontt@montthunt.example.cl", "lang": "es",
    "sender": ("Rafael Montt", "rmontt@montthunt.example.cl"),
    "subject": "Entrevista con la Gerenta de Activos de Aguas del Desierto",
    "date": "2026-08-04 13:37 -0400", "structure": "alt", "charset": "windows-1252", "cte": "qp", "hcharset": "windows-1252",
    "mid": "<SCXP152MB5290A1F0@SCXP152MB5290.LAMP152.PROD.OUTLOOK.COM>",
    "text": """Rodrigo, ¿cómo estás?

Tal como lo conversamos, presenté tu candidatura a Aguas del Desierto S.A. para la posición de Jefe de Gestión de Activos (plantas desaladoras y acueductos a faenas).

Te cuento que la gerenta de Activos, Soledad Vial, quiere entrevistarte personalmente. Propone el jueves 13 de agosto a las 9:00 en sus oficinas de Av. Grecia, Antofagasta. Es la entrevista técnica; luego vendría una evaluación psicolaboral.

Confírmame por favor y te envío un par de tips sobre lo que están buscando.

Un abrazo,
Rafael Montt
Socio | Montt Executive Search
+56 9 5555 0921
""",
    "html": """<html><body><div style="font-family:Aptos,Calibri,sans-serif;font-size:11pt;color:#000">
<p>Rodrigo, ¿cómo estás?</p>
<p>Tal como lo conversamos, presenté tu candidatura a <b>Aguas del Desierto S.A.</b> para la posición de Jefe de Gestión de Activos (plantas desaladoras y acueductos a faenas).</p>
<p>Te cuento que la gerenta de Activos, Soledad Vial, quiere entrevistarte personalmente. Propone el <b>jueves 13 de agosto a las 9:00</b> en sus oficinas de Av. Grecia, Antofagasta. Es la entrevista técnica; luego vendría una evaluación psicolaboral.</p>
<p>Confírmame por favor y te envío un par de tips sobre lo que están buscando.</p>
<p>Un abrazo,</p>
<table cellpadding="0" cellspacing="0" style="font-size:9pt;color:#444"><tr><td style="border-right:2px solid #a0845c;padding-right:10px"><b>Rafael Montt</b><br>Socio</td><td style="padding-left:10px">Montt Executive Search<br>+56 9 5555 0921</td></tr></table>
</div></body></html>""",
})

add({
    "slug": "madrid_hm_short", "kind": "interview_invitation", "company": "Ibérica de Fiabilidad Industrial",
    "contact": "ebarrios@ibfi.example.es", "lang": "es",
    "sender": ("Elena Barrios", "ebarrios@ibfi.example.es"),
    "subject": "Entrevista",
    "date": "2026-09-01 10:03 +0200", "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "mid": "<6f1e3a2b-0c1d-4e7a-9b1c-2d3e4f5a6b7c@ibfi.example.es>",
    "text": """Hola Rodrigo,

Soy Elena, responsable del área de Gestión de Activos en Ibérica de Fiabilidad Industrial. Hemos visto tu candidatura para Consultor/a Senior de Fiabilidad y nos encantaría hablar contigo.

¿Te vendría bien el jueves 3 a las 17:00 hora de Madrid (serían las 11:00 en Antofagasta, si no me equivoco)? Lo haríamos por Teams, una hora como mucho.

Un saludo,
Elena

Elena Barrios | Directora de Gestión de Activos | Ibérica de Fiabilidad Industrial
""",
})

add({
    "slug": "family_business_sabado", "kind": "interview_invitation", "company": "Transportes Figueroa e hijos",
    "contact": "figueroa.transportes@figueroaehijos.example.cl", "lang": "es",
    "sender": ("Transportes Figueroa", "figueroa.transportes@figueroaehijos.example.cl"),
    "subject": "Jefe de mantencion flota",
    "date": "2026-09-29 19:22 -0300", "structure": "plain", "charset": "iso-8859-1", "cte": "8bit", "hcharset": "iso-8859-1",
    "mid": "<000801dd5021$0a1b2c30$1e2f3a40$@figueroaehijos.example.cl>",
    "text": """Estimado Rodrigo

Recibimos su curriculum por el aviso del diario para Jefe de Mantención de la flota (tenemos 38 tractos y 60 ramplas que trabajan para las mineras).

Lo invito a conversar el sábado 3 de octubre a las 10:00 en nuestra oficina en el sector La Negra, sitio 14. Vamos a estar mi hijo Felipe, que ve la parte de operaciones, y yo.

Por favor confirme por este medio o al fono 55 255 3310.

Atte.
José Figueroa Carvajal
Gerente General
Transportes Figueroa e hijos Ltda.
""",
})

# ---------------------------------------------------------------- English (6)

add({
    "slug": "agency_caps_exclamation", "kind": "interview_invitation", "company": "Murchison Lithium",
    "contact": "brooke@outbacktalent.example.com.au", "lang": "en",
    "sender": ("Brooke Tanner", "brooke@outbacktalent.example.com.au"),
    "subject": "GREAT NEWS - Murchison Lithium want to meet you!!",
    "date": "2026-07-14 11:52 +0800", "structure": "html", "charset": "utf-8", "cte": "qp",
    "mid": "<CAOT8talent-Bk21@mail.outbacktalent.example.com.au>",
    "html": """<div style="font-family:Arial,sans-serif;font-size:14px">
<p>Hi Rodrigo!!</p>
<p><b>GREAT NEWS</b> &ndash; Murchison Lithium loved your CV for the <b>Reliability Engineer (FIFO 2:1, Mt Magnet)</b> role and they want to interview you!!</p>
<p>Details:<br>
&#9658; <b>When:</b> Tuesday 21 July, 8:00am AWST (that's 8:00pm Monday your time, I checked!)<br>
&#9658; <b>Who:</b> Greg Lowe (Maintenance Manager) + Aisha Karim (Senior Reliability Engineer)<br>
&#9658; <b>How:</b> Teams, link to follow</p>
<p>They'll want to hear about your Weibull work and the crusher availability project, so have those examples ready. Give me a call before if you want to run through anything!</p>
<p>So excited for you!!!</p>
<p>Cheers,<br>Brooke</p>
<table style="font-size:12px;color:#555"><tr><td><img src="https://outbacktalent.example.com.au/sig/otc-logo.png" alt="Outback Talent Co" width="80"></td><td style="padding-left:8px">Brooke Tanner | Senior Consultant - Mining &amp; Resources<br>M 0412 555 087 | <a href="https://outbacktalent.example.com.au">outbacktalent.example.com.au</a></td></tr></table>
</div>""",
})

add({
    "slug": "ashby_scheduling_link", "kind": "interview_invitation", "company": "Ironbark Drilling Services", "contact": "", "lang": "en",
    "sender": ("Ironbark Drilling Talent Team", "no-reply@ashbyhq.com"),
    "subject": "Ironbark Drilling Services: let's schedule your interview",
    "date": "2026-04-28 09:15 +0800", "structure": "html", "charset": "utf-8", "cte": "base64",
    "mid": "<ashby.interview.ironbark.9e4b21@ashbyhq.com>",
    "html": """<html><body style="font-family:Helvetica,Arial,sans-serif;background:#ffffff;color:#111">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" cellpadding="0" cellspacing="0">
<tr><td style="padding:28px 0 12px"><img src="https://app.ashbyhq.com/api/images/org-theme-logo/ironbark.png" alt="Ironbark Drilling Services" height="40"></td></tr>
<tr><td style="font-size:15px;line-height:23px">
<p>Hi Rodrigo,</p>
<p>Thanks for applying for <b>Maintenance Planner &ndash; Drill Rigs</b>. We'd like to invite you to a 30-minute video interview with our Fleet Maintenance Lead, Callum Reid.</p>
<p>Please pick a time that suits you:</p>
<p><a href="https://app.ashbyhq.com/interview-briefing/s/ironbark/9e4b21" style="display:inline-block;background:#2f5d3a;color:#fff;padding:10px 22px;border-radius:6px;text-decoration:none">Choose a time</a></p>
<p>Times are shown in your local time zone.</p>
<p>Thanks,<br>Ironbark Drilling Talent Team</p>
</td></tr>
<tr><td style="padding-top:30px;font-size:11px;color:#999">Ironbark Drilling Services Pty Ltd &middot; 21 Kewdale Rd, Welshpool WA 6106 &middot; Sent via Ashby</td></tr>
</table></td></tr></table></body></html>""",
})

add({
    "slug": "outlook_ics_request", "kind": "interview_invitation", "company": "Superior Shield Power",
    "contact": "hannah.oconnell@superiorshield.example.ca", "lang": "en",
    "sender": ("O'Connell, Hannah", "hannah.oconnell@superiorshield.example.ca"),
    "subject": "Interview: Asset Reliability Specialist - Rodrigo Valdés-Moreau",
    "date": "2026-06-11 15:30 -0400", "structure": "alt", "charset": "utf-8", "cte": "qp",
    "mid": "<YT3PR01MB6242E6A5@YT3PR01MB6242.CANPRD01.PROD.OUTLOOK.COM>",
    "text": """Hi Rodrigo,

As discussed on the phone this afternoon, please find below an invitation for your panel interview for the Asset Reliability Specialist role at our Sudbury generating station.

Wednesday, June 17, 2026, 10:00-11:00 a.m. (Eastern Time)
Microsoft Teams
Panel: Derek Wong (Manager, Asset Management), Louise Tremblay (Senior Reliability Engineer) and myself

Please accept the meeting request so it lands in your calendar.

Thanks,
Hannah O'Connell
Talent Acquisition Partner | Superior Shield Power
416-555-0163
""",
    "html": """<html><body><div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hi Rodrigo,</p>
<p>As discussed on the phone this afternoon, please find below an invitation for your panel interview for the <b>Asset Reliability Specialist</b> role at our Sudbury generating station.</p>
<p>Wednesday, June 17, 2026, 10:00-11:00 a.m. (Eastern Time)<br>Microsoft Teams<br>Panel: Derek Wong (Manager, Asset Management), Louise Tremblay (Senior Reliability Engineer) and myself</p>
<p>Please accept the meeting request so it lands in your calendar.</p>
<p>Thanks,<br>Hannah O'Connell<br>Talent Acquisition Partner | Superior Shield Power<br>416-555-0163</p>
<p style="font-size:8pt;color:#777">________________________________________________________________________________<br>Microsoft Teams meeting<br><a href="https://teams.example.com/l/meetup-join/19%3ameeting_SSP17">Click here to join the meeting</a></p>
</div></body></html>""",
    "ics": f"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:{SSP_UID}
DTSTAMP:20260611T193000Z
DTSTART:20260617T140000Z
DTEND:20260617T150000Z
SUMMARY:Interview: Asset Reliability Specialist - Rodrigo Valdés-Moreau
LOCATION:Microsoft Teams Meeting
ORGANIZER;CN="O'Connell, Hannah":mailto:hannah.oconnell@superiorshield.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Rodrigo Valdés-Moreau:mailto:rodrigo.vm@example.cl
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Derek Wong:mailto:derek.wong@superiorshield.example.ca
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR""",
})

add({
    "slug": "lever_panel_replyto_coordinator", "kind": "interview_invitation", "company": "Tamarack Asset Partners",
    "contact": "olivia.chen@tamarackap.example.ca", "lang": "en",
    "sender": ("Tamarack Asset Partners", "no-reply@hire.lever.co"),
    "reply_to": ("Olivia Chen", "olivia.chen@tamarackap.example.ca"),
    "subject": "Next steps: technical panel for Reliability Consultant",
    "date": "2026-08-06 14:26 -0400", "structure": "html", "charset": "utf-8", "cte": "qp",
    "mid": "<lever.tamarack.6b0c2e11@hire.lever.co>",
    "html": """<div style="font-family:Georgia,serif;font-size:15px;color:#1c1c1c;max-width:620px">
<p>Dear Rodrigo,</p>
<p>Thank you for your conversation with Andrew last week. We're pleased to invite you to the next stage for the <b>Reliability Consultant &ndash; Mining</b> position: a 90-minute technical panel.</p>
<p>The panel will include a short case study on a SAG mill gearbox failure history; we'll send the data 48 hours ahead. We are proposing <b>Thursday, August 13 at 1:00 pm ET</b> at our Bay Street office, or on video if travel isn't practical.</p>
<p>Could you reply to this email to confirm, or suggest another time the same week?</p>
<p>Best regards,<br>Olivia Chen<br>Recruiting Coordinator, Tamarack Asset Partners</p>
<p style="font-size:11px;color:#8c8c8c">Tamarack Asset Partners Inc. &middot; 200 Bay Street, Suite 3100, Toronto ON</p>
<img src="https://hire.lever.co/email-tracking/open/6b0c2e11.png" width="1" height="1" alt="">
</div>""",
})

add({
    "slug": "mobile_quick_call", "kind": "interview_invitation", "company": "Swan Valley Power",
    "contact": "dave.mcinnes@swanvalleypower.example.com.au", "lang": "en",
    "sender": ("Dave McInnes", "dave.mcinnes@swanvalleypower.example.com.au"),
    "subject": "Reliability Engineer - Swan Valley Power",
    "date": "2026-05-18 17:55 +0800", "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "mid": "<9A1C7F3E-2B44-4C1E-8F0A-5D6E7F8A9B0C@swanvalleypower.example.com.au>",
    "text": """Rodrigo, got your application via the website. Can you do a quick call tmrw 7am Perth time? Want to run through the role before I put you in front of the panel. I'll ring the mobile on your CV.

Cheers
Dave

Sent from my iPhone
""",
})

add({
    "slug": "public_panel_letter_pdf", "kind": "interview_invitation", "company": "Goldfields Water Authority",
    "contact": "recruitment@gwa.example.com.au", "lang": "en",
    "sender": ("GWA Recruitment", "recruitment@gwa.example.com.au"),
    "subject": "Invitation to interview - Asset Planning Officer (Level 5) - Ref GWA/26/114",
    "date": "2026-09-09 13:00 +0800", "structure": "mixed", "charset": "utf-8", "cte": "qp",
    "mid": "<GWA.26.114.3321@gwa.example.com.au>",
    "text": """Dear Rodrigo Valdés-Moreau,

Thank you for your application for the position of Asset Planning Officer (Level 5), Kalgoorlie, reference GWA/26/114.

I am pleased to advise that you have been shortlisted and are invited to attend an interview. The interview will be conducted by video conference on Wednesday 16 September 2026 at 10:30am (AWST). Please find attached a letter outlining the interview format, the panel members and the work sample exercise.

Please confirm your attendance by replying to this email by close of business Friday 11 September. If you require any adjustments to participate in the interview process, let us know.

Yours sincerely

Recruitment Team
People & Culture
Goldfields Water Authority
PO Box 120, Kalgoorlie WA 6430

Goldfields Water Authority is an equal opportunity employer.
""",
    "attachments": [{"filename": "GWA-26-114_Interview_Invitation.pdf", "pdf": [
        "Goldfields Water Authority - People & Culture",
        "Interview invitation - Asset Planning Officer (Level 5) - GWA/26/114",
        "Candidate: Rodrigo Valdes-Moreau",
        "Date: Wednesday 16 September 2026, 10:30am AWST, video conference",
        "Panel: N. Hartley (chair), P. Singh, J. Doyle",
        "Work sample: 30 minutes, ten-year renewal plan for a pump station",
    ]}],
})

# ---------------------------------------------------------------- French (4)

add({
    "slug": "entrevue_virtuelle_vous", "kind": "interview_invitation", "company": "Ressources Opémiska",
    "contact": "sbouchard@opemiska.example.ca", "lang": "fr",
    "sender": ("Sylvie Bouchard", "sbouchard@opemiska.example.ca"),
    "subject": "Invitation à une entrevue - Ingénieur fiabilité",
    "date": "2026-07-20 10:45 -0400", "structure": "plain", "charset": "iso-8859-1", "cte": "qp", "hcharset": "iso-8859-1",
    "mid": "<0fa801dd$9b2c4e10$@opemiska.example.ca>",
    "text": """Bonjour M. Valdés-Moreau,

Nous avons bien pris connaissance de votre candidature au poste d'ingénieur fiabilité à notre site de Chapais et nous aimerions vous rencontrer en entrevue virtuelle.

Seriez-vous disponible le mardi 28 juillet à 9 h (heure de l'Est) ? L'entrevue durera environ une heure et se fera sur Teams avec M. Pierre-Luc Girard, surintendant maintenance, et moi-même.

Merci de me confirmer votre disponibilité par retour de courriel.

Bien à vous,

Sylvie Bouchard, CRHA
Conseillère en ressources humaines
Ressources Opémiska inc.
Chapais (Québec)
""",
})

add({
    "slug": "agence_client_anonyme_tu", "kind": "interview_invitation", "company": "Groupe Recrutement Nordik",
    "contact": "maxime@nordik-rh.example.ca", "lang": "fr",
    "sender": ("Maxime Tremblay", "maxime@nordik-rh.example.ca"),
    "subject": "Rencontre à nos bureaux",
    "date": "2026-08-20 16:02 -0400", "structure": "plain", "charset": "windows-1252", "cte": "8bit", "hcharset": "windows-1252",
    "mid": "<CAMaxNordik7q@mail.nordik-rh.example.ca>",
    "text": """Salut Rodrigo,

Merci pour ton appel de ce matin. Comme convenu, j'aimerais te rencontrer en entrevue à nos bureaux avant de présenter ta candidature à notre client, un important producteur de fer de la Côte-Nord (je peux pas encore le nommer, c'est un mandat confidentiel).

Je te propose jeudi 27 août à 10 h, au 1100 avenue des Canadiens-de-Montréal, 14e étage. Apporte une copie de tes diplômes et de ton permis de travail.

Ça te va ?

Maxime Tremblay
Associé – Mines et métaux
Groupe Recrutement Nordik
514 555-0130
""",
})

add({
    "slug": "workday_entrevue_telephonique", "kind": "interview_invitation", "company": "Alumineries du Saguenay", "contact": "", "lang": "fr",
    "sender": ("Carrières Alumineries du Saguenay", "alusag@myworkday.com"),
    "subject": "Planifiez votre entrevue téléphonique",
    "date": "2026-03-03 08:40 -0500", "structure": "html", "charset": "utf-8", "cte": "base64",
    "mid": "<1772545200301.12.JavaMail.wdprod@myworkday.com>",
    "html": """<html><body style="margin:0;font-family:Arial,sans-serif;background:#ededed">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="padding:18px 26px;border-bottom:1px solid #ddd"><img src="https://alusag.example.ca/carrieres/logo-alusag.png" alt="Alumineries du Saguenay" height="40"></td></tr>
<tr><td style="padding:22px 26px;font-size:14px;line-height:21px;color:#222">
<p>Bonjour Rodrigo,</p>
<p>Merci pour votre intérêt envers le poste de <b>Planificateur principal – maintenance électrolyse</b> (R-77120) à l'usine de Jonquière.</p>
<p>Nous aimerions poursuivre avec une entrevue téléphonique d'environ 30 minutes avec notre équipe d'acquisition de talents. Veuillez choisir une plage horaire à l'aide du lien ci-dessous :</p>
<p><a href="https://alusag.wd3.myworkday.com/fr-CA/Carrieres/scheduling/R-77120" style="color:#006ba6;font-weight:bold">Choisir une plage horaire</a></p>
<p>Au plaisir de vous parler,<br>Acquisition de talents<br>Alumineries du Saguenay</p>
</td></tr>
<tr><td style="padding:12px 26px;font-size:10px;color:#888;background:#f7f7f7">Alumineries du Saguenay est une marque de Société d'aluminium du Saguenay S.E.N.C. Ce message a été envoyé par un système automatisé; merci de ne pas y répondre.</td></tr>
</table></td></tr></table></body></html>""",
})

add({
    "slug": "universite_comite", "kind": "interview_invitation", "company": "Université du Bouclier",
    "contact": "genie-minier@ubouclier.example.ca", "lang": "fr",
    "sender": ("Département de génie minier", "genie-minier@ubouclier.example.ca"),
    "subject": "Poste de chargé de cours – convocation",
    "date": "2026-04-22 13:10 -0400", "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "mid": "<ubq-gm-2026-0422-0031@ubouclier.example.ca>",
    "text": """Monsieur,

Le comité de sélection du Département de génie minier a examiné votre candidature au poste de chargé de cours en gestion de la maintenance (GMN-4120, session d'automne 2026).

Nous avons le plaisir de vous convoquer à une entrevue le jeudi 7 mai 2026 à 14 h, par visioconférence (Zoom). On vous demandera de présenter, en 15 minutes, le plan d'une séance de cours sur la maintenance basée sur la fiabilité.

Veuillez confirmer votre présence en répondant à ce courriel.

Pour le comité,

Hélène Côté, ing., Ph. D.
Directrice du Département de génie minier
Université du Bouclier, Rouyn-Noranda
""",
})

# ---------------------------------------------------------------- German (2)

add({
    "slug": "personio_einladung_replyto", "kind": "interview_invitation", "company": "Bergbautechnik Lindner",
    "contact": "j.hoffmann@lindner-bergbau.example.com", "lang": "de",
    "sender": ("Bergbautechnik Lindner GmbH", "noreply@personio.de"),
    "reply_to": ("Julia Hoffmann", "j.hoffmann@lindner-bergbau.example.com"),
    "subject": "Einladung zum Vorstellungsgespräch – Instandhaltungsplaner (m/w/d) Chile",
    "date": "2026-09-10 10:12 +0200", "structure": "html", "charset": "utf-8", "cte": "qp",
    "mid": "<personio.lindner.5f81c2a0@personio.de>",
    "html": """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<table width="600" cellpadding="0" cellspacing="0" align="center">
<tr><td style="padding:18px 0;border-bottom:2px solid #e30613"><img src="https://lindner-bergbau.jobs.personio.de/logo.png" alt="Bergbautechnik Lindner" height="40"></td></tr>
<tr><td style="padding:16px 0">
<p>Sehr geehrter Herr Valdés-Moreau,</p>
<p>vielen Dank für Ihre Bewerbung als <b>Instandhaltungsplaner (m/w/d) für unsere Niederlassung in Antofagasta</b>. Ihre Unterlagen haben uns überzeugt, und wir möchten Sie gerne persönlich kennenlernen.</p>
<p>Wir laden Sie herzlich zu einem Vorstellungsgespräch per Microsoft Teams ein:</p>
<p><b>Donnerstag, 17. September 2026, 15:00 Uhr MESZ</b> (10:00 Uhr in Chile)<br>Gesprächspartner: Herr Thomas Brenner (Leiter Service Südamerika) und ich</p>
<p>Bitte bestätigen Sie den Termin kurz per Antwort auf diese E-Mail. Das Gespräch kann gerne auf Englisch oder Spanisch stattfinden.</p>
<p>Mit freundlichen Grüßen<br>Julia Hoffmann<br>Personalreferentin</p>
</td></tr>
<tr><td style="font-size:10px;color:#777;border-top:1px solid #ddd;padding-top:8px">Bergbautechnik Lindner GmbH · Am Schacht 3 · 09599 Freiberg · Geschäftsführer: Klaus Lindner · Amtsgericht Chemnitz HRB 00000</td></tr>
</table></body></html>""",
})

add({
    "slug": "startup_du_videocall", "kind": "interview_invitation", "company": "Schwingwerk Analytics",
    "contact": "lena@schwingwerk.example.com", "lang": "de",
    "sender": ("Lena Vogt", "lena@schwingwerk.example.com"),
    "subject": "Dein Gespräch bei Schwingwerk",
    "date": "2026-02-11 17:26 +0100", "structure": "plain", "charset": "utf-8", "cte": "qp",
    "mid": "<CAL+vogt0Schw@mail.schwingwerk.example.com>",
    "text": """Hi Rodrigo,

danke für deine Bewerbung als Customer Reliability Engineer LATAM! Wir fanden deinen Hintergrund aus dem Kupferbergbau total spannend – genau solche Leute suchen wir für unsere Kunden in Chile und Peru.

Wir würden dich gern zu einem ersten Videocall (ca. 45 Min.) mit mir und unserem CTO Ben einladen. Passt dir Dienstag, der 17.2., um 14:00 Uhr bei uns (10:00 Uhr bei dir)? Sonst schick mir einfach zwei, drei Alternativen.

Viele Grüße aus Berlin
Lena

Lena Vogt | People & Culture | Schwingwerk Analytics
""",
})

# ================================================================ interview_reschedule_or_cancel (15)
# ---------------------------------------------------------------- Spanish (8)

add({
    "slug": "ics_cancel_interviewer_ill", "kind": "interview_reschedule_or_cancel", "company": "Eléctrica del Norte Grande",
    "contact": "ibravo@eng.example.cl", "lang": "es",
    "sender": ("Ignacio Bravo", "ibravo@eng.example.cl"),
    "subject": "Cancelado: Entrevista - Planificador Senior de Activos (R-2026-118)",
    "date": "2026-04-13 08:12 -0400", "structure": "alt", "charset": "utf-8", "cte": "qp",
    "in_reply_to": "workday_ics_request",
    "text": """Rodrigo, buenos días.

Lamentablemente tengo que cancelar la entrevista del miércoles 15: estoy con licencia médica esta semana. No es por el proceso, que sigue abierto; la idea es reagendar apenas vuelva.

Desde Selección te van a contactar con una nueva fecha. Disculpa las molestias.

Ignacio Bravo
Jefe de Gestión de Activos
Eléctrica del Norte Grande
""",
    "ics": f"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:CANCEL
BEGIN:VEVENT
UID:{ENG_UID}
DTSTAMP:20260413T121200Z
DTSTART:20260415T130000Z
DTEND:20260415T140000Z
SUMMARY:Cancelado: Entrevista - Planificador Senior de Activos (R-2026-118)
ORGANIZER;CN=Ignacio Bravo:mailto:ibravo@eng.example.cl
ATTENDEE;CN=Rodrigo Valdés-Moreau:mailto:rodrigo.vm@example.cl
SEQUENCE:1
STATUS:CANCELLED
END:VEVENT
END:VCALENDAR""",
})

add({
    "slug": "movemos_al_viernes", "kind": "interview_reschedule_or_cancel", "company": "Cobre Pampa Blanca",
    "contact": "jmunoz@pampablanca.example.cl", "lang": "es",
    "sender": ("Javiera Muñoz Tapia", "jmunoz@pampablanca.example.cl"),
    "subject": "RE: Entrevista - Ingeniero(a) de Planificación y Confiabilidad",
    "date": "2026-02-10 16:31 -0300", "structure": "plain", "charset": "utf-8", "cte": "qp",
    "in_reply_to": "<CAF9rvm0Xq1@mail.example.cl>", "references": ["teams_call_recruiter"],
    "text": """Hola Rodrigo,

Te pido disculpas, pero tuvimos que mover la entrevista: a Andrés lo llamaron a una reunión con la gerencia de operaciones el jueves en la mañana. ¿Te parece el viernes 13 de febrero a las 12:00? Mismo formato, por Teams, y el link es el mismo que te mandé.

Confírmame porfa.

Saludos,
Javiera

De: Rodrigo Valdés-Moreau <rodrigo.vm@example.cl>
Enviado: martes, 3 de febrero de 2026 13:02
Para: Javiera Muñoz Tapia <jmunoz@pampablanca.example.cl>
Asunto: RE: Entrevista - Ingeniero(a) de Planificación y Confiabilidad

Hola Javiera, muchas gracias. Confirmo el jueves 12 a las 10:00. Saludos, Rodrigo
""",
})

add({
    "slug": "paro_transporte_zoom", "kind": "interview_reschedule_or_cancel", "company": "Pérez-Lagos & Asociados",
    "contact": "rsalas@perezlagos.example.pe", "lang": "es",
    "sender": ("Rocío Salas", "rsalas@perezlagos.example.pe"),
    "subject": "Cambio de modalidad - reunión martes 3 de marzo",
    "date": "2026-03-01 19:20 -0500", "structure": "plain", "charset": "iso-8859-1", "cte": "qp", "hcharset": "iso-8859-1",
    "in_reply_to": "oficina_san_isidro_usted",
    "text": """Estimado Ing. Valdés-Moreau:

Por encargo del Ing. Pérez-Lagos le informo que, debido al paro de transportistas anunciado para el martes en Lima, la reunión del martes 3 de marzo se realizará de manera virtual por Zoom, en el mismo horario (9:30 a.m., hora de Lima).

El enlace es: https://zoom.example.com/j/8845521907 (código de acceso: PLA2026)

Quedo atenta a cualquier consulta.

Saludos cordiales,

Rocío Salas
Asistente de Gerencia
Pérez-Lagos & Asociados
""",
})

add({
    "slug": "smartrecruiters_reprogramada", "kind": "interview_reschedule_or_cancel", "company": "Andimaq", "contact": "", "lang": "es",
    "sender": ("Andimaq Talento", "noreply@smartrecruiters.com"),
    "subject": "Tu entrevista ha sido reprogramada",
    "date": "2026-05-08 17:45 -0400", "structure": "html", "charset": "utf-8", "cte": "qp",
    "in_reply_to": "smartrecruiters_self_schedule",
    "html": """<html><body style="margin:0;background:#f0f0f0">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:28px 8px">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#2d2d2d">
<tr><td style="padding:20px 30px;background:#1b1b1b"><img src="https://c.smartrecruiters.com/sr-company-logo-prod/andimaq.png" alt="Andimaq" height="36"></td></tr>
<tr><td style="padding:26px 30px">
<p>Hola Rodrigo,</p>
<p>Tu entrevista para <b>Ingeniero de Soporte de Confiabilidad - Equipos de Carguío</b> fue reprogramada por el equipo de Andimaq.</p>
<table cellpadding="6" cellspacing="0" style="font-size:13px;border:1px solid #eee;width:100%">
<tr><td style="color:#999;text-decoration:line-through">Antes: lunes 11 de mayo, 10:00 - 10:45</td></tr>
<tr><td><b>Nuevo horario: miércoles 13 de mayo, 15:30 - 16:15 (hora de Chile)</b></td></tr>
</table>
<p>Si el nuevo horario no te acomoda, puedes <a href="https://click.smartrecruiters.com/ls/click?upn=cmVzY2hlZHVsZQ&amp;c=rvm2">elegir otro</a>.</p>
<p>Saludos,<br>Equipo de Talento Andimaq</p>
</td></tr>
<tr><td style="padding:14px 30px;font-size:11px;color:#8c8c8c;background:#fafafa">Enviado por SmartRecruiters en nombre de Andimaq. <a href="https://jobs.smartrecruiters.com/unsubscribe?c=andimaq&amp;t=r2" style="color:#8c8c8c">Cancelar suscripción</a></td></tr>
</table></td></tr></table></body></html>""",
})

add({
    "slug": "cliente_retrasa_semana", "kind": "interview_reschedule_or_cancel", "company": "Almadén Equipos Industriales",
    "contact": "lucia.benitez@selectia.example.es", "lang": "es",
    "sender": ("Lucía Benítez | Selectia", "lucia.benitez@selectia.example.es"),
    "subject": "RE: Entrevista con Almadén Equipos Industriales",
    "date": "2026-06-05 09:58 +0200", "structure": "plain", "charset": "windows-1252", "cte": "qp", "hcharset": "windows-1252",
    "in_reply_to": "<CAF9rvm2Sel@mail.example.cl>", "references": ["agencia_madrid_cliente"],
    "text": """Hola de nuevo, Rodrigo:

Me acaba de llamar Almadén: tienen una auditoría de certificación toda la semana que viene y Jorge Castaño no va a poder hacer la entrevista el martes 9. Me piden retrasarla una semana, al martes 16 de junio, misma hora (16:00 en Madrid / 10:00 en Chile).

Sé que es un lío con el cambio de fecha; dime si te cuadra y se lo confirmo.

Un abrazo,
Lucía

-----Original Message-----
From: Rodrigo Valdés-Moreau <rodrigo.vm@example.cl>
Sent: martes, 2 de junio de 2026 18:40
To: Lucía Benítez <lucia.benitez@selectia.example.es>
Subject: Re: Entrevista con Almadén Equipos Industriales

Hola Lucía, perfecto, el martes 9 a las 16:00 (hora Madrid) me viene muy bien. Gracias!
""",
})

add({
    "slug": "che_lo_pasamos_al_jueves", "kind": "interview_reschedule_or_cancel", "company": "Potasio Malargüe",
    "contact": "mgiordano@potasiomalargue.example.ar", "lang": "es",
    "sender": ("Martín Giordano", "mgiordano@potasiomalargue.example.ar"),
    "subject": "Re: Charla por el puesto de planificación",
    "date": "2026-03-17 20:14 -0300", "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "in_reply_to": "<CAF9rvm1Pm@mail.example.cl>", "references": ["vos_meet_mendoza"],
    "text": """Rodrigo, se me complicó mañana, tenemos una falla en el secador y tengo que subir a planta. ¿Lo pasamos al jueves 19 misma hora? Mismo link de Meet.

Disculpá!

Enviado desde mi Samsung Galaxy
""",
})

add({
    "slug": "universidad_cambio_sala", "kind": "interview_reschedule_or_cancel", "company": "Universidad del Litoral Norte",
    "contact": "personas@ulnorte.example.cl", "lang": "es",
    "sender": ("Dirección de Personas ULN", "personas@ulnorte.example.cl"),
    "subject": "Modificación de horario - entrevista Concurso Académico Ingeniería de Mantenimiento",
    "date": "2026-07-08 11:30 -0400", "structure": "html", "charset": "iso-8859-1", "cte": "qp", "hcharset": "iso-8859-1",
    "in_reply_to": "universidad_comision",
    "html": """<html><body style="font-family:Georgia,serif;font-size:14px">
<p>Estimado Sr. Valdés-Moreau:</p>
<p>Junto con saludarle, le informamos que, por razones de agenda de la Comisión de Concurso, <b>se modifica el horario de su entrevista personal</b>:</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:13px">
<tr><th align="left">Fecha</th><td>martes 14 de julio de 2026 (sin cambios)</td></tr>
<tr><th align="left">Hora</th><td>16:30 horas (antes 15:00)</td></tr>
<tr><th align="left">Lugar</th><td>Sala 204, Edificio de Ingeniería</td></tr>
</table>
<p>Le rogamos confirmar la recepción de este mensaje.</p>
<p>Atentamente,<br>Carmen Gloria Rojas Díaz<br>Jefa de Reclutamiento y Selección<br>Universidad del Litoral Norte</p>
</body></html>""",
})

add({
    "slug": "invierno_altiplanico_outlook", "kind": "interview_reschedule_or_cancel", "company": "IMA",
    "contact": "vcontreras@ima-atacama.example.cl", "lang": "es",
    "sender": ("Verónica Contreras", "vcontreras@ima-atacama.example.cl"),
    "subject": "RE: Re: Consulta por cargo de planificador",
    "date": "2026-02-06 18:02 -0300", "structure": "plain", "charset": "windows-1252", "cte": "qp", "hcharset": "windows-1252",
    "in_reply_to": "<CAF7r1qW9p@mail.example.cl>", "references": ["gmail_chain_quoted_rejection"],
    "text": """Hola Rodrigo:

Te escribo para avisarte que la entrevista del lunes 9 se suspende: el administrador de contrato quedó en faena por la alerta de lluvias del invierno altiplánico y cortaron la ruta B-385. Te propongo reagendarla para el miércoles 11 de febrero a las 15:00, mismo lugar.

Disculpa el cambio, son cosas de la zona.

Saludos,
Verónica Contreras
Encargada de RR.HH. – IMA S.A.

De: Rodrigo Valdés-Moreau <rodrigo.vm@example.cl>
Enviado: miércoles, 28 de enero de 2026 11:40
Para: Verónica Contreras <vcontreras@ima-atacama.example.cl>
Asunto: Re: Re: Consulta por cargo de planificador

Gracias Verónica, ahí estaré el lunes 9 a las 15:00 con mi cédula. Saludos.
""",
})

# ---------------------------------------------------------------- English (4)

add({
    "slug": "ics_sequence_update", "kind": "interview_reschedule_or_cancel", "company": "Superior Shield Power",
    "contact": "hannah.oconnell@superiorshield.example.ca", "lang": "en",
    "sender": ("O'Connell, Hannah", "hannah.oconnell@superiorshield.example.ca"),
    "subject": "Updated: Interview: Asset Reliability Specialist - Rodrigo Valdés-Moreau",
    "date": "2026-06-15 09:05 -0400", "structure": "alt", "charset": "utf-8", "cte": "qp",
    "in_reply_to": "outlook_ics_request",
    "text": """Hi Rodrigo,

Apologies for the change - Derek has been called to an outage at the station on Wednesday, so we've moved your panel interview to Friday, June 19, 1:00-2:00 p.m. Eastern. The Teams link stays the same.

The updated invitation is attached; please accept it so your calendar is up to date.

Thanks for your flexibility,
Hannah
""",
    "ics": f"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:{SSP_UID}
DTSTAMP:20260615T130500Z
DTSTART:20260619T170000Z
DTEND:20260619T180000Z
SUMMARY:Interview: Asset Reliability Specialist - Rodrigo Valdés-Moreau
LOCATION:Microsoft Teams Meeting
ORGANIZER;CN="O'Connell, Hannah":mailto:hannah.oconnell@superiorshield.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Rodrigo Valdés-Moreau:mailto:rodrigo.vm@example.cl
SEQUENCE:1
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR""",
})

add({
    "slug": "ashby_rescheduled", "kind": "interview_reschedule_or_cancel", "company": "Ironbark Drilling Services", "contact": "", "lang": "en",
    "sender": ("Ironbark Drilling Talent Team", "no-reply@ashbyhq.com"),
    "subject": "Your interview has been rescheduled",
    "date": "2026-05-01 12:40 +0800", "structure": "html", "charset": "utf-8", "cte": "qp",
    "html": """<html><body style="font-family:Helvetica,Arial,sans-serif;color:#111">
<table width="560" cellpadding="0" cellspacing="0" align="center">
<tr><td style="padding:24px 0 10px"><img src="https://app.ashbyhq.com/api/images/org-theme-logo/ironbark.png" alt="Ironbark Drilling Services" height="40"></td></tr>
<tr><td style="font-size:15px;line-height:23px">
<p>Hi Rodrigo,</p>
<p>Your interview for <b>Maintenance Planner &ndash; Drill Rigs</b> has been moved because your interviewer is no longer available at the original time.</p>
<p><span style="color:#999;text-decoration:line-through">Mon 4 May, 7:00 &ndash; 7:30 pm (Chile time)</span><br><b>Tue 5 May, 8:00 &ndash; 8:30 pm (Chile time)</b><br>Google Meet &ndash; link in your calendar invite</p>
<p>Need a different time? <a href="https://app.ashbyhq.com/interview-briefing/s/ironbark/9e4b21/reschedule">Reschedule</a></p>
<p>Thanks,<br>Ironbark Drilling Talent Team</p>
</td></tr>
<tr><td style="padding-top:26px;font-size:11px;color:#999">Sent via Ashby on behalf of Ironbark Drilling Services Pty Ltd</td></tr>
</table></body></html>""",
})

add({
    "slug": "agency_stuck_on_site", "kind": "interview_reschedule_or_cancel", "company": "Murchison Lithium",
    "contact": "brooke@outbacktalent.example.com.au", "lang": "en",
    "sender": ("Brooke Tanner", "brooke@outbacktalent.example.com.au"),
    "subject": "Change of plans for Tuesday!",
    "date": "2026-07-19 19:03 +0800", "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "in_reply_to": "agency_caps_exclamation",
    "text": """Hey Rodrigo,

Quick one - Greg from Murchison Lithium is stuck on site at Mt Magnet with a conveyor failure and no decent reception, so Tuesday's interview is off. They've asked to move it to Thursday 23 July, same time (8:00am AWST / 8:00pm Wednesday for you).

Sorry for the curveball!! Can you confirm Thursday works?

Cheers,
Brooke
""",
})

add({
    "slug": "switched_to_video", "kind": "interview_reschedule_or_cancel", "company": "Tamarack Asset Partners",
    "contact": "olivia.chen@tamarackap.example.ca", "lang": "en",
    "sender": ("Olivia Chen", "olivia.chen@tamarackap.example.ca"),
    "subject": "Re: Next steps: technical panel for Reliability Consultant",
    "date": "2026-08-11 10:17 -0400", "structure": "plain", "charset": "utf-8", "cte": "qp",
    "in_reply_to": "<CAF9rvm3Tam@mail.example.cl>", "references": ["lever_panel_replyto_coordinator"],
    "text": """Hi Rodrigo,

Small change for Thursday: two of the panel members will be working from our Sudbury office that day, so we've switched the technical panel from in-person to video. Same date and time (Thursday, August 13, 1:00 pm ET); I'll send a new Teams invite this afternoon.

The case-study data will still reach you tomorrow.

Best,
Olivia

Olivia Chen
Recruiting Coordinator | Tamarack Asset Partners

On Fri, Aug 7, 2026 at 9:12 AM Rodrigo Valdés-Moreau <rodrigo.vm@example.cl> wrote:
> Dear Olivia, thank you - I confirm Thursday 13 August at 1:00 pm at your Bay Street office. I'll fly in from Santiago the day before.
> Best regards, Rodrigo
""",
})

# ---------------------------------------------------------------- French (2)

add({
    "slug": "directeur_malade_report", "kind": "interview_reschedule_or_cancel", "company": "Ressources Opémiska",
    "contact": "sbouchard@opemiska.example.ca", "lang": "fr",
    "sender": ("Sylvie Bouchard", "sbouchard@opemiska.example.ca"),
    "subject": "Report de l'entrevue du 28 juillet",
    "date": "2026-07-27 08:20 -0400", "structure": "plain", "charset": "iso-8859-1", "cte": "qp", "hcharset": "iso-8859-1",
    "in_reply_to": "entrevue_virtuelle_vous",
    "text": """Bonjour M. Valdés-Moreau,

Je suis désolée de vous aviser à la dernière minute : M. Girard est malade et ne pourra pas participer à l'entrevue prévue demain matin. Nous devons donc reporter la rencontre.

Pourriez-vous être disponible le jeudi 30 juillet à 9 h ou le vendredi 31 juillet à 13 h (heure de l'Est) ? Le lien Teams sera le même.

Merci de votre compréhension,

Sylvie Bouchard, CRHA
Conseillère en ressources humaines
Ressources Opémiska inc.
""",
})

add({
    "slug": "workday_entrevue_annulee", "kind": "interview_reschedule_or_cancel", "company": "Alumineries du Saguenay", "contact": "", "lang": "fr",
    "sender": ("Carrières Alumineries du Saguenay", "alusag@myworkday.com"),
    "subject": "Votre entrevue a été annulée",
    "date": "2026-03-09 15:02 -0400", "structure": "html", "charset": "utf-8", "cte": "qp",
    "in_reply_to": "workday_entrevue_telephonique",
    "html": """<html><body style="margin:0;font-family:Arial,sans-serif;background:#ededed">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="padding:18px 26px;border-bottom:1px solid #ddd"><img src="https://alusag.example.ca/carrieres/logo-alusag.png" alt="Alumineries du Saguenay" height="40"></td></tr>
<tr><td style="padding:22px 26px;font-size:14px;line-height:21px;color:#222">
<p>Bonjour Rodrigo,</p>
<p>Votre entrevue téléphonique du <b>mercredi 11 mars à 10 h</b> pour le poste de Planificateur principal – maintenance électrolyse (R-77120) a été annulée en raison d'un empêchement de la personne responsable.</p>
<p>Votre candidature demeure active. Vous recevrez sous peu une nouvelle invitation pour choisir une autre plage horaire.</p>
<p>Acquisition de talents<br>Alumineries du Saguenay</p>
</td></tr>
<tr><td style="padding:12px 26px;font-size:10px;color:#888;background:#f7f7f7">Ce message a été envoyé par un système automatisé; merci de ne pas y répondre.</td></tr>
</table></td></tr></table></body></html>""",
})

# ---------------------------------------------------------------- German (1)

add({
    "slug": "terminverschiebung_von_gesendet", "kind": "interview_reschedule_or_cancel", "company": "Bergbautechnik Lindner",
    "contact": "j.hoffmann@lindner-bergbau.example.com", "lang": "de",
    "sender": ("Hoffmann, Julia", "j.hoffmann@lindner-bergbau.example.com"),
    "subject": "AW: Einladung zum Vorstellungsgespräch – Instandhaltungsplaner (m/w/d) Chile",
    "date": "2026-09-15 09:41 +0200", "structure": "plain", "charset": "windows-1252", "cte": "qp", "hcharset": "windows-1252",
    "in_reply_to": "<CAF9rvm4Lin@mail.example.cl>", "references": ["personio_einladung_replyto"],
    "text": """Sehr geehrter Herr Valdés-Moreau,

leider muss ich unseren Termin am Donnerstag verschieben: Herr Brenner ist kurzfristig zu einem Kunden nach Peru gereist und hat dort nur eingeschränkt Internet.

Wäre Ihnen stattdessen Dienstag, der 22. September, um 15:00 Uhr MESZ (10:00 Uhr in Chile) recht? Den Teams-Link schicke ich Ihnen nach Ihrer Bestätigung neu zu.

Ich bitte die Umstände zu entschuldigen.

Mit freundlichen Grüßen
Julia Hoffmann
Personalreferentin
Bergbautechnik Lindner GmbH
Am Schacht 3 | 09599 Freiberg
Tel. +49 3731 555 210

Von: Rodrigo Valdés-Moreau <rodrigo.vm@example.cl>
Gesendet: Donnerstag, 10. September 2026 18:22
An: Julia Hoffmann <j.hoffmann@lindner-bergbau.example.com>
Betreff: Re: Einladung zum Vorstellungsgespräch – Instandhaltungsplaner (m/w/d) Chile

Sehr geehrte Frau Hoffmann,

vielen Dank für die Einladung. Den Termin am 17. September um 15:00 Uhr MESZ bestätige ich gerne.

Mit freundlichen Grüßen
Rodrigo Valdés-Moreau
""",
})

# ================================================================ missed_interview_notice (10)
# ---------------------------------------------------------------- Spanish (6)

add({
    "slug": "no_te_conectaste_teams", "kind": "missed_interview_notice", "company": "Cobre Pampa Blanca",
    "contact": "jmunoz@pampablanca.example.cl", "lang": "es",
    "sender": ("Javiera Muñoz Tapia", "jmunoz@pampablanca.example.cl"),
    "subject": "Entrevista de hoy",
    "date": "2026-02-13 12:34 -0300", "structure": "plain", "charset": "utf-8", "cte": "qp",
    "in_reply_to": "movemos_al_viernes",
    "text": """Hola Rodrigo,

Te estuvimos esperando con Andrés en la reunión de Teams desde las 12:00 y no te conectaste. Te llamé al celular un par de veces pero me salió el buzón.

Espero que esté todo bien. Si tuviste algún problema avísame hoy, porque Andrés sale de vacaciones la próxima semana y no sé si alcanzamos a buscar otra hora.

Saludos,
Javiera Muñoz Tapia
Analista de Atracción de Talento | Cobre Pampa Blanca
""",
})

add({
    "slug": "lo_esperamos_sabado", "kind": "missed_interview_notice", "company": "Transportes Figueroa e hijos",
    "contact": "figueroa.transportes@figueroaehijos.example.cl", "lang": "es",
    "sender": ("Transportes Figueroa", "figueroa.transportes@figueroaehijos.example.cl"),
    "subject": "Re: Jefe de mantencion flota",
    "date": "2026-10-03 12:05 -0300", "structure": "plain", "charset": "iso-8859-1", "cte": "8bit", "hcharset": "iso-8859-1",
    "in_reply_to": "family_business_sabado",
    "text": """Rodrigo

Lo esperamos esta mañana desde las 10 con mi hijo y no llego. Tampoco contesto el telefono.

Si sigue interesado llame a la oficina el lunes.

José Figueroa C.
""",
})

add({
    "slug": "no_te_uniste_al_call", "kind": "missed_interview_notice", "company": "Ojo de Halcón Tecnologías",
    "contact": "nico@ojodehalcon.example.cl", "lang": "es",
    "sender": ("Nicolás Araya", "nico@ojodehalcon.example.cl"),
    "subject": "todo bien?",
    "date": "2026-06-18 16:22 -0400", "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "in_reply_to": "startup_cto_calendly",
    "text": """Rodrigo, te esperé 20 min en el Meet de las 16:00 que agendaste por Calendly y no te uniste al call. ¿Pasó algo? Si fue un tema de conexión me dices y buscamos otra hora, sin drama.

Nico
""",
})

add({
    "slug": "intentamos_llamar_tres_veces", "kind": "missed_interview_notice", "company": "Cal y Cementos del Sur",
    "contact": "rquispe@calsur.example.pe", "lang": "es",
    "sender": ("Rosa Quispe Mamani", "rquispe@calsur.example.pe"),
    "subject": "Entrevista telefónica - Supervisor de Planeamiento de Mantenimiento",
    "date": "2026-03-26 15:40 -0500", "structure": "plain", "charset": "windows-1252", "cte": "qp", "hcharset": "windows-1252",
    "in_reply_to": "taleo_replyto_arequipa",
    "text": """Estimado Rodrigo:

El Ing. Chávez y mi persona intentamos comunicarnos con usted hoy a las 15:00 horas para la entrevista telefónica programada, en tres oportunidades, sin éxito. El número marcado fue el registrado en su postulación (+56 9 …).

Le agradeceré indicarnos si mantiene su interés en el proceso y un número alternativo de contacto, para evaluar la posibilidad de reprogramar.

Atentamente,

Rosa Quispe Mamani
Selección de Personal
Cal y Cementos del Sur S.A. – Planta Yura, Arequipa
""",
})

add({
    "slug": "te_hemos_esperado_videollamada", "kind": "missed_interview_notice", "company": "Ibérica de Fiabilidad Industrial",
    "contact": "ebarrios@ibfi.example.es", "lang": "es",
    "sender": ("Elena Barrios", "ebarrios@ibfi.example.es"),
    "subject": "RE: Entrevista",
    "date": "2026-09-03 17:31 +0200", "structure": "plain", "charset": "utf-8", "cte": "qp",
    "in_reply_to": "<CAF9rvm5Ibf@mail.example.cl>", "references": ["madrid_hm_short"],
    "text": """Hola Rodrigo,

Te hemos esperado en la videollamada de las 17:00 (hora de Madrid) media hora larga y no has entrado. ¿Puede que te confundieras con el cambio de hora? Aquí en España seguimos en horario de verano hasta finales de octubre.

Si sigues interesado, dime un par de huecos para la semana que viene e intentamos cuadrarlo.

Un saludo,
Elena

De: Rodrigo Valdés-Moreau <rodrigo.vm@example.cl>
Enviado: martes, 1 de septiembre de 2026 14:10
Para: Elena Barrios <ebarrios@ibfi.example.es>
Asunto: Re: Entrevista

Hola Elena, perfecto, el jueves 3 a las 17:00 (Madrid) me viene bien. ¡Gracias!
""",
})

add({
    "slug": "no_llegaste_turno_prueba", "kind": "missed_interview_notice", "company": "Montajes & Servicios del Norte",
    "contact": "coordinacion@nortestaffing.example.cl", "lang": "es",
    "sender": ("Coordinacion Norte Staffing", "coordinacion@nortestaffing.example.cl"),
    "subject": "URGENTE turno de prueba lunes",
    "date": "2026-07-13 09:12 -0400", "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "text": """rodrigo buenos dias

el cliente Montajes & Servicios del Norte nos avisa que no te presentaste hoy a las 7:00 al turno de prueba en la bodega de La Portada (la jornada de evaluacion en terreno que te confirmamos el jueves). Te esperaron hasta las 8 y el bus salio sin ti.

Necesitamos que nos expliques que paso, el cliente esta molesto. Llamame apenas puedas o responde este correo.

Camila R.
Coordinacion de Dotacion
Norte Staffing SpA
""",
})

# ---------------------------------------------------------------- English (2)

add({
    "slug": "tried_you_twice", "kind": "missed_interview_notice", "company": "Swan Valley Power",
    "contact": "dave.mcinnes@swanvalleypower.example.com.au", "lang": "en",
    "sender": ("Dave McInnes", "dave.mcinnes@swanvalleypower.example.com.au"),
    "subject": "Re: Reliability Engineer - Swan Valley Power",
    "date": "2026-05-19 07:24 +0800", "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "in_reply_to": "mobile_quick_call",
    "text": """Tried you twice at 7 this morning, no answer - straight to voicemail. Let me know if you still want to chat and when suits.

Dave

Sent from my iPhone

> On 18 May 2026, at 6:10 pm, Rodrigo Valdés-Moreau <rodrigo.vm@example.cl> wrote:
>
> Hi Dave, 7am Perth works perfectly. Speak tomorrow.
""",
})

add({
    "slug": "panel_waited_did_not_join", "kind": "missed_interview_notice", "company": "Tamarack Asset Partners",
    "contact": "olivia.chen@tamarackap.example.ca", "lang": "en",
    "sender": ("Olivia Chen", "olivia.chen@tamarackap.example.ca"),
    "subject": "Today's technical panel",
    "date": "2026-08-13 13:35 -0400", "structure": "plain", "charset": "utf-8", "cte": "qp",
    "in_reply_to": "switched_to_video",
    "text": """Hi Rodrigo,

Our panel waited on Teams from 1:00 until 1:20 pm ET today, but you did not join the video interview, and we weren't able to reach you by phone.

I hope everything is alright. Please let me know what happened; I can't promise the panel will be able to reconvene, but I'll raise it with Andrew.

Best,
Olivia Chen
Recruiting Coordinator | Tamarack Asset Partners
""",
})

# ---------------------------------------------------------------- French (2)

add({
    "slug": "on_ta_attendu_bureaux", "kind": "missed_interview_notice", "company": "Groupe Recrutement Nordik",
    "contact": "maxime@nordik-rh.example.ca", "lang": "fr",
    "sender": ("Maxime Tremblay", "maxime@nordik-rh.example.ca"),
    "subject": "Ce matin",
    "date": "2026-08-27 11:08 -0400", "structure": "plain", "charset": "windows-1252", "cte": "8bit", "hcharset": "windows-1252",
    "in_reply_to": "agence_client_anonyme_tu",
    "text": """Salut Rodrigo,

On t'a attendu ce matin à 10 h à nos bureaux, jusqu'à 10 h 45. T'as pas donné de nouvelles et ton cell tombe sur la boîte vocale.

Si t'es encore intéressé par le mandat sur la Côte-Nord, rappelle-moi aujourd'hui. Mon client attend ma présélection vendredi.

Maxime
""",
})

add({
    "slug": "absence_entrevue_formel", "kind": "missed_interview_notice", "company": "Université du Bouclier",
    "contact": "genie-minier@ubouclier.example.ca", "lang": "fr",
    "sender": ("Département de génie minier", "genie-minier@ubouclier.example.ca"),
    "subject": "Entrevue du 7 mai – absence",
    "date": "2026-05-07 15:02 -0400", "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "in_reply_to": "universite_comite",
    "text": """Monsieur,

Le comité de sélection s'est réuni aujourd'hui à 14 h pour votre entrevue au poste de chargé de cours GMN-4120. Vous ne vous êtes pas présenté dans la salle Zoom, et nous n'avons reçu aucun message de votre part.

Si un empêchement majeur explique votre absence, nous vous prions de nous en informer par écrit d'ici le 11 mai. À défaut, votre candidature sera considérée comme retirée.

Hélène Côté, ing., Ph. D.
Directrice du Département de génie minier
Université du Bouclier
""",
})
