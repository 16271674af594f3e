"""Invitations, reschedules or cancellations, and missed-interview notices of the 119th corpus."""

from __future__ import annotations

from msgs119_common import ats_card, ats_table, outlook, quote, track

INV = "interview_invitation"
RES = "interview_reschedule_or_cancel"
MIS = "missed_interview_notice"

AEC_UID = "5q0kd7r2m4b1c9s3t8v6n0h2aq@google.com"
ABP_UID = ("040000008200E00074C5B7101A82E00800000000D0C1B9E44A0ADC01000000000000000010000000"
           "6A1E5E0C3B7F2A4B9C1D2E3F40516273")

AEC_REQUEST = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260415T080000Z
DTEND:20260415T090000Z
DTSTAMP:20260408T093112Z
ORGANIZER;CN=Ane Zubizarreta:mailto:ane.zubizarreta@aguasenergia.example.es
UID:{AEC_UID}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ingrid Solheim-Vargas:mailto:ingrid.sv@example.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Ane Zubizarreta:mailto:ane.zubizarreta@aguasenergia.example.es
X-GOOGLE-CONFERENCE:https://meet.google.com/qvx-hzra-kpd
CREATED:20260408T093110Z
DESCRIPTION:Entrevista para el puesto de Técnica de Reporting de Sostenibilidad. Únete con Google Meet: https://meet.google.com/qvx-hzra-kpd
LAST-MODIFIED:20260408T093111Z
LOCATION:Google Meet
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista Ingrid Solheim-Vargas / Aguas y Energía del Cantábrico
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""

AEC_UPDATE = AEC_REQUEST.replace("DTSTART:20260415T080000Z", "DTSTART:20260416T140000Z").replace(
    "DTEND:20260415T090000Z", "DTEND:20260416T150000Z").replace(
    "DTSTAMP:20260408T093112Z", "DTSTAMP:20260413T071502Z").replace(
    "LAST-MODIFIED:20260408T093111Z", "LAST-MODIFIED:20260413T071500Z").replace(
    "SEQUENCE:0", "SEQUENCE:1")

ABP_REQUEST = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:GMT Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T010000
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN=Marta Figueiredo:mailto:m.figueiredo@atlanticblueports.example.pt
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ingrid Solheim-Vargas:mailto:ingrid.sv@example.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Tiago Serrão:mailto:t.serrao@atlanticblueports.example.pt
DESCRIPTION;LANGUAGE=en-GB:Interview - Environmental Reporting Coordinator\\nMicrosoft Teams meeting\\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting_ABP
UID:{ABP_UID}
SUMMARY;LANGUAGE=en-GB:Interview - Environmental Reporting Coordinator (Ingrid Solheim-Vargas)
DTSTART;TZID=GMT Standard Time:20260709T150000
DTEND;TZID=GMT Standard Time:20260709T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260702T101455Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
"""

ABP_CANCEL = ABP_REQUEST.replace("METHOD:REQUEST", "METHOD:CANCEL").replace(
    "STATUS:CONFIRMED", "STATUS:CANCELLED").replace("SEQUENCE:0", "SEQUENCE:1").replace(
    "DTSTAMP:20260702T101455Z", "DTSTAMP:20260707T082230Z").replace(
    "SUMMARY;LANGUAGE=en-GB:Interview", "SUMMARY;LANGUAGE=en-GB:Canceled: Interview").replace(
    "PRIORITY:5", "PRIORITY:1")

SPECS: list[dict] = [
    # ================================ invitations ==========================================
    {
        "scenario": "terminal_in_person", "kind": INV, "lang": "es", "company": "Terminal Marítima del Turia",
        "contact": "laura.benlloch@tmturia.example.es",
        "frm": ("Laura Benlloch Ferrando", "laura.benlloch@tmturia.example.es"),
        "subject": "Entrevista - Técnica de Medio Ambiente y Sostenibilidad",
        "date": "2026-02-23 10:15 +0100", "charset": "iso-8859-1", "cte": "quoted-printable",
        "msgid": "<5f1c.tmt.inv.0223@tmturia.example.es>",
        "text": """Hola Ingrid,

Soy Laura Benlloch, de Personas en Terminal Marítima del Turia. Hemos leído tu
candidatura para el puesto de Técnica de Medio Ambiente y Sostenibilidad y nos gustaría
conocerte.

¿Te vendría bien venir el jueves 5 de marzo a las 10:00 a nuestras oficinas? Estarán
también Ximo Andrés (jefe de Medio Ambiente) y yo. Calcula una hora más o menos.

Dirección: Moll de Ponent, 3 (entrada por el control de acceso norte; deja tu DNI en
garita y pregunta por mí).

Confírmame cuando puedas, por correo o al 963 000 412.

Un saludo,

Laura Benlloch Ferrando
Responsable de Personas
Terminal Marítima del Turia
""",
    },
    {
        "scenario": "teamtailor_phone_screen", "kind": INV, "lang": "es",
        "company": "Plataforma Intermodal Xàtiva", "contact": "nuria.alcaraz@pixativa.example.es",
        "frm": ("Plataforma Intermodal Xàtiva", "no-reply@teamtailor-mail.com"),
        "reply_to": ("Núria Alcaraz", "nuria.alcaraz@pixativa.example.es"),
        "subject": "¿Hablamos? Técnico/a de Calidad y Sostenibilidad", "date": "2026-04-07 09:02 +0000",
        "charset": "utf-8", "cte": "quoted-printable",
        "html": ats_card(
            brand="<img src=\"https://assets.teamtailor-cdn.com/pixativa/logo.png\" alt=\"Plataforma Intermodal Xàtiva\" height=\"34\">",
            pixel_base="https://t.teamtailor-mail.com/pixativa",
            body=f"""<p>¡Hola Ingrid!</p>
<p>Soy Núria, de Personas en la Plataforma Intermodal Xàtiva. Nos ha encantado tu candidatura para <b>Técnico/a de Calidad y Sostenibilidad</b> y nos gustaría tener una primera llamada contigo de unos 20 minutos.</p>
<p>Elige el hueco que mejor te venga:</p>
<p><a href="{track('https://t.teamtailor-mail.com/pixativa', 'https://pixativa.teamtailor.com/meetings/8841/book')}" style="display:inline-block;background:#e4572e;color:#fff;padding:10px 18px;border-radius:20px;text-decoration:none">Reservar llamada</a></p>
<p>Si ninguno te encaja, responde a este correo y lo buscamos juntas.</p>
<p>¡Hasta pronto!<br>Núria Alcaraz<br>Personas · Plataforma Intermodal Xàtiva</p>""",
            footer="""Plataforma Intermodal Xàtiva · Polígon La Llometa, 46800 Xàtiva · <a href="https://pixativa.teamtailor.com/privacy" style="color:#8a8a8a">Privacidad</a><br>Enviado con Teamtailor"""),
    },
    {
        "scenario": "google_calendar_request", "kind": INV, "lang": "es",
        "company": "Aguas y Energía del Cantábrico", "contact": "ane.zubizarreta@aguasenergia.example.es",
        "frm": ("Ane Zubizarreta", "ane.zubizarreta@aguasenergia.example.es"),
        "subject": "Invitación: Entrevista Ingrid Solheim-Vargas / Aguas y Energía del Cantábrico @ mié 15 abr 2026 10:00 - 11:00 (CEST)",
        "date": "2026-04-08 11:31 +0200", "charset": "utf-8", "cte": "quoted-printable",
        "msgid": "<0000000000003f9a7c0610aec01@google.com>",
        "text": """Hola Ingrid:

Como hablamos por teléfono, te envío la convocatoria para la entrevista por Google Meet
del miércoles 15 a las 10:00. Estaremos Josu Agirre (responsable de Sostenibilidad) y
yo. Cualquier cosa, me dices.

Ane Zubizarreta
Selección y Desarrollo · Aguas y Energía del Cantábrico
Plaza Euskadi 5, 48009 Bilbao

-----
Entrevista Ingrid Solheim-Vargas / Aguas y Energía del Cantábrico
miércoles, 15 de abril de 2026 · 10:00 – 11:00 (hora de verano de Europa central)
Unirse con Google Meet: https://meet.google.com/qvx-hzra-kpd
Organizador: ane.zubizarreta@aguasenergia.example.es

Invitación de Google Calendar. Estás recibiendo este correo porque eres un invitado del
evento. ¿Asistirás? Sí - Quizás - No
""",
        "html": """<html><body style="font-family:Roboto,Arial,sans-serif;font-size:14px;color:#3c4043">
<p>Hola Ingrid:</p>
<p>Como hablamos por teléfono, te envío la convocatoria para la entrevista por Google Meet del miércoles 15 a las 10:00. Estaremos Josu Agirre (responsable de Sostenibilidad) y yo. Cualquier cosa, me dices.</p>
<p>Ane Zubizarreta<br>Selección y Desarrollo · Aguas y Energía del Cantábrico<br>Plaza Euskadi 5, 48009 Bilbao</p>
<table cellpadding="0" cellspacing="0" style="border:1px solid #dadce0;border-radius:8px;width:100%;margin-top:16px">
<tr><td style="padding:16px"><span style="font-size:18px;color:#202124">Entrevista Ingrid Solheim-Vargas / Aguas y Energía del Cantábrico</span><br>
<span>miércoles, 15 de abril de 2026 · 10:00 – 11:00</span><br>
<a href="https://meet.google.com/qvx-hzra-kpd" style="display:inline-block;margin-top:10px;background:#1a73e8;color:#fff;padding:8px 14px;border-radius:4px;text-decoration:none">Unirse con Google Meet</a></td></tr>
<tr><td style="padding:10px 16px;border-top:1px solid #dadce0;font-size:12px;color:#70757a">Invitación de Google Calendar · ¿Asistirás? <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;rst=1">Sí</a> · <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;rst=3">Quizás</a> · <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;rst=2">No</a></td></tr>
</table>
</body></html>
""",
        "ics": ("REQUEST", AEC_REQUEST),
    },
    {
        "scenario": "ett_exclamations_client_named", "kind": INV, "lang": "es",
        "company": "Logística Portuaria Sagunto", "contact": "raquel.montesinos@temporis-ett.example.es",
        "frm": ("Raquel Montesinos | Temporis ETT", "raquel.montesinos@temporis-ett.example.es"),
        "subject": "¡¡ENTREVISTA CONFIRMADA!! Logística Portuaria Sagunto", "date": "2026-04-10 13:26 +0200",
        "charset": "utf-8", "cte": "8bit",
        "text": """¡¡Hola Ingrid!!

