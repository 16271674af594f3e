"""Interview invitations, reschedules and cancellations, and missed-interview notices.

Written one by one for the hundredsixth corpus; four carry text/calendar parts (an Outlook
REQUEST and its SEQUENCE update, a Google Calendar REQUEST and its CANCEL with the same UID).
"""

from __future__ import annotations

from msgs106_common import CANDIDATE, pixel, track

MESSAGES: list[dict] = []

SALAR_UID = ("040000008200E00074C5B7101A82E0080000000070F3C2A1B5CBDC0100000000000000001000"
             "0000A1B2C3D4E5F60718293A4B5C6D7E8F90")
MURCHISON_UID = "5q8rk2v7d1c0hn3m9t4jb6f2ae@google.com"

OUTLOOK_TZ_SANTIAGO = """BEGIN:VTIMEZONE
TZID:Pacific SA Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0300
TZOFFSETTO:-0400
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=4
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T000000
TZOFFSETFROM:-0400
TZOFFSETTO:-0300
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=9
END:DAYLIGHT
END:VTIMEZONE"""

# ============================== interview_invitation =======================================

# 032 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "greenhouse_scheduling_link_reply_to_recruiter",
    "kind": "interview_invitation", "company": "Pacific Northern Utilities",
    "contact": "megan.tsui@pnutilities.example.ca", "language": "en",
    "from": ("Pacific Northern Utilities via Greenhouse", "no-reply@us.greenhouse-mail.io"),
    "reply_to": ("Megan Tsui", "megan.tsui@pnutilities.example.ca"),
    "subject": "Interview availability – Project Controls Analyst, Capital Delivery",
    "date": "2026-06-02 09:41 -0700",
    "structure": "alt", "charset": "utf-8", "cte": "base64",
    "text": """Hi Valentina,

Thanks for applying to the Project Controls Analyst, Capital Delivery role at Pacific Northern Utilities. The hiring team would like to invite you to a 45-minute video interview with Harjit Dhaliwal (Manager, Capital Delivery Controls) and me.

Please choose a time that works for you using the link below. All times are shown in your local time zone.

Select a time: https://app.greenhouse.io/scheduling/pnu/7731984?token=Tq8Lk2Vx

If none of the slots work, just reply to this email and I'll find something else.

Looking forward to speaking with you,

Megan Tsui
Talent Acquisition Partner
Pacific Northern Utilities

Pacific Northern Utilities is a trade name of PNU Electric Holdings Ltd., 4555 Kingsway, Burnaby, BC V5H 4T8.
""",
    "html": f"""<html><body>
<div style="font-family:Arial,sans-serif;font-size:14px;color:#1b1b1b;line-height:1.5;max-width:580px;">
<p>Hi Valentina,</p>
<p>Thanks for applying to the <b>Project Controls Analyst, Capital Delivery</b> role at Pacific Northern Utilities. The hiring team would like to invite you to a 45-minute video interview with Harjit Dhaliwal (Manager, Capital Delivery Controls) and me.</p>
<p>Please choose a time that works for you using the button below. All times are shown in your local time zone.</p>
<p><a href="{track('u4761.ct.greenhouse-mail.io', 'pnu-sched-7731984')}" style="background-color:#24a47f;color:#ffffff;padding:10px 20px;border-radius:4px;text-decoration:none;display:inline-block;">Select a time</a></p>
<p>If none of the slots work, just reply to this email and I'll find something else.</p>
<p>Looking forward to speaking with you,</p>
<p>Megan Tsui<br>Talent Acquisition Partner<br>Pacific Northern Utilities</p>
<p style="font-size:11px;color:#999;">Pacific Northern Utilities is a trade name of PNU Electric Holdings Ltd., 4555 Kingsway, Burnaby, BC V5H 4T8.</p>
</div>
{pixel('u4761.ct.greenhouse-mail.io', 'pnu-o-19')}
</body></html>
""",
})

# 033 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "outlook_teams_meeting_request",
    "kind": "interview_invitation", "company": "Minera Salar del Loa",
    "contact": "pverdugo@salardelloa.example.cl", "language": "es",
    "from": ("Paulina Verdugo Araya", "pverdugo@salardelloa.example.cl"),
    "to": [CANDIDATE],
    "cc": [("Ignacio Soto Lagos", "isoto@salardelloa.example.cl")],
    "subject": "Entrevista técnica – Ingeniera de Control de Proyectos (Valentina Quispe-Harrington)",
    "date": "2026-04-14 11:20 -0400",
    "mid": "<SCYP152MB6117A0C3D9E1F2B4C5@SCYP152MB6117.LAMP152.PROD.OUTLOOK.COM>",
    "structure": "alt", "charset": "utf-8", "cte": "quoted-printable", "html_style": "outlook",
    "headers": [("Thread-Topic", "Entrevista técnica – Ingeniera de Control de Proyectos"),
                ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")],
    "text": """Hola Valentina:

Como conversamos por teléfono, te envío la invitación para la entrevista técnica con Ignacio Soto, Superintendente de Control de Proyectos, y conmigo. Durará aproximadamente una hora: revisaremos tu experiencia en control de costos y avance, y te pediremos comentar un informe mensual de proyecto que te mostraremos en pantalla.

Fecha: martes 21 de abril de 2026
Hora: 10:00 a 11:00 (hora de Chile continental)
Modalidad: Microsoft Teams

Por favor acepta la invitación para confirmar. Si el horario no te acomoda, avísame y buscamos otro.

Saludos,

Paulina Verdugo Araya
Business Partner de Talento
Minera Salar del Loa
Av. Grecia 2800, Antofagasta | +56 55 255 9120

________________________________________________________________________________
Reunión de Microsoft Teams
Unirse desde el equipo o la aplicación móvil
Haga clic aquí para unirse a la reunión <https://teams.microsoft.com/l/meetup-join/19%3ameeting_Yzk4NDQ@thread.v2/0>
Id. de reunión: 284 551 903 117
Código de acceso: Xk7pQ2
________________________________________________________________________________
""",
    "ics": {"method": "REQUEST", "text": f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{OUTLOOK_TZ_SANTIAGO}
BEGIN:VEVENT
ORGANIZER;CN=Paulina Verdugo Araya:mailto:pverdugo@salardelloa.example.cl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Valentina Quispe-Harrington:mailto:valentina.qh@example.cl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ignacio Soto Lagos:mailto:isoto@salardelloa.example.cl
DESCRIPTION;LANGUAGE=es-CL:Entrevista técnica con Ignacio Soto y Paulina Verdugo. Reunión de Microsoft Teams. Id. de reunión: 284 551 903 117\\n
UID:{SALAR_UID}
SUMMARY;LANGUAGE=es-CL:Entrevista técnica – Valentina Quispe-Harrington
DTSTART;TZID=Pacific SA Standard Time:20260421T100000
DTEND;TZID=Pacific SA Standard Time:20260421T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260414T152000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-CL:Reunión de Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR"""},
})

# 034 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "google_calendar_invite_with_ics",
    "kind": "interview_invitation", "company": "Murchison Basin Minerals",
    "contact": "liam.oconnor@murchisonbasin.example.com.au", "language": "en",
    "from": ("Liam O'Connor", "liam.oconnor@murchisonbasin.example.com.au"),
    "subject": "Invitation: Interview – Project Controls Engineer (V. Quispe-Harrington) @ Tue 14 Apr 2026 9am - 10am (AWST) (valentina.qh@example.cl)",
    "date": "2026-04-07 10:02 +0800",
    "mid": "<calendar-6d1f0a52-7c3e-4b8e-9a41-0f2c77e1b5d3@google.com>",
    "structure": "mixed", "charset": "utf-8", "cte": "quoted-printable", "html_style": "gmail",
    "ics_file": "invite.ics",
    "text": """Interview – Project Controls Engineer (V. Quispe-Harrington)
Tuesday 14 April 2026 ⋅ 9am – 10am
Australian Western Standard Time - Perth

Join with Google Meet
https://meet.google.com/xqd-rmfa-kzw

Hi Valentina, looking forward to chatting. Sharon from HR and I will be on the call. We'll talk through your experience on the Antofagasta projects and run through a short scheduling case (no prep needed). 9am Perth is 9pm the day before for you in Santiago - shout if that's too late and we'll move it.

Organiser
liam.oconnor@murchisonbasin.example.com.au

Guests
Liam O'Connor - organiser
Sharon Pike
valentina.qh@example.cl

View all guest info: https://calendar.google.com/calendar/event?action=VIEW&eid=NXE4cmsydjdkMWMwaG4zbTl0NGpiNmYyYWU

Reply for valentina.qh@example.cl
Yes / No / Maybe / More options

Invitation from Google Calendar

You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.
""",
    "ics": {"method": "REQUEST", "text": f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260414T010000Z
DTEND:20260414T020000Z
DTSTAMP:20260407T020212Z
ORGANIZER;CN=Liam O'Connor:mailto:liam.oconnor@murchisonbasin.example.com.au
UID:{MURCHISON_UID}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Liam O'Connor;X-NUM-GUESTS=0:mailto:liam.oconnor@murchisonbasin.example.com.au
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sharon Pike;X-NUM-GUESTS=0:mailto:sharon.pike@murchisonbasin.example.com.au
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=valentina.qh@example.cl;X-NUM-GUESTS=0:mailto:valentina.qh@example.cl
X-GOOGLE-CONFERENCE:https://meet.google.com/xqd-rmfa-kzw
CREATED:20260407T020150Z
DESCRIPTION:Hi Valentina, looking forward to chatting. Sharon from HR and I will be on the call.
LAST-MODIFIED:20260407T020211Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview – Project Controls Engineer (V. Quispe-Harrington)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""},
})

# 035 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "consultora_llamada_manana_cliente_nombrado",
    "kind": "interview_invitation", "company": "Eléctrica Atacama Solar",
    "contact": "jpizarro@seleccionandina.example.cl", "language": "es",
    "from": ("Josefina Pizarro", "jpizarro@seleccionandina.example.cl"),
    "subject": "Conversemos? Jefa de Proyectos - Eléctrica Atacama Solar",
    "date": "2026-01-15 17:22 -0300",
    "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Hola Valentina!

Te escribo desde Selección Andina. Estamos apoyando a Eléctrica Atacama Solar en la búsqueda de una Jefa/e de Proyectos para su cartera de plantas fotovoltaicas con almacenamiento en la Región de Antofagasta, y tu postulación del lunes nos pareció muy interesante.

El primer paso es una entrevista telefónica conmigo, de unos 20 minutos. ¿Tienes disponibilidad mañana viernes entre 10:00 y 12:00? Si me confirmas la hora te llamo al +56 9 que dejaste en el CV.

Quedo atenta!

Josefina Pizarro
Consultora Senior
Selección Andina
Av. Vitacura 2939, of. 801 · Las Condes
""",
})

