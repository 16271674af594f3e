"""Interview invitations, reschedules/cancellations and missed-interview notices (133rd corpus)."""

from __future__ import annotations

from .msgs133_common import ats_card, outlook_html

INVITES: list[dict] = []


def add(**spec: object) -> None:
    INVITES.append(spec)

HARBOR_UID = ("040000008200E00074C5B7101A82E00800000000D4C3B2A19F8ADC01000000000000000010000000"
              "5E0F6A7C21B94D3E8C0A1B2C3D4E5F60")
TENOCHCA_UID = "3k9q0vb1r7m2c5ldp8ts4e6hf0@google.com"

# =============================================================================================
# interview_invitation
# =============================================================================================

add(
    kind="interview_invitation", scen="greenhouse_pick_a_time", lang="en", company="Quetzal Labs",
    contact="maya.oconnell@quetzallabs.example.com",
    frm=("Quetzal Labs via Greenhouse", "no-reply@us.greenhouse-mail.io"),
    reply_to=("Maya O'Connell", "maya.oconnell@quetzallabs.example.com"),
    subject="Next steps with Quetzal Labs: video interview",
    date="2026-02-24 12:18 -0500", struct="html", charset="utf-8", cte="quoted-printable",
    html=ats_card(
        brand="Quetzal Labs", accent="#1f8a70",
        logo="https://s3.amazonaws.com/grnhse-email-assets/quetzallabs/logo@2x.png",
        logo_alt="Quetzal Labs",
        preheader="Pick a time for your interview with Ana Ferreira",
        body="""Hi Camila,

Thanks so much for applying to the Analytics Engineer (LatAm) role – we loved reading about the staffing model you built for your contact centre.

We'd like to invite you to a 45-minute video interview with Ana Ferreira, our Analytics Lead. We'll talk through your experience, and Ana will share more about how the team works with our ops and finance partners.

Please use the button below to choose a time that works for you. All slots are shown in your local time zone (Lima).

If none of the times work, just reply to this email and I'll find another option.

Talk soon,
Maya O'Connell
Senior Recruiter, Quetzal Labs""",
        button=("Select your availability", "https://click.greenhouse-mail.io/ls/click?upn=u001.kQ8Zt3x-2FJrV0pLd7bYg"),
        footer=["Quetzal Labs · 548 Market St #71203 · San Francisco, CA 94104",
                'Powered by <a href="https://www.greenhouse.io" style="color:#8a8a8a;">Greenhouse</a> · '
                '<a href="https://app.greenhouse.io/privacy" style="color:#8a8a8a;">Privacy</a>'],
        pixel_url="https://click.greenhouse-mail.io/wf/open?upn=u001.Zk2Lr9hxQ"),
)

add(
    kind="interview_invitation", scen="calendly_phone_screen", lang="en", company="Northwind Lending",
    contact="sam.okafor@northwindlending.example.com",
    frm=("Sam Okafor", "sam.okafor@northwindlending.example.com"),
    subject="BI Analyst – quick intro call?",
    date="2026-03-10 09:41 -0500", struct="plain", charset="utf-8", cte="quoted-printable",
    text="""Hi Camila,

Thanks for applying for our BI Analyst (Remote, LATAM) opening. I'm the recruiter working on the role and I'd love to set up a 30-minute phone screen to hear more about your background and tell you about the team.

You can grab any open slot here: https://calendly.example.com/sam-okafor-northwind/30min

The call would be with me; if it goes well, the next step is a technical interview with Ulla, who leads our reporting team.

Looking forward to it,
Sam

Sam Okafor
Technical Recruiter | Northwind Lending
sam.okafor@northwindlending.example.com | +1 (720) 555-0193
""",
)

add(
    kind="interview_invitation", scen="outlook_calendar_request", lang="en",
    company="Harbor & Pine Insurance", contact="dsloane@harborpine.example.com",
    frm=("Derek Sloane", "dsloane@harborpine.example.com"),
    subject="Interview: Claims Reporting Analyst - Camila Hoffmann-Quispe",
    date="2026-02-27 10:12 -0500", struct="cal", charset="utf-8", cte="quoted-printable",
    mid="<BY5PR11MB4021A8C0E2@BY5PR11MB4021.namprd11.prod.outlook.com>",
    text="""Hi Camila,

As discussed with Jenna in HR, here is the invite for your interview with me and Priscilla Nunez from our actuarial team. We'll spend about 45 minutes on your experience and a short case on claim-volume reporting – nothing to prepare in advance.

Looking forward to meeting you.

Derek

Derek Sloane | Director, Claims Analytics | Harbor & Pine Insurance
55 Water Street, Hartford, CT 06103

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting <https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzE5YjA2>
Meeting ID: 271 845 093 118
Passcode: Qp7xhT
________________________________________________________________________________
""",
    html=outlook_html("""Hi Camila,

As discussed with Jenna in HR, here is the invite for your interview with me and Priscilla Nunez from our actuarial team. We'll spend about 45 minutes on your experience and a short case on claim-volume reporting – nothing to prepare in advance.

Looking forward to meeting you.

Derek""", """Derek Sloane | Director, Claims Analytics | Harbor & Pine Insurance
55 Water Street, Hartford, CT 06103
________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Meeting ID: 271 845 093 118
Passcode: Qp7xhT""", lang="EN-US"),
    ical_method="REQUEST",
    ical=f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
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
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN=Derek Sloane:mailto:dsloane@harborpine.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Camila Hoff
 mann-Quispe:mailto:camila.hq@example.pe
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Priscilla N
 unez:mailto:pnunez@harborpine.example.com
DESCRIPTION;LANGUAGE=en-US:Hi Camila\\,\\n\\nAs discussed with Jenna in HR\\, h
 ere is the invite for your interview with me and Priscilla Nunez.\\n
UID:{HARBOR_UID}
SUMMARY;LANGUAGE=en-US:Interview: Claims Reporting Analyst - Camila Hoffmann
 -Quispe
DTSTART;TZID=Eastern Standard Time:20260304T110000
DTEND;TZID=Eastern Standard Time:20260304T114500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260227T151200Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
)

add(
    kind="interview_invitation", scen="uk_virtual_assessment_centre", lang="en",
    company="Meridian Telecom Group", contact="priya.raman@meridiantelecom.example.com",
    frm=("Priya Raman", "priya.raman@meridiantelecom.example.com"),
    subject="Invitation: virtual assessment centre, 14 April",
    date="2026-03-31 14:05 +0100", struct="plain", charset="utf-8", cte="8bit",
    text="""Dear Camila,

Thank you for your application for the Customer Insight Analyst role (ref. MTG-2291, remote within LATAM time zones).

I'm pleased to invite you to our virtual assessment centre on Tuesday 14 April 2026. It runs from 14:00 to 17:30 UK time (08:00–11:30 in Lima) on Microsoft Teams and includes:

  1. a 20-minute welcome from the Insight leadership team
  2. a data exercise in Excel (you'll receive the file on the day)
  3. a competency-based interview with two members of the team

Please confirm your attendance by replying to this email by Friday 3 April, and let me know if you need any adjustments for the day.

Kind regards,

Priya Raman
Talent Partner, Meridian Telecom Group
Mobile: +44 7700 900412

Meridian Telecom Group Ltd. Registered in England No 08812345. Registered office: 20 Canada Square, London E14 5HQ.
""",
)

add(
    kind="interview_invitation", scen="agency_named_client_caps", lang="en",
    company="Brightwater Analytics", contact="ryan.mcbride@apextalent.example.com",
    frm=("Ryan McBride", "ryan.mcbride@apextalent.example.com"),
    subject="GREAT NEWS - Brightwater want to meet you!!",
    date="2026-03-18 11:22 -0500", struct="plain", charset="windows-1252", cte="quoted-printable",
    text="""Camila!!

Brilliant news - Brightwater Analytics loved your CV and want to interview you for the BI Analyst, LatAm Operations role!! This is the one I mentioned last week, fully remote, reporting into their Head of Reporting in Boston.

First stage is a 45-min video call with Karen Liu (Head of Reporting) on Thursday 26 March at 10:00 Central / 10:00 Lima. Zoom link below. Can you confirm ASAP so I can lock it in?

Zoom: https://brightwater.zoom.example.com/j/84412093317?pwd=Rk9Q

A few tips:
- Have your staffing dashboard example ready to screen-share
- They LOVE SQL, so be ready for a couple of live questions
- Keep answers crisp, Karen is very data-first

Call me if you want to prep beforehand, happy to do 15 mins on Wednesday!

Ryan

Ryan McBride
Principal Consultant – Data & Analytics
Apex Talent Partners
M: +1 512 555 0148
""",
)

