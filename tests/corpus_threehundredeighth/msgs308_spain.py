"""Corpus 308, employers and a recruiter in Barcelona. Hand-written specs."""

from __future__ import annotations

from msgs308_common import T, msg, own

# ------------------------------------------------------------------ Salnitre Games (game studio)
MARTA = ("Marta Puig", "marta.puig@salnitre.example.es")
TT = "no-reply@teamtailor-mail.com"

SALNITRE = [
    msg("application_received", "sal_ack", "es", ("Salnitre Games", TT),
        "¡Gracias por tu candidatura, Hugo!", "2026-04-07 10:02 +0200",
        T("""
        Hola Hugo:

        Hemos recibido tu candidatura para el puesto de UX/UI Designer en Salnitre Games
        (Barcelona). ¡Gracias por pensar en nosotros!

        Nuestro equipo revisará tu perfil con calma. Si encaja con lo que buscamos, te
        escribiremos para organizar una primera conversación.

        Un saludo,
        El equipo de Salnitre Games
        """), company="Salnitre Games", fmt="html", brand="Salnitre Games",
        color="#c2410c", subj_enc=("b", "utf-8")),
    msg("interview_invitation", "sal_invite", "es", ("Marta Puig de Salnitre Games", TT),
        "Entrevista para UX/UI Designer – elige tu horario", "2026-04-20 12:47 +0200",
        T("""
        Hola Hugo:

        Nos ha gustado mucho tu portfolio y queremos conocerte. Te propongo una videollamada
        de 45 minutos con Pau Ferrer, nuestro director de arte, y conmigo.

        Reserva el horario que mejor te vaya aquí:
        https://salnitre.teamtailor.example.com/meetings/hm-2291

        ¡Hablamos pronto!
        Marta Puig
        Talent & Culture – Salnitre Games
        """), company="Salnitre Games", reply_to=MARTA, fmt="alt"),
    msg("interview_reschedule_or_cancel", "sal_moved", "es", MARTA,
        "Cambio de hora de tu entrevista", "2026-04-23 09:30 +0200",
        T("""
        Hola Hugo:

        Pau tiene una reunión con el publisher que se ha alargado, así que tenemos que mover
        tu entrevista del lunes 27 a las 10:00 al martes 28 de abril a las 16:00 (hora de
        Barcelona). El enlace de Google Meet sigue siendo el mismo.

        Perdona las molestias y dime si te va bien.

        Marta
        """), company="Salnitre Games", charset="iso-8859-1", cte="8bit"),
    msg("missed_interview_notice", "sal_missed", "es", MARTA,
        "Re: Cambio de hora de tu entrevista", "2026-04-28 16:20 +0200",
        T("""
        Hola Hugo:

        Pau y yo estamos conectados desde las 16:00 y no te hemos visto en la videollamada.
        Te he llamado un par de veces sin respuesta.

        ¿Ha pasado algo? Si sigues interesado, escríbeme y miramos otro día.

        Marta
        """), company="Salnitre Games", reply_of="sal_moved", quote="es", charset="iso-8859-1",
        cte="quoted-printable"),
    own("sal_own_sorry", "es", MARTA, "Re: Cambio de hora de tu entrevista",
        "2026-04-28 18:05 +0200",
        T("""
        Hola Marta:

        Lo siento muchísimo. Confundí la zona horaria del calendario y lo tenía apuntado una
        hora más tarde. Sigo muy interesado en el puesto; estoy disponible cualquier día de
        esta semana.

        Un saludo y disculpas de nuevo,
        Hugo
        """), reply_of="sal_missed", quote="es", cte="8bit"),
    msg("rejection", "sal_reject", "es", MARTA,
        "Tu candidatura en Salnitre Games", "2026-05-12 13:15 +0200",
        T("""
        Hola Hugo:

        Gracias por la entrevista del jueves pasado y por la paciencia con los cambios de
        horario.

        Después de hablarlo en el equipo, hemos decidido seguir adelante con otra candidatura
        que tiene más experiencia en interfaces de juegos para consola. Sabemos que no es la
        respuesta que esperabas.

        Te deseamos mucha suerte y seguiremos tu trabajo con interés.

        Marta Puig
        Talent & Culture – Salnitre Games
        """), company="Salnitre Games", fmt="alt", cte="base64"),
]

# ------------------------------------------------------------------ Banca Mediterrània (bank)
BM_ATS = ("Banca Mediterrània", "bancamed-talent@icims.com")
JORDI = ("Jordi Serra", "jordi.serra@bancamed.example.es")