# 036 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "peru_entrevista_presencial_portal",
    "kind": "interview_invitation", "company": "Minera Pampa de Cobre", "contact": "",
    "language": "es",
    "from": ("Minera Pampa de Cobre - Selección", "seleccion-noreply@pampadecobre.example.pe"),
    "subject": "Invitación a entrevista presencial - Ingeniero(a) Senior de Costos y Control",
    "date": "2026-02-16 08:05 -0500",
    "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": f"""<html><head><meta charset="utf-8"></head>
<body style="margin:0;padding:0;background:#ece8e1;">
<table width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#ece8e1;"><tr><td align="center" style="padding:20px 0;">
<table width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#3a3a3a;">
<tr><td style="background:#8c3b12;padding:16px 24px;"><img src="https://www.pampadecobre.example.pe/img/mpc-logo-blanco.png" alt="Minera Pampa de Cobre" width="170" style="display:block;border:0;"></td></tr>
<tr><td style="padding:26px 24px;line-height:21px;">
<p>Estimada <b>Valentina Quispe-Harrington</b>:</p>
<p>Nos complace informarle que su perfil ha sido preseleccionado para el puesto de <b>Ingeniero(a) Senior de Costos y Control</b>. Por ello, le invitamos a una entrevista presencial con la Superintendencia de Proyectos.</p>
<table cellpadding="6" cellspacing="0" border="0" style="border:1px solid #e0d6c8;background:#faf7f2;font-size:13px;margin:10px 0 16px 0;">
<tr><td><b>Fecha:</b></td><td>jueves 19 de febrero de 2026</td></tr>
<tr><td><b>Hora:</b></td><td>09:00 a. m. (hora de Perú)</td></tr>
<tr><td><b>Lugar:</b></td><td>Oficina Arequipa – Calle Mercaderes 410, 3.er piso, Cercado</td></tr>
<tr><td><b>Presentarse con:</b></td><td>DNI, carné de extranjería o pasaporte</td></tr>
</table>
<p>Le solicitamos confirmar su asistencia haciendo clic en el siguiente botón a más tardar el martes 17 de febrero.</p>
<p><a href="{track('clk.pampadecobre.example.pe', 'mpc-conf-20260219-vqh')}" style="background:#8c3b12;color:#fff;padding:9px 16px;text-decoration:none;">Confirmar asistencia</a></p>
<p>Atentamente,<br>Área de Selección y Desarrollo<br>Minera Pampa de Cobre</p>
</td></tr>
<tr><td style="padding:14px 24px;background:#f3efe9;font-size:10px;color:#8a8175;">Este es un mensaje automático, por favor no responda a este correo. Consultas: seleccion@pampadecobre.example.pe<br>Minera Pampa de Cobre S.A. · RUC 20555123456 · Arequipa, Perú</td></tr>
</table></td></tr></table>
{pixel('clk.pampadecobre.example.pe', 'mpc-open-vqh')}
</body></html>
""",
})

# 037 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "madrid_consultora_teams_hora_peninsular",
    "kind": "interview_invitation", "company": "Ferreira & Asociados",
    "contact": "lferreira@ferreira-asociados.example.es", "language": "es",
    "from": ("Lucía Ferreira Mata", "lferreira@ferreira-asociados.example.es"),
    "subject": "Nos gustaría conocerte",
    "date": "2026-09-03 18:44 +0200",
    "structure": "plain", "charset": "iso-8859-1", "cte": "quoted-printable",
    "text": """Hola Valentina:

Soy Lucía Ferreira, socia de Ferreira & Asociados. He leído con mucho interés tu candidatura para el puesto de Consultora de Sostenibilidad en Minería y nos gustaría conocerte.

¿Te vendría bien una entrevista por Teams el martes 8 a las 16:00 (hora peninsular), que entiendo que son las 11:00 en Santiago? Estaremos Jaime Ortega, director del área de recursos naturales, y yo. Calcula una hora aproximadamente.

Si no te cuadra, dime un par de huecos que te vayan bien esa semana y lo reorganizamos sin problema.

Un saludo,

Lucía Ferreira Mata
Socia directora
Ferreira & Asociados
C/ Velázquez 57, 3.º izq. · 28001 Madrid
T. +34 91 555 42 10
""",
})

# 038 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "mendoza_zoom_voseo_gmail",
    "kind": "interview_invitation", "company": "Minera Andes Cuyo",
    "contact": "msosa@andescuyo.example.ar", "language": "es",
    "from": ("Martín Sosa", "msosa@andescuyo.example.ar"),
    "subject": "Entrevista - Planner de Proyectos",
    "date": "2026-06-15 10:37 -0300",
    "structure": "alt", "charset": "utf-8", "cte": "8bit", "html_style": "gmail",
    "text": """Hola Valentina, ¿qué tal?

Soy Martín, del equipo de Recursos Humanos de Minera Andes Cuyo. Vimos tu CV para el puesto de Planner de Proyectos (Mendoza) y nos gustaría tener una primera entrevista con vos.

¿Podés el jueves 18 a las 11 (hora argentina, que es la misma que en Chile ahora, ¿no?) por Zoom? Te mando el link apenas me confirmes.

Saludos!

Martín Sosa
RRHH | Minera Andes Cuyo
Mendoza, Argentina
""",
})

# 039 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "public_office_panel_invitation_reply_to_confirm",
    "kind": "interview_invitation", "company": "WA Resources Transition Office",
    "contact": "recruitment@wareto.example.com.au", "language": "en",
    "from": ("Recruitment – WA Resources Transition Office", "recruitment@wareto.example.com.au"),
    "subject": "Invitation to interview – Senior Project Controls Officer (Ref 2026/0412)",
    "date": "2026-07-01 14:18 +0800",
    "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:11pt;color:#000;">
<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr>
<td style="padding:0 0 12px 0;border-bottom:3px solid #00467f;"><img src="https://www.wareto.example.com.au/images/wareto-crest.png" alt="Government of Western Australia – WA Resources Transition Office" height="52"></td></tr></table>
<p>Dear Ms Quispe-Harrington</p>
<p><b>Senior Project Controls Officer, Level 7 – Reference 2026/0412</b></p>
<p>Thank you for your application for the above position. I am pleased to advise that you have been shortlisted and are invited to attend an interview with the selection panel.</p>
<table cellpadding="4" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#bfbfbf;font-size:10pt;">
<tr><td style="background:#e8eef5;"><b>Date</b></td><td>Thursday 9 July 2026</td></tr>
<tr><td style="background:#e8eef5;"><b>Time</b></td><td>10:30 am – 11:30 am (AWST)</td></tr>
<tr><td style="background:#e8eef5;"><b>Location</b></td><td>Level 4, 100 Plain Street, East Perth. Applicants located overseas may attend via Microsoft Teams.</td></tr>
<tr><td style="background:#e8eef5;"><b>Panel</b></td><td>Ms Renee Calder (Chair), Mr Tom Akers, Dr Ngaire Walsh</td></tr>
</table>
<p>You will be given 15 minutes before the interview to read a short work sample. Please bring photo identification if attending in person.</p>
<p>Please reply to this email by <b>Monday 6 July</b> to confirm your attendance and whether you will attend in person or online. If you require any adjustments to participate in the interview, let us know and we will make the necessary arrangements.</p>
<p>Kind regards</p>
<p>Recruitment Team<br>Corporate Services<br>WA Resources Transition Office<br>T: (08) 6555 1900</p>
<p style="font-size:8pt;color:#595959;">DISCLAIMER: This email and any attachments are confidential and may contain legally privileged information. If you are not the intended recipient, please notify the sender and delete the email. The WA Resources Transition Office accepts no liability for any loss caused by this email.</p>
</body></html>
""",
})

# 040 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "chasseur_de_tetes_client_confidentiel",
    "kind": "interview_invitation", "company": "Bruneau & Associés",
    "contact": "sbruneau@bruneau-associes.example.ca", "language": "fr",
    "from": ("Sophie Bruneau", "sbruneau@bruneau-associes.example.ca"),
    "subject": "Mandat confidentiel – Directrice, contrôle de projets (Vancouver)",
    "date": "2026-07-07 09:12 -0400",
    "structure": "plain", "charset": "windows-1252", "cte": "quoted-printable",
    "header_charset": "windows-1252",
    "text": """Bonjour Madame Quispe-Harrington,

Je vous remercie d'avoir répondu à notre affichage. Notre cabinet accompagne actuellement, dans le cadre d'un mandat confidentiel, un important producteur de nickel et de cuivre qui souhaite créer un poste de directrice ou directeur du contrôle de projets à son bureau de Vancouver.

Votre parcours correspond bien au profil recherché et j'aimerais vous rencontrer pour une première entrevue en visioconférence, d'une durée d'environ 45 minutes. Je vous propose le jeudi 9 juillet à 10 h (heure de l'Est), soit 10 h également à Santiago. Le nom de notre client vous sera communiqué à l'issue de cette rencontre.

Pourriez-vous me confirmer votre disponibilité? Je vous enverrai ensuite le lien Zoom.

Bien à vous,

Sophie Bruneau
Associée principale
Bruneau & Associés inc. – Recherche de cadres
1000, rue De La Gauchetière Ouest, 24e étage, Montréal (Québec)
514 555-0122
""",
})

# 041 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "taleo_convocation_entrevue_teams",
    "kind": "interview_invitation", "company": "Hydro-Nordique", "contact": "", "language": "fr",
    "from": ("Hydro-Nordique – Dotation", "hydronordique@taleo.net"),
    "subject": "Convocation à une entrevue – Ingénieure ou ingénieur, maîtrise de projets (26-0877)",
    "date": "2026-04-01 12:30 -0400",
    "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": f"""<html><body bgcolor="#ffffff">
