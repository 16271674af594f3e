"""Spanish job threads: Ediciones Lunaria (offer), Fundación Argizaiola (offer),
Pinpilinpauxa Juguetes, Red de Bibliotecas Alcorza."""

from __future__ import annotations

from msgs353_common import CAND, CAND_SIG_EN, CAND_SIG_ES, Spec, m

NURIA = ("Núria Vilaseca", "nuria.vilaseca@lunaria.example.es")
MONTSE = ("Montserrat Roig i Pujol", "montse.roig@lunaria.example.es")
JORDI = ("Jordi Casals", "jordi.casals@lunaria.example.es")
HANNAH = ("Hannah Okafor", "hannah.okafor@lunaria.example.es")
ITZIAR = ("Itziar Goikoetxea", "igoikoetxea@argizaiola.example.org")
JONANDER = ("Jon Ander Urrutia", "jaurrutia@argizaiola.example.org")
LEIRE = ("Leire Bengoa", "administracion.lbengoa@argizaiola.example.org")
ANE = ("Ane Zabaleta", "ane.zabaleta@pinpilinpauxa.example.es")
PILAR = ("Pilar Marcos Llorente", "pmarcos@alcorza.example.es")

LUNARIA_SIG = (
    "Núria Vilaseca\nTalent & People · Ediciones Lunaria\nC/ de la Diputació 214, 08011 Barcelona\n"
    "T. +34 932 118 440\n"
)
ARGI_SIG = (
    "Itziar Goikoetxea Arana\nResponsable de Personas\nFundación Argizaiola\n"
    "Alameda de Mazarredo 31, 48009 Bilbao\nTel. 944 230 517\n"
)
ARGI_LEGAL = (
    "AVISO LEGAL: Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su "
    "destinatario. Si lo ha recibido por error, comuníquelo al remitente y bórrelo. De acuerdo "
    "con el RGPD, sus datos se tratarán por Fundación Argizaiola con la finalidad de gestionar "
    "procesos de selección.\n"
)

