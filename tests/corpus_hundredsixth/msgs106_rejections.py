"""Rejections of the hundredsixth corpus, written one by one.

Soft wordings, a role put on hold, a post filled internally, rejections after interviews, of a
speculative application, in one line; from ATS senders, recruiters, agencies, public bodies.
"""

from __future__ import annotations

from msgs106_common import pixel, track

MESSAGES: list[dict] = []

# 001 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "workday_soft_match",
    "kind": "rejection", "company": "Minera Altiplano Norte", "contact": "", "language": "es",
    "from": ("Minera Altiplano Norte Talent Acquisition", "mineraaltiplano@myworkday.com"),
    "subject": "Actualización sobre tu postulación – Analista Senior de Control de Proyectos (R-10482)",
    "date": "2026-02-17 16:05 -0300",
    "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": f"""<!DOCTYPE html>
<html lang="es"><head><meta charset="utf-8"><title>Actualización de tu postulación</title></head>
<body style="margin:0;padding:0;background-color:#f3f4f6;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f3f4f6;">
<tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;border:1px solid #d9dce1;font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:21px;color:#1f2933;">
<tr><td style="padding:20px 32px;border-bottom:4px solid #b5651d;"><img src="https://wd3.myworkday.com/mineraaltiplano/assets/logo-man.png" alt="Minera Altiplano Norte" width="180" height="44" style="display:block;border:0;"></td></tr>
<tr><td style="padding:28px 32px 8px 32px;">
<p style="margin:0 0 14px 0;">Hola Valentina:</p>
<p style="margin:0 0 14px 0;">Te agradecemos el tiempo que dedicaste a postular al cargo <strong>Analista Senior de Control de Proyectos (R-10482)</strong>, con base en Antofagasta.</p>
<p style="margin:0 0 14px 0;">Recibimos un número importante de postulaciones con perfiles muy sólidos. Después de revisarlas junto al área usuaria, hemos decidido avanzar con candidatas y candidatos cuya experiencia se ajusta más estrechamente a los requisitos del cargo, en particular en control de costos de proyectos de expansión de plantas concentradoras.</p>
<p style="margin:0 0 14px 0;">Sabemos que no es la respuesta que esperabas. Tu perfil quedará registrado en nuestra base de talentos y te invitamos a seguir revisando nuestras oportunidades.</p>
<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:22px 0;"><tr><td style="background:#b5651d;border-radius:3px;"><a href="{track('wd3.myworkday.com', 'mineraaltiplano-d-inst-5521', 'mineraaltiplano/d/task/2998$7710.htmld')}" style="display:inline-block;padding:10px 18px;color:#ffffff;text-decoration:none;font-weight:bold;">Ver ofertas vigentes</a></td></tr></table>
<p style="margin:0 0 14px 0;">Un saludo cordial,<br>Equipo de Atracción de Talento<br>Minera Altiplano Norte</p>
</td></tr>
<tr><td style="padding:16px 32px;background:#f8f8f8;font-size:11px;line-height:16px;color:#6b7280;">
Este mensaje fue enviado desde una casilla que no recibe respuestas. Para revisar el estado de tus postulaciones ingresa a tu cuenta de candidato.<br>
Minera Altiplano Norte SpA · Av. Grecia 1450, Antofagasta, Chile · <a href="https://www.mineraaltiplano.example.cl/privacidad" style="color:#6b7280;">Política de privacidad</a>
</td></tr>
</table>
</td></tr></table>
{pixel('wd3.myworkday.com', 'mineraaltiplano-8c1f0e')}
</body></html>
""",
})

# 002 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "after_second_interview_gmail_quote",
    "kind": "rejection", "company": "Pacífico Sur Ingeniería y Construcción",
    "contact": "mlagos@pacificosur-ic.example.cl", "language": "es",
    "from": ("Macarena Lagos Fuenzalida", "mlagos@pacificosur-ic.example.cl"),
    "subject": "Re: Gracias por la entrevista",
    "date": "2026-03-17 12:48 -0300",
    "structure": "plain", "charset": "iso-8859-1", "cte": "8bit", "header_charset": "iso-8859-1",
    "mid": "<CAJ8m4qL0xR2pPsur-9d1e@mail.pacificosur-ic.example.cl>",
    "in_reply_to": "<2f6b1a90-valentina-0305@example.cl>",
    "references": ["<a44c01.segunda-ronda@pacificosur-ic.example.cl>",
                   "<2f6b1a90-valentina-0305@example.cl>"],
    "text": """Hola Valentina, ¿cómo estás?

Te escribo para darte una respuesta, que sé que estabas esperando. Primero, de verdad gracias por tu disposición y por cómo preparaste la segunda entrevista; a Rodrigo le gustó mucho tu forma de explicar la curva S del proyecto Sierra Gorda.

Lamentablemente, esta vez nos inclinamos por otra candidata que tiene más años usando Primavera P6 en obras de gran minería en faena, algo que para este contrato pesaba bastante. Fue una decisión difícil y quedaste muy bien evaluada.

Si te parece, me gustaría mantenerte en mente para los próximos proyectos de control documental y costos que se abren en el segundo semestre.

Un abrazo y mucho éxito,

Macarena Lagos Fuenzalida
Analista de Reclutamiento y Selección
Pacífico Sur Ingeniería y Construcción S.A.
+56 2 2940 1180 | Av. Apoquindo 4501, piso 12, Las Condes

El jue, 5 mar 2026 a las 18:40, Valentina Quispe-Harrington (<valentina.qh@example.cl>) escribió:
> Hola Macarena:
>
> Muchas gracias por la entrevista de hoy con Rodrigo y contigo. Me quedé muy
> motivada con el proyecto y con la posibilidad de sumarme al equipo de
> control de proyectos. Quedo atenta a los próximos pasos.
>
> Saludos cordiales,
> Valentina
""",
})

# 003 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "terse_iphone_hiring_manager",
    "kind": "rejection", "company": "Pilbara Ridge Resources",
    "contact": "d.whitlock@pilbararidge.example.com.au", "language": "en",
    "from": ("Darren Whitlock", "d.whitlock@pilbararidge.example.com.au"),
    "subject": "Re: Project Controls Lead",
    "date": "2026-04-29 19:12 +0800",
    "structure": "plain", "charset": "utf-8", "cte": "7bit",
    "in_reply_to": "<5b3e77c2-vqh-0421@example.cl>",
    "references": ["<5b3e77c2-vqh-0421@example.cl>"],
    "headers": [("X-Mailer", "iPhone Mail (21E236)")],
    "text": """Hi Valentina, thanks for your time last week but we're going another way on this one. All the best.

Darren

Sent from my iPhone

> On 21 Apr 2026, at 10:03 pm, Valentina Quispe-Harrington <valentina.qh@example.cl> wrote:
>
> Dear Darren,
>
> Thank you again for the call about the Project Controls Lead role at
> Pilbara Ridge Resources. I have attached the cost report sample we
> discussed. Happy to answer anything else.
>
> Kind regards,
> Valentina
""",
})

