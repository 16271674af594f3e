"""Everything else in Santiago's mailbox for the hundredtenth corpus, each written by hand.

His own sent mail (applications, thank-yous, an apology, an offer declined), newsletters, job
alerts and career-advice pieces that talk about rejections and missed interviews, a podcast and
a press interview, a user-research interview, "your position" in a map app and in a queue, a
delayed parcel, a loan received and declined, flats refused, friends telling their own stories,
out-of-office replies, cold outreach with no interview, notifications from platforms and a
password reset. kind is other; company is empty; contact is a person only.
"""

from __future__ import annotations

from msgs110_common import (
                            CANDIDATE,
                            as_text,
                            ats_card,
                            gmail_html,
                            newsletter_html,
                            newsletter_text,
                            plain_html,
                            quote_gt,
                            text_version,
)

MESSAGES: list[dict] = []

# ================================================================================================
# the candidate's own sent mail
# ================================================================================================

MESSAGES.append({
    "scenario": "enviado_seguimiento_chasqui", "kind": "other", "lang": "es",
    "sender": CANDIDATE, "to": [("Agustina Ledesma", "agustina.ledesma@chasqui.example.ar")],
    "subject": "Consulta - Analista de Riesgo Operacional",
    "date": "2026-03-16 10:02 -0300", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "msgid": "<sfw.followup.chasqui.0316@example.ar>",
    "in_reply_to": "<20260219.chasqui.invite@chasqui.example.ar>",
    "text": """Hola Agus, ¿cómo estás?

Te escribo para saber si hubo novedades después de la entrevista del viernes 27 con Facundo. Me quedé muy contento con la charla y con el caso práctico, y sigo muy interesado en la posición.

Si necesitan alguna referencia o información adicional, decime y te la mando.

¡Gracias!
Santiago Ferreyra-Walsh
+54 9 11 5555 0187""",
    "mailer": "gmail",
    "company": "", "contact": ""})

_THANKS_BRIO = """Estimada Soledad:

Quería agradecerle a usted y al Cr. Rodríguez Larreta por el tiempo de ayer. Fue una conversación muy enriquecedora, en especial la parte sobre el plan de continuidad de negocio y las pruebas con los proveedores críticos.

Me quedo muy motivado con el desafío y con la posibilidad de mudarme a Montevideo. Quedo atento a los próximos pasos y a disposición para enviar cualquier documentación que necesiten.

Saludos cordiales,
Santiago Ferreyra-Walsh"""

MESSAGES.append({
    "scenario": "enviado_agradecimiento_brio", "kind": "other", "lang": "es",
    "sender": CANDIDATE, "to": [("Soledad Bentancor", "sbentancor@brio.example.uy")],
    "subject": "Gracias por la entrevista",
    "date": "2026-06-24 09:15 -0300", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "msgid": "<sfw.gracias.brio.0624@example.ar>",
    "text": _THANKS_BRIO, "html": gmail_html(_THANKS_BRIO),
    "mailer": "gmail",
    "company": "", "contact": ""})

MESSAGES.append({
    "scenario": "enviado_espontanea_cv", "kind": "other", "lang": "es",
    "sender": CANDIDATE, "to": [("", "rrhh@bra-auditores.example.ar")],
    "subject": "Presentación espontánea - Santiago Ferreyra-Walsh",
    "date": "2026-01-14 09:40 -0300", "structure": "mixed", "charset": "utf-8", "cte": "quoted-printable",
    "msgid": "<spont.bra.20260114@example.ar>",
    "text": """Buenos días:

Me pongo en contacto para acercarles mi CV. Soy contador público (UBA) con seis años de experiencia en auditoría externa, los últimos tres como semi senior en entidades financieras. Me interesaría sumarme a su equipo de consultoría en riesgos.

Quedo a disposición para una entrevista.

Saludos,
Santiago Ferreyra-Walsh""",
    "attachments": [{"type": "pdf", "filename": "CV_Santiago_Ferreyra-Walsh.pdf", "title": "Curriculum vitae",
                      "lines": ["SANTIAGO FERREYRA-WALSH", "Contador Publico (UBA) - Buenos Aires",
                             "santi.fw@example.ar - +54 9 11 5555 0187", "",
                             "2020-2026  Auditor semi senior, entidades financieras",
                             "2018-2020  Asistente de auditoria", "",
                             "Idiomas: espanol, ingles (C2), aleman (C1), frances (B2)"]}],
    "mailer": "gmail",
    "company": "", "contact": ""})

MESSAGES.append({
    "scenario": "enviado_disculpas_kuanto", "kind": "other", "lang": "es",
    "sender": CANDIDATE, "to": [("Cristóbal Vergara", "cvergara@kuanto.example.cl")],
    "subject": "Re: ¿Todo bien?",
    "date": "2026-04-06 19:48 -0300", "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "in_reply_to": "<kuanto.cvergara.0406.meet@kuanto.example.cl>",
    "text": """Cristóbal, mil disculpas. Me confundí con el cambio de hora de Chile y me conecté a las 17 de acá, cuando ya no había nadie. Un error mío.

Si todavía es posible, me encantaría reprogramar la entrevista. Tengo disponibilidad toda la semana, a cualquier hora.

Gracias por la paciencia,
Santiago

""" + quote_gt("""Te estuvimos esperando en el Meet desde las 16:00 con la Fran, del equipo, pero no te conectaste. Ojo que el sábado cambió la hora acá en Chile, por si fue eso."""),
    "mailer": "gmail",
    "company": "", "contact": ""})

MESSAGES.append({
    "scenario": "sent_speculative_liffey", "kind": "other", "lang": "en",
    "sender": CANDIDATE, "to": [("Orla Brennan", "orla.brennan@liffeymutual.example.ie")],
    "subject": "Speculative application - risk & finance operations",
    "date": "2026-02-17 14:14 -0300", "structure": "mixed", "charset": "utf-8", "cte": "7bit",
    "msgid": "<spec.liffey.20260217@example.ar>",
    "text": """Dear Ms Brennan,

I am a chartered accountant (Contador Publico, UBA) with six years in audit and financial reporting, now moving into risk and operations for financial services. I will be relocating to Dublin in the summer and would be glad to be considered for any upcoming role in your Risk or Finance Operations teams.

I attach my CV and would welcome the chance to talk.

Kind regards,
Santiago Ferreyra-Walsh
+54 9 11 5555 0187""",
    "attachments": [{"type": "pdf", "filename": "Santiago_Ferreyra-Walsh_CV_EN.pdf", "title": "CV",
                      "lines": ["SANTIAGO FERREYRA-WALSH", "Chartered Accountant (Argentina) - Buenos Aires",
                             "santi.fw@example.ar", "", "Audit senior, financial institutions (2020-2026)",
                             "Languages: Spanish, English, German, French"]}],
    "mailer": "apple",
    "company": "", "contact": ""})

MESSAGES.append({
    "scenario": "sent_thank_you_valora", "kind": "other", "lang": "en",
    "sender": CANDIDATE, "to": [("Niamh Keane", "niamh.keane@valorapay.example.ie")],
    "subject": "Thank you - final panel today",
    "date": "2026-03-05 18:22 -0300", "structure": "plain", "charset": "utf-8", "cte": "7bit",
    "msgid": "<thanks.valora.20260305@example.ar>",
    "in_reply_to": "<invite.valora.7f3a@greenhouse-mail.io>",
    "text": """Hi Niamh,

Thank you for organising today's panel, and for switching it to Teams so smoothly at the last minute. Please pass on my thanks to Aoife and Rob. I really enjoyed working through the chargeback case with them, and the conversation made me even more keen on the role.

I look forward to hearing about next steps.

Best regards,
Santiago""",
    "mailer": "gmail",
    "company": "", "contact": ""})

MESSAGES.append({
    "scenario": "sent_declining_offer", "kind": "other", "lang": "en",
    "sender": CANDIDATE, "to": [("Maria Castellanos", "maria.castellanos@firstbiscayne.example.com")],
    "subject": "Re: Offer - Risk & Controls Associate",
    "date": "2026-05-20 20:10 -0300", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "in_reply_to": "<20260512170500.fbt.offer@firstbiscayne.example.com>",
    "text": """Dear Maria,

Thank you again for the offer and for the kindness of the whole team throughout the process.

After a lot of thought, and mostly because the visa timeline would leave me without work until late in the year, I have decided to decline the offer. It was not an easy decision, and I hope our paths cross again.

With my best regards to Gregory, Yesenia and Daniel,
Santiago Ferreyra-Walsh

""" + quote_gt("""Further to our call this afternoon, I am delighted to confirm in writing the verbal offer I extended to you for the position of Risk & Controls Associate at First Biscayne Trust."""),
    "mailer": "gmail",
    "company": "", "contact": ""})

