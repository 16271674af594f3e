"""Corpus 293, rejections: 31 hand-written messages (15 es, 8 en, 4 fr, 4 de)."""

from __future__ import annotations

from msgs293_common import (
    CANDIDATE_ADDR,
    CANDIDATE_NAME,
    M,
    ats_card,
    outlook,
    outlook_html,
    page,
    paras,
    reply,
)
from msgs293_other import IBV_THANKS, NEC_SORRY

R = "rejection"

# --------------------------------------------------------------------------- Spanish (15)

_naz_thanks_quoted = """Estimada Rocío:

Quería agradecerle el tiempo que me dedicaron esta mañana usted y Sergio. Me quedé con muchas
ganas de trabajar en la coordinación de los circuitos de Semana Santa; como les comenté, llevo
seis años guiando grupos en Cusco y en Granada y sé lo que pasa cuando un traslado llega tarde.

Quedo atenta a sus noticias.

Saludos cordiales,
Dolores Quispe-Andersen"""

_naz_rej = reply("""Hola Dolores:

Gracias a ti por tu mensaje y por venir el jueves; se notó que conoces el oficio desde el
lado del grupo, y así se lo transmití a Dirección.

Te escribo para contarte cómo ha quedado: el puesto de coordinadora de operaciones se lo
hemos ofrecido a una persona que ya ha llevado la programación de receptivo con
turoperadores alemanes, que es justo lo que nos va a pesar este año. No ha sido una decisión
fácil y no tiene que ver con lo que contaste de Cusco, que nos encantó.

Si te parece bien, guardo tu CV para la temporada de otoño, cuando volvemos a reforzar el
equipo de grupos.

Un abrazo,

Rocío Aguilera Fajardo
Jefa de Operaciones | Viajes Nazarí
C/ Reyes Católicos 21, 2.º – 18009 Granada
Tel. +34 958 000 211""", "es", "jue, 26 feb 2026 a las 19:42", CANDIDATE_NAME, CANDIDATE_ADDR,
    _naz_thanks_quoted)

_mun_html = ats_card(
    "Mundirutas Viajes · Talento", "#c0392b", "Actualización de tu candidatura",
    paras("""Hola Dolores:

Gracias por participar en el proceso de selección para la posición Técnico/a de Operaciones
de Grupos (REQ-4471) en nuestra sede de Madrid.

Tras revisar con detenimiento todas las candidaturas, te comunicamos que en esta ocasión no
vamos a continuar con tu proceso. Tu perfil permanecerá en nuestra base de datos y podrás
consultar nuevas vacantes desde tu portal de candidato.

Te deseamos mucha suerte en tu búsqueda.

Equipo de Selección
Mundirutas Viajes""") + '\n<p><a href="https://mundirutas.wd3.myworkday.com/es-ES/Mundirutas/login">'
    "Acceder al portal</a></p>",
    "Este mensaje se ha generado automáticamente desde Workday. Por favor, no respondas a este "
    "correo.", "es")

_tmp_text = """Buenas, Dolores:

Ya tengo respuesta de Hoteles Sierra Bermeja sobre la entrevista del día 14 en Roquetas. Me
llamó la directora del hotel esta mañana: se quedan con otra candidata que ya trabajaba en
recepción de grupos en la zona y que puede incorporarse el lunes que viene, y para ellos eso
ha pesado más que el idioma.

A mí me dijo que le gustaste mucho para trato con cliente, así que no lo tomes como un no a
ti, sino a las fechas. Sigo moviendo tu perfil; en mayo salen varias cosas de recepción y
excursiones en Mojácar y te aviso en cuanto las tenga.

Un saludo,
Juan Carlos Berenguel
Consultor de selección · Temporalia ETT Almería
Avda. Federico García Lorca 88, 04005 Almería · 950 000 118
"""

_vel_text = """Estimada Dolores Quispe-Andersen:

Le agradecemos sinceramente su participación en el centro de evaluación celebrado el 3 de marzo
para la posición Coordinador/a de Operaciones en Tierra (ref. VEL-2026-0192).

Una vez analizados los resultados de las pruebas y las entrevistas, lamentamos comunicarle que
su candidatura no ha resultado seleccionada para continuar en el proceso.

Sus datos se conservarán durante doce meses para futuros procesos, salvo que nos indique lo
contrario.

Atentamente,
Dirección de Personas – Veleta Air

--
AVISO LEGAL: Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su
destinatario. De conformidad con el RGPD y la LOPDGDD, le informamos de que sus datos son
tratados por Veleta Air con la finalidad de gestionar procesos de selección. Puede ejercer sus
derechos en privacidad@veleta-air.example.es.
Mensaje generado por SAP SuccessFactors. No responda a esta dirección.
"""