# 004 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "greenhouse_interview_cancelled_role_on_hold",
    "kind": "rejection", "company": "Andes Copper & Lithium", "contact": "", "language": "en",
    "from": ("Andes Copper & Lithium Recruiting", "no-reply@us.greenhouse-mail.io"),
    "subject": "Your interview on March 12 – Senior Sustainability Engineer",
    "date": "2026-03-11 17:40 -0700",
    "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": f"""<html><head><meta content="text/html; charset=UTF-8" http-equiv="Content-Type"></head>
<body>
<div style="font-family: Helvetica, Arial, sans-serif; font-size: 14px; color: #222; max-width: 560px;">
<p><img src="https://s3.amazonaws.com/grnhse-prod/logos/andes-copper-lithium.png" alt="Andes Copper &amp; Lithium" height="40"></p>
<p>Hi Valentina,</p>
<p>I'm reaching out about the interview we had scheduled for tomorrow, March 12, for the Senior Sustainability Engineer position in our Vancouver office.</p>
<p>Earlier today our leadership team decided to put this role on hold while we review the 2026 capital plan for the Salar Blanco project. As a result, we will not be proceeding with the hiring process for this position, and we have had to cancel your interview.</p>
<p>I'm sorry for the short notice. This has nothing to do with your background, which the team found genuinely interesting. If the role re-opens later in the year we will post it again on our careers page, and you would be very welcome to re-apply.</p>
<p>Thank you for your interest in Andes Copper &amp; Lithium.</p>
<p>Best regards,<br>Talent Team<br>Andes Copper &amp; Lithium</p>
<p style="font-size: 11px; color: #888;">Please do not reply to this email; this mailbox is not monitored. <a href="{track('u4761.ct.greenhouse-mail.io', 'CxK1b9Qe-andescl-22')}" style="color:#888;">View our privacy notice</a></p>
</div>
{pixel('u4761.ct.greenhouse-mail.io', 'wf-open-22a90c')}
</body></html>
""",
})

# 005 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "speculative_application_utility_no_reply_role_box",
    "kind": "rejection", "company": "Aguas del Desierto", "contact": "", "language": "es",
    "from": ("Gestión de Personas · Aguas del Desierto", "personas@aguasdeldesierto.example.cl"),
    "subject": "Su presentación espontánea de antecedentes",
    "date": "2026-01-08 09:31 -0300",
    "structure": "plain", "charset": "windows-1252", "cte": "quoted-printable",
    "header_charset": "windows-1252",
    "text": """Estimada señora Quispe-Harrington:

Junto con saludarla, acusamos recibo de los antecedentes que nos hizo llegar de manera espontánea el pasado 29 de diciembre, manifestando su interés en integrarse a la Gerencia de Proyectos de Aguas del Desierto.

Le informamos que, en esta oportunidad, la compañía no cuenta con vacantes abiertas que se ajusten a su perfil, por lo que no podremos dar curso a su solicitud. De acuerdo con nuestra política de protección de datos personales, sus antecedentes no serán conservados en nuestros registros; le sugerimos postular a través del portal de empleos cuando se publique un cargo de su interés.

Agradecemos sinceramente su interés en nuestra empresa y le deseamos éxito en su búsqueda.

Atentamente,

Subgerencia de Gestión de Personas
Aguas del Desierto S.A.
Calle Sucre 220, Antofagasta
www.aguasdeldesierto.example.cl

Este correo es de carácter informativo. Las postulaciones se reciben únicamente a través del portal de empleos.
""",
})

# 006 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "poste_comble_a_l_interne_quebec",
    "kind": "rejection", "company": "Groupe Ducharme Ingénierie",
    "contact": "itrottier@ducharme-ing.example.ca", "language": "fr",
    "from": ("Isabelle Trottier", "itrottier@ducharme-ing.example.ca"),
    "subject": "Poste d'ingénieure en contrôle de projets - suivi de votre candidature",
    "date": "2026-01-29 14:22 -0500",
    "structure": "plain", "charset": "iso-8859-1", "cte": "quoted-printable",
    "header_charset": "iso-8859-1",
    "text": """Bonjour Madame Quispe-Harrington,

Je vous remercie de l'intérêt que vous avez manifesté pour le poste d'ingénieure en contrôle de projets (mines et métaux) affiché pour notre bureau de Vancouver.

Je tiens à vous informer que ce poste a été comblé à l'interne par une personne de notre équipe de Sudbury qui souhaitait être mutée dans l'Ouest. Nous ne poursuivrons donc pas le processus avec les candidatures externes.

Votre dossier était fort intéressant, notamment votre expérience des projets de relaves au Chili, et je me permets de le conserver pour de futurs affichages, à moins que vous ne m'indiquiez le contraire.

Au plaisir,

Isabelle Trottier, CRHA
Conseillère principale, acquisition de talents
Groupe Ducharme Ingénierie
1250, boul. René-Lévesque Ouest, bureau 2200, Montréal (Québec) H3B 4W8
514 555-0187

AVIS DE CONFIDENTIALITÉ : Ce courriel peut contenir des renseignements confidentiels. Si vous l'avez reçu par erreur, veuillez en aviser l'expéditeur et le détruire.
""",
})

# 007 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "lever_after_panel_reply_to_recruiter",
    "kind": "rejection", "company": "Northgate EPCM",
    "contact": "priya.raman@northgate-epcm.example.ca", "language": "en",
    "from": ("Northgate EPCM", "no-reply@hire.lever.co"),
    "reply_to": ("Priya Raman", "priya.raman@northgate-epcm.example.ca"),
    "subject": "Northgate EPCM – Project Controls Specialist (Mining)",
    "date": "2026-02-20 11:05 -0800",
    "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Hi Valentina,

Thank you for meeting with our panel on Tuesday. Kevin, Marta and I enjoyed hearing about your work on the tailings dam raise in Antofagasta, and we appreciated the thought you put into the scheduling exercise.

After a lot of discussion we have decided not to move forward with your candidacy for the Project Controls Specialist (Mining) role. The panel was looking for someone who has already run EVM reporting for an owner's team on a Canadian project, and in the end we chose a candidate with that specific background.

I know this is disappointing after several rounds. If it helps, I am happy to set up a 15-minute call to share the panel's feedback; just reply to this email.

All the best,

Priya Raman | Senior Talent Partner | Northgate EPCM Inc.
1055 W Georgia St, Suite 1800, Vancouver, BC V6E 3P3
""",
    "html": f"""<html><body style="margin:0;padding:0;">