add(
    kind="interview_invitation", scen="ashby_self_schedule_no_reply", lang="en", company="Ledgerline",
    contact="",
    frm=("Ledgerline Recruiting", "no-reply@ashbyhq.com"),
    subject="Schedule your interview with Ledgerline",
    date="2026-08-04 17:36 +0000", struct="html", charset="utf-8", cte="base64",
    html=ats_card(
        brand="Ledgerline", accent="#111827",
        logo="https://app.ashbyhq.com/api/images/org-theme-logo/ledgerline-wordmark.png",
        logo_alt="Ledgerline",
        body="""Hi Camila,

Congratulations on moving forward in our process for the Data Analyst, Revenue Operations (Remote – LATAM) role!

Your next step is a 60-minute technical interview with two members of our Data team. You'll work through a SQL exercise together and talk about a dashboard you've built.

Please choose a time using the link below within the next 5 business days. The interview will take place on Google Meet; the link will be in your calendar invite.

Please note that this mailbox is not monitored. If you have questions, contact your recruiter, Hannah Whitfield, directly.

The Ledgerline Recruiting Team""",
        button=("Choose a time", "https://app.ashbyhq.com/interview-scheduling/ledgerline/7f2d1c0a-88b1"),
        footer=["Ledgerline, Inc. · 1 Letterman Drive, Building C · San Francisco, CA 94129",
                '<a href="https://www.ledgerline.example.com/candidate-privacy" style="color:#8a8a8a;">Candidate privacy policy</a>'],
        pixel_url="https://app.ashbyhq.com/email-tracking/open/5b77d21f.png",
        powered="Powered by Ashby"),
)

# --- Español ---

_ANDINO_SIG = """Giovanna Torres Villacorta
Analista Senior de Selección | Gerencia de Gestión del Talento
Banco Andino del Sur
Av. Javier Prado Este 1250, San Isidro, Lima
T. (01) 555-3000 anexo 4412"""

add(
    kind="interview_invitation", scen="banco_outlook_usted", lang="es", company="Banco Andino del Sur",
    contact="gtorres@bancoandino.example.pe",
    frm=("Giovanna Torres Villacorta", "gtorres@bancoandino.example.pe"),
    subject="Invitación a entrevista – Analista de Datos Jr. (Canales Digitales)",
    date="2026-06-16 11:37 -0500", struct="alt", charset="utf-8", cte="quoted-printable",
    text="""Estimada Camila:

Buenos días. Reciba un cordial saludo.

Nos complace comunicarle que su perfil ha sido preseleccionado para el puesto de Analista de Datos Jr. en la División de Canales Digitales. En ese sentido, la invitamos a una entrevista con el equipo de Analítica, según el siguiente detalle:

Fecha: viernes 26 de junio de 2026
Hora: 10:00 a. m.
Lugar: Sede principal – Av. Javier Prado Este 1250, piso 9, San Isidro
Entrevistadores: Sr. Martín Alarcón (Jefe de Analítica) y quien suscribe

Le agradeceremos acercarse con 15 minutos de anticipación portando su DNI, y confirmar su asistencia respondiendo a este correo.

Atentamente,

""" + _ANDINO_SIG + "\n",
    html=outlook_html("""Estimada Camila:

Buenos días. Reciba un cordial saludo.

Nos complace comunicarle que su perfil ha sido preseleccionado para el puesto de Analista de Datos Jr. en la División de Canales Digitales. En ese sentido, la invitamos a una entrevista con el equipo de Analítica, según el siguiente detalle:

Fecha: viernes 26 de junio de 2026
Hora: 10:00 a. m.
Lugar: Sede principal – Av. Javier Prado Este 1250, piso 9, San Isidro
Entrevistadores: Sr. Martín Alarcón (Jefe de Analítica) y quien suscribe

Le agradeceremos acercarse con 15 minutos de anticipación portando su DNI, y confirmar su asistencia respondiendo a este correo.

Atentamente,""", _ANDINO_SIG),
)

add(
    kind="interview_invitation", scen="caja_citacion_arequipa", lang="es", company="Caja Chachani",
    contact="rrhh@cajachachani.example.pe",
    frm=("Gestión del Talento - Caja Chachani", "rrhh@cajachachani.example.pe"),
    subject="Citación a entrevista presencial - Analista de Inteligencia de Negocios",
    hdr_cs="iso-8859-1",
    date="2026-03-02 09:15 -0500", struct="plain", charset="iso-8859-1", cte="8bit",
    text="""Estimada Srta. Camila Hoffmann-Quispe:

Reciba un cordial saludo de parte de Caja Chachani.

Habiendo superado la evaluación psicotécnica, tenemos el agrado de citarla a la entrevista final para el puesto de Analista de Inteligencia de Negocios, que se realizará de manera presencial:

- Día: lunes 9 de marzo de 2026
- Hora: 10:30 a.m.
- Lugar: Sede principal, Calle Mercaderes 312, Cercado de Arequipa (4.º piso, Sala de Directorio)
- Panel: Gerente de Planeamiento, Jefa de Gestión del Talento y Jefe de TI

Los gastos de traslado desde Lima corren por cuenta de la institución; nuestra asistente se comunicará con usted para coordinar el pasaje.

Le agradeceremos confirmar su asistencia respondiendo este correo.

Atentamente,

Lic. Rosa Mamani Ccori
Jefa de Gestión del Talento
Caja Chachani
Telf. (054) 555-210 anexo 114
""",
)

add(
    kind="interview_invitation", scen="colombia_teams_cordial_saludo", lang="es",
    company="Banco Cafetero del Valle", contact="lfortiz@bancafevalle.example.co",
    frm=("Luisa Fernanda Ortiz Gómez", "lfortiz@bancafevalle.example.co"),
    subject="Entrevista proceso Analista de Datos - Banco Cafetero del Valle",
    hdr_cs="windows-1252",
    date="2026-03-31 15:48 -0500", struct="plain", charset="windows-1252", cte="quoted-printable",
    text="""Cordial saludo, Camila.

Gracias por tu interés en la vacante de Analista de Datos de la Dirección de Canales. Revisamos tu hoja de vida y nos gustaría conocerte en una entrevista virtual con la líder del equipo, Catalina Restrepo.

- Jueves 9 de abril
- 9:00 a. m. (hora Colombia / Perú)
- Microsoft Teams – te llegará la invitación al calendario

La entrevista dura aproximadamente 50 minutos e incluye una parte técnica corta de SQL.

Por favor confírmame si te queda bien el horario.

Quedo atenta,

Luisa Fernanda Ortiz Gómez
Profesional de Selección – Gerencia de Gestión Humana
Banco Cafetero del Valle
PBX (601) 555 4400 ext. 2217
""",
)