# ================================================================================================
# newsletters, alerts, career advice
# ================================================================================================

_FR_ITEMS = [
    ("Me rechazaron después de la tercera entrevista: qué aprendí",
     "Una analista de riesgo cuenta cómo transformó un \"lamentablemente no vamos a avanzar\" en su próxima oferta.",
     "https://fintechrioplatense.example.ar/notas/rechazo-tercera-entrevista"),
    ("El BCRA y las nuevas reglas para billeteras virtuales",
     "Qué cambia para los equipos de cumplimiento y de riesgo operacional en 2026.",
     "https://fintechrioplatense.example.ar/notas/bcra-billeteras-2026"),
    ("Entrevistas técnicas en fintech: el caso de conciliación",
     "Cinco errores que vemos una y otra vez cuando los candidatos resuelven el clásico caso en Excel.",
     "https://fintechrioplatense.example.ar/notas/caso-conciliacion"),
    ("Búsquedas abiertas de la semana",
     "Analista de fraude en Córdoba, Jefe de riesgos en Montevideo, Controller en Santiago y 14 más.",
     "https://fintechrioplatense.example.ar/empleos"),
]
_FR_INTRO = "¡Hola! Esta semana hablamos de rechazos, de entrevistas y de regulación. Como siempre, al final te dejamos las búsquedas abiertas del ecosistema."
_FR_FOOT = "Fintech Rioplatense es un newsletter independiente. Recibís este correo porque te suscribiste en fintechrioplatense.example.ar. Av. Santa Fe 2450, CABA."

MESSAGES.append({
    "scenario": "newsletter_fintech_rioplatense", "kind": "other", "lang": "es",
    "sender": ("Fintech Rioplatense", "newsletter@fintechrioplatense.example.ar"),
    "subject": "#112 · Rechazado en la tercera entrevista (y lo que vino después)",
    "date": "2026-05-09 08:00 -0300", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "text": newsletter_text(title="Fintech Rioplatense #112", intro=_FR_INTRO, items=_FR_ITEMS,
                         footer=_FR_FOOT, unsubscribe="https://fintechrioplatense.example.ar/baja?id=4410"),
    "html": newsletter_html(title="Fintech Rioplatense #112", intro=_FR_INTRO, items=_FR_ITEMS,
                         footer=_FR_FOOT, tracker="click.mlsend.example.com",
                         unsubscribe="https://fintechrioplatense.example.ar/baja?id=4410",
                         accent="#0d3b66", logo="fintechrioplatense.example.ar/logo.png", seed="x-fr"),
    "headers": [("List-Id", "Fintech Rioplatense <semanal.fintechrioplatense.example.ar>"),
             ("List-Unsubscribe", "<https://fintechrioplatense.example.ar/baja?id=4410>, <mailto:baja@fintechrioplatense.example.ar>"),
             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")],
    "company": "", "contact": ""})

_ALERTA = """Hola Santiago, estos son los nuevos avisos para tu alerta **"analista de riesgo" en Buenos Aires y Córdoba**:

- [[Analista de Riesgo Crediticio Sr. – Banco del Interior – Córdoba|https://www.empleosya.example.ar/empleos/8812231]]
- [[Analista de Fraude y Prevención – Billetera Kamba – CABA (híbrido)|https://www.empleosya.example.ar/empleos/8812415]]
- [[Analista de Riesgo Operacional – Aseguradora líder – CABA|https://www.empleosya.example.ar/empleos/8812502]]
- [[Auditor Interno SSr – Cooperativa de crédito – Rosario|https://www.empleosya.example.ar/empleos/8812577]]
- [[Oficial de Cumplimiento PLA/FT – Agente de Liquidación – CABA|https://www.empleosya.example.ar/empleos/8812690]]

¡Postulate antes que el resto! Los avisos nuevos reciben el 60 % de las postulaciones en las primeras 48 horas.

[[Ver los 12 avisos nuevos|https://www.empleosya.example.ar/alertas/riesgo-ba-cba]]"""

MESSAGES.append({
    "scenario": "alertas_empleosya", "kind": "other", "lang": "es",
    "sender": ("EmpleosYa Alertas", "alertas@mail.empleosya.example.ar"),
    "subject": "12 nuevos empleos de \"analista de riesgo\" para vos",
    "date": "2026-02-16 07:30 -0300", "structure": "html", "charset": "utf-8", "cte": "base64",
    "html": ats_card(_ALERTA, brand="EmpleosYa", logo="empleosya.example.ar/mail/logo.png", accent="#ff6a00",
                  tracker="clicks.empleosya.example.ar", seed="x-alerta",
                  unsubscribe="https://www.empleosya.example.ar/alertas/baja?a=77120",
                  footer="EmpleosYa - Av. Córdoba 1351, CABA. Recibís esta alerta porque la creaste en EmpleosYa. Para dejar de recibirla, date de baja."),
    "headers": [("List-Id", "Alertas EmpleosYa <alertas.empleosya.example.ar>"),
             ("List-Unsubscribe", "<https://www.empleosya.example.ar/alertas/baja?a=77120>"),
             ("Precedence", "bulk")],
    "company": "", "contact": ""})

_ARTICULO = """**¿Faltaste a una entrevista? Qué hacer en las próximas 24 horas**

Te quedaste dormido, se cortó internet, confundiste el huso horario... Perder una entrevista le pasa a más gente de la que creés. Lo importante es cómo reaccionás.

1. Escribí cuanto antes. Un mail breve, sin excusas largas: pedí disculpas, explicá en una línea qué pasó y ofrecé dos o tres horarios nuevos.

2. No llames diez veces. Un llamado y un mail alcanzan.

3. Si la empresa te responde que no va a reprogramar, aceptalo con elegancia. El mundo de RR. HH. es chico.

[[Leer la nota completa|https://www.empleosya.example.ar/blog/falte-a-una-entrevista]]

**También en el blog:** [[Cómo responder a un mail de rechazo|https://www.empleosya.example.ar/blog/responder-rechazo]] · [[Preguntas para hacer al final de la entrevista|https://www.empleosya.example.ar/blog/preguntas-final]]"""

MESSAGES.append({
    "scenario": "articulo_faltaste_entrevista", "kind": "other", "lang": "es",
    "sender": ("Blog de EmpleosYa", "blog@mail.empleosya.example.ar"),
    "subject": "¿Faltaste a una entrevista? Esto es lo que tenés que hacer",
    "date": "2026-04-12 10:00 -0300", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": ats_card(_ARTICULO, brand="EmpleosYa Blog", logo="empleosya.example.ar/mail/blog.png", accent="#ff6a00",
                  tracker="clicks.empleosya.example.ar", seed="x-blog",
                  unsubscribe="https://www.empleosya.example.ar/newsletter/baja?n=blog",
                  footer="Recibís este newsletter porque te suscribiste a los consejos de carrera de EmpleosYa. Para darte de baja hacé clic abajo."),
    "headers": [("List-Id", "Consejos de carrera <blog.empleosya.example.ar>"),
             ("List-Unsubscribe", "<https://www.empleosya.example.ar/newsletter/baja?n=blog>"),
             ("Precedence", "bulk")],
    "company": "", "contact": ""})

_WEBINAR_ES = """Hola Santiago:

**Última semana con 30 % de descuento** en la Diplomatura en Gestión de Riesgo Operacional y Fraude (modalidad online, inicio 2 de junio).

Esta oferta vence el domingo. Incluye:
- 12 módulos con casos reales de bancos y fintechs
- Simulacro de entrevista técnica con un gerente de riesgos
- Bolsa de empleo exclusiva para egresados

[[Quiero inscribirme con descuento|https://www.iarf.example.ar/diplomatura-riesgo?cupon=MAYO30]]

Instituto Argentino de Riesgo Financiero"""

MESSAGES.append({
    "scenario": "curso_oferta_descuento", "kind": "other", "lang": "es",
    "sender": ("IARF - Instituto Argentino de Riesgo Financiero", "novedades@iarf.example.ar"),
    "subject": "🔥 Oferta: 30% OFF en la Diplomatura en Riesgo Operacional",
    "date": "2026-05-21 12:00 -0300", "structure": "html", "charset": "utf-8", "cte": "base64",
    "html": ats_card(_WEBINAR_ES, brand="IARF", logo="iarf.example.ar/img/logo.png", accent="#8e24aa",
                  tracker="iarf.ct.sendmail.example.com", seed="x-iarf",
                  unsubscribe="https://www.iarf.example.ar/baja?u=sfw",
                  footer="IARF · Uruguay 1112, CABA. Recibís este correo porque participaste de un webinar del Instituto. Si no querés recibir más novedades, date de baja."),
    "headers": [("List-Unsubscribe", "<https://www.iarf.example.ar/baja?u=sfw>"), ("Precedence", "bulk")],
    "company": "", "contact": ""})

