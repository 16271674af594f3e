"""Corpus 219, interviews: 26 invitations, 15 reschedules or cancellations, 10 missed-interview
notices, all hand-written."""

from __future__ import annotations

from msgs219_common import (
    ME,
    ats_card,
    forwarded,
    mso_paras,
    outlook_html,
    page,
    paras,
    reply,
)

MSGS: list[dict] = []


def add(**spec: object) -> None:
    MSGS.append(spec)


def text_of(slug: str) -> str:
    """The text of a message written earlier in this module (to quote it in a reply)."""
    return next(spec["text"] for spec in MSGS if spec["slug"] == slug)


AUTO = [("Auto-Submitted", "auto-generated")]

# ================================================================== interview_invitation
# ------------------------------------------------------------------ es (14)

_t = """Hola Carlota:

Soy Lucía, del equipo de Talento de Nubeluz. He leído tu candidatura para Customer Success Manager (mercado hispanohablante) y me encantaría que conocieras a Pablo Iturbe, nuestro Head of Customer Success, en una videollamada de 45 minutos.

Elige el hueco que mejor te venga aquí:
https://app.greenhouse.io/scheduling/nubeluz/7Hk2pQ9x

Si ninguno te encaja, respóndeme a este correo y lo buscamos a mano.

¡Hablamos pronto!

Lucía Ferrer
Talent Acquisition Partner · Nubeluz
C/ de Almagro 14, 28010 Madrid"""
add(kind="interview_invitation", slug="nubeluz_gh_invite", lang="es",
    company="Nubeluz", contact="lucia.ferrer@nubeluz.example.es",
    frm=("Lucía Ferrer via Greenhouse", "no-reply@greenhouse-mail.io"),
    reply_to=("Lucía Ferrer", "lucia.ferrer@nubeluz.example.es"),
    subject="Nubeluz: ¿hablamos? Customer Success Manager",
    date="2026-01-19 10:07:33 +0000", refs=["nubeluz_gh_recibida"],
    text=_t, html=ats_card("Nubeluz", "#5b3df5", paras(_t), "Sent via Greenhouse",
                           button=("Elegir horario", "https://app.greenhouse.io/scheduling/nubeluz/7Hk2pQ9x")),
    cte="quoted-printable")

_t = """Hola Carlota,

¿Te puedo llamar el jueves 12 a las 10:00 para una primera conversación de unos 20 minutos sobre la vacante de Customer Success Agent? Sería una llamada telefónica al número que aparece en tu CV (+34 611 408 275).

Si a esa hora no puedes, proponme otra y me adapto.

Gracias,
Jordi Puig
Talent Acquisition · Telmare Comunicaciones
Av. Diagonal 612, 08021 Barcelona · +34 932 118 450"""
add(kind="interview_invitation", slug="telmare_invite_llamada", lang="es",
    company="Telmare Comunicaciones", contact="jordi.puig@telmare.example.es",
    frm=("Jordi Puig", "jordi.puig@telmare.example.es"),
    subject="Customer Success Agent - primera llamada",
    date="2026-02-09 12:31:08 +0100", refs=["telmare_workday_recibida"],
    text=_t, cte="8bit")

_t = """Estimada Carlota:

Nos complace invitarle a la jornada de evaluación (assessment center) del proceso de Gestora de Clientes Digitales (ref. BCN-2026-114).

Fecha: martes, 10 de marzo de 2026
Horario: de 9:00 a 14:00
Lugar: Banco Cantábrico del Norte, Gran Vía 41, 48011 Bilbao (planta 3, sala Abra)

La jornada incluye un ejercicio de atención a un cliente simulado, una dinámica en grupo y una entrevista individual con el equipo de Banca Digital. Le rogamos que traiga su DNI o NIE.

Para confirmar su asistencia, responda a este mensaje; le atenderá Itziar Goikoetxea, técnica de selección.

Atentamente,
Dirección de Personas · Banco Cantábrico del Norte"""
add(kind="interview_invitation", slug="bancocantabrico_ac_invite", lang="es",
    company="Banco Cantábrico del Norte", contact="itziar.goikoetxea@bancocantabrico.example.es",
    frm=("Banco Cantábrico del Norte", "noreply@successfactors.eu"),
    reply_to=("Itziar Goikoetxea", "itziar.goikoetxea@bancocantabrico.example.es"),
    subject="Convocatoria: jornada de evaluación BCN-2026-114", subj_enc=("iso-8859-1", "b"),
    date="2026-03-02 11:45:00 +0100", refs=["bancocantabrico_sf_recibida"],
    html=ats_card("Banco Cantábrico del Norte", "#0b4f6c", paras(_t),
                  "SAP SuccessFactors · Banco Cantábrico del Norte"),
    cte="base64")

_t = """Hola Carlota:

¡Gracias por la charla del viernes! Como te comenté, el siguiente paso en Contacta Global es una jornada de prueba en la plataforma de soporte en inglés: te sientas con dos agentes veteranos, escuchas llamadas reales y al final atiendes tú un par de chats con supervisión.

Te propongo el lunes 15 de junio, de 9:00 a 15:00, en Torre Marina (planta 9). Esa jornada está remunerada como media jornada formativa.

¿Me confirmas si puedes venir?

Montse Vidal
People Partner · Contacta Global BPO
Torre Marina, planta 9 · Barcelona · +34 934 001 562"""
add(kind="interview_invitation", slug="contactaglobal_jornada_prueba", lang="es",
    company="Contacta Global BPO", contact="montse.vidal@contactaglobal.example.es",
    frm=("Montse Vidal", "montse.vidal@contactaglobal.example.es"),
    subject="Jornada de prueba del lunes", date="2026-06-08 13:20:41 +0200",
    refs=["contactaglobal_sr_recibida"], text=_t, html=page(paras(_t)))

_t = """Hola Carlota:

¡Buenas noticias! Seguros Atalaya ha visto tu CV y quiere conocerte para el puesto de Agente de Atención al Cliente bilingüe (contrato de seis meses con posibilidad de incorporación).

La entrevista es el miércoles 18 de marzo a las 11:00 en su sede del Paseo de la Habana 74, Madrid. Te recibirá Andrés Pizarro, responsable de Atención al Cliente. Calcula unos 40 minutos; harán una parte en inglés.

Confírmame por aquí que te va bien y te mando los detalles de acceso al edificio.

Raquel Domínguez
Consultora de Selección
Laborvía ETT · Delegación Madrid Centro
Tel. 91 540 22 18 · Móvil 655 12 09 84"""
add(kind="interview_invitation", slug="laborvia_atalaya_convocatoria", lang="es",
    company="Seguros Atalaya", contact="raquel.dominguez@laborvia.example.es",
    frm=("Raquel Domínguez", "raquel.dominguez@laborvia.example.es"),
    subject="Entrevista con Seguros Atalaya - miércoles 18", date="2026-03-10 10:02:19 +0100",
    refs=["laborvia_alta_bolsa"],
    text=_t, html=outlook_html(mso_paras(_t)), cte="quoted-printable")