_ayt_text = """Sra. Dª Dolores Quispe-Andersen:

En relación con el proceso selectivo para la constitución de una bolsa de Auxiliar de la Oficina
Municipal de Turismo, le comunico que, por Decreto de Alcaldía n.º 2026/311, el procedimiento
queda en suspenso a la espera de la aprobación del nuevo presupuesto, y este Ayuntamiento no va
a continuar con las entrevistas ni con la baremación pendiente en el presente ejercicio.

Las solicitudes presentadas no generan derecho alguno. En caso de convocarse un nuevo proceso,
se publicará en el tablón de anuncios de la sede electrónica.

Atentamente,

Pilar Moya Valverde
Técnica de Recursos Humanos
Ayuntamiento de Alcalá del Darro
Plaza de la Constitución, 1 · 18170 Alcalá del Darro (Granada)
Tel. 958 000 640
"""

_ole_text = """Hola Dolores,

Te lo digo claro porque prefiero eso a tenerte esperando: no seguimos adelante contigo para lo
de las visitas a la almazara. Buscamos a alguien con coche propio que viva en Jaén y eso a ti
desde Granada te complicaba mucho.

Suerte con todo, de verdad.

Manolo
Oleoturismo Jaén
"""

_cge_old = """Buenos días, Andrés:

Les envío mi candidatura para el puesto de Responsable de Operaciones de excursiones que vi
publicado en su web. Adjunto mi CV. Tengo experiencia organizando salidas de grupos en el
Valle Sagrado y en la Alpujarra, y estoy habituada a cuadrar guías, barcos y transportes.

Un saludo cordial,
Dolores Quispe-Andersen
+34 612 000 487"""

_cge_text = outlook("""Hola Dolores,

Perdona la tardanza en cerrar esto. Te cuento: al final la plaza de responsable de operaciones
la va a cubrir Nerea, que llevaba tres temporadas con nosotros como patrona de la embarcación y
conoce todas las calas. Ha sido una promoción interna y ya no abrimos el proceso fuera.

Me quedo con tu contacto por si el año que viene crecemos en excursiones en inglés.

Andrés Sáez Cortés
Cabo de Gata Experiences
Puerto de San José, local 4 · 04118 San José (Almería)
+34 950 000 377""", "es", "Dolores Quispe-Andersen <dolores.qa@example.pe>",
    "martes, 14 de julio de 2026 9:12", "Andrés Sáez <andres.saez@cabogataexp.example.es>",
    "Candidatura Responsable de Operaciones", _cge_old)

_sbe_text = """Hola Dolores,

Muchas gracias por el interés que has mostrado en formar parte de Hoteles Sierra Bermeja y por
el tiempo que dedicaste a la entrevista para Jefe/a de Recepción de Grupos.

Después de comparar con calma todos los perfiles, hemos decidido avanzar con candidaturas cuya
experiencia se ajusta más a la gestión de recepción hotelera de gran volumen que requiere el
puesto.

Te animamos a seguir pendiente de nuestras ofertas en la página de empleo.

Un saludo,
Marta Galdeano
Talento y Cultura · Hoteles Sierra Bermeja
"""

_flx_text = """Ey Dolores!

Te cuento rápido que voy liado: lo de Córdoba no ha salido. Los de Grupo Patios de Córdoba me
han dicho esta mañana que cogen a un chico de su bolsa que ya había hecho la temporada pasada
con ellos, y que no van a contratar a nadie de fuera para esta vacante.

Ya sé que fue un lío lo del día de la entrevista, pero no creo que haya sido por eso, la verdad.
Tengo un par de cosas en Granada capital para noviembre, si te interesa lo hablamos la semana
que viene.

Rafa
--
Rafael Montilla · Flexiempleo ETT · Delegación Córdoba
"""

_sre_text = """Estimada Dolores:

Le escribimos para informarle de que la vacante de Técnica de Producto y Operaciones a la que
se presentó ha quedado cancelada. La dirección de Viajes Santo Reino ha decidido reorganizar el
departamento tras la integración de la oficina de Úbeda y las funciones se repartirán entre el
equipo actual.

Lamentamos no poder continuar con el proceso, y más después de las molestias que se tomó para
atender nuestras llamadas. Le agradecemos de veras su interés.

Cordialmente,

Lucía Expósito
Responsable de Personas
Viajes Santo Reino · C/ Bernabé Soriano 14 · 23001 Jaén
"""

_mag_text = """Estimada Sra. Quispe-Andersen:

Adjuntamos la resolución de la Comisión de Selección del puesto de Coordinadora de Visitas y
Reservas del Museo del Agua de Jaén.

Como podrá comprobar en el documento, su candidatura ha quedado en cuarta posición y la plaza se
ha adjudicado a la primera aspirante. No está prevista la formación de lista de reserva.

Le agradecemos su participación.

Francisco Javier Ortega
Administración y Personal
Museo del Agua de Jaén
"""

