"""Application-received acknowledgements and offers for the hundredtenth corpus, each written
by hand.

Several acknowledgements warn that not every applicant gets an answer or that silence after a
few weeks means no: they stay application_received. Job platforms confirm an application sent
to a named employer. Offers: written, verbal confirmed, conditional, contracts to sign, an offer
waiting in a portal.
"""

from __future__ import annotations

from msgs110_common import as_text, ats_card, outlook_html, text_version

MESSAGES: list[dict] = []

# ================================================================================================
# application_received
# ================================================================================================

_HQ_ACK = """Dear Santiago,

Thank you for applying for the **Operational Risk Analyst (Payments)** role (R-004812) at Harbour & Quay Bank.

We have received your application and our Talent Acquisition team will now review it against the requirements of the role. If your experience is a good match, a member of the team will contact you to discuss next steps.

You can check the status of your application at any time by signing in to [[your candidate home|https://hqbank.wd3.myworkday.com/HQ_Careers/userHome]].

Kind regards,
Talent Acquisition
Harbour & Quay Bank"""

MESSAGES.append({
    "scenario": "workday_thank_you_for_applying", "kind": "application_received", "lang": "en",
    "sender": ("Harbour & Quay Bank Careers", "hqbank@myworkday.com"),
    "subject": "Thank you for applying to Harbour & Quay Bank",
    "date": "2026-01-14 22:08 +0000", "structure": "html", "charset": "utf-8", "cte": "base64",
    "html": ats_card(_HQ_ACK, brand="Harbour & Quay Bank", logo="myworkday.com/hqbank/logo.png",
                  accent="#0b3d5c", tracker="links.myworkday.com", seed="a-hq",
                  footer="This email was sent from an unmonitored mailbox. Please do not reply.\n\nHarbour & Quay Bank DAC is regulated by the Central Bank of Ireland. Registered in Ireland No. 481220."),
    "headers": [("X-Mailer", "Workday Notification Service"), ("Auto-Submitted", "auto-generated")],
    "company": "Harbour & Quay Bank", "contact": ""})

_VALORA_ACK = """Hi Santiago,

Thanks for applying for **Risk Operations Specialist** at Valora Payments - we're glad you're interested in joining us.

Our team reads every application carefully. Because we receive a very high number of applications, we can't reply to every applicant individually with feedback. If your profile matches what the team needs, we'll be in touch within three weeks to arrange a first conversation.

In the meantime, you can learn more about [[how we work|https://valorapay.example.ie/careers/how-we-hire]].

Best,
The Valora Talent team"""

MESSAGES.append({
    "scenario": "greenhouse_cannot_reply_each", "kind": "application_received", "lang": "en",
    "sender": ("Valora Payments", "no-reply@greenhouse-mail.io"),
    "subject": "Thanks for applying to Valora Payments",
    "date": "2026-02-02 08:14 +0000", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "text": text_version(_VALORA_ACK, 'Valora Payments Ltd, Dublin 2. Powered by Greenhouse'),
    "html": ats_card(_VALORA_ACK, brand="Valora Payments", logo="greenhouse-mail.io/valora/logo.png",
                  accent="#5b2be0", tracker="click.greenhouse-mail.io", seed="a-valora",
                  footer="Valora Payments Ltd, 40 Sir John Rogerson's Quay, Dublin 2. Registered in Ireland No. 655013.\nPowered by Greenhouse"),
    "company": "Valora Payments", "contact": ""})

MESSAGES.append({
    "scenario": "ashby_four_weeks_silence", "kind": "application_received", "lang": "en",
    "sender": ("Trellis Risk Labs", "no-reply@ashbyhq.com"),
    "subject": "We received your application - Fraud Strategy Analyst",
    "date": "2026-01-30 13:01 -0500", "structure": "plain", "charset": "us-ascii", "cte": "7bit",
    "text": """Hi Santiago,

Thanks for applying to the Fraud Strategy Analyst role at Trellis Risk Labs. This note confirms that your application has reached us.

We're a small team, so here's how it works: a person on our team reviews every application. If we'd like to talk, we'll reach out to set up a call. If you haven't heard from us within 4 weeks, please consider your application unsuccessful this time - we're sorry we can't write to everyone individually.

Thanks again for your interest.

Trellis Risk Labs
1450 Brickell Ave, Miami, FL 33131

This message was sent by Ashby. Replies to this address are not monitored.""",
    "company": "Trellis Risk Labs", "contact": ""})

_JOBBIX = """Your application was sent!

**Payments Risk Analyst (LatAm)**
Ledgerline · São Paulo, Brazil (Remote-friendly)

Hi Santiago, your application with CV "Santiago_Ferreyra-Walsh_CV_EN.pdf" was sent to Ledgerline on June 15, 2026.

What happens next? The employer reviews applications in their own system. If they're interested, they'll contact you directly by email or phone. Jobbix doesn't see or share their decision.

[[Track your applications|https://www.jobbix.example.com/my/applications]]
[[See similar jobs|https://www.jobbix.example.com/jobs?q=payments+risk&l=latam]]"""

