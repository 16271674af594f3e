"""Interview invitations, reschedules/cancellations and missed-interview notices (ninety-fifth corpus)."""

from __future__ import annotations

from msgs95_common import ME, ME_BARE, ats_shell, esc, gmail_html, outlook_html, pixel

MESSAGES: list[dict] = []
add = MESSAGES.append

OUTLOOK_PRODID = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
BC_UID = "040000008200E00074C5B7101A82E00800000000A0C3F1D2E4A8DC01000000000000000010000000B7E91F4C2D3A5E478C1B2A0D9E8F7C6B"
LEDGERLY_UID = "5kq8v3m1r0c2t7h9p4n6b2x1z0@google.com"

# ---------------------------------------------------------------- interview_invitation

# I1. Design studio, hiring manager, after a speculative portfolio.
add({
    "kind": "interview_invitation", "scenario": "tramontana_studio_invite", "lang": "es",
    "company": "Estudio Tramontana", "contact": "marc.sole@tramontana.example.es",
    "frm": ("Marc Solé", "marc.sole@tramontana.example.es"),
    "to": ME,
    "subject": "Entrevista para UX Writer – Estudio Tramontana",
    "date": "2026-02-23 18:12 +0100",
    "mid": "<CAH7vQp2Lk9=r0Zt8W1m4xTqN5sB3eYcD6@mail.gmail.com>",
    "cte": "quoted-printable",
    "text": """Hola Lucía,

¡Gracias por mandarnos tu portfolio! Nos ha encantado y nos gustaría invitarte a una entrevista en el estudio el jueves 26 a las 16:00. Serán unos 45 minutos con Berta (contenidos) y conmigo.

Trae si quieres algún proyecto en el que el texto haya cambiado una métrica; nos interesa más el proceso que el resultado bonito.

Estamos en C/ Pujades 77, 3r 2a (Poblenou). Llama al timbre de "Tramontana", que el de abajo no funciona.

¿Te va bien?
Marc

--
Marc Solé
Director de Diseño · Estudio Tramontana
""",
})

# I2. Teamtailor, grocery start-up, scheduling link, recruiter in Reply-To, HTML only.
add({
    "kind": "interview_invitation", "scenario": "teamtailor_cestaverde_booking", "lang": "es",
    "company": "CestaVerde", "contact": "irene.llopis@cestaverde.example.es",
    "frm": ("Irene de CestaVerde", "no-reply@teamtailor-mail.com"),
    "reply_to": ("Irene Llopis", "irene.llopis@cestaverde.example.es"),
    "to": ME,
    "subject": "¡Hola Lucía! Nos gustaría conocerte 🥕",
    "date": "2026-03-09 10:31 +0100",
    "cte": "base64",
    "html": """<!doctype html><html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f5f7f2;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:32px 10px;">
<table role="presentation" width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:12px;font-family:'Inter',Arial,sans-serif;color:#1d1d1b;">
<tr><td style="padding:28px 32px 0;"><img src="https://images.teamtailor-cdn.com/images/s3/teamtailor-production/logo-cestaverde.png" alt="CestaVerde – la compra fresca, a casa" width="150"></td></tr>
<tr><td style="padding:20px 32px 8px;font-size:16px;line-height:1.6;">
<p>¡Hola Lucía!</p>
<p>Soy Irene, del equipo de People. Hemos leído tu candidatura para <b>Product Content Lead</b> y nos encantaría tener una primera entrevista contigo (30 min, por Google Meet) para conocerte y contarte el proyecto.</p>
<p>Elige el hueco que mejor te venga:</p>
</td></tr>
<tr><td align="center" style="padding:8px 32px 24px;"><a href="https://cestaverde.teamtailor.com/meetings/7c1e2a90/book?candidate=lucia" style="background:#3f8f29;color:#ffffff;text-decoration:none;padding:14px 28px;border-radius:24px;font-weight:bold;display:inline-block;">Reservar entrevista</a></td></tr>
<tr><td style="padding:0 32px 28px;font-size:15px;line-height:1.6;">
<p>Si ninguno te encaja, respóndeme a este correo y buscamos otro momento.</p>
<p>¡Hasta pronto!<br>Irene Llopis · People &amp; Talent · CestaVerde</p>
</td></tr></table>
<p style="font-family:Arial;font-size:11px;color:#8a8f85;">CestaVerde Alimentación Online S.L. · Carrer de Colón 30, 46004 València<br><a href="https://cestaverde.teamtailor.com/connect/unsubscribe?t=9f2a" style="color:#8a8f85;">Gestionar mis datos</a> · Enviado con Teamtailor</p>
</td></tr></table>
""" + pixel("https://e.teamtailor-mail.com/o/7c1e2a90-lucia.gif") + "\n</body></html>",
})

# I3. Bank, Outlook meeting request with a text/calendar part (METHOD:REQUEST).
_i3 = """Buenos días Lucía:

Tal como hablamos por teléfono, te envío la convocatoria para la entrevista con el equipo de Banca Digital para la posición de Product Manager – Onboarding Digital.

Fecha: martes 17 de marzo de 2026
Hora: 10:00 – 11:00
Lugar: Microsoft Teams (enlace en la convocatoria)
Participantes: Aitor Zubizarreta (Head of Digital Onboarding) y yo misma

Acepta la convocatoria para que quede reservada en tu calendario. Cualquier cosa, me dices.

Un saludo,

Nerea Goikoetxea
Talent Acquisition · Banco Cantábrico
Gran Vía 30 · 48009 Bilbao
"""
add({
    "kind": "interview_invitation", "scenario": "bank_outlook_meeting_request", "lang": "es",
    "company": "Banco Cantábrico", "contact": "nerea.goikoetxea@bancocantabrico.example.es",
    "frm": ("Goikoetxea Larrea, Nerea", "nerea.goikoetxea@bancocantabrico.example.es"),
    "to": ME,
    "subject": "Entrevista Product Manager – Onboarding Digital",
    "date": "2026-03-06 12:04 +0100",
    "mid": "<VI1PR04MB5519F2C7B1E04A6D9C8E2B1F5A3D7E80@VI1PR04MB5519.eurprd04.prod.outlook.com>",
    "cte": "quoted-printable",
    "text": _i3,
    "html": outlook_html(_i3),
    "cal": {"method": "REQUEST", "uid": BC_UID, "seq": 0, "prodid": OUTLOOK_PRODID,
            "start": "2026-03-17 10:00 +0100", "end": "2026-03-17 11:00 +0100",
            "summary": "Entrevista Product Manager – Onboarding Digital",
            "location": "Reunión de Microsoft Teams",
            "organizer": ("Goikoetxea Larrea, Nerea", "nerea.goikoetxea@bancocantabrico.example.es"),
            "description": "Entrevista con Banca Digital. Unirse: https://teams.microsoft.com/l/meetup-join/19%3ameeting_bc"},
})

# I4. Agency, exclamation-heavy, names the client.
add({
    "kind": "interview_invitation", "scenario": "agency_talentonorte_caps", "lang": "es",
    "company": "Onda Ibérica Telecom", "contact": "lorena.bastida@talentonorte.example.es",
    "frm": ("Lorena Bastida", "lorena.bastida@talentonorte.example.es"),
    "to": ME,
    "subject": "ENTREVISTA CONFIRMADA!!! 🎉",
    "date": "2026-06-11 13:48 +0200",
    "mid": "<talentonorte.lb.20260611.4471@talentonorte.example.es>",
    "cte": "8bit",
    "text": """Hola Lucía!!!

Buenísimas noticias!!! El cliente (Onda Ibérica Telecom) ha visto tu perfil y QUIERE CONOCERTE!! 🙌

Te paso los detalles:
- Puesto: Content Design Lead – App de clientes
- Día: MARTES 16 de junio
- Hora: 12:30
- Dónde: sus oficinas de Bilbao, Plaza Euskadi 5, planta 14 (pregunta en recepción por Olatz Etxeberria)
- Duración: 1 hora aprox.

Llévate el portfolio en el portátil porque les gustaría que les enseñes dos proyectos!!! Y acuérdate de lo que hablamos de la parte de métricas 😉

Confírmame en cuanto puedas porfa!!

Lorena Bastida
Talent Acquisition Specialist
TALENTO NORTE CONSULTORES
📞 +34 600 000 000
""",
})

# I5. Mexico City newspaper, usted, remote video interview.
add({
    "kind": "interview_invitation", "scenario": "altiplano_cdmx_usted", "lang": "es",
    "company": "Diario Altiplano", "contact": "mfernanda.rios@altiplano.example.mx",
    "frm": ("María Fernanda Ríos", "mfernanda.rios@altiplano.example.mx"),
    "to": ME,
    "subject": "Invitación a entrevista – Editora de Producto Digital (remoto)",
    "date": "2026-07-01 09:20 -0600",
    "mid": "<CAJp3Altiplano0701MFR@mail.gmail.com>",
    "cte": "quoted-printable",
    "text": """Estimada Lucía:

Reciba un cordial saludo de parte del equipo de Producto Digital de Diario Altiplano.

Después de revisar su postulación, nos da mucho gusto invitarla a una entrevista por videollamada para la vacante de Editora de Producto Digital (esquema remoto). La entrevista sería el jueves 9 de julio a las 10:00 horas (hora de la Ciudad de México), que corresponden a las 18:00 en Barcelona, y tendría una duración aproximada de 50 minutos.

Le agradeceríamos confirmar su disponibilidad a la brevedad. En cuanto la confirme, le haré llegar la liga de Zoom.

Quedo atenta.

Atentamente,
María Fernanda Ríos
Coordinadora de Producto Digital
Diario Altiplano | Av. Insurgentes Sur 1602, Col. Crédito Constructor, CDMX
""",
})

