"""Interview invitations, reschedules/cancellations and missed-interview notices (51 specs).

Each spec is written on its own; see README.md for the label rules.
"""

from __future__ import annotations

from msgs137_common import pixel, spec

MESSAGES: list[dict] = []

# ---------------------------------------------------------------- interview_invitation

# I01 - recruiter from her own address proposing a phone screen, casual tú.
MESSAGES.append(spec(
    kind="interview_invitation", scenario="ota_phone_screen_tu", lang="es", company="Viajalia",
    contact="laura.sempere@viajalia.example.com",
    sender=("Laura Sempere", "laura.sempere@viajalia.example.com"),
    subject="Llamada rápida sobre el puesto de Revenue Analyst",
    date="2026-02-24 12:31 +0100",
    charset="utf-8", cte="8bit",
    text="""Hola Mateo!

Soy Laura, del equipo de Talento de Viajalia. He visto tu candidatura para Revenue Analyst Junior y me encantaría conocerte un poco mejor.

¿Te viene bien una llamada de unos 20 minutos el jueves 26 por la mañana? Yo tengo hueco a las 9:30, a las 11:00 o a las 12:30. Dime cuál te encaja y te llamo al móvil que pusiste en el CV.

Es una primera charla tranquila: qué buscas, por qué revenue, y te cuento cómo trabaja el equipo de pricing de hoteles.

¡Gracias!

Laura Sempere
Talent Acquisition · Viajalia
viajalia.example.com
""",
))

# I02 - Workday sender with a person in Reply-To, HTML only, scheduling button.
MESSAGES.append(spec(
    kind="interview_invitation", scenario="workday_reply_to_recruiter", lang="es", company="Air Levante",
    contact="sergio.ample@airlevante.example.es",
    sender=("Air Levante Talent Acquisition", "airlevante@myworkday.com"),
    reply_to=("Sergio Ample", "sergio.ample@airlevante.example.es"),
    subject="Invitación a entrevista - Técnico/a de Revenue Management (Ancillaries)",
    date="2026-08-18 09:02 +0000",
    charset="utf-8", cte="base64",
    html="""<!DOCTYPE html>
<html lang="es"><body style="margin:0;background:#eef1f4;font-family:Arial,Helvetica,sans-serif;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 8px;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;border-top:4px solid #0b4f8a;">
<tr><td style="padding:20px 32px;"><img src="https://airlevante.wd3.myworkday.com/wday/cxs/airlevante/logo.png" alt="Air Levante" width="140"></td></tr>
<tr><td style="padding:0 32px 20px 32px;font-size:15px;line-height:22px;color:#1d2733;">
<p>Hola Mateo:</p>
<p>Nos alegra comunicarte que queremos conocerte en una entrevista para el puesto de <b>Técnico/a de Revenue Management (Ancillaries)</b> (REQ-23540).</p>
<p>La entrevista será con Sergio Ample (Revenue Management Lead) y una persona del equipo de Talent Acquisition, tendrá una duración aproximada de 45 minutos y se realizará en nuestras oficinas de Manises.</p>
<p>Por favor, elige uno de los horarios disponibles antes del viernes 21 de agosto:</p>
<p><a href="https://airlevante.wd3.myworkday.com/airlevante/d/task/scheduling/2997$5512.htmld?utm_source=wd_email" style="background:#0b4f8a;color:#ffffff;text-decoration:none;padding:11px 20px;display:inline-block;">Seleccionar horario</a></p>
<p>Si tienes cualquier problema con el enlace, responde a este correo y Sergio te ayudará.</p>
<p>¡Mucha suerte!<br>Equipo de Talent Acquisition · Air Levante</p>
</td></tr>
<tr><td style="padding:14px 32px;background:#f6f7f9;font-size:11px;color:#6b7785;">Air Levante, S.A. · Av. de l'Aeroport s/n, 46940 Manises (Valencia)</td></tr>
</table></td></tr></table>
""" + pixel("airlevante.wd3.myworkday.com", "f2a09b11") + """
</body></html>
""",
))

