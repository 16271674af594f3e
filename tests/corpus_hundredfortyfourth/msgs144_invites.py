"""Interview invitations, reschedules/cancellations and missed-interview notices for the
hundred-forty-fourth corpus, written one by one."""

from __future__ import annotations

from msgs144_common import (
    ats_card,
    button,
    gmail_html,
    mso,
    outlook_html,
    pixel,
    ps,
    to_text,
)

MESSAGES: list[dict] = []

HUASCARAN_UID = "040000008200E00074C5B7101A82E0080000000010C8A1F2B3C4DC01000000000000000010000000A7B3E2F1C9D84E4F8A6B2C1D0E9F8A7B"
SHIELD_UID = "040000008200E00074C5B7101A82E00800000000D2F4E6A8C0B2DC0100000000000000001000000011AA22BB33CC44DD55EE66FF77889900"

# ---------------------------------------------------------------- interview_invitation

# I1 - Chilean mining recruiter, first interview in person, plain text.
MESSAGES.append({
    "id": "I1", "kind": "interview_invitation", "slug": "recruiter_first_interview_cerro_blanco", "lang": "es",
    "company": "Compañía Minera Cerro Blanco", "contact": "catalina.munoz@cerroblanco.example.cl",
    "frm": ("Catalina Muñoz", "catalina.munoz@cerroblanco.example.cl"),
    "subj": "Entrevista - Analista Despacho y Planificación",
    "date": "2026-01-20 11:14:02 -0300", "cs": "iso-8859-1", "cte": "quoted-printable",
    "text": """Hola Rafael, ¿cómo estás?

Revisamos tu postulación al cargo de Analista de Despacho y Planificación para Cerro Blanco
Norte y nos gustaría conocerte.

Te propongo una entrevista el jueves 29 de enero a las 10:00 en nuestras oficinas de
Av. Apoquindo 4499, piso 12 (Las Condes). Estaremos Andrés Pizarro, Superintendente de
Despacho, y yo. Dura más o menos una hora; la primera parte es conversación sobre tu
experiencia en despacho y la segunda un caso corto de asignación de camiones.

¿Me confirmas si te acomoda? Si no, dime dos o tres horarios alternativos esa semana.

Saludos,

Catalina Muñoz Sepúlveda
Business Partner Reclutamiento y Selección
Compañía Minera Cerro Blanco SpA
+56 2 2940 3310
""",
})

# I2 - Ashby scheduling link, start-up, HTML only, no person to answer.
MESSAGES.append({
    "id": "I2", "kind": "interview_invitation", "slug": "ashby_scheduling_link_optimiza", "lang": "es",
    "company": "Optimiza Labs", "contact": "",
    "frm": ("Optimiza Labs", "no-reply@ashbyhq.com"),
    "subj": "Optimiza Labs: agenda tu entrevista técnica",
    "date": "2026-03-16 12:30:55 -0300", "cs": "utf-8", "cte": "quoted-printable",
    "html": """<html><head><meta charset="utf-8"></head><body style="margin:0;background:#f7f7fb;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:28px 12px;">
<table role="presentation" width="520" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:8px;font-family:Inter,Helvetica,Arial,sans-serif;color:#1e1e24;">
<tr><td style="padding:28px 32px 8px;"><img src="https://app.ashbyhq.com/api/images/org-theme-logo/optimiza/logo.png" alt="Optimiza Labs" height="30"></td></tr>
<tr><td style="padding:8px 32px 24px;font-size:15px;line-height:1.6;">
<p>Hola Rafael 👋</p>
<p>¡Buenas noticias! Al equipo de Producto le gustó tu perfil para <b>Optimization Engineer – Despacho Minero</b> y queremos invitarte a una <b>entrevista técnica de 60 minutos</b> por Google Meet con Tomás (Head of Optimization) y Javiera (Ingeniera de Investigación de Operaciones).</p>
<p>Hablaremos de modelos de asignación, de tu experiencia con sistemas de despacho y haremos un pequeño ejercicio en vivo (sin trampas, puedes usar Python o pensar en voz alta).</p>
""" + button("https://app.ashbyhq.com/interview-scheduling/self-schedule/7d1c2e3f-optimiza?utm_source=email", "Elegir horario", "#4f46e5") + """
<p style="font-size:13px;color:#666;">El enlace estará activo durante 5 días. Si ninguno de los horarios te acomoda, avísanos desde el mismo enlace.</p>
</td></tr>
<tr><td style="padding:14px 32px 22px;font-size:11px;color:#9a9aa5;border-top:1px solid #eee;">Optimiza Labs SpA · Av. Providencia 1208, Providencia · Enviado con Ashby · <a href="https://app.ashbyhq.com/candidate-privacy/optimiza" style="color:#9a9aa5;">Privacidad</a></td></tr>
</table></td></tr></table>
""" + pixel("https://app.ashbyhq.com/email/o/3a9d1b.png") + """
</body></html>
""",
})

# I3 - Peruvian miner, Outlook meeting request (text + html + text/calendar REQUEST).
_i3 = [
    "Estimado Rafael:",
    "",
    "Reciba un cordial saludo. Por encargo de la Gerencia de Planeamiento Mina, tengo el agrado de "
    "invitarlo a una entrevista para la posición de Analista de Planeamiento de Corto Plazo – Unidad Minera Huaraz.",
    "",
    "Fecha: martes 14 de abril de 2026",
    "Hora: 10:00 a 11:00 (hora de Lima)",
    "Modalidad: Microsoft Teams (el enlace se encuentra en la invitación adjunta)",
    "Entrevistadores: Ing. Víctor Mamani (Gerente de Planeamiento Mina) y quien suscribe",
    "",
    "Le agradeceré aceptar la invitación o responder este correo para confirmar su asistencia.",
    "",
    "Atentamente,",
    "",
    "Rosa Quispe Huamán",
    "Especialista de Selección – Gestión Humana",
    "Minera Huascarán S.A.A.",
    "Av. Javier Prado Este 4200, Santiago de Surco, Lima",
]
MESSAGES.append({
    "id": "I3", "kind": "interview_invitation", "slug": "calendar_request_huascaran", "lang": "es",
    "company": "Minera Huascarán", "contact": "rquispe@huascaran.example.pe",
    "frm": ("Rosa Quispe Huamán", "rquispe@huascaran.example.pe"),
    "subj": "Invitación: Entrevista - Analista de Planeamiento de Corto Plazo",
    "date": "2026-04-06 09:47:31 -0500", "cs": "utf-8", "cte": "quoted-printable",
    "mid": "<BY5PR04MB6705C2A1E9F84D3B8D2A6E11C9F0@BY5PR04MB6705.namprd04.example.pe>",
    "hdrs": {"X-Mailer": "Microsoft Outlook 16.0", "Thread-Topic": "Entrevista - Analista de Planeamiento de Corto Plazo"},
    "boundary_style": "_000_BY5PR04MB6705",
    "text": "\n".join(_i3) + "\n",
    "html": outlook_html(mso(*_i3), lang="ES-PE"),
    "ics": {"method": "REQUEST", "uid": HUASCARAN_UID, "seq": 0, "stamp": "20260406T144731Z",
             "start": "20260414T150000Z", "end": "20260414T160000Z",
             "summary": "Entrevista - Analista de Planeamiento de Corto Plazo (R. Ortega-Lindström)",
             "location": "Reunión de Microsoft Teams",
             "organizer": ("Rosa Quispe Huamán", "rquispe@huascaran.example.pe"),
             "description": "Unirse a la reunión: https://teams.microsoft.com/l/meetup-join/19%3ameeting_HUASCARAN0414"},
})

# I4 - exclamation-heavy agency, names the client, HTML only.
MESSAGES.append({
    "id": "I4", "kind": "interview_invitation", "slug": "agency_exclamation_loa_verde", "lang": "es",
    "company": "Minera Loa Verde", "contact": "camila.soto@rhnorte.example.cl",
    "frm": ("Camila Soto - RH Norte", "camila.soto@rhnorte.example.cl"),
    "subj": "¡¡FELICITACIONES Rafael!! Pasaste a entrevista con Minera Loa Verde 🎉",
    "date": "2026-05-06 18:02:44 -0400", "cs": "utf-8", "cte": "base64",
    "hb": True,
    "html": """<html><body style="font-family:'Trebuchet MS',Arial,sans-serif;font-size:14px;color:#222;">
<div style="max-width:600px;">
<img src="https://www.rhnorte.example.cl/img/firma-rhnorte.png" alt="RH Norte Consultores" width="180"><br>
<p><b>¡¡Hola Rafael!!</b></p>
<p>¡Qué alegría contarte que <b>Minera Loa Verde</b> quedó MUY contenta con tu perfil y quiere conocerte! 🙌</p>
<p style="background:#fff4d6;padding:10px;border-left:4px solid #f2a900;">
📅 <b>Lunes 11 de mayo, 16:00 hrs</b><br>
📍 Oficinas Minera Loa Verde, Av. Granaderos 2550, Calama (¡lleva tu carnet para la portería!)<br>
👤 Entrevista con Jefe de Planificación Corto Plazo + Superintendente de Operaciones Mina</p>
<p>Porfa confírmame HOY MISMO respondiendo este correo o por WhatsApp al +56 9 6123 4477. ¡Los cupos de entrevista son poquitos!</p>
<p>Tips: repasa tus KPI de utilización de flota y ten ejemplos concretos de mejoras en despacho. ¡¡Tú puedes!! 💪</p>
<p>Un abrazo enorme,<br><b>Camila Soto</b><br>Consultora de Selección · RH Norte Consultores<br>
<a href="https://www.rhnorte.example.cl">www.rhnorte.example.cl</a> · <a href="https://instagram.example.com/rhnorte">Instagram</a> · <a href="https://linkedin.example.com/company/rhnorte">LinkedIn</a></p>
</div></body></html>
""",
})

