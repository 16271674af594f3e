"""Interview invitations, reschedules/cancellations and missed-interview notices of the hundredth
corpus, one hand-written spec per message (see msgs100_common)."""

from msgs100_common import ME

NORTHGATE_UID = ("040000008200E00074C5B7101A82E008000000004A1F6E2B8DE2DC010000000000000000"
                 "10000000C3D1E4F2A7B94E4B8F0B1D7A9E2C5F61")
KIEZBANK_UID = ("040000008200E00074C5B7101A82E00800000000D07C2B61A4F4DC010000000000000000"
                "100000004E8A3F90B1C24D7E9A5F6C0B3D2E1A77")

EASTERN_TZ = """BEGIN:VTIMEZONE
TZID:Eastern Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:-0400
TZOFFSETTO:-0500
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:-0500
TZOFFSETTO:-0400
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE"""

BERLIN_TZ = """BEGIN:VTIMEZONE
TZID:W. Europe Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE"""

INVITATIONS = [
    {
        "slug": "bank_teams_usted",
        "kind": "interview_invitation", "lang": "es", "company": "Grupo Financiero Altamar",
        "contact": "xrobles@altamar.example.mx",
        "sender": ("Ximena Robles Garza", "xrobles@altamar.example.mx"),
        "subject": "Entrevista - Gerente de Ingeniería Analítica",
        "date": "2026-02-10 12:22 -0600",
        "msgid": "<MN2PR11MB4031C7A2E1F09B3D5E7A2C44B8@MN2PR11MB4031.namprd11.prod.outlook.com>",
        "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
        "text": """Estimado Rodrigo:

Le saludo de parte del área de Atracción de Talento de Grupo Financiero Altamar. Revisamos su perfil para la posición de Gerente de Ingeniería Analítica y nos gustaría conversar con usted.

Le propongo una entrevista por Microsoft Teams con el Ing. Héctor Saldaña, Director de Datos, el próximo lunes 16 de febrero a las 11:00 h (hora del centro de México), con una duración aproximada de 45 minutos.

¿Me podría confirmar su disponibilidad? En caso de no poder en ese horario, con gusto buscamos otra opción.

Saludos cordiales,

Ximena Robles Garza
Especialista de Atracción de Talento
Grupo Financiero Altamar
Paseo de la Reforma 284, Col. Juárez, CDMX
Tel. 55 5128 4400 ext. 2231

AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos están dirigidos exclusivamente a su destinatario y pueden contener información confidencial. Grupo Financiero Altamar, S.A.B. de C.V., no se hace responsable por el uso indebido de la información aquí contenida.
""",
    },
    {
        "slug": "greenhouse_self_schedule",
        "kind": "interview_invitation", "lang": "es", "company": "TelValle", "contact": "",
        "sender": ("TelValle Talento", "no-reply@greenhouse-mail.io"),
        "subject": "TelValle: Agenda tu entrevista para Líder de Analítica de Clientes",
        "date": "2026-03-31 13:05 -0600",
        "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
        "html": """<html><body style="margin:0;padding:0;background:#f3f0fa;">
<table width="100%" cellspacing="0" cellpadding="0" style="background:#f3f0fa;"><tr><td align="center" style="padding:30px 10px;">
<table width="600" cellspacing="0" cellpadding="0" style="background:#ffffff;border-radius:6px;font-family:Arial,Helvetica,sans-serif;">
<tr><td style="background:#5b2d8e;padding:18px 28px;border-radius:6px 6px 0 0;"><img src="https://boards.greenhouse.example.com/telvalle/logo-blanco.png" alt="TelValle" width="120" style="display:block;"></td></tr>
<tr><td style="padding:28px;font-size:15px;line-height:23px;color:#2b2b2b;">
<p>Hola Rodrigo,</p>
<p>¡Buenas noticias! El equipo de Analítica de Clientes quiere conocerte. Te invitamos a una primera entrevista de 30 minutos con <b>Alejandra Pineda</b> (Head of Customer Analytics) para la vacante <b>Líder de Analítica de Clientes</b>.</p>
<p>Elige el horario que mejor te acomode:</p>
<p style="text-align:center;margin:26px 0;"><a href="https://app.greenhouse.example.com/scheduling/candidate/7c1b0f2e-44a9?utm_source=email" style="background:#ff5a36;color:#ffffff;padding:12px 26px;text-decoration:none;border-radius:4px;font-weight:bold;">Elegir horario</a></p>
<p>La entrevista será presencial en nuestro corporativo de Santa Fe (Av. Vasco de Quiroga 3000, torre Norte, piso 11). Al llegar, registra tu visita en recepción con una identificación oficial.</p>
<p>¡Nos vemos pronto!<br>Equipo de Talento TelValle</p>
</td></tr>
<tr><td style="padding:16px 28px;font-size:11px;line-height:16px;color:#8c8c8c;border-top:1px solid #eeeeee;">
Telecomunicaciones del Valle, S.A.B. de C.V. — TelValle es una marca registrada.<br>
Este mensaje se envió desde una dirección que no recibe respuestas. <a href="https://www.telvalle.example.mx/privacidad" style="color:#8c8c8c;">Aviso de privacidad</a>
</td></tr></table>
</td></tr></table>
<img src="https://click.greenhouse-mail.io/ss/o/u001.b8f2c0aa/4nm/open.gif" width="1" height="1" alt="" style="display:none;">
</body></html>
""",
    },
    {
        "slug": "founder_meet_bogota",
        "kind": "interview_invitation", "lang": "es", "company": "Mandaditos",
        "contact": "camilo@mandaditos.example.co",
        "sender": ("Camilo Restrepo", "camilo@mandaditos.example.co"),
        "subject": "Hablemos? Analytics en Mandaditos",
        "date": "2026-03-03 21:47 -0500",
        "msgid": "<CAO9f1Hx_Rt5q2bN7mYw3KZ@mail.mandaditos.example.co>",
        "structure": "plain", "charset": "utf-8", "cte": "8bit",
        "text": """Hola Rodrigo, ¿qué más?

Vi tu aplicación para el cargo de Analytics Lead y me encantó lo que hiciste con los tableros de última milla. Quisiera que habláramos 30 min esta semana, algo informal, para contarte en qué estamos y conocerte.

¿Te sirve el jueves 5 a las 8:00 a.m. hora Bogotá por Google Meet? Si no, dime qué franja te queda mejor y la cuadramos.

Saludos,
Camilo

Camilo Restrepo | CEO | Mandaditos
Calle 70A # 5-23, Bogotá
""",
    },
    {
        "slug": "retail_in_person_madrid",
        "kind": "interview_invitation", "lang": "es", "company": "Grupo Castellana Retail",
        "contact": "seleccion@grupocastellana.example.es",
        "sender": ("Selección Grupo Castellana", "seleccion@grupocastellana.example.es"),
        "subject": "Convocatoria a entrevista – Data & BI Manager",
        "date": "2026-04-14 09:15 +0200",
        "msgid": "<VI1PR08MB5325B0E2A91C4F6D8E3B7A51C2@VI1PR08MB5325.eurprd08.prod.outlook.com>",
        "structure": "plain", "charset": "windows-1252", "cte": "quoted-printable",
        "text": """Hola Rodrigo:

Tras revisar tu candidatura para el puesto de Data & BI Manager, nos gustaría conocerte en persona.

Te proponemos una entrevista el miércoles 22 de abril a las 10:30 en nuestras oficinas centrales:

Grupo Castellana Retail
Calle de Serrano 91, 3.ª planta
28006 Madrid

Pregunta en recepción por Lucía Garrido (Responsable de Selección). La entrevista durará aproximadamente una hora e incluye una pequeña prueba práctica con Excel y SQL, así que no hace falta que traigas portátil.

Por favor, confírmanos tu asistencia respondiendo a este correo. Si todavía estás fuera de España, también podemos hacerla por Teams.

Un saludo,

Lucía Garrido
Responsable de Selección
Grupo Castellana Retail
“Cerca de ti desde 1962”
""",
    },
    {
        "slug": "google_calendar_request",
        "kind": "interview_invitation", "lang": "es", "company": "Kuali Pagos",
        "contact": "ivan.cordero@kualipagos.example.mx",
        "sender": ("Iván Cordero", "ivan.cordero@kualipagos.example.mx"),
        "subject": "Invitación: Entrevista técnica — Rodrigo Villaseñor / Kuali Pagos @ mar 14 abr 2026 12:00 - 13:00 (CST) (rodrigo.vo@example.mx)",
        "date": "2026-04-07 16:02 -0600",
        "msgid": "<calendar-6d1b3f0a-9c2e-4b7a-8e51-2f0c9d4a7b13@kualipagos.example.mx>",
        "structure": "mixed", "charset": "utf-8", "cte": "quoted-printable", "henc": "b",
        "text": """Iván Cordero te invitó a un evento

Entrevista técnica — Rodrigo Villaseñor / Kuali Pagos
Cuándo: martes, 14 de abril de 2026 12:00 – 13:00 Hora del centro de México
Unirse con Google Meet: https://meet.example.com/xqv-pnrd-kmt

Invitados:
Iván Cordero - organizador
Renata Lugo
rodrigo.vo@example.mx

Hola Rodrigo, como quedamos por teléfono, esta es la entrevista técnica con Renata (Staff Data Engineer). Vamos a revisar juntos un modelo en dbt y platicar de tu experiencia con orquestación. No necesitas preparar nada. ¡Nos vemos!

¿Asistirás? Sí - Quizás - No

Invitación de Google Calendar. Recibes este correo porque eres un invitado al evento.
""",
        "html": """<div style="font-family:Roboto,Arial,sans-serif;font-size:14px;color:#3c4043;">
<div style="padding:16px;border:1px solid #dadce0;border-radius:8px;max-width:560px;">
<p style="font-size:13px;color:#70757a;">Iván Cordero te invitó a un evento</p>
<h2 style="font-weight:400;font-size:20px;margin:8px 0 16px;">Entrevista técnica — Rodrigo Villaseñor / Kuali Pagos</h2>
<table cellpadding="0" cellspacing="0" style="font-size:14px;">
<tr><td style="color:#70757a;padding-right:16px;">Cuándo</td><td>martes, 14 de abril de 2026 12:00 – 13:00 Hora del centro de México</td></tr>
<tr><td style="color:#70757a;padding-right:16px;">Unirse</td><td><a href="https://meet.example.com/xqv-pnrd-kmt">meet.example.com/xqv-pnrd-kmt</a></td></tr>
<tr><td style="color:#70757a;padding-right:16px;">Invitados</td><td>Iván Cordero - organizador<br>Renata Lugo<br>rodrigo.vo@example.mx</td></tr>
</table>
<p>Hola Rodrigo, como quedamos por teléfono, esta es la entrevista técnica con Renata (Staff Data Engineer). Vamos a revisar juntos un modelo en dbt y platicar de tu experiencia con orquestación. No necesitas preparar nada. ¡Nos vemos!</p>
<p>¿Asistirás? <a href="https://calendar.example.com/calendar/event?action=RESPOND&amp;rst=1">Sí</a> - <a href="https://calendar.example.com/calendar/event?action=RESPOND&amp;rst=3">Quizás</a> - <a href="https://calendar.example.com/calendar/event?action=RESPOND&amp;rst=2">No</a></p>
</div>
<p style="font-size:11px;color:#70757a;">Invitación de Google Calendar. Recibes este correo porque eres un invitado al evento.</p>
</div>
""",
        "calendar": {"method": "REQUEST", "cte": "base64", "attach": "invite.ics", "ics": """
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:America/Mexico_City
X-LIC-LOCATION:America/Mexico_City
BEGIN:STANDARD
TZOFFSETFROM:-0600
TZOFFSETTO:-0600
TZNAME:CST
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
DTSTART;TZID=America/Mexico_City:20260414T120000
DTEND;TZID=America/Mexico_City:20260414T130000
DTSTAMP:20260407T220200Z
ORGANIZER;CN=Iván Cordero:mailto:ivan.cordero@kualipagos.example.mx
UID:3v8q1m0k7c2rjd5t9h6b4n1p0s@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=rodrigo.vo@example.mx;X-NUM-GUESTS=0:mailto:rodrigo.vo@example.mx
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Renata Lugo;X-NUM-GUESTS=0:mailto:renata.lugo@kualipagos.example.mx
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Iván Cordero;X-NUM-GUESTS=0:mailto:ivan.cordero@kualipagos.example.mx
X-GOOGLE-CONFERENCE:https://meet.example.com/xqv-pnrd-kmt
CREATED:20260407T220159Z
DESCRIPTION:Hola Rodrigo\\, como quedamos por teléfono\\, esta es la entrevista técnica con Renata (Staff Data Engineer). No necesitas preparar nada.
LAST-MODIFIED:20260407T220159Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista técnica — Rodrigo Villaseñor / Kuali Pagos
TRANSP:OPAQUE
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:This is an event reminder
TRIGGER:-P0DT0H10M0S
END:VALARM
END:VEVENT
END:VCALENDAR
"""},
    },
    {
        "slug": "headhunter_emoji_client_named",
        "kind": "interview_invitation", "lang": "es", "company": "Cementos Cerro Alto",
        "contact": "rebeca.garza@cazatalentosnorte.example.mx",
        "sender": ("Rebeca Garza | Cazatalentos Norte", "rebeca.garza@cazatalentosnorte.example.mx"),
        "subject": "¡¡Entrevista confirmada con Cementos Cerro Alto!! 🎉",
        "date": "2026-05-05 10:40 -0600",
        "msgid": "<CAHx8mQ4tL1Cerro_Alto_9fP2@mail.cazatalentosnorte.example.mx>",
        "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
        "html": """<div dir="ltr" style="font-family:Arial,sans-serif;font-size:14px;">
<p>¡Hola Rodrigo!</p>
<p><b>¡¡Excelentes noticias!!</b> Cementos Cerro Alto revisó tu perfil y <b>QUIERE CONOCERTE</b> para la posición de <b>Jefe de Inteligencia de Negocios</b> en San Pedro Garza García. 🙌</p>
<p>📅 <b>Fecha:</b> jueves 14 de mayo<br>
🕙 <b>Hora:</b> 10:00 a.m. (hora de Monterrey)<br>
📍 <b>Lugar:</b> Corporativo Cerro Alto, Av. Ricardo Margáin 575, Torre B, piso 9<br>
👤 <b>Entrevistador:</b> Ing. Mauricio Treviño, Director de Planeación Financiera</p>
<p>Te recomiendo llevar ejemplos de tableros (impresos o en laptop) y llegar 15 minutos antes, el registro en el lobby tarda.</p>
<p>¡Confírmame por este medio o por WhatsApp! ¡Mucho éxito!</p>
<p>--<br><b>Rebeca Garza</b><br>Consultora Sr. | Cazatalentos Norte<br>Monterrey, N.L. | 81 5555 0177<br>
<a href="https://www.cazatalentosnorte.example.mx">cazatalentosnorte.example.mx</a></p>
</div>
""",
    },
    {
        "slug": "agency_confidential_phone",
        "kind": "interview_invitation", "lang": "es", "company": "Reclutadora Ágil",
        "contact": "omendez@reclutadoraagil.example.mx",
        "sender": ("Óscar Méndez", "omendez@reclutadoraagil.example.mx"),
        "subject": "Entrevista para vacante confidencial - Gerente de BI (telecom)",
        "date": "2026-03-06 11:18 -0600",
        "structure": "plain", "charset": "iso-8859-1", "cte": "quoted-printable",
        "text": """Buen día Rodrigo,

Te contacto de Reclutadora Ágil. Estamos llevando una búsqueda confidencial para una importante empresa del sector telecomunicaciones con oficinas en CDMX, para la posición de Gerente de BI (equipo de 6 personas, reporta al CFO).

Vi tu perfil y me gustaría agendar una entrevista telefónica contigo el miércoles 11 de marzo a las 17:00 para platicar de tu experiencia, tus expectativas económicas y tu disponibilidad. Dura unos 30 minutos.

Si te queda bien, confírmame por favor y me compartes el número al que te marco.

Saludos,

Óscar Méndez
Headhunter TI
Reclutadora Ágil
Insurgentes Sur 1602, piso 4, Ciudad de México
""",
    },
    {
        "slug": "public_institute_citacion",
        "kind": "interview_invitation", "lang": "es", "company": "Instituto Distrital de Datos Abiertos",
        "contact": "seleccion@idda.example.co",
        "sender": ("Selección IDDA", "seleccion@idda.example.co"),
        "to": [("RODRIGO VILLASEÑOR OCAMPO", ME)],
        "subject": "CITACIÓN A ENTREVISTA - PROCESO IDDA-PS-019-2026",
        "date": "2026-06-09 16:30 -0500",
        "structure": "plain", "charset": "utf-8", "cte": "8bit",
        "text": """Bogotá D.C., 9 de junio de 2026

Señor
RODRIGO VILLASEÑOR OCAMPO

Asunto: Citación a entrevista – Proceso IDDA-PS-019-2026

Cordial saludo,

El Instituto Distrital de Datos Abiertos – IDDA le informa que, superada la etapa de verificación documental, usted ha sido citado a entrevista para el empleo de Profesional Especializado en Gobierno de Datos, así:

Fecha: martes 16 de junio de 2026
Hora: 2:30 p.m.
Lugar: Sede IDDA, Carrera 30 # 25-90, piso 4, sala de juntas 2

Deberá presentarse con su documento de identidad original y quince (15) minutos antes de la hora indicada. La inasistencia sin justificación se entenderá como desistimiento del proceso.

Cualquier inquietud podrá remitirla a este correo.

Atentamente,

Subdirección de Gestión del Talento Humano
Instituto Distrital de Datos Abiertos – IDDA
""",
    },
    {
        "slug": "ngo_video_tu",
        "kind": "interview_invitation", "lang": "es", "company": "Fundación Puentes",
        "contact": "nerea.etxeberria@fundacionpuentes.example.es",
        "sender": ("Nerea Etxeberria", "nerea.etxeberria@fundacionpuentes.example.es"),
        "subject": "Entrevista técnico/a de datos e impacto",
        "date": "2026-06-17 13:26 +0200",
        "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
        "text": """Hola Rodrigo, ¿qué tal?

Soy Nerea, responsable de Evaluación e Impacto en la Fundación Puentes. Hemos leído tu candidatura con mucho interés; nos gustó especialmente que hayas trabajado con datos de programas sociales en tu etapa en el gobierno de la CDMX.

¿Te vendría bien una videollamada de unos 40 minutos la semana que viene? Tengo hueco el martes 23 o el jueves 25 por la tarde, a partir de las 16:00 hora peninsular (sé que para ti en México es temprano, así que dime si prefieres otra franja). Estaremos Tomás, nuestro director, y yo.

Usamos Jitsi; te mando el enlace en cuanto me digas qué día te encaja.

Un abrazo,

Nerea Etxeberria
Responsable de Evaluación e Impacto
Fundación Puentes
C/ Embajadores 35, 28012 Madrid
Fundación inscrita en el Registro de Fundaciones con el n.º 28-1931
""",
    },
    {
        "slug": "university_committee_formal",
        "kind": "interview_invitation", "lang": "es", "company": "Universidad Autónoma del Poniente",
        "contact": "esandoval@uap.example.mx",
        "sender": ("Dra. Elena Sandoval Quiroz", "esandoval@uap.example.mx"),
        "subject": "Invitación a entrevista - Coordinación de Analítica Institucional",
        "date": "2026-06-15 10:08 -0600",
        "msgid": "<4d9a2f61-uap-dgp-2026-0615@uap.example.mx>",
        "structure": "plain", "charset": "iso-8859-1", "cte": "8bit",
        "text": """Estimado Mtro. Villaseñor Ocampo:

Por este conducto me permito invitarle a una entrevista con el Comité de Selección para la plaza de Coordinador de Analítica Institucional de la Universidad Autónoma del Poniente, la cual se llevará a cabo el viernes 26 de junio de 2026, a las 12:00 horas, en la Sala de Consejo de la Dirección General de Planeación (edificio C, segundo piso, Campus Tacubaya).

Le solicitaré presentar, en un máximo de 15 minutos, una propuesta de indicadores para el seguimiento de la trayectoria escolar de nuestros estudiantes de licenciatura. Podrá apoyarse en una presentación; la sala cuenta con proyector.

Le agradeceré confirmar su asistencia respondiendo a este mensaje.

Sin otro particular, reciba un cordial saludo.

"Saber para servir"

Dra. Elena Sandoval Quiroz
Directora General de Planeación
Universidad Autónoma del Poniente
Tel. 55 5555 3100 ext. 40210
""",
    },
    {
        "slug": "successfactors_schedule_link",
        "kind": "interview_invitation", "lang": "es", "company": "Farmacias del Bajío", "contact": "",
        "sender": ("Farmacias del Bajío Reclutamiento", "fdb-reclutamiento@successfactors.eu"),
        "subject": "Programa tu entrevista virtual – Analista de Datos Comerciales (Guadalajara)",
        "date": "2026-06-26 08:31 -0600",
        "structure": "html", "charset": "windows-1252", "cte": "base64",
        "html": """<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#222222;">
<table width="600" cellpadding="0" cellspacing="0" border="0">
<tr><td style="background:#00843d;padding:14px 20px;"><img src="https://career5.successfactors.eu/careers/fdb/logo.png" alt="Farmacias del Bajío" height="36"></td></tr>
<tr><td style="padding:22px 20px;">
<p>Hola Rodrigo,</p>
<p>Gracias por tu interés en la vacante <b>Analista de Datos Comerciales</b> en Guadalajara, Jalisco.</p>
<p>Nos gustaría invitarte a una entrevista virtual con el área de Inteligencia Comercial. Por favor selecciona un horario disponible antes del viernes 3 de julio en el siguiente enlace:</p>
<p><a href="https://career5.successfactors.eu/sfcareer/interviewScheduling?company=farmbajio&amp;token=Q0FORElEQVRF" style="color:#00843d;font-weight:bold;">Programar mi entrevista »</a></p>
<p>La entrevista se realizará por Microsoft Teams y durará aproximadamente 40 minutos. Recibirás el enlace de conexión al confirmar tu horario.</p>
<p>¡Te deseamos éxito!<br>Atracción de Talento – Farmacias del Bajío</p>
</td></tr>
<tr><td style="padding:12px 20px;font-size:11px;color:#777777;border-top:1px solid #e0e0e0;">Este mensaje fue enviado desde una cuenta no monitoreada.<br>Farmacias del Bajío, S.A. de C.V. · Av. Vallarta 5500, Zapopan, Jal.</td></tr>
</table>
</body></html>
""",
    },
    {
        "slug": "ashby_reply_to_people_partner",
        "kind": "interview_invitation", "lang": "es", "company": "Lumbre Energía",
        "contact": "irene@lumbre.example.es",
        "sender": ("Lumbre Energía", "no-reply@ashbyhq.com"),
        "reply_to": ("Irene Sanz", "irene@lumbre.example.es"),
        "subject": "Siguiente paso: entrevista con el equipo de Datos de Lumbre",
        "date": "2026-06-29 12:47 +0200",
        "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
        "html": """<!doctype html>
<html><body style="margin:0;padding:0;background:#fff8f0;">
<div style="max-width:560px;margin:0 auto;padding:32px 20px;font-family:'DM Sans',Arial,sans-serif;color:#1c1917;font-size:15px;line-height:1.6;">
<img src="https://cdn.ashbyprd.example.com/lumbre/logo-llama.png" alt="Lumbre Energía" width="110">
<p>¡Hola Rodrigo!</p>
<p>Soy Irene, de People en Lumbre. Nos ha gustado mucho tu perfil para <strong>Analytics Engineer</strong> y queremos seguir: el siguiente paso es una entrevista de 45 minutos con Pablo (Head of Data) y Marta (Analytics Engineer).</p>
<p><a href="https://jobs.ashbyhq.example.com/lumbre/schedule/2f9c1e4b" style="display:inline-block;background:#ea580c;color:#fff;padding:10px 20px;border-radius:999px;text-decoration:none;">Reservar hueco</a></p>
<p>Si después de la entrevista todo encaja, te propondremos una jornada de prueba (pagada) en nuestra oficina de Chamberí para que conozcas al equipo y trabajes con datos reales.</p>
<p>Cualquier duda, respóndeme directamente a este correo.</p>
<p>Irene Sanz · People Partner · Lumbre Energía</p>
<p style="font-size:11px;color:#a8a29e;margin-top:32px;">Lumbre Energía S.L. · Calle de Fuencarral 123, 28010 Madrid · Enviado con Ashby</p>
</div>
</body></html>
""",
    },
    {
        "slug": "family_business_typos",
        "kind": "interview_invitation", "lang": "es", "company": "Muebleria Garza Hermanos",
        "contact": "hector.garza@garzahermanos.example.mx",
        "sender": ("Hector Garza", "hector.garza@garzahermanos.example.mx"),
        "subject": "vacante analista",
        "date": "2026-03-02 17:55 -0600",
        "msgid": "<000001dcaa71$4f1e2b30$ed5a8190$@garzahermanos.example.mx>",
        "structure": "plain", "charset": "windows-1252", "cte": "8bit",
        "text": """Buenas tardes Rodrigo

le escribo de la Muebleria Garza Hermanos, mi hijo Emilio vio su curriculum en la bolsa de trabajo de la universidad. Estamos buscando alguien que nos ayude a ordenar los numeros de las 6 sucursales, tenemos todo en excel y ya no damos abasto con los inventarios.

Podria venir a platicar con nosotros el sabado 7 de marzo a las 11 de la mañana a la sucursal de Av. Lincoln? o si prefiere por videollamada tambien se puede, mi hijo la arma.

Quedo en espera de su respuesta

Hector Garza Villarreal
Muebleria Garza Hermanos
Monterrey, N.L.
tel 81 5555 0120
""",
    },
    {
        "slug": "outlook_teams_request",
        "kind": "interview_invitation", "lang": "en", "company": "Northgate Telecom",
        "contact": "daniel.okafor@northgatetelecom.example.ca",
        "sender": ("Daniel Okafor", "daniel.okafor@northgatetelecom.example.ca"),
        "cc": [("Mei Chen", "mei.chen@northgatetelecom.example.ca")],
        "subject": "Interview: Manager, Analytics Engineering – Rodrigo Villaseñor Ocampo",
        "date": "2026-05-12 14:05 -0400",
        "msgid": "<YT3PR01MB6152E1F7B0C24A9D3E5F71C0A4@YT3PR01MB6152.CANPRD01.PROD.OUTLOOK.COM>",
        "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
        "text": """Hi Rodrigo,

As discussed with Sofia from our talent team, I'd like to invite you to a 60-minute interview for the Manager, Analytics Engineering role. We'll spend about half the time on your experience leading BI teams and the other half on a system-design conversation around our customer churn data mart.

When: Tuesday, May 19, 2026, 11:00 AM – 12:00 PM (Eastern Time)
Where: Microsoft Teams (link below)
Attendees: Daniel Okafor (Director, Data Platforms), Mei Chen (Principal Data Engineer)

Please accept the calendar invite so it lands in your calendar. If the time doesn't work, let me know and we'll find another slot.

Best,
Daniel

Daniel Okafor
Director, Data Platforms
Northgate Telecom | 25 Front St W, Toronto, ON

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting <https://teams.example.com/l/meetup-join/19%3ameeting_NGT4aZk2>
Meeting ID: 284 117 903 512
Passcode: 7Qk2Ze
________________________________________________________________________________
""",
        "html": """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>
<body lang="EN-CA" link="#0563C1" vlink="#954F72">
<div class="WordSection1">
<p class="MsoNormal">Hi Rodrigo,</p>
<p class="MsoNormal">As discussed with Sofia from our talent team, I'd like to invite you to a 60-minute interview for the Manager, Analytics Engineering role. We'll spend about half the time on your experience leading BI teams and the other half on a system-design conversation around our customer churn data mart.</p>
<p class="MsoNormal"><b>When:</b> Tuesday, May 19, 2026, 11:00 AM – 12:00 PM (Eastern Time)<br><b>Where:</b> Microsoft Teams (link below)<br><b>Attendees:</b> Daniel Okafor (Director, Data Platforms), Mei Chen (Principal Data Engineer)</p>
<p class="MsoNormal">Please accept the calendar invite so it lands in your calendar. If the time doesn't work, let me know and we'll find another slot.</p>
<p class="MsoNormal">Best,<br>Daniel</p>
<p class="MsoNormal"><b>Daniel Okafor</b><br>Director, Data Platforms<br>Northgate Telecom | 25 Front St W, Toronto, ON</p>
<div style="width:100%;height:20px;"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36;">________________________________________________________________________________</span></div>
<div style="margin-bottom:24px;"><span style="font-size:24px;font-weight:700;color:#252424;">Microsoft Teams meeting</span></div>
<div><a href="https://teams.example.com/l/meetup-join/19%3ameeting_NGT4aZk2" style="font-size:14px;color:#5B5FC7;">Join the meeting now</a></div>
<div style="font-size:14px;color:#252424;">Meeting ID: 284 117 903 512<br>Passcode: 7Qk2Ze</div>
</div>
</body></html>
""",
        "calendar": {"method": "REQUEST", "cte": "base64", "attach": None, "ics": f"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EASTERN_TZ}
BEGIN:VEVENT
ORGANIZER;CN=Daniel Okafor:mailto:daniel.okafor@northgatetelecom.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Rodrigo Villaseñor Ocampo:mailto:rodrigo.vo@example.mx
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mei Chen:mailto:mei.chen@northgatetelecom.example.ca
DESCRIPTION;LANGUAGE=en-US:Interview for the Manager\\, Analytics Engineering role: experience leading BI teams and a system-design conversation.
UID:{NORTHGATE_UID}
SUMMARY;LANGUAGE=en-US:Interview: Manager\\, Analytics Engineering – Rodrigo Villaseñor Ocampo
DTSTART;TZID=Eastern Standard Time:20260519T110000
DTEND;TZID=Eastern Standard Time:20260519T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260512T180500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
"""},
    },
    {
        "slug": "credit_union_phone_screen",
        "kind": "interview_invitation", "lang": "en", "company": "Lone Star Credit Union",
        "contact": "mvega@lonestarcu.example.com",
        "sender": ("Marisol Vega", "mvega@lonestarcu.example.com"),
        "subject": "Phone screen - Data Analytics Supervisor",
        "date": "2026-02-17 10:30 -0600",
        "msgid": "<SA1PR19MB5210D4E8F0A7B3C61E2F9D08A3@SA1PR19MB5210.namprd19.prod.outlook.com>",
        "structure": "plain", "charset": "utf-8", "cte": "7bit",
        "text": """Hi Rodrigo,

Thanks for applying for the Data Analytics Supervisor position with Lone Star Credit Union. I'd like to set up a 20-30 minute phone screen to learn more about your background and walk you through the role and our hybrid schedule (3 days a week in our Round Rock office).

Would any of these work for you (Central Time)?

- Wed 2/25, 9:00 AM
- Wed 2/25, 2:30 PM
- Thu 2/26, 11:00 AM

Just reply with the best option and the number I should call.

Thanks,

Marisol Vega, PHR
Talent Acquisition Specialist
Lone Star Credit Union
P: 512-555-0164

Federally insured by NCUA. Equal Housing Opportunity.
""",
    },
    {
        "slug": "lever_final_onsite",
        "kind": "interview_invitation", "lang": "en", "company": "Sixth Street Insights",
        "contact": "jordan@sixthstreetinsights.example.com",
        "sender": ("Jordan Pike", "no-reply@hire.lever.co"),
        "reply_to": ("Jordan Pike", "jordan@sixthstreetinsights.example.com"),
        "subject": "Next steps with Sixth Street Insights",
        "date": "2026-06-02 15:12 -0500",
        "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
        "html": """<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#333;">
<div style="max-width:600px;">
<p>Hi Rodrigo,</p>
<p>Great news — the team loved your conversation with Elena, and we'd like to invite you to our final-round onsite at our East 6th Street office.</p>
<p>The onsite runs about 3.5 hours on <b>Tuesday, June 16, starting at 9:30 AM CT</b>, and includes:</p>
<ul>
<li>a case study presentation (you'll get the prompt 48 hours in advance)</li>
<li>a technical deep-dive on SQL and dbt modeling</li>
<li>lunch with the team</li>
<li>a conversation with our co-founder, Grant</li>
</ul>
<p>Please reply to confirm you can make it, and let me know about any accessibility needs or travel questions.</p>
<p>Cheers,<br>Jordan Pike<br>Head of Talent, Sixth Street Insights<br>1100 E 6th St, Austin, TX</p>
</div>
<div style="font-size:11px;color:#999;margin-top:24px;">Sent with <a href="https://www.lever.co/?utm_source=candidate_email" style="color:#999;">Lever</a></div>
<img src="https://hire.lever.co/email/open/8c2f1b7e-5a0d.png" width="1" height="1" alt="">
</body></html>
""",
    },
    {
        "slug": "startup_iphone_reply",
        "kind": "interview_invitation", "lang": "en", "company": "Queen West Analytics",
        "contact": "ben@queenwest.example.ca",
        "sender": ("Ben Adeyemi", "ben@queenwest.example.ca"),
        "subject": "Re: your application",
        "date": "2026-07-10 17:20 -0400",
        "msgid": "<6B0E2A91-3C4D-4F7E-A1B2-C9D8E7F6A5B4@queenwest.example.ca>",
        "parent": "<CAJ7pQ2_wq8Lh3ZyN0e@mail.example.mx>",
        "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
        "text": """Hey Rodrigo, thanks for the note. Yes let's chat. Can you do Tues at 3pm ET? I'll send a Zoom.

Ben

Sent from my iPhone

> On Jul 10, 2026, at 4:02 PM, Rodrigo Villaseñor Ocampo <rodrigo.vo@example.mx> wrote:
>
> Hi Ben,
>
> I applied last week for the Analytics Engineer (contract) role at Queen West Analytics and wanted to follow up. I know you're a small team, so no pressure; I just wanted to say that the work you published on Toronto transit ridership is exactly the kind of thing I'd love to help with.
>
> Best,
> Rodrigo
""",
    },
    {
        "slug": "transit_authority_panel",
        "kind": "interview_invitation", "lang": "en", "company": "Capital Area Transit Authority",
        "contact": "hr.recruitment@capareatransit.example.com",
        "sender": ("CATA Human Resources", "hr.recruitment@capareatransit.example.com"),
        "subject": "Panel Interview Invitation - Business Intelligence Manager (Posting #26-041)",
        "date": "2026-07-13 09:45 -0500",
        "msgid": "<20260713144500.26041.gybarra@capareatransit.example.com>",
        "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
        "text": """Dear Mr. Villaseñor Ocampo:

Congratulations! After review of your application, you have been selected to participate in a panel interview for the position of Business Intelligence Manager (Posting #26-041).

Date: Thursday, July 23, 2026
Time: 1:30 PM – 2:30 PM Central
Location: CATA Administrative Offices, 2910 E. 5th Street, Austin, TX 78702, Room 2B (Board Conference Room)

The panel will consist of three members, including the Chief Planning Officer. Please bring a valid photo ID and check in at the front desk on the first floor. Parking is available in the visitor lot on Shady Lane.

If you require a reasonable accommodation to participate in the interview process, please let us know in advance.

Please reply to this email by Monday, July 20 to confirm your attendance.

Sincerely,

Gloria Ybarra
HR Generalist
Capital Area Transit Authority

CATA is an Equal Opportunity Employer.
""",
    },
    {
        "slug": "agency_zoom_client_named",
        "kind": "interview_invitation", "lang": "en", "company": "Hill Country Health",
        "contact": "kyle@lonestartalent.example.com",
        "sender": ("Kyle Brennan", "kyle@lonestartalent.example.com"),
        "subject": "Hill Country Health - Data Platform Lead",
        "date": "2026-03-16 11:05 -0500",
        "msgid": "<CAGk1eHb3N8q0xJ5uW2r9Y@mail.lonestartalent.example.com>",
        "structure": "plain", "charset": "utf-8", "cte": "7bit",
        "text": """Rodrigo!

Great news - Hill Country Health wants to meet you. First round is a video call with Dr. Amanda Cole (VP Clinical Analytics) and Ravi, their data engineering manager.

Thursday 3/19 at 10:00 AM Central
Zoom: https://zoom.example.com/j/88123456701

It's 45 min. They'll ask a lot about Epic/Clarity data and HIPAA so brush up. Call me before if you want to prep, my cell is 512-555-0148.

Kyle Brennan
Lonestar Talent Partners
"We find the people who find the answers"
""",
    },
    {
        "slug": "greenhouse_case_round_two",
        "kind": "interview_invitation", "lang": "en", "company": "Rideau & King Consulting",
        "contact": "sofia.marchetti@rideauking.example.ca",
        "sender": ("Rideau & King Consulting", "no-reply@greenhouse-mail.io"),
        "reply_to": ("Sofia Marchetti", "sofia.marchetti@rideauking.example.ca"),
        "subject": "Rideau & King – Case Interview Invitation (Round 2)",
        "date": "2026-06-03 10:14 -0400",
        "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
        "html": """<html><body style="margin:0;background:#f5f5f3;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 0;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Georgia,serif;color:#1b1b1b;">
<tr><td style="padding:24px 32px;border-bottom:1px solid #d8d2c4;"><img src="https://boards.greenhouse.example.com/rideauking/logo.png" alt="Rideau &amp; King Consulting" width="200"></td></tr>
<tr><td style="padding:24px 32px;font-size:15px;line-height:24px;">
<p>Dear Rodrigo,</p>
<p>Thank you for your time in the first round. We are pleased to invite you to a second-round case interview for the <b>Senior Consultant, Data &amp; Analytics</b> position.</p>
<p><b>Format:</b> a 60-minute case interview with Marc Tessier, Principal, held by phone or Microsoft Teams. Expect a market-sizing exercise and a critique of a client dashboard.</p>
<p>Please use the link below to select a time that suits you between June 8 and June 12:</p>
<p><a href="https://app.greenhouse.example.com/scheduling/rk/9d7f0a1c?src=email" style="color:#8a1538;">Select a time</a></p>
<p>Should you have any questions, simply reply to this message.</p>
<p>Kind regards,<br>Sofia Marchetti<br>Recruiting Manager, Rideau &amp; King Consulting</p>
</td></tr>
<tr><td style="padding:14px 32px;font-family:Arial,sans-serif;font-size:11px;color:#8c8c8c;">Rideau &amp; King Consulting LLP · 150 King St W, Toronto, ON · <a href="https://www.rideauking.example.ca/privacy" style="color:#8c8c8c;">Privacy notice</a></td></tr>
</table></td></tr></table>
</body></html>
""",
    },
    {
        "slug": "berlin_startup_english",
        "kind": "interview_invitation", "lang": "en", "company": "Tempelhof Robotics",
        "contact": "lena.hartmann@tempelhof-robotics.example.de",
        "sender": ("Tempelhof Robotics", "no-reply@ashbyhq.com"),
        "reply_to": ("Lena Hartmann", "lena.hartmann@tempelhof-robotics.example.de"),
        "subject": "Interview with Tempelhof Robotics – Analytics Engineer (Berlin)",
        "date": "2026-08-18 10:02 +0200",
        "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
        "text": """Hi Rodrigo,

Thanks for applying to Tempelhof Robotics! We'd love to invite you to a first 30-minute call with me to get to know each other and tell you more about the Analytics Engineer role in our fleet operations team.

Please pick a slot that works for you here:
https://jobs.ashbyhq.example.com/tempelhof-robotics/interview/5b71e0c3

Since you're currently based in Mexico City, all slots are shown in your local time. If none of them fit, just reply to this email and we'll figure something out.

Looking forward to talking!

Lena Hartmann
Talent Lead
Tempelhof Robotics

Tempelhof Robotics GmbH · Columbiadamm 10, 12101 Berlin
Geschäftsführer: Dr. Tim Albers · Amtsgericht Charlottenburg HRB 223190 B
""",
    },
    {
        "slug": "bank_outlook_request_sie",
        "kind": "interview_invitation", "lang": "de", "company": "Kiezbank",
        "contact": "julia.neumann@kiezbank.example.de",
        "sender": ("Julia Neumann", "julia.neumann@kiezbank.example.de"),
        "subject": "Einladung zum Vorstellungsgespräch – Lead BI Engineer (m/w/d)",
        "date": "2026-06-03 09:48 +0200",
        "msgid": "<FR2P281MB1490C3A8D7E2F41B09A6C3D5E8@FR2P281MB1490.DEUP281.PROD.OUTLOOK.COM>",
        "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
        "text": """Sehr geehrter Herr Villaseñor Ocampo,

vielen Dank für Ihre Bewerbung als Lead BI Engineer (m/w/d). Ihre Unterlagen haben uns überzeugt, und wir möchten Sie gern näher kennenlernen.

Hiermit laden wir Sie herzlich zu einem ersten Gespräch per Microsoft Teams ein:

Termin: Donnerstag, 11. Juni 2026, 16:00–17:00 Uhr (MESZ) – das entspricht 08:00 Uhr in Mexiko-Stadt
Teilnehmende: Dr. Tobias Ritter (Bereichsleiter Data & Analytics), Julia Neumann (Recruiting)

Bitte nehmen Sie die beigefügte Kalendereinladung an. Sollte der Termin nicht passen, geben Sie mir bitte kurz Bescheid.

Mit freundlichen Grüßen

Julia Neumann
Recruiting & Employer Branding
Kiezbank AG | Oranienstraße 183 | 10999 Berlin
Vorstand: Dr. Henrike Lang (Vorsitzende), Matthias Özdemir | Aufsichtsratsvorsitzender: Prof. Dr. Klaus Bender
Sitz der Gesellschaft: Berlin | Amtsgericht Charlottenburg HRB 201455 B
""",
        "html": """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="DE">
<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt;">
<p>Sehr geehrter Herr Villaseñor Ocampo,</p>
<p>vielen Dank für Ihre Bewerbung als Lead BI Engineer (m/w/d). Ihre Unterlagen haben uns überzeugt, und wir möchten Sie gern näher kennenlernen.</p>
<p>Hiermit laden wir Sie herzlich zu einem ersten Gespräch per Microsoft Teams ein:</p>
<p><b>Termin:</b> Donnerstag, 11. Juni 2026, 16:00–17:00 Uhr (MESZ) – das entspricht 08:00 Uhr in Mexiko-Stadt<br>
<b>Teilnehmende:</b> Dr. Tobias Ritter (Bereichsleiter Data &amp; Analytics), Julia Neumann (Recruiting)</p>
<p>Bitte nehmen Sie die beigefügte Kalendereinladung an. Sollte der Termin nicht passen, geben Sie mir bitte kurz Bescheid.</p>
<p>Mit freundlichen Grüßen</p>
<p><b>Julia Neumann</b><br>Recruiting &amp; Employer Branding<br>Kiezbank AG | Oranienstraße 183 | 10999 Berlin</p>
<p style="font-size:8pt;color:#7f7f7f;">Vorstand: Dr. Henrike Lang (Vorsitzende), Matthias Özdemir | Aufsichtsratsvorsitzender: Prof. Dr. Klaus Bender<br>Sitz der Gesellschaft: Berlin | Amtsgericht Charlottenburg HRB 201455 B</p>
</div>
</body></html>
""",
        "calendar": {"method": "REQUEST", "cte": "base64", "attach": None, "ics": f"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{BERLIN_TZ}
BEGIN:VEVENT
ORGANIZER;CN=Julia Neumann:mailto:julia.neumann@kiezbank.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Rodrigo Villaseñor Ocampo:mailto:rodrigo.vo@example.mx
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Dr. Tobias Ritter:mailto:tobias.ritter@kiezbank.example.de
DESCRIPTION;LANGUAGE=de-DE:Erstgespräch Lead BI Engineer (m/w/d) per Microsoft Teams.
UID:{KIEZBANK_UID}
SUMMARY;LANGUAGE=de-DE:Einladung zum Vorstellungsgespräch – Lead BI Engineer (m/w/d)
DTSTART;TZID=W. Europe Standard Time:20260611T160000
DTEND;TZID=W. Europe Standard Time:20260611T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260603T074800Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
"""},
    },
    {
        "slug": "softgarden_termin_waehlen",
        "kind": "interview_invitation", "lang": "de", "company": "Stadtwerke Spreetal", "contact": "",
        "sender": ("Stadtwerke Spreetal - Personalgewinnung", "stadtwerke-spreetal@softgarden.io"),
        "subject": "Einladung zum Vorstellungsgespräch: Referent*in Datenanalyse Netzbetrieb",
        "date": "2026-06-22 13:10 +0200",
        "structure": "html", "charset": "iso-8859-1", "cte": "quoted-printable",
        "html": """<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333333;background:#ffffff;">
<table width="620" cellpadding="0" cellspacing="0" border="0" align="center">
<tr><td style="padding:16px 0;border-bottom:3px solid #0069b4;"><img src="https://stadtwerke-spreetal.softgarden.io/assets/logo_swst.png" alt="Stadtwerke Spreetal" width="180"></td></tr>
<tr><td style="padding:20px 0;line-height:1.5;">
<p>Guten Tag Herr Villaseñor Ocampo,</p>
<p>vielen Dank für Ihre Bewerbung als <b>Referent*in Datenanalyse Netzbetrieb</b>. Wir freuen uns, Sie zu einem persönlichen Vorstellungsgespräch einzuladen.</p>
<p>Bitte wählen Sie über den folgenden Link einen der vorgeschlagenen Termine aus:</p>
<p><a href="https://stadtwerke-spreetal.softgarden.io/interview/select?token=a8F3kLq" style="background:#0069b4;color:#ffffff;padding:9px 18px;text-decoration:none;">Termin auswählen</a></p>
<p>Das Gespräch findet in unserer Hauptverwaltung statt:<br>Stadtwerke Spreetal GmbH, Am Wasserwerk 4, 15517 Fürstenwalde/Spree</p>
<p>Reisekosten werden nach den Regelungen des Bundesreisekostengesetzes erstattet. Bei Rückfragen wenden Sie sich bitte telefonisch an Frau Pohl, Tel. 03361 555-214.</p>
<p>Mit freundlichen Grüßen<br>Ihre Personalgewinnung<br>Stadtwerke Spreetal</p>
</td></tr>
<tr><td style="font-size:11px;color:#888888;border-top:1px solid #dddddd;padding-top:8px;">Diese E-Mail wurde automatisch generiert. Bitte antworten Sie nicht auf diese Nachricht.<br>
Stadtwerke Spreetal GmbH · Geschäftsführer: Dipl.-Ing. Rainer Schulte · Amtsgericht Frankfurt (Oder) HRB 4471 FF<br>
<a href="https://stadtwerke-spreetal.softgarden.io/datenschutz">Datenschutz</a> · powered by softgarden</td></tr>
</table>
</body></html>
""",
    },
    {
        "slug": "executive_search_anonym",
        "kind": "interview_invitation", "lang": "de", "company": "Kessler Executive Search",
        "contact": "u.kessler@kessler-search.example.de",
        "sender": ("Dr. Ulrich Kessler", "u.kessler@kessler-search.example.de"),
        "subject": "Ihr Profil – vertrauliches Mandat Head of BI",
        "date": "2026-04-15 18:22 +0200",
        "structure": "plain", "charset": "utf-8", "cte": "8bit",
        "text": """Sehr geehrter Herr Villaseñor,

vielen Dank für das angenehme Telefonat am Montag.

Wie besprochen begleiten wir derzeit ein vertrauliches Mandat: Head of Business Intelligence für ein führendes Unternehmen der Telekommunikationsbranche mit Sitz in Berlin. Ihr Werdegang passt aus meiner Sicht ausgezeichnet.

Ich würde Sie gern zu einem ausführlichen Interview einladen, entweder in unserem Büro am Kurfürstendamm oder per Videokonferenz:

Mittwoch, 22. April 2026, 17:00 Uhr MESZ (09:00 Uhr in Mexiko-Stadt), Dauer ca. 90 Minuten

Den Namen unseres Mandanten nenne ich Ihnen nach Unterzeichnung der Vertraulichkeitserklärung, die Ihnen separat per DocuSign zugeht.

Bitte bestätigen Sie mir den Termin kurz per E-Mail.

Mit besten Grüßen

Dr. Ulrich Kessler
Managing Partner
Kessler Executive Search GmbH
Kurfürstendamm 194 | 10707 Berlin
T +49 30 5555 8810
""",
    },
    {
        "slug": "caisse_entrevue_telephonique",
        "kind": "interview_invitation", "lang": "fr", "company": "Caisse Laurentienne",
        "contact": "genevieve.tremblay@caisselaurentienne.example.ca",
        "sender": ("Geneviève Tremblay", "genevieve.tremblay@caisselaurentienne.example.ca"),
        "subject": "Entrevue téléphonique – Conseiller(ère) principal(e), intelligence d'affaires",
        "date": "2026-08-04 13:20 -0400",
        "msgid": "<YQXPR01MB4877A0B3C2D1E4F5A6B7C8D9E0@YQXPR01MB4877.CANPRD01.PROD.OUTLOOK.COM>",
        "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
        "text": """Bonjour Rodrigo,

Merci d'avoir postulé au poste de conseiller principal, intelligence d'affaires, à notre bureau de Toronto.

Votre profil a retenu notre attention et j'aimerais vous proposer une entrevue téléphonique d'environ 30 minutes afin de discuter de votre parcours et de vos attentes. Seriez-vous disponible le mardi 11 août à 10 h (heure de l'Est)?

Si cette plage ne vous convient pas, n'hésitez pas à m'en proposer une autre.

Au plaisir d'échanger avec vous,

Geneviève Tremblay
Conseillère en acquisition de talents
Caisse Laurentienne
130, rue King Ouest, Toronto (Ontario)
416 555-0175
""",
    },
    {
        "slug": "smartrecruiters_entretien_vous",
        "kind": "interview_invitation", "lang": "fr", "company": "Mistral Aviation", "contact": "",
        "sender": ("Mistral Aviation Recrutement", "no-reply@smartrecruiters.com"),
        "subject": "Invitation à un entretien – Data Analyst Senior (Madrid)",
        "date": "2026-09-08 10:00 +0200",
        "msgid": "<0102019a1b2c3d4e-mistral-sr-7781@email.smartrecruiters.com>",
        "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
        "html": """<html><body style="margin:0;background:#eef3f8;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:26px 8px;">
<table width="580" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;color:#1d2b3a;">
<tr><td style="padding:22px 30px;background:#0a2540;"><img src="https://c.smartrecruiters.example.com/sr-company-logo/mistral-aviation.png" alt="Mistral Aviation" height="32"></td></tr>
<tr><td style="padding:26px 30px;font-size:15px;line-height:1.6;">
<p>Bonjour Rodrigo,</p>
<p>Nous avons le plaisir de vous inviter à un entretien pour le poste de <b>Data Analyst Senior</b> basé à Madrid.</p>
<p>L'entretien aura lieu le <b>lundi 21 septembre 2026 à 11h00 (heure de Madrid)</b> dans nos locaux de l'aéroport Adolfo Suárez Madrid-Barajas, Terminal 4, niveau 2, bureau 2.114. Il durera environ une heure, avec notre responsable Revenue Analytics et une personne de l'équipe Recrutement.</p>
<p>Merci de confirmer votre présence via le lien ci-dessous :</p>
<p><a href="https://jobs.smartrecruiters.example.com/MistralAviation/interview/confirm?c=7781" style="background:#1769ff;color:#ffffff;padding:10px 22px;text-decoration:none;border-radius:3px;">Confirmer ma présence</a></p>
<p>Cordialement,<br>L'équipe Recrutement Mistral Aviation</p>
</td></tr>
<tr><td style="padding:14px 30px;font-size:11px;color:#7a8796;border-top:1px solid #e3e8ee;">Mistral Aviation SA · Succursale en Espagne · Avenida de la Hispanidad s/n, 28042 Madrid<br>Cet e-mail a été envoyé par SmartRecruiters pour le compte de Mistral Aviation. <a href="https://www.smartrecruiters.com/privacy-policy/" style="color:#7a8796;">Confidentialité</a></td></tr>
</table></td></tr></table>
<img src="https://email.smartrecruiters.com/o/eJyrVkrLz1eyUkpKLFKqBQA.gif" width="1" height="1" alt="">
</body></html>
""",
    },
]

RESCHEDULES = [
    {
        "slug": "bank_director_conflict",
        "kind": "interview_reschedule_or_cancel", "lang": "es", "company": "Grupo Financiero Altamar",
        "contact": "xrobles@altamar.example.mx",
        "sender": ("Ximena Robles Garza", "xrobles@altamar.example.mx"),
        "subject": "RE: Entrevista - Gerente de Ingeniería Analítica",
        "date": "2026-02-12 17:05 -0600",
        "parent": "<CAJ7pQ2wA1b_Altamar_Conf@mail.example.mx>",
        "refs": ["<MN2PR11MB4031C7A2E1F09B3D5E7A2C44B8@MN2PR11MB4031.namprd11.prod.outlook.com>"],
        "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
        "text": """Estimado Rodrigo:

Le ofrezco una disculpa: al Ing. Saldaña le convocaron a un comité de riesgos el lunes a la misma hora, por lo que necesitamos mover la entrevista. ¿Le sería posible el miércoles 18 de febrero a las 13:00 h? La liga de Teams sería la misma; le reenvío la invitación actualizada en cuanto me confirme.

Saludos cordiales,

Ximena Robles Garza
Especialista de Atracción de Talento
Grupo Financiero Altamar
Tel. 55 5128 4400 ext. 2231

De: Rodrigo Villaseñor Ocampo <rodrigo.vo@example.mx>
Enviado: martes, 10 de febrero de 2026 14:31
Para: Ximena Robles Garza <xrobles@altamar.example.mx>
Asunto: Re: Entrevista - Gerente de Ingeniería Analítica

Hola Ximena, muchas gracias por la invitación. Confirmo el lunes 16 a las 11:00 por Teams.

Saludos,
Rodrigo

De: Ximena Robles Garza <xrobles@altamar.example.mx>
Enviado: martes, 10 de febrero de 2026 12:22
Para: Rodrigo Villaseñor Ocampo <rodrigo.vo@example.mx>
Asunto: Entrevista - Gerente de Ingeniería Analítica

Estimado Rodrigo:

Le saludo de parte del área de Atracción de Talento de Grupo Financiero Altamar. Revisamos su perfil para la posición de Gerente de Ingeniería Analítica y nos gustaría conversar con usted.

Le propongo una entrevista por Microsoft Teams con el Ing. Héctor Saldaña, Director de Datos, el próximo lunes 16 de febrero a las 11:00 h (hora del centro de México).
""",
    },
    {
        "slug": "switched_to_zoom_drill",
        "kind": "interview_reschedule_or_cancel", "lang": "es", "company": "TelValle",
        "contact": "alejandra.pineda@telvalle.example.mx",
        "sender": ("Alejandra Pineda", "alejandra.pineda@telvalle.example.mx"),
        "subject": "Cambio: tu entrevista del jueves será por Zoom",
        "date": "2026-04-07 19:12 -0600",
        "structure": "plain", "charset": "utf-8", "cte": "8bit",
        "text": """Hola Rodrigo,

Te escribo porque el jueves tenemos simulacro de protección civil en el corporativo de Santa Fe y el edificio va a estar cerrado a visitas toda la tarde.

Mantenemos la entrevista a la misma hora (jueves 9 de abril, 17:30), pero la hacemos por Zoom:
https://zoom.example.com/j/93011223344?pwd=TlZhbGxl

Se suma también Gerardo, de Finanzas, porque el rol trabaja muy de cerca con su equipo. Cualquier cosa me escribes por aquí.

Nos vemos el jueves.

Alejandra Pineda | Head of Customer Analytics | TelValle
""",
    },
    {
        "slug": "founder_sick_iphone",
        "kind": "interview_reschedule_or_cancel", "lang": "es", "company": "Mandaditos",
        "contact": "camilo@mandaditos.example.co",
        "sender": ("Camilo Restrepo", "camilo@mandaditos.example.co"),
        "subject": "Re: Hablemos? Analytics en Mandaditos",
        "date": "2026-03-05 06:12 -0500",
        "parent": "<A9C1E3F5-7B2D-4E6A-8C0F-1D3B5E7A9C2E@example.mx>",
        "refs": ["<CAO9f1Hx_Rt5q2bN7mYw3KZ@mail.mandaditos.example.co>"],
        "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
        "text": """Rodrigo, mil disculpas, amanecí con fiebre y no voy a poder hoy a las 8. ¿La pasamos para el lunes 9 a la misma hora? Te mando link nuevo apenas me confirmes.

Enviado desde mi iPhone

> El 3 mar 2026, a la(s) 22:15, Rodrigo Villaseñor Ocampo <rodrigo.vo@example.mx> escribió:
>
> Hola Camilo, con gusto. El jueves 5 a las 8:00 hora Bogotá me queda perfecto. ¡Gracias por la invitación!
>
> Rodrigo
""",
    },
    {
        "slug": "venue_change_madrid",
        "kind": "interview_reschedule_or_cancel", "lang": "es", "company": "Grupo Castellana Retail",
        "contact": "lucia.garrido@grupocastellana.example.es",
        "sender": ("Lucía Garrido", "lucia.garrido@grupocastellana.example.es"),
        "subject": "RE: Convocatoria a entrevista – Data & BI Manager",
        "date": "2026-04-20 16:40 +0200",
        "parent": "<CAJ7pQ2-Castellana0k@mail.example.mx>",
        "refs": ["<VI1PR08MB5325B0E2A91C4F6D8E3B7A51C2@VI1PR08MB5325.eurprd08.prod.outlook.com>"],
        "structure": "plain", "charset": "windows-1252", "cte": "quoted-printable",
        "text": """Hola de nuevo, Rodrigo:

Te escribo para avisarte de un cambio en la entrevista del miércoles. Por obras en la sede de Serrano, la haremos en nuestras oficinas de Las Tablas (Calle de Isabel Colbrand 10, edificio Alfa, 2.ª planta) y, si te viene bien, la retrasamos a las 12:00 para que te dé tiempo a llegar con calma. Está a cinco minutos a pie de la estación de Cercanías de Fuencarral.

Perdona las molestias. ¿Me confirmas que te encaja?

Un saludo,

Lucía Garrido
Responsable de Selección
Grupo Castellana Retail

De: Rodrigo Villaseñor Ocampo <rodrigo.vo@example.mx>
Enviado: martes, 14 de abril de 2026 18:20
Para: Selección Grupo Castellana <seleccion@grupocastellana.example.es>
Asunto: Re: Convocatoria a entrevista – Data & BI Manager

Buenas tardes:

Confirmo mi asistencia a la entrevista del miércoles 22 a las 10:30 en Serrano 91. Estaré en Madrid esa semana.

Un saludo,
Rodrigo Villaseñor Ocampo
""",
    },
    {
        "slug": "university_council_postpones",
        "kind": "interview_reschedule_or_cancel", "lang": "es", "company": "Universidad Autónoma del Poniente",
        "contact": "esandoval@uap.example.mx",
        "sender": ("Dra. Elena Sandoval Quiroz", "esandoval@uap.example.mx"),
        "subject": "Re: Invitación a entrevista - Coordinación de Analítica Institucional",
        "date": "2026-06-23 09:40 -0600",
        "parent": "<CAJ7pQ2yUAP_confirma@mail.example.mx>",
        "refs": ["<4d9a2f61-uap-dgp-2026-0615@uap.example.mx>"],
        "structure": "plain", "charset": "iso-8859-1", "cte": "quoted-printable",
        "text": """Estimado Mtro. Villaseñor:

Lamento informarle que, debido a la sesión extraordinaria del Consejo Universitario convocada para el mismo día, la entrevista con el Comité de Selección se pospone.

La nueva fecha será el jueves 2 de julio de 2026 a las 10:00 horas, en la misma sala. El resto de las indicaciones se mantiene sin cambio, incluida la presentación de 15 minutos.

Le ruego confirmar su disponibilidad y le reitero mis disculpas por el inconveniente.

Atentamente,

Dra. Elena Sandoval Quiroz
Directora General de Planeación
Universidad Autónoma del Poniente
""",
    },
    {
        "slug": "headhunter_moves_slot",
        "kind": "interview_reschedule_or_cancel", "lang": "es", "company": "Banco Cafetero Andino",
        "contact": "lfospina@talentocaribe.example.co",
        "sender": ("Luisa Fernanda Ospina", "lfospina@talentocaribe.example.co"),
        "subject": "Cambio de hora entrevista Banco Cafetero Andino",
        "date": "2026-03-24 08:02 -0500",
        "structure": "plain", "charset": "utf-8", "cte": "8bit",
        "text": """Hola Rodrigo, buenos días.

El banco me pide mover la entrevista de hoy a las 3:00 p.m. para mañana miércoles 25 a las 9:30 a.m. (hora Colombia), porque a la gerente de analítica le cruzaron un comité de crédito.

Sigue siendo por Teams, con el mismo enlace que te mandé el viernes. ¿Me confirmas porfa?

Mil gracias y disculpa el cambio tan encima.

Luisa Fernanda
Talento Caribe Headhunters
""",
    },
    {
        "slug": "headhunter_postponed_caps",
        "kind": "interview_reschedule_or_cancel", "lang": "es", "company": "Cementos Cerro Alto",
        "contact": "rebeca.garza@cazatalentosnorte.example.mx",
        "sender": ("Rebeca Garza | Cazatalentos Norte", "rebeca.garza@cazatalentosnorte.example.mx"),
        "subject": "Re: ¡¡Entrevista confirmada con Cementos Cerro Alto!! 🎉",
        "date": "2026-05-13 15:48 -0600",
        "parent": "<CAJ7pQ2zCerroAlto_ok@mail.example.mx>",
        "refs": ["<CAHx8mQ4tL1Cerro_Alto_9fP2@mail.cazatalentosnorte.example.mx>"],
        "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
        "text": """Rodrigo, una disculpa!!

Me acaban de avisar de Cerro Alto que el Ing. Treviño tuvo que salir de viaje a la planta de Hermosillo y la entrevista de mañana queda POSPUESTA.

El proceso sigue en pie, nada más estamos esperando que me den nueva fecha (probablemente la semana del 25). En cuanto la tenga te marco.

Saludos!
Rebeca

El mar, 5 may 2026 a las 12:02, Rodrigo Villaseñor Ocampo (<rodrigo.vo@example.mx>) escribió:
> ¡Gracias, Rebeca! Confirmado el jueves 14 a las 10:00. Ahí estaré.
""",
    },
    {
        "slug": "outlook_sequence_update",
        "kind": "interview_reschedule_or_cancel", "lang": "en", "company": "Northgate Telecom",
        "contact": "daniel.okafor@northgatetelecom.example.ca",
        "sender": ("Daniel Okafor", "daniel.okafor@northgatetelecom.example.ca"),
        "cc": [("Mei Chen", "mei.chen@northgatetelecom.example.ca")],
        "subject": "Updated: Interview: Manager, Analytics Engineering – Rodrigo Villaseñor Ocampo",
        "date": "2026-05-14 09:30 -0400",
        "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
        "text": """Hi Rodrigo,

Apologies for the shuffle – Mei has been pulled into an outage review on Tuesday morning, so I've moved our interview to Thursday, May 21 at 2:00 PM ET. Same Teams link.

The updated invite is attached; please accept it if it works, or suggest another time.

Thanks for your flexibility,
Daniel

________________________________________________________________________________
Microsoft Teams meeting
Click here to join the meeting <https://teams.example.com/l/meetup-join/19%3ameeting_NGT4aZk2>
Meeting ID: 284 117 903 512
Passcode: 7Qk2Ze
________________________________________________________________________________
""",
        "html": """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="EN-CA"><div class="WordSection1">
<p class="MsoNormal">Hi Rodrigo,</p>
<p class="MsoNormal">Apologies for the shuffle – Mei has been pulled into an outage review on Tuesday morning, so I've moved our interview to <b>Thursday, May 21 at 2:00 PM ET</b>. Same Teams link.</p>
<p class="MsoNormal">The updated invite is attached; please accept it if it works, or suggest another time.</p>
<p class="MsoNormal">Thanks for your flexibility,<br>Daniel</p>
<div><a href="https://teams.example.com/l/meetup-join/19%3ameeting_NGT4aZk2">Join the meeting now</a><br>Meeting ID: 284 117 903 512 · Passcode: 7Qk2Ze</div>
</div></body></html>
""",
        "calendar": {"method": "REQUEST", "cte": "base64", "attach": None, "ics": f"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EASTERN_TZ}
BEGIN:VEVENT
ORGANIZER;CN=Daniel Okafor:mailto:daniel.okafor@northgatetelecom.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Rodrigo Villaseñor Ocampo:mailto:rodrigo.vo@example.mx
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mei Chen:mailto:mei.chen@northgatetelecom.example.ca
DESCRIPTION;LANGUAGE=en-US:Moved from Tuesday May 19. Same Teams link.
UID:{NORTHGATE_UID}
SUMMARY;LANGUAGE=en-US:Interview: Manager\\, Analytics Engineering – Rodrigo Villaseñor Ocampo
DTSTART;TZID=Eastern Standard Time:20260521T140000
DTEND;TZID=Eastern Standard Time:20260521T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260514T133000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-OWNERAPPTID:-1903344517
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
"""},
    },
    {
        "slug": "hiring_manager_out_sick",
        "kind": "interview_reschedule_or_cancel", "lang": "en", "company": "Lone Star Credit Union",
        "contact": "mvega@lonestarcu.example.com",
        "sender": ("Marisol Vega", "mvega@lonestarcu.example.com"),
        "subject": "RE: Phone screen - Data Analytics Supervisor",
        "date": "2026-03-03 07:58 -0600",
        "parent": "<CAJ7pQ2x_LSCU_ok2@mail.example.mx>",
        "refs": ["<SA1PR19MB5210D4E8F0A7B3C61E2F9D08A3@SA1PR19MB5210.namprd19.prod.outlook.com>",
                 "<CAJ7pQ2x_LSCU_ok1@mail.example.mx>",
                 "<SA1PR19MB5210A7C3E9F1D20B48E6A5D3F1@SA1PR19MB5210.namprd19.prod.outlook.com>"],
        "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
        "text": """Good morning Rodrigo,

I'm so sorry for the short notice, but Greg (the hiring manager) is out sick today, so we need to reschedule your interview at 1:00. Could you do Friday 3/6 at 1:00 PM or Monday 3/9 at 10:30 AM instead? Same Teams link either way.

Thanks for understanding!

Marisol

From: Rodrigo Villaseñor Ocampo <rodrigo.vo@example.mx>
Sent: Thursday, February 26, 2026 4:40 PM
To: Marisol Vega <mvega@lonestarcu.example.com>
Subject: Re: Phone screen - Data Analytics Supervisor

Hi Marisol,

Tuesday 3/3 at 1:00 PM works great. Looking forward to meeting Greg.

Best,
Rodrigo

From: Marisol Vega <mvega@lonestarcu.example.com>
Sent: Thursday, February 26, 2026 3:12 PM
To: Rodrigo Villaseñor Ocampo <rodrigo.vo@example.mx>
Subject: RE: Phone screen - Data Analytics Supervisor

Hi Rodrigo,

Great talking to you this morning! Greg would like to meet you for a second interview on Tuesday 3/3 at 1:00 PM CT via Teams. It's about an hour and will include a short SQL exercise. Let me know if that works.

Marisol

From: Rodrigo Villaseñor Ocampo <rodrigo.vo@example.mx>
Sent: Tuesday, February 17, 2026 1:05 PM
To: Marisol Vega <mvega@lonestarcu.example.com>
Subject: Re: Phone screen - Data Analytics Supervisor

Hi Marisol, Thursday 2/26 at 11:00 AM works for me. My number is +52 55 5555 0142. Thank you!
""",
    },
    {
        "slug": "lever_onsite_to_virtual",
        "kind": "interview_reschedule_or_cancel", "lang": "en", "company": "Sixth Street Insights",
        "contact": "jordan@sixthstreetinsights.example.com",
        "sender": ("Jordan Pike", "no-reply@hire.lever.co"),
        "reply_to": ("Jordan Pike", "jordan@sixthstreetinsights.example.com"),
        "subject": "Change of plans: your final round will be virtual",
        "date": "2026-06-12 12:40 -0500",
        "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
        "html": """<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#333;">
<div style="max-width:600px;">
<p>Hi Rodrigo,</p>
<p>Quick heads-up: our East 6th office is having emergency HVAC work next week, so we're moving your final round on <b>Tuesday, June 16</b> to Zoom.</p>
<p>Same times (9:30 AM – 1:00 PM CT) and the same lineup, minus the lunch. We'll send you a food delivery gift card instead so you're not interviewing on an empty stomach.</p>
<p>New Zoom link (valid for all sessions): <a href="https://zoom.example.com/j/97730115522">zoom.example.com/j/97730115522</a></p>
<p>The case study prompt will still arrive Sunday morning. Reply here with any questions.</p>
<p>Jordan</p>
</div>
<div style="font-size:11px;color:#999;margin-top:24px;">Sent with <a href="https://www.lever.co/?utm_source=candidate_email" style="color:#999;">Lever</a></div>
<img src="https://hire.lever.co/email/open/41d0c9aa-77e3.png" width="1" height="1" alt="">
</body></html>
""",
    },
    {
        "slug": "board_meeting_moves_panel",
        "kind": "interview_reschedule_or_cancel", "lang": "en", "company": "Capital Area Transit Authority",
        "contact": "hr.recruitment@capareatransit.example.com",
        "sender": ("CATA Human Resources", "hr.recruitment@capareatransit.example.com"),
        "subject": "RE: Panel Interview Invitation - Business Intelligence Manager (Posting #26-041)",
        "date": "2026-07-17 14:05 -0500",
        "parent": "<CAJ7pQ2-CATA-confirm@mail.example.mx>",
        "refs": ["<20260713144500.26041.gybarra@capareatransit.example.com>"],
        "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
        "text": """Dear Mr. Villaseñor Ocampo:

Thank you for confirming. Unfortunately, due to a special-called meeting of the Board of Directors on July 23, we must reschedule your panel interview.

The new date is Tuesday, July 28, 2026, from 10:00 AM to 11:00 AM Central, at the same location (Room 2B). All other details remain unchanged.

Please reply to confirm the new date at your earliest convenience. We apologize for any inconvenience.

Sincerely,

Gloria Ybarra
HR Generalist
Capital Area Transit Authority
""",
    },
    {
        "slug": "startup_push_terse",
        "kind": "interview_reschedule_or_cancel", "lang": "en", "company": "Queen West Analytics",
        "contact": "ben@queenwest.example.ca",
        "sender": ("Ben Adeyemi", "ben@queenwest.example.ca"),
        "subject": "Re: your application",
        "date": "2026-07-13 08:51 -0400",
        "parent": "<CAJ7pQ2_QW_tues_ok@mail.example.mx>",
        "refs": ["<CAJ7pQ2_wq8Lh3ZyN0e@mail.example.mx>",
                 "<6B0E2A91-3C4D-4F7E-A1B2-C9D8E7F6A5B4@queenwest.example.ca>"],
        "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
        "text": """sorry, need to push tomorrow - investor call got moved. thurs same time?

Sent from my iPhone

> On Jul 10, 2026, at 6:03 PM, Rodrigo Villaseñor Ocampo <rodrigo.vo@example.mx> wrote:
>
> Tuesday at 3pm ET works, thanks Ben!
""",
    },
    {
        "slug": "calendar_cancel_interviewer_ill",
        "kind": "interview_reschedule_or_cancel", "lang": "de", "company": "Kiezbank",
        "contact": "julia.neumann@kiezbank.example.de",
        "sender": ("Julia Neumann", "julia.neumann@kiezbank.example.de"),
        "subject": "Abgesagt: Einladung zum Vorstellungsgespräch – Lead BI Engineer (m/w/d)",
        "date": "2026-06-08 08:10 +0200",
        "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
        "text": """Sehr geehrter Herr Villaseñor Ocampo,

leider muss ich unseren Termin am Donnerstag, 11. Juni, absagen: Herr Dr. Ritter ist kurzfristig erkrankt.

Das Gespräch soll selbstverständlich nachgeholt werden – ich melde mich in den nächsten Tagen mit zwei, drei Terminvorschlägen für die kommende Woche bei Ihnen.

Bitte entschuldigen Sie die Umstände.

Mit freundlichen Grüßen

Julia Neumann
Recruiting & Employer Branding
Kiezbank AG | Oranienstraße 183 | 10999 Berlin
""",
        "html": """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="DE"><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt;">
<p>Sehr geehrter Herr Villaseñor Ocampo,</p>
<p>leider muss ich unseren Termin am Donnerstag, 11. Juni, absagen: Herr Dr. Ritter ist kurzfristig erkrankt.</p>
<p>Das Gespräch soll selbstverständlich nachgeholt werden – ich melde mich in den nächsten Tagen mit zwei, drei Terminvorschlägen für die kommende Woche bei Ihnen.</p>
<p>Bitte entschuldigen Sie die Umstände.</p>
<p>Mit freundlichen Grüßen</p>
<p><b>Julia Neumann</b><br>Recruiting &amp; Employer Branding<br>Kiezbank AG | Oranienstraße 183 | 10999 Berlin</p>
</div></body></html>
""",
        "calendar": {"method": "CANCEL", "cte": "base64", "attach": None, "ics": f"""
BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{BERLIN_TZ}
BEGIN:VEVENT
ORGANIZER;CN=Julia Neumann:mailto:julia.neumann@kiezbank.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Rodrigo Villaseñor Ocampo:mailto:rodrigo.vo@example.mx
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Dr. Tobias Ritter:mailto:tobias.ritter@kiezbank.example.de
DESCRIPTION;LANGUAGE=de-DE:Termin abgesagt (Erkrankung). Neue Terminvorschläge folgen.
UID:{KIEZBANK_UID}
SUMMARY;LANGUAGE=de-DE:Abgesagt: Einladung zum Vorstellungsgespräch – Lead BI Engineer (m/w/d)
DTSTART;TZID=W. Europe Standard Time:20260611T160000
DTEND;TZID=W. Europe Standard Time:20260611T170000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20260608T061000Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:2
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
"""},
    },
    {
        "slug": "recruiter_in_training_report",
        "kind": "interview_reschedule_or_cancel", "lang": "fr", "company": "Caisse Laurentienne",
        "contact": "genevieve.tremblay@caisselaurentienne.example.ca",
        "sender": ("Geneviève Tremblay", "genevieve.tremblay@caisselaurentienne.example.ca"),
        "subject": "RE: Entrevue téléphonique – Conseiller(ère) principal(e), intelligence d'affaires",
        "date": "2026-08-06 16:45 -0400",
        "parent": "<CAJ7pQ2-Caisse-ok@mail.example.mx>",
        "refs": ["<YQXPR01MB4877A0B3C2D1E4F5A6B7C8D9E0@YQXPR01MB4877.CANPRD01.PROD.OUTLOOK.COM>"],
        "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
        "text": """Bonjour Rodrigo,

Je suis désolée, je dois déplacer notre entrevue de mardi : je serai en formation toute la journée.

Est-ce que le jeudi 13 août à 14 h (heure de l'Est) vous conviendrait? Sinon, proposez-moi deux ou trois plages la semaine prochaine et je m'ajusterai.

Merci de votre compréhension,

Geneviève

De : Rodrigo Villaseñor Ocampo <rodrigo.vo@example.mx>
Envoyé : mardi 4 août 2026 15:02
À : Geneviève Tremblay <genevieve.tremblay@caisselaurentienne.example.ca>
Objet : Re: Entrevue téléphonique – Conseiller(ère) principal(e), intelligence d'affaires

Bonjour Geneviève,

Avec plaisir, mardi 11 août à 10 h me convient parfaitement. Vous pouvez me joindre au +52 55 5555 0142.

Bien à vous,
Rodrigo
""",
    },
    {
        "slug": "site_closed_moved_to_video",
        "kind": "interview_reschedule_or_cancel", "lang": "fr", "company": "Mistral Aviation",
        "contact": "camille.garnier@mistral-aviation.example.com",
        "sender": ("Camille Garnier", "camille.garnier@mistral-aviation.example.com"),
        "subject": "Votre entretien du 21 septembre : passage en visioconférence",
        "date": "2026-09-16 17:30 +0200",
        "structure": "plain", "charset": "utf-8", "cte": "8bit",
        "text": """Bonjour Rodrigo,

Suite à une restriction d'accès temporaire à nos bureaux du Terminal 4 (travaux de sécurité), votre entretien du lundi 21 septembre à 11h00 se tiendra finalement en visioconférence via Teams. L'horaire et les participants restent inchangés.

Lien de connexion : https://teams.example.com/l/meetup-join/19%3ameeting_MISTRAL21

Je reste à votre disposition si vous avez la moindre question.

Bien à vous,

Camille Garnier
Responsable Recrutement Espagne & Portugal
Mistral Aviation
""",
    },
]

MISSED = [
    {
        "slug": "startup_waited_ten",
        "kind": "missed_interview_notice", "lang": "es", "company": "Rutamóvil",
        "contact": "daniela.fuentes@rutamovil.example.mx",
        "sender": ("Daniela Fuentes", "daniela.fuentes@rutamovil.example.mx"),
        "subject": "?",
        "date": "2026-02-19 10:32 -0600",
        "structure": "plain", "charset": "utf-8", "cte": "8bit",
        "text": """Hola Rodrigo,

Te esperamos en la llamada de las 10:00 con Luis (nuestro Head of Data) y no te conectaste. Te escribimos al WhatsApp también, por si acaso.

Entiendo que a veces pasan imprevistos. Si sigues interesado en la vacante de Analytics Engineer, contéstame por aquí y vemos si Luis tiene otro hueco la próxima semana; no te prometo que sea muy pronto porque ya estamos en entrevistas finales con otras personas.

Saludos,

Daniela Fuentes
Talent Partner · Rutamóvil
rutamovil.example.mx
""",
    },
    {
        "slug": "bank_tried_to_call",
        "kind": "missed_interview_notice", "lang": "es", "company": "Banco Meridiano",
        "contact": "kbenitezo@bancomeridiano.example.mx",
        "sender": ("Karla Benítez Ochoa", "kbenitezo@bancomeridiano.example.mx"),
        "subject": "Intentamos contactarte - vacante Analista Sr. de Inteligencia de Negocios",
        "date": "2026-03-26 16:20 -0600",
        "msgid": "<SJ0PR13MB5847F2C1D0E9A8B7C6D5E4F3A2@SJ0PR13MB5847.namprd13.prod.outlook.com>",
        "structure": "plain", "charset": "iso-8859-1", "cte": "quoted-printable",
        "text": """Hola Rodrigo, buenas tardes.

Hoy a las 13:00 teníamos agendada tu entrevista telefónica con el área de Inteligencia de Negocios. Intentamos llamarte en tres ocasiones al número que registraste (55 **** 4471) sin éxito y te dejamos mensaje de voz.

¿Podrías confirmarme si sigues interesado en el proceso y si tu número es correcto? De ser así, te propongo reprogramar para el lunes 30 de marzo a la misma hora.

Saludos,

Karla Benítez Ochoa
Atracción de Talento
Banco Meridiano

Este correo electrónico y sus anexos son confidenciales y para uso exclusivo del destinatario. Banco Meridiano, S.A., Institución de Banca Múltiple, Grupo Financiero Meridiano.
""",
    },
    {
        "slug": "health_insurer_no_show_formal",
        "kind": "missed_interview_notice", "lang": "es", "company": "Salud Andina EPS",
        "contact": "gestionhumana@saludandina.example.co",
        "sender": ("Gestión Humana Salud Andina", "gestionhumana@saludandina.example.co"),
        "subject": "Inasistencia a entrevista - Proceso Analista de Información en Salud",
        "date": "2026-04-21 11:45 -0500",
        "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
        "text": """Señor
Rodrigo Villaseñor Ocampo

Cordial saludo.

Le informamos que usted no se presentó a la entrevista programada para el día de hoy, martes 21 de abril de 2026, a las 9:00 a.m., en la sede administrativa de Salud Andina EPS (Av. Calle 26 # 69-76, torre 2, piso 5, Bogotá).

De acuerdo con nuestra política de selección, si la inasistencia obedeció a una causa de fuerza mayor, le solicitamos enviar la justificación respondiendo a este correo dentro de las 48 horas siguientes; de lo contrario, su hoja de vida será retirada del proceso.

Atentamente,

Proceso de Selección
Gerencia de Gestión Humana
Salud Andina EPS
""",
    },
    {
        "slug": "trial_day_no_show",
        "kind": "missed_interview_notice", "lang": "es", "company": "Lumbre Energía",
        "contact": "irene@lumbre.example.es",
        "sender": ("Irene Sanz", "irene@lumbre.example.es"),
        "subject": "Jornada de prueba de hoy",
        "date": "2026-07-09 11:14 +0200",
        "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
        "text": """Hola Rodrigo:

Hoy te esperábamos a las 9:00 en la oficina de Chamberí para la jornada de prueba con el equipo de Datos y no has venido. Te he llamado dos veces al número que nos diste, pero salta el buzón.

Espero que no haya pasado nada grave. Si ha habido algún problema, escríbeme hoy o mañana y vemos qué podemos hacer; Pablo salió muy contento de tu entrevista y nos gustaría entender qué ha pasado.

Un abrazo,
Irene

Irene Sanz · People Partner · Lumbre Energía
""",
    },
    {
        "slug": "successfactors_no_show_link",
        "kind": "missed_interview_notice", "lang": "es", "company": "Farmacias del Bajío", "contact": "",
        "sender": ("Farmacias del Bajío Reclutamiento", "fdb-reclutamiento@successfactors.eu"),
        "subject": "No asististe a tu entrevista virtual",
        "date": "2026-07-02 13:05 -0600",
        "structure": "html", "charset": "windows-1252", "cte": "quoted-printable",
        "html": """<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#222222;">
<table width="600" cellpadding="0" cellspacing="0" border="0">
<tr><td style="background:#00843d;padding:14px 20px;"><img src="https://career5.successfactors.eu/careers/fdb/logo.png" alt="Farmacias del Bajío" height="36"></td></tr>
<tr><td style="padding:22px 20px;">
<p>Hola Rodrigo:</p>
<p>Nuestro sistema registra que no te conectaste a la entrevista virtual programada el <b>2 de julio de 2026 a las 11:00 h</b> con el área de Inteligencia Comercial.</p>
<p>Si aún te interesa la vacante <b>Analista de Datos Comerciales (Guadalajara)</b>, puedes solicitar una nueva fecha en los próximos 5 días hábiles a través del siguiente enlace:</p>
<p><a href="https://career5.successfactors.eu/sfcareer/interviewScheduling?company=farmbajio&amp;token=UkVQUk9H&amp;action=reschedule" style="color:#00843d;font-weight:bold;">Solicitar nueva fecha »</a></p>
<p>Pasado ese plazo, tu postulación se cerrará automáticamente.</p>
<p>Atracción de Talento – Farmacias del Bajío</p>
</td></tr>
<tr><td style="padding:12px 20px;font-size:11px;color:#777777;border-top:1px solid #e0e0e0;">Este mensaje fue enviado desde una cuenta no monitoreada. Por favor, no respondas a este correo.<br>Farmacias del Bajío, S.A. de C.V. · Av. Vallarta 5500, Zapopan, Jal. · “Tu salud, nuestra prioridad”</td></tr>
</table>
</body></html>
""",
    },
    {
        "slug": "agency_zoom_didnt_join",
        "kind": "missed_interview_notice", "lang": "en", "company": "Hill Country Health",
        "contact": "kyle@lonestartalent.example.com",
        "sender": ("Kyle Brennan", "kyle@lonestartalent.example.com"),
        "subject": "Re: Hill Country Health - Data Platform Lead",
        "date": "2026-03-19 10:24 -0500",
        "msgid": "<CAGk1eHc7Tz4m1pQ8sV0dA@mail.lonestartalent.example.com>",
        "parent": "<CAGk1eHb3N8q0xJ5uW2r9Y@mail.lonestartalent.example.com>",
        "structure": "plain", "charset": "utf-8", "cte": "7bit",
        "text": """Rodrigo - Dr. Cole and Ravi were on the Zoom at 10 and waited about 15 min but you didn't join. Tried your cell twice too. Everything OK??

Let me know ASAP. I might be able to get them to give you another shot tomorrow but I need to hear from you this morning.

Kyle

Sent from my iPhone

On Mon, Mar 16, 2026 at 11:05 AM Kyle Brennan <kyle@lonestartalent.example.com> wrote:
> Rodrigo!
>
> Great news - Hill Country Health wants to meet you. First round is a video call with Dr. Amanda Cole (VP Clinical Analytics) and Ravi, their data engineering manager.
>
> Thursday 3/19 at 10:00 AM Central
> Zoom: https://zoom.example.com/j/88123456701
""",
    },
    {
        "slug": "consultancy_tried_calling",
        "kind": "missed_interview_notice", "lang": "en", "company": "Rideau & King Consulting",
        "contact": "sofia.marchetti@rideauking.example.ca",
        "sender": ("Sofia Marchetti", "sofia.marchetti@rideauking.example.ca"),
        "subject": "Following up",
        "date": "2026-06-10 14:21 -0400",
        "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
        "text": """Hi Rodrigo,

Marc dialled into the Teams meeting at 2:00 PM ET for your case interview as scheduled and, when you didn't appear, tried calling the mobile number on your application. I followed up with a call at 2:10 PM, but we weren't able to reach you either time.

I hope everything is all right. Could you let me know what happened? We would need to hear back by Friday to see whether a new slot can be arranged before the panel finalises its shortlist.

Kind regards,

Sofia Marchetti | Recruiting Manager | Rideau & King Consulting
150 King St W, Suite 2400, Toronto, ON M5H 1J9 | 416-555-0122
""",
    },
    {
        "slug": "airline_we_missed_you",
        "kind": "missed_interview_notice", "lang": "en", "company": "Bluebonnet Air",
        "contact": "recruiting@bluebonnetair.example.com",
        "sender": ("Bluebonnet Air Recruiting", "recruiting@bluebonnetair.example.com"),
        "subject": "We missed you today",
        "date": "2026-04-28 15:03 -0500",
        "structure": "html", "charset": "utf-8", "cte": "base64",
        "html": """<html><body style="margin:0;background:#f4f7fb;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 10px;">
<table width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;color:#1f2d3d;border-radius:6px;">
<tr><td style="padding:20px 28px;background:#1c4f9c;border-radius:6px 6px 0 0;"><img src="https://careers.bluebonnetair.example.com/img/bluebonnet-white.png" alt="Bluebonnet Air" width="150"></td></tr>
<tr><td style="padding:24px 28px;font-size:15px;line-height:1.6;">
<p>Hi Rodrigo,</p>
<p>You were scheduled for a virtual interview today, <b>April 28 at 1:30 PM CT</b>, with our Network Planning team, but we didn't see you join the meeting.</p>
<p>We understand that things come up! If you're still interested in the <b>Senior Analyst, Network Planning</b> role, reply to this email within 3 business days and our team will help you find a new time.</p>
<p>Thanks,<br>Bluebonnet Air Talent Acquisition</p>
</td></tr>
<tr><td style="padding:14px 28px;font-size:11px;color:#7b8794;">Bluebonnet Air · 3600 Presidential Blvd, Austin, TX 78719 · <a href="https://careers.bluebonnetair.example.com/privacy" style="color:#7b8794;">Candidate privacy notice</a></td></tr>
</table></td></tr></table>
</body></html>
""",
    },
    {
        "slug": "utility_nicht_erschienen",
        "kind": "missed_interview_notice", "lang": "de", "company": "Stadtwerke Spreetal",
        "contact": "a.pohl@stadtwerke-spreetal.example.de",
        "sender": ("Anja Pohl", "a.pohl@stadtwerke-spreetal.example.de"),
        "subject": "Ihr Vorstellungsgespräch am 7. Juli 2026",
        "date": "2026-07-07 12:15 +0200",
        "structure": "plain", "charset": "iso-8859-1", "cte": "quoted-printable",
        "text": """Sehr geehrter Herr Villaseñor Ocampo,

zu dem mit Ihnen vereinbarten Vorstellungsgespräch am heutigen Dienstag, 7. Juli 2026, um 10:00 Uhr in unserer Hauptverwaltung in Fürstenwalde sind Sie leider nicht erschienen. Eine Absage haben wir nicht erhalten.

Sollten Sie weiterhin Interesse an der Stelle als Referent*in Datenanalyse Netzbetrieb haben, bitten wir Sie, sich bis zum 10. Juli 2026 bei mir zu melden. Andernfalls gehen wir davon aus, dass sich Ihre Bewerbung erledigt hat.

Mit freundlichen Grüßen

Anja Pohl
Personalgewinnung

Stadtwerke Spreetal GmbH
Am Wasserwerk 4, 15517 Fürstenwalde/Spree
Tel. 03361 555-214
Geschäftsführer: Dipl.-Ing. Rainer Schulte | Amtsgericht Frankfurt (Oder) HRB 4471 FF
""",
    },
    {
        "slug": "meet_tu_pas_rejoint",
        "kind": "missed_interview_notice", "lang": "fr", "company": "Datavance",
        "contact": "lea@datavance.example.com",
        "sender": ("Léa Marchand", "lea@datavance.example.com"),
        "subject": "On t'a attendu ce matin",
        "date": "2026-04-16 10:40 +0200",
        "structure": "plain", "charset": "utf-8", "cte": "8bit",
        "text": """Salut Rodrigo,

On avait rendez-vous ce matin à 10h (heure de Paris) sur Google Meet pour ton entretien technique avec Yanis, mais tu ne nous as pas rejoints. On t'a attendu un bon quart d'heure.

Pas de souci si tu as eu un empêchement, ça arrive ! Dis-moi simplement si tu veux qu'on recale un créneau cette semaine ou la suivante.

À bientôt,
Léa

--
Léa Marchand · Talent Acquisition · Datavance
""",
    },
]

MESSAGES = [*INVITATIONS, *RESCHEDULES, *MISSED]

assert len(INVITATIONS) == 26 and len(RESCHEDULES) == 15 and len(MISSED) == 10