SPECS: list[Spec] = [
    # ---------------------------------------------------------------- Ediciones Lunaria
    m("lunaria_ack", "application_received", "es",
      ("Ediciones Lunaria", "no-reply@greenhouse-mail.io"),
      "Gracias por tu candidatura a Ediciones Lunaria", "2026-02-09 08:41 +0000",
      "Hola, Marisol:\n\n"
      "Te confirmamos que hemos recibido tu candidatura para el puesto de Asistente editorial "
      "– Infantil y Juvenil (Barcelona).\n\n"
      "Nuestro equipo revisará tu perfil con calma durante las próximas semanas. Si encaja con "
      "lo que buscamos, nos pondremos en contacto contigo para el siguiente paso.\n\n"
      "Mientras tanto, puedes consultar el estado de tu candidatura en el portal.\n\n"
      "Gracias por el interés en formar parte de Lunaria.\n\nEl equipo de Talent & People\n",
      company="Ediciones Lunaria", fmt="alt", cte="base64"),
    m("lunaria_invite", "interview_invitation", "es", NURIA,
      "Entrevista: Asistente editorial Infantil y Juvenil", "2026-02-16 12:05 +0100",
      "Hola Marisol,\n\n"
      "Gracias por tu paciencia. Hemos leído tu candidatura y nos ha gustado mucho tu "
      "experiencia en el aula con álbum ilustrado y cuentacuentos.\n\n"
      "Nos gustaría tener una primera conversación por videollamada (Google Meet, unos 40 "
      "minutos) el martes 24 de febrero a las 10:00. Te envío la invitación de calendario; si "
      "ese horario no te va bien, dime y buscamos otro.\n\n"
      "Estarán Ignasi Ferrer, editor de la colección Primeros Lectores, y yo.\n\n"
      "Un abrazo,\n" + LUNARIA_SIG,
      company="Ediciones Lunaria", contact=NURIA[1], fmt="alt",
      ics={"method": "REQUEST", "uid": "lunaria-7731-entrevista@lunaria.example.es",
           "start": "20260224T100000", "end": "20260224T104000",
           "summary": "Entrevista Marisol Etxeberria – Asistente editorial",
           "location": "Google Meet: meet.example.es/lun-qwe-rty", "organizer": NURIA,
           "seq": 0, "description": "Primera entrevista con Núria e Ignasi."}),
    m("lunaria_moved", "interview_reschedule_or_cancel", "es", NURIA,
      "Re: Entrevista: Asistente editorial Infantil y Juvenil", "2026-02-20 17:22 +0100",
      "Hola de nuevo, Marisol:\n\n"
      "Perdona el cambio: a Ignasi le ha surgido un viaje a la feria de Bolonia y el martes no "
      "podrá estar. ¿Podemos pasar la entrevista al jueves 26 a las 11:30? Te he actualizado "
      "la invitación en el calendario.\n\n"
      "Disculpa las molestias, y gracias por la flexibilidad.\n\nNúria\n",
      company="Ediciones Lunaria", contact=NURIA[1], parent="lunaria_invite", quote="reply",
      ics={"method": "REQUEST", "uid": "lunaria-7731-entrevista@lunaria.example.es",
           "start": "20260226T113000", "end": "20260226T121000",
           "summary": "Entrevista Marisol Etxeberria – Asistente editorial (nueva hora)",
           "location": "Google Meet: meet.example.es/lun-qwe-rty", "organizer": NURIA,
           "seq": 1}, ics_cte="quoted-printable"),
    m("lunaria_own_thanks", "other", "es", CAND,
      "Re: Entrevista: Asistente editorial Infantil y Juvenil", "2026-02-26 19:48 +0100",
      "Hola Núria:\n\n"
      "Muchas gracias a ti y a Ignasi por la conversación de esta mañana. Me quedé con ganas "
      "de seguir hablando de la colección Primeros Lectores y de cómo testáis los textos con "
      "niños de cinco y seis años; es justo lo que hago cada día en clase.\n\n"
      "Quedo a vuestra disposición para lo que necesitéis.\n\n" + CAND_SIG_ES,
      to=NURIA, parent="lunaria_moved", quote="reply", cte="8bit"),
    m("lunaria_second", "interview_invitation", "es", NURIA,
      "Segunda entrevista en Barcelona – Lunaria", "2026-03-04 10:14 +0100",
      "Hola Marisol,\n\n"
      "¡Buenas noticias! Nos gustaría invitarte a una segunda entrevista, esta vez presencial, "
      "en nuestra oficina de Barcelona con Montserrat Roig, directora editorial.\n\n"
      "Propuesta: miércoles 11 de marzo a las 12:00, C/ de la Diputació 214, 3.º 2.ª.\n"
      "Duración aproximada: hora y media. La primera parte será una pequeña prueba: te daremos "
      "un manuscrito de álbum ilustrado para que propongas un informe de lectura breve.\n\n"
      "Nosotros cubrimos el tren desde Vitoria. ¿Nos confirmas si te va bien?\n\n"
      "Un saludo,\n" + LUNARIA_SIG,
      company="Ediciones Lunaria", contact=NURIA[1], fmt="alt", cte="quoted-printable"),
    m("lunaria_offer_verbal", "offer", "es", MONTSE,
      "Lo que hablamos por teléfono", "2026-03-27 18:30 +0100",
      "Marisol, bona tarda:\n\n"
      "Como te he dicho hace un rato por teléfono, el equipo está encantado contigo y queremos "
      "ofrecerte el puesto de Asistente editorial en Infantil y Juvenil. Jordi, de Personas, te "
      "mandará la carta de oferta con las condiciones detalladas en los próximos días.\n\n"
      "Resumen de lo que te adelanté: contrato indefinido, 30.500 euros brutos anuales, "
      "incorporación en mayo, dos días de teletrabajo a la semana.\n\n"
      "Tómate el tiempo que necesites para pensarlo; cualquier duda, llámame directamente.\n\n"
      "Montse\n--\nMontserrat Roig i Pujol\nDirectora editorial · Ediciones Lunaria\n",
      company="Ediciones Lunaria", contact=MONTSE[1], cte="8bit", charset="iso-8859-1",
      hdr=("q", "iso-8859-1")),
    m("lunaria_offer_letter", "offer", "es", JORDI,
      "Carta de oferta – Asistente editorial Infantil y Juvenil", "2026-04-01 09:52 +0200",
      "Buenos días, Marisol:\n\n"
      "Siguiendo la conversación con Montserrat, te adjunto la carta de oferta formal para el "
      "puesto de Asistente editorial – Infantil y Juvenil.\n\n"
      "En ella encontrarás salario, jornada, periodo de prueba y fecha de incorporación "
      "prevista (4 de mayo de 2026). Te agradeceríamos una respuesta antes del 10 de abril.\n\n"
      "Quedo atento a cualquier pregunta.\n\n"
      "Jordi Casals\nResponsable de Personas\nEdiciones Lunaria\n+34 932 118 447\n",
      company="Ediciones Lunaria", contact=JORDI[1],
      pdfs=[("Carta_oferta_Lunaria_MEtxeberria.pdf",
             ["Ediciones Lunaria - Carta de oferta", "Barcelona, 1 de abril de 2026",
              "Estimada Marisol Etxeberria Quaye:",
              "Nos complace ofrecerle el puesto de Asistente editorial (Infantil y Juvenil).",
              "Salario bruto anual: 30.500 EUR. Contrato indefinido.",
              "Incorporacion prevista: 4 de mayo de 2026.", "Jordi Casals, Personas"])]),
    m("lunaria_own_negotiate", "other", "es", CAND,
      "Re: Carta de oferta – Asistente editorial Infantil y Juvenil", "2026-04-02 21:10 +0200",
      "Hola Jordi:\n\n"
      "Muchísimas gracias por la carta; me hace mucha ilusión. Antes de responder quería "
      "plantearte dos cosas: como termino el curso escolar el 19 de junio, ¿sería posible "
      "incorporarme el 1 de julio? Y, si pudiera ser, revisar el salario hacia los 32.000, "
      "teniendo en cuenta el traslado a Barcelona.\n\n"
      "Gracias de antemano,\nMarisol\n",
      to=JORDI, parent="lunaria_offer_letter", quote="reply"),
    m("lunaria_offer_revised", "offer", "es", JORDI,
      "RE: Carta de oferta – Asistente editorial Infantil y Juvenil", "2026-04-07 13:03 +0200",
      "Hola Marisol:\n\n"
      "Lo hemos hablado con Montserrat y con dirección. Podemos mover la incorporación al 1 de "
      "julio sin problema y ajustar el salario a 31.500 euros brutos anuales, más una ayuda de "
      "traslado de 1.200 euros. Te adjunto la carta actualizada.\n\n"
      "Si estás de acuerdo, firma la última página y nos la devuelves escaneada.\n\n"
      "Saludos,\nJordi\n",
      company="Ediciones Lunaria", contact=JORDI[1], parent="lunaria_own_negotiate",
      quote="outlook", charset="windows-1252", cte="quoted-printable", hdr=("b", "utf-8"),
      pdfs=[("Carta_oferta_Lunaria_v2.pdf",
             ["Ediciones Lunaria - Carta de oferta (version 2)",
              "Salario bruto anual: 31.500 EUR. Ayuda de traslado: 1.200 EUR.",
              "Incorporacion: 1 de julio de 2026."])]),
    m("lunaria_offer_en", "offer", "en", HANNAH,
      "A personal note from Lunaria", "2026-04-08 16:45 +0200",
      "Dear Marisol,\n\n"
      "Jordi tells me the updated offer is with you, and I wanted to add a few words of my own. "
      "I head our international co-editions, and your background in early-years teaching is "
      "exactly what we have been missing when we test picture books across languages.\n\n"
      "We would genuinely love you to join us as Editorial Assistant this summer. If it helps "
      "your decision, I am happy to have a call about how the role works with my team.\n\n"
      "Warm regards,\nHannah Okafor\nInternational Rights & Co-editions Director\n"
      "Ediciones Lunaria, Barcelona\n",
      company="Ediciones Lunaria", contact=HANNAH[1], fmt="alt", cte="7bit"),
    m("lunaria_own_time", "other", "en", CAND,
      "Re: A personal note from Lunaria", "2026-04-09 08:12 +0200",
      "Dear Hannah,\n\nThank you so much for your kind message. I am very touched. I am "
      "finishing another process and will give Jordi my answer as soon as I can, at the "
      "latest by the 24th.\n\n" + CAND_SIG_EN,
      to=HANNAH, parent="lunaria_offer_en", quote="reply", cte="7bit"),
    m("lunaria_contract", "offer", "es", JORDI,
      "Contrato para firma – Ediciones Lunaria", "2026-04-14 11:20 +0200",
      "Hola Marisol:\n\n"
      "Como nos pediste más tiempo, te adelantamos ya el contrato de trabajo para que lo "
      "revises con calma: si decides aceptar nuestra oferta, solo tienes que firmarlo "
      "electrónicamente desde el enlace de la plataforma de firma que te llegará aparte, o "
      "devolvérnoslo firmado en PDF.\n\nEl plazo que te damos es el 24 de abril.\n\n"
      "Un saludo,\nJordi Casals\nPersonas · Ediciones Lunaria\n",
      company="Ediciones Lunaria", contact=JORDI[1], cte="base64",
      pdfs=[("Contrato_Lunaria_Etxeberria.pdf",
             ["CONTRATO DE TRABAJO INDEFINIDO", "Empresa: Ediciones Lunaria",
              "Trabajadora: Marisol Etxeberria Quaye", "Puesto: Asistente editorial",
              "Firma de la trabajadora: ____________"])]),
    m("lunaria_counter", "offer", "es", MONTSE,
      "Una última propuesta", "2026-04-21 09:05 +0200",
      "Hola Marisol:\n\n"
      "Jordi me cuenta que estás valorando otra oferta. Lo entiendo perfectamente, pero no "
      "quería dejar de intentarlo: podemos subir a 33.000 euros y ofrecerte que los dos "
      "primeros meses trabajes en remoto desde Vitoria mientras te organizas.\n\n"
      "La oferta sigue en pie hasta el viernes. Me encantaría tenerte en el equipo.\n\n"
      "Un abrazo,\nMontse\n",
      company="Ediciones Lunaria", contact=MONTSE[1], cte="8bit"),
    m("lunaria_other_role_no", "rejection", "es",
      ("Ediciones Lunaria", "no-reply@greenhouse-mail.io"),
      "Tu candidatura: Coordinador/a de Marketing Junior", "2026-03-12 15:00 +0000",
      "Hola Marisol,\n\n"
      "Gracias por presentarte al puesto de Coordinador/a de Marketing Junior. Hemos recibido "
      "muchísimas candidaturas y, tras revisarlas, hemos decidido avanzar con personas cuyo "
      "perfil se ajusta más a los requisitos concretos de esta posición.\n\n"
      "Esta decisión se refiere solo a este puesto; tus otros procesos con nosotros siguen "
      "abiertos.\n\nTe deseamos mucha suerte.\nEl equipo de Talent & People de Lunaria\n",
      company="Ediciones Lunaria", fmt="html", cte="quoted-printable"),
    # ---------------------------------------------------------------- Fundación Argizaiola
    m("argi_board_ack", "application_received", "es",
      ("CulturaEmplea", "no-reply@culturaemplea.example.es"),
      "Candidatura enviada: Coordinación de fomento de la lectura – Fundación Argizaiola",
      "2026-03-03 20:17 +0100",
      "¡Hola Marisol!\n\n"
      "Tu candidatura a la oferta «Coordinación de programas de fomento de la lectura "
      "infantil» de Fundación Argizaiola (Bilbao) se ha enviado correctamente.\n\n"
      "La entidad ya puede ver tu CV y tu carta de presentación. Si quiere avanzar contigo, "
      "se pondrá en contacto directamente.\n\n"
      "Consulta el estado en Mis candidaturas.\n\nCulturaEmplea · Empleo en cultura\n",
      company="Fundación Argizaiola", fmt="alt", style="newsletter", cte="base64"),
    m("argi_invite", "interview_invitation", "es", ITZIAR,
      "Entrevista – Coordinación de fomento de la lectura", "2026-04-20 10:31 +0200",
      "Egun on, Marisol:\n\n"
      "Hemos revisado las candidaturas recibidas a través de CulturaEmplea y nos gustaría "
      "conocerte. Te proponemos una entrevista en nuestra sede el martes 28 de abril a las "
      "9:30 (Alameda de Mazarredo 31, 2.ª planta). Estaremos Jon Ander Urrutia, director, y "
      "yo.\n\nPor favor, confírmanos la asistencia respondiendo a este correo.\n\n"
      "Eskerrik asko,\n" + ARGI_SIG + "\n" + ARGI_LEGAL,
      company="Fundación Argizaiola", contact=ITZIAR[1], fmt="alt", charset="windows-1252",
      cte="quoted-printable"),
    m("argi_moved", "interview_reschedule_or_cancel", "es", ITZIAR,
      "RE: Entrevista – Coordinación de fomento de la lectura", "2026-04-23 16:02 +0200",
      "Marisol, buenas tardes:\n\n"
      "Tenemos que mover la entrevista del martes: el patronato ha convocado una reunión "
      "extraordinaria esa misma mañana. ¿Te vendría bien el jueves 30 de abril a las 12:00, "
      "en el mismo lugar? Sentimos el cambio.\n\nUn saludo,\nItziar\n\n" + ARGI_LEGAL,
      company="Fundación Argizaiola", contact=ITZIAR[1], parent="argi_invite",
      quote="outlook", charset="windows-1252", cte="8bit"),
    m("argi_own_confirm", "other", "es", CAND,
      "RE: Entrevista – Coordinación de fomento de la lectura", "2026-04-23 18:40 +0200",
      "Hola Itziar:\n\nSin problema, el jueves 30 a las 12:00 me va perfecto. Allí estaré.\n\n"
      "Gracias,\nMarisol\n",
      to=ITZIAR, parent="argi_moved", quote="reply"),
    m("argi_case", "interview_invitation", "es", ITZIAR,
      "Segunda fase: caso práctico y reunión con el equipo", "2026-05-06 09:15 +0200",
      "Hola Marisol:\n\n"
      "Gracias por tu tiempo el jueves pasado. Nos gustaría que pasaras a la segunda fase: "
      "preparar un pequeño caso práctico (un programa de lectura para bibliotecas escolares "
      "de Bizkaia) y presentarlo al equipo de programas durante 20 minutos.\n\n"
      "Fecha: miércoles 13 de mayo, 10:00–11:30. Te envío la convocatoria en el calendario y el "
      "enunciado del caso adjunto.\n\nUn saludo,\n" + ARGI_SIG + "\n" + ARGI_LEGAL,
      company="Fundación Argizaiola", contact=ITZIAR[1], fmt="alt",
      ics={"method": "REQUEST", "uid": "argi-2026-fomento-fase2@argizaiola.example.org",
           "start": "20260513T100000", "end": "20260513T113000",
           "summary": "Caso práctico – Marisol Etxeberria",
           "location": "Fundación Argizaiola, Alameda de Mazarredo 31, Bilbao",
           "organizer": ITZIAR, "seq": 0, "attach": True},
      pdfs=[("Caso_practico_fomento_lectura.pdf",
             ["Fundacion Argizaiola - Caso practico",
              "Disene un programa trimestral de lectura para 12 bibliotecas escolares.",
              "Presupuesto orientativo: 18.000 EUR."])]),
    m("argi_own_thanks", "other", "es", CAND,
      "Gracias por la sesión de hoy", "2026-05-13 17:55 +0200",
      "Hola Itziar, hola Jon Ander:\n\n"
      "Quería daros las gracias por la sesión de esta mañana y por las preguntas sobre el "
      "programa. Os dejo, como os comenté, la versión final de la presentación en PDF.\n\n"
      + CAND_SIG_ES,
      to=[ITZIAR, JONANDER], pdfs=[("Presentacion_programa_lectura_MEQ.pdf",
                                    ["Programa 'Irakurri eta jolastu'",
                                     "Marisol Etxeberria Quaye - mayo 2026"])]),
    m("argi_offer", "offer", "es", JONANDER,
      "Propuesta de incorporación", "2026-05-20 13:40 +0200",
      "Kaixo Marisol:\n\n"
      "Me alegra mucho escribirte esto: después de valorar a las tres finalistas, el equipo ha "
      "decidido por unanimidad ofrecerte la coordinación de programas de fomento de la lectura "
      "infantil.\n\n"
      "Itziar te enviará la propuesta por escrito, pero quería adelantártelo yo. Hablamos de "
      "un contrato indefinido a jornada completa con incorporación en julio.\n\n"
      "Zorionak, y ojalá nos digas que sí.\n\nJon Ander Urrutia\nDirector · Fundación "
      "Argizaiola\n",
      company="Fundación Argizaiola", contact=JONANDER[1], fmt="html",
      charset="iso-8859-1", cte="quoted-printable", hdr=("q", "iso-8859-1")),
    m("argi_offer_letter", "offer", "es", ITZIAR,
      "Propuesta de incorporación – condiciones", "2026-05-22 10:10 +0200",
      "Hola Marisol:\n\n"
      "Como te avanzó Jon Ander, adjunto la propuesta de incorporación con las condiciones: "
      "salario bruto anual de 34.200 euros, 35 horas semanales con jornada intensiva en "
      "verano, 25 días laborables de vacaciones e incorporación el 1 de julio de 2026.\n\n"
      "Te pedimos una respuesta antes del 29 de mayo.\n\nUn saludo,\n" + ARGI_SIG,
      company="Fundación Argizaiola", contact=ITZIAR[1], charset="windows-1252",
      cte="base64",
      pdfs=[("Propuesta_incorporacion_Argizaiola.pdf",
             ["Fundacion Argizaiola", "Propuesta de incorporacion",
              "Puesto: Coordinadora de programas de fomento de la lectura infantil",
              "Salario bruto anual: 34.200 EUR", "Incorporacion: 1 de julio de 2026"])]),
    m("argi_own_accept", "other", "es", CAND,
      "Re: Propuesta de incorporación – condiciones", "2026-05-26 08:30 +0200",
      "Hola Itziar:\n\n¡Acepto la propuesta con muchísima alegría! Solo una pregunta: ¿la "
      "jornada podría empezar a las 8:30 los viernes?\n\nMila esker,\nMarisol\n",
      to=ITZIAR, parent="argi_offer_letter", quote="reply", cte="8bit"),
    m("argi_offer_updated", "offer", "es", ITZIAR,
      "Re: Propuesta de incorporación – condiciones", "2026-05-27 12:12 +0200",
      "¡Qué buena noticia, Marisol!\n\n"
      "Sí, hemos ajustado el horario de los viernes (8:30–14:30). Te adjunto la propuesta "
      "actualizada con ese cambio; el resto de condiciones se mantiene igual.\n\n"
      "Ongi etorri!\nItziar\n",
      company="Fundación Argizaiola", contact=ITZIAR[1], parent="argi_own_accept",
      quote="reply", cte="quoted-printable",
      pdfs=[("Propuesta_incorporacion_Argizaiola_v2.pdf",
             ["Fundacion Argizaiola", "Propuesta de incorporacion (actualizada)",
              "Viernes: 8:30 - 14:30"])]),
    m("argi_contract", "offer", "es", LEIRE,
      "Contrato laboral para su firma", "2026-06-03 11:00 +0200",
      "Estimada Marisol:\n\n"
      "Le remitimos el contrato de trabajo indefinido correspondiente a la propuesta aceptada. "
      "Por favor, revíselo y devuélvanoslo firmado antes del 15 de junio, junto con copia del "
      "DNI y número de afiliación a la Seguridad Social.\n\n"
      "Atentamente,\nLeire Bengoa\nAdministración y Finanzas\nFundación Argizaiola\n\n"
      + ARGI_LEGAL,
      company="Fundación Argizaiola", contact=LEIRE[1], charset="iso-8859-1", cte="8bit",
      pdfs=[("Contrato_MEtxeberria_Argizaiola.pdf",
             ["CONTRATO DE TRABAJO", "Fundacion Argizaiola",
              "Trabajadora: Marisol Etxeberria Quaye", "Firma: ______________"])]),
    m("lunaria_own_decline", "other", "es", CAND,
      "Mi decisión sobre la oferta", "2026-05-26 09:02 +0200",
      "Hola Montse, hola Jordi:\n\n"
      "Os escribo con pena: he decidido aceptar otra oferta, en una fundación de Bilbao, que "
      "me permite quedarme cerca de casa. Os agradezco de corazón la confianza y el "
      "esfuerzo por mejorar las condiciones.\n\nOjalá nuestros caminos se crucen de nuevo.\n\n"
      + CAND_SIG_ES,
      to=[MONTSE, JORDI], fmt="alt"),
    # ---------------------------------------------------------------- Pinpilinpauxa
    m("pinpi_ack", "application_received", "es",
      ("Pinpilinpauxa Juguetes Educativos", "no-reply@teamtailor-mail.com"),
      "Hemos recibido tu candidatura – Redactor/a de contenidos educativos",
      "2026-01-14 09:03 +0100",
      "¡Hola Marisol!\n\n"
      "Gracias por enviarnos tu candidatura para Redactor/a de contenidos educativos en "
      "Pamplona. La hemos recibido correctamente y el equipo la revisará en los próximos "
      "días.\n\nUn saludo,\nEquipo de Pinpilinpauxa\n",
      company="Pinpilinpauxa Juguetes Educativos", fmt="html", cte="base64"),
    m("pinpi_invite", "interview_invitation", "es",
      ("Ane Zabaleta via Teamtailor", "no-reply@teamtailor-mail.com"),
      "Ane Zabaleta te invita a una videollamada", "2026-01-21 11:47 +0100",
      "Hola Marisol:\n\n"
      "Soy Ane, de Personas en Pinpilinpauxa. Nos ha encantado tu carta, sobre todo la parte "
      "de los juegos de mesa que diseñas con tus alumnos.\n\n"
      "¿Te apetece una videollamada de 30 minutos para conocernos? Elige el hueco que mejor te "
      "venga aquí:\nhttps://app.teamtailor.example/meetings/pinpi/ane-zabaleta\n\n"
      "Hasta pronto,\nAne\n",
      company="Pinpilinpauxa Juguetes Educativos", contact=ANE[1], reply_to=ANE, fmt="alt"),
    m("pinpi_missed", "missed_interview_notice", "es", ANE,
      "¿Todo bien? Te esperábamos a las 10:00", "2026-01-27 10:26 +0100",
      "Hola Marisol:\n\n"
      "Te hemos estado esperando en la videollamada de hoy a las 10:00, pero no has llegado a "
      "conectarte. Espero que no haya pasado nada.\n\n"
      "Si sigues interesada, puedes elegir otro hueco en el mismo enlace de la otra vez.\n\n"
      "Un saludo,\nAne Zabaleta\nPersonas · Pinpilinpauxa Juguetes Educativos\n"
      "Polígono Landaben, calle F, 31012 Pamplona\n",
      company="Pinpilinpauxa Juguetes Educativos", contact=ANE[1], cte="8bit"),
    m("pinpi_own_sorry", "other", "es", CAND,
      "Re: ¿Todo bien? Te esperábamos a las 10:00", "2026-01-27 13:05 +0100",
      "Hola Ane:\n\n"
      "Te pido mil disculpas. Tenía la cita apuntada para el martes que viene; me equivoqué al "
      "pasarla a la agenda. Acabo de reservar un nuevo hueco para el jueves a las 16:30, "
      "espero que no sea un problema.\n\nDe nuevo, lo siento mucho.\nMarisol\n",
      to=ANE, parent="pinpi_missed", quote="reply"),
    m("pinpi_no", "rejection", "es",
      ("Pinpilinpauxa Juguetes Educativos", "no-reply@teamtailor-mail.com"),
      "Actualización sobre tu candidatura", "2026-02-10 12:00 +0100",
      "Hola Marisol:\n\n"
      "Muchas gracias por el tiempo que has dedicado a las conversaciones con nuestro equipo.\n\n"
      "Ha sido una decisión difícil, pero finalmente hemos decidido seguir adelante con otra "
      "persona para el puesto de Redactor/a de contenidos educativos. Guardaremos tu perfil "
      "por si surge otra oportunidad que encaje.\n\n"
      "Te deseamos lo mejor,\nEquipo de Pinpilinpauxa\n",
      company="Pinpilinpauxa Juguetes Educativos", fmt="alt", cte="base64"),
    # ---------------------------------------------------------------- Red de Bibliotecas Alcorza
    m("alcorza_ack", "application_received", "es",
      ("Registro Electrónico - Red de Bibliotecas Alcorza", "no-reply@alcorza.example.es"),
      "Justificante de presentación de solicitud n.º 2026/00417", "2026-01-30 14:22 +0100",
      "Se ha registrado correctamente su solicitud con los siguientes datos:\n\n"
      "Número de registro: 2026/00417\n"
      "Procedimiento: Bolsa de empleo de Técnico/a Auxiliar de Bibliotecas (Sección Infantil)\n"
      "Solicitante: ETXEBERRIA QUAYE, MARISOL\n"
      "Fecha y hora de presentación: 30/01/2026 14:21:57\n\n"
      "Se adjunta el justificante en formato PDF. Este mensaje se ha generado automáticamente; "
      "por favor, no responda a esta dirección.\n",
      company="Red de Bibliotecas Alcorza", charset="iso-8859-1", cte="base64",
      hdr=("b", "iso-8859-1"),
      pdfs=[("justificante_2026_00417.pdf",
             ["Red de Bibliotecas Alcorza - Registro Electronico",
              "Justificante de presentacion n. 2026/00417",
              "Solicitante: ETXEBERRIA QUAYE, MARISOL"])]),
    m("alcorza_invite", "interview_invitation", "es", PILAR,
      "Convocatoria a la prueba práctica - Bolsa Técnico/a Auxiliar de Bibliotecas",
      "2026-03-09 09:40 +0100",
      "Estimada Sra. Etxeberria:\n\n"
      "Una vez valorados los méritos, le comunicamos que ha sido admitida a la fase de prueba "
      "práctica de la bolsa de empleo de Técnico/a Auxiliar de Bibliotecas (Sección Infantil).\n\n"
      "Fecha: jueves 26 de marzo de 2026, 10:00 h\n"
      "Lugar: Biblioteca Central Alcorza, Sala Polivalente, C/ Arganzuela 12, Madrid\n"
      "Contenido: catalogación de cinco fondos infantiles y diseño de una sesión de "
      "animación lectora (duración máxima 2 horas). Deberá acudir con DNI.\n\n"
      "Atentamente,\nPilar Marcos Llorente\nSecretaria del tribunal de selección\n",
      company="Red de Bibliotecas Alcorza", contact=PILAR[1], charset="iso-8859-1",
      cte="quoted-printable", hdr=("q", "iso-8859-1")),
    m("alcorza_moved", "interview_reschedule_or_cancel", "es", PILAR,
      "Cambio de fecha de la prueba práctica", "2026-03-18 12:15 +0100",
      "Estimada Sra. Etxeberria:\n\n"
      "Por coincidencia con obras en la Sala Polivalente, la prueba práctica prevista para el "
      "26 de marzo se traslada al jueves 16 de abril de 2026, a la misma hora y en el mismo "
      "edificio (planta 1, aula 3). Se mantienen el resto de condiciones de la convocatoria.\n\n"
      "Disculpe las molestias.\n\nPilar Marcos Llorente\nSecretaria del tribunal\n",
      company="Red de Bibliotecas Alcorza", contact=PILAR[1], cte="8bit"),
    m("alcorza_suspended", "rejection", "es", PILAR,
      "Suspensión del proceso de la bolsa de Técnico/a Auxiliar de Bibliotecas",
      "2026-04-09 13:30 +0200",
      "Estimada Sra. Etxeberria:\n\n"
      "Le informamos de que, por resolución de la Dirección de la Red de fecha 8 de abril, "
      "queda suspendido el proceso de constitución de la bolsa de empleo de Técnico/a "
      "Auxiliar de Bibliotecas (Sección Infantil) por falta de dotación presupuestaria. En "
      "consecuencia, no se celebrará la prueba práctica y el procedimiento se da por "
      "concluido sin formar bolsa.\n\n"
      "Agradecemos su participación.\n\nPilar Marcos Llorente\nSecretaria del tribunal\n",
      company="Red de Bibliotecas Alcorza", contact=PILAR[1], fmt="alt",
      charset="iso-8859-1", cte="quoted-printable"),
]
