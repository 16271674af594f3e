"""Corpus 182: interview invitations (26), reschedules/cancellations (15), missed interviews (10)."""

from __future__ import annotations

from msgs182_common import (
    CANDIDATE,
    CANDIDATE_ADDR,
    SIG_DE,
    SIG_EN,
    ats_card,
    forwarded,
    mso,
    outlook_block,
    outlook_html,
    paras,
    reply,
)

INV = "interview_invitation"
RES = "interview_reschedule_or_cancel"
MIS = "missed_interview_notice"

LUCIA = ("Lucía Restrepo Gaviria", "lucia.restrepo@pagaloya.example.co")
ANDRES = ("Andrés Felipe Cárdenas", "andres.cardenas@colibripagos.example.co")
PAOLA = ("Paola Méndez", "paola.mendez@andinatelecom.example.com.co")
XIMENA = ("Ximena Garza", "ximena.garza@monedita.example.mx")
MARIANA = ("Mariana Zuluaga", "mariana.zuluaga@talentomontana.example.com.co")
IRENE = ("Irene Calvo", "irene.calvo@nubeclara.example.es")
LAURA = ("Laura Pineda", "laura.pineda@mandao.example.co")
AISHA = ("Aisha Okafor", "aisha.okafor@maplepay.example.ca")
MEGAN = ("Megan Holt", "megan.holt@lonestarledger.example.com")
HANNAH = ("Hannah Weiss", "hannah.weiss@lindencloud.example.de")
GENEVIEVE = ("Geneviève Tremblay", "genevieve@studioplateau.example.ca")
OLIVIER = ("Olivier Gagnon", "olivier.gagnon@paiementsmr.example.ca")
JANA = ("Jana Köhler", "jana.koehler@kiezpay.example.de")

PAGALOYA_SIG = (
    "Lucía Restrepo Gaviria\n"
    "Talent Partner | Pagaloya\n"
    "Cra. 37 #8A-32, Provenza, Medellín\n"
    "+57 604 555 0190"
)

