# ruff: noqa
"""Corpus 150, kind `rejection`: 31 refusals, each worded its own way."""

from msgs150_acks import GIRALDA_ACK
from msgs150_common import (
    CANDIDATE,
    ats_card,
    forwarded,
    outlook_block,
    outlook_html,
    paras,
    quote,
    reply_quote,
    simple_html,
    wrote,
)
from msgs150_invites import (
    ANE,
    BORJA,
    CAMILLE,
    DOLORES,
    FLORIAN,
    IBAI_INVITE,
    INES,
    INMACULADA,
    JAVIER,
    JOANA,
    JOHANNES,
    LEA,
    LUCIA,
    PACO,
    ROCIO,
    SERGIO,
    SIOBHAN,
    TOMAS,
    UNAI,
)
from msgs150_other import MERIDIANO_THANKS

MESSAGES: list[dict] = []


def add(**spec) -> None:
    spec.setdefault("kind", "rejection")
    MESSAGES.append(spec)


# =======================================================================================
# Spanish (17)
# =======================================================================================

# 1 -- formal ATS refusal (Workday)
IBERAVIA_REJ = """Hola Nerea:

Te agradecemos el tiempo que has dedicado a tu solicitud para el puesto Coordinador/a de Eventos y Patrocinios (R-10442).

Tras revisar detenidamente tu perfil frente a los requisitos de la posición, lamentamos comunicarte que no continuaremos con tu candidatura en este proceso.

Conservaremos tus datos durante doce meses por si surgiera otra vacante acorde con tu experiencia. Te animamos a seguir consultando nuestras ofertas en el portal de empleo.

Atentamente,
Talento Iberavia
"""
add(slug="iberavia_workday_formal", lang="es", company="Iberavia", contact="",
    parent="iberavia_ack",
    frm=("Iberavia Talento", "iberavia@myworkday.com"),
    subject="Actualización sobre tu solicitud R-10442", date="2026-02-17 18:03 +0000",
    text=IBERAVIA_REJ, html=ats_card("Iberavia", "#003a70", paras(IBERAVIA_REJ), "© 2026 Iberavia. Enviado mediante Workday."),
    cte="quoted-printable", headers=[("Auto-Submitted", "auto-generated")])

# 2 -- after the interview, quoting the candidate's thank-you note
add(slug="meridiano_tras_entrevista_cita_agradecimiento", lang="es", company="Meridiano Eventos",
    contact="lucia.garrido@meridianoeventos.example.es", parent="meridiano_thanks",
    frm=LUCIA, frm_enc=("utf-8", "B"),
    subject="Re: Gracias por la entrevista de hoy", date="2026-03-16 12:20 +0100",
    text="""Hola, Nerea:

Gracias a ti por el mensaje, nos encantó conocerte, y Álex sigue hablando de lo de los cuarenta guías.

Te escribo con la decisión, y siento que no sea la que esperabas: después de la última ronda nos hemos decidido por otra persona que ya ha producido congresos médicos de principio a fin y que puede asumir cuentas desde el primer día. Ha sido una decisión muy ajustada.

Si te parece bien, me guardo tu perfil para la temporada de otoño, cuando solemos reforzar el equipo de hospitality.

Un abrazo,
Lucía Garrido
People & Talent · Meridiano Eventos
Calle de Almagro 14, 28010 Madrid · 910 555 873

""" + reply_quote("es", "2026-03-03 18:05", CANDIDATE, MERIDIANO_THANKS),
    cte="quoted-printable")

# 3 -- agency relays the client's no
add(slug="tempora_cliente_descarta", lang="es", company="Catering Triana Gourmet",
    contact="javier.mora@tempora-ett.example.es", parent="tempora_triana_missed",
    frm=JAVIER,
    subject="Catering Triana Gourmet – respuesta", date="2026-02-27 13:05 +0100",
    charset="windows-1252", cte="8bit",
    text="""Hola Nerea:

Ya tengo respuesta de Catering Triana Gourmet y no es buena: después de lo del jueves han preferido cerrar la temporada con otra candidata que podía empezar el 1 de marzo a jornada completa, así que no siguen contigo.

Te entiendo perfectamente lo del grupo del Alcázar, y así se lo expliqué a Rosario, pero ellos tenían prisa. Te reenvío abajo lo que me ha escrito ella. No te preocupes, que sigues en nuestra bolsa y en primavera entra mucho movimiento de congresos.

Un saludo,
Javier Mora
Tempora Trabajo Temporal · 954 555 660

""" + forwarded("es", ("Rosario Medina", "rosario.medina@cateringtriana.example.es"), "2026-02-26 18:20", JAVIER,
        "Candidata coordinadora de eventos",
        """Javier, buenas tardes:

Te confirmo que no seguimos con Nerea. Entiendo que tuvo un imprevisto con un grupo, pero necesitamos a alguien desde el 1 de marzo y ya tenemos a otra chica que puede empezar. Si nos mandas más perfiles para septiembre, encantados.

Rosario Medina
Jefa de Producción · Catering Triana Gourmet"""))

