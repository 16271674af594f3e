"""Rejections for the ninety-fifth corpus, written one by one (31 messages)."""

from __future__ import annotations

from msgs95_common import ME, ME_BARE, ME_SHORT, ats_shell, esc, pixel

MESSAGES: list[dict] = []
add = MESSAGES.append

# 1. Workday, Spanish telecom, soft wording, HTML only, no reply address.
add({
    "kind": "rejection", "scenario": "workday_telvia_soft", "lang": "es",
    "company": "Telvia Comunicaciones", "contact": "",
    "frm": ("Telvia Talent Acquisition", "telvia@myworkday.com"),
    "to": ME,
    "subject": "Actualización sobre tu candidatura – Content Designer (REQ-20417)",
    "date": "2026-02-18 17:42 +0100",
    "cte": "quoted-printable",
    "html": ats_shell(
        brand="Telvia", logo="https://telvia.wd3.myworkday.com/telvia/assets/logo-telvia.png",
        logo_alt="Telvia Comunicaciones", accent="#e4002b",
        preheader="Gracias por tu interés en Telvia",
        body="""<p style="margin:0 0 14px 0;">Hola Lucía:</p>
<p style="margin:0 0 14px 0;">Te agradecemos sinceramente el interés mostrado en la posición de <strong>Content Designer</strong> (REQ-20417) y el tiempo que has dedicado al proceso.</p>
<p style="margin:0 0 14px 0;">Tras revisar con detalle todas las candidaturas recibidas, hemos decidido continuar con otras personas cuyo perfil se ajusta más a las necesidades actuales del equipo de Experiencia Digital.</p>
<p style="margin:0 0 14px 0;">Tus datos seguirán en nuestra base de talento durante 12 meses, por si surge una oportunidad que encaje contigo. Puedes consultar nuevas vacantes en nuestro <a href="https://telvia.wd3.myworkday.com/es-ES/TelviaCareers?source=email_reject" style="color:#e4002b;">portal de empleo</a>.</p>
<p style="margin:0 0 4px 0;">Un saludo,</p>
<p style="margin:0;">Equipo de Talento<br/>Telvia Comunicaciones S.A.</p>""",
        footer="""Este mensaje se ha generado automáticamente desde nuestro sistema de gestión de candidaturas. Por favor, no respondas a este correo.<br/>
Telvia Comunicaciones S.A. · Paseo de la Castellana 211, 28046 Madrid · CIF A-28XXXXXX<br/>
<a href="https://telvia.wd3.myworkday.com/privacy" style="color:#8a8f98;">Política de privacidad</a> · <a href="https://telvia.wd3.myworkday.com/es-ES/TelviaCareers/userHome" style="color:#8a8f98;">Gestionar mi perfil de candidato</a>""",
        pixel_url="https://telvia.wd3.myworkday.com/wday/track/open.gif?m=8812fa0c&r=lucia.am"),
})

# 2. Greenhouse, English travel-tech, "candidates whose experience more closely matches", recruiter in Reply-To.
_r2_text = """Hi Lucía,

Thank you for applying for the Senior UX Writer role at Rutalia and for the thought you put into your cover letter - the piece on error messages for cancelled trains made us smile.

We had a very high number of applications for this position. After reviewing yours carefully, we've decided to move forward with candidates whose experience more closely matches what we need right now, particularly around localisation for the DACH market.

This isn't a reflection on your talent, and we'd genuinely be glad to see your name again for future openings. Our careers page is the best place to keep an eye on them.

All the best with your search,

Nadia Okafor
Talent Partner, Rutalia
rutalia.example.com/careers
"""
add({
    "kind": "rejection", "scenario": "greenhouse_rutalia_closer_match", "lang": "en",
    "company": "Rutalia", "contact": "nadia.okafor@rutalia.example.com",
    "frm": ("Rutalia via Greenhouse", "no-reply@greenhouse-mail.io"),
    "reply_to": ("Nadia Okafor", "nadia.okafor@rutalia.example.com"),
    "to": ME,
    "subject": "Your application to Rutalia",
    "date": "2026-01-27 09:15 +0000",
    "cte": "quoted-printable",
    "text": _r2_text,
    "html": ats_shell(
        brand="Rutalia", logo="https://s3.amazonaws.com/grnhse-prod/logos/rutalia_wordmark.png",
        logo_alt="Rutalia", accent="#1b6cf2", font="Georgia,serif",
        body="\n".join(f"<p>{esc(p).replace(chr(10), '<br>')}</p>" for p in _r2_text.strip().split("\n\n")),
        footer='Sent by Greenhouse on behalf of Rutalia. <a href="https://app.greenhouse.io/privacy?u=rtl">Privacy</a>',
        pixel_url="https://links.greenhouse-mail.io/wf/open?upn=rtl-88213-lucia"),
})

# 3. Rejection after an interview, personal mail, Gmail chain quoting the invitation.
add({
    "kind": "rejection", "scenario": "tramontana_after_interview", "lang": "es",
    "company": "Estudio Tramontana", "contact": "marc.sole@tramontana.example.es",
    "frm": ("Marc Solé", "marc.sole@tramontana.example.es"),
    "to": ME_SHORT,
    "subject": "Re: Entrevista para UX Writer – Estudio Tramontana",
    "date": "2026-03-05 19:03 +0100",
    "charset": "iso-8859-1", "cte": "quoted-printable",
    "refs": ["<CAH7vQp2Lk9=r0Zt8W1m4xTqN5sB3eYcD6@mail.gmail.com>",
             "<5E0B77A2-91C4-4F4B-A3B7-2D1C0E88F7A4@example.es>"],
    "quoted": True,
    "text": """Hola Lucía,

Perdona que haya tardado tanto en escribirte. Esta semana hemos cerrado el proceso y, aunque nos lo has puesto muy difícil, al final nos hemos decantado por otra persona que ya había trabajado con clientes del sector sanitario, que es donde vamos a estar el próximo año.

Nos gustó mucho cómo defendiste el ejercicio de los mensajes de error y tu manera de hacer preguntas. Si te parece bien, me guardo tu portfolio para proyectos puntuales como freelance.

Un abrazo y mucha suerte,
Marc

--
Marc Solé
Director de Diseño · Estudio Tramontana
C/ Pujades 77, 3r 2a · 08005 Barcelona

El mar, 24 feb 2026 a las 9:40, Lucía Arrieta-Mbeki (<lucia.am@example.es>) escribió:
> ¡Perfecto, Marc! Allí estaré el jueves a las 16:00.
> Gracias,
> Lucía
>
> El lun, 23 feb 2026 a las 18:12, Marc Solé (<marc.sole@tramontana.example.es>) escribió:
>> Hola Lucía,
>>
>> ¡Gracias por mandarnos tu portfolio! Nos ha encantado y nos gustaría
>> invitarte a una entrevista en el estudio el jueves 26 a las 16:00.
>> Serán unos 45 minutos con Berta (contenidos) y conmigo.
>>
>> ¿Te va bien?
>> Marc
""",
})

