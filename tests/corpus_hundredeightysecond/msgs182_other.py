"""Corpus 182, kind `other`: 52 hand-written messages (es 27, en 17, fr 4, de 4)."""

from __future__ import annotations

from msgs182_common import (
    CANDIDATE,
    SIG_DE,
    SIG_EN,
    SIG_ES,
    SIG_FR,
    forwarded,
    newsletter_html,
    outlook_block,
    paras,
    reply,
)

OTH = "other"

LUCIA = ("Lucía Restrepo Gaviria", "lucia.restrepo@pagaloya.example.co")
MEGAN = ("Megan Holt", "megan.holt@lonestarledger.example.com")


def _list_headers(list_id: str, unsub_url: str, unsub_mail: str) -> list[tuple[str, str]]:
    return [
        ("List-Id", list_id),
        ("List-Unsubscribe", f"<{unsub_url}>, <mailto:{unsub_mail}>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ]


MESSAGES: list[dict] = [
    # ================================================================== es (27)
    # ---------------------------------------------------------------- 1: job-alert digest
    dict(
        kind=OTH, slug="empleoya_alert_digest", lang="es", company="", contact="",
        frm=("EmpleoYa Colombia", "alertas@mail.empleoya.example.co"),
        subject="7 nuevas vacantes de UX Writer en Medellín y Bogotá",
        date="2026-01-15 06:00 -0500",
        headers=_list_headers("EmpleoYa alertas <alertas.empleoya.example.co>",
                              "https://empleoya.example.co/alertas/baja?u=cfh182",
                              "baja@empleoya.example.co"),
        alt=True, cte="qp",
        html=newsletter_html(
            "EmpleoYa · Tu alerta diaria",
            "<p>Hola Camila, estas son las vacantes que coinciden con tu alerta "
            "<b>“UX Writer”</b>. Consejo del día: antes de una entrevista, lee los textos de la "
            "app de la empresa y lleva dos mejoras concretas; a los reclutadores les encanta. Y "
            "si te llega un rechazo, no lo tomes personal: responde con una nota amable.</p>",
            [
                ("UX Writer – Fintech (Medellín, híbrido)",
                 "https://empleoya.example.co/v/88231", "Publicada hace 2 horas · 35 postulantes"),
                ("Redactor(a) de Contenidos Digitales – Banco (Bogotá)",
                 "https://empleoya.example.co/v/88240", "Entrevistas inmediatas · Término fijo"),
                ("Content Designer Jr. – Software (remoto Colombia)",
                 "https://empleoya.example.co/v/88255", "Salario a convenir"),
                ("Analista de Comunicaciones – Telecom (Cali)",
                 "https://empleoya.example.co/v/88262", "Inglés B2 · Presencial"),
                ("Copywriter UX – Agencia (Medellín)",
                 "https://empleoya.example.co/v/88270", "Prueba técnica en el proceso"),
                ("Especialista en Microcopy – Aseguradora (Medellín)",
                 "https://empleoya.example.co/v/88281", "Nueva"),
                ("UX Writer bilingüe – BPO (Bogotá)",
                 "https://empleoya.example.co/v/88290", "Postulación rápida"),
            ],
            'Recibes este correo porque creaste una alerta en EmpleoYa. '
            '<a href="https://empleoya.example.co/alertas/baja?u=cfh182">Cancelar alerta</a> · '
            "EmpleoYa, Cra. 7 #26-20, Bogotá",
        ),
    ),
    # ---------------------------------------------------------------- 2: career-advice newsletter
    dict(
        kind=OTH, slug="palabra_de_producto_rechazo_article", lang="es", company="", contact="",
        frm=("Palabra de Producto", "hola@palabradeproducto.example.com"),
        subject="Cómo responder a un rechazo sin quemar puentes (y 3 plantillas)",
        subj_enc=("utf-8", "B"),
        date="2026-03-18 07:30 -0500",
        headers=_list_headers("Palabra de Producto <boletin.palabradeproducto.example.com>",
                              "https://palabradeproducto.example.com/baja/cfh",
                              "baja@palabradeproducto.example.com"),
        html=newsletter_html(
            "Palabra de Producto · N.º 84",
            "<p>¡Hola, escritora!</p>\n"
            "<p>Esta semana hablamos del correo que nadie quiere recibir: “Lamentamos "
            "informarte que no continuarás en el proceso”. Te contamos qué contestar, cuándo "
            "pedir retroalimentación y por qué no conviene discutir la decisión.</p>\n"
            "<p>También: cómo preparar la entrevista de portafolio cuando vienes de otra "
            "profesión (spoiler: tu experiencia atendiendo público cuenta).</p>",
            [
                ("Tres plantillas para responder a un rechazo",
                 "https://palabradeproducto.example.com/84/rechazo",
                 "Corta, agradecida y con la puerta abierta."),
                ("La entrevista de portafolio, paso a paso",
                 "https://palabradeproducto.example.com/84/portafolio",
                 "Qué mostrar en 20 minutos."),
                ("Vacantes de la semana en Latinoamérica",
                 "https://palabradeproducto.example.com/84/vacantes",
                 "12 posiciones de UX writing."),
            ],
            'Palabra de Producto, boletín sobre escritura de interfaces en español. '
            '<a href="https://palabradeproducto.example.com/baja/cfh">Darme de baja</a>',
            accent="#7c2d12",
        ),
    ),
    # ---------------------------------------------------------------- 3: podcast interview request
    dict(
        kind=OTH, slug="podcast_letras_que_venden", lang="es", company="",
        contact="tatiana@letrasquevenden.example.co",
        frm=("Tatiana Arango", "tatiana@letrasquevenden.example.co"),
        subject="Invitación al podcast Letras que Venden", date="2026-06-04 14:20 -0500",
        cte="8bit",
        text=(
            "¡Hola Camila!\n\n"
            "Soy Tatiana, la voz detrás de Letras que Venden, un podcast sobre escritura y "
            "negocios. Leí tu artículo sobre lo que aprendiste escribiendo avisos en la "
            "ventanilla del banco y me encantó.\n\n"
            "¿Te gustaría que te entrevistáramos para un episodio sobre cambio de carrera? "
            "Grabamos por Zoom, unos 40 minutos, y tú eliges la fecha en junio o julio. No hay "
            "pago, pero te enviamos el audio editado y lo promocionamos en nuestras redes.\n\n"
            "Un abrazo,\n"
            "Tatiana Arango\n"
            "Letras que Venden · podcast\n"
        ),
    ),
    # ---------------------------------------------------------------- 4: user-research interview
    dict(
        kind=OTH, slug="colibri_user_research_invite", lang="es", company="",
        contact="manuela.ortiz@colibripagos.example.co",
        frm=("Manuela Ortiz | Investigación Colibrí", "manuela.ortiz@colibripagos.example.co"),
        subject="¿Nos ayudas a mejorar la app? Entrevista de 45 min (con bono)",
        date="2026-08-11 10:00 -0500",
        alt=True,
        html=(
            '<div style="font-family:Arial,sans-serif;font-size:14px;color:#222">\n'
            "<p>Hola Camila,</p>\n"
            "<p>Como usuaria de la app de Colibrí Pagos, te invitamos a una <b>entrevista de "
            "investigación</b> de 45 minutos por videollamada. Queremos entender cómo usas los "
            "pagos con QR y qué te confunde de los mensajes de la app.</p>\n"
            "<p>No hay respuestas correctas ni incorrectas. Como agradecimiento te daremos un "
            "bono de $80.000 en tu cuenta Colibrí.</p>\n"
            '<p><a href="https://colibripagos.example.co/investigacion/agenda?t=82f1">Agenda tu '
            "espacio aquí</a> (cupos limitados, del 18 al 22 de agosto).</p>\n"
            "<p>Gracias,<br>Manuela Ortiz<br>Investigadora UX · Colibrí Pagos</p>\n"
            '<p style="font-size:11px;color:#777">Recibes este correo porque aceptaste ser '
            "contactada para estudios de usuario.</p>\n</div>"
        ),
    ),
    # ---------------------------------------------------------------- 5: package delayed
    dict(
        kind=OTH, slug="enviaya_paquete_retrasado", lang="es", company="", contact="",
        frm=("EnvíaYa", "no-reply@envios.enviaya.example.co"), name_enc=("utf-8", "Q"),
        subject="Tu paquete está retrasado", date="2026-04-07 13:45 -0500",
        headers=[("Auto-Submitted", "auto-generated")],
        text=(
            "Hola Camila,\n\n"
            "Lamentablemente tu paquete con guía EY-2026-448120 está retrasado por una novedad "
            "en el centro de distribución de Rionegro. Estimamos entregarlo el jueves 9 de "
            "abril entre las 8:00 a.m. y las 6:00 p.m.\n\n"
            "Puedes reprogramar la entrega o cambiar la dirección aquí: "
            "https://enviaya.example.co/rastreo/EY-2026-448120\n\n"
            "Disculpa las molestias.\n"
            "EnvíaYa\n"
        ),
    ),
    # ---------------------------------------------------------------- 6: friend's own rejection
    dict(
        kind=OTH, slug="amiga_cuenta_su_rechazo", lang="es", company="",
        contact="valeria.rios.m@correo.example.com.co",
        frm=("Valeria Ríos", "valeria.rios.m@correo.example.com.co"),
        subject="me rechazaron :(", date="2026-05-12 21:34 -0500",
        cte="8bit",
        text=(
            "Amigaaa\n\n"
            "Te cuento rápido porque estoy que lloro: me llegó el correo de la fintech de "
            "Bogotá. “Después de una cuidadosa evaluación hemos decidido continuar con otros "
            "candidatos”. Tres entrevistas y una prueba de dos días para eso.\n\n"
            "Ya sé, ya sé, me vas a decir que es parte del proceso. ¿Nos vemos el sábado para "
            "un helado y me subes el ánimo? Y tú cuéntame cómo vas con lo de Madrid.\n\n"
            "Vale\n"
        ),
    ),
    # ---------------------------------------------------------------- 7: her thank-you (sent)
    dict(
        kind=OTH, slug="camila_thanks_pagaloya", lang="es", company="", contact="",
        frm=CANDIDATE, to=[LUCIA, ("Santiago Ochoa", "santiago.ochoa@pagaloya.example.co")],
        key="pagaloya-thanks", parents=["pagaloya-invite", "pagaloya-move"],
        subject="Gracias por la entrevista de hoy",
        date="2026-02-19 17:40 -0500",
        cte="qp",
        text=(
            "Hola Lucía y Santiago,\n\n"
            "Muchas gracias por la entrevista de esta tarde. Me quedé pensando en lo que "
            "contaron de los mensajes de rechazo de pagos y en cómo explicar un cobro "
            "duplicado sin asustar a nadie; es justo el tipo de problema que veo todos los "
            "días en la ventanilla.\n\n"
            "Quedo atenta a los siguientes pasos.\n\n"
            "Un saludo,\n" + SIG_ES + "\n"
        ),
    ),
    # ---------------------------------------------------------------- 8: her application + CV
    dict(
        kind=OTH, slug="camila_application_letra_clara", lang="es", company="", contact="",
        frm=CANDIDATE, to=[("Daniela Posada", "daniela@letraclara.example.co")],
        key="letraclara-app",
        subject="Postulación UX Writer - Camila Fitzgerald-Huamán",
        date="2026-01-05 21:10 -0500",
        text=(
            "Hola Daniela,\n\nTe escribo por la vacante de UX Writer que publicaron en "
            "su Instagram. Adjunto mi hoja de vida y el enlace a mi portafolio.\n\n"
            "¡Gracias!\nCamila\n\n"
            "Portafolio: https://camilafh.example.com.co/portafolio\n"
        ),
        pdf=[dict(
            name="HV_Camila_Fitzgerald-Huaman.pdf", title="Camila Fitzgerald-Huamán - Hoja de vida",
            lines=["Medellín, Colombia · camila.fh@example.com.co · +57 300 555 0142",
                   "Experiencia: Cajera, Banca Guayacán (2020-2026)",
                   "Formación: Certificado en Escritura UX (2025)",
                   "Idiomas: español (nativo), inglés (C1), francés (B2), alemán (B1)"],
        )],
    ),
    # ---------------------------------------------------------------- 9: her reschedule request
    dict(
        kind=OTH, slug="camila_asks_andina_new_date", lang="es", company="", contact="",
        frm=CANDIDATE, to=[("Paola Méndez", "paola.mendez@andinatelecom.example.com.co")],
        key="andina-resched-req", parents=["andina-panel"],
        subject="RE: Citación a entrevista con panel - UX Writer Sr. (Ref. 51907)",
        date="2026-08-13 19:58 -0500",
        text=(
            "Hola Paola, muchas gracias por la invitación. El jueves 20 tengo turno en la "
            "sucursal hasta las 4:00 p. m. ¿Sería posible correrlo a otro día de la semana "
            "siguiente?\n\nCamila\n\n"
            + outlook_block(
                "es", "Paola Méndez <paola.mendez@andinatelecom.example.com.co>",
                "miércoles, 12 de agosto de 2026 11:05 a. m.",
                "Camila Fitzgerald-Huamán <camila.fh@example.com.co>",
                "Citación a entrevista con panel - UX Writer Sr. (Ref. 51907)",
                "Buenos días, Camila:\n\n"
                "Nos complace invitarte a la entrevista con panel para el cargo UX Writer Sr. "
                "(Ref. 51907).\n\n"
                "Fecha: jueves 20 de agosto de 2026\n"
                "Hora: 2:00 p. m. a 3:15 p. m. (hora Colombia)\n"
                "Modalidad: Microsoft Teams",
                cc="Hernando Ríos; Luisa Fernanda Prieto",
            )
            + "\n"
        ),
    ),
    # ---------------------------------------------------------------- 10: head-hunter cold approach
    dict(
        kind=OTH, slug="ruta_ejecutiva_cold_approach", lang="es", company="",
        contact="natalia.ospina@rutaejecutiva.example.co",
        frm=("Natalia Ospina", "natalia.ospina@rutaejecutiva.example.co"),
        subject="Tu perfil de UX writing", date="2026-07-07 08:50 -0500",
        text=(
            "Hola Camila, buenos días.\n\n"
            "Soy Natalia, socia de Ruta Ejecutiva, una firma de búsqueda de talento en Bogotá. "
            "Encontré tu perfil y tu portafolio, y me llamó la atención tu paso de la banca "
            "presencial a la escritura de producto.\n\n"
            "Hoy no tengo una búsqueda abierta que encaje, pero trabajo con varios bancos y "
            "fintechs que suelen pedir perfiles como el tuyo. Si te parece, guardo tu hoja de "
            "vida y te escribo cuando surja algo.\n\n"
            "Saludos,\n"
            "Natalia Ospina\n"
            "Socia · Ruta Ejecutiva\n"
            "Cl. 93B #13-44, Bogotá\n"
        ),
    ),
    # ---------------------------------------------------------------- 11: her own bank, appraisal
    dict(
        kind=OTH, slug="banca_guayacan_evaluacion_desempeno", lang="es", company="",
        contact="gloria.cadavid@bancaguayacan.example.com.co",
        frm=("Gloria Cadavid", "gloria.cadavid@bancaguayacan.example.com.co"),
        subject="Entrevista de evaluación de desempeño 2025",
        date="2026-02-02 07:15 -0500",
        alt=True, cte="qp",
        html=(
            '<div style="font-family:Calibri,sans-serif;font-size:11pt">\n'
            "<p>Buenos días, Camila:</p>\n"
            "<p>Como cada año, te cito a la entrevista de evaluación de desempeño del periodo "
            "2025. Será el viernes 6 de febrero a las 7:00 a.m., antes de abrir la oficina, en "
            "la sala pequeña de la sucursal Laureles.</p>\n"
            "<p>Trae por favor tu autoevaluación diligenciada en el formato de Gestión Humana. "
            "También revisaremos tu solicitud de cambio de posición dentro de la red de "
            "oficinas.</p>\n"
            "<p>Gracias,<br>Gloria Cadavid<br>Directora de Oficina · Sucursal Laureles<br>"
            "Banca Guayacán</p>\n"
            '<p style="font-size:8pt;color:#666">Banca Guayacán, entidad vigilada por la '
            "Superintendencia Financiera. Este mensaje es confidencial.</p>\n</div>"
        ),
    ),
    # ---------------------------------------------------------------- 12: landlord
    dict(
        kind=OTH, slug="arrendador_cita_revision", lang="es", company="",
        contact="jaime.echeverri@correo.example.com.co",
        frm=("Jaime Echeverri", "jaime.echeverri@correo.example.com.co"),
        subject="Cita para revisar el apartamento", date="2026-03-04 18:30 -0500",
        charset="iso-8859-1", cte="qp",
        text=(
            "Buenas tardes señorita Camila,\n\n"
            "Le escribo para pedirle una cita el sábado 7 de marzo a las 10 de la mañana para "
            "revisar el apartamento con el plomero. Hay que cambiar la posición del calentador "
            "porque la administración del edificio lo exige por norma de gas.\n\n"
            "Si no puede estar, me deja las llaves con el portero.\n\n"
            "Muchas gracias,\n"
            "Jaime Echeverri\n"
            "Propietario apto 502\n"
            "Cel. 311 555 2094\n"
        ),
    ),
    # ---------------------------------------------------------------- 13: doctor appointment
    dict(
        kind=OTH, slug="eps_confirmacion_cita", lang="es", company="", contact="",
        frm=("EPS Salud Andina", "no-reply@citas.saludandina.example.com.co"),
        subject="Confirmación de su cita médica", date="2026-06-22 06:40 -0500",
        headers=[("Auto-Submitted", "auto-generated")],
        html=(
            '<html><body style="font-family:Arial;font-size:13px">\n'
            "<h3 style=\"color:#0369a1\">EPS Salud Andina</h3>\n"
            "<p>Señora Camila Fitzgerald-Huamán:</p>\n"
            "<p>Su cita de <b>Medicina General</b> quedó asignada así:</p>\n"
            "<table border=\"1\" cellpadding=\"6\" style=\"border-collapse:collapse\">\n"
            "<tr><td>Fecha</td><td>jueves 25 de junio de 2026</td></tr>\n"
            "<tr><td>Hora</td><td>7:20 a.m.</td></tr>\n"
            "<tr><td>Sede</td><td>IPS Laureles, Cra. 76 #33-10, Medellín</td></tr>\n"
            "<tr><td>Profesional</td><td>Dra. Marcela Uribe</td></tr></table>\n"
            "<p>Llegue 20 minutos antes con su documento de identidad. Si no puede asistir, "
            "cancele con 24 horas de anticipación para no generar multa por inasistencia.</p>\n"
            "<p>Este es un mensaje automático; no responda a este correo.</p>\n"
            "</body></html>"
        ),
    ),
    # ---------------------------------------------------------------- 14: diploma admission refused
    dict(
        kind=OTH, slug="universidad_diplomado_no_admitida", lang="es", company="", contact="",
        frm=("Universidad del Aburrá - Admisiones", "no-reply@uaburra.example.edu.co"),
        subject="Resultado de su solicitud: Diplomado en Escritura UX (cohorte 2026-1)",
        date="2026-01-23 16:00 -0500",
        charset="iso-8859-1", cte="qp",
        text=(
            "Apreciada Camila:\n\n"
            "Agradecemos su interés en el Diplomado en Escritura UX de la Universidad del "
            "Aburrá.\n\n"
            "Lamentamos informarle que su solicitud no fue aceptada para la cohorte 2026-1, "
            "debido a que el número de aspirantes superó los cupos disponibles. Puede volver a "
            "inscribirse para la cohorte 2026-2, con inscripciones abiertas desde el 1 de "
            "junio.\n\n"
            "Si ya realizó el pago de inscripción, será reembolsado en un plazo de 15 días "
            "hábiles.\n\n"
            "Oficina de Admisiones y Registro\n"
            "Universidad del Aburrá\n"
        ),
    ),
    # ---------------------------------------------------------------- 15: out-of-office
    dict(
        kind=OTH, slug="lucia_fuera_de_oficina", lang="es", company="",
        contact="lucia.restrepo@pagaloya.example.co", frm=LUCIA,
        parents=["pagaloya-thanks"],
        subject="Respuesta automática: Gracias por la entrevista de hoy",
        date="2026-02-19 17:41 -0500",
        headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        text=(
            "Hola, gracias por tu mensaje.\n\n"
            "Estoy fuera de la oficina hasta el lunes 23 de febrero, con acceso limitado al "
            "correo. Si tu mensaje es sobre un proceso de selección en curso, lo responderé a "
            "mi regreso. Para temas urgentes escribe a talento@pagaloya.example.co.\n\n"
            "Lucía\n"
        ),
    ),
    # ---------------------------------------------------------------- 16: professional network
    dict(
        kind=OTH, slug="conectapro_perfil_visto", lang="es", company="", contact="",
        frm=("ConectaPro", "notificaciones@conectapro.example.com"),
        subject="Camila, 3 reclutadores vieron tu perfil esta semana",
        date="2026-04-16 12:00 +0000",
        headers=_list_headers("<notificaciones.conectapro.example.com>",
                              "https://conectapro.example.com/ajustes/correo",
                              "unsubscribe@conectapro.example.com"),
        alt=True,
        html=(
            '<table width="100%" style="font-family:Arial;background:#f3f2ef"><tr><td '
            'align="center"><table width="560" style="background:#fff;padding:20px">\n'
            "<tr><td><h2>Tu perfil está llamando la atención</h2>\n"
            "<p>Reclutadores de <b>una agencia en Bogotá</b>, <b>una fintech en Madrid</b> y "
            "<b>una empresa de software en Cali</b> vieron tu perfil.</p>\n"
            '<p><a href="https://conectapro.example.com/me/visitas">Ver quién visitó tu '
            "perfil</a></p>\n"
            "<h3>Nuevas posiciones que coinciden contigo</h3>\n"
            '<p><a href="https://conectapro.example.com/empleos/551201">UX Writer · Medellín'
            "</a><br>"
            '<a href="https://conectapro.example.com/empleos/551377">Content Designer · Remoto'
            "</a></p>\n"
            '<p style="font-size:11px;color:#666">ConectaPro · <a href="https://conectapro.'
            'example.com/ajustes/correo">Darse de baja</a></p>\n'
            "</td></tr></table></td></tr></table>"
        ),
    ),
    # ---------------------------------------------------------------- 17: mother forwards an ad
    dict(
        kind=OTH, slug="mama_reenvia_clasificado", lang="es", company="",
        contact="rosa.huaman@correo.example.com.co",
        frm=("Rosa Huamán", "rosa.huaman@correo.example.com.co"),
        subject="Fwd: Clasificados El Colombiano Digital - Empleos de la semana",
        date="2026-05-03 09:07 -0500",
        cte="8bit",
        text=(
            "Mija, mira esta, ¿no es lo que estás buscando? La del banco del centro. Llama "
            "pues.\n"
            "Besos, mamá\n\n"
            + forwarded(
                "es", "Clasificados Digital <boletin@clasificados.example.com.co>",
                "sáb, 2 may 2026, 6:00 a.m.",
                "Clasificados El Colombiano Digital - Empleos de la semana",
                "rosa.huaman@correo.example.com.co",
                "EMPLEOS DESTACADOS\n\n"
                "* Banco regional solicita Redactora de Contenidos Digitales. Experiencia en "
                "atención al cliente. Enviar hoja de vida. Medellín, centro.\n"
                "* Se necesita auxiliar contable con experiencia. Itagüí.\n"
                "* Empresa de telecomunicaciones busca asesores comerciales bilingües.\n",
            )
            + "\n"
        ),
    ),
    # ---------------------------------------------------------------- 18: position sharing (GPS)
    dict(
        kind=OTH, slug="ubicame_posicion_compartida", lang="es", company="", contact="",
        frm=("Ubícame", "no-reply@ubicame.example.app"), name_enc=("utf-8", "B"),
        subject="Tu posición en tiempo real se está compartiendo",
        date="2026-07-18 22:15 -0500",
        headers=[("Auto-Submitted", "auto-generated")],
        text=(
            "Hola Camila,\n\n"
            "Tu posición en tiempo real se está compartiendo con Valeria Ríos desde las "
            "22:10. Última posición: Cra. 70 con Cl. 44, Medellín (precisión 12 m).\n\n"
            "Puedes dejar de compartir tu ubicación en cualquier momento desde la app.\n\n"
            "El equipo de Ubícame\n"
        ),
    ),
    # ---------------------------------------------------------------- 19: Spain newsletter
    dict(
        kind=OTH, slug="empleo_fintech_espana_boletin", lang="es", company="", contact="",
        frm=("Empleo Fintech España", "boletin@empleofintech.example.es"),
        subject="Boletín 37: las entrevistas más raras del trimestre y 14 ofertas",
        date="2026-09-09 08:00 +0200",
        headers=_list_headers("Empleo Fintech <boletin.empleofintech.example.es>",
                              "https://empleofintech.example.es/baja?id=a9c3",
                              "baja@empleofintech.example.es"),
        alt=True, cte="b64",
        html=newsletter_html(
            "Empleo Fintech España",
            "<p>Buenos días:</p>\n"
            "<p>Este mes recopilamos vuestras historias: la candidata a la que rechazaron por "
            "correo antes de terminar la entrevista, el reclutador que canceló la cita tres "
            "veces y la oferta que llegó un sábado a medianoche. Además, 14 ofertas nuevas en "
            "Madrid y remoto.</p>",
            [
                ("Las entrevistas más raras del trimestre",
                 "https://empleofintech.example.es/37/historias", "Seis historias de lectores."),
                ("UX Writer – Neobanco (Madrid)",
                 "https://empleofintech.example.es/37/o/1", "45-52 k€ · híbrido"),
                ("Content Designer – Pagos (remoto España)",
                 "https://empleofintech.example.es/37/o/2", "Inglés C1"),
                ("Redactor/a técnico/a – Seguros (Madrid)",
                 "https://empleofintech.example.es/37/o/3", "Incorporación inmediata"),
            ],
            "Recibes este boletín porque te suscribiste en empleofintech.example.es. "
            '<a href="https://empleofintech.example.es/baja?id=a9c3">Baja</a>',
            accent="#1e40af",
        ),
    ),
    # ---------------------------------------------------------------- 20: webinar marketing
    dict(
        kind=OTH, slug="aprende_ux_taller_entrevista", lang="es", company="", contact="",
        frm=("Aprende UX", "eventos@aprendeux.example.com"),
        subject="Taller gratuito: cómo preparar tu entrevista de UX writing",
        date="2026-08-26 11:30 -0500",
        headers=_list_headers("<eventos.aprendeux.example.com>",
                              "https://aprendeux.example.com/preferencias",
                              "baja@aprendeux.example.com"),
        html=(
            '<div style="max-width:600px;font-family:Helvetica,sans-serif">\n'
            '<h1 style="color:#9333ea">¿Tienes una entrevista pronto?</h1>\n'
            "<p>Únete a nuestro taller en vivo el <b>miércoles 2 de septiembre a las 6:00 p.m."
            "</b> (hora Colombia). Veremos cómo presentar tu portafolio, qué preguntas hacen "
            "los reclutadores y cómo negociar una oferta.</p>\n"
            '<p><a href="https://aprendeux.example.com/taller-entrevistas" style="background:'
            '#9333ea;color:#fff;padding:10px 18px;text-decoration:none">Reservar mi cupo</a>'
            "</p>\n"
            "<p>Cupos limitados. ¡Te esperamos!</p>\n"
            '<p style="font-size:11px;color:#888">Aprende UX · <a href="https://aprendeux.'
            'example.com/preferencias">Preferencias de correo</a></p>\n</div>'
        ),
    ),
    # ---------------------------------------------------------------- 21: her follow-up (sent)
    dict(
        kind=OTH, slug="camila_pregunta_novedades_montana", lang="es", company="", contact="",
        frm=CANDIDATE, to=[("Mariana Zuluaga", "mariana.zuluaga@talentomontana.example.com.co")],
        parents=["montana-cordillera-no"],
        subject="RE: Seguros Cordillera - respuesta del proceso",
        date="2026-02-20 12:05 -0500",
        cte="qp",
        text=(
            "Hola Mariana,\n\n"
            "Gracias de nuevo por la gestión con Seguros Cordillera. Quería preguntarte si hay "
            "novedades con las vacantes del Poblado que mencionaste; sigo muy interesada y "
            "tengo disponibilidad para entrevistas en las tardes.\n\n"
            "Un abrazo,\n" + SIG_ES + "\n\n"
            + outlook_block(
                "es", "Mariana Zuluaga <mariana.zuluaga@talentomontana.example.com.co>",
                "viernes, 6 de febrero de 2026 10:17 a. m.",
                "Camila Fitzgerald-Huamán <camila.fh@example.com.co>",
                "Seguros Cordillera - respuesta del proceso",
                "Hola Cami, ¿cómo vas?\n\n"
                "Hablé esta mañana con la jefa de Experiencia Digital de Seguros Cordillera. "
                "Les gustó tu energía y la prueba de microcopy, pero se van a quedar con una "
                "persona que ya viene del sector asegurador. Así que por este lado no se dio.",
            )
            + "\n"
        ),
    ),
    # ---------------------------------------------------------------- 22: bank statement "posición"
    dict(
        kind=OTH, slug="banco_sabana_posicion_consolidada", lang="es", company="", contact="",
        frm=("Banco Sabana", "notificaciones@bancosabana.example.com.co"),
        subject="Su posición consolidada a 31 de julio de 2026",
        date="2026-07-31 23:10 -0500",
        headers=[("Auto-Submitted", "auto-generated")],
        charset="windows-1252", cte="qp",
        html=(
            '<html><head><meta http-equiv="Content-Type" content="text/html; '
            'charset=windows-1252"></head><body style="font-family:Tahoma;font-size:12px">\n'
            '<p style="background:#0b3d2e;color:#fff;padding:8px">Banco Sabana – Banca '
            "Personal</p>\n"
            "<p>Estimada clienta:</p>\n"
            "<p>Ya está disponible el extracto con la posición consolidada de sus productos "
            "al corte del 31 de julio: cuenta de ahorros terminada en 4471 y CDT terminado en "
            "0920.</p>\n"
            "<p>Ingrese a la Sucursal Virtual para descargarlo. Por su seguridad, nunca le "
            "pediremos claves por correo.</p>\n"
            "<p>Banco Sabana – Vigilado Superintendencia Financiera de Colombia</p>\n"
            "</body></html>"
        ),
    ),
    # ---------------------------------------------------------------- 23: meetup talk refused
    dict(
        kind=OTH, slug="meetup_charla_no_seleccionada", lang="es", company="",
        contact="juanes.gil@uxmedellin.example.org",
        frm=("Juan Esteban Gil", "juanes.gil@uxmedellin.example.org"),
        subject="Tu propuesta de charla para UX Medellín Fest",
        date="2026-09-22 20:05 -0500",
        text=(
            "Hola Camila,\n\n"
            "Gracias por enviar “Lo que la ventanilla me enseñó sobre microcopy” al llamado de "
            "charlas de UX Medellín Fest. Recibimos 96 propuestas para 14 espacios y, "
            "lamentablemente, la tuya no quedó seleccionada para el escenario principal.\n\n"
            "Nos encantaría que la presentaras como charla relámpago de 5 minutos en el "
            "meetup de noviembre. ¿Te animas?\n\n"
            "Juan Esteban Gil\n"
            "Comité de contenidos · UX Medellín\n"
        ),
    ),
    # ---------------------------------------------------------------- 24: she accepts (sent)
    dict(
        kind=OTH, slug="camila_confirma_llamada_mandao", lang="es", company="", contact="",
        frm=CANDIDATE, to=[("Laura Pineda", "laura.pineda@mandao.example.co")],
        key="mandao-accept", parents=["mandao-screen"],
        subject="Re: ¿Hablamos el jueves?", subj_enc=("utf-8", "Q"),
        date="2026-03-09 12:30 -0500",
        cte="8bit",
        text=(
            "¡Hola Laura!\n\n"
            "Sí, el jueves 12 a las 11:00 a.m. me queda perfecto. Quedo pendiente de tu "
            "llamada al +57 300 555 0142.\n\n"
            "¡Gracias!\nCamila\n\n"
            + reply("es", "lun, 9 mar 2026 a las 10:02", "Laura Pineda",
                    "laura.pineda@mandao.example.co",
                    "Hola Camila, ¿cómo estás?\n\n"
                    "Soy Laura, del equipo de talento de Mandao. Leí tu postulación para UX "
                    "Writer y me gustaría conocerte en una llamada corta.\n\n"
                    "¿Tienes 20 minutos el jueves 12 a las 11:00 a.m.?")
            + "\n"
        ),
    ),
    # ---------------------------------------------------------------- 25: friend asks
    dict(
        kind=OTH, slug="amiga_como_te_fue", lang="es", company="",
        contact="sara.mejia@correo.example.com.co",
        frm=("Sara Mejía", "sara.mejia@correo.example.com.co"),
        subject="¿¿Y??", date="2026-02-19 20:12 -0500",
        text=(
            "Camiiii, ¿cómo te fue en la entrevista con la fintech? Cuéntame todo. ¿Te "
            "preguntaron por lo del banco? ¿Te dijeron cuándo te responden?\n\n"
            "Si quieres mañana almorzamos y me cuentas.\n\n"
            "Sara\n"
            "Enviado desde mi iPhone\n"
        ),
    ),
    # ---------------------------------------------------------------- 26: language-school placement
    dict(
        kind=OTH, slug="alianza_cultural_entrevista_nivel", lang="es", company="",
        contact="marie.duval@aliancultural.example.org",
        frm=("Marie Duval", "marie.duval@aliancultural.example.org"),
        subject="Entrevista de nivel - curso de francés B2", date="2026-01-09 15:25 -0500",
        text=(
            "Buenas tardes Camila,\n\n"
            "Recibimos tu inscripción al curso intensivo de francés. Antes de asignarte grupo "
            "necesitamos hacerte una breve entrevista de nivel oral (15 minutos).\n\n"
            "Puedes venir el martes 13 o el miércoles 14 de enero entre las 5:00 y las 7:00 "
            "p.m. a nuestra sede (Cra. 49 #59-10). No necesitas cita previa.\n\n"
            "Cordialmente,\n"
            "Marie Duval\n"
            "Coordinadora académica · Alianza Cultural Medellín\n"
        ),
    ),
    # ---------------------------------------------------------------- 27: she forwards the offer
    dict(
        kind=OTH, slug="camila_reenvia_oferta_hermana", lang="es", company="", contact="",
        frm=CANDIDATE, to=[("Isabel Fitzgerald", "isa.fitzgerald@correo.example.com.co")],
        parents=["pagaloya-offer"],
        subject="Fwd: ¡Oferta laboral! UX Writer - Pagaloya", subj_enc=("utf-8", "Q"),
        date="2026-03-02 19:02 -0500",
        cte="qp",
        text=(
            "Isa!!! Mira lo que me llegó. ¿Tú qué opinas del salario? No sé si negociar o "
            "aceptar de una. Te llamo después de la comida.\n\n"
            + forwarded(
                "es", "Lucía Restrepo Gaviria <lucia.restrepo@pagaloya.example.co>",
                "lun, 2 mar 2026, 4:20 p.m.", "¡Oferta laboral! UX Writer - Pagaloya",
                "Camila Fitzgerald-Huamán <camila.fh@example.com.co>",
                "Hola Camila,\n\n"
                "¡Tengo la alegría de contarte que queremos que te unas a Pagaloya como UX "
                "Writer!\n\n"
                "Te adjunto la carta oferta con las condiciones: contrato a término "
                "indefinido, salario mensual de COP 6.800.000, modalidad híbrida y fecha de "
                "inicio propuesta el lunes 6 de abril.",
            )
            + "\n"
        ),
    ),
    # ================================================================== en (17)
    # ---------------------------------------------------------------- 28: network notification
    dict(
        kind=OTH, slug="linkup_jobs_you_may_like", lang="en", company="", contact="",
        frm=("LinkUp Careers", "jobs-noreply@linkup.example.com"),
        subject="Camila, 9 new UX Writer jobs in Toronto and Austin",
        date="2026-05-26 13:00 +0000",
        headers=_list_headers("<jobalerts.linkup.example.com>",
                              "https://linkup.example.com/settings/alerts?o=1",
                              "unsubscribe@linkup.example.com"),
        alt=True,
        html=newsletter_html(
            "LinkUp Careers",
            "<p>Based on your profile and recent searches. Companies are interviewing now; "
            "apply early to get noticed.</p>",
            [
                ("UX Writer - Fintech (Toronto, hybrid)", "https://linkup.example.com/j/77120",
                 "Actively recruiting · 58 applicants"),
                ("Content Designer II - Software (Austin)", "https://linkup.example.com/j/77131",
                 "Easy Apply"),
                ("Senior UX Writer - Telecom (Toronto)", "https://linkup.example.com/j/77142",
                 "Be an early applicant"),
                ("Product Writer - Bank (remote, Canada)", "https://linkup.example.com/j/77155",
                 "Promoted"),
            ],
            'You are receiving Job Alert emails. <a href="https://linkup.example.com/settings/'
            'alerts?o=1">Unsubscribe</a> · LinkUp, 1 Market St, San Francisco',
            accent="#0a66c2",
        ),
    ),
    # ---------------------------------------------------------------- 29: career newsletter
    dict(
        kind=OTH, slug="ux_writing_weekly_rejection_issue", lang="en", company="", contact="",
        frm=("The UX Writing Weekly", "editor@uxwritingweekly.example.com"),
        subject="Issue 212: The rejection email you'll actually want to read",
        date="2026-02-12 10:00 -0500",
        headers=[*_list_headers("The UX Writing Weekly <weekly.uxwritingweekly.example.com>",
                                "https://uxwritingweekly.example.com/u/cfh182",
                                "leave@uxwritingweekly.example.com"),
                 ("List-Post", "NO")],
        alt=True, cte="qp",
        html=newsletter_html(
            "The UX Writing Weekly",
            "<p>This week: we rewrote five real rejection emails so they're kinder and "
            "clearer. (\"We've decided to move forward with other candidates\" is not the "
            "worst sentence in hiring, but it's close.) Plus: how to prep for a portfolio "
            "interview when you're switching careers, and what to do when an offer arrives "
            "before you're ready.</p>",
            [
                ("Rewriting the rejection email", "https://uxwritingweekly.example.com/212/reject",
                 "Five before-and-afters."),
                ("Portfolio interview prep for career changers",
                 "https://uxwritingweekly.example.com/212/prep", "A checklist."),
                ("Reading an offer letter", "https://uxwritingweekly.example.com/212/offer",
                 "Equity, bonus and the fine print."),
                ("Jobs board", "https://uxwritingweekly.example.com/jobs",
                 "31 open roles this week."),
            ],
            'You subscribed at uxwritingweekly.example.com. <a href="https://uxwritingweekly.'
            'example.com/u/cfh182">Unsubscribe</a>',
            accent="#111827",
        ),
    ),
    # ---------------------------------------------------------------- 30: podcast request
    dict(
        kind=OTH, slug="fintech_words_podcast_request", lang="en", company="",
        contact="owen@fintechwords.example.com",
        frm=("Owen Marsh", "owen@fintechwords.example.com"),
        subject="Guest spot on Fintech Words?", date="2026-09-29 12:14 -0400",
        text=(
            "Hi Camila,\n\n"
            "I host Fintech Words, a small podcast about language in financial products. A "
            "listener sent me your talk on teller scripts and I'd love to interview you for an "
            "episode on what front-line banking teaches product writers.\n\n"
            "Recording is remote and takes about an hour; we can work around your schedule in "
            "October or November. Interested?\n\n"
            "Cheers,\n"
            "Owen Marsh\n"
            "Host, Fintech Words\n"
        ),
    ),
    # ---------------------------------------------------------------- 31: press interview request
    dict(
        kind=OTH, slug="press_interview_request_austin", lang="en", company="",
        contact="rosa.delgado@austinbizweekly.example.com",
        frm=("Rosa Delgado", "rosa.delgado@austinbizweekly.example.com"),
        subject="Interview request: career changers moving into tech",
        date="2026-08-20 09:40 -0500",
        text=(
            "Hello Camila,\n\n"
            "I'm a reporter at Austin Business Weekly working on a feature about people "
            "switching into tech from customer-facing jobs. A mutual contact at a local "
            "staffing firm mentioned your story.\n\n"
            "Would you be open to a 20-minute phone interview sometime next week? The piece "
            "runs in September; I'm happy to use only your first name if you prefer.\n\n"
            "Thanks,\n"
            "Rosa Delgado\n"
            "Reporter, Austin Business Weekly\n"
            "(512) 555-0133\n"
        ),
    ),
    # ---------------------------------------------------------------- 32: her thank-you (sent)
    dict(
        kind=OTH, slug="camila_thanks_lonestar_panel", lang="en", company="", contact="",
        frm=CANDIDATE, to=[MEGAN],
        cc=[("Derek Shaw", "derek.shaw@lonestarledger.example.com")],
        key="lonestar-thanks", parents=["lonestar-panel", "lonestar-move"],
        subject="Thank you - panel interview",
        date="2026-07-23 17:30 -0500",
        text=(
            "Dear Megan and Derek,\n\n"
            "Thank you for this morning's panel. I especially enjoyed the discussion with "
            "Alicia about disclosure copy on the card dispute flow. It reminded me of the "
            "conversations I have with customers at the counter every week.\n\n"
            "I'm very excited about the role and look forward to hearing from you.\n\n"
            "Best regards,\n" + SIG_EN + "\n"
        ),
        html=paras(
            "Dear Megan and Derek,\n\n"
            "Thank you for this morning's panel. I especially enjoyed the discussion with "
            "Alicia about disclosure copy on the card dispute flow. It reminded me of the "
            "conversations I have with customers at the counter every week.\n\n"
            "I'm very excited about the role and look forward to hearing from you.\n\n"
            "Best regards,\n" + SIG_EN
        ),
    ),
    # ---------------------------------------------------------------- 33: her application (sent)
    dict(
        kind=OTH, slug="camila_applies_harbourfront", lang="en", company="", contact="",
        frm=CANDIDATE, to=[("Harbourfront Digital Careers", "careers@harbourfront.example.ca")],
        key="harbourfront-app",
        subject="Application - UX Writer (remote-friendly)",
        date="2026-04-13 19:02 -0500",
        text=(
            "Dear Harbourfront team,\n\n"
            "I'm applying for the UX Writer position posted on your site. For six years "
            "I've worked as a bank teller in Medellín, where I rewrote our branch's "
            "customer notices, and I've since completed a UX writing certificate.\n\n"
            "My portfolio: https://camilafh.example.com.co/portafolio\n\n"
            + SIG_EN + "\n"
        ),
        pdf=[dict(
            name="Camila_Fitzgerald-Huaman_CV.pdf", title="Camila Fitzgerald-Huamán - CV",
            lines=["Medellín, Colombia · camila.fh@example.com.co",
                   "Bank teller, Banca Guayacán (2020-2026)",
                   "UX Writing Certificate (2025)", "Languages: ES, EN, FR, DE"],
        )],
    ),
    # ---------------------------------------------------------------- 34: out-of-office
    dict(
        kind=OTH, slug="megan_out_of_office", lang="en", company="",
        contact="megan.holt@lonestarledger.example.com", frm=MEGAN,
        parents=["lonestar-thanks"],
        subject="Automatic reply: Thank you - panel interview",
        date="2026-07-23 17:31 -0500",
        headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        text=(
            "Thanks for your email. I'm out of the office through Monday, July 27, with "
            "limited access to email. I'll respond when I'm back.\n\n"
            "For anything related to interview scheduling in the meantime, please contact the "
            "recruiting coordinators at scheduling@lonestarledger.example.com.\n\n"
            "Megan\n"
        ),
    ),
    # ---------------------------------------------------------------- 35: package delayed
    dict(
        kind=OTH, slug="parcelpoint_package_delayed", lang="en", company="", contact="",
        frm=("ParcelPoint", "tracking@notify.parcelpoint.example.com"),
        subject="Unfortunately, your package is delayed",
        date="2026-10-06 15:22 +0000",
        headers=[("Auto-Submitted", "auto-generated")],
        html=(
            '<div style="font-family:Arial;max-width:560px">\n'
            "<h2>Your delivery is running late</h2>\n"
            "<p>Hi Camila,</p>\n"
            "<p>Unfortunately, your package (tracking PP-8812-0047-CO) is delayed due to a "
            "customs inspection in Bogotá. The new estimated delivery date is <b>Friday, "
            "October 9</b>.</p>\n"
            "<p>We're sorry for the inconvenience. No action is needed on your side.</p>\n"
            '<p><a href="https://parcelpoint.example.com/track/PP-8812-0047-CO">Track your '
            "package</a></p>\n"
            '<p style="font-size:11px;color:#777">This is an automated message from '
            "ParcelPoint.</p>\n</div>"
        ),
    ),
    # ---------------------------------------------------------------- 36: friend's rejection
    dict(
        kind=OTH, slug="friend_got_the_no", lang="en", company="",
        contact="dani.kowalski@mailbox.example.ca",
        frm=("Dani Kowalski", "dani.kowalski@mailbox.example.ca"),
        subject="well, that's that", date="2026-04-29 22:48 -0400",
        text=(
            "Cami,\n\n"
            "Got the no from the bank today. Four rounds, a case study, and then a two-line "
            "email: \"we have decided to pursue other candidates.\" Not even a phone call.\n\n"
            "I'm going to eat an entire pizza and start again on Monday. How did your Maplepay "
            "thing end up? Tell me they at least called you.\n\n"
            "xx Dani\n"
        ),
    ),
    # ---------------------------------------------------------------- 37: user research (Maplepay)
    dict(
        kind=OTH, slug="maplepay_user_research_invite", lang="en", company="",
        contact="chloe.tan@maplepay.example.ca",
        frm=("Chloe Tan", "chloe.tan@maplepay.example.ca"),
        subject="Share your feedback on Maplepay (45 min, $50 gift card)",
        date="2026-06-16 11:05 -0400",
        alt=True,
        html=(
            '<div style="font-family:Helvetica,sans-serif;font-size:14px">\n'
            "<p>Hi Camila,</p>\n"
            "<p>You recently signed up for a Maplepay account to send money to Colombia. Our "
            "research team is running 45-minute video interviews to learn how people use "
            "international transfers.</p>\n"
            "<p>If you take part, we'll send you a CAD 50 gift card as a thank-you. Sessions "
            "run June 22-26.</p>\n"
            '<p><a href="https://maplepay.example.ca/research/signup?c=cfh">Pick a time</a></p>\n'
            "<p>Chloe Tan<br>User Researcher, Maplepay</p>\n"
            '<p style="font-size:11px;color:#888">You are receiving this because you opted in '
            "to research invitations in your Maplepay settings.</p>\n</div>"
        ),
    ),
    # ---------------------------------------------------------------- 38: head-hunter cold approach
    dict(
        kind=OTH, slug="queen_west_cold_approach", lang="en", company="",
        contact="graham.peters@queenwestsearch.example.ca",
        frm=("Graham Peters", "graham.peters@queenwestsearch.example.ca"),
        key="queenwest-cold",
        subject="UX writing searches in Toronto", date="2026-08-10 10:02 -0400",
        text=(
            "Hi Camila,\n\n"
            "Graham here, from Queen West Search. I specialise in content and design "
            "leadership hires for Toronto banks and insurers. Your portfolio came up in a "
            "conversation with a former colleague of yours at Harbourfront.\n\n"
            "Nothing concrete to put in front of you today, but I'm running a couple of "
            "searches this autumn that may suit. If you're open to hearing more, reply and "
            "I'll keep you posted.\n\n"
            "Graham Peters | Partner\n"
            "Queen West Search | 621 Queen St W, Toronto\n"
            "m. 416-555-0147\n"
        ),
    ),
    # ---------------------------------------------------------------- 39: jobs digest
    dict(
        kind=OTH, slug="austin_tech_jobs_weekly", lang="en", company="", contact="",
        frm=("Austin Tech Jobs", "digest@austintechjobs.example.com"),
        subject="This week in Austin tech: 43 new roles, 2 hiring freezes",
        date="2026-06-01 07:00 -0500",
        headers=_list_headers("Austin Tech Jobs <weekly.austintechjobs.example.com>",
                              "https://austintechjobs.example.com/unsubscribe?e=cfh",
                              "unsubscribe@austintechjobs.example.com"),
        alt=True, cte="qp",
        html=newsletter_html(
            "Austin Tech Jobs Weekly",
            "<p>Two local fintechs paused hiring this week and cancelled interviews already "
            "on the calendar; one told candidates it \"will not proceed with the role\". "
            "Meanwhile, design and content teams keep growing. Here are the week's "
            "openings.</p>",
            [
                ("Content Designer - Lonestar Ledger", "https://austintechjobs.example.com/r/1",
                 "Downtown · hybrid"),
                ("UX Writer - health-tech startup", "https://austintechjobs.example.com/r/2",
                 "Remote (US)"),
                ("Technical Writer - chip design firm", "https://austintechjobs.example.com/r/3",
                 "Onsite"),
                ("Hiring freezes: who paused and why",
                 "https://austintechjobs.example.com/r/freezes", "Analysis"),
            ],
            '<a href="https://austintechjobs.example.com/unsubscribe?e=cfh">Unsubscribe</a> · '
            "Austin Tech Jobs, PO Box 1180, Austin TX",
            accent="#c2410c",
        ),
    ),
    # ---------------------------------------------------------------- 40: continuing-ed refusal
    dict(
        kind=OTH, slug="continuing_studies_not_admitted", lang="en", company="", contact="",
        frm=("Lakeview School of Continuing Studies", "no-reply@lakeview-scs.example.ca"),
        subject="Your application to the UX Writing Certificate",
        date="2026-07-02 16:30 -0400",
        text=(
            "Dear Camila Fitzgerald-Huamán,\n\n"
            "Thank you for applying to the Fall 2026 cohort of the UX Writing Certificate.\n\n"
            "We received many more applications than available seats, and we regret that we "
            "are unable to offer you a place in this cohort. You have been added to the "
            "waitlist and will be notified if a seat becomes available before September 8.\n\n"
            "Any application fee will be credited toward a future term.\n\n"
            "Admissions Office\n"
            "Lakeview School of Continuing Studies, Toronto\n"
        ),
    ),
    # ---------------------------------------------------------------- 41: her reschedule request
    dict(
        kind=OTH, slug="camila_asks_maplepay_new_slot", lang="en", company="", contact="",
        frm=CANDIDATE, to=[("Aisha Okafor", "aisha.okafor@maplepay.example.ca")],
        key="maplepay-resched-req", parents=["maplepay-screen"],
        subject="Re: UX Writer, Payments - 30 min phone screen?",
        date="2026-03-22 17:40 -0500",
        text=(
            "Hi Aisha,\n\nThank you so much for reaching out! On Thursday I'm on shift "
            "at the branch until the afternoon. Could we find another slot early next "
            "week? Any morning works.\n\nBest,\nCamila\n\n"
            + reply("en", "Fri, Mar 20, 2026 at 12:47 PM", "Aisha Okafor",
                    "aisha.okafor@maplepay.example.ca",
                    "Hi Camila,\n\n"
                    "Thanks for applying to the UX Writer, Payments role. I'd love to set up a "
                    "30-minute phone screen to learn more about you and walk you through the "
                    "team.\n\n"
                    "Would Thursday, March 26 at 10:00 a.m. Toronto time (9:00 a.m. in "
                    "Medellín) work?")
            + "\n"
        ),
    ),
    # ---------------------------------------------------------------- 42: interview-review digest
    dict(
        kind=OTH, slug="workrank_interview_reviews", lang="en", company="", contact="",
        frm=("WorkRank", "updates@workrank.example.com"),
        subject="New interview reviews for Lonestar Ledger",
        date="2026-07-12 14:00 +0000",
        headers=_list_headers("<company-updates.workrank.example.com>",
                              "https://workrank.example.com/email-prefs?t=ll",
                              "unsubscribe@workrank.example.com"),
        html=(
            '<div style="font-family:Arial;max-width:600px">\n'
            "<h2>Lonestar Ledger: 3 new interview reviews</h2>\n"
            "<blockquote>\"Recruiter call, then a 90-minute panel. Got an offer two weeks "
            "later.\" - Content Designer candidate, Austin</blockquote>\n"
            "<blockquote>\"Panel was rescheduled twice, then they rejected me by email.\" - "
            "Product Designer candidate</blockquote>\n"
            "<blockquote>\"Friendly process, missed my first call and they still "
            "rebooked.\" - Analyst candidate</blockquote>\n"
            '<p><a href="https://workrank.example.com/c/lonestar-ledger/interviews">Read all '
            "reviews</a></p>\n"
            '<p style="font-size:11px;color:#888">You follow Lonestar Ledger on WorkRank. '
            '<a href="https://workrank.example.com/email-prefs?t=ll">Unsubscribe</a></p>\n'
            "</div>"
        ),
    ),
    # ---------------------------------------------------------------- 43: ATS account e-mail
    dict(
        kind=OTH, slug="workday_verify_candidate_account", lang="en", company="", contact="",
        frm=("Northline Telecom Careers", "northline@myworkday.com"),
        subject="Verify your email to finish creating your candidate account",
        date="2026-05-12 16:31 +0000",
        headers=[("Auto-Submitted", "auto-generated")],
        text=(
            "Hello,\n\n"
            "Someone (hopefully you) created a candidate account on the Northline Telecom "
            "careers site with this email address.\n\n"
            "Verify your email: https://northline.wd3.myworkdayjobs.com/verify?t=9f02e1\n\n"
            "This link expires in 24 hours. If you didn't create an account, you can ignore "
            "this message.\n"
        ),
    ),
    # ---------------------------------------------------------------- 44: her application (sent)
    dict(
        kind=OTH, slug="camila_applies_lonestar", lang="en", company="", contact="",
        frm=CANDIDATE, to=[("Lonestar Ledger Recruiting", "jobs@lonestarledger.example.com")],
        key="lonestar-app",
        subject="Content Designer application - Camila Fitzgerald-Huamán",
        date="2026-07-01 12:55 -0500",
        text=(
            "Hello,\n\n"
            "Please find attached my resume for the Content Designer role. I also submitted "
            "the online application today. I'd welcome the chance to relocate to Austin, and "
            "I'd love to bring six years of front-line banking experience to your product "
            "team.\n\n"
            "Kind regards,\n" + SIG_EN + "\n"
        ),
        pdf=[dict(
            name="Resume_Camila_Fitzgerald-Huaman.pdf", title="Camila Fitzgerald-Huamán - Resume",
            lines=["Content designer in training; six years in retail banking",
                   "Bank teller, Banca Guayacán, Medellín (2020-2026)",
                   "UX Writing Certificate (2025)"],
        )],
    ),
    # ================================================================== fr (4)
    # ---------------------------------------------------------------- 45: Montreal jobs digest
    dict(
        kind=OTH, slug="emplois_techno_montreal_digest", lang="fr", company="", contact="",
        frm=("Emplois Techno Montréal", "infolettre@emploistechno.example.ca"),
        subject="Infolettre : 11 postes en rédaction UX et nos conseils d'entrevue",
        subj_enc=("iso-8859-1", "Q"),
        date="2026-03-05 07:15 -0500",
        headers=_list_headers("Emplois Techno Montreal <infolettre.emploistechno.example.ca>",
                              "https://emploistechno.example.ca/desabonnement?c=cfh",
                              "desabonnement@emploistechno.example.ca"),
        charset="iso-8859-1", cte="qp", alt=True,
        html=newsletter_html(
            "Emplois Techno Montréal",
            "<p>Bonjour,</p><p>Ce mois-ci : comment se préparer à une entrevue en français "
            "quand ce n'est pas sa langue maternelle, et que faire après un refus. Voici aussi "
            "les offres de la semaine.</p>",
            [
                ("Rédacteur·rice UX - Banque (Montréal)",
                 "https://emploistechno.example.ca/o/5512", "Hybride · bilingue"),
                ("Conceptrice de contenu - Logiciel (télétravail)",
                 "https://emploistechno.example.ca/o/5518", "Temps plein"),
                ("Conseils : l'entrevue en langue seconde",
                 "https://emploistechno.example.ca/conseils/entrevue", "Article"),
            ],
            'Pour ne plus recevoir cette infolettre : <a href="https://emploistechno.example.ca/'
            'desabonnement?c=cfh">désabonnement</a>.',
            accent="#1d4ed8", charset="iso-8859-1",
        ),
    ),
    # ---------------------------------------------------------------- 46: her thank-you (sent)
    dict(
        kind=OTH, slug="camila_merci_studio_plateau", lang="fr", company="", contact="",
        frm=CANDIDATE, to=[("Geneviève Tremblay", "genevieve@studioplateau.example.ca")],
        to_enc=("iso-8859-1", "B"),
        key="plateau-thanks", parents=["plateau-invite", "plateau-move"],
        subject="Merci pour l'entrevue", date="2026-06-11 17:02 -0500",
        cte="8bit",
        text=(
            "Bonjour Geneviève,\n\nMerci beaucoup pour l'entrevue d'aujourd'hui, "
            "j'ai adoré discuter avec Félix et toi.\n\n" + SIG_FR + "\n"
        ),
    ),
    # ---------------------------------------------------------------- 47: admission refused
    dict(
        kind=OTH, slug="universite_refus_admission_certificat", lang="fr", company="",
        contact="", frm=("Université du Mont-Royal – Admissions",
                         "ne-pas-repondre@umr.example.ca"),
        subject="Décision d'admission – Certificat en rédaction professionnelle",
        date="2026-05-28 14:00 -0400",
        headers=[("Auto-Submitted", "auto-generated")],
        cte="b64",
        text=(
            "Madame,\n\n"
            "Nous avons le regret de vous informer que votre demande d'admission au certificat "
            "en rédaction professionnelle (trimestre d'automne 2026) n'a pas été retenue. Le "
            "nombre de places étant limité, le comité a dû faire des choix difficiles.\n\n"
            "Vous pouvez présenter une nouvelle demande pour le trimestre d'hiver 2027.\n\n"
            "Le Registrariat\n"
            "Université du Mont-Royal\n"
        ),
    ),
    # ---------------------------------------------------------------- 48: out-of-office
    dict(
        kind=OTH, slug="sophie_reponse_automatique", lang="fr", company="",
        contact="sophie.lavoie@boreal-rh.example.ca",
        frm=("Sophie Lavoie", "sophie.lavoie@boreal-rh.example.ca"),
        parents=["boreal-invite"],
        subject="Réponse automatique : Entrevue chez Logiciels Outremont",
        date="2026-10-02 08:00 -0400",
        headers=[("Auto-Submitted", "auto-replied")],
        text=(
            "Bonjour,\n\n"
            "Je suis absente du bureau jusqu'au lundi 5 octobre inclusivement. Je prendrai "
            "connaissance de votre message à mon retour.\n\n"
            "Pour une urgence, vous pouvez joindre l'équipe au 514 555-0100.\n\n"
            "Sophie Lavoie\n"
            "Recrutement Boréal\n"
        ),
    ),
    # ================================================================== de (4)
    # ---------------------------------------------------------------- 49: Berlin jobs digest
    dict(
        kind=OTH, slug="berlin_startup_jobs_newsletter", lang="de", company="", contact="",
        frm=("Berlin Startup Jobs", "newsletter@berlinstartupjobs.example.de"),
        subject="Neue Jobs: UX Writing, Content Design & Tipps fürs Vorstellungsgespräch",
        date="2026-04-23 08:30 +0200",
        headers=_list_headers("Berlin Startup Jobs <news.berlinstartupjobs.example.de>",
                              "https://berlinstartupjobs.example.de/abmelden?u=cfh",
                              "abmelden@berlinstartupjobs.example.de"),
        alt=True, cte="qp",
        html=newsletter_html(
            "Berlin Startup Jobs",
            "<p>Hallo!</p><p>Diese Woche: 19 neue Stellen im Bereich Content und UX. Außerdem "
            "erklären drei Recruiterinnen, warum eine Absage oft nichts mit Ihnen zu tun hat "
            "und wie man sich auf ein Vorstellungsgespräch auf Englisch vorbereitet.</p>",
            [
                ("UX Writer (m/w/d) – Fintech, Kreuzberg",
                 "https://berlinstartupjobs.example.de/j/3301", "Englisch, Deutsch B1"),
                ("Content Designer – Mobility, Friedrichshain",
                 "https://berlinstartupjobs.example.de/j/3307", "Remote möglich"),
                ("Warum Absagen selten persönlich sind",
                 "https://berlinstartupjobs.example.de/magazin/absagen", "Magazin"),
            ],
            'Sie erhalten diesen Newsletter, weil Sie sich angemeldet haben. '
            '<a href="https://berlinstartupjobs.example.de/abmelden?u=cfh">Abmelden</a> · '
            "Impressum: Berlin Startup Jobs UG, Skalitzer Str. 80, 10997 Berlin",
            accent="#be185d",
        ),
    ),
    # ---------------------------------------------------------------- 50: her request (sent)
    dict(
        kind=OTH, slug="camila_bittet_um_verschiebung", lang="de", company="", contact="",
        frm=CANDIDATE, to=[("Jana Köhler", "jana.koehler@kiezpay.example.de")],
        key="kiezpay-shift-req", parents=["kiezpay-invite"],
        subject="Terminverschiebung Kennenlernen", date="2026-04-09 19:12 -0500",
        cte="qp",
        text=(
            "Liebe Frau Köhler,\n\nvielen Dank für die Einladung! Am 16. April habe ich "
            "leider eine Schulung bei meiner Bank. Wäre ein Termin in der Woche danach "
            "möglich?\n\n" + SIG_DE + "\n"
        ),
    ),
    # ---------------------------------------------------------------- 51: flat viewing
    dict(
        kind=OTH, slug="wohnungsbesichtigung_termin", lang="de", company="",
        contact="s.krueger@kiezwohnen.example.de",
        frm=("Sabine Krüger", "s.krueger@kiezwohnen.example.de"),
        name_enc=("iso-8859-1", "Q"),
        subject="Besichtigungstermin Lychener Str. 58, 2. OG",
        date="2026-10-20 12:44 +0200",
        charset="iso-8859-1", cte="qp",
        text=(
            "Sehr geehrte Frau Fitzgerald-Huamán,\n\n"
            "vielen Dank für Ihre Anfrage zur 2-Zimmer-Wohnung in der Lychener Straße. Gern "
            "biete ich Ihnen eine Video-Besichtigung am Donnerstag, 29. Oktober, um 17:30 Uhr "
            "an, da Sie noch nicht in Berlin sind.\n\n"
            "Bitte bringen Sie (bzw. senden Sie vorab) eine Kopie Ihres Arbeitsvertrags und "
            "eine Mieterselbstauskunft.\n\n"
            "Mit freundlichen Grüßen\n"
            "Sabine Krüger\n"
            "Kiezwohnen Hausverwaltung\n"
            "Schönhauser Allee 44, 10435 Berlin\n"
        ),
    ),
    # ---------------------------------------------------------------- 52: network notification
    dict(
        kind=OTH, slug="karrierenetz_profilaufrufe", lang="de", company="", contact="",
        frm=("Karrierenetz", "benachrichtigung@karrierenetz.example.de"),
        subject="Ihr Profil wurde 12-mal angesehen – und 5 neue Stellenangebote",
        date="2026-06-30 09:00 +0200",
        headers=_list_headers("<benachrichtigungen.karrierenetz.example.de>",
                              "https://karrierenetz.example.de/einstellungen/mail",
                              "abmelden@karrierenetz.example.de"),
        alt=True,
        html=(
            '<table width="100%" style="font-family:Arial;background:#eef"><tr><td '
            'align="center"><table width="560" style="background:#fff;padding:18px">\n'
            "<tr><td><h2>Hallo Camila,</h2>\n"
            "<p>Ihr Profil wurde in den letzten 7 Tagen <b>12-mal</b> angesehen, unter anderem "
            "von Personalverantwortlichen aus Berlin und Hamburg.</p>\n"
            "<h3>Stellenangebote für Sie</h3>\n"
            '<p><a href="https://karrierenetz.example.de/jobs/90012">UX Writer (m/w/d) – '
            "Berlin</a><br>"
            '<a href="https://karrierenetz.example.de/jobs/90044">Content Designer – '
            "Hamburg</a></p>\n"
            '<p style="font-size:11px;color:#666"><a href="https://karrierenetz.example.de/'
            'einstellungen/mail">E-Mail-Einstellungen</a></p>\n'
            "</td></tr></table></td></tr></table>"
        ),
    ),
]