# 4 -- role put on hold (Outlook chain quoting the interview mails)
IBAI_REJ = """Kaixo Nerea:

Gracias por venir el jueves a Bilbao y por la presentación que preparaste: a Mikel y a mí nos pareció muy sólida.

Lamentablemente tengo que darte una noticia que no depende de nosotros: la dirección ha congelado la posición de Coordinadora de Eventos Corporativos hasta que se cierre el presupuesto de 2027, por lo que no vamos a continuar con el proceso de selección. Te lo digo sin rodeos porque no sabemos si se reabrirá ni cuándo.

Siento mucho haberte hecho viajar para esto. Ojalá podamos coincidir en otra ocasión.

Ondo izan,
Ane Etxeberria
Responsable de Personas · Palacio Ibaizabal
Muelle de Uribitarte 8, 48001 Bilbao · T. +34 944 555 902
"""
add(slug="ibaizabal_puesto_congelado", lang="es", company="Palacio Ibaizabal",
    contact="ane.etxeberria@palacioibaizabal.example.es", parent="ibai_ill",
    frm=ANE,
    subject="RE: Entrevista – Coordinadora de Eventos Corporativos", date="2026-04-22 18:30 +0200",
    text=IBAI_REJ + "\n" + outlook_block("es", ANE, "2026-04-07 16:40", CANDIDATE,
        "RE: Entrevista – Coordinadora de Eventos Corporativos",
        "Malas noticias por aquí: Mikel está de baja con gripe toda la semana y no queremos hacer la entrevista sin él. Te propongo moverla al jueves 16 de abril a la misma hora y en el mismo sitio.")
    + "\n" + outlook_block("es", ANE, "2026-03-30 13:15", CANDIDATE, "Entrevista – Coordinadora de Eventos Corporativos", IBAI_INVITE),
    html=outlook_html(paras(IBAI_REJ), "es"), cte="quoted-printable")

# 5 -- terse human no
add(slug="costa_escueto", lang="es", company="Costa Eventos",
    contact="paco.ruiz@costaeventos.example.es", parent="costa_newslot",
    frm=PACO,
    subject="Re: Te esperábamos esta mañana", date="2026-03-06 20:41 +0100",
    text="""Nerea, al final no va a ser. Gracias por venir el miércoles. Suerte.

Paco

Enviado desde mi iPhone
""")

# 6 -- convention bureau: the commission's formal decision
add(slug="hispalis_decision_comision", lang="es", company="Hispalis Convention Bureau",
    contact="rocio.benjumea@hispalisbureau.example.es", parent="hisp_newslot",
    frm=ROCIO, frm_enc=("utf-8", "B"),
    subject="Resolución del proceso – Técnica de Captación de Congresos", date="2026-03-10 14:00 +0100",
    subj_enc=("utf-8", "B"),
    text="""Estimada Nerea:

Una vez finalizadas las entrevistas, la comisión de selección ha resuelto el proceso para el puesto de Técnica de Captación de Congresos. Lamento comunicarle que su candidatura no ha resultado seleccionada.

La comisión ha valorado positivamente su conocimiento de la ciudad y su dominio de idiomas; no obstante, el perfil elegido acredita experiencia directa en la presentación de candidaturas ante asociaciones internacionales, aspecto que se consideró determinante.

Le agradecemos su interés en Hispalis Convention Bureau y su flexibilidad a lo largo del proceso.

Atentamente,

Rocío Benjumea
Directora de Captación de Congresos
Hispalis Convention Bureau · Plaza de San Francisco 19, 41004 Sevilla
""",
    html=outlook_html(paras("""Estimada Nerea:

Una vez finalizadas las entrevistas, la comisión de selección ha resuelto el proceso para el puesto de Técnica de Captación de Congresos. Lamento comunicarle que su candidatura no ha resultado seleccionada.

La comisión ha valorado positivamente su conocimiento de la ciudad y su dominio de idiomas; no obstante, el perfil elegido acredita experiencia directa en la presentación de candidaturas ante asociaciones internacionales, aspecto que se consideró determinante.

Le agradecemos su interés en Hispalis Convention Bureau y su flexibilidad a lo largo del proceso.

Atentamente,

Rocío Benjumea
Directora de Captación de Congresos
Hispalis Convention Bureau · Plaza de San Francisco 19, 41004 Sevilla"""), "es"),
    cte="base64")

