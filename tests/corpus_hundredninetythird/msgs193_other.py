"""Corpus 193, kind `other`: 52 hand-written messages (es 29, en 13, fr 5, de 5).

The candidate's own mail, newsletters and job alerts, a press and a podcast request, user-research
interviews, parcels and trains, friends, bank, landlord, school, doctors, out-of-office replies,
network notifications and refused course places.
"""

from __future__ import annotations

from msgs193_common import CANDIDATE, M, digest_html, digest_text

# ---------------------------------------------------------------------- digests (words written here)

_EMPLEO_ITEMS = [
    ("Coordinador/a de operaciones turísticas - Granada",
     "https://empleoturismo.example.es/ofertas/48812?utm_source=alerta",
     "Receptivo con 20 años en Andalucía oriental. Incorporación inmediata; entrevistas la "
     "semana del 16 de marzo."),
    ("Jefe/a de grupos - hotel 4* en Málaga",
     "https://empleoturismo.example.es/ofertas/48790?utm_source=alerta",
     "Gestión de bloqueos, rooming lists y proveedores. Se valora inglés C1."),
    ("Guía-coordinador/a de circuitos (temporada)",
     "https://empleoturismo.example.es/ofertas/48755?utm_source=alerta",
     "Circuitos de 8 días por Andalucía y Portugal con grupos latinoamericanos."),
    ("Técnico/a de operaciones aéreas - Madrid",
     "https://empleoturismo.example.es/ofertas/48731?utm_source=alerta",
     "Aerolínea regional. Proceso con prueba técnica y entrevista por competencias."),
]
_EMPLEO_INTRO = ("Hola Leocadia, estas son las nuevas ofertas que coinciden con tu alerta "
                 "«coordinación operaciones turismo». ¿Te han rechazado en algún proceso "
                 "reciente? Recuerda que puedes inscribirte en varias a la vez.")
_EMPLEO_FOOTER = ("Recibes este correo porque creaste una alerta en Empleo Turismo Andalucía. "
                  "Gestionar alertas: https://empleoturismo.example.es/alertas · Darse de baja: "
                  "https://empleoturismo.example.es/baja?u=7731")

_TRAVELJOBS_ITEMS = [
    ("Operations Coordinator - boutique tour operator, Lisbon",
     "https://traveljobsweekly.example.com/j/20931",
     "Portuguese not required. Interviews start next week."),
    ("Guest Experience Coordinator - river cruises, Porto",
     "https://traveljobsweekly.example.com/j/20918",
     "Seasonal contract April to November, accommodation provided."),
    ("Ground Handling Coordinator - Edinburgh Airport",
     "https://traveljobsweekly.example.com/j/20902", "Shift pattern 4 on / 4 off."),
    ("Read: the five questions every ops interview asks",
     "https://traveljobsweekly.example.com/blog/five-questions",
     "From 'tell me about a time a tour went wrong' to salary expectations."),
    ("Read: 'Unfortunately, we have decided...' - how to ask for feedback after a rejection",
     "https://traveljobsweekly.example.com/blog/asking-for-feedback",
     "A short template you can adapt."),
]

_AZUR_ITEMS = [
    ("Coordinateur·rice d'excursions - croisières - Villefranche-sur-Mer",
     "https://emploi-tourisme-azur.example.fr/offre/5521", "CDD saisonnier, anglais exigé."),
    ("Assistant·e opérations DMC - Nice",
     "https://emploi-tourisme-azur.example.fr/offre/5517",
     "Entretiens prévus fin septembre. Espagnol apprécié."),
    ("Responsable accueil groupes - hôtel 5* Cannes",
     "https://emploi-tourisme-azur.example.fr/offre/5509", "CDI, logement possible."),
]

_TIROL_ITEMS = [
    ("Reiseleitung / Operations (m/w/d) - Innsbruck",
     "https://tourismusjobs-tirol.example.at/job/33104", "Vollzeit, Englisch und Spanisch."),
    ("Gruppenkoordination Hotel (m/w/d) - Seefeld",
     "https://tourismusjobs-tirol.example.at/job/33088", "Wintersaison, Unterkunft möglich."),
    ("Disposition Busreisen (m/w/d) - Hall in Tirol",
     "https://tourismusjobs-tirol.example.at/job/33071",
     "Vorstellungsgespräche laufend, Start ab Oktober."),
]


