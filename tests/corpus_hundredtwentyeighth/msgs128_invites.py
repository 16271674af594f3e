"""Interview invitations, reschedules and cancellations, and missed-interview notices of the
hundred-twenty-eighth corpus, written one by one."""

from __future__ import annotations

from msgs128_common import M, ats, gmail, outlook, q

MESSAGES = []

# Message-IDs that later messages of the same process answer.
MID_HARBOURLINE = "<AM9PR02MB7731E4C1D0A2F6B3A9@harbourline.example.com>"
MID_MIRADORES = "<6a1c0e77f2b94d2e@miradorespacifico.example.cl>"
MID_ANDEAN = "<CA+andean5Qw0p2Kx=RtY7uB1vN@mail.andeantrails.example.pe>"
MID_COSTANERA = "<0000000000007f3b2c05f1a9cost@costanerahoteles.example.pe>"
MID_CIMIEZ = "<8e2d4b61a7c0@terrasses-cimiez.example.fr>"
MID_CARACOLA = "<c7b1f0e2-4a55-4b0b-9c63-caracola0114@casacaracola.example.cl>"
MID_SOLMAR = "<20260409101122.5531.solmar@viajessolmar.example.es>"
MID_SEEROSE = "<2f09c6d1b3e84a7f@seerose-gastro.example.ch>"
MID_STAYBOOK = "<sb.interview.77120@greenhouse-mail.io>"
UID_HARBOURLINE = "040000008200E00074C5B7101A82E00800000000B0C6F1A2E4B4DC01000000000000000010000000HL7731RA"
UID_COSTANERA = "5k2v9c0q8m1l3r7t6p4n2b0xcz@google.com"

# ---------------------------------------------------------------- invitations (26)

# 1. Outlook meeting request (METHOD:REQUEST) from a hotel recruiter in Madrid.
MESSAGES.append(M(
    "interview_invitation", "outlook_calendar_request", "en", "Harbourline Hotels", "priya.raman@harbourline.example.com",
    ("Priya Raman", "priya.raman@harbourline.example.com"),
    "Interview: Revenue Analyst - Valentina Ruiz-Achterberg", "2026-02-16 11:04 +0100",
    """Hi Valentina,

Thank you for your application for the Revenue Analyst role at Harbourline Hotels Madrid Retiro. I'd like to invite you to a first interview with me and Álvaro Ibáñez, our Cluster Revenue Manager, on Tuesday 24 February at 10:00 (Madrid time) on Microsoft Teams.

Please accept the calendar invitation so that we know the slot works for you. Expect around 45 minutes: your background, a few questions on pricing and distribution, and time for your questions.

Best regards,
Priya

Priya Raman
Talent Acquisition Specialist - Southern Europe
Harbourline Hotels
Calle de Alfonso XII 30, 28014 Madrid
M +34 611 204 877""",
    st="cal", mua="outlook", mid=MID_HARBOURLINE, charset="utf-8", cte="qp",
    cal={"method": "REQUEST", "uid": UID_HARBOURLINE, "seq": 0, "stamp": "20260216T100400Z",
             "tzid": "Romance Standard Time", "offset": "+0100", "start": "20260224T100000", "end": "20260224T104500",
             "summary": "Interview: Revenue Analyst - Valentina Ruiz-Achterberg",
             "location": "Microsoft Teams Meeting",
             "organizer": ("Priya Raman", "priya.raman@harbourline.example.com"),
             "description": "Join on your computer or mobile app: https://teams.example.com/l/meetup-join/harbourline-ra-7731"},
))

# 2. Ashby scheduling link from a Madrid travel-tech; Reply-To the recruiter.
_body = """¡Hola, Valentina!

Gracias por tu candidatura a Operations Specialist - Partners en Viajorama. Nos ha encantado tu perfil y queremos conocerte.

El siguiente paso es una videollamada de 30 minutos con Lucía Benítez, nuestra Talent Partner. Elige el horario que mejor te venga en este enlace:

[Elegir horario para la entrevista](https://app.ashbyhq.com/interview-scheduling/viajorama/ops-partners-6d1e)

Si ninguno te encaja, responde a este correo y buscamos otro hueco.

¡Hasta pronto!
Equipo de Talento de Viajorama"""
MESSAGES.append(M(
    "interview_invitation", "ashby_scheduling_link", "es", "Viajorama", "lucia.benitez@viajorama.example.es",
    ("Viajorama", "no-reply@ashbyhq.com"),
    "Viajorama: programa tu entrevista", "2026-05-04 15:31 +0200", _body,
    reply_to=("Lucía Benítez", "lucia.benitez@viajorama.example.es"), st="html", mua="ats", cte="qp",
    html=ats(_body, title="Viajorama", logo="https://app.ashbyhq.com/api/images/org-theme-logo/viajorama.png",
             logo_alt="Viajorama", color="#ff7a00", bg="#ffffff",
             button=("Elegir horario", "https://app.ashbyhq.com/interview-scheduling/viajorama/ops-partners-6d1e"),
             footer="Viajorama Technologies, S.L. &middot; Calle de Fuencarral 45, 28004 Madrid<br>Powered by Ashby"),
))

# 3. Chilean hotel group, in-person interview, plain text with phone in the signature.
MESSAGES.append(M(
    "interview_invitation", "miradores_in_person", "es", "Miradores del Pacífico Hoteles", "cfuentes@miradorespacifico.example.cl",
    ("Carolina Fuentes Rojas", "cfuentes@miradorespacifico.example.cl"),
    "Entrevista - Jefa de Operaciones Hotel Miradores Viña del Mar", "2026-02-27 10:22 -0300",
    """Estimada Valentina:

Junto con saludarte, te cuento que revisamos tu postulación al cargo de Jefa de Operaciones para nuestro hotel de Viña del Mar y nos gustaría conocerte.

Te invitamos a una entrevista presencial el martes 10 de marzo a las 11:00 hrs., en el hotel (Av. San Martín 355, Viña del Mar). Pregunta en recepción por mí. La reunión será con Sergio Lagos, gerente general, y conmigo; dura aproximadamente una hora.

Te agradecería confirmar tu asistencia respondiendo este correo.

Saludos cordiales,

Carolina Fuentes Rojas
Jefa de Personas
Miradores del Pacífico Hoteles S.A.
Tel. +56 32 268 1190 / +56 9 8871 0452""",
    mid=MID_MIRADORES, charset="iso-8859-1", cte="qp",
))

# 4. SmartRecruiters, Argentine airline, video interview, HTML only.
_body = """Hola Valentina,

¡Buenas noticias! Queremos avanzar con tu postulación para Analista de Pricing y Revenue (Aeroparque).

Te invitamos a una entrevista virtual por Google Meet con el equipo de Revenue Management:

Fecha: miércoles 22 de abril
Hora: 11:30 (hora de Buenos Aires)
Duración: 45 minutos
Link: [meet.example.com/cau-rvm-2204](https://meet.example.com/cau-rvm-2204)

Por favor confirmá tu asistencia desde el botón de abajo.

Saludos,
Selección Cielo Austral"""
MESSAGES.append(M(
    "interview_invitation", "smartrecruiters_video_airline", "es", "Cielo Austral Líneas Aéreas", "",
    ("Cielo Austral Líneas Aéreas", "no-reply@smartrecruiters.com"),
    "Invitación a entrevista: Analista de Pricing y Revenue", "2026-04-14 09:12 -0300", _body,
    st="html", mua="ats", cte="base64",
    html=ats(_body, title="Cielo Austral", logo="https://c.smartrecruiters.com/sr-company-logo-prod/cieloaustral.png",
             logo_alt="Cielo Austral Líneas Aéreas", color="#1c4f9c",
             track="https://jobs.smartrecruiters.com/track/c?u=",
             button=("Confirmar asistencia", "https://jobs.smartrecruiters.com/cieloaustral/confirm/98812"),
             pixel="https://jobs.smartrecruiters.com/open/pixel/cau-98812.gif",
             footer="Cielo Austral Líneas Aéreas S.A. &middot; Av. Costanera Rafael Obligado s/n, CABA<br>"
                    "Este correo fue enviado por SmartRecruiters en nombre de Cielo Austral. No respondas a este mensaje."),
))

