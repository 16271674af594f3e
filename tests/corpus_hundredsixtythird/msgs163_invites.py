"""163rd corpus, hand-written: interview invitations, reschedules/cancellations, missed interviews.

Each message is one dict (see make_hundredsixtythird.py for the keys). Thread texts that are
quoted later are module constants.
"""

# ruff: noqa: C408  (each message is written as a dict(...) call on purpose)
from __future__ import annotations

from msgs163_common import CAND, CAND_ADDR, CAND_NAME, card, outlook, outlook_reply, reply, simple

# --- texts quoted by later messages ---------------------------------------------------------

APR_INV = """Hola Carmen,

¿Cómo estás? Soy Javiera, del equipo de Talento de Aprendo Lab. Revisamos tu postulación a
Diseñadora Instruccional Jr. y nos encantaría conocerte.

Te propongo una videollamada de 45 minutos por Google Meet el jueves 19 de febrero a las 10:00
(hora de Chile). Estaríamos Felipe Araya, nuestro Head of Learning, y yo. La idea es conversar
sobre tu experiencia en aula, cómo planificas una unidad y qué herramientas de autoría has usado.

Si ese horario no te acomoda, respóndeme con dos o tres alternativas esta semana y lo ajustamos.

Link: https://meet.aprendolab.example.cl/dij-0219

Saludos,
Javiera Rojas
Líder de Talento | Aprendo Lab
Av. Italia 1450, Providencia, Santiago
+56 9 6123 4471
"""

APR_CARMEN_OK = """Hola Javiera:

¡Muchas gracias por la invitación! El jueves 19 a las 10:00 me acomoda perfecto.
Quedo atenta al link.

Saludos cordiales,
Carmen
"""

ANDINA_INV = """Estimada Sra. Quispe-Lindqvist:

Junto con saludarla, y en el marco del Concurso 14/2026 para proveer el cargo de Diseñador/a
Instruccional de la Dirección de Educación Virtual, me permito informarle que su postulación ha
sido preseleccionada y que la comisión evaluadora desea entrevistarla.

Fecha: jueves 5 de marzo de 2026
Hora: 11:00 a 12:00 horas
Lugar: Sala 302, Edificio Rectoría, Av. Brasil 2140, Valparaíso
(existe la opción de conectarse por Zoom; el enlace va en la invitación adjunta)

La comisión estará integrada por la Directora de Educación Virtual, un académico de la Facultad
de Educación y quien suscribe. Le pedimos preparar una breve exposición (10 minutos) sobre un
curso o unidad que haya diseñado para modalidad virtual o híbrida.

Agradeceré confirmar su asistencia respondiendo a este correo.

Atentamente,

Rodrigo Salinas Mella
Coordinador de Selección Académica
Dirección de Personas
Universidad Andina del Pacífico
Av. Brasil 2140, Valparaíso | +56 32 226 5410

Este mensaje y sus adjuntos son confidenciales y están dirigidos exclusivamente a su
destinatario. Si lo ha recibido por error, le solicitamos eliminarlo y avisar al remitente.
"""

TAL_INV = """Hola Carmen:

¡Buenas noticias! Banco Cordillera quiere conocerte para el cargo de Diseñadora de Capacitación
en su Gerencia de Personas.

Te agendé con Claudia Ibarra, subgerenta de Formación, para el martes 17 de marzo a las 9:30 en
Huérfanos 1160, piso 8, Santiago Centro. Lleva tu carnet para registrarte en recepción. Es una
conversación de unos 40 minutos, bastante más técnica que la que tuvimos nosotros: te van a
preguntar por evaluación de impacto (Kirkpatrick) y por cómo adaptarías un curso presencial a
formato e-learning.

Cualquier duda me escribes o me llamas.

Éxito,
Matías Fuenzalida
Consultor Senior | Talentia Consultores
Av. Apoquindo 3600, of. 502, Las Condes
+56 2 2940 1180 / +56 9 8877 2314
"""

TAL_MOVE = """Carmen, te cuento que el banco me pidió un cambio: la entrevista con Claudia Ibarra
sigue siendo el martes 17, pero ahora a las 12:00 y por Teams, porque ella va a estar en
visita a sucursales en Rancagua toda la mañana.

Te llegará la invitación de Teams desde el correo del banco. El resto sigue igual.

Saludos,
Matías
"""

CEIBO_INV = """Hola Carmen!

Vi tu postulación para Diseño Instruccional y me quedé con ganas de saber más de tu proyecto de
aula invertida con cuartos básicos. ¿Tenés un rato el jueves 16 a las 10 (hora de Montevideo,
la misma que en Santiago ahora, creo) para charlar por videollamada? Seríamos Martín, que lidera
contenidos, y yo. Unos 30-40 minutos, con el CV en la mano y sin presentaciones.

Si te sirve, te mando el link.

Abrazo,
Lucía Ferreira
People & Culture — Ceibo Digital
Montevideo, Uruguay
"""

CEIBO_CARMEN_OK = """¡Hola Lucía! Me sirve el jueves a las 10 (en Santiago serían las 9, ya
cambiamos la hora). Mándame el link cuando puedas. ¡Gracias!
Carmen
"""

CEIBO_ILL = """Carmen, perdón por el aviso tan sobre la hora: Martín se engripó y mañana no va a
poder. ¿Te parece si lo pasamos al lunes 20? Esta vez te llamamos por teléfono a las 10 de
Montevideo (9 de Santiago) al número del CV, así no dependemos del link.

Lucía
"""

ALF_INV = """Hola Carmen, ¿cómo va?

Soy Verónica Paz, coordinadora del área digital de Editorial Alfonsina. Leímos tu CV para la
búsqueda de Editora de contenidos digitales (secundaria) y me gustaría hacerte una primera
entrevista telefónica de 20 minutos.

¿Te viene bien el jueves 19 a las 16 h de Argentina (misma hora en Chile)? Te llamaría al
número que figura en tu CV, +56 9 5412 8830.

Saludos,
Verónica Paz
Coordinación Digital — Editorial Alfonsina
Av. Corrientes 2817, CABA
"""

SEMILLA_INV = """Hola Carmen:

Gracias por esperar. Con el equipo revisamos las postulaciones para Coordinadora de Formación
Virtual y queremos invitarte a una entrevista con nuestra directora ejecutiva, Ximena Lagos, y
con Andrés Tapia, encargado de programas.

Sería el miércoles 11 de febrero a las 11:30 en nuestra oficina de Ñuñoa (José Domingo Cañas
2280). Si te queda más cómodo, también puede ser por Zoom.

¿Me confirmas?

Paula Contreras
Fundación Semilla Educa
"""

PD_INV = """¡Hola Carmen!

Soy Diego, uno de los socios de la Cooperativa Puerto Digital. Vimos tu postulación para apoyar el
diseño de los cursos de alfabetización digital para adultos mayores que estamos armando con la
municipalidad.

¿Te tinca que nos juntemos a conversar el viernes 10 a las 17:00 en el Café Turri, en el cerro
Concepción? Así te cuento el proyecto y tú nos cuentas cómo trabajas. Si se te complica venir a
Valpo, lo hacemos por Meet, sin drama.

Saludos,
Diego Carrasco
Cooperativa Puerto Digital
Valparaíso
"""

ST_THREAD = """Hola Mariana:

Muchas gracias por la respuesta. Tengo una consulta antes de seguir: ¿el cargo es 100 % remoto o
requiere viajar a Buenos Aires en algún momento del año? Vivo en Santiago.

Saludos,
Carmen

El lun, 27 jul 2026 a las 09:12, Mariana Sosa <msosa@usantelmo.example.edu.ar> escribió:
> Hola Carmen:
>
> Recibimos tu postulación al cargo de Asesora Pedagógica en Educación a Distancia.
> En las próximas semanas el comité evaluará los antecedentes y nos pondremos en contacto con
> quienes avancen a la etapa de entrevistas.
>
> Cordialmente,
> Mariana Sosa
> Secretaría Académica — Universidad de San Telmo
"""

ST_INV = """Hola Carmen:

Gracias por la consulta: el cargo es remoto, con dos viajes al año a la sede (pasajes a cargo de
la universidad).

Y justamente te iba a escribir: el comité leyó tu perfil y quiere entrevistarte. ¿Podés el martes
11 de agosto a las 10 (hora argentina, 10 también en Santiago) por Zoom? Serían 40 minutos con la
Secretaria Académica, el coordinador del campus virtual y yo.

Cordialmente,
Mariana Sosa
Secretaría Académica
Universidad de San Telmo — Defensa 1150, CABA
"""