MESSAGES.append({
    "scenario": "jobbix_application_sent", "kind": "application_received", "lang": "en",
    "sender": ("Jobbix", "applications@notify.jobbix.example.com"),
    "subject": "Application sent: Payments Risk Analyst (LatAm) at Ledgerline",
    "date": "2026-06-15 19:33 -0300", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "text": text_version(_JOBBIX, 'Jobbix Inc., New York. Unsubscribe: https://www.jobbix.example.com/settings/email?unsub=appl'),
    "html": ats_card(_JOBBIX, brand="Jobbix", logo="jobbix.example.com/email/logo.png", accent="#2563eb",
                  tracker="e.jobbix.example.com", seed="a-jobbix",
                  unsubscribe="https://www.jobbix.example.com/settings/email?unsub=appl",
                  footer="Jobbix Inc., 350 5th Ave, New York, NY 10118\nYou're receiving this because you applied to a job on Jobbix."),
    "headers": [("List-Unsubscribe", "<https://www.jobbix.example.com/settings/email?unsub=appl>"),
             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")],
    "company": "Ledgerline", "contact": ""})

MESSAGES.append({
    "scenario": "recruiting_mailbox_ack", "kind": "application_received", "lang": "en",
    "sender": ("First Biscayne Trust Recruiting", "recruiting@firstbiscayne.example.com"),
    "subject": "RE: Application - Risk & Controls Associate",
    "date": "2026-03-23 10:47 -0400", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "in_reply_to": "<sfw.fbt.app.0320@example.ar>",
    "text": """Good morning Santiago,

Thank you for your email and resume. This is to confirm we've received your application for the Risk & Controls Associate position.

The hiring manager is reviewing applications this week and next. If you're shortlisted, one of our recruiters will contact you to set up a first conversation. In the meantime, feel free to reply to this email if you have any questions about the role - we read this mailbox every day.

Best regards,

Recruiting Team
First Biscayne Trust
801 Brickell Avenue, 19th Floor | Miami, FL 33131""",
    "mailer": "outlook",
    "company": "First Biscayne Trust", "contact": "recruiting@firstbiscayne.example.com"})

_SUNBELT_ACK = """Hi Santiago,

Thank you for applying for the **Credit Operations Analyst** position at Sunbelt Home Stores! We've received your application.

Our recruiting team will review your qualifications and reach out if there's a match. Due to the number of applications we receive, this may take up to two weeks.

Want to learn more about life at Sunbelt? [[Visit our careers page|https://careers.smartrecruiters.com/SunbeltHomeStores]].

Thanks,
Sunbelt Home Stores Recruiting"""

MESSAGES.append({
    "scenario": "smartrecruiters_thanks", "kind": "application_received", "lang": "en",
    "sender": ("Sunbelt Home Stores", "noreply@smartrecruiters.com"),
    "subject": "Thank you for your application to Sunbelt Home Stores",
    "date": "2026-05-05 21:40 -0400", "structure": "html", "charset": "utf-8", "cte": "base64",
    "html": ats_card(_SUNBELT_ACK, brand="Sunbelt Home Stores", logo="smartrecruiters.com/sunbelt.png",
                  accent="#f28c00", tracker="t.smartrecruiters.com", seed="a-sunbelt",
                  footer="Sunbelt Home Stores, Inc. · 8801 NW 25th St · Doral, FL 33172\nPlease do not reply to this email."),
    "company": "Sunbelt Home Stores", "contact": ""})

# --- Spanish -----------------------------------------------------------------------------------

_BA_ACK = """Hola Santiago:

¡Gracias por postularte a **Analista Sr. de Riesgo Operacional** (JR-20260044) en Banco Austral del Plata!

Recibimos tu postulación correctamente. Nuestro equipo de Selección va a revisar tu perfil y, si avanzás en el proceso, nos vamos a contactar con vos por correo o por teléfono.

Podés seguir el estado de tu postulación ingresando a [[tu perfil de candidato|https://bancoaustral.wd5.myworkday.com/Austral_Careers/userHome]].

Saludos,
Gerencia de Talento
Banco Austral del Plata"""

MESSAGES.append({
    "scenario": "workday_recibido_banco", "kind": "application_received", "lang": "es",
    "sender": ("Banco Austral - Selección", "bancoaustral@myworkday.com"),
    "subject": "Recibimos tu postulación - JR-20260044",
    "date": "2026-01-12 23:51 -0300", "structure": "html", "charset": "utf-8", "cte": "base64",
    "html": ats_card(_BA_ACK, brand="Banco Austral del Plata", logo="myworkday.com/bancoaustral/logo.png",
                  accent="#00529b", tracker="links.myworkday.com", seed="a-ba",
                  footer="Este mensaje fue enviado desde una casilla que no recibe respuestas.\n\nBanco Austral del Plata S.A. – Av. Corrientes 1200, C1043 CABA."),
    "headers": [("X-Mailer", "Workday Notification Service"), ("Auto-Submitted", "auto-generated")],
    "company": "Banco Austral del Plata", "contact": ""})

_PAMPA_ACK = """¡Hola Santiago!

Gracias por postularte a **Analista de Riesgo Operacional y Controles** en PampaPay 💚

Ya tenemos tu CV. Una persona de nuestro equipo de Talento lo va a leer (sí, una persona, no un robot) y, si tu perfil encaja con lo que buscamos, te escribimos para coordinar una primera charla.

Mientras tanto, podés conocer más sobre cómo trabajamos en [[nuestro blog|https://pampapay.example.ar/blog/cultura]].

¡Éxitos!
Equipo de Talento de PampaPay"""

MESSAGES.append({
    "scenario": "greenhouse_recibido_alt", "kind": "application_received", "lang": "es",
    "sender": ("PampaPay", "no-reply@greenhouse-mail.io"),
    "subject": "Recibimos tu postulación en PampaPay",
    "date": "2026-08-18 20:12 -0300", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "text": as_text(_PAMPA_ACK).replace("**", "") + "\n\n--\nPampa Pagos S.A. · Av. del Libertador 6680, CABA\nNo respondas este correo: esta casilla no se monitorea.\n",
    "html": ats_card(_PAMPA_ACK, brand="PampaPay", logo="greenhouse-mail.io/pampapay/logo.png",
                  accent="#19b38a", tracker="click.greenhouse-mail.io", seed="a-pampa",
                  footer="Pampa Pagos S.A. · Av. del Libertador 6680, CABA\nNo respondas este correo: esta casilla no se monitorea."),
    "company": "PampaPay", "contact": ""})

_EMPLEOSYA = """¡Listo, Santiago! Tu postulación fue enviada.

**Analista de Riesgo Operacional**
Chasqui Finance · Córdoba Capital · Presencial / Híbrido

Enviaste tu CV el 10/02/2026 a las 21:14. La empresa ya puede verlo.

Te vamos a avisar cuando Chasqui Finance lea tu CV. Mientras tanto, seguí postulándote: las personas que se postulan a 10 avisos o más tienen el doble de chances de ser contactadas.

[[Ver mis postulaciones|https://www.empleosya.example.ar/postulantes/mis-postulaciones]]
[[Avisos similares|https://www.empleosya.example.ar/empleos-riesgo-cordoba]]"""

MESSAGES.append({
    "scenario": "empleosya_postulacion_enviada", "kind": "application_received", "lang": "es",
    "sender": ("EmpleosYa", "postulaciones@mail.empleosya.example.ar"),
    "subject": "Te postulaste a Analista de Riesgo Operacional en Chasqui Finance",
    "date": "2026-02-10 21:15 -0300", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": ats_card(_EMPLEOSYA, brand="EmpleosYa", logo="empleosya.example.ar/mail/logo.png", accent="#ff6a00",
                  tracker="clicks.empleosya.example.ar", seed="a-empleosya",
                  unsubscribe="https://www.empleosya.example.ar/baja?tipo=postulaciones",
                  footer="EmpleosYa - Av. Córdoba 1351, CABA. Recibís este correo porque te postulaste a un aviso. Si no querés recibir estas confirmaciones, date de baja."),
    "headers": [("List-Unsubscribe", "<https://www.empleosya.example.ar/baja?tipo=postulaciones>")],
    "company": "Chasqui Finance", "contact": ""})