¡Buenas noticias! Le he pasado tu CV a nuestro cliente LOGÍSTICA PORTUARIA SAGUNTO y
quieren conocerte!! 🎉

📅 Jueves 16 de abril
🕛 12:00 h
📍 Oficinas de Logística Portuaria Sagunto – Muelle Norte, Puerto de Sagunto (edificio
   azul al lado de la báscula)
👤 Preguntar por Elena Gil, responsable de Calidad y Medio Ambiente

El puesto es el de Administrativa de Operaciones con reporting de emisiones, contrato
de 6 meses a través de Temporis con posibilidad de incorporación!!

Llévate DNI y el CV impreso. Y llámame al salir para contarme qué tal!!!

Mucha suerte!!
Raquel

Raquel Montesinos
Consultora de Selección · Temporis ETT – Delegación Valencia Puerto
960 000 881 · www.temporis-ett.example.es
""",
    },
    {
        "scenario": "headhunter_teams_unnamed", "kind": INV, "lang": "es",
        "company": "Hunt & Harbour Executive Search", "contact": "gonzalo.arriaga@huntharbour.example.es",
        "frm": ("Gonzalo Arriaga", "gonzalo.arriaga@huntharbour.example.es"),
        "subject": "Mandato confidencial - primera conversación", "date": "2026-04-16 08:12 +0200",
        "charset": "utf-8", "cte": "quoted-printable",
        "text": """Hola Ingrid,

Gracias por enviarme el CV tan rápido. Estoy llevando un mandato confidencial para
Responsable de Sostenibilidad de una compañía energética cotizada (no puedo darte el
nombre todavía, te lo contaré cuando avancemos) y me encaja tu combinación de
operaciones portuarias y contabilidad de carbono.

Te propongo una primera entrevista conmigo por Teams el martes 21 a las 18:00, de unos
45 minutos. Si te va bien, te mando el enlace; si no, dime dos alternativas esa semana.

Un saludo,

Gonzalo Arriaga
Partner | Hunt & Harbour Executive Search
+34 600 000 117
""",
    },
    {
        "scenario": "consortium_practical_test", "kind": INV, "lang": "es",
        "company": "Mancomunitat de l'Horta Marítima", "contact": "personal@mancohortamaritima.example.es",
        "frm": ("Servei de Personal - Mancomunitat de l'Horta Marítima", "personal@mancohortamaritima.example.es"),
        "subject": "CONVOCATORIA PRUEBA PRÁCTICA Y ENTREVISTA - Técnico/a Gestión Ambiental",
        "date": "2026-03-02 13:40 +0100", "charset": "windows-1252", "cte": "base64",
        "text": """Sra. Ingrid Solheim-Vargas:

De acuerdo con la base séptima de la convocatoria para la constitución de una bolsa de
Técnico/a de Gestión Ambiental, y habiendo sido admitida en el proceso, se le convoca a
la realización de la prueba práctica y posterior entrevista personal:

   Fecha: martes, 10 de marzo de 2026
   Hora: 9:30 h (se ruega puntualidad; llamamiento único)
   Lugar: Sede de la Mancomunitat, Sala de Plenos – C/ del Mar, 14, Alboraia
   Documentación: DNI o documento equivalente en vigor

La prueba consistirá en la resolución de un supuesto práctico sobre el cálculo de la
huella de carbono de un servicio municipal (duración máxima: 90 minutos). A
continuación se realizará la entrevista ante el tribunal calificador.

Le rogamos que confirme su asistencia respondiendo a este correo.

Atentamente,

Servei de Personal
Mancomunitat de l'Horta Marítima
Tel. 961 000 555
""",
    },
    {
        "scenario": "consultancy_gmail_quote", "kind": INV, "lang": "es", "company": "Verd & Blau Consultoria",
        "contact": "jordi.puigventos@verdiblau.example.es",
        "frm": ("Jordi Puigventós i Mas", "jordi.puigventos@verdiblau.example.es"),
        "subject": "Re: Candidatura Consultor/a júnior ESG", "date": "2026-04-13 19:05 +0200",
        "charset": "utf-8", "cte": "quoted-printable", "irt": "<CAO7ingrid0409vib@mail.example.es>",
        "text": f"""Hola Ingrid!

Gracias por escribirnos. Nos ha llamado la atención tu experiencia en la terminal, no es
un perfil que veamos a menudo.

¿Te iría bien venir a la oficina el martes 21 de abril a las 10h? Estaremos Marina (la
otra socia) y yo. Prepara si puedes una presentación corta (10 min máx.) sobre cómo
medirías las emisiones de una operación de estiba.

Estamos en C/ de Pere IV, 88, 3r pis (Poblenou).

Una abraçada,
Jordi

Jordi Puigventós i Mas | Soci | Verd & Blau Consultoria

El jue, 9 abr 2026 a las 11:20, Ingrid Solheim-Vargas (<ingrid.sv@example.es>)
escribió:
{quote('''Buenos días:

Os escribo por la oferta de Consultor/a júnior ESG publicada en vuestra web. Adjunto
mi CV. Entiendo que buscáis experiencia en consultoría, que no tengo, así que si no
encajo lo entenderé perfectamente.

Un saludo,
Ingrid Solheim-Vargas''')}
""",
    },
    {
        "scenario": "ashby_video_booking", "kind": INV, "lang": "es", "company": "Huella Cero",
        "contact": "talent@huellacero.example.es",
        "frm": ("Huella Cero", "no-reply@ashbyhq.com"),
        "reply_to": ("Huella Cero Talent", "talent@huellacero.example.es"),
        "subject": "Huella Cero – Siguiente paso: entrevista con el equipo", "date": "2026-05-04 10:44 +0000",
        "charset": "utf-8", "cte": "base64",
        "html": ats_card(
            brand="Huella Cero 🌍",
            pixel_base="https://t.ashbyhq.com/huellacero",
            body=f"""<p>¡Hola Ingrid!</p>
<p>Gracias por tu candidatura para <b>Carbon Accounting Specialist</b>. Nos ha encantado tu perfil y queremos invitarte a una <b>entrevista por videollamada de 45 minutos</b> con Lucía (Head of Climate) y Andrés (CTO).</p>
<p>Puedes escoger el horario que prefieras aquí:</p>
<p><a href="{track('https://t.ashbyhq.com/huellacero', 'https://app.ashbyhq.com/interview-scheduling/hc-4471')}" style="background:#111;color:#fff;padding:10px 16px;border-radius:6px;text-decoration:none">Elegir horario</a></p>
<p>Si tienes cualquier duda, responde a este email y te contestará una persona del equipo.</p>
<p>Un abrazo,<br>Equipo de Talento · Huella Cero</p>""",
            footer="Huella Cero · Calle de Alcalá 21, 28014 Madrid · Sent with Ashby"),
    },
    {
        "scenario": "icims_teams_usted", "kind": INV, "lang": "es", "company": "Auditores Meseta & Asociados",
        "contact": "",
        "frm": ("Auditores Meseta & Asociados Talent Acquisition", "no-reply@icims.com"),
        "subject": "Invitación a entrevista - Consultor/a Sostenibilidad (Req. 2026-1187)",
        "date": "2026-05-06 07:55 +0000", "charset": "iso-8859-1", "cte": "quoted-printable",
        "html": """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body style="margin:0;padding:0;font-family:'Segoe UI',Arial,sans-serif;font-size:14px;color:#222222">
<table width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#002b49"><tr><td style="padding:14px 24px">
<img src="https://careers-meseta.icims.com/images/logo-white.png" alt="Auditores Meseta &amp; Asociados" height="30"></td></tr></table>
<table width="620" cellpadding="0" cellspacing="0" border="0" style="margin:20px 24px"><tr><td style="line-height:22px">
<p>Estimada Ingrid:</p>
<p>Le agradecemos su interés en la posición <b>Consultor/a Sostenibilidad - Reporting CSRD</b> (Req. 2026-1187) en nuestra oficina de Madrid.</p>
<p>Nos complace invitarle a una entrevista por Microsoft Teams con el equipo de ESG Assurance:</p>
<table cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#cccccc">
<tr><td><b>Fecha</b></td><td>jueves, 14 de mayo de 2026</td></tr>
<tr><td><b>Hora</b></td><td>10:00 - 11:00 (hora peninsular)</td></tr>
<tr><td><b>Entrevistadores</b></td><td>Beatriz Ocaña (Senior Manager) y Álvaro Peinado (Manager)</td></tr>
</table>
<p>Recibirá el enlace de conexión 24 horas antes. Le rogamos que confirme su disponibilidad a través del <a href="https://careers-meseta.icims.com/jobs/candidate/confirm?rid=2026-1187">portal del candidato</a>.</p>
<p>Atentamente,<br>Talent Acquisition<br>Auditores Meseta &amp; Asociados</p>
</td></tr></table>
<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td style="padding:16px 24px;font-size:11px;color:#777777;border-top:1px solid #e5e5e5">
Auditores Meseta &amp; Asociados, S.L.P. · Paseo de la Habana 30 · 28036 Madrid · Inscrita en el ROAC con el n.º S0000.<br>
Este mensaje se ha enviado desde una dirección no supervisada. Por favor, no responda.</td></tr></table>
</body></html>
""",
    },
    {
        "scenario": "terse_android_family_firm", "kind": INV, "lang": "es", "company": "Transitarios Grau",
        "contact": "vicent@transitariosgrau.example.es",
        "frm": ("Vicent Grau", "vicent@transitariosgrau.example.es"),
        "subject": "Re: Candidatura espontánea - Ingrid Solheim", "date": "2026-01-28 08:52 +0100",
        "charset": "utf-8", "cte": "8bit",
        "irt": "<d2e.grau.ack.0126@transitariosgrau.example.es>",
        "refs": ["<CAO7ingrid0123grau@mail.example.es>", "<d2e.grau.ack.0126@transitariosgrau.example.es>"],
        "text": """Ingrid puedes venir mañana a las 12 a la oficina del puerto? Pregunta por mi en recepcion. Es para hablar del tema de los informes de emisiones que nos piden los clientes.

