"""Rejections for the hundred-forty-fourth corpus, written one by one."""

from __future__ import annotations

from msgs144_common import (
    ats_card,
    pixel,
    ps,
    to_text,
)

MESSAGES: list[dict] = []

# R1 - Workday, HTML only, soft wording, no reply address at all.
MESSAGES.append({
    "id": "R1", "kind": "rejection", "slug": "workday_pampa_colorada_soft", "lang": "es",
    "company": "Minera Pampa Colorada", "contact": "",
    "frm": ("Minera Pampa Colorada Talent Acquisition", "pampacolorada@myworkday.com"),
    "subj": "Actualización sobre tu postulación - Analista de Planificación Mina (R-004417)",
    "date": "2026-02-09 16:41:07 -0300", "cs": "utf-8", "cte": "base64",
    "hb": True,
    "html": ats_card(
        logo_url="https://wd3.myworkdaycdn.com/tenant/pampacolorada/logo_mpc.png",
        logo_alt="Minera Pampa Colorada",
        accent="#b5442c",
        body=ps(
            "Hola Rafael:",
            "Gracias por el tiempo que dedicaste a postular al cargo de <b>Analista de Planificación Mina</b> "
            "(R-004417) en nuestra faena de Sierra Gorda. Sabemos que preparar una postulación requiere esfuerzo "
            "y lo valoramos.",
            "Luego de revisar con atención todos los antecedentes recibidos, hemos decidido avanzar con "
            "candidatos cuya experiencia se ajusta más estrechamente a los requisitos de esta posición en esta "
            "etapa del proceso.",
            "Tu perfil quedará registrado en nuestra base de talentos y te invitamos a seguir revisando nuestras "
            'oportunidades en el <a href="https://pampacolorada.wd3.myworkdayjobs.com/es-CL/Externo?src=email_rej" '
            'style="color:#b5442c;">portal de empleos</a>.',
            "Te deseamos mucho éxito en tu búsqueda.",
            "Saludos cordiales,<br>Equipo de Atracción de Talento<br>Minera Pampa Colorada",
        ),
        footer="Este correo fue generado automáticamente; por favor no respondas a este mensaje.<br>"
               "Minera Pampa Colorada S.A. · Av. Grecia 1540, piso 9, Antofagasta, Chile<br>"
               '<a href="https://pampacolorada.wd3.myworkdayjobs.com/privacy" style="color:#8a9099;">Política de privacidad</a> · '
               '<a href="https://pampacolorada.wd3.myworkday.com/pampacolorada/d/unsubscribe.htmld?e=rafael.ol%40example.cl" style="color:#8a9099;">Administrar notificaciones</a>',
        pixel_url="https://wd3.myworkday.com/pampacolorada/email/open.gif?id=8fd20c11a7",
    ),
})

# R2 - post-interview rejection by the recruiter, replying over the candidate's thank-you
# (Gmail-style Spanish quote that talks about a *second interview*).
MESSAGES.append({
    "id": "R2", "kind": "rejection", "slug": "recruiter_after_interview_cerro_blanco", "lang": "es",
    "company": "Compañía Minera Cerro Blanco", "contact": "catalina.munoz@cerroblanco.example.cl",
    "frm": ("Catalina Muñoz", "catalina.munoz@cerroblanco.example.cl"),
    "subj": "RE: Gracias por la entrevista - Analista Despacho y Planificación",
    "date": "2026-02-10 12:05:33 -0300", "cs": "iso-8859-1", "cte": "8bit",
    "irt": "<CAK7Q2x9=Rafael-gracias-0203@mail.example.cl>", "refs": ["I1", "S2"],
    "text": """Rafael, buenas tardes:

Muchas gracias por tu correo y por el tiempo que le dedicaste al proceso. Conversamos con
Andrés (Superintendente de Despacho) y con el equipo de Planificación Corto Plazo sobre
todos los finalistas.

Te cuento con franqueza: la decisión fue seguir con otra persona, que ya trabajó con el
sistema de despacho que estamos implementando en Cerro Blanco Norte. Tu experiencia en
despacho de camiones nos pareció muy sólida, pero para este cargo pesó más esa
experiencia específica en la herramienta.

Si te parece, me gustaría mantener tu CV para las vacantes de planificación que se abren
en el segundo semestre. Cualquier duda me escribes directamente.

Un saludo cordial,

Catalina Muñoz Sepúlveda
Business Partner Reclutamiento y Selección
Compañía Minera Cerro Blanco SpA
Av. Apoquindo 4499, piso 12, Las Condes, Santiago
+56 2 2940 3310

El mar, 3 feb 2026 a las 18:22, Rafael Ortega-Lindström (<rafael.ol@example.cl>) escribió:
> Hola Catalina:
>
> Muchas gracias por la entrevista del jueves, fue muy interesante conocer cómo
> planifican el despacho en Cerro Blanco Norte. Quedo atento a la segunda entrevista
> con el equipo de Planificación y, si necesitan algo más (referencias, certificados),
> se los envío de inmediato.
>
> Saludos,
> Rafael
""",
})

# R3 - one terse line from a Lima hiring manager on his phone; company only in the quoted chain/subject.
MESSAGES.append({
    "id": "R3", "kind": "rejection", "slug": "terse_mobile_callao", "lang": "es",
    "company": "Logística Callao Express", "contact": "jorge.salas@callaoexpress.example.pe",
    "frm": ("Jorge Salas", "jorge.salas@callaoexpress.example.pe"),
    "subj": "Re: Postulación Analista de Planeamiento - Logística Callao Express",
    "date": "2026-03-20 19:48:02 -0500", "cs": "utf-8", "cte": "quoted-printable", "irt": "A5",
    "text": """Rafael, gracias por tu interés pero no vamos a continuar con tu postulación. Éxitos.

Enviado desde mi iPhone

> El 2 mar 2026, a las 9:15, Jorge Salas <jorge.salas@callaoexpress.example.pe> escribió:
>
> Hola Rafael, recibimos tu CV para el puesto de Analista de Planeamiento. Lo reviso con
> el equipo y te escribo la próxima semana.
>
> Jorge Salas
> Jefe de Operaciones - Logística Callao Express S.A.C.
""",
})

