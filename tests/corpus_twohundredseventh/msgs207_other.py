"""Corpus 207, other: 52 hand-written messages that are no event of the candidate's job search
(es 30, en 14, fr 4, de 4): her own sent mail, digests, look-alike words in another sense."""

from __future__ import annotations

from msgs207_common import (
    CAND,
    CAND_ADDR,
    CAND_NAME,
    forwarded_block,
    newsletter_html,
    on_wrote,
    outlook_block,
    page,
    paras,
    plain_html,
    quote,
)
from msgs207_invites import I15_BISCAYNE_TEXT, I24_SIHLFELD_TEXT, M9_LEMAN_TEXT

K = "other"
MESSAGES: list[dict] = []
SIG = f"{CAND_NAME}\n+54 9 351 555-0142 · Córdoba, Argentina"


def add(**spec: object) -> None:
    spec.setdefault("kind", K)
    spec.setdefault("company", "")
    spec.setdefault("contact", "")
    MESSAGES.append(spec)


# ----------------------------------------------------------------------------- es (30)

X1_THANKS_BANCO = f"""Estimada Florencia:

Muchas gracias por el tiempo de ayer, y también a Martín, por contarme con tanto detalle cómo trabaja el equipo de Administración de Personal.

Me quedé muy entusiasmada con el proyecto de digitalización de legajos: es justo lo que hice con los legajos docentes del colegio en 2024 y creo que esa experiencia puede sumar.

Quedo a disposición para lo que necesiten.

Saludos cordiales,
{SIG}
"""
add(key="t1_thx", slug="own_thanks_bancoaustral", lang="es", frm=CAND, reply_of="t1_mov",
    to=[("Florencia Aguirre", "florencia.aguirre@bancoaustral.example.ar")],
    subject="Gracias por la entrevista – Analista Jr. Administración de Personal",
    date="2026-02-26 19:42", tz="-0300", text=X1_THANKS_BANCO)

add(key="t11_app", slug="own_application_manoslitoral_cv", lang="es", frm=CAND,
    to=[("Romina Sosa", "romina@manoslitoral.example.org")],
    subject="Postulación – Administración de voluntariado", date="2026-02-03 22:15",
    tz="-0300",
    text=f"""Hola Romina:

Me pasó tu contacto Vero Ledesma, del colegio. Me enteré de que la Fundación busca a alguien para la administración del área de voluntariado y me gustaría postularme.

Hace nueve años que trabajo como secretaria en el Instituto Santa Catalina de Córdoba: llevo los legajos del personal, las licencias y la coordinación de las familias que colaboran en los proyectos solidarios. Quiero dar el paso hacia la administración de personal y me encantaría hacerlo en una organización como la de ustedes.

Te adjunto mi CV. ¡Gracias por leerme!

{SIG}
""",
    attach=[{"type": "pdf", "name": "CV_Lucia_Hartley-Mendoza.pdf",
                 "title": "Lucia Hartley-Mendoza - Curriculum Vitae",
                 "lines": ["Secretaria escolar - Instituto Santa Catalina, Cordoba (2017-2026)",
                        "Legajos del personal, licencias, coordinacion de voluntarios",
                        "Tecnicatura en Administracion de RR.HH. (en curso)",
                        "Idiomas: espanol, ingles (C1), frances (B2), aleman (B1)"]}])

add(key="t9_req", slug="own_reschedule_request_clinicabajo", lang="es", frm=CAND,
    to=[("Recursos Humanos – Clínica del Bajo Rosario", "rrhh@clinicabajo.example.ar")],
    to_enc=("utf-8", "Q"),
    subject="Cambio de horario – entrevista Asistente Administrativa de Personal",
    date="2026-03-17 21:05", tz="-0300",
    text=f"""Hola, buenas noches:

Ayer reservé por el enlace la entrevista para el lunes 23 de marzo a las 9:00, pero después me avisaron del colegio donde trabajo que ese día tenemos el acto de inicio del ciclo lectivo y no voy a poder desocuparme.

¿Sería posible pasarla al miércoles 25, en el horario que les quede cómodo? Perdón por la molestia.

Muchas gracias,
{SIG}
""")

add(slug="own_accepts_suquia_offer", lang="es", frm=CAND, reply_of="t5_offer",
    to=[("Graciela Ferreyra", "gferreyra@unisuquia.example.ar")],
    subject="RE: Propuesta de designación – Administrativa de RR. HH.",
    date="2026-06-22 08:31", tz="-0300",
    text=f"""Estimada Mgter. Ferreyra:

Por medio del presente acepto la propuesta de designación para el cargo de Administrativa de Recursos Humanos en la Secretaría de Personal, en las condiciones detalladas en la nota adjunta a su correo.

Quedo atenta a las indicaciones para el examen preocupacional y la documentación del alta. Ya presenté mi renuncia en el colegio con fecha 30 de junio.

Muchísimas gracias por la confianza.

Saludos cordiales,
{SIG}
""")

_X5_ITEMS = [
    ("Asistente de RR.HH. – Empresa agroindustrial – Río Cuarto",
     "Jornada completa. Liquidación de sueldos y legajos. Publicado hace 2 días.",
     "https://alertas.empleoscba.example.ar/o/88121"),
    ("Administrativa de Personal – Clínica – Córdoba Capital",
     "Manejo de turnos del personal y ausentismo. Entrevistas a partir del 16/03.",
     "https://alertas.empleoscba.example.ar/o/88140"),
    ("Secretaria de Dirección – Colegio bilingüe – Villa Allende",
     "Inglés avanzado excluyente. Publicado hoy.",
     "https://alertas.empleoscba.example.ar/o/88152"),
]
_X5_TEXT = "Hola Lucía, estas son las nuevas ofertas que coinciden con tu alerta «RRHH Córdoba»:\n\n" + \
    "\n\n".join(f"* {t}\n  {b}\n  {u}" for t, b, u in _X5_ITEMS) + """

Consejo de la semana: si te rechazan en una postulación, no te desanimes; pedí una devolución y revisá tu CV antes de la próxima entrevista.

Recibís este correo porque creaste una alerta en EmpleosCórdoba. Para dejar de recibirla: https://alertas.empleoscba.example.ar/baja?u=lhm
"""
add(slug="jobalert_empleoscordoba_digest", lang="es",
    frm=("EmpleosCórdoba Alertas", "alertas@empleoscba.example.ar"),
    subject="3 nuevas ofertas para tu alerta «RRHH Córdoba»", date="2026-03-09 07:00",
    tz="-0300", text=_X5_TEXT,
    html=newsletter_html("EmpleosCórdoba", "Hola Lucía, estas son las nuevas ofertas que "
                         "coinciden con tu alerta «RRHH Córdoba».", _X5_ITEMS,
                         'Consejo de la semana: si te rechazan en una postulación, no te '
                         'desanimes; pedí una devolución y revisá tu CV antes de la próxima '
                         'entrevista.<br><a href="https://alertas.empleoscba.example.ar/baja?u=lhm">'
                         'Dar de baja esta alerta</a>'),
    headers=[("List-Id", "Alertas RRHH Cordoba <rrhh-cba.alertas.empleoscba.example.ar>"),
             ("List-Unsubscribe", "<https://alertas.empleoscba.example.ar/baja?u=lhm>, "
              "<mailto:baja@empleoscba.example.ar?subject=baja>"),
             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
             ("Precedence", "bulk")])

