# ruff: noqa
"""Corpus 150: interview invitations, reschedules/cancellations and missed-interview notices."""

from msgs150_common import (
    CANDIDATE,
    ats_card,
    outlook_block,
    outlook_html,
    paras,
    quote,
    reply_quote,
    simple_html,
    wrote,
)
from msgs150_other import COSTA_RESCHEDULE_REQ

MESSAGES: list[dict] = []


def add(**spec) -> None:
    MESSAGES.append(spec)


INV = "interview_invitation"
MOVE = "interview_reschedule_or_cancel"
MISSED = "missed_interview_notice"

# people
MACARENA = ("Macarena Durán", "macarena.duran@hotelesgiralda.example.es")
ROCIO = ("Rocío Benjumea", "rocio.benjumea@hispalisbureau.example.es")
LUCIA = ("Lucía Garrido", "lucia.garrido@meridianoeventos.example.es")
JAVIER = ("Javier Mora", "javier.mora@tempora-ett.example.es")
ITZIAR = ("Itziar Zubizarreta", "itziar@zubizarreta.example.es")
ANE = ("Ane Etxeberria", "ane.etxeberria@palacioibaizabal.example.es")
PACO = ("Paco Ruiz", "paco.ruiz@costaeventos.example.es")
INMACULADA = ("Inmaculada Ortega", "inmaculada.ortega@uguadalquivir.example.es")
DOLORES = ("Dolores Sánchez Cuesta", "dsanchez@almenaradelrio.example.es")
GONZALO = ("Gonzalo Ferrer", "gonzalo.ferrer@bahiacongresos.example.es")
BORJA = ("Borja Santaella", "borja.santaella@surincentive.example.es")
SERGIO = ("Sergio Llorente", "sergio.llorente@nacarhoteles.example.es")
UNAI = ("Unai Arrieta", "unai.arrieta@bizkaiaevents.example.es")
JOANA = ("Joana Pires", "joana.pires@alfamalive.example.pt")
MARTA = ("Marta Seabra", "marta.seabra@atlanticohotels.example.pt")
GRAINNE = ("Gráinne Doyle", "grainne.doyle@halfpennyevents.example.ie")
SIOBHAN = ("Siobhán Kearney", "siobhan.kearney@stbrigids.example.ie")
TOMAS = ("Tomás Ibarra", "tomas.ibarra@globuscongress.example.com")
AOIFE = ("Aoife Duggan", "aoife.duggan@emeraldair.example.ie")
CAMILLE = ("Camille Roux", "camille.roux@rivieracongres.example.fr")
INES = ("Inès Marchand", "ines.marchand@lutece-evenements.example.fr")
LEA = ("Léa Fontaine", "lea.fontaine@baiedesanges.example.fr")
MATHILDE = ("Mathilde Girard", "mathilde.girard@alterna-interim.example.fr")
KATHARINA = ("Katharina Pichler", "katharina.pichler@donaukongress.example.at")
FLORIAN = ("Florian Hasenöhrl", "florian.hasenoehrl@walzerpartner.example.at")
VERENA = ("Verena Stadlober", "verena.stadlober@wienerwald-seminar.example.at")
JOHANNES = ("Johannes Kreuzer", "johannes.kreuzer@fh-donaustadt.example.at")

# =======================================================================================
# Hoteles Giralda (Seville): phone screen, then moved
# =======================================================================================

GIRALDA_INVITE = """Hola, Nerea:

Soy Macarena Durán, del equipo de selección de Hoteles Giralda. Hemos revisado tu candidatura para Coordinador/a de Eventos y Banquetes en el Hotel Giralda Triana y nos ha gustado mucho tu experiencia con grupos de congresos.

Nos gustaría tener una primera conversación telefónica contigo, de unos 20 minutos, para conocerte y contarte el puesto. ¿Te viene bien el jueves 5 de febrero a las 10:30? Si no, dime dos o tres huecos esta semana o la que viene y me adapto.

Un saludo,

Macarena Durán
Talent Acquisition · Hoteles Giralda
Avda. de la República Argentina 24, 41011 Sevilla
Tel. 954 555 310
"""
add(kind=INV, slug="giralda_llamada", lang="es", company="Hoteles Giralda",
    contact="macarena.duran@hotelesgiralda.example.es", id="giralda_invite",
    frm=MACARENA, frm_enc=("utf-8", "Q"),
    subject="Coordinador/a de Eventos – Hotel Giralda Triana", date="2026-02-02 10:05 +0100",
    text=GIRALDA_INVITE,
    html=outlook_html(paras(GIRALDA_INVITE), "es"), cte="quoted-printable")

add(kind=MOVE, slug="giralda_cambio_hora", lang="es", company="Hoteles Giralda",
    contact="macarena.duran@hotelesgiralda.example.es", id="giralda_move", parent="giralda_confirm",
    frm=MACARENA, frm_enc=("iso-8859-1", "Q"),
    subject="Re: Coordinador/a de Eventos – Hotel Giralda Triana", date="2026-02-04 17:22 +0100",
    text="""Hola de nuevo, Nerea:

Perdona el cambio: me han convocado a una reunión con dirección justo el jueves por la mañana. ¿Podemos pasar nuestra llamada al viernes 6 a las 12:00? Te llamaría yo al 655 218 407.

Si no te cuadra, dime y buscamos otro momento.

Gracias y perdona las molestias,
Macarena

""" + reply_quote("es", "2026-02-02 12:40", CANDIDATE,
        "Perfecto, el jueves 5 a las 10:30 me viene muy bien. Mi móvil es el 655 218 407.\n\n¡Gracias y hasta el jueves!\nNerea\n")
    + ">\n" + quote(wrote("es", "2026-02-02 10:05", MACARENA) + "\n" + quote(GIRALDA_INVITE)))

# =======================================================================================
# Hispalis Convention Bureau (Seville): panel -> moved -> missed -> new slot
# =======================================================================================

HISP_INVITE = """Estimada Nerea:

En relación con su candidatura al puesto de Técnica de Captación de Congresos, nos complace convocarle a una entrevista con la comisión de selección.

Fecha: jueves, 26 de febrero de 2026
Hora: 10:00 (hora peninsular)
Formato: Microsoft Teams (el enlace figura en la convocatoria adjunta)
Comisión: Dña. Rocío Benjumea (Dirección de Captación), D. Álvaro Mejías (Gerencia) y Dña. Carmen Lora (Relaciones Institucionales)

La entrevista durará unos 45 minutos e incluirá una breve exposición (10 minutos) sobre cómo plantearía la candidatura de Sevilla para un congreso internacional de 1.500 asistentes.

Le rogamos que acepte la convocatoria del calendario para confirmar su asistencia.

Atentamente,

Rocío Benjumea
Directora de Captación de Congresos
Hispalis Convention Bureau · Plaza de San Francisco 19, 41004 Sevilla
Tel. +34 955 555 120
"""
add(kind=INV, slug="hispalis_comision_teams", lang="es", company="Hispalis Convention Bureau",
    contact="rocio.benjumea@hispalisbureau.example.es", id="hisp_invite",
    frm=ROCIO, frm_enc=("utf-8", "B"),
    subject="Convocatoria: entrevista con la comisión – Técnica de Captación de Congresos",
    subj_enc=("utf-8", "B"), date="2026-02-10 12:30 +0100",
    text=HISP_INVITE, html=outlook_html(paras(HISP_INVITE), "es"), cte="quoted-printable",
    cal={"method": "REQUEST", "uid": "040000008200E00074C5B7101A82E0080000000070B1D1C1A3C8DB01", "seq": 0,
         "start": "2026-02-26 10:00 +01:00", "minutes": 45,
         "summary": "Entrevista comisión – Técnica de Captación de Congresos",
         "location": "Microsoft Teams", "organizer": ROCIO,
         "description": "Unirse a la reunión: https://teams.example.com/l/meetup-join/hispalis-0226"})

add(kind=MOVE, slug="hispalis_actualizacion_calendario", lang="es", company="Hispalis Convention Bureau",
    contact="rocio.benjumea@hispalisbureau.example.es", id="hisp_update", parent="hisp_invite",
    frm=ROCIO, frm_enc=("utf-8", "B"),
    subject="Actualizado: Entrevista comisión – Técnica de Captación de Congresos",
    date="2026-02-12 09:10 +0100",
    text="""Estimada Nerea:

Por un viaje institucional del gerente, la comisión adelanta su entrevista una semana: pasa al jueves 19 de febrero, a la misma hora (10:00), y se mantiene el mismo enlace de Teams.

Le ruego que acepte la convocatoria actualizada.

Atentamente,
Rocío Benjumea
Hispalis Convention Bureau
""",
    cal={"method": "REQUEST", "uid": "040000008200E00074C5B7101A82E0080000000070B1D1C1A3C8DB01", "seq": 1,
         "start": "2026-02-19 10:00 +01:00", "minutes": 45,
         "summary": "Entrevista comisión – Técnica de Captación de Congresos",
         "location": "Microsoft Teams", "organizer": ROCIO,
         "description": "Unirse a la reunión: https://teams.example.com/l/meetup-join/hispalis-0226"})