# R4 - Greenhouse no-reply, the role is put on hold and the process stops.
_p = [
    "Hola Rafael,",
    "Te escribimos para contarte que la posición <strong>Analista Senior de Planificación de Operaciones</strong> "
    "en Energía Andina ha quedado en pausa por una revisión del presupuesto 2026 de la Gerencia de Operaciones.",
    "Por este motivo no continuaremos con el proceso de selección para este cargo y cerramos las postulaciones "
    "en curso, incluida la tuya.",
    "Lamentamos no tener mejores noticias. Si la posición se vuelve a abrir será publicada nuevamente en "
    '<a href="https://boards.greenhouse.io/energiaandina">nuestra página de empleos</a>, y te animamos a postular de nuevo.',
    "Un abrazo,<br>Equipo de Personas · Energía Andina",
]
MESSAGES.append({
    "id": "R4", "kind": "rejection", "slug": "greenhouse_on_hold_energia_andina", "lang": "es",
    "company": "Energía Andina", "contact": "",
    "frm": ("Energía Andina via Greenhouse", "no-reply@greenhouse-mail.io"),
    "subj": "Tu postulación en Energía Andina",
    "date": "2026-03-24 10:02:51 -0300", "cs": "utf-8", "cte": "quoted-printable",
    "hb": True,
    "text": to_text("\n".join(f"<p>{p}</p>" for p in _p)) + "\n--\nEnergía Andina Generación S.A. | Isidora Goyenechea 3000, Las Condes\n",
    "html": """<html><head><meta charset="utf-8"></head><body style="font-family:'Helvetica Neue',Arial,sans-serif;color:#222;">
<div style="max-width:560px;margin:0 auto;padding:24px;">
<img src="https://s3.amazonaws.com/greenhouse-prod/logos/energiaandina_logo.png" alt="Energía Andina" width="140" style="margin-bottom:20px;">
""" + ps(*_p) + """
<p style="font-size:11px;color:#999;border-top:1px solid #eee;padding-top:12px;">Energía Andina Generación S.A. | Isidora Goyenechea 3000, Las Condes<br>
Powered by <a href="https://u2343.ct.greenhouse-mail.io/ls/click?upn=ZmEx-2BGh4r" style="color:#999;">Greenhouse</a></p>
</div>
<img src="https://u2343.ct.greenhouse-mail.io/wf/open?upn=Qk9aX1VBd2" width="1" height="1" alt="" style="display:none;">
</body></html>
""",
})

# R5 - bank: filled internally, role mailbox signed by a person who invites a reply.
MESSAGES.append({
    "id": "R5", "kind": "rejection", "slug": "filled_internally_bank", "lang": "es",
    "company": "Banco del Pacífico Sur", "contact": "seleccion@bancopacificosur.example.cl",
    "frm": ("Selección Banco del Pacífico Sur", "seleccion@bancopacificosur.example.cl"),
    "subj": "Proceso Analista Planificación Operacional - Gerencia de Operaciones",
    "date": "2026-02-20 09:30:12 -0300", "cs": "windows-1252", "cte": "quoted-printable",
    "text": """Estimado Rafael:

Junto con saludarte, te informamos que el cargo de Analista de Planificación Operacional
(Gerencia de Operaciones y Logística de Sucursales), al que postulaste en enero, fue
cubierto de manera interna con un colaborador del banco.

Agradecemos sinceramente tu interés en formar parte de Banco del Pacífico Sur. Tus
antecedentes quedan en nuestra base para futuros procesos y, si tienes consultas sobre
esta u otras vacantes, puedes responder directamente a este correo.

Saludos cordiales,

Macarena Ibáñez
Analista de Selección – Gerencia de Personas
Banco del Pacífico Sur
Huérfanos 1050, Santiago Centro

La información contenida en este correo es confidencial y para uso exclusivo del
destinatario. Si lo ha recibido por error, por favor elimínelo e informe al remitente.
""",
})

# R6 - speculative application to a family business, casual, a couple of typos.
MESSAGES.append({
    "id": "R6", "kind": "rejection", "slug": "speculative_family_business", "lang": "es",
    "company": "Distribuidora Hermanos Valdés", "contact": "pvaldes@hnosvaldes.example.cl",
    "frm": ("Patricia Valdes", "pvaldes@hnosvaldes.example.cl"),
    "subj": "Re: CV Rafael Ortega - planificacion logistica",
    "date": "2026-04-07 17:12:40 -0400", "cs": "utf-8", "cte": "8bit",
    "irt": "<CAK7Q2xPL=cv-valdes-0330@mail.example.cl>",
    "text": """Hola Rafael

Gracias por mandarnos tu cv, lo vimos con mi hermano. La verdad por ahora no tenemos un
puesto asi de planificacion, somos una empresa chica y la parte de rutas la vemos
nosotros mismos con el jefe de bodega. Asi que no vamos a poder ofrecerte nada este año.

Te deseo mucha suerte, se nota que sabes harto del tema.

Saludos
Patricia Valdés
Distribuidora Hermanos Valdés Ltda.
Camino Lo Boza 120, Pudahuel
""",
})

# R7 - SmartRecruiters, Argentina, formal, HTML only.
MESSAGES.append({
    "id": "R7", "kind": "rejection", "slug": "smartrecruiters_patagonia", "lang": "es",
    "company": "Petrolera Patagonia Austral", "contact": "",
    "frm": ("Petrolera Patagonia Austral", "noreply@smartrecruiters.com"),
    "subj": "Petrolera Patagonia Austral - Analista de Planeamiento Operativo (Neuquén)",
    "date": "2026-04-28 14:20:00 -0300", "cs": "utf-8", "cte": "base64",
    "auto_text": True,
    "html": """<html><body style="background:#ffffff;margin:0;">
<table width="100%" cellpadding="0" cellspacing="0" style="font-family:Verdana,Geneva,sans-serif;font-size:13px;color:#2b2b2b;">
<tr><td style="background:#00364f;padding:16px 24px;"><img src="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/ppa_logo.png" alt="PPA - Petrolera Patagonia Austral" height="40"></td></tr>
<tr><td style="padding:24px;">
<p>Estimado/a Rafael,</p>
<p>Le agradecemos el interés demostrado en la búsqueda de <b>Analista de Planeamiento Operativo</b> para nuestra base en Neuquén y el tiempo dedicado a las instancias del proceso.</p>
<p>Tras una evaluación integral de los perfiles, le informamos que en esta oportunidad no continuaremos con su candidatura. La decisión no implica un juicio sobre su trayectoria profesional, sino la adecuación a las necesidades puntuales de la posición.</p>
<p>Conservaremos sus datos conforme a nuestra política de privacidad, por lo que podremos contactarlo ante futuras búsquedas compatibles con su perfil.</p>
<p>Atentamente,<br><b>Gerencia de Recursos Humanos</b><br>Petrolera Patagonia Austral</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:10px;color:#888;background:#f4f4f4;">Petrolera Patagonia Austral S.A. — Av. Leandro N. Alem 855, C1001AAD, Ciudad Autónoma de Buenos Aires.<br>
Este mensaje fue enviado a través de SmartRecruiters. <a href="https://jobs.smartrecruiters.com/unsubscribe?token=ppa-77a1" style="color:#888;">Darse de baja</a> · <a href="https://www.smartrecruiters.com/legal/candidate-privacy-policy/" style="color:#888;">Privacidad</a></td></tr>
</table>
<img src="https://t.smartrecruiters.com/o/7f3e0c2d.gif" width="1" height="1" alt="">
</body></html>
""",
})

