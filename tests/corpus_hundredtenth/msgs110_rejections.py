"""Rejections for the hundredtenth corpus, each written by hand.

Soft and blunt, before and after interviews, a speculative application turned down, a role put
on hold, a role filled internally, agency-relayed with and without the client's name, one-liners
from a phone. Several quote earlier mail whose words (invitations, "entrevista", "Einladung")
must not decide the kind.
"""

from __future__ import annotations

from msgs110_common import (
    as_text,
    ats_card,
    gmail_html,
    outlook_html,
    plain_html,
    text_version,
)

MESSAGES: list[dict] = []

# --- English -----------------------------------------------------------------------------------

_HQ = """Dear Santiago,

Thank you for your interest in the Operational Risk Analyst (Payments) position at Harbour & Quay Bank, and for the time you gave our recruitment team over the past few weeks.

We received a strong response to this vacancy. After careful consideration, we have decided to move forward with candidates whose experience more closely matches the requirements of the role at this time.

We would encourage you to keep an eye on [[our careers site|https://hqbank.wd3.myworkday.com/HQ_Careers]] and to apply again for future roles that suit your background.

Kind regards,

Talent Acquisition
Harbour & Quay Bank"""

MESSAGES.append({
    "scenario": "workday_soft", "kind": "rejection", "lang": "en",
    "sender": ("Harbour & Quay Bank Careers", "hqbank@myworkday.com"),
    "subject": "Your application for Operational Risk Analyst (Payments) - R-004812",
    "date": "2026-02-11 16:42 +0000", "structure": "html", "charset": "utf-8", "cte": "base64",
    "html": ats_card(_HQ, brand="Harbour & Quay Bank", logo="myworkday.com/hqbank/logo.png",
                  accent="#0b3d5c", tracker="links.myworkday.com", seed="r-hq",
                  footer="""This email was sent from an unmonitored mailbox. Please do not reply.

Harbour & Quay Bank DAC is regulated by the Central Bank of Ireland. Registered in Ireland No. 481220. Registered office: 2 Spencer Dock, Dublin 1, D01 X2Y7.

[[Privacy notice for candidates|https://hqbank.example.ie/privacy/candidates]]"""),
    "headers": [("X-Mailer", "Workday Notification Service"), ("Auto-Submitted", "auto-generated")],
    "company": "Harbour & Quay Bank", "contact": ""})

_VALORA_TXT = """Hi Santiago,

Thank you so much for making the time to meet the panel last Thursday, and for the thought you put into the chargeback case. Aoife and Rob both mentioned how clearly you walked them through the reconciliation breaks.

It was a genuinely close call, but we've decided to offer the Risk Operations Specialist role to another candidate who has spent several years running card-scheme disputes day to day. That hands-on scheme experience was the deciding factor for this particular team.

I know that's disappointing after three rounds. If it's useful, I'm happy to jump on a 15-minute call and share the panel's feedback in more detail - just reply here and we'll find a time.

We'd also love to stay in touch for the Dublin Financial Crime team, which is likely to open roles in Q3.

All the best,
Niamh

Niamh Keane
Senior Talent Partner | Valora Payments
Dublin · Madrid · Buenos Aires"""

MESSAGES.append({
    "scenario": "greenhouse_after_panel", "kind": "rejection", "lang": "en",
    "sender": ("Valora Payments via Greenhouse", "no-reply@greenhouse-mail.io"),
    "reply_to": ("Niamh Keane", "niamh.keane@valorapay.example.ie"),
    "subject": "Following up on your interviews with Valora",
    "date": "2026-03-13 11:05 +0000", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "text": _VALORA_TXT,
    "html": ats_card(_VALORA_TXT, brand="Valora Payments", logo="greenhouse-mail.io/valora/logo.png",
                  accent="#5b2be0", tracker="click.greenhouse-mail.io", seed="r-valora",
                  footer="""Valora Payments Ltd, 40 Sir John Rogerson's Quay, Dublin 2. Registered in Ireland No. 655013.
Powered by Greenhouse"""),
    "in_reply_to": "<thanks.valora.20260305@example.ar>",
    "references": ["<invite.valora.7f3a@greenhouse-mail.io>", "<thanks.valora.20260305@example.ar>"],
    "company": "Valora Payments", "contact": "niamh.keane@valorapay.example.ie"})

MESSAGES.append({
    "scenario": "ashby_role_on_hold", "kind": "rejection", "lang": "en",
    "sender": ("Trellis Risk Labs", "no-reply@ashbyhq.com"),
    "reply_to": ("Dana Whitfield", "dana@trellisrisk.example.com"),
    "subject": "Update on the Fraud Strategy Analyst role",
    "date": "2026-03-04 18:20 -0500", "structure": "plain", "charset": "us-ascii", "cte": "7bit",
    "text": """Hi Santiago,

I wanted to get back to you personally rather than leave you hanging.

Yesterday our leadership team decided to put the Fraud Strategy Analyst position on hold for the rest of the year while we rework our 2026 budget. That means we will not be proceeding with any candidates for this role, including you, and I'm closing out the process on our side.

This has nothing to do with your interviews - the feedback from Marcus was positive. If the role reopens, I'll reach out first, but I don't want you to plan around that.

Thanks again for your patience with our scheduling, and best of luck with your search.

Dana Whitfield
Head of People, Trellis Risk Labs
Miami, FL

---
Sent via Ashby""",
    "company": "Trellis Risk Labs", "contact": "dana@trellisrisk.example.com"})

MESSAGES.append({
    "scenario": "recruiter_terse_iphone", "kind": "rejection", "lang": "en",
    "sender": ("Rafael Tanaka", "rafael.tanaka@nimbuspay.example.com"),
    "subject": "Re: Risk Ops Analyst - Sao Paulo",
    "date": "2026-06-18 21:47 -0300", "structure": "plain", "charset": "utf-8", "cte": "7bit",
    "text": """Santiago - hiring manager went with someone already in Brazil, so we won't move forward. Sorry, and thanks for your time.

Sent from my iPhone

> On Jun 12, 2026, at 10:03, Santiago Ferreyra-Walsh <santi.fw@example.ar> wrote:
>
> Hi Rafael, thanks for the great conversation on Tuesday. I'm really excited
> about the next interview with the hiring manager and happy to travel to Sao
> Paulo if that helps. Looking forward to hearing from you.
>
> Best,
> Santiago""",
    "in_reply_to": "<CAF8x2NimbusSFW0612@mail.example.ar>",
    "mailer": "apple",
    "company": "Nimbus Pay", "contact": "rafael.tanaka@nimbuspay.example.com"})