_COLEGIO = """Estimado/a matriculado/a:

Le recordamos que el **30 de junio** vence la cuota anual del derecho de ejercicio profesional 2026. Puede abonarla con tarjeta, débito automático o transferencia desde [[la autogestión|https://autogestion.colegiograduados.example.ar]].

**Bolsa de trabajo:** esta semana se publicaron 23 nuevas búsquedas para graduados en Ciencias Económicas, entre ellas Analista de Riesgos (entidad financiera) y Auditor Senior (estudio contable). [[Ver búsquedas|https://www.colegiograduados.example.ar/bolsa]]

Colegio de Graduados en Ciencias Económicas"""

MESSAGES.append({
    "scenario": "colegio_cuota_bolsa", "kind": "other", "lang": "es",
    "sender": ("Colegio de Graduados en Cs. Económicas", "comunicaciones@colegiograduados.example.ar"),
    "subject": "Vencimiento cuota anual 2026 y novedades de la Bolsa de Trabajo",
    "date": "2026-06-15 09:00 -0300", "structure": "html", "charset": "iso-8859-1", "cte": "quoted-printable",
    "hdr_charset": "iso-8859-1",
    "html": plain_html(_COLEGIO + """

Este mensaje fue enviado a los matriculados del Colegio. Para dejar de recibir comunicaciones, escriba a bajas@colegiograduados.example.ar.""", font="Tahoma,sans-serif"),
    "headers": [("Precedence", "bulk")],
    "company": "", "contact": ""})

MESSAGES.append({
    "scenario": "grupo_contadores_digest", "kind": "other", "lang": "es",
    "sender": ("Contadores en Fintech AR", "contadores-fintech@grupos.example.ar"),
    "to": [("Contadores en Fintech AR", "contadores-fintech@grupos.example.ar")],
    "subject": "Resumen de contadores-fintech@grupos.example.ar - 4 actualizaciones en 3 temas",
    "date": "2026-03-11 04:12 -0300", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "text": """contadores-fintech@grupos.example.ar - resumen diario

Temas del día:
  * ¿Alguien entrevistó en Interpagos? - 2 actualizaciones
  * Me rechazaron en PampaPay, ¿piden experiencia en fraude sí o sí? - 1 actualización
  * Curso de SQL para no programadores - 1 actualización

----------------------------------------------------------------------
Tema: ¿Alguien entrevistó en Interpagos?

    Nicolás P. <nico.paz@correo.example.ar>: Mar 10 02:41PM -0300

    Me llamaron para una entrevista técnica de conciliaciones. ¿Qué tan
    difícil es el caso en Excel? ¿Piden macros?

    Florencia D. <flor.d@correo.example.ar>: Mar 10 05:58PM -0300

    Fui el año pasado. Tablas dinámicas y buscarv, nada raro. Llevá tu
    propia compu.

----------------------------------------------------------------------
Tema: Me rechazaron en PampaPay, ¿piden experiencia en fraude sí o sí?

    Gastón R. <gaston.r@correo.example.ar>: Mar 10 09:15PM -0300

    Me mandaron el típico "vamos a seguir con otros perfiles". Vengo de
    auditoría como muchos acá. ¿A alguien le pasó lo mismo?

----------------------------------------------------------------------
Tema: Curso de SQL para no programadores

    Martina L. <martina.l@correo.example.ar>: Mar 10 11:03PM -0300

    Recomiendo el de la UTN, son 8 clases y te alcanza para las
    entrevistas de fintech.

----------------------------------------------------------------------
Recibiste este resumen porque estás suscripto al grupo "Contadores en Fintech AR".
Para cancelar la suscripción, enviá un mail a contadores-fintech+unsubscribe@grupos.example.ar""",
    "headers": [("List-Id", "<contadores-fintech.grupos.example.ar>"),
             ("List-Unsubscribe", "<mailto:contadores-fintech+unsubscribe@grupos.example.ar>"),
             ("List-Post", "<mailto:contadores-fintech@grupos.example.ar>"),
             ("Precedence", "list")],
    "company": "", "contact": ""})

_RCW_ITEMS = [
    ("Rejected after the final round? Here's what to do next",
     "Three hiring managers explain what \"we've decided to move forward with other candidates\" really means - and when it's worth asking for feedback.",
     "https://riskopsweekly.example.com/p/rejected-final-round"),
    ("The RCSA case interview, decoded",
     "A step-by-step walkthrough of the risk and control self-assessment case most payments firms now use in interviews.",
     "https://riskopsweekly.example.com/p/rcsa-case"),
    ("Missed an interview? How recruiters actually react",
     "We surveyed 140 recruiters. Most will rebook once - if you write within a day.",
     "https://riskopsweekly.example.com/p/missed-interview-survey"),
    ("Jobs board: 38 open risk roles",
     "Dublin, Madrid, Miami and remote LatAm, from analyst to head of.",
     "https://riskopsweekly.example.com/jobs"),
]