_X6 = """RRHH al Día – Boletín n.º 112

Cinco maneras de responder a un «no» después de una entrevista

Recibir un correo que dice «lamentablemente no vamos a continuar con tu candidatura» duele, sobre todo si llegaste a la última etapa. Pero la forma en que respondés puede abrirte otra puerta.

1. Agradecé siempre, en dos o tres líneas, sin reproches.
2. Pedí una devolución concreta: ¿qué faltó?
3. Dejá la puerta abierta para futuras búsquedas.
4. Anotá qué preguntas de la entrevista te costaron.
5. No lo tomes como algo personal: muchas veces la posición se cubre internamente o se congela.

También en este número: cómo preparar una entrevista por competencias y el calendario de ferias de empleo de abril.

Leé la nota completa: https://rrhhaldia.example.com.ar/notas/responder-a-un-no
Desuscribirse: https://rrhhaldia.example.com.ar/baja
"""
add(slug="newsletter_rrhhaldia_rejection_article", lang="es",
    frm=("RRHH al Día", "boletin@rrhhaldia.example.com.ar"),
    subject="Cómo responder a un «no» después de una entrevista", subject_enc=("utf-8", "B"),
    date="2026-04-06 08:30", tz="-0300", text=_X6, cte="quoted-printable",
    html=page(paras(_X6)),
    headers=[("List-Id", "RRHH al Dia <boletin.rrhhaldia.example.com.ar>"),
             ("List-Unsubscribe", "<https://rrhhaldia.example.com.ar/baja>"),
             ("Precedence", "list")])

add(slug="careerblog_interview_questions_html_only", lang="es",
    frm=("Carrera en Marcha", "hola@carreraenmarcha.example.com"),
    subject="Las 12 preguntas que más se repiten en una entrevista por competencias",
    date="2026-05-14 10:00", tz="-0300",
    html=newsletter_html(
        "Carrera en Marcha",
        "Esta semana repasamos las preguntas que más aparecen en las entrevistas para puestos "
        "administrativos y de Recursos Humanos, con ejemplos de respuesta.",
        [("«Contame de una vez que tuviste que manejar información confidencial»",
          "Usá el método STAR: situación, tarea, acción y resultado.",
          "https://carreraenmarcha.example.com/preguntas#1"),
         ("«¿Qué hacés si dos jefes te piden cosas urgentes al mismo tiempo?»",
          "Mostrá criterio para priorizar y comunicar.",
          "https://carreraenmarcha.example.com/preguntas#2"),
         ("«¿Por qué dejaste tu último trabajo?»",
          "Hablá del próximo paso, no del rechazo o del conflicto.",
          "https://carreraenmarcha.example.com/preguntas#3")],
        'Recibís este correo porque te suscribiste a Carrera en Marcha. '
        '<a href="https://carreraenmarcha.example.com/baja">Desuscribirte</a>',
        color="#9333ea"),
    headers=[("List-Unsubscribe", "<https://carreraenmarcha.example.com/baja>"),
             ("Precedence", "bulk")])

add(slug="podcast_interview_request", lang="es",
    frm=("Julieta Brizuela", "julieta@secretariasqueinspiran.example.com.ar"),
    subject="¿Te animás a una entrevista para el podcast?", date="2026-01-21 16:12",
    tz="-0300",
    text="""¡Hola Lucía!

Soy Julieta, conduzco «Secretarías que Inspiran», un podcast sobre las personas que sostienen el día a día de las escuelas. Una oyente me contó que armaste un sistema de legajos digitales en el Instituto Santa Catalina y me encantaría entrevistarte para un episodio.

Grabamos por Zoom, dura unos 40 minutos y no hace falta preparar nada. Tengo lugar en la agenda de grabaciones de fines de febrero.

¿Te interesa? ¡Sería un lujo tenerte!

Julieta Brizuela
Secretarías que Inspiran · Córdoba
""")

add(slug="user_research_interview_fintech", lang="es",
    frm=("Equipo de Research de Pampa Pay", "research@pampapay.example.com.ar"),
    reply_to=("Pampa Pay Research", "research@pampapay.example.com.ar"),
    subject="¿Nos regalás 30 minutos? Entrevista de investigación con usuarios",
    date="2026-06-03 14:00", tz="-0300",
    text="""Hola Lucía:

Estamos rediseñando la sección de pagos de servicios de la app y queremos escuchar a personas que la usan todos los meses, como vos.

Te invitamos a una entrevista de investigación de 30 minutos por videollamada. No es una encuesta de satisfacción ni una venta: solo queremos ver cómo usás la app. Como agradecimiento, te acreditamos $ 15.000 en tu cuenta.

Elegí un horario acá: https://pampapay.example.com.ar/research/agenda

Gracias,
Equipo de Research de Pampa Pay
""", headers=[("Precedence", "bulk")])

add(slug="courier_package_delayed_base64", lang="es",
    frm=("Correo Andino", "notificaciones@correoandino.example.com.ar"),
    subject="Tu envío está demorado", date="2026-07-02 11:47", tz="-0300", cte="base64",
    text="""Hola Lucía:

Lamentablemente, tu envío CA-77401236-AR está demorado por un inconveniente en el centro de distribución de Córdoba.

Nueva fecha estimada de entrega: viernes 3 de julio, entre las 9 y las 18.

No hace falta que hagas nada. Podés seguir tu envío en https://correoandino.example.com.ar/seguimiento/CA-77401236-AR

Disculpá las molestias.
Correo Andino
""", html=page(paras("""Hola Lucía:

Lamentablemente, tu envío CA-77401236-AR está demorado por un inconveniente en el centro de distribución de Córdoba.

Nueva fecha estimada de entrega: viernes 3 de julio, entre las 9 y las 18.

No hace falta que hagas nada. Podés seguir tu envío en https://correoandino.example.com.ar/seguimiento/CA-77401236-AR

Disculpá las molestias.
Correo Andino""")), headers=[("Auto-Submitted", "auto-generated")])

add(slug="race_result_gps_position", lang="es",
    frm=("Corré Córdoba", "resultados@correcordoba.example.com.ar"),
    subject="Tus resultados – 10K Parque Sarmiento", date="2026-05-03 13:20", tz="-0300",
    text="""¡Felicitaciones, Lucía!

Estos son tus resultados oficiales de la 10K Parque Sarmiento:

Tiempo neto: 58:41
Posición general: 412 de 1.870
Posición en tu categoría (F 35-39): 37
Ritmo promedio: 5:52 min/km

El recorrido registrado por el GPS de tu chip está disponible en el mapa de la carrera: https://correcordoba.example.com.ar/resultados/10k-2026/4127

¡Nos vemos en la próxima!
Corré Córdoba
""", headers=[("Precedence", "bulk")])

