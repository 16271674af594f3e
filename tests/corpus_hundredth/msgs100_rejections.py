"""Rejections of the hundredth corpus, one hand-written spec per message (see msgs100_common)."""

from msgs100_common import ME

MESSAGES = [
    {
        "slug": "workday_soft",
        "kind": "rejection", "lang": "es", "company": "Banco Meridiano", "contact": "",
        "sender": ("Banco Meridiano Talent Acquisition", "bancomeridiano@myworkday.com"),
        "to": [("Rodrigo Villaseñor", ME)],
        "subject": "Actualización sobre tu solicitud – Analista Sr. de Inteligencia de Negocios (R-0048213)",
        "date": "2026-04-22 18:03 -0600",
        "structure": "alt", "charset": "utf-8", "cte": "quoted-printable", "henc": "q",
        "html": """<!DOCTYPE html>
<html lang="es"><head><meta charset="utf-8"><title>Banco Meridiano</title>
<style>body{margin:0;padding:0}</style></head>
<body style="margin:0;padding:0;background-color:#f2f4f7;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f2f4f7;">
<tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;border-top:4px solid #0b3d6e;">
<tr><td style="padding:20px 32px;"><img src="https://wd3.myworkday.com/bancomeridiano/assets/logo-bm.png" width="160" height="40" alt="Banco Meridiano" style="display:block;border:0;"></td></tr>
<tr><td style="padding:0 32px 8px 32px;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:22px;color:#1f2933;">
<p>Hola Rodrigo:</p>
<p>Gracias por tu interés en Banco Meridiano y por el tiempo que dedicaste a tu proceso para la vacante <strong>Analista Sr. de Inteligencia de Negocios (R-0048213)</strong>.</p>
<p>Después de revisar cuidadosamente tu perfil, hemos decidido avanzar con candidatos cuya experiencia se ajusta más a los requisitos actuales de la posición.</p>
<p>Te invitamos a seguir consultando nuestras vacantes y a mantener actualizado tu perfil de candidato: con frecuencia abrimos posiciones en Analítica, Riesgos y Tecnología.</p>
<p>Te deseamos mucho éxito.</p>
<p>Atentamente,<br>Atracción de Talento | Banco Meridiano</p>
</td></tr>
<tr><td style="padding:8px 32px 24px 32px;"><a href="https://wd3.myworkday.com/bancomeridiano/d/home.htmld?utm_source=wd_notif&amp;utm_medium=email" style="background:#0b3d6e;color:#ffffff;text-decoration:none;padding:10px 18px;font-family:Arial,sans-serif;font-size:14px;border-radius:3px;">Ver otras vacantes</a></td></tr>
<tr><td style="padding:16px 32px;background:#e6eaf0;font-family:Arial,sans-serif;font-size:11px;line-height:16px;color:#52606d;">
Este correo fue enviado desde una dirección que no acepta respuestas.<br>
Banco Meridiano, S.A., Institución de Banca Múltiple, Grupo Financiero Meridiano. Av. Insurgentes Sur 1457, Col. Insurgentes Mixcoac, 03920, Ciudad de México.<br>
Consulta nuestro <a href="https://www.bancomeridiano.example.mx/privacidad" style="color:#52606d;">Aviso de Privacidad</a>.
</td></tr>
</table>
</td></tr>
</table>
<img src="https://wd3.myworkday.com/bancomeridiano/t/o.gif?e=R-0048213&amp;c=7f31ac" width="1" height="1" alt="" style="display:none;">
</body></html>
""",
    },
    {
        "slug": "golondrina_after_interview",
        "kind": "rejection", "lang": "es", "company": "Tiendas La Golondrina",
        "contact": "mariana.tellez@lagolondrina.example.mx",
        "sender": ("Mariana Téllez Ruiz", "mariana.tellez@lagolondrina.example.mx"),
        "subject": "Proceso Coordinador de BI",
        "date": "2026-02-27 13:40 -0600",
        "structure": "plain", "charset": "iso-8859-1", "cte": "8bit",
        "headers": {"X-Mailer": "Microsoft Outlook 16.0"},
        "text": """Rodrigo, buenas tardes:

Primero que nada, gracias por venir el martes a las oficinas de Tlalnepantla y por la presentación del caso de surtido; al equipo de Compras le gustó mucho cómo explicaste el tablero de quiebres de inventario.

Te escribo para avisarte que al final nos decidimos por otra persona, que ya conoce nuestro sistema de punto de venta y puede arrancar de inmediato. No fue una decisión fácil, de verdad.

Si te parece, me gustaría guardar tu CV para futuras vacantes del área de Planeación Comercial. Cualquier cosa, aquí estoy.

Saludos cordiales,

Mariana Téllez Ruiz
Gerente de Inteligencia de Negocios
Tiendas La Golondrina, S.A. de C.V.
Av. Gustavo Baz 2140, Tlalnepantla, Edo. de México
Tel. 55 5390 2211 ext. 418
""",
    },
    {
        "slug": "teamtailor_on_hold",
        "kind": "rejection", "lang": "es", "company": "Andina Insights", "contact": "",
        "sender": ("Andina Insights", "andina-insights@teamtailor-mail.com"),
        "subject": "Tu proceso en Andina Insights",
        "date": "2026-05-08 11:20 -0500",
        "structure": "html", "charset": "utf-8", "cte": "base64",
        "html": """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:'Helvetica Neue',Helvetica,Arial,sans-serif;color:#222;background:#ffffff;">
<div style="max-width:560px;margin:0 auto;padding:32px 16px;">
  <img src="https://assets.teamtailor-cdn.example.com/andina-insights/logo.png" alt="Andina Insights" height="36" style="margin-bottom:24px;">
  <p style="font-size:16px;line-height:1.6;">Hola Rodrigo,</p>
  <p style="font-size:16px;line-height:1.6;">Te escribimos para contarte que la vacante de <b>Analytics Engineer (Bogotá, híbrido)</b> quedó en pausa por un ajuste de presupuesto para el segundo semestre y, por ahora, no continuaremos con el proceso de selección.</p>
  <p style="font-size:16px;line-height:1.6;">Sabemos que esto no es lo que esperabas después de la prueba técnica, que por cierto resolviste muy bien. Si la posición se vuelve a abrir, te escribiremos primero a ti y a las demás personas que llegaron a esta etapa.</p>
  <p style="font-size:16px;line-height:1.6;">Gracias por tu tiempo y por la buena energía.</p>
  <p style="font-size:16px;line-height:1.6;">Un abrazo,<br>Equipo de Talento<br>Andina Insights</p>
  <hr style="border:none;border-top:1px solid #eee;margin:32px 0 16px;">
  <p style="font-size:12px;color:#888;">Andina Insights SAS · Cra. 11 # 93-46, Bogotá, Colombia<br>
  <a href="https://andina-insights.teamtailor.example.com/connect?utm_campaign=rejection" style="color:#888;">Únete a nuestra red de talento</a> ·
  <a href="https://andina-insights.teamtailor.example.com/privacy" style="color:#888;">Política de tratamiento de datos</a></p>
  <p style="font-size:11px;color:#aaa;">Enviado con Teamtailor</p>
</div>
<img src="https://t.teamtailor-mail.com/o/5c1e9a7b2d.png" width="1" height="1" alt="">
</body></html>
""",
    },
    {
        "slug": "seguros_filled_internally",
        "kind": "rejection", "lang": "es", "company": "Seguros Ibéricos",
        "contact": "seleccion@segurosibericos.example.es",
        "sender": ("Selección · Seguros Ibéricos", "seleccion@segurosibericos.example.es"),
        "subject": "Tu candidatura: Responsable de Reporting Comercial (Ref. MAD-2026-031)",
        "date": "2026-03-30 10:05 +0200",
        "structure": "plain", "charset": "windows-1252", "cte": "quoted-printable",
        "text": """Hola, Rodrigo:

Te escribimos en relación con tu candidatura a la posición de Responsable de Reporting Comercial en nuestras oficinas de Madrid (Paseo de la Castellana).

Queremos ser transparentes contigo: la posición se ha cubierto finalmente con una persona del propio equipo, que había solicitado el traslado interno desde la Dirección Territorial Centro. Por este motivo, damos por cerrado el proceso externo.

Te agradecemos sinceramente el interés y el tiempo dedicado a la entrevista telefónica. Si tienes cualquier duda, puedes responder a este correo y te contestaremos encantados.

Un saludo,

Equipo de Selección
Seguros Ibéricos
Dirección de Personas y Cultura

—
Seguros Ibéricos, S.A. de Seguros y Reaseguros · Inscrita en el Registro Mercantil de Madrid, Tomo 12.418, Folio 77, Hoja M-198302 · CIF A-28000000.
Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su destinatario. Si lo has recibido por error, te rogamos que lo comuniques al remitente y lo borres. Tus datos se tratan conforme al RGPD; puedes ejercer tus derechos en “privacidad@segurosibericos.example.es”.
""",
    },
    {
        "slug": "vertice_speculative",
        "kind": "rejection", "lang": "es", "company": "Vértice Analítica Consultores",
        "contact": "paola.rios@verticeanalitica.example.mx",
        "sender": ("Paola Ríos", "paola.rios@verticeanalitica.example.mx"),
        "subject": "Re: Candidatura espontánea – Analytics Engineer / BI",
        "date": "2026-01-21 17:12 -0600",
        "parent": "<CAJ7pQ2x9vT_k3mR0aW1s@mail.example.mx>",
        "structure": "plain", "charset": "utf-8", "cte": "8bit",
        "text": """Hola Rodrigo,

Gracias por escribirnos y por compartir tu CV; se nota el trabajo que has hecho con dbt y Looker.

Revisamos tu perfil con los socios del área de Datos y, por ahora, no tenemos una posición abierta que encaje con lo que buscas: los proyectos que arrancan este trimestre son de ciencia de datos, con un perfil mucho más estadístico. Preferimos decírtelo claro en lugar de dejarte esperando.

No guardamos candidaturas espontáneas más de seis meses, así que si más adelante ves algo publicado en nuestra página, postúlate de nuevo sin problema.

Te deseo mucho éxito.

Paola Ríos
Coordinadora de Talento | Vértice Analítica Consultores
Torre Reforma Latino, piso 18, Ciudad de México
verticeanalitica.example.mx

El mié, 14 ene 2026 a las 9:02, Rodrigo Villaseñor Ocampo (<rodrigo.vo@example.mx>) escribió:
> Buenos días, equipo de Vértice:
>
> Les comparto mi CV por si tienen o van a tener alguna vacante de Analytics Engineer o de BI. Llevo seis años como analista de datos en retail y banca, los últimos dos construyendo modelos en dbt sobre BigQuery y tableros en Looker para más de 300 usuarios.
>
> Me encantaría platicar con ustedes aunque sea en una entrevista exploratoria.
>
> Saludos,
> Rodrigo Villaseñor Ocampo
> 55 5555 0142
""",
    },
    {
        "slug": "cuentaclara_terse_iphone",
        "kind": "rejection", "lang": "es", "company": "Cuenta Clara",
        "contact": "santiago@cuentaclara.example.mx",
        "sender": ("Santiago Mejía", "santiago@cuentaclara.example.mx"),
        "subject": "Re: Seguimiento – Analytics Engineer",
        "date": "2026-03-04 08:17 -0600",
        "parent": "<8E1B7C2A-55D0-4F0B-9A77-3C61D2E4B0A1@example.mx>",
        "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
        "headers": {"X-Mailer": "iPhone Mail (22D72)"},
        "text": """Rodrigo gracias x tu tiempo pero nos vamos con otro perfil. Mucho exito!

Enviado desde mi iPhone

> El 3 mar 2026, a la(s) 19:44, Rodrigo Villaseñor Ocampo <rodrigo.vo@example.mx> escribió:
>
> Hola Santiago, ¿cómo estás?
>
> Te escribo para dar seguimiento a la segunda entrevista del jueves pasado en Cuenta Clara. ¿Ya tienen fecha para la siguiente etapa? Quedo atento a la propuesta económica que comentaste.
>
> Saludos,
> Rodrigo
""",
    },
    {
        "slug": "headhunter_client_named",
        "kind": "rejection", "lang": "es", "company": "Banco Cafetero Andino",
        "contact": "lfospina@talentocaribe.example.co",
        "sender": ("Luisa Fernanda Ospina", "lfospina@talentocaribe.example.co"),
        "subject": "Seguimiento",
        "date": "2026-05-19 16:48 -0500",
        "structure": "plain", "charset": "utf-8", "cte": "8bit",
        "text": """Buenas tardes Rodrigo, ¿cómo estás?

Te cuento que ya tuvimos retroalimentación de Banco Cafetero Andino sobre la terna final para Líder de Analítica. Lamentablemente decidieron seguir con otro candidato que tiene más trayectoria en modelos de riesgo de crédito, que era lo que más pesaba para el comité.

Te agradezco muchísimo la disposición con todos los cambios de horario, sé que no fue fácil con la diferencia con México. El gerente me dijo que tu caso de segmentación de clientes les pareció muy bueno, así que quedaste muy bien parado con ellos.

Quedo pendiente para otras oportunidades; de hecho tengo un par de búsquedas en Medellín que te podrían interesar, te escribo la otra semana.

Un abrazo,

Luisa Fernanda Ospina | Consultora Senior | Talento Caribe Headhunters
+57 310 555 0192 | Bogotá – Barranquilla
""",
    },
    {
        "slug": "staffing_confidential_client",
        "kind": "rejection", "lang": "es", "company": "Grupo Plantilla Staffing",
        "contact": "jessica.arreola@grupoplantilla.example.mx",
        "sender": ("Jessica Arreola | Grupo Plantilla", "jessica.arreola@grupoplantilla.example.mx"),
        "subject": "¡Gracias por participar! 🙌 Vacante Analista de Datos Sr.",
        "date": "2026-02-06 12:02 -0600",
        "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
        "html": """<div dir="ltr" style="font-family:Verdana,sans-serif;font-size:13px;color:#333;">
<p><b>¡Hola Rodrigo!</b></p>
<p>¡Muchas gracias por tu tiempo en la entrevista con nuestro cliente! 😊</p>
<p>Te comparto que nuestro cliente (empresa líder del sector retail en Monterrey) ya tomó una decisión y <b>en esta ocasión no continuarás en el proceso</b> para la vacante de Analista de Datos Sr.</p>
<p>¡¡Pero no te desanimes!! Tu perfil queda en nuestra base y te estaremos contactando para nuevas vacantes que se ajusten a lo que buscas. ¡Tenemos muchas posiciones de datos abriendo este mes!</p>
<p>¡Mucho éxito!</p>
<table cellpadding="0" cellspacing="0" style="font-family:Verdana,sans-serif;font-size:12px;color:#555;border-left:3px solid #f28c00;padding-left:8px;">
<tr><td><b style="color:#f28c00;">Jessica Arreola</b></td></tr>
<tr><td>Reclutadora TI</td></tr>
<tr><td>Grupo Plantilla Staffing</td></tr>
<tr><td>WhatsApp: 81 5555 0143 | <a href="https://www.grupoplantilla.example.mx">www.grupoplantilla.example.mx</a></td></tr>
<tr><td><a href="https://www.linkedin.example.com/company/grupo-plantilla">LinkedIn</a> · <a href="https://www.facebook.example.com/grupoplantilla">Facebook</a></td></tr>
</table>
</div>
""",
    },
    {
        "slug": "government_result_pdf",
        "kind": "rejection", "lang": "es", "company": "Agencia Digital de Innovación Metropolitana",
        "contact": "convocatorias@adim.example.mx",
        "sender": ("Convocatorias ADIM", "convocatorias@adim.example.mx"),
        "to": [("RODRIGO VILLASEÑOR OCAMPO", ME)],
        "subject": "Resultado de la convocatoria ADIM/CE/007/2026 - Folio 2026-0314",
        "date": "2026-06-16 14:00 -0600",
        "structure": "mixed", "charset": "iso-8859-1", "cte": "quoted-printable",
        "text": """C. Rodrigo Villaseñor Ocampo
Presente

Por medio del presente, la Agencia Digital de Innovación Metropolitana le informa que, concluidas las etapas de evaluación curricular, examen de conocimientos y entrevista de la convocatoria ADIM/CE/007/2026 para la plaza de Subdirector(a) de Analítica de Datos, su candidatura no resultó seleccionada.

Se adjunta el acta del Comité de Selección con los resultados publicados por número de folio. Su folio de participación es el 2026-0314.

Para cualquier aclaración, podrá dirigirse a esta dirección de correo electrónico dentro de los cinco días hábiles siguientes a la presente notificación.

Agradecemos su interés en formar parte del servicio público de la Ciudad.

Atentamente,

Dirección de Administración y Capital Humano
Agencia Digital de Innovación Metropolitana
Av. Chapultepec 118, piso 7, Col. Roma Norte, Ciudad de México

La información contenida en este correo es de carácter público conforme a la Ley de Transparencia vigente; los datos personales se protegen en términos del aviso de privacidad integral de la Agencia.
""",
        "attachments": [{"filename": "Acta_resultados_ADIM-CE-007-2026.pdf", "pdf": [
            "AGENCIA DIGITAL DE INNOVACION METROPOLITANA",
            "Comite de Seleccion - Convocatoria ADIM/CE/007/2026",
            "Plaza: Subdirector(a) de Analitica de Datos",
            "",
            "Folio 2026-0102   Seleccionado(a)",
            "Folio 2026-0251   Reserva",
            "Folio 2026-0314   No seleccionado(a)",
            "Folio 2026-0377   No seleccionado(a)",
            "",
            "Ciudad de Mexico, 15 de junio de 2026",
        ]}],
    },
    {
        "slug": "smartrecruiters_regulated",
        "kind": "rejection", "lang": "es", "company": "Cobalto", "contact": "",
        "sender": ("Cobalto Talent", "noreply@smartrecruiters.com"),
        "subject": "Sobre tu candidatura a Analytics Engineer en Cobalto",
        "date": "2026-04-02 09:31 +0200",
        "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
        "text": """Hola Rodrigo:

Gracias de verdad por el interés en Cobalto y por el tiempo que has dedicado a tu candidatura.

Hemos revisado todas las candidaturas con calma y, lamentablemente, en esta ocasión no vamos a seguir adelante con la tuya. Para este puesto buscamos a alguien con experiencia previa en entornos regulados por el Banco de España y en reporting prudencial, algo que no hemos visto en tu trayectoria.

Guardaremos tus datos durante 12 meses por si surge otra posición que encaje mejor contigo, salvo que nos digas lo contrario.

Un abrazo,
El equipo de Talento de Cobalto

Cobalto Fintech, S.L. · C/ de Alcalá 120, 28009 Madrid
Política de privacidad: https://cobalto.example.es/privacidad
Powered by SmartRecruiters
""",
        "html": """<html><body style="margin:0;background:#f7f7f9;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="580" cellpadding="0" cellspacing="0" style="background:#fff;margin:20px 0;font-family:Roboto,Arial,sans-serif;">
<tr><td style="padding:28px 36px 8px;"><img src="https://c.smartrecruiters.example.com/sr-company-logo-prod-aws-dc5/cobalto.png" alt="Cobalto" width="120"></td></tr>
<tr><td style="padding:8px 36px;font-size:15px;line-height:1.55;color:#2d2d2d;">
<p>Hola Rodrigo:</p>
<p>Gracias de verdad por el interés en Cobalto y por el tiempo que has dedicado a tu candidatura.</p>
<p>Hemos revisado todas las candidaturas con calma y, lamentablemente, en esta ocasión no vamos a seguir adelante con la tuya. Para este puesto buscamos a alguien con experiencia previa en entornos regulados por el Banco de España y en reporting prudencial, algo que no hemos visto en tu trayectoria.</p>
<p>Guardaremos tus datos durante 12 meses por si surge otra posición que encaje mejor contigo, salvo que nos digas lo contrario.</p>
<p>Un abrazo,<br><b>El equipo de Talento de Cobalto</b></p>
</td></tr>
<tr><td style="padding:20px 36px;font-size:11px;color:#8a8a8a;border-top:1px solid #eee;">
Cobalto Fintech, S.L. · C/ de Alcalá 120, 28009 Madrid · <a href="https://cobalto.example.es/privacidad" style="color:#8a8a8a;">Política de privacidad</a><br>
Powered by <a href="https://www.smartrecruiters.com/?utm_source=email" style="color:#8a8a8a;">SmartRecruiters</a>
</td></tr></table>
</td></tr></table>
<img src="https://email.smartrecruiters.com/o/eJxVj8tuwyAQRb.gif" width="1" height="1" alt="">
</body></html>
""",
    },
    {
        "slug": "university_do_not_reply",
        "kind": "rejection", "lang": "es", "company": "Universidad del Rosal", "contact": "",
        "sender": ("Talento Humano Universidad del Rosal", "talentohumano@urosal.example.co"),
        "to": [("RODRIGO VILLASEÑOR OCAMPO", ME)],
        "subject": "Convocatoria 012-2026 Profesional Especializado en Analítica - Resultado",
        "date": "2026-03-13 15:26 -0500",
        "structure": "plain", "charset": "iso-8859-1", "cte": "quoted-printable",
        "text": """Señor(a)
RODRIGO VILLASEÑOR OCAMPO
Ciudad

Asunto: Resultado verificación de requisitos mínimos - Convocatoria 012-2026

Respetado(a) aspirante:

La Oficina de Talento Humano de la Universidad del Rosal le informa que, una vez verificado el cumplimiento de los requisitos mínimos establecidos en los términos de referencia, su hoja de vida NO CONTINÚA en la siguiente etapa de la Convocatoria 012-2026 para el cargo de Profesional Especializado en Analítica (Vicerrectoría Administrativa).

Motivo: no acredita tarjeta profesional vigente expedida en Colombia, requisito del numeral 4.2 de los términos de referencia.

Agradecemos su interés en vincularse a nuestra institución.

Cordialmente,

Oficina de Talento Humano
Universidad del Rosal
Calle 12C # 6-25, Bogotá D.C.

Este es un mensaje informativo generado automáticamente; por favor no responda a esta dirección.
""",
    },
    {
        "slug": "icims_brand_vs_legal",
        "kind": "rejection", "lang": "es", "company": "AceroLog", "contact": "",
        "sender": ("AceroLog Reclutamiento", "acerolog@talent.icims.com"),
        "subject": "Actualización de tu postulación: Analista de Datos Logísticos (Req. 2026-1187)",
        "date": "2026-01-29 09:02 -0600",
        "structure": "html", "charset": "windows-1252", "cte": "quoted-printable",
        "html": """<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body bgcolor="#ffffff">
<table width="640" border="0" cellspacing="0" cellpadding="0" align="center" style="font-family:Tahoma,Arial,sans-serif;font-size:13px;color:#333333;">
<tr><td bgcolor="#1d1d1b" style="padding:14px 20px;"><img src="https://careers-acerolog.icims.com/images/acerolog_blanco.png" alt="AceroLog – Aceros y Logística del Norte" width="210" height="38"></td></tr>
<tr><td style="padding:24px 20px 4px 20px;">
<p>Estimado(a) Rodrigo:</p>
<p>Te agradecemos tu interés en formar parte de AceroLog y el tiempo que dedicaste a postularte a la vacante <b>Analista de Datos Logísticos</b> (Req. 2026-1187) en Monterrey, N.L.</p>
<p>Después de una cuidadosa revisión, lamentamos informarte que tu perfil no fue seleccionado para continuar en el proceso. Recibimos un número muy alto de postulaciones y la decisión se basó en la experiencia específica en operación de patios y transporte de carga que requiere el puesto.</p>
<p>Tu información permanecerá en nuestra base de datos y podrás postularte a futuras oportunidades en <a href="https://careers-acerolog.icims.com/jobs/intro?mobile=false&amp;width=640">nuestro portal de carreras</a>.</p>
<p>¡Gracias y mucho éxito!</p>
<p><b>Equipo de Reclutamiento AceroLog</b></p>
</td></tr>
<tr><td style="padding:14px 20px;font-size:10px;color:#888888;border-top:1px solid #dddddd;">
Por favor no respondas a este mensaje; este buzón no es monitoreado.<br>
Aceros y Logística del Norte, S.A. de C.V. (“AceroLog”) · Av. Constitución 405 Pte., Centro, 64000 Monterrey, N.L. · <a href="https://www.acerolog.example.mx/aviso-de-privacidad" style="color:#888888;">Aviso de privacidad</a>
</td></tr>
</table>
<img src="https://careers-acerolog.icims.com/icims2?ft=cm&amp;cmid=88123&amp;e=o" width="1" height="1" border="0" alt="">
</body>
</html>
""",
    },
    {
        "slug": "startup_founder_casual",
        "kind": "rejection", "lang": "es", "company": "Nopal Labs",
        "contact": "andres@nopallabs.example.mx",
        "sender": ("Andrés Covarrubias", "andres@nopallabs.example.mx"),
        "subject": "tu prueba técnica",
        "date": "2026-02-24 22:41 -0600",
        "structure": "plain", "charset": "utf-8", "cte": "base64",
        "text": """Hola Rodri!

Perdón por la tardanza, estas semanas han sido una locura con el cierre de la ronda.

Revisamos tu prueba con Fer y la verdad está muy bien: el modelo de incrementales en dbt muy limpio y la documentación clarísima. Aun así decidimos no avanzar contigo para esta posición; al final necesitamos a alguien que ya haya operado Spark/Databricks en producción, porque somos solo dos en datos y no nos da para acompañar esa curva.

Me quedo con tu contacto, de verdad. Si en unos meses abrimos el rol de analytics lead, te busco.

Abrazo,
Andrés

--
Andrés Covarrubias · cofundador & CTO · Nopal Labs
Guadalajara, Jal. · nopallabs.example.mx
""",
    },
    {
        "slug": "consultancy_outlook_chain",
        "kind": "rejection", "lang": "es", "company": "Arganzuela Consulting",
        "contact": "blozano@arganzuela-consulting.example.es",
        "sender": ("Beatriz Lozano Pardo", "blozano@arganzuela-consulting.example.es"),
        "subject": "RE: Entrevista Senior BI Consultant - Rodrigo Villaseñor",
        "date": "2026-03-24 18:50 +0100",
        "parent": "<DB8PR03MB5642A1C2E4F0B77D3E9A8C21B9A@DB8PR03MB5642.eurprd03.prod.outlook.com>",
        "refs": ["<AM0PR02MB4410F2B6C1D39E20A4B7D0E5C1A@AM0PR02MB4410.eurprd02.prod.outlook.com>"],
        "structure": "plain", "charset": "windows-1252", "cte": "quoted-printable",
        "headers": {"X-MS-Has-Attach": "", "Thread-Index": "AQHaf3l2m4VqZx0k8E2s1b7yJwXlWrFz"},
        "text": """Hola Rodrigo,

Gracias por tu paciencia estas semanas. Hemos terminado la ronda de entrevistas con el socio de Data & Analytics y, aunque tu caso de negocio gustó mucho, nos hemos decantado por un perfil con más experiencia en proyectos de sector público español, que es donde va a estar asignada la persona durante los próximos 12 meses.

Sé que no es la respuesta que esperabas. Si te sirve, te puedo dar feedback más detallado por teléfono cualquier tarde de esta semana.

Un saludo,
Beatriz

Beatriz Lozano Pardo
Talent Acquisition Lead
Arganzuela Consulting
M. +34 600 555 871
Paseo de las Acacias 4, 28005 Madrid
LinkedIn: linkedin.example.com/company/arganzuela-consulting

________________________________
De: Rodrigo Villaseñor Ocampo <rodrigo.vo@example.mx>
Enviado: viernes, 20 de marzo de 2026 17:02
Para: Beatriz Lozano Pardo <blozano@arganzuela-consulting.example.es>
Asunto: Re: Entrevista Senior BI Consultant - Rodrigo Villaseñor

Hola Beatriz:

Muchas gracias otra vez por la entrevista con Jaime. ¿Sabes ya cuándo tendréis una decisión? Me han hecho una oferta en México y me gustaría poder comparar.

Un saludo,
Rodrigo

________________________________
De: Beatriz Lozano Pardo <blozano@arganzuela-consulting.example.es>
Enviado: martes, 3 de marzo de 2026 12:18
Para: Rodrigo Villaseñor Ocampo <rodrigo.vo@example.mx>
Asunto: Entrevista Senior BI Consultant - Rodrigo Villaseñor

Hola Rodrigo,

Nos encantaría invitarte a una entrevista con Jaime Ortega, socio de Data & Analytics, el jueves 12 de marzo a las 16:00 (hora de Madrid) por Teams. Dura una hora y la segunda mitad será un pequeño caso práctico. ¿Te viene bien?

Un saludo,
Beatriz
""",
    },
    {
        "slug": "successfactors_status_change",
        "kind": "rejection", "lang": "es", "company": "Aerolíneas Quetzal", "contact": "",
        "sender": ("Aerolíneas Quetzal Reclutamiento", "quetzal-careers@successfactors.eu"),
        "subject": "Estatus de su solicitud: Analista de Revenue Management (ID 38812)",
        "date": "2026-02-18 04:15 -0600",
        "structure": "html", "charset": "utf-8", "cte": "8bit",
        "html": """<html><body style="font-family:Arial;font-size:10pt;">
<p>Estimado(a) Rodrigo Villaseñor Ocampo,</p>
<p>El estatus de su solicitud para el puesto <b>Analista de Revenue Management (ID 38812)</b> ha cambiado a: <b>No seleccionado</b>.</p>
<p>Le agradecemos su interés en Aerolíneas Quetzal y le invitamos a consultar otras vacantes en nuestro <a href="https://career5.successfactors.eu/career?company=aeroquetzal&amp;site=VjItZ2h4">sitio de carreras</a>.</p>
<p>Atentamente,<br>Gerencia de Atracción de Talento<br>Aerolíneas Quetzal</p>
<p style="font-size:8pt;color:#777777;">Este es un correo generado automáticamente, por favor no responda.</p>
</body></html>
""",
    },
    {
        "slug": "greenhouse_closer_match",
        "kind": "rejection", "lang": "en", "company": "Pecan Analytics",
        "contact": "hannah.oduya@pecananalytics.example.com",
        "sender": ("Hannah Oduya", "no-reply@us.greenhouse-mail.io"),
        "reply_to": ("Hannah Oduya", "hannah.oduya@pecananalytics.example.com"),
        "subject": "Your application to Pecan Analytics",
        "date": "2026-02-09 15:47 -0600",
        "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
        "text": """Hi Rodrigo,

Thank you for your interest in the Analytics Engineer role at Pecan Analytics and for taking the time to apply.

We've reviewed your background carefully, and we've decided to move forward with candidates whose experience more closely matches what the team needs right now, specifically hands-on work with healthcare claims data.

This isn't a reflection of your potential, and we'd genuinely welcome an application from you for future roles.

Best,
Hannah Oduya
Recruiting Coordinator, Pecan Analytics
""",
        "html": """<div style="font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;font-size:14px;line-height:20px;color:#24292f;">
<p>Hi Rodrigo,</p>
<p>Thank you for your interest in the Analytics Engineer role at Pecan Analytics and for taking the time to apply.</p>
<p>We've reviewed your background carefully, and we've decided to move forward with candidates whose experience more closely matches what the team needs right now, specifically hands-on work with healthcare claims data.</p>
<p>This isn't a reflection of your potential, and we'd genuinely welcome an application from you for future roles.</p>
<p>Best,<br>Hannah Oduya<br>Recruiting Coordinator, Pecan Analytics</p>
<p style="font-size:11px;color:#6e7781;margin-top:28px;">Pecan Analytics, Inc. · 501 Congress Ave, Suite 300, Austin, TX 78701<br>Powered by <a href="https://www.greenhouse.example.com" style="color:#6e7781;">Greenhouse</a></p>
</div>
<img width="1" height="1" alt="" src="https://us.greenhouse-mail.io/wf/open?upn=u001.Kq3vZx2J8pLw">
""",
    },
    {
        "slug": "workday_requisition_cancelled",
        "kind": "rejection", "lang": "en", "company": "Lakeshore Retail Group", "contact": "",
        "sender": ("Lakeshore Retail Group Careers", "lakeshoreretail@myworkday.com"),
        "subject": "Update on Req R-22817 Manager, BI & Reporting",
        "date": "2026-06-05 11:32 -0400",
        "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
        "html": """<html><body style="margin:0;background:#ffffff;">
<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center" style="padding:18px;">
<table width="600" cellpadding="0" cellspacing="0" border="0" style="font-family:Georgia,'Times New Roman',serif;color:#222;">
<tr><td style="border-bottom:2px solid #006b5f;padding-bottom:10px;"><img src="https://wd3.myworkday.com/lakeshoreretail/assets/lrg-wordmark.png" alt="Lakeshore Retail Group" width="220" height="34"></td></tr>
<tr><td style="padding:22px 0;font-size:15px;line-height:23px;">
<p>Dear Rodrigo,</p>
<p>We are writing to let you know that requisition R-22817, <em>Manager, BI &amp; Reporting</em> (Toronto, ON), has been cancelled as part of a broader review of our corporate structure. As a result, we will not be proceeding with recruitment for this role, and your application has been closed.</p>
<p>We recognise the time you invested in our process, including your interview with the Merchandising Analytics team, and we are sorry we could not bring it to a different conclusion. Should a similar position open in the future, we encourage you to apply again.</p>
<p>Sincerely,<br>Talent Acquisition<br>Lakeshore Retail Group</p>
</td></tr>
<tr><td style="font-family:Arial,sans-serif;font-size:11px;color:#777;border-top:1px solid #ddd;padding-top:10px;">
Please do not reply to this email; this mailbox is not monitored.<br>
Lakeshore Retail Group Ltd. · 200 Bay Street, Toronto, ON M5J 2J2 · <a href="https://careers.lakeshoreretail.example.ca/privacy" style="color:#777;">Privacy</a>
</td></tr>
</table></td></tr></table>
<img src="https://wd3.myworkday.com/lakeshoreretail/t/o.gif?r=R-22817" width="1" height="1" alt="">
</body></html>
""",
    },
    {
        "slug": "lever_after_final_loop",
        "kind": "rejection", "lang": "en", "company": "Bluebonnet Air",
        "contact": "derek.ames@bluebonnetair.example.com",
        "sender": ("Derek Ames", "no-reply@hire.lever.co"),
        "reply_to": ("Derek Ames", "derek.ames@bluebonnetair.example.com"),
        "subject": "Bluebonnet Air - Senior Analyst, Network Planning",
        "date": "2026-05-26 17:20 -0500",
        "structure": "plain", "charset": "utf-8", "cte": "7bit",
        "text": """Hi Rodrigo,

Thanks again for spending most of Thursday with us - I know a four-hour final loop is a lot, and the team really enjoyed your route profitability walkthrough.

I wanted to let you know personally that we've decided not to move forward with an offer. It was a close call between you and one other finalist, and the deciding factor was hands-on experience with airline scheduling systems that we need from day one.

I'd be glad to share more detailed feedback if that's helpful; just reply here and we can set up 15 minutes.

Take care,
Derek

Derek Ames | Talent Partner | Bluebonnet Air
Austin-Bergstrom, TX
""",
    },
    {
        "slug": "university_search_committee",
        "kind": "rejection", "lang": "en", "company": "University of East York", "contact": "",
        "sender": ("UEY Human Resources", "hr-recruitment@eastyork.example.ca"),
        "subject": "Competition #4471 - Business Intelligence Lead, Office of Institutional Research",
        "date": "2026-04-09 10:00 -0400",
        "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
        "text": """Dear Rodrigo Villaseñor Ocampo,

On behalf of the search committee, thank you for your application for Competition #4471, Business Intelligence Lead, Office of Institutional Research.

The committee has now completed its review and has selected another candidate for this position. We received a very strong pool of applicants, and the decision was a difficult one.

We appreciate your interest in employment at the University of East York and encourage you to consult our careers page for future opportunities.

Yours sincerely,

Human Resources – Talent Acquisition
University of East York
1 Ravine Crescent, Toronto, ON M3J 0A1

This message was sent from an unmonitored account. Please do not reply.
""",
    },
    {
        "slug": "agency_terse_internal",
        "kind": "rejection", "lang": "en", "company": "Hill Country Health",
        "contact": "kyle@lonestartalent.example.com",
        "sender": ("Kyle Brennan", "kyle@lonestartalent.example.com"),
        "subject": "Re: Hill Country Health - Data Platform Lead",
        "date": "2026-04-06 13:02 -0500",
        "parent": "<F4A0C1D7-2B6E-4C8E-8E61-0A5B9F3D7C22@example.mx>",
        "refs": ["<CAGk1eHb3N8q0xJ5uW2r9Y@mail.lonestartalent.example.com>",
                 "<CAGk1eHc7Tz4m1pQ8sV0dA@mail.lonestartalent.example.com>"],
        "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
        "text": """Hey Rodrigo - Hill Country Health decided to go with an internal candidate for the role. Sorry man, wish I had better news. Will keep you posted on others.

Sent from my iPhone

> On Apr 2, 2026, at 9:14 AM, Rodrigo Villaseñor Ocampo <rodrigo.vo@example.mx> wrote:
>
> Hi Kyle, any news from Hill Country after the second interview? Dr. Cole said they would decide this week and that an offer could come quickly. Thanks!
> Rodrigo
""",
    },
    {
        "slug": "ashby_small_team",
        "kind": "rejection", "lang": "en", "company": "Fieldnote", "contact": "",
        "sender": ("Fieldnote", "no-reply@ashbyhq.com"),
        "subject": "Fieldnote | Analytics Engineer",
        "date": "2026-01-16 12:09 -0600",
        "structure": "html", "charset": "utf-8", "cte": "8bit",
        "html": """<!doctype html><html><body style="font-family:Inter,system-ui,sans-serif;background:#fafaf7;padding:24px;">
<div style="max-width:520px;margin:auto;background:#fff;border:1px solid #ebebe6;border-radius:8px;padding:28px;">
<p style="font-weight:600;font-size:18px;margin-top:0;">fieldnote</p>
<p>Hi Rodrigo,</p>
<p>Thanks so much for applying to Fieldnote. We've read every application, and we won't be moving forward with yours for the Analytics Engineer role.</p>
<p>We're a team of 14, so we hire rarely and we keep these notes brief so that nobody waits weeks for an answer. We're sorry it isn't better news.</p>
<p>— The Fieldnote team</p>
</div>
<p style="text-align:center;font-size:11px;color:#999;">Sent via <a href="https://www.ashbyhq.com" style="color:#999;">Ashby</a></p>
</body></html>
""",
    },
    {
        "slug": "bank_panel_formal",
        "kind": "rejection", "lang": "en", "company": "Maple Harbour Bank",
        "contact": "priya.raman@mapleharbourbank.example.ca",
        "sender": ("Priya Raman", "priya.raman@mapleharbourbank.example.ca"),
        "subject": "Senior Manager, Analytics Engineering – next steps",
        "date": "2026-04-24 16:05 -0400",
        "structure": "plain", "charset": "windows-1252", "cte": "quoted-printable",
        "text": """Dear Rodrigo,

Thank you for meeting with our panel on Thursday — Adrienne, Marcus and I appreciated your thoughtful answers, particularly on data governance in a federated model.

After careful deliberation, we’ve decided to proceed with another candidate whose experience leading teams within a Canadian Schedule I bank aligns more closely with the role’s regulatory scope.

I know this is disappointing news after several rounds. Your background is impressive, and I’d be happy to stay in touch as our Analytics Engineering practice grows next year.

Warm regards,

Priya Raman
Senior Talent Acquisition Partner, Technology & Data
Maple Harbour Bank
T 416-555-0139 | 81 Bay Street, Toronto, ON

This email may contain confidential or privileged information. If you are not the intended recipient, please notify the sender and delete it. Maple Harbour Bank is a trade name of Maple Harbour Financial Group Inc.
""",
    },
    {
        "slug": "retailer_original_message",
        "kind": "rejection", "lang": "en", "company": "Brazos Outfitters",
        "contact": "twhitaker@brazosoutfitters.example.com",
        "sender": ("Tom Whitaker", "twhitaker@brazosoutfitters.example.com"),
        "subject": "RE: Application for BI Analyst (HQ)",
        "date": "2026-03-17 07:55 -0500",
        "parent": "<CAJ7pQ2yHH0b3sV_mD8@mail.example.mx>",
        "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
        "text": """Rodrigo,

Appreciate you reaching out directly. Wanted to close the loop - we filled the BI Analyst spot at HQ last week. We'll keep your resume on file for the next one.

Tom

Tom Whitaker | Director, Merchandise Planning | Brazos Outfitters
(512) 555-0187

-----Original Message-----
From: Rodrigo Villaseñor Ocampo <rodrigo.vo@example.mx>
Sent: Monday, March 9, 2026 8:41 AM
To: Tom Whitaker <twhitaker@brazosoutfitters.example.com>
Subject: Application for BI Analyst (HQ)

Hi Tom,

I applied through HireLoop last week for the BI Analyst opening at your Austin headquarters and wanted to introduce myself directly. I've spent six years building merchandising and inventory dashboards for a large Mexican retailer and would love the chance to interview.

Best regards,
Rodrigo Villaseñor Ocampo
""",
    },
    {
        "slug": "staffing_own_mandate",
        "kind": "rejection", "lang": "en", "company": "Northbridge Staffing",
        "contact": "akhan@northbridgestaffing.example.ca",
        "sender": ("Aisha Khan", "akhan@northbridgestaffing.example.ca"),
        "subject": "Update",
        "date": "2026-04-15 12:30 -0400",
        "structure": "plain", "charset": "utf-8", "cte": "8bit",
        "text": """Hi Rodrigo,

Quick update on the Analytics Engineering Manager search I reached out about in February. My client has reviewed the shortlist and they've decided to pursue other candidates at this stage - they were looking for someone with more Snowflake cost-governance experience.

Totally understand if that's frustrating, the process was long. I'll keep you in mind for other contract and permanent roles in the GTA and remote.

Best,

Aisha Khan
Senior Recruiter, Data & Analytics
Northbridge Staffing Inc. | 155 University Ave, Suite 900, Toronto
northbridgestaffing.example.ca
""",
    },
    {
        "slug": "personio_sie_absage",
        "kind": "rejection", "lang": "de", "company": "Havel Mobility", "contact": "",
        "sender": ("Havel Mobility Recruiting", "noreply@mail.personio.de"),
        "to": [("Rodrigo Villaseñor Ocampo", ME)],
        "subject": "Ihre Bewerbung als Senior Analytics Engineer (m/w/d)",
        "date": "2026-03-05 14:22 +0100",
        "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
        "html": """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1a1a1a;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="border:1px solid #e5e5e5;">
<tr><td style="padding:24px;"><img src="https://havel-mobility.jobs.personio.de/logo.png" alt="Havel Mobility" width="140"></td></tr>
<tr><td style="padding:0 24px 24px 24px;line-height:1.6;">
<p>Sehr geehrter Herr Villaseñor Ocampo,</p>
<p>vielen Dank für Ihre Bewerbung und Ihr Interesse an Havel Mobility.</p>
<p>Wir haben Ihre Unterlagen sorgfältig geprüft. Leider müssen wir Ihnen mitteilen, dass wir uns für andere Kandidatinnen und Kandidaten entschieden haben, deren Profil noch besser zu den Anforderungen der Position passt.</p>
<p>Diese Entscheidung ist keine Bewertung Ihrer Qualifikation. Wir wünschen Ihnen für Ihre weitere berufliche Zukunft alles Gute und viel Erfolg.</p>
<p>Ihre Daten werden gemäß DSGVO sechs Monate nach Abschluss des Verfahrens gelöscht.</p>
<p>Mit freundlichen Grüßen<br>Ihr People-Team von Havel Mobility</p>
</td></tr>
<tr><td style="padding:16px 24px;background:#f5f5f5;font-size:11px;color:#666;">
Havel Mobility GmbH · Am Postbahnhof 17 · 10243 Berlin<br>
Geschäftsführer: Jonas Wendt, Dr. Lea Brückner · Amtsgericht Charlottenburg HRB 218844 B<br>
<a href="https://havel-mobility.jobs.personio.de/privacy-policy" style="color:#666;">Datenschutzerklärung</a>
</td></tr>
</table>
</body></html>
""",
    },
    {
        "slug": "startup_du_after_call",
        "kind": "rejection", "lang": "de", "company": "Spreewerk Analytics",
        "contact": "katrin.vogt@spreewerk.example.de",
        "sender": ("Katrin Vogt", "katrin.vogt@spreewerk.example.de"),
        "subject": "Re: Feedback zu unserem Gespräch?",
        "date": "2026-05-13 09:12 +0200",
        "parent": "<CAJ7pQ2z0Lk4NbE1fUu@mail.example.mx>",
        "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
        "text": """Hallo Rodrigo,

danke dir nochmal für das nette Gespräch letzte Woche und für die Zeit, die du in die Case Study gesteckt hast.

Wir haben uns im Team lange beraten und uns am Ende leider für eine andere Kandidatin entschieden, die schon Erfahrung mit unserem Stack (Airflow + BigQuery) im Berliner Energiemarkt mitbringt. Das war wirklich knapp.

Wenn du magst, gebe ich dir gern noch ausführlicheres Feedback in einem kurzen Call.

Viele Grüße aus Kreuzberg
Katrin

--
Katrin Vogt
Teamlead Data | Spreewerk Analytics
Spreewerk Analytics GmbH | Köpenicker Str. 154 | 10997 Berlin
Geschäftsführerin: Miriam Altun | HRB 190233 B, AG Charlottenburg

Am 12.05.2026 um 18:03 schrieb Rodrigo Villaseñor Ocampo <rodrigo.vo@example.mx>:
> Hallo Katrin,
>
> vielen Dank nochmal für das Interview am Mittwoch! Gibt es schon Neuigkeiten? Ich freue mich auf ein mögliches Angebot und würde gern bald nach Berlin umziehen.
>
> Viele Grüße
> Rodrigo
""",
    },
    {
        "slug": "institute_post_not_filled",
        "kind": "rejection", "lang": "de", "company": "Humboldt-Institut für Datenökonomie",
        "contact": "bewerbung@hidoe.example.de",
        "sender": ("Personalabteilung HIDÖ", "bewerbung@hidoe.example.de"),
        "subject": "Ihre Bewerbung - Kennziffer 2026/14 - Wiss. Mitarbeiter/in Datenmanagement",
        "date": "2026-07-02 11:40 +0200",
        "structure": "plain", "charset": "iso-8859-1", "cte": "quoted-printable",
        "text": """Sehr geehrter Herr Villaseñor Ocampo,

wir danken Ihnen für Ihre Bewerbung auf die Stelle einer/eines wissenschaftlichen Mitarbeiterin/Mitarbeiters im Bereich Datenmanagement (Kennziffer 2026/14) und für das Interesse an unserem Institut.

Aufgrund einer kurzfristigen Änderung der Drittmittelfinanzierung kann die oben genannte Stelle leider nicht besetzt werden. Das Auswahlverfahren wird daher ohne Stellenbesetzung beendet.

Wir bedauern, Ihnen keine positivere Nachricht geben zu können. Ihre Bewerbungsunterlagen werden nach Ablauf der Fristen des Allgemeinen Gleichbehandlungsgesetzes datenschutzgerecht vernichtet.

Für Rückfragen stehe ich Ihnen unter dieser Adresse gern zur Verfügung.

Mit freundlichen Grüßen
Im Auftrag

Sabine Heller
Personalabteilung
Humboldt-Institut für Datenökonomie e.V.
Luisenstraße 56, 10117 Berlin
Vereinsregister: Amtsgericht Charlottenburg VR 31877 B
""",
    },
    {
        "slug": "headhunter_mandant_named",
        "kind": "rejection", "lang": "de", "company": "Lieferfuchs",
        "contact": "f.brandt@brandt-partner.example.de",
        "sender": ("Florian Brandt", "f.brandt@brandt-partner.example.de"),
        "subject": "AW: Einladung Zweitgespräch Lieferfuchs",
        "date": "2026-06-19 17:35 +0200",
        "parent": "<CAJ7pQ2-Ff2kLq0vB@mail.example.mx>",
        "refs": ["<7a1c0e3b9d2f4e6a@brandt-partner.example.de>"],
        "structure": "plain", "charset": "utf-8", "cte": "8bit",
        "text": """Lieber Herr Villaseñor,

wie eben telefonisch angekündigt, hier noch die schriftliche Rückmeldung: Unser Mandant, die Lieferfuchs GmbH, hat sich nach den Zweitgesprächen für einen anderen Kandidaten entschieden, der bereits ein BI-Team in einem Quick-Commerce-Unternehmen aufgebaut hat.

Herr Demir hat ausdrücklich betont, wie gut ihm Ihre Präsentation zum Thema Datenmodellierung gefallen hat. Ich bin sicher, dass wir gemeinsam bald eine passende Position finden; ich melde mich, sobald ich etwas Konkretes habe.

Beste Grüße

Florian Brandt
Partner
Brandt & Partner Personalberatung GmbH
Friedrichstraße 68 | 10117 Berlin
T +49 30 5555 2290

Von: Rodrigo Villaseñor Ocampo <rodrigo.vo@example.mx>
Gesendet: Mittwoch, 17. Juni 2026 20:11
An: Florian Brandt <f.brandt@brandt-partner.example.de>
Betreff: Re: Einladung Zweitgespräch Lieferfuchs

Lieber Herr Brandt,

vielen Dank, das Zweitgespräch mit Herrn Demir war sehr angenehm. Ich freue mich auf Ihre Rückmeldung.

Beste Grüße
Rodrigo Villaseñor

Von: Florian Brandt <f.brandt@brandt-partner.example.de>
Gesendet: Dienstag, 2. Juni 2026 09:14
An: Rodrigo Villaseñor Ocampo <rodrigo.vo@example.mx>
Betreff: Einladung Zweitgespräch Lieferfuchs

Lieber Herr Villaseñor,

gute Nachrichten: Lieferfuchs möchte Sie zum Zweitgespräch einladen, am Montag, 15. Juni, um 17:00 Uhr per Videocall mit dem CFO, Herrn Demir. Passt Ihnen der Termin?

Beste Grüße
Florian Brandt
""",
    },
    {
        "slug": "taleo_candidature_retenue_ailleurs",
        "kind": "rejection", "lang": "fr", "company": "Banque Port-Érable", "contact": "",
        "sender": ("Banque Port-Érable - Acquisition de talents", "bpe@taleo.net"),
        "subject": "Votre candidature - Analyste principal, intelligence d'affaires (2600417)",
        "date": "2026-07-21 19:02 -0400",
        "structure": "html", "charset": "iso-8859-1", "cte": "quoted-printable",
        "html": """<HTML><HEAD><META http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></HEAD>
<BODY>
<TABLE width="620" border="0" cellpadding="0" cellspacing="0" style="font-family:Arial;font-size:12px;color:#333333">
<TR><TD style="padding:10px 0"><IMG src="https://bpe.taleo.net/careersection/theme/4510/logo_bpe.gif" alt="Banque Port-&Eacute;rable" border="0"></TD></TR>
<TR><TD style="padding:10px 0">
<P>Bonjour Rodrigo,</P>
<P>Nous vous remercions de l'intérêt que vous portez à la Banque Port-Érable et au poste d'analyste principal, intelligence d'affaires (numéro de référence 2600417), à Toronto.</P>
<P>Après une analyse attentive de votre dossier, nous avons retenu une candidature qui correspond davantage aux exigences du poste. Nous conserverons toutefois votre profil dans notre banque de candidatures et n'hésiterons pas à communiquer avec vous si un poste correspondant à vos compétences se libère.</P>
<P>Nous vous souhaitons beaucoup de succès dans vos démarches.</P>
<P>Acquisition de talents<BR>Banque Port-Érable</P>
</TD></TR>
<TR><TD style="font-size:10px;color:#888888;border-top:1px solid #cccccc;padding-top:8px">Veuillez noter que ce courriel est envoyé automatiquement; merci de ne pas y répondre.<BR>
<A href="https://bpe.taleo.net/careersection/2/moreinfo.ftl?lang=fr_CA">Consulter vos candidatures</A></TD></TR>
</TABLE>
</BODY></HTML>
""",
    },
    {
        "slug": "conseil_vous_apres_entretien",
        "kind": "rejection", "lang": "fr", "company": "Groupe Lumière Conseil",
        "contact": "claire.dumoulin@lumiere-conseil.example.com",
        "sender": ("Claire Dumoulin", "claire.dumoulin@lumiere-conseil.example.com"),
        "subject": "RE: Entretien - Consultant(e) Senior Data & BI - Madrid",
        "date": "2026-05-27 15:38 +0200",
        "parent": "<PR1P264MB2231E3A9C07F5B12D3A4F9C1E7@PR1P264MB2231.FRAP264.PROD.OUTLOOK.COM>",
        "structure": "plain", "charset": "windows-1252", "cte": "quoted-printable",
        "text": """Bonjour Rodrigo,

Je vous remercie encore pour votre disponibilité lors de nos échanges avec Hugo et Inès la semaine dernière.

Après mûre réflexion, nous ne donnerons pas suite à votre candidature : nous avons privilégié un profil parlant couramment français et espagnol et ayant déjà travaillé pour nos clients du secteur aérien.

Je sais que ce n’est pas la réponse espérée, d’autant que vos retours sur le cas pratique étaient très positifs. N’hésitez pas à postuler à nouveau sur nos prochaines ouvertures à Madrid.

Bien cordialement,

Claire Dumoulin
Chargée de recrutement – Groupe Lumière Conseil
Calle de Velázquez 50, 28001 Madrid
+34 91 555 04 12

De : Claire Dumoulin
Envoyé : jeudi 7 mai 2026 10:02
À : Rodrigo Villaseñor Ocampo <rodrigo.vo@example.mx>
Objet : Entretien - Consultant(e) Senior Data & BI - Madrid

Bonjour Rodrigo,

Suite à votre candidature, nous serions ravis de vous rencontrer pour un entretien avec Hugo Lefèvre (Directeur Data) et Inès Moreau (Manager BI), le mardi 19 mai à 11h, dans nos bureaux de Velázquez ou en visio si vous êtes encore à Mexico.

Pourriez-vous me confirmer votre disponibilité ?

Bien cordialement,
Claire Dumoulin
""",
    },
    {
        "slug": "workable_tu_pas_de_suite",
        "kind": "rejection", "lang": "fr", "company": "Datavance", "contact": "",
        "sender": ("Datavance", "noreply@workablemail.com"),
        "subject": "Ta candidature chez Datavance",
        "date": "2026-05-06 18:44 +0200",
        "structure": "html", "charset": "utf-8", "cte": "base64",
        "html": """<html><body style="background:#f4f5f7;margin:0;padding:0;">
<table align="center" width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;color:#2e3338;margin-top:24px;">
<tr><td style="padding:24px 32px 0;"><img src="https://workablehr.s3.example.com/uploads/account/logo/datavance.png" alt="Datavance" height="30"></td></tr>
<tr><td style="padding:16px 32px 28px;font-size:15px;line-height:1.6;">
<p>Salut Rodrigo,</p>
<p>Merci pour le temps que tu nous as accordé ces dernières semaines, et encore désolés pour le raté de l'entretien technique.</p>
<p>On a pris le temps de relire ta candidature et, malheureusement, on ne va pas pouvoir y donner suite pour le poste d'Analytics Engineer (remote Espagne). On cherche quelqu'un qui a déjà travaillé avec ClickHouse à grande échelle.</p>
<p>On te souhaite plein de réussite pour la suite !</p>
<p>L'équipe Datavance</p>
</td></tr>
<tr><td style="padding:14px 32px;font-size:11px;color:#8a9099;border-top:1px solid #eceef1;">Datavance SAS — 18 rue du Faubourg-Poissonnière, 75010 Paris<br>Propulsé par <a href="https://www.workable.com" style="color:#8a9099;">Workable</a></td></tr>
</table>
<img src="https://email.workablemail.com/o/eJwNy0EOgjAQAMC.png" width="1" height="1" alt="">
</body></html>
""",
    },
]

assert all(spec["kind"] == "rejection" for spec in MESSAGES)
