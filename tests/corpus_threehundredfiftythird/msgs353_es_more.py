"""More Spanish job mail: Librerías Garabato, Lumen Traducciones, Talentia Selección (named
and unnamed clients), Norte Talento, Didáctica Tangram, Editorial Txantxangorri, Fundación
Lectura Viva, Ediciones Osaba, Red de Bibliotecas Ilargi, Kimu Jostailuak, Babel Norte."""

from __future__ import annotations

from msgs353_common import CAND, CAND_SIG_ES, Spec, m

OIHANA = ("Oihana Larrea", "oihana.larrea@garabato.example.es")
ROCIO = ("Rocío Benavente", "rocio.benavente@talentia-seleccion.example.es")
GORKA = ("Gorka Isasi", "gorka.isasi@nortetalento.example.es")
EDURNE = ("Edurne Sáez de Ibarra", "edurne@txantxangorri.example.es")
MAITE = ("Maite Oteiza", "maite.oteiza@osaba.example.es")
IKER = ("Iker Mendizabal", "iker.mendizabal@kimu.example.es")
LOREA = ("Lorea Arrieta", "lorea@babelnorte.example.es")

TALENTIA_SIG = (
    "Rocío Benavente Gil\nConsultora senior · Área Editorial y Cultura\nTalentia Selección\n"
    "Paseo de la Castellana 93, 28046 Madrid · +34 913 305 662\n"
    "Este correo y sus adjuntos son confidenciales. Si no es usted el destinatario, le rogamos "
    "que lo elimine y nos lo comunique.\n"
)
GARA_ICS = {"uid": "garabato-prueba-0318@garabato.example.es", "tz": "Europe/Madrid",
            "summary": "Jornada de prueba – Librerías Garabato Bilbao",
            "location": "Librerías Garabato, Calle Colón de Larreátegui 18, Bilbao",
            "organizer": OIHANA}

