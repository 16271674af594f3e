"""Application acknowledgements and offers for the hundred-fortieth corpus, written one by one."""

from __future__ import annotations

from msgs140_common import ats_page, digest_html, outlook_html

_NORTIA_ACK = """Hola Diego,

¡Gracias por postularte a Nortia!

Recibimos tu solicitud para Líder de Mejora Continua – Planta Apodaca (Req. 2026-1187). Nuestro equipo de Atracción de Talento revisará tu perfil y, si coincide con lo que buscamos, te contactaremos para los siguientes pasos.

Mientras tanto, puedes consultar el estatus de tu solicitud en cualquier momento desde tu perfil de candidato.

Saludos,
Equipo de Atracción de Talento
Nortia"""

_LBQ_OFFER = """Diego, ¡muchas felicidades!

Me da muchísimo gusto confirmarte por escrito que Línea Blanca Queretana te ofrece la posición de Ingeniero de Manufactura Esbelta en la planta de El Marqués.

Resumen de la propuesta:
- Sueldo mensual bruto: $58,000 MXN
- Bono anual por desempeño: hasta 1.5 meses de sueldo
- Vales de despensa, fondo de ahorro 13% y seguro de gastos médicos mayores
- Apoyo de reubicación Monterrey–Querétaro: $45,000 MXN, más un mes de hospedaje
- Fecha de ingreso propuesta: lunes 5 de octubre de 2026

En los próximos días recibirás la carta oferta formal para firma electrónica. Si tienes dudas sobre cualquier punto, contéstame a este correo o márcame; me encantaría cerrar esto contigo esta semana.

Un abrazo,

Daniela Olvera
Reclutamiento | Línea Blanca Queretana
442 215 9080"""