# I5 - Workable, recruiter in Reply-To, Argentina, vos, multipart/alternative.
_p5 = [
    "Hola Rafael, ¿cómo estás?",
    "Te escribo de Lithium Puna porque nos interesó mucho tu experiencia en despacho de flota y queremos "
    "avanzar con una entrevista para el puesto de <b>Analista de Planificación de Producción (Salar de Olaroz)</b>.",
    "La idea es una videollamada de 45 minutos por Google Meet con Joaquín Sardi, gerente de Planificación, "
    "el <b>miércoles 29 de julio a las 11:00 (hora de Argentina)</b>. Si ese horario no te queda cómodo, "
    "contestame este mail y buscamos otro.",
    'Enlace: <a href="https://meet.google.com/abc-lpun-xyz">meet.google.com/abc-lpun-xyz</a>',
    "¡Nos vemos!<br>Agustina Paz<br>Talent Acquisition · Lithium Puna",
]
MESSAGES.append({
    "id": "I5", "kind": "interview_invitation", "slug": "workable_video_lithium", "lang": "es",
    "company": "Lithium Puna", "contact": "agustina.paz@lithiumpuna.example.ar",
    "frm": ("Agustina Paz at Lithium Puna", "noreply@workablemail.com"),
    "rto": ("Agustina Paz", "agustina.paz@lithiumpuna.example.ar"),
    "subj": "Entrevista para Analista de Planificación de Producción",
    "date": "2026-07-20 15:18:02 -0300", "cs": "utf-8", "cte": "quoted-printable",
    "text": to_text("".join(f"<p>{p}</p>" for p in _p5)) + "\n--\nLithium Puna S.A. · Jujuy · Powered by Workable\n",
    "html": '<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333;">'
         + ps(*_p5, style="margin:0 0 12px;")
         + '<p style="font-size:11px;color:#999;">Lithium Puna S.A. · Jujuy · Powered by <a href="https://workable.com/?utm_source=candidate_email">Workable</a></p>'
         + pixel("https://email.workablemail.com/o/eJw9jlpun") + "</body></html>\n",
})

# I6 - SuccessFactors, employer brand is an acronym, HTML only.
MESSAGES.append({
    "id": "I6", "kind": "interview_invitation", "slug": "successfactors_acronym_brand", "lang": "es",
    "company": "RENOR", "contact": "",
    "frm": ("RENOR Selección", "renor-seleccion@successfactors.eu"),
    "subj": "Convocatoria a entrevista - Técnico/a de Planificación de Red",
    "date": "2026-08-24 10:00:01 +0200", "cs": "utf-8", "cte": "base64",
    "hb": True,
    "html": ats_card(
        logo_url="https://career2.successfactors.eu/renor/logo_renor.png",
        logo_alt="RENOR",
        accent="#009a44",
        body=ps(
            "Estimado/a Rafael Ortega-Lindström:",
            "Nos complace comunicarte que has superado la fase de preselección para la posición de "
            "<b>Técnico/a de Planificación de Red</b> (ref. 2026-PLN-07) en Madrid.",
            "Te convocamos a una entrevista por competencias el <b>miércoles 2 de septiembre de 2026 a las 12:30 h</b>, "
            "en nuestra sede de Calle Serrano 240, 28016 Madrid (planta 3, recepción de Personas).",
            "Por favor, confirma tu asistencia desde el portal del candidato:",
            button("https://career2.successfactors.eu/career?company=renor&amp;career_job_req_id=2026PLN07&amp;confirm=1", "Confirmar asistencia", "#009a44"),
            "Un saludo,<br>Dirección de Personas<br>RENOR",
        ),
        footer="RENOR es la marca comercial de Redes Energéticas del Norte, S.L., CIF B-00000000, "
               "inscrita en el Registro Mercantil de Madrid, Tomo 00000, Folio 00, Hoja M-000000.<br>"
               "Este mensaje se ha enviado desde una dirección que no admite respuestas. "
               "Responsable del tratamiento: Redes Energéticas del Norte, S.L.",
        pixel_url="https://career2.successfactors.eu/email/tracking/open?renor-0824",
    ),
})

# I7 - Madrid bank hiring manager, tú, short, proposes a time.
MESSAGES.append({
    "id": "I7", "kind": "interview_invitation", "slug": "bank_manager_second_round", "lang": "es",
    "company": "Banco Meseta", "contact": "alvaro.gil@bancomeseta.example.es",
    "frm": ("Álvaro Gil Navarro", "alvaro.gil@bancomeseta.example.es"),
    "subj": "Siguiente paso - Analista de Optimización de Red de Oficinas",
    "date": "2026-09-07 17:20:13 +0200", "cs": "utf-8", "cte": "8bit",
    "text": """Hola Rafael:

Me ha pasado Lucía tu feedback de la primera entrevista y nos gustaría seguir. La
siguiente fase sería una conversación conmigo y con Pilar Ortiz (Directora de Red) para
ver más a fondo el modelo de localización de oficinas y cajeros que comentaste.

¿Te viene bien el martes 15 a las 16:00 (hora de Madrid)? Sería por Teams, una hora como
mucho. Si no, dime qué huecos tienes esa semana y lo cuadramos.

Un saludo,

Álvaro Gil Navarro
Responsable de Analítica de Red
Banco Meseta
Paseo de Recoletos 7, 28004 Madrid
""",
})

# I8 - Chilean university committee, role mailbox that asks for a reply to confirm.
MESSAGES.append({
    "id": "I8", "kind": "interview_invitation", "slug": "university_committee_oral", "lang": "es",
    "company": "Universidad Técnica del Norte", "contact": "concursos@utn.example.cl",
    "frm": ("Concursos UTN", "concursos@utn.example.cl"),
    "subj": "Citación a entrevista - Concurso N° 07/2026 Analista de Investigación Operativa",
    "date": "2026-02-23 12:40:00 -0300", "cs": "iso-8859-1", "cte": "quoted-printable",
    "text": """Señor
Rafael Ortega-Lindström
Presente

De nuestra consideración:

La Comisión de Selección del Concurso N° 07/2026 para proveer el cargo de Analista de
Investigación Operativa de la Dirección de Planificación Institucional (Campus
Antofagasta) informa a usted que ha sido preseleccionado para la etapa de entrevista
personal.

  Fecha:  miércoles 4 de marzo de 2026
  Hora:   15:30 horas
  Lugar:  Sala de Consejo, Edificio Central, Av. Angamos 0610, Antofagasta
          (para postulantes fuera de la región se habilitará videoconferencia Zoom)

La entrevista incluye una presentación de 10 minutos sobre un proyecto de optimización
en el que usted haya participado.

Se solicita confirmar su asistencia respondiendo a este correo hasta el viernes 27 de
febrero, indicando si asistirá en forma presencial o remota.

Atentamente,

Comisión de Selección
Dirección de Gestión de Personas
Universidad Técnica del Norte
""",
})

# I9 - Lima bank recruiter, phone interview, windows-1252.
MESSAGES.append({
    "id": "I9", "kind": "interview_invitation", "slug": "phone_interview_bank_lima", "lang": "es",
    "company": "Banco Andino de Crédito", "contact": "lparedes@bac.example.pe",
    "frm": ("Lucía Paredes", "lparedes@bac.example.pe"),
    "subj": "Coordinación entrevista telefónica – Analista de Planeamiento Financiero",
    "date": "2026-05-11 10:08:40 -0500", "cs": "windows-1252", "cte": "8bit",
    "text": """Buenos días, Rafael:

Soy Lucía Paredes, del equipo de Gestión del Talento del Banco Andino de Crédito. Gracias
por postular a la posición de Analista de Planeamiento Financiero.

Quisiéramos coordinar una entrevista telefónica inicial de unos 30 minutos. Te propongo el
miércoles 13 de mayo a las 11:00 a.m. (hora de Perú, 12:00 en Chile). Te llamaré al número
que registraste en tu postulación: +56 9 5555 0134.

Por favor confírmame si el horario te conviene.

Saludos cordiales,

Lucía Paredes Chávez
Analista de Gestión del Talento
Banco Andino de Crédito
Av. República de Panamá 3055, San Isidro – Lima
""",
})

# I10 - assessment centre with a PDF of instructions (multipart/mixed), role mailbox signed by a person.
MESSAGES.append({
    "id": "I10", "kind": "interview_invitation", "slug": "assessment_center_pdf_hispania", "lang": "es",
    "company": "Transportes Hispania Cargo", "contact": "rrhh@hispaniacargo.example.es",
    "frm": ("RRHH Hispania Cargo", "rrhh@hispaniacargo.example.es"),
    "subj": "Convocatoria Assessment Center - Planificador/a de Tráfico (Madrid - Coslada)",
    "date": "2026-02-25 13:15:27 +0100", "cs": "utf-8", "cte": "quoted-printable",
    "text": """Hola Rafael,

Enhorabuena: has pasado la fase de preselección para el puesto de Planificador/a de
Tráfico en nuestra plataforma de Coslada.

Te convocamos al Assessment Center del próximo jueves 5 de marzo, de 9:30 a 13:30, en
nuestras instalaciones (Av. de la Industria 18, Coslada). Habrá una dinámica de grupo,
un caso práctico de planificación de rutas y una entrevista individual con el Jefe de
Tráfico.

En el PDF adjunto tienes las instrucciones, cómo llegar y qué traer (DNI/NIE o pasaporte y
un portátil si puedes). Si vienes desde fuera de España, podemos hacer la parte
individual por videollamada: dínoslo respondiendo a este correo.

Confírmanos tu asistencia antes del lunes, por favor.

Un saludo,

Marta Lozano
Técnica de Selección
Transportes Hispania Cargo, S.A.
Tel. 91 000 45 67
""",
    "att": [{"name": "Instrucciones_Assessment_Center_Coslada.pdf", "title": "Assessment Center - Planificador/a de Trafico",
              "lines": ["Fecha: jueves 5 de marzo de 2026, 9:30 - 13:30", "Lugar: Av. de la Industria 18, Coslada (Madrid)",
                     "Programa: dinamica de grupo, caso practico, entrevista individual",
                     "Traer: documento de identidad, portatil (opcional)", "Transportes Hispania Cargo, S.A. - Recursos Humanos"]}],
})