# 4. One-line rejection from a phone, start-up founder, threaded.
add({
    "kind": "rejection", "scenario": "lumbre_terse_iphone", "lang": "es",
    "company": "Lumbre", "contact": "pau@lumbre.example.es",
    "frm": ("Pau Ferrer", "pau@lumbre.example.es"),
    "to": ME_BARE,
    "subject": "Re: Diseñadora de contenido",
    "date": "2026-04-21 22:47 +0200",
    "cte": "8bit",
    "refs": ["<0F9A3C5E-4B1D-4C8A-9D7E-3F2A1B6C8E90@lumbre.example.es>",
             "<CAPk2Lumbre7781xQ@mail.gmail.com>",
             "<2B4D6F80-1A3C-4E5F-8091-A2B3C4D5E6F7@lumbre.example.es>"],
    "text": """Lucía, al final nos quedamos con otra persona. Gracias por todo y suerte!!

Enviado desde mi iPhone
""",
})

# 5. Filled internally, bank, SuccessFactors, windows-1252 HTML.
add({
    "kind": "rejection", "scenario": "successfactors_bank_internal", "lang": "es",
    "company": "Banco Cantábrico", "contact": "",
    "frm": ("Banco Cantábrico | Selección", "bcnorte-noreply@successfactors.eu"),
    "to": ME,
    "subject": "Proceso de selección 2026-UXW-014",
    "date": "2026-03-12 11:30 +0100",
    "charset": "windows-1252", "cte": "quoted-printable",
    "html": """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body style="font-family:Verdana,Arial,sans-serif;font-size:12px;color:#333333;">
<table width="640" cellpadding="0" cellspacing="0" border="0" align="center">
<tr><td bgcolor="#00395d" style="padding:14px 20px;"><img src="https://career5.successfactors.eu/careers/bcnorte/logo_blanco.png" alt="Banco Cantábrico" width="180" height="40"></td></tr>
<tr><td style="padding:24px 20px;">
<p>Estimada Lucía Arrieta-Mbeki:</p>
<p>Nos ponemos en contacto con usted en relación con su candidatura a la posición <b>Redactor/a UX – Banca Digital</b> (ref. 2026-UXW-014).</p>
<p>Le informamos de que la vacante ha sido cubierta mediante un proceso de movilidad interna, por lo que el proceso externo queda cerrado y no continuaremos con su candidatura.</p>
<p>Agradecemos el tiempo y el interés que ha dedicado a Banco Cantábrico. Le animamos a seguir consultando nuestras ofertas en <a href="https://career5.successfactors.eu/career?company=bcnorte&amp;utm_source=mail">bancocantabrico.example.es/empleo</a>.</p>
<p>Atentamente,<br>Dirección de Personas y Cultura<br><b>Banco Cantábrico</b></p>
</td></tr>
<tr><td style="padding:12px 20px;border-top:1px solid #dddddd;font-size:10px;color:#888888;">
Banco Cantábrico del Norte, S.A. – Gran Vía de Don Diego López de Haro 30, 48009 Bilbao. Inscrito en el Registro Mercantil de Bizkaia, Tomo 4.812, Folio 1, Hoja BI-22.104.<br>
En cumplimiento del Reglamento (UE) 2016/679, le informamos de que sus datos serán tratados con la finalidad de gestionar procesos de selección. Puede ejercer sus derechos en dpo@bancocantabrico.example.es. Este correo se ha enviado desde una dirección que no admite respuestas.
</td></tr></table>
</body></html>""",
})

# 6. Role put on hold, Teamtailor, recruiter in Reply-To, multipart/alternative.
_r6 = """Hola Lucía,

Quería escribirte personalmente antes de que te llegue nada automático.

Hace unos días te comentamos que el siguiente paso para el puesto de Product Content Lead sería una entrevista con Dirección. Por desgracia, tras la revisión del presupuesto de este trimestre, la posición ha quedado en pausa y no vamos a seguir adelante con el proceso, ni contigo ni con el resto de candidaturas.

Sé que es una noticia frustrante después de dos entrevistas, y lo siento de verdad. Si la posición se reabre más adelante, serás la primera persona a la que llame.

Un abrazo,
Irene Llopis
People & Talent · CestaVerde
"""
add({
    "kind": "rejection", "scenario": "teamtailor_cestaverde_on_hold", "lang": "es",
    "company": "CestaVerde", "contact": "irene.llopis@cestaverde.example.es",
    "frm": ("Irene de CestaVerde", "no-reply@teamtailor-mail.com"),
    "reply_to": ("Irene Llopis", "irene.llopis@cestaverde.example.es"),
    "to": ME,
    "subject": "Novedades sobre el proceso de Product Content Lead",
    "date": "2026-05-06 13:20 +0200",
    "cte": "base64",
    "text": _r6,
    "html": """<div style="font-family:'Inter',Arial,sans-serif;font-size:15px;color:#1d1d1b;max-width:560px">
<img src="https://images.teamtailor-cdn.com/images/s3/teamtailor-production/logo-cestaverde.png" alt="CestaVerde" width="140">
""" + "".join(f"<p>{esc(p).replace(chr(10), '<br>')}</p>\n" for p in _r6.strip().split("\n\n")) + """<p style="font-size:12px;color:#888">Enviado con <a href="https://www.teamtailor.com/?utm_source=candidate_email">Teamtailor</a> · <a href="https://cestaverde.teamtailor.com/connect/unsubscribe?t=9f2a">Gestionar mis datos</a></p>
</div>""",
})

# 7. Rejection of a speculative application, design studio, role mailbox signed by a person.
add({
    "kind": "rejection", "scenario": "huesoypluma_speculative", "lang": "es",
    "company": "Hueso & Pluma", "contact": "hola@huesoypluma.example.es",
    "frm": ("Hueso & Pluma", "hola@huesoypluma.example.es"),
    "to": ME,
    "subject": "Re: Candidatura espontánea – UX writing",
    "date": "2026-01-19 10:05 +0100",
    "cte": "8bit",
    "refs": ["<b3a1e9c2-55d0-4c7a-8f11-0e2a6c4d9b71@example.es>"],
    "text": """¡Hola, Lucía!

Gracias por escribirnos y por enseñarnos tu trabajo; los textos de la app de la biblioteca municipal nos han parecido muy finos.

Ahora mismo somos un estudio pequeño (siete personas) y no tenemos ninguna vacante abierta ni prevemos abrirla antes del verano, así que no podemos seguir adelante con tu candidatura. No queremos tenerte esperando una respuesta que no va a llegar.

Si en otoño sigues buscando, escríbenos otra vez a esta misma dirección y lo vemos.

Un saludo grande,
Alba (por todo el equipo de Hueso & Pluma)
Calle del Pez 18 · Madrid
""",
})