# 5. Peruvian tour operator, very casual, Gmail alternative.
_body = """Hola Vale!

Soy Diego de Andean Trails, te escribo porque vimos tu CV para la coordinación de operaciones en Cusco y nos encantó que seas guía.

¿Podrías tener una llamada con nosotros el jueves 21 a las 4pm hora Perú (6pm Chile)? Sería por Zoom, algo de 40 min, con Ana que es la gerente general. Si no te acomoda dime y vemos otro día.

Abrazo,
Diego Castañeda
Andean Trails Perú
+51 984 112 730"""
MESSAGES.append(M(
    "interview_invitation", "andean_casual_call", "es", "Andean Trails Perú", "diego@andeantrails.example.pe",
    ("Diego Castañeda", "diego@andeantrails.example.pe"),
    "llamada el jueves?", "2026-05-18 19:02 -0500", _body,
    st="alt", mua="gmail", html=gmail(_body), mid=MID_ANDEAN, cte="qp",
))

# 6. Spanish resort, assessment centre, alternative.
_body = """Hola, Valentina:

Te escribimos desde el Departamento de Personas de Costa del Sol Resorts & Spa. Tras la primera entrevista telefónica, nos alegra invitarte a la siguiente fase del proceso para Duty Manager.

Te convocamos a nuestra jornada de evaluación (assessment centre) el miércoles 22 de abril, de 9:30 a 14:00, en el Resort Guadalmina (Marbella). Incluye una dinámica de grupo, un caso práctico de gestión de overbooking y una entrevista individual con la Dirección del hotel.

Confírmanos tu asistencia antes del viernes respondiendo a este correo. Si vienes desde fuera de Andalucía, avísanos y te ayudamos con el alojamiento.

Un saludo,
Irene Montes
Técnica de Selección
Costa del Sol Resorts & Spa
T. +34 952 880 415"""
MESSAGES.append(M(
    "interview_invitation", "resort_assessment_centre", "es", "Costa del Sol Resorts & Spa", "seleccion@costadelsolresorts.example.es",
    ("Irene Montes - Selección", "seleccion@costadelsolresorts.example.es"),
    "Convocatoria jornada de evaluación - Duty Manager", "2026-04-07 13:46 +0200", _body,
    st="alt", mua="outlook", html=outlook(_body), charset="windows-1252", cte="qp",
))

# 7. Winery invites her to visit; Reply-To the manager, sender the office.
MESSAGES.append(M(
    "interview_invitation", "winery_visit_reply_to", "es", "Viña Quebrada Honda", "tomas.errazuriz@quebradahonda.example.cl",
    ("Viña Quebrada Honda", "contacto@quebradahonda.example.cl"),
    "Nos gustaría conocerte", "2026-06-03 12:10 -0400",
    """Hola Valentina:

Gracias por tu interés en el cargo de Jefa de Enoturismo y Hospitalidad. Tomás Errázuriz, nuestro gerente de enoturismo, quiere conocerte en persona.

Te proponemos venir a la viña el viernes 12 de junio a las 10:30: primero harías el recorrido de visitas como si fueras una turista (queremos tu mirada de guía) y luego conversarían una hora en la sala de barricas.

Estamos en el km 64 de la Ruta 68, valle de Casablanca. Si vienes en bus, te buscamos en el cruce.

Para confirmar o cambiar la fecha, responde a este correo: le llega directamente a Tomás.

Saludos,
Administración
Viña Quebrada Honda""",
    reply_to=("Tomás Errázuriz", "tomas.errazuriz@quebradahonda.example.cl"), charset="utf-8", cte="8bit",
))

# 8. Madrid head-hunter invites her to meet a named client.
MESSAGES.append(M(
    "interview_invitation", "headhunter_named_client", "es", "Hospederías del Sur", "ramon.vela@altadireccionhostelera.example.es",
    ("Ramón Vela", "ramon.vela@altadireccionhostelera.example.es"),
    "Entrevista con Hospederías del Sur - Director/a de Operaciones (Sevilla)", "2026-03-09 18:20 +0100",
    """Estimada Valentina,

Tal y como hablamos por teléfono, le confirmo que Hospederías del Sur quiere entrevistarla para la posición de Director/a de Operaciones de su establecimiento de Sevilla.

La entrevista será con D.ª Pilar Ordóñez, Directora General, el lunes 16 de marzo a las 17:00 (hora peninsular) por videoconferencia. Le haré llegar el enlace el mismo lunes por la mañana.

Le recomiendo revisar su memoria anual 2025 antes de la reunión; le adjunto el enlace público más abajo. Cualquier duda, estoy a su disposición.

https://www.hospederiasdelsur.example.es/memoria-2025

Atentamente,

Ramón Vela Garrido
Socio Director
Alta Dirección Hostelera - Executive Search
Paseo de Recoletos 7, 28004 Madrid | +34 91 310 22 48""",
    charset="utf-8", cte="qp",
))

# 9. Agency invites to an interview for an unnamed client.
MESSAGES.append(M(
    "interview_invitation", "agency_unnamed_client", "es", "Head Hunters Pacífico", "fcaceres@hhpacifico.example.cl",
    ("Felipe Cáceres", "fcaceres@hhpacifico.example.cl"),
    "Entrevista - búsqueda confidencial Revenue Manager", "2026-07-07 09:35 -0400",
    """Valentina, buenos días!!

TE CUENTO QUE QUEDASTE PRESELECCIONADA para la búsqueda confidencial de Revenue Manager que llevamos para una importante cadena hotelera internacional con operación en Santiago y Viña!! Felicitaciones!!

Te propongo una entrevista conmigo en nuestras oficinas el jueves 9 a las 12:00 (Isidora Goyenechea 3000, piso 14, Las Condes). Si te queda más cómodo, la podemos hacer por Teams!

Trae por favor tus últimas liquidaciones de sueldo o una referencia de tu renta actual. Nos vemos!!

Saludos,
Felipe Cáceres M.
Head Hunters Pacífico
Executive Search & Selección
+56 2 2987 6610""",
    charset="utf-8", cte="base64",
))

# 10. Peruvian municipality, public call (CAS), formal citation.
MESSAGES.append(M(
    "interview_invitation", "municipal_cas_citation", "es", "Municipalidad Distrital de Santa Rosa del Valle", "",
    ("Municipalidad Distrital de Santa Rosa del Valle", "convocatorias-noreply@munisantarosa.example.pe"),
    "CONVOCATORIA CAS N° 014-2026-MDSRV - CITACIÓN A ENTREVISTA PERSONAL", "2026-08-17 16:40 -0500",
    """MUNICIPALIDAD DISTRITAL DE SANTA ROSA DEL VALLE
SUBGERENCIA DE RECURSOS HUMANOS

PROCESO CAS N° 014-2026-MDSRV
PUESTO: ESPECIALISTA EN PROMOCIÓN TURÍSTICA

Señora RUIZ-ACHTERBERG, VALENTINA:

De acuerdo con los resultados de la evaluación curricular publicados el 14 de agosto de 2026, usted ha obtenido la condición de APTA y se le cita a la ENTREVISTA PERSONAL conforme al siguiente detalle:

Fecha: martes 25 de agosto de 2026
Hora: 10:20 a.m.
Lugar: Sala de Regidores, Plaza de Armas s/n, Santa Rosa del Valle, Cusco
Modalidad: presencial

Deberá presentarse quince (15) minutos antes con su DNI o carné de extranjería. La inasistencia o tardanza será considerada como desistimiento.

Subgerencia de Recursos Humanos
Este es un mensaje automático. No responda a esta dirección.""",
    charset="iso-8859-1", cte="qp",
))