# I11 - start-up founder on his phone, very casual, no accents, subject "cafe?".
MESSAGES.append({
    "id": "I11", "kind": "interview_invitation", "slug": "founder_cafe_mobile", "lang": "es",
    "company": "DespachoIA", "contact": "diego@despachoia.example.cl",
    "frm": ("Diego Fuentes", "diego@despachoia.example.cl"),
    "subj": "cafe?",
    "date": "2026-01-15 22:41:09 -0300", "cs": "utf-8", "cte": "8bit",
    "text": """Hola Rafa! vi tu postulacion para analista de despacho optimizado, te tinca juntarnos
el viernes 16 a las 9 en el Starbucks de Apoquindo con El Golf? una conversa tranqui de
una hora, te cuento lo que estamos armando y me cuentas de tu experiencia en la mina

avisame si te sirve

Diego Fuentes – CEO, DespachoIA

Enviado desde mi iPhone
""",
})

# I12 - Argentine consultancy, vos, Gmail quote of the candidate's application.
MESSAGES.append({
    "id": "I12", "kind": "interview_invitation", "slug": "consultora_partners_vos_gmail", "lang": "es",
    "company": "Mendoza & Ferraro Consultores", "contact": "lucia.ferraro@mendozaferraro.example.ar",
    "frm": ("Lucía Ferraro", "lucia.ferraro@mendozaferraro.example.ar"),
    "subj": "Re: Postulación Consultor/a Supply Chain - Rafael Ortega",
    "date": "2026-06-29 12:33:18 -0300", "cs": "utf-8", "cte": "quoted-printable",
    "irt": "<CAK7Q2xMF=postulacion-0622@mail.example.cl>",
    "text": """Hola Rafael,

Gracias por escribirnos. Leímos tu CV con Santiago (mi socio) y nos encantaría conocerte.
¿Podés el jueves 2 de julio a las 17 hs (Argentina) por Zoom? Sería una charla de una hora
con los dos, sobre tu experiencia y sobre un par de proyectos de ruteo que tenemos con
clientes de consumo masivo.

Si no podés el jueves, pasame dos opciones y lo acomodamos.

Abrazo,
Lucía

--
Lucía Ferraro
Socia | Mendoza & Ferraro Consultores
Av. Córdoba 1345, piso 6 – CABA
www.mendozaferraro.example.ar

El lun, 22 jun 2026 a las 9:05, Rafael Ortega-Lindström (<rafael.ol@example.cl>) escribió:
> Estimada Lucía:
>
> Les escribo por la búsqueda de Consultor/a Supply Chain publicada en LinkedIn. Trabajo
> hace seis años como despachador de camiones en una minera en Chile y estoy terminando un
> diplomado en investigación de operaciones. Adjunto mi CV.
>
> En mi último proceso en Buenos Aires me rechazaron por la relocalización, así que
> quería aclarar desde el principio que puedo trabajar en remoto.
>
> Quedo atento,
> Rafael Ortega-Lindström
""",
})

# I13 - job platform relays the employer's invitation; no person to answer.
MESSAGES.append({
    "id": "I13", "kind": "interview_invitation", "slug": "platform_relays_invitation", "lang": "es",
    "company": "Servicios Mineros Atacama", "contact": "",
    "frm": ("EmpleoMinero", "notificaciones@empleominero.example.cl"),
    "subj": "Servicios Mineros Atacama te invitó a una entrevista",
    "date": "2026-02-12 09:12:55 -0300", "cs": "utf-8", "cte": "quoted-printable",
    "html": """<html><body style="margin:0;background:#eef1f4;font-family:Arial,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;">
<tr><td style="background:#f58220;padding:14px 24px;"><img src="https://www.empleominero.example.cl/img/logo-blanco.png" alt="EmpleoMinero.cl" height="30"></td></tr>
<tr><td style="padding:24px;font-size:14px;color:#333;line-height:1.5;">
<p>Hola Rafael,</p>
<p>La empresa <b>Servicios Mineros Atacama</b> revisó tu postulación al aviso <b>"Planificador de Mantención y Despacho – Copiapó"</b> y te invitó a una entrevista:</p>
<table cellpadding="6" style="background:#f7f7f7;font-size:13px;margin:8px 0 16px;">
<tr><td><b>Fecha</b></td><td>martes 17 de febrero de 2026</td></tr>
<tr><td><b>Hora</b></td><td>11:30</td></tr>
<tr><td><b>Modalidad</b></td><td>Videollamada (el enlace se enviará el día anterior)</td></tr>
</table>
<p><a href="https://www.empleominero.example.cl/r/c?u=entrevista-4471&amp;a=aceptar" style="background:#f58220;color:#fff;padding:10px 18px;text-decoration:none;border-radius:3px;">Aceptar entrevista</a>
&nbsp; <a href="https://www.empleominero.example.cl/r/c?u=entrevista-4471&amp;a=reprogramar" style="color:#f58220;">Proponer otro horario</a></p>
<p style="font-size:12px;color:#777;">Responde desde EmpleoMinero: los mensajes a esta dirección no son leídos.</p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#999;background:#fafafa;">EmpleoMinero SpA · Santiago, Chile · <a href="https://www.empleominero.example.cl/cuenta/notificaciones" style="color:#999;">Configurar notificaciones</a> · <a href="https://www.empleominero.example.cl/baja?e=rafael.ol%40example.cl" style="color:#999;">Darse de baja</a></td></tr>
</table></td></tr></table>
<img src="https://www.empleominero.example.cl/r/o/4471.gif" width="1" height="1" alt="">
</body></html>
""",
})

# I14 - Peruvian university, usted, plain.
MESSAGES.append({
    "id": "I14", "kind": "interview_invitation", "slug": "university_lima_usted", "lang": "es",
    "company": "Universidad de Ingeniería del Pacífico", "contact": "cvillanueva@uip.example.pe",
    "frm": ("Carmen Villanueva", "cvillanueva@uip.example.pe"),
    "subj": "Entrevista personal - Analista de Investigación (Centro de Logística)",
    "date": "2026-09-14 16:25:00 -0500", "cs": "utf-8", "cte": "quoted-printable",
    "cc": [("Oficina de Talento Humano", "talento@uip.example.pe")],
    "text": """Estimado señor Ortega-Lindström:

En mi calidad de directora del Centro de Logística y Cadena de Suministro, me es grato
invitarle a una entrevista personal en el marco de la convocatoria para Analista de
Investigación.

La entrevista se realizará el viernes 25 de septiembre a las 9:00 horas (hora de Lima)
en el pabellón B, oficina 304, de nuestro campus de Barranco. Si no le fuera posible
viajar, podemos realizarla por Zoom.

Le ruego confirmarme su disponibilidad a la brevedad.

Atentamente,

Dra. Carmen Villanueva Rojas
Directora, Centro de Logística y Cadena de Suministro
Universidad de Ingeniería del Pacífico
Jr. Medrano Silva 165, Barranco – Lima
""",
})

# I15 - Toronto miner, Outlook meeting request in English with text/calendar.
_i15 = [
    "Hi Rafael,",
    "",
    "Thanks for your time on the phone last week. I'm pleased to invite you to a panel interview for the "
    "Mine Operations Planning Analyst role.",
    "",
    "When: Wednesday, September 2, 2026, 10:00-11:15 AM (Eastern Time)",
    "Where: Microsoft Teams (link in the calendar invite)",
    "Panel: Greg Holloway (Director, Mine Planning), Aisha Rahman (Senior Analyst) and myself",
    "",
    "Please accept the invite so it lands in your calendar. Let me know if you need any accommodation.",
    "",
    "Best regards,",
    "Megan O'Connor",
    "Talent Acquisition Partner | Northern Shield Mining",
    "200 Bay Street, Suite 3100, Toronto, ON M5J 2J2",
]
MESSAGES.append({
    "id": "I15", "kind": "interview_invitation", "slug": "calendar_request_toronto_panel", "lang": "en",
    "company": "Northern Shield Mining", "contact": "moconnor@northernshield.example.ca",
    "frm": ("Megan O'Connor", "moconnor@northernshield.example.ca"),
    "subj": "Interview: Mine Operations Planning Analyst - Panel",
    "date": "2026-08-26 14:05:12 -0400", "cs": "utf-8", "cte": "quoted-printable",
    "mid": "<YT3PR01MB9876A1B2C3D4E5F60718293A4B5C@YT3PR01MB9876.CANPRD01.example.ca>",
    "hdrs": {"X-Mailer": "Microsoft Outlook 16.0"},
    "boundary_style": "_000_YT3PR01MB9876",
    "text": "\n".join(_i15) + "\n",
    "html": outlook_html(mso(*_i15), lang="EN-CA"),
    "ics": {"method": "REQUEST", "uid": SHIELD_UID, "seq": 0, "stamp": "20260826T180512Z",
             "start": "20260902T140000Z", "end": "20260902T151500Z",
             "summary": "Interview: Mine Operations Planning Analyst - Panel",
             "location": "Microsoft Teams Meeting",
             "organizer": ("Megan O'Connor", "moconnor@northernshield.example.ca"),
             "description": "Join on your computer: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NSM0902"},
})