# R8 - Teamtailor, tú voice, start-up, Reply-To a talent inbox people read.
_p8 = [
    "¡Hola Rafael!",
    "Mil gracias por tu interés en Optiroute y por el caso práctico que nos enviaste, se notaba el mimo "
    "(lo del VRP con ventanas horarias nos gustó mucho).",
    "Después de darle bastantes vueltas, hemos decidido seguir con perfiles que tienen más experiencia "
    "en el mercado europeo de última milla, que es justo lo que necesita el equipo ahora mismo. No es la "
    "respuesta que esperabas y lo sentimos de verdad.",
    "Si quieres feedback más detallado del caso, responde a este correo y te lo pasamos encantados.",
    "Un abrazo,<br>Irene y el equipo de Optiroute",
]
MESSAGES.append({
    "id": "R8", "kind": "rejection", "slug": "teamtailor_startup_after_case", "lang": "es",
    "company": "Optiroute", "contact": "talento@optiroute.example.es",
    "frm": ("Optiroute", "no-reply@teamtailor-mail.com"), "rto": ("Optiroute Talento", "talento@optiroute.example.es"),
    "subj": "Tu candidatura a Operations Research Analyst",
    "date": "2026-05-26 11:47:19 +0200", "cs": "utf-8", "cte": "quoted-printable",
    "text": to_text("".join(f"<p>{p}</p>" for p in _p8)) + "\nOptiroute Analytics S.L. · Calle de Alcalá 21, 28014 Madrid\n",
    "html": """<!doctype html><html><head><meta charset="utf-8"><style>a{color:#6c4cf5}</style></head>
<body style="margin:0;background:#faf9ff;">
<div style="max-width:540px;margin:0 auto;background:#fff;padding:32px;font-family:-apple-system,Segoe UI,Roboto,sans-serif;">
<img src="https://assets.teamtailor-cdn.com/optiroute/logo.png" alt="Optiroute" height="28">
""" + ps(*_p8, style="font-size:15px;line-height:1.55;color:#1d1d1f;margin:0 0 16px;") + """
<hr style="border:none;border-top:1px solid #eee;">
<p style="font-size:11px;color:#999;">Optiroute Analytics S.L. · Calle de Alcalá 21, 28014 Madrid · <a href="https://optiroute.teamtailor.com/connect/unsubscribe?c=rafael.ol">No quiero recibir más emails</a></p>
</div></body></html>
""",
})

# R9 - public university, provisional list, no-reply address, Latin-1.
MESSAGES.append({
    "id": "R9", "kind": "rejection", "slug": "university_not_admitted", "lang": "es",
    "company": "Universidad Politécnica de Levante", "contact": "",
    "frm": ("Servicio de Personal - UPL", "no-responder@upl.example.es"),
    "subj": "Convocatoria PTGAS 2026/031 - Resolución de personas admitidas y excluidas",
    "date": "2026-04-17 13:00:04 +0200", "cs": "iso-8859-1", "cte": "quoted-printable",
    "text": """UNIVERSIDAD POLITÉCNICA DE LEVANTE
Servicio de Personal - Sección de Selección de PTGAS

Sr./Sra. RAFAEL ORTEGA-LINDSTRÖM

En relación con su solicitud de participación en la convocatoria PTGAS 2026/031 (Técnico/a
Medio de Planificación y Análisis de Datos, Grupo A2, Unidad de Infraestructuras), le
comunicamos que se ha publicado la resolución definitiva de personas admitidas y excluidas.

Su solicitud figura como EXCLUIDA por el motivo siguiente:
  06 - No acredita la titulación exigida en la base 2.1.c (título homologado en España).

Al tratarse de la lista definitiva, contra esta resolución puede interponerse recurso de
alzada ante el Rector en el plazo de un mes, conforme a los artículos 121 y 122 de la Ley
39/2015.

Puede consultar la resolución completa en el tablón electrónico de la sede:
https://sede.upl.example.es/tablon/ptgas-2026-031

Este mensaje se ha generado automáticamente. Por favor, no responda a esta dirección.
""",
})

# R10 - head-hunter relays the client's decision, names the client; quoted Outlook chain
# mentions an "oferta".
MESSAGES.append({
    "id": "R10", "kind": "rejection", "slug": "headhunter_names_client_sqd", "lang": "es",
    "company": "Sociedad Química del Desierto", "contact": "ignacio.bustamante@andesexec.example.cl",
    "frm": ("Ignacio Bustamante", "ignacio.bustamante@andesexec.example.cl"),
    "subj": "RE: Proceso Jefe de Planificación Logística - SQD",
    "date": "2026-06-09 18:10:45 -0400", "cs": "utf-8", "cte": "8bit",
    "irt": "<DM6PR11MB4123A8C1F0E2B9A0C3D4@DM6PR11MB4123.namprd11.example.cl>",
    "hdrs": {"X-Mailer": "Microsoft Outlook 16.0", "Thread-Topic": "Proceso Jefe de Planificación Logística - SQD"},
    "text": """Hola Rafael,

Te llamé hace un rato pero no te pude ubicar, así que te escribo.

Ayer tuvimos el comité con SQD (Sociedad Química del Desierto) y finalmente se inclinaron
por el otro finalista, que viene de una operación de litio en el Salar y ya conoce su
cadena Coya Sur–Tocopilla. Me dijeron que tu entrevista con el gerente de Logística fue
muy buena y que el caso de asignación de camiones les gustó bastante, pero para este rol
priorizaron la experiencia en puerto.

Sé que es una mala noticia después de tres etapas. Me encantaría seguir trabajando
contigo: tengo otro mandato en planificación minera que se abre en julio y creo que
calzas mejor ahí. ¿Hablamos la próxima semana?

Abrazo,

Ignacio Bustamante
Socio | Andes Executive Search
M +56 9 8765 1122 | www.andesexec.example.cl
Rosario Norte 555, of. 1702, Las Condes

De: Rafael Ortega-Lindström <rafael.ol@example.cl>
Enviado: lunes, 8 de junio de 2026 9:12
Para: Ignacio Bustamante <ignacio.bustamante@andesexec.example.cl>
Asunto: Proceso Jefe de Planificación Logística - SQD

Hola Ignacio, ¿cómo estás?

Te escribo para saber si hay novedades del comité. Si llegan a hacer una oferta, me
gustaría conversar contigo antes sobre la renta y la fecha de inicio, porque tengo
un aviso de 30 días en mi trabajo actual.

Gracias,
Rafael
""",
})

# R11 - agency writes about its own mandate and never names the client.
MESSAGES.append({
    "id": "R11", "kind": "rejection", "slug": "agency_unnamed_client", "lang": "es",
    "company": "Talento Minero Headhunters", "contact": "constanza.vidal@talentominero.example.cl",
    "frm": ("Constanza Vidal | Talento Minero", "constanza.vidal@talentominero.example.cl"),
    "subj": "Búsqueda Planner Senior - Antofagasta",
    "date": "2026-06-18 08:55:30 -0400", "cs": "utf-8", "cte": "quoted-printable",
    "text": """Hola Rafael, ¿cómo estás?

Quería contarte personalmente cómo terminó la búsqueda de Planner Senior para nuestro
cliente, la minera de cobre en la Región de Antofagasta de la que te hablé.

Presentamos una terna al cliente y lamentablemente tu perfil no quedó seleccionado para la
etapa final. El cliente pidió perfiles con al menos 5 años en planificación de mediano plazo
con Deswik, y ahí los otros candidatos tenían más recorrido.

Te agradezco mucho la disposición durante todo el proceso. Quedas en nuestra base y te voy a
tener en cuenta para lo que venga en despacho y planificación de corto plazo.

Un saludo grande,

Constanza Vidal
Consultora Senior
Talento Minero Headhunters
+56 55 245 8890 · Antofagasta
LinkedIn: linkedin.example.com/company/talento-minero
""",
})