add(
    kind="interview_invitation", scen="google_calendar_invite_mx", lang="es",
    company="Grupo Financiero Tenochca", contact="amondragon@tenochca.example.mx",
    frm=("Alejandro Mondragón", "amondragon@tenochca.example.mx"),
    subject="Invitación: Entrevista Especialista de Analítica Comercial @ jue 7 may 2026 10:00 - 11:00 (CST)",
    date="2026-04-28 13:02 -0600", struct="cal", charset="utf-8", cte="quoted-printable",
    mid="<000000000000d4a11f0634b2e8c1@google.com>",
    ics_file="invite.ics",
    text="""Hola Camila, te comparto la invitación para tu entrevista con Rodrigo Campos, Director de Banca de Consumo de Grupo Financiero Tenochca. Si el horario no te funciona avísame por este medio. ¡Saludos! Alejandro

Entrevista Especialista de Analítica Comercial
jueves 7 de mayo de 2026 ⋅ 10:00 – 11:00
Zona horaria: Hora estándar central - Ciudad de México

Unirse con Google Meet
https://meet.google.com/vqx-hfbt-kwa

Organizador
Alejandro Mondragón
amondragon@tenochca.example.mx

Invitados
Alejandro Mondragón - organizador
Rodrigo Campos
camila.hq@example.pe

Ver todos los detalles del invitado: https://calendar.google.com/calendar/event?action=VIEW&eid=M2s5cTB2YjFy

Invitación de Google Calendar
Recibes este correo electrónico porque eres un invitado al evento. Para dejar de recibir actualizaciones de este evento, rechaza la invitación.
""",
    html="""<div style="font-family:Roboto,Helvetica,Arial,sans-serif;font-size:14px;color:#3c4043;">
<p>Hola Camila, te comparto la invitación para tu entrevista con Rodrigo Campos, Director de Banca de Consumo de Grupo Financiero Tenochca. Si el horario no te funciona avísame por este medio. ¡Saludos! Alejandro</p>
<table cellpadding="0" cellspacing="0" style="border:1px solid #dadce0;border-radius:8px;width:100%;max-width:560px;">
<tr><td style="padding:20px;">
<div style="font-size:20px;color:#202124;">Entrevista Especialista de Analítica Comercial</div>
<div style="padding-top:6px;">jueves 7 de mayo de 2026 ⋅ 10:00 – 11:00 (Hora estándar central - Ciudad de México)</div>
<div style="padding-top:14px;"><a href="https://meet.google.com/vqx-hfbt-kwa" style="background:#1a73e8;color:#fff;padding:8px 16px;border-radius:4px;text-decoration:none;">Unirse con Google Meet</a></div>
<div style="padding-top:14px;">Organizador: Alejandro Mondragón &lt;amondragon@tenochca.example.mx&gt;</div>
<div>Invitados: Rodrigo Campos, camila.hq@example.pe</div>
<div style="padding-top:14px;font-size:12px;color:#70757a;">¿Asistirás? <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=M2s5cTB2YjFy&amp;rst=1">Sí</a> · <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=M2s5cTB2YjFy&amp;rst=2">No</a> · <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=M2s5cTB2YjFy&amp;rst=3">Quizás</a></div>
</td></tr></table>
<p style="font-size:11px;color:#70757a;">Invitación de Google Calendar. Recibes este correo electrónico porque eres un invitado al evento.</p>
</div>
""",
    ical_method="REQUEST",
    ical=f"""BEGIN:VCALENDAR
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
DTSTART;TZID=America/Mexico_City:20260507T100000
DTEND;TZID=America/Mexico_City:20260507T110000
DTSTAMP:20260428T190200Z
ORGANIZER;CN=Alejandro Mondragón:mailto:amondragon@tenochca.example.mx
UID:{TENOCHCA_UID}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=camila.hq@example.pe;X-NUM-GUESTS=0:mailto:camila.hq@example.pe
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Rodrigo Campos;X-NUM-GUESTS=0:mailto:rcampos@tenochca.example.mx
X-GOOGLE-CONFERENCE:https://meet.google.com/vqx-hfbt-kwa
CREATED:20260428T190158Z
DESCRIPTION:Entrevista con Rodrigo Campos\\, Director de Banca de Consumo.
LAST-MODIFIED:20260428T190158Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista Especialista de Analítica Comercial
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
)

add(
    kind="interview_invitation", scen="teamtailor_conocerte", lang="es", company="Datalia Consulting",
    contact="marta.colomer@datalia.example.es",
    frm=("Datalia Consulting", "notifications@teamtailor-mail.com"),
    reply_to=("Marta Colomer", "marta.colomer@datalia.example.es"),
    subject="¡Nos gustaría conocerte, Camila!",
    date="2026-04-23 10:12 +0200", struct="html", charset="utf-8", cte="quoted-printable",
    html=ats_card(
        brand="Datalia Consulting", accent="#6c2bd9", lang="es",
        logo="https://assets.teamtailor-cdn.com/companies/datalia/logo-email.png",
        logo_alt="Datalia Consulting",
        body="""¡Hola Camila!

Soy Marta, del equipo de Talento de Datalia. Hemos leído tu candidatura para Consultora BI Junior y nos ha encantado eso de que montaras tú sola el cuadro de mando de tiempos de espera de tu plataforma.

Nos gustaría tener una primera videollamada de 30 minutos contigo para conocerte y contarte cómo trabajamos. Elige el hueco que mejor te venga en el calendario (ojo, las horas salen en hora de Madrid):

Si ninguno te cuadra con la diferencia horaria, respóndeme a este correo y buscamos otro momento.

¡Hasta pronto!
Marta Colomer
Talent Acquisition · Datalia Consulting""",
        button=("Reservar entrevista", "https://app.teamtailor.com/meetings/book/datalia/4f9a2e?candidate=88123"),
        footer=["Datalia Consulting S.L. · Calle de Orense 34, 28020 Madrid",
                '<a href="https://career.datalia.example.es/privacy" style="color:#8a8a8a;">Política de privacidad</a> · '
                '<a href="https://app.teamtailor.com/connect/unsubscribe/4f9a" style="color:#8a8a8a;">Darme de baja</a>'],
        pixel_url="https://e.teamtailor-mail.com/o/91ab77c3d2.gif",
        powered="Enviado con Teamtailor"),
)

add(
    kind="interview_invitation", scen="segunda_entrevista_gmail_chain", lang="es", company="Kuntur Móvil",
    contact="jvillanueva@kunturmovil.example.pe",
    frm=("Jorge Villanueva", "jvillanueva@kunturmovil.example.pe"),
    subject="Re: Segunda entrevista - Analista de Churn",
    date="2026-02-28 16:11 -0500", struct="plain", charset="utf-8", cte="8bit",
    mid="<2026022816112.AB12@kunturmovil.example.pe>",
    irt="<CAKq7v+0Yh1Nn2a@mail.example.pe>",
    refs=["<2026022710304.CC01@kunturmovil.example.pe>", "<CAKq7v+0Yh1Nn2a@mail.example.pe>"],
    text="""Camila, confirmado el lunes 2 a las 4pm en la sede de Miraflores, piso 7. Trae tu laptop por si revisamos el caso.

La segunda entrevista es con Martín Salas, nuestro gerente de Clientes, y conmigo. Pregunta por mí en recepción (Av. Larco 1301).

Jorge Villanueva
Jefe de Analítica de Clientes
Kuntur Móvil

El vie., 27 feb. 2026 a las 21:47, Camila Hoffmann-Quispe (<camila.hq@example.pe>) escribió:
> Hola Jorge, muchas gracias por la invitación.
>
> Lamentablemente el jueves 26 no pude responder a tiempo porque tenía turno
> hasta las 6pm y no puedo faltar. ¿Sería posible el lunes 2 de marzo por la
> tarde? Disculpa el inconveniente.
>
> Saludos,
> Camila
>
> El vie., 27 feb. 2026 a las 10:30, Jorge Villanueva (<jvillanueva@kunturmovil.example.pe>) escribió:
>> Hola Camila, queremos avanzar contigo a una segunda entrevista con el
>> gerente. ¿Puedes el lunes o martes de la próxima semana?
""",
)

add(
    kind="interview_invitation", scen="cooperativa_prueba_y_entrevista", lang="es",
    company="Cooperativa de Ahorro y Crédito Chimborazo", contact="talentohumano@coopchimborazo.example.ec",
    frm=("Talento Humano Coop. Chimborazo", "talentohumano@coopchimborazo.example.ec"),
    subject="Convocatoria a prueba técnica y entrevista - Analista de Datos",
    date="2026-05-04 08:30 -0500", struct="plain", charset="utf-8", cte="base64",
    text="""Estimada Camila Hoffmann:

Reciba un cordial saludo de la Cooperativa de Ahorro y Crédito Chimborazo.

Nos complace informarle que su hoja de vida fue calificada para la siguiente fase del proceso de selección para el cargo de Analista de Datos (Jefatura de Riesgos). Por tal motivo, le convocamos a:

1) Prueba técnica (Excel avanzado y SQL), modalidad virtual por Zoom
   Fecha: martes 12 de mayo de 2026, 09h00 (hora de Ecuador)

2) Entrevista con el Jefe de Riesgos, modalidad virtual
   Fecha: jueves 14 de mayo de 2026, 15h00

Los enlaces de conexión se enviarán el día anterior. Favor confirmar su participación respondiendo a este correo hasta el jueves 7 de mayo.

Saludos cordiales,

Ing. Diego Paredes Yépez
Jefe de Talento Humano
Cooperativa de Ahorro y Crédito Chimborazo Ltda.
Riobamba - Ecuador
""",
)

add(
    kind="interview_invitation", scen="smartrecruiters_chile_coordinar", lang="es",
    company="Seguros Los Andes", contact="paula.fuentes@segurosandes.example.cl",
    frm=("Seguros Los Andes", "noreply@smartrecruiters.com"),
    reply_to=("Paula Fuentes", "paula.fuentes@segurosandes.example.cl"),
    subject="Entrevista para el cargo de Analista de Datos Comerciales",
    date="2026-07-07 12:40 -0400", struct="alt", charset="utf-8", cte="quoted-printable",
    text="""Hola Camila:

Te contactamos porque tu postulación al cargo de Analista de Datos Comerciales avanzó a la etapa de entrevistas.

Queremos coordinar una entrevista con Ignacio Vergara, Subgerente de Inteligencia Comercial, el miércoles 15 de julio a las 11:00 hrs. (hora de Santiago), en nuestras oficinas de Av. Apoquindo 3600, piso 12, Las Condes.

Sabemos que hoy vives en Lima: si te acomoda más, podemos hacerla por videollamada. Cuéntanos respondiendo este correo.

Saludos cordiales,
Paula Fuentes
Analista de Reclutamiento y Selección
Seguros Los Andes
""",
    html=ats_card(
        brand="Seguros Los Andes", accent="#c8102e", lang="es",
        logo="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/segurosandes/120x120.png",
        logo_alt="Seguros Los Andes",
        body="""Hola Camila:

Te contactamos porque tu postulación al cargo de Analista de Datos Comerciales avanzó a la etapa de entrevistas.

Queremos coordinar una entrevista con Ignacio Vergara, Subgerente de Inteligencia Comercial, el miércoles 15 de julio a las 11:00 hrs. (hora de Santiago), en nuestras oficinas de Av. Apoquindo 3600, piso 12, Las Condes.

Sabemos que hoy vives en Lima: si te acomoda más, podemos hacerla por videollamada. Cuéntanos respondiendo este correo.

Saludos cordiales,
Paula Fuentes
Analista de Reclutamiento y Selección
Seguros Los Andes""",
        footer=["Seguros Los Andes S.A. · Av. Apoquindo 3600, Las Condes, Santiago",
                'Enviado a través de <a href="https://www.smartrecruiters.com" style="color:#8a8a8a;">SmartRecruiters</a>'],
        pixel_url="https://email.smartrecruiters.com/wf/open?upn=Lx0Pq1Andes.gif"),
)

add(
    kind="interview_invitation", scen="agencia_platanito_exclamaciones", lang="es",
    company="Platanito Pagos", contact="valentina.rojas@hunterssel.example.co",
    frm=("Valentina Rojas | Hunters & Co.", "valentina.rojas@hunterssel.example.co"),
    subject="¡¡Entrevista con Platanito!! 🎉",
    date="2026-08-11 18:03 -0500", struct="plain", charset="utf-8", cte="quoted-printable",
    text="""¡¡Hola Cami!!

¡Te tengo noticias buenísimas! Platanito Pagos quiere conocerte para la posición de Analista de Datos de Operaciones 🙌🙌