<table width="640" border="0" cellpadding="0" cellspacing="0"><tr><td>
<img src="https://hydronordique.taleo.net/careersection/theme/hn/logo.gif" alt="Hydro-Nordique" border="0" width="180">
</td></tr></table>
<font face="Arial" size="2" color="#222222">
<p>Bonjour Valentina Quispe-Harrington,</p>
<p>À la suite de l'analyse de votre candidature au poste d'<b>ingénieure ou ingénieur, maîtrise de projets – Projets de production</b> (numéro de concours 26-0877), nous avons le plaisir de vous convoquer à une entrevue.</p>
<p><b>Date :</b> jeudi 9 avril 2026<br>
<b>Heure :</b> 13 h 30 à 15 h (heure de l'Est)<br>
<b>Format :</b> Microsoft Teams (le lien vous sera transmis par votre conseillère en dotation)</p>
<p>L'entrevue se déroulera devant un comité de trois personnes et comprendra une courte mise en situation. Merci de confirmer votre présence dans votre <a href="{track('hydronordique.taleo.net', 'hn-26-0877-conf', 'careersection/hn/mysubmissions.ftl')}">dossier de candidature</a> d'ici le 6 avril.</p>
<p>Au plaisir de vous rencontrer,</p>
<p>Direction – Dotation et acquisition de talents<br>Hydro-Nordique</p>
</font>
<hr size="1" noshade color="#cccccc">
<font face="Arial" size="1" color="#888888">Ce courriel a été envoyé automatiquement. Veuillez ne pas y répondre. Hydro-Nordique souscrit au principe de l'équité en matière d'emploi.</font>
{pixel('hydronordique.taleo.net', 'hn-0877-o')}
</body></html>
""",
})

# 042 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "entretien_etude_de_cas_visio",
    "kind": "interview_invitation", "company": "Atelier Carbone & Territoires",
    "contact": "claire.vasseur@ateliercarbone.example.com", "language": "fr",
    "from": ("Claire Vasseur", "claire.vasseur@ateliercarbone.example.com"),
    "subject": "Entretien – Cheffe de projet Transition & Mines (Santiago)",
    "date": "2026-05-19 17:05 +0200",
    "mid": "<PR1P264MB3377A8C5E4D1B2F0@PR1P264MB3377.FRAP264.PROD.OUTLOOK.COM>",
    "structure": "alt", "charset": "utf-8", "cte": "quoted-printable", "html_style": "outlook",
    "text": """Bonjour Valentina,

Merci pour votre candidature au poste de cheffe de projet Transition & Mines pour notre antenne de Santiago. Votre profil a retenu toute notre attention et nous souhaiterions vous proposer un entretien en visioconférence.

Nous vous proposons le mercredi 27 mai à 16h00 (heure de Paris), soit 10h00 à Santiago, pour une durée d'1h15. L'entretien se fera avec Olivier Marchand, directeur associé, et moi-même. Il comportera une courte étude de cas : nous vous enverrons le dossier (quatre pages) 48 heures avant.

Pourriez-vous nous confirmer que ce créneau vous convient ?

Bien cordialement,

Claire Vasseur
Responsable des ressources humaines
Atelier Carbone & Territoires
12 quai Saint-Vincent, 69001 Lyon
+33 4 72 55 01 38
""",
})

# 043 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "einladung_vorstellungsgespraech_sie",
    "kind": "interview_invitation", "company": "Bergmann Fördertechnik",
    "contact": "a.reinhold@bergmann-foerdertechnik.example.com", "language": "de",
    "from": ("Anja Reinhold", "a.reinhold@bergmann-foerdertechnik.example.com"),
    "subject": "Einladung zum Vorstellungsgespräch – Projektcontrollerin Servicezentrum Antofagasta",
    "date": "2026-09-02 14:10 +0200",
    "structure": "plain", "charset": "windows-1252", "cte": "base64",
    "header_charset": "windows-1252",
    "text": """Sehr geehrte Frau Quispe-Harrington,

vielen Dank für Ihre Bewerbung als Projektcontrollerin (m/w/d) für unser Servicezentrum in Antofagasta. Ihre Unterlagen haben uns überzeugt, und wir möchten Sie gern persönlich kennenlernen.

Wir laden Sie herzlich zu einem Vorstellungsgespräch per Microsoft Teams ein:

Dienstag, 8. September 2026
15:00 Uhr MESZ (10:00 Uhr Ortszeit Santiago)
Gesprächspartner: Herr Frank Bergmann (Leiter Service Südamerika) und ich

Das Gespräch findet auf Deutsch und teilweise auf Spanisch statt und dauert etwa 60 Minuten. Den Einwahllink erhalten Sie nach Ihrer Bestätigung.

Bitte teilen Sie mir kurz mit, ob Ihnen der Termin passt.

Mit freundlichen Grüßen

Anja Reinhold
Personalreferentin

Bergmann Fördertechnik GmbH
Hüttenstraße 41 | 44795 Bochum
Telefon +49 234 555 6612
www.bergmann-foerdertechnik.example.com

Sitz der Gesellschaft: Bochum | Registergericht: Amtsgericht Bochum HRB 18833
Geschäftsführung: Frank Bergmann, Dr. Ute Siebers
""",
})

# 044 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "startup_berlin_du_kennenlernen",
    "kind": "interview_invitation", "company": "Sedimenta",
    "contact": "jonas@sedimenta.example.com", "language": "de",
    "from": ("Jonas Albrecht", "jonas@sedimenta.example.com"),
    "subject": "Kennenlernen? Project Lead Chile",
    "date": "2026-07-08 21:16 +0200",
    "structure": "alt", "charset": "utf-8", "cte": "quoted-printable", "html_style": "gmail",
    "text": """Hey Valentina,

danke für deine Bewerbung als Project Lead Chile! Dein Hintergrund (Control de proyectos + Sustainability + Spanisch/Deutsch) passt ziemlich genau zu dem, was wir für unseren Pilot in der Region Antofagasta suchen.

Lass uns ein erstes Kennenlerngespräch machen, ca. 45 Minuten per Google Meet. Wie wäre Dienstag, 14.7., um 16 Uhr deutscher Zeit (bei dir dann 10 Uhr)? Dabei sind ich und Lea aus dem Ops-Team.

Wenn's nicht passt, schick mir einfach zwei, drei Alternativen.

Viele Grüße
Jonas

--
Jonas Albrecht | Co-Founder & CEO
Sedimenta GmbH | Lohmühlenstraße 65, 12435 Berlin
Amtsgericht Charlottenburg HRB 228114 B | Geschäftsführer: Jonas Albrecht, Dr. Mira Okonkwo
""",
})

# 045 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "workday_entrevista_virtual_ferrocarril",
    "kind": "interview_invitation", "company": "Ferrocarril Desierto Norte", "contact": "",
    "language": "es",
    "from": ("Ferrocarril Desierto Norte", "fdn@myworkday.com"),
    "subject": "¡Avanzaste a la etapa de entrevista! Ingeniera/o de Planificación y Control",
    "date": "2026-05-18 13:00 -0400",
    "structure": "html", "charset": "utf-8", "cte": "base64",
    "html": f"""<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"></head>
<body style="margin:0;background:#eef0f2;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center" style="padding:20px;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="background:#fff;font-family:'Segoe UI',Arial,sans-serif;font-size:14px;line-height:22px;color:#263238;">
<tr><td style="padding:18px 30px;background:#004d40;"><img src="https://wd5.myworkday.com/fdn/assets/logo_fdn.png" alt="Ferrocarril Desierto Norte" width="160" style="display:block;"></td></tr>
<tr><td style="padding:28px 30px 6px;">
<p style="margin-top:0;">Hola Valentina,</p>
<p>¡Buenas noticias! Tu postulación al cargo <strong>Ingeniera/o de Planificación y Control (R-2026-00318)</strong> avanzó a la etapa de entrevista.</p>
<p>Te invitamos a una entrevista virtual con la jefatura del área de Proyectos Ferroviarios:</p>
<ul>
<li><strong>Día:</strong> jueves 21 de mayo</li>
<li><strong>Hora:</strong> 15:00 hrs (Chile continental)</li>
<li><strong>Plataforma:</strong> Microsoft Teams – el enlace aparecerá en tu Centro de candidatos</li>
</ul>
<p>Recuerda tener a mano tu cédula de identidad y contar con una conexión estable.</p>
<p><a href="{track('wd5.myworkday.com', 'fdn-cand-home-318', 'fdn/d/home.htmld')}" style="display:inline-block;background:#00796b;color:#ffffff;text-decoration:none;padding:10px 20px;border-radius:2px;">Ir al Centro de candidatos</a></p>
<p>¡Mucho éxito!<br>Equipo de Selección<br>Ferrocarril Desierto Norte</p>
</td></tr>
<tr><td style="padding:14px 30px;background:#f5f5f5;font-size:11px;color:#78909c;line-height:16px;">No respondas a este correo; la casilla no es revisada. Ferrocarril Desierto Norte S.A. – Av. Argentina 1855, Antofagasta.</td></tr>
</table></td></tr></table>
{pixel('wd5.myworkday.com', 'fdn-open-318')}
</body></html>
""",
})

# 046 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "universidad_arequipa_clase_modelo",
    "kind": "interview_invitation", "company": "Universidad Privada del Sur Andino",
    "contact": "talento@upsa.example.pe", "language": "es",
    "from": ("Dirección de Gestión del Talento - UPSA", "talento@upsa.example.pe"),
    "subject": "CITACIÓN: Entrevista personal y clase modelo - Convocatoria Docente 2026-II",
    "date": "2026-07-14 11:52 -0500",
    "structure": "plain", "charset": "iso-8859-1", "cte": "8bit", "header_charset": "iso-8859-1",
    "text": """Arequipa, 14 de julio de 2026

Señora
VALENTINA QUISPE-HARRINGTON
Presente.-

De nuestra consideración:

Por medio del presente, y en el marco de la Convocatoria Docente 2026-II de la Escuela Profesional de Ingeniería de Minas, nos es grato comunicarle que ha superado la etapa de evaluación curricular para el curso "Gestión de Proyectos Mineros y Responsabilidad Socioambiental".

En tal sentido, se le cita a la ENTREVISTA PERSONAL Y CLASE MODELO según el siguiente detalle:

- Fecha: martes 21 de julio de 2026
- Hora: 09:00 a.m. (hora peruana)
- Lugar: Pabellón C, Sala de Grados, Av. Salaverry 301, Vallecito, Arequipa
- Tema de la clase modelo (20 minutos): "Curva S y valor ganado en proyectos de ampliación minera"

En caso de no poder asistir presencialmente, podrá solicitar la modalidad virtual sustentando el motivo.

Sírvase confirmar su asistencia respondiendo al presente correo hasta el día jueves 16 de julio.

Atentamente,

Dirección de Gestión del Talento
Universidad Privada del Sur Andino
Av. Salaverry 301, Vallecito - Arequipa
Central: (054) 555-700
""",
})

# 047 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "servicio_publico_citacion_valoracion_global",
    "kind": "interview_invitation", "company": "Comisión Nacional de Transición Minera",
    "contact": "", "language": "es",
    "from": ("Unidad de Reclutamiento CNTM", "no-responder@cntm.example.cl"),
    "subject": "Proceso CNTM-2026-044: citación a Entrevista de Valoración Global",
    "date": "2026-08-10 16:45 -0400",
    "structure": "html", "charset": "iso-8859-1", "cte": "quoted-printable",
    "header_charset": "iso-8859-1",
    "html": """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt;">
<table width="680" cellpadding="0" cellspacing="0" border="0">
<tr><td><img src="https://www.cntm.example.cl/img/logo_gob_cntm.png" alt="Gobierno de Chile - Comisión Nacional de Transición Minera" width="220"></td></tr>
<tr><td style="padding-top:18px;">
<p><b>PROCESO DE SELECCIÓN CNTM-2026-044</b><br>Cargo: Jefa/e de Proyectos de Reconversión Productiva (Grado 6° EUS) - Antofagasta</p>
<p>Estimada postulante VALENTINA QUISPE-HARRINGTON:</p>
<p>Junto con saludar, le informamos que usted ha aprobado la etapa de Evaluación Técnica y ha sido convocada a la <b>Entrevista de Valoración Global</b> ante la Comisión de Selección, conforme a lo establecido en las bases del proceso.</p>
<table cellpadding="5" cellspacing="0" border="1" style="border-collapse:collapse;font-size:10pt;">
<tr><td><b>Fecha</b></td><td>miércoles 19 de agosto de 2026</td></tr>
<tr><td><b>Horario</b></td><td>11:40 horas</td></tr>
<tr><td><b>Modalidad</b></td><td>Videoconferencia (el enlace será enviado 24 horas antes)</td></tr>
<tr><td><b>Duración</b></td><td>30 minutos aprox.</td></tr>
</table>
<p>La no presentación a la entrevista en la fecha y hora indicadas implicará la eliminación del proceso. Se sugiere conectarse 10 minutos antes y tener a mano su cédula de identidad.</p>
<p>Saluda atentamente,</p>
<p>Departamento de Gestión y Desarrollo de Personas<br>Comisión Nacional de Transición Minera</p>
<p style="font-size:8pt;color:#666;">Este correo es generado automáticamente. Para consultas, escriba a reclutamiento@cntm.example.cl indicando el código del proceso.</p>
</td></tr></table>
</body></html>
""",
})

# 048 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "startup_recruiter_calendly_intro_call",
    "kind": "interview_invitation", "company": "Sensoria Mining Analytics",
    "contact": "tyler@sensoria.example.ca", "language": "en",
    "from": ("Tyler Brandt", "tyler@sensoria.example.ca"),
    "subject": "Sensoria – next step for the Delivery Lead role",
    "date": "2026-05-05 13:48 -0700",
    "structure": "plain", "charset": "utf-8", "cte": "7bit",
    "text": """Hey Valentina,

Tyler here from Sensoria. Thanks for applying for the Delivery Lead (LATAM mining clients) role - your background on the owner's side at big copper projects is exactly what our customers keep asking for.

Next step is a 30-minute interview with Deepa, our VP Delivery. Grab any slot that works for you here:

https://calendly.example.com/tyler-sensoria/delivery-lead-interview

She'll want to hear about a project that went sideways and how you got it back on track, so have one in mind. Nothing to prepare beyond that.

Talk soon,
Tyler

--
Tyler Brandt | Talent @ Sensoria Mining Analytics
Vancouver, BC | sensoria.example.ca
""",
})

# 049 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "agency_great_news_client_named",
    "kind": "interview_invitation", "company": "Karratha Port & Logistics",
    "contact": "jess.moreau@redwoodlyle.example.com.au", "language": "en",
    "from": ("Jess Moreau", "jess.moreau@redwoodlyle.example.com.au"),
    "subject": "GREAT NEWS - interview with Karratha Port & Logistics!",
    "date": "2026-05-26 16:20 +0800",
    "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Hi Valentina,

Great news!! Karratha Port & Logistics loved your CV and would like to interview you for the Project Controls Manager - Berth 4 Expansion role!

Details:
- Thursday 28 May, 2:00pm AWST (that's 2:00am Thursday your time - sorry!! they can do 7:00am AWST instead if that's easier, just tell me)
- Microsoft Teams, 45 mins
- Panel: Craig Dunstan (Project Director) and Amelia Ruiz (Finance Business Partner)

They'll ask a lot about cost forecasting and change control on marine works, so have two solid examples ready. Call me beforehand and I'll run you through what they're like.

Can you please confirm ASAP which time works?

Jess

Jess Moreau
Principal Consultant - Mining & Resources
Redwood & Lyle Recruitment Pty Ltd
P +61 8 6555 0142
""",
})