Vicent

Enviado desde mi Android
""",
    },
    {
        "scenario": "lisbon_company_spanish", "kind": INV, "lang": "es", "company": "Lusomar Logística",
        "contact": "joao.pestana@lusomar.example.pt",
        "frm": ("João Pestana", "joao.pestana@lusomar.example.pt"),
        "subject": "Entrevista por videollamada – Analista de Sostenibilidad", "date": "2026-06-02 16:30 +0100",
        "charset": "utf-8", "cte": "quoted-printable",
        "text": """Buenas tardes Ingrid,

Mi nombre es João Pestana y soy responsable de Recursos Humanos en Lusomar Logística,
en Lisboa. Hemos recibido su candidatura para el puesto de Analista de Sostenibilidad y
nos gustaría mucho tener una conversación con usted.

Le propongo una videollamada por Zoom el martes 9 de junio a las 11h00 (hora de
Lisboa, 12h00 en España). La conversación será en español y un poco en inglés, ya que
el equipo de reporting trabaja con el grupo en Rotterdam.

Por favor, confírmeme si le viene bien.

Con los mejores saludos,

João Pestana
Recursos Humanos | Lusomar Logística
Rua da Cintura do Porto, Armazém 7, 1200-000 Lisboa
+351 210 000 320
""",
    },
    {
        "scenario": "outlook_first_round_misleading_quote", "kind": INV, "lang": "es",
        "company": "Ibaizabal Sostenibilidad", "contact": "itziar.goikoetxea@ibaizabal.example.es",
        "frm": ("Itziar Goikoetxea Uribe", "itziar.goikoetxea@ibaizabal.example.es"),
        "subject": "RE: Candidatura Analista de Huella de Carbono", "date": "2026-05-28 12:02 +0200",
        "charset": "utf-8", "cte": "quoted-printable",
        "irt": "<AM6PR-ingrid-0527@mail.example.es>",
        "text": """Hola Ingrid:

No, no te hemos descartado, al contrario. Perdona el silencio, hemos tenido muchas
candidaturas.

Te proponemos una primera entrevista el martes 2 de junio a las 12:00 en nuestra
oficina de Mazarredo (o por Teams si te viene mejor desde Valencia, dímelo). Hablaremos
de tu experiencia y del tipo de proyectos que hacemos.

Un saludo,

Itziar Goikoetxea Uribe
Socia directora
Ibaizabal Sostenibilidad
T. 944 000 560

De: Ingrid Solheim-Vargas <ingrid.sv@example.es>
Enviado: miércoles, 27 de mayo de 2026 9:14
Para: info@ibaizabal.example.es
Asunto: Candidatura Analista de Huella de Carbono

Buenos días:

Envié mi candidatura hace tres semanas y no he tenido respuesta. Si no he sido
seleccionada, agradecería saberlo para no seguir pendiente.

Gracias,
Ingrid Solheim-Vargas
""",
        "html": outlook("""Hola Ingrid:

No, no te hemos descartado, al contrario. Perdona el silencio, hemos tenido muchas candidaturas.

Te proponemos una primera entrevista el martes 2 de junio a las 12:00 en nuestra oficina de Mazarredo (o por Teams si te viene mejor desde Valencia, dímelo). Hablaremos de tu experiencia y del tipo de proyectos que hacemos.

Un saludo,""", signature="""<p class="MsoNormal"><b>Itziar Goikoetxea Uribe</b><br>Socia directora<br>Ibaizabal Sostenibilidad<br>T. 944 000 560</p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p class="MsoNormal"><b>De:</b> Ingrid Solheim-Vargas &lt;ingrid.sv@example.es&gt;<br><b>Enviado:</b> miércoles, 27 de mayo de 2026 9:14<br><b>Para:</b> info@ibaizabal.example.es<br><b>Asunto:</b> Candidatura Analista de Huella de Carbono</p></div>
<p class="MsoNormal">Buenos días:<br><br>Envié mi candidatura hace tres semanas y no he tenido respuesta. Si no he sido seleccionada, agradecería saberlo para no seguir pendiente.<br><br>Gracias,<br>Ingrid Solheim-Vargas</p>"""),
    },
    {
        "scenario": "ngo_group_dynamic", "kind": INV, "lang": "es", "company": "Costas Vivas",
        "contact": "mireia.casals@costasvivas.example.org",
        "frm": ("Mireia Casals", "mireia.casals@costasvivas.example.org"),
        "subject": "Dinámica de grupo – Técnica de Impacto Ambiental", "date": "2026-07-01 17:12 +0200",
        "charset": "utf-8", "cte": "8bit",
        "text": """Hola Ingrid,

¡Gracias por presentarte a la plaza de Técnica de Impacto Ambiental! Has pasado el
primer filtro y nos gustaría invitarte a la siguiente fase: una dinámica de grupo con
otras cinco personas candidatas y, justo después, una entrevista breve con el equipo.

Será el jueves 9 de julio de 17:00 a 19:30 en nuestra sede de Gràcia (C/ de Verdi, 40,
Barcelona). Si vienes desde Valencia y el viaje es un problema, dínoslo y buscamos una
alternativa online para la entrevista.

Confírmame asistencia cuando puedas 🙂

Mireia Casals
Coordinadora de Personas i Voluntariat
Costas Vivas · Associació per la defensa del litoral
costasvivas.example.org · Instagram @costasvivas
""",
    },
    {
        "scenario": "successfactors_reply_to_recruiter", "kind": INV, "lang": "es",
        "company": "Grupo Energético Túria", "contact": "marta.soler@getturia.example.es",
        "frm": ("Grupo Energético Túria", "noreply@successfactors.eu"),
        "reply_to": ("Marta Soler Peris", "marta.soler@getturia.example.es"),
        "subject": "Grupo Energético Túria - Convocatoria de entrevista", "date": "2026-05-11 08:30 +0200",
        "charset": "utf-8", "cte": "quoted-printable",
        "html": ats_table(
            lang="es", logo_src="https://career5.successfactors.eu/companylogo/getturia.png",
            logo_alt="Grupo Energético Túria", accent="#6a1b9a",
            body="""<p>Hola, Ingrid:</p>
<p>En relación con tu candidatura para <b>Técnico/a de Reporting ESG</b> (ID 4410), nos gustaría invitarte a una entrevista presencial.</p>
<table cellpadding="0" cellspacing="0" border="0" style="margin:10px 0 16px 0">
<tr><td style="padding:3px 12px 3px 0;color:#777">Día</td><td>jueves 21 de mayo de 2026</td></tr>
<tr><td style="padding:3px 12px 3px 0;color:#777">Hora</td><td>9:30</td></tr>
<tr><td style="padding:3px 12px 3px 0;color:#777">Lugar</td><td>Sede corporativa, Av. de Aragó 30, planta 9, València</td></tr>
<tr><td style="padding:3px 12px 3px 0;color:#777">Con</td><td>Marta Soler (Talent Acquisition) y Enric Vidal (Control de Gestión)</td></tr>
</table>
<p>Por favor, confirma tu asistencia respondiendo a este mensaje; la respuesta llegará directamente a Marta.</p>
<p>Gracias y hasta pronto,<br>Talent Acquisition<br>Grupo Energético Túria</p>""",
            footer="Mensaje enviado a través de SAP SuccessFactors. Grupo Energético Túria, S.A. · Av. de Aragó 30 · 46021 València · <a href=\"https://getturia.example.es/privacidad\" style=\"color:#888888\">Privacidad</a>"),
    },
    {
        "scenario": "greenhouse_scheduling_link", "kind": INV, "lang": "en", "company": "Maasvlakte Bunkering",
        "contact": "joost.vermeulen@maasvlakte-bunkering.example.nl",
        "frm": ("Maasvlakte Bunkering via Greenhouse", "no-reply@us.greenhouse-mail.io"),
        "reply_to": ("Joost Vermeulen", "joost.vermeulen@maasvlakte-bunkering.example.nl"),
        "subject": "Interview invitation: Emissions Data Analyst", "date": "2026-03-18 14:03 +0000",
        "charset": "utf-8", "cte": "quoted-printable",
        "html": ats_card(
            brand="Maasvlakte Bunkering",
            pixel_base="https://click.greenhouse-mail.io/maasvlakte",
            body=f"""<p>Hi Ingrid,</p>