<div style="font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5;color:#1d1d1f;padding:24px;">
<p>Hi Valentina,</p>
<p>Thank you for meeting with our panel on Tuesday. Kevin, Marta and I enjoyed hearing about your work on the tailings dam raise in Antofagasta, and we appreciated the thought you put into the scheduling exercise.</p>
<p>After a lot of discussion we have decided not to move forward with your candidacy for the Project Controls Specialist (Mining) role. The panel was looking for someone who has already run EVM reporting for an owner's team on a Canadian project, and in the end we chose a candidate with that specific background.</p>
<p>I know this is disappointing after several rounds. If it helps, I am happy to set up a 15-minute call to share the panel's feedback; just reply to this email.</p>
<p>All the best,</p>
<p>Priya Raman | Senior Talent Partner | Northgate EPCM Inc.<br><span style="color:#6e6e73;font-size:13px;">1055 W Georgia St, Suite 1800, Vancouver, BC V6E 3P3</span></p>
<hr style="border:none;border-top:1px solid #e5e5e5;margin:24px 0 12px;">
<p style="font-size:11px;color:#8e8e93;">Sent via Lever · <a href="{track('hire.lever.co', 'northgate-epcm-unsub-7f2a', 'unsubscribe')}" style="color:#8e8e93;">Unsubscribe from Northgate EPCM emails</a></p>
</div>
{pixel('hire.lever.co', 'e7d1-northgate-84')}
</body></html>
""",
})

# 008 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "smartrecruiters_peru_usted",
    "kind": "rejection", "company": "Minera Huallaga", "contact": "", "language": "es",
    "from": ("Minera Huallaga", "no-reply@smartrecruiters.com"),
    "subject": "Minera Huallaga: resultado del proceso de selección – Especialista en Control de Proyectos",
    "date": "2026-06-05 10:17 -0500",
    "structure": "html", "charset": "utf-8", "cte": "base64",
    "html": f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head>
<body style="margin:0;background:#eef1f4;">
<table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#eef1f4"><tr><td align="center">
<table width="620" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff" style="font-family:Verdana,Geneva,sans-serif;font-size:13px;color:#333333;">
<tr><td bgcolor="#0b4f6c" style="padding:18px 28px;"><img src="https://c.smartrecruiters.com/sr-company-logo-prod/minerahuallaga/logo.png" alt="Minera Huallaga" width="150" style="display:block;" /></td></tr>
<tr><td style="padding:30px 28px 10px 28px;line-height:20px;">
<p>Estimada Valentina:</p>
<p>Reciba un cordial saludo de parte de Minera Huallaga. Le agradecemos por su participación en el proceso de selección para el puesto de <b>Especialista en Control de Proyectos</b> (Lima – Unidad Minera Huallaga).</p>
<p>Luego de una cuidadosa evaluación de los perfiles, lamentamos comunicarle que en esta oportunidad usted no continuará en el proceso. Esta decisión no desmerece en absoluto su trayectoria profesional.</p>
<p>Sus datos permanecerán en nuestra base de postulantes y podrán ser considerados en futuras convocatorias que se ajusten a su perfil.</p>
<p>Le deseamos muchos éxitos.</p>
<p>Atentamente,<br /><b>Gestión del Talento</b><br />Minera Huallaga</p>
</td></tr>
<tr><td style="padding:18px 28px;border-top:1px solid #e3e6ea;font-size:10px;color:#8a8f98;line-height:15px;">
Por favor, no responda a este mensaje. | <a href="{track('jobs.smartrecruiters.com', 'mh-privacy-3391', 'MineraHuallaga/privacy-policy')}" style="color:#8a8f98;">Aviso de privacidad</a> | <a href="{track('jobs.smartrecruiters.com', 'mh-unsub-3391', 'candidate/unsubscribe')}" style="color:#8a8f98;">Dejar de recibir correos</a><br />
Powered by SmartRecruiters
</td></tr></table>
</td></tr></table>
{pixel('email.smartrecruiters.com', 'mh-5d2e44')}
</body></html>
""",
})

# 009 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "argentina_voseo_otro_perfil",
    "kind": "rejection", "company": "Litio Puna",
    "contact": "fgutierrez@litiopuna.example.ar", "language": "es",
    "from": ("Florencia Gutiérrez", "fgutierrez@litiopuna.example.ar"),
    "subject": "Búsqueda Ingeniera/o de Planificación - Salta",
    "date": "2026-04-22 17:55 -0300",
    "structure": "plain", "charset": "windows-1252", "cte": "8bit",
    "text": """Hola Valentina, ¿cómo andás?

Te escribo para contarte cómo siguió la búsqueda de Ingeniera/o de Planificación para el proyecto de Salta. Finalmente decidimos avanzar con otro perfil, alguien que ya viene trabajando con nosotros como contratista en el salar y conoce la operación.

Te quería agradecer un montón por el tiempo y por la buena onda en la charla. Tu experiencia en Chile nos pareció muy valiosa, así que si se abre algo en Buenos Aires o en el área de sustentabilidad te voy a escribir.

Cualquier cosa escribime, ¡éxitos!

Flor

--
Florencia Gutiérrez
Talent Acquisition – Litio Puna
Av. del Libertador 6350, piso 4, CABA
""",
})

# 010 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "personio_absage_rechtsform_footer",
    "kind": "rejection", "company": "Kessler Anlagenbau", "contact": "", "language": "de",
    "from": ("Kessler Anlagenbau GmbH", "noreply@personio.de"),
    "subject": "Ihre Bewerbung als Projektingenieurin Projektsteuerung (Standort Santiago de Chile)",
    "date": "2026-02-25 08:47 +0100",
    "structure": "html", "charset": "iso-8859-1", "cte": "quoted-printable",
    "header_charset": "iso-8859-1",
    "html": """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body style="background-color:#f5f5f5;margin:0;">
<table cellpadding="0" cellspacing="0" width="100%" style="background-color:#f5f5f5;"><tr><td align="center" style="padding:30px 0;">
<table cellpadding="0" cellspacing="0" width="580" style="background-color:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#2b2b2b;">
<tr><td style="padding:24px 36px 0 36px;"><img src="https://kessler-anlagenbau.jobs.personio.de/logo/kessler.png" alt="Kessler Anlagenbau" width="160"></td></tr>
<tr><td style="padding:24px 36px;line-height:22px;">
<p>Sehr geehrte Frau Quispe-Harrington,</p>
<p>vielen Dank für Ihre Bewerbung und das damit verbundene Interesse an unserem Unternehmen.</p>
<p>Wir haben uns Ihre Unterlagen sorgfältig angesehen. Leider müssen wir Ihnen mitteilen, dass wir uns nach eingehender Prüfung für andere Bewerberinnen und Bewerber entschieden haben, deren Profil den Anforderungen der Position noch besser entspricht.</p>
<p>Bitte verstehen Sie diese Entscheidung nicht als Bewertung Ihrer Qualifikation. Ihre Unterlagen werden gemäß unserer Datenschutzerklärung nach sechs Monaten gelöscht.</p>
<p>Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute und viel Erfolg.</p>
<p>Mit freundlichen Grüßen<br><br>Ihr Recruiting-Team<br>Kessler Anlagenbau</p>
</td></tr>
<tr><td style="padding:16px 36px 26px 36px;font-size:11px;color:#7a7a7a;line-height:16px;border-top:1px solid #eeeeee;">
Kessler Anlagenbau GmbH · Huttropstraße 60 · 45138 Essen<br>
Geschäftsführer: Dr. Jörg Kessler, Annette Vogl · Amtsgericht Essen HRB 23817 · USt-IdNr. DE 812 334 905<br>
Diese E-Mail wurde automatisch versendet. Antworten an diese Adresse können nicht bearbeitet werden.
</td></tr></table>
</td></tr></table>
</body></html>
""",
})