MESSAGES: list[dict] = [
    # ------------------------------------------------------------------ application received (21)
    {
        "kind": "application_received", "slug": "workday_forjas_recibida",
        "frm": ("Careers at Forjas Cumbres", "forjascumbres@myworkday.com"),
        "subject": "Gracias por postularte: Ingeniero(a) de Mejora Continua Sr. (R-10482)",
        "date": "2026-01-19 22:40 -0600", "lang": "es", "cte": "qp",
        "html": ats_page(
            logo_src="https://forjascumbres.wd5.myworkdaysite.com/wday/cxs/forjas/logo.png",
            logo_alt="Grupo Forjas Cumbres", color="#b5121b",
            paras=[
                "Hola Diego:",
                "Recibimos tu solicitud para la vacante <b>Ingeniero(a) de Mejora Continua Sr.</b> (R-10482) en Escobedo, N.L. ¡Gracias por tu interés en formar parte de Grupo Forjas Cumbres!",
                "Nuestro equipo revisará tu información. Puedes consultar el avance de tu solicitud en la sección <i>Mis solicitudes</i> de tu cuenta de candidato.",
                "Atentamente,<br />Atracción de Talento<br /><b>Grupo Forjas Cumbres</b>",
            ],
            button=("Ir a mi cuenta", "https://forjascumbres.wd5.myworkdaysite.com/recruiting/forjas/Candidato/userHome"),
            footer=[
                "Este mensaje fue enviado automáticamente por Workday. Por favor no respondas a este correo.",
                "Grupo Forjas Cumbres, S.A. de C.V. · Av. Industria Pesada 1200, Escobedo, N.L., México",
            ],
            track="https://forjascumbres.wd5.myworkdaysite.com/t/o.gif?e=11c0d2",
        ),
        "company": "Grupo Forjas Cumbres", "contact": "",
    },
    {
        "kind": "application_received", "slug": "acerosm_sin_respuesta_4_semanas",
        "frm": ("Empleos Aceros Sierra Madre", "empleos@acerosm.example.mx"),
        "subject": "Acuse de recibo - Coordinador Lean",
        "date": "2026-02-09 08:01 -0600", "lang": "es", "cs": "iso-8859-1", "cte": "qp", "hdr_cs": "iso-8859-1",
        "text": """Estimado(a) candidato(a):

Le confirmamos que recibimos su solicitud para la vacante de Coordinador Lean (Planta Santa Catarina).

Debido al gran número de solicitudes que recibimos, no nos es posible responder de manera individual a cada candidato. Si no recibe noticias nuestras en un plazo de 4 semanas, le pedimos considerar que en esta ocasión su perfil no fue seleccionado.

Agradecemos su interés en Aceros Sierra Madre.

Reclutamiento y Selección
Aceros Sierra Madre, S.A.B. de C.V.

Este buzón no es monitoreado; por favor no responda a este mensaje.
""",
        "company": "Aceros Sierra Madre", "contact": "",
    },
    {
        "kind": "application_received", "slug": "empleonorte_enviada_tmq",
        "frm": ("EmpleoNorte", "notificaciones@empleonorte.example.mx"),
        "subject": "¡Listo! Tu postulación fue enviada a Transmisiones Metálicas de Querétaro",
        "date": "2026-03-02 21:33 -0600", "lang": "es", "cte": "qp",
        "headers": [("List-Unsubscribe", "<https://www.empleonorte.example.mx/cuenta/notificaciones/baja?u=44917>")],
        "html": ats_page(
            logo_src="https://static.empleonorte.example.mx/img/logo-en.png", logo_alt="EmpleoNorte",
            color="#6a1b9a",
            paras=[
                "¡Hola Diego!",
                "Tu postulación a <b>Ingeniero Lean</b> fue enviada con éxito a <b>Transmisiones Metálicas de Querétaro</b>.",
                "📍 Querétaro, Qro. · Tiempo completo · $40,000 - $48,000 MXN mensuales",
                "Te avisaremos cuando la empresa vea tu CV o cambie el estatus de tu postulación. Consejo: los candidatos con CV actualizado tienen 3 veces más probabilidades de ser contactados.",
            ],
            button=("Ver mis postulaciones", "https://lnk.empleonorte.example.mx/c/cG9zdHVsYWNpb25lcw"),
            footer=[
                "Recibes este correo porque tienes una cuenta en EmpleoNorte.",
                '<a href="https://www.empleonorte.example.mx/cuenta/notificaciones/baja?u=44917">Darme de baja</a> · © 2026 EmpleoNorte. Monterrey, N.L.',
            ],
            track="https://lnk.empleonorte.example.mx/o/44917-12f.png",
        ),
        "company": "Transmisiones Metálicas de Querétaro", "contact": "",
    },
    {
        "kind": "application_received", "slug": "trabajoya_hv_carrocerias",
        "frm": ("TrabajoYa Colombia", "no-responder@trabajoya.example.co"),
        "subject": "Tu hoja de vida fue enviada a Carrocerías Sabana",
        "date": "2026-07-13 19:58 -0500", "lang": "es", "cte": "b64",
        "headers": [("List-Unsubscribe", "<mailto:baja@trabajoya.example.co?subject=baja>, <https://www.trabajoya.example.co/baja?id=7761>")],
        "html": """<table width="100%" cellpadding="0" cellspacing="0" bgcolor="#f4f6f8"><tr><td align="center">
<table width="580" cellpadding="0" cellspacing="0" bgcolor="#ffffff" style="font-family:Arial,sans-serif;font-size:14px;color:#333">
<tr><td style="padding:16px 24px;background:#ff6f00"><img src="https://cdn.trabajoya.example.co/mail/logo-blanco.png" alt="TrabajoYa" height="30"></td></tr>
<tr><td style="padding:24px">
<p style="font-size:18px;font-weight:bold;margin:0 0 12px">¡Postulación exitosa!</p>
<p>Diego, tu hoja de vida fue enviada a <b>Carrocerías Sabana</b> para la oferta:</p>
<p style="background:#fff3e0;padding:12px;border-radius:4px"><b>Coordinador de Mejoramiento Continuo</b><br>Funza, Cundinamarca · Salario a convenir</p>
<p>La empresa revisará tu perfil. Si avanzas en el proceso, te contactarán directamente.</p>
<p><a href="https://clk.trabajoya.example.co/r?u=aHR0cHM6Ly90cmFiYWpveWEvcG9zdHVsYWNpb25lcw&amp;c=mail_postulacion" style="color:#ff6f00">Ver el estado de mis postulaciones</a></p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#999;border-top:1px solid #eee">Este correo es informativo, por favor no lo respondas.<br>TrabajoYa Colombia S.A.S. · Bogotá D.C. · <a href="https://www.trabajoya.example.co/baja?id=7761" style="color:#999">Cancelar notificaciones</a></td></tr>
</table></td></tr></table>
<img src="https://clk.trabajoya.example.co/o.gif?m=7761a" width="1" height="1" alt="">
""",
        "company": "Carrocerías Sabana", "contact": "",
    },
    {
        "kind": "application_received", "slug": "icims_nortia_recibida",
        "frm": ("Nortia Talent Acquisition", "nortia@talent.icims.com"),
        "subject": "Nortia | Recibimos tu solicitud",
        "date": "2026-03-25 23:12 -0600", "lang": "es", "cte": "qp",
        "text": _NORTIA_ACK,
        "html": ats_page(
            logo_src="https://careers-nortia.icims.com/images/nortia_hogar.png", logo_alt="Nortia · Hogar que dura",
            color="#00857c",
            paras=[p.replace("\n", "<br>") for p in _NORTIA_ACK.split("\n\n")],
            footer=["Nortia es una marca de Electrodomésticos Norteños, S.A. de C.V.",
                    "Este correo se envió desde una dirección que no recibe respuestas."],
            track="https://careers-nortia.icims.com/px/open?id=1187aa",
        ),
        "company": "Nortia", "contact": "",
    },
    {
        "kind": "application_received", "slug": "taleo_pipsa_acuse",
        "frm": ("Plásticos Inyectados de Puebla", "pipsa@taleo.net"),
        "subject": "Confirmación de postulación - Requisición 11873",
        "date": "2026-02-17 13:26 -0600", "lang": "es", "cs": "iso-8859-1", "cte": "qp", "hdr_cs": "iso-8859-1",
        "text": """Estimado(a) Diego Salazar-Whitfield:

Gracias por su interés en Plásticos Inyectados de Puebla. Confirmamos la recepción de su postulación a la requisición 11873 - Analista de Mejora Continua (Puebla, Pue.).

Su solicitud será evaluada por el área de Recursos Humanos junto con el área solicitante. En caso de que su perfil sea compatible con los requisitos de la posición, nos pondremos en contacto con usted.

Puede dar seguimiento a su solicitud ingresando a nuestra sección de Carreras con su usuario y contraseña.

Atentamente,
Recursos Humanos
Plásticos Inyectados de Puebla, S.A. de C.V.

*** Este es un mensaje generado automáticamente. No responda a este correo. ***
""",
        "company": "Plásticos Inyectados de Puebla", "contact": "",
    },
    {
        "kind": "application_received", "slug": "utn_registro_convocatoria",
        "frm": ("Dirección de Recursos Humanos UTN", "rh.docentes@utn.example.mx"),
        "subject": "Registro recibido - Convocatoria docente 2026-2 (folio DOC-26-0417)",
        "date": "2026-05-11 10:45 -0600", "lang": "es", "cte": "qp",
        "text": """Estimado aspirante:

Acusamos de recibo su registro en la Convocatoria de Profesores de Asignatura 2026-2 con el folio DOC-26-0417.

Su expediente será revisado por la Academia de Ingeniería Industrial. Las entrevistas se realizarán entre el 1 y el 12 de junio y los resultados se publicarán a más tardar el 19 de junio.

Si detecta algún error en sus datos o necesita enviar un documento adicional, responda a este correo indicando su folio.

Atentamente,
Dirección de Recursos Humanos
Universidad Tecnológica del Noreste
""",
        "html": outlook_html("""Estimado aspirante:

Acusamos de recibo su registro en la Convocatoria de Profesores de Asignatura 2026-2 con el folio DOC-26-0417.

Su expediente será revisado por la Academia de Ingeniería Industrial. Las entrevistas se realizarán entre el 1 y el 12 de junio y los resultados se publicarán a más tardar el 19 de junio.

Si detecta algún error en sus datos o necesita enviar un documento adicional, responda a este correo indicando su folio.

Atentamente,
Dirección de Recursos Humanos
Universidad Tecnológica del Noreste""", font="Arial"),
        "company": "Universidad Tecnológica del Noreste", "contact": "rh.docentes@utn.example.mx",
    },
    {
        "kind": "application_received", "slug": "leankaizen_cv_recibido",
        "frm": ("Ana Lucía Benavides", "alucia@leankaizen.example.mx"),
        "subject": "Re: CV - Consultor Jr.",
        "date": "2026-04-27 13:15 -0600", "lang": "es", "cte": "8bit",
        "refs": ["<CAH7m2q3LKC0nsu@mail.example.mx>"],
        "text": """Hola Diego, recibido tu CV, muchas gracias!

Esta semana lo reviso con los socios y te doy respuesta a más tardar el viernes.

Saludos,
Ana Lucía

Ana Lucía Benavides
Gerente de Talento | Lean & Kaizen Consultores

El dom, 26 abr 2026 a las 21:03, Diego Salazar-Whitfield (<diego.sw@example.mx>) escribió:
> Buenas noches Ana Lucía, te envío mi CV para la vacante de Consultor Jr. que
> vi publicada. Tengo 9 años como supervisor de línea y certificación Green Belt.
""",
        "company": "Lean & Kaizen Consultores", "contact": "alucia@leankaizen.example.mx",
    },
    {
        "kind": "application_received", "slug": "mccolombia_automatico_30_dias",
        "frm": ("Selección Mejora Continua Colombia", "seleccion@mccolombia.example.co"),
        "subject": "Hemos recibido su postulación",
        "date": "2026-03-04 07:12 -0500", "lang": "es", "cte": "qp",
        "html": """<html><body style="font-family:Tahoma,Arial,sans-serif;font-size:13px;color:#2b2b2b">
<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #d9d9d9">
<tr><td style="padding:14px 20px;background:#12355b"><img src="https://mccolombia.example.co/img/logo_mcc_blanco.png" alt="Mejora Continua Colombia" height="34"></td></tr>
<tr><td style="padding:20px">
<p>Apreciado(a) candidato(a):</p>
<p>Gracias por postularse a la vacante <b>Consultor Senior Lean</b>. Su hoja de vida fue recibida correctamente y será analizada por nuestro equipo.</p>
<p>Por el alto volumen de postulaciones no nos es posible dar respuesta individual a todas las personas. Si en un plazo de 30 días no ha sido contactado, le agradecemos entender que su perfil no continuó en esta convocatoria.</p>
<p>Cordialmente,<br>Equipo de Selección<br>Mejora Continua Colombia</p>
</td></tr>
<tr><td style="padding:10px 20px;font-size:10px;color:#888;background:#f5f5f5">Este es un mensaje automático, por favor no responda. Sus datos personales serán tratados conforme a la Ley 1581 de 2012 y a nuestra <a href="https://mccolombia.example.co/habeas-data">Política de Tratamiento de Datos</a>.</td></tr>
</table></body></html>
""",
        "company": "Mejora Continua Colombia", "contact": "",
    },
    {
        "kind": "application_received", "slug": "teamtailor_acerias_recibida",
        "frm": ("Acerías de Boyacá", "no-reply@teamtailor-mail.com"),
        "subject": "¡Gracias por postularte a Acerías de Boyacá!",
        "date": "2026-07-31 14:50 -0500", "lang": "es", "cte": "qp",
        "html": ats_page(
            logo_src="https://images.teamtailor-cdn.com/images/acerias-boyaca-logo.png", logo_alt="Acerías de Boyacá",
            color="#263238", font="Georgia, serif",
            paras=[
                "Hola Diego,",
                "Recibimos tu postulación para <b>Líder de Excelencia Operacional</b> (Sogamoso). ¡Gracias por pensar en nosotros!",
                "Nuestro equipo revisará tu perfil en los próximos días. Mientras tanto, conoce cómo es trabajar en la acería más antigua del país en nuestra página de carreras.",
                "Un saludo,<br>Equipo de Talento<br>Acerías de Boyacá",
            ],
            button=("Conocer más", "https://acerias-boyaca.teamtailor.com/?utm_source=email&utm_campaign=applied"),
            footer=["Acerías de Boyacá S.A. · Sogamoso, Boyacá, Colombia",
                    '<a href="https://acerias-boyaca.teamtailor.com/connect/unsubscribe">Cancelar suscripción</a> · Enviado con Teamtailor'],
            track="https://app.teamtailor-mail.com/t/open/3e77b.gif",
        ),
        "company": "Acerías de Boyacá", "contact": "",
    },
    {
        "kind": "application_received", "slug": "lbq_reclutamiento_recibido",
        "frm": ("Reclutamiento LBQ", "reclutamiento@lbq.example.mx"),
        "subject": "Recibimos tu CV - Ingeniero(a) de Manufactura Esbelta",
        "date": "2026-08-11 16:02 -0600", "lang": "es", "cs": "windows-1252", "cte": "qp",
        "text": """Hola Diego, buenas tardes.

Te confirmamos que recibimos tu CV para la vacante de Ingeniero(a) de Manufactura Esbelta en El Marqués. Estamos en la etapa de revisión curricular y durante las próximas dos semanas contactaremos a los perfiles preseleccionados.

Cualquier duda, contéstanos a este correo; lo leemos todos los días.

Saludos,
Daniela Olvera
Reclutamiento – Línea Blanca Queretana
""",
        "company": "Línea Blanca Queretana", "contact": "reclutamiento@lbq.example.mx",
    },
    {
        "kind": "application_received", "slug": "greenhouse_gld_high_volume",
        "frm": ("Great Lakes Drivetrain via Greenhouse", "no-reply@greenhouse-mail.io"),
        "subject": "Thank you for applying to Great Lakes Drivetrain",
        "date": "2026-02-21 03:16 +0000", "lang": "en", "cte": "qp",
        "text": """Hi Diego,

Thank you for your interest in Great Lakes Drivetrain! We have received your application for Continuous Improvement Engineer II (Saltillo, MX).

Our recruiting team reviews every application, but because of the high volume we receive we are unable to respond to each applicant individually. If you have not heard from us within 4 weeks, please assume that we have decided to pursue other candidates for this position.

Thanks again,
Great Lakes Drivetrain Talent Acquisition
""",
        "html": ats_page(
            logo_src="https://s3.amazonaws.example.com/grnhse/gld_logo.png", logo_alt="Great Lakes Drivetrain",
            color="#1d3c6e",
            paras=[
                "Hi Diego,",
                "Thank you for your interest in Great Lakes Drivetrain! We have received your application for <b>Continuous Improvement Engineer II</b> (Saltillo, MX).",
                "Our recruiting team reviews every application, but because of the high volume we receive we are unable to respond to each applicant individually. If you have not heard from us within 4 weeks, please assume that we have decided to pursue other candidates for this position.",
                "Thanks again,<br>Great Lakes Drivetrain Talent Acquisition",
            ],
            footer=["Great Lakes Drivetrain, Inc. | 4100 Telegraph Rd, Dearborn, MI 48124", "Powered by Greenhouse"],
            track="https://grnh.se/o/1a2b3c4d5e",
        ),
        "company": "Great Lakes Drivetrain", "contact": "",
    },
    {
        "kind": "application_received", "slug": "lever_corvex_got_it",
        "frm": ("Corvex Automation", "no-reply@hire.lever.co"),
        "subject": "Thanks for applying to Corvex Automation",
        "date": "2026-01-31 18:27 +0000", "lang": "en", "cte": "qp",
        "text": """Hi Diego,

Thanks for applying for the Manufacturing Excellence Lead role at Corvex! We got your application and a real human on our team will look at it soon.

What happens next: if there's a fit, we'll reach out to set up an intro call, usually within two weeks.

Cheers,
The Corvex team

--
Corvex Automation · Austin, TX
You received this email because you applied for a job at Corvex Automation.
""",
        "company": "Corvex Automation", "contact": "",
    },
    {
        "kind": "application_received", "slug": "workday_meridian_received",
        "frm": ("Meridian Seating Careers", "meridianseating@myworkday.com"),
        "subject": "Application Received - Lean Manufacturing Engineer (JR-30217)",
        "date": "2026-03-06 11:58 -0500", "lang": "en", "cte": "b64",
        "html": ats_page(
            logo_src="https://meridianseating.wd1.myworkdaysite.com/logo.png", logo_alt="Meridian Seating Systems",
            color="#5b2c83",
            paras=[
                "Dear Diego,",
                "Thank you for applying for the <b>Lean Manufacturing Engineer</b> position (JR-30217) at our Ramos Arizpe, Coahuila location.",
                "We have received your application and our talent acquisition team will review your qualifications. You can track the status of your application at any time in your candidate home.",
                "Sincerely,<br>Meridian Seating Systems Talent Acquisition",
            ],
            button=("Candidate Home", "https://meridianseating.wd1.myworkdaysite.com/recruiting/meridian/External/userHome"),
            footer=["Meridian Seating Systems is an Equal Opportunity Employer.",
                    "This is an automated message from Workday; replies to this address are not monitored."],
            track="https://meridianseating.wd1.myworkdaysite.com/t/o.gif?e=30217",
        ),
        "company": "Meridian Seating Systems", "contact": "",
    },
    {
        "kind": "application_received", "slug": "ashby_precision_careers_ack",
        "frm": ("Ashby Precision Components - Careers", "careers@ashby-precision.example.com"),
        "subject": "Your application - CI Engineer (Querétaro) - ref APC-MX-0619",
        "date": "2026-06-04 09:14 +0100", "lang": "en", "cte": "qp",
        "text": """Dear Diego,

Thank you for applying for the role of Continuous Improvement Engineer at our Querétaro facility (ref APC-MX-0619). This is to confirm we have received your application.

Our talent team will review applications after the closing date of 19 June, and shortlisted candidates will be contacted by the end of June. If you have any questions in the meantime, simply reply to this email and a member of our team will get back to you.

Kind regards,

Talent Acquisition Team
Ashby Precision Components

Ashby Precision Components Ltd. Registered in England No 04512877. Registered office: Unit 7, Hilltop Industrial Estate, Ashby-de-la-Zouch, LE65 1JX.
""",
        "company": "Ashby Precision Components", "contact": "careers@ashby-precision.example.com",
    },
    {
        "kind": "application_received", "slug": "hirehub_sent_to_tidewater",
        "frm": ("HireHub", "jobs-noreply@hirehub.example.com"),
        "subject": "Your application was sent to Tidewater Sensors",
        "date": "2026-03-21 04:02 +0000", "lang": "en", "cte": "qp",
        "headers": [("List-Unsubscribe", "<https://www.hirehub.example.com/unsubscribe?t=app_confirm&u=dsw81>"),
                 ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")],
        "html": """<div style="background:#f3f2f1;padding:20px 0;font-family:'Noto Sans',Helvetica,Arial,sans-serif">
<table align="center" width="560" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:8px">
<tr><td style="padding:20px 28px"><img src="https://static.hirehub.example.com/email/hh-logo.png" alt="HireHub" width="96"></td></tr>
<tr><td style="padding:0 28px 8px 28px;font-size:20px;font-weight:700;color:#2d2d2d">Application submitted</td></tr>
<tr><td style="padding:0 28px 20px 28px;font-size:14px;color:#424242;line-height:21px">
<b>Field Continuous Improvement Engineer</b><br>Tidewater Sensors - Monterrey, NL (Hybrid)<br><br>
Your application has been sent to the employer. Good luck, Diego! Employers typically respond within 7 days.<br><br>
<a href="https://clicks.hirehub.example.com/ct?r=myjobs&amp;u=dsw81" style="color:#2557a7;font-weight:700">Track your application in My Jobs</a>
</td></tr>
<tr><td style="padding:16px 28px;font-size:11px;color:#767676;border-top:1px solid #e4e2e0">You're receiving this because you applied via HireHub.<br><a href="https://www.hirehub.example.com/unsubscribe?t=app_confirm&amp;u=dsw81" style="color:#767676">Unsubscribe</a> · HireHub Inc., 6433 Champion Grandview Way, Austin, TX</td></tr>
</table></div>
<img src="https://clicks.hirehub.example.com/op?u=dsw81&amp;m=appsent" width="1" height="1" alt="">
""",
        "company": "Tidewater Sensors", "contact": "",
    },
    {
        "kind": "application_received", "slug": "personio_kessler_eingang",
        "frm": ("Kessler Antriebstechnik GmbH", "no-reply@kessler-antriebstechnik.jobs.personio.de"),
        "subject": "Eingangsbestätigung Ihrer Bewerbung – Lean Manager (m/w/d)",
        "date": "2026-02-11 16:30 +0100", "lang": "de", "cte": "qp",
        "html": """<div style="font-family:Arial,sans-serif;font-size:14px;color:#1a1a1a;max-width:600px">
<img src="https://kessler-antriebstechnik.jobs.personio.de/logo.png" alt="Kessler Antriebstechnik" height="40"><br><br>
<p>Sehr geehrter Herr Salazar-Whitfield,</p>
<p>vielen Dank für Ihre Bewerbung als <b>Lean Manager (m/w/d) – Standort Querétaro</b>. Hiermit bestätigen wir den Eingang Ihrer Unterlagen.</p>
<p>Wir prüfen Ihre Bewerbung sorgfältig und melden uns so schnell wie möglich bei Ihnen. Bitte haben Sie Verständnis dafür, dass dies einige Wochen dauern kann.</p>
<p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team der Kessler Antriebstechnik</p>
<p style="font-size:11px;color:#777;border-top:1px solid #ddd;padding-top:10px">Kessler Antriebstechnik GmbH · Heilbronner Straße 88, 70191 Stuttgart · Geschäftsführer: Dr. Ulrich Kessler, Sabine Maurer · Amtsgericht Stuttgart HRB 731904<br>
Dies ist eine automatisch generierte Nachricht. <a href="https://kessler-antriebstechnik.jobs.personio.de/privacy-policy">Datenschutzerklärung</a></p>
</div>
""",
        "company": "Kessler Antriebstechnik", "contact": "",
    },
    {
        "kind": "application_received", "slug": "successfactors_hartmann_eingang",
        "frm": ("Hartmann Stahlwerke Karriere", "noreply@successfactors.eu"),
        "subject": "Eingangsbestätigung – Referent Operational Excellence (w/m/d)",
        "date": "2026-04-13 06:30 +0200", "lang": "de", "cte": "b64",
        "html": """<html><body style="font-family:Arial,sans-serif;font-size:10pt;color:#222">
<table width="640" cellpadding="0" cellspacing="0" border="0" align="center">
<tr><td style="background:#4a4a4a;padding:14px 20px"><img src="https://career5.successfactors.eu/companylogo/hartmannstahl.png" alt="Hartmann Stahlwerke" height="32" border="0"></td></tr>
<tr><td style="padding:22px 20px">
<p>Sehr geehrter Herr Salazar-Whitfield,</p>
<p>herzlichen Dank für Ihre Online-Bewerbung auf die Position <b>Referent Operational Excellence (w/m/d)</b>, Kennziffer 4471.</p>
<p>Ihre Unterlagen sind vollständig bei uns eingegangen. Wir werden diese nun sorgfältig prüfen und uns zeitnah mit Ihnen in Verbindung setzen. Den aktuellen Stand können Sie jederzeit in Ihrem Kandidatenprofil einsehen.</p>
<p>Mit freundlichen Grüßen<br>Ihr Team Talent Acquisition<br>Hartmann Stahlwerke</p>
</td></tr>
<tr><td style="padding:12px 20px;border-top:1px solid #ccc;font-size:8pt;color:#777">
Hartmann Stahlwerke AG · Hüttenstraße 1 · 47166 Duisburg · Amtsgericht Duisburg HRB 3381<br>
Diese Nachricht wurde automatisch generiert. Bitte antworten Sie nicht auf diese E-Mail.
</td></tr></table>
</body></html>
""",
        "company": "Hartmann Stahlwerke", "contact": "",
    },
    {
        "kind": "application_received", "slug": "softgarden_bv_eingang",
        "frm": ("Brückner & Vogt Fahrzeugkomponenten GmbH", "noreply@softgarden.io"),
        "subject": "Vielen Dank für Ihre Bewerbung",
        "date": "2026-04-21 12:03 +0200", "lang": "de", "cs": "iso-8859-1", "cte": "8bit", "hdr_cs": "iso-8859-1",
        "text": """Sehr geehrter Herr Salazar-Whitfield,

vielen Dank für Ihr Interesse an Brückner & Vogt und Ihre Bewerbung als Prozessingenieur Lean Production (m/w/d) für unser Werk in Puebla.

Ihre Bewerbung ist bei uns eingegangen. Wir sehen uns Ihre Unterlagen in Ruhe an und melden uns in den nächsten Wochen bei Ihnen.

Freundliche Grüße
Ihr Recruiting-Team
Brückner & Vogt Fahrzeugkomponenten

Diese E-Mail wurde automatisch erstellt. Antworten an diese Adresse werden nicht gelesen.
""",
        "company": "Brückner & Vogt Fahrzeugkomponenten", "contact": "",
    },
    {
        "kind": "application_received", "slug": "jobbruecke_uebermittelt_schwabentec",
        "frm": ("JobBrücke", "benachrichtigung@jobbruecke.example.de"),
        "subject": "Ihre Bewerbung wurde erfolgreich übermittelt",
        "date": "2026-02-03 21:44 +0100", "lang": "de", "cte": "qp",
        "headers": [("List-Unsubscribe", "<https://www.jobbruecke.example.de/abmelden?k=ab71>")],
        "html": digest_html(
            title="Bewerbung übermittelt",
            intro="Guten Tag Herr Salazar-Whitfield, Ihre Bewerbung wurde an <b>Schwabentec AG</b> übermittelt. Der Arbeitgeber meldet sich direkt bei Ihnen.",
            items=[("Lean Coach (m/w/d) – Stuttgart / Querétaro", "https://click.jobbruecke.example.de/r/4f1a?to=stelle-88213",
                    "Schwabentec AG · Vollzeit · Reisebereitschaft 30 %")],
            color="#0c2577",
            footer=["Sie erhalten diese E-Mail, weil Sie sich über JobBrücke beworben haben.",
                    'JobBrücke GmbH · Am Sandtorkai 3 · 20457 Hamburg · <a href="https://www.jobbruecke.example.de/abmelden?k=ab71">Benachrichtigungen abbestellen</a>'],
            track="https://click.jobbruecke.example.de/o/ab71.gif",
            logo_alt="JobBrücke", logo_src="https://static.jobbruecke.example.de/logo_weiss.png",
        ),
        "company": "Schwabentec", "contact": "",
    },
    {
        "kind": "application_received", "slug": "sorelec_accuse_reception",
        "frm": ("Recrutement Sorelec Querétaro", "recrutement.queretaro@sorelec.example.com"),
        "subject": "Accusé de réception de votre candidature",
        "date": "2026-06-16 08:20 -0600", "lang": "fr", "cs": "iso-8859-1", "cte": "qp", "hdr_cs": "iso-8859-1",
        "text": """Monsieur,

Nous avons bien reçu votre candidature au poste de Responsable Amélioration Continue pour notre site de Querétaro et nous vous en remercions.

Votre dossier va être étudié avec attention par notre service Ressources Humaines et par le responsable du poste. Nous reviendrons vers vous dans les meilleurs délais.

Cordialement,

Service Recrutement
Sorelec Automotive - Site de Querétaro

Ce message est envoyé automatiquement, merci de ne pas y répondre.
""",
        "company": "Sorelec Automotive", "contact": "",
    },

    # ------------------------------------------------------------------ offers (10)
    {
        "kind": "offer", "slug": "leankaizen_carta_oferta_pdf",
        "frm": ("Ana Lucía Benavides", "alucia@leankaizen.example.mx"),
        "subject": "Carta oferta - Consultor Jr.",
        "date": "2026-06-05 12:30 -0600", "lang": "es", "cte": "qp",
        "text": """Hola Diego:

¡Con mucho gusto te comparto la carta oferta para incorporarte como Consultor Jr. en Lean & Kaizen Consultores! Los socios quedaron muy contentos con tu desempeño en el assessment.

En el PDF adjunto vienen el sueldo, las prestaciones, el esquema de viáticos y la fecha de ingreso propuesta (1 de julio). Te pido que la revises con calma; si estás de acuerdo, fírmala y me la regresas escaneada antes del viernes 12 de junio.

Cualquier duda me marcas.

Ana Lucía Benavides
Gerente de Talento
Lean & Kaizen Consultores
T. 81 8363 0919
""",
        "attach": [("Carta_Oferta_Diego_Salazar-Whitfield.pdf", [
            "Lean & Kaizen Consultores",
            "San Pedro Garza García, N.L., 5 de junio de 2026",
            "",
            "Ing. Diego Salazar-Whitfield",
            "Presente",
            "",
            "Por medio de la presente nos es grato ofrecerle el puesto de Consultor Jr.",
            "Sueldo mensual bruto: $42,000 MXN. Prestaciones superiores a las de ley.",
            "Viáticos cubiertos al 100% en proyectos foráneos.",
            "Fecha de ingreso: 1 de julio de 2026.",
            "",
            "Acepto: ______________________",
        ])],
        "company": "Lean & Kaizen Consultores", "contact": "alucia@leankaizen.example.mx",
    },
    {
        "kind": "offer", "slug": "remmsa_oferta_verbal_confirmada",
        "frm": ("Ing. Gustavo Leal", "gleal@remmsa.example.mx"),
        "subject": "Confirmación de lo platicado",
        "date": "2026-06-24 19:51 -0600", "lang": "es", "cte": "8bit",
        "text": """Diego, qué tal.

Como te dije hoy por teléfono, te confirmo por aquí la oferta para que entres como Jefe de Mejora Continua en la planta de Guadalupe:

- $52,000 mensuales brutos
- bono anual de 30 días ligado a los KPIs de la planta
- SGMM para ti y tu familia
- ingreso el 3 de agosto, o antes si te liberan en tu chamba actual

Mañana RH te manda el contrato formal. Nada más confírmame que aceptas para cerrar la vacante.

Bienvenido (ya casi)!

Ing. Gustavo Leal
Director de Operaciones
Resortes y Muelles de Monterrey (REMMSA)
""",
        "company": "Resortes y Muelles de Monterrey", "contact": "gleal@remmsa.example.mx",
    },
    {
        "kind": "offer", "slug": "forjas_oferta_condicionada",
        "frm": ("Sofía Castañeda", "sofia.castaneda@forjascumbres.example.mx"),
        "subject": "Oferta de empleo - Líder Kaizen Saltillo",
        "date": "2026-04-16 13:10 -0600", "lang": "es", "cs": "windows-1252", "cte": "qp",
        "text": """Diego, ¡buenas tardes!

Me da mucho gusto escribirte: el equipo de Saltillo decidió ofrecerte la posición de Líder Kaizen. Adjunto la oferta económica.

La oferta está condicionada a:
1. Resultado satisfactorio del examen médico de ingreso (te agendamos en Clínica Industrial del Norte).
2. Validación de dos referencias laborales.
3. Estudio socioeconómico.

Si todo sale bien, la fecha de ingreso sería el lunes 18 de mayo. Te pido que me confirmes si aceptas la oferta y me mandes los contactos de tus referencias.

¡Felicidades!

Sofía Castañeda | Talent Acquisition Partner | Grupo Forjas Cumbres
Cel. 81 1933 4820
""",
        "attach": [("Oferta_Lider_Kaizen_Saltillo.pdf", [
            "GRUPO FORJAS CUMBRES - OFERTA ECONÓMICA",
            "Candidato: Diego Salazar-Whitfield",
            "Puesto: Líder Kaizen - Planta Saltillo",
            "Sueldo base mensual: $49,500 MXN",
            "Aguinaldo 30 días, vacaciones según LFT + 4 días, vales 10%",
            "Condiciones: examen médico, referencias, estudio socioeconómico",
        ])],
        "company": "Grupo Forjas Cumbres", "contact": "sofia.castaneda@forjascumbres.example.mx",
    },
    {
        "kind": "offer", "slug": "tecnoforja_contrato_firma",
        "frm": ("Luisa Fernanda Gómez", "lfgomez@tecnoforja.example.co"),
        "subject": "Contrato laboral para firma - Ingeniero de Mejoramiento Continuo",
        "date": "2026-09-14 11:05 -0500", "lang": "es", "cs": "iso-8859-1", "cte": "qp", "hdr_cs": "iso-8859-1",
        "text": """Buenos días, Diego:

Reciba un cordial saludo. Como se le informó telefónicamente, Tecnoforja Andina ha decidido vincularlo al cargo de Ingeniero de Mejoramiento Continuo en nuestra planta de Mosquera.

Adjunto encontrará el contrato de trabajo a término indefinido. Le solicitamos revisarlo, firmarlo en todas sus hojas y devolverlo escaneado a este correo a más tardar el viernes 18 de septiembre. La fecha de inicio pactada es el 1 de octubre de 2026.

Adicionalmente debe enviar: copia del pasaporte, certificado de afiliación a EPS y certificación bancaria.

Cordialmente,

Luisa Fernanda Gómez
Jefe de Gestión Humana
Tecnoforja Andina S.A.S.
Parque Industrial Mosquera, Cundinamarca
Tel. (601) 893 4410
""",
        "attach": [("Contrato_Indefinido_Salazar_Whitfield.pdf", [
            "CONTRATO INDIVIDUAL DE TRABAJO A TÉRMINO INDEFINIDO",
            "Empleador: Tecnoforja Andina S.A.S.",
            "Trabajador: Diego Salazar-Whitfield",
            "Cargo: Ingeniero de Mejoramiento Continuo",
            "Salario mensual: COP 9.800.000",
            "Fecha de inicio: 1 de octubre de 2026",
            "Firma del trabajador: ______________________",
        ])],
        "company": "Tecnoforja Andina", "contact": "lfgomez@tecnoforja.example.co",
    },
    {
        "kind": "offer", "slug": "lbq_oferta_resumen",
        "frm": ("Daniela Olvera", "daniela.olvera@lbq.example.mx"),
        "subject": "¡Oferta! Ingeniero de Manufactura Esbelta",
        "date": "2026-09-02 18:34 -0600", "lang": "es", "cte": "qp",
        "text": _LBQ_OFFER,
        "html": outlook_html(_LBQ_OFFER, font="Segoe UI"),
        "company": "Línea Blanca Queretana", "contact": "daniela.olvera@lbq.example.mx",
    },
    {
        "kind": "offer", "slug": "northpoint_halvorsen_verbal",
        "frm": ("Tyler Brooks", "tbrooks@northpointtalent.example.com"),
        "subject": "They want you!",
        "date": "2026-06-03 17:22 -0400", "lang": "en", "cte": "qp",
        "text": """Diego,

Just got off the phone with Kurt - Halvorsen Thermal Products wants to extend you an offer for Plant CI Manager in Saltillo!

Headline numbers (verbal, formal letter to follow from their HR):
- Base: MXN 88,000/month
- 15% annual bonus target
- Car allowance + major medical
- Start date flexible, ideally July 6

Kurt said your second interview (the one we rescheduled after the Zoom mix-up) "nailed it". Let's talk tonight before you respond - I want to make sure we get the relocation piece right.

Congrats, man. Well deserved.

Tyler

Tyler Brooks | Senior Recruiter, Automotive & Industrial | Northpoint Talent Partners
(248) 555-0173
""",
        "company": "Halvorsen Thermal Products", "contact": "tbrooks@northpointtalent.example.com",
    },
    {
        "kind": "offer", "slug": "meridian_offer_letter_pdf",
        "frm": ("Rachel Nguyen", "rachel.nguyen@meridianseating.example.com"),
        "subject": "Offer of Employment - Lean Manufacturing Engineer",
        "date": "2026-04-15 10:18 -0400", "lang": "en", "cte": "qp",
        "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
        "text": """Hi Diego,

On behalf of Meridian Seating Systems, I'm delighted to offer you the position of Lean Manufacturing Engineer at our Ramos Arizpe plant. Luis and Carla were very impressed in your rescheduled interview.

Your offer letter is attached. Please note that this offer is contingent on the successful completion of a background check and a pre-employment medical exam, which our Mexico HR team will coordinate with you.

Please sign and return the letter by Wednesday, April 22. I'm happy to walk you through any of the details.

Welcome aboard (almost)!

Rachel Nguyen
Talent Acquisition Partner - Mexico & Southern US
Meridian Seating Systems
+1 248 555 0190
""",
        "html": outlook_html("""Hi Diego,

On behalf of Meridian Seating Systems, I'm delighted to offer you the position of Lean Manufacturing Engineer at our Ramos Arizpe plant. Luis and Carla were very impressed in your rescheduled interview.

Your offer letter is attached. Please note that this offer is contingent on the successful completion of a background check and a pre-employment medical exam, which our Mexico HR team will coordinate with you.

Please sign and return the letter by Wednesday, April 22. I'm happy to walk you through any of the details.

Welcome aboard (almost)!

Rachel Nguyen
Talent Acquisition Partner - Mexico & Southern US
Meridian Seating Systems
+1 248 555 0190"""),
        "attach": [("Meridian_Offer_Letter_DSalazarWhitfield.pdf", [
            "Meridian Seating Systems - Offer of Employment",
            "April 15, 2026",
            "Dear Diego Salazar-Whitfield,",
            "We are pleased to offer you the position of Lean Manufacturing Engineer,",
            "Ramos Arizpe, Coahuila. Monthly base salary MXN 61,000.",
            "This offer is contingent on a background check and medical exam.",
            "Signature: ______________________   Date: ____________",
        ])],
        "company": "Meridian Seating Systems", "contact": "rachel.nguyen@meridianseating.example.com",
    },
    {
        "kind": "offer", "slug": "neckarwerk_vertragsangebot",
        "frm": ("Lena Hofmann", "lena@neckarwerk.example.de"),
        "subject": "Dein Angebot von Neckarwerk 🎉",
        "date": "2026-07-10 16:45 +0200", "lang": "de", "cte": "qp",
        "text": """Hi Diego,

wir haben uns intern abgestimmt und sind uns einig: Wir möchten dich unbedingt im Team haben! Anbei findest du unser Vertragsangebot als Lean & Operations Lead für den Standort Querétaro.

Die wichtigsten Punkte:
– Festanstellung über unsere mexikanische Gesellschaft, Start 1. September
– Gehalt wie besprochen plus virtuelle Beteiligung (VSOP)
– 2 Wochen Onboarding in Stuttgart im Oktober

Schau dir alles in Ruhe an. Wenn du Fragen hast, lass uns telefonieren – ansonsten freuen wir uns über deine Unterschrift bis zum 24.07.

Liebe Grüße
Lena

Lena Hofmann | COO | Neckarwerk Automation GmbH
Geschäftsführer: Lena Hofmann, Tobias Kranich · Amtsgericht Stuttgart HRB 790551
""",
        "attach": [("Vertragsangebot_Neckarwerk_Salazar-Whitfield.pdf", [
            "Neckarwerk Automation - Vertragsangebot",
            "Position: Lean & Operations Lead, Standort Querétaro",
            "Beginn: 1. September 2026",
            "Jahresgehalt: MXN 1.020.000 brutto zzgl. VSOP",
            "Annahme bis: 24. Juli 2026",
            "Unterschrift: ______________________",
        ])],
        "company": "Neckarwerk Automation", "contact": "lena@neckarwerk.example.de",
    },
    {
        "kind": "offer", "slug": "ips_zusage_vertrag_folgt",
        "frm": ("Dr. Anja Fechner", "anja.fechner@ips-esslingen.example.de"),
        "subject": "Zusage – Wiss. Mitarbeiter/in Lean Production (IPS-26-07)",
        "date": "2026-07-02 13:27 +0200", "lang": "de", "cs": "iso-8859-1", "cte": "qp",
        "text": """Sehr geehrter Herr Salazar-Whitfield,

ich freue mich sehr, Ihnen mitteilen zu können, dass sich die Auswahlkommission für Sie entschieden hat. Wir möchten Ihnen die Stelle als wissenschaftlicher Mitarbeiter im Bereich Lean Production und Industrie 4.0 anbieten.

Die Stelle ist zunächst auf drei Jahre befristet und wird nach TV-L E13 (100 %) vergütet. Eine Promotion ist ausdrücklich erwünscht. Als Beginn schlagen wir den 1. Oktober 2026 vor.

Sobald Sie uns Ihre Zusage geben, leitet unsere Personalabteilung die Vertragserstellung ein und unterstützt Sie beim Visumsverfahren. Den Arbeitsvertrag erhalten Sie dann per Post.

Über eine kurze Rückmeldung bis zum 10. Juli würde ich mich sehr freuen.

Mit freundlichen Grüßen
Anja Fechner

Dr.-Ing. Anja Fechner
Gruppenleiterin Produktionsmanagement
Institut für Produktionssysteme Esslingen
""",
        "company": "Institut für Produktionssysteme Esslingen", "contact": "anja.fechner@ips-esslingen.example.de",
    },
    {
        "kind": "offer", "slug": "sorelec_proposition_embauche",
        "frm": ("Claire Fontaine", "claire.fontaine@sorelec.example.com"),
        "subject": "Proposition d'embauche – Responsable Amélioration Continue",
        "date": "2026-07-20 17:02 -0600", "lang": "fr", "cte": "b64",
        "text": """Bonjour Diego,

Suite à nos entretiens avec M. Lambert et à la visite de l'usine, j'ai le plaisir de vous proposer le poste de Responsable Amélioration Continue au sein de Sorelec Automotive, site de Querétaro.

Vous trouverez en pièce jointe notre proposition détaillée (rémunération, avantages, date de prise de poste au 1er septembre). Cette proposition est valable jusqu'au 31 juillet.

N'hésitez pas à m'appeler si vous souhaitez en discuter. Nous serions ravis de vous accueillir dans l'équipe !

Bien cordialement,

Claire Fontaine
Responsable Ressources Humaines
Sorelec Automotive — Site de Querétaro
+52 442 196 3300

Sorelec Automotive México, S.A. de C.V. — filiale du Groupe Sorelec (Lyon, France)
""",
        "attach": [("Proposition_embauche_Salazar-Whitfield.pdf", [
            "Sorelec Automotive - Site de Querétaro",
            "Proposition d'embauche",
            "Poste : Responsable Amélioration Continue",
            "Rémunération mensuelle brute : 72 000 MXN",
            "Prise de poste : 1er septembre 2026",
            "Validité de la proposition : 31 juillet 2026",
            "Bon pour accord : ______________________",
        ])],
        "company": "Sorelec Automotive", "contact": "claire.fontaine@sorelec.example.com",
    },
]
