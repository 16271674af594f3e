"""Spanish rejections and interview invitations for the ninety-first corpus (data only)."""

from __future__ import annotations

from msgs91_base import m

R, INV = "rejection", "interview_invitation"

MESSAGES = [
    m(R, "minera_altiplano_carta_formal", "es",
      ("Minera Altiplano Norte", "postulaciones@mineraaltiplano.example.com"),
      "Proceso de selección Planificador de Mantenimiento Senior - Faena Sierra Gorda",
      """Estimado Sr. Tupa-Villalobos:

Junto con saludar, agradecemos sinceramente el interés demostrado en formar parte de Minera Altiplano Norte y el tiempo dedicado al proceso de selección para el cargo de Planificador de Mantenimiento Senior.

Luego de una cuidadosa evaluación de los antecedentes recibidos, le informamos que en esta oportunidad su perfil no ha sido seleccionado para continuar en las siguientes etapas del proceso.

Sus datos quedarán registrados en nuestra base de datos para futuras oportunidades que se ajusten a su experiencia.

Le deseamos éxito en sus desafíos profesionales.

Atentamente,
Gerencia de Personas
Minera Altiplano Norte
Av. Grecia 1200, Antofagasta

Este correo es generado automáticamente, por favor no responda a esta dirección.""",
      company="Minera Altiplano Norte", contact="", charset="iso-8859-1", cte="quoted-printable"),

    m(R, "hm_terse_movil", "es",
      ("Rodrigo Pizarro", "rpizarro@servimant.example.cl"),
      "Re: Postulación jefe de turno",
      """Ignacio, gracias x tu tiempo el jueves. Al final nos quedamos con alguien de la casa, vamos a promover internamente. Cualquier cosa te aviso si se abre algo en Calama.

Slds
RP

Enviado desde mi iPhone""",
      company="Servimant", contact="rpizarro@servimant.example.cl",
      quote=("es", "jue, 12 feb 2026 a las 18:40", "Ignacio Tupa-Villalobos <ignacio.tv@example.cl>",
             "Rodrigo, muchas gracias por la conversación de hoy. Quedo atento a novedades.\n\nSaludos,\nIgnacio")),

    m(R, "consultora_relay_voseo", "es",
      ("Martina Ferreyra", "mferreyra@talentandes.example.com.ar"),
      "Novedades búsqueda Ingeniero de Confiabilidad - Mendoza",
      """Hola Ignacio, ¿cómo estás?

Te escribo para contarte cómo siguió la búsqueda de Ingeniero de Confiabilidad para nuestro cliente (la petrolera de Mendoza que charlamos). Tuvimos la devolución del cliente y lamentablemente decidieron avanzar con otros perfiles que tenían más experiencia puntual en upstream.

Sé que no es la noticia que esperabas, sobre todo después de la entrevista con el gerente de planta que te había ido bien. Igual quiero que sepas que tu perfil me gustó mucho y te voy a tener en cuenta para próximas búsquedas, tenemos varias cosas en energía renovable que pueden arrancar en abril.

Cualquier cosa escribime.
Abrazo!

Martina Ferreyra
Consultora Senior | Talent Andes
+54 9 261 555 0192""",
      company="Talent Andes", contact="mferreyra@talentandes.example.com.ar", fmt="alt"),

    m(R, "buk_ats_plantilla", "es",
      ("Constructora Pacífico Sur vía Buk", "notificaciones@buk.example.com"),
      "Actualización de tu postulación",
      """Hola Ignacio,

Gracias por postular al cargo Prevencionista de Riesgos - Proyecto Ruta 5 en Constructora Pacífico Sur.

Queremos contarte que hemos revisado tu postulación y, por ahora, hemos decidido no avanzar con tu candidatura. Esta decisión no es un reflejo de tus capacidades, sino del ajuste con los requisitos específicos de este cargo.

Te invitamos a seguir revisando nuestras ofertas en nuestro portal de empleos.

Saludos,
Equipo Constructora Pacífico Sur

Enviado con Buk · No respondas a este correo""",
      company="Constructora Pacífico Sur", contact="", fmt="html",
      headers={"Auto-Submitted": "auto-generated"}),

    m(R, "peru_cargo_cubierto", "es",
      ("Lucía Quispe Huamán", "lquispe@cementossur.example.pe"),
      "RV: Convocatoria N° 014-2026 Ingeniero de Mantenimiento Mecánico",
      """Estimado Ignacio:

Buenas tardes. Por medio del presente le comunicamos que la posición de Ingeniero de Mantenimiento Mecánico para la planta de Yura ya ha sido cubierta. Agradecemos mucho su participación en las evaluaciones y su disposición para viajar a Arequipa.

Quedamos a su disposición para futuras convocatorias.

Saludos cordiales,

Lucía Quispe Huamán
Analista de Gestión del Talento
Cementos del Sur S.A.A.
Telf. (054) 555-381 anexo 2204

AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos son confidenciales y están dirigidos exclusivamente a su destinatario. Si usted lo ha recibido por error, le rogamos eliminarlo y comunicarlo al remitente.""",
      company="Cementos del Sur", contact="lquispe@cementossur.example.pe", charset="windows-1252",
      cte="quoted-printable"),

    m(R, "rol_congelado_solar", "es",
      ("Paula Henríquez", "paula.henriquez@solaratacama.example.com"),
      "Cargo Jefe de O&M - actualización",
      """Hola Ignacio,

Te escribo para darte una actualización honesta: el directorio decidió congelar la contratación del Jefe de O&M para el parque de Diego de Almagro hasta que se resuelva el financiamiento de la segunda etapa. Por lo tanto cerramos el proceso sin seleccionar a nadie.

Lamento mucho el timing, estabas entre los finalistas. Si el cargo se reabre en el segundo semestre te contacto directamente.

Un saludo,
Paula Henríquez
People Lead
Solar Atacama SpA""",
      company="Solar Atacama", contact="paula.henriquez@solaratacama.example.com"),

    m(R, "post_caso_tecnico", "es",
      ("Gonzalo Arancibia", "garancibia@reliapro.example.cl"),
      "Resultado caso técnico",
      """Ignacio, buenas tardes

Gracias por enviar el caso técnico del análisis RCM para los chancadores. Lo revisamos con el equipo y la verdad es que estuvo bien trabajado, pero nos faltó más profundidad en el análisis de criticidad y el modelo de costos de ciclo de vida, que es el core de lo que hacemos con los clientes.

Por eso no vamos a seguir contigo en el proceso. Te agradezco el esfuerzo, sé que te tomó varias horas.

Atte.
Gonzalo Arancibia
Socio Director - ReliaPro Consultores
+56 9 5555 7781""",
      company="ReliaPro Consultores", contact="garancibia@reliapro.example.cl"),

    m(R, "mexico_muy_corto", "es",
      ("Ana Sofía Treviño", "asofia.trevino@energianorte.example.mx"),
      "Vacante HSE",
      """Hola Ignacio, muchas gracias por tu tiempo pero en esta ocasión no continuaremos con tu proceso. Mucho éxito!

Ana Sofía
Energía del Norte""",
      company="Energía del Norte", contact="asofia.trevino@energianorte.example.mx"),

    m(R, "municipalidad_concurso", "es",
      ("Oficina de Partes Municipalidad de Calama", "concursos@municalama.example.cl"),
      "Resultado Concurso Público Profesional Grado 8 - Dirección de Medio Ambiente",
      """Señor
Ignacio Tupa-Villalobos
Presente

De nuestra consideración:

Mediante el presente, se informa que, de acuerdo con el acta de la Comisión de Selección del Concurso Público para proveer el cargo de Profesional Grado 8° E.M.S. de la Dirección de Medio Ambiente, Aseo y Ornato, usted no alcanzó el puntaje mínimo requerido en la etapa de evaluación curricular (Factor 2), por lo que no continúa en el concurso.

Se agradece su participación.

Sin otro particular, saluda atentamente a Ud.,

Secretaría Comisión de Selección
Ilustre Municipalidad de Calama
Vicuña Mackenna 2001, Calama""",
      company="Ilustre Municipalidad de Calama", contact="", charset="iso-8859-1", cte="base64"),

    m(R, "lever_litio_suave", "es",
      ("Litio Salar Blanco", "no-reply@hire.lever.co"),
      "Tu postulación a Litio Salar Blanco",
      """Hola Ignacio:

Muchas gracias por tu interés en la posición de Ingeniero de Confiabilidad de Activos en Litio Salar Blanco y por el tiempo que invertiste en las entrevistas con nuestro equipo.

Recibimos postulaciones de muy buen nivel y, tras evaluarlas con detención, hemos decidido seguir adelante con candidatos cuya experiencia se alinea de manera más cercana con las necesidades actuales del cargo.

Sabemos que esta no es la respuesta que esperabas. Te deseamos lo mejor en tu búsqueda y esperamos cruzarnos nuevamente en el futuro.

Equipo de Talento
Litio Salar Blanco""",
      company="Litio Salar Blanco", contact="", fmt="alt",
      headers={"List-Unsubscribe": "<https://hire.lever.co/unsubscribe/x91>"}),

    m(R, "ferrocarril_tras_entrevista", "es",
      ("Claudia Morales Rivas", "cmorales@ferronorte.example.cl"),
      "Re: Entrevista Jefe de Planificación de Mantenimiento",
      """Estimado Ignacio,

Espero que se encuentre muy bien. Quería agradecerle personalmente por su participación en las entrevistas con el Gerente de Mantenimiento y con el equipo de material rodante.

Lamentablemente le comunico que hemos decidido no seguir adelante con su candidatura. El comité valoró su experiencia en minería, pero priorizó a un candidato con más años en mantenimiento ferroviario.

Quedo atenta si desea una retroalimentación más detallada.

Saludos cordiales,
Claudia Morales Rivas
Jefa de Reclutamiento y Selección
Ferrocarril del Norte Grande
Tel: +56 55 255 5120""",
      company="Ferrocarril del Norte Grande", contact="cmorales@ferronorte.example.cl",
      quote=("es", "lun, 9 mar 2026, 10:02", "Ignacio Tupa-Villalobos <ignacio.tv@example.cl>",
             "Estimada Claudia:\n\nMuchas gracias por la entrevista de ayer. Quedo atento a los siguientes pasos.\n\nSaludos cordiales,\nIgnacio Tupa-Villalobos")),

    m(R, "hiring_room_sin_firma", "es",
      ("Búsquedas", "busquedas@hiringroom.example.com"),
      "Búsqueda: Analista de Confiabilidad (Ref. 3381)",
      """Hola Ignacio!

Te queremos agradecer por haberte postulado a la búsqueda Analista de Confiabilidad (Ref. 3381) de Pampa Gas Transportadora.

En esta oportunidad, tu perfil no fue seleccionado para avanzar a la siguiente etapa. Vamos a seguir considerando tu CV para otras búsquedas.

¡Gracias por tu interés!

Pampa Gas Transportadora
Powered by HiringRoom""",
      company="Pampa Gas Transportadora", contact="", fmt="html"),

    m(R, "headhunter_cliente_decidio", "es",
      ("Felipe Undurraga", "fundurraga@andespartners.example.cl"),
      "búsqueda Gerente de Mantenimiento",
      """Ignacio como estas,

te cuento que el cliente finalmente optó por otro finalista para la gerencia, alguien que ya venia de una compañía par. Fue una decisión muy reñida, tus referencias salieron impecables.

Te agradezco la disposición durante todo el proceso, que fue largo. Hablemos en unas semanas, tengo un par de mandatos en energía que te pueden calzar.

Un abrazo,
Felipe

--
Felipe Undurraga | Partner
Andes Partners Executive Search
Isidora Goyenechea 2800, piso 12, Las Condes
+56 2 2555 4410""",
      company="Andes Partners Executive Search", contact="fundurraga@andespartners.example.cl"),

    m(R, "evaluacion_psicolaboral_no_apto", "es",
      ("Puerto Angamos", "seleccion.noresponder@puertoangamos.example.cl"),
      "Resultado evaluación psicolaboral",
      """Estimado(a) postulante IGNACIO TUPA-VILLALOBOS:

Le informamos que, en base a los resultados obtenidos en la evaluación psicolaboral, su postulación al cargo SUPERVISOR HSE TERMINAL no continuará en el proceso de selección.

Le agradecemos su participación.

Puerto Angamos
*** Este es un mensaje automático, no responder ***""",
      company="Puerto Angamos", contact="", reply_to="seleccion.noresponder@puertoangamos.example.cl"),

    m(R, "fundacion_reply_to_humano", "es",
      ("Fundación Energía para Todos", "info@energiaparatodos.example.org"),
      "Coordinador/a de Proyectos Solares Comunitarios",
      """Querido Ignacio:

Gracias de corazón por postular y por la conversación con el equipo. Fue un proceso muy difícil porque llegaron más de 200 postulaciones.

Finalmente decidimos avanzar con otra persona que tiene experiencia directa trabajando con comunidades indígenas en el Alto Loa, algo clave para esta etapa del proyecto. No tiene que ver con tu capacidad técnica, que fue muy valorada.

Si quieres conversar, puedes responder a este mismo correo y me llega directo.

Con cariño,
Javiera Cárdenas
Directora Ejecutiva""",
      company="Fundación Energía para Todos", contact="jcardenas@energiaparatodos.example.org",
      reply_to="Javiera Cárdenas <jcardenas@energiaparatodos.example.org>"),

    # interview invitations
    m(INV, "consultora_telefonica", "es",
      ("Macarena Soto", "msoto@kawesqar.example.cl"),
      "Quick question",
      """Hola Ignacio! Soy Macarena de Kawésqar Consultores. Vi tu postulación al cargo de Planificador Senior para una minera en Calama (cliente confidencial) y me encantó tu perfil!!

¿Tendrías 15-20 min para una entrevista telefónica mañana o el jueves? Yo te llamo al +56 9 que tienes en el CV. Dime que horario te acomoda!!

Saludos!!
Macarena Soto
Kawésqar Consultores
+56 9 5555 2231""",
      company="Kawésqar Consultores", contact="msoto@kawesqar.example.cl"),

    m(INV, "codelco_style_entrevista_teams", "es",
      ("Corporación Cobre Andino", "reclutamiento-sistema@cobreandino.example.cl"),
      "Citación a entrevista - Ingeniero Especialista Confiabilidad - División Norte",
      """Estimado Ignacio Tupa-Villalobos:

Tenemos el agrado de informarle que usted ha sido preseleccionado para la etapa de entrevista técnica del proceso de selección del cargo Ingeniero Especialista Confiabilidad, División Norte.

Fecha: martes 17 de marzo de 2026
Hora: 10:00 hrs. (Chile continental)
Modalidad: videollamada Microsoft Teams (se adjunta invitación)
Comisión: Superintendente de Confiabilidad y Analista de Selección

Le solicitamos confirmar su asistencia respondiendo a la analista a cargo, Sra. Valentina Rojas (vrojas@cobreandino.example.cl).

Documentos requeridos: certificado de título, certificado de antecedentes vigente.

Atentamente,
Gerencia de Recursos Humanos
Corporación Cobre Andino""",
      company="Corporación Cobre Andino", contact="vrojas@cobreandino.example.cl",
      reply_to="vrojas@cobreandino.example.cl", charset="iso-8859-1",
      ics={"uid": "cobre-andino-rel-2026-031@cobreandino.example.cl", "start": "20260317T130000Z", "end": "20260317T140000Z", "organizer": "vrojas@cobreandino.example.cl",
           "cn": "Valentina Rojas", "summary": "Entrevista técnica - Ingeniero Especialista Confiabilidad"}),

    m(INV, "greenhouse_selfscheduling", "es",
      ("Vientos del Sur Energía", "no-reply@us.greenhouse-mail.io"),
      "Agenda tu entrevista con Vientos del Sur Energía",
      """Hola Ignacio,

¡Gracias por tu interés en el cargo Asset Manager Eólico! Nos gustaría avanzar a la siguiente etapa: una entrevista de 45 minutos con Tomás Lagos, Head of Asset Management.

Por favor elige el horario que más te acomode usando el siguiente enlace:
https://app.greenhouse.example.io/scheduling/self/3f9a1c

Si ninguno de los horarios te sirve, escríbele a Isidora a isidora.pena@vientosdelsur.example.com.

Saludos,
Isidora Peña
Talent Partner, Vientos del Sur Energía""",
      reply_to="Isidora Peña <isidora.pena@vientosdelsur.example.com>",
      company="Vientos del Sur Energía", contact="isidora.pena@vientosdelsur.example.com", fmt="alt"),

    m(INV, "argentina_voseo_charla", "es",
      ("Nicolás Bertolotti", "nbertolotti@litiopuna.example.com.ar"),
      "Hola Ignacio",
      """Hola Ignacio, qué tal? Soy Nico, jefe de mantenimiento en Litio Puna. Me pasó tu CV un colega de la facultad.

Estamos armando el equipo de confiabilidad para la planta de carbonato en Salta y me gustaría tener una charla con vos, algo informal primero, por Meet. ¿Tenés un rato esta semana? El miércoles a la tarde o el viernes a la mañana me quedan bien.

Avisame y te mando el link.

Abrazo
Nico

Nicolás Bertolotti
Jefe de Mantenimiento | Litio Puna S.A.""",
      company="Litio Puna", contact="nbertolotti@litiopuna.example.com.ar"),

    m(INV, "peru_visita_faena", "es",
      ("Jorge Mamani", "jmamani@contratistasur.example.pe"),
      "SIGUIENTE ETAPA - Supervisor de Planeamiento",
      """Buenos días Ignacio

Por encargo de la Gerencia de Operaciones te comunico que pasaste a la siguiente etapa del proceso. La siguiente es una entrevista presencial con el Gerente de Operaciones y visita a la unidad minera en Arequipa, el día lunes 13/04 a las 8:00 am. Los pasajes los cubre la empresa.

Favor de confirmar y enviarnos copia de DNI / pasaporte y tu certificado de antecedentes para gestionar el ingreso a faena.

Quedo atento.

Atte.
Jorge Mamani Ccori
Reclutamiento - Contratistas Mineros del Sur
Cel. 955 555 120""",
      company="Contratistas Mineros del Sur", contact="jmamani@contratistasur.example.pe"),

    m(INV, "calendly_consultora_energia", "es",
      ("Trinidad Echeverría", "trinidad@brujulaenergia.example.cl"),
      "Siguiente paso - Brújula Energía",
      """Hola Ignacio,

Gracias por tus respuestas al cuestionario, nos interesa conocerte mejor. El siguiente paso es una videollamada de 30 min con nuestro equipo técnico para revisar un caso de tu experiencia en PMO de proyectos fotovoltaicos.

Reserva directamente aquí: https://calendly.example.com/brujula-energia/entrevista-tecnica

Cualquier duda me escribes.

Trinidad
Brújula Energía · Santiago""",
      company="Brújula Energía", contact="trinidad@brujulaenergia.example.cl", fmt="html"),

    m(INV, "mexico_panel_usted", "es",
      ("Lic. Fernanda Ruiz", "fernanda.ruiz@grupoconcretosmx.example.mx"),
      "Invitación a entrevista de panel",
      """Estimado Ing. Tupa:

Por medio del presente me permito invitarlo a una entrevista de panel para la posición de Gerente de Confiabilidad de Planta, con sede en Hermosillo, Son.

La entrevista se llevará a cabo vía Zoom el viernes 24 de abril a las 9:00 hrs (hora del centro de México) y participarán el Director de Operaciones, el Gerente de Mantenimiento Corporativo y una servidora.

Le agradeceré confirmar su disponibilidad a la brevedad.

Sin más por el momento, quedo a sus órdenes.

Lic. Fernanda Ruiz Zamora
Atracción de Talento
Grupo Concretos de México
Tel. 55 5555 0145 ext. 310""",
      company="Grupo Concretos de México", contact="fernanda.ruiz@grupoconcretosmx.example.mx",
      cte="base64"),

    m(INV, "est_transitorios_whatsapp", "es",
      ("Claudio Riquelme", "criquelme@sertrans.example.cl"),
      "entrevista mañana?",
      """Ignacio buenas, te llamé pero no contestaste. Tengo un cliente que necesita un planner SAP PM para parada de planta en Copiapó, 45 días, turno 7x7. Puedes pasar mañana a entrevista a las 11 en la oficina (Huérfanos 1055 of. 803)? Si no, lo hacemos por videollamada.

Confírmame por aquí o al WhatsApp +56 9 5555 9087

Claudio Riquelme
SerTrans Servicios Transitorios""",
      company="SerTrans Servicios Transitorios", contact="criquelme@sertrans.example.cl"),

    m(INV, "universidad_clase_muestra", "es",
      ("Dra. Carolina Vega", "cvega@uantofa.example.cl"),
      "Concurso académico - Departamento de Ingeniería de Minas",
      """Estimado Ignacio:

En nombre de la Comisión del Concurso Académico Jornada Completa del Departamento de Ingeniería de Minas, le informo que su postulación fue preseleccionada.

La siguiente etapa consiste en una clase demostrativa de 20 minutos sobre gestión de activos en minería, seguida de una entrevista con la comisión, el día 5 de mayo a las 15:00 en la sala de consejo de la Facultad (campus Coloso). Si no puede asistir presencialmente, existe la opción de conectarse por Zoom.

Agradeceré confirmar su participación respondiendo a este correo.

Saludos cordiales,
Dra. Carolina Vega
Directora del Departamento de Ingeniería de Minas
Universidad de Antofagasta del Pacífico""",
      company="Universidad de Antofagasta del Pacífico", contact="cvega@uantofa.example.cl",
      charset="windows-1252", cte="quoted-printable"),

    m(INV, "teamtailor_next_stage", "es",
      ("María José Lillo", "mariajose.lillo@puertosdelsur.example.cl"),
      "Re: Postulación Ingeniero de Activos Portuarios",
      """Hola Ignacio,

¡Gracias por tu paciencia! Nos gustaría moverte a la siguiente etapa: entrevista con el gerente del terminal, Patricio Núñez. Sería el miércoles 20 de mayo a las 16:00 en San Antonio, o por Teams si prefieres.

¿Te acomoda? Si no, propónme dos alternativas.

Saludos,
María José
Puertos del Sur · Equipo de Talento""",
      company="Puertos del Sur", contact="mariajose.lillo@puertosdelsur.example.cl",
      quote=("gmail", "Mon, May 11, 2026 at 9:14 AM", "Ignacio Tupa-Villalobos <ignacio.tv@example.cl>",
             "Hola María José, les escribo para consultar si hay novedades del proceso.\nSaludos,\nIgnacio")),

    m(INV, "gobierno_regional_ics", "es",
      ("Gobierno Regional de Atacama", "concursos@goreatacama.example.cl"),
      "Invitación: Entrevista de valoración global - Profesional Energía @ jue 4 jun 2026 11:00",
      """Se le ha invitado al siguiente evento.

Entrevista de valoración global - Profesional División de Fomento (Energía)
Cuándo: jueves 4 jun 2026 11:00 - 11:45 (hora de Chile)
Dónde: Sala de reuniones 3er piso, Los Carrera 645, Copiapó / Google Meet
Organizador: Rodrigo Alvarado (ralvarado@goreatacama.example.cl)

¿Asistirás? Sí - Quizás - No""",
      company="Gobierno Regional de Atacama", contact="ralvarado@goreatacama.example.cl",
      ics={"start": "20260604T150000Z", "end": "20260604T154500Z", "organizer": "ralvarado@goreatacama.example.cl",
           "cn": "Rodrigo Alvarado", "summary": "Entrevista de valoración global - Profesional Energía",
           "location": "Los Carrera 645, Copiapó"}),

    m(INV, "startup_casual_tu", "es",
      ("Benja Ossandón", "benja@sensomina.example.io"),
      "café?",
      """Hola Ignacio! Benja, cofundador de SensoMina (monitoreo predictivo de correas). Vimos tu postulación para Customer Success Engineer y nos encantaría conversar. Te tinca un café el martes en Providencia o una call de 30 min? Te dejo mi agenda: https://cal.example.com/benja-sensomina

Saludos!
Benja
SensoMina""",
      company="SensoMina", contact="benja@sensomina.example.io"),
    m(INV, "reenvio_cliente_consultora", "es",
      ("Daniela Vergara", "dvergara@puntonorte-consultores.example.cl"),
      "RV: Entrevista candidato Planner - semana 23",
      """Ignacio, hola! Te reenvío lo que me mandó el cliente: quieren entrevistarte el martes 2 de junio a las 9:30 en la oficina de Antofagasta (o por Teams si estás en Santiago). Me confirmas a mí y yo les aviso.

Saludos,
Daniela Vergara
Punto Norte Consultores
+56 9 5555 6021

-----Mensaje original-----
De: Hernán Cortés Olivares <hcortes@transportesdelloa.example.cl>
Enviado el: viernes, 29 de mayo de 2026 17:02
Para: Daniela Vergara <dvergara@puntonorte-consultores.example.cl>
Asunto: Entrevista candidato Planner - semana 23

Daniela, revisamos los 3 CV. Nos interesa el de Ignacio Tupa, podemos verlo el martes 2 a las 9:30? Ojalá presencial.

Hernán Cortés O.
Superintendente de Mantenimiento
Transportes del Loa""",
      company="Transportes del Loa", contact="dvergara@puntonorte-consultores.example.cl"),
]