# 011 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "headhunter_client_named",
    "kind": "rejection", "company": "Compañía Minera Cerro Colorado del Sur",
    "contact": "techeverria@cordilleratalent.example.cl", "language": "es",
    "from": ("Tomás Echeverría", "techeverria@cordilleratalent.example.cl"),
    "subject": "Proceso Gerente de Control de Proyectos",
    "date": "2026-03-24 10:02 -0300",
    "structure": "plain", "charset": "utf-8", "cte": "base64",
    "text": """Valentina, buen día.

Quería contarte personalmente cómo terminó el proceso. Presentamos una terna final a Compañía Minera Cerro Colorado del Sur y el comité del cliente optó por un candidato con experiencia previa como gerente en una operación de cobre de más de 100 ktpd. Por lo tanto, no seguiremos adelante con tu postulación para este cargo.

Tu perfil gustó bastante: te encontraron muy sólida en metodología y en la parte de sustentabilidad, pero para este rol buscaban más años liderando equipos grandes.

Sigo en contacto contigo: tenemos dos búsquedas de jefatura de control de proyectos que se abren en abril y creo que encajas mejor ahí.

Saludos,

Tomás Echeverría
Socio | Cordillera Talent Partners
Executive Search – Minería y Energía
M +56 9 8765 1203
""",
})

# 012 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "agency_unnamed_client_quick_update",
    "kind": "rejection", "company": "Redwood & Lyle Recruitment",
    "contact": "jess.moreau@redwoodlyle.example.com.au", "language": "en",
    "from": ("Jess Moreau", "jess.moreau@redwoodlyle.example.com.au"),
    "subject": "quick update",
    "date": "2026-09-15 08:14 +0800",
    "structure": "plain", "charset": "utf-8", "cte": "7bit",
    "text": """Morning Valentina,

Heard back from my client (the gold producer in the Goldfields I mentioned) about the Senior Planner - Closure role. Unfortunately they won't be progressing your application; they want someone already holding WA residency and a current site medical, and they're not sponsoring for this one.

Sorry it's not better news. I'll keep you front of mind for anything with sponsorship on the table.

Cheers,
Jess

Jess Moreau
Principal Consultant - Mining & Resources
Redwood & Lyle Recruitment Pty Ltd
Level 9, 216 St Georges Tce, Perth WA 6000
P +61 8 6555 0142 | redwoodlyle.example.com.au
""",
})

# 013 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "university_concurso_resultado_role_box",
    "kind": "rejection", "company": "Universidad Católica del Desierto",
    "contact": "concursos@ucdesierto.example.cl", "language": "es",
    "from": ("Concursos Académicos UCD", "concursos@ucdesierto.example.cl"),
    "subject": "Resultado Concurso Académico N° 14/2026 – Departamento de Ingeniería Civil",
    "date": "2026-06-30 15:26 -0400",
    "structure": "alt", "charset": "utf-8", "cte": "8bit", "html_style": "outlook",
    "text": """Estimada Sra. Valentina Quispe-Harrington:

Por medio de la presente, y en nombre de la Comisión de Concurso, le comunicamos que el Concurso Académico N° 14/2026 para proveer un cargo de Profesor(a) Asistente jornada completa en el área de Gestión de Proyectos y Sustentabilidad del Departamento de Ingeniería Civil ha concluido.

Tras la evaluación de antecedentes y entrevistas, la Comisión resolvió proponer a otro(a) postulante para el cargo, por lo que su postulación no ha sido seleccionada. El acta de resolución se encuentra disponible para los postulantes que la soliciten.

Agradecemos el interés manifestado en formar parte de nuestra Universidad. Para cualquier consulta o para solicitar el acta, puede responder a este correo.

Saluda atentamente,

Oficina de Concursos Académicos
Vicerrectoría Académica
Universidad Católica del Desierto
Av. Angamos 0610, Antofagasta
""",
})

# 014 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "public_agency_no_avanza_etapa_curricular",
    "kind": "rejection", "company": "Comisión Nacional de Transición Minera", "contact": "",
    "language": "es",
    "from": ("Unidad de Reclutamiento CNTM", "no-responder@cntm.example.cl"),
    "subject": "Proceso CNTM-2026-031: resultado etapa de evaluación curricular",
    "date": "2026-06-22 18:30 -0400",
    "structure": "plain", "charset": "iso-8859-1", "cte": "base64", "header_charset": "iso-8859-1",
    "text": """COMISIÓN NACIONAL DE TRANSICIÓN MINERA
Departamento de Gestión y Desarrollo de Personas

Proceso de selección CNTM-2026-031
Cargo: Profesional Especialista en Cierre de Faenas y Pasivos Ambientales (Grado 8° EUS)
Postulante: VALENTINA QUISPE-HARRINGTON

Junto con saludar, informamos a usted que, de acuerdo con la pauta de evaluación publicada en las bases del proceso, su puntaje en la etapa de Evaluación Curricular no alcanzó el mínimo requerido para avanzar a la etapa de Evaluación Técnica.

En consecuencia, su postulación no continúa en el presente proceso de selección.

Los resultados consolidados de cada etapa se publican en el portal de postulación. Las consultas deben canalizarse exclusivamente a través de dicho portal, dentro del plazo de tres días hábiles desde la presente notificación.

Agradecemos su participación.

Departamento de Gestión y Desarrollo de Personas
Comisión Nacional de Transición Minera

Este correo ha sido generado automáticamente; por favor no lo responda.
""",
})

# 015 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "teamtailor_spain_reply_to_team_box",
    "kind": "rejection", "company": "Grupo Mineral Ibérico",
    "contact": "talento@grupomineral-iberico.example.es", "language": "es",
    "from": ("Grupo Mineral Ibérico", "no-reply@teamtailor-mail.com"),
    "reply_to": ("Talento GMI", "talento@grupomineral-iberico.example.es"),
    "subject": "Sobre tu candidatura a Técnica/o de Sostenibilidad",
    "date": "2026-03-30 13:09 +0200",
    "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": f"""<!doctype html>
<html><head><meta name="viewport" content="width=device-width, initial-scale=1"><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="background:#fafafa;margin:0;padding:0;">
<div style="display:none;max-height:0;overflow:hidden;">Gracias por tu interés en Grupo Mineral Ibérico</div>
<table align="center" width="100%" style="max-width:560px;margin:0 auto;background:#ffffff;border-radius:8px;font-family:'Helvetica Neue',Helvetica,Arial,sans-serif;color:#222;">
<tr><td style="padding:32px 32px 0;"><img src="https://assets.teamtailor-cdn.com/companies/gmi/logo.png" alt="Grupo Mineral Ibérico" width="120" style="border:0;"></td></tr>
<tr><td style="padding:24px 32px;font-size:15px;line-height:24px;">
<p>Hola Valentina,</p>
<p>Gracias por el interés que has mostrado en la posición de Técnica/o de Sostenibilidad en nuestra sede de Madrid y por el tiempo que has dedicado a tu candidatura.</p>
<p>Tras revisar con calma todos los perfiles, hemos decidido no seguir adelante con tu candidatura en este proceso. Buscábamos a alguien con experiencia directa en tramitación ambiental en España (evaluación de impacto y autorizaciones en Andalucía y Castilla y León), y hemos priorizado perfiles con ese recorrido.</p>
<p>Nos ha gustado mucho conocer tu trayectoria en Chile. Si tienes cualquier duda, puedes responder a este email y el equipo de talento te contestará.</p>
<p>¡Mucha suerte con tus próximos pasos!</p>
<p>Un saludo,<br>El equipo de Talento de Grupo Mineral Ibérico</p>
</td></tr>
<tr><td style="padding:0 32px 28px;font-size:12px;color:#999;line-height:18px;">
<a href="{track('click.teamtailor-mail.com', 'gmi-connect-88', 'ls/click')}" style="color:#999;">Únete a nuestro Connect</a> · <a href="{track('click.teamtailor-mail.com', 'gmi-privacy-88', 'ls/click')}" style="color:#999;">Política de privacidad</a><br>
Grupo Mineral Ibérico, S.A. · Paseo de la Castellana 95, 28046 Madrid<br>
Enviado con Teamtailor
</td></tr></table>
{pixel('click.teamtailor-mail.com', 'gmi-open-12ab')}
</body></html>
""",
})