_ibv_text = reply("""Hola Dolores,

Qué bien escribes, por cierto. Te contesto con la decisión, que ya la tenemos: vamos a seguir
con otra persona para el puesto de incentivos. Nos ha faltado ver en tu perfil la parte de
negociación con hoteles en grandes volúmenes, que en esta posición es el día a día.

Me quedo con muchas ganas de volver a contar contigo si abrimos algo más cercano al guiado o a
la producción de circuitos. Y no hace falta que mandes las referencias, gracias.

Carmen Durán Ledesma
Selección · Iberovía Travel
Paseo de la Castellana 140, 28046 Madrid""", "es", "mié, 14 oct 2026 a las 20:10",
    "Dolores Quispe-Andersen", CANDIDATE_ADDR, IBV_THANKS)

_alp_html = page(paras("""Hola Dolores,

Gracias por presentar tu candidatura al puesto de Coordinadora de Rutas y Alojamientos en
Alpujarra Rutas.

Hemos recibido muchas solicitudes y, tras estudiarlas, hemos tomado la decisión de no seguir
adelante con la tuya. Sabemos que no es la noticia que esperabas.

Gracias de nuevo,
El equipo de Alpujarra Rutas""") + '\n<p style="font-size:11px;color:#777">Enviado con '
    'BambooHR · <a href="https://alpujarrarutas.bamboohr.com/careers">Ofertas</a></p>', "es")

_ala_old = """De: Álvaro Cuadrado <alvaro@almeriaaventura.example.es>
Enviado el: jueves, 9 de abril de 2026 17:31
Para: Dolores Quispe-Andersen
Asunto: Entrevista Coordinadora de actividades

Hola Dolores, te confirmo la entrevista el lunes 13 a las 11:00 en nuestra base de
Aguadulce. Pregunta por mí en el mostrador de kayaks.

Álvaro"""

_ala_text = outlook("""Hola Dolores,

Gracias por tu paciencia estas semanas. Le hemos dado muchas vueltas y lo vamos a dejar aquí:
para la coordinación de actividades necesitamos a alguien con titulación de monitor de kayak
y patrón, y sin eso no te podríamos poner al frente de las salidas.

Te agradezco que vinieras hasta Aguadulce y espero que te salga pronto algo bueno.

Álvaro Cuadrado
Almería Aventura · Paseo Marítimo 52 · 04720 Aguadulce""", "es",
    "Dolores Quispe-Andersen <dolores.qa@example.pe>", "lunes, 13 de abril de 2026 20:02",
    "Álvaro Cuadrado <alvaro@almeriaaventura.example.es>",
    "RE: Entrevista Coordinadora de actividades", """Muchas gracias por la entrevista de hoy, Álvaro.
Me encantó la base y el equipo.

Dolores

""" + _ala_old)

_tsu_text = """Hola Dolores:

Te escribo a propósito del proceso de Jefa de Producto de circuitos que te presenté a finales de
agosto. Mi cliente ha cerrado la búsqueda con una candidata interna de su grupo y me ha pedido
que os agradezca a todas las finalistas la disponibilidad.

Como sabes no te puedo dar el nombre de la empresa, pero sí decirte que tu entrevista salió
bien valorada y que la decisión ha sido de encaje con el equipo actual. Cuento contigo para la
próxima búsqueda en el sector.

Un saludo,

Inmaculada Roldán
Socia · Talento Sur Executive Search
Ronda de los Tejares 27, 4.ª planta · 14008 Córdoba
+34 957 000 902
"""

