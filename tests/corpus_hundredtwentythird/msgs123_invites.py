"""Interview invitations, reschedules and cancellations, and missed-interview notices, written one
by one (hundred-and-twenty-third corpus)."""

from __future__ import annotations

from msgs123_common import AUTO, ats_table

QUIPU_UID = "5q1m8v0c3r8s1t4u6w5x2y0zq9@google.com"
TESSELLATE_UID = "040000008200E00074C5B7101A82E00800000000F0A9C1D2E3C5DC01000000000000000010000000TESS2026CSL"

INVITATIONS: list[dict] = [
    # ------------------------------------------------------------------ Spanish
    {
        "kind": "interview_invitation", "scen": "nubeluz_phone_screen_invite", "company": "Nubeluz Software",
        "contact": "fernanda.ibarra@nubeluz.example.mx", "lang": "es",
        "frm": ("Fernanda Ibarra", "fernanda.ibarra@nubeluz.example.mx"),
        "subj": "Customer Success Manager – primera entrevista",
        "date": "2026-02-20 10:05 -0600", "mid": "outlook", "cte": "quoted-printable",
        "text": """Hola Dario, ¿qué tal?

Soy Fernanda, de Talent Acquisition en Nubeluz. Revisamos tu perfil para la
vacante de Customer Success Manager y nos encantaría conocerte.

La primera entrevista dura unos 45 minutos, es conmigo y con Héctor (Team Lead
de CS). Te propongo cualquiera de estos horarios:

 - martes 24 de febrero, 10:00
 - miércoles 25 de febrero, 16:30
 - jueves 26 de febrero, 12:00

Sería en nuestras oficinas de Av. Patria 1891, Zapopan (piso 6). Cuando
llegues, pregunta por mí en recepción.

¿Cuál te acomoda mejor?

Saludos,
Fernanda

Fernanda Ibarra | Talent Acquisition Lead | Nubeluz Software
Av. Patria 1891, Zapopan, Jal. | +52 33 1000 2040
""",
    },
    {
        "kind": "interview_invitation", "scen": "quipu_calendar_request", "company": "Quipu Pagos",
        "contact": "laura.cifuentes@quipupagos.example.co", "lang": "es",
        "frm": ("Laura Cifuentes", "laura.cifuentes@quipupagos.example.co"),
        "subj": "Invitación: Entrevista Support Operations Lead – Dario / Quipu @ jue 12 mar 2026 4pm - 5pm (COT)",
        "date": "2026-03-09 11:20 -0500", "cte": "quoted-printable",
        "text": """Hola Dario, te envío la invitación para la entrevista con Andrés Lozano (Head of Support) y conmigo.

Entrevista Support Operations Lead – Dario / Quipu
Jueves 12 mar 2026 4pm – 5pm (hora de Colombia)

Unirse con Google Meet: https://meet.google.com/qpu-sopl-abc

Invitados
Laura Cifuentes - organizador
Andrés Lozano
dario.mh@example.mx

Ver todos los detalles del evento: https://calendar.google.com/calendar/event?action=VIEW&eid=NXExbTh2MGMzcjhzMXQ0
Invitación de Google Calendar
""",
        "html": """<div style="font-family:Roboto,Arial,sans-serif;font-size:14px;color:#3c4043;">
<p>Hola Dario, te envío la invitación para la entrevista con Andrés Lozano (Head of Support) y conmigo.</p>
<table cellpadding="0" cellspacing="0" style="border:1px solid #dadce0;border-radius:8px;padding:16px;">
<tr><td><h2 style="font-size:18px;font-weight:400;margin:0 0 8px;color:#202124;">Entrevista Support Operations Lead – Dario / Quipu</h2></td></tr>
<tr><td style="padding:4px 0;"><b>Cuándo</b>: jueves 12 mar 2026 4pm – 5pm (hora de Colombia)</td></tr>
<tr><td style="padding:4px 0;"><a href="https://meet.google.com/qpu-sopl-abc" style="background:#1a73e8;color:#fff;padding:8px 16px;border-radius:4px;text-decoration:none;">Unirse con Google Meet</a></td></tr>
<tr><td style="padding:4px 0;"><b>Invitados</b>: Laura Cifuentes (organizador), Andrés Lozano, dario.mh@example.mx</td></tr>
</table>
<p style="font-size:11px;color:#70757a;">Invitación de Google Calendar. Recibes este correo porque eres un invitado en el evento. <a href="https://calendar.google.com/calendar/event?action=VIEW&amp;eid=NXExbTh2MGMzcjhzMXQ0" style="color:#70757a;">Más opciones</a></p>
</div>
""",
        "ics": {"method": "REQUEST", "uid": QUIPU_UID, "sequence": 0, "start": "20260312T210000Z",
                "end": "20260312T220000Z", "stamp": "20260309T162000Z",
                "summary": "Entrevista Support Operations Lead – Dario / Quipu",
                "location": "https://meet.google.com/qpu-sopl-abc",
                "description": "Entrevista con Andrés Lozano (Head of Support) y Laura Cifuentes.",
                "attach_file": "invite.ics"},
    },
    {
        "kind": "interview_invitation", "scen": "televox_evaluacion_caps", "company": "TeleVox Outsourcing",
        "contact": "reclutamiento@televox.example.mx", "lang": "es",
        "frm": ("Reclutamiento TeleVox", "reclutamiento@televox.example.mx"),
        "subj": "CITA PARA ENTREVISTA - SUPERVISOR BILINGÜE",
        "date": "2026-01-26 18:12 -0600", "cte": "8bit",
        "text": """Buenas tardes DARIO MENENDEZ

Por medio del presente te invitamos a ENTREVISTA Y EVALUACIÓN para la vacante de
SUPERVISOR DE OPERACIONES BILINGÜE (INGLÉS 80%).

FECHA: MIÉRCOLES 28 DE ENERO
HORA: 10:00 AM
LUGAR: Av. Constitución 2050 Pte, Col. Obispado, Monterrey N.L. (Torre B, piso 3)

IMPORTANTE!!!
- Presentarte con INE y CV impreso
- Llegar 15 minutos antes
- La evaluación incluye examen de inglés oral y escrito (aprox. 2 horas)

Confirma tu asistencia respondiendo este correo. Si vienes de fuera de
Monterrey avísanos para ver opción de entrevista por videollamada.

Atte.
Brenda Salinas
Reclutamiento y Selección
TeleVox Outsourcing
""",
    },
    {
        "kind": "interview_invitation", "scen": "successfactors_bancolinea_teams", "company": "Bancolínea",
        "contact": "", "lang": "es",
        "frm": ("Bancolínea – Selección", "bancolinea@successfactors.eu"),
        "subj": "Bancolínea – Invitación a entrevista virtual",
        "date": "2026-04-06 09:40 -0500", "mid": "ses", "cte": "quoted-printable",
        "html": ats_table(
            "Bancolínea", "https://career2.successfactors.eu/career/images/bancolinea_logo.png",
            """<p>Apreciado Dario,</p>
<p>Nos complace informarle que su perfil fue preseleccionado para la vacante <b>Líder de Servicio Digital – Canales Remotos</b>. Lo invitamos a una entrevista virtual con el equipo de selección y el líder del área.</p>
<table cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:14px;margin:10px 0;">
<tr><td style="border:1px solid #ddd;background:#f6f6f6;"><b>Fecha</b></td><td style="border:1px solid #ddd;">Martes 14 de abril de 2026</td></tr>
<tr><td style="border:1px solid #ddd;background:#f6f6f6;"><b>Hora</b></td><td style="border:1px solid #ddd;">9:00 a.m. (hora Colombia)</td></tr>
<tr><td style="border:1px solid #ddd;background:#f6f6f6;"><b>Plataforma</b></td><td style="border:1px solid #ddd;">Microsoft Teams – <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_BNCLN2026">unirse a la reunión</a></td></tr>
</table>
<p>Por favor confirme su asistencia en el portal: <a href="https://click.bancolinea.example.co/r/?id=h7a1b2,c9,d3&amp;p=confirmar">Confirmar asistencia</a>.</p>
<p>Cordialmente,<br>Gerencia de Selección y Contratación<br>Bancolínea</p>""",
            """Bancolínea S.A. – Establecimiento bancario vigilado por la Superintendencia Financiera de Colombia.<br>
Este mensaje es generado automáticamente; las respuestas a esta dirección no son revisadas.""",
            accent="#f39200", pixel="https://click.bancolinea.example.co/o/h7a1b2.gif"),
    },
    {
        "kind": "interview_invitation", "scen": "reclutas_mx_client_finanzas_nomada", "company": "Finanzas Nómada",
        "contact": "paty.espinoza@reclutasmx.example.mx", "lang": "es",
        "frm": ("Paty Espinoza | Reclutas MX", "paty.espinoza@reclutasmx.example.mx"),
        "subj": "¡¡Buenas noticias Dario!! 🎉",
        "date": "2026-05-04 12:58 -0600", "mid": "gmail", "cte": "base64",
        "text": """¡¡Hola Dario!!

¡¡Buenísimas noticias!! Le presenté tu perfil a Finanzas Nómada para la vacante
de Customer Success Lead y les ENCANTÓ 😍 Quieren conocerte YA!!

Te propongo entrevista con Rebeca Saldaña (Head of CX) este jueves 7 de mayo a
las 12:00 por Zoom, o el viernes 8 a las 9:30. ¡Dime cuál y te mando liga!

Tips: estudia un poquito su app (es de pagos para freelancers), y lleva
números de tu equipo actual (AHT, CSAT, rotación). ¡¡Tú puedes!!

Saludos y mucho éxito!!!
Paty Espinoza
Reclutas MX · Headhunting Tech & CX
WhatsApp 33 2345 6789
""",
    },
    {
        "kind": "interview_invitation", "scen": "altamira_unnamed_client_scaleup", "company": "Altamira Executive Search",
        "contact": "sofia.villarreal@altamirasearch.example.mx", "lang": "es",
        "frm": ("Sofía Villarreal", "sofia.villarreal@altamirasearch.example.mx"),
        "subj": "Entrevista – Director(a) de Soporte",
        "date": "2026-07-13 08:31 -0600", "mid": "outlook", "cte": "quoted-printable",
        "text": """Estimado Dario:

Como lo comentamos por teléfono, mi cliente —una scale-up SaaS de Monterrey
con operaciones en México y Colombia— quiere avanzar contigo en el proceso
para Director(a) de Soporte. Por confidencialidad todavía no puedo compartir
el nombre; lo conocerás en la segunda etapa.

La entrevista sería conmigo, por videollamada, el miércoles 15 de julio a las
17:00 (hora centro). Duración aproximada: una hora. Revisaremos tu
trayectoria, expectativas económicas y disponibilidad de reubicación.

Te agradeceré confirmar por este medio.

Saludos cordiales,

Sofía Villarreal Garza
Partner | Altamira Executive Search
Av. Ricardo Margáin 444, San Pedro Garza García, N.L.
+52 81 8000 3311
""",
    },
    {
        "kind": "interview_invitation", "scen": "smartrecruiters_conectia_video", "company": "Conectia Comunicaciones",
        "contact": "seleccion@conectia.example.es", "lang": "es",
        "frm": ("Conectia Comunicaciones", "no-reply@smartrecruiters.com"),
        "reply_to": "seleccion@conectia.example.es",
        "subj": "Te invitamos a una videoentrevista – Team Leader Atención Cliente (Barcelona)",
        "date": "2026-07-20 10:15 +0200", "mid": "sendgrid", "cte": "quoted-printable",
        "text": AUTO,
        "html": """<table width="100%" cellpadding="0" cellspacing="0" style="background:#eef1f4;"><tr><td align="center" style="padding:20px;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,sans-serif;font-size:14px;color:#2f2f2f;">
<tr><td style="padding:20px 28px;border-bottom:1px solid #e6e6e6;"><img src="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/conectia.png" alt="Conectia" height="40"></td></tr>
<tr><td style="padding:20px 28px;line-height:1.55;">
<p>Hola Dario,</p>
<p>¡Gracias por tu candidatura a <b>Team Leader Atención Cliente</b>! Nos gustaría conocerte en una videoentrevista de 30 minutos con Jordi Puig, responsable del servicio.</p>
<p><b>Lunes 27 de julio, 17:00 h (hora peninsular)</b><br>Google Meet – el enlace te llegará el día anterior.</p>
<p>Si no puedes en ese horario, responde a este correo y buscamos otra franja.</p>
<p>Un saludo,<br>Equipo de Selección · Conectia Comunicaciones</p>
</td></tr>
<tr><td style="padding:14px 28px;font-size:11px;color:#9a9a9a;background:#fafafa;">Conectia Comunicaciones, S.L. – Avinguda Diagonal 640, 08017 Barcelona. Tus datos se tratan conforme a nuestra <a href="https://conectia.example.es/privacidad" style="color:#9a9a9a;">política de privacidad</a>.</td></tr>
</table>
<img src="https://o.smartrecruiters.com/o/conectia-7731.gif" width="1" height="1" alt="">
</td></tr></table>
""",
    },
    {
        "kind": "interview_invitation", "scen": "ufa_convocatoria_entrevista_formal", "company": "Universidad Francisco de Albornoz",
        "contact": "seleccion.pas@ufa.example.es", "lang": "es",
        "frm": ("Servicio de Selección PAS - UFA", "seleccion.pas@ufa.example.es"),
        "subj": "Convocatoria a entrevista - Plaza 2026/PAS/031",
        "date": "2026-06-01 13:44 +0200", "charset": "iso-8859-1", "cte": "8bit",
        "text": """Estimado Sr. Menéndez-Holt:

En relación con el proceso selectivo para la cobertura de la plaza 2026/PAS/031,
Técnico/a de Coordinación del Centro de Atención al Estudiante, le comunicamos
que ha superado la fase de valoración de méritos y queda convocado a la fase de
entrevista personal.

  Día:   martes, 9 de junio de 2026
  Hora:  11:30 h (hora peninsular)
  Modo:  videoconferencia (Blackboard Collaborate). El enlace se remitirá
         24 horas antes.

Deberá tener a mano su documento de identidad o pasaporte. La no comparecencia
supondrá la exclusión del proceso.

Para cualquier consulta, puede contestar a este mensaje.

Atentamente,

Pilar Echevarría Soto
Jefa del Servicio de Selección de PAS
Universidad Francisco de Albornoz
Campus de Moncloa, Edificio Rectorado, 28040 Madrid
""",
    },
    {
        "kind": "interview_invitation", "scen": "ijac_entrevista_y_conocimientos", "company": "Instituto Jalisciense de Atención Ciudadana",
        "contact": "mquezada@ijac.example.mx", "lang": "es",
        "frm": ("Lic. Mario Quezada", "mquezada@ijac.example.mx"),
        "subj": "Citatorio - entrevista y evaluación de conocimientos",
        "date": "2026-08-04 12:06 -0600", "cte": "quoted-printable",
        "text": """Buen día, C. Dario Menéndez-Holt.

Con relación a su registro en la convocatoria IJAC/SP/05/2026 para la plaza de
Jefe de Departamento de Canales de Atención, le informo que su expediente fue
validado y se le cita a la etapa de evaluación de conocimientos y entrevista.

Fecha: lunes 10 de agosto de 2026
Hora: 09:00 horas
Sede: Instituto Jalisciense de Atención Ciudadana, Av. Alcalde 1351, Guadalajara
Traer: identificación oficial vigente y el comprobante de registro impreso.

El examen dura 90 minutos; la entrevista con el comité se realiza el mismo día.

Sin otro particular, quedo a sus órdenes.

Lic. Mario Quezada Villaseñor
Jefe de Unidad de Desarrollo de Personal
Instituto Jalisciense de Atención Ciudadana
Tel. 33 3030 4500 ext. 1207
""",
    },
    {
        "kind": "interview_invitation", "scen": "tallo_terse_call_tomorrow", "company": "Tallo",
        "contact": "diego.alvarez@tallo.example.com", "lang": "es",
        "frm": ("Diego Álvarez", "diego.alvarez@tallo.example.com"),
        "subj": "Re: Support Ops Manager",
        "date": "2026-02-09 20:13 -0600", "mid": "apple", "cte": "8bit",
        "thread": ["<CA+dmhTallo0902@mail.gmail.com>"],
        "text": """Hola Dario, ¿puedes mañana a las 5 una llamada rápida de 30 min? Te marco a tu cel.

D.

Enviado desde mi iPhone
""",
    },
    {
        "kind": "interview_invitation", "scen": "lever_kuanto_entrevista_tecnica", "company": "Kuanto",
        "contact": "camila.restrepo@kuanto.example.co", "lang": "es",
        "frm": ("Kuanto", "no-reply@hire.lever.co"),
        "reply_to": ("Camila Restrepo", "camila.restrepo@kuanto.example.co"),
        "subj": "Siguiente paso: entrevista con el equipo de Soporte de Kuanto",
        "date": "2026-08-25 16:27 -0500", "mid": "ses", "cte": "quoted-printable",
        "text": """¡Hola, Dario!

Qué bueno contarte que pasaste el primer filtro para Customer Support Manager.
El siguiente paso es una entrevista técnica de 60 minutos con Andrés Peña
(Head of Support) y con Valentina, una de nuestras líderes de turno.

Escoge el espacio que mejor te quede en este enlace:
https://hire.lever.co/interviews/schedule/kuanto-8d1f2a

Vamos a hablar de cómo dimensionas un equipo de soporte, de SLAs y de una
situación real de escalamiento. No necesitas preparar presentación.

Cualquier cosa me escribes, quedo pendiente.

Camila Restrepo
Talent Acquisition · Kuanto
Bogotá
""",
        "html": """<div style="font-family:Arial,sans-serif;font-size:14px;color:#1f1f1f;max-width:580px;">
<p>¡Hola, Dario!</p>
<p>Qué bueno contarte que pasaste el primer filtro para <b>Customer Support Manager</b>. El siguiente paso es una entrevista técnica de 60 minutos con Andrés Peña (Head of Support) y con Valentina, una de nuestras líderes de turno.</p>
<p><a href="https://hire.lever.co/interviews/schedule/kuanto-8d1f2a" style="display:inline-block;background:#6b3df5;color:#fff;padding:10px 18px;border-radius:6px;text-decoration:none;">Escoger horario</a></p>
<p>Vamos a hablar de cómo dimensionas un equipo de soporte, de SLAs y de una situación real de escalamiento. No necesitas preparar presentación.</p>
<p>Cualquier cosa me escribes, quedo pendiente.</p>
<p>Camila Restrepo<br>Talent Acquisition · Kuanto<br>Bogotá</p>
</div>
<img src="https://hire.lever.co/email/o/kuanto-0825.gif" width="1" height="1" alt="">
""",
    },
    {
        "kind": "interview_invitation", "scen": "vertice_new_role_quotes_old_rejection", "company": "Vértice CX",
        "contact": "irene.salas@verticecx.example.es", "lang": "es",
        "frm": ("Irene Salas", "irene.salas@verticecx.example.es"),
        "subj": "Re: Tu candidatura en Vértice CX",
        "date": "2026-04-28 11:03 +0200", "mid": "gmail", "cte": "quoted-printable",
        "thread": ["key:lever_vertice_reply_to_recruiter"],
        "text": """Hola de nuevo, Dario:

Te escribo sobre este mismo hilo porque se nos ha abierto una posición que
creo que te encaja mejor que la anterior: Coordinador/a de Calidad y
Formación, 100 % remoto desde LATAM con solape horario con Madrid.

¿Te vendría bien una entrevista por Teams el lunes 4 de mayo a las 16:00 h
(hora de Madrid, las 8:00 en Guadalajara)? Sería conmigo y con Álvaro, el
responsable de Calidad. Si no, dime dos o tres huecos y lo cuadramos.

Un saludo,
Irene

El mar, 24 feb 2026 a las 15:10, Vértice CX (<no-reply@hire.lever.co>) escribió:
> Hola Dario,
>
> Gracias por tu interés en el puesto de Team Lead – Soporte Multicanal en
> Madrid y por el tiempo que has dedicado al proceso.
>
> Hemos revisado tu candidatura con atención y, en esta ocasión, hemos decidido
> seguir adelante con personas cuyo perfil encaja más con lo que necesitamos
> ahora mismo.
>
> Un saludo,
> Irene Salas
> Talent Acquisition · Vértice CX
""",
    },
    {
        "kind": "interview_invitation", "scen": "ashby_pulpo_self_schedule", "company": "Pulpo Envíos", "contact": "",
        "lang": "es",
        "frm": ("Pulpo Envíos", "no-reply@ashbyhq.com"),
        "subj": "Agenda tu entrevista con Pulpo Envíos",
        "date": "2026-08-12 13:05 -0600", "mid": "sendgrid", "cte": "quoted-printable",
        "html": """<!doctype html><html><body style="margin:0;background:#fff7ed;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px;">
<table width="520" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:10px;font-family:Inter,Arial,sans-serif;font-size:15px;color:#1c1917;">
<tr><td style="padding:24px 28px 0;"><img src="https://app.ashbyhq.com/api/images/org-theme-logo/pulpo.png" alt="Pulpo Envíos 🐙" height="32"></td></tr>
<tr><td style="padding:16px 28px;line-height:23px;">
<p>¡Hola Dario!</p>
<p>Gracias por aplicar a <b>Líder de Soporte a Clientes (CDMX, híbrido)</b>. Nos gustaría platicar contigo en una primera entrevista de 30 minutos con nuestro equipo de People.</p>
<p style="text-align:center;padding:8px 0;"><a href="https://app.ashbyhq.com/interview-scheduling/pulpo/7b2e19c4" style="background:#ea580c;color:#fff;padding:12px 22px;border-radius:8px;text-decoration:none;font-weight:600;">Elegir horario</a></p>
<p>El enlace estará activo durante 5 días. Si ningún horario te funciona, avísanos desde el mismo enlace.</p>
<p>¡Nos vemos pronto!<br>Equipo de People · Pulpo Envíos</p>
</td></tr>
<tr><td style="padding:12px 28px 22px;font-size:11px;color:#a8a29e;">Pulpo Envíos · Av. Insurgentes Sur 1602, CDMX · Powered by <a href="https://www.ashbyhq.com/?utm_source=candidate_email" style="color:#a8a29e;">Ashby</a></td></tr>
</table></td></tr></table>
<img src="https://track.ashbyhq.com/open/pulpo-0812.png" width="1" height="1" alt="">
</body></html>
""",
    },
    {
        "kind": "interview_invitation", "scen": "nexo_bogota_digitacion", "company": "Nexo Global Services",
        "contact": "yuliana.mosquera@nexoglobal.example.co", "lang": "es",
        "frm": ("Yuliana Mosquera", "yuliana.mosquera@nexoglobal.example.co"),
        "subj": "entrevista lunes",
        "date": "2026-09-03 17:49 -0500", "cte": "8bit",
        "text": """Buenas tardes Dario, como le fue?

Le escribo de Nexo Global Services por la hoja de vida que envio para
Supervisor de Campaña Bilingue. Queremos invitarlo a entrevista presencial
el lunes 7 de septiembre a las 8:00 am en la sede de la Calle 26 # 69-76,
Torre 3, piso 2 (Bogota).

Ese dia tambien se hace prueba de digitacion y prueba de ingles, calcule
unas 3 horitas. Traer hoja de vida impresa y fotocopia del pasaporte.

Me confirma por fa si puede asistir.

Cordialmente,

Yuliana Mosquera
Analista de Selección
Nexo Global Services
""",
    },
    # ------------------------------------------------------------------ English
    {
        "kind": "interview_invitation", "scen": "greenhouse_northpeak_availability", "company": "Northpeak Software",
        "contact": "priya.natarajan@northpeak.example.ca", "lang": "en",
        "frm": ("Priya Natarajan via Greenhouse", "no-reply@us.greenhouse-mail.io"),
        "reply_to": ("Priya Natarajan", "priya.natarajan@northpeak.example.ca"),
        "subj": "Northpeak Software - let's find a time to chat",
        "date": "2026-01-28 14:40 -0500", "mid": "sendgrid", "cte": "quoted-printable",
        "text": AUTO,
        "html": """<div style="font-family:Helvetica,Arial,sans-serif;font-size:14px;line-height:20px;color:#222;">
<p>Hi Dario,</p>
<p>Thanks for applying to the <b>Customer Support Team Lead</b> role at Northpeak Software! I'd love to set up a 30-minute phone screen to learn more about your background and tell you about the team.</p>
<p>Please use the link below to share your availability for next week (times are shown in your local time zone):</p>
<p><a href="https://app.greenhouse.io/availability/c3f9a1e2-northpeak/dario" style="color:#24a47f;font-weight:bold;">Submit your availability</a></p>
<p>Looking forward to speaking with you,<br>Priya Natarajan<br>Senior Talent Partner, Northpeak Software</p>
<p style="font-size:11px;color:#999;">Northpeak Software Inc. | 151 Front St W, Toronto, ON</p>
<img src="https://u4321.ct.sendgrid.net/wf/open?upn=np-0128" width="1" height="1" alt="">
</div>
""",
    },
    {
        "kind": "interview_invitation", "scen": "tessellate_calendar_request", "company": "Tessellate",
        "contact": "niamh.gallagher@tessellate.example.ie", "lang": "en",
        "frm": ("Niamh Gallagher", "niamh.gallagher@tessellate.example.ie"),
        "subj": "Interview: Customer Success Lead (LATAM) - Tessellate",
        "date": "2026-04-08 15:32 +0100", "mid": "outlook_eu", "cte": "quoted-printable",
        "text": """Hi Dario,

As discussed, please find the calendar invitation for your interview with
Ronan Byrne (Director of Customer Success) and me.

When: Wednesday 15 April 2026, 14:00-15:00 Irish time (07:00 in Guadalajara -
sorry for the early start!)
Where: Microsoft Teams - link in the invite

We'll talk through a customer escalation scenario, so no slides needed.

Best,
Niamh

Niamh Gallagher | Talent Partner | Tessellate
""",
        "html": """<html><head><meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>
<body lang="EN-IE"><div class="WordSection1">
<p class="MsoNormal">Hi Dario,</p>
<p class="MsoNormal">As discussed, please find the calendar invitation for your interview with Ronan Byrne (Director of Customer Success) and me.</p>
<p class="MsoNormal"><b>When:</b> Wednesday 15 April 2026, 14:00-15:00 Irish time (07:00 in Guadalajara &#8211; sorry for the early start!)<br><b>Where:</b> Microsoft Teams &#8211; link in the invite</p>
<p class="MsoNormal">We&#8217;ll talk through a customer escalation scenario, so no slides needed.</p>
<p class="MsoNormal">Best,<br>Niamh</p>
<p class="MsoNormal"><span style="color:#7f7f7f;font-size:9pt;">Niamh Gallagher | Talent Partner | Tessellate</span></p>
<p class="MsoNormal"><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_TESS2026CSL">Join the meeting now</a></p>
</div></body></html>
""",
        "ics": {"method": "REQUEST", "uid": TESSELLATE_UID, "sequence": 0, "start": "20260415T130000Z",
                "end": "20260415T140000Z", "stamp": "20260408T143200Z",
                "prodid": "Microsoft Exchange Server 2010",
                "summary": "Interview: Customer Success Lead (LATAM) - Tessellate",
                "location": "Microsoft Teams Meeting",
                "description": "Interview with Ronan Byrne and Niamh Gallagher."},
    },
    {
        "kind": "interview_invitation", "scen": "saguaro_recruiter_chat_head_of_support", "company": "Saguaro Cloud",
        "contact": "ashley.moreno@saguarocloud.example.com", "lang": "en",
        "frm": ("Ashley Moreno", "ashley.moreno@saguarocloud.example.com"),
        "subj": "Chat with our Head of Support?",
        "date": "2026-04-14 10:18 -0500", "mid": "gmail",
        "text": """Hey Dario!

Thanks for hopping on the phone with me yesterday - you were super clear about
what you're looking for. Next step is a 45-min video interview with Kendra
Walsh, our Head of Support. She'll dig into how you've run a team across
shifts and how you'd think about our tier 1 / tier 2 split.

Does Monday 4/20 at 11am Central work? I'll send a calendar invite as soon as
you confirm.

Cheers,
Ashley

Ashley Moreno | Technical Recruiter | Saguaro Cloud
Austin, TX
""",
    },
    {
        "kind": "interview_invitation", "scen": "headway_client_pinecrest", "company": "Pinecrest Telecom",
        "contact": "marcus.oyelaran@headwaytalent.example.ca", "lang": "en",
        "frm": ("Marcus Oyelaran", "marcus.oyelaran@headwaytalent.example.ca"),
        "subj": "Pinecrest Telecom - interview request",
        "date": "2026-07-22 12:14 -0400", "mid": "outlook",
        "text": """Hi Dario,

Great news - Pinecrest Telecom reviewed your profile and would like to
interview you for the Manager, Customer Care Operations (Spanish & English)
position in Toronto.

Proposed: Tuesday July 28 at 2:00 pm ET, 60 minutes, video call with
Danielle Fortin (Senior Director, Care) and one of her managers.

Could you confirm by end of day tomorrow? I'll set up a 20-min prep call with
you beforehand.

Best regards,

Marcus Oyelaran
Principal Consultant
Headway Talent Partners | Toronto
416-555-0147
""",
    },
    {
        "kind": "interview_invitation", "scen": "workday_maple_assessment_interview", "company": "Maple Harbour Bank",
        "contact": "", "lang": "en",
        "frm": ("Maple Harbour Bank Careers", "mapleharbour@myworkday.com"),
        "to": "dario.mh@example.mx",
        "subj": "Next steps: Interview for Client Support Operations Lead (JR-118204)",
        "date": "2026-04-02 09:05 -0400", "mid": "ses", "cte": "quoted-printable",
        "html": ats_table(
            "Maple Harbour Bank", "https://mapleharbour.wd3.myworkdayjobs.com/logo/mhb-wordmark.png",
            """<p>Dear Dario,</p>
<p>Congratulations! Based on your application for <b>Client Support Operations Lead</b> (JR-118204), we'd like to invite you to the next stage of our selection process.</p>
<p><b>Step 1 - Online assessment</b> (approx. 40 minutes), to be completed by April 8.<br>
<b>Step 2 - Virtual interview</b> with the hiring manager, Rachel Osei, on April 10 at 10:30 AM ET via Microsoft Teams.</p>
<p><a href="https://click.mapleharbour.example.ca/track?u=aHR0cHM6Ly9hc3Nlc3M&amp;id=118204" style="background:#0a3d62;color:#fff;padding:10px 16px;text-decoration:none;">Start assessment</a></p>
<p>Please sign in to your candidate home to confirm the interview time.</p>
<p>Sincerely,<br>Talent Acquisition<br>Maple Harbour Bank</p>""",
            """This email was sent from an unmonitored mailbox. Please do not reply.<br>
&copy; 2026 Maple Harbour Bank. 100 King St W, Toronto, ON M5X 1A9. <a href="https://mapleharbour.example.ca/privacy" style="color:#8a8a8a;">Privacy</a>""",
            accent="#0a3d62", pixel="https://click.mapleharbour.example.ca/open/118204-inv.gif"),
    },
    {
        "kind": "interview_invitation", "scen": "lemniscate_second_round_outlook", "company": "Lemniscate Systems",
        "contact": "jwu@lemniscate.example.ca", "lang": "en",
        "frm": ("Jonathan Wu", "jwu@lemniscate.example.ca"),
        "subj": "Second round",
        "date": "2026-06-08 10:03 -0400", "mid": "outlook",
        "text": """Dario - great first conversation. We'd like to invite you to a second
interview with the committee. Could you do Thursday 11 June at 1pm ET?

It's 90 minutes: a short queue-prioritization exercise (we'll send it 30 min
before), then conversation with Mei (Director, Support) and Arjun (Product).

Jonathan

Jonathan Wu
Engineering Manager, Support Platform
Lemniscate Systems | 25 Adelaide St E, Toronto
""",
    },
    {
        "kind": "interview_invitation", "scen": "lumio_interview_invite_teams", "company": "Lumio Health",
        "contact": "siobhan.keane@lumiohealth.example.ie", "lang": "en",
        "frm": ("Siobhan Keane", "siobhan.keane@lumiohealth.example.ie"),
        "subj": "Interview invitation - Support Operations Specialist",
        "date": "2026-03-26 12:47 +0000", "mid": "outlook_eu", "cte": "quoted-printable",
        "text": """Hi Dario,

Thank you for your application for the Support Operations Specialist role.
I'm delighted to invite you to interview with Conor Walsh (Head of Support
Operations) and Aoife Brennan (Senior Analyst).

Date: Friday 3 April 2026
Time: 3:00pm - 3:45pm Irish time (9:00am in Guadalajara)
Format: Microsoft Teams - I'll send the link separately

The interview is competency-based and will include a short discussion of a
reporting dashboard you've built. Please let me know if you need any
adjustments.

Kind regards,
Siobhan

Siobhan Keane
People & Talent Coordinator
Lumio Health
Block C, Grand Canal Quay, Dublin 2, D02 XK77
Lumio Health Limited is registered in Ireland No. 612345. Registered office as above.
""",
    },
    # ------------------------------------------------------------------ French
    {
        "kind": "interview_invitation", "scen": "clairvoie_invite_tutoiement", "company": "Clairvoie",
        "contact": "camille.roussel@clairvoie.example.com", "lang": "fr",
        "frm": ("Camille Roussel", "camille.roussel@clairvoie.example.com"),
        "subj": "On se parle ?",
        "date": "2026-05-06 09:58 +0200", "mid": "gmail", "cte": "quoted-printable",
        "text": """Hello Dario,

Ta candidature pour le poste de Support Team Lead à Madrid nous a beaucoup
plu ! On aimerait te rencontrer en visio avec Julien, notre Head of Support.

Est-ce que mercredi 13 mai à 17h (heure de Paris, donc 9h chez toi) te
conviendrait ? Compte environ 45 minutes. Si ce n'est pas possible, dis-moi
tes dispos et on s'adapte.

À très vite,
Camille

--
Camille Roussel – Talent Acquisition Manager
Clairvoie
Clairvoie SAS – 18 rue de Paradis, 75010 Paris – RCS Paris 812 345 678
""",
    },
    {
        "kind": "interview_invitation", "scen": "caisse_horizon_entrevue_quebec", "company": "Caisse Horizon",
        "contact": "genevieve.tremblay@caissehorizon.example.ca", "lang": "fr",
        "frm": ("Geneviève Tremblay", "genevieve.tremblay@caissehorizon.example.ca"),
        "subj": "Invitation à une entrevue – Chef d'équipe, Centre de contact (Toronto)",
        "date": "2026-08-17 14:22 -0400", "charset": "windows-1252", "cte": "quoted-printable",
        "hdr_charset": "windows-1252", "mid": "outlook",
        "text": """Bonjour M. Menéndez-Holt,

À la suite de l’analyse de votre candidature, nous avons le plaisir de vous
convier à une entrevue pour le poste de Chef d’équipe, Centre de contact
(bilingue) à notre bureau de Toronto.

L’entrevue aura lieu le mardi 25 août à 10 h (heure de l’Est), par Teams,
avec Mme Isabelle Roy, directrice Expérience membre, et moi-même. Prévoyez
environ une heure; une partie se déroulera en anglais.

Pourriez-vous me confirmer votre disponibilité d’ici vendredi?

Au plaisir d’échanger avec vous,

Geneviève Tremblay
Conseillère principale, Acquisition de talents
Caisse Horizon
1 800 555-0199, poste 4471
""",
    },
    {
        "kind": "interview_invitation", "scen": "dufresne_entretien_cabinet_client_anonyme", "company": "Cabinet Dufresne Recrutement",
        "contact": "h.dufresne@cabinetdufresne.example.com", "lang": "fr",
        "frm": ("Hélène Dufresne", "h.dufresne@cabinetdufresne.example.com"),
        "subj": "Poste Responsable Expérience Client – Barcelone",
        "date": "2026-06-02 16:40 +0200", "mid": "outlook_eu", "cte": "8bit",
        "text": """Bonjour Monsieur Menéndez-Holt,

Votre profil a retenu mon attention pour un poste de Responsable Expérience
Client que je recrute pour l'un de nos clients, éditeur de logiciels basé à
Barcelone (je vous communiquerai son nom lors de notre échange).

Je vous propose un premier entretien téléphonique de 30 minutes jeudi 4 juin
à 16h (heure de Paris) ou vendredi 5 juin à 10h. Merci de m'indiquer le
créneau qui vous convient ainsi que le numéro auquel vous joindre.

Bien cordialement,

Hélène Dufresne
Associée – Cabinet Dufresne Recrutement
Tél. : +33 1 84 00 00 27
""",
    },
    # ------------------------------------------------------------------ German
    {
        "kind": "interview_invitation", "scen": "personio_plectra_teams_einladung", "company": "Plectra Analytics",
        "contact": "sophie.wagner@plectra.example.de", "lang": "de",
        "frm": ("Plectra Analytics GmbH", "noreply@personio.de"),
        "reply_to": ("Sophie Wagner", "sophie.wagner@plectra.example.de"),
        "subj": "Einladung zum Vorstellungsgespräch",
        "date": "2026-05-20 11:08 +0200", "mid": "ses", "cte": "quoted-printable",
        "text": AUTO,
        "html": """<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222;">
<table width="600" cellpadding="0" cellspacing="0"><tr><td>
<img src="https://plectra-analytics.jobs.personio.de/logo.png" alt="Plectra Analytics" height="30"><br><br>
<p>Sehr geehrter Herr Menéndez-Holt,</p>
<p>vielen Dank für Ihre Bewerbung als <b>Customer Support Team Lead (DACH) – Barcelona</b>. Wir möchten Sie gern näher kennenlernen und laden Sie herzlich zu einem ersten Gespräch per Microsoft Teams ein:</p>
<p><b>Donnerstag, 28. Mai 2026, 15:00–15:45 Uhr (MESZ)</b><br>Gesprächspartnerinnen: Sophie Wagner (Recruiting) und Anja Vogt (Head of Customer Support)</p>
<p>Bitte bestätigen Sie den Termin kurz per Antwort auf diese E-Mail. Einen Teil des Gesprächs würden wir gern auf Deutsch führen.</p>
<p>Mit freundlichen Grüßen<br>Sophie Wagner<br>Talent Acquisition</p>
<p style="font-size:11px;color:#888;">Plectra Analytics GmbH · Rosenthaler Str. 40 · 10178 Berlin · Geschäftsführer: Dr. Lukas Brenner, Mei Tanaka · HRB 201334 B</p>
</td></tr></table>
</body></html>
""",
    },
    {
        "kind": "interview_invitation", "scen": "kontor_zwei_kennenlernen_du", "html": "GMAIL", "company": "Kontor Zwei",
        "contact": "lena@kontorzwei.example.de", "lang": "de",
        "frm": ("Lena Brandt", "lena@kontorzwei.example.de"),
        "subj": "Kennenlernen?",
        "date": "2026-09-08 10:26 +0200", "mid": "gmail", "cte": "quoted-printable",
        "text": """Hi Dario,

ich bin Lena, Head of People bei Kontor Zwei. Deine Bewerbung als Support
Operations Lead für unseren Hub in Barcelona hat uns echt neugierig gemacht.

Hast du Lust auf ein erstes Kennenlernen per Video, ca. 30 Minuten? Ich hätte
Montag, 14.09. um 16 Uhr oder Dienstag, 15.09. um 17 Uhr (jeweils deutscher
Zeit) frei. Sag mir einfach, was dir besser passt, dann schicke ich dir den
Link.

Liebe Grüße aus Hamburg
Lena

--
Lena Brandt · Head of People · Kontor Zwei
Kontor Zwei GmbH · Stresemannstraße 29 · 22769 Hamburg
Geschäftsführer: Jonas Petersen · Amtsgericht Hamburg HRB 161220
""",
    },
]