<p>Thanks for applying for the <strong>Emissions Data Analyst</strong> position. We'd like to invite you to a 30-minute video interview with me and Priya Raman from our Fuel Transition team.</p>
<p>Please pick a slot that suits you using the link below. All times are shown in your time zone.</p>
<p><a href="{track('https://click.greenhouse-mail.io/maasvlakte', 'https://app.greenhouse.io/scheduling/self_schedule/9d82')}" style="color:#fff;background:#24a47f;padding:10px 16px;border-radius:4px;text-decoration:none">Schedule your interview</a></p>
<p>Looking forward to speaking with you.</p>
<p>Best,<br>Joost Vermeulen<br>Recruiter | Maasvlakte Bunkering B.V.<br>Europaweg 875, 3199 LD Maasvlakte Rotterdam</p>""",
            footer="Powered by Greenhouse · <a href=\"https://maasvlakte-bunkering.example.nl/privacy\" style=\"color:#8a8a8a\">Candidate privacy notice</a>"),
    },
    {
        "scenario": "council_interview_bring_id", "kind": INV, "lang": "en",
        "company": "London Borough of Wharfside", "contact": "k.osei@wharfside.example.co.uk",
        "frm": ("Kwame Osei", "k.osei@wharfside.example.co.uk"),
        "subject": "Interview - Climate Data Officer (Ref WHF/0426)", "date": "2026-06-15 11:40 +0100",
        "charset": "windows-1252", "cte": "quoted-printable",
        "text": """Dear Ingrid,

Thank you for your application for the post of Climate Data Officer (Ref WHF/0426).
I’m pleased to invite you to interview.

Date: Wednesday 24 June 2026
Time: 14:00 – 15:15
Venue: Wharfside Town Hall, 2 Dock Street, London E1 0ZZ (Committee Room 3)
Panel: Kwame Osei (Climate Programme Manager), Hannah Birch (Head of Sustainability)

The interview will include a 10-minute presentation on “How should a borough measure
emissions from its freight and servicing contracts?” followed by competency-based
questions.

Please bring photo ID and proof of your right to work in the UK; if you need
sponsorship please let me know in advance. If you need any adjustments, just reply to
this email.

Kind regards,

Kwame Osei
Climate Programme Manager
London Borough of Wharfside
""",
    },
    {
        "scenario": "outlook_calendar_request", "kind": INV, "lang": "en", "company": "Atlantic Blue Ports",
        "contact": "m.figueiredo@atlanticblueports.example.pt",
        "frm": ("Marta Figueiredo", "m.figueiredo@atlanticblueports.example.pt"),
        "subject": "Interview - Environmental Reporting Coordinator (Ingrid Solheim-Vargas)",
        "date": "2026-07-02 11:14 +0100", "charset": "utf-8", "cte": "quoted-printable",
        "msgid": "<DB8PR-abp-0702-invite@atlanticblueports.example.pt>",
        "text": """Dear Ingrid,

Further to our call, please find the invitation for your interview with Tiago Serrão
(Head of Environment) and myself on Thursday 9 July at 15:00 Lisbon time (16:00 in
Valencia). The interview will be held in English on Teams.

Best regards,
Marta Figueiredo
People & Culture | Atlantic Blue Ports
Cais de Alcântara, 1350-000 Lisboa

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
https://teams.microsoft.com/l/meetup-join/19%3ameeting_ABP
Meeting ID: 312 778 901 44  Passcode: 7hQx2p
________________________________________________________________________________
""",
        "ics": ("REQUEST", ABP_REQUEST),
    },
    {
        "scenario": "workday_one_way_video", "kind": INV, "lang": "en", "company": "Harbourline Bank", "contact": "",
        "frm": ("Harbourline Bank Careers", "harbourline@myworkday.com"),
        "subject": "Next step: complete your video interview", "date": "2026-08-11 06:02 +0000",
        "charset": "utf-8", "cte": "base64",
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": """Dear Ingrid,

Thank you for applying for Sustainable Finance Analyst (JR-20931). We are pleased to
invite you to the next stage: a short video interview.

You will be asked five questions and will have up to three minutes to record each
answer. Please complete your interview by 18 August 2026, 23:59 BST.

Start video interview:
https://harbourline.wd3.myworkday.com/interview/v/JR-20931

Good luck!
Early Careers & Graduate Recruitment
Harbourline Bank

Harbourline Bank plc. Registered in England and Wales No 00000123. This mailbox is not monitored.
""",
        "html": ats_table(
            lang="en", logo_src="https://harbourline.wd3.myworkday.com/logo_hl.png",
            logo_alt="Harbourline Bank", accent="#00263e",
            pixel_base="https://email.myworkday.com/harbourline",
            body=f"""<p>Dear Ingrid,</p>
<p>Thank you for applying for <b>Sustainable Finance Analyst (JR-20931)</b>. We are pleased to invite you to the next stage: a short <b>video interview</b>.</p>
<p>You will be asked five questions and will have up to three minutes to record each answer. Please complete your interview by <b>18 August 2026, 23:59 BST</b>.</p>
<p style="text-align:center;margin:22px 0"><a href="{track('https://email.myworkday.com/harbourline', 'https://harbourline.wd3.myworkday.com/interview/v/JR-20931')}" style="background:#00263e;color:#ffffff;padding:12px 22px;text-decoration:none">Start video interview</a></p>
<p>Good luck!<br>Early Careers &amp; Graduate Recruitment<br>Harbourline Bank</p>""",
            footer="""Harbourline Bank plc. Registered in England and Wales No 00000123. Registered office: 1 Harbour Exchange Square, London E14 9GE. Authorised by the Prudential Regulation Authority.<br>
This mailbox is not monitored."""),
    },
    {
        "scenario": "founder_casual_call", "kind": INV, "lang": "en", "company": "CarbonDock",
        "contact": "bram@carbondock.example.nl",
        "frm": ("Bram Visser", "bram@carbondock.example.nl"),
        "subject": "Your note about CarbonDock", "date": "2026-05-04 21:47 +0200",
        "charset": "utf-8", "cte": "8bit",
        "msgid": "<CABramV1sser0504cd@mail.carbondock.example.nl>",
        "text": """Hey Ingrid —

Loved your note. Someone who has actually filled in bunker delivery notes and knows
what a port call looks like from the quay is exactly who we're missing.

Free for a quick video call Thursday at 4pm CET? 30 min, just me, nothing formal — I'd
like to hear how you'd build the emissions model for a feeder route, and tell you what
we're doing.

Here's my calendar if Thursday doesn't work: https://cal.carbondock.example.nl/bram

Bram

—
Bram Visser · co-founder & CEO · CarbonDock
Keilestraat 9, Rotterdam · carbondock.example.nl · linkedin.com/in/bramvisser-example
""",
    },
    {
        "scenario": "consultancy_tu_visio", "kind": INV, "lang": "fr", "company": "Mistral Conseil RSE",
        "contact": "clemence.aubanel@mistral-rse.example.fr",
        "frm": ("Clémence Aubanel", "clemence.aubanel@mistral-rse.example.fr"),
        "subject": "Entretien consultant(e) junior bilan carbone", "date": "2026-04-28 11:20 +0200",
        "charset": "utf-8", "cte": "quoted-printable",
        "msgid": "<PR3P-mistral-0428@mistral-rse.example.fr>",
        "text": """Bonjour Ingrid,

Ton profil nous a bien plu ! Est-ce que tu serais disponible pour un entretien en visio
mardi 5 mai à 14h ? On te présentera le cabinet et on parlera de ton expérience au port.

Je t'envoie le lien Google Meet dès que tu me confirmes.

À bientôt,
Clémence

Clémence Aubanel
Associée – Mistral Conseil RSE
12 rue Sainte, 13001 Marseille
""",
    },
    {
        "scenario": "public_syndicate_convocation", "kind": INV, "lang": "fr",
        "company": "Syndicat Mixte du Littoral Phocéen", "contact": "h.castellan@smlp.example.fr",
        "frm": ("Hélène Castellan", "h.castellan@smlp.example.fr"),
        "subject": "Convocation à un entretien – Chargé(e) de mission bilan carbone",
        "date": "2026-06-04 15:22 +0200", "charset": "windows-1252", "cte": "quoted-printable",
        "msgid": "<smlp.conv.0604.7731@smlp.example.fr>",
        "text": """Madame,

Suite à l’examen de votre candidature au poste de chargé(e) de mission « bilan carbone
et plan climat » (catégorie A, contractuel), j’ai le plaisir de vous informer que vous
êtes convoquée à un entretien avec le jury de recrutement :

    le mardi 16 juin 2026 à 10 h 30
    au siège du Syndicat Mixte, 2 boulevard des Dames, 13002 Marseille (3e étage)

L’entretien durera environ 45 minutes. Une mise en situation écrite de 30 minutes
précédera l’entretien.

Je vous remercie de bien vouloir me confirmer votre présence par retour de courriel.

Veuillez agréer, Madame, l’expression de mes salutations distinguées.

Hélène Castellan
Responsable du service Ressources humaines
Syndicat Mixte du Littoral Phocéen
Tél. : 04 91 00 00 27
""",
    },
    {
        "scenario": "teamtailor_visio_fr", "kind": INV, "lang": "fr", "company": "Énergies Calanques",
        "contact": "nadia.benali@energies-calanques.example.fr",
        "frm": ("Énergies Calanques", "no-reply@teamtailor-mail.com"),
        "reply_to": ("Nadia Benali", "nadia.benali@energies-calanques.example.fr"),
        "subject": "Entretien – Chargé·e de reporting extra-financier", "date": "2026-08-24 09:10 +0000",
        "charset": "utf-8", "cte": "quoted-printable",
        "html": ats_card(
            brand="<img src=\"https://assets.teamtailor-cdn.com/energiescalanques/logo.png\" alt=\"Énergies Calanques\" height=\"32\">",
            pixel_base="https://t.teamtailor-mail.com/energiescalanques",
            body="""<p>Bonjour Ingrid,</p>