MAPLE_PANEL = """Hi Carmen,

As discussed on our call, here is the invitation for the panel interview for the
Instructional Designer (Bilingual EN/ES) role.

When: Tuesday, April 21, 10:00-11:30 am Eastern (same clock time in Santiago)
Where: Zoom - https://maplewise.zoom.example.ca/j/84120093311

You'll meet:
- Hannah Greer, Director of Learning Design
- Tomás Ribeiro, Senior Instructional Designer (Spanish programs)
- Kwame Mensah, Product Manager, Teacher Tools

Please prepare a 15-minute walkthrough of a piece of learning you designed; we'll use the rest of
the time for questions. Accept the calendar invite so it lands in everyone's agenda.

Priya Natarajan
Talent Partner | Maplewise Learning
"""

NB_CALL = """Hi Carmen,

Thanks for applying to the Learning Experience Designer position in our Enterprise Learning
team. Your background in classroom instruction and the blended-learning pilot you led caught our
eye.

Would you have 20-30 minutes this Thursday (May 7) or Friday (May 8) for a quick call? I'm
generally free between 1:00 and 4:00 pm Eastern. Let me know what suits and the best number to
reach you.

Kind regards,

Sandra Kowalczyk
Senior Talent Acquisition Partner, Enterprise Functions
Northbridge Bank | 200 Front Street West, Toronto, ON M5V 3K2
T 416-555-0148

This email and any attachments are confidential and may be privileged. If you are not the
intended recipient, please notify the sender and delete this message. Northbridge Bank does not
accept liability for any errors or omissions arising from transmission.
"""

GLA_INV = """Dear Ms Quispe-Lindqvist,

Thank you for your application for the post of Learning Designer (P-2), vacancy GLA/2026/041.
We are pleased to inform you that you have been shortlisted.

The next stage has two parts:
1. A written assessment (2 hours, online, proctored) on Wednesday 12 August 2026, 14:00 CEST.
   You will receive the platform credentials 48 hours beforehand.
2. A competency-based interview with the assessment panel on Wednesday 19 August 2026,
   15:00-15:45 CEST, via Microsoft Teams.

Please confirm your availability for both dates by 6 August.

Yours sincerely,

Anneliese Moreau
Human Resources Officer
Global Learning Alliance
Route de Ferney 150, 1211 Geneva, Switzerland

This message is intended only for the addressee and may contain confidential information.
"""

LEM_INV = """Madame,

Nous avons lu votre candidature avec beaucoup d'intérêt, en particulier votre expérience des
classes multiniveaux et le module sur la lecture que vous avez conçu pour la plateforme de votre
école.

Nous souhaiterions vous rencontrer pour un entretien par visioconférence le mercredi 15 juillet à
15h00 (heure de Genève), avec notre responsable des programmes éducatifs et moi-même. Comptez
environ 45 minutes.

Pourriez-vous me confirmer votre disponibilité ?

Avec mes meilleures salutations,

Claire Rochat
Chargée des ressources humaines
Fondation Lémanique pour l'Éducation
Rue de Lausanne 64, 1202 Genève
+41 22 555 07 31
"""

LEM_APP = """Madame, Monsieur,

Je me permets de vous adresser ma candidature pour le poste de conceptrice pédagogique e-learning
publié sur votre site. Enseignante au primaire à Santiago depuis neuf ans, je conçois depuis
2023 des parcours numériques pour mon établissement.

Vous trouverez mon CV en pièce jointe.

Cordialement,
Carmen Quispe-Lindqvist
"""

LW_INV = """Hallo Carmen,

vielen Dank für Ihre Bewerbung als Instructional Designer (m/w/d) bei Lernwerk Berlin. Ihr Profil
hat uns neugierig gemacht!

Wir möchten Sie gern zu einem ersten Kennenlerngespräch per Video (ca. 45 Minuten) mit Svenja
Hoffmann (People) und Ole Petersen (Lead Learning Design) einladen. Bitte wählen Sie über den
folgenden Link einen passenden Termin:

https://lernwerk.jobs.personio.de/scheduling/7f3c1a

Viele Grüße
Svenja Hoffmann
People & Culture, Lernwerk Berlin
"""

LW_CARMEN_MOVE = """Hallo Frau Hoffmann,

vielen Dank für die Einladung! Ich hatte den Termin am Freitag, 4. September, 15:00 Uhr
gebucht, habe aber gerade erfahren, dass an diesem Tag an meiner Schule die Elternabende
stattfinden. Könnten wir das Gespräch auf Anfang nächster Woche verschieben? Dienstag oder
Mittwoch ab 14:00 Uhr (Berliner Zeit) wäre ideal.

Entschuldigen Sie die Umstände und viele Grüße
Carmen Quispe-Lindqvist
"""

BB_INV = """Sehr geehrte Frau Quispe-Lindqvist,

vielen Dank für Ihre Bewerbung als Referentin für digitale Lernangebote. Ihre Unterlagen haben
uns überzeugt, und wir laden Sie herzlich zu einem Vorstellungsgespräch ein:

Montag, 14. September 2026, 11:00 Uhr
Stiftung Bildungsbrücke, Oranienstraße 185, 10999 Berlin
(alternativ per Video, falls Sie noch nicht in Berlin sind)

Am Gespräch nehmen Herr Dr. Weiß aus dem Vorstand und ich teil.

Bitte bestätigen Sie den Termin kurz per E-Mail.

Mit freundlichen Grüßen
Dr. Katrin Vogel
Programmleitung Digitale Bildung
Stiftung Bildungsbrücke
Oranienstraße 185, 10999 Berlin
Tel. +49 30 555 88 120
"""

BRIGHT_SICK = """Hi Carmen,

Unfortunately Dana is out sick today, so we need to push tomorrow's interview. Really sorry for
the shuffle. I've sent you a fresh Ashby link so you can grab a new slot next week; Dana has
opened up Monday to Wednesday afternoons.

Thanks for your flexibility,
Owen Fraser
Recruiting Lead, Brightloop
"""

KES_INV = """Hi Carmen,

Great news - Harbourfront Learning would like to meet you for the Curriculum Designer (K-8
Literacy) contract.

I've pencilled in a video interview with their Director of Curriculum, Rachel Osei, for Tuesday,
June 16 at 11:00 am Toronto time (same time in Santiago right now). Teams link:
https://teams.harbourfront.example.ca/l/meetup-join/19-kes-0616

It's about 45 minutes. Rachel will want to hear about the reading intervention units you built
and how you'd approach French Immersion versions. Give me a shout if anything comes up.

Cheers,
Jamie Li
Senior Consultant, Education & Learning
Kestrel Talent Partners | 100 King St W, Suite 5600, Toronto
416-555-0192
"""

APT_INV = """Bonjour Carmen,

Merci pour votre candidature au poste de Learning Designer (80-100 %) chez ApprenTech Genève.

Nous aimerions vous proposer un premier entretien vidéo de 30 minutes avec Nicolas Berset,
responsable produit pédagogique. Réservez le créneau qui vous convient via le lien ci-dessous :

https://apply.workable.com/apprentech/j/5C2E81/schedule

À bientôt,
L'équipe ApprenTech Genève
"""

# --- interview invitations ------------------------------------------------------------------