# I6. University, HTML notice from a selection mailbox that invites a reply.
add({
    "kind": "interview_invitation", "scenario": "university_ibaizabal_convocatoria", "lang": "es",
    "company": "Universidad de Ibaizabal", "contact": "seleccion@ibaizabal.example.es",
    "frm": ("Universidad de Ibaizabal – Selección", "seleccion@ibaizabal.example.es"),
    "to": ME,
    "subject": "Convocatoria a entrevista personal – Técnica/o de Experiencia de Usuario",
    "date": "2026-08-27 10:15 +0200",
    "mid": "<20260827081500.4F2A1B@ibaizabal.example.es>",
    "charset": "iso-8859-1", "cte": "quoted-printable",
    "html": """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body style="font-family:'Times New Roman',serif;font-size:14px;">
<table width="640" cellpadding="0" cellspacing="0"><tr><td>
<img src="https://www.ibaizabal.example.es/img/logo-ibaizabal.png" alt="Universidad de Ibaizabal - Unibertsitatea" width="220"><hr>
<p>Estimada Sra. Arrieta-Mbeki:</p>
<p>Una vez finalizada la valoración curricular del proceso de selección <b>PAS-2026-08 Técnica/o de Experiencia de Usuario</b> (Servicio de Comunicación Digital), nos complace convocarle a la fase de entrevista personal, que tendrá lugar:</p>
<table cellpadding="4" style="border:1px solid #999;font-size:14px;">
<tr><td><b>Día</b></td><td>Lunes, 7 de septiembre de 2026</td></tr>
<tr><td><b>Hora</b></td><td>12:15 h</td></tr>
<tr><td><b>Lugar</b></td><td>Edificio Rectorado, Sala de Juntas 2 (Avda. de las Universidades 24, Bilbao)</td></tr>
</table>
<p>Deberá acudir provista de DNI. La entrevista tendrá una duración máxima de 30 minutos e incluirá la presentación de un caso práctico de 10 minutos.</p>
<p>Rogamos confirme su asistencia respondiendo a este correo antes del 2 de septiembre.</p>
<p>Atentamente,<br>Servicio de Selección y Provisión<br>Universidad de Ibaizabal</p>
<p style="font-size:11px;color:#666;">Sus datos personales serán tratados conforme a la normativa vigente en materia de protección de datos. Más información en <a href="https://www.ibaizabal.example.es/privacidad">www.ibaizabal.example.es/privacidad</a>.</p>
</td></tr></table></body></html>""",
})

# I7. Public digital services consortium, Catalan-influenced Spanish, iso-8859-1 plain.
add({
    "kind": "interview_invitation", "scenario": "consorci_digital_catalan_touch", "lang": "es",
    "company": "Consorci Digital Metropolità", "contact": "nuria.casals@cdm.example.es",
    "frm": ("Núria Casals i Prat", "nuria.casals@cdm.example.es"),
    "to": ME,
    "subject": "Entrevista - Responsable de Contenidos de Servicios Digitales",
    "date": "2026-06-22 09:03 +0200",
    "mid": "<f1c2d3e4a5b6.20260622@cdm.example.es>",
    "charset": "iso-8859-1", "cte": "quoted-printable",
    "text": """Bon dia Lucía,

Soy Núria Casals, de l'equip de Serveis Digitals del Consorci. Te escribo porque tu candidatura para la plaza de Responsable de Contenidos de Servicios Digitales ha pasado la primera criba y nos gustaría hacerte una entrevista.

Te proponemos el dimarts 30 de junio a las 9:30 en nuestra sede del carrer de Tànger 98 (22@), planta 3. Estaremos la cap del servei, una persona de l'Oficina de Llenguatge Clar y yo.

La entrevista será en castellano o catalán, como prefieras.

Me confirmas si te va bé?

Salutacions cordials,

Núria Casals i Prat
Serveis Digitals · Consorci Digital Metropolità
T. 93 000 11 22
""",
})

# I8. Head-hunter phone screen about its own mandate (client unnamed).
add({
    "kind": "interview_invitation", "scenario": "headhunter_carvajal_call", "lang": "es",
    "company": "Carvajal & Asociados", "contact": "ines.carvajal@carvajal-asociados.example.es",
    "frm": ("Inés Carvajal", "ines.carvajal@carvajal-asociados.example.es"),
    "to": ME,
    "subject": "Búsqueda confidencial – Head of Content Design",
    "date": "2026-03-31 18:22 +0200",
    "mid": "<carvajal.20260331.ic.77@carvajal-asociados.example.es>",
    "charset": "windows-1252", "cte": "quoted-printable",
    "text": """Estimada Lucía:

Gracias por responder tan rápido a mi mensaje de la semana pasada. Como le adelanté, estamos trabajando en una búsqueda confidencial de Head of Content Design para una aseguradora de ámbito nacional con sede en Madrid.

Me gustaría mantener con usted una entrevista telefónica de unos 30 minutos para conocer mejor su trayectoria antes de presentar candidaturas al cliente. ¿Le vendría bien el jueves 2 de abril a las 13:00? La llamaría yo al número que figura en su CV.

Un cordial saludo,

Inés Carvajal
Socia Directora
Carvajal & Asociados | Executive Search
""",
})

# I9. Start-up founder, casual coffee interview, from a phone.
add({
    "kind": "interview_invitation", "scenario": "lumbre_cafe_casual", "lang": "es",
    "company": "Lumbre", "contact": "pau@lumbre.example.es",
    "frm": ("Pau Ferrer", "pau@lumbre.example.es"),
    "to": ME_BARE,
    "subject": "Diseñadora de contenido",
    "date": "2026-04-02 08:57 +0200",
    "mid": "<0F9A3C5E-4B1D-4C8A-9D7E-3F2A1B6C8E90@lumbre.example.es>",
    "cte": "8bit",
    "text": """Hola Lucía! Soy Pau, cofundador de Lumbre (lo de las placas solares compartidas). Vi tu candidatura en el post de LinkedIn y me molaría mucho charlar contigo.

¿Te vienes a tomar un café el jueves 9 por la tarde y te cuento el puesto? Estamos en el Hub de Glòries, pero podemos vernos donde te vaya mejor.

Pau

Enviado desde mi iPhone
""",
})

# I10. Ashby, fintech start-up, scheduling page, no reply address, HTML only.
add({
    "kind": "interview_invitation", "scenario": "ashby_plazo_pick_slot", "lang": "es",
    "company": "Plazo", "contact": "",
    "frm": ("Plazo", "no-reply@ashbyhq.com"),
    "to": ME,
    "subject": "Plazo: elige horario para tu entrevista con Producto",
    "date": "2026-08-04 11:40 +0200",
    "mid": "<ashby.plazo.sched.91c0e7@ashbyhq.com>",
    "cte": "quoted-printable",
    "html": """<div style="font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;background:#f6f8fb;padding:32px 0;">
<table role="presentation" align="center" width="560" cellpadding="0" cellspacing="0" style="background:#fff;border:1px solid #e6e9ef;border-radius:8px;">
<tr><td style="padding:28px 32px 4px;"><img src="https://app.ashbyhq.com/api/images/org-theme-wordmark/plazo.png" alt="Plazo" height="28"></td></tr>
<tr><td style="padding:12px 32px 24px;font-size:15px;line-height:1.6;color:#1f2430;">
<p>Hola Lucía,</p>
<p>¡Gracias por tu interés en el puesto de <strong>Product Manager – Pagos a plazos</strong>! Nos gustaría invitarte a una entrevista de 45 minutos con Sergio Andreu (Head of Product) y Carla Prat (Product Designer).</p>
<p>Por favor, escoge el horario que mejor te encaje:</p>
<p style="text-align:center;margin:24px 0;"><a href="https://app.ashbyhq.com/interview-scheduling/self-schedule/91c0e7c2-plazo?utm_source=email" style="background:#5b3cf5;color:#fff;padding:12px 22px;border-radius:6px;text-decoration:none;font-weight:600;">Ver horarios disponibles</a></p>
<p>La entrevista será por Google Meet. Recibirás la invitación de calendario en cuanto elijas el horario.</p>
<p>¡Hasta pronto!<br>El equipo de Talento de Plazo</p>
</td></tr>
<tr><td style="padding:14px 32px;border-top:1px solid #eef0f4;font-size:11px;color:#8a93a6;">Este correo se ha enviado desde una dirección que no admite respuestas. Plazo Financial Technologies S.L. · Paseo de Gràcia 12, Barcelona · <a href="https://jobs.ashbyhq.com/plazo/privacy" style="color:#8a93a6;">Aviso de privacidad</a></td></tr>
</table></div>""" + pixel("https://app.ashbyhq.com/api/email/open/91c0e7c2.gif"),
})

# I11. Newspaper, take-home exercise then an interview to present it, windows-1252.
add({
    "kind": "interview_invitation", "scenario": "gaceta_bilbao_ejercicio_y_entrevista", "lang": "es",
    "company": "La Gaceta de Bilbao", "contact": "edurne.lasa@gacetabilbao.example.es",
    "frm": ("Edurne Lasa", "edurne.lasa@gacetabilbao.example.es"),
    "to": ME,
    "subject": "Siguiente paso: ejercicio + entrevista",
    "date": "2026-05-04 12:26 +0200",
    "mid": "<002f01dcd9a1$8c2b4e70$a481eb50$@gacetabilbao.example.es>",
    "charset": "windows-1252", "cte": "quoted-printable",
    "headers": {"X-Mailer": "Microsoft Outlook 16.0"},
    "text": """Hola Lucía:

Gracias por la conversación del otro día. Como te comenté, el siguiente paso del proceso para Product Writer de la edición digital tiene dos partes:

1) Un pequeño ejercicio: reescribir el flujo de alta de suscriptores (te adjunto las pantallas en el enlace de abajo). No debería llevarte más de tres horas; no queremos que trabajes gratis un fin de semana.
2) Una entrevista presencial el jueves 14 de mayo a las 10:00 en la redacción (Calle Ercilla 24, 4ª planta), donde nos lo presentas en 15 minutos y charlamos con el director adjunto.

Pantallas: https://drive.gacetabilbao.example.es/s/altasuscriptores

¿Te encaja la fecha?

Un saludo,
Edurne Lasa
Jefa de Producto Digital – La Gaceta de Bilbao
""",
})

