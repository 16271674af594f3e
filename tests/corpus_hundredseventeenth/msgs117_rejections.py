"""Rejections written by hand for corpus hundredseventeenth (Mateo Quispe-Lindahl)."""

from __future__ import annotations

from msgs117_common import ME, P, T, ats_table, mso, outlook, plain_ats

MESSAGES: list[dict] = [
    # R1 -- Workday, HTML only, soft wording, no reply possible.
    {
        "key": "r01", "kind": "rejection", "scenario": "workday_soft", "lang": "es",
        "company": "Molinos del Rímac", "contact": "",
        "frm": ("Molinos del Rímac Talent Acquisition", "molinosrimac@myworkday.com"),
        "to": [("", "mateo.ql@example.pe")],
        "subject": "Actualización sobre tu postulación – Analista de Aseguramiento de la Calidad (R-0417)",
        "date": "2026-01-27 08:42:11 -0500", "cte": "quoted-printable",
        "headers": [("Auto-Submitted", "auto-generated"), ("X-Mailer", "Workday Notifications")],
        "html": ats_table(
            lang="es", logo_src="https://molinosrimac.wd5.myworkdaysite.com/logo/mr_logo_azul.png",
            logo_alt="Molinos del Rímac", accent="#0b4f8a",
            preheader="Gracias por tu interés en Molinos del Rímac",
            content=P(
                "Hola Mateo:",
                "Gracias por postular a la posición <b>Analista de Aseguramiento de la Calidad</b> "
                "(R-0417) en nuestra planta de Callao y por el tiempo que dedicaste a tu postulación.",
                "Después de revisar cuidadosamente los perfiles recibidos, hemos decidido continuar "
                "con candidatos cuya experiencia en plantas de molienda y panificación industrial se "
                "ajusta más a lo que buscamos en este momento.",
                "Tu perfil permanecerá en nuestra base de talento y te animamos a revisar otras "
                "oportunidades en nuestro <a href=\"https://molinosrimac.wd5.myworkdaysite.com/es-PE/"
                "careers?utm_source=email&amp;utm_campaign=dispo\" style=\"color:#0b4f8a;\">portal de "
                "empleos</a>.",
                "Te deseamos muchos éxitos,<br>Equipo de Atracción de Talento<br>Molinos del Rímac",
            ),
            footer="Este correo fue enviado automáticamente desde una dirección que no admite "
                   "respuestas. Molinos del Rímac S.A.A. · Av. Argentina 4793, Callao, Perú.<br>"
                   "Tratamos tus datos personales conforme a la Ley N.° 29733. "
                   "<a href=\"https://molinosrimac.wd5.myworkdaysite.com/privacy\" "
                   "style=\"color:#8a9099;\">Política de privacidad</a>",
            pixel_url="https://wd5.myworkday.com/molinosrimac/email/open/8f2c1a77e0.gif",
        ),
    },
    # R2 -- after an interview, recruiter from Outlook, quoted chain holds the invitation.
    {
        "key": "r02", "kind": "rejection", "scenario": "after_interview_outlook", "lang": "es",
        "company": "Lácteos Andinos del Sur", "contact": "rocio.valdivia@lacteosandinos.example.pe",
        "frm": ("Rocío Valdivia Ponce", "rocio.valdivia@lacteosandinos.example.pe"),
        "to": [ME], "subject": "RE: Entrevista Supervisor de Inocuidad – planta Ate",
        "date": "2026-03-02 17:05:40 -0500", "cte": "8bit",
        "thread": ["i01", "cand:lacteos-followup"],
        "text": T("""
            Estimado Mateo:

            Le agradezco mucho su paciencia y el interés que mostró durante todo el proceso.
            Conversamos con el jefe de planta y con la gerencia de Calidad, y finalmente
            optamos por un candidato que ya viene trabajando con líneas de UHT y yogur
            batido, algo que para este puesto pesó bastante.

            Sé que no es la respuesta que esperaba. Su experiencia en cocina de hotel y el
            plan HACCP que nos mostró nos parecieron muy sólidos; si se abre una posición
            de analista en el laboratorio de recepción de leche me gustaría volver a
            contactarlo.

            Muchos éxitos,

            Rocío Valdivia Ponce
            Analista Senior de Selección | Gestión Humana
            Lácteos Andinos del Sur S.A.C.
            Av. Nicolás Ayllón 5120, Ate – Lima
            T. (01) 356-2210 anexo 418

            De: Mateo Quispe-Lindahl <mateo.ql@example.pe>
            Enviado: viernes, 27 de febrero de 2026 11:20
            Para: Rocío Valdivia Ponce <rocio.valdivia@lacteosandinos.example.pe>
            Asunto: RE: Entrevista Supervisor de Inocuidad – planta Ate

            Buenos días, Rocío:
            Le escribo para saber si hay novedades del proceso. Quedo atento.
            Saludos,
            Mateo

            De: Rocío Valdivia Ponce <rocio.valdivia@lacteosandinos.example.pe>
            Enviado: lunes, 9 de febrero de 2026 10:14
            Para: Mateo Quispe-Lindahl <mateo.ql@example.pe>
            Asunto: Entrevista Supervisor de Inocuidad – planta Ate

            Estimado Mateo:
            Nos complace invitarlo a una entrevista presencial para el puesto de Supervisor
            de Inocuidad el lunes 16 de febrero a las 9:30 a. m. en nuestra planta de Ate.
            Por favor confirme su asistencia respondiendo este correo.
            """),
    },
    # R3 -- one terse line from a phone, Apple Mail quote in Spanish.
    {
        "key": "r03", "kind": "rejection", "scenario": "terse_iphone", "lang": "es",
        "company": "Q'ori Kakao", "contact": "nilda.huaman@qorikakao.example.pe",
        "frm": ("Nilda Huamán", "nilda.huaman@qorikakao.example.pe"),
        "to": [ME], "subject": "Re: Postulación Responsable de Calidad",
        "date": "2026-02-04 19:02:18 -0500", "cte": "quoted-printable",
        "thread": ["cand:qori-apply"],
        "text": T("""
            Hola Mateo, gracias pero ya cubrimos el puesto. Suerte!!

            Enviado desde mi iPhone

            > El 3 feb 2026, a las 18:40, Mateo Quispe-Lindahl <mateo.ql@example.pe> escribió:
            >
            > Estimada Sra. Huamán:
            >
            > Vi en el grupo de Facebook de productores de cacao de Cusco que Q'ori Kakao busca
            > un responsable de calidad para el taller de San Blas. Soy sous-chef en Lima, con
            > certificación HACCP y experiencia en control de temperaturas, trazabilidad y
            > proveedores. Adjunto mi CV.
            >
            > Quedo a su disposición para una entrevista cuando le sea conveniente.
            >
            > Mateo Quispe-Lindahl
            > 987 654 321
            """),
    },
    # R4 -- SmartRecruiters: the scheduled interview is cancelled because the vacancy is frozen.
    {
        "key": "r04", "kind": "rejection", "scenario": "interview_cancelled_vacancy_frozen", "lang": "es",
        "company": "Alimentos La Sabana", "contact": "",
        "frm": ("Alimentos La Sabana", "no-reply@smartrecruiters.com"),
        "to": [("", "mateo.ql@example.pe")],
        "subject": "Cancelación de tu entrevista – Coordinador(a) HACCP",
        "date": "2026-04-23 14:31:02 -0500", "cte": "base64",
        "headers": [("Auto-Submitted", "auto-generated")],
        "html": ats_table(
            lang="es", logo_src="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/5f1a/alimentoslasabana.png",
            logo_alt="Alimentos La Sabana", accent="#2e7d32",
            content=P(
                "Hola Mateo,",
                "Te escribimos porque debemos <b>cancelar la entrevista</b> que teníamos agendada para "
                "el viernes 24 de abril a las 9:00 a. m. para la vacante Coordinador(a) HACCP – Planta "
                "Funza.",
                "La compañía tomó la decisión de congelar esta vacante por una reestructuración del área "
                "de Calidad, por lo que no continuaremos con el proceso de selección ni con este cargo en "
                "2026. Lamentamos mucho los inconvenientes y agradecemos el tiempo que le dedicaste.",
                "Cuando publiquemos nuevas vacantes las encontrarás en "
                "<a href=\"https://jobs.smartrecruiters.com/AlimentosLaSabana?trid=7c1e0b\" "
                "style=\"color:#2e7d32;\">nuestro sitio de empleo</a>.",
                "Un saludo cordial,<br>Equipo de Talento Humano<br>Alimentos La Sabana",
            ),
            footer="Alimentos La Sabana S.A.S. · Km 2 vía Funza–Siberia, Cundinamarca, Colombia<br>"
                   "Recibes este mensaje porque aplicaste a una vacante publicada con SmartRecruiters. "
                   "<a href=\"https://www.smartrecruiters.com/privacy-policy\" style=\"color:#8a9099;\">"
                   "Política de privacidad</a>",
            pixel_url="https://em.smartrecruiters.com/o/eJw1y0EKgCAQ.gif",
        ),
    },
    # R5 -- filled internally, Chile, Latin-1 quoted-printable.
    {
        "key": "r05", "kind": "rejection", "scenario": "filled_internally", "lang": "es",
        "company": "Frutícola Los Andes", "contact": "carolina.fuenzalida@fruticolalosandes.example.cl",
        "frm": ("Carolina Fuenzalida", "carolina.fuenzalida@fruticolalosandes.example.cl"),
        "to": [ME], "subject": "Proceso Jefe/a de Turno Aseguramiento de Calidad",
        "date": "2026-05-19 12:47:33 -0400", "charset": "iso-8859-1", "cte": "quoted-printable",
        "text": T("""
            Estimado Mateo, buenas tardes.

            Te escribo para contarte que la posición de Jefe/a de Turno de Aseguramiento de
            Calidad en nuestra central frutícola de Buin fue cubierta con un colaborador
            interno, que venía como inspector de calidad en la temporada de cerezas.

            Por esta razón cerramos el proceso externo sin avanzar a la etapa de entrevistas.
            Agradecemos harto tu interés y tu paciencia; tu CV queda guardado para futuras
            temporadas.

            Saludos cordiales,

            Carolina Fuenzalida M.
            Analista de Reclutamiento y Selección
            Frutícola Los Andes SpA
            Camino Padre Hurtado 1450, Buin, Región Metropolitana
            +56 2 2821 4400
            """),
    },
    # R6 -- speculative application, Spain, role mailbox that invites a reply, windows-1252 8bit.
    {
        "key": "r06", "kind": "rejection", "scenario": "speculative_spain", "lang": "es",
        "company": "Conservas Hermanos Albiñana", "contact": "rrhh@conservasalbinana.example.es",
        "frm": ("RRHH Conservas Albiñana", "rrhh@conservasalbinana.example.es"),
        "to": [ME], "subject": "Su candidatura espontánea",
        "date": "2026-02-12 10:03:52 +0100", "charset": "windows-1252", "cte": "8bit",
        "text": T("""
            Buenos días, Mateo:

            Muchas gracias por hacernos llegar su currículum y por su interés en trabajar
            con nosotros en la fábrica de Sueca.

            Hemos leído su carta con atención, pero en este momento no tenemos ningún puesto
            abierto en el departamento de Calidad y no prevemos incorporaciones antes de la
            campaña de verano. Por eso no podemos tener en cuenta su candidatura.

            No guardamos currículums de candidaturas espontáneas más de seis meses, según
            nuestra política de protección de datos. Si tiene cualquier duda, puede
            escribirnos a esta misma dirección y le contestaremos encantados.

            Un cordial saludo,

            Departamento de Recursos Humanos
            Conservas Hermanos Albiñana, S.L.
            Polígono Industrial El Mareny, parcela 12 – 46410 Sueca (Valencia)
            Tel. 961 70 42 18

            Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su
            destinatario. Si lo ha recibido por error, le rogamos que nos lo comunique y
            lo elimine. Conservas Hermanos Albiñana, S.L. – CIF B-46123987.
            """),
    },
    # R7 -- Ecuador, after a technical test, engineer writes himself.
    {
        "key": "r07", "kind": "rejection", "scenario": "after_test_quito", "lang": "es",
        "company": "Embutidos La Colina", "contact": "patricio.andrade@embutidoslacolina.example.ec",
        "frm": ("Ing. Patricio Andrade", "patricio.andrade@embutidoslacolina.example.ec"),
        "to": [ME], "cc": [("Talento Humano", "talentohumano@embutidoslacolina.example.ec")],
        "subject": "Resultado prueba técnica - Supervisor BPM",
        "date": "2026-06-17 16:20:09 -0500", "cte": "8bit",
        "text": T("""
            Buenas tardes Sr. Quispe-Lindahl,

            Reciba un cordial saludo de parte de Embutidos La Colina.

            Le comunicamos que una vez calificada la prueba técnica de Buenas Prácticas de
            Manufactura y sanitización que rindió el pasado 10 de junio, su puntaje (61/100)
            no alcanzó el mínimo requerido (70/100) para pasar a la entrevista final con
            Gerencia de Planta. En consecuencia no continuará en el proceso para el cargo de
            Supervisor BPM.

            Le agradecemos por su participación y le deseamos éxito en sus futuros
            emprendimientos.

            Atentamente,

            Ing. Patricio Andrade Vélez
            Jefe de Talento Humano
            EMBUTIDOS LA COLINA CÍA. LTDA.
            Panamericana Sur km 14, Quito - Ecuador
            (02) 269 4410 ext. 120
            """),
    },
    # R8 -- head-hunter relaying the named client.
    {
        "key": "r08", "kind": "rejection", "scenario": "headhunter_named_client", "lang": "es",
        "company": "Hoteles Qhapaq Ñan", "contact": "gonzalo.prado@talentogastronomico.example.pe",
        "frm": ("Gonzalo Prado | Talento Gastronómico", "gonzalo.prado@talentogastronomico.example.pe"),
        "to": [ME], "subject": "Feedback – Jefe de Calidad e Higiene, Qhapaq Ñan Cusco",
        "date": "2026-03-18 21:11:47 -0500", "cte": "quoted-printable",
        "text": T("""
            Mateo, ¿qué tal?

            Te cuento rápido porque sé que estabas esperando noticias: hoy me llamó la
            gerente de Recursos Humanos de Hoteles Qhapaq Ñan y me confirmó que no van a
            seguir con tu candidatura para la jefatura de Calidad e Higiene del hotel de
            Cusco. Se quedaron con una persona que ya trabajó con ellos en el Valle Sagrado
            y que tiene la auditoría de la cadena fresca en la cabeza.

            Me dijeron que la entrevista con el chef ejecutivo fue muy buena, ojo, y que tu
            idea de los registros digitales de temperaturas les encantó. Simplemente la
            otra persona ya conocía sus sistemas.

            No te desanimes: tengo otro par de búsquedas en marcha en Lima para el rubro de
            catering industrial y te tengo en mente. Hablamos la próxima semana.

            Un abrazo,
            Gonzalo

            Gonzalo Prado Echeverría
            Socio Consultor · Talento Gastronómico Consultores
            Calle Las Begonias 415, of. 702, San Isidro
            +51 998 120 443 · www.talentogastronomico.example.pe
            """),
    },
    # R9 -- agency does not name its client; Outlook HTML only.
    {
        "key": "r09", "kind": "rejection", "scenario": "agency_unnamed_client", "lang": "es",
        "company": "Selecta Talentos", "contact": "diana.rojas@selectatalentos.example.co",
        "frm": ("Diana Marcela Rojas", "diana.rojas@selectatalentos.example.co"),
        "to": [ME], "subject": "Proceso Líder de Calidad – cliente multinacional de alimentos",
        "date": "2026-05-08 11:56:03 -0500", "cte": "quoted-printable",
        "html": outlook(mso(
            "Buenos días Mateo,",
            "",
            "Espero que se encuentre muy bien.",
            "",
            "Quería informarle que nuestro cliente, una multinacional de alimentos con planta en "
            "Tocancipá, revisó la terna finalista para el cargo de Líder de Calidad y decidió "
            "continuar con otro candidato. Valoraron mucho su formación, pero pesó que usted aún no "
            "tiene experiencia directa en manufactura de snacks ni en auditorías FSSC 22000.",
            "",
            "Le agradezco la disponibilidad que tuvo para las pruebas psicotécnicas. Su hoja de vida "
            "queda activa en Selecta Talentos para procesos futuros.",
            "",
            "Cordialmente,",
            "",
            "<b><span style=\"color:#7a1f5c\">Diana Marcela Rojas</span></b>",
            "Consultora Senior de Selección",
            "<b>Selecta Talentos</b> | Cra. 11 # 93-46, Bogotá",
            "Cel. 310 555 7812",
            "<a href=\"https://www.linkedin.com/company/selecta-talentos-example\">LinkedIn</a>",
        ), lang="ES-CO"),
    },
    # R10 -- job platform relays an employer's status change.
    {
        "key": "r10", "kind": "rejection", "scenario": "platform_status_update", "lang": "es",
        "company": "Bebidas del Valle de Tenza", "contact": "",
        "frm": ("EmpleoYa", "notificaciones@empleoya.example.co"),
        "to": [("", "mateo.ql@example.pe")],
        "subject": "Tu postulación en Bebidas del Valle de Tenza cambió de estado",
        "date": "2026-06-02 07:15:00 -0500", "cte": "base64",
        "headers": [("List-Unsubscribe", "<https://www.empleoya.example.co/u/unsub?t=b1f93d>, <mailto:unsub@empleoya.example.co>"),
                 ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")],
        "html": ats_table(
            lang="es", logo_src="https://static.empleoya.example.co/img/logo-ey.png",
            logo_alt="EmpleoYa", accent="#ff6a00", font="Verdana, Arial, sans-serif",
            content=P(
                "Hola Mateo,",
                "La empresa <b>Bebidas del Valle de Tenza</b> actualizó el estado de tu postulación "
                "a la oferta <b>Analista de Control de Calidad – turno rotativo</b> (Garagoa, Boyacá).",
                "<span style=\"display:inline-block;padding:6px 12px;background:#fdecea;color:#b3261e;"
                "border-radius:12px;font-weight:bold;\">Estado: No seleccionado</span>",
                "La empresa revisó tu hoja de vida y decidió no continuar con tu candidatura para esta "
                "oferta. ¡No te desanimes! Hay 37 ofertas nuevas que coinciden con tu perfil.",
                "<a href=\"https://click.empleoya.example.co/c/3c9a?u=ofertas-calidad\" "
                "style=\"color:#ff6a00;font-weight:bold;\">Ver ofertas similares &rsaquo;</a>",
            ),
            footer="EmpleoYa es un servicio de Portales Laborales Andinos S.A.S. Bogotá, Colombia. "
                   "Este es un mensaje automático, por favor no respondas. "
                   "<a href=\"https://www.empleoya.example.co/u/unsub?t=b1f93d\" style=\"color:#8a9099;\">"
                   "Dejar de recibir estos correos</a> · <a href=\"https://www.empleoya.example.co/"
                   "ayuda\" style=\"color:#8a9099;\">Centro de ayuda</a>",
            pixel_url="https://click.empleoya.example.co/o/3c9a7e.gif",
        ),
    },
    # R11 -- public body, CAS results, automatic, capitals.
    {
        "key": "r11", "kind": "rejection", "scenario": "public_cas_no_apto", "lang": "es",
        "company": "Instituto Nacional de Calidad Alimentaria", "contact": "",
        "frm": ("INCAL - Convocatorias CAS", "no-responder@incal.example.pe"),
        "to": [("", "mateo.ql@example.pe")],
        "subject": "RESULTADOS EVALUACION CURRICULAR - CAS N° 014-2026-INCAL",
        "date": "2026-03-26 18:30:00 -0500", "charset": "iso-8859-1", "cte": "8bit",
        "text": T("""
            CONVOCATORIA CAS N° 014-2026-INCAL
            PUESTO: ESPECIALISTA EN VIGILANCIA SANITARIA DE ALIMENTOS (1)

            Sr(a). QUISPE LINDAHL, MATEO
            DNI: ****5518

            Se le comunica el resultado de la etapa de EVALUACIÓN CURRICULAR:

              Formación académica ............ CUMPLE
              Experiencia específica ......... NO CUMPLE (requerido: 2 años en el sector
                                               público o en inspección sanitaria)
              RESULTADO ...................... NO APTO

            Los postulantes NO APTOS no continúan en las siguientes etapas del proceso.
            Los resultados completos se publican en el portal institucional, sección
            Convocatorias.

            Oficina de Recursos Humanos
            Instituto Nacional de Calidad Alimentaria - INCAL
            Jr. Cuzco 177, Cercado de Lima

            ESTE ES UN MENSAJE AUTOMATICO. POR FAVOR NO RESPONDA A ESTE CORREO.
            """),
    },
    # R12 -- Teamtailor start-up, casual, emoji, multipart/alternative.
    {
        "key": "r12", "kind": "rejection", "scenario": "teamtailor_startup_feedback", "lang": "es",
        "company": "Proteína Verde", "contact": "",
        "frm": ("Proteína Verde", "no-reply@teamtailor-mail.com"),
        "to": [("", "mateo.ql@example.pe")],
        "subject": "Sobre tu candidatura a Food Safety & Quality Lead 🌱",
        "date": "2026-07-07 09:58:21 +0200", "cte": "quoted-printable",
        "text": T("""
            ¡Hola Mateo!

            Gracias de verdad por tu candidatura a Food Safety & Quality Lead y por la
            videollamada con Irene y Marc. Nos lo has puesto difícil.

            Al final hemos decidido seguir con otra persona que ya ha montado un sistema
            IFS Food desde cero en una planta de proteína vegetal, que es justo el reto que
            tenemos en los próximos seis meses.

            Un par de cosas que nos pidió el equipo que te dijéramos: tu caso práctico sobre
            alérgenos fue de los mejores que hemos visto, y si reforzaras la parte de
            auditorías de proveedores serías un perfil muy buscado.

            ¡Mucha suerte con todo!
            El equipo de Proteína Verde

            --
            Proteína Verde · Calle de Méndez Álvaro 56, 28045 Madrid
            Enviado con Teamtailor · Gestionar mis datos: https://proteinaverde.teamtailor.com/connect/privacy
            """),
        "html": plain_ats(
            content=P(
                "¡Hola Mateo!",
                "Gracias de verdad por tu candidatura a <b>Food Safety &amp; Quality Lead</b> y por la "
                "videollamada con Irene y Marc. Nos lo has puesto difícil.",
                "Al final hemos decidido seguir con otra persona que ya ha montado un sistema IFS Food "
                "desde cero en una planta de proteína vegetal, que es justo el reto que tenemos en los "
                "próximos seis meses.",
                "Un par de cosas que nos pidió el equipo que te dijéramos: tu caso práctico sobre "
                "alérgenos fue de los mejores que hemos visto, y si reforzaras la parte de auditorías "
                "de proveedores serías un perfil muy buscado.",
                "¡Mucha suerte con todo!<br>El equipo de Proteína Verde 🌱",
            ),
            footer="Proteína Verde · Calle de Méndez Álvaro 56, 28045 Madrid<br>Enviado con "
                   "<a href=\"https://www.teamtailor.com/?utm_source=email\" style=\"color:#6a737d;\">"
                   "Teamtailor</a> · <a href=\"https://proteinaverde.teamtailor.com/connect/privacy\" "
                   "style=\"color:#6a737d;\">Gestionar mis datos</a>",
            pixel_url="https://t.teamtailor-mail.com/o/7d1f0a2b/open.gif",
        ),
    },
    # R13 -- Personio, Spanish subsidiary of a German group, legal form S.L.U.
    {
        "key": "r13", "kind": "rejection", "scenario": "personio_slu", "lang": "es",
        "company": "Nordquell Bebidas España", "contact": "",
        "frm": ("Nordquell Bebidas España S.L.U.", "noreply@personio.de"),
        "to": [("", "mateo.ql@example.pe")],
        "subject": "Tu candidatura como Técnico/a de Calidad (m/f/d) – Guadalajara",
        "date": "2026-04-01 13:12:45 +0200", "cte": "quoted-printable",
        "html": plain_ats(
            font="Helvetica, Arial, sans-serif",
            content=P(
                "Hola Mateo:",
                "Muchas gracias por tu interés en Nordquell Bebidas España y por las conversaciones "
                "que hemos mantenido, también con nuestros compañeros de la central en Hannover.",
                "Tras valorar todas las candidaturas, lamentamos comunicarte que no podemos seguir "
                "adelante con la tuya para el puesto de Técnico/a de Calidad en la planta de "
                "embotellado de Guadalajara. Buscamos a alguien con experiencia previa en líneas de "
                "llenado aséptico.",
                "Te deseamos lo mejor en tu búsqueda.",
                "Saludos cordiales,<br>Marta Villalba<br>People &amp; Culture<br>Nordquell Bebidas España",
            ),
            footer="Nordquell Bebidas España S.L.U. · Polígono El Henares, 19004 Guadalajara · "
                   "Sociedad del grupo Nordquell Getränke AG<br>Este correo se ha enviado a través "
                   "de Personio. Las respuestas a esta dirección no se leen.",
            pixel_url="https://nordquell.jobs.personio.de/t/o/51e2b8.png",
        ),
    },
    # R14 -- Workable; the brand differs from the legal entity in the footer.
    {
        "key": "r14", "kind": "rejection", "scenario": "workable_brand_vs_entity", "lang": "es",
        "company": "Turia Fresh", "contact": "",
        "frm": ("Turia Fresh", "noreply@workablemail.com"),
        "to": [("", "mateo.ql@example.pe")],
        "subject": "Tu proceso con Turia Fresh",
        "date": "2026-09-09 16:40:27 +0200", "charset": "iso-8859-1", "cte": "quoted-printable",
        "hdr": ("iso-8859-1", "q"),
        "text": T("""
            Hola Mateo,

            Gracias por tu interés en el puesto de Responsable de Calidad de Turno en
            nuestra planta de zumos de Alboraya.

            Hemos recibido muchísimas candidaturas y, tras revisarlas, no vamos a avanzar
            con la tuya en esta ocasión. Sabemos que esperar una respuesta es duro, así que
            preferimos decírtelo cuanto antes.

            Gracias de nuevo y mucha suerte,

            Equipo de Personas · Turia Fresh
            Zumos del Turia, S.A. - CIF A46551203 - Camí de la Mar s/n, 46120 Alboraya
            """),
        "html": plain_ats(
            content=P(
                "Hola Mateo,",
                "Gracias por tu interés en el puesto de <strong>Responsable de Calidad de Turno</strong> "
                "en nuestra planta de zumos de Alboraya.",
                "Hemos recibido muchísimas candidaturas y, tras revisarlas, no vamos a avanzar con la "
                "tuya en esta ocasión. Sabemos que esperar una respuesta es duro, así que preferimos "
                "decírtelo cuanto antes.",
                "Gracias de nuevo y mucha suerte,<br><br>Equipo de Personas · <b>Turia Fresh</b>",
            ),
            footer="Zumos del Turia, S.A. - CIF A46551203 - Camí de la Mar s/n, 46120 Alboraya "
                   "(Valencia)<br>Powered by <a href=\"https://www.workable.com\" "
                   "style=\"color:#6a737d;\">Workable</a>",
        ),
    },
    # R15 -- one line, Chile, no-reply sender.
    {
        "key": "r15", "kind": "rejection", "scenario": "one_line_chile", "lang": "es",
        "company": "Viña Cerro Alegre", "contact": "",
        "frm": ("Viña Cerro Alegre - Selección", "no-responder@vinacerroalegre.example.cl"),
        "to": [("", "mateo.ql@example.pe")], "subject": "Postulación",
        "date": "2026-10-06 10:00:04 -0300", "cte": "8bit",
        "text": T("""
            Estimado Mateo: le informamos que no continuara en el proceso de Encargado/a de Calidad. Saludos, Viña Cerro Alegre.
            """),
    },
    # R16 -- after the interview, Gmail reply on top of the invitation thread.
    {
        "key": "r16", "kind": "rejection", "scenario": "after_interview_gmail_quote", "lang": "es",
        "company": "Supermercados La Canasta", "contact": "milagros.ccori@lacanasta.example.pe",
        "frm": ("Milagros Ccori", "milagros.ccori@lacanasta.example.pe"),
        "to": [ME], "subject": "Re: Entrevista - Jefe de Calidad de Cocina Central",
        "date": "2026-03-24 12:33:51 -0500", "cte": "quoted-printable",
        "thread": ["i02", "s03"],
        "text": T("""
            Hola Mateo, buenas tardes

            Gracias por venir el viernes a la cocina central de Villa El Salvador y por la
            paciencia con el cambio de fecha.

            Te escribo para contarte que decidimos avanzar con otra candidata para la
            jefatura. La decisión estuvo muy reñida; al final pesó su experiencia manejando
            auditorías de DIGESA en una central de producción de comidas preparadas.

            Te deseo lo mejor y ojalá coincidamos en otra búsqueda.

            Milagros Ccori | Business Partner de Talento | Supermercados La Canasta

            El lun, 9 mar 2026 a las 16:05, Milagros Ccori (<milagros.ccori@lacanasta.example.pe>) escribió:

            > Mateo, el jefe de producción amaneció con fiebre; pasamos tu entrevista al
            > viernes 13 a las 11:00, mismo lugar. ¿Te acomoda?
            >
            > El jue, 5 mar 2026 a las 10:20, Milagros Ccori (<milagros.ccori@lacanasta.example.pe>) escribió:
            >
            >> Hola Mateo:
            >> Te invitamos a una entrevista presencial para la posición de Jefe de Calidad
            >> de Cocina Central el martes 10 de marzo a las 10:00 a. m. en Av. Pachacútec
            >> 3980, Villa El Salvador. Trae tu DNI. ¡Te esperamos!
            """),
    },
    # R17 -- SuccessFactors, formal usted, data-protection footer.
    {
        "key": "r17", "kind": "rejection", "scenario": "successfactors_lopd", "lang": "es",
        "company": "Hoteles Alcázar & Spa", "contact": "",
        "frm": ("Hoteles Alcázar & Spa - Selección", "hoteles-alcazar@successfactors.eu"),
        "to": [("", "mateo.ql@example.pe")],
        "subject": "Hoteles Alcázar & Spa: Respuesta a su candidatura (Ref. 22871)",
        "date": "2026-08-18 09:21:13 +0200", "charset": "windows-1252", "cte": "quoted-printable",
        "html": ats_table(
            lang="es", logo_src="https://career5.successfactors.eu/ui/uicore/img/custlogo/alcazar.png",
            logo_alt="Hoteles Alcázar & Spa", accent="#8c6d3f",
            font="Georgia, 'Times New Roman', serif",
            content=P(
                "Estimado Sr. Quispe-Lindahl:",
                "Le agradecemos sinceramente el interés mostrado por la posición de "
                "<i>Responsable de Higiene Alimentaria – Hotel Alcázar Valencia</i> (Ref. 22871).",
                "Lamentamos comunicarle que, tras un minucioso análisis de su candidatura, su perfil "
                "no ha sido seleccionado para continuar en el proceso. Esta decisión no supone una "
                "valoración negativa de su trayectoria profesional.",
                "Reciba un cordial saludo,",
                "Dirección de Personas y Talento<br>Hoteles Alcázar &amp; Spa",
            ),
            footer="Responsable del tratamiento: Alcázar Hotel Management, S.A. Finalidad: gestión de "
                   "procesos de selección. Puede ejercer sus derechos de acceso, rectificación, "
                   "supresión y oposición en privacidad@alcazarhoteles.example.es. Conservaremos su "
                   "candidatura durante un máximo de 12 meses.<br>"
                   "© 2026 Hoteles Alcázar &amp; Spa – Todos los derechos reservados.",
            pixel_url="https://career5.successfactors.eu/email/track/open?id=a9d3e1",
        ),
    },
    # R18 -- Greenhouse, English, "more closely matches", multipart/alternative.
    {
        "key": "r18", "kind": "rejection", "scenario": "greenhouse_closer_match", "lang": "en",
        "company": "Andes Beverage Company", "contact": "",
        "frm": ("Andes Beverage Co. Recruiting", "no-reply@us.greenhouse-mail.io"),
        "to": [("", "mateo.ql@example.pe")],
        "subject": "Your application to Andes Beverage Company",
        "date": "2026-02-20 22:04:36 +0000", "cte": "quoted-printable",
        "text": T("""
            Hi Mateo,

            Thank you for your interest in the Quality Assurance Specialist role at our Lurín
            bottling site, and for taking the time to apply.

            We've reviewed your background carefully and have decided to move forward with
            candidates whose experience more closely matches the requirements of this
            position, particularly on carbonated soft drink lines.

            We appreciate your interest in Andes Beverage Company and wish you every success
            in your search.

            Best,
            The Andes Beverage Company Talent Team
            """),
        "html": plain_ats(
            content=P(
                "Hi Mateo,",
                "Thank you for your interest in the Quality Assurance Specialist role at our Lurín "
                "bottling site, and for taking the time to apply.",
                "We've reviewed your background carefully and have decided to move forward with "
                "candidates whose experience more closely matches the requirements of this position, "
                "particularly on carbonated soft drink lines.",
                "We appreciate your interest in Andes Beverage Company and wish you every success in "
                "your search.",
                "Best,<br>The Andes Beverage Company Talent Team",
            ),
            footer="Sent via <a href=\"https://www.greenhouse.io\" style=\"color:#6a737d;\">Greenhouse</a>. "
                   "Andes Beverage Company S.A., Av. Industrial 220, Lurín, Lima, Peru.",
            pixel_url="https://us.greenhouse-mail.io/o/7b1ac33f.gif",
        ),
    },
    # R19 -- after the final round, UK certification body, quoted Outlook chain with an invitation.
    {
        "key": "r19", "kind": "rejection", "scenario": "after_final_round_uk", "lang": "en",
        "company": "Quantum Food Assurance", "contact": "harriet.cole@quantumfa.example.com",
        "frm": ("Harriet Cole", "harriet.cole@quantumfa.example.com"),
        "to": [ME], "subject": "RE: Final interview - Junior Food Safety Auditor (LATAM)",
        "date": "2026-02-25 15:48:19 +0000", "cte": "quoted-printable",
        "thread": ["i15", "cand:quantum-final-thanks"],
        "text": T("""
            Dear Mateo,

            Thank you for meeting Sanjay and me on Monday for the final round, and for the
            mock audit exercise, which you handled calmly.

            I'm sorry to say that we have offered the position to another candidate. It was
            a close decision; in the end we went with someone who already holds a BRCGS
            lead auditor qualification and can start auditing solo from day one. If you
            complete the lead auditor course this year, please do get back in touch.

            Kind regards,

            Harriet Cole
            Talent Partner, Americas
            Quantum Food Assurance Ltd
            T +44 20 7946 0321

            Quantum Food Assurance Ltd. Registered in England No 08812345. Registered
            office: 14 Tanner Street, London SE1 3LE. This e-mail is confidential and
            intended solely for the addressee.

            From: Mateo Quispe-Lindahl <mateo.ql@example.pe>
            Sent: 23 February 2026 18:02
            To: Harriet Cole <harriet.cole@quantumfa.example.com>
            Subject: RE: Final interview - Junior Food Safety Auditor (LATAM)

            Dear Harriet, many thanks to you and Sanjay for today's conversation. I really
            enjoyed the mock audit. Best regards, Mateo

            From: Harriet Cole <harriet.cole@quantumfa.example.com>
            Sent: 16 February 2026 10:11
            To: Mateo Quispe-Lindahl <mateo.ql@example.pe>
            Subject: Final interview - Junior Food Safety Auditor (LATAM)

            Dear Mateo,
            Great news - we would like to invite you to a final interview with Sanjay
            Mehta, our Technical Director, on Monday 23 February at 14:00 UK time (09:00
            Lima). Please confirm and I'll send a Teams link.
            """),
    },
    # R20 -- Lever; the role is on hold and the process ends; Reply-To a recruiter.
    {
        "key": "r20", "kind": "rejection", "scenario": "lever_role_on_hold", "lang": "en",
        "company": "Maple & Rye Foods", "contact": "jordan.pike@mapleandrye.example.ca",
        "frm": ("Maple & Rye Foods", "no-reply@hire.lever.co"),
        "reply_to": ("Jordan Pike", "jordan.pike@mapleandrye.example.ca"),
        "to": [("", "mateo.ql@example.pe")],
        "subject": "Update",
        "date": "2026-05-12 16:27:55 -0400", "cte": "quoted-printable",
        "text": T("""
            Hi Mateo,

            I wanted to let you know personally that the Food Safety Coordinator role at our
            Saint-Laurent bakery has been put on hold following a budget review, and we will
            not be proceeding with the hiring process. I know you gave us a lot of your time
            across two interviews, and I'm sorry this is how it ends.

            If the role is reopened later in the year it will be posted again publicly, and
            you'd be welcome to apply.

            Thanks again,
            Jordan Pike
            Talent Acquisition Lead, Maple & Rye Foods
            """),
        "html": plain_ats(
            content=P(
                "Hi Mateo,",
                "I wanted to let you know personally that the Food Safety Coordinator role at our "
                "Saint-Laurent bakery has been put on hold following a budget review, and we will not "
                "be proceeding with the hiring process. I know you gave us a lot of your time across "
                "two interviews, and I'm sorry this is how it ends.",
                "If the role is reopened later in the year it will be posted again publicly, and "
                "you'd be welcome to apply.",
                "Thanks again,<br>Jordan Pike<br>Talent Acquisition Lead, Maple &amp; Rye Foods",
            ),
            footer="Maple &amp; Rye Foods Inc. · 2250 boul. Thimens, Saint-Laurent, QC H4R 1K8<br>"
                   "Sent with Lever. <a href=\"https://hire.lever.co/candidate-privacy?c=mapleandrye\" "
                   "style=\"color:#6a737d;\">Privacy</a>",
            pixel_url="https://hire.lever.co/email/o/0f9d7c5a",
        ),
    },
    # R21 -- iCIMS, filled, HTML only.
    {
        "key": "r21", "kind": "rejection", "scenario": "icims_position_filled", "lang": "en",
        "company": "Solstice Hotels & Resorts", "contact": "",
        "frm": ("Solstice Hotels & Resorts Careers", "careers-noreply@solsticehotels.icims.com"),
        "to": [("", "mateo.ql@example.pe")],
        "subject": "Quality & Hygiene Manager - Solstice Cartagena (Req 5521)",
        "date": "2026-06-29 11:03:40 -0400", "cte": "base64",
        "html": ats_table(
            lang="en", logo_src="https://solsticehotels.icims.com/images/branding/solstice_logo_gold.png",
            logo_alt="Solstice Hotels & Resorts", accent="#c89b3c",
            content=P(
                "Dear Mateo,",
                "Thank you for applying for the <b>Quality &amp; Hygiene Manager</b> position at "
                "Solstice Cartagena.",
                "We would like to inform you that this position has now been filled. We truly "
                "appreciate the time you invested in your application and encourage you to keep "
                "an eye on <a href=\"https://careers-solsticehotels.icims.com/jobs/search?ss=1&amp;"
                "utm_medium=email\" style=\"color:#9a7526;\">our career site</a> for future openings.",
                "Warm regards,<br>Solstice Hotels &amp; Resorts Talent Acquisition",
            ),
            footer="Please do not reply to this message; this mailbox is not monitored.<br>"
                   "Solstice Hotels &amp; Resorts is an equal opportunity employer. "
                   "© 2026 Solstice Hospitality Holdings LLC.",
            pixel_url="https://solsticehotels.icims.com/icims2?mode=track&id=77a0c4",
        ),
    },
    # R22 -- terse reply; the company is in the quoted signature; "Original Message" format.
    {
        "key": "r22", "kind": "rejection", "scenario": "terse_went_other_direction", "lang": "en",
        "company": "Harvest Table Catering", "contact": "dev.malhotra@harvesttable.example.ca",
        "frm": ("Dev Malhotra", "dev.malhotra@harvesttable.example.ca"),
        "to": [ME], "subject": "RE: Following up",
        "date": "2026-07-30 18:12:06 -0400", "cte": "8bit",
        "thread": ["cand:harvest-followup"],
        "text": T("""
            Hi Mateo - we went another direction. Thanks for your time. -D

            -----Original Message-----
            From: Mateo Quispe-Lindahl <mateo.ql@example.pe>
            Sent: Tuesday, July 28, 2026 9:40 AM
            To: Dev Malhotra <dev.malhotra@harvesttable.example.ca>
            Subject: Following up

            Hi Dev,

            Just checking in on the QA Supervisor opening after our call two weeks ago. I'm
            still very interested and happy to do a working interview in the commissary if
            that helps.

            Best,
            Mateo

            -----Original Message-----
            From: Dev Malhotra <dev.malhotra@harvesttable.example.ca>
            Sent: Monday, July 13, 2026 4:02 PM
            To: Mateo Quispe-Lindahl <mateo.ql@example.pe>
            Subject: QA Supervisor - commissary kitchen

            Thanks for the chat today, Mateo. We'll be in touch by end of month.

            Dev Malhotra | Kitchen Operations Manager | Harvest Table Catering
            514-555-0187
            """),
    },
    # R23 -- Ashby, short HTML.
    {
        "key": "r23", "kind": "rejection", "scenario": "ashby_plain_no", "lang": "en",
        "company": "Pacific Rim Seafoods", "contact": "",
        "frm": ("Pacific Rim Seafoods", "no-reply@ashbyhq.com"),
        "to": [("", "mateo.ql@example.pe")],
        "subject": "Pacific Rim Seafoods | QA Supervisor (night shift)",
        "date": "2026-08-05 02:14:55 +0000", "cte": "quoted-printable",
        "text": T("""
            Hi Mateo,

            Thanks for applying to the QA Supervisor (night shift) role at our Puerto Montt
            processing plant. After reviewing your application, we won't be moving forward
            at this time.

            We're grateful you considered Pacific Rim Seafoods.

            - Pacific Rim Seafoods Recruiting

            Powered by Ashby - Open roles: https://jobs.ashbyhq.com/pacificrimseafoods
            """),
        "html": plain_ats(
            font="Inter, Helvetica, Arial, sans-serif",
            content=P(
                "Hi Mateo,",
                "Thanks for applying to the QA Supervisor (night shift) role at our Puerto Montt "
                "processing plant. After reviewing your application, we won't be moving forward at "
                "this time.",
                "We're grateful you considered Pacific Rim Seafoods.",
                "— Pacific Rim Seafoods Recruiting",
            ),
            footer="Powered by Ashby · <a href=\"https://jobs.ashbyhq.com/pacificrimseafoods\" "
                   "style=\"color:#6a737d;\">Open roles</a>",
            pixel_url="https://app.ashbyhq.com/api/email/open/5c4b3a2d",
        ),
    },
    # R24 -- Taleo, French, Latin-1.
    {
        "key": "r24", "kind": "rejection", "scenario": "taleo_regret", "lang": "fr",
        "company": "Fromageries du Bugey", "contact": "",
        "frm": ("Fromageries du Bugey - Recrutement", "fromageriesdubugey@taleo.net"),
        "to": [("", "mateo.ql@example.pe")],
        "subject": "Votre candidature au poste de Technicien Qualité H/F - Belley",
        "date": "2026-04-14 08:05:39 +0200", "charset": "iso-8859-1", "cte": "quoted-printable",
        "hdr": ("iso-8859-1", "q"),
        "html": ats_table(
            lang="fr", logo_src="https://fromageriesdubugey.taleo.net/careersection/theme/logo_fdb.gif",
            logo_alt="Fromageries du Bugey", accent="#d4a017",
            content=P(
                "Bonjour Monsieur Quispe-Lindahl,",
                "Nous vous remercions de l'intérêt que vous portez à notre groupe et à notre site de "
                "Belley.",
                "Après une étude attentive de votre dossier, nous sommes au regret de vous informer "
                "que votre candidature au poste de <b>Technicien Qualité H/F</b> n'a pas été retenue. "
                "Le profil recherché demandait une expérience de l'affinage et des analyses "
                "microbiologiques en laiterie.",
                "Nous conservons votre candidature dans notre base pendant deux ans, sauf opposition "
                "de votre part.",
                "Nous vous prions d'agréer, Monsieur, l'expression de nos salutations distinguées.",
                "Le Service Ressources Humaines<br>Fromageries du Bugey",
            ),
            footer="Fromageries du Bugey SAS - 12 route de Virieu, 01300 Belley - RCS Bourg-en-Bresse "
                   "412 998 031.<br>Merci de ne pas répondre à ce message généré automatiquement.",
            pixel_url="https://fromageriesdubugey.taleo.net/careersection/o.gif?c=3310",
        ),
    },
    # R25 -- head-hunter in Lyon who does not name the client; windows-1252.
    {
        "key": "r25", "kind": "rejection", "scenario": "cabinet_unnamed_client", "lang": "fr",
        "company": "Cabinet Dorval Recrutement", "contact": "c.dorval@dorval-recrutement.example.fr",
        "frm": ("Claire Dorval", "c.dorval@dorval-recrutement.example.fr"),
        "to": [ME], "subject": "Retour de mon client – poste Responsable HSE/Qualité",
        "date": "2026-06-11 18:44:10 +0200", "charset": "windows-1252", "cte": "quoted-printable",
        "text": T("""
            Bonsoir Mateo,

            Comme promis, je reviens vers vous après le comité de mon client, un fabricant
            de biscuits de l’Ain d’environ 180 salariés.

            Ils ont apprécié votre énergie et votre culture « terrain », mais ils ne
            donneront pas suite : ils souhaitent quelqu’un qui a déjà porté une
            certification IFS en tant que responsable, et qui parle couramment la
            réglementation française (PMS, agrément sanitaire…). C’est un peu tôt pour
            vous sur ce poste-là.

            Je garde votre dossier sous le coude ; plusieurs missions de technicien qualité
            devraient s’ouvrir à la rentrée.

            Bien à vous,

            Claire Dorval
            Associée – Cabinet Dorval Recrutement
            27 quai Saint-Vincent – 69001 Lyon
            06 71 22 48 90
            """),
    },
    # R26 -- Québec, filled internally, Outlook French quote with "offre d'emploi" in it.
    {
        "key": "r26", "kind": "rejection", "scenario": "quebec_internal", "lang": "fr",
        "company": "Aliments Mont-Royal", "contact": "genevieve.tremblay@alimentsmontroyal.example.ca",
        "frm": ("Geneviève Tremblay", "genevieve.tremblay@alimentsmontroyal.example.ca"),
        "to": [ME], "subject": "RE: Candidature – Technicien(ne) en assurance qualité",
        "date": "2026-09-22 14:37:26 -0400", "cte": "quoted-printable",
        "thread": ["cand:amr-apply", "cand:amr-followup"],
        "text": T("""
            Bonjour Mateo,

            Merci pour l’entrevue de la semaine dernière et pour votre patience.

            Je dois malheureusement vous annoncer que nous avons retenu une candidature à
            l’interne pour le poste de technicien(ne) en assurance qualité : une employée de
            la production qui terminait son AEC en qualité a été promue. Le comité a tout de
            même souligné la qualité de votre présentation sur le plan HACCP.

            Je vous souhaite bon succès dans vos démarches d’immigration et de recherche.

            Geneviève Tremblay, CRHA
            Conseillère principale, acquisition de talents
            Aliments Mont-Royal inc.
            8400, boul. Pie-IX, Montréal (Québec) H1Z 3T6
            514 555-0142, poste 231

            De : Mateo Quispe-Lindahl <mateo.ql@example.pe>
            Envoyé : 15 septembre 2026 10:02
            À : Geneviève Tremblay <genevieve.tremblay@alimentsmontroyal.example.ca>
            Objet : RE: Candidature – Technicien(ne) en assurance qualité

            Bonjour Madame Tremblay,
            Merci encore pour l’entrevue. Je reste très intéressé par l’offre d’emploi et
            disponible pour toute information complémentaire.
            Cordialement,
            Mateo

            De : Mateo Quispe-Lindahl <mateo.ql@example.pe>
            Envoyé : 28 août 2026 21:15
            À : Geneviève Tremblay <genevieve.tremblay@alimentsmontroyal.example.ca>
            Objet : Candidature – Technicien(ne) en assurance qualité

            Madame, je vous soumets ma candidature à votre offre d’emploi publiée sur
            EmploisQC et je serais heureux de vous rencontrer en entrevue.
            """),
    },
    # R27 -- spontaneous application to a lab, Latin-1 8bit, signed by a person.
    {
        "key": "r27", "kind": "rejection", "scenario": "spontaneous_lab", "lang": "fr",
        "company": "Laboratoire Rhône Analyses", "contact": "sandrine.morel@rhone-analyses.example.fr",
        "frm": ("Sandrine Morel", "sandrine.morel@rhone-analyses.example.fr"),
        "to": [ME], "subject": "Votre candidature spontanée",
        "date": "2026-01-19 11:26:58 +0100", "charset": "iso-8859-1", "cte": "8bit",
        "text": T("""
            Monsieur,

            Nous avons bien reçu votre candidature spontanée pour un poste de technicien
            de laboratoire en microbiologie alimentaire et nous vous en remercions.

            Nous ne sommes malheureusement pas en mesure d'y répondre favorablement : nos
            recrutements de techniciens exigent un BTS ou un DUT en biologie, et notre
            équipe est au complet pour l'année.

            Nous vous souhaitons pleine réussite dans votre projet de reconversion.

            Sandrine Morel
            Chargée des ressources humaines
            Laboratoire Rhône Analyses
            ZI de la Feyssine - 69100 Villeurbanne
            04 72 44 18 06
            """),
    },
    # R28 -- start-up in Lyon via SmartRecruiters, "tu", HTML.
    {
        "key": "r28", "kind": "rejection", "scenario": "startup_tutoiement", "lang": "fr",
        "company": "Biscuiterie Lumière", "contact": "",
        "frm": ("Biscuiterie Lumière", "notifications@smartrecruiters.com"),
        "to": [("", "mateo.ql@example.pe")],
        "subject": "On revient vers toi 🍪",
        "date": "2026-05-27 17:52:30 +0200", "cte": "quoted-printable",
        "html": ats_table(
            lang="fr", logo_src="https://c.smartrecruiters.com/sr-company-logo/biscuiterielumiere.png",
            logo_alt="Biscuiterie Lumière", accent="#f28c28",
            font="'Trebuchet MS', Arial, sans-serif",
            content=P(
                "Salut Mateo !",
                "Merci d'avoir postulé chez nous pour le poste d'<b>Assistant·e Qualité</b> à l'atelier "
                "de Vaise. On a lu ton parcours avec beaucoup de curiosité (cuisinier à Lima, c'est "
                "pas banal !).",
                "On a bien aimé ton profil, mais on a choisi d'avancer avec une personne déjà "
                "présente en France et disponible tout de suite. On ne va donc pas poursuivre avec "
                "ta candidature pour ce poste.",
                "On te souhaite plein de belles choses pour la suite 🙌",
                "L'équipe Biscuiterie Lumière",
            ),
            footer="Biscuiterie Lumière SAS · 41 rue Marietton, 69009 Lyon<br>"
                   "<a href=\"https://www.smartrecruiters.com/privacy-policy\" style=\"color:#8a9099;\">"
                   "Confidentialité</a> · Cet e-mail t'a été envoyé via SmartRecruiters.",
            pixel_url="https://em.smartrecruiters.com/o/eJwFwQkN.gif",
        ),
    },
    # R29 -- Québec public body; a role mailbox that invites questions.
    {
        "key": "r29", "kind": "rejection", "scenario": "public_quebec_dotation", "lang": "fr",
        "company": "Centre québécois de salubrité alimentaire", "contact": "dotation@cqsa.example.ca",
        "frm": ("Dotation - CQSA", "dotation@cqsa.example.ca"),
        "to": [ME], "subject": "Processus de qualification 2026-INS-07 – Résultat",
        "date": "2026-10-14 10:15:00 -0400", "cte": "base64",
        "text": T("""
            Monsieur Mateo Quispe-Lindahl,

            Objet : Processus de qualification no 2026-INS-07 – Inspectrice ou inspecteur
            des aliments

            Nous vous remercions d’avoir participé à l’examen écrit du processus cité en
            objet, le 2 octobre dernier.

            Nous vous informons que vous n’avez pas obtenu la note de passage (60 %) à
            cet examen. Votre candidature ne pourra donc pas être retenue pour l’étape de
            l’entrevue, et votre participation à ce processus prend fin.

            Pour toute question concernant ce résultat, vous pouvez écrire à l’équipe de
            dotation à l’adresse dotation@cqsa.example.ca en indiquant le numéro du
            processus.

            Veuillez agréer, Monsieur, nos salutations distinguées.

            L’équipe de dotation
            Centre québécois de salubrité alimentaire
            200, chemin Sainte-Foy, Québec (Québec) G1R 4X6
            """),
    },
    # R30 -- softgarden, German, Sie, legal footer.
    {
        "key": "r30", "kind": "rejection", "scenario": "softgarden_absage", "lang": "de",
        "company": "Lebensmittelprüfinstitut Dr. Brenner", "contact": "",
        "frm": ("Lebensmittelprüfinstitut Dr. Brenner GmbH", "jobs@brenner-labor.softgarden.io"),
        "to": [("", "mateo.ql@example.pe")],
        "subject": "Ihre Bewerbung als Qualitätssicherungsbeauftragter (m/w/d)",
        "date": "2026-03-10 15:33:48 +0100", "cte": "quoted-printable",
        "html": ats_table(
            lang="de", logo_src="https://brenner-labor.softgarden.io/assets/logo_brenner.png",
            logo_alt="Lebensmittelprüfinstitut Dr. Brenner", accent="#005a9c",
            content=P(
                "Sehr geehrter Herr Quispe-Lindahl,",
                "vielen Dank für Ihre Bewerbung und das damit verbundene Interesse an einer Tätigkeit "
                "in unserem Institut in Bremen.",
                "Leider müssen wir Ihnen mitteilen, dass wir uns für eine Bewerberin entschieden haben, "
                "deren Profil unseren Anforderungen – insbesondere der Erfahrung mit akkreditierten "
                "Prüfverfahren nach DIN EN ISO/IEC 17025 – noch besser entspricht.",
                "Ihre Unterlagen werden gemäß DSGVO sechs Monate nach Abschluss des Verfahrens gelöscht.",
                "Wir wünschen Ihnen für Ihren weiteren beruflichen Weg alles Gute.",
                "Mit freundlichen Grüßen<br>Personalabteilung<br>Lebensmittelprüfinstitut Dr. Brenner",
            ),
            footer="Lebensmittelprüfinstitut Dr. Brenner GmbH · Am Speicher XI 8 · 28217 Bremen<br>"
                   "Geschäftsführer: Dr. Clemens Brenner, Dr. Ulrike Sand · Amtsgericht Bremen HRB "
                   "21874<br>Diese E-Mail wurde automatisch über softgarden versendet.",
            pixel_url="https://brenner-labor.softgarden.io/mail/open/4e7f1b.png",
        ),
    },
    # R31 -- hotel group, du-Form, after video call, German "Am ... schrieb" quote.
    {
        "key": "r31", "kind": "rejection", "scenario": "du_form_after_video", "lang": "de",
        "company": "Hotelgruppe Alpenglanz", "contact": "lena.hofer@alpenglanz.example.com",
        "frm": ("Lena Hofer", "lena.hofer@alpenglanz.example.com"),
        "to": [ME], "subject": "Re: Videointerview Hygienebeauftragter Küche",
        "date": "2026-05-21 09:47:02 +0200", "cte": "8bit",
        "thread": ["cand:alpenglanz-thanks"],
        "text": T("""
            Hallo Mateo,

            danke dir nochmal für das nette Videogespräch letzte Woche und auch für deine
            Nachricht danach.

            Wir haben uns jetzt intern abgestimmt und uns leider für jemanden entschieden,
            der schon ab Juni in Innsbruck vor Ort sein kann. Die Visumsfrage hätte bei dir
            einfach zu lange gedauert, und die Saison wartet nicht. Das hat wirklich nichts
            mit deiner Erfahrung zu tun, die fanden wir alle super.

            Ich wünsche dir ganz viel Erfolg und vielleicht ja bis zur nächsten Saison!

            Liebe Grüße
            Lena

            Lena Hofer | People & Culture | Hotelgruppe Alpenglanz
            Maria-Theresien-Straße 21, 6020 Innsbruck

            Am 14.05.2026 um 22:18 schrieb Mateo Quispe-Lindahl <mateo.ql@example.pe>:

            > Hallo Lena,
            > vielen Dank für das Gespräch heute! Ich freue mich auf eure Rückmeldung und
            > hoffe, bald die Einladung zum zweiten Interview mit dem Küchenchef zu
            > bekommen.
            > Viele Grüße aus Lima
            > Mateo
            """),
    },
]
