# ruff: noqa
"""Corpus 234, rejections (31): hand-written specs, one dict per message."""

from __future__ import annotations

from msgs234_common import CANDIDATE, gmail_en, gmail_es, gmail_fr, outlook_block
from msgs234_other import COBRE_THANKS, LEIXOES_THANKS

LUCIA = ("Lucía Marín Ortega", "lucia.marin@cobreandevalo.example.es")
SERGIO = ("Sergio Llorente", "sllorente@intermodalcoslada.example.es")
ALVARO = ("Álvaro Centeno", "acenteno@pesadoscastellana.example.es")
RAMON = ("Ramón Pagán", "rpagan@granelesescombreras.example.es")

CARRIERES_THANKS = """Bonsoir Monsieur Monnier,

Je tenais à vous remercier pour l’entretien de ce matin et pour la visite de l’atelier. J’ai beaucoup apprécié d’échanger sur la mise en place de la maintenance préventive de vos tombereaux, un sujet qui me tient à cœur depuis mes années à Antofagasta.

Je reste à votre disposition pour un éventuel deuxième entretien.

Bien cordialement,
Joaquín Lindström-Ayala"""

GRANELES_ACK = """Recibido, Joaquín. Se lo paso a dirección de operaciones y te decimos algo.

Ramón"""