SPECS: list[Spec] = [
    # ---------------------------------------------------------------- Librerías Garabato
    m("garabato_ack", "application_received", "es",
      ("Librerías Garabato", "no-reply@smartrecruiters.com"),
      "Librerías Garabato: hemos recibido tu solicitud", "2026-02-23 07:58 +0000",
      "Hola Marisol,\n\n"
      "¡Gracias por tu interés en Librerías Garabato! Hemos recibido tu solicitud para "
      "Librero/a especialista en literatura infantil – Bilbao (Ref. GAR-BIO-112).\n\n"
      "Revisaremos tu perfil y, si encaja, te contactaremos. Puedes seguir tu solicitud "
      "desde tu cuenta.\n\nSaludos,\nSelección · Librerías Garabato\n",
      company="Librerías Garabato", fmt="html"),
    m("garabato_trial", "interview_invitation", "es", OIHANA,
      "Jornada de prueba en la tienda de Bilbao", "2026-03-10 13:26 +0100",
      "Hola Marisol:\n\n"
      "Soy Oihana, encargada de la tienda de Colón de Larreátegui. Nos gustaría invitarte a "
      "una jornada de prueba el miércoles 18 de marzo, de 10:00 a 14:00: conocerás al equipo, "
      "atenderás la sección infantil con nosotras y al final charlaremos un rato.\n\n"
      "Te mando la invitación de calendario. Trae ropa cómoda; el delantal te lo damos "
      "nosotras.\n\nUn saludo,\nOihana Larrea\nEncargada · Librerías Garabato Bilbao\n"
      "944 157 203\n",
      company="Librerías Garabato", contact=OIHANA[1], fmt="alt",
      ics={**GARA_ICS, "method": "REQUEST", "start": "20260318T100000",
           "end": "20260318T140000", "seq": 0}),
    m("garabato_cancel", "interview_reschedule_or_cancel", "es", OIHANA,
      "Cancelada: Jornada de prueba – Librerías Garabato Bilbao", "2026-03-16 19:04 +0100",
      "Hola Marisol:\n\n"
      "Te escribo con prisa: nos han adelantado el inventario trimestral al miércoles y no "
      "podremos hacer la jornada de prueba ese día, así que cancelo la cita del calendario.\n\n"
      "Tu candidatura sigue adelante; en cuanto tenga el nuevo cuadrante te propongo otra "
      "fecha.\n\nPerdona,\nOihana\n",
      company="Librerías Garabato", contact=OIHANA[1],
      ics={**GARA_ICS, "method": "CANCEL", "start": "20260318T100000",
           "end": "20260318T140000", "seq": 1}),
    m("garabato_newdate", "interview_reschedule_or_cancel", "es", OIHANA,
      "Nueva fecha para tu jornada de prueba", "2026-03-19 10:48 +0100",
      "Hola de nuevo:\n\n"
      "Ya tengo cuadrante. ¿Te viene bien hacer la jornada de prueba el sábado 28 de marzo, de "
      "10:00 a 14:00? Los sábados hay mucho movimiento en infantil, así que verás la tienda "
      "en su mejor momento. Te reenvío la invitación actualizada.\n\nOihana\n",
      company="Librerías Garabato", contact=OIHANA[1], parent="garabato_cancel",
      quote="reply",
      ics={**GARA_ICS, "method": "REQUEST", "start": "20260328T100000",
           "end": "20260328T140000", "seq": 2}),
    m("garabato_no", "rejection", "es", OIHANA,
      "Tu jornada con nosotras", "2026-04-08 16:20 +0200",
      "Hola Marisol:\n\n"
      "Primero, gracias por el sábado: a los niños de la hora del cuento les encantaste, y a "
      "nosotras también.\n\n"
      "Aun así, tengo que contarte que al final la plaza va a ser para una compañera que ya "
      "trabajaba en la tienda de Donostia y ha pedido el traslado. Sé que no es la noticia que "
      "esperabas y lo siento de verdad.\n\n"
      "Si más adelante abrimos otra vacante en Bilbao, te escribiré yo misma.\n\n"
      "Un abrazo,\nOihana\n",
      company="Librerías Garabato", contact=OIHANA[1], cte="8bit"),
    # ---------------------------------------------------------------- Lumen Traducciones
    m("lumen_ack", "application_received", "es",
      ("Lumen Traducciones", "noreply@personio.de"),
      "Tu candidatura en Lumen Traducciones", "2026-01-08 10:11 +0100",
      "Hola Marisol Etxeberria Quaye:\n\n"
      "Gracias por tu candidatura para el puesto de Revisor/a de traducciones de literatura "
      "infantil (ES/EU/FR). Te confirmamos que la hemos recibido.\n\n"
      "Nos tomamos un tiempo para revisar cada perfil. Te informaremos sobre los próximos "
      "pasos.\n\nAtentamente,\nTu equipo de Lumen Traducciones\n\n"
      "Este correo se ha generado automáticamente.\n",
      company="Lumen Traducciones", fmt="alt", cte="base64"),
    m("lumen_no", "rejection", "es",
      ("Lumen Traducciones", "noreply@personio.de"),
      "Tu candidatura en Lumen Traducciones", "2026-02-02 15:31 +0100",
      "Hola Marisol Etxeberria Quaye:\n\n"
      "Gracias de nuevo por tu interés en Lumen Traducciones. Después de revisar tu "
      "candidatura con detenimiento, lamentamos comunicarte que no vamos a continuar con ella "
      "en esta ocasión. Buscamos a alguien con al menos tres años de experiencia en revisión "
      "profesional.\n\nTe deseamos mucho éxito.\n\nAtentamente,\nTu equipo de Lumen "
      "Traducciones\n",
      company="Lumen Traducciones", fmt="alt", cte="base64", parent="lumen_ack"),
    # ---------------------------------------------------------------- Talentia Selección
    m("bambalina_invite", "interview_invitation", "es", ROCIO,
      "Editorial Bambalina – entrevista con dirección", "2026-04-27 12:40 +0200",
      "Hola Marisol:\n\n"
      "Como te anticipé por teléfono, te he presentado a nuestro cliente Editorial Bambalina "
      "para el puesto de Editora junior de primeras lecturas, y les ha gustado mucho tu perfil.\n"
      "\nQuieren conocerte en una entrevista con su directora, Carmen Yáñez:\n"
      "- Martes 5 de mayo, 16:00 h\n- Oficinas de Bambalina, Calle Fuencarral 122, 4.º, "
      "Madrid\n- Duración: 1 hora aprox.\n\n"
      "Te llamo mañana para prepararla juntas. ¿Me confirmas asistencia?\n\n" + TALENTIA_SIG,
      company="Editorial Bambalina", contact=ROCIO[1], fmt="alt", charset="windows-1252",
      cte="quoted-printable"),
    m("bambalina_postponed", "interview_reschedule_or_cancel", "es", ROCIO,
      "RE: Editorial Bambalina – entrevista con dirección", "2026-04-30 09:12 +0200",
      "Buenos días, Marisol:\n\n"
      "Carmen Yáñez me pide aplazar la entrevista del martes a la semana siguiente; está de "
      "viaje por la Feria del Libro de Guadalajara. Me propone el martes 12 de mayo, a la "
      "misma hora. ¿Te encaja?\n\n" + TALENTIA_SIG,
      company="Editorial Bambalina", contact=ROCIO[1], parent="bambalina_invite",
      quote="outlook", charset="windows-1252", cte="quoted-printable"),
    m("bambalina_no", "rejection", "es", ROCIO,
      "Editorial Bambalina – decisión final", "2026-05-21 17:48 +0200",
      "Hola Marisol:\n\n"
      "Acabo de hablar con Carmen Yáñez. Han valorado muy positivamente la entrevista, pero "
      "finalmente se han decantado por una candidata con más experiencia en producción "
      "editorial, algo que necesitan cubrir de inmediato.\n\n"
      "Siento darte esta noticia. Seguiré contando contigo para otros procesos del sector; "
      "tu perfil educativo es poco habitual y muy valioso.\n\n" + TALENTIA_SIG,
      company="Editorial Bambalina", contact=ROCIO[1], charset="windows-1252", cte="8bit"),
    m("talentia_call", "interview_invitation", "es",
      ("Talentia Selección", "seleccion@talentia-seleccion.example.es"),
      "Proceso confidencial: editorial educativa en Madrid", "2026-06-15 10:05 +0200",
      "Hola Marisol:\n\n"
      "Gracias por inscribirte en nuestra oferta de Especialista de contenidos de Educación "
      "Infantil. Nuestro cliente, una editorial educativa con sede en Madrid (proceso "
      "confidencial), ha preseleccionado tu candidatura.\n\n"
      "Te proponemos una primera entrevista telefónica con nuestra consultora el jueves 18 de "
      "junio a las 12:00. Si no te va bien, responde a Rocío con otra franja.\n\n"
      "Un saludo,\nTalentia Selección\n",
      company="Talentia Selección", contact=ROCIO[1], reply_to=ROCIO, fmt="html"),
    m("talentia_no", "rejection", "es", ROCIO,
      "Proceso Especialista de contenidos de Educación Infantil", "2026-07-09 13:14 +0200",
      "Hola Marisol:\n\n"
      "Te escribo para cerrar el proceso de Especialista de contenidos. Nuestro cliente ha "
      "presentado una terna final de la que, lamentablemente, no formas parte: han priorizado "
      "perfiles con experiencia previa en editoriales de libro de texto.\n\n"
      "Gracias por tu disponibilidad durante estas semanas.\n\n" + TALENTIA_SIG,
      company="Talentia Selección", contact=ROCIO[1], charset="windows-1252",
      cte="quoted-printable"),
    # ---------------------------------------------------------------- Norte Talento
    m("norte_missed", "missed_interview_notice", "es", GORKA,
      "Nuestra llamada de hoy", "2026-02-17 16:22 +0100",
      "Hola Marisol:\n\n"
      "Te he llamado a las 16:00, como habíamos quedado, para la entrevista telefónica del "
      "proceso de Responsable de contenidos para un fabricante de juego didáctico que "
      "llevamos, pero no he podido localizarte (me salta el buzón).\n\n"
      "Si todavía te interesa, dime cuándo puedo volver a llamarte esta semana.\n\n"
      "Gorka Isasi\nConsultor · Norte Talento Consultores\nGran Vía 45, 48011 Bilbao\n"
      "+34 946 612 840\n",
      company="Norte Talento Consultores", contact=GORKA[1], charset="iso-8859-1",
      cte="8bit"),
    m("norte_no", "rejection", "es", GORKA,
      "Re: Nuestra llamada de hoy", "2026-03-05 11:37 +0100",
      "Hola Marisol:\n\n"
      "Gracias por la entrevista del otro día. Te cuento: el cliente ha revisado la terna y no "
      "va a seguir adelante con tu candidatura; busca a alguien con experiencia en "
      "producción con fábricas en Asia.\n\n"
      "Me guardo tu CV para otros procesos en el ámbito educativo.\n\nGorka\n",
      company="Norte Talento Consultores", contact=GORKA[1], parent="norte_missed",
      quote="reply"),
    m("norte_own_sorry", "other", "es", CAND,
      "Re: Nuestra llamada de hoy", "2026-02-17 18:03 +0100",
      "Hola Gorka:\n\nPerdona, estaba en una excursión con el grupo de cinco años y me quedé "
      "sin cobertura en Salburua. ¿Te iría bien el jueves a partir de las 16:30?\n\n"
      + CAND_SIG_ES,
      to=GORKA, parent="norte_missed", quote="reply", charset="iso-8859-1", cte="8bit"),
    # ---------------------------------------------------------------- Didáctica Tangram
    m("tangram_ack", "application_received", "es",
      ("Didáctica Tangram", "didacticatangram@myworkday.com"),
      "Gracias por su solicitud: Product Content Specialist – Early Learning (R-0884)",
      "2026-01-20 16:02 +0000",
      "Estimada Marisol:\n\n"
      "Gracias por presentar su solicitud para Product Content Specialist – Early Learning "
      "(R-0884) en Didáctica Tangram. Su solicitud se ha enviado correctamente.\n\n"
      "Puede revisar el estado de la solicitud en cualquier momento iniciando sesión en su "
      "cuenta de candidato.\n\nAtentamente,\nAdquisición de Talento\nDidáctica Tangram\n",
      company="Didáctica Tangram", fmt="alt", cte="quoted-printable"),
    m("tangram_filled", "rejection", "es",
      ("Didáctica Tangram", "didacticatangram@myworkday.com"),
      "Actualización de su solicitud (R-0884)", "2026-02-18 09:30 +0000",
      "Estimada Marisol:\n\n"
      "Le agradecemos el interés mostrado en la posición Product Content Specialist – Early "
      "Learning (R-0884). Le informamos de que la vacante ha sido cubierta mediante promoción "
      "interna, por lo que el proceso queda cerrado.\n\n"
      "Le animamos a seguir consultando nuestro portal de empleo.\n\n"
      "Atentamente,\nAdquisición de Talento\nDidáctica Tangram\n",
      company="Didáctica Tangram", fmt="alt", cte="quoted-printable"),
    # ---------------------------------------------------------------- Editorial Txantxangorri
    m("txantx_invite", "interview_invitation", "es", EDURNE,
      "¿Un café en la editorial?", "2026-01-22 20:11 +0100",
      "Hola Marisol:\n\n"
      "Me pasó tu CV Amaia, la de la librería de la calle Dato. Estamos buscando a alguien "
      "para ayudarnos con la colección de primeros lectores bilingüe y creo que podrías "
      "encajar.\n\n¿Te vendrías a la editorial el lunes 2 de febrero a las 17:30 para una "
      "entrevista informal? Estamos en la calle Cuchillería 41, 1.º (el timbre no funciona, "
      "llama al móvil: 688 402 117).\n\nUn beso,\nEdurne Sáez de Ibarra\nEditorial "
      "Txantxangorri\n",
      company="Editorial Txantxangorri", contact=EDURNE[1], charset="iso-8859-1", cte="8bit",
      hdr=("q", "iso-8859-1")),
    m("txantx_missed", "missed_interview_notice", "es", EDURNE,
      "Re: ¿Un café en la editorial?", "2026-02-03 09:14 +0100",
      "Buenos días, Marisol:\n\n"
      "Ayer te estuvimos esperando a las 17:30 hasta casi las seis y media, y te llamé un par "
      "de veces al móvil. Supongo que se te complicó algo.\n\n"
      "Dime algo cuando puedas y vemos si buscamos otro día.\n\nEdurne\n",
      company="Editorial Txantxangorri", contact=EDURNE[1], parent="txantx_invite",
      quote="reply", charset="iso-8859-1", cte="quoted-printable", hdr=("q", "iso-8859-1")),
    m("txantx_own_sorry", "other", "es", CAND,
      "Re: ¿Un café en la editorial?", "2026-02-03 12:40 +0100",
      "Edurne, perdóname. Tuve una reunión de evaluación con familias que se alargó y no vi "
      "tus llamadas hasta las ocho. Me da muchísima vergüenza.\n\n"
      "Si todavía estáis a tiempo, me adapto a cualquier tarde de la semana que viene.\n\n"
      "Marisol\n",
      to=EDURNE, parent="txantx_missed", quote="reply", cte="8bit"),
    m("txantx_no", "rejection", "es", EDURNE,
      "La colección bilingüe", "2026-03-02 18:55 +0100",
      "Hola Marisol:\n\n"
      "Gracias otra vez por venir el martes y por tus ideas para la colección. Te debo una "
      "respuesta: al final la Diputación no nos ha concedido la ayuda a la edición en "
      "euskera y hemos decidido aparcar la colección bilingüe este año, así que no vamos a "
      "contratar a nadie para ese puesto.\n\n"
      "Me sabe fatal. Si lo retomamos en 2027, serás la primera a la que llame.\n\n"
      "Un abrazo,\nEdurne\n",
      company="Editorial Txantxangorri", contact=EDURNE[1], charset="iso-8859-1",
      cte="8bit", hdr=("b", "iso-8859-1")),
    # ---------------------------------------------------------------- Fundación Lectura Viva
    m("lecturaviva_ack", "application_received", "es",
      ("Fundación Lectura Viva", "no-reply@recruitee.com"),
      "Gracias por tu candidatura – Técnica de programas educativos",
      "2026-02-25 11:44 +0100",
      "Hola Marisol,\n\n"
      "Hemos recibido tu candidatura para Técnica de programas educativos. ¡Gracias!\n\n"
      "Debido al elevado número de candidaturas, no podemos responder de forma individual a "
      "cada persona. Si tu perfil avanza en el proceso, te contactaremos en un plazo de tres "
      "semanas.\n\nFundación Lectura Viva\n",
      company="Fundación Lectura Viva", fmt="html", cte="quoted-printable"),
    m("lecturaviva_paused", "rejection", "es",
      ("Marta Quiroga via Recruitee", "no-reply@recruitee.com"),
      "Técnica de programas educativos: proceso en pausa", "2026-03-20 12:05 +0100",
      "Hola Marisol,\n\n"
      "Te escribimos para informarte de que hemos decidido poner en pausa la contratación del "
      "puesto de Técnica de programas educativos hasta el próximo ejercicio, por lo que no "
      "vamos a seguir adelante con las candidaturas recibidas.\n\n"
      "Sentimos las molestias y agradecemos mucho tu interés.\n\nMarta Quiroga\n"
      "Fundación Lectura Viva\n",
      company="Fundación Lectura Viva", contact="marta.quiroga@lecturaviva.example.org",
      reply_to=("Marta Quiroga", "marta.quiroga@lecturaviva.example.org"), fmt="alt"),
    # ---------------------------------------------------------------- Ediciones Osaba
    m("osaba_ack", "application_received", "es",
      ("Ediciones Osaba", "no-reply@hire.lever.co"),
      "Ediciones Osaba – candidatura recibida", "2026-06-02 08:15 +0000",
      "Hola Marisol:\n\nGracias por presentar tu candidatura al puesto de Editora de mesa – "
      "Álbum ilustrado (Pamplona). Nuestro equipo la está revisando.\n\n"
      "Ediciones Osaba\n",
      company="Ediciones Osaba", fmt="alt"),
    m("osaba_invite", "interview_invitation", "es",
      ("Maite Oteiza", "no-reply@hire.lever.co"),
      "Entrevista con Ediciones Osaba", "2026-06-10 14:28 +0000",
      "Hola Marisol,\n\n"
      "Nos gustaría invitarte a una entrevista por videollamada para el puesto de Editora de "
      "mesa. Por favor, reserva el horario que prefieras con este enlace de programación:\n"
      "https://hire.lever.co/schedule/osaba/4f1c2e\n\n"
      "Hay huecos entre el 15 y el 19 de junio. Cualquier duda, responde a este correo.\n\n"
      "Maite Oteiza\nEdiciones Osaba\n",
      company="Ediciones Osaba", contact=MAITE[1], reply_to=MAITE, fmt="alt"),
    m("osaba_postponed", "interview_reschedule_or_cancel", "es", MAITE,
      "Aplazamos la entrevista del miércoles", "2026-06-16 08:55 +0200",
      "Hola Marisol:\n\n"
      "Lo siento mucho, pero tenemos que aplazar la entrevista de mañana miércoles: nuestro "
      "editor jefe está de baja unos días. Te escribo en cuanto tengamos nueva fecha, "
      "seguramente la semana del 22.\n\nGracias por la comprensión,\nMaite\n",
      company="Ediciones Osaba", contact=MAITE[1], fmt="html", cte="base64"),
    m("osaba_missed", "missed_interview_notice", "es", MAITE,
      "Intentamos llamarte", "2026-06-24 11:20 +0200",
      "Hola Marisol:\n\n"
      "Hoy a las 11:00 intentamos llamarte por Teams para la entrevista reprogramada y también "
      "al teléfono del CV, sin éxito. ¿Ha habido algún problema con la convocatoria?\n\n"
      "Saludos,\nMaite Oteiza\nEdiciones Osaba · Avda. de Carlos III 9, Pamplona\n",
      company="Ediciones Osaba", contact=MAITE[1], parent="osaba_postponed", quote="reply"),
    m("osaba_no", "rejection", "es",
      ("Ediciones Osaba", "no-reply@hire.lever.co"),
      "Tu candidatura en Ediciones Osaba", "2026-07-06 09:00 +0000",
      "Hola Marisol,\n\n"
      "Gracias por tu interés en Ediciones Osaba y por tu tiempo durante el proceso. Tras "
      "valorar todas las candidaturas, hemos decidido continuar con otras personas cuya "
      "experiencia encaja más con las necesidades actuales del puesto.\n\n"
      "Te deseamos lo mejor en tu búsqueda.\n\nEdiciones Osaba\n",
      company="Ediciones Osaba", fmt="alt", cte="base64"),
    # ---------------------------------------------------------------- Bibliotecas Ilargi
    m("ilargi_ack", "application_received", "es",
      ("CulturaEmplea", "no-reply@culturaemplea.example.es"),
      "Candidatura enviada: Bibliotecaria infantil – Red de Bibliotecas Ilargi",
      "2026-01-12 22:03 +0100",
      "¡Hola Marisol!\n\nTu candidatura a la oferta «Bibliotecaria/o infantil (sustitución)» "
      "de Red de Bibliotecas Ilargi (Pamplona) se ha enviado correctamente.\n\n"
      "La entidad revisará las candidaturas y contactará directamente con las personas "
      "seleccionadas.\n\nCulturaEmplea · Empleo en cultura\n",
      company="Red de Bibliotecas Ilargi", fmt="alt", style="newsletter"),
    m("ilargi_no", "rejection", "es",
      ("Red de Bibliotecas Ilargi", "no-reply@ilargi.example.es"),
      "Resultado de la valoración de méritos", "2026-02-26 08:00 +0100",
      "Estimada candidata:\n\n"
      "Le comunicamos que, una vez baremados los méritos, su candidatura no figura entre las "
      "seleccionadas para la fase de entrevista en el proceso de Bibliotecaria/o infantil "
      "(sustitución). La lista completa puede consultarse en el tablón de anuncios.\n\n"
      "Red de Bibliotecas Ilargi\n",
      company="Red de Bibliotecas Ilargi", charset="iso-8859-1", cte="quoted-printable"),
    # ---------------------------------------------------------------- Kimu Jostailuak
    m("kimu_no", "rejection", "es", IKER,
      "RE: Candidatura diseñadora de contenidos", "2026-01-29 13:22 +0100",
      "Hola Marisol,\n\n"
      "Muchas gracias por escribirnos y por el dossier de actividades, que nos ha parecido muy "
      "cuidado. En este momento, sin embargo, hemos cubierto la necesidad con una persona de "
      "nuestro equipo de diseño, así que no vamos a abrir el proceso fuera.\n\n"
      "Te deseamos mucha suerte.\n\n"
      "Iker Mendizabal\nDirector de producto\nKimu Jostailuak\n"
      "Portal de Gamarra 52, 01013 Vitoria-Gasteiz\n",
      company="Kimu Jostailuak", contact=IKER[1], fmt="alt", charset="windows-1252",
      cte="quoted-printable", parent="kimu_own_apply", quote="outlook"),
    m("kimu_own_apply", "other", "es", CAND,
      "Candidatura diseñadora de contenidos", "2026-01-19 21:30 +0100",
      "Hola Iker:\n\n"
      "Soy maestra de Educación Infantil en Vitoria y llevo años creando juegos y materiales "
      "para mi aula. He visto vuestros puzzles de mapas en el cole y me encantaría colaborar "
      "con Kimu en el diseño de contenidos. Te adjunto CV y un pequeño dossier.\n\n"
      + CAND_SIG_ES,
      to=IKER, pdfs=[("CV_Marisol_Etxeberria.pdf",
                      ["Marisol Etxeberria Quaye", "Maestra de Educacion Infantil",
                       "Vitoria-Gasteiz - marisol.etxeberria@example.es"]),
                     ("Dossier_actividades.pdf", ["Dossier de actividades", "2019-2025"])]),
    # ---------------------------------------------------------------- Babel Norte
    m("babel_test", "interview_invitation", "es", LOREA,
      "Prueba de traducción y entrevista", "2026-08-31 10:02 +0200",
      "Hola, Marisol:\n\n"
      "Gracias por tu interés en colaborar con Babel Norte como revisora de literatura "
      "infantil. El siguiente paso es una prueba de revisión (un álbum de 900 palabras, "
      "francés–castellano) y, a continuación, una entrevista por videollamada con nuestra "
      "jefa de proyectos.\n\n"
      "Te propongo el lunes 7 de septiembre: prueba de 9:00 a 11:00 y entrevista a las 12:00. "
      "¿Te va bien?\n\nLorea Arrieta\nBabel Norte Traducciones · Vitoria-Gasteiz\n",
      company="Babel Norte Traducciones", contact=LOREA[1], cte="8bit"),
    m("babel_no", "rejection", "es", LOREA,
      "Re: Prueba de traducción y entrevista", "2026-09-16 15:45 +0200",
      "Hola, Marisol:\n\n"
      "Ya hemos valorado tu prueba y la entrevista. Tu revisión tiene muy buen oído para el "
      "lector infantil, pero necesitamos un nivel de francés más alto para los encargos que "
      "tenemos este otoño, así que no podemos incorporarte a nuestro equipo de revisores por "
      "ahora.\n\nGracias por el esfuerzo.\nLorea\n",
      company="Babel Norte Traducciones", contact=LOREA[1], parent="babel_test",
      quote="reply", cte="8bit"),
]