# 8. Lever, Mexico City start-up, Latin-American register, base64 plain text.
add({
    "kind": "rejection", "scenario": "lever_nomada_postulacion", "lang": "es",
    "company": "Nómada Labs", "contact": "",
    "frm": ("Nómada Labs", "no-reply@hire.lever.co"),
    "to": ME,
    "subject": "Tu postulación en Nómada Labs",
    "date": "2026-02-03 16:51 -0600",
    "cte": "base64",
    "text": """Hola Lucía,

Muchas gracias por tu interés en Nómada Labs y por postularte a la vacante de Product Designer (Contenido) – remoto.

Revisamos tu perfil con mucha atención. En esta ocasión no vamos a avanzar con tu postulación, ya que buscamos a alguien con experiencia previa liderando equipos de producto en LATAM.

Te deseamos mucho éxito en tu búsqueda y ojalá podamos coincidir más adelante.

Saludos cordiales,
Equipo de Talento de Nómada Labs
Col. Roma Norte, Ciudad de México

---
Este correo fue enviado a través de Lever. Para dejar de recibir comunicaciones de Nómada Labs, responde a tu reclutador o visita https://jobs.lever.co/nomadalabs/privacy.
""",
})

# 9. Agency relays a rejection and names the client.
add({
    "kind": "rejection", "scenario": "agency_talentonorte_names_client", "lang": "es",
    "company": "Seguros Previsora Levantina", "contact": "ander.urrutia@talentonorte.example.es",
    "frm": ("Ander Urrutia | Talento Norte", "ander.urrutia@talentonorte.example.es"),
    "to": ME,
    "subject": "Feedback proceso Seguros Previsora Levantina",
    "date": "2026-03-30 12:44 +0200",
    "cte": "quoted-printable",
    "text": """Buenos días Lucía:

Te escribo con el feedback del cliente. Seguros Previsora Levantina me ha confirmado esta mañana que no seguirá adelante con tu candidatura para el puesto de Responsable de Contenidos Digitales.

Te traslado lo que me han contado, por si te sirve: valoraron mucho tu criterio con el lenguaje claro, pero para esta posición priorizan a alguien que haya gestionado directamente a proveedores y presupuestos, algo que en tu experiencia aparece menos.

Yo sigo contando contigo para otros procesos; ahora mismo tengo un par de posiciones de Content Ops en Bilbao que te comento la semana que viene.

Un saludo,

Ander Urrutia
Consultor Senior | Talento Norte Consultores
Alameda de Recalde 36, 48009 Bilbao
T. +34 944 00 00 00
""",
})

# 10. Head-hunter writes about its own mandate without naming the client; windows-1252, 8bit.
add({
    "kind": "rejection", "scenario": "headhunter_carvajal_unnamed_client", "lang": "es",
    "company": "Carvajal & Asociados", "contact": "ines.carvajal@carvajal-asociados.example.es",
    "frm": ("Inés Carvajal", "ines.carvajal@carvajal-asociados.example.es"),
    "to": ME,
    "subject": "Proceso Head of Content Design",
    "date": "2026-04-16 09:12 +0200",
    "charset": "windows-1252", "cte": "8bit",
    "text": """Estimada Lucía:

Después de la conversación telefónica de la semana pasada y de presentar la terna final a nuestro cliente, debo comunicarle que su candidatura no ha sido seleccionada para la siguiente fase del proceso de Head of Content Design.

El cliente –una aseguradora de ámbito nacional cuya identidad, como sabe, no puedo desvelar todavía– ha optado por perfiles con más años en puestos de dirección. Le agradezco la franqueza y la disponibilidad que ha mostrado en todo momento.

Quedo a su disposición para futuras búsquedas.

Reciba un cordial saludo,

Inés Carvajal
Socia Directora
Carvajal & Asociados | Executive Search
Calle de Serrano 41, 4º · 28001 Madrid
www.carvajal-asociados.example.es

Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su destinatario. Si lo ha recibido por error, le rogamos lo comunique al remitente y proceda a su eliminación.
""",
})

# 11. Public body, resolution of a selection procedure, notification address.
add({
    "kind": "rejection", "scenario": "public_imid_valoracion", "lang": "es",
    "company": "Instituto Municipal de Innovación Digital de Madrid", "contact": "",
    "frm": ("IMID Madrid – Notificaciones", "notificaciones@imid-madrid.example.es"),
    "to": ME_BARE,
    "subject": "Notificación: resultado de la fase de valoración – Bolsa de Técnico/a de Contenidos Digitales",
    "date": "2026-06-09 08:00 +0200",
    "cte": "quoted-printable",
    "html": """<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#222;">
<table width="100%" cellpadding="0" cellspacing="0" style="max-width:680px;">
<tr><td style="border-bottom:3px solid #c8102e;padding:10px 0;"><img src="https://sede.imid-madrid.example.es/img/escudo_imid.png" alt="Instituto Municipal de Innovación Digital – Ayuntamiento de Madrid" height="48"></td></tr>
<tr><td style="padding:18px 0;">
<p><b>Expediente:</b> IMID/RRHH/2026/0117<br><b>Interesada:</b> ARRIETA-MBEKI, LUCÍA<br><b>Procedimiento:</b> Constitución de bolsa de empleo temporal – Técnico/a de Contenidos Digitales (A2)</p>
<p>Por medio de la presente se le notifica que, una vez finalizada la fase de valoración de méritos, la Comisión de Selección ha acordado que <b>no ha superado la puntuación mínima</b> exigida (15 puntos) para su inclusión en la bolsa, habiendo obtenido 11,40 puntos.</p>
<p>Contra el presente acuerdo podrá interponer recurso de alzada ante la Gerencia del Instituto en el plazo de un mes a contar desde el día siguiente a su notificación.</p>
<p>Madrid, a 8 de junio de 2026<br>LA SECRETARIA DE LA COMISIÓN DE SELECCIÓN</p>
</td></tr>
<tr><td style="font-size:11px;color:#666;border-top:1px solid #ccc;padding-top:8px;">Instituto Municipal de Innovación Digital de Madrid · C/ Alcalá 45, 28014 Madrid.<br>Este es un mensaje automático del sistema de notificaciones electrónicas. No responda a este correo; para cualquier consulta utilice la <a href="https://sede.imid-madrid.example.es/contacto?ref=notif">sede electrónica</a>.</td></tr>
</table></body></html>""",
})