# I12. Telecom recruiter invites for a new role; the quoted chain carries an old rejection.
add({
    "kind": "interview_invitation", "scenario": "telvia_new_role_quoted_rejection", "lang": "es",
    "company": "Telvia Comunicaciones", "contact": "beatriz.ocana@telvia.example.es",
    "frm": ("Beatriz Ocaña Ruiz", "beatriz.ocana@telvia.example.es"),
    "to": ME,
    "subject": "RE: Feedback candidatura Content Designer",
    "date": "2026-04-14 11:05 +0200",
    "cte": "quoted-printable",
    "refs": ["<DU2PR03MB8104-lucia-0219@example.es>"],
    "quoted": True,
    "text": """Hola Lucía,

Perdona que no te contestara en su momento, fueron semanas de locos. Te escribo con algo mejor que un feedback: acabamos de abrir una vacante de Content Operations Specialist en el equipo de Experiencia Digital y, revisando perfiles, el tuyo encaja muy bien.

Nos gustaría hacerte una entrevista por Teams con Álvaro (jefe del equipo) y conmigo. ¿Tendrías hueco el miércoles 22 o el jueves 23 por la mañana?

Un saludo,

Beatriz Ocaña Ruiz
Talent Acquisition Partner | Telvia Comunicaciones
Paseo de la Castellana 211 · 28046 Madrid

De: Lucía Arrieta-Mbeki <lucia.am@example.es>
Enviado: jueves, 19 de febrero de 2026 9:14
Para: Beatriz Ocaña Ruiz <beatriz.ocana@telvia.example.es>
Asunto: Feedback candidatura Content Designer

Hola Beatriz:

Ayer recibí el correo de que lamentablemente no seguís adelante con mi candidatura para Content Designer (REQ-20417). Lo entiendo, pero me ayudaría mucho saber en qué punto me quedé corta. ¿Podrías darme algo de feedback?

Gracias,
Lucía
""",
})

# I13. Insurer, first interview request from Outlook (later cancelled when the role closed).
add({
    "kind": "interview_invitation", "scenario": "mutua_first_interview", "lang": "es",
    "company": "Mutua Catalana de Previsió", "contact": "jordi.puigdomenech@mutuacatalana.example.es",
    "frm": ("Puigdomènech Serra, Jordi", "jordi.puigdomenech@mutuacatalana.example.es"),
    "to": ME,
    "subject": "Entrevista - Design Ops",
    "date": "2026-04-13 09:41 +0200",
    "charset": "iso-8859-1", "cte": "quoted-printable",
    "text": """Hola Lucía,

Gracias por tu candidatura a la posición de Design Ops. Nos gustaría conocerte en una primera entrevista de una hora, el lunes 20 de abril a las 16:00, en nuestras oficinas de Via Augusta 120 (pregunta por mí en recepción, planta 6).

Si no te va bien, proponme otra franja esa misma semana.

Salutacions,

Jordi Puigdomènech Serra
Responsable de Selecció i Talent
Mutua Catalana de Previsió
""",
})

# I14. Ashby, English, health start-up in Madrid, recruiter Reply-To.
_i14 = """Hi Lucía,

Thanks for applying for the Content Designer role at Kubo Health - we loved your portfolio, especially the medication-reminder flows.

We'd like to invite you to a panel interview (60 minutes, Google Meet) with Priya Raman (Head of Talent), Tom Eriksen (Product Lead) and Ana Beltrán (Design Manager). You'll walk us through one project of your choice for 20 minutes, then we'll ask questions.

Please pick a time that suits you here:
https://app.ashbyhq.com/interview-scheduling/self-schedule/kubo-4b7e1c0a

If none of the times work, just reply to this email.

Best,
Priya
"""
add({
    "kind": "interview_invitation", "scenario": "ashby_kubo_panel", "lang": "en",
    "company": "Kubo Health", "contact": "priya@kubohealth.example.com",
    "frm": ("Kubo Health", "no-reply@ashbyhq.com"),
    "reply_to": ("Priya Raman", "priya@kubohealth.example.com"),
    "to": ME,
    "subject": "Interview invitation: Content Designer at Kubo Health",
    "date": "2026-02-24 16:03 +0100",
    "mid": "<ashby.interview.4b7e1c0a@ashbyhq.com>",
    "cte": "quoted-printable",
    "text": _i14,
    "html": '<div style="font-family:-apple-system,Segoe UI,Roboto,sans-serif;font-size:14px;line-height:1.6;color:#111">'
            '<img src="https://app.ashbyhq.com/api/images/org-theme-wordmark/kubo.png" alt="Kubo Health" height="24"><br>'
            + "".join(f"<p>{esc(p).replace(chr(10), '<br>')}</p>" for p in _i14.strip().split("\n\n"))
            + '<p style="color:#999;font-size:11px">Sent via <a href="https://www.ashbyhq.com/?utm_source=email">Ashby</a></p></div>',
})

# I15. Lisbon e-commerce, English, hiring manager, full legal name only in the footer.
add({
    "kind": "interview_invitation", "scenario": "estrada_filhos_video", "lang": "en",
    "company": "Estrada & Filhos", "contact": "rui.estrada@estrada-filhos.example.pt",
    "frm": ("Rui Estrada", "rui.estrada@estrada-filhos.example.pt"),
    "to": ME,
    "subject": "Video interview - Product Manager, Marketplace",
    "date": "2026-08-12 14:18 +0100",
    "mid": "<EF-20260812-141812-rui@estrada-filhos.example.pt>",
    "cte": "quoted-printable",
    "text": """Dear Lucía,

Thank you for your application for the Product Manager, Marketplace position. I'm the Chief Product Officer at Estrada & Filhos, and I'd like to invite you to a video interview.

Would Tuesday 18 August at 15:00 Lisbon time (16:00 in Barcelona) work for you? We will use Google Meet; I'll send the link once you confirm. Our Head of Operations, Marta Quintela, will join us for the second half.

Best regards,
Rui Estrada
CPO | Estrada & Filhos
Rua Augusta 210, 1100-053 Lisboa

Estrada & Filhos Comércio Digital, Lda. | NIPC 5XX XXX XXX | Capital social 250.000 EUR
""",
})

# I16. London agency, client named, English.
add({
    "kind": "interview_invitation", "scenario": "agency_brightwell_globetrek", "lang": "en",
    "company": "Globetrek", "contact": "tom.hadley@brightwell.example.com",
    "frm": ("Tom Hadley", "tom.hadley@brightwell.example.com"),
    "to": ME,
    "subject": "Globetrek want to meet you!",
    "date": "2026-05-07 10:02 +0100",
    "mid": "<DB9PR02MB7140A1A2B3C4D5E6F7081920AB3C@DB9PR02MB7140.eurprd02.prod.outlook.com>",
    "charset": "windows-1252", "cte": "quoted-printable",
    "text": """Hi Lucía,

Told you Lisbon would come through! Globetrek have reviewed your CV for the Product Manager, Traveller Experience role and would like to invite you to a first interview with their Director of Product, Hannah Cole.

Proposed: Wednesday 13 May, 11:00 Lisbon / 12:00 Barcelona, 45 mins on Teams.

They'll want to hear about your work on the booking-change flows and how you'd approach prioritisation with engineering. Happy to jump on a call beforehand to prep - let me know.

Can you confirm the slot?

Cheers,
Tom

Tom Hadley | Senior Consultant, Product & Design | Brightwell Recruitment
+44 20 0000 0000 | brightwell.example.com
""",
})

# I17. Google Calendar invitation with METHOD:REQUEST (Berlin fintech, remote).
_i17 = """Hi Lucía,

As promised, here's the invite for our Design Ops interview. It's a 45-minute conversation with me and Malik (Engineering Manager). No preparation needed beyond thinking about one process you improved and how you measured it.

Talk soon,
Sofia

Sofia Brandt
Head of Design · Ledgerly
"""
add({
    "kind": "interview_invitation", "scenario": "ledgerly_google_calendar", "lang": "en",
    "company": "Ledgerly", "contact": "sofia.brandt@ledgerly.example.de",
    "frm": ("Sofia Brandt", "sofia.brandt@ledgerly.example.de"),
    "to": ME,
    "subject": "Invitation: Design Ops interview – Lucía / Sofia @ Tue 10 Mar 2026 15:00 - 15:45 (CET)",
    "date": "2026-03-04 17:30 +0100",
    "mid": "<0000000000006a1f2c0649d1e3b7@google.com>",
    "cte": "quoted-printable",
    "text": _i17 + """
Join with Google Meet: https://meet.google.com/xpr-qwnd-kae

Invitation from Google Calendar
You are receiving this email because you are an attendee on the event.
""",
    "html": gmail_html(_i17) + """
<table style="border:1px solid #dadce0;border-radius:8px;margin-top:16px;font-family:Roboto,Arial,sans-serif;font-size:14px"><tr><td style="padding:16px">
<b>Design Ops interview – Lucía / Sofia</b><br>Tuesday 10 March 2026 · 15:00 – 15:45 (Central European Time - Berlin)<br>
<a href="https://meet.google.com/xpr-qwnd-kae" style="background:#1a73e8;color:#fff;padding:8px 14px;border-radius:4px;text-decoration:none;display:inline-block;margin-top:8px">Join with Google Meet</a><br>
<span style="font-size:12px;color:#70757a">Reply for lucia.am@example.es: <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;rst=1&amp;eid=NWtx">Yes</a> · <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;rst=2&amp;eid=NWtx">No</a> · <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;rst=3&amp;eid=NWtx">Maybe</a></span>
</td></tr></table>
<p style="font-size:11px;color:#70757a">Invitation from Google Calendar. You are receiving this email because you are an attendee on the event.</p>""",
    "cal": {"method": "REQUEST", "uid": LEDGERLY_UID, "seq": 0, "cte": "7bit",
            "start": "2026-03-10 15:00 +0100", "end": "2026-03-10 15:45 +0100",
            "summary": "Design Ops interview – Lucía / Sofia",
            "location": "https://meet.google.com/xpr-qwnd-kae",
            "organizer": ("Sofia Brandt", "sofia.brandt@ledgerly.example.de"),
            "description": "Interview with Sofia Brandt and Malik Haddou (Ledgerly)."},
})