_X12_INNER = {
    "kind": "other", "slug": "inner", "frm": ("Seguros del Centro – Selección", "no-reply@seguroscentro.example.ar"),
    "subject": "Tu postulación a Analista de Capacitación", "date": "2026-08-06 10:00", "tz": "-0300",
    "text": """Hola Carolina:

Gracias por postularte a Analista de Capacitación en Seguros del Centro.

Después de analizar los perfiles, decidimos continuar con otras personas para esta posición. Te deseamos éxitos en tu búsqueda.

Selección – Seguros del Centro
""", "to": [("Carolina Benedetti", "caro.benedetti@mail.example.ar")],
    "_mid": "<20260806.rechazo.caro@seguroscentro.example.ar>"}
add(slug="friend_forwards_own_rejection_rfc822", lang="es",
    frm=("Caro Benedetti", "caro.benedetti@mail.example.ar"),
    subject="mirá lo que me llegó", date="2026-08-06 21:50", tz="-0300",
    text="""Lu, te reenvío el mail que me mandaron de Seguros del Centro. Después de tres entrevistas me rechazaron con un mensaje automático, ni una llamada. Estoy re bajoneada.

Vos que estás con tantas postulaciones, ¿cómo hacés para no tomártelo personal? Mañana te llamo.

Caro
""", attach=[{"type": "eml", "name": "Tu postulación a Analista de Capacitación.eml",
                  "spec": _X12_INNER}])

add(slug="bank_branch_appointment_turno", lang="es",
    frm=("Banco Serrano", "turnos@bancoserrano.example.ar"),
    subject="Turno confirmado – Sucursal Nueva Córdoba", date="2026-03-26 09:02",
    tz="-0300",
    text="""Hola Lucía:

Tu turno quedó confirmado.

Trámite: Apertura de caja de ahorro en dólares
Sucursal: Nueva Córdoba – Bv. Illia 480
Día y hora: lunes 30 de marzo, 10:15

Presentate con DNI 10 minutos antes. Si no podés asistir, cancelá el turno desde Home Banking para liberarlo.

Banco Serrano
Este mensaje es automático, no lo respondas.
""", headers=[("Auto-Submitted", "auto-generated")])

add(slug="landlord_meeting_parking_position_cp1252", lang="es",
    frm=("Rubén Carrizo", "ruben.carrizo@correo.example.ar"),
    subject="Renovación del contrato y la cochera", date="2026-09-03 20:10", tz="-0300",
    charset="windows-1252", cte="quoted-printable",
    text="""Lucía, buenas noches.

Te escribo por la renovación del contrato del departamento, que vence el 30 de octubre. Me gustaría que nos juntemos con la administradora del consorcio para una pequeña “entrevista” (así le dicen ellos) en la que revisan los datos de los inquilinos. ¿Podrías el sábado 12 a las 11?

Otra cosa: el consorcio reasignó las posiciones de la cochera y a tu auto le tocó la posición 14, al fondo a la derecha. Ya no es la 6.

Cualquier cosa me avisás.
Rubén
""")

add(slug="school_director_parent_interviews_latin1", lang="es",
    frm=("Mónica Ñañez", "direccion@santacatalina.example.edu.ar"), frm_enc=("iso-8859-1", "Q"),
    subject="Entrevistas con familias de 1.er año: cronograma",
    subject_enc=("iso-8859-1", "Q"), date="2026-02-27 12:15", tz="-0300",
    charset="iso-8859-1", cte="8bit",
    text="""Lucía:

Como todos los años, la semana del 9 de marzo hacemos las entrevistas con las familias de los alumnos nuevos de 1.er año. Te pido que armes el cronograma (20 minutos por familia, de 8 a 12) y que les mandes la citación a cada una con la planilla de datos.

Las que no puedan venir en ese horario que propongan otro día; avisame si hay que cancelar alguna.

Gracias,
Mónica

Prof. Mónica Ñañez
Directora - Nivel Secundario
Instituto Santa Catalina
""")

add(slug="doctor_appointment_reminder", lang="es",
    frm=("Centro Médico Cerro de las Rosas", "recordatorios@cmcerro.example.com.ar"),
    subject="Recordatorio de turno – Dra. Paula Cabrera (Clínica Médica)",
    date="2026-08-24 18:00", tz="-0300",
    text="""Hola LUCIA HARTLEY-MENDOZA:

Te recordamos tu turno:

Profesional: Dra. Paula Cabrera – Clínica Médica
Fecha: miércoles 26/08/2026 – 16:40 h
Lugar: Av. Rafael Núñez 5220, consultorio 4

Si no podés asistir, cancelá el turno respondiendo CANCELAR o llamando al (0351) 555-6600. Recordá traer la orden y la credencial de tu obra social.

Centro Médico Cerro de las Rosas
""", headers=[("Auto-Submitted", "auto-generated")])

add(slug="ooo_autoreply_mediterraneo", lang="es",
    frm=("Esteban Molina", "emolina@bancomediterraneo.example.ar"),
    subject="Respuesta automática: Consulta por la nueva fecha de entrevista",
    date="2026-04-27 09:14", tz="-0300",
    text="""Hola, gracias por tu mensaje.

Estoy fuera de la oficina hasta el lunes 4 de mayo, sin acceso al correo. Para temas urgentes de Recursos Humanos, escribí a rrhh@bancomediterraneo.example.ar.

Saludos,
Esteban Molina
Banco Mediterráneo de Inversión
""", headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
              ("X-MS-Exchange-Inbox-Rules-Loop", "emolina@bancomediterraneo.example.ar")])

add(slug="network_notification_application_viewed_html", lang="es",
    frm=("RedPro", "notificaciones@redpro.example.com"),
    subject="Lucía, tu postulación fue vista", date="2026-02-19 15:33", tz="+0000",
    html=newsletter_html(
        "RedPro",
        "Hola Lucía:\n\nTu postulación a «Analista Jr. de Administración de Personal» en Banco "
        "Austral de Fomento fue vista por el equipo de selección.",
        [("Mirá quién vio tu perfil", "3 reclutadores vieron tu perfil esta semana.",
          "https://redpro.example.com/me/views"),
         ("Empleos que podrían interesarte", "Asistente de RR.HH. · Coordinación administrativa",
          "https://redpro.example.com/jobs/recommended")],
        'Recibís notificaciones de RedPro. <a href="https://redpro.example.com/settings">'
        'Configurar notificaciones</a> · <a href="https://redpro.example.com/unsub">'
        'Darte de baja</a>', color="#0a66c2"),
    headers=[("List-Unsubscribe", "<https://redpro.example.com/unsub>"),
             ("Auto-Submitted", "auto-generated")])