# 7 -- university: the post is abolished, process closed
add(slug="universidad_plaza_suprimida", lang="es", company="Universidad del Guadalquivir",
    contact="inmaculada.ortega@uguadalquivir.example.es", parent="uni_cancel",
    frm=("Servicio de Personal PAS – Universidad del Guadalquivir", "noreply-personal@uguadalquivir.example.es"),
    frm_enc=("utf-8", "Q"), reply_to=INMACULADA, rt_enc=("iso-8859-1", "Q"),
    subject="Finalización del proceso selectivo PAS-L-07/2026", date="2026-05-20 12:15 +0200",
    charset="iso-8859-1", cte="quoted-printable",
    text="""Estimada Sra. Olaizola-Brandt:

Le comunicamos que, por Resolución Rectoral de 18 de mayo de 2026, y como consecuencia de la reordenación de la relación de puestos de trabajo, se suprime la plaza de Técnico/a de Congresos y Eventos Académicos (Ref. PAS-L-07/2026).

En consecuencia, el proceso selectivo se da por concluido sin adjudicación y no se celebrará la fase de entrevista pendiente. Esta decisión afecta por igual a todas las personas aspirantes.

Contra esta resolución podrá interponer recurso de alzada en el plazo de un mes.

Inmaculada Ortega Ruiz
Sección de Selección de PAS · Universidad del Guadalquivir
""")

# 8 -- filled internally
add(slug="nacar_cubierta_internamente", lang="es", company="Nácar Hoteles",
    contact="sergio.llorente@nacarhoteles.example.es", parent="nacar_missed",
    frm=SERGIO, frm_enc=("iso-8859-1", "Q"),
    subject="Vacante Coordinador/a de Eventos Castellana", date="2026-04-02 09:50 +0200",
    charset="windows-1252", cte="quoted-printable",
    text="""Hola Nerea:

Quería cerrar contigo el proceso en persona y no con un correo automático. Finalmente la vacante de Coordinador/a de Eventos en Nácar Castellana se ha cubierto con una promoción interna: la subjefa de banquetes del hotel asumirá el puesto a partir de mayo.

Gracias por la llamada de la semana pasada y por tu paciencia con los cambios de horario. Tu perfil me parece muy interesante para la apertura de nuestro hotel en Málaga en 2027; si te parece bien, te tendré en cuenta.

Un saludo,

Sergio Llorente
Talent Acquisition Specialist
Nácar Hoteles – Oficinas centrales
Paseo de la Castellana 95, 28046 Madrid · +34 910 555 447
""")

# 9 -- city council: excluded after not justifying the absence
add(slug="ayuntamiento_exclusion_definitiva", lang="es", company="Ayuntamiento de Almenara del Río",
    contact="dsanchez@almenaradelrio.example.es", parent="alm_missed",
    frm=DOLORES, frm_enc=("iso-8859-1", "Q"),
    subject="Exclusión de la bolsa de Técnico/a de Turismo y Eventos", subj_enc=("iso-8859-1", "B"),
    date="2026-06-24 11:20 +0200",
    charset="iso-8859-1", cte="8bit",
    text="""Sra. Olaizola-Brandt:

Transcurrido el plazo concedido sin que conste justificación de su ausencia a la prueba práctica del pasado 15 de junio, y de conformidad con la base séptima de la convocatoria, queda usted excluida de la bolsa de trabajo de Técnico/a de Turismo y Eventos.

La relación definitiva de integrantes de la bolsa se publicará en el tablón de edictos y en la sede electrónica municipal.

Atentamente,
Dolores Sánchez Cuesta
Jefa del Área de Recursos Humanos
Ayuntamiento de Almenara del Río
""")

# 10 -- soft: candidates whose experience fits better (Teamtailor, HTML only)
add(slug="pineda_perfiles_mas_ajustados", lang="es", company="Grupo Pineda Catering", contact="",
    parent="pineda_ack",
    frm=("Grupo Pineda Catering", "no-reply@teamtailor-mail.com"),
    subject="Tu solicitud para Jefa de Eventos", date="2026-03-30 10:22 +0200",
    html=ats_card("Grupo Pineda Catering", "#3d6b35", paras("""Hola Nerea:

Muchas gracias por tu interés en el puesto de Jefa de Eventos y por el tiempo dedicado a tu solicitud.

Hemos recibido muchas candidaturas con perfiles muy completos y, en esta ocasión, hemos decidido avanzar con personas cuya trayectoria en dirección de catering para grandes eventos se ajusta más a lo que necesita el puesto.

Te deseamos mucha suerte en tu búsqueda y esperamos volver a saber de ti en futuras ofertas.

Un saludo,
Equipo de Grupo Pineda Catering"""), "Powered by Teamtailor"),
    cte="quoted-printable", headers=[("Auto-Submitted", "auto-generated")])

