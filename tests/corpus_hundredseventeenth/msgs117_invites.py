"""Interview invitations, reschedules or cancellations and missed-interview notices written by
hand for corpus hundredseventeenth (Mateo Quispe-Lindahl)."""

from __future__ import annotations

from msgs117_common import ME, P, T, ats_table, button, gmail, mso, outlook, plain_ats

ICS_BAC_1 = T("""
    BEGIN:VCALENDAR
    PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
    VERSION:2.0
    METHOD:REQUEST
    BEGIN:VEVENT
    UID:040000008200E00074C5B7101A82E00800000000B0A4D61E2BC7DC01000000000000000010000000
    DTSTAMP:20260414T151903Z
    DTSTART:20260421T150000Z
    DTEND:20260421T160000Z
    SEQUENCE:0
    ORGANIZER;CN="Andrés Cárdenas Gil":mailto:andres.cardenas@bac-certificacion.example.co
    ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mateo Quispe-Lindahl:mailto:mateo.ql@example.pe
    SUMMARY;LANGUAGE=es-CO:Entrevista técnica - Auditor(a) Junior ISO 22000 / FSSC
    LOCATION;LANGUAGE=es-CO:Reunión de Microsoft Teams
    DESCRIPTION;LANGUAGE=es-CO:Entrevista técnica con Andrés Cárdenas y Luisa Ferná
     ndez. Enlace de Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_
     BAC0421
    STATUS:CONFIRMED
    TRANSP:OPAQUE
    BEGIN:VALARM
    ACTION:DISPLAY
    DESCRIPTION:REMINDER
    TRIGGER;RELATED=START:-PT15M
    END:VALARM
    END:VEVENT
    END:VCALENDAR
    """)

ICS_BAC_2 = ICS_BAC_1.replace("DTSTAMP:20260414T151903Z", "DTSTAMP:20260417T143211Z").replace(
    "DTSTART:20260421T150000Z", "DTSTART:20260423T200000Z").replace(
    "DTEND:20260421T160000Z", "DTEND:20260423T210000Z").replace("SEQUENCE:0", "SEQUENCE:1")

ICS_QUANTUM_REQ = T("""
    BEGIN:VCALENDAR
    PRODID:-//Google Inc//Google Calendar 70.9054//EN
    VERSION:2.0
    CALSCALE:GREGORIAN
    METHOD:REQUEST
    BEGIN:VEVENT
    DTSTART:20260121T160000Z
    DTEND:20260121T164500Z
    DTSTAMP:20260114T120412Z
    ORGANIZER;CN=Harriet Cole:mailto:harriet.cole@quantumfa.example.com
    UID:6kq3b1s0c4p7v2m9h8d5r1t0qa@quantumfa.example.com
    ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mateo.ql@example.pe:mailto:mateo.ql@example.pe
    ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Harriet Cole:mailto:harriet.cole@quantumfa.example.com
    CREATED:20260114T120410Z
    DESCRIPTION:First interview for the Junior Food Safety Auditor (LATAM) role.\\nJoin: https://meet.example.com/qfa-jfsa-0121
    LAST-MODIFIED:20260114T120410Z
    LOCATION:Video call
    SEQUENCE:0
    STATUS:CONFIRMED
    SUMMARY:Interview: Mateo Quispe-Lindahl / Quantum Food Assurance
    TRANSP:OPAQUE
    END:VEVENT
    END:VCALENDAR
    """)

ICS_QUANTUM_CANCEL = T("""
    BEGIN:VCALENDAR
    PRODID:-//Google Inc//Google Calendar 70.9054//EN
    VERSION:2.0
    CALSCALE:GREGORIAN
    METHOD:CANCEL
    BEGIN:VEVENT
    DTSTART:20260121T160000Z
    DTEND:20260121T164500Z
    DTSTAMP:20260120T083055Z
    ORGANIZER;CN=Harriet Cole:mailto:harriet.cole@quantumfa.example.com
    UID:6kq3b1s0c4p7v2m9h8d5r1t0qa@quantumfa.example.com
    ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=mateo.ql@example.pe:mailto:mateo.ql@example.pe
    SEQUENCE:1
    STATUS:CANCELLED
    SUMMARY:Interview: Mateo Quispe-Lindahl / Quantum Food Assurance
    END:VEVENT
    END:VCALENDAR
    """)

ICS_CERTIFALIM = T("""
    BEGIN:VCALENDAR
    PRODID:-//SAP SuccessFactors//Interview Scheduling//FR
    VERSION:2.0
    METHOD:REQUEST
    BEGIN:VEVENT
    UID:sf-intsched-7741-20260526-certifalim
    DTSTAMP:20260519T091500Z
    DTSTART:20260526T140000Z
    DTEND:20260526T150000Z
    SEQUENCE:0
    ORGANIZER;CN=Certif'Alim Recrutement:mailto:recrutement@certifalim.example.fr
    ATTENDEE;RSVP=TRUE;CN=Mateo Quispe-Lindahl:mailto:mateo.ql@example.pe
    SUMMARY:Entretien - Auditeur junior IFS/BRCGS (H/F) - Certif'Alim
    LOCATION:Visioconférence (lien dans le courriel)
    STATUS:CONFIRMED
    END:VEVENT
    END:VCALENDAR
    """)