La entrevista queda así:
👉 Jueves 13 de agosto, 9:00 a. m. (hora Bogotá, igual que Lima)
👉 Google Meet con Sebastián Ocampo, Líder de Operaciones, y Daniela de Gestión Humana
👉 Duración: 1 hora aprox.

Te comparto el link por WhatsApp apenas me lo manden. Repasa lo de conciliaciones y los indicadores de servicio, que eso les interesa MUCHO.

Confírmame porfa respondiendo este correo o por WhatsApp. ¡Éxitos, vas a brillar!

Valentina Rojas
Consultora Senior de Selección
Hunters & Co. Selección
Cel/WhatsApp +57 310 555 7781
""",
)

add(
    kind="interview_invitation", scen="headhunter_cliente_confidencial", lang="es",
    company="Randall & Peña", contact="alvaro.pena@randallpena.example.es",
    frm=("Álvaro Peña Soler", "alvaro.pena@randallpena.example.es"),
    subject="Entrevista con el cliente – Analista de Datos",
    hdr_cs="windows-1252",
    date="2026-06-10 13:26 +0200", struct="plain", charset="windows-1252", cte="8bit",
    text="""Hola Camila,

Qué bien hablar contigo ayer. Como te comenté, te he presentado al cliente (una entidad financiera de primer nivel con sede en Madrid; por confidencialidad todavía no puedo darte el nombre) y quieren entrevistarte.

Primera entrevista: martes 16 de junio a las 17:00, hora de Madrid (10:00 en Lima), por Teams, con la responsable de Analítica de Operaciones y alguien de RR. HH. Dura unos 45 minutos.

Te mando la convocatoria de Teams en un correo aparte. Dime si te va bien o si lo movemos.

Un saludo,

Álvaro Peña Soler
Socio | Randall & Peña · Executive Search
T. +34 91 555 63 20
""",
)

add(
    kind="interview_invitation", scen="sector_publico_citacion_cas", lang="es",
    company="Superintendencia de Mercados y Microfinanzas", contact="",
    frm=("Convocatorias CAS - SMM", "convocatorias@smm.example.pe"),
    subject="CITACIÓN A ENTREVISTA PERSONAL - PROCESO CAS N° 051-2026-SMM",
    date="2026-06-08 18:40 -0500", struct="plain", charset="utf-8", cte="quoted-printable",
    text="""SUPERINTENDENCIA DE MERCADOS Y MICROFINANZAS
OFICINA DE RECURSOS HUMANOS

PROCESO CAS N° 051-2026-SMM
PUESTO: ANALISTA DE INFORMACIÓN ESTADÍSTICA - GERENCIA DE SUPERVISIÓN DE MICROFINANZAS

Estimado(a) postulante: HOFFMANN QUISPE, CAMILA

Habiendo obtenido la condición de APTO(A) en la etapa de evaluación curricular, se le cita a la ENTREVISTA PERSONAL de acuerdo con el siguiente detalle:

FECHA: 15 de junio de 2026
HORA: 11:20 a.m.
MODALIDAD: Virtual (plataforma Google Meet). El enlace será remitido el día de la entrevista a este correo.

El/la postulante deberá conectarse con diez (10) minutos de anticipación y mostrar su DNI. La inasistencia o conexión fuera de la hora programada dará lugar a la descalificación.

OFICINA DE RECURSOS HUMANOS
Superintendencia de Mercados y Microfinanzas

*** Este correo es generado automáticamente. Por favor no responder. ***
""",
)

add(
    kind="interview_invitation", scen="ashby_entrevista_tecnica", lang="es", company="Pagos Xoco",
    contact="fer@pagosxoco.example.mx",
    frm=("Pagos Xoco", "no-reply@ashbyhq.com"),
    reply_to=("Fernanda Ruiz", "fer@pagosxoco.example.mx"),
    subject="Agenda tu entrevista técnica con Xoco",
    date="2026-07-27 11:09 -0600", struct="html", charset="utf-8", cte="quoted-printable",
    html=ats_card(
        brand="Xoco", accent="#e4572e", lang="es",
        logo="https://app.ashbyhq.com/api/images/org-theme-logo/xoco-chile.png",
        logo_alt="Xoco – pagos sin enchiladas",
        body="""¡Hola Camila!

Qué gusto que sigas en el proceso para Data Analyst en Xoco. El siguiente paso es una entrevista técnica de 60 minutos conmigo y con Beto, de nuestro equipo de Conciliaciones.

Vamos a platicar sobre un caso de conciliación de pagos con tarjeta y a revisar juntos unas consultas SQL. No necesitas preparar nada, solo tener a la mano tu editor favorito.

Elige el horario que más te acomode aquí abajo. Si tienes dudas, respóndeme directo a este correo.

¡Nos vemos pronto!
Fer
Fernanda Ruiz · Head of Data · Pagos Xoco""",
        button=("Elegir horario", "https://app.ashbyhq.com/interview-scheduling/xoco/9d0e61aa"),
        footer=["Pagos Xoco, S.A.P.I. de C.V. · Av. Álvaro Obregón 130, Roma Norte, 06700 CDMX",
                '<a href="https://xoco.example.mx/privacidad" style="color:#8a8a8a;">Aviso de privacidad</a>'],
        pixel_url="https://app.ashbyhq.com/email-tracking/open/e6d02b.png",
        powered="Powered by Ashby"),
)

add(
    kind="interview_invitation", scen="universidad_confirmar_asistencia", lang="es",
    company="Universidad Privada del Pacífico Sur", contact="gestionhumana@upps.example.pe",
    frm=("Oficina de Gestión Humana - UPPS", "gestionhumana@upps.example.pe"),
    subject="Entrevista personal - Analista de Inteligencia Institucional",
    date="2026-09-14 16:20 -0500", struct="plain", charset="iso-8859-1", cte="quoted-printable",
    hdr_cs="iso-8859-1",
    text="""Estimada Sra. Hoffmann-Quispe:

Por medio de la presente, la Oficina de Gestión Humana de la Universidad Privada del Pacífico Sur le comunica que ha sido seleccionada para la etapa de entrevista personal del proceso de selección de Analista de Inteligencia Institucional (Dirección de Planeamiento y Calidad).

La entrevista se llevará a cabo el miércoles 23 de septiembre de 2026, a las 3:00 p.m., en el Pabellón B, 2.º piso, oficina B-204 (Av. Universitaria 2150, Los Olivos). Tendrá una duración aproximada de 40 minutos y estará a cargo de la Directora de Planeamiento, Dra. Carmen Ríos Alva.

Sírvase confirmar su asistencia respondiendo a este correo electrónico.

Atentamente,

Oficina de Gestión Humana
Universidad Privada del Pacífico Sur
Central telefónica: (01) 555-0800, anexo 1210
""",
)

add(
    kind="interview_invitation", scen="empresa_familiar_terse", lang="es",
    company="Importadora Kanashiro Hermanos", contact="kenji.kanashiro@kanashiro.example.pe",
    frm=("Kenji Kanashiro", "kenji.kanashiro@kanashiro.example.pe"),
    subject="Conversación",
    date="2026-10-06 19:51 -0500", struct="plain", charset="utf-8", cte="8bit",
    text="""Srta. Camila,

La esperamos el jueves 8 a las 10 am en nuestra oficina de Surquillo (Av. República de Panamá 4520) para conversar sobre el puesto de analista de ventas. Estaremos mi hermano Hiroshi y yo. Confírmeme por favor.

Saludos,
Kenji Kanashiro
Gerente General
Importadora Kanashiro Hermanos
""",
)

# --- Deutsch ---

add(
    kind="interview_invitation", scen="personio_einladung_sie", lang="de",
    company="Kestrel & Voss Analytics", contact="sophie.lindner@kestrel-voss.example.de",
    frm=("Kestrel & Voss Analytics", "jobs@kestrel-voss.jobs.personio.de"),
    reply_to=("Sophie Lindner", "sophie.lindner@kestrel-voss.example.de"),
    subject="Einladung zum Kennenlerngespräch – Junior Data Analyst (m/w/d)",
    date="2026-07-01 09:27 +0200", struct="html", charset="utf-8", cte="quoted-printable",
    html=ats_card(
        brand="Kestrel & Voss Analytics", accent="#3d4a5c", lang="de",
        logo="https://kestrel-voss.jobs.personio.de/assets/company-logo-mail.png",
        logo_alt="Kestrel & Voss Analytics",
        body="""Sehr geehrte Frau Hoffmann-Quispe,

vielen Dank für Ihre Bewerbung als Junior Data Analyst (m/w/d) in unserem Remote-Team. Ihr Profil hat uns neugierig gemacht, und wir möchten Sie gern in einem ersten Gespräch näher kennenlernen.

Das Gespräch dauert ca. 45 Minuten und findet per Microsoft Teams statt. Gesprächspartner sind Malte Kestrel (Geschäftsführer) und ich. Bitte wählen Sie über den folgenden Link einen passenden Termin aus; die Zeiten werden in Ihrer Zeitzone angezeigt.

Sollte keiner der Termine passen, antworten Sie mir gern direkt auf diese E-Mail.

Wir freuen uns auf das Gespräch!