# 11 -- casual, colleague-style
add(slug="sur_incentive_se_la_queda_marta", lang="es", company="Sur Incentive Travel",
    contact="borja.santaella@surincentive.example.es", parent="sur_invite",
    frm=BORJA,
    subject="Re: ¿Un café el jueves?", date="2026-04-17 22:05 +0200",
    text="""Oye Nerea, te cuento rápido porque prefiero que lo sepas por mí:

Al final la plaza de coordinación se la queda Marta, que ya venía llevándonos los viajes de incentivo como freelance y conoce a todos los clientes. Me sabe fatal porque el café del otro día fue de lo mejor del proceso, pero los socios lo han visto claro.

Si te sale algún grupo alemán que no puedas atender, ya sabes dónde estoy. Y lo del tapeo en Málaga sigue en pie.

Un abrazo,
Borja
""")

# 12 -- formal after the assessment centre (SuccessFactors)
MANZ_REJ = """Estimada Nerea:

Le agradecemos su participación en el assessment center celebrado el pasado 18 de junio para la posición de Coordinador/a de Ferias y Congresos (ID 40217).

Una vez evaluados los resultados de todas las pruebas, le informamos de que su candidatura no ha sido seleccionada para continuar en el proceso.

Sus datos permanecerán en nuestra base de talento, de acuerdo con la política de privacidad que aceptó al inscribirse.

Atentamente,
Departamento de Personas
Palacio de Exposiciones Manzanares

Por favor, no responda a este correo electrónico.
"""
add(slug="manzanares_tras_assessment", lang="es", company="Palacio de Exposiciones Manzanares", contact="",
    parent="manz_invite",
    frm=("Palacio de Exposiciones Manzanares", "noreply@successfactors.eu"),
    subject="Proceso de selección – Coordinador/a de Ferias y Congresos (ID 40217)", date="2026-06-26 07:45 +0000",
    text=MANZ_REJ, html=ats_card("Palacio de Exposiciones Manzanares", "#b3261e", paras(MANZ_REJ)),
    cte="base64", headers=[("Auto-Submitted", "auto-generated")])

# 13 -- boutique hotel, short human, HTML only
add(slug="casa_murillo_otro_perfil", lang="es", company="Hotel Casa Murillo",
    contact="reyes.alcantara@casamurillo.example.es",
    frm=("Reyes Alcántara", "reyes.alcantara@casamurillo.example.es"), frm_enc=("iso-8859-1", "B"),
    subject="Tu CV para coordinación de eventos", date="2026-02-05 17:48 +0100",
    html=simple_html(paras("""Buenas tardes, Nerea:

Gracias por acercarte el CV al hotel la semana pasada. Te escribo para decirte que ya hemos elegido a la persona para coordinar los eventos de primavera, así que no podemos contar contigo esta vez.

Mucha suerte,
Reyes Alcántara
Gerencia · Hotel Casa Murillo
C/ Santa Teresa 9, Sevilla"""), "es"),
    cte="quoted-printable")

# 14 -- Basque greeting, soft: needed another profile
add(slug="bizkaia_events_lab_euskera", lang="es", company="Bizkaia Events Lab",
    contact="unai.arrieta@bizkaiaevents.example.es", parent="bizkaia_missed",
    frm=UNAI,
    subject="Cierre del proceso – Project Lead Eventos Institucionales", date="2026-05-29 13:25 +0200",
    text="""Kaixo Nerea:

Eskerrik asko por la conversación del martes, y por reengancharte después del lío del Meet.

Hemos cerrado el proceso y no vamos a seguir adelante con tu candidatura. La mayoría de nuestros clientes son instituciones forales y ayuntamientos que nos piden trabajar íntegramente en euskera con sus técnicos, y buscábamos a alguien que lo tuviera ya a nivel profesional (C1 acreditado). Sé que lo hablas en casa, pero para este puesto necesitábamos algo más.

Te deseo lo mejor con los procesos que tienes abiertos.

Ondo izan,
Unai Arrieta
Project Lead · Bizkaia Events Lab
Ribera de Deusto 70, 48014 Bilbao
""",
    cte="quoted-printable")

# 15 -- head-hunter, client not named
TALENTIA_REJ = """Hola Nerea:

Te escribo para cerrar el proceso que iniciamos en enero. Mi cliente, la cadena hotelera internacional de la que te hablé, ha revisado la terna final y ha decidido no avanzar con tu candidatura para la coordinación de eventos de su hotel de Madrid.

Su feedback ha sido bueno en lo personal, pero finalmente han priorizado a una persona con experiencia previa en un hotel de lujo con más de 400 habitaciones.

Gracias por tu disponibilidad durante estos meses. Seguiremos en contacto para futuras búsquedas en las que encajes.

Un saludo,

Elena Sotomayor
Senior Consultant · Hospitality & Events
Talentia Hospitality Search
Paseo de la Castellana 141, 28046 Madrid · +34 910 555 218
"""
TALENTIA_DISCLAIMER = """
--
CONFIDENCIALIDAD: La información contenida en este correo es confidencial y está destinada únicamente a su destinatario. Si lo ha recibido por error, le rogamos que lo elimine y nos lo notifique. Talentia Hospitality Search no se responsabiliza de las opiniones personales expresadas en este mensaje.
"""
add(slug="talentia_cliente_no_avanza", lang="es", company="Talentia Hospitality Search",
    contact="elena.sotomayor@talentiasearch.example.es", parent="talentia_cold",
    frm=("Elena Sotomayor", "elena.sotomayor@talentiasearch.example.es"),
    subject="Proceso coordinación de eventos – hotel Madrid", date="2026-07-09 11:00 +0200",
    text=TALENTIA_REJ + TALENTIA_DISCLAIMER,
    html=outlook_html(paras(TALENTIA_REJ) + '\n<p style="font-size:7.5pt;color:gray">' + TALENTIA_DISCLAIMER.strip().lstrip("-").strip() + "</p>", "es"),
    cte="quoted-printable")