_KUANTO_ACK = """¡Hola Santiago!

Gracias por postular al cargo de **Analista de Riesgo de Crédito** en Kuanto. Recibimos tu postulación y ya está en manos del equipo.

Revisamos cada postulación con calma, así que puede tomarnos un par de semanas. Te escribiremos sea cual sea el resultado.

Mientras tanto, síguenos en [[LinkedIn|https://www.linkedin.example.com/company/kuanto-cl]] para conocer más de nosotros.

Un abrazo,
Equipo de Personas · Kuanto"""

MESSAGES.append({
    "scenario": "teamtailor_recibido", "kind": "application_received", "lang": "es",
    "sender": ("Kuanto", "no-reply@teamtailor-mail.com"),
    "subject": "¡Gracias por postular a Kuanto!",
    "date": "2026-03-03 11:26 -0300", "structure": "html", "charset": "utf-8", "cte": "base64",
    "html": ats_card(_KUANTO_ACK, brand="Kuanto", logo="teamtailor-mail.com/kuanto/logo.png",
                  accent="#ff4f5a", tracker="url4471.teamtailor-mail.com", seed="a-kuanto",
                  footer="Kuanto SpA · Av. Apoquindo 3650, Las Condes, Santiago"),
    "company": "Kuanto", "contact": ""})

MESSAGES.append({
    "scenario": "alto_volumen_30_dias", "kind": "application_received", "lang": "es",
    "sender": ("Trabaja con Nosotros - Banco Cordillera", "trabajaconnosotros-noreply@bancocordillera.example.cl"),
    "subject": "Confirmación de postulación N° 44817",
    "date": "2026-04-01 03:12 -0300", "structure": "plain", "charset": "iso-8859-1", "cte": "quoted-printable",
    "hdr_charset": "iso-8859-1",
    "text": """Estimado(a) Santiago Ferreyra-Walsh:

Confirmamos la recepción de su postulación N° 44817 al cargo ANALISTA DE RIESGO OPERACIONAL (Gerencia de Riesgos, Santiago).

Debido al alto volumen de postulaciones que recibimos, no nos es posible responder individualmente a cada postulante. Si en un plazo de 30 días no ha sido contactado(a) por nuestro equipo, le rogamos entender que su postulación no fue seleccionada para esta posición. Sus antecedentes quedarán en nuestra base de datos por 12 meses.

Agradecemos su interés en formar parte de Banco Cordillera.

Subgerencia de Selección
Banco Cordillera

*** Este es un correo automático, por favor no responda. ***""",
    "headers": [("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")],
    "company": "Banco Cordillera", "contact": ""})

_LAPORTENA_ACK = """Estimado Santiago Ferreyra-Walsh:

Le confirmamos que hemos recibido su postulación para la posición **Analista de Reaseguros y Riesgos (Req. 10388)**.

Su perfil será evaluado por el equipo de Capital Humano. En caso de que sus antecedentes se ajusten al perfil buscado, nos comunicaremos con usted.

Gracias por su interés en Seguros La Porteña.

Cordialmente,
Gerencia de Capital Humano"""

MESSAGES.append({
    "scenario": "icims_recibido", "kind": "application_received", "lang": "es",
    "sender": ("Seguros La Porteña - Capital Humano", "laportena@talent.icims.com"),
    "subject": "Confirmación de postulación - Req. 10388",
    "date": "2026-02-03 16:45 -0300", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": ats_card(_LAPORTENA_ACK, brand="Seguros La Porteña", logo="icims.com/laportena/logo.gif",
                  accent="#1d4f91", tracker="click.icims.com", seed="a-laportena", width=640,
                  font="Georgia,serif",
                  footer="Este es un mensaje automático. Por favor no lo responda.\nSeguros La Porteña S.A. – Inscripta en la Superintendencia de Seguros de la Nación con el N° 0588."),
    "company": "Seguros La Porteña", "contact": ""})

MESSAGES.append({
    "scenario": "inscripcion_llamado_registrada", "kind": "application_received", "lang": "es",
    "sender": ("Defensoría del Cliente Financiero", "llamados-noreply@dcf.example.uy"),
    "subject": "Constancia de inscripción - Llamado 14/2026",
    "date": "2026-04-27 18:03 -0300", "structure": "plain", "charset": "iso-8859-1", "cte": "8bit",
    "hdr_charset": "iso-8859-1",
    "text": """CONSTANCIA DE INSCRIPCIÓN

Llamado N° 14/2026 - Analista Contable-Financiero (1 cargo, 40 hs semanales)
Postulante: FERREYRA-WALSH, SANTIAGO
Número de inscripción: 14-2026-0392
Fecha y hora: 27/04/2026 18:02

Su inscripción ha sido registrada correctamente. La documentación presentada será evaluada por el Tribunal en la etapa de méritos y antecedentes. Los resultados de cada etapa se publicarán en la cartelera web del organismo y se notificarán a esta dirección de correo.

Conserve esta constancia.

Departamento de Gestión Humana
Defensoría del Cliente Financiero

Este correo es generado automáticamente. No responda a esta dirección.""",
    "company": "Defensoría del Cliente Financiero", "contact": ""})