_es = [
    M(kind=R, slug="nazari_after_interview_thanks_quoted", lang="es", company="Viajes Nazarí",
      contact="rocio.aguilera@viajesnazari.example.es",
      frm=("Rocío Aguilera Fajardo", "rocio.aguilera@viajesnazari.example.es"),
      subject="Re: Gracias por la entrevista de esta mañana", date="2026-03-09 13:27 +0100",
      parent="naz_thanks", text=_naz_rej, cte="qp"),
    M(kind=R, slug="mundirutas_workday_html", lang="es", company="Mundirutas Viajes",
      frm=("Mundirutas Viajes", "mundirutas@myworkday.com"),
      subject="Tu candidatura a Técnico/a de Operaciones de Grupos (REQ-4471)",
      subj_cs=("utf-8", "B"), date="2026-02-09 08:02 +0000", key="mun_rej", parent="mun_ack",
      html=_mun_html, cte="b64", headers=[("Auto-Submitted", "auto-generated")]),
    M(kind=R, slug="temporalia_relays_hotel_no", lang="es", company="Hoteles Sierra Bermeja",
      contact="jc.berenguel@temporalia.example.es",
      frm=("Juan Carlos Berenguel", "jc.berenguel@temporalia.example.es"),
      subject="Información del hotel de Roquetas", subj_cs=("iso-8859-1", "Q"),
      date="2026-04-24 11:48 +0200", parent="tmp_inv", text=_tmp_text, charset="iso-8859-1",
      cte="qp"),
    M(kind=R, slug="veleta_successfactors_after_assessment", lang="es", company="Veleta Air",
      frm=("Veleta Air – Selección", "noreply@successfactors.eu"), name_cs=("utf-8", "B"),
      subject="Resultado del proceso VEL-2026-0192", date="2026-03-20 09:15 +0100",
      parent="vel_ac", text=_vel_text,
      html=page(paras(_vel_text), "es"), cte="qp"),
    M(kind=R, slug="council_process_suspended", lang="es", company="Ayuntamiento de Alcalá del Darro",
      contact="pmoya@aytoalcaladeldarro.example.es",
      frm=("Pilar Moya Valverde", "pmoya@aytoalcaladeldarro.example.es"), name_cs=None,
      subject="Notificación: suspensión del proceso de bolsa de Auxiliar de Turismo",
      subj_cs=("windows-1252", "Q"), date="2026-04-30 12:06 +0200", parent="ayt_move",
      text=_ayt_text, charset="windows-1252", cte="8bit"),
    M(kind=R, slug="oleoturismo_terse_owner", lang="es", company="Oleoturismo Jaén",
      contact="manolo@oleoturismojaen.example.es",
      frm=("Manolo Cazorla", "manolo@oleoturismojaen.example.es"),
      subject="Lo de las visitas", date="2026-09-21 21:14 +0200", parent="ole_missed",
      text=_ole_text),
    M(kind=R, slug="cabogata_filled_internally_outlook_chain", lang="es",
      company="Cabo de Gata Experiences", contact="andres.saez@cabogataexp.example.es",
      frm=("Andrés Sáez Cortés", "andres.saez@cabogataexp.example.es"),
      subject="RE: Candidatura Responsable de Operaciones", date="2026-08-07 10:40 +0200",
      parent="cge_missed", text=_cge_text, html=outlook_html(paras(_cge_text), "es"),
      cte="qp"),
    M(kind=R, slug="sierrabermeja_teamtailor_closer_match", lang="es",
      company="Hoteles Sierra Bermeja", contact="marta.galdeano@hotelessierrabermeja.example.es",
      frm=("Hoteles Sierra Bermeja", "no-reply@teamtailor-mail.com"),
      reply_to=("Marta Galdeano", "marta.galdeano@hotelessierrabermeja.example.es"),
      subject="Tu proceso en Hoteles Sierra Bermeja", date="2026-06-29 16:20 +0200",
      parent="sbe_move", text=_sbe_text,
      html=ats_card("Hoteles Sierra Bermeja", "#1f6f5c", "Jefe/a de Recepción de Grupos",
                    paras(_sbe_text), "Powered by Teamtailor", "es"), cte="b64"),
    M(kind=R, slug="flexiempleo_casual_client_no", lang="es", company="Grupo Patios de Córdoba",
      contact="rafael.montilla@flexiempleo.example.es",
      frm=("Rafa Montilla", "rafael.montilla@flexiempleo.example.es"),
      subject="Córdoba :(", date="2026-10-02 18:55 +0200", parent="flx_missed",
      text=_flx_text),
    M(kind=R, slug="santoreino_vacancy_cancelled", lang="es", company="Viajes Santo Reino",
      contact="lucia.exposito@santoreino.example.es",
      frm=("Lucía Expósito", "lucia.exposito@santoreino.example.es"), name_cs=("iso-8859-1", "B"),
      subject="Vacante Técnica de Producto y Operaciones", date="2026-06-03 10:02 +0200",
      parent="sre_missed", text=_sre_text, html=page(paras(_sre_text), "es"), cte="qp"),
    M(kind=R, slug="museoagua_resolution_pdf", lang="es", company="Museo del Agua de Jaén",
      contact="fjortega@museoaguajaen.example.es",
      frm=("Francisco Javier Ortega", "fjortega@museoaguajaen.example.es"),
      subject="Resolución Comisión de Selección – Coordinadora de Visitas",
      date="2026-06-18 14:31 +0200", parent="mag_ack", text=_mag_text, cte="qp",
      pdf=[("resolucion_seleccion_MAJ_2026_07.pdf", "Resolucion Comision de Seleccion",
            ["MUSEO DEL AGUA DE JAEN", "Resolucion de la Comision de Seleccion",
             "Puesto: Coordinadora de Visitas y Reservas (ref. MAJ-2026-07)", "",
             "1. Garcia Puertas, Ines ........ 8,75 - Seleccionada",
             "2. Molina Rus, Jose Antonio .... 8,10",
             "3. Valenzuela Cano, Marta ....... 7,65",
             "4. Quispe-Andersen, Dolores ..... 7,40", "",
             "Jaen, 17 de junio de 2026"])]),
    M(kind=R, slug="iberovia_after_second_interview_quoted", lang="es",
      company="Iberovía Travel", contact="carmen.duran@iberovia.example.es",
      frm=("Carmen Durán Ledesma", "carmen.duran@iberovia.example.es"),
      subject="Re: Segunda entrevista – Coordinadora de Incentivos",
      date="2026-10-21 17:48 +0200",
      parent="ibv_thanks", text=_ibv_text, cte="b64"),
    M(kind=R, slug="alpujarra_bamboohr_html_only", lang="es", company="Alpujarra Rutas",
      frm=("Alpujarra Rutas", "notifications@app.bamboohr.com"),
      subject="Sobre tu candidatura en Alpujarra Rutas", date="2026-04-02 07:30 +0000",
      parent="alp_ack", html=_alp_html, cte="qp"),
    M(kind=R, slug="almeria_aventura_outlook_quoted_invite", lang="es", company="Almería Aventura",
      contact="alvaro@almeriaaventura.example.es",
      frm=("Álvaro Cuadrado", "alvaro@almeriaaventura.example.es"), name_cs=("iso-8859-1", "Q"),
      subject="RE: Entrevista Coordinadora de actividades", date="2026-04-22 09:58 +0200",
      text=_ala_text, charset="windows-1252", cte="qp"),
    M(kind=R, slug="talentosur_unnamed_client_closed", lang="es", company="Talento Sur",
      contact="iroldan@talentosur.example.es",
      frm=("Inmaculada Roldán", "iroldan@talentosur.example.es"),
      subject="Búsqueda Jefa de Producto – cierre del proceso", date="2026-09-25 12:12 +0200",
      text=_tsu_text, cte="8bit"),
]