# 12. University, iso-8859-1 plain, HR officer writing in person.
add({
    "kind": "rejection", "scenario": "university_uom_plaza", "lang": "es",
    "company": "Universitat Oberta del Mediterrani", "contact": "rmontserrat@uom.example.es",
    "frm": ("Rosa Montserrat Vidal", "rmontserrat@uom.example.es"),
    "to": ME,
    "subject": "Plaza Técnica de Contenidos UX (conv. 14/2026)",
    "date": "2026-05-22 14:37 +0200",
    "charset": "iso-8859-1", "cte": "quoted-printable",
    "text": """Estimada Sra. Arrieta-Mbeki:

En relación con la convocatoria 14/2026 para la provisión de una plaza de Técnica de Contenidos UX en el Área de Tecnologías Educativas, le comunico que la comisión ha resuelto la convocatoria y que su candidatura no ha resultado seleccionada.

La resolución completa puede consultarse en el tablón de anuncios de la sede electrónica. Si desea conocer el detalle de su puntuación, puede solicitarlo respondiendo a este mismo correo.

Atentamente,

Rosa Montserrat Vidal
Unidad de Selección de Personal de Gestión
Universitat Oberta del Mediterrani
Av. Diagonal 690 - 08034 Barcelona
""",
})

# 13. Interview cancelled because the role will not be filled (rejection), Catalan-influenced Spanish; quote holds the invitation.
add({
    "kind": "rejection", "scenario": "mutua_interview_cancelled_role_closed", "lang": "es",
    "company": "Mutua Catalana de Previsió", "contact": "jordi.puigdomenech@mutuacatalana.example.es",
    "frm": ("Puigdomènech Serra, Jordi", "jordi.puigdomenech@mutuacatalana.example.es"),
    "to": ME,
    "subject": "RE: Entrevista jueves 7 - Design Ops",
    "date": "2026-05-05 16:58 +0200",
    "charset": "iso-8859-1", "cte": "quoted-printable",
    "refs": ["<AM0PR07MB6211A9D4C1E8F0B2C3D4E5F6A7B8@AM0PR07MB6211.eurprd07.prod.outlook.com>"],
    "quoted": True,
    "text": """Bon dia Lucía,

Te escribo para anular la entrevista del jueves 7. Esta mañana Dirección ha decidido no cubrir finalmente la posición de Design Ops: el área se reorganiza y las funciones se repartiran dentro del equipo actual. Por tanto, cerramos el proceso y no continuaremos con ninguna candidatura.

Lamento mucho el cambio de planes, y más con tan poco margen. Ha sido un placer conocerte en la primera entrevista.

Salutacions,

Jordi Puigdomènech Serra
Responsable de Selecció i Talent
Mutua Catalana de Previsió
Via Augusta 120 · 08006 Barcelona
T. 93 000 00 00

________________________________
De: Puigdomènech Serra, Jordi
Enviado: lunes, 27 de abril de 2026 10:02
Para: Lucía Arrieta-Mbeki <lucia.am@example.es>
Asunto: Entrevista jueves 7 - Design Ops

Hola Lucía,

Nos gustaría invitarte a una segunda entrevista con la directora de Transformación Digital el jueves 7 de mayo a las 11:00, en nuestras oficinas de Via Augusta. Confírmame si te va bien.

Gracias,
Jordi
""",
})

# 14. SmartRecruiters, e-commerce brand differs from the legal entity.
add({
    "kind": "rejection", "scenario": "smartrecruiters_mercadillo", "lang": "es",
    "company": "Mercadillo", "contact": "",
    "frm": ("Mercadillo Careers", "mercadillo@smartrecruiters.com"),
    "to": ME,
    "subject": "Gracias por tu interés en Mercadillo",
    "date": "2026-04-02 18:05 +0200",
    "cte": "quoted-printable",
    "html": """<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#fafafa;">
<center>
<table role="presentation" cellpadding="0" cellspacing="0" width="100%" style="max-width:600px;background:#ffffff;font-family:'Helvetica Neue',Helvetica,Arial,sans-serif;">
<tr><td style="background:#ff5a1f;padding:18px 28px;"><a href="https://click.smartrecruiters.com/ls/click?upn=mrc-home-77aa"><img src="https://c.smartrecruiters.com/sr-company-logo-prod/mercadillo/logo_white.png" alt="Mercadillo" width="150" style="border:0"></a></td></tr>
<tr><td style="padding:28px;font-size:15px;line-height:1.55;color:#2b2b2b;">
<p>Hola Lucía,</p>
<p>Gracias por postularte a <b>Product Manager Junior – Checkout</b>. Hemos leído tu candidatura con atención.</p>
<p>Lamentablemente, en esta ocasión no avanzaremos con tu perfil. Recibimos muchísimas candidaturas y tuvimos que tomar decisiones difíciles.</p>
<p>¿Te gustaría enterarte de las próximas vacantes? <a href="https://click.smartrecruiters.com/ls/click?upn=mrc-talentcommunity-19f0" style="color:#ff5a1f;font-weight:bold;">Únete a nuestra comunidad de talento</a>.</p>
<p>¡Gracias de nuevo y mucha suerte!</p>
<p>El equipo de Mercadillo</p>
</td></tr>
<tr><td style="padding:16px 28px;font-size:11px;color:#9b9b9b;border-top:1px solid #eeeeee;">
Mercadillo es una marca de Mercadillo Digital Commerce, S.A. · Calle de Méndez Álvaro 20, 28045 Madrid.<br>
Powered by SmartRecruiters · <a href="https://click.smartrecruiters.com/ls/click?upn=mrc-unsub-01" style="color:#9b9b9b;">Darse de baja</a> · <a href="https://www.smartrecruiters.com/privacy-policy/" style="color:#9b9b9b;">Privacidad</a>
</td></tr>
</table>
</center>
""" + pixel("https://click.smartrecruiters.com/wf/open?upn=mrc-open-5521") + "\n</body></html>",
})

# 15. Family business, typos, no accents, "alguien de aqui".
add({
    "kind": "rejection", "scenario": "family_ibarra_typos", "lang": "es",
    "company": "Conservas Ibarra e Hijos", "contact": "mikel@conservasibarra.example.es",
    "frm": ("Mikel Ibarra", "mikel@conservasibarra.example.es"),
    "to": ME_BARE,
    "subject": "candidatura tienda online",
    "date": "2026-03-17 20:31 +0100",
    "charset": "iso-8859-1", "cte": "8bit",
    "text": """Hola Lucia

te escribo para decirte que al final no vamos a seguir adelante con tu candidatura para lo de la tienda online, hemos elegido a una persona de aqui de Bermeo que ya conoce la casa y el producto. Perdona la tardanza en contestar, estamos en plena campaña y no doy abasto.

Muchas gracias por el interes y por la propuesta de textos que nos mandaste, mi hermana dice que la de las anchoas estaba muy bien jaja

Un saludo
Mikel Ibarra
Conservas Ibarra e Hijos S.L.
Puerto de Bermeo s/n
""",
})