# R12 - bank in Lima through SuccessFactors, after the interview, system sender.
MESSAGES.append({
    "id": "R12", "kind": "rejection", "slug": "successfactors_bank_lima_after_interview", "lang": "es",
    "company": "Banco Andino de Crédito", "contact": "",
    "frm": ("Banco Andino de Crédito - Reclutamiento", "bac-reclutamiento@successfactors.eu"),
    "subj": "Resultado de tu proceso de selección - Analista de Planeamiento Financiero",
    "date": "2026-06-05 17:33:08 -0500", "cs": "utf-8", "cte": "quoted-printable",
    "text": """Estimado(a) Rafael Ortega-Lindström:

Agradecemos tu participación en el proceso de selección para la posición de Analista de
Planeamiento Financiero (Req. 11893), y el tiempo que compartiste con nosotros en la
entrevista con la Gerencia de Planeamiento.

Luego de evaluar a todos los candidatos, te comunicamos que no has sido seleccionado(a) para
continuar en el proceso. Esta decisión ha sido difícil, dado el alto nivel de los postulantes.

Te animamos a seguir atento(a) a nuestras convocatorias en https://career5.successfactors.eu/career?company=bancoandino

Atentamente,
Gerencia de Gestión del Talento
Banco Andino de Crédito

*** Este es un mensaje automático, por favor no responder. ***
""",
})

# R13 - Lever, the recruiter's name on a no-reply sender, Reply-To the recruiter; after a technical test.
_p13 = [
    "Hola Rafael,",
    "Gracias por hacer la prueba técnica de programación lineal para el cargo de Ingeniero/a de "
    "Planificación Minera. El equipo revisó tu entrega con mucha atención.",
    "Esta vez no vamos a avanzar con tu candidatura: buscamos a alguien que pueda modelar el plan "
    "minero de mediano plazo de forma autónoma y en la prueba faltaron las restricciones de mezcla de leyes, "
    "que para nosotros son centrales.",
    "Valoramos mucho que te hayas dado el tiempo. Si postulas en el futuro a un cargo de corto plazo o "
    "despacho, encantados de revisarlo.",
    "Saludos,<br>Sofía Araya<br>Reclutadora · Minera Altos de Tarapacá",
]
MESSAGES.append({
    "id": "R13", "kind": "rejection", "slug": "lever_after_technical_test", "lang": "es",
    "company": "Minera Altos de Tarapacá", "contact": "sofia.araya@altostarapaca.example.cl",
    "frm": ("Sofía Araya", "no-reply@hire.lever.co"), "rto": ("Sofía Araya", "sofia.araya@altostarapaca.example.cl"),
    "subj": "Tu postulación a Minera Altos de Tarapacá",
    "date": "2026-07-02 15:04:11 -0400", "cs": "utf-8", "cte": "quoted-printable",
    "text": to_text("".join(f"<p>{p}</p>" for p in _p13)),
    "html": "<html><body>" + ps(*_p13, style="font-family:Arial,sans-serif;font-size:14px;color:#333;margin:0 0 12px;")
         + '\n<p style="font-size:11px;color:#aaa;">Sent via <a href="https://hire.lever.co/r/click?u=altostarapaca&amp;t=rej">Lever</a></p>'
         + pixel("https://hire.lever.co/email/open/5f8b1e90c.png") + "</body></html>\n",
})

# R14 - Argentine hiring manager, vos, casual, subject that says nothing.
MESSAGES.append({
    "id": "R14", "kind": "rejection", "slug": "update_vos_rioplatense", "lang": "es",
    "company": "Grupo Logístico Rioplatense", "contact": "martin.ferreyra@rioplatense.example.ar",
    "frm": ("Martín Ferreyra", "martin.ferreyra@rioplatense.example.ar"),
    "subj": "Update",
    "date": "2026-06-24 20:15:52 -0300", "cs": "utf-8", "cte": "8bit",
    "text": """Rafael, qué tal.

Te cuento cómo quedó lo nuestro: al final elegimos a alguien que ya está en Buenos Aires y
puede arrancar en julio en el centro de Pilar. Lo charlamos mucho con el equipo porque tu
perfil nos cerraba bastante, sobre todo por lo de despacho en tiempo real, pero la
relocalización desde Chile con los tiempos que tenemos se nos complicaba.

Gracias por la buena onda en las dos charlas y por el modelito de ruteo que mandaste, de
verdad. Si más adelante abrimos algo remoto te escribo.

Un abrazo,
Martín Ferreyra | Jefe de Planeamiento | Grupo Logístico Rioplatense
""",
})

# R15 - iCIMS, short brand in the display name, letterhead with the full name.
MESSAGES.append({
    "id": "R15", "kind": "rejection", "slug": "icims_port_terminal", "lang": "es",
    "company": "Terminal Puerto Mejillones", "contact": "",
    "frm": ("Careers at TPM", "careers-tpm@icims.com"),
    "subj": "Analista de Planificación de Muelle - Req 2026-0188",
    "date": "2026-07-08 11:11:11 -0400", "cs": "utf-8", "cte": "base64",
    "html": """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Tahoma,Arial,sans-serif;font-size:13px;">
<table width="620" align="center" cellpadding="0" cellspacing="0" border="0">
<tr><td><img src="https://careers-tpm.icims.com/icims2/servlet/icims2?module=AppInert&amp;action=download&amp;id=44&amp;hashed=-188" alt="TPM Terminal Puerto Mejillones" width="220"></td></tr>
<tr><td style="padding:20px 0;">
<p>Rafael,</p>
<p>Gracias por postular al cargo <b>Analista de Planificación de Muelle</b> (Req 2026-0188) en Terminal Puerto Mejillones.</p>
<p>Después de revisar cuidadosamente tus antecedentes, hemos decidido no avanzar con tu postulación a la siguiente etapa. Recibimos un número muy alto de postulaciones y la selección fue exigente.</p>
<p>Te invitamos a crear alertas de empleo en nuestro <a href="https://careers-tpm.icims.com/jobs/intro?utm_source=rej_email&amp;utm_medium=email">portal de carreras</a> para enterarte de nuevas oportunidades.</p>
<p>Saludos,<br>Gerencia de Personas y Organización<br>Terminal Puerto Mejillones</p>
</td></tr>
<tr><td style="font-size:10px;color:#999;border-top:1px solid #ccc;padding-top:8px;">Terminal Puerto Mejillones S.A. · Av. Costanera Sur s/n, Mejillones, Región de Antofagasta.<br>Por favor no respondas este correo, la casilla no es monitoreada.</td></tr>
</table>
<img src="https://careers-tpm.icims.com/icims2/tracking/open?m=0188-RAF" width="1" height="1" alt="">
</body></html>
""",
})