add(slug="diplomatura_admission_refused", lang="es",
    frm=("Escuela de Posgrado Siglo Nuevo", "admisiones@posgradosiglonuevo.example.edu.ar"),
    subject="Diplomatura en Gestión de Recursos Humanos – resultado de admisión",
    date="2026-03-02 17:40", tz="-0300",
    text="""Estimada Lucía Hartley-Mendoza:

Le informamos que el comité académico concluyó la evaluación de las solicitudes para la cohorte 2026 de la Diplomatura en Gestión de Recursos Humanos.

Lamentamos comunicarle que su solicitud no fue admitida, debido a que el cupo de 35 vacantes se completó con postulantes con título de grado afín. Podrá volver a inscribirse para la cohorte de agosto, en la que se reservan vacantes para trayectos técnicos.

Atentamente,
Secretaría Académica
Escuela de Posgrado Siglo Nuevo
""")

add(slug="headhunter_cold_approach_no_event", lang="es",
    frm=("Sofía Larrea", "sofia.larrea@nortetalent.example.com.ar"),
    subject="Tu perfil en RedPro", date="2026-05-26 12:02", tz="-0300",
    text="""Hola Lucía, ¿cómo estás?

Soy Sofía Larrea, consultora de Norte Talent. Vi tu perfil en RedPro y me llamó la atención la combinación de secretaría escolar con formación en Recursos Humanos.

Por ahora no tengo una búsqueda abierta que encaje exacto, pero solemos trabajar para colegios privados y universidades de Córdoba y Tucumán. Si te interesa quedar en nuestro radar, mandame tu CV actualizado y tus expectativas salariales.

Saludos,
Sofía Larrea
Consultora – Norte Talent
""")

add(slug="colleague_forwards_job_posting", lang="es",
    frm=("Vero Ledesma", "vledesma@santacatalina.example.edu.ar"),
    subject="Fwd: Búsqueda Administrativa RRHH – Cooperativa", date="2026-04-29 13:05",
    tz="-0300",
    text="""Lu, mirá esto que me mandó mi cuñado, es de la cooperativa donde trabaja en Oncativo. Pensé en vos enseguida. Fijate que cierra el viernes.

""" + forwarded_block("es", "Diego Álvarez <dalvarez@coopoeste.example.ar>",
                      "mié, 29 abr 2026, 9:41", "Búsqueda Administrativa RRHH – Cooperativa",
                      "Verónica Ledesma <vledesma@santacatalina.example.edu.ar>") + """

Vero, te paso la búsqueda por si conocés a alguien:

Cooperativa Agrícola del Oeste busca Administrativa/o de RR.HH. para Oncativo.
Tareas: legajos, control de asistencia, apoyo en liquidación.
Enviar CV a seleccion@coopoeste.example.ar hasta el viernes 1/5.

Abrazo,
Diego
""")

_X22 = """Comunidad de Secretarias Escolares de Córdoba – Resumen diario

Hoy en la lista (3 mensajes):

1) «Entrevistas de admisión: ¿cuántas por día manejan?» – Graciela (IPEM 45)
Nosotras hacemos doce por mañana y terminamos agotadas. ¿Alguien usa turnos online?

2) «Me rechazaron el pedido de licencia por estudio» – Marcela (Colegio Sagrado Corazón)
El representante legal me dijo que no por el calendario de exámenes. ¿Es legal?

3) «Vacante de preceptoría en Alta Gracia» – Lorena
Si saben de alguien, la escuela recibe CV hasta el jueves.

Para responder, escribí a secretarias-cba@listas.example.org.ar
Para desuscribirte: https://listas.example.org.ar/mailman/listinfo/secretarias-cba
"""
add(slug="mailing_list_school_secretaries_digest", lang="es",
    frm=("Comunidad de Secretarias Escolares", "secretarias-cba@listas.example.org.ar"),
    sender=("", "secretarias-cba-bounces@listas.example.org.ar"),
    subject="[Secretarias-CBA] Resumen diario, Vol 41, Número 88",
    date="2026-06-17 23:00", tz="-0300", text=_X22,
    headers=[("List-Id", "Comunidad de Secretarias Escolares <secretarias-cba.listas.example.org.ar>"),
             ("List-Unsubscribe", "<https://listas.example.org.ar/mailman/options/secretarias-cba>, "
              "<mailto:secretarias-cba-request@listas.example.org.ar?subject=unsubscribe>"),
             ("List-Post", "<mailto:secretarias-cba@listas.example.org.ar>"),
             ("Precedence", "list")])

_X23_ITEMS = [
    ("Auxiliar Administrativa/o – Personal (Rosario)",
     "Logística · Turno mañana · Postulate en un clic.",
     "https://trabajosur.example.com/empleo/552901"),
    ("Asistente de Recursos Humanos (Buenos Aires, híbrido)",
     "Banca · Inglés intermedio · Entrevistas en marzo.",
     "https://trabajosur.example.com/empleo/552944"),
    ("Analista Jr. de Nómina (Montevideo)",
     "Industria láctea · Experiencia en BPS deseable.",
     "https://trabajosur.example.com/empleo/553010"),
    ("Recepcionista bilingüe (Córdoba)",
     "Hotel · Fines de semana rotativos.",
     "https://trabajosur.example.com/empleo/553022"),
]
add(slug="jobalert_trabajosur_html_multi", lang="es",
    frm=("TrabajoSur", "alertas@trabajosur.example.com"),
    subject="Lucía, 4 empleos nuevos que coinciden con tu perfil",
    date="2026-02-24 06:45", tz="+0000",
    text="Empleos nuevos para vos:\n\n" + "\n\n".join(f"{t}\n{b}\n{u}" for t, b, u in _X23_ITEMS)
    + "\n\nTip: prepará tu entrevista con nuestra guía gratuita.\n"
      "Dejar de recibir alertas: https://trabajosur.example.com/alertas/baja\n",
    html=newsletter_html("TrabajoSur", "Empleos nuevos para vos", _X23_ITEMS,
                         'Tip: prepará tu entrevista con nuestra guía gratuita.<br>'
                         '<a href="https://trabajosur.example.com/alertas/baja">Dejar de '
                         'recibir alertas</a>', color="#ea580c"),
    headers=[("List-Unsubscribe", "<https://trabajosur.example.com/alertas/baja>"),
             ("List-Id", "<alertas.trabajosur.example.com>"), ("Precedence", "bulk")])

X24_STATUS_MEDITERRANEO = f"""Hola Esteban, ¿cómo estás?

Te escribo para consultarte cómo sigue el proceso para Asistente de Personal. La última vez me habías comentado que me ibas a pasar una nueva fecha para la entrevista después de la auditoría, y quería saber si hay novedades.

Sigo muy interesada en el puesto.

Saludos,
{SIG}
"""
add(key="t10_status", slug="own_status_followup_mediterraneo", lang="es", frm=CAND,
    reply_of="t10_cancel", to=[("Esteban Molina", "emolina@bancomediterraneo.example.ar")],
    subject="Consulta por el proceso – Asistente de Personal", date="2026-05-18 09:03",
    tz="-0300", text=X24_STATUS_MEDITERRANEO)

