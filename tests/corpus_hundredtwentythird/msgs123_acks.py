"""Application acknowledgements and offers, written one by one (hundred-and-twenty-third corpus)."""

from __future__ import annotations

from msgs123_common import AUTO, ats_table

ACKS: list[dict] = [
    # ------------------------------------------------------------------ Spanish
    {
        "kind": "application_received", "scen": "workday_banco_alteno_recibida", "company": "Banco Alteño",
        "contact": "", "lang": "es",
        "frm": ("Banco Alteño Talent Acquisition", "bancoalteno@myworkday.com"),
        "to": "dario.mh@example.mx",
        "subj": "Hemos recibido su postulación – Líder de Operaciones de Soporte Digital",
        "date": "2026-01-12 22:41 -0600", "mid": "ses", "cte": "quoted-printable",
        "html": ats_table(
            "Banco Alteño", "https://bancoalteno.wd5.myworkdayjobs.com/assets/logo_alteno.png",
            """<p>Estimado Dario:</p>
<p>Gracias por su interés en Banco Alteño. Confirmamos que hemos recibido su postulación para la vacante <b>Líder de Operaciones de Soporte Digital</b> (R-0042217).</p>
<p>Nuestro equipo de Atracción de Talento revisará su perfil. Si su experiencia coincide con los requisitos del puesto, nos pondremos en contacto con usted para los siguientes pasos.</p>
<p>Puede consultar el estatus de su solicitud en cualquier momento desde <a href="https://click.myworkday.com/ls/click?upn=8f2KqBa-2FalT3nO-3D-3DcandHome">su página de candidato</a>.</p>
<p>Atentamente,<br>Atracción de Talento<br>Banco Alteño</p>""",
            """Este mensaje fue generado automáticamente; por favor no responda a este correo.<br>
Banco Alteño, S.A., Institución de Banca Múltiple. Av. Vallarta 3200, Guadalajara, Jal.<br>
<a href="https://bancoalteno.example.mx/aviso-de-privacidad" style="color:#8a8a8a;">Aviso de privacidad</a>""",
            accent="#8b1e3f", pixel="https://click.myworkday.com/wf/open?upn=Qm9vZ2llLTIwMjYtMDEtMTI"),
    },
    {
        "kind": "application_received", "scen": "olmeca_cuatro_semanas_sin_respuesta", "company": "Tiendas Olmeca",
        "contact": "", "lang": "es",
        "frm": ("Bolsa de Trabajo Tiendas Olmeca", "no-reply@tiendasolmeca.example.mx"),
        "subj": "Recibimos tu solicitud",
        "date": "2026-02-02 08:17 -0600", "cte": "base64",
        "text": """Hola Dario:

¡Gracias por querer formar parte de la familia Olmeca! Tu solicitud para
ENCARGADO DE ATENCIÓN A CLIENTES – SUCURSAL ANDARES (ZAPOPAN) quedó registrada
con el folio OLM-2026-00913.

Recibimos muchísimas solicitudes cada semana y no podemos responder a cada
candidato de forma personal. Si en un plazo de 4 semanas no has recibido
noticias nuestras, considera que en esta ocasión tu perfil no fue
seleccionado. Tu solicitud seguirá en nuestra bolsa de trabajo por 6 meses.

¡Mucha suerte!
Recursos Humanos
Tiendas Olmeca

Este correo se envía desde una cuenta no monitoreada.
""",
    },
    {
        "kind": "application_received", "scen": "empleoya_enviada_a_ruta_cero", "company": "Ruta Cero", "contact": "",
        "lang": "es",
        "frm": ("EmpleoYa", "notificaciones@empleoya.example.mx"),
        "subj": "Tu postulación fue enviada a Ruta Cero",
        "date": "2026-02-04 23:02 -0600", "mid": "sendgrid", "cte": "quoted-printable",
        "lst": {"id": "Postulaciones EmpleoYa <postulaciones.empleoya.example.mx>",
                "unsub": "<https://www.empleoya.example.mx/preferencias/baja?u=dmh77&t=post>", "post": False,
                "precedence": "list"},
        "html": """<html><body style="margin:0;background:#f3f6fb;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:16px;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;color:#1b2b48;">
<tr><td style="background:#0057ff;padding:14px 24px;"><img src="https://static.empleoya.example.mx/mail/logo-blanco.png" alt="EmpleoYa" height="26"></td></tr>
<tr><td style="padding:24px;font-size:15px;line-height:22px;">
<p style="font-size:20px;font-weight:bold;margin:0 0 12px;">¡Listo, Dario! Tu postulación fue enviada ✅</p>
<p>Enviamos tu CV a <b>Ruta Cero</b> para la vacante:</p>
<table cellpadding="10" cellspacing="0" width="100%" style="border:1px solid #e1e7f0;border-radius:6px;"><tr><td>
<b>Coordinador de Soporte a Clientes (SaaS logístico)</b><br>Ruta Cero · Monterrey, N.L. · Híbrido<br><span style="color:#6b7a90;">$38,000 - $45,000 MXN mensuales</span></td></tr></table>
<p>La empresa revisará tu perfil y, si le interesa, te contactará directamente. Puedes seguir el estatus en <a href="https://clk.empleoya.example.mx/c/aHR0cHM6Ly9taXMtcG9zdHVsYWNpb25lcw?u=dmh77">Mis postulaciones</a>.</p>
<p style="font-size:13px;color:#6b7a90;">Consejo: los candidatos que completan su perfil al 100% reciben hasta 3 veces más llamadas.</p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#8896ab;background:#f8fafc;">EmpleoYa.mx · Recibes este correo porque te postulaste desde tu cuenta. <a href="https://www.empleoya.example.mx/preferencias/baja?u=dmh77&amp;t=post" style="color:#8896ab;">Dejar de recibir estos avisos</a> · <a href="https://www.empleoya.example.mx/privacidad" style="color:#8896ab;">Aviso de privacidad</a></td></tr>
</table></td></tr></table>
<img src="https://clk.empleoya.example.mx/o/dmh77-post-0204.gif" width="1" height="1" alt="">
</body></html>
""",
    },
    {
        "kind": "application_received", "scen": "ofertia_candidatura_conectia", "company": "Conectia Comunicaciones",
        "contact": "", "lang": "es",
        "frm": ("Ofertia Empleo", "avisos@ofertiaempleo.example.es"),
        "subj": "Has enviado tu candidatura a Conectia Comunicaciones",
        "date": "2026-07-09 21:33 +0200", "mid": "ses", "cte": "quoted-printable",
        "html": """<html><body style="font-family:Verdana,sans-serif;font-size:13px;color:#333;background:#ffffff;">
<table width="580" cellpadding="0" cellspacing="0" align="center">
<tr><td style="padding:12px 0;border-bottom:3px solid #ff6a13;"><img src="https://img.ofertiaempleo.example.es/logo_ofertia.png" alt="Ofertia Empleo" width="150"></td></tr>
<tr><td style="padding:18px 0;">
<p>Hola Dario,</p>
<p>Tu candidatura para <b>Team Leader Atención Cliente</b> en <b>Conectia Comunicaciones</b> (Barcelona) se ha inscrito correctamente el 09/07/2026.</p>
<p>Estado actual: <span style="background:#eef7ee;color:#1e7b34;padding:2px 6px;">CV recibido</span></p>
<p>Te avisaremos cuando la empresa lea tu CV o cambie el estado del proceso.</p>
<p><a href="https://t.ofertiaempleo.example.es/l/9fk2?dest=candidaturas">Ver mis candidaturas</a> · <a href="https://t.ofertiaempleo.example.es/l/9fk3?dest=ofertas-similares">Ofertas similares</a></p>
</td></tr>
<tr><td style="font-size:10px;color:#999;border-top:1px solid #eee;padding-top:8px;">Ofertia Empleo, S.L. – C/ Alcalá 21, 28014 Madrid. Para dejar de recibir notificaciones, <a href="https://t.ofertiaempleo.example.es/baja?u=dmh">haz clic aquí</a>.</td></tr>
</table>
<img src="https://t.ofertiaempleo.example.es/o/9fk2.gif" width="1" height="1" alt="">
</body></html>
""",
    },
    {
        "kind": "application_received", "scen": "trabajocol_hoja_de_vida_movilnet", "company": "Movilnet Andina",
        "contact": "", "lang": "es",
        "frm": ("TrabajoCol", "no-reply@trabajocol.example.co"),
        "subj": "Aplicaste a Coordinador de Experiencia del Cliente",
        "date": "2026-04-19 19:08 -0500", "mid": "sendgrid", "cte": "quoted-printable",
        "text": AUTO,
        "html": """<div style="background:#f0f4f0;padding:18px;">
<table width="560" align="center" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Tahoma,Arial,sans-serif;font-size:14px;color:#222;">
<tr><td style="padding:18px 24px;"><img src="https://cdn.trabajocol.example.co/img/logo.png" alt="TrabajoCol" height="30"></td></tr>
<tr><td style="padding:0 24px 18px;">
<p>¡Hola Dario!</p>
<p>Tu hoja de vida fue enviada con éxito a <b>Movilnet Andina</b> para la oferta <b>Coordinador de Experiencia del Cliente</b> (Bogotá D.C.).</p>
<p>Ahora la empresa revisará tu perfil. Si avanzas en el proceso, la empresa se comunicará contigo por teléfono o por correo.</p>
<p><a href="https://trk.trabajocol.example.co/c?l=mis-aplicaciones&amp;u=58812">Ver estado de mi aplicación</a></p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#888;border-top:1px solid #eee;">TrabajoCol S.A.S. · Bogotá, Colombia · <a href="https://trk.trabajocol.example.co/unsub?u=58812" style="color:#888;">Cancelar notificaciones</a></td></tr>
</table>
<img src="https://trk.trabajocol.example.co/open/58812-0419.gif" width="1" height="1" alt="">
</div>
""",
    },
    {
        "kind": "application_received", "scen": "umt_acuse_documentacion", "company": "Universidad Metropolitana de Tlaquepaque",
        "contact": "", "lang": "es",
        "frm": ("Convocatorias UMT", "convocatorias-noreply@umt.example.mx"),
        "subj": "Acuse de recibo - Convocatoria RH-07/2026",
        "date": "2026-03-30 11:02 -0600", "charset": "iso-8859-1", "cte": "8bit",
        "text": """UNIVERSIDAD METROPOLITANA DE TLAQUEPAQUE
Coordinación de Recursos Humanos

ACUSE DE RECIBO

Folio: RH07-2026-0148
Aspirante: MENÉNDEZ-HOLT DARIO
Plaza: Coordinador de Atención a Estudiantes (Centro de Servicios Escolares)
Fecha de registro: 30/03/2026 11:01

Documentos recibidos:
  [x] Solicitud de empleo
  [x] Currículum vítae
  [x] Título y cédula profesional
  [x] Carta de exposición de motivos

Su registro ha quedado completo. Los resultados de la revisión documental se
publicarán en el portal institucional el 10 de abril. Únicamente se
contactará a los aspirantes que pasen a la etapa de entrevista.

Este correo es informativo; no es necesario responder.
""",
    },
    {
        "kind": "application_received", "scen": "adsc_inscripcion_radicado", "company": "Agencia Distrital de Servicio a la Ciudadanía",
        "contact": "", "lang": "es",
        "frm": ("Talento Humano ADSC", "no-responder@adsc.example.co"),
        "subj": "CONFIRMACIÓN DE INSCRIPCIÓN - CONVOCATORIA 014-2026",
        "date": "2026-05-11 16:20 -0500", "cte": "quoted-printable",
        "text": """AGENCIA DISTRITAL DE SERVICIO A LA CIUDADANÍA

Radicado No. 2026-ER-0031877

Se confirma la inscripción de DARIO MENENDEZ HOLT en la CONVOCATORIA 014-2026
para el empleo PROFESIONAL ESPECIALIZADO - CANALES DE ATENCIÓN - CÓDIGO 222
GRADO 19.

Documentos cargados: 6
Fecha de cierre de inscripciones: 15/05/2026

La verificación de requisitos mínimos se publicará el 28/05/2026. Consulte el
estado de su inscripción en el aplicativo SIGEP-Convocatorias.

Este es un mensaje automático, por favor no responda a esta dirección.
""",
    },
    {
        "kind": "application_received", "scen": "talentia_cv_recibido_mandato", "company": "Talentia Search Partners",
        "contact": "beatriz.lain@talentiasearch.example.es", "lang": "es",
        "frm": ("Beatriz Laín", "beatriz.lain@talentiasearch.example.es"),
        "subj": "RE: Candidatura Head of Customer Care",
        "date": "2026-05-25 09:12 +0200", "mid": "outlook_eu", "cte": "8bit",
        "thread": ["<CA+dmhTalentia2405@mail.gmail.com>"],
        "text": """Hola Dario:

Gracias por tu CV y por la carta, me ha llegado todo perfectamente.

Lo reviso esta semana con calma junto con el resto de candidaturas del
proceso de Head of Customer Care que estamos llevando para una compañía del
sector asegurador en Madrid. Si encaja, te llamo para una primera
conversación antes del día 5.

Un saludo,

Beatriz Laín Oteiza
Senior Consultant | Talentia Search Partners
+34 910 000 418
""",
    },
    {
        "kind": "application_received", "scen": "smartrecruiters_contacta_gracias", "company": "Contacta BPO",
        "contact": "", "lang": "es",
        "frm": ("Contacta BPO", "no-reply@smartrecruiters.com"),
        "to": ("DARIO MENENDEZ HOLT", "dario.mh@example.mx"),
        "subj": "¡Gracias por postularte a Contacta BPO!",
        "date": "2026-01-08 15:55 -0600", "mid": "sendgrid", "cte": "base64",
        "html": """<div style="background:#f2f2f2;padding:20px 0;">
<table align="center" width="580" cellpadding="0" cellspacing="0" style="background:#fff;font-family:'Open Sans',Arial,sans-serif;">
<tr><td style="padding:24px 30px 0;"><img alt="Contacta BPO" src="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/contactabpo.png" style="max-height:44px"></td></tr>
<tr><td style="padding:18px 30px;font-size:14px;color:#3b3b3b;line-height:1.6;">
<p>Hola Dario,</p>
<p>¡Recibimos tu postulación para <b>Supervisor de Operaciones – Campaña Telecom (Ciudad de México)</b>! 🙌</p>
<p>Nuestro equipo revisará tu perfil en los próximos días. Mientras tanto, puedes consultar el estatus de tu solicitud desde tu <a href="https://jobs.smartrecruiters.com/me/applications?t=c0ntacta">perfil de candidato</a>.</p>
<p>Equipo de Atracción de Talento<br>Contacta BPO</p>
</td></tr>
<tr><td style="padding:12px 30px 24px;font-size:11px;color:#999;">Powered by <a href="https://www.smartrecruiters.com/?utm_source=email&amp;utm_medium=footer" style="color:#999">SmartRecruiters</a> · <a href="https://jobs.smartrecruiters.com/unsubscribe?t=b3f1d1" style="color:#999">Darme de baja de estas notificaciones</a></td></tr>
</table>
<img src="https://o.smartrecruiters.com/o/eJx1jt0KgjAYhl_ack.gif" width="1" height="1" alt="">
</div>
""",
    },
    {
        "kind": "application_received", "scen": "teamtailor_kanbo_gracias", "company": "Kanbo", "contact": "",
        "lang": "es",
        "frm": ("Kanbo", "no-reply@teamtailor-mail.com"),
        "subj": "¡Gracias por tu candidatura, Dario!",
        "date": "2026-03-16 18:27 +0100", "mid": "ses", "cte": "quoted-printable",
        "text": AUTO,
        "html": """<!DOCTYPE html><html><body style="margin:0;background:#fdfaf6;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:28px 12px;">
<table width="560" cellpadding="0" cellspacing="0" style="font-family:'Helvetica Neue',Arial,sans-serif;color:#2b2b2b;">
<tr><td align="center" style="padding-bottom:18px;"><img src="https://images.teamtailor-cdn.com/images/s3/teamtailor-production/logo-kanbo.png" alt="Kanbo" width="110"></td></tr>
<tr><td style="background:#ffffff;border-radius:12px;padding:28px;font-size:16px;line-height:25px;">
<p>¡Hola Dario!</p>
<p>Gracias por enviarnos tu candidatura para <b>Customer Success Lead</b>. Nos hace mucha ilusión que quieras unirte a Kanbo 💛</p>
<p>Nuestro equipo de People lee todas las candidaturas (sí, todas) y te diremos algo en un plazo de dos semanas.</p>
<p>Mientras tanto, puedes echar un vistazo a <a href="https://kanbo.teamtailor.com/pages/como-trabajamos?utm_source=mail">cómo trabajamos</a>.</p>
<p>¡Hasta pronto!<br>El equipo de Kanbo</p>
</td></tr>
<tr><td align="center" style="padding-top:16px;font-size:11px;color:#a39e97;">Kanbo Software S.L. · Barcelona<br><a href="https://kanbo.teamtailor.com/connect/unsubscribe/a7Kq" style="color:#a39e97;">Gestionar mis datos</a></td></tr>
</table></td></tr></table>
</body></html>
""",
    },
    {
        "kind": "application_received", "scen": "ebro_recibido_terse", "company": "Ebro Servicios Digitales",
        "contact": "marisa@ebroservicios.example.es", "lang": "es",
        "frm": ("Marisa Gracia", "marisa@ebroservicios.example.es"),
        "subj": "Re: Candidatura Responsable de Soporte",
        "date": "2026-06-22 08:49 +0200", "mid": "gmail", "cte": "8bit",
        "thread": ["<CA+dmhEbro2106@mail.gmail.com>"],
        "text": """Recibido, gracias. Lo paso al responsable del área y te decimos algo.

Marisa
Ebro Servicios Digitales, S.L.
""",
    },
    # ------------------------------------------------------------------ English
    {
        "kind": "application_received", "scen": "greenhouse_northpeak_thanks", "company": "Northpeak Software",
        "contact": "", "lang": "en",
        "frm": ("Northpeak Software", "no-reply@us.greenhouse-mail.io"),
        "subj": "Thank you for applying to Northpeak Software",
        "date": "2026-01-21 20:14 -0500", "mid": "sendgrid",
        "html": """<div style="font-family:Helvetica,Arial,sans-serif;font-size:14px;line-height:20px;color:#222;max-width:560px;">
<p><img src="https://s3.amazonaws.com/grnhse-prod/job_board/logos/northpeak.png" alt="Northpeak Software" width="140"></p>
<p>Hi Dario,</p>
<p>Thanks for your interest in Northpeak Software! We wanted to let you know we received your application for <b>Customer Support Team Lead</b>, and we are delighted that you would consider joining our team.</p>
<p>Our team will review your application and will be in touch if your qualifications match our needs for the role.</p>
<p>Regards,<br>Northpeak Software Talent Team</p>
<p style="font-size:11px;color:#999;">Please do not reply to this email; this mailbox is not monitored.</p>
<img src="https://u4321.ct.sendgrid.net/wf/open?upn=np-0121" width="1" height="1" alt="">
</div>
""",
    },
    {
        "kind": "application_received", "scen": "bamboohr_lumio_four_weeks", "company": "Lumio Health",
        "contact": "", "lang": "en",
        "frm": ("Lumio Health", "notifications@app.bamboohr.com"),
        "subj": "Thanks for applying to Lumio Health",
        "date": "2026-03-12 07:31 +0000", "mid": "ses", "cte": "quoted-printable",
        "html": """<html><body style="font-family:Arial,sans-serif;background:#f4f4f4;margin:0;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px;">
<table width="580" cellpadding="0" cellspacing="0" style="background:#fff;">
<tr><td style="padding:20px 28px;border-bottom:1px solid #e6e6e6;"><img src="https://lumiohealth.bamboohr.com/logos/lumio-health.png" alt="Lumio Health" height="34"></td></tr>
<tr><td style="padding:22px 28px;font-size:14px;line-height:21px;color:#333;">
<p>Hi Dario,</p>
<p>Thank you for applying for the <b>Support Operations Specialist</b> role at Lumio Health. This is to confirm that we have received your application.</p>
<p>We receive a very high volume of applications and, unfortunately, we cannot reply to every applicant individually. If you have not heard from us within 4 weeks of this email, please consider your application unsuccessful on this occasion.</p>
<p>Thanks again for your interest in Lumio Health.</p>
<p>The Lumio Health People Team</p>
</td></tr>
<tr><td style="padding:14px 28px;font-size:11px;color:#999;background:#fafafa;">Lumio Health Limited, registered in Ireland No. 612345. Block C, Grand Canal Quay, Dublin 2. This message was sent via BambooHR; replies are not monitored.</td></tr>
</table></td></tr></table>
</body></html>
""",
    },
    {
        "kind": "application_received", "scen": "workable_canopy_received", "company": "Canopy CX", "contact": "",
        "lang": "en",
        "frm": ("Canopy CX", "noreply@workablemail.com"),
        "subj": "Canopy CX - application received",
        "date": "2026-07-30 22:05 -0500", "mid": "sendgrid", "cte": "7bit",
        "text": """Hi Dario,

Thanks for applying to the Customer Success Associate - Spanish Speaking
(Remote, US) position at Canopy CX. Your application has been received and
our hiring team will review it shortly.

If your profile is a fit, you'll receive an invitation to schedule a short
video interview.

Best,
Canopy CX Hiring Team

--
You received this email because you applied for a job at Canopy CX via Workable.
Unsubscribe: https://apply.workable.com/canopy-cx/unsubscribe/aB3kT
""",
        "html": """<html><body style="background:#f7f7f7;margin:0;">
<table align="center" width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#333;margin-top:20px;">
<tr><td style="padding:24px;">
<p>Hi Dario,</p>
<p>Thanks for applying to the <b>Customer Success Associate - Spanish Speaking (Remote, US)</b> position at Canopy CX. Your application has been received and our hiring team will review it shortly.</p>
<p>If your profile is a fit, you'll receive an invitation to schedule a short video interview.</p>
<p>Best,<br>Canopy CX Hiring Team</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#aaa;border-top:1px solid #eee;">You received this email because you applied for a job at Canopy CX via Workable. <a href="https://apply.workable.com/canopy-cx/unsubscribe/aB3kT" style="color:#aaa;">Unsubscribe</a></td></tr>
</table>
<img src="https://apply.workable.com/track/o/canopy-0730.gif" width="1" height="1" alt="">
</body></html>
""",
    },
    {
        "kind": "application_received", "scen": "taleo_metro_toronto_only_selected", "company": "Metro Toronto Public Service Centre",
        "contact": "", "lang": "en",
        "frm": ("Metro Toronto Public Service Centre - Careers", "do-not-reply@taleo.net"),
        "subj": "Application Received: Supervisor, Contact Centre Operations (Job ID 26-0457)",
        "date": "2026-06-29 16:44 -0400", "cte": "quoted-printable",
        "html": """<html><body style="font-family:Arial;font-size:10pt;color:#000;">
<table width="640" border="0" cellpadding="4">
<tr><td><img src="https://mtpsc.taleo.net/careersection/theme/12/mtpsc_crest.gif" alt="Metro Toronto Public Service Centre"></td></tr>
<tr><td>
<p>Dear Dario Menéndez-Holt,</p>
<p>This is to acknowledge receipt of your application for the position of <b>Supervisor, Contact Centre Operations</b>, Job ID 26-0457, with the Metro Toronto Public Service Centre.</p>
<p>Please note that only candidates selected for an interview will be contacted. Applications will be assessed against the qualifications set out in the job posting, and the recruitment may also be used to fill similar vacancies in the next twelve months.</p>
<p>If you require accommodation at any stage of the recruitment process, please contact us through the Careers portal.</p>
<p>Talent Acquisition Services<br>Metro Toronto Public Service Centre</p>
</td></tr>
<tr><td style="font-size:8pt;color:#666;">This is an automatically generated email. Please do not reply. Personal information is collected under the authority of the Municipal Act and will be used for recruitment purposes only.</td></tr>
</table>
</body></html>
""",
    },
    {
        "kind": "application_received", "scen": "headway_got_it_pinecrest", "company": "Pinecrest Telecom",
        "contact": "marcus.oyelaran@headwaytalent.example.ca", "lang": "en",
        "frm": ("Marcus Oyelaran", "marcus.oyelaran@headwaytalent.example.ca"),
        "subj": "RE: Manager, Customer Care Operations",
        "date": "2026-07-15 17:26 -0400", "mid": "outlook",
        "thread": ["<CA+dmhHeadway1507@mail.gmail.com>"],
        "text": """Got it - thanks Dario. Your CV and the salary expectations are in, and
I'll walk Pinecrest Telecom's hiring manager through your profile on
Thursday. Will let you know either way by early next week.

Marcus

Marcus Oyelaran | Principal Consultant | Headway Talent Partners
""",
    },
    # ------------------------------------------------------------------ French
    {
        "kind": "application_received", "scen": "caisse_horizon_accuse_reception", "company": "Caisse Horizon",
        "contact": "", "lang": "fr",
        "frm": ("Caisse Horizon – Carrières", "carrieres-noreply@caissehorizon.example.ca"),
        "subj": "Accusé de réception de votre candidature",
        "date": "2026-08-05 12:12 -0400", "mid": "ses", "cte": "quoted-printable",
        "html": ats_table(
            "Caisse Horizon", "https://carrieres.caissehorizon.example.ca/img/logo-horizon.png",
            """<p>Bonjour Dario,</p>
<p>Nous avons bien reçu votre candidature pour le poste de <b>Chef d'équipe, Centre de contact (bilingue) – Toronto</b> (réf. 2026-1184). Merci de l'intérêt que vous portez à Caisse Horizon.</p>
<p>Nous recevons un grand nombre de candidatures et ne pouvons malheureusement pas répondre individuellement à chacune d'elles. Seules les personnes retenues pour une entrevue seront contactées.</p>
<p>Vous pouvez suivre l'évolution de votre dossier dans votre <a href="https://trk.caissehorizon.example.ca/c/espace-candidat?u=2026-1184">espace candidat</a>.</p>
<p>L'équipe Acquisition de talents<br>Caisse Horizon</p>""",
            """Ce courriel est envoyé automatiquement; merci de ne pas y répondre.<br>
Caisse Horizon est une coopérative financière. Elle souscrit au principe de l'équité en emploi.<br>
<a href="https://trk.caissehorizon.example.ca/desabonnement?u=dmh" style="color:#8a8a8a;">Se désabonner des alertes</a>""",
            accent="#00704a", pixel="https://trk.caissehorizon.example.ca/o/2026-1184-dmh.gif"),
    },
    {
        "kind": "application_received", "scen": "tremplin_candidature_envoyee_clairvoie", "company": "Clairvoie",
        "contact": "", "lang": "fr",
        "frm": ("Tremplin", "hello@notifications.tremplin.example.com"),
        "subj": "Ta candidature a bien été envoyée à Clairvoie 🚀",
        "date": "2026-04-29 23:50 +0200", "mid": "sendgrid", "cte": "quoted-printable",
        "lst": {"id": "<candidatures.tremplin.example.com>",
                "unsub": "<https://tremplin.example.com/settings/notifications?u=dmh>, <mailto:unsubscribe@notifications.tremplin.example.com>"},
        "html": """<html><body style="margin:0;background:#fffbea;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px;">
<table width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;border:2px solid #111;font-family:'Trebuchet MS',Arial,sans-serif;color:#111;">
<tr><td style="padding:20px 26px;background:#ffd43b;"><img src="https://cdn.tremplin.example.com/mail/logo-noir.png" alt="Tremplin" height="28"></td></tr>
<tr><td style="padding:22px 26px;font-size:15px;line-height:23px;">
<p>Salut Dario,</p>
<p>Bonne nouvelle : ta candidature pour <b>Support Team Lead – Madrid</b> chez <b>Clairvoie</b> a bien été transmise à l'équipe de recrutement.</p>
<p>En moyenne, Clairvoie répond aux candidats sous 9 jours. On te prévient dès que ton statut change.</p>
<p><a href="https://l.tremplin.example.com/track/click/30102/candidatures?u=dmh" style="background:#111;color:#fff;padding:10px 16px;text-decoration:none;">Suivre ma candidature</a></p>
</td></tr>
<tr><td style="padding:14px 26px;font-size:11px;color:#777;border-top:2px solid #111;">Tremplin SAS, 11 rue Saint-Georges, 75009 Paris · <a href="https://tremplin.example.com/settings/notifications?u=dmh" style="color:#777;">Gérer mes notifications</a></td></tr>
</table></td></tr></table>
<img src="https://l.tremplin.example.com/track/open/30102.gif" width="1" height="1" alt="">
</body></html>
""",
    },
    # ------------------------------------------------------------------ German
    {
        "kind": "application_received", "scen": "softgarden_wolkenfeld_eingang", "company": "Wolkenfeld Software",
        "contact": "", "lang": "de",
        "frm": ("Wolkenfeld Software AG über softgarden", "noreply@softgarden.io"),
        "subj": "Eingangsbestätigung Ihrer Bewerbung",
        "date": "2026-07-06 07:02 +0200", "mid": "sendgrid", "cte": "quoted-printable",
        "html": ats_table(
            "Wolkenfeld Software", "https://static.softgarden.io/assets/wolkenfeld/logo.png",
            """<p>Sehr geehrter Herr Menéndez-Holt,</p>
<p>herzlichen Dank für Ihre Bewerbung als <b>Team Lead Customer Support (m/w/d) – Standort Barcelona</b> und Ihr Interesse an der Wolkenfeld Software AG.</p>
<p>Hiermit bestätigen wir den Eingang Ihrer Unterlagen. Wir prüfen Ihre Bewerbung sorgfältig und melden uns innerhalb der nächsten zwei bis drei Wochen bei Ihnen.</p>
<p>Den aktuellen Stand Ihrer Bewerbung können Sie jederzeit in Ihrem <a href="https://wolkenfeld.softgarden.io/de/applicant/status?t=Zk29">Bewerberkonto</a> einsehen.</p>
<p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team der Wolkenfeld Software AG</p>""",
            """Wolkenfeld Software AG · Sitz München · Registergericht München HRB 245117<br>
Vorstand: Katrin Albers (Vors.), Ömer Yıldız · Vorsitzender des Aufsichtsrats: Dr. Peter Hollmann<br>
Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.""",
            accent="#2b7bb9", pixel="https://tracking.softgarden.io/o/Zk29-eing.gif"),
    },
    {
        "kind": "application_received", "scen": "personio_kontor_zwei_danke_du", "company": "Kontor Zwei",
        "contact": "jobs@kontorzwei.example.de", "lang": "de",
        "frm": ("Kontor Zwei", "noreply@personio.de"),
        "reply_to": ("Kontor Zwei Jobs", "jobs@kontorzwei.example.de"),
        "subj": "Danke für deine Bewerbung bei Kontor Zwei!",
        "date": "2026-09-01 13:37 +0200", "mid": "ses", "cte": "quoted-printable",
        "text": """Hi Dario,

danke für deine Bewerbung als Support Operations Lead (Barcelona)! Sie ist
gut bei uns angekommen.

Wir schauen uns jede Bewerbung persönlich an und melden uns in spätestens
zwei Wochen bei dir. Bei Fragen antworte einfach auf diese Mail – hier liest
ein echter Mensch mit.

Bis bald
Dein People-Team von Kontor Zwei

Kontor Zwei GmbH · Stresemannstraße 29 · 22769 Hamburg
Geschäftsführer: Jonas Petersen · Amtsgericht Hamburg HRB 161220
""",
        "html": """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1a1a1a;">
<div style="max-width:560px;margin:0 auto;">
<p><img src="https://kontor-zwei.jobs.personio.de/logo.png" alt="Kontor Zwei" height="28"></p>
<p>Hi Dario,</p>
<p>danke für deine Bewerbung als <b>Support Operations Lead (Barcelona)</b>! Sie ist gut bei uns angekommen.</p>
<p>Wir schauen uns jede Bewerbung persönlich an und melden uns in spätestens zwei Wochen bei dir. Bei Fragen antworte einfach auf diese Mail – hier liest ein echter Mensch mit.</p>
<p>Bis bald<br>Dein People-Team von Kontor Zwei</p>
<p style="font-size:11px;color:#888;">Kontor Zwei GmbH · Stresemannstraße 29 · 22769 Hamburg · Geschäftsführer: Jonas Petersen · Amtsgericht Hamburg HRB 161220</p>
</div>
</body></html>
""",
    },
    {
        "kind": "application_received", "scen": "kessler_unterlagen_erhalten", "company": "Kessler Personalberatung",
        "contact": "m.kessler@kessler-personal.example.de", "lang": "de",
        "frm": ("Martin Kessler", "m.kessler@kessler-personal.example.de"),
        "subj": "Ihre Unterlagen",
        "date": "2026-08-24 17:05 +0200", "charset": "iso-8859-1", "cte": "quoted-printable",
        "mid": "outlook_eu",
        "text": """Sehr geehrter Herr Menéndez-Holt,

vielen Dank für die Übersendung Ihrer Unterlagen, die vollständig bei mir
eingegangen sind. Ich sichte sie in den kommenden Tagen und gleiche Ihr Profil
mit dem Suchauftrag ab.

Sollte eine Vorstellung beim Mandanten in Frage kommen, rufe ich Sie vorher an.

Mit freundlichen Grüßen

Martin Kessler
Kessler Personalberatung GmbH
Leopoldstraße 31 | 80802 München
Geschäftsführer: Martin Kessler | Amtsgericht München HRB 187702
""",
    },
]