_t = """Hola Carlota:

Como hablamos el martes, mi cliente —una fintech de pagos con sede en Madrid que prefiere mantener la confidencialidad en esta fase— quiere conocerte para la posición de Customer Success Lead.

Propone una videollamada de 50 minutos con su directora de Operaciones el jueves 16 de julio a las 17:00. Te enviaría yo el enlace de Zoom en cuanto me confirmes.

Mañana te llamo para prepararla juntos.

Un saludo,
Álvaro Sala
Socio director · Hunter & Sala Executive Search
Paseo de Recoletos 7, 28004 Madrid · +34 913 197 640"""
add(kind="interview_invitation", slug="huntersala_cliente_confidencial", lang="es",
    company="Hunter & Sala", contact="alvaro.sala@huntersala.example.es",
    frm=("Álvaro Sala", "alvaro.sala@huntersala.example.es"), frm_enc=("iso-8859-1", "q"),
    subject="Primera entrevista con mi cliente",
    date="2026-07-13 09:14:27 +0200", refs=["huntersala_contacto", "own_huntersala_respuesta"],
    text=_t, cte="quoted-printable")

_t = """Hola Carlota:

Álvaro Sala nos ha hablado muy bien de ti. Te adjunto la invitación al panel para el puesto de Customer Success Lead en Pagora: estaremos Inés Beltrán (directora de Operaciones), Gonzalo Vera (Producto) y yo.

Martes 28 de julio, de 10:00 a 11:30, en nuestra oficina de Calle de Orense 34, 6.ª planta. Durante la primera media hora te pediremos que nos presentes cómo harías el plan de onboarding de un comercio nuevo; no hace falta traer diapositivas.

Acepta la invitación del calendario para que te reservemos la sala.

Beatriz Ortega
Talent Lead · Pagora
Calle de Orense 34 · 28020 Madrid"""
add(kind="interview_invitation", slug="pagora_panel", lang="es",
    company="Pagora", contact="beatriz.ortega@pagora.example.es",
    frm=("Beatriz Ortega", "beatriz.ortega@pagora.example.es"),
    subject="Invitación: Panel Customer Success Lead - Pagora",
    date="2026-07-20 16:40:12 +0200", refs=["huntersala_cliente_confidencial"],
    text=_t, html=page(paras(_t)),
    ics={"method": "REQUEST", "seq": 0, "uid": "pagora-panel-csl-2026@pagora.example.es",
             "start": "20260728T080000Z", "end": "20260728T093000Z",
             "summary": "Panel Customer Success Lead - Carlota Weiss-Mbeki",
             "location": "Pagora, Calle de Orense 34, 6.ª planta, Madrid",
             "organizer": ("Beatriz Ortega", "beatriz.ortega@pagora.example.es"), "attach": True})

_t = """Hola Carlota!

Te escribo de Quipu. Vi tu postulación para el rol de Customer Success para España y me tincó altiro tu perfil: call center en Valpo, ahora en Madrid, bilingüe... justo lo que buscamos.

¿Estás libre el jueves para conversar un rato por Meet? Yo puedo entre 10 y 13 de acá (o sea, de 16 a 19 allá). Nada formal, es para conocernos y contarte cómo trabajamos.

Quedo atento!
Matías Rojas
Head of Customer · Quipu Fintech
Santiago, Chile"""
add(kind="interview_invitation", slug="quipu_jueves", lang="es",
    company="Quipu Fintech", contact="matias.rojas@quipu.example.cl",
    frm=("Matías Rojas", "matias.rojas@quipu.example.cl"),
    subject="¿conversamos el jueves?", subj_enc=("utf-8", "b"),
    date="2026-07-14 12:03:55 -0400", text=_t, cte="8bit")

_t = """Hola Carlota,

Gracias por tu interés en Alborada Telecom. Nos gustaría conocerte en una entrevista por Microsoft Teams de 30 minutos para la posición de Customer Success Executive - Pymes.

Reserva directamente tu horario en este enlace (disponible hasta el 20 de mayo):
https://www.smartrecruiters.com/interview-scheduler/alborada/4f8a21

Una vez reservado, recibirás la invitación con el enlace de Teams.

Un saludo,
Diego Márquez
Selección · Alborada Telecom"""
add(kind="interview_invitation", slug="alborada_sr_agenda", lang="es",
    company="Alborada Telecom", contact="diego.marquez@alborada.example.es",
    frm=("Alborada Telecom", "noreply@smartrecruiters.com"),
    reply_to=("Diego Márquez", "diego.marquez@alborada.example.es"),
    subject="Alborada Telecom - Reserva tu entrevista",
    date="2026-05-18 08:30:04 +0000", headers=AUTO,
    text=_t, html=ats_card("Alborada Telecom", "#ff7a00", paras(_t), "SmartRecruiters",
                           button=("Reservar", "https://www.smartrecruiters.com/interview-scheduler/alborada/4f8a21")),
    cte="quoted-printable")

_t = """Estimada Sra. Weiss-Mbeki:

En relación con su candidatura al puesto de Gestor/a de Atención al Mutualista, nos gustaría mantener con usted una entrevista por Microsoft Teams el lunes 27 de abril a las 10:00 horas. La realizará D.ª Carmen Llorente, jefa del Área de Atención al Mutualista, y tendrá una duración aproximada de 45 minutos.

Enlace de acceso: https://teams.example.com/l/meetup-join/mutuaboreal-27abr

Le agradeceré que me confirme su disponibilidad.

Reciba un cordial saludo,

Elena Sanz Ortega
Responsable de Selección
Mutua Boreal de Seguros
C/ Serrano 118, 28006 Madrid | Tel. 91 431 88 00

-----------------------------------------------------------------
CONFIDENCIALIDAD: La información contenida en este correo es confidencial y para uso exclusivo del destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo elimine."""
add(kind="interview_invitation", slug="mutuaboreal_teams", lang="es",
    company="Mutua Boreal de Seguros", contact="elena.sanz@mutuaboreal.example.es",
    frm=("Elena Sanz Ortega", "elena.sanz@mutuaboreal.example.es"),
    subject="Entrevista - Gestor/a de Atención al Mutualista",
    date="2026-04-20 09:51:16 +0200", refs=["mutuaboreal_cv_recibido"],
    text=_t, html=outlook_html(mso_paras(_t), charset="windows-1252"),
    charset="windows-1252", cte="quoted-printable")

_t = """¡Hola, Carlota!

Te escribimos desde Coral CX porque tu perfil ha pasado el primer filtro para el servicio de atención al cliente en inglés y portugués que abrimos en septiembre.

Te convocamos a una dinámica de grupo el martes 8 de septiembre a las 10:00 en nuestras oficinas de C/ Méndez Álvaro 56, Madrid. Durará unas dos horas: una parte en grupo y una pequeña entrevista individual al final.

Trae el DNI/NIE y ganas de participar 😊

Paula Herrero
Reclutadora · Coral CX
T. 91 118 62 90"""
add(kind="interview_invitation", slug="coralcx_dinamica", lang="es",
    company="Coral CX", contact="paula.herrero@coralcx.example.es",
    frm=("Paula Herrero", "paula.herrero@coralcx.example.es"),
    subject="Convocatoria dinámica de grupo - Coral CX 8/9",
    date="2026-09-01 15:02:47 +0200", text=_t, cte="base64")