# 16 -- long chain: the quoted part is an interview invitation and its acceptance
TRIANA_INVITE_QUOTED = """Hola de nuevo, Nerea:

El patronato ha visto tu CV y quiere conocerte. ¿Podrías venir el martes 3 de marzo a las 11:00 a la sede de Pagés del Corro para una entrevista con la directora y conmigo? Calcula una hora.

Pilar"""
TRIANA_ACCEPT_QUOTED = """Allí estaré el martes a las 11:00. ¡Gracias, Pilar!
Nerea"""
add(slug="fundacion_triana_patronato", lang="es", company="Fundación Cultural Triana",
    contact="pilar.vazquez@fundaciontriana.example.es", parent="triana_ack",
    frm=("Pilar Vázquez", "pilar.vazquez@fundaciontriana.example.es"), frm_enc=("utf-8", "Q"),
    subject="Re: Re: Re: Técnica de programación y eventos – candidatura", date="2026-03-19 10:40 +0100",
    text="""Hola, Nerea:

Después de darle muchas vueltas, el patronato ha preferido a una persona del propio barrio con experiencia en gestión de subvenciones culturales, que es la parte que más nos aprieta este año. No es por falta de méritos tuyos: a la directora le encantó tu propuesta de rutas teatralizadas por la calle Betis.

Me da pena decírtelo por correo. Si algún día organizamos las rutas, contaremos contigo como guía, eso seguro.

Un abrazo,
Pilar

""" + wrote("es", "2026-02-27 09:02", CANDIDATE) + "\n" + quote(TRIANA_ACCEPT_QUOTED + "\n\n"
        + wrote("es", "2026-02-26 19:15", ("Pilar Vázquez", "pilar.vazquez@fundaciontriana.example.es")) + "\n" + quote(TRIANA_INVITE_QUOTED)),
    charset="iso-8859-1", cte="quoted-printable")

# 17 -- airline (BambooHR): not invited to interview
add(slug="alboran_sin_entrevista", lang="es", company="Alborán Air", contact="",
    parent="alboran_ack",
    frm=("Alborán Air", "notifications@app.bamboohr.com"), frm_enc=("utf-8", "B"),
    subject="Alborán Air – Coordinador/a de Eventos de Marca", date="2026-05-12 15:30 +0000",
    cte="base64",
    text="""Hola Nerea:

Gracias por presentarte al puesto de Coordinador/a de Eventos de Marca en Alborán Air.

Hemos leído todas las solicitudes con atención y, en esta ocasión, no vamos a poder ofrecerte una entrevista. La vacante requiere experiencia en patrocinio deportivo y activaciones de marca que no hemos encontrado en tu perfil.

Te agradecemos el interés y te deseamos un buen vuelo profesional.

Equipo de Personas de Alborán Air

Este mensaje ha sido enviado desde BambooHR. Por favor, no respondas a este correo.
""",
    headers=[("Auto-Submitted", "auto-generated")])

# =======================================================================================
# English (6)
# =======================================================================================

add(slug="alfama_more_closely_matches", lang="en", company="Alfama Live",
    contact="joana.pires@alfamalive.example.pt", parent="alfama_thanks",
    frm=("Joana Pires", "no-reply@hire.lever.co"), reply_to=JOANA,
    subject="Your application to Alfama Live", date="2026-04-28 09:15 +0100",
    text="""Hi Nerea,

Thank you again for speaking with me last month, and for your kind note afterwards.

I wanted to let you know that we've decided to move forward with candidates whose experience more closely matches what the team needs for this summer's festival season, particularly on-site production with Portuguese-speaking suppliers.

I enjoyed our conversation and I'll keep your details for future roles on the guest side.

All the best,
Joana Pires
Talent Partner, Alfama Live
""",
    html=ats_card("Alfama Live", "#e4572e", paras("""Hi Nerea,

Thank you again for speaking with me last month, and for your kind note afterwards.

I wanted to let you know that we've decided to move forward with candidates whose experience more closely matches what the team needs for this summer's festival season, particularly on-site production with Portuguese-speaking suppliers.

I enjoyed our conversation and I'll keep your details for future roles on the guest side.

All the best,
Joana Pires
Talent Partner, Alfama Live"""), "Sent via Lever"),
    cte="quoted-printable")