# 016 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "family_business_one_line",
    "kind": "rejection", "company": "Transportes Henríquez e Hijos",
    "contact": "hector@henriquezehijos.example.cl", "language": "es",
    "from": ("Hector Henriquez", "hector@henriquezehijos.example.cl"),
    "subject": "RE: Postulacion Jefa de Proyectos",
    "date": "2026-07-02 21:47 -0400",
    "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "in_reply_to": "<7d0aa2f1-vqh-0622@example.cl>",
    "references": ["<7d0aa2f1-vqh-0622@example.cl>"],
    "text": """Valentina gracias pero ya tomamos a otra persona. Saludos

Héctor Henríquez R.
Transportes Henríquez e Hijos Ltda.
Calama

-----Mensaje original-----
De: Valentina Quispe-Harrington [mailto:valentina.qh@example.cl]
Enviado el: lunes, 22 de junio de 2026 11:02
Para: hector@henriquezehijos.example.cl
Asunto: Postulacion Jefa de Proyectos

Estimado Sr. Henríquez:

Le escribo por el aviso de Jefa/e de Proyectos publicado en el diario regional. Adjunto mi CV; tengo ocho años de experiencia en proyectos para la gran minería y me encantaría conversar con usted.

Saludos cordiales,
Valentina Quispe-Harrington
""",
})

# 017 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "update_after_final_outlook_quote_says_invite",
    "kind": "rejection", "company": "Bridgewater Sustainability Partners",
    "contact": "naomi.fairbanks@bridgewatersp.example.ca", "language": "en",
    "from": ("Naomi Fairbanks", "naomi.fairbanks@bridgewatersp.example.ca"),
    "subject": "Update",
    "date": "2026-04-08 16:31 -0700",
    "structure": "plain", "charset": "windows-1252", "cte": "quoted-printable",
    "in_reply_to": "<YT3PR01MB8842.bsp-final-0323@bridgewatersp.example.ca>",
    "references": ["<YT3PR01MB8842.bsp-final-0323@bridgewatersp.example.ca>"],
    "text": """Hi Valentina,

I wanted to write to you myself rather than send the standard note.

Thank you for coming through the final stage with us. You presented the closure-cost model clearly and the partners valued your questions about community engagement in Atacama. It was a genuinely close call, but we have offered the Senior Consultant role to another candidate whose experience more closely matches the BC regulatory work we have lined up for the next two years.

I would like to keep in touch. We expect to grow the Latin America practice in 2027, and I think your profile would be a natural fit there.

With thanks and warm wishes,
Naomi

Naomi Fairbanks, P.Eng.
Principal, Mine Closure & Reclamation
Bridgewater Sustainability Partners
604-555-0163 | 700 W Pender St, Vancouver

From: Naomi Fairbanks <naomi.fairbanks@bridgewatersp.example.ca>
Sent: Monday, March 23, 2026 9:12 AM
To: Valentina Quispe-Harrington <valentina.qh@example.cl>
Subject: Final interview – Senior Consultant

Hi Valentina,

Great news – we would like to invite you to a final interview with two of our partners next week. Please bring a short presentation (15 minutes) on how you would estimate closure costs for a small copper operation. Would Wednesday, April 1 at 8:00 a.m. Pacific work for you?

Best,
Naomi
""",
})

# 018 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "icims_position_filled",
    "kind": "rejection", "company": "Coastal Cordillera Mining", "contact": "", "language": "en",
    "from": ("Coastal Cordillera Mining Careers", "careers-noreply@talent.icims.com"),
    "subject": "Status of your application: Environmental Compliance Coordinator (2026-1187)",
    "date": "2026-07-15 14:02 -0700",
    "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": f"""<html><head><style type="text/css">body{{font-family:Tahoma,Arial,sans-serif;font-size:13px;}} .ftr{{font-size:10px;color:#777;}}</style></head>
<body>
<table width="640" border="0" cellspacing="0" cellpadding="10" align="center">
<tr><td style="border-bottom:2px solid #2e5e4e;"><img src="https://careers-coastalcordillera.icims.com/icims2/servlet/icims2?module=AppInert&amp;action=download&amp;id=logo" alt="Coastal Cordillera Mining Corp." width="210"></td></tr>
<tr><td>
<p>Dear Valentina,</p>
<p>Thank you for your interest in the <b>Environmental Compliance Coordinator</b> position (Requisition 2026-1187) at our Squamish office.</p>
<p>We wanted to let you know that the position has been filled. We appreciate the time you invested in your application and in meeting with our team.</p>
<p>We encourage you to continue to visit our <a href="{track('careers-coastalcordillera.icims.com', 'ccm-jobs-77', 'jobs/intro')}">careers site</a> for future opportunities that match your skills.</p>
<p>Sincerely,<br>Human Resources<br>Coastal Cordillera Mining Corp.</p>
</td></tr>
<tr><td class="ftr">This message was sent from an unattended mailbox. Coastal Cordillera Mining Corp. is an equal opportunity employer and values diversity at all levels.<br>
<a href="{track('careers-coastalcordillera.icims.com', 'ccm-optout-77', 'jobs/optout')}">Manage your communication preferences</a></td></tr>
</table>
{pixel('careers-coastalcordillera.icims.com', 'ccm-bcn-3e1')}
</body></html>
""",
})