# 050 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "first_interview_zoom_outlook",
    "kind": "interview_invitation", "company": "Bridgewater Sustainability Partners",
    "contact": "naomi.fairbanks@bridgewatersp.example.ca", "language": "en",
    "from": ("Naomi Fairbanks", "naomi.fairbanks@bridgewatersp.example.ca"),
    "subject": "Senior Consultant, Mine Closure – interview",
    "date": "2026-02-10 12:06 -0800",
    "mid": "<YT3PR01MB8842.bsp-first-0210@bridgewatersp.example.ca>",
    "structure": "alt", "charset": "utf-8", "cte": "quoted-printable", "html_style": "outlook",
    "text": """Hi Valentina,

Thank you for your application for the Senior Consultant, Mine Closure position. I'm the practice lead for closure and reclamation, and I'd like to invite you to a first interview.

It would be a 45-minute conversation on Zoom with me and Daniel Roy from our cost estimating group, focused on your closure and tailings experience in Chile and how you would approach BC permitting work.

Would Wednesday, February 18 at 9:00 a.m. Pacific (2:00 p.m. in Santiago) work for you? If not, please suggest two or three alternatives that week.

Best regards,

Naomi Fairbanks, P.Eng.
Principal, Mine Closure & Reclamation
Bridgewater Sustainability Partners
604-555-0163 | 700 W Pender St, Vancouver

This email is confidential and intended only for the named recipient.
""",
})

# 051 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "segunda_entrevista_celular",
    "kind": "interview_invitation", "company": "Pacífico Sur Ingeniería y Construcción",
    "contact": "mlagos@pacificosur-ic.example.cl", "language": "es",
    "from": ("Macarena Lagos Fuenzalida", "mlagos@pacificosur-ic.example.cl"),
    "subject": "Segunda entrevista",
    "date": "2026-02-26 20:14 -0300",
    "mid": "<a44c01.segunda-ronda@pacificosur-ic.example.cl>",
    "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "headers": [("X-Mailer", "iPhone Mail (21D61)")],
    "text": """Hola Valentina!! Te queremos en segunda entrevista con Rodrigo Pérez (gerente de proyectos), el jueves 5 de marzo a las 9:30 en nuestras oficinas de Apoquindo 4501 piso 12. Dura como 1 hora. Me confirmas?

Saludos
Maca

Enviado desde mi iPhone
""",
})

# 052 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "headhunter_cliente_confidencial_oficina",
    "kind": "interview_invitation", "company": "Kolbe Executive Search",
    "contact": "fmontt@kolbesearch.example.cl", "language": "es",
    "from": ("Francisca Montt", "fmontt@kolbesearch.example.cl"),
    "subject": "Entrevista - búsqueda confidencial Gerencia de Proyectos",
    "date": "2026-08-18 09:58 -0400",
    "structure": "plain", "charset": "windows-1252", "cte": "quoted-printable",
    "header_charset": "windows-1252",
    "text": """Estimada Valentina:

Muchas gracias por tu interés en la búsqueda que estamos conduciendo para una importante compañía minera de la zona norte, cuyo nombre por ahora debemos mantener en reserva.

Me gustaría invitarte a una entrevista en nuestras oficinas para conocerte mejor y contarte más detalles del cargo (Subgerente/a de Control de Proyectos, con base en Antofagasta y sistema 4x3).

Te propongo el viernes 21 de agosto a las 12:00 hrs., en Av. Isidora Goyenechea 3000, oficina 1502, Las Condes. La reunión durará alrededor de una hora. Si prefieres hacerla por video, también es posible.

¿Me confirmas?

Cordialmente,

Francisca Montt V.
Directora de Búsqueda
Kolbe Executive Search
T: +56 2 2555 8830
“Conectamos talento con propósito”
""",
})

# 053 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "smartrecruiters_videoentrevista_madrid",
    "kind": "interview_invitation", "company": "Hidrológica del Tajo", "contact": "",
    "language": "es",
    "from": ("Hidrológica del Tajo", "no-reply@smartrecruiters.com"),
    "subject": "Hidrológica del Tajo te invita a una videoentrevista",
    "date": "2026-09-14 10:03 +0200",
    "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": f"""<html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f1f6fa;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 8px;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Roboto,Arial,sans-serif;color:#263340;font-size:14px;line-height:21px;">
<tr><td style="padding:20px 28px;border-bottom:1px solid #e2e8ee;"><img src="https://c.smartrecruiters.com/sr-company-logo-prod/hidrotajo/logo.png" alt="Hidrológica del Tajo" height="42"></td></tr>
<tr><td style="padding:24px 28px;">
<p>Hola Valentina:</p>
<p>Gracias por tu interés en la vacante de <b>Responsable de Control de Proyectos – Infraestructuras Hidráulicas</b>. Nos ha gustado tu perfil y queremos conocerte en una videoentrevista con el equipo de la Dirección de Proyectos.</p>
<p style="background:#eaf4fb;padding:12px 14px;border-left:4px solid #1c75bc;">lunes 21 de septiembre de 2026 · 17:00 (hora de Madrid) · 45 minutos<br>Google Meet – recibirás el enlace en tu calendario</p>
<p>Confirma tu asistencia o propón otra hora desde el siguiente enlace:</p>
<p><a href="{track('jobs.smartrecruiters.com', 'hdt-interview-confirm-5521', 'HidrologicaDelTajo/interview')}" style="background:#1c75bc;color:#ffffff;padding:10px 18px;text-decoration:none;border-radius:3px;">Confirmar videoentrevista</a></p>
<p>¡Hasta pronto!<br>Equipo de Selección · Hidrológica del Tajo</p>
</td></tr>
<tr><td style="padding:14px 28px;font-size:11px;color:#8796a5;background:#f7f9fb;">Este mensaje se ha enviado desde una dirección que no admite respuestas. Hidrológica del Tajo, S.A. · C/ Alcalá 265, 28027 Madrid · <a href="{track('jobs.smartrecruiters.com', 'hdt-priv', 'privacy')}" style="color:#8796a5;">Privacidad</a></td></tr>
</table></td></tr></table>
{pixel('email.smartrecruiters.com', 'hdt-o-5521')}
</body></html>
""",
})