# 11. Buenos Aires hotel manager, short, voseo.
MESSAGES.append(M(
    "interview_invitation", "bonpland_short_voseo", "es", "Hotel Bonpland Palermo", "gerencia@hotelbonpland.example.ar",
    ("Sebastián Rinaldi", "gerencia@hotelbonpland.example.ar"),
    "Entrevista", "2026-08-20 14:02 -0300",
    """Hola Valentina, ¿te viene bien el lunes 24 a las 15 en el hotel? Es en Bonpland 1760, Palermo. Traé el CV impreso y alguna referencia.

Avisame si podés así te anoto.

Sebastián Rinaldi
Gerente General - Hotel Bonpland Palermo""",
    charset="utf-8", cte="8bit",
))

# 12. Teamtailor, Málaga hotels, video interview, HTML only.
_body = """Hola Valentina,

¡Gracias por tu interés en Hoteles Bahía de Málaga! Nos gustaría invitarte a una entrevista por vídeo para el puesto de Revenue & Reservations Manager.

Día: jueves 2 de julio
Hora: 12:00 (CEST)
Con: Nuria Castaño (Directora de Ventas) y Javier Ruiz (RR. HH.)
Enlace: [Unirse a la videollamada](https://hotelesbahiamalaga.teamtailor.example.com/meetings/2207-vra)

Si necesitas cambiar la hora, puedes hacerlo desde tu perfil de candidata.

¡Nos vemos pronto!
Hoteles Bahía de Málaga"""
MESSAGES.append(M(
    "interview_invitation", "teamtailor_video", "es", "Hoteles Bahía de Málaga", "",
    ("Hoteles Bahía de Málaga", "no-reply@teamtailor-mail.com"),
    "Invitación a entrevista - Revenue & Reservations Manager", "2026-06-25 10:03 +0200", _body,
    st="html", mua="ats", cte="qp",
    html=ats(_body, title="Hoteles Bahía de Málaga", logo="https://assets.teamtailor-cdn.example.com/bahiamalaga/logo.png",
             logo_alt="Hoteles Bahía de Málaga", color="#2a7ab0",
             track="https://hotelesbahiamalaga.teamtailor.example.com/r?l=",
             pixel="https://hotelesbahiamalaga.teamtailor.example.com/o/2207-vra.gif",
             footer="Hoteles Bahía de Málaga &middot; Paseo Marítimo Pablo Ruiz Picasso 21, 29016 Málaga<br>"
                    "<a href=\"https://hotelesbahiamalaga.teamtailor.example.com/privacy\" style=\"color:#8a8a8a;\">Privacidad</a>"),
))

# 13. Boutique hotel invites her for another role; the quoted older mail closed the first one.
MESSAGES.append(M(
    "interview_invitation", "caracola_new_role_quote", "es", "Casa Caracola Hotel Boutique", "paula@casacaracola.example.cl",
    ("Paula Ried", "paula@casacaracola.example.cl"),
    "Re: Postulación recepcionista bilingüe", "2026-01-14 11:18 -0300",
    """Hola Valentina!

Te escribo de nuevo porque se abrió la jefatura de operaciones (reservas + recepción + pisos, 14 habitaciones) y creo que calzas mejor ahí que en recepción. ¿Te tinca venir a conversar el lunes 19 a las 10:00 al hotel? Estamos en Templeman 248, Cerro Concepción.

Saludos,
Paula Ried
Casa Caracola Hotel Boutique

El mié, 7 ene 2026 a las 16:40, Paula Ried (<paula@casacaracola.example.cl>) escribió:
""" + q("""Hola Valentina, gracias por postular a recepcionista bilingüe. Lamentablemente esa vacante ya la cubrimos, pero te guardo el CV por si aparece algo.
Paula"""),
    mid=MID_CARACOLA, mua="gmail", charset="utf-8", cte="qp",
    irt="<CA+caracola0107Rx8=Pq1mZ@mail.casacaracola.example.cl>",
))

# 14. Spanish tour operator schedules a phone screen.
MESSAGES.append(M(
    "interview_invitation", "solmar_phone_screen", "es", "Viajes Solmar", "rrhh@viajessolmar.example.es",
    ("RRHH Viajes Solmar", "rrhh@viajessolmar.example.es"),
    "Entrevista telefónica - Coordinador/a de Receptivo", "2026-04-09 10:11 +0200",
    """Buenos días Valentina,

Hemos recibido tu CV para el puesto de Coordinador/a de Receptivo en Málaga y nos gustaría hacerte una primera entrevista telefónica.

Te llamaremos el miércoles 15 de abril entre las 10:00 y las 11:00 (hora española, las 5:00 en Chile, lo sentimos!). Si te viene mejor por la tarde, contéstanos a este mail y lo cambiamos sin problema.

¿Nos confirmas el número? Tenemos el +56 9 6123 4471.

Gracias,
Marisa
Dpto. de RRHH
Viajes Solmar S.L. - Avda. de Andalucía 22, 29002 Málaga""",
    mid=MID_SOLMAR, charset="iso-8859-1", cte="8bit",
))

# 15. Greenhouse invitation with scheduling link, alternative, recruiter's Reply-To.
_body = """Hi Valentina,

Great news - the team would like to move you forward for the Supply Operations Manager (LatAm) role at Staybook!

The next step is a 45-minute video interview with Gabriel Duarte, Head of Supply. Please pick a time that works for you:

[Schedule your interview](https://app.greenhouse.example.io/scheduling/staybook/7f22a1)

If none of the slots work, just reply to this email.

Cheers,
Hannah Kim
Recruiting Coordinator, Staybook"""
MESSAGES.append(M(
    "interview_invitation", "greenhouse_schedule_link", "en", "Staybook", "hannah.kim@staybook.example.com",
    ("Hannah Kim via Greenhouse", "no-reply@greenhouse-mail.io"),
    "Next steps with Staybook - Supply Operations Manager (LatAm)", "2026-08-24 16:30 +0000", _body,
    reply_to=("Hannah Kim", "hannah.kim@staybook.example.com"), st="alt", mid=MID_STAYBOOK, cte="qp",
    html=ats(_body, title="Staybook", logo="https://s3.amazonaws.example.com/greenhouse/staybook/logo.png",
             logo_alt="Staybook", color="#0a7c86", bg="#ffffff",
             pixel="https://greenhouse-mail.io/o/eJx-staybook-7f22a1.gif",
             footer="Powered by Greenhouse"),
))

# 16. Cruise line, Teams interview, plain text from an HR partner.
MESSAGES.append(M(
    "interview_invitation", "aurora_cruise_teams", "en", "Aurora Line Cruises", "k.brennan@auroraline.example.com",
    ("Kathleen Brennan", "k.brennan@auroraline.example.com"),
    "Interview invitation - Guest Services Operations Manager", "2026-05-26 14:15 -0400",
    """Dear Ms. Ruiz-Achterberg,

Thank you for your interest in Aurora Line Cruises. We were impressed by your application for the position of Guest Services Operations Manager (fleet-wide, rotations of 4 months on / 2 months off).

We would like to invite you to a video interview on Microsoft Teams with our Hotel Director, Mr. Stefano Galli, and myself:

Date: Tuesday, June 2, 2026
Time: 9:00 AM Miami time (EDT) / 9:00 AM Santiago
Duration: approx. 60 minutes

Please reply to confirm your availability and let me know if you require any accommodations.

Kind regards,

Kathleen Brennan
HR Business Partner, Hotel Operations
Aurora Line Cruises
T +1 305 555 0182

CONFIDENTIALITY NOTICE: This e-mail may contain confidential information. If you are not the intended recipient, please notify the sender and delete it.""",
    mua="outlook", charset="utf-8", cte="7bit",
))

# 17. Terse mobile invitation from a Zurich hotel manager.
MESSAGES.append(M(
    "interview_invitation", "lakeside_terse_mobile", "en", "Lakeside Hotel Zurich", "m.keller@lakesidehotel.example.ch",
    ("Martin Keller", "m.keller@lakesidehotel.example.ch"),
    "Your application", "2026-09-08 07:51 +0200",
    """Hi Valentina, got your CV via Hirely. Can you do a quick call Thursday 4pm CET? I'll call you on WhatsApp.

Martin

Sent from my iPhone""",
    mua="iphone", charset="utf-8", cte="7bit",
))