# 019 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "workable_fr_suite_non_favorable",
    "kind": "rejection", "company": "Delacroix Conseil", "contact": "", "language": "fr",
    "from": ("Delacroix Conseil", "noreply@candidates.workablemail.com"),
    "subject": "Votre candidature chez Delacroix Conseil",
    "date": "2026-03-05 09:40 +0100",
    "structure": "html", "charset": "utf-8", "cte": "base64",
    "html": f"""<html><body style="margin:0;padding:0;background:#f4f5f7;">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center" style="padding:28px 10px;">
<table width="560" cellpadding="0" cellspacing="0" role="presentation" style="background:#fff;border-radius:4px;font-family:Georgia,'Times New Roman',serif;font-size:15px;line-height:23px;color:#2a2a2a;">
<tr><td style="padding:26px 34px 6px;"><img src="https://workablehr.s3.amazonaws.com/uploads/account/logo/delacroix-conseil.png" alt="Delacroix Conseil" height="36"></td></tr>
<tr><td style="padding:10px 34px 24px;">
<p>Madame,</p>
<p>Nous vous remercions de l'intérêt que vous portez à Delacroix Conseil et de votre candidature au poste de Consultante senior – Stratégie climat &amp; industries extractives (bureau de Lima).</p>
<p>Après une étude attentive de votre dossier, nous sommes au regret de vous informer que nous ne sommes pas en mesure d'y donner une suite favorable. Le nombre important de candidatures reçues nous a conduits à retenir des profils dont l'expérience correspond plus précisément aux attentes de nos clients.</p>
<p>Nous vous souhaitons pleine réussite dans vos recherches et dans la suite de votre parcours professionnel.</p>
<p>Bien cordialement,</p>
<p>L'équipe Recrutement<br>Delacroix Conseil</p>
</td></tr>
<tr><td style="padding:14px 34px;border-top:1px solid #ececec;font-family:Arial,sans-serif;font-size:11px;color:#9a9a9a;line-height:16px;">
Delacroix Conseil SAS – 18 rue de la Chaussée-d'Antin, 75009 Paris – RCS Paris 812 447 209<br>
Vos données sont traitées conformément au RGPD. <a href="{track('apply.workable.com', 'delacroix-rgpd-4')}" style="color:#9a9a9a;">En savoir plus</a> · Propulsé par Workable
</td></tr></table></td></tr></table>
{pixel('email.workablemail.com', 'dlx-open-91')}
</body></html>
""",
})

# 020 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "startup_quebec_tutoiement_profil_data",
    "kind": "rejection", "company": "HydroTrace", "contact": "maxime@hydrotrace.example.ca",
    "language": "fr",
    "from": ("Maxime Gagnon", "maxime@hydrotrace.example.ca"),
    "subject": "Suite à notre appel",
    "date": "2026-10-02 15:58 -0400",
    "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "text": """Salut Valentina,

Merci encore pour l'appel de jeudi, j'ai vraiment apprécié ta vision du suivi de l'eau dans les sites miniers.

Après en avoir discuté avec Julie et l'équipe, on a finalement choisi d'aller avec un profil plus orienté data/ML pour ce poste-là. Ce n'est donc pas toi qu'on va retenir cette fois-ci, et je préférais te le dire directement plutôt que de te laisser sans nouvelles.

Si jamais on ouvre un poste plus « terrain » l'an prochain (on en parle pour le Chili), je te fais signe en premier.

Bonne continuation et à bientôt j'espère!

Max
--
Maxime Gagnon · cofondateur & CEO · HydroTrace
hydrotrace.example.ca · Montréal
""",
})

# 021 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "candidature_spontanee_vivier",
    "kind": "rejection", "company": "Sérélec Ingénierie", "contact": "", "language": "fr",
    "from": ("Service Recrutement Sérélec", "recrutement@serelec-ingenierie.example.com"),
    "subject": "Votre candidature spontanée",
    "date": "2026-02-04 11:15 +0100",
    "structure": "plain", "charset": "windows-1252", "cte": "quoted-printable",
    "header_charset": "windows-1252",
    "text": """Madame,

Nous avons bien reçu votre candidature spontanée et vous remercions de l'intérêt que vous portez à notre groupe.

Après examen attentif de votre profil, nous ne sommes malheureusement pas en mesure de vous proposer un poste correspondant à vos compétences à l'heure actuelle, nos besoins en maîtrise de projets étant pourvus sur nos implantations de Lima et de Santiago.

Avec votre accord, nous conservons votre CV dans notre vivier de candidats pendant une durée de deux ans, afin de pouvoir vous recontacter si une opportunité se présentait.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Le Service Recrutement
Sérélec Ingénierie
Immeuble « Le Quadrant » – 4, allée Irène-Joliot-Curie – 69800 Saint-Priest

Ce message a été envoyé automatiquement, merci de ne pas y répondre.
""",
})

# 022 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "absage_nach_gespraech_legal_footer",
    "kind": "rejection", "company": "Umweltplan Consult",
    "contact": "k.wollweber@umweltplan-consult.example.com", "language": "de",
    "from": ("Dr. Katrin Wollweber", "k.wollweber@umweltplan-consult.example.com"),
    "subject": "Ihre Bewerbung – Projektmanagerin Bergbaufolgelandschaften Chile",
    "date": "2026-03-19 10:24 +0100",
    "structure": "plain", "charset": "windows-1252", "cte": "quoted-printable",
    "in_reply_to": "<AM9PR07MB7188E3F0umwelt0302@AM9PR07MB7188.eurprd07.prod.outlook.com>",
    "text": """Sehr geehrte Frau Quispe-Harrington,

vielen Dank für das angenehme und offene Gespräch am vergangenen Donnerstag und für die Zeit, die Sie sich trotz der Zeitverschiebung genommen haben.

Wir haben uns die Entscheidung nicht leicht gemacht. Nach reiflicher Überlegung haben wir uns jedoch für eine Kandidatin entschieden, die bereits Projekte mit unseren Partnern im Lithiumdreieck begleitet hat. Wir können Ihnen die Stelle daher leider nicht anbieten.

Ihre Erfahrung mit Tailings-Management und Ihre Sprachkenntnisse haben uns beeindruckt. Gern würden wir Ihre Unterlagen für künftige Projekte in Südamerika in Evidenz halten - bitte geben Sie mir kurz Bescheid, falls Sie damit nicht einverstanden sind.

Mit freundlichen Grüßen aus Freiberg

Dr. Katrin Wollweber
Bereichsleiterin Internationale Projekte

Umweltplan Consult GmbH
Am St. Niclas Schacht 13 | 09599 Freiberg
Tel. +49 3731 555 210

Sitz der Gesellschaft: Freiberg | Amtsgericht Chemnitz HRB 30412
Geschäftsführer: Matthias Engert, Dr. Susanne Hölzel

Von: Wollweber, Katrin <k.wollweber@umweltplan-consult.example.com>
Gesendet: Montag, 2. März 2026 16:05
An: Valentina Quispe-Harrington <valentina.qh@example.cl>
Betreff: Einladung zum Gespräch – Projektmanagerin Bergbaufolgelandschaften Chile

Sehr geehrte Frau Quispe-Harrington,

vielen Dank für Ihre Bewerbung. Wir möchten Sie gern zu einem Vorstellungsgespräch per Videokonferenz einladen, und zwar am Donnerstag, 12. März, um 14:00 Uhr MEZ (10:00 Uhr in Santiago). Bitte bestätigen Sie uns den Termin kurz.