# --------------------------------------------------------------------------- English (8)

_alf_thanks = """Dear Joana,

Thank you for arranging yesterday's panel. It was a pleasure to meet Mr Duarte and Ms Pires, and
I especially enjoyed the discussion about handling tour groups arriving on late flights.

Please let me know if you need anything else from me.

Kind regards,
Dolores Quispe-Andersen"""

_alf_text = reply("""Dear Dolores,

Thank you for your kind note, and for the time you gave us on 25 February.

The panel met again on Monday and, while everyone appreciated your warmth with guests and your
knowledge of group logistics, we have offered the Guest Experience Operations Lead role to a
candidate with several years of hotel front-office management in Lisbon. I know this is
disappointing to hear after such a positive conversation.

We would be glad to stay in touch for seasonal openings in our Algarve properties.

Warm regards,
Joana Valente
Talent Acquisition Partner | Alfama Hotels
Rua dos Remédios 71, 1100-445 Lisboa | +351 21 000 4470""", "en",
    "Thu, 26 Feb 2026 at 09:14", CANDIDATE_NAME, CANDIDATE_ADDR, _alf_thanks)

_glo_text = """Hi Dolores,

Thanks for your interest in the Reservations & Operations Coordinator position at Globetrek
Holidays, and for your patience while we reviewed applications.

We've decided to move forward with candidates whose experience more closely matches the needs
of the team at this time. We'll keep your details on file and may reach out if a suitable
opportunity comes up.

Best,
The Globetrek Talent Team

You're receiving this email because you applied for a position at Globetrek Holidays.
"""

_atl_html = ats_card(
    "Atlantica Air Careers", "#0a3d62", "Ground Operations Officer – Lisbon",
    paras("""Dear Dolores,

We are writing to let you know that the Ground Operations Officer position you applied for has
been put on hold following a review of our winter schedule, and we will not proceed with the
recruitment at this stage.

This means your application is now closed. Should the position reopen, it will be advertised on
our careers site and you would be welcome to apply again.

Thank you for the time you invested in our process.

Atlantica Air People Team"""),
    'Sent via SmartRecruiters · <a href="https://jobs.smartrecruiters.com/AtlanticaAir">'
    "Atlantica Air jobs</a>", "en")

_tej_text = """Hi Dolores,

Thanks again for rearranging things after the mix-up with the time difference, and for a good
conversation on the 2nd.

I've now spoken with the rest of the operations team. We're going to go with someone who can
start at the beginning of March and who already knows our booking platform, so I won't be
moving your application to the next step. I'm sorry it isn't better news.

All the best with the search,
Miguel

Miguel Santos Ferreira
Head of Operations, Tejo Journeys
"""

_hft_text = """Hi Dolores,

I've just had a call with the Museu das Rotas about the Visitor Operations Manager role. They
have come back with a no, I'm afraid. Their feedback was that your guiding background is
excellent but they need someone who has run a ticketing and scheduling system for a venue of
their size, and they felt that gap was too wide for a first hire in the role.

I appreciate the interview day itself was a bit chaotic. I'll keep you in mind for DMC and
tour-operator roles, where I think you'd be a stronger fit.

Best wishes,
Fiona Ashworth
Senior Consultant, Harbour & Finch
Avenida da Liberdade 190, 1250-147 Lisboa
+351 21 000 8832
"""

_rota_text = """Dolores -

We won't be taking your application further. All the best.

Tiago Lobo
Shore Excursions | Rota Azul Cruises
"""

_walks_text = """hey Dolores,

bad news from our side I'm afraid - we ended up giving the ops coordinator job to Inês, who's
been one of our guides here for two summers and basically already does half of it. So we
never really opened it to outside people in the end, sorry for leaving you hanging.

if you're ever in Lisbon for a weekend, come on one of the Alfama walks on the house!

Hannah
Lisbon Walks
"""