add(key="pampa_app", slug="own_application_pampaserrana_cv", lang="es", frm=CAND,
    to=[("Silvina Pereyra", "spereyra@pampaserrana.example.ar")],
    subject="Postulación – Asistente de Recursos Humanos (planta General Cabrera)",
    date="2026-02-12 18:20", tz="-0300",
    text=f"""Estimada Cra. Pereyra:

Le escribo para postularme a la búsqueda de Asistente de Recursos Humanos publicada en el diario La Voz del Interior.

Trabajo desde hace nueve años como secretaria escolar, con manejo de legajos, licencias y altas del personal docente, y estoy terminando la Tecnicatura en Administración de Recursos Humanos. Tengo familia en General Cabrera y disponibilidad para mudarme.

Adjunto mi CV y quedo a disposición para una entrevista.

Atentamente,
{SIG}
""",
    html=plain_html(paras(f"""Estimada Cra. Pereyra:

Le escribo para postularme a la búsqueda de Asistente de Recursos Humanos publicada en el diario La Voz del Interior.

Trabajo desde hace nueve años como secretaria escolar, con manejo de legajos, licencias y altas del personal docente, y estoy terminando la Tecnicatura en Administración de Recursos Humanos. Tengo familia en General Cabrera y disponibilidad para mudarme.

Adjunto mi CV y quedo a disposición para una entrevista.

Atentamente,
{SIG}""")),
    attach=[{"type": "pdf", "name": "CV_Hartley-Mendoza_2026.pdf",
                 "title": "Lucia Hartley-Mendoza - CV",
                 "lines": ["Secretaria escolar (2017-2026) - Instituto Santa Catalina",
                        "Tecnicatura en Administracion de RR.HH. - ultimo ano",
                        "Excel avanzado, Tango Gestion, Google Workspace"]}])

add(slug="webinar_competency_interview", lang="es",
    frm=("Instituto Capacitar RRHH", "novedades@capacitarrrhh.example.com.ar"),
    subject="Webinar gratuito: cómo superar una entrevista por competencias",
    date="2026-07-20 10:30", tz="-0300",
    text="""Hola Lucía:

Te invitamos a nuestro webinar gratuito «Cómo superar una entrevista por competencias», el jueves 30 de julio a las 19 h.

Vas a aprender:
- qué busca realmente el entrevistador;
- cómo contar tus logros con el método STAR;
- qué hacer cuando te rechazan después de la última instancia.

Inscribite acá: https://capacitarrrhh.example.com.ar/webinar/entrevistas

Cupos limitados. Si no querés recibir más novedades: https://capacitarrrhh.example.com.ar/baja
""", headers=[("List-Unsubscribe", "<https://capacitarrrhh.example.com.ar/baja>"),
              ("Precedence", "bulk")])

add(slug="jobportal_password_reset", lang="es",
    frm=("EmpleoYa", "no-reply@empleoya.example.com"),
    subject="Restablecé tu contraseña", date="2026-08-11 23:58", tz="+0000",
    text="""Hola Lucía:

Recibimos un pedido para restablecer la contraseña de tu cuenta de EmpleoYa. Si fuiste vos, usá este enlace (vence en 30 minutos):

https://empleoya.example.com/cuenta/restablecer?t=9f2c1e

Si no lo pediste, ignorá este mensaje; tu cuenta y tus postulaciones siguen seguras.

Equipo de EmpleoYa
""", headers=[("Auto-Submitted", "auto-generated")])