# I03 - invitation with a text/calendar REQUEST part and an invite.ics attachment.
MESSAGES.append(spec(
    kind="interview_invitation", scenario="calendar_request_first_interview", lang="es",
    company="Costa Blanca Resorts", contact="mguillen@cbresorts.example.es",
    sender=("Marta Guillén", "mguillen@cbresorts.example.es"),
    subject="Invitación: Entrevista Revenue Analyst - Mateo Bianchi-Ørsted @ mar 17 mar 2026 10:00 - 11:00 (CET)",
    date="2026-03-11 10:15 +0100",
    msgid="<cbr-inv-20260311.4410@cbresorts.example.es>",
    charset="utf-8", cte="qp",
    text="""Hola Mateo:

Gracias por tu interés en el puesto de Revenue Analyst en Costa Blanca Resorts. Nos gustaría hacerte una primera entrevista por videollamada con Raúl Cortés, Director Comercial, y conmigo.

Fecha: martes 17 de marzo de 2026
Hora: 10:00 - 11:00 (hora peninsular)
Enlace: https://meet.cbresorts.example.es/rev-analyst-mbo

Te adjunto la invitación de calendario. Acéptala o dime si necesitas otro horario.

Un saludo,

Marta Guillén
Talent & Culture
Costa Blanca Resorts, S.A.
""",
    html="""<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt;">
<p>Hola Mateo:</p>
<p>Gracias por tu interés en el puesto de Revenue Analyst en Costa Blanca Resorts. Nos gustaría hacerte una primera entrevista por videollamada con Raúl Cortés, Director Comercial, y conmigo.</p>
<table style="border-collapse:collapse;font-size:11pt;">
<tr><td style="padding:2px 12px 2px 0;"><b>Fecha</b></td><td>martes 17 de marzo de 2026</td></tr>
<tr><td style="padding:2px 12px 2px 0;"><b>Hora</b></td><td>10:00 - 11:00 (hora peninsular)</td></tr>
<tr><td style="padding:2px 12px 2px 0;"><b>Enlace</b></td><td><a href="https://meet.cbresorts.example.es/rev-analyst-mbo">meet.cbresorts.example.es/rev-analyst-mbo</a></td></tr>
</table>
<p>Te adjunto la invitación de calendario. Acéptala o dime si necesitas otro horario.</p>
<p>Un saludo,</p>
<p>Marta Guillén<br>Talent &amp; Culture<br><b>Costa Blanca Resorts, S.A.</b></p>
</body></html>
""",
    ics="""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:cbr-rev-analyst-2026-0317@cbresorts.example.es
SEQUENCE:0
DTSTAMP:20260311T091500Z
DTSTART:20260317T090000Z
DTEND:20260317T100000Z
SUMMARY:Entrevista Revenue Analyst - Mateo Bianchi-Ørsted
LOCATION:https://meet.cbresorts.example.es/rev-analyst-mbo
ORGANIZER;CN="Marta Guillén":mailto:mguillen@cbresorts.example.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Mateo Bianchi-Ørsted":mailto:mateo.bo@example.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Raúl Cortés":mailto:rcortes@cbresorts.example.es
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ics_attachment=True,
))

# I04 - temp agency naming its client, exclamation marks, capital letters.
MESSAGES.append(spec(
    kind="interview_invitation", scenario="ett_client_interview_exclaim", lang="es", company="Hotel Marítim Alacant",
    contact="vanesa.m@tempotur.example.es",
    sender=("Vanesa Tempotur", "vanesa.m@tempotur.example.es"),
    subject="¡¡ENTREVISTA CONFIRMADA!! Hotel Marítim Alacant",
    date="2026-06-08 13:05 +0200",
    charset="windows-1252", cte="8bit",
    text="""¡¡Hola Mateo!!

¡¡Buenas noticias!! El Hotel Marítim Alacant quiere conocerte para el puesto de RECEPCIONISTA DE NOCHE / NIGHT AUDITOR con apoyo a revenue (contrato de julio a octubre, jornada completa).

ENTREVISTA:
- Día: miércoles 10 de junio
- Hora: 11:30 (llega 10 minutos antes, ¡porfa!)
- Dónde: Hotel Marítim Alacant, Explanada de España 9. Pregunta por Rafa, el jefe de recepción.

Lleva tu DNI, el CV impreso y, si puedes, ropa tipo uniforme (camisa y pantalón oscuro). Te van a hacer una pequeña prueba de Opera y de inglés.

¡¡Confírmame por aquí o por WhatsApp que te llega!! :)

Vanesa Martínez
Tempotur Empleo · Agencia de colocación y ETT
965 00 02 02 · Rambla Méndez Núñez 33, Alicante
""",
))

# I05 - consultancy proposing a phone interview for an unnamed client.
MESSAGES.append(spec(
    kind="interview_invitation", scenario="consultora_phone_interview_unnamed", lang="es",
    company="Selecta Talent Turismo", contact="banglada@selectatalent.example.es",
    sender=("Borja Anglada", "banglada@selectatalent.example.es"),
    subject="Entrevista telefónica - proceso Revenue Manager (Mallorca)",
    date="2026-03-25 17:44 +0100",
    charset="windows-1252", cte="qp",
    text="""Estimado Mateo:

Gracias por responder tan rápido a mi mensaje por LinkedIn y por enviarme tu CV actualizado.

Como te adelanté, estamos llevando en exclusiva la búsqueda de un/a Revenue Manager para una cadena hotelera de cuatro estrellas con presencia en Mallorca. Por confidencialidad no puedo darte todavía el nombre del cliente, pero sí contarte el proyecto con detalle.

Te propongo una entrevista telefónica de unos 40 minutos el martes 31 de marzo a las 12:00. Si no te encaja, dime dos o tres franjas alternativas esta semana o la siguiente.

Recibe un cordial saludo,

Borja Anglada
Senior Consultant – Hospitality & Leisure
Selecta Talent Turismo
Passeig del Born 15, 07012 Palma
T. +34 971 00 00 15
""",
))

# I06 - trial night shift, terse, sentence-case name of a small Málaga hotel.
MESSAGES.append(spec(
    kind="interview_invitation", scenario="trial_shift_terse", lang="es", company="La malagueta rooms",
    contact="curro@lamalaguetarooms.example.es",
    sender=("Curro", "curro@lamalaguetarooms.example.es"),
    subject="prueba",
    date="2026-07-07 14:22 +0200",
    charset="utf-8", cte="8bit",
    text="""Buenas Mateo, como hablamos por tlf te propongo hacer la noche de prueba el viernes 10, de 23h a 7h, con Lidia que es la que lleva el turno. Asi ves el cierre, el PMS y como hacemos el informe de ocupacion. Se paga como jornada normal.

Si te va bien dime algo y lo dejo cerrado.

Curro
La malagueta rooms · c/ Vélez-Málaga 6
""",
))

# I07 - family hotel owner, Valencian greeting and sign-off, Spanish body.
MESSAGES.append(spec(
    kind="interview_invitation", scenario="family_hotel_owner_bon_dia", lang="es", company="Hotel Benlliure",
    contact="amparo@hotelbenlliure.example.es",
    sender=("Amparo Benlliure", "amparo@hotelbenlliure.example.es"),
    subject="Entrevista",
    date="2026-04-20 09:12 +0200",
    charset="iso-8859-1", cte="qp",
    text="""Bon dia Mateo,

Soy Amparo, de recepción y gerencia del Hotel Benlliure. Mi hermana y yo hemos leído tu carta y nos ha gustado mucho que conozcas el trabajo de noche, porque aquí el que lleva las tarifas acaba haciendo de todo.

¿Podrías venir al hotel el martes 28 de abril a las 17:00 para charlar un rato? Estamos en la calle Barcas, al lado del Teatro Principal. Tráete alguna cosa que hayas hecho con precios o con las OTAs si la tienes, aunque sea un Excel.

Salutacions,

Amparo Benlliure
Hotel Benlliure · València
""",
))

# I08 - tourism board formal summons, role mailbox that asks to confirm by reply, latin-1.
MESSAGES.append(spec(
    kind="interview_invitation", scenario="tourism_board_formal_summons", lang="es",
    company="Fundació Visit València Costa", contact="seleccio@visitvalenciacosta.example.es",
    sender=("Processos selectius · Visit València Costa", "seleccio@visitvalenciacosta.example.es"),
    subject="Convocatoria a entrevista personal - Proceso TIT-03/2026",
    date="2026-04-13 11:00 +0200",
    charset="iso-8859-1", cte="qp",
    text="""Estimado/a candidato/a:

Por la presente se le convoca a la fase de entrevista personal del proceso de selección TIT-03/2026 para la cobertura de una plaza de Técnico/a de Inteligencia Turística, en la que ha obtenido una puntuación provisional de 14,5 puntos en la fase de méritos.

Fecha: jueves, 23 de abril de 2026
Hora: 9:40
Lugar: Sede de la Fundació, Plaça de l'Ajuntament 1, 2ª planta, sala de reuniones B

Deberá presentarse con su DNI o documento equivalente. La entrevista tendrá una duración máxima de 25 minutos y versará sobre las funciones del puesto y el análisis de datos turísticos.

Le rogamos confirme su asistencia respondiendo a este correo antes del 17 de abril.

Salutacions cordials,

Àrea de Persones
Fundació Visit València Costa
""",
))

# I09 - SmartRecruiters self-scheduling invitation, no-reply, HTML only.
MESSAGES.append(spec(
    kind="interview_invitation", scenario="smartrecruiters_self_schedule", lang="es", company="Hoteles Malagueta Sol",
    contact="",
    sender=("Hoteles Malagueta Sol", "noreply@smartrecruiters.com"),
    subject="Hoteles Malagueta Sol te invita a una entrevista",
    date="2026-04-02 16:20 +0200",
    charset="utf-8", cte="base64",
    html="""<html><body style="font-family:Roboto,Arial,sans-serif;background:#f5f5f5;margin:0;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:28px 10px;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;">
<tr><td style="padding:20px 28px;border-bottom:3px solid #f2a900;"><img src="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/malaguetasol.png" alt="Hoteles Malagueta Sol" height="42"></td></tr>
<tr><td style="padding:24px 28px;font-size:14px;line-height:21px;color:#333;">
<p>Hola Mateo:</p>
<p>¡Gracias por tu candidatura a <strong>Revenue Assistant – Málaga Centro</strong>! Nos gustaría conocerte en una entrevista presencial de 30 minutos en el Hotel Malagueta Sol Centro (Paseo de Reding 8, Málaga).</p>
<p>Reserva el horario que mejor te venga entre el 7 y el 9 de abril:</p>
<table cellpadding="0" cellspacing="0"><tr><td style="background:#00897b;border-radius:3px;"><a href="https://jobs.smartrecruiters.com/interview/schedule/9f3e77a1?trid=malsol" style="display:block;padding:12px 22px;color:#ffffff;text-decoration:none;font-weight:bold;">Elegir horario</a></td></tr></table>
<p>Recuerda traer tu documentación y una copia del CV.</p>
<p>Un saludo,<br>Selección · Hoteles Malagueta Sol</p>
</td></tr>
<tr><td style="padding:14px 28px;font-size:11px;color:#9e9e9e;background:#fafafa;">Este correo se ha enviado automáticamente, no respondas a este mensaje. <a href="https://my.smartrecruiters.com/email-preferences?c=malsol" style="color:#9e9e9e;">Preferencias</a></td></tr>
</table></td></tr></table>
<img src="https://www.smartrecruiters.com/email-tracking/open/malsol9f3e.png" width="1" height="1" alt="">
</body></html>
""",
))

# I10 - technical interview with a pricing case; the domain shortens the company name.
MESSAGES.append(spec(
    kind="interview_invitation", scenario="pricing_case_technical_interview", lang="es", company="BCN Rate Partners",
    contact="npuig@bcnrate.example.es",
    sender=("Núria Puig", "npuig@bcnrate.example.es"),
    subject="Siguiente paso: entrevista técnica + caso",
    date="2026-06-15 10:48 +0200",
    charset="utf-8", cte="qp",
    text="""Hola Mateo,

Gracias por la conversación del viernes. Nos gustaría pasar a la entrevista técnica para el puesto de Pricing Analyst.

Funciona así: el lunes 22 de junio a las 9:00 te envío por email un caso práctico (datos de ocupación y tarifas de tres hoteles urbanos de Barcelona durante un año). Tienes hasta el miércoles 24 a las 9:00 para prepararlo y el jueves 25 a las 16:00 lo presentas en una videollamada de una hora con Guillem (socio) y conmigo.

No hace falta que sea perfecto; nos interesa más cómo razonas que las fórmulas. Puedes usar Excel, Python o lo que te resulte cómodo.

¿Te encajan esas fechas?

Núria Puig
Senior Revenue Consultant
BCN Rate Partners, S.L.
Via Laietana 31, 08003 Barcelona · +34 930 00 00 31
""",
))

# I11 - iCIMS HTML with the hiring manager in Reply-To.
MESSAGES.append(spec(
    kind="interview_invitation", scenario="icims_video_reply_to_manager", lang="es", company="Grupo Mirador de Mallorca",
    contact="triera@miradormallorca.example.es",
    sender=("Grupo Mirador de Mallorca", "noreply@icims.com"),
    reply_to=("Toni Riera", "triera@miradormallorca.example.es"),
    subject="Entrevista por vídeo - Revenue Analyst (Palma)",
    date="2026-05-26 12:37 +0200",
    charset="utf-8", cte="qp",
    html="""<html><body style="margin:0;background:#f2f0eb;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Georgia,'Times New Roman',serif;color:#2d2a26;margin:24px 0;">
<tr><td style="padding:22px 30px;border-bottom:1px solid #d8d2c4;"><img src="https://careers-miradormallorca.icims.com/logo.png" alt="Grupo Mirador de Mallorca" height="44"></td></tr>
<tr><td style="padding:24px 30px;font-size:15px;line-height:1.6;">
<p>Hola Mateo,</p>
<p>Soy Toni Riera, Director de Revenue del Grupo Mirador de Mallorca. He leído tu candidatura para <b>Revenue Analyst</b> y me gustaría tener una entrevista por vídeo contigo.</p>
<p>Te propongo el <b>martes 2 de junio a las 18:00</b> (hora de Palma), por Teams. El enlace: <a href="https://teams.example.com/l/meetup-join/19%3ameeting_MiradorRevenue">unirse a la reunión</a>.</p>
<p>Si no te va bien, contesta a este correo (me llega a mí directamente) y buscamos otro momento.</p>
<p>Salutacions,<br>Toni Riera<br>Director de Revenue · Grupo Mirador de Mallorca</p>
</td></tr>
<tr><td style="padding:12px 30px;font-size:10px;color:#8c8578;background:#f7f5f0;">Grupo Mirador de Mallorca · Passeig Marítim 12, 07014 Palma · Enviado a través de iCIMS</td></tr>
</table></td></tr></table>
<img src="https://careers-miradormallorca.icims.com/icims2?mode=trackemail&amp;id=77a1" width="1" height="1" alt="">
</body></html>
""",
))

# I12 - invitation in an Outlook thread whose quoted part is an earlier rejection (misleading).
MESSAGES.append(spec(
    kind="interview_invitation", scenario="outlook_thread_quote_old_rejection", lang="es",
    company="Hoteles Turia & Mar", contact="lferrandiz@turiaymar.example.es",
    sender=("Lucía Ferrándiz Soler", "lferrandiz@turiaymar.example.es"),
    subject="RE: Proceso Revenue Assistant – actualización",
    date="2026-05-11 09:26 +0200",
    charset="windows-1252", cte="qp",
    in_reply_to="<DB9PR04MB8412A3C0F0E1B2C4D5E6F7A8B9@DB9PR04MB8412.eurprd04.prod.outlook.example.com>",
    text="""Hola de nuevo, Mateo:

Retomo este hilo porque ha cambiado la situación: hemos abierto un puesto de Analista de Distribución y Revenue, con más peso en canales que el anterior, y me he acordado de ti.

¿Tendrías un hueco para una entrevista presencial en nuestras oficinas el jueves 14 de mayo a las 10:00 o el viernes 15 a las 13:00? Estaríamos Vicent, el director comercial, y yo. Calcula una hora.

Un saludo cordial,

Lucía Ferrándiz Soler
Responsable de Personas
Hoteles Turia & Mar
C/ de la Pau 14, 46003 València
Tel. 960 00 01 23

De: Lucía Ferrándiz Soler
Enviado el: jueves, 12 de febrero de 2026 13:48
Para: Mateo Bianchi-Ørsted <mateo.bo@example.es>
Asunto: Proceso Revenue Assistant – actualización

Buenos días, Mateo:

Te escribo para contarte cómo ha quedado el proceso de Revenue Assistant en el que participabas.

La dirección general ha decidido congelar las nuevas incorporaciones del área comercial, así que el puesto queda en suspenso y lamentablemente no vamos a continuar con el proceso de selección.

Un saludo cordial,
Lucía
""",
))

# I13 - Personio from a hotel group whose name is an acronym plus a word; alternative parts.
MESSAGES.append(spec(
    kind="interview_invitation", scenario="personio_acronym_group_video", lang="es", company="GVH Hoteles",
    contact="talento@gvhhoteles.example.es",
    sender=("GVH Hoteles", "noreply@personio.de"),
    reply_to=("Talento GVH Hoteles", "talento@gvhhoteles.example.es"),
    subject="Videoentrevista - Revenue & Reservations Analyst",
    date="2026-07-27 11:11 +0200",
    charset="utf-8", cte="qp",
    text="""Hola Mateo,

¡Gracias por tu candidatura! Queremos invitarte a una videoentrevista para el puesto de Revenue & Reservations Analyst en GVH Hoteles (Valencia / híbrido).

Cuándo: jueves 30 de julio, 16:00-16:45
Dónde: Google Meet - https://meet.example.com/gvh-rra-mbo
Con quién: Irene Soto (Revenue Manager) y Pablo Ortí (People)

Responde a este correo para confirmar o si necesitas otro horario; lo lee nuestro equipo de Talento.

Un saludo,
Equipo de Talento
GVH Hoteles
""",
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1e1e1e;">
<div style="max-width:580px;">
<p><img src="https://gvh-hoteles.jobs.personio.example.de/logo.png" alt="GVH Hoteles" height="38"></p>
<p>Hola Mateo,</p>
<p>¡Gracias por tu candidatura! Queremos invitarte a una videoentrevista para el puesto de <b>Revenue &amp; Reservations Analyst</b> en GVH Hoteles (Valencia / híbrido).</p>
<table cellpadding="4" style="border-collapse:collapse;background:#f4f7fb;">
<tr><td><b>Cuándo</b></td><td>jueves 30 de julio, 16:00-16:45</td></tr>
<tr><td><b>Dónde</b></td><td><a href="https://meet.example.com/gvh-rra-mbo">Google Meet</a></td></tr>
<tr><td><b>Con quién</b></td><td>Irene Soto (Revenue Manager) y Pablo Ortí (People)</td></tr>
</table>
<p>Responde a este correo para confirmar o si necesitas otro horario; lo lee nuestro equipo de Talento.</p>
<p>Un saludo,<br>Equipo de Talento<br>GVH Hoteles</p>
<p style="font-size:11px;color:#888;">Gestionado con Personio · <a href="https://gvh-hoteles.jobs.personio.example.de/privacy" style="color:#888;">Privacidad</a></p>
</div></body></html>
""",
))