# 054 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "consultora_ambiental_entrevista_equipo_outlook",
    "kind": "interview_invitation", "company": "Quillay Consultores Ambientales",
    "contact": "aquiroga@quillay.example.cl", "language": "es",
    "from": ("Andrés Quiroga", "aquiroga@quillay.example.cl"),
    "subject": "Entrevista con el equipo Quillay",
    "date": "2026-03-11 12:33 -0300",
    "mid": "<CP5PR80MB1123quillay0311@CP5PR80MB1123.LAMPRD80.PROD.OUTLOOK.COM>",
    "structure": "alt", "charset": "iso-8859-1", "cte": "quoted-printable", "html_style": "outlook",
    "text": """Estimada Valentina:

Gracias por enviarnos tus antecedentes para el cargo de Jefa de Proyectos de Sustentabilidad. Con Carolina revisamos tu CV y nos gustaría invitarte a una entrevista con el equipo.

Te proponemos el miércoles 18 de marzo a las 15:00 en nuestra oficina de Providencia (Av. Nueva Providencia 1881, oficina 1204). Conversaremos unos 60 a 90 minutos sobre tu experiencia en evaluación ambiental y control de proyectos, y te presentaremos los proyectos que tenemos en carpeta para este año.

Por favor confírmame si te acomoda.

Saludos cordiales,

Andrés Quiroga B.
Socio Director
Quillay Consultores Ambientales
+56 2 2555 4470
""",
})

# 055 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "agencia_lima_cliente_fundicion",
    "kind": "interview_invitation", "company": "Fundición del Pacífico Ilo",
    "contact": "rmamani@talentominero.example.pe", "language": "es",
    "from": ("Rosa Mamani Quispe", "rmamani@talentominero.example.pe"),
    "subject": "Entrevista virtual con Fundición del Pacífico Ilo",
    "date": "2026-07-28 15:30 -0500",
    "structure": "plain", "charset": "utf-8", "cte": "base64",
    "text": """Buenas tardes, Ing. Valentina:

Le saludo cordialmente de parte de Talento Minero Perú. Como le adelanté por teléfono, nuestro cliente Fundición del Pacífico Ilo desea entrevistarla para la posición de Especialista en Control de Proyectos (Ampliación de Planta de Ácido).

La entrevista será virtual, con el Ing. Raúl Salazar, Gerente de Proyectos, el martes 4 de agosto a las 10:00 a.m. (hora de Perú). Le haré llegar el enlace de Microsoft Teams el lunes.

Le agradeceré confirmar su participación respondiendo a este correo.

Saludos cordiales,

Rosa Mamani Quispe
Consultora de Selección
Talento Minero Perú
Calle Las Begonias 441, San Isidro, Lima
Cel. 987 555 214
""",
})

# 056 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "ngo_interview_zoom_plain",
    "kind": "interview_invitation", "company": "Mining Transparency Initiative Canada",
    "contact": "grace.okafor@mtican.example.ca", "language": "en",
    "from": ("Grace Okafor", "grace.okafor@mtican.example.ca"),
    "subject": "Program Officer, Responsible Sourcing - interview",
    "date": "2026-08-27 11:19 -0700",
    "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Dear Valentina,

Thank you for applying for the Program Officer, Responsible Sourcing position at Mining Transparency Initiative Canada. We were glad to see an applicant with hands-on project experience in Chilean mining.

We would like to invite you to an interview on Thursday, September 3 at 9:00 a.m. Pacific time (12:00 p.m. in Santiago) on Zoom. The panel will be me and our Executive Director, Louis Caron. It will last about an hour and include a 10-minute discussion of a case we'll share at the start.

Zoom link: https://zoom.example.com/j/84422019931?pwd=mtic2026

Please let me know that this time works for you.

Warm regards,

Grace Okafor (she/her)
Programs Manager
Mining Transparency Initiative Canada
We work on the traditional, ancestral and unceded territories of the xʷməθkʷəy̓əm, Sḵwx̱wú7mesh and səlilwətaɬ Nations.
""",
})

# 057 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "workable_invitation_choose_slot",
    "kind": "interview_invitation", "company": "Ridgeway Mining Services", "contact": "",
    "language": "en",
    "from": ("Ridgeway Mining Services", "noreply@candidates.workablemail.com"),
    "subject": "You're invited to interview with Ridgeway Mining Services",
    "date": "2026-08-04 11:30 +0800",
    "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": f"""<html><body style="margin:0;padding:0;background:#f4f5f7;">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center" style="padding:30px 10px;">
<table width="560" cellpadding="0" cellspacing="0" role="presentation" style="background:#ffffff;border-radius:6px;font-family:Helvetica,Arial,sans-serif;color:#2b2f33;">
<tr><td style="padding:26px 32px 0;"><img src="https://workablehr.s3.amazonaws.com/uploads/account/logo/ridgeway.png" alt="Ridgeway Mining Services" height="34"></td></tr>
<tr><td style="padding:20px 32px;font-size:15px;line-height:23px;">
<p>Hi Valentina,</p>
<p>Thanks for your application for <b>Project Controls Engineer – Shutdowns</b>. We'd like to invite you to a 30-minute Teams interview with our Shutdown Planning Manager.</p>
<p>Please pick a time that suits you. Times are shown in Perth time (AWST).</p>
<p style="text-align:center;margin:26px 0;"><a href="{track('apply.workable.com', 'ridgeway-sched-2ac9', 'ridgeway-mining/j/9E2B7/interview')}" style="background:#0a66c2;color:#fff;text-decoration:none;padding:12px 26px;border-radius:4px;font-weight:bold;">Choose a time</a></p>
<p>Cheers,<br>The Ridgeway Mining Services team</p>
</td></tr>
<tr><td style="padding:14px 32px 24px;font-size:11px;color:#9aa0a6;border-top:1px solid #eef0f2;">You're receiving this email because you applied for a job at Ridgeway Mining Services. Replies to this address are not monitored. Powered by Workable.</td></tr>
</table></td></tr></table>
{pixel('email.workablemail.com', 'rms-o-2ac9')}
</body></html>
""",
})

# ========================== interview_reschedule_or_cancel ==================================

# 058 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "outlook_updated_meeting_sequence_1",
    "kind": "interview_reschedule_or_cancel", "company": "Minera Salar del Loa",
    "contact": "pverdugo@salardelloa.example.cl", "language": "es",
    "from": ("Paulina Verdugo Araya", "pverdugo@salardelloa.example.cl"),
    "cc": [("Ignacio Soto Lagos", "isoto@salardelloa.example.cl")],
    "subject": "Actualizada: Entrevista técnica – Ingeniera de Control de Proyectos (Valentina Quispe-Harrington)",
    "date": "2026-04-17 09:05 -0400",
    "in_reply_to": "<SCYP152MB6117A0C3D9E1F2B4C5@SCYP152MB6117.LAMP152.PROD.OUTLOOK.COM>",
    "structure": "alt", "charset": "utf-8", "cte": "quoted-printable", "html_style": "outlook",
    "text": """Hola Valentina:

Te escribo para mover nuestra entrevista técnica: a Ignacio le pidieron bajar a faena el martes y no alcanza a volver para las 10:00. La pasamos al miércoles 22 de abril de 15:00 a 16:00, mismo enlace de Teams.

Te llega esta actualización de la invitación; por favor acéptala de nuevo para que quede en tu calendario. Disculpa el cambio.

Saludos,

Paulina Verdugo Araya
Business Partner de Talento
Minera Salar del Loa

________________________________________________________________________________
Reunión de Microsoft Teams
Haga clic aquí para unirse a la reunión <https://teams.microsoft.com/l/meetup-join/19%3ameeting_Yzk4NDQ@thread.v2/0>
Id. de reunión: 284 551 903 117
Código de acceso: Xk7pQ2
________________________________________________________________________________
""",
    "ics": {"method": "REQUEST", "text": f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{OUTLOOK_TZ_SANTIAGO}
BEGIN:VEVENT
ORGANIZER;CN=Paulina Verdugo Araya:mailto:pverdugo@salardelloa.example.cl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Valentina Quispe-Harrington:mailto:valentina.qh@example.cl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ignacio Soto Lagos:mailto:isoto@salardelloa.example.cl
DESCRIPTION;LANGUAGE=es-CL:Nueva hora: miércoles 22 de abril\\, 15:00. Reunión de Microsoft Teams. Id. de reunión: 284 551 903 117\\n
UID:{SALAR_UID}
SUMMARY;LANGUAGE=es-CL:Entrevista técnica – Valentina Quispe-Harrington
DTSTART;TZID=Pacific SA Standard Time:20260422T150000
DTEND;TZID=Pacific SA Standard Time:20260422T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260417T130500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=es-CL:Reunión de Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR"""},
})

# 059 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "google_calendar_cancel_interviewer_ill",
    "kind": "interview_reschedule_or_cancel", "company": "Murchison Basin Minerals",
    "contact": "liam.oconnor@murchisonbasin.example.com.au", "language": "en",
    "from": ("Liam O'Connor", "liam.oconnor@murchisonbasin.example.com.au"),
    "subject": "Cancelled event with note: Interview – Project Controls Engineer (V. Quispe-Harrington) @ Tue 14 Apr 2026 9am - 10am (AWST) (valentina.qh@example.cl)",
    "date": "2026-04-13 07:48 +0800",
    "in_reply_to": "<calendar-6d1f0a52-7c3e-4b8e-9a41-0f2c77e1b5d3@google.com>",
    "structure": "alt", "charset": "utf-8", "cte": "quoted-printable", "html_style": "gmail",
    "text": """Liam O'Connor has cancelled this event and sent you a note:

"Sorry Valentina - I've come down with something nasty and I'm crook in bed. We still want to talk to you! Sharon will email you a couple of new times for later this week."

Interview – Project Controls Engineer (V. Quispe-Harrington)
Tuesday 14 April 2026 ⋅ 9am – 10am
Australian Western Standard Time - Perth

Organiser
liam.oconnor@murchisonbasin.example.com.au

Guests
Liam O'Connor - organiser
Sharon Pike
valentina.qh@example.cl

Invitation from Google Calendar

You are receiving this email because you are an attendee on the event.
""",
    "ics": {"method": "CANCEL", "text": f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
BEGIN:VEVENT
DTSTART:20260414T010000Z
DTEND:20260414T020000Z
DTSTAMP:20260412T234800Z
ORGANIZER;CN=Liam O'Connor:mailto:liam.oconnor@murchisonbasin.example.com.au
UID:{MURCHISON_UID}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=valentina.qh@example.cl;X-NUM-GUESTS=0:mailto:valentina.qh@example.cl
CREATED:20260407T020150Z
LAST-MODIFIED:20260412T234759Z
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:Interview – Project Controls Engineer (V. Quispe-Harrington)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""},
})