# I18. Lever, travel start-up in Madrid, English, recruiter Reply-To, HTML only.
add({
    "kind": "interview_invitation", "scenario": "lever_helio_first_chat", "lang": "en",
    "company": "Helio Travel", "contact": "marcos.vidal@heliotravel.example.com",
    "frm": ("Marcos from Helio Travel", "no-reply@hire.lever.co"),
    "reply_to": ("Marcos Vidal", "marcos.vidal@heliotravel.example.com"),
    "to": ME,
    "subject": "Lucía, we'd love to chat!",
    "date": "2026-09-02 09:47 +0200",
    "mid": "<lever.helio.0902.e1f7@hire.lever.co>",
    "cte": "quoted-printable",
    "html": """<html><body style="font-family:'Helvetica Neue',Arial,sans-serif;color:#222;font-size:15px;line-height:1.5;">
<div style="max-width:580px;margin:0 auto;padding:24px;">
<img src="https://lever-client-logos.s3.amazonaws.com/helio-travel-logo.png" alt="Helio Travel" width="120" style="margin-bottom:16px;">
<p>Hi Lucía,</p>
<p>I'm Marcos, I look after hiring for the Product team at Helio Travel. Thanks for applying for <b>Product Manager, Trip Planning</b>!</p>
<p>We'd love to set up a 30-minute intro call to learn more about you and tell you about the role. Could you pick a slot here? <a href="https://hire.lever.co/interview-scheduling/helio/e1f7c3?lever-source=email" style="color:#0c7ff2;">Choose a time</a></p>
<p>Looking forward to it,<br>Marcos Vidal<br>Talent Partner · Helio Travel · Madrid</p>
<hr style="border:none;border-top:1px solid #eee;">
<p style="font-size:11px;color:#999;">Sent with Lever. <a href="https://hire.lever.co/candidate-privacy/helio" style="color:#999;">Privacy notice</a> · Replies go to Marcos.</p>
</div></body></html>""",
})

# I19. Lisbon start-up, terse, from a phone.
add({
    "kind": "interview_invitation", "scenario": "sardinha_quick_call_iphone", "lang": "en",
    "company": "Sardinha Labs", "contact": "joana@sardinhalabs.example.pt",
    "frm": ("Joana Pires", "joana@sardinhalabs.example.pt"),
    "to": ME_BARE,
    "subject": "UX writer role",
    "date": "2026-05-12 19:36 +0100",
    "mid": "<sardinha.0512.a9c1@sardinhalabs.example.pt>",
    "cte": "7bit",
    "text": """Hi Lucia, Joana from Sardinha Labs here. Liked your application. Are you free Wed 27th at 3pm (Lisbon) for a 30 min video call with me and Dan? Link to follow.

Sent from my iPhone
""",
})

# I20. Lisbon university, English, panel with presentation, windows-1252 plain.
add({
    "kind": "interview_invitation", "scenario": "universidade_tejo_panel", "lang": "en",
    "company": "Universidade do Tejo", "contact": "h.marques@utejo.example.pt",
    "frm": ("Helena Marques", "h.marques@utejo.example.pt"),
    "to": ME,
    "subject": "Interview - Digital Content Officer (Ref. UT/DCO/2026)",
    "date": "2026-09-15 15:50 +0100",
    "charset": "windows-1252", "cte": "8bit",
    "text": """Dear Ms Arrieta-Mbeki,

I am pleased to let you know that you have been shortlisted for the position of Digital Content Officer (Ref. UT/DCO/2026) in the Office for Communication and Digital Services.

You are invited to attend a panel interview on Thursday 24 September 2026 at 14:30 (Lisbon time). The interview will be held online via Zoom and will last approximately 45 minutes. Please prepare a 10-minute presentation on the following topic: “How would you make the university’s admissions pages clearer for international applicants?”

The panel will consist of Prof. Duarte Lobo (Vice-Rector for Communication), Ana Reis (Head of Digital Services) and myself.

Please confirm your attendance by replying to this email by 18 September.

Kind regards,

Helena Marques
HR Officer – Recruitment
Universidade do Tejo
Campo Grande 016, 1749-016 Lisboa
""",
})

# I21. Paris travel tech, English, confirms the final interview; quoted chain carries "unfortunately".
add({
    "kind": "interview_invitation", "scenario": "voyagix_final_booked_quote", "lang": "en",
    "company": "Voyagix", "contact": "claire.martin@voyagix.example.fr",
    "frm": ("Claire Martin", "claire.martin@voyagix.example.fr"),
    "to": ME,
    "subject": "Re: Content Designer (remote) - next steps",
    "date": "2026-03-13 09:02 +0100",
    "mid": "<CAGs8ViyQp0M1w@mail.gmail.com>",
    "refs": ["<CAGs8ViyG5tR2d@mail.gmail.com>", "<CAOlucia0312vgx9@mail.gmail.com>"],
    "cte": "quoted-printable",
    "quoted": True,
    "text": """Perfect, you're booked for the final interview with our VP Product on Wednesday 25 March at 11:00 Paris time. Looking forward!

You'll get a calendar invitation from Julien's assistant today. The session is 60 minutes: 20 on your case study, the rest is conversation.

Claire

On Thu, 12 Mar 2026 at 18:40, Lucía Arrieta-Mbeki <lucia.am@example.es> wrote:
> Hi Claire,
>
> Thanks so much! Unfortunately I can't do Monday 23rd - I have a prior
> commitment I can't move. Would Wednesday 25th work instead? Any time
> in the morning is fine.
>
> Best,
> Lucía
>
> On Thu, 12 Mar 2026 at 10:15, Claire Martin <claire.martin@voyagix.example.fr> wrote:
>> Hi Lucía, great news - the team would like you to meet our VP Product
>> for a final interview. Would Monday 23rd at 10:00 work?
""",
})

# I22. Paris digital agency, French, vous.
add({
    "kind": "interview_invitation", "scenario": "agence_mistral_entretien", "lang": "fr",
    "company": "Agence Mistral", "contact": "s.benali@agence-mistral.example.fr",
    "frm": ("Sarah Benali", "s.benali@agence-mistral.example.fr"),
    "to": ME,
    "subject": "Entretien – Content Designer (H/F)",
    "date": "2026-09-08 11:26 +0200",
    "mid": "<6A2C1E9F-3D7B-4A8C-B1E2-F4D5C6A7B8E9@agence-mistral.example.fr>",
    "cte": "quoted-printable",
    "text": """Bonjour Lucía,

Merci pour votre candidature au poste de Content Designer (H/F) en télétravail. Votre profil a retenu toute notre attention.

Nous vous proposons un premier entretien en visioconférence le mardi 15 septembre à 9h30 (heure de Paris), d'une durée de 45 minutes, avec Thomas Garnier, directeur de l'expérience utilisateur, et moi-même.

Pourriez-vous nous confirmer votre disponibilité ?

Bien à vous,

Sarah Benali
Chargée de recrutement
Agence Mistral – 27 rue de Cléry, 75002 Paris
""",
})

# I23. French bank, Outlook HTML with a Teams link.
add({
    "kind": "interview_invitation", "scenario": "credit_sequane_convocation", "lang": "fr",
    "company": "Crédit Sequane", "contact": "aurelie.dumas@credit-sequane.example.fr",
    "frm": ("DUMAS Aurélie", "aurelie.dumas@credit-sequane.example.fr"),
    "to": ME,
    "subject": "Convocation à un entretien – Product Owner Parcours Clients",
    "date": "2026-04-20 14:12 +0200",
    "mid": "<PR1P264MB2871C0FFEE12AB34CD56EF78@PR1P264MB2871.FRAP264.PROD.OUTLOOK.COM>",
    "cte": "quoted-printable",
    "html": """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="FR" style="font-family:Calibri,sans-serif;font-size:11pt;">
<div class="WordSection1">
<p class="MsoNormal">Bonjour Madame Arrieta-Mbeki,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Suite à l'examen de votre candidature pour le poste de <b>Product Owner Parcours Clients</b> (réf. PO-2026-031), j'ai le plaisir de vous convier à un entretien avec Marc Lefebvre, responsable de la tribu Banque au quotidien, et moi-même :</p>
<ul><li>Date : lundi 27 avril 2026</li><li>Heure : 14h00 – 15h00</li><li>Lieu : à distance, via <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_cs2704">Microsoft Teams</a></li></ul>
<p class="MsoNormal">Je vous remercie de bien vouloir me confirmer votre présence par retour de mail.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Bien cordialement,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><b><span style="color:#7a1e3a">Aurélie DUMAS</span></b><br><span style="font-size:9pt;color:#555">Chargée de recrutement – Direction des Ressources Humaines<br>Crédit Sequane | 14 quai de la Rapée, 75012 Paris<br>Tél. : +33 1 00 00 00 00</span></p>
<p class="MsoNormal"><img src="https://www.credit-sequane.example.fr/signature/logo_cs.png" alt="Crédit Sequane" width="120"></p>
<p class="MsoNormal"><span style="font-size:8pt;color:#999">Ce message et toutes les pièces jointes sont établis à l'intention exclusive de ses destinataires et sont confidentiels. Pensez à l'environnement avant d'imprimer ce message.</span></p>
</div></body></html>""",
})