add(slug="ooo_autoreply_verticesearch", lang="es",
    frm=("Matías Ocampo", "mocampo@verticesearch.example.ar"),
    subject="Fuera de la oficina: Consulta – registro y búsquedas",
    date="2026-01-20 08:00", tz="-0300",
    text="""¡Hola! Estoy de vacaciones hasta el lunes 26 de enero y voy a leer los correos a mi regreso.

Si tu consulta es urgente, podés escribirle a mi compañera Paula Garay (pgaray@verticesearch.example.ar).

Matías Ocampo – Vértice Search Partners
""", headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")])

_X29 = """Hola Lucía,

Hace poco participaste en un proceso de selección de Clínica del Bajo Rosario. Nos ayudaría mucho saber cómo fue tu experiencia como candidata.

La encuesta es anónima y lleva menos de 3 minutos: https://clinicabajo.recruitee.example.ar/survey/cx-0410

¡Gracias por tu tiempo!
Equipo de Recursos Humanos – Clínica del Bajo Rosario
"""
add(slug="candidate_experience_survey_clinicabajo", lang="es",
    frm=("Clínica del Bajo Rosario", "clinicabajo@jobs.recruitee.com"),
    subject="¿Cómo fue tu experiencia con nuestro proceso de selección?",
    date="2026-04-15 14:00", tz="+0000", text=_X29, html=page(paras(_X29)),
    headers=[("Auto-Submitted", "auto-generated")])

add(slug="mother_asks_about_interview_cp1252", lang="es",
    frm=("Marta Mendoza", "marta.mendoza@correo.example.ar"),
    subject="¿y?", date="2026-02-25 21:30", tz="-0300", charset="windows-1252", cte="8bit",
    text="""Hija, ¿cómo te fue hoy en la entrevista del banco? No me llamaste y me quedé con la intriga…

Tu papá dice que seguro te va bien. El domingo venite a comer y nos contás todo. Hago empanadas.

Besos,
Mamá
""")

# ----------------------------------------------------------------------------- en (14)

X31_THANKS_BAYFRONT = f"""Dear Mr. Bell,

Thank you for the opportunity to interview for the Academic HR Assistant position yesterday, and please pass my thanks to Dr. Patel and the committee.

I especially enjoyed our conversation about protecting student and employee records during the transition to the new HR system; it is the kind of project I managed at my school in Córdoba.

I remain very interested in the role and look forward to hearing from you.

Kind regards,
{CAND_NAME}
+54 9 351 555-0142
"""
add(key="t19_thx", slug="own_thanks_bayfront", lang="en", frm=CAND, reply_of="t19_mov",
    to=[("Marcus Bell", "mbell@bayfront.example.edu")],
    subject="Thank you – Academic HR Assistant interview", date="2026-02-25 20:05",
    tz="-0300", text=X31_THANKS_BAYFRONT)

add(key="t4_req", slug="own_reschedule_request_biscayne", lang="en", frm=CAND,
    reply_of="t4_inv", to=[("Jordan Ellis", "jordan.ellis@biscaynehealth.example.com")],
    subject="Re: Phone screen: HR Coordinator (Bilingual) at Biscayne Health Partners",
    date="2026-03-11 21:12", tz="-0300",
    text=f"""Hi Jordan,

Thank you for reaching out! I booked Thursday, March 19 at 11:00 AM through the link, but I've just learned that I have a parents' meeting at school at that time.

Would it be possible to move the call to Friday, March 20, or to any time on Monday, March 23? I'm sorry for the inconvenience.

Best regards,
{CAND_NAME}

""" + on_wrote("en", "Tue, Mar 10, 2026 at 4:42 PM", "Jordan Ellis via Greenhouse",
               "no-reply@greenhouse-mail.io") + "\n" + quote(I15_BISCAYNE_TEXT))

_X33_ITEMS = [
    ("HR Assistant (Bilingual Spanish) – Doral", "Logistics · $42k–$48k · Apply by Friday",
     "https://miamijobsweekly.example.com/j/30817"),
    ("People Operations Coordinator – Brickell", "Fintech · Hybrid · Interviews start next week",
     "https://miamijobsweekly.example.com/j/30822"),
    ("School Office Manager – Coral Way", "K-8 charter school · Full time",
     "https://miamijobsweekly.example.com/j/30839"),
]
add(slug="jobalert_miami_weekly", lang="en",
    frm=("Miami Jobs Weekly", "alerts@miamijobsweekly.example.com"),
    subject="12 new HR jobs in Miami this week", date="2026-04-13 11:00", tz="+0000",
    text="New this week for your saved search \"HR Miami\":\n\n"
    + "\n\n".join(f"- {t}\n  {b}\n  {u}" for t, b, u in _X33_ITEMS)
    + "\n\nInterview tip of the week: research the company and prepare two questions.\n\n"
      "Unsubscribe: https://miamijobsweekly.example.com/unsubscribe\n",
    html=newsletter_html("Miami Jobs Weekly", 'New this week for your saved search "HR Miami"',
                         _X33_ITEMS, 'Interview tip of the week: research the company and '
                         'prepare two questions.<br><a href="https://miamijobsweekly.example.com/'
                         'unsubscribe">Unsubscribe</a>', lang="en", color="#0369a1"),
    headers=[("List-Unsubscribe", "<https://miamijobsweekly.example.com/unsubscribe>"),
             ("List-Id", "Miami Jobs Weekly <weekly.miamijobsweekly.example.com>"),
             ("Precedence", "bulk")])

_X34 = """THE CANDIDATE LETTER · Issue 58

Bouncing back from a rejection email

"We regret to inform you..." Few sentences sting more. This week we look at what recruiters actually mean when they say they've decided to move forward with other candidates, why roles get put on hold after final interviews, and how to write a two-line reply that keeps the door open.

Also inside:
- How to ask for interview feedback without sounding defensive
- Five questions to ask at the end of any interview
- Reader Q&A: "They cancelled my interview twice. Should I give up?"

Read online: https://candidateletter.example.com/58
You're receiving this because you subscribed at candidateletter.example.com. Unsubscribe: https://candidateletter.example.com/u/lhm
"""
add(slug="newsletter_candidate_letter_rejection", lang="en",
    frm=("The Candidate Letter", "hello@candidateletter.example.com"),
    subject="Bouncing back from a rejection email", date="2026-05-07 12:00", tz="+0000",
    text=_X34, html=page(paras(_X34), "en"),
    headers=[("List-Id", "The Candidate Letter <news.candidateletter.example.com>"),
             ("List-Unsubscribe", "<https://candidateletter.example.com/u/lhm>"),
             ("Precedence", "list")])

add(slug="press_interview_request", lang="en",
    frm=("Nadia Brooks", "nbrooks@miamieduweekly.example.com"),
    subject="Interview request: school staff changing careers", date="2026-07-28 15:35",
    tz="-0400",
    text="""Hi Lucía,

I'm a reporter at Miami Education Weekly, working on a feature about school administrative staff across Latin America who are moving into HR careers. A member of the Atlantic Scholars Network mentioned you.

Would you be open to a 20-minute interview by phone or video sometime in the next two weeks? I can quote you by first name only if you prefer.

Thanks for considering it,
Nadia Brooks
Staff Reporter, Miami Education Weekly
""")

add(slug="user_research_interview_saas", lang="en",
    frm=("Mia from TimeWise", "research@timewise.example.com"),
    subject="Can we interview you about how you plan your week?",
    date="2026-08-20 17:00", tz="+0000",
    text="""Hi Lucía,

You've been using TimeWise to manage your calendar for over a year, and we'd love to learn from you.

We're running 45-minute user research interviews over video. There are no right or wrong answers; we just want to watch how you schedule meetings and ask a few questions. As a thank-you, you'll receive a $50 gift card.

Book a slot that suits you: https://timewise.example.com/research/book

Cheers,
Mia
User Research, TimeWise
""", headers=[("Precedence", "bulk")])

add(slug="package_delayed_unfortunately", lang="en",
    frm=("ParcelNest", "updates@parcelnest.example.com"),
    subject="Unfortunately, your package is delayed", date="2026-06-29 13:15", tz="+0000",
    text="""Hi Lucía,

Unfortunately, your package (tracking PN4410928837US) is delayed due to a customs hold in Buenos Aires.

Original delivery estimate: June 30
New delivery estimate: July 7-10

We're sorry for the wait. No action is needed on your part. Track your package: https://parcelnest.example.com/t/PN4410928837US

ParcelNest Customer Care
""", html=page(paras("""Hi Lucía,

Unfortunately, your package (tracking PN4410928837US) is delayed due to a customs hold in Buenos Aires.

Original delivery estimate: June 30
New delivery estimate: July 7-10

We're sorry for the wait. No action is needed on your part.

ParcelNest Customer Care"""), "en"), headers=[("Auto-Submitted", "auto-generated")])

add(slug="network_searches_recruiter_views", lang="en",
    frm=("ProLink", "notifications@prolink.example.com"),
    subject="You appeared in 27 searches this week", date="2026-09-21 09:00", tz="+0000",
    text="""Hi Lucía,

You appeared in 27 searches this week.

Recruiters from Brickell Talent Group and 2 other companies viewed your profile.
Top search keywords: "HR assistant", "bilingual", "onboarding".

See who's looking: https://prolink.example.com/me/search-appearances

Unsubscribe: https://prolink.example.com/settings/email
""", headers=[("List-Unsubscribe", "<https://prolink.example.com/settings/email>"),
              ("Auto-Submitted", "auto-generated")])

add(slug="ooo_autoreply_brickell", lang="en",
    frm=("Dana Whitaker", "dana.whitaker@brickelltalent.example.com"),
    subject="Automatic reply: Thank you for your help with Sunrise",
    date="2026-06-06 09:40", tz="-0400",
    text="""Thank you for your email. I'm out of the office until Monday, June 15, with limited access to email.

For anything urgent, please contact my colleague Marco Reyes at mreyes@brickelltalent.example.com or call our main line at (305) 555-0100.

Dana Whitaker | Brickell Talent Group
""", headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])