MESSAGES = [
    # ================================================================== Spanish (29)
    # -- the candidate's own mail
    M(id="own_app_granadaapie", kind="other", slug="propia_solicitud_granada_a_pie", lang="es",
      company="", contact="",
      date="2026-01-12 20:14", tz="ES",
      frm=CANDIDATE, to=[("Granada a Pie", "paco@granadaapie.example.es")],
      subject="Solicitud: coordinadora de operaciones (Leocadia Fenwick-Obuya)",
      pdf=[("CV_Leocadia_Fenwick-Obuya.pdf", "Leocadia Fenwick-Obuya - CV",
            ["Guía oficial de turismo de Andalucía (2017-2026)",
             "Circuitos de varios días y grupos de hasta 50 personas",
             "Idiomas: español, inglés (bilingüe), francés C1, alemán B2",
             "leocadia.fo@example.es · Granada"])],
      text="""Hola, Paco:

Te escribo por la oferta de coordinadora de operaciones que publicasteis en la asociación de guías. Llevo nueve años como guía oficial en Granada, con grupos en español, inglés y francés, y desde hace dos organizo yo misma la logística de los circuitos de varios días (autocares, hoteles, entradas a la Alhambra).

Me encantaría dar el paso a la coordinación en una empresa como la vuestra. Te adjunto mi CV y quedo a tu disposición para una entrevista cuando os venga bien.

Un saludo,
Leocadia Fenwick-Obuya
Tel. 644 21 87 09"""),

    M(id="own_thanks_andarax", kind="other", slug="propia_gracias_andarax", lang="es",
      company="", contact="",
      date="2026-06-02 18:40", tz="ES",
      frm=CANDIDATE, to=[("Elena Cortés", "elena.cortes@andarax.example.es")],
      subject="Gracias por la entrevista de ayer",
      text="""Hola Elena:

Quería darte las gracias a ti y a Jorge por la entrevista de ayer. Me quedé pensando en lo que comentabais de los traslados de grupos desde el aeropuerto en temporada alta: en mis circuitos lo resolvíamos con un coordinador fijo en llegadas y un grupo de WhatsApp por autocar, y creo que podría funcionar también en Andarax.

Quedo a la espera de vuestras noticias.

Un saludo,
Leocadia"""),

    M(id="own_thanks_alh", kind="other", slug="propia_gracias_alhambra_rutas", lang="es",
      company="", contact="",
      date="2026-08-21 19:02", tz="ES",
      frm=CANDIDATE, to=[("Rocío Maldonado", "rocio.maldonado@alhambrarutas.example.es")],
      cc=[("Diego Sola", "diego.sola@alhambrarutas.example.es")],
      subject="Gracias por la entrevista de hoy",
      reply="alh_move",
      layout="plain",
      text="""Hola Rocío, hola Diego:

Muchas gracias por el tiempo de esta mañana y por enseñarme la oficina. Salí con muchas ganas de formar parte del equipo, sobre todo después de hablar de cómo queréis organizar las visitas nocturnas en otoño.

Os dejo por aquí la plantilla de hoja de ruta diaria que os mencioné, por si os sirve aunque no sea yo quien acabe en el puesto: https://docs.example.es/leocadia/hoja-de-ruta

Un abrazo,
Leocadia Fenwick-Obuya"""),

    M(id="own_reply_faro", kind="other", slug="propia_respuesta_headhunter", lang="es",
      company="", contact="",
      date="2026-02-03 08:55", tz="ES",
      frm=CANDIDATE, to=[("Álvaro Quintana", "alvaro.quintana@farotalent.example.es")],
      subject="RE: Coordinación de operaciones en Palma - confidencial",
      quote={"of": "faro_cold", "style": "outlook"},
      text="""Hola Álvaro:

Gracias por acordarte de mí. Sí, me interesa mucho: llevo tiempo queriendo pasar de guía a coordinación y Palma me parece un buen destino.

Puedo hablar cualquier tarde de esta semana a partir de las 16:00. Te adjunto mi CV actualizado en el próximo correo.

Un saludo,
Leocadia"""),

    M(id="own_resched_bru", kind="other", slug="propia_pide_cambiar_llamada", lang="es",
      company="", contact="",
      date="2026-01-21 07:48", tz="ES",
      frm=CANDIDATE, to=[("Sara Lozano", "sara.lozano@viajesbrujula.example.es")],
      subject="Re: Llamada breve - candidatura Coordinadora de Operaciones",
      quote={"of": "bru_inv"},
      text="""Hola Sara:

Muchas gracias por escribirme. El jueves por la mañana estoy con un grupo en el Generalife y no podré atender el teléfono. ¿Sería posible cambiar la llamada al viernes 23 por la tarde, a partir de las 17:00?

Un saludo,
Leocadia"""),

    M(kind="other", slug="propia_reenvia_rechazo_a_mentora", lang="es",
      company="", contact="",
      date="2026-09-23 22:10", tz="ES",
      frm=CANDIDATE, to=[("Lola Sánchez", "lola.sanchez@correo.example.es")],
      subject="Fwd: Vacante de coordinación de operaciones - cancelación",
      rfc822="hosp_rej",
      text="""Lola, te reenvío el correo de Hospederías del Sur. Al final han cancelado la vacante, así que ni siquiera llegaron a decidir entre candidatas. Lo de la entrevista telefónica que se me pasó ya da igual.

¿Tienes un rato el sábado para revisar juntas mi carta de presentación? Creo que tengo que enfocarla más hacia operaciones y menos hacia guía.

Besos,
Leo"""),

    M(kind="other", slug="propia_explica_conexion_sol_y_nieve", lang="es",
      company="", contact="",
      date="2026-02-02 21:15", tz="ES",
      frm=CANDIDATE, to=[("Tomás Rubio", "tomas.rubio@solynieve.example.es")],
      subject="RE: Entrevista por Teams - Coordinación de operaciones (temporada de nieve)",
      quote={"of": "sol_missed", "style": "outlook"},
      text="""Hola Tomás:

Te pido mil disculpas. Estaba conectada desde las 16:55 pero Teams me dejaba en la sala de espera con un error de la organización y el móvil lo tenía sin cobertura en el bus de vuelta de Guadix.

Si todavía es posible, estaría encantada de hacer la entrevista cuando mejor te venga esta semana.

Un saludo,
Leocadia"""),

    # -- recruiters' cold approaches, no event
    M(id="faro_cold", kind="other", slug="headhunter_contacto_en_frio", lang="es",
      company="", contact="alvaro.quintana@farotalent.example.es",
      date="2026-02-02 11:20", tz="ES",
      frm=("Álvaro Quintana", "alvaro.quintana@farotalent.example.es", ("iso-8859-1", "Q")),
      subject="Coordinación de operaciones en Palma - confidencial",
      layout="outlook",
      text="""Hola Leocadia,

Soy Álvaro Quintana, consultor de Faro Talent Partners especializado en turismo y hostelería. Me han hablado muy bien de ti en la Asociación de Guías de Granada.

Estoy trabajando de forma confidencial con una naviera de Palma que busca una persona para coordinar las operaciones en puerto y las excursiones de sus escalas. No sé si estás pensando en un cambio, pero tu perfil (idiomas, grupos grandes, logística de circuitos) me parece muy interesante.

Si te apetece, lo hablamos por teléfono sin compromiso.

Un saludo,

Álvaro Quintana
Senior Consultant · Travel & Hospitality
Faro Talent Partners
Paseo de la Castellana 93, 28046 Madrid
M. +34 655 301 882"""),

    M(kind="other", slug="hoteles_nazari_contacto_talento", lang="es",
      company="", contact="maribel.serrano@hotelesnazari.example.es",
      date="2026-08-18 12:12", tz="ES",
      frm=("Maribel Serrano", "maribel.serrano@hotelesnazari.example.es"),
      subject="Conversación sobre el equipo de grupos de Hoteles Nazarí",
      cte="quoted-printable",
      text="""Hola Leocadia:

Soy Maribel, responsable de talento de Hoteles Nazarí. Lucía, de Tempora, nos habló de ti en primavera y me he quedado con tu nombre.

Ahora mismo no tenemos ninguna posición abierta en el equipo de grupos, pero estamos preparando la temporada 2027 y me gustaría conocerte con un café, sin ningún proceso de por medio, para saber qué te interesa y mantenerte en el radar.

Si te apetece, dime qué semana de septiembre te va mejor.

Maribel Serrano
Talento y Cultura · Hoteles Nazarí
C/ Santiago 9, 18009 Granada"""),

    # -- newsletters, alerts, notifications
    M(kind="other", slug="alerta_empleo_turismo_andalucia", lang="es",
      company="", contact="",
      date="2026-03-11 07:00", tz="ES",
      frm=("Empleo Turismo Andalucía", "alertas@empleoturismo.example.es"),
      subject="4 nuevas ofertas: coordinación operaciones turismo",
      listhdr=("Alertas de empleo <alertas.empleoturismo.example.es>",
               "<https://empleoturismo.example.es/baja?u=7731>, <mailto:baja@empleoturismo.example.es>"),
      text=digest_text("Tu alerta de empleo", _EMPLEO_INTRO, _EMPLEO_ITEMS, _EMPLEO_FOOTER),
      html=digest_html("Tu alerta de empleo", _EMPLEO_INTRO, _EMPLEO_ITEMS, _EMPLEO_FOOTER,
                       color="#b91c1c", lang="es"),
      cte="quoted-printable"),

    M(kind="other", slug="boletin_turisempleo_rechazo_y_entrevista", lang="es",
      company="", contact="",
      date="2026-05-07 08:30", tz="ES",
      frm=("TurisEmpleo", "boletin@turisempleo.example.es"),
      subject="Boletín TurisEmpleo: qué hacer después de un «no» y 5 preguntas de entrevista",
      listhdr=("Boletín TurisEmpleo <boletin.turisempleo.example.es>",
               "<https://turisempleo.example.es/newsletter/baja?id=lfo-2231>"),
      html_only=True, html_cte="base64",
      html=digest_html(
          "Boletín TurisEmpleo · mayo 2026",
          "Este mes hablamos de algo que nos pasa a todos: recibir un rechazo después de una "
          "entrevista que creías ganada. Y te dejamos las preguntas que más se repiten en los "
          "procesos de coordinación de operaciones.",
          [("Nos han dicho que no: cómo pedir feedback sin quemar puentes",
            "https://turisempleo.example.es/blog/pedir-feedback",
            "Una plantilla breve y tres errores que conviene evitar."),
           ("5 preguntas de entrevista para coordinadores de operaciones",
            "https://turisempleo.example.es/blog/preguntas-entrevista-operaciones",
            "«Cuéntame una vez que falló un proveedor» y otras clásicas."),
           ("Ofertas de la semana: 38 puestos en receptivos y hoteles",
            "https://turisempleo.example.es/ofertas?semana=19", "Andalucía, Baleares y Canarias."),
           ("Webinar: negociar tu salario en turismo",
            "https://turisempleo.example.es/webinars/salario", "Jueves 21 de mayo, 18:00.")],
          "Has recibido este boletín porque estás suscrita a TurisEmpleo. "
          "Darte de baja: https://turisempleo.example.es/newsletter/baja?id=lfo-2231",
          color="#7c2d12", lang="es")),

    M(kind="other", slug="redpro_notificacion_perfil_visto", lang="es",
      company="", contact="",
      date="2026-04-09 19:03", tz="ES",
      frm=("RedPro", "notificaciones@redpro.example.com"),
      subject="Leocadia, has aparecido en 14 búsquedas esta semana",
      listhdr=("RedPro notificaciones <notificaciones.redpro.example.com>",
               "<https://www.redpro.example.com/ajustes/notificaciones/baja?t=a81c>"),
      layout={"kind": "card", "brand": "RedPro", "color": "#0a66c2",
             "button": ("Ver quién ha visto tu perfil", "https://www.redpro.example.com/me/visitas"),
             "footer": "Has recibido este correo porque tienes activadas las notificaciones "
                       "semanales. Darse de baja: "
                       "https://www.redpro.example.com/ajustes/notificaciones/baja?t=a81c"},
      text="""Hola Leocadia,

Tu perfil ha aparecido en 14 búsquedas esta semana.

Personas de estas empresas te han encontrado: Viajes Olivo, Tempora ETT y Meliana Resorts.

Consejo: los perfiles con el titular «Coordinadora de operaciones turísticas» reciben más mensajes de seleccionadores que los que solo indican «Guía»."""),

    M(kind="other", slug="camara_taller_entrevista_ingles", lang="es",
      company="", contact="",
      date="2026-02-24 10:00", tz="ES",
      frm=("Cámara Granada Formación", "formacion@camaragranada.example.es"),
      subject="Taller gratuito: prepara tu entrevista de trabajo en inglés",
      listhdr=("Formación Cámara Granada <formacion.camaragranada.example.es>",
               "<mailto:baja-formacion@camaragranada.example.es?subject=baja>"),
      layout="plain", charset="iso-8859-1", cte="quoted-printable",
      text="""Taller gratuito para personas desempleadas y en mejora de empleo

«Job interview in English: turismo y hostelería»
Martes 10 y jueves 12 de marzo, de 17:00 a 20:00
Sede de la Cámara, C/ Luis Amador 26, Granada

Practicaremos las preguntas más habituales en una entrevista para puestos de atención al cliente, recepción y coordinación de grupos, con simulaciones grabadas y corrección individual.

Plazas limitadas: inscripción en https://camaragranada.example.es/formacion/taller-entrevista-ingles

Si no desea recibir más comunicaciones de formación, responda con el asunto BAJA."""),

    M(kind="other", slug="asociacion_guias_boletin", lang="es",
      company="", contact="",
      date="2026-06-30 09:15", tz="ES",
      frm=("Asociación Profesional de Guías de Granada", "boletin@guiasgranada.example.es"),
      subject="Boletín de julio: puestos de coordinación, cupos de la Alhambra y asamblea",
      listhdr=("Boletín APGG <boletin.guiasgranada.example.es>",
               "<https://guiasgranada.example.es/boletin/baja>"),
      text="""BOLETÍN DE LA ASOCIACIÓN · JULIO 2026

1. Bolsa de empleo
Nos llegan más ofertas de coordinación que nunca: esta semana, dos receptivos de Granada buscan coordinadores de operaciones y una cadena hotelera busca jefe/a de grupos. Recordad que algunas empresas hacen la primera entrevista directamente en la sede.
Ofertas: https://guiasgranada.example.es/empleo

2. Cupos de la Alhambra
El Patronato ha rechazado nuestra propuesta de ampliar los cupos de grupo en agosto. Seguiremos insistiendo.
Comunicado: https://guiasgranada.example.es/noticias/cupos-agosto

3. Asamblea general
Jueves 16 de julio a las 19:00 en el Centro Cívico del Zaidín.

4. Formación
Curso de primeros auxilios para guías de montaña: https://guiasgranada.example.es/formacion

Para daros de baja del boletín: https://guiasgranada.example.es/boletin/baja"""),

    # -- press, user research, coaching
    M(kind="other", slug="radio_albaicin_entrevista_prensa", lang="es",
      company="", contact="jesus.marin@radioalbaicin.example.es",
      date="2026-05-26 13:44", tz="ES",
      frm=("Jesús Marín", "jesus.marin@radioalbaicin.example.es"),
      subject="¿Una entrevista en Radio Albaicín sobre el turismo en Granada?",
      text="""Hola Leocadia:

Soy Jesús Marín, presento «La Tarde del Albaicín» en Radio Albaicín. Estamos preparando un programa sobre la saturación turística en el barrio y varios vecinos me han recomendado hablar contigo como guía con muchos años de experiencia.

¿Te animarías a una entrevista de unos 15 minutos en directo el miércoles 3 de junio a las 18:30? Puede ser en el estudio (Placeta de San Miguel Bajo) o por teléfono.

Gracias y un saludo,
Jesús Marín
Radio Albaicín 97.3 FM"""),

    M(kind="other", slug="billetea_entrevista_usuarios", lang="es",
      company="", contact="irene.soto@billetea.example.es",
      date="2026-03-30 11:30", tz="ES",
      frm=("Irene Soto (Billetea)", "irene.soto@billetea.example.es"),
      subject="¿Nos ayudas a mejorar Billetea? Entrevista de 30 minutos (tarjeta regalo de 25 €)",
      subj_enc=("utf-8", "B"),
      layout="plain",
      text="""Hola Leocadia:

Soy Irene, investigadora de experiencia de usuario en Billetea. Hemos visto que usas nuestra app para comprar billetes de autobús para grupos y nos encantaría entrevistarte durante 30 minutos sobre cómo planificas esos viajes.

No es una entrevista de trabajo ni de venta: solo queremos escuchar cómo lo haces y qué te resulta difícil. Como agradecimiento, te enviaremos una tarjeta regalo de 25 €.

Si te apetece, elige un hueco aquí: https://calendario.example.es/billetea-research/30min

Gracias,
Irene Soto
UX Research · Billetea"""),

    M(kind="other", slug="orienta_granada_simulacro", lang="es",
      company="", contact="pilar.navas@orientagranada.example.es",
      date="2026-04-22 09:05", tz="ES",
      frm=("Pilar Navas", "pilar.navas@orientagranada.example.es"),
      subject="Tu sesión de orientación: simulacro de entrevista",
      text="""Hola Leocadia:

Te confirmo la próxima sesión del itinerario de orientación laboral: el miércoles 29 de abril a las 10:30 en nuestra sede (C/ Ángel Ganivet 5, 2º).

Haremos un simulacro de entrevista para puestos de coordinación de operaciones: yo haré de entrevistadora y lo grabaremos para revisarlo juntas. Trae la descripción de alguna oferta real a la que te hayas presentado; si te han rechazado en alguna, mejor aún, así trabajamos el feedback.

Un saludo,
Pilar Navas
Orientadora laboral · Orienta Granada"""),

    # -- parcels, travel, everyday life
    M(kind="other", slug="paquete_retrasado_lamentablemente", lang="es",
      company="", contact="",
      date="2026-03-05 08:10", tz="ES",
      frm=("EnvíaYa", "no-reply@enviaya.example.es"),
      subject="Tu envío llegará con retraso",
      auto="auto-generated",
      layout={"kind": "card", "brand": "EnvíaYa", "color": "#ea580c",
             "button": ("Seguir mi envío", "https://enviaya.example.es/seguimiento/EY4471902ES")},
      text="""Hola Leocadia,

Lamentablemente, tu envío EY4471902ES sufrirá un retraso por una incidencia en nuestro centro de Antequera. La nueva fecha estimada de entrega es el lunes 9 de marzo.

Posición actual del paquete: centro logístico de Antequera (Málaga).

No tienes que hacer nada. Si no vas a estar en casa, puedes elegir un punto de recogida desde el enlace de seguimiento.

El equipo de EnvíaYa"""),

    M(kind="other", slug="tren_cancelado_lamentablemente", lang="es",
      company="", contact="",
      date="2026-07-03 06:02", tz="ES",
      frm=("Trenes Penibéticos", "avisos-noreply@trenespenibeticos.example.es"),
      subject="Aviso: tu tren Granada-Málaga de las 8:05 ha sido cancelado",
      auto="auto-generated",
      cte="quoted-printable",
      text="""Estimada viajera:

Lamentablemente, el tren 3312 Granada-Málaga con salida a las 8:05 del viernes 3 de julio ha sido cancelado por una incidencia en la infraestructura.

Te hemos reubicado en el servicio de autobús de las 8:15 desde la estación de Granada (andén 2). Si prefieres, puedes anular tu billete sin gastos o cambiarlo a otro horario desde la app.

Localizador: PNB7Q2

Disculpa las molestias.
Trenes Penibéticos - Atención al viajero"""),

    M(kind="other", slug="aeromeseta_vuelo_reprogramado", lang="es",
      company="", contact="",
      date="2026-06-05 23:48", tz="ES",
      frm=("Aeromeseta", "no-reply@aeromeseta.example.es"),
      subject="Cambio en tu reserva LQ7XK2: vuelo reprogramado",
      auto="auto-generated",
      layout={"kind": "card", "brand": "Aeromeseta", "color": "#0b3d91",
             "button": ("Gestionar mi reserva", "https://www.aeromeseta.example.es/mis-reservas")},
      html_only=True,
      text="""Hola, Leocadia:

Por motivos operativos, tu vuelo AM 2231 Granada - Palma del 19 de junio ha sido reprogramado.

Horario anterior: 07:10 - 08:25
Nuevo horario: 09:40 - 10:55

Tu asiento y tu equipaje se mantienen. Si el nuevo horario no te conviene, puedes cambiar de vuelo sin coste o solicitar el reembolso desde Mis reservas.

Gracias por volar con Aeromeseta."""),

    M(kind="other", slug="amiga_cuenta_su_rechazo", lang="es",
      company="", contact="carmen.ruiz@correo.example.es",
      date="2026-04-18 23:05", tz="ES",
      frm=("Carmen Ruiz", "carmen.ruiz@correo.example.es"),
      subject="me han dicho que no :(",
      cte="8bit",
      text="""Leo!!

Ya me han contestado los de la agencia de Córdoba: que no. Después de tres entrevistas y una prueba en inglés, me mandan un correo de dos líneas diciendo que "han seleccionado un perfil más ajustado". Estoy que no me lo creo.

Bueno, tú cómo vas con lo de Lisboa? Tenías la entrevista esta semana, no?

Te llamo mañana y me cuentas, que necesito un vino.

Carmen"""),

    M(kind="other", slug="banco_cita_gestor_posicion", lang="es",
      company="", contact="oscar.medina@bancovega.example.es",
      date="2026-01-15 12:22", tz="ES",
      frm=("Óscar Medina - Banco Vega", "oscar.medina@bancovega.example.es"),
      subject="Cita para revisar su posición global",
      charset="iso-8859-1", cte="quoted-printable",
      text="""Estimada clienta:

Como gestor de su cuenta, le propongo una cita en la oficina de Puerta Real para revisar su posición global (cuenta, depósito a plazo y plan de pensiones) y comentar la nueva cuenta para autónomos.

Tengo disponibilidad el martes 20 a las 9:30 o el jueves 22 a las 13:00. Si prefiere, podemos hacer la entrevista por videollamada.

Atentamente,
Óscar Medina
Gestor Personal
Banco Vega - Oficina 0412 Puerta Real, Granada
Tel. 958 26 30 41

Banco Vega nunca le pedirá sus claves por correo electrónico."""),

    M(kind="other", slug="casero_presupuesto_rechazado", lang="es",
      company="", contact="fcastillo@correo.example.es",
      date="2026-05-12 21:30", tz="ES",
      frm=("Fernando Castillo", "fcastillo@correo.example.es"),
      subject="Piso Calle Elvira - fontanero y comunidad",
      text="""Hola Leocadia:

Te cuento: la comunidad ha rechazado el presupuesto para cambiar la bajante, así que de momento solo arreglamos la fuga de tu baño.

El fontanero puede pasar el jueves entre las 9 y las 11. ¿Estarás en casa o le dejo las llaves a la vecina del segundo? Si no te viene bien, dime otro día y cambio la cita.

Un saludo,
Fernando"""),

    M(kind="other", slug="colegio_entrevista_tutoria", lang="es",
      company="", contact="amoya@colegiocerrodelsol.example.es",
      date="2026-10-07 14:10", tz="ES",
      frm=("Ana Moya", "amoya@colegiocerrodelsol.example.es"),
      subject="Entrevista de tutoría - Nico Fenwick, 4º B",
      layout="plain",
      text="""Estimada familia:

Como cada trimestre, convoco a las familias del grupo a una entrevista individual de tutoría para comentar la adaptación de Nico al curso y sus primeras notas.

Le propongo el lunes 19 de octubre a las 16:30 en el aula de 4º B. Si no puede asistir, indíqueme otro día de esa semana y buscamos un hueco; también puede ser por videollamada.

Un saludo,
Ana Moya
Tutora de 4º B
Colegio Cerro del Sol"""),

    M(kind="other", slug="centro_salud_cita_reprogramada", lang="es",
      company="", contact="",
      date="2026-02-17 08:00", tz="ES",
      frm=("Centro de Salud Albaicín - Citas", "no-reply@citas.saludgranada.example.es"),
      subject="Su cita ha sido modificada",
      auto="auto-generated",
      text="""Estimada paciente:

Le informamos de que su cita de Medicina de Familia del día 19/02/2026 a las 10:40 con la Dra. Villalba ha sido cancelada por ausencia de la profesional y reprogramada para el día 24/02/2026 a las 11:20.

Si no puede acudir, anule su cita en la app de Salud o llamando al 958 02 20 00 para que otra persona pueda aprovecharla.

Este mensaje se ha generado automáticamente. No responda a este correo."""),

    M(kind="other", slug="respuesta_automatica_headhunter", lang="es",
      company="", contact="alvaro.quintana@farotalent.example.es",
      date="2026-08-10 09:12", tz="ES",
      frm=("Álvaro Quintana", "alvaro.quintana@farotalent.example.es", ("iso-8859-1", "Q")),
      subject="Respuesta automática: CV actualizado",
      auto="auto-replied",
      headers=[("X-Autoreply", "yes")],
      text="""Gracias por tu mensaje.

Estoy de vacaciones hasta el lunes 24 de agosto, sin acceso regular al correo. Las entrevistas con clientes que estaban previstas para estas semanas se retomarán a mi vuelta.

Para cualquier asunto urgente puedes escribir a mi compañera Ana Ruiz (ana.ruiz@farotalent.example.es).

Un saludo,
Álvaro Quintana · Faro Talent Partners"""),

    M(kind="other", slug="fuera_de_oficina_seleccion", lang="es",
      company="", contact="sara.lozano@viajesbrujula.example.es",
      date="2026-04-06 10:31", tz="ES",
      frm=("Sara Lozano", "sara.lozano@viajesbrujula.example.es"),
      subject="Fuera de la oficina: Nueva candidatura - Coordinadora de Producto",
      auto="auto-replied",
      layout="outlook",
      text="""Hola,

Estaré fuera de la oficina hasta el lunes 13 de abril. Las entrevistas programadas para esta semana se reprogramarán a mi vuelta y contestaré los correos por orden de llegada.

Si tu consulta es urgente, escribe a seleccion@viajesbrujula.example.es.

Gracias,
Sara Lozano
Talent Acquisition · Viajes Brújula"""),

    # -- refused places to study
    M(kind="other", slug="master_no_admitida", lang="es",
      company="", contact="",
      date="2026-07-10 13:00", tz="ES",
      frm=("Secretaría de Másteres - ESTD", "no-reply@escuelaturismodarro.example.es"),
      subject="Resolución de admisión - Máster en Dirección de Empresas Turísticas",
      auto="auto-generated",
      charset="iso-8859-1", cte="quoted-printable",
      text="""Estimada Leocadia Fenwick-Obuya:

Le comunicamos que, una vez baremadas todas las solicitudes, no ha sido admitida en el Máster en Dirección de Empresas Turísticas (curso 2026-2027) en esta primera fase.

Su solicitud queda en lista de espera con el número 14. Si se produjeran vacantes, la Secretaría se pondrá en contacto con usted antes del 15 de septiembre.

Contra esta resolución puede presentar reclamación en el plazo de diez días hábiles.

Secretaría de Másteres
Escuela Superior de Turismo del Darro"""),

    M(kind="other", slug="curso_habilitacion_sin_plaza", lang="es",
      company="", contact="",
      date="2026-01-27 09:30", tz="ES",
      frm=("Instituto Andaluz de Guías - Formación", "no-reply@iaguias.example.es"),
      subject="Solicitud de plaza - Curso de especialización en turismo de montaña",
      auto="auto-generated",
      text="""Estimada solicitante:

Lamentamos comunicarle que su solicitud de plaza para el Curso de especialización en turismo de montaña (Sierra Nevada, marzo-mayo 2026) no ha sido aceptada, al haberse cubierto las 20 plazas disponibles con solicitantes de mayor puntuación.

Le animamos a presentar su solicitud en la próxima convocatoria, prevista para el otoño.

Área de Formación
Instituto Andaluz de Guías"""),

    # ================================================================== English (13)
    M(id="own_resched_tejo", kind="other", slug="own_asks_to_move_panel", lang="en",
      company="", contact="",
      date="2026-03-18 21:37", tz="ES",
      frm=CANDIDATE, to=[("Marta Sousa", "marta.sousa@tejovoyages.example.pt")],
      subject="Re: Panel interview - Operations Coordinator (Lisbon)",
      quote={"of": "tejo_inv"},
      text="""Hi Marta,

Thank you so much for the invitation - I'm really looking forward to meeting Rui and Beatriz.

I'm sorry to ask, but I've just been assigned a five-day group tour for Easter week and I'll be in the Alpujarra with patchy signal on the 26th. Would it be possible to move the panel to the week of 6 April? Any afternoon that week works for me.

Best wishes,
Leocadia"""),

    M(id="own_thanks_tejo", kind="other", slug="own_thank_you_after_panel", lang="en",
      company="", contact="",
      date="2026-04-07 19:10", tz="ES",
      frm=CANDIDATE, to=[("Marta Sousa", "marta.sousa@tejovoyages.example.pt")],
      subject="Thank you - Operations Coordinator panel",
      text="""Dear Marta,

Thank you for organising today's panel, and please pass my thanks to Rui and Beatriz. I really enjoyed the case discussion about the group stranded by the rail strike - it's exactly the kind of problem I have been solving on the ground for years, and it made me even keener on the role.

I look forward to hearing from you.

Kind regards,
Leocadia Fenwick-Obuya"""),

    M(id="harb_cold", kind="other", slug="harbourline_cold_approach", lang="en",
      company="", contact="callum.reid@harbourline.example.co.uk",
      date="2026-07-14 10:18", tz="UK",
      frm=("Callum Reid", "callum.reid@harbourline.example.co.uk"),
      subject="Travel operations in Edinburgh - open to a conversation?",
      text="""Hi Leocadia,

I hope you don't mind the direct approach. I'm a recruiter specialising in travel and tourism in Scotland, and I noticed on your profile that you're looking at operations roles in Edinburgh.

I don't have a specific role to pitch you today, but several of my clients (hotel groups, coach tour operators, a rail tour company) hire coordinators every autumn. If you'd like to register with us, I'd be happy to have a 20-minute call to understand what you're after.

Best,
Callum Reid
Principal Consultant - Travel, Tourism & Leisure
Harbourline Search | +44 131 496 0345"""),

    M(kind="other", slug="traveljobs_weekly_digest", lang="en",
      company="", contact="",
      date="2026-08-28 06:30", tz="UK",
      frm=("TravelJobs Weekly", "digest@traveljobsweekly.example.com"),
      subject="Your weekly digest: 3 new ops roles + how to ask for feedback after a rejection",
      listhdr=("TravelJobs Weekly <weekly.traveljobsweekly.example.com>",
               "<https://traveljobsweekly.example.com/unsubscribe?u=lfo-88>"),
      text=digest_text("TravelJobs Weekly", "Hi Leocadia, here's what's new this week.",
                       _TRAVELJOBS_ITEMS,
                       "You're receiving this because you subscribed at traveljobsweekly.example.com. "
                       "Unsubscribe: https://traveljobsweekly.example.com/unsubscribe?u=lfo-88"),
      html=digest_html("TravelJobs Weekly", "Hi Leocadia, here's what's new this week.",
                       _TRAVELJOBS_ITEMS,
                       "You're receiving this because you subscribed at traveljobsweekly.example.com. "
                       "Unsubscribe: https://traveljobsweekly.example.com/unsubscribe?u=lfo-88",
                       color="#1d4ed8", lang="en")),

    M(kind="other", slug="career_advice_final_interview_rejection", lang="en",
      company="", contact="",
      date="2026-06-18 12:00", tz="UK",
      frm=("The Itinerary Careers", "newsletter@itinerarycareers.example.co.uk"),
      subject="Why you got rejected after the final interview (and what to do next)",
      listhdr=("The Itinerary Careers <careers.itinerarycareers.example.co.uk>",
               "<https://itinerarycareers.example.co.uk/unsub/5521>"),
      layout="plain", cte="quoted-printable",
      text="""THE ITINERARY CAREERS - issue 42

Why you got rejected after the final interview

You made it to the last round, the panel smiled, and then came the email: "we have decided to move forward with another candidate". It happens to almost everyone who changes careers, and it is rarely about one bad answer.

In this issue:
- Three reasons finalists lose out (hint: internal candidates and timing)
- A script for asking the recruiter for feedback: https://itinerarycareers.example.co.uk/feedback-script
- How to follow up on an interview invitation that went quiet: https://itinerarycareers.example.co.uk/follow-up
- Jobs board: 61 operations roles in the UK and Ireland: https://itinerarycareers.example.co.uk/jobs

See you next week,
The Itinerary Careers team

Unsubscribe: https://itinerarycareers.example.co.uk/unsub/5521"""),

    M(kind="other", slug="linkedwork_notifications", lang="en",
      company="", contact="",
      date="2026-03-24 17:45", tz="UTC",
      frm=("Linkedwork", "notifications@linkedwork.example.com"),
      subject="Fiona MacLeod and 2 others viewed your profile",
      listhdr=("Linkedwork notifications <notifications.linkedwork.example.com>",
               "<https://www.linkedwork.example.com/settings/email/unsubscribe?t=9cf2>"),
      layout={"kind": "card", "brand": "Linkedwork", "color": "#0a66c2",
             "button": ("See all views", "https://www.linkedwork.example.com/me/profile-views"),
             "footer": "You are receiving notification emails. Unsubscribe: "
                       "https://www.linkedwork.example.com/settings/email/unsubscribe?t=9cf2"},
      text="""Hi Leocadia,

Your profile is getting noticed.

Fiona MacLeod, Operations Manager at Caledonia Journeys, viewed your profile.
A recruiter at Lusitania Air and someone at Tejo Voyages also viewed your profile.

New jobs for you: Operations Coordinator in Lisbon (12 new), Tour Operations in Edinburgh (5 new).

Tip: candidates who message the hiring team after applying are more likely to get an interview."""),

    M(kind="other", slug="podcast_interview_request", lang="en",
      company="", contact="priya@wayfindingpod.example.com",
      date="2026-07-22 15:10", tz="UK",
      frm=("Priya Nair", "priya@wayfindingpod.example.com"),
      subject="Interview request - The Wayfinding Podcast",
      text="""Hi Leocadia,

I host The Wayfinding Podcast, where we talk to people who work behind the scenes of travel. A listener sent me your blog post about running a 50-person tour through the Alhambra in a heatwave, and I'd love to interview you for an episode.

Recording takes about 45 minutes over video, and we'd publish in September. We'd talk about your work as a guide and your move into operations.

Would any afternoon in the week of 3 August suit you?

Thanks,
Priya Nair
The Wayfinding Podcast"""),

    M(kind="other", slug="routefox_user_research_interview", lang="en",
      company="", contact="tom.okafor@routefox.example.com",
      date="2026-05-14 14:20", tz="UK",
      frm=("Tom Okafor", "tom.okafor@routefox.example.com"),
      reply_to=("Tom Okafor", "tom.okafor@routefox.example.com"),
      subject="Invitation: 45-min research interview about planning group trips",
      layout="plain",
      text="""Hi Leocadia,

I'm a user researcher at Routefox. You signed up for our beta as a tour guide, and we're running research interviews with guides and tour coordinators to understand how you plan multi-stop group itineraries.

The interview is 45 minutes on video, there are no right or wrong answers, and we'll send a EUR 40 voucher as a thank you. It's not a sales call and nothing to do with hiring.

You can book a slot here: https://cal.example.com/routefox-research/45

Cheers,
Tom Okafor
Senior User Researcher, Routefox"""),

    M(kind="other", slug="gps_tracker_position_update", lang="en",
      company="", contact="",
      date="2026-04-04 16:42", tz="ES",
      frm=("TrailPing", "no-reply@trailping.example.com"),
      subject="Position update: TrailPing Mini reported a new location",
      auto="auto-generated",
      text="""Your device "Leo - Alpujarra group" reported its position.

Time: 04 Apr 2026 16:40 CEST
Position: 36.9578 N, 3.3487 W (near Capileira, Granada, Spain)
Altitude: 1,436 m
Battery: 23% - please charge soon

Unfortunately, the previous position message could not be delivered because the device had no satellite signal.

View the track: https://trailping.example.com/track/lfo-2291

TrailPing - Manage notifications: https://trailping.example.com/settings"""),

    M(kind="other", slug="friend_edinburgh_own_rejection", lang="en",
      company="", contact="isla.grant@mail.example.co.uk",
      date="2026-06-16 21:55", tz="UK",
      frm=("Isla Grant", "isla.grant@mail.example.co.uk"),
      subject="ugh, Caledonia",
      text="""Leo,

So I heard back from the walking-tour company on the Royal Mile: they "won't be progressing my application". After two interviews and a trial tour in the rain! I'm gutted.

Did you ever hear from Caledonia about your phone interview? If you do end up moving here, the spare room is yours for the first month, I mean it.

Isla x"""),

    M(kind="other", slug="uk_bank_card_declined", lang="en",
      company="", contact="",
      date="2026-09-04 07:15", tz="UK",
      frm=("Northbridge Bank", "no-reply@northbridgebank.example.co.uk"),
      subject="Your credit card application",
      auto="auto-generated",
      layout={"kind": "card", "brand": "Northbridge Bank", "color": "#312e81"},
      text="""Dear Ms Fenwick-Obuya,

Thank you for applying for a Northbridge Everyday Credit Card.

Unfortunately we are unable to approve your application at this time. Our decision was based on the length of your UK address history and information from a credit reference agency.

This decision does not affect your current account. You can request a copy of the information we used by writing to us.

Northbridge Bank plc, 40 George Street, Edinburgh EH2 2LE"""),

    M(kind="other", slug="out_of_office_recruiter", lang="en",
      company="", contact="marta.sousa@tejovoyages.example.pt",
      date="2026-04-07 19:11", tz="PT",
      frm=("Marta Sousa", "marta.sousa@tejovoyages.example.pt"),
      subject="Automatic reply: Thank you - Operations Coordinator panel",
      reply="own_thanks_tejo",
      auto="auto-replied",
      headers=[("X-Auto-Response-Suppress", "All")],
      text="""Thank you for your email. I'm out of the office until Monday 13 April with limited access to email.

Any interviews scheduled during this time will be rescheduled on my return. For urgent matters, please contact talent@tejovoyages.example.pt.

Marta Sousa
Talent Partner | Tejo Voyages"""),

    M(kind="other", slug="diploma_application_unsuccessful", lang="en",
      company="", contact="",
      date="2026-08-06 11:00", tz="UK",
      frm=("Leith Institute of Tourism Admissions", "noreply@leithinstitute.example.ac.uk"),
      subject="Your application: Postgraduate Diploma in Tourism Management",
      auto="auto-generated",
      text="""Dear Leocadia,

Thank you for applying to the Postgraduate Diploma in Tourism Management (part-time, January 2027 entry).

After careful review by the admissions panel, we regret to inform you that your application has been unsuccessful on this occasion. The programme was heavily oversubscribed and places were offered to applicants with a UK undergraduate degree in a related subject.

You may reapply for the September 2027 intake.

Admissions Office
Leith Institute of Tourism"""),

    # ================================================================== French (5)
    M(kind="other", slug="propre_candidature_spontanee", lang="fr",
      company="", contact="",
      date="2026-05-20 22:05", tz="ES",
      frm=CANDIDATE, to=[("Agence Promenade Niçoise", "contact@promenade-nicoise.example.fr")],
      subject="Candidature spontanée - coordinatrice des opérations",
      pdf=[("CV_Fenwick-Obuya_FR.pdf", "Leocadia Fenwick-Obuya - CV",
            ["Guide officielle de tourisme (Andalousie), 2017-2026",
             "Coordination de circuits et de groupes jusqu'à 50 personnes",
             "Langues : espagnol, anglais, français (C1), allemand (B2)"])],
      text="""Madame, Monsieur,

Guide officielle de tourisme à Grenade depuis neuf ans, je souhaite aujourd'hui évoluer vers la coordination des opérations et je serais heureuse de mettre mon expérience au service de votre agence à Nice.

Je gère déjà la logistique complète de circuits de plusieurs jours (transport, hébergement, billetterie) et j'accompagne régulièrement des groupes francophones.

Vous trouverez mon CV en pièce jointe. Je me tiens à votre disposition pour un entretien, en personne ou en visioconférence.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Leocadia Fenwick-Obuya"""),

    M(kind="other", slug="alerte_emploi_tourisme_azur", lang="fr",
      company="", contact="",
      date="2026-09-15 07:30", tz="FR",
      frm=("Emploi Tourisme Côte d'Azur", "alertes@emploi-tourisme-azur.example.fr"),
      subject="3 nouvelles offres pour votre alerte « coordination »",
      listhdr=("Alertes emploi <alertes.emploi-tourisme-azur.example.fr>",
               "<https://emploi-tourisme-azur.example.fr/desinscription?a=3310>"),
      text=digest_text("Vos nouvelles offres", "Bonjour Leocadia, voici les offres publiées "
                       "depuis hier qui correspondent à votre alerte.", _AZUR_ITEMS,
                       "Se désinscrire : https://emploi-tourisme-azur.example.fr/desinscription?a=3310"),
      html=digest_html("Vos nouvelles offres", "Bonjour Leocadia, voici les offres publiées "
                       "depuis hier qui correspondent à votre alerte.", _AZUR_ITEMS,
                       "Se désinscrire : https://emploi-tourisme-azur.example.fr/desinscription?a=3310",
                       color="#0e7490", lang="fr"),
      cte="quoted-printable"),

    M(kind="other", slug="lettre_conseils_entretien_visio", lang="fr",
      company="", contact="",
      date="2026-04-02 08:00", tz="FR",
      frm=("Cadres & Voyages", "lettre@cadresvoyages.example.fr"),
      subject="Réussir son entretien d'embauche en visio : nos 7 conseils",
      listhdr=("La lettre Cadres & Voyages <lettre.cadresvoyages.example.fr>",
               "<https://cadresvoyages.example.fr/lettre/desabonnement?id=lfo>"),
      layout="plain", charset="windows-1252", cte="quoted-printable",
      text="""LA LETTRE CADRES & VOYAGES – avril 2026

Réussir son entretien d’embauche en visio : nos 7 conseils
Lumière, cadrage, connexion testée la veille… et un plan B si le recruteur ne vous voit pas arriver dans la salle d’attente. Lire l’article : https://cadresvoyages.example.fr/conseils/entretien-visio

Refus après entretien : faut-il relancer ?
Notre coach répond à une lectrice dont la candidature n’a pas été retenue. https://cadresvoyages.example.fr/conseils/relancer-apres-refus

Les offres de la semaine
42 postes en agences, réceptifs et croisières : https://cadresvoyages.example.fr/offres

Se désabonner : https://cadresvoyages.example.fr/lettre/desabonnement?id=lfo"""),

    M(kind="other", slug="amie_raconte_son_refus", lang="fr",
      company="", contact="manon.giraud@courriel.example.fr",
      date="2026-07-09 20:47", tz="FR",
      frm=("Manon Giraud", "manon.giraud@courriel.example.fr"),
      subject="nouvelles de Nice",
      cte="8bit",
      text="""Coucou Leo,

Petite nouvelle pas très joyeuse : j'ai eu un refus pour le poste à l'office de tourisme de Menton. Ils m'ont dit que mon profil était « intéressant mais pas assez orienté événementiel ». Trois semaines d'attente pour ça…

Et toi, ça avance avec Riviera Croisières ? Ton agence d'intérim t'a redonné une date ?

Si tu viens en septembre, je t'héberge !

Bises,
Manon"""),

    M(kind="other", slug="agence_immobiliere_dossier_non_retenu", lang="fr",
      company="", contact="laure.fabre@massena-immo.example.fr",
      date="2026-10-19 11:32", tz="FR",
      frm=("Laure Fabre", "laure.fabre@massena-immo.example.fr"),
      subject="Votre dossier de location - 14 rue Pastorelli",
      charset="iso-8859-1", cte="quoted-printable",
      text="""Madame,

Nous vous remercions pour l'intérêt porté à l'appartement du 14 rue Pastorelli et pour la visite de samedi.

Le propriétaire a étudié les dossiers reçus et, malheureusement, votre dossier n'a pas été retenu : il a donné la priorité à un candidat disposant déjà d'un contrat de travail en France et d'un garant.

Nous pouvons vous proposer d'autres biens dans le quartier ; n'hésitez pas à me recontacter pour convenir d'un rendez-vous.

Cordialement,
Laure Fabre
Agence Masséna Immobilier
8 place Masséna, 06000 Nice"""),

    # ================================================================== German (5)
    M(kind="other", slug="eigene_bewerbung_stubai_reisen", lang="de",
      company="", contact="",
      date="2026-08-30 20:20", tz="ES",
      frm=CANDIDATE, to=[("Stubai Reisen Personal", "bewerbung@stubaireisen.example.at")],
      subject="Bewerbung als Operations Coordinator - Leocadia Fenwick-Obuya",
      pdf=[("Lebenslauf_Fenwick-Obuya.pdf", "Leocadia Fenwick-Obuya - Lebenslauf",
            ["Staatlich geprüfte Fremdenführerin, Granada (2017-2026)",
             "Planung mehrtägiger Rundreisen für Gruppen bis 50 Personen",
             "Sprachen: Spanisch, Englisch, Französisch (C1), Deutsch (B2)"])],
      text="""Sehr geehrte Damen und Herren,

mit großem Interesse habe ich Ihre Ausschreibung für die Stelle als Operations Coordinator (m/w/d) gelesen und bewerbe mich hiermit.

Seit neun Jahren arbeite ich als Fremdenführerin in Granada und organisiere seit zwei Jahren die gesamte Logistik mehrtägiger Rundreisen: Busunternehmen, Hotels, Eintrittskarten und Notfallpläne. Nun möchte ich diesen Schritt in die Reiseorganisation auch beruflich gehen, gerne in Tirol.

Meinen Lebenslauf finden Sie im Anhang. Über eine Einladung zu einem Gespräch würde ich mich sehr freuen.

Mit freundlichen Grüßen
Leocadia Fenwick-Obuya"""),

    M(kind="other", slug="tourismusjobs_tirol_jobalert", lang="de",
      company="", contact="",
      date="2026-09-02 06:45", tz="AT",
      frm=("Tourismusjobs Tirol", "jobalert@tourismusjobs-tirol.example.at"),
      subject="Job-Alert: 3 neue Stellen für »Operations«",
      listhdr=("Job-Alert <jobalert.tourismusjobs-tirol.example.at>",
               "<https://tourismusjobs-tirol.example.at/jobalert/abmelden?id=88314>"),
      text=digest_text("Ihr Job-Alert", "Guten Morgen! Diese Stellen passen zu Ihrem Suchauftrag.",
                       _TIROL_ITEMS,
                       "Job-Alert abbestellen: https://tourismusjobs-tirol.example.at/jobalert/abmelden?id=88314"),
      html=digest_html("Ihr Job-Alert", "Guten Morgen! Diese Stellen passen zu Ihrem Suchauftrag.",
                       _TIROL_ITEMS,
                       "Job-Alert abbestellen: https://tourismusjobs-tirol.example.at/jobalert/abmelden?id=88314",
                       color="#991b1b", lang="de"),
      cte="base64"),

    M(kind="other", slug="karriere_kompass_absage_newsletter", lang="de",
      company="", contact="",
      date="2026-06-24 07:00", tz="AT",
      frm=("Karriere Kompass", "newsletter@karrierekompass.example.de"),
      subject="Absage erhalten? So geht es weiter",
      listhdr=("Karriere Kompass Newsletter <newsletter.karrierekompass.example.de>",
               "<https://karrierekompass.example.de/newsletter/abmelden?u=lfo193>"),
      html_only=True, html_cte="quoted-printable",
      html=digest_html(
          "Karriere Kompass · Ausgabe 26/2026",
          "Eine Absage nach dem Vorstellungsgespräch tut weh. In dieser Ausgabe: wie Sie um "
          "Feedback bitten, warum Sie sich trotzdem wieder bewerben sollten und wie Sie die nächste "
          "Einladung besser vorbereiten.",
          [("Absage nach dem Gespräch: 4 Schritte", "https://karrierekompass.example.de/absage",
            "Mit Mustertext für die Bitte um Rückmeldung."),
           ("Quereinstieg in die Reisebranche", "https://karrierekompass.example.de/quereinstieg",
            "Vom Guide zur Disposition: drei Erfahrungsberichte."),
           ("Stellenmarkt Tourismus DACH", "https://karrierekompass.example.de/jobs/tourismus",
            "Über 200 offene Stellen.")],
          "Newsletter abbestellen: https://karrierekompass.example.de/newsletter/abmelden?u=lfo193",
          color="#1e40af", lang="de")),

    M(kind="other", slug="zahnarzt_terminverschiebung", lang="de",
      company="", contact="s.woergoetter@zahnarzt-haller.example.at",
      date="2026-10-12 08:40", tz="AT",
      frm=("Sabine Wörgötter", "s.woergoetter@zahnarzt-haller.example.at"),
      subject="Terminverschiebung Kontrolle Dr. Haller",
      charset="iso-8859-1", cte="quoted-printable",
      text="""Sehr geehrte Frau Fenwick-Obuya,

leider muss Dr. Haller Ihren Kontrolltermin am Donnerstag, 15. Oktober um 9:00 Uhr absagen, da er an diesem Tag auf einer Fortbildung ist.

Wir können Ihnen als Ersatztermin Dienstag, 20. Oktober um 10:30 Uhr anbieten. Bitte bestätigen Sie kurz per E-Mail oder telefonisch.

Freundliche Grüße
Sabine Wörgötter
Ordination Dr. Thomas Haller, Zahnarzt
Bürgerstraße 12, 6020 Innsbruck · Tel. 0512 58 44 70"""),

    M(kind="other", slug="abwesenheitsnotiz_personal", lang="de",
      company="", contact="k.egger@alpenblick.example.at",
      date="2026-06-03 07:55", tz="AT",
      frm=("Katharina Egger", "k.egger@alpenblick.example.at"),
      subject="Abwesenheitsnotiz: Unterlagen Fenwick-Obuya",
      auto="auto-replied",
      headers=[("X-Auto-Response-Suppress", "All")],
      text="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 12. Juni nicht im Büro und habe keinen Zugriff auf meine E-Mails. Bewerbungsgespräche, die in diesen Zeitraum fallen, werden nach meiner Rückkehr neu terminiert.

In dringenden Fällen wenden Sie sich bitte an personal@alpenblick.example.at.

Katharina Egger
Alpenblick Reisen GmbH"""),
]