<p>Merci pour votre candidature au poste de <b>Chargé·e de reporting extra-financier</b>. Nous serions ravis d'échanger avec vous lors d'un entretien dans nos locaux :</p>
<ul>
<li><b>Date :</b> mardi 1er septembre 2026</li>
<li><b>Heure :</b> 9h30 – 10h30</li>
<li><b>Lieu :</b> 40 boulevard de Dunkerque, 13002 Marseille (accueil, 5e étage)</li>
<li><b>Avec :</b> Nadia Benali (Talent) et Olivier Ferrand (Directeur RSE)</li>
</ul>
<p>Merci de nous confirmer votre venue en répondant simplement à ce message.</p>
<p>À très vite,<br>Nadia Benali<br>Talent Acquisition – Énergies Calanques</p>""",
            footer="Énergies Calanques SAS · 40 bd de Dunkerque, 13002 Marseille · <a href=\"https://energiescalanques.teamtailor.com/privacy\" style=\"color:#8a8a8a\">Politique de confidentialité</a>"),
    },
    {
        "scenario": "recruitment_firm_client_named", "kind": INV, "lang": "fr",
        "company": "Armateurs Associés du Levant", "contact": "mathieu.giraud@lavande-rh.example.fr",
        "frm": ("Mathieu Giraud", "mathieu.giraud@lavande-rh.example.fr"),
        "subject": "Proposition d'entretien - Armateurs Associés du Levant", "date": "2026-03-03 10:41 +0100",
        "charset": "iso-8859-1", "cte": "8bit", "hcs": "iso-8859-1",
        "text": """Bonjour Madame Solheim-Vargas,

Je fais suite à notre échange téléphonique de vendredi. Comme convenu, j'ai présenté
votre candidature à notre client, ARMATEURS ASSOCIÉS DU LEVANT, pour le poste de
Responsable données environnementales de la flotte.

Le client souhaite vous rencontrer. Je vous propose un entretien dans leurs locaux le
jeudi 12 mars à 15h00, 9 quai du Lazaret, 13002 Marseille, avec M. Paoli (Directeur
technique) et Mme Rey (DRH). Je serai présent en début d'entretien.

Merci de me confirmer votre disponibilité au plus vite.

Bien à vous,

Mathieu Giraud
Consultant senior - Cabinet Lavande RH
Recrutement & chasse de têtes - Fonctions maritimes et industrielles
06 00 00 00 41
""",
    },
    {
        "scenario": "softgarden_sie_reply_to", "kind": INV, "lang": "de", "company": "Hafenkontor Nord",
        "contact": "f.ohlsen@hafenkontor-nord.example.de",
        "frm": ("Hafenkontor Nord über softgarden", "noreply@softgarden.io"),
        "reply_to": ("Frauke Ohlsen", "f.ohlsen@hafenkontor-nord.example.de"),
        "subject": "Einladung zum Vorstellungsgespräch – Referent*in ESG-Reporting",
        "date": "2026-07-27 10:20 +0200", "charset": "utf-8", "cte": "quoted-printable",
        "html": ats_table(
            lang="de", logo_src="https://hafenkontor-nord.softgarden.io/logo.png",
            logo_alt="Hafenkontor Nord", accent="#0a5c8a",
            pixel_base="https://mail.softgarden.io/hafenkontor",
            body="""<p>Sehr geehrte Frau Solheim-Vargas,</p>
<p>vielen Dank für Ihre Bewerbung als <b>Referent*in ESG-Reporting</b>. Ihre Unterlagen haben uns überzeugt, und wir möchten Sie gerne persönlich kennenlernen.</p>
<p>Wir laden Sie herzlich zu einem Vorstellungsgespräch per Microsoft Teams ein:</p>
<p style="padding:10px 14px;background:#eef5fa"><b>Mittwoch, 5. August 2026, 10:00 Uhr</b><br>Gesprächspartner: Frauke Ohlsen (HR Business Partner), Dr. Malte Jessen (Leiter Nachhaltigkeit)</p>
<p>Bitte bestätigen Sie den Termin kurz per Antwort auf diese E-Mail. Den Link zum Meeting erhalten Sie anschließend.</p>
<p>Mit freundlichen Grüßen<br>Frauke Ohlsen<br>HR Business Partner</p>""",
            footer="""Hafenkontor Nord GmbH · Am Sandtorkai 50 · 20457 Hamburg · Geschäftsführer: Ole Brodersen · Amtsgericht Hamburg HRB 000003<br>
Diese Nachricht wurde über softgarden versendet."""),
    },
    {
        "scenario": "du_consultancy_hamburg", "kind": INV, "lang": "de",
        "company": "Klimaberatung Alster & Partner", "contact": "jan.kroeger@alster-partner.example.de",
        "frm": ("Jan Kröger", "jan.kroeger@alster-partner.example.de"),
        "subject": "Kennenlernen in Hamburg?", "date": "2026-06-01 14:11 +0200",
        "charset": "utf-8", "cte": "quoted-printable",
        "text": """Hallo Ingrid,

danke für deine Bewerbung als Beraterin für Treibhausgasbilanzen – wir duzen uns hier
alle, ich hoffe, das ist okay.

Dein Lebenslauf hat uns neugierig gemacht: Hafenlogistik plus Carbon Accounting sieht
man selten. Hast du Lust, uns am Dienstag, 9. Juni, um 11 Uhr in Eppendorf zu besuchen?
Wir würden etwa eine Stunde reden und dir danach das Team vorstellen. Reisekosten
übernehmen wir bis 250 Euro.

Sag einfach Bescheid, ob das klappt.

Viele Grüße
Jan

--
Jan Kröger | Partner
Klimaberatung Alster & Partner
Eppendorfer Landstraße 60 · 20249 Hamburg
""",
    },
    {
        "scenario": "university_selection_talk", "kind": INV, "lang": "de",
        "company": "Technische Hochschule Elbufer", "contact": "w.thordsen@th-elbufer.example.de",
        "frm": ("Prof. Dr. Wiebke Thordsen", "w.thordsen@th-elbufer.example.de"),
        "subject": "Einladung zum Auswahlgespräch - Kennziffer 2026/118",
        "date": "2026-09-02 09:30 +0200", "charset": "iso-8859-1", "cte": "base64", "hcs": "iso-8859-1",
        "msgid": "<a7c1.0902.thordsen@th-elbufer.example.de>",
        "text": """Sehr geehrte Frau Solheim-Vargas,

vielen Dank für Ihre Bewerbung auf die Stelle einer wissenschaftlichen Mitarbeiterin
(m/w/d) im Projekt "Grüne Hafenlogistik - THG-Bilanzierung von Umschlagprozessen"
(Kennziffer 2026/118, E 13 TV-L, 75 %).

Die Auswahlkommission möchte Sie gerne zu einem Auswahlgespräch einladen:

Termin: Dienstag, 15. September 2026, 13:00 Uhr
Ort: Technische Hochschule Elbufer, Campus Veddel, Gebäude C, Raum C 2.14

Das Gespräch dauert etwa 45 Minuten; bitte bereiten Sie einen Kurzvortrag (10 Minuten)
zu Ihrer bisherigen Tätigkeit und zu Ihren Ideen für das Projekt vor. Das Gespräch kann
auf Englisch geführt werden. Reisekosten können leider nicht erstattet werden.

Bitte bestätigen Sie mir Ihre Teilnahme bis zum 8. September.

Mit freundlichen Grüßen
Wiebke Thordsen

Prof. Dr. Wiebke Thordsen
Fakultät Technik und Logistik
Technische Hochschule Elbufer
Veddeler Damm 20, 20539 Hamburg
""",
    },
]

SPECS += [
    # ============================ reschedules and cancellations ============================
    {
        "scenario": "calendar_sequence_update", "kind": RES, "lang": "es",
        "company": "Aguas y Energía del Cantábrico", "contact": "ane.zubizarreta@aguasenergia.example.es",
        "frm": ("Ane Zubizarreta", "ane.zubizarreta@aguasenergia.example.es"),
        "subject": "Invitación actualizada: Entrevista Ingrid Solheim-Vargas / Aguas y Energía del Cantábrico @ jue 16 abr 2026 16:00 - 17:00 (CEST)",
        "date": "2026-04-13 09:15 +0200", "charset": "utf-8", "cte": "quoted-printable",
        "irt": "<0000000000003f9a7c0610aec01@google.com>",
        "text": """Hola de nuevo, Ingrid:

Josu tiene que estar el miércoles en la depuradora de Galindo todo el día, así que
hemos movido la entrevista al jueves 16 a las 16:00. Mismo enlace de Meet. Si no te
viene bien, dime y buscamos otro hueco.

Ane

-----
Este evento se ha modificado:
Entrevista Ingrid Solheim-Vargas / Aguas y Energía del Cantábrico
Cuándo: antes miércoles, 15 de abril de 2026 · 10:00 – 11:00
        ahora jueves, 16 de abril de 2026 · 16:00 – 17:00 (hora de verano de Europa central)
Unirse con Google Meet: https://meet.google.com/qvx-hzra-kpd

Invitación de Google Calendar. ¿Asistirás? Sí - Quizás - No
""",
        "ics": ("REQUEST", AEC_UPDATE),
    },
    {
        "scenario": "switched_to_video", "kind": RES, "lang": "es", "company": "Plataforma Intermodal Xàtiva",
        "contact": "nuria.alcaraz@pixativa.example.es",
        "frm": ("Núria Alcaraz", "nuria.alcaraz@pixativa.example.es"),
        "subject": "Cambio: entrevista del lunes por videollamada", "date": "2026-04-17 12:48 +0200",
        "charset": "iso-8859-1", "cte": "quoted-printable", "hcs": "iso-8859-1",
        "text": """Hola Ingrid,