# I14 - OTA people partner, first video interview, short.
MESSAGES.append(spec(
    kind="interview_invitation", scenario="ota_malaga_video_meet", lang="es", company="EscapaYa",
    contact="equiles@escapaya.example.es",
    sender=("Esther Quiles", "equiles@escapaya.example.es"),
    subject="Videollamada con EscapaYa",
    date="2026-05-14 15:55 +0200",
    charset="utf-8", cte="8bit",
    text="""Hola Mateo:

Me ha gustado mucho tu perfil para el puesto de Pricing Specialist. Te propongo una primera videollamada de 30 minutos el miércoles 20 de mayo a las 10:00.

Enlace de Google Meet: https://meet.example.com/esc-prc-2026

Si no puedes a esa hora, dime otra opción esa misma semana.

Esther Quiles
People & Talent · EscapaYa
""",
))

# I15 - Lever, English, Lisbon OTA, booking link, no reply address.
MESSAGES.append(spec(
    kind="interview_invitation", scenario="lever_lisbon_booking_link", lang="en", company="LisboaStay", contact="",
    sender=("LisboaStay Talent", "no-reply@hire.lever.co"),
    subject="Next steps with LisboaStay - interview with our Head of Pricing",
    date="2026-06-29 10:04 +0100",
    charset="utf-8", cte="qp",
    html="""<html><body style="background:#ffffff;font-family:'Helvetica Neue',Helvetica,Arial,sans-serif;font-size:15px;color:#222;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" cellpadding="0" cellspacing="0">
<tr><td style="padding:24px 0 8px 0;"><img src="https://lever-client-logos.example.com/lisboastay.png" alt="LisboaStay" height="34"></td></tr>
<tr><td style="line-height:1.55;">
<p>Hi Mateo,</p>
<p>Great news - the team would like to move you forward for the <b>Pricing Analyst (Short-term Rentals)</b> role!</p>
<p>The next step is a 45-minute video interview with Joana Reis, our Head of Pricing. Please pick a time that works for you using the link below:</p>
<p><a href="https://hire.lever.co/interview/schedule/c8e1d4b2?utm_source=lever&amp;utm_medium=email" style="display:inline-block;background:#2f80ed;color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none;">Book your interview</a></p>
<p>Times are shown in your local time zone. If none of the slots work, let your recruiter know through the candidate portal.</p>
<p>Best,<br>LisboaStay Talent Team</p>
</td></tr>
<tr><td style="padding-top:24px;font-size:11px;color:#999;">LisboaStay Unipessoal Lda &middot; Avenida da Liberdade 110, Lisboa &middot; <a href="https://hire.lever.co/unsubscribe/lisboastay/c8e1d4b2" style="color:#999;">Unsubscribe</a></td></tr>
</table></td></tr></table>
<img src="https://hire.lever.co/o/c8e1d4b2.png" width="1" height="1" alt="">
</body></html>
""",
))

