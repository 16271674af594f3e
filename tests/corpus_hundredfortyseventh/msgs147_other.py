"""Corpus 147, kind `other`: digests, advice, requests, notifications and Valeria's own mail."""

from __future__ import annotations

from msgs147_common import (
    AUTO,
    CANDIDATE,
    L1B,
    L1Q,
    OOO,
    U8B,
    U8Q,
    VAL_SIG_EN,
    VAL_SIG_ES,
    VAL_SIG_FR,
    W1Q,
    ats_card,
    forward,
    list_headers,
    newsletter_html,
    paras,
    reply,
    simple_html,
)

# Texts other messages quote back.
CONECTA_THANKS = """Hola Lucía:

Muchas gracias por el espacio del martes y por organizar el assessment center con tanto orden. Me quedé muy motivada con lo que me contaron del equipo de Team Leads y de la operación bilingüe.

Quedo atenta a la siguiente etapa del proceso; si necesitan algún documento adicional, me avisan.

Saludos,
Valeria
"""

NUBEFLOW_THANKS = """Hola Manuela,

Quería agradecerles a ti y a Andrés por la conversación de esta tarde. Me gustó mucho entender cómo miden la salud de las cuentas en Nubeflow y el reto de bajar el churn de los clientes pyme; es justo el tipo de trabajo que quiero hacer en esta nueva etapa.

Quedo pendiente de los siguientes pasos y, si necesitan referencias de mi trabajo actual, con gusto se las comparto.

Un saludo,
""" + VAL_SIG_ES + "\n"

BRIGHTWAVE_THANKS = """Hi Dana,

Thank you for making time again after the mix-up on Monday, and please pass my thanks on to Greg as well. I really enjoyed hearing how the onboarding pod works with the enterprise accounts, and the escalation playbook you described sounds like something I could help scale.

Looking forward to hearing about next steps.

Best regards,
Valeria
"""

CIEL_THANKS = """Bonjour Madame Morel,

Je tenais à vous remercier, ainsi que Monsieur Garnier, pour l'entretien de ce matin. La présentation du futur centre de relation client de l'aéroport Saint-Exupéry m'a beaucoup plu, et je me vois tout à fait accompagner l'équipe sur la montée en charge de l'été.

Je reste à votre disposition pour tout complément d'information.

Bien cordialement,
Valeria Cárdenas-Holt
"""

ANDINA_REQUEST = """Hola Camilo,

Gracias por la invitación. Justo el jueves 9 me cambiaron el turno y estaré en piso entre las 7:00 y las 16:00 con una auditoría de calidad que no puedo mover. ¿Sería posible pasar la entrevista al lunes 13 o al martes 14, idealmente después de las 16:30?

Mil gracias por la flexibilidad.

Valeria
"""

BRIGHTWAVE_SORRY = """Hi Dana,

I am so sorry about this morning. My phone had been switched to a new SIM after a carrier migration and calls to my old number were not coming through, which I only realised when I saw your email. That is entirely on me.

If the team is still open to it, I'd be grateful for another slot this week; I am free any day after 2 pm Miami time, and my working number is +57 310 555 0147.

Apologies again,
Valeria
"""

