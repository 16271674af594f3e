"""163rd corpus, hand-written: rejections (31).

Each message is one dict (see make_hundredsixtythird.py for the keys). Every rejection is worded
on its own; none reuses another's sentence pattern.
"""

# ruff: noqa: C408  (each message is written as a dict(...) call on purpose)
from __future__ import annotations

from msgs163_common import CAND_ADDR, CAND_NAME, card, outlook, outlook_reply, reply, simple

MDT_THANKS = """Estimado Gonzalo:

Muchas gracias por la entrevista de esta mañana y por mostrarme el flujo de producción de los
textos digitales de Lenguaje. Me quedé pensando en la idea de las guías interactivas para 3.º
básico; si les sirve, puedo enviarles un boceto de cómo lo plantearía.

Quedo atenta a sus noticias.

Saludos cordiales,
Carmen Quispe-Lindqvist
"""

RAMBLA_THREAD = """¡Perfecto, Gabriela! Nos vemos el martes 21 a las 15 por Zoom.
Gracias,
Carmen

El jue, 16 abr 2026 a las 11:02, Gabriela Pereyra <gpereyra@ramblaeduca.example.org.uy> escribió:
> Hola Carmen:
>
> Te invitamos a una entrevista para el puesto de Diseñadora de Cursos Virtuales del programa
> "Maestras en Red". Sería el martes 21 de abril a las 15:00 (hora de Uruguay) por Zoom, con la
> coordinadora pedagógica y conmigo. ¿Te queda bien?
>
> Saludos,
> Gabriela Pereyra
> Fundación Rambla Educa
"""

MAPLE_THANKS = """Hi Priya,

Thank you for organising the panel today, and please pass my thanks on to Hannah, Tomás and
Kwame. I really enjoyed the conversation about teacher-facing onboarding, and the question about
designing for low-bandwidth classrooms has stayed with me.

I'm very excited about the role and look forward to hearing about next steps.

Best regards,
Carmen
"""

GLA_MOVED = """Dear Ms Quispe-Lindqvist,

Owing to a maintenance window on our testing platform, the written assessment scheduled for
Wednesday 12 August is moved to Friday 14 August 2026, 14:00 CEST (08:00 in Santiago). Your
credentials will be re-sent on 12 August.

The panel interview remains on Wednesday 19 August at 15:00 CEST.

We apologise for the inconvenience.

Yours sincerely,
Anneliese Moreau
Human Resources Officer, Global Learning Alliance
"""

BB_INV_SHORT = """Sehr geehrte Frau Quispe-Lindqvist,

vielen Dank für Ihre Bewerbung als Referentin für digitale Lernangebote. Ihre Unterlagen haben
uns überzeugt, und wir laden Sie herzlich zu einem Vorstellungsgespräch ein:

Montag, 14. September 2026, 11:00 Uhr
Stiftung Bildungsbrücke, Oranienstraße 185, 10999 Berlin
(alternativ per Video, falls Sie noch nicht in Berlin sind)

Bitte bestätigen Sie den Termin kurz per E-Mail.

Mit freundlichen Grüßen
Dr. Katrin Vogel
"""