# 060 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "cambio_de_hora_segunda_entrevista",
    "kind": "interview_reschedule_or_cancel", "company": "Pacífico Sur Ingeniería y Construcción",
    "contact": "mlagos@pacificosur-ic.example.cl", "language": "es",
    "from": ("Macarena Lagos Fuenzalida", "mlagos@pacificosur-ic.example.cl"),
    "subject": "RE: Segunda entrevista",
    "date": "2026-03-02 08:51 -0300",
    "in_reply_to": "<91c3e0d2-vqh-0226@example.cl>",
    "references": ["<a44c01.segunda-ronda@pacificosur-ic.example.cl>", "<91c3e0d2-vqh-0226@example.cl>"],
    "structure": "plain", "charset": "iso-8859-1", "cte": "quoted-printable",
    "text": """Valentina, buenos días:

Un cambio de último minuto: Rodrigo tiene comité de inversiones el jueves en la mañana, así que tenemos que correr la entrevista del jueves 5 de 9:30 a las 11:30. El lugar sigue siendo el mismo (Apoquindo 4501, piso 12; pregunta por mí en recepción).

¿Te sirve igual? Mil disculpas por el enredo.

Saludos,
Macarena Lagos Fuenzalida
Analista de Reclutamiento y Selección
Pacífico Sur Ingeniería y Construcción S.A.

De: Valentina Quispe-Harrington <valentina.qh@example.cl>
Enviado: jueves, 26 de febrero de 2026 21:02
Para: Macarena Lagos Fuenzalida <mlagos@pacificosur-ic.example.cl>
Asunto: Re: Segunda entrevista

Hola Macarena, ¡qué buena noticia! Confirmo el jueves 5 a las 9:30. Muchas gracias.
Valentina
""",
})

# 061 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "paro_transporte_pasa_a_meet",
    "kind": "interview_reschedule_or_cancel", "company": "Quillay Consultores Ambientales",
    "contact": "aquiroga@quillay.example.cl", "language": "es",
    "from": ("Andrés Quiroga", "aquiroga@quillay.example.cl"),
    "subject": "RE: Entrevista con el equipo Quillay",
    "date": "2026-03-17 18:22 -0300",
    "in_reply_to": "<CP5PR80MB1123quillay0311@CP5PR80MB1123.LAMPRD80.PROD.OUTLOOK.COM>",
    "structure": "plain", "charset": "utf-8", "cte": "base64",
    "text": """Valentina, hola:

Con el paro de micros anunciado para mañana, preferimos no hacerte venir a la oficina. Mantenemos la entrevista a la misma hora (miércoles 18, 15:00), pero la hacemos por Google Meet:

https://meet.google.com/qyk-dtwp-hbn

Estaremos Carolina, Felipe y yo. Cualquier problema con la conexión me llamas al +56 9 8555 3301.

Saludos,
Andrés

Andrés Quiroga B.
Socio Director
Quillay Consultores Ambientales
""",
})

# 062 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "workday_entrevista_reprogramada",
    "kind": "interview_reschedule_or_cancel", "company": "Ferrocarril Desierto Norte",
    "contact": "", "language": "es",
    "from": ("Ferrocarril Desierto Norte", "fdn@myworkday.com"),
    "subject": "Tu entrevista ha sido reprogramada – R-2026-00318",
    "date": "2026-05-21 09:14 -0400",
    "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": f"""<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"></head>
<body style="margin:0;background:#eef0f2;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center" style="padding:20px;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="background:#fff;font-family:'Segoe UI',Arial,sans-serif;font-size:14px;line-height:22px;color:#263238;">
<tr><td style="padding:18px 30px;background:#004d40;"><img src="https://wd5.myworkday.com/fdn/assets/logo_fdn.png" alt="Ferrocarril Desierto Norte" width="160" style="display:block;"></td></tr>
<tr><td style="padding:26px 30px 8px;">
<p style="margin-top:0;">Hola Valentina,</p>
<p>Te informamos que tu entrevista para el cargo <strong>Ingeniera/o de Planificación y Control (R-2026-00318)</strong>, programada para hoy jueves 21 de mayo a las 15:00, fue reprogramada por motivos de agenda del equipo entrevistador.</p>
<table role="presentation" cellpadding="8" cellspacing="0" border="0" style="background:#e0f2f1;margin:8px 0 16px;font-size:13px;">
<tr><td><strong>Nueva fecha:</strong> martes 26 de mayo de 2026<br><strong>Hora:</strong> 15:00 hrs (Chile continental)<br><strong>Plataforma:</strong> Microsoft Teams</td></tr>
</table>
<p>Si no puedes asistir en el nuevo horario, indícalo desde tu Centro de candidatos.</p>
<p><a href="{track('wd5.myworkday.com', 'fdn-cand-home-318b', 'fdn/d/home.htmld')}" style="display:inline-block;background:#00796b;color:#ffffff;text-decoration:none;padding:10px 20px;">Ver detalles</a></p>
<p>Saludos,<br>Equipo de Selección<br>Ferrocarril Desierto Norte</p>
</td></tr>
<tr><td style="padding:14px 30px;background:#f5f5f5;font-size:11px;color:#78909c;">No respondas a este correo; la casilla no es revisada.</td></tr>
</table></td></tr></table>
{pixel('wd5.myworkday.com', 'fdn-open-318b')}
</body></html>
""",
})

# 063 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "se_me_complico_pasamos_a_llamada",
    "kind": "interview_reschedule_or_cancel", "company": "Minera Andes Cuyo",
    "contact": "msosa@andescuyo.example.ar", "language": "es",
    "from": ("Martín Sosa", "msosa@andescuyo.example.ar"),
    "subject": "Re: Entrevista - Planner de Proyectos",
    "date": "2026-06-17 19:03 -0300",
    "in_reply_to": "<0c7f55aa-vqh-0615@example.cl>",
    "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "text": """Valentina, perdón!! Se me complicó mañana porque tengo que subir a la mina con el gerente. ¿Lo pasamos al martes 23 a las 10? Y mejor hacemos llamada telefónica en vez de Zoom, que allá arriba la señal es un desastre. Te llamo al celular que pusiste en el CV (+56 9 ...41).

Abrazo,
Martín

El lun, 15 jun 2026 a las 12:20, Valentina Quispe-Harrington (<valentina.qh@example.cl>) escribió:
> Hola Martín, muchas gracias por el contacto. Sí, el jueves 18 a las 11 me
> viene perfecto. Quedo atenta al link de Zoom.
> Saludos,
> Valentina
""",
})

# 064 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "postergacion_clase_modelo_auditorio",
    "kind": "interview_reschedule_or_cancel", "company": "Universidad Privada del Sur Andino",
    "contact": "talento@upsa.example.pe", "language": "es",
    "from": ("Dirección de Gestión del Talento - UPSA", "talento@upsa.example.pe"),
    "subject": "REPROGRAMACIÓN - Entrevista y clase modelo Convocatoria Docente 2026-II",
    "date": "2026-07-17 10:20 -0500",
    "structure": "plain", "charset": "iso-8859-1", "cte": "8bit", "header_charset": "iso-8859-1",
    "text": """Estimada Ing. Quispe-Harrington:

Por disposición de la Comisión de Selección, y debido a que la Sala de Grados será utilizada para la ceremonia de colación del martes 21 de julio, se ha reprogramado la entrevista personal y clase modelo de los postulantes de la Escuela Profesional de Ingeniería de Minas.

Nueva fecha: jueves 23 de julio de 2026
Hora: 10:30 a.m. (hora peruana)
Lugar: Pabellón B, Aula Magna, Av. Salaverry 301, Vallecito

Se mantienen las demás condiciones indicadas en la citación. Agradeceremos confirmar su asistencia respondiendo a este correo.

Lamentamos los inconvenientes.

Atentamente,
Dirección de Gestión del Talento
Universidad Privada del Sur Andino
""",
})

# 065 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "vp_family_emergency_push_to_friday",
    "kind": "interview_reschedule_or_cancel", "company": "Sensoria Mining Analytics",
    "contact": "tyler@sensoria.example.ca", "language": "en",
    "from": ("Tyler Brandt", "tyler@sensoria.example.ca"),
    "subject": "Need to move tomorrow's chat",
    "date": "2026-05-11 16:02 -0700",
    "structure": "plain", "charset": "utf-8", "cte": "7bit",
    "text": """Hi Valentina,

Sorry for the late notice - Deepa has had a family emergency and is out for the rest of the week, so we need to push your interview tomorrow (Tue 9am PT).

Could you do Friday the 15th, same time? If not, I'll send a new Calendly link once she's back.

Thanks for your patience,
Tyler
""",
})

# 066 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "greenhouse_interview_cancelled_will_reschedule",
    "kind": "interview_reschedule_or_cancel", "company": "Pacific Northern Utilities",
    "contact": "megan.tsui@pnutilities.example.ca", "language": "en",
    "from": ("Pacific Northern Utilities via Greenhouse", "no-reply@us.greenhouse-mail.io"),
    "reply_to": ("Megan Tsui", "megan.tsui@pnutilities.example.ca"),
    "subject": "Interview cancelled: Project Controls Analyst, Capital Delivery",
    "date": "2026-06-08 08:12 -0700",
    "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": f"""<html><body>