# R16 - Spanish consultancy partner, usted, very short and formal, Latin-1.
MESSAGES.append({
    "id": "R16", "kind": "rejection", "slug": "consultora_partner_formal", "lang": "es",
    "company": "Arribas, Goñi y Asociados", "contact": "luis.arribas@arribasgoni.example.es",
    "frm": ("Luis Arribas", "luis.arribas@arribasgoni.example.es"),
    "subj": "Su candidatura - Consultor/a de Operaciones",
    "date": "2026-07-15 10:26:00 +0200", "cs": "iso-8859-1", "cte": "8bit",
    "text": """Estimado Sr. Ortega-Lindström:

Le agradezco el interés mostrado en incorporarse a nuestra firma como Consultor de
Operaciones y la conversación que mantuvimos el pasado día 9.

Lamento comunicarle que hemos optado por otro candidato cuyo perfil se ajusta mejor a la
cartera actual de proyectos, muy centrada en el sector agroalimentario.

Reciba un cordial saludo,

Luis Arribas Echeverría
Socio Director
Arribas, Goñi y Asociados
Paseo de la Castellana 141, 28046 Madrid
Tel. 91 555 23 10
""",
})

# R17 - the interview is cancelled because the role will not be opened at all: a rejection.
MESSAGES.append({
    "id": "R17", "kind": "rejection", "slug": "interview_cancelled_role_not_opened", "lang": "es",
    "company": "Transportes Ruta Norte", "contact": "valentina.rojas@rutanorte.example.cl",
    "frm": ("Valentina Rojas", "valentina.rojas@rutanorte.example.cl"),
    "subj": "Entrevista jueves 6 - cancelada",
    "date": "2026-08-05 08:40:17 -0400", "cs": "windows-1252", "cte": "quoted-printable",
    "text": """Hola Rafael, buenos días.

Te escribo para cancelar la entrevista que teníamos agendada para este jueves 6 a las 11:00.
La gerencia general decidió finalmente no abrir el cargo de Coordinador de Planificación de
Flota este año (se congelaron las contrataciones nuevas hasta 2027), así que el proceso se
cierra sin continuidad.

Lamento mucho el cambio de planes y que te hayas preparado para nada. Quedo con tu CV por si
la situación cambia.

Saludos,
Valentina Rojas
Jefa de Personas
Transportes Ruta Norte Ltda. – Calama / Antofagasta
Fono: +56 55 231 4400
""",
})

# R18 - Workday in Perth, English, HTML only.
MESSAGES.append({
    "id": "R18", "kind": "rejection", "slug": "workday_perth_closely_matches", "lang": "en",
    "company": "Westgate Minerals", "contact": "",
    "frm": ("Westgate Minerals Careers", "westgate@myworkday.com"),
    "subj": "Your application for Mine Planning Analyst (JR-10293)",
    "date": "2026-03-31 15:22:40 +0800", "cs": "utf-8", "cte": "quoted-printable",
    "html": ats_card(
        logo_url="https://wd5.myworkdaycdn.com/westgate/images/westgate_wordmark.png",
        logo_alt="WESTGATE MINERALS",
        accent="#1f5c99", lang="en",
        body=ps(
            "Dear Rafael,",
            "Thank you for your interest in the <b>Mine Planning Analyst</b> role based in our Perth office, "
            "supporting the Yilgarn operations.",
            "We have reviewed your application against the requirements of the role and have decided to progress "
            "with candidates whose experience more closely matches our current needs.",
            "We appreciate the time you invested and encourage you to keep an eye on "
            '<a href="https://westgate.wd5.myworkdayjobs.com/en-AU/careers?ref=decline" style="color:#1f5c99;">Westgate Careers</a> '
            "for future opportunities.",
            "Kind regards,<br>Talent Acquisition Team<br>Westgate Minerals",
        ),
        footer="Westgate Minerals Limited ABN 41 009 123 456 · Level 18, 240 St Georges Terrace, Perth WA 6000<br>"
               "This is an automated message. Replies to this address are not monitored.<br>"
               '<a href="https://westgate.wd5.myworkday.com/westgate/privacy" style="color:#8a9099;">Privacy Statement</a>',
        pixel_url="https://wd5.myworkday.com/westgate/email/t.gif?e=jr10293",
    ),
})

# R19 - Perth recruiter, names the client, casual Australian voice, after a phone screen.
MESSAGES.append({
    "id": "R19", "kind": "rejection", "slug": "agency_names_client_perth", "lang": "en",
    "company": "Coolgardie Resources", "contact": "kylie.dawson@ironbarkrec.example.com.au",
    "frm": ("Kylie Dawson", "kylie.dawson@ironbarkrec.example.com.au"),
    "subj": "Coolgardie Resources - Short Interval Control Analyst",
    "date": "2026-04-22 16:58:03 +0800", "cs": "us-ascii", "cte": "7bit",
    "text": """Hi Rafael,

Thanks for jumping on the phone with me last week, really enjoyed the chat.

I've just heard back from Coolgardie Resources and unfortunately they won't be taking
your application further for the Short Interval Control Analyst role. Honest feedback:
they're after someone with Australian site experience and a current WA driver's licence
for the FIFO rotation, and that was the deciding factor rather than anything technical.

I know it's frustrating. I've got a couple of other planning roles landing in May that
could be a better fit, so I'll keep you front of mind.

Cheers,
Kylie

Kylie Dawson | Senior Consultant - Mining & Resources
Ironbark Recruitment
Level 4, 16 Milligan Street, Perth WA 6000
T +61 8 6555 0192 | M +61 412 000 318
""",
})

# R20 - Greenhouse after the onsite, recruiter in Reply-To, multipart/alternative.
_p20 = [
    "Hi Rafael,",
    "Thank you for spending the afternoon with the team on June 4. Everyone enjoyed the fleet "
    "dispatch case discussion, and Daniel in particular appreciated how you walked through the "
    "shift-change bottleneck.",
    "After a lot of deliberation, we've decided not to move forward with your candidacy for the "
    "Operations Research Analyst position. The final decision came down to production experience "
    "with our stack (Python + OR-Tools in a SaaS setting), which another candidate had in depth.",
    "I know this isn't the outcome you were hoping for after an onsite. If you'd like to hear more "
    "specific feedback, just reply and we can set up 15 minutes.",
    "All the best,<br>Priya Nair<br>Talent Partner, Cadence OR Solutions",
]
MESSAGES.append({
    "id": "R20", "kind": "rejection", "slug": "greenhouse_after_onsite_toronto", "lang": "en",
    "company": "Cadence OR Solutions", "contact": "priya.nair@cadenceor.example.ca",
    "frm": ("Cadence OR Solutions via Greenhouse", "no-reply@greenhouse-mail.io"),
    "rto": ("Priya Nair", "priya.nair@cadenceor.example.ca"),
    "subj": "Following up",
    "date": "2026-06-12 13:45:00 -0400", "cs": "utf-8", "cte": "quoted-printable",
    "text": to_text("".join(f"<p>{p}</p>" for p in _p20)),
    "html": '<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;">'
         + ps(*_p20, style="margin:0 0 14px;color:#20232a;")
         + '<p style="color:#9aa;font-size:11px;">Cadence OR Solutions Inc., 100 King St W, Suite 5600, Toronto, ON M5X 1C9</p>'
         + pixel("https://u6412.ct.greenhouse-mail.io/wf/open?upn=cad-r20") + "</body></html>\n",
})