add(slug="emerald_taleo_not_successful", lang="en", company="Emerald Air", contact="",
    parent="emerald_missed",
    frm=("Emerald Air Careers", "emeraldair@taleo.net"),
    subject="Emerald Air – Req. 2603-114 – Application Update", date="2026-03-24 16:45 +0000",
    charset="iso-8859-1", cte="quoted-printable",
    text="""Dear Nerea Olaizola-Brandt,

Thank you for your interest in the position of Events & Onboard Experience Coordinator (Req. 2603-114).

We regret to inform you that your application has not been successful on this occasion. The selection process for this role is now complete.

We wish you every success in your future career.

Emerald Air Talent Acquisition

This is an automated message. Please do not reply.
""",
    headers=[("Auto-Submitted", "auto-generated")])

add(slug="stbrigids_panel_recommended_other", lang="en", company="St Brigid's University College",
    contact="siobhan.kearney@stbrigids.example.ie", parent="brigid_invite",
    frm=("St Brigid's University College", "talent-stbrigids@icims.com"),
    reply_to=SIOBHAN, rt_enc=("iso-8859-1", "Q"),
    subject="Events and Conferences Officer (Ref. SB-2026-031) – outcome", date="2026-06-05 14:10 +0100",
    charset="iso-8859-1", cte="quoted-printable",
    text="""Dear Nerea,

Thank you for attending the assessment centre on 29 May and for travelling to Dublin to do so.

Although your performance on the day was strong, particularly in the in-tray exercise, the panel has recommended another candidate for appointment to the post of Events and Conferences Officer. We will not, therefore, be offering you the position.

If you would like feedback on your assessment, I would be happy to arrange a short call.

Yours sincerely,
Siobhán Kearney
HR Recruitment Officer, St Brigid's University College
""")

add(slug="globus_role_on_hold", lang="en", company="Globus Congress Partners",
    contact="tomas.ibarra@globuscongress.example.com", parent="globus_cancel",
    frm=TOMAS, frm_enc=("utf-8", "B"),
    subject="Congress Project Manager – update", date="2026-07-02 17:20 +0200",
    text="""Hi Nerea,

I promised I'd come back to you after Hélène's trip, and unfortunately it isn't with new times. Following a restructuring of our Madrid office, the role has been put on hold and we will not proceed with the process for now, for you or for the other finalist.

I know this is frustrating after two rounds. If the position reopens later in the year, I'll get in touch with you first.

Best regards,
Tomás Ibarra
Talent Acquisition, Globus Congress Partners
Calle de Serrano 88, 28006 Madrid | +34 910 555 602

This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. Globus Congress Partners accepts no liability for any damage caused by viruses transmitted by this e-mail.
""")

add(slug="tejo_vacancy_withdrawn", lang="en", company="Tejo Summit Productions",
    contact="rita.carvalho@tejosummit.example.pt", parent="tejo_apply",
    frm=("Rita Carvalho", "rita.carvalho@tejosummit.example.pt"),
    subject="Re: Application: Event Operations Coordinator (Web Summit side events)", date="2026-03-12 11:30 +0000",
    text="""Dear Nerea,

Thank you for your application and for the lovely cover letter.

I'm sorry to say that the client programme this role was built around has been cancelled, and we've withdrawn the vacancy altogether. We won't be hiring for it this year, so I can't take your application forward.

I've kept your CV on file in case things change for 2027.

Kind regards,
Rita Carvalho
Operations Director, Tejo Summit Productions
Rua da Boavista 71, 1200-066 Lisboa

""" + reply_quote("en", "2026-03-05 21:44", CANDIDATE,
        "I'd like to apply for the Event Operations Coordinator role advertised on your website."))

DOCK_REJ = """Dear Nerea,

Thank you for meeting Liam and me last Wednesday for the second interview for the Venue Events Executive role, and for your detailed answers on the multi-venue conference scenario.

After a great deal of discussion we won't be taking your application further. The successful candidate already holds a Dublin-based client portfolio, which is a priority for us this season.

We appreciate the time and effort you put into the process and wish you every success.

Yours sincerely,

Niamh Gallagher
Head of People | Docklands Venue Group
North Wall Quay 40, Dublin 1, D01 K7T2 | +353 1 555 0420
"""
DOCK_DISCLAIMER = """
________________________________
Docklands Venue Group DAC is registered in Ireland, No. 612345. This message is confidential and may be legally privileged. If you are not the intended recipient you must not use, copy or disclose it; please inform the sender immediately and delete it. Emails are not secure and may contain viruses.
"""
add(slug="docklands_not_taking_further", lang="en", company="Docklands Venue Group",
    contact="niamh.gallagher@docklandsvenues.example.ie",
    frm=("Niamh Gallagher", "niamh.gallagher@docklandsvenues.example.ie"),
    subject="Venue Events Executive – second interview outcome", date="2026-08-14 12:35 +0100",
    text=DOCK_REJ + DOCK_DISCLAIMER,
    html=outlook_html(paras(DOCK_REJ) + '\n<p style="font-size:8pt;color:#7f7f7f">' + DOCK_DISCLAIMER.strip().strip("_").strip() + "</p>", "en"),
    cte="quoted-printable")