MESSAGES.append({
    "scenario": "newsletter_risk_ops_weekly", "kind": "other", "lang": "en",
    "sender": ("Risk Ops Weekly", "editor@riskopsweekly.example.com"),
    "subject": "Rejected after the final round? | Risk Ops Weekly #87",
    "date": "2026-04-02 13:00 +0100", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "text": newsletter_text(title="Risk Ops Weekly #87", intro="Hi there - this week is all about the hard parts of a job search in risk: rejections, case interviews and the interview you slept through. Plus 38 open roles.",
                         items=_RCW_ITEMS, footer="Risk Ops Weekly · 3 Grand Canal Plaza, Dublin 4, Ireland.",
                         unsubscribe="https://riskopsweekly.example.com/unsubscribe?s=a81f"),
    "html": newsletter_html(title="Risk Ops Weekly #87", intro="Hi there - this week is all about the hard parts of a job search in risk: rejections, case interviews and the interview you slept through. Plus 38 open roles.",
                         items=_RCW_ITEMS, footer="Risk Ops Weekly · 3 Grand Canal Plaza, Dublin 4, Ireland. You are receiving this because you subscribed at riskopsweekly.example.com.",
                         tracker="link.riskopsweekly.example.com", unsubscribe="https://riskopsweekly.example.com/unsubscribe?s=a81f",
                         accent="#14532d", logo="riskopsweekly.example.com/logo-white.png", seed="x-row"),
    "headers": [("List-Id", "Risk Ops Weekly <weekly.riskopsweekly.example.com>"),
             ("List-Unsubscribe", "<https://riskopsweekly.example.com/unsubscribe?s=a81f>"),
             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")],
    "company": "", "contact": ""})

_IJH = """**9 new jobs** match your alert *risk analyst · Dublin*

- [[Operational Risk Analyst – Harbour & Quay Bank – Dublin 1|https://www.irishjobshub.example.ie/job/551203]]
- [[Fraud Analyst (Payments) – Valora Payments – Dublin 2|https://www.irishjobshub.example.ie/job/551288]]
- [[Credit Risk Associate – Emerald Bank – Dublin 4|https://www.irishjobshub.example.ie/job/551301]]
- [[Risk & Compliance Officer – Tangram Risk – Dublin 2|https://www.irishjobshub.example.ie/job/551344]]
- [[Senior Risk Analyst, Insurance – Liffey Mutual – Dublin 7|https://www.irishjobshub.example.ie/job/551390]]

[[See all 9 jobs|https://www.irishjobshub.example.ie/alerts/88411]]

Tip: employers are 3x more likely to view applications sent within the first two days."""

MESSAGES.append({
    "scenario": "irishjobs_alert_digest", "kind": "other", "lang": "en",
    "sender": ("IrishJobsHub Job Alerts", "alerts@irishjobshub.example.ie"),
    "subject": "9 new jobs for risk analyst in Dublin",
    "date": "2026-06-06 06:05 +0100", "structure": "alt", "charset": "utf-8", "cte": "base64",
    "text": text_version(_IJH, 'IrishJobsHub Ltd, Dublin 2. Unsubscribe: https://www.irishjobshub.example.ie/alerts/88411/unsubscribe'),
    "html": ats_card(_IJH, brand="IrishJobsHub", logo="irishjobshub.example.ie/img/logo.png", accent="#16a34a",
                  tracker="trk.irishjobshub.example.ie", seed="x-ijh",
                  unsubscribe="https://www.irishjobshub.example.ie/alerts/88411/unsubscribe",
                  footer="IrishJobsHub Ltd, Registered in Ireland No. 512998, 1 Windmill Lane, Dublin 2. You set up this alert on IrishJobsHub."),
    "headers": [("List-Id", "IrishJobsHub alerts <alerts.irishjobshub.example.ie>"),
             ("List-Unsubscribe", "<https://www.irishjobshub.example.ie/alerts/88411/unsubscribe>"),
             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")],
    "company": "", "contact": ""})

_WEB_EN = """Hi Santiago,

Join us live on **Wednesday, June 17 at 12:00 pm ET** for *Acing the Operational Risk Interview*, a free 60-minute webinar with three heads of risk from Miami and New York.

We'll cover:
- How panels score scenario questions
- What to say when you're asked about a loss event you missed
- Turning a rejection into a referral

[[Save my seat|https://events.riskcareers.example.com/webinars/or-interview]]

Can't make it live? Register anyway and we'll send you the recording.

Risk Careers Institute"""

MESSAGES.append({
    "scenario": "webinar_interviewing_risk", "kind": "other", "lang": "en",
    "sender": ("Risk Careers Institute", "events@riskcareers.example.com"),
    "subject": "Free webinar: Acing the Operational Risk Interview",
    "date": "2026-06-09 11:30 -0400", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "text": as_text(_WEB_EN).replace("**", "").replace("*", "") + "\n\nRisk Careers Institute, 1200 Brickell Bay Dr, Miami, FL 33131\nUnsubscribe: https://events.riskcareers.example.com/unsubscribe?e=sfw\n",
    "html": ats_card(_WEB_EN.replace("*Acing the Operational Risk Interview*", "Acing the Operational Risk Interview"),
                  brand="Risk Careers Institute", logo="riskcareers.example.com/logo.png",
                  accent="#b45309", tracker="events.riskcareers.example.com", seed="x-rci",
                  unsubscribe="https://events.riskcareers.example.com/unsubscribe?e=sfw",
                  footer="Risk Careers Institute, 1200 Brickell Bay Dr, Miami, FL 33131. You're receiving this because you attended one of our events."),
    "headers": [("List-Unsubscribe", "<https://events.riskcareers.example.com/unsubscribe?e=sfw>"), ("Precedence", "bulk")],
    "company": "", "contact": ""})

_CERT = """Congratulations, Santiago!

You've completed **Operational Risk Fundamentals** with a final score of 91%.

Your certificate is ready to download and share. Add it to your profile so recruiters can see it - learners who display certificates get up to 2x more interview invitations.

[[Download certificate|https://learn.finriskacademy.example.com/certificates/ORF-2026-55810]]
[[Share on ProLink|https://learn.finriskacademy.example.com/share/ORF-2026-55810]]

Keep learning: *Fraud Analytics with SQL* starts July 6."""

MESSAGES.append({
    "scenario": "course_certificate_ready", "kind": "other", "lang": "en",
    "sender": ("FinRisk Academy", "no-reply@finriskacademy.example.com"),
    "subject": "Your certificate is ready 🎓",
    "date": "2026-06-27 15:02 +0000", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": ats_card(_CERT, brand="FinRisk Academy", logo="finriskacademy.example.com/logo.png", accent="#1e40af",
                  tracker="learn.finriskacademy.example.com", seed="x-cert",
                  footer="FinRisk Academy · 20 Harcourt St, Dublin 2 · Do not reply to this email."),
    "company": "", "contact": ""})

_FWB = [
    ("Absage nach dem Vorstellungsgespräch – was nun?",
     "Warum sich Nachfragen lohnt und wie Sie aus einer Absage eine Empfehlung machen.",
     "https://fintech-wochenbrief.example.com/artikel/absage-was-nun"),
    ("Im Interview: Dr. Henrike Lassen, CEO der ZahlWerk AG",
     "Über das Madrider Risikozentrum, Instant Payments und den Fachkräftemangel.",
     "https://fintech-wochenbrief.example.com/interview/lassen-zahlwerk"),
    ("Stellenmarkt: 27 neue Jobs im Risikomanagement",
     "Berlin, Frankfurt, Madrid und remote.",
     "https://fintech-wochenbrief.example.com/jobs"),
]

MESSAGES.append({
    "scenario": "wochenbrief_absage_interview", "kind": "other", "lang": "de",
    "sender": ("FinTech Wochenbrief", "newsletter@fintech-wochenbrief.example.com"),
    "subject": "Absage – was nun? | Interview mit der ZahlWerk-Chefin | 27 neue Jobs",
    "date": "2026-03-27 07:00 +0100", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": newsletter_html(title="FinTech Wochenbrief", intro="Guten Morgen! Diese Woche: wie man mit einer Absage umgeht, ein ausführliches Interview mit Henrike Lassen und der Stellenmarkt.",
                         items=_FWB, footer="FinTech Wochenbrief · Medienhaus Kanal GmbH · Schlesische Str. 28 · 10997 Berlin · Geschäftsführer: Ole Dreyer · Amtsgericht Charlottenburg HRB 188012 B",
                         tracker="t.fintech-wochenbrief.example.com", unsubscribe="https://fintech-wochenbrief.example.com/abmelden?id=5521",
                         accent="#1f2937", logo="fintech-wochenbrief.example.com/logo.png", seed="x-fwb"),
    "headers": [("List-Id", "FinTech Wochenbrief <wochenbrief.fintech-wochenbrief.example.com>"),
             ("List-Unsubscribe", "<https://fintech-wochenbrief.example.com/abmelden?id=5521>"),
             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")],
    "company": "", "contact": ""})

_AF_COURS = """Bonjour Santiago,

Vous préparez des entretiens d'embauche en français ? Notre atelier intensif **« Réussir son entretien en français »** revient en septembre : quatre samedis matin pour travailler la présentation, les questions pièges et la négociation d'une offre.

Places limitées à 12 participants. **Offre spéciale membres : -20 % jusqu'au 31 août.**

[[Je m'inscris|https://www.afba.example.ar/cours/atelier-entretien]]

Alliance Française de Buenos Aires"""

MESSAGES.append({
    "scenario": "alliance_atelier_entretien", "kind": "other", "lang": "fr",
    "sender": ("Alliance Française de Buenos Aires", "info@afba.example.ar"),
    "subject": "Atelier « Réussir son entretien en français » – rentrée de septembre",
    "date": "2026-08-11 10:30 -0300", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": ats_card(_AF_COURS, brand="Alliance Française de Buenos Aires", logo="afba.example.ar/img/logo.png",
                  accent="#d62828", tracker="news.afba.example.ar", seed="x-af",
                  unsubscribe="https://www.afba.example.ar/desinscription?m=sfw",
                  footer="Alliance Française de Buenos Aires · Av. Córdoba 946, CABA. Vous recevez ce message en tant que membre. Pour ne plus recevoir nos actualités, désinscrivez-vous."),
    "headers": [("List-Unsubscribe", "<https://www.afba.example.ar/desinscription?m=sfw>"), ("Precedence", "bulk")],
    "company": "", "contact": ""})

# ================================================================================================
# other meanings of the words
# ================================================================================================