MESSAGES.append({
    "scenario": "filled_internally_miami", "kind": "rejection", "lang": "en",
    "sender": ("Seminole Payments Group - Talent", "talent@seminolepay.example.com"),
    "subject": "Compliance & Risk Associate (Req 2214)",
    "date": "2026-05-27 10:12 -0400", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Hello Santiago,

Thank you for applying for the Compliance & Risk Associate opening (Req 2214) at our Coral Way office.

We want to let you know that the position has been filled internally by a member of our merchant underwriting team, so we have closed the requisition and will not be scheduling further interviews for it.

We appreciate your interest in Seminole Payments Group. Your profile will stay in our talent community, and if you have any questions about other openings, you are welcome to reply to this email - a member of our team reads every message.

Warm regards,

Talent Team
Seminole Payments Group
2600 SW 3rd Ave, Suite 900 | Miami, FL 33129
(305) 555-0148""",
    "company": "Seminole Payments Group", "contact": "talent@seminolepay.example.com"})

MESSAGES.append({
    "scenario": "speculative_declined_dublin", "kind": "rejection", "lang": "en",
    "sender": ("Orla Brennan", "orla.brennan@liffeymutual.example.ie"),
    "subject": "RE: Speculative application - risk & finance operations",
    "date": "2026-02-25 09:31 +0000", "structure": "plain", "charset": "windows-1252", "cte": "quoted-printable",
    "text": """Dear Santiago,

Many thanks for your email and CV, and apologies for the slow reply – February is always busy with our renewals.

I’ve had a look with our Head of Risk, and I’m afraid we don’t have an opening that fits your background at the moment, nor do we expect one in the Risk or Finance Operations teams before the end of the year. So we won’t be taking your application further.

I’d suggest keeping an eye on our careers page, where all vacancies are posted. I’m sorry not to have better news.

Kind regards,
Orla

Orla Brennan
HR Business Partner
Liffey Mutual Assurance DAC
Liffey House, 14 Ormond Quay Upper, Dublin 7
T: +353 1 555 0192

Liffey Mutual Assurance DAC is regulated by the Central Bank of Ireland. Registered in Ireland No. 301877.
This e-mail and any attachments are confidential and intended solely for the addressee.

-----Original Message-----
From: Santiago Ferreyra-Walsh <santi.fw@example.ar>
Sent: Tuesday, February 17, 2026 2:14 PM
To: Orla Brennan <orla.brennan@liffeymutual.example.ie>
Subject: Speculative application - risk & finance operations

Dear Ms Brennan,

I am a chartered accountant (Contador Público, UBA) with six years in audit and financial reporting, now moving into risk and operations for financial services. I will be relocating to Dublin in the summer and would be glad to be considered for any upcoming role in your Risk or Finance Operations teams.

I attach my CV and would welcome the chance to talk.

Kind regards,
Santiago Ferreyra-Walsh""",
    "in_reply_to": "<spec.liffey.20260217@example.ar>",
    "headers": [("X-MS-Has-Attach", ""), ("Thread-Topic", "Speculative application - risk & finance operations")],
    "company": "Liffey Mutual Assurance", "contact": "orla.brennan@liffeymutual.example.ie"})

MESSAGES.append({
    "scenario": "agency_unnamed_client_dublin", "kind": "rejection", "lang": "en",
    "sender": ("Cathal Moran", "cathal.moran@quadrantsearch.example.ie"),
    "subject": "Payments risk role - feedback",
    "date": "2026-09-21 15:02 +0100", "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "text": """Hi Santiago,

Hope you're keeping well. I've had feedback from my client on the payments risk role we discussed.

They've decided not to progress your application to the next stage. They were impressed with your audit background but felt they need someone who has already worked inside an e-money or payments institution, given the timelines on their CBI authorisation project.

I know that's frustrating to hear. I'll keep you in mind for anything more finance-operations focused, and please do shout if you see something you want me to check in on.

Speak soon,
Cathal

Cathal Moran | Senior Consultant, Financial Services | Quadrant Search
+353 1 555 0377 | quadrantsearch.example.ie
Quadrant Search Ltd, registered in Ireland No. 598812. Registered office: 6 Fitzwilliam Sq, Dublin 2.""",
    "in_reply_to": "<20260901.quadrant.intro@quadrantsearch.example.ie>",
    "company": "Quadrant Search", "contact": "cathal.moran@quadrantsearch.example.ie"})

_SUNBELT = """Hi Santiago,

Thank you for taking the time to interview with us for the **Credit Operations Analyst** position and for preparing the portfolio case study. We enjoyed learning about your experience.

After reviewing all of the candidates we met, we've decided not to move forward with your application. This was a difficult decision given the number of strong applicants.

We hope you'll [[explore other opportunities|https://careers.smartrecruiters.com/SunbeltHomeStores]] with us in the future.

Best,
Sunbelt Home Stores Recruiting"""

MESSAGES.append({
    "scenario": "smartrecruiters_after_case", "kind": "rejection", "lang": "en",
    "sender": ("Sunbelt Home Stores", "noreply@smartrecruiters.com"),
    "subject": "Credit Operations Analyst at Sunbelt Home Stores",
    "date": "2026-06-03 13:27 -0400", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "text": text_version(_SUNBELT, 'Sunbelt Home Stores, Inc. · Doral, FL 33172'),
    "html": ats_card(_SUNBELT, brand="Sunbelt Home Stores", logo="smartrecruiters.com/sunbelt.png",
                  accent="#f28c00", tracker="t.smartrecruiters.com", seed="r-sunbelt",
                  footer="""Sunbelt Home Stores, Inc. · 8801 NW 25th St · Doral, FL 33172

You received this email because you applied for a job on our career site. [[Privacy Policy|https://www.smartrecruiters.com/legal/candidate-privacy-policy/]]"""),
    "headers": [("Auto-Submitted", "auto-generated")],
    "company": "Sunbelt Home Stores", "contact": ""})

MESSAGES.append({
    "scenario": "founder_reply_quotes_invite", "kind": "rejection", "lang": "en",
    "sender": ("Ciara Donnelly", "ciara@tangramrisk.example.ie"),
    "subject": "Re: Final round at Tangram",
    "date": "2026-04-24 19:14 +0100", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Hi Santiago,

Sorry this took longer than I promised. We've talked it through as a team and we're not going to make you an offer. Honestly the thing that tipped it was hands-on SQL - we're six people and whoever joins has to build the loss dashboards themselves from day one, and the take-home showed that's still a step away for you.

Everything else was strong, and Ciarán said the regulatory part of the conversation was the best he'd had with any candidate. I'd be glad to introduce you to a couple of people in the Dublin payments scene if that helps - just say.

Ciara

On Tue, 7 Apr 2026 at 09:12, Ciara Donnelly <ciara@tangramrisk.example.ie> wrote:
> Hi Santiago,
>
> Great news - we'd love to invite you to the final round! It's a 90-minute session
> at our office on Pearse St with me and Ciaran (our CTO), half case, half chat about
> how you'd set up our risk controls for the e-money licence.
>
> Are you free Wed 15 April at 10:00 Irish time? We'll cover your travel from the
> city centre, obviously.
>
> Looking forward to it,
> Ciara
> --
> Ciara Donnelly, Co-founder & CEO, Tangram Risk""",
    "in_reply_to": "<CAT9ciara.final.0407@tangramrisk.example.ie>",
    "references": ["<CAT9ciara.final.0407@tangramrisk.example.ie>", "<CAT9ciara.ill.0413@tangramrisk.example.ie>"],
    "company": "Tangram Risk", "contact": "ciara@tangramrisk.example.ie"})

# --- Spanish -----------------------------------------------------------------------------------

_BA = """Estimado Santiago:

Te agradecemos el interés en formar parte de Banco Austral del Plata y el tiempo que dedicaste a las entrevistas para la posición de **Analista Sr. de Riesgo Operacional**.

Luego de evaluar cuidadosamente todas las candidaturas, decidimos avanzar con otra persona cuyo perfil se ajusta más a las necesidades actuales del área.

Vamos a conservar tus datos en nuestra base para futuras búsquedas. Te invitamos a seguir nuestras oportunidades en [[nuestro portal de empleos|https://bancoaustral.wd5.myworkday.com/Austral_Careers]].

¡Muchos éxitos!

Gerencia de Talento
Banco Austral del Plata"""

MESSAGES.append({
    "scenario": "workday_banco_despues_entrevista", "kind": "rejection", "lang": "es",
    "sender": ("Banco Austral - Selección", "bancoaustral@myworkday.com"),
    "subject": "Tu postulación: Analista Sr. de Riesgo Operacional (JR-20260044)",
    "date": "2026-02-20 17:55 -0300", "structure": "html", "charset": "utf-8", "cte": "base64",
    "html": ats_card(_BA, brand="Banco Austral del Plata", logo="myworkday.com/bancoaustral/logo.png",
                  accent="#00529b", tracker="links.myworkday.com", seed="r-ba",
                  footer="""Este mensaje fue enviado desde una casilla que no recibe respuestas.

Banco Austral del Plata S.A. – Av. Corrientes 1200, C1043 CABA. Los datos personales se tratan conforme a la Ley 25.326."""),
    "headers": [("X-Mailer", "Workday Notification Service"), ("Auto-Submitted", "auto-generated")],
    "company": "Banco Austral del Plata", "contact": ""})

_PAMPA_R = """¡Hola Santiago!

Gracias por postularte a **Analista de Prevención de Fraude** en PampaPay. Nos tomamos el tiempo de revisar tu perfil con el equipo de Riesgo.

En esta oportunidad vamos a seguir con personas que ya trabajaron con reglas de monitoreo transaccional, que es clave para este rol. Sabemos que no es la noticia que esperabas.

Nos encantaría que sigas de cerca nuestras búsquedas: abrimos posiciones en Finanzas y Operaciones varias veces al año.

Un abrazo,
Equipo de Talento de PampaPay"""

MESSAGES.append({
    "scenario": "fintech_marca_vs_razon_social", "kind": "rejection", "lang": "es",
    "sender": ("PampaPay", "no-reply@greenhouse-mail.io"),
    "subject": "Sobre tu postulación en PampaPay",
    "date": "2026-01-16 12:03 -0300", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "text": as_text(_PAMPA_R) + "\n\n--\nPampa Pagos S.A. · CUIT 30-71655432-9 · Av. del Libertador 6680, CABA\nNo respondas este correo: esta casilla no se monitorea.\n",
    "html": ats_card(_PAMPA_R, brand="PampaPay", logo="greenhouse-mail.io/pampapay/logo.png",
                  accent="#19b38a", tracker="click.greenhouse-mail.io", seed="r-pampa",
                  footer="""Pampa Pagos S.A. · CUIT 30-71655432-9 · Av. del Libertador 6680, CABA
No respondas este correo: esta casilla no se monitorea."""),
    "company": "PampaPay", "contact": ""})

MESSAGES.append({
    "scenario": "lever_cordoba_voseo", "kind": "rejection", "lang": "es",
    "sender": ("Chasqui Finance", "no-reply@hire.lever.co"),
    "reply_to": ("Agustina Ledesma", "agustina.ledesma@chasqui.example.ar"),
    "subject": "Re: Analista de Riesgo Operacional - Chasqui",
    "date": "2026-03-30 10:48 -0300", "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "text": """Hola Santi, ¿cómo estás?

Quería escribirte yo antes de que te llegue cualquier mail automático. Estuvimos viendo todas las entrevistas con Facundo y con el equipo de Riesgo, y finalmente decidimos avanzar con otra persona para el puesto. Buscábamos a alguien que ya hubiera armado matrices de riesgo en una fintech regulada por el BCRA, y en eso nos quedaste un poco corto.

Te quiero agradecer de verdad la buena onda y la predisposición, sobre todo con el cambio de horario que te pedimos. Si te sirve, te puedo pasar un feedback más detallado por teléfono la semana que viene.

Cualquier cosa, respondeme acá.

Abrazo,
Agus

Agustina Ledesma
Talent Acquisition · Chasqui Finance
Córdoba, Argentina""",
    "in_reply_to": "<sfw.followup.chasqui.0316@example.ar>",
    "references": ["<20260219.chasqui.invite@chasqui.example.ar>", "<sfw.followup.chasqui.0316@example.ar>"],
    "company": "Chasqui Finance", "contact": "agustina.ledesma@chasqui.example.ar"})

_KUANTO_R = """Hola Santiago,

Muchas gracias por tu interés en el cargo de **Analista de Riesgo de Crédito** en Kuanto y por el tiempo que le dedicaste al proceso.

Queremos contarte que en esta oportunidad no continuaremos con tu postulación. Recibimos muchas postulaciones muy buenas y tuvimos que tomar decisiones difíciles.

Te deseamos lo mejor en tu búsqueda y ojalá nos volvamos a cruzar.

Saludos,
Equipo de Personas · Kuanto"""

MESSAGES.append({
    "scenario": "teamtailor_chile", "kind": "rejection", "lang": "es",
    "sender": ("Kuanto", "no-reply@teamtailor-mail.com"),
    "subject": "Tu postulación a Analista de Riesgo de Crédito",
    "date": "2026-04-20 09:15 -0400", "structure": "html", "charset": "utf-8", "cte": "base64",
    "html": ats_card(_KUANTO_R, brand="Kuanto", logo="teamtailor-mail.com/kuanto/logo.png",
                  accent="#ff4f5a", tracker="url4471.teamtailor-mail.com", seed="r-kuanto",
                  footer="""Kuanto SpA · Av. Apoquindo 3650, Las Condes, Santiago

¿No quieres recibir más correos de Kuanto? [[Gestiona tus datos|https://kuanto.teamtailor.com/connect/privacy]]"""),
    "company": "Kuanto", "contact": ""})

MESSAGES.append({
    "scenario": "una_linea_celular", "kind": "rejection", "lang": "es",
    "sender": ("Josefina Aravena", "jaravena@bancocordillera.example.cl"),
    "subject": "Re: Consulta proceso Analista Riesgo Operacional",
    "date": "2026-05-20 19:02 -0400", "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "text": """Hola Santiago, te cuento que el cargo quedó con otro candidato. Gracias por todo y éxito.

Enviado desde mi celular""",
    "in_reply_to": "<sfw.consulta.cordillera.0518@example.ar>",
    "company": "Banco Cordillera", "contact": "jaravena@bancocordillera.example.cl"})

MESSAGES.append({
    "scenario": "espontanea_estudio_auditoria", "kind": "rejection", "lang": "es",
    "sender": ("Recursos Humanos - BRA", "rrhh@bra-auditores.example.ar"),
    "subject": "RE: Presentación espontánea - Santiago Ferreyra-Walsh",
    "date": "2026-01-28 11:20 -0300", "structure": "plain", "charset": "iso-8859-1", "cte": "quoted-printable",
    "hdr_charset": "iso-8859-1",
    "text": """Estimado Sr. Ferreyra-Walsh:

Recibimos su nota y su currículum, y agradecemos que haya pensado en nuestro estudio.

Lamentablemente, en este momento no contamos con vacantes en el área de Auditoría de Entidades Financieras ni en Consultoría de Riesgos, y no prevemos incorporaciones durante el primer semestre. Por ese motivo no podremos avanzar con su presentación.

Le deseamos mucho éxito en esta nueva etapa profesional.

Saludos cordiales,

Lic. Mariela Santoro
Recursos Humanos
Bustamante, Roca & Asociados
Contadores Públicos - Auditores - Consultores
Tucumán 834, piso 6 - C1049AAR Buenos Aires
Tel. (011) 5555-4120

________________________________
De: Santiago Ferreyra-Walsh <santi.fw@example.ar>
Enviado: miércoles, 14 de enero de 2026 9:40
Para: rrhh@bra-auditores.example.ar
Asunto: Presentación espontánea - Santiago Ferreyra-Walsh

Buenos días:

Me pongo en contacto para acercarles mi CV. Soy contador público (UBA) con seis años de experiencia en auditoría externa, los últimos tres como semi senior en entidades financieras. Me interesaría sumarme a su equipo de consultoría en riesgos.

Quedo a disposición para una entrevista.

Saludos,
Santiago Ferreyra-Walsh""",
    "in_reply_to": "<spont.bra.20260114@example.ar>",
    "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
    "company": "Bustamante, Roca & Asociados", "contact": "rrhh@bra-auditores.example.ar"})

_MUTUA = """Estimado/a Santiago:

Le escribimos en relación con su candidatura al puesto de **Técnico/a de Control de Riesgos** (ref. MV-2026-031) en nuestras oficinas centrales de Valencia.

Por motivos organizativos, el proceso de selección ha quedado en suspenso y la Dirección ha decidido no seguir adelante con la cobertura de esta vacante durante el presente ejercicio. Por tanto, damos por finalizado el proceso con todas las personas candidatas.

Le agradecemos sinceramente el interés mostrado en Mutua Valenciana y el tiempo dedicado.

Reciba un cordial saludo,

Departamento de Personas
Mutua Valenciana de Seguros"""

MESSAGES.append({
    "scenario": "proceso_en_suspenso_valencia", "kind": "rejection", "lang": "es",
    "sender": ("Mutua Valenciana · Selección", "no-responder@mutuavalenciana.example.es"),
    "subject": "Candidatura MV-2026-031 – Técnico/a de Control de Riesgos",
    "date": "2026-07-02 13:40 +0200", "structure": "html", "charset": "windows-1252", "cte": "quoted-printable",
    "hdr_charset": "windows-1252",
    "html": ats_card(_MUTUA, brand="Mutua Valenciana de Seguros", logo="mutuavalenciana.example.es/img/logo-mv.png",
                  accent="#c8102e", tracker="envios.mutuavalenciana.example.es", seed="r-mutua",
                  font="Tahoma,Verdana,sans-serif",
                  footer="""Por favor, no responda a este correo: ha sido generado automáticamente.

Mutua Valenciana de Seguros y Reaseguros a Prima Fija. C/ Colón 41, 46004 Valencia. Inscrita en el Registro Mercantil de Valencia, Tomo 2210, Folio 14, Hoja V-1187. Información sobre protección de datos: dpo@mutuavalenciana.example.es"""),
    "company": "Mutua Valenciana de Seguros", "contact": ""})

MESSAGES.append({
    "scenario": "consultora_nombra_cliente_uy", "kind": "rejection", "lang": "es",
    "sender": ("Verónica Pintos | Consultora Ábaco", "vpintos@consultoraabaco.example.uy"),
    "subject": "Búsqueda Jefe de Control de Gestión - novedades",
    "date": "2026-08-13 16:25 -0300", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Hola Santiago, ¿cómo andás?

Te escribo por la búsqueda de Jefe de Control de Gestión. Ayer tuvimos la reunión de cierre con nuestro cliente, Supermercados El Ceibo, y decidieron avanzar con dos perfiles que vienen del retail y conocen bien la operativa de sucursales. Así que en esta oportunidad no vas a seguir en el proceso.

La devolución sobre vos fue muy buena en lo técnico (les gustó mucho cómo planteaste el tema del cierre mensual), pero pesó la experiencia en retail.

Te voy a tener presente para otras búsquedas que tenemos abiertas en el sector financiero; seguramente te escriba en septiembre.

Un saludo grande,

Verónica Pintos
Consultora Senior
Consultora Ábaco – Selección & Desarrollo
Br. Artigas 1443 of. 302 · Montevideo
(+598) 2 555 8841""",
    "company": "Supermercados El Ceibo", "contact": "vpintos@consultoraabaco.example.uy"})

MESSAGES.append({
    "scenario": "cubierta_con_busqueda_interna", "kind": "rejection", "lang": "es",
    "sender": ("Paula Iturralde", "piturralde@interpagos.example.ar"),
    "subject": "RE: Consulta por la búsqueda de Analista de Conciliaciones",
    "date": "2026-04-06 15:33 -0300", "structure": "alt", "charset": "iso-8859-1", "cte": "quoted-printable",
    "hdr_charset": "iso-8859-1",
    "text": """Hola Santiago:

Gracias por escribir y disculpá la demora en responder.

Te cuento que la posición de Analista de Conciliaciones finalmente se cubrió con una búsqueda interna: la ocupó una persona del equipo de Tesorería que ya conocía los procesos con las redes de tarjetas. Por eso cerramos el proceso externo y no vamos a seguir adelante con tu candidatura.

Gracias también por la flexibilidad para reagendar la entrevista técnica después del primer intento.

Saludos cordiales,

Paula Iturralde
Jefa de Selección y Desarrollo
Interpagos del Sur S.A.
Av. Leandro N. Alem 855, piso 12 · CABA

De: Santiago Ferreyra-Walsh <santi.fw@example.ar>
Enviado: lunes, 30 de marzo de 2026 18:02
Para: Paula Iturralde <piturralde@interpagos.example.ar>
Asunto: Consulta por la búsqueda de Analista de Conciliaciones

Hola Paula, ¿cómo estás?

Te escribo para consultarte si hay novedades de la entrevista técnica. Quedé muy entusiasmado con la propuesta y con la posibilidad de avanzar a la siguiente etapa.

Saludos,
Santiago""",
    "html": outlook_html("""Hola Santiago:

Gracias por escribir y disculpá la demora en responder.

Te cuento que la posición de Analista de Conciliaciones finalmente se cubrió con una búsqueda interna: la ocupó una persona del equipo de Tesorería que ya conocía los procesos con las redes de tarjetas. Por eso cerramos el proceso externo y no vamos a seguir adelante con tu candidatura.

Gracias también por la flexibilidad para reagendar la entrevista técnica después del primer intento.

Saludos cordiales,

**Paula Iturralde**
Jefa de Selección y Desarrollo
Interpagos del Sur S.A.
Av. Leandro N. Alem 855, piso 12 · CABA""", quote="""**De:** Santiago Ferreyra-Walsh <santi.fw@example.ar>
**Enviado:** lunes, 30 de marzo de 2026 18:02
**Para:** Paula Iturralde <piturralde@interpagos.example.ar>
**Asunto:** Consulta por la búsqueda de Analista de Conciliaciones

Hola Paula, ¿cómo estás?

Te escribo para consultarte si hay novedades de la entrevista técnica. Quedé muy entusiasmado con la propuesta y con la posibilidad de avanzar a la siguiente etapa.

Saludos,
Santiago"""),
    "html_cte": "quoted-printable",
    "in_reply_to": "<sfw.consulta.interpagos.0330@example.ar>",
    "mailer": "outlook",
    "company": "Interpagos del Sur", "contact": "piturralde@interpagos.example.ar"})

_LAPORTENA = """Estimado Santiago Ferreyra-Walsh:

Gracias por participar del proceso de selección para la posición **Analista de Reaseguros y Riesgos (Req. 10388)**.

Luego de la entrevista virtual con el área, le informamos que su postulación no continuará en las próximas etapas. Esta decisión no implica una evaluación negativa de su trayectoria.

Le recordamos que puede actualizar su perfil y postularse a nuevas oportunidades desde [[el portal de Seguros La Porteña|https://careers-laportena.icims.com/jobs]].

Cordialmente,

Seguros La Porteña
Gerencia de Capital Humano"""

MESSAGES.append({
    "scenario": "icims_aseguradora", "kind": "rejection", "lang": "es",
    "sender": ("Seguros La Porteña - Capital Humano", "laportena@talent.icims.com"),
    "subject": "Actualización de su postulación - Req. 10388",
    "date": "2026-03-20 08:02 -0300", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": ats_card(_LAPORTENA, brand="Seguros La Porteña", logo="icims.com/laportena/logo.gif",
                  accent="#1d4f91", tracker="click.icims.com", seed="r-laportena", width=640,
                  font="Georgia,serif",
                  footer="""Este es un mensaje automático. Por favor no lo responda.
Seguros La Porteña S.A. – Inscripta en la Superintendencia de Seguros de la Nación con el N° 0588."""),
    "company": "Seguros La Porteña", "contact": ""})

_CAMBISTA = """Hola Santiago:

Muchas gracias por tu candidatura para **Risk & Compliance Analyst** en Cambista. Hemos leído con atención tu CV y tu carta.

Tras revisar todas las candidaturas, lamentamos comunicarte que no vamos a avanzar con tu perfil en este proceso: buscamos a alguien con residencia y permiso de trabajo en España desde el primer día.

Gracias de nuevo y mucha suerte.

Un saludo,
El equipo de People
Cambista Digital S.L."""

MESSAGES.append({
    "scenario": "personio_madrid", "kind": "rejection", "lang": "es",
    "sender": ("Cambista Digital S.L.", "no-reply@personio.de"),
    "subject": "Tu candidatura en Cambista Digital S.L.",
    "date": "2026-01-22 10:04 +0100", "structure": "html", "charset": "utf-8", "cte": "base64",
    "html": ats_card(_CAMBISTA, brand="Cambista", logo="personio.de/cambista/logo.svg",
                  accent="#2c2c54", tracker="track.personio.de", seed="r-cambista",
                  footer="""Cambista Digital S.L. · Calle de Fuencarral 121, 28010 Madrid · CIF B-88442211
Esta es una notificación automática de Personio. Las respuestas a este correo no se leen."""),
    "company": "Cambista Digital", "contact": ""})

MESSAGES.append({
    "scenario": "empresa_familiar_cordoba", "kind": "rejection", "lang": "es",
    "sender": ("Carolina Gutiérrez", "carolina@gutierrezhnos.example.ar"),
    "subject": "Gracias Santiago",
    "date": "2026-07-06 20:31 -0300", "structure": "plain", "charset": "iso-8859-1", "cte": "8bit",
    "hdr_charset": "iso-8859-1",
    "text": """Santiago, buenas noches.

Te escribo en nombre de mi papá y mío. Te queremos agradecer mucho la charla de junio y que te hayas tomado el trabajo de viajar a Córdoba.

Lo estuvimos pensando bastante y al final vamos a tomar para la administración a alguien de Río Cuarto, porque necesitamos que esté en la sucursal todos los días y no solo en la casa central. Así que por ahora no vamos a seguir con vos. No tiene nada que ver con tu preparación, que nos pareció excelente, sino con la distancia.

Te deseamos mucha suerte, y si algún día volvés por acá, pasá a tomar unos mates.

Cariños,
Carolina Gutiérrez
Almacenes Gutiérrez Hnos. S.R.L.
San Martín 455 - Córdoba
Tel. 0351 555-2210""",
    "company": "Almacenes Gutiérrez Hnos.", "contact": "carolina@gutierrezhnos.example.ar"})

_DEFENSORIA = """**LLAMADO N° 14/2026 – ANALISTA CONTABLE-FINANCIERO**

Sr./Sra. FERREYRA-WALSH, SANTIAGO
C.I./Documento: 3.912.***

Se comunica que, finalizada la etapa de evaluación de méritos y antecedentes, su postulación **no alcanzó el puntaje mínimo** requerido (60 puntos) para acceder a la instancia de entrevista, de acuerdo a las bases del llamado.

Los resultados completos se encuentran publicados en [[la cartelera del organismo|https://www.dcf.example.uy/llamados/14-2026/resultados]].

Podrá presentar recurso dentro de los diez días hábiles siguientes a la presente notificación.

Departamento de Gestión Humana
Defensoría del Cliente Financiero"""

MESSAGES.append({
    "scenario": "organismo_publico_llamado", "kind": "rejection", "lang": "es",
    "sender": ("Defensoría del Cliente Financiero", "llamados-noreply@dcf.example.uy"),
    "subject": "Llamado 14/2026 - Resultado de la evaluación de méritos",
    "date": "2026-07-15 12:00 -0300", "structure": "html", "charset": "iso-8859-1", "cte": "quoted-printable",
    "hdr_charset": "iso-8859-1",
    "html": plain_html(_DEFENSORIA + """

Este correo se envía desde una dirección no habilitada para recibir respuestas. Consultas: mesa de entrada, Rincón 528, Montevideo, de lunes a viernes de 10 a 16 h.""",
                    font="Arial,sans-serif"),
    "company": "Defensoría del Cliente Financiero", "contact": ""})

_SELECTA_TXT = """Hola Santiago:

Te escribo para darte respuesta sobre el proceso para Analista de Riesgo de Crédito en Banco de Turia, del que te hablé en mayo y para el que hiciste la entrevista con su directora de Riesgos el pasado día 2.

Después de comparar las candidaturas finalistas, Banco de Turia ha decidido continuar con otra persona que ya trabajaba en una entidad del sector en la Comunidad Valenciana. Así que en esta ocasión no seguimos adelante contigo.

Te agradezco mucho la disponibilidad, sobre todo teniendo en cuenta la diferencia horaria. Tu perfil queda en nuestra base y, si me lo permites, te llamaré cuando tengamos algo que encaje mejor.

Un abrazo,

Lorena Quintás
Consultora de Selección · Banca y Seguros
Grupo Selecta
Paseo de la Castellana 95, planta 14 · 28046 Madrid
T. +34 91 555 22 10"""

MESSAGES.append({
    "scenario": "consultora_madrid_cliente_valencia", "kind": "rejection", "lang": "es",
    "sender": ("Lorena Quintás", "lquintas@gruposelecta.example.es"),
    "subject": "Proceso Banco de Turia",
    "date": "2026-06-09 17:10 +0200", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "text": _SELECTA_TXT,
    "html": plain_html(_SELECTA_TXT, font="Segoe UI,Arial,sans-serif", size="14px"),
    "company": "Banco de Turia", "contact": "lquintas@gruposelecta.example.es"})

MESSAGES.append({
    "scenario": "startup_cita_invitacion_vieja", "kind": "rejection", "lang": "es",
    "sender": ("Tomás Irigoyen", "tomas@quipulabs.example.ar"),
    "subject": "Re: Charla en la ofi",
    "date": "2026-09-09 23:12 -0300", "structure": "alt", "charset": "utf-8", "cte": "8bit",
    "text": """Santi, perdón la hora.

Te la hago corta: al final vamos con alguien más senior en riesgo crediticio, alguien que ya haya armado un modelo de scoring desde cero. Me re costó la decisión porque me caíste muy bien y creo que en un año estarías para esto.

Si querés te paso a un par de founders que están buscando alguien de finanzas/ops, avisame.

Abrazo
Tomi

El jue, 27 ago 2026 a las 18:40, Tomás Irigoyen (<tomas@quipulabs.example.ar>) escribió:
> Buenísimo Santi! Nos encantaría que vengas a la ofi el martes 1/9 a las 11 y
> charlamos con Meli, que lidera riesgo. Estamos en Humboldt 1900, timbre 3B.
> Traé la compu si querés mostrarnos el análisis de mora que mencionaste.
>
> Tomi
>""",
    "html": gmail_html("""Santi, perdón la hora.

Te la hago corta: al final vamos con alguien más senior en riesgo crediticio, alguien que ya haya armado un modelo de scoring desde cero. Me re costó la decisión porque me caíste muy bien y creo que en un año estarías para esto.

Si querés te paso a un par de founders que están buscando alguien de finanzas/ops, avisame.

Abrazo
Tomi""", quote_header="El jue, 27 ago 2026 a las 18:40, Tomás Irigoyen (<tomas@quipulabs.example.ar>) escribió:",
                    quote="""Buenísimo Santi! Nos encantaría que vengas a la ofi el martes 1/9 a las 11 y charlamos con Meli, que lidera riesgo. Estamos en Humboldt 1900, timbre 3B.
Traé la compu si querés mostrarnos el análisis de mora que mencionaste.

Tomi"""),
    "html_cte": "quoted-printable",
    "in_reply_to": "<CAOquipu.0827.tomas@quipulabs.example.ar>",
    "mailer": "gmail",
    "company": "Quipu Labs", "contact": "tomas@quipulabs.example.ar"})

MESSAGES.append({
    "scenario": "universidad_concurso", "kind": "rejection", "lang": "es",
    "sender": ("IUR - Concursos", "concursos@iur.example.uy"),
    "subject": "Llamado Analista Financiero (Exp. 2026-118) - resultado",
    "date": "2026-06-30 14:22 -0300", "structure": "plain", "charset": "iso-8859-1", "cte": "quoted-printable",
    "hdr_charset": "iso-8859-1",
    "text": """Estimado postulante:

Por la presente le comunicamos que el Tribunal del llamado para Analista Financiero de la Dirección de Administración (Exp. 2026-118) ha finalizado su actuación y que usted no ha resultado seleccionado para el cargo.

Agradecemos su participación. Por consultas sobre el acta del Tribunal puede responder a este correo.

Atentamente,

Sección Concursos
Instituto Universitario Rioplatense
Av. 18 de Julio 1968 - Montevideo""",
    "company": "Instituto Universitario Rioplatense", "contact": "concursos@iur.example.uy"})

_TRABAJANDO = """Hola Santiago,

La empresa **Seguros Pehuén** actualizó el estado de tu postulación al aviso:

Analista de Riesgos Técnicos – Santiago Centro

Estado: **No seleccionado**

La empresa decidió no continuar con tu postulación en este proceso. No te desanimes: hay [[más de 300 avisos de finanzas|https://www.trabajando.example.cl/empleos/finanzas]] esperándote.

Equipo Trabajando Cono Sur"""

MESSAGES.append({
    "scenario": "portal_empleo_estado_no_seleccionado", "kind": "rejection", "lang": "es",
    "sender": ("Trabajando Cono Sur", "notificaciones@trabajando.example.cl"),
    "subject": "Seguros Pehuén actualizó tu postulación",
    "date": "2026-10-02 07:45 -0300", "structure": "html", "charset": "utf-8", "cte": "base64",
    "html": ats_card(_TRABAJANDO, brand="Trabajando Cono Sur", logo="trabajando.example.cl/mail/logo.png",
                  accent="#0a8f3c", tracker="clic.trabajando.example.cl", seed="r-trabajando",
                  unsubscribe="https://www.trabajando.example.cl/cuenta/notificaciones/baja",
                  footer="""Recibes este correo porque tienes una cuenta en Trabajando Cono Sur. Para dejar de recibir avisos de estado, date de baja."""),
    "headers": [("List-Unsubscribe", "<https://www.trabajando.example.cl/cuenta/notificaciones/baja?u=88120>"),
             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")],
    "company": "Seguros Pehuén", "contact": ""})

MESSAGES.append({
    "scenario": "ong_despues_entrevista", "kind": "rejection", "lang": "es",
    "sender": ("Inés Sarachaga", "ines.sarachaga@puentefinanciero.example.uy"),
    "subject": "Coordinación de Finanzas - Fundación Puente",
    "date": "2026-09-15 11:37 -0300", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Estimado Santiago:

Quiero agradecerte en nombre de la Fundación por la entrevista de la semana pasada y por el interés genuino que mostraste en nuestro programa de microcréditos para emprendedoras rurales.

Luego de conversarlo con el Consejo Directivo, resolvimos ofrecer la Coordinación de Finanzas a una persona que ya venía colaborando como voluntaria en el área. No era una decisión fácil y tu candidatura estuvo entre las finalistas.

Si en algún momento te interesa colaborar de forma voluntaria con el comité de auditoría, nos encantaría contar contigo.

Un cordial saludo,

Inés Sarachaga
Directora Ejecutiva
Fundación Puente Financiero
Juan Carlos Gómez 1472 · Montevideo
www.puentefinanciero.example.uy""",
    "company": "Fundación Puente Financiero", "contact": "ines.sarachaga@puentefinanciero.example.uy"})

# --- German ------------------------------------------------------------------------------------

_ZAHLWERK = """Sehr geehrter Herr Ferreyra-Walsh,

vielen Dank für Ihre Bewerbung als **Analyst Risk Operations (m/w/d) – Standort Madrid** und das damit verbundene Interesse an der ZahlWerk AG.

Wir haben Ihre Unterlagen sorgfältig geprüft. Leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können. Ausschlaggebend war, dass für diese Position mehrjährige Erfahrung im Acquiring vorausgesetzt wird.

Diese Entscheidung ist keine Bewertung Ihrer Qualifikation. Gerne können Sie sich auf [[weitere Stellen|https://zahlwerk.softgarden.io/de/vacancies]] bei uns bewerben.

Mit freundlichen Grüßen

Ihr Recruiting-Team
ZahlWerk AG"""

MESSAGES.append({
    "scenario": "softgarden_absage_sie", "kind": "rejection", "lang": "de",
    "sender": ("ZahlWerk AG Recruiting", "noreply@softgarden.io"),
    "subject": "Ihre Bewerbung als Analyst Risk Operations (m/w/d)",
    "date": "2026-03-24 08:30 +0100", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "text": text_version(_ZAHLWERK, 'ZahlWerk AG · Friedrichstraße 68 · 10117 Berlin · Amtsgericht Charlottenburg HRB 201455 B\nDiese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.'),
    "html": ats_card(_ZAHLWERK, brand="ZahlWerk", logo="softgarden.io/zahlwerk/logo.png",
                  accent="#e30613", tracker="links.softgarden.io", seed="r-zahlwerk",
                  footer="""ZahlWerk AG · Friedrichstraße 68 · 10117 Berlin
Vorstand: Dr. Henrike Lassen (Vors.), Timo Brückner · Aufsichtsratsvorsitzender: Prof. Dr. Ulrich Maas
Sitz der Gesellschaft: Berlin · Amtsgericht Charlottenburg HRB 201455 B

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht."""),
    "headers": [("Auto-Submitted", "auto-generated")],
    "company": "ZahlWerk", "contact": ""})

MESSAGES.append({
    "scenario": "startup_du_nach_gespraech", "kind": "rejection", "lang": "de",
    "sender": ("Lea Hartmann", "lea.hartmann@finova-kredit.example.com"),
    "subject": "Re: Danke für das Gespräch",
    "date": "2026-05-26 17:48 +0200", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Hallo Santiago,

danke dir nochmal für das Gespräch mit Jan und mir letzte Woche und für deine nette Nachricht danach.

Leider haben wir uns am Ende für eine andere Person entschieden, die schon Erfahrung mit der BaFin-Meldewesen-Seite mitbringt – das ist für unser Team in Madrid gerade das Dringendste. Ich weiß, das ist nicht die Nachricht, auf die du gehofft hast.

Wenn du magst, gebe ich dir gern noch ein kurzes Feedback am Telefon. Melde dich einfach.

Viele Grüße
Lea

--
Lea Hartmann
People & Culture
Finova Kredit GmbH
Torstraße 109, 10119 Berlin
Geschäftsführer: Malte Oberreuter, Dr. Sina Koç
Amtsgericht Berlin-Charlottenburg, HRB 219034 B

Am 21.05.2026 um 09:14 schrieb Santiago Ferreyra-Walsh <santi.fw@example.ar>:

> Hallo Lea,
>
> vielen Dank für die Einladung und das offene Gespräch gestern. Die Rolle im
> Madrider Team und der Aufbau der Kreditrisiko-Kontrollen reizen mich sehr.
> Ich freue mich auf die nächsten Schritte.
>
> Viele Grüße
> Santiago""",
    "in_reply_to": "<sfw.danke.finova.0521@example.ar>",
    "references": ["<finova.invite.0504@finova-kredit.example.com>", "<sfw.danke.finova.0521@example.ar>"],
    "mailer": "apple",
    "company": "Finova Kredit", "contact": "lea.hartmann@finova-kredit.example.com"})

MESSAGES.append({
    "scenario": "personalberatung_mandant_ohne_namen", "kind": "rejection", "lang": "de",
    "sender": ("Dr. Wolfgang Kühn", "w.kuehn@hoffmann-kuehn.example.com"),
    "subject": "Ihre Kandidatur - Leiter Finanzrisiken LatAm",
    "date": "2026-10-09 10:05 +0200", "structure": "plain", "charset": "iso-8859-1", "cte": "quoted-printable",
    "hdr_charset": "iso-8859-1",
    "text": """Sehr geehrter Herr Ferreyra-Walsh,

ich danke Ihnen für das ausführliche Telefonat in der vergangenen Woche.

Unser Mandant hat die Profile der Kandidaten inzwischen mit der Geschäftsführung abgestimmt und sich entschieden, den Prozess mit zwei Bewerbern fortzusetzen, die bereits Führungsverantwortung im Risikomanagement einer Bank getragen haben. Ich bedauere daher, Ihnen mitteilen zu müssen, dass wir Ihre Kandidatur für dieses Mandat nicht weiter verfolgen werden.

Ihr Profil bleibt selbstverständlich in unserer Datenbank, sofern Sie nicht widersprechen. Für Rückfragen stehe ich Ihnen gern zur Verfügung.

Mit freundlichen Grüßen

Dr. Wolfgang Kühn
Partner

Hoffmann & Kühn Personalberatung GmbH
Königsallee 60 F · 40212 Düsseldorf
Telefon +49 211 555 3870
Geschäftsführer: Dr. Wolfgang Kühn, Petra Hoffmann · Amtsgericht Düsseldorf HRB 77120""",
    "company": "Hoffmann & Kühn Personalberatung", "contact": "w.kuehn@hoffmann-kuehn.example.com"})

# --- French ------------------------------------------------------------------------------------

_GARONNE = """Bonjour Santiago,

Nous vous remercions pour l'intérêt que vous portez à Assurances Garonne et pour votre candidature au poste de **Contrôleur des risques financiers (H/F) – Madrid**.

Après une étude attentive de votre profil, nous avons le regret de vous informer que nous ne donnerons pas une suite favorable à votre candidature. Nous avons retenu des profils disposant d'une expérience plus directe en solvabilité (Solvabilité II).

Nous conservons vos coordonnées et ne manquerons pas de revenir vers vous si une opportunité correspondant à votre parcours se présentait.

Nous vous souhaitons pleine réussite dans vos recherches.

La Direction des Ressources Humaines
Assurances Garonne"""

MESSAGES.append({
    "scenario": "taleo_vous_refus", "kind": "rejection", "lang": "fr",
    "sender": ("Assurances Garonne - Recrutement", "ne-pas-repondre@taleo.net"),
    "subject": "Votre candidature - Contrôleur des risques financiers (H/F)",
    "date": "2026-04-29 11:10 +0200", "structure": "html", "charset": "iso-8859-1", "cte": "quoted-printable",
    "hdr_charset": "iso-8859-1",
    "html": ats_card(_GARONNE, brand="Assurances Garonne", logo="taleo.net/garonne/logo.jpg",
                  accent="#003b71", tracker="email.taleo.net", seed="r-garonne",
                  footer="""Merci de ne pas répondre à ce message, cette adresse n'est pas consultée.

Assurances Garonne SA au capital de 48 200 000 EUR – RCS Bordeaux 412 558 901 – Entreprise régie par le Code des assurances."""),
    "company": "Assurances Garonne", "contact": ""})

MESSAGES.append({
    "scenario": "cabinet_audit_citation_entretien", "kind": "rejection", "lang": "fr",
    "sender": ("Hélène Moreau", "helene.moreau@lm-audit.example.uy"),
    "subject": "RE: Entretien - poste de senior Risk Advisory",
    "date": "2026-04-09 16:50 -0300", "structure": "plain", "charset": "windows-1252", "cte": "quoted-printable",
    "hdr_charset": "windows-1252",
    "text": """Bonjour Santiago,

Merci pour votre message et pour votre venue finalement la semaine dernière, après le contretemps du 18 mars.

Je suis au regret de vous dire que nous ne retiendrons pas votre candidature pour le poste de senior Risk Advisory. Nous recherchons quelqu’un qui puisse encadrer l’équipe dès la prochaine saison d’audit, et votre expérience de management nous a paru encore un peu courte.

Je vous souhaite beaucoup de succès.

Bien cordialement,

Hélène Moreau
Associée – Risk Advisory
Lindqvist Moreau Audit
Rincón 487, piso 3 – Montevideo

De : Hélène Moreau
Envoyé : lundi 9 mars 2026 10:22
À : Santiago Ferreyra-Walsh <santi.fw@example.ar>
Objet : Entretien - poste de senior Risk Advisory

Bonjour Santiago,

Nous serions ravis de vous proposer un entretien pour le poste de senior Risk Advisory. Seriez-vous disponible le mercredi 18 mars à 10 h dans nos bureaux de la Ciudad Vieja ?

Bien cordialement,
Hélène Moreau""",
    "in_reply_to": "<sfw.lm.0406@example.ar>",
    "references": ["<lm.invite.0309@lm-audit.example.uy>", "<sfw.lm.0406@example.ar>"],
    "mailer": "outlook",
    "company": "Lindqvist Moreau Audit", "contact": "helene.moreau@lm-audit.example.uy"})

# --- added after the first pass: an interview cancelled because the role closed, a public body
# --- that signs with its acronym, an employer that writes its name in sentence case

MESSAGES.append({
    "scenario": "entrevista_cancelada_busqueda_cerrada", "kind": "rejection", "lang": "es",
    "sender": ("Macarena Fuenzalida", "mfuenzalida@coopaconcagua.example.cl"),
    "subject": "Entrevista del jueves 14",
    "date": "2026-05-12 17:32 -0400", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "in_reply_to": "<sfw.confirma.aconcagua.0507@example.ar>",
    "text": """Hola Santiago:

Te escribo para cancelar la entrevista que teníamos agendada para este jueves 14 a las 10:00.

El consejo de administración decidió ayer congelar la contratación de Analista de Riesgo Financiero: la posición no se va a cubrir este año y cerramos el proceso con todos los postulantes, así que no seguiremos adelante con tu postulación.

Lamento mucho avisarte con tan poca anticipación, sobre todo porque ya habías reservado el vuelo. Si más adelante se reabre, te escribo directamente.

Un saludo cordial,

Macarena Fuenzalida
Jefa de Personas
Cooperativa de ahorro y crédito Aconcagua
Agustinas 1291, of. 402, Santiago
+56 2 2555 8140""",
    "company": "Cooperativa de ahorro y crédito Aconcagua", "contact": "mfuenzalida@coopaconcagua.example.cl"})

MESSAGES.append({
    "scenario": "public_body_panel_acronym", "kind": "rejection", "lang": "en",
    "sender": ("NCPB Recruitment", "recruitment@ncpb.example.ie"),
    "subject": "Competition NCPB-2026-014: Risk Officer (Grade III) - outcome",
    "date": "2026-08-27 12:15 +0100", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Dear Mr Ferreyra-Walsh,

Competition reference: NCPB-2026-014
Position: Risk Officer (Grade III), Payments Oversight Division

Thank you for attending for interview on 18 August 2026.

The interview board has now completed its assessment. I regret to inform you that, on this occasion, you have not been placed on the panel from which appointments will be made. Your overall mark was below the qualifying standard set by the board.

You may request feedback on your performance, or a review under the Code of Practice, by replying to this email within 5 working days.

Thank you for your interest in working with us.

Yours sincerely,

Siobhán Ní Bhriain
Recruitment Unit
NCPB
National Credit & Payments Bureau, 7 Harcourt Road, Dublin 2, D02 HW77""",
    "company": "NCPB", "contact": "recruitment@ncpb.example.ie"})