_t = """Hola Carlota:

Gracias por postular a la vacante de Customer Success remoto que publicamos para un cliente SaaS. Me gustaría hacerte una primera llamada telefónica de 20 minutos para conocerte.

Te dejé una invitación para el jueves 20 de agosto a las 16:00 hora de Chile (22:00 en Madrid). Si no te acomoda, me avisas y lo movemos.

Saludos cordiales,
Francisca Soto
Reclutadora · Andina Remote
Valparaíso, Chile · +56 9 8812 4409"""
add(kind="interview_invitation", slug="andina_llamada", lang="es",
    company="Andina Remote", contact="francisca.soto@andinaremote.example.cl",
    frm=("Francisca Soto", "francisca.soto@andinaremote.example.cl"),
    subject="Llamada con Andina Remote", date="2026-08-17 18:22:10 -0400",
    text=_t,
    ics={"method": "REQUEST", "seq": 0, "uid": "andina-0820-cwm@andinaremote.example.cl",
             "start": "20260820T200000Z", "end": "20260820T202000Z",
             "summary": "Llamada Andina Remote / Carlota Weiss-Mbeki",
             "location": "Teléfono +34 611 408 275",
             "organizer": ("Francisca Soto", "francisca.soto@andinaremote.example.cl")})

_old = """Hola Marc:

Muchas gracias por la primera entrevista del jueves, me quedé con muy buena sensación. Una pregunta: ¿la siguiente fase sería con el equipo o con alguien de dirección? Así me la preparo bien.

Un saludo,
Carlota"""
_t = reply("""Hola Carlota,

Buena pregunta: la segunda ronda es con el equipo, Laia (Support Lead) y Oriol (Producto). Te proponemos el lunes 29 de junio a las 12:00 por Google Meet, una hora más o menos. Te pedirán que resuelvas en directo un ticket real anonimizado de un cliente enfadado.

Enlace: https://meet.example.com/trm-cwm-2906

¿Te va bien?

Marc""",
           "es", "vie, 19 jun 2026 a las 18:03", "Carlota Weiss-Mbeki", ME[1], _old)
add(kind="interview_invitation", slug="tramontana_segunda_ronda", lang="es",
    company="Tramontana Cloud", contact="marc.soler@tramontana.example.es",
    frm=("Marc Soler", "marc.soler@tramontana.example.es"),
    subject="Re: Gracias por la entrevista", date="2026-06-22 09:37:48 +0200",
    refs=["own_tramontana_pregunta"], text=_t)

_inner = """Nuria, me viene bien el martes 13 a las 9:30 para ver a la candidata chilena que me pasaste (Carlota). Que pregunte por ti en recepción y subo a buscarla.

Gracias!
Begoña Salas
Coordinadora campaña Telco · Ascendia BPO"""
_t = """Hola Carlota:

Tal como hablamos por teléfono, te confirmamos la entrevista presencial con la coordinadora de la campaña de telecomunicaciones el martes 13 de octubre a las 9:30 en nuestra oficina de C/ Alcalá 180, 2.ª planta. Pregunta en recepción por Nuria Campos.

Te reenvío abajo la confirmación de Begoña para que veas con quién vas a hablar.

Un saludo.

Nuria Campos
Técnica de Selección | Ascendia BPO
Tel. +34 910 77 34 02

""" + forwarded("es", "Begoña Salas <begona.salas@ascendia.example.es>",
                "lun, 5 oct 2026, 11:48", "Entrevista candidata inglés",
                "Nuria Campos <nuria.campos@ascendia.example.es>", _inner)
add(kind="interview_invitation", slug="ascendia_reenvio_convocatoria", lang="es",
    company="Ascendia BPO", contact="nuria.campos@ascendia.example.es",
    frm=("Nuria Campos", "nuria.campos@ascendia.example.es"),
    subject="Entrevista presencial - campaña telecomunicaciones",
    date="2026-10-05 12:14:30 +0200",
    text=_t, charset="iso-8859-1", cte="quoted-printable")

# ------------------------------------------------------------------ en (7)

_t = """Hi Carlota,

Thanks for your patience while we reviewed applications for the Customer Success Manager (Spain) role. We'd love you to meet our panel: Rui Matos (Head of CS), Marta Figueira (Senior CSM) and me.

When: Tuesday 24 March, 15:00-16:00 Lisbon time (16:00 Madrid)
Where: Google Meet - https://meet.example.com/mar-csm-panel

The first half is a conversation about your experience; in the second half we'll give you a short churn-risk case to talk through. No preparation needed.

The calendar invitation is attached - please accept it so we know you're coming.

Best,
Inês

Inês Carvalho
Talent Partner, Marés Digital
Rua da Boavista 72, 1200-066 Lisboa"""
add(kind="interview_invitation", slug="mares_panel_invite", lang="en",
    company="Marés Digital", contact="ines.carvalho@maresdigital.example.pt",
    frm=("Inês Carvalho", "ines.carvalho@maresdigital.example.pt"),
    subject="Invitation: CSM (Spain) panel interview - Tue 24 Mar 15:00",
    date="2026-03-16 11:20:35 +0000", refs=["mares_lever_received"],
    text=_t, html=page(paras(_t), lang="en"),
    ics={"method": "REQUEST", "seq": 0, "uid": "mares-csm-panel-cwm@maresdigital.example.pt",
             "start": "20260324T150000Z", "end": "20260324T160000Z",
             "summary": "Marés Digital - CSM (Spain) panel interview",
             "location": "https://meet.example.com/mar-csm-panel",
             "description": "Panel: Rui Matos, Marta Figueira, Inês Carvalho",
             "organizer": ("Inês Carvalho", "ines.carvalho@maresdigital.example.pt")})

_t = """Hi Carlota,

Great news - the Cloverdesk team would like to talk to you about the Customer Success Specialist (Spanish) role.

Please pick a 30-minute slot for a video interview with our Support Manager using the link below:
https://app.ashbyhq.com/scheduling/cloverdesk/b7f1d2

Any questions, just reply to this email and it will reach me directly.

Niamh Byrne
Recruiter, Cloverdesk"""
add(kind="interview_invitation", slug="cloverdesk_ashby_schedule", lang="en",
    company="Cloverdesk", contact="niamh.byrne@cloverdesk.example.ie",
    frm=("Niamh Byrne via Ashby", "no-reply@ashbyhq.com"),
    reply_to=("Niamh Byrne", "niamh.byrne@cloverdesk.example.ie"),
    subject="Cloverdesk - let's schedule your interview",
    date="2026-04-10 13:55:20 +0000", refs=["cloverdesk_ashby_received"],
    text=_t, html=ats_card("Cloverdesk", "#12a150", paras(_t), "Powered by Ashby", lang="en",
                           button=("Choose a time", "https://app.ashbyhq.com/scheduling/cloverdesk/b7f1d2")))

_t = """Hi Carlota,

Thanks for registering with us last week. I've spoken to one of my clients - a growing payments company in Dublin, name to follow once you've met them, as they're keeping the search confidential for now - and they'd like to meet you for their Bilingual Customer Success Executive role.

Tuesday 16 June at 11:00, at their offices in Sandyford (Dublin 18). It'll be with the Customer Operations Manager and should last about 45 minutes.

Can you confirm you're available? I'll send a briefing pack the day before.

Cheers,
Ciarán

Ciarán Doyle | Senior Consultant, Contact Centre & CX
Greenway Recruitment
+353 1 662 4410"""
add(kind="interview_invitation", slug="greenway_client_intro", lang="en",
    company="Greenway Recruitment", contact="ciaran.doyle@greenwayrecruit.example.ie",
    frm=("Ciarán Doyle", "ciaran.doyle@greenwayrecruit.example.ie"),
    subject="Interview with my client - Tue 16 June",
    date="2026-06-10 15:18:42 +0100", refs=["greenway_registration"],
    text=_t, cte="quoted-printable")

