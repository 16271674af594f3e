"""Everything else, written by hand for corpus hundredseventeenth (Mateo Quispe-Lindahl):
his own sent mail, newsletters and job alerts, other meanings of the words, friends, family,
out-of-office replies and recruiter cold outreach."""

from __future__ import annotations

from msgs117_common import ME, P, T, ats_table, button, newsletter, plain_ats

LIST_ES = [("List-Id", "Inocuidad Hoy <boletin.inocuidadhoy.example.pe>"),
           ("List-Unsubscribe", "<https://inocuidadhoy.example.pe/baja?e=mql&c=0326>, <mailto:baja@inocuidadhoy.example.pe?subject=baja>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
           ("Precedence", "bulk")]

MESSAGES: list[dict] = [
    # ---------------------------------------------------------------- the candidate's own mail
    {
        "key": "x01", "kind": "other", "scenario": "own_followup_sent", "lang": "es",
        "company": "", "contact": "",
        "frm": ME, "to": [("Carolina Fuenzalida", "carolina.fuenzalida@fruticolalosandes.example.cl")],
        "subject": "Seguimiento postulación Jefe/a de Turno Aseguramiento de Calidad",
        "date": "2026-05-12 09:15:40 -0500", "cte": "quoted-printable",
        "headers": [("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.9.0")],
        "text": T("""
            Estimada Carolina:

            Le escribo para hacer seguimiento a mi postulación al cargo de Jefe/a de Turno de
            Aseguramiento de Calidad en Buin, enviada el 28 de abril. Sigo muy interesado en
            la posición y tengo disponibilidad para una entrevista por videollamada
            cualquier día de la próxima semana.

            Por si fuera útil: en marzo terminé el módulo de auditorías internas del
            diplomado en Gestión de la Inocuidad y tengo el pasaporte vigente para viajar a
            Chile.

            Muchas gracias por su tiempo.

            Saludos cordiales,
            Mateo Quispe-Lindahl
            +51 987 654 321
            """),
    },
    {
        "key": "x02", "kind": "other", "scenario": "own_thank_you_after_interview", "lang": "es",
        "company": "", "contact": "",
        "frm": ME, "to": [("Rocío Valdivia Ponce", "rocio.valdivia@lacteosandinos.example.pe")],
        "subject": "Gracias por la entrevista de hoy",
        "date": "2026-02-16 19:48:02 -0500", "cte": "8bit",
        "thread": ["i01", "s02"],
        "text": T("""
            Estimada Rocío:

            Muchas gracias a usted y al Ing. Ríos por la entrevista de esta mañana, aun con
            el cambio a Zoom. Me quedé muy motivado con lo que me contaron del proyecto de
            FSSC 22000 para la línea de yogur.

            Quedo atento a los siguientes pasos.

            Saludos,
            Mateo
            """),
    },
    # ---------------------------------------------------------------- digests and newsletters
    {
        "key": "x03", "kind": "other", "scenario": "job_alert_digest_es", "lang": "es",
        "company": "", "contact": "",
        "frm": ("EmpleoYa Alertas", "alertas@empleoya.example.co"),
        "to": [("", "mateo.ql@example.pe")],
        "subject": "12 nuevas ofertas de Analista de Calidad para ti",
        "date": "2026-04-07 06:00:00 -0500", "cte": "quoted-printable",
        "headers": [("List-Id", "Alertas de empleo EmpleoYa <alertas.empleoya.example.co>"),
                 ("List-Unsubscribe", "<https://www.empleoya.example.co/alertas/baja?a=4471>"),
                 ("Precedence", "bulk")],
        "html": newsletter(
            lang="es", masthead="EmpleoYa – Alertas", accent="#ff6a00",
            logo_src="https://static.empleoya.example.co/img/logo-ey-blanco.png",
            preheader="Analista de Calidad, Supervisor de Inocuidad y más",
            intro="Hola Mateo, estas son las ofertas nuevas de tu alerta <b>«calidad alimentos – "
                  "Bogotá, Lima»</b>. ¡Postula antes de que se cierren!",
            items=[
                ("Analista de Aseguramiento de Calidad – Productos Lácteos La Vega",
                 "https://click.empleoya.example.co/c/a1?o=88120", "Chía, Cundinamarca · Hace 2 días"),
                ("Supervisor(a) de Inocuidad Alimentaria – Casino Corporativo",
                 "https://click.empleoya.example.co/c/a2?o=88133", "Bogotá · Salario a convenir"),
                ("Auxiliar de Calidad – Turno Noche (Panificadora El Trigal)",
                 "https://click.empleoya.example.co/c/a3?o=88140", "Fontibón, Bogotá · Hace 1 día"),
                ("Jefe de Calidad – Cadena de restaurantes",
                 "https://click.empleoya.example.co/c/a4?o=88161", "Lima, Perú · Confidencial"),
                ("Ver las 8 ofertas restantes",
                 "https://click.empleoya.example.co/c/a5?alerta=4471", "Se cierran pronto 3 de ellas"),
            ],
            footer="Recibes este correo porque creaste una alerta en EmpleoYa. "
                   "<a href=\"https://www.empleoya.example.co/alertas/baja?a=4471\" style=\"color:#999999;\">"
                   "Eliminar alerta</a> · <a href=\"https://www.empleoya.example.co/privacidad\" "
                   "style=\"color:#999999;\">Privacidad</a><br>Portales Laborales Andinos S.A.S., Bogotá.",
            pixel_url="https://click.empleoya.example.co/o/alert4471.gif",
        ),
    },
    {
        "key": "x04", "kind": "other", "scenario": "newsletter_rejection_advice", "lang": "es",
        "company": "", "contact": "",
        "frm": ("Inocuidad Hoy", "boletin@inocuidadhoy.example.pe"),
        "to": [("", "mateo.ql@example.pe")],
        "subject": "Boletín 63 | ¿Te rechazaron después de la entrevista? Qué hacer ahora",
        "date": "2026-03-26 07:30:00 -0500", "cte": "base64", "headers": LIST_ES,
        "html": newsletter(
            lang="es", masthead="Inocuidad Hoy", accent="#00796b",
            logo_src="https://inocuidadhoy.example.pe/img/logo-boletin.png",
            preheader="Rechazos, entrevistas perdidas y las vacantes de la semana",
            intro="<b>Boletín N.° 63 – marzo 2026</b><br>Esta semana hablamos del lado menos bonito de "
                  "la búsqueda de empleo en calidad e inocuidad: los rechazos. Y de cómo recuperarte "
                  "cuando faltaste a una entrevista.",
            items=[
                ("«Lamentablemente no continuará en el proceso»: 5 cosas que hacer después de un rechazo",
                 "https://inocuidadhoy.example.pe/r/?u=rechazo-5-pasos&c=63",
                 "Pedir feedback, ajustar tu CV al esquema (BRCGS, IFS, FSSC) y no tomarlo personal."),
                ("Falté a la entrevista: ¿cómo escribo para pedir otra oportunidad?",
                 "https://inocuidadhoy.example.pe/r/?u=falte-entrevista&c=63",
                 "Un modelo de correo breve, honesto y sin excusas largas."),
                ("De la cocina a la planta: 3 chefs que hoy son jefes de calidad",
                 "https://inocuidadhoy.example.pe/r/?u=chefs-calidad&c=63",
                 "Historias de reconversión en Lima, Arequipa y Trujillo."),
                ("Vacantes de la semana: 14 ofertas en Perú y Colombia",
                 "https://inocuidadhoy.example.pe/r/?u=vacantes-63&c=63",
                 "Analistas, supervisores y auditores junior."),
            ],
            footer="Recibes Inocuidad Hoy porque te suscribiste en inocuidadhoy.example.pe. "
                   "<a href=\"https://inocuidadhoy.example.pe/baja?e=mql&amp;c=0326\" style=\"color:#999999;\">"
                   "Darte de baja</a> · Inocuidad Hoy E.I.R.L., Jr. Tacna 232, Miraflores, Lima.",
            pixel_url="https://inocuidadhoy.example.pe/o/63/mql.gif",
        ),
    },
    # ---------------------------------------------------------------- other meanings of the words
    {
        "key": "x05", "kind": "other", "scenario": "podcast_entrevista", "lang": "es",
        "company": "", "contact": "lucho.benavides@saboresencontexto.example.pe",
        "frm": ("Lucho Benavides", "lucho.benavides@saboresencontexto.example.pe"),
        "to": [ME], "subject": "Invitación a entrevista en el podcast Sabores en Contexto 🎙️",
        "date": "2026-06-08 12:14:55 -0500", "cte": "quoted-printable",
        "text": T("""
            Hola Mateo, ¿cómo estás?

            Soy Lucho, conduzco el podcast Sabores en Contexto (gastronomía peruana desde la
            trastienda). Tu amiga Carla Meza me contó que estás dejando la cocina de hotel
            para irte al mundo de la inocuidad alimentaria y me pareció una historia
            buenaza para el programa.

            ¿Te animarías a una entrevista de unos 40 minutos? Grabamos en nuestro estudio de
            Barranco o por Zencastr si prefieres remoto. Hablaríamos de tu trayectoria, de lo
            que se ve en las cocinas que el comensal no ve, y de por qué dar el salto.

            Estamos grabando los jueves de junio y julio. Dime qué fecha te acomoda.

            Un abrazo,
            Lucho Benavides
            Sabores en Contexto · Spotify / YouTube / Apple Podcasts
            """),
    },
    {
        "key": "x06", "kind": "other", "scenario": "user_research_interview", "lang": "es",
        "company": "", "contact": "andrea.luna@pidelo.example.pe",
        "frm": ("Andrea Luna – Pídelo", "andrea.luna@pidelo.example.pe"),
        "to": [("", "mateo.ql@example.pe")],
        "subject": "¿Nos regalas 30 minutos? Entrevista sobre cómo usas Pídelo (S/ 50 de crédito)",
        "date": "2026-05-14 15:02:19 -0500", "cte": "quoted-printable",
        "text": T("""
            Hola Mateo,

            Soy Andrea, del equipo de Investigación de Usuarios de Pídelo. Vimos que pides
            seguido para tu restaurante en Miraflores y nos encantaría entrevistarte (30
            minutos por videollamada) sobre cómo haces tus pedidos de insumos.

            No hay respuestas correctas ni incorrectas: queremos entender tu día a día. Como
            agradecimiento te daremos S/ 50 de crédito en la app.

            Elige tu horario: https://research.pidelo.example.pe/agenda?u=mql7
            Si prefieres, respóndeme directamente a este correo y coordinamos.

            ¡Gracias!
            Andrea Luna
            UX Researcher · Pídelo
            """),
        "html": plain_ats(
            content=P(
                "Hola Mateo,",
                "Soy Andrea, del equipo de Investigación de Usuarios de <b>Pídelo</b>. Vimos que pides "
                "seguido para tu restaurante en Miraflores y nos encantaría entrevistarte (30 minutos "
                "por videollamada) sobre cómo haces tus pedidos de insumos.",
                "No hay respuestas correctas ni incorrectas: queremos entender tu día a día. Como "
                "agradecimiento te daremos <b>S/ 50 de crédito</b> en la app.",
                button("https://research.pidelo.example.pe/agenda?u=mql7",
                       "Elegir horario", "#e4002b"),
                "Si prefieres, respóndeme directamente a este correo y coordinamos.",
                "¡Gracias!<br>Andrea Luna<br>UX Researcher · Pídelo",
            ),
            footer="Pídelo Perú S.A.C. · Av. Larco 1150, Miraflores · "
                   "<a href=\"https://pidelo.example.pe/preferencias\" style=\"color:#6a737d;\">"
                   "Preferencias de correo</a>",
            pixel_url="https://research.pidelo.example.pe/o/mql7.gif",
        ),
    },
    {
        "key": "x07", "kind": "other", "scenario": "queue_position_turno", "lang": "es",
        "company": "", "contact": "",
        "frm": ("Turno Virtual - Oficina de Pasaportes", "turnos-noreply@pasaportes.example.pe"),
        "to": [("", "mateo.ql@example.pe")],
        "subject": "Su posición en la cola: 14",
        "date": "2026-01-12 08:47:03 -0500", "charset": "iso-8859-1", "cte": "quoted-printable",
        "hdr": ("iso-8859-1", "q"),
        "text": T("""
            TURNO VIRTUAL - EMISIÓN DE PASAPORTE ELECTRÓNICO
            Sede: Breña (Av. España 700)

            Estimado(a) MATEO QUISPE LINDAHL:

            Su número de turno es P-1187.
            Su posición actual en la cola es: 14
            Tiempo de espera estimado: 35 minutos

            Le enviaremos otro aviso cuando falten 3 turnos. Si no se presenta en la
            ventanilla cuando sea llamado, su turno será anulado y deberá solicitar uno
            nuevo.

            Mensaje automático. No responda a este correo.
            """),
    },
    {
        "key": "x08", "kind": "other", "scenario": "package_delayed_es", "lang": "es",
        "company": "", "contact": "",
        "frm": ("EnvíaYa Courier", "seguimiento@enviaya-courier.example.pe"),
        "to": [("", "mateo.ql@example.pe")],
        "subject": "Lamentablemente tu paquete está retrasado 📦",
        "date": "2026-09-03 14:22:10 -0500", "cte": "quoted-printable",
        "html": ats_table(
            lang="es", logo_src="https://enviaya-courier.example.pe/img/logo.png",
            logo_alt="EnvíaYa Courier", accent="#ffc400",
            content=P(
                "Hola Mateo,",
                "Lamentablemente tu envío <b>EY-40918832PE</b> (remitente: Librería Técnica "
                "Alimentaria) está retrasado por un bloqueo de carreteras en la ruta Arequipa–Lima.",
                "Nueva fecha estimada de entrega: <b>lunes 7 de septiembre</b>.",
                "<a href=\"https://enviaya-courier.example.pe/t?g=EY-40918832PE\" style=\"color:#b38600;\">"
                "Rastrear mi envío</a>",
                "Sentimos las molestias.",
            ),
            footer="EnvíaYa Courier S.A.C. · Este correo se genera automáticamente.",
            pixel_url="https://enviaya-courier.example.pe/o/EY-40918832PE.gif",
        ),
    },
    {
        "key": "x09", "kind": "other", "scenario": "bank_loan_application_received", "lang": "es",
        "company": "", "contact": "",
        "frm": ("Banco Interandino", "notificaciones@bancointerandino.example.pe"),
        "to": [("", "mateo.ql@example.pe")],
        "subject": "Recibimos tu solicitud de Préstamo Personal",
        "date": "2026-06-26 11:09:45 -0500", "cte": "quoted-printable",
        "text": T("""
            Hola Mateo:

            Recibimos tu solicitud de Préstamo Personal N.° 2026-118-55302 por S/ 12,000 a
            24 meses. Nuestro equipo de evaluación crediticia la revisará y te daremos una
            respuesta en un máximo de 48 horas hábiles.

            Recuerda: el Banco Interandino nunca te pedirá tu clave por correo o teléfono.

            Banco Interandino
            """),
        "html": ats_table(
            lang="es", logo_src="https://www.bancointerandino.example.pe/img/logo-bi.png",
            logo_alt="Banco Interandino", accent="#003a70",
            content=P(
                "Hola Mateo:",
                "Recibimos tu solicitud de <b>Préstamo Personal</b> N.° 2026-118-55302 por S/ 12,000 a "
                "24 meses. Nuestro equipo de evaluación crediticia la revisará y te daremos una "
                "respuesta en un máximo de 48 horas hábiles.",
                "<span style=\"font-size:12px;color:#666666;\">Recuerda: el Banco Interandino nunca te "
                "pedirá tu clave por correo o teléfono.</span>",
            ),
            footer="Banco Interandino S.A. – Supervisado por la SBS. Este es un correo automático.",
            pixel_url="https://mkt.bancointerandino.example.pe/o/55302.gif",
        ),
    },
    {
        "key": "x10", "kind": "other", "scenario": "credit_card_denied", "lang": "es",
        "company": "", "contact": "",
        "frm": ("Banco Interandino", "notificaciones@bancointerandino.example.pe"),
        "to": [("", "mateo.ql@example.pe")],
        "subject": "Respuesta a tu solicitud de Tarjeta de Crédito",
        "date": "2026-07-01 10:00:12 -0500", "cte": "base64",
        "text": T("""
            Hola Mateo:

            Lamentamos informarte que tu solicitud de Tarjeta de Crédito Interandino Oro
            ha sido denegada luego de la evaluación crediticia.

            Esta decisión se basa en las políticas de riesgo vigentes. Podrás volver a
            solicitarla dentro de 90 días. Si deseas más información, acércate a cualquiera
            de nuestras agencias o llama a Banca por Teléfono al (01) 311-9000.

            Atentamente,
            Banco Interandino
            """),
    },
    {
        "key": "x11", "kind": "other", "scenario": "flat_application_refused", "lang": "es",
        "company": "", "contact": "",
        "frm": ("AlquilaFácil", "no-reply@alquilafacil.example.es"),
        "to": [("", "mateo.ql@example.pe")],
        "subject": "El propietario ha elegido otro inquilino",
        "date": "2026-08-20 19:31:50 +0200", "charset": "windows-1252", "cte": "quoted-printable",
        "text": T("""
            Hola Mateo,

            Lamentamos comunicarte que tu solicitud para el piso de la calle Ruzafa, 41 (2.º
            izq., Valencia) no ha sido aceptada: el propietario ha elegido a otro
            inquilino.

            ¡No te desanimes! Hay 27 pisos nuevos en Ruzafa y Eixample que encajan con tu
            búsqueda (hasta 950 €/mes, 2 habitaciones).

            Ver pisos: https://www.alquilafacil.example.es/busqueda/valencia-ruzafa?utm=refused

            El equipo de AlquilaFácil
            Para dejar de recibir avisos: https://www.alquilafacil.example.es/avisos/baja
            """),
    },
    {
        "key": "x12", "kind": "other", "scenario": "friend_own_rejection_peru", "lang": "es",
        "company": "", "contact": "renzo.cardich@example.pe",
        "frm": ("Renzo Cardich", "renzo.cardich@example.pe"),
        "to": [ME], "subject": "me batearon jaja",
        "date": "2026-04-11 23:40:17 -0500", "cte": "8bit",
        "text": T("""
            Causa,

            Te cuento que me batearon de la chamba en la cervecera de Chorrillos. Después de
            tres entrevistas y la prueba de cata, me mandaron el típico correo de "hemos
            decidido continuar con otros candidatos". Ni una llamada, nada. Me dio cólera un
            rato pero ya fue.

            Tú cómo vas con lo de calidad? Vi que Lácteos Andinos tampoco te respondió bien.
            Ánimo hermano, a los dos nos va a salir algo.

            El sábado hay fulbito en la Costa Verde, vienes?

            Renzo
            """),
    },
    {
        "key": "x13", "kind": "other", "scenario": "friend_own_interview_colombia", "lang": "es",
        "company": "", "contact": "camila.arango@example.co",
        "frm": ("Camila Arango", "camila.arango@example.co"),
        "to": [ME], "subject": "te cuento!!",
        "date": "2026-03-20 22:05:33 -0500", "cte": "quoted-printable",
        "text": T("""
            Mateíto!!

            ¿Cómo va todo por Lima? Te escribo porque hoy tuve entrevista en la panadería
            artesanal de Chapinero de la que te hablé (la de masa madre), y creo que me fue
            súper bien. El dueño me hizo hacer una prueba de laminado y me dijo que la otra
            semana me llama. ¡Estoy nerviosísima!

            Vos seguís con lo del hotel de La Candelaria, ¿cierto? Si te vienes a Bogotá
            avísame y te recojo en el aeropuerto, parcero.

            Un abrazote,
            Cami
            """),
    },
    {
        "key": "x14", "kind": "other", "scenario": "out_of_office_es", "lang": "es",
        "company": "", "contact": "rocio.valdivia@lacteosandinos.example.pe",
        "frm": ("Rocío Valdivia Ponce", "rocio.valdivia@lacteosandinos.example.pe"),
        "to": [ME], "subject": "Respuesta automática: Consulta vacante analista de laboratorio",
        "date": "2026-04-08 09:02:11 -0500", "cte": "quoted-printable",
        "thread": ["cand:lacteos-lab-question"],
        "headers": [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        "text": T("""
            Gracias por su mensaje.

            Me encuentro fuera de la oficina por vacaciones hasta el lunes 20 de abril, con
            acceso limitado al correo. Para temas de procesos de selección en curso, por
            favor escriba a seleccion@lacteosandinos.example.pe.

            Saludos,
            Rocío Valdivia Ponce
            Gestión Humana – Lácteos Andinos del Sur
            """),
    },
    {
        "key": "x15", "kind": "other", "scenario": "headhunter_cold_outreach_es", "lang": "es",
        "company": "", "contact": "m.arguedas@headway-search.example.pe",
        "frm": ("Mariana Arguedas", "m.arguedas@headway-search.example.pe"),
        "to": [ME], "subject": "¿Conversamos? Posición de Jefe de Calidad – cadena de restaurantes",
        "date": "2026-07-15 10:37:28 -0500", "cte": "quoted-printable",
        "text": T("""
            Hola Mateo, buenos días.

            Te encontré en RedPro y me llamó la atención tu combinación de cocina de hotel e
            inocuidad. Estoy liderando la búsqueda de un Jefe de Calidad para una cadena de
            restaurantes casual dining con 38 locales en Lima y provincias, y creo que
            podrías encajar.

            ¿Te interesaría tener una conversación exploratoria de 15 minutos esta semana o
            la próxima? Si no es buen momento, no hay problema; me encantaría tenerte en el
            radar para el futuro.

            Saludos,
            Mariana Arguedas
            Senior Partner · Headway Executive Search
            +51 1 711 4080 · Lima – Santiago – Bogotá
            """),
    },
    {
        "key": "x16", "kind": "other", "scenario": "diploma_grades_moodle", "lang": "es",
        "company": "", "contact": "",
        "frm": ("Aula Virtual Posgrado (vía Moodle)", "noreply-aulavirtual@posgrado-agraria.example.pe"),
        "to": [("", "mateo.ql@example.pe")],
        "subject": "Calificaciones publicadas: Módulo 3 – Auditorías internas de inocuidad",
        "date": "2026-03-09 21:14:02 -0500", "cte": "8bit",
        "text": T("""
            Diplomado en Gestión de la Calidad e Inocuidad Alimentaria – Promoción 2025-II

            Hola Mateo Quispe-Lindahl,

            Se han publicado las calificaciones del Módulo 3 – Auditorías internas de
            inocuidad:

              Caso práctico grupal ........ 17
              Examen final ................ 16
              Promedio del módulo ......... 16.4  (APROBADO)

            Puedes ver el detalle y la retroalimentación del docente en el aula virtual:
            https://aulavirtual.posgrado-agraria.example.pe/grade/report/user/index.php?id=318

            ---------------------------------------------------------------------
            Este correo es una copia de un mensaje publicado en el Aula Virtual.
            Para dejar de recibir estas notificaciones, edita tus preferencias.
            """),
    },
    {
        "key": "x17", "kind": "other", "scenario": "haccp_exam_passed", "lang": "es",
        "company": "", "contact": "",
        "frm": ("Instituto Andino de Formación en Inocuidad", "certificaciones@iafi.example.pe"),
        "to": [("", "mateo.ql@example.pe")],
        "subject": "¡Felicitaciones, aprobaste el examen de Auditor Interno HACCP!",
        "date": "2026-05-29 17:45:00 -0500", "cte": "quoted-printable",
        "html": ats_table(
            lang="es", logo_src="https://iafi.example.pe/assets/logo-iafi.png",
            logo_alt="IAFI – Instituto Andino de Formación en Inocuidad", accent="#6a1b9a",
            content=P(
                "Estimado Mateo:",
                "¡Felicitaciones! Aprobaste el examen de certificación <b>Auditor Interno HACCP "
                "(Codex Alimentarius CXC 1-1969, rev. 2022)</b> con una nota de <b>88/100</b>.",
                "Tu certificado digital estará disponible en 5 días hábiles en tu intranet de alumno.",
                "<a href=\"https://iafi.example.pe/intranet/certificados?utm_source=mail\" "
                "style=\"color:#6a1b9a;font-weight:bold;\">Ir a mi intranet</a>",
                "Equipo Académico IAFI",
            ),
            footer="IAFI S.A.C. · Av. Arequipa 2450, Lince · Este es un correo automático.",
            pixel_url="https://iafi.example.pe/o/cert88.gif",
        ),
    },
    {
        "key": "x18", "kind": "other", "scenario": "webinar_marketing_interview_tips", "lang": "es",
        "company": "", "contact": "",
        "frm": ("IAFI Eventos", "eventos@iafi.example.pe"),
        "to": [("", "mateo.ql@example.pe")],
        "subject": "Webinar gratuito: cómo responder una entrevista por competencias en Calidad",
        "date": "2026-08-04 09:00:00 -0500", "cte": "base64",
        "headers": [("List-Id", "IAFI Eventos <eventos.iafi.example.pe>"),
                 ("List-Unsubscribe", "<https://iafi.example.pe/newsletter/unsubscribe?u=88a1>"),
                 ("Precedence", "bulk")],
        "html": newsletter(
            lang="es", masthead="IAFI Eventos", accent="#6a1b9a",
            logo_src="https://iafi.example.pe/assets/logo-iafi-blanco.png",
            preheader="Jueves 13 de agosto, 7:00 p. m. · Cupos limitados",
            intro="<b>¿Tienes una entrevista para un puesto de calidad o inocuidad?</b><br>En este "
                  "webinar gratuito, la reclutadora Sofía Barreda y el auditor líder Iván Torres "
                  "explican cómo contar tus logros con el método STAR, qué preguntan sobre HACCP y "
                  "cómo manejar la pregunta del rechazo anterior.",
            items=[
                ("Inscríbete gratis – jueves 13 de agosto, 7:00 p. m.",
                 "https://iafi.example.pe/r?u=webinar-entrevistas&c=0804", "Transmisión por Zoom y YouTube"),
                ("Nuevo curso: Auditor Líder FSSC 22000 v6 – 15 % dto.",
                 "https://iafi.example.pe/r?u=fssc-lider&c=0804", "Inicio: 5 de septiembre"),
            ],
            footer="Recibes este correo porque eres alumno de IAFI. "
                   "<a href=\"https://iafi.example.pe/newsletter/unsubscribe?u=88a1\" style=\"color:#999999;\">"
                   "Desuscribirme</a> · IAFI S.A.C., Av. Arequipa 2450, Lince.",
            pixel_url="https://iafi.example.pe/o/nl0804.gif",
        ),
    },
    {
        "key": "x19", "kind": "other", "scenario": "current_boss_shifts", "lang": "es",
        "company": "", "contact": "chef.ugarte@miraflores-bay.example.pe",
        "frm": ("Chef Alfredo Ugarte", "chef.ugarte@miraflores-bay.example.pe"),
        "to": [ME], "cc": [("Cocina Miraflores Bay", "cocina@miraflores-bay.example.pe")],
        "subject": "turnos semana 12 + evento sábado",
        "date": "2026-03-14 22:31:07 -0500", "cte": "8bit",
        "text": T("""
            Mateo,

            Te paso los turnos de la semana 12. Tú cierras lunes y martes, y el sábado
            necesito que entres a las 6am por el matrimonio de 280 pax en el salón Pacífico.

            Ojo con los registros de temperatura de la cámara 3, el auditor de la cadena
            viene el jueves. Y recuérdale a Jhon lo del etiquetado de los mise en place.

            Si necesitas el viernes libre por lo de tus entrevistas avísame ya, no el mismo
            día.

            Alfredo
            Chef Ejecutivo – Hotel Miraflores Bay
            """),
    },
    {
        "key": "x20", "kind": "other", "scenario": "electricity_bill", "lang": "es",
        "company": "", "contact": "",
        "frm": ("Electro Lima Sur", "recibodigital@electrolimasur.example.pe"),
        "to": [("", "mateo.ql@example.pe")],
        "subject": "Tu recibo de luz de marzo ya está disponible",
        "date": "2026-04-02 05:12:44 -0500", "charset": "iso-8859-1", "cte": "8bit",
        "text": T("""
            Estimado cliente MATEO QUISPE LINDAHL:

            Tu recibo digital del suministro N.° 1840227 correspondiente a marzo de 2026 ya
            está disponible.

              Consumo: 142 kWh
              Importe a pagar: S/ 118.40
              Fecha de vencimiento: 17/04/2026

            Puedes pagarlo en agentes, banca por internet o en nuestra web.

            Electro Lima Sur S.A.A.
            Este correo es informativo, por favor no lo respondas.
            """),
    },
    {
        "key": "x21", "kind": "other", "scenario": "jobboard_nudge_complete_profile", "lang": "es",
        "company": "", "contact": "",
        "frm": ("TrabajaPE", "hola@mail.trabajape.example.pe"),
        "to": [("", "mateo.ql@example.pe")],
        "subject": "Mateo, ¿sigues buscando empleo? Tu perfil está al 60 %",
        "date": "2026-06-17 18:00:00 -0500", "cte": "quoted-printable",
        "headers": [("List-Unsubscribe", "<https://www.trabajape.example.pe/unsub?u=3310>"),
                 ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")],
        "text": T("""
            Hola Mateo,

            Los perfiles completos reciben hasta 3 veces más invitaciones de las empresas.
            Al tuyo le faltan: foto, expectativa salarial e idiomas.

            Además, estas postulaciones tuyas siguen abiertas:
            - Analista de Calidad – Pastificio Santa Rosa (en revisión)
            - Supervisor de Inocuidad – Catering (CV visto)

            Completa tu perfil: https://www.trabajape.example.pe/perfil?utm_campaign=nudge60

            Equipo TrabajaPE
            Darte de baja: https://www.trabajape.example.pe/unsub?u=3310
            """),
        "html": plain_ats(
            content=P(
                "Hola Mateo,",
                "Los perfiles completos reciben hasta <b>3 veces más invitaciones</b> de las empresas. "
                "Al tuyo le faltan: foto, expectativa salarial e idiomas.",
                "<div style=\"background:#eef6ff;height:10px;border-radius:5px;width:100%;\">"
                "<div style=\"background:#1565c0;height:10px;border-radius:5px;width:60%;\"></div></div>",
                "Además, estas postulaciones tuyas siguen abiertas:<br>• Analista de Calidad – "
                "Pastificio Santa Rosa (en revisión)<br>• Supervisor de Inocuidad – Catering (CV visto)",
                button("https://www.trabajape.example.pe/perfil?utm_campaign=nudge60",
                       "Completar mi perfil", "#1565c0"),
            ),
            footer="Equipo TrabajaPE · <a href=\"https://www.trabajape.example.pe/unsub?u=3310\" "
                   "style=\"color:#6a737d;\">Darte de baja</a>",
            pixel_url="https://mail.trabajape.example.pe/o/3310.gif",
        ),
    },
    {
        "key": "x22", "kind": "other", "scenario": "network_profile_views", "lang": "es",
        "company": "", "contact": "",
        "frm": ("RedPro", "notificaciones@redpro.example.com"),
        "to": [("", "mateo.ql@example.pe")],
        "subject": "Rocío y 4 personas más vieron tu perfil",
        "date": "2026-02-22 12:30:00 -0500", "cte": "quoted-printable",
        "headers": [("List-Unsubscribe", "<https://www.redpro.example.com/email/unsub?t=pv&u=mql>")],
        "html": ats_table(
            lang="es", logo_src="https://static.redpro.example.com/logo-redpro.png",
            logo_alt="RedPro", accent="#2f6fed",
            content=P(
                "Mateo, tu perfil tuvo <b>5 visualizaciones</b> esta semana.",
                "<b>Rocío Valdivia Ponce</b> · Analista Senior de Selección en Lácteos Andinos del Sur<br>"
                "<b>Reclutador/a</b> en una empresa de Consumo masivo<br>"
                "y 3 personas más",
                "<a href=\"https://www.redpro.example.com/trk?u=me%2Fprofile-views\" "
                "style=\"color:#2f6fed;font-weight:bold;\">Ver quién vio tu perfil</a>",
                "<span style=\"color:#888888;font-size:12px;\">Consejo: los perfiles con la sección "
                "«Abierto a trabajar» reciben más mensajes de reclutadores.</span>",
            ),
            footer="Has recibido este correo de notificación de RedPro. "
                   "<a href=\"https://www.redpro.example.com/email/unsub?t=pv&amp;u=mql\" "
                   "style=\"color:#8a9099;\">Darse de baja</a> · RedPro Ltd, Dublín, Irlanda.",
            pixel_url="https://www.redpro.example.com/emimp/pv_mql.gif",
        ),
    },
    {
        "key": "x23", "kind": "other", "scenario": "visa_appointment_entrevista", "lang": "es",
        "company": "", "contact": "",
        "frm": ("VisaLink Lima", "citas-noreply@visalink-lima.example.com"),
        "to": [("", "mateo.ql@example.pe")],
        "subject": "Confirmación de cita: entrega de documentos y entrevista de visado",
        "date": "2026-05-22 16:18:40 -0500", "cte": "quoted-printable",
        "text": T("""
            Estimado/a solicitante:

            Su cita ha sido confirmada.

            Referencia: LIM-ES-2026-0523117
            Tipo de trámite: Visado nacional – autorización de residencia y trabajo
            Fecha: viernes 12 de junio de 2026, 08:40
            Centro: VisaLink Lima, Av. Camino Real 390, Torre Central, piso 9, San Isidro

            Durante la cita se tomarán sus datos biométricos y, si el consulado lo
            requiere, se le realizará una breve entrevista. Preséntese con 15 minutos de
            anticipación, con su pasaporte original y la documentación completa.

            Este mensaje se envía automáticamente; no responda a esta dirección.
            VisaLink – Centro de solicitud de visados
            """),
    },
    {
        "key": "x24", "kind": "other", "scenario": "shop_order_cancelled", "lang": "es",
        "company": "", "contact": "",
        "frm": ("Compraplus", "pedidos@compraplus.example.pe"),
        "to": [("", "mateo.ql@example.pe")],
        "subject": "Tu pedido #CP-7781102 fue cancelado",
        "date": "2026-10-09 13:50:27 -0500", "cte": "quoted-printable",
        "html": ats_table(
            lang="es", logo_src="https://cdn.compraplus.example.pe/logo.png",
            logo_alt="Compraplus", accent="#00a650",
            content=P(
                "Hola Mateo,",
                "Lamentablemente tuvimos que cancelar tu pedido <b>#CP-7781102</b> (Termómetro "
                "digital de punzón HACCP con certificado de calibración) porque el vendedor se quedó "
                "sin stock.",
                "El reembolso de S/ 89.90 se verá reflejado en tu tarjeta en un plazo de 5 a 10 días "
                "hábiles.",
                "<a href=\"https://www.compraplus.example.pe/trk?u=similares-7781102\" "
                "style=\"color:#00a650;\">Ver productos similares</a>",
            ),
            footer="Compraplus Perú S.R.L. · No respondas a este correo.",
            pixel_url="https://cdn.compraplus.example.pe/o/7781102.gif",
        ),
    },
    {
        "key": "x25", "kind": "other", "scenario": "cousin_chile_family", "lang": "es",
        "company": "", "contact": "fernanda.lindahl@example.cl",
        "frm": ("Fernanda Lindahl", "fernanda.lindahl@example.cl"),
        "to": [ME], "subject": "Re: ¿puedo quedarme en tu depa en julio?",
        "date": "2026-06-03 21:27:55 -0400", "cte": "quoted-printable",
        "thread": ["cand:prima-depa"],
        "text": T("""
            Primo!! Obvio que sí, la pieza de alojados está libre todo julio. La Antonia va
            a estar feliz de verte, pregunta por ti todo el rato.

            Ojalá te vaya bacán con las entrevistas, aunque si terminas en Puerto Montt te
            vas a cagar de frío jajaja. Traete chaqueta.

            Mi mamá dice que vengas a almorzar el domingo que llegas, va a hacer pastel de
            choclo.

            Besos,
            Feña

            El mié, 3 jun 2026 a las 18:02, Mateo Quispe-Lindahl <mateo.ql@example.pe> escribió:
            > Feña! Tengo un par de procesos en Santiago y quizá una entrevista en Puerto
            > Montt. ¿Puedo quedarme unos días en tu depa en julio?
            """),
    },
    {
        "key": "x26", "kind": "other", "scenario": "press_interview_magazine", "lang": "es",
        "company": "", "contact": "p.zevallos@revistasazon.example.pe",
        "frm": ("Paula Zevallos – Revista Sazón", "p.zevallos@revistasazon.example.pe"),
        "to": [ME], "subject": "Solicitud de entrevista para reportaje – Revista Sazón",
        "date": "2026-09-24 11:44:02 -0500", "cte": "8bit",
        "text": T("""
            Estimado Mateo:

            Le saluda Paula Zevallos, redactora de Revista Sazón. Estamos preparando un
            reportaje para la edición de noviembre sobre cocineros que se reinventan fuera
            de la cocina: sommeliers, docentes, inspectores sanitarios, emprendedores.

            El chef Alfredo Ugarte nos dio su nombre. ¿Estaría dispuesto a concedernos una
            entrevista de unos 30 minutos, presencial o por teléfono, y a que le tomemos un
            par de fotos? Sería entre el 1 y el 9 de octubre.

            Quedo atenta a su respuesta.

            Paula Zevallos
            Redactora – Revista Sazón
            Grupo Editorial Fogón
            987 112 450
            """),
    },
    {
        "key": "x27", "kind": "other", "scenario": "alumni_job_board_digest", "lang": "es",
        "company": "", "contact": "",
        "frm": ("Egresados Escuela Culinaria del Pacífico", "egresados@culinariapacifico.example.pe"),
        "to": [("", "mateo.ql@example.pe")],
        "subject": "Bolsa de trabajo | 9 nuevas ofertas para egresados",
        "date": "2026-02-05 08:30:00 -0500", "cte": "quoted-printable",
        "headers": [("List-Id", "Egresados ECP <egresados.culinariapacifico.example.pe>"),
                 ("List-Unsubscribe", "<mailto:egresados@culinariapacifico.example.pe?subject=BAJA>"),
                 ("Precedence", "list")],
        "html": newsletter(
            lang="es", masthead="Escuela Culinaria del Pacífico – Egresados", accent="#8d2c1f",
            logo_src="https://culinariapacifico.example.pe/img/ecp-egresados.png",
            intro="Querida comunidad de egresados: estas son las ofertas que nos llegaron esta "
                  "semana. Postula directamente con el enlace de cada empresa y menciona que eres "
                  "egresado/a ECP.",
            items=[
                ("Sous-chef – Hotel boutique en Barranco",
                 "https://culinariapacifico.example.pe/bolsa/r?o=611", "Turno tarde · S/ 3,800"),
                ("Supervisor/a de Calidad – Concesionario de alimentos (minería)",
                 "https://culinariapacifico.example.pe/bolsa/r?o=612", "Régimen 14x7 · Áncash"),
                ("Instructor/a de Panadería", "https://culinariapacifico.example.pe/bolsa/r?o=613",
                 "Medio tiempo · Sede Surco"),
                ("Ver todas las ofertas", "https://culinariapacifico.example.pe/bolsa",
                 "Actualizado cada jueves"),
            ],
            footer="Oficina de Egresados y Empleabilidad – ECP. Para no recibir más la bolsa de "
                   "trabajo responde con la palabra BAJA.",
            pixel_url="https://culinariapacifico.example.pe/o/bolsa0205.gif",
        ),
    },
    {
        "key": "x28", "kind": "other", "scenario": "own_application_with_cv", "lang": "es",
        "company": "", "contact": "",
        "frm": ME, "to": [("Selección Viña Cerro Alegre", "seleccion@vinacerroalegre.example.cl")],
        "subject": "Postulación Encargado de Calidad – Mateo Quispe-Lindahl",
        "date": "2026-09-13 20:41:19 -0500", "cte": "quoted-printable",
        "att": [("CV_Mateo_Quispe-Lindahl_2026.pdf", [
            "MATEO QUISPE-LINDAHL", "Lima, Peru - mateo.ql@example.pe - +51 987 654 321", "",
            "PERFIL: Sous-chef con 9 anos en cocina de hotel, en transicion a calidad e inocuidad.",
            "EXPERIENCIA: Sous-chef, Hotel Miraflores Bay (2019 - hoy)",
            "FORMACION: Diplomado en Gestion de la Calidad e Inocuidad Alimentaria (2026)",
            "CERTIFICACIONES: Auditor Interno HACCP (2026), BPM, POES",
            "IDIOMAS: espanol, ingles, frances (B2), aleman (B1), sueco (basico)"])],
        "text": T("""
            Estimados señores:

            Adjunto mi CV para el cargo de Encargado/a de Calidad de la bodega en Casablanca,
            publicado en su portal.

            Soy sous-chef con nueve años en cocina de hotel en Lima, con certificación de
            Auditor Interno HACCP y un diplomado en Gestión de la Calidad e Inocuidad
            Alimentaria. Me interesa mucho la vendimia como reto: trazabilidad de lotes,
            control de proveedores y limpieza validada.

            Quedo a disposición para una entrevista.

            Atentamente,
            Mateo Quispe-Lindahl
            +51 987 654 321
            """),
    },
    # ---------------------------------------------------------------- English
    {
        "key": "x29", "kind": "other", "scenario": "job_alert_digest_en", "lang": "en",
        "company": "", "contact": "",
        "frm": ("JobRadar", "alerts@jobradar.example.com"),
        "to": [("", "mateo.ql@example.pe")],
        "subject": "8 new Food Safety jobs in Montréal, QC",
        "date": "2026-08-31 07:04:00 -0400", "cte": "quoted-printable",
        "headers": [("List-Id", "JobRadar job alerts <alerts.jobradar.example.com>"),
                 ("List-Unsubscribe", "<https://www.jobradar.example.com/alerts/unsubscribe?id=9a03>, <mailto:unsubscribe-9a03@jobradar.example.com>"),
                 ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                 ("Precedence", "bulk")],
        "html": newsletter(
            lang="en", masthead="JobRadar", accent="#2557a7",
            logo_src="https://static.jobradar.example.com/logo-white.png",
            preheader="Food Safety & QA Manager, Sanitation Lead and more",
            intro="Here are new jobs matching <b>food safety</b> in <b>Montréal, QC</b>.",
            items=[
                ("Food Safety & QA Manager – Lumen Kitchens",
                 "https://www.jobradar.example.com/rc/clk?jk=5a1e&from=alert", "Montréal, QC · Easily apply"),
                ("Sanitation Lead (nights) – Maple & Rye Foods",
                 "https://www.jobradar.example.com/rc/clk?jk=5a2f&from=alert", "Saint-Laurent, QC · $27–31/hr"),
                ("Quality Assurance Technician – Laiterie Beauharnois",
                 "https://www.jobradar.example.com/rc/clk?jk=5a3c&from=alert", "Beauharnois, QC · Evening shift"),
                ("HACCP Coordinator – NorthBay Hospitality Group",
                 "https://www.jobradar.example.com/rc/clk?jk=5a4d&from=alert", "Montréal, QC · New"),
                ("See all 8 jobs", "https://www.jobradar.example.com/jobs?q=food+safety&l=Montreal",
                 "Updated today"),
            ],
            footer="You're receiving this because you created a job alert. "
                   "<a href=\"https://www.jobradar.example.com/alerts/unsubscribe?id=9a03\" "
                   "style=\"color:#999999;\">Unsubscribe</a> · JobRadar Inc., 6433 Champion Grandview "
                   "Way, Austin, TX.",
            pixel_url="https://www.jobradar.example.com/o/a9a03.gif",
        ),
    },
    {
        "key": "x30", "kind": "other", "scenario": "career_newsletter_en", "lang": "en",
        "company": "", "contact": "",
        "frm": ("The QA Ladder", "newsletter@qaladder.example.com"),
        "to": [("", "mateo.ql@example.pe")],
        "subject": "Rejected after the final round? Here's what to do next",
        "date": "2026-05-16 13:00:00 +0000", "cte": "quoted-printable",
        "headers": [("List-Id", "The QA Ladder <weekly.qaladder.example.com>"),
                 ("List-Unsubscribe", "<https://qaladder.example.com/unsubscribe/8f3e1c>"),
                 ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                 ("Precedence", "bulk")],
        "html": newsletter(
            lang="en", masthead="The QA Ladder", accent="#1b5e20",
            logo_src="https://qaladder.example.com/img/masthead.png",
            preheader="Plus: what to do if you miss an interview, and 12 open roles",
            intro="Hi there,<br>This week's issue is about the hardest email in any job search: "
                  "<i>\"Unfortunately, we have decided not to proceed with your application.\"</i> "
                  "We asked five QA managers what they wish rejected candidates did next.",
            items=[
                ("Rejected after the final round? Ask these 3 questions",
                 "https://qaladder.example.com/c/?u=final-round-rejection&i=112",
                 "How to get useful feedback without sounding defensive."),
                ("I missed my interview. Can I still save it?",
                 "https://qaladder.example.com/c/?u=missed-interview&i=112",
                 "A short template and what not to say."),
                ("From chef to QA: the skills that transfer",
                 "https://qaladder.example.com/c/?u=chef-to-qa&i=112",
                 "Temperature control, traceability, people management."),
                ("12 open roles this week", "https://qaladder.example.com/c/?u=jobs&i=112",
                 "Canada, UK, Chile, Spain."),
            ],
            footer="You're receiving The QA Ladder because you subscribed at qaladder.example.com. "
                   "<a href=\"https://qaladder.example.com/unsubscribe/8f3e1c\" style=\"color:#999999;\">"
                   "Unsubscribe</a> · The QA Ladder, 2 Queen St E, Toronto, ON.",
            pixel_url="https://qaladder.example.com/o/112/8f3e1c.gif",
        ),
    },
    {
        "key": "x31", "kind": "other", "scenario": "podcast_guest_interview_en", "lang": "en",
        "company": "", "contact": "maya@linetolab.example.com",
        "frm": ("Maya Goldberg", "maya@linetolab.example.com"),
        "to": [ME], "subject": "Guest interview on From Line to Lab?",
        "date": "2026-07-08 14:36:21 -0400", "cte": "7bit", "charset": "utf-8",
        "text": T("""
            Hi Mateo,

            I host From Line to Lab, a podcast about cooks who moved into food science,
            quality and safety. I read your post in the Food Safety Professionals group about
            building a digital temperature log for a hotel kitchen, and I'd love to have you
            on the show.

            It's a relaxed 45-minute interview recorded remotely (I send you a mic if you
            need one). We publish every other Tuesday and have a few slots open in August.

            Would you be up for it?

            Cheers,
            Maya Goldberg
            From Line to Lab - linetolab.example.com
            """),
    },
    {
        "key": "x32", "kind": "other", "scenario": "user_research_interview_en", "lang": "en",
        "company": "", "contact": "tom.reyes@pantryapp.example.com",
        "frm": ("Tom Reyes", "tom.reyes@pantryapp.example.com"),
        "to": [("", "mateo.ql@example.pe")],
        "subject": "Quick user interview about Pantry? ($40 gift card)",
        "date": "2026-04-23 17:55:49 +0000", "cte": "quoted-printable",
        "text": T("""
            Hi Mateo,

            I'm a product researcher at Pantry, the kitchen inventory app you signed up for
            in March. We're talking to professional cooks about how they track stock and
            expiry dates, and I'd love to interview you for 30 minutes over video.

            As a thank-you we'll send a $40 gift card. Just reply with a couple of times that
            work for you next week, or book directly: https://pantryapp.example.com/research/book?u=mq

            Thanks!
            Tom Reyes
            User Research, Pantry
            """),
    },
    {
        "key": "x33", "kind": "other", "scenario": "gps_live_position", "lang": "en",
        "company": "", "contact": "",
        "frm": ("Waymark", "no-reply@waymark.example.com"),
        "to": [("", "mateo.ql@example.pe")],
        "subject": "Your live position sharing has ended",
        "date": "2026-04-23 21:02:17 +0000", "cte": "quoted-printable",
        "html": plain_ats(
            content=P(
                "Hi Mateo,",
                "You stopped sharing your live position with <b>Camila</b>. Your last shared position "
                "was near Av. José Larco, Miraflores at 3:58 PM.",
                "Your position history is kept for 24 hours and then deleted automatically.",
                "<a href=\"https://waymark.example.com/app/sharing\" style=\"color:#0b57d0;\">Manage "
                "sharing</a>",
            ),
            footer="Waymark Maps · You received this email because location sharing notifications are "
                   "on. <a href=\"https://waymark.example.com/settings/notifications\" "
                   "style=\"color:#6a737d;\">Notification settings</a>",
            pixel_url="https://waymark.example.com/o/lps.gif",
        ),
    },
    {
        "key": "x34", "kind": "other", "scenario": "package_delayed_en", "lang": "en",
        "company": "", "contact": "",
        "frm": ("ParcelPoint Tracking", "tracking@parcelpoint.example.com"),
        "to": [("", "mateo.ql@example.pe")],
        "subject": "Unfortunately your package is delayed",
        "date": "2026-01-30 09:14:33 +0000", "cte": "7bit", "charset": "utf-8",
        "text": T("""
            Hello Mateo,

            Unfortunately your package PP-2286-55190-PE (from: FoodSafetyBooks.example) is
            delayed at the customs facility in Callao.

            New estimated delivery: February 4-6.

            Track: https://parcelpoint.example.com/t/PP-2286-55190-PE

            We're sorry for the inconvenience.
            ParcelPoint - this mailbox is not monitored.
            """),
    },
    {
        "key": "x35", "kind": "other", "scenario": "out_of_office_en", "lang": "en",
        "company": "", "contact": "harriet.cole@quantumfa.example.com",
        "frm": ("Harriet Cole", "harriet.cole@quantumfa.example.com"),
        "to": [ME], "subject": "Automatic reply: Documents for the next stage",
        "date": "2026-02-10 14:20:03 +0000", "cte": "7bit", "charset": "utf-8",
        "thread": ["cand:quantum-docs"],
        "headers": [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        "text": T("""
            Thank you for your email. I'm out of the office until Monday 16 February with no
            access to email. I'll reply as soon as I'm back.

            For urgent recruitment queries please contact talent@quantumfa.example.com.

            Harriet Cole
            Quantum Food Assurance Ltd
            """),
    },
    {
        "key": "x36", "kind": "other", "scenario": "headhunter_cold_outreach_en", "lang": "en",
        "company": "", "contact": "oliver.grant@andeanpeople.example.cl",
        "frm": ("Oliver Grant", "oliver.grant@andeanpeople.example.cl"),
        "to": [ME], "subject": "Open to a chat about QA roles in Santiago?",
        "date": "2026-03-04 11:27:40 -0300", "cte": "quoted-printable",
        "text": T("""
            Hi Mateo,

            I lead the food & agribusiness desk at Andean People Partners in Santiago. Your
            profile came up when I was mapping chefs who have moved into food safety - a
            rare and useful mix for our clients in fresh produce and salmon.

            Nothing specific to pitch you today, but I'd like to understand what you're
            looking for so I can think of you when the right mandate comes in. Would you be
            open to a 20-minute call next week?

            Best regards,
            Oliver Grant
            Partner | Andean People Partners
            +56 2 2940 1180
            """),
    },
    {
        "key": "x37", "kind": "other", "scenario": "friend_own_interview_en_gmail_quote", "lang": "en",
        "company": "", "contact": "chloe.tanaka@example.ca",
        "frm": ("Chloé Tanaka", "chloe.tanaka@example.ca"),
        "to": [ME], "subject": "Re: guess what",
        "date": "2026-10-03 22:11:06 -0400", "cte": "quoted-printable",
        "thread": ["cand:chloe-news"],
        "text": T("""
            MATEO!!! That's amazing, congrats!!! We'll finally be in the same city 😭

            My news is less exciting: I had my second interview at the brewery in Verdun
            today and I'm pretty sure I bombed the technical part (they asked me about
            CIP validation and my brain just went blank). Oh well. They said they'd let me
            know next week.

            Let's celebrate when you land. Poutine on me.

            Chloé

            On Fri, Oct 2, 2026 at 8:47 PM Mateo Quispe-Lindahl <mateo.ql@example.pe> wrote:

            > Chloé! I got an offer from Lumen Kitchens, the start-up in Mile End! Start
            > in January if the work permit works out. Can't believe it.
            """),
    },
    {
        "key": "x38", "kind": "other", "scenario": "course_certificate_ready", "lang": "en",
        "company": "", "contact": "",
        "frm": ("Coursely", "no-reply@coursely.example.com"),
        "to": [("", "mateo.ql@example.pe")],
        "subject": "Congratulations! Your certificate is ready",
        "date": "2026-02-28 16:40:12 +0000", "cte": "quoted-printable",
        "text": T("""
            Congratulations, Mateo!

            You've completed "Food Safety Culture: Leading Change on the Factory Floor" with
            a final grade of 94%.

            Download your certificate: https://www.coursely.example.com/accomplishments/verify/MQL94X
            Add it to your RedPro profile in one click from the same page.

            Keep learning,
            The Coursely Team
            """),
        "html": plain_ats(
            content=P(
                "<span style=\"font-size:22px;\">🎓 Congratulations, Mateo!</span>",
                "You've completed <b>Food Safety Culture: Leading Change on the Factory Floor</b> "
                "with a final grade of 94%.",
                button("https://www.coursely.example.com/accomplishments/verify/MQL94X",
                       "Download certificate", "#0056d2"),
                "Add it to your RedPro profile in one click from the same page.",
                "Keep learning,<br>The Coursely Team",
            ),
            footer="Coursely, Inc. · 381 E. Evelyn Ave, Mountain View, CA · "
                   "<a href=\"https://www.coursely.example.com/settings/email\" style=\"color:#6a737d;\">"
                   "Email settings</a>",
            pixel_url="https://www.coursely.example.com/o/MQL94X.gif",
        ),
    },
    {
        "key": "x39", "kind": "other", "scenario": "bank_newcomer_account_received", "lang": "en",
        "company": "", "contact": "",
        "frm": ("Laurentian Bank of Commerce", "donotreply@lbcbank.example.ca"),
        "to": [("", "mateo.ql@example.pe")],
        "subject": "We've received your Newcomer Account application",
        "date": "2026-10-07 12:15:45 -0400", "cte": "base64",
        "text": T("""
            Dear Mateo Quispe-Lindahl,

            Thank you for choosing Laurentian Bank of Commerce. We've received your
            application for a Newcomer to Canada chequing account (reference
            NC-2026-448109).

            Before your arrival, please book an appointment at any branch to verify your
            identity with your passport and work permit. Your account will be activated at
            that meeting.

            Laurentian Bank of Commerce
            This is an automated message; please do not reply.
            """),
    },
    # ---------------------------------------------------------------- French
    {
        "key": "x40", "kind": "other", "scenario": "job_alert_digest_fr", "lang": "fr",
        "company": "", "contact": "",
        "frm": ("Alertes Emploi Rhône", "alertes@emploi-rhone.example.fr"),
        "to": [("", "mateo.ql@example.pe")],
        "subject": "6 nouvelles offres d'emploi Qualité à Lyon",
        "date": "2026-03-17 06:45:00 +0100", "cte": "quoted-printable",
        "headers": [("List-Id", "Alertes Emploi Rhone <alertes.emploi-rhone.example.fr>"),
                 ("List-Unsubscribe", "<https://www.emploi-rhone.example.fr/alerte/desinscription?id=c71>"),
                 ("Precedence", "bulk")],
        "html": newsletter(
            lang="fr", masthead="Alertes Emploi Rhône", accent="#c2185b",
            logo_src="https://www.emploi-rhone.example.fr/img/logo-blanc.png",
            preheader="Technicien qualité, assistant·e qualité, auditeur junior…",
            intro="Bonjour, voici les nouvelles offres d'emploi correspondant à votre alerte "
                  "<b>« qualité agroalimentaire – Lyon (30 km) »</b>.",
            items=[
                ("Technicien qualité H/F – Fromageries du Bugey",
                 "https://www.emploi-rhone.example.fr/r/o?id=77120", "Belley (01) · CDI"),
                ("Assistant·e qualité – Biscuiterie Lumière",
                 "https://www.emploi-rhone.example.fr/r/o?id=77133", "Lyon 9e · CDD 12 mois"),
                ("Auditeur junior IFS/BRCGS – Certif'Alim",
                 "https://www.emploi-rhone.example.fr/r/o?id=77141", "Lyon 3e · Déplacements"),
                ("Voir les 3 autres offres", "https://www.emploi-rhone.example.fr/recherche?alerte=c71",
                 "Mises à jour quotidiennes"),
            ],
            footer="Vous recevez cet e-mail car vous avez créé une alerte sur Emploi Rhône. "
                   "<a href=\"https://www.emploi-rhone.example.fr/alerte/desinscription?id=c71\" "
                   "style=\"color:#999999;\">Se désinscrire</a>",
            pixel_url="https://www.emploi-rhone.example.fr/o/c71.gif",
        ),
    },
    {
        "key": "x41", "kind": "other", "scenario": "career_mag_refus_entretien", "lang": "fr",
        "company": "", "contact": "",
        "frm": ("Le Mag Carrière", "lettre@magcarriere.example.fr"),
        "to": [("", "mateo.ql@example.pe")],
        "subject": "Candidature refusée : comment rebondir ? | Le Mag Carrière n°218",
        "date": "2026-06-06 08:00:00 +0200", "charset": "windows-1252", "cte": "quoted-printable",
        "headers": [("List-Id", "Le Mag Carriere <lettre.magcarriere.example.fr>"),
                 ("List-Unsubscribe", "<https://www.magcarriere.example.fr/desabo?u=4d21>, <mailto:desabo@magcarriere.example.fr>"),
                 ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                 ("Precedence", "bulk")],
        "html": newsletter(
            lang="fr", masthead="Le Mag Carrière", accent="#283593",
            logo_src="https://www.magcarriere.example.fr/img/mag-logo.png",
            preheader="Refus, entretien manqué, reconversion : nos conseils de la semaine",
            intro="Bonjour,<br>« Nous sommes au regret de vous informer que votre candidature n’a pas "
                  "été retenue… » Qui n’a jamais reçu ce mail ? Cette semaine, nos experts vous "
                  "expliquent comment transformer un refus en tremplin.",
            items=[
                ("Refus après entretien : faut-il demander un retour ?",
                 "https://www.magcarriere.example.fr/r?a=refus-retour&n=218",
                 "Oui, mais pas n’importe comment. Modèle de mail inclus."),
                ("J’ai raté mon entretien (vraiment raté : je n’y suis pas allé)",
                 "https://www.magcarriere.example.fr/r?a=entretien-manque&n=218",
                 "Comment s’excuser et, parfois, obtenir une seconde chance."),
                ("Reconversion : de la cuisine à la qualité agroalimentaire",
                 "https://www.magcarriere.example.fr/r?a=cuisine-qualite&n=218",
                 "Témoignages et formations courtes."),
            ],
            footer="Vous recevez cette lettre car vous êtes inscrit sur magcarriere.example.fr. "
                   "<a href=\"https://www.magcarriere.example.fr/desabo?u=4d21\" style=\"color:#999999;\">"
                   "Se désabonner</a> · Mag Carrière SAS, 10 rue de la République, 69001 Lyon – RCS Lyon "
                   "830 114 227.",
            pixel_url="https://www.magcarriere.example.fr/o/218/4d21.gif",
        ),
    },
    {
        "key": "x42", "kind": "other", "scenario": "press_interview_fr", "lang": "fr",
        "company": "", "contact": "j.roux@lyongourmand.example.fr",
        "frm": ("Juliette Roux", "j.roux@lyongourmand.example.fr"),
        "to": [ME], "subject": "Demande d'interview – Lyon Gourmand",
        "date": "2026-04-16 15:22:38 +0200", "cte": "quoted-printable",
        "text": T("""
            Bonjour Mateo,

            Je suis journaliste à Lyon Gourmand. Aurélie Bassi, du Groupe Hôtelier
            Confluence, m’a dit que vous seriez à Lyon fin avril. Nous préparons un dossier
            sur la cuisine péruvienne à Lyon et j’aimerais beaucoup vous interviewer : votre
            regard de chef liménien sur les ceviches lyonnais nous intéresse !

            Une interview d’une demi-heure autour d’un café, le 24 ou le 25 avril,
            vous conviendrait-elle ?

            Bien à vous,
            Juliette Roux
            Journaliste – Lyon Gourmand
            06 12 48 77 30
            """),
    },
    {
        "key": "x43", "kind": "other", "scenario": "flat_dossier_refuse_fr", "lang": "fr",
        "company": "", "contact": "",
        "frm": ("LogiLyon", "ne-pas-repondre@logilyon.example.fr"),
        "to": [("", "mateo.ql@example.pe")],
        "subject": "Votre dossier de location n'a pas été retenu",
        "date": "2026-06-19 10:41:05 +0200", "cte": "quoted-printable",
        "text": T("""
            Bonjour Mateo,

            Nous sommes désolés : votre dossier pour le T2 de 42 m² – rue Duguesclin, Lyon 6e
            n'a pas été retenu par le propriétaire.

            Votre dossier numérique reste actif et peut être envoyé en un clic pour d'autres
            annonces : https://www.logilyon.example.fr/r?u=annonces-similaires

            LogiLyon SAS · Merci de ne pas répondre à cet e-mail automatique.
            """),
        "html": ats_table(
            lang="fr", logo_src="https://www.logilyon.example.fr/img/logo.png",
            logo_alt="LogiLyon", accent="#00897b",
            content=P(
                "Bonjour Mateo,",
                "Nous sommes désolés : votre dossier pour le <b>T2 de 42 m² – rue Duguesclin, Lyon 6e</b> "
                "n'a pas été retenu par le propriétaire.",
                "Votre dossier numérique reste actif et peut être envoyé en un clic pour d'autres "
                "annonces.",
                "<a href=\"https://www.logilyon.example.fr/r?u=annonces-similaires\" "
                "style=\"color:#00897b;\">Voir les annonces similaires</a>",
            ),
            footer="LogiLyon SAS · Merci de ne pas répondre à cet e-mail automatique.",
            pixel_url="https://www.logilyon.example.fr/o/dossier.gif",
        ),
    },
    {
        "key": "x44", "kind": "other", "scenario": "loan_refused_pdf_quebec", "lang": "fr",
        "company": "", "contact": "",
        "frm": ("Caisse populaire du Plateau", "avis-ne-pas-repondre@caisseplateau.example.ca"),
        "to": [("", "mateo.ql@example.pe")],
        "subject": "Réponse à votre demande de financement",
        "date": "2026-10-12 11:03:26 -0400", "cte": "quoted-printable",
        "att": [("Lettre_decision_financement.pdf", [
            "CAISSE POPULAIRE DU PLATEAU", "Montreal, le 12 octobre 2026", "",
            "Objet : Demande de pret personnel no 2026-PP-31177", "",
            "Apres analyse, nous ne pouvons donner suite a votre demande de financement.",
            "Motif : historique de credit canadien insuffisant.",
            "Vous pourrez presenter une nouvelle demande apres 6 mois de residence."])],
        "text": T("""
            Bonjour,

            Vous trouverez ci-joint la lettre de décision concernant votre demande de prêt
            personnel no 2026-PP-31177.

            Nous sommes désolés de ne pas pouvoir y donner suite pour le moment : votre
            demande de financement a été refusée en raison d’un historique de crédit
            canadien insuffisant. Un conseiller pourra vous accompagner dès votre arrivée.

            Caisse populaire du Plateau
            Ce courriel a été envoyé automatiquement. Veuillez ne pas y répondre.
            """),
    },
    {
        "key": "x45", "kind": "other", "scenario": "colis_retarde", "lang": "fr",
        "company": "", "contact": "",
        "frm": ("ColisExpress", "suivi@colisexpress.example.fr"),
        "to": [("", "mateo.ql@example.pe")],
        "subject": "Votre colis est retardé",
        "date": "2026-04-27 18:10:44 +0200", "charset": "iso-8859-1", "cte": "quoted-printable",
        "hdr": ("iso-8859-1", "q"),
        "text": T("""
            Bonjour,

            Malheureusement, votre colis n° 6A20941187733 (expéditeur : Librairie
            Gastronomique de Lyon) a pris du retard suite à un incident sur notre plateforme
            de Saint-Priest.

            Nouvelle date de livraison prévue : jeudi 30 avril.
            Adresse de livraison : Hôtel Le Passage, 8 rue Sala, 69002 Lyon.

            Suivre mon colis : https://www.colisexpress.example.fr/suivi?n=6A20941187733

            ColisExpress - Ne répondez pas à ce message.
            """),
    },
    {
        "key": "x46", "kind": "other", "scenario": "friend_lyon_own_entretien", "lang": "fr",
        "company": "", "contact": "baptiste.lefevre@example.fr",
        "frm": ("Baptiste Lefèvre", "baptiste.lefevre@example.fr"),
        "to": [ME], "subject": "nouvelles de Lyon",
        "date": "2026-05-09 23:17:50 +0200", "charset": "windows-1252", "cte": "8bit",
        "text": T("""
            Salut vieux !

            Ça fait plaisir de t’avoir vu fin avril. Petite nouvelle : j’ai passé un
            entretien hier pour le poste de second au bouchon de la rue Mercière, tu sais,
            celui où on a mangé l’andouillette. Le chef m’a fait faire un service d’essai
            le soir même… je crois que c’est bon mais il me rappelle lundi.

            Et toi, des nouvelles de l’hôtel ? Croise les doigts pour moi, je croise pour toi.

            La bise,
            Baptiste

            PS : j’ai retrouvé ton couteau d’office, je te le garde.
            """),
    },
    {
        "key": "x47", "kind": "other", "scenario": "out_of_office_fr", "lang": "fr",
        "company": "", "contact": "nathalie.gros@certifalim.example.fr",
        "frm": ("Nathalie Gros", "nathalie.gros@certifalim.example.fr"),
        "to": [ME], "subject": "Réponse automatique : Absente du bureau",
        "date": "2026-07-20 08:00:31 +0200", "cte": "quoted-printable",
        "thread": ["cand:certifalim-question"],
        "headers": [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        "text": T("""
            Bonjour,

            Je suis absente du 20 juillet au 9 août inclus. Votre message ne sera pas
            transféré.

            Pour toute question urgente relative à un recrutement, merci de contacter
            l'accueil au 04 72 61 33 90.

            Cordialement,
            Nathalie Gros
            Certif'Alim
            """),
    },
    {
        "key": "x48", "kind": "other", "scenario": "immigration_declaration_recue", "lang": "fr",
        "company": "", "contact": "",
        "frm": ("Immigration Québec – Portail", "ne-pas-repondre@portail-immigration.example.ca"),
        "to": [("", "mateo.ql@example.pe")],
        "subject": "Votre déclaration d'intérêt a été reçue",
        "date": "2026-08-06 14:35:02 -0400", "cte": "base64",
        "text": T("""
            Bonjour,

            Nous avons bien reçu votre déclaration d'intérêt (numéro de dossier
            DI-2026-0881743) dans le Portail Immigration.

            Votre déclaration demeure valide pendant 12 mois. Si vous êtes invité à
            présenter une demande de sélection permanente, vous recevrez une invitation dans
            votre compte.

            Ceci est un message automatique. Merci de ne pas y répondre.
            """),
    },
    {
        "key": "x49", "kind": "other", "scenario": "own_confirmation_fr", "lang": "fr",
        "company": "", "contact": "",
        "frm": ME, "to": [("Aurélie Bassi", "aurelie.bassi@confluence-hotels.example.fr")],
        "subject": "RE: Invitation à un entretien – Responsable Hygiène & Qualité",
        "date": "2026-04-08 10:42:09 -0500", "cte": "quoted-printable",
        "mid": "<f3a9c1d07b21.5e8d40aa@mail.example.pe>",
        "thread": ["i20"],
        "text": T("""
            Bonjour Madame Bassi, je vous confirme ma présence le jeudi 23 avril à 14h30 à
            l’Hôtel Confluence Quais. Merci beaucoup.

            Mateo Quispe-Lindahl
            +51 987 654 321

            De : Aurélie Bassi <aurelie.bassi@confluence-hotels.example.fr>
            Envoyé : mercredi 8 avril 2026 09:33
            À : Mateo Quispe-Lindahl <mateo.ql@example.pe>
            Objet : Invitation à un entretien – Responsable Hygiène & Qualité

            Bonjour Monsieur Quispe-Lindahl,
            Suite à l’étude de votre candidature au poste de Responsable Hygiène & Qualité,
            nous avons le plaisir de vous proposer un entretien le jeudi 23 avril à 14h30.
            """),
    },
    # ---------------------------------------------------------------- German
    {
        "key": "x50", "kind": "other", "scenario": "karriere_newsletter_absage", "lang": "de",
        "company": "", "contact": "",
        "frm": ("FoodJobs Karriere-Newsletter", "newsletter@foodjobs-karriere.example.de"),
        "to": [("", "mateo.ql@example.pe")],
        "subject": "Absage erhalten? So machen Sie weiter | Newsletter 07/2026",
        "date": "2026-07-03 07:15:00 +0200", "cte": "quoted-printable",
        "headers": [("List-Id", "FoodJobs Karriere <karriere.foodjobs-karriere.example.de>"),
                 ("List-Unsubscribe", "<https://www.foodjobs-karriere.example.de/abmelden?u=77e>"),
                 ("Precedence", "bulk")],
        "html": newsletter(
            lang="de", masthead="FoodJobs Karriere", accent="#e65100",
            logo_src="https://www.foodjobs-karriere.example.de/img/logo-weiss.png",
            preheader="Absage, verpasstes Vorstellungsgespräch und neue Stellen in der QS",
            intro="Guten Tag,<br>„Leider müssen wir Ihnen mitteilen …“ – jede Absage tut weh. In "
                  "dieser Ausgabe erklären drei Personalerinnen aus der Lebensmittelindustrie, wie "
                  "Sie aus einer Absage lernen und was zu tun ist, wenn Sie ein Vorstellungsgespräch "
                  "verpasst haben.",
            items=[
                ("Absage nach dem Vorstellungsgespräch: Feedback richtig einholen",
                 "https://www.foodjobs-karriere.example.de/r?a=absage-feedback&n=0726",
                 "Mit Musterformulierung."),
                ("Termin verpasst – und jetzt?",
                 "https://www.foodjobs-karriere.example.de/r?a=termin-verpasst&n=0726",
                 "Ehrlich entschuldigen, neuen Termin vorschlagen."),
                ("43 neue Stellen in Qualitätssicherung und Lebensmittelsicherheit",
                 "https://www.foodjobs-karriere.example.de/r?a=stellen&n=0726",
                 "Deutschland, Österreich, Schweiz und Spanien."),
            ],
            footer="Sie erhalten diesen Newsletter, weil Sie sich bei FoodJobs angemeldet haben. "
                   "<a href=\"https://www.foodjobs-karriere.example.de/abmelden?u=77e\" "
                   "style=\"color:#999999;\">Abmelden</a><br>FoodJobs Medien GmbH · Gotenstraße 12 · "
                   "20097 Hamburg · Geschäftsführerin: Katrin Wolff · HRB 155870",
            pixel_url="https://www.foodjobs-karriere.example.de/o/0726/77e.gif",
        ),
    },
    {
        "key": "x51", "kind": "other", "scenario": "cousin_germany_own_interview", "lang": "de",
        "company": "", "contact": "jonas.lindahl@example.de",
        "frm": ("Jonas Lindahl", "jonas.lindahl@example.de"),
        "to": [ME], "subject": "Re: Absage aus Innsbruck",
        "date": "2026-05-23 11:52:14 +0200", "cte": "8bit",
        "thread": ["cand:jonas-absage"],
        "text": T("""
            Hey Mateo,

            Mist, das mit Innsbruck tut mir echt leid. Aber ehrlich: Visum hin oder her, die
            haben was verpasst.

            Bei mir gibt's auch News: Ich hatte am Donnerstag mein Vorstellungsgespräch bei
            der Brauerei in Bamberg, zweite Runde mit dem Braumeister. Lief ganz gut, glaube
            ich. Die melden sich nächste Woche. Drück mir die Daumen!

            Mama fragt, ob du im Sommer nach Malmö kommst. Oma würde sich freuen.

            Grüße aus Nürnberg
            Jonas

            Am 22.05.2026 um 03:10 schrieb Mateo Quispe-Lindahl <mateo.ql@example.pe>:

            > Hej Jonas, das Hotel in Innsbruck hat mir abgesagt – sie haben jemanden
            > genommen, der sofort anfangen kann. Leider keine Einladung zur zweiten
            > Runde. Naja, weiter geht's.
            """),
    },
    {
        "key": "x52", "kind": "other", "scenario": "abwesenheitsnotiz", "lang": "de",
        "company": "", "contact": "tobias.wendt@nordquell.example.com",
        "frm": ("Tobias Wendt", "tobias.wendt@nordquell.example.com"),
        "to": [ME], "subject": "Automatische Antwort: Bestätigung Vorstellungsgespräch",
        "date": "2026-03-03 16:44:58 +0100", "charset": "iso-8859-1", "cte": "quoted-printable",
        "hdr": ("iso-8859-1", "q"),
        "thread": ["cand:nordquell-confirm"],
        "headers": [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        "text": T("""
            Vielen Dank für Ihre Nachricht.

            Ich bin bis einschließlich 4. März nicht im Büro und habe nur eingeschränkten
            Zugriff auf meine E-Mails. Ab dem 5. März bin ich wieder für Sie da.

            In dringenden Fällen wenden Sie sich bitte an recruiting@nordquell.example.com.

            Mit freundlichen Grüßen
            Tobias Wendt
            Talent Acquisition · Nordquell Getränke AG
            """),
    },
]