# R21 - Taleo, filled internally, heavy legal footer, plain text.
MESSAGES.append({
    "id": "R21", "kind": "rejection", "slug": "taleo_filled_internally", "lang": "en",
    "company": "Lakeshore Energy", "contact": "",
    "frm": ("Lakeshore Energy Careers", "lakeshoreenergy@taleo.net"),
    "subj": "Requisition 4471 - Planning Analyst, Generation Operations",
    "date": "2026-04-02 09:03:27 -0400", "cs": "utf-8", "cte": "7bit",
    "text": """Dear Rafael Ortega-Lindstrom,

Thank you for your interest in the Planning Analyst, Generation Operations position
(Requisition 4471) at Lakeshore Energy.

We wanted to let you know that this position has been filled by an internal candidate.
As a result, we are closing all external applications for this requisition.

We appreciate the time you took to apply and encourage you to visit our careers site
regularly for other opportunities that match your skills and interests.

Sincerely,

Talent Acquisition
Lakeshore Energy

---------------------------------------------------------------------------
Lakeshore Energy Corporation is an equal opportunity employer and is committed to
providing accommodations for people with disabilities in accordance with the
Accessibility for Ontarians with Disabilities Act (AODA). This e-mail was sent from
an unattended mailbox. Please do not reply to this message.
Lakeshore Energy Corporation, 700 University Avenue, Toronto, Ontario M5G 1X6
---------------------------------------------------------------------------
""",
})

# R22 - one line from a phone, Apple Mail quote of the candidate's hopeful mail.
MESSAGES.append({
    "id": "R22", "kind": "rejection", "slug": "one_line_iphone_perth", "lang": "en",
    "company": "Swan River Logistics", "contact": "tom.becker@swanriverlogistics.example.com.au",
    "frm": ("Tom Becker", "tom.becker@swanriverlogistics.example.com.au"),
    "subj": "Re: Thanks for Friday",
    "date": "2026-03-25 07:31:55 +0800", "cs": "utf-8", "cte": "quoted-printable",
    "irt": "<8E2F0B7A-4C1D-4F7E-9B7A-RAFAEL0321@example.cl>", "refs": ["I20", "S12"],
    "text": """Thanks Rafael, we've decided to go another way. All the best with the search.

Tom

Sent from my iPhone

> On 21 Mar 2026, at 8:14 am, Rafael Ortega-Lindström <rafael.ol@example.cl> wrote:
>
> Hi Tom,
>
> Thanks again for the interview on Friday, it was great to hear how you plan the
> Kewdale linehaul. Looking forward to the next steps and happy to do the second
> interview with your ops manager whenever suits.
>
> Best,
> Rafael
""",
})

# R23 - Toronto polytechnic, HR mailbox that asks not to be replied to.
MESSAGES.append({
    "id": "R23", "kind": "rejection", "slug": "polytechnic_not_shortlisted", "lang": "en",
    "company": "Humber Valley Polytechnic", "contact": "",
    "frm": ("HVP Human Resources", "do-not-reply@hvp.example.ca"),
    "subj": "Competition HR-26-114: Institutional Planning Analyst",
    "date": "2026-05-14 16:00:00 -0400", "cs": "utf-8", "cte": "quoted-printable",
    "text": """Dear Applicant,

Re: Competition HR-26-114, Institutional Planning Analyst (Office of Planning & Analytics)

Thank you for applying. The selection committee has completed its review and, while your
background is impressive, we are unable to offer you an interview for this competition.

Please note that this mailbox is not monitored. Questions about the competition can be
directed to the Talent Acquisition office through the contact form on our careers page.

We wish you every success.

Human Resources
Humber Valley Polytechnic
205 Humber College Boulevard, Toronto ON
""",
})

# R24 - BambooHR, high volume, not shortlisted.
MESSAGES.append({
    "id": "R24", "kind": "rejection", "slug": "bamboohr_not_shortlisted_kwinana", "lang": "en",
    "company": "Kwinana Bulk Terminal", "contact": "",
    "frm": ("Kwinana Bulk Terminal", "notifications@bamboohr.com"),
    "subj": "Thanks for applying to Kwinana Bulk Terminal",
    "date": "2026-06-30 10:15:44 +0800", "cs": "utf-8", "cte": "base64",
    "auto_text": True,
    "html": """<html><body style="margin:0;padding:0;background:#f5f5f5;">
<table width="100%" cellspacing="0" cellpadding="0"><tr><td align="center">
<table width="580" cellspacing="0" cellpadding="0" style="background:#fff;margin:20px 0;font-family:Lato,Arial,sans-serif;font-size:15px;color:#444;">
<tr><td style="padding:28px 36px 0;"><img src="https://kwinanabulk.bamboohr.com/employees/logo_1.png" alt="KBT" height="44"></td></tr>
<tr><td style="padding:20px 36px 28px;line-height:1.5;">
<p>Hi Rafael,</p>
<p>Thank you for applying for the <b>Port Logistics Planner</b> position at Kwinana Bulk Terminal.</p>
<p>We received a very high number of applications and, after careful review, you have not been shortlisted for the next stage on this occasion.</p>
<p>We'll keep your details on file for six months in line with our privacy policy.</p>
<p>Best wishes,<br>The People &amp; Culture team<br>Kwinana Bulk Terminal</p>
</td></tr>
<tr><td style="padding:14px 36px;font-size:11px;color:#999;border-top:1px solid #eee;">Kwinana Bulk Terminal Pty Ltd · 2 Cockburn Road, Kwinana Beach WA 6167 · <a href="https://www.bamboohr.com/privacy" style="color:#999;">Privacy</a><br>Powered by BambooHR</td></tr>
</table></td></tr></table>
<img src="https://kwinanabulk.bamboohr.com/ats/email_open.php?i=99311" width="1" height="1" alt="">
</body></html>
""",
})

