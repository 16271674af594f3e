"""Corpus 211: interview invitations, reschedules / cancellations and missed-interview notices.
Every message here is written by hand for this corpus."""

from msgs211_common import (
    CAND,
    aecrit_fr,
    ats_card,
    button,
    escribio_es,
    html_page,
    mso,
    mso_quote,
    outlook_block,
    outlook_html,
    paras,
    quote,
    schrieb_de,
    wrote_en,
)
from msgs211_other import APOLOGY_TURIA

CAND_ICS = ("Mireia Castellví-Hoang", "mireia.ch@example.es")

# ------------------------------------------------------------------ texts quoted later

TURIA_MISSED = """Hola, Mireia:

Te hemos estado esperando en la sala de Teams desde las 11:00 hasta las 11:20, con la
vicerrectora adjunta y con Amparo, de la Unidad de Innovación Docente. No hemos recibido
ningún mensaje tuyo.

¿Ha ocurrido algo? Dime algo cuando puedas.

Vicent"""

BRIGHTLOOM_MOVE = """Hi Mireia,

Our hiring manager has a clash on Thursday, so we have moved your call to Friday 6 February,
15:00 Irish time. Same Zoom link. Let me know if that is a problem.

Siobhan"""

MEDIT_ILL = """Hola Mireia:

Te escribo porque Andrés Climent, el responsable de la Academia que iba a hacerte la
entrevista del miércoles 20, está de baja por enfermedad esta semana.

La pasamos al viernes 22 de mayo a las 10:00. Esta vez será una llamada telefónica al número
que indicaste en tu candidatura (acabado en 31), no una videollamada.

Disculpa el cambio.
Rocío"""

GAELWAVE_INVITE = """Hi Mireia,

Great news: Gaelwave Software would like to meet you for the Learning Designer role.

Interview: Wednesday 17 June, 11:00-12:00 (Irish time)
Where: Gaelwave, 3rd floor, 40 Hanover Quay, Dublin 2 (video is fine if you cannot travel)
Who: Fionnuala Grant (Head of Customer Education) and Ravi Menon (Product Designer)

They will ask you to walk through one piece of work for ten minutes. Bring whatever you are
proudest of.

Can you confirm by Friday?

Niamh"""

LLEVANT_CONFIRM = """¡Hola, Sara! Confirmado: mañana a las 17:00 por Google Meet. Allí estaré.
Gracias,
Mireia"""