Viele Grüße
Sophie Lindner
People & Culture
Kestrel & Voss Analytics""",
        button=("Termin auswählen", "https://kestrel-voss.jobs.personio.de/scheduling/slot-picker?token=b4e1c9"),
        footer=["Kestrel & Voss Analytics GmbH · Leopoldstraße 31 · 80802 München",
                "Geschäftsführer: Dr. Henrike Voss, Malte Kestrel · Amtsgericht München HRB 245117"],
        pixel_url="https://kestrel-voss.jobs.personio.de/mail/open/c0ffee71.png",
        powered="Powered by Personio"),
)

add(
    kind="interview_invitation", scen="aw_einladung_nach_alter_absage", lang="de",
    company="Nordlicht Versicherung", contact="thomas.reuter@nordlicht-versicherung.example.de",
    frm=("Reuter, Thomas", "thomas.reuter@nordlicht-versicherung.example.de"),
    subject="AW: Ihre Bewerbung als Datenanalyst*in Vertrieb",
    date="2026-08-18 14:22 +0200", struct="plain", charset="iso-8859-1", cte="quoted-printable",
    hdr_cs="iso-8859-1",
    irt="<CAH1vQk3e7Z@mail.example.pe>",
    refs=["<sg.7d21a.20260812@softgarden.io>", "<CAH1vQk3e7Z@mail.example.pe>"],
    text="""Sehr geehrte Frau Hoffmann-Quispe,

vielen Dank für Ihre Nachricht und Ihr Verständnis. Sie haben recht: Ihre zweite Bewerbung für die Position BI-Analyst*in im Schadenmanagement liegt uns ebenfalls vor, und hier passt Ihr Profil deutlich besser.

Gern lade ich Sie zu einem Videointerview ein:

Dienstag, 25. August 2026, 16:00 Uhr (MESZ) / 09:00 Uhr in Lima
Microsoft Teams, Dauer ca. 60 Minuten
Gesprächspartner: Dr. Anja Berger (Leiterin Schadencontrolling) und ich

Bitte bestätigen Sie mir den Termin kurz per E-Mail. Den Einwahllink erhalten Sie anschließend.

Mit freundlichen Grüßen

Thomas Reuter
Personalreferent
Nordlicht Versicherung AG
Ballindamm 12 | 20095 Hamburg
Tel. +49 40 555 318-22

Von: Camila Hoffmann-Quispe <camila.hq@example.pe>
Gesendet: Montag, 17. August 2026 04:12
An: karriere@nordlicht-versicherung.example.de
Betreff: AW: Ihre Bewerbung als Datenanalyst*in Vertrieb

Sehr geehrte Damen und Herren,

vielen Dank für Ihre Rückmeldung. Ich wollte nur nachfragen, ob meine zweite Bewerbung für die Stelle im Schadenmanagement noch im Verfahren ist.

Mit freundlichen Grüßen
Camila Hoffmann-Quispe

Von: Nordlicht Versicherung AG <noreply@softgarden.io>
Gesendet: Mittwoch, 12. August 2026 10:03
An: Camila Hoffmann-Quispe <camila.hq@example.pe>
Betreff: Ihre Bewerbung als Datenanalyst*in Vertrieb

Sehr geehrte Frau Hoffmann-Quispe,

leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung als Datenanalyst*in Vertrieb nicht berücksichtigen können. Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Ihr Recruiting-Team
""",
)

add(
    kind="interview_invitation", scen="startup_du_kennenlernen", lang="de", company="Zahlwerk",
    contact="lena@zahlwerk.example.de",
    frm=("Lena Hartmann", "lena@zahlwerk.example.de"),
    subject="Lust auf ein erstes Gespräch? 🙂",
    date="2026-05-06 11:45 +0200", struct="plain", charset="utf-8", cte="8bit",
    text="""Hi Camila,

ich bin Lena und kümmere mich bei Zahlwerk ums Recruiting. Deine Bewerbung als Data Analyst (remote, LatAm-Zeitzone ist völlig ok) hat uns richtig gut gefallen!

Wir würden dich gern zu einem ersten Gespräch einladen – ganz entspannt, ca. 30 Minuten per Google Meet, mit mir und Jonas aus dem Data-Team. Wie wäre es mit Mittwoch, 13. Mai, um 16 Uhr deutscher Zeit (9 Uhr bei dir)?

Wenn das nicht passt, schick mir einfach zwei, drei Alternativen.

Viele Grüße aus Kreuzberg
Lena

--
Lena Hartmann · Talent · Zahlwerk
Zahlwerk GmbH, Skalitzer Str. 85, 10997 Berlin · HRB 201774 B · GF: Felix Unger
""",
)

# --- Français ---

add(
    kind="interview_invitation", scen="startup_tu_google_meet", lang="fr", company="Lumen Paiements",
    contact="claire@lumen-paiements.example.com",
    frm=("Claire Dubreuil", "claire@lumen-paiements.example.com"),
    subject="Entretien pour le poste de Data Analyst chez Lumen",
    date="2026-04-07 15:02 +0200", struct="plain", charset="utf-8", cte="quoted-printable",
    text="""Bonjour Camila,

Merci pour ta candidature au poste de Data Analyst (remote, équipe Risques) ! Ton parcours dans un centre de relation client bancaire nous a beaucoup intéressés.

Je te propose un premier entretien en visio de 45 minutes avec Julien, notre lead data, et moi-même le mardi 14 avril à 16h (heure de Paris), soit 9h à Lima. Voici le lien Google Meet : https://meet.google.com/lum-enpa-ymt

Si le créneau ne te convient pas, dis-le-moi et on trouve autre chose.

À très vite,
Claire

Claire Dubreuil | Talent Acquisition | Lumen Paiements
12 rue de Paradis, 75010 Paris
""",
)

add(
    kind="interview_invitation", scen="smartrecruiters_convocation_vous", lang="fr",
    company="Groupe Cassiopée", contact="recrutement.bogota@cassiopee.example.com",
    frm=("Groupe Cassiopée – Recrutement", "noreply@smartrecruiters.com"),
    reply_to=("Recrutement Cassiopée Bogotá", "recrutement.bogota@cassiopee.example.com"),
    subject="Convocation à un entretien – Analyste BI (Bogotá)",
    mid="<2f8e7d1c0b9a6e5d4c3b2a19.20260826091000@smartrecruiters.com>",
    date="2026-08-26 09:10 -0500", struct="html", charset="utf-8", cte="base64",
    html=ats_card(
        brand="Groupe Cassiopée", accent="#00205b", lang="fr",
        logo="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/cassiopee/120x120.png",
        logo_alt="Groupe Cassiopée",
        body="""Madame,

Nous vous remercions pour votre candidature au poste d'Analyste BI au sein de notre filiale de Bogotá.

Nous avons le plaisir de vous convier à un entretien avec Monsieur Laurent Ferrand, Directeur Data & Performance Amérique latine, et Madame Juliana Castaño, Responsable RH, le jeudi 3 septembre 2026 à 10h00 (heure de Bogotá), en visioconférence.

L'entretien se déroulera en français et en espagnol et durera environ une heure.

Merci de bien vouloir confirmer votre présence en répondant à ce message.

Nous vous prions d'agréer, Madame, nos salutations distinguées.

Direction des Ressources Humaines
Groupe Cassiopée – Filiale Colombie""",
        footer=["Groupe Cassiopée · 40 rue de Courcelles · 75008 Paris",
                "Conformément au RGPD, vous disposez d'un droit d'accès et de rectification de vos données."],
        pixel_url="https://email.smartrecruiters.com/wf/open?upn=Cassio7c.gif"),
)

add(
    kind="interview_invitation", scen="ong_zoom_vous", lang="fr", company="Solidarité Andes",
    contact="h.marchetti@solidarite-andes.example.com",
    frm=("Hélène Marchetti", "h.marchetti@solidarite-andes.example.com"),
    subject="Entretien - poste de chargé(e) de suivi-évaluation et données",
    date="2026-06-05 10:05 -0500", struct="plain", charset="iso-8859-1", cte="8bit",
    hdr_cs="iso-8859-1",
    text="""Madame,

Suite à l'examen de votre dossier, nous avons le plaisir de vous proposer un entretien pour le poste de chargé(e) de suivi-évaluation et données basé à Quito.

L'entretien aura lieu le mardi 16 juin à 9h (heure de Quito, soit 9h à Lima) par Zoom et durera environ une heure. Il comprendra un court exercice pratique sur un jeu d'indicateurs de projet.

Pourriez-vous me confirmer votre disponibilité ? Le lien Zoom vous sera envoyé après confirmation.

Bien cordialement,

Hélène Marchetti
Responsable des ressources humaines, Bureau Amérique andine
Solidarité Andes
""",
)

# =============================================================================================
# interview_reschedule_or_cancel
# =============================================================================================

add(
    kind="interview_reschedule_or_cancel", scen="outlook_sequence_update", lang="en",
    company="Harbor & Pine Insurance", contact="dsloane@harborpine.example.com",
    frm=("Derek Sloane", "dsloane@harborpine.example.com"),
    subject="Updated: Interview: Claims Reporting Analyst - Camila Hoffmann-Quispe",
    date="2026-03-02 17:40 -0500", struct="cal", charset="utf-8", cte="quoted-printable",
    text="""Camila – apologies for the shuffle. I've got a board prep session that landed on Wednesday, so I've moved our interview to Thursday 3/5, same time (11:00 ET / 11:00 Lima). The Teams link stays the same.

Derek