# 18. Google Calendar invitation (REQUEST) from a Lima hotel group.
MESSAGES.append(M(
    "interview_invitation", "google_calendar_request_lima", "es", "Hoteles Costanera del Pacífico", "mcardenas@costanerahoteles.example.pe",
    ("Milagros Cárdenas", "mcardenas@costanerahoteles.example.pe"),
    "Invitación: Entrevista Valentina Ruiz-Achterberg / Costanera - Revenue @ mar 14 jul 2026 9:30 - 10:30 (GMT-5)", "2026-07-06 12:02 -0500",
    """Hola Valentina, como conversamos, te envío la invitación para la entrevista con nuestra gerente de revenue, Rocío Palacios. Será por Google Meet.

Entrevista Valentina Ruiz-Achterberg / Costanera - Revenue
martes 14 de julio de 2026 9:30 - 10:30 (hora de Perú)
Unirse con Google Meet: https://meet.example.com/cos-tane-rev

Milagros Cárdenas
Analista de Talento | Hoteles Costanera del Pacífico

Invitación de Google Calendar. Recibes este correo porque eres invitada a este evento.""",
    st="cal", mid=MID_COSTANERA, charset="utf-8", cte="base64",
    cal={"method": "REQUEST", "uid": UID_COSTANERA, "seq": 0, "stamp": "20260706T170200Z",
             "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
             "tzid": "America/Lima", "offset": "-0500", "start": "20260714T093000", "end": "20260714T103000",
             "summary": "Entrevista Valentina Ruiz-Achterberg / Costanera - Revenue",
             "location": "https://meet.example.com/cos-tane-rev",
             "organizer": ("Milagros Cárdenas", "mcardenas@costanerahoteles.example.pe"),
             "ics_file": "invite.ics"},
))

# 19. Lever invitation, revenue software company, plain text; recruiter writes from the ATS.
MESSAGES.append(M(
    "interview_invitation", "lever_revpilot_plain", "en", "RevPilot", "jonas@revpilot.example.com",
    ("Jonas Berg (RevPilot)", "no-reply@hire.lever.co"),
    "Interview with RevPilot - Customer Success Manager, Hotels (Spanish)", "2026-06-11 10:40 +0200",
    """Hi Valentina,

Thanks for applying to RevPilot! I'm the hiring manager for the Customer Success Manager, Hotels (Spanish) role and I'd love to have a first conversation.

Would any of these work for you (all times CEST)?
- Monday 15 June, 16:00
- Tuesday 16 June, 17:30
- Wednesday 17 June, 15:00

It'll be a relaxed 30-minute Google Meet: who you are, what you know about hotel pricing, and what we're building.

Just reply with your pick.

Jonas Berg
Head of Customer Success | RevPilot
Torstrasse 140, Berlin""",
    reply_to=("Jonas Berg", "jonas@revpilot.example.com"), mua="ats", charset="utf-8", cte="qp",
))

# 20. Nice hotel director, formal vous, iso-8859-1.
MESSAGES.append(M(
    "interview_invitation", "cimiez_director_vous", "fr", "Hôtel Les Terrasses de Cimiez", "direction@terrasses-cimiez.example.fr",
    ("Anne-Laure Vidal", "direction@terrasses-cimiez.example.fr"),
    "Votre candidature - Adjointe de direction", "2026-03-31 09:27 +0200",
    """Madame,

J'ai lu avec beaucoup d'intérêt votre candidature au poste d'Adjointe de direction en charge de l'exploitation et du yield.

Je souhaiterais vous rencontrer à l'hôtel le jeudi 9 avril à 14h30. Si vous n'êtes pas encore en France à cette date, nous pouvons bien entendu organiser l'entretien en visioconférence.

Je vous remercie de bien vouloir me confirmer votre disponibilité par retour de courriel.

Bien à vous,

Anne-Laure Vidal
Directrice
Hôtel Les Terrasses de Cimiez ****
25, avenue Reine Victoria - 06000 Nice
04 93 81 22 64""",
    mid=MID_CIMIEZ, charset="iso-8859-1", cte="qp",
))

# 21. Travel-tech start-up, tutoiement, casual, alternative.
_body = """Hello Valentina !

Merci pour ta candidature chez Escalio :) On a adoré ton parcours de guide, c'est exactement le regard terrain qu'on cherche pour le poste de Ops Manager Partenaires.

Est-ce que tu serais dispo pour un premier call de 30 min avec moi cette semaine ? Je te propose jeudi 11h ou vendredi 16h (heure de Paris). Dis-moi ce qui t'arrange !

À très vite,
Julien
--
Julien Mercier · Co-fondateur & COO · Escalio
escalio.example.fr · 8 rue de la Buffa, Nice"""
MESSAGES.append(M(
    "interview_invitation", "escalio_tutoiement", "fr", "Escalio", "julien@escalio.example.fr",
    ("Julien Mercier", "julien@escalio.example.fr"),
    "Escalio x Valentina - premier échange ?", "2026-06-15 18:12 +0200", _body,
    st="alt", mua="gmail", html=gmail(_body), cte="8bit",
))

# 22. French agency relays a named client: in-person interview.
MESSAGES.append(M(
    "interview_invitation", "horizon_rh_named_client", "fr", "Résidences Côte Bleue", "s.aubert@cabinet-horizon-rh.example.fr",
    ("Sophie Aubert - Cabinet Horizon RH", "s.aubert@cabinet-horizon-rh.example.fr"),
    "Proposition d'entretien - Résidences Côte Bleue", "2026-09-02 11:05 +0200",
    """Bonjour Madame Ruiz-Achterberg,

Suite à notre échange téléphonique, j'ai le plaisir de vous informer que notre client, Résidences Côte Bleue, souhaite vous rencontrer pour le poste de Responsable d'exploitation de sa résidence de tourisme de Saint-Laurent-du-Var.

L'entretien aura lieu le mardi 8 septembre à 9h30, sur place (avenue du Port, 06700 Saint-Laurent-du-Var), avec M. Olivier Pasquier, directeur régional.

Pourriez-vous me confirmer votre présence ?

Cordialement,

Sophie Aubert
Consultante recrutement Tourisme & Hôtellerie
Cabinet Horizon RH
T : 04 92 00 17 35""",
    charset="windows-1252", cte="8bit",
))

# 23. Google Agenda invitation from a Cannes ferry and excursion company.
MESSAGES.append(M(
    "interview_invitation", "lerins_google_agenda", "fr", "Compagnie des Îles de Lérins", "mathieu.giraud@iles-lerins.example.fr",
    ("Mathieu Giraud", "mathieu.giraud@iles-lerins.example.fr"),
    "Invitation: Entretien Valentina / Îles de Lérins @ mar. 21 avr. 2026 10:00 - 10:45 (CEST)", "2026-04-15 17:48 +0200",
    """Bonjour Valentina,

Comme convenu au téléphone, voici l'invitation pour notre entretien (responsable planning des traversées et excursions). On se voit au bureau de la gare maritime, quai Laubeuf, ou en visio si tu préfères.

Entretien Valentina / Îles de Lérins
mardi 21 avril 2026 10:00 - 10:45 (heure d'été d'Europe centrale)
Lieu : Gare maritime, quai Laubeuf, Cannes

Mathieu Giraud
Directeur des opérations - Compagnie des Îles de Lérins

Invitation de Google Agenda""",
    st="cal", charset="utf-8", cte="qp",
    cal={"method": "REQUEST", "uid": "1q7m3c9v2k0d8s6e4b5n@google.com", "seq": 0, "stamp": "20260415T154800Z",
             "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
             "tzid": "Europe/Paris", "offset": "+0200", "start": "20260421T100000", "end": "20260421T104500",
             "summary": "Entretien Valentina / Îles de Lérins", "location": "Gare maritime, quai Laubeuf, Cannes",
             "organizer": ("Mathieu Giraud", "mathieu.giraud@iles-lerins.example.fr")},
))