add(kind=MISSED, slug="hispalis_esperamos_en_teams", lang="es", company="Hispalis Convention Bureau",
    contact="rocio.benjumea@hispalisbureau.example.es", id="hisp_missed", parent="hisp_update",
    frm=ROCIO, frm_enc=("utf-8", "B"),
    subject="Entrevista de esta mañana", date="2026-02-19 10:25 +0100",
    text="""Buenos días, Nerea:

La comisión te ha estado esperando en Teams desde las 10:00 y no te has conectado. Te he llamado también al teléfono que figura en tu solicitud, sin respuesta.

Cerramos la sesión a las 10:25. Si ha ocurrido algún problema, escríbeme hoy mismo, por favor.

Un saludo,
Rocío
""")

add(kind=MOVE, slug="hispalis_nuevo_hueco", lang="es", company="Hispalis Convention Bureau",
    contact="rocio.benjumea@hispalisbureau.example.es", id="hisp_newslot", parent="hisp_sorry",
    frm=ROCIO, frm_enc=("utf-8", "B"),
    subject="RE: Entrevista de esta mañana", date="2026-02-20 11:48 +0100",
    text="""Nerea:

Gracias por explicarlo. Estas cosas pasan con las actualizaciones de calendario. La comisión puede recibirte el martes 24 a las 9:00, con el mismo enlace de Teams. Esta vez te llamo cinco minutos antes para comprobar que todo funciona.

Un saludo,
Rocío

""" + outlook_block("es", CANDIDATE, "2026-02-19 13:10", ROCIO, "RE: Entrevista de esta mañana",
        "Estimada Rocío:\n\nLe pido disculpas por no haberme conectado esta mañana. Al mover la entrevista, mi calendario guardó la convocatoria anterior y yo estaba esperando la del jueves 26."),
    charset="windows-1252", cte="quoted-printable")

# =======================================================================================
# Meridiano Eventos (Madrid): Greenhouse scheduling link
# =======================================================================================

MERIDIANO_INVITE = """Hola Nerea:

¡Gracias por tu interés en Meridiano Eventos! Nos gustaría invitarte a una entrevista para el puesto de Project Manager de Congresos Médicos.

La entrevista será por videollamada y durará unos 45 minutos, conmigo y con Álex Navas, nuestro director de producción. Elige el horario que mejor te venga aquí:

https://app.greenhouse.io/scheduling/meridiano/7F2K9Q?candidate=nerea-olaizola

Si ninguno de los huecos te cuadra, responde a este correo y buscamos otro.

Un saludo,
Lucía Garrido
People & Talent · Meridiano Eventos
"""
add(kind=INV, slug="meridiano_enlace_greenhouse", lang="es", company="Meridiano Eventos",
    contact="lucia.garrido@meridianoeventos.example.es", id="meridiano_invite",
    frm=("Lucía Garrido via Greenhouse", "no-reply@us.greenhouse-mail.io"), frm_enc=("utf-8", "Q"),
    reply_to=LUCIA, rt_enc=("utf-8", "Q"),
    subject="Entrevista con Meridiano Eventos: elige tu horario", date="2026-02-18 15:03 +0000",
    text=MERIDIANO_INVITE,
    html=ats_card("Meridiano Eventos", "#5b2a86", paras(MERIDIANO_INVITE), "Powered by Greenhouse"),
    cte="quoted-printable")

# =======================================================================================
# Tempora (temp agency, Seville): client interviews
# =======================================================================================

add(kind=INV, slug="tempora_entrevista_cliente_triana", lang="es", company="Catering Triana Gourmet",
    contact="javier.mora@tempora-ett.example.es", id="tempora_triana_invite",
    frm=JAVIER,
    subject="Entrevista con Catering Triana Gourmet – jueves 12", date="2026-02-09 13:40 +0100",
    charset="windows-1252", cte="quoted-printable",
    text="""Hola Nerea:

¡Buenas noticias! Le pasé tu perfil a Catering Triana Gourmet para la vacante de coordinadora de eventos (bodas y comuniones, temporada de marzo a octubre) y quieren conocerte.

Te he cerrado entrevista para el jueves 12 de febrero a las 10:00 en su obrador:
Catering Triana Gourmet – Polígono Calonge, calle A, nave 14, Sevilla.
Pregunta por Rosario Medina, jefa de producción.

Condiciones que maneja el cliente: contrato de temporada, 1.650 € brutos al mes, jornada partida y fines de semana.

Llévate el DNI y, si puedes, algún ejemplo de un evento que hayas coordinado. Confírmame que te va bien, porfa.

Un saludo,

Javier Mora
Consultor de selección · Tempora Trabajo Temporal
C/ Luis Montoto 112, 41018 Sevilla · 954 555 660 · 622 310 447
""")

add(kind=MISSED, slug="tempora_cliente_te_espero", lang="es", company="Catering Triana Gourmet",
    contact="javier.mora@tempora-ett.example.es", id="tempora_triana_missed", parent="tempora_triana_invite",
    frm=JAVIER,
    subject="RE: Entrevista con Catering Triana Gourmet – jueves 12", date="2026-02-12 11:05 +0100",
    text="""Nerea, ¿qué ha pasado?

Me acaba de llamar Rosario Medina: te estuvo esperando en el obrador desde las 10:00 y no has aparecido. Te he llamado dos veces (10:10 y 10:40) y me salta el buzón.

Dime algo en cuanto puedas, que tengo que darle una explicación al cliente.

Javier
""")

add(kind=INV, slug="tempora_entrevista_cliente_aljarafe", lang="es", company="Congresos Aljarafe",
    contact="javier.mora@tempora-ett.example.es", id="tempora_aljarafe_invite",
    frm=JAVIER,
    subject="Otra oportunidad: Congresos Aljarafe busca coordinadora para un congreso en mayo",
    date="2026-04-27 09:15 +0200",
    text="""Hola Nerea:

Aunque lo de Triana no salió, me he acordado de ti para esto: Congresos Aljarafe necesita una coordinadora de sedes para un congreso de odontología (2.000 asistentes) del 20 al 23 de mayo en FIBES. Contrato por obra de tres semanas.

Les he enviado tu CV y quieren verte el jueves 30 de abril a las 17:00 en sus oficinas de Tomares (Avenida del Aljarafe 5, 2ª planta). La entrevista la hace Carlos Benítez, director de operaciones.

Esta vez, por favor, confírmame por escrito y apúntatelo en dos sitios. ;)

Javier Mora
Tempora Trabajo Temporal · 622 310 447
""")

# =======================================================================================
# Viñedos Zubizarreta (family winery): chat -> moved -> trial day
# =======================================================================================

add(kind=INV, slug="zubizarreta_charla_jueves", lang="es", company="Viñedos Zubizarreta",
    contact="itziar@zubizarreta.example.es", id="zubi_chat",
    frm=ITZIAR,
    subject="¿Charlamos el jueves?", date="2026-08-24 21:30 +0200",
    text="""Kaixo Nerea!

Soy Itziar, de Viñedos Zubizarreta (la bodega familiar de Laguardia). Me pasó tu contacto Amaia Goiri y he estado mirando lo que haces en Sevilla: justo estamos buscando a alguien que se haga cargo del enoturismo y de los eventos (bodas pequeñas, catas para empresas, la fiesta de la vendimia).

¿Estás libre el jueves 27 a eso de las 18:00 para charlar un rato por videollamada? Nada formal, un café virtual y te cuento cómo somos.

Ondo izan,
Itziar Zubizarreta
Viñedos Zubizarreta · Laguardia (Araba) · 945 555 083
""")

add(kind=MOVE, slug="zubizarreta_vendimia_adelantada", lang="es", company="Viñedos Zubizarreta",
    contact="itziar@zubizarreta.example.es", id="zubi_move", parent="zubi_chat",
    frm=ITZIAR,
    subject="Re: ¿Charlamos el jueves?", date="2026-08-27 08:02 +0200",
    text="""Egun on Nerea,

Lo siento muchísimo: se nos ha adelantado la vendimia del blanco y esta tarde estaré en el viñedo hasta que se ponga el sol. ¿Lo pasamos al lunes 31 a las 18:00? Mismo enlace.

Mil perdones,
Itziar

""" + reply_quote("es", "2026-08-25 09:14", CANDIDATE,
        "Kaixo Itziar! Qué alegría tu mensaje. El jueves a las 18:00 me viene genial.\nNerea"))