# I16 - SmartRecruiters self-scheduling, Perth, HTML only.
MESSAGES.append({
    "id": "I16", "kind": "interview_invitation", "slug": "smartrecruiters_select_slot", "lang": "en",
    "company": "Pilbara Ore Haulage", "contact": "",
    "frm": ("Pilbara Ore Haulage", "noreply@smartrecruiters.com"),
    "subj": "Action required: choose your interview time - Haulage Planning Analyst",
    "date": "2026-02-17 13:40:09 +0800", "cs": "utf-8", "cte": "quoted-printable",
    "auto_text": True,
    "html": """<html><body style="background:#f3f3f3;margin:0;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:'Open Sans',Arial,sans-serif;font-size:14px;color:#333;">
<tr><td style="padding:20px 30px;border-bottom:1px solid #eee;"><img src="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/poh_logo.png" alt="Pilbara Ore Haulage" height="42"></td></tr>
<tr><td style="padding:24px 30px;line-height:1.6;">
<p>G'day Rafael,</p>
<p>Thanks for applying for the <b>Haulage Planning Analyst</b> role. We'd like to invite you to a 45-minute video interview with our Planning Superintendent.</p>
<p>Please pick a time that suits you (times are shown in AWST, Perth):</p>
<p><a href="https://jobs.smartrecruiters.com/PilbaraOreHaulage/interview-scheduler/93b1c7e0?utm_campaign=invite" style="background:#0a7bc1;color:#fff;padding:10px 20px;text-decoration:none;border-radius:3px;">Schedule my interview</a></p>
<p>If none of the times work, reply through the scheduler and our team will be in touch.</p>
<p>Regards,<br>Recruitment Team<br>Pilbara Ore Haulage</p>
</td></tr>
<tr><td style="padding:14px 30px;font-size:11px;color:#999;background:#fafafa;">Pilbara Ore Haulage Pty Ltd · 88 Great Eastern Hwy, Rivervale WA 6103<br>This email was sent via SmartRecruiters. <a href="https://jobs.smartrecruiters.com/unsubscribe?token=poh-91" style="color:#999;">Unsubscribe</a></td></tr>
</table></td></tr></table>
<img src="https://t.smartrecruiters.com/o/poh-91.gif" width="1" height="1" alt="">
</body></html>
""",
})

# I17 - Toronto start-up recruiter writes herself, onsite invitation.
_p17 = [
    "Hi Rafael,",
    "Great news - the hiring team would love to have you in for the final onsite for Operations Research Analyst!",
    "<b>Date:</b> Thursday, June 4<br><b>Time:</b> 1:00-4:30 PM ET<br><b>Where:</b> 100 King St W, Suite 5600 (ask for Cadence at the 56th floor reception)",
    "The afternoon has three parts: a fleet-dispatch case study with Daniel (Head of Optimization), a pairing "
    "session in Python, and a values chat with our COO. Snacks included.",
    "Could you confirm by Friday? If travelling from Santiago is an issue we can look at alternatives.",
    "Cheers,<br>Priya Nair<br>Talent Partner | Cadence OR Solutions",
]
MESSAGES.append({
    "id": "I17", "kind": "interview_invitation", "slug": "onsite_final_toronto", "lang": "en",
    "company": "Cadence OR Solutions", "contact": "priya.nair@cadenceor.example.ca",
    "frm": ("Priya Nair", "priya.nair@cadenceor.example.ca"),
    "subj": "Onsite interview - Operations Research Analyst",
    "date": "2026-05-20 11:02:37 -0400", "cs": "utf-8", "cte": "quoted-printable",
    "text": to_text("".join(f"<p>{p}</p>" for p in _p17)),
    "html": gmail_html("".join(f"<div>{p}</div><div><br></div>" for p in _p17)),
})

# I18 - Perth agency, client deliberately not named.
MESSAGES.append({
    "id": "I18", "kind": "interview_invitation", "slug": "agency_unnamed_client_perth", "lang": "en",
    "company": "Ironbark Recruitment", "contact": "kylie.dawson@ironbarkrec.example.com.au",
    "frm": ("Kylie Dawson", "kylie.dawson@ironbarkrec.example.com.au"),
    "subj": "Interview - confidential Tier 1 miner - Planning Analyst",
    "date": "2026-05-19 09:22:51 +0800", "cs": "us-ascii", "cte": "7bit",
    "text": """Hi Rafael,

Good news! My client - a Tier 1 iron ore producer I can't name just yet (confidential
search) - would like to interview you for the Planning Analyst (Short Term Schedule)
role in their Perth head office.

First round is a 45 min Teams interview with the Superintendent of Mine Planning:
Tuesday 26 May, 4:00pm AWST (that's 4:00am in Santiago, sorry! if that's rough I can ask
for 8:00am AWST on Wednesday instead, which would be 8pm Tuesday your time).

Can you let me know today which one works? I'll send the Teams link once confirmed.

Thanks,
Kylie

Kylie Dawson | Senior Consultant - Mining & Resources
Ironbark Recruitment | Level 4, 16 Milligan Street, Perth WA 6000
M +61 412 000 318
""",
})

# I19 - NGO in Toronto, plain, polite.
MESSAGES.append({
    "id": "I19", "kind": "interview_invitation", "slug": "ngo_zoom_toronto", "lang": "en",
    "company": "Mining Transparency Network", "contact": "grace.owusu@mtn.example.com",
    "frm": ("Grace Owusu", "grace.owusu@mtn.example.com"),
    "subj": "Interview invitation - Data & Planning Analyst",
    "date": "2026-07-07 10:45:00 -0400", "cs": "utf-8", "cte": "quoted-printable",
    "text": """Dear Rafael,

Thank you for your application to the Data & Planning Analyst position at the Mining
Transparency Network. The hiring panel would like to invite you to a first-round
interview on Zoom:

  Tuesday, July 14, 2026 - 10:00 to 10:45 a.m. (Toronto time)
  https://zoom.example.com/j/88123456789?pwd=MTN2026

The panel will be Elena Petrova (Programme Director) and me. We will ask about your
experience with production data from mine sites and how you would approach our
supply-chain traceability dashboards. No preparation is needed beyond your CV.

Kindly confirm by replying to this email.

Warm regards,

Grace Owusu
Operations Manager
Mining Transparency Network - a registered Canadian charity
Toronto, Ontario
""",
})

# I20 - "Re: your application", Gmail chain; the quoted chain contains "Unfortunately".
MESSAGES.append({
    "id": "I20", "kind": "interview_invitation", "slug": "reply_your_application_gmail_chain", "lang": "en",
    "company": "Swan River Logistics", "contact": "tom.becker@swanriverlogistics.example.com.au",
    "frm": ("Tom Becker", "tom.becker@swanriverlogistics.example.com.au"),
    "subj": "Re: your application",
    "date": "2026-03-10 09:41:27 +0800", "cs": "utf-8", "cte": "quoted-printable",
    "irt": "<CAK7Q2xSR=application-0306@mail.example.cl>",
    "text": """Hi Rafael,

Yep, the Network Planning Analyst role is the one that's still open. Would you be free
Thursday 12 March at 2pm AWST for a 30 min video call? I'd bring in our ops manager,
Sharon, for the second half. Teams or Zoom, whatever you prefer.

Tom

Tom Becker
Head of Network Planning
Swan River Logistics
Kewdale WA

On Fri, 6 Mar 2026 at 21:10, Rafael Ortega-Lindström <rafael.ol@example.cl> wrote:
> Hi Tom,
>
> Thanks for your reply. I saw on JobsWest that you also advertised a Network Planning
> Analyst role - I applied there as well. Is that still open?
>
> Rafael
>
> On Thu, 5 Mar 2026 at 16:02, Tom Becker <tom.becker@swanriverlogistics.example.com.au> wrote:
>> Hi Rafael, thanks for reaching out. Unfortunately the Fleet Controller position you
>> emailed about was filled last month, so we won't be progressing that one.
>>
>> Tom
""",
})

# I21 - Quebec hydro utility, French, vous, windows-1252.
MESSAGES.append({
    "id": "I21", "kind": "interview_invitation", "slug": "fr_entrevue_hydro", "lang": "fr",
    "company": "Hydro-Nordique", "contact": "jtremblay@hydronordique.example.ca",
    "frm": ("Julie Tremblay", "jtremblay@hydronordique.example.ca"),
    "subj": "Invitation à une entrevue – Analyste en planification des opérations",
    "date": "2026-06-01 13:27:45 -0400", "cs": "windows-1252", "cte": "quoted-printable",
    "text": """Bonjour M. Ortega-Lindström,

Votre candidature au poste d'analyste en planification des opérations (bureau de Toronto)
a retenu notre attention et nous aimerions vous rencontrer en entrevue.

Nous vous proposons le mardi 9 juin à 13 h 30 (heure de l'Est), sur Teams, pour une durée
d'environ une heure. Vous rencontrerez M. François Bélanger, chef Planification du
réseau, ainsi que moi-même.

Merci de me confirmer votre disponibilité en répondant à ce courriel. Si le moment ne
vous convient pas, n'hésitez pas à me proposer d'autres plages horaires.

Au plaisir d'échanger avec vous,

Julie Tremblay, CRHA
Conseillère principale – Acquisition de talents
Hydro-Nordique
T. 416 555-0147
""",
})

# I22 - Quebec cooperative, tutoiement, casual.
MESSAGES.append({
    "id": "I22", "kind": "interview_invitation", "slug": "fr_coop_tutoiement", "lang": "fr",
    "company": "Coopérative de transport Laurentides", "contact": "ma.gagnon@coop-laurentides.example.ca",
    "frm": ("Marc-André Gagnon", "ma.gagnon@coop-laurentides.example.ca"),
    "subj": "Ta candidature - répartiteur-planificateur",
    "date": "2026-04-20 08:12:30 -0400", "cs": "utf-8", "cte": "8bit",
    "text": """Salut Rafael,

Merci pour ta candidature! Ton expérience de répartition de camions dans les mines,
c'est exactement ce qu'on cherche pour notre poste de répartiteur-planificateur (on
ouvre un bureau à Toronto pour les clients ontariens).

Est-ce que t'aurais 30 minutes jeudi prochain (23 avril) vers 15 h pour un appel vidéo?
Juste pour faire connaissance et te présenter la coop.

Bonne journée!

Marc-André Gagnon
Directeur des opérations
Coopérative de transport Laurentides
""",
})

