# ruff: noqa: C408, S604  (messages are dict(...) specs; `shell=` names an HTML layout)
"""Corpus 285: interview invitations (26), reschedules and cancellations (15) and missed
interview notices (10), each written by hand (see README.md)."""

from __future__ import annotations

from msgs285_common import DISCLAIMER_DE, DISCLAIMER_EN, LOPD_ES

AUTO = {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"}
HANNAH = ("Hannah Pryce", "hannah.pryce@northernlooms.example.co.uk")
JOHANNA = ("Dr. Johanna Wimmer", "j.wimmer@alltagskultur-muenchen.example.de")

INVITATIONS: list[dict] = [
    # ------------------------------------------------------------------ Spanish
    dict(
        kind="interview_invitation", lang="es", slug="horta_nord_teams",
        company="Fundació Horta Nord", contact="neus.ferrer@fundaciohortanord.example.es",
        frm=("Neus Ferrer Climent", "neus.ferrer@fundaciohortanord.example.es"),
        subject="Entrevista – Coordinación de programas culturales (Fundació Horta Nord)",
        date="2026-01-28 13:47", id="hn_inv", parent="hn_ack",
        text="""
        Hola Ximena:

        Hemos revisado las candidaturas para la coordinación de programas culturales y nos gustaría conocerte. Te proponemos una entrevista por Teams el martes 3 de febrero a las 10:00, de unos 40 minutos, con Vicent Ribes (director) y conmigo.

        Enlace de la reunión:
        https://teams.example.com/l/meetup-join/hortanord-coordinacio-0302

        Te pediremos que nos cuentes una actividad que hayas diseñado para un público concreto y cómo la adaptarías a una comarca como la nuestra. ¿Nos confirmas si te va bien?

        Una abraçada,
        Neus

        --
        Neus Ferrer Climent
        Responsable de Personas · Fundació Horta Nord
        C/ de la Séquia, 14 · 46113 Montcada (València)
        Tel. 961 004 217
        """,
    ),
    dict(
        kind="interview_invitation", lang="es", slug="temporalia_client_festival",
        company="Festival Mediterrània Escena", contact="ruben.ortega@temporalia.example.es",
        frm=("Rubén Ortega Mas", "ruben.ortega@temporalia.example.es"),
        subject="Entrevista Festival Mediterrània Escena – viernes 8",
        date="2026-05-06 12:40", id="tmp_inv", shell="outlook",
        text=f"""
        Hola, Ximena:

        Buenas noticias: el Festival Mediterrània Escena ha visto tu perfil y quiere conocerte para el puesto de coordinadora de actividades paralelas (contrato de mayo a octubre a través de Temporalia).

        Te han dado cita el viernes 8 de mayo a las 9:30 en la oficina del festival, C/ de la Reina, 21, en el Cabanyal. Preguntarás por Carla Monzó, directora de producción. Será una entrevista de media hora y quieren que lleves alguna idea para las actividades con barrio durante las funciones en la playa.

        Confírmame por aquí cuando lo leas, porfa.

        Un saludo,

        Rubén Ortega Mas
        Consultor de selección · Temporalia ETT
        Av. del Port, 112 · 46023 València
        Tel. 963 552 048 · Móvil 655 310 774

        {LOPD_ES}
        """,
    ),
    dict(
        kind="interview_invitation", lang="es", slug="cuadrante_client_lucentum",
        company="Fundación Lucentum Cultura", contact="marta.sanchis@cuadrantetalent.example.es",
        frm=("Marta Sanchis Peiró", "marta.sanchis@cuadrantetalent.example.es"),
        subject="Re: Proyecto de coordinación cultural en Alicante",
        date="2026-06-10 09:15", id="cq_inv", parent="cq_reply", quote="gt",
        text="""
        Hola Ximena,

        ¡Gracias por el CV tan rápido! Se lo presenté ayer a mi cliente y ya te lo puedo contar: es la Fundación Lucentum Cultura, en Alicante, y buscan coordinadora de programación para su nuevo espacio en el barrio de San Antón.

        Quieren conocerte el martes 16 de junio a las 11:00 en su sede (Rambla de Méndez Núñez, 40, 2.º). Estarán la directora gerente, Ángeles Pastor, y la responsable de programas. Cuenta con una hora; te pedirán que comentes un programa anual que hayas coordinado o te gustaría coordinar.

        Si el horario no te cuadra, dímelo hoy y lo muevo.

        Un abrazo,
        Marta

        Marta Sanchis Peiró
        Partner · Cuadrante Talent
        +34 600 218 775
        """,
    ),
    dict(
        kind="interview_invitation", lang="es", slug="huerta_viva_assessment_day",
        company="Museo de la Huerta Viva", contact="encarna.soler@huertaviva.example.es",
        frm=("Encarnación Soler Ruiz", "encarna.soler@huertaviva.example.es"),
        subject="Convocatoria jornada de evaluación – Coordinador/a de programas educativos",
        date="2026-02-12 10:05", id="hv_inv", parent="hv_ack", shell="plain",
        text="""
        Estimada Ximena:

        Nos complace comunicarle que su candidatura ha superado la fase de valoración curricular. Le convocamos a la jornada de evaluación que celebraremos el martes 24 de febrero de 9:00 a 14:00 en la Casa de la Noria (Carril de la Noria, 3, Murcia).

        La jornada incluye:
        - una dinámica de grupo con el resto de personas finalistas,
        - un caso práctico por equipos sobre una visita guiada para familias,
        - una entrevista individual de 20 minutos con la comisión.

        Le rogamos que confirme su asistencia respondiendo a este correo antes del miércoles 18. El museo cubre el desplazamiento en tren desde Valencia previa presentación del billete.

        Atentamente,

        Encarnación Soler Ruiz
        Departamento de Recursos Humanos
        Museo de la Huerta Viva
        968 207 133
        """,
    ),
    dict(
        kind="interview_invitation", lang="es", slug="vora_trial_day",
        company="Espai Vora", contact="pau.beltran@espaivora.example.es",
        frm=("Pau Beltran Monfort", "pau.beltran@espaivora.example.es"),
        subject="Jornada de prueba en el Espai Vora",
        date="2026-08-25 11:10", id="vora_inv",
        text="""
        Hola Ximena:

        Después de la entrevista del viernes, el equipo de educación querría verte en acción. Te proponemos una jornada de prueba remunerada el jueves 3 de septiembre, de 10:00 a 17:00, aquí en el Espai Vora.

        Por la mañana acompañarías las visitas de grupos a la exposición «Mar de fons» y por la tarde prepararías y harías una visita breve (15 minutos) para familias con niños de 6 a 10 años. Te mandamos el dossier de sala esta semana.

        Te pagamos la jornada según convenio y el desplazamiento desde Valencia. ¿Te encaja la fecha?

        Salutacions,
        Pau Beltran Monfort
        Coordinador d'Educació i Públics
        Espai Vora – Art Contemporani
        Av. del Mar, 88 · 12003 Castelló de la Plana
        964 550 612
        """,
    ),
    dict(
        kind="interview_invitation", lang="es", slug="sant_joan_formal_summons",
        company="Ajuntament de Sant Joan del Riu", contact="a.llorens@santjoandelriu.example.es",
        frm=("Amparo Llorens Gil", "a.llorens@santjoandelriu.example.es"),
        subject="Convocatoria a entrevista personal – Bolsa Técnico/a de Cultura",
        date="2026-04-27 13:22", charset="windows-1252", cte="8bit",
        text="""
        Sra. Castellanos-Berg:

        Finalizada la fase de concurso de méritos del proceso para la constitución de una bolsa de Técnico/a de Cultura, y habiendo obtenido usted puntuación suficiente, se le convoca a la fase de entrevista personal, que tendrá lugar:

        Día: martes, 5 de mayo de 2026
        Hora: 12:15 horas
        Lugar: Casa de Cultura “L’Assut”, sala de reuniones (1.ª planta), C/ del Riu, 9

        Deberá presentarse con el DNI, NIE o pasaporte original. La entrevista versará sobre el contenido de las funciones del puesto y la memoria presentada, y se valorará con un máximo de 10 puntos.

        La no comparecencia supondrá el decaimiento en su derecho a continuar en el proceso.

        Amparo Llorens Gil
        Tècnica de Personal
        Ajuntament de Sant Joan del Riu
        Tel. 962 710 050 – ext. 214
        """,
    ),
    dict(
        kind="interview_invitation", lang="es", slug="turia_panel_calendar",
        company="Universitat del Túria", contact="vicent.peris@uturia.example.es",
        frm=("Vicent Peris", "vicent.peris@uturia.example.es"),
        subject="Entrevista plaza Técnico/a de Gestión Cultural",
        date="2026-06-15 12:00", id="turia_inv", shell="outlook",
        text="""
        Hola Ximena:

        Te convocamos a la entrevista con la comisión de selección para la plaza de Técnico/a de Gestión Cultural del Vicerrectorado de Cultura. Será el lunes 22 de junio a las 10:00 en la Sala de Juntas del edificio del Rectorado (Av. de Blasco Ibáñez, 13, 2.ª planta).

        La comisión la formamos tres personas. Te pediremos una exposición de 10 minutos sobre cómo acercarías la programación cultural del campus a estudiantes internacionales, y después preguntas.

        Acepta la convocatoria en el calendario para que te reservemos la plaza de aparcamiento de visitas.

        Vicent Peris i Folch
        Servei d'Activitats Culturals
        Universitat del Túria
        """,
        attach=[dict(type="ics", method="REQUEST", uid="turia-gc-2026-0622@uturia.example.es",
                     seq=0, start="2026-06-22 10:00", tz="ES", minutes=45,
                     summary="Entrevista – Técnico/a de Gestión Cultural",
                     location="Sala de Juntas, Rectorado, Av. de Blasco Ibáñez 13",
                     organizer=("Vicent Peris", "vicent.peris@uturia.example.es"),
                     description="Exposición de 10 minutos y preguntas de la comisión.")],
    ),
    dict(
        kind="interview_invitation", lang="es", slug="agua_sal_icims_link",
        company="Museo del Agua y la Sal", contact="lucia.berenguer@museoaguaysal.example.es",
        frm=("Lucía Berenguer (Museo del Agua y la Sal)", "noreply@icims.com"),
        reply_to=("Lucía Berenguer", "lucia.berenguer@museoaguaysal.example.es"),
        subject="Programa tu entrevista: Coordinación de actividades (Ref. 1187)",
        date="2026-03-02 09:30", tz="UTC", id="agua_inv", parent="agua_ack", shell="ats",
        brand="Museo del Agua y la Sal · Empleo", accent="#1b6ca8",
        footer="Mensaje enviado a través de iCIMS. Si respondes, tu correo llegará a Lucía Berenguer.",
        text="""
        Hola Ximena:

        Nos gustaría entrevistarte para el puesto de Coordinación de actividades (Ref. 1187). La entrevista será por videollamada, dura unos 45 minutos y la harás con Irene Gosálbez, directora de educación, y conmigo.

        Elige el horario que mejor te venga entre el 9 y el 12 de marzo en este enlace:
        https://careers-museoaguaysal.icims.com/jobs/1187/schedule?token=7f3a91c2

        Cuando reserves, recibirás la invitación de calendario con el enlace de la videollamada.

        Un saludo,
        Lucía Berenguer
        Administración y Personal
        """,
    ),
    dict(
        kind="interview_invitation", lang="es", slug="fabra_vella_calendar_request",
        company="Centre d'Art Fabra Vella", contact="laia.roig@fabravella.example.cat",
        frm=("Laia Roig Camps", "laia.roig@fabravella.example.cat"),
        subject="Invitación: Entrevista – Coordinación de programas públicos @ jue 21 may 10:30",
        date="2026-05-18 16:02", id="fabravella_inv", parent="fabravella_ack", shell="plain",
        text="""
        Hola Ximena:

        Te envío la convocatoria para la entrevista del puesto de Coordinación de programas públicos: jueves 21 de mayo a las 10:30, presencial, en el Centre d'Art Fabra Vella (C/ de Pere IV, 301, Poblenou). Pregunta en recepción por mí.

        Estaremos la directora, Elisenda Bosch, y yo; calcula una hora. Nos interesa mucho tu experiencia con visitas bilingües y con comunidades migrantes.

        Acepta la invitación del calendario para confirmarlo.

        Laia Roig Camps
        Responsable de Programas Públicos
        Centre d'Art Fabra Vella
        """,
        attach=[dict(type="ics", method="REQUEST", uid="fv-entrevista-0521@fabravella.example.cat",
                     seq=0, start="2026-05-21 10:30", tz="ES", minutes=60, where="both",
                     summary="Entrevista – Coordinación de programas públicos",
                     location="Centre d'Art Fabra Vella, C/ de Pere IV 301, Barcelona",
                     organizer=("Laia Roig Camps", "laia.roig@fabravella.example.cat"))],
    ),
    dict(
        kind="interview_invitation", lang="es", slug="lluerna_casual_thursday",
        company="Festival Lluerna", contact="mireia.safont@festivallluerna.example.es",
        frm=("Mireia Safont", "mireia.safont@festivallluerna.example.es"),
        subject="¿Charlamos el jueves?",
        date="2026-04-13 19:02", cte="8bit",
        text="""
        Hola Ximena!

        Soy Mireia, del Festival Lluerna. Hemos leído tu carta para la coordinación de públicos y nos ha encantado lo de las visitas con linterna que hacías en Oaxaca.

        ¿Te va bien el jueves 16 por la tarde, sobre las 18:00, para charlar un rato por videollamada? Nada formal: media hora para conocernos y contarte cómo funciona el festival. Si no puedes, dime otra tarde de esa semana.

        Te paso el enlace cuando me digas.

        Salut!
        Mireia
        """,
    ),
    dict(
        kind="interview_invitation", lang="es", slug="alqueria_phone_screen",
        company="Centre Cultural L'Alqueria Blanca", contact="toni.albiol@alqueriablanca.example.es",
        frm=("Toni Albiol", "toni.albiol@alqueriablanca.example.es"),
        subject="Llamada – plaza de mediación",
        date="2026-03-23 17:35", id="alqueria_inv",
        text="""
        Hola Ximena:

        Soy Toni Albiol, coordinador del Centre Cultural L'Alqueria Blanca. Gracias por tu candidatura para la plaza de mediación.

        ¿Podríamos hacer una primera llamada de unos 15 minutos el miércoles 25 a las 11:00? Te llamaría yo al móvil que pones en el currículum (633 418 902). Si te va mejor otra hora esa mañana, dímelo.

        Salutacions,
        Toni Albiol i Ferrer
        Coordinació · Centre Cultural L'Alqueria Blanca
        """,
    ),
    dict(
        kind="interview_invitation", lang="es", slug="rio_segura_video",
        company="Fundación Río Segura Patrimonio", contact="paqui.navarro@riosegurapatrimonio.example.es",
        frm=("Paqui Navarro", "paqui.navarro@riosegurapatrimonio.example.es"),
        subject="Entrevista por videoconferencia – Técnica de programas",
        date="2026-07-02 10:18", id="riosegura_inv", cte="quoted-printable",
        text="""
        Buenos días, Ximena:

        Desde la Fundación Río Segura Patrimonio te escribimos porque tu candidatura para el puesto de Técnica de programas culturales nos ha parecido muy interesante.

        Te proponemos una entrevista por videoconferencia el miércoles 8 de julio a las 12:00. El enlace es este:
        https://meet.riosegurapatrimonio.example.es/entrevista-tecnica-programas

        Estaremos la gerente, un miembro del patronato y yo. Durará unos 40 minutos.

        Un saludo,
        Paqui Navarro Sánchez
        Gestión de Personas
        Fundación Río Segura Patrimonio
        Plaza de Belluga, 11 · 30001 Murcia
        968 350 774
        """,
    ),
    dict(
        kind="interview_invitation", lang="es", slug="guelaguetza_te_late",
        company="Casa Guelaguetza Valencia", contact="rocio@casaguelaguetza.example.es",
        frm=("Rocío Mendoza Ruiz", "rocio@casaguelaguetza.example.es"),
        subject="¿Nos vemos el jueves?",
        date="2026-07-20 12:47", id="guelaguetza_inv", subject_enc=("utf-8", "b"),
        text="""
        Hola Ximena, ¿cómo estás?

        Soy Rocío, de la Casa Guelaguetza. Nos llegó tu CV para la coordinación de actividades culturales y nos dio muchísimo gusto ver que eres de Oaxaca.

        ¿Te late venir el jueves 23 a las 17:00 a la Casa para platicar? Estaríamos la presidenta de la asociación y yo; es una entrevista tranquila, de una hora más o menos, para conocerte y contarte qué tenemos planeado para el otoño.

        La dirección es C/ de Cuba, 58, bajo (Russafa). Cualquier cosa me marcas al 611 208 467.

        Saludos,
        Rocío
        """,
    ),
    # ------------------------------------------------------------------ English
    dict(
        kind="interview_invitation", lang="en", slug="northern_looms_greenhouse_panel",
        company="Northern Looms Museum", contact="hannah.pryce@northernlooms.example.co.uk",
        frm=("Hannah Pryce via Greenhouse", "no-reply@greenhouse-mail.io"),
        reply_to=HANNAH,
        subject="Interview invitation: Learning & Public Programmes Coordinator",
        date="2026-02-17 11:40", tz="UK", id="nl_inv", parent="nl_ack", shell="plain",
        text="""
        Dear Ximena,

        Thank you for applying for the Learning & Public Programmes Coordinator role at Northern Looms Museum. We were very impressed by your application and would like to invite you to a panel interview.

        Date: Thursday 26 February 2026
        Time: 10:00–11:00 (UK time) / 11:00–12:00 in Valencia
        Where: Microsoft Teams – the link is in the calendar invitation attached

        The panel will be me, our Head of Learning (Tom Ashworth) and a member of our Community Advisory Group. We'll ask you to talk for five minutes about a public programme you would like to run in the mill's weaving shed; no slides needed.

        Please accept the invitation or reply to this email if the time doesn't work.

        Best wishes,
        Hannah Pryce
        Talent Partner, Northern Looms Museum
        """,
        attach=[dict(type="ics", method="REQUEST", uid="nl-panel-lppc-7731@northernlooms.example.co.uk",
                     seq=0, start="2026-02-26 10:00", tz="UK", minutes=60, where="both",
                     summary="Panel interview – Learning & Public Programmes Coordinator",
                     location="Microsoft Teams",
                     organizer=HANNAH,
                     description="Join: https://teams.example.com/l/meetup-join/nl-lppc-panel")],
    ),
    dict(
        kind="interview_invitation", lang="en", slug="ancoats_phone_screen",
        company="Ancoats Arts Trust", contact="priya.natarajan@ancoatsarts.example.org.uk",
        frm=("Priya Natarajan", "priya.natarajan@ancoatsarts.example.org.uk"),
        subject="Quick call about the Community Programme Coordinator role?",
        date="2026-06-08 14:30", tz="UK", id="aat_inv",
        text="""
        Hi Ximena,

        I'm Priya, Programme Manager at Ancoats Arts Trust. Thanks for your application – your work with intergenerational groups really stood out.

        Could we do a 20-minute phone call on Wednesday 10 June at 10:00 UK time (11:00 for you in Valencia)? It's an informal first conversation before the shortlist. I'll ring the mobile number on your CV unless you'd prefer a video call.

        Thanks,
        Priya

        Priya Natarajan
        Programme Manager | Ancoats Arts Trust
        Royal Mills, 17 Redhill Street, Manchester M4 5BA
        """,
    ),
    dict(
        kind="interview_invitation", lang="en", slug="medheritage_ashby_scheduling",
        company="Mediterranean Heritage Network", contact="sofia.ferraro@medheritage.example.org",
        frm=("Mediterranean Heritage Network", "no-reply@ashbyhq.com"),
        reply_to=("Sofia Ferraro", "sofia.ferraro@medheritage.example.org"),
        subject="Schedule your interview with Mediterranean Heritage Network",
        date="2026-09-14 09:00", id="mhn_inv", shell="ats",
        brand="Mediterranean Heritage Network", accent="#0e7c86", footer="Powered by Ashby",
        text="""
        Hi Ximena,

        Great news – we would like to invite you to a 45-minute video interview for the Partnerships & Programmes Officer role with Sofia Ferraro (People & Culture) and Marc Vidal (Programmes Lead).

        Please choose a time that suits you using the link below. Slots are available from Wednesday 16 to Friday 18 September.

        https://app.ashbyhq.com/interview/schedule/mhn-ppo-5e81a0

        Once you book, you'll receive a calendar invitation with the Google Meet link.

        Looking forward to speaking with you,
        The Mediterranean Heritage Network team
        """,
    ),
    dict(
        kind="interview_invitation", lang="en", slug="irwell_lever_panel",
        company="Irwell Festival of Ideas", contact="owen.marsh@irwellfestival.example.co.uk",
        frm=("Owen Marsh", "no-reply@hire.lever.co"),
        reply_to=("Owen Marsh", "owen.marsh@irwellfestival.example.co.uk"),
        subject="Interview – Programme Coordinator, Irwell Festival of Ideas",
        date="2026-09-01 10:12", tz="UK", id="irwell_inv", parent="irwell_ack", shell="plain",
        text="""
        Hi Ximena,

        Thanks for applying to be our Programme Coordinator. We'd love to meet you in person for an interview on Tuesday 8 September at 14:00 at our office in Salford (Unit 4, Chapel Wharf, M3 5DW).

        The interview is 45 minutes with three of us. Please prepare a 10-minute presentation on a free public event you'd programme for the festival's "Ideas on the Water" strand.

        We can reimburse reasonable travel costs – just keep your receipts. Please reply to confirm.

        Best,
        Owen Marsh
        Head of Programme
        """,
    ),
    dict(
        kind="interview_invitation", lang="en", slug="brightwater_client_canalside",
        company="Canalside Heritage Trust", contact="callum.reid@brightwater.example.co.uk",
        frm=("Callum Reid", "callum.reid@brightwater.example.co.uk"),
        subject="Interview confirmed – Canalside Heritage Trust, Fri 15 May",
        date="2026-05-11 12:05", tz="UK", id="bw_inv",
        text=f"""
        Hi Ximena,

        Great news – Canalside Heritage Trust would like to interview you for the Learning Officer post I sent over.

        Friday 15 May, 11:00 UK time (12:00 Spain), video call. Gemma Holt (Head of Learning) and one of their trustees will be on the panel. Gemma will send you the calendar invitation directly.

        They'll ask you to walk them through a KS2 school session on the canal's industrial history – ten minutes, no slides required. Happy to do a prep call on Wednesday if useful.

        Best,
        Callum

        Callum Reid
        Senior Consultant – Arts & Heritage
        Brightwater Recruitment
        Direct: 0161 555 0873

        {DISCLAIMER_EN}
        """,
    ),
    dict(
        kind="interview_invitation", lang="en", slug="castlefield_free_thursday",
        company="Castlefield Print Studios", contact="nadia@castlefieldprint.example.co.uk",
        frm=("Nadia Khan", "nadia@castlefieldprint.example.co.uk"),
        subject="Thursday chat",
        date="2026-04-20 09:14", tz="UK", id="castlefield_inv",
        text="""
        Hi Ximena,

        Loved your application for the studio coordinator job. Are you free Thursday to chat? Say 5pm UK on a video call – or if you happen to be in Manchester, come by the studio for a coffee.

        Nothing formal, just a chance to talk about the job and the open-access sessions.

        Nadia
        Castlefield Print Studios
        """,
    ),
    dict(
        kind="interview_invitation", lang="en", slug="cottonopolis_assessment_morning",
        company="Cottonopolis Heritage Centre", contact="rachel.ogunleye@cottonopolis.example.co.uk",
        frm=("Rachel Ogunleye", "rachel.ogunleye@cottonopolis.example.co.uk"),
        subject="Assessment morning – Visitor Experience & Events Coordinator",
        date="2026-07-01 15:45", tz="UK", id="cottonopolis_inv", shell="outlook",
        text="""
        Dear Ximena,

        I'm pleased to invite you to the assessment morning for the Visitor Experience & Events Coordinator role on Tuesday 14 July, 09:30–13:00, at Cottonopolis Heritage Centre, 45 Ancoats Lane, Manchester M4 6DE.

        The morning has three parts:
        1. a 10-minute pitch of a family tour of the spinning floor (you'll have 30 minutes to prepare on the day),
        2. a group task with the other shortlisted candidates,
        3. a 30-minute interview with me and our Director.

        We will reimburse travel up to £150 on receipts. Please let me know by Friday whether you can attend and if you need any adjustments.

        Kind regards,
        Rachel Ogunleye
        HR & Volunteering Manager
        Cottonopolis Heritage Centre
        0161 555 0447
        """,
    ),
    # ------------------------------------------------------------------ French
    dict(
        kind="interview_invitation", lang="fr", slug="tisserands_in_person",
        company="Musée des Tisserands Catalans", contact="m.sabate@tisserands-catalans.example.fr",
        frm=("Mireille Sabaté", "m.sabate@tisserands-catalans.example.fr"),
        name_enc=("iso-8859-1", "q"),
        subject="Entretien – poste de chargée de médiation",
        date="2026-04-14 10:30", tz="FR", id="mtc_inv", parent="mtc_ack",
        text="""
        Bonjour Madame Castellanos-Berg,

        Votre candidature au poste de chargée de médiation et de programmation culturelle a retenu toute notre attention. Nous souhaiterions vous rencontrer pour un entretien le jeudi 23 avril à 14h, au musée (4, rue des Teinturiers, 66000 Perpignan).

        L'entretien durera environ une heure, avec le directeur, M. Joan Ferrer, et moi-même. Nous vous demanderons de nous présenter en dix minutes une proposition de visite autour de la collection de tissus catalans à rayures.

        Merci de me confirmer votre présence.

        Bien cordialement,
        Mireille Sabaté
        Responsable des publics
        Musée des Tisserands Catalans
        04 68 55 31 09
        """,
    ),
    dict(
        kind="interview_invitation", lang="fr", slug="talents_sud_client_festival",
        company="Festival Lumières de la Têt", contact="s.roca@talentssud.example.fr",
        frm=("Sébastien Roca", "s.roca@talentssud.example.fr"),
        subject="Entretien avec le Festival Lumières de la Têt",
        date="2026-03-02 15:20", tz="FR", id="ts_inv", shell="plain",
        text="""
        Bonjour Ximena,

        Comme convenu au téléphone, je vous ai présentée au Festival Lumières de la Têt pour la mission de coordination des bénévoles (CDD d'usage d'avril à juillet).

        La directrice, Mme Hélène Grau, vous propose un entretien en visio le vendredi 6 mars à 14h. Voici le lien : https://visio.lumieresdelatet.example.fr/rdv-coordination

        Prévoyez 30 minutes. Elle aimerait que vous lui parliez de votre expérience d'accueil de groupes et de gestion d'équipes de bénévoles.

        Bien à vous,
        Sébastien Roca
        Chargé de recrutement – Talents Sud
        04 68 55 70 41
        """,
    ),
    dict(
        kind="interview_invitation", lang="fr", slug="vilanova_jury_calendar",
        company="Ville de Vilanova-de-la-Têt", contact="c.puig@vilanova-tet.example.fr",
        frm=("Corinne Puig", "c.puig@vilanova-tet.example.fr"),
        subject="Convocation – entretien poste de médiatrice culturelle",
        date="2026-06-25 11:40", tz="FR", id="vilanova_inv", cte="base64",
        text="""
        Madame,

        Suite à l'examen de votre dossier, j'ai le plaisir de vous convoquer à un entretien avec le jury de recrutement pour le poste de médiatrice culturelle (catégorie B, contractuel), le jeudi 9 juillet 2026 à 10h en mairie, salle du conseil.

        Le jury sera composé de l'adjointe à la culture, de la directrice générale des services et de moi-même. Merci de vous munir d'une pièce d'identité.

        Vous trouverez ci-joint l'invitation à ajouter à votre agenda.

        Veuillez agréer, Madame, mes salutations distinguées.

        Corinne Puig
        Responsable des ressources humaines
        Mairie de Vilanova-de-la-Têt
        """,
        attach=[dict(type="ics", method="REQUEST", uid="jury-mediation-0709@vilanova-tet.example.fr",
                     seq=0, start="2026-07-09 10:00", tz="FR", minutes=45, where="alt",
                     summary="Entretien jury – médiatrice culturelle",
                     location="Mairie de Vilanova-de-la-Têt, salle du conseil",
                     organizer=("Corinne Puig", "c.puig@vilanova-tet.example.fr"))],
    ),
    # ------------------------------------------------------------------ German
    dict(
        kind="interview_invitation", lang="de", slug="alltagskultur_teams_invite",
        company="Museum für Alltagskultur München", contact="j.wimmer@alltagskultur-muenchen.example.de",
        frm=JOHANNA,
        subject="Einladung zum Vorstellungsgespräch – Referent*in Kulturvermittlung",
        date="2026-03-18 15:20", tz="DE", id="mak_inv", parent="mak_ack", shell="plain",
        text=f"""
        Sehr geehrte Frau Castellanos-Berg,

        vielen Dank für Ihre Bewerbung als Referent*in Kulturvermittlung. Wir freuen uns, Sie zu einem Vorstellungsgespräch per Microsoft Teams einzuladen:

        Mittwoch, 25. März 2026, 10:00–11:00 Uhr

        Am Gespräch nehmen neben mir Herr Moritz Haller (Verwaltung) und eine Kollegin aus der Sammlung teil. Bitte bereiten Sie eine kurze Skizze (ca. 10 Minuten) für ein Vermittlungsformat zu unserer Dauerausstellung „Küche, Stube, Waschhaus“ vor.

        Die Einladung mit dem Teams-Link finden Sie im Anhang. Bitte bestätigen Sie den Termin kurz.

        Mit freundlichen Grüßen
        Johanna Wimmer

        Dr. Johanna Wimmer
        Leitung Bildung und Vermittlung
        Museum für Alltagskultur München
        Lilienstraße 40, 81669 München

        {DISCLAIMER_DE}
        """,
        attach=[dict(type="ics", method="REQUEST", uid="mak-vg-kv-0325@alltagskultur-muenchen.example.de",
                     seq=0, start="2026-03-25 10:00", tz="DE", minutes=60, where="alt",
                     summary="Vorstellungsgespräch Referent*in Kulturvermittlung",
                     location="Microsoft Teams-Besprechung",
                     organizer=JOHANNA,
                     description="Teams: https://teams.example.com/l/meetup-join/mak-kv-0325")],
    ),
    dict(
        kind="interview_invitation", lang="de", slug="kessler_vogt_client_meeting",
        company="Kessler & Vogt", contact="l.brandstaetter@kesslervogt.example.de",
        frm=("Lukas Brandstätter", "l.brandstaetter@kesslervogt.example.de"),
        name_enc=("utf-8", "b"),
        subject="Gespräch mit unserem Mandanten",
        date="2026-07-08 09:55", tz="DE", id="kv_inv", parent="kv_cold",
        charset="windows-1252", cte="quoted-printable", shell="outlook",
        text=f"""
        Liebe Frau Castellanos-Berg,

        herzlichen Dank für das angenehme Telefonat am Montag und Ihre Unterlagen. Ich habe Ihr Profil unserem Mandanten vorgestellt – einer renommierten Kulturstiftung in München, deren Namen ich Ihnen im Gespräch selbst nennen darf.

        Der Mandant möchte Sie gern kennenlernen: Mittwoch, 15. Juli, 14:00 Uhr, per Teams, ca. 60 Minuten, mit dem Vorstand und der Leiterin Veranstaltungen. Den Link sende ich Ihnen am Vortag.

        Bitte geben Sie mir kurz Bescheid, ob der Termin für Sie passt.

        Beste Grüße
        Lukas Brandstätter

        Kessler & Vogt Executive Search
        Maximilianstraße 31 · 80539 München
        T +49 89 5550 4410 · M +49 170 5550 318

        {DISCLAIMER_DE}
        """,
    ),
    dict(
        kind="interview_invitation", lang="de", slug="lichtklang_recruitee_link",
        company="Festival Lichtklang", contact="svenja.oberhuber@lichtklang.example.de",
        frm=("Festival Lichtklang", "no-reply@jobs.recruitee.com"),
        reply_to=("Svenja Oberhuber", "svenja.oberhuber@lichtklang.example.de"),
        subject="Terminauswahl: Ihr Interview beim Festival Lichtklang",
        date="2026-08-03 08:40", tz="DE", id="lichtklang_inv", shell="ats",
        brand="Festival Lichtklang · Karriere", accent="#6b2fa0",
        footer="Gesendet über Recruitee. Antworten gehen an Svenja Oberhuber.",
        text="""
        Hallo Ximena,

        vielen Dank für deine Bewerbung als Koordinator*in Publikumsprogramm! Wir möchten dich gern in einem Video-Interview (ca. 45 Minuten) kennenlernen.

        Bitte wähle über den folgenden Link einen passenden Termin zwischen dem 10. und 13. August aus:
        https://lichtklang.recruitee.com/o/koordination-publikumsprogramm/schedule/a81c

        Nach deiner Auswahl erhältst du automatisch eine Kalendereinladung.

        Viele Grüße
        Svenja Oberhuber
        Personal & Organisation, Festival Lichtklang
        """,
    ),
]

RESCHEDULES: list[dict] = [
    dict(
        kind="interview_reschedule_or_cancel", lang="en", slug="northern_looms_sequence_bump",
        company="Northern Looms Museum", contact="hannah.pryce@northernlooms.example.co.uk",
        frm=HANNAH,
        subject="Updated invitation: Panel interview – Learning & Public Programmes Coordinator",
        date="2026-02-23 16:05", tz="UK", id="nl_move", parent="nl_inv", quote="outlook",
        shell="outlook",
        text=f"""
        Dear Ximena,

        I'm sorry to do this at short notice: our Head of Learning has been called to a funders' meeting in London on Thursday, so we need to move your panel interview.

        New time: Tuesday 3 March, 14:00–15:00 UK time (15:00 in Valencia), same Teams link. I've updated the calendar invitation – please accept the new version and ignore the old one.

        If Tuesday doesn't work, reply with two or three alternatives that week.

        Best wishes,
        Hannah

        Hannah Pryce
        Talent Partner | Northern Looms Museum
        Weavers' Yard, Ancoats, Manchester M4 7AJ
        0161 555 0318

        {DISCLAIMER_EN}
        """,
        attach=[dict(type="ics", method="REQUEST", uid="nl-panel-lppc-7731@northernlooms.example.co.uk",
                     seq=1, start="2026-03-03 14:00", tz="UK", minutes=60, where="alt",
                     summary="Panel interview – Learning & Public Programmes Coordinator (moved)",
                     location="Microsoft Teams", organizer=HANNAH,
                     description="Join: https://teams.example.com/l/meetup-join/nl-lppc-panel")],
    ),
    dict(
        kind="interview_reschedule_or_cancel", lang="en", slug="ancoats_new_slot_after_missed",
        company="Ancoats Arts Trust", contact="priya.natarajan@ancoatsarts.example.org.uk",
        frm=("Priya Natarajan", "priya.natarajan@ancoatsarts.example.org.uk"),
        subject="Re: Quick call about the Community Programme Coordinator role?",
        date="2026-06-11 09:15", tz="UK", id="aat_move", parent="aat_sorry", quote="gt",
        text="""
        Hi Ximena,

        No problem at all – these things happen, and thanks for explaining.

        Let's move our call to Friday 12 June at 15:00 UK time (16:00 for you). I'll use the new number you sent, +34 633 418 902, and if the line is bad again we'll switch to a video call – I'll have a link ready.

        Speak Friday,
        Priya
        """,
    ),
    dict(
        kind="interview_reschedule_or_cancel", lang="en", slug="irwell_panel_clash",
        company="Irwell Festival of Ideas", contact="owen.marsh@irwellfestival.example.co.uk",
        frm=("Owen Marsh", "owen.marsh@irwellfestival.example.co.uk"),
        subject="Re: Interview – Programme Coordinator, Irwell Festival of Ideas",
        date="2026-09-04 13:30", tz="UK", id="irwell_move", parent="irwell_inv", quote="gt",
        text="""
        Hi Ximena,

        Sorry to be a pain – one of our panel now has a clash on Tuesday afternoon. Could we move your interview to Wednesday 9 September at 11:00 instead? Same place, same format.

        If that doesn't suit, I can also do Thursday 10th at 10:00.

        Thanks for your flexibility,
        Owen
        """,
    ),
    dict(
        kind="interview_reschedule_or_cancel", lang="en", slug="canalside_method_cancel",
        company="Canalside Heritage Trust", contact="g.holt@canalsideheritage.example.org.uk",
        frm=("Gemma Holt", "g.holt@canalsideheritage.example.org.uk"),
        cc=[("Callum Reid", "callum.reid@brightwater.example.co.uk")],
        subject="Cancelled: Interview – Learning Officer (Fri 15 May 11:00)",
        date="2026-05-14 15:05", tz="UK", shell="plain",
        text="""
        Dear Ximena,

        I'm afraid we have to cancel tomorrow's interview. Our trustee on the panel has had a family emergency and we don't want to interview with only one person in the room.

        This is a postponement, not a decision – we're still very keen to meet you. Callum will be in touch with some new dates for next week.

        Apologies for the inconvenience,
        Gemma Holt
        Head of Learning, Canalside Heritage Trust
        """,
        attach=[dict(type="ics", method="CANCEL", uid="cht-lo-interview-0515@canalsideheritage.example.org.uk",
                     seq=1, start="2026-05-15 11:00", tz="UK", minutes=60, where="alt",
                     summary="Interview – Learning Officer (Ximena Castellanos-Berg)",
                     location="Zoom",
                     organizer=("Gemma Holt", "g.holt@canalsideheritage.example.org.uk"))],
    ),
    dict(
        kind="interview_reschedule_or_cancel", lang="fr", slug="tisserands_moved_friday",
        company="Musée des Tisserands Catalans", contact="m.sabate@tisserands-catalans.example.fr",
        frm=("Mireille Sabaté", "m.sabate@tisserands-catalans.example.fr"),
        name_enc=("iso-8859-1", "q"),
        subject="Re: Entretien – poste de chargée de médiation",
        date="2026-04-15 09:05", tz="FR", id="mtc_move", parent="mtc_req", quote="gt",
        text="""
        Bonjour Ximena,

        C'est noté, et merci de nous avoir prévenus suffisamment tôt. Nous décalons donc votre entretien au vendredi 24 avril à 11h, au musée, avec les mêmes interlocuteurs.

        Pour votre trajet depuis Valence, sachez que la gare est à dix minutes à pied du musée.

        Bien cordialement,
        Mireille Sabaté
        """,
    ),
    dict(
        kind="interview_reschedule_or_cancel", lang="fr", slug="talents_sud_client_moves",
        company="Festival Lumières de la Têt", contact="s.roca@talentssud.example.fr",
        frm=("Sébastien Roca", "s.roca@talentssud.example.fr"),
        subject="Re: Entretien avec le Festival Lumières de la Têt",
        date="2026-03-04 17:48", tz="FR", id="ts_move", parent="ts_inv", quote="gt",
        text="""
        Bonjour Ximena,

        Petit changement : Mme Grau doit être au conseil départemental vendredi après-midi. Elle vous propose de décaler l'entretien au lundi 9 mars à 10h, toujours en visio et avec le même lien.

        Pouvez-vous me confirmer que ce nouveau créneau vous convient ?

        Merci,
        Sébastien
        """,
    ),
    dict(
        kind="interview_reschedule_or_cancel", lang="de", slug="alltagskultur_cancel_ill",
        company="Museum für Alltagskultur München", contact="m.haller@alltagskultur-muenchen.example.de",
        frm=("Moritz Haller", "m.haller@alltagskultur-muenchen.example.de"),
        subject="Abgesagt: Vorstellungsgespräch Referent*in Kulturvermittlung",
        date="2026-03-24 07:45", tz="DE", parent="mak_inv", quote="outlook",
        charset="windows-1252", cte="quoted-printable",
        text="""
        Sehr geehrte Frau Castellanos-Berg,

        leider ist Frau Dr. Wimmer kurzfristig erkrankt. Wir müssen das für morgen, 25. März, 10 Uhr geplante Gespräch daher absagen – Ihre Bewerbung bleibt selbstverständlich im Verfahren.

        Wir melden uns bis Ende der Woche mit einem neuen Terminvorschlag. Wir bitten um Ihr Verständnis.

        Mit freundlichen Grüßen
        Moritz Haller
        Verwaltung / Personal
        Museum für Alltagskultur München
        """,
        attach=[dict(type="ics", method="CANCEL", uid="mak-vg-kv-0325@alltagskultur-muenchen.example.de",
                     seq=1, start="2026-03-25 10:00", tz="DE", minutes=60, where="alt",
                     summary="Abgesagt: Vorstellungsgespräch Referent*in Kulturvermittlung",
                     location="Microsoft Teams-Besprechung", organizer=JOHANNA)],
    ),
    dict(
        kind="interview_reschedule_or_cancel", lang="de", slug="kessler_vogt_client_cancels",
        company="Kessler & Vogt", contact="l.brandstaetter@kesslervogt.example.de",
        frm=("Lukas Brandstätter", "l.brandstaetter@kesslervogt.example.de"),
        name_enc=("utf-8", "b"),
        subject="AW: Gespräch mit unserem Mandanten",
        date="2026-07-13 18:20", tz="DE", id="kv_cancel", parent="kv_inv", quote="outlook",
        charset="windows-1252", cte="quoted-printable",
        text="""
        Liebe Frau Castellanos-Berg,

        leider muss unser Mandant das für Mittwoch, 15. Juli, geplante Gespräch absagen. In der Stiftung steht eine interne Umstrukturierung an, und der Vorstand möchte erst danach über die Besetzung sprechen.

        Das ist ausdrücklich keine Absage an Sie – ich melde mich, sobald ein neuer Zeitrahmen feststeht, voraussichtlich Ende Juli.

        Beste Grüße
        Lukas Brandstätter
        Kessler & Vogt Executive Search
        """,
    ),
    dict(
        kind="interview_reschedule_or_cancel", lang="de", slug="lichtklang_calendar_update",
        company="Festival Lichtklang", contact="svenja.oberhuber@lichtklang.example.de",
        frm=("Svenja Oberhuber", "svenja.oberhuber@lichtklang.example.de"),
        subject="Aktualisiert: Interview Festival Lichtklang – Di 11.08. 10:30",
        date="2026-08-06 14:10", tz="DE", id="lichtklang_update", parent="lichtklang_inv",
        shell="outlook",
        text="""
        Hallo Ximena,

        kleine Änderung an deinem Interview: Wir starten am Dienstag, 11. August, eine halbe Stunde später, also um 10:30 Uhr. Außerdem nutzen wir statt des automatisch erzeugten Video-Links den Link unseres Besprechungsraums „Isar“ – du wählst dich also wie besprochen von Valencia aus über den neuen Link in der Einladung ein.

        Die aktualisierte Einladung ist angehängt; bitte nimm sie an, dann ersetzt sie den alten Termin.

        Viele Grüße
        Svenja
        """,
        attach=[dict(type="ics", method="REQUEST", uid="rc-lichtklang-int-4471@lichtklang.example.de",
                     seq=2, start="2026-08-11 10:30", tz="DE", minutes=45, where="both",
                     summary="Interview Koordinator*in Publikumsprogramm (aktualisiert)",
                     location="Raum Isar / https://meet.lichtklang.example.de/raum-isar",
                     organizer=("Svenja Oberhuber", "svenja.oberhuber@lichtklang.example.de"))],
    ),
    dict(
        kind="interview_reschedule_or_cancel", lang="es", slug="vora_trial_day_moved",
        company="Espai Vora", contact="pau.beltran@espaivora.example.es",
        frm=("Pau Beltran Monfort", "pau.beltran@espaivora.example.es"),
        subject="RE: Jornada de prueba en el Espai Vora",
        date="2026-08-31 12:25", id="vora_move", parent="vora_inv", quote="outlook",
        charset="windows-1252", cte="quoted-printable", shell="outlook",
        text="""
        Hola de nuevo, Ximena:

        Tenemos que mover la jornada de prueba: el transporte de las obras de «Mar de fons» se ha retrasado y el jueves 3 la sala estará cerrada por montaje.

        ¿Te va bien el lunes 7 de septiembre, mismo horario (10:00 a 17:00)? El resto no cambia: visitas de grupos por la mañana y tu visita para familias por la tarde.

        Perdona el cambio.
        Pau
        """,
    ),
    dict(
        kind="interview_reschedule_or_cancel", lang="es", slug="fabra_vella_method_cancel",
        company="Centre d'Art Fabra Vella", contact="laia.roig@fabravella.example.cat",
        frm=("Laia Roig Camps", "laia.roig@fabravella.example.cat"),
        subject="Cancelada: Entrevista – Coordinación de programas públicos @ jue 21 may 10:30",
        date="2026-05-20 17:40", id="fabravella_cancel", parent="fabravella_inv", shell="plain",
        text="""
        Hola Ximena:

        Siento mucho tener que anular la entrevista de mañana. La directora ha tenido que viajar a Madrid por una urgencia con el préstamo de una exposición y no queremos hacerla sin ella.

        En cuanto tengamos su agenda te propondremos nuevas fechas. Disculpa las molestias, sobre todo si ya habías organizado el viaje.

        Laia
        """,
        attach=[dict(type="ics", method="CANCEL", uid="fv-entrevista-0521@fabravella.example.cat",
                     seq=1, start="2026-05-21 10:30", tz="ES", minutes=60, where="alt",
                     summary="Entrevista – Coordinación de programas públicos",
                     location="Centre d'Art Fabra Vella, C/ de Pere IV 301, Barcelona",
                     organizer=("Laia Roig Camps", "laia.roig@fabravella.example.cat"))],
    ),
    dict(
        kind="interview_reschedule_or_cancel", lang="es", slug="agua_sal_interviewer_flu",
        company="Museo del Agua y la Sal", contact="lucia.berenguer@museoaguaysal.example.es",
        frm=("Lucía Berenguer", "lucia.berenguer@museoaguaysal.example.es"),
        subject="Cambio de fecha de tu entrevista (Ref. 1187)",
        date="2026-03-09 16:20", id="agua_ill", parent="agua_inv",
        text="""
        Hola Ximena:

        Irene Gosálbez, la directora de educación, que iba a hacer contigo la entrevista de mañana, está de baja por gripe.

        La pasamos al martes 17 de marzo a las 10:00, con el mismo enlace de videollamada que recibiste al reservar. Si esa hora no te viene bien, contéstame y buscamos otra esa misma semana.

        Disculpa el cambio,
        Lucía Berenguer
        Museo del Agua y la Sal
        """,
    ),
    dict(
        kind="interview_reschedule_or_cancel", lang="es", slug="turia_room_and_time_update",
        company="Universitat del Túria", contact="vicent.peris@uturia.example.es",
        frm=("Vicent Peris", "vicent.peris@uturia.example.es"),
        subject="Actualizada: Entrevista plaza Técnico/a de Gestión Cultural",
        date="2026-06-18 09:02", id="turia_update", parent="turia_inv", quote="outlook",
        text="""
        Hola Ximena:

        Te reenvío la convocatoria actualizada: la Sala de Juntas está ocupada por un tribunal de tesis, así que la entrevista del lunes 22 pasa a las 12:30 y al Aula Magna 2, en la planta baja del mismo edificio.

        El resto sigue igual. Acepta la nueva versión en tu calendario, por favor.

        Vicent
        """,
        attach=[dict(type="ics", method="REQUEST", uid="turia-gc-2026-0622@uturia.example.es",
                     seq=1, start="2026-06-22 12:30", tz="ES", minutes=45, where="alt",
                     summary="Entrevista – Técnico/a de Gestión Cultural (nueva hora)",
                     location="Aula Magna 2, Rectorado, Av. de Blasco Ibáñez 13",
                     organizer=("Vicent Peris", "vicent.peris@uturia.example.es"))],
    ),
    dict(
        kind="interview_reschedule_or_cancel", lang="es", slug="rio_segura_one_hour_later",
        company="Fundación Río Segura Patrimonio", contact="paqui.navarro@riosegurapatrimonio.example.es",
        frm=("Paqui Navarro", "paqui.navarro@riosegurapatrimonio.example.es"),
        subject="Re: Entrevista por videoconferencia – Técnica de programas",
        date="2026-07-06 13:55", id="riosegura_move", parent="riosegura_inv", quote="gt",
        text="""
        Hola Ximena:

        ¿Podríamos retrasar una hora la entrevista del miércoles 8, a las 13:00? El patrono que se va a conectar tiene pleno en su ayuntamiento a primera hora y no llega a las 12:00.

        El enlace es el mismo. Si no te viene bien, lo dejamos como estaba y él se incorpora más tarde.

        Gracias,
        Paqui
        """,
    ),
    dict(
        kind="interview_reschedule_or_cancel", lang="es", slug="cuadrante_afternoon_move",
        company="Fundación Lucentum Cultura", contact="marta.sanchis@cuadrantetalent.example.es",
        frm=("Marta Sanchis Peiró", "marta.sanchis@cuadrantetalent.example.es"),
        subject="Cambio de hora – entrevista Fundación Lucentum",
        date="2026-06-12 18:30", id="cq_move", parent="cq_inv", quote="gt",
        text="""
        Hola de nuevo,

        La Fundación Lucentum Cultura me pide pasar la entrevista del martes 16 de las 11:00 a las 17:00, porque por la mañana tienen la visita de la consellera al nuevo espacio. El lugar no cambia.

        Dime si te cuadra y se lo confirmo.

        Marta
        """,
    ),
]

MISSED: list[dict] = [
    dict(
        kind="missed_interview_notice", lang="es", slug="horta_nord_waited_on_teams",
        company="Fundació Horta Nord", contact="neus.ferrer@fundaciohortanord.example.es",
        frm=("Neus Ferrer Climent", "neus.ferrer@fundaciohortanord.example.es"),
        subject="Re: Entrevista – Coordinación de programas culturales (Fundació Horta Nord)",
        date="2026-02-03 10:32", id="hn_missed", parent="hn_inv", quote="gt",
        text="""
        Hola Ximena:

        Te hemos esperado en el Teams desde las 10:00 hasta las 10:25, Vicent y yo, y no llegaste a conectarte. También te he llamado una vez al móvil, sin respuesta.

        ¿Ha pasado algo? Si fue un problema con el enlace, escríbeme y lo hablamos.

        Neus
        """,
    ),
    dict(
        kind="missed_interview_notice", lang="es", slug="temporalia_called_twice",
        company="Festival Mediterrània Escena", contact="ruben.ortega@temporalia.example.es",
        frm=("Rubén Ortega Mas", "ruben.ortega@temporalia.example.es"),
        subject="RE: Entrevista Festival Mediterrània Escena – viernes 8",
        date="2026-05-08 10:05", id="tmp_missed", parent="tmp_inv", quote="gt",
        text="""
        Ximena, ¿todo bien?

        Te he llamado dos veces, a las 9:40 y a las 9:52, y me salta el buzón. Me escribe Carla Monzó, del festival, que a las 9:30 no te has presentado en la oficina y que a las 10:00 tiene otra reunión.

        Llámame en cuanto puedas para ver si se puede salvar.

        Rubén
        655 310 774
        """,
    ),
    dict(
        kind="missed_interview_notice", lang="es", slug="benialtea_no_comparecencia",
        company="Ayuntamiento de Benialtea", contact="ja.marhuenda@benialtea.example.es",
        frm=("José Antonio Marhuenda Pastor", "ja.marhuenda@benialtea.example.es"),
        subject="Incomparecencia a la entrevista del 29 de junio",
        date="2026-06-30 09:10", charset="iso-8859-1", cte="8bit",
        text="""
        Estimada Sra. Castellanos-Berg:

        Se le comunica que no compareció a la entrevista personal convocada para el día 29 de junio de 2026, a las 10:00 horas, en el Salón de Plenos de este Ayuntamiento, dentro del proceso para la provisión temporal de una plaza de Dinamizador/a Cultural.

        De acuerdo con la base octava, dispone de un plazo de tres días hábiles para justificar documentalmente la causa de la incomparecencia, remitiendo la justificación a esta dirección de correo.

        Atentamente,

        José Antonio Marhuenda Pastor
        Jefe del Servicio de Recursos Humanos
        Ayuntamiento de Benialtea
        """,
    ),
    dict(
        kind="missed_interview_notice", lang="es", slug="alqueria_voicemail",
        company="Centre Cultural L'Alqueria Blanca", contact="toni.albiol@alqueriablanca.example.es",
        frm=("Toni Albiol", "toni.albiol@alqueriablanca.example.es"),
        subject="Re: Llamada – plaza de mediación",
        date="2026-03-25 11:20", id="alqueria_missed", parent="alqueria_inv", quote="gt",
        text="""
        Hola Ximena:

        Te he llamado a las 11:00 y otra vez a las 11:10 al 633 418 902, pero saltaba directamente el contestador. Te he dejado un mensaje de voz.

        Supongo que algo se ha cruzado. Dime cuándo te viene bien esta semana y lo volvemos a intentar.

        Toni
        """,
    ),
    dict(
        kind="missed_interview_notice", lang="es", slug="guelaguetza_te_esperamos",
        company="Casa Guelaguetza Valencia", contact="rocio@casaguelaguetza.example.es",
        frm=("Rocío Mendoza Ruiz", "rocio@casaguelaguetza.example.es"),
        subject="Re: ¿Nos vemos el jueves?",
        date="2026-07-23 17:50", id="guelaguetza_missed", parent="guelaguetza_inv", quote="gt",
        text="""
        Ximena, ¿todo bien?

        Te estuvimos esperando en la Casa desde las cinco con la presidenta y te marqué dos veces al cel, pero no entró la llamada. Ya se tuvo que ir a otra junta.

        Ojalá no haya pasado nada malo. Avísame cuando puedas, porfa.

        Rocío
        """,
    ),
    dict(
        kind="missed_interview_notice", lang="en", slug="ancoats_tried_calling_twice",
        company="Ancoats Arts Trust", contact="priya.natarajan@ancoatsarts.example.org.uk",
        frm=("Priya Natarajan", "priya.natarajan@ancoatsarts.example.org.uk"),
        subject="Re: Quick call about the Community Programme Coordinator role?",
        date="2026-06-10 10:25", tz="UK", id="aat_missed", parent="aat_inv", quote="gt",
        text="""
        Hi Ximena,

        I tried calling you twice at 10:00 on the +34 number from your CV, but it went straight to voicemail both times, and I left a short message.

        Not to worry – just let me know if you'd still like to talk.

        Priya
        """,
    ),
    dict(
        kind="missed_interview_notice", lang="en", slug="medheritage_waited_on_meet",
        company="Mediterranean Heritage Network", contact="sofia.ferraro@medheritage.example.org",
        frm=("Sofia Ferraro", "sofia.ferraro@medheritage.example.org"),
        cc=[("Marc Vidal", "marc.vidal@medheritage.example.org")],
        subject="Our interview this morning",
        date="2026-09-17 10:20", id="mhn_missed", shell="plain",
        text="""
        Dear Ximena,

        Marc and I waited on Google Meet from 10:00 until 10:15 for your interview, but we didn't see you join, and we haven't had a message from you.

        If something went wrong with the link or the booking, please let us know today. We'll then see whether we can offer another slot before we close the first round on Friday.

        Best regards,
        Sofia Ferraro
        People & Culture, Mediterranean Heritage Network
        """,
    ),
    dict(
        kind="missed_interview_notice", lang="fr", slug="talents_sud_not_reachable",
        company="Festival Lumières de la Têt", contact="s.roca@talentssud.example.fr",
        frm=("Sébastien Roca", "s.roca@talentssud.example.fr"),
        subject="Re: Entretien avec le Festival Lumières de la Têt",
        date="2026-03-09 10:40", tz="FR", parent="ts_move", quote="gt",
        text="""
        Bonjour Ximena,

        Mme Grau vous a attendue en visio ce matin à partir de 10h et ne vous a pas vue se connecter. De mon côté, j'ai essayé de vous joindre deux fois, à 10h05 et à 10h15, sans succès.

        Pouvez-vous me rappeler dès que possible ? Je verrai avec elle ce qu'il est encore possible de faire.

        Sébastien Roca
        04 68 55 70 41
        """,
    ),
    dict(
        kind="missed_interview_notice", lang="fr", slug="maison_cultures_waited_reception",
        company="Maison des Cultures du Roussillon", contact="al.bosch@mcroussillon.example.fr",
        frm=("Anne-Laure Bosch", "al.bosch@mcroussillon.example.fr"),
        subject="Votre entretien de ce matin",
        date="2026-05-28 10:15", tz="FR", cte="quoted-printable", shell="plain",
        text="""
        Madame,

        Nous vous attendions ce matin à 9h30 à l'accueil de la Maison des Cultures du Roussillon pour votre entretien au poste de chargé(e) de programmation jeune public. Sans nouvelles de votre part à 10h, le jury a poursuivi avec les candidats suivants.

        Si un empêchement vous a retenue, merci de nous le faire savoir rapidement par retour de courriel.

        Cordialement,
        Anne-Laure Bosch
        Chargée des ressources humaines
        Maison des Cultures du Roussillon
        2, rue du Castillet – 66000 Perpignan
        """,
    ),
    dict(
        kind="missed_interview_notice", lang="de", slug="kulturhaus_waited_in_teams",
        company="Kulturhaus Auwiesen", contact="s.grabmeier@kulturhaus-auwiesen.example.de",
        frm=("Stefanie Grabmeier", "s.grabmeier@kulturhaus-auwiesen.example.de"),
        subject="Ihr Vorstellungsgespräch heute um 11 Uhr",
        date="2026-08-12 11:25", tz="DE",
        text="""
        Sehr geehrte Frau Castellanos-Berg,

        wir haben heute um 11 Uhr in Teams auf Sie gewartet – Herr Lechner und ich waren bis 11:15 Uhr in der Besprechung, Sie haben sich aber nicht eingewählt.

        Falls es technische Probleme gab, melden Sie sich bitte bis morgen bei mir; wir prüfen dann, ob wir noch einen Ersatztermin anbieten können.

        Mit freundlichen Grüßen
        Stefanie Grabmeier
        Personalwesen, Kulturhaus Auwiesen
        Auwiesenstraße 12, 81543 München
        Tel. 089 5550 7720
        """,
    ),
]

MESSAGES: list[dict] = INVITATIONS + RESCHEDULES + MISSED