MESSAGES: list[dict] = [
    # ================================================================== interview_invitation
    # ---------------------------------------------------------------- es 1: Pagaloya, ics
    dict(
        kind=INV, slug="pagaloya_video_interview_ics", lang="es", company="Pagaloya",
        contact=LUCIA[1], frm=LUCIA, key="pagaloya-invite", parents=["pagaloya-ack"],
        cc=[("Santiago Ochoa", "santiago.ochoa@pagaloya.example.co")],
        subject="Entrevista UX Writer - Pagaloya | martes 17 de febrero",
        date="2026-02-10 09:31 -0500",
        text=(
            "Hola Camila,\n\n"
            "¡Qué bueno saludarte! Tu perfil nos gustó mucho y queremos conocerte.\n\n"
            "Te propongo una entrevista por video el martes 17 de febrero a las 10:00 a.m. "
            "(hora Colombia), de unos 45 minutos, con Santiago Ochoa, nuestro Head of Content "
            "Design, y conmigo. Vamos a hablar de tu paso de la caja del banco a la escritura "
            "de producto y de cómo te acercarías a los textos de nuestra app.\n\n"
            "Te adjunto la invitación de calendario con el enlace de Google Meet. Si el horario "
            "no te funciona, respóndeme y buscamos otro.\n\n"
            "Un abrazo,\n" + PAGALOYA_SIG + "\n"
        ),
        html=paras(
            "Hola Camila,\n\n"
            "¡Qué bueno saludarte! Tu perfil nos gustó mucho y queremos conocerte.\n\n"
            "Te propongo una entrevista por video el martes 17 de febrero a las 10:00 a.m. "
            "(hora Colombia), de unos 45 minutos, con Santiago Ochoa, nuestro Head of Content "
            "Design, y conmigo. Vamos a hablar de tu paso de la caja del banco a la escritura "
            "de producto y de cómo te acercarías a los textos de nuestra app.\n\n"
            "Te adjunto la invitación de calendario con el enlace de Google Meet. Si el horario "
            "no te funciona, respóndeme y buscamos otro.\n\n"
            "Un abrazo,\n" + PAGALOYA_SIG
        ),
        ics=dict(
            uid="pagaloya-uxw-0217@pagaloya.example.co", start="2026-02-17 10:00 -0500",
            minutes=45, summary="Entrevista UX Writer - Camila Fitzgerald-Huamán",
            location="https://meet.example.co/pgl-uxw-cfh",
            description="Entrevista con Santiago Ochoa y Lucía Restrepo.",
            organizer=LUCIA, attendees=[CANDIDATE, ("Santiago Ochoa",
                                                    "santiago.ochoa@pagaloya.example.co")],
            attach=True, filename="invite.ics",
        ),
    ),
    # ---------------------------------------------------------------- es 2: Lever scheduling link
    dict(
        kind=INV, slug="colibri_lever_scheduling_link", lang="es", company="Colibrí Pagos",
        contact=ANDRES[1], key="colibri-invite",
        frm=("Andrés Felipe Cárdenas (Colibrí Pagos)", "no-reply@hire.lever.co"),
        reply_to=ANDRES, name_enc=("utf-8", "B"),
        subject="Colibrí Pagos: agenda tu entrevista para Redactora UX",
        date="2026-01-20 15:12 +0000",
        html=(
            '<div style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#111">\n'
            "<p>Hola Camila,</p>\n"
            "<p>Gracias por postularte a <b>Redactora UX</b> en Colibrí Pagos. Nos gustaría "
            "tener una primera entrevista de 30 minutos contigo por Google Meet.</p>\n"
            "<p>Elige el horario que mejor te quede en el siguiente enlace (los horarios están "
            "en hora de Bogotá):</p>\n"
            '<p><a href="https://hire.lever.co/interview-scheduling/colibripagos/7f3a91c2">'
            "Elegir horario</a></p>\n"
            "<p>¡Hablamos pronto!<br>Andrés Felipe Cárdenas<br>Reclutador Sr. | Colibrí Pagos"
            "</p>\n"
            '<p style="color:#999;font-size:11px">Enviado a través de Lever</p>\n</div>'
        ),
    ),
    # ---------------------------------------------------------------- es 3: second chance
    dict(
        kind=INV, slug="colibri_second_chance", lang="es", company="Colibrí Pagos",
        contact=ANDRES[1], frm=ANDRES, key="colibri-reinvite",
        parents=["colibri-invite", "colibri-missed"],
        subject="Nueva fecha para tu entrevista con Colibrí Pagos",
        date="2026-01-29 08:14 -0500",
        cte="8bit",
        text=(
            "Hola Camila,\n\n"
            "Entiendo que el miércoles se te complicó la conexión. Te propongo que lo "
            "intentemos de nuevo el martes 3 de febrero a las 9:00 a.m. por Google Meet "
            "(mismo enlace). ¿Te sirve?\n\n"
            "Andrés Felipe Cárdenas\nReclutador Sr. | Colibrí Pagos\n"
        ),
    ),
    # ---------------------------------------------------------------- es 4: panel, Outlook + ics
    dict(
        kind=INV, slug="andina_panel_outlook_ics", lang="es", company="Andina Telecom",
        contact=PAOLA[1], frm=PAOLA, key="andina-panel", parents=["andina-ack"],
        cc=[("Hernando Ríos", "hernando.rios@andinatelecom.example.com.co"),
            ("Luisa Fernanda Prieto", "luisa.prieto@andinatelecom.example.com.co")],
        subject="Citación a entrevista con panel - UX Writer Sr. (Ref. 51907)",
        date="2026-08-12 11:05 -0500",
        cte="qp", alt=True,
        html=outlook_html(mso(
            "Buenos días, Camila:\n"
            "\n"
            "Nos complace invitarte a la entrevista con panel para el cargo UX Writer Sr. "
            "(Ref. 51907).\n"
            "\n"
            "Fecha: jueves 20 de agosto de 2026\n"
            "Hora: 2:00 p. m. a 3:15 p. m. (hora Colombia)\n"
            "Modalidad: Microsoft Teams (el enlace va en la invitación adjunta)\n"
            "Panel: Ing. Hernando Ríos (Gerente de Canales Digitales), Luisa Fernanda Prieto "
            "(Líder de Diseño) y quien te escribe.\n"
            "\n"
            "Te pediremos que presentes durante 10 minutos un texto que hayas mejorado y nos "
            "cuentes el antes y el después.\n"
            "\n"
            "Por favor acepta la invitación de calendario para confirmar.\n"
            "\n"
            "Cordialmente,\n"
            "Paola Méndez\n"
            "Analista de Atracción de Talento | Andina Telecom\n"
            "Calle 100 #7-33, Torre 1, Bogotá D.C.\n"
            "PBX +57 601 555 9000 ext. 4417\n"
            "\n"
            "La información contenida en este correo es confidencial y de uso exclusivo del "
            "destinatario. Andina Telecom no se hace responsable por opiniones personales del "
            "remitente."
        )),
        ics=dict(
            uid="andina-51907-panel@andinatelecom.example.com.co",
            start="2026-08-20 14:00 -0500", minutes=75,
            summary="Entrevista panel UX Writer Sr. - Camila Fitzgerald-Huamán",
            location="Microsoft Teams",
            description="Únete: https://teams.example.com/l/meetup-join/andina-51907",
            organizer=PAOLA,
            attendees=[CANDIDATE, ("Hernando Ríos", "hernando.rios@andinatelecom.example.com.co"),
                       ("Luisa Fernanda Prieto", "luisa.prieto@andinatelecom.example.com.co")],
            prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        ),
    ),
    # ---------------------------------------------------------------- es 5: assessment centre
    dict(
        kind=INV, slug="monedita_assessment_centre", lang="es", company="Monedita",
        contact=XIMENA[1], key="monedita-assess", parents=["monedita-ack"],
        frm=("Monedita", "noreply@workablemail.com"), reply_to=XIMENA,
        subject="Te invitamos a nuestra jornada de evaluación | UX Writer",
        date="2026-05-18 10:40 -0600",
        alt=True, cte="b64",
        headers=[("Auto-Submitted", "auto-generated"),
                 ("List-Unsubscribe", "<https://apply.workable.com/monedita/unsubscribe?c=cfh>")],
        pdf=[dict(
            name="Guia_jornada_evaluacion_Monedita.pdf", title="Monedita - Jornada de evaluación",
            lines=["Jueves 28 de mayo de 2026", "9:00 Bienvenida y dinámica grupal",
                   "10:30 Ejercicio de escritura en equipo", "12:00 Presentaciones",
                   "13:00 Entrevistas individuales", "14:00 Cierre"],
        )],
        html=ats_card(
            "Monedita", "#f59e0b",
            "<p>¡Hola Camila!</p>\n"
            "<p>Nos da mucho gusto contarte que pasaste el filtro inicial para <b>UX Writer</b>. "
            "El siguiente paso es nuestra jornada de evaluación grupal:</p>\n"
            "<ul><li><b>Fecha:</b> jueves 28 de mayo de 2026</li>\n"
            "<li><b>Horario:</b> 9:00 a 14:00 (hora del centro de México)</li>\n"
            "<li><b>Lugar:</b> Av. Insurgentes Sur 1602, Piso 9, Col. Crédito Constructor</li>\n"
            "<li><b>Dinámica:</b> ejercicio de escritura en equipo, presentación breve y "
            "entrevista individual</li></ul>\n"
            "<p>Confírmanos tu asistencia antes del lunes. Si no puedes viajar, avísanos y "
            "vemos opciones.</p>\n"
            "<p>Saludos,<br>Ximena Garza · Talent Acquisition</p>",
            "Monedita · Ciudad de México · Enviado a través de Workable",
            button=("Confirmar asistencia", "https://apply.workable.com/monedita/j/4B1C9/confirm"),
        ),
    ),
    # ---------------------------------------------------------------- es 6: agency, client interview
    dict(
        kind=INV, slug="talento_montana_cordillera_interview", lang="es",
        company="Seguros Cordillera", contact=MARIANA[1], frm=MARIANA,
        key="montana-cordillera-invite", parents=["montana-reg"],
        subject="Entrevista en Seguros Cordillera - miércoles 28 de enero",
        date="2026-01-21 16:22 -0500",
        cte="qp",
        text=(
            "Hola Camila,\n\n"
            "¡Buenas noticias! Seguros Cordillera revisó tu hoja de vida y quiere entrevistarte "
            "para la vacante de Redactora de Experiencia Digital.\n\n"
            "Cuándo: miércoles 28 de enero, 9:30 a.m.\n"
            "Dónde: Torre Cordillera, Cra. 43A #14-109, piso 12 (pregunta en recepción por "
            "Adriana Mejía, jefa de Experiencia Digital)\n"
            "Duración: una hora aproximadamente; llevan una prueba corta de microcopy.\n\n"
            "Confírmame por aquí y te mando tips sobre la cultura de la empresa.\n\n"
            "Mariana Zuluaga\n"
            "Consultora de Selección | Talento Montaña\n"
            "Cl. 10 #42-28, Of. 503, Medellín\n"
            "Cel. +57 310 555 7721\n"
        ),
    ),
    # ---------------------------------------------------------------- es 7: Ashby confirmation ics
    dict(
        kind=INV, slug="nubeclara_ashby_confirmed_ics", lang="es", company="Nubeclara",
        contact=IRENE[1], key="nubeclara-invite",
        frm=("Nubeclara (vía Ashby)", "no-reply@ashbyhq.com"), reply_to=IRENE,
        subject="Entrevista confirmada: Content Designer - Nubeclara",
        date="2026-05-05 08:15 +0000",
        html=ats_card(
            "Nubeclara", "#0ea5e9",
            "<p>Hola, Camila:</p>\n"
            "<p>Tu entrevista para <b>Content Designer</b> está confirmada.</p>\n"
            "<p><b>martes 12 de mayo de 2026, 16:00 - 16:45 (CEST)</b><br>"
            "Con: Irene Calvo (Content Design Lead) y Marcos Gil (Product Manager)<br>"
            "Dónde: Google Meet, el enlace está en la invitación</p>\n"
            "<p>Si necesitas cambiar la hora, responde a este correo y Irene te ayudará.</p>",
            "Nubeclara · Calle de Alcalá 120, Madrid · Programado con Ashby",
        ),
        text=(
            "Hola, Camila:\n\n"
            "Tu entrevista para Content Designer está confirmada.\n\n"
            "martes 12 de mayo de 2026, 16:00 - 16:45 (CEST)\n"
            "Con: Irene Calvo (Content Design Lead) y Marcos Gil (Product Manager)\n"
            "Dónde: Google Meet, el enlace está en la invitación\n\n"
            "Si necesitas cambiar la hora, responde a este correo y Irene te ayudará.\n"
        ),
        ics=dict(
            uid="ashby-8c1e55d0-nubeclara@ashbyhq.com", start="2026-05-12 16:00 +0200",
            minutes=45, summary="Entrevista Content Designer - Nubeclara",
            location="https://meet.example.es/nbc-cd-0512", organizer=IRENE,
            attendees=[CANDIDATE, ("Marcos Gil", "marcos.gil@nubeclara.example.es")],
            prodid="-//Ashby//Scheduling//EN",
        ),
    ),
    # ---------------------------------------------------------------- es 8: phone-screen ask
    dict(
        kind=INV, slug="mandao_phone_screen_ask", lang="es", company="Mandao",
        contact=LAURA[1], frm=LAURA, key="mandao-screen", parents=["mandao-ack"],
        subject="¿Hablamos el jueves?", subj_enc=("utf-8", "Q"),
        date="2026-03-09 10:02 -0500",
        text=(
            "Hola Camila, ¿cómo estás?\n\n"
            "Soy Laura, del equipo de talento de Mandao. Leí tu postulación para UX Writer y "
            "me gustaría conocerte en una llamada corta.\n\n"
            "¿Tienes 20 minutos el jueves 12 a las 11:00 a.m.? Te llamo al celular que dejaste "
            "en el formulario. Si no te queda bien, dime dos horarios que te sirvan esta "
            "semana.\n\n"
            "Laura Pineda\n"
            "Talent Partner · Mandao\n"
        ),
    ),
    # ---------------------------------------------------------------- es 9: casual coffee
    dict(
        kind=INV, slug="bosque_creativo_tinto", lang="es", company="Bosque Creativo",
        contact="julian.rojas@bosquecreativo.example.co",
        frm=("Julián Rojas", "julian.rojas@bosquecreativo.example.co"), key="bosque-invite",
        subject="¿Un tinto el jueves?",
        date="2026-06-10 17:48 -0500",
        cte="8bit",
        text=(
            "Quiubo Camila,\n\n"
            "Vi tu portafolio (me lo pasó Daniela de Letra Clara) y me gustaría mucho "
            "charlar contigo sobre una vacante de redactora UX que estamos armando en Bosque "
            "Creativo.\n\n"
            "¿Estás libre el jueves 18 para tomarnos un tinto? Si no vienes a Bogotá esa semana, "
            "lo hacemos por videollamada a las 4:00 p.m. Media horita, bien relajado.\n\n"
            "Julián\n"
            "Director Creativo · Bosque Creativo\n"
            "Cl. 69 #5-40, Chapinero, Bogotá\n"
        ),
    ),
    # ---------------------------------------------------------------- es 10: recorded video, latin1
    dict(
        kind=INV, slug="valle_credito_recorded_video", lang="es", company="Valle Crédito",
        contact="", key="valle-invite", parents=["valle-ack"],
        frm=("Valle Crédito", "noreply@smartrecruiters.com"),
        subject="Siguiente paso: entrevista en video - Redactor(a) de Contenidos Digitales",
        date="2026-01-27 13:30 +0000",
        charset="iso-8859-1", cte="qp",
        text=(
            "Hola Camila:\n\n"
            "Tu postulación avanzó a la siguiente etapa. Te invitamos a grabar una entrevista "
            "en video de tres preguntas, a tu ritmo, desde el computador o el celular.\n\n"
            "Enlace: https://jobs.smartrecruiters.com/ValleCredito/video/8812-cfh\n"
            "Plazo: hasta el viernes 30 de enero a las 11:59 p.m.\n"
            "Duración estimada: 15 minutos (tendrás 2 minutos por respuesta).\n\n"
            "Si tienes problemas técnicos, escríbenos desde el portal.\n\n"
            "Selección y Desarrollo - Valle Crédito\n"
        ),
    ),
    # ---------------------------------------------------------------- es 11: trial day, Cali
    dict(
        kind=INV, slug="tejido_digital_trial_day", lang="es", company="Tejido Digital",
        contact="camilo.lozano@tejidodigital.example.com.co",
        frm=("Camilo Lozano", "camilo.lozano@tejidodigital.example.com.co"),
        key="tejido-trial",
        subject="Día de prueba en Tejido Digital (pago)",
        date="2026-07-20 12:15 -0500",
        cte="b64",
        text=(
            "Hola Camila:\n\n"
            "Como hablamos por teléfono, queremos que vengas a un día de prueba con el equipo de "
            "contenidos. Es pago (te reconocemos el día completo y los pasajes Medellín - "
            "Cali).\n\n"
            "Fecha: martes 28 de julio, de 8:30 a.m. a 5:00 p.m.\n"
            "Lugar: Cl. 5 #38-25, San Fernando, Cali\n"
            "Qué haremos: vas a trabajar con nosotros en los textos del onboarding de un "
            "cliente del sector salud; almorzamos juntos y al final hacemos una retro de 30 "
            "minutos.\n\n"
            "Trae tu portátil. Confírmame si te queda bien la fecha para comprar los tiquetes.\n\n"
            "Camilo Lozano\n"
            "Head of Content · Tejido Digital\n"
            "+57 602 555 6620\n"
        ),
        pdf=[dict(
            name="Agenda_dia_de_prueba.pdf", title="Tejido Digital - Agenda del día de prueba",
            lines=["Martes 28 de julio de 2026", "8:30 Llegada y café",
                   "9:00 Briefing del cliente", "12:30 Almuerzo con el equipo",
                   "14:00 Trabajo en textos de onboarding", "16:30 Retro"],
        )],
    ),
    # ---------------------------------------------------------------- es 12: agency sets client
    dict(
        kind=INV, slug="jacaranda_sets_ahuehuete_interview", lang="es",
        company="Banca Ahuehuete", contact="rodrigo.salinas@jacarandatalento.example.mx",
        frm=("Rodrigo Salinas | Grupo Jacaranda", "rodrigo.salinas@jacarandatalento.example.mx"),
        key="jacaranda-invite", parents=["jacaranda-ack"],
        subject="Entrevista con Banca Ahuehuete - martes 14 de abril",
        date="2026-04-09 11:20 -0600",
        alt=True,
        html=outlook_html(mso(
            "Hola Camila:\n"
            "\n"
            "Banca Ahuehuete quiere entrevistarte para la vacante de Redactora UX. Quedó "
            "agendada el martes 14 de abril a las 10:00 (hora CDMX) por Teams, con Mónica "
            "Ibarra, gerente de Canales Digitales. Te mando la liga un día antes.\n"
            "\n"
            "Saludos,\n"
            "Rodrigo\n"
            "\n"
            "Rodrigo Salinas\n"
            "Consultor Senior · Grupo Jacaranda Talento\n"
            "Paseo de la Reforma 505, Cuauhtémoc, CDMX\n"
            "+52 55 5555 0193"
        )),
    ),
    # ---------------------------------------------------------------- es 13: in-person, Outlook
    dict(
        kind=INV, slug="farallones_in_person_outlook", lang="es", company="Farallones Software",
        contact="valentina.munoz@farallones.example.co",
        frm=("Valentina Muñoz", "valentina.munoz@farallones.example.co"),
        key="farallones-invite",
        subject="Invitación a entrevista - UX Writer - Farallones Software",
        date="2026-09-01 09:45 -0500",
        charset="windows-1252", cte="qp",
        text=(
            "Hola Camila:\n\n"
            "Queremos invitarte a una entrevista presencial para la vacante de UX Writer el "
            "jueves 10 de septiembre a las 2:00 p. m. en nuestra oficina (Av. 9N #10-50, "
            "Granada). Conocerás a Hernán, nuestro Product Designer principal, y a mí.\n\n"
            "Por favor confírmanos tu asistencia respondiendo este correo.\n\n"
            "Saludos,\n"
            "Valentina Muñoz\n"
            "Líder de Talento | Farallones Software\n"
            "Av. 9N #10-50, Granada, Cali\n"
            "+57 602 555 4471\n"
        ),
        html=outlook_html(mso(
            "Hola Camila:\n"
            "\n"
            "Queremos invitarte a una entrevista presencial para la vacante de UX Writer el "
            "jueves 10 de septiembre a las 2:00 p. m. en nuestra oficina (Av. 9N #10-50, "
            "Granada). Conocerás a Hernán, nuestro Product Designer principal, y a mí.\n"
            "\n"
            "Por favor confírmanos tu asistencia respondiendo este correo.\n"
            "\n"
            "Saludos,\n"
            "Valentina Muñoz\n"
            "Líder de Talento | Farallones Software\n"
            "Av. 9N #10-50, Granada, Cali\n"
            "+57 602 555 4471"
        ), charset="windows-1252"),
    ),
    # ---------------------------------------------------------------- en 14: phone screen
    dict(
        kind=INV, slug="maplepay_phone_screen", lang="en", company="Maplepay",
        contact=AISHA[1], frm=AISHA, key="maplepay-screen", parents=["maplepay-ack"],
        subject="UX Writer, Payments - 30 min phone screen?",
        date="2026-03-20 13:47 -0400",
        text=(
            "Hi Camila,\n\n"
            "Thanks for applying to the UX Writer, Payments role. I'd love to set up a "
            "30-minute phone screen to learn more about you and walk you through the team.\n\n"
            "Would Thursday, March 26 at 10:00 a.m. Toronto time (9:00 a.m. in Medellín) work? "
            "We'd do it over Microsoft Teams; I'll send the link once you confirm.\n\n"
            "Best,\n"
            "Aisha\n\n"
            "Aisha Okafor (she/her)\n"
            "Talent Acquisition Partner | Maplepay\n"
            "100 King St W, Suite 3100, Toronto ON M5X 1A9\n"
        ),
    ),
    # ---------------------------------------------------------------- en 15: Greenhouse link
    dict(
        kind=INV, slug="lonestar_greenhouse_scheduling", lang="en", company="Lonestar Ledger",
        contact=MEGAN[1], key="lonestar-screen", parents=["lonestar-ack"],
        frm=("Megan Holt via Greenhouse", "no-reply@us.greenhouse-mail.io"), reply_to=MEGAN,
        subject="Lonestar Ledger - let's schedule your recruiter call",
        date="2026-07-08 16:20 +0000",
        text=(
            "Hi Camila,\n\n"
            "Thanks for your interest in the Content Designer role at Lonestar Ledger! I'd like "
            "to schedule a 30-minute recruiter call.\n\n"
            "Please pick a time that works for you here:\n"
            "https://app.greenhouse.io/scheduling/candidate/5f21c0d9e8\n\n"
            "All times are shown in your local time zone.\n\n"
            "Megan Holt\n"
            "Senior Recruiter, Lonestar Ledger\n"
        ),
        html=(
            "<p>Hi Camila,</p>\n"
            "<p>Thanks for your interest in the Content Designer role at Lonestar Ledger! I'd "
            "like to schedule a 30-minute recruiter call.</p>\n"
            "<p>Please pick a time that works for you here:<br>"
            '<a href="https://app.greenhouse.io/scheduling/candidate/5f21c0d9e8">Choose a '
            "time</a></p>\n"
            "<p>All times are shown in your local time zone.</p>\n"
            "<p>Megan Holt<br>Senior Recruiter, Lonestar Ledger</p>"
        ),
    ),
    # ---------------------------------------------------------------- en 16: panel with ics
    dict(
        kind=INV, slug="lonestar_panel_ics", lang="en", company="Lonestar Ledger",
        contact=MEGAN[1], frm=MEGAN, key="lonestar-panel",
        parents=["lonestar-ack", "lonestar-screen"],
        cc=[("Derek Shaw", "derek.shaw@lonestarledger.example.com")],
        subject="Invitation: Panel interview - Content Designer @ Wed Jul 22, 2026 1pm - 2:30pm (CDT)",
        date="2026-07-15 09:12 -0500",
        text=(
            "Hi Camila,\n\n"
            "Great news: the team would like to move you to the panel interview. Here are the "
            "details:\n\n"
            "When: Wednesday, July 22, 1:00-2:30 p.m. Central (same time in Medellín)\n"
            "Where: Zoom (link in the calendar invite)\n"
            "Who: Derek Shaw (Director of Design), Alicia Romero (Senior Content Designer) and "
            "Sam Patel (Product Manager, Payments)\n\n"
            "The first 20 minutes are a portfolio walkthrough; please pick one project and "
            "show your process.\n\n"
            "Please accept the invite so I know it's on your calendar.\n\n"
            "Megan Holt\n"
            "Senior Recruiter | Lonestar Ledger\n"
            "500 W 2nd St, Austin, TX 78701\n"
        ),
        ics=dict(
            uid="3k9v1q8c0lonestar@lonestarledger.example.com",
            start="2026-07-22 13:00 -0500", minutes=90,
            summary="Panel interview - Content Designer",
            location="https://zoom.example.com/j/88120457731",
            description="Portfolio walkthrough (20 min), then Q&A with the panel.",
            organizer=MEGAN,
            attendees=[CANDIDATE, ("Derek Shaw", "derek.shaw@lonestarledger.example.com"),
                       ("Alicia Romero", "alicia.romero@lonestarledger.example.com"),
                       ("Sam Patel", "sam.patel@lonestarledger.example.com")],
            prodid="-//Google Inc//Google Calendar 70.9054//EN", attach=True,
        ),
    ),
    # ---------------------------------------------------------------- en 17: take-home + call
    dict(
        kind=INV, slug="tumbleweed_take_home_and_call", lang="en", company="Tumbleweed Pay",
        contact="jess.alvarado@tumbleweedpay.example.com", key="tumbleweed-invite",
        frm=("Tumbleweed Pay", "no-reply@ashbyhq.com"),
        reply_to=("Jess Alvarado", "jess.alvarado@tumbleweedpay.example.com"),
        subject="Next step with Tumbleweed Pay: take-home + review call",
        date="2026-02-16 17:30 +0000",
        alt=True,
        html=ats_card(
            "Tumbleweed Pay", "#b45309",
            "<p>Hi Camila,</p>\n"
            "<p>Thanks for chatting with us last week. We'd like to invite you to the next "
            "stage for the <b>UX Writer</b> role:</p>\n"
            "<ol><li>A short take-home exercise (about 3 hours): rewrite the error states and "
            "onboarding copy of a mock card app. We'll send it on Monday, Feb 23.</li>\n"
            "<li>A 45-minute review call on <b>Friday, Feb 27 at 10:00 a.m. CT</b> to walk us "
            "through your choices.</li></ol>\n"
            "<p>Reply to this email if that date doesn't work.</p>\n"
            "<p>Jess Alvarado<br>Recruiting, Tumbleweed Pay</p>",
            "Tumbleweed Pay · Austin, TX · Sent with Ashby",
        ),
    ),
    # ---------------------------------------------------------------- en 18: final round, ics
    dict(
        kind=INV, slug="linden_cloud_final_round_ics", lang="en", company="Linden Cloud",
        contact=HANNAH[1], frm=HANNAH, key="linden-invite",
        subject="Final round - UX Writer at Linden Cloud",
        date="2026-09-03 14:25 +0200",
        cte="qp",
        text=(
            "Dear Camila,\n\n"
            "Thank you for the thoughtful answers in our first conversation. We'd like to invite "
            "you to the final round: two back-to-back sessions on Thursday, 10 September, "
            "15:00-16:30 Berlin time (08:00-09:30 in Medellín).\n\n"
            "Session 1: a live exercise on our billing emails with Jonas (Product Design).\n"
            "Session 2: a conversation with Priyanka (VP Product) and me.\n\n"
            "The calendar invite is attached. Looking forward to it!\n\n"
            "Hannah Weiss\n"
            "Head of Content Design, Linden Cloud\n"
            "Rosenthaler Str. 40, 10178 Berlin\n"
        ),
        ics=dict(
            uid="linden-final-cfh-0910@lindencloud.example.de", start="2026-09-10 15:00 +0200",
            minutes=90, summary="Final round: Camila Fitzgerald-Huamán (UX Writer)",
            location="Google Meet", organizer=HANNAH,
            description="Session 1 with Jonas, session 2 with Priyanka and Hannah.",
            attendees=[CANDIDATE, ("Jonas Becker", "jonas.becker@lindencloud.example.de")],
        ),
    ),
    # ---------------------------------------------------------------- en 19: staffing sets client
    dict(
        kind=INV, slug="barton_sets_hill_country_interview", lang="en",
        company="Hill Country Mobile", contact="tyler.nguyen@bartoncreek.example.com",
        frm=("Tyler Nguyen", "tyler.nguyen@bartoncreek.example.com"), key="barton-invite",
        parents=["barton-ack"],
        subject="Interview set: Hill Country Mobile, Thu 6/18 9:30 CT",
        date="2026-06-15 14:02 -0500",
        text=(
            "Hi Camila,\n\n"
            "Good news - Hill Country Mobile wants to talk to you about the UX Writer contract "
            "(6 months, likely to extend).\n\n"
            "I've booked you in with Rachel Kim, their Design Manager:\n"
            "Thursday June 18, 9:30-10:15 a.m. Central, over Zoom.\n"
            "Link: https://zoom.example.com/j/91355520418\n\n"
            "Rachel will ask about your work on the teller scripts and how you'd approach plan "
            "comparison pages. Call me tomorrow if you want to prep together.\n\n"
            "Tyler Nguyen\n"
            "Senior Recruiter | Barton Creek Staffing\n"
            "512-555-0178\n"
        ),
    ),
    # ---------------------------------------------------------------- en 20: casual chat
    dict(
        kind=INV, slug="harbourfront_free_thursday", lang="en",
        company="Harbourfront Digital", contact="ben.achterberg@harbourfront.example.ca",
        frm=("Ben Achterberg", "ben.achterberg@harbourfront.example.ca"),
        key="harbourfront-chat", parents=["harbourfront-app"],
        subject="Re: Application - UX Writer (remote-friendly)",
        date="2026-04-20 09:18 -0400",
        text=(
            "Hi Camila,\n\n"
            "Thanks for the note and the portfolio link - the ATM prompts piece made me smile. "
            "Are you free Thursday to chat for half an hour? Anything after 10am Toronto time "
            "works for me; just send me a time and I'll send a Google Meet.\n\n"
            "Ben\n\n"
            + reply("en", "Mon, Apr 13, 2026 at 8:02 PM", "Camila Fitzgerald-Huamán",
                    CANDIDATE_ADDR,
                    "Dear Harbourfront team,\n\n"
                    "I'm applying for the UX Writer position posted on your site. For six years "
                    "I've worked as a bank teller in Medellín, where I rewrote our branch's "
                    "customer notices, and I've since completed a UX writing certificate.\n\n"
                    "My portfolio: https://camilafh.example.com.co/portafolio\n\n"
                    + SIG_EN)
            + "\n"
        ),
    ),
    # ---------------------------------------------------------------- en 21: head-hunter, client
    dict(
        kind=INV, slug="queen_west_lakeshore_meeting", lang="en", company="Lakeshore Bank",
        contact="graham.peters@queenwestsearch.example.ca",
        frm=("Graham Peters", "graham.peters@queenwestsearch.example.ca"),
        key="queenwest-invite", parents=["queenwest-cold"],
        subject="Lakeshore Bank would like to meet you",
        date="2026-08-18 11:37 -0400",
        text=(
            "Camila,\n\n"
            "Following our call last week: Lakeshore Bank has read your profile and would like "
            "to meet you for the Senior UX Writer, Digital Banking role.\n\n"
            "Proposed: Tuesday, August 25, 2:00-3:00 p.m. Eastern, video call with Maureen "
            "O'Sullivan (Head of Digital Experience) and one of her leads. They'll focus on "
            "plain-language work and regulated content.\n\n"
            "Let me know today if that works and I'll confirm with them.\n\n"
            "Graham Peters | Partner\n"
            "Queen West Search | 621 Queen St W, Toronto\n"
            "m. 416-555-0147\n"
        ),
    ),
    # ---------------------------------------------------------------- fr 22: Studio Plateau, ics
    dict(
        kind=INV, slug="studio_plateau_entrevue_ics", lang="fr", company="Studio Plateau",
        contact=GENEVIEVE[1], frm=GENEVIEVE, key="plateau-invite",
        subject="Invitation à une entrevue – Rédactrice UX", subj_enc=("utf-8", "B"),
        date="2026-06-02 10:05 -0400",
        cte="qp",
        text=(
            "Bonjour Camila,\n\n"
            "Merci pour ta candidature au poste de rédactrice UX au Studio Plateau. Ton parcours "
            "nous a beaucoup plu et nous aimerions te rencontrer.\n\n"
            "Je te propose une entrevue en visio le mardi 9 juin à 10 h (heure de Montréal), "
            "soit 9 h à Medellín. Nous serons deux : Félix, notre directeur de création, et "
            "moi. Prévois environ une heure.\n\n"
            "L'invitation est jointe. Si l'horaire ne convient pas, écris-moi.\n\n"
            "Au plaisir,\n"
            "Geneviève Tremblay\n"
            "Directrice des opérations | Studio Plateau\n"
            "4450, rue Saint-Denis, Montréal (Québec) H2J 2L1\n"
        ),
        ics=dict(
            uid="plateau-ux-cfh@studioplateau.example.ca", start="2026-06-09 10:00 -0400",
            minutes=60, summary="Entrevue – Rédactrice UX (Camila Fitzgerald-Huamán)",
            location="Zoom", organizer=GENEVIEVE,
            attendees=[CANDIDATE, ("Félix Ouellet", "felix@studioplateau.example.ca")],
            inline=False, attach=True, filename="entrevue.ics",
        ),
    ),
    # ---------------------------------------------------------------- fr 23: PMR meeting, ics
    dict(
        kind=INV, slug="paiements_mr_rencontre", lang="fr", company="Paiements Mont-Royal",
        contact=OLIVIER[1], frm=OLIVIER, key="pmr-invite", parents=["pmr-ack"],
        subject="Rencontre – Rédactrice de contenu produit", date="2026-07-13 15:40 -0400",
        text=(
            "Bonjour Camila,\n\n"
            "Nous aimerions vous rencontrer pour discuter du poste de rédactrice de contenu "
            "produit. Je vous propose le mardi 21 juillet à 11 h (heure de l'Est), par Teams, "
            "pour 45 minutes avec Amélie Roy, gestionnaire de produit, et moi.\n\n"
            "Vous trouverez l'invitation ci-dessous. N'hésitez pas à me proposer un autre "
            "moment si nécessaire.\n\n"
            "Cordialement,\n"
            "Olivier Gagnon\n"
            "Partenaire d'affaires RH | Paiements Mont-Royal\n"
            "1250, boul. René-Lévesque Ouest, Montréal\n"
        ),
        html=paras(
            "Bonjour Camila,\n\n"
            "Nous aimerions vous rencontrer pour discuter du poste de rédactrice de contenu "
            "produit. Je vous propose le mardi 21 juillet à 11 h (heure de l'Est), par Teams, "
            "pour 45 minutes avec Amélie Roy, gestionnaire de produit, et moi.\n\n"
            "Vous trouverez l'invitation ci-dessous. N'hésitez pas à me proposer un autre "
            "moment si nécessaire.\n\n"
            "Cordialement,\n"
            "Olivier Gagnon\n"
            "Partenaire d'affaires RH | Paiements Mont-Royal\n"
            "1250, boul. René-Lévesque Ouest, Montréal"
        ),
        ics=dict(
            uid="pmr-redaction-0721@paiementsmr.example.ca", start="2026-07-21 11:00 -0400",
            minutes=45, summary="Rencontre – Camila Fitzgerald-Huamán", location="Microsoft Teams",
            organizer=OLIVIER,
            attendees=[CANDIDATE, ("Amélie Roy", "amelie.roy@paiementsmr.example.ca")],
            prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        ),
    ),
    # ---------------------------------------------------------------- fr 24: agency sets client
    dict(
        kind=INV, slug="boreal_sets_outremont_interview", lang="fr",
        company="Logiciels Outremont", contact="sophie.lavoie@boreal-rh.example.ca",
        frm=("Sophie Lavoie", "sophie.lavoie@boreal-rh.example.ca"), key="boreal-invite",
        subject="Entrevue chez Logiciels Outremont", date="2026-10-01 09:31 -0400",
        cte="8bit",
        text=(
            "Bonjour Camila,\n\n"
            "Logiciels Outremont aimerait te rencontrer pour le poste de rédactrice UX. Je te "
            "propose le mercredi 7 octobre à 13 h (heure de Montréal), en visio. Confirme-moi "
            "ta disponibilité.\n\n"
            "Sophie\n\n"
            "Sophie Lavoie\n"
            "Conseillère en recrutement | Recrutement Boréal\n"
            "514 555-0162\n"
        ),
    ),
    # ---------------------------------------------------------------- de 25: Personio + ics
    dict(
        kind=INV, slug="kiezpay_personio_einladung_ics", lang="de", company="Kiezpay",
        contact=JANA[1], key="kiezpay-invite", parents=["kiezpay-ack"],
        frm=("Jana Köhler (Kiezpay)", "kiezpay-jobs@personio.de"), reply_to=JANA,
        name_enc=("iso-8859-1", "Q"),
        subject="Einladung zum Kennenlernen – UX Writer (m/w/d)",
        date="2026-04-09 11:50 +0200",
        alt=True, cte="qp",
        html=ats_card(
            "Kiezpay", "#16a34a",
            "<p>Liebe Camila,</p>\n"
            "<p>vielen Dank für Ihre Bewerbung. Wir möchten Sie gern in einem ersten Gespräch "
            "kennenlernen.</p>\n"
            "<p><b>Donnerstag, 16. April 2026, 14:00–14:45 Uhr (Berlin)</b><br>"
            "per Google Meet, mit Felix Brandt (Lead UX Writing) und mir.</p>\n"
            "<p>Die Kalendereinladung finden Sie im Anhang. Das Gespräch kann gern auf Englisch "
            "stattfinden.</p>\n"
            "<p>Viele Grüße<br>Jana Köhler<br>Talent Acquisition</p>",
            "Kiezpay GmbH · Oranienstraße 185 · 10999 Berlin · Bewerbermanagement von Personio",
        ),
        ics=dict(
            uid="personio-kiezpay-7731@personio.de", start="2026-04-16 14:00 +0200",
            minutes=45, summary="Kennenlernen UX Writer – Camila Fitzgerald-Huamán",
            location="Google Meet", organizer=JANA,
            attendees=[CANDIDATE, ("Felix Brandt", "felix.brandt@kiezpay.example.de")],
            inline=False, attach=True, filename="einladung.ics",
        ),
    ),
    # ---------------------------------------------------------------- de 26: trial day, Recruitee
    dict(
        kind=INV, slug="wortwerk_probearbeitstag", lang="de", company="Wortwerk",
        contact="lena.hoffmann@wortwerk.example.de", key="wortwerk-trial",
        frm=("Lena Hoffmann – Wortwerk", "no-reply@jobs.recruitee.com"),
        reply_to=("Lena Hoffmann", "lena.hoffmann@wortwerk.example.de"),
        subject="Probearbeitstag bei Wortwerk", date="2026-10-05 13:10 +0200",
        cte="qp",
        text=(
            "Hallo Camila,\n\n"
            "nach unserem Videocall möchten wir Sie herzlich zu einem bezahlten "
            "Probearbeitstag einladen – gern auch remote, da Sie noch in Medellín sind.\n\n"
            "Termin: Montag, 12. Oktober, 9:00–16:00 Uhr (Berliner Zeit)\n"
            "Ablauf: Briefing mit dem Team, ein echtes Kundenprojekt (App einer Krankenkasse, "
            "auf Englisch), kurze Abschlussrunde.\n\n"
            "Bitte bestätigen Sie kurz per Antwort auf diese Mail.\n\n"
            "Beste Grüße\n"
            "Lena Hoffmann\n"
            "Studio Lead, Wortwerk Agentur für UX Writing\n"
            "Lychener Str. 12, 10437 Berlin\n"
        ),
    ),
    # ================================================================== reschedule / cancel
    # ---------------------------------------------------------------- es 1: Pagaloya moved, seq 1
    dict(
        kind=RES, slug="pagaloya_moved_sequence1", lang="es", company="Pagaloya",
        contact=LUCIA[1], frm=LUCIA, key="pagaloya-move",
        parents=["pagaloya-ack", "pagaloya-invite"],
        subject="Cambio de horario: Entrevista UX Writer - Pagaloya",
        date="2026-02-13 17:05 -0500",
        text=(
            "Hola Camila,\n\n"
            "Te pido un favor: a Santiago le cruzaron un comité el martes 17 en la mañana. "
            "¿Podemos pasar la entrevista al jueves 19 de febrero a las 3:00 p.m.? Te envío "
            "la invitación actualizada; el enlace de Meet es el mismo.\n\n"
            "Mil gracias por la flexibilidad.\n\n" + PAGALOYA_SIG + "\n\n"
            + reply("es", "mar, 10 feb 2026 a las 9:31", LUCIA[0], LUCIA[1],
                    "Hola Camila,\n\n"
                    "Te propongo una entrevista por video el martes 17 de febrero a las 10:00 "
                    "a.m. (hora Colombia), de unos 45 minutos...")
            + "\n"
        ),
        ics=dict(
            uid="pagaloya-uxw-0217@pagaloya.example.co", sequence=1,
            start="2026-02-19 15:00 -0500", minutes=45,
            summary="Entrevista UX Writer - Camila Fitzgerald-Huamán",
            location="https://meet.example.co/pgl-uxw-cfh", organizer=LUCIA,
            attendees=[CANDIDATE, ("Santiago Ochoa", "santiago.ochoa@pagaloya.example.co")],
        ),
    ),
    # ---------------------------------------------------------------- es 2: Ashby METHOD:CANCEL
    dict(
        kind=RES, slug="nubeclara_ashby_cancel", lang="es", company="Nubeclara", contact="",
        frm=("Nubeclara (vía Ashby)", "no-reply@ashbyhq.com"), key="nubeclara-cancel",
        parents=["nubeclara-invite"],
        subject="Cancelada: Entrevista Content Designer - Nubeclara",
        date="2026-05-08 07:02 +0000",
        headers=[("Auto-Submitted", "auto-generated")],
        text=(
            "Cancelada: Entrevista Content Designer - Nubeclara\n"
            "martes 12 de mayo de 2026, 16:00 - 16:45 (CEST)\n\n"
            "Irene Calvo ha cancelado este evento. Te contactaremos con novedades sobre tu "
            "candidatura.\n"
        ),
        ics=dict(
            method="CANCEL", sequence=1, uid="ashby-8c1e55d0-nubeclara@ashbyhq.com",
            start="2026-05-12 16:00 +0200", minutes=45,
            summary="Entrevista Content Designer - Nubeclara", organizer=IRENE,
            prodid="-//Ashby//Scheduling//EN",
        ),
    ),
    # ---------------------------------------------------------------- es 3: interviewer ill
    dict(
        kind=RES, slug="andina_interviewer_ill", lang="es", company="Andina Telecom",
        contact=PAOLA[1], frm=PAOLA, key="andina-move",
        parents=["andina-panel", "andina-resched-req"],
        subject="RE: Citación a entrevista con panel - UX Writer Sr. (Ref. 51907)",
        date="2026-08-18 08:40 -0500",
        cte="qp",
        text=(
            "Buenos días, Camila:\n\n"
            "Te cuento que el Ing. Hernando Ríos está incapacitado esta semana, así que "
            "debemos mover el panel. La nueva fecha es el martes 25 de agosto a las 2:00 p. m.; "
            "coincide además con lo que nos habías pedido. Te llega la invitación actualizada "
            "en un momento.\n\n"
            "Cordialmente,\n"
            "Paola Méndez\n"
            "Analista de Atracción de Talento | Andina Telecom\n\n"
            + outlook_block(
                "es", "Camila Fitzgerald-Huamán <camila.fh@example.com.co>",
                "jueves, 13 de agosto de 2026 7:58 p. m.",
                "Paola Méndez <paola.mendez@andinatelecom.example.com.co>",
                "RE: Citación a entrevista con panel - UX Writer Sr. (Ref. 51907)",
                "Hola Paola, muchas gracias por la invitación. El jueves 20 tengo turno en la "
                "sucursal hasta las 4:00 p. m. ¿Sería posible correrlo a otro día de la semana "
                "siguiente?\n\nCamila",
            )
            + "\n"
        ),
        ics=dict(
            uid="andina-51907-panel@andinatelecom.example.com.co", sequence=1,
            start="2026-08-25 14:00 -0500", minutes=75,
            summary="Entrevista panel UX Writer Sr. - Camila Fitzgerald-Huamán",
            location="Microsoft Teams", organizer=PAOLA,
            prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        ),
    ),
    # ---------------------------------------------------------------- es 4: Ashby moved, attach
    dict(
        kind=RES, slug="mandao_ashby_moved", lang="es", company="Mandao", contact="",
        frm=("Mandao", "no-reply@ashbyhq.com"), key="mandao-move",
        subject="Tu llamada con Mandao fue reprogramada",
        date="2026-03-11 20:45 +0000",
        alt=True,
        html=ats_card(
            "Mandao", "#e11d48",
            "<p>Hola Camila,</p>\n"
            "<p>Tu llamada con <b>Laura Pineda</b> cambió de fecha.</p>\n"
            "<p><s>jueves 12 de marzo, 11:00 a.m.</s><br>"
            "<b>lunes 16 de marzo de 2026, 3:00 p.m. - 3:30 p.m. (hora de Bogotá)</b></p>\n"
            "<p>Adjuntamos la invitación actualizada.</p>",
            "Mandao · Bogotá · Este es un mensaje automático enviado con Ashby.",
        ),
        ics=dict(
            uid="ashby-mandao-41f0@ashbyhq.com", sequence=1, start="2026-03-16 15:00 -0500",
            minutes=30, summary="Llamada con Laura Pineda (Mandao)", organizer=LAURA,
            inline=False, attach=True, filename="invite.ics",
        ),
    ),
    # ---------------------------------------------------------------- es 5: goes virtual
    dict(
        kind=RES, slug="monedita_now_virtual", lang="es", company="Monedita",
        contact=XIMENA[1], frm=XIMENA, key="monedita-virtual", parents=["monedita-assess"],
        subject="Cambio en la jornada del 28 de mayo (ahora es virtual)",
        date="2026-05-22 12:10 -0600",
        text=(
            "Hola Camila:\n\n"
            "Te aviso de un cambio: la jornada de evaluación del jueves 28 de mayo será "
            "virtual y empieza una hora antes, a las 8:00 (hora del centro de México), es decir "
            "a las 9:00 en Medellín. Ya no tienes que viajar.\n\n"
            "El lunes te comparto los accesos a la sala de Zoom y el material del ejercicio "
            "grupal.\n\n"
            "Saludos,\n"
            "Ximena Garza\n"
            "Talent Acquisition · Monedita\n"
        ),
    ),
    # ---------------------------------------------------------------- es 6: client postpones
    dict(
        kind=RES, slug="talento_montana_cordillera_postponed", lang="es",
        company="Seguros Cordillera", contact=MARIANA[1], frm=MARIANA,
        key="montana-cordillera-move", parents=["montana-cordillera-invite"],
        subject="RE: Entrevista en Seguros Cordillera - miércoles 28 de enero",
        date="2026-01-26 11:02 -0500",
        cte="8bit",
        text=(
            "Cami, cambio de planes: Seguros Cordillera me pidió correr tu entrevista del "
            "miércoles 28 para el lunes 2 de febrero a las 8:00 a.m. A Adriana le salió un "
            "viaje a Bogotá. El lugar sigue siendo el mismo (Torre Cordillera, piso 12).\n\n"
            "¿Me confirmas si puedes?\n\n"
            "Mariana\n\n"
            "-----Mensaje original-----\n"
            "De: Camila Fitzgerald-Huamán\n"
            "Enviado el: miércoles, 21 de enero de 2026 6:40 p. m.\n"
            "Para: Mariana Zuluaga\n"
            "Asunto: RE: Entrevista en Seguros Cordillera - miércoles 28 de enero\n\n"
            "¡Qué emoción! Confirmo, allá estaré el 28 a las 9:30. Gracias, Mariana.\n"
        ),
    ),
    # ---------------------------------------------------------------- es 7: cancel w/o rejecting
    dict(
        kind=RES, slug="valle_credito_session_cancelled", lang="es", company="Valle Crédito",
        contact="", key="valle-cancel", parents=["valle-ack", "valle-invite"],
        frm=("Valle Crédito", "noreply@smartrecruiters.com"),
        subject="Sesión en vivo cancelada - tu proceso sigue activo",
        date="2026-02-03 14:18 +0000",
        charset="iso-8859-1", cte="b64",
        text=(
            "Hola Camila:\n\n"
            "La sesión en vivo con la jefa del área de Canales, que te habíamos confirmado por "
            "teléfono para el jueves 5 de febrero a las 10:00 a.m., queda cancelada por ahora "
            "debido a un cambio en su agenda.\n\n"
            "Esto no afecta tu postulación: tu proceso sigue abierto y te contactaremos en los "
            "próximos días para proponerte una nueva fecha.\n\n"
            "Gracias por tu comprensión.\n"
            "Selección y Desarrollo - Valle Crédito\n"
        ),
    ),
    # ---------------------------------------------------------------- en 8: Google updated, seq 2
    dict(
        kind=RES, slug="lonestar_updated_invitation_seq2", lang="en",
        company="Lonestar Ledger", contact=MEGAN[1], key="lonestar-move",
        parents=["lonestar-panel"],
        frm=("Megan Holt", "megan.holt@lonestarledger.example.com"),
        subject="Updated invitation: Panel interview - Content Designer @ Thu Jul 23, 2026 10am - 11:30am (CDT)",
        date="2026-07-17 10:26 -0500",
        text=(
            "This event has been changed.\n\n"
            "Panel interview - Content Designer\n"
            "When: CHANGED Thursday Jul 23, 2026 10am - 11:30am (CDT)\n"
            "(previously Wednesday Jul 22, 2026 1pm - 2:30pm)\n"
            "Joining info: https://zoom.example.com/j/88120457731\n\n"
            "Note from Megan: Derek has a board meeting on Wednesday afternoon, so we moved the "
            "panel to Thursday morning. Same Zoom link. Sorry for the shuffle!\n\n"
            "Organizer: megan.holt@lonestarledger.example.com\n"
            "Guests: camila.fh@example.com.co, derek.shaw@lonestarledger.example.com, "
            "alicia.romero@lonestarledger.example.com, sam.patel@lonestarledger.example.com\n\n"
            "Invitation from Google Calendar\n"
        ),
        ics=dict(
            uid="3k9v1q8c0lonestar@lonestarledger.example.com", sequence=2,
            start="2026-07-23 10:00 -0500", minutes=90,
            summary="Panel interview - Content Designer",
            location="https://zoom.example.com/j/88120457731", organizer=MEGAN,
            attendees=[CANDIDATE, ("Derek Shaw", "derek.shaw@lonestarledger.example.com")],
            prodid="-//Google Inc//Google Calendar 70.9054//EN", attach=True,
        ),
    ),
    # ---------------------------------------------------------------- en 9: moved at her request
    dict(
        kind=RES, slug="maplepay_screen_moved", lang="en", company="Maplepay",
        contact=AISHA[1], frm=AISHA, key="maplepay-move",
        parents=["maplepay-screen", "maplepay-resched-req"],
        subject="Re: UX Writer, Payments - 30 min phone screen?",
        date="2026-03-23 09:05 -0400",
        text=(
            "Hi Camila,\n\n"
            "No problem at all. Let's move it to Tuesday, March 31 at 11:00 a.m. Toronto time "
            "(10:00 a.m. Medellín). Here's the Teams link: "
            "https://teams.example.com/l/meetup-join/maplepay-0331\n\n"
            "Aisha\n\n"
            + reply("en", "Sun, Mar 22, 2026 at 6:40 PM", "Camila Fitzgerald-Huamán",
                    CANDIDATE_ADDR,
                    "Hi Aisha,\n\nThank you so much for reaching out! On Thursday I'm on shift "
                    "at the branch until the afternoon. Could we find another slot early next "
                    "week? Any morning works.\n\nBest,\nCamila")
            + "\n"
        ),
    ),
    # ---------------------------------------------------------------- en 10: METHOD:CANCEL ill
    dict(
        kind=RES, slug="linden_cloud_cancel_ill", lang="en", company="Linden Cloud",
        contact="jonas.becker@lindencloud.example.de",
        frm=("Jonas Becker", "jonas.becker@lindencloud.example.de"), key="linden-cancel",
        parents=["linden-invite"], cc=[HANNAH],
        subject="Canceled: Final round: Camila Fitzgerald-Huamán (UX Writer)",
        date="2026-09-09 08:02 +0200",
        text=(
            "Hi Camila,\n\n"
            "I'm sorry to cancel at short notice: Hannah is ill and won't be able to run "
            "tomorrow's final round. This is not a change in your process. I'll send new "
            "options for next week as soon as she's back, most likely Thursday the 17th.\n\n"
            "Best regards,\n"
            "Jonas Becker\n"
            "Recruiting Coordinator, Linden Cloud\n"
        ),
        ics=dict(
            method="CANCEL", sequence=1, uid="linden-final-cfh-0910@lindencloud.example.de",
            start="2026-09-10 15:00 +0200", minutes=90,
            summary="Final round: Camila Fitzgerald-Huamán (UX Writer)", organizer=HANNAH,
        ),
    ),
    # ---------------------------------------------------------------- en 11: push to next week
    dict(
        kind=RES, slug="harbourfront_push_next_week", lang="en",
        company="Harbourfront Digital", contact="ben.achterberg@harbourfront.example.ca",
        frm=("Ben Achterberg", "ben.achterberg@harbourfront.example.ca"),
        key="harbourfront-push", parents=["harbourfront-chat"],
        subject="Next week instead?",
        date="2026-04-22 15:05 -0400",
        text=(
            "Hi Camila, something came up on Thursday. Can we push our chat to next "
            "week? Tuesday 28th, 11am Toronto time works on my side.\n\nBen\n"
        ),
    ),
    # ---------------------------------------------------------------- fr 12: METHOD:CANCEL
    dict(
        kind=RES, slug="paiements_mr_rencontre_annulee", lang="fr",
        company="Paiements Mont-Royal", contact=OLIVIER[1], frm=OLIVIER, key="pmr-cancel",
        parents=["pmr-invite"],
        subject="Annulé : Rencontre - Camila Fitzgerald-Huamán",
        subj_enc=("iso-8859-1", "Q"),
        date="2026-07-17 16:55 -0400",
        charset="iso-8859-1", cte="qp",
        text=(
            "Bonjour Camila,\n\n"
            "Je dois malheureusement annuler notre rencontre du mardi 21 juillet. Le poste fait "
            "l'objet d'une révision interne et nous préférons attendre avant de poursuivre les "
            "entrevues.\n\n"
            "Nous reviendrons vers vous d'ici deux semaines pour vous donner des nouvelles.\n\n"
            "Cordialement,\n"
            "Olivier Gagnon\n"
            "Partenaire d'affaires RH | Paiements Mont-Royal\n"
        ),
        ics=dict(
            method="CANCEL", sequence=1, uid="pmr-redaction-0721@paiementsmr.example.ca",
            start="2026-07-21 11:00 -0400", minutes=45,
            summary="Rencontre – Camila Fitzgerald-Huamán", organizer=OLIVIER,
            prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        ),
    ),
    # ---------------------------------------------------------------- fr 13: moved, seq 1
    dict(
        kind=RES, slug="studio_plateau_deplacee", lang="fr", company="Studio Plateau",
        contact=GENEVIEVE[1], frm=GENEVIEVE, key="plateau-move", parents=["plateau-invite"],
        subject="Entrevue déplacée au jeudi 11 juin", date="2026-06-05 12:30 -0400",
        cte="b64",
        text=(
            "Bonjour Camila,\n\n"
            "Petit changement : Félix sera en tournage chez un client mardi. Pourrions-nous "
            "déplacer l'entrevue au jeudi 11 juin à 14 h (heure de Montréal) ? Je t'envoie "
            "l'invitation mise à jour, le lien Zoom reste le même.\n\n"
            "Merci de ta souplesse!\n"
            "Geneviève\n"
        ),
        ics=dict(
            uid="plateau-ux-cfh@studioplateau.example.ca", sequence=1,
            start="2026-06-11 14:00 -0400", minutes=60,
            summary="Entrevue – Rédactrice UX (Camila Fitzgerald-Huamán)", location="Zoom",
            organizer=GENEVIEVE, inline=False, attach=True, filename="entrevue.ics",
        ),
    ),
    # ---------------------------------------------------------------- de 14: verschoben, seq 1
    dict(
        kind=RES, slug="kiezpay_verschoben_seq1", lang="de", company="Kiezpay",
        contact=JANA[1], frm=JANA, key="kiezpay-move",
        parents=["kiezpay-invite", "kiezpay-shift-req"],
        subject="AW: Terminverschiebung Kennenlernen",
        date="2026-04-11 09:14 +0200",
        cte="qp",
        text=(
            "Liebe Camila,\n\n"
            "kein Problem, das verstehen wir gut. Wir verschieben das Gespräch auf Dienstag, "
            "21. April, 15:00 Uhr Berliner Zeit (8:00 Uhr in Medellín). Die aktualisierte "
            "Einladung kommt gleich mit dieser Mail.\n\n"
            "Viele Grüße\n"
            "Jana Köhler\n\n"
            + reply("de", "Fr., 10. Apr. 2026 um 02:12", "Camila Fitzgerald-Huamán",
                    CANDIDATE_ADDR,
                    "Liebe Frau Köhler,\n\nvielen Dank für die Einladung! Am 16. April habe ich "
                    "leider eine Schulung bei meiner Bank. Wäre ein Termin in der Woche danach "
                    "möglich?\n\n" + SIG_DE)
            + "\n"
        ),
        ics=dict(
            uid="personio-kiezpay-7731@personio.de", sequence=1,
            start="2026-04-21 15:00 +0200", minutes=45,
            summary="Kennenlernen UX Writer – Camila Fitzgerald-Huamán",
            location="Google Meet", organizer=JANA,
        ),
    ),
    # ---------------------------------------------------------------- de 15: softgarden, ill
    dict(
        kind=RES, slug="tempelhof_termin_entfaellt", lang="de", company="Tempelhof Software",
        contact="", frm=("Tempelhof Software", "noreply@softgarden.io"),
        subject="Ihr Gesprächstermin am 4. Juni entfällt",
        date="2026-06-02 07:45 +0200",
        headers=[("Auto-Submitted", "auto-generated")],
        cte="qp",
        html=ats_card(
            "Tempelhof Software", "#334155",
            "<p>Guten Tag Frau Fitzgerald-Huamán,</p>\n"
            "<p>Ihr Gesprächstermin am <b>Donnerstag, 4. Juni 2026 um 11:00 Uhr</b> muss leider "
            "entfallen, da unser Teamlead Produktdesign kurzfristig erkrankt ist.</p>\n"
            "<p>Ihre Bewerbung bleibt selbstverständlich im Verfahren. Wir melden uns in den "
            "nächsten Tagen mit einem neuen Terminvorschlag.</p>\n"
            "<p>Freundliche Grüße<br>Ihr People-Team von Tempelhof Software</p>",
            "Tempelhof Software GmbH · Columbiadamm 10 · 12101 Berlin · "
            "Diese Nachricht wurde über softgarden versendet.",
        ),
    ),
    # ================================================================== missed_interview_notice
    # ---------------------------------------------------------------- es 1: waited on Meet
    dict(
        kind=MIS, slug="colibri_waited_on_meet", lang="es", company="Colibrí Pagos",
        contact=ANDRES[1], frm=ANDRES, key="colibri-missed", parents=["colibri-invite"],
        subject="No te vimos en la entrevista de hoy",
        date="2026-01-28 10:21 -0500",
        text=(
            "Hola Camila,\n\n"
            "Te esperamos unos 15 minutos en el Meet de las 10:00 a.m. y no alcanzaste a "
            "conectarte. ¿Todo bien? Si fue un problema de conexión, cuéntame y vemos cómo "
            "seguimos.\n\n"
            "Andrés Felipe Cárdenas\n"
            "Reclutador Sr. | Colibrí Pagos\n"
            "Cra. 11 #93-07, Bogotá\n"
        ),
    ),
    # ---------------------------------------------------------------- es 2: client no-show
    dict(
        kind=MIS, slug="talento_montana_yarumal_no_show", lang="es",
        company="Cooperativa Yarumal", contact=MARIANA[1], frm=MARIANA,
        key="montana-yarumal-missed", parents=["montana-reg"],
        subject="¿Qué pasó hoy en la Cooperativa Yarumal?",
        subj_enc=("iso-8859-1", "B"),
        date="2026-03-10 15:47 -0500",
        charset="iso-8859-1", cte="8bit",
        text=(
            "Hola Camila,\n\n"
            "Me acaba de escribir la coordinadora de Gestión Humana de la Cooperativa Yarumal: "
            "te estuvieron esperando a las 2:00 p.m. en la sede de Envigado para la entrevista "
            "y no llegaste. Tampoco les entró ninguna llamada.\n\n"
            "Me preocupa que te haya pasado algo. Llámame cuando puedas para ver si alcanzamos "
            "a salvar el proceso. Te reenvío lo que me escribió ella.\n\n"
            "Mariana Zuluaga\n"
            "Talento Montaña\n"
            "Cel. +57 310 555 7721\n\n"
            + forwarded(
                "es", "Gloria Patiño <gloria.patino@coopyarumal.example.com.co>",
                "mar, 10 mar 2026, 2:55 p.m.", "Candidata Camila F. - entrevista 2:00 p.m.",
                "Mariana Zuluaga <mariana.zuluaga@talentomontana.example.com.co>",
                "Mariana, buenas tardes. Te cuento que la candidata Camila no se presentó a la "
                "entrevista de las 2:00 p.m. en la sede de Envigado. La esperamos media hora. "
                "¿Sabes si tuvo algún inconveniente?\n\nGloria Patiño\n"
                "Coordinadora de Gestión Humana - Cooperativa Yarumal",
            )
            + "\n"
        ),
    ),
    # ---------------------------------------------------------------- es 3: tried calling twice
    dict(
        kind=MIS, slug="cuantica_called_twice", lang="es", company="Cuántica Software",
        contact="sebastian.velez@cuantica.example.co",
        frm=("Sebastián Vélez", "sebastian.velez@cuantica.example.co"),
        key="cuantica-missed", parents=["cuantica-ack"],
        subject="Llamada de hoy a las 10:00", date="2026-02-16 10:34 -0500",
        alt=True,
        html=outlook_html(mso(
            "Hola Camila, buenos días.\n"
            "\n"
            "Intentamos llamarte dos veces a las 10:00, al número que aparece en tu hoja de "
            "vida (+57 300 555 0142), pero no tuvimos respuesta y la llamada se fue a buzón.\n"
            "\n"
            "Si todavía te interesa la vacante de UX Writer Jr., respóndeme con un par de "
            "horarios para intentarlo otra vez esta semana.\n"
            "\n"
            "Saludos,\n"
            "Sebastián Vélez\n"
            "Analista de Personas | Cuántica Software\n"
            "Cra. 43A #1-50, El Poblado, Medellín"
        )),
    ),
    # ---------------------------------------------------------------- es 4: didn't join Teams
    dict(
        kind=MIS, slug="banco_sabana_no_teams", lang="es", company="Banco Sabana",
        contact="diana.herrera@bancosabana.example.com.co",
        frm=("Diana Herrera", "diana.herrera@bancosabana.example.com.co"), key="sabana-missed",
        subject="Sesión de Teams de esta mañana", date="2026-09-14 09:12 -0500",
        cte="qp",
        text=(
            "Buenos días, Camila:\n\n"
            "No te conectaste a la sesión de Teams programada hoy a las 8:00 a.m. para la "
            "entrevista de la vacante Analista de Contenidos UX. Te esperamos hasta las 8:20.\n\n"
            "Por favor indícanos si deseas continuar en el proceso.\n\n"
            "Cordialmente,\n"
            "Diana Herrera\n"
            "Analista de Selección | Banco Sabana\n"
            "Cra. 7 #71-21, Bogotá D.C.\n\n"
            "Este mensaje puede contener información confidencial o privilegiada. Si usted no "
            "es el destinatario, absténgase de usarlo y bórrelo. Banco Sabana vigilado por la "
            "Superintendencia Financiera de Colombia.\n"
        ),
    ),
    # ---------------------------------------------------------------- es 5: iCIMS, Mexico
    dict(
        kind=MIS, slug="conecta_norte_unreachable", lang="es", company="Conecta Norte",
        contact="hector.villasenor@conectanorte.example.com.mx", key="conecta-missed",
        frm=("Héctor Villaseñor vía iCIMS", "conectanorte@careers.icims.com"),
        reply_to=("Héctor Villaseñor", "hector.villasenor@conectanorte.example.com.mx"),
        reply_enc=("utf-8", "B"),
        subject="No pudimos contactarte para tu entrevista",
        date="2026-10-08 11:05 -0600",
        headers=[("Auto-Submitted", "auto-generated")],
        cte="b64",
        html=ats_card(
            "Conecta Norte", "#7c3aed",
            "<p>Hola Camila,</p>\n"
            "<p>Hoy jueves a las 10:30 (hora del centro) intentamos comunicarnos contigo para "
            "la entrevista telefónica de la vacante <b>Redactora de Experiencia de Cliente</b>, "
            "pero no pudimos localizarte en el horario agendado.</p>\n"
            "<p>Si sigues interesada, responde a este correo y Héctor te propondrá un nuevo "
            "horario.</p>\n"
            "<p>Atentamente,<br>Héctor Villaseñor<br>Reclutamiento · Conecta Norte</p>",
            "Conecta Norte · Av. Paseo de la Reforma 250, CDMX · Enviado mediante iCIMS",
        ),
    ),
    # ---------------------------------------------------------------- en 6: waited on Teams
    dict(
        kind=MIS, slug="maplepay_waited_on_teams", lang="en", company="Maplepay",
        contact=AISHA[1], frm=AISHA, key="maplepay-missed",
        parents=["maplepay-screen", "maplepay-move"],
        subject="Missed you today", date="2026-03-31 11:32 -0400",
        text=(
            "Hi Camila,\n\n"
            "I was on the Teams link at 11:00 and waited until about 11:15 but didn't see you "
            "join. I hope everything is okay.\n\n"
            "The hiring team is moving quickly this round, so I can't promise another slot, "
            "but let me know what happened.\n\n"
            "Aisha Okafor\n"
            "Talent Acquisition Partner | Maplepay\n\n"
            + reply("en", "Mon, Mar 23, 2026 at 9:05 AM", AISHA[0], AISHA[1],
                    "Hi Camila,\n\n"
                    "No problem at all. Let's move it to Tuesday, March 31 at 11:00 a.m. "
                    "Toronto time (10:00 a.m. Medellín). Here's the Teams link: "
                    "https://teams.example.com/l/meetup-join/maplepay-0331\n\nAisha")
            + "\n"
        ),
    ),
    # ---------------------------------------------------------------- en 7: called twice
    dict(
        kind=MIS, slug="bluebonnet_called_twice", lang="en", company="Bluebonnet Labs",
        contact="priya.raman@bluebonnetlabs.example.com",
        frm=("Priya Raman", "priya.raman@bluebonnetlabs.example.com"),
        key="bluebonnet-missed", parents=["bluebonnet-ack"],
        subject="Our 10:00 call", date="2026-02-19 10:41 -0600",
        text=(
            "Hi Camila,\n\n"
            "I tried calling you twice at 10:00 CT (11:00 your time, if I got the offset right) for our recruiter screen "
            "and went to voicemail both times. I left a message.\n\n"
            "If you'd still like to chat, reply with a couple of windows that work next week.\n\n"
            "Thanks,\n"
            "Priya Raman\n"
            "Technical Recruiter | Bluebonnet Labs\n"
            "901 E 6th St, Austin, TX 78702\n"
        ),
        html=(
            '<div style="font-family:Calibri,sans-serif">Hi Camila,<br><br>I tried calling you '
            "twice at 10:00 CT (11:00 your time, if I got the offset right) for our recruiter screen and went to voicemail "
            "both times. I left a message.<br><br>If you'd still like to chat, reply with a "
            "couple of windows that work next week.<br><br>Thanks,<br>Priya Raman<br>Technical "
            "Recruiter | Bluebonnet Labs<br>901 E 6th St, Austin, TX 78702</div>"
        ),
    ),
    # ---------------------------------------------------------------- en 8: sorry we missed you
    dict(
        kind=MIS, slug="northline_sorry_we_missed_you", lang="en", company="Northline Telecom",
        contact="devon.clarke@northline.example.ca",
        frm=("Devon Clarke", "devon.clarke@northline.example.ca"), key="northline-missed",
        parents=["northline-ack"],
        subject="Sorry we missed you at the screening", date="2026-06-10 14:20 -0400",
        cte="qp",
        text=(
            "Hello Camila,\n\n"
            "We had you booked for a video screening today at 1:30 p.m. ET and the room stayed "
            "empty on our side. Things happen - if you want to rebook, you can pick a new time "
            "here before Friday: https://northline.example.ca/book/screen-r20417\n\n"
            "Regards,\n"
            "Devon Clarke\n"
            "Recruiter, Northline Telecom\n"
            "25 York St, Toronto ON\n\n"
            "This email and any attachments are confidential and intended solely for the "
            "addressee. If you received it in error, please delete it and notify the sender.\n"
        ),
    ),
    # ---------------------------------------------------------------- fr 9: nous vous avons attendue
    dict(
        kind=MIS, slug="banque_erable_attendue", lang="fr", company="Banque Érable",
        contact="chloe.bergeron@banqueerable.example.ca",
        frm=("Chloé Bergeron", "chloe.bergeron@banqueerable.example.ca"),
        name_enc=("iso-8859-1", "B"),
        key="erable-missed", parents=["erable-ack"],
        subject="Entrevue de présélection de ce matin", date="2026-03-18 10:05 -0400",
        cte="qp",
        text=(
            "Bonjour Madame Fitzgerald-Huamán,\n\n"
            "Nous vous avons attendue ce matin à 9 h 30 sur Teams pour l'entrevue de "
            "présélection au poste de Rédactrice UX, sans nouvelles de votre part.\n\n"
            "Si un imprévu vous en a empêchée, merci de me l'indiquer d'ici vendredi.\n\n"
            "Cordialement,\n"
            "Chloé Bergeron\n"
            "Conseillère, Acquisition de talents | Banque Érable\n"
            "1000, rue De La Gauchetière Ouest, Montréal\n"
        ),
    ),
    # ---------------------------------------------------------------- de 10: nicht im Videocall
    dict(
        kind=MIS, slug="spreebank_nicht_im_call", lang="de", company="Spreebank",
        contact="tobias.lange@spreebank.example.de",
        frm=("Tobias Lange", "tobias.lange@spreebank.example.de"), key="spreebank-missed",
        parents=["spreebank-ack"],
        subject="Unser Termin heute um 10 Uhr", date="2026-02-24 10:31 +0100",
        charset="iso-8859-1", cte="qp",
        text=(
            "Sehr geehrte Frau Fitzgerald-Huamán,\n\n"
            "leider waren Sie heute um 10 Uhr nicht im vereinbarten Videocall. Frau Wendt und "
            "ich haben eine Viertelstunde gewartet.\n\n"
            "Falls etwas dazwischengekommen ist, geben Sie mir bitte bis Donnerstag Bescheid.\n\n"
            "Mit freundlichen Grüßen\n"
            "Tobias Lange\n"
            "Recruiting | Spreebank\n"
            "Friedrichstraße 76, 10117 Berlin\n"
        ),
    ),
]