RESCHEDULES: list[dict] = [
    {
        "kind": "interview_reschedule_or_cancel", "scen": "quipu_calendar_update_sequence1", "company": "Quipu Pagos",
        "contact": "laura.cifuentes@quipupagos.example.co", "lang": "es",
        "frm": ("Laura Cifuentes", "laura.cifuentes@quipupagos.example.co"),
        "subj": "Invitación actualizada: Entrevista Support Operations Lead – Dario / Quipu @ vie 13 mar 2026 10am - 11am (COT)",
        "date": "2026-03-11 08:52 -0500", "cte": "quoted-printable",
        "thread": ["key:quipu_calendar_request"],
        "text": """Hola Dario, a Andrés le salió un viaje mañana así que movimos la entrevista
al viernes a las 10am. ¡Mil disculpas por el cambio! Si no te queda, me cuentas.

Este evento ha sido modificado:
Entrevista Support Operations Lead – Dario / Quipu
Cuándo: antes jueves 12 mar 2026 4pm – 5pm; ahora viernes 13 mar 2026 10am – 11am (hora de Colombia)
Unirse con Google Meet: https://meet.google.com/qpu-sopl-abc

Invitación de Google Calendar
""",
        "html": """<div style="font-family:Roboto,Arial,sans-serif;font-size:14px;color:#3c4043;">
<p>Hola Dario, a Andrés le salió un viaje mañana así que movimos la entrevista al viernes a las 10am. ¡Mil disculpas por el cambio! Si no te queda, me cuentas.</p>
<p style="color:#d93025;font-weight:bold;">Este evento ha sido modificado</p>
<h2 style="font-size:18px;font-weight:400;color:#202124;">Entrevista Support Operations Lead – Dario / Quipu</h2>
<p><b>Cuándo</b>: <span style="text-decoration:line-through;">jueves 12 mar 2026 4pm – 5pm</span> viernes 13 mar 2026 10am – 11am (hora de Colombia)</p>
<p><a href="https://meet.google.com/qpu-sopl-abc">Unirse con Google Meet</a></p>
<p style="font-size:11px;color:#70757a;">Invitación de Google Calendar</p>
</div>
""",
        "ics": {"method": "REQUEST", "uid": QUIPU_UID, "sequence": 1, "start": "20260313T150000Z",
                "end": "20260313T160000Z", "stamp": "20260311T135200Z", "created": "20260309T162000Z",
                "summary": "Entrevista Support Operations Lead – Dario / Quipu",
                "location": "https://meet.google.com/qpu-sopl-abc",
                "description": "Reprogramada: viernes 13 de marzo 10am (COT).",
                "attach_file": "invite.ics"},
    },
    {
        "kind": "interview_reschedule_or_cancel", "scen": "nubeluz_switched_to_meet", "company": "Nubeluz Software",
        "contact": "fernanda.ibarra@nubeluz.example.mx", "lang": "es",
        "frm": ("Fernanda Ibarra", "fernanda.ibarra@nubeluz.example.mx"),
        "subj": "RE: Customer Success Manager – primera entrevista",
        "date": "2026-02-23 17:31 -0600", "mid": "outlook", "cte": "quoted-printable",
        "thread": ["key:nubeluz_phone_screen_invite", "<CA+dmhNubeluz2102@mail.gmail.com>"],
        "text": """Dario, un cambio para mañana: Héctor se quedó en CDMX por un tema con un
cliente, así que la entrevista del martes 24 a las 10:00 la haremos por Google
Meet en lugar de en la oficina. Misma hora. Te dejo la liga:

https://meet.google.com/nbl-cxsm-tue

Gracias por la flexibilidad.
Fernanda

________________________________
De: Dario Menéndez-Holt <dario.mh@example.mx>
Enviado: sábado, 21 de febrero de 2026 08:14
Para: Fernanda Ibarra <fernanda.ibarra@nubeluz.example.mx>
Asunto: Re: Customer Success Manager – primera entrevista

¡Hola Fernanda! Me acomoda el martes 24 a las 10:00. Ahí nos vemos.
Dario
""",
    },
    {
        "kind": "interview_reschedule_or_cancel", "scen": "conectia_entrevistadora_enferma", "company": "Conectia Comunicaciones",
        "contact": "seleccion@conectia.example.es", "lang": "es",
        "frm": ("Selección Conectia", "seleccion@conectia.example.es"),
        "subj": "Cambio en tu videoentrevista del lunes",
        "date": "2026-07-24 13:02 +0200", "mid": "outlook_eu", "cte": "quoted-printable",
        "text": """Hola Dario,

Jordi está de baja por enfermedad esta semana y la que viene, así que no
podremos mantener la videoentrevista del lunes 27 a las 17:00 h.

Te proponemos pasarla al jueves 6 de agosto a la misma hora, con Jordi si ya
está de vuelta o, si no, con Marta Ferrer, coordinadora del turno de tarde.
¿Te va bien? Si no, contesta con otra franja y lo miramos.

Disculpa las molestias.

Un saludo,
Anna Soler
Selección · Conectia Comunicaciones
""",
    },
    {
        "kind": "interview_reschedule_or_cancel", "scen": "televox_cambio_de_sede", "company": "TeleVox Outsourcing",
        "contact": "brenda.salinas@televox.example.mx", "lang": "es",
        "frm": ("Brenda Salinas", "brenda.salinas@televox.example.mx"),
        "subj": "CAMBIO DE SEDE Y HORA - entrevista miercoles",
        "date": "2026-01-27 09:15 -0600", "cte": "8bit",
        "text": """Buen dia Dario

Te aviso que la entrevista de mañana miercoles 28 ya NO sera en Torre B.
Por remodelacion la cambiamos a nuestra sede de Av. Gonzalitos 355 Nte,
Col. Mitras Centro, a las 11:30 am (no a las 10).

Todo lo demas igual, trae INE y CV.

Saludos
Brenda Salinas
TeleVox Outsourcing - Reclutamiento
""",
    },
    {
        "kind": "interview_reschedule_or_cancel", "scen": "bancolinea_pospuesta_sin_fecha", "company": "Bancolínea",
        "contact": "", "lang": "es",
        "frm": ("Bancolínea – Selección", "bancolinea@successfactors.eu"),
        "subj": "Bancolínea – Aplazamiento de su entrevista",
        "date": "2026-04-13 17:20 -0500", "mid": "ses", "cte": "quoted-printable",
        "html": ats_table(
            "Bancolínea", "https://career2.successfactors.eu/career/images/bancolinea_logo.png",
            """<p>Apreciado Dario,</p>
<p>Por motivos de agenda del comité evaluador, la entrevista virtual programada para el <b>martes 14 de abril de 2026 a las 9:00 a.m.</b> para la vacante Líder de Servicio Digital – Canales Remotos queda <b>aplazada</b>.</p>
<p>La vacante continúa abierta y su candidatura sigue activa. En los próximos días recibirá una nueva citación con la fecha y hora definitivas.</p>
<p>Ofrecemos disculpas por los inconvenientes.</p>
<p>Cordialmente,<br>Gerencia de Selección y Contratación<br>Bancolínea</p>""",
            """Bancolínea S.A. – Establecimiento bancario vigilado por la Superintendencia Financiera de Colombia.<br>
Este mensaje es generado automáticamente; las respuestas a esta dirección no son revisadas.""",
            accent="#f39200", pixel="https://click.bancolinea.example.co/o/h7a1b2-apl.gif"),
    },
    {
        "kind": "interview_reschedule_or_cancel", "scen": "reclutas_mx_moved_to_friday", "company": "Finanzas Nómada",
        "contact": "paty.espinoza@reclutasmx.example.mx", "lang": "es",
        "frm": ("Paty Espinoza | Reclutas MX", "paty.espinoza@reclutasmx.example.mx"),
        "subj": "cambio!! entrevista Finanzas Nómada",
        "date": "2026-05-06 19:40 -0600", "mid": "gmail", "cte": "quoted-printable",
        "thread": ["key:reclutas_mx_client_finanzas_nomada", "<CA+dmhPaty0405@mail.gmail.com>"],
        "text": """Dario!! Perdón perdón 🙏 Rebeca tiene junta de consejo mañana jueves, me
pidió mover tu entrevista al VIERNES 8 a las 9:30, misma liga de Zoom:
https://zoom.us/j/84521990331

¿Me confirmas porfa? ¡Gracias!!

Paty

El lun, 4 may 2026 a las 13:10, Dario Menéndez-Holt (<dario.mh@example.mx>) escribió:
> ¡Hola Paty! Muchas gracias. Me queda perfecto el jueves 7 a las 12:00.
> Saludos, Dario
""",
    },
    {
        "kind": "interview_reschedule_or_cancel", "scen": "ufa_modificacion_fecha", "company": "Universidad Francisco de Albornoz",
        "contact": "seleccion.pas@ufa.example.es", "lang": "es",
        "frm": ("Servicio de Selección PAS - UFA", "seleccion.pas@ufa.example.es"),
        "subj": "Modificación de fecha - entrevista plaza 2026/PAS/031",
        "date": "2026-06-04 10:12 +0200", "charset": "iso-8859-1", "cte": "quoted-printable",
        "hdr_charset": "iso-8859-1",
        "thread": ["key:ufa_convocatoria_entrevista_formal"],
        "text": """Estimado Sr. Menéndez-Holt:

Por coincidir con la sesión extraordinaria del Consejo de Gobierno, la
Comisión de Selección ha acordado trasladar las entrevistas de la plaza
2026/PAS/031 previstas para el 9 de junio al jueves 11 de junio de 2026.

Su nueva hora de entrevista es a las 12:15 h (hora peninsular), en la misma
modalidad de videoconferencia.

Le rogamos que confirme la recepción de este mensaje.

Atentamente,

Pilar Echevarría Soto
Jefa del Servicio de Selección de PAS
Universidad Francisco de Albornoz
""",
    },
    {
        "kind": "interview_reschedule_or_cancel", "scen": "tallo_move_to_six_mobile", "company": "Tallo",
        "contact": "diego.alvarez@tallo.example.com", "lang": "es",
        "frm": ("Diego Álvarez", "diego.alvarez@tallo.example.com"),
        "subj": "Re: Support Ops Manager",
        "date": "2026-02-10 15:48 -0600", "mid": "apple", "cte": "8bit",
        "thread": ["<CA+dmhTallo0902@mail.gmail.com>", "key:tallo_terse_call_tomorrow",
                   "<CA+dmhTallo0902b@mail.gmail.com>"],
        "text": """Me surgió algo, ¿lo movemos a las 6:30? Misma dinámica, te marco.

Enviado desde mi iPhone

> El 9 feb 2026, a las 20:40, Dario Menéndez-Holt <dario.mh@example.mx> escribió:
>
> Claro Diego, mañana a las 5 perfecto. Mi cel es 33 1876 0021.
""",
    },
    {
        "kind": "interview_reschedule_or_cancel", "scen": "tessellate_calendar_cancel_sick", "company": "Tessellate",
        "contact": "niamh.gallagher@tessellate.example.ie", "lang": "en",
        "frm": ("Niamh Gallagher", "niamh.gallagher@tessellate.example.ie"),
        "subj": "Canceled: Interview: Customer Success Lead (LATAM) - Tessellate",
        "date": "2026-04-14 17:05 +0100", "mid": "outlook_eu", "cte": "quoted-printable",
        "thread": ["key:tessellate_calendar_request"],
        "text": """Hi Dario,

I'm so sorry - Ronan has come down with a flu and is off for the rest of the
week, so I have to cancel tomorrow's interview. The role is very much still
open and we definitely want to meet you; I'll come back to you on Friday with
new times for next week.

Apologies again for the short notice.

Niamh
""",
        "ics": {"method": "CANCEL", "uid": TESSELLATE_UID, "sequence": 1, "start": "20260415T130000Z",
                "end": "20260415T140000Z", "stamp": "20260414T160500Z", "created": "20260408T143200Z",
                "prodid": "Microsoft Exchange Server 2010",
                "summary": "Canceled: Interview: Customer Success Lead (LATAM) - Tessellate",
                "location": "Microsoft Teams Meeting"},
    },
    {
        "kind": "interview_reschedule_or_cancel", "scen": "calendly_saguaro_rescheduled", "company": "Saguaro Cloud",
        "contact": "", "lang": "en",
        "frm": ("Calendly", "notifications@calendly.com"),
        "subj": "Updated: Dario Menéndez-Holt and Kendra Walsh",
        "date": "2026-04-17 16:02 -0500", "mid": "sendgrid", "cte": "quoted-printable",
        "html": """<html><body style="margin:0;background:#f9fafb;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:30px 10px;">
<table width="560" cellpadding="0" cellspacing="0" style="background:#fff;border:1px solid #e5e7eb;font-family:Arial,sans-serif;font-size:15px;color:#0a2540;">
<tr><td style="padding:24px 30px;">
<p>Hi Dario Menéndez-Holt,</p>
<p><b>Kendra Walsh</b> has rescheduled your event.</p>
<p><b>Event Type:</b><br>Saguaro Cloud – Interview with Head of Support (45 min)</p>
<p><b>Former time:</b><br><span style="text-decoration:line-through;">11:00am - 11:45am (Central Time), Monday, April 20, 2026</span></p>
<p><b>Updated time:</b><br>2:00pm - 2:45pm (Central Time), Tuesday, April 21, 2026</p>
<p><b>Reason:</b><br>"Conflict with our quarterly planning - sorry Dario!"</p>
<p><b>Location:</b><br>Google Meet (details in calendar invite)</p>
<p><a href="https://calendly.com/reschedulings/7c1a9e20-saguaro" style="color:#006bff;">Reschedule</a> &nbsp; <a href="https://calendly.com/cancellations/7c1a9e20-saguaro" style="color:#006bff;">Cancel</a></p>
</td></tr>
<tr><td style="padding:14px 30px;font-size:12px;color:#6b7280;border-top:1px solid #e5e7eb;">Sent from Calendly. <a href="https://calendly.com/email_preferences?t=dmh" style="color:#6b7280;">Notification settings</a></td></tr>
</table></td></tr></table>
<img src="https://u2002.ct.sendgrid.net/wf/open?upn=cal-7c1a9e20" width="1" height="1" alt="">
</body></html>
""",
    },
    {
        "kind": "interview_reschedule_or_cancel", "scen": "lumio_push_one_hour", "company": "Lumio Health",
        "contact": "siobhan.keane@lumiohealth.example.ie", "lang": "en",
        "frm": ("Siobhan Keane", "siobhan.keane@lumiohealth.example.ie"),
        "subj": "RE: Interview invitation - Support Operations Specialist",
        "date": "2026-04-01 09:26 +0100", "mid": "outlook_eu",
        "thread": ["key:lumio_interview_invite_teams", "<CA+dmhLumioacc26@mail.gmail.com>"],
        "text": """Hi Dario,

Small change: Conor has a clash on Friday afternoon, so could we move your
interview one hour later, to 4:00pm - 4:45pm Irish time (10:00am for you)?
Same Teams link, which I've now sent as a calendar invite.

Thanks for your understanding,
Siobhan

From: Dario Menéndez-Holt <dario.mh@example.mx>
Sent: Thursday, March 26, 2026 3:10 PM
To: Siobhan Keane <siobhan.keane@lumiohealth.example.ie>
Subject: Re: Interview invitation - Support Operations Specialist

Hi Siobhan, thank you! Friday 3 April at 3pm Irish time works perfectly.
Dario
""",
    },
    {
        "kind": "interview_reschedule_or_cancel", "scen": "headway_pinecrest_pushed_next_week", "company": "Pinecrest Telecom",
        "contact": "marcus.oyelaran@headwaytalent.example.ca", "lang": "en",
        "frm": ("Marcus Oyelaran", "marcus.oyelaran@headwaytalent.example.ca"),
        "subj": "RE: Pinecrest Telecom - interview request",
        "date": "2026-07-27 08:55 -0400", "mid": "outlook",
        "thread": ["key:headway_client_pinecrest"],
        "text": """Morning Dario,

Danielle's team is dealing with a network outage today and she's asked to
push tomorrow's interview. New slot: Tuesday August 4 at 2:00 pm ET, same
format. Let me know if that doesn't work and I'll go back to them.

Marcus
""",
    },
    {
        "kind": "interview_reschedule_or_cancel", "scen": "caisse_horizon_entrevue_deplacee", "company": "Caisse Horizon",
        "contact": "genevieve.tremblay@caissehorizon.example.ca", "lang": "fr",
        "frm": ("Geneviève Tremblay", "genevieve.tremblay@caissehorizon.example.ca"),
        "subj": "Entrevue du 25 août – changement d'heure",
        "date": "2026-08-21 15:47 -0400", "mid": "outlook", "cte": "quoted-printable",
        "thread": ["key:caisse_horizon_entrevue_quebec"],
        "text": """Bonjour Dario,

Mme Roy doit s'absenter mardi matin; nous devons donc déplacer votre entrevue
à 14 h (heure de l'Est) le même jour, toujours sur Teams. Le nouveau lien
vous sera envoyé par invitation de calendrier.

Merci de votre compréhension et de me confirmer que cet horaire vous convient.

Geneviève Tremblay
Conseillère principale, Acquisition de talents
Caisse Horizon
""",
    },
    {
        "kind": "interview_reschedule_or_cancel", "scen": "plectra_terminverschiebung_sie", "company": "Plectra Analytics",
        "contact": "sophie.wagner@plectra.example.de", "lang": "de",
        "frm": ("Sophie Wagner", "sophie.wagner@plectra.example.de"),
        "subj": "Terminverschiebung: Ihr Gespräch am 28.05.",
        "date": "2026-05-26 14:03 +0200", "charset": "iso-8859-1", "cte": "quoted-printable",
        "mid": "outlook_eu", "thread": ["key:personio_plectra_teams_einladung"],
        "text": """Sehr geehrter Herr Menéndez-Holt,

leider muss Frau Vogt am Donnerstag kurzfristig zu einem Kundentermin nach
Wien reisen. Wir würden unser Gespräch daher gern auf Montag, den 1. Juni,
15:30 Uhr (MESZ) verschieben. Der Teams-Link bleibt derselbe.

Bitte geben Sie mir kurz Bescheid, ob Ihnen der neue Termin passt.

Mit freundlichen Grüßen
Sophie Wagner
Talent Acquisition
Plectra Analytics GmbH
""",
    },
    {
        "kind": "interview_reschedule_or_cancel", "scen": "kontor_zwei_verschieben_du", "company": "Kontor Zwei",
        "contact": "lena@kontorzwei.example.de", "lang": "de",
        "frm": ("Lena Brandt", "lena@kontorzwei.example.de"),
        "subj": "Re: Kennenlernen?",
        "date": "2026-09-13 21:14 +0200", "mid": "gmail", "cte": "quoted-printable",
        "thread": ["key:kontor_zwei_kennenlernen_du", "<CA+dmhKontor0908@mail.gmail.com>"],
        "text": """Hey Dario,

sorry, ich muss unser Gespräch morgen leider absagen – bei uns ist gerade ein
Teammitglied ausgefallen und ich hänge den ganzen Tag in Übergaben. Können wir
auf Donnerstag, 17.09., 16 Uhr ausweichen? Link bleibt gleich.

Danke dir und bis dann!
Lena

Von meinem iPhone gesendet

> Am 08.09.2026 um 18:22 schrieb Dario Menéndez-Holt <dario.mh@example.mx>:
>
> Hallo Lena, Montag 14.09. um 16 Uhr passt mir super. Freue mich!
> Viele Grüße, Dario
""",
    },
]