Mit freundlichen Grüßen
Katrin Wollweber
""",
})

# 023 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "softgarden_stelle_wird_nicht_besetzt",
    "kind": "rejection", "company": "Hochschule für Bergbau und Umwelt Erzgebirge", "contact": "",
    "language": "de",
    "from": ("Hochschule für Bergbau und Umwelt Erzgebirge", "noreply@softgarden.io"),
    "subject": "Ausschreibung 41/2026 – Wissenschaftliche Mitarbeiterin (m/w/d) Nachhaltige Rohstoffprojekte",
    "date": "2026-06-24 13:37 +0200",
    "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": f"""<html><head><meta charset="utf-8"></head>
<body style="font-family:Verdana,Arial,sans-serif;font-size:13px;color:#222;">
<table width="600" cellspacing="0" cellpadding="0" border="0" style="border:1px solid #d0d7de;">
<tr><td style="background:#003a70;padding:14px 20px;"><img src="https://static.softgarden.io/hbue/logo-weiss.png" alt="Hochschule für Bergbau und Umwelt Erzgebirge" width="240"></td></tr>
<tr><td style="padding:22px 20px;line-height:20px;">
<p>Sehr geehrte Frau Quispe-Harrington,</p>
<p>Sie hatten sich auf die Ausschreibung 41/2026 „Wissenschaftliche Mitarbeiterin / Wissenschaftlicher Mitarbeiter (m/w/d) – Nachhaltige Rohstoffprojekte in Lateinamerika“ beworben. Für Ihr Interesse danken wir Ihnen herzlich.</p>
<p>Leider müssen wir Ihnen mitteilen, dass die Finanzierung des Drittmittelprojekts nicht bewilligt wurde. Die Stelle wird daher nicht besetzt, und das Auswahlverfahren ist beendet. Das für den 2. Juli vorgesehene Gespräch entfällt.</p>
<p>Wir bedauern dies sehr und wünschen Ihnen für Ihren weiteren Weg alles Gute.</p>
<p>Mit freundlichen Grüßen<br>Dezernat Personal<br>Hochschule für Bergbau und Umwelt Erzgebirge</p>
</td></tr>
<tr><td style="padding:12px 20px;background:#f3f5f7;font-size:10px;color:#666;">Diese Nachricht wurde über softgarden versendet. Bitte antworten Sie nicht auf diese E-Mail. · <a href="{track('hbue.softgarden.io', 'hbue-ds-41', 'de/datenschutz')}" style="color:#666;">Datenschutz</a></td></tr>
</table>
{pixel('t.softgarden.io', 'hbue-41-o')}
</body></html>
""",
})

# 024 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "taleo_all_caps_name",
    "kind": "rejection", "company": "Transmisora Andina de Energía", "contact": "",
    "language": "es",
    "from": ("Transmisora Andina de Energía - Reclutamiento", "transandina@taleo.net"),
    "subject": "Requisición 2600417 - Ingeniero(a) de Control de Proyectos - Estado de su postulación",
    "date": "2026-05-29 03:12 +0000",
    "structure": "html", "charset": "iso-8859-1", "cte": "quoted-printable",
    "header_charset": "iso-8859-1",
    "html": f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"></head>
<body bgcolor="#FFFFFF">
<table width="100%" border="0"><tr><td><img src="https://transandina.taleo.net/careersection/theme/5/logo_tae.gif" alt="Transmisora Andina de Energía" border="0"></td></tr></table>
<font face="Arial" size="2">
<p>Estimado(a) VALENTINA,</p>
<p>Gracias por su interés en el cargo Ingeniero(a) de Control de Proyectos (Requisición 2600417).</p>
<p>Luego de analizar cuidadosamente su postulación, le informamos que hemos decidido continuar con otros postulantes cuyas calificaciones se ajustan de mejor manera a las necesidades actuales del cargo.</p>
<p>Le invitamos a mantener actualizado su perfil en nuestro <a href="{track('transandina.taleo.net', 'tae-cs-2600417', 'careersection/2/jobsearch.ftl')}">portal de carreras</a> y a postular a futuras vacantes.</p>
<p>Atentamente,</p>
<p>Gerencia de Personas<br>Transmisora Andina de Energía</p>
</font>
<hr size="1" noshade>
<font face="Arial" size="1" color="#808080">Este correo electrónico ha sido generado automáticamente. Por favor, no responda a este mensaje.</font>
</body></html>
""",
})

# 025 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "ashby_startup_reply_to_founder",
    "kind": "rejection", "company": "Tailings Lab", "contact": "camila@tailingslab.example.cl",
    "language": "es",
    "from": ("Tailings Lab", "no-reply@ashbyhq.com"),
    "reply_to": ("Camila Rojas", "camila@tailingslab.example.cl"),
    "subject": "Tu postulación a Tailings Lab",
    "date": "2026-02-09 19:20 -0300",
    "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Hola Valentina,

Gracias por postular a Project Engineer en Tailings Lab y por el tiempo que le dedicaste a la prueba técnica.

Te cuento derecho: decidimos avanzar con personas cuya experiencia calza más con lo que necesitamos ahora mismo, que es alguien muy metida en instrumentación de depósitos de relaves y en terreno casi todas las semanas. Tu perfil es más de control de proyectos y sustentabilidad, y creemos que en unos meses, cuando crezcamos, podría tener mucho sentido.

Si quieres feedback más detallado de la prueba, respóndeme acá y lo conversamos.

Un abrazo,
Camila Rojas
Cofundadora · Tailings Lab
""",
    "html": """<div style="font-family:Inter,Arial,sans-serif;font-size:15px;line-height:1.55;color:#111827;max-width:540px;">
<p>Hola Valentina,</p>
<p>Gracias por postular a <strong>Project Engineer</strong> en Tailings Lab y por el tiempo que le dedicaste a la prueba técnica.</p>
<p>Te cuento derecho: decidimos avanzar con personas cuya experiencia calza más con lo que necesitamos ahora mismo, que es alguien muy metida en instrumentación de depósitos de relaves y en terreno casi todas las semanas. Tu perfil es más de control de proyectos y sustentabilidad, y creemos que en unos meses, cuando crezcamos, podría tener mucho sentido.</p>
<p>Si quieres feedback más detallado de la prueba, respóndeme acá y lo conversamos.</p>
<p>Un abrazo,<br>Camila Rojas<br><span style="color:#6b7280;">Cofundadora · Tailings Lab</span></p>
<p style="font-size:11px;color:#9ca3af;margin-top:28px;">Powered by Ashby</p>
</div>
""",
})

# 026 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "peru_after_interview_arequipa",
    "kind": "rejection", "company": "Sociedad Minera Chachani",
    "contact": "jhuaman@smchachani.example.pe", "language": "es",
    "from": ("Jorge Huamán Ccori", "jhuaman@smchachani.example.pe"),
    "subject": "Proceso de selección - Supervisor(a) de Planeamiento y Control",
    "date": "2026-08-14 16:40 -0500",
    "structure": "plain", "charset": "windows-1252", "cte": "base64", "header_charset": "windows-1252",
    "text": """Estimada Ing. Quispe-Harrington:

Reciba un cordial saludo. Le agradecemos por su participación en el proceso de selección para el puesto de Supervisor(a) de Planeamiento y Control y por habernos visitado en nuestras oficinas de Cerro Colorado, Arequipa, la semana pasada.

