"""Invitations, reschedules/cancellations and missed-interview notices for the hundredtenth
corpus, each written by hand.

Three invitations carry text/calendar parts (METHOD:REQUEST); one reschedule re-sends the same
UID with SEQUENCE:1 and a new time; one cancellation sends METHOD:CANCEL with the invitation's
UID. Missed-interview notices cover a phone call nobody answered, a Zoom nobody joined, a
reception desk, an assessment centre and a trial day in a family shop.
"""

from __future__ import annotations

from msgs110_common import (
    ats_card,
    gmail_html,
    outlook_html,
    plain_html,
    text_version,
)

MESSAGES: list[dict] = []

BA_UID = "040000008200E00074C5B7101A82E00800000000D0A3F1C2B48FDA01000000000000000010000000A71C3E1F5B2D9E44A1C0D2F3B4E5A6C7"
FINOVA_UID = "finova-kennenlernen-7781-20260507@finova-kredit.example.com"
VALORA_UID = "gh-valora-panel-7f3a-20260305@greenhouse-mail.io"

# ================================================================================================
# interview_invitation
# ================================================================================================

_VALORA_INV = """Hi Santiago,

Thanks again for your time with Rob last week - he really enjoyed the conversation. We'd like to invite you to the final panel interview for the **Risk Operations Specialist** role.

**When:** Thursday 5 March, 11:00-13:30 (Buenos Aires time)
**Where:** Valora Payments, Av. Santa Fe 1460, 4th floor, Buenos Aires - Aoife Gallagher (Head of Risk Ops) is flying in from Madrid and Rob Kinsella will join from Dublin on screen.
**Format:** 45 minutes on a chargeback and reconciliation case (we'll send the pack 48 hours ahead), 45 minutes of competency questions, then a coffee with two people from the team.

A calendar invite is attached. Could you reply to confirm, and let me know if you need anything to make the day easier?

Best,
Niamh

Niamh Keane
Senior Talent Partner | Valora Payments"""

MESSAGES.append({
    "scenario": "greenhouse_panel_calendar", "kind": "interview_invitation", "lang": "en",
    "sender": ("Valora Payments via Greenhouse", "no-reply@greenhouse-mail.io"),
    "reply_to": ("Niamh Keane", "niamh.keane@valorapay.example.ie"),
    "subject": "Invitation: Final panel interview - Risk Operations Specialist",
    "date": "2026-02-16 10:20 +0000", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "msgid": "<invite.valora.7f3a@greenhouse-mail.io>",
    "text": _VALORA_INV.replace("**", ""),
    "html": ats_card(_VALORA_INV, brand="Valora Payments", logo="greenhouse-mail.io/valora/logo.png",
                  accent="#5b2be0", tracker="click.greenhouse-mail.io", seed="i-valora",
                  footer="Valora Payments Ltd, 40 Sir John Rogerson's Quay, Dublin 2. Registered in Ireland No. 655013.\nPowered by Greenhouse"),
    "calendar": {"method": "REQUEST", "uid": VALORA_UID, "sequence": 0, "start": "20260305T110000",
                  "end": "20260305T133000", "tzid": "America/Argentina/Buenos_Aires",
                  "summary": "Valora - Final panel: Santiago Ferreyra-Walsh",
                  "location": "Valora Payments, Av. Santa Fe 1460, 4th floor, Buenos Aires",
                  "organizer": ("Niamh Keane", "niamh.keane@valorapay.example.ie"),
                  "stamp": "20260216T102000Z"},
    "company": "Valora Payments", "contact": "niamh.keane@valorapay.example.ie"})

_TRELLIS_INV = """Hi Santiago,

You've been invited to schedule a **Hiring Manager Interview** for the **Fraud Strategy Analyst** role at Trellis Risk Labs.

Interviewer: Marcus Bell, VP Risk
Duration: 45 minutes
Location: Video call (a Zoom link will be added to your confirmation)

Please pick a time that works for you within the next five business days:

[[Choose a time|https://app.ashbyhq.com/interview-scheduling/7b2c9e1a-trellis]]

Times are shown in your local time zone. If none of the slots work, reply to your recruiter and we'll find another option.

Looking forward to it,
The Trellis Risk Labs team"""

MESSAGES.append({
    "scenario": "ashby_self_schedule", "kind": "interview_invitation", "lang": "en",
    "sender": ("Trellis Risk Labs", "no-reply@ashbyhq.com"),
    "subject": "Schedule your interview with Trellis Risk Labs",
    "date": "2026-02-09 14:05 -0500", "structure": "alt", "charset": "utf-8", "cte": "base64",
    "text": text_version(_TRELLIS_INV, 'Trellis Risk Labs, Inc. · 1450 Brickell Ave, Miami, FL 33131\nSent with Ashby. This mailbox is not monitored.'),
    "html": ats_card(_TRELLIS_INV, brand="Trellis Risk Labs", logo="ashbyhq.com/trellis/logo.png",
                  accent="#0f766e", tracker="email.ashbyhq.com", seed="i-trellis",
                  footer="Trellis Risk Labs, Inc. · 1450 Brickell Ave, Miami, FL 33131\nSent with Ashby. This mailbox is not monitored."),
    "company": "Trellis Risk Labs", "contact": ""})

MESSAGES.append({
    "scenario": "founder_final_round", "kind": "interview_invitation", "lang": "en",
    "sender": ("Ciara Donnelly", "ciara@tangramrisk.example.ie"),
    "subject": "Final round at Tangram",
    "date": "2026-04-07 09:12 +0100", "structure": "plain", "charset": "utf-8", "cte": "7bit",
    "msgid": "<CAT9ciara.final.0407@tangramrisk.example.ie>",
    "text": """Hi Santiago,

Great news - we'd love to invite you to the final round! It's a 90-minute session
at our office on Pearse St with me and Ciaran (our CTO), half case, half chat about
how you'd set up our risk controls for the e-money licence.

Are you free Wed 15 April at 10:00 Irish time? We'll cover your travel from the
city centre, obviously.

Looking forward to it,
Ciara
--
Ciara Donnelly, Co-founder & CEO, Tangram Risk""",
    "mailer": "gmail",
    "company": "Tangram Risk", "contact": "ciara@tangramrisk.example.ie"})

MESSAGES.append({
    "scenario": "irish_recruiter_phone_screen", "kind": "interview_invitation", "lang": "en",
    "sender": ("Sinéad Ryan", "sinead.ryan@hqbank.example.ie"),
    "subject": "Operational Risk Analyst - quick chat?",
    "date": "2026-01-21 12:40 +0000", "structure": "plain", "charset": "windows-1252", "cte": "quoted-printable",
    "hdr_charset": "iso-8859-1",
    "msgid": "<AM0PR06MB5521.hqbank.0121@hqbank.example.ie>",
    "text": """Hi Santiago,

I hope you’re well. I’m the recruiter looking after the Operational Risk Analyst (Payments) vacancy you applied for last week, and I’d love to have an initial chat about your background and what you’re looking for.

Would you be free for a 20-minute phone call this Friday, 23 January, at 2pm Irish time (11am in Buenos Aires)? I’ll ring you on the mobile number on your CV, +54 9 11 5555 0187, unless you’d prefer a Teams call.

Nothing to prepare – it’s a relaxed conversation, and I can tell you more about the team and next steps.

Thanks,
Sinéad

Sinéad Ryan | Talent Acquisition Partner | Harbour & Quay Bank
2 Spencer Dock, Dublin 1
M: +353 87 555 0442""",
    "company": "Harbour & Quay Bank", "contact": "sinead.ryan@hqbank.example.ie"})

MESSAGES.append({
    "scenario": "panel_agenda_pdf", "kind": "interview_invitation", "lang": "en",
    "sender": ("Maria Castellanos", "maria.castellanos@firstbiscayne.example.com"),
    "subject": "Panel interview - Risk & Controls Associate - First Biscayne Trust",
    "date": "2026-04-14 09:30 -0400", "structure": "mixed", "charset": "utf-8", "cte": "quoted-printable",
    "msgid": "<BN8PR11MB.fbt.panel.0414@firstbiscayne.example.com>",
    "text": """Dear Santiago,

Thank you for speaking with me last week. I'm pleased to invite you to a panel interview for the Risk & Controls Associate position in our Operations Risk group.

Date: Thursday, April 23, 2026
Time: 2:00 - 3:15 pm Eastern (3:00 - 4:15 pm Buenos Aires)
Format: Microsoft Teams video call (link to follow in a separate calendar invitation)

Panel:
- Gregory Alvarez, Director, Operational Risk
- Yesenia Ortiz, Senior Manager, Internal Controls
- Daniel Whitcombe, VP, Treasury Operations

I've attached a short agenda with the topics the panel will cover. Please have a government-issued ID handy, since our compliance team asks every external candidate to show one on camera at the start.

Kindly confirm your availability by replying to this email.

Best regards,

Maria Castellanos
Talent Acquisition Manager
First Biscayne Trust
801 Brickell Avenue, 19th Floor, Miami, FL 33131
Direct: (305) 555-0193

CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information.""",
    "attachments": [{"type": "pdf", "filename": "FBT_Panel_Interview_Agenda_Ferreyra-Walsh.pdf",
                      "title": "Panel interview agenda",
                      "lines": ["FIRST BISCAYNE TRUST", "Panel interview agenda - Risk & Controls Associate",
                             "Candidate: Santiago Ferreyra-Walsh", "Thursday, April 23, 2026 - 2:00 pm ET", "",
                             "1. Introductions (10 min)", "2. Operational risk scenario: ACH returns spike (25 min)",
                             "3. Controls testing and SOX-style documentation (20 min)",
                             "4. Treasury operations and reconciliations (10 min)", "5. Candidate questions (10 min)"]}],
    "mailer": "outlook",
    "company": "First Biscayne Trust", "contact": "maria.castellanos@firstbiscayne.example.com"})