add(kind=INV, slug="zubizarreta_jornada_prueba", lang="es", company="Viñedos Zubizarreta",
    contact="itziar@zubizarreta.example.es", id="zubi_trial", parent="zubi_move",
    frm=ITZIAR,
    subject="Jornada de prueba en la bodega el sábado 12", date="2026-09-08 10:20 +0200",
    cte="base64",
    text="""Kaixo Nerea:

Después de la charla del lunes, mi hermano Jon y yo lo tenemos bastante claro, pero antes nos gustaría que pasaras un día con nosotros en la bodega. ¿Te animas a una jornada de prueba el sábado 12 de septiembre?

Ese día tenemos una boda de 80 invitados con cata previa en el calado. La idea es que estés con nosotras desde las 10:00 hasta el final del cóctel, veas cómo trabajamos y nos ayudes con la recepción de invitados. Te pagamos la jornada y el viaje, y puedes quedarte a dormir en la casa de huéspedes.

Dime si te cuadra y te mando cómo llegar desde Vitoria.

Besarkada bat,
Itziar
""")

# =======================================================================================
# Palacio Ibaizabal (Bilbao): panel, then interviewer ill
# =======================================================================================

IBAI_INVITE = """Kaixo Nerea:

Gracias por tu candidatura para el puesto de Coordinadora de Eventos Corporativos en Palacio Ibaizabal. Nos gustaría invitarte a una entrevista con el equipo:

Día: jueves 9 de abril
Hora: 11:00 – 12:00
Lugar: Palacio Ibaizabal, Muelle de Uribitarte 8, Bilbao (planta 2, sala Arriaga). Si no puedes desplazarte, podemos hacerla por Teams.
Entrevistadores: Mikel Ugalde (Director de Operaciones) y yo misma.

Te adjunto la convocatoria para tu calendario. Confírmame, por favor, si vendrás en persona.

Ondo izan,

Ane Etxeberria
Responsable de Personas
Palacio Ibaizabal · Muelle de Uribitarte 8, 48001 Bilbao
T. +34 944 555 902
"""
add(kind=INV, slug="ibaizabal_panel", lang="es", company="Palacio Ibaizabal",
    contact="ane.etxeberria@palacioibaizabal.example.es", id="ibai_invite",
    frm=ANE,
    subject="Entrevista – Coordinadora de Eventos Corporativos", date="2026-03-30 13:15 +0200",
    text=IBAI_INVITE, html=outlook_html(paras(IBAI_INVITE), "es"), cte="quoted-printable",
    attach=[{"type": "ics", "method": "REQUEST", "uid": "ibaizabal-2026-0409-ncoord@palacioibaizabal.example.es",
             "seq": 0, "start": "2026-04-09 11:00 +02:00", "minutes": 60,
             "summary": "Entrevista Nerea Olaizola-Brandt – Coordinadora de Eventos",
             "location": "Palacio Ibaizabal, sala Arriaga (planta 2)", "organizer": ANE,
             "filename": "entrevista.ics"}])

add(kind=MOVE, slug="ibaizabal_entrevistador_enfermo", lang="es", company="Palacio Ibaizabal",
    contact="ane.etxeberria@palacioibaizabal.example.es", id="ibai_ill", parent="ibai_invite",
    frm=ANE,
    subject="RE: Entrevista – Coordinadora de Eventos Corporativos", date="2026-04-07 16:40 +0200",
    text="""Kaixo Nerea:

Malas noticias por aquí: Mikel está de baja con gripe toda la semana y no queremos hacer la entrevista sin él. Te propongo moverla al jueves 16 de abril a la misma hora y en el mismo sitio. Te mando la convocatoria actualizada.

Siento el cambio, sobre todo si ya tenías el tren.

Ane

""" + outlook_block("es", ANE, "2026-03-30 13:15", CANDIDATE, "Entrevista – Coordinadora de Eventos Corporativos", IBAI_INVITE),
    attach=[{"type": "ics", "method": "REQUEST", "uid": "ibaizabal-2026-0409-ncoord@palacioibaizabal.example.es",
             "seq": 1, "start": "2026-04-16 11:00 +02:00", "minutes": 60,
             "summary": "Entrevista Nerea Olaizola-Brandt – Coordinadora de Eventos",
             "location": "Palacio Ibaizabal, sala Arriaga (planta 2)", "organizer": ANE,
             "filename": "entrevista.ics"}])

# =======================================================================================
# Costa Eventos (Málaga): invite -> missed -> new slot
# =======================================================================================

add(kind=INV, slug="costa_pasate_oficina", lang="es", company="Costa Eventos",
    contact="paco.ruiz@costaeventos.example.es", id="costa_invite", parent="costa_ack",
    frm=PACO,
    subject="Re: Candidatura: coordinadora de eventos (ref. CE-MLG-07)", date="2026-02-16 18:50 +0100",
    text="""Hola Nerea, soy Paco, el gerente.

Me ha gustado tu CV. ¿Te puedes pasar por la oficina el viernes 20 a las 10:00? Estamos en Alameda Principal 31, 3º. Hablamos una horita y te enseño cómo montamos los eventos.

Paco Ruiz
Costa Eventos
Enviado desde mi iPhone
""")

add(kind=MISSED, slug="costa_no_apareciste", lang="es", company="Costa Eventos",
    contact="paco.ruiz@costaeventos.example.es", id="costa_missed", parent="costa_invite",
    frm=PACO,
    subject="Te esperábamos esta mañana", date="2026-02-20 10:47 +0100",
    text="""Nerea, buenos días. Te esperábamos a las 10:00 en la oficina de la Alameda y no has aparecido.
Te he llamado al móvil y no lo coges. ¿Va todo bien?
Paco

Enviado desde mi iPhone
""")

add(kind=MOVE, slug="costa_nueva_fecha", lang="es", company="Costa Eventos",
    contact="paco.ruiz@costaeventos.example.es", id="costa_newslot", parent="costa_reschedule_req",
    frm=PACO,
    subject="Re: Te esperábamos esta mañana", date="2026-02-23 09:12 +0100",
    text="""Tranquila, le pasa a cualquiera con un grupo encima.

Entonces lo dejamos para el miércoles 25 a las 10:00, misma oficina. Si vienes en el tren de las 7:30 llegas de sobra.

Paco

""" + reply_quote("es", "2026-02-20 12:31", CANDIDATE, COSTA_RESCHEDULE_REQ))

# =======================================================================================
# Universidad del Guadalquivir: commission interview, then postponed (CANCEL)
# =======================================================================================

UNI_FROM = ("Servicio de Personal PAS – Universidad del Guadalquivir", "noreply-personal@uguadalquivir.example.es")

add(kind=INV, slug="universidad_comision_valoracion", lang="es", company="Universidad del Guadalquivir",
    contact="inmaculada.ortega@uguadalquivir.example.es", id="uni_invite",
    frm=UNI_FROM, frm_enc=("utf-8", "Q"), reply_to=INMACULADA, rt_enc=("iso-8859-1", "Q"),
    subject="Citación a entrevista – Técnico/a de Congresos y Eventos Académicos (Ref. PAS-L-07/2026)",
    date="2026-04-06 11:00 +0200",
    charset="iso-8859-1", cte="quoted-printable",
    text="""Estimada Sra. Olaizola-Brandt:

Superada la fase de valoración de méritos del proceso selectivo para la contratación laboral de un/a Técnico/a de Congresos y Eventos Académicos (Ref. PAS-L-07/2026), la Comisión de Valoración le cita a la fase de entrevista personal.

Fecha: jueves, 16 de abril de 2026
Hora: 12:00
Lugar: Rectorado, Sala de Juntas (planta baja), Avda. de la Ciencia s/n, Sevilla

Deberá presentar su DNI original. La entrevista versará sobre las funciones del puesto y la memoria presentada.

Para cualquier consulta, responda a este correo y le atenderá la técnica responsable del proceso.

Inmaculada Ortega Ruiz
Sección de Selección de PAS · Universidad del Guadalquivir
""",
    attach=[{"type": "ics", "method": "REQUEST", "uid": "PAS-L-07-2026-entrevista-14@uguadalquivir.example.es",
             "seq": 0, "start": "2026-04-16 12:00 +02:00", "minutes": 30,
             "summary": "Entrevista PAS-L-07/2026", "location": "Rectorado, Sala de Juntas",
             "organizer": INMACULADA, "filename": "citacion.ics", "cte": "base64",
             "prodid": "-//Universidad del Guadalquivir//Citaciones//ES"}])