________________________________________________________________________________
Microsoft Teams meeting
Meeting ID: 271 845 093 118
Passcode: Qp7xhT
________________________________________________________________________________
""",
    ical_method="REQUEST",
    ical=f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN=Derek Sloane:mailto:dsloane@harborpine.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Camila Hoff
 mann-Quispe:mailto:camila.hq@example.pe
UID:{HARBOR_UID}
SUMMARY;LANGUAGE=en-US:Interview: Claims Reporting Analyst - Camila Hoffmann
 -Quispe
DTSTART:20260305T160000Z
DTEND:20260305T164500Z
DTSTAMP:20260302T224000Z
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
""",
)

add(
    kind="interview_reschedule_or_cancel", scen="interviewer_sick_original_message", lang="en",
    company="Quetzal Labs", contact="maya.oconnell@quetzallabs.example.com",
    frm=("Maya O'Connell", "maya.oconnell@quetzallabs.example.com"),
    subject="RE: Interview confirmed: Quetzal Labs",
    date="2026-03-04 10:02 -0500", struct="plain", charset="utf-8", cte="7bit",
    irt="<gh.8812ac.20260226@us.greenhouse-mail.io>",
    text="""Hi Camila,

So sorry for the late notice - Ana is out sick today, so we need to move your 2pm interview. Could you do Thursday at 2pm or Friday at 11am (your time) instead? I'll send a new invite as soon as you confirm.

Thanks for your flexibility!
Maya

-----Original Message-----
From: Quetzal Labs via Greenhouse <no-reply@us.greenhouse-mail.io>
Sent: Thursday, February 26, 2026 3:14 PM
To: Camila Hoffmann-Quispe <camila.hq@example.pe>
Subject: Interview confirmed: Quetzal Labs

Hi Camila, your interview with Ana Ferreira is confirmed for Wednesday, March 4 at 2:00 PM (America/Lima). We're excited to meet you!
""",
)

add(
    kind="interview_reschedule_or_cancel", scen="agency_push_to_next_week_iphone", lang="en",
    company="Brightwater Analytics", contact="ryan.mcbride@apextalent.example.com",
    frm=("Ryan McBride", "ryan.mcbride@apextalent.example.com"),
    subject="Brightwater - change of date",
    date="2026-03-24 19:17 -0500", struct="plain", charset="utf-8", cte="7bit",
    text="""Quick one - Brightwater need to push Thursday's interview to next Tuesday 31st, 10am CT, same Zoom. Karen got pulled into an audit. Can you do it? Let me know and I'll confirm with them.

R

Sent from my iPhone
""",
)

add(
    kind="interview_reschedule_or_cancel", scen="phone_to_video_switch", lang="en",
    company="Northwind Lending", contact="sam.okafor@northwindlending.example.com",
    frm=("Sam Okafor", "sam.okafor@northwindlending.example.com"),
    subject="Small change to Tuesday",
    date="2026-03-12 16:30 -0500", struct="plain", charset="utf-8", cte="quoted-printable",
    text="""Hi Camila,

Small change to our call on Tuesday (March 17, 10:00 CT): instead of a phone call we'll do it over Zoom video, so that Ulla from the reporting team can join for the last 15 minutes. Same time, here's the link:

https://northwindlending.zoom.example.com/j/91844120073

No need to prepare anything extra. See you Tuesday!

Sam

Sam Okafor
Technical Recruiter | Northwind Lending
""",
)

add(
    kind="interview_reschedule_or_cancel", scen="google_calendar_cancel_uid", lang="es",
    company="Grupo Financiero Tenochca", contact="amondragon@tenochca.example.mx",
    frm=("Alejandro Mondragón", "amondragon@tenochca.example.mx"),
    subject="Evento cancelado: Entrevista Especialista de Analítica Comercial @ jue 7 may 2026 10:00 - 11:00 (CST)",
    date="2026-05-05 20:14 -0600", struct="cal", charset="utf-8", cte="quoted-printable",
    mid="<000000000000a81c2f0634f7d190@google.com>",
    ics_file="invite.ics",
    text="""Camila, una disculpa: Rodrigo tiene que viajar a Monterrey esta semana y cancelamos la entrevista del jueves. Te busco mañana para proponerte nueva fecha. Saludos, Alejandro

Este evento se canceló y se quitó de tu calendario.

Entrevista Especialista de Analítica Comercial
jueves 7 de mayo de 2026 ⋅ 10:00 – 11:00
Zona horaria: Hora estándar central - Ciudad de México

Organizador
Alejandro Mondragón
amondragon@tenochca.example.mx

Invitación de Google Calendar
""",
    ical_method="CANCEL",
    ical=f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
BEGIN:VEVENT
DTSTART:20260507T160000Z
DTEND:20260507T170000Z
DTSTAMP:20260506T021400Z
ORGANIZER;CN=Alejandro Mondragón:mailto:amondragon@tenochca.example.mx
UID:{TENOCHCA_UID}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=camila.hq@example.pe;X-NUM-GUESTS=0:mailto:camila.hq@example.pe
CREATED:20260428T190158Z
LAST-MODIFIED:20260506T021400Z
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:Entrevista Especialista de Analítica Comercial
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
)

add(
    kind="interview_reschedule_or_cancel", scen="banco_reprogramacion_outlook", lang="es",
    company="Banco Andino del Sur", contact="gtorres@bancoandino.example.pe",
    frm=("Giovanna Torres Villacorta", "gtorres@bancoandino.example.pe"),
    subject="Reprogramación de entrevista – Analista de Datos Jr.",
    date="2026-06-24 17:05 -0500", struct="alt", charset="utf-8", cte="quoted-printable",
    text="""Estimada Camila:

Buenas tardes. Le escribo para informarle que, por un viaje de trabajo del Sr. Martín Alarcón, nos vemos en la necesidad de reprogramar la entrevista prevista para este viernes 26 de junio.

La nueva fecha propuesta es el martes 30 de junio a las 3:00 p. m., en el mismo lugar (Av. Javier Prado Este 1250, piso 9, San Isidro).

Le pedimos disculpas por el cambio y le agradeceremos confirmar si la nueva fecha le resulta conveniente.

Atentamente,

""" + _ANDINO_SIG + "\n",
    html=outlook_html("""Estimada Camila:

Buenas tardes. Le escribo para informarle que, por un viaje de trabajo del Sr. Martín Alarcón, nos vemos en la necesidad de reprogramar la entrevista prevista para este viernes 26 de junio.

La nueva fecha propuesta es el martes 30 de junio a las 3:00 p. m., en el mismo lugar (Av. Javier Prado Este 1250, piso 9, San Isidro).

Le pedimos disculpas por el cambio y le agradeceremos confirmar si la nueva fecha le resulta conveniente.

Atentamente,""", _ANDINO_SIG),
)

add(
    kind="interview_reschedule_or_cancel", scen="colombia_cambio_fecha", lang="es",
    company="Banco Cafetero del Valle", contact="lfortiz@bancafevalle.example.co",
    frm=("Luisa Fernanda Ortiz Gómez", "lfortiz@bancafevalle.example.co"),
    subject="Cambio de fecha entrevista - jueves 9 pasa a viernes 10",
    hdr_cs="windows-1252",
    date="2026-04-07 08:44 -0500", struct="plain", charset="windows-1252", cte="8bit",
    text="""Buenos días, Camila.

Te cuento que Catalina tiene un comité extraordinario el jueves en la mañana, así que debemos mover tu entrevista al viernes 10 de abril a las 9:00 a. m. Sigue siendo por Teams; te reenvío la invitación con la nueva hora.

Mil disculpas por el cambio. ¿Me confirmas si te sirve?

Quedo atenta.

Luisa Fernanda Ortiz Gómez
Profesional de Selección – Gerencia de Gestión Humana
Banco Cafetero del Valle
""",
)

add(
    kind="interview_reschedule_or_cancel", scen="entrevistador_enfermo_madrid", lang="es",
    company="Datalia Consulting", contact="marta.colomer@datalia.example.es",
    frm=("Marta Colomer", "marta.colomer@datalia.example.es"),
    subject="Cambio en la entrevista de mañana",
    date="2026-04-30 18:22 +0200", struct="plain", charset="utf-8", cte="quoted-printable",
    text="""Hola Camila:

Te escribo rápido porque a Íñigo le ha pillado la gripe y mañana no va a poder hacer la entrevista. ¿Te vendría bien el martes 5 de mayo a la misma hora (17:00 de Madrid, 10:00 en Lima)? El enlace de Teams sería el mismo.

Siento el cambio tan de última hora.

Un abrazo,
Marta

Marta Colomer
Talent Acquisition · Datalia Consulting
Calle de Orense 34, 28020 Madrid · +34 91 555 21 07
""",
)