add(slug="recruiter_cold_approach_en", lang="en",
    frm=("Kevin Tran", "ktran@coastalstaffing.example.com"),
    subject="Open to HR roles in South Florida?", date="2026-08-25 14:22", tz="-0400",
    text="""Hi Lucía,

I came across your profile on ProLink and was impressed by your background in school administration and your bilingual skills. I recruit for HR and office roles across Miami-Dade and Broward.

I don't have a specific opening to share today, but I'd be glad to keep you in mind as positions come in. If you're interested, feel free to send over your resume and let me know what kind of role and salary range you're targeting.

Best,
Kevin Tran
Recruiter, Coastal Staffing Partners
""")

add(slug="friend_own_rejection_story_en", lang="en",
    frm=("Paula Restrepo", "paula.restrepo@mail.example.com"),
    subject="well, that happened", date="2026-07-01 22:47", tz="-0400",
    text="""Lu,

Remember the hospital job I told you about, the one with three rounds of interviews? They turned me down today. Generic email, "we've decided to pursue other candidates", not even a name at the bottom. After I flew to Orlando for the final round!

Anyway, I'm allowed to sulk for exactly one weekend and then I'm back at it. How are your applications going? Any news from the bank in Coral Gables?

Love,
Pau
""")

add(slug="bank_appointment_personal_banker", lang="en",
    frm=("Sunshine Federal Savings", "alerts@sunshinefederal.example.com"),
    subject="Your appointment with a Personal Banker is confirmed",
    date="2026-09-30 16:00", tz="-0400",
    text="""Hello Lucia,

Your appointment is confirmed.

Topic: Opening a checking account (new to the U.S.)
Branch: Coral Gables – 2200 Ponce de Leon Blvd
Date: Friday, October 9, 2026, 10:30 AM

Please bring your passport, your employment offer letter and proof of address. Need to reschedule or cancel? Use the link in your online banking.

Sunshine Federal Savings · Member FDIC
""", headers=[("Auto-Submitted", "auto-generated")])

add(slug="course_cohort_place_refused_en", lang="en",
    frm=("Open Skills Academy Admissions", "admissions@openskills.example.org"),
    subject="Your application to the HR Analytics Certificate (October cohort)",
    date="2026-09-09 19:05", tz="+0000",
    text="""Dear Lucía,

Thank you for applying to the HR Analytics Certificate, October 2026 cohort.

We received more than 900 applications for 120 places, and we are unable to offer you a place in this cohort. This decision is based on the statistics prerequisite, which we could not verify from the documents you uploaded.

You're welcome to reapply for the February cohort once you complete our free Statistics Foundations module.

Best wishes,
Admissions Team
Open Skills Academy
""")

add(slug="own_application_dadeland_cv", lang="en", frm=CAND,
    to=[("Renee Castillo", "rcastillo@dadelandpediatric.example.com")],
    subject="Application – Office & HR Coordinator", date="2026-09-22 10:10", tz="-0300",
    text=f"""Dear Ms. Castillo,

I am writing to apply for the Office & HR Coordinator position posted on Miami Jobs Weekly.

For the past nine years I have been the school secretary at a bilingual school in Córdoba, Argentina, handling staff records, leave requests, onboarding of new teachers and communication with families in English and Spanish. I will be relocating to Miami in October and hold a valid work authorization.

Please find my résumé attached. I would welcome the chance to discuss how I can support your practice.

Sincerely,
{CAND_NAME}
+54 9 351 555-0142
""",
    attach=[{"type": "pdf", "name": "Resume_Lucia_Hartley-Mendoza.pdf",
                 "title": "Lucia Hartley-Mendoza - Resume",
                 "lines": ["School Secretary, Instituto Santa Catalina (2017-2026)",
                        "Staff records, onboarding, leave administration",
                        "Languages: Spanish (native), English (C1), French (B2), German (B1)"]}])

# ----------------------------------------------------------------------------- fr (4)

add(key="t3_apology", slug="own_apology_lemansolidarite", lang="fr", frm=CAND,
    reply_of="t3_mis", to=[("Camille Rochat", "camille.rochat@lemansolidarite.example.ch")],
    subject="RE: Entretien de ce matin – toutes mes excuses", date="2026-05-12 11:02",
    tz="-0300",
    text=f"""Chère Madame Rochat,

Je suis vraiment désolée. J'avais noté l'entretien à 10 h heure de Córdoba, alors qu'il s'agissait de 10 h à Genève : j'ai confondu les fuseaux horaires dans mon agenda. C'est entièrement de ma faute.

Je reste très intéressée par le poste et serais reconnaissante si vous pouviez me proposer un nouveau créneau, à votre convenance.

Avec mes excuses renouvelées et mes meilleures salutations,
{CAND_NAME}

""" + on_wrote("fr", "mar. 12 mai 2026 à 10:31", "Camille Rochat",
               "camille.rochat@lemansolidarite.example.ch") + "\n" + quote(M9_LEMAN_TEXT))

_X46_ITEMS = [
    ("Assistant·e RH 80 % – Carouge", "Fondation médico-sociale · Entrée à convenir",
     "https://emploisgeneve.example.ch/o/71204"),
    ("Secrétaire de direction bilingue – Genève centre", "Organisation internationale · CDD",
     "https://emploisgeneve.example.ch/o/71231"),
    ("Gestionnaire salaires junior – Plan-les-Ouates", "Industrie horlogère · Entretiens en mai",
     "https://emploisgeneve.example.ch/o/71250"),
]
add(slug="jobalert_emplois_geneve", lang="fr",
    frm=("Emplois Genève", "alertes@emploisgeneve.example.ch"),
    subject="Votre alerte emploi : 3 nouvelles offres", date="2026-04-27 05:30", tz="+0000",
    text="Bonjour Lucía,\n\nVoici les nouvelles offres correspondant à votre alerte « RH Genève » :\n\n"
    + "\n\n".join(f"• {t}\n  {b}\n  {u}" for t, b, u in _X46_ITEMS)
    + "\n\nConseil : relisez votre lettre de motivation avant chaque entretien.\n"
      "Se désabonner : https://emploisgeneve.example.ch/desabonnement\n",
    html=newsletter_html("Emplois Genève", "Bonjour Lucía,\n\nVoici les nouvelles offres "
                         "correspondant à votre alerte « RH Genève ».", _X46_ITEMS,
                         'Conseil : relisez votre lettre de motivation avant chaque entretien.'
                         '<br><a href="https://emploisgeneve.example.ch/desabonnement">'
                         'Se désabonner</a>', lang="fr", color="#be123c"),
    headers=[("List-Unsubscribe", "<https://emploisgeneve.example.ch/desabonnement>"),
             ("List-Id", "Alertes Emplois Geneve <alertes.emploisgeneve.example.ch>"),
             ("Precedence", "bulk")])