MESSAGES.append({
    "scenario": "agency_exclamation_client", "kind": "interview_invitation", "lang": "en",
    "sender": ("Brittany Coleman", "brittany@peoplebridgestaffing.example.com"),
    "subject": "GREAT NEWS!!! Interview Thursday!!",
    "date": "2026-03-03 11:58 -0500", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "msgid": "<pbs.brittany.0303.interview@peoplebridgestaffing.example.com>",
    "text": """Hi Santiago!!!

I have AMAZING news - Coral Gables Credit Union LOVED your resume and they want to meet you!! 🎉

Here are the details:
** Thursday 3/5 at 10:00 AM EST (that's 12:00 noon for you in Buenos Aires!)
** Zoom - link below, please join 5 min early!!
** Interviewer: Tom Reyes, AVP Member Lending Risk

https://zoom.example.com/j/84120093311?pwd=cgcu

Please please please reply to confirm ASAP so I can lock it in with Tom!! Dress business casual on camera and have a couple of questions ready about their loan portfolio. You've got this!!!

Brittany Coleman
Senior Recruiter | PeopleBridge Staffing
"Bridging great people to great companies"
(786) 555-0114 | peoplebridgestaffing.example.com""",
    "company": "Coral Gables Credit Union", "contact": "brittany@peoplebridgestaffing.example.com"})

_LEDGER_INV = """Hi Santiago,

The Ledgerline team would like to invite you to a **60-minute interview with Felipe Andrade, Head of Payment Operations**, for the **Payments Risk Analyst (LatAm)** role.

Please use the link below to choose a time that suits you. The interview will take place on Google Meet, in English.

[[Select a time|https://app.greenhouse.io/scheduling/ledgerline/5a8e0c]]

If you have questions about the interview or need any accommodation, just reply to this email and Beatriz will get back to you.

Thanks,
Ledgerline Talent"""

MESSAGES.append({
    "scenario": "greenhouse_coordinator_reply_to", "kind": "interview_invitation", "lang": "en",
    "sender": ("Ledgerline via Greenhouse", "no-reply@greenhouse-mail.io"),
    "reply_to": ("Beatriz Nogueira", "beatriz.nogueira@ledgerline.example.com"),
    "subject": "Interview request from Ledgerline",
    "date": "2026-06-25 15:00 -0300", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "msgid": "<ledgerline.invite.0625@greenhouse-mail.io>",
    "text": text_version(_LEDGER_INV, 'Ledgerline Tecnologia de Pagamentos Ltda. · São Paulo\nPowered by Greenhouse'),
    "html": ats_card(_LEDGER_INV, brand="Ledgerline", logo="greenhouse-mail.io/ledgerline/logo.png",
                  accent="#111827", tracker="click.greenhouse-mail.io", seed="i-ledgerline",
                  footer="Ledgerline Tecnologia de Pagamentos Ltda. · Av. Brigadeiro Faria Lima 3477, São Paulo\nPowered by Greenhouse"),
    "company": "Ledgerline", "contact": "beatriz.nogueira@ledgerline.example.com"})

MESSAGES.append({
    "scenario": "agency_unnamed_intro", "kind": "interview_invitation", "lang": "en",
    "sender": ("Cathal Moran", "cathal.moran@quadrantsearch.example.ie"),
    "subject": "Next step - payments risk role",
    "date": "2026-09-01 10:15 +0100", "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "msgid": "<20260901.quadrant.intro@quadrantsearch.example.ie>",
    "text": """Hi Santiago,

Good to speak on Friday. As promised, I put your CV forward and my client has come back quickly: they'd like to meet you for a first-stage interview.

I can't share their name in writing just yet (they're keeping the hire confidential until their new licence is announced), but as we discussed they're an Irish-headquartered payments business with around 200 staff and a growing team in Madrid.

Details:
- Tuesday 8 September, 4.00pm Irish time (12.00 in Buenos Aires)
- MS Teams, 45 minutes, with their Head of Risk and a senior compliance manager
- Expect competency questions plus a discussion of how you'd build a risk and control self-assessment

Can you confirm you're available? I'll send the Teams link once you do, and we can have a 15-minute prep call on Monday if useful.

Cheers,
Cathal

Cathal Moran | Senior Consultant, Financial Services | Quadrant Search
+353 1 555 0377 | quadrantsearch.example.ie""",
    "company": "Quadrant Search", "contact": "cathal.moran@quadrantsearch.example.ie"})

# --- Spanish -----------------------------------------------------------------------------------

_BA_INV_TXT = """Hola Santiago:

Como conversamos por teléfono, te envío la invitación para la entrevista con Hernán Cabral, Gerente de Riesgo Operacional, para la posición de Analista Sr. de Riesgo Operacional.

Fecha: martes 3 de febrero
Horario: 10:00 a 11:00 (hora de Buenos Aires)
Modalidad: Microsoft Teams

Te va a preguntar por tu experiencia en auditoría de entidades financieras y por cómo relevarías un proceso de pagos masivos. Tené a mano ejemplos concretos.

Cualquier inconveniente con el horario, avisame respondiendo este correo.

Saludos,

Florencia Ruiz Díaz
Analista de Selección | Gerencia de Talento
Banco Austral del Plata
Av. Corrientes 1200, CABA | Int. 4471

________________________________________________________________________________
Reunión de Microsoft Teams
Unirse en el equipo o la web: https://teams.example.com/l/meetup-join/19%3ameeting_BA7781
Id. de reunión: 281 554 903 117  Código de acceso: 3hTq7P
________________________________________________________________________________"""

MESSAGES.append({
    "scenario": "banco_teams_ics", "kind": "interview_invitation", "lang": "es",
    "sender": ("Florencia Ruiz Díaz", "fruizdiaz@bancoaustral.example.ar"),
    "subject": "Entrevista - Analista Sr. de Riesgo Operacional",
    "date": "2026-01-27 11:05 -0300", "structure": "mixed", "charset": "utf-8", "cte": "quoted-printable",
    "msgid": "<CP4PR01MB.ba.0127.entrevista@bancoaustral.example.ar>",
    "text": _BA_INV_TXT,
    "html": outlook_html(_BA_INV_TXT.split("________________")[0].strip() + "\n\n[[Unirse a la reunión ahora|https://teams.example.com/l/meetup-join/19%3ameeting_BA7781]]\nId. de reunión: 281 554 903 117 Código de acceso: 3hTq7P"),
    "calendar": {"method": "REQUEST", "uid": BA_UID, "sequence": 0, "start": "20260203T100000",
                  "end": "20260203T110000", "tzid": "Argentina Standard Time",
                  "summary": "Entrevista - Analista Sr. de Riesgo Operacional",
                  "location": "Reunión de Microsoft Teams",
                  "organizer": ("Florencia Ruiz Díaz", "fruizdiaz@bancoaustral.example.ar"),
                  "stamp": "20260127T140500Z",
                  "attach": "invite.ics"},
    "headers": [("X-MS-Has-Attach", "yes"), ("Thread-Topic", "Entrevista - Analista Sr. de Riesgo Operacional")],
    "mailer": "outlook",
    "company": "Banco Austral del Plata", "contact": "fruizdiaz@bancoaustral.example.ar"})

_PAMPA_INV = """¡Hola Santiago!

Nos gustó mucho tu perfil para **Analista de Riesgo Operacional y Controles** y queremos conocerte.

La primera charla es con Milagros Quiroga, nuestra Líder de Riesgo Operacional. Dura 45 minutos y es por Google Meet.

Elegí el día y horario que mejor te quede en el siguiente link (tenés opciones entre el 1 y el 4 de septiembre):

[[Agendar mi entrevista|https://app.greenhouse.io/scheduling/pampapay/c3d91f]]

¡Nos vemos pronto!
Equipo de Talento de PampaPay"""

MESSAGES.append({
    "scenario": "greenhouse_agenda_link", "kind": "interview_invitation", "lang": "es",
    "sender": ("PampaPay", "no-reply@greenhouse-mail.io"),
    "subject": "¡Queremos conocerte! 🚀 Agendá tu entrevista con PampaPay",
    "date": "2026-08-27 12:30 -0300", "structure": "html", "charset": "utf-8", "cte": "base64",
    "html": ats_card(_PAMPA_INV, brand="PampaPay", logo="greenhouse-mail.io/pampapay/logo.png",
                  accent="#19b38a", tracker="click.greenhouse-mail.io", seed="i-pampa",
                  footer="Pampa Pagos S.A. · CUIT 30-71655432-9 · Av. del Libertador 6680, CABA\nNo respondas este correo: esta casilla no se monitorea."),
    "company": "PampaPay", "contact": ""})