# I16 - Ashby onsite invitation with the recruiter in Reply-To, Gmail-style English quote below.
MESSAGES.append(spec(
    kind="interview_invitation", scenario="ashby_onsite_gmail_quote", lang="en", company="StayScout",
    contact="priya.raman@stayscout.example.com",
    sender=("Priya Raman", "priya.raman@stayscout.example.com"),
    subject="Re: StayScout - Pricing Analyst (Marketplace)",
    date="2026-06-30 18:20 +0200",
    charset="utf-8", cte="qp",
    in_reply_to="<CAJ7mboSSc2q0@mail.example.es>",
    text="""Hi Mateo,

Thanks for the quick reply. Good news: the hiring team would like to invite you to the final round, onsite at our Barcelona office (Carrer de la Llacuna 162) on Tuesday 7 July.

Rough agenda:
09:30 - welcome and coffee with me
10:00 - case study presentation (you'll get the data pack tomorrow)
11:15 - SQL & analytics session with Tomás
12:30 - lunch with the pricing team
14:00 - values interview with Hannah, VP Marketplace

We'll cover your train from Valencia - just keep the receipt. Can you confirm you're available?

Priya

On Tue, Jun 30, 2026 at 9:12 AM Mateo Bianchi-Ørsted <mateo.bo@example.es> wrote:
> Hi Priya,
>
> Thanks for the update. Just to let you know, I had another process end
> with a rejection last week, so I'm fully available for the next steps on
> your side whenever suits the team.
>
> Best,
> Mateo
""",
))

# I17 - Taleo assessment centre, latin-1, plain, no reply address.
MESSAGES.append(spec(
    kind="interview_invitation", scenario="taleo_assessment_centre", lang="en", company="Skyvela Airlines", contact="",
    sender=("Skyvela Airlines Careers", "skyvela-careers-noreply@taleo.net"),
    to=[("Mateo Bianchi-Orsted", "mateo.bo@example.es")],
    subject="Skyvela Airlines - Invitation to Assessment Centre - Ref 26-0413",
    date="2026-05-18 07:30 +0100",
    charset="iso-8859-1", cte="qp",
    text="""Dear Mateo Bianchi-Orsted,

Application reference: 26-0413
Position: Revenue Management Graduate Programme (Lisbon / London)

We are pleased to invite you to our Assessment Centre for the Revenue Management Graduate Programme.

Date: Wednesday 3 June 2026
Time: 08:45 - 16:30 (arrival from 08:15)
Venue: Skyvela Training Academy, Rua C, Edifício 124, Aeroporto de Lisboa, 1700-008 Lisboa

The day will include a group exercise, a numerical reasoning test, a pricing case study and a competency-based interview with two members of the Revenue Management team.

Please confirm your attendance through the Candidate Portal by 25 May 2026 and bring photo ID (passport or national identity card). Reasonable travel expenses within the EU will be reimbursed according to our candidate expenses policy (max. 250 GBP).

Yours sincerely,

Recruitment Team
Skyvela Airlines

*** This is an automated message. Please do not reply to this e-mail. ***

Skyvela Airlines Ltd. Registered in England No 09876543.
""",
))

# I18 - head-hunter relays a named client; Apple Mail quote underneath.
MESSAGES.append(spec(
    kind="interview_invitation", scenario="headhunter_client_apple_quote", lang="en", company="Atlântico Air",
    contact="oliver.finch@harbourfinch.example.com",
    sender=("Oliver Finch", "oliver.finch@harbourfinch.example.com"),
    subject="Re: Lisbon briefs",
    date="2026-05-12 08:57 +0100",
    charset="utf-8", cte="8bit",
    in_reply_to="<7F3A2C1B-0E4D-4A5B-9C8D-6E7F8A9B0C1D@example.es>",
    text="""Morning Mateo,

Atlântico Air would like to meet you! First interview with Sofia Matos (Head of Network Revenue) and someone from their HR team, by video, on Monday 18 May at 14:00 Lisbon time (15:00 yours).

They'll send the Teams invite directly, but I wanted you to have the heads-up. I'll send over some prep notes on their fare families tonight - it's very much an airline pricing conversation, less hotel.

Speak soon,
Oliver

Sent from my iPhone

> On 11 May 2026, at 19:40, Mateo Bianchi-Ørsted <mateo.bo@example.es> wrote:
>
> Hi Oliver,
>
> Thanks for thinking of me for the Atlântico Air role. After the Tejo
> River Cruises rejection I'd be glad to get a second chance in Lisbon.
> Happy for you to put my CV forward.
>
> Mateo
""",
))

# I19 - Workable with the hiring manager in Reply-To, English start-up in Barcelona.
MESSAGES.append(spec(
    kind="interview_invitation", scenario="workable_startup_video", lang="en", company="Nomadix Travel",
    contact="marc.soler@nomadix.example.com",
    sender=("Nomadix Travel", "noreply@workablemail.com"),
    reply_to=("Marc Soler", "marc.soler@nomadix.example.com"),
    subject="Interview invitation: Revenue Analyst at Nomadix Travel",
    date="2026-07-13 12:02 +0200",
    charset="utf-8", cte="qp",
    text="""Hi Mateo,

Thanks for applying to Nomadix Travel! I'm Marc, I lead the revenue team for our group-tour products.

I'd love to have a video chat about the Revenue Analyst role. Would Thursday 16 July at 11:00 (CEST) work? We'd use Google Meet: https://meet.example.com/nmx-ra-mbo

It'll be a relaxed 45 minutes: your background, how you think about pricing a tour departure that's 60% full three weeks out, and your questions for us.

Just reply here to confirm or suggest another time.

Marc Soler
Head of Revenue | Nomadix Travel
""",
    html="""<div style="font-family:Helvetica,Arial,sans-serif;font-size:14px;line-height:20px;color:#303030;max-width:600px;">
<p>Hi Mateo,</p>
<p>Thanks for applying to Nomadix Travel! I'm Marc, I lead the revenue team for our group-tour products.</p>
<p>I'd love to have a video chat about the <strong>Revenue Analyst</strong> role. Would <strong>Thursday 16 July at 11:00 (CEST)</strong> work? We'd use Google Meet: <a href="https://meet.example.com/nmx-ra-mbo">meet.example.com/nmx-ra-mbo</a></p>
<p>It'll be a relaxed 45 minutes: your background, how you think about pricing a tour departure that's 60% full three weeks out, and your questions for us.</p>
<p>Just reply here to confirm or suggest another time.</p>
<p>Marc Soler<br>Head of Revenue | Nomadix Travel</p>
<p style="font-size:11px;color:#9a9a9a;">Sent with <a href="https://www.workable.com/?utm_source=candidate_email" style="color:#9a9a9a;">Workable</a></p>
<img src="https://t.workablemail.com/o/eyJpZCI6Im5teCJ9" width="1" height="1" alt="">
</div>
""",
))

# I20 - boutique hotel owner, terse, from a phone.
MESSAGES.append(spec(
    kind="interview_invitation", scenario="boutique_owner_terse_iphone", lang="en", company="Casa do Fado Boutique Hotel",
    contact="rita@casadofado.example.pt",
    sender=("Rita Figueiredo", "rita@casadofado.example.pt"),
    subject="Re: Night manager / revenue - application",
    date="2026-05-15 13:08 +0100",
    charset="utf-8", cte="8bit",
    in_reply_to="<CAJ7mboFado1app@mail.example.es>",
    text="""Hi Mateo - could you come by the hotel on Thursday 21st at 4pm? Ask for me at reception. We're at Rua de São Tomé 12. Rita

Sent from my iPhone
""",
))

# I21 - Geneva hotel HR, vous, Teams interview, Swiss French.
MESSAGES.append(spec(
    kind="interview_invitation", scenario="geneva_hotel_entretien_teams", lang="fr", company="Hôtel Rive Gauche Genève",
    contact="sophie.deleze@rivegauche-geneve.example.ch",
    sender=("Sophie Délèze", "sophie.deleze@rivegauche-geneve.example.ch"),
    subject="Entretien – Assistant Revenue Manager",
    date="2026-08-10 10:30 +0200",
    charset="utf-8", cte="qp",
    text="""Bonjour Monsieur Bianchi-Ørsted,

Nous vous remercions pour votre candidature au poste d'Assistant Revenue Manager (taux d'activité 100 %).

Votre dossier a retenu notre attention et nous aurions le plaisir de vous rencontrer lors d'un premier entretien par Teams, d'une durée d'environ 45 minutes, avec M. Patrick Chappuis, Directeur commercial, et moi-même.

Nous vous proposons le mercredi 19 août à 14h00 ou le jeudi 20 août à 9h30. Pourriez-vous nous indiquer la date qui vous convient le mieux ?

Dans l'attente de votre réponse, nous vous adressons nos meilleures salutations.

Sophie Délèze
Responsable Ressources Humaines
Hôtel Rive Gauche Genève SA
Quai Gustave-Ador 8 · 1207 Genève · +41 22 000 00 08
""",
))