_MUTUA_ACK = """Estimado/a Santiago:

Le confirmamos que hemos recibido correctamente su candidatura para el puesto de **Técnico/a de Control de Riesgos** (ref. MV-2026-031).

Nuestro equipo de Personas revisará su perfil en las próximas semanas. Si su candidatura avanza, nos pondremos en contacto con usted por teléfono o por correo electrónico.

Le agradecemos la confianza depositada en Mutua Valenciana.

Un cordial saludo,

Departamento de Personas
Mutua Valenciana de Seguros"""

MESSAGES.append({
    "scenario": "mutua_recibida_1252", "kind": "application_received", "lang": "es",
    "sender": ("Mutua Valenciana · Selección", "no-responder@mutuavalenciana.example.es"),
    "subject": "Hemos recibido su candidatura – ref. MV-2026-031",
    "date": "2026-06-01 12:17 +0200", "structure": "html", "charset": "windows-1252", "cte": "quoted-printable",
    "hdr_charset": "windows-1252",
    "html": ats_card(_MUTUA_ACK, brand="Mutua Valenciana de Seguros", logo="mutuavalenciana.example.es/img/logo-mv.png",
                  accent="#c8102e", tracker="envios.mutuavalenciana.example.es", seed="a-mutua",
                  font="Tahoma,Verdana,sans-serif",
                  footer="Por favor, no responda a este correo: ha sido generado automáticamente.\n\nMutua Valenciana de Seguros y Reaseguros a Prima Fija. C/ Colón 41, 46004 Valencia."),
    "company": "Mutua Valenciana de Seguros", "contact": ""})

_REDEMPLEO = """Hola Santiago:

Tu postulación al llamado **Analista de Riesgo y Cumplimiento** de **Nubi Wallet** (Montevideo) fue enviada con éxito.

Qué pasa ahora: la empresa revisa los currículums recibidos. Si tu perfil le interesa, se va a comunicar contigo directamente. Podés ver el estado en [[Mis postulaciones|https://www.redempleo.example.uy/mis-postulaciones]].

Consejo: completá tu perfil al 100 % para destacar frente a otros postulantes.

Equipo RedEmpleo"""

MESSAGES.append({
    "scenario": "redempleo_uy_nubi", "kind": "application_received", "lang": "es",
    "sender": ("RedEmpleo Uruguay", "no-reply@redempleo.example.uy"),
    "subject": "Postulación enviada: Analista de Riesgo y Cumplimiento - Nubi Wallet",
    "date": "2026-08-20 22:40 -0300", "structure": "html", "charset": "utf-8", "cte": "base64",
    "html": ats_card(_REDEMPLEO, brand="RedEmpleo", logo="redempleo.example.uy/img/logo.png", accent="#0077c8",
                  tracker="links.redempleo.example.uy", seed="a-redempleo",
                  unsubscribe="https://www.redempleo.example.uy/preferencias/baja",
                  footer="RedEmpleo Uruguay · Plaza Independencia 831, Montevideo. Para dejar de recibir avisos, date de baja."),
    "headers": [("List-Unsubscribe", "<https://www.redempleo.example.uy/preferencias/baja>")],
    "company": "Nubi Wallet", "contact": ""})