BANCAMED = [
    msg("application_received", "bm_ack", "es", BM_ATS,
        "Confirmación de candidatura – Diseñador/a UX Banca Digital", "2026-02-10 08:33 +0100",
        T("""
        Estimado/a Hugo Marchetti:

        Le confirmamos que hemos recibido correctamente su candidatura para el puesto de
        Diseñador/a UX Banca Digital (ref. 26-0415).

        Nuestro equipo de Selección analizará su perfil. En caso de avanzar en el proceso, nos
        pondremos en contacto con usted.

        Atentamente,
        Selección y Desarrollo de Talento
        Banca Mediterrània

        Este mensaje se ha enviado desde una dirección que no admite respuestas.
        """), company="Banca Mediterrània", fmt="alt", brand="Banca Mediterrània"),
    msg("interview_invitation", "bm_invite", "es", JORDI,
        "Convocatoria: jornada de evaluación – ref. 26-0415", "2026-02-24 11:20 +0100",
        T("""
        Estimado Sr. Marchetti:

        Nos complace convocarle a la jornada de evaluación (assessment center) del proceso
        de Diseñador/a UX Banca Digital, que tendrá lugar el jueves 5 de marzo de 2026, de
        9:00 a 13:30, en nuestra sede de Avinguda Diagonal 512, Barcelona (planta 6).

        La jornada incluye una dinámica de grupo, un ejercicio práctico de diseño y una
        entrevista individual. Le rogamos que confirme su asistencia respondiendo a este
        correo.

        Un cordial saludo,

        Jordi Serra
        Técnico de Selección
        Banca Mediterrània
        Tel. +34 93 417 22 60

        AVISO LEGAL: Este mensaje y sus anexos son confidenciales y están dirigidos
        exclusivamente a su destinatario. Si lo ha recibido por error, le rogamos que lo
        comunique al remitente y proceda a su eliminación.
        """), company="Banca Mediterrània", fmt="alt", charset="windows-1252",
        cte="quoted-printable", subj_enc=("q", "windows-1252")),
    msg("missed_interview_notice", "bm_missed", "es", JORDI,
        "Jornada de evaluación de hoy", "2026-03-05 10:12 +0100",
        T("""
        Estimado Sr. Marchetti:

        Le esperábamos esta mañana a las 9:00 para la jornada de evaluación y no se ha
        presentado. Hemos intentado llamarle al número que figura en su candidatura, sin
        éxito.

        Le agradeceríamos que nos indicara si desea continuar en el proceso.

        Un cordial saludo,
        Jordi Serra
        Técnico de Selección – Banca Mediterrània
        """), company="Banca Mediterrània", cte="8bit", name_enc=("b", "iso-8859-1")),
    msg("rejection", "bm_reject", "es", JORDI,
        "Proceso de selección ref. 26-0415", "2026-03-20 12:40 +0100",
        T("""
        Estimado Sr. Marchetti:

        Gracias por su participación en la sesión de evaluación de recuperación del pasado
        día 12.

        Lamentamos comunicarle que, tras valorar todas las candidaturas, su perfil no ha sido
        seleccionado para continuar en el proceso. Conservaremos sus datos para futuras
        oportunidades, salvo que nos indique lo contrario.

        Un cordial saludo,
        Jordi Serra
        Técnico de Selección – Banca Mediterrània
        """), company="Banca Mediterrània", reply_of="bm_missed", quote="outlook_es",
        cte="base64"),
]

# ------------------------------------------------------------------ Verdalia (e-commerce)
VERDALIA = ("Verdalia", "no-reply@smartrecruiters.com")
LAURA = ("Laura Méndez", "laura.mendez@seleccionia.example.es")
DIARI = ("Núria Casals", "nuria.casals@diarimetropolita.example.es")