Un cambio de última hora: el lunes 20 tenemos auditoría en la plataforma y la sala de
reuniones estará ocupada todo el día, así que la entrevista con Ferran (director de
operaciones) será por videollamada en lugar de presencial. Mantenemos la hora, las
11:00.

Enlace de Google Meet: https://meet.google.com/pix-nuri-0420

Así te ahorras también el viaje a Xàtiva :)

Un abrazo,
Núria Alcaraz
Personas · Plataforma Intermodal Xàtiva
""",
    },
    {
        "scenario": "ett_time_change_terse", "kind": RES, "lang": "es", "company": "Logística Portuaria Sagunto",
        "contact": "raquel.montesinos@temporis-ett.example.es",
        "frm": ("Raquel Montesinos | Temporis ETT", "raquel.montesinos@temporis-ett.example.es"),
        "subject": "cambio de hora jueves", "date": "2026-04-14 18:03 +0200",
        "charset": "utf-8", "cte": "8bit",
        "text": """Ingrid, Elena Gil de Logística Portuaria Sagunto me pide pasar la entrevista del jueves de las 12:00 a las 16:30, por la mañana tienen un buque en operación. Mismo sitio. Me confirmas?

Raquel
Temporis ETT
""",
    },
    {
        "scenario": "ashby_interviewer_emergency", "kind": RES, "lang": "es", "company": "Huella Cero",
        "contact": "talent@huellacero.example.es",
        "frm": ("Huella Cero", "no-reply@ashbyhq.com"),
        "reply_to": ("Huella Cero Talent", "talent@huellacero.example.es"),
        "subject": "Necesitamos cambiar tu entrevista con Huella Cero", "date": "2026-05-11 15:20 +0000",
        "charset": "utf-8", "cte": "quoted-printable",
        "html": ats_card(
            brand="Huella Cero 🌍",
            pixel_base="https://t.ashbyhq.com/huellacero",
            body=f"""<p>Hola Ingrid,</p>
<p>Lo sentimos mucho: Lucía ha tenido un imprevisto familiar y no podrá hacer la entrevista de mañana <b>martes 12 de mayo a las 17:00</b>.</p>
<p>Hemos cancelado ese hueco. ¿Puedes elegir uno nuevo esta semana o la próxima?</p>
<p><a href="{track('https://t.ashbyhq.com/huellacero', 'https://app.ashbyhq.com/interview-scheduling/hc-4471/reschedule')}" style="background:#111;color:#fff;padding:10px 16px;border-radius:6px;text-decoration:none">Elegir nuevo horario</a></p>
<p>Perdona las molestias. Cualquier cosa, responde a este correo.</p>
<p>Equipo de Talento · Huella Cero</p>""",
            footer="Huella Cero · Calle de Alcalá 21, 28014 Madrid · Sent with Ashby"),
    },
    {
        "scenario": "public_test_postponed_strike", "kind": RES, "lang": "es",
        "company": "Mancomunitat de l'Horta Marítima", "contact": "personal@mancohortamaritima.example.es",
        "frm": ("Servei de Personal - Mancomunitat de l'Horta Marítima", "personal@mancohortamaritima.example.es"),
        "subject": "APLAZAMIENTO prueba práctica Técnico/a Gestión Ambiental",
        "date": "2026-03-06 14:10 +0100", "charset": "windows-1252", "cte": "quoted-printable",
        "to": [("", "undisclosed-recipients:;")],
        "text": """A las personas admitidas en el proceso de selección para la bolsa de Técnico/a de
Gestión Ambiental:

Ante la convocatoria de huelga en el transporte metropolitano para el martes 10 de
marzo, y con el fin de garantizar la igualdad de condiciones de todas las personas
aspirantes, el tribunal ha acordado APLAZAR la prueba práctica y las entrevistas al
martes 17 de marzo de 2026, manteniéndose la hora (9:30 h) y el lugar (Sala de Plenos,
C/ del Mar, 14, Alboraia).

Quienes no puedan asistir en la nueva fecha deberán comunicarlo respondiendo a este
correo antes del viernes 13 de marzo.

Disculpen las molestias.

Servei de Personal
Mancomunitat de l'Horta Marítima
""",
    },
    {
        "scenario": "interviewer_ill_colleague", "kind": RES, "lang": "es", "company": "Ibaizabal Sostenibilidad",
        "contact": "aitor.larrea@ibaizabal.example.es",
        "frm": ("Aitor Larrea", "aitor.larrea@ibaizabal.example.es"),
        "subject": "RV: RE: Candidatura Analista de Huella de Carbono", "date": "2026-06-01 08:40 +0200",
        "charset": "utf-8", "cte": "8bit",
        "text": """Hola Ingrid, soy Aitor, consultor en Ibaizabal.

Itziar está de baja con fiebre desde el fin de semana y no va a poder hacer la
entrevista de mañana martes. ¿Te vendría bien el miércoles 3 a la misma hora, a las
12:00, por Teams? Ella calcula que ya estará recuperada; si no, la haría yo con Garazi.

Te reenvío abajo su correo para que tengas el contexto.

Un saludo,
Aitor Larrea
Consultor · Ibaizabal Sostenibilidad

-----Mensaje original-----
De: Itziar Goikoetxea Uribe
Enviado el: jueves, 28 de mayo de 2026 12:02
Para: Ingrid Solheim-Vargas
Asunto: RE: Candidatura Analista de Huella de Carbono

Hola Ingrid:

No, no te hemos descartado, al contrario. Perdona el silencio, hemos tenido muchas
candidaturas.

Te proponemos una primera entrevista el martes 2 de junio a las 12:00 en nuestra
oficina de Mazarredo (o por Teams si te viene mejor desde Valencia, dímelo).
""",
    },
    {
        "scenario": "lisbon_cancel_no_date", "kind": RES, "lang": "es", "company": "Lusomar Logística",
        "contact": "joao.pestana@lusomar.example.pt",
        "frm": ("João Pestana", "joao.pestana@lusomar.example.pt"),
        "subject": "Videollamada de mañana", "date": "2026-06-08 17:55 +0100",
        "charset": "utf-8", "cte": "quoted-printable",
        "text": """Hola Ingrid,

Lo siento mucho, pero tenemos que cancelar la videollamada de mañana martes. La
directora de sostenibilidad tiene que viajar de urgencia a Rotterdam y queremos que
esté en la conversación.

Le escribo la semana que viene con una nueva fecha. El proceso sigue abierto y su
candidatura sigue siendo de las que más nos interesan.

Con los mejores saludos,
João Pestana
Recursos Humanos | Lusomar Logística
""",
    },
    {
        "scenario": "ngo_venue_change_group", "kind": RES, "lang": "es", "company": "Costas Vivas",
        "contact": "seleccion@costasvivas.example.org",
        "frm": ("Costas Vivas – Selección", "seleccion@costasvivas.example.org"),
        "to": [("Costas Vivas – Selección", "seleccion@costasvivas.example.org")],
        "subject": "Cambio de lugar: dinámica de grupo del jueves 9", "date": "2026-07-06 10:05 +0200",
        "charset": "utf-8", "cte": "quoted-printable",
        "text": """Hola a todas y todos,

Os escribimos porque cambia el lugar de la dinámica de grupo del jueves 9 de julio. Por
obras en el edificio de Verdi, la haremos en el Espai Mar de Poblenou, C/ de Llull, 112
(bajos). La hora no cambia: de 17:00 a 19:30.

Os enviamos este mensaje en copia oculta para no compartir vuestras direcciones.
Responded a este correo para confirmar que lo habéis recibido.

¡Nos vemos el jueves!

Mireia y el equipo de Personas
Costas Vivas · Associació per la defensa del litoral
""",
        "html": """<div style="font-family:Verdana,sans-serif;font-size:13px;color:#17324d">
<p>Hola a todas y todos,</p>
<p>Os escribimos porque <b>cambia el lugar</b> de la dinámica de grupo del jueves 9 de julio. Por obras en el edificio de Verdi, la haremos en el <b>Espai Mar de Poblenou, C/ de Llull, 112 (bajos)</b>. La hora no cambia: de 17:00 a 19:30.</p>
<p><a href="https://maps.example.org/?q=Llull+112+Barcelona">Ver en el mapa</a></p>
<p>Os enviamos este mensaje en copia oculta para no compartir vuestras direcciones. Responded a este correo para confirmar que lo habéis recibido.</p>
<p>¡Nos vemos el jueves!</p>
<p>Mireia y el equipo de Personas<br><img src="https://costasvivas.example.org/img/logo-cv.png" alt="Costas Vivas" width="110"><br>
<span style="font-size:11px;color:#6b7f91">Costas Vivas · Associació per la defensa del litoral · <a href="https://costasvivas.example.org">costasvivas.example.org</a></span></p>
</div>
""",
    },
    {
        "scenario": "outlook_calendar_cancel", "kind": RES, "lang": "en", "company": "Atlantic Blue Ports",
        "contact": "m.figueiredo@atlanticblueports.example.pt",
        "frm": ("Marta Figueiredo", "m.figueiredo@atlanticblueports.example.pt"),
        "subject": "Canceled: Interview - Environmental Reporting Coordinator (Ingrid Solheim-Vargas)",
        "date": "2026-07-07 09:22 +0100", "charset": "utf-8", "cte": "quoted-printable",
        "irt": "<DB8PR-abp-0702-invite@atlanticblueports.example.pt>",
        "headers": [("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")],
        "text": """Dear Ingrid,