_sky_text = """Dear Dolores Quispe-Andersen,

Thank you for applying for the position of Station Operations Analyst (Madrid-Barajas),
requisition JR-20931.

We have carefully considered your application against the requirements of the role. We regret
to inform you that we will not be progressing your application further.

We appreciate your interest in Skyhop Airlines and encourage you to visit our careers site for
future opportunities.

Yours sincerely,
Skyhop Airlines Talent Acquisition

This is an automated message. Replies to this mailbox are not monitored.
"""

_en = [
    M(kind=R, slug="alfama_after_panel_thanks_quoted", lang="en", company="Alfama Hotels",
      contact="joana.valente@alfamahotels.example.pt",
      frm=("Joana Valente", "joana.valente@alfamahotels.example.pt"),
      subject="Re: Thank you - Guest Experience Operations Lead panel",
      date="2026-03-06 10:22 +0000", parent="alf_thanks", text=_alf_text,
      html=page(paras(_alf_text), "en"), cte="qp"),
    M(kind=R, slug="globetrek_ashby_closer_match", lang="en", company="Globetrek Holidays",
      frm=("Globetrek Holidays", "no-reply@ashbyhq.com"),
      subject="Your application to Globetrek Holidays", date="2026-09-29 15:03 +0000",
      parent="glo_missed", text=_glo_text, html=page(paras(_glo_text), "en"), cte="7bit"),
    M(kind=R, slug="atlantica_on_hold_html_only", lang="en", company="Atlantica Air",
      frm=("Atlantica Air People Team", "noreply@smartrecruiters.com"),
      subject="Update on your application: Ground Operations Officer",
      date="2026-05-18 08:41 +0100", parent="atl_cancel", html=_atl_html, cte="b64"),
    M(kind=R, slug="tejo_lever_after_rebooked_call", lang="en", company="Tejo Journeys",
      contact="miguel.ferreira@tejojourneys.example.pt",
      frm=("Miguel Santos Ferreira from Tejo Journeys", "no-reply@hire.lever.co"),
      reply_to=("Miguel Santos Ferreira", "miguel.ferreira@tejojourneys.example.pt"),
      subject="Operations Coordinator - Tejo Journeys", date="2026-02-13 17:09 +0000",
      parent="tej_rebook", text=_tej_text, cte="7bit"),
    M(kind=R, slug="harbourfinch_relays_museum_no", lang="en", company="Museu das Rotas",
      contact="fiona.ashworth@harbourfinch.example.pt",
      frm=("Fiona Ashworth", "fiona.ashworth@harbourfinch.example.pt"),
      subject="Museu das Rotas - feedback", date="2026-07-24 12:35 +0100",
      parent="hft_missed", text=_hft_text, html=outlook_html(paras(_hft_text), "en"),
      cte="qp"),
    M(kind=R, slug="rotaazul_two_lines", lang="en", company="Rota Azul Cruises",
      contact="tiago.lobo@rotaazul.example.pt",
      frm=("Tiago Lobo", "tiago.lobo@rotaazul.example.pt"),
      subject="Re: Shore excursions coordinator", date="2026-05-27 19:51 +0100",
      text=_rota_text),
    M(kind=R, slug="lisbonwalks_given_to_guide", lang="en", company="Lisbon Walks",
      contact="hannah@lisbonwalks.example.pt", frm=("Hannah Rowe", "hannah@lisbonwalks.example.pt"),
      subject="ops coordinator job", date="2026-08-19 22:17 +0100", text=_walks_text),
    M(kind=R, slug="skyhop_workday_formal", lang="en", company="Skyhop Airlines",
      frm=("Skyhop Airlines", "skyhop@myworkday.com"),
      subject="Your application for Station Operations Analyst (JR-20931)",
      date="2026-06-11 06:00 +0000", text=_sky_text, cte="b64",
      headers=[("Auto-Submitted", "auto-generated")]),
]

# --------------------------------------------------------------------------- French (4)

_gar_text = """Bonjour Dolores,

Je reviens vers vous comme promis au sujet du poste de chargée d'opérations groupes.

Nous avons finalement choisi de confier ce poste à une collègue de notre agence d'Albi, qui
souhaitait rejoindre Toulouse et qui connaît déjà nos outils de réservation. Le recrutement
externe est donc clos, et l'entretien que nous avions annulé en mai ne sera pas reprogrammé.

Merci pour votre patience et votre compréhension. Je vous souhaite une belle suite.

Bien cordialement,

Élodie Castaing
Responsable des opérations - Voyages Garonne
12 allées Jean-Jaurès, 31000 Toulouse
05 00 00 41 27
"""