# 16. Personio, Berlin start-up, remote role, English, legal footer.
add({
    "kind": "rejection", "scenario": "personio_trenka_remote", "lang": "en",
    "company": "Trenka", "contact": "",
    "frm": ("Trenka Recruiting", "noreply@personio.de"),
    "to": ME,
    "subject": "Your application as Content Designer (remote, EU)",
    "date": "2026-02-25 10:48 +0100",
    "cte": "7bit",
    "text": """Dear Lucia,

thank you for your application as Content Designer (remote, EU) and for your interest in Trenka.

After careful consideration we have decided not to proceed with your application. We received more than 400 applications for this role, which unfortunately means we cannot give individual feedback at this stage.

We wish you all the best for your future career.

Kind regards
Your Trenka Recruiting Team

--
Trenka GmbH | Schlesische Str. 28 | 10997 Berlin
Geschaeftsfuehrer: Anja Wendt, Karim Haddad | Amtsgericht Charlottenburg HRB 219XXX B
This email was sent via Personio. Please do not reply to this email.
""",
})

# 17. Ashby, after interview, recruiter in Reply-To; quote of the candidate's thank-you with "offer" words.
_r17 = """Hi Lucía,

Thanks again for spending time with Priya, Tom and Ana last week - everyone enjoyed the conversation, and your walkthrough of the onboarding copy was one of the strongest we saw.

I'm sorry to say we won't be moving you forward to the final stage. The panel felt another candidate's experience with clinical content and regulatory review was a closer fit for where Kubo is right now.

If it's useful, I'm happy to share more detailed feedback on a short call - just reply here.

Warmly,
Priya Raman
Head of Talent, Kubo Health
"""
add({
    "kind": "rejection", "scenario": "ashby_kubo_after_panel", "lang": "en",
    "company": "Kubo Health", "contact": "priya@kubohealth.example.com",
    "frm": ("Kubo Health", "no-reply@ashbyhq.com"),
    "reply_to": ("Priya Raman", "priya@kubohealth.example.com"),
    "to": ME,
    "subject": "Kubo Health - Content Designer update",
    "date": "2026-03-10 15:22 +0100",
    "cte": "quoted-printable",
    "refs": ["<ashby.interview.4b7e1c0a@ashbyhq.com>"],
    "text": _r17,
    "html": '<div style="font-family:-apple-system,Segoe UI,Roboto,sans-serif;font-size:14px;line-height:1.6;color:#111">'
            + "".join(f"<p>{esc(p).replace(chr(10), '<br>')}</p>" for p in _r17.strip().split("\n\n"))
            + '<p style="color:#999;font-size:11px">Sent via <a href="https://www.ashbyhq.com/?utm_source=email">Ashby</a></p></div>'
            + pixel("https://app.ashbyhq.com/api/email/open/4b7e1c0a-0f31.gif"),
})

# 18. Agency relays the client's decision by name; Outlook chain with misleading invitation words.
add({
    "kind": "rejection", "scenario": "agency_brightwell_caixa", "lang": "en",
    "company": "Caixa Atlântica", "contact": "tom.hadley@brightwell.example.com",
    "frm": ("Tom Hadley", "tom.hadley@brightwell.example.com"),
    "to": ME,
    "subject": "RE: Caixa Atlântica - Digital Content Lead",
    "date": "2026-04-09 17:26 +0100",
    "charset": "windows-1252", "cte": "quoted-printable",
    "refs": ["<DB9PR02MB7140E0C4A1B2C3D4E5F60718293A@DB9PR02MB7140.eurprd02.prod.outlook.com>",
             "<7A1C2E3F-brightwell-lucia-0406@example.es>"],
    "quoted": True,
    "text": """Hi Lucía,

Just off the phone with Caixa Atlântica. I'm afraid it's a no this time - they've gone with a candidate who is fluent in Portuguese, which in the end became the deciding factor as the role sits with the retail team in Lisbon.

They were really complimentary about your case study, for what it's worth. I'll keep you front of mind for the next one - I've got something in Lisbon fintech landing in May that would suit you better.

Speak soon,
Tom

Tom Hadley | Senior Consultant, Product & Design | Brightwell Recruitment
+44 20 0000 0000 | brightwell.example.com
Brightwell Recruitment Ltd. Registered in England No. 09XXXXXX. Registered office: 12 Leonard Street, London EC2A 4AQ.

From: Lucía Arrieta-Mbeki <lucia.am@example.es>
Sent: 06 April 2026 08:51
To: Tom Hadley <tom.hadley@brightwell.example.com>
Subject: Re: Caixa Atlântica - Digital Content Lead

Hi Tom, any news from Caixa? Fingers crossed!
Lucía

From: Tom Hadley <tom.hadley@brightwell.example.com>
Sent: 25 March 2026 12:10
To: Lucía Arrieta-Mbeki <lucia.am@example.es>
Subject: Caixa Atlântica - Digital Content Lead

Great news - Caixa Atlântica would love to interview you! They've offered Thursday 2 April at 14:00 Lisbon time on Teams. Can you confirm?
""",
})

# 19. Position filled, terse, sent from Outlook for Android, Lisbon start-up (name only in the domain and one word).
add({
    "kind": "rejection", "scenario": "sardinha_filled_android", "lang": "en",
    "company": "Sardinha Labs", "contact": "joana@sardinhalabs.example.pt",
    "frm": ("Joana Pires", "joana@sardinhalabs.example.pt"),
    "to": ME_BARE,
    "subject": "Re: UX writer role",
    "date": "2026-06-02 21:14 +0100",
    "cte": "7bit",
    "refs": ["<sardinha.0512.a9c1@sardinhalabs.example.pt>",
             "<sardinha.0527.3b7d@sardinhalabs.example.pt>"],
    "text": """Hi Lucia - quick one: we've filled the role, sorry it didn't work out this time. Thanks for your patience with all the back and forth.
J

Get Outlook for Android
""",
})