# I23 - French mining group, vous, multipart/alternative from Outlook.
_i23 = [
    "Bonjour Rafael,",
    "",
    "Suite à votre candidature au poste d'Analyste Planification & Dispatching pour notre filiale "
    "péruvienne, nous souhaiterions vous inviter à un entretien en visioconférence avec M. Philippe "
    "Lefèvre, directeur des opérations minières.",
    "",
    "Date proposée : vendredi 28 août 2026, 16 h 00 (heure de Paris) – soit 10 h 00 à Santiago.",
    "Durée : environ 45 minutes, en français et en espagnol.",
    "",
    "Pourriez-vous me confirmer votre disponibilité ?",
    "",
    "Bien cordialement,",
    "Hélène Marchand",
    "Responsable Recrutement International",
    "Groupe Minier Auvergne-Andes",
]
MESSAGES.append({
    "id": "I23", "kind": "interview_invitation", "slug": "fr_outlook_visio_gmaa", "lang": "fr",
    "company": "Groupe Minier Auvergne-Andes", "contact": "helene.marchand@gmaa.example.com",
    "frm": ("Hélène Marchand", "helene.marchand@gmaa.example.com"),
    "subj": "Poste d'analyste planification - invitation à un entretien",
    "date": "2026-08-11 10:02:18 +0200", "cs": "windows-1252", "cte": "quoted-printable",
    "hdrs": {"X-Mailer": "Microsoft Outlook 16.0"},
    "text": "\n".join(_i23) + "\n",
    "html": outlook_html(mso(*_i23), lang="FR"),
})

# I24 - SuccessFactors in German, Sie, Reply-To the recruiter.
MESSAGES.append({
    "id": "I24", "kind": "interview_invitation", "slug": "de_successfactors_einladung", "lang": "de",
    "company": "Hessische Energie", "contact": "katrin.schaefer@hessen-energie.example.de",
    "frm": ("Hessische Energie Recruiting", "hessen-energie@successfactors.eu"),
    "rto": ("Katrin Schäfer", "katrin.schaefer@hessen-energie.example.de"),
    "subj": "Einladung zum Vorstellungsgespräch – Referent Netzplanung (m/w/d)",
    "date": "2026-07-15 09:30:00 +0200", "cs": "utf-8", "cte": "quoted-printable",
    "html": ats_card(
        logo_url="https://career5.successfactors.eu/hessen-energie/logo.png",
        logo_alt="Hessische Energie",
        accent="#ffb400", lang="de",
        body=ps(
            "Sehr geehrter Herr Ortega-Lindström,",
            "vielen Dank für Ihre Bewerbung als <b>Referent Netzplanung (m/w/d)</b>. Ihr Profil hat uns überzeugt und wir "
            "möchten Sie gerne persönlich kennenlernen.",
            "Wir laden Sie herzlich zu einem Vorstellungsgespräch per Microsoft Teams ein:<br>"
            "<b>Donnerstag, 23. Juli 2026, 14:00 – 15:00 Uhr (MESZ)</b>",
            "Gesprächspartner: Dr. Matthias Keller (Leiter Netzplanung) und Katrin Schäfer (HR Business Partnerin).",
            "Bitte bestätigen Sie den Termin kurz per Antwort auf diese E-Mail.",
            "Mit freundlichen Grüßen<br>Katrin Schäfer<br>HR Business Partnerin<br>Hessische Energie",
        ),
        footer="Hessische Energie AG · Solmsstraße 38 · 60486 Frankfurt am Main<br>"
               "Vorstand: Dr. Bernd Achenbach (Vorsitzender), Claudia Reuter · Aufsichtsratsvorsitzender: Heinz Vogt<br>"
               "Sitz der Gesellschaft: Frankfurt am Main · Amtsgericht Frankfurt am Main HRB 40404",
        pixel_url="https://career5.successfactors.eu/email/open?he-0715",
    ),
})

# I25 - research institute, professor writes himself, Latin-1, 8bit.
MESSAGES.append({
    "id": "I25", "kind": "interview_invitation", "slug": "de_institut_professor", "lang": "de",
    "company": "Institut für Betriebsplanung Offenbach", "contact": "henrik.albers@ibo.example.de",
    "frm": ("Prof. Dr. Henrik Albers", "henrik.albers@ibo.example.de"),
    "subj": "Ihre Bewerbung - wissenschaftlicher Mitarbeiter Tourenplanung",
    "date": "2026-03-18 14:55:20 +0100", "cs": "iso-8859-1", "cte": "8bit",
    "text": """Sehr geehrter Herr Ortega-Lindström,

vielen Dank für Ihre Bewerbung auf die Stelle als wissenschaftlicher Mitarbeiter im
Projekt "Dynamische Tourenplanung im Schüttgutverkehr". Ihre praktische Erfahrung aus der
Disposition im Bergbau ist für uns sehr interessant.

Ich würde Sie gern zu einem Gespräch einladen, gern per Videokonferenz. Passt Ihnen
Mittwoch, der 25. März, um 15:00 Uhr (MEZ)? Das wäre bei Ihnen 11:00 Uhr. Teilnehmen
würde außerdem Frau Dr. Yildiz, die das Projekt operativ leitet. Bitte bereiten Sie
eine kurze Präsentation (ca. 10 Minuten) über ein Optimierungsproblem aus Ihrer
bisherigen Tätigkeit vor.

Mit freundlichen Grüßen
Henrik Albers

--
Prof. Dr. Henrik Albers
Institut für Betriebsplanung Offenbach e.V.
Kaiserstraße 12, 63065 Offenbach am Main
Tel. +49 69 800 123 40
""",
})

# I26 - start-up, du-Form, casual.
MESSAGES.append({
    "id": "I26", "kind": "interview_invitation", "slug": "de_startup_du_kennenlernen", "lang": "de",
    "company": "TourenWerk", "contact": "lena.hofmann@tourenwerk.example.de",
    "frm": ("Lena Hofmann", "lena.hofmann@tourenwerk.example.de"),
    "subj": "Kennenlernen? :)",
    "date": "2026-02-04 16:40:03 +0100", "cs": "utf-8", "cte": "quoted-printable",
    "text": """Hey Rafael,

danke für deine Bewerbung als Operations Research Engineer bei TourenWerk! Dein Hintergrund
aus der Minen-Disposition ist mal was anderes und gefällt uns richtig gut.

Hättest du Lust auf ein erstes Kennenlernen per Video (ca. 30 Min.)? Vorschlag: Dienstag,
10. Februar um 14 Uhr unserer Zeit (bei dir 10 Uhr). Link kommt dann per Google Calendar.

Wir können das Gespräch auch gerne auf Englisch führen, sag einfach Bescheid.

Viele Grüße aus dem Ostend
Lena

Lena Hofmann | People & Culture | TourenWerk
TourenWerk GmbH, Hanauer Landstraße 126, 60314 Frankfurt am Main
Geschäftsführung: Jonas Weber, Mira Sahin | HRB 112233, AG Frankfurt am Main
""",
})

# ---------------------------------------------------------------- interview_reschedule_or_cancel

# S1 - updated Outlook meeting (SEQUENCE:1) for the Huascarán interview.
_s1 = [
    "Estimado Rafael:",
    "",
    "Por un cambio en la agenda del Ing. Mamani, quien debe viajar a la unidad minera el martes, "
    "nos vemos en la necesidad de reprogramar la entrevista.",
    "",
    "Nueva fecha: jueves 16 de abril de 2026, de 15:30 a 16:30 (hora de Lima).",
    "La modalidad y el enlace de Teams se mantienen.",
    "",
    "Le pido disculpas por el inconveniente y le agradeceré aceptar la invitación actualizada.",
    "",
    "Atentamente,",
    "Rosa Quispe Huamán",
    "Especialista de Selección – Gestión Humana",
    "Minera Huascarán S.A.A.",
]
MESSAGES.append({
    "id": "S1", "kind": "interview_reschedule_or_cancel", "slug": "calendar_sequence_update_huascaran", "lang": "es",
    "company": "Minera Huascarán", "contact": "rquispe@huascaran.example.pe",
    "frm": ("Rosa Quispe Huamán", "rquispe@huascaran.example.pe"),
    "subj": "Actualizado: Entrevista - Analista de Planeamiento de Corto Plazo",
    "date": "2026-04-10 17:02:11 -0500", "cs": "utf-8", "cte": "quoted-printable",
    "mid": "<BY5PR04MB6705D7E3F1A2B4C5D6E7F8091A2B@BY5PR04MB6705.namprd04.example.pe>",
    "irt": "I3",
    "hdrs": {"X-Mailer": "Microsoft Outlook 16.0"},
    "boundary_style": "_000_BY5PR04MB6705",
    "text": "\n".join(_s1) + "\n",
    "html": outlook_html(mso(*_s1), lang="ES-PE"),
    "ics": {"method": "REQUEST", "uid": HUASCARAN_UID, "seq": 1, "stamp": "20260410T220211Z",
             "start": "20260416T203000Z", "end": "20260416T213000Z",
             "summary": "Entrevista - Analista de Planeamiento de Corto Plazo (R. Ortega-Lindström)",
             "location": "Reunión de Microsoft Teams",
             "organizer": ("Rosa Quispe Huamán", "rquispe@huascaran.example.pe"),
             "description": "Horario actualizado. Unirse a la reunión: https://teams.microsoft.com/l/meetup-join/19%3ameeting_HUASCARAN0414"},
})

# S2 - same recruiter as I1: the interview is switched from in person to video.
MESSAGES.append({
    "id": "S2", "kind": "interview_reschedule_or_cancel", "slug": "switched_to_teams_cerro_blanco", "lang": "es",
    "company": "Compañía Minera Cerro Blanco", "contact": "catalina.munoz@cerroblanco.example.cl",
    "frm": ("Catalina Muñoz", "catalina.munoz@cerroblanco.example.cl"),
    "subj": "RE: Entrevista - Analista Despacho y Planificación",
    "date": "2026-01-26 17:55:40 -0300", "cs": "iso-8859-1", "cte": "quoted-printable", "irt": "I1",
    "text": """Rafael, un cambio: Andrés va a estar en faena esa semana, así que la entrevista del
jueves 29 la hacemos por Teams en vez de presencial. Mismo horario, 10:00. Te llega la
invitación en un rato.

Saludos,
Catalina

-----Mensaje original-----
De: Rafael Ortega-Lindström [mailto:rafael.ol@example.cl]
Enviado el: martes, 20 de enero de 2026 13:02
Para: Catalina Muñoz
Asunto: Re: Entrevista - Analista Despacho y Planificación

Hola Catalina, confirmo el jueves 29 a las 10:00 en Apoquindo. ¡Muchas gracias!
Rafael
""",
})