_t = """Hi Carlota,

Owen here from Kestrel Support Systems - thanks for applying for the Customer Success Advocate (EMEA, remote) position.

Are you free for a 20-minute phone screen this Thursday, 27 August, at 11:00 Irish time (12:00 in Madrid)? I'd mostly like to hear about your contact-centre background and what you're looking for next.

If that doesn't suit, send me two or three times that do.

Thanks,
Owen Fitzgerald
Talent Acquisition | Kestrel Support Systems
Block C, Eastpoint Business Park, Dublin 3"""
add(kind="interview_invitation", slug="kestrel_phone_screen", lang="en",
    company="Kestrel Support Systems", contact="owen.fitzgerald@kestrelsupport.example.ie",
    frm=("Owen Fitzgerald", "owen.fitzgerald@kestrelsupport.example.ie"),
    subject="Quick phone screen - Customer Success Advocate",
    date="2026-08-24 10:11:09 +0100", text=_t)

_t = """Hi Carlota,

Thanks for sending your CV over. I'd love to set up a 30-minute video call with you and our Head of Support, Declan, to talk about the Bilingual Customer Success role. Would Wednesday 22 April at 15:00 Irish time work?

Best,
Aoife

Aoife Kelly
People Team | Quayside Telecom
Grand Canal Quay, Dublin 2"""
add(kind="interview_invitation", slug="quayside_video_call", lang="en",
    company="Quayside Telecom", contact="aoife.kelly@quaysidetel.example.ie",
    frm=("Aoife Kelly", "aoife.kelly@quaysidetel.example.ie"),
    subject="Bilingual Customer Success - video call",
    date="2026-04-17 10:03:12 +0100", refs=["own_quayside_cv"], text=_t)

_t = """Hello Carlota,

I'm Tom, hiring manager for the Spanish-speaking Customer Support team at Helix Assist. I liked your application and would like to have a first conversation, about 30 minutes, by phone.

You can book any free slot in my calendar next week here: https://cal.example.com/tom-helix/30min

Speak soon,
Tom Reeves
Support Operations Manager, Helix Assist
Manchester, UK | +44 161 496 0732"""
add(kind="interview_invitation", slug="helix_book_slot", lang="en",
    company="Helix Assist", contact="tom.reeves@helixassist.example.com",
    frm=("Tom Reeves", "tom.reeves@helixassist.example.com"),
    subject="Helix Assist - first conversation", date="2026-07-27 17:25:51 +0100",
    text=_t, html=page(paras(_t), lang="en"))

_t = """Dear Carlota,

Following your online tests, we are pleased to invite you to the Saltmarsh Bank Customer Service Assessment Centre for the role of Multilingual Customer Service Officer.

Date: Thursday 1 October 2026
Time: 09:30 - 13:30
Venue: Saltmarsh Bank, 3 Harcourt Road, Dublin 2 (ask for the Talent team at reception)

The morning includes a group exercise, a call role-play in Spanish and English, and a competency-based interview. Lunch will be provided.

Kindly confirm your attendance by replying to this email by 25 September, and let us know if you need any adjustments.

Kind regards,
Gráinne Walsh
Graduate & Early Careers Recruitment
Saltmarsh Bank

Saltmarsh Bank DAC is regulated by the Central Bank of Ireland. This e-mail and any attachments are confidential; if you have received it in error, please notify the sender and delete it."""
add(kind="interview_invitation", slug="saltmarsh_assessment_centre", lang="en",
    company="Saltmarsh Bank", contact="grainne.walsh@saltmarshbank.example.ie",
    frm=("Gráinne Walsh", "grainne.walsh@saltmarshbank.example.ie"), frm_enc=("iso-8859-1", "b"),
    subject="Assessment Centre invitation - Multilingual Customer Service Officer",
    date="2026-09-21 12:00:30 +0100",
    text=_t, html=outlook_html(mso_paras(_t), lang="EN-IE"), cte="quoted-printable")

# ------------------------------------------------------------------ fr (3)

_t = """Bonjour Carlota,

Merci pour ta candidature au poste de Customer Success Manager chez Relatio. Ton parcours nous a beaucoup plu et nous aimerions échanger avec toi lors d'un premier entretien en visio.

Lundi 18 mai, de 14h00 à 14h45 (heure de Paris), avec Hugo Lefèvre, Head of Customer Success, et moi-même.
Lien : https://meet.example.com/relatio-csm-cwm

Tu trouveras l'invitation ci-jointe ; n'hésite pas à me dire si le créneau ne te convient pas.

À très vite,
Camille Rousseau
Talent Acquisition Manager · Relatio
18 rue de Paradis, 75010 Paris"""
add(kind="interview_invitation", slug="relatio_entretien_visio", lang="fr",
    company="Relatio", contact="camille.rousseau@relatio.example.fr",
    frm=("Camille Rousseau", "camille.rousseau@relatio.example.fr"),
    subject="Invitation : entretien Customer Success Manager - lun. 18 mai",
    date="2026-05-11 10:25:00 +0200", refs=["relatio_tt_recue"],
    text=_t, html=page(paras(_t), lang="fr"), cte="quoted-printable",
    ics={"method": "REQUEST", "seq": 0, "uid": "relatio-csm-cwm-0518@relatio.example.fr",
             "start": "20260518T120000Z", "end": "20260518T124500Z",
             "summary": "Entretien Relatio - Carlota Weiss-Mbeki",
             "location": "https://meet.example.com/relatio-csm-cwm",
             "organizer": ("Camille Rousseau", "camille.rousseau@relatio.example.fr"),
             "cte": "quoted-printable"})

_t = """Bonjour Carlota,

Comme convenu au téléphone, je te confirme ton rendez-vous avec la Mutuelle Sequana pour le poste de Conseillère relation adhérents bilingue.

Mardi 23 juin à 15h00
Mutuelle Sequana - 9 rue de Vaugirard, 75006 Paris (accueil, 2e étage)
Interlocutrice : Mme Delphine Aubry, responsable du pôle Relation adhérents

Pense à apporter ton CV imprimé et une pièce d'identité. Je t'appelle lundi pour te briefer sur l'entreprise.

Bonne journée,
Sophie Garnier
Consultante senior · Lumière Talents
42 avenue de l'Opéra, 75002 Paris · 01 53 43 90 12"""
add(kind="interview_invitation", slug="lumiere_sequana_rdv", lang="fr",
    company="Mutuelle Sequana", contact="sophie.garnier@lumieretalents.example.fr",
    frm=("Sophie Garnier - Lumière Talents", "sophie.garnier@lumieretalents.example.fr"),
    frm_enc=("iso-8859-1", "q"),
    subject="Confirmation rendez-vous Mutuelle Sequana", date="2026-06-16 09:05:44 +0200",
    text=_t, charset="iso-8859-1", cte="quoted-printable")