# 20. iCIMS, travel tech, after the agency process, HTML only.
add({
    "kind": "rejection", "scenario": "icims_globetrek", "lang": "en",
    "company": "Globetrek", "contact": "",
    "frm": ("Globetrek Careers", "careers-noreply@icims.com"),
    "to": ME,
    "subject": "Regarding your application for Product Manager, Traveller Experience (Req 2026-1187)",
    "date": "2026-05-28 14:02 +0100",
    "cte": "quoted-printable",
    "html": """<html><body>
<table width="100%" cellspacing="0" cellpadding="0" style="font-family:Arial,sans-serif;">
<tr><td align="center">
<table width="580" cellspacing="0" cellpadding="0">
<tr><td style="padding:20px 0;"><img src="https://careers-globetrek.icims.com/images/globetrek_logo.gif" alt="Globetrek - Travel made simple" width="200"></td></tr>
<tr><td style="font-size:14px;line-height:21px;color:#333;">
<p>Dear Lucía,</p>
<p>Thank you for taking the time to interview for the <b>Product Manager, Traveller Experience</b> position at our Lisbon hub.</p>
<p>We have now completed the interview process and regret to inform you that we will not be offering you the position. The decision was a difficult one given the quality of candidates.</p>
<p>We appreciate your interest in Globetrek and encourage you to apply for future roles that match your skills.</p>
<p>Sincerely,<br>Globetrek Talent Acquisition</p>
</td></tr>
<tr><td style="padding-top:24px;font-size:10px;color:#999;">Globetrek Travel Group Ltd · Avenida da Liberdade 110, 1250-146 Lisboa<br>
Please do not reply to this message; this mailbox is not monitored. <a href="https://careers-globetrek.icims.com/jobs/login?unsub=1&amp;mode=email">Update your communication preferences</a></td></tr>
</table>
</td></tr></table>
<img src="https://careers-globetrek.icims.com/icims2?track=open&amp;id=55130982" width="1" height="1" alt="">
</body></html>""",
})

# 21. Taleo, old-school font tags, English bank role in Madrid.
add({
    "kind": "rejection", "scenario": "taleo_altamar_fonttags", "lang": "en",
    "company": "Banco Altamar", "contact": "",
    "frm": ("Banco Altamar Recruitment", "bancoaltamar@taleo.net"),
    "to": ME,
    "subject": "Banco Altamar - Job Submission Status (Ref. 260044871)",
    "date": "2026-01-14 03:12 +0100",
    "charset": "iso-8859-1", "cte": "quoted-printable",
    "html": """<HTML><HEAD><META http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"></HEAD>
<BODY BGCOLOR="#FFFFFF">
<TABLE WIDTH="600" BORDER="0" CELLPADDING="4"><TR><TD><IMG SRC="https://bancoaltamar.taleo.net/careersection/theme/altamar/logo.jpg" ALT="BANCO ALTAMAR"></TD></TR>
<TR><TD><FONT FACE="Arial" SIZE="2">
Dear Lucía Arrieta-Mbeki,<BR><BR>
Thank you for your interest in the <B>UX Content Specialist - Digital Channels (Madrid)</B> position, Job Number 260044871.<BR><BR>
We have carefully reviewed your qualifications. While your background is impressive, we have selected other candidates whose qualifications more closely meet the requirements of this position. Your profile will remain in our database and you may be contacted should a suitable opportunity arise.<BR><BR>
We thank you again for considering Banco Altamar as a potential employer.<BR><BR>
Sincerely,<BR>
Human Resources<BR>
Banco Altamar<BR><BR>
</FONT>
<FONT FACE="Arial" SIZE="1" COLOR="#808080">***This is an automated message, please do not reply.***<BR>
Banco Altamar, S.A. - Paseo de Recoletos 12, 28001 Madrid.</FONT>
</TD></TR></TABLE>
</BODY></HTML>""",
})

# 22. After the final round, long and warm, design director of a Berlin studio writing in English.
add({
    "kind": "rejection", "scenario": "kontrast_final_round_feedback", "lang": "en",
    "company": "Kontrast Studio", "contact": "lena.vogt@kontrast-studio.example.de",
    "frm": ("Lena Vogt", "lena.vogt@kontrast-studio.example.de"),
    "to": ME,
    "subject": "Design Ops Lead - our decision",
    "date": "2026-07-08 18:40 +0200",
    "cte": "quoted-printable",
    "text": """Dear Lucía,

I wanted to write to you myself rather than send a form letter, because you made it all the way to the last round and you deserve a proper answer.

We've decided to offer the Design Ops Lead role to another candidate. It was genuinely close. The thing that tipped it was hands-on experience running tooling migrations across several teams - we're about to move forty designers onto a new component library, and we needed someone who had done that before.

What stood out about you:
- the way you framed "operations" as a content problem (naming, documentation, rituals) was fresh and the team still talks about it;
- your workshop exercise was the best-structured we saw;
- you asked the hardest question of the whole process (about how we measure design debt), and we didn't have a good answer.

If you'd like to, I'd be happy to stay in touch - and if a content design or DesignOps role opens on our side in the next months, I'll reach out first.

With warm regards,
Lena

Lena Vogt
Design Director
Kontrast Studio
Oranienstraße 185 · 10999 Berlin
kontrast-studio.example.de · Instagram @kontrast.studio

Kontrast Studio GmbH · Sitz Berlin · Amtsgericht Charlottenburg HRB 1XXXXX B · Geschäftsführerin: Lena Vogt
""",
})

# 23. Workable, English-language newspaper in Lisbon, keeps the CV on file.
add({
    "kind": "rejection", "scenario": "workable_lisbon_ledger", "lang": "en",
    "company": "The Lisbon Ledger", "contact": "",
    "frm": ("The Lisbon Ledger", "noreply@workablemail.com"),
    "to": ME,
    "subject": "Update on your application - Audience & Product Editor",
    "date": "2026-04-27 12:00 +0100",
    "cte": "base64",
    "text": """Hi Lucía,

Thank you for your interest in the Audience & Product Editor position at The Lisbon Ledger.

We've now reviewed all applications and regret that we won't be taking yours further on this occasion. We'll keep your CV on file for six months and may be in touch if something suitable comes up.

Best wishes,
The Lisbon Ledger newsroom

--
Powered by Workable. You are receiving this email because you applied for a job at The Lisbon Ledger.
""",
})

# 24. Role put on hold and no candidates will proceed, talent partner writing in English for a Paris company.
add({
    "kind": "rejection", "scenario": "voyagix_on_hold_english", "lang": "en",
    "company": "Voyagix", "contact": "claire.martin@voyagix.example.fr",
    "frm": ("Claire Martin", "claire.martin@voyagix.example.fr"),
    "to": ME,
    "subject": "Re: Content Designer (remote) - next steps",
    "date": "2026-03-26 11:57 +0100",
    "cte": "quoted-printable",
    "refs": ["<CAGs8ViyG5tR2d@mail.gmail.com>", "<CAOlucia0312vgx9@mail.gmail.com>",
             "<CAGs8ViyQp0M1w@mail.gmail.com>"],
    "quoted": True,
    "text": """Hello Lucía,

I owe you an update and I'm afraid it isn't the one we hoped for.

Following a reorganisation of our product teams, the Content Designer role has been put on hold and we will not proceed with any candidates at this time, including you. There is no date for reopening it.

I'm sorry, especially since you were our preferred candidate going into the last step. I'd be glad to keep in touch if things change.

Claire

Claire Martin
Talent Partner | Voyagix
55 rue du Faubourg Montmartre, 75009 Paris

On Fri, 13 Mar 2026 at 09:02, Claire Martin <claire.martin@voyagix.example.fr> wrote:
> Perfect, you're booked for the final interview with our VP Product on
> Wednesday 25 March at 11:00 Paris time. Looking forward!
""",
})