# S3 - interviewer ill, Argentine recruiter, vos.
MESSAGES.append({
    "id": "S3", "kind": "interview_reschedule_or_cancel", "slug": "interviewer_ill_lithium", "lang": "es",
    "company": "Lithium Puna", "contact": "agustina.paz@lithiumpuna.example.ar",
    "frm": ("Agustina Paz", "agustina.paz@lithiumpuna.example.ar"),
    "subj": "Cambio de fecha entrevista",
    "date": "2026-07-28 19:20:05 -0300", "cs": "utf-8", "cte": "quoted-printable", "irt": "I5",
    "text": """Hola Rafael,

Te escribo para avisarte que Joaquín está con gripe y tiene licencia médica hasta el
viernes, así que tenemos que mover la entrevista de mañana miércoles.

¿Te queda bien el martes 4 de agosto a la misma hora (11:00 de Argentina)? El link de Meet
es el mismo. Perdón por el aviso a último momento.

Saludos,
Agustina
""",
})

# S4 - terse mobile reschedule from a Madrid manager, Outlook Spanish header quote.
MESSAGES.append({
    "id": "S4", "kind": "interview_reschedule_or_cancel", "slug": "move_to_thursday_mobile", "lang": "es",
    "company": "Banco Meseta", "contact": "alvaro.gil@bancomeseta.example.es",
    "frm": ("Álvaro Gil Navarro", "alvaro.gil@bancomeseta.example.es"),
    "subj": "RE: Siguiente paso - Analista de Optimización de Red de Oficinas",
    "date": "2026-09-14 08:03:59 +0200", "cs": "utf-8", "cte": "8bit", "irt": "I7",
    "text": """Rafael, perdona, se me ha complicado mañana. ¿Lo pasamos al jueves 17 a la misma hora? Te reenvío el Teams.

Enviado desde Outlook para iOS

De: Rafael Ortega-Lindström <rafael.ol@example.cl>
Enviado: martes, 8 de septiembre de 2026 1:14
Para: Álvaro Gil Navarro <alvaro.gil@bancomeseta.example.es>
Asunto: Re: Siguiente paso - Analista de Optimización de Red de Oficinas

Hola Álvaro, perfecto, el martes 15 a las 16:00 me viene muy bien. ¡Gracias!
""",
})

# S5 - Ashby reschedule notice, system sender.
MESSAGES.append({
    "id": "S5", "kind": "interview_reschedule_or_cancel", "slug": "ashby_rescheduled_notice", "lang": "es",
    "company": "Optimiza Labs", "contact": "",
    "frm": ("Optimiza Labs", "no-reply@ashbyhq.com"),
    "subj": "Tu entrevista con Optimiza Labs fue reprogramada",
    "date": "2026-03-23 09:05:44 -0300", "cs": "utf-8", "cte": "base64",
    "html": """<html><body style="margin:0;background:#f7f7fb;font-family:Inter,Helvetica,Arial,sans-serif;">
<div style="max-width:520px;margin:24px auto;background:#fff;border-radius:8px;padding:28px 32px;color:#1e1e24;font-size:15px;line-height:1.6;">
<img src="https://app.ashbyhq.com/api/images/org-theme-logo/optimiza/logo.png" alt="Optimiza Labs" height="30">
<p>Hola Rafael,</p>
<p>Tomás tuvo un imprevisto, así que tu <b>entrevista técnica</b> cambió de horario:</p>
<p style="margin:0;color:#999;text-decoration:line-through;">martes 24 de marzo, 15:00–16:00 (hora de Chile)</p>
<p style="margin:0 0 16px;"><b>miércoles 25 de marzo, 10:00–11:00 (hora de Chile)</b></p>
<p>El enlace de Google Meet sigue siendo el mismo. Si el nuevo horario no te sirve, puedes elegir otro:</p>
<p><a href="https://app.ashbyhq.com/interview-scheduling/reschedule/7d1c2e3f-optimiza" style="color:#4f46e5;font-weight:bold;">Cambiar horario</a></p>
<p style="font-size:11px;color:#9a9aa5;border-top:1px solid #eee;padding-top:12px;">Optimiza Labs SpA · Enviado con Ashby · Este correo no recibe respuestas.</p>
</div>
<img src="https://app.ashbyhq.com/email/o/9b2e77.png" width="1" height="1" alt="">
</body></html>
""",
})

# S6 - Peruvian university moves the interview, usted, Latin-1.
MESSAGES.append({
    "id": "S6", "kind": "interview_reschedule_or_cancel", "slug": "university_moved_usted", "lang": "es",
    "company": "Universidad de Ingeniería del Pacífico", "contact": "cvillanueva@uip.example.pe",
    "frm": ("Carmen Villanueva", "cvillanueva@uip.example.pe"),
    "subj": "RE: Entrevista personal - Analista de Investigación (Centro de Logística)",
    "date": "2026-09-21 11:40:00 -0500", "cs": "iso-8859-1", "cte": "quoted-printable", "irt": "I14",
    "text": """Estimado señor Ortega-Lindström:

Por motivos de agenda del Decano de Ingeniería, quien se sumará a la entrevista, debemos
trasladarla del viernes 25 al lunes 28 de septiembre, a las 10:30 horas (hora de Lima).
Dado que usted participará por Zoom, le haré llegar el nuevo enlace el viernes.

Le ruego disculpe el cambio y me confirme si el nuevo horario le resulta conveniente.

Atentamente,

Dra. Carmen Villanueva Rojas
Directora, Centro de Logística y Cadena de Suministro
Universidad de Ingeniería del Pacífico
""",
})

# S7 - exclamation agency, new time for the client interview.
MESSAGES.append({
    "id": "S7", "kind": "interview_reschedule_or_cancel", "slug": "agency_cambio_hora", "lang": "es",
    "company": "Minera Loa Verde", "contact": "camila.soto@rhnorte.example.cl",
    "frm": ("Camila Soto - RH Norte", "camila.soto@rhnorte.example.cl"),
    "subj": "URGENTE!! Cambio de hora entrevista Minera Loa Verde",
    "date": "2026-05-09 12:14:20 -0400", "cs": "utf-8", "cte": "quoted-printable", "irt": "I4",
    "text": """Rafa!! Perdón el apuro!!

Minera Loa Verde me pidió CAMBIAR LA HORA de tu entrevista del lunes 11: ya NO es a las
16:00, ahora es a las 9:30 de la mañana, mismo lugar (Av. Granaderos 2550, Calama).
El Superintendente tiene que subir a la mina en la tarde :(

Confírmame porfa que te sirve!! Si no, les pido otro día.

Abrazo!!
Camila Soto
RH Norte Consultores · +56 9 6123 4477
""",
})

# S8 - cancelled for internal reasons, a new date will follow (role continues), windows-1252.
MESSAGES.append({
    "id": "S8", "kind": "interview_reschedule_or_cancel", "slug": "cancelled_new_date_to_follow_renor", "lang": "es",
    "company": "RENOR", "contact": "ncampos@renor.example.es",
    "frm": ("Nuria Campos", "ncampos@renor.example.es"),
    "subj": "Entrevista 2 de septiembre – aplazada",
    "date": "2026-08-31 18:48:12 +0200", "cs": "windows-1252", "cte": "quoted-printable", "refs": ["I6"],
    "text": """Hola Rafael:

Te escribo desde Personas de RENOR. Por motivos internos tenemos que cancelar la entrevista
prevista para este miércoles 2 de septiembre a las 12:30. El proceso sigue abierto y tu
candidatura continúa en la fase de entrevistas: en cuanto tengamos cerrada la agenda del
comité te propondremos una nueva fecha, previsiblemente la semana del 14.

Disculpa las molestias.

Un saludo,

Nuria Campos
Técnica de Selección – Dirección de Personas
RENOR · Calle Serrano 240, 28016 Madrid
""",
})

# S9 - Outlook CANCEL with the invitation's UID; the interviewer is ill, a new invite will follow.
_s9 = [
    "Hi Rafael,",
    "",
    "Unfortunately Greg is off sick this week, so I've had to cancel tomorrow's panel. Apologies for the "
    "short notice!",
    "",
    "We still very much want to meet you - I'll send a new invite as soon as I have his availability, "
    "most likely for the week of September 14.",
    "",
    "Best,",
    "Megan",
]
MESSAGES.append({
    "id": "S9", "kind": "interview_reschedule_or_cancel", "slug": "calendar_cancel_interviewer_ill", "lang": "en",
    "company": "Northern Shield Mining", "contact": "moconnor@northernshield.example.ca",
    "frm": ("Megan O'Connor", "moconnor@northernshield.example.ca"),
    "subj": "Canceled: Interview: Mine Operations Planning Analyst - Panel",
    "date": "2026-09-01 16:31:08 -0400", "cs": "utf-8", "cte": "quoted-printable",
    "mid": "<YT3PR01MB9876F0E1D2C3B4A5968778695A4B@YT3PR01MB9876.CANPRD01.example.ca>",
    "irt": "I15",
    "hdrs": {"X-Mailer": "Microsoft Outlook 16.0", "Importance": "high"},
    "boundary_style": "_000_YT3PR01MB9876",
    "text": "\n".join(_s9) + "\n",
    "html": outlook_html(mso(*_s9), lang="EN-CA"),
    "ics": {"method": "CANCEL", "uid": SHIELD_UID, "seq": 1, "stamp": "20260901T203108Z", "status": "CANCELLED",
             "start": "20260902T140000Z", "end": "20260902T151500Z",
             "summary": "Canceled: Interview: Mine Operations Planning Analyst - Panel",
             "location": "Microsoft Teams Meeting",
             "organizer": ("Megan O'Connor", "moconnor@northernshield.example.ca")},
})