_t = """Salut Carlota,

Julien, de Hexaplace. J'ai vu passer ta candidature pour le poste de CSM hispanophone et franchement ton profil m'intrigue.

Tu es dispo jeudi pour qu'on en parle 30 minutes en visio ? Je suis libre entre 10h et 12h. Si ça te va, dis-moi l'heure et je t'envoie un lien.

À plus,
Julien
--
Julien Mercier · VP Customer · Hexaplace
hexaplace.example.fr"""
add(kind="interview_invitation", slug="hexaplace_dispo_jeudi", lang="fr",
    company="Hexaplace", contact="julien.mercier@hexaplace.example.fr",
    frm=("Julien Mercier", "julien.mercier@hexaplace.example.fr"),
    subject="Dispo jeudi ?", date="2026-09-07 19:48:03 +0200", text=_t, cte="8bit")

# ------------------------------------------------------------------ de (2)

_t = """Liebe Frau Weiss-Mbeki,

vielen Dank für Ihre Bewerbung als Customer Success Managerin (Spanisch/Englisch) bei Kundenwerk. Ihr Profil hat uns überzeugt, und wir möchten Sie gern näher kennenlernen.

Wir laden Sie herzlich zu einem Videogespräch ein:
Dienstag, 5. Mai 2026, 10:00-11:00 Uhr
mit Felix Hartmann (Teamlead Customer Success) und mir
Link: https://meet.example.com/kundenwerk-csm

Die Kalendereinladung finden Sie im Anhang. Bitte geben Sie mir kurz Bescheid, ob der Termin passt.

Viele Grüße
Jana Albrecht
People & Culture · Kundenwerk
Schlesische Straße 28, 10997 Berlin"""
add(kind="interview_invitation", slug="kundenwerk_einladung", lang="de",
    company="Kundenwerk", contact="jana.albrecht@kundenwerk.example.de",
    frm=("Jana Albrecht", "jana.albrecht@kundenwerk.example.de"),
    subject="Einladung zum Videogespräch – Customer Success Managerin",
    subj_enc=("utf-8", "q"),
    date="2026-04-27 14:10:26 +0200", refs=["kundenwerk_personio_eingang"],
    text=_t, html=page(paras(_t), lang="de"), cte="quoted-printable",
    ics={"method": "REQUEST", "seq": 0, "uid": "kw-csm-0505-cwm@kundenwerk.example.de",
             "start": "20260505T080000Z", "end": "20260505T090000Z",
             "summary": "Videogespräch Kundenwerk – Carlota Weiss-Mbeki",
             "location": "https://meet.example.com/kundenwerk-csm",
             "organizer": ("Jana Albrecht", "jana.albrecht@kundenwerk.example.de"), "attach": True,
             "cte": "base64"})

_t = """Hallo Frau Weiss-Mbeki,

danke für Ihre Bewerbung bei Datenhafen. Ich würde gern ein erstes telefonisches Kennenlernen mit Ihnen führen, etwa 30 Minuten.

Passt Ihnen Donnerstag, der 16. Juli, um 10:00 Uhr? Ich rufe Sie dann unter der Nummer aus Ihrem Lebenslauf an.

Beste Grüße
Lukas Brandt
Talent Acquisition · Datenhafen
Am Speicher 3, 10245 Berlin · +49 30 555 019 83"""
add(kind="interview_invitation", slug="datenhafen_telefoninterview", lang="de",
    company="Datenhafen", contact="lukas.brandt@datenhafen.example.de",
    frm=("Lukas Brandt", "lukas.brandt@datenhafen.example.de"),
    subject="Telefonisches Kennenlernen", date="2026-07-13 11:26:15 +0200",
    refs=["datenhafen_softgarden_eingang"], text=_t, cte="quoted-printable")

# ================================================================== interview_reschedule_or_cancel
# ------------------------------------------------------------------ es (8)

_t = """Hola Carlota:

Pablo tiene un viaje a un cliente en Valencia que no esperábamos, así que te escribo para mover la entrevista del martes 27. ¿Te viene bien el miércoles 28 de enero a las 12:00? Te mando ya la invitación actualizada con el mismo enlace de Google Meet.

Perdona el cambio y gracias por la flexibilidad.

Lucía Ferrer
Talent Acquisition Partner · Nubeluz"""
add(kind="interview_reschedule_or_cancel", slug="nubeluz_nueva_hora", lang="es",
    company="Nubeluz", contact="lucia.ferrer@nubeluz.example.es",
    frm=("Lucía Ferrer", "lucia.ferrer@nubeluz.example.es"),
    subject="Actualización: Entrevista Nubeluz - Customer Success Manager",
    subj_enc=("iso-8859-1", "q"),
    date="2026-01-22 17:33:02 +0100", refs=["nubeluz_gh_invite"],
    text=_t, html=page(paras(_t)), cte="quoted-printable",
    ics={"method": "REQUEST", "seq": 1, "uid": "gh-interview-88123@nubeluz.example.es",
             "start": "20260128T110000Z", "end": "20260128T114500Z",
             "summary": "Entrevista Nubeluz: Carlota Weiss-Mbeki / Pablo Iturbe",
             "location": "https://meet.example.com/nbl-cwm",
             "organizer": ("Lucía Ferrer", "lucia.ferrer@nubeluz.example.es"), "attach": True})

_t = reply("""Hola Carlota:

Te escribo porque tenemos que anular la jornada de prueba del lunes 15. Se nos ha juntado con una auditoría del cliente y no podemos tener a nadie del equipo acompañándote en la plataforma. En cuanto tengamos nueva fecha te la propongo.

Perdona las molestias.
Montse""", "es", "lun, 8 jun 2026, 13:20", "Montse Vidal", "montse.vidal@contactaglobal.example.es",
           text_of("contactaglobal_jornada_prueba"))
add(kind="interview_reschedule_or_cancel", slug="contactaglobal_jornada_anulada", lang="es",
    company="Contacta Global BPO", contact="montse.vidal@contactaglobal.example.es",
    frm=("Montse Vidal", "montse.vidal@contactaglobal.example.es"),
    subject="Re: Jornada de prueba del lunes", date="2026-06-11 09:30:18 +0200",
    refs=["contactaglobal_jornada_prueba"], text=_t, cte="8bit")

_t = """Estimada Carlota:

Por motivos de organización interna, la jornada de evaluación prevista para el martes 10 de marzo se traslada al jueves 12 de marzo, en el mismo horario (de 9:00 a 14:00) y en el mismo lugar, Gran Vía 41, Bilbao.

Si no pudiera asistir en la nueva fecha, le ruego que me lo indique lo antes posible para buscar una alternativa.

Disculpe las molestias.

Itziar Goikoetxea
Técnica de Selección · Dirección de Personas
Banco Cantábrico del Norte · Tel. 944 87 20 31"""
add(kind="interview_reschedule_or_cancel", slug="bancocantabrico_ac_moved", lang="es",
    company="Banco Cantábrico del Norte", contact="itziar.goikoetxea@bancocantabrico.example.es",
    frm=("Itziar Goikoetxea", "itziar.goikoetxea@bancocantabrico.example.es"),
    subject="Cambio de fecha: jornada de evaluación BCN-2026-114",
    date="2026-03-06 13:08:57 +0100", refs=["bancocantabrico_ac_invite"],
    html=outlook_html(mso_paras(_t)), cte="quoted-printable")