# I22 - consultancy partner in Nice; this message's id is quoted by the later rejection.
MESSAGES.append(spec(
    kind="interview_invitation", scenario="nice_consultancy_entretien", lang="fr", company="Riviera Revenue Conseil",
    contact="c.arnaud@riviera-revenue.example.fr",
    sender=("Camille Arnaud", "c.arnaud@riviera-revenue.example.fr"),
    subject="Votre candidature – consultant junior revenue",
    date="2026-04-15 17:02 +0200",
    msgid="<rrc-entretien-0424@riviera-revenue.example.fr>",
    charset="windows-1252", cte="qp",
    text="""Bonjour Mateo,

Merci pour votre candidature spontanée et pour votre lettre, très claire.

Nous recrutons justement un consultant junior pour accompagner nos clients hôteliers et résidences de tourisme entre Nice et Menton. Je vous propose un entretien en visio le vendredi 24 avril à 11h, d’environ une heure. Nous parlerons de votre parcours, puis je vous soumettrai une petite mise en situation sur une grille tarifaire de haute saison.

Pouvez-vous me confirmer votre disponibilité ?

Bien cordialement,

Camille Arnaud
Associée – Riviera Revenue Conseil
12 rue de la Buffa, 06000 Nice
""",
))

# I23 - start-up founder, tutoiement, short.
MESSAGES.append(spec(
    kind="interview_invitation", scenario="nice_startup_tutoiement", lang="fr", company="Azur Pricing Lab",
    contact="hugo@azurpricing.example.fr",
    sender=("Hugo Lambert", "hugo@azurpricing.example.fr"),
    subject="On se cale un call ?",
    date="2026-09-01 22:14 +0200",
    charset="utf-8", cte="8bit",
    text="""Salut Mateo,

Merci pour ta candidature, ton profil d'auditeur de nuit qui veut passer au pricing nous parle beaucoup (c'est un peu l'histoire de notre CTO).

On se cale un entretien en visio la semaine prochaine ? Je te propose mardi 8 à 10h ou mercredi 9 à 15h. Ce sera avec moi et Inès, notre data scientist, environ 45 min.

À très vite,
Hugo
CEO & co-fondateur – Azur Pricing Lab
""",
))

# I24 - Berlin hotel group, Sie, German "Am ... schrieb" quote of the candidate's application.
MESSAGES.append(spec(
    kind="interview_invitation", scenario="berlin_group_sie_am_schrieb", lang="de", company="Kiezhaus Hotels",
    contact="m.schulte@kiezhaus-hotels.example.de",
    sender=("Miriam Schulte", "m.schulte@kiezhaus-hotels.example.de"),
    subject="AW: Bewerbung Revenue Analyst (m/w/d) – Mateo Bianchi-Ørsted",
    date="2026-08-06 11:42 +0200",
    charset="utf-8", cte="qp",
    in_reply_to="<CAJ7mboKiez1bew@mail.example.es>",
    text="""Sehr geehrter Herr Bianchi-Ørsted,

vielen Dank für Ihre Bewerbung und Ihr Interesse an den Kiezhaus Hotels.

Wir würden Sie gerne in einem ersten Gespräch per Videocall kennenlernen. Passt Ihnen Donnerstag, der 13. August, um 10:00 Uhr? Das Gespräch führen unser Head of Revenue, Herr Dominik Adler, und ich. Es dauert etwa 45 Minuten und findet auf Englisch und Deutsch statt.

Den Link zu Microsoft Teams erhalten Sie nach Ihrer Bestätigung.

Mit freundlichen Grüßen

Miriam Schulte
People & Culture
Kiezhaus Hotels GmbH
Oranienstraße 140, 10969 Berlin
Geschäftsführerin: Katrin Wendt – HRB 000002 B

Am 04.08.2026 um 21:13 schrieb Mateo Bianchi-Ørsted <mateo.bo@example.es>:
> Sehr geehrte Damen und Herren,
>
> anbei sende ich Ihnen meine Bewerbung als Revenue Analyst (m/w/d). Nach
> einer Absage von einem anderen Berliner Haus möchte ich betonen, dass
> ich mein Deutsch seit Januar intensiv verbessere (aktuell B2).
>
> Mit freundlichen Grüßen
> Mateo Bianchi-Ørsted
""",
))

# I25 - start-up sends a calendar REQUEST (du-form); a later CANCEL reuses the UID.
MESSAGES.append(spec(
    kind="interview_invitation", scenario="calendar_request_du", lang="de", company="TripWerk",
    contact="lena.vogt@tripwerk.example.de",
    sender=("Lena Vogt", "lena.vogt@tripwerk.example.de"),
    subject="Einladung: Kennenlernen Pricing Analyst Mobility – Mateo @ Do 23. Apr. 2026 15:00–15:45",
    date="2026-04-17 16:03 +0200",
    msgid="<tw-int-7731-invite@tripwerk.example.de>",
    charset="utf-8", cte="qp",
    text="""Hi Mateo,

wie besprochen schicke ich dir die Einladung für unser Kennenlernen zur Stelle Pricing Analyst Mobility. Mit dabei ist Jan aus dem Pricing-Team.

Donnerstag, 23. April 2026, 15:00–15:45 (Berlin)
Google Meet: https://meet.example.com/tw-pricing-mbo

Bis Donnerstag!
Lena

Lena Vogt · People Lead · TripWerk
""",
    ics="""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260423T130000Z
DTEND:20260423T134500Z
DTSTAMP:20260417T140300Z
ORGANIZER;CN=Lena Vogt:mailto:lena.vogt@tripwerk.example.de
UID:tw-int-7731@tripwerk.example.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mateo.bo@example.es:mailto:mateo.bo@example.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Jan Petersen:mailto:jan.petersen@tripwerk.example.de
DESCRIPTION:Kennenlernen Pricing Analyst Mobility
LOCATION:https://meet.example.com/tw-pricing-mbo
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Kennenlernen Pricing Analyst Mobility – Mateo
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
))

# I26 - hostel trial shift ("Probearbeiten"), du-form, short.
MESSAGES.append(spec(
    kind="interview_invitation", scenario="hostel_probearbeiten_du", lang="de", company="Hauptstadt Hostels",
    contact="kai@hauptstadt-hostels.example.de",
    sender=("Kai Brenner", "kai@hauptstadt-hostels.example.de"),
    subject="Probearbeiten nächste Woche?",
    date="2026-09-03 19:37 +0200",
    charset="iso-8859-1", cte="qp",
    text="""Hey Mateo,

cool, dass du dich bei uns beworben hast! Bevor wir über die Stelle als Night Audit & Revenue Assistant reden, machen wir bei Hauptstadt Hostels immer einen Probetag.

Magst du am Dienstag, 8. September, zum Probearbeiten in die Nachtschicht kommen? Start 22 Uhr im Haus Friedrichshain (Warschauer Str. 70), du bist mit Aylin an der Rezeption und danach schauen wir zusammen auf die Zahlen vom Tag. Schichtende ca. 6 Uhr, wird natürlich bezahlt.

Gib mir kurz Bescheid, ob das klappt.

Grüße
Kai
Betriebsleitung Hauptstadt Hostels
""",
))

# ---------------------------------------------------------------- interview_reschedule_or_cancel

# S01 - calendar update: same UID, SEQUENCE 1, new time.
MESSAGES.append(spec(
    kind="interview_reschedule_or_cancel", scenario="calendar_update_sequence", lang="es",
    company="Costa Blanca Resorts", contact="mguillen@cbresorts.example.es",
    sender=("Marta Guillén", "mguillen@cbresorts.example.es"),
    subject="Actualización: Entrevista Revenue Analyst - Mateo Bianchi-Ørsted @ jue 19 mar 2026 16:00 - 17:00 (CET)",
    date="2026-03-16 12:48 +0100",
    msgid="<cbr-resched-20260316.4410@cbresorts.example.es>",
    in_reply_to="<cbr-inv-20260311.4410@cbresorts.example.es>",
    charset="utf-8", cte="qp",
    text="""Hola Mateo:

Raúl tiene que estar mañana en el hotel de Benidorm por una visita de un touroperador, así que movemos la entrevista del martes 17 al jueves 19 de marzo a las 16:00. El enlace es el mismo.

Te llega la invitación actualizada. Perdona el cambio.

Marta Guillén
Talent & Culture · Costa Blanca Resorts, S.A.
""",
    ics="""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:cbr-rev-analyst-2026-0317@cbresorts.example.es
SEQUENCE:1
DTSTAMP:20260316T114800Z
DTSTART:20260319T150000Z
DTEND:20260319T160000Z
SUMMARY:Entrevista Revenue Analyst - Mateo Bianchi-Ørsted
LOCATION:https://meet.cbresorts.example.es/rev-analyst-mbo
ORGANIZER;CN="Marta Guillén":mailto:mguillen@cbresorts.example.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Mateo Bianchi-Ørsted":mailto:mateo.bo@example.es
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
))