# S10 - Greenhouse: onsite switched to video, recruiter in Reply-To.
MESSAGES.append({
    "id": "S10", "kind": "interview_reschedule_or_cancel", "slug": "greenhouse_onsite_to_video", "lang": "en",
    "company": "Cadence OR Solutions", "contact": "priya.nair@cadenceor.example.ca",
    "frm": ("Cadence OR Solutions via Greenhouse", "no-reply@greenhouse-mail.io"),
    "rto": ("Priya Nair", "priya.nair@cadenceor.example.ca"),
    "subj": "Update to your interview on June 4",
    "date": "2026-05-27 15:10:22 -0400", "cs": "utf-8", "cte": "quoted-printable",
    "text": """Hi Rafael,

Quick change of plan for June 4: since flights from Santiago turned out to be tricky that
week, we'll run the whole onsite over Zoom instead. Same date, but the times shift a bit:
12:30-3:30 PM ET, with a 15-minute break between sessions. New calendar invites with the
Zoom links are on their way.

Nothing else changes - same people, same case study.

Thanks,
Priya
""",
    "html": """<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#20232a;">
<p>Hi Rafael,</p>
<p>Quick change of plan for June 4: since flights from Santiago turned out to be tricky that week, we'll run the whole onsite <b>over Zoom</b> instead. Same date, but the times shift a bit: <b>12:30-3:30 PM ET</b>, with a 15-minute break between sessions. New calendar invites with the Zoom links are on their way.</p>
<p>Nothing else changes - same people, same case study.</p>
<p>Thanks,<br>Priya</p>
""" + pixel("https://u6412.ct.greenhouse-mail.io/wf/open?upn=cad-s10") + """
</body></html>
""",
})

# S11 - SmartRecruiters system notice: rescheduled.
MESSAGES.append({
    "id": "S11", "kind": "interview_reschedule_or_cancel", "slug": "smartrecruiters_rescheduled", "lang": "en",
    "company": "Pilbara Ore Haulage", "contact": "",
    "frm": ("Pilbara Ore Haulage", "noreply@smartrecruiters.com"),
    "subj": "Your interview has been rescheduled",
    "date": "2026-02-23 08:55:00 +0800", "cs": "utf-8", "cte": "base64",
    "html": """<html><body style="font-family:'Open Sans',Arial,sans-serif;font-size:14px;color:#333;">
<table width="600" cellpadding="0" cellspacing="0"><tr><td style="padding:20px 30px;">
<img src="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/poh_logo.png" alt="Pilbara Ore Haulage" height="42">
<p>Hi Rafael,</p>
<p>Your interview for <b>Haulage Planning Analyst</b> has been moved by the hiring team.</p>
<table cellpadding="6" style="border:1px solid #e5e5e5;font-size:13px;">
<tr><td style="color:#999;">Previous time</td><td style="text-decoration:line-through;color:#999;">Wed 25 Feb 2026, 10:00 AM AWST</td></tr>
<tr><td>New time</td><td><b>Thu 26 Feb 2026, 3:30 PM AWST</b></td></tr>
<tr><td>Location</td><td>Microsoft Teams (link unchanged)</td></tr>
</table>
<p><a href="https://jobs.smartrecruiters.com/PilbaraOreHaulage/interview-scheduler/93b1c7e0/decline">Can't make it?</a></p>
<p style="font-size:11px;color:#999;">Sent via SmartRecruiters on behalf of Pilbara Ore Haulage. Please do not reply to this email.</p>
</td></tr></table>
<img src="https://t.smartrecruiters.com/o/poh-93.gif" width="1" height="1" alt="">
</body></html>
""",
})

# S12 - terse push to Friday from the hiring manager.
MESSAGES.append({
    "id": "S12", "kind": "interview_reschedule_or_cancel", "slug": "push_to_friday_terse", "lang": "en",
    "company": "Swan River Logistics", "contact": "tom.becker@swanriverlogistics.example.com.au",
    "frm": ("Tom Becker", "tom.becker@swanriverlogistics.example.com.au"),
    "subj": "Re: your application",
    "date": "2026-03-11 17:26:40 +0800", "cs": "us-ascii", "cte": "7bit", "irt": "I20",
    "text": """Rafael - something's come up at the depot tomorrow. Can we push to Friday 20th, same
time (2pm AWST)? Same Teams link.

Tom
""",
})

# S13 - Quebec utility postpones, French, vous.
MESSAGES.append({
    "id": "S13", "kind": "interview_reschedule_or_cancel", "slug": "fr_report_entrevue_hydro", "lang": "fr",
    "company": "Hydro-Nordique", "contact": "jtremblay@hydronordique.example.ca",
    "frm": ("Julie Tremblay", "jtremblay@hydronordique.example.ca"),
    "subj": "Report de votre entrevue du 9 juin",
    "date": "2026-06-05 10:15:33 -0400", "cs": "windows-1252", "cte": "quoted-printable", "irt": "I21",
    "text": """Bonjour M. Ortega-Lindström,

M. Bélanger doit se rendre d'urgence à la centrale de Kapuskasing mardi prochain; nous
devons donc reporter l'entrevue prévue le 9 juin à 13 h 30.

Seriez-vous disponible le jeudi 11 juin à 10 h (heure de l'Est)? Le lien Teams vous sera
transmis dans une nouvelle invitation.

Avec mes excuses pour ce contretemps,

Julie Tremblay, CRHA
Conseillère principale – Acquisition de talents
Hydro-Nordique
""",
})

# S14 - Quebec cooperative, tu, moves to Teams.
MESSAGES.append({
    "id": "S14", "kind": "interview_reschedule_or_cancel", "slug": "fr_coop_passe_sur_teams", "lang": "fr",
    "company": "Coopérative de transport Laurentides", "contact": "ma.gagnon@coop-laurentides.example.ca",
    "frm": ("Marc-André Gagnon", "ma.gagnon@coop-laurentides.example.ca"),
    "subj": "Re: Ta candidature - répartiteur-planificateur",
    "date": "2026-04-22 07:50:12 -0400", "cs": "utf-8", "cte": "8bit", "irt": "I22",
    "text": """Salut Rafael,

Petit changement pour jeudi : on va le faire sur Teams plutôt que Zoom (notre licence
Zoom vient d'expirer, héhé) et je décale à 15 h 30 parce que j'ai une réunion du CA
qui déborde. Je t'envoie le lien demain matin.

À jeudi!

Marc-André

Envoyé de mon iPhone
""",
})

# S15 - German utility, reschedule; English-style Outlook separator in a German mail.
MESSAGES.append({
    "id": "S15", "kind": "interview_reschedule_or_cancel", "slug": "de_terminverschiebung_original_message", "lang": "de",
    "company": "Hessische Energie", "contact": "katrin.schaefer@hessen-energie.example.de",
    "frm": ("Schäfer, Katrin", "katrin.schaefer@hessen-energie.example.de"),
    "subj": "Terminverschiebung: Ihr Vorstellungsgespräch am 23. Juli",
    "date": "2026-07-21 12:08:30 +0200", "cs": "iso-8859-1", "cte": "quoted-printable", "irt": "I24",
    "hdrs": {"X-Mailer": "Microsoft Outlook 16.0"},
    "text": """Sehr geehrter Herr Ortega-Lindström,

leider muss Herr Dr. Keller am Donnerstag kurzfristig an einer Aufsichtsratssitzung
teilnehmen. Wir müssen unser Gespräch daher verschieben und würden Ihnen als neuen Termin
Montag, den 27. Juli, 15:00 Uhr (MESZ) vorschlagen. Der Teams-Link bleibt unverändert.

Bitte geben Sie mir kurz Bescheid, ob der Termin für Sie passt.

Mit freundlichen Grüßen
Katrin Schäfer
HR Business Partnerin
Hessische Energie AG
Tel. +49 69 3107 2245

-----Original Message-----
From: Rafael Ortega-Lindström <rafael.ol@example.cl>
Sent: Wednesday, July 15, 2026 6:40 PM
To: Schäfer, Katrin <katrin.schaefer@hessen-energie.example.de>
Subject: Re: Einladung zum Vorstellungsgespräch - Referent Netzplanung (m/w/d)

Sehr geehrte Frau Schäfer,

vielen Dank für die Einladung zum Vorstellungsgespräch. Den Termin am 23. Juli um
14:00 Uhr bestätige ich gerne.

Mit freundlichen Grüßen
Rafael Ortega-Lindström
""",
})

# ---------------------------------------------------------------- missed_interview_notice

# M1 - Chilean port company: "le esperamos a las 10:00 y no se presentó".
MESSAGES.append({
    "id": "M1", "kind": "missed_interview_notice", "slug": "port_waited_at_ten", "lang": "es",
    "company": "Empresa Portuaria del Loa", "contact": "rcardenas@portualoa.example.cl",
    "frm": ("Rodrigo Cárdenas", "rcardenas@portualoa.example.cl"),
    "subj": "Entrevista de hoy",
    "date": "2026-03-12 11:02:48 -0300", "cs": "iso-8859-1", "cte": "8bit",
    "text": """Estimado Rafael:

Lo esperamos hoy a las 10:00 en nuestras oficinas de Av. Grecia 2050 para la entrevista
por el cargo de Analista de Planificación Portuaria, pero no se presentó y tampoco
logramos comunicarnos con usted por teléfono.

Entendemos que puede haber ocurrido un imprevisto. Si sigue interesado en el proceso,
le agradeceré responder a este correo durante la semana para ver si es posible
reprogramar.

Saludos cordiales,

Rodrigo Cárdenas Olivares
Jefe de Recursos Humanos
Empresa Portuaria del Loa
Fono +56 55 256 7000
""",
})

# M2 - Lima bank: tried to call at 11:00 without success.
MESSAGES.append({
    "id": "M2", "kind": "missed_interview_notice", "slug": "bank_tried_to_call", "lang": "es",
    "company": "Banco Andino de Crédito", "contact": "lparedes@bac.example.pe",
    "frm": ("Lucía Paredes", "lparedes@bac.example.pe"),
    "subj": "RE: Coordinación entrevista telefónica – Analista de Planeamiento Financiero",
    "date": "2026-05-13 11:24:10 -0500", "cs": "windows-1252", "cte": "quoted-printable", "irt": "I9",
    "text": """Hola Rafael:

Intenté comunicarme contigo a las 11:00 (hora de Perú) al +56 9 5555 0134, como habíamos
quedado, pero la llamada no fue contestada y volví a intentar a las 11:10 sin éxito.

¿Todo bien? Si aún te interesa el puesto, respóndeme con un par de horarios para esta
semana y vemos de reprogramar.

Saludos,
Lucía Paredes Chávez
Gestión del Talento – Banco Andino de Crédito
""",
})