MESSAGES: list[dict] = [
    # ------------------------------------------------------------------ Valeria's own mail (es)
    dict(
        kind="other", scen="sent_thanks_nubeflow", lang="es", id="nub_thanks",
        refs=["nub_inv", "nub_move"],
        frm=CANDIDATE, to=[("Manuela Restrepo", "manuela.restrepo@nubeflow.example.co")],
        cc=[("Andrés Zuluaga", "andres.zuluaga@nubeflow.example.co")],
        subject="Gracias por la conversación de hoy", date="2026-02-10 18:05 -0500",
        text=NUBEFLOW_THANKS, headers=[("X-Mailer", "Apple Mail (2.3774)")],
    ),
    dict(
        kind="other", scen="sent_thanks_conecta", lang="es", id="con_thanks", refs=["con_ac"],
        frm=CANDIDATE, to=[("Lucía Parra Quintero", "lucia.parra@conectacc.example.co")],
        subject="Gracias por el assessment center – Team Lead Bilingüe",
        date="2026-02-03 19:20 -0500", text=CONECTA_THANKS, subj_enc=W1Q,
        html=simple_html(paras(CONECTA_THANKS)),
    ),
    dict(
        kind="other", scen="sent_application_vertice", lang="es", id="ver_app",
        frm=CANDIDATE, to=[("Talento Vértice Cloud", "talento@verticecloud.example.es")],
        subject="Candidatura: Customer Success Manager (ref. CSM-MAD-07)",
        date="2026-08-25 09:12 -0500",
        text="""Buenos días, equipo de Talento:

Les escribo para postularme a la vacante de Customer Success Manager (ref. CSM-MAD-07) publicada en su web. Desde hace seis años trabajo en contact centers en Bogotá; los últimos tres como team lead de una operación bilingüe de 28 agentes para un cliente de software de nómina, donde además de los indicadores de servicio me encargué de los planes de adopción de las cuentas grandes.

Quiero dar el paso a customer success en una empresa de producto y Madrid está entre mis destinos prioritarios; tengo doble nacionalidad colombo-británica, así que no necesitaría patrocinio de visado para trabajar en la UE.

Adjunto mi hoja de vida. Quedo a su disposición para cualquier información adicional.

Cordialmente,
""" + VAL_SIG_ES + "\n",
        pdfs=[dict(filename="CV_Valeria_Cardenas-Holt_2026.pdf",
                   title="Valeria Cárdenas-Holt – Hoja de vida",
                   lines=["Team Lead, atención al cliente bilingüe (2023–2026), Bogotá.",
                          "Supervisora de calidad (2021–2023). Agente bilingüe (2019–2021).",
                          "Idiomas: español (nativo), inglés (C2), francés (B2), alemán (A2).",
                          "Herramientas: Zendesk, Salesforce Service Cloud, Genesys, Looker."])],
    ),
    dict(
        kind="other", scen="sent_reschedule_request_andina", lang="es", id="and_req",
        refs=["and_inv"],
        frm=CANDIDATE, to=[("Camilo Rojas", "camilo.rojas@andinapagos.example.co")],
        subject="Re: Agenda tu entrevista con Andina Pagos", date="2026-04-02 08:47 -0500",
        text=ANDINA_REQUEST + "\n" + reply(
            "es", "2026-04-01 15:02", "Camilo Rojas", "camilo.rojas@andinapagos.example.co",
            """Hola Valeria, ¡gracias por tu interés en Andina Pagos!

Nos gustaría conocerte en una entrevista de 45 minutos con el equipo de Customer Success. Escoge el horario que mejor te funcione en el enlace de agenda.

Camilo Rojas
Talent Partner"""),
    ),
    # ------------------------------------------------------------------ digests and advice (es)
    dict(
        kind="other", scen="digest_vacantes_andinas", lang="es", contact="",
        frm=("Vacantes Andinas", "alertas@vacantesandinas.example.co"),
        subject="12 vacantes nuevas de Customer Success en Bogotá y Medellín",
        date="2026-01-19 06:30 -0500",
        headers=list_headers("Alertas de empleo <alertas.vacantesandinas.example.co>",
                             "https://vacantesandinas.example.co/baja?u=8812&l=cs",
                             "baja@vacantesandinas.example.co") + AUTO,
        text="""Hola Valeria, estas son las vacantes que coinciden con tu alerta "customer success":

1. Customer Success Specialist – Nubeflow (Medellín, híbrido)
   https://vacantesandinas.example.co/v/55120
2. Líder de Experiencia del Cliente – Telecom Cumbre (Bogotá)
   https://vacantesandinas.example.co/v/55131
3. Coordinadora de Servicio Bilingüe – Conecta Contact Center (Bogotá)
   https://vacantesandinas.example.co/v/55140
4. Account Manager Pymes – Billetera Verde (Medellín)
   https://vacantesandinas.example.co/v/55177
... y 8 más en https://vacantesandinas.example.co/alertas/cs

Consejo de la semana: si te rechazan después de una entrevista, pide retroalimentación en un correo corto y concreto. Muchas empresas responden, y esa respuesta te sirve para la siguiente.

Recibes este correo porque creaste una alerta. Darte de baja: https://vacantesandinas.example.co/baja?u=8812&l=cs
""",
        html=newsletter_html(
            "Vacantes Andinas · Tu alerta: customer success",
            "Hola Valeria, estas son las vacantes que coinciden con tu alerta.",
            [("Customer Success Specialist – Nubeflow", "https://vacantesandinas.example.co/v/55120",
              "Medellín, híbrido · SaaS · publicada hace 2 días"),
             ("Líder de Experiencia del Cliente – Telecom Cumbre",
              "https://vacantesandinas.example.co/v/55131", "Bogotá · telecomunicaciones"),
             ("Coordinadora de Servicio Bilingüe – Conecta Contact Center",
              "https://vacantesandinas.example.co/v/55140", "Bogotá · BPO · inglés C1"),
             ("Account Manager Pymes – Billetera Verde",
              "https://vacantesandinas.example.co/v/55177", "Medellín · fintech"),
             ("Consejo: ¿te rechazaron después de una entrevista?",
              "https://vacantesandinas.example.co/blog/retroalimentacion",
              "Pide retroalimentación en un correo corto y concreto.")],
            '<a href="https://vacantesandinas.example.co/baja?u=8812&amp;l=cs">Darte de baja</a>',
        ),
    ),
    dict(
        kind="other", scen="advice_errores_entrevista", lang="es", contact="",
        frm=("Carrera Plus", "boletin@carreraplus.example.es"),
        reply_to=("Redacción Carrera Plus", "redaccion@carreraplus.example.es"),
        subject="5 errores que te cuestan la entrevista (y cómo evitarlos)",
        date="2026-03-17 08:00 +0100", subj_enc=U8B,
        headers=list_headers("Boletin Carrera Plus <boletin.carreraplus.example.es>",
                             "https://carreraplus.example.es/newsletter/baja?id=c147"),
        text="""Boletín Carrera Plus · marzo

Esta semana hablamos con tres responsables de selección de Madrid sobre lo que hace que descarten a alguien tras la primera entrevista. Spoiler: casi nunca es la falta de experiencia.

1. Llegar sin haber probado el producto. Si la empresa vende software, créate una cuenta de prueba.
2. Hablar de "mi equipo" sin cifras. Un CSAT o un tiempo medio de respuesta valen más que tres adjetivos.
3. No preguntar nada al final. "¿Cuál sería mi primer reto en 90 días?" funciona siempre.
4. Confundir el proceso: una llamada de cribado no es la entrevista final; prepara cada fase por separado.
5. Tomarse el rechazo como algo personal. Un "no" hoy puede ser una oferta en seis meses si cuidas la relación.

Leer el artículo completo: https://carreraplus.example.es/articulos/errores-entrevista

Si no quieres recibir más boletines: https://carreraplus.example.es/newsletter/baja?id=c147
""",
        html=newsletter_html(
            "Boletín Carrera Plus · marzo",
            "Esta semana hablamos con tres responsables de selección de Madrid sobre lo que hace "
            "que descarten a alguien tras la primera entrevista.",
            [("1. Llegar sin haber probado el producto",
              "https://carreraplus.example.es/articulos/errores-entrevista#1",
              "Si la empresa vende software, créate una cuenta de prueba."),
             ("2. Hablar de «mi equipo» sin cifras",
              "https://carreraplus.example.es/articulos/errores-entrevista#2",
              "Un CSAT o un tiempo medio de respuesta valen más que tres adjetivos."),
             ("3. No preguntar nada al final",
              "https://carreraplus.example.es/articulos/errores-entrevista#3",
              "«¿Cuál sería mi primer reto en 90 días?» funciona siempre."),
             ("4. Confundir las fases del proceso",
              "https://carreraplus.example.es/articulos/errores-entrevista#4",
              "Una llamada de cribado no es la entrevista final."),
             ("5. Tomarse el rechazo como algo personal",
              "https://carreraplus.example.es/articulos/errores-entrevista#5",
              "Un «no» hoy puede ser una oferta en seis meses.")],
            '<a href="https://carreraplus.example.es/newsletter/baja?id=c147">Darse de baja</a>',
            color="#7c3aed",
        ),
    ),
    dict(
        kind="other", scen="blog_responder_rechazo", lang="es", contact="",
        frm=("Oficio MX", "hola@oficio.example.mx"),
        subject="Cómo contestar un correo de rechazo sin quemar puentes",
        date="2026-05-06 07:15 -0600", html_cte="base64",
        headers=list_headers("Oficio MX semanal <semanal.oficio.example.mx>",
                             "https://oficio.example.mx/u/baja/c147"),
        html=simple_html(
            "<h1>Cómo contestar un correo de rechazo sin quemar puentes</h1>\n"
            + paras("""Te llegó el famoso "agradecemos tu interés, pero decidimos continuar con otros perfiles". Respira. Antes de borrar el correo, dedica tres minutos a contestarlo.

¿Por qué? Porque los reclutadores en México se mueven muchísimo entre empresas, y quien hoy te dice que no puede estar mañana en la compañía de tus sueños.

Una respuesta que funciona: agradece el tiempo, di que te gustaría seguir en contacto para futuras vacantes y, si hubo entrevista, pregunta en una sola línea qué podrías mejorar. Nada de reclamos ni de pedir que reconsideren.

Y si no te contestan, no pasa nada: ya quedaste como una persona profesional.""")
            + '\n<p><a href="https://oficio.example.mx/blog/rechazo">Leer en el blog</a> · '
            '<a href="https://oficio.example.mx/u/baja/c147">Cancelar suscripción</a></p>',
        ),
    ),
    # ------------------------------------------------------------------ requests and life (es)
    dict(
        kind="other", scen="podcast_voces_contact", lang="es",
        frm=("Julián Ortega", "julian@vocesdelcontact.example.co"),
        subject="Invitación al podcast Voces del Contact Center",
        date="2026-03-23 11:40 -0500",
        text="""Hola, Valeria. ¿Cómo vas?

Soy Julián, productor de Voces del Contact Center, un podcast sobre la gente que sostiene la operación de servicio al cliente en Colombia. Una compañera de Conecta me habló de la charla que diste en el encuentro de líderes de marzo sobre turnos rotativos y salud mental de los agentes.

Nos encantaría entrevistarte para un episodio de unos 40 minutos. Grabamos en remoto, y tú eliges la fecha entre finales de abril y mediados de mayo. No hay guion cerrado: te mando antes las preguntas generales para que estés tranquila.

Si te animas, respóndeme y cuadramos.

Un abrazo,
Julián Ortega
Productor · Voces del Contact Center
@vocesdelcontact · +57 315 555 0123
""",
    ),
    dict(
        kind="other", scen="user_research_billetera", lang="es",
        frm=("Investigación · Billetera Verde", "research@billeteraverde.example.co"),
        reply_to=("Sara Montoya", "sara.montoya@billeteraverde.example.co"),
        subject="¿Nos regalas 30 minutos? Entrevista sobre tu experiencia con la app",
        date="2026-04-28 10:00 -0500", name_enc=U8Q,
        text="""Hola Valeria,

Te escribimos porque usas Billetera Verde para pagar servicios desde hace más de un año. El equipo de producto está rediseñando la sección de pagos recurrentes y queremos escuchar a personas como tú.

Se trata de una entrevista de investigación de 30 minutos por videollamada: te haremos preguntas sobre cómo organizas tus pagos, sin respuestas correctas ni incorrectas. Como agradecimiento, te enviaremos un bono de 50.000 COP.

Si te interesa participar, responde a este correo y Sara te propondrá algunos horarios.

Gracias,
Sara Montoya
Investigadora UX · Billetera Verde
""",
        html=ats_card("Billetera Verde · Investigación", paras(
            """Hola Valeria,

Te escribimos porque usas Billetera Verde para pagar servicios desde hace más de un año. El equipo de producto está rediseñando la sección de pagos recurrentes y queremos escuchar a personas como tú.

Se trata de una entrevista de investigación de 30 minutos por videollamada: te haremos preguntas sobre cómo organizas tus pagos, sin respuestas correctas ni incorrectas. Como agradecimiento, te enviaremos un bono de 50.000 COP.

Si te interesa participar, responde a este correo y Sara te propondrá algunos horarios.

Gracias,
Sara Montoya
Investigadora UX · Billetera Verde"""), color="#15803d",
            footer="Billetera Verde S.A.S. · Medellín, Colombia"),
    ),
    dict(
        kind="other", scen="paquete_retrasado", lang="es", contact="",
        frm=("Paquetería Rayo", "avisos@rayoenvios.example.mx"),
        subject="Tu paquete viene con retraso", date="2026-06-09 13:22 -0600",
        name_enc=L1B, headers=AUTO,
        text="""Hola Valeria:

Lamentablemente tu envío RY-4471-0932-MX no podrá entregarse en la fecha estimada (9 de junio). Un problema en el centro de distribución de Tultitlán retrasó la salida de la ruta.

Nueva fecha estimada: 11 de junio, entre 9:00 y 18:00.

Posición actual del paquete: Centro de distribución Tultitlán, Estado de México.

Sigue tu envío: https://rayoenvios.example.mx/rastreo/RY-4471-0932-MX

Lamentamos las molestias.
Paquetería Rayo
""",
        html=simple_html(paras("""Hola Valeria:

Lamentablemente tu envío RY-4471-0932-MX no podrá entregarse en la fecha estimada (9 de junio). Un problema en el centro de distribución de Tultitlán retrasó la salida de la ruta.

Nueva fecha estimada: 11 de junio, entre 9:00 y 18:00.

Posición actual del paquete: Centro de distribución Tultitlán, Estado de México.""")
            + '\n<p><a href="https://rayoenvios.example.mx/rastreo/RY-4471-0932-MX">'
            "Sigue tu envío</a></p>\n<p>Lamentamos las molestias.<br>Paquetería Rayo</p>"),
    ),
    dict(
        kind="other", scen="ubicacion_compartida", lang="es", contact="",
        frm=("Ruta Segura", "no-reply@rutasegura.example.co"),
        subject="Camila compartió su ubicación en tiempo real contigo",
        date="2026-05-15 21:48 -0500", headers=AUTO, cte="base64",
        text="""Camila Cárdenas compartió su ubicación contigo durante 1 hora.

Posición actual: Av. Carrera 15 con Calle 85, Bogotá (precisión aprox. 20 m)
Última actualización: 21:47
Batería del teléfono: 34 %

Ver en el mapa: https://rutasegura.example.co/l/7Hq2Zk

Si no conoces a esta persona, puedes bloquear sus solicitudes desde la app.
""",
    ),
    dict(
        kind="other", scen="amiga_rechazo_propio", lang="es",
        frm=("Daniela Ruiz", "dani.ruiz.m@correo.example.co"),
        subject="me dijeron que no 😩", date="2026-03-04 22:13 -0500", subj_enc=U8B,
        text="""Valeee

Te cuento rápido porque sé que estás en las mismas: me llegó hoy el correo de Sintegra, el de "lamentamos informarte que en esta ocasión no continúas en el proceso". Después de tres entrevistas y una prueba de Excel eterna. Ni siquiera me dijeron por qué.

Estoy entre brava y triste. Igual mañana mando otras tres hojas de vida, qué más.

¿Y a ti cómo te fue con lo de Nubeflow? Cuéntame que necesito una buena noticia jajaja. ¿Nos vemos el sábado?

Dani
""",
    ),
    dict(
        kind="other", scen="banco_cita_actualizacion", lang="es", contact="",
        frm=("Banco Cordillera", "notificaciones@bancocordillera.example.co"),
        subject="Agende su cita para la actualización anual de datos",
        date="2026-02-19 09:05 -0500", charset="windows-1252", cte="quoted-printable",
        headers=AUTO,
        text="""Estimada Valeria Cárdenas-Holt:

Por regulación de la Superintendencia, cada año debemos realizar una entrevista de actualización de datos con nuestros clientes de cuentas de ahorro en moneda extranjera.

Le invitamos a agendar su cita en cualquiera de nuestras oficinas o por videollamada antes del 31 de marzo: https://bancocordillera.example.co/citas

Recuerde llevar su documento de identidad y un certificado de ingresos reciente. Si no realiza la actualización, su cuenta podría quedar en estado “inactivo para transacciones internacionales”.

Su posición consolidada a 18/02/2026 está disponible en la banca en línea.

Cordialmente,
Banco Cordillera – Servicio al Cliente
Este es un mensaje automático; por favor no lo responda.
""",
    ),
    dict(
        kind="other", scen="arrendamiento_entrevista_codeudor", lang="es",
        frm=("Inmobiliaria Los Cerros", "arriendos@loscerros.example.co"),
        reply_to=("Martha Lucía Gómez", "martha.gomez@loscerros.example.co"),
        contact="martha.gomez@loscerros.example.co",
        subject="Estudio de arrendamiento – entrevista con su codeudor",
        date="2026-01-26 15:31 -0500",
        text="""Buenas tardes, señora Valeria:

Le informo que el estudio de arrendamiento para el apartamento 502 de la Calle 63 # 9-41 quedó aprobado de manera preliminar. Para cerrar el proceso, la aseguradora exige una breve entrevista telefónica con su codeudor, el señor Hernán Cárdenas.

¿Nos confirma un número y un horario en que podamos llamarlo esta semana? La entrevista dura unos diez minutos.

Una vez surtido ese paso, le enviamos el contrato para firma y coordinamos la entrega de llaves.

Atentamente,

Martha Lucía Gómez
Asesora Comercial de Arriendos
Inmobiliaria Los Cerros
Cra. 7 # 72-13, oficina 301 · Bogotá
Tel. (601) 555 0177 · Cel. 312 555 0144
""",
    ),
    dict(
        kind="other", scen="colegio_entrevista_padres", lang="es",
        frm=("Admisiones Gimnasio del Bosque", "admisiones@gimnasiobosque.example.co"),
        subject="Citación: entrevista de admisión – Tomás Holt Cárdenas (grado 3.º)",
        date="2026-09-08 12:10 -0500", subj_enc=W1Q, charset="iso-8859-1", cte="8bit",
        text="""Apreciada familia Holt Cárdenas:

Reciban un cordial saludo. Tras revisar la documentación de Tomás para el año lectivo 2027, el comité de admisiones los cita a la entrevista de familia:

Fecha: viernes 18 de septiembre
Hora: 7:30 a. m.
Lugar: sede campestre, oficina de Admisiones (Km 3 vía La Calera)

Es importante que asistan ambos acudientes. El niño tendrá en paralelo una jornada de observación con la psicóloga de primaria.

Si necesitan cambiar el horario, por favor escriban a este correo con al menos dos días de anticipación.

Atentamente,
Oficina de Admisiones
Gimnasio del Bosque
""",
    ),
    dict(
        kind="other", scen="eps_cita_reprogramada", lang="es", contact="",
        frm=("EPS Vitalia – Citas", "no-reply@vitaliaeps.example.co"),
        subject="Su cita de medicina general fue reprogramada",
        date="2026-07-02 07:02 -0500", headers=AUTO,
        text="""Señora Valeria Cárdenas-Holt:

Por novedad en la agenda del profesional, su cita de medicina general del 6 de julio fue reprogramada.

Nueva fecha: martes 7 de julio de 2026, 10:20 a. m.
Profesional: Dra. Adriana Suárez
Sede: IPS Vitalia Chapinero, consultorio 214

Si no puede asistir, cancele con 24 horas de anticipación desde la app para evitar la multa por inasistencia.

EPS Vitalia
""",
        ics=dict(method="REQUEST", uid="cita-88412@vitaliaeps.example.co", seq=1,
                 start="2026-07-07 10:20 -0500", minutes=20,
                 summary="Cita medicina general – Dra. Adriana Suárez",
                 location="IPS Vitalia Chapinero, consultorio 214",
                 organizer=("EPS Vitalia", "no-reply@vitaliaeps.example.co"),
                 prodid="-//Vitalia//Agenda Citas//ES"),
    ),
    dict(
        kind="other", scen="ooo_lumbre", lang="es", refs=["lum_inv"],
        frm=("Irene Salvatierra", "irene.salvatierra@lumbre.example.es"),
        subject="Respuesta automática: Re: Videoentrevista – Customer Success Lumbre",
        date="2026-03-27 09:14 +0100", headers=OOO, subj_enc=U8Q,
        text="""Hola:

Estoy fuera de la oficina hasta el lunes 6 de abril, sin acceso al correo.

Para cualquier asunto relacionado con procesos de selección en curso, podéis escribir a seleccion@lumbre.example.es y el equipo os responderá lo antes posible.

Un saludo,
Irene
""",
    ),
    dict(
        kind="other", scen="redpro_busquedas", lang="es", contact="",
        frm=("RedPro", "notificaciones@redpro.example.com"),
        subject="Valeria, apareciste en 14 búsquedas esta semana",
        date="2026-02-23 17:00 +0000", headers=AUTO + list_headers(
            "RedPro notificaciones <notificaciones.redpro.example.com>",
            "https://redpro.example.com/settings/notifications?t=c147"),
        text="""Apareciste en 14 búsquedas esta semana

Quién te buscó: reclutadores de Nubeflow, Talento Andino y 3 empresas más.
Palabras clave: customer success, team lead, bilingüe.

Una persona de Conecta Contact Center vio tu perfil.

3 empleos nuevos que podrían interesarte:
- Customer Success Manager · Tlaloc Cloud · Ciudad de México
- Team Lead Soporte · Sintegra · Medellín
- CX Supervisor · Brightwave CX · Miami

Ver todo: https://redpro.example.com/me/search-appearances
Administrar notificaciones: https://redpro.example.com/settings/notifications?t=c147
""",
        html=ats_card("RedPro", paras("""Apareciste en 14 búsquedas esta semana

Quién te buscó: reclutadores de Nubeflow, Talento Andino y 3 empresas más.
Palabras clave: customer success, team lead, bilingüe.

Una persona de Conecta Contact Center vio tu perfil.""")
            + '\n<p><a href="https://redpro.example.com/jobs/88121">Customer Success Manager · '
            'Tlaloc Cloud</a><br>\n<a href="https://redpro.example.com/jobs/88140">Team Lead '
            'Soporte · Sintegra</a><br>\n<a href="https://redpro.example.com/jobs/88177">CX '
            "Supervisor · Brightwave CX</a></p>",
            color="#0a66c2", button=("Ver todo", "https://redpro.example.com/me/search-appearances"),
            footer='<a href="https://redpro.example.com/settings/notifications?t=c147">'
                   "Administrar notificaciones</a>"),
    ),
    dict(
        kind="other", scen="posgrado_no_admitida", lang="es",
        frm=("Admisiones Posgrados · Universidad del Altiplano",
             "admisiones.posgrados@ualtiplano.example.co"),
        subject="Resultado de su proceso de admisión: Especialización en Gerencia del Servicio",
        date="2026-06-26 16:45 -0500", name_enc=L1Q, subj_enc=L1Q, charset="iso-8859-1",
        cte="quoted-printable",
        text="""Apreciada aspirante:

El Comité de Admisiones de la Especialización en Gerencia del Servicio revisó su solicitud para la cohorte 2026-2.

Lamentamos informarle que en esta ocasión no fue admitida. El número de cupos es limitado y la selección se basó en el puntaje de la prueba escrita y de la entrevista con la coordinación académica.

Puede presentarse nuevamente en la convocatoria de la cohorte 2027-1, cuyas inscripciones abren en octubre. Los resultados detallados pueden consultarse en el portal del aspirante.

Atentamente,
Oficina de Admisiones de Posgrado
Universidad del Altiplano
""",
    ),
    dict(
        kind="other", scen="cold_ocelote_cdmx", lang="es", id="oce_cold",
        frm=("Rodrigo Báez", "rodrigo.baez@ocelote.example.mx"),
        subject="Oportunidad: Customer Success Lead bilingüe – CDMX",
        date="2026-02-20 10:22 -0600", name_enc=L1Q,
        text="""Hola Valeria, ¿qué tal?

Te escribo desde Grupo Ocelote Talento. Estoy apoyando a una empresa de contact center con operación en Polanco que busca un Customer Success Lead bilingüe para su cartera de clientes de Estados Unidos. Tu trayectoria liderando equipos bilingües me pareció muy afín.

Esquema: híbrido, 3 días en oficina, sueldo competitivo en pesos más bono trimestral, y apoyo de reubicación para alguien que venga de Colombia.

Si te late, mándame tu CV actualizado en inglés y tu expectativa salarial, y con gusto te platico más a detalle.

Saludos,

Rodrigo Báez
Consultor Senior · Grupo Ocelote Talento
Av. Presidente Masaryk 111, piso 5, Polanco, CDMX
+52 55 5555 0188
""",
    ),
    dict(
        kind="other", scen="cold_talento_andino", lang="es", id="ta_cold",
        frm=("Natalia Villamizar", "natalia@talentoandino.example.co"),
        subject="Tu perfil para una posición de Customer Success en el sector aéreo",
        date="2026-02-16 09:48 -0500", cte="base64",
        text="""Hola Valeria,

Mi nombre es Natalia Villamizar y soy headhunter en Talento Andino. Estoy trabajando una búsqueda confidencial para una aerolínea con base en Bogotá que está creando su primer equipo de Customer Success para clientes corporativos.

Por ahora no puedo compartir el nombre del cliente, pero sí el perfil: liderazgo de equipos de servicio, inglés avanzado y experiencia con indicadores de retención. Creo que encajas muy bien.

Si quieres que te tenga en cuenta, envíame tu hoja de vida y una franja salarial aproximada. Sin compromiso.

Saludos cordiales,
Natalia Villamizar
Senior Headhunter · Talento Andino
Cra. 11 # 93-46, oficina 504, Bogotá
+57 601 555 0166
""",
    ),
    dict(
        kind="other", scen="sent_application_puentes", lang="es", id="pue_app",
        frm=CANDIDATE,
        to=[("Convocatorias Fundación Puentes de Paz", "convocatorias@puentesdepaz.example.org")],
        subject="Postulación: Coordinadora de Atención a Comunidades",
        date="2026-01-15 21:30 -0500",
        text="""Buenas noches,

Adjunto mi hoja de vida para la convocatoria de Coordinadora de Atención a Comunidades publicada el 8 de enero.

Llevo seis años en servicio al cliente, los tres últimos liderando un equipo de 28 personas. Me interesa mucho llevar esa experiencia de atención, seguimiento de casos y medición de satisfacción a un contexto social como el de la Fundación.

Quedo atenta a cualquier información que requieran.

Cordialmente,
""" + VAL_SIG_ES + "\n",
        pdfs=[dict(filename="HV_Valeria_Cardenas_Holt.pdf",
                   title="Hoja de vida – Valeria Cárdenas-Holt",
                   lines=["Perfil: líder de servicio al cliente con enfoque en personas.",
                          "Experiencia: Team Lead (2023–2026), Supervisora de calidad (2021–2023).",
                          "Voluntariado: mentora en programa de empleabilidad juvenil (2022–2025)."])],
    ),
    dict(
        kind="other", scen="sent_followup_meseta", lang="es", id="mes_follow",
        refs=["mes_trial", "mes_update"],
        frm=CANDIDATE, to=[("Jorge Alcántara", "jorge.alcantara@contactmeseta.example.es")],
        subject="Re: Jornada de prueba en Contact Meseta", date="2026-03-06 10:02 -0500",
        text="""Hola Jorge,

Espero que estés muy bien. Han pasado ya dos semanas desde la jornada de prueba en Alcobendas y quería saber si hay novedades sobre mi proceso, o si necesitáis algo más de mi parte.

Sigo muy interesada en el puesto de supervisora de la cuenta de seguros.

Un saludo desde Bogotá,
Valeria
""",
    ),
    dict(
        kind="other", scen="alerta_trabajomadrid", lang="es", contact="",
        frm=("TrabajoMadrid Alertas", "alertas@trabajomadrid.example.es"),
        subject="Nuevas ofertas de empleo: Customer Success (Madrid) · 7 resultados",
        date="2026-04-14 07:00 +0200", charset="iso-8859-1", cte="quoted-printable",
        subj_enc=L1B,
        headers=list_headers("Alertas TrabajoMadrid <alertas.trabajomadrid.example.es>",
                             "https://trabajomadrid.example.es/alertas/cancelar?k=7731"),
        text="""Tu alerta "Customer Success" tiene 7 ofertas nuevas en Madrid:

* Customer Success Manager - Lumbre Software - Chamberí - 38.000-42.000 EUR
  https://trabajomadrid.example.es/oferta/901122
* Responsable de Atención al Cliente - Cobalto Pagos - Las Tablas
  https://trabajomadrid.example.es/oferta/901140
* Supervisor/a de Plataforma - Contact Meseta - Alcobendas
  https://trabajomadrid.example.es/oferta/901151
* Customer Success bilingüe inglés - Vértice Cloud - Remoto (España)
  https://trabajomadrid.example.es/oferta/901160
* Team Leader Atención Telefónica - Empleo Ágil ETT - Getafe
  https://trabajomadrid.example.es/oferta/901171

Ver las 7 ofertas: https://trabajomadrid.example.es/alertas/7731

Novedad: ahora puedes ver cuántos candidatos se han inscrito en cada oferta y si la empresa ya está haciendo entrevistas.

Para dejar de recibir esta alerta: https://trabajomadrid.example.es/alertas/cancelar?k=7731
""",
    ),
    dict(
        kind="other", scen="webinar_star", lang="es", contact="",
        frm=("Comunidad CX México", "eventos@comunidadcx.example.mx"),
        subject="Tu registro: Webinar «La entrevista por competencias y el método STAR»",
        date="2026-05-19 12:00 -0600", subj_enc=U8Q,
        headers=list_headers("Eventos Comunidad CX <eventos.comunidadcx.example.mx>",
                             "https://comunidadcx.example.mx/baja/c147"),
        text="""¡Hola Valeria! Tu lugar está apartado.

Webinar: La entrevista por competencias y el método STAR
Jueves 28 de mayo, 19:00 h (hora del centro de México)
Ponente: Lic. Gabriela Tena, directora de Atracción de Talento

Vamos a practicar respuestas a preguntas como "cuéntame de una vez que manejaste a un cliente molesto" y a revisar por qué tantos perfiles buenos quedan fuera en la segunda entrevista.

Enlace de acceso: https://comunidadcx.example.mx/live/star
Agregamos el evento a tu calendario con el archivo adjunto.

Nos vemos,
Comunidad CX México
""",
        ics=dict(method="REQUEST", uid="webinar-star-2026@comunidadcx.example.mx",
                 start="2026-05-28 19:00 -0600", minutes=75,
                 summary="Webinar: La entrevista por competencias y el método STAR",
                 location="https://comunidadcx.example.mx/live/star",
                 organizer=("Comunidad CX México", "eventos@comunidadcx.example.mx"),
                 as_file=True, filename="webinar-star.ics"),
    ),
    dict(
        kind="other", scen="prensa_reportaje", lang="es",
        frm=("Paula Andrea Mejía", "pmejia@eltiempolibre.example.co"),
        subject="Solicitud de entrevista para reportaje sobre líderes de contact center",
        date="2026-08-11 14:26 -0500", name_enc=U8Q,
        text="""Buenas tardes, Valeria:

Soy periodista de la sección Economía de El Tiempo Libre. Estoy preparando un reportaje sobre las mujeres que lideran equipos en la industria de contact centers en Bogotá y cómo ha cambiado el oficio con la automatización.

Su nombre me lo sugirió la Asociación de Profesionales de Servicio. ¿Estaría dispuesta a concederme una entrevista de unos 30 minutos, presencial o por teléfono, en los próximos diez días? Si lo prefiere, puedo citarla solo con su nombre de pila.

Quedo atenta.

Paula Andrea Mejía
Periodista · Sección Economía
El Tiempo Libre
Cel. 300 555 0192
""",
    ),
    dict(
        kind="other", scen="cita_pasaporte", lang="es", contact="",
        frm=("Citas Pasaportes", "citas@pasaportes.example.co"),
        subject="Confirmación de cita – trámite de pasaporte ordinario",
        date="2026-01-09 08:15 -0500", headers=AUTO,
        html=ats_card("Oficina de Pasaportes", paras("""Señora VALERIA CÁRDENAS HOLT:

Su cita para el trámite de pasaporte ordinario quedó confirmada.

Fecha: 22 de enero de 2026
Hora: 9:40 a. m.
Sede: Calle 100 # 11B-27, Bogotá

Presente su cédula original y el recibo de pago. Si llega más de 15 minutos tarde, la cita se cancela y deberá solicitar una nueva.

No responda este mensaje."""), color="#1e3a8a",
            footer="Mensaje generado automáticamente por el sistema de agendamiento."),
    ),
    dict(
        kind="other", scen="encuesta_experiencia_candidata", lang="es", contact="",
        frm=("Cobalto Pagos", "no-reply@smartrecruiters.com"),
        subject="¿Cómo fue tu experiencia como candidata en Cobalto Pagos?",
        date="2026-08-03 10:00 +0000", headers=AUTO,
        text="""Hola Valeria:

Hace poco participaste en un proceso de selección con nosotros. Independientemente del resultado, nos importa saber cómo lo viviste: la comunicación, las entrevistas y los tiempos de respuesta.

La encuesta es anónima y no lleva más de tres minutos:
https://cobaltopagos.example.es/encuesta-candidatos?c=ES-7713

Gracias por ayudarnos a mejorar.
Equipo de Talento de Cobalto Pagos
""",
        html=ats_card("Cobalto Pagos", paras("""Hola Valeria:

Hace poco participaste en un proceso de selección con nosotros. Independientemente del resultado, nos importa saber cómo lo viviste: la comunicación, las entrevistas y los tiempos de respuesta.

La encuesta es anónima y no lleva más de tres minutos.""") + "\n<p>Gracias por ayudarnos a mejorar.<br>"
            "Equipo de Talento de Cobalto Pagos</p>", color="#0e7490",
            button=("Responder la encuesta",
                    "https://cobaltopagos.example.es/encuesta-candidatos?c=ES-7713"),
            footer="Powered by SmartRecruiters"),
    ),
    dict(
        kind="other", scen="amiga_reenvia_oferta_empleo", lang="es",
        frm=("Marta Ibáñez", "marta.ibanez@correo.example.es"),
        subject="Fwd: Oferta de empleo: Customer Success Manager bilingüe – Madrid",
        date="2026-07-21 23:02 +0200",
        text="""Vale!! Mira esto, te pega un montón. Es la empresa donde trabaja mi cuñado, dice que el ambiente es muy majo y que teletrabajan dos días. Si quieres le paso tu CV directamente, que así suele ir más rápido que por la web.

Besos,
Marta

""" + forward("es", "Empleos Chamberí <ofertas@empleoschamberi.example.es>", "2026-07-21 19:40",
              "Oferta de empleo: Customer Success Manager bilingüe – Madrid",
              "marta.ibanez@correo.example.es",
              """Nueva oferta de empleo que coincide con tu búsqueda

Customer Success Manager bilingüe (inglés)
Vértice Cloud · Madrid (híbrido)
Salario: 40.000 - 46.000 EUR brutos/año

Requisitos: 3 años gestionando cartera de clientes B2B, inglés C1, experiencia con CRM.
Proceso: entrevista telefónica, caso práctico y entrevista final con la dirección.

Inscríbete: https://empleoschamberi.example.es/oferta/77120"""),
    ),
    # ------------------------------------------------------------------ English
    dict(
        kind="other", scen="sent_thanks_brightwave", lang="en", id="bw_thanks",
        refs=["bw_screen", "bw_newslot"],
        frm=CANDIDATE, to=[("Dana Whitfield", "dana.whitfield@brightwavecx.example.com")],
        subject="Thank you – CX Team Manager conversation", date="2026-03-12 15:58 -0500",
        text=BRIGHTWAVE_THANKS, subj_enc=U8Q,
    ),
    dict(
        kind="other", scen="sent_apology_reschedule_brightwave", lang="en", id="bw_sorry",
        refs=["bw_screen", "bw_missed"],
        frm=CANDIDATE, to=[("Dana Whitfield", "dana.whitfield@brightwavecx.example.com")],
        subject="Re: We missed you this morning", date="2026-03-09 11:34 -0500",
        text=BRIGHTWAVE_SORRY,
        html=simple_html(paras(BRIGHTWAVE_SORRY), "en"),
    ),
    dict(
        kind="other", scen="digest_cx_jobs_weekly", lang="en", contact="",
        frm=("CX Jobs Weekly", "digest@cxjobsweekly.example.com"),
        reply_to=("CX Jobs Weekly editors", "editors@cxjobsweekly.example.com"),
        subject="This week: 23 CX roles in South Florida + how to read a rejection email",
        date="2026-04-20 06:00 -0400",
        headers=list_headers("CX Jobs Weekly <weekly.cxjobsweekly.example.com>",
                             "https://cxjobsweekly.example.com/unsubscribe?s=vch",
                             "unsubscribe@cxjobsweekly.example.com"),
        text="""CX JOBS WEEKLY - South Florida edition

THE LIST
- Customer Success Manager, Harborline (Miami, hybrid) - https://cxjobsweekly.example.com/j/4410
- CX Team Manager, Brightwave CX (Doral) - https://cxjobsweekly.example.com/j/4413
- Guest Experience Supervisor, Palmetto Air (MIA) - https://cxjobsweekly.example.com/j/4419
- Support Operations Lead, Finlit Pay (Brickell) - https://cxjobsweekly.example.com/j/4425
See all 23: https://cxjobsweekly.example.com/south-florida

THE ESSAY: "We have decided to move forward with other candidates"
What that sentence means, what it doesn't, and why a rejection after a final interview is worth a polite reply asking for feedback. Plus: the three-week rule for following up after an interview that went quiet.
https://cxjobsweekly.example.com/essays/reading-rejections

You're receiving this because you subscribed at cxjobsweekly.example.com.
Unsubscribe: https://cxjobsweekly.example.com/unsubscribe?s=vch
""",
        html=newsletter_html(
            "CX Jobs Weekly · South Florida",
            "23 new roles this week, and an essay on what rejection emails really mean.",
            [("Customer Success Manager, Harborline", "https://cxjobsweekly.example.com/j/4410",
              "Miami, hybrid"),
             ("CX Team Manager, Brightwave CX", "https://cxjobsweekly.example.com/j/4413", "Doral"),
             ("Guest Experience Supervisor, Palmetto Air",
              "https://cxjobsweekly.example.com/j/4419", "MIA"),
             ("Support Operations Lead, Finlit Pay", "https://cxjobsweekly.example.com/j/4425",
              "Brickell"),
             ("Essay: \u201cWe have decided to move forward with other candidates\u201d",
              "https://cxjobsweekly.example.com/essays/reading-rejections",
              "What it means, and the three-week rule for following up after an interview.")],
            '<a href="https://cxjobsweekly.example.com/unsubscribe?s=vch">Unsubscribe</a>',
            lang="en", color="#b45309"),
    ),
    dict(
        kind="other", scen="advice_final_round", lang="en", contact="",
        frm=("Career Compass", "hello@careercompass.example.com"),
        subject="Rejected after the final round? What recruiters won't tell you",
        date="2026-06-30 12:30 +0000", html_cte="base64",
        headers=list_headers("Career Compass <list.careercompass.example.com>",
                             "https://careercompass.example.com/u?e=vch147"),
        html=simple_html(
            "<h2>Rejected after the final round?</h2>\n" + paras("""You made it through the phone screen, the panel and the case study. Then came the email: "Unfortunately, we will not be moving forward." It stings more than any early rejection.

Here is the part recruiters rarely say out loud: by the final round, most candidates are qualified. Decisions often hinge on internal candidates, budget changes, or a hiring manager who already had someone in mind.

What to do next: reply within two days, thank everyone by name, ask one specific question about what would have made the difference, and ask to be considered for future openings. Then log the interview questions you got while they're fresh.

And if you're still waiting to hear back after an interview, read our guide on when to nudge.""")
            + '\n<p><a href="https://careercompass.example.com/guides/follow-up">Follow-up guide</a>'
            ' | <a href="https://careercompass.example.com/u?e=vch147">Unsubscribe</a></p>', "en"),
    ),
    dict(
        kind="other", scen="podcast_retention_room", lang="en",
        frm=("Marcus Lee", "marcus@retentionroom.example.com"),
        subject="Podcast interview request – The Retention Room",
        date="2026-07-08 13:05 -0400",
        text="""Hi Valeria,

I host The Retention Room, a weekly podcast about customer success teams in Latin America and the US. I came across your post on scaling a bilingual support floor from 12 to 28 agents, and I think our listeners would love to hear the story first-hand.

Would you be up for a 35-minute recorded interview sometime in August? It's remote and relaxed, and I send topics a week ahead. No prep beyond that.

Cheers,
Marcus Lee
Host, The Retention Room
retentionroom.example.com
""",
    ),
    dict(
        kind="other", scen="package_delayed", lang="en", contact="",
        frm=("ShipNest", "updates@shipnest.example.com"),
        subject="Your package is delayed, unfortunately", date="2026-09-14 18:41 -0400",
        headers=AUTO,
        text="""Hi Valeria,

Unfortunately, your package (order #SN-208813, "Noise-cancelling headset") is running late. A weather hold at our Memphis hub means it missed its connection.

New estimated delivery: Thursday, September 17.
Current position: Memphis, TN sorting facility.

Track it: https://shipnest.example.com/t/SN-208813

Sorry for the wait,
ShipNest
""",
        html=ats_card("ShipNest", paras("""Hi Valeria,

Unfortunately, your package (order #SN-208813, "Noise-cancelling headset") is running late. A weather hold at our Memphis hub means it missed its connection.

New estimated delivery: Thursday, September 17.
Current position: Memphis, TN sorting facility."""), color="#f97316", lang="en",
            button=("Track your package", "https://shipnest.example.com/t/SN-208813")),
    ),
    dict(
        kind="other", scen="friend_rejection_palmetto", lang="en",
        frm=("Priya Nair", "priya.nair@mailbox.example.us"),
        subject="well, that's a no from Palmetto", date="2026-06-17 20:55 -0400",
        text="""Val,

Just got the "after careful consideration" email from Palmetto Air for the ground ops role. Two interviews and an assessment day in the heat on the ramp, and it's a template with my name spelled wrong. Honestly?? I'm fine. Mostly. Wine is helping.

Also: I heard through the grapevine that you crushed your trial day there. If that turns into something, I will be genuinely happy for you and only slightly jealous.

Call me this weekend?
P.
""",
    ),
    dict(
        kind="other", scen="ooo_coral_search", lang="en", refs=["cor_missed"],
        frm=("Jenna Morales", "jenna@coralsearch.example.com"),
        subject="Automatic reply: Re: Keylime Telecom – missed interview",
        date="2026-07-21 08:03 -0400", headers=OOO,
        text="""Thank you for your email. I'm out of the office at a client offsite until Monday, July 27, with limited access to email.

For anything urgent regarding an active search, please contact my colleague Sam Ortiz at sam@coralsearch.example.com.

Jenna Morales
Coral Search Partners
""",
    ),
    dict(
        kind="other", scen="redpro_profile_view", lang="en", contact="",
        frm=("RedPro", "notifications@redpro.example.com"),
        subject="A recruiter at Harborline viewed your profile", date="2026-05-08 16:10 +0000",
        headers=AUTO,
        html=ats_card("RedPro", paras("""Hi Valeria,

A recruiter at Harborline viewed your profile.

Profiles with a recent post get 3x more recruiter messages. Share an update about what you're looking for, or turn on "Open to work" so recruiters know you're available for interviews."""),
            color="#0a66c2", lang="en", button=("See who viewed you",
                                                "https://redpro.example.com/me/profile-views"),
            footer='You are receiving RedPro notification emails. '
                   '<a href="https://redpro.example.com/settings/notifications">Unsubscribe</a>'),
    ),
    dict(
        kind="other", scen="cold_recruiter_berlin", lang="en",
        frm=("Tobias Brandt", "tobias.brandt@spreetalent.example.de"),
        subject="Customer Success roles in Berlin – open to a move?",
        date="2026-04-09 10:17 +0200",
        text="""Hi Valeria,

I'm a recruiter at Spree Talent, placing customer-facing people at Berlin SaaS companies. Your background (bilingual team lead, strong on retention metrics, Spanish and English) is exactly what a few of my clients keep asking for, especially those expanding into LATAM.

Nothing specific to put in front of you today, but if a move to Berlin is on your radar, send me your CV and I'll keep you in mind as roles come in. Happy to share salary benchmarks for CSM roles here too.

Best,
Tobias Brandt
Senior Recruiter | Spree Talent
Torstraße 140, 10119 Berlin
+49 30 5555 0147
""",
    ),
    dict(
        kind="other", scen="bank_appointment_miami", lang="en", contact="",
        frm=("Biscayne Federal Credit Union", "alerts@biscaynefcu.example.com"),
        subject="Your appointment has been rescheduled", date="2026-06-05 09:30 -0400",
        headers=AUTO, cte="base64",
        text="""Dear Valeria Cardenas-Holt,

Your appointment to open a new-member checking account has been rescheduled because the branch will be closed for maintenance.

New date: Tuesday, June 9, 2026 at 11:00 AM
Branch: Brickell, 801 Brickell Ave

Please bring a passport and proof of your U.S. address. If this time doesn't work, you can choose another one at https://biscaynefcu.example.com/appointments.

Biscayne Federal Credit Union
This mailbox is not monitored.
""",
    ),
    dict(
        kind="other", scen="user_research_harborline", lang="en",
        frm=("Harborline Research", "research@harborline.example.com"),
        reply_to=("Owen Park", "owen.park@harborline.example.com"),
        contact="owen.park@harborline.example.com",
        subject="Invitation: 30-minute user interview ($50 gift card)",
        date="2026-06-02 14:00 -0400",
        text="""Hi Valeria,

You're receiving this because your team uses Harborline Desk for customer support. We're redesigning how team leads review agent performance, and we'd love to learn from your day-to-day.

The session is a 30-minute video interview with me and one designer. There are no right answers, and we won't try to sell you anything. As a thank-you, we'll send a $50 gift card.

If you're interested, reply with two or three times that work for you next week.

Thanks!
Owen Park
Senior UX Researcher, Harborline
""",
    ),
    dict(
        kind="other", scen="certificate_no_place", lang="en",
        frm=("Admissions – Bayfront School of Business", "admissions@bayfront.example.edu"),
        subject="Your application to the Customer Success Leadership Certificate",
        date="2026-08-14 17:20 -0400", name_enc=U8B,
        text="""Dear Valeria,

Thank you for applying to the Fall 2026 cohort of the Customer Success Leadership Certificate.

We received a record number of applications this term, and we regret that we are unable to offer you a place in the program. This decision reflects the size of the cohort rather than the quality of your application.

You are welcome to apply again for the Spring 2027 cohort; your essays and references can be carried over.

Sincerely,
Office of Admissions
Bayfront School of Business
""",
    ),
    dict(
        kind="other", scen="sent_application_palmetto", lang="en", id="pal_app",
        frm=CANDIDATE, to=[("Palmetto Air Careers", "careers@palmettoair.example.com")],
        subject="Application – Customer Experience Supervisor, MIA (Req. 4471)",
        date="2026-05-20 22:14 -0500",
        text="""Dear Hiring Team,

Please find attached my CV for the Customer Experience Supervisor opening at Miami International (Req. 4471).

I currently lead a bilingual team of 28 agents in Bogotá handling English- and Spanish-speaking customers for a payroll software client. I've run the operation through two seasonal peaks, rebuilt our QA scorecard, and cut first-response time by a third. Airline customer experience, with its disruption days and high-stakes recovery, is where I'd like to apply that next.

I hold a UK passport and am able to relocate to Miami.

Kind regards,
""" + VAL_SIG_EN + "\n",
        pdfs=[dict(filename="Valeria_Cardenas-Holt_CV_EN.pdf",
                   title="Valeria Cárdenas-Holt – Curriculum Vitae",
                   lines=["Customer Service Team Lead, bilingual operation (2023–2026), Bogotá.",
                          "Quality Supervisor (2021–2023). Bilingual Agent (2019–2021).",
                          "Languages: Spanish (native), English (C2), French (B2), German (A2)."])],
    ),
    # ------------------------------------------------------------------ French
    dict(
        kind="other", scen="envoi_remerciements_ciel", lang="fr", id="ciel_thanks",
        refs=["ciel_inv"],
        frm=CANDIDATE, to=[("Hélène Morel", "helene.morel@ciellyonnais.example.fr")],
        subject="Remerciements – entretien Responsable relation client",
        date="2026-08-12 13:41 -0500", subj_enc=U8Q,
        text=CIEL_THANKS + "\n" + VAL_SIG_FR + "\n",
    ),
    dict(
        kind="other", scen="alertes_emploi_rhone", lang="fr", contact="",
        frm=("Alertes Emploi Rhône", "alertes@emploi-rhone.example.fr"),
        subject="8 nouvelles offres : Responsable relation client – Lyon",
        date="2026-05-25 06:45 +0200", charset="iso-8859-1", html_cte="quoted-printable",
        headers=list_headers("Alertes Emploi Rhone <alertes.emploi-rhone.example.fr>",
                             "https://emploi-rhone.example.fr/desinscription?a=5521"),
        html="""<!DOCTYPE html>
<html lang="fr"><head><meta charset="iso-8859-1"><title>Alertes Emploi Rhône</title></head>
<body style="font-family:Arial,sans-serif">
<h2>8 nouvelles offres pour votre alerte « Responsable relation client »</h2>
<ul>
<li><a href="https://emploi-rhone.example.fr/offre/33101">Responsable relation client - Soierie Services</a> - Lyon 7e, CDI</li>
<li><a href="https://emploi-rhone.example.fr/offre/33112">Customer Success Manager - Fourvière Logiciels</a> - Lyon 2e, CDI</li>
<li><a href="https://emploi-rhone.example.fr/offre/33127">Superviseur centre d'appels - Rhône Télécom</a> - Villeurbanne</li>
<li><a href="https://emploi-rhone.example.fr/offre/33140">Chargé(e) d'expérience passagers - Ciel Lyonnais</a> - Colombier-Saugnieu</li>
</ul>
<p>Le conseil de la semaine : après un entretien, un refus n'est pas une fin. Demandez un retour constructif, poliment et en quelques lignes.</p>
<p><a href="https://emploi-rhone.example.fr/mes-alertes">Voir les 8 offres</a> &middot;
<a href="https://emploi-rhone.example.fr/desinscription?a=5521">Se désinscrire</a></p>
</body></html>
""",
    ),
    dict(
        kind="other", scen="master_candidature_non_retenue", lang="fr",
        frm=("Scolarité · Institut Lumière de Management", "admissions@ilm-lyon.example.fr"),
        subject="Votre candidature au Mastère Spécialisé Expérience Client",
        date="2026-07-03 11:00 +0200", name_enc=L1Q,
        text="""Madame,

Nous avons bien étudié votre dossier de candidature au Mastère Spécialisé « Expérience Client et Relation de Service », rentrée de septembre 2026.

Nous sommes au regret de vous informer que votre candidature n'a pas été retenue par le jury d'admission. Le nombre de places étant limité à 24, le jury a dû faire des choix difficiles parmi de nombreux profils de qualité.

Vous pouvez déposer une nouvelle candidature pour la session de février 2027.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Le service des admissions
Institut Lumière de Management
""",
    ),
    dict(
        kind="other", scen="dossier_location_refuse", lang="fr",
        frm=("Agence Presqu'île Immobilier", "location@presquile-immo.example.fr"),
        reply_to=("Claire Fabre", "claire.fabre@presquile-immo.example.fr"),
        contact="claire.fabre@presquile-immo.example.fr",
        subject="Votre dossier pour le T2 rue Mercière", date="2026-09-10 17:12 +0200",
        charset="windows-1252", cte="quoted-printable",
        text="""Bonjour Madame Cárdenas-Holt,

Je reviens vers vous au sujet du T2 meublé situé 42 rue Mercière, que vous avez visité en visio mardi.

Malheureusement, le propriétaire a retenu un autre dossier, avec un garant en France, ce qui était pour lui une condition importante. Je suis désolée de ne pas avoir de meilleure nouvelle.

J’ai toutefois deux autres biens qui pourraient correspondre à votre date d’arrivée (1er novembre) : un T2 à la Croix-Rousse et un studio à Perrache. Voulez-vous que je vous envoie les annonces ?

Bien à vous,

Claire Fabre
Conseillère location – Agence Presqu’île Immobilier
12 quai Saint-Antoine, 69002 Lyon
04 78 55 01 47
""",
    ),
    dict(
        kind="other", scen="reponse_auto_soierie", lang="fr", refs=["soi_inv"],
        frm=("Amandine Roux", "amandine.roux@soierie.example.fr"),
        subject="Réponse automatique : Entretien Soierie Services", date="2026-05-13 07:50 +0200",
        headers=OOO, subj_enc=L1Q,
        text="""Bonjour,

Je suis absente du bureau jusqu'au lundi 18 mai inclus. Les entretiens prévus cette semaine sont maintenus et seront assurés par mon collègue Julien Bertrand (julien.bertrand@soierie.example.fr).

Cordialement,
Amandine Roux
""",
    ),
    # ------------------------------------------------------------------ German
    dict(
        kind="other", scen="jobletter_berlin", lang="de", contact="",
        frm=("Jobletter Berlin", "newsletter@jobletter-berlin.example.de"),
        subject="Neue Stellen & Tipps: So gehen Sie mit einer Absage um",
        date="2026-06-16 07:30 +0200",
        headers=list_headers("Jobletter Berlin <jobletter.jobletter-berlin.example.de>",
                             "https://jobletter-berlin.example.de/abmelden?id=vch147"),
        text="""JOBLETTER BERLIN – Ausgabe 24/2026

NEUE STELLEN
* Customer Success Manager (m/w/d) – Spreewerk Software – Kreuzberg
  https://jobletter-berlin.example.de/s/2201
* Teamleitung Kundenservice – Kranich Telekom – Adlershof
  https://jobletter-berlin.example.de/s/2207
* Support Lead (Englisch) – Loopdesk – Mitte
  https://jobletter-berlin.example.de/s/2215

RATGEBER: Absage erhalten – und jetzt?
Eine Absage nach dem Vorstellungsgespräch fühlt sich persönlich an, ist es aber selten. Bitten Sie freundlich um ein kurzes Feedback, notieren Sie sich die Fragen aus dem Gespräch und bleiben Sie mit der Personalabteilung in Kontakt. Viele Stellen werden ein halbes Jahr später erneut ausgeschrieben.
https://jobletter-berlin.example.de/ratgeber/absage

Sie erhalten diesen Newsletter, weil Sie sich angemeldet haben.
Abmelden: https://jobletter-berlin.example.de/abmelden?id=vch147
""",
        html=newsletter_html(
            "Jobletter Berlin – Ausgabe 24/2026",
            "Neue Stellen aus Berlin und ein Ratgeber zum Umgang mit Absagen.",
            [("Customer Success Manager (m/w/d) – Spreewerk Software",
              "https://jobletter-berlin.example.de/s/2201", "Kreuzberg"),
             ("Teamleitung Kundenservice – Kranich Telekom",
              "https://jobletter-berlin.example.de/s/2207", "Adlershof"),
             ("Support Lead (Englisch) – Loopdesk", "https://jobletter-berlin.example.de/s/2215",
              "Mitte"),
             ("Ratgeber: Absage erhalten – und jetzt?",
              "https://jobletter-berlin.example.de/ratgeber/absage",
              "Bitten Sie freundlich um Feedback und bleiben Sie in Kontakt.")],
            '<a href="https://jobletter-berlin.example.de/abmelden?id=vch147">Abmelden</a>',
            lang="de", color="#be123c"),
    ),
    dict(
        kind="other", scen="redpro_profilaufrufe", lang="de", contact="",
        frm=("RedPro", "benachrichtigungen@redpro.example.com"),
        subject="Ihr Profil wurde diese Woche 6-mal aufgerufen", date="2026-09-21 16:00 +0000",
        headers=AUTO, cte="base64",
        text="""Hallo Valeria,

Ihr Profil wurde diese Woche 6-mal aufgerufen, unter anderem von Personalverantwortlichen bei Zahlhaus und Spreewerk Software.

Tipp: Mitglieder, die „Offen für Jobangebote“ aktivieren, erhalten bis zu doppelt so viele Nachrichten von Recruitern.

Alle Profilaufrufe ansehen: https://redpro.example.com/me/profile-views
Benachrichtigungen verwalten: https://redpro.example.com/settings/notifications
""",
    ),
    dict(
        kind="other", scen="abwesenheit_kranich", lang="de", refs=["kra_missed"],
        frm=("Katrin Vogel", "katrin.vogel@kranich-telekom.example.de"),
        subject="Automatische Antwort: AW: Ihr Vorstellungsgespräch am 11. Juni",
        date="2026-06-12 08:31 +0200", headers=OOO, subj_enc=L1Q,
        text="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 19. Juni nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an recruiting@kranich-telekom.example.de.

Mit freundlichen Grüßen
Katrin Vogel
""",
    ),
    dict(
        kind="other", scen="botschaft_termin_verschoben", lang="de", contact="",
        frm=("Terminvergabe Visa", "termine@botschaft-visa.example.de"),
        subject="Ihr Termin wurde verschoben: Visum zur Arbeitsplatzsuche",
        date="2026-07-27 15:00 +0200", headers=AUTO, charset="iso-8859-1",
        cte="quoted-printable", subj_enc=L1B,
        text="""Sehr geehrte Frau Cárdenas-Holt,

aus organisatorischen Gründen muss Ihr Termin zur Antragstellung (Visum zur Arbeitsplatzsuche, Vorgangsnummer BOG-2026-11873) leider verschoben werden.

Neuer Termin: Donnerstag, 6. August 2026, 8:45 Uhr
Ort: Visastelle, Bogotá

Bitte bringen Sie alle Unterlagen gemäß Checkliste im Original und in Kopie mit. Ein persönliches Gespräch mit der Sachbearbeitung ist Teil der Antragstellung.

Diese E-Mail wurde automatisch erstellt. Antworten an diese Adresse werden nicht bearbeitet.
""",
    ),
]