<div style="font-family:Arial,sans-serif;font-size:14px;color:#1b1b1b;line-height:1.5;max-width:580px;">
<p>Hi Valentina,</p>
<p>Your interview for <b>Project Controls Analyst, Capital Delivery</b> scheduled for <b>Tuesday, June 9 at 10:00 AM PDT</b> has been cancelled.</p>
<p>Harjit has been called away to the Stave Falls site for an urgent outage this week. We are still keen to meet you, and I'll send new times for next week shortly. You don't need to do anything in the meantime.</p>
<p>Apologies for the inconvenience,</p>
<p>Megan Tsui<br>Talent Acquisition Partner<br>Pacific Northern Utilities</p>
<p style="font-size:11px;color:#999;">This calendar event has been removed. <a href="{track('u4761.ct.greenhouse-mail.io', 'pnu-cancel-7731984')}" style="color:#999;">View in browser</a></p>
</div>
{pixel('u4761.ct.greenhouse-mail.io', 'pnu-o-20')}
</body></html>
""",
})

# 067 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "change_of_venue_outlook_quote",
    "kind": "interview_reschedule_or_cancel", "company": "WA Resources Transition Office",
    "contact": "recruitment@wareto.example.com.au", "language": "en",
    "from": ("Recruitment – WA Resources Transition Office", "recruitment@wareto.example.com.au"),
    "subject": "RE: Invitation to interview – Senior Project Controls Officer (Ref 2026/0412)",
    "date": "2026-07-06 15:40 +0800",
    "in_reply_to": "<c0a1-vqh-0702@example.cl>",
    "structure": "plain", "charset": "windows-1252", "cte": "quoted-printable",
    "text": """Dear Ms Quispe-Harrington

Thank you for confirming that you will attend your interview online.

Please note a change: the interview on Thursday 9 July has been moved from 10:30 am to 1:00 pm AWST because one of the panel members is travelling that morning. As you are attending via Microsoft Teams, the meeting link below replaces the one in our earlier email.

https://teams.microsoft.com/l/meetup-join/19%3ameeting_wareto0412@thread.v2/0

We apologise for any inconvenience.

Kind regards

Recruitment Team
WA Resources Transition Office

-----Original Message-----
From: Valentina Quispe-Harrington <valentina.qh@example.cl>
Sent: Thursday, 2 July 2026 9:55 PM
To: Recruitment – WA Resources Transition Office <recruitment@wareto.example.com.au>
Subject: Re: Invitation to interview – Senior Project Controls Officer (Ref 2026/0412)

Dear Recruitment Team,

Thank you for the invitation. I confirm I will attend the interview on Thursday 9 July at 10:30 am AWST via Microsoft Teams, as I am currently in Santiago.

Kind regards,
Valentina Quispe-Harrington
""",
})

# 068 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "hiring_manager_flu_moves_interview",
    "kind": "interview_reschedule_or_cancel", "company": "Bridgewater Sustainability Partners",
    "contact": "naomi.fairbanks@bridgewatersp.example.ca", "language": "en",
    "from": ("Naomi Fairbanks", "naomi.fairbanks@bridgewatersp.example.ca"),
    "subject": "Re: Senior Consultant, Mine Closure – interview",
    "date": "2026-02-17 07:31 -0800",
    "in_reply_to": "<4e0d2c11-vqh-0210@example.cl>",
    "references": ["<YT3PR01MB8842.bsp-first-0210@bridgewatersp.example.ca>", "<4e0d2c11-vqh-0210@example.cl>"],
    "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Hi Valentina,

I'm so sorry - I've come down with the flu and won't be able to do our conversation tomorrow morning. Could we move it to next Wednesday, February 25, same time (9:00 a.m. Pacific)? Daniel is free then too.

Apologies again for the short notice.

Naomi

Sent from my phone
""",
})

# 069 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "report_entrevue_imprevu",
    "kind": "interview_reschedule_or_cancel", "company": "Hydro-Nordique",
    "contact": "mcote@hydronordique.example.ca", "language": "fr",
    "from": ("Mélanie Côté", "mcote@hydronordique.example.ca"),
    "subject": "Report de votre entrevue du 9 avril – concours 26-0877",
    "date": "2026-04-07 13:47 -0400",
    "structure": "plain", "charset": "windows-1252", "cte": "quoted-printable",
    "header_charset": "windows-1252",
    "text": """Bonjour Madame Quispe-Harrington,

Je suis la conseillère en dotation responsable du concours 26-0877. En raison d'un imprévu touchant l'un des membres du comité de sélection, nous devons reporter l'entrevue prévue le jeudi 9 avril à 13 h 30.

Je vous propose à la place le mardi 14 avril à 10 h (heure de l'Est) ou le mercredi 15 avril à 14 h. Pourriez-vous m'indiquer par retour de courriel la plage qui vous convient le mieux? Je vous ferai ensuite parvenir le lien Teams.

Veuillez accepter nos excuses pour ce changement.

Cordialement,

Mélanie Côté
Conseillère en dotation
Hydro-Nordique – Direction Dotation et acquisition de talents
Tél. : 418 555-0144
""",
})

# 070 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "terminverschiebung_dienstreise",
    "kind": "interview_reschedule_or_cancel", "company": "Bergmann Fördertechnik",
    "contact": "a.reinhold@bergmann-foerdertechnik.example.com", "language": "de",
    "from": ("Anja Reinhold", "a.reinhold@bergmann-foerdertechnik.example.com"),
    "subject": "Terminverschiebung: Ihr Vorstellungsgespräch am 8. September",
    "date": "2026-09-07 08:36 +0200",
    "structure": "plain", "charset": "iso-8859-1", "cte": "quoted-printable",
    "header_charset": "iso-8859-1",
    "text": """Sehr geehrte Frau Quispe-Harrington,

leider muss ich unser Gespräch am morgigen Dienstag verschieben: Herr Bergmann ist kurzfristig auf Dienstreise in Peru und kann den Termin nicht wahrnehmen.

Passt Ihnen stattdessen Donnerstag, der 10. September, um 15:00 Uhr MESZ (10:00 Uhr in Santiago)? Der Teams-Link bleibt unverändert.

Ich bitte die Umstände zu entschuldigen und freue mich auf Ihre kurze Rückmeldung.

Mit freundlichen Grüßen

Anja Reinhold
Personalreferentin
Bergmann Fördertechnik GmbH
""",
})

# 071 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "call_absage_kollegin_krank_neuer_termin",
    "kind": "interview_reschedule_or_cancel", "company": "Sedimenta",
    "contact": "lea.hartmann@sedimenta.example.com", "language": "de",
    "from": ("Lea Hartmann", "lea.hartmann@sedimenta.example.com"),
    "cc": [("Jonas Albrecht", "jonas@sedimenta.example.com")],
    "subject": "Re: Kennenlernen? Project Lead Chile",
    "date": "2026-07-13 18:25 +0200",
    "in_reply_to": "<b77f0e13-vqh-0709@example.cl>",
    "structure": "alt", "charset": "utf-8", "cte": "quoted-printable", "html_style": "gmail",
    "text": """Hi Valentina,

hier ist Lea aus dem Ops-Team. Jonas ist leider krank geworden, deshalb müssen wir unseren Call morgen (Dienstag, 16 Uhr) absagen. Sorry für die kurzfristige Info!

Wir melden uns Anfang nächster Woche mit einem neuen Termin – am liebsten wieder Dienstag oder Mittwoch, wenn das für dich passt.

Liebe Grüße
Lea

Am Do., 9. Juli 2026 um 03:12 Uhr schrieb Valentina Quispe-Harrington <valentina.qh@example.cl>:
> Hallo Jonas,
>
> vielen Dank für die Einladung! Dienstag, 14.7., um 16 Uhr passt mir sehr gut.
> Ich freue mich auf das Gespräch.
>
> Viele Grüße
> Valentina
""",
})

# 072 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "reunion_cliente_reagendada_gerente_viaja",
    "kind": "interview_reschedule_or_cancel", "company": "Kolbe Executive Search",
    "contact": "fmontt@kolbesearch.example.cl", "language": "es",
    "from": ("Francisca Montt", "fmontt@kolbesearch.example.cl"),
    "subject": "Cambio de fecha - entrevista viernes",
    "date": "2026-08-20 17:50 -0400",
    "mid": "<SCXP152MB5310D1E2A3B4C5D6E7@SCXP152MB5310.LAMP152.PROD.OUTLOOK.COM>",
    "structure": "alt", "charset": "windows-1252", "cte": "quoted-printable", "html_style": "outlook",
    "text": """Valentina, hola:

Te cuento que tenemos que cambiar la reunión de mañana viernes 21. El gerente general de nuestro cliente quería sumarse a la conversación, pero debe viajar a faena de urgencia.

Te propongo reagendarla para el martes 25 de agosto a las 12:00 hrs., en el mismo lugar (Isidora Goyenechea 3000, of. 1502). El proceso sigue su curso normal y seguimos muy interesados en tu perfil.

Disculpa las molestias y quedo atenta a tu confirmación.

Francisca Montt V.
Directora de Búsqueda
Kolbe Executive Search
""",
})

# =============================== missed_interview_notice ===================================

# 073 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "te_esperamos_en_recepcion",
    "kind": "missed_interview_notice", "company": "Bechmann & Ortúzar Ingenieros",
    "contact": "durrutia@bechmann-ortuzar.example.cl", "language": "es",
    "from": ("Daniela Urrutia", "durrutia@bechmann-ortuzar.example.cl"),
    "subject": "Entrevista de hoy",
    "date": "2026-10-01 11:05 -0300",
    "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Hola Valentina:

Te esperamos hoy a las 10:00 en recepción (Av. El Bosque Norte 500, piso 9) para la entrevista con Jaime y no llegaste. Te llamé dos veces al celular pero me salió el buzón.

¿Pasó algo? Si sigues interesada en el cargo de Ingeniera de Control de Proyectos, avísame y vemos si podemos encontrar otra fecha esta semana o la próxima.

Saludos,

Daniela Urrutia
Coordinadora de Personas
Bechmann & Ortúzar Ingenieros
Av. El Bosque Norte 500, piso 9, Las Condes
""",
})

# 074 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "agencia_no_se_conecto_videollamada",
    "kind": "missed_interview_notice", "company": "Fundición del Pacífico Ilo",
    "contact": "rmamani@talentominero.example.pe", "language": "es",
    "from": ("Rosa Mamani Quispe", "rmamani@talentominero.example.pe"),
    "subject": "Entrevista con el Ing. Salazar - no se conectó",
    "date": "2026-08-04 10:41 -0500",
    "structure": "plain", "charset": "windows-1252", "cte": "8bit", "header_charset": "windows-1252",
    "text": """Ing. Valentina, buenos días:

Le escribo porque hoy a las 10:00 a.m. estaba programada su entrevista virtual con el Ing. Raúl Salazar, de Fundición del Pacífico Ilo. El Ingeniero la esperó en la sala de Teams durante 20 minutos, pero usted no se conectó, y tampoco pudimos comunicarnos con su celular.