add(kind=MOVE, slug="universidad_sesion_suspendida", lang="es", company="Universidad del Guadalquivir",
    contact="inmaculada.ortega@uguadalquivir.example.es", id="uni_cancel", parent="uni_invite",
    frm=UNI_FROM, frm_enc=("utf-8", "Q"), reply_to=INMACULADA, rt_enc=("iso-8859-1", "Q"),
    subject="Suspensión de la sesión de entrevistas del 16 de abril (Ref. PAS-L-07/2026)",
    subj_enc=("iso-8859-1", "B"),
    date="2026-04-14 09:30 +0200",
    charset="iso-8859-1", cte="quoted-printable",
    text="""Estimada Sra. Olaizola-Brandt:

Por coincidir con una sesión extraordinaria del Consejo de Gobierno, la Comisión de Valoración suspende la sesión de entrevistas prevista para el jueves 16 de abril. Queda anulada la citación que recibió.

El proceso selectivo continúa: se le comunicará la nueva fecha con al menos cinco días hábiles de antelación.

Inmaculada Ortega Ruiz
Sección de Selección de PAS · Universidad del Guadalquivir
""",
    attach=[{"type": "ics", "method": "CANCEL", "uid": "PAS-L-07-2026-entrevista-14@uguadalquivir.example.es",
             "seq": 1, "start": "2026-04-16 12:00 +02:00", "minutes": 30,
             "summary": "Entrevista PAS-L-07/2026 (ANULADA)", "location": "Rectorado, Sala de Juntas",
             "organizer": INMACULADA, "filename": "anulacion.ics", "cte": "base64",
             "prodid": "-//Universidad del Guadalquivir//Citaciones//ES"}])

# =======================================================================================
# Ayuntamiento de Almenara del Río: practical test, then did not show up
# =======================================================================================

add(kind=INV, slug="ayuntamiento_prueba_practica", lang="es", company="Ayuntamiento de Almenara del Río",
    contact="dsanchez@almenaradelrio.example.es", id="alm_invite",
    frm=DOLORES, frm_enc=("iso-8859-1", "Q"),
    subject="Bolsa de Técnico/a de Turismo y Eventos: convocatoria a prueba práctica y entrevista",
    subj_enc=("iso-8859-1", "Q"),
    date="2026-06-03 12:45 +0200",
    charset="iso-8859-1", cte="8bit",
    text="""Sra. Olaizola-Brandt:

Habiendo sido admitida en la bolsa de trabajo de Técnico/a de Turismo y Eventos, se le convoca a la prueba práctica (diseño de un programa de actos para las fiestas patronales) y posterior entrevista curricular.

Día: lunes 15 de junio de 2026
Hora: 9:30 (llamamiento único)
Lugar: Casa de la Cultura, Plaza de España 3, Almenara del Río

Se adjunta la resolución con la relación de aspirantes convocados. La no comparecencia supondrá la exclusión del proceso salvo causa debidamente justificada.

Atentamente,
Dolores Sánchez Cuesta
Jefa del Área de Recursos Humanos
Ayuntamiento de Almenara del Río · Tel. 955 555 811
""",
    attach=[{"type": "pdf", "name": "Resolucion_convocatoria_bolsa_TTE.pdf",
             "lines": ["AYUNTAMIENTO DE ALMENARA DEL RIO", "Resolucion de Alcaldia n. 412/2026",
                       "Bolsa de Tecnico/a de Turismo y Eventos", "Aspirantes convocados a la prueba practica:",
                       "1. Gil Romero, Ana", "2. Olaizola-Brandt, Nerea", "3. Vela Marin, Pedro",
                       "Fecha: 15/06/2026 - 9:30 - Casa de la Cultura"]}])

add(kind=MISSED, slug="ayuntamiento_no_comparecencia", lang="es", company="Ayuntamiento de Almenara del Río",
    contact="dsanchez@almenaradelrio.example.es", id="alm_missed", parent="alm_invite",
    frm=DOLORES, frm_enc=("iso-8859-1", "Q"),
    subject="No comparecencia a la prueba práctica del 15 de junio",
    subj_enc=("iso-8859-1", "Q"),
    date="2026-06-16 10:05 +0200",
    charset="iso-8859-1", cte="quoted-printable",
    text="""Sra. Olaizola-Brandt:

Le comunicamos que, realizado el llamamiento único el día 15 de junio a las 9:30 en la Casa de la Cultura, no consta su presentación a la prueba práctica ni a la entrevista curricular.

Dispone de un plazo de tres días hábiles para justificar documentalmente la causa de su ausencia.

Atentamente,
Dolores Sánchez Cuesta
Jefa del Área de Recursos Humanos
Ayuntamiento de Almenara del Río
""")

# =======================================================================================
# Bahía Congresos (Málaga): invite, then moved to video
# =======================================================================================

BAHIA_INVITE = """Hola Nerea:

Soy Gonzalo Ferrer, director de Bahía Congresos. Hemos leído tu candidatura para coordinadora de congresos y queremos conocerte en persona.

¿Podrías venir el martes 26 de mayo a las 12:00 a nuestras oficinas del Muelle Uno (local 14, Málaga)? Estaremos Cristina Villalba, jefa de cuentas, y yo. Calcula una hora y media: la segunda parte es un pequeño caso práctico sobre un congreso de pediatría.

Te envío la invitación al calendario.

Un saludo,
Gonzalo Ferrer
Director · Bahía Congresos
Muelle Uno, local 14 · 29016 Málaga · 952 555 640
"""
add(kind=INV, slug="bahia_entrevista_muelle_uno", lang="es", company="Bahía Congresos",
    contact="gonzalo.ferrer@bahiacongresos.example.es", id="bahia_invite",
    frm=GONZALO,
    subject="Entrevista en Bahía Congresos", date="2026-05-18 11:11 +0200",
    text=BAHIA_INVITE, html=outlook_html(paras(BAHIA_INVITE), "es"), cte="base64",
    cal={"method": "REQUEST", "uid": "BC-2026-0526-entrevista-nob", "seq": 0,
         "start": "2026-05-26 12:00 +02:00", "minutes": 90,
         "summary": "Entrevista coordinadora de congresos (Nerea O.-B.)",
         "location": "Bahía Congresos, Muelle Uno local 14, Málaga", "organizer": GONZALO})

add(kind=MOVE, slug="bahia_pasa_a_video", lang="es", company="Bahía Congresos",
    contact="gonzalo.ferrer@bahiacongresos.example.es", id="bahia_move", parent="bahia_invite",
    frm=GONZALO,
    subject="Cambio: entrevista por videollamada el miércoles 27", date="2026-05-21 19:02 +0200",
    text="""Hola Nerea:

Cambio de planes: el martes tenemos la inspección de un hotel en Marbella con un cliente y no llegamos. Te propongo hacerla el miércoles 27 a las 16:00 por videollamada, así te ahorras también el viaje. El caso práctico te lo mando por correo media hora antes.

Te actualizo la convocatoria.

Gonzalo
""",
    html=outlook_html(paras("""Hola Nerea:

Cambio de planes: el martes tenemos la inspección de un hotel en Marbella con un cliente y no llegamos. Te propongo hacerla el miércoles 27 a las 16:00 por videollamada, así te ahorras también el viaje. El caso práctico te lo mando por correo media hora antes.

Te actualizo la convocatoria.

Gonzalo"""), "es"),
    cte="quoted-printable",
    cal={"method": "REQUEST", "uid": "BC-2026-0526-entrevista-nob", "seq": 2,
         "start": "2026-05-27 16:00 +02:00", "minutes": 90,
         "summary": "Entrevista coordinadora de congresos (Nerea O.-B.)",
         "location": "Videollamada (enlace en la descripción)", "organizer": GONZALO,
         "description": "https://meet.example.com/bahia-nob-0527"})

# =======================================================================================
# Sur Incentive Travel (Málaga): coffee
# =======================================================================================