add(
    kind="interview_reschedule_or_cancel", scen="se_suspende_entrevista_chain", lang="es",
    company="Kuntur Móvil", contact="jvillanueva@kunturmovil.example.pe",
    frm=("Jorge Villanueva", "jvillanueva@kunturmovil.example.pe"),
    subject="Re: Entrevista Analista de Churn - Kuntur Móvil",
    date="2026-02-19 13:02 -0500", struct="plain", charset="utf-8", cte="8bit",
    irt="<2026021609152.AA07@kunturmovil.example.pe>",
    text="""Camila buenas, se suspende la entrevista de mañana viernes, tenemos comité de gerencia a esa hora. Te escribo el lunes con nueva fecha. Disculpa!

Jorge

El lun., 16 feb. 2026 a las 09:15, Jorge Villanueva (<jvillanueva@kunturmovil.example.pe>) escribió:
> Hola Camila,
>
> Te invito a una entrevista para el puesto de Analista de Churn el viernes
> 20 de febrero a las 11am, en nuestra sede de Miraflores (Av. Larco 1301,
> piso 7). Será conmigo y con alguien del equipo de BI.
>
> Confirmame por favor.
>
> Jorge Villanueva
> Jefe de Analítica de Clientes
> Kuntur Móvil
""",
)

add(
    kind="interview_reschedule_or_cancel", scen="cambio_a_videollamada_chile", lang="es",
    company="Seguros Los Andes", contact="paula.fuentes@segurosandes.example.cl",
    frm=("Seguros Los Andes", "noreply@smartrecruiters.com"),
    reply_to=("Paula Fuentes", "paula.fuentes@segurosandes.example.cl"),
    subject="Cambio de modalidad: tu entrevista será por videollamada",
    date="2026-07-10 10:15 -0400", struct="html", charset="utf-8", cte="quoted-printable",
    html=ats_card(
        brand="Seguros Los Andes", accent="#c8102e", lang="es",
        logo="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/segurosandes/120x120.png",
        logo_alt="Seguros Los Andes",
        body="""Hola Camila:

Gracias por confirmar tu entrevista con Ignacio Vergara. Te escribimos para avisarte que finalmente la haremos por videollamada (Microsoft Teams), ya que Ignacio estará esa semana en nuestra sucursal de Concepción.

Se mantiene el día: miércoles 15 de julio, pero cambia la hora a las 12:30 hrs. de Santiago (11:30 en Lima). Te llegará la invitación de Teams durante el día.

Cualquier duda, respóndeme a este correo.

Saludos,
Paula Fuentes
Analista de Reclutamiento y Selección
Seguros Los Andes""",
        footer=["Seguros Los Andes S.A. · Av. Apoquindo 3600, Las Condes, Santiago",
                'Enviado a través de <a href="https://www.smartrecruiters.com" style="color:#8a8a8a;">SmartRecruiters</a>'],
        pixel_url="https://email.smartrecruiters.com/wf/open?upn=Lx0Pq2Andes.gif"),
)

add(
    kind="interview_reschedule_or_cancel", scen="cooperativa_corte_energia", lang="es",
    company="Cooperativa de Ahorro y Crédito Chimborazo", contact="talentohumano@coopchimborazo.example.ec",
    frm=("Talento Humano Coop. Chimborazo", "talentohumano@coopchimborazo.example.ec"),
    subject="Reprogramación entrevista 14 de mayo",
    date="2026-05-13 12:10 -0500", struct="plain", charset="iso-8859-1", cte="quoted-printable",
    text="""Estimada Camila:

Por el corte de energía programado que afectará mañana jueves al sector norte de Riobamba, donde se encuentran nuestras oficinas, nos vemos obligados a reprogramar su entrevista con el Jefe de Riesgos.

Nueva fecha: lunes 18 de mayo de 2026, 15h00 (hora de Ecuador), por Zoom. El enlace se mantiene.

Le agradecemos su comprensión y le pedimos confirmar respondiendo a este correo.

Saludos cordiales,

Ing. Diego Paredes Yépez
Jefe de Talento Humano
Cooperativa de Ahorro y Crédito Chimborazo Ltda.
""",
)

add(
    kind="interview_reschedule_or_cancel", scen="comunicado_reprogramacion_pdf", lang="es",
    company="Superintendencia de Mercados y Microfinanzas", contact="",
    frm=("Convocatorias CAS - SMM", "convocatorias@smm.example.pe"),
    subject="COMUNICADO N° 02 - REPROGRAMACIÓN DE ENTREVISTAS CAS N° 051-2026-SMM",
    date="2026-06-12 21:15 -0500", struct="mixed", charset="utf-8", cte="quoted-printable",
    text="""SUPERINTENDENCIA DE MERCADOS Y MICROFINANZAS
OFICINA DE RECURSOS HUMANOS

COMUNICADO N° 02

Se comunica a los postulantes APTOS del PROCESO CAS N° 051-2026-SMM que, por razones de índole institucional, la etapa de ENTREVISTA PERSONAL programada para el 15 de junio de 2026 se REPROGRAMA para el día 18 de junio de 2026, manteniéndose los mismos horarios asignados a cada postulante.

Se adjunta el cronograma actualizado.

OFICINA DE RECURSOS HUMANOS

*** Este correo es generado automáticamente. Por favor no responder. ***
""",
    attach=[{"filename": "Comunicado_02_CAS_051-2026.pdf", "lines": [
        "SUPERINTENDENCIA DE MERCADOS Y MICROFINANZAS",
        "COMUNICADO N° 02 - PROCESO CAS N° 051-2026-SMM",
        "",
        "Etapa                       Fecha anterior     Nueva fecha",
        "Entrevista personal         15/06/2026         18/06/2026",
        "Publicación resultado final 17/06/2026         22/06/2026",
        "Suscripción de contrato     18/06/2026         23/06/2026",
        "",
        "Lima, 12 de junio de 2026",
        "Oficina de Recursos Humanos"]}],
)

add(
    kind="interview_reschedule_or_cancel", scen="terminverschiebung_von_gesendet", lang="de",
    company="Kestrel & Voss Analytics", contact="sophie.lindner@kestrel-voss.example.de",
    frm=("Sophie Lindner", "sophie.lindner@kestrel-voss.example.de"),
    subject="AW: Bestätigung Kennenlerngespräch",
    date="2026-07-06 08:55 +0200", struct="plain", charset="utf-8", cte="quoted-printable",
    irt="<CAJx0Lm2Qw8@mail.example.pe>",
    text="""Guten Morgen Frau Hoffmann-Quispe,

leider muss ich unseren Termin am Dienstag, 7. Juli, verschieben: Herr Kestrel ist kurzfristig auf einer Kundenveranstaltung in Wien. Können wir das Gespräch auf Donnerstag, 9. Juli, zur gleichen Uhrzeit (17:00 Uhr MESZ / 10:00 Uhr Lima) legen? Der Teams-Link bleibt gleich.

Entschuldigen Sie bitte die Umstände.

Viele Grüße
Sophie Lindner
People & Culture | Kestrel & Voss Analytics
Leopoldstraße 31 · 80802 München

Von: Camila Hoffmann-Quispe <camila.hq@example.pe>
Gesendet: Donnerstag, 2. Juli 2026 03:20
An: Sophie Lindner <sophie.lindner@kestrel-voss.example.de>
Betreff: Bestätigung Kennenlerngespräch

Sehr geehrte Frau Lindner,

vielen Dank für die Einladung. Ich habe den Termin am 7. Juli um 17:00 Uhr gebucht und freue mich auf das Gespräch.

Mit freundlichen Grüßen
Camila Hoffmann-Quispe
""",
)

add(
    kind="interview_reschedule_or_cancel", scen="termin_abgesagt_neuer_folgt", lang="de",
    company="Nordlicht Versicherung", contact="thomas.reuter@nordlicht-versicherung.example.de",
    frm=("Reuter, Thomas", "thomas.reuter@nordlicht-versicherung.example.de"),
    subject="Absage des Termins am 25.08. - neuer Termin folgt",
    date="2026-08-21 11:40 +0200", struct="plain", charset="iso-8859-1", cte="8bit",
    hdr_cs="iso-8859-1",
    text="""Sehr geehrte Frau Hoffmann-Quispe,

leider müssen wir unser Videointerview am Dienstag, 25. August, absagen, da Frau Dr. Berger erkrankt ist. Ihre Bewerbung ist davon selbstverständlich nicht betroffen.

Ich melde mich Anfang nächster Woche mit zwei neuen Terminvorschlägen bei Ihnen.

Mit freundlichen Grüßen

Thomas Reuter
Personalreferent
Nordlicht Versicherung AG
Tel. +49 40 555 318-22
""",
)

add(
    kind="interview_reschedule_or_cancel", scen="report_entretien_vous", lang="fr",
    company="Groupe Cassiopée", contact="recrutement.bogota@cassiopee.example.com",
    frm=("Recrutement Cassiopée Bogotá", "recrutement.bogota@cassiopee.example.com"),
    subject="Report de votre entretien du 3 septembre",
    date="2026-09-01 16:48 -0500", struct="plain", charset="iso-8859-1", cte="quoted-printable",
    hdr_cs="iso-8859-1",
    text="""Madame,

En raison d'un déplacement imprévu de Monsieur Ferrand à Paris, nous sommes contraints de reporter l'entretien prévu le jeudi 3 septembre.

Nous vous proposons le mardi 8 septembre à 10h00 (heure de Bogotá), toujours en visioconférence. Le lien vous sera communiqué la veille.

Nous vous remercions de votre compréhension et vous prions de bien vouloir nous confirmer ce nouveau créneau par retour de courriel.

Bien cordialement,

Juliana Castaño
Responsable RH, Groupe Cassiopée - Filiale Colombie
Carrera 7 # 71-21, Bogotá
""",
)

# =============================================================================================
# missed_interview_notice
# =============================================================================================

