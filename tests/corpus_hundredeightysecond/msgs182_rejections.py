"""Corpus 182, kind `rejection`: 31 hand-written messages (es 15, en 9, fr 4, de 3)."""

from __future__ import annotations

from msgs182_common import (
    CANDIDATE_ADDR,
    SIG_DE,
    SIG_EN,
    ats_card,
    mso,
    outlook_block,
    outlook_html,
    quote,
    reply,
    wrote,
)

K = "rejection"

MESSAGES: list[dict] = [
    # ------------------------------------------------------------------ es 1: Teamtailor, HTML only
    dict(
        kind=K, slug="cuantica_teamtailor_html", lang="es", company="Cuántica Software", contact="",
        frm=("Cuántica Software", "no-reply@teamtailor-mail.com"), name_enc=("utf-8", "B"),
        subject="Actualización sobre tu postulación: UX Writer Jr. en Cuántica Software",
        headers=[("Auto-Submitted", "auto-generated")],
        date="2026-02-26 14:03 +0000", parents=["cuantica-ack"],
        cte="b64",
        html=ats_card(
            "Cuántica Software", "#6d28d9",
            "<p>Hola Camila:</p>\n"
            "<p>Gracias por el tiempo que le dedicaste a conocer Cuántica y a contarnos tu "
            "historia, desde la caja del banco hasta la escritura de interfaces.</p>\n"
            "<p>Después de revisar con calma las postulaciones para <b>UX Writer Jr.</b>, "
            "tomamos la decisión de no avanzar con tu proceso en esta oportunidad.</p>\n"
            "<p>Tus datos quedarán en nuestra base de talento durante 12 meses, conforme a "
            "nuestra política de tratamiento de datos personales (Ley 1581 de 2012). Si se abre "
            "una vacante afín, puede que te busquemos.</p>\n"
            "<p>Un abrazo,<br>Equipo de Personas · Cuántica Software</p>",
            'Cuántica Software · Cra. 43A #1-50, El Poblado, Medellín<br>'
            'Enviado con Teamtailor · <a href="https://cuantica.teamtailor.com/privacy">'
            "Privacidad</a>",
        ),
    ),
    # ------------------------------------------------------------------ es 2: SmartRecruiters, soft
    dict(
        kind=K, slug="valle_credito_soft_latin1", lang="es", company="Valle Crédito", contact="",
        frm=("Valle Crédito - Selección", "noreply@smartrecruiters.com"),
        name_enc=("iso-8859-1", "Q"),
        subject="Tu candidatura para Redactor(a) de Contenidos Digitales - Cali",
        subj_enc=("iso-8859-1", "Q"),
        date="2026-02-18 16:40 +0000", parents=["valle-ack", "valle-invite", "valle-cancel"],
        charset="iso-8859-1", cte="qp",
        text=(
            "Hola Camila,\n\n"
            "Te escribimos desde el equipo de Selección de Valle Crédito.\n\n"
            "Revisamos con detenimiento tu hoja de vida y la entrevista en video que alcanzaste "
            "a enviarnos. En esta ocasión decidimos continuar con candidatos cuyo recorrido se "
            "ajusta de forma más cercana a lo que el cargo exige hoy, en especial la experiencia "
            "previa redactando para canales de crédito.\n\n"
            "Sabemos lo que cuesta preparar cada paso y lo valoramos de verdad. Te invitamos a "
            "seguir pendiente de nuevas convocatorias en nuestro portal.\n\n"
            "Cordialmente,\n"
            "Selección y Desarrollo - Valle Crédito\n"
            "Av. 6N #23-45, Cali\n"
        ),
        html=(
            '<html><head><meta http-equiv="Content-Type" content="text/html; '
            'charset=iso-8859-1"></head><body style="font-family:Verdana,sans-serif;'
            'font-size:13px">\n'
            "<p>Hola Camila,</p>\n"
            "<p>Te escribimos desde el equipo de Selección de Valle Crédito.</p>\n"
            "<p>Revisamos con detenimiento tu hoja de vida y la entrevista en video que "
            "alcanzaste a enviarnos. En esta ocasión decidimos continuar con candidatos cuyo "
            "recorrido se ajusta de forma más cercana a lo que el cargo exige hoy, en especial la "
            "experiencia previa redactando para canales de crédito.</p>\n"
            "<p>Sabemos lo que cuesta preparar cada paso y lo valoramos de verdad. Te invitamos "
            'a seguir pendiente de nuevas convocatorias en <a href="https://jobs.smartrecruiters.'
            'com/ValleCredito">nuestro portal</a>.</p>\n'
            "<p>Cordialmente,<br>Selección y Desarrollo - Valle Crédito<br>Av. 6N #23-45, Cali</p>\n"
            '<p style="font-size:10px;color:#777">Powered by SmartRecruiters</p>\n'
            "</body></html>"
        ),
    ),
    # ------------------------------------------------------------------ es 3: role on hold, Madrid
    dict(
        kind=K, slug="nubeclara_role_on_hold", lang="es", company="Nubeclara",
        contact="irene.calvo@nubeclara.example.es",
        frm=("Irene Calvo", "irene.calvo@nubeclara.example.es"),
        subject="Re: Cancelada: Entrevista Content Designer - Nubeclara",
        date="2026-05-20 11:26 +0200", parents=["nubeclara-invite", "nubeclara-cancel"],
        cte="8bit",
        text=(
            "Hola, Camila:\n\n"
            "Te debía una explicación desde que anulamos la entrevista del día 12. Dirección ha "
            "decidido congelar la plaza de Content Designer hasta el año que viene, así que no "
            "vamos a seguir con el proceso, ni contigo ni con nadie. No tiene nada que ver con tu "
            "perfil, que nos gustó mucho.\n\n"
            "Si la reabrimos te escribiré yo misma, aunque no puedo prometerte fechas.\n\n"
            "Un saludo,\n"
            "Irene\n\n"
            "--\n"
            "Irene Calvo · Content Design Lead\n"
            "Nubeclara · Calle de Alcalá 120, 28009 Madrid\n"
            "+34 910 555 218\n\n"
            + wrote("es", "vie, 8 may 2026 a las 9:02", "Nubeclara (vía Ashby)",
                    "no-reply@ashbyhq.com") + "\n"
            + quote(
                "Cancelada: Entrevista Content Designer - Nubeclara\n"
                "martes 12 de mayo de 2026, 16:00 - 16:45 (CEST)\n\n"
                "Irene Calvo ha cancelado este evento. Te contactaremos con novedades sobre tu "
                "candidatura.\n"
            )
            + "\n"
        ),
    ),
    # ------------------------------------------------------------------ es 4: terse human, Bogotá
    dict(
        kind=K, slug="colibri_terse_after_second_try", lang="es", company="Colibrí Pagos",
        contact="andres.cardenas@colibripagos.example.co",
        frm=("Andrés Felipe Cárdenas", "andres.cardenas@colibripagos.example.co"),
        subject="Re: Nueva fecha para tu entrevista con Colibrí Pagos",
        date="2026-02-09 18:51 -0500", parents=["colibri-invite", "colibri-reinvite"],
        cte="8bit",
        text=(
            "Camila, gracias por conectarte el martes. No seguimos contigo para este cargo. "
            "Éxitos.\n\n"
            "Andrés\n"
            "Enviado desde mi celular\n\n"
            + reply("es", "jue, 29 ene 2026 a las 8:14", "Andrés Felipe Cárdenas",
                    "andres.cardenas@colibripagos.example.co",
                    "Hola Camila,\n\n"
                    "Entiendo que el miércoles se te complicó la conexión. Te propongo que lo "
                    "intentemos de nuevo el martes 3 de febrero a las 9:00 a.m. por Google Meet "
                    "(mismo enlace). ¿Te sirve?\n\n"
                    "Andrés Felipe Cárdenas\nReclutador Sr. | Colibrí Pagos\n")
            + "\n"
        ),
    ),
    # ------------------------------------------------------------------ es 5: agency relays client's no
    dict(
        kind=K, slug="talento_montana_relays_cordillera", lang="es", company="Seguros Cordillera",
        contact="mariana.zuluaga@talentomontana.example.com.co",
        frm=("Mariana Zuluaga", "mariana.zuluaga@talentomontana.example.com.co"),
        key="montana-cordillera-no",
        subject="Seguros Cordillera - respuesta del proceso",
        date="2026-02-06 10:17 -0500", parents=["montana-cordillera-invite",
                                                 "montana-cordillera-move"],
        text=(
            "Hola Cami, ¿cómo vas?\n\n"
            "Hablé esta mañana con la jefa de Experiencia Digital de Seguros Cordillera. Les "
            "gustó tu energía y la prueba de microcopy, pero se van a quedar con una persona que "
            "ya viene del sector asegurador. Así que por este lado no se dio.\n\n"
            "Yo sigo moviendo tu hoja de vida con otros clientes; esta semana tengo dos vacantes "
            "de contenido en el Poblado que pueden encajar. Te llamo el lunes.\n\n"
            "Mariana Zuluaga\n"
            "Consultora de Selección | Talento Montaña\n"
            "Cl. 10 #42-28, Of. 503, Medellín\n"
            "Tel. +57 604 555 3810 | Cel. +57 310 555 7721\n\n"
            "AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos son para uso exclusivo de su "
            "destinatario. Si lo recibió por error, por favor notifíquelo al remitente y "
            "elimínelo. Talento Montaña trata sus datos conforme a la Ley 1581 de 2012.\n"
        ),
        html=outlook_html(mso(
            "Hola Cami, ¿cómo vas?\n"
            "\n"
            "Hablé esta mañana con la jefa de Experiencia Digital de Seguros Cordillera. Les "
            "gustó tu energía y la prueba de microcopy, pero se van a quedar con una persona que "
            "ya viene del sector asegurador. Así que por este lado no se dio.\n"
            "\n"
            "Yo sigo moviendo tu hoja de vida con otros clientes; esta semana tengo dos vacantes "
            "de contenido en el Poblado que pueden encajar. Te llamo el lunes.\n"
            "\n"
            "Mariana Zuluaga\n"
            "Consultora de Selección | Talento Montaña\n"
            "Cl. 10 #42-28, Of. 503, Medellín\n"
            "Tel. +57 604 555 3810 | Cel. +57 310 555 7721\n"
            "\n"
            "AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos son para uso exclusivo de su "
            "destinatario. Si lo recibió por error, por favor notifíquelo al remitente y "
            "elimínelo. Talento Montaña trata sus datos conforme a la Ley 1581 de 2012."
        )),
    ),
    # ------------------------------------------------------------------ es 6: after assessment centre
    dict(
        kind=K, slug="monedita_after_assessment_workable", lang="es", company="Monedita",
        contact="ximena.garza@monedita.example.mx",
        frm=("Ximena Garza vía Workable", "noreply@workablemail.com"),
        reply_to=("Ximena Garza", "ximena.garza@monedita.example.mx"),
        subject="Monedita | Resultado de la jornada de evaluación",
        date="2026-06-05 17:22 -0600", parents=["monedita-ack", "monedita-assess"],
        headers=[("Auto-Submitted", "auto-generated"),
                 ("List-Unsubscribe", "<https://apply.workable.com/monedita/unsubscribe?c=cfh>")],
        alt=True, cte="qp",
        html=ats_card(
            "Monedita", "#f59e0b",
            "<p>Hola Camila,</p>\n"
            "<p>Queremos agradecerte de corazón tu participación en la jornada de evaluación del "
            "28 de mayo. Sabemos que fue un día largo y que lo hiciste desde Medellín, con el "
            "cambio de horario encima.</p>\n"
            "<p>El comité revisó los ejercicios de todas las personas participantes y eligió a "
            "otros perfiles para las dos plazas de UX Writer. Tu caso de estudio sobre los "
            "mensajes de error en transferencias SPEI nos pareció muy sólido, así que nos "
            "encantaría volver a platicar contigo si se abre algo en el futuro.</p>\n"
            "<p>Si quieres retroalimentación más detallada, contéstame a este correo y "
            "agendamos 15 minutos.</p>\n"
            "<p>Saludos,<br>Ximena Garza<br>Talent Acquisition · Monedita<br>"
            "Av. Insurgentes Sur 1602, Piso 9, Ciudad de México</p>",
            "Este correo fue enviado a camila.fh@example.com.co a través de Workable.",
        ),
    ),
    # ------------------------------------------------------------------ es 7: filled internally
    dict(
        kind=K, slug="andina_filled_internally_latin1", lang="es", company="Andina Telecom",
        contact="",
        frm=("Andina Telecom - Gestión del Talento", "noreply@successfactors.eu"),
        name_enc=("iso-8859-1", "B"),
        subject="Estado de su solicitud: Redactor(a) de Experiencia - Canales Digitales",
        date="2026-02-24 08:05 +0100",
        charset="iso-8859-1", cte="qp",
        text=(
            "Estimada Camila Fitzgerald-Huamán:\n\n"
            "Le agradecemos su interés en la posición Redactor(a) de Experiencia - Canales "
            "Digitales (ID 48213), en Bogotá.\n\n"
            "Le informamos que esta vacante fue cubierta mediante nuestro programa de movilidad "
            "interna, razón por la cual el proceso externo queda cerrado. Su solicitud no "
            "continuará en curso para este cargo.\n\n"
            "Puede consultar otras oportunidades en el portal de empleo de Andina Telecom.\n\n"
            "Atentamente,\n"
            "Gestión del Talento\n"
            "Andina Telecom\n\n"
            "Este es un mensaje automático; por favor no responda a esta dirección.\n"
        ),
    ),
    # ------------------------------------------------------------------ es 8: cancelled, cp1252
    dict(
        kind=K, slug="banco_sabana_req_cancelled_cp1252", lang="es", company="Banco Sabana",
        contact="",
        frm=("Banco Sabana – Talento Humano", "bancosabana@taleo.net"),
        name_enc=("windows-1252", "Q"),
        subject="Cierre del proceso – Analista de Contenidos UX (Req. 2026-0917)",
        subj_enc=("windows-1252", "Q"),
        date="2026-10-02 07:48 -0500",
        charset="windows-1252", cte="qp",
        text=(
            "Apreciada Camila:\n\n"
            "Gracias por participar en la convocatoria “Analista de Contenidos UX” "
            "(Req. 2026-0917).\n\n"
            "La dirección del área solicitante canceló la requisición, por lo que el proceso se "
            "cierra sin selección para todas las personas postuladas. Lamentamos no poder "
            "continuar contigo en esta ocasión.\n\n"
            "Tu información permanecerá en nuestra base de datos y podrás postularte a otras "
            "vacantes cuando lo desees.\n\n"
            "Cordial saludo,\n"
            "Talento Humano – Banco Sabana\n"
            "Bogotá D.C.\n"
        ),
        html=(
            '<html><head><meta http-equiv="Content-Type" content="text/html; '
            'charset=windows-1252"></head>\n<body style="font-family:Tahoma,sans-serif;'
            'font-size:12px;color:#222">\n'
            '<table width="640" cellpadding="10"><tr><td style="background:#0b3d2e;color:#fff;'
            'font-size:16px">Banco Sabana – Talento Humano</td></tr><tr><td>\n'
            "<p>Apreciada Camila:</p>\n"
            "<p>Gracias por participar en la convocatoria “Analista de Contenidos UX” "
            "(Req. 2026-0917).</p>\n"
            "<p>La dirección del área solicitante canceló la requisición, por lo que el proceso "
            "se cierra sin selección para todas las personas postuladas. Lamentamos no poder "
            "continuar contigo en esta ocasión.</p>\n"
            "<p>Tu información permanecerá en nuestra base de datos y podrás postularte a otras "
            "vacantes cuando lo desees.</p>\n"
            "<p>Cordial saludo,<br>Talento Humano – Banco Sabana<br>Bogotá D.C.</p>\n"
            "</td></tr></table></body></html>"
        ),
    ),
    # ------------------------------------------------------------------ es 9: casual, Madrid agency
    dict(
        kind=K, slug="estudio_lavapies_casual", lang="es", company="Estudio Lavapiés",
        contact="bea@estudiolavapies.example.es",
        frm=("Bea Santamaría", "bea@estudiolavapies.example.es"),
        subject="Oye, lo de la plaza de redactora…", subj_enc=("utf-8", "B"),
        date="2026-07-14 19:05 +0200",
        cte="8bit",
        text=(
            "¡Hola Camila!\n\n"
            "Oye, al final no va a poder ser. Nos hemos quedado con alguien que ya curraba con "
            "clientes de banca aquí en España y, con el volumen que tenemos este verano, nos "
            "venía mejor no tener que formar a nadie en el tono de marca de los bancos de aquí.\n\n"
            "Me supo fatal decírtelo por el chat, por eso te escribo por aquí con calma. Tu "
            "prueba de los avisos de la app me encantó, de verdad.\n\n"
            "Si pasas por Madrid, te invito a una caña.\n\n"
            "Bea\n"
            "Estudio Lavapiés · Calle del Ave María 31 · Madrid\n"
        ),
    ),
    # ------------------------------------------------------------------ es 10: quotes the thank-you
    dict(
        kind=K, slug="mandao_after_interview_quotes_thanks", lang="es", company="Mandao",
        contact="laura.pineda@mandao.example.co",
        frm=("Laura Pineda", "laura.pineda@mandao.example.co"),
        subject="Re: Gracias por la conversación de ayer",
        date="2026-03-25 12:40 -0500", parents=["mandao-screen", "mandao-accept"],
        cte="qp",
        text=(
            "Hola Camila,\n\n"
            "Te agradezco mucho la nota; no todo el mundo se toma el tiempo de escribir después "
            "de una entrevista.\n\n"
            "Lo conversamos bastante con Tomás y, aunque nos quedamos con muy buena impresión, la "
            "decisión fue seguir con otra candidata que ya había escrito para una app de "
            "domicilios. Para nosotros era importante que arrancara sin curva de aprendizaje en "
            "el producto.\n\n"
            "Te deseo lo mejor en la búsqueda. Estoy segura de que vas a encontrar tu lugar "
            "pronto.\n\n"
            "Laura Pineda\n"
            "Talent Partner · Mandao\n"
            "Bogotá, Colombia\n\n"
            + reply("es", "mar, 17 mar 2026 a las 19:32", "Camila Fitzgerald-Huamán",
                    CANDIDATE_ADDR,
                    "Hola Laura,\n\n"
                    "Muchas gracias por la conversación de ayer. Me encantó conocer cómo "
                    "trabajan el tono de las notificaciones de pedido y la idea de un glosario "
                    "compartido con soporte.\n\n"
                    "Quedo muy atenta a los siguientes pasos y a cualquier prueba que quieran "
                    "enviarme.\n\n"
                    "Un saludo,\nCamila")
            + "\n"
        ),
    ),
    # ------------------------------------------------------------------ es 11: Workday formal, Spain
    dict(
        kind=K, slug="banco_almendro_workday_formal", lang="es", company="Banco Almendro",
        contact="",
        frm=("Banco Almendro", "bancoalmendro@myworkday.com"),
        subject="Banco Almendro: información sobre su candidatura R-11873",
        headers=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Workday Notifications")],
        date="2026-04-14 06:30 +0000", parents=["almendro-ack"],
        cte="qp",
        html=(
            "<html><body style=\"font-family:'Segoe UI',Arial,sans-serif;font-size:14px\">\n"
            '<div style="border-bottom:3px solid #8a1538;padding:8px 0;font-size:18px">'
            "<b>Banco Almendro</b> · Talento</div>\n"
            "<p>Estimada Sra. Fitzgerald-Huamán:</p>\n"
            "<p>Le agradecemos el interés mostrado por la vacante <b>UX Writer – Banca Digital "
            "(R-11873)</b>, con sede en Madrid.</p>\n"
            "<p>Una vez concluida la fase de valoración curricular, le comunicamos que su "
            "candidatura no ha sido seleccionada para las siguientes etapas del proceso.</p>\n"
            "<p>Le animamos a seguir consultando nuestras ofertas en la sección Empleo de "
            "nuestra web.</p>\n"
            "<p>Reciba un cordial saludo,<br>Dirección de Personas<br>Banco Almendro</p>\n"
            '<hr><p style="font-size:10px;color:#666">Responsable del tratamiento: Banco '
            "Almendro. Finalidad: gestión de procesos de selección. Puede ejercer sus derechos "
            "de acceso, rectificación, supresión y portabilidad escribiendo a la Oficina de "
            "Protección de Datos, Paseo de la Castellana 95, 28046 Madrid. Este mensaje se ha "
            "generado automáticamente desde Workday.</p>\n"
            "</body></html>"
        ),
    ),
    # ------------------------------------------------------------------ es 12: unnamed client
    dict(
        kind=K, slug="talento_iberico_unnamed_client", lang="es", company="Talento Ibérico",
        contact="jaime.ortega@talentoiberico.example.es",
        frm=("Jaime Ortega", "jaime.ortega@talentoiberico.example.es"),
        subject="Cerrando el círculo",
        date="2026-06-17 09:12 +0200",
        cte="8bit",
        text=(
            "Buenos días, Camila:\n\n"
            "Te escribo para cerrar el círculo con la fintech de pagos de la que te hablé en "
            "mayo. Mi cliente ha decidido no seguir adelante con tu candidatura: al final han "
            "priorizado a alguien con catalán nativo, porque el primer proyecto es la app para "
            "el mercado de Barcelona.\n\n"
            "Sé que te hacía ilusión. Sigo teniendo tu perfil muy presente para las búsquedas de "
            "contenido que me entran después del verano.\n\n"
            "Un abrazo,\n\n"
            "Jaime Ortega\n"
            "Socio · Talento Ibérico Executive Search\n"
            "Paseo de Recoletos 7, 28004 Madrid\n"
            "+34 915 555 404\n"
        ),
    ),
    # ------------------------------------------------------------------ es 13: agency relays, Mexico
    dict(
        kind=K, slug="jacaranda_relays_ahuehuete", lang="es", company="Banca Ahuehuete",
        contact="rodrigo.salinas@jacarandatalento.example.mx",
        frm=("Rodrigo Salinas | Grupo Jacaranda", "rodrigo.salinas@jacarandatalento.example.mx"),
        subject="RE: Entrevista con Banca Ahuehuete - martes 14 de abril",
        date="2026-04-30 13:58 -0600", parents=["jacaranda-ack", "jacaranda-invite"],
        cte="qp",
        text=(
            "Hola Camila, buen día.\n\n"
            "Ya platiqué con el equipo de Banca Ahuehuete. Me comentan que tu entrevista estuvo "
            "muy bien y que les gustó cómo explicaste los textos de la app de tu banco, pero "
            "optaron por un perfil con más años en banca móvil en México. No van a avanzar con "
            "tu candidatura.\n\n"
            "Te sigo considerando para otras posiciones; en cuanto tenga algo te marco.\n\n"
            "Saludos cordiales,\n"
            "Rodrigo Salinas\n"
            "Consultor Senior · Grupo Jacaranda Talento\n"
            "Paseo de la Reforma 505, Cuauhtémoc, CDMX\n"
            "+52 55 5555 0193\n\n"
            + outlook_block(
                "es", "Rodrigo Salinas <rodrigo.salinas@jacarandatalento.example.mx>",
                "jueves, 9 de abril de 2026 11:20 a. m.",
                "Camila Fitzgerald-Huamán <camila.fh@example.com.co>",
                "Entrevista con Banca Ahuehuete - martes 14 de abril",
                "Hola Camila:\n\n"
                "Banca Ahuehuete quiere entrevistarte para la vacante de Redactora UX. Quedó "
                "agendada el martes 14 de abril a las 10:00 (hora CDMX) por Teams, con Mónica "
                "Ibarra, gerente de Canales Digitales. Te mando la liga un día antes.\n\n"
                "Saludos,\nRodrigo",
            )
            + "\n"
        ),
    ),
    # ------------------------------------------------------------------ es 14: Outlook chain, Cali
    dict(
        kind=K, slug="farallones_outlook_chain", lang="es", company="Farallones Software",
        contact="valentina.munoz@farallones.example.co",
        frm=("Valentina Muñoz", "valentina.munoz@farallones.example.co"),
        subject="RE: Invitación a entrevista - UX Writer - Farallones Software",
        date="2026-09-15 16:10 -0500", parents=["farallones-invite"],
        cte="b64", alt=True,
        html=outlook_html(
            mso(
                "Buenas tardes, Camila:\n"
                "\n"
                "Gracias por acompañarnos el jueves en la oficina de Granada. Después de las "
                "entrevistas con todo el equipo nos inclinamos por otra persona para la posición "
                "de UX Writer, por lo que no continuaremos con tu proceso.\n"
                "\n"
                "Nos quedamos con la ganas de trabajar contigo: tu ejercicio de reescritura del "
                "flujo de pagos fue de lo mejor que vimos. Ojalá nos volvamos a cruzar.\n"
                "\n"
                "Saludos,\n"
                "Valentina Muñoz\n"
                "Líder de Talento | Farallones Software\n"
                "Av. 9N #10-50, Granada, Cali\n"
                "+57 602 555 4471"
            )
            + '\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
            '<p class="MsoNormal"><b>De:</b> Valentina Muñoz &lt;valentina.munoz@farallones.'
            "example.co&gt;<br><b>Enviado el:</b> martes, 1 de septiembre de 2026 9:45 a. m."
            "<br><b>Para:</b> Camila Fitzgerald-Huamán &lt;camila.fh@example.com.co&gt;<br>"
            "<b>Asunto:</b> Invitación a entrevista - UX Writer - Farallones Software"
            "<o:p></o:p></p></div>\n"
            + mso(
                "Hola Camila:\n"
                "\n"
                "Queremos invitarte a una entrevista presencial para la vacante de UX Writer el "
                "jueves 10 de septiembre a las 2:00 p. m. en nuestra oficina (Av. 9N #10-50, "
                "Granada). Conocerás a Hernán, nuestro Product Designer principal, y a mí.\n"
                "\n"
                "Por favor confírmanos tu asistencia respondiendo este correo."
            )
        ),
    ),
    # ------------------------------------------------------------------ es 15: portfolio feedback
    dict(
        kind=K, slug="letra_clara_portfolio_feedback", lang="es", company="Letra Clara Estudio",
        contact="daniela@letraclara.example.co",
        frm=("Daniela Posada", "daniela@letraclara.example.co"),
        subject="Re: Postulación UX Writer - Camila Fitzgerald-Huamán",
        date="2026-01-20 15:33 -0500", parents=["letraclara-app", "letraclara-ack"],
        cte="b64",
        text=(
            "Hola Camila,\n\n"
            "Ya pude mirar tu portafolio con el equipo. Tiene piezas muy lindas, sobre todo la "
            "reescritura de los avisos del cajero automático; se nota que conoces al usuario de "
            "ventanilla mejor que nadie.\n\n"
            "Para esta contratación necesitamos a alguien con al menos dos proyectos publicados "
            "en producción, porque vas a estar sola con el cliente desde la primera semana. Por "
            "eso no te vamos a incluir esta vez. Si en unos meses tienes algo en producción "
            "(aunque sea un proyecto voluntario), escríbeme.\n\n"
            "Un abrazo,\n"
            "Daniela Posada\n"
            "Fundadora · Letra Clara Estudio\n"
            "Laureles, Medellín\n"
        ),
    ),
    # ------------------------------------------------------------------ en 16: Lever after missed
    dict(
        kind=K, slug="maplepay_lever_after_missed", lang="en", company="Maplepay",
        contact="aisha.okafor@maplepay.example.ca",
        frm=("Maplepay", "no-reply@hire.lever.co"),
        reply_to=("Aisha Okafor", "aisha.okafor@maplepay.example.ca"),
        subject="Your application to Maplepay",
        date="2026-04-08 19:02 +0000", parents=["maplepay-ack"],
        text=(
            "Hi Camila,\n\n"
            "Thanks again for your interest in the UX Writer, Payments role at Maplepay.\n\n"
            "Since we weren't able to connect for the phone screen, and the team has since "
            "progressed several candidates to the final stage, we've decided not to move your "
            "application forward at this time.\n\n"
            "I appreciate the time you put into applying and wish you the best of luck.\n\n"
            "Aisha Okafor\n"
            "Talent Acquisition, Maplepay\n"
            "100 King St W, Toronto, ON\n\n"
            "Sent via Lever\n"
        ),
        html=(
            '<div style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">\n'
            "<p>Hi Camila,</p>\n"
            "<p>Thanks again for your interest in the UX Writer, Payments role at Maplepay.</p>\n"
            "<p>Since we weren't able to connect for the phone screen, and the team has since "
            "progressed several candidates to the final stage, we've decided not to move your "
            "application forward at this time.</p>\n"
            "<p>I appreciate the time you put into applying and wish you the best of luck.</p>\n"
            "<p>Aisha Okafor<br>Talent Acquisition, Maplepay<br>100 King St W, Toronto, ON</p>\n"
            '<p style="color:#999;font-size:11px">Sent via Lever</p>\n</div>'
        ),
    ),
    # ------------------------------------------------------------------ en 17: iCIMS "more closely"
    dict(
        kind=K, slug="bluebonnet_icims_closer_match", lang="en", company="Bluebonnet Labs",
        contact="",
        frm=("Bluebonnet Labs Talent Acquisition", "bluebonnetlabs@talent.icims.com"),
        subject="Regarding your application for Content Designer I (Req #2026-0311)",
        date="2026-03-03 15:17 -0600", parents=["bluebonnet-ack"],
        html=(
            "<html><body>\n"
            '<table width="100%" style="font-family:Arial;font-size:13px"><tr><td>\n'
            '<img src="https://talent.icims.com/bluebonnetlabs/logo.png" alt="Bluebonnet Labs" '
            'width="160"><br><br>\n'
            "Dear Camila,<br><br>\n"
            "Thank you for your interest in the Content Designer I position at Bluebonnet Labs. "
            "After reviewing all applications, we have decided to move forward with candidates "
            "whose experience more closely matches the needs of the role.<br><br>\n"
            "We encourage you to visit our careers site and apply for future openings that fit "
            "your background.<br><br>\n"
            "Sincerely,<br>\nTalent Acquisition<br>\nBluebonnet Labs<br>\n"
            "901 E 6th St, Austin, TX 78702<br><br>\n"
            '<span style="font-size:10px;color:#888">Please do not reply to this email. This '
            "mailbox is not monitored.</span>\n"
            "</td></tr></table>\n</body></html>"
        ),
    ),
    # ------------------------------------------------------------------ en 18: after portfolio task
    dict(
        kind=K, slug="harbourfront_after_exercise", lang="en", company="Harbourfront Digital",
        contact="ben.achterberg@harbourfront.example.ca",
        frm=("Ben Achterberg", "ben.achterberg@harbourfront.example.ca"),
        subject="Re: Next week instead?",
        date="2026-05-06 10:44 -0400", parents=["harbourfront-chat", "harbourfront-push"],
        text=(
            "Hi Camila,\n\n"
            "I wanted to get back to you personally rather than let the system do it. We looked "
            "at your exercise alongside the others and we're going to go another way for this "
            "position. The deciding factor was agency experience: the role juggles four clients "
            "at once and the team wants someone who has done that before.\n\n"
            "Your rewrite of the overdraft notice was genuinely lovely. Please keep us in mind "
            "next year.\n\n"
            "Best,\n"
            "Ben\n\n"
            "Ben Achterberg | Talent Lead\n"
            "Harbourfront Digital | 207 Queens Quay W, Toronto\n\n"
            + reply("en", "Wed, Apr 22, 2026 at 3:05 PM", "Ben Achterberg",
                    "ben.achterberg@harbourfront.example.ca",
                    "Hi Camila, something came up on Thursday. Can we push our chat to next "
                    "week? Tuesday 28th, 11am Toronto time works on my side.\n\nBen")
            + "\n"
        ),
    ),
    # ------------------------------------------------------------------ en 19: Taleo + disclaimer
    dict(
        kind=K, slug="pecan_street_taleo_disclaimer", lang="en", company="Pecan Street Credit Union",
        contact="",
        frm=("Pecan Street Credit Union Careers", "pecanstreetcu@taleo.net"),
        subject="Member Communications Writer - application status",
        date="2026-03-27 11:00 -0500", parents=["pecan-ack"],
        cte="qp",
        text=(
            "Dear Camila Fitzgerald-Huamán,\n\n"
            "We appreciate the time you invested in applying for the Member Communications "
            "Writer position (Job ID 4471) with Pecan Street Credit Union.\n\n"
            "At this time, we have selected another applicant whose qualifications best meet "
            "our current needs. Your profile will remain in our system, and you are welcome to "
            "apply for other positions.\n\n"
            "Kind regards,\n"
            "Human Resources\n"
            "Pecan Street Credit Union\n"
            "1200 S Congress Ave, Austin, TX 78704\n\n"
            "CONFIDENTIALITY NOTICE: This email, including any attachments, is intended only for "
            "the named recipient and may contain confidential or privileged information. Any "
            "unauthorized review, use or distribution is prohibited. Pecan Street Credit Union "
            "is an Equal Opportunity Employer. Federally insured by NCUA.\n"
        ),
    ),
    # ------------------------------------------------------------------ en 20: staffing relays client
    dict(
        kind=K, slug="barton_relays_hill_country", lang="en", company="Hill Country Mobile",
        contact="tyler.nguyen@bartoncreek.example.com",
        frm=("Tyler Nguyen", "tyler.nguyen@bartoncreek.example.com"),
        subject="Hill Country Mobile - feedback",
        date="2026-06-29 16:31 -0500", parents=["barton-ack", "barton-invite"],
        cte="qp",
        text=(
            "Hey Camila,\n\n"
            "Heard back from Hill Country Mobile this afternoon. They're passing. The hiring "
            "manager liked you, but she needs someone onsite in Austin by mid-July and the "
            "relocation timeline ended up being the sticking point.\n\n"
            "Not the answer either of us wanted. I've got a remote-friendly contract with a "
            "health-tech client coming up; I'll reach out once the req is approved.\n\n"
            "Tyler Nguyen\n"
            "Senior Recruiter | Barton Creek Staffing\n"
            "512-555-0178 | 3800 N Lamar Blvd, Austin TX\n"
        ),
        html=(
            '<div dir="ltr">Hey Camila,<div><br></div><div>Heard back from Hill Country Mobile '
            "this afternoon. They're passing. The hiring manager liked you, but she needs "
            "someone onsite in Austin by mid-July and the relocation timeline ended up being "
            "the sticking point.</div><div><br></div><div>Not the answer either of us wanted. "
            "I've got a remote-friendly contract with a health-tech client coming up; I'll "
            "reach out once the req is approved.</div><div><br></div>"
            '<div><b>Tyler Nguyen</b><br>Senior Recruiter | Barton Creek Staffing<br>'
            "512-555-0178 | 3800 N Lamar Blvd, Austin TX</div></div>"
        ),
    ),
    # ------------------------------------------------------------------ en 21: quotes the thank-you
    dict(
        kind=K, slug="linden_cloud_quotes_thanks", lang="en", company="Linden Cloud",
        contact="hannah.weiss@lindencloud.example.de",
        frm=("Hannah Weiss", "hannah.weiss@lindencloud.example.de"),
        subject="Re: Thank you - final round",
        date="2026-09-24 09:40 +0200", parents=["linden-invite", "linden-cancel"],
        text=(
            "Dear Camila,\n\n"
            "Thank you for the kind note, and for being so flexible after we had to cancel the "
            "first date.\n\n"
            "We debriefed as a panel yesterday. It was a close call, but we've decided not to "
            "extend an offer for the UX Writer position. The other finalist has worked on "
            "German-English localisation for several years, which weighs heavily for us in the "
            "first year.\n\n"
            "I'd be happy to share more detailed notes on a short call if that helps.\n\n"
            "All the best,\n"
            "Hannah\n\n"
            "Hannah Weiss\n"
            "Head of Content Design, Linden Cloud\n"
            "Rosenthaler Str. 40, 10178 Berlin\n\n"
            + reply("en", "Thu, Sep 17, 2026 at 6:12 PM", "Camila Fitzgerald-Huamán",
                    CANDIDATE_ADDR,
                    "Dear Hannah,\n\n"
                    "Thank you for the final-round conversations today. I enjoyed the "
                    "exercise on the billing emails, and meeting Jonas and Priyanka.\n\n"
                    "I look forward to hearing about the next steps.\n\n"
                    + SIG_EN)
            + "\n"
        ),
    ),
    # ------------------------------------------------------------------ en 22: Workday formal
    dict(
        kind=K, slug="northline_workday_not_selected", lang="en", company="Northline Telecom",
        contact="",
        frm=("Northline Telecom Careers", "northline@myworkday.com"),
        subject="Update on your application: Content Designer (R-20417)",
        date="2026-06-22 13:15 +0000", parents=["northline-ack"],
        alt=True,
        html=ats_card(
            "Northline Telecom", "#1d4ed8",
            "<p>Hello Camila,</p>\n"
            "<p>We regret to let you know that your application for <b>Content Designer "
            "(R-20417)</b> in Toronto was not selected for further consideration.</p>\n"
            "<p>Competition for this role was strong. We'll keep your candidate profile on "
            "file, and you can update it at any time.</p>\n"
            "<p>Regards,<br>Northline Telecom Talent Acquisition</p>",
            "Northline Telecom, 25 York St, Toronto ON. This message was sent from an unmonitored "
            "address.",
        ),
    ),
    # ------------------------------------------------------------------ en 23: head-hunter, unnamed
    dict(
        kind=K, slug="queen_west_unnamed_insurer", lang="en", company="Queen West Search",
        contact="graham.peters@queenwestsearch.example.ca",
        frm=("Graham Peters", "graham.peters@queenwestsearch.example.ca"),
        subject="Quick one on the insurance mandate",
        date="2026-09-21 08:55 -0400",
        text=(
            "Camila -\n\n"
            "Quick one. The insurer I put you forward to last month came back: they passed. "
            "They want someone who has shipped a voice-and-tone guide end to end, which is fair "
            "enough. Nothing to do with the Lakeshore process, which is its own thing.\n\n"
            "G.\n\n"
            "Graham Peters | Partner\n"
            "Queen West Search | 621 Queen St W, Toronto\n"
            "m. 416-555-0147\n"
        ),
    ),
    # ------------------------------------------------------------------ en 24: feedback after task
    dict(
        kind=K, slug="tumbleweed_ashby_feedback", lang="en", company="Tumbleweed Pay",
        contact="jess.alvarado@tumbleweedpay.example.com",
        frm=("Tumbleweed Pay", "no-reply@ashbyhq.com"),
        reply_to=("Jess Alvarado", "jess.alvarado@tumbleweedpay.example.com"),
        subject="Tumbleweed Pay: your take-home review",
        date="2026-03-04 21:07 +0000", parents=["tumbleweed-invite"],
        cte="b64",
        text=(
            "Hi Camila,\n\n"
            "Thank you for completing the take-home and for walking us through it on Friday.\n\n"
            "Our reviewers liked the clarity of your error-message rewrites. Where we felt the "
            "work fell short was the onboarding flow: the copy was accurate, but the panel was "
            "looking for a stronger point of view on what to cut.\n\n"
            "Based on that, we won't be moving you to the onsite stage. We know a take-home is a "
            "real investment of time, so thank you.\n\n"
            "Jess Alvarado\n"
            "Recruiting, Tumbleweed Pay\n"
            "Austin, TX\n"
        ),
        html=(
            "<p>Hi Camila,</p>\n"
            "<p>Thank you for completing the take-home and for walking us through it on "
            "Friday.</p>\n"
            "<p>Our reviewers liked the clarity of your error-message rewrites. Where we felt the "
            "work fell short was the onboarding flow: the copy was accurate, but the panel was "
            "looking for a stronger point of view on what to cut.</p>\n"
            "<p>Based on that, we won't be moving you to the onsite stage. We know a take-home "
            "is a real investment of time, so thank you.</p>\n"
            "<p>Jess Alvarado<br>Recruiting, Tumbleweed Pay<br>Austin, TX</p>\n"
            '<p style="font-size:11px;color:#9ca3af">Powered by Ashby</p>'
        ),
        pdf=[dict(
            name="Take-home_feedback_CFH.pdf", title="Tumbleweed Pay - Take-home feedback",
            lines=["Candidate: Camila Fitzgerald-Huamán", "Role: UX Writer",
                   "Error states: strong, clear and calm", "Onboarding: accurate but long",
                   "Recommendation: do not advance to onsite"],
        )],
    ),
    # ------------------------------------------------------------------ fr 25: Taleo formal
    dict(
        kind=K, slug="banque_erable_taleo_formal", lang="fr", company="Banque Érable",
        contact="",
        frm=("Banque Érable - Carrières", "banqueerable@taleo.net"),
        name_enc=("iso-8859-1", "Q"),
        subject="Votre candidature au poste de Rédactrice UX", subj_enc=("iso-8859-1", "B"),
        date="2026-04-20 10:05 -0400", parents=["erable-ack"],
        charset="iso-8859-1", cte="qp",
        html=(
            '<html><head><meta http-equiv="Content-Type" content="text/html; '
            'charset=iso-8859-1"></head><body style="font-family:Arial;font-size:13px">\n'
            "<p>Madame,</p>\n"
            "<p>Nous vous remercions de l'intérêt que vous portez à la Banque Érable et au poste "
            "de Rédactrice UX (réf. 26-0388) à Montréal.</p>\n"
            "<p>Après analyse de votre dossier, nous ne donnerons pas suite à votre candidature "
            "pour ce poste.</p>\n"
            "<p>Nous conservons votre profil et vous invitons à consulter régulièrement nos "
            "offres d'emploi.</p>\n"
            "<p>Veuillez agréer, Madame, nos salutations distinguées.</p>\n"
            "<p>Acquisition de talents<br>Banque Érable<br>1000, rue De La Gauchetière Ouest, "
            "Montréal (Québec)</p>\n"
            '<p style="font-size:10px;color:#777">Ce courriel a été envoyé automatiquement. '
            "Merci de ne pas y répondre.</p>\n</body></html>"
        ),
    ),
    # ------------------------------------------------------------------ fr 26: agency relays client
    dict(
        kind=K, slug="boreal_relays_outremont", lang="fr", company="Logiciels Outremont",
        contact="sophie.lavoie@boreal-rh.example.ca",
        frm=("Sophie Lavoie", "sophie.lavoie@boreal-rh.example.ca"),
        subject="Re: Entrevue chez Logiciels Outremont", date="2026-10-14 17:20 -0400",
        parents=["boreal-invite"],
        cte="qp",
        text=(
            "Bonjour Camila,\n\n"
            "J'ai eu le retour de Logiciels Outremont hier soir. Ils ont choisi de poursuivre "
            "avec une candidate qui a déjà travaillé en rédaction bilingue dans un contexte "
            "québécois. Ils ont apprécié ta rigueur et ton humour, mais pour eux la maîtrise des "
            "normes de l'OQLF pesait lourd.\n\n"
            "Je suis désolée que ça ne débouche pas cette fois. Je garde ton dossier actif de "
            "notre côté.\n\n"
            "Au plaisir,\n"
            "Sophie Lavoie\n"
            "Conseillère en recrutement | Recrutement Boréal\n"
            "4200, boul. Saint-Laurent, bureau 610, Montréal\n"
            "514 555-0162\n\n"
            + reply("fr", "jeu. 1 oct. 2026 à 09:31", "Sophie Lavoie",
                    "sophie.lavoie@boreal-rh.example.ca",
                    "Bonjour Camila,\n\nLogiciels Outremont aimerait te rencontrer pour le poste "
                    "de rédactrice UX. Je te propose le mercredi 7 octobre à 13 h (heure de "
                    "Montréal), en visio. Confirme-moi ta disponibilité.\n\nSophie")
            + "\n"
        ),
    ),
    # ------------------------------------------------------------------ fr 27: position withdrawn
    dict(
        kind=K, slug="paiements_mr_position_withdrawn", lang="fr",
        company="Paiements Mont-Royal", contact="olivier.gagnon@paiementsmr.example.ca",
        frm=("Paiements Mont-Royal", "notifications@app.bamboohr.com"),
        reply_to=("Olivier Gagnon", "olivier.gagnon@paiementsmr.example.ca"),
        subject="Paiements Mont-Royal – suite de votre candidature",
        date="2026-07-27 14:02 -0400", parents=["pmr-ack"],
        alt=True,
        html=ats_card(
            "Paiements Mont-Royal", "#be123c",
            "<p>Bonjour Camila,</p>\n"
            "<p>Comme annoncé lors de l'annulation de notre rencontre, nous avons fait le point "
            "sur le poste de rédactrice de contenu produit.</p>\n"
            "<p>À la suite d'une réorganisation interne, ce poste a été retiré : le processus est "
            "donc fermé pour toutes les personnes candidates. Nous sommes désolés de ne pas "
            "pouvoir aller plus loin avec vous.</p>\n"
            "<p>Merci de votre patience,<br>Olivier Gagnon<br>Partenaire d'affaires RH</p>",
            "Paiements Mont-Royal · Montréal (Québec) · Envoyé avec BambooHR",
        ),
    ),
    # ------------------------------------------------------------------ fr 28: casual agency
    dict(
        kind=K, slug="mile_end_casual", lang="fr", company="Agence Mile-End",
        contact="maxime@agencemileend.example.ca",
        frm=("Maxime Bouchard", "maxime@agencemileend.example.ca"),
        subject="Des nouvelles pour toi", date="2026-08-21 16:48 -0400",
        cte="8bit",
        text=(
            "Salut Camila!\n\n"
            "Je voulais te donner des nouvelles avant la fin de semaine. On a eu un vrai coup de "
            "cœur pour une autre personne, donc on ne poursuit pas avec toi cette fois-ci. "
            "Honnêtement, c'était serré.\n\n"
            "Ton test sur les notifications de la STM était super drôle, toute l'équipe en "
            "parle encore.\n\n"
            "Bonne chance pour la suite, et si tu passes par Montréal, le café est sur nous.\n\n"
            "Max\n"
            "Agence Mile-End · 5455, av. de Gaspé, Montréal\n"
        ),
    ),
    # ------------------------------------------------------------------ de 29: quotes the thank-you
    dict(
        kind=K, slug="kiezpay_after_interview_quotes_thanks", lang="de", company="Kiezpay",
        contact="jana.koehler@kiezpay.example.de",
        frm=("Jana Köhler", "jana.koehler@kiezpay.example.de"),
        subject="AW: Danke für das Gespräch", date="2026-04-28 10:03 +0200",
        parents=["kiezpay-ack", "kiezpay-invite", "kiezpay-move"],
        cte="qp",
        text=(
            "Liebe Camila,\n\n"
            "vielen Dank für Ihre freundliche Nachricht nach unserem Gespräch, sie hat uns alle "
            "gefreut.\n\n"
            "Wir haben uns nach reiflicher Überlegung für eine Kandidatin entschieden, die "
            "bereits im Zahlungsverkehr für den deutschen Markt geschrieben hat. Für Ihre "
            "weitere Suche wünschen wir Ihnen von Herzen alles Gute.\n\n"
            "Herzliche Grüße\n"
            "Jana Köhler\n\n"
            "--\n"
            "Jana Köhler | Talent Acquisition\n"
            "Kiezpay GmbH | Oranienstraße 185 | 10999 Berlin\n"
            "Amtsgericht Charlottenburg HRB 219876 B | Geschäftsführung: Deniz Aydın, "
            "Paula Brandt\n\n"
            + reply("de", "Di., 21. Apr. 2026 um 17:45", "Camila Fitzgerald-Huamán",
                    CANDIDATE_ADDR,
                    "Liebe Frau Köhler,\n\n"
                    "vielen Dank für das Gespräch heute und die Zeit, die Sie und Herr Brandt "
                    "sich genommen haben. Die Fragen zum Onboarding in der App haben mir viel "
                    "Spaß gemacht.\n\n"
                    "Ich freue mich auf Ihre Rückmeldung.\n\n"
                    + SIG_DE)
            + "\n"
        ),
    ),
    # ------------------------------------------------------------------ de 30: softgarden formal
    dict(
        kind=K, slug="spreebank_softgarden_formal", lang="de", company="Spreebank", contact="",
        frm=("Spreebank Recruiting", "noreply@softgarden.io"),
        subject="Ihre Bewerbung als UX Writer (m/w/d) – Rückmeldung",
        subj_enc=("utf-8", "Q"),
        date="2026-03-12 08:20 +0100", parents=["spreebank-ack"],
        alt=True, cte="qp",
        html=ats_card(
            "Spreebank", "#0e7490",
            "<p>Sehr geehrte Frau Fitzgerald-Huamán,</p>\n"
            "<p>wir danken Ihnen für Ihr Interesse an der Position <b>UX Writer (m/w/d)</b> "
            "bei der Spreebank.</p>\n"
            "<p>Leider können wir Ihnen heute keine positive Nachricht geben: Wir haben uns "
            "entschieden, Ihre Bewerbung im weiteren Verfahren nicht mehr zu berücksichtigen.</p>\n"
            "<p>Ihre Unterlagen werden gemäß DSGVO sechs Monate nach Abschluss des Verfahrens "
            "gelöscht.</p>\n"
            "<p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team der Spreebank</p>",
            "Spreebank AG · Friedrichstraße 76 · 10117 Berlin · Vorstand: Dr. Carola Wendt "
            "(Vors.), Ole Brink · Diese E-Mail wurde automatisch über softgarden versendet.",
        ),
    ),
    # ------------------------------------------------------------------ de 31: staffing relays client
    dict(
        kind=K, slug="personalfeld_relays_kreuzberg_cp1252", lang="de",
        company="Kreuzberg Mobilfunk", contact="markus.vogel@personalfeld.example.de",
        frm=("Markus Vogel", "markus.vogel@personalfeld.example.de"),
        subject="Rückmeldung Kreuzberg Mobilfunk", subj_enc=("windows-1252", "Q"),
        date="2026-05-19 15:12 +0200", parents=["personalfeld-ack"],
        charset="windows-1252", cte="qp",
        text=(
            "Hallo Camila,\n\n"
            "kurzes Update von Kreuzberg Mobilfunk: Die Fachabteilung hat sich gegen eine "
            "zweite Runde mit Ihnen entschieden. Begründung: Für die Tarif-Seiten brauchen sie "
            "jemanden mit verhandlungssicherem Deutsch, und da reicht B2 aus ihrer Sicht "
            "(noch) nicht.\n\n"
            "Ich finde das schade – Ihr erstes Gespräch war stark. Ich melde mich, sobald ich "
            "eine englischsprachige Stelle habe.\n\n"
            "Viele Grüße\n"
            "Markus Vogel\n"
            "Personalberater – Personalfeld GmbH\n"
            "Torstraße 140 · 10119 Berlin · Tel. +49 30 5555 8120\n"
        ),
    ),
]