# I24. Paris studio, French, tu.
add({
    "kind": "interview_invitation", "scenario": "atelier_brume_tutoiement", "lang": "fr",
    "company": "Atelier Brume", "contact": "camille.roussel@brume.example.fr",
    "frm": ("Camille Roussel", "camille.roussel@brume.example.fr"),
    "to": ME,
    "subject": "On se rencontre ?",
    "date": "2026-06-03 18:02 +0200",
    "charset": "iso-8859-1", "cte": "8bit",
    "text": """Salut Lucía,

Ta candidature nous a beaucoup plu, surtout le projet pour la médiathèque ! On aimerait bien te rencontrer pour parler du poste de Content Designer.

Est-ce que jeudi 11 juin à 15h en visio te conviendrait ? Ce serait avec Hugo (direction artistique) et moi, une petite heure.

À bientôt j'espère,
Camille

Camille Roussel | Directrice de création | Atelier Brume
""",
})

# I25. Berlin start-up, German, du.
add({
    "kind": "interview_invitation", "scenario": "pixelhain_kennenlernen_du", "lang": "de",
    "company": "Pixelhain", "contact": "jonas@pixelhain.example.de",
    "frm": ("Jonas Reuter", "jonas@pixelhain.example.de"),
    "to": ME,
    "subject": "Kennenlernen",
    "date": "2026-04-09 12:40 +0200",
    "mid": "<pixelhain-0409-jr@pixelhain.example.de>",
    "cte": "quoted-printable",
    "text": """Hey Lucía,

danke für deine Bewerbung als Design Ops Managerin (remote)! Dein Portfolio hat uns echt gut gefallen, vor allem wie du Doku und Rituale im Team gedacht hast.

Hast du Lust auf ein erstes Kennenlernen per Video? Ich würde Freitag, 17. April um 10 Uhr vorschlagen, ca. 45 Minuten mit mir und Mira aus dem Design-Team. Wir können das Gespräch gern auf Englisch führen, wenn dir das lieber ist.

Sag mir einfach Bescheid, ob das passt.

Beste Grüße
Jonas

Jonas Reuter
Co-Founder & CEO · Pixelhain
""",
})

# I26. Berlin public digital service, softgarden, Sie, recruiter in Reply-To, HTML only.
add({
    "kind": "interview_invitation", "scenario": "softgarden_stadtlabor_einladung", "lang": "de",
    "company": "Stadtlabor Digital Berlin", "contact": "k.oezdemir@stadtlabor-berlin.example.de",
    "frm": ("Stadtlabor Digital Berlin", "no-reply@softgarden.io"),
    "reply_to": ("Katharina Özdemir", "k.oezdemir@stadtlabor-berlin.example.de"),
    "to": ME,
    "subject": "Einladung zum Vorstellungsgespräch – Content Designerin (w/m/d)",
    "date": "2026-07-06 13:14 +0200",
    "mid": "<sg.stadtlabor.0706.18823@softgarden.io>",
    "cte": "quoted-printable",
    "html": ats_shell(
        brand="Stadtlabor Digital Berlin", logo="https://stadtlabor.softgarden.io/assets/logo_stadtlabor.png",
        logo_alt="Stadtlabor Digital Berlin", accent="#e2001a", font="Arial,sans-serif",
        body="""<p>Sehr geehrte Frau Arrieta-Mbeki,</p>
<p>vielen Dank für Ihre Bewerbung als <b>Content Designerin (w/m/d)</b> im Team „Verwaltungsleistungen digital“. Ihre Unterlagen haben uns überzeugt, und wir möchten Sie gern persönlich kennenlernen.</p>
<p>Wir laden Sie herzlich zu einem Vorstellungsgespräch per Videokonferenz ein:</p>
<table cellpadding="6" style="font-size:14px;border-left:3px solid #e2001a;"><tr><td><b>Termin:</b></td><td>Dienstag, 14. Juli 2026, 10:00–11:00 Uhr</td></tr><tr><td><b>Ort:</b></td><td>Webex (den Link erhalten Sie nach Ihrer Zusage)</td></tr><tr><td><b>Gesprächspartner:</b></td><td>Katharina Özdemir (Personal), Dr. Tobias Wendland (Teamleitung)</td></tr></table>
<p>Bitte bestätigen Sie den Termin kurz per Antwort auf diese E-Mail. Falls Sie verhindert sind, schlagen wir Ihnen gern einen Alternativtermin vor.</p>
<p>Mit freundlichen Grüßen<br>Katharina Özdemir<br>Personalgewinnung</p>""",
        footer="""Stadtlabor Digital Berlin gGmbH · Alt-Moabit 101 · 10559 Berlin<br>
Geschäftsführung: Dr. Annett Schubert · Amtsgericht Charlottenburg HRB 2XXXXX B<br>
<a href="https://stadtlabor.softgarden.io/de/datenschutz">Datenschutzhinweise</a>""",
        pixel_url="https://track.softgarden.io/o/18823/lam.gif"),
})

# ---------------------------------------------------------------- interview_reschedule_or_cancel

# RS1. Outlook update of the bank meeting (same UID, SEQUENCE:1, new time).
_rs1 = """Hola Lucía:

Te reenvío la convocatoria con un cambio de hora: a Aitor le ha coincidido el comité de riesgos a las 10:00, así que pasamos la entrevista del martes 17 a las 12:30 (mismo enlace de Teams).

Perdona el baile de horarios. Si a las 12:30 no puedes, dímelo y buscamos alternativa.

Un saludo,
Nerea Goikoetxea
Talent Acquisition · Banco Cantábrico
"""
add({
    "kind": "interview_reschedule_or_cancel", "scenario": "bank_outlook_sequence_update", "lang": "es",
    "company": "Banco Cantábrico", "contact": "nerea.goikoetxea@bancocantabrico.example.es",
    "frm": ("Goikoetxea Larrea, Nerea", "nerea.goikoetxea@bancocantabrico.example.es"),
    "to": ME,
    "subject": "Actualizado: Entrevista Product Manager – Onboarding Digital",
    "date": "2026-03-13 08:47 +0100",
    "refs": ["<VI1PR04MB5519F2C7B1E04A6D9C8E2B1F5A3D7E80@VI1PR04MB5519.eurprd04.prod.outlook.com>"],
    "cte": "quoted-printable",
    "text": _rs1,
    "html": outlook_html(_rs1),
    "cal": {"method": "REQUEST", "uid": BC_UID, "seq": 1, "prodid": OUTLOOK_PRODID,
            "start": "2026-03-17 12:30 +0100", "end": "2026-03-17 13:30 +0100",
            "summary": "Entrevista Product Manager – Onboarding Digital",
            "location": "Reunión de Microsoft Teams",
            "organizer": ("Goikoetxea Larrea, Nerea", "nerea.goikoetxea@bancocantabrico.example.es"),
            "description": "NUEVA HORA: 12:30. Unirse: https://teams.microsoft.com/l/meetup-join/19%3ameeting_bc"},
})

# RS2. Agency moves the client's interview, all caps.
add({
    "kind": "interview_reschedule_or_cancel", "scenario": "agency_talentonorte_cambio_hora", "lang": "es",
    "company": "Onda Ibérica Telecom", "contact": "lorena.bastida@talentonorte.example.es",
    "frm": ("Lorena Bastida", "lorena.bastida@talentonorte.example.es"),
    "to": ME,
    "subject": "CAMBIO!! Entrevista Onda Ibérica pasa al JUEVES",
    "date": "2026-06-15 09:05 +0200",
    "refs": ["<talentonorte.lb.20260611.4471@talentonorte.example.es>",
             "<CAOlucia0611onda@mail.gmail.com>"],
    "cte": "8bit",
    "quoted": True,
    "text": """Lucía!! Perdona el lío 🙈

Me acaba de llamar Olatz de Onda Ibérica: mañana martes no pueden porque tienen auditoría interna todo el día. Me proponen el JUEVES 18 a la misma hora (12:30), mismo sitio, Plaza Euskadi 5, planta 14.

Te va bien??? Dime algo en cuanto lo veas y se lo confirmo!!

Lorena Bastida
Talent Acquisition Specialist
TALENTO NORTE CONSULTORES

El jue, 11 jun 2026 a las 14:02, Lucía Arrieta-Mbeki (<lucia.am@example.es>) escribió:
> ¡Confirmado, Lorena! Allí estaré el martes a las 12:30. ¡Mil gracias!
""",
})

# RS3. University changes the interview date, HTML from the selection mailbox.
add({
    "kind": "interview_reschedule_or_cancel", "scenario": "university_ibaizabal_cambio_fecha", "lang": "es",
    "company": "Universidad de Ibaizabal", "contact": "seleccion@ibaizabal.example.es",
    "frm": ("Universidad de Ibaizabal – Selección", "seleccion@ibaizabal.example.es"),
    "to": ME,
    "subject": "Modificación de fecha – Entrevista PAS-2026-08",
    "date": "2026-09-01 13:02 +0200",
    "refs": ["<20260827081500.4F2A1B@ibaizabal.example.es>", "<lucia-ibaizabal-0828@example.es>"],
    "charset": "iso-8859-1", "cte": "quoted-printable",
    "html": """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body style="font-family:'Times New Roman',serif;font-size:14px;">
<img src="https://www.ibaizabal.example.es/img/logo-ibaizabal.png" alt="Universidad de Ibaizabal - Unibertsitatea" width="220"><hr>
<p>Estimada Sra. Arrieta-Mbeki:</p>
<p>Por coincidencia con la constitución del tribunal de otro proceso, la entrevista personal del proceso <b>PAS-2026-08</b> prevista para el lunes 7 de septiembre a las 12:15 h <b>se traslada al miércoles 9 de septiembre a las 9:45 h</b>, en el mismo lugar (Edificio Rectorado, Sala de Juntas 2).</p>
<p>Lamentamos las molestias. Le rogamos que nos confirme por esta misma vía que puede asistir en la nueva fecha.</p>
<p>Atentamente,<br>Servicio de Selección y Provisión<br>Universidad de Ibaizabal</p>
</body></html>""",
})