MESSAGES.append({
    "scenario": "workable_recibido_texto", "kind": "application_received", "lang": "es",
    "sender": ("Monedero", "noreply@workablemail.com"),
    "subject": "Hemos recibido tu candidatura para Finance & Risk Operations",
    "date": "2026-07-01 23:58 +0200", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Hola Santiago:

¡Gracias por presentar tu candidatura para Finance & Risk Operations en Monedero!

Te confirmamos que la hemos recibido. Somos un equipo pequeño y leemos cada candidatura nosotros mismos; si tu perfil encaja, te escribiremos en las próximas dos semanas para una primera llamada.

Un saludo,
El equipo de Monedero

--
Este correo se ha enviado desde Workable en nombre de Monedero. No respondas a este mensaje.""",
    "company": "Monedero", "contact": ""})

MESSAGES.append({
    "scenario": "acuse_recibo_concursos", "kind": "application_received", "lang": "es",
    "sender": ("IUR - Concursos", "concursos@iur.example.uy"),
    "subject": "Acuse de recibo - Llamado Analista Financiero (Exp. 2026-118)",
    "date": "2026-05-18 10:31 -0300", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "in_reply_to": "<sfw.iur.postulacion.0515@example.ar>",
    "text": """Estimado Sr. Ferreyra-Walsh:

Acusamos recibo de su postulación al llamado para Analista Financiero de la Dirección de Administración (Exp. 2026-118), junto con el currículum y la documentación adjunta (título, escolaridad y dos cartas de referencia).

Le recordamos que el período de inscripción cierra el 29 de mayo y que el Tribunal comenzará la evaluación de méritos en la primera quincena de junio. Ante cualquier duda, puede escribirnos a esta misma dirección.

Saludos cordiales,

Sección Concursos
Instituto Universitario Rioplatense""",
    "company": "Instituto Universitario Rioplatense", "contact": "concursos@iur.example.uy"})

# --- German ------------------------------------------------------------------------------------

_ZW_ACK = """Sehr geehrter Herr Ferreyra-Walsh,

vielen Dank für Ihre Bewerbung als **Analyst Risk Operations (m/w/d) – Standort Madrid**. Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Wir prüfen Ihre Bewerbung sorgfältig und melden uns so bald wie möglich bei Ihnen. Bitte haben Sie Verständnis, dass dies bis zu drei Wochen dauern kann.

Den Stand Ihrer Bewerbung können Sie jederzeit in [[Ihrem Bewerberkonto|https://zahlwerk.softgarden.io/de/applicant/login]] einsehen.

Mit freundlichen Grüßen

Ihr Recruiting-Team
ZahlWerk AG"""

MESSAGES.append({
    "scenario": "softgarden_eingangsbestaetigung", "kind": "application_received", "lang": "de",
    "sender": ("ZahlWerk AG Recruiting", "noreply@softgarden.io"),
    "subject": "Eingangsbestätigung Ihrer Bewerbung – Analyst Risk Operations (m/w/d)",
    "date": "2026-02-27 02:14 +0100", "structure": "html", "charset": "utf-8", "cte": "base64",
    "html": ats_card(_ZW_ACK, brand="ZahlWerk", logo="softgarden.io/zahlwerk/logo.png",
                  accent="#e30613", tracker="links.softgarden.io", seed="a-zahlwerk",
                  footer="ZahlWerk AG · Friedrichstraße 68 · 10117 Berlin\nVorstand: Dr. Henrike Lassen (Vors.), Timo Brückner · Amtsgericht Charlottenburg HRB 201455 B\n\nDiese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht."),
    "headers": [("Auto-Submitted", "auto-generated")],
    "company": "ZahlWerk", "contact": ""})

_RH_ACK = """Sehr geehrter Herr Ferreyra-Walsh,

herzlichen Dank für Ihr Interesse an der Rheinland Rückversicherung AG und Ihre Bewerbung als **Senior Analyst Risk Controlling (m/w/d) – Niederlassung Madrid**.

Ihre Unterlagen sind vollständig bei uns eingegangen. Wir werden sie nun gemeinsam mit der Fachabteilung prüfen.

Wir bitten um Verständnis, dass wir aufgrund der großen Zahl an Bewerbungen nicht jede Bewerbung einzeln beantworten können. Sollten Sie innerhalb von vier Wochen nichts von uns hören, ist Ihre Bewerbung in diesem Verfahren leider nicht weiter berücksichtigt worden.

Mit freundlichen Grüßen

Ihr Recruiting-Team
Rheinland Rückversicherung AG"""

MESSAGES.append({
    "scenario": "sf_nicht_jede_bewerbung", "kind": "application_received", "lang": "de",
    "sender": ("Rheinland Rück Karriere", "karriere-noreply@successfactors.eu"),
    "subject": "Ihre Bewerbung bei der Rheinland Rückversicherung AG",
    "date": "2026-06-08 07:02 +0200", "structure": "html", "charset": "iso-8859-1", "cte": "quoted-printable",
    "hdr_charset": "iso-8859-1",
    "html": ats_card(_RH_ACK, brand="Rheinland Rückversicherung", logo="successfactors.eu/rheinland/logo.png",
                  accent="#7a1f2b", tracker="sf-links.successfactors.eu", seed="a-rheinland",
                  footer="Rheinland Rückversicherung AG · Theodor-Heuss-Ring 14 · 50668 Köln\nVorstand: Dr. Ansgar Pütz (Vorsitzender), Miriam Olbrich, Jens Terhoeven · Amtsgericht Köln HRB 48812\n\nDiese Nachricht wurde automatisch erzeugt. Antworten an diese Adresse werden nicht gelesen."),
    "company": "Rheinland Rückversicherung", "contact": ""})

# --- French ------------------------------------------------------------------------------------

_PA_ACK = """Bonjour Santiago,

Nous avons bien reçu votre candidature au poste d'**Analyste Risques Opérationnels – Madrid** et nous vous remercions de l'intérêt que vous portez à Paiement Atlantique.

Notre équipe recrutement l'étudie avec attention. Si votre profil correspond à nos attentes, nous reviendrons vers vous dans les meilleurs délais pour convenir d'un premier échange.

À très bientôt,

L'équipe Talents
Paiement Atlantique"""

MESSAGES.append({
    "scenario": "accuse_reception_vous", "kind": "application_received", "lang": "fr",
    "sender": ("Paiement Atlantique - Carrières", "carrieres-noreply@paiement-atlantique.example.com"),
    "subject": "Accusé de réception de votre candidature",
    "date": "2026-08-25 14:09 +0200", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "text": text_version(_PA_ACK, 'Ce message est envoyé automatiquement, merci de ne pas y répondre.\nPaiement Atlantique SAS – 44000 Nantes'),
    "html": ats_card(_PA_ACK, brand="Paiement Atlantique", logo="paiement-atlantique.example.com/img/logo.png",
                  accent="#00a3a1", tracker="suivi.paiement-atlantique.example.com", seed="a-pa",
                  footer="Ce message est envoyé automatiquement, merci de ne pas y répondre.\nPaiement Atlantique SAS – Établissement de paiement agréé par l'ACPR – 14, rue de la Paix, 44000 Nantes – RCS Nantes 822 401 337"),
    "company": "Paiement Atlantique", "contact": ""})

MESSAGES.append({
    "scenario": "cabinet_recrutement_boite", "kind": "application_received", "lang": "fr",
    "sender": ("LM Audit Recrutement", "recrutement@lm-audit.example.uy"),
    "subject": "Votre candidature - senior Risk Advisory (Montevideo)",
    "date": "2026-03-02 09:44 -0300", "structure": "plain", "charset": "iso-8859-1", "cte": "quoted-printable",
    "hdr_charset": "iso-8859-1",
    "in_reply_to": "<sfw.lm.candidature.0227@example.ar>",
    "text": """Bonjour Monsieur Ferreyra-Walsh,

Nous accusons bonne réception de votre candidature pour le poste de senior Risk Advisory au sein de notre bureau de Montevideo, ainsi que de votre CV et de votre lettre de motivation.

Votre dossier a été transmis à Mme Hélène Moreau, associée responsable de l'activité. Nous reviendrons vers vous dans un délai de deux semaines environ.

N'hésitez pas à nous écrire à cette adresse si vous souhaitez compléter votre dossier.

Cordialement,

Service Recrutement
Lindqvist Moreau Audit
Rincón 487, piso 3 - Montevideo""",
    "company": "Lindqvist Moreau Audit", "contact": "recrutement@lm-audit.example.uy"})

# ================================================================================================
# offer
# ================================================================================================

MESSAGES.append({
    "scenario": "offer_letter_pdf", "kind": "offer", "lang": "en",
    "sender": ("Beatriz Nogueira", "beatriz.nogueira@ledgerline.example.com"),
    "subject": "Your offer from Ledgerline 🎉",
    "date": "2026-07-30 16:20 -0300", "structure": "mixed", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Hi Santiago,

It was great to speak with you earlier today - I'm thrilled to put it in writing: Ledgerline would like to offer you the position of Payments Risk Analyst (LatAm), reporting to Felipe Andrade.

The attached letter has the details, but in short:
- Base compensation: USD 58,000 per year, paid monthly through our employer-of-record partner in Argentina
- Annual bonus target of 10%, based on company and individual performance
- 20 working days of paid leave, plus local public holidays
- Remote from Buenos Aires, with one week per quarter at our São Paulo office (travel covered)
- Proposed start date: Monday, September 7, 2026

The offer is valid until Thursday, August 6. You'll receive a DocuSign request separately to sign the letter. If you'd like to talk anything through - compensation, start date, equipment - just reply or call me.

We're really excited about the prospect of you joining the team!

Beatriz

Beatriz Nogueira
Talent Partner, LatAm | Ledgerline
+55 11 95555-0182""",
    "attachments": [{"type": "pdf", "filename": "Ledgerline_Offer_Letter_Santiago_Ferreyra-Walsh.pdf",
                      "title": "Offer letter",
                      "lines": ["LEDGERLINE", "July 30, 2026", "", "Dear Santiago Ferreyra-Walsh,", "",
                             "We are pleased to offer you the position of Payments Risk Analyst (LatAm).",
                             "Base compensation: USD 58,000 per year. Bonus target: 10%.",
                             "Start date: September 7, 2026. Location: Remote (Buenos Aires).",
                             "This offer expires on August 6, 2026.", "",
                             "Felipe Andrade, Head of Payment Operations"]}],
    "mailer": "gmail",
    "company": "Ledgerline", "contact": "beatriz.nogueira@ledgerline.example.com"})

MESSAGES.append({
    "scenario": "verbal_offer_confirmed", "kind": "offer", "lang": "en",
    "sender": ("Maria Castellanos", "maria.castellanos@firstbiscayne.example.com"),
    "subject": "Offer - Risk & Controls Associate",
    "date": "2026-05-12 17:05 -0400",
    "msgid": "<20260512170500.fbt.offer@firstbiscayne.example.com>", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Dear Santiago,

Further to our call this afternoon, I am delighted to confirm in writing the verbal offer I extended to you for the position of Risk & Controls Associate at First Biscayne Trust.

As discussed:
- Annual base salary of $78,000, with eligibility for our annual incentive plan (target 8%)
- Relocation assistance of up to $7,500 and sponsorship of your work visa
- Start date to be agreed once your visa is approved, targeted for September 2026

This offer is contingent upon the satisfactory completion of our background and credit check and on the approval of your U.S. work authorization. Your formal offer letter will follow from our HR system within two business days.

Congratulations - the panel was unanimous. Please let me know if you have any questions in the meantime.

Warm regards,

Maria Castellanos
Talent Acquisition Manager
First Biscayne Trust
801 Brickell Avenue, 19th Floor, Miami, FL 33131""",
    "mailer": "outlook",
    "company": "First Biscayne Trust", "contact": "maria.castellanos@firstbiscayne.example.com"})

MESSAGES.append({
    "scenario": "carta_oferta_pdf", "kind": "offer", "lang": "es",
    "sender": ("Juliana Benítez", "juliana.benitez@pampapay.example.ar"),
    "subject": "Propuesta laboral PampaPay – Analista de Riesgo Operacional y Controles",
    "date": "2026-09-22 18:40 -0300", "structure": "mixed", "charset": "utf-8", "cte": "8bit",
    "text": """¡Hola Santi!

Como te adelanté por teléfono, ¡queremos que te sumes a PampaPay! 🎉

Te adjunto la carta oferta formal para la posición de Analista de Riesgo Operacional y Controles, en el equipo de Milagros. Los puntos principales:

• Remuneración bruta mensual: $ 3.850.000, con actualización trimestral por inflación
• Bono anual de hasta 1,5 sueldos según objetivos
• Modalidad híbrida: 2 días por semana en la oficina de Núñez
• Prepaga para vos y tu grupo familiar, 3 semanas de vacaciones desde el primer año
• Fecha de ingreso propuesta: lunes 19 de octubre

Para aceptarla, firmá la carta y mandámela escaneada antes del viernes 2 de octubre. Si querés revisar algún punto, lo charlamos sin problema.

¡Te esperamos!

Juliana Benítez
People Partner · PampaPay""",
    "attachments": [{"type": "pdf", "filename": "Carta_Oferta_PampaPay_SFerreyraWalsh.pdf",
                      "title": "Carta oferta",
                      "lines": ["PAMPA PAGOS S.A. - PampaPay", "Buenos Aires, 22 de septiembre de 2026", "",
                             "Sr. Santiago Ferreyra-Walsh", "",
                             "Nos complace ofrecerle la posicion de Analista de Riesgo Operacional y Controles.",
                             "Remuneracion bruta mensual: $ 3.850.000. Bono anual: hasta 1,5 sueldos.",
                             "Fecha de ingreso: 19 de octubre de 2026.", "",
                             "Firma y aclaracion: ______________________"]}],
    "company": "PampaPay", "contact": "juliana.benitez@pampapay.example.ar"})

_BRIO_OFFER = """Estimado Santiago:

Es un gusto comunicarle que el Banco ha resuelto ofrecerle el cargo de **Oficial de Riesgo Operacional y Continuidad de Negocio**, dependiente de la Gerencia de Riesgos.

Las condiciones propuestas son las siguientes:

- Remuneración nominal mensual: $ 165.000 (pesos uruguayos), en 13 pagos anuales más salario vacacional
- Régimen de 40 horas semanales, presencial en Casa Central con un día de teletrabajo
- Seguro médico para usted y su núcleo familiar
- Apoyo para la mudanza a Montevideo y un mes de alojamiento temporal

La presente oferta queda **condicionada** al resultado satisfactorio de la verificación de antecedentes y a la evaluación de idoneidad que, para este cargo, debe presentarse ante el Banco Central del Uruguay.

Le agradeceremos que nos comunique su aceptación antes del 17 de julio. Quedo a disposición para cualquier consulta.

Saludos cordiales,

Mag. Soledad Bentancor
Jefa de Gestión Humana
Banco Rioplatense de Inversión"""

MESSAGES.append({
    "scenario": "oferta_condicional_antecedentes", "kind": "offer", "lang": "es",
    "sender": ("Soledad Bentancor", "sbentancor@brio.example.uy"),
    "subject": "Propuesta de incorporación - Oficial de Riesgo Operacional",
    "date": "2026-07-08 12:30 -0300", "structure": "alt", "charset": "iso-8859-1", "cte": "quoted-printable",
    "hdr_charset": "iso-8859-1",
    "in_reply_to": "<sfw.gracias.brio.0624@example.ar>",
    "text": _BRIO_OFFER.replace("**", ""),
    "html": outlook_html(_BRIO_OFFER, lang="ES-UY"),
    "mailer": "outlook",
    "company": "Banco Rioplatense de Inversión", "contact": "sbentancor@brio.example.uy"})

MESSAGES.append({
    "scenario": "contrato_para_firmar", "kind": "offer", "lang": "es",
    "sender": ("Amparo Llorens", "allorens@cajalevantina.example.es"),
    "subject": "Contrato de trabajo – incorporación a Caja Levantina",
    "date": "2026-08-12 13:02 +0200", "structure": "mixed", "charset": "windows-1252", "cte": "quoted-printable",
    "hdr_charset": "windows-1252",
    "text": """Estimado Santiago:

Tal como le adelantó ayer por teléfono D. Vicent Soler, nos complace confirmarle su incorporación a Caja Levantina como Técnico de Riesgo Operacional.

Le adjuntamos el contrato de trabajo (indefinido, jornada completa, con un periodo de prueba de seis meses) para su revisión y firma. Las condiciones económicas son las acordadas: 41.500 € brutos anuales en 14 pagas, más la retribución variable descrita en el anexo.

Le rogamos que nos lo devuelva firmado antes del 31 de agosto, junto con la copia de su NIE y el número de afiliación a la Seguridad Social en cuanto disponga de ellos. La fecha de incorporación prevista es el 1 de octubre de 2026.

Bienvenido a la casa. Quedamos a su disposición para cualquier consulta.

Atentamente,

Amparo Llorens Ferrer
Selección y Desarrollo de Personas
Caja Levantina
Plaza del Ayuntamiento 18 · 46002 Valencia
Tel. 96 355 41 20

Antes de imprimir este correo, piense en el medio ambiente.""",
    "attachments": [{"type": "pdf", "filename": "Contrato_CL-RO-07_Ferreyra-Walsh.pdf",
                      "title": "Contrato de trabajo",
                      "lines": ["CAJA LEVANTINA", "CONTRATO DE TRABAJO POR TIEMPO INDEFINIDO", "",
                             "De una parte, Caja Levantina, y de otra, D. Santiago Ferreyra-Walsh.",
                             "Puesto: Tecnico de Riesgo Operacional. Grupo profesional: Tecnico, nivel VIII.",
                             "Retribucion: 41.500 EUR brutos anuales en 14 pagas.",
                             "Periodo de prueba: seis meses. Incorporacion: 1 de octubre de 2026.", "",
                             "Firma del trabajador: ______________________"]}],
    "mailer": "outlook",
    "company": "Caja Levantina", "contact": "allorens@cajalevantina.example.es"})

MESSAGES.append({
    "scenario": "startup_te_queremos", "kind": "offer", "lang": "es",
    "sender": ("Irene Peris", "irene@monedero.example.es"),
    "subject": "¡Queremos que te unas a Monedero!",
    "date": "2026-08-04 19:26 +0200", "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "text": """¡Hola Santiago!

Después de las charlas con Pau, con Nuria y conmigo lo tenemos clarísimo: queremos que seas nuestra primera persona de Finance & Risk Operations.

Esta es nuestra propuesta:
- 42.000 € brutos al año
- 0,4 % del capital en stock options (4 años de vesting, 1 de cliff)
- Remoto con base en Valencia: oficina en Ruzafa dos días por semana
- Te ayudamos con el visado y los trámites del NIE, y con el vuelo
- Incorporación cuando tengas los papeles, idealmente en octubre

Sé que estás en otros procesos, así que tómate hasta el viernes 14 para pensarlo. Si te apetece, hacemos una videollamada con Pau para resolver dudas sobre las stock options.

¡Ojalá nos digas que sí!

Irene
Cofundadora · Monedero""",
    "company": "Monedero", "contact": "irene@monedero.example.es"})

MESSAGES.append({
    "scenario": "medio_tiempo_fundacion", "kind": "offer", "lang": "es",
    "sender": ("Marta Olivera", "molivera@microcreditosolidario.example.ar"),
    "subject": "Propuesta - Analista de Cartera y Riesgo",
    "date": "2026-08-24 11:15 -0300", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Estimado Santiago:

Después de la entrevista con Ramiro y conmigo, y de revisar tus referencias, tenemos el gusto de ofrecerte la posición de Analista de Cartera y Riesgo de la Fundación.

La propuesta es la siguiente:
- Medio tiempo (20 horas semanales), de lunes a viernes por la mañana, con posibilidad de trabajar desde casa dos días
- Remuneración bruta mensual de $ 1.250.000, en relación de dependencia
- Ingreso a partir del martes 1 de septiembre

Sabemos que no es un salario de banco; confiamos en que el proyecto compense la diferencia. Te pedimos que nos confirmes si aceptás antes del viernes 28, así preparamos el alta.

Un abrazo,

Marta Olivera
Responsable de Administración y Personas
Fundación Microcrédito Solidario""",
    "in_reply_to": "<fms.molivera.0803@microcreditosolidario.example.ar>",
    "company": "Fundación Microcrédito Solidario", "contact": "molivera@microcreditosolidario.example.ar"})

_NUBI_OFFER = """¡Hola Santiago!

**Tenés una oferta de Nubi Wallet esperándote.**

Valentina Sosa compartió contigo la propuesta para el puesto de **Analista de Riesgo y Cumplimiento**. Podés revisar los detalles (salario, beneficios y fecha de ingreso), descargar la carta y aceptarla o rechazarla desde el portal:

[[Ver mi oferta|https://app.ashbyhq.com/offers/nubiwallet/9f2e71]]

La oferta vence el 16 de octubre de 2026. Si tenés dudas, respondé este correo y le llega a Valentina.

Equipo de Talento · Nubi Wallet"""

MESSAGES.append({
    "scenario": "ashby_offer_portal", "kind": "offer", "lang": "es",
    "sender": ("Nubi Wallet", "no-reply@ashbyhq.com"),
    "reply_to": ("Valentina Sosa", "valentina.sosa@nubiwallet.example.uy"),
    "subject": "Tu oferta de Nubi Wallet está lista",
    "date": "2026-10-06 15:48 -0300", "structure": "alt", "charset": "utf-8", "cte": "base64",
    "text": text_version(_NUBI_OFFER, 'Nubi Wallet S.A. · Montevideo · Enviado con Ashby.'),
    "html": ats_card(_NUBI_OFFER, brand="Nubi Wallet", logo="ashbyhq.com/nubiwallet/logo.png",
                  accent="#00b3a4", tracker="email.ashbyhq.com", seed="o-nubi",
                  footer="Nubi Wallet S.A. · Zonamerica, Ruta 8 km 17.500, Montevideo\nEnviado con Ashby."),
    "company": "Nubi Wallet", "contact": "valentina.sosa@nubiwallet.example.uy"})

MESSAGES.append({
    "scenario": "vertragsangebot_pdf", "kind": "offer", "lang": "de",
    "sender": ("Katrin Vollmer", "katrin.vollmer@rheinland-rueck.example.com"),
    "subject": "Vertragsangebot – Senior Analyst Risk Controlling (m/w/d), Madrid",
    "date": "2026-08-03 10:40 +0200", "structure": "mixed", "charset": "iso-8859-1", "cte": "quoted-printable",
    "text": """Sehr geehrter Herr Ferreyra-Walsh,

wir freuen uns sehr, Ihnen nach den Gesprächen mit Herrn Dr. Achterberg die Position als Senior Analyst Risk Controlling in unserer Niederlassung Madrid anbieten zu können.

Anbei erhalten Sie den Arbeitsvertrag nach spanischem Recht in zweifacher Ausfertigung (Spanisch mit deutscher Übersetzung). Die wesentlichen Eckpunkte:

- Jahresbruttogehalt: 54.000 EUR in 14 Gehältern zzgl. variabler Vergütung (Zielwert 12 %)
- Unbefristeter Vertrag, Probezeit sechs Monate
- Vertragsbeginn: 1. Oktober 2026
- Übernahme der Umzugskosten bis 6.000 EUR

Das Angebot steht unter dem Vorbehalt einer erfolgreichen Zuverlässigkeitsprüfung. Bitte senden Sie uns ein unterschriebenes Exemplar bis zum 17. August zurück.

Für Fragen stehe ich Ihnen jederzeit gern zur Verfügung.

Mit freundlichen Grüßen

Katrin Vollmer
Human Resources - Recruiting
Rheinland Rückversicherung AG
Theodor-Heuss-Ring 14 · 50668 Köln

Vorstand: Dr. Ansgar Pütz (Vorsitzender), Miriam Olbrich, Jens Terhoeven · Amtsgericht Köln HRB 48812""",
    "attachments": [{"type": "pdf", "filename": "Arbeitsvertrag_Ferreyra-Walsh_Madrid.pdf",
                      "title": "Arbeitsvertrag",
                      "lines": ["RHEINLAND RUECKVERSICHERUNG AG - Sucursal en Espana", "CONTRATO DE TRABAJO / ARBEITSVERTRAG", "",
                             "Trabajador / Arbeitnehmer: Santiago Ferreyra-Walsh",
                             "Puesto / Position: Senior Analyst Risk Controlling",
                             "Salario bruto anual / Jahresbruttogehalt: 54.000 EUR (14 pagas)",
                             "Inicio / Beginn: 01.10.2026", "",
                             "Firma / Unterschrift: ______________________"]}],
    "company": "Rheinland Rückversicherung", "contact": "katrin.vollmer@rheinland-rueck.example.com"})

MESSAGES.append({
    "scenario": "promesse_embauche", "kind": "offer", "lang": "fr",
    "sender": ("Julien Fabre", "julien.fabre@paiement-atlantique.example.com"),
    "subject": "Proposition d'embauche – Analyste Risques Opérationnels",
    "date": "2026-10-01 16:05 +0200", "structure": "plain", "charset": "windows-1252", "cte": "quoted-printable",
    "hdr_charset": "windows-1252",
    "text": """Bonjour Santiago,

Suite à vos entretiens avec Mme Leroux et M. Castaño, j’ai le plaisir de vous confirmer notre proposition d’embauche pour le poste d’Analyste Risques Opérationnels au sein de notre bureau de Madrid.

Les principales conditions :
– Contrat à durée indéterminée de droit espagnol
– Rémunération brute annuelle de 46 000 €, versée en 14 mensualités
– Prime sur objectifs pouvant atteindre 8 % du salaire
– Prise de poste souhaitée : 2 novembre 2026

Cette proposition est valable jusqu’au 9 octobre. Le contrat vous sera transmis dès réception de votre accord écrit.

Je reste à votre disposition pour en parler de vive voix.

Bien cordialement,

Julien Fabre
Chargé de recrutement
Paiement Atlantique""",
    "company": "Paiement Atlantique", "contact": "julien.fabre@paiement-atlantique.example.com"})