add(kind=INV, slug="sur_incentive_cafe", lang="es", company="Sur Incentive Travel",
    contact="borja.santaella@surincentive.example.es", id="sur_invite",
    frm=BORJA,
    subject="¿Un café el jueves?", date="2026-03-30 20:14 +0200",
    text="""¡Hola Nerea!

Borja, de Sur Incentive Travel; coincidimos en el famtrip de Ronda el año pasado. Te escribo porque vamos a abrir una plaza de coordinación de viajes de incentivo y me acordé de ti.

¿Estás libre el jueves 2 para tomar un café y hablarlo con calma? Estaré en Sevilla por la tarde por una visita de inspección. ¿Te va bien a las 18:30 en la cafetería del Hotel Inglaterra?

Un abrazo,
Borja Santaella
Sur Incentive Travel · 637 555 129
""")

# =======================================================================================
# Palacio de Exposiciones Manzanares (Madrid): assessment centre (SuccessFactors)
# =======================================================================================

MANZ_INVITE = """Estimada Nerea:

Nos complace invitarle a la siguiente fase del proceso de selección para el puesto de Coordinador/a de Ferias y Congresos (ID 40217).

Assessment center presencial
Fecha: jueves 18 de junio de 2026, de 9:00 a 14:00
Lugar: Palacio de Exposiciones Manzanares, Pabellón 3 – Centro de Convenciones, Madrid

La jornada incluirá una dinámica de grupo, un ejercicio de planificación y una entrevista individual.

Por favor, confirme su asistencia antes del 12 de junio a través del portal de candidatos:
https://career5.successfactors.eu/career?company=pexmanzanares&login_ns=register&site=cand&req=40217

Este mensaje se ha enviado desde una dirección que no admite respuestas.

Equipo de Selección
Palacio de Exposiciones Manzanares
"""
add(kind=INV, slug="manzanares_assessment_center", lang="es", company="Palacio de Exposiciones Manzanares",
    contact="", id="manz_invite", parent="manz_ack",
    frm=("Palacio de Exposiciones Manzanares", "noreply@successfactors.eu"),
    subject="Invitación al assessment center – Coordinador/a de Ferias y Congresos (ID 40217)",
    date="2026-06-08 08:30 +0000",
    text=MANZ_INVITE,
    html=ats_card("Palacio de Exposiciones Manzanares", "#b3261e", paras(MANZ_INVITE)),
    cte="quoted-printable",
    headers=[("Auto-Submitted", "auto-generated")])

# =======================================================================================
# Nácar Hoteles (Madrid) and Bizkaia Events Lab (Bilbao): missed calls
# =======================================================================================

add(kind=MISSED, slug="nacar_llamada_sin_respuesta", lang="es", company="Nácar Hoteles",
    contact="sergio.llorente@nacarhoteles.example.es", id="nacar_missed", parent="nacar_ack",
    frm=SERGIO, frm_enc=("iso-8859-1", "Q"),
    subject="Llamada de hoy – Coordinador/a de Eventos Castellana", date="2026-03-18 12:32 +0100",
    charset="windows-1252", cte="quoted-printable",
    text="""Hola Nerea:

Intenté llamarte hoy a las 12:00, como habíamos quedado, y de nuevo a las 12:15, pero en las dos ocasiones saltó el buzón de voz.

Entiendo que te ha podido surgir algo. Si sigues interesada en el puesto, respóndeme con un par de franjas que te vengan bien y lo volvemos a intentar.

Un saludo,

Sergio Llorente
Talent Acquisition Specialist
Nácar Hoteles – Oficinas centrales
Paseo de la Castellana 95, 28046 Madrid · +34 910 555 447
""")

add(kind=MISSED, slug="bizkaia_meet_vacio", lang="es", company="Bizkaia Events Lab",
    contact="unai.arrieta@bizkaiaevents.example.es", id="bizkaia_missed",
    frm=UNAI,
    subject="Te hemos echado de menos en el Meet", date="2026-05-14 09:58 +0200",
    html=simple_html(paras("""Kaixo Nerea,

Te hemos estado esperando en el Google Meet de las 9:30 (Leire y yo) hasta casi las diez, pero no te has conectado. Te escribo por si el enlace no te llegó bien: https://meet.example.com/bel-nob-0514

Si quieres, dime cuándo te viene bien esta semana y lo intentamos otra vez.

Unai Arrieta
Bizkaia Events Lab · Project Lead
Ribera de Deusto 70, Bilbao"""), "es"),
    cte="quoted-printable")

# =======================================================================================
# English: Alfama Live (Lisbon, Lever)
# =======================================================================================

ALFAMA_INVITE = """Hi Nerea,

Thanks for applying for the Festival Guest Experience Coordinator role at Alfama Live. I've read your application and I'd love to set up a first phone conversation.

Would Tuesday 24 March at 10:00 (Lisbon time) work for a 30-minute call? I'll ring you on the number in your CV. If that doesn't suit, just reply with a couple of alternatives.

Best,
Joana Pires
Talent Partner, Alfama Live
Rua dos Remédios 48, 1100-445 Lisboa
"""
add(kind=INV, slug="alfama_phone_screen", lang="en", company="Alfama Live",
    contact="joana.pires@alfamalive.example.pt", id="alfama_invite", parent="alfama_ack",
    frm=("Joana Pires", "no-reply@hire.lever.co"), reply_to=JOANA,
    subject="Alfama Live: let's talk about the Guest Experience role", date="2026-03-18 16:40 +0000",
    text=ALFAMA_INVITE,
    html=ats_card("Alfama Live", "#e4572e", paras(ALFAMA_INVITE), "Sent via Lever"),
    cte="quoted-printable")

add(kind=MISSED, slug="alfama_tried_calling_twice", lang="en", company="Alfama Live",
    contact="joana.pires@alfamalive.example.pt", id="alfama_missed", parent="alfama_invite",
    frm=("Joana Pires", "no-reply@hire.lever.co"), reply_to=JOANA,
    subject="Re: Alfama Live: let's talk about the Guest Experience role", date="2026-03-24 10:22 +0000",
    text="""Hi Nerea,

I tried calling you twice at 10:00 this morning on +34 655 218 407, but couldn't get through. I wonder whether the time zone caught us out (it's an hour earlier in Lisbon than in Seville).

No worries if so. Let me know if you'd still like to talk.

Best,
Joana
""")

add(kind=MOVE, slug="alfama_new_time", lang="en", company="Alfama Live",
    contact="joana.pires@alfamalive.example.pt", id="alfama_newslot", parent="alfama_missed",
    frm=JOANA,
    subject="Re: Alfama Live: let's talk about the Guest Experience role", date="2026-03-24 15:05 +0000",
    text="""Hi Nerea,

Thanks for getting back to me so quickly, and really, don't worry, it happens a lot with candidates in Spain!

Let's try again on Tuesday 31 March at 15:00 Lisbon time (16:00 for you). Same number, same 30 minutes.

Best,
Joana

""" + reply_quote("en", "2026-03-24 10:22", JOANA,
        "I tried calling you twice at 10:00 this morning on +34 655 218 407, but couldn't get through.\nI wonder whether the time zone caught us out."))

# =======================================================================================
# English: Atlântico Hotels (Ashby), Halfpenny Events (Workable)
# =======================================================================================

add(kind=INV, slug="atlantico_ashby_schedule", lang="en", company="Atlântico Hotels",
    contact="marta.seabra@atlanticohotels.example.pt", id="atl_invite", parent="atl_ack",
    frm=("Marta Seabra", "no-reply@ashbyhq.com"), reply_to=MARTA,
    subject="Interview invitation – Events & Groups Manager, Atlântico Lisboa Riverside",
    date="2026-06-15 09:45 +0100",
    html=ats_card("Atlântico Hotels", "#0b4f6c", paras("""Hello Nerea,

We were impressed by your application and would like to invite you to a 45-minute video interview with our Cluster Director of Sales, Pedro Valente, and me.

Please choose a time that works for you using the link below. Slots are available between 17 and 24 June.

https://app.ashbyhq.com/interview-scheduling/atlantico/3c1d8e0a

You'll receive a calendar invitation with the video link as soon as you've booked.

Warm regards,
Marta Seabra
Talent Acquisition Lead · Atlântico Hotels"""), "Powered by Ashby"),
    cte="base64")