MESSAGES: list[dict] = [
    # ---------------------------------------------------------------- invitations
    {
        "key": "i01", "kind": "interview_invitation", "scenario": "plant_visit_usted", "lang": "es",
        "company": "Lácteos Andinos del Sur", "contact": "rocio.valdivia@lacteosandinos.example.pe",
        "frm": ("Rocío Valdivia Ponce", "rocio.valdivia@lacteosandinos.example.pe"),
        "to": [ME], "subject": "Entrevista Supervisor de Inocuidad – planta Ate",
        "date": "2026-02-09 10:14:27 -0500", "cte": "8bit",
        "text": T("""
            Estimado Mateo:

            Nos complace invitarlo a una entrevista presencial para el puesto de Supervisor
            de Inocuidad el lunes 16 de febrero a las 9:30 a. m. en nuestra planta de Ate.
            Por favor confirme su asistencia respondiendo este correo.

            La entrevista durará aproximadamente una hora y media e incluye un recorrido por
            la línea de envasado. Le pedimos traer:
            - DNI vigente
            - Zapatos cerrados (le proporcionaremos mandil, cofia y botas)
            - Certificados del diplomado y del curso HACCP, si los tiene a mano

            Lo atenderán el Ing. Walter Ríos (Jefe de Planta) y quien le escribe. Al llegar,
            anúnciese en la garita 2, por la av. Nicolás Ayllón.

            Atentamente,

            Rocío Valdivia Ponce
            Analista Senior de Selección | Gestión Humana
            Lácteos Andinos del Sur S.A.C.
            T. (01) 356-2210 anexo 418
            """),
    },
    {
        "key": "i02", "kind": "interview_invitation", "scenario": "gmail_html_short", "lang": "es",
        "company": "Supermercados La Canasta", "contact": "milagros.ccori@lacanasta.example.pe",
        "frm": ("Milagros Ccori", "milagros.ccori@lacanasta.example.pe"),
        "to": [ME], "subject": "Entrevista - Jefe de Calidad de Cocina Central",
        "date": "2026-03-05 10:20:44 -0500", "cte": "quoted-printable",
        "html": gmail(
            "<div>Hola Mateo:</div><div><br></div>"
            "<div>Te invitamos a una entrevista presencial para la posición de <b>Jefe de Calidad de "
            "Cocina Central</b> el martes 10 de marzo a las 10:00 a. m. en Av. Pachacútec 3980, Villa "
            "El Salvador. Trae tu DNI. ¡Te esperamos!</div><div><br></div>"
            "<div>Si no puedes a esa hora avísame por aquí o al 944 210 377.</div><div><br></div>"
            "<div>-- <br><div dir=\"ltr\" class=\"gmail_signature\"><b>Milagros Ccori</b><br>"
            "Business Partner de Talento<br><span style=\"color:#d71920\">Supermercados La Canasta"
            "</span><br>Av. Pachacútec 3980, Villa El Salvador</div></div>"),
    },
    {
        "key": "i03", "kind": "interview_invitation", "scenario": "teams_calendar_request", "lang": "es",
        "company": "Bureau Andino de Certificación", "contact": "andres.cardenas@bac-certificacion.example.co",
        "frm": ("Andrés Cárdenas Gil", "andres.cardenas@bac-certificacion.example.co"),
        "to": [ME], "cc": [("Luisa Fernández", "luisa.fernandez@bac-certificacion.example.co")],
        "subject": "Entrevista técnica - Auditor(a) Junior ISO 22000 / FSSC",
        "date": "2026-04-14 10:19:03 -0500", "cte": "quoted-printable",
        "ics": ICS_BAC_1, "ics_method": "REQUEST",
        "text": T("""
            Cordial saludo, Mateo.

            De acuerdo con lo conversado con nuestra área de Gestión Humana, lo invitamos a
            la entrevista técnica para el cargo de Auditor(a) Junior ISO 22000 / FSSC el
            martes 21 de abril de 10:00 a 11:00 a. m. (hora de Bogotá, la misma de Lima).

            Estaremos Luisa Fernández (Coordinadora de Auditores) y yo. Le haremos algunas
            preguntas sobre prerrequisitos (ISO/TS 22002-1), análisis de peligros y un caso
            corto de no conformidad. No necesita preparar presentación.

            Adjunto la invitación de Teams. Le agradezco aceptarla para tenerla confirmada.

            Andrés Cárdenas Gil
            Gerente Técnico – Esquemas de Inocuidad
            Bureau Andino de Certificación (BAC)
            Calle 72 # 10-34, piso 8, Bogotá D.C.
            PBX (601) 555 0190
            """),
    },
    {
        "key": "i04", "kind": "interview_invitation", "scenario": "agency_exclamations_client_named", "lang": "es",
        "company": "Salmones Australes", "contact": "javiera.munoz@cazatalentospacifico.example.cl",
        "frm": ("Javiera Muñoz - Cazatalentos Pacífico", "javiera.munoz@cazatalentospacifico.example.cl"),
        "to": [ME], "subject": "¡¡Pasaste a entrevista con el cliente!! 🎉",
        "date": "2026-05-04 18:22:15 -0400", "cte": "base64",
        "text": T("""
            Hola Mateo!!!

            BUENAS NOTICIAS!! Salmones Australes revisó tu perfil y quiere conocerte para
            el cargo de Jefe de Aseguramiento de Calidad de la planta de proceso en Puerto
            Montt!! 🙌

            Te propongo:
            👉 Jueves 7 de mayo, 9:30 hrs (hora Chile) = 8:30 hrs en Lima
            👉 Videollamada por Google Meet con el Gerente de Planta, don Rodrigo Saavedra,
               y la Jefa de Personas, Francisca Ulloa
            👉 Duración aprox. 45 min

            Tips: repasa BRC e IFS, el programa de control de Listeria en ambiente de planta
            y cómo manejarías un turno de 120 personas. Son súper técnicos!!

            Confírmame porfa hoy o mañana temprano y te mando el link.

            Éxito!!!!
            Javiera

            Javiera Muñoz Contreras
            Consultora Senior | Cazatalentos Pacífico
            Av. Apoquindo 4501, of. 1203, Las Condes
            +56 9 8765 1203
            """),
    },
    {
        "key": "i05", "kind": "interview_invitation", "scenario": "university_formal_latin1", "lang": "es",
        "company": "Universidad Politécnica del Pichincha", "contact": "veronica.salazar@upp.example.ec",
        "frm": ("Verónica Salazar Mena", "veronica.salazar@upp.example.ec"),
        "to": [ME], "subject": "Convocatoria a entrevista - Técnico de Planta Piloto de Alimentos",
        "date": "2026-06-01 08:37:50 -0500", "charset": "iso-8859-1", "cte": "quoted-printable",
        "hdr": ("iso-8859-1", "q"),
        "text": T("""
            Estimado señor Quispe-Lindahl:

            Por medio del presente, la Dirección de Talento Humano de la Universidad
            Politécnica del Pichincha le convoca a la fase de entrevista del proceso de
            selección para el cargo de Técnico de Planta Piloto de Alimentos (Facultad de
            Ingeniería Agroindustrial), conforme al siguiente detalle:

              Fecha:     martes 9 de junio de 2026
              Hora:      10h00
              Lugar:     Edificio de Agroindustria, sala de reuniones del 2.º piso,
                         Campus El Girón, Av. 12 de Octubre y Veintimilla, Quito
              Modalidad: presencial (excepcionalmente por Zoom, solicitándolo por escrito)

            El tribunal estará conformado por el Decano de la Facultad, la Coordinadora de
            la Planta Piloto y un delegado de Talento Humano. Deberá presentar su cédula o
            pasaporte y los originales de sus títulos.

            Le solicitamos confirmar su asistencia hasta el jueves 4 de junio.

            Atentamente,

            Mgs. Verónica Salazar Mena
            Analista de Talento Humano
            Universidad Politécnica del Pichincha
            Telf. (02) 299 1700 ext. 2214
            """),
    },
    {
        "key": "i06", "kind": "interview_invitation", "scenario": "personio_book_slot", "lang": "es",
        "company": "Certiqual Ibérica", "contact": "beatriz.lozano@certiqual.example.es",
        "frm": ("Certiqual Ibérica", "noreply@personio.de"),
        "reply_to": ("Beatriz Lozano", "beatriz.lozano@certiqual.example.es"),
        "to": [("", "mateo.ql@example.pe")],
        "subject": "Invitación a entrevista: Auditor/a Junior IFS/BRCGS",
        "date": "2026-04-20 11:02:39 +0200", "cte": "quoted-printable",
        "html": plain_ats(
            font="Helvetica, Arial, sans-serif",
            content=P(
                "Hola Mateo:",
                "¡Gracias por tu candidatura para <b>Auditor/a Junior IFS/BRCGS</b> en nuestra oficina "
                "de Madrid! Nos ha gustado tu perfil y queremos conocerte en una primera entrevista "
                "por Microsoft Teams con Beatriz Lozano (Responsable de Selección) y Álvaro Ruiz "
                "(Director Técnico).",
                "Te proponemos el <b>martes 5 de mayo a las 16:00 (hora de Madrid)</b>, que son las "
                "9:00 en Lima. Confírmanos la hora o elige otra en el enlace:",
                button("https://certiqual.jobs.personio.de/interview/book?token=Zk3q9w",
                       "Confirmar entrevista", "#1a5fb4", "Helvetica, Arial, sans-serif"),
                "Si tienes cualquier pregunta, responde a este correo y le llegará directamente a "
                "Beatriz.",
                "¡Hasta pronto!<br>Beatriz Lozano<br>Certiqual Ibérica",
            ),
            footer="Certiqual Ibérica, S.L. · C/ de Orense 34, 28020 Madrid · Entidad de certificación "
                   "acreditada por ENAC<br>Enviado a través de Personio",
            pixel_url="https://certiqual.jobs.personio.de/t/o/c1d8e2.png",
        ),
    },
    {
        "key": "i07", "kind": "interview_invitation", "scenario": "startup_founder_casual_call", "lang": "es",
        "company": "Cervecería Huaylas", "contact": "diego@cerveceriahuaylas.example.pe",
        "frm": ("Diego Alarcón", "diego@cerveceriahuaylas.example.pe"),
        "to": [ME], "subject": "tu postulación + llamada?",
        "date": "2026-01-20 21:48:02 -0500", "cte": "8bit",
        "text": T("""
            Hola Mateo, qué tal

            Soy Diego, uno de los fundadores de Huaylas. Leí tu correo y tu CV, y la verdad
            nos calza bastante que vengas de cocina: aquí todo el mundo entiende de sabor
            pero nadie de registros ni de limpieza validada, jaja.

            ¿Te animas a una entrevista por videollamada el jueves 22 a las 4pm? Estaríamos
            Ana (nuestra maestra cervecera) y yo. Son unos 40 minutos, cero formal. Te
            contamos la planta de Cusco y lo que necesitamos para sacar el registro
            sanitario de las latas.

            Si el jueves no puedes, dime qué día te queda mejor esta semana.

            Abrazo,
            Diego
            Cervecería Huaylas – Cusco
            """),
    },
    {
        "key": "i08", "kind": "interview_invitation", "scenario": "assessment_center_outlook_html", "lang": "es",
        "company": "Grupo Catering Pacífico", "contact": "karina.mendoza@cateringpacifico.example.pe",
        "frm": ("Karina Mendoza Salas", "karina.mendoza@cateringpacifico.example.pe"),
        "to": [ME], "subject": "Citación: Assessment Center – Supervisor(a) de Calidad, Operaciones Mineras",
        "date": "2026-05-18 15:09:11 -0500", "charset": "windows-1252", "cte": "quoted-printable",
        "html": outlook(mso(
            "Estimado(a) postulante:",
            "",
            "Como resultado de la evaluación curricular y de la entrevista telefónica, nos es grato "
            "citarlo(a) al <b>Assessment Center</b> del proceso <b>Supervisor(a) de Calidad – "
            "Operaciones Mineras</b>:",
            "",
            "&#8226; Fecha: jueves 28 de mayo de 2026",
            "&#8226; Hora: 8:30 a. m. (duración estimada: 4 horas)",
            "&#8226; Lugar: Av. Tomás Marsano 2875, Surquillo – Sala Ichu, 3.er piso",
            "&#8226; Dinámicas grupales, caso práctico de inocuidad y entrevista por competencias "
            "con la Gerencia de Operaciones",
            "",
            "Le pedimos confirmar su asistencia respondiendo a este correo a más tardar el lunes 25.",
            "",
            "Saludos cordiales,",
            "",
            "<b>Karina Mendoza Salas</b>",
            "Jefa de Reclutamiento y Selección",
            "<span style=\"color:#0a5c8c\"><b>Grupo Catering Pacífico S.A.C.</b></span>",
            "Central (01) 610-4400 | <a href=\"https://www.cateringpacifico.example.pe\">"
            "www.cateringpacifico.example.pe</a>",
            "",
            "<span style=\"font-size:8.0pt;color:gray\">La información contenida en este mensaje es "
            "confidencial y de uso exclusivo del destinatario.</span>",
        ), lang="ES-PE"),
    },
    {
        "key": "i09", "kind": "interview_invitation", "scenario": "phone_confirmation_colombia", "lang": "es",
        "company": "Hoteles Candelaria & Co.", "contact": "paola.rincon@hotelescandelaria.example.co",
        "frm": ("Paola Andrea Rincón", "paola.rincon@hotelescandelaria.example.co"),
        "to": [ME], "subject": "Confirmación entrevista telefónica",
        "date": "2026-03-16 17:30:12 -0500", "cte": "quoted-printable",
        "text": T("""
            Cordial saludo señor Mateo,

            Como hablamos hace un rato por teléfono, le confirmo la entrevista telefónica
            para la vacante de Coordinador de Calidad e Inocuidad de Alimentos y Bebidas
            para nuestros hoteles de La Candelaria y Usaquén:

            Miércoles 18 de marzo, 9:00 a. m. hora Colombia.
            Lo llamará el chef corporativo, Hernán Quiroga, al +51 987 654 321.

            Por favor esté atento al teléfono; la llamada puede entrar desde un número fijo
            de Bogotá (601).

            Quedo atenta a cualquier inquietud.

            Paola Andrea Rincón
            Analista de Gestión Humana
            Hoteles Candelaria & Co.
            Cl. 11 # 2-54, Bogotá · 601 555 4471
            """),
    },
    {
        "key": "i10", "kind": "interview_invitation", "scenario": "platform_relays_invite", "lang": "es",
        "company": "Panificadora El Trigal", "contact": "",
        "frm": ("EmpleoYa", "notificaciones@empleoya.example.co"),
        "to": [("", "mateo.ql@example.pe")],
        "subject": "¡Panificadora El Trigal quiere entrevistarte!",
        "date": "2026-07-13 08:02:31 -0500", "cte": "base64",
        "headers": [("List-Unsubscribe", "<https://www.empleoya.example.co/u/unsub?t=f20a11>")],
        "html": ats_table(
            lang="es", logo_src="https://static.empleoya.example.co/img/logo-ey.png",
            logo_alt="EmpleoYa", accent="#ff6a00", font="Verdana, Arial, sans-serif",
            preheader="Elige fecha y hora para tu entrevista",
            content=P(
                "Hola Mateo,",
                "¡Felicitaciones! <b>Panificadora El Trigal</b> revisó tu hoja de vida para la oferta "
                "<b>Jefe de Aseguramiento de Calidad</b> (Bogotá – Fontibón) y te invita a una "
                "entrevista virtual.",
                "Mensaje de la empresa: <i>«Buen día Mateo, nos gustaría conversar contigo esta semana. "
                "La entrevista es con la jefe de producción y dura 30 minutos. Elige el horario que "
                "prefieras.»</i>",
                button("https://click.empleoya.example.co/c/9e2d?u=agenda-entrevista",
                       "Elegir horario", "#ff6a00", "Verdana, Arial, sans-serif"),
                "Los horarios disponibles vencen el viernes 17 de julio.",
            ),
            footer="EmpleoYa es un servicio de Portales Laborales Andinos S.A.S. Este es un mensaje "
                   "automático, por favor no respondas. <a href=\"https://www.empleoya.example.co/u/"
                   "unsub?t=f20a11\" style=\"color:#8a9099;\">Cancelar suscripción</a>",
            pixel_url="https://click.empleoya.example.co/o/9e2d55.gif",
        ),
    },
    {
        "key": "i11", "kind": "interview_invitation", "scenario": "successfactors_citacion_reply_to", "lang": "es",
        "company": "Supermercados Andes Express", "contact": "ignacio.vergara@andesexpress.example.cl",
        "frm": ("Andes Express - Reclutamiento", "reclutamiento@successfactors.eu"),
        "reply_to": ("Ignacio Vergara", "ignacio.vergara@andesexpress.example.cl"),
        "to": [("", "mateo.ql@example.pe")],
        "subject": "Citación a entrevista – Jefe(a) de Calidad Centro de Distribución",
        "date": "2026-07-06 12:44:09 -0400", "cte": "quoted-printable",
        "text": T("""
            Estimado(a) Mateo Quispe-Lindahl:

            Junto con saludar, le informamos que ha sido seleccionado(a) para participar en
            la entrevista del proceso Jefe(a) de Calidad Centro de Distribución (N.° 30211).

            Fecha: jueves 9 de julio de 2026
            Hora: 10:00 hrs
            Dirección: Av. Presidente Eduardo Frei Montalva 9870, Quilicura (Edificio
            Corporativo, recepción piso 1)
            Entrevistador: Ignacio Vergara, Subgerente de Calidad y Seguridad Alimentaria

            Para confirmar su asistencia, responda este correo (llegará directamente a
            Ignacio Vergara).

            Saludos cordiales,
            Gerencia de Personas – Supermercados Andes Express
            """),
        "html": ats_table(
            lang="es", logo_src="https://career2.successfactors.eu/ui/uicore/img/custlogo/andesexpress.png",
            logo_alt="Supermercados Andes Express", accent="#e30613",
            content=P(
                "Estimado(a) Mateo Quispe-Lindahl:",
                "Junto con saludar, le informamos que ha sido seleccionado(a) para participar en la "
                "entrevista del proceso <b>Jefe(a) de Calidad Centro de Distribución</b> (N.° 30211).",
                "<b>Fecha:</b> jueves 9 de julio de 2026<br><b>Hora:</b> 10:00 hrs<br>"
                "<b>Dirección:</b> Av. Presidente Eduardo Frei Montalva 9870, Quilicura (Edificio "
                "Corporativo, recepción piso 1)<br><b>Entrevistador:</b> Ignacio Vergara, Subgerente "
                "de Calidad y Seguridad Alimentaria",
                "Para confirmar su asistencia, responda este correo (llegará directamente a Ignacio "
                "Vergara).",
                "Saludos cordiales,<br>Gerencia de Personas – Supermercados Andes Express",
            ),
            footer="Supermercados Andes Express S.A. · RUT 96.512.330-4 · Santiago de Chile",
            pixel_url="https://career2.successfactors.eu/email/track/open?id=0c4411",
        ),
    },
    {
        "key": "i12", "kind": "interview_invitation", "scenario": "lab_teams_tuteo", "lang": "es",
        "company": "Laboratorio Agroalimentario Levante", "contact": "jordi.ferrer@lal-lab.example.es",
        "frm": ("Jordi Ferrer", "jordi.ferrer@lal-lab.example.es"),
        "to": [ME], "subject": "Entrevista técnico/a de calidad – jueves 27",
        "date": "2026-08-24 13:15:48 +0200", "charset": "windows-1252", "cte": "8bit",
        "text": T("""
            Hola Mateo:

            Soy Jordi Ferrer, responsable de Calidad del LAL. He visto tu candidatura para
            el puesto de técnico/a de calidad y sistemas (ISO 17025) y me gustaría hablar
            contigo.

            ¿Te va bien el jueves 27 de agosto a las 17:00 (hora peninsular)? Para ti serían
            las 10:00 en Lima, si no me equivoco. Haríamos la entrevista por Teams, este es
            el enlace:

            https://teams.microsoft.com/l/meetup-join/19%3ameeting_LAL-0827-jf

            Dura unos 45 minutos. Te preguntaré sobre validación de métodos, gestión de no
            conformidades y cómo te ves en un laboratorio viniendo de cocina.

            Un saludo,

            Jordi Ferrer i Puig
            Responsable de Calidad – LAL · Laboratorio Agroalimentario Levante
            Parc Tecnològic, C/ Charles Robert Darwin 14 – 46980 Paterna
            T. 963 18 77 40
            """),
    },
    {
        "key": "i13", "kind": "interview_invitation", "scenario": "public_concurso_caps", "lang": "es",
        "company": "Agencia de Regulación Fitosanitaria", "contact": "",
        "frm": ("AREFIT - Talento Humano", "no-reply@arefit.example.ec"),
        "to": [("", "mateo.ql@example.pe")],
        "subject": "CONVOCATORIA A ENTREVISTA - CONCURSO DE MÉRITOS Y OPOSICIÓN AREFIT-CMO-009-2026",
        "date": "2026-09-21 17:55:00 -0500", "charset": "iso-8859-1", "cte": "quoted-printable",
        "hdr": ("iso-8859-1", "b"),
        "text": T("""
            AGENCIA DE REGULACIÓN FITOSANITARIA - AREFIT
            DIRECCIÓN DE ADMINISTRACIÓN DE TALENTO HUMANO

            CONCURSO DE MÉRITOS Y OPOSICIÓN AREFIT-CMO-009-2026
            PUESTO: ANALISTA DE INOCUIDAD DE ALIMENTOS 1

            Señor(a): QUISPE LINDAHL MATEO

            Una vez superada la fase de pruebas técnicas, se le CONVOCA a la ENTREVISTA
            del concurso, de acuerdo con el siguiente detalle:

            FECHA: MARTES 29 DE SEPTIEMBRE DE 2026
            HORA: 11H30
            LUGAR: AV. ELOY ALFARO N30-350 Y AMAZONAS, EDIFICIO AREFIT, PISO 4, QUITO
            DOCUMENTOS: CÉDULA O PASAPORTE ORIGINAL

            La inasistencia a la entrevista ocasionará la descalificación del postulante.

            Este correo es generado automáticamente, no responda a esta dirección.
            """),
    },
    {
        "key": "i14", "kind": "interview_invitation", "scenario": "gmail_quote_holds_ack_warning", "lang": "es",
        "company": "Nutrikallpa", "contact": "valeria.soto@nutrikallpa.example.pe",
        "frm": ("Valeria Soto | Nutrikallpa", "valeria.soto@nutrikallpa.example.pe"),
        "to": [ME], "subject": "Re: Postulación – QA Lead (snacks andinos)",
        "date": "2026-02-23 11:41:20 -0500", "cte": "quoted-printable",
        "thread": ["cand:nutrikallpa-apply", "cand:nutrikallpa-autoack"],
        "text": T("""
            Hola Mateo!

            Perdona la demora, fueron semanas locas con la feria de Expoalimentaria. Me
            gustó mucho tu perfil y quiero que conversemos en persona: ¿puedes venir el
            viernes 27 de febrero a las 11:00 a nuestra oficina-planta en Barranco (Jr.
            Colón 318)? Estaremos Rafa (cofundador, producción) y yo. Tráete tu plan HACCP
            del hotel si lo puedes compartir, nos ayuda a entender cómo trabajas.

            Confírmame y te mando la ubicación exacta por WhatsApp.

            Val

            --
            Valeria Soto · CEO & cofundadora · Nutrikallpa
            snacks andinos de verdad 🌽 · nutrikallpa.example.pe

            El mar, 3 feb 2026 a las 9:02, Nutrikallpa Empleos <empleos@nutrikallpa.example.pe> escribió:

            > Gracias por postular a Nutrikallpa. Recibimos muchas postulaciones y no podemos
            > responder a cada una: si en 30 días no recibes noticias nuestras, considera que
            > tu postulación no ha sido seleccionada. ¡Gracias por tu interés!
            >
            > El lun, 2 feb 2026 a las 22:15, Mateo Quispe-Lindahl <mateo.ql@example.pe> escribió:
            >
            >> Hola equipo Nutrikallpa, les envío mi CV para la posición de QA Lead.
            >> Saludos, Mateo
            """),
    },
    {
        "key": "i15", "kind": "interview_invitation", "scenario": "google_calendar_request", "lang": "en",
        "company": "Quantum Food Assurance", "contact": "harriet.cole@quantumfa.example.com",
        "frm": ("Harriet Cole", "harriet.cole@quantumfa.example.com"),
        "to": [ME], "subject": "Interview invitation: Junior Food Safety Auditor (LATAM) - Wed 21 Jan",
        "date": "2026-01-14 12:04:12 +0000", "cte": "7bit", "charset": "utf-8",
        "ics": ICS_QUANTUM_REQ, "ics_method": "REQUEST",
        "text": T("""
            Dear Mateo,

            Thank you for applying for the Junior Food Safety Auditor (LATAM) position. I'm
            pleased to invite you to a first interview by video on Wednesday 21 January at
            16:00 UK time (11:00 in Lima).

            The conversation will last around 45 minutes. We'll talk about your experience
            with HACCP in a hotel kitchen, how you approach a supplier audit, and your
            availability to travel across Peru, Ecuador and Colombia (roughly 60% of the
            time).

            I've sent a calendar invitation with the joining link - please accept it or let
            me know if another time suits you better.

            Kind regards,

            Harriet Cole
            Talent Partner, Americas
            Quantum Food Assurance Ltd
            T +44 20 7946 0321

            Quantum Food Assurance Ltd. Registered in England No 08812345. Registered
            office: 14 Tanner Street, London SE1 3LE.
            """),
    },
    {
        "key": "i16", "kind": "interview_invitation", "scenario": "ashby_schedule_link", "lang": "en",
        "company": "Lumen Kitchens", "contact": "",
        "frm": ("Lumen Kitchens Recruiting", "no-reply@ashbyhq.com"),
        "to": [("", "mateo.ql@example.pe")],
        "subject": "Schedule your interview with Lumen Kitchens",
        "date": "2026-09-01 13:26:40 -0400", "cte": "quoted-printable",
        "text": T("""
            Hi Mateo,

            Thanks for applying for Food Safety & QA Manager at Lumen Kitchens! We'd love to
            set up a 30-minute video interview with Priya Nair, our Head of Operations.

            Please pick a time that works for you (times are shown in your local time zone):
            https://jobs.ashbyhq.com/lumenkitchens/interview/schedule?token=aX93kQ

            Available slots: Tue 8 Sep - Fri 11 Sep.

            Talk soon,
            Lumen Kitchens Recruiting
            """),
        "html": plain_ats(
            font="Inter, Helvetica, Arial, sans-serif",
            content=P(
                "Hi Mateo,",
                "Thanks for applying for <b>Food Safety &amp; QA Manager</b> at Lumen Kitchens! We'd love "
                "to set up a 30-minute video interview with Priya Nair, our Head of Operations.",
                "Please pick a time that works for you using the link below. Times are shown in your "
                "local time zone.",
                button("https://jobs.ashbyhq.com/lumenkitchens/interview/schedule?token=aX93kQ",
                       "Choose a time", "#5b3df5", "Inter, Helvetica, Arial, sans-serif"),
                "Available slots: Tue 8 Sep – Fri 11 Sep.",
                "Talk soon,<br>Lumen Kitchens Recruiting",
            ),
            footer="Lumen Kitchens · 5445 av. de Gaspé, Montréal, QC · Powered by Ashby",
            pixel_url="https://app.ashbyhq.com/api/email/open/9f8e7d6c",
        ),
    },
    {
        "key": "i17", "kind": "interview_invitation", "scenario": "agency_terse_iphone", "lang": "en",
        "company": "NorthBay Hospitality Group", "contact": "sam.oduya@brightwater-talent.example.com",
        "frm": ("Sam Oduya", "sam.oduya@brightwater-talent.example.com"),
        "to": [ME], "subject": "Re: QA coordinator - Montreal",
        "date": "2026-06-15 20:17:33 -0400", "cte": "8bit",
        "thread": ["cand:brightwater-cv"],
        "text": T("""
            Can you do Tue 2pm Montreal time w/ the client? NorthBay Hospitality, QA coordinator for their 3 hotel kitchens. Video, 45 min. Call me tmrw am and I'll brief you.

            Sam

            Sent from my iPhone

            > On Jun 12, 2026, at 9:12 AM, Mateo Quispe-Lindahl <mateo.ql@example.pe> wrote:
            >
            > Hi Sam, attached is my updated CV as discussed. Thanks for thinking of me.
            > Mateo
            """),
    },
    {
        "key": "i18", "kind": "interview_invitation", "scenario": "lever_invite_reply_to", "lang": "en",
        "company": "Maple & Rye Foods", "contact": "jordan.pike@mapleandrye.example.ca",
        "frm": ("Maple & Rye Foods", "no-reply@hire.lever.co"),
        "reply_to": ("Jordan Pike", "jordan.pike@mapleandrye.example.ca"),
        "to": [("", "mateo.ql@example.pe")],
        "subject": "Interview with Maple & Rye Foods - Food Safety Coordinator",
        "date": "2026-03-23 10:48:02 -0400", "cte": "quoted-printable",
        "text": T("""
            Hi Mateo,

            Thanks for your application for the Food Safety Coordinator position at our
            Saint-Laurent bakery. We'd like to invite you to a first interview with me and
            Marie-Ève Gagnon, our Quality Manager.

            When: Friday, March 27, 10:00-10:45 a.m. Eastern (9:00 a.m. in Lima)
            Where: Google Meet - https://meet.google.com/mrf-qsfc-327

            Could you reply to confirm? If that time doesn't work, send me two or three
            alternatives.

            Cheers,
            Jordan Pike
            Talent Acquisition Lead, Maple & Rye Foods
            """),
        "html": plain_ats(
            content=P(
                "Hi Mateo,",
                "Thanks for your application for the Food Safety Coordinator position at our "
                "Saint-Laurent bakery. We'd like to invite you to a first interview with me and "
                "Marie-Ève Gagnon, our Quality Manager.",
                "<b>When:</b> Friday, March 27, 10:00–10:45 a.m. Eastern (9:00 a.m. in Lima)<br>"
                "<b>Where:</b> Google Meet – <a href=\"https://meet.google.com/mrf-qsfc-327\">"
                "meet.google.com/mrf-qsfc-327</a>",
                "Could you reply to confirm? If that time doesn't work, send me two or three "
                "alternatives.",
                "Cheers,<br>Jordan Pike<br>Talent Acquisition Lead, Maple &amp; Rye Foods",
            ),
            footer="Maple &amp; Rye Foods Inc. · 2250 boul. Thimens, Saint-Laurent, QC H4R 1K8 · "
                   "Sent with Lever",
            pixel_url="https://hire.lever.co/email/o/4b2e91aa",
        ),
    },
    {
        "key": "i19", "kind": "interview_invitation", "scenario": "ngo_panel_zoom", "lang": "en",
        "company": "Food Safety Without Borders", "contact": "amara.kone@fswb.example.org",
        "frm": ("Amara Koné", "amara.kone@fswb.example.org"),
        "to": [ME], "subject": "Panel interview - Programme Officer, Street Food Safety (Quito)",
        "date": "2026-08-03 09:05:17 -0500", "cte": "quoted-printable",
        "text": T("""
            Dear Mateo,

            On behalf of the selection panel, thank you for your application for the
            Programme Officer - Street Food Safety position in our Quito office. We were
            impressed by your experience training kitchen staff and would like to invite
            you to a panel interview:

            Date: Monday 10 August 2026
            Time: 09:00-10:00 (Quito time, GMT-5)
            Format: Zoom (link below); please have your camera on
            Panel: Amara Koné (Country Director), Dr. Lucía Benítez (Technical Adviser),
            Carlos Yépez (HR and Finance)

            Zoom: https://zoom.example.org/j/8841022190?pwd=FSWBquito

            You will be asked to give a 5-minute presentation on "Three quick wins to reduce
            foodborne illness among street vendors in Quito". No slides needed.

            Please confirm by replying to this email.

            Best wishes,
            Amara Koné
            Country Director, Ecuador
            Food Safety Without Borders
            Av. 6 de Diciembre N33-42, Quito
            """),
    },
    {
        "key": "i20", "kind": "interview_invitation", "scenario": "hotel_group_outlook_vous", "lang": "fr",
        "company": "Groupe Hôtelier Confluence", "contact": "aurelie.bassi@confluence-hotels.example.fr",
        "frm": ("Aurélie Bassi", "aurelie.bassi@confluence-hotels.example.fr"),
        "to": [ME], "subject": "Invitation à un entretien – Responsable Hygiène & Qualité",
        "date": "2026-04-08 09:33:04 +0200", "cte": "quoted-printable",
        "html": outlook(mso(
            "Bonjour Monsieur Quispe-Lindahl,",
            "",
            "Suite à l’étude de votre candidature au poste de <b>Responsable Hygiène &amp; Qualité</b> "
            "pour nos trois établissements lyonnais, nous avons le plaisir de vous proposer un "
            "entretien.",
            "",
            "Vous nous avez indiqué être de passage à Lyon fin avril : nous vous proposons donc de "
            "nous rencontrer le <b>jeudi 23 avril à 14h30</b>, à l’Hôtel Confluence Quais, 8 cours "
            "Charlemagne, 69002 Lyon. Vous rencontrerez M. Julien Perret, chef exécutif, et moi-même.",
            "",
            "Merci de bien vouloir me confirmer votre présence par retour de mail.",
            "",
            "Bien cordialement,",
            "",
            "<b>Aurélie Bassi</b>",
            "Responsable Ressources Humaines",
            "Groupe Hôtelier Confluence",
            "Tél. : 04 78 92 10 45",
            "<span style=\"font-size:8pt;color:#808080\">Pensez à l’environnement avant d’imprimer ce "
            "courriel.</span>",
        ), lang="FR"),
    },
    {
        "key": "i21", "kind": "interview_invitation", "scenario": "successfactors_calendar_fr", "lang": "fr",
        "company": "Certif'Alim", "contact": "",
        "frm": ("Certif'Alim Recrutement", "certifalim@successfactors.eu"),
        "to": [("", "mateo.ql@example.pe")],
        "subject": "Certif'Alim – Convocation à un entretien",
        "date": "2026-05-19 11:15:00 +0200", "cte": "quoted-printable",
        "ics": ICS_CERTIFALIM, "ics_method": "REQUEST",
        "text": T("""
            Bonjour Mateo Quispe-Lindahl,

            Nous avons le plaisir de vous convier à un entretien pour le poste d'Auditeur
            junior IFS/BRCGS (H/F) basé à Lyon.

            Date : mardi 26 mai 2026
            Heure : 16h00 - 17h00 (heure de Paris)
            Format : visioconférence. Le lien de connexion vous sera envoyé la veille.

            Vous trouverez ci-joint l'invitation à ajouter à votre agenda.

            Cordialement,
            L'équipe Recrutement Certif'Alim

            Ce message a été envoyé automatiquement. Merci de ne pas y répondre.
            Certif'Alim SAS - 14 rue de la Villette, 69003 Lyon
            """),
    },
    {
        "key": "i22", "kind": "interview_invitation", "scenario": "quebec_entrevue_telephone", "lang": "fr",
        "company": "Laiterie Beauharnois", "contact": "m.lapointe@laiteriebeauharnois.example.ca",
        "frm": ("Mélanie Lapointe", "m.lapointe@laiteriebeauharnois.example.ca"),
        "to": [ME], "subject": "Entrevue téléphonique – Technicien(ne) en assurance qualité",
        "date": "2026-06-10 15:52:38 -0400", "charset": "windows-1252", "cte": "quoted-printable",
        "text": T("""
            Bonjour M. Quispe-Lindahl,

            Merci de l’intérêt que vous portez à la Laiterie Beauharnois. Votre candidature
            pour le poste de technicien(ne) en assurance qualité (quart de soir) a retenu
            notre attention et nous aimerions vous rencontrer pour une première entrevue
            téléphonique.

            Seriez-vous disponible le mardi 16 juin à 10 h (heure de Montréal) ? L’entrevue
            durera environ 30 minutes et sera menée par notre directeur d’usine, M. Patrice
            Gendron, et moi-même. Nous vous appellerons au numéro indiqué dans votre CV.

            Au plaisir d’échanger avec vous,

            Mélanie Lapointe
            Conseillère en ressources humaines
            Laiterie Beauharnois
            455, rue Ellice, Beauharnois (Québec) J6N 1X8
            450 555-0119, poste 204
            """),
    },
    {
        "key": "i23", "kind": "interview_invitation", "scenario": "interim_agency_named_client", "lang": "fr",
        "company": "Maison Vercors Traiteur", "contact": "kevin.blanc@saone-emploi.example.fr",
        "frm": ("Kévin Blanc - Saône Emploi", "kevin.blanc@saone-emploi.example.fr"),
        "to": [ME], "subject": "RDV client jeudi !! Technicien qualité",
        "date": "2026-02-02 17:38:52 +0100", "cte": "8bit",
        "text": T("""
            Bonjour Mateo !

            Super nouvelle : notre client Maison Vercors Traiteur (cuisine centrale à
            Corbas) veut vous rencontrer pour la mission de technicien qualité (CDD 6 mois,
            possibilité de CDI) !!

            Le RDV est fixé au JEUDI 5 FÉVRIER à 9h00 (soit 3h00 à Lima, désolé…) en visio
            avec Mme Nadia Chérif, responsable qualité. Je vous envoie le lien Teams demain.

            Préparez bien :
            - le plan de maîtrise sanitaire (PMS), ils vont vous en parler
            - la gestion des allergènes en liaison froide
            - vos disponibilités pour une arrivée en France

            Confirmez-moi vite svp !!

            Kévin Blanc
            Chargé de recrutement – Saône Emploi Intérim
            12 rue Servient, 69003 Lyon – 04 37 48 22 10
            """),
    },
    {
        "key": "i24", "kind": "interview_invitation", "scenario": "startup_coffee_visio_tu", "lang": "fr",
        "company": "Kombucha Croix-Rousse", "contact": "hugo@kombucha-croixrousse.example.fr",
        "frm": ("Hugo Marchetti", "hugo@kombucha-croixrousse.example.fr"),
        "to": [ME], "subject": "On se fait un café (virtuel) ?",
        "date": "2026-09-15 08:14:20 +0200", "cte": "quoted-printable",
        "text": T("""
            Salut Mateo,

            Hugo, cofondateur de Kombucha Croix-Rousse. Merci pour ta candidature au poste
            de responsable qualité & R&D, ton parcours de cuisinier nous a bien parlé.

            Je te propose un premier entretien, assez informel, en visio vendredi 18
            septembre à 10h (heure de Lyon, donc 3h du matin chez toi si tu es encore à Lima ?
            dis-moi si c'est trop tôt, on peut faire 17h). On parlera fermentation, maîtrise
            du pH et de ce qu'il faudrait pour passer notre atelier en agrément sanitaire.

            Lien Meet : https://meet.google.com/kcr-hugo-mateo

            À vendredi j'espère !
            Hugo
            """),
    },
    {
        "key": "i25", "kind": "interview_invitation", "scenario": "personio_einladung_sie", "lang": "de",
        "company": "Nordquell Getränke", "contact": "tobias.wendt@nordquell.example.com",
        "frm": ("Nordquell Getränke AG", "noreply@personio.de"),
        "reply_to": ("Tobias Wendt", "tobias.wendt@nordquell.example.com"),
        "to": [("", "mateo.ql@example.pe")],
        "subject": "Einladung zum Vorstellungsgespräch – Qualitätsmanager Lebensmittelsicherheit (m/w/d)",
        "date": "2026-03-02 10:30:55 +0100", "cte": "quoted-printable",
        "text": T("""
            Sehr geehrter Herr Quispe-Lindahl,

            vielen Dank für Ihre Bewerbung als Qualitätsmanager Lebensmittelsicherheit
            (m/w/d) für unsere Werke in Spanien und Portugal. Ihr Profil hat uns
            angesprochen, und wir möchten Sie gern näher kennenlernen.

            Wir laden Sie herzlich zu einem Video-Interview am Dienstag, 10. März 2026, um
            15:00 Uhr (MEZ) ein. Gesprächspartner sind Tobias Wendt (Recruiting) und Dr.
            Ines Kraemer (Leitung Qualität Iberia). Das Gespräch kann auf Deutsch, Englisch
            oder Spanisch geführt werden.

            Termin bestätigen: https://nordquell.jobs.personio.de/interview/confirm?t=Hq72pL

            Bei Fragen antworten Sie einfach auf diese E-Mail.

            Mit freundlichen Grüßen
            Tobias Wendt
            Talent Acquisition · Nordquell Getränke AG
            """),
        "html": plain_ats(
            font="Helvetica, Arial, sans-serif",
            content=P(
                "Sehr geehrter Herr Quispe-Lindahl,",
                "vielen Dank für Ihre Bewerbung als <b>Qualitätsmanager Lebensmittelsicherheit (m/w/d)</b> "
                "für unsere Werke in Spanien und Portugal. Ihr Profil hat uns angesprochen, und wir "
                "möchten Sie gern näher kennenlernen.",
                "Wir laden Sie herzlich zu einem Video-Interview am <b>Dienstag, 10. März 2026, um "
                "15:00 Uhr (MEZ)</b> ein. Gesprächspartner sind Tobias Wendt (Recruiting) und Dr. "
                "Ines Kraemer (Leitung Qualität Iberia). Das Gespräch kann auf Deutsch, Englisch oder "
                "Spanisch geführt werden.",
                button("https://nordquell.jobs.personio.de/interview/confirm?t=Hq72pL",
                       "Termin bestätigen", "#00695c", "Helvetica, Arial, sans-serif"),
                "Bei Fragen antworten Sie einfach auf diese E-Mail.",
                "Mit freundlichen Grüßen<br>Tobias Wendt<br>Talent Acquisition · Nordquell Getränke AG",
            ),
            footer="Nordquell Getränke AG · Podbielskistraße 166 · 30177 Hannover<br>Vorstand: "
                   "Henrike Albers (Vorsitz), Jan Oltmanns · Aufsichtsratsvorsitzender: Dr. Karl "
                   "Dreyer · Amtsgericht Hannover HRB 60123<br>Versendet über Personio",
            pixel_url="https://nordquell.jobs.personio.de/t/o/98a1c7.png",
        ),
    },
    {
        "key": "i26", "kind": "interview_invitation", "scenario": "kennenlernen_teams", "lang": "de",
        "company": "Qualitas Zertifizierung", "contact": "sabine.krug@qualitas-zert.example.de",
        "frm": ("Sabine Krug", "sabine.krug@qualitas-zert.example.de"),
        "to": [ME], "subject": "Kennenlerngespräch Auditor Lebensmittel (Standort Madrid)",
        "date": "2026-07-21 14:02:16 +0200", "cte": "8bit",
        "text": T("""
            Sehr geehrter Herr Quispe-Lindahl,

            herzlichen Dank für Ihre Bewerbung als Auditor Lebensmittelsicherheit für
            unser Büro in Madrid. Gern möchten wir Sie in einem ersten Kennenlerngespräch
            per Microsoft Teams näher kennenlernen.

            Termin: Dienstag, 28. Juli 2026, 15:00 Uhr MESZ (08:00 Uhr in Lima)
            Dauer: ca. 45 Minuten
            Teilnehmer: Sabine Krug (HR) und Javier Olmedo (Teamleiter Auditoren Spanien)

            Den Teams-Link erhalten Sie separat. Bitte bestätigen Sie uns den Termin kurz
            per E-Mail.

            Mit freundlichen Grüßen

            Sabine Krug
            Personalreferentin
            Qualitas Zertifizierung GmbH
            Lyoner Straße 44, 60528 Frankfurt am Main
            Tel. +49 69 5550 3310
            Geschäftsführer: Dipl.-Ing. Rainer Vogt · Sitz: Frankfurt am Main · HRB 99412
            """),
    },
    # ---------------------------------------------------------------- reschedules / cancellations
    {
        "key": "s01", "kind": "interview_reschedule_or_cancel", "scenario": "teams_update_sequence_1", "lang": "es",
        "company": "Bureau Andino de Certificación", "contact": "andres.cardenas@bac-certificacion.example.co",
        "frm": ("Andrés Cárdenas Gil", "andres.cardenas@bac-certificacion.example.co"),
        "to": [ME], "cc": [("Luisa Fernández", "luisa.fernandez@bac-certificacion.example.co")],
        "subject": "Actualizado: Entrevista técnica - Auditor(a) Junior ISO 22000 / FSSC",
        "date": "2026-04-17 09:32:11 -0500", "cte": "quoted-printable",
        "thread": ["i03"], "ics": ICS_BAC_2, "ics_method": "REQUEST",
        "text": T("""
            Mateo, buenos días.

            Le pido excusas: a Luisa la programaron para una auditoría de seguimiento en
            Cali el martes, así que movemos la entrevista técnica al jueves 23 de abril de
            3:00 a 4:00 p. m. (hora de Bogotá). El enlace de Teams es el mismo.

            Le envío la invitación actualizada; le agradezco aceptarla de nuevo.

            Andrés Cárdenas Gil
            Gerente Técnico – Esquemas de Inocuidad
            Bureau Andino de Certificación (BAC)
            """),
    },
    {
        "key": "s02", "kind": "interview_reschedule_or_cancel", "scenario": "switched_to_zoom", "lang": "es",
        "company": "Lácteos Andinos del Sur", "contact": "rocio.valdivia@lacteosandinos.example.pe",
        "frm": ("Rocío Valdivia Ponce", "rocio.valdivia@lacteosandinos.example.pe"),
        "to": [ME], "subject": "RE: Entrevista Supervisor de Inocuidad – planta Ate",
        "date": "2026-02-13 16:48:20 -0500", "cte": "8bit",
        "thread": ["i01", "cand:lacteos-confirm"],
        "text": T("""
            Estimado Mateo:

            Un cambio de último momento: el lunes la planta estará en parada por
            mantenimiento de los pasteurizadores, así que la entrevista del lunes 16 será
            por Zoom a la misma hora (9:30 a. m.). El recorrido por la planta lo haríamos en
            una segunda etapa, si corresponde.

            Enlace: https://zoom.example.com/j/6120934417  (código: Lacteos16)

            Disculpe las molestias.

            Rocío Valdivia Ponce
            Analista Senior de Selección | Gestión Humana
            Lácteos Andinos del Sur S.A.C.

            De: Mateo Quispe-Lindahl <mateo.ql@example.pe>
            Enviado: lunes, 9 de febrero de 2026 12:02
            Para: Rocío Valdivia Ponce <rocio.valdivia@lacteosandinos.example.pe>
            Asunto: RE: Entrevista Supervisor de Inocuidad – planta Ate

            Estimada Rocío, confirmo mi asistencia el lunes 16 a las 9:30. Muchas gracias.
            Mateo
            """),
    },
    {
        "key": "s03", "kind": "interview_reschedule_or_cancel", "scenario": "interviewer_ill_gmail", "lang": "es",
        "company": "Supermercados La Canasta", "contact": "milagros.ccori@lacanasta.example.pe",
        "frm": ("Milagros Ccori", "milagros.ccori@lacanasta.example.pe"),
        "to": [ME], "subject": "Re: Entrevista - Jefe de Calidad de Cocina Central",
        "date": "2026-03-09 16:05:02 -0500", "cte": "quoted-printable",
        "thread": ["i02"],
        "text": T("""
            Mateo, el jefe de producción amaneció con fiebre; pasamos tu entrevista al
            viernes 13 a las 11:00, mismo lugar. ¿Te acomoda?

            Milagros
            """),
    },
    {
        "key": "s04", "kind": "interview_reschedule_or_cancel", "scenario": "agency_cambio_de_planes", "lang": "es",
        "company": "Salmones Australes", "contact": "javiera.munoz@cazatalentospacifico.example.cl",
        "frm": ("Javiera Muñoz - Cazatalentos Pacífico", "javiera.munoz@cazatalentospacifico.example.cl"),
        "to": [ME], "subject": "CAMBIO DE HORA entrevista Salmones Australes",
        "date": "2026-05-06 13:05:47 -0400", "cte": "quoted-printable",
        "thread": ["i04", "cand:cazatalentos-confirm"],
        "text": T("""
            Mateo!! Cambio de planes 😅

            Don Rodrigo tiene visita de Sernapesca en la planta mañana en la mañana, así que
            la entrevista con Salmones Australes queda para el VIERNES 8 de mayo a las 12:00
            hrs Chile (11:00 Lima). Mismo link de Meet que te mandé ayer.

            Me confirmas?? Gracias!!!

            Javiera
            Cazatalentos Pacífico
            """),
    },
    {
        "key": "s05", "kind": "interview_reschedule_or_cancel", "scenario": "assessment_suspended_strike", "lang": "es",
        "company": "Grupo Catering Pacífico", "contact": "karina.mendoza@cateringpacifico.example.pe",
        "frm": ("Karina Mendoza Salas", "karina.mendoza@cateringpacifico.example.pe"),
        "to": [ME], "subject": "SUSPENDIDO: Assessment Center jueves 28 de mayo",
        "date": "2026-05-26 19:40:03 -0500", "charset": "windows-1252", "cte": "quoted-printable",
        "text": T("""
            Estimados postulantes:

            Debido al paro de transportistas anunciado para este jueves 28 de mayo, hemos
            decidido SUSPENDER el Assessment Center del proceso Supervisor(a) de Calidad –
            Operaciones Mineras, para no exponerlos a problemas de traslado.

            El proceso sigue en curso. En los próximos días les enviaremos la nueva fecha,
            que será dentro de la primera quincena de junio.

            Gracias por su comprensión.

            Karina Mendoza Salas
            Jefa de Reclutamiento y Selección
            Grupo Catering Pacífico S.A.C.
            """),
    },
    {
        "key": "s06", "kind": "interview_reschedule_or_cancel", "scenario": "move_one_day_tuteo", "lang": "es",
        "company": "Certiqual Ibérica", "contact": "beatriz.lozano@certiqual.example.es",
        "frm": ("Beatriz Lozano", "beatriz.lozano@certiqual.example.es"),
        "to": [ME], "subject": "Cambio de día entrevista",
        "date": "2026-04-30 10:11:29 +0200", "cte": "8bit",
        "text": T("""
            Hola Mateo:

            Necesitamos mover tu entrevista del martes 5 de mayo al miércoles 6 de mayo, a
            la misma hora (16:00 de Madrid, 9:00 en Lima). A Álvaro le ha coincidido una
            auditoría de certificación en Murcia que no puede cambiar.

            ¿Te viene bien? Si no, dime y buscamos otra opción esa semana. Te mando el
            nuevo enlace de Teams en cuanto me confirmes.

            Gracias y perdona el cambio,

            Beatriz Lozano
            Responsable de Selección · Certiqual Ibérica
            +34 915 55 20 87
            """),
    },
    {
        "key": "s07", "kind": "interview_reschedule_or_cancel", "scenario": "university_new_hour", "lang": "es",
        "company": "Universidad Politécnica del Pichincha", "contact": "veronica.salazar@upp.example.ec",
        "frm": ("Verónica Salazar Mena", "veronica.salazar@upp.example.ec"),
        "to": [ME], "subject": "Alcance: cambio de horario entrevista 9 de junio",
        "date": "2026-06-05 12:20:00 -0500", "charset": "iso-8859-1", "cte": "8bit",
        "thread": ["i05", "cand:upp-confirm"],
        "text": T("""
            Estimado señor Quispe-Lindahl:

            En alcance a nuestra comunicación del 1 de junio, le informamos que por
            disposición del Decanato la entrevista del martes 9 de junio se realizará a las
            15h00 (y no a las 10h00), en la sala de Consejo de Facultad, planta baja del
            Edificio de Agroindustria.

            Los demás detalles se mantienen. Agradeceremos acusar recibo del presente.

            Atentamente,

            Mgs. Verónica Salazar Mena
            Analista de Talento Humano
            Universidad Politécnica del Pichincha
            """),
    },
    {
        "key": "s08", "kind": "interview_reschedule_or_cancel", "scenario": "founder_trip_move_to_monday", "lang": "es",
        "company": "Nutrikallpa", "contact": "valeria.soto@nutrikallpa.example.pe",
        "frm": ("Valeria Soto | Nutrikallpa", "valeria.soto@nutrikallpa.example.pe"),
        "to": [ME], "subject": "Re: Postulación – QA Lead (snacks andinos)",
        "date": "2026-02-26 07:58:41 -0500", "cte": "quoted-printable",
        "thread": ["i14"],
        "text": T("""
            Oye Mateo, mil disculpas: me salió un viaje de último minuto a Arequipa para ver
            a un proveedor de quinua y no llego el viernes. ¿Podemos pasar la reunión al
            lunes 2 de marzo, misma hora (11am), mismo lugar? Rafa sí estará.

            Val
            Enviado desde mi Android
            """),
    },
    {
        "key": "s09", "kind": "interview_reschedule_or_cancel", "scenario": "calendar_cancel_interviewer_ill", "lang": "en",
        "company": "Quantum Food Assurance", "contact": "harriet.cole@quantumfa.example.com",
        "frm": ("Harriet Cole", "harriet.cole@quantumfa.example.com"),
        "to": [ME], "subject": "Cancelled: Interview: Mateo Quispe-Lindahl / Quantum Food Assurance",
        "date": "2026-01-20 08:30:55 +0000", "cte": "7bit", "charset": "utf-8",
        "thread": ["i15"], "ics": ICS_QUANTUM_CANCEL, "ics_method": "CANCEL",
        "text": T("""
            Dear Mateo,

            I'm afraid I have to cancel tomorrow's interview: Sanjay, who was due to join
            me, has been signed off sick for the rest of the week and I don't want you to
            miss the chance to speak with him.

            This is not a change to your application - we are still very keen to talk to
            you. I'll be in touch by Friday with a couple of new times for next week.

            Apologies for the short notice,

            Harriet Cole
            Talent Partner, Americas
            Quantum Food Assurance Ltd
            """),
    },
    {
        "key": "s10", "kind": "interview_reschedule_or_cancel", "scenario": "lever_rescheduled_html", "lang": "en",
        "company": "Maple & Rye Foods", "contact": "jordan.pike@mapleandrye.example.ca",
        "frm": ("Maple & Rye Foods", "no-reply@hire.lever.co"),
        "reply_to": ("Jordan Pike", "jordan.pike@mapleandrye.example.ca"),
        "to": [("", "mateo.ql@example.pe")],
        "subject": "Your interview has been rescheduled",
        "date": "2026-03-26 14:20:18 -0400", "cte": "quoted-printable",
        "html": plain_ats(
            content=P(
                "Hi Mateo,",
                "Your interview with Maple &amp; Rye Foods for <b>Food Safety Coordinator</b> has been "
                "rescheduled.",
                "<s style=\"color:#999999;\">Friday, March 27, 10:00 – 10:45 a.m. EDT</s><br>"
                "<b>Tuesday, March 31, 2:00 – 2:45 p.m. EDT</b> (1:00 p.m. in Lima)",
                "Marie-Ève has a food safety audit at one of our co-packers on Friday. Same Google Meet "
                "link: <a href=\"https://meet.google.com/mrf-qsfc-327\">meet.google.com/mrf-qsfc-327</a>.",
                "Reply to this email if the new time doesn't work for you.",
                "Jordan Pike<br>Talent Acquisition Lead, Maple &amp; Rye Foods",
            ),
            footer="Maple &amp; Rye Foods Inc. · Sent with Lever",
            pixel_url="https://hire.lever.co/email/o/77c1d0e3",
        ),
    },
    {
        "key": "s11", "kind": "interview_reschedule_or_cancel", "scenario": "agency_terse_pushed", "lang": "en",
        "company": "NorthBay Hospitality Group", "contact": "sam.oduya@brightwater-talent.example.com",
        "frm": ("Sam Oduya", "sam.oduya@brightwater-talent.example.com"),
        "to": [ME], "subject": "Re: QA coordinator - Montreal",
        "date": "2026-06-16 07:51:09 -0400", "cte": "8bit",
        "thread": ["i17"],
        "text": T("""
            Client pushed to Thurs 10am, same video link. ok?

            Sam Oduya | Senior Consultant, Hospitality | Brightwater Food Talent
            """),
    },
    {
        "key": "s12", "kind": "interview_reschedule_or_cancel", "scenario": "decaler_vous", "lang": "fr",
        "company": "Certif'Alim", "contact": "nathalie.gros@certifalim.example.fr",
        "frm": ("Nathalie Gros", "nathalie.gros@certifalim.example.fr"),
        "to": [ME], "subject": "Décalage de votre entretien du 26 mai",
        "date": "2026-05-22 17:04:33 +0200", "cte": "quoted-printable",
        "text": T("""
            Bonjour Monsieur Quispe-Lindahl,

            Je suis chargée de recrutement chez Certif'Alim et je reviens vers vous au sujet
            de votre entretien pour le poste d'auditeur junior IFS/BRCGS.

            Nous devons malheureusement le décaler : notre responsable technique est
            mobilisé mardi sur un audit inopiné. Nous vous proposons à la place le jeudi
            28 mai à 10h00 (heure de Paris), soit 3h00 à Lima… je me doute que ce n'est pas
            idéal ! Sinon, le vendredi 29 mai à 17h00 (10h00 à Lima).

            Pouvez-vous m'indiquer le créneau qui vous convient ? Je mettrai à jour
            l'invitation.

            Bien cordialement,

            Nathalie Gros
            Chargée de recrutement
            Certif'Alim – 14 rue de la Villette, 69003 Lyon
            04 72 61 33 90
            """),
    },
    {
        "key": "s13", "kind": "interview_reschedule_or_cancel", "scenario": "switched_to_visio_outlook", "lang": "fr",
        "company": "Groupe Hôtelier Confluence", "contact": "aurelie.bassi@confluence-hotels.example.fr",
        "frm": ("Aurélie Bassi", "aurelie.bassi@confluence-hotels.example.fr"),
        "to": [ME], "subject": "RE: Invitation à un entretien – Responsable Hygiène & Qualité",
        "date": "2026-04-20 12:10:26 +0200", "cte": "quoted-printable",
        "thread": ["i20", "x49"],
        "html": outlook(mso(
            "Bonjour Monsieur Quispe-Lindahl,",
            "",
            "Changement de programme pour jeudi : M. Perret sera retenu à Paris pour un salon "
            "professionnel. L’entretien du <b>jeudi 23 avril à 14h30</b> est maintenu à la même heure, "
            "mais se tiendra finalement <b>en visioconférence</b> (Teams) et non à l’hôtel.",
            "",
            "Lien : <a href=\"https://teams.microsoft.com/l/meetup-join/19%3ameeting_GHC-0423\">"
            "Rejoindre la réunion Microsoft Teams</a>",
            "",
            "Je suis désolée pour ce contretemps, d’autant que vous aviez prévu de venir sur place. "
            "Si vous êtes toujours à Lyon le lendemain, nous pourrons organiser une visite de la "
            "cuisine avec notre sous-chef.",
            "",
            "Bien cordialement,",
            "",
            "<b>Aurélie Bassi</b>",
            "Responsable Ressources Humaines – Groupe Hôtelier Confluence",
            "",
            "<b>De :</b> Mateo Quispe-Lindahl &lt;mateo.ql@example.pe&gt;<br><b>Envoyé :</b> mercredi 8 "
            "avril 2026 17:42<br><b>À :</b> Aurélie Bassi &lt;aurelie.bassi@confluence-hotels.example.fr"
            "&gt;<br><b>Objet :</b> RE: Invitation à un entretien – Responsable Hygiène &amp; Qualité",
            "",
            "Bonjour Madame Bassi, je vous confirme ma présence le jeudi 23 avril à 14h30 à l’Hôtel "
            "Confluence Quais. Merci beaucoup. Mateo Quispe-Lindahl",
        ), lang="FR"),
    },
    {
        "key": "s14", "kind": "interview_reschedule_or_cancel", "scenario": "quebec_remettre_malade", "lang": "fr",
        "company": "Laiterie Beauharnois", "contact": "m.lapointe@laiteriebeauharnois.example.ca",
        "frm": ("Mélanie Lapointe", "m.lapointe@laiteriebeauharnois.example.ca"),
        "to": [ME], "subject": "RE: Entrevue téléphonique – Technicien(ne) en assurance qualité",
        "date": "2026-06-15 08:26:12 -0400", "charset": "windows-1252", "cte": "8bit",
        "thread": ["i22", "cand:beauharnois-confirm"],
        "text": T("""
            Bonjour Mateo,

            Je dois malheureusement remettre notre entrevue de demain : M. Gendron est
            malade depuis vendredi. Est-ce que lundi prochain, le 22 juin, même heure
            (10 h, heure de Montréal) ferait votre affaire ?

            Merci de votre compréhension, et désolée pour le changement de dernière minute.

            Mélanie

            De : Mateo Quispe-Lindahl <mateo.ql@example.pe>
            Envoyé : 10 juin 2026 18:30
            À : Mélanie Lapointe <m.lapointe@laiteriebeauharnois.example.ca>
            Objet : RE: Entrevue téléphonique – Technicien(ne) en assurance qualité

            Bonjour Madame Lapointe,
            Je serai disponible le mardi 16 juin à 10 h. Merci pour cette occasion !
            Mateo Quispe-Lindahl
            """),
    },
    {
        "key": "s15", "kind": "interview_reschedule_or_cancel", "scenario": "personio_terminverschiebung", "lang": "de",
        "company": "Nordquell Getränke", "contact": "tobias.wendt@nordquell.example.com",
        "frm": ("Nordquell Getränke AG", "noreply@personio.de"),
        "reply_to": ("Tobias Wendt", "tobias.wendt@nordquell.example.com"),
        "to": [("", "mateo.ql@example.pe")],
        "subject": "Terminverschiebung: Ihr Vorstellungsgespräch am 10.03.2026",
        "date": "2026-03-05 09:12:40 +0100", "cte": "base64",
        "text": T("""
            Sehr geehrter Herr Quispe-Lindahl,

            leider müssen wir unser Gespräch am Dienstag, 10. März, verschieben, da Frau Dr.
            Kraemer an diesem Tag kurzfristig ein Lieferantenaudit in Porto übernehmen muss.

            Neuer Termin: Donnerstag, 12. März 2026, 16:00 Uhr (MEZ) - 10:00 Uhr in Lima.
            Der Videolink bleibt unverändert.

            Neuen Termin bestätigen:
            https://nordquell.jobs.personio.de/interview/confirm?t=Hq72pL&r=2

            Wir bitten um Ihr Verständnis.

            Mit freundlichen Grüßen
            Tobias Wendt
            Talent Acquisition · Nordquell Getränke AG
            """),
        "html": plain_ats(
            font="Helvetica, Arial, sans-serif",
            content=P(
                "Sehr geehrter Herr Quispe-Lindahl,",
                "leider müssen wir unser Gespräch am Dienstag, 10. März, verschieben, da Frau Dr. "
                "Kraemer an diesem Tag kurzfristig ein Lieferantenaudit in Porto übernehmen muss.",
                "Neuer Termin: <b>Donnerstag, 12. März 2026, 16:00 Uhr (MEZ)</b> – 10:00 Uhr in Lima. "
                "Der Videolink bleibt unverändert.",
                button("https://nordquell.jobs.personio.de/interview/confirm?t=Hq72pL&amp;r=2",
                       "Neuen Termin bestätigen", "#00695c", "Helvetica, Arial, sans-serif"),
                "Wir bitten um Ihr Verständnis.",
                "Mit freundlichen Grüßen<br>Tobias Wendt<br>Talent Acquisition · Nordquell Getränke AG",
            ),
            footer="Nordquell Getränke AG · Podbielskistraße 166 · 30177 Hannover · Amtsgericht "
                   "Hannover HRB 60123<br>Versendet über Personio",
            pixel_url="https://nordquell.jobs.personio.de/t/o/b44e02.png",
        ),
    },
    # ---------------------------------------------------------------- missed interviews
    {
        "key": "m01", "kind": "missed_interview_notice", "scenario": "waited_at_reception", "lang": "es",
        "company": "Pastificio Santa Rosa", "contact": "jorge.linares@pastificiosantarosa.example.pe",
        "frm": ("Jorge Linares", "jorge.linares@pastificiosantarosa.example.pe"),
        "to": [ME], "subject": "Entrevista de hoy 10:00 a. m.",
        "date": "2026-01-29 11:06:55 -0500", "cte": "8bit",
        "text": T("""
            Sr. Mateo Quispe-Lindahl:

            Lo esperamos hoy a las 10:00 a. m. en la recepción de nuestra planta de Santa
            Anita para la entrevista con el Jefe de Aseguramiento de la Calidad, pero no se
            presentó y tampoco pudimos comunicarnos con usted al celular.

            Si tuvo algún inconveniente, le agradeceré escribirme hoy o mañana para evaluar
            si es posible reprogramar. De lo contrario, daremos por cerrada su participación
            en el proceso.

            Atte.,

            Jorge Linares Castro
            Coordinador de Recursos Humanos
            Pastificio Santa Rosa S.A.C.
            Av. Los Ruiseñores 620, Santa Anita
            """),
    },
    {
        "key": "m02", "kind": "missed_interview_notice", "scenario": "tried_to_call_three_times", "lang": "es",
        "company": "Hoteles Candelaria & Co.", "contact": "paola.rincon@hotelescandelaria.example.co",
        "frm": ("Paola Andrea Rincón", "paola.rincon@hotelescandelaria.example.co"),
        "to": [ME], "subject": "RE: Confirmación entrevista telefónica",
        "date": "2026-03-18 10:05:31 -0500", "cte": "quoted-printable",
        "thread": ["i09"],
        "text": T("""
            Buenos días señor Mateo,

            El chef Hernán Quiroga intentó llamarlo tres veces entre las 9:00 y las 9:20 a. m.
            al +51 987 654 321, sin éxito (la llamada se iba a buzón de voz).

            ¿Será que hubo algún problema con la línea? Por favor avíseme si sigue
            interesado en el proceso y su disponibilidad para intentarlo otro día.

            Quedo atenta.

            Paola Andrea Rincón
            Analista de Gestión Humana · Hoteles Candelaria & Co.

            -----Mensaje original-----
            De: Paola Andrea Rincón
            Enviado el: lunes, 16 de marzo de 2026 5:30 p. m.
            Para: Mateo Quispe-Lindahl <mateo.ql@example.pe>
            Asunto: Confirmación entrevista telefónica

            Cordial saludo señor Mateo, como hablamos hace un rato por teléfono, le confirmo
            la entrevista telefónica para la vacante de Coordinador de Calidad e Inocuidad:
            miércoles 18 de marzo, 9:00 a. m. hora Colombia.
            """),
    },
    {
        "key": "m03", "kind": "missed_interview_notice", "scenario": "did_not_join_teams", "lang": "es",
        "company": "Laboratorio Agroalimentario Levante", "contact": "jordi.ferrer@lal-lab.example.es",
        "frm": ("Jordi Ferrer", "jordi.ferrer@lal-lab.example.es"),
        "to": [ME], "subject": "RE: Entrevista técnico/a de calidad – jueves 27",
        "date": "2026-08-27 17:26:02 +0200", "charset": "windows-1252", "cte": "quoted-printable",
        "thread": ["i12", "cand:lal-confirm"],
        "text": T("""
            Hola Mateo:

            Te he estado esperando en el Teams desde las 17:00 hasta las 17:20 y no te has
            conectado. ¿Ha pasado algo? A lo mejor ha sido un lío con el cambio de hora.

            Si te sigue interesando, dime qué día de la semana que viene te va bien y lo
            volvemos a intentar. Si no sé nada de ti antes del martes, entenderé que ya no
            estás en el proceso.

            Un saludo,
            Jordi
            """),
    },
    {
        "key": "m04", "kind": "missed_interview_notice", "scenario": "trial_shift_no_show", "lang": "es",
        "company": "Cervecería Huaylas", "contact": "diego@cerveceriahuaylas.example.pe",
        "frm": ("Diego Alarcón", "diego@cerveceriahuaylas.example.pe"),
        "to": [ME], "subject": "?",
        "date": "2026-02-03 09:44:18 -0500", "cte": "8bit",
        "text": T("""
            Mateo, te esperamos a las 7am para el turno de prueba en la planta (la coccion
            de la IPA + limpieza CIP) y no llegaste. Ana te llamó dos veces. Todo bien?

            Si se te complicó con el bus desde el aeropuerto avísanos y vemos otro día,
            pero necesitamos saber hoy.

            D.
            """),
    },
    {
        "key": "m05", "kind": "missed_interview_notice", "scenario": "inasistencia_formal", "lang": "es",
        "company": "Supermercados Andes Express", "contact": "ignacio.vergara@andesexpress.example.cl",
        "frm": ("Ignacio Vergara", "ignacio.vergara@andesexpress.example.cl"),
        "to": [ME], "subject": "Inasistencia a entrevista proceso N.° 30211",
        "date": "2026-07-09 12:31:44 -0400", "cte": "quoted-printable",
        "thread": ["i11"],
        "text": T("""
            Estimado Mateo:

            Le informo que registramos su inasistencia a la entrevista a la que fue citado
            hoy jueves 9 de julio a las 10:00 hrs en nuestras oficinas de Quilicura, para el
            proceso Jefe(a) de Calidad Centro de Distribución.

            Entiendo que pueden surgir imprevistos. Si desea reagendar, le pido responder a
            este correo antes del lunes 13 de julio indicando el motivo; evaluaremos la
            posibilidad de una nueva citación.

            Saludos,

            Ignacio Vergara Rojas
            Subgerente de Calidad y Seguridad Alimentaria
            Supermercados Andes Express
            """),
    },
    {
        "key": "m06", "kind": "missed_interview_notice", "scenario": "ashby_we_missed_you", "lang": "en",
        "company": "Lumen Kitchens", "contact": "",
        "frm": ("Lumen Kitchens Recruiting", "no-reply@ashbyhq.com"),
        "to": [("", "mateo.ql@example.pe")],
        "subject": "We missed you today",
        "date": "2026-09-08 11:32:05 -0400", "cte": "quoted-printable",
        "text": T("""
            Hi Mateo,

            Priya waited in the video room for your interview for Food Safety & QA Manager
            today at 11:00 a.m. EDT, but it looks like you weren't able to join.

            No worries - things happen. If you're still interested, you can book a new time
            within the next 5 days:
            https://jobs.ashbyhq.com/lumenkitchens/interview/schedule?token=aX93kQ&re=1

            Lumen Kitchens Recruiting
            """),
        "html": plain_ats(
            font="Inter, Helvetica, Arial, sans-serif",
            content=P(
                "Hi Mateo,",
                "Priya waited in the video room for your interview for <b>Food Safety &amp; QA "
                "Manager</b> today at 11:00 a.m. EDT, but it looks like you weren't able to join.",
                "No worries – things happen. If you're still interested, you can book a new time "
                "below within the next 5 days.",
                button("https://jobs.ashbyhq.com/lumenkitchens/interview/schedule?token=aX93kQ&amp;re=1",
                       "Reschedule", "#5b3df5", "Inter, Helvetica, Arial, sans-serif"),
                "Lumen Kitchens Recruiting",
            ),
            footer="Lumen Kitchens · Montréal, QC · Powered by Ashby",
            pixel_url="https://app.ashbyhq.com/api/email/open/0a1b2c3d",
        ),
    },
    {
        "key": "m07", "kind": "missed_interview_notice", "scenario": "ngo_tried_to_reach_zoom", "lang": "en",
        "company": "Food Safety Without Borders", "contact": "amara.kone@fswb.example.org",
        "frm": ("Amara Koné", "amara.kone@fswb.example.org"),
        "to": [ME], "subject": "RE: Panel interview - Programme Officer, Street Food Safety (Quito)",
        "date": "2026-08-10 09:41:27 -0500", "cte": "quoted-printable",
        "thread": ["i19", "cand:fswb-confirm"],
        "text": T("""
            Dear Mateo,

            The panel was on Zoom from 9:00 and we tried to reach you by phone at 9:15 as
            well, without success. Unfortunately we had to close the session at 9:30. We
            hope everything is all right.

            We can offer one more slot on Wednesday 12 August at 15:00 Quito time. Please
            let me know by tomorrow whether that works.

            Best wishes,
            Amara
            """),
    },
    {
        "key": "m08", "kind": "missed_interview_notice", "scenario": "interim_absent_client", "lang": "fr",
        "company": "Maison Vercors Traiteur", "contact": "kevin.blanc@saone-emploi.example.fr",
        "frm": ("Kévin Blanc - Saône Emploi", "kevin.blanc@saone-emploi.example.fr"),
        "to": [ME], "subject": "RDV de ce matin ??",
        "date": "2026-02-05 09:36:10 +0100", "cte": "8bit",
        "thread": ["i23"],
        "text": T("""
            Bonjour Mateo,

            Mme Chérif de Maison Vercors Traiteur m'a appelé : vous ne vous êtes pas connecté
            au rendez-vous visio de ce matin 9h. Elle a attendu un quart d'heure.

            Je sais que l'horaire était très tôt pour vous, mais il fallait me prévenir !!
            Rappelez-moi dès que possible, je vais essayer de récupérer le coup avec le
            client.

            Kévin Blanc
            Saône Emploi Intérim – 04 37 48 22 10
            """),
    },
    {
        "key": "m09", "kind": "missed_interview_notice", "scenario": "founder_waited_gmail_quote", "lang": "fr",
        "company": "Kombucha Croix-Rousse", "contact": "hugo@kombucha-croixrousse.example.fr",
        "frm": ("Hugo Marchetti", "hugo@kombucha-croixrousse.example.fr"),
        "to": [ME], "subject": "Re: On se fait un café (virtuel) ?",
        "date": "2026-09-18 10:24:52 +0200", "cte": "quoted-printable",
        "thread": ["i24", "cand:kombucha-17h"],
        "text": T("""
            Salut Mateo,

            Je t'ai attendu sur le Meet ce matin jusqu'à 10h20, sans nouvelles. Dans ton
            dernier mail tu disais que 10h te convenait finalement… petit souci de réveil ?

            Dis-moi si tu veux qu'on retente la semaine prochaine, sinon pas de souci.

            Hugo

            Le jeu. 17 sept. 2026 à 08:12, Mateo Quispe-Lindahl <mateo.ql@example.pe> a écrit :

            > Bonjour Hugo, finalement 10h heure de Lyon me va très bien, je serai
            > connecté. Merci pour l'invitation à l'entretien ! Mateo
            """),
    },
    {
        "key": "m10", "kind": "missed_interview_notice", "scenario": "nicht_teilgenommen", "lang": "de",
        "company": "Qualitas Zertifizierung", "contact": "sabine.krug@qualitas-zert.example.de",
        "frm": ("Sabine Krug", "sabine.krug@qualitas-zert.example.de"),
        "to": [ME], "subject": "AW: Kennenlerngespräch Auditor Lebensmittel (Standort Madrid)",
        "thread": ["i26"],
        "date": "2026-07-28 15:38:09 +0200", "charset": "iso-8859-1", "cte": "quoted-printable",
        "hdr": ("iso-8859-1", "q"),
        "text": T("""
            Sehr geehrter Herr Quispe-Lindahl,

            leider haben Sie an unserem vereinbarten Teams-Termin heute um 15:00 Uhr nicht
            teilgenommen. Herr Olmedo und ich haben bis 15:20 Uhr gewartet.

            Sollte etwas dazwischengekommen sein, melden Sie sich bitte bis Freitag bei mir;
            dann versuchen wir, einen neuen Termin zu finden.

            Mit freundlichen Grüßen

            Sabine Krug
            Personalreferentin
            Qualitas Zertifizierung GmbH
            Tel. +49 69 5550 3310

            Von: Sabine Krug <sabine.krug@qualitas-zert.example.de>
            Gesendet: Dienstag, 21. Juli 2026 14:02
            An: Mateo Quispe-Lindahl <mateo.ql@example.pe>
            Betreff: Kennenlerngespräch Auditor Lebensmittel (Standort Madrid)

            Sehr geehrter Herr Quispe-Lindahl,
            herzlichen Dank für Ihre Bewerbung als Auditor Lebensmittelsicherheit für unser
            Büro in Madrid. Gern möchten wir Sie in einem ersten Kennenlerngespräch per
            Microsoft Teams näher kennenlernen.
            Termin: Dienstag, 28. Juli 2026, 15:00 Uhr MESZ (08:00 Uhr in Lima)
            """),
    },
]