# R25 - Frankfurt start-up writes in English through Personio, German legal footer.
MESSAGES.append({
    "id": "R25", "kind": "rejection", "slug": "personio_english_frankfurt_startup", "lang": "en",
    "company": "OptiFlow Systems", "contact": "",
    "frm": ("OptiFlow Systems GmbH", "noreply@personio.de"),
    "subj": "Your application at OptiFlow Systems",
    "date": "2026-07-27 09:18:36 +0200", "cs": "utf-8", "cte": "quoted-printable",
    "html": """<!DOCTYPE html><html><head><meta charset="UTF-8"></head>
<body style="font-family:Inter,Arial,sans-serif;background:#ffffff;color:#1a1a1a;">
<table role="presentation" width="100%"><tr><td style="max-width:600px;padding:24px;">
<img src="https://optiflow.jobs.personio.de/logo/optiflow.svg" alt="OptiFlow" width="120"><br><br>
<p>Hi Rafael,</p>
<p>thanks a lot for applying as <strong>Optimisation Engineer (Logistics)</strong> and for your patience while we went through all applications.</p>
<p>Unfortunately we have decided not to move forward with your application. We received many strong profiles and had to make some tough calls &ndash; in the end we went for candidates with more hands-on experience with Gurobi in production environments.</p>
<p>We would be happy if you kept following us and applied again in the future.</p>
<p>Best regards<br>Miriam from the OptiFlow People Team</p>
<p style="font-size:11px;color:#8c8c8c;margin-top:32px;">OptiFlow Systems GmbH · Hanauer Landstraße 291, 60314 Frankfurt am Main<br>
Geschäftsführer: Dr. Tobias Brandt, Elif Yilmaz · Amtsgericht Frankfurt am Main HRB 123456<br>
<a href="https://optiflow.jobs.personio.de/privacy-policy?language=en" style="color:#8c8c8c;">Privacy policy</a></p>
</td></tr></table>
</body></html>
""",
})

# R26 - Quebec logistics group, French, no-reply.
MESSAGES.append({
    "id": "R26", "kind": "rejection", "slug": "fr_logistique_saint_laurent", "lang": "fr",
    "company": "Groupe Logistique Saint-Laurent", "contact": "",
    "frm": ("Acquisition de talents GLSL", "ne-pas-repondre@glsl.example.ca"),
    "subj": "Votre candidature : Analyste en planification des opérations (Toronto)",
    "date": "2026-09-01 14:37:21 -0400", "cs": "iso-8859-1", "cte": "quoted-printable", "refs": ["A18"],
    "text": """Bonjour Rafael,

Nous vous remercions de l'intérêt que vous portez au Groupe Logistique Saint-Laurent et du
temps consacré à votre candidature au poste d'analyste en planification des opérations
pour notre centre de distribution de Toronto.

Après une analyse attentive de l'ensemble des dossiers, nous avons décidé de poursuivre le
processus avec des candidatures qui correspondent davantage aux exigences du poste.

Nous conservons votre dossier et n'hésiterons pas à communiquer avec vous si un poste
correspondant à votre profil se libère.

Nous vous souhaitons bon succès dans vos démarches.

L'équipe Acquisition de talents
Groupe Logistique Saint-Laurent inc.

Ce courriel a été envoyé automatiquement. Merci de ne pas y répondre.
""",
})

# R27 - bank via Workday, French, HTML only.
MESSAGES.append({
    "id": "R27", "kind": "rejection", "slug": "fr_workday_banque_boreale", "lang": "fr",
    "company": "Banque Boréale", "contact": "",
    "frm": ("Banque Boréale – Carrières", "boreale@myworkday.com"),
    "subj": "Suivi de votre candidature – Analyste, Recherche opérationnelle (R0031877)",
    "date": "2026-08-20 11:05:09 -0400", "cs": "utf-8", "cte": "base64",
    "hb": True,
    "html": ats_card(
        logo_url="https://wd3.myworkdaycdn.com/boreale/logo_boreale_fr.png",
        logo_alt="Banque Boréale",
        accent="#0b6e4f", lang="fr",
        body=ps(
            "Bonjour Rafael,",
            "Merci d'avoir postulé au poste d'<b>Analyste, Recherche opérationnelle</b> au sein de l'équipe "
            "Optimisation des services de la Banque Boréale.",
            "Nous avons bien étudié votre profil. Malheureusement, nous ne sommes pas en mesure de donner suite à "
            "votre candidature pour ce poste.",
            "Nous vous encourageons à consulter régulièrement nos "
            '<a href="https://boreale.wd3.myworkdayjobs.com/fr-CA/Carrieres?source=courriel" style="color:#0b6e4f;">offres d\'emploi</a>.',
            "Cordialement,<br>L'équipe Acquisition de talents<br>Banque Boréale",
        ),
        footer="Banque Boréale du Canada · 1000, rue De La Gauchetière Ouest, Montréal (Québec)<br>"
               "Ce message a été généré automatiquement, veuillez ne pas y répondre.<br>"
               '<a href="https://boreale.wd3.myworkday.com/boreale/confidentialite" style="color:#8a9099;">Confidentialité</a> · '
               '<a href="https://boreale.wd3.myworkday.com/boreale/preferences" style="color:#8a9099;">Se désabonner</a>',
        pixel_url="https://wd3.myworkday.com/boreale/email/open.gif?r=0031877",
    ),
})

# R28 - French mining group, after an interview; Outlook French quote with "convocation".
MESSAGES.append({
    "id": "R28", "kind": "rejection", "slug": "fr_after_interview_outlook_chain", "lang": "fr",
    "company": "Groupe Minier Auvergne-Andes", "contact": "helene.marchand@gmaa.example.com",
    "frm": ("Hélène Marchand", "helene.marchand@gmaa.example.com"),
    "subj": "RE: Poste d'analyste planification - suite de notre entretien",
    "date": "2026-09-08 17:22:48 +0200", "cs": "windows-1252", "cte": "8bit", "irt": "I23",
    "hdrs": {"X-Mailer": "Microsoft Outlook 16.0"},
    "text": """Bonjour Rafael,

Je reviens vers vous suite à nos échanges et à l'entretien du 28 août avec M. Lefèvre.

Nous avons beaucoup apprécié votre approche des problèmes de dispatching et la qualité de
vos réponses. Toutefois, après réflexion, nous avons retenu un autre candidat, déjà basé
à Lima et disponible immédiatement pour le projet de Cerro Huancané.

Je suis sincèrement désolée de ne pas vous apporter une meilleure nouvelle. Je me permets
de garder votre CV pour de prochaines ouvertures dans nos filiales en Amérique du Sud.

Bien cordialement,

Hélène Marchand
Responsable Recrutement International
Groupe Minier Auvergne-Andes
12 rue Blatin – 63000 Clermont-Ferrand
Tél. : +33 4 73 00 00 00

De : Rafael Ortega-Lindström <rafael.ol@example.cl>
Envoyé : lundi 31 août 2026 02:10
À : Hélène Marchand <helene.marchand@gmaa.example.com>
Objet : RE: Poste d'analyste planification - suite de notre entretien

Bonjour Hélène,

Merci encore pour l'entretien. Je reste disponible pour une nouvelle convocation à un
entretien avec la direction des opérations si vous le souhaitez.

Cordialement,
Rafael

De : Hélène Marchand <helene.marchand@gmaa.example.com>
Envoyé : mardi 11 août 2026 10:02
À : Rafael Ortega-Lindström <rafael.ol@example.cl>
Objet : Poste d'analyste planification - invitation à un entretien

Bonjour Rafael, suite à votre candidature, nous souhaiterions vous inviter à un entretien...
""",
})