HALF_INVITE = """Hi Nerea,

Thanks for your interest in the Event Coordinator position at Halfpenny Events. We'd like to invite you to a video interview with our team.

When: Wednesday 15 July, 11:00 (Irish time)
Where: Microsoft Teams – link in the attached invitation
Who: Gráinne Doyle (Talent) and Declan Furlong (Operations Director)

Please accept the calendar invitation to confirm.

Kind regards,
Gráinne Doyle
Talent & People, Halfpenny Events
"""
add(kind=INV, slug="halfpenny_video_interview", lang="en", company="Halfpenny Events",
    contact="grainne.doyle@halfpennyevents.example.ie", id="half_invite", parent="half_ack",
    frm=("Halfpenny Events", "noreply@candidates.workablemail.com"), reply_to=GRAINNE, rt_enc=("utf-8", "Q"),
    subject="Interview invitation: Event Coordinator at Halfpenny Events", date="2026-07-08 14:20 +0100",
    text=HALF_INVITE, html=ats_card("Halfpenny Events", "#1f7a4d", paras(HALF_INVITE), "Sent with Workable"),
    cte="quoted-printable",
    attach=[{"type": "ics", "method": "REQUEST", "uid": "wk-int-88120-nob@halfpennyevents.example.ie",
             "seq": 0, "start": "2026-07-15 11:00 +01:00", "minutes": 45,
             "summary": "Interview: Nerea Olaizola-Brandt – Event Coordinator",
             "location": "Microsoft Teams", "organizer": GRAINNE, "filename": "interview.ics",
             "prodid": "-//Workable//Interviews//EN"}])

add(kind=MOVE, slug="halfpenny_updated_invitation", lang="en", company="Halfpenny Events",
    contact="grainne.doyle@halfpennyevents.example.ie", id="half_move", parent="half_invite",
    frm=GRAINNE, frm_enc=("utf-8", "Q"),
    subject="Updated invitation: Interview: Nerea Olaizola-Brandt – Event Coordinator",
    date="2026-07-10 10:05 +0100",
    text="""Hi Nerea,

Declan has been called to a site visit in Cork on Wednesday, so I've moved our interview to Thursday 16 July at 14:00 Irish time (15:00 in Seville). The Teams link stays the same; the updated invitation is attached.

Sorry for the shuffle!
Gráinne
""",
    cal={"method": "REQUEST", "uid": "wk-int-88120-nob@halfpennyevents.example.ie", "seq": 1,
         "start": "2026-07-16 14:00 +01:00", "minutes": 45,
         "summary": "Interview: Nerea Olaizola-Brandt – Event Coordinator",
         "location": "Microsoft Teams", "organizer": GRAINNE, "inline": False,
         "filename": "interview-updated.ics"})

# =======================================================================================
# English: St Brigid's University College (iCIMS), Globus (Greenhouse), Emerald Air
# =======================================================================================

add(kind=INV, slug="stbrigids_assessment_centre", lang="en", company="St Brigid's University College",
    contact="siobhan.kearney@stbrigids.example.ie", id="brigid_invite",
    frm=("St Brigid's University College", "talent-stbrigids@icims.com"),
    reply_to=SIOBHAN, rt_enc=("iso-8859-1", "Q"),
    subject="Assessment centre invitation – Events and Conferences Officer (Ref. SB-2026-031)",
    date="2026-05-20 12:00 +0100",
    charset="iso-8859-1", cte="quoted-printable",
    text="""Dear Nerea,

Following shortlisting, we are pleased to invite you to the assessment centre for the post of Events and Conferences Officer (Ref. SB-2026-031).

Date: Friday 29 May 2026
Time: 09:30 to 15:00
Venue: Conference Suite, Áras Bríd, St Brigid's University College, Dublin 9

The day will include an in-tray exercise, a group task and a competency-based interview with a panel of three. Lunch will be provided. Reasonable travel expenses for candidates coming from abroad will be reimbursed.

Please confirm your attendance by replying to this email by Monday 25 May.

Yours sincerely,
Siobhán Kearney
HR Recruitment Officer, St Brigid's University College
""")

GLOBUS_INVITE = """Hi Nerea,

Thanks for your patience. The team would like to meet you for a second-round interview for the Congress Project Manager role.

I've sent a calendar invite for Thursday 25 June, 16:00–17:00 (Madrid), at our office on Calle de Serrano 88, 4th floor. You'll meet me and our Managing Director, Hélène Baptiste.

Let me know if you need anything before then.

Best,
Tomás Ibarra
Talent Acquisition, Globus Congress Partners
"""
add(kind=INV, slug="globus_second_round_calendar", lang="en", company="Globus Congress Partners",
    contact="tomas.ibarra@globuscongress.example.com", id="globus_invite",
    frm=("Tomás Ibarra via Greenhouse", "no-reply@us.greenhouse-mail.io"), frm_enc=("utf-8", "B"),
    reply_to=TOMAS, rt_enc=("utf-8", "B"),
    subject="Second interview – Congress Project Manager", date="2026-06-17 10:30 +0200",
    text=GLOBUS_INVITE,
    html=ats_card("Globus Congress Partners", "#23395d", paras(GLOBUS_INVITE), "Powered by Greenhouse"),
    cte="quoted-printable",
    cal={"method": "REQUEST", "uid": "gh-interview-5521093@globuscongress.example.com", "seq": 0,
         "start": "2026-06-25 16:00 +02:00", "minutes": 60,
         "summary": "Nerea Olaizola-Brandt – Congress PM – 2nd round",
         "location": "Globus Congress Partners, Calle de Serrano 88, 4th floor, Madrid",
         "organizer": TOMAS, "inline": False, "filename": "invite.ics",
         "prodid": "-//Greenhouse//Interview Scheduling//EN"})

add(kind=MOVE, slug="globus_cancelled_thursday", lang="en", company="Globus Congress Partners",
    contact="tomas.ibarra@globuscongress.example.com", id="globus_cancel", parent="globus_invite",
    frm=TOMAS, frm_enc=("utf-8", "B"),
    subject="Canceled: Nerea Olaizola-Brandt – Congress PM – 2nd round", date="2026-06-23 18:45 +0200",
    text="""Hi Nerea,

I'm afraid we need to cancel Thursday's meeting: Hélène has been pulled into a client emergency in Milan for the rest of the week. This is purely about her diary. I'll come back to you with new times as soon as she's back.

Apologies for the short notice.

Tomás
""",
    cal={"method": "CANCEL", "uid": "gh-interview-5521093@globuscongress.example.com", "seq": 1,
         "start": "2026-06-25 16:00 +02:00", "minutes": 60,
         "summary": "Canceled: Nerea Olaizola-Brandt – Congress PM – 2nd round",
         "location": "Globus Congress Partners, Calle de Serrano 88, 4th floor, Madrid",
         "organizer": TOMAS, "prodid": "-//Greenhouse//Interview Scheduling//EN"})

add(kind=MISSED, slug="emerald_waited_on_teams", lang="en", company="Emerald Air",
    contact="aoife.duggan@emeraldair.example.ie", id="emerald_missed", parent="emerald_ack",
    frm=AOIFE,
    subject="Your interview this morning – Events & Onboard Experience Coordinator", date="2026-03-10 10:31 +0000",
    text="""Dear Nerea,

We had your video interview scheduled for 10:00 (Irish time) today. My colleague and I waited in the Teams meeting for fifteen minutes but you didn't join, and we weren't able to reach you by phone.

If something went wrong on the day, please let me know by Friday and I'll see what we can do.

Kind regards,

Aoife Duggan
Talent Acquisition Partner | Emerald Air
Skybridge House, Dublin Airport, Co. Dublin, K67 X2Y3 | +353 1 555 0861
""",
    html=outlook_html(paras("""Dear Nerea,

We had your video interview scheduled for 10:00 (Irish time) today. My colleague and I waited in the Teams meeting for fifteen minutes but you didn't join, and we weren't able to reach you by phone.

If something went wrong on the day, please let me know by Friday and I'll see what we can do.

Kind regards,

Aoife Duggan
Talent Acquisition Partner | Emerald Air
Skybridge House, Dublin Airport, Co. Dublin, K67 X2Y3 | +353 1 555 0861"""), "en"),
    cte="quoted-printable")

# =======================================================================================
# French
# =======================================================================================

RIVIERA_INVITE = """Bonjour Nerea,

Merci pour votre candidature au poste de chargée d'accueil congrès. Votre parcours de guide auprès de groupes internationaux a retenu toute notre attention.

Je vous propose un entretien en visioconférence le mardi 12 mai à 14h00, d'une durée d'environ 45 minutes, avec Julien Ferrand, directeur des opérations, et moi-même. L'invitation Teams est jointe à ce message.

Bien cordialement,

Camille Roux
Responsable RH – Riviera Congrès
27, boulevard Victor-Hugo, 06000 Nice
Tél. +33 4 93 55 50 12
"""
add(kind=INV, slug="riviera_entretien_visio", lang="fr", company="Riviera Congrès",
    contact="camille.roux@rivieracongres.example.fr", id="riviera_invite", parent="riviera_ack",
    frm=CAMILLE,
    subject="Entretien – Chargée d'accueil congrès (réf. RC-2026-14)", date="2026-05-04 10:10 +0200",
    text=RIVIERA_INVITE, html=outlook_html(paras(RIVIERA_INVITE), "fr"), cte="quoted-printable",
    cal={"method": "REQUEST", "uid": "040000008200E00074C5B7101A82E00800000000RC2026140512", "seq": 0,
         "start": "2026-05-12 14:00 +02:00", "minutes": 45,
         "summary": "Entretien Nerea Olaizola-Brandt – Chargée d'accueil congrès",
         "location": "Réunion Microsoft Teams", "organizer": CAMILLE,
         "description": "Rejoindre : https://teams.example.com/l/meetup-join/riviera-0512"})