_t = """Hola Carlota:

Te llegará la cancelación del panel del martes 28: Inés tiene que volar a Lisboa esa semana por un tema con un cliente. No es nada contigo, seguimos muy interesados. Álvaro te propondrá en estos días una fecha nueva para la primera semana de agosto.

Un saludo,
Beatriz"""
add(kind="interview_reschedule_or_cancel", slug="pagora_panel_cancelado", lang="es",
    company="Pagora", contact="beatriz.ortega@pagora.example.es",
    frm=("Beatriz Ortega", "beatriz.ortega@pagora.example.es"),
    subject="Cancelado: Panel Customer Success Lead - Pagora",
    date="2026-07-22 12:47:31 +0200", refs=["pagora_panel"],
    text=_t,
    ics={"method": "CANCEL", "seq": 1, "uid": "pagora-panel-csl-2026@pagora.example.es",
             "start": "20260728T080000Z", "end": "20260728T093000Z",
             "summary": "Panel Customer Success Lead - Carlota Weiss-Mbeki",
             "location": "Pagora, Calle de Orense 34, 6.ª planta, Madrid",
             "organizer": ("Beatriz Ortega", "beatriz.ortega@pagora.example.es")})

_t = """Estimada Sra. Weiss-Mbeki:

Lamento comunicarle que D.ª Carmen Llorente se encuentra de baja médica desde ayer y no podrá realizar la entrevista del lunes 27 de abril.

Le propongo celebrarla el jueves 30 de abril a las 12:30, con el mismo enlace de Teams, con D. Óscar Prieto, adjunto a la jefatura del área. Le agradecería que me confirmase si le resulta posible.

Un cordial saludo,

Elena Sanz Ortega
Responsable de Selección · Mutua Boreal de Seguros"""
add(kind="interview_reschedule_or_cancel", slug="mutuaboreal_baja_entrevistadora", lang="es",
    company="Mutua Boreal de Seguros", contact="elena.sanz@mutuaboreal.example.es",
    frm=("Elena Sanz Ortega", "elena.sanz@mutuaboreal.example.es"),
    subject="RE: Entrevista - Gestor/a de Atención al Mutualista",
    date="2026-04-22 08:58:40 +0200", refs=["mutuaboreal_teams"],
    text=_t, charset="windows-1252", cte="quoted-printable")

_t = """Hola Carlota!

Oye, me equivoqué feo con la diferencia horaria: el jueves a las 10 de acá son las 16 allá, y a esa hora tengo comité. ¿Lo corremos a las 12 de Chile (18:00 tuyas)? Mismo link de Meet: https://meet.example.com/quipu-cwm

Sorry por el enredo,
Matías"""
add(kind="interview_reschedule_or_cancel", slug="quipu_cambio_hora", lang="es",
    company="Quipu Fintech", contact="matias.rojas@quipu.example.cl",
    frm=("Matías Rojas", "matias.rojas@quipu.example.cl"),
    subject="Re: ¿conversamos el jueves?", date="2026-07-15 21:10:05 -0400",
    refs=["quipu_jueves", "own_quipu_confirmo"], text=_t)

_t = """Hola Carlota:

Te escribo para avisarte de un cambio en la dinámica de grupo: por obras en la oficina de Méndez Álvaro, la pasamos al jueves 10 de septiembre a las 10:00 en nuestro centro de Las Tablas (C/ Isabel Colbrand 10, edificio B).

Si no te encaja la nueva fecha, respóndeme y vemos qué podemos hacer.

Paula Herrero
Reclutadora · Coral CX"""
add(kind="interview_reschedule_or_cancel", slug="coralcx_cambio_sede", lang="es",
    company="Coral CX", contact="paula.herrero@coralcx.example.es",
    frm=("Paula Herrero", "paula.herrero@coralcx.example.es"),
    subject="Cambio de fecha y lugar - dinámica Coral CX",
    date="2026-09-03 11:20:00 +0200", refs=["coralcx_dinamica"],
    text=_t, html=page(paras(_t)), cte="base64")

_old = """Hola Carlota:

¡Buenas noticias! Seguros Atalaya ha visto tu CV y quiere conocerte para el puesto de Agente de Atención al Cliente bilingüe (contrato de seis meses con posibilidad de incorporación).

La entrevista es el miércoles 18 de marzo a las 11:00 en su sede del Paseo de la Habana 74, Madrid."""
_t = reply("""Carlota, cambio de planes de última hora: Andrés Pizarro tiene una reunión de dirección el miércoles y me piden pasar tu entrevista al viernes 20 de marzo a las 10:00, mismo sitio. ¿Te sigue cuadrando?

Raquel""",
           "es", "mar, 10 mar 2026 a las 10:02", "Raquel Domínguez",
           "raquel.dominguez@laborvia.example.es", _old)
add(kind="interview_reschedule_or_cancel", slug="laborvia_atalaya_cambio", lang="es",
    company="Seguros Atalaya", contact="raquel.dominguez@laborvia.example.es",
    frm=("Raquel Domínguez", "raquel.dominguez@laborvia.example.es"),
    subject="Re: Entrevista con Seguros Atalaya - miércoles 18",
    date="2026-03-12 16:05:10 +0100",
    refs=["laborvia_atalaya_convocatoria", "own_laborvia_confirmo"], text=_t, cte="8bit")

# ------------------------------------------------------------------ en (4)

_t = """Hi Carlota,

I'm afraid I have to cancel tomorrow's panel: Rui is off sick this week and we don't want to run it without him. This is not a no - we're still very keen to meet you, and I'll send a new time shortly.

Sorry for the short notice.

Inês"""
add(kind="interview_reschedule_or_cancel", slug="mares_panel_cancel", lang="en",
    company="Marés Digital", contact="ines.carvalho@maresdigital.example.pt",
    frm=("Inês Carvalho", "ines.carvalho@maresdigital.example.pt"),
    subject="Cancelled: CSM (Spain) panel interview - Tue 24 Mar 15:00",
    date="2026-03-23 09:02:14 +0000", refs=["mares_panel_invite"],
    text=_t,
    ics={"method": "CANCEL", "seq": 1, "uid": "mares-csm-panel-cwm@maresdigital.example.pt",
             "start": "20260324T150000Z", "end": "20260324T160000Z",
             "summary": "Marés Digital - CSM (Spain) panel interview",
             "organizer": ("Inês Carvalho", "ines.carvalho@maresdigital.example.pt")})

_t = """Hi again Carlota,

Rui is back on his feet. The panel is now on Wednesday 25 March, 11:00-12:00 Lisbon time (12:00 Madrid), same Meet link. The updated invitation is attached.

Thanks for bearing with us!
Inês"""
add(kind="interview_reschedule_or_cancel", slug="mares_panel_new_time", lang="en",
    company="Marés Digital", contact="ines.carvalho@maresdigital.example.pt",
    frm=("Inês Carvalho", "ines.carvalho@maresdigital.example.pt"),
    subject="Updated invitation: CSM (Spain) panel interview - Wed 25 Mar 11:00",
    date="2026-03-23 17:45:29 +0000", refs=["mares_panel_invite", "mares_panel_cancel"],
    text=_t, html=page(paras(_t), lang="en"),
    ics={"method": "REQUEST", "seq": 2, "uid": "mares-csm-panel-cwm@maresdigital.example.pt",
             "start": "20260325T110000Z", "end": "20260325T120000Z",
             "summary": "Marés Digital - CSM (Spain) panel interview",
             "location": "https://meet.example.com/mar-csm-panel",
             "organizer": ("Inês Carvalho", "ines.carvalho@maresdigital.example.pt"),
             "cte": "quoted-printable"})