# 24. Zurich gastro group, Sie, iso-8859-1.
MESSAGES.append(M(
    "interview_invitation", "seerose_einladung_sie", "de", "Seerose Gastro Gruppe", "personal@seerose-gastro.example.ch",
    ("Personal Seerose Gastro", "personal@seerose-gastro.example.ch"),
    "Einladung zum Vorstellungsgespräch - Betriebsleiterin Seerose Wollishofen", "2026-07-21 08:44 +0200",
    """Sehr geehrte Frau Ruiz-Achterberg

Vielen Dank für Ihre Bewerbung als Betriebsleiterin für unser Hotel-Restaurant Seerose Wollishofen. Ihr Werdegang hat uns angesprochen, und wir möchten Sie gerne persönlich kennenlernen.

Wir laden Sie herzlich zu einem Vorstellungsgespräch ein:

Montag, 3. August 2026, 14.00 Uhr
Seerose Wollishofen, Seestrasse 470, 8038 Zürich
Gesprächspartner: Beat Imhof (Geschäftsleitung) und Corinne Frei (Personal)

Bitte bestätigen Sie uns den Termin kurz per E-Mail.

Freundliche Grüsse

Corinne Frei
Personalverantwortliche
Seerose Gastro Gruppe
Seestrasse 470 | 8038 Zürich | +41 44 480 12 12""",
    mid=MID_SEEROSE, charset="iso-8859-1", cte="qp",
))

# 25. softgarden, tourism association, HTML only.
_body = """Guten Tag Frau Ruiz-Achterberg

Herzlichen Dank für Ihre Bewerbung als Projektleiterin Gästeservice & Angebotsentwicklung (80 %).

Gerne möchten wir Sie zu einem Online-Interview einladen. Bitte wählen Sie über den folgenden Link einen passenden Termin aus den vorgeschlagenen Zeitfenstern:

[Termin auswählen](https://verkehrsverein-zuerichsee.softgarden.example.io/interview/5521)

Wir freuen uns auf das Gespräch.

Freundliche Grüsse
Ursula Brunner
Verkehrsverein Zürichsee"""
MESSAGES.append(M(
    "interview_invitation", "softgarden_online_interview", "de", "Verkehrsverein Zürichsee", "",
    ("Verkehrsverein Zürichsee", "noreply@softgarden.io"),
    "Einladung zum Online-Interview", "2026-09-14 13:20 +0200", _body,
    st="html", mua="ats", charset="utf-8", cte="qp",
    html=ats(_body, title="Verkehrsverein Zürichsee", logo="https://static.softgarden.io/vvz/logo.png",
             logo_alt="Verkehrsverein Zürichsee", color="#0069b4",
             track="https://verkehrsverein-zuerichsee.softgarden.example.io/r?t=",
             button=("Termin auswählen", "https://verkehrsverein-zuerichsee.softgarden.example.io/interview/5521"),
             footer="Verkehrsverein Zürichsee &middot; Seestrasse 1 &middot; 8810 Horgen<br>"
                    "Diese E-Mail wurde automatisch über softgarden versendet. Bitte antworten Sie nicht auf diese E-Mail."),
))

# 26. Swiss agency relays a named client; German, Sie; legal footer.
MESSAGES.append(M(
    "interview_invitation", "kessler_agency_client", "de", "Hotel Sonnenberg Zürich", "nadine.kessler@kessler-hospitality.example.ch",
    ("Nadine Kessler", "nadine.kessler@kessler-hospitality.example.ch"),
    "Interview Hotel Sonnenberg Zürich - Assistant Director of Operations", "2026-05-12 15:57 +0200",
    """Liebe Frau Ruiz-Achterberg

Wie telefonisch besprochen, freut es mich, Ihnen mitzuteilen, dass das Hotel Sonnenberg Zürich Sie gerne zu einem ersten Interview für die Position Assistant Director of Operations einladen möchte.

Termin: Mittwoch, 20. Mai 2026, 16.30 Uhr (MESZ)
Format: Videocall via Teams (den Link sende ich Ihnen separat)
Teilnehmende: Herr Daniel Zobrist, Director of Operations

Das Gespräch findet auf Englisch und Deutsch statt. Bei Fragen erreichen Sie mich jederzeit.

Herzliche Grüsse
Nadine Kessler
Senior Consultant

Kessler Hospitality Recruitment GmbH
Löwenstrasse 29 | 8001 Zürich | +41 43 555 07 80
Geschäftsführerin: Nadine Kessler | CHE-455.201.778""",
    charset="utf-8", cte="qp",
))

# ------------------------------------------------ reschedules and cancellations (15)

# 1. Outlook update of the Harbourline request: same UID, SEQUENCE 1, new time.
MESSAGES.append(M(
    "interview_reschedule_or_cancel", "outlook_calendar_update_seq", "en", "Harbourline Hotels", "priya.raman@harbourline.example.com",
    ("Priya Raman", "priya.raman@harbourline.example.com"),
    "Updated invitation: Interview: Revenue Analyst - Valentina Ruiz-Achterberg", "2026-02-20 16:37 +0100",
    """Hi Valentina,

Apologies for the change: Álvaro has to be at our Lisbon property on Tuesday, so I've moved our interview to Thursday 26 February at 15:00 (Madrid time). Same Teams link.

Please accept the updated invitation if the new time works, or let me know and we'll find another slot.

Thanks for your flexibility,
Priya""",
    st="cal", mua="outlook", charset="utf-8", cte="qp", irt=MID_HARBOURLINE,
    cal={"method": "REQUEST", "uid": UID_HARBOURLINE, "seq": 1, "stamp": "20260220T153700Z",
             "tzid": "Romance Standard Time", "offset": "+0100", "start": "20260226T150000", "end": "20260226T154500",
             "summary": "Interview: Revenue Analyst - Valentina Ruiz-Achterberg",
             "location": "Microsoft Teams Meeting",
             "organizer": ("Priya Raman", "priya.raman@harbourline.example.com"),
             "description": "Moved from 24 Feb 10:00. Join: https://teams.example.com/l/meetup-join/harbourline-ra-7731"},
))

# 2. Google Calendar CANCEL of the Lima invitation: interviewer on sick leave.
MESSAGES.append(M(
    "interview_reschedule_or_cancel", "google_calendar_cancel_ill", "es", "Hoteles Costanera del Pacífico", "mcardenas@costanerahoteles.example.pe",
    ("Milagros Cárdenas", "mcardenas@costanerahoteles.example.pe"),
    "Evento cancelado: Entrevista Valentina Ruiz-Achterberg / Costanera - Revenue @ mar 14 jul 2026 9:30 - 10:30 (GMT-5)", "2026-07-13 18:25 -0500",
    """Hola Valentina, lamentablemente Rocío está con descanso médico esta semana, así que cancelo la entrevista de mañana. Apenas se reincorpore te escribo para coordinar una nueva fecha; el proceso sigue en pie.

Disculpa el aviso tan encima.

Milagros Cárdenas
Analista de Talento | Hoteles Costanera del Pacífico

Este evento se ha cancelado y se ha eliminado de tu calendario.""",
    st="cal", charset="utf-8", cte="qp", irt=MID_COSTANERA,
    cal={"method": "CANCEL", "uid": UID_COSTANERA, "seq": 1, "stamp": "20260713T232500Z",
             "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
             "tzid": "America/Lima", "offset": "-0500", "start": "20260714T093000", "end": "20260714T103000",
             "summary": "Entrevista Valentina Ruiz-Achterberg / Costanera - Revenue",
             "location": "https://meet.example.com/cos-tane-rev",
             "organizer": ("Milagros Cárdenas", "mcardenas@costanerahoteles.example.pe")},
))