_pyr_text = """Madame,

Nous vous remercions de l'intérêt que vous portez à Pyrène Airlines et du temps consacré à votre
candidature au poste d'Agent(e) de planification des opérations sol (réf. PYR-0418).

Après examen attentif de votre dossier, nous sommes au regret de vous informer que celui-ci n'a
pas été retenu pour la suite du processus.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Le service Recrutement
Pyrène Airlines

Ce message est envoyé automatiquement, merci de ne pas y répondre.
"""

_ica_text = """Bonjour Dolores,

J'ai eu l'Office de tourisme de Pechbrune au téléphone ce matin. Ils ne vont pas donner suite à
votre candidature pour le poste de conseillère en séjour : la commission a retenu une personne
du territoire qui parle occitan, ce qui comptait pour les visites du village.

Je suis déçu pour vous, l'entretien s'était bien passé d'après la directrice. Je garde votre
dossier ouvert chez nous pour les missions d'été.

Bonne journée,
Karim Belkacem
Chargé de recrutement – Intérim Capitole, agence Toulouse Compans
"""

_mbr_thanks = """Madame Audouin,

Je vous remercie pour notre échange de jeudi dernier et pour la visite des réserves. J'ai beaucoup
apprécié de découvrir le projet de parcours en espagnol pour les groupes scolaires.

Bien à vous,
Dolores Quispe-Andersen"""

_mbr_text = reply("""Chère Madame,

Merci pour votre message, très apprécié par toute l'équipe.

Après réflexion, nous ne donnerons pas suite à votre candidature pour le poste de responsable
de l'accueil des publics. Nous avons besoin d'une personne déjà formée à la billetterie et aux
conventions avec les établissements scolaires de l'académie, ce qui n'est pas encore votre cas.

Je vous souhaite sincèrement de trouver rapidement un poste à la hauteur de votre expérience.

Sylvie Audouin
Directrice adjointe
Musée de la Brique Rose, 5 rue des Filatiers, 31000 Toulouse""", "fr",
    "mer. 16 sept. 2026 à 08:51", CANDIDATE_NAME, CANDIDATE_ADDR, _mbr_thanks)

_fr = [
    M(kind=R, slug="garonne_filled_internally", lang="fr", company="Voyages Garonne",
      contact="elodie.castaing@voyages-garonne.example.fr",
      frm=("Élodie Castaing", "elodie.castaing@voyages-garonne.example.fr"),
      name_cs=("iso-8859-1", "Q"), subject="Votre candidature : chargée d'opérations groupes",
      subj_cs=("iso-8859-1", "Q"), date="2026-06-10 15:34 +0200", key="gar_rej",
      parent="gar_cancel",
      text=_gar_text, charset="iso-8859-1", cte="8bit"),
    M(kind=R, slug="pyrene_taleo_formal", lang="fr", company="Pyrène Airlines",
      frm=("Pyrène Airlines Recrutement", "pyreneairlines@taleo.net"),
      subject="Votre candidature PYR-0418", date="2026-05-05 06:12 +0000", parent="pyr_missed",
      text=_pyr_text, html=page(paras(_pyr_text), "fr"), charset="windows-1252", cte="qp",
      headers=[("Auto-Submitted", "auto-generated")]),
    M(kind=R, slug="interimcapitole_relays_tourism_office_no", lang="fr",
      company="Office de tourisme de Pechbrune", contact="karim.belkacem@interimcapitole.example.fr",
      frm=("Karim Belkacem", "karim.belkacem@interimcapitole.example.fr"),
      subject="Retour de Pechbrune", date="2026-07-03 11:26 +0200", parent="ica_inv",
      text=_ica_text, cte="b64"),
    M(kind=R, slug="briquerose_after_interview_quoted", lang="fr",
      company="Musée de la Brique Rose", contact="s.audouin@museebriquerose.example.fr",
      frm=("Sylvie Audouin", "s.audouin@museebriquerose.example.fr"),
      subject="Re: Merci pour notre échange", date="2026-09-24 16:02 +0200",
      parent="mbr_inv", text=_mbr_text, charset="iso-8859-1", cte="qp"),
]

# --------------------------------------------------------------------------- German (4)

_nec_new = """Liebe Frau Quispe-Andersen,

vielen Dank für Ihre freundliche Nachricht nach dem verpassten Termin und für das nachgeholte
Gespräch am 6. Mai.

Wir haben uns inzwischen für eine Bewerberin entschieden, die bereits mehrere Jahre in der
Disposition eines Busreiseveranstalters gearbeitet hat. Deshalb können wir Ihnen die Stelle
als Sachbearbeiterin Reiseorganisation leider nicht anbieten.

Für Ihre weitere berufliche Zukunft wünschen wir Ihnen alles Gute.

Mit freundlichen Grüßen

Katrin Mössner
Personalreferentin

Neckar Reisen GmbH · Königstraße 44 · 70173 Stuttgart
Tel. +49 711 0000 3318
Geschäftsführer: Ralf Wendling · Amtsgericht Stuttgart HRB 000412
"""