_old = """Hi Owen,

Thursday at 11:00 Irish time works perfectly for me. I'll be on +34 611 408 275.

Best,
Carlota"""
_t = reply("""Hi Carlota,

Apologies - something's come up with a client escalation on Thursday morning. Could we push our call to Friday 28 August, same time (11:00 Irish / 12:00 Madrid)? Same number.

Thanks for your flexibility,
Owen""",
           "en", "Mon, 24 Aug 2026 at 19:20", "Carlota Weiss-Mbeki", ME[1], _old)
add(kind="interview_reschedule_or_cancel", slug="kestrel_push_friday", lang="en",
    company="Kestrel Support Systems", contact="owen.fitzgerald@kestrelsupport.example.ie",
    frm=("Owen Fitzgerald", "owen.fitzgerald@kestrelsupport.example.ie"),
    subject="Re: Quick phone screen - Customer Success Advocate",
    date="2026-08-26 08:40:03 +0100", refs=["kestrel_phone_screen", "own_kestrel_confirm"],
    text=_t)

_t = """Hi Carlota,

Quick one - my client has had to move your interview. Their Customer Operations Manager is now at a conference on Tuesday, so could you do Thursday 18 June at 14:30 instead? Same address in Sandyford.

Let me know and I'll confirm with them.

Ciarán"""
add(kind="interview_reschedule_or_cancel", slug="greenway_client_moves", lang="en",
    company="Greenway Recruitment", contact="ciaran.doyle@greenwayrecruit.example.ie",
    frm=("Ciarán Doyle", "ciaran.doyle@greenwayrecruit.example.ie"),
    subject="Re: Interview with my client - Tue 16 June",
    date="2026-06-12 12:12:12 +0100", refs=["greenway_client_intro"],
    text=_t, html=page(paras(_t), lang="en"), cte="quoted-printable")

# ------------------------------------------------------------------ fr (2)

_t = """Bonjour Carlota,

Hugo sera en déplacement chez un client lundi, nous devons donc décaler notre entretien. Je te propose jeudi 21 mai à 10h00, toujours en visio, même lien. L'invitation mise à jour suit.

Dis-moi si cela te convient.

Camille"""
add(kind="interview_reschedule_or_cancel", slug="relatio_creneau_deplace", lang="fr",
    company="Relatio", contact="camille.rousseau@relatio.example.fr",
    frm=("Camille Rousseau", "camille.rousseau@relatio.example.fr"),
    subject="Entretien Relatio : nouveau créneau", subj_enc=("iso-8859-1", "q"),
    date="2026-05-13 15:35:22 +0200", refs=["relatio_entretien_visio"],
    text=_t, cte="quoted-printable",
    ics={"method": "REQUEST", "seq": 1, "uid": "relatio-csm-cwm-0518@relatio.example.fr",
             "start": "20260521T080000Z", "end": "20260521T084500Z",
             "summary": "Entretien Relatio - Carlota Weiss-Mbeki",
             "location": "https://meet.example.com/relatio-csm-cwm",
             "organizer": ("Camille Rousseau", "camille.rousseau@relatio.example.fr"),
             "cte": "quoted-printable"})

_old = """Salut Julien,

Jeudi 10h30, c'est parfait pour moi. À jeudi !

Carlota"""
_t = reply("""Carlota,

Je suis obligé d'annuler notre visio de jeudi, on a un board imprévu toute la matinée. Ce n'est que partie remise : je reviens vers toi dès que mon agenda se libère, sans doute la semaine prochaine.

Désolé pour le contretemps,
Julien""",
           "fr", "lun. 7 sept. 2026 à 21:15", "Carlota Weiss-Mbeki", ME[1], _old)
add(kind="interview_reschedule_or_cancel", slug="hexaplace_annulation", lang="fr",
    company="Hexaplace", contact="julien.mercier@hexaplace.example.fr",
    frm=("Julien Mercier", "julien.mercier@hexaplace.example.fr"),
    subject="Re: Dispo jeudi ?", date="2026-09-09 07:52:40 +0200",
    refs=["hexaplace_dispo_jeudi", "own_hexaplace_ok"], text=_t, cte="base64")

# ------------------------------------------------------------------ de (1)

_old = """Liebe Frau Albrecht,

vielen Dank für die Einladung. Leider habe ich am 5. Mai vormittags einen Arzttermin, den ich nicht verschieben kann. Wäre ein anderer Termin in derselben Woche möglich, gerne am Nachmittag?

Viele Grüße
Carlota Weiss-Mbeki"""
_t = reply("""Liebe Frau Weiss-Mbeki,

kein Problem. Wir verschieben das Gespräch auf Mittwoch, den 6. Mai, 14:00-15:00 Uhr, gleicher Link. Die aktualisierte Einladung kommt mit dieser Mail.

Viele Grüße
Jana Albrecht""",
           "de", "28.04.2026 um 08:31", "Carlota Weiss-Mbeki", ME[1], _old)
add(kind="interview_reschedule_or_cancel", slug="kundenwerk_verschiebung", lang="de",
    company="Kundenwerk", contact="jana.albrecht@kundenwerk.example.de",
    frm=("Jana Albrecht", "jana.albrecht@kundenwerk.example.de"),
    subject="Aktualisiert: Videogespräch Kundenwerk – neuer Termin 6. Mai",
    subj_enc=("utf-8", "b"),
    date="2026-04-29 10:02:45 +0200", refs=["kundenwerk_einladung", "own_kundenwerk_termin"],
    text=_t, cte="quoted-printable",
    ics={"method": "REQUEST", "seq": 1, "uid": "kw-csm-0505-cwm@kundenwerk.example.de",
             "start": "20260506T120000Z", "end": "20260506T130000Z",
             "summary": "Videogespräch Kundenwerk – Carlota Weiss-Mbeki",
             "location": "https://meet.example.com/kundenwerk-csm",
             "organizer": ("Jana Albrecht", "jana.albrecht@kundenwerk.example.de"),
             "cte": "base64"})

# ================================================================== missed_interview_notice
# ------------------------------------------------------------------ es (6)

_t = reply("""Hola Carlota,

Te he llamado a las 10:00 como habíamos quedado y otra vez a las 10:10, pero no lo has cogido. ¿Va todo bien?

Si sigues interesada en la vacante, dime cuándo te va bien y vemos si podemos encajar otra llamada.

Jordi""", "es", "lun, 9 feb 2026 a las 12:31", "Jordi Puig", "jordi.puig@telmare.example.es",
           text_of("telmare_invite_llamada"))
add(kind="missed_interview_notice", slug="telmare_missed_dos_llamadas", lang="es",
    company="Telmare Comunicaciones", contact="jordi.puig@telmare.example.es",
    frm=("Jordi Puig", "jordi.puig@telmare.example.es"),
    subject="Re: Customer Success Agent - primera llamada",
    date="2026-02-12 10:24:51 +0100", refs=["telmare_invite_llamada", "own_telmare_ok"],
    text=_t, cte="8bit")