I'm sorry to cancel at short notice: Tiago has been taken ill and will be off for the
rest of the week. I'm removing Thursday's meeting from the calendar and will send you a
new invitation for the week of 20 July as soon as I have his availability.

Apologies again, and thank you for your understanding.

Marta
""",
        "ics": ("CANCEL", ABP_CANCEL),
    },
    {
        "scenario": "strike_moved_to_teams", "kind": RES, "lang": "en",
        "company": "London Borough of Wharfside", "contact": "k.osei@wharfside.example.co.uk",
        "frm": ("Kwame Osei", "k.osei@wharfside.example.co.uk"),
        "subject": "Wednesday's interview - now on Teams", "date": "2026-06-22 16:31 +0100",
        "charset": "windows-1252", "cte": "base64",
        "text": """Dear Ingrid,

With the Underground strike announced for Wednesday, we’ve decided to hold all of this
week’s interviews on Microsoft Teams rather than at the Town Hall. Your interview stays
at 14:00 on Wednesday 24 June; I’ll send the joining link tomorrow morning.

The presentation part is unchanged – you can share your screen. You no longer need to
bring ID on the day; we’ll check documents later if we make an offer.

Best wishes,
Kwame

Kwame Osei | Climate Programme Manager | London Borough of Wharfside
""",
    },
    {
        "scenario": "apple_mail_push_to_friday", "kind": RES, "lang": "en", "company": "CarbonDock",
        "contact": "bram@carbondock.example.nl",
        "frm": ("Bram Visser", "bram@carbondock.example.nl"),
        "subject": "Re: Your note about CarbonDock", "date": "2026-05-06 07:12 +0200",
        "charset": "utf-8", "cte": "quoted-printable",
        "irt": "<CAO7ingrid0505cd@mail.example.es>",
        "refs": ["<CABramV1sser0504cd@mail.carbondock.example.nl>", "<CAO7ingrid0505cd@mail.example.es>"],
        "text": f"""Can we push to Friday same time? Investor thing came up Thursday. Sorry!

B

Sent from my iPhone

> On 5 May 2026, at 08:03, Ingrid Solheim-Vargas <ingrid.sv@example.es> wrote:
>
{quote('''Hi Bram,

Thursday at 4pm works perfectly. Looking forward to it!

Ingrid''')}
""",
    },
    {
        "scenario": "public_interview_postponed", "kind": RES, "lang": "fr",
        "company": "Syndicat Mixte du Littoral Phocéen", "contact": "h.castellan@smlp.example.fr",
        "frm": ("Hélène Castellan", "h.castellan@smlp.example.fr"),
        "subject": "Report de votre entretien du 16 juin", "date": "2026-06-11 11:05 +0200",
        "charset": "windows-1252", "cte": "quoted-printable", "irt": "<smlp.conv.0604.7731@smlp.example.fr>",
        "text": """Madame,

En raison de l’indisponibilité d’un membre du jury, je suis au regret de vous informer
que l’entretien prévu le mardi 16 juin à 10 h 30 est reporté au mardi 23 juin 2026 à
14 h 00, au même lieu.

La mise en situation écrite est maintenue et se déroulera juste avant l’entretien.

Je vous remercie de me confirmer votre disponibilité pour cette nouvelle date et vous
prie de nous excuser pour ce changement.

Bien cordialement,

Hélène Castellan
Responsable du service Ressources humaines
Syndicat Mixte du Littoral Phocéen
""",
    },
    {
        "scenario": "tu_on_decale", "kind": RES, "lang": "fr", "company": "Mistral Conseil RSE",
        "contact": "clemence.aubanel@mistral-rse.example.fr",
        "frm": ("Clémence Aubanel", "clemence.aubanel@mistral-rse.example.fr"),
        "subject": "Re: Entretien consultant(e) junior bilan carbone", "date": "2026-05-04 09:37 +0200",
        "charset": "utf-8", "cte": "8bit",
        "irt": "<CAO7ingrid0428mis@mail.example.es>",
        "refs": ["<PR3P-mistral-0428@mistral-rse.example.fr>", "<CAO7ingrid0428mis@mail.example.es>"],
        "text": """Hello Ingrid, petit contretemps de mon côté demain (client en audit). On décale à jeudi 7 mai, 15h ? Même lien Meet.

Désolée !
Clémence
""",
    },
    {
        "scenario": "softgarden_verschiebung", "kind": RES, "lang": "de", "company": "Hafenkontor Nord",
        "contact": "f.ohlsen@hafenkontor-nord.example.de",
        "frm": ("Hafenkontor Nord über softgarden", "noreply@softgarden.io"),
        "reply_to": ("Frauke Ohlsen", "f.ohlsen@hafenkontor-nord.example.de"),
        "subject": "Verschiebung Ihres Vorstellungsgesprächs", "date": "2026-08-03 13:44 +0200",
        "charset": "utf-8", "cte": "base64",
        "html": ats_table(
            lang="de", logo_src="https://hafenkontor-nord.softgarden.io/logo.png",
            logo_alt="Hafenkontor Nord", accent="#0a5c8a",
            pixel_base="https://mail.softgarden.io/hafenkontor",
            body="""<p>Sehr geehrte Frau Solheim-Vargas,</p>
<p>leider müssen wir unser Gespräch am <s>Mittwoch, 5. August, 10:00 Uhr</s> verschieben, da Herr Dr. Jessen kurzfristig an einer Hafenkonferenz in Antwerpen teilnehmen muss.</p>
<p>Als neuen Termin schlagen wir <b>Mittwoch, 12. August 2026, 10:00 Uhr</b> (Microsoft Teams) vor.</p>
<p>Passt Ihnen dieser Termin? Eine kurze Antwort auf diese E-Mail genügt.</p>
<p>Wir bitten um Ihr Verständnis.<br>Mit freundlichen Grüßen<br>Frauke Ohlsen</p>""",
            footer="Hafenkontor Nord GmbH · Am Sandtorkai 50 · 20457 Hamburg · Geschäftsführer: Ole Brodersen · Amtsgericht Hamburg HRB 000003"),
    },
    {
        "scenario": "zoom_instead_von_gesendet", "kind": RES, "lang": "de",
        "company": "Technische Hochschule Elbufer", "contact": "w.thordsen@th-elbufer.example.de",
        "frm": ("Prof. Dr. Wiebke Thordsen", "w.thordsen@th-elbufer.example.de"),
        "subject": "AW: Einladung zum Auswahlgespräch - Kennziffer 2026/118",
        "date": "2026-09-10 16:02 +0200", "charset": "utf-8", "cte": "quoted-printable",
        "irt": "<CAO7ingrid0903the@mail.example.es>",
        "refs": ["<a7c1.0902.thordsen@th-elbufer.example.de>", "<CAO7ingrid0903the@mail.example.es>"],
        "text": """Liebe Frau Solheim-Vargas,

wegen der Bauarbeiten am Campus Veddel findet das Gespräch am 15. September nun per Zoom
statt - gleiche Uhrzeit, 13:00 Uhr. Die Zugangsdaten sende ich Ihnen am Vortag.

Für Sie entfällt damit auch die Anreise aus Valencia, was Ihnen hoffentlich entgegenkommt.

Herzliche Grüße
Wiebke Thordsen

Von: Ingrid Solheim-Vargas <ingrid.sv@example.es>
Gesendet: Donnerstag, 3. September 2026 08:47
An: Thordsen, Wiebke <w.thordsen@th-elbufer.example.de>
Betreff: Re: Einladung zum Auswahlgespräch - Kennziffer 2026/118

Sehr geehrte Frau Professorin Thordsen,

vielen Dank für die Einladung, die ich sehr gerne annehme. Ich werde am 15. September
um 13:00 Uhr in Raum C 2.14 sein.

Mit freundlichen Grüßen
Ingrid Solheim-Vargas
""",
    },
    # ================================ missed interviews ====================================
    {
        "scenario": "waited_at_noon", "kind": MIS, "lang": "es", "company": "Transitarios Grau",
        "contact": "vicent@transitariosgrau.example.es",
        "frm": ("Vicent Grau", "vicent@transitariosgrau.example.es"),
        "subject": "hoy", "date": "2026-01-29 13:10 +0100", "charset": "utf-8", "cte": "8bit",
        "text": """Ingrid te esperabamos a las 12 en la oficina y no has venido. Ha pasado algo? No se si te llego mi correo de ayer.

Si quieres lo intentamos otro dia la semana que viene, llamame al 600 000 233.

Vicent Grau
Transitarios Grau - Moll de la Duana, nave 4
""",
    },
    {
        "scenario": "ashby_no_show_video", "kind": MIS, "lang": "es", "company": "Rumbo Circular",
        "contact": "people@rumbocircular.example.es",
        "frm": ("Rumbo Circular", "no-reply@ashbyhq.com"),
        "reply_to": ("People · Rumbo Circular", "people@rumbocircular.example.es"),
        "subject": "No te vimos en la videollamada", "date": "2026-08-19 16:45 +0000",
        "charset": "utf-8", "cte": "quoted-printable",
        "html": ats_card(
            brand="rumbo circular",
            pixel_base="https://t.ashbyhq.com/rumbocircular",
            body=f"""<p>Hola Ingrid,</p>