add(kind=MOVE, slug="riviera_decaler_entretien", lang="fr", company="Riviera Congrès",
    contact="camille.roux@rivieracongres.example.fr", id="riviera_move", parent="riviera_invite",
    frm=CAMILLE,
    subject="Mis à jour : Entretien Nerea Olaizola-Brandt - Chargée d'accueil congrès",
    subj_enc=("iso-8859-1", "Q"), date="2026-05-06 17:35 +0200",
    charset="iso-8859-1", cte="quoted-printable",
    text="""Bonjour Nerea,

Julien sera en déplacement mardi prochain sur un salon à Monaco. Pourrions-nous décaler notre entretien au mercredi 13 mai à 10h00 ? Le lien Teams reste le même.

Merci de votre compréhension et à très bientôt,
Camille
""",
    cal={"method": "REQUEST", "uid": "040000008200E00074C5B7101A82E00800000000RC2026140512", "seq": 1,
         "start": "2026-05-13 10:00 +02:00", "minutes": 45,
         "summary": "Entretien Nerea Olaizola-Brandt – Chargée d'accueil congrès",
         "location": "Réunion Microsoft Teams", "organizer": CAMILLE,
         "description": "Rejoindre : https://teams.example.com/l/meetup-join/riviera-0512",
         "inline": False, "filename": "invitation.ics"})

LUTECE_INVITE = """Bonjour Nerea,

Suite à l'examen de votre candidature pour le poste de chargée de projets événementiels, j'ai le plaisir de vous proposer un entretien dans nos locaux.

Date : mercredi 22 avril 2026, 11h00
Adresse : Lutèce Événements, 14 rue de Turenne, 75004 Paris (code 4821B, 3e étage)

Vous trouverez l'invitation en pièce jointe. Merci de me confirmer votre présence en répondant à ce message.

Cordialement,
Inès Marchand
Chargée de recrutement – Lutèce Événements
"""
add(kind=INV, slug="lutece_entretien_locaux", lang="fr", company="Lutèce Événements",
    contact="ines.marchand@lutece-evenements.example.fr", id="lutece_invite",
    frm=("Inès Marchand", "no-reply@jobs.recruitee.com"), frm_enc=("utf-8", "Q"),
    reply_to=INES, rt_enc=("utf-8", "Q"),
    subject="Invitation à un entretien – Chargée de projets événementiels", date="2026-04-13 14:02 +0200",
    text=LUTECE_INVITE,
    html=ats_card("Lutèce Événements", "#8c1c13", paras(LUTECE_INVITE), "Envoyé via Recruitee"),
    cte="base64",
    attach=[{"type": "ics", "method": "REQUEST", "uid": "rec-interview-220426-1100-nob@lutece-evenements.example.fr",
             "seq": 0, "start": "2026-04-22 11:00 +02:00", "minutes": 60,
             "summary": "Entretien – Chargée de projets événementiels",
             "location": "14 rue de Turenne, 75004 Paris", "organizer": INES,
             "filename": "entretien.ics", "prodid": "-//Recruitee//Events//FR"}])

add(kind=MOVE, slug="lutece_annulation_rdv", lang="fr", company="Lutèce Événements",
    contact="ines.marchand@lutece-evenements.example.fr", id="lutece_cancel", parent="lutece_invite",
    frm=INES, frm_enc=("utf-8", "Q"),
    subject="Annulé : Entretien – Chargée de projets événementiels", date="2026-04-20 18:10 +0200",
    text="""Bonjour Nerea,

Je suis contrainte d'annuler notre rendez-vous de mercredi : la direction doit d'abord arbitrer l'organisation de l'équipe projets, et nous préférons ne pas vous faire venir avant d'avoir une vision claire.

Votre candidature reste bien entendu à l'étude, je reviens vers vous dès que j'en sais plus.

Bien à vous,
Inès Marchand
""",
    cal={"method": "CANCEL", "uid": "rec-interview-220426-1100-nob@lutece-evenements.example.fr", "seq": 1,
         "start": "2026-04-22 11:00 +02:00", "minutes": 60,
         "summary": "Annulé : Entretien – Chargée de projets événementiels",
         "location": "14 rue de Turenne, 75004 Paris", "organizer": INES,
         "prodid": "-//Recruitee//Events//FR"})

add(kind=INV, slug="baie_des_anges_entretien_hotel", lang="fr", company="Hôtels Baie des Anges",
    contact="lea.fontaine@baiedesanges.example.fr", id="baie_invite", parent="baie_ack",
    frm=LEA, frm_enc=("iso-8859-1", "Q"),
    subject="Votre candidature – proposition d'entretien le 8 juillet", date="2026-07-01 11:25 +0200",
    charset="iso-8859-1", cte="quoted-printable",
    text="""Chère Madame,

Nous avons bien étudié votre candidature au poste de coordinatrice séminaires et banquets et souhaiterions vous rencontrer.

Seriez-vous disponible le mercredi 8 juillet à 15h00, à l'hôtel Baie des Anges Promenade (accueil, demander Mme Fontaine) ? À défaut, un entretien en visio est possible le même jour.

Dans l'attente de votre retour, je vous prie d'agréer, chère Madame, mes salutations distinguées.

Léa Fontaine
Responsable des ressources humaines
Hôtels Baie des Anges, 101, promenade des Anglais, 06000 Nice
""")

add(kind=MISSED, slug="alterna_appel_manque", lang="fr", company="Alterna Intérim",
    contact="mathilde.girard@alterna-interim.example.fr", id="alterna_missed", parent="alterna_ack",
    frm=MATHILDE,
    subject="Notre entretien téléphonique de 14h", date="2026-06-03 14:35 +0200",
    text="""Bonjour Nerea,

Nous avions rendez-vous aujourd'hui à 14h pour un entretien téléphonique. J'ai essayé de vous joindre à deux reprises (14h00 et 14h20) au +34 655 218 407, sans succès, et je vous ai laissé un message vocal.

Pouvez-vous me rappeler ou me proposer un autre créneau ? Nous avons plusieurs missions événementielles à pourvoir en juin.

Bonne journée,
Mathilde Girard
Chargée de recrutement – Alterna Intérim Paris Opéra
01 55 55 40 21
""")

# =======================================================================================
# German
# =======================================================================================

DONAU_INVITE = """Sehr geehrte Frau Olaizola-Brandt,

vielen Dank für Ihre Bewerbung als Projektkoordinatorin Kongresse bei Donau Kongress Wien. Wir würden Sie gerne zu einem Vorstellungsgespräch per Microsoft Teams einladen.

Termin: Mittwoch, 17. Juni 2026, 10:00–11:00 Uhr
Gesprächspartner: Mag. Thomas Egger (Leitung Kongressorganisation) und ich

Die Einladung finden Sie im Kalenderanhang. Bitte bestätigen Sie den Termin kurz.

Mit freundlichen Grüßen

Katharina Pichler
HR Business Partner
Donau Kongress Wien · Bruno-Kreisky-Platz 2, 1220 Wien
T +43 1 555 3310
"""
add(kind=INV, slug="donau_vorstellungsgespraech_teams", lang="de", company="Donau Kongress Wien",
    contact="katharina.pichler@donaukongress.example.at", id="donau_invite", parent="donau_ack",
    frm=KATHARINA,
    subject="Einladung zum Vorstellungsgespräch – Projektkoordination Kongresse", date="2026-06-10 11:20 +0200",
    text=DONAU_INVITE, html=outlook_html(paras(DONAU_INVITE), "de"), cte="quoted-printable",
    content_language="de-AT",
    cal={"method": "REQUEST", "uid": "040000008200E00074C5B7101A82E00800000000DKW20260617", "seq": 0,
         "start": "2026-06-17 10:00 +02:00", "minutes": 60,
         "summary": "Vorstellungsgespräch N. Olaizola-Brandt – Projektkoordination Kongresse",
         "location": "Microsoft Teams-Besprechung", "organizer": KATHARINA})