_t = """Hola Carlota,

Hoy a las 16:00 teníamos reservada tu entrevista por Teams para Customer Success Executive - Pymes. Te hemos esperado en la reunión hasta las 16:20 y no te has conectado.

Si ha habido algún problema técnico, contéstame antes del viernes y valoramos darte otra oportunidad.

Diego Márquez
Selección · Alborada Telecom
C/ Julián Camarillo 29, 28037 Madrid"""
add(kind="missed_interview_notice", slug="alborada_teams_espera", lang="es",
    company="Alborada Telecom", contact="diego.marquez@alborada.example.es",
    frm=("Diego Márquez", "diego.marquez@alborada.example.es"),
    subject="Entrevista de hoy - Alborada Telecom", date="2026-05-21 16:31:27 +0200",
    refs=["alborada_sr_agenda"],
    text=_t, html=outlook_html(mso_paras(_t)), cte="quoted-printable")

_t = reply("""Hola Carlota, ¿cómo estás?

Ayer a las 16:00 (hora de Chile) te llamamos al número que dejaste en la postulación y no contestaste, y tampoco alcanzamos a dejarte mensaje. ¿Seguimos en carrera? Avísame y vemos otro horario.

Saludos,
Francisca""", "es", "lun, 17 ago 2026 a las 18:22", "Francisca Soto",
           "francisca.soto@andinaremote.example.cl", text_of("andina_llamada"))
add(kind="missed_interview_notice", slug="andina_no_contestaste", lang="es",
    company="Andina Remote", contact="francisca.soto@andinaremote.example.cl",
    frm=("Francisca Soto", "francisca.soto@andinaremote.example.cl"),
    subject="Re: Llamada con Andina Remote", date="2026-08-21 10:05:12 -0400",
    refs=["andina_llamada"], text=_t, charset="iso-8859-1", cte="8bit")

_t = """Hola Carlota:

Esta mañana a las 10:00 empezó la dinámica de grupo en Las Tablas y no te presentaste. Tampoco hemos recibido ningún aviso por tu parte.

Entendemos que pueden surgir imprevistos; si quieres seguir en el proceso, escríbeme y te diré si queda hueco en la convocatoria del día 17.

Un saludo,
Paula Herrero
Reclutadora · Coral CX"""
add(kind="missed_interview_notice", slug="coralcx_no_presentaste", lang="es",
    company="Coral CX", contact="paula.herrero@coralcx.example.es",
    frm=("Paula Herrero", "paula.herrero@coralcx.example.es"),
    subject="Dinámica de grupo de hoy", date="2026-09-10 13:44:09 +0200",
    refs=["coralcx_dinamica", "coralcx_cambio_sede"], text=_t, cte="quoted-printable")

_t = """Hola Carlota:

Hoy a las 12:00 tenías la entrevista con nuestro cliente en Alcobendas y me dicen que no llegaste a presentarte. ¿Ha pasado algo? Llámame cuando puedas.

Sergio

Sergio Lapeña
Eurolaboral ETT - Oficina Madrid Norte
Av. de Burgos 16, 28036 Madrid · Tel. 91 662 40 17"""
add(kind="missed_interview_notice", slug="eurolaboral_no_se_presento", lang="es",
    company="Eurolaboral", contact="sergio.lapena@eurolaboral.example.es",
    frm=("Sergio Lapeña", "sergio.lapena@eurolaboral.example.es"), frm_enc=("utf-8", "b"),
    subject="Entrevista de hoy en Alcobendas", date="2026-06-25 14:20:33 +0200",
    refs=["eurolaboral_alta"], text=_t, charset="windows-1252", cte="quoted-printable")

_t = """Hola Carlota,

Te estuvimos esperando en el Meet 15 minutos Laia, Oriol y yo, pero no entraste. Te escribí también por WhatsApp sin respuesta.

Imagino que algo ha pasado; cuéntame cuando puedas.

Marc"""
add(kind="missed_interview_notice", slug="tramontana_meet_vacio", lang="es",
    company="Tramontana Cloud", contact="marc.soler@tramontana.example.es",
    frm=("Marc Soler", "marc.soler@tramontana.example.es"),
    subject="¿todo bien?", date="2026-06-29 12:19:02 +0200",
    refs=["tramontana_segunda_ronda"], text=_t, html=page(paras(_t)))

# ------------------------------------------------------------------ en (2)

_t = """Hi Carlota,

We had you down for a video interview at 10:00 this morning with Conor, our Support Manager. We waited on Zoom for about 15 minutes but didn't see you join, and my email at 10:05 went unanswered.

Hope everything is okay. If you're still interested, reply here and I'll see whether Conor has another slot this week.

Niamh Byrne
Recruiter, Cloverdesk
Cloverdesk | 3 Barrow Street, Dublin 4"""
add(kind="missed_interview_notice", slug="cloverdesk_zoom_waited", lang="en",
    company="Cloverdesk", contact="niamh.byrne@cloverdesk.example.ie",
    frm=("Niamh Byrne", "niamh.byrne@cloverdesk.example.ie"),
    subject="We missed you this morning", date="2026-04-15 10:41:36 +0100",
    refs=["cloverdesk_ashby_schedule"], text=_t)

_t = """Hi Carlota,

I rang you at 14:00 UK time as booked, and again at 14:10, but it went to voicemail both times. I left a message.

No worries if something came up - just let me know whether you'd like to rebook.

Tom"""
add(kind="missed_interview_notice", slug="helix_no_answer", lang="en",
    company="Helix Assist", contact="tom.reeves@helixassist.example.com",
    frm=("Tom Reeves", "tom.reeves@helixassist.example.com"),
    subject="Our call today", date="2026-08-03 14:26:48 +0100",
    refs=["helix_book_slot"], text=_t, html=page(paras(_t), lang="en"), cte="base64")

# ------------------------------------------------------------------ fr (1)

_t = """Carlota,

Mme Aubry m'appelle à l'instant : elle t'a attendue à la Mutuelle Sequana à 15h et tu n'es pas venue. Je t'ai appelée deux fois sans réponse.

Peux-tu me dire ce qui s'est passé ? Je dois lui donner une explication avant ce soir.

Sophie Garnier
Lumière Talents · 01 53 43 90 12"""
add(kind="missed_interview_notice", slug="lumiere_sequana_absente", lang="fr",
    company="Mutuelle Sequana", contact="sophie.garnier@lumieretalents.example.fr",
    frm=("Sophie Garnier", "sophie.garnier@lumieretalents.example.fr"),
    subject="Rendez-vous Mutuelle Sequana", date="2026-06-23 15:47:20 +0200",
    refs=["lumiere_sequana_rdv"], text=_t, cte="quoted-printable")

# ------------------------------------------------------------------ de (1)

_t = """Hallo Frau Weiss-Mbeki,

wir waren heute um 10:00 Uhr zum Telefoninterview verabredet. Ich habe Sie zweimal unter +34 611 408 275 angerufen, Sie aber leider nicht erreicht.

Möchten Sie einen neuen Termin vereinbaren? Dann antworten Sie mir bitte bis Montag.

Beste Grüße
Lukas Brandt
Talent Acquisition · Datenhafen"""
add(kind="missed_interview_notice", slug="datenhafen_nicht_erreicht", lang="de",
    company="Datenhafen", contact="lukas.brandt@datenhafen.example.de",
    frm=("Lukas Brandt", "lukas.brandt@datenhafen.example.de"),
    subject="Unser Telefontermin heute", date="2026-07-16 10:33:18 +0200",
    refs=["datenhafen_telefoninterview"], text=_t, charset="iso-8859-1", cte="quoted-printable")