_nec_text = reply(_nec_new, "de", "28.04.2026 um 11:20", CANDIDATE_NAME, CANDIDATE_ADDR, NEC_SORRY)

_sch_html = page("""<div style="max-width:560px;margin:auto">
<img src="https://static.softgarden.io/schwabenflug/logo.png" alt="Schwabenflug" width="140">
<p>Sehr geehrte Frau Quispe-Andersen,</p>
<p>wir bedanken uns für Ihre Bewerbung als <b>Mitarbeiterin Operations Control Center (m/w/d)</b>
und das damit verbundene Interesse an Schwabenflug.</p>
<p>Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen heute mitteilen, dass wir Ihre
Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können. Die Entscheidung ist uns
angesichts der vielen qualifizierten Zuschriften nicht leichtgefallen.</p>
<p>Ihre Daten werden gemäß unserer Datenschutzerklärung sechs Monate nach Abschluss des
Verfahrens gelöscht.</p>
<p>Freundliche Grüße<br>Ihr Recruiting-Team von Schwabenflug</p>
<hr>
<p style="font-size:11px;color:#888">Diese E-Mail wurde über softgarden versendet. Bitte
antworten Sie nicht auf diese Nachricht.</p>
</div>""", "de", "Ihre Bewerbung bei Schwabenflug")

_heu_text = """Sehr geehrte Frau Quispe-Andersen,

ich melde mich wie angekündigt zum Stand im Mandat »Leitung Gruppenreisen«.

Unser Mandant hat sich nach der zweiten Runde für einen anderen Kandidaten entschieden, der
bereits ein Team von Reiseleitern geführt hat. Ihre Sprachkenntnisse und Ihre Erfahrung im
Incoming wurden ausdrücklich gelobt, der Ausschlag fiel bei der Führungserfahrung.

Ich bedaure, Ihnen keine bessere Nachricht geben zu können, und würde Sie gern bei künftigen
Mandaten wieder ansprechen, wenn Sie einverstanden sind.

Beste Grüße
Sabine Kordt
Heuberger Personalberatung · Rotebühlplatz 23 · 70178 Stuttgart · +49 711 0000 5120
"""

_nes_text = """Sehr geehrte Frau Quispe-Andersen,

die Kunsthalle am Nesenbach hatte die Stelle »Leitung Besucherservice und Führungen« im Frühjahr
ausgeschrieben. Aufgrund einer Kürzung der städtischen Zuwendungen für 2026 wird die Stelle nicht
besetzt; das Auswahlverfahren ist damit beendet.

Wir bedauern sehr, Ihnen nach Ihrem Vorstellungsgespräch diese Nachricht übermitteln zu müssen,
und danken Ihnen für Ihr Interesse an unserem Haus.

Mit freundlichen Grüßen
Dr. Ute Brenninkmeyer
Verwaltungsleitung, Kunsthalle am Nesenbach
Hauptstätter Straße 51, 70178 Stuttgart
"""

_de = [
    M(kind=R, slug="neckar_after_missed_and_retry", lang="de", company="Neckar Reisen",
      contact="katrin.moessner@neckarreisen.example.de",
      frm=("Katrin Mössner", "katrin.moessner@neckarreisen.example.de"),
      name_cs=("utf-8", "B"), subject="Re: Unser Termin heute um 10 Uhr",
      date="2026-05-12 14:48 +0200", parent="nec_sorry", text=_nec_text,
      html=outlook_html(paras(_nec_text), "de"), cte="qp"),
    M(kind=R, slug="schwabenflug_softgarden_html_only", lang="de", company="Schwabenflug",
      frm=("Schwabenflug Recruiting", "noreply@softgarden.io"),
      subject="Ihre Bewerbung bei Schwabenflug", date="2026-03-04 10:00 +0100",
      parent="sch_ack", html=_sch_html, cte="qp", headers=[("Auto-Submitted", "auto-generated")]),
    M(kind=R, slug="heuberger_unnamed_client_decided", lang="de",
      company="Heuberger Personalberatung", contact="s.kordt@heuberger-pb.example.de",
      frm=("Sabine Kordt", "s.kordt@heuberger-pb.example.de"),
      subject="Mandat Leitung Gruppenreisen – Ergebnis", date="2026-06-30 17:02 +0200",
      parent="heu_move", text=_heu_text, charset="iso-8859-1", cte="qp"),
    M(kind=R, slug="nesenbach_position_withdrawn", lang="de", company="Kunsthalle am Nesenbach",
      contact="u.brenninkmeyer@nesenbach-kunsthalle.example.de",
      frm=("Ute Brenninkmeyer", "u.brenninkmeyer@nesenbach-kunsthalle.example.de"),
      subject="Ihre Bewerbung: Leitung Besucherservice und Führungen", subj_cs=("iso-8859-1", "B"),
      date="2026-07-16 09:37 +0200", text=_nes_text, charset="iso-8859-1", cte="b64"),
]

MESSAGES = _es + _en + _fr + _de