MESSAGES: list[dict] = [
    dict(
        kind="rejection", slug="andina_concurso_congelado", lang="es",
        company="Universidad Andina del Pacífico", contact="rsalinas@uandina.example.cl",
        frm=("Rodrigo Salinas Mella", "rsalinas@uandina.example.cl"),
        subject="Concurso 14/2026 – Diseñador/a Instruccional: cierre del proceso",
        date="2026-03-20 17:05 -0300", tid="andina_rej", parent="andina_cancel",
        text="""Estimada Sra. Quispe-Lindqvist:

Lamento escribirle con esta noticia. La Vicerrectoría de Administración congeló el Concurso
14/2026 a raíz del ajuste presupuestario del primer semestre, de modo que no reprogramaremos la
entrevista y el proceso no continuará. Si en el futuro el cargo vuelve a abrirse, se publicará
un nuevo llamado al que podrá postular.

Agradezco sinceramente el tiempo que dedicó a su postulación.

Atentamente,

Rodrigo Salinas Mella
Coordinador de Selección Académica
Dirección de Personas
Universidad Andina del Pacífico
Av. Brasil 2140, Valparaíso | +56 32 226 5410

Este mensaje y sus adjuntos son confidenciales y están dirigidos exclusivamente a su
destinatario. Si lo ha recibido por error, le solicitamos eliminarlo y avisar al remitente.
""",
    ),
    dict(
        kind="rejection", slug="talentia_reenvia_banco", lang="es",
        company="Banco Cordillera", contact="mfuenzalida@talentia.example.cl",
        frm=("Matías Fuenzalida", "mfuenzalida@talentia.example.cl"),
        subject="Fwd: Candidata Quispe-Lindqvist – Diseñadora de Capacitación",
        date="2026-03-27 12:40 -0300", tid="tal_rej", parent="tal_missed",
        text="""Hola Carmen:

Te reenvío la respuesta que me llegó de Banco Cordillera. Al final se quedaron con otra
persona para el cargo, así que por este lado el proceso se cierra. Sé que la reagendada no fue
fácil y te agradezco la buena disposición.

Tu perfil queda activo con nosotros y te voy a tener en cuenta para las búsquedas de
capacitación que se vienen en abril.

Un abrazo,
Matías Fuenzalida
Consultor Senior | Talentia Consultores
""",
        html=simple("es"),
        eml=dict(
            frm=("Claudia Ibarra", "cibarra@bancocordillera.example.cl"),
            to=[("Matías Fuenzalida", "mfuenzalida@talentia.example.cl")],
            subject="Candidata Quispe-Lindqvist – Diseñadora de Capacitación",
            date="2026-03-26 18:12 -0300", kind="x", slug="inner_cordillera",
            filename="Candidata Quispe-Lindqvist.eml",
            text="""Matías:

Gracias por presentarnos a Carmen. Finalmente conversamos con ella el jueves y fue una buena
entrevista, pero vamos a seguir con una candidata que ya trabajó en formación para banca y
conoce nuestras normativas. Agradécele de nuestra parte.

Saludos,
Claudia Ibarra
Subgerenta de Formación, Banco Cordillera
""",
        ),
    ),
    dict(
        kind="rejection", slug="nandu_cerramos_postulacion", lang="es",
        company="Ñandú Learning", contact="lucas.benitez@nandu.example.com.ar",
        frm=("Lucas Benítez via Greenhouse", "no-reply@us.greenhouse-mail.io"),
        name_enc=("utf-8", "q"),
        reply_to=("Lucas Benítez", "lucas.benitez@nandu.example.com.ar"),
        subject="Tu postulación en Ñandú Learning",
        date="2026-02-17 19:40 +0000", tid="nandu_rej",
        text="""Hola Carmen,

Gracias por tu mensaje de la semana pasada explicando lo del horario. Como no logramos
concretar la charla y el proceso ya está en la etapa final con otras personas, vamos a cerrar tu
postulación para Instructional Designer (Primaria) acá.

Nos quedamos con tus datos: en el segundo semestre abrimos búsquedas para secundaria y nos
encantaría que te postules.

Un saludo grande,
Lucas Benítez
Talent Acquisition — Ñandú Learning
""",
        html=card("Ñandú Learning", "#0f766e", "es"),
    ),
    dict(
        kind="rejection", slug="retiro_smartrecruiters", lang="es",
        company="Grupo Editorial Retiro", contact="",
        frm=("Grupo Editorial Retiro", "noreply@smartrecruiters.com"),
        subject="Su candidatura: Editor/a de materiales digitales (Primaria)",
        date="2026-02-12 08:15 +0000",
        text="""Estimada Carmen:

Le agradecemos el interés mostrado en Grupo Editorial Retiro y el tiempo dedicado a su
candidatura para el puesto de Editor/a de materiales digitales (Primaria).

Tras estudiar detenidamente todos los perfiles recibidos, hemos optado por otras candidaturas
para las siguientes fases, por lo que su proceso finaliza aquí. Conservaremos sus datos durante
doce meses por si surgiera una vacante acorde a su perfil, salvo que nos indique lo contrario.

Le deseamos mucho éxito en su carrera profesional.

Departamento de Recursos Humanos
Grupo Editorial Retiro · Calle de O'Donnell 34, 28009 Madrid
""",
        html_only=True,
        html=card("Grupo Editorial Retiro", "#1e3a8a", "es",
                  footer="Este correo se ha enviado a través de SmartRecruiters. Por favor, no "
                         "responda a este mensaje."),
    ),
    dict(
        kind="rejection", slug="claseviva_lever_audiovisual", lang="es",
        company="Clase Viva", contact="",
        frm=("Clase Viva", "no-reply@hire.lever.co"),
        subject="Actualización sobre tu postulación a Clase Viva",
        date="2026-01-30 21:05 +0000",
        text="""Hola Carmen,

Queremos agradecerte por postular al cargo de Diseñadora de Experiencias de Aprendizaje en Clase
Viva.

Para esta posición necesitamos a alguien con varios años de experiencia en producción
audiovisual y edición de video, y por eso no vamos a continuar con tu postulación. Sabemos que
esta no es la respuesta que esperabas.

Te invitamos a seguir nuestras vacantes en clasevivacl.example.cl/trabaja-con-nosotros.

Saludos,
El equipo de Clase Viva
""",
        html=card("Clase Viva", "#ea580c", "es"),
    ),
    dict(
        kind="rejection", slug="semilla_terse", lang="es",
        company="Fundación Semilla Educa", contact="pcontreras@semillaeduca.example.org",
        frm=("Paula Contreras", "pcontreras@semillaeduca.example.org"),
        subject="Re: Postulación Coordinadora de Formación Virtual",
        date="2026-02-13 18:22 -0300", tid="semilla_rej", parent="semilla_inv",
        text="""Hola Carmen, gracias por venir el miércoles. Esta vez no quedaste seleccionada.
Te deseo lo mejor.

Paula
""",
    ),
    dict(
        kind="rejection", slug="mardetinta_tras_agradecimiento", lang="es",
        company="Editorial Mar de Tinta", contact="grios@mardetinta.example.cl",
        frm=("Gonzalo Ríos", "grios@mardetinta.example.cl"),
        subject="Re: Gracias por la entrevista - Editora de recursos digitales",
        subj_enc=("iso-8859-1", "b"),
        date="2026-03-04 13:10 -0300", tid="mdt_rej", parent="mdt_app",
        charset="iso-8859-1", cte="8bit",
        text=reply("""Carmen:

Gracias a ti por la conversación y por la idea de las guías. Te escribo para contarte que
cerramos la búsqueda y que la editorial eligió a una editora con experiencia previa en textos
escolares licitados por el Ministerio, algo que para este año era clave.

No hace falta que nos mandes el boceto, aunque te agradezco el ofrecimiento. Ojalá nos crucemos
en otro proyecto.

Un saludo,
Gonzalo Ríos
Editor general
Editorial Mar de Tinta
Av. Condell 1190, Providencia""", "es", "vie, 27 feb 2026 a las 12:48", CAND_NAME, CAND_ADDR,
                   MDT_THANKS),
    ),
    dict(
        kind="rejection", slug="ceibo_cubierta_internamente", lang="es",
        company="Ceibo Digital", contact="lucia.ferreira@ceibo.example.com.uy",
        frm=("Ceibo Digital", "ceibodigital@jobs.recruitee.com"),
        reply_to=("Lucía Ferreira", "lucia.ferreira@ceibo.example.com.uy"),
        subject="Novedades sobre Diseño Instruccional en Ceibo Digital",
        date="2026-05-04 14:30 +0000", tid="ceibo_rej",
        text="""Hola Carmen:

Te escribo para contarte cómo sigue la búsqueda de Diseño Instruccional. Después de las
entrevistas, decidimos cubrir la posición con una persona de nuestro equipo de soporte
pedagógico que venía trabajando con los contenidos desde el año pasado.

Por eso cerramos el proceso externo. Gracias por tu tiempo, y perdón de nuevo por el lío con la
llamada.

Un abrazo,
Lucía Ferreira
People & Culture — Ceibo Digital
""",
        html=card("Ceibo Digital", "#15803d", "es",
                  footer="Ceibo Digital · Montevideo · Enviado con Recruitee"),
    ),
    dict(
        kind="rejection", slug="chamberi_terna_outlook", lang="es",
        company="Universidad Abierta de Chamberí",
        contact="inmaculada.barrios@uachamberi.example.es",
        frm=("Inmaculada Barrios", "inmaculada.barrios@uachamberi.example.es"),
        subject="Resolución del proceso – Técnica de diseño instruccional",
        subj_enc=("windows-1252", "q"),
        date="2026-06-30 13:45 +0200", tid="cham_rej", parent="cham_missed",
        charset="windows-1252", cte="quoted-printable", html_only=True,
        text="""Estimada Sra. Quispe-Lindqvist:

Le agradecemos que reprogramara la entrevista y la claridad de su exposición del pasado día 23.

Una vez concluidas todas las entrevistas, la comisión de selección ha resuelto no incluir su
candidatura en la terna final del puesto de Técnica de diseño instruccional. La resolución
completa se publicará en el tablón electrónico de la Universidad en los próximos días.

Reciba un cordial saludo,

Inmaculada Barrios
Servicio de Selección de PDI y PTGAS
Universidad Abierta de Chamberí
C/ de Santa Engracia 48 – 28010 Madrid
Tel. 91 555 63 20

La información contenida en este mensaje es confidencial. Si usted no es el destinatario,
le rogamos que lo comunique al remitente y proceda a su borrado.
""",
        html=outlook("es"),
    ),
    dict(
        kind="rejection", slug="platasur_workday_cancelada", lang="es",
        company="Banco del Plata Sur", contact="",
        frm=("Banco del Plata Sur", "bancoplatasur@myworkday.com"),
        subject="Búsqueda R-10482 Analista de Formación e-learning – cancelada",
        date="2026-03-23 15:00 +0000", tid="plata_rej",
        cte="base64",
        text="""Hola Carmen Quispe-Lindqvist:

Te informamos que la búsqueda R-10482 Analista de Formación e-learning, en la que participaste,
fue cancelada por una reorganización del área de Universidad Corporativa y no continuará.

Tu postulación queda cerrada. Podés consultar nuevas oportunidades y actualizar tu perfil en
nuestro portal de carreras.

Saludos,
Talento — Banco del Plata Sur

Este es un correo automático, por favor no lo respondas.
""",
        html=card("Banco del Plata Sur", "#334155", "es"),
        html_cte="base64",
    ),
    dict(
        kind="rejection", slug="puntohumano_cliente_no", lang="es",
        company="Punto Humano", contact="nortega@puntohumano.example.com.ar",
        frm=("Nicolás Ortega", "nortega@puntohumano.example.com.ar"),
        subject="Te cuento del cliente",
        date="2026-02-24 19:52 -0300", tid="ph_rej", parent="ph_ack",
        text="""Che Carmen, ¿cómo andás?

Te aviso que el cliente de la búsqueda de capacitación (la empresa de seguros que te comenté por
teléfono) no avanzó con tu perfil. Me dijeron que buscan a alguien que ya haya armado cursos
para fuerza de ventas, y ahí no dimos con lo que querían.

No te desanimes, que tu CV está muy bien armado. Apenas tenga otra búsqueda de educación te
escribo.

Nico
Punto Humano RRHH — Consultoría en selección
Lavalle 1430, 3.º B, CABA
""",
    ),
    dict(
        kind="rejection", slug="puertodigital_honesto", lang="es",
        company="Cooperativa Puerto Digital", contact="diego@puertodigital.example.cl",
        frm=("Diego Carrasco", "diego@puertodigital.example.cl"),
        subject="Re: Conversemos sobre los cursos de alfabetización digital",
        date="2026-04-21 22:03 -0400", tid="pd_rej", parent="pd_carmen_move",
        text="""Carmen, qué bueno haber conversado el lunes 13.

Te soy honesto: lo discutimos en la asamblea de la coop y preferimos a alguien que viva en Valpo
y pueda ir a las sedes vecinales dos veces por semana. Con la distancia a Santiago no nos cuadra
esta vez, aunque nos encantó tu forma de pensar los cursos.

Si algún día te animas con algo remoto, te escribo de una.

Abrazo,
Diego
""",
    ),
    dict(
        kind="rejection", slug="anfd_acta_evaluacion_pdf", lang="es",
        company="Agencia Nacional de Formación Docente", contact="valarcon@anfd.example.cl",
        frm=("Verónica Alarcón Soto", "valarcon@anfd.example.cl"),
        subject="Resultado etapa de evaluación curricular – Concurso 2026-DI-03",
        date="2026-06-12 16:30 -0400", tid="anfd_rej",
        text="""Estimada Sra. Carmen Quispe-Lindqvist:

Junto con saludar, informo a usted que, conforme al acta de evaluación adjunta, su postulación
al Concurso 2026-DI-03 (Profesional de Apoyo en Formación Continua) no alcanzó el puntaje mínimo
de 60 puntos en la etapa de evaluación curricular, por lo que no continúa en las etapas
siguientes del proceso.

Agradecemos su participación y la invitamos a seguir postulando a los concursos de la Agencia.

Saluda atentamente,
Verónica Alarcón Soto
Unidad de Gestión de Personas
Agencia Nacional de Formación Docente
""",
        html=outlook("es"),
        attach=[dict(filename="Acta_evaluacion_curricular_2026-DI-03.pdf",
                     title="Acta de evaluación curricular – Concurso 2026-DI-03",
                     lines=["Postulante: Carmen Quispe-Lindqvist",
                            "Formación: 18/25",
                            "Experiencia específica: 14/35",
                            "Capacitación: 16/20",
                            "Total: 48/100 (puntaje mínimo: 60)",
                            "Resultado: no continúa en el proceso"])],
    ),
    dict(
        kind="rejection", slug="rambla_hilo_largo", lang="es",
        company="Fundación Rambla Educa", contact="gpereyra@ramblaeduca.example.org.uy",
        frm=("Gabriela Pereyra", "gpereyra@ramblaeduca.example.org.uy"),
        subject="Re: Entrevista – Diseñadora de Cursos Virtuales (Maestras en Red)",
        date="2026-04-28 17:15 -0300", tid="rambla_rej",
        refs_extra=["<20260416110200.a81f@ramblaeduca.example.org.uy>",
                    "<20260416132000.c0ffee@mail.example.cl>"],
        text=reply("""Hola Carmen:

Gracias otra vez por la entrevista del martes 21. Tuvimos muchas postulaciones muy buenas y,
después de pensarlo bastante con la coordinadora, elegimos a otra candidata, que ya trabajó en
el programa como tutora y conoce a las maestras de la red.

Sentimos no traerte mejores noticias. Vamos a guardar tu CV para las próximas convocatorias de
la fundación.

Cariños,
Gabriela Pereyra
Fundación Rambla Educa — Montevideo""", "es", "jue, 16 abr 2026 a las 13:20", CAND_NAME,
                   CAND_ADDR, RAMBLA_THREAD),
        html=simple("es"),
    ),
    dict(
        kind="rejection", slug="ludica_personio_encaje", lang="es",
        company="Lúdica Formación", contact="",
        frm=("Lúdica Formación", "noreply@mail.personio.de"),
        subject="Tu candidatura en Lúdica Formación",
        subj_enc=("iso-8859-1", "b"),
        date="2026-05-21 07:45 +0000", tid="ludica_rej", parent="ludica_ack",
        text="""Hola Carmen:

Te damos las gracias por presentar tu candidatura al puesto de Diseñador/a instruccional
(gamificación) en Lúdica Formación.

Hemos revisado tu perfil con atención y hemos decidido no seguir adelante con él en esta
ocasión: el puesto exige experiencia demostrable con motores de juego (Unity o Godot) que no
aparece en tu currículum.

Te animamos a seguir atenta a nuestras ofertas.

Un saludo,
Equipo de Personas
Lúdica Formación · Valencia
""",
        html=card("Lúdica Formación", "#be185d", "es"),
    ),
    dict(
        kind="rejection", slug="aula_abierta_desierto", lang="es",
        company="Plan Aula Abierta", contact="rtechera@aulaabierta.example.uy",
        frm=("Rosina Techera", "rtechera@aulaabierta.example.uy"),
        subject="Llamado N.º 37/2026 – Comunicación de resultados",
        date="2026-08-26 11:20 -0300", tid="aula_rej", parent="aula_missed",
        text="""De nuestra mayor consideración:

Se comunica a usted que, recibida su nota de justificación y realizada la entrevista de
recuperación el día 17 de agosto, el Tribunal del Llamado N.º 37/2026 resolvió declarar
desierto el llamado, por entender que ninguna de las personas postulantes reunía la totalidad
de los requisitos del perfil.

La resolución puede consultarse en el portal de llamados del Plan.

Saluda atentamente,
Lic. Rosina Techera
Unidad de Recursos Humanos — Plan Aula Abierta
""",
    ),
    dict(
        kind="rejection", slug="kintu_desafio_no_sigues", lang="es",
        company="Kintu Aprendizaje", contact="ignacio.perez@kintu.example.cl",
        frm=("Ignacio Pérez vía Kintu Aprendizaje", "kintu@teamtailor-mail.com"),
        reply_to=("Ignacio Pérez", "ignacio.perez@kintu.example.cl"),
        subject="Sobre tu entrevista técnica en Kintu",
        date="2026-03-24 20:11 +0000", tid="kintu_rej", parent="kintu_move",
        text="""Hola Carmen:

Gracias por la entrevista técnica del miércoles 11. Tu propuesta para la lección de fracciones
nos gustó, sobre todo la parte de retroalimentación inmediata.

Aun así, comparamos las propuestas de las cuatro personas finalistas y no seguirás en el
proceso: buscamos a alguien que ya haya trabajado con equipos de producto y métricas de uso
dentro de una app, y esa experiencia todavía no la tienes.

Cualquier pregunta, respóndeme directamente.

Ignacio Pérez
Lead de Aprendizaje — Kintu Aprendizaje
""",
        html=card("Kintu Aprendizaje", "#6d28d9", "es"),
    ),
    # --- English
    dict(
        kind="rejection", slug="maplewise_after_panel_thanks", lang="en",
        company="Maplewise Learning", contact="priya.natarajan@maplewise.example.ca",
        frm=("Priya Natarajan", "priya.natarajan@maplewise.example.ca"),
        subject="Re: Thank you - Instructional Designer panel",
        date="2026-05-05 15:40 -0400", tid="maple_rej", parent="maple_thanks",
        text=reply("""Hi Carmen,

Thank you for this lovely note, and for the time you gave us on the panel. The team enjoyed
meeting you.

I wish I had better news. We've now finished the final round, and we've offered the role to a
candidate who has already shipped curriculum for a K-8 platform in Ontario. It was a close
decision and the panel was genuinely impressed by your walkthrough.

If it's alright with you, I'd like to keep your details on file for our Spanish programs, which
we expect to grow next year.

Warmly,
Priya""", "en", "Thu, Apr 23, 2026 at 6:02 PM", CAND_NAME, CAND_ADDR, MAPLE_THANKS),
        html=simple("en"),
    ),
    dict(
        kind="rejection", slug="lakeshore_taleo_formal", lang="en",
        company="Lakeshore College", contact="",
        frm=("Lakeshore College Careers", "noreply@taleo.net"),
        subject="Lakeshore College - Job 2600317 Instructional Designer, Continuing Education",
        date="2026-06-22 12:00 +0000", tid="lake_rej", parent="lake_ack",
        text="""Dear Carmen Quispe-Lindqvist,

Thank you for your interest in the Instructional Designer, Continuing Education position
(Job 2600317) at Lakeshore College.

We have completed our review of applications. While your qualifications are appreciated, we have
decided to pursue other applicants for this position. Your candidate profile will remain active
and you may apply to other openings through our careers site.

Sincerely,
Human Resources
Lakeshore College, Toronto, Ontario

Please do not reply to this message; this mailbox is not monitored.
""",
        html_only=True,
        html=card("Lakeshore College", "#7f1d1d", "en"),
    ),
    dict(
        kind="rejection", slug="northbridge_workday_on_hold", lang="en",
        company="Northbridge Bank", contact="",
        frm=("Northbridge Bank", "northbridgebank@myworkday.com"),
        subject="Update on your application - Learning Experience Designer (R-58820)",
        date="2026-05-26 16:10 +0000", tid="nb_rej",
        text="""Dear Carmen,

Thank you for your interest in the Learning Experience Designer role (R-58820) with Northbridge
Bank's Enterprise Learning team.

We are writing to let you know that the position has been put on hold and we will not be
proceeding with the recruitment at this time. As a result, your application has been closed.

We appreciate the time you invested and encourage you to keep an eye on our careers site.

Northbridge Bank Talent Acquisition
""",
        html=card("Northbridge Bank", "#0b3d91", "en",
                  footer="This is an automated message from Workday. Replies are not "
                         "monitored."),
    ),
    dict(
        kind="rejection", slug="kestrel_harbourfront_pass", lang="en",
        company="Harbourfront Learning", contact="jamie.li@kestreltalent.example.ca",
        frm=("Jamie Li", "jamie.li@kestreltalent.example.ca"),
        subject="Harbourfront - their decision",
        date="2026-06-24 17:02 -0400", tid="kes_rej", parent="kes_missed",
        text="""Hi Carmen,

Heard back from Harbourfront today. They're not moving forward - Rachel felt the French
Immersion piece was too big a gap for this contract. Sorry it's not better news, especially
after the second slot we sorted out.

I'll keep you in mind for anything Spanish-language or remote that comes through.

Jamie
""",
    ),
    dict(
        kind="rejection", slug="brightloop_ceo_casual", lang="en",
        company="Brightloop", contact="maya@brightloop.example.ca",
        frm=("Maya Castellanos", "maya@brightloop.example.ca"),
        cc=[("Owen Fraser", "owen@brightloop.example.ca")],
        subject="Brightloop x Carmen",
        date="2026-06-02 19:48 -0400", tid="bright_rej", parent="bright_missed",
        text="""Hey Carmen -

Thanks for spending so much time with us over the last few weeks, including the final chat with
me on Friday. I wanted to tell you myself: we went another way for the Learning Designer seat.
We're a team of eleven and I need someone who can also own our help-centre content from day one,
which is a different profile from yours.

You clearly know classrooms better than any of us. Stay in touch?

Maya
CEO, Brightloop
""",
    ),
    dict(
        kind="rejection", slug="riverdale_icims_closely_matches", lang="en",
        company="Riverdale Community Learning Centre", contact="",
        frm=("Riverdale Community Learning Centre", "careers-riverdalelc@talent.icims.com"),
        subject="Your application for E-Learning Coordinator (Bilingual)",
        date="2026-06-09 14:25 +0000",
        text="""Dear Carmen,

Thank you for applying for the E-Learning Coordinator (Bilingual) position at Riverdale
Community Learning Centre.

We received a large number of strong applications. After careful consideration, we have decided
to move forward with candidates whose experience more closely matches the requirements of this
role.

We wish you every success in your search.

Riverdale Community Learning Centre
People & Culture
""",
        html=card("Riverdale Community Learning Centre", "#166534", "en"),
    ),
    dict(
        kind="rejection", slug="gla_written_not_retained", lang="en",
        company="Global Learning Alliance", contact="a.moreau@globallearning.example.ch",
        frm=("Anneliese Moreau", "a.moreau@globallearning.example.ch"),
        subject="RE: Shortlisted: Learning Designer (P-2), GLA/2026/041 - outcome of the written "
                "assessment",
        date="2026-08-27 16:55 +0200", tid="gla_rej", parent="gla_move",
        text=outlook_reply(
            """Dear Ms Quispe-Lindqvist,

I refer to the written assessment you completed on 14 August. The assessment panel has reviewed
all submissions, and I regret to inform you that your score did not reach the threshold required
to proceed. Accordingly, the interview of 19 August did not go ahead for you and your candidacy
for GLA/2026/041 will not be considered further.

Thank you for the interest you have shown in the Global Learning Alliance.

Yours sincerely,
Anneliese Moreau
Human Resources Officer
Global Learning Alliance
Route de Ferney 150, 1211 Geneva, Switzerland

This message is intended only for the addressee and may contain confidential information.""",
            "en", "Anneliese Moreau <a.moreau@globallearning.example.ch>",
            "Monday, 10 August 2026 09:05",
            "Carmen Quispe-Lindqvist <carmen.ql@example.cl>",
            "RE: Shortlisted: Learning Designer (P-2), GLA/2026/041 - revised date for the "
            "written assessment", GLA_MOVED),
        html=outlook("en"),
    ),
    dict(
        kind="rejection", slug="oakridge_workable_short", lang="en",
        company="Oakridge Press", contact="erin.walsh@oakridgepress.example.ca",
        frm=("Oakridge Press", "noreply@candidates.workablemail.com"),
        reply_to=("Erin Walsh", "erin.walsh@oakridgepress.example.ca"),
        subject="Oakridge Press - Digital Learning Editor",
        date="2026-07-07 13:33 +0000",
        text="""Hi Carmen,

Thanks for your interest in the Digital Learning Editor role. We've reviewed your application
and unfortunately we won't be taking it further - the role has shifted towards high-school
science, and we're prioritising editors with that subject background.

All the best,
Erin Walsh
Managing Editor, Oakridge Press
""",
        html=card("Oakridge Press", "#44403c", "en"),
    ),
    # --- French
    dict(
        kind="rejection", slug="lemanique_apres_entretien", lang="fr",
        company="Fondation Lémanique pour l'Éducation",
        contact="claire.rochat@fondation-lemanique.example.ch",
        frm=("Claire Rochat", "claire.rochat@fondation-lemanique.example.ch"),
        subject="Votre candidature – Conceptrice pédagogique e-learning",
        date="2026-08-03 11:05 +0200", tid="lem_rej", parent="lem_move",
        text="""Madame,

Nous vous remercions vivement pour l'entretien du 17 juillet et pour la qualité de vos réponses.

Après avoir rencontré l'ensemble des personnes retenues, nous avons fait le choix d'une candidate
installée en Suisse romande, disponible dès septembre et familière du Plan d'études romand. Nous
ne pourrons donc pas donner suite à votre candidature.

Nous vous souhaitons plein succès dans votre transition vers la conception pédagogique.

Avec nos meilleures salutations,

Claire Rochat
Chargée des ressources humaines
Fondation Lémanique pour l'Éducation
Rue de Lausanne 64, 1202 Genève
""",
        html=simple("fr"),
    ),
    dict(
        kind="rejection", slug="rmb_successfactors_formel", lang="fr",
        company="Banque Rhône-Mont-Blanc", contact="",
        frm=("Banque Rhône-Mont-Blanc", "noreply@successfactors.eu"),
        subject="Votre candidature au poste de Concepteur·rice pédagogique e-learning "
                "(réf. 41877)",
        date="2026-08-05 06:30 +0000", tid="rmb_rej",
        charset="windows-1252", cte="quoted-printable",
        text="""Madame,

Nous vous remercions de l'intérêt que vous portez à la Banque Rhône-Mont-Blanc et de votre
participation à notre journée d'évaluation du 28 juillet.

Au terme de cette étape, nous sommes au regret de vous informer que nous ne sommes pas en mesure
de donner une suite favorable à votre candidature pour le poste de Concepteur·rice pédagogique
e-learning (réf. 41877).

Vos données seront conservées 6 mois dans notre vivier, sauf opposition de votre part.

Nous vous prions d'agréer, Madame, nos salutations distinguées.

Ressources humaines – Banque Rhône-Mont-Blanc

Ceci est un message automatique ; merci de ne pas y répondre.
""",
        html=card("Banque Rhône-Mont-Blanc", "#7c2d12", "fr"),
    ),
    dict(
        kind="rejection", slug="alpes_versoix_interne", lang="fr",
        company="Collège international de Versoix", contact="s.girard@alpes-carrieres.example.ch",
        frm=("Sébastien Girard", "s.girard@alpes-carrieres.example.ch"),
        subject="Poste de coordinatrice e-learning – Collège international de Versoix",
        date="2026-08-20 15:12 +0200", tid="alpes_rej",
        text="""Bonjour Carmen,

Je reviens vers vous au sujet du poste de coordinatrice e-learning pour lequel je vous avais
présentée au Collège international de Versoix.

La direction m'a informé hier que le poste a finalement été pourvu en interne : une enseignante
de la section primaire reprend la coordination à mi-temps dès la rentrée. Le processus externe
est donc clos, et votre dossier avec.

Je suis désolé pour ce dénouement. Je garde votre profil pour nos prochains mandats dans
l'éducation.

Bien à vous,
Sébastien Girard
Consultant senior – Éducation & Formation
Alpes Carrières · Rue du Rhône 80, 1204 Genève · +41 22 555 19 60
""",
    ),
    # --- German
    dict(
        kind="rejection", slug="spreeverlag_softgarden", lang="de",
        company="Spree Verlag", contact="",
        frm=("Spree Verlag", "noreply@softgarden.io"),
        subject="Ihre Bewerbung als Redakteurin digitale Bildungsmedien",
        date="2026-09-15 08:02 +0000", tid="spree_rej", parent="spree_ack",
        text="""Sehr geehrte Frau Quispe-Lindqvist,

herzlichen Dank für Ihre Bewerbung als Redakteurin digitale Bildungsmedien (Grundschule) und das
damit verbundene Interesse an unserem Verlag.

Wir haben uns die Entscheidung nicht leicht gemacht. Da für diese Position sehr gute
Deutschkenntnisse auf muttersprachlichem Niveau für das Lektorat unerlässlich sind, können wir
Ihre Bewerbung leider nicht weiter berücksichtigen.

Wir wünschen Ihnen für Ihren weiteren Weg alles Gute.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Spree Verlag, Berlin
""",
        html=card("Spree Verlag", "#1f2937", "de",
                  footer="Diese E-Mail wurde über softgarden versendet."),
    ),
    dict(
        kind="rejection", slug="havelbank_successfactors_fehlt", lang="de",
        company="Havelbank", contact="frank.lindemann@havelbank.example.de",
        frm=("Frank Lindemann", "frank.lindemann@havelbank.example.de"),
        subject="Referent/in Lerndesign – Rückmeldung",
        date="2026-09-21 14:40 +0200", tid="havel_rej", parent="havel_missed",
        text="""Hallo Frau Quispe-Lindqvist,

danke noch einmal, dass wir das Telefonat am Freitag nachholen konnten. Ich will ehrlich mit
Ihnen sein: Ihr pädagogisches Profil hat uns gefallen, aber für diese Stelle brauchen wir jemanden,
der SAP SuccessFactors Learning schon administriert hat und ab Oktober vor Ort in Berlin ist.
Deshalb gehen wir mit Ihnen nicht in die nächste Runde.

Alles Gute für Ihren Umzug und die Suche!

Frank Lindemann
Personalreferent, Havelbank
""",
        html=outlook("de"),
    ),
    dict(
        kind="rejection", slug="bildungsbruecke_kurz", lang="de",
        company="Stiftung Bildungsbrücke", contact="k.vogel@bildungsbruecke.example.de",
        frm=("Dr. Katrin Vogel", "k.vogel@bildungsbruecke.example.de"),
        subject="Re: Einladung zum Vorstellungsgespräch – Referentin digitale Lernangebote",
        date="2026-09-22 09:05 +0200", tid="bb_rej", parent="bb_inv",
        text=reply("""Liebe Frau Quispe-Lindqvist,

kurze Rückmeldung nach unserem Gespräch: Das wird leider nichts. Der Vorstand hat sich für eine
Kollegin entschieden, die bereits in unseren Berliner Partnerschulen arbeitet.

Danke für Ihre Zeit und herzliche Grüße
Katrin Vogel""", "de", "07.09.2026 um 13:30", "Dr. Katrin Vogel",
                   "k.vogel@bildungsbruecke.example.de", BB_INV_SHORT),
    ),
]