OFFERS: list[dict] = [
    {
        "kind": "offer", "scen": "pulpo_carta_oferta_pdf", "company": "Pulpo Envíos",
        "contact": "mariana.tellez@pulpoenvios.example.mx", "lang": "es",
        "frm": ("Mariana Téllez", "mariana.tellez@pulpoenvios.example.mx"),
        "subj": "Carta oferta – Líder de Soporte a Clientes",
        "date": "2026-08-28 12:20 -0600", "mid": "gmail", "cte": "quoted-printable",
        "text": """Hola Dario,

¡Qué gusto escribirte esto! Como te adelantó Iván ayer, queremos que seas
nuestro Líder de Soporte a Clientes. Te comparto la carta oferta formal en PDF
con todos los detalles:

 - Sueldo base: $62,000 MXN brutos mensuales
 - Bono semestral por desempeño de hasta 15 %
 - Vales de despensa, SGMM para ti y dependientes, 20 días de vacaciones
 - Esquema híbrido (martes y jueves en oficina, Insurgentes Sur)
 - Fecha de ingreso propuesta: lunes 21 de septiembre

Para aceptarla, fírmala y mándamela de regreso antes del viernes 4 de
septiembre. Si tienes dudas o quieres platicar algún punto, aquí estoy.

¡Muchas felicidades!
Mariana Téllez
People Lead · Pulpo Envíos
""",
        "att": [("Carta_Oferta_Dario_Menendez-Holt.pdf", [
            "PULPO ENVIOS - CARTA OFERTA", "Ciudad de Mexico, 28 de agosto de 2026", "",
            "Dario Menendez-Holt", "Presente", "",
            "Nos complace ofrecerle el puesto de Lider de Soporte a Clientes.",
            "Sueldo base mensual bruto: $62,000.00 MXN", "Fecha de ingreso: 21 de septiembre de 2026",
            "Prestaciones: vales de despensa, SGMM, 20 dias de vacaciones.", "",
            "Acepto: ______________________", "Mariana Tellez, People Lead"])],
    },
    {
        "kind": "offer", "scen": "kuanto_verbal_offer_confirmed", "company": "Kuanto",
        "contact": "camila.restrepo@kuanto.example.co", "lang": "es",
        "frm": ("Camila Restrepo", "camila.restrepo@kuanto.example.co"),
        "subj": "Confirmación de lo que hablamos",
        "date": "2026-09-24 18:05 -0500", "mid": "gmail", "cte": "quoted-printable",
        "text": """Hola Dario,

Como te contó Andrés por teléfono esta tarde, nos encantaría que te unas a
Kuanto como Customer Support Manager. Te dejo por escrito lo que hablaron:

- Salario: COP 14.500.000 mensuales, contrato a término indefinido
- Bono anual hasta del 10 %
- Apoyo de reubicación a Bogotá: tiquetes y un mes de alojamiento
- Inicio: lunes 2 de noviembre (te acompañamos con el trámite de visa)

Esta semana te llega el contrato para firma digital. Mientras tanto, ¿me
confirmas que aceptas para empezar con los trámites?

¡Bienvenido (casi) al parche!
Camila Restrepo
Talent Acquisition · Kuanto
""",
    },
    {
        "kind": "offer", "scen": "banca_mirador_oferta_condicionada_pdf", "company": "Banca Mirador",
        "contact": "elena.castano@bancamirador.example.es", "lang": "es",
        "frm": ("Elena Castaño Ruiz", "elena.castano@bancamirador.example.es"),
        "subj": "Propuesta de incorporación – Responsable de Operaciones de Atención Digital",
        "date": "2026-03-30 13:38 +0200", "mid": "outlook_eu", "cte": "base64",
        "text": """Estimado Dario:

Tras el proceso de selección, tengo el placer de trasladarle la propuesta de
incorporación de Banca Mirador al puesto de Responsable de Operaciones de
Atención Digital, con base en nuestra sede de Las Tablas (Madrid).

Adjuntamos la carta con las condiciones económicas (retribución fija de
52.000 € brutos anuales más variable) y los beneficios sociales.

Le informamos de que esta oferta queda condicionada a:
  1. La verificación satisfactoria de las referencias profesionales que nos
     facilitó.
  2. La obtención de la autorización de residencia y trabajo, cuya
     tramitación iniciaremos con su aceptación.
  3. La superación del reconocimiento médico de empresa.

Le agradeceríamos una respuesta antes del 10 de abril.

Reciba un cordial saludo,

Elena Castaño Ruiz
Dirección de Personas – Selección
Banca Mirador
Calle Ribera del Sena 21, 28042 Madrid

AVISO LEGAL: Este mensaje y sus anexos son confidenciales y se dirigen
exclusivamente a su destinatario. Si lo ha recibido por error, le rogamos que
lo comunique al remitente y proceda a su borrado.
""",
        "att": [("Propuesta_Incorporacion_BancaMirador.pdf", [
            "BANCA MIRADOR, S.A.", "PROPUESTA DE INCORPORACION (CONDICIONADA)", "",
            "Candidato: Dario Menendez-Holt",
            "Puesto: Responsable de Operaciones de Atencion Digital",
            "Retribucion fija: 52.000 EUR brutos anuales", "Retribucion variable: hasta 12%",
            "Condiciones: verificacion de referencias; autorizacion de residencia y trabajo;",
            "reconocimiento medico.", "", "Madrid, 30 de marzo de 2026"])],
    },
    {
        "kind": "offer", "scen": "conectia_contrato_para_firmar", "company": "Conectia Comunicaciones",
        "contact": "anna.soler@conectia.example.es", "lang": "es",
        "frm": ("Anna Soler", "anna.soler@conectia.example.es"),
        "subj": "Tu contrato – Team Leader Atención Cliente",
        "date": "2026-09-02 11:11 +0200", "charset": "windows-1252", "cte": "quoted-printable",
        "hdr_charset": "windows-1252", "mid": "outlook_eu",
        "text": """Hola Dario,

¡Enhorabuena otra vez! Te adjunto el contrato indefinido para el puesto de
Team Leader Atención Cliente, con las condiciones que acordamos por teléfono
(34.000 € brutos anuales en 14 pagas, jornada completa, incorporación el 1 de
octubre en Barcelona).

Revísalo con calma y, si está todo bien, fírmalo en la plataforma de firma
electrónica con el enlace que te llegará aparte. Necesitamos también copia
del NIE en cuanto lo tengas.

Cualquier duda, me dices.

Un saludo,
Anna Soler
Selección · Conectia Comunicaciones
""",
        "att": [("Contrato_Indefinido_Menendez-Holt.pdf", [
            "CONTRATO DE TRABAJO POR TIEMPO INDEFINIDO", "",
            "De una parte, CONECTIA COMUNICACIONES, S.L., con CIF B-00000000,",
            "y de otra, D. Dario Menendez-Holt.", "",
            "Puesto: Team Leader Atencion Cliente", "Salario: 34.000 EUR brutos anuales (14 pagas)",
            "Inicio: 1 de octubre de 2026", "Centro de trabajo: Avinguda Diagonal 640, Barcelona", "",
            "Firma del trabajador: ____________________"])],
    },
    {
        "kind": "offer", "scen": "reclutas_mx_felicidades_finanzas_nomada", "company": "Finanzas Nómada",
        "contact": "paty.espinoza@reclutasmx.example.mx", "lang": "es",
        "frm": ("Paty Espinoza | Reclutas MX", "paty.espinoza@reclutasmx.example.mx"),
        "subj": "FELICIDADES!!! 🎉🎉 OFERTA",
        "date": "2026-05-15 10:44 -0600", "mid": "gmail", "cte": "base64",
        "text": """¡¡¡DARIO!!! ¡¡FELICIDADES!!

Finanzas Nómada te quiere en su equipo como CUSTOMER SUCCESS LEAD 🥳🥳

Lo que ofrecen:
💰 $55,000 MXN brutos mensuales + bono trimestral
🏠 100% remoto desde Guadalajara
🩺 SGMM + seguro de vida
🏖️ 15 días de vacaciones desde el primer año

Rebeca te va a mandar la oferta formal hoy en la tarde. ¿Me marcas cuando
puedas para platicarla? ¡¡Estoy feliz por ti!!

Paty Espinoza
Reclutas MX · Headhunting Tech & CX
""",
    },
    {
        "kind": "offer", "scen": "tessellate_offer_letter_pdf", "company": "Tessellate",
        "contact": "niamh.gallagher@tessellate.example.ie", "lang": "en",
        "frm": ("Niamh Gallagher", "niamh.gallagher@tessellate.example.ie"),
        "subj": "Your offer from Tessellate",
        "date": "2026-05-06 16:18 +0100", "mid": "outlook_eu", "cte": "quoted-printable",
        "text": """Hi Dario,

Following Ronan's call this afternoon, I'm delighted to confirm our offer for
the position of Customer Success Lead (LATAM), reporting to Ronan Byrne.

Your offer letter is attached. In summary:
- Base salary: USD 68,000 per year, paid monthly via our employer-of-record
  partner in Mexico
- Annual bonus: up to 10% of base
- Remote from Guadalajara, with two trips a year to Dublin
- Proposed start date: 1 June 2026

The offer is valid until Friday 15 May. Please sign and return the letter, or
give me a shout if you'd like to talk anything through.

Congratulations - the whole panel is excited to work with you.

Niamh

Niamh Gallagher | Talent Partner | Tessellate
Tessellate Technologies Ltd, 5 Hanover Quay, Dublin 2. Registered in Ireland No. 598812.
""",
        "att": [("Tessellate_Offer_Letter_D_Menendez-Holt.pdf", [
            "TESSELLATE TECHNOLOGIES LTD", "5 Hanover Quay, Dublin 2", "", "6 May 2026", "",
            "Dear Dario,", "We are pleased to offer you the position of Customer Success Lead (LATAM).",
            "Base salary: USD 68,000 per annum. Bonus: up to 10% of base.",
            "Start date: 1 June 2026. This offer expires on 15 May 2026.", "",
            "Signed: Ronan Byrne, Director of Customer Success", "",
            "Accepted: ____________________  Date: __________"])],
    },
    {
        "kind": "offer", "scen": "headway_verbal_offer_pinecrest", "company": "Pinecrest Telecom",
        "contact": "marcus.oyelaran@headwaytalent.example.ca", "lang": "en",
        "frm": ("Marcus Oyelaran", "marcus.oyelaran@headwaytalent.example.ca"),
        "subj": "Offer - Pinecrest Telecom",
        "date": "2026-08-12 17:02 -0400", "mid": "outlook",
        "text": """Dario,

Congratulations! As I said on the phone an hour ago, Pinecrest Telecom would
like to offer you the Manager, Customer Care Operations role. To confirm what
they've put on the table verbally:

  * Base: CAD 92,000
  * 10% short-term incentive
  * Relocation package to Toronto incl. work permit support (LMIA)
  * Start date: flexible, ideally by November 2

The formal letter will come from their HR team by Friday, pending a standard
background check. Let me know your thoughts, and whether you'd like me to push
on base - I think there's a little room.

Marcus

Marcus Oyelaran | Principal Consultant | Headway Talent Partners
416-555-0147
""",
    },
    {
        "kind": "offer", "scen": "caisse_horizon_offre_conditionnelle_pdf", "company": "Caisse Horizon",
        "contact": "genevieve.tremblay@caissehorizon.example.ca", "lang": "fr",
        "frm": ("Geneviève Tremblay", "genevieve.tremblay@caissehorizon.example.ca"),
        "subj": "RE: Suivi – entrevue du 25 août",
        "date": "2026-09-15 10:30 -0400", "mid": "outlook", "cte": "quoted-printable",
        "thread": ["<CA+dmhCaisseSuivi0809@mail.gmail.com>"],
        "text": """Bonjour Dario,

C'est avec grand plaisir que je vous transmets, au nom de Caisse Horizon,
une offre d'emploi pour le poste de Chef d'équipe, Centre de contact
(bilingue) à notre bureau de Toronto.

Vous trouverez la lettre d'offre en pièce jointe : salaire annuel de
78 500 $, régime de retraite, assurances collectives et quatre semaines de
vacances.

Cette offre est conditionnelle à la vérification de vos antécédents
judiciaires et de crédit ainsi qu'à l'obtention d'un permis de travail
valide au Canada. Nous vous accompagnerons dans ces démarches.

Merci de nous retourner la lettre signée d'ici le 25 septembre.

Au plaisir de vous compter parmi nous,

Geneviève Tremblay
Conseillère principale, Acquisition de talents
Caisse Horizon

De : Dario Menéndez-Holt <dario.mh@example.mx>
Envoyé : 8 septembre 2026 11:02
À : Geneviève Tremblay <genevieve.tremblay@caissehorizon.example.ca>
Objet : Suivi – entrevue du 25 août

Bonjour Mme Tremblay,

Je me permets de faire un suivi concernant l'entrevue du 25 août. J'ai reçu
entre-temps une autre proposition; si votre réponse devait être un refus,
je vous serais reconnaissant de me le faire savoir afin que je puisse
m'organiser.

Cordialement,
Dario Menéndez-Holt
""",
        "att": [("Lettre_offre_Menendez-Holt.pdf", [
            "CAISSE HORIZON", "LETTRE D'OFFRE D'EMPLOI CONDITIONNELLE", "",
            "Toronto, le 15 septembre 2026", "Monsieur Dario Menendez-Holt", "",
            "Poste : Chef d'equipe, Centre de contact (bilingue)", "Salaire annuel : 78 500 $ CA",
            "Conditions : verification des antecedents; permis de travail valide.", "",
            "Signature du candidat : ____________________"])],
    },
    {
        "kind": "offer", "scen": "opaline_promesse_embauche", "company": "Opaline",
        "contact": "theo.marchand@opaline.example.com", "lang": "fr",
        "frm": ("Théo Marchand", "theo.marchand@opaline.example.com"),
        "subj": "Bienvenue chez Opaline ? 🙂",
        "date": "2026-06-30 19:21 +0200", "mid": "gmail", "cte": "quoted-printable",
        "text": """Salut Dario,

Comme promis au téléphone, je te confirme par écrit : on aimerait beaucoup
que tu rejoignes Opaline en tant que Support Operations Manager pour notre hub
de Barcelone !

Les grandes lignes :
- 48 000 € bruts annuels + BSPCE
- CDI de droit espagnol, démarrage le 1er septembre
- Remote 2 jours par semaine

La promesse d'embauche officielle part demain via DocuSign. Dis-moi si tu as
des questions d'ici là.

Hâte de bosser avec toi,
Théo

Théo Marchand – Head of Customer Experience – Opaline
Opaline Labs SAS · 42 rue des Jeûneurs, 75002 Paris
""",
        "html": """<div dir="ltr" style="font-family:Arial,sans-serif;font-size:14px;">
<div>Salut Dario,</div><div><br></div>
<div>Comme promis au téléphone, je te confirme par écrit : on aimerait beaucoup que tu rejoignes <b>Opaline</b> en tant que <b>Support Operations Manager</b> pour notre hub de Barcelone !</div><div><br></div>
<div>Les grandes lignes :</div>
<ul><li>48 000 € bruts annuels + BSPCE</li><li>CDI de droit espagnol, démarrage le 1er septembre</li><li>Remote 2 jours par semaine</li></ul>
<div>La promesse d'embauche officielle part demain via DocuSign. Dis-moi si tu as des questions d'ici là.</div><div><br></div>
<div>Hâte de bosser avec toi,</div><div>Théo</div><div><br></div>
<div style="color:#888;font-size:12px;">Théo Marchand – Head of Customer Experience – Opaline<br>Opaline Labs SAS · 42 rue des Jeûneurs, 75002 Paris<br><a href="https://www.linkedin.com/company/opaline-example">LinkedIn</a> · <a href="https://opaline.example.com">opaline.example.com</a></div>
</div>
""",
    },
    {
        "kind": "offer", "scen": "kontor_zwei_vertragsangebot_pdf", "company": "Kontor Zwei",
        "contact": "lena@kontorzwei.example.de", "lang": "de",
        "frm": ("Lena Brandt", "lena@kontorzwei.example.de"),
        "subj": "Dein Vertragsangebot 🎉",
        "date": "2026-09-30 15:06 +0200", "mid": "gmail", "cte": "quoted-printable",
        "text": """Hi Dario,

wie heute am Telefon besprochen: Wir möchten dich sehr gern als Support
Operations Lead in unserem Hub in Barcelona an Bord holen!

Im Anhang findest du unser Vertragsangebot mit allen Details – kurz
zusammengefasst:
- 46.000 € brutto im Jahr, unbefristet (spanischer Arbeitsvertrag über unsere
  Tochter Kontor Zwei Iberia S.L.)
- 25 Urlaubstage, Homeoffice an zwei Tagen pro Woche
- Start am 2. November 2026

Unterschreib einfach digital über den Link in der separaten Mail, das Angebot
gilt bis zum 9. Oktober. Ruf mich gern an, wenn du Fragen hast!

Liebe Grüße
Lena

--
Lena Brandt · Head of People · Kontor Zwei
Kontor Zwei GmbH · Stresemannstraße 29 · 22769 Hamburg
Geschäftsführer: Jonas Petersen · Amtsgericht Hamburg HRB 161220
""",
        "att": [("Vertragsangebot_Menendez-Holt.pdf", [
            "KONTOR ZWEI - VERTRAGSANGEBOT", "", "Hamburg, 30.09.2026", "Herrn Dario Menendez-Holt", "",
            "Position: Support Operations Lead (Barcelona)", "Jahresgehalt: 46.000 EUR brutto",
            "Beginn: 02.11.2026, unbefristet", "Urlaub: 25 Tage", "",
            "Angebot gueltig bis 09.10.2026", "Unterschrift: ____________________"])],
    },
]

MESSAGES: list[dict] = ACKS + OFFERS