# S02 - recruiter moves the phone call, one line plus a quote.
MESSAGES.append(spec(
    kind="interview_reschedule_or_cancel", scenario="recruiter_moves_call", lang="es", company="Viajalia",
    contact="laura.sempere@viajalia.example.com",
    sender=("Laura Sempere", "laura.sempere@viajalia.example.com"),
    subject="Re: Llamada rápida sobre el puesto de Revenue Analyst",
    date="2026-02-25 18:03 +0100",
    in_reply_to="<CAJ7mboVia1ok@mail.example.es>",
    charset="utf-8", cte="8bit",
    text="""Mateo, mil perdones: mañana me han metido en un comité todo el día. ¿Lo pasamos al viernes 27 a las 11:00, misma idea, te llamo yo? Si no te va, dime y buscamos otro hueco.

Laura

El mié, 25 feb 2026 a las 8:40, Mateo Bianchi-Ørsted (<mateo.bo@example.es>) escribió:
> Hola Laura, perfecto, el jueves a las 11:00 me viene genial. ¡Gracias!
""",
))

# S03 - the interview switches from on-site to video (Workday, recruiter in Reply-To).
MESSAGES.append(spec(
    kind="interview_reschedule_or_cancel", scenario="workday_switched_to_video", lang="es", company="Air Levante",
    contact="sergio.ample@airlevante.example.es",
    sender=("Air Levante Talent Acquisition", "airlevante@myworkday.com"),
    reply_to=("Sergio Ample", "sergio.ample@airlevante.example.es"),
    subject="Cambio en tu entrevista - Técnico/a de Revenue Management (Ancillaries)",
    date="2026-08-25 15:30 +0000",
    charset="utf-8", cte="base64",
    html="""<!DOCTYPE html>
<html lang="es"><body style="margin:0;background:#eef1f4;font-family:Arial,Helvetica,sans-serif;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 8px;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;border-top:4px solid #0b4f8a;">
<tr><td style="padding:20px 32px;"><img src="https://airlevante.wd3.myworkday.com/wday/cxs/airlevante/logo.png" alt="Air Levante" width="140"></td></tr>
<tr><td style="padding:0 32px 20px 32px;font-size:15px;line-height:22px;color:#1d2733;">
<p>Hola Mateo:</p>
<p>Te escribimos porque hay un cambio en tu entrevista del <b>jueves 27 de agosto a las 10:00</b>: por obras en el edificio de oficinas de Manises, <b>la entrevista será por Microsoft Teams en lugar de presencial</b>. La fecha y la hora no cambian.</p>
<p>Recibirás el enlace de Teams en un correo aparte. Te recomendamos conectarte cinco minutos antes y tener a mano una hoja de cálculo, ya que Sergio te pedirá comentar un pequeño ejercicio en pantalla.</p>
<p>Si tienes cualquier duda, responde a este correo.</p>
<p>Un saludo,<br>Equipo de Talent Acquisition · Air Levante</p>
</td></tr>
<tr><td style="padding:14px 32px;background:#f6f7f9;font-size:11px;color:#6b7785;">Air Levante, S.A. · Av. de l'Aeroport s/n, 46940 Manises (Valencia)</td></tr>
</table></td></tr></table>
""" + pixel("airlevante.wd3.myworkday.com", "a0c7e512") + """
</body></html>
""",
))

# S04 - interviewer ill, family hotel, Valencian sign-off.
MESSAGES.append(spec(
    kind="interview_reschedule_or_cancel", scenario="interviewer_ill_family_hotel", lang="es", company="Hotel Benlliure",
    contact="amparo@hotelbenlliure.example.es",
    sender=("Amparo Benlliure", "amparo@hotelbenlliure.example.es"),
    subject="Re: Entrevista",
    date="2026-04-27 21:05 +0200",
    in_reply_to="<CAJ7mboBen2conf@mail.example.es>",
    charset="iso-8859-1", cte="8bit",
    text="""Mateo, perdona que te escriba a estas horas.

Mi hermana Consuelo se ha puesto mala (gripe, está en la cama con fiebre) y quería estar en la entrevista sí o sí. ¿Te importa que lo pasemos al lunes 4 de mayo, a la misma hora, a las 17:00? Si no puedes dime qué día te va mejor esa semana.

Moltes gràcies per la paciència.

Amparo
""",
))

# S05 - cancellation with the promise of new dates (the role stays open).
MESSAGES.append(spec(
    kind="interview_reschedule_or_cancel", scenario="cancelled_new_dates_to_follow", lang="es",
    company="Grupo Mirador de Mallorca", contact="triera@miradormallorca.example.es",
    sender=("Toni Riera", "triera@miradormallorca.example.es"),
    subject="Cancelación entrevista martes",
    date="2026-06-01 08:14 +0200",
    charset="utf-8", cte="qp",
    text="""Bon dia Mateo,

Tengo que cancelar nuestra entrevista de mañana martes a las 18:00: nos ha entrado una auditoría de la cadena esta semana y no voy a tener ni un minuto.

El puesto sigue abierto y tu candidatura sigue en pie. Te escribo el lunes que viene con dos o tres fechas nuevas para la semana del 8.

Disculpa las molestias.

Toni Riera
Director de Revenue · Grupo Mirador de Mallorca
""",
))

# S06 - temp agency, new time in capitals, client named.
MESSAGES.append(spec(
    kind="interview_reschedule_or_cancel", scenario="ett_cambio_de_hora", lang="es", company="Hotel Marítim Alacant",
    contact="vanesa.m@tempotur.example.es",
    sender=("Vanesa Tempotur", "vanesa.m@tempotur.example.es"),
    subject="CAMBIO DE HORA entrevista mañana!!",
    date="2026-06-09 17:51 +0200",
    charset="windows-1252", cte="8bit",
    text="""Mateo!!

Me acaba de llamar Rafa del Hotel Marítim Alacant: mañana tienen una inspección de Turismo por la mañana, así que LA ENTREVISTA PASA A LAS 17:00 (en vez de las 11:30). Mismo sitio, Explanada de España 9, recepción.

Todo lo demás igual: DNI, CV impreso, camisa.

Confírmame que lo has visto porfa!!!

Vanesa
Tempotur Empleo · 965 00 02 02
""",
))

# S07 - public foundation postpones all interviews because of a weather warning.
MESSAGES.append(spec(
    kind="interview_reschedule_or_cancel", scenario="postponed_weather_alert", lang="es",
    company="Fundació Visit València Costa", contact="seleccio@visitvalenciacosta.example.es",
    sender=("Processos selectius · Visit València Costa", "seleccio@visitvalenciacosta.example.es"),
    subject="Aplazamiento de las entrevistas - Proceso TIT-03/2026",
    date="2026-04-22 14:35 +0200",
    charset="iso-8859-1", cte="qp",
    text="""Estimado/a candidato/a:

Ante el aviso rojo por lluvias intensas decretado para mañana, jueves 23 de abril, y la suspensión de la actividad presencial en las oficinas municipales, le informamos de que las entrevistas personales del proceso TIT-03/2026 quedan aplazadas.

Nueva fecha: martes, 28 de abril de 2026, manteniendo la misma hora y el mismo lugar que se le indicó en la convocatoria.

Si no pudiera asistir en la nueva fecha, le rogamos que nos lo comunique respondiendo a este correo.

Salutacions cordials,

Àrea de Persones
Fundació Visit València Costa
""",
))

# S08 - asks to bring the interview forward.
MESSAGES.append(spec(
    kind="interview_reschedule_or_cancel", scenario="bring_interview_forward", lang="es", company="BCN Rate Partners",
    contact="npuig@bcnrate.example.es",
    sender=("Núria Puig", "npuig@bcnrate.example.es"),
    subject="¿Adelantamos la presentación del caso?",
    date="2026-06-19 13:20 +0200",
    charset="utf-8", cte="8bit",
    text="""Hola Mateo,

Guillem se va de viaje a un cliente de Sevilla el jueves 25, así que nos vendría mejor que presentaras el caso el miércoles 24 a las 17:00 en lugar del jueves a las 16:00. El caso te llega igualmente el lunes a las 9, pero tendrías un día menos para prepararlo: si eso te complica, lo movemos al lunes 29 sin problema.

Dime qué prefieres.

Núria
""",
))