MESSAGES = [
    dict(
        kind="rejection", slug="cobre_andevalo_after_panel", lang="es",
        company="Cobre Andévalo", key="cobre_rej", parent="cobre_thanks",
        frm=LUCIA, date="2026-02-24 13:02 +0100",
        subject="Re: Gracias por la entrevista – Planificador/a de Mantenimiento de Flota",
        text="""Hola Joaquín:

Gracias a ti por tu correo y por el tiempo que dedicaste al panel del día 12. Lo hemos comentado con Diego y con el equipo de planificación de mina y, aunque valoramos mucho tu conocimiento del día a día de una flota de CAEX, hemos optado por una persona que ya viene de un puesto de planificación con SAP PM y que puede incorporarse sin periodo de formación.

Sé que no es la respuesta que esperabas. Si te parece, guardamos tu candidatura para las plazas de supervisor de turno que abriremos en verano.

Un saludo,
Lucía

Lucía Marín Ortega
Técnica de Selección · Cobre Andévalo S.A.
Ctra. A-461, km 8 · 21660 Minas de Riotinto (Huelva)
T. +34 959 000 412

""" + gmail_es("jue, 12 feb 2026 a las 19:05", CANDIDATE, COBRE_THANKS),
    ),
    dict(
        kind="rejection", slug="tharsis_workday_formal", lang="es",
        company="Minera Tharsis Norte", key="tharsis_rej",
        frm=("Minera Tharsis Norte", "tharsisnorte@myworkday.com"),
        date="2026-02-11 07:31 +0000", form="html", shell="ats",
        headers={"Auto-Submitted": "auto-generated"},
        footer="Este mensaje se ha enviado desde una dirección que no admite respuestas. "
               "Powered by Workday.",
        subject="Actualización sobre tu candidatura: Técnico/a de Planificación de Mantenimiento (JR-04471)",
        text="""Estimado/a Joaquín:

Te agradecemos el interés mostrado en Minera Tharsis Norte y el tiempo invertido en el proceso de selección para el puesto de Técnico/a de Planificación de Mantenimiento (JR-04471).

Tras revisar detenidamente todas las candidaturas recibidas, lamentamos comunicarte que en esta ocasión no continuarás en el proceso.

Te animamos a consultar nuestro portal de empleo y a inscribirte en futuras ofertas que se ajusten a tu perfil.

Atentamente,
Equipo de Adquisición de Talento
Minera Tharsis Norte""",
    ),
    dict(
        kind="rejection", slug="talento_minero_client_declines", lang="es",
        company="Áridos del Sureste", key="tm_rej", parent="tm_moved",
        frm=("Íñigo Zabala", "izabala@talentominero.example.es"), name_cs="utf-8/B",
        subj_cs="utf-8/B", date="2026-04-09 17:48 +0200",
        subject="Áridos del Sureste – feedback de la entrevista",
        text="""Joaquín, buenas tardes:

Acabo de colgar con Rosa Inglés, la directora de operaciones de Áridos del Sureste. Me pide que te transmita su agradecimiento por la visita a la cantera del día 31; les gustó tu manera de explicar cómo organizabais los cambios de neumáticos en Antofagasta.

Dicho esto, el cliente ha cerrado el puesto con otro finalista, un ingeniero técnico que ya trabajaba en una cementera de la zona. No hay nada que reprocharte en la entrevista: la balanza se ha inclinado por la cercanía y la titulación.

Yo sigo contando contigo para otros procesos de planificación que me entren en el sureste. Te llamo la semana que viene y lo hablamos con calma.

Íñigo Zabala
Socio · Talento Minero Partners
Paseo de la Castellana 141, 28046 Madrid
+34 910 000 733 · izabala@talentominero.example.es""",
    ),
    dict(
        kind="rejection", slug="odiel_terminal_on_hold", lang="es",
        company="Terminal Marítima del Odiel", key="odiel_rej", parent="odiel_invite",
        frm=("Manuel Garrido Vázquez", "mgarrido@odielterminal.example.es"),
        name_cs="windows-1252/Q", charset="windows-1252", cte="8bit",
        date="2026-03-16 12:20 +0100",
        subject="Proceso planificador mantenimiento – situación",
        text="""Estimado Joaquín:

Te escribo para ser transparente contigo. La dirección ha decidido congelar la incorporación del puesto de “planificador de mantenimiento de maquinaria portuaria” hasta que se cierre la nueva concesión del muelle de graneles, y con esa incertidumbre no vamos a seguir adelante con el proceso.

No es una cuestión de tu perfil –la entrevista del 24 de febrero fue buena–, sino de presupuesto: la partida de 42.000 € prevista para la plaza ha quedado en suspenso.

Lamento no poder darte mejores noticias.

Manuel Garrido Vázquez
Jefe de Mantenimiento
Terminal Marítima del Odiel, S.A.
Muelle Ingeniero Juan Gonzalo s/n – 21001 Huelva
Tel. 959 000 288

AVISO LEGAL: Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo elimine. Conforme al RGPD, sus datos se tratan con la finalidad de gestionar la relación profesional.""",
    ),
    dict(
        kind="rejection", slug="maquinaria_betica_after_no_show", lang="es",
        company="Maquinaria Bética", key="mb_rej",
        frm=("Maquinaria Bética", "noreply@smartrecruiters.com"), form="alt", shell="ats",
        footer="Enviado a través de SmartRecruiters · No respondas a este mensaje.",
        date="2026-05-14 08:05 +0000",
        subject="Tu candidatura a Planificador/a de Taller – Maquinaria Bética",
        text="""Hola Joaquín,

Te escribimos en relación con tu candidatura al puesto de Planificador/a de Taller de Maquinaria Bética en Dos Hermanas.

Al no haber podido completar la prueba práctica online del 7 de mayo, y sin una nueva disponibilidad por tu parte en el plazo indicado, damos por cerrada tu participación en este proceso.

Conservaremos tus datos durante doce meses por si surge una vacante similar, salvo que nos indiques lo contrario.

Saludos cordiales,
Equipo de Personas – Maquinaria Bética""",
    ),
    dict(
        kind="rejection", slug="flotas_meseta_filled_internally", lang="es",
        company="Flotas Meseta", key="meseta_rej",
        frm=("Begoña Aranda", "baranda@flotasmeseta.example.es"), name_cs="iso-8859-1/Q",
        charset="iso-8859-1", cte="qp", subj_cs="iso-8859-1/Q",
        date="2026-02-20 10:15 +0100",
        subject="Vacante de Planificador de Mantenimiento - Flotas Meseta (Getafe) · información",
        text="""Buenos días, Joaquín:

Quería agradecerte personalmente el interés por la vacante de Planificador de Mantenimiento en nuestra base de Getafe.

Finalmente la plaza se ha cubierto con una persona de la casa: uno de nuestros jefes de turno de taller ha pedido el cambio y la dirección ha preferido promocionarle. Por eso cerramos el proceso externo sin avanzar con ninguna de las candidaturas recibidas.

Tu perfil nos ha llamado la atención y no descarto volver a escribirte si se abre algo en la zona de Madrid.

Un cordial saludo,

Begoña Aranda
Responsable de Selección
Flotas Meseta S.L. · Polígono Los Olivos, C/ Calidad 12 · 28906 Getafe
91 000 57 20""",
    ),
    dict(
        kind="rejection", slug="graneles_terse_from_phone", lang="es",
        company="Graneles Escombreras", key="gran_rej", parent="gran_ack",
        frm=RAMON, charset="utf-8", cte="8bit", date="2026-05-20 08:02 +0200",
        subject="Re: Candidatura planificador de mantenimiento",
        text="""Joaquín, no sigues en el proceso, lo siento. Hemos cogido a alguien con más años en puerto.

Suerte.

Ramón

Enviado desde mi móvil

""" + gmail_es("mar, 28 abr 2026, 9:14", RAMON, GRANELES_ACK),
    ),
    dict(
        kind="rejection", slug="laborar_ett_unnamed_client", lang="es",
        company="Laborar", key="lab_rej",
        frm=("Nerea Casado · Laborar ETT", "nerea.casado@laborar.example.es"),
        form="alt", date="2026-03-25 16:40 +0100",
        subject="Sobre la posición de planificador en Alcalá",
        text="""Hola Joaquín,

Te cuento cómo ha quedado lo de la posición de planificador de mantenimiento para la que te presentamos la semana pasada. La empresa cliente nos ha confirmado que prefiere un perfil con experiencia en flotas de reparto urbano, y ha decidido no continuar con tu candidatura.

Sé que tenías ganas de este puesto. Sigues activo en nuestra base de datos y, en cuanto entre algo más cercano a maquinaria pesada, te llamo.

Un abrazo,
Nerea Casado
Consultora de Selección · Laborar ETT
Delegación Madrid Este – Av. de Madrid 8, 28802 Alcalá de Henares
Tel. 918 000 164""",
    ),
    dict(
        kind="rejection", slug="andina_postulacion_no_seleccionada", lang="es",
        company="Andina Mining Services España", key="and_rej",
        frm=("Camila Riquelme S.", "camila.riquelme@andinamining.example.es"),
        date="2026-07-28 18:20 -0400",
        subject="Resultado de tu postulación – Planificador de Mantención Flota (Huelva)",
        text="""Hola Joaquín, ¿cómo estás? Espero que todo bien por allá.

Te escribo para contarte que el proceso para el cargo de Planificador de Mantención de Flota en Huelva ya se cerró y, lamentablemente, tu postulación no quedó seleccionada. Después de que no alcanzamos a hacer la videollamada del jueves 16, el área de mantención siguió con los dos candidatos que ya tenían la entrevista técnica hecha.

Harto ánimo, de verdad. Tu experiencia con los 930E en Cerro Blanco es bien valorada acá, así que no dudes en postular de nuevo cuando publiquemos otro cargo.

Saludos cordiales,
Camila Riquelme S.
Analista de Reclutamiento
Andina Mining Services España
Av. Apoquindo 4501, piso 9, Las Condes, Santiago · +56 2 2000 4410""",
    ),
    dict(
        kind="rejection", slug="potasas_process_cancelled", lang="es",
        company="Potasas del Mar Menor", key="pot_rej",
        frm=("Elena Sáez Conesa", "elena.saez@potasasmarmenor.example.es"),
        name_cs="iso-8859-1/B", form="html", shell="outlook",
        date="2026-06-30 09:55 +0200",
        subject="Cancelación del proceso de selección – Planificador/a de Mantenimiento Móvil",
        text="""Estimado Sr. Lindström-Ayala:

Por medio del presente le informamos de que Potasas del Mar Menor ha decidido cancelar el proceso de selección para el puesto de Planificador/a de Mantenimiento Móvil en la explotación de La Unión.

La reorganización del departamento de mantenimiento aprobada por el consejo el pasado 24 de junio ha eliminado la plaza del organigrama, por lo que no se realizará ninguna contratación para este puesto.

Agradecemos sinceramente su participación y el tiempo dedicado a las dos entrevistas.

Reciba un cordial saludo,

Elena Sáez Conesa
Departamento de Recursos Humanos
Potasas del Mar Menor, S.A.
Ctra. de La Unión a Portmán, km 3 – 30360 La Unión (Murcia)
Tel. 968 000 190""",
    ),
    dict(
        kind="rejection", slug="arrayan_colleague_casual", lang="es",
        company="Transportes Arrayán", key="arr_rej", parent="arr_cancel",
        frm=("Curro Benítez", "curro.benitez@arrayan.example.es"),
        date="2026-09-21 21:14 +0200", subject="lo de Arrayán",
        text="""Joaquín, tío:

Te escribo yo antes de que te llegue nada oficial. Al final no ha podido ser: el gerente ha tirado por uno de Mérida que ya llevaba el taller de una empresa de autobuses y conoce el programa de mantenimiento que usamos. Yo insistí contigo, que lo sepas.

Me sabe fatal, porque te veía aquí. Si te puedo echar una mano con otra cosa, ya sabes dónde estoy. El viernes te invito a una caña y me cuentas cómo va lo de Duisburgo.

Un abrazo,
Curro""",
    ),
    dict(
        kind="rejection", slug="onuba_teamtailor_after_visit", lang="es",
        company="Onuba Logística", key="onuba_rej",
        frm=("Onuba Logística", "no-reply@teamtailor-mail.com"),
        reply_to=("Alba Carrasco", "alba.carrasco@onubalogistica.example.es"),
        form="alt", shell="ats", footer="Enviado con Teamtailor",
        date="2026-07-06 11:02 +0200", subject="Tu proceso en Onuba Logística",
        text="""Hola Joaquín:

Muchas gracias por venir a conocernos a Palos de la Frontera y por la conversación con el equipo de flota.

Hemos tenido que elegir entre perfiles muy diferentes y, finalmente, nos hemos decantado por una candidatura con más recorrido en planificación de mantenimiento de cabezas tractoras y semirremolques frigoríficos. Por ello no vamos a avanzar contigo a la siguiente fase.

Si quieres un comentario más detallado sobre la entrevista, responde a este correo y te llamo.

Un saludo,
Alba Carrasco
Talent Partner · Onuba Logística""",
    ),
    dict(
        kind="rejection", slug="intermodal_coslada_outlook_chain", lang="es",
        company="Intermodal Coslada", key="cos_rej", parent="cos_update",
        frm=SERGIO, form="alt", shell="outlook", date="2026-04-24 14:31 +0200",
        headers={"Thread-Topic": "Entrevista panel – Planificador de mantenimiento de flota",
                 "X-MS-Has-Attach": "", "Content-Language": "es-ES"},
        subject="RE: Entrevista panel – Planificador de mantenimiento de flota",
        text="""Joaquín, buenas tardes:

Perdona la tardanza en responder. Tras las entrevistas de panel, el comité ha decidido continuar con otro candidato cuyo recorrido en mantenimiento de reach stackers y tractoras de terminal encaja mejor con lo que buscamos para este año.

Te agradezco la preparación que trajiste; el ejercicio del plan semanal de preventivos fue de los mejores que vimos.

Un saludo,

Sergio Llorente
Jefe de Mantenimiento de Equipos
Intermodal Coslada · Av. de la Fuente Nueva 14 · 28823 Coslada (Madrid)
T. +34 910 000 318 | M. +34 600 000 318

""" + outlook_block("es", SERGIO, "lunes, 6 de abril de 2026 9:12", CANDIDATE,
                    "RE: Entrevista panel – Planificador de mantenimiento de flota",
                    """Hola Joaquín:

Sin problema, movemos la entrevista de panel al jueves 9 de abril a las 12:00 en nuestras oficinas de Coslada. Te llegará la invitación actualizada del calendario.

Nos vemos el jueves.
Sergio"""),
    ),
    dict(
        kind="rejection", slug="minero_cartagines_base64_disclaimer", lang="es",
        company="Grupo Minero Cartaginés", key="gmc_rej", parent="gmc_missed",
        frm=("Pilar Navarro Ros", "pnavarro@gmcartagines.example.es"), cte="base64",
        date="2026-08-26 12:47 +0200",
        subject="Comunicación proceso de selección ref. GMC-PLM-07",
        text="""Estimado Joaquín:

En relación con el proceso de selección de referencia GMC-PLM-07 (Planificador de Mantenimiento de Maquinaria Móvil), le comunicamos que su candidatura no ha sido seleccionada para la fase final.

Tras la entrevista por Teams que finalmente realizamos el día 19, el comité técnico ha valorado especialmente la experiencia en gestión de contratos de mantenimiento con concesionarios, un aspecto en el que otras candidaturas presentaban mayor trayectoria.

Le deseamos mucho éxito en su búsqueda profesional.

Atentamente,

Pilar Navarro Ros
Técnica de Recursos Humanos
Grupo Minero Cartaginés S.A.
Paseo Alfonso XIII 53, 30203 Cartagena
Tel. 968 000 471

--
CONFIDENCIALIDAD: La información contenida en este correo electrónico y en sus anexos es confidencial y está dirigida exclusivamente a su destinatario. Queda prohibida su divulgación, copia o distribución sin autorización expresa. En cumplimiento del Reglamento (UE) 2016/679, le informamos de que sus datos personales serán tratados por Grupo Minero Cartaginés S.A. con la finalidad de gestionar los procesos de selección. Puede ejercer sus derechos en protecciondedatos@gmcartagines.example.es.""",
    ),
    dict(
        kind="rejection", slug="pesados_castellana_quotes_thanks", lang="es",
        company="Pesados Castellana", key="pes_rej", parent="<CAF3k2pQ9wZr0x1@mail.example.cl>",
        frm=ALVARO, name_cs="utf-8/B", form="alt", shell="outlook",
        date="2026-09-10 18:05 +0200",
        subject="RE: Agradecimiento entrevista 8 de septiembre",
        text="""Joaquín:

Gracias por tu mensaje; se nota que te tomaste en serio la visita a la campa de Getafe.

Te adelanto la decisión para no tenerte esperando: hemos ofrecido el puesto a otro candidato, que ya ha aceptado. Ha pesado mucho que conoce nuestro software de gestión de alquiler y la red de talleres de Castilla-La Mancha.

Me quedo con tu contacto. Si abrimos la segunda plaza de planificador en Zaragoza a final de año, serás de los primeros a los que llame.

Saludos,
Álvaro Centeno
Director de Servicio Técnico | Pesados Castellana
C/ Torneros 9 · 28906 Getafe (Madrid)
Tel. 91 000 44 80

""" + outlook_block("es", CANDIDATE, "martes, 8 de septiembre de 2026 20:41", ALVARO,
                    "Agradecimiento entrevista 8 de septiembre", """Buenas tardes, Álvaro:

Quería darte las gracias por la entrevista de esta mañana y por enseñarme el taller de grúas. Me quedé con ganas de seguir hablando del paso de preventivos por horas a mantenimiento por condición.

Quedo atento a los próximos pasos y a cualquier información adicional que necesites.

Un saludo,
Joaquín Lindström-Ayala
+34 600 000 951"""),
    ),
    dict(
        kind="rejection", slug="terminales_sur_successfactors_status", lang="es",
        company="Terminales Portuarios del Sur", key="tps_rej",
        frm=("Terminales Portuarios del Sur", "noreply@successfactors.eu"), cte="8bit",
        headers={"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"},
        date="2026-05-29 06:12 +0000",
        subject="Solicitud 8812 – Planificador/a Mantenimiento Grúas Móviles: estado",
        text="""Estimado/a Joaquín Lindström-Ayala,

Le informamos de que el estado de su solicitud 8812 para el puesto «Planificador/a Mantenimiento Grúas Móviles» (Sevilla) ha cambiado a: No seleccionado.

Hemos comparado con atención cada perfil con los requisitos de la posición, en particular la experiencia certificada en mantenimiento de grúas portuarias, y hemos priorizado candidaturas que la acreditan.

Su perfil permanecerá en nuestra base de talento. Puede actualizar sus datos en cualquier momento desde el portal del candidato.

Atentamente,
Dirección de Personas
Terminales Portuarios del Sur

Este es un mensaje automático. Por favor, no responda a esta dirección.""",
    ),
    dict(
        kind="rejection", slug="aljarafe_title_requirement", lang="es",
        company="Mantenimiento Industrial Aljarafe", key="mia_rej",
        frm=("Inmaculada Ruiz (MIA)", "iruiz@mialjarafe.example.es"), form="alt",
        date="2026-10-02 13:30 +0200",
        subject="Candidatura técnico planificador – requisitos",
        text="""Buenas tardes, Joaquín:

Hemos revisado tu CV con interés para la plaza de técnico planificador en Bormujos. El convenio con nuestro cliente principal exige que quien ocupe el puesto tenga el título de Técnico Superior en Mantenimiento Electromecánico o equivalente homologado, y según nos comentas la homologación de tu título chileno sigue en trámite.

Por ese motivo no podemos incluirte ahora en la terna final. Si la resolución del Ministerio llega antes de fin de año, escríbenos y reabrimos tu expediente encantados.

Saludos,
Inmaculada Ruiz
Administración y RR. HH.
Mantenimiento Industrial Aljarafe
C/ Artesanía 4, 41930 Bormujos (Sevilla) · 955 000 322""",
    ),
    # ---- English -------------------------------------------------------------------------
    dict(
        kind="rejection", slug="kestrel_lever_closer_match", lang="en",
        company="Kestrel Mining Services", key="kes_rej",
        frm=("Kestrel Mining Services", "no-reply@hire.lever.co"), form="alt", shell="ats",
        footer="Sent via Lever", date="2026-04-14 23:05 +0000",
        subject="Your application to Kestrel Mining Services",
        text="""Hi Joaquín,

Thank you for taking the time to apply for the Maintenance Planner – Mobile Fleet position on our Huelva copper project, and for speaking with Grace earlier in the process.

We have now reviewed all applications and decided to move forward with candidates whose experience more closely matches the requirements of this role, in particular hands-on planning in Pronto Xi or SAP PM.

We appreciate your interest in Kestrel and wish you every success.

Kind regards,
The Kestrel Talent Team""",
    ),
    dict(
        kind="rejection", slug="douro_role_on_hold", lang="en",
        company="Douro Bulk Logistics", key="douro_rej", parent="douro_update",
        frm=("Rita Sousa via Greenhouse", "no-reply@us.greenhouse-mail.io"),
        reply_to=("Rita Sousa", "rita.sousa@dourobulk.example.pt"),
        date="2026-03-27 17:20 +0000",
        subject="Fleet Maintenance Planner – an update from Douro Bulk Logistics",
        text="""Hello Joaquín,

I'm sorry to be writing with this news after our conversation on 12 March. Our leadership team reviewed the 2026 budget this week and the Fleet Maintenance Planner role has been put on hold, so we will not proceed with any candidates for now, you included.

Please don't read this as a verdict on your interview — the team enjoyed hearing about the haul-road maintenance work in Antofagasta. If the role is reopened later in the year I'll get in touch before we advertise.

Best,
Rita Sousa
Talent Acquisition Lead | Douro Bulk Logistics
Rua do Godinho 210, 4450-149 Matosinhos, Portugal""",
    ),
    dict(
        kind="rejection", slug="leixoes_quotes_thank_you", lang="en",
        company="Leixões Quay Services", key="leix_rej", parent="leix_thanks",
        frm=("Tomás Pinheiro", "tomas.pinheiro@leixoesquay.example.pt"), form="alt",
        date="2026-05-19 10:44 +0100",
        subject="Re: Thank you – Maintenance Planner interview",
        text="""Dear Joaquín,

Thank you for your kind note, and apologies that it has taken me almost two weeks to reply.

We have now completed the second round, and I'm afraid we will be offering the position to another candidate who has run planning for a container terminal fleet before. It was a close decision, and your answers on spare-parts criticality stood out to the panel.

Please keep an eye on our careers page; we expect to recruit a reliability technician in the autumn.

Kind regards,
Tomás Pinheiro
Engineering Manager
Leixões Quay Services, Lda.
Terminal de Contentores Sul, 4450-208 Leça da Palmeira
+351 220 000 615

""" + gmail_en("Wed, 6 May 2026 at 19:12", CANDIDATE, LEIXOES_THANKS),
    ),
    dict(
        kind="rejection", slug="atlas_icims_not_progressing", lang="en",
        company="Atlas Haul Equipment", key="atlas_rej",
        frm=("Atlas Haul Equipment Careers", "careers-noreply@icims.com"), form="html",
        shell="ats", brand="Atlas Haul Equipment",
        footer="This email was sent from an unmonitored mailbox. Powered by iCIMS.",
        date="2026-08-04 14:00 +0000",
        subject="Regarding your application for Service Planner – Haul Trucks (Req 2026-3318)",
        text="""Dear Joaquín,

Thank you for your recent application and for your interest in a career with Atlas Haul Equipment.

After careful consideration, we regret to inform you that we will not be progressing your application for the Service Planner – Haul Trucks (Madrid) requisition. Many strong candidates applied and the decision was a difficult one.

We will keep your details on file for twelve months and encourage you to apply for other roles that match your skills.

Sincerely,
Atlas Haul Equipment Talent Acquisition""",
    ),
    dict(
        kind="rejection", slug="pitwell_relays_maia_no", lang="en",
        company="Maia Heavy Parts", key="pit_rej",
        frm=("Oliver Grant", "oliver.grant@pitwellsearch.example.co.uk"),
        date="2026-05-08 16:15 +0100", subject="Maia Heavy Parts – client feedback",
        text="""Hi Joaquín,

Quick update from Maia Heavy Parts. I spoke with their aftersales director this afternoon and, unfortunately, they won't be taking your application further. Their view is that the role leans more towards warehouse and parts logistics than fleet planning, and they'd prefer someone from a dealer parts background.

For what it's worth, I pushed back a little — I think they undervalue how much parts forecasting you did in Chile. But it's their call.

The Lusomine process is still very much alive, so let's keep focused on that one. Speak Monday.

Oliver

Oliver Grant | Principal Consultant, Mining & Heavy Equipment
Pitwell Search Ltd | 40 Bank Street, Sheffield S1 2DS | +44 114 000 0652""",
    ),
    dict(
        kind="rejection", slug="mondego_casual_bad_news", lang="en",
        company="Mondego Fleet Rental", key="mond_rej", parent="mond_missed",
        frm=("Nuno Ferreira", "nuno@mondegofleet.example.pt"),
        date="2026-06-12 19:30 +0100", subject="Re: catching up on the planner role",
        text="""Hey Joaquín,

Bad news I'm afraid — we've given the planner job to someone already in Porto who can start on the 1st. After the mix-up with the Zoom call we did get a proper chat in, and honestly it was close, but local availability won it.

No hard feelings I hope. If you're ever up this way, the coffee's on me.

Cheers,
Nuno

Nuno Ferreira · Operations Manager · Mondego Fleet Rental
+351 910 000 227""",
    ),
    dict(
        kind="rejection", slug="brightline_workable_cpc_required", lang="en",
        company="Brightline Haulage", key="bl_rej",
        frm=("Brightline Haulage", "noreply@workablemail.com"),
        reply_to=("Hannah Cole", "hannah.cole@brightlinehaulage.example.com"),
        form="alt", shell="ats", footer="Powered by Workable",
        date="2026-09-03 09:12 +0200",
        subject="Brightline Haulage: Fleet Maintenance Coordinator (Madrid)",
        text="""Dear Joaquín,

Thank you for your interest in the Fleet Maintenance Coordinator role at Brightline Haulage and for completing our online questionnaire.

Having looked closely at the skills and availability you shared, we are sorry to say that your application has not been successful on this occasion. We were looking for someone with an EU CPC transport manager certificate, which was a firm requirement from our insurers.

We hope you'll consider us again in the future.

Best wishes,
Hannah Cole
People Team, Brightline Haulage""",
    ),
    dict(
        kind="rejection", slug="portline_internal_appointment", lang="en",
        company="Portline Terminals", key="port_rej", parent="port_missed",
        frm=("Sofia Almeida", "s.almeida@portline.example.pt"),
        charset="windows-1252", cte="qp", date="2026-09-24 12:05 +0100",
        subject="Fleet Planner vacancy – outcome",
        text="""Dear Joaquín,

Following our call last week, I wanted to let you know where we’ve landed. We’ve appointed an internal candidate – one of our senior reach-stacker technicians – to the Fleet Planner vacancy, as part of a development programme that was confirmed by the board on Monday.

I realise this isn’t the outcome you hoped for, particularly after the rescheduled call. Thank you for your patience with us throughout.

With best regards,
Sofia Almeida
HR Business Partner
Portline Terminals, S.A. – Avenida da Liberdade 1000, 4450-718 Leça da Palmeira
Tel. +351 229 000 733""",
    ),
    # ---- French --------------------------------------------------------------------------
    dict(
        kind="rejection", slug="saone_logistique_ne_donnons_pas_suite", lang="fr",
        company="Transports Saône-Logistique", key="saone_rej", parent="saone_moved",
        frm=("Aurélie Fontaine", "a.fontaine@saonelog.example.fr"), name_cs="iso-8859-1/Q",
        charset="iso-8859-1", cte="qp", subj_cs="iso-8859-1/Q",
        date="2026-06-26 11:18 +0200",
        subject="Votre candidature - Planificateur maintenance flotte poids lourds à Vénissieux",
        text="""Bonjour Monsieur Lindström-Ayala,

Je vous remercie pour l'entretien téléphonique du 10 juin et pour l'intérêt que vous portez aux Transports Saône-Logistique.

Après réflexion, nous ne donnerons pas suite à votre candidature pour le poste de planificateur maintenance flotte poids lourds. Nous avons retenu un profil ayant déjà piloté un atelier de véhicules industriels en France, ce qui nous semblait indispensable au vu des contrôles techniques et des réglementations locales.

Nous vous souhaitons une belle réussite dans la suite de vos démarches.

Cordialement,

Aurélie Fontaine
Chargée de recrutement
Transports Saône-Logistique SAS
12 rue de l'Industrie, 69200 Vénissieux
04 78 00 00 45""",
    ),
    dict(
        kind="rejection", slug="interim_confluence_client_declines", lang="fr",
        company="Rhodanienne de Levage", key="int_rej", parent="int_missed",
        frm=("Karim Benali", "karim.benali@interimconfluence.example.fr"), form="alt",
        date="2026-07-20 15:02 +0200", subject="Retour de la Rhodanienne de Levage",
        text="""Bonjour Joaquín,

J'ai enfin eu le retour de la Rhodanienne de Levage. Malgré le second rendez-vous que j'avais pu obtenir après le contretemps du 9 juillet, le client a choisi de poursuivre avec un autre intérimaire pour la mission de planificateur maintenance grues mobiles.

Ils ont été francs avec moi : l'absence au premier rendez-vous a pesé dans la balance, même si l'échange technique s'est bien passé ensuite.

Je garde votre dossier actif chez nous. J'ai une mission de coordinateur d'atelier chez un loueur à Saint-Priest qui pourrait démarrer en septembre, je vous en parle dès que j'ai les détails.

Bien à vous,
Karim Benali
Chargé d'affaires BTP & Industrie
Intérim Confluence – Agence Lyon Gerland
37 avenue Jean Jaurès, 69007 Lyon · 04 72 00 00 19""",
    ),
    dict(
        kind="rejection", slug="carrieres_beaujolais_quotes_thanks", lang="fr",
        company="Carrières du Beaujolais", key="cb_rej",
        parent="<CAF3k2pQ7yTm4r2@mail.example.cl>",
        frm=("Gérard Monnier", "g.monnier@carrieresbeaujolais.example.fr"),
        name_cs="windows-1252/B", charset="windows-1252", cte="8bit",
        date="2026-09-29 17:44 +0200",
        subject="Re: Remerciements – entretien du 22 septembre",
        text="""Bonjour Joaquín,

Merci pour votre message, très apprécié par toute l’équipe.

Je vais être direct, comme vous l’avez été avec nous : nous avons décidé de confier le poste de planificateur à un candidat qui connaît déjà nos tombereaux articulés et nos chargeuses, et qui habite à dix minutes de la carrière. Votre parcours au Chili est impressionnant, mais pour ce poste nous avions besoin de quelqu’un d’opérationnel dès le premier jour.

Je vous souhaite bon courage, et surtout bonne installation dans la région.

Gérard Monnier
Responsable maintenance – Carrières du Beaujolais
Lieu-dit Les Grandes Terres, 69620 Le Bois-d’Oingt
06 00 00 00 41

""" + gmail_fr("mar. 22 sept. 2026 à 20:03", CANDIDATE, CARRIERES_THANKS),
    ),
    # ---- German --------------------------------------------------------------------------
    dict(
        kind="rejection", slug="ruhrhafen_personio_absage", lang="de",
        company="Ruhrhafen Umschlag", key="ruhr_rej",
        frm=("Sabine Krämer (Ruhrhafen Umschlag)", "ruhrhafen-umschlag@jobs.personio.de"),
        reply_to=("Sabine Krämer", "s.kraemer@ruhrumschlag.example.de"),
        subj_cs="utf-8/B", form="alt", shell="ats", brand="Ruhrhafen Umschlag",
        footer="Versendet über Personio", date="2026-05-05 09:40 +0200",
        subject="Ihre Bewerbung als Instandhaltungsplaner (m/w/d) – Rückmeldung",
        text="""Sehr geehrter Herr Lindström-Ayala,

vielen Dank für Ihr Interesse an der Position Instandhaltungsplaner (m/w/d) Fuhrpark & Umschlaggeräte und für das nachgeholte Gespräch am 28. April.

Nach sorgfältiger Abwägung haben wir uns für eine Bewerberin entschieden, die bereits Erfahrung mit unseren Containerbrücken und dem SAP-Modul PM mitbringt. Wir müssen Ihnen daher leider mitteilen, dass wir Ihre Bewerbung nicht weiter berücksichtigen können.

Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute.

Mit freundlichen Grüßen
Sabine Krämer
Personalreferentin
Ruhrhafen Umschlag GmbH · Hafenstraße 23 · 47119 Duisburg
Tel. +49 203 000 4417

Ruhrhafen Umschlag GmbH, Sitz Duisburg, Amtsgericht Duisburg HRB 00000, Geschäftsführer: Dr. Henning Vogt""",
    ),
    dict(
        kind="rejection", slug="montan_relays_walsum_no", lang="de",
        company="Schüttgutlogistik Walsum", key="mon_rej",
        frm=("Jörg Hartmann", "hartmann@montanpb.example.de"), name_cs="iso-8859-1/Q",
        charset="iso-8859-1", cte="8bit", date="2026-06-30 16:25 +0200",
        subject="Rückmeldung Schüttgutlogistik Walsum", subj_cs="iso-8859-1/B",
        text="""Hallo Herr Lindström-Ayala,

wie versprochen melde ich mich nach dem Gespräch mit unserem Mandanten, der Schüttgutlogistik Walsum. Leider hat sich der Kunde gegen eine Fortsetzung mit Ihnen entschieden. Ausschlaggebend waren am Ende die Deutschkenntnisse: Die Stelle erfordert täglich Abstimmungen mit Werkstätten und Behörden auf Deutsch, und man traut sich den Einstieg auf B1-Niveau noch nicht zu.

Fachlich hat man Ihnen ausdrücklich ein gutes Zeugnis ausgestellt. Ich würde Sie gern für Positionen mit englischer Arbeitssprache im Blick behalten, etwa bei den niederländischen Terminalbetreibern am Niederrhein.

Beste Grüße
Jörg Hartmann
Montan Personalberatung
Königstraße 50, 47051 Duisburg
Tel. 0203 000 8830""",
    ),
    dict(
        kind="rejection", slug="rheinkies_softgarden_absage", lang="de",
        company="Rheinkies Baustoffe", key="rk_rej",
        frm=("Rheinkies Baustoffe", "noreply@softgarden.io"), form="html", shell="ats",
        footer="Diese E-Mail wurde automatisch über softgarden versendet.",
        date="2026-08-03 08:15 +0200",
        subject="Absage: Disponent Instandhaltung Fahrzeugflotte",
        text="""Sehr geehrter Herr Lindström-Ayala,

wir bedanken uns für Ihre Bewerbung als Disponent Instandhaltung Fahrzeugflotte bei der Rheinkies Baustoffe.

Leider müssen wir Ihnen heute eine Absage erteilen. Nach eingehender Prüfung haben wir Bewerbungen mit mehr Erfahrung in der Disposition von Baustellenfahrzeugen den Vorzug gegeben.

Ihre Unterlagen werden gemäß den Datenschutzbestimmungen nach sechs Monaten gelöscht.

Freundliche Grüße
Ihr Recruiting-Team der Rheinkies Baustoffe GmbH & Co. KG""",
    ),
]