OTHERS_ES = [
    msg("application_received", "verdalia_ack", "es", VERDALIA,
        "Hemos recibido tu solicitud – Verdalia", "2026-06-09 14:05 +0000",
        T("""
        Hola Hugo,

        Gracias por tu interés en Verdalia. Hemos recibido tu solicitud para el puesto de
        Product Designer (Checkout & App) en Barcelona.

        Revisaremos tu perfil y te contactaremos si avanzas a la siguiente fase.

        Saludos,
        Equipo de Talento de Verdalia
        """), company="Verdalia", fmt="html", brand="Verdalia", color="#15803d"),
    msg("rejection", "verdalia_reject", "es", VERDALIA,
        "Actualización sobre tu solicitud en Verdalia", "2026-06-30 09:10 +0000",
        T("""
        Hola Hugo,

        Gracias por dedicar tu tiempo a presentar tu candidatura para Product Designer
        (Checkout & App).

        Lamentablemente, en esta ocasión hemos decidido avanzar con otras personas cuya
        experiencia se ajusta mejor a los requisitos del puesto.

        Te animamos a seguir atento a nuestras ofertas.

        Saludos,
        Equipo de Talento de Verdalia
        """), company="Verdalia", fmt="alt", brand="Verdalia"),
    msg("interview_invitation", "selec_invite", "es", LAURA,
        "Entrevista – UX/UI Designer para cliente del sector retail", "2026-08-04 10:45 +0200",
        T("""
        Hola Hugo:

        Soy Laura, consultora de Seleccionia. Estoy cubriendo una vacante de UX/UI Designer
        para un cliente del sector retail online en Barcelona (por confidencialidad te daré
        el nombre más adelante).

        ¿Te vendría bien una entrevista por videollamada el jueves 6 de agosto a las 12:00?
        Dura unos 30 minutos.

        Un saludo,
        Laura Méndez
        Consultora de Selección | Seleccionia
        Carrer de Balmes 188, 08006 Barcelona
        """), company="Seleccionia", cte="8bit"),
    msg("interview_reschedule_or_cancel", "selec_moved", "es", LAURA,
        "RE: Entrevista – UX/UI Designer para cliente del sector retail",
        "2026-08-06 08:15 +0200",
        T("""
        Hola Hugo:

        Me ha surgido un imprevisto y no podré hacer la videollamada de hoy a las 12:00.
        ¿Podemos pasarla al lunes 10 de agosto a la misma hora? Te mando el nuevo enlace en
        cuanto me confirmes.

        Disculpa el cambio,
        Laura
        """), company="Seleccionia", reply_of="selec_invite", quote="es", cte="8bit"),
    msg("rejection", "selec_reject", "es", LAURA,
        "Feedback de Mercat Digital", "2026-08-20 17:30 +0200",
        T("""
        Hola Hugo:

        Ya tengo respuesta de nuestro cliente, Mercat Digital, tras tu entrevista con su
        responsable de producto. Por desgracia, han decidido no continuar con tu candidatura:
        buscan a alguien con más experiencia en tests A/B y analítica.

        Me quedo con tu CV para otros procesos y te aviso en cuanto salga algo que encaje.

        Un abrazo,
        Laura Méndez
        Seleccionia
        """), company="Mercat Digital", fmt="alt"),
    own("diari_own_apply", "es", DIARI, "Candidatura: Diseñador/a UX/UI – Diari Metropolità",
        "2026-05-25 09:05 +0200",
        T("""
        Estimada Núria:

        Le escribo para presentar mi candidatura al puesto de Diseñador/a UX/UI publicado en
        su web. Soy diseñador gráfico con seis años de experiencia en prensa y edición, y
        actualmente me especializo en UX/UI. Me encantaría contribuir a la nueva aplicación
        del diario.

        Adjunto mi CV y mi portfolio.

        Atentamente,
        Hugo Marchetti
        """), pdfs=[("CV_Hugo_Marchetti_ES.pdf", ["Hugo Marchetti", "Disenador UX/UI"])]),
    msg("interview_invitation", "diari_invite", "es", DIARI,
        "Re: Candidatura: Diseñador/a UX/UI – Diari Metropolità", "2026-06-04 16:50 +0200",
        T("""
        Estimado Hugo:

        Gracias por su candidatura. Nos gustaría hacerle una primera entrevista por
        videollamada el miércoles 10 de junio a las 11:00, con nuestro jefe de producto
        digital, Albert Roca.

        ¿Le viene bien? Si no, indíqueme otras opciones.

        Saludos cordiales,
        Núria Casals
        Recursos Humanos, Diari Metropolità
        Via Laietana 41, 08003 Barcelona
        """), company="Diari Metropolità", reply_of="diari_own_apply", quote="es",
        charset="iso-8859-1", cte="quoted-printable"),
    msg("rejection", "diari_reject", "es", DIARI,
        "Proceso Diseñador/a UX/UI", "2026-06-29 12:00 +0200",
        T("""
        Estimado Hugo:

        Le agradecemos el tiempo dedicado a la entrevista con Albert Roca.

        Tras completar el proceso, hemos optado por otro candidato cuyo perfil se adapta
        mejor a las necesidades actuales del equipo, por lo que no podremos seguir adelante
        con su candidatura.

        Le deseamos mucho éxito profesional.

        Núria Casals
        Recursos Humanos – Diari Metropolità
        """), company="Diari Metropolità", cte="8bit"),
]

MESSAGES = [*SALNITRE, *BANCAMED, *OTHERS_ES]