MESSAGES.append({
    "scenario": "presencial_cordoba_dni", "kind": "interview_invitation", "lang": "es",
    "sender": ("Agustina Ledesma", "agustina.ledesma@chasqui.example.ar"),
    "subject": "Entrevista presencial en Chasqui 🙌",
    "date": "2026-02-19 13:22 -0300", "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "msgid": "<20260219.chasqui.invite@chasqui.example.ar>",
    "text": """¡Hola Santi!

Gracias por la charla telefónica del lunes. Te cuento que Facundo Bustos, nuestro Head of Risk, quiere conocerte en persona para la búsqueda de Analista de Riesgo Operacional.

Te proponemos el miércoles 25/2 a las 10 hs en nuestra oficina: Obispo Trejo 1180, 2º piso, Nueva Córdoba. Son más o menos dos horas: una primera parte con Facundo y después un caso práctico corto con alguien del equipo.

Traé el DNI para ingresar al edificio y, si podés, la notebook.

¿Te queda bien? Confirmame por acá.

¡Saludos!
Agus

Agustina Ledesma
Talent Acquisition · Chasqui Finance""",
    "company": "Chasqui Finance", "contact": "agustina.ledesma@chasqui.example.ar"})

MESSAGES.append({
    "scenario": "te_tinca_conversa", "kind": "interview_invitation", "lang": "es",
    "sender": ("Cristóbal Vergara", "cvergara@kuanto.example.cl"),
    "subject": "Conversa cargo Analista Riesgo de Crédito",
    "date": "2026-03-25 18:44 -0300", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "msgid": "<CAK.kuanto.cvergara.0325@kuanto.example.cl>",
    "text": """Hola Santiago, ¿cómo estás?

Soy Cristóbal, lidero el equipo de Riesgo de Crédito en Kuanto. Revisé tu CV y me gustó harto el cruce entre auditoría y riesgo, que es justo lo que nos falta.

¿Te tinca una conversa de una hora el viernes 3 de abril a las 16:00 (hora de Chile)? Sería por Meet, te mando el link apenas me confirmes. La idea es contarte cómo trabajamos la originación y que me cuentes tú qué te motiva de pasar a una fintech.

Quedo atento.

Saludos,
Cristóbal Vergara
Head of Credit Risk
Kuanto
Av. Apoquindo 3650, Las Condes""",
    "company": "Kuanto", "contact": "cvergara@kuanto.example.cl"})

_CORD_INV = """Estimado Santiago:

Junto con saludar, le informamos que ha sido seleccionado para participar en la siguiente etapa del proceso para el cargo de **Analista de Riesgo Operacional**.

La etapa consiste en una **jornada de evaluación grupal (assessment center)** seguida de una entrevista individual con la jefatura del área.

Fecha: viernes 24 de abril de 2026
Hora: 09:00 a 13:00 hrs.
Lugar: Edificio corporativo Banco Cordillera, Huérfanos 1160, piso 8, Santiago Centro
Traer: cédula de identidad o pasaporte

Le solicitamos confirmar su asistencia respondiendo a este correo a más tardar el lunes 20 de abril.

Atentamente,

Subgerencia de Selección
Banco Cordillera"""

MESSAGES.append({
    "scenario": "assessment_center_rol_casilla", "kind": "interview_invitation", "lang": "es",
    "sender": ("Selección Banco Cordillera", "seleccion@bancocordillera.example.cl"),
    "subject": "Citación a assessment center - Analista de Riesgo Operacional",
    "date": "2026-04-15 10:10 -0400", "structure": "html", "charset": "iso-8859-1", "cte": "quoted-printable",
    "hdr_charset": "iso-8859-1",
    "msgid": "<citacion.ac.0415.ffw@bancocordillera.example.cl>",
    "html": plain_html(_CORD_INV + """

Banco Cordillera - Huérfanos 1160, Santiago. Este mensaje y sus adjuntos son confidenciales.""", font="Arial,sans-serif"),
    "company": "Banco Cordillera", "contact": "seleccion@bancocordillera.example.cl"})

MESSAGES.append({
    "scenario": "headhunter_cliente_montevideo", "kind": "interview_invitation", "lang": "es",
    "sender": ("Gonzalo Méndez Achával", "gmendez@talentoconosur.example.ar"),
    "subject": "Banco Rioplatense de Inversión - primera entrevista",
    "date": "2026-06-02 09:18 -0300", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "msgid": "<tcs.gmendez.0602@talentoconosur.example.ar>",
    "text": """Santiago, buen día.

Te escribo por la búsqueda que lleva nuestra consultora para Banco Rioplatense de Inversión (BRIO), en Montevideo: Oficial de Riesgo Operacional y Continuidad de Negocio, reportando al Gerente de Riesgos.

Revisé tu perfil y creo que encaja muy bien. Te propongo como primer paso una entrevista telefónica conmigo el jueves 4 de junio a las 11:00, de unos 40 minutos. Si avanza, la siguiente instancia sería presencial en Montevideo con el banco.

Te llamo al +54 9 11 5555 0187, salvo que prefieras otro número. ¿Me confirmás?

Saludos cordiales,

Gonzalo Méndez Achával
Director | Talento Cono Sur
Executive Search · Servicios Financieros
Maipú 1210, piso 9 · C1006ACT · Buenos Aires
+54 11 5555 3390 · LinkedIn: /in/gmendezachaval""",
    "company": "Banco Rioplatense de Inversión", "contact": "gmendez@talentoconosur.example.ar"})

_BRIO_INV = """Estimado Santiago:

Le agradecemos su participación en la primera instancia del proceso de selección para el cargo de Oficial de Riesgo Operacional y Continuidad de Negocio.

Nos complace invitarlo a una segunda entrevista presencial con el Gerente de Riesgos, Cr. Álvaro Rodríguez Larreta, y con quien suscribe.

Día: martes 23 de junio de 2026
Hora: 10:00
Lugar: Banco Rioplatense de Inversión, 25 de Mayo 552, piso 4, Ciudad Vieja, Montevideo

Al llegar, anúnciese en recepción. Le solicitamos traer su documento de identidad y copia de su título de Contador Público.

Mucho le agradeceremos confirmar su asistencia.

Saludos cordiales,

Mag. Soledad Bentancor
Jefa de Gestión Humana
Banco Rioplatense de Inversión
Tel. (+598) 2915 5555 int. 240"""

MESSAGES.append({
    "scenario": "segunda_ronda_ciudad_vieja", "kind": "interview_invitation", "lang": "es",
    "sender": ("Soledad Bentancor", "sbentancor@brio.example.uy"),
    "subject": "Segunda entrevista - Oficial de Riesgo Operacional",
    "date": "2026-06-16 14:48 -0300", "structure": "alt", "charset": "iso-8859-1", "cte": "quoted-printable",
    "hdr_charset": "iso-8859-1",
    "msgid": "<DM6PR.brio.0616.segunda@brio.example.uy>",
    "text": _BRIO_INV + """

AVISO DE CONFIDENCIALIDAD: Este mensaje es confidencial y está dirigido exclusivamente a su destinatario. Banco Rioplatense de Inversión S.A. se encuentra supervisado por el Banco Central del Uruguay.""",
    "html": outlook_html(_BRIO_INV + """

AVISO DE CONFIDENCIALIDAD: Este mensaje es confidencial y está dirigido exclusivamente a su destinatario. Banco Rioplatense de Inversión S.A. se encuentra supervisado por el Banco Central del Uruguay.""", lang="ES-UY"),
    "mailer": "outlook",
    "company": "Banco Rioplatense de Inversión", "contact": "sbentancor@brio.example.uy"})

MESSAGES.append({
    "scenario": "videollamada_usted_valencia", "kind": "interview_invitation", "lang": "es",
    "sender": ("Amparo Llorens", "allorens@cajalevantina.example.es"),
    "subject": "Convocatoria a entrevista - Técnico de Riesgo Operacional",
    "date": "2026-07-14 12:05 +0200", "structure": "plain", "charset": "iso-8859-1", "cte": "8bit",
    "hdr_charset": "iso-8859-1",
    "msgid": "<caja.allorens.0714@cajalevantina.example.es>",
    "text": """Estimado Sr. Ferreyra-Walsh:

En relación con su candidatura al puesto de Técnico de Riesgo Operacional (ref. CL-RO-07), nos complace convocarle a una entrevista por videollamada con el responsable del área, D. Vicent Soler, y conmigo.

Fecha: martes, 21 de julio de 2026
Hora: 16:00 (hora peninsular española); 11:00 en Buenos Aires
Plataforma: Microsoft Teams. Le remitiremos el enlace el día anterior.
Duración aproximada: una hora

Le rogamos que nos confirme su asistencia respondiendo a este correo. Si el horario no le viniera bien, indíquenos dos alternativas esa misma semana.

Reciba un cordial saludo,

Amparo Llorens Ferrer
Selección y Desarrollo de Personas
Caja Levantina
Plaza del Ayuntamiento 18 · 46002 Valencia
Tel. 96 355 41 20""",
    "company": "Caja Levantina", "contact": "allorens@cajalevantina.example.es"})