add(kind=MOVE, slug="donau_termin_aktualisiert", lang="de", company="Donau Kongress Wien",
    contact="katharina.pichler@donaukongress.example.at", id="donau_update", parent="donau_confirm",
    frm=KATHARINA,
    subject="Aktualisiert: Vorstellungsgespräch N. Olaizola-Brandt – Projektkoordination Kongresse",
    date="2026-06-15 08:50 +0200",
    charset="windows-1252", cte="quoted-printable",
    text="""Sehr geehrte Frau Olaizola-Brandt,

Herr Egger muss am Mittwoch kurzfristig zu einer Begehung im Austria Center. Wir verschieben unser Gespräch daher auf Donnerstag, 18. Juni, 14:00 Uhr – gleicher Teams-Link. Die aktualisierte Einladung liegt bei.

Mit freundlichen Grüßen
Katharina Pichler

""" + outlook_block("de", CANDIDATE, "2026-06-10 16:48", KATHARINA,
        "AW: Einladung zum Vorstellungsgespräch – Projektkoordination Kongresse",
        "Sehr geehrte Frau Pichler,\n\nvielen Dank für die Einladung. Den Termin am Mittwoch, 17. Juni, um 10:00 Uhr nehme ich gerne wahr."),
    cal={"method": "REQUEST", "uid": "040000008200E00074C5B7101A82E00800000000DKW20260617", "seq": 1,
         "start": "2026-06-18 14:00 +02:00", "minutes": 60,
         "summary": "Vorstellungsgespräch N. Olaizola-Brandt – Projektkoordination Kongresse",
         "location": "Microsoft Teams-Besprechung", "organizer": KATHARINA})

add(kind=MISSED, slug="walzer_in_teams_gewartet", lang="de", company="Walzer & Partner",
    contact="florian.hasenoehrl@walzerpartner.example.at", id="walzer_missed",
    frm=FLORIAN, frm_enc=("iso-8859-1", "Q"),
    subject="Unser Termin heute um 15 Uhr", date="2026-05-20 15:24 +0200",
    charset="iso-8859-1", cte="8bit",
    text="""Liebe Frau Olaizola-Brandt,

wir haben heute ab 15:00 Uhr in Teams auf Sie gewartet, leider vergeblich. Ich hoffe, es ist nichts passiert!

Wenn Sie weiterhin Interesse an der Stelle als Eventmanagerin haben, melden Sie sich bitte kurz, dann finden wir einen neuen Termin.

Beste Grüße aus dem 7. Bezirk
Florian Hasenöhrl
Geschäftsführer · Walzer & Partner Eventagentur
Neubaugasse 19, 1070 Wien · +43 1 555 7120
""")

add(kind=INV, slug="walzer_probearbeitstag", lang="de", company="Walzer & Partner",
    contact="florian.hasenoehrl@walzerpartner.example.at", id="walzer_trial", parent="walzer_missed",
    frm=FLORIAN, frm_enc=("iso-8859-1", "Q"),
    subject="Probearbeitstag am 11. Juni", date="2026-06-01 09:40 +0200",
    text="""Liebe Frau Olaizola-Brandt,

schön, dass wir uns letzte Woche doch noch ausführlich am Telefon unterhalten konnten. Wie besprochen laden wir Sie zu einem bezahlten Probearbeitstag ein:

Donnerstag, 11. Juni, 8:00 bis ca. 18:00 Uhr
Treffpunkt: Palais Auersperg, Auerspergstraße 1, 1080 Wien (Lieferanteneingang)

Wir bauen an diesem Tag eine Firmengala für 300 Gäste auf. Sie begleiten unsere Projektleiterin Mira Novak beim Aufbau, beim Briefing des Servicepersonals und beim Einlass. Bitte bequeme Schuhe und schwarze Kleidung mitbringen.

Beste Grüße
Florian Hasenöhrl
""" + "\n" + reply_quote("de", "2026-05-20 15:24", FLORIAN,
        "wir haben heute ab 15:00 Uhr in Teams auf Sie gewartet, leider vergeblich."))

WIENERWALD_INVITE = """Sehr geehrte Frau Olaizola-Brandt,

herzlichen Dank für Ihre Bewerbung als Veranstaltungs- und Bankettleitung in unserem Seminarhotel Wienerwald-Purkersdorf.

Gerne möchten wir Sie persönlich kennenlernen und laden Sie zu einem Gespräch bei uns im Haus ein:
Dienstag, 25. August 2026, 13:30 Uhr
Seminarhotel Wienerwald, Wiener Straße 140, 3002 Purkersdorf

Im Anschluss zeigen wir Ihnen gerne unsere Seminarräume und den Festsaal. Die Anreise vom Westbahnhof dauert mit der S50 etwa 20 Minuten.

Wir freuen uns auf Ihre Rückmeldung.

Mit freundlichen Grüßen
Mag. Verena Stadlober
Direktorin · Wienerwald Seminarhotels
"""
add(kind=INV, slug="wienerwald_gespraech_im_haus", lang="de", company="Wienerwald Seminarhotels",
    contact="verena.stadlober@wienerwald-seminar.example.at", id="wienerwald_invite",
    frm=VERENA,
    subject="Einladung zum persönlichen Gespräch am 25. August", date="2026-08-17 10:30 +0200",
    subj_enc=("utf-8", "B"),
    text=WIENERWALD_INVITE, html=simple_html(paras(WIENERWALD_INVITE), "de"), cte="base64")

FH_FROM = ("Recruiting FH Donaustadt", "noreply@successfactors.eu")

add(kind=INV, slug="fh_donaustadt_hearing", lang="de", company="Fachhochschule Donaustadt",
    contact="johannes.kreuzer@fh-donaustadt.example.at", id="fh_invite", parent="fh_ack",
    frm=JOHANNES,
    subject="Einladung zum Hearing – Referentin für Veranstaltungsmanagement (Kennzahl 26/114)",
    date="2026-08-03 13:00 +0200",
    text="""Sehr geehrte Frau Olaizola-Brandt,

die Auswahlkommission hat Ihre Bewerbung für die Stelle als Referentin für Veranstaltungsmanagement (Kennzahl 26/114) positiv beurteilt. Wir laden Sie daher zum Hearing ein:

Donnerstag, 20. August 2026, 9:00 Uhr (Dauer ca. 60 Minuten)
FH Donaustadt, Campus Kagran, Raum B.2.14

Bitte bereiten Sie eine Präsentation von 10 Minuten zum Thema „Konzept für die Tagung zum 25-jährigen Bestehen der FH" vor. Die Einladung für Ihren Kalender ist angehängt.

Mit freundlichen Grüßen
Dr. Johannes Kreuzer
Leitung Personalentwicklung · Fachhochschule Donaustadt
Wagramer Straße 77, 1220 Wien · +43 1 555 4100 210
""",
    attach=[{"type": "ics", "method": "REQUEST", "uid": "fh-hearing-26-114-03@fh-donaustadt.example.at",
             "seq": 0, "start": "2026-08-20 09:00 +02:00", "minutes": 60,
             "summary": "Hearing Kennzahl 26/114 – Olaizola-Brandt",
             "location": "Campus Kagran, Raum B.2.14", "organizer": JOHANNES, "filename": "hearing.ics"}])

add(kind=MOVE, slug="fh_donaustadt_hearing_verschoben", lang="de", company="Fachhochschule Donaustadt",
    contact="johannes.kreuzer@fh-donaustadt.example.at", id="fh_move", parent="fh_invite",
    frm=JOHANNES,
    subject="Verschiebung des Hearings – Kennzahl 26/114", date="2026-08-18 16:15 +0200",
    text="""Sehr geehrte Frau Olaizola-Brandt,

aufgrund der Erkrankung eines Kommissionsmitglieds müssen wir das Hearing am 20. August leider verschieben. Neuer Termin: Donnerstag, 27. August 2026, 9:00 Uhr, gleicher Raum. Die aktualisierte Kalendereinladung ist angehängt.

Bitte entschuldigen Sie die Unannehmlichkeiten.

Mit freundlichen Grüßen
Johannes Kreuzer
""",
    attach=[{"type": "ics", "method": "REQUEST", "uid": "fh-hearing-26-114-03@fh-donaustadt.example.at",
             "seq": 1, "start": "2026-08-27 09:00 +02:00", "minutes": 60,
             "summary": "Hearing Kennzahl 26/114 – Olaizola-Brandt (NEUER TERMIN)",
             "location": "Campus Kagran, Raum B.2.14", "organizer": JOHANNES, "filename": "hearing.ics"}])