Luego de concluir las entrevistas con la Gerencia de Operaciones, le comunicamos que en esta ocasión no ha sido seleccionada para el puesto. La decisión se tomó considerando principalmente la experiencia en operación subterránea, requisito que el área usuaria priorizó.

Valoramos mucho su preparación y su interés en Sociedad Minera Chachani. Sus datos quedarán en nuestra cartera para próximas convocatorias.

Atentamente,

Jorge Huamán Ccori
Jefe de Recursos Humanos
Sociedad Minera Chachani S.A.C.
Av. Ejército 710, Yanahuara - Arequipa
Telf. (054) 555-318 anexo 204
""",
})

# 027 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "institute_not_shortlisted_hr_box",
    "kind": "rejection", "company": "Pacific Rim Institute of Technology",
    "contact": "hr-recruit@prit.example.ca", "language": "en",
    "from": ("PRIT Human Resources", "hr-recruit@prit.example.ca"),
    "subject": "Re: your application",
    "date": "2026-09-24 10:48 -0700",
    "structure": "plain", "charset": "utf-8", "cte": "7bit",
    "text": """Dear Valentina Quispe-Harrington,

Competition #26-114: Instructor, Mining Project Management (Term, 0.6 FTE)

Thank you for applying to the above competition. The hiring committee has now completed its review, and we regret to inform you that you have not been shortlisted for an interview.

We received 63 applications for this posting, and the decision was based on the teaching experience in a Canadian post-secondary setting listed as a requirement.

If you have questions about this competition, you are welcome to contact us at this address.

Regards,

Human Resources
Pacific Rim Institute of Technology
3700 Willingdon Ave, Burnaby, BC
""",
})

# 028 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "agency_exclamations_client_named",
    "kind": "rejection", "company": "Halvorsen Projects",
    "contact": "brooke@swanriverstaffing.example.com.au", "language": "en",
    "from": ("Brooke Lindqvist", "brooke@swanriverstaffing.example.com.au"),
    "subject": "Halvorsen feedback :(",
    "date": "2026-06-10 13:26 +0800",
    "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "text": """Hi Val!!

Sooo I finally got feedback from Halvorsen Projects on the Cost Engineer role... unfortunately they've gone with someone local who can start in two weeks :( Gutted for you because they LOVED your interview!!!

They did say to keep you on the radar for the Kwinana job later in the year, so fingers crossed!! I'll be pushing hard for you, promise!

Speak soon xx

Brooke Lindqvist
Senior Recruitment Consultant
SWAN RIVER STAFFING
0412 555 903 | Level 3, 20 Mill St, Perth
Follow us on LinkedIn & Instagram @swanriverstaffing
""",
})

# 029 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "mendoza_busqueda_congelada",
    "kind": "rejection", "company": "Yacimientos Patagónicos del Sur",
    "contact": "lferraro@ypsur.example.ar", "language": "es",
    "from": ("Lucía Ferraro", "lferraro@ypsur.example.ar"),
    "subject": "Novedades búsqueda Analista de Sustentabilidad",
    "date": "2026-09-01 12:05 -0300",
    "structure": "plain", "charset": "iso-8859-1", "cte": "quoted-printable",
    "header_charset": "iso-8859-1",
    "text": """Hola Valentina, ¿cómo estás?

Te escribo porque quiero ser transparente con vos: por una decisión de la Dirección la búsqueda de Analista de Sustentabilidad para Mendoza quedó congelada hasta nuevo aviso, y no vamos a continuar con el proceso. No es nada relacionado con tu perfil, que nos había gustado mucho.

Lamento que haya sido así después de la entrevista con el equipo. Si la posición se reabre el año que viene, te escribo directamente.

Un saludo grande,

Lucía Ferraro
Talent Acquisition Partner
Yacimientos Patagónicos del Sur S.A.
Av. España 1340, Mendoza
""",
})

# 030 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "bamboohr_lima_startup",
    "kind": "rejection", "company": "Carbono cero andino", "contact": "", "language": "es",
    "from": ("carbono cero andino", "notifications@app.bamboohr.com"),
    "subject": "Gracias por tu interés en carbono cero andino",
    "date": "2026-10-08 20:11 +0000",
    "structure": "html", "charset": "utf-8", "cte": "base64",
    "html": f"""<html><body style="margin:0;background:#f2f5f0;">
<center>
<table width="100%" style="max-width:600px;background:#ffffff;font-family:Lato,Arial,sans-serif;color:#38412e;" cellpadding="0" cellspacing="0">
<tr><td style="padding:22px 30px;background:#1e5631;"><img src="https://carbonocero.bamboohr.com/logos/cca_logo.png" alt="carbono cero andino" width="140" style="display:block;"></td></tr>
<tr><td style="padding:28px 30px;font-size:14px;line-height:22px;">
<p>Hola Valentina:</p>
<p>¡Gracias por postular a la posición de Coordinadora de Proyectos de Huella de Carbono en Lima!</p>
<p>Revisamos tu postulación con atención y, aunque tu experiencia es muy interesante, en esta oportunidad no avanzaremos con tu candidatura. Hemos priorizado perfiles con experiencia en verificación de bonos de carbono bajo el estándar VCS.</p>
<p>Te deseamos lo mejor y esperamos cruzarnos pronto.</p>
<p>Saludos,<br>Equipo de Personas<br>Carbono cero andino</p>
</td></tr>
<tr><td style="padding:12px 30px 22px;font-size:11px;color:#8a9480;">Este correo fue enviado mediante BambooHR. No respondas a este mensaje. <a href="{track('carbonocero.bamboohr.com', 'cca-careers-3', 'careers')}" style="color:#8a9480;">Ver otras vacantes</a></td></tr>
</table>
</center>
{pixel('app.bamboohr.com', 'cca-3f4a')}
</body></html>
""",
})

# 031 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "university_perth_after_interview_outlook",
    "kind": "rejection", "company": "Western Shield University",
    "contact": "k.brennan@westernshield.example.com.au", "language": "en",
    "from": ("Kylie Brennan", "k.brennan@westernshield.example.com.au"),
    "subject": "Lecturer in Project Management (Resources) - outcome",
    "date": "2026-06-03 15:55 +0800",
    "structure": "alt", "charset": "utf-8", "cte": "quoted-printable", "html_style": "outlook",
    "text": """Dear Valentina,

Thank you for attending the interview for the position of Lecturer in Project Management (Resources), Ref. 771204, on 27 May via Teams.

The selection panel has now concluded its deliberations. I regret to advise that on this occasion your application has not been successful. The panel was impressed by your industry experience, and noted that the successful candidate had a longer record of teaching and supervising postgraduate research.

Should you wish to receive feedback, Professor Aidan Kerr, the panel chair, would be happy to speak with you. Please let me know and I will arrange a time.

Thank you for your interest in working at Western Shield University.

Kind regards

Kylie Brennan
Recruitment Advisor | People & Culture
Western Shield University
Kent Street, Bentley WA 6102 | T +61 8 9555 7730
CRICOS Provider Code 09912Z

Western Shield University acknowledges the Whadjuk Noongar people as the Traditional Owners of the land on which our Perth campus stands.
""",
})