<p>Hoy a las 18:00 te esperábamos en la videollamada con Carla para el puesto de <b>ESG Operations Analyst</b>, pero no te has conectado y no hemos recibido ningún aviso.</p>
<p>Si ha sido un problema técnico o un imprevisto, responde a este correo y vemos si podemos buscar otro hueco. Si ya no te interesa el proceso, también nos ayuda saberlo.</p>
<p><a href="{track('https://t.ashbyhq.com/rumbocircular', 'https://jobs.ashbyhq.com/rumbocircular')}" style="color:#0b7a75">Ver el proceso</a></p>
<p>Un saludo,<br>People · Rumbo Circular</p>""",
            footer="Rumbo Circular · Calle de Embajadores 100, 28012 Madrid · Sent with Ashby"),
    },
    {
        "scenario": "ett_tried_to_call", "kind": MIS, "lang": "es", "company": "Frigoríficos del Júcar",
        "contact": "beatriz.canet@flexiplan-rrhh.example.es",
        "frm": ("Beatriz Canet - Flexiplan RRHH", "beatriz.canet@flexiplan-rrhh.example.es"),
        "subject": "¡¡Te hemos llamado!! Entrevista telefónica Frigoríficos del Júcar",
        "date": "2026-03-19 12:30 +0100", "charset": "utf-8", "cte": "quoted-printable",
        "text": """Hola Ingrid!!

Hoy a las 11:00 tenías la entrevista telefónica con FRIGORÍFICOS DEL JÚCAR para el
puesto de Técnica de Calidad y Medioambiente y te hemos intentado llamar 3 VECES al
6** *** 418 sin respuesta!!! El responsable estuvo esperando un buen rato 😕

Por favor llámame en cuanto leas esto al 962 000 150 a ver si podemos recuperar la
entrevista, el cliente tiene mucha prisa por cubrir el puesto!!

Saludos!!
Beatriz Canet
Flexiplan Recursos Humanos ETT · Oficina Alzira
""",
    },
    {
        "scenario": "trial_shift_no_show", "kind": MIS, "lang": "es", "company": "EcoPalets Levante",
        "contact": "sergio.navarro@ecopalets.example.es",
        "frm": ("Sergio Navarro", "sergio.navarro@ecopalets.example.es"),
        "subject": "Jornada de prueba de ayer", "date": "2026-02-17 08:05 +0100",
        "charset": "iso-8859-1", "cte": "8bit",
        "text": """Buenos días Ingrid:

Ayer lunes te esperábamos a las 8:00 para la jornada de prueba en el departamento de
Calidad y Medio Ambiente y no te presentaste, ni nos avisaste. Te llamé a media mañana
y tenías el teléfono apagado.

Supongo que ha habido algún problema. Si sigues interesada, llámame antes del jueves y
vemos si se puede repetir; si no, lo entenderé, pero avísame para cerrar el proceso.

Un saludo,

Sergio Navarro
Responsable de Calidad y Medio Ambiente
EcoPalets Levante
Polígono Fuente del Jarro, c/ Ciudad de Sevilla 22 - Paterna
""",
    },
    {
        "scenario": "university_no_attendance", "kind": MIS, "lang": "es",
        "company": "Universitat Marítima de València", "contact": "seleccion.pdi@umv.example.es",
        "frm": ("Servicio de Selección - UMV", "seleccion.pdi@umv.example.es"),
        "subject": "Incomparecencia entrevista - Plaza técnico/a de investigación INV-26-044",
        "date": "2026-07-23 10:40 +0200", "charset": "windows-1252", "cte": "quoted-printable",
        "text": """Estimada Sra. Solheim-Vargas:

Le comunicamos que no consta su asistencia a la entrevista personal convocada para el
día 22 de julio de 2026, a las 10:00 horas, en la Sala de Juntas del Instituto de
Estudios Portuarios, correspondiente a la plaza de técnico/a de investigación
INV-26-044 (proyecto «Descarbonización de terminales»).

Si su ausencia obedeció a una causa justificada, dispone de un plazo de tres días
hábiles para acreditarla respondiendo a este correo, adjuntando la documentación
correspondiente. Transcurrido dicho plazo sin justificación, la comisión continuará el
procedimiento con el resto de aspirantes.

Atentamente,

Servicio de Selección de Personal
Universitat Marítima de València
""",
    },
    {
        "scenario": "shipping_agency_called_twice", "kind": MIS, "lang": "es",
        "company": "Nervión Shipping Agency", "contact": "koldo.etxeberria@nervionshipping.example.es",
        "frm": ("Koldo Etxeberria", "koldo.etxeberria@nervionshipping.example.es"),
        "subject": "Llamada de las 11:00", "date": "2026-05-26 11:34 +0200",
        "charset": "iso-8859-1", "cte": "quoted-printable", "hcs": "iso-8859-1",
        "text": """Hola Ingrid,

Te hemos llamado dos veces a las 11:00, como habíamos acordado para la entrevista
telefónica, y no ha sido posible contactar contigo (salta el buzón de voz).

Dime si prefieres que lo intentemos esta tarde o mañana por la mañana.

Un saludo,

Koldo Etxeberria
Operations & HSE Manager
Nervión Shipping Agency
Muelle de Zorrotzaurre 3, 48014 Bilbao
""",
    },
    {
        "scenario": "greenhouse_did_not_join", "kind": MIS, "lang": "en", "company": "Maasvlakte Bunkering",
        "contact": "joost.vermeulen@maasvlakte-bunkering.example.nl",
        "frm": ("Maasvlakte Bunkering via Greenhouse", "no-reply@us.greenhouse-mail.io"),
        "reply_to": ("Joost Vermeulen", "joost.vermeulen@maasvlakte-bunkering.example.nl"),
        "subject": "We missed you today", "date": "2026-03-26 15:12 +0000",
        "charset": "utf-8", "cte": "quoted-printable",
        "text": """Hi Ingrid,

It looks like you weren't able to join your video interview for the Emissions Data
Analyst role today at 14:00 CET. Priya and I waited on the call for about fifteen
minutes.

These things happen - if something came up, just reply to this email and we'll see
whether we can find another slot next week.

Best,
Joost Vermeulen
Recruiter | Maasvlakte Bunkering B.V.
""",
        "html": ats_card(
            brand="Maasvlakte Bunkering",
            pixel_base="https://click.greenhouse-mail.io/maasvlakte",
            body="""<p>Hi Ingrid,</p>
<p>It looks like you weren't able to join your video interview for the <strong>Emissions Data Analyst</strong> role today at 14:00 CET. Priya and I waited on the call for about fifteen minutes.</p>
<p>These things happen - if something came up, just reply to this email and we'll see whether we can find another slot next week.</p>
<p>Best,<br>Joost Vermeulen<br>Recruiter | Maasvlakte Bunkering B.V.</p>""",
            footer="Powered by Greenhouse"),
    },
    {
        "scenario": "did_not_dial_in_from_sent", "kind": MIS, "lang": "en",
        "company": "Thames & Solent Shipping", "contact": "d.ashworth@thamessolent.example.co.uk",
        "frm": ("Daniel Ashworth", "d.ashworth@thamessolent.example.co.uk"),
        "subject": "RE: Interview - Sustainability Reporting Analyst", "date": "2026-04-30 10:26 +0100",
        "charset": "utf-8", "cte": "quoted-printable",
        "irt": "<LO2P-ts-0423@thamessolent.example.co.uk>",
        "text": """Hi Ingrid,

We were all on the Teams call at 10:00 this morning but you didn't dial in - is
everything OK? I also tried the mobile number on your CV.

If something went wrong, let me know and I'll try to rearrange with the panel, though
our diaries are tight before the end of May.

Daniel

Daniel Ashworth
Head of Sustainability
Thames & Solent Shipping

From: Daniel Ashworth <d.ashworth@thamessolent.example.co.uk>
Sent: 23 April 2026 15:40
To: Ingrid Solheim-Vargas <ingrid.sv@example.es>
Subject: Interview - Sustainability Reporting Analyst

Dear Ingrid,

We'd like to invite you to interview on Thursday 30 April at 10:00 (UK time) on Teams.
The panel will be myself and two colleagues from Finance. I look forward to meeting you.

Daniel
""",
    },
    {
        "scenario": "nous_vous_avons_attendue", "kind": MIS, "lang": "fr", "company": "Énergies Calanques",
        "contact": "nadia.benali@energies-calanques.example.fr",
        "frm": ("Nadia Benali", "nadia.benali@energies-calanques.example.fr"),
        "subject": "Votre entretien de ce matin", "date": "2026-09-01 11:02 +0200",
        "charset": "utf-8", "cte": "base64",
        "text": """Bonjour Ingrid,

Nous vous avons attendue ce matin à 9h30 pour votre entretien avec Olivier Ferrand et
moi-même, mais vous ne vous êtes pas présentée et nous n'avons pas réussi à vous
joindre par téléphone.

J'espère qu'il ne vous est rien arrivé de grave. Si vous êtes toujours intéressée par
le poste, merci de me recontacter rapidement ; nous verrons s'il est possible de
proposer un autre créneau.

Cordialement,
Nadia Benali
Talent Acquisition – Énergies Calanques
""",
    },
    {
        "scenario": "nicht_im_teams_meeting", "kind": MIS, "lang": "de", "company": "Hafenkontor Nord",
        "contact": "f.ohlsen@hafenkontor-nord.example.de",
        "frm": ("Frauke Ohlsen", "f.ohlsen@hafenkontor-nord.example.de"),
        "subject": "Unser Termin heute um 10:00 Uhr", "date": "2026-08-12 10:41 +0200",
        "charset": "iso-8859-1", "cte": "quoted-printable", "hcs": "iso-8859-1",
        "text": """Sehr geehrte Frau Solheim-Vargas,

Sie waren heute um 10:00 Uhr leider nicht im Teams-Meeting. Herr Dr. Jessen und ich
haben eine Viertelstunde gewartet; telefonisch konnten wir Sie ebenfalls nicht
erreichen.

Falls technische Probleme der Grund waren, melden Sie sich bitte bis Freitag bei mir.

Mit freundlichen Grüßen
Frauke Ohlsen
HR Business Partner
Hafenkontor Nord GmbH
Am Sandtorkai 50 · 20457 Hamburg
""",
    },
]