MESSAGES = [
    # ================================================================== interview_invitation
    # ------------------------------------------------------------------ es
    dict(
        name="aulaclara_panel", kind="interview_invitation", lang="es",
        id="aulaclara-invite", parent="aulaclara-ack",
        company="Aula Clara", contact="elisenda.mas@aulaclara.example.es",
        date="2026-02-10 09:30 +0100",
        frm=("Elisenda Mas", "elisenda.mas@aulaclara.example.es"),
        to=[CAND],
        cc=[("Carmen Ortiz", "carmen.ortiz@aulaclara.example.es")],
        subject="Entrevista con el equipo de Aula Clara – martes 17 de febrero",
        headers=[("X-Mailer", "Microsoft Outlook 16.0"),
                 ("Content-Class", "urn:content-classes:calendarmessage")],
        text="""Hola, Mireia:

Después de revisar tu candidatura y tu portafolio, nos gustaría conocerte en persona. Te
enviamos una convocatoria para una entrevista con el equipo:

- Martes 17 de febrero, de 10:00 a 11:00
- Oficinas de Aula Clara, C/ de Pallars 190, 4.ª planta, Barcelona (también por Teams si te
  resulta imposible venir)
- Estaremos Biel Roca (Producto), Carmen Ortiz (Personas) y yo

Te pediremos que nos presentes, en 15 minutos, una unidad que hayas convertido a formato
digital. Acepta la convocatoria del calendario para confirmar.

Un saludo,

Elisenda Mas
Head of Learning Design · Aula Clara
C/ de Pallars 190, 08005 Barcelona · +34 93 000 45 12

AVISO LEGAL: Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su
destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo
elimine. Aula Clara trata sus datos conforme al RGPD; más información en
aulaclara.example.es/privacidad.
""",
        html=outlook_html(mso("""Hola, Mireia:

Después de revisar tu candidatura y tu portafolio, nos gustaría conocerte en persona. Te
enviamos una convocatoria para una entrevista con el equipo:

- Martes 17 de febrero, de 10:00 a 11:00
- Oficinas de Aula Clara, C/ de Pallars 190, 4.ª planta, Barcelona (también por Teams si te
resulta imposible venir)
- Estaremos Biel Roca (Producto), Carmen Ortiz (Personas) y yo

Te pediremos que nos presentes, en 15 minutos, una unidad que hayas convertido a formato
digital. Acepta la convocatoria del calendario para confirmar.

Un saludo,

Elisenda Mas
Head of Learning Design · Aula Clara
C/ de Pallars 190, 08005 Barcelona · +34 93 000 45 12""")
            + '\n<p class="MsoNormal" style="font-size:8pt;color:gray">AVISO LEGAL: Este mensaje '
            "y sus anexos son confidenciales y se dirigen exclusivamente a su destinatario.</p>"),
        ics=dict(method="REQUEST", uid="aulaclara-ent-7f31@aulaclara.example.es", sequence=0,
                 stamp="20260210T083000Z", start="20260217T090000Z", end="20260217T100000Z",
                 summary="Entrevista Mireia Castellví-Hoang – Diseño instruccional",
                 location="Aula Clara, C/ de Pallars 190, 4.ª planta, Barcelona",
                 organizer=("Elisenda Mas", "elisenda.mas@aulaclara.example.es"),
                 attendees=[CAND_ICS, ("Biel Roca", "biel.roca@aulaclara.example.es"),
                            ("Carmen Ortiz", "carmen.ortiz@aulaclara.example.es")]),
    ),
    dict(
        name="garbi_teamtailor_agenda", kind="interview_invitation", lang="es",
        id="garbi-invite", parent="garbi-ack",
        company="Editorial Garbí", contact="nuria.pages@editorialgarbi.example.es",
        date="2026-01-20 10:00 +0100",
        frm=("Editorial Garbí", "no-reply@teamtailor-mail.com"),
        reply_to=[("Núria Pagès", "nuria.pages@editorialgarbi.example.es")],
        to=[CAND],
        subject="Editorial Garbí: elige el día de tu entrevista",
        text="""Hola Mireia,

¡Gracias por tu interés en el puesto de Editora de contenidos digitales de Primaria! Nos
gustaría conocerte en una entrevista presencial de unos 45 minutos en nuestra sede de Girona
(Carrer del Carme 21).

Elige el día y la hora que mejor te vayan en este enlace:
https://editorialgarbi.teamtailor-mail.com/meetings/b7c1e9

Si ninguna franja te encaja, responde a este correo y Núria Pagès, del equipo de Personas,
buscará otra opción contigo.

Hasta pronto,
Equipo de Personas · Editorial Garbí
""",
        html=ats_card(
            "Editorial Garbí",
            paras("""Hola Mireia,

¡Gracias por tu interés en el puesto de Editora de contenidos digitales de Primaria! Nos
gustaría conocerte en una entrevista presencial de unos 45 minutos en nuestra sede de Girona
(Carrer del Carme 21).""")
            + button("Elegir día y hora", "https://editorialgarbi.teamtailor-mail.com/meetings/b7c1e9",
                     "#c2410c")
            + paras("""Si ninguna franja te encaja, responde a este correo y Núria Pagès, del equipo
de Personas, buscará otra opción contigo.

Hasta pronto,
Equipo de Personas · Editorial Garbí"""),
            "Enviado con Teamtailor en nombre de Editorial Garbí.", color="#c2410c",
        ),
    ),
    dict(
        name="turia_videollamada", kind="interview_invitation", lang="es",
        id="turia-invite",
        company="Universidad del Turia", contact="vicent.ferrandis@unturia.example.es",
        date="2026-03-09 13:02 +0100",
        frm=("Vicent Ferrandis Sanz", "vicent.ferrandis@unturia.example.es"),
        to=[CAND],
        subject="Convocatoria a entrevista: Técnica de diseño de aprendizaje (UT)",
        subj_enc=("iso-8859-1", "Q"),
        charset="iso-8859-1", cte="quoted-printable",
        text="""Estimada Mireia:

En relación con su candidatura a la plaza de Técnica de diseño de aprendizaje de la Unidad
de Innovación Docente de la Universidad del Turia, le convocamos a una entrevista por
videollamada:

Fecha: lunes 16 de marzo de 2026
Hora: 11:00 (hora peninsular)
Plataforma: Microsoft Teams
Enlace: https://teams.example.com/l/meetup-join/ut-innovacion-160326

En la entrevista participarán la vicerrectora adjunta de Docencia Digital, la coordinadora de
la Unidad y yo mismo. Le rogamos que confirme su asistencia respondiendo a este correo.

Atentamente,

Vicent Ferrandis Sanz
Técnico de Selección · Servicio de Personal
Universidad del Turia
Av. de Blasco Ibáñez 40, 46010 Valencia · Tel. 96 000 38 12

Le informamos de que sus datos personales serán tratados por la Universidad del Turia con la
única finalidad de gestionar el proceso de selección.
""",
    ),
    dict(
        name="ebro_jornada_evaluacion", kind="interview_invitation", lang="es",
        id="ebro-invite", parent="ebro-ack",
        company="Grupo Ebro Formación", contact="pilar.gracia@grupoebro.example.es",
        date="2026-04-28 11:00 +0200",
        frm=("Pilar Gracia", "pilar.gracia@grupoebro.example.es"),
        to=[CAND],
        cc=[("Selección Grupo Ebro", "seleccion@grupoebro.example.es")],
        subject="Invitación a la jornada de evaluación – Diseñador/a instruccional",
        html=html_page(paras("""Hola Mireia:

Nos alegra comunicarte que has pasado a la siguiente fase del proceso para el puesto de
Diseñador/a instruccional de la Academia Grupo Ebro.

Te invitamos a nuestra jornada de evaluación (assessment centre), que se celebrará el martes
12 de mayo de 9:00 a 14:00 en la Academia Grupo Ebro, Plataforma Logística PLAZA, Calle
Bari 25, Zaragoza.

La jornada incluye una dinámica de grupo, un ejercicio práctico de diseño de un módulo breve
y una entrevista individual con la dirección de la Academia. Te adjuntamos la agenda en PDF.

Por favor, confírmanos tu asistencia antes del 5 de mayo.

Un saludo,
Pilar Gracia Lahoz
Responsable de Selección y Desarrollo
Grupo Ebro Formación · Calle Bari 25, 50197 Zaragoza · 976 00 14 90""")),
        pdfs=[dict(filename="Agenda_jornada_evaluacion_12-05.pdf",
                   title="Jornada de evaluación - 12 de mayo de 2026",
                   lines=["09:00 Bienvenida y presentación de la Academia",
                          "09:30 Dinámica de grupo", "10:45 Pausa",
                          "11:00 Ejercicio práctico: diseño de un módulo de 20 minutos",
                          "12:30 Entrevistas individuales", "14:00 Cierre"])],
    ),
    dict(
        name="ludica_greenhouse_agenda", kind="interview_invitation", lang="es",
        id="ludica-invite", parent="ludica-ack",
        company="Lúdica Learning", contact="jordi.serra@ludicalearning.example.es",
        date="2026-03-03 10:40 +0100",
        frm=("Jordi Serra via Greenhouse", "no-reply@greenhouse-mail.io"),
        reply_to=[("Jordi Serra", "jordi.serra@ludicalearning.example.es")],
        to=[CAND],
        subject="Lúdica Learning – Disponibilidad para una entrevista",
        text="""Hola Mireia,

Soy Jordi, del equipo de talento de Lúdica Learning. Nos ha gustado mucho tu candidatura para
Game-based Learning Designer y queremos invitarte a una primera entrevista de 45 minutos con
la responsable de producto.

Indícanos tu disponibilidad en este enlace (solo tarda un minuto):
https://app.greenhouse.example.io/scheduling/ludica/9f02c1

Un saludo,
Jordi Serra
Talent Acquisition · Lúdica Learning
""",
        html=html_page(paras("""Hola Mireia,

Soy Jordi, del equipo de talento de Lúdica Learning. Nos ha gustado mucho tu candidatura para
Game-based Learning Designer y queremos invitarte a una primera entrevista de 45 minutos con
la responsable de producto.""")
            + button("Indicar disponibilidad",
                     "https://app.greenhouse.example.io/scheduling/ludica/9f02c1", "#16a34a")
            + paras("""Un saludo,
Jordi Serra
Talent Acquisition · Lúdica Learning""")),
    ),
    dict(
        name="mediterranea_smartrecruiters_video", kind="interview_invitation", lang="es",
        id="medit-invite", parent="medit-ack",
        company="Seguros Mediterránea", contact="",
        date="2026-05-13 12:00 +0200",
        frm=("Seguros Mediterránea", "no-reply@smartrecruiters.com"),
        to=[CAND],
        subject="Invitación a entrevista: Formador/a e-learning – Academia Mediterránea",
        cte="base64",
        text="""Hola Mireia:

Nos complace invitarte a una entrevista por videollamada para el puesto Formador/a
e-learning en la Academia Seguros Mediterránea.

Fecha: miércoles, 20 de mayo de 2026
Hora: 10:00 – 10:45 (CEST)
Entrevistador: Andrés Climent, Director de la Academia

Confirma tu asistencia o propón otro horario desde tu panel de candidato:
https://jobs.smartrecruiters.example.com/SegurosMediterranea/confirm/771a

Saludos cordiales,
Equipo de Talento de Seguros Mediterránea

Este mensaje se ha enviado desde una dirección que no acepta respuestas.
""",
        html=ats_card(
            "Seguros Mediterránea",
            paras("""Hola Mireia:

Nos complace invitarte a una entrevista por videollamada para el puesto Formador/a
e-learning en la Academia Seguros Mediterránea.""")
            + '<table style="margin:12px 0"><tr><td><b>Fecha</b></td><td>miércoles, 20 de mayo de '
            "2026</td></tr><tr><td><b>Hora</b></td><td>10:00 – 10:45 (CEST)</td></tr>"
            "<tr><td><b>Entrevistador</b></td><td>Andrés Climent, Director de la Academia</td>"
            "</tr></table>"
            + button("Confirmar asistencia",
                     "https://jobs.smartrecruiters.example.com/SegurosMediterranea/confirm/771a",
                     "#0369a1")
            + paras("Saludos cordiales,\nEquipo de Talento de Seguros Mediterránea"),
            "Este mensaje se ha enviado desde una dirección que no acepta respuestas. "
            "Powered by SmartRecruiters.", color="#0369a1",
        ),
    ),
    dict(
        name="flexiplus_cliente_deltaebro", kind="interview_invitation", lang="es",
        id="flexiplus-invite", parent="flexiplus-reg",
        company="Logística Delta Ebro", contact="sergio.navarro@flexiplus.example.es",
        date="2026-06-15 13:15 +0200",
        frm=("Sergio Navarro · Flexiplus ETT", "sergio.navarro@flexiplus.example.es"),
        to=[CAND],
        subject="Entrevista con nuestro cliente Logística Delta Ebro – jueves 18",
        charset="windows-1252", cte="quoted-printable",
        text="""Hola Mireia:

Como te comenté ayer por teléfono, he presentado tu perfil a Logística Delta Ebro para el
puesto de formadora de formadores (contrato de 6 meses con posibilidad de continuidad) y
quieren conocerte.

- Día: jueves 18 de junio
- Hora: 9:30
- Lugar: Logística Delta Ebro, Calle Osca 4, Plataforma PLAZA, Zaragoza (pregunta en
  recepción por Raquel Gimeno, responsable de formación)
- Duración aproximada: 1 hora

Lleva el DNI y, si puedes, el portátil con algún curso tuyo. Confírmame que te va bien y les
doy el OK.

Un saludo,
Sergio Navarro
Consultor de selección – Flexiplus ETT, Delegación Zaragoza
Paseo de la Independencia 24, 50004 Zaragoza – 976 00 73 18
""",
    ),
    dict(
        name="kubo_llamada_20min", kind="interview_invitation", lang="es",
        id="kubo-invite",
        company="Kubo Formación", contact="andrea.llorens@kuboformacion.example.es",
        date="2026-07-06 09:45 +0200",
        frm=("Andrea Llorens", "andrea.llorens@kuboformacion.example.es"),
        to=[CAND],
        subject="¿Hablamos esta semana? – Diseñadora de cursos Kubo",
        cte="8bit",
        text="""Hola Mireia:

Soy Andrea, de Kubo Formación (Valencia). Hemos visto tu candidatura para diseñadora de cursos
online y nos encantaría tener una primera llamada de unos 20 minutos para conocerte y
contarte el proyecto.

¿Te va bien el martes 7 o el miércoles 8, entre las 10:00 y las 13:00? Dime la hora y te llamo
al móvil.

Un saludo,
Andrea Llorens
Responsable de personas · Kubo Formación
""",
    ),
    dict(
        name="tramuntana_cafe_jueves", kind="interview_invitation", lang="es",
        id="tramuntana-invite", parent="tramuntana-apply",
        company="Tramuntana Learning Studio", contact="roger@tramuntanalearning.example.es",
        date="2026-09-01 08:55 +0200",
        frm=("Roger Vilà", "roger@tramuntanalearning.example.es"),
        to=[CAND],
        subject="Re: Candidatura: diseñadora de aprendizaje (vuestra publicación en ProRed)",
        cte="8bit",
        text="""Hola Mireia!

Perdona el retraso, agosto aquí es un desierto. Me ha gustado mucho tu portafolio, sobre todo
lo de las rutas por el Barri Vell para 4.º.

¿Estás libre el jueves 3 a media tarde para tomar un café y charlar un rato? Estamos en la
Plaça de l'Oli, justo encima de la librería. Sin formalidades: te enseño lo que hacemos y
me cuentas qué buscas.

Roger

""" + escribio_es("lun, 24 ago 2026 a las 21:05", "Mireia Castellví-Hoang",
                  "mireia.ch@example.es") + "\n" + quote("""Hola Roger:

Vi en ProRed que buscáis a alguien para diseñar los itinerarios de formación de vuestros
clientes del sector turístico. Te escribo directamente porque el formulario de la web me daba
error al subir el portafolio.

[...]

Gracias por tu tiempo,
Mireia Castellví-Hoang""") + "\n",
    ),
    dict(
        name="pixelaula_jornada_prueba", kind="interview_invitation", lang="es",
        id="pixel-invite",
        company="Pixel Aula", contact="hector.lasheras@pixelaula.example.es",
        date="2026-09-07 12:30 +0200",
        frm=("Héctor Lasheras", "hector.lasheras@pixelaula.example.es"),
        to=[CAND],
        subject="Jornada de prueba en Pixel Aula – martes 15 de septiembre",
        html=outlook_html(mso("""Buenos días, Mireia:

Gracias por la entrevista del jueves. Nos gustaría dar el siguiente paso: te proponemos una
jornada de prueba remunerada en nuestra oficina de Zaragoza (Calle del Coso 67, 2.º) el martes
15 de septiembre, de 9:00 a 15:00.

Trabajarás con el equipo de contenidos de Matemáticas en una actividad real: adaptar una
secuencia de 3.º de Primaria para nuestra plataforma. La jornada se paga a 120 € brutos y
comemos juntos.

¿Nos confirmas si puedes venir?

Un saludo,
Héctor Lasheras
Director de Contenidos · Pixel Aula
Calle del Coso 67, 2.º · 50001 Zaragoza · 976 00 62 33""")),
    ),
    dict(
        name="bruguera_cliente_nexo", kind="interview_invitation", lang="es",
        id="nexo-invite",
        company="Nexo Salud Formación", contact="silvia.prat@bruguerasants.example.es",
        date="2026-09-02 11:11 +0200",
        frm=("Sílvia Prat", "silvia.prat@bruguerasants.example.es"),
        frm_enc=("iso-8859-1", "Q"),
        to=[CAND],
        cc=[("Carles Bruguera", "c.bruguera@bruguerasants.example.es")],
        subject="Entrevista con Nexo Salud Formación – jueves 10 de septiembre",
        text="""Hola, Mireia:

Tal como hablamos, te confirmo que Nexo Salud Formación quiere entrevistarte para la
posición de Learning Designer Senior de su academia de profesionales sanitarios.

Jueves 10 de septiembre, 12:00 h
Nexo Salud Formación · Av. Diagonal 611, 7.ª planta, Barcelona
Con: Dra. Alba Comas (Directora Académica) y Òscar Ferrer (RR. HH.)

La entrevista durará unos 60 minutos. Te llamo el miércoles para prepararla juntas.

Un abrazo,

Sílvia Prat
Consultora · Bruguera & Sants Executive Search
Rambla de Catalunya 62, 08007 Barcelona · +34 93 000 61 20

La información contenida en este mensaje es confidencial. Si usted no es el destinatario,
le rogamos que nos lo notifique y lo elimine.
""",
    ),
    dict(
        name="didactia_videollamada_ics", kind="interview_invitation", lang="es",
        id="didactia-invite",
        company="Didactia", contact="pau@didactia.example.es",
        date="2026-04-20 14:00 +0200",
        frm=("Pau Monzó", "pau@didactia.example.es"),
        to=[CAND],
        subject="Entrevista Didactia: lunes 27 a las 17h",
        cte="8bit",
        text="""Hola Mireia,

Te mando la invitación para la entrevista del lunes 27 de abril a las 17:00 por Meet
(adjunto el .ics por si no te aparece en el calendario). Seremos Lorena, nuestra CEO, y yo.

Nos interesa sobre todo cómo planteas la evaluación formativa en un curso autoguiado.

Hasta el lunes,
Pau Monzó · Didactia
""",
        ics=dict(method="REQUEST", uid="d1dact1a-27042026@didactia.example.es", sequence=0,
                 stamp="20260420T120000Z", start="20260427T150000Z", end="20260427T160000Z",
                 summary="Entrevista Didactia – Mireia", where="attachment",
                 prodid="-//Google Inc//Google Calendar 70.9054//EN",
                 location="https://meet.example.com/dda-kpqx-urm",
                 organizer=("Pau Monzó", "pau@didactia.example.es"),
                 attendees=[CAND_ICS, ("Lorena Sáez", "lorena@didactia.example.es")]),
    ),
    dict(
        name="cesaraugusta_tribunal", kind="interview_invitation", lang="es",
        id="cesar-invite", parent="cesar-ack",
        company="Universidad Cesaraugusta Online", contact="begona.artal@ucesaraugusta.example.es",
        date="2026-03-18 10:00 +0100",
        frm=("Begoña Artal", "begona.artal@ucesaraugusta.example.es"),
        frm_enc=("iso-8859-1", "B"),
        to=[CAND],
        subject="Citación para entrevista ante la comisión, ref. PTGAS-DI-04/26",
        subj_enc=("iso-8859-1", "B"),
        charset="iso-8859-1", cte="quoted-printable",
        text="""Estimada Sra. Castellví-Hoang:

Superada la fase de valoración de méritos, se le cita para la entrevista ante la comisión de
selección de la plaza de Técnico/a de diseño instruccional (ref. PTGAS-DI-04/26).

Día: miércoles 25 de marzo de 2026
Hora: 12:00
Modalidad: videoconferencia (el enlace figura en la convocatoria adjunta)

La comisión estará formada por el Vicerrector de Estudios Online, la Jefa del Área de
Formación y un vocal del PTGAS. La entrevista tendrá una duración máxima de 30 minutos.

Atentamente,

Begoña Artal Sierra
Sección de Personal PTGAS
Universidad Cesaraugusta Online · Paseo de Sagasta 12, 50006 Zaragoza · 976 00 90 21
""",
        ics=dict(method="REQUEST", uid="uco-ptgas-di-0426-07@ucesaraugusta.example.es",
                 sequence=0, stamp="20260318T090000Z", start="20260325T110000Z",
                 end="20260325T113000Z", cte="7bit",
                 summary="Entrevista comisión PTGAS-DI-04/26 – Castellví-Hoang",
                 location="https://videoconf.ucesaraugusta.example.es/sala/ptgas-di",
                 organizer=("Begoña Artal", "begona.artal@ucesaraugusta.example.es"),
                 attendees=[CAND_ICS]),
    ),
    dict(
        name="emporda_segunda_ronda", kind="interview_invitation", lang="es",
        id="emporda-invite",
        company="Escola Digital Empordà", contact="anna.vidal@escoladigitalemporda.example.cat",
        date="2026-10-01 12:40 +0200",
        frm=("Anna Vidal", "anna.vidal@escoladigitalemporda.example.cat"),
        to=[CAND],
        subject="RE: Pregunta sobre la banda salarial",
        html=outlook_html(
            mso("""Hola Mireia,

Buena pregunta: la banda para el puesto está entre 28.000 y 32.000 € brutos anuales, según
experiencia, más el plus de teletrabajo.

Y aprovecho para darte una buena noticia: el equipo quiere verte en una segunda entrevista,
ya con Jaume Pujol, nuestro director pedagógico. ¿Te iría bien el miércoles 7 de octubre a
las 16:30 en nuestra oficina de Figueres (Carrer de la Muralla 9)? Si no, dime dos
alternativas esa misma semana.

Salutacions,
Anna Vidal
Selecció i Persones · Escola Digital Empordà
Carrer de la Muralla 9 · 17600 Figueres · 972 00 88 40""")
            + "\n"
            + mso_quote(
                "<b>De:</b> Mireia Castellví-Hoang &lt;mireia.ch@example.es&gt;<br>"
                "<b>Enviado el:</b> lunes, 28 de septiembre de 2026 20:14<br>"
                "<b>Para:</b> Anna Vidal &lt;anna.vidal@escoladigitalemporda.example.cat&gt;<br>"
                "<b>Asunto:</b> Pregunta sobre la banda salarial",
                mso("""Hola Anna:

Gracias de nuevo por la entrevista del jueves. Antes de seguir, ¿podrías indicarme la banda
salarial del puesto? En el anuncio no aparecía.

Un saludo,
Mireia""")
                + "\n"
                + mso_quote(
                    "<b>De:</b> Anna Vidal<br><b>Enviado el:</b> lunes, 14 de septiembre de 2026 "
                    "9:02<br><b>Asunto:</b> Hemos recibido tu candidatura",
                    mso("""Hola Mireia:

Hemos recibido tu candidatura para Dissenyadora instruccional. Gracias por tu interés: la
revisaremos en los próximos días y te diremos algo tanto si seguimos adelante como si no.

Anna"""))),
        ),
        text="""Hola Mireia,

Buena pregunta: la banda para el puesto está entre 28.000 y 32.000 € brutos anuales, según
experiencia, más el plus de teletrabajo.

Y aprovecho para darte una buena noticia: el equipo quiere verte en una segunda entrevista,
ya con Jaume Pujol, nuestro director pedagógico. ¿Te iría bien el miércoles 7 de octubre a
las 16:30 en nuestra oficina de Figueres (Carrer de la Muralla 9)? Si no, dime dos
alternativas esa misma semana.

Salutacions,
Anna Vidal
Selecció i Persones · Escola Digital Empordà
Carrer de la Muralla 9 · 17600 Figueres · 972 00 88 40

""" + outlook_block("es", "Mireia Castellví-Hoang <mireia.ch@example.es>",
                    "lunes, 28 de septiembre de 2026 20:14",
                    "Anna Vidal <anna.vidal@escoladigitalemporda.example.cat>",
                    "Pregunta sobre la banda salarial") + """

Hola Anna:

Gracias de nuevo por la entrevista del jueves. Antes de seguir, ¿podrías indicarme la banda
salarial del puesto? En el anuncio no aparecía.

Un saludo,
Mireia

""" + outlook_block("es", "Anna Vidal", "lunes, 14 de septiembre de 2026 9:02",
                    "Mireia Castellví-Hoang", "Hemos recibido tu candidatura") + """

Hola Mireia:

Hemos recibido tu candidatura para Dissenyadora instruccional. Gracias por tu interés: la
revisaremos en los próximos días y te diremos algo tanto si seguimos adelante como si no.

Anna
""",
    ),
    # ------------------------------------------------------------------ en
    dict(
        name="brightloom_lever_phone_screen", kind="interview_invitation", lang="en",
        id="brightloom-invite", parent="brightloom-ack",
        company="Brightloom Learning", contact="siobhan.walsh@brightloom.example.ie",
        date="2026-01-29 16:00 +0000",
        frm=("Siobhan Walsh", "no-reply@hire.lever.co"),
        reply_to=[("Siobhan Walsh", "siobhan.walsh@brightloom.example.ie")],
        to=[CAND],
        subject="Brightloom Learning - next step for Instructional Designer",
        text="""Hi Mireia,

Thanks for applying for the Instructional Designer role at Brightloom Learning. I'd love to
set up a 30-minute phone screen with you to talk through your background and what you are
looking for.

Please choose a time that suits you here:
https://hire.lever.example.co/scheduling/brightloom/8ed1-44a0

If none of the slots work, just reply to this email and I'll find another one.

Best,
Siobhan Walsh
Talent Partner | Brightloom Learning
Grand Canal Square 5, Dublin 2
""",
        html=html_page(paras("""Hi Mireia,

Thanks for applying for the Instructional Designer role at Brightloom Learning. I'd love to
set up a 30-minute phone screen with you to talk through your background and what you are
looking for.""") + button("Choose a time",
                          "https://hire.lever.example.co/scheduling/brightloom/8ed1-44a0")
            + paras("""If none of the slots work, just reply to this email and I'll find another one.

Best,
Siobhan Walsh
Talent Partner | Brightloom Learning
Grand Canal Square 5, Dublin 2"""), lang="en"),
    ),
    dict(
        name="owlstone_ashby_self_schedule", kind="interview_invitation", lang="en",
        id="owlstone-invite", parent="owlstone-ack",
        company="Owlstone EdTech", contact="",
        date="2026-04-09 14:30 +0100",
        frm=("Owlstone EdTech", "no-reply@ashbyhq.com"),
        to=[CAND],
        subject="Schedule your interview with Owlstone EdTech",
        text="""Hi Mireia,

The Owlstone EdTech team would like to invite you to a 45-minute video interview for the
Education Content Designer position with Marcus Flynn (Head of Content).

Please pick a time using the link below. Available slots are shown in your local time zone.

https://app.ashbyhq.example.com/owlstone/interview-scheduling/7731aa

We look forward to speaking with you!

Owlstone EdTech Recruiting
""",
        html=ats_card(
            "Owlstone EdTech",
            paras("""Hi Mireia,

The Owlstone EdTech team would like to invite you to a 45-minute video interview for the
Education Content Designer position with Marcus Flynn (Head of Content).

Please pick a time using the link below. Available slots are shown in your local time zone.""")
            + button("Pick a time",
                     "https://app.ashbyhq.example.com/owlstone/interview-scheduling/7731aa",
                     "#4f46e5")
            + paras("We look forward to speaking with you!\n\nOwlstone EdTech Recruiting"),
            "Sent via Ashby on behalf of Owlstone EdTech.", lang="en", color="#4f46e5",
        ),
    ),
    dict(
        name="liffey_panel_invite", kind="interview_invitation", lang="en",
        id="liffey-invite",
        company="Liffey Academic Press", contact="declan.hughes@liffeypress.example.ie",
        date="2026-05-05 11:20 +0100",
        frm=("Declan Hughes", "declan.hughes@liffeypress.example.ie"),
        to=[CAND],
        subject="Panel interview - Instructional Designer (Primary Curriculum)",
        headers=[("X-Mailer", "Microsoft Outlook 16.0")],
        text="""Dear Mireia,

Following your application for the Instructional Designer (Primary Curriculum) post, we are
pleased to invite you to a panel interview.

Date: Thursday 14 May 2026
Time: 14:00-15:00 (Irish time)
Format: Microsoft Teams (link in the calendar invitation)
Panel: Orla Keane (Editorial Director), Seán Doyle (Digital Product Lead), Declan Hughes (HR)

The panel will ask you to present a short sample lesson (10 minutes) for a 3rd class
audience, followed by competency questions.

Kind regards,

Declan Hughes
HR Business Partner
Liffey Academic Press | 22 Ormond Quay Upper, Dublin 7 | +353 1 000 2290

This email and any attachments are confidential and intended solely for the addressee. If
you have received it in error, please notify the sender and delete it.
""",
        html=outlook_html(mso("""Dear Mireia,

Following your application for the Instructional Designer (Primary Curriculum) post, we are
pleased to invite you to a panel interview.

Date: Thursday 14 May 2026
Time: 14:00-15:00 (Irish time)
Format: Microsoft Teams (link in the calendar invitation)
Panel: Orla Keane (Editorial Director), Seán Doyle (Digital Product Lead), Declan Hughes (HR)

The panel will ask you to present a short sample lesson (10 minutes) for a 3rd class
audience, followed by competency questions.

Kind regards,

Declan Hughes
HR Business Partner
Liffey Academic Press | 22 Ormond Quay Upper, Dublin 7 | +353 1 000 2290"""), lang="en"),
        ics=dict(method="REQUEST", uid="040000008200E00074C5B7101A82E0080000000070A1LAP14",
                 sequence=0, stamp="20260505T102000Z", start="20260514T130000Z",
                 end="20260514T140000Z",
                 summary="Panel interview: Mireia Castellví-Hoang (ID Primary)",
                 location="Microsoft Teams Meeting",
                 description="Join: https://teams.example.com/l/meetup-join/lap-id-panel",
                 organizer=("Declan Hughes", "declan.hughes@liffeypress.example.ie"),
                 attendees=[CAND_ICS, ("Orla Keane", "orla.keane@liffeypress.example.ie"),
                            ("Seán Doyle", "sean.doyle@liffeypress.example.ie")]),
    ),
    dict(
        name="open_classrooms_zoom", kind="interview_invitation", lang="en",
        id="oci-invite",
        company="Open Classrooms Initiative", contact="grace.mutua@openclassrooms-init.example.ch",
        date="2026-08-10 09:00 +0200",
        frm=("Grace Mutua", "grace.mutua@openclassrooms-init.example.ch"),
        to=[CAND],
        subject="Interview invitation - Learning Designer (Teacher Training), Geneva",
        text="""Dear Mireia,

Thank you for your application to the Open Classrooms Initiative. We were impressed by your
experience with multilingual classrooms and would like to invite you to an interview.

Tuesday 18 August, 10:00-10:50 Geneva time (CEST), on Zoom:
https://zoom.example.us/j/84120077331  (passcode 552901)

You will meet me and Daniel Osei, our Programme Lead for West Africa. Please prepare a
five-minute outline of how you would adapt a face-to-face teacher workshop for low-bandwidth
online delivery.

Could you confirm your availability by Thursday?

With best wishes,
Grace Mutua
Programme Manager, Learning
Open Classrooms Initiative · Rue de Lausanne 64, 1202 Geneva
""",
        html=html_page(paras("""Dear Mireia,

Thank you for your application to the Open Classrooms Initiative. We were impressed by your
experience with multilingual classrooms and would like to invite you to an interview.""")
            + "<p><b>Tuesday 18 August, 10:00-10:50 Geneva time (CEST)</b>, on Zoom: "
            '<a href="https://zoom.example.us/j/84120077331">join link</a> (passcode 552901)</p>'
            + paras("""You will meet me and Daniel Osei, our Programme Lead for West Africa. Please
prepare a five-minute outline of how you would adapt a face-to-face teacher workshop for
low-bandwidth online delivery.

Could you confirm your availability by Thursday?

With best wishes,
Grace Mutua
Programme Manager, Learning
Open Classrooms Initiative · Rue de Lausanne 64, 1202 Geneva"""), lang="en"),
    ),
    dict(
        name="marlowe_finch_gaelwave", kind="interview_invitation", lang="en",
        id="gaelwave-invite",
        company="Gaelwave Software", contact="niamh.carroll@marlowefinch.example.ie",
        date="2026-06-10 15:10 +0100",
        frm=("Niamh Carroll | Marlowe & Finch", "niamh.carroll@marlowefinch.example.ie"),
        to=[CAND],
        subject="Interview with Gaelwave Software - Wed 17 June",
        text=GAELWAVE_INVITE + """

Niamh Carroll
Senior Consultant, Learning & Development
Marlowe & Finch Talent · 8 Merrion Square North, Dublin 2
M: +353 87 000 1934

Marlowe & Finch Talent is acting as an employment agency in relation to this vacancy.
""",
    ),
    dict(
        name="corrib_workday_assessment", kind="interview_invitation", lang="en",
        id="corrib-invite", parent="corrib-ack",
        company="Corrib Bank", contact="",
        date="2026-07-14 08:15 +0100",
        frm=("Corrib Bank Careers", "corribbank@myworkday.com"),
        to=[CAND],
        subject="Invitation: Assessment Day - Digital Learning Designer (R-20417)",
        cte="base64",
        text="""Dear Mireia,

Congratulations - you have been selected to attend the Assessment Day for the role of
Digital Learning Designer (R-20417) at Corrib Bank Academy.

Date: Tuesday 28 July 2026
Time: 09:00 - 13:30
Venue: Corrib Bank Academy, Block C, Beech Hill Campus, Dublin 4

The day includes a group exercise, a design task (you will receive a short brief on the
day) and a competency-based interview. Please accept or decline the invitation in Workday
by 21 July:
https://wd3.myworkday.example.com/corribbank/d/inst/candidate/tasks

Kind regards,
Corrib Bank Talent Acquisition

Please do not reply to this email. This mailbox is not monitored.
""",
        html=ats_card(
            "Corrib Bank",
            paras("""Dear Mireia,

Congratulations - you have been selected to attend the Assessment Day for the role of
Digital Learning Designer (R-20417) at Corrib Bank Academy.

Date: Tuesday 28 July 2026
Time: 09:00 - 13:30
Venue: Corrib Bank Academy, Block C, Beech Hill Campus, Dublin 4

The day includes a group exercise, a design task (you will receive a short brief on the day)
and a competency-based interview. Please accept or decline the invitation in Workday by
21 July.""")
            + button("Respond in Workday",
                     "https://wd3.myworkday.example.com/corribbank/d/inst/candidate/tasks",
                     "#065f46")
            + paras("Kind regards,\nCorrib Bank Talent Acquisition"),
            "Please do not reply to this email. This mailbox is not monitored.", lang="en",
            color="#065f46",
        ),
    ),
    # ------------------------------------------------------------------ fr
    dict(
        name="garonne_entretien_toulouse", kind="interview_invitation", lang="fr",
        id="garonne-invite", parent="garonne-ack",
        company="Éditions Garonne Savoirs", contact="camille.fabre@garonne-savoirs.example.fr",
        date="2026-03-02 10:05 +0100",
        frm=("Camille Fabre", "camille.fabre@garonne-savoirs.example.fr"),
        to=[CAND],
        subject="Proposition d'entretien – Conceptrice pédagogique numérique",
        text="""Bonjour Madame Castellví-Hoang,

Votre candidature au poste de conceptrice pédagogique numérique a retenu toute notre
attention et nous souhaiterions vous rencontrer.

Nous vous proposons un entretien dans nos locaux le mardi 24 mars à 10h00 :
Éditions Garonne Savoirs, 11 rue des Lois, 31000 Toulouse.

Vous rencontrerez Hélène Barthe, directrice éditoriale du pôle primaire, et moi-même.
L'entretien durera environ une heure ; nous vous demanderons de commenter une séquence de
notre manuel de CE2.

Pourriez-vous nous confirmer votre présence ? Si le déplacement est compliqué, un entretien
en visioconférence reste possible.

Bien cordialement,

Camille Fabre
Chargée de recrutement
Éditions Garonne Savoirs · 11 rue des Lois · 31000 Toulouse · 05 00 00 42 17
""",
    ),
    dict(
        name="cap_competences_immersion", kind="interview_invitation", lang="fr",
        id="cap-invite", parent="cap-ack",
        company="Cap Compétences", contact="julien.marty@capcompetences.example.fr",
        date="2026-07-02 14:40 +0200",
        frm=("Julien Marty", "julien.marty@capcompetences.example.fr"),
        to=[CAND],
        subject="Invitation à une journée d'immersion le jeudi 9 juillet",
        charset="iso-8859-1", cte="quoted-printable",
        subj_enc=("iso-8859-1", "Q"),
        text="""Bonjour Mireia,

Suite à notre échange téléphonique de lundi, nous avons le plaisir de vous inviter à une
journée d'immersion dans notre centre de Montpellier, le jeudi 9 juillet de 9h à 16h30.

Au programme : observation d'une session de formation de formateurs le matin, puis
conception, avec notre équipe, d'un court module e-learning l'après-midi. Un entretien de
30 minutes avec notre directrice clôturera la journée.

Adresse : Cap Compétences, 140 rue de la Galéra, 34090 Montpellier.
Vos frais de déplacement depuis Gérone seront remboursés sur justificatif.

Merci de me confirmer votre venue.

Cordialement,
Julien Marty
Responsable pédagogique
Cap Compétences
""",
        html=outlook_html(mso("""Bonjour Mireia,

Suite à notre échange téléphonique de lundi, nous avons le plaisir de vous inviter à une
journée d'immersion dans notre centre de Montpellier, le jeudi 9 juillet de 9h à 16h30.

Au programme : observation d'une session de formation de formateurs le matin, puis
conception, avec notre équipe, d'un court module e-learning l'après-midi. Un entretien de
30 minutes avec notre directrice clôturera la journée.

Adresse : Cap Compétences, 140 rue de la Galéra, 34090 Montpellier.
Vos frais de déplacement depuis Gérone seront remboursés sur justificatif.

Merci de me confirmer votre venue.

Cordialement,
Julien Marty
Responsable pédagogique
Cap Compétences"""), lang="fr", charset="iso-8859-1"),
    ),
    dict(
        name="leman_panel_ics", kind="interview_invitation", lang="fr",
        id="leman-invite",
        company="Fondation Léman Éducation", contact="claire.rochat@fondation-leman.example.ch",
        date="2026-04-15 11:00 +0200",
        frm=("Claire Rochat", "claire.rochat@fondation-leman.example.ch"),
        to=[CAND],
        subject="Invitation : entretien avec le comité – Chargée de conception pédagogique",
        headers=[("Content-Class", "urn:content-classes:calendarmessage")],
        text="""Madame,

Nous avons le plaisir de vous convier à un entretien avec notre comité de sélection pour le
poste de chargée de conception pédagogique (programme « Classes ouvertes »).

Date : mercredi 22 avril 2026, de 9h30 à 10h30 (heure de Genève)
Lieu : Fondation Léman Éducation, Rue de Lyon 77, 1203 Genève, ou par visioconférence
Comité : Mme Nadia Berset (directrice des programmes), M. Thomas Girardin (formation) et
moi-même

Merci d'accepter l'invitation ci-jointe pour confirmer votre participation.

Avec mes meilleures salutations,

Claire Rochat
Responsable RH · Fondation Léman Éducation
Rue de Lyon 77 · 1203 Genève · +41 22 000 51 80
""",
        ics=dict(method="REQUEST", uid="FLE-2026-CP-0422@fondation-leman.example.ch",
                 sequence=0, stamp="20260415T090000Z", start="20260422T073000Z",
                 end="20260422T083000Z", where="both",
                 summary="Entretien – Chargée de conception pédagogique",
                 location="Fondation Léman Éducation, Rue de Lyon 77, Genève / visio",
                 organizer=("Claire Rochat", "claire.rochat@fondation-leman.example.ch"),
                 attendees=[CAND_ICS, ("Nadia Berset", "nadia.berset@fondation-leman.example.ch"),
                            ("Thomas Girardin",
                             "thomas.girardin@fondation-leman.example.ch")]),
    ),
    # ------------------------------------------------------------------ de
    dict(
        name="lernwerk_videointerview", kind="interview_invitation", lang="de",
        id="lernwerk-invite", parent="lernwerk-ack",
        company="Lernwerk Isar", contact="jonas.brandl@lernwerk-isar.example.de",
        date="2026-02-09 10:30 +0100",
        frm=("Jonas Brandl", "jonas.brandl@lernwerk-isar.example.de"),
        to=[CAND],
        subject="Einladung zum Videointerview – Instructional Designer (m/w/d)",
        text="""Liebe Frau Castellví-Hoang,

vielen Dank für Ihre Bewerbung als Instructional Designer (m/w/d). Ihr Profil hat uns
überzeugt, und wir möchten Sie gern näher kennenlernen.

Wir laden Sie herzlich zu einem Videointerview ein:

Montag, 16. Februar 2026, 10:00–11:00 Uhr
Microsoft Teams (den Link erhalten Sie am Vortag)
Gesprächspartner: Lea Hartmann (Teamlead Learning Design) und ich

Das Gespräch führen wir auf Englisch; ein paar Sätze auf Deutsch sind willkommen, aber keine
Voraussetzung.

Bitte bestätigen Sie den Termin kurz per Antwort auf diese E-Mail.

Viele Grüße
Jonas Brandl
Talent Acquisition
Lernwerk Isar · Plinganserstraße 34 · 81369 München · +49 89 000 71 30
""",
    ),
    dict(
        name="brenner_assessment_center", kind="interview_invitation", lang="de",
        id="brenner-invite", parent="brenner-ack",
        company="Brenner Akademie", contact="katrin.oberhuber@brenner-akademie.example.de",
        date="2026-08-03 09:10 +0200",
        frm=("Katrin Oberhuber", "katrin.oberhuber@brenner-akademie.example.de"),
        to=[CAND],
        subject="Einladung zum Assessment Center am 13. August",
        headers=[("X-Mailer", "Microsoft Outlook 16.0"),
                 ("Content-Class", "urn:content-classes:calendarmessage")],
        text="""Sehr geehrte Frau Castellví-Hoang,

wir freuen uns, Sie zu unserem Assessment Center für die Position Referentin Digitale
Lernformate einzuladen.

Termin: Donnerstag, 13. August 2026, 9:00 bis 15:00 Uhr
Ort: Brenner Akademie, Leopoldstraße 150, 80804 München, Raum 3.12

Ablauf: Präsentation einer Lernreise (20 Minuten, Thema folgt), Gruppenübung, Fallstudie und
Einzelinterview mit der Akademieleitung. Für Verpflegung ist gesorgt; Reisekosten erstatten
wir bis 250 Euro.

Bitte nehmen Sie die Kalendereinladung an.

Mit freundlichen Grüßen
Katrin Oberhuber
Personalreferentin
Brenner Akademie · Leopoldstraße 150 · 80804 München
Telefon +49 89 000 44 18

Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind,
informieren Sie bitte den Absender und löschen Sie diese E-Mail.
""",
        ics=dict(method="REQUEST", uid="BA-AC-20260813-MCH@brenner-akademie.example.de",
                 sequence=0, stamp="20260803T071000Z", start="20260813T070000Z",
                 end="20260813T130000Z",
                 summary="Assessment Center Referentin Digitale Lernformate",
                 location="Brenner Akademie, Leopoldstraße 150, München, Raum 3.12",
                 organizer=("Katrin Oberhuber", "katrin.oberhuber@brenner-akademie.example.de"),
                 attendees=[CAND_ICS]),
    ),
    dict(
        name="hofmann_seidl_alpenrose", kind="interview_invitation", lang="de",
        id="alpenrose-invite",
        company="Verlag Alpenrose", contact="florian.seidl@hofmann-seidl.example.de",
        date="2026-10-05 08:50 +0200",
        frm=("Florian Seidl", "florian.seidl@hofmann-seidl.example.de"),
        to=[CAND],
        subject="Gesprächstermin beim Verlag Alpenrose",
        charset="iso-8859-1", cte="quoted-printable",
        subj_enc=("iso-8859-1", "Q"),
        text="""Hallo Frau Castellví-Hoang,

wie am Freitag besprochen, habe ich Ihr Profil dem Verlag Alpenrose vorgestellt, und die
Verlagsleitung möchte Sie gern kennenlernen.

Termin: Mittwoch, 7. Oktober, 14:00 Uhr
Format: Videocall (Zoom), Link folgt vom Verlag
Gesprächspartnerin: Dr. Ulrike Lechner, Programmleitung Grundschule

Bitte geben Sie mir bis morgen Mittag Bescheid, ob der Termin passt. Vorab rufe ich Sie
gern noch einmal an, um das Gespräch vorzubereiten.

Beste Grüße
Florian Seidl
Hofmann & Seidl Personalberatung
Maximilianstraße 31 · 80539 München · +49 89 000 90 77
""",
    ),
    # ================================================================== reschedule / cancel
    dict(
        name="aulaclara_actualizada_seq1", kind="interview_reschedule_or_cancel", lang="es",
        id="aulaclara-move", parent="aulaclara-invite",
        company="Aula Clara", contact="elisenda.mas@aulaclara.example.es",
        date="2026-02-13 12:10 +0100",
        frm=("Elisenda Mas", "elisenda.mas@aulaclara.example.es"),
        to=[CAND],
        subject="Actualizada: Entrevista con el equipo de Aula Clara",
        headers=[("X-Mailer", "Microsoft Outlook 16.0"),
                 ("Content-Class", "urn:content-classes:calendarmessage")],
        text="""Hola de nuevo, Mireia:

Biel tiene que viajar a Valencia el martes, así que movemos la entrevista al miércoles 18 de
febrero a las 16:00, en el mismo sitio. Te llega la convocatoria actualizada; si esta hora no
te va bien, dímelo y buscamos otra.

Perdona el cambio.

Elisenda
""",
        ics=dict(method="REQUEST", uid="aulaclara-ent-7f31@aulaclara.example.es", sequence=1,
                 stamp="20260213T111000Z", start="20260218T150000Z", end="20260218T160000Z",
                 summary="Entrevista Mireia Castellví-Hoang – Diseño instruccional",
                 location="Aula Clara, C/ de Pallars 190, 4.ª planta, Barcelona",
                 organizer=("Elisenda Mas", "elisenda.mas@aulaclara.example.es"),
                 attendees=[CAND_ICS, ("Biel Roca", "biel.roca@aulaclara.example.es"),
                            ("Carmen Ortiz", "carmen.ortiz@aulaclara.example.es")]),
    ),
    dict(
        name="turia_nuevo_hueco", kind="interview_reschedule_or_cancel", lang="es",
        id="turia-newslot", parent="turia-apology",
        company="Universidad del Turia", contact="vicent.ferrandis@unturia.example.es",
        date="2026-03-17 09:50 +0100",
        frm=("Vicent Ferrandis Sanz", "vicent.ferrandis@unturia.example.es"),
        to=[CAND],
        subject="RE: No hemos coincidido en la videollamada de esta mañana",
        text="""Hola, Mireia:

No te preocupes, son cosas que pasan. La comisión ha aceptado repetir la entrevista: la
pasamos al jueves 19 de marzo a las 8:15, con el mismo enlace de Teams. Esta vez será solo con
Amparo y conmigo, porque la vicerrectora no puede.

Confírmame que lo tienes bien apuntado (hora peninsular 😉).

Vicent

""" + outlook_block("es", "Mireia Castellví-Hoang <mireia.ch@example.es>",
                    "lunes, 16 de marzo de 2026 13:40",
                    "Vicent Ferrandis Sanz <vicent.ferrandis@unturia.example.es>",
                    "Re: No hemos coincidido en la videollamada de esta mañana")
        + "\n\n" + APOLOGY_TURIA + "\n",
    ),
    dict(
        name="mediterranea_entrevistador_enfermo", kind="interview_reschedule_or_cancel",
        lang="es",
        id="medit-ill", parent="medit-invite",
        company="Seguros Mediterránea", contact="rocio.almela@segurosmediterranea.example.es",
        date="2026-05-19 15:20 +0200",
        frm=("Rocío Almela", "rocio.almela@segurosmediterranea.example.es"),
        to=[CAND],
        subject="Cambio en tu entrevista del miércoles",
        charset="windows-1252", cte="8bit",
        text=MEDIT_ILL + """

Rocío Almela Vidal
Técnica de Talento – Seguros Mediterránea
C/ de Colón 52, 46004 Valencia · 96 000 23 77
""",
    ),
    dict(
        name="ludica_cancelada_sin_fecha", kind="interview_reschedule_or_cancel", lang="es",
        id="ludica-cancel", parent="ludica-invite",
        company="Lúdica Learning", contact="jordi.serra@ludicalearning.example.es",
        date="2026-03-09 18:05 +0100",
        frm=("Jordi Serra", "jordi.serra@ludicalearning.example.es"),
        to=[CAND],
        subject="Cancelada: Entrevista Lúdica Learning – Mireia Castellví-Hoang",
        subj_enc=("utf-8", "B"),
        text="""Hola Mireia,

Tenemos que cancelar la entrevista de mañana a las 11:00: Marta, la responsable de producto,
ha tenido que coger una baja imprevista. Tu candidatura sigue en el proceso, esto no tiene
nada que ver contigo.

En cuanto sepamos cuándo vuelve te propondré una fecha nueva, seguramente la semana que
viene. Siento las molestias.

Jordi
""",
        ics=dict(method="CANCEL", uid="gh-ludica-ivw-55120@ludicalearning.example.es",
                 sequence=1, stamp="20260309T170500Z", start="20260310T100000Z",
                 end="20260310T104500Z", cte="quoted-printable",
                 prodid="-//Greenhouse//Interview Scheduling//EN",
                 summary="Entrevista Lúdica Learning – Mireia Castellví-Hoang",
                 location="Google Meet",
                 organizer=("Jordi Serra", "jordi.serra@ludicalearning.example.es"),
                 attendees=[CAND_ICS]),
    ),
    dict(
        name="kubo_cambio_llamada", kind="interview_reschedule_or_cancel", lang="es",
        id="kubo-move", parent="kubo-invite",
        company="Kubo Formación", contact="andrea.llorens@kuboformacion.example.es",
        date="2026-07-08 17:02 +0200",
        frm=("Andrea Llorens", "andrea.llorens@kuboformacion.example.es"),
        to=[CAND],
        subject="Re: ¿Hablamos esta semana? – Diseñadora de cursos Kubo",
        cte="8bit",
        text="""Hola Mireia, perdona:

Me ha surgido un imprevisto con un cliente mañana por la mañana. ¿Podemos pasar la llamada
del miércoles a las 10:00 al jueves 9 a las 12:00? Si no te va bien, dime otra hora del
jueves o del viernes.

Gracias y perdona otra vez,
Andrea

""" + escribio_es("lun, 6 jul 2026 a las 12:31", "Mireia Castellví-Hoang",
                  "mireia.ch@example.es") + "\n" + quote("""Hola Andrea:

¡Gracias por escribir! El miércoles 8 a las 10:00 me va perfecto. Mi móvil es el que aparece
en el CV.

Mireia

""" + escribio_es("lun, 6 jul 2026 a las 9:45", "Andrea Llorens",
                  "andrea.llorens@kuboformacion.example.es") + "\n" + quote("""Hola Mireia:

Soy Andrea, de Kubo Formación (Valencia). Hemos visto tu candidatura para diseñadora de
cursos online y nos encantaría tener una primera llamada de unos 20 minutos [...]""")) + "\n",
    ),
    dict(
        name="bruguera_nexo_cambio", kind="interview_reschedule_or_cancel", lang="es",
        id="nexo-move", parent="nexo-invite",
        company="Nexo Salud Formación", contact="silvia.prat@bruguerasants.example.es",
        date="2026-09-07 09:05 +0200",
        frm=("Sílvia Prat", "silvia.prat@bruguerasants.example.es"),
        frm_enc=("utf-8", "B"),
        to=[CAND],
        subject="Cambio de fecha: entrevista con Nexo Salud Formación",
        text="""Buenos días, Mireia:

Me acaba de llamar Òscar Ferrer: la Dra. Comas tiene que estar el jueves en un tribunal de
tesis y nos piden mover la entrevista al lunes 14 de septiembre a las 9:30, mismo lugar.

Sé que es lunes a primera hora y tienes clase; si no puedes, dímelo hoy y les propongo la
tarde del martes 15.

Un abrazo,
Sílvia

Sílvia Prat
Consultora · Bruguera & Sants Executive Search
Rambla de Catalunya 62, 08007 Barcelona · +34 93 000 61 20
""",
    ),
    dict(
        name="ebro_cambio_jornada", kind="interview_reschedule_or_cancel", lang="es",
        id="ebro-move", parent="ebro-invite",
        company="Grupo Ebro Formación", contact="pilar.gracia@grupoebro.example.es",
        date="2026-05-05 16:30 +0200",
        frm=("Pilar Gracia", "pilar.gracia@grupoebro.example.es"),
        to=[CAND],
        cc=[("Selección Grupo Ebro", "seleccion@grupoebro.example.es")],
        subject="Nueva fecha para la jornada de evaluación: 19 de mayo",
        text="""Hola Mireia:

Te escribo para avisarte de un cambio: por una auditoría interna que ocupa las aulas de la
Academia, la jornada de evaluación del 12 de mayo se traslada al martes 19 de mayo, con el
mismo horario (9:00 a 14:00) y en el mismo lugar.

La agenda no cambia. Si no pudieras asistir en la nueva fecha, avísame cuanto antes para
buscar una alternativa.

Un saludo,
Pilar Gracia Lahoz
Responsable de Selección y Desarrollo · Grupo Ebro Formación
""",
        html=html_page(paras("""Hola Mireia:

Te escribo para avisarte de un cambio: por una auditoría interna que ocupa las aulas de la
Academia, la jornada de evaluación del 12 de mayo se traslada al martes 19 de mayo, con el
mismo horario (9:00 a 14:00) y en el mismo lugar.

La agenda no cambia. Si no pudieras asistir en la nueva fecha, avísame cuanto antes para
buscar una alternativa.

Un saludo,
Pilar Gracia Lahoz
Responsable de Selección y Desarrollo · Grupo Ebro Formación""")),
    ),
    dict(
        name="cesaraugusta_media_hora_mas_tarde", kind="interview_reschedule_or_cancel",
        lang="es",
        id="cesar-move", parent="cesar-invite",
        company="Universidad Cesaraugusta Online", contact="begona.artal@ucesaraugusta.example.es",
        date="2026-03-23 09:15 +0100",
        frm=("Begoña Artal", "begona.artal@ucesaraugusta.example.es"),
        to=[CAND],
        subject="Modificación de hora – entrevista PTGAS-DI-04/26",
        charset="windows-1252", cte="quoted-printable",
        text="""Estimada Sra. Castellví-Hoang:

Por necesidades de la comisión, la entrevista prevista para el miércoles 25 de marzo a las
12:00 se retrasa media hora y comenzará a las 12:30. El enlace de videoconferencia no cambia.

Le adjuntamos la convocatoria actualizada. Disculpe las molestias.

Atentamente,
Begoña Artal Sierra
Sección de Personal PTGAS – Universidad Cesaraugusta Online
""",
        ics=dict(method="REQUEST", uid="uco-ptgas-di-0426-07@ucesaraugusta.example.es",
                 sequence=1, stamp="20260323T081500Z", start="20260325T113000Z",
                 end="20260325T120000Z", cte="7bit",
                 summary="Entrevista comisión PTGAS-DI-04/26 – Castellví-Hoang",
                 location="https://videoconf.ucesaraugusta.example.es/sala/ptgas-di",
                 organizer=("Begoña Artal", "begona.artal@ucesaraugusta.example.es"),
                 attendees=[CAND_ICS]),
    ),
    # ------------------------------------------------------------------ en
    dict(
        name="brightloom_call_moved", kind="interview_reschedule_or_cancel", lang="en",
        id="brightloom-move", parent="brightloom-invite",
        company="Brightloom Learning", contact="siobhan.walsh@brightloom.example.ie",
        date="2026-02-04 12:05 +0000",
        frm=("Siobhan Walsh", "siobhan.walsh@brightloom.example.ie"),
        to=[CAND],
        subject="Your call with Brightloom Learning has been moved",
        text=BRIGHTLOOM_MOVE + """

--
Siobhan Walsh
Talent Partner | Brightloom Learning
Grand Canal Square 5, Dublin 2 | +353 1 000 8812
""",
    ),
    dict(
        name="gaelwave_client_moved", kind="interview_reschedule_or_cancel", lang="en",
        id="gaelwave-move", parent="gaelwave-invite",
        company="Gaelwave Software", contact="niamh.carroll@marlowefinch.example.ie",
        date="2026-06-12 09:30 +0100",
        frm=("Niamh Carroll | Marlowe & Finch", "niamh.carroll@marlowefinch.example.ie"),
        to=[CAND],
        subject="RE: Interview with Gaelwave Software - Wed 17 June",
        text="""Hi Mireia,

Small change from the Gaelwave side: Fionnuala is now travelling on the 17th, so they have
asked to move your interview to Friday 19 June, same time (11:00-12:00), same address. Ravi
will still be there.

Sorry for the shuffle - can you let me know today if Friday works?

Thanks,
Niamh

""" + outlook_block("en", "Niamh Carroll <niamh.carroll@marlowefinch.example.ie>",
                    "Wednesday, June 10, 2026 3:10 PM", "Mireia Castellví-Hoang",
                    "Interview with Gaelwave Software - Wed 17 June") + "\n\n"
        + GAELWAVE_INVITE + "\n",
    ),
    dict(
        name="liffey_panel_cancelled", kind="interview_reschedule_or_cancel", lang="en",
        id="liffey-cancel", parent="liffey-invite",
        company="Liffey Academic Press", contact="declan.hughes@liffeypress.example.ie",
        date="2026-05-12 17:45 +0100",
        frm=("Declan Hughes", "declan.hughes@liffeypress.example.ie"),
        to=[CAND],
        subject="Cancelled: Panel interview: Mireia Castellví-Hoang (ID Primary)",
        text="""Dear Mireia,

I am sorry to let you know that we need to cancel Thursday's panel interview. Our Editorial
Director has been called to a board meeting that day. This does not affect your
application, and I will come back to you with a new date as soon as I can.

Apologies for the inconvenience.

Kind regards,
Declan Hughes
HR Business Partner | Liffey Academic Press
""",
        ics=dict(method="CANCEL", uid="040000008200E00074C5B7101A82E0080000000070A1LAP14",
                 sequence=1, stamp="20260512T164500Z", start="20260514T130000Z",
                 end="20260514T140000Z",
                 summary="Panel interview: Mireia Castellví-Hoang (ID Primary)",
                 location="Microsoft Teams Meeting",
                 organizer=("Declan Hughes", "declan.hughes@liffeypress.example.ie"),
                 attendees=[CAND_ICS, ("Orla Keane", "orla.keane@liffeypress.example.ie"),
                            ("Seán Doyle", "sean.doyle@liffeypress.example.ie")]),
    ),
    dict(
        name="owlstone_ashby_rescheduled", kind="interview_reschedule_or_cancel", lang="en",
        id="owlstone-move", parent="owlstone-invite",
        company="Owlstone EdTech", contact="",
        date="2026-04-13 10:00 +0100",
        frm=("Owlstone EdTech", "no-reply@ashbyhq.com"),
        to=[CAND],
        subject="Updated: your interview with Owlstone EdTech",
        text="""Hi Mireia,

Your interview for Education Content Designer has been rescheduled.

New time: Thursday, 16 April 2026, 16:00-16:45 (CEST)
Previously: Wednesday, 15 April 2026, 11:00-11:45 (CEST)
Interviewer: Marcus Flynn
Location: Google Meet (link in the calendar invitation)

An updated calendar invitation is attached. If the new time does not work, use the link
below to choose another slot:
https://app.ashbyhq.example.com/owlstone/interview-scheduling/7731aa/change

Owlstone EdTech Recruiting
""",
        ics=dict(method="REQUEST", uid="ashby-ivw-owlstone-7731aa@ashbyhq.com", sequence=1,
                 stamp="20260413T090000Z", start="20260416T140000Z", end="20260416T144500Z",
                 where="attachment", prodid="-//Ashby//Interview Scheduling//EN",
                 summary="Interview: Education Content Designer (Owlstone EdTech)",
                 location="https://meet.example.com/owl-ccd-tnq",
                 organizer=("Owlstone EdTech Recruiting", "no-reply@ashbyhq.com"),
                 attendees=[CAND_ICS, ("Marcus Flynn", "marcus.flynn@owlstone.example.ie")]),
    ),
    # ------------------------------------------------------------------ fr
    dict(
        name="leman_nouvel_horaire_seq2", kind="interview_reschedule_or_cancel", lang="fr",
        id="leman-move", parent="leman-invite",
        company="Fondation Léman Éducation", contact="claire.rochat@fondation-leman.example.ch",
        date="2026-04-20 16:40 +0200",
        frm=("Claire Rochat", "claire.rochat@fondation-leman.example.ch"),
        to=[CAND],
        subject="Nouvel horaire de l'entretien – Fondation Léman Éducation",
        headers=[("Content-Class", "urn:content-classes:calendarmessage")],
        text="""Madame,

Mme Berset devant se rendre à Lausanne mercredi matin, nous sommes contraints de déplacer
votre entretien au jeudi 23 avril à 14h00, au même endroit. L'invitation mise à jour suit.

Je vous prie de nous excuser pour ce changement et vous remercie de votre souplesse.

Claire Rochat
Responsable RH · Fondation Léman Éducation
""",
        ics=dict(method="REQUEST", uid="FLE-2026-CP-0422@fondation-leman.example.ch",
                 sequence=2, stamp="20260420T144000Z", start="20260423T120000Z",
                 end="20260423T130000Z",
                 summary="Entretien – Chargée de conception pédagogique (nouvel horaire)",
                 location="Fondation Léman Éducation, Rue de Lyon 77, Genève / visio",
                 organizer=("Claire Rochat", "claire.rochat@fondation-leman.example.ch"),
                 attendees=[CAND_ICS]),
    ),
    dict(
        name="cap_immersion_reportee", kind="interview_reschedule_or_cancel", lang="fr",
        id="cap-move", parent="cap-invite",
        company="Cap Compétences", contact="julien.marty@capcompetences.example.fr",
        date="2026-07-08 18:10 +0200",
        frm=("Julien Marty", "julien.marty@capcompetences.example.fr"),
        to=[CAND],
        subject="Report de la journée d'immersion",
        cte="8bit",
        text="""Bonsoir Mireia,

Mauvaise nouvelle de dernière minute : Sandrine, la formatrice qui devait vous accueillir
demain, est malade. Plutôt que de vous faire venir pour une journée à moitié vide, nous
préférons reporter l'immersion au jeudi 16 juillet, mêmes horaires.

Je suis désolé pour le billet de train ; bien entendu, nous prenons en charge les frais
d'annulation ou de modification.

Pouvez-vous me dire si le 16 vous convient ?

Bien à vous,
Julien

""" + aecrit_fr("jeu. 2 juil. 2026 à 14:40", "Julien Marty",
                "julien.marty@capcompetences.example.fr") + "\n" + quote("""Bonjour Mireia,

Suite à notre échange téléphonique de lundi, nous avons le plaisir de vous inviter à une
journée d'immersion dans notre centre de Montpellier, le jeudi 9 juillet de 9h à 16h30.
[...]""") + "\n",
    ),
    # ------------------------------------------------------------------ de
    dict(
        name="brenner_ac_verschoben_seq1", kind="interview_reschedule_or_cancel", lang="de",
        id="brenner-move", parent="brenner-invite",
        company="Brenner Akademie", contact="katrin.oberhuber@brenner-akademie.example.de",
        date="2026-08-06 13:30 +0200",
        frm=("Katrin Oberhuber", "katrin.oberhuber@brenner-akademie.example.de"),
        to=[CAND],
        subject="Aktualisiert: Assessment Center Referentin Digitale Lernformate",
        subj_enc=("utf-8", "Q"),
        headers=[("Content-Class", "urn:content-classes:calendarmessage")],
        text="""Sehr geehrte Frau Castellví-Hoang,

aufgrund einer kurzfristigen Raumbelegung verschieben wir das Assessment Center um einen Tag
auf Freitag, den 14. August 2026, gleiche Uhrzeit (9:00 bis 15:00 Uhr), gleicher Ort.

Die aktualisierte Kalendereinladung ersetzt die bisherige. Sollte Ihnen der neue Termin nicht
möglich sein, rufen Sie mich bitte an.

Mit freundlichen Grüßen
Katrin Oberhuber
Personalreferentin · Brenner Akademie · +49 89 000 44 18
""",
        ics=dict(method="REQUEST", uid="BA-AC-20260813-MCH@brenner-akademie.example.de",
                 sequence=1, stamp="20260806T113000Z", start="20260814T070000Z",
                 end="20260814T130000Z",
                 summary="Assessment Center Referentin Digitale Lernformate (verschoben)",
                 location="Brenner Akademie, Leopoldstraße 150, München, Raum 3.12",
                 organizer=("Katrin Oberhuber", "katrin.oberhuber@brenner-akademie.example.de"),
                 attendees=[CAND_ICS]),
    ),
    # ================================================================== missed_interview_notice
    dict(
        name="turia_esperando_teams", kind="missed_interview_notice", lang="es",
        id="turia-missed", parent="turia-invite",
        company="Universidad del Turia", contact="vicent.ferrandis@unturia.example.es",
        date="2026-03-16 11:25 +0100",
        frm=("Vicent Ferrandis Sanz", "vicent.ferrandis@unturia.example.es"),
        to=[CAND],
        subject="No hemos coincidido en la videollamada de esta mañana",
        text=TURIA_MISSED + """

Vicent Ferrandis Sanz
Técnico de Selección · Servicio de Personal
Universidad del Turia · Tel. 96 000 38 12
""",
    ),
    dict(
        name="mediterranea_llamadas_sin_respuesta", kind="missed_interview_notice", lang="es",
        id="medit-missed", parent="medit-ill",
        company="Seguros Mediterránea", contact="rocio.almela@segurosmediterranea.example.es",
        date="2026-05-22 10:32 +0200",
        frm=("Rocío Almela", "rocio.almela@segurosmediterranea.example.es"),
        to=[CAND],
        subject="RE: Cambio en tu entrevista del miércoles",
        charset="windows-1252", cte="quoted-printable",
        text="""Hola Mireia:

Andrés ha intentado llamarte dos veces, a las 10:00 y a las 10:10, al número acabado en 31,
pero no ha habido respuesta y el buzón estaba lleno.

¿Puedes confirmarme si el teléfono es correcto? Cuéntame qué ha pasado y veo qué podemos
hacer.

Rocío

""" + outlook_block("es", "Rocío Almela", "martes, 19 de mayo de 2026 15:20",
                    "Mireia Castellví-Hoang", "Cambio en tu entrevista del miércoles")
        + "\n\n" + MEDIT_ILL + "\n",
    ),
    dict(
        name="flexiplus_no_presentada", kind="missed_interview_notice", lang="es",
        id="flexiplus-missed", parent="flexiplus-invite",
        company="Logística Delta Ebro", contact="sergio.navarro@flexiplus.example.es",
        date="2026-06-18 10:20 +0200",
        frm=("Sergio Navarro · Flexiplus ETT", "sergio.navarro@flexiplus.example.es"),
        to=[CAND],
        subject="¿Todo bien? No llegaste a la entrevista en Delta Ebro",
        charset="windows-1252", cte="quoted-printable",
        text="""Mireia, buenos días:

Me acaba de llamar Raquel Gimeno, de Logística Delta Ebro: te estuvieron esperando en
recepción desde las 9:30 hasta casi las 10:00 y no llegaste. Te he llamado al móvil y salta
el contestador.

Espero que no haya pasado nada. Llámame en cuanto puedas al 976 00 73 18 para explicárselo
al cliente; si fue un problema de transporte, puedo intentar recuperar la entrevista.

Sergio Navarro
Consultor de selección – Flexiplus ETT
""",
    ),
    dict(
        name="arrels_no_localizada", kind="missed_interview_notice", lang="es",
        id="arrels-missed",
        company="Centro de Formación Arrels", contact="teresa.puigvert@arrelsformacio.example.cat",
        date="2026-04-22 12:35 +0200",
        frm=("Teresa Puigvert", "teresa.puigvert@arrelsformacio.example.cat"),
        to=[CAND],
        subject="Entrevista telefónica de hoy a las 12:00",
        text="""Hola, Mireia:

Te he llamado a las 12:00, como habíamos quedado, para la entrevista telefónica de la plaza
de coordinadora de formación online, y después otra vez a las 12:15. No he conseguido
localizarte; te he dejado un mensaje en el buzón de voz.

Entiendo que a esa hora puedes estar en el aula. Si sigues interesada, respóndeme con un par
de franjas que te vayan bien esta semana.

Un saludo,
Teresa Puigvert
Directora · Centro de Formación Arrels
Carrer Migdia 48, 17002 Girona · 972 00 37 65
""",
        html=html_page(paras("""Hola, Mireia:

Te he llamado a las 12:00, como habíamos quedado, para la entrevista telefónica de la plaza
de coordinadora de formación online, y después otra vez a las 12:15. No he conseguido
localizarte; te he dejado un mensaje en el buzón de voz.

Entiendo que a esa hora puedes estar en el aula. Si sigues interesada, respóndeme con un par
de franjas que te vayan bien esta semana.

Un saludo,
Teresa Puigvert
Directora · Centro de Formación Arrels
Carrer Migdia 48, 17002 Girona · 972 00 37 65""")),
    ),
    dict(
        name="llevant_meet_sin_conexion", kind="missed_interview_notice", lang="es",
        id="llevant-missed",
        company="Academia Digital Llevant", contact="sara.peris@academiallevant.example.es",
        date="2026-07-29 09:10 +0200",
        frm=("Sara Peris", "sara.peris@academiallevant.example.es"),
        to=[CAND],
        subject="Re: Entrevista martes 17:00",
        text="""Buenos días, Mireia:

Ayer te esperamos en Google Meet de 17:00 a 17:20, Nacho y yo, y no llegaste a conectarte.
Tampoco nos entró ningún mensaje tuyo. ¿Tuviste algún problema con el enlace?

Si quieres, podemos intentarlo otra vez la semana que viene, pero necesitaría saberlo antes
del viernes.

Saludos,
Sara Peris
Coordinación pedagógica · Academia Digital Llevant

""" + escribio_es("lun, 27 jul 2026 a las 21:48", "Mireia Castellví-Hoang",
                  "mireia.ch@example.es") + "\n" + quote(LLEVANT_CONFIRM) + "\n",
    ),
    dict(
        name="open_classrooms_waited_zoom", kind="missed_interview_notice", lang="en",
        id="oci-missed", parent="oci-invite",
        company="Open Classrooms Initiative", contact="grace.mutua@openclassrooms-init.example.ch",
        date="2026-08-18 10:24 +0200",
        frm=("Grace Mutua", "grace.mutua@openclassrooms-init.example.ch"),
        to=[CAND],
        subject="Re: Interview invitation - Learning Designer (Teacher Training), Geneva",
        text="""Dear Mireia,

Daniel and I waited on Zoom from 10:00 until about 10:15 this morning but did not see you
join. I hope everything is all right.

If something came up, please let me know. We are finishing first interviews this week, so I
cannot promise another slot, but I will ask.

Best wishes,
Grace

""" + wrote_en("Mon, 10 Aug 2026 at 09:00", "Grace Mutua",
               "grace.mutua@openclassrooms-init.example.ch") + "\n" + quote("""Dear Mireia,

Thank you for your application to the Open Classrooms Initiative. We were impressed by your
experience with multilingual classrooms and would like to invite you to an interview.

Tuesday 18 August, 10:00-10:50 Geneva time (CEST), on Zoom:
https://zoom.example.us/j/84120077331  (passcode 552901)
[...]""") + "\n",
    ),
    dict(
        name="quillworks_tried_calling", kind="missed_interview_notice", lang="en",
        id="quill-missed", parent="quill-ack",
        company="Quillworks", contact="ellen.doyle@quillworks.example.ie",
        date="2026-06-04 14:25 +0100",
        frm=("Ellen Doyle", "ellen.doyle@quillworks.example.ie"),
        to=[CAND],
        subject="Missed you at 14:00",
        text="""Hi Mireia,

I tried calling you twice at 14:00 Irish time for our phone screen, on the +34 number from
your application, but it went to voicemail both times.

No worries if something came up. Just reply with a couple of times that suit you and we'll
try again.

Ellen Doyle
People Operations, Quillworks
""",
    ),
    dict(
        name="skolaris_attendue_meet", kind="missed_interview_notice", lang="fr",
        id="skolaris-missed", parent="skolaris-ack",
        company="Skolaris", contact="romain.castex@skolaris.example.fr",
        date="2026-09-17 10:30 +0200",
        frm=("Romain Castex", "romain.castex@skolaris.example.fr"),
        to=[CAND],
        subject="Entretien de ce matin",
        subj_enc=("utf-8", "Q"),
        text="""Bonjour Mireia,

Nous vous avons attendue sur Google Meet ce matin à 10h00, comme convenu lors de notre
échange de vendredi, mais vous ne vous êtes pas connectée.

J'espère que tout va bien de votre côté. Si vous êtes toujours intéressée par le poste,
n'hésitez pas à me proposer un autre créneau d'ici la fin de la semaine.

Bien à vous,
Romain Castex
Head of Learning · Skolaris
""",
    ),
    dict(
        name="lernwerk_nicht_erreicht", kind="missed_interview_notice", lang="de",
        id="lernwerk-missed", parent="lernwerk-invite",
        company="Lernwerk Isar", contact="jonas.brandl@lernwerk-isar.example.de",
        date="2026-02-16 10:40 +0100",
        frm=("Jonas Brandl", "jonas.brandl@lernwerk-isar.example.de"),
        to=[CAND],
        subject="Unser Termin am Montag",
        text="""Liebe Frau Castellví-Hoang,

Lea Hartmann und ich waren heute um 10:00 Uhr im Teams-Meeting, haben Sie aber leider nicht
erreicht. Auch unter Ihrer Mobilnummer konnten wir Sie nicht sprechen.

Falls technische Probleme der Grund waren, melden Sie sich bitte bis Freitag. Ab morgen bin
ich allerdings bis zum 20. Februar nicht im Büro.

Viele Grüße
Jonas Brandl
Talent Acquisition · Lernwerk Isar

""" + schrieb_de("Mo., 9. Feb. 2026 um 10:30", "Jonas Brandl",
                 "jonas.brandl@lernwerk-isar.example.de") + "\n" + quote("""Liebe Frau Castellví-Hoang,

wir laden Sie herzlich zu einem Videointerview ein:

Montag, 16. Februar 2026, 10:00–11:00 Uhr
Microsoft Teams (den Link erhalten Sie am Vortag)
[...]""") + "\n",
    ),
    dict(
        name="alpenrose_vergeblich_gewartet", kind="missed_interview_notice", lang="de",
        id="alpenrose-missed", parent="alpenrose-invite",
        company="Verlag Alpenrose", contact="florian.seidl@hofmann-seidl.example.de",
        date="2026-10-07 15:05 +0200",
        frm=("Florian Seidl", "florian.seidl@hofmann-seidl.example.de"),
        to=[CAND],
        subject="AW: Gesprächstermin beim Verlag Alpenrose",
        charset="iso-8859-1", cte="quoted-printable",
        text="""Hallo Frau Castellví-Hoang,

Frau Dr. Lechner hat mich eben angerufen: Sie hat heute ab 14:00 Uhr eine Viertelstunde im
Zoom-Raum gewartet, aber Sie haben sich nicht eingewählt. Ich habe Sie anschließend zweimal
angerufen und Ihnen auf die Mailbox gesprochen.

Ist etwas passiert? Bitte melden Sie sich kurz bei mir, damit ich dem Verlag etwas sagen
kann.

Beste Grüße
Florian Seidl
Hofmann & Seidl Personalberatung · +49 89 000 90 77
""",
    ),
]
