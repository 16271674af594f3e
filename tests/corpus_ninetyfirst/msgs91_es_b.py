"""Spanish reschedules, missed-interview notices, acknowledgements and offers (data only)."""

from __future__ import annotations

from msgs91_base import m

RS, MI, AR, OF = ("interview_reschedule_or_cancel", "missed_interview_notice",
                  "application_received", "offer")

MESSAGES = [
    m(RS, "gerente_viaje_mover", "es",
      ("Francisca Tapia", "ftapia@montajesandinos.example.cl"),
      "Cambio de horario entrevista",
      """Hola Ignacio, disculpa el aviso tan encima. El gerente de proyectos tuvo que viajar de urgencia a faena y no va a poder estar mañana a las 10. ¿Podemos moverla al viernes a la misma hora? Si no te acomoda, dime qué horario te sirve el lunes.

Mil disculpas!
Francisca Tapia
Montajes Andinos""",
      company="Montajes Andinos", contact="ftapia@montajesandinos.example.cl"),

    m(RS, "cancelada_ics_cancel", "es",
      ("Valentina Rojas", "vrojas@cobreandino.example.cl"),
      "Cancelado: Entrevista técnica - Ingeniero Especialista Confiabilidad",
      """Estimado Ignacio:

Debido a una contingencia operacional en la división, la entrevista técnica programada para el martes 17 de marzo queda suspendida. Le contactaremos durante la próxima semana para proponer una nueva fecha.

Lamentamos las molestias.

Valentina Rojas
Analista de Selección
Corporación Cobre Andino""",
      company="Corporación Cobre Andino", contact="vrojas@cobreandino.example.cl",
      ics={"uid": "cobre-andino-rel-2026-031@cobreandino.example.cl", "method": "CANCEL", "start": "20260317T130000Z", "end": "20260317T140000Z",
           "organizer": "vrojas@cobreandino.example.cl", "cn": "Valentina Rojas", "seq": 1,
           "summary": "Entrevista técnica - Ingeniero Especialista Confiabilidad"}),

    m(RS, "peru_reprogramacion", "es",
      ("Jorge Mamani", "jmamani@contratistasur.example.pe"),
      "RE: SIGUIENTE ETAPA - Supervisor de Planeamiento",
      """Ignacio buenas tardes

Te informo que la visita a la unidad minera se reprograma para el lunes 20/04, mismo horario, por temas de acceso (bloqueo en la carretera). Los pasajes se reemitirán, te llegarán al correo.

Disculpa el inconveniente.

Atte.
Jorge Mamani Ccori
Contratistas Mineros del Sur""",
      company="Contratistas Mineros del Sur", contact="jmamani@contratistasur.example.pe",
      quote=("outlook", "viernes, 3 de abril de 2026 9:12", "Jorge Mamani <jmamani@contratistasur.example.pe>",
             "Buenos días Ignacio\n\nPor encargo de la Gerencia de Operaciones te comunico que pasaste a la siguiente etapa del proceso."),
      parent_domain="contratistasur.example.pe", charset="windows-1252"),

    m(RS, "argentina_se_suspende", "es",
      ("Nicolás Bertolotti", "nbertolotti@litiopuna.example.com.ar"),
      "Re: Hola Ignacio",
      """Ignacio, perdoná, me surgió una auditoría en planta y el viernes no llego. ¿Lo pasamos a la semana que viene? Te propongo martes 11hs o jueves 16hs.

Abrazo
Nico

Enviado desde mi Samsung Galaxy""",
      company="Litio Puna", contact="nbertolotti@litiopuna.example.com.ar",
      quote=("gmail", "Wed, Mar 25, 2026 at 8:01 PM", "Ignacio Tupa-Villalobos <ignacio.tv@example.cl>",
             "Nico, gracias! El viernes a las 10 me queda perfecto.\nSaludos")),

    m(RS, "ats_reagendada", "es",
      ("Energía Renovable Tarapacá", "agenda@smartrecruiters.example.com"),
      "Tu entrevista ha sido reagendada",
      """Hola Ignacio,

Tu entrevista para el cargo Ingeniero de Proyectos Eólicos con Energía Renovable Tarapacá ha sido reagendada.

Nueva fecha: jueves 28 de mayo de 2026, 15:30 - 16:15 (GMT-4)
Lugar: Microsoft Teams (el enlace se mantiene)

Si la nueva hora no te acomoda, contacta a tu reclutador: Camila Fuentes (camila.fuentes@ertarapaca.example.cl).

Este mensaje fue enviado automáticamente.""",
      reply_to="Camila Fuentes <camila.fuentes@ertarapaca.example.cl>",
      company="Energía Renovable Tarapacá", contact="camila.fuentes@ertarapaca.example.cl", fmt="alt",
      ics={"start": "20260528T193000Z", "end": "20260528T201500Z", "organizer": "camila.fuentes@ertarapaca.example.cl",
           "cn": "Camila Fuentes", "summary": "Entrevista Ingeniero de Proyectos Eólicos", "seq": 2}),

    m(RS, "mexico_pospuesta_indefinida", "es",
      ("Lic. Fernanda Ruiz", "fernanda.ruiz@grupoconcretosmx.example.mx"),
      "RE: Invitación a entrevista de panel",
      """Estimado Ing. Tupa:

Le ofrezco una disculpa, pero por cambios en la agenda del Director de Operaciones nos vemos en la necesidad de cancelar la entrevista de panel del viernes 24. En cuanto tengamos nueva fecha se la haré saber.

Quedo a sus órdenes.

Lic. Fernanda Ruiz Zamora
Grupo Concretos de México""",
      company="Grupo Concretos de México", contact="fernanda.ruiz@grupoconcretosmx.example.mx"),

    m(RS, "universidad_cambio_sala", "es",
      ("Secretaría Depto. Minas", "secminas@uantofa.example.cl"),
      "Modificación fecha clase demostrativa",
      """Estimado Sr. Tupa-Villalobos:

Por instrucción de la Directora, Dra. Carolina Vega, se informa que la clase demostrativa y entrevista del concurso académico se traslada del 5 de mayo al 7 de mayo, a las 10:00 horas, en la misma sala.

Rogamos confirmar recepción a la Dra. Vega (cvega@uantofa.example.cl).

Saludos,
Secretaría Departamento de Ingeniería de Minas""",
      reply_to="Dra. Carolina Vega <cvega@uantofa.example.cl>",
      company="Universidad de Antofagasta del Pacífico", contact="cvega@uantofa.example.cl",
      cc="Dra. Carolina Vega <cvega@uantofa.example.cl>", charset="iso-8859-1"),

    m(RS, "consultora_adelanta", "es",
      ("Macarena Soto", "msoto@kawesqar.example.cl"),
      "Re: Quick question",
      """Ignacio!! Una consulta, el cliente quiere adelantar la entrevista con el gerente al miércoles a las 9 en vez del jueves. Te sirve?? Porfa confírmame hoy si puedes!!

Gracias!!
Maca""",
      company="Kawésqar Consultores", contact="msoto@kawesqar.example.cl",
      quote=("es", "mar, 10 feb 2026, 12:30", "Ignacio Tupa-Villalobos <ignacio.tv@example.cl>",
             "Hola Macarena, perfecto el jueves a las 10 para la entrevista con el gerente.\nSaludos")),

    # missed interview notices
    m(MI, "llamamos_y_no_contesto", "es",
      ("Macarena Soto", "msoto@kawesqar.example.cl"),
      "Entrevista de hoy",
      """Hola Ignacio, te llamé a las 11 como habíamos quedado para la entrevista telefónica pero no contestaste, y después te dejé un mensaje de voz. ¿Está todo bien? Si quieres lo reagendamos, avísame.

Maca
Kawésqar Consultores""",
      company="Kawésqar Consultores", contact="msoto@kawesqar.example.cl"),

    m(MI, "teams_no_se_conecto", "es",
      ("Paula Henríquez", "paula.henriquez@solaratacama.example.com"),
      "No pudimos conectarnos",
      """Hola Ignacio,

Te esperamos en la reunión de Teams de las 15:00 junto a Andrés (gerente de O&M) por unos 15 minutos, pero no te conectaste. Entiendo que pueden pasar imprevistos; si sigues interesado, cuéntame qué pasó y vemos si es posible reagendar.

Saludos,
Paula Henríquez
People Lead | Solar Atacama SpA""",
      company="Solar Atacama", contact="paula.henriquez@solaratacama.example.com", fmt="alt"),

    m(MI, "peru_inasistencia_formal", "es",
      ("Lucía Quispe Huamán", "lquispe@cementossur.example.pe"),
      "Inasistencia a evaluación psicotécnica",
      """Estimado Ignacio:

Le comunicamos que el día de hoy, 27 de enero, no se registró su asistencia a la prueba psicotécnica programada a las 9:00 am en nuestras oficinas de Arequipa.

Si hubo algún inconveniente, le agradeceremos comunicarse con nosotros hasta el día viernes para evaluar una nueva fecha; de lo contrario, entenderemos que desiste del proceso.

Saludos cordiales,
Lucía Quispe Huamán
Analista de Gestión del Talento
Cementos del Sur S.A.A.""",
      company="Cementos del Sur", contact="lquispe@cementossur.example.pe", charset="windows-1252"),

    m(MI, "mexico_te_esperamos", "es",
      ("Ana Sofía Treviño", "asofia.trevino@energianorte.example.mx"),
      "Te esperamos en Zoom",
      """Hola Ignacio, estuvimos en la sala de Zoom desde las 10:00 hasta las 10:20 y no te vimos entrar. Seguramente fue algo con la diferencia de horario. Avísame si quieres intentar otro día de esta semana.

Saludos,
Ana Sofía
Energía del Norte""",
      company="Energía del Norte", contact="asofia.trevino@energianorte.example.mx"),

    m(MI, "faena_no_llego", "es",
      ("Claudio Riquelme", "criquelme@sertrans.example.cl"),
      "??",
      """Ignacio no llegaste a la entrevista de hoy a las 11, el cliente estaba esperando. Me dejaste mal parado jaja. Dime si sigues interesado o busco a otro.

Claudio""",
      company="SerTrans Servicios Transitorios", contact="criquelme@sertrans.example.cl"),

    # application received
    m(AR, "trabajando_confirmacion", "es",
      ("Trabajando.com", "notificaciones@trabajando.example.com"),
      "Tu postulación fue enviada con éxito",
      """¡Hola Ignacio!

Tu postulación al aviso "Ingeniero de Mantenimiento Predictivo" de Aceros Cordillera fue enviada con éxito.

La empresa revisará tu CV y, si tu perfil se ajusta, se pondrá en contacto contigo. Debido al alto volumen de postulaciones, no todas las empresas pueden responder individualmente.

Revisa el estado de tus postulaciones en Mi Trabajando.

Equipo Trabajando.com""",
      company="Aceros Cordillera", contact="", fmt="html"),

    m(AR, "workday_codelco_style", "es",
      ("Corporación Cobre Andino", "cobreandino@myworkday.example.com"),
      "Hemos recibido su postulación: R-004512 Ingeniero Especialista Confiabilidad",
      """Estimado/a Ignacio,

Gracias por postular al cargo R-004512 Ingeniero Especialista Confiabilidad - División Norte.

Su postulación ha sido recibida correctamente y será evaluada por el equipo de selección. En caso de que su perfil avance en el proceso, le contactaremos a través del correo electrónico registrado.

Puede revisar el estado de su postulación en cualquier momento ingresando al portal de empleos.

Saludos cordiales,
Gerencia de Recursos Humanos
Corporación Cobre Andino

Por favor, no responda a este mensaje.""",
      company="Corporación Cobre Andino", contact="", fmt="alt"),

    m(AR, "consultora_no_feedback", "es",
      ("Guzmán & Asociados", "cv@guzmanasociados.example.cl"),
      "Recepción de antecedentes",
      """Estimado Ignacio,

Acusamos recibo de sus antecedentes para el proceso "Jefe de Prevención de Riesgos - Proyecto Minero, Región de Antofagasta".

Lamentablemente, dado el gran número de postulantes, no nos es posible entregar retroalimentación individual en esta etapa. Solo nos comunicaremos con las personas cuyo perfil avance a la etapa de entrevistas.

Agradecemos su interés.

Guzmán & Asociados
Consultores en Gestión de Personas""",
      company="Guzmán & Asociados", contact="", charset="iso-8859-1", cte="quoted-printable"),

    m(AR, "bumeran_argentina", "es",
      ("Bumeran", "no-responder@bumeran.example.com.ar"),
      "¡Te postulaste a Ingeniero/a de Planeamiento!",
      """Hola Ignacio,

¡Ya te postulaste! Tu CV fue enviado a la empresa YPF Energía Andina para el aviso Ingeniero/a de Planeamiento de Mantenimiento - Neuquén.

Mientras tanto, te recomendamos completar tu perfil al 100% para destacarte.

¡Suerte!
El equipo de Bumeran""",
      company="YPF Energía Andina", contact="", fmt="html",
      headers={"List-Unsubscribe": "<mailto:unsub@bumeran.example.com.ar>"}),

    m(AR, "sernageomin_style_portal", "es",
      ("Portal Empleos Públicos", "no-reply@empleospublicos.example.cl"),
      "Comprobante de postulación N° 88213",
      """Señor(a) IGNACIO TUPA-VILLALOBOS:

Su postulación al cargo "Profesional Fiscalizador de Seguridad Minera" del Servicio Nacional de Geología y Minería ha sido registrada exitosamente.

Número de postulación: 88213
Fecha: 02-06-2026 22:41

Recuerde que los resultados de cada etapa serán publicados en el portal.

Este correo es informativo. No responda a este mensaje.""",
      company="Servicio Nacional de Geología y Minería", contact=""),

    m(AR, "humano_acuso_recibo", "es",
      ("Patricio Lagos", "plagos@ingenieriahidro.example.cl"),
      "RE: Postulación Ingeniero de Proyectos",
      """Estimado Ignacio,

Acuso recibo de tu CV, muchas gracias. Estamos recibiendo postulaciones hasta el 15 de julio y después hacemos la primera revisión con el equipo. Te escribo en cuanto tenga novedades.

Saludos,
Patricio Lagos
Gerente de Proyectos
Ingeniería Hidroandina Ltda.
+56 2 2555 6610""",
      company="Ingeniería Hidroandina", contact="plagos@ingenieriahidro.example.cl",
      quote=("outlook", "lunes, 29 de junio de 2026 18:05", "Ignacio Tupa-Villalobos <ignacio.tv@example.cl>",
             "Estimado Patricio:\n\nAdjunto mi CV para el cargo de Ingeniero de Proyectos publicado en LinkedIn.\n\nSaludos cordiales,\nIgnacio")),

    m(AR, "computrabajo_mexico", "es",
      ("Computrabajo", "alertas@computrabajo.example.com.mx"),
      "Postulación recibida: Coordinador de Seguridad Industrial",
      """Hola Ignacio,

La empresa Minera Sierra Madre Occidental ha recibido tu postulación para Coordinador de Seguridad Industrial en Zacatecas.

¿Qué sigue? La empresa revisará tu hoja de vida. Te avisaremos si cambia el estado de tu candidatura.

Computrabajo""",
      company="Minera Sierra Madre Occidental", contact="", fmt="html"),

    m(AR, "startup_gracias_postular", "es",
      ("Equipo Hidrógeno Austral", "jobs@hidrogenoaustral.example.com"),
      "Gracias por postular a Hidrógeno Austral",
      """Hola Ignacio 👋

¡Recibimos tu postulación para HSE Lead - Planta Piloto Magallanes! Leemos todas las postulaciones (sí, todas) y te escribiremos dentro de las próximas dos semanas, sea cual sea el resultado.

Mientras tanto, puedes conocer más de nuestro proyecto en nuestro blog.

Un abrazo,
El equipo de Hidrógeno Austral

Enviado vía Teamtailor""",
      company="Hidrógeno Austral", contact="", fmt="alt"),

    m(AR, "successfactors_acero", "es",
      ("Careers Grupo Cementero Andino", "careers_noreply@successfactors.example.eu"),
      "Confirmación de postulación - Req. 50172",
      """Estimado(a) IGNACIO,

Gracias por su interés en Grupo Cementero Andino.

Confirmamos que hemos recibido su postulación para el puesto:
Req. 50172 - Jefe de Confiabilidad Planta Lima

Nuestro equipo revisará cuidadosamente su perfil. Si sus calificaciones coinciden con los requisitos del puesto, nos pondremos en contacto con usted. Debido a la gran cantidad de postulaciones recibidas, lamentablemente no podremos responder de forma individual a cada postulante.

Atentamente,
Grupo Cementero Andino
Talent Acquisition""",
      company="Grupo Cementero Andino", contact="", fmt="html", charset="windows-1252"),

    # offers
    m(OF, "carta_oferta_adjunta", "es",
      ("Paula Henríquez", "paula.henriquez@solaratacama.example.com"),
      "Carta oferta - Jefe de O&M",
      """Hola Ignacio!

Qué alegría escribirte esto: se reabrió el cargo y el directorio aprobó tu contratación. Te adjunto la carta oferta para el cargo de Jefe de O&M, con renta bruta mensual, bono anual y condiciones de turno 5x2 con base en Copiapó.

Revísala con calma y si tienes dudas lo conversamos. Idealmente necesitamos tu respuesta antes del viernes 14 de agosto. Una vez aceptada, coordinamos examen preocupacional y firma de contrato.

Un abrazo,
Paula Henríquez
People Lead | Solar Atacama SpA""",
      company="Solar Atacama", contact="paula.henriquez@solaratacama.example.com",
      attach=("Carta_Oferta_ITupa.pdf", "application/pdf")),

    m(OF, "oferta_verbal_confirmacion", "es",
      ("Felipe Undurraga", "fundurraga@andespartners.example.cl"),
      "Buenas noticias",
      """Ignacio, tal como te adelanté por teléfono: el cliente (Geotérmica Cordillera) quiere hacerte una oferta formal para la Gerencia de Mantenimiento. Te confirmo por escrito los números que conversamos: base anual, bono por desempeño de 3 sueldos y auto de la compañía. La carta oficial te llega mañana de parte de ellos.

Felicitaciones, muy merecido!

Un abrazo,
Felipe

--
Felipe Undurraga | Partner
Andes Partners Executive Search
+56 2 2555 4410""",
      company="Geotérmica Cordillera", contact="fundurraga@andespartners.example.cl"),

    m(OF, "peru_oferta_condicional", "es",
      ("Jorge Mamani", "jmamani@contratistasur.example.pe"),
      "Propuesta laboral - Supervisor de Planeamiento",
      """Buenas tardes Ignacio

Nos es grato comunicarte que has sido seleccionado para el puesto de Supervisor de Planeamiento. Adjunto encontrarás la propuesta laboral con el detalle de remuneración, régimen 14x7 y beneficios.

La incorporación queda sujeta a la aprobación del examen médico ocupacional y a la presentación de antecedentes policiales y penales. Agradeceré tu respuesta a la propuesta hasta el miércoles.

Atte.
Jorge Mamani Ccori
Contratistas Mineros del Sur""",
      company="Contratistas Mineros del Sur", contact="jmamani@contratistasur.example.pe",
      attach=("Propuesta_Laboral.pdf", "application/pdf"), charset="windows-1252"),

    m(OF, "contrato_firma_digital", "es",
      ("Buk", "firmas@buk.example.com"),
      "Brújula Energía te envió un contrato para firmar",
      """Hola Ignacio,

Brújula Energía te ha enviado el documento "Contrato de trabajo - Ingeniero PMO Senior" para tu firma electrónica.

Para revisar y firmar, ingresa aquí: https://app.buk.example.com/firma/82hd91

Si tienes dudas sobre el contenido del contrato, escribe a Trinidad Echeverría (trinidad@brujulaenergia.example.cl).

Buk - No respondas a este correo""",
      reply_to="Trinidad Echeverría <trinidad@brujulaenergia.example.cl>",
      company="Brújula Energía", contact="trinidad@brujulaenergia.example.cl", fmt="html"),

    m(OF, "argentina_propuesta", "es",
      ("Nicolás Bertolotti", "nbertolotti@litiopuna.example.com.ar"),
      "Propuesta",
      """Ignacio, ¿cómo va? Como te comenté ayer por teléfono, queremos que te sumes como Líder de Confiabilidad en Salta. Te mando adjunta la propuesta formal que armó RRHH con el paquete y la relocalización. Fijate y cualquier cosa la charlamos, ¿dale?

Ojalá digas que sí!
Abrazo
Nico""",
      company="Litio Puna", contact="nbertolotti@litiopuna.example.com.ar",
      attach=("Propuesta_Litio_Puna.pdf", "application/pdf")),
]