Entiendo que pudo haber algún inconveniente, quizás con la diferencia horaria. Le agradeceré confirmarme si desea continuar en el proceso para coordinar con el cliente una nueva fecha, aunque no puedo asegurarle que la acepten.

Quedo atenta.

Rosa Mamani Quispe
Consultora de Selección
Talento Minero Perú
""",
})

# 075 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "smartrecruiters_no_te_conectaste",
    "kind": "missed_interview_notice", "company": "Hidrológica del Tajo", "contact": "",
    "language": "es",
    "from": ("Hidrológica del Tajo", "no-reply@smartrecruiters.com"),
    "subject": "No pudimos realizar tu videoentrevista",
    "date": "2026-09-22 09:30 +0200",
    "structure": "html", "charset": "utf-8", "cte": "base64",
    "html": f"""<html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f1f6fa;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 8px;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Roboto,Arial,sans-serif;color:#263340;font-size:14px;line-height:21px;">
<tr><td style="padding:20px 28px;border-bottom:1px solid #e2e8ee;"><img src="https://c.smartrecruiters.com/sr-company-logo-prod/hidrotajo/logo.png" alt="Hidrológica del Tajo" height="42"></td></tr>
<tr><td style="padding:24px 28px;">
<p>Hola Valentina:</p>
<p>Ayer, lunes 21 de septiembre a las 17:00 (hora de Madrid), te esperamos para la videoentrevista de la vacante <b>Responsable de Control de Proyectos – Infraestructuras Hidráulicas</b>, pero no te conectaste a la sesión.</p>
<p>Entendemos que pueden surgir imprevistos. Si sigues interesada, puedes solicitar una nueva fecha en las próximas 48 horas desde este enlace. Pasado ese plazo, cerraremos tu candidatura para esta vacante.</p>
<p><a href="{track('jobs.smartrecruiters.com', 'hdt-reschedule-5521', 'HidrologicaDelTajo/interview/reschedule')}" style="background:#1c75bc;color:#ffffff;padding:10px 18px;text-decoration:none;border-radius:3px;">Solicitar nueva fecha</a></p>
<p>Un saludo,<br>Equipo de Selección · Hidrológica del Tajo</p>
</td></tr>
<tr><td style="padding:14px 28px;font-size:11px;color:#8796a5;background:#f7f9fb;">Este mensaje se ha enviado desde una dirección que no admite respuestas. Hidrológica del Tajo, S.A. · C/ Alcalá 265, 28027 Madrid</td></tr>
</table></td></tr></table>
{pixel('email.smartrecruiters.com', 'hdt-o-5521b')}
</body></html>
""",
})

# 076 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "te_llamamos_dos_veces_no_atendiste",
    "kind": "missed_interview_notice", "company": "Minera Andes Cuyo",
    "contact": "msosa@andescuyo.example.ar", "language": "es",
    "from": ("Martín Sosa", "msosa@andescuyo.example.ar"),
    "subject": "Llamada de hoy",
    "date": "2026-06-23 10:32 -0300",
    "structure": "plain", "charset": "windows-1252", "cte": "quoted-printable",
    "text": """Hola Valentina,

Te llamamos dos veces al celular a las 10 como habíamos quedado para la entrevista y no atendiste, y el WhatsApp tampoco lo leíste. ¿Está todo bien?

Si te surgió algo, avisame y vemos de reprogramar esta semana, que el gerente vuelve a Mendoza el viernes.

Saludos,
Martín Sosa
RRHH | Minera Andes Cuyo
""",
})

# 077 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "jornada_de_prueba_taller_no_llego",
    "kind": "missed_interview_notice", "company": "Maestranza Zuniga e Hijos",
    "contact": "pzuniga@maestranzazuniga.example.cl", "language": "es",
    "from": ("Patricio Zuniga", "pzuniga@maestranzazuniga.example.cl"),
    "subject": "sabado",
    "date": "2026-10-05 08:17 -0300",
    "structure": "plain", "charset": "utf-8", "cte": "7bit",
    "text": """Hola Valentina

el sabado te esperamos a las 8 para la jornada de prueba en el taller como quedamos con mi hermano y no llegaste, estuvimos hasta las 9 y nada. Ni un aviso.

Si todavia te interesa la pega de coordinadora de proyectos avisame esta semana, si no seguimos con los otros postulantes.

Patricio Zuniga
Maestranza Zuniga e Hijos Ltda
Av. Pedro Aguirre Cerda 9120, Antofagasta
fono 55 255 3381
""",
})

# 078 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "you_did_not_join_teams_rebook",
    "kind": "missed_interview_notice", "company": "Ridgeway Mining Services",
    "contact": "s.kowalczyk@ridgewayms.example.com.au", "language": "en",
    "from": ("Sam Kowalczyk", "s.kowalczyk@ridgewayms.example.com.au"),
    "subject": "Your interview today",
    "date": "2026-08-11 14:38 +0800",
    "mid": "<ME3PR01MB7719C2B1A0F9E8D7@ME3PR01MB7719.ausprd01.prod.outlook.com>",
    "structure": "plain", "charset": "utf-8", "cte": "7bit",
    "text": """Hi Valentina,

We had you booked in for 2:00pm AWST today on Teams with Glenn (Shutdown Planning Manager), but you didn't join the call. Glenn hung on for about 15 minutes.

I know the time difference to Santiago can be tricky (2pm here is 2am for you, which I suspect is the problem - the booking tool shows Perth times). If you'd still like to be considered, let me know some windows that suit and I'll rebook.

Regards,

Sam Kowalczyk
Talent Acquisition Advisor
Ridgeway Mining Services Pty Ltd
29 Belmont Ave, Belmont WA 6104
""",
})

# 079 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "icims_we_missed_you",
    "kind": "missed_interview_notice", "company": "Coastal Cordillera Mining", "contact": "",
    "language": "en",
    "from": ("Coastal Cordillera Mining Careers", "careers-noreply@talent.icims.com"),
    "subject": "We missed you today – Environmental Compliance Coordinator",
    "date": "2026-06-30 10:20 -0700",
    "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": f"""<html><head><style type="text/css">body{{font-family:Tahoma,Arial,sans-serif;font-size:13px;}}</style></head>
<body>
<table width="640" border="0" cellspacing="0" cellpadding="10" align="center">
<tr><td style="border-bottom:2px solid #2e5e4e;"><img src="https://careers-coastalcordillera.icims.com/icims2/servlet/icims2?module=AppInert&amp;action=download&amp;id=logo" alt="Coastal Cordillera Mining Corp." width="210"></td></tr>
<tr><td>
<p>Dear Valentina,</p>
<p>You were scheduled for a video interview for the <b>Environmental Compliance Coordinator</b> position (Requisition 2026-1187) today, June 30, at 9:00 AM Pacific Time. Our interviewer waited, but you did not join the video call.</p>
<p>If you are still interested in the position, please use the link below within the next three business days to request another time.</p>
<p><a href="{track('careers-coastalcordillera.icims.com', 'ccm-resched-1187', 'jobs/1187/reschedule')}">Request a new interview time</a></p>
<p>Sincerely,<br>Human Resources<br>Coastal Cordillera Mining Corp.</p>
</td></tr>
<tr><td style="font-size:10px;color:#777;">This message was sent from an unattended mailbox. Please do not reply.</td></tr>
</table>
{pixel('careers-coastalcordillera.icims.com', 'ccm-bcn-3e2')}
</body></html>
""",
})

# 080 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "waited_on_zoom_until_920",
    "kind": "missed_interview_notice", "company": "Mining Transparency Initiative Canada",
    "contact": "grace.okafor@mtican.example.ca", "language": "en",
    "from": ("Grace Okafor", "grace.okafor@mtican.example.ca"),
    "subject": "Missed you this morning",
    "date": "2026-09-03 09:34 -0700",
    "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Hi Valentina,

Louis and I waited on the Zoom until 9:20 this morning but didn't see you join, and we didn't have a phone number on file to try.

I hope everything is alright. If something came up, just let me know; we have a little flexibility next week and could find another slot, though we are hoping to make a decision by mid-September.

Best,
Grace

Grace Okafor (she/her)
Programs Manager
Mining Transparency Initiative Canada
""",
})

# 081 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "nous_vous_avons_attendue_visio",
    "kind": "missed_interview_notice", "company": "Atelier Carbone & Territoires",
    "contact": "claire.vasseur@ateliercarbone.example.com", "language": "fr",
    "from": ("Claire Vasseur", "claire.vasseur@ateliercarbone.example.com"),
    "subject": "Notre entretien de cet après-midi",
    "date": "2026-05-27 16:38 +0200",
    "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Bonjour Valentina,

Olivier Marchand et moi-même vous avons attendue cet après-midi à 16h00 (heure de Paris) sur le lien de visioconférence, mais vous ne vous êtes pas connectée. Nous avons patienté une vingtaine de minutes et vous avons également écrit sur le chat, sans réponse.

J'espère qu'il ne vous est rien arrivé de grave. Si vous souhaitez toujours poursuivre le processus, je vous remercie de me le faire savoir rapidement afin que nous puissions envisager un nouveau créneau.

Bien cordialement,

Claire Vasseur
Responsable des ressources humaines
Atelier Carbone & Territoires
""",
})

# 082 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "nicht_im_teams_meeting_erschienen",
    "kind": "missed_interview_notice", "company": "Bergmann Fördertechnik",
    "contact": "a.reinhold@bergmann-foerdertechnik.example.com", "language": "de",
    "from": ("Anja Reinhold", "a.reinhold@bergmann-foerdertechnik.example.com"),
    "subject": "Unser heutiger Gesprächstermin",
    "date": "2026-09-10 15:42 +0200",
    "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "text": """Sehr geehrte Frau Quispe-Harrington,

Herr Bergmann und ich hatten uns heute um 15:00 Uhr MESZ auf unser Gespräch mit Ihnen gefreut. Leider sind Sie nicht im Teams-Meeting erschienen. Wir haben eine Viertelstunde gewartet und versucht, Sie unter Ihrer Mobilnummer zu erreichen.

Sollte etwas dazwischengekommen sein, melden Sie sich bitte bis Ende der Woche bei mir. Wir prüfen dann, ob ein weiterer Termin möglich ist.

Mit freundlichen Grüßen

Anja Reinhold
Personalreferentin
Bergmann Fördertechnik GmbH
Sitz der Gesellschaft: Bochum | Amtsgericht Bochum HRB 18833
""",
})