# R29 - softgarden, German, Sie, HTML only.
MESSAGES.append({
    "id": "R29", "kind": "rejection", "slug": "de_softgarden_absage", "lang": "de",
    "company": "Rheinmain Logistik", "contact": "",
    "frm": ("Rheinmain Logistik GmbH", "noreply@softgarden.io"),
    "subj": "Ihre Bewerbung als Disponent / Analyst Transportplanung (m/w/d)",
    "date": "2026-09-15 08:02:10 +0200", "cs": "utf-8", "cte": "quoted-printable", "refs": ["A19"],
    "html": """<html><head><meta charset="utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333;">
<table width="600" cellpadding="0" cellspacing="0" style="margin:0 auto;">
<tr><td style="padding:16px 0;border-bottom:3px solid #e2001a;"><img src="https://rheinmain-logistik.softgarden.io/assets/logo.png" alt="Rheinmain Logistik" height="38"></td></tr>
<tr><td style="padding:20px 0;line-height:1.5;">
<p>Sehr geehrter Herr Ortega-Lindström,</p>
<p>vielen Dank für Ihr Interesse an der Position <b>Disponent / Analyst Transportplanung (m/w/d)</b> an unserem Standort Frankfurt-Fechenheim und die Zeit, die Sie in Ihre Bewerbung investiert haben.</p>
<p>Leider müssen wir Ihnen mitteilen, dass wir Sie im weiteren Auswahlverfahren nicht berücksichtigen können. Diese Entscheidung ist keine Bewertung Ihrer Qualifikation; wir haben uns für Bewerberinnen und Bewerber entschieden, deren Profil noch genauer zu den Anforderungen passt.</p>
<p>Ihre Unterlagen werden gemäß DSGVO nach sechs Monaten gelöscht.</p>
<p>Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.</p>
<p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team<br>Rheinmain Logistik</p>
</td></tr>
<tr><td style="font-size:10px;color:#999;border-top:1px solid #ddd;padding-top:10px;">Rheinmain Logistik GmbH · Orber Straße 44 · 60386 Frankfurt am Main<br>Geschäftsführer: Klaus Dietrich, Anja Wenzel · Registergericht: Amtsgericht Frankfurt am Main, HRB 98765<br>
<a href="https://rheinmain-logistik.softgarden.io/de/privacy" style="color:#999;">Datenschutz</a> | <a href="https://rheinmain-logistik.softgarden.io/de/candidate/unsubscribe?t=ab12" style="color:#999;">Abmelden</a></td></tr>
</table>
</body></html>
""",
})

# R30 - German bank, after the interview, recruiter personally; Outlook German chain talks
# about an "Einladung zum Zweitgespräch".
MESSAGES.append({
    "id": "R30", "kind": "rejection", "slug": "de_bank_after_interview_outlook_chain", "lang": "de",
    "company": "Frankfurter Kreditbank", "contact": "stefanie.wolf@fkb.example.de",
    "frm": ("Wolf, Stefanie", "stefanie.wolf@fkb.example.de"),
    "subj": "AW: Vorstellungsgespräch Analyst Kapazitätsplanung",
    "date": "2026-10-06 15:49:31 +0200", "cs": "iso-8859-1", "cte": "quoted-printable",
    "irt": "<AM9PR07MB7123F0A1B2C3D4E5F6@AM9PR07MB7123.eurprd07.example.cl>", "refs": ["A20"],
    "hdrs": {"X-Mailer": "Microsoft Outlook 16.0", "Thread-Topic": "Vorstellungsgespräch Analyst Kapazitätsplanung"},
    "text": """Sehr geehrter Herr Ortega-Lindström,

vielen Dank für Ihre Nachfrage und nochmals für das angenehme Gespräch am 29. September.

Nach sorgfältiger Abwägung haben wir uns entschieden, die Stelle mit einer Kandidatin zu
besetzen, die bereits Erfahrung mit der Kapazitätsplanung im Zahlungsverkehr mitbringt.
Wir bedauern, Ihnen keine positivere Nachricht geben zu können.

Für Ihren weiteren Weg wünsche ich Ihnen viel Erfolg.

Mit freundlichen Grüßen

Stefanie Wolf
Personalreferentin Recruiting
Frankfurter Kreditbank AG
Neue Mainzer Straße 52, 60311 Frankfurt am Main
Telefon +49 69 2222 4410

Frankfurter Kreditbank AG | Sitz: Frankfurt am Main | Amtsgericht Frankfurt am Main HRB 55123
Vorstand: Dr. Peter Lang (Vorsitzender), Sabine Roth | Vorsitzender des Aufsichtsrats: Werner Fuchs

Von: Rafael Ortega-Lindström <rafael.ol@example.cl>
Gesendet: Freitag, 2. Oktober 2026 18:04
An: Wolf, Stefanie <stefanie.wolf@fkb.example.de>
Betreff: Vorstellungsgespräch Analyst Kapazitätsplanung

Sehr geehrte Frau Wolf,

vielen Dank für das Gespräch am Dienstag. Darf ich fragen, bis wann ich mit einer
Rückmeldung bzw. einer Einladung zum Zweitgespräch rechnen kann?

Mit freundlichen Grüßen
Rafael Ortega-Lindström
""",
})

# R31 - speculative application to a consultancy, role mailbox signed by a person, base64.
MESSAGES.append({
    "id": "R31", "kind": "rejection", "slug": "de_initiativbewerbung_consulting", "lang": "de",
    "company": "Bergmann & Kessler", "contact": "bewerbung@bergmann-kessler.example.de",
    "frm": ("Bergmann & Kessler Bewerbung", "bewerbung@bergmann-kessler.example.de"),
    "subj": "Ihre Initiativbewerbung",
    "date": "2026-10-13 11:30:00 +0200", "cs": "utf-8", "cte": "base64",
    "irt": "<CAK7Q2x-initiativ-0921@mail.example.cl>",
    "text": """Sehr geehrter Herr Ortega-Lindström,

haben Sie vielen Dank für Ihre Initiativbewerbung vom 21. September und das damit
verbundene Interesse an Bergmann & Kessler.

Wir haben Ihre Unterlagen mit Interesse gelesen. Derzeit können wir Ihnen jedoch keine
passende Position anbieten: Unsere Projekte im Bereich Operations Excellence werden
überwiegend auf Deutsch und vor Ort bei Mittelständlern im Rhein-Main-Gebiet
durchgeführt, und aktuell planen wir keine Verstärkung im Bereich Optimierung.

Für Rückfragen stehe ich Ihnen unter dieser Adresse gern zur Verfügung.

Mit freundlichen Grüßen

Jana Roth
Recruiting & Office Management

Bergmann & Kessler Unternehmensberatung GmbH
Bockenheimer Landstraße 17-19 · 60325 Frankfurt am Main
Geschäftsführer: Dr. Ulrich Bergmann, Anke Kessler
Amtsgericht Frankfurt am Main HRB 77001
""",
})

assert len(MESSAGES) == 31