# S09 - Ashby automatic reschedule notice, HTML only, nobody to reply to.
MESSAGES.append(spec(
    kind="interview_reschedule_or_cancel", scenario="ashby_auto_rescheduled", lang="en", company="StayScout", contact="",
    sender=("StayScout Recruiting", "no-reply@ashbyhq.com"),
    subject="Your interview with StayScout has been rescheduled",
    date="2026-06-03 09:41 +0000",
    charset="utf-8", cte="qp",
    html="""<html><body style="font-family:Inter,Arial,sans-serif;font-size:14px;color:#1b1b1f;background:#f7f7f8;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px;">
<table width="520" cellpadding="0" cellspacing="0" style="background:#ffffff;border:1px solid #e6e6ea;border-radius:8px;">
<tr><td style="padding:24px;">
<p style="font-size:18px;font-weight:600;margin:0 0 12px 0;">Your interview has been rescheduled</p>
<p>Hi Mateo,</p>
<p>Your <b>Recruiter Screen</b> for <b>Pricing Analyst (Marketplace)</b> at StayScout has moved.</p>
<table cellpadding="6" style="border-collapse:collapse;width:100%;background:#f7f7f8;">
<tr><td style="color:#777;">Previous time</td><td><s>Thu, Jun 4, 2026 &middot; 10:00 - 10:30 CEST</s></td></tr>
<tr><td style="color:#777;">New time</td><td><b>Fri, Jun 5, 2026 &middot; 15:00 - 15:30 CEST</b></td></tr>
<tr><td style="color:#777;">Where</td><td>Zoom (link in your calendar invite)</td></tr>
</table>
<p style="margin-top:18px;"><a href="https://app.ashbyhq.com/candidate/interview/3f0c9a?utm_source=email" style="background:#5a3fd6;color:#fff;padding:9px 16px;border-radius:6px;text-decoration:none;">View interview details</a></p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#999;border-top:1px solid #eee;">Sent by Ashby on behalf of StayScout. Replies to this address are not monitored.</td></tr>
</table></td></tr></table>
<img src="https://app.ashbyhq.com/email/open/3f0c9a.gif" width="1" height="1" alt="">
</body></html>
""",
))

# S10 - interviewer ill, the interview is off for now, new slots to come.
MESSAGES.append(spec(
    kind="interview_reschedule_or_cancel", scenario="head_of_pricing_ill", lang="en", company="LisboaStay",
    contact="joana.reis@lisboastay.example.pt",
    sender=("Joana Reis", "joana.reis@lisboastay.example.pt"),
    subject="Tomorrow's interview",
    date="2026-07-06 20:12 +0100",
    charset="utf-8", cte="qp",
    text="""Hi Mateo,

I'm so sorry to do this at short notice, but I've come down with a nasty fever and I'm not going to be able to run our interview tomorrow at 10:00. I'd rather postpone than do it half-awake.

I'll be back on Thursday and will send you a couple of new slots for early next week straight away. The process is still very much on.

Apologies again,
Joana

Joana Reis
Head of Pricing · LisboaStay
""",
))

# S11 - one-day move, Outlook "-----Original Message-----" quote.
MESSAGES.append(spec(
    kind="interview_reschedule_or_cancel", scenario="moved_original_message_quote", lang="en", company="Nomadix Travel",
    contact="marc.soler@nomadix.example.com",
    sender=("Marc Soler", "marc.soler@nomadix.example.com"),
    subject="RE: Interview invitation: Revenue Analyst at Nomadix Travel",
    date="2026-07-15 09:03 +0200",
    in_reply_to="<CAJ7mboNmx1conf@mail.example.es>",
    charset="windows-1252", cte="qp",
    text="""Hi Mateo,

Change of plan on our side, sorry: our CEO has called an all-hands tomorrow morning. Could we do Friday 17 July at 11:00 instead? Same Meet link.

Thanks,
Marc

-----Original Message-----
From: Mateo Bianchi-Ørsted <mateo.bo@example.es>
Sent: Monday, July 13, 2026 7:48 PM
To: Marc Soler <marc.soler@nomadix.example.com>
Subject: Re: Interview invitation: Revenue Analyst at Nomadix Travel

Hi Marc,

Thursday 16 July at 11:00 works perfectly. Looking forward to it.

Best regards,
Mateo
""",
))

# S12 - head-hunter passes on the client's new date.
MESSAGES.append(spec(
    kind="interview_reschedule_or_cancel", scenario="headhunter_client_moves_friday", lang="en", company="Atlântico Air",
    contact="oliver.finch@harbourfinch.example.com",
    sender=("Oliver Finch", "oliver.finch@harbourfinch.example.com"),
    subject="Update",
    date="2026-05-14 16:26 +0100",
    charset="utf-8", cte="8bit",
    text="""Mateo,

Atlântico Air have asked to move your interview from Monday 18th to Friday 22 May, same time (14:00 Lisbon / 15:00 Madrid). Sofia has a board meeting on Monday that she can't move.

They'll update the Teams invite. Shout if Friday is a problem.

O.

Oliver Finch
Harbour & Finch Executive Search
""",
))

# S13 - Geneva HR postpones the interview, vous.
MESSAGES.append(spec(
    kind="interview_reschedule_or_cancel", scenario="geneva_report_entretien", lang="fr", company="Hôtel Rive Gauche Genève",
    contact="sophie.deleze@rivegauche-geneve.example.ch",
    sender=("Sophie Délèze", "sophie.deleze@rivegauche-geneve.example.ch"),
    subject="Report de votre entretien du 19 août",
    date="2026-08-17 08:50 +0200",
    charset="iso-8859-1", cte="qp",
    text="""Bonjour Monsieur Bianchi-Ørsted,

En raison d'un empêchement de M. Chappuis, nous sommes contraints de reporter l'entretien prévu le mercredi 19 août à 14h00.

Nous vous proposons à la place le lundi 24 août à 14h00, toujours par Teams, ou le mardi 25 août à 10h00. Nous vous remercions de bien vouloir nous indiquer la solution qui vous convient et vous prions de nous excuser pour ce changement.

Meilleures salutations,

Sophie Délèze
Responsable Ressources Humaines
Hôtel Rive Gauche Genève SA
""",
))

# S14 - start-up founder shifts the call by two days, tutoiement.
MESSAGES.append(spec(
    kind="interview_reschedule_or_cancel", scenario="startup_on_decale", lang="fr", company="Azur Pricing Lab",
    contact="hugo@azurpricing.example.fr",
    sender=("Hugo Lambert", "hugo@azurpricing.example.fr"),
    subject="Re: On se cale un call ?",
    date="2026-09-07 18:30 +0200",
    in_reply_to="<CAJ7mboAzur1ok@mail.example.es>",
    charset="utf-8", cte="8bit",
    text="""Hello Mateo,

Petit changement : Inès est coincée chez un client à Monaco demain, on décale à jeudi 10 même heure (10h) ? Le lien Meet ne change pas.

Désolé pour le contretemps !
Hugo
""",
))

# S15 - calendar CANCEL of the earlier REQUEST (same UID), interviewer ill, new date promised.
MESSAGES.append(spec(
    kind="interview_reschedule_or_cancel", scenario="calendar_cancel_interviewer_ill", lang="de", company="TripWerk",
    contact="lena.vogt@tripwerk.example.de",
    sender=("Lena Vogt", "lena.vogt@tripwerk.example.de"),
    subject="Abgesagt: Kennenlernen Pricing Analyst Mobility – Mateo @ Do 23. Apr. 2026 15:00–15:45",
    date="2026-04-22 10:17 +0200",
    in_reply_to="<tw-int-7731-invite@tripwerk.example.de>",
    charset="utf-8", cte="qp",
    text="""Hi Mateo,

Jan ist leider krank geworden, deshalb muss ich unser Kennenlernen morgen absagen. Wir holen das auf jeden Fall nach – ich schicke dir bis Anfang nächster Woche einen neuen Termin.

Sorry für die Umstände!
Lena
""",
    ics="""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
BEGIN:VEVENT
DTSTART:20260423T130000Z
DTEND:20260423T134500Z
DTSTAMP:20260422T081700Z
ORGANIZER;CN=Lena Vogt:mailto:lena.vogt@tripwerk.example.de
UID:tw-int-7731@tripwerk.example.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=mateo.bo@example.es:mailto:mateo.bo@example.es
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:Kennenlernen Pricing Analyst Mobility – Mateo
END:VEVENT
END:VCALENDAR
""",
))

# ---------------------------------------------------------------- missed_interview_notice

# M01 - "we waited for you at 10:00", usted.
MESSAGES.append(spec(
    kind="missed_interview_notice", scenario="waited_at_reception", lang="es", company="Hoteles Malagueta Sol",
    contact="rgamez@malaguetasol.example.es",
    sender=("Rocío Gámez", "rgamez@malaguetasol.example.es"),
    subject="Entrevista de hoy 10:00",
    date="2026-04-08 11:02 +0200",
    charset="windows-1252", cte="qp",
    text="""Buenos días, Sr. Bianchi:

Le esperábamos hoy a las 10:00 en la recepción del Hotel Malagueta Sol Centro para la entrevista del puesto de Revenue Assistant, según el horario que usted mismo reservó en nuestra plataforma, y no hemos tenido noticias suyas.

Si ha tenido algún imprevisto, le ruego que me lo indique respondiendo a este correo antes del viernes y valoraremos la posibilidad de ofrecerle otro horario.

Atentamente,

Rocío Gámez
Técnica de Selección
Hoteles Malagueta Sol
Paseo de Reding 8, 29016 Málaga
""",
))