MISSED: list[dict] = [
    {
        "kind": "missed_interview_notice", "scen": "televox_te_esperamos", "company": "TeleVox Outsourcing",
        "contact": "brenda.salinas@televox.example.mx", "lang": "es",
        "frm": ("Brenda Salinas", "brenda.salinas@televox.example.mx"),
        "subj": "No llegaste a tu entrevista",
        "date": "2026-01-28 13:05 -0600", "cte": "8bit",
        "text": """Hola Dario

Te esperamos hoy a las 11:30 en la sede de Gonzalitos para tu entrevista y
evaluación de inglés pero no llegaste ni nos avisaste.

Si todavía te interesa la vacante de Supervisor Bilingüe contéstame hoy o
mañana y vemos si hay lugar en el grupo del viernes. Si no, damos de baja tu
proceso.

Saludos
Brenda Salinas
TeleVox Outsourcing - Reclutamiento
""",
    },
    {
        "kind": "missed_interview_notice", "scen": "kuanto_no_te_conectaste", "company": "Kuanto",
        "contact": "camila.restrepo@kuanto.example.co", "lang": "es",
        "frm": ("Camila Restrepo", "camila.restrepo@kuanto.example.co"),
        "subj": "¿Todo bien? No te vimos en la entrevista",
        "date": "2026-08-31 10:24 -0500", "mid": "gmail", "cte": "quoted-printable",
        "text": """Hola Dario, ¿cómo vas?

Andrés y Valentina te estuvieron esperando en el Meet de las 9:00 a.m. (hora
Colombia) y no te conectaste. Les escribí por el chat y tampoco pudimos
comunicarnos contigo.

Entiendo que a veces pasan cosas. Si quieres reprogramar, respóndeme y te
mando de nuevo el enlace para escoger horario.

Un abrazo,
Camila Restrepo
Talent Acquisition · Kuanto
""",
    },
    {
        "kind": "missed_interview_notice", "scen": "contacta_intentamos_llamarle", "company": "Contacta BPO",
        "contact": "reclutamiento.cdmx@contactabpo.example.mx", "lang": "es",
        "frm": ("Reclutamiento CDMX - Contacta BPO", "reclutamiento.cdmx@contactabpo.example.mx"),
        "subj": "Entrevista telefónica no realizada",
        "date": "2026-01-14 12:40 -0600", "charset": "windows-1252", "cte": "quoted-printable",
        "hdr_charset": "windows-1252",
        "text": """Estimado Dario Menéndez:

Le informamos que el día de hoy a las 11:00 a.m. intentamos comunicarnos con
usted en dos ocasiones al número registrado en su solicitud (33 1876 0021)
para realizar la entrevista telefónica programada, sin obtener respuesta.

Si sigue interesado en la vacante de Coordinador de Calidad, le pedimos
responder a este correo con su disponibilidad para los próximos tres días
hábiles. De lo contrario, su solicitud quedará cerrada.

Atentamente,
Equipo de Reclutamiento CDMX
Contacta BPO
""",
    },
    {
        "kind": "missed_interview_notice", "scen": "olmeca_turno_de_prueba", "company": "Tiendas Olmeca",
        "contact": "gerencia.andares@tiendasolmeca.example.mx", "lang": "es",
        "frm": ("Gerencia Sucursal Andares", "gerencia.andares@tiendasolmeca.example.mx"),
        "subj": "turno de prueba sábado",
        "date": "2026-02-16 10:11 -0600", "cte": "8bit",
        "text": """Dario buenos dias

Te teniamos agendado el sabado 14 para el turno de prueba como encargado de
atencion a clientes (de 9 a 3) y no te presentaste. Armando te estuvo
esperando en el mostrador de servicio.

Si hubo algun problema avisame por aqui para ver si te puedo dar otro dia.

Saludos
Jorge Navarro
Gerente de Sucursal Andares
Tiendas Olmeca
""",
    },
    {
        "kind": "missed_interview_notice", "scen": "ijac_inasistencia_formal", "company": "Instituto Jalisciense de Atención Ciudadana",
        "contact": "mquezada@ijac.example.mx", "lang": "es",
        "frm": ("Lic. Mario Quezada", "mquezada@ijac.example.mx"),
        "subj": "Constancia de inasistencia - convocatoria IJAC/SP/05/2026",
        "date": "2026-08-10 15:30 -0600", "cte": "quoted-printable",
        "text": """C. Dario Menéndez-Holt
Presente.

Se hace constar que, habiendo sido citado a la etapa de evaluación de
conocimientos y entrevista de la convocatoria IJAC/SP/05/2026 el día de hoy,
10 de agosto de 2026, a las 09:00 horas, usted no se presentó en la sede
indicada.

Conforme a la base séptima de la convocatoria, dispone de un plazo de dos días
hábiles para justificar su inasistencia por escrito a esta dirección de
correo. Transcurrido dicho plazo sin justificación, se tendrá por desistida su
participación.

Atentamente,
Lic. Mario Quezada Villaseñor
Jefe de Unidad de Desarrollo de Personal
Instituto Jalisciense de Atención Ciudadana
""",
    },
    {
        "kind": "missed_interview_notice", "scen": "altavoz_no_te_vimos_dinamica", "company": "Altavoz Telecom",
        "contact": "marta.gil@altavoz.example.es", "lang": "es",
        "frm": ("Marta Gil", "marta.gil@altavoz.example.es"),
        "subj": "Dinámica de grupo de ayer",
        "date": "2026-09-23 09:18 +0200", "mid": "outlook_eu", "cte": "quoted-printable",
        "text": """Hola Dario:

Ayer a las 16:00 h teníamos la dinámica de grupo online para Supervisor/a de
Plataforma de Atención al Cliente y no te vimos en la sesión. Te estuvimos
esperando diez minutos antes de empezar.

¿Ha pasado algo? Si sigues interesado, la semana que viene hacemos otra
sesión y puedo apuntarte. Dime algo antes del viernes.

Un saludo,
Marta Gil
Técnica de Selección · Altavoz Telecom
""",
    },
    {
        "kind": "missed_interview_notice", "scen": "bramble_finch_missed_zoom", "company": "Bramble & Finch",
        "contact": "tom@bramblefinch.example.com", "lang": "en",
        "frm": ("Tom Halvorsen", "tom@bramblefinch.example.com"),
        "subj": "Missed you today",
        "date": "2026-06-18 15:47 -0500", "mid": "gmail",
        "text": """Hi Dario,

We had you down for 2:30pm Central on Zoom today and I waited about fifteen
minutes, but you didn't join. Maybe a time zone mix-up?

If you're still interested in the CS Lead role, reply with a couple of times
that work next week and we'll try again.

Tom Halvorsen
Co-founder & COO, Bramble & Finch
""",
    },
    {
        "kind": "missed_interview_notice", "scen": "workable_canopy_missed_automated", "company": "Canopy CX",
        "contact": "", "lang": "en",
        "frm": ("Canopy CX", "noreply@workablemail.com"),
        "subj": "You missed your scheduled interview with Canopy CX",
        "date": "2026-08-14 11:05 -0500", "mid": "sendgrid", "cte": "quoted-printable",
        "html": """<html><body style="background:#f7f7f7;margin:0;">
<table align="center" width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#333;margin-top:20px;">
<tr><td style="padding:24px;">
<p>Hi Dario,</p>
<p>It looks like you didn't join your video interview for <b>Customer Success Associate - Spanish Speaking</b> scheduled for <b>Aug 14, 2026 at 10:00 AM CDT</b>.</p>
<p>If something came up, you can pick a new time using the button below. The link expires in 48 hours.</p>
<p><a href="https://apply.workable.com/canopy-cx/interviews/reschedule/Zq81" style="background:#00756a;color:#fff;padding:10px 16px;text-decoration:none;border-radius:3px;">Choose a new time</a></p>
<p>Canopy CX Hiring Team</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#aaa;border-top:1px solid #eee;">This is an automated message sent via Workable. Please do not reply.</td></tr>
</table></body></html>
""",
    },
    {
        "kind": "missed_interview_notice", "scen": "boreal_tente_de_vous_joindre", "company": "Logiciels Boréal",
        "contact": "emilie.gagnon@logicielsboreal.example.ca", "lang": "fr",
        "frm": ("Émilie Gagnon", "emilie.gagnon@logicielsboreal.example.ca"),
        "subj": "Entrevue téléphonique de ce matin",
        "date": "2026-09-29 10:12 -0400", "charset": "iso-8859-1", "cte": "quoted-printable",
        "hdr_charset": "iso-8859-1", "mid": "outlook",
        "text": """Bonjour Dario,

Nous avions rendez-vous ce matin à 9 h 30 (heure de l'Est) pour l'entrevue
téléphonique concernant le poste de Conseiller principal, Succès client.
J'ai tenté de vous joindre à deux reprises au numéro indiqué et vous ai laissé
un message vocal, sans succès.

Si vous êtes toujours intéressé, écrivez-moi pour fixer un nouveau moment
cette semaine.

Cordialement,

Émilie Gagnon
Recrutement - Logiciels Boréal
""",
    },
    {
        "kind": "missed_interview_notice", "scen": "wolkenfeld_vergeblich_gewartet", "company": "Wolkenfeld Software",
        "contact": "jana.reuter@wolkenfeld.example.de", "lang": "de",
        "frm": ("Jana Reuter", "jana.reuter@wolkenfeld.example.de"),
        "subj": "Unser Termin heute um 14 Uhr",
        "date": "2026-07-28 14:41 +0200", "mid": "outlook_eu", "cte": "quoted-printable",
        "text": """Hallo Dario,

wir haben heute um 14 Uhr im Teams-Call auf dich gewartet, leider bist du
nicht dazugekommen. Ich habe dir auch noch eine Nachricht geschrieben.

Falls etwas dazwischengekommen ist: kein Problem, sag mir kurz Bescheid und
wir finden einen neuen Termin in den nächsten Tagen.

Viele Grüße
Jana Reuter
Talent Acquisition | Wolkenfeld Software AG
""",
    },
]

MESSAGES: list[dict] = INVITATIONS + RESCHEDULES + MISSED