# 3. Same Chilean hotel: the in-person interview becomes a Zoom call.
MESSAGES.append(M(
    "interview_reschedule_or_cancel", "miradores_switch_to_zoom", "es", "Miradores del Pacífico Hoteles", "cfuentes@miradorespacifico.example.cl",
    ("Carolina Fuentes Rojas", "cfuentes@miradorespacifico.example.cl"),
    "RE: Entrevista - Jefa de Operaciones Hotel Miradores Viña del Mar", "2026-03-06 17:51 -0300",
    """Valentina, un cambio: Sergio va a estar en Santiago el martes, así que la entrevista del 10 de marzo a las 11:00 la haremos por Zoom en vez de presencial. Mismo día y misma hora.

Enlace: https://zoom.example.us/j/83390011245 (código 4471)

Saludos,
Carolina

________________________________
De: Valentina Ruiz-Achterberg <valentina.ra@example.cl>
Enviado: viernes, 27 de febrero de 2026 12:03
Para: Carolina Fuentes Rojas <cfuentes@miradorespacifico.example.cl>
Asunto: Re: Entrevista - Jefa de Operaciones Hotel Miradores Viña del Mar

Estimada Carolina: confirmo mi asistencia el martes 10 a las 11:00. ¡Muchas gracias por la invitación!
Valentina""",
    mua="outlook", charset="iso-8859-1", cte="qp", irt="<CAM9vra0227conf+mir@example.cl>",
    refs=[MID_MIRADORES, "<CAM9vra0227conf+mir@example.cl>"],
))

# 4. SmartRecruiters reschedule, Argentine airline, HTML only.
_body = """Hola Valentina,

Te escribimos porque necesitamos reprogramar tu entrevista para Analista de Pricing y Revenue.

Por un cambio en la agenda del equipo, la entrevista prevista para el miércoles 22 de abril a las 11:30 pasa al jueves 23 de abril a las 15:00 (hora de Buenos Aires). El link de Google Meet no cambia.

Si el nuevo horario no te queda bien, indicanos otra opción desde el botón.

Saludos,
Selección Cielo Austral"""
MESSAGES.append(M(
    "interview_reschedule_or_cancel", "smartrecruiters_reprogramacion", "es", "Cielo Austral Líneas Aéreas", "",
    ("Cielo Austral Líneas Aéreas", "no-reply@smartrecruiters.com"),
    "Reprogramación de tu entrevista", "2026-04-20 19:40 -0300", _body,
    st="html", mua="ats", cte="qp",
    html=ats(_body, title="Cielo Austral", logo="https://c.smartrecruiters.com/sr-company-logo-prod/cieloaustral.png",
             logo_alt="Cielo Austral Líneas Aéreas", color="#1c4f9c",
             track="https://jobs.smartrecruiters.com/track/c?u=",
             button=("Proponer otro horario", "https://jobs.smartrecruiters.com/cieloaustral/reschedule/98812"),
             footer="Cielo Austral Líneas Aéreas S.A. &middot; Este correo fue enviado por SmartRecruiters. No respondas a este mensaje."),
))

# 5. The Peruvian tour operator moves the call, in the same Gmail thread.
MESSAGES.append(M(
    "interview_reschedule_or_cancel", "andean_move_to_friday", "es", "Andean Trails Perú", "diego@andeantrails.example.pe",
    ("Diego Castañeda", "diego@andeantrails.example.pe"),
    "Re: llamada el jueves?", "2026-05-20 22:14 -0500",
    """Vale, perdón! A Ana se le cruzó una reunión con la municipalidad el jueves. ¿Lo movemos al viernes 22 a la misma hora (4pm Perú)? Mismo link de Zoom.

Diego

El mar, 19 may 2026 a las 8:31, Valentina Ruiz-Achterberg (<valentina.ra@example.cl>) escribió:
""" + q("""¡Hola Diego! Qué buena noticia, el jueves a las 4pm me acomoda perfecto. Nos vemos por Zoom.
Saludos,
Valentina

El lun, 18 may 2026 a las 19:02, Diego Castañeda (<diego@andeantrails.example.pe>) escribió:
> Hola Vale!
> ¿Podrías tener una llamada con nosotros el jueves 21 a las 4pm hora Perú?"""),
    mua="gmail", charset="utf-8", cte="8bit", irt="<CA+vra0519Andean=ok@mail.example.cl>",
    refs=[MID_ANDEAN, "<CA+vra0519Andean=ok@mail.example.cl>"],
))

# 6. Spanish resort postpones the assessment centre by a week.
_body = """Hola de nuevo, Valentina:

Te escribimos para avisarte de un cambio: por la visita de auditoría de la cadena, aplazamos la jornada de evaluación del 22 de abril al miércoles 29 de abril, con el mismo horario (9:30 a 14:00) y en el mismo lugar.

Sentimos las molestias. ¿Nos confirmas si puedes asistir en la nueva fecha?

Un saludo,
Irene Montes
Técnica de Selección
Costa del Sol Resorts & Spa"""
MESSAGES.append(M(
    "interview_reschedule_or_cancel", "resort_assessment_postponed", "es", "Costa del Sol Resorts & Spa", "seleccion@costadelsolresorts.example.es",
    ("Irene Montes - Selección", "seleccion@costadelsolresorts.example.es"),
    "Cambio de fecha - jornada de evaluación Duty Manager", "2026-04-16 09:05 +0200", _body,
    st="alt", mua="outlook", html=outlook(_body), charset="windows-1252", cte="qp",
))

# 7. Peruvian municipality postpones the whole CAS timetable.
MESSAGES.append(M(
    "interview_reschedule_or_cancel", "municipal_cas_postponed", "es", "Municipalidad Distrital de Santa Rosa del Valle", "",
    ("Municipalidad Distrital de Santa Rosa del Valle", "convocatorias-noreply@munisantarosa.example.pe"),
    "COMUNICADO N° 002 - CAS N° 014-2026-MDSRV - REPROGRAMACIÓN DE ENTREVISTAS", "2026-08-21 19:10 -0500",
    """COMUNICADO N° 002-2026-SGRH/MDSRV

Se comunica a los postulantes APTOS del Proceso CAS N° 014-2026-MDSRV (Especialista en Promoción Turística) que, por motivo de la Feria Regional del Valle, la etapa de ENTREVISTA PERSONAL programada para el 25 de agosto de 2026 queda REPROGRAMADA para el día jueves 27 de agosto de 2026, en el mismo horario y lugar señalados en la citación.

Los demás plazos del cronograma se recorren en dos (2) días hábiles.

Santa Rosa del Valle, 21 de agosto de 2026
Subgerencia de Recursos Humanos

Mensaje automático. No responder.""",
    charset="iso-8859-1", cte="base64",
))

# 8. Ashby cancellation: interviewer ill, rebook link; Spanish.
_body = """Hola, Valentina:

Sentimos avisarte con tan poco margen: tu entrevista con Lucía Benítez prevista para hoy, jueves 7 de mayo a las 16:00, se ha cancelado porque Lucía está enferma.

Queremos seguir contigo en el proceso. Puedes elegir un nuevo horario aquí:

[Reprogramar entrevista](https://app.ashbyhq.com/interview-scheduling/viajorama/ops-partners-6d1e/rebook)

Gracias por tu comprensión,
Equipo de Talento de Viajorama"""
MESSAGES.append(M(
    "interview_reschedule_or_cancel", "ashby_cancelled_ill", "es", "Viajorama", "lucia.benitez@viajorama.example.es",
    ("Viajorama", "no-reply@ashbyhq.com"),
    "Entrevista cancelada: Operations Specialist - Partners", "2026-05-07 09:02 +0200", _body,
    reply_to=("Lucía Benítez", "lucia.benitez@viajorama.example.es"), st="html", mua="ats", cte="qp",
    html=ats(_body, title="Viajorama", logo="https://app.ashbyhq.com/api/images/org-theme-logo/viajorama.png",
             logo_alt="Viajorama", color="#ff7a00", bg="#ffffff",
             button=("Elegir nuevo horario", "https://app.ashbyhq.com/interview-scheduling/viajorama/ops-partners-6d1e/rebook"),
             footer="Viajorama Technologies, S.L. &middot; Powered by Ashby"),
))

# 9. Buenos Aires hotel suspends the interview because of a transport strike.
MESSAGES.append(M(
    "interview_reschedule_or_cancel", "bonpland_strike_postponed", "es", "Hotel Bonpland Palermo", "gerencia@hotelbonpland.example.ar",
    ("Sebastián Rinaldi", "gerencia@hotelbonpland.example.ar"),
    "Re: Entrevista", "2026-08-23 21:48 -0300",
    """Valentina, mañana hay paro de colectivos y subte, así que suspendemos la entrevista del lunes. La pasamos al miércoles 26 a las 15, mismo lugar. ¿Te sirve?

Sebastián

Enviado desde mi Samsung Galaxy""",
    charset="utf-8", cte="base64", irt="<vra.0820.bonpland.ok@example.cl>",
))