add(slug="continuing_education_admission_refused_fr", lang="fr",
    frm=("Institut lémanique de formation continue", "admissions@ilfc.example.ch"),
    frm_enc=("utf-8", "B"),
    subject="Certificat en gestion des ressources humaines – décision d'admission",
    subject_enc=("utf-8", "B"), date="2026-06-26 14:10", tz="+0200",
    text="""Madame,

Nous avons examiné votre dossier de candidature au Certificat de formation continue en gestion des ressources humaines (volée 2026-2027).

Nous avons le regret de vous informer que votre candidature n'a pas pu être admise : le programme exige un domicile ou une activité professionnelle en Suisse au moment de l'inscription, condition qui n'est pas remplie à ce jour.

Vous pourrez déposer une nouvelle demande dès votre installation en Suisse.

Veuillez agréer, Madame, nos salutations distinguées.

Service des admissions
Institut lémanique de formation continue
""")

add(slug="ooo_autoreply_lactalents", lang="fr",
    frm=("Julien Favre", "julien.favre@lactalents.example.ch"),
    subject="Réponse automatique : Merci pour votre retour", date="2026-04-21 08:03",
    tz="+0200",
    text="""Bonjour,

Je suis absent du bureau jusqu'au lundi 4 mai inclus et n'aurai qu'un accès limité à ma messagerie.

Pour toute demande urgente, vous pouvez contacter Inès Morel (imorel@lactalents.example.ch, +41 22 555 90 30).

Meilleures salutations,
Julien Favre – Lac & Talents
""", headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])

# ----------------------------------------------------------------------------- de (4)

add(key="t2_req", slug="own_reschedule_request_sihlfeld", lang="de", frm=CAND,
    reply_of="t2_inv", to=[("Sandra Keller", "sandra.keller@hs-sihlfeld.example.ch")],
    subject="AW: Einladung zum Vorstellungsgespräch – Sachbearbeiterin Personaladministration",
    subject_enc=("utf-8", "Q"), date="2026-04-22 07:40", tz="-0300",
    text=f"""Sehr geehrte Frau Keller

Herzlichen Dank für die Einladung, über die ich mich sehr freue.

Leider fällt der Termin am 28. April um 15:00 Uhr bei mir auf 10:00 Uhr morgens, und um diese Zeit habe ich an meiner Schule eine Pflichtsitzung, die ich nicht verschieben kann. Wäre es möglich, das Gespräch auf den 29. oder 30. April am Nachmittag (Ihrer Zeit) zu verlegen?

Ich entschuldige mich für die Umstände.

Freundliche Grüsse
{CAND_NAME}

""" + outlook_block("de", "Sandra Keller <sandra.keller@hs-sihlfeld.example.ch>",
                    "Dienstag, 21. April 2026 11:15", f"{CAND_NAME} <{CAND_ADDR}>",
                    "Einladung zum Vorstellungsgespräch – Sachbearbeiterin "
                    "Personaladministration") + "\n\n" + I24_SIHLFELD_TEXT)

_X50_ITEMS = [
    ("HR-Assistent/in 80–100 % – Zürich Oerlikon", "Detailhandel · Stellenantritt nach Vereinbarung",
     "https://jobs-zh.example.ch/s/44120"),
    ("Sachbearbeiter/in Personal – Winterthur", "Industrie · Vorstellungsgespräche ab KW 36",
     "https://jobs-zh.example.ch/s/44137"),
    ("Schulsekretär/in 60 % – Kloten", "Primarschule · Befristet bis Juli 2027",
     "https://jobs-zh.example.ch/s/44152"),
]
add(slug="jobalert_jobs_zh_newsletter", lang="de",
    frm=("jobs.zh Stellenalarm", "stellenalarm@jobs-zh.example.ch"),
    subject="Neue Stellen für Ihr Suchabo «HR Zürich»", date="2026-08-31 05:00", tz="+0000",
    text="Guten Tag\n\nFür Ihr Suchabo «HR Zürich» gibt es neue Stellen:\n\n"
    + "\n\n".join(f"- {t}\n  {b}\n  {u}" for t, b, u in _X50_ITEMS)
    + "\n\nTipp: Bereiten Sie sich mit unserer Checkliste auf das Vorstellungsgespräch vor.\n"
      "Suchabo abbestellen: https://jobs-zh.example.ch/abo/abbestellen\n",
    html=newsletter_html("jobs.zh", "Guten Tag\n\nFür Ihr Suchabo «HR Zürich» gibt es neue "
                         "Stellen.", _X50_ITEMS, 'Tipp: Bereiten Sie sich mit unserer Checkliste '
                         'auf das Vorstellungsgespräch vor.<br><a href="https://jobs-zh.example.ch/'
                         'abo/abbestellen">Suchabo abbestellen</a>', lang="de", color="#334155"),
    cte="quoted-printable",
    headers=[("List-Unsubscribe", "<https://jobs-zh.example.ch/abo/abbestellen>"),
             ("List-Id", "Stellenalarm <stellenalarm.jobs-zh.example.ch>"),
             ("Precedence", "bulk")])

add(slug="abwesenheitsnotiz_uetliberg", lang="de",
    frm=("Lukas Meier", "l.meier@spital-uetliberg.example.ch"),
    subject="Abwesenheitsnotiz: Unser Telefontermin von heute", date="2026-06-24 07:12",
    tz="+0200",
    text="""Guten Tag

Vielen Dank für Ihre Nachricht. Ich bin bis und mit 3. Juli 2026 abwesend und habe keinen Zugriff auf meine E-Mails.

In dringenden Fällen wenden Sie sich bitte an hr@spital-uetliberg.example.ch oder an Frau Nicole Frei, +41 44 555 40 20.

Freundliche Grüsse
Lukas Meier
""", headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])

add(slug="karriere_magazin_absagen_html_only", lang="de",
    frm=("Karriere-Kompass", "redaktion@karrierekompass.example.de"),
    subject="Absagen richtig deuten – und was nach dem Vorstellungsgespräch zählt",
    date="2026-10-08 07:30", tz="+0200",
    html=newsletter_html(
        "Karriere-Kompass",
        "Liebe Leserin, lieber Leser\n\nWas bedeutet es, wenn ein Unternehmen schreibt, man habe "
        "sich für eine Person entschieden, deren Profil besser passt? Unsere Redaktion hat "
        "Personalverantwortliche gefragt.",
        [("Absagen richtig deuten", "Standardfloskeln entschlüsselt – und wann sich eine "
          "Nachfrage lohnt.", "https://karrierekompass.example.de/absagen"),
         ("Nach dem Vorstellungsgespräch", "Dankesmail ja oder nein? Fünf Personalerinnen "
          "antworten.", "https://karrierekompass.example.de/nach-dem-gespraech"),
         ("Stellenangebot verhandeln", "So sprechen Sie Lohn und Pensum an, bevor Sie "
          "unterschreiben.", "https://karrierekompass.example.de/verhandeln")],
        'Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben. '
        '<a href="https://karrierekompass.example.de/abmelden">Abmelden</a>',
        lang="de", color="#7f1d1d"),
    headers=[("List-Unsubscribe", "<https://karrierekompass.example.de/abmelden>"),
             ("List-Id", "Karriere-Kompass <newsletter.karrierekompass.example.de>"),
             ("Precedence", "bulk")])
