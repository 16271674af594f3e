# ruff: noqa: C408, S604  (messages are dict(...) specs; `shell=` names an HTML layout)
"""Corpus 285: the 31 rejections, each written by hand (see README.md)."""

from __future__ import annotations

from msgs285_common import DISCLAIMER_DE, DISCLAIMER_EN, LOPD_ES

AUTO = {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"}

MESSAGES: list[dict] = [
    # ------------------------------------------------------------------ Spanish
    dict(
        kind="rejection", lang="es", slug="horta_nord_after_second_talk",
        company="Fundació Horta Nord", contact="neus.ferrer@fundaciohortanord.example.es",
        frm=("Neus Ferrer Climent", "neus.ferrer@fundaciohortanord.example.es"),
        subject="Re: Entrevista – Coordinación de programas culturales (Fundació Horta Nord)",
        date="2026-02-19 17:30", id="hn_rej", parent="hn_sorry", quote="gt",
        text="""
        Hola Ximena:

        Te escribo para cerrar el proceso de la coordinación de programas. Al final pudimos hablar contigo el jueves 5 y te agradecemos la flexibilidad después del lío con el enlace.

        El patronato ha elegido a una persona que ya conoce a fondo el tejido asociativo de l'Horta Nord; para este arranque pesaba mucho ese vínculo con el territorio, y ahí no podíamos compararte en igualdad.

        Nos gustó mucho cómo contaste las visitas con grupos de mayores en el museo de Oaxaca. Si te parece bien, guardamos tu currículum para la programación de verano.

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
        kind="rejection", lang="es", slug="temporalia_relays_festival_no",
        company="Festival Mediterrània Escena", contact="ruben.ortega@temporalia.example.es",
        frm=("Rubén Ortega Mas", "ruben.ortega@temporalia.example.es"),
        subject="RE: Entrevista Festival Mediterrània Escena – viernes 8",
        date="2026-05-14 13:15", id="tmp_rej", parent="tmp_missed", quote="outlook",
        charset="windows-1252", cte="quoted-printable", shell="outlook",
        text=f"""
        Hola, Ximena:

        Ya tengo respuesta del Festival Mediterrània Escena. Después de lo del viernes vieron a las otras dos personas que les presentamos y han cerrado la incorporación con una de ellas, así que por su parte la candidatura no sigue adelante.

        Lo del día 8 fue un malentendido con la dirección (te pasé la de la oficina antigua, culpa mía) y así se lo expliqué a la directora de producción, pero tenían el montaje de junio encima y no podían abrir otra ronda.

        Tu ficha sigue activa con nosotros; en cuanto entre algo de atención en sala o de mediación te llamo el primero.

        Un saludo,

        Rubén Ortega Mas
        Consultor de selección · Temporalia ETT
        Av. del Port, 112 · 46023 València
        Tel. 963 552 048 · Móvil 655 310 774

        {LOPD_ES}
        """,
    ),
    dict(
        kind="rejection", lang="es", slug="huerta_viva_after_assessment",
        company="Museo de la Huerta Viva", contact="encarna.soler@huertaviva.example.es",
        frm=("Encarnación Soler Ruiz", "encarna.soler@huertaviva.example.es"),
        subject="Jornada de evaluación del 24 de febrero – comunicación de resultado",
        date="2026-03-06 12:02", id="hv_rej", parent="hv_inv", shell="plain",
        text="""
        Estimada Ximena:

        Gracias por participar en la jornada de evaluación del pasado 24 de febrero en la Casa de la Noria. El caso práctico de su grupo sobre la ruta de las acequias fue de lo mejor de la mañana.

        Una vez puntuadas todas las pruebas, la comisión ha optado por otras candidaturas con más recorrido en programación educativa para centros escolares, que es donde el museo concentra su actividad este curso. Lamentamos no traerle mejores noticias.

        Le deseamos mucha suerte en su búsqueda y esperamos volver a coincidir.

        Atentamente,

        Encarnación Soler Ruiz
        Departamento de Recursos Humanos
        Museo de la Huerta Viva · Carril de la Noria, 3 · 30150 Murcia
        968 207 133
        """,
    ),
    dict(
        kind="rejection", lang="es", slug="sant_joan_tribunal_score",
        company="Ajuntament de Sant Joan del Riu", contact="a.llorens@santjoandelriu.example.es",
        frm=("Amparo Llorens Gil", "a.llorens@santjoandelriu.example.es"),
        subject="Proceso selectivo Técnico/a de Cultura (bolsa) – resultado de la entrevista",
        date="2026-05-20 09:05", charset="windows-1252", cte="8bit",
        text="""
        Sra. Castellanos-Berg:

        Por la presente se le comunica que, según consta en el acta del tribunal calificador de fecha 18 de mayo de 2026, en la fase de entrevista personal del proceso para la constitución de una bolsa de Técnico/a de Cultura usted ha obtenido 3,75 puntos, por debajo del mínimo de 5 puntos exigido en la base séptima.

        En consecuencia, no figura en la relación de aspirantes que integran la bolsa. La relación completa se publicará en el tablón de anuncios de la sede electrónica.

        Contra el presente acto, que no agota la vía administrativa, puede interponerse recurso de alzada ante la Alcaldía en el plazo de un mes a contar desde el día siguiente al de su notificación.

        Amparo Llorens Gil
        Tècnica de Personal
        Ajuntament de Sant Joan del Riu
        Plaça Major, 1 – 46139 Sant Joan del Riu
        Tel. 962 710 050 – ext. 214
        """,
    ),
    dict(
        kind="rejection", lang="es", slug="turia_terse_no",
        company="Universitat del Túria", contact="vicent.peris@uturia.example.es",
        frm=("Vicent Peris", "vicent.peris@uturia.example.es"),
        subject="plaza gestión cultural",
        date="2026-06-29 14:51", id="turia_rej", parent="turia_update", cte="8bit",
        text="""
        Hola Ximena,

        gracias por venir el lunes. Al final no seguimos contigo para la plaza de gestión cultural del Vicerrectorado; la comisión se decantó por alguien con más docencia universitaria.

        Suerte con todo.
        Vicent

        Enviado desde mi móvil
        """,
    ),
    dict(
        kind="rejection", lang="es", slug="agua_sal_internal_promotion",
        company="Museo del Agua y la Sal", contact="lucia.berenguer@museoaguaysal.example.es",
        frm=("Lucía Berenguer", "lucia.berenguer@museoaguaysal.example.es"),
        subject="Re: Seguimiento candidatura – Coordinación de actividades",
        date="2026-03-30 16:44", id="agua_rej", parent="agua_followup", quote="gt",
        text="""
        Hola Ximena:

        Te contesto al correo de esta semana; siento la tardanza.

        La coordinación de actividades se ha cubierto finalmente con una compañera de la casa que llevaba años con los talleres escolares, y la dirección ha preferido la promoción interna. Cerramos, por tanto, tu participación en el proceso.

        Gracias por la entrevista del día 17 y por la paciencia con el cambio de fecha.

        Un saludo cordial,

        Lucía Berenguer Sempere
        Administración y Personal
        Museo del Agua y la Sal · Pl. de los Aljibes, 2 · 03002 Alicante
        965 144 320
        """,
    ),
    dict(
        kind="rejection", lang="es", slug="ones_de_llum_casual",
        company="Festival Ones de Llum", contact="jordi@onesdellum.example.cat",
        frm=("Jordi Puigvert", "jordi@onesdellum.example.cat"),
        subject="lo de producción",
        date="2026-03-10 22:14", cte="8bit",
        text="""
        Ei Ximena!

        Te escribo rapidito antes de que se me pase. Al final para producción nos quedamos con la chica que estuvo de voluntaria en la edición pasada: ya se conoce los espacios y el montaje nocturno y con los plazos que llevamos no hay margen para formar a nadie, así que lo tuyo no sale esta vez.

        Una pena, porque me caíste genial en la llamada. No te pierdo la pista, ¿eh? Si para la edición de otoño abrimos algo de mediación te aviso yo directamente.

        Abrazo,
        Jordi
        """,
    ),
    dict(
        kind="rejection", lang="es", slug="lluerna_quotes_thank_you",
        company="Festival Lluerna", contact="mireia.safont@festivallluerna.example.es",
        frm=("Mireia Safont", "mireia.safont@festivallluerna.example.es"),
        subject="Re: Gracias por la charla de ayer",
        date="2026-04-24 10:40", parent="lluerna_thanks", quote="gt", shell="plain",
        text="""
        Hola Ximena,

        moltes gràcies (¡perdón, muchas gracias!) por tus palabras; la conversación del jueves fue de verdad muy agradable y tus ideas para las visitas nocturnas al casco antiguo nos dieron que pensar.

        Te escribo con noticias menos buenas: hemos decidido ofrecer la coordinación de públicos a otra candidata que ya ha trabajado dos ediciones con el programa escolar del festival. Ha sido una decisión ajustada.

        Si te apetece, me encantaría contar contigo como guía en alguna actividad puntual de la próxima edición.

        Salut,
        Mireia Safont
        Festival Lluerna · Castelló de la Plana
        """,
    ),
    dict(
        kind="rejection", lang="es", slug="benialtea_call_withdrawn",
        company="Ayuntamiento de Benialtea", contact="ja.marhuenda@benialtea.example.es",
        frm=("José Antonio Marhuenda Pastor", "ja.marhuenda@benialtea.example.es"),
        subject="Convocatoria Dinamizador/a Cultural: anulación del procedimiento",
        subject_enc=("iso-8859-1", "b"),
        date="2026-07-14 11:20", charset="iso-8859-1", cte="quoted-printable",
        text=f"""
        Estimada Sra. Castellanos-Berg:

        Le informamos de que, mediante Decreto de Alcaldía n.º 2026/1187, de 13 de julio, se ha dejado sin efecto la convocatoria para la provisión temporal de una plaza de Dinamizador/a Cultural, al no disponer el Ayuntamiento de crédito presupuestario suficiente tras la modificación del presupuesto municipal.

        En consecuencia, no se procederá a ningún nombramiento y el procedimiento queda archivado para todas las personas aspirantes. La documentación que presentó será destruida transcurridos tres meses, salvo que solicite su devolución.

        Atentamente,

        José Antonio Marhuenda Pastor
        Jefe del Servicio de Recursos Humanos
        Ayuntamiento de Benialtea
        C/ Mayor, 22 · 03517 Benialtea (Alicante)

        {LOPD_ES}
        """,
    ),
    dict(
        kind="rejection", lang="es", slug="arts_grafiques_teamtailor",
        company="Museu de les Arts Gràfiques del Carme", contact="",
        frm=("Museu de les Arts Gràfiques del Carme", "no-reply@teamtailor-mail.com"),
        subject="Tu candidatura: Auxiliar de Programación Pública",
        date="2026-02-27 08:15", tz="UTC", structure="html", shell="ats",
        brand="Museu de les Arts Gràfiques del Carme", accent="#7a1f2b",
        footer="Enviado con Teamtailor en nombre del Museu de les Arts Gràfiques del Carme.",
        headers=AUTO,
        text="""
        Hola Ximena:

        Gracias por tu interés en el puesto de Auxiliar de Programación Pública y por el tiempo que dedicaste a la candidatura.

        Tras revisarla con detenimiento, lamentamos comunicarte que no pasarás a la siguiente fase del proceso. Recibimos un número muy alto de solicitudes y la decisión no ha sido sencilla.

        Conservaremos tus datos durante 12 meses por si surge una posición que se ajuste a tu perfil. Puedes retirar tu consentimiento en cualquier momento desde tu perfil de candidata.

        Un saludo,
        Equipo de Personas del Museu de les Arts Gràfiques del Carme
        """,
    ),
    dict(
        kind="rejection", lang="es", slug="alqueria_position_frozen",
        company="Centre Cultural L'Alqueria Blanca", contact="toni.albiol@alqueriablanca.example.es",
        frm=("Toni Albiol", "toni.albiol@alqueriablanca.example.es"),
        subject="Plaza de mediación – Alqueria Blanca",
        date="2026-04-10 09:48", parent="alqueria_missed",
        text="""
        Bon dia, Ximena:

        Te debía una respuesta después de la segunda llamada de la semana pasada. La Junta Rectora se reunió el martes y ha decidido congelar la plaza de mediación hasta que se apruebe el presupuesto del año que viene, de modo que no vamos a seguir con el proceso, ni contigo ni con el resto de candidaturas.

        No tiene nada que ver con tu perfil, que encajaba bien. Si la plaza se reactiva, lo publicaremos de nuevo y estaría encantado de que te presentaras.

        Salutacions,
        Toni Albiol i Ferrer
        Coordinació · Centre Cultural L'Alqueria Blanca
        Camí de l'Alqueria, s/n · 46035 València
        """,
    ),
    dict(
        kind="rejection", lang="es", slug="fabra_vella_reorganised",
        company="Centre d'Art Fabra Vella", contact="laia.roig@fabravella.example.cat",
        frm=("Laia Roig via Teamtailor", "no-reply@teamtailor-mail.com"),
        reply_to=("Laia Roig Camps", "laia.roig@fabravella.example.cat"),
        subject="Coordinación de programas públicos – actualización",
        date="2026-06-05 13:02", parent="fabravella_cancel", shell="ats",
        brand="Centre d'Art Fabra Vella", accent="#222222",
        footer="Puedes responder a este correo; la respuesta llegará a Laia Roig.",
        text="""
        Hola Ximena:

        Te prometí noticias después de anular nuestra entrevista del 21 de mayo y aquí van, aunque no son las que esperábamos darte.

        La dirección ha reorganizado el departamento y el perfil de coordinación que buscamos ahora tiene mucho más peso en gestión económica y justificación de subvenciones. Con ese cambio hemos decidido no continuar con tu candidatura, y preferimos decírtelo ya en lugar de proponerte una entrevista para un puesto distinto del que solicitaste.

        Gracias de verdad por la paciencia.

        Laia Roig Camps
        Responsable de Programas Públicos
        Centre d'Art Fabra Vella · C/ de Pere IV, 301 · 08018 Barcelona
        """,
    ),
    dict(
        kind="rejection", lang="es", slug="cuadrante_unnamed_client_no",
        company="Cuadrante Talent", contact="marta.sanchis@cuadrantetalent.example.es",
        frm=("Marta Sanchis Peiró", "marta.sanchis@cuadrantetalent.example.es"),
        subject="Feedback proceso dirección de programas (Castellón)",
        date="2026-08-20 18:07", cte="base64",
        text="""
        Hola Ximena,

        Te llamé esta tarde pero no te localicé, así que te lo dejo por escrito.

        Mi cliente, la fundación privada de Castellón de la que te hablé, me ha confirmado que prefiere avanzar con perfiles que vengan de la captación de fondos y el mecenazgo, y tu candidatura no pasa a la terna final. Me han destacado tu soltura con públicos, pero el consejo quiere a alguien que se siente desde el primer día con patrocinadores.

        Yo sigo contando contigo para otros procesos; en septiembre se mueven varias cosas en museos de la provincia.

        Un abrazo,
        Marta

        Marta Sanchis Peiró
        Partner · Cuadrante Talent
        Gran Vía Marqués del Turia, 49 · 46005 València
        +34 600 218 775
        """,
    ),
    dict(
        kind="rejection", lang="es", slug="terrissa_valencian_required",
        company="Fundació Terrissa Viva", contact="empar.soriano@terrissaviva.example.es",
        frm=("Empar Soriano", "empar.soriano@terrissaviva.example.es"),
        name_enc=("iso-8859-1", "q"),
        subject="Re: Candidatura: Técnica de difusión del patrimonio cerámico",
        subject_enc=("iso-8859-1", "b"),
        date="2026-02-11 12:31", parent="terrissa_application", quote="gt",
        charset="iso-8859-1", cte="base64",
        text="""
        Benvolguda Ximena:

        Hemos leído con interés tu carta y tu trayectoria con el barro negro de San Bartolo Coyotepec nos ha parecido preciosa.

        La plaza, sin embargo, exige acreditar el valenciano a nivel C1, porque la mitad de las visitas son con escolares en línea en valenciano, y esa condición no la podemos flexibilizar. Por eso no seguimos adelante con tu candidatura en esta convocatoria.

        Te animamos a seguir las actividades del museo; cada primavera abrimos plazas de monitoraje para los talleres de torno.

        Cordialment,
        Empar Soriano i Mas
        Fundació Terrissa Viva
        Carrer dels Ollers, 7 · 46940 Manises
        """,
    ),
    dict(
        kind="rejection", lang="es", slug="guelaguetza_mexican_no",
        company="Casa Guelaguetza Valencia", contact="rocio@casaguelaguetza.example.es",
        frm=("Rocío Mendoza Ruiz", "rocio@casaguelaguetza.example.es"),
        subject="Re: ¿Nos vemos el jueves?",
        date="2026-07-30 19:26", parent="guelaguetza_missed", quote="gt",
        text="""
        Qué tal Ximena, ojalá que estés muy bien.

        Te platico cómo quedó todo: como no se pudo hacer la plática del jueves y la directiva ya tenía que cerrar la contratación antes de agosto, decidieron irse con otra persona que ya conocía la Casa y las fiestas que organizamos. Ni modo, así se dieron los tiempos.

        Me dio mucha pena porque eres paisana y tu experiencia en el Museo de las Culturas de Oaxaca nos encantaba. Cualquier cosa que se ofrezca, aquí andamos; para el Día de Muertos siempre necesitamos manos.

        Un abrazo fuerte,
        Rocío Mendoza Ruiz
        Casa Guelaguetza Valencia
        C/ de Cuba, 58 · 46006 València
        """,
    ),
    # ------------------------------------------------------------------ English
    dict(
        kind="rejection", lang="en", slug="ancoats_role_on_hold",
        company="Ancoats Arts Trust", contact="",
        frm=("Ancoats Arts Trust", "no-reply@teamtailor-mail.com"),
        subject="Community Programme Coordinator – an update on your application",
        date="2026-06-24 09:00", tz="UK", id="aat_rej", shell="ats",
        brand="Ancoats Arts Trust", accent="#e4572e",
        footer="This message was sent by Teamtailor on behalf of Ancoats Arts Trust.",
        headers=AUTO,
        text="""
        Dear Ximena,

        Thank you for the time you have given to our recruitment for the Community Programme Coordinator.

        We are writing to let every candidate know that the role has been put on hold while we wait for the outcome of our Arts Council funding application, and we will not proceed with recruitment for it this year. This means your application is now closed.

        We know this is disappointing after the conversations you have had with us. If the post is re-advertised, we will announce it on our website and social channels.

        With thanks,
        The Ancoats Arts Trust team
        """,
    ),
    dict(
        kind="rejection", lang="en", slug="pennine_workday_formal",
        company="Pennine Metropolitan University", contact="",
        frm=("Pennine Metropolitan University", "penninemet@myworkday.com"),
        subject="Your application for Cultural Engagement Officer (R-04417)",
        date="2026-05-19 07:31", tz="UTC", headers=AUTO,
        text="""
        Dear Ximena Castellanos-Berg,

        Thank you for your interest in the position of Cultural Engagement Officer (R-04417) in the Directorate of Student and Civic Life.

        After careful consideration, we regret to inform you that your application has not been successful on this occasion. Owing to the volume of applications we are unable to provide individual feedback at shortlisting stage.

        We encourage you to keep an eye on our careers site for future vacancies.

        Kind regards,
        Recruitment Team
        Pennine Metropolitan University

        This is an automated message from Workday. Please do not reply to this email.
        """,
    ),
    dict(
        kind="rejection", lang="en", slug="irwell_quotes_thank_you",
        company="Irwell Festival of Ideas", contact="owen.marsh@irwellfestival.example.co.uk",
        frm=("Owen Marsh", "owen.marsh@irwellfestival.example.co.uk"),
        subject="Re: Thank you – Programme Coordinator interview",
        date="2026-09-22 15:37", tz="UK", parent="irwell_thanks", quote="gt",
        text="""
        Hi Ximena,

        Thanks so much for your kind note after the interview, and apologies that this reply took longer than I hoped.

        It was a genuinely close call. In the end we have offered the Programme Coordinator post to a candidate who ran a festival volunteer programme of a similar size, which is the part of the job that will land on day one. I'm sorry it isn't better news.

        The panel particularly liked your idea of bilingual walking debates along the river. If you would like fifteen minutes of feedback, just reply and we'll find a time.

        All the best,
        Owen

        Owen Marsh
        Head of Programme, Irwell Festival of Ideas
        Unit 4, Chapel Wharf, Salford M3 5DW
        0161 555 0192
        """,
    ),
    dict(
        kind="rejection", lang="en", slug="medheritage_ashby_closer_match",
        company="Mediterranean Heritage Network", contact="sofia.ferraro@medheritage.example.org",
        frm=("Mediterranean Heritage Network", "no-reply@ashbyhq.com"),
        reply_to=("Sofia Ferraro", "sofia.ferraro@medheritage.example.org"),
        subject="Partnerships & Programmes Officer – Mediterranean Heritage Network",
        date="2026-09-25 11:12", tz="ES", parent="mhn_missed", shell="ats",
        brand="Mediterranean Heritage Network", accent="#0e7c86",
        footer="Powered by Ashby",
        text="""
        Dear Ximena,

        Thank you for your patience and for rearranging your week for us.

        After reviewing all remaining applications, we have decided to move forward with candidates whose experience more closely matches the partnership-management side of the Partnerships & Programmes Officer role.

        We appreciated your energy and your knowledge of community museums in Mexico and Spain, and we wish you every success.

        Best regards,
        Sofia Ferraro
        People & Culture, Mediterranean Heritage Network
        Passeig de Colom, 6 · 08002 Barcelona
        """,
    ),
    dict(
        kind="rejection", lang="en", slug="brightwater_forwards_client_no",
        company="Canalside Heritage Trust", contact="callum.reid@brightwater.example.co.uk",
        frm=("Callum Reid", "callum.reid@brightwater.example.co.uk"),
        subject="Canalside Heritage Trust – feedback",
        date="2026-05-29 16:50", tz="UK",
        text=f"""
        Hi Ximena,

        I'm afraid I've had a no from Canalside Heritage Trust for the Learning Officer post. I've attached Gemma's note so you can see their reasoning first-hand rather than my summary of it.

        For what it's worth, they were complimentary about your session plan, and I'd be very happy to put you forward for the two museum roles I mentioned on the phone.

        Speak soon,
        Callum

        Callum Reid
        Senior Consultant – Arts & Heritage
        Brightwater Recruitment
        2 Hardman Square, Manchester M3 3EB
        Direct: 0161 555 0873

        {DISCLAIMER_EN}
        """,
        attach=[dict(type="rfc822", spec=dict(
            slug="canalside_note_inner", lang="en",
            frm=("Gemma Holt", "g.holt@canalsideheritage.example.org.uk"),
            to=[("Callum Reid", "callum.reid@brightwater.example.co.uk")],
            subject="Ximena Castellanos-Berg – Learning Officer",
            date="2026-05-29 14:05", tz="UK",
            text="""
            Hi Callum,

            Thanks for introducing Ximena and for being flexible when we had to move the first interview.

            We've decided not to take her forward. She was warm and very good with the object-handling task, but the post is heavily about the schools' curriculum offer and the panel felt she'd need more time with the English national curriculum than we can give this year.

            Please pass on our thanks.

            Gemma
            """,
        ))],
    ),
    dict(
        kind="rejection", lang="en", slug="peoples_loom_terse",
        company="People's Loom Gallery", contact="dan@peoplesloom.example.co.uk",
        frm=("Dan Whitlock", "dan@peoplesloom.example.co.uk"),
        subject="Gallery Assistant",
        date="2026-07-09 17:58", tz="UK",
        text="""
        Hi Ximena,

        Thanks for coming in on Tuesday. We won't be offering you the role.

        Best,
        Dan
        """,
    ),
    dict(
        kind="rejection", lang="en", slug="castlefield_print_background",
        company="Castlefield Print Studios", contact="nadia@castlefieldprint.example.co.uk",
        frm=("Nadia Khan", "nadia@castlefieldprint.example.co.uk"),
        subject="Re: Thursday chat",
        date="2026-04-30 12:20", tz="UK", parent="castlefield_inv", quote="gt",
        text="""
        Hi Ximena,

        I really enjoyed our coffee last Thursday – thank you for bringing the photos of the Teotitlán weavers, the whole studio has been talking about them.

        I've thought about it a lot, and we're going with someone whose print-room background lines up more directly with running the open-access studio sessions, because I simply won't have time to train anyone on the presses this season.

        I hope our paths cross again; if you're ever in Manchester for longer, come to one of our open evenings.

        Nadia
        Castlefield Print Studios
        """,
    ),
    dict(
        kind="rejection", lang="en", slug="euromed_smartrecruiters",
        company="EuroMed Cultural Routes", contact="",
        frm=("EuroMed Cultural Routes", "noreply@smartrecruiters.com"),
        subject="Project Officer – Interpretation: application status",
        subject_enc=("utf-8", "b"),
        date="2026-08-11 09:44", tz="UTC", cte="base64", shell="ats",
        brand="EuroMed Cultural Routes", accent="#354f8e",
        footer="SmartRecruiters · Please do not reply to this automated message.",
        headers=AUTO,
        text="""
        Dear Ximena,

        Thank you for applying for the Project Officer – Interpretation position with EuroMed Cultural Routes.

        We have now completed the review of applications and will not be progressing yours further. The number of strong candidates was high, and our decision reflects the specific mix of EU project-management experience the role requires.

        We will keep your profile in our talent community for future openings unless you ask us to remove it.

        Kind regards,
        EuroMed Cultural Routes Talent Acquisition
        """,
    ),
    # ------------------------------------------------------------------ French
    dict(
        kind="rejection", lang="fr", slug="maison_cultures_taleo",
        company="Maison des Cultures du Roussillon", contact="",
        frm=("Maison des Cultures du Roussillon", "no-reply@taleo.net"),
        subject="Votre candidature – Chargé(e) de programmation jeune public",
        date="2026-06-19 10:00", tz="FR", structure="html", html_cte="base64", shell="ats",
        brand="Maison des Cultures du Roussillon", accent="#b5651d",
        footer="Ce message a été envoyé automatiquement par Taleo. Merci de ne pas y répondre.",
        headers=AUTO,
        text="""
        Madame,

        Nous vous remercions de l'intérêt que vous portez à la Maison des Cultures du Roussillon et du temps consacré à votre candidature au poste de Chargé(e) de programmation jeune public (réf. MCR-2026-014).

        Après examen attentif de l'ensemble des dossiers, nous sommes au regret de vous informer que nous ne retiendrons pas votre candidature pour la suite du recrutement.

        Nous vous souhaitons pleine réussite dans vos démarches.

        Le service des ressources humaines
        """,
    ),
    dict(
        kind="rejection", lang="fr", slug="vilanova_post_deleted",
        company="Ville de Vilanova-de-la-Têt", contact="c.puig@vilanova-tet.example.fr",
        frm=("Corinne Puig", "c.puig@vilanova-tet.example.fr"),
        subject="Re: Convocation – entretien poste de médiatrice culturelle",
        date="2026-07-06 14:18", tz="FR", parent="vilanova_inv", quote="gt",
        text="""
        Madame Castellanos-Berg,

        Je reviens vers vous au sujet de l'entretien prévu le 9 juillet. Lors de sa séance du 2 juillet, le conseil municipal a décidé de supprimer le poste de médiatrice culturelle du tableau des effectifs, dans le cadre de la mutualisation des services culturels avec l'intercommunalité.

        Le recrutement est donc clos et l'entretien n'aura pas lieu. Je suis sincèrement désolée de vous l'annoncer si tard, d'autant que vous aviez déjà réservé votre train.

        Veuillez agréer, Madame, l'expression de mes salutations distinguées.

        Corinne Puig
        Responsable des ressources humaines
        Mairie de Vilanova-de-la-Têt
        1, place de la République – 66320 Vilanova-de-la-Têt
        04 68 55 12 30
        """,
    ),
    dict(
        kind="rejection", lang="fr", slug="talents_sud_relays_festival",
        company="Festival Lumières de la Têt", contact="s.roca@talentssud.example.fr",
        frm=("Sébastien Roca", "s.roca@talentssud.example.fr"),
        subject="Retour du Festival Lumières de la Têt",
        date="2026-03-17 11:05", tz="FR", charset="iso-8859-1", cte="quoted-printable",
        text="""
        Bonjour Ximena,

        J'ai eu ce matin la directrice du Festival Lumières de la Têt au téléphone. Après les entretiens de la semaine dernière, le festival a choisi une autre candidate pour la mission de coordination des bénévoles ; elle habite Perpignan et pouvait démarrer dès le 1er avril.

        Votre absence du 9 n'a pas été déterminante, m'a-t-elle assuré, mais la proximité a pesé.

        Je reste à votre disposition pour d'autres missions dans la région, notamment pour la saison estivale des musées.

        Bien à vous,
        Sébastien Roca
        Chargé de recrutement - Talents Sud
        12, quai Vauban - 66000 Perpignan
        04 68 55 70 41
        """,
    ),
    dict(
        kind="rejection", lang="fr", slug="cote_vermeille_terse",
        company="Musée de la Côte Vermeille", contact="elodie.marty@museecotevermeille.example.fr",
        frm=("Élodie Marty", "elodie.marty@museecotevermeille.example.fr"),
        name_enc=("iso-8859-1", "q"),
        subject="Entretien du jeudi 1er octobre",
        date="2026-10-06 09:12", tz="FR",
        text="""
        Bonjour Madame,

        Merci pour l'entretien de jeudi. Nous ne donnerons pas suite.

        Bien cordialement,
        É. Marty
        """,
    ),
    # ------------------------------------------------------------------ German
    dict(
        kind="rejection", lang="de", slug="alltagskultur_quotes_thanks",
        company="Museum für Alltagskultur München", contact="j.wimmer@alltagskultur-muenchen.example.de",
        frm=("Dr. Johanna Wimmer", "j.wimmer@alltagskultur-muenchen.example.de"),
        subject="AW: Vielen Dank für das Gespräch",
        date="2026-04-21 10:10", tz="DE", parent="mak_thanks", quote="gt",
        text=f"""
        Liebe Frau Castellanos-Berg,

        haben Sie herzlichen Dank für Ihre freundliche Nachricht nach unserem Gespräch – und noch einmal Entschuldigung für die kurzfristige Absage des ersten Termins.

        Wir haben uns die Entscheidung nicht leicht gemacht. Am Ende haben wir uns für eine Bewerberin entschieden, die bereits mehrere Jahre in der Vermittlungsarbeit eines bayerischen Museums tätig war und die regionalen Schulnetzwerke kennt. Ihnen können wir die Stelle daher leider nicht anbieten.

        Ihre Idee, die Sammlung über Küchengeräte aus Oaxaca und Oberbayern ins Gespräch zu bringen, hat uns sehr gefallen.

        Mit freundlichen Grüßen
        Johanna Wimmer

        Dr. Johanna Wimmer
        Leitung Bildung und Vermittlung
        Museum für Alltagskultur München
        Lilienstraße 40, 81669 München
        Tel. +49 89 5550 2231

        {DISCLAIMER_DE}
        """,
    ),
    dict(
        kind="rejection", lang="de", slug="kessler_vogt_internal_hire",
        company="Kessler & Vogt", contact="l.brandstaetter@kesslervogt.example.de",
        frm=("Lukas Brandstätter", "l.brandstaetter@kesslervogt.example.de"),
        name_enc=("utf-8", "b"),
        subject="AW: Gespräch mit unserem Mandanten",
        date="2026-08-04 17:42", tz="DE", parent="kv_cancel", quote="outlook",
        charset="windows-1252", cte="quoted-printable", shell="outlook",
        text=f"""
        Liebe Frau Castellanos-Berg,

        wie angekündigt melde ich mich mit dem Ergebnis aus dem Hause unseres Mandanten. Nach der Umstrukturierung hat die Stiftung entschieden, die Position der Programmkoordination intern zu besetzen; eine langjährige Mitarbeiterin aus dem Veranstaltungsbereich übernimmt die Aufgabe.

        Damit ist das Mandat für diese Position beendet, und ein neuer Gesprächstermin wird nicht mehr vereinbart. Das bedauere ich sehr, zumal Ihr Profil beim Mandanten gut ankam.

        Ich würde Sie gern für künftige Suchen im Kulturbereich in unserer Kartei behalten, wenn Sie einverstanden sind.

        Beste Grüße
        Lukas Brandstätter

        Kessler & Vogt Executive Search
        Maximilianstraße 31 · 80539 München
        T +49 89 5550 4410 · M +49 170 5550 318

        {DISCLAIMER_DE}
        """,
    ),
    dict(
        kind="rejection", lang="de", slug="isarbuehne_softgarden",
        company="Stiftung Isarbühne", contact="",
        frm=("Stiftung Isarbühne", "noreply@softgarden.io"),
        subject="Ihre Bewerbung als Referent*in Programm und Publikum",
        date="2026-05-26 08:30", tz="DE", shell="ats",
        brand="Stiftung Isarbühne", accent="#3a3a8c",
        footer="Diese Nachricht wurde automatisch über softgarden versendet.",
        headers=AUTO,
        text="""
        Sehr geehrte Frau Castellanos-Berg,

        vielen Dank für Ihr Interesse an der Stiftung Isarbühne und die Zeit, die Sie in Ihre Bewerbung investiert haben.

        Nach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können. Diese Entscheidung ist keine Bewertung Ihrer Qualifikation, sondern ergibt sich aus dem Vergleich mit dem konkreten Anforderungsprofil.

        Ihre Unterlagen werden gemäß den Datenschutzbestimmungen nach sechs Monaten gelöscht.

        Mit freundlichen Grüßen
        Ihr Recruiting-Team der Stiftung Isarbühne
        """,
    ),
    dict(
        kind="rejection", lang="de", slug="akademie_casual_honest",
        company="Akademie für Kulturvermittlung Bayern", contact="tobias.ried@akv-bayern.example.de",
        frm=("Tobias Ried", "tobias.ried@akv-bayern.example.de"),
        subject="Kurze Rückmeldung zur Projektstelle",
        date="2026-10-02 16:25", tz="DE", charset="iso-8859-1", cte="8bit",
        text="""
        Hallo Ximena,

        kurz und ehrlich, weil du nach dem Telefonat um eine schnelle Antwort gebeten hattest: Es wird diesmal nichts mit der Projektstelle. Wir brauchen für das Vorhaben jemanden, der die Fortbildungen auch auf Deutsch auf Muttersprachniveau moderiert, und da sind zwei andere Bewerberinnen einfach weiter.

        Fand das Gespräch trotzdem richtig gut. Wenn wir im Frühjahr die spanischsprachigen Workshops planen, melde ich mich bei dir.

        Viele Grüße aus Schwabing
        Tobias

        Tobias Ried
        Akademie für Kulturvermittlung Bayern
        Hohenzollernstraße 18, 80801 München
        """,
    ),
]