# RS4. Public consortium switches to video (building works).
add({
    "kind": "interview_reschedule_or_cancel", "scenario": "consorci_switch_to_teams", "lang": "es",
    "company": "Consorci Digital Metropolità", "contact": "nuria.casals@cdm.example.es",
    "frm": ("Núria Casals i Prat", "nuria.casals@cdm.example.es"),
    "to": ME,
    "subject": "Re: Entrevista - Responsable de Contenidos de Servicios Digitales",
    "date": "2026-06-26 16:44 +0200",
    "refs": ["<f1c2d3e4a5b6.20260622@cdm.example.es>", "<CAOlucia0622cdm@mail.gmail.com>"],
    "charset": "iso-8859-1", "cte": "quoted-printable",
    "text": """Hola de nuevo, Lucía,

Un cambio de última hora: nos han cortado la luz de la planta 3 por obras hasta el miércoles, así que la entrevista del dimarts 30 a las 9:30 la haremos por Teams en lugar de presencial. Misma hora.

Te envío el enlace el lunes. Perdona las molestias!

Núria
""",
})

# RS5. Mexico City: interviewer ill, moved to Monday.
add({
    "kind": "interview_reschedule_or_cancel", "scenario": "altiplano_interviewer_ill", "lang": "es",
    "company": "Diario Altiplano", "contact": "mfernanda.rios@altiplano.example.mx",
    "frm": ("María Fernanda Ríos", "mfernanda.rios@altiplano.example.mx"),
    "to": ME,
    "subject": "Re: Invitación a entrevista – Editora de Producto Digital (remoto)",
    "date": "2026-07-08 19:12 -0600",
    "refs": ["<CAJp3Altiplano0701MFR@mail.gmail.com>", "<CAOlucia0702alt@mail.gmail.com>"],
    "cte": "quoted-printable",
    "text": """Estimada Lucía:

Le escribo con una disculpa: mi compañero Rodrigo, que iba a conducir la entrevista conmigo, amaneció enfermo y no podrá conectarse mañana. ¿Le parecería bien moverla al lunes 13 de julio, misma hora (10:00 CDMX / 18:00 Barcelona)?

La liga de Zoom sigue siendo la misma: https://altiplano.zoom.example.mx/j/84120937716

Gracias por su comprensión.

Saludos cordiales,
María Fernanda
""",
})

# RS6. Start-up founder moves the coffee, from a phone.
add({
    "kind": "interview_reschedule_or_cancel", "scenario": "lumbre_move_coffee", "lang": "es",
    "company": "Lumbre", "contact": "pau@lumbre.example.es",
    "frm": ("Pau Ferrer", "pau@lumbre.example.es"),
    "to": ME_BARE,
    "subject": "Re: Diseñadora de contenido",
    "date": "2026-04-07 23:10 +0200",
    "mid": "<2B4D6F80-1A3C-4E5F-8091-A2B3C4D5E6F7@lumbre.example.es>",
    "refs": ["<0F9A3C5E-4B1D-4C8A-9D7E-3F2A1B6C8E90@lumbre.example.es>", "<CAPk2Lumbre7781xQ@mail.gmail.com>"],
    "cte": "8bit",
    "text": """Oye Lucía, me ha surgido un viaje a Madrid el jueves 😩 ¿lo pasamos al viernes 10 a las 10h? Mismo sitio. Si no, la semana q viene cuando quieras

Enviado desde mi iPhone
""",
})

# RS7. Ashby cancellation notice with a link to choose a new slot.
add({
    "kind": "interview_reschedule_or_cancel", "scenario": "ashby_plazo_cancelled_rebook", "lang": "es",
    "company": "Plazo", "contact": "",
    "frm": ("Plazo", "no-reply@ashbyhq.com"),
    "to": ME,
    "subject": "Tu entrevista con Plazo ha sido cancelada",
    "date": "2026-08-10 17:55 +0200",
    "refs": ["<ashby.plazo.sched.91c0e7@ashbyhq.com>"],
    "cte": "quoted-printable",
    "html": """<div style="font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;background:#f6f8fb;padding:32px 0;">
<table role="presentation" align="center" width="560" cellpadding="0" cellspacing="0" style="background:#fff;border:1px solid #e6e9ef;border-radius:8px;">
<tr><td style="padding:28px 32px 4px;"><img src="https://app.ashbyhq.com/api/images/org-theme-wordmark/plazo.png" alt="Plazo" height="28"></td></tr>
<tr><td style="padding:12px 32px 24px;font-size:15px;line-height:1.6;color:#1f2430;">
<p>Hola Lucía,</p>
<p>Lamentamos informarte de que tu entrevista <strong>Product Manager – Pagos a plazos: entrevista con Producto</strong>, programada para el <strong>miércoles 12 de agosto a las 11:00 (CEST)</strong>, ha sido cancelada porque una de las personas entrevistadoras no está disponible.</p>
<p>Tu proceso sigue adelante. Elige un nuevo horario aquí:</p>
<p style="text-align:center;margin:24px 0;"><a href="https://app.ashbyhq.com/interview-scheduling/self-schedule/91c0e7c2-plazo?reschedule=1" style="background:#5b3cf5;color:#fff;padding:12px 22px;border-radius:6px;text-decoration:none;font-weight:600;">Elegir nuevo horario</a></p>
<p>El equipo de Talento de Plazo</p>
</td></tr>
<tr><td style="padding:14px 32px;border-top:1px solid #eef0f4;font-size:11px;color:#8a93a6;">Este correo se ha enviado desde una dirección que no admite respuestas. Plazo Financial Technologies S.L.</td></tr>
</table></div>""",
})

# RS8. Google Calendar cancellation (METHOD:CANCEL, same UID as the invitation), interviewer ill.
_rs8 = """Hi Lucía,

I'm so sorry - I've come down with a nasty flu and I'm not going to be in shape for our interview tomorrow, so I'm cancelling the calendar slot.

Malik and I would still very much like to talk to you. I'll send new times on Monday once I'm back on my feet.

Sofia
"""
add({
    "kind": "interview_reschedule_or_cancel", "scenario": "ledgerly_google_cancel_ill", "lang": "en",
    "company": "Ledgerly", "contact": "sofia.brandt@ledgerly.example.de",
    "frm": ("Sofia Brandt", "sofia.brandt@ledgerly.example.de"),
    "to": ME,
    "subject": "Cancelled event: Design Ops interview – Lucía / Sofia @ Tue 10 Mar 2026 15:00 - 15:45 (CET)",
    "date": "2026-03-09 20:16 +0100",
    "refs": ["<0000000000006a1f2c0649d1e3b7@google.com>"],
    "cte": "quoted-printable",
    "text": _rs8 + """
This event has been cancelled and removed from your calendar.

Invitation from Google Calendar
""",
    "html": gmail_html(_rs8) + """
<p style="font-family:Roboto,Arial,sans-serif;font-size:14px;color:#d93025"><b>This event has been cancelled and removed from your calendar.</b></p>
<p style="font-family:Roboto,Arial,sans-serif;font-size:14px;text-decoration:line-through;color:#70757a">Design Ops interview – Lucía / Sofia · Tuesday 10 March 2026 · 15:00 – 15:45 (CET)</p>""",
    "cal": {"method": "CANCEL", "uid": LEDGERLY_UID, "seq": 1, "cte": "7bit",
            "start": "2026-03-10 15:00 +0100", "end": "2026-03-10 15:45 +0100",
            "summary": "Design Ops interview – Lucía / Sofia",
            "location": "https://meet.google.com/xpr-qwnd-kae",
            "organizer": ("Sofia Brandt", "sofia.brandt@ledgerly.example.de")},
})

# RS9. Agency: client's hiring manager moves the interview to next week; Outlook chain.
add({
    "kind": "interview_reschedule_or_cancel", "scenario": "agency_brightwell_moved_next_week", "lang": "en",
    "company": "Globetrek", "contact": "tom.hadley@brightwell.example.com",
    "frm": ("Tom Hadley", "tom.hadley@brightwell.example.com"),
    "to": ME,
    "subject": "RE: Globetrek want to meet you!",
    "date": "2026-05-11 16:20 +0100",
    "refs": ["<DB9PR02MB7140A1A2B3C4D5E6F7081920AB3C@DB9PR02MB7140.eurprd02.prod.outlook.com>",
             "<lucia-brightwell-0507@example.es>"],
    "charset": "windows-1252", "cte": "quoted-printable",
    "quoted": True,
    "text": """Hi Lucía,

Slight change of plan - Hannah has been pulled into their quarterly planning offsite on Wednesday, so Globetrek have asked to move your interview to Tuesday 19 May, same time (11:00 Lisbon / 12:00 Barcelona). Same Teams link, which they'll re-send.

Hope that still works - shout if not.

Tom

-----Original Message-----
From: Lucía Arrieta-Mbeki <lucia.am@example.es>
Sent: Thursday, May 7, 2026 10:44 AM
To: Tom Hadley <tom.hadley@brightwell.example.com>
Subject: Re: Globetrek want to meet you!

Hi Tom, Wednesday 13 at 11:00 Lisbon is perfect, please confirm with them. Thank you!
Lucía
""",
})