add(
    kind="missed_interview_notice", scen="zoom_no_show_recruiter", lang="en",
    company="Northwind Lending", contact="sam.okafor@northwindlending.example.com",
    frm=("Sam Okafor", "sam.okafor@northwindlending.example.com"),
    subject="We missed you today",
    date="2026-03-17 10:31 -0500", struct="plain", charset="utf-8", cte="7bit",
    text="""Hi Camila,

I was on our Zoom at 10:00 CT for the intro call and waited about 15 minutes, but you didn't join. I hope everything is okay!

If something came up, no worries - just reply and let me know, and I'll see whether I can find another slot this week.

Sam

Sam Okafor
Technical Recruiter | Northwind Lending
""",
)

add(
    kind="missed_interview_notice", scen="agency_screening_no_answer", lang="en",
    company="Apex Talent Partners", contact="ryan.mcbride@apextalent.example.com",
    frm=("Ryan McBride", "ryan.mcbride@apextalent.example.com"),
    subject="Tried calling",
    date="2026-02-11 15:20 -0600", struct="plain", charset="utf-8", cte="7bit",
    text="""Hi Camila,

Tried you twice at 3pm for our screening call but no answer on +51 987 555 204. Is that still the best number?

Let me know a good time tomorrow and I'll call again - I've got a couple of roles I'd like to run through with you.

Ryan

Ryan McBride | Principal Consultant | Apex Talent Partners | +1 512 555 0148
""",
)

add(
    kind="missed_interview_notice", scen="aseguradora_la_esperamos", lang="es",
    company="Huascarán Seguros", contact="lsalazar@huascaran-seguros.example.pe",
    frm=("Lucía Salazar Peña", "lsalazar@huascaran-seguros.example.pe"),
    subject="Entrevista de hoy 10:00 a.m.",
    date="2026-08-06 11:12 -0500", struct="plain", charset="utf-8", cte="quoted-printable",
    text="""Estimada Camila:

Buenos días. La esperamos hoy a las 10:00 a.m. en nuestra sede de San Isidro (Calle Las Begonias 441) para la entrevista del puesto de Analista de Información Comercial, pero no se presentó y tampoco logramos comunicarnos con usted por teléfono.

Si tuvo algún inconveniente, le agradeceré que me lo haga saber respondiendo este correo a la brevedad, para evaluar con el área si es posible una nueva fecha.

Saludos cordiales,

Lucía Salazar Peña
Coordinadora de Selección
Huascarán Seguros
Tel. (01) 555-7700 anexo 3321

Aseguradora Huascarán S.A. – La información contenida en este mensaje es confidencial.
""",
)

add(
    kind="missed_interview_notice", scen="jornada_de_prueba_no_asistio", lang="es",
    company="Supermercados La Colmena", contact="pynga@lacolmena.example.pe",
    frm=("Patricia Ynga", "pynga@lacolmena.example.pe"),
    subject="Jornada de prueba - Inteligencia Comercial",
    date="2026-09-22 15:37 -0500", struct="plain", charset="utf-8", cte="8bit",
    text="""Hola Camila, ¿cómo estás?

Hoy te esperábamos a las 8:30 a. m. en la oficina central de Surco para tu jornada de prueba en el área de Inteligencia Comercial, pero no llegaste y no recibimos ningún aviso. El equipo había preparado la data de ventas para el ejercicio.

¿Pasó algo? Escríbeme cuando puedas; si sigues interesada, veo con la jefatura si podemos darte otra fecha esta semana.

Saludos,
Patricia Ynga
Analista de Selección – Supermercados La Colmena
""",
)

add(
    kind="missed_interview_notice", scen="agencia_no_te_conectaste", lang="es",
    company="Platanito Pagos", contact="valentina.rojas@hunterssel.example.co",
    frm=("Valentina Rojas | Hunters & Co.", "valentina.rojas@hunterssel.example.co"),
    subject="Cami, ¿todo bien? 😟",
    date="2026-08-13 09:24 -0500", struct="plain", charset="utf-8", cte="base64",
    text="""Cami, ¿todo bien?

Sebastián y Daniela de Platanito te estuvieron esperando en el Meet de las 9:00 a. m. y no te conectaste 😟 Te escribí por WhatsApp y te llamé, pero no me contestas.

Cuéntame qué pasó apenas puedas, porfa. Voy a intentar que te den otra oportunidad, pero necesito explicarles algo hoy mismo.

Valentina
Hunters & Co. Selección · +57 310 555 7781
""",
)

add(
    kind="missed_interview_notice", scen="ashby_no_show_automatico", lang="es", company="Pagos Xoco",
    contact="",
    frm=("Pagos Xoco", "no-reply@ashbyhq.com"),
    subject="No pudimos conectarnos en tu entrevista de hoy",
    date="2026-08-04 12:46 -0600", struct="html", charset="utf-8", cte="quoted-printable",
    html=ats_card(
        brand="Xoco", accent="#e4572e", lang="es",
        logo="https://app.ashbyhq.com/api/images/org-theme-logo/xoco-chile.png",
        logo_alt="Xoco",
        body="""Hola Camila,

Tu entrevista técnica para Data Analyst estaba programada hoy a las 11:00 a. m. (hora CDMX), pero no registramos tu conexión a la videollamada.

Sabemos que a veces pasan imprevistos. Si quieres reagendar, usa el botón de abajo en las próximas 48 horas; después de ese plazo tu proceso se cerrará automáticamente.

Equipo de Talento de Xoco""",
        button=("Reagendar entrevista", "https://app.ashbyhq.com/interview-scheduling/xoco/reschedule/41c7e0"),
        footer=["Este correo se envía desde una dirección que no recibe respuestas.",
                "Pagos Xoco, S.A.P.I. de C.V. · Av. Álvaro Obregón 130, Roma Norte, 06700 CDMX"],
        pixel_url="https://app.ashbyhq.com/email-tracking/open/4e8b1d.png",
        powered="Powered by Ashby"),
)

add(
    kind="missed_interview_notice", scen="intentamos_llamarte_ecuador", lang="es",
    company="MitadTel", contact="acevallos@mitadtel.example.ec",
    frm=("Andrea Cevallos", "acevallos@mitadtel.example.ec"),
    subject="Entrevista telefónica - intentamos comunicarnos",
    date="2026-01-28 11:30 -0500", struct="plain", charset="utf-8", cte="quoted-printable",
    text="""Hola Camila, buenos días.

Intentamos comunicarnos contigo a las 11h00, según lo acordado, al número registrado en tu postulación (+51 987 555 204) para la entrevista telefónica del cargo de Analista de Reportes, pero no tuvimos respuesta. Volvimos a intentar a las 11h10.

Si aún te interesa el proceso, por favor indícanos un horario en el que podamos llamarte entre hoy y el viernes.

Saludos,
Andrea Cevallos
Analista de Talento | MitadTel
Av. República de El Salvador N35-146, Quito
""",
)

add(
    kind="missed_interview_notice", scen="banco_no_se_ha_conectado", lang="es",
    company="Banco Mediterráneo Digital", contact="seleccion@bmdigital.example.es",
    frm=("Selección BMD", "seleccion@bmdigital.example.es"),
    subject="Entrevista de hoy – no se ha conectado",
    date="2026-03-18 17:25 +0100", struct="plain", charset="windows-1252", cte="quoted-printable",
    hdr_cs="windows-1252",
    text="""Estimada Camila:

Hoy a las 16:30 (hora peninsular) teníamos programada su entrevista por Teams para la posición de Analista de Datos – Experiencia de Cliente. Las entrevistadoras estuvieron conectadas durante 20 minutos, pero usted no se ha conectado.

Entendemos que puede haber habido un problema con la diferencia horaria. Si desea reprogramar, indíquenoslo respondiendo a este correo antes del viernes.

Un saludo,

Equipo de Selección
Banco Mediterráneo Digital
""",
)

add(
    kind="missed_interview_notice", scen="du_im_call_vermisst", lang="de", company="Zahlwerk",
    contact="lena@zahlwerk.example.de",
    frm=("Lena Hartmann", "lena@zahlwerk.example.de"),
    subject="Heute 16 Uhr?",
    date="2026-05-13 16:32 +0200", struct="plain", charset="utf-8", cte="8bit",
    text="""Hi Camila,

Jonas und ich haben heute um 16 Uhr im Google Meet auf dich gewartet, aber du warst leider nicht da. Ist alles okay bei dir?

Vielleicht hat die Zeitumstellung reingegrätscht – 16 Uhr bei uns ist 9 Uhr bei dir. Sag gern Bescheid, wenn du einen neuen Termin möchtest.

Liebe Grüße
Lena
""",
)

add(
    kind="missed_interview_notice", scen="pas_connectee_ce_matin", lang="fr",
    company="Lumen Paiements", contact="claire@lumen-paiements.example.com",
    frm=("Claire Dubreuil", "claire@lumen-paiements.example.com"),
    subject="Notre entretien de ce matin",
    date="2026-04-14 16:40 +0200", struct="plain", charset="windows-1252", cte="8bit",
    text="""Bonjour Camila,

Julien et moi t'avons attendue sur Google Meet à 16h (heure de Paris) pour notre entretien, mais tu ne t'es pas connectée. J'espère que tout va bien de ton côté !

Si tu as eu un empêchement, fais-moi signe et on te propose un autre créneau la semaine prochaine.

Claire
""",
)