MESSAGES: list[dict] = [
    dict(
        kind="interview_invitation", slug="aprendolab_meet", lang="es",
        company="Aprendo Lab", contact="javiera.rojas@aprendolab.example.cl",
        frm=("Javiera Rojas", "javiera.rojas@aprendolab.example.cl"),
        subject="Entrevista – Diseñadora Instruccional Jr. en Aprendo Lab",
        date="2026-02-16 09:15 -0300", tid="apr_inv",
        text=APR_INV,
    ),
    dict(
        kind="interview_invitation", slug="andina_comision_ics", lang="es",
        company="Universidad Andina del Pacífico", contact="rsalinas@uandina.example.cl",
        frm=("Rodrigo Salinas Mella", "rsalinas@uandina.example.cl"),
        cc=[("Dirección de Educación Virtual", "educacionvirtual@uandina.example.cl")],
        subject="Citación a entrevista con comisión – Concurso 14/2026 Diseñador/a "
                "Instruccional (Valparaíso)",
        subj_enc=("utf-8", "b"),
        date="2026-02-20 12:30 -0300", tid="andina_inv",
        text=ANDINA_INV, html=outlook("es"),
        ics=dict(method="REQUEST", uid="concurso-14-2026-cql@uandina.example.cl", sequence=0,
                 summary="Entrevista comisión Concurso 14/2026 – C. Quispe-Lindqvist",
                 start="2026-03-05 11:00 -0300", end="2026-03-05 12:00 -0300",
                 location="Sala 302, Edificio Rectoría, Av. Brasil 2140, Valparaíso / Zoom",
                 organizer=("Rodrigo Salinas Mella", "rsalinas@uandina.example.cl"),
                 prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
                 inline=True, attach=True),
        headers=[("X-Mailer", "Microsoft Outlook 16.0")],
    ),
    dict(
        kind="interview_invitation", slug="talentia_banco_cordillera", lang="es",
        company="Banco Cordillera", contact="mfuenzalida@talentia.example.cl",
        frm=("Matías Fuenzalida", "mfuenzalida@talentia.example.cl"),
        subject="Entrevista con Banco Cordillera – Diseñadora de Capacitación",
        date="2026-03-10 10:05 -0300", tid="tal_inv", parent="tal_ack",
        text=TAL_INV, html=simple("es"),
    ),
    dict(
        kind="interview_invitation", slug="nandu_greenhouse_link", lang="es",
        company="Ñandú Learning", contact="lucas.benitez@nandu.example.com.ar",
        frm=("Lucas Benítez via Greenhouse", "no-reply@us.greenhouse-mail.io"),
        name_enc=("utf-8", "b"),
        reply_to=("Lucas Benítez", "lucas.benitez@nandu.example.com.ar"),
        subject="Ñandú Learning: coordinemos una primera charla",
        date="2026-02-02 17:10 +0000", tid="nandu_inv",
        text="""Hola Carmen, ¿qué tal?

Te escribo de Ñandú Learning por tu postulación a Instructional Designer (Primaria). Nos gustó
mucho tu perfil y queremos tener una primera charla de 30 minutos con vos, con Sofía Medina
(Learning Lead) y conmigo.

Elegí el horario que mejor te quede desde este link:
https://app.greenhouse.io/scheduling/nandu-learning/3b7f0c9e

La charla es por Google Meet; cuando reserves te llega la invitación con el link.

¡Gracias!
Lucas Benítez
Talent Acquisition — Ñandú Learning
Palermo, Buenos Aires
""",
        html=card("Ñandú Learning", "#0f766e", "es"),
    ),
    dict(
        kind="interview_invitation", slug="ceibo_charla_jueves", lang="es",
        company="Ceibo Digital", contact="lucia.ferreira@ceibo.example.com.uy",
        frm=("Lucía Ferreira", "lucia.ferreira@ceibo.example.com.uy"),
        subject="¿Charlamos el jueves?",
        date="2026-04-14 16:45 -0300", tid="ceibo_inv", parent="ceibo_ack",
        text=CEIBO_INV,
    ),
    dict(
        kind="interview_invitation", slug="platasur_assessment_pdf", lang="es",
        company="Banco del Plata Sur", contact="florencia.aguirre@bancoplatasur.example.com.ar",
        frm=("Florencia Aguirre", "florencia.aguirre@bancoplatasur.example.com.ar"),
        subject="Convocatoria a jornada de evaluación grupal – Analista de Formación e-learning",
        date="2026-03-02 11:00 -0300", tid="plata_inv",
        cte="base64",
        text="""Hola Carmen:

Te escribo de la Universidad Corporativa del Banco del Plata Sur. Después de revisar los
antecedentes, te convocamos a la jornada de evaluación grupal (assessment center) para la
posición de Analista de Formación e-learning.

Día: jueves 12 de marzo de 2026
Horario: 9:00 a 13:00 (hora de Buenos Aires)
Lugar: Reconquista 350, piso 4, CABA. Como vivís en Santiago, podés participar en forma remota
por Teams; avisanos antes del lunes así te mandamos el acceso.

La jornada incluye una dinámica grupal, un caso práctico de diseño de un curso para sucursales y
una entrevista breve con el equipo. Te adjunto la agenda detallada.

Por favor confirmá tu participación respondiendo este correo.

Saludos cordiales,
Florencia Aguirre
Analista Sr. de Selección — Universidad Corporativa
Banco del Plata Sur
Reconquista 350, C1003 CABA | +54 11 5555 3020
""",
        attach=[dict(filename="Agenda_jornada_evaluacion_12-03.pdf",
                     title="Jornada de evaluación grupal – 12/03/2026",
                     lines=["09:00  Bienvenida y presentación de la Universidad Corporativa",
                            "09:20  Dinámica grupal (6 participantes)",
                            "10:30  Pausa",
                            "10:45  Caso práctico: curso e-learning para sucursales",
                            "12:15  Entrevistas individuales (15 min)",
                            "13:00  Cierre"])],
    ),
    dict(
        kind="interview_invitation", slug="edunauta_jornada_prueba", lang="es",
        company="Edunauta", contact="marta.iglesias@edunauta.example.es",
        frm=("Marta Iglesias Calvo", "marta.iglesias@edunauta.example.es"),
        subject="Jornada de prueba en Edunauta – Diseñadora instruccional",
        date="2026-05-14 12:10 +0200", tid="edu_inv",
        text="""Hola, Carmen:

Tras la conversación del martes con Pablo, nos gustaría invitarte a una jornada de prueba con el
equipo de contenidos. Sería en remoto el jueves 21 de mayo, de 9:00 a 14:00 (hora peninsular;
calculo que para ti serán las 3:00, así que si lo prefieres podemos hacerla de 14:00 a 19:00, que
son las 8:00 en Santiago).

Durante la jornada diseñarás un microcurso de unos diez minutos para profesorado de primaria a
partir de un guion que te pasaremos por la mañana, y al final lo presentarás al equipo. La
jornada está remunerada (150 €) y te enviaremos un pequeño acuerdo de colaboración para firmar.

Te envío la convocatoria en el calendario; dime qué franja prefieres.

Un saludo,

Marta Iglesias Calvo
Responsable de Personas
Edunauta · Calle de Fuencarral 121, 28010 Madrid
+34 910 555 214

AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su
destinatario y pueden contener información confidencial. De conformidad con el Reglamento (UE)
2016/679, le informamos de que sus datos se tratan con la finalidad de gestionar procesos de
selección. Puede ejercer sus derechos escribiendo a privacidad@edunauta.example.es.
""",
        html=outlook("es"),
        ics=dict(method="REQUEST", uid="edunauta-prueba-8812@edunauta.example.es", sequence=0,
                 summary="Jornada de prueba Edunauta – Carmen Quispe-Lindqvist",
                 start="2026-05-21 14:00 +0200", end="2026-05-21 19:00 +0200",
                 location="Microsoft Teams",
                 organizer=("Marta Iglesias Calvo", "marta.iglesias@edunauta.example.es"),
                 prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"),
    ),
    dict(
        kind="interview_invitation", slug="alfonsina_llamado", lang="es",
        company="Editorial Alfonsina", contact="vpaz@alfonsina.example.com.ar",
        frm=("Verónica Paz", "vpaz@alfonsina.example.com.ar"),
        subject="Postulación Editora de contenidos digitales – primera charla telefónica",
        date="2026-03-16 15:20 -0300", tid="alf_inv",
        text=ALF_INV,
    ),
    dict(
        kind="interview_invitation", slug="semilla_directorio", lang="es",
        company="Fundación Semilla Educa", contact="pcontreras@semillaeduca.example.org",
        frm=("Paula Contreras", "pcontreras@semillaeduca.example.org"),
        subject="Re: Postulación Coordinadora de Formación Virtual",
        date="2026-02-03 10:02 -0300", tid="semilla_inv", parent="semilla_ack",
        text=reply(SEMILLA_INV, "es", "jue, 8 ene 2026 a las 16:40", "Paula Contreras",
                   "pcontreras@semillaeduca.example.org",
                   "Hola Carmen, recibimos tu CV. Lo revisaremos con el equipo después del "
                   "15 de enero\ny te escribiremos en cualquier caso.\nPaula"),
    ),
    dict(
        kind="interview_invitation", slug="kintu_teamtailor_desafio", lang="es",
        company="Kintu Aprendizaje", contact="ignacio.perez@kintu.example.cl",
        frm=("Kintu Aprendizaje", "kintu@teamtailor-mail.com"),
        reply_to=("Ignacio Pérez", "ignacio.perez@kintu.example.cl"),
        subject="¡Avanzas a la entrevista técnica! – Diseñador/a de Aprendizaje",
        date="2026-03-05 13:00 +0000", tid="kintu_inv",
        text="""Hola Carmen:

¡Buenas noticias! Después de revisar tu postulación al cargo de Diseñador/a de Aprendizaje,
queremos invitarte a la entrevista técnica.

Son 60 minutos con Ignacio Pérez (Lead de Aprendizaje) y una persona del equipo de producto. En
la primera parte revisaremos juntos un desafío breve: te mostraremos una lección de matemáticas
de 5.º básico y conversaremos cómo la rediseñarías para nuestra app. No tienes que preparar nada
antes.

Agenda tu horario aquí:
https://app.teamtailor.com/scheduler/kintu/4c1d-entrevista-tecnica

¡Nos vemos pronto!
Equipo de Personas, Kintu Aprendizaje
""",
        html=card("Kintu Aprendizaje", "#6d28d9", "es",
                  footer="Kintu Aprendizaje · Santiago de Chile · Enviado con Teamtailor"),
    ),
    dict(
        kind="interview_invitation", slug="aula_abierta_citacion", lang="es",
        company="Plan Aula Abierta", contact="rtechera@aulaabierta.example.uy",
        frm=("Rosina Techera", "rtechera@aulaabierta.example.uy"),
        subject="Llamado N.º 37/2026 – Convocatoria a entrevista técnica",
        date="2026-08-05 10:00 -0300", tid="aula_inv",
        cte="base64",
        text="""De nuestra mayor consideración:

Por la presente se le convoca a la instancia de entrevista técnica del Llamado N.º 37/2026
(Diseñador/a Instruccional para cursos de formación docente en línea), según el siguiente
detalle:

Fecha: miércoles 12 de agosto de 2026
Hora: 14:30 (hora de Uruguay)
Modalidad: virtual, mediante Zoom (ID 851 2026 3700, código de acceso 37AA)

Deberá tener a mano su documento de identidad. La entrevista tendrá una duración aproximada de
30 minutos y será realizada por el Tribunal designado.

Sin otro particular, saluda atentamente,

Lic. Rosina Techera
Unidad de Recursos Humanos
Plan Aula Abierta
Av. 18 de Julio 1453, Montevideo — Tel. (+598) 2901 5537
""",
    ),
    dict(
        kind="interview_invitation", slug="puertodigital_cafe", lang="es",
        company="Cooperativa Puerto Digital", contact="diego@puertodigital.example.cl",
        frm=("Diego Carrasco", "diego@puertodigital.example.cl"),
        subject="Conversemos sobre los cursos de alfabetización digital",
        date="2026-04-06 20:14 -0400", tid="pd_inv",
        text=PD_INV,
    ),
    dict(
        kind="interview_invitation", slug="anfd_psicolaboral_ics", lang="es",
        company="Agencia Nacional de Formación Docente", contact="valarcon@anfd.example.cl",
        frm=("Verónica Alarcón Soto", "valarcon@anfd.example.cl"),
        subject="Citación a entrevista – Concurso Profesional Diseño Instruccional "
                "(Código 2026-DI-07)",
        date="2026-07-01 09:40 -0400", tid="anfd_inv",
        charset="iso-8859-1", cte="quoted-printable",
        text="""Estimada Sra. Carmen Quispe-Lindqvist:

Junto con saludar, comunico a usted que, habiendo superado la etapa de evaluación curricular del
concurso del código 2026-DI-07, ha sido seleccionada para la etapa de entrevista de valoración
global ante el Comité de Selección.

Fecha: miércoles 8 de julio de 2026
Hora: 10:00 horas
Lugar: Alameda 1371, piso 6, sala Gabriela Mistral, Santiago

Se adjunta la citación en formato de calendario. En caso de no poder asistir, le solicitamos
informarlo con al menos 48 horas de anticipación.

Saluda atentamente,

Verónica Alarcón Soto
Unidad de Gestión de Personas
Agencia Nacional de Formación Docente
Alameda 1371, Santiago · (+56 2) 2406 7710
""",
        html=outlook("es"),
        ics=dict(method="REQUEST", uid="2026-DI-07-entrevista-cql@anfd.example.cl", sequence=0,
                 summary="Entrevista Comité de Selección 2026-DI-07",
                 start="2026-07-08 10:00 -0400", end="2026-07-08 10:45 -0400",
                 location="Alameda 1371, piso 6, sala Gabriela Mistral, Santiago",
                 organizer=("Verónica Alarcón Soto", "valarcon@anfd.example.cl"),
                 prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
                 inline=False, attach=True),
    ),
    dict(
        kind="interview_invitation", slug="santelmo_hilo_consulta", lang="es",
        company="Universidad de San Telmo", contact="msosa@usantelmo.example.edu.ar",
        frm=("Mariana Sosa", "msosa@usantelmo.example.edu.ar"),
        subject="Re: Consulta sobre el cargo de Asesora Pedagógica en Educación a Distancia",
        date="2026-08-04 12:00 -0300", tid="st_inv",
        refs_extra=["<20260727091200.3f1a@usantelmo.example.edu.ar>",
                    "<20260730184400.77c2e1@mail.example.cl>"],
        text=reply(ST_INV, "es", "jue, 30 jul 2026 a las 18:44", CAND_NAME, CAND_ADDR,
                   ST_THREAD),
        html=simple("es"),
    ),
    # --- English
    dict(
        kind="interview_invitation", slug="maplewise_greenhouse_screen", lang="en",
        company="Maplewise Learning", contact="priya.natarajan@maplewise.example.ca",
        frm=("Priya Natarajan via Greenhouse", "no-reply@us.greenhouse-mail.io"),
        reply_to=("Priya Natarajan", "priya.natarajan@maplewise.example.ca"),
        subject="Next steps with Maplewise Learning - schedule your phone screen",
        date="2026-04-01 14:03 +0000", tid="maple_screen", parent="maple_ack",
        text="""Hi Carmen,

Thanks so much for applying to the Instructional Designer (Bilingual EN/ES) role at Maplewise
Learning. I'd love to set up a 30-minute phone screen to learn more about your background and
tell you a bit about the team.

Please pick a time that works for you using the link below:
https://app.greenhouse.io/scheduling/maplewise/req-2231/0a9e44

If none of the slots work with the time difference, just reply to this email and we'll find
something.

Best,
Priya Natarajan
Talent Partner, Maplewise Learning
""",
        html=card("Maplewise Learning", "#b45309", "en"),
    ),
    dict(
        kind="interview_invitation", slug="maplewise_panel_ics", lang="en",
        company="Maplewise Learning", contact="priya.natarajan@maplewise.example.ca",
        frm=("Priya Natarajan", "priya.natarajan@maplewise.example.ca"),
        subject="Invitation: Panel interview - Instructional Designer (Carmen Quispe-Lindqvist)"
                " @ Tue Apr 21, 2026 10am - 11:30am (EDT)",
        date="2026-04-10 16:22 -0400", tid="maple_panel", parent="maple_screen",
        text=MAPLE_PANEL, html=simple("en"),
        ics=dict(method="REQUEST", uid="7k2p0q9r4m8maplewise@google.example.com", sequence=0,
                 summary="Panel interview - Instructional Designer (Carmen Quispe-Lindqvist)",
                 start="2026-04-21 10:00 -0400", end="2026-04-21 11:30 -0400",
                 location="https://maplewise.zoom.example.ca/j/84120093311",
                 organizer=("Priya Natarajan", "priya.natarajan@maplewise.example.ca"),
                 attendees=[CAND, ("Hannah Greer", "hannah.greer@maplewise.example.ca"),
                            ("Tomás Ribeiro", "tomas.ribeiro@maplewise.example.ca"),
                            ("Kwame Mensah", "kwame.mensah@maplewise.example.ca")],
                 prodid="-//Google Inc//Google Calendar 70.9054//EN",
                 inline=True, attach=True),
    ),
    dict(
        kind="interview_invitation", slug="brightloop_ashby_book", lang="en",
        company="Brightloop", contact="owen@brightloop.example.ca",
        frm=("Brightloop", "no-reply@ashbyhq.com"),
        reply_to=("Owen Fraser", "owen@brightloop.example.ca"),
        subject="Brightloop: book your interview with Dana Whitcombe",
        date="2026-05-11 18:30 +0000", tid="bright_inv",
        text="""Hi Carmen,

Owen from Brightloop here. Thanks for your application for Learning Designer, Teacher
Onboarding - we'd like to invite you to a 45-minute video interview with our Head of Product
Learning, Dana Whitcombe.

Please choose a time that suits you:
https://jobs.ashbyhq.com/brightloop/interview/6f02b9d1

Dana will ask about how you've supported teachers adopting new tools, so have an example or two
in mind. No slides needed.

Talk soon,
Owen
""",
        html=card("Brightloop", "#111827", "en",
                  footer="Sent by Brightloop via Ashby. Reply to this email to reach the "
                         "recruiting team."),
    ),
    dict(
        kind="interview_invitation", slug="northbridge_call_ask", lang="en",
        company="Northbridge Bank", contact="sandra.kowalczyk@northbridgebank.example.ca",
        frm=("Sandra Kowalczyk", "sandra.kowalczyk@northbridgebank.example.ca"),
        subject="Learning Experience Designer - quick call this week?",
        date="2026-05-04 11:05 -0400", tid="nb_inv",
        text=NB_CALL, html=outlook("en"),
        headers=[("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
                 ("Thread-Topic", "Learning Experience Designer - quick call this week?")],
    ),
    dict(
        kind="interview_invitation", slug="kestrel_harbourfront_setup", lang="en",
        company="Harbourfront Learning", contact="jamie.li@kestreltalent.example.ca",
        frm=("Jamie Li", "jamie.li@kestreltalent.example.ca"),
        subject="Harbourfront Learning wants to meet you - Tue June 16",
        date="2026-06-10 09:12 -0400", tid="kes_inv", parent="kes_ack",
        text=KES_INV,
    ),
    dict(
        kind="interview_invitation", slug="gla_written_and_panel", lang="en",
        company="Global Learning Alliance", contact="a.moreau@globallearning.example.ch",
        frm=("Anneliese Moreau", "a.moreau@globallearning.example.ch"),
        subject="Shortlisted: Learning Designer (P-2), GLA/2026/041 - written assessment and "
                "interview",
        date="2026-08-03 10:30 +0200", tid="gla_inv",
        text=GLA_INV, html=outlook("en"),
    ),
    dict(
        kind="interview_invitation", slug="kiezcode_free_thursday", lang="en",
        company="Kiezcode Academy", contact="jonas@kiezcode.example.de",
        frm=("Jonas Brandt", "jonas@kiezcode.example.de"),
        subject="quick chat?",
        date="2026-09-08 21:15 +0200", tid="kiez_inv",
        text="""Hi Carmen,

Loved your portfolio piece on the fractions micro-course - the bit where the kids record their
own explainer videos is exactly the kind of thing we want more of.

Are you free Thursday to chat? Maybe 4pm Berlin / 11am Santiago, 30 minutes on Google Meet.
I'd tell you what we're building for Berlin's Willkommensklassen and you can grill me about it.
If Thursday doesn't work, Friday morning your time is fine too.

Jonas
--
Jonas Brandt
Co-founder, Kiezcode Academy
Skalitzer Str. 104, 10997 Berlin
""",
    ),
    # --- French
    dict(
        kind="interview_invitation", slug="lemanique_reponse_candidature", lang="fr",
        company="Fondation Lémanique pour l'Éducation",
        contact="claire.rochat@fondation-lemanique.example.ch",
        frm=("Claire Rochat", "claire.rochat@fondation-lemanique.example.ch"),
        subject="RE: Candidature – Conceptrice pédagogique e-learning",
        date="2026-07-08 14:20 +0200", tid="lem_inv", parent="lem_app",
        text=reply(LEM_INV, "fr", "lun. 29 juin 2026 à 18:05", CAND_NAME, CAND_ADDR, LEM_APP),
        html=simple("fr"),
    ),
    dict(
        kind="interview_invitation", slug="apprentech_workable_creneau", lang="fr",
        company="ApprenTech Genève", contact="nicolas.berset@apprentech.example.ch",
        frm=("ApprenTech Genève", "noreply@candidates.workablemail.com"),
        reply_to=("Nicolas Berset", "nicolas.berset@apprentech.example.ch"),
        subject="ApprenTech Genève – choisissez votre créneau d'entretien",
        date="2026-07-20 08:00 +0000", tid="apt_inv",
        text=APT_INV, html_only=True,
        html=card("ApprenTech Genève", "#dc2626", "fr",
                  footer="Propulsé par Workable. Vous recevez ce message parce que vous avez "
                         "postulé chez ApprenTech Genève."),
    ),
    dict(
        kind="interview_invitation", slug="rmb_journee_evaluation", lang="fr",
        company="Banque Rhône-Mont-Blanc", contact="helene.dufaux@banque-rmb.example.ch",
        frm=("Hélène Dufaux", "helene.dufaux@banque-rmb.example.ch"),
        name_enc=("iso-8859-1", "q"),
        subject="Invitation à notre journée d'évaluation - Concepteur·rice pédagogique "
                "e-learning",
        subj_enc=("iso-8859-1", "q"),
        date="2026-07-15 11:45 +0200", tid="rmb_inv",
        charset="iso-8859-1", cte="quoted-printable",
        text="""Madame Quispe-Lindqvist,

Suite à l'examen de votre dossier, nous avons le plaisir de vous convier à la journée
d'évaluation organisée pour le poste de Concepteur·rice pédagogique e-learning au sein de notre
Académie interne.

Date : mardi 28 juillet 2026, de 8h30 à 16h00
Lieu : Banque Rhône-Mont-Blanc, Quai des Bergues 23, 1201 Genève, salle Salève (3e étage)

Au programme : mise en situation en groupe, étude de cas (conception d'un module de conformité
pour nos conseillers), entretien individuel avec la responsable de l'Académie et test de
personnalité en ligne. Le repas de midi est offert.

Si vous ne pouvez pas vous déplacer, une participation à distance est possible pour les
candidat·e·s résidant hors d'Europe : merci de nous le signaler avant le 21 juillet.

Vous trouverez l'invitation de calendrier en pièce jointe.

Meilleures salutations,

Hélène Dufaux
Responsable recrutement
Banque Rhône-Mont-Blanc
Quai des Bergues 23 · 1201 Genève · +41 22 555 40 12
""",
        ics=dict(method="REQUEST", uid="rmb-ac-2026-07-28-0042@banque-rmb.example.ch",
                 sequence=0,
                 summary="Journée d'évaluation – Académie BRMB",
                 start="2026-07-28 08:30 +0200", end="2026-07-28 16:00 +0200",
                 location="Quai des Bergues 23, 1201 Genève, salle Salève",
                 organizer=("Hélène Dufaux", "helene.dufaux@banque-rmb.example.ch"),
                 inline=False, attach=True),
    ),
    # --- German
    dict(
        kind="interview_invitation", slug="lernwerk_personio_kennenlernen", lang="de",
        company="Lernwerk Berlin", contact="svenja.hoffmann@lernwerk.example.de",
        frm=("Lernwerk Berlin", "noreply@mail.personio.de"),
        reply_to=("Svenja Hoffmann", "svenja.hoffmann@lernwerk.example.de"),
        subject="Einladung zum Kennenlerngespräch – Instructional Designer (m/w/d)",
        date="2026-09-02 09:14 +0000", tid="lw_inv", parent="lw_ack",
        text=LW_INV, html=card("Lernwerk Berlin", "#0e7490", "de"),
    ),
    dict(
        kind="interview_invitation", slug="bildungsbruecke_vorstellung", lang="de",
        company="Stiftung Bildungsbrücke", contact="k.vogel@bildungsbruecke.example.de",
        frm=("Dr. Katrin Vogel", "k.vogel@bildungsbruecke.example.de"),
        subject="Einladung zum Vorstellungsgespräch – Referentin digitale Lernangebote",
        subj_enc=("utf-8", "b"),
        date="2026-09-07 13:30 +0200", tid="bb_inv",
        text=BB_INV,
    ),
]

# --- reschedules and cancellations ----------------------------------------------------------

MESSAGES += [
    dict(
        kind="interview_reschedule_or_cancel", slug="aprendolab_mover_miercoles", lang="es",
        company="Aprendo Lab", contact="javiera.rojas@aprendolab.example.cl",
        frm=("Javiera Rojas", "javiera.rojas@aprendolab.example.cl"),
        subject="Re: Entrevista – Diseñadora Instruccional Jr. en Aprendo Lab",
        date="2026-02-18 17:40 -0300", tid="apr_move", parent="apr_inv",
        refs_extra=[],
        text=reply(
            """Carmen, perdona el cambio a última hora: a Felipe le tocó viajar a Concepción
el jueves y no alcanza a volver. ¿Te podemos mover la conversación al miércoles 25 a las
15:30? Mismo link de Meet. Si no te calza, dime y buscamos otro hueco esa semana.

Un abrazo,
Javiera""", "es", "mar, 17 feb 2026 a las 08:51", CAND_NAME, CAND_ADDR,
            APR_CARMEN_OK + "\n" + reply("", "es", "lun, 16 feb 2026 a las 09:15",
                                        "Javiera Rojas",
                                        "javiera.rojas@aprendolab.example.cl",
                                        APR_INV).strip()),
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="andina_cancel_ics", lang="es",
        company="Universidad Andina del Pacífico", contact="rsalinas@uandina.example.cl",
        frm=("Rodrigo Salinas Mella", "rsalinas@uandina.example.cl"),
        subject="Cancelada: Entrevista comisión Concurso 14/2026 – C. Quispe-Lindqvist",
        date="2026-03-03 08:50 -0300", tid="andina_cancel", parent="andina_inv",
        text="""Estimada Sra. Quispe-Lindqvist:

Le informo que la entrevista del jueves 5 de marzo queda sin efecto, ya que dos integrantes de
la comisión deben asistir ese mismo día a la sesión extraordinaria del Consejo Académico.

El concurso sigue vigente y su postulación continúa en carrera. Durante las próximas semanas le
propondremos una nueva fecha. Le pido disculpas por las molestias.

Atentamente,
Rodrigo Salinas Mella
Coordinador de Selección Académica — Universidad Andina del Pacífico
""",
        html=outlook("es"),
        ics=dict(method="CANCEL", uid="concurso-14-2026-cql@uandina.example.cl", sequence=1,
                 summary="Entrevista comisión Concurso 14/2026 – C. Quispe-Lindqvist",
                 start="2026-03-05 11:00 -0300", end="2026-03-05 12:00 -0300",
                 location="Sala 302, Edificio Rectoría, Av. Brasil 2140, Valparaíso / Zoom",
                 organizer=("Rodrigo Salinas Mella", "rsalinas@uandina.example.cl"),
                 prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"),
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="ceibo_martin_engripado", lang="es",
        company="Ceibo Digital", contact="lucia.ferreira@ceibo.example.com.uy",
        frm=("Lucía Ferreira", "lucia.ferreira@ceibo.example.com.uy"),
        subject="Re: ¿Charlamos el jueves?",
        date="2026-04-15 19:02 -0300", tid="ceibo_move", parent="ceibo_inv",
        text=reply(CEIBO_ILL, "es", "mar, 14 abr 2026 a las 18:20", CAND_NAME, CAND_ADDR,
                   CEIBO_CARMEN_OK + "\n" + reply("", "es", "mar, 14 abr 2026 a las 16:45",
                                                  "Lucía Ferreira",
                                                  "lucia.ferreira@ceibo.example.com.uy",
                                                  CEIBO_INV).strip()),
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="talentia_cambio_teams", lang="es",
        company="Banco Cordillera", contact="mfuenzalida@talentia.example.cl",
        frm=("Matías Fuenzalida", "mfuenzalida@talentia.example.cl"),
        subject="RE: Entrevista con Banco Cordillera – Diseñadora de Capacitación",
        date="2026-03-13 16:20 -0300", tid="tal_move", parent="tal_inv",
        text=outlook_reply(TAL_MOVE, "es", "Matías Fuenzalida <mfuenzalida@talentia.example.cl>",
                           "martes, 10 de marzo de 2026 10:05",
                           "Carmen Quispe-Lindqvist <carmen.ql@example.cl>",
                           "Entrevista con Banco Cordillera – Diseñadora de Capacitación",
                           TAL_INV),
        html=outlook("es"),
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="edunauta_viernes_seq1", lang="es",
        company="Edunauta", contact="marta.iglesias@edunauta.example.es",
        frm=("Marta Iglesias Calvo", "marta.iglesias@edunauta.example.es"),
        subject="Actualizada: Jornada de prueba Edunauta – Carmen Quispe-Lindqvist "
                "(vie 22/05 14:00-19:00)",
        date="2026-05-20 09:30 +0200", tid="edu_move", parent="edu_inv",
        text="""Hola, Carmen:

Tenemos que mover tu jornada de prueba al viernes 22, en la misma franja de tarde (14:00 a 19:00
hora peninsular, 8:00 a 13:00 en Santiago). El jueves nos cae la auditoría de calidad del
Ministerio y no podría acompañarte nadie del equipo.

Te he actualizado la convocatoria del calendario; acéptala de nuevo, por favor.

Un saludo,
Marta
""",
        html=outlook("es"),
        ics=dict(method="REQUEST", uid="edunauta-prueba-8812@edunauta.example.es", sequence=1,
                 summary="Jornada de prueba Edunauta – Carmen Quispe-Lindqvist",
                 start="2026-05-22 14:00 +0200", end="2026-05-22 19:00 +0200",
                 location="Microsoft Teams",
                 organizer=("Marta Iglesias Calvo", "marta.iglesias@edunauta.example.es"),
                 prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"),
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="santelmo_suspendida", lang="es",
        company="Universidad de San Telmo", contact="msosa@usantelmo.example.edu.ar",
        frm=("Mariana Sosa", "msosa@usantelmo.example.edu.ar"),
        subject="Entrevista de mañana – suspendida",
        date="2026-08-10 18:30 -0300", tid="st_cancel", parent="st_inv",
        text="""Carmen, buenas tardes:

Te escribo para avisarte que suspendemos la entrevista de mañana martes a las 10. La Secretaria
Académica tuvo que viajar de urgencia a la sede de Rosario y queremos que esté en la charla.

La búsqueda sigue abierta y tu postulación sigue en pie; apenas tenga la agenda de ella te paso
dos o tres opciones para la semana que viene. Disculpá el aviso tardío.

Cordialmente,
Mariana Sosa
Secretaría Académica — Universidad de San Telmo
""",
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="anfd_modalidad_online", lang="es",
        company="Agencia Nacional de Formación Docente", contact="valarcon@anfd.example.cl",
        frm=("Verónica Alarcón Soto", "valarcon@anfd.example.cl"),
        subject="Actualización: Entrevista Comité de Selección 2026-DI-07",
        date="2026-07-06 15:10 -0400", tid="anfd_move", parent="anfd_inv",
        charset="iso-8859-1", cte="8bit",
        text="""Estimada Sra. Quispe-Lindqvist:

Por razones de agenda del Comité, la entrevista del miércoles 8 de julio se realizará en
modalidad remota (Microsoft Teams) y a las 15:00 horas, en lugar de las 10:00 horas en forma
presencial.

Se envía la citación actualizada. Las demás condiciones se mantienen.

Saluda atentamente,
Verónica Alarcón Soto
Unidad de Gestión de Personas - ANFD
""",
        ics=dict(method="REQUEST", uid="2026-DI-07-entrevista-cql@anfd.example.cl", sequence=1,
                 summary="Entrevista Comité de Selección 2026-DI-07 (Teams)",
                 start="2026-07-08 15:00 -0400", end="2026-07-08 15:45 -0400",
                 location="Microsoft Teams",
                 organizer=("Verónica Alarcón Soto", "valarcon@anfd.example.cl"),
                 prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
                 inline=False, attach=True),
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="kintu_teamtailor_reprogramada", lang="es",
        company="Kintu Aprendizaje", contact="",
        frm=("Kintu Aprendizaje", "kintu@teamtailor-mail.com"),
        subject="Tu entrevista con Kintu Aprendizaje fue reprogramada",
        date="2026-03-09 14:22 +0000", tid="kintu_move", parent="kintu_inv",
        text="""Hola Carmen:

Ignacio Pérez reprogramó tu entrevista técnica para el cargo de Diseñador/a de Aprendizaje.

Nueva fecha: miércoles 11 de marzo de 2026
Hora: 17:00 – 18:00 (hora de Santiago)
Lugar: Google Meet (el enlace está en la invitación del calendario)

Si la nueva hora no te acomoda, puedes elegir otra aquí:
https://app.teamtailor.com/scheduler/kintu/4c1d-entrevista-tecnica/reschedule

Equipo de Personas, Kintu Aprendizaje
""",
        html=card("Kintu Aprendizaje", "#6d28d9", "es",
                  footer="Este es un mensaje automático de Teamtailor en nombre de Kintu "
                         "Aprendizaje."),
        headers=[("Auto-Submitted", "auto-generated")],
    ),
    # --- English
    dict(
        kind="interview_reschedule_or_cancel", slug="maplewise_panel_thursday", lang="en",
        company="Maplewise Learning", contact="priya.natarajan@maplewise.example.ca",
        frm=("Priya Natarajan", "priya.natarajan@maplewise.example.ca"),
        subject="Updated invitation: Panel interview - Instructional Designer (Carmen "
                "Quispe-Lindqvist) @ Thu Apr 23, 2026 10am - 11:30am (EDT)",
        date="2026-04-15 13:48 -0400", tid="maple_move", parent="maple_panel",
        text="""Hi Carmen,

One of our panelists has a conflict on the 21st, so I've moved the panel to Thursday, April 23,
same time (10:00-11:30 am Eastern, which is also 10:00 in Santiago). The Zoom link hasn't changed.

This event has been changed:
When: Thu Apr 23, 2026 10am - 11:30am (EDT)  (was Tue Apr 21)

Sorry for the juggling - let me know if Thursday doesn't work.
Priya
""",
        html=simple("en"),
        ics=dict(method="REQUEST", uid="7k2p0q9r4m8maplewise@google.example.com", sequence=1,
                 summary="Panel interview - Instructional Designer (Carmen Quispe-Lindqvist)",
                 start="2026-04-23 10:00 -0400", end="2026-04-23 11:30 -0400",
                 location="https://maplewise.zoom.example.ca/j/84120093311",
                 organizer=("Priya Natarajan", "priya.natarajan@maplewise.example.ca"),
                 attendees=[CAND, ("Hannah Greer", "hannah.greer@maplewise.example.ca"),
                            ("Tomás Ribeiro", "tomas.ribeiro@maplewise.example.ca"),
                            ("Kwame Mensah", "kwame.mensah@maplewise.example.ca")],
                 prodid="-//Google Inc//Google Calendar 70.9054//EN",
                 inline=True, attach=True),
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="brightloop_dana_sick", lang="en",
        company="Brightloop", contact="owen@brightloop.example.ca",
        frm=("Owen Fraser", "owen@brightloop.example.ca"),
        subject="Tomorrow's interview - need to move it",
        date="2026-05-13 10:05 -0400", tid="bright_move", parent="bright_inv",
        text=BRIGHT_SICK,
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="northbridge_offsite_cancel", lang="en",
        company="Northbridge Bank", contact="sandra.kowalczyk@northbridgebank.example.ca",
        frm=("Sandra Kowalczyk", "sandra.kowalczyk@northbridgebank.example.ca"),
        subject="RE: Learning Experience Designer - quick call this week?",
        date="2026-05-08 08:41 -0400", tid="nb_cancel", parent="nb_inv",
        text=outlook_reply(
            """Hi Carmen,

I'm so sorry - I need to cancel our call at 2:00 this afternoon. I've just been pulled into an
all-day leadership offsite that was scheduled at short notice. I'll reach out early next week
with a couple of new times.

Kind regards,
Sandra""", "en", "Carmen Quispe-Lindqvist <carmen.ql@example.cl>",
            "Monday, May 4, 2026 4:37 PM",
            "Sandra Kowalczyk <sandra.kowalczyk@northbridgebank.example.ca>",
            "Re: Learning Experience Designer - quick call this week?",
            """Hi Sandra,

Thank you for reaching out! Friday, May 8 at 2:00 pm Eastern works well for me. You can reach
me on WhatsApp or by phone at +56 9 5412 8830.

Best regards,
Carmen"""),
        html=outlook("en"),
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="gla_written_moved", lang="en",
        company="Global Learning Alliance", contact="a.moreau@globallearning.example.ch",
        frm=("Anneliese Moreau", "a.moreau@globallearning.example.ch"),
        subject="RE: Shortlisted: Learning Designer (P-2), GLA/2026/041 - revised date for the "
                "written assessment",
        date="2026-08-10 09:05 +0200", tid="gla_move", parent="gla_inv",
        text=outlook_reply(
            """Dear Ms Quispe-Lindqvist,

Owing to a maintenance window on our testing platform, the written assessment scheduled for
Wednesday 12 August is moved to Friday 14 August 2026, 14:00 CEST (08:00 in Santiago). Your
credentials will be re-sent on 12 August.

The panel interview remains on Wednesday 19 August at 15:00 CEST.

We apologise for the inconvenience.

Yours sincerely,
Anneliese Moreau
Human Resources Officer, Global Learning Alliance""", "en",
            "Anneliese Moreau <a.moreau@globallearning.example.ch>",
            "Monday, 3 August 2026 10:30",
            "Carmen Quispe-Lindqvist <carmen.ql@example.cl>",
            "Shortlisted: Learning Designer (P-2), GLA/2026/041 - written assessment and "
            "interview", GLA_INV),
        html=outlook("en"),
    ),
    # --- French
    dict(
        kind="interview_reschedule_or_cancel", slug="lemanique_report_vendredi", lang="fr",
        company="Fondation Lémanique pour l'Éducation",
        contact="claire.rochat@fondation-lemanique.example.ch",
        frm=("Claire Rochat", "claire.rochat@fondation-lemanique.example.ch"),
        subject="Invitation modifiée : Entretien – Conceptrice pédagogique (ven. 17 juil. 14:00)",
        date="2026-07-13 09:12 +0200", tid="lem_move", parent="lem_inv",
        text="""Bonjour Madame Quispe-Lindqvist,

Notre responsable des programmes éducatifs sera en déplacement mercredi : je me permets donc de
déplacer notre entretien au vendredi 17 juillet à 14h00 (heure de Genève, 8h00 à Santiago). Le
lien de visioconférence reste le même.

Je vous ai envoyé l'invitation mise à jour. Merci de me dire si ce nouvel horaire vous convient.

Bien cordialement,
Claire Rochat
Fondation Lémanique pour l'Éducation
""",
        html=simple("fr"),
        ics=dict(method="REQUEST", uid="lem-entretien-cql-0715@fondation-lemanique.example.ch",
                 sequence=1,
                 summary="Entretien – Conceptrice pédagogique e-learning (C. Quispe-Lindqvist)",
                 start="2026-07-17 14:00 +0200", end="2026-07-17 14:45 +0200",
                 location="Visioconférence (Zoom)",
                 organizer=("Claire Rochat", "claire.rochat@fondation-lemanique.example.ch"),
                 inline=True, attach=False),
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="apprentech_annule_ics", lang="fr",
        company="ApprenTech Genève", contact="nicolas.berset@apprentech.example.ch",
        frm=("Nicolas Berset", "nicolas.berset@apprentech.example.ch"),
        subject="Annulé : Entretien ApprenTech – Carmen Quispe-Lindqvist",
        date="2026-07-23 17:35 +0200", tid="apt_cancel", parent="apt_inv",
        text="""Bonjour Carmen,

Je dois malheureusement annuler notre entretien de vendredi : nous avons une mise en production
de la plateforme ce jour-là et je serai mobilisé toute la journée.

Le poste reste bien ouvert et votre candidature nous intéresse. Je reviens vers vous d'ici mardi
avec deux nouvelles propositions de créneau.

Toutes mes excuses,
Nicolas Berset
Responsable produit pédagogique, ApprenTech Genève
""",
        ics=dict(method="CANCEL", uid="apt-entretien-5C2E81-cql@apprentech.example.ch",
                 sequence=2,
                 summary="Entretien ApprenTech – Carmen Quispe-Lindqvist",
                 start="2026-07-24 10:00 +0200", end="2026-07-24 10:30 +0200",
                 location="Microsoft Teams",
                 organizer=("Nicolas Berset", "nicolas.berset@apprentech.example.ch"),
                 inline=True, attach=True),
    ),
    # --- German
    dict(
        kind="interview_reschedule_or_cancel", slug="lernwerk_neuer_termin", lang="de",
        company="Lernwerk Berlin", contact="svenja.hoffmann@lernwerk.example.de",
        frm=("Svenja Hoffmann", "svenja.hoffmann@lernwerk.example.de"),
        subject="Re: Einladung zum Kennenlerngespräch – neuer Termin",
        date="2026-09-04 10:20 +0200", tid="lw_move", parent="lw_carmen_move",
        text=reply("""Hallo Carmen,

kein Problem, das verstehen wir gut. Ich habe den Termin verschoben auf

Dienstag, 8. September 2026, 15:00 Uhr (Berlin) / 10:00 Uhr (Santiago)

Den neuen Videolink bekommen Sie gleich per Kalendereinladung. Ole ist wieder dabei.

Viele Grüße
Svenja Hoffmann
People & Culture, Lernwerk Berlin""", "de", "03.09.2026 um 15:12", CAND_NAME, CAND_ADDR,
                   LW_CARMEN_MOVE),
    ),
]

# --- missed interviews ----------------------------------------------------------------------

MESSAGES += [
    dict(
        kind="missed_interview_notice", slug="nandu_no_te_conectaste", lang="es",
        company="Ñandú Learning", contact="lucas.benitez@nandu.example.com.ar",
        frm=("Lucas Benítez", "lucas.benitez@nandu.example.com.ar"),
        subject="No te vimos en la charla de hoy",
        date="2026-02-10 11:24 -0300", tid="nandu_missed", parent="nandu_inv",
        text="""Hola Carmen,

Te esperamos con Sofi en el Meet de las 11 y no te pudiste conectar. ¿Está todo bien?

Si tuviste algún problema con el link o con la hora, avisame y vemos si encontramos otro hueco
esta semana, aunque te aviso que la agenda de Sofi está bastante cargada.

Saludos,
Lucas
""",
    ),
    dict(
        kind="missed_interview_notice", slug="ceibo_dos_llamadas", lang="es",
        company="Ceibo Digital", contact="lucia.ferreira@ceibo.example.com.uy",
        frm=("Lucía Ferreira", "lucia.ferreira@ceibo.example.com.uy"),
        subject="Hoy 10:00 – no pudimos comunicarnos",
        date="2026-04-20 10:31 -0300", tid="ceibo_missed", parent="ceibo_move",
        text="""Hola Carmen,

Con Martín te llamamos dos veces a las 10:00 (9:00 en Santiago) al +56 9 5412 8830 y no
tuvimos respuesta; también te dejamos un WhatsApp.

Ojalá no haya pasado nada. Cuando puedas, contanos qué pasó y si seguís interesada en el
proceso.

Lucía
""",
    ),
    dict(
        kind="missed_interview_notice", slug="talentia_claudia_esperando", lang="es",
        company="Banco Cordillera", contact="mfuenzalida@talentia.example.cl",
        frm=("Matías Fuenzalida", "mfuenzalida@talentia.example.cl"),
        subject="¿Qué pasó con la entrevista del banco?",
        date="2026-03-17 12:26 -0300", tid="tal_missed", parent="tal_move",
        text="""Carmen, ¿todo bien?

Claudia Ibarra me acaba de escribir: te estuvo esperando en Teams desde las 12:00 y no entraste.
Me pregunta si sigues en el proceso. Te llamé al celular pero me salió apagado.

Escríbeme apenas puedas para ver si logro rescatar la entrevista con el banco.

Matías Fuenzalida
Talentia Consultores
+56 9 8877 2314
""",
    ),
    dict(
        kind="missed_interview_notice", slug="alfonsina_buzon", lang="es",
        company="Editorial Alfonsina", contact="vpaz@alfonsina.example.com.ar",
        frm=("Verónica Paz", "vpaz@alfonsina.example.com.ar"),
        subject="Re: Postulación Editora de contenidos digitales – primera charla telefónica",
        date="2026-03-19 16:18 -0300", tid="alf_missed", parent="alf_inv",
        text=reply("""Carmen, te llamé a las 16 en punto y después a las 16:10, pero me saltó el
contestador las dos veces. Te dejé un mensaje de voz.

Si querés, decime otro horario para esta semana o la próxima.

Verónica""", "es", "lun, 16 mar 2026 a las 15:20", "Verónica Paz",
                   "vpaz@alfonsina.example.com.ar", ALF_INV),
    ),
    dict(
        kind="missed_interview_notice", slug="aula_abierta_no_presento", lang="es",
        company="Plan Aula Abierta", contact="rtechera@aulaabierta.example.uy",
        frm=("Rosina Techera", "rtechera@aulaabierta.example.uy"),
        subject="Llamado N.º 37/2026 – Inasistencia a entrevista técnica",
        date="2026-08-12 15:32 -0300", tid="aula_missed", parent="aula_inv",
        text="""De nuestra mayor consideración:

Se deja constancia de que la postulante Carmen Quispe-Lindqvist no se conectó a la entrevista
técnica agendada para el día de hoy, miércoles 12 de agosto, a las 14:30 horas. El Tribunal
aguardó quince minutos en la sala virtual.

Si existió un inconveniente de fuerza mayor, dispone de 48 horas hábiles para justificarlo por
esta vía.

Saluda atentamente,
Lic. Rosina Techera
Unidad de Recursos Humanos — Plan Aula Abierta
""",
        html=simple("es"),
    ),
    dict(
        kind="missed_interview_notice", slug="chamberi_sala_zoom", lang="es",
        company="Universidad Abierta de Chamberí",
        contact="inmaculada.barrios@uachamberi.example.es",
        frm=("Inmaculada Barrios", "inmaculada.barrios@uachamberi.example.es"),
        subject="Entrevista de esta mañana – Técnica de diseño instruccional",
        date="2026-06-16 10:40 +0200", tid="cham_missed",
        charset="windows-1252", cte="quoted-printable",
        text="""Estimada Sra. Quispe-Lindqvist:

La estuvimos esperando en la sala de Zoom a las 10:00 (hora de Madrid) para la entrevista del
puesto de Técnica de diseño instruccional, pero no llegó a conectarse.

Entendemos que ha podido haber una confusión con la diferencia horaria: a esa hora en Santiago
eran las 4:00 de la madrugada, y quizá debimos proponerle otra franja. Si sigue interesada,
indíquenos por favor dos o tres horarios posibles en la próxima semana.

Un cordial saludo,

Inmaculada Barrios
Servicio de Selección de PDI y PTGAS
Universidad Abierta de Chamberí
C/ de Santa Engracia 48 – 28010 Madrid
""",
        html=outlook("es"),
    ),
    # --- English
    dict(
        kind="missed_interview_notice", slug="brightloop_waited_zoom", lang="en",
        company="Brightloop", contact="owen@brightloop.example.ca",
        frm=("Owen Fraser", "owen@brightloop.example.ca"),
        subject="Missed you today",
        date="2026-05-19 13:22 -0400", tid="bright_missed", parent="bright_move",
        text="""Hi Carmen,

We had you down for 1:00 pm today (Eastern) with Dana - we waited on Zoom for about 15 minutes
but didn't see you join. I hope everything's OK.

Could you let me know what happened? If it was a calendar mix-up, I'll see whether Dana can
squeeze in another slot before Friday.

Owen
""",
    ),
    dict(
        kind="missed_interview_notice", slug="kestrel_client_no_show", lang="en",
        company="Harbourfront Learning", contact="jamie.li@kestreltalent.example.ca",
        frm=("Jamie Li", "jamie.li@kestreltalent.example.ca"),
        subject="Re: Harbourfront Learning wants to meet you - Tue June 16",
        date="2026-06-16 11:19 -0400", tid="kes_missed", parent="kes_inv",
        text=reply("""Carmen - Rachel just pinged me. She's been sitting in the Teams room since
11:00 and you haven't dialled in. Tried your mobile as well, straight to voicemail.

If you can jump on in the next few minutes she'll still take the call; otherwise let me know
what happened and I'll try to smooth it over.

Jamie""", "en", "Wed, Jun 10, 2026 at 9:12 AM", "Jamie Li",
                   "jamie.li@kestreltalent.example.ca", KES_INV),
    ),
    # --- French
    dict(
        kind="missed_interview_notice", slug="apprentech_attendue_teams", lang="fr",
        company="ApprenTech Genève", contact="nicolas.berset@apprentech.example.ch",
        frm=("Nicolas Berset", "nicolas.berset@apprentech.example.ch"),
        subject="Notre entretien de ce matin",
        date="2026-08-04 10:27 +0200", tid="apt_missed", parent="apt_cancel",
        text="""Bonjour Carmen,

Nous vous avons attendue sur Teams ce matin à 10h00 comme convenu, mais vous ne vous êtes pas
connectée. Je vous ai également envoyé un message sur le numéro indiqué dans votre CV.

J'espère que tout va bien de votre côté. Faites-moi signe si vous souhaitez que nous fixions un
autre moment.

Cordialement,
Nicolas Berset
ApprenTech Genève
""",
    ),
    # --- German
    dict(
        kind="missed_interview_notice", slug="havelbank_zweimal_angerufen", lang="de",
        company="Havelbank", contact="frank.lindemann@havelbank.example.de",
        frm=("Frank Lindemann", "frank.lindemann@havelbank.example.de"),
        subject="Unser Telefoninterview heute um 10:00 Uhr",
        date="2026-09-09 10:41 +0200", tid="havel_missed",
        text="""Sehr geehrte Frau Quispe-Lindqvist,

wir hatten für heute um 10:00 Uhr ein Telefoninterview zur Stelle Referent/in Lerndesign in
unserer Havelbank-Akademie vereinbart. Ich habe Sie zweimal unter +56 9 5412 8830 angerufen,
leider ohne Erfolg, und Ihnen auf die Mailbox gesprochen.

Bitte melden Sie sich kurz, ob Sie weiterhin Interesse an der Position haben.

Mit freundlichen Grüßen
Frank Lindemann
Personalreferent, Havelbank
Am Kupfergraben 4, 10117 Berlin
Tel. +49 30 555 24 410
""",
        html=outlook("de"),
    ),
]