MESSAGES.append({
    "scenario": "consultora_entidad_sin_nombre", "kind": "interview_invitation", "lang": "es",
    "sender": ("Lorena Quintás", "lquintas@gruposelecta.example.es"),
    "subject": "Entrevista - Analista de Riesgo de Crédito (entidad financiera, Valencia)",
    "date": "2026-05-11 09:40 +0200", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "msgid": "<selecta.lq.0511@gruposelecta.example.es>",
    "text": """Hola Santiago:

Soy Lorena Quintás, de Grupo Selecta. Estamos llevando en exclusiva un proceso para una entidad financiera con sede en Valencia que busca un/a Analista de Riesgo de Crédito para su área de particulares y pymes. Por confidencialidad no puedo decirte todavía de qué entidad se trata; te lo contaré en la entrevista si seguimos adelante.

He visto tu candidatura en nuestra web y me encantaría conocerte. ¿Te vendría bien una videollamada conmigo el jueves 14 de mayo a las 12:00 (hora de Madrid)? Calculo unos 45 minutos. Te enviaré el enlace de Google Meet en cuanto me confirmes.

Un saludo,

Lorena Quintás
Consultora de Selección · Banca y Seguros
Grupo Selecta
T. +34 91 555 22 10""",
    "company": "Grupo Selecta", "contact": "lquintas@gruposelecta.example.es"})

MESSAGES.append({
    "scenario": "entrevista_tecnica_excel", "kind": "interview_invitation", "lang": "es",
    "sender": ("Paula Iturralde", "piturralde@interpagos.example.ar"),
    "subject": "Entrevista técnica – Analista de Conciliaciones",
    "date": "2026-03-09 16:20 -0300", "structure": "plain", "charset": "windows-1252", "cte": "quoted-printable",
    "hdr_charset": "windows-1252",
    "msgid": "<interpagos.pi.0309@interpagos.example.ar>",
    "text": """Hola Santiago:

¡Gracias por la entrevista de la semana pasada! Queremos avanzar a la siguiente etapa: una entrevista técnica con Germán Otero, responsable de Conciliaciones y Liquidaciones.

• Día: martes 17 de marzo
• Hora: 10:00
• Lugar: Av. Leandro N. Alem 855, piso 12 (anunciate en la recepción del piso)
• Duración: 90 minutos aprox.

Vas a resolver un caso práctico de conciliación de liquidaciones de tarjetas en Excel, así que te pido que traigas tu notebook con Excel instalado (tablas dinámicas y BUSCARV o XLOOKUP, nada del otro mundo).

Confirmame cuando puedas.

Saludos cordiales,

Paula Iturralde
Jefa de Selección y Desarrollo
Interpagos del Sur S.A.
Av. Leandro N. Alem 855, piso 12 · CABA
Tel. +54 11 5555-7710""",
    "mailer": "outlook",
    "company": "Interpagos del Sur", "contact": "piturralde@interpagos.example.ar"})