# =======================================================================================
# French (4)
# =======================================================================================

add(slug="riviera_apres_entretien", lang="fr", company="Riviera Congrès",
    contact="camille.roux@rivieracongres.example.fr", parent="riviera_move",
    frm=CAMILLE,
    subject="Suite à notre entretien du 13 mai", date="2026-06-11 16:20 +0200",
    text="""Bonjour Nerea,

Je tenais à vous remercier encore pour notre échange du 13 mai et pour la qualité de votre préparation.

Après avoir rencontré l'ensemble des candidates, nous avons retenu une personne déjà installée à Nice et familière des congrès médicaux du Palais de la Méditerranée. Je ne suis donc pas en mesure de donner une suite favorable à votre candidature.

Je vous souhaite sincèrement de trouver rapidement le poste qui vous correspond.

Bien cordialement,
Camille Roux
Responsable RH – Riviera Congrès
27, boulevard Victor-Hugo, 06000 Nice
""",
    html=outlook_html(paras("""Bonjour Nerea,

Je tenais à vous remercier encore pour notre échange du 13 mai et pour la qualité de votre préparation.

Après avoir rencontré l'ensemble des candidates, nous avons retenu une personne déjà installée à Nice et familière des congrès médicaux du Palais de la Méditerranée. Je ne suis donc pas en mesure de donner une suite favorable à votre candidature.

Je vous souhaite sincèrement de trouver rapidement le poste qui vous correspond.

Bien cordialement,
Camille Roux
Responsable RH – Riviera Congrès
27, boulevard Victor-Hugo, 06000 Nice"""), "fr"),
    cte="quoted-printable")

add(slug="lutece_pourvu_en_interne", lang="fr", company="Lutèce Événements",
    contact="ines.marchand@lutece-evenements.example.fr", parent="lutece_cancel",
    frm=INES, frm_enc=("utf-8", "Q"),
    subject="Votre candidature – Chargée de projets événementiels", date="2026-05-06 10:05 +0200",
    charset="windows-1252", cte="quoted-printable",
    text="""Bonjour Nerea,

Comme promis, je reviens vers vous après l’arbitrage de la direction : le poste de chargée de projets événementiels a finalement été confié à une collaboratrice de l’équipe production, qui évolue en interne.

Le recrutement externe est donc clos et nous ne pourrons pas poursuivre avec vous. Je regrette que nous n’ayons pas pu nous rencontrer.

Bien à vous,
Inès Marchand
Chargée de recrutement – Lutèce Événements
14 rue de Turenne, 75004 Paris
""")

BAIE_REJ = """Madame,

Nous vous remercions de l'intérêt que vous avez manifesté pour le poste de Coordinatrice séminaires et banquets et du temps que vous nous avez consacré lors de votre entretien du 8 juillet.

Nous sommes au regret de vous informer que votre candidature n'a pas été retenue.

Nous conservons votre dossier dans notre vivier et ne manquerons pas de revenir vers vous si une opportunité correspondant à votre profil se présentait.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Le service Ressources Humaines
Hôtels Baie des Anges
"""
add(slug="baie_des_anges_non_retenue", lang="fr", company="Hôtels Baie des Anges", contact="",
    parent="baie_invite",
    frm=("Hôtels Baie des Anges", "noreply@smartrecruiters.com"), frm_enc=("iso-8859-1", "B"),
    subject="Votre candidature : Coordinatrice séminaires et banquets", subj_enc=("iso-8859-1", "Q"),
    date="2026-07-21 08:10 +0000",
    text=BAIE_REJ, html=ats_card("Hôtels Baie des Anges", "#1d3557", paras(BAIE_REJ), "SmartRecruiters"),
    charset="iso-8859-1", cte="quoted-printable",
    headers=[("Auto-Submitted", "auto-generated")])