MESSAGES.append({
    "scenario": "podcast_numeros_y_cafe", "kind": "other", "lang": "es",
    "sender": ("Pilar Echeverría", "pilar@numerosycafe.example.ar"),
    "subject": "Invitación al podcast Números y Café",
    "date": "2026-07-22 16:05 -0300", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Hola Santiago, ¿cómo estás?

Soy Pilar, conduzco Números y Café, un podcast sobre contadores que hacen cosas raras (en el buen sentido). Te escuché en el panel del Colegio sobre auditoría y fintech y me quedé con ganas de más.

¿Te gustaría que te hagamos una entrevista para un episodio? Serían unos 40 minutos, grabamos en un estudio en Palermo o por Zoom, como te quede más cómodo. La idea es charlar sobre cómo es pasar de la auditoría al mundo de riesgo en fintech, qué te sirvió y qué no.

Si te copa, pasame dos o tres días que puedas en agosto.

¡Gracias!
Pilar Echeverría
Números y Café · podcast
IG: @numerosycafe""",
    "company": "", "contact": "pilar@numerosycafe.example.ar"})

MESSAGES.append({
    "scenario": "periodista_nota_fintech", "kind": "other", "lang": "es",
    "sender": ("Ramiro Gallardo", "rgallardo@cronistadelsur.example.ar"),
    "subject": "Consulta periodística - contadores en fintech",
    "date": "2026-09-02 12:48 -0300", "structure": "plain", "charset": "iso-8859-1", "cte": "quoted-printable",
    "hdr_charset": "iso-8859-1",
    "text": """Estimado Santiago:

Soy periodista de la sección Economía de El Cronista del Sur. Estoy preparando una nota sobre profesionales de Ciencias Económicas que se pasan a empresas fintech y a bancos del exterior, y Pilar Echeverría me pasó su contacto.

¿Podría hacerle una entrevista breve, de unos 20 minutos, por teléfono o videollamada esta semana? No hace falta que mencione empresas con nombre si prefiere no hacerlo.

Quedo atento. Muchas gracias.

Ramiro Gallardo
Redactor - Economía
El Cronista del Sur
Tel. (011) 5555-0900 int. 314""",
    "company": "", "contact": "rgallardo@cronistadelsur.example.ar"})

_UX = """¡Hola Santiago!

Queremos mejorar la app de PampaPay y nos encantaría escucharte. Buscamos personas que usen la app para pagar servicios y transferir entre cuentas.

**¿Nos regalás 30 minutos para una entrevista por videollamada?** Vas a charlar con alguien de nuestro equipo de Diseño sobre cómo usás la app. No hay respuestas correctas ni incorrectas.

Como agradecimiento, te acreditamos **$ 20.000** en tu cuenta PampaPay.

[[Elegir horario para la entrevista|https://research.pampapay.example.ar/agenda?p=uxr-0419]]

Equipo de Research de PampaPay"""

MESSAGES.append({
    "scenario": "investigacion_usuarios_app", "kind": "other", "lang": "es",
    "sender": ("PampaPay Research", "research-noreply@pampapay.example.ar"),
    "subject": "¿Nos ayudás a mejorar la app? 30 min y te regalamos $20.000",
    "date": "2026-04-19 11:00 -0300", "structure": "html", "charset": "utf-8", "cte": "base64",
    "html": ats_card(_UX, brand="PampaPay", logo="pampapay.example.ar/mail/logo.png", accent="#19b38a",
                  tracker="mkt.pampapay.example.ar", seed="x-ux",
                  unsubscribe="https://pampapay.example.ar/preferencias?baja=research",
                  footer="Pampa Pagos S.A. · Av. del Libertador 6680, CABA. Recibís este correo porque sos usuario de PampaPay. Para darte de baja de las invitaciones a investigaciones, hacé clic abajo."),
    "headers": [("List-Unsubscribe", "<https://pampapay.example.ar/preferencias?baja=research>")],
    "company": "", "contact": ""})

MESSAGES.append({
    "scenario": "user_research_payments_app", "kind": "other", "lang": "en",
    "sender": ("Priya Raman", "priya.raman@fieldworkinsights.example.com"),
    "subject": "Research interview - cross-border payments ($75 thank-you)",
    "date": "2026-07-16 10:20 -0400", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Hi Santiago,

I'm a UX researcher at Fieldwork Insights. We're running a study for a client on how people in Latin America send money abroad, and your screener answers look like a great fit.

Would you be up for a 45-minute research interview over Zoom next week? We'd ask about the last few times you moved money between Argentina and Europe, and show you a couple of early prototypes. There's no selling involved, and you'll receive a $75 gift card as a thank-you.

If you're interested, just reply with a couple of times that work (I'm on Eastern time) and I'll send a consent form and the link.

Thanks!
Priya

Priya Raman
Senior UX Researcher, Fieldwork Insights""",
    "company": "", "contact": "priya.raman@fieldworkinsights.example.com"})

MESSAGES.append({
    "scenario": "podcast_guest_invite", "kind": "other", "lang": "en",
    "sender": ("Jordan Pike", "jordan@fintechfrontier.example.com"),
    "subject": "Fintech Frontier podcast - would you come on as a guest?",
    "date": "2026-09-17 14:33 -0400", "structure": "plain", "charset": "us-ascii", "cte": "7bit",
    "text": """Hey Santiago,

Jordan here, host of Fintech Frontier (we're a weekly show out of Miami, about 12k listeners, mostly founders and risk folks). Cathal Moran mentioned you'd be a good guest.

We're doing a mini-series on people switching into fintech from traditional finance, and I'd love to interview you for an episode: how an auditor ends up in payments risk, what surprised you in interviews, what you'd tell someone making the move.

Recording is remote, about 45 minutes, and we send you questions in advance. Any chance you're free in the first two weeks of October?

Cheers,
Jordan Pike
Fintech Frontier | fintechfrontier.example.com""",
    "company": "", "contact": "jordan@fintechfrontier.example.com"})

MESSAGES.append({
    "scenario": "alumni_magazin_interview", "kind": "other", "lang": "de",
    "sender": ("Sabine Krüger", "s.krueger@humboldt-alumni.example.ar"),
    "subject": "Interview für die Ehemaligen-Zeitschrift?",
    "date": "2026-08-19 13:10 -0300", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Lieber Santiago,

ich hoffe, es geht dir gut! Ich betreue gerade die neue Ausgabe von „Brücken“, unserer Zeitschrift für die Ehemaligen des Colegio Humboldt.

Das Schwerpunktthema sind diesmal Berufswege zwischen Argentinien und Europa, und dein Name ist beim letzten Jahrgangstreffen gefallen. Hättest du Lust auf ein kurzes Interview? Wir können uns auf einen Kaffee in Belgrano treffen oder per Video sprechen, etwa eine halbe Stunde. Ein Foto von dir bräuchten wir auch.

Redaktionsschluss ist der 15. September.

Herzliche Grüße
Sabine

Sabine Krüger
Redaktion „Brücken“ · Verein der Ehemaligen des Colegio Humboldt""",
    "company": "", "contact": "s.krueger@humboldt-alumni.example.ar"})

_RUMBO = """**Martina está viendo tu posición en tiempo real**

Compartiste tu ubicación con Martina F. durante tu viaje a **Aeroparque Jorge Newbery**.

Tu posición se actualiza cada 30 segundos hasta que llegues a destino o dejes de compartir.

[[Dejar de compartir|https://rumbo-app.example.com/share/stop?t=a19f]]

Llegada estimada: 07:42 · Tránsito moderado en Av. Costanera

Rumbo – navegación en tiempo real"""

MESSAGES.append({
    "scenario": "gps_posicion_compartida", "kind": "other", "lang": "es",
    "sender": ("Rumbo", "no-reply@rumbo-app.example.com"),
    "subject": "Tu posición se está compartiendo con Martina",
    "date": "2026-06-22 07:18 -0300", "structure": "html", "charset": "utf-8", "cte": "base64",
    "html": ats_card(_RUMBO, brand="Rumbo", logo="rumbo-app.example.com/img/logo.png", accent="#00a86b",
                  tracker="t.rumbo-app.example.com", seed="x-rumbo",
                  footer="Rumbo Mobility Inc. Recibís este correo porque activaste el aviso de ubicación compartida. No respondas a este mensaje."),
    "company": "", "contact": ""})

MESSAGES.append({
    "scenario": "fila_virtual_posicion", "kind": "other", "lang": "es",
    "sender": ("Turnos Migraciones", "filavirtual-noreply@turnos.migraciones.example.ar"),
    "subject": "Tu posición en la fila virtual: 38",
    "date": "2026-02-04 08:06 -0300", "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "text": """Hola SANTIAGO FERREYRA-WALSH:

Ingresaste a la fila virtual para el trámite PASAPORTE - RENOVACIÓN (Sede Centro).

Tu posición actual en la fila: 38
Tiempo estimado de espera: 55 minutos

Cuando falten 5 personas te vamos a enviar un SMS para que te acerques al mostrador. Si perdés tu posición, vas a tener que volver a sacar número.

Este es un mensaje automático, no lo respondas.
Dirección de Turnos - Migraciones""",
    "company": "", "contact": ""})

_CORREO = """Hola Santiago:

**Lamentablemente tu envío está demorado.**

Envío: CA 018 554 219 AR
Remitente: Librería Técnica del Centro
Contenido declarado: libros (1)

Por una demora en el centro de distribución de Monte Grande, el envío llegará con un retraso de 3 a 5 días hábiles. Nueva fecha estimada de entrega: **martes 30 de junio**.

[[Seguir mi envío|https://www.correoandino.example.ar/seguimiento?n=CA018554219AR]]

No es necesario que hagas nada. Disculpá las molestias.

Correo Andino"""

MESSAGES.append({
    "scenario": "paquete_demorado", "kind": "other", "lang": "es",
    "sender": ("Correo Andino", "avisos@correoandino.example.ar"),
    "subject": "Tu envío CA018554219AR está demorado",
    "date": "2026-06-23 18:40 -0300", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": ats_card(_CORREO, brand="Correo Andino", logo="correoandino.example.ar/img/logo.png", accent="#facc15",
                  tracker="seg.correoandino.example.ar", seed="x-correo",
                  footer="Correo Andino S.A. · Este es un correo automático, no lo respondas. Consultas: 0800-555-2676."),
    "company": "", "contact": ""})

MESSAGES.append({
    "scenario": "package_delayed_en", "kind": "other", "lang": "en",
    "sender": ("ShipQuick", "updates@shipquick.example.com"),
    "subject": "Unfortunately, your package is delayed",
    "date": "2026-09-12 02:14 -0400", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": ats_card("""Hi Santiago,

Unfortunately, your package is delayed. We're sorry - it's now expected to arrive **Thursday, September 17**.

Order #112-5531-0098: *Operational Risk Management: A Practitioner's Guide* (paperback)
Shipping to: Buenos Aires, AR (international)

The delay is caused by customs processing. We'll keep you posted - no action is needed from you.

[[Track package|https://www.shipquick.example.com/track/SQ771203AR]]

Thanks for shopping with us.""".replace("*Operational Risk Management: A Practitioner's Guide*", "Operational Risk Management: A Practitioner's Guide"),
                  brand="ShipQuick", logo="shipquick.example.com/logo.png", accent="#232f3e",
                  tracker="t.shipquick.example.com", seed="x-shipquick",
                  footer="This email was sent from a notification-only address that cannot accept incoming email. ShipQuick LLC, 410 Terry Ave N, Seattle, WA 98109."),
    "company": "", "contact": ""})

_PRESTAMO = """Hola Santiago:

**Recibimos tu solicitud de Préstamo Personal.**

Número de solicitud: PP-2026-0831-44712
Monto solicitado: $ 6.000.000
Plazo: 36 cuotas

Nuestro equipo de Riesgo Crediticio va a analizar tu solicitud en las próximas 72 horas hábiles. Te vamos a avisar por este medio y en [[Home Banking|https://hb.bancofederalsur.example.ar]] el resultado.

Gracias por elegirnos.

Banco Federal Sur"""

MESSAGES.append({
    "scenario": "prestamo_solicitud_recibida", "kind": "other", "lang": "es",
    "sender": ("Banco Federal Sur", "notificaciones@bancofederalsur.example.ar"),
    "subject": "Recibimos tu solicitud de préstamo",
    "date": "2026-08-31 12:45 -0300", "structure": "html", "charset": "utf-8", "cte": "base64",
    "html": ats_card(_PRESTAMO, brand="Banco Federal Sur", logo="bancofederalsur.example.ar/mail/logo.png",
                  accent="#004a8f", tracker="comunicaciones.bancofederalsur.example.ar", seed="x-bfs",
                  footer="Banco Federal Sur S.A. nunca te va a pedir tus claves por correo. Este mensaje es automático: no lo respondas. Consultas: 0810-555-3327."),
    "company": "", "contact": ""})

MESSAGES.append({
    "scenario": "prestamo_no_aprobado", "kind": "other", "lang": "es",
    "sender": ("Banco Federal Sur", "notificaciones@bancofederalsur.example.ar"),
    "subject": "Resultado de tu solicitud PP-2026-0831-44712",
    "date": "2026-09-03 17:20 -0300", "structure": "plain", "charset": "iso-8859-1", "cte": "quoted-printable",
    "hdr_charset": "iso-8859-1",
    "text": """Hola Santiago:

Lamentablemente, tu solicitud de Préstamo Personal N° PP-2026-0831-44712 no fue aprobada en esta oportunidad.

La decisión se basa en la evaluación crediticia vigente (ingresos declarados y antigüedad laboral). Podés volver a solicitar un préstamo dentro de 90 días o consultar otras opciones en tu sucursal.

Este mensaje es automático. Por favor, no lo respondas.

Banco Federal Sur S.A.""",
    "company": "", "contact": ""})

MESSAGES.append({
    "scenario": "neobank_account_application", "kind": "other", "lang": "en",
    "sender": ("Emerald Bank", "hello@emeraldbank.example.ie"),
    "subject": "We've received your application",
    "date": "2026-07-27 09:12 +0100", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Hi Santiago,

Thanks for applying for an Emerald current account. We've received your application and your documents.

What happens next:
1. We verify your identity and your Irish address (usually within 2 working days).
2. If we need anything else, like a utility bill or a PPS number, we'll ask in the app.
3. Once approved, your debit card will be posted to your address in Dublin 8.

You don't need to do anything right now.

The Emerald team

Emerald Bank is a trading name of Emerald Digital Banking DAC, regulated by the Central Bank of Ireland.
Please don't reply to this email - we can't read replies. Chat to us in the app instead.""",
    "company": "", "contact": ""})

MESSAGES.append({
    "scenario": "immigration_application_received", "kind": "other", "lang": "en",
    "sender": ("Immigration Service Delivery", "isd-noreply@immigration.example.ie"),
    "subject": "Application received - Reference ISD/26/0771945",
    "date": "2026-06-19 15:31 +0100", "structure": "plain", "charset": "us-ascii", "cte": "7bit",
    "text": """Dear Applicant,

Your application has been received.

Application type: Employment Permit - Critical Skills (linked online registration)
Reference: ISD/26/0771945
Name: FERREYRA-WALSH, Santiago

Current processing times are displayed on our website. Please do not contact us about your application until the published processing time has passed.

Please quote your reference number in all correspondence.

This is an automated message. Replies to this mailbox are not monitored.

Immigration Service Delivery""",
    "headers": [("Auto-Submitted", "auto-generated")],
    "company": "", "contact": ""})

MESSAGES.append({
    "scenario": "dalf_inscription_recue", "kind": "other", "lang": "fr",
    "sender": ("Alliance Française - Examens", "examens-ne-pas-repondre@afba.example.ar"),
    "subject": "Votre inscription au DALF C1 a bien été reçue",
    "date": "2026-09-25 11:08 -0300", "structure": "plain", "charset": "iso-8859-1", "cte": "quoted-printable",
    "hdr_charset": "iso-8859-1",
    "text": """Bonjour Santiago FERREYRA-WALSH,

Nous avons bien reçu votre demande d'inscription à l'examen DALF C1 (session de novembre 2026).

Numéro de candidat : AFBA-C1-2026-0418
Épreuves collectives : samedi 14 novembre, 9 h
Épreuve orale : la convocation vous sera envoyée au plus tard une semaine avant la date

Votre inscription sera définitive après réception du paiement.

Ceci est un message automatique, merci de ne pas y répondre.

Service des examens
Alliance Française de Buenos Aires""",
    "company": "", "contact": ""})

MESSAGES.append({
    "scenario": "alquiler_valencia_rechazado", "kind": "other", "lang": "es",
    "sender": ("Nacho Bermejo", "nacho@ruzafapisos.example.es"),
    "subject": "Piso calle Sueca 34 - solicitud",
    "date": "2026-08-28 13:22 +0200", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Hola Santiago:

Te escribo por el piso de la calle Sueca. Lamentablemente el propietario ha elegido a otro inquilino, una pareja que podía entrar el 15 de septiembre y tenía nómina española. Lo siento mucho, sé que te encajaba muy bien por la cercanía a la oficina.

Tengo otro piso en Russafa, en la calle Cádiz, algo más pequeño pero con terraza, que sale a mediados de septiembre. Si quieres te mando fotos y hacemos una visita por videollamada.

Un saludo,

Nacho Bermejo
Ruzafa Pisos · Agencia inmobiliaria
C/ Sueca 12, 46006 València · 963 555 118""",
    "company": "", "contact": "nacho@ruzafapisos.example.es"})

MESSAGES.append({
    "scenario": "dublin_flat_unsuccessful", "kind": "other", "lang": "en",
    "sender": ("Aoife Daly", "aoife@grandcanallettings.example.ie"),
    "subject": "Apt 4, 12 Barrow Street - your application",
    "date": "2026-07-10 17:55 +0100", "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "text": """Hi Santiago,

Thanks for viewing the apartment on Barrow Street by video on Tuesday and for sending in your references so quickly.

Unfortunately your application for the apartment was not successful - the landlord has gone with an applicant who is already living in Dublin and could sign this week. I know that's disappointing with your move coming up.

I have a one-bed in Ringsend coming available on 1 September. If you'd like details, let me know.

Kind regards,
Aoife Daly
Letting Agent | Grand Canal Lettings
01 555 0821""",
    "company": "", "contact": "aoife@grandcanallettings.example.ie"})

MESSAGES.append({
    "scenario": "turno_medico_reprogramado", "kind": "other", "lang": "es",
    "sender": ("Centro Médico Palermo", "turnos-noreply@cmpalermo.example.ar"),
    "subject": "Tu turno fue reprogramado",
    "date": "2026-05-04 13:02 -0300", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Hola Santiago:

Por una cancelación en la agenda del profesional, tu turno de CLÍNICA MÉDICA con la Dra. Analía Moretti fue reprogramado.

Turno original: jueves 7 de mayo, 10:20 h
Nuevo turno: viernes 8 de mayo, 11:40 h
Sede: Av. Santa Fe 3321, 2º piso

Si no podés asistir, cancelá el turno desde la app o respondé CANCELAR al SMS que te enviamos, así se lo damos a otro paciente.

Centro Médico Palermo
Mensaje automático - no responder""",
    "company": "", "contact": ""})

# ================================================================================================
# friends, former colleagues, recruiters without an interview
# ================================================================================================

MESSAGES.append({
    "scenario": "amiga_cuenta_su_rechazo", "kind": "other", "lang": "es",
    "sender": ("Lucía Bermúdez", "lu.bermudez@correo.example.ar"),
    "subject": "jaja adivina quién tampoco quedó",
    "date": "2026-02-21 22:31 -0300", "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "text": """Santi!!

Vi tu historia y me mataste. Te cuento que a mí TAMBIÉN me rebotaron del Banco Austral, ayer, después de la entrevista con el gerente de riesgo. El mismo mail de Workday, palabra por palabra: "decidimos avanzar con otra persona cuyo perfil se ajusta más...". Por lo menos estamos en buena compañía jajaja

En serio, no te bajonees. Yo el jueves tengo entrevista en una aseguradora y te cuento.

¿Birra el viernes en Palermo? Invito yo la primera.

Lu""",
    "company": "", "contact": "lu.bermudez@correo.example.ar"})

MESSAGES.append({
    "scenario": "amigo_uruguayo_su_entrevista", "kind": "other", "lang": "es",
    "sender": ("Martín Oyhanarte", "martin.oyha@correo.example.uy"),
    "subject": "Re: Montevideo",
    "date": "2026-06-17 23:05 -0300", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "in_reply_to": "<sfw.montevideo.0615@example.ar>",
    "text": """Bo Santi, ¡qué buena noticia lo de la segunda entrevista!

Yo también ando en la misma: la semana pasada tuve entrevista en el BROU para un puesto de analista de crédito y hoy me llamaron para decirme que quedé en la terna. Así que estamos los dos en la vuelta, jaja.

Cuando vengas a Montevideo quedate en casa, tenemos el cuarto de huéspedes libre. Y el domingo hacemos un asado con la barra.

Abrazo grande,
Martín

El lun, 15 jun 2026 a las 20:14, Santiago Ferreyra-Walsh <santi.fw@example.ar> escribió:
> Martín, ¿cómo va? Te cuento que me llamaron de un banco en Ciudad Vieja para
> una segunda entrevista presencial. Si se da, ¿te puedo caer unos días?
> Abrazo""",
    "company": "", "contact": "martin.oyha@correo.example.uy"})

MESSAGES.append({
    "scenario": "friend_own_interview_story", "kind": "other", "lang": "en",
    "sender": ("Conor Whelan", "conorwhelan@mailbox.example.ie"),
    "subject": "haha welcome to the club",
    "date": "2026-04-25 21:40 +0100", "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "text": """Santi,

Just saw your message about Tangram. Fair play for getting to the final round, that's no joke with a start-up that small.

Had my own disaster this week - final interview at one of the big Dublin banks, the panel asked me to walk them through an RCSA and my mind went completely blank for about a minute. Got the "we've decided not to progress your application" email this morning. So we're even!

When you move over in the summer, first pint in Grogan's is on me. And I'll introduce you to a few lads in payments - half of Dublin's risk people seem to be ex-auditors anyway.

C""",
    "company": "", "contact": "conorwhelan@mailbox.example.ie"})

MESSAGES.append({
    "scenario": "freund_eigene_absage", "kind": "other", "lang": "de",
    "sender": ("Jonas Weber", "jonas.weber@posteo.example.com"),
    "subject": "Re: Lebenszeichen aus Buenos Aires",
    "date": "2026-05-30 19:25 +0200", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "in_reply_to": "<sfw.jonas.0528@example.ar>",
    "text": """Hey Santi,

schön, von dir zu hören! Und Kopf hoch wegen Finova – bei mir läuft's gerade auch nicht besser. Ich hatte letzte Woche ein Vorstellungsgespräch bei einer Hamburger Privatbank, drei Runden, Assessment, alles. Gestern kam die Absage: „haben uns für einen Kandidaten entschieden, dessen Profil noch besser passt“. Den Satz kann ich inzwischen auswendig.

Nächsten Dienstag hab ich das nächste Gespräch, diesmal bei einer Versicherung. Daumen drücken!

Wenn du wirklich nach Madrid gehst, komme ich dich besuchen. Wie damals in der Humboldt-Zeit versprochen.

Liebe Grüße
Jonas

Am 28.05.2026 um 22:10 schrieb Santiago Ferreyra-Walsh <santi.fw@example.ar>:
> Hola Jonas! Lange nichts gehört. Bei mir ist viel los: Bewerbungen in Madrid,
> Dublin und Montevideo. Die Berliner Fintech hat mir leider abgesagt.
> Wie geht's dir in Hamburg?""",
    "mailer": "apple",
    "company": "", "contact": "jonas.weber@posteo.example.com"})

MESSAGES.append({
    "scenario": "amie_lyon_entretien", "kind": "other", "lang": "fr",
    "sender": ("Camille Rousset", "camille.rousset@laposte.example.com"),
    "subject": "Nouvelles de Lyon !",
    "date": "2026-07-03 22:48 +0200", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Coucou Santi !

Ça fait une éternité ! Je t'écris parce que j'ai vu sur ton profil que tu cherchais du côté de Madrid et de Valence, et ça m'a rappelé notre semestre à Lyon.

De mon côté, c'est les montagnes russes : j'ai passé un entretien pour un poste d'auditrice interne dans une banque mutualiste, trois tours, et j'ai reçu hier un refus poli (« votre candidature n'a pas été retenue »). Mais lundi j'ai un autre entretien chez un assureur, donc je ne lâche rien.

Si tu passes par Lyon avant de t'installer en Espagne, tu dors à la maison, évidemment.

Bises,
Camille""",
    "company": "", "contact": "camille.rousset@laposte.example.com"})

MESSAGES.append({
    "scenario": "ex_jefa_referencia", "kind": "other", "lang": "es",
    "sender": ("Graciela Domínguez", "gdominguez@estudiodominguez.example.ar"),
    "subject": "Re: ¿Puedo darte como referencia?",
    "date": "2026-06-26 12:14 -0300", "structure": "plain", "charset": "iso-8859-1", "cte": "8bit",
    "hdr_charset": "iso-8859-1",
    "in_reply_to": "<sfw.referencia.0625@example.ar>",
    "text": """Santiago, querido:

¡Por supuesto que podés darme como referencia! Ya me llamó hoy a la mañana una señora de Gestión Humana del banco de Montevideo y le hablé maravillas de vos: de la auditoría de la cooperativa, de cómo armaste el relevamiento de controles y de lo prolijo que sos con los papeles de trabajo.

Me preguntó si te volvería a contratar y le dije que sin dudarlo. Ojalá te hagan la oferta pronto.

Un beso grande y contame cómo sigue todo.

Graciela

Cra. Graciela Domínguez
Socia - Estudio Domínguez & Asoc.
Lavalle 1430, 5º B - CABA""",
    "company": "", "contact": "gdominguez@estudiodominguez.example.ar"})

MESSAGES.append({
    "scenario": "headhunter_contacto_en_frio", "kind": "other", "lang": "es",
    "sender": ("Federico Lanús", "flanus@lanuspartners.example.ar"),
    "subject": "Oportunidad - Gerencia de Riesgos (aseguradora)",
    "date": "2026-09-28 09:05 -0300", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Hola Santiago, buen día.

Mi nombre es Federico Lanús, socio de Lanús Partners, una boutique de búsqueda de ejecutivos para servicios financieros. Encontré tu perfil en ProLink y me pareció muy interesante tu recorrido de auditoría hacia riesgo.

Estamos trabajando varias búsquedas para aseguradoras y fintechs en Buenos Aires y Montevideo, algunas de nivel jefatura. No tengo nada puntual para proponerte hoy, pero me gustaría sumarte a nuestra base para tenerte en cuenta.

Si te interesa, mandame tu CV actualizado y tus pretensiones salariales, y te escribo cuando surja algo que encaje.

Saludos,
Federico Lanús
Socio | Lanús Partners
+54 11 5555 6120""",
    "company": "", "contact": "flanus@lanuspartners.example.ar"})

MESSAGES.append({
    "scenario": "cold_recruiter_direct", "kind": "other", "lang": "en",
    "sender": ("Derek Simmons", "derek.simmons@apexfintalent.example.com"),
    "subject": "Quick question",
    "date": "2026-03-18 12:12 -0400", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Hi Santiago,

I came across your profile while researching bilingual risk professionals and wanted to reach out.

I run the fintech practice at Apex FinTalent here in Miami. We place risk, compliance and finance people with payments companies across the US and LatAm, and Spanish/English profiles with an audit background are in real demand right now.

Are you open to new opportunities in Miami or remote for US companies? If so, send me an updated resume and a good time to chat, and I'll keep you in mind as roles come in.

Best,
Derek Simmons
Managing Recruiter, Fintech | Apex FinTalent
(305) 555-0177""",
    "company": "", "contact": "derek.simmons@apexfintalent.example.com"})

_PROLINK = """**Ashley Grant** sent you a message

*Talent Partner at Brightwave Payments*

"Hi Santiago, I'm building out our risk team in Miami and your background caught my eye. Would you be open to hearing more about..."

[[Reply to Ashley|https://www.prolink.example.com/messaging/thread/2-OGY3ZmI]]

You're receiving InMail notifications. [[Manage your notification settings|https://www.prolink.example.com/settings/notifications]]"""

MESSAGES.append({
    "scenario": "prolink_inmail_notification", "kind": "other", "lang": "en",
    "sender": ("Ashley Grant via ProLink", "messages-noreply@prolink.example.com"),
    "subject": "Ashley Grant sent you a new message",
    "date": "2026-08-06 16:44 -0400", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": ats_card(_PROLINK.replace("*Talent Partner at Brightwave Payments*", "Talent Partner at Brightwave Payments"),
                  brand="ProLink", logo="prolink.example.com/email/logo.png", accent="#0a66c2",
                  tracker="www.prolink.example.com/comm", seed="x-prolink",
                  unsubscribe="https://www.prolink.example.com/settings/notifications?unsub=inmail",
                  footer="This email was intended for Santiago Ferreyra-Walsh (Chartered Accountant | Risk & Operations). ProLink Corporation, 1000 W Maude Ave, Sunnyvale, CA 94085."),
    "headers": [("List-Unsubscribe", "<https://www.prolink.example.com/settings/notifications?unsub=inmail>")],
    "company": "", "contact": ""})

MESSAGES.append({
    "scenario": "fuera_de_oficina_recruiter", "kind": "other", "lang": "es",
    "sender": ("Agustina Ledesma", "agustina.ledesma@chasqui.example.ar"),
    "subject": "Respuesta automática: Consulta - Analista de Riesgo Operacional",
    "date": "2026-03-16 10:02 -0300", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "in_reply_to": "<sfw.followup.chasqui.0316@example.ar>",
    "text": """¡Hola! Estoy de vacaciones hasta el lunes 23 de marzo, con acceso limitado al correo.

Para temas urgentes de selección podés escribir a talento@chasqui.example.ar.

¡Gracias!
Agustina Ledesma
Talent Acquisition · Chasqui Finance""",
    "headers": [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    "company": "", "contact": "agustina.ledesma@chasqui.example.ar"})

MESSAGES.append({
    "scenario": "out_of_office_consultant", "kind": "other", "lang": "en",
    "sender": ("Cathal Moran", "cathal.moran@quadrantsearch.example.ie"),
    "subject": "Automatic reply: Re: Next step - payments risk role",
    "date": "2026-09-03 14:20 +0100", "structure": "plain", "charset": "us-ascii", "cte": "7bit",
    "in_reply_to": "<sfw.quadrant.confirm.0903@example.ar>",
    "text": """Thank you for your email. I am out of the office until Monday 7 September with no access to email.

If your query is urgent, please contact my colleague Roisin Kelly on +353 1 555 0379.

Kind regards,
Cathal Moran
Quadrant Search""",
    "headers": [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
             ("Precedence", "auto_reply")],
    "company": "", "contact": "cathal.moran@quadrantsearch.example.ie"})

MESSAGES.append({
    "scenario": "abwesenheitsnotiz_partner", "kind": "other", "lang": "de",
    "sender": ("Matthias Brandt", "m.brandt@kessler-brandt.example.com"),
    "subject": "Abwesenheitsnotiz: Bewerbung Senior Consultant Financial Services Risk (Madrid)",
    "date": "2026-09-28 15:31 +0200", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "in_reply_to": "<sfw.bewerbung.kb.0928@example.ar>",
    "text": """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 2. Oktober 2026 nicht im Büro und habe nur eingeschränkten Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an mein Sekretariat, Frau Dilek Aydın, Tel. +49 69 555 210 41.

Mit freundlichen Grüßen
Matthias Brandt

Kessler Brandt Wirtschaftsprüfung GmbH · Amtsgericht Frankfurt am Main HRB 99341""",
    "headers": [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    "company": "", "contact": "m.brandt@kessler-brandt.example.com"})

# ================================================================================================
# platforms and accounts
# ================================================================================================

MESSAGES.append({
    "scenario": "portal_restablecer_contrasena", "kind": "other", "lang": "es",
    "sender": ("Banco Austral - Selección", "bancoaustral@myworkday.com"),
    "subject": "Restablecimiento de contraseña",
    "date": "2026-01-12 23:20 -0300", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Hola:

Recibimos un pedido para restablecer la contraseña de tu cuenta de candidato en el sitio de empleos de Banco Austral del Plata.

Usá este código de verificación: 482 913

El código vence en 15 minutos. Si no pediste este cambio, ignorá este mensaje; tu contraseña no se va a modificar.

Este mensaje fue enviado desde una casilla que no recibe respuestas.""",
    "headers": [("X-Mailer", "Workday Notification Service"), ("Auto-Submitted", "auto-generated")],
    "company": "", "contact": ""})

MESSAGES.append({
    "scenario": "agencia_recaudacion_domicilio", "kind": "other", "lang": "es",
    "sender": ("AFR - Domicilio Fiscal Electrónico", "dfe-noreply@afr.example.ar"),
    "subject": "Tenés una nueva comunicación en tu Domicilio Fiscal Electrónico",
    "date": "2026-03-02 06:45 -0300", "structure": "plain", "charset": "iso-8859-1", "cte": "8bit",
    "hdr_charset": "iso-8859-1",
    "text": """Estimado/a contribuyente:

CUIT: 20-3491****-7
Se registró una nueva comunicación en su Domicilio Fiscal Electrónico.

Asunto: Recordatorio de vencimiento - Declaración jurada anual de Ganancias y Bienes Personales - Período fiscal 2025
Fecha de publicación: 02/03/2026

Para leer la comunicación ingrese con su Clave Fiscal al servicio "Domicilio Fiscal Electrónico".

Este mensaje se genera automáticamente. No responda a esta dirección.
Agencia Federal de Recaudación""",
    "company": "", "contact": ""})

_ENCUESTA = """Hola Santiago:

Hace unos días terminó el proceso de selección en el que participaste. Queremos saber **cómo fue tu experiencia como postulante**, sin importar el resultado.

Son 5 preguntas y te toma menos de 2 minutos:

[[Responder la encuesta|https://surveys.example.com/s/bcordillera-cx-2026?r=44817]]

Tus respuestas son anónimas y nos ayudan a mejorar.

Gracias,
Banco Cordillera"""

MESSAGES.append({
    "scenario": "encuesta_experiencia_candidato", "kind": "other", "lang": "es",
    "sender": ("Banco Cordillera", "banco-cordillera@surveys.example.com"),
    "subject": "¿Cómo fue tu experiencia en nuestro proceso de selección?",
    "date": "2026-05-22 10:00 -0400", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": ats_card(_ENCUESTA, brand="Banco Cordillera", logo="surveys.example.com/brand/bcordillera.png",
                  accent="#8b0000", tracker="surveys.example.com/r", seed="x-encuesta",
                  unsubscribe="https://surveys.example.com/optout?r=44817",
                  footer="Encuesta enviada por SurveyHub en nombre de Banco Cordillera. No respondas a este correo."),
    "headers": [("List-Unsubscribe", "<https://surveys.example.com/optout?r=44817>")],
    "company": "", "contact": ""})