# 10. Cruise line: hiring manager travelling, reschedule, Outlook reply.
MESSAGES.append(M(
    "interview_reschedule_or_cancel", "aurora_reschedule_travel", "en", "Aurora Line Cruises", "k.brennan@auroraline.example.com",
    ("Kathleen Brennan", "k.brennan@auroraline.example.com"),
    "RE: Interview invitation - Guest Services Operations Manager", "2026-05-29 11:02 -0400",
    """Dear Valentina,

I'm afraid we need to reschedule Tuesday's interview. Mr. Galli has been called on board the Aurora Borealis in Barcelona and will not have a reliable connection next week.

Could you do Monday, June 8 at 10:00 AM EDT instead? If not, please send me two or three alternatives.

My apologies for the inconvenience.

Kathleen

From: Valentina Ruiz-Achterberg <valentina.ra@example.cl>
Sent: Wednesday, May 27, 2026 8:14 AM
To: Kathleen Brennan <k.brennan@auroraline.example.com>
Subject: Re: Interview invitation - Guest Services Operations Manager

Dear Kathleen, I'm happy to confirm the interview on Tuesday, June 2 at 9:00 AM. Thank you for the invitation!
Best regards,
Valentina""",
    mua="outlook", charset="utf-8", cte="qp", irt="<CAM9vra0527aurora@example.cl>",
))

# 11. Greenhouse reschedule notice.
_body = """Hi Valentina,

Your interview for Supply Operations Manager (LatAm) has been rescheduled.

New time: Thursday, September 3, 2026, 2:00 PM - 2:45 PM (GMT-03:00) Santiago
Interviewer: Gabriel Duarte
Location: Google Meet - [join link](https://meet.example.com/stb-supl-ops)

The previous time (Tuesday, September 1, 11:00 AM) is no longer valid. If the new time doesn't work, reply to this email.

Thanks,
Hannah"""
MESSAGES.append(M(
    "interview_reschedule_or_cancel", "greenhouse_rescheduled", "en", "Staybook", "hannah.kim@staybook.example.com",
    ("Hannah Kim via Greenhouse", "no-reply@greenhouse-mail.io"),
    "Interview rescheduled: Staybook - Supply Operations Manager (LatAm)", "2026-08-31 21:06 +0000", _body,
    reply_to=("Hannah Kim", "hannah.kim@staybook.example.com"), st="html", cte="qp", irt=MID_STAYBOOK,
    html=ats(_body, title="Staybook", logo="https://s3.amazonaws.example.com/greenhouse/staybook/logo.png",
             logo_alt="Staybook", color="#0a7c86", bg="#ffffff", footer="Powered by Greenhouse"),
))

# 12. Nice hotel director moves the meeting, in the thread.
MESSAGES.append(M(
    "interview_reschedule_or_cancel", "cimiez_decaler_lundi", "fr", "Hôtel Les Terrasses de Cimiez", "direction@terrasses-cimiez.example.fr",
    ("Anne-Laure Vidal", "direction@terrasses-cimiez.example.fr"),
    "Re: Votre candidature - Adjointe de direction", "2026-04-06 19:33 +0200",
    """Chère Valentina,

Je suis désolée, je dois décaler notre rendez-vous de jeudi : un groupe arrive plus tôt que prévu. Seriez-vous disponible lundi 13 avril à 10h00, toujours en visioconférence ?

Bien à vous,
Anne-Laure Vidal

Le 1 avr. 2026 à 08:12, Valentina Ruiz-Achterberg <valentina.ra@example.cl> a écrit :

""" + q("""Madame Vidal,
Je vous remercie pour votre message. Je serai encore à Valparaíso le 9 avril ; la visioconférence à 14h30 me convient parfaitement.
Bien cordialement,
Valentina Ruiz-Achterberg"""),
    mua="apple", charset="iso-8859-1", cte="8bit", irt="<A0B3C9E1-1F20-4B8D-9C77-vra0401cimiez@example.cl>",
    refs=[MID_CIMIEZ, "<A0B3C9E1-1F20-4B8D-9C77-vra0401cimiez@example.cl>"],
))

# 13. Start-up switches the meeting to video, tutoiement.
MESSAGES.append(M(
    "interview_reschedule_or_cancel", "escalio_visio", "fr", "Escalio", "julien@escalio.example.fr",
    ("Julien Mercier", "julien@escalio.example.fr"),
    "Changement pour mardi", "2026-07-03 08:58 +0200",
    """Salut Valentina,

Petit changement pour mardi : on est en plein déménagement des bureaux, donc on passe l'entretien avec Claire et moi en visio plutôt qu'à la Buffa. Même heure (15h), je t'envoie le lien Meet lundi.

Bon week-end !
Julien""",
    charset="utf-8", cte="8bit",
))

# 14. Zurich gastro group moves the interview, Sie; quoting the invitation.
MESSAGES.append(M(
    "interview_reschedule_or_cancel", "seerose_verschiebung", "de", "Seerose Gastro Gruppe", "personal@seerose-gastro.example.ch",
    ("Corinne Frei", "personal@seerose-gastro.example.ch"),
    "AW: Einladung zum Vorstellungsgespräch - Betriebsleiterin Seerose Wollishofen", "2026-07-28 10:14 +0200",
    """Sehr geehrte Frau Ruiz-Achterberg

Leider müssen wir das Vorstellungsgespräch vom Montag, 3. August, verschieben, da Herr Imhof an diesem Tag verhindert ist. Wir schlagen Ihnen neu Mittwoch, 5. August 2026, 10.00 Uhr vor, am selben Ort.

Bitte teilen Sie uns mit, ob Ihnen der neue Termin passt.

Freundliche Grüsse
Corinne Frei
Seerose Gastro Gruppe

Von: Valentina Ruiz-Achterberg <valentina.ra@example.cl>
Gesendet: Dienstag, 21. Juli 2026 15:02
An: Personal Seerose Gastro <personal@seerose-gastro.example.ch>
Betreff: Re: Einladung zum Vorstellungsgespräch - Betriebsleiterin Seerose Wollishofen

Sehr geehrte Frau Frei
Herzlichen Dank für die Einladung. Den Termin am 3. August um 14.00 Uhr bestätige ich gerne.
Freundliche Grüsse
Valentina Ruiz-Achterberg""",
    mua="outlook", charset="iso-8859-1", cte="qp", irt="<CAM9vra0721seerose@example.cl>",
    refs=[MID_SEEROSE, "<CAM9vra0721seerose@example.cl>"],
))

# 15. Swiss agency: the client's interviewer is ill, new date.
MESSAGES.append(M(
    "interview_reschedule_or_cancel", "kessler_interviewer_ill", "de", "Hotel Sonnenberg Zürich", "nadine.kessler@kessler-hospitality.example.ch",
    ("Nadine Kessler", "nadine.kessler@kessler-hospitality.example.ch"),
    "Terminänderung Interview Hotel Sonnenberg Zürich", "2026-05-19 12:31 +0200",
    """Liebe Frau Ruiz-Achterberg

Herr Zobrist ist leider krank geworden, weshalb das Interview von morgen, 20. Mai, nicht stattfinden kann. Das Hotel Sonnenberg Zürich schlägt neu Dienstag, 26. Mai, um 17.00 Uhr vor (gleicher Teams-Link).

Geben Sie mir bitte kurz Bescheid, ob das für Sie passt.

Herzliche Grüsse
Nadine Kessler
Kessler Hospitality Recruitment GmbH""",
    charset="utf-8", cte="base64",
))

# ------------------------------------------------------ missed-interview notices (10)