add(slug="beaumarchais_client_ne_donne_pas_suite", lang="fr", company="Groupe Hôtelier Lumière",
    contact="antoine.delmas@beaumarchais-rh.example.fr",
    frm=("Antoine Delmas", "antoine.delmas@beaumarchais-rh.example.fr"),
    subject="Retour du Groupe Hôtelier Lumière", date="2026-08-04 18:40 +0200",
    text="""Bonjour Nerea,

J'ai eu ce matin le retour du Groupe Hôtelier Lumière concernant le poste de responsable événements pour leur établissement de Saint-Germain. Malheureusement, ils ne souhaitent pas donner suite : ils ont finalement privilégié un profil ayant déjà managé une équipe de banquets d'au moins dix personnes.

Ils ont apprécié votre aisance et vos langues, et je garde votre dossier en tête pour mes autres clients hôteliers à Paris.

Bien à vous,

Antoine Delmas
Consultant senior – Cabinet Beaumarchais Recrutement
8, rue de Sèze, 75009 Paris · 01 55 55 72 10
""",
    cte="base64")

# =======================================================================================
# German (4)
# =======================================================================================

add(slug="ringstrassen_softgarden_absage", lang="de", company="Ringstraßen Hotels", contact="",
    parent="ring_ack",
    frm=("Ringstraßen Hotels", "noreply@softgarden.io"), frm_enc=("utf-8", "Q"),
    subject="Ihre Bewerbung bei den Ringstraßen Hotels", subj_enc=("utf-8", "B"),
    date="2026-04-09 11:30 +0200",
    html=ats_card("Ringstraßen Hotels", "#4a4e69", paras("""Sehr geehrte Frau Olaizola-Brandt,

nochmals vielen Dank für Ihr Interesse an der Position Bankett- & Eventkoordinator*in im Hotel Ringstraße Schottentor.

Nach sorgfältiger Prüfung aller Unterlagen müssen wir Ihnen leider mitteilen, dass wir uns für eine andere Bewerberin entschieden haben.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Freundliche Grüße
Ihr Recruiting-Team der Ringstraßen Hotels"""), "Versendet über softgarden"),
    cte="base64", headers=[("Auto-Submitted", "auto-generated")])

add(slug="walzer_nach_probetag", lang="de", company="Walzer & Partner",
    contact="florian.hasenoehrl@walzerpartner.example.at", parent="walzer_trial",
    frm=FLORIAN, frm_enc=("iso-8859-1", "Q"),
    subject="Nach dem Probetag", date="2026-06-19 17:10 +0200",
    charset="iso-8859-1", cte="quoted-printable",
    text="""Liebe Frau Olaizola-Brandt,

danke nochmals für Ihren Einsatz im Palais Auersperg. Mira war von Ihrem Umgang mit den Gästen am Einlass sehr angetan.

Wir haben uns nach langem Überlegen trotzdem entschieden, die Stelle mit einer Kollegin zu besetzen, die bereits zwei Ballsaisonen bei uns als Freelancerin mitgearbeitet hat und die Wiener Locations in- und auswendig kennt. Das war für uns am Ende ausschlaggebend.

Ich hätte Ihnen gern etwas anderes geschrieben. Alles Gute für Ihren Weg in die Eventbranche!

Herzliche Grüße
Florian Hasenöhrl
Geschäftsführer · Walzer & Partner Eventagentur
""")

add(slug="fh_donaustadt_stelle_nicht_besetzt", lang="de", company="Fachhochschule Donaustadt",
    contact="johannes.kreuzer@fh-donaustadt.example.at", parent="fh_move",
    frm=("Recruiting FH Donaustadt", "noreply@successfactors.eu"), reply_to=JOHANNES,
    subject="Abschluss des Auswahlverfahrens – Kennzahl 26/114", date="2026-09-15 09:00 +0200",
    text="""Sehr geehrte Frau Olaizola-Brandt,

wir danken Ihnen für Ihre Teilnahme am Hearing vom 27. August.

Aufgrund einer Umstrukturierung des Bereichs Kommunikation und Veranstaltungen hat die Geschäftsführung beschlossen, die ausgeschriebene Stelle nicht nachzubesetzen. Das Auswahlverfahren ist damit für alle Bewerberinnen und Bewerber beendet.

Ihre Unterlagen werden gemäß den datenschutzrechtlichen Bestimmungen nach sechs Monaten gelöscht. Bei Fragen wenden Sie sich bitte an Dr. Johannes Kreuzer.

Mit freundlichen Grüßen
Personalabteilung der Fachhochschule Donaustadt
""")

add(slug="alpenflug_workday_kurz", lang="de", company="Alpenflug", contact="",
    frm=("Alpenflug Karriere", "alpenflug@myworkday.com"),
    subject="Ihre Bewerbung: Event & Sponsoring Specialist (JR-2207)", date="2026-02-24 07:15 +0000",
    charset="iso-8859-1", cte="8bit",
    text="""Sehr geehrte Frau Olaizola-Brandt,

vielen Dank für Ihr Interesse an Alpenflug. Wir haben Ihre Unterlagen für die Position Event & Sponsoring Specialist (JR-2207) geprüft und werden Ihre Bewerbung nicht weiter berücksichtigen.

Mit freundlichen Grüßen
Alpenflug People & Culture
""",
    headers=[("Auto-Submitted", "auto-generated")])