# 25. BambooHR, Lisbon agency, HTML only, "move forward with other applicants".
add({
    "kind": "rejection", "scenario": "bamboohr_hollis_vane", "lang": "en",
    "company": "Hollis & Vane Digital", "contact": "",
    "frm": ("Hollis & Vane Digital", "notifications@app.bamboohr.com"),
    "to": ME,
    "subject": "Thank you from Hollis & Vane",
    "date": "2026-08-19 16:30 +0100",
    "cte": "quoted-printable",
    "text": """Dear Lucía,

Thanks so much for applying for the Content Strategist role in our Lisbon studio.

We've had a huge response, and after careful review we've decided to move forward with other applicants for this role. We truly appreciate the time you took to apply.

Kind regards,
The Hollis & Vane team

Hollis & Vane Digital, Lda - Rua da Boavista 84, Lisboa
This message was sent by BambooHR on behalf of Hollis & Vane Digital. Replies to this address are not read.
""",
    "html": """<div style="background:#f7f7f7;padding:30px 0">
<table align="center" width="560" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:6px;font-family:Lato,Arial,sans-serif;color:#38312f">
<tr><td style="padding:28px 36px 0"><img src="https://hollisvane.bamboohr.com/logos/hv_logo.png" alt="Hollis &amp; Vane Digital" height="40"></td></tr>
<tr><td style="padding:20px 36px 30px;font-size:15px;line-height:1.6">
<p>Dear Lucía,</p>
<p>Thanks so much for applying for the <strong>Content Strategist</strong> role in our Lisbon studio.</p>
<p>We've had a huge response, and after careful review we've decided to move forward with other applicants for this role. We truly appreciate the time you took to apply.</p>
<p>Kind regards,<br>The Hollis &amp; Vane team</p>
</td></tr></table>
<p style="text-align:center;font-family:Arial;font-size:11px;color:#999">Hollis &amp; Vane Digital, Lda · Rua da Boavista 84, Lisboa · This message was sent by BambooHR on behalf of Hollis &amp; Vane Digital. Replies to this address are not read.</p>
</div>""",
})

# 26. French studio, vous, iso-8859-1, after an interview, person's signature with pipes.
add({
    "kind": "rejection", "scenario": "atelier_brume_vous", "lang": "fr",
    "company": "Atelier Brume", "contact": "camille.roussel@brume.example.fr",
    "frm": ("Camille Roussel", "camille.roussel@brume.example.fr"),
    "to": ME,
    "subject": "Suite à notre entretien",
    "date": "2026-06-18 10:21 +0200",
    "charset": "iso-8859-1", "cte": "quoted-printable",
    "text": """Bonjour Lucía,

Merci encore pour notre échange de jeudi dernier, que j'ai trouvé très riche.

Après réflexion avec l'équipe, nous avons le regret de vous annoncer que nous ne donnerons pas suite à votre candidature pour le poste de Content Designer. Nous avons retenu un profil ayant davantage d'expérience dans l'édition culturelle, qui représente l'essentiel de nos projets cette année.

Je garde précieusement vos coordonnées et ne manquerai pas de revenir vers vous si une mission freelance se présente.

Bien cordialement,

Camille Roussel | Directrice de création | Atelier Brume
12 passage de la Main d'Or, 75011 Paris
""",
})

# 27. Spontaneous application refused, French newspaper via SmartRecruiters-like HTML, no reply.
add({
    "kind": "rejection", "scenario": "quotidien_soir_spontanee", "lang": "fr",
    "company": "Le Quotidien du Soir", "contact": "",
    "frm": ("Le Quotidien du Soir - Recrutement", "lequotidiendusoir@smartrecruiters.com"),
    "to": ME,
    "subject": "Votre candidature spontanée",
    "date": "2026-02-11 09:44 +0100",
    "cte": "quoted-printable",
    "html": """<html><body style="margin:0;padding:0;background:#ffffff;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="font-family:Georgia,'Times New Roman',serif;color:#111;">
<tr><td style="border-bottom:2px solid #111;padding:16px 0;text-align:center;"><img src="https://c.smartrecruiters.com/sr-company-logo-prod/lequotidiendusoir/masthead.png" alt="Le Quotidien du Soir" width="260"></td></tr>
<tr><td style="padding:24px 8px;font-size:16px;line-height:1.5;">
<p>Madame,</p>
<p>Nous vous remercions de l'intérêt que vous portez au <i>Quotidien du Soir</i> et de votre candidature spontanée pour rejoindre notre pôle Produit numérique.</p>
<p>Nous l'avons étudiée avec attention. Nous ne sommes malheureusement pas en mesure d'y répondre favorablement, aucun poste correspondant à votre profil n'étant ouvert actuellement.</p>
<p>Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.</p>
<p>La Direction des ressources humaines<br>Le Quotidien du Soir</p>
</td></tr>
<tr><td style="font-family:Arial,sans-serif;font-size:10px;color:#777;padding:8px;border-top:1px solid #ddd;">Société éditrice du Quotidien du Soir SAS · 80 boulevard Auguste-Blanqui, 75013 Paris.<br>Merci de ne pas répondre à ce message. <a href="https://click.smartrecruiters.com/ls/click?upn=qds-prefs">Gérer mes préférences</a></td></tr>
</table></td></tr></table>
<img src="https://click.smartrecruiters.com/wf/open?upn=qds-0211-open" width="1" height="1" alt="" style="display:none">
</body></html>""",
})

# 28. French bank, role mailbox that asks not to reply, windows-1252 8bit, after interview.
add({
    "kind": "rejection", "scenario": "credit_sequane_role_mailbox", "lang": "fr",
    "company": "Crédit Sequane", "contact": "",
    "frm": ("Crédit Sequane - Recrutement", "recrutement@credit-sequane.example.fr"),
    "to": ME,
    "subject": "Votre candidature – Product Owner Parcours Clients (réf. PO-2026-031)",
    "date": "2026-05-13 17:09 +0200",
    "charset": "windows-1252", "cte": "8bit",
    "text": """Madame,

Nous vous remercions pour l’intérêt que vous portez au Crédit Sequane ainsi que pour le temps consacré à nos entretiens.

Après un examen attentif de l’ensemble des candidatures, nous sommes au regret de vous informer que nous ne retiendrons pas votre candidature pour le poste de Product Owner Parcours Clients (réf. PO-2026-031).

Nous vous souhaitons une pleine réussite dans vos recherches.

L’équipe Recrutement
Crédit Sequane

—
Ce message est envoyé depuis une boîte d’envoi automatique : merci de ne pas y répondre.
Crédit Sequane – Société anonyme coopérative à capital variable – 14 quai de la Rapée, 75012 Paris
""",
})