# RS10. Lever reschedule notice, recruiter Reply-To, HTML only.
add({
    "kind": "interview_reschedule_or_cancel", "scenario": "lever_helio_rescheduled", "lang": "en",
    "company": "Helio Travel", "contact": "marcos.vidal@heliotravel.example.com",
    "frm": ("Marcos from Helio Travel", "no-reply@hire.lever.co"),
    "reply_to": ("Marcos Vidal", "marcos.vidal@heliotravel.example.com"),
    "to": ME,
    "subject": "Your interview with Helio Travel has been rescheduled",
    "date": "2026-09-07 12:03 +0200",
    "cte": "quoted-printable",
    "text": """Hi Lucía,

Your interview for Product Manager, Trip Planning has been moved.

Was: Tue, Sep 8 · 16:00 – 16:30 CEST
Now: Thu, Sep 10 · 16:00 – 16:30 CEST · Google Meet · with Marcos Vidal

Sorry for the change - our Head of Product had a clash. If the new time doesn't work, just reply and I'll sort it.

Marcos

Sent with Lever
""",
    "html": """<html><body style="font-family:'Helvetica Neue',Arial,sans-serif;color:#222;font-size:15px;line-height:1.5;">
<div style="max-width:580px;margin:0 auto;padding:24px;">
<img src="https://lever-client-logos.s3.amazonaws.com/helio-travel-logo.png" alt="Helio Travel" width="120">
<p>Hi Lucía,</p>
<p>Your interview for <b>Product Manager, Trip Planning</b> has been moved.</p>
<table cellpadding="6" style="border:1px solid #e5e5e5;border-radius:6px;font-size:14px;">
<tr><td style="color:#999;text-decoration:line-through;">Tue, Sep 8 · 16:00 – 16:30 CEST</td></tr>
<tr><td><b>Thu, Sep 10 · 16:00 – 16:30 CEST</b> · Google Meet · with Marcos Vidal</td></tr>
</table>
<p>Sorry for the change - our Head of Product had a clash. If the new time doesn't work, just reply and I'll sort it.</p>
<p>Marcos</p>
<p style="font-size:11px;color:#999;">Sent with Lever · <a href="https://hire.lever.co/candidate-privacy/helio" style="color:#999;">Privacy notice</a></p>
</div></body></html>""",
})

# RS11. Terse push from a phone.
add({
    "kind": "interview_reschedule_or_cancel", "scenario": "sardinha_push_half_hour", "lang": "en",
    "company": "Sardinha Labs", "contact": "joana@sardinhalabs.example.pt",
    "frm": ("Joana Pires", "joana@sardinhalabs.example.pt"),
    "to": ME_BARE,
    "subject": "Re: UX writer role",
    "date": "2026-05-27 12:51 +0100",
    "mid": "<sardinha.0527.3b7d@sardinhalabs.example.pt>",
    "refs": ["<sardinha.0512.a9c1@sardinhalabs.example.pt>"],
    "cte": "7bit",
    "text": """can we push today's call to 4:30? back to back all afternoon, sorry!! same link

Sent from my iPhone
""",
})

# RS12. French bank postpones; Outlook "De : / Envoyé :" chain quoting the convocation.
add({
    "kind": "interview_reschedule_or_cancel", "scenario": "credit_sequane_report", "lang": "fr",
    "company": "Crédit Sequane", "contact": "aurelie.dumas@credit-sequane.example.fr",
    "frm": ("DUMAS Aurélie", "aurelie.dumas@credit-sequane.example.fr"),
    "to": ME,
    "subject": "RE: Convocation à un entretien – Product Owner Parcours Clients",
    "date": "2026-04-24 10:37 +0200",
    "refs": ["<PR1P264MB2871C0FFEE12AB34CD56EF78@PR1P264MB2871.FRAP264.PROD.OUTLOOK.COM>"],
    "charset": "windows-1252", "cte": "quoted-printable",
    "quoted": True,
    "text": """Bonjour Madame Arrieta-Mbeki,

Je suis au regret de devoir reporter notre entretien de lundi 27 avril : M. Lefebvre sera en déplacement toute la semaine. Pourrions-nous le décaler au mardi 5 mai, à 14h00 également ? Le lien Teams reste valable.

Avec toutes mes excuses pour ce contretemps,

Bien cordialement,
Aurélie DUMAS
Chargée de recrutement – Crédit Sequane

De : DUMAS Aurélie
Envoyé : lundi 20 avril 2026 14:12
À : Lucía Arrieta-Mbeki <lucia.am@example.es>
Objet : Convocation à un entretien – Product Owner Parcours Clients

Bonjour Madame Arrieta-Mbeki,

Suite à l'examen de votre candidature, j'ai le plaisir de vous convier à un entretien le lundi 27 avril 2026 de 14h00 à 15h00 via Microsoft Teams.
""",
})

# RS13. Paris agency switches to video.
add({
    "kind": "interview_reschedule_or_cancel", "scenario": "agence_mistral_passage_visio", "lang": "fr",
    "company": "Agence Mistral", "contact": "s.benali@agence-mistral.example.fr",
    "frm": ("Sarah Benali", "s.benali@agence-mistral.example.fr"),
    "to": ME,
    "subject": "Changement d'horaire pour mardi",
    "date": "2026-09-11 17:30 +0200",
    "refs": ["<6A2C1E9F-3D7B-4A8C-B1E2-F4D5C6A7B8E9@agence-mistral.example.fr>"],
    "cte": "quoted-printable",
    "text": """Bonjour Lucía,

Petit changement pour notre entretien de mardi : Thomas a un atelier client qui déborde sur le début de matinée. Nous vous proposons de le décaler à 10h30 au lieu de 9h30 (heure de Paris), toujours en visio sur Google Meet.

Le nouveau lien vous arrive dans la foulée. Merci de me dire si cela vous convient.

Belle fin de semaine,
Sarah
""",
})

# RS14. Berlin public service, new date, Sie; German "Am ... schrieb" quote; iso-8859-1.
add({
    "kind": "interview_reschedule_or_cancel", "scenario": "stadtlabor_terminverschiebung", "lang": "de",
    "company": "Stadtlabor Digital Berlin", "contact": "k.oezdemir@stadtlabor-berlin.example.de",
    "frm": ("Katharina Özdemir", "k.oezdemir@stadtlabor-berlin.example.de"),
    "to": ME,
    "subject": "Terminverschiebung Ihres Vorstellungsgesprächs",
    "date": "2026-07-10 11:22 +0200",
    "refs": ["<sg.stadtlabor.0706.18823@softgarden.io>", "<lucia-stadtlabor-0706@example.es>"],
    "charset": "iso-8859-1", "cte": "quoted-printable",
    "quoted": True,
    "text": """Sehr geehrte Frau Arrieta-Mbeki,

leider müssen wir unser Gespräch am Dienstag, 14. Juli, verschieben, da Herr Dr. Wendland kurzfristig an einer Senatssitzung teilnehmen muss. Wir würden Ihnen als neuen Termin Donnerstag, 16. Juli 2026, 14:00-15:00 Uhr vorschlagen.

Bitte geben Sie mir kurz Bescheid, ob Ihnen der Termin passt.

Mit freundlichen Grüßen
Katharina Özdemir
Personalgewinnung
Stadtlabor Digital Berlin

Am 06.07.2026 um 15:40 schrieb Lucía Arrieta-Mbeki <lucia.am@example.es>:
> Sehr geehrte Frau Özdemir,
> vielen Dank für die Einladung. Den Termin am 14. Juli um 10:00 Uhr
> bestätige ich gern.
> Mit freundlichen Grüßen
> Lucía Arrieta-Mbeki
""",
})

# RS15. Berlin start-up cancels without a new date (CEO ill); process continues.
add({
    "kind": "interview_reschedule_or_cancel", "scenario": "pixelhain_absage_krank", "lang": "de",
    "company": "Pixelhain", "contact": "jonas@pixelhain.example.de",
    "frm": ("Jonas Reuter", "jonas@pixelhain.example.de"),
    "to": ME,
    "subject": "Re: Kennenlernen",
    "date": "2026-04-14 07:58 +0200",
    "mid": "<pixelhain-0414-jr@pixelhain.example.de>",
    "refs": ["<pixelhain-0409-jr@pixelhain.example.de>"],
    "cte": "quoted-printable",
    "text": """Hi Lucía,

ich muss unser Gespräch am Freitag leider absagen – Mira und ich liegen beide mit Grippe flach. Sorry für die Kurzfristigkeit!

Ich melde mich nächste Woche mit einem neuen Termin, sobald wir wieder fit sind. Das Thema ist für uns nicht vom Tisch.

Liebe Grüße
Jonas
""",
})

# ---------------------------------------------------------------- missed_interview_notice

# M1. Newspaper: "te esperábamos el jueves a las 10:00".
add({
    "kind": "missed_interview_notice", "scenario": "gaceta_te_esperabamos", "lang": "es",
    "company": "La Gaceta de Bilbao", "contact": "edurne.lasa@gacetabilbao.example.es",
    "frm": ("Edurne Lasa", "edurne.lasa@gacetabilbao.example.es"),
    "to": ME,
    "subject": "¿Todo bien?",
    "date": "2026-05-14 11:02 +0200",
    "refs": ["<002f01dcd9a1$8c2b4e70$a481eb50$@gacetabilbao.example.es>"],
    "charset": "windows-1252", "cte": "quoted-printable",
    "headers": {"X-Mailer": "Microsoft Outlook 16.0"},
    "text": """Hola Lucía:

Te esperábamos hoy a las 10:00 en la redacción para la presentación del ejercicio y no has aparecido. Te hemos llamado al móvil un par de veces pero salta el buzón.

Espero que no te haya pasado nada. Si ha sido un malentendido con la fecha, escríbeme y vemos qué hacemos; el director adjunto no tiene mucha agenda estas semanas, pero algo intentaremos.

Un saludo,
Edurne Lasa
Jefa de Producto Digital – La Gaceta de Bilbao
""",
})

# M2. Head-hunter: "he intentado llamarle tres veces".
add({
    "kind": "missed_interview_notice", "scenario": "headhunter_llamadas_sin_respuesta", "lang": "es",
    "company": "Carvajal & Asociados", "contact": "ines.carvajal@carvajal-asociados.example.es",
    "frm": ("Inés Carvajal", "ines.carvajal@carvajal-asociados.example.es"),
    "to": ME,
    "subject": "Nuestra llamada de hoy",
    "date": "2026-04-02 13:41 +0200",
    "refs": ["<carvajal.20260331.ic.77@carvajal-asociados.example.es>"],
    "charset": "windows-1252", "cte": "quoted-printable",
    "text": """Estimada Lucía:

He intentado llamarla tres veces entre las 13:00 y las 13:30, a la hora que habíamos acordado para la entrevista telefónica, sin éxito; el teléfono estaba apagado o fuera de cobertura.

Entiendo que puede haber surgido algún imprevisto. Si sigue interesada en el proceso, indíqueme por favor otro momento a lo largo de la próxima semana, ya que el cliente espera la terna antes del día 15.

Un cordial saludo,

Inés Carvajal
Socia Directora
Carvajal & Asociados | Executive Search
""",
})