MESSAGES.append({
    "scenario": "familia_casa_central", "kind": "interview_invitation", "lang": "es",
    "sender": ("Carolina Gutiérrez", "carolina@gutierrezhnos.example.ar"),
    "subject": "Administración - charla",
    "date": "2026-06-10 19:07 -0300", "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "text": """Hola Santiago, ¿qué tal?

Soy Carolina, de Almacenes Gutiérrez. Mi papá y yo leímos tu CV (nos lo pasó el contador Ibarra) y nos gustaría conocerte para lo de la administración y el área de créditos de las tiendas.

¿Podrías venir el martes 16 a las 17 hs a la casa central? Es en San Martín 455, en el centro. Preguntá por mí o por Julio. Va a ser una charla tranquila, sin mucho protocolo, y si querés te mostramos cómo manejamos hoy las cuentas corrientes de los clientes.

Avisame si te queda bien o si preferís otro día.

Saludos,
Carolina
Almacenes Gutiérrez Hnos.
Tel. 0351 555-2210""",
    "company": "Almacenes Gutiérrez Hnos.", "contact": "carolina@gutierrezhnos.example.ar"})

MESSAGES.append({
    "scenario": "fundacion_entrevista_sede", "kind": "interview_invitation", "lang": "es",
    "sender": ("Marta Olivera", "molivera@microcreditosolidario.example.ar"),
    "subject": "Entrevista - Analista de Cartera y Riesgo",
    "date": "2026-08-03 10:02 -0300", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "msgid": "<fms.molivera.0803@microcreditosolidario.example.ar>",
    "text": """Estimado Santiago:

Muchas gracias por postularte a la posición de Analista de Cartera y Riesgo (medio tiempo) de la Fundación Microcrédito Solidario.

Nos gustaría invitarte a una entrevista con nuestro Coordinador de Programas, Ramiro Sosa, y conmigo, el jueves 6 de agosto a las 15 hs en nuestra sede de Barracas (Av. Montes de Oca 1020). La entrevista dura alrededor de una hora; además de conversar sobre tu experiencia, te vamos a contar cómo funciona nuestro fondo rotatorio y el seguimiento de la mora en los grupos solidarios.

Por favor, confirmanos tu asistencia respondiendo este correo.

Un saludo cordial,

Marta Olivera
Responsable de Administración y Personas
Fundación Microcrédito Solidario
www.microcreditosolidario.example.ar · (011) 5555-9031""",
    "company": "Fundación Microcrédito Solidario", "contact": "molivera@microcreditosolidario.example.ar"})

_MONEDERO_INV = """¡Hola Santiago!

Soy Irene, cofundadora de Monedero. Nos ha encantado tu perfil para el puesto de **Finance & Risk Operations** y nos gustaría conocerte.

Te propongo una primera videollamada de 30 minutos el **lunes 13 de julio a las 10:00 (hora de Valencia)** por Google Meet. Será una charla informal: te contamos qué estamos construyendo (una cuenta para autónomos con previsión de impuestos) y tú nos cuentas qué buscas.

Si te va bien, responde a este correo y te envío la invitación con el enlace. Si no, dime qué horas te encajan mejor esa semana.

¡Un abrazo!
Irene Peris · Monedero"""

MESSAGES.append({
    "scenario": "workable_reply_to_persona", "kind": "interview_invitation", "lang": "es",
    "sender": ("Monedero", "noreply@workablemail.com"),
    "reply_to": ("Irene Peris", "irene@monedero.example.es"),
    "subject": "Monedero: ¿hablamos el lunes?",
    "date": "2026-07-09 17:35 +0200", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "msgid": "<workable.monedero.0709.ip@workablemail.com>",
    "text": text_version(_MONEDERO_INV, 'Monedero Finanzas S.L. · València · Enviado a través de Workable.'),
    "html": ats_card(_MONEDERO_INV, brand="Monedero", logo="workablemail.com/monedero/logo.png",
                  accent="#6d28d9", tracker="click.workablemail.com", seed="i-monedero",
                  footer="Monedero Finanzas S.L. · Carrer de Colón 60, 46004 València\nEnviado a través de Workable."),
    "company": "Monedero", "contact": "irene@monedero.example.es"})

_LAPORTENA_INV = """Estimado Santiago Ferreyra-Walsh:

Nos complace informarle que ha sido preseleccionado para la posición **Analista de Reaseguros y Riesgos (Req. 10388)**.

Lo invitamos a una **entrevista virtual** con la Jefatura de Reaseguros:

- Fecha: lunes 2 de marzo de 2026
- Hora: 15:00 (GMT-3)
- Plataforma: Microsoft Teams – [[Unirse a la entrevista|https://teams.example.com/l/meetup-join/laportena-10388]]

Le recomendamos conectarse cinco minutos antes y verificar su cámara y micrófono.

Cordialmente,

Seguros La Porteña
Gerencia de Capital Humano"""

MESSAGES.append({
    "scenario": "icims_entrevista_virtual", "kind": "interview_invitation", "lang": "es",
    "sender": ("Seguros La Porteña - Capital Humano", "laportena@talent.icims.com"),
    "subject": "Invitación a entrevista virtual - Req. 10388",
    "date": "2026-02-24 09:12 -0300", "structure": "html", "charset": "utf-8", "cte": "base64",
    "html": ats_card(_LAPORTENA_INV, brand="Seguros La Porteña", logo="icims.com/laportena/logo.gif",
                  accent="#1d4f91", tracker="click.icims.com", seed="i-laportena", width=640,
                  font="Georgia,serif",
                  footer="Este es un mensaje automático. Por favor no lo responda.\nSeguros La Porteña S.A. – Inscripta en la Superintendencia de Seguros de la Nación con el N° 0588."),
    "company": "Seguros La Porteña", "contact": ""})

# --- German ------------------------------------------------------------------------------------

_RHEIN_INV = """Sehr geehrter Herr Ferreyra-Walsh,

vielen Dank für Ihre Bewerbung als **Senior Analyst Risk Controlling (m/w/d)** für unsere Niederlassung in Madrid.

Ihre Unterlagen haben uns überzeugt, und wir möchten Sie gern persönlich kennenlernen. Hiermit laden wir Sie herzlich zu einem Vorstellungsgespräch per Videokonferenz ein:

Termin: Mittwoch, 8. Juli 2026, 15:00 Uhr (MESZ)
Gesprächspartner: Dr. Frank Achterberg (Leiter Risk Controlling) und Katrin Vollmer (HR)
Dauer: ca. 60 Minuten

Bitte bestätigen Sie den Termin über [[Ihr Kandidatenprofil|https://career5.successfactors.eu/career?company=rheinlandrue]]. Den Link zur Videokonferenz erhalten Sie einen Tag vorher.

Wir freuen uns auf das Gespräch.

Mit freundlichen Grüßen

Ihr Recruiting-Team
Rheinland Rückversicherung AG"""

MESSAGES.append({
    "scenario": "successfactors_einladung", "kind": "interview_invitation", "lang": "de",
    "sender": ("Rheinland Rück Karriere", "karriere-noreply@successfactors.eu"),
    "subject": "Einladung zum Vorstellungsgespräch – Senior Analyst Risk Controlling (m/w/d)",
    "date": "2026-06-29 14:15 +0200", "structure": "html", "charset": "iso-8859-1", "cte": "quoted-printable",
    "html": ats_card(_RHEIN_INV, brand="Rheinland Rückversicherung", logo="successfactors.eu/rheinland/logo.png",
                  accent="#7a1f2b", tracker="sf-links.successfactors.eu", seed="i-rheinland",
                  footer="""Rheinland Rückversicherung AG · Theodor-Heuss-Ring 14 · 50668 Köln
Vorstand: Dr. Ansgar Pütz (Vorsitzender), Miriam Olbrich, Jens Terhoeven · Vorsitzender des Aufsichtsrats: Dr. Rolf Heesen
Sitz: Köln · Registergericht: Amtsgericht Köln HRB 48812

Diese Nachricht wurde automatisch erzeugt. Antworten an diese Adresse werden nicht gelesen."""),
    "company": "Rheinland Rückversicherung", "contact": ""})

MESSAGES.append({
    "scenario": "partner_einladung_von_gesendet", "kind": "interview_invitation", "lang": "de",
    "sender": ("Matthias Brandt", "m.brandt@kessler-brandt.example.com"),
    "subject": "AW: Bewerbung Senior Consultant Financial Services Risk (Madrid)",
    "date": "2026-10-05 08:52 +0200", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "msgid": "<kb.mbrandt.1005@kessler-brandt.example.com>",
    "in_reply_to": "<sfw.bewerbung.kb.0928@example.ar>",
    "text": """Sehr geehrter Herr Ferreyra-Walsh,

zurück aus dem Urlaub habe ich Ihre Unterlagen mit großem Interesse gelesen. Ihr Werdegang in der Prüfung von Finanzinstituten passt gut zu dem, was wir in unserem Madrider Team aufbauen.

Ich würde Sie gern zu einem persönlichen Gespräch in unser Büro in Madrid einladen:

Dienstag, 13. Oktober 2026, 10:00 Uhr
Kessler Brandt Wirtschaftsprüfung – Oficina Madrid
Calle de Serrano 41, 4ª planta, 28001 Madrid

Am Gespräch nimmt auch meine Kollegin Elena Marín (Managerin Risk Advisory) teil; wir würden teils auf Deutsch, teils auf Spanisch sprechen. Bitte bestätigen Sie mir kurz den Termin.

Mit freundlichen Grüßen

Matthias Brandt
Partner | Financial Services Risk
Kessler Brandt Wirtschaftsprüfung GmbH
Bockenheimer Landstraße 20 · 60323 Frankfurt am Main
T +49 69 555 210 40
Geschäftsführer: Dr. Ingo Kessler, Matthias Brandt · Sitz Frankfurt am Main · Amtsgericht Frankfurt am Main HRB 99341

Von: Santiago Ferreyra-Walsh <santi.fw@example.ar>
Gesendet: Montag, 28. September 2026 15:31
An: Matthias Brandt <m.brandt@kessler-brandt.example.com>
Betreff: Bewerbung Senior Consultant Financial Services Risk (Madrid)

Sehr geehrter Herr Brandt,

anbei sende ich Ihnen meine Bewerbung für die Position als Senior Consultant Financial Services Risk in Madrid. Ich habe die deutsche Schule in Buenos Aires besucht und arbeite seit sechs Jahren in der Abschlussprüfung von Banken.

Über eine Einladung zu einem Gespräch würde ich mich sehr freuen.

Mit freundlichen Grüßen
Santiago Ferreyra-Walsh""",
    "mailer": "outlook",
    "company": "Kessler Brandt Wirtschaftsprüfung", "contact": "m.brandt@kessler-brandt.example.com"})

_FINOVA_INV_TXT = """Hallo Santiago,

schön, dass es mit deiner Bewerbung geklappt hat! Jan (unser Head of Credit Risk) und ich würden dich gern in einem ersten Gespräch kennenlernen.

Wann: Donnerstag, 7. Mai, 16:00–16:45 Uhr (Berliner Zeit) – bei dir wäre das 11:00 Uhr
Wo: Google Meet, der Link steht in der Kalendereinladung

Wir möchten vor allem hören, wie du an den Aufbau von Kreditrisiko-Kontrollen für unser neues Team in Madrid herangehen würdest. Vorbereiten musst du nichts Besonderes.

Passt dir der Termin? Dann nimm die Einladung einfach an.

Bis bald
Lea

Lea Hartmann
People & Culture
Finova Kredit GmbH"""

MESSAGES.append({
    "scenario": "du_einladung_kalender", "kind": "interview_invitation", "lang": "de",
    "sender": ("Lea Hartmann", "lea.hartmann@finova-kredit.example.com"),
    "subject": "Einladung: Kennenlernen Finova x Santiago",
    "date": "2026-05-04 11:40 +0200", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "msgid": "<finova.invite.0504@finova-kredit.example.com>",
    "text": _FINOVA_INV_TXT,
    "html": gmail_html(_FINOVA_INV_TXT),
    "calendar": {"method": "REQUEST", "uid": FINOVA_UID, "sequence": 0, "start": "20260507T160000",
                  "end": "20260507T164500", "tzid": "Europe/Berlin",
                  "summary": "Kennenlernen Finova x Santiago Ferreyra-Walsh",
                  "location": "https://meet.example.com/fkr-abqx-tuv",
                  "organizer": ("Lea Hartmann", "lea.hartmann@finova-kredit.example.com"),
                  "stamp": "20260504T094000Z"},
    "mailer": "gmail",
    "company": "Finova Kredit", "contact": "lea.hartmann@finova-kredit.example.com"})

# --- French ------------------------------------------------------------------------------------

MESSAGES.append({
    "scenario": "entretien_telephonique_vous", "kind": "interview_invitation", "lang": "fr",
    "sender": ("Julien Fabre", "julien.fabre@paiement-atlantique.example.com"),
    "subject": "Entretien téléphonique – Analyste Risques Opérationnels (Madrid)",
    "date": "2026-09-03 10:25 +0200", "structure": "plain", "charset": "iso-8859-1", "cte": "quoted-printable",
    "hdr_charset": "windows-1252",
    "msgid": "<pa.jfabre.0903@paiement-atlantique.example.com>",
    "text": """Bonjour Santiago,

Je fais suite à votre candidature au poste d'Analyste Risques Opérationnels au sein de notre bureau de Madrid.

Votre parcours en audit bancaire a retenu toute notre attention et je vous propose un premier entretien téléphonique d'environ 30 minutes le mardi 8 septembre à 15 h (heure de Madrid), soit 10 h à Buenos Aires.

Nous pourrons échanger en français ou en espagnol, comme vous le préférez. Je vous appellerai au numéro indiqué sur votre CV.

Pourriez-vous me confirmer vos disponibilités ?

Bien cordialement,

Julien Fabre
Chargé de recrutement
Paiement Atlantique
14, rue de la Paix - 44000 Nantes
Bureau de Madrid : Calle de Alcalá 95""",
    "company": "Paiement Atlantique", "contact": "julien.fabre@paiement-atlantique.example.com"})

# ================================================================================================
# interview_reschedule_or_cancel
# ================================================================================================

MESSAGES.append({
    "scenario": "switch_to_video_flight", "kind": "interview_reschedule_or_cancel", "lang": "en",
    "sender": ("Niamh Keane", "niamh.keane@valorapay.example.ie"),
    "subject": "Re: Invitation: Final panel interview - Risk Operations Specialist",
    "date": "2026-03-04 23:05 +0000", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "in_reply_to": "<invite.valora.7f3a@greenhouse-mail.io>",
    "text": """Hi Santiago,

Apologies for the late change. Aoife's flight from Madrid was cancelled this evening, so tomorrow's panel will now take place on Microsoft Teams instead of at the Santa Fe office. Same time - 11:00 Buenos Aires - and same running order; Rob and Aoife will both be on the call.

New link: https://teams.example.com/l/meetup-join/valora-panel-0305

You'll still get the case pack tonight as planned. No need to come into the office at all. Sorry for the disruption!

Niamh

Niamh Keane
Senior Talent Partner | Valora Payments""",
    "company": "Valora Payments", "contact": "niamh.keane@valorapay.example.ie"})

MESSAGES.append({
    "scenario": "interviewer_off_sick", "kind": "interview_reschedule_or_cancel", "lang": "en",
    "sender": ("Ciara Donnelly", "ciara@tangramrisk.example.ie"),
    "subject": "Re: Final round at Tangram",
    "date": "2026-04-13 07:58 +0100", "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "msgid": "<CAT9ciara.ill.0413@tangramrisk.example.ie>",
    "in_reply_to": "<CAT9ciara.final.0407@tangramrisk.example.ie>",
    "text": """Morning Santiago - Ciarán is off sick with a nasty flu, so can we push Wednesday to Friday 17th, same time (10:00)? Same place. Really sorry. Let me know if that doesn't work and we'll find something.

C

Sent from my iPhone""",
    "mailer": "apple",
    "company": "Tangram Risk", "contact": "ciara@tangramrisk.example.ie"})

MESSAGES.append({
    "scenario": "time_change_two_hours", "kind": "interview_reschedule_or_cancel", "lang": "en",
    "sender": ("Maria Castellanos", "maria.castellanos@firstbiscayne.example.com"),
    "subject": "RE: Panel interview - Risk & Controls Associate - First Biscayne Trust",
    "date": "2026-04-20 16:12 -0400", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "in_reply_to": "<BN8PR11MB.fbt.panel.0414@firstbiscayne.example.com>",
    "text": """Dear Santiago,

A quick change to Thursday's panel: Gregory has been called into a board risk committee meeting that afternoon, so we need to move your interview from 2:00 pm to 4:00 pm Eastern (5:00 pm in Buenos Aires). The date, the format and the rest of the panel stay the same.

I've updated the Teams invitation. Could you please confirm that the new time works for you?

Thank you for your flexibility.

Best regards,

Maria Castellanos
Talent Acquisition Manager
First Biscayne Trust
Direct: (305) 555-0193

________________________________
From: Santiago Ferreyra-Walsh <santi.fw@example.ar>
Sent: Tuesday, April 14, 2026 11:02 AM
To: Maria Castellanos <maria.castellanos@firstbiscayne.example.com>
Subject: RE: Panel interview - Risk & Controls Associate - First Biscayne Trust

Dear Maria,

Thank you for the invitation. I confirm my availability for Thursday, April 23 at 2:00 pm ET and will have my passport ready.

Best regards,
Santiago""",
    "mailer": "outlook",
    "company": "First Biscayne Trust", "contact": "maria.castellanos@firstbiscayne.example.com"})

_LEDGER_CXL = """Hi Santiago,

Your interview with **Felipe Andrade** for the **Payments Risk Analyst (LatAm)** role, scheduled for **Thursday, July 2 at 10:00 AM (BRT)**, has been canceled.

Felipe has had to travel unexpectedly this week. Your recruiter will be in touch within the next few days with new times - you don't need to do anything in the meantime. The role is still open and you remain in the process.

If you have any questions, reply to this email and Beatriz will get back to you.

Thanks,
Ledgerline Talent"""

MESSAGES.append({
    "scenario": "greenhouse_canceled_rebook", "kind": "interview_reschedule_or_cancel", "lang": "en",
    "sender": ("Ledgerline via Greenhouse", "no-reply@greenhouse-mail.io"),
    "reply_to": ("Beatriz Nogueira", "beatriz.nogueira@ledgerline.example.com"),
    "subject": "Canceled: Interview with Ledgerline on July 2",
    "date": "2026-07-01 08:44 -0300", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "in_reply_to": "<ledgerline.invite.0625@greenhouse-mail.io>",
    "text": text_version(_LEDGER_CXL, 'Ledgerline Tecnologia de Pagamentos Ltda. · São Paulo\nPowered by Greenhouse'),
    "html": ats_card(_LEDGER_CXL, brand="Ledgerline", logo="greenhouse-mail.io/ledgerline/logo.png",
                  accent="#111827", tracker="click.greenhouse-mail.io", seed="c-ledgerline",
                  footer="Ledgerline Tecnologia de Pagamentos Ltda. · Av. Brigadeiro Faria Lima 3477, São Paulo\nPowered by Greenhouse"),
    "company": "Ledgerline", "contact": "beatriz.nogueira@ledgerline.example.com"})

_BA_UPD = """Hola Santiago:

Hernán tuvo que viajar a la sucursal de Rosario el martes, así que movimos la entrevista al **miércoles 4 de febrero de 11:30 a 12:30**. Sigue siendo por Teams, con el mismo enlace.

Te reenvío la invitación actualizada; aceptala así queda en tu calendario.

Disculpá el cambio.

Saludos,
Florencia

Florencia Ruiz Díaz
Analista de Selección | Gerencia de Talento
Banco Austral del Plata"""

MESSAGES.append({
    "scenario": "actualizacion_ics_secuencia", "kind": "interview_reschedule_or_cancel", "lang": "es",
    "sender": ("Florencia Ruiz Díaz", "fruizdiaz@bancoaustral.example.ar"),
    "subject": "Actualizado: Entrevista - Analista Sr. de Riesgo Operacional",
    "date": "2026-01-29 15:47 -0300", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "in_reply_to": "<CP4PR01MB.ba.0127.entrevista@bancoaustral.example.ar>",
    "text": _BA_UPD.replace("**", "") + """

Cuándo: miércoles, 4 de febrero de 2026 11:30-12:30 (UTC-03:00) Buenos Aires.
Dónde: Reunión de Microsoft Teams""",
    "html": outlook_html(_BA_UPD + """

Cuándo: miércoles, 4 de febrero de 2026 11:30-12:30 (UTC-03:00) Buenos Aires.
Dónde: Reunión de Microsoft Teams"""),
    "calendar": {"method": "REQUEST", "uid": BA_UID, "sequence": 1, "start": "20260204T113000",
                  "end": "20260204T123000", "tzid": "Argentina Standard Time",
                  "summary": "Entrevista - Analista Sr. de Riesgo Operacional",
                  "location": "Reunión de Microsoft Teams",
                  "organizer": ("Florencia Ruiz Díaz", "fruizdiaz@bancoaustral.example.ar"),
                  "stamp": "20260129T184700Z", "cte": "base64"},
    "mailer": "outlook",
    "company": "Banco Austral del Plata", "contact": "fruizdiaz@bancoaustral.example.ar"})

MESSAGES.append({
    "scenario": "nos_cambiaron_la_agenda", "kind": "interview_reschedule_or_cancel", "lang": "es",
    "sender": ("Agustina Ledesma", "agustina.ledesma@chasqui.example.ar"),
    "subject": "Re: Entrevista presencial en Chasqui 🙌",
    "date": "2026-02-23 09:30 -0300", "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "in_reply_to": "<20260219.chasqui.invite@chasqui.example.ar>",
    "text": """Santi, buen día!

Te pido un cambio: a Facundo le surgió un viaje a Buenos Aires justo el miércoles. ¿Te podemos pasar la entrevista al viernes 27/2 a las 11? Misma dirección, mismo formato.

Perdón por el cambio de último momento. Avisame si te complica y buscamos otra opción.

Agus""",
    "company": "Chasqui Finance", "contact": "agustina.ledesma@chasqui.example.ar"})

MESSAGES.append({
    "scenario": "feriado_semana_santa", "kind": "interview_reschedule_or_cancel", "lang": "es",
    "sender": ("Cristóbal Vergara", "cvergara@kuanto.example.cl"),
    "subject": "RE: Conversa cargo Analista Riesgo de Crédito",
    "date": "2026-03-27 12:03 -0300", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "in_reply_to": "<CAK.kuanto.cvergara.0325@kuanto.example.cl>",
    "text": """Oye Santiago, disculpa, se me pasó completamente que el viernes 3 es Viernes Santo y acá es feriado.

¿Lo movemos al lunes 6 de abril, misma hora (16:00 Chile)? Te mando el link nuevo del Meet apenas me confirmes.

Saludos,
Cristóbal""",
    "company": "Kuanto", "contact": "cvergara@kuanto.example.cl"})

MESSAGES.append({
    "scenario": "paro_general_videollamada", "kind": "interview_reschedule_or_cancel", "lang": "es",
    "sender": ("Soledad Bentancor", "sbentancor@brio.example.uy"),
    "subject": "RE: Segunda entrevista - Oficial de Riesgo Operacional",
    "date": "2026-06-22 17:20 -0300", "structure": "plain", "charset": "iso-8859-1", "cte": "quoted-printable",
    "hdr_charset": "iso-8859-1",
    "in_reply_to": "<DM6PR.brio.0616.segunda@brio.example.uy>",
    "text": """Estimado Santiago:

Debido al paro general parcial convocado para mañana martes, que afecta el transporte y el acceso a la Ciudad Vieja, hemos resuelto realizar la entrevista por videollamada en lugar de en nuestras oficinas. Se mantiene el horario de las 10:00.

En breve le llegará la invitación de Microsoft Teams. No es necesario que viaje a Montevideo; lamentamos si ya había hecho reservas.

Saludos cordiales,

Mag. Soledad Bentancor
Jefa de Gestión Humana
Banco Rioplatense de Inversión""",
    "mailer": "outlook",
    "company": "Banco Rioplatense de Inversión", "contact": "sbentancor@brio.example.uy"})

MESSAGES.append({
    "scenario": "aplazamiento_usted", "kind": "interview_reschedule_or_cancel", "lang": "es",
    "sender": ("Amparo Llorens", "allorens@cajalevantina.example.es"),
    "subject": "Aplazamiento de su entrevista del 21 de julio",
    "date": "2026-07-20 10:15 +0200", "structure": "html", "charset": "windows-1252", "cte": "quoted-printable",
    "hdr_charset": "windows-1252",
    "in_reply_to": "<caja.allorens.0714@cajalevantina.example.es>",
    "html": outlook_html("""Estimado Sr. Ferreyra-Walsh:

Lamentamos comunicarle que, por un imprevisto en la agenda de D. Vicent Soler, nos vemos obligados a aplazar la entrevista prevista para mañana, martes 21 de julio.

Le proponemos como nueva fecha el **martes 28 de julio a las 16:00** (hora peninsular), también por Microsoft Teams. Le agradeceríamos que nos confirmase si le viene bien.

Disculpe las molestias.

Atentamente,

**Amparo Llorens Ferrer**
Selección y Desarrollo de Personas
Caja Levantina
Plaza del Ayuntamiento 18 · 46002 Valencia

Este mensaje se dirige exclusivamente a su destinatario y puede contener información confidencial. Si lo ha recibido por error, le rogamos que lo comunique al remitente y proceda a su destrucción.""", lang="ES"),
    "mailer": "outlook",
    "company": "Caja Levantina", "contact": "allorens@cajalevantina.example.es"})

MESSAGES.append({
    "scenario": "suspension_jornada_assessment", "kind": "interview_reschedule_or_cancel", "lang": "es",
    "sender": ("Selección Banco Cordillera", "seleccion@bancocordillera.example.cl"),
    "subject": "IMPORTANTE: cambio de fecha assessment center",
    "date": "2026-04-22 18:30 -0400", "structure": "plain", "charset": "iso-8859-1", "cte": "8bit",
    "hdr_charset": "iso-8859-1",
    "in_reply_to": "<citacion.ac.0415.ffw@bancocordillera.example.cl>",
    "text": """Estimado Santiago:

Por un corte programado de energía en el edificio corporativo, nos vemos en la obligación de suspender la jornada de evaluación del viernes 24 de abril.

La nueva fecha será el miércoles 6 de mayo de 2026, de 09:00 a 13:00 hrs., en el mismo lugar (Huérfanos 1160, piso 8). El proceso sigue abierto y su citación se mantiene.

Le pedimos confirmar su asistencia a la nueva fecha respondiendo este correo.

Atentamente,
Subgerencia de Selección
Banco Cordillera""",
    "company": "Banco Cordillera", "contact": "seleccion@bancocordillera.example.cl"})

MESSAGES.append({
    "scenario": "podrias_a_las_doce", "kind": "interview_reschedule_or_cancel", "lang": "es",
    "sender": ("Irene Peris", "irene@monedero.example.es"),
    "subject": "Re: Monedero: ¿hablamos el lunes?",
    "date": "2026-07-13 08:12 +0200", "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "in_reply_to": "<workable.monedero.0709.ip@workablemail.com>",
    "text": """¡Buenos días Santiago!

Perdona el lío: ¿puedes a las 12:00 en vez de a las 10:00? Se nos ha cruzado una reunión con el banco que no podemos mover. El enlace de Meet es el mismo.

Si no te va bien, mañana a cualquier hora de la tarde.

Irene""",
    "company": "Monedero", "contact": "irene@monedero.example.es"})

MESSAGES.append({
    "scenario": "cambio_de_sede_y_hora", "kind": "interview_reschedule_or_cancel", "lang": "es",
    "sender": ("Marta Olivera", "molivera@microcreditosolidario.example.ar"),
    "subject": "RE: Entrevista - Analista de Cartera y Riesgo",
    "date": "2026-08-05 13:55 -0300", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "in_reply_to": "<fms.molivera.0803@microcreditosolidario.example.ar>",
    "text": """Hola Santiago:

Te escribo por un cambio en la entrevista de mañana jueves. En la sede de Barracas están haciendo arreglos eléctricos, así que nos vamos a encontrar en nuestra oficina de San Telmo, Defensa 1150, 1º B, y un poco más tarde: a las 16:30 en lugar de las 15.

Perdón por la vuelta. Si el nuevo horario no te sirve, decime y lo reacomodamos.

Saludos,
Marta""",
    "company": "Fundación Microcrédito Solidario", "contact": "molivera@microcreditosolidario.example.ar"})

_FINOVA_CXL = """Hallo Santiago,

leider muss ich unseren Termin am Donnerstag absagen: Jan ist krank geworden und fällt voraussichtlich die ganze Woche aus.

Das Gespräch holen wir natürlich nach – ich schicke dir morgen zwei, drei neue Terminvorschläge für die übernächste Woche.

Sorry für die Umstände!
Lea"""

MESSAGES.append({
    "scenario": "absage_termin_ics_cancel", "kind": "interview_reschedule_or_cancel", "lang": "de",
    "sender": ("Lea Hartmann", "lea.hartmann@finova-kredit.example.com"),
    "subject": "Abgesagt: Kennenlernen Finova x Santiago",
    "date": "2026-05-06 09:03 +0200", "structure": "mixed", "charset": "utf-8", "cte": "quoted-printable",
    "in_reply_to": "<finova.invite.0504@finova-kredit.example.com>",
    "text": _FINOVA_CXL,
    "html": gmail_html(_FINOVA_CXL),
    "calendar": {"method": "CANCEL", "uid": FINOVA_UID, "sequence": 1, "start": "20260507T160000",
                  "end": "20260507T164500", "tzid": "Europe/Berlin",
                  "summary": "Abgesagt: Kennenlernen Finova x Santiago Ferreyra-Walsh",
                  "location": "https://meet.example.com/fkr-abqx-tuv",
                  "organizer": ("Lea Hartmann", "lea.hartmann@finova-kredit.example.com"),
                  "status": "CANCELLED", "stamp": "20260506T070300Z", "attach": "invite.ics"},
    "mailer": "gmail",
    "company": "Finova Kredit", "contact": "lea.hartmann@finova-kredit.example.com"})

MESSAGES.append({
    "scenario": "verschiebung_sie", "kind": "interview_reschedule_or_cancel", "lang": "de",
    "sender": ("Katrin Vollmer", "katrin.vollmer@rheinland-rueck.example.com"),
    "subject": "Verschiebung Ihres Vorstellungsgesprächs am 8. Juli",
    "date": "2026-07-06 11:26 +0200", "structure": "plain", "charset": "iso-8859-1", "cte": "quoted-printable",
    "hdr_charset": "iso-8859-1",
    "text": """Sehr geehrter Herr Ferreyra-Walsh,

aufgrund einer kurzfristig anberaumten Aufsichtsratssitzung müssen wir Ihr Vorstellungsgespräch am Mittwoch, 8. Juli, leider verschieben.

Als neuen Termin schlagen wir Ihnen Dienstag, 14. Juli 2026, 15:00 Uhr (MESZ) vor, wieder per Videokonferenz mit Herrn Dr. Achterberg und mir. Bitte geben Sie mir kurz Bescheid, ob Ihnen dieser Termin passt; andernfalls finden wir gern eine Alternative.

Wir bitten die Änderung zu entschuldigen.

Mit freundlichen Grüßen

Katrin Vollmer
Human Resources - Recruiting
Rheinland Rückversicherung AG
Theodor-Heuss-Ring 14 · 50668 Köln
Telefon +49 221 555 7731

Vorstand: Dr. Ansgar Pütz (Vorsitzender), Miriam Olbrich, Jens Terhoeven · Amtsgericht Köln HRB 48812""",
    "company": "Rheinland Rückversicherung", "contact": "katrin.vollmer@rheinland-rueck.example.com"})

MESSAGES.append({
    "scenario": "report_entretien", "kind": "interview_reschedule_or_cancel", "lang": "fr",
    "sender": ("Julien Fabre", "julien.fabre@paiement-atlantique.example.com"),
    "subject": "RE: Entretien téléphonique – Analyste Risques Opérationnels (Madrid)",
    "date": "2026-09-07 17:40 +0200", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "in_reply_to": "<pa.jfabre.0903@paiement-atlantique.example.com>",
    "text": """Bonjour Santiago,

Je suis désolé, je dois malheureusement reporter notre entretien de demain : je serai bloqué toute la journée par un comité à Nantes.

Seriez-vous disponible jeudi 10 septembre, à la même heure (15 h à Madrid, 10 h à Buenos Aires) ? Sinon, n'hésitez pas à me proposer un autre créneau dans la semaine.

Toutes mes excuses pour ce contretemps.

Bien cordialement,

Julien Fabre
Chargé de recrutement – Paiement Atlantique""",
    "company": "Paiement Atlantique", "contact": "julien.fabre@paiement-atlantique.example.com"})

# ================================================================================================
# missed_interview_notice
# ================================================================================================

MESSAGES.append({
    "scenario": "tried_to_call_you", "kind": "missed_interview_notice", "lang": "en",
    "sender": ("Sinéad Ryan", "sinead.ryan@hqbank.example.ie"),
    "subject": "RE: Operational Risk Analyst - quick chat?",
    "date": "2026-01-23 14:25 +0000", "structure": "plain", "charset": "windows-1252", "cte": "quoted-printable",
    "hdr_charset": "iso-8859-1",
    "in_reply_to": "<AM0PR06MB5521.hqbank.0121@hqbank.example.ie>",
    "text": """Hi Santiago,

I tried calling you at 2pm as arranged on +54 9 11 5555 0187, twice, but it went straight to voicemail both times. I hope everything’s OK.

If you’re still interested in the role, just reply with a couple of times that suit you next week and I’ll ring you then.

Thanks,
Sinéad

Sinéad Ryan | Talent Acquisition Partner | Harbour & Quay Bank""",
    "mailer": "outlook",
    "company": "Harbour & Quay Bank", "contact": "sinead.ryan@hqbank.example.ie"})

MESSAGES.append({
    "scenario": "client_waited_zoom", "kind": "missed_interview_notice", "lang": "en",
    "sender": ("Brittany Coleman", "brittany@peoplebridgestaffing.example.com"),
    "subject": "Where are you?? Interview this morning",
    "date": "2026-03-05 10:41 -0500", "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "in_reply_to": "<pbs.brittany.0303.interview@peoplebridgestaffing.example.com>",
    "text": """Santiago!!

Tom from Coral Gables Credit Union just called me - he waited on Zoom for 20 MINUTES and you never joined!!! I tried your cell too and no answer.

Is everything ok??? If there was a time zone mix-up or a tech issue PLEASE call me asap at (786) 555-0114 and I'll do my best to smooth things over and get you rebooked. They were really excited to meet you!!

Brittany

Sent from my iPhone""",
    "company": "Coral Gables Credit Union", "contact": "brittany@peoplebridgestaffing.example.com"})

MESSAGES.append({
    "scenario": "te_esperamos_recepcion", "kind": "missed_interview_notice", "lang": "es",
    "sender": ("Paula Iturralde", "piturralde@interpagos.example.ar"),
    "subject": "RE: Entrevista técnica – Analista de Conciliaciones",
    "date": "2026-03-17 11:05 -0300", "structure": "plain", "charset": "windows-1252", "cte": "8bit",
    "hdr_charset": "windows-1252",
    "in_reply_to": "<interpagos.pi.0309@interpagos.example.ar>",
    "text": """Hola Santiago:

Te esperamos hoy a las 10:00 en la recepción del piso 12 para la entrevista técnica y no te presentaste. Germán se quedó esperando hasta las 10:40.

¿Pasó algo? Si seguís interesado en la posición, avisame y vemos si es posible reagendar para la semana que viene.

Saludos,

Paula Iturralde
Jefa de Selección y Desarrollo
Interpagos del Sur S.A.""",
    "mailer": "outlook",
    "company": "Interpagos del Sur", "contact": "piturralde@interpagos.example.ar"})

MESSAGES.append({
    "scenario": "no_te_conectaste_meet", "kind": "missed_interview_notice", "lang": "es",
    "sender": ("Cristóbal Vergara", "cvergara@kuanto.example.cl"),
    "subject": "¿Todo bien?",
    "date": "2026-04-06 16:27 -0400",
    "msgid": "<kuanto.cvergara.0406.meet@kuanto.example.cl>", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "in_reply_to": "<CAK.kuanto.cvergara.0325@kuanto.example.cl>",
    "text": """Hola Santiago,

Te estuvimos esperando en el Meet desde las 16:00 con la Fran, del equipo, pero no te conectaste. Ojo que el sábado cambió la hora acá en Chile, por si fue eso.

Si sigues interesado, avísame y vemos otro horario esta semana.

Saludos,
Cristóbal""",
    "company": "Kuanto", "contact": "cvergara@kuanto.example.cl"})

MESSAGES.append({
    "scenario": "te_llame_dos_veces", "kind": "missed_interview_notice", "lang": "es",
    "sender": ("Gonzalo Méndez Achával", "gmendez@talentoconosur.example.ar"),
    "subject": "RE: Banco Rioplatense de Inversión - primera entrevista",
    "date": "2026-06-04 11:40 -0300", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "in_reply_to": "<tcs.gmendez.0602@talentoconosur.example.ar>",
    "text": """Santiago:

Te llamé dos veces al celular a las 11, como habíamos quedado para la entrevista telefónica por la búsqueda de Banco Rioplatense de Inversión, y no pude ubicarte. Te dejé un mensaje de voz.

Como el banco quiere cerrar la terna la semana próxima, te pido que me avises hoy mismo si podemos hablar mañana viernes a primera hora.

Saludos,

Gonzalo Méndez Achával
Director | Talento Cono Sur""",
    "company": "Banco Rioplatense de Inversión", "contact": "gmendez@talentoconosur.example.ar"})

MESSAGES.append({
    "scenario": "jornada_de_prueba_no_vino", "kind": "missed_interview_notice", "lang": "es",
    "sender": ("Julio Gutierrez", "julio@gutierrezhnos.example.ar"),
    "subject": "JORNADA DE PRUEBA",
    "date": "2026-06-26 08:51 -0300", "structure": "plain", "charset": "us-ascii", "cte": "7bit",
    "text": """SANTIAGO:

AYER LO ESPERAMOS A LAS 9 PARA LA JORNADA DE PRUEBA EN LA OFICINA DE CREDITOS Y NO VINO. CAROLINA LE HABIA MANDADO LA DIRECCION Y EL HORARIO POR WHATSAPP.

Le tenia preparado el legajo de cuentas corrientes para que lo viera con la encargada. Si tuvo algun problema avise, pero la verdad nos dejo esperando toda la manana.

Julio Gutierrez
Almacenes Gutierrez Hnos.""",
    "company": "Almacenes Gutiérrez Hnos.", "contact": "julio@gutierrezhnos.example.ar"})

_CORD_MISS = """Estimado Santiago:

Registramos su inasistencia a la jornada de evaluación (assessment center) realizada hoy, miércoles 6 de mayo, a las 09:00 hrs., para el cargo de Analista de Riesgo Operacional.

Si tuvo algún inconveniente que le impidió asistir, le pedimos que nos escriba respondiendo este mismo correo antes del viernes 8 de mayo, indicando el motivo. De lo contrario, entenderemos que desiste del proceso.

Atentamente,

Subgerencia de Selección
Banco Cordillera"""

MESSAGES.append({
    "scenario": "inasistencia_registrada", "kind": "missed_interview_notice", "lang": "es",
    "sender": ("Selección Banco Cordillera", "seleccion@bancocordillera.example.cl"),
    "subject": "Inasistencia a assessment center - 06/05",
    "date": "2026-05-06 15:02 -0400", "structure": "html", "charset": "iso-8859-1", "cte": "base64",
    "hdr_charset": "iso-8859-1",
    "in_reply_to": "<citacion.ac.0415.ffw@bancocordillera.example.cl>",
    "html": plain_html(_CORD_MISS + """

Banco Cordillera - Huérfanos 1160, Santiago. Este mensaje y sus adjuntos son confidenciales.""", font="Arial,sans-serif"),
    "company": "Banco Cordillera", "contact": "seleccion@bancocordillera.example.cl"})

MESSAGES.append({
    "scenario": "no_se_conecto_consultora", "kind": "missed_interview_notice", "lang": "es",
    "sender": ("Lorena Quintás", "lquintas@gruposelecta.example.es"),
    "subject": "Re: Entrevista - Analista de Riesgo de Crédito (entidad financiera, Valencia)",
    "date": "2026-05-15 09:20 +0200", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "in_reply_to": "<selecta.lq.0511@gruposelecta.example.es>",
    "text": """Hola Santiago:

Ayer a las 12:00 te estuve esperando en la videollamada y no llegaste a conectarte. Imagino que habrá sido algún lío con la diferencia horaria (allí eran las 7 de la mañana), así que no te preocupes.

Si sigues interesado en el proceso, dime un par de huecos para la semana que viene y lo volvemos a intentar. Eso sí, la entidad quiere ver candidaturas finalistas antes de final de mes.

Un saludo,
Lorena""",
    "company": "Grupo Selecta", "contact": "lquintas@gruposelecta.example.es"})

MESSAGES.append({
    "scenario": "nicht_erschienen", "kind": "missed_interview_notice", "lang": "de",
    "sender": ("Matthias Brandt", "m.brandt@kessler-brandt.example.com"),
    "subject": "Unser Termin heute um 10:00 Uhr",
    "date": "2026-10-13 11:35 +0200", "structure": "plain", "charset": "iso-8859-1", "cte": "quoted-printable",
    "hdr_charset": "iso-8859-1",
    "in_reply_to": "<kb.mbrandt.1005@kessler-brandt.example.com>",
    "text": """Sehr geehrter Herr Ferreyra-Walsh,

Frau Marín und ich hatten Sie heute um 10:00 Uhr in unserem Madrider Büro erwartet. Leider sind Sie nicht erschienen, und telefonisch konnten wir Sie ebenfalls nicht erreichen.

Ich hoffe, es ist nichts passiert. Sollten Sie weiterhin Interesse an der Position haben, melden Sie sich bitte bis Ende der Woche bei mir.

Mit freundlichen Grüßen

Matthias Brandt
Partner | Financial Services Risk
Kessler Brandt Wirtschaftsprüfung GmbH""",
    "company": "Kessler Brandt Wirtschaftsprüfung", "contact": "m.brandt@kessler-brandt.example.com"})

MESSAGES.append({
    "scenario": "absence_ce_matin", "kind": "missed_interview_notice", "lang": "fr",
    "sender": ("Hélène Moreau", "helene.moreau@lm-audit.example.uy"),
    "subject": "Notre rendez-vous de ce matin",
    "date": "2026-03-18 11:30 -0300", "structure": "plain", "charset": "windows-1252", "cte": "8bit",
    "hdr_charset": "windows-1252",
    "in_reply_to": "<lm.invite.0309@lm-audit.example.uy>",
    "text": """Bonjour Santiago,

Nous vous avons attendu ce matin à 10 h dans nos bureaux de la Ciudad Vieja pour l’entretien prévu, mais vous ne vous êtes pas présenté et nous n’avons pas réussi à vous joindre.

Pourriez-vous me dire s’il y a eu un empêchement ? Si le poste vous intéresse toujours, je peux vous proposer un nouveau créneau la semaine prochaine.

Bien cordialement,

Hélène Moreau
Associée – Risk Advisory
Lindqvist Moreau Audit""",
    "mailer": "outlook",
    "company": "Lindqvist Moreau Audit", "contact": "helene.moreau@lm-audit.example.uy"})