# 29. softgarden, German insurer, Sie, HTML with a Vorstand footer.
add({
    "kind": "rejection", "scenario": "softgarden_nordhafen_sie", "lang": "de",
    "company": "Nordhafen Versicherung", "contact": "",
    "frm": ("Nordhafen Versicherung AG", "no-reply@softgarden.io"),
    "to": ME,
    "subject": "Ihre Bewerbung als UX Writer (m/w/d) – Kennziffer 4471",
    "date": "2026-03-03 08:30 +0100",
    "cte": "quoted-printable",
    "html": ats_shell(
        brand="Nordhafen Versicherung", logo="https://nordhafen.softgarden.io/assets/logo_nordhafen.svg",
        logo_alt="Nordhafen Versicherung", accent="#005a8c", font="Arial,sans-serif",
        body="""<p>Sehr geehrte Frau Arrieta-Mbeki,</p>
<p>vielen Dank für Ihr Interesse an der Nordhafen Versicherung und Ihre Bewerbung als <b>UX Writer (m/w/d)</b> für unser Digital-Team in Hamburg (remote möglich).</p>
<p>Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können. Diese Entscheidung ist keine Bewertung Ihrer Qualifikation, sondern das Ergebnis eines Vergleichs mit dem Anforderungsprofil.</p>
<p>Ihre Unterlagen werden gemäß unseren Datenschutzhinweisen nach sechs Monaten gelöscht.</p>
<p>Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.</p>
<p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team der Nordhafen Versicherung</p>""",
        footer="""Nordhafen Versicherung AG · Am Sandtorkai 50 · 20457 Hamburg<br>
Vorstand: Dr. Henrike Lassen (Vorsitzende), Malte Brandes, Sven Okonkwo · Vorsitzender des Aufsichtsrats: Prof. Dr. Ulrich Beermann<br>
Sitz der Gesellschaft: Hamburg · Registergericht: Amtsgericht Hamburg HRB 5XXXX<br>
Diese E-Mail wurde automatisch versendet. Bitte antworten Sie nicht auf diese Nachricht. <a href="https://nordhafen.softgarden.io/de/privacy">Datenschutz</a>""",
        pixel_url="https://track.softgarden.io/o/4471/lam.gif"),
})

# 30. German agency names the client, du, iso-8859-1 8bit.
add({
    "kind": "rejection", "scenario": "stellenwerk_rheinblick_du", "lang": "de",
    "company": "Rheinblick Medien", "contact": "f.albers@stellenwerk.example.de",
    "frm": ("Frederike Albers", "f.albers@stellenwerk.example.de"),
    "to": ME,
    "subject": "AW: Einladung Interview Rheinblick Medien",
    "date": "2026-07-21 15:05 +0200",
    "charset": "iso-8859-1", "cte": "8bit",
    "refs": ["<stellenwerk.fa.20260710.3321@stellenwerk.example.de>", "<lucia-stellenwerk-0713@example.es>"],
    "quoted": True,
    "text": """Hallo Lucía,

ich habe heute Mittag mit Rheinblick Medien telefoniert und leider keine guten Nachrichten: Sie haben sich für eine andere Kandidatin entschieden, die schon länger im Nachrichtenbereich arbeitet und Deutsch auf Muttersprachniveau mitbringt.

Das Feedback zu deinem Portfolio war sehr positiv, vor allem die Fallstudie zur Bürger-App. Ich melde mich, sobald ich etwas Passendes im Remote-Bereich habe - das ist gerade viel in Bewegung.

Viele Grüße aus Berlin
Frederike

Frederike Albers
Senior Consultant Digital & Design
Stellenwerk Personalberatung GmbH
Torstraße 140 | 10119 Berlin | +49 30 0000000
Geschäftsführer: Dirk Stellmacher | HRB 16XXXX B

Von: Lucía Arrieta-Mbeki <lucia.am@example.es>
Gesendet: Montag, 13. Juli 2026 09:12
An: Frederike Albers <f.albers@stellenwerk.example.de>
Betreff: AW: Einladung Interview Rheinblick Medien

Hallo Frederike,

danke für die Einladung zum Interview mit Rheinblick Medien! Donnerstag um 11 Uhr passt mir sehr gut. Ich freue mich darauf.

Viele Grüße
Lucía
""",
})

# 31. German one-liner from a start-up founder, du.
add({
    "kind": "rejection", "scenario": "pixelhain_einzeiler", "lang": "de",
    "company": "Pixelhain", "contact": "jonas@pixelhain.example.de",
    "frm": ("Jonas Reuter", "jonas@pixelhain.example.de"),
    "to": ME_BARE,
    "subject": "Re: Kennenlernen",
    "date": "2026-05-19 08:14 +0200",
    "cte": "8bit",
    "refs": ["<pixelhain-0409-jr@pixelhain.example.de>", "<pixelhain-0414-jr@pixelhain.example.de>"],
    "text": """Hi Lucía, wir haben uns leider für jemand anderen entschieden. Danke dir & alles Gute!
– Jonas · Pixelhain
""",
})

# 32. Greenhouse in Spanish, travel agency brand, multipart/alternative, no reply address.
_r32 = """Hola, Lucía:

Gracias por tu interés en Viajes Meridiano y por presentar tu candidatura a UX Writer (Barcelona / híbrido).

Hemos revisado tu perfil con cariño. En esta ocasión hemos decidido avanzar con otras personas cuyo perfil encaja mejor con lo que el equipo necesita en este momento.

Ojalá nos volvamos a cruzar en otra ruta.

Un saludo,
Equipo de Personas · Viajes Meridiano
"""
add({
    "kind": "rejection", "scenario": "greenhouse_meridiano_es", "lang": "es",
    "company": "Viajes Meridiano", "contact": "",
    "frm": ("Viajes Meridiano vía Greenhouse", "no-reply@greenhouse-mail.io"),
    "to": ME,
    "subject": "Tu candidatura a UX Writer en Viajes Meridiano",
    "subj_enc": "q",
    "date": "2026-02-09 12:10 +0100",
    "cte": "quoted-printable",
    "text": _r32,
    "html": ats_shell(
        brand="Viajes Meridiano", logo="https://s3.amazonaws.com/grnhse-prod/logos/meridiano.png",
        logo_alt="Viajes Meridiano", accent="#00a19a",
        body="".join(f"<p>{esc(p).replace(chr(10), '<br>')}</p>\n" for p in _r32.strip().split("\n\n")),
        footer="Viajes Meridiano S.L. · Rambla de Catalunya 90, 08008 Barcelona · Enviado mediante Greenhouse · <a href=\"https://app.greenhouse.io/privacy\">Privacidad</a>"),
})