# 1. The boutique hotel waited for her at reception.
MESSAGES.append(M(
    "missed_interview_notice", "caracola_waited_reception", "es", "Casa Caracola Hotel Boutique", "paula@casacaracola.example.cl",
    ("Paula Ried", "paula@casacaracola.example.cl"),
    "hoy 10:00", "2026-01-19 11:05 -0300",
    """Hola Valentina, te esperamos a las 10:00 en la recepción y no llegaste. ¿Pasó algo? Si quieres lo vemos otro día, pero avísame.

Paula
Casa Caracola Hotel Boutique
+56 9 7720 3381""",
    charset="utf-8", cte="qp", irt=MID_CARACOLA,
))

# 2. Málaga hotels: she did not join the video call.
MESSAGES.append(M(
    "missed_interview_notice", "bahia_no_conectaste", "es", "Hoteles Bahía de Málaga", "javier.ruiz@hotelesbahiamalaga.example.es",
    ("Javier Ruiz", "javier.ruiz@hotelesbahiamalaga.example.es"),
    "Entrevista de hoy - Revenue & Reservations Manager", "2026-07-02 12:26 +0200",
    """Hola Valentina:

Nuria y yo te hemos estado esperando en la videollamada de las 12:00, pero no te has conectado. Entendemos que con la diferencia horaria puede haber habido una confusión (eran las 6:00 en Chile).

Si sigues interesada, escríbeme hoy o mañana y vemos si podemos encontrar otro momento.

Un saludo,
Javier Ruiz
Recursos Humanos · Hoteles Bahía de Málaga""",
    charset="utf-8", cte="8bit",
))

# 3. Tour operator tried to call twice.
MESSAGES.append(M(
    "missed_interview_notice", "solmar_tried_to_call", "es", "Viajes Solmar", "rrhh@viajessolmar.example.es",
    ("RRHH Viajes Solmar", "rrhh@viajessolmar.example.es"),
    "RE: Entrevista telefónica - Coordinador/a de Receptivo", "2026-04-15 11:08 +0200",
    """Hola Valentina,

Te hemos intentado llamar dos veces esta mañana (10:05 y 10:40) al +56 9 6123 4471 para la entrevista telefónica, pero no hemos podido contactar contigo: saltaba el buzón de voz.

¿Sigues interesada en el puesto? Si es así, dinos otro día y una hora que te venga bien.

Marisa
Dpto. de RRHH - Viajes Solmar""",
    mua="outlook", charset="iso-8859-1", cte="qp", irt=MID_SOLMAR,
))

# 4. Family hostal: she did not turn up to the trial shift.
MESSAGES.append(M(
    "missed_interview_notice", "matriz_trial_shift_no_show", "es", "Hostal La Matriz", "hostallamatriz@example.cl",
    ("Hostal La Matriz", "hostallamatriz@example.cl"),
    "turno de prueba sábado", "2026-02-08 13:40 -0300",
    """Hola Valentina, el sábado te estuvimos esperando para el turno de prueba en recepción (de 8 a 14 hrs) y no te presentaste ni avisaste. Don Hernán preguntó varias veces.

Si todavía te interesa el puesto nos avisas y vemos si se puede hacer el próximo fin de semana.

Saludos
Rosa Tapia
Hostal La Matriz - Cerro Santo Domingo, Valparaíso""",
    charset="windows-1252", cte="qp",
))

# 5. Buenos Aires hotel: she missed the rescheduled interview.
MESSAGES.append(M(
    "missed_interview_notice", "bonpland_no_vino", "es", "Hotel Bonpland Palermo", "gerencia@hotelbonpland.example.ar",
    ("Sebastián Rinaldi", "gerencia@hotelbonpland.example.ar"),
    "Hoy 15 hs", "2026-08-26 16:12 -0300",
    """Valentina, te estuvimos esperando a las 15 en el lobby y no viniste. No tenemos otro mensaje tuyo. Si hubo un problema contame, sino damos por cerrada la entrevista.

Sebastián Rinaldi
Hotel Bonpland Palermo""",
    charset="utf-8", cte="8bit",
))

# 6. Agency: the (unnamed) client says she did not show up.
MESSAGES.append(M(
    "missed_interview_notice", "agency_client_no_show", "es", "Head Hunters Pacífico", "fcaceres@hhpacifico.example.cl",
    ("Felipe Cáceres", "fcaceres@hhpacifico.example.cl"),
    "?", "2026-07-17 10:02 -0400",
    """Hola Valentina

El cliente me avisa que ayer no te presentaste a la entrevista de las 16:00 con la gerencia de operaciones. Te llame dos veces sin respuesta.

Esta todo bien? Necesito saber si sigues en el proceso para explicarle al cliente, si fue un imprevisto intento reagendar

Saludos,
Felipe Cáceres M.
Head Hunters Pacífico""",
    charset="utf-8", cte="qp",
))

# 7. Greenhouse-using start-up: she did not join the video interview.
MESSAGES.append(M(
    "missed_interview_notice", "staybook_did_not_join", "en", "Staybook", "hannah.kim@staybook.example.com",
    ("Hannah Kim", "hannah.kim@staybook.example.com"),
    "We missed you today", "2026-09-03 18:20 +0000",
    """Hi Valentina,

Gabriel was waiting on the Google Meet at 2:00 PM (Santiago time) today, but it looks like you weren't able to join. We hope everything is okay.

If you're still interested in the Supply Operations Manager role, let me know and I'll see whether we can find one more slot this week.

Best,
Hannah Kim
Recruiting Coordinator | Staybook""",
    charset="utf-8", cte="7bit",
))

# 8. Zurich hotel manager waited on the call; terse.
MESSAGES.append(M(
    "missed_interview_notice", "lakeside_waited_call", "en", "Lakeside Hotel Zurich", "m.keller@lakesidehotel.example.ch",
    ("Martin Keller", "m.keller@lakesidehotel.example.ch"),
    "Re: Your application", "2026-09-10 16:19 +0200",
    """Tried you on WhatsApp at 4pm twice, no answer. Still interested? Let me know.

M.

Sent from my iPhone

> On 8 Sep 2026, at 09:30, Valentina Ruiz-Achterberg <valentina.ra@example.cl> wrote:
>
> Hi Martin, Thursday at 4pm CET is perfect. Talk then!
> Valentina""",
    mua="iphone", charset="utf-8", cte="7bit", irt="<7E4F1A20-88C1-4D02-B3E5-vra0908lake@example.cl>",
))

# 9. French residence: we waited for you this morning.
MESSAGES.append(M(
    "missed_interview_notice", "cote_bleue_attendue", "fr", "Résidences Côte Bleue", "o.pasquier@residences-cotebleue.example.fr",
    ("Olivier Pasquier", "o.pasquier@residences-cotebleue.example.fr"),
    "Entretien de ce matin", "2026-09-08 11:47 +0200",
    """Madame,

Nous vous avons attendue ce matin à 9h30 à la résidence pour l'entretien prévu avec le cabinet Horizon RH, sans nouvelles de votre part.

Je vous saurais gré de me faire savoir si vous souhaitez poursuivre le processus.

Cordialement,

Olivier Pasquier
Directeur régional
Résidences Côte Bleue
Avenue du Port - 06700 Saint-Laurent-du-Var""",
    charset="windows-1252", cte="qp",
))

# 10. Tourism association: we expected you at 14:00.
MESSAGES.append(M(
    "missed_interview_notice", "vvz_erwartet", "de", "Verkehrsverein Zürichsee", "ursula.brunner@vvzuerichsee.example.ch",
    ("Ursula Brunner", "ursula.brunner@vvzuerichsee.example.ch"),
    "Online-Interview von heute", "2026-09-22 14:41 +0200",
    """Guten Tag Frau Ruiz-Achterberg

Wir haben Sie heute um 14.00 Uhr zum Online-Interview erwartet, Sie haben sich jedoch nicht in den Videocall eingewählt.

Falls etwas dazwischengekommen ist, melden Sie sich bitte bis Freitag bei mir. Andernfalls gehen wir davon aus, dass Sie kein Interesse mehr an der Stelle haben.

Freundliche Grüsse
Ursula Brunner
Leiterin Gästeservice
Verkehrsverein Zürichsee
Seestrasse 1, 8810 Horgen, Tel. 044 725 10 10""",
    charset="utf-8", cte="qp",
))