# M3 - founder waited at the café, mobile, no accents.
MESSAGES.append({
    "id": "M3", "kind": "missed_interview_notice", "slug": "founder_waited_cafe", "lang": "es",
    "company": "DespachoIA", "contact": "diego@despachoia.example.cl",
    "frm": ("Diego Fuentes", "diego@despachoia.example.cl"),
    "subj": "Re: cafe?",
    "date": "2026-01-16 09:42:30 -0300", "cs": "utf-8", "cte": "8bit", "irt": "I11",
    "text": """Rafa te estuve esperando en el Starbucks hasta las 9:35, no llegaste. todo bien?
si quieres lo movemos para la proxima semana

D.

Enviado desde mi iPhone
""",
})

# M4 - Teamtailor no-reply with the recruiter in Reply-To: "no te conectaste".
MESSAGES.append({
    "id": "M4", "kind": "missed_interview_notice", "slug": "teamtailor_no_te_conectaste", "lang": "es",
    "company": "Logística Integral Tajo", "contact": "beatriz.munoz@logisticatajo.example.es",
    "frm": ("Logística Integral Tajo", "no-reply@teamtailor-mail.com"),
    "rto": ("Beatriz Muñoz", "beatriz.munoz@logisticatajo.example.es"),
    "subj": "No pudimos vernos hoy",
    "date": "2026-06-17 12:31:05 +0200", "cs": "utf-8", "cte": "quoted-printable",
    "html": """<!doctype html><html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#fff;">
<div style="max-width:540px;margin:0 auto;padding:28px;font-family:-apple-system,Segoe UI,Roboto,sans-serif;font-size:15px;line-height:1.55;color:#222;">
<img src="https://assets.teamtailor-cdn.com/logisticatajo/logo.png" alt="Logística Integral Tajo" height="32">
<p>Hola Rafael:</p>
<p>Hoy a las 12:00 te esperábamos en la videollamada para la entrevista de <b>Analista de Planificación de Transporte</b>, pero no te conectaste. Estuvimos 15 minutos en la sala por si había algún problema con el enlace.</p>
<p>Si ha sido un imprevisto, responde a este correo y vemos si podemos buscar otro hueco esta semana.</p>
<p>Un saludo,<br>Beatriz Muñoz<br>Talent Acquisition · Logística Integral Tajo</p>
<p style="font-size:11px;color:#999;border-top:1px solid #eee;padding-top:12px;">Logística Integral Tajo, S.L. · Polígono Las Arenas, Toledo · <a href="https://logisticatajo.teamtailor.com/connect/unsubscribe?c=rafael.ol" style="color:#999;">Darme de baja</a></p>
</div>
<img src="https://logisticatajo.teamtailor.com/o/ce912.gif" width="1" height="1" alt="">
</body></html>
""",
})

# M5 - trial shift not turned up to, logistics warehouse, casual with typos.
MESSAGES.append({
    "id": "M5", "kind": "missed_interview_notice", "slug": "trial_shift_no_show", "lang": "es",
    "company": "Frigorífico Bío Bío", "contact": "hgallardo@frigobiobio.example.cl",
    "frm": ("Hernan Gallardo", "hgallardo@frigobiobio.example.cl"),
    "subj": "turno de prueba sabado",
    "date": "2026-01-24 10:15:00 -0300", "cs": "utf-8", "cte": "quoted-printable",
    "text": """Rafael buenos dias

Hoy sabado te esperabamos a las 7:00 en el CD de Quilicura para el turno de prueba de
despacho que acordamos con la Sra Ximena, y no llegaste. Te llame dos veces al celular y
nada.

Si todavia te interesa el puesto de planificador de despacho avisame para ver si se puede
hacer otro dia, pero el turno ya no lo puedo guardar mucho.

Hernan Gallardo
Jefe de Turno CD Quilicura
Frigorifico Bio Bio
""",
})

# M6 - Argentine recruiter waited in the Zoom room.
MESSAGES.append({
    "id": "M6", "kind": "missed_interview_notice", "slug": "zoom_waited_patagonia", "lang": "es",
    "company": "Petrolera Patagonia Austral", "contact": "facosta@patagoniaaustral.example.ar",
    "frm": ("Florencia Acosta", "facosta@patagoniaaustral.example.ar"),
    "subj": "Entrevista de hoy 15 hs",
    "date": "2026-04-15 15:38:12 -0300", "cs": "utf-8", "cte": "quoted-printable",
    "text": """Hola Rafael, ¿cómo estás?

Te estuvimos esperando en la sala de Zoom a las 15 hs con Hernán (Jefe de Planeamiento)
y no te conectaste. Te mandé un WhatsApp también.

¿Pasó algo? Si querés, contame y vemos si se puede reprogramar, aunque la agenda de
Hernán está bastante complicada las próximas semanas.

Saludos,
Florencia Acosta
Analista Sr. de Talento | Petrolera Patagonia Austral
""",
})

# M7 - Perth planning group: tried to call for the phone screen.
MESSAGES.append({
    "id": "M7", "kind": "missed_interview_notice", "slug": "phone_screen_no_answer_perth", "lang": "en",
    "company": "Goldfields Planning Group", "contact": "sam.whitfield@gpg.example.com.au",
    "frm": ("Sam Whitfield", "sam.whitfield@gpg.example.com.au"),
    "subj": "Missed call - phone screen this morning",
    "date": "2026-08-18 09:37:14 +0800", "cs": "utf-8", "cte": "quoted-printable",
    "text": """Hi Rafael,

We had you booked in for a phone screen at 9:00am AWST today for the Scheduling Analyst
role. I tried calling the number on your application (+56 9 5555 0134) twice but
couldn't get through, and there was no voicemail.

I realise it was 9pm in Santiago so maybe something got lost in the time zones! If you're
still keen, reply with a couple of times that suit and I'll rebook.

Regards,

Sam Whitfield
Recruitment Coordinator
Goldfields Planning Group
Level 2, 1 Adelaide Terrace, East Perth WA 6004
""",
})

# M8 - NGO: you did not join the Zoom; Gmail quote of the invitation.
MESSAGES.append({
    "id": "M8", "kind": "missed_interview_notice", "slug": "ngo_did_not_join_zoom", "lang": "en",
    "company": "Mining Transparency Network", "contact": "grace.owusu@mtn.example.com",
    "frm": ("Grace Owusu", "grace.owusu@mtn.example.com"),
    "subj": "Re: Interview invitation - Data & Planning Analyst",
    "date": "2026-07-14 10:25:40 -0400", "cs": "utf-8", "cte": "quoted-printable", "irt": "I19",
    "text": """Dear Rafael,

Elena and I have been in the Zoom room since 10:00 but you have not joined the call. We
will wait until 10:30; after that we will need to move on to the next candidate.

If something came up, please let me know and we will see whether another slot is
possible this week.

Best,
Grace

On Tue, Jul 7, 2026 at 10:45 AM Grace Owusu <grace.owusu@mtn.example.com> wrote:
> Dear Rafael,
>
> Thank you for your application to the Data & Planning Analyst position at the Mining
> Transparency Network. The hiring panel would like to invite you to a first-round
> interview on Zoom: Tuesday, July 14, 2026 - 10:00 to 10:45 a.m. (Toronto time)
""",
})

# M9 - French, Toronto office of a mining company: waited this morning.
MESSAGES.append({
    "id": "M9", "kind": "missed_interview_notice", "slug": "fr_attendu_ce_matin", "lang": "fr",
    "company": "Minerai de Fer Ungava", "contact": "sophie.lavoie@mfungava.example.ca",
    "frm": ("Sophie Lavoie", "sophie.lavoie@mfungava.example.ca"),
    "subj": "Votre entrevue de ce matin",
    "date": "2026-10-07 11:12:00 -0400", "cs": "iso-8859-1", "cte": "quoted-printable",
    "text": """Bonjour Monsieur Ortega-Lindström,

Nous vous avons attendu ce matin à 9 h 30 à nos bureaux de la rue King Ouest pour votre
entrevue au poste de planificateur des opérations minières, mais vous ne vous êtes pas
présenté et nous n'avons pas réussi à vous joindre par téléphone.

Si un empêchement est survenu, je vous invite à communiquer avec moi d'ici vendredi afin
que nous puissions évaluer la possibilité d'une nouvelle date.

Cordialement,

Sophie Lavoie
Conseillère en ressources humaines
Minerai de Fer Ungava
""",
})

# M10 - German start-up, du, "Am ... schrieb" quote.
MESSAGES.append({
    "id": "M10", "kind": "missed_interview_notice", "slug": "de_du_warst_nicht_im_call", "lang": "de",
    "company": "TourenWerk", "contact": "lena.hofmann@tourenwerk.example.de",
    "frm": ("Lena Hofmann", "lena.hofmann@tourenwerk.example.de"),
    "subj": "Re: Kennenlernen? :)",
    "date": "2026-02-10 14:21:37 +0100", "cs": "utf-8", "cte": "8bit", "irt": "I26",
    "text": """Hi Rafael,

wir waren heute um 14 Uhr im Google-Meet, du bist aber leider nicht dazugekommen. Ist
alles okay bei dir? Vielleicht ist bei der Zeitverschiebung was durcheinander geraten.

Sag gern Bescheid, wenn du noch Interesse hast, dann finden wir einen neuen Termin.

Viele Grüße
Lena

Am 04.02.2026 um 16:40 schrieb Lena Hofmann <lena.hofmann@tourenwerk.example.de>:
> Hey Rafael,
>
> danke für deine Bewerbung als Operations Research Engineer bei TourenWerk! [...]
> Hättest du Lust auf ein erstes Kennenlernen per Video (ca. 30 Min.)? Vorschlag: Dienstag,
> 10. Februar um 14 Uhr unserer Zeit (bei dir 10 Uhr).
""",
})

assert len(MESSAGES) == 51