# M02 - candidate did not join the video call.
MESSAGES.append(spec(
    kind="missed_interview_notice", scenario="did_not_join_video", lang="es", company="GVH Hoteles",
    contact="irene.soto@gvhhoteles.example.es",
    sender=("Irene Soto", "irene.soto@gvhhoteles.example.es"),
    subject="?",
    date="2026-07-30 16:24 +0200",
    charset="utf-8", cte="qp",
    text="""Hola Mateo,

Pablo y yo estamos conectados al Meet desde las 16:00 y no has entrado. Te hemos esperado hasta ahora por si era un problema de conexión.

¿Ha pasado algo? Si quieres, escríbeme y vemos si lo podemos recolocar mañana o el lunes.

Irene Soto
Revenue Manager · GVH Hoteles
""",
))

# M03 - "we tried to call you".
MESSAGES.append(spec(
    kind="missed_interview_notice", scenario="tried_to_call_you", lang="es", company="Selecta Talent Turismo",
    contact="banglada@selectatalent.example.es",
    sender=("Borja Anglada", "banglada@selectatalent.example.es"),
    subject="Llamada de las 12:00",
    date="2026-03-31 12:21 +0200",
    charset="windows-1252", cte="qp",
    text="""Mateo:

Te he llamado dos veces a las 12:00 y a las 12:10 al número que figura en tu CV (+34 6XX XXX 419) para la entrevista telefónica que teníamos cerrada, pero no has contestado y salta el buzón.

Dime si te viene bien que lo intentemos el jueves a la misma hora o si prefieres otro momento.

Un saludo,

Borja Anglada
Selecta Talent Turismo
T. +34 971 00 00 15
""",
))

# M04 - trial shift not turned up, terse.
MESSAGES.append(spec(
    kind="missed_interview_notice", scenario="trial_shift_no_show", lang="es", company="La malagueta rooms",
    contact="curro@lamalaguetarooms.example.es",
    sender=("Curro", "curro@lamalaguetarooms.example.es"),
    subject="Re: prueba",
    date="2026-07-11 09:40 +0200",
    in_reply_to="<CAJ7mboMal1si@mail.example.es>",
    charset="utf-8", cte="8bit",
    text="""Mateo, anoche no viniste a la prueba y Lidia te estuvo esperando hasta las 12. Tampoco cogías el tlf. Si ha pasado algo dime, si no entiendo que ya no te interesa.

Curro
""",
))

# M05 - temp agency, capitals, the client named.
MESSAGES.append(spec(
    kind="missed_interview_notice", scenario="ett_no_te_presentaste", lang="es", company="Hotel Marítim Alacant",
    contact="vanesa.m@tempotur.example.es",
    sender=("Vanesa Tempotur", "vanesa.m@tempotur.example.es"),
    subject="Qué ha pasado??",
    date="2026-06-10 18:02 +0200",
    charset="windows-1252", cte="qp",
    text="""Mateo, me acaba de llamar Rafa del Hotel Marítim Alacant: NO TE HAS PRESENTADO a la entrevista de las 17:00 y no ha podido localizarte :(

Te he llamado tres veces. Necesito que me digas algo cuanto antes, porque el cliente me pide explicaciones y si fue un malentendido con el cambio de hora intento recolocarte mañana.

Vanesa
Tempotur Empleo · 965 00 02 02
""",
))

# M06 - public consortium: did not appear, justify within 48 h (role mailbox asking for a reply).
MESSAGES.append(spec(
    kind="missed_interview_notice", scenario="public_body_no_comparecio", lang="es",
    company="Consorci Palau de Congressos de València", contact="seleccion@palaucongressos.example.es",
    sender=("Selección Palau de Congressos", "seleccion@palaucongressos.example.es"),
    subject="Incomparecencia a la entrevista - Técnico/a de Eventos y Tarifas",
    date="2026-09-22 13:30 +0200",
    charset="iso-8859-1", cte="qp",
    text="""Sr. Bianchi-Ørsted:

Le comunicamos que no compareció a la entrevista personal a la que fue convocado el día de hoy, 22 de septiembre de 2026, a las 11:00 horas, en el marco del proceso de selección de Técnico/a de Eventos y Tarifas (ref. PC-08/2026).

Dispone de un plazo de 48 horas para justificar documentalmente su ausencia respondiendo a este mismo correo. En caso de que la causa se considere justificada, se le asignará una nueva fecha. Transcurrido dicho plazo sin justificación, decaerá en su derecho a continuar en el proceso.

Atentamente,

Unidad de Selección
Consorci Palau de Congressos de València
Av. de les Corts Valencianes 60, 46015 València
""",
))

# M07 - "we missed you on the call today".
MESSAGES.append(spec(
    kind="missed_interview_notice", scenario="missed_you_on_call", lang="en", company="LisboaStay",
    contact="joana.reis@lisboastay.example.pt",
    sender=("Joana Reis", "joana.reis@lisboastay.example.pt"),
    subject="We missed you today",
    date="2026-07-14 10:31 +0100",
    charset="utf-8", cte="7bit",
    text="""Hi Mateo,

We missed you on the call today - I was in the Google Meet from 10:00 until about 10:20 (Lisbon time). I'm wondering whether the time zone tripped us up, since it would have been 11:00 for you in Valencia.

No worries at all if so. Let me know and I'll find another slot this week.

Joana

Joana Reis
Head of Pricing - LisboaStay
""",
))

# M08 - Taleo: you did not attend the assessment centre.
MESSAGES.append(spec(
    kind="missed_interview_notice", scenario="taleo_did_not_attend", lang="en", company="Skyvela Airlines", contact="",
    sender=("Skyvela Airlines Careers", "skyvela-careers-noreply@taleo.net"),
    to=[("Mateo Bianchi-Orsted", "mateo.bo@example.es")],
    subject="Skyvela Airlines - Assessment Centre 3 June - Non-attendance",
    date="2026-06-04 08:05 +0100",
    charset="iso-8859-1", cte="qp",
    text="""Dear Mateo Bianchi-Orsted,

Application reference: 26-0413

Our records show that you did not attend the Assessment Centre for the Revenue Management Graduate Programme held at the Skyvela Training Academy in Lisbon on Wednesday 3 June 2026.

If you were unable to attend due to exceptional circumstances, please submit a request through the Candidate Portal within 7 days, explaining the reason for your absence. Requests received after this date cannot be considered.

Yours sincerely,

Recruitment Team
Skyvela Airlines

*** This is an automated message. Please do not reply to this e-mail. ***

Skyvela Airlines Ltd. Registered in England No 09876543.
""",
))

# M09 - start-up founder waited on Meet, tutoiement.
MESSAGES.append(spec(
    kind="missed_interview_notice", scenario="startup_waited_on_meet", lang="fr", company="Azur Pricing Lab",
    contact="hugo@azurpricing.example.fr",
    sender=("Hugo Lambert", "hugo@azurpricing.example.fr"),
    subject="On t'a attendu",
    date="2026-09-10 10:26 +0200",
    charset="utf-8", cte="8bit",
    text="""Salut Mateo,

Inès et moi t'avons attendu sur Meet ce matin à 10h, jusqu'à 10h20. Pas de nouvelles de ton côté, j'espère que tout va bien !

Dis-moi si tu veux qu'on se refixe un créneau, sinon pas de souci.

Hugo
""",
))

# M10 - hostel trial shift not turned up, du-form, latin-1.
MESSAGES.append(spec(
    kind="missed_interview_notice", scenario="hostel_probearbeiten_nicht_erschienen", lang="de",
    company="Hauptstadt Hostels", contact="kai@hauptstadt-hostels.example.de",
    sender=("Kai Brenner", "kai@hauptstadt-hostels.example.de"),
    subject="Probearbeiten gestern",
    date="2026-09-09 12:15 +0200",
    charset="iso-8859-1", cte="8bit",
    text="""Hallo Mateo,

Aylin hat gestern Abend ab 22 Uhr an der Rezeption auf dich gewartet, aber du bist nicht zum Probearbeiten gekommen. Telefonisch haben wir dich auch nicht erreicht.

Falls etwas dazwischengekommen ist, melde dich bitte bis Freitag bei mir. Dann schauen wir, ob wir noch einen anderen Termin finden.

Grüße
Kai Brenner
Betriebsleitung Hauptstadt Hostels
Warschauer Str. 70, 10243 Berlin
""",
))
