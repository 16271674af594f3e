"""Interview invitations in the fifty-second corpus, each written by hand; data only."""

from __future__ import annotations

from typing import Any

from make_fiftysecond import Msg, ics, q, thread_id


def Inv(**kw: Any) -> Msg:
    """An interview invitation."""
    return Msg(kind="interview_invitation", **kw)


MESSAGES = [
    Inv(
        scenario="hunter_telefonica_tu",
        lang="es",
        company="Minera Los Andes Centrales",
        contact="francisca@ossandonpartners.example.cl",
        sender=("Francisca Ossandón", "francisca@ossandonpartners.example.cl"),
        subject="Conversación - cargo Superintendente de Proyectos",
        body="""Hola Rodrigo!

Soy Francisca de Ossandón & Partners. Estamos apoyando a Minera Los Andes Centrales en la búsqueda de un Superintendente de Proyectos para su faena en la Región de Valparaíso y tu perfil nos pareció muy alineado.

¿Tendrías 20-30 minutos para una entrevista telefónica esta semana? Te propongo el miércoles 14 a las 10:00 o el jueves 15 a las 16:30. Si no te acomoda, dime qué horario te sirve y lo ajustamos.

Quedo atenta!

Francisca Ossandón
Ossandón & Partners
+56 2 2000 0000 | +56 9 9000 0000""",
        date="2026-01-12 09:35 -0300",
    ),
    Inv(
        scenario="calendly_solar_en",
        lang="en",
        company="Brightfield Renewables",
        contact="daniel.reyes@brightfield.example.com",
        sender=("Daniel Reyes", "daniel.reyes@brightfield.example.com"),
        subject="Brightfield Renewables - next steps",
        body="""Hi Rodrigo,

Thanks for applying to the Construction Manager role for our Atacama portfolio. I've had a look at your background and I'd love to set up a 30-min intro call to learn more and tell you about the projects.

Grab any slot that works for you here: https://calendly.com/example-dreyes-brightfield/30min

If none of those times work (I know the time difference with Houston can be awkward), just reply and we'll figure something out.

Cheers,
Daniel Reyes
Senior Recruiter, Brightfield Renewables
Houston, TX""",
        date="2026-01-20 15:40 -0600",
        fmt="alt",
    ),
    Inv(
        scenario="greenhouse_goodtime_panel",
        lang="en",
        company="Aquanova Systems",
        contact="scheduling@aquanova.example.com",
        sender=("Aquanova Recruiting Coordination", "scheduling@aquanova.example.com"),
        subject="Invitation: Panel interview - Program Manager, Water Reuse",
        body="""Hello Rodrigo,

Congratulations! The hiring team would love to move you to the next stage: a 2-hour virtual panel interview with four members of the Water Reuse program.

Please use the link below to choose the time that works best for you. Available slots are shown in your local time zone (America/Santiago).

Select your time: https://app.goodtime.example.io/schedule/7Kd82jq

Panel:
- Priya Nair, VP Programs
- Tom Becker, Director of Engineering
- Lucía Ortega, Finance Business Partner
- Sam Whitfield, Operations

Please reply to this email if you need any accommodations.

Aquanova Recruiting Coordination""",
        date="2026-01-27 12:02 -0800",
        fmt="html",
        brand="Aquanova",
    ),
    Inv(
        scenario="ics_videoentrevista_epc",
        lang="es",
        company="Montajes Industriales del Sur",
        contact="vrojas@mis.example.cl",
        sender=("Valentina Rojas", "vrojas@mis.example.cl"),
        subject="Videoentrevista - Jefe de Calidad Montaje Electromecánico",
        body="""Estimado Rodrigo,

Junto con saludar, le confirmamos su videoentrevista con el Gerente de Proyectos, Sr. Hernán Toledo, para el cargo de Jefe de Calidad Montaje Electromecánico:

Fecha: martes 3 de febrero de 2026
Hora: 11:00 hrs (Chile continental)
Plataforma: Microsoft Teams (enlace en la invitación adjunta)

Le solicitamos tener a mano su certificado de título y confirmar su asistencia respondiendo este correo.

Saludos cordiales,
Valentina Rojas
Analista de Selección
Montajes Industriales del Sur
Talcahuano""",
        date="2026-01-29 16:20 -0300",
        ics=ics("Videoentrevista Rodrigo Almeida - Jefe de Calidad", "2026-02-03 11:00 -0300", 45,
                "vrojas@mis.example.cl", "mis-2026-0203-ra@mis.example.cl",
                location="Microsoft Teams"),
        cte="quoted-printable",
    ),
    Inv(
        scenario="hm_mobile_quick_chat",
        lang="en",
        company="Tidewater Port",
        contact="greg.holloway@tidewaterport.example.org",
        sender=("Greg Holloway", "greg.holloway@tidewaterport.example.org"),
        subject="Quick question",
        body="""Rodrigo - got your CV from Anne in HR. Would you be free for a quick chat Thurs or Fri? 15 mins, just want to hear about the Antofagasta port works. What's a good number?

Greg

Sent from my iPhone""",
        date="2026-02-05 07:12 -0500",
    ),
    Inv(
        scenario="laborum_entrevista_presencial",
        lang="es",
        company="Constructora Pehuén",
        contact="seleccion@pehuen.example.cl",
        sender=("Constructora Pehuén", "seleccion@pehuen.example.cl"),
        subject="Citación a entrevista",
        body="""Sr. Rodrigo Almeida:

De acuerdo a su postulación vía Laborum al cargo de Administrador de Obra, lo citamos a entrevista personal en nuestras oficinas:

Día: Lunes 16 de febrero
Hora: 09:30
Dirección: Av. Apoquindo 0000, piso 7, Las Condes
Preguntar por: Sra. Marcela Díaz (Jefa de RRHH)

Favor traer CV impreso, certificado de antecedentes y referencias laborales de los 2 últimos empleadores.

Confirmar asistencia a este correo.

Atte.
RRHH Constructora Pehuén""",
        date="2026-02-10 10:05 -0300",
        charset="windows-1252",
        cte="quoted-printable",
    ),
    Inv(
        scenario="workday_self_schedule_technical",
        lang="en",
        company="Castellan Engineering",
        contact="",
        sender=("Castellan Engineering", "castellan@myworkday.com"),
        subject="Action required: schedule your technical interview",
        body="""Hello Rodrigo Almeida Fuentes,

You have been selected to move forward to a Technical Interview for Job Requisition JR-22817 Senior Geotechnical Engineer - Tailings (Toronto or Remote - Americas).

Please log in to your candidate home account and select an interview time from the available options within 3 business days.

Interview format: 60 minutes, Microsoft Teams, with two Principal Engineers. You may be asked to discuss a stability analysis you have performed.

Candidate Home: https://castellan.wd3.myworkday.example.com/careers/login

Thank you,
Castellan Engineering Talent Acquisition

***This is an automated message. Replies to this address are not monitored.***""",
        date="2026-02-17 13:22 -0500",
        fmt="html",
        brand="Castellan Engineering",
        cte="quoted-printable",
    ),
    Inv(
        scenario="agency_exclamation_uk",
        lang="en",
        company="Thamesgate Water",
        contact="chloe.barnes@redkiterecruit.example.co.uk",
        sender=("Chloe Barnes", "chloe.barnes@redkiterecruit.example.co.uk"),
        subject="GREAT NEWS!!",
        body="""Hi Rodrigo!!

Hope you're well! So I've just come off the phone with the hiring manager at Thamesgate Water and they LOVED your CV!! They'd like to get you in for a first stage video interview next week for the Asset Strategy Lead role!

Could you let me know your availability for Tuesday 24th or Wednesday 25th (UK time!)? They're thinking 45 mins with Mark (Head of Capital Delivery) and someone from HR.

Speak soon!!

Chloe

Chloe Barnes
Senior Consultant - Utilities & Infrastructure
Red Kite Recruitment
M: +44 7700 900000""",
        date="2026-02-18 11:47 +0000",
    ),
    Inv(
        scenario="fr_entretien_visio",
        lang="fr",
        company="Solaire Méditerranée",
        contact="c.dupont@solaire-med.example.fr",
        sender=("Camille Dupont", "c.dupont@solaire-med.example.fr"),
        subject="Entretien - Responsable de projets photovoltaïques Amérique latine",
        body="""Bonjour Monsieur Almeida Fuentes,

Votre candidature pour le poste de Responsable de projets photovoltaïques Amérique latine a retenu toute notre attention et nous souhaiterions échanger avec vous lors d'un premier entretien en visioconférence.

Seriez-vous disponible le jeudi 5 mars à 15h (heure de Paris) ou le vendredi 6 mars à 14h ? L'entretien durera environ 45 minutes, en présence de notre Directeur du développement international.

Dans l'attente de votre retour, je vous prie d'agréer, Monsieur, l'expression de mes salutations distinguées.

Camille Dupont
Chargée de recrutement
Solaire Méditerranée
Montpellier""",
        date="2026-02-25 09:50 +0100",
        fmt="alt",
        charset="iso-8859-1",
        cte="quoted-printable",
    ),
    Inv(
        scenario="ats_prueba_tecnica_peru",
        lang="es",
        company="Cementos del Altiplano",
        contact="",
        sender=("Cementos del Altiplano", "talento@cementosaltiplano-empleos.example.pe"),
        subject="Siguiente etapa: prueba técnica y entrevista - Ingeniero de Confiabilidad",
        body="""Hola Rodrigo,

¡Felicitaciones! Has avanzado a la siguiente etapa del proceso de Ingeniero de Confiabilidad - Planta Yura (Arequipa).

La etapa consiste en una prueba técnica en línea (90 minutos) seguida de una entrevista virtual con el Jefe de Mantenimiento. Para reservar tu horario de entrevista ingresa al siguiente enlace y elige el bloque disponible:

https://empleos.cementosaltiplano.example.pe/agenda/5f1c3

Por favor no respondas este correo; cualquier consulta debe hacerse a través del portal.

Equipo de Talento
Cementos del Altiplano""",
        date="2026-03-02 08:15 -0500",
        fmt="html",
        brand="Cementos del Altiplano",
    ),
    Inv(
        scenario="de_einladung_vorstellungsgespraech",
        lang="de",
        company="Hydro Alpin Bau",
        contact="t.wagner@hydroalpin.example.at",
        sender=("Thomas Wagner", "t.wagner@hydroalpin.example.at"),
        subject="Einladung zum Vorstellungsgespräch",
        body="""Sehr geehrter Herr Almeida Fuentes,

vielen Dank für Ihre Bewerbung als Bauleiter Wasserkraft (m/w/d). Ihre Unterlagen haben uns überzeugt, und wir möchten Sie gerne näher kennenlernen.

Wir laden Sie herzlich zu einem ersten Gespräch per Videokonferenz ein. Als Termin schlagen wir Dienstag, den 10. März 2026, um 16:00 Uhr MEZ vor. Die Einladung mit dem Link erhalten Sie separat.

Bitte bestätigen Sie uns den Termin kurz per E-Mail.

Mit freundlichen Grüßen

Thomas Wagner
Personalabteilung
Hydro Alpin Bau GmbH
Innsbruck, Österreich""",
        date="2026-03-04 10:20 +0100",
        cte="quoted-printable",
    ),
    Inv(
        scenario="argentina_vos_entrevista",
        lang="es",
        company="Vientos Patagónicos",
        contact="sofia.ibarra@vientospatagonicos.example.com.ar",
        sender=("Sofía Ibarra", "sofia.ibarra@vientospatagonicos.example.com.ar"),
        subject="Re: Postulación Gerente de Construcción",
        body="""Hola Rodrigo, ¿cómo andás?

Gracias por mandarme el CV actualizado. Con el equipo de Ingeniería nos gustaría que tengas una entrevista con el Gerente de Proyectos, Martín Sosa. ¿Podés el martes 17 a las 11 (hora Argentina) por Meet? Si no, decime qué días te quedan bien y lo acomodamos.

Abrazo,
Sofi

Sofía Ibarra
Talento & Cultura | Vientos Patagónicos
Mendoza""",
        quote="""El vie, 13 mar 2026 a la(s) 17:02, Rodrigo Almeida Fuentes <rodrigo.almeida@example.cl> escribió:
""" + q("""Hola Sofía, te adjunto el CV actualizado con el detalle de los proyectos eólicos. Saludos!"""),
        date="2026-03-13 19:44 -0300",
        in_reply_to=thread_id("argentina_vos_entrevista", "example.cl"),
    ),
    Inv(
        scenario="visita_faena_assessment",
        lang="es",
        company="Compañía Minera Tamarugal",
        contact="jorge.araya@tamarugal.example.cl",
        sender=("Jorge Araya Castillo", "jorge.araya@tamarugal.example.cl"),
        subject="Próxima etapa proceso Gerente de Sustentabilidad",
        body="""Estimado Rodrigo:

Le comunico que ha sido seleccionado para la etapa final del proceso de Gerente de Sustentabilidad. Esta etapa considera:

1. Assessment center en Santiago (Oficina Central, Isidora Goyenechea 0000), jueves 26 de marzo, 09:00 a 13:00 hrs.
2. Visita a faena en Pozo Almonte y entrevista con el Gerente General, martes 31 de marzo. Los pasajes Santiago-Iquique y el traslado a faena corren por cuenta de la compañía.

Por favor confirme su disponibilidad a la brevedad para gestionar la inducción de seguridad y la acreditación.

Atentamente,

Jorge Araya Castillo
Jefe de Reclutamiento y Desarrollo
Compañía Minera Tamarugal
Tel: +56 57 200 0000

AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos son confidenciales y para uso exclusivo de su destinatario.""",
        date="2026-03-17 12:40 -0300",
        fmt="alt",
        charset="iso-8859-1",
        cte="quoted-printable",
    ),
    Inv(
        scenario="emirati_en_panel_ics",
        lang="en",
        company="Al Noor Ports & Logistics",
        contact="fatima.alhashimi@alnoorports.example.ae",
        sender=("Fatima Al Hashimi", "fatima.alhashimi@alnoorports.example.ae"),
        subject="Interview Invitation - Senior Manager, Asset Integrity",
        body="""Dear Rodrigo,

Further to your application, we are pleased to invite you to a virtual panel interview for the role of Senior Manager, Asset Integrity.

Date: Monday, 6 April 2026
Time: 4:00 PM Gulf Standard Time (9:00 AM Santiago)
Duration: 60 minutes
Platform: Microsoft Teams (see calendar invitation)

Kindly acknowledge receipt of this invitation and confirm your attendance.

Warm regards,
Fatima Al Hashimi
Talent Acquisition Specialist
Al Noor Ports & Logistics
Dubai, UAE | +971 4 000 0000""",
        date="2026-03-30 11:05 +0400",
        ics=ics("Interview - Rodrigo Almeida Fuentes - Sr Manager Asset Integrity",
                "2026-04-06 16:00 +0400", 60, "fatima.alhashimi@alnoorports.example.ae",
                "AAMkAGI2TG93AAA=-alnoor-0406", location="Microsoft Teams Meeting"),
        fmt="alt",
    ),
    Inv(
        scenario="colombia_usted_segunda_ronda",
        lang="es",
        company="Empresa de Energía del Caribe",
        contact="diana.cardenas@energiacaribe.example.com.co",
        sender=("Diana Cárdenas", "diana.cardenas@energiacaribe.example.com.co"),
        subject="Segunda entrevista - Líder de Proyectos Solares",
        body="""Buenos días Rodrigo,

Espero que se encuentre muy bien. Quería contarle que pasó a la siguiente ronda del proceso para Líder de Proyectos Solares. El siguiente paso es una entrevista con el comité (Vicepresidencia de Proyectos y Gestión Humana), de forma virtual.

¿Tendría disponibilidad el viernes 17 de abril entre 8:00 y 12:00 (hora Colombia)? Quedo atenta a su respuesta para enviarle la invitación.

Cordialmente,

Diana Cárdenas
Profesional de Selección
Empresa de Energía del Caribe S.A. E.S.P.
Barranquilla · PBX (605) 000 0000""",
        date="2026-04-09 08:20 -0500",
    ),
    Inv(
        scenario="lever_interview_request_remote",
        lang="en",
        company="Gridline Software",
        contact="amara@gridline.example.io",
        sender=("Amara Okafor", "amara@gridline.example.io"),
        reply_to=("Amara Okafor", "amara@gridline.example.io"),
        subject="Gridline <> Rodrigo",
        body="""Hey Rodrigo,

Amara here, I lead recruiting at Gridline. We build scheduling and progress-tracking software for EPC contractors and your background on the contractor side is exactly what our customer success team is missing.

Would you be up for a 30 min video call with our Head of Solutions next week? Here's my calendar: https://cal.example.com/amara-gridline/intro

No prep needed.

Amara""",
        date="2026-04-13 10:00 -0700",
        headers={"X-Mailer": "Lever Mail"},
        fmt="alt",
    ),
    Inv(
        scenario="fr_entretien_final_suisse",
        lang="fr",
        company="Aqualis",
        contact="n.favre@aqualis.example.ch",
        sender=("Nicolas Favre", "n.favre@aqualis.example.ch"),
        subject="Re: Candidature Chef de projet infrastructures hydrauliques",
        body="""Bonjour Rodrigo,

Suite à nos échanges, j'ai le plaisir de vous proposer un entretien final avec notre directeur général et le responsable du département Ouvrages, dans nos bureaux de Lausanne ou par visioconférence si le déplacement est compliqué.

Pourriez-vous m'indiquer vos disponibilités la semaine du 27 avril ?

Meilleures salutations,

Nicolas Favre
Responsable RH
Aqualis SA
Avenue de la Gare 00, 1003 Lausanne""",
        quote="""Le 15 avr. 2026 à 18:31, Rodrigo Almeida Fuentes <rodrigo.almeida@example.cl> a écrit :
""" + q("""Bonjour Monsieur Favre,
Merci pour l'entretien de ce matin, j'ai beaucoup apprécié la discussion.
Cordialement,
Rodrigo Almeida Fuentes"""),
        date="2026-04-17 09:12 +0200",
        in_reply_to=thread_id("fr_entretien_final_suisse", "example.cl"),
        cte="quoted-printable",
    ),
    Inv(
        scenario="pandape_videoentrevista_es",
        lang="es",
        company="Aguas de Andalucía Oriental",
        contact="",
        sender=("Aguas de Andalucía Oriental", "notificaciones@pandape.example.com"),
        subject="Te invitamos a una videoentrevista",
        body="""Hola Rodrigo,

Desde Aguas de Andalucía Oriental queremos conocerte mejor. Te invitamos a realizar una videoentrevista diferida para la vacante Técnico/a de Gestión de Activos - Sevilla.

Tendrás que responder a 4 preguntas grabando un vídeo de máximo 2 minutos cada una. Dispones de 5 días para completarla.

Comenzar videoentrevista: https://pandape.example.com/v/Ab82kq

¡Mucha suerte!""",
        date="2026-05-05 12:00 +0200",
        fmt="html",
        brand="Aguas de Andalucía Oriental",
        cte="base64",
    ),
    Inv(
        scenario="de_technisches_interview_du",
        lang="de",
        company="Baulogik",
        contact="mia.schulz@baulogik.example.de",
        sender=("Mia Schulz", "mia.schulz@baulogik.example.de"),
        subject="Nächster Schritt :)",
        body="""Hallo Rodrigo,

danke für das nette Kennenlernen am Montag! Das Team war begeistert und würde dich gern zum technischen Interview einladen (ca. 90 Min, remote). Dabei geht's um einen kleinen Case zu BIM-basierter Baufortschrittskontrolle.

Passt dir Donnerstag, 21.05., 15 Uhr deutscher Zeit? Sonst schick mir gern zwei, drei Alternativen.

Beste Grüße
Mia

Mia Schulz · Talent Acquisition · Baulogik
Berlin""",
        date="2026-05-13 14:30 +0200",
        fmt="alt",
    ),
    Inv(
        scenario="lima_banco_entrevista_gerencia",
        lang="es",
        company="Banco Andino de Inversiones",
        contact="mlopez@bancoandino.example.pe",
        sender=("Milagros López", "mlopez@bancoandino.example.pe"),
        subject="Entrevista con gerencia - Especialista ESG",
        body="""Estimado Rodrigo, buenas tardes:

Por especial encargo de la Gerencia de Riesgos Socioambientales, le escribo para coordinar una entrevista con el Gerente, Sr. Raúl Benavides, en el marco del proceso Especialista ESG - Financiamiento de Proyectos.

Le proponemos el jueves 28 de mayo a las 10:00 a.m. (hora Lima) vía Zoom. Agradeceré su confirmación.

Saludos cordiales,

Milagros López Vargas
Gestión del Talento
Banco Andino de Inversiones
Calle Las Begonias 000, San Isidro

Este correo electrónico es confidencial. Si usted no es el destinatario, por favor elimínelo y comuníquelo al remitente.""",
        date="2026-05-22 15:05 -0500",
        charset="iso-8859-1",
        cte="quoted-printable",
    ),
    Inv(
        scenario="bamboohr_phone_screen",
        lang="en",
        company="Kestrel Sustainability Partners",
        contact="hannah.li@kestrelsp.example.com",
        sender=("Hannah Li", "hannah.li@kestrelsp.example.com"),
        subject="Phone screen - ESG Manager (Mining Sector)",
        body="""Hi Rodrigo,

Thanks for your interest in the ESG Manager role! I'd like to schedule a 20-minute phone screen to go over your experience and the position.

Are you available any of these times (Eastern)?
- Tue June 9, 10:00 or 2:30
- Wed June 10, 11:00

If none work, let me know a couple of alternatives. I'll call you on the number on your resume unless you tell me otherwise.

Thanks,
Hannah Li
People Operations
Kestrel Sustainability Partners

Sent via BambooHR""",
        date="2026-06-03 11:40 -0400",
        fmt="alt",
    ),
    Inv(
        scenario="concepcion_hunter_whatsapp_style",
        lang="es",
        company="Forestal Biobío",
        contact="ignacio.vera@nexoejecutivo.example.cl",
        sender=("Ignacio Vera", "ignacio.vera@nexoejecutivo.example.cl"),
        subject="Pega en Concepción - te interesa?",
        body="""Rodrigo, buenas!

Te escribo por una pega que creo que te calza perfecto: Jefe de Proyectos de Infraestructura para Forestal Biobío (plantas y caminos, base Concepción, 3x1 presencial).

El cliente quiere ver candidatos esta semana. ¿Te puedo llamar hoy o mañana para una entrevista corta de 15 min? Pásame un horario y tu celular.

Saludos,
Ignacio Vera
Nexo Ejecutivo
+56 9 7000 0000""",
        date="2026-06-15 09:02 -0400",
    ),
    Inv(
        scenario="teamtailor_medico_y_entrevista",
        lang="es",
        company="Puerto Angamos",
        contact="personas@puertoangamos.example.cl",
        sender=("Puerto Angamos", "no-reply@teamtailor-mail.com"),
        reply_to=("Gestión de Personas Puerto Angamos", "personas@puertoangamos.example.cl"),
        subject="Entrevista presencial en Mejillones",
        body="""Hola Rodrigo,

Gracias por tu interés en Puerto Angamos. Nos encantaría conocerte en persona para el cargo de Ingeniero/a de Mantenimiento de Infraestructura Portuaria.

Te esperamos el miércoles 8 de julio a las 10:00 en nuestras oficinas de Mejillones (Av. Costanera 0000). La entrevista será con el Jefe de Mantenimiento y durará aproximadamente una hora. Si necesitas reprogramar, responde a este correo.

¡Nos vemos!
Equipo de Gestión de Personas""",
        date="2026-07-01 10:14 -0400",
        fmt="alt",
        brand="Puerto Angamos",
        ics=ics("Entrevista presencial - Puerto Angamos", "2026-07-08 10:00 -0400", 60,
                "personas@puertoangamos.example.cl", "tt-8819-2026-07-08@teamtailor-mail.com",
                location="Av. Costanera 0000, Mejillones"),
    ),
    Inv(
        scenario="uni_research_centre_en_au",
        lang="en",
        company="University of Western Perth",
        contact="r.mcallister@uwp.example.edu.au",
        sender=("Ruth McAllister", "r.mcallister@uwp.example.edu.au"),
        subject="Research Fellow - Mine Water Management: shortlisted",
        body="""Dear Rodrigo,

I'm pleased to let you know you have been shortlisted for the Research Fellow (Level B) - Mine Water Management position within the Centre for Sustainable Resources.

The selection panel would like to interview you via Zoom on Thursday 23 July at 8:00 am AWST (Wednesday 22 July, 8:00 pm in Santiago). You will be asked to give a 10 minute presentation on a proposed research direction, followed by 35 minutes of questions.

Could you please confirm by reply whether this time suits?

Kind regards,
Ruth McAllister
School Manager, Engineering
University of Western Perth
CRICOS Provider Code 00000X""",
        date="2026-07-14 13:18 +0800",
    ),
    Inv(
        scenario="factorial_mx_video",
        lang="es",
        company="Hidrógeno Verde del Norte",
        contact="talento@h2vnorte.example.mx",
        sender=("Hidrógeno Verde del Norte", "notifications@factorialhr.example.com"),
        reply_to=("Talento H2V Norte", "talento@h2vnorte.example.mx"),
        subject="Te esperamos en la siguiente fase",
        body="""Hola Rodrigo:

Gracias por aplicar al puesto de Gerente de Operaciones - Planta de Electrólisis (Monterrey). Revisamos tu perfil y queremos agendar una videollamada de 45 minutos con nuestro Director de Operaciones.

Propuesta: lunes 3 de agosto, 9:00 am (hora CDMX). Si no te funciona, respóndenos con dos opciones y lo movemos.

Saludos,
Equipo de Talento
Hidrógeno Verde del Norte""",
        date="2026-07-28 17:30 -0600",
        fmt="alt",
        brand="Hidrógeno Verde del Norte",
    ),
]