# M3. Family business: trial day not turned up to, Catalan-influenced Spanish.
add({
    "kind": "missed_interview_notice", "scenario": "torrons_dia_de_prueba", "lang": "es",
    "company": "Torrons Mas Pujol", "contact": "montse@maspujol.example.es",
    "frm": ("Montse Pujol", "montse@maspujol.example.es"),
    "to": ME,
    "subject": "dia de prueba de ayer",
    "date": "2026-10-06 09:15 +0200",
    "charset": "iso-8859-1", "cte": "8bit",
    "text": """Hola Lucía,

Ayer te estuvimos esperando toda la mañana para el día de prueba en la oficina de Agramunt (habíamos quedado a las 9, ¿no?). Teníamos preparado el ordenador y la Rosa había reservado la mañana para enseñarte la tienda online y el catálogo de Nadal.

No sé si te pasó algo o si al final ya no te interesa. Si quieres que lo volvamos a intentar, dímelo esta semana, que después entramos en campaña y no podremos.

Gràcies,
Montse Pujol
Torrons Mas Pujol
Ctra. de Tàrrega km 2 · Agramunt (Lleida)
""",
})

# M4. Teamtailor no-show notice with recruiter Reply-To.
add({
    "kind": "missed_interview_notice", "scenario": "teamtailor_cestaverde_no_show", "lang": "es",
    "company": "CestaVerde", "contact": "irene.llopis@cestaverde.example.es",
    "frm": ("Irene de CestaVerde", "no-reply@teamtailor-mail.com"),
    "reply_to": ("Irene Llopis", "irene.llopis@cestaverde.example.es"),
    "to": ME,
    "subject": "Te echamos de menos en la entrevista de hoy",
    "date": "2026-03-16 11:05 +0100",
    "cte": "quoted-printable",
    "html": """<div style="font-family:'Inter',Arial,sans-serif;font-size:15px;line-height:1.6;color:#1d1d1b;max-width:560px;margin:0 auto;padding:24px;">
<img src="https://images.teamtailor-cdn.com/images/s3/teamtailor-production/logo-cestaverde.png" alt="CestaVerde" width="140">
<p>¡Hola Lucía!</p>
<p>Teníamos nuestra entrevista por Google Meet hoy a las 10:30 y te hemos esperado unos 15 minutos, pero no te hemos visto conectarte.</p>
<p>¡No pasa nada, a veces el calendario juega malas pasadas! Si sigues interesada en <b>Product Content Lead</b>, puedes reservar otro hueco aquí:</p>
<p><a href="https://cestaverde.teamtailor.com/meetings/7c1e2a90/book?candidate=lucia&amp;rebook=1" style="color:#3f8f29;font-weight:bold;">Reservar un nuevo horario</a></p>
<p>O respóndeme directamente a este correo.</p>
<p>Un abrazo,<br>Irene</p>
<p style="font-size:11px;color:#8a8f85;">Enviado con Teamtailor · <a href="https://cestaverde.teamtailor.com/connect/unsubscribe?t=9f2a" style="color:#8a8f85;">Gestionar mis datos</a></p>
</div>""",
})

# M5. Mexico City: candidate did not connect to the video call.
add({
    "kind": "missed_interview_notice", "scenario": "altiplano_no_se_conecto", "lang": "es",
    "company": "Diario Altiplano", "contact": "mfernanda.rios@altiplano.example.mx",
    "frm": ("María Fernanda Ríos", "mfernanda.rios@altiplano.example.mx"),
    "to": ME,
    "subject": "Entrevista de hoy",
    "date": "2026-07-13 10:31 -0600",
    "cte": "base64",
    "text": """Hola Lucía:

Rodrigo y yo la estuvimos esperando en la sala de Zoom desde las 10:00 (hora CDMX) y no se conectó. Le mandé también un WhatsApp por si había algún problema técnico.

¿Todo bien? Si hubo una confusión con el horario, avíseme y vemos si podemos agendar otro espacio esta semana.

Saludos,
María Fernanda Ríos
Coordinadora de Producto Digital | Diario Altiplano
""",
})

# M6. Lisbon start-up: you didn't join the call.
add({
    "kind": "missed_interview_notice", "scenario": "sardinha_didnt_join", "lang": "en",
    "company": "Sardinha Labs", "contact": "joana@sardinhalabs.example.pt",
    "frm": ("Joana Pires", "joana@sardinhalabs.example.pt"),
    "to": ME_BARE,
    "subject": "Re: UX writer role",
    "date": "2026-05-27 17:02 +0100",
    "refs": ["<sardinha.0512.a9c1@sardinhalabs.example.pt>", "<sardinha.0527.3b7d@sardinhalabs.example.pt>"],
    "cte": "7bit",
    "text": """Hey Lucia, Dan and I were on the call at 4:30 for about 15 min but didn't see you join - everything ok? Maybe my change came too late. Let me know if you want to find another slot.

J
""",
})

# M7. Lever: "we missed you at your interview", recruiter Reply-To, HTML only.
add({
    "kind": "missed_interview_notice", "scenario": "lever_helio_missed_you", "lang": "en",
    "company": "Helio Travel", "contact": "marcos.vidal@heliotravel.example.com",
    "frm": ("Marcos from Helio Travel", "no-reply@hire.lever.co"),
    "reply_to": ("Marcos Vidal", "marcos.vidal@heliotravel.example.com"),
    "to": ME,
    "subject": "We missed you today",
    "date": "2026-09-10 16:48 +0200",
    "cte": "quoted-printable",
    "html": """<html><body style="font-family:'Helvetica Neue',Arial,sans-serif;color:#222;font-size:15px;line-height:1.5;">
<div style="max-width:580px;margin:0 auto;padding:24px;">
<img src="https://lever-client-logos.s3.amazonaws.com/helio-travel-logo.png" alt="Helio Travel" width="120">
<p>Hi Lucía,</p>
<p>We had you down for a call at 16:00 today for <b>Product Manager, Trip Planning</b>, but it looks like you weren't able to join.</p>
<p>If something came up, no worries - you can <a href="https://hire.lever.co/interview-scheduling/helio/e1f7c3?lever-source=noshow" style="color:#0c7ff2;">pick a new time here</a> or just reply to me.</p>
<p>Marcos</p>
<p style="font-size:11px;color:#999;">Sent with Lever</p>
</div>
<img src="https://hire.lever.co/email/open/e1f7c3-noshow.png" width="1" height="1" alt="">
</body></html>""",
})

# M8. Agency: the client says the candidate did not dial in.
add({
    "kind": "missed_interview_notice", "scenario": "agency_brightwell_no_dial_in", "lang": "en",
    "company": "Globetrek", "contact": "tom.hadley@brightwell.example.com",
    "frm": ("Tom Hadley", "tom.hadley@brightwell.example.com"),
    "to": ME,
    "subject": "Globetrek - this morning?",
    "date": "2026-05-19 12:41 +0100",
    "charset": "windows-1252", "cte": "quoted-printable",
    "text": """Hi Lucía,

Hannah at Globetrek has just been on to me - she says you didn't dial in to the 11:00 Teams call this morning. She waited 10 minutes.

Is everything alright? If it was a tech issue or a mix-up with the time zones, let me know asap and I'll try to smooth it over and get another slot. They were keen, so I think it's recoverable.

Tom
Sent from my iPhone
""",
})

# M9. Paris agency: "nous vous avons attendue".
add({
    "kind": "missed_interview_notice", "scenario": "agence_mistral_attendue", "lang": "fr",
    "company": "Agence Mistral", "contact": "s.benali@agence-mistral.example.fr",
    "frm": ("Sarah Benali", "s.benali@agence-mistral.example.fr"),
    "to": ME,
    "subject": "Entretien de ce matin",
    "date": "2026-09-15 11:05 +0200",
    "mid": "<mistral.0915.sb@agence-mistral.example.fr>",
    "cte": "quoted-printable",
    "text": """Bonjour Lucía,

Thomas et moi vous avons attendue ce matin à 10h30 sur le lien Google Meet, mais vous ne vous êtes pas connectée. Je vous ai également laissé un message vocal.

J'espère qu'il ne vous est rien arrivé. Si vous êtes toujours intéressée par le poste, n'hésitez pas à me recontacter pour que nous trouvions un nouveau créneau.

Bien à vous,
Sarah Benali
Chargée de recrutement – Agence Mistral
""",
})

# M10. Berlin public service, Sie, formal.
add({
    "kind": "missed_interview_notice", "scenario": "stadtlabor_nicht_erschienen", "lang": "de",
    "company": "Stadtlabor Digital Berlin", "contact": "k.oezdemir@stadtlabor-berlin.example.de",
    "frm": ("Katharina Özdemir", "k.oezdemir@stadtlabor-berlin.example.de"),
    "to": ME,
    "subject": "Ihr Vorstellungsgespräch am 16. Juli",
    "date": "2026-07-16 15:12 +0200",
    "charset": "iso-8859-1", "cte": "quoted-printable",
    "text": """Sehr geehrte Frau Arrieta-Mbeki,

leider haben Sie heute nicht an dem vereinbarten Vorstellungsgespräch um 14:00 Uhr teilgenommen. Herr Dr. Wendland und ich haben bis 14:20 Uhr im Webex-Raum auf Sie gewartet.

Sollte ein technisches Problem oder ein anderer wichtiger Grund vorgelegen haben, teilen Sie uns dies bitte bis zum 21. Juli mit. Andernfalls gehen wir davon aus, dass Sie kein Interesse mehr an der Stelle haben.

Mit freundlichen Grüßen
Katharina Özdemir
Personalgewinnung
Stadtlabor Digital Berlin
""",
})
