"""Corpus 301, threads: one employer's messages from acknowledgement to rejection or offer,
with the candidate's own replies in between (those are `other`)."""

from __future__ import annotations

from msgs301_common import CANDIDATE, DISCLAIMER_DE, DISCLAIMER_ES, LUCIA_SIG_EN, LUCIA_SIG_ES

AV_MARTA = ("Marta Ruiz Caballero", "marta.ruiz@aulaviva.example.es")
MAR_ROCIO = ("Rocío Almansa Prieto", "rocio.almansa@marisma.example.es")
CN_JAVIER = ("Javier Ortega", "javier.ortega@clasenube.example.es")
LF_JANA = ("Jana Schulte", "jana.schulte@lernfeld.example.de")
CM_AOIFE = ("Aoife Brennan", "aoife.brennan@classmint.example.ie")
PU_CLAIRE = ("Claire Fabre", "claire.fabre@pupitre.example.fr")

SPECS: list[dict] = [
    # ------------------------------------------------------------------ A: Aula Viva (Sevilla)
    {
        "key": "av_ack", "kind": "application_received", "lang": "es", "slug": "aulaviva_recibida",
        "company": "Aula Viva", "contact": "",
        "frm": ("Aula Viva", "aulaviva@teamtailor-mail.com"),
        "subject": "Hemos recibido tu candidatura – Customer Success Specialist",
        "date": "2026-02-02 08:31 +0000", "fmt": "html", "brand": "Aula Viva · Talento",
        "brand_color": "#e85d3f", "cte": "quoted-printable",
        "body": """¡Hola, Lucía!

Gracias por tu interés en Aula Viva. Hemos recibido tu candidatura para el puesto de Customer Success Specialist (Sevilla, híbrido).

Nuestro equipo revisa cada perfil con cariño; si encaja con lo que buscamos, te escribiremos en las próximas dos semanas para contarte los siguientes pasos.

Mientras tanto, puedes echar un vistazo a cómo trabajamos en aulaviva.example.es/equipo.

Un abrazo,
El equipo de Aula Viva

Este correo se ha enviado automáticamente a través de Teamtailor. Para gestionar tus datos, visita el portal de candidatos.""",
    },
    {
        "key": "av_inv", "kind": "interview_invitation", "lang": "es", "slug": "aulaviva_entrevista",
        "company": "Aula Viva", "contact": "marta.ruiz@aulaviva.example.es",
        "frm": ("Marta de Aula Viva", "aulaviva@teamtailor-mail.com"), "reply_to": AV_MARTA,
        "subject": "Aula Viva: ¿hablamos el jueves? Entrevista Customer Success",
        "date": "2026-02-10 09:14 +0000", "fmt": "alt", "cte": "quoted-printable",
        "ics": {"uid": "av-301-cs-entrevista@aulaviva.example.es", "seq": 0,
                 "start": "20260219T100000", "end": "20260219T104500",
                 "summary": "Entrevista Customer Success – Aula Viva",
                 "location": "Google Meet: meet.example.es/avx-kqpd-ruz",
                 "organizer": AV_MARTA},
        "body": """Hola Lucía:

Soy Marta, responsable de Customer Success en Aula Viva. Me ha encantado leer cómo acompañaste a tu claustro en el paso a Google Classroom; justo eso es lo que hacemos cada día con los coles que usan nuestra plataforma.

Me gustaría conocerte en una videollamada de unos 45 minutos el jueves 19 de febrero a las 10:00. Te adjunto la invitación de calendario; si no te cuadra, contéstame a este correo y buscamos otro hueco.

¡Un saludo!
Marta Ruiz Caballero
Head of Customer Success · Aula Viva
Calle Arquitecto Gómez Millán 12, 41010 Sevilla""",
    },
    {
        "key": "av_acc", "kind": "other", "lang": "es", "slug": "aulaviva_confirmo_propia",
        "company": "", "contact": "", "frm": CANDIDATE, "to": [AV_MARTA],
        "subject": "Re: Aula Viva: ¿hablamos el jueves? Entrevista Customer Success",
        "date": "2026-02-10 17:02 +0100", "parent": "av_inv", "quote": "inline", "cte": "8bit",
        "body": f"""Hola Marta:

¡Muchas gracias! El jueves 19 a las 10:00 me viene perfecto; ya he aceptado la invitación. Salgo del cole a las 9:30 ese día, así que me conectaré desde casa.

Un saludo,
Lucía

{LUCIA_SIG_ES}""",
    },
    {
        "key": "av_move", "kind": "interview_reschedule_or_cancel", "lang": "es",
        "slug": "aulaviva_cambio_hora", "company": "Aula Viva",
        "contact": "marta.ruiz@aulaviva.example.es", "frm": AV_MARTA,
        "subject": "Re: Aula Viva: ¿hablamos el jueves? Entrevista Customer Success",
        "date": "2026-02-13 12:47 +0100", "parent": "av_acc", "quote": "inline", "fmt": "alt",
        "ics": {"uid": "av-301-cs-entrevista@aulaviva.example.es", "seq": 1,
                 "start": "20260220T123000", "end": "20260220T131500",
                 "summary": "Entrevista Customer Success – Aula Viva (nueva hora)",
                 "location": "Google Meet: meet.example.es/avx-kqpd-ruz", "organizer": AV_MARTA},
        "body": """Hola de nuevo, Lucía:

Perdona el lío: el jueves tenemos una formación con un cliente grande en Jerez y no llego. ¿Podríamos pasar la entrevista al viernes 20 de febrero a las 12:30? El enlace de Meet es el mismo; te he actualizado la invitación.

Si el viernes no puedes por el cole, dime dos o tres huecos de la semana siguiente.

Gracias por la paciencia,
Marta""",
    },
    {
        "key": "av_thanks", "kind": "other", "lang": "es", "slug": "aulaviva_agradecimiento_propio",
        "company": "", "contact": "", "frm": CANDIDATE, "to": [AV_MARTA],
        "subject": "Gracias por la conversación de hoy",
        "date": "2026-02-20 18:25 +0100", "parent": "av_move", "charset": "iso-8859-1",
        "cte": "quoted-printable",
        "body": f"""Hola Marta:

Quería darte las gracias por la charla de esta mañana. Me quedo con lo que contaste de las "visitas de acompañamiento" a los centros en su primer trimestre: creo que ahí mi experiencia formando a compañeros puede aportar mucho.

Te envío, como te comenté, el enlace a la guía de Classroom que preparé para mi claustro: docs.example.es/guia-classroom-ceip.

Quedo a vuestra disposición para lo que necesitéis.

Lucía

{LUCIA_SIG_ES}""",
    },
    {
        "key": "av_rej", "kind": "rejection", "lang": "es", "slug": "aulaviva_tras_entrevista",
        "company": "Aula Viva", "contact": "marta.ruiz@aulaviva.example.es", "frm": AV_MARTA,
        "subject": "Re: Gracias por la conversación de hoy",
        "date": "2026-03-03 10:05 +0100", "parent": "av_thanks", "quote": "inline", "cte": "8bit",
        "body": """Hola Lucía:

Gracias a ti por tu tiempo y por la guía, que ha circulado por todo el equipo (¡nos ha gustado mucho!).

Te escribo para contarte que, después de darle muchas vueltas, hemos decidido seguir adelante con otra persona que ya había trabajado en un equipo de Customer Success de SaaS y que puede incorporarse de inmediato. Sé que no es la respuesta que esperabas y te agradezco de verdad el interés.

Me encantaría seguir en contacto: si abrimos una posición de formación a centros más adelante, pensaré en ti.

Un abrazo,
Marta""",
    },
    # ------------------------------------------------------------------ B: Editorial Marisma
    {
        "key": "mar_app", "kind": "other", "lang": "es", "slug": "marisma_candidatura_propia",
        "company": "", "contact": "", "frm": CANDIDATE,
        "to": [("Selección Editorial Marisma", "seleccion@marisma.example.es")],
        "subject": "Candidatura: Formador/a de producto digital (ref. MAR-FD-03)",
        "date": "2026-04-20 22:14 +0200", "cte": "quoted-printable",
        "pdfs": [("CV_Lucia_Benitez_2026.pdf", [
            "Lucía Benítez Roldán - Curriculum vitae",
            "Maestra de Educación Primaria (CEIP, Sevilla), 2017-2026",
            "Coordinadora TIC del centro, 2021-2026",
            "Formadora CEP Sevilla: competencia digital docente",
            "Idiomas: español (nativo), inglés C1, francés B2, alemán B1"])],
        "body": f"""Estimado equipo de selección:

Les escribo para presentar mi candidatura al puesto de Formador/a de producto digital (ref. MAR-FD-03) publicado en su web.

Llevo nueve años como maestra de Primaria y los cinco últimos he coordinado las TIC de mi centro, formando al profesorado en el uso de libros digitales y plataformas. Conozco sus proyectos «Mareas» desde el aula, y creo que puedo ayudar a que los centros les saquen todo el partido.

Adjunto mi CV. Quedo a su disposición para ampliar cualquier información.

Atentamente,

{LUCIA_SIG_ES}""",
    },
    {
        "key": "mar_ack", "kind": "application_received", "lang": "es", "slug": "marisma_acuse_rrhh",
        "company": "Editorial Marisma", "contact": "rocio.almansa@marisma.example.es", "frm": MAR_ROCIO,
        "subject": "RE: Candidatura: Formador/a de producto digital (ref. MAR-FD-03)",
        "date": "2026-04-22 11:20 +0200", "parent": "mar_app", "quote": "outlook",
        "charset": "windows-1252", "cte": "quoted-printable",
        "body": """Buenos días, Lucía:

Acusamos recibo de su candidatura para el puesto de Formador/a de producto digital. La revisaremos junto con el equipo de Formación y le diremos algo en las próximas dos semanas.

Reciba un cordial saludo,

Rocío Almansa Prieto
Técnica de Selección · Recursos Humanos
Editorial Marisma
Avda. de la Buhaira 27, 41018 Sevilla · Tel. 954 00 31 72

""" + DISCLAIMER_ES.format(domain="marisma.example.es"),
    },
    {
        "key": "mar_inv1", "kind": "interview_invitation", "lang": "es", "slug": "marisma_llamada",
        "company": "Editorial Marisma", "contact": "rocio.almansa@marisma.example.es", "frm": MAR_ROCIO,
        "subject": "Editorial Marisma – primera entrevista telefónica",
        "date": "2026-04-29 13:02 +0200", "charset": "windows-1252", "cte": "quoted-printable",
        "parent": "mar_ack",
        "body": """Hola de nuevo, Lucía:

Su perfil nos ha parecido muy interesante. Nos gustaría mantener una primera conversación telefónica de unos 20 minutos. Le propongo el lunes 4 de mayo a las 17:00 o el martes 5 a las 17:30, fuera de su horario lectivo.

¿Me indica cuál le viene mejor y un teléfono de contacto?

Un saludo,

Rocío Almansa Prieto
Técnica de Selección · Recursos Humanos
Editorial Marisma

""" + DISCLAIMER_ES.format(domain="marisma.example.es"),
    },
    {
        "key": "mar_inv2", "kind": "interview_invitation", "lang": "es", "slug": "marisma_panel_madrid",
        "company": "Editorial Marisma", "contact": "rocio.almansa@marisma.example.es", "frm": MAR_ROCIO,
        "cc": [("Gonzalo Pineda", "gonzalo.pineda@marisma.example.es")],
        "subject": "Segunda entrevista: Formador/a de producto digital",
        "date": "2026-05-07 16:40 +0200", "fmt": "alt", "charset": "windows-1252",
        "cte": "quoted-printable", "parent": "mar_inv1",
        "ics": {"uid": "mar-fd03-panel-0326@marisma.example.es", "seq": 0,
                 "start": "20260514T113000", "end": "20260514T123000",
                 "summary": "Entrevista Formador/a producto digital – Lucía Benítez",
                 "location": "Editorial Marisma, Avda. de la Buhaira 27, Sevilla – sala Guadalquivir",
                 "organizer": MAR_ROCIO, "tz": "Europe/Madrid"},
        "body": """Hola, Lucía:

Tras la conversación del martes, el equipo quiere conocerla en persona. Le convocamos a una entrevista con Gonzalo Pineda (director de Formación) y conmigo el jueves 14 de mayo a las 11:30 en nuestras oficinas de la Buhaira.

Durante los primeros 15 minutos le pediremos que nos presente cómo formaría a un claustro en el uso de «Mareas Digital». No hace falta preparar diapositivas; puede traer lo que le resulte cómodo.

Le envío la convocatoria en el calendario. Gracias y hasta pronto,

Rocío Almansa Prieto
Recursos Humanos · Editorial Marisma""",
    },
    {
        "key": "mar_offer", "kind": "offer", "lang": "es", "slug": "marisma_carta_oferta",
        "company": "Editorial Marisma", "contact": "rocio.almansa@marisma.example.es", "frm": MAR_ROCIO,
        "cc": [("Gonzalo Pineda", "gonzalo.pineda@marisma.example.es")],
        "subject": "Propuesta de incorporación – Formadora de producto digital",
        "date": "2026-06-05 12:15 +0200", "charset": "windows-1252", "cte": "quoted-printable",
        "pdfs": [("Carta_oferta_Lucia_Benitez.pdf", [
            "Editorial Marisma - Carta de oferta",
            "Puesto: Formadora de producto digital (Andalucía occidental)",
            "Salario bruto anual: 31.500 EUR + variable 8 %",
            "Jornada completa, contrato indefinido, teletrabajo 2 días",
            "Incorporación: 1 de septiembre de 2026",
            "Validez de la oferta: 26 de junio de 2026"])],
        "body": """Querida Lucía:

Es un placer comunicarle que el comité ha decidido ofrecerle el puesto de Formadora de producto digital para Andalucía occidental. Adjuntamos la carta de oferta con las condiciones: contrato indefinido, 31.500 € brutos anuales más variable, dos días de teletrabajo e incorporación el 1 de septiembre, para que pueda terminar el curso con su grupo.

Si está de acuerdo, le rogamos que nos devuelva la carta firmada antes del 26 de junio. Gonzalo y yo estamos a su disposición para resolver cualquier duda, también por teléfono.

¡Esperamos de corazón contar con usted!

Rocío Almansa Prieto
Técnica de Selección · Recursos Humanos
Editorial Marisma · Tel. 954 00 31 72

""" + DISCLAIMER_ES.format(domain="marisma.example.es"),
    },
    {
        "key": "mar_accept", "kind": "other", "lang": "es", "slug": "marisma_respuesta_oferta_propia",
        "company": "", "contact": "", "frm": CANDIDATE, "to": [MAR_ROCIO],
        "cc": [("Gonzalo Pineda", "gonzalo.pineda@marisma.example.es")],
        "subject": "RE: Propuesta de incorporación – Formadora de producto digital",
        "date": "2026-06-08 20:03 +0200", "parent": "mar_offer", "quote": "inline", "cte": "8bit",
        "body": """Querida Rocío:

Muchísimas gracias a los dos por la confianza. Antes de firmar, ¿sería posible concretar la zona que cubriría (sobre todo si incluye Huelva) y cómo se compensan los desplazamientos? En cuanto lo tenga claro os devuelvo la carta firmada.

Un abrazo,
Lucía""",
    },
    # ------------------------------------------------------------------ C: ClaseNube (Madrid)
    {
        "key": "cn_ack", "kind": "application_received", "lang": "es", "slug": "clasenube_ashby",
        "company": "ClaseNube", "contact": "",
        "frm": ("ClaseNube", "no-reply@ashbyhq.com"),
        "subject": "Gracias por tu candidatura a ClaseNube",
        "date": "2026-08-03 07:58 +0000", "fmt": "alt", "cte": "base64",
        "body": """Hola Lucía,

Gracias por aplicar a Customer Education Specialist (Madrid / remoto) en ClaseNube. Tu candidatura ya está en manos del equipo de contratación.

Recibimos muchas solicitudes, así que puede que tardemos un poco en responder. Si tu perfil avanza, alguien del equipo se pondrá en contacto contigo directamente.

Equipo de Talento de ClaseNube

Powered by Ashby""",
    },
    {
        "key": "cn_inv", "kind": "interview_invitation", "lang": "es", "slug": "clasenube_agenda",
        "company": "ClaseNube", "contact": "javier.ortega@clasenube.example.es",
        "frm": ("Javier Ortega via Ashby", "no-reply@ashbyhq.com"), "reply_to": CN_JAVIER,
        "subject": "ClaseNube – elige hueco para tu entrevista inicial",
        "date": "2026-08-24 09:22 +0000", "fmt": "alt", "cte": "quoted-printable",
        "body": """Hola Lucía:

¡Gracias por tu paciencia! Nos ha gustado mucho tu perfil para Customer Education Specialist y queremos conocerte. La primera entrevista es una videollamada de 30 minutos conmigo (Talent Partner).

Elige el hueco que mejor te venga aquí:
https://app.ashbyhq.com/scheduling/clasenube/9c2e1a7b

Los huecos están en hora peninsular. Si ninguno te viene bien, responde a este correo.

Un saludo,
Javier Ortega
Talent Partner · ClaseNube""",
    },
    {
        "key": "cn_cancel", "kind": "interview_reschedule_or_cancel", "lang": "es",
        "slug": "clasenube_cancelada", "company": "ClaseNube",
        "contact": "javier.ortega@clasenube.example.es", "frm": CN_JAVIER,
        "subject": "Cancelada: Entrevista inicial ClaseNube – Lucía Benítez",
        "date": "2026-08-31 08:45 +0200", "fmt": "alt",
        "ics": {"method": "CANCEL", "uid": "ashby-8f31c0d2@clasenube.example.es", "seq": 1,
                 "start": "20260901T163000", "end": "20260901T170000",
                 "summary": "Entrevista inicial ClaseNube – Lucía Benítez",
                 "location": "Google Meet", "organizer": CN_JAVIER, "cte": "base64"},
        "body": """Hola Lucía:

Lo siento mucho, pero tengo que cancelar nuestra entrevista de mañana martes a las 16:30: me ha surgido un viaje a Valencia que no puedo mover. Tu candidatura sigue adelante, por supuesto.

Hoy mismo te mando un nuevo enlace para que elijas otro hueco esta semana o la que viene.

Disculpa las molestias,
Javier""",
    },
    {
        "key": "cn_inv2", "kind": "interview_invitation", "lang": "es", "slug": "clasenube_panel",
        "company": "ClaseNube", "contact": "javier.ortega@clasenube.example.es",
        "frm": ("Javier Ortega via Ashby", "no-reply@ashbyhq.com"), "reply_to": CN_JAVIER,
        "subject": "Siguiente paso en ClaseNube: caso práctico y entrevista con el equipo",
        "date": "2026-09-10 15:10 +0000", "fmt": "html", "cte": "quoted-printable",
        "brand": "ClaseNube", "brand_color": "#1e88e5",
        "body": """Hola Lucía:

¡Enhorabuena, pasas a la siguiente fase! Te proponemos una sesión de 75 minutos con Irene Sanz (Head of Customer Education) y Pablo Mena (Customer Success Manager):

• 30 min: presentas una formación de 10 minutos para profes sobre la app de cuaderno del docente (te mandamos el material hoy).
• 45 min: conversación con el equipo.

Reserva tu hueco aquí: https://app.ashbyhq.com/scheduling/clasenube/4aa07e11

Un saludo,
Javier Ortega · Talent Partner""",
    },
    {
        "key": "cn_offer", "kind": "offer", "lang": "es", "slug": "clasenube_oferta_verbal",
        "company": "ClaseNube", "contact": "javier.ortega@clasenube.example.es", "frm": CN_JAVIER,
        "subject": "Lo que hablamos por teléfono: oferta ClaseNube",
        "date": "2026-10-02 18:30 +0200", "cte": "8bit",
        "body": """Hola Lucía:

Como te he adelantado por teléfono hace un rato: ¡queremos que te unas a ClaseNube como Customer Education Specialist! Te resumo lo que hablamos:

- Salario: 34.000 € brutos/año + 2.000 € de bonus anual por objetivos.
- Remoto desde Sevilla, con una semana al trimestre en la oficina de Madrid (viajes pagados).
- 25 días laborables de vacaciones y presupuesto de formación de 1.000 €.
- Incorporación: 2 de noviembre (o antes si lo prefieres).

La próxima semana te llegará el contrato por firma electrónica. Si tienes dudas, llámame cuando quieras.

¡Enhorabuena!
Javier Ortega
Talent Partner · ClaseNube · +34 611 40 22 18""",
    },
    {
        "key": "cn_counter", "kind": "other", "lang": "es", "slug": "clasenube_negociacion_propia",
        "company": "", "contact": "", "frm": CANDIDATE, "to": [CN_JAVIER],
        "subject": "Re: Lo que hablamos por teléfono: oferta ClaseNube",
        "date": "2026-10-05 21:12 +0200", "parent": "cn_offer", "quote": "inline", "cte": "8bit",
        "body": """Hola Javier:

¡Muchas gracias! Estoy muy ilusionada. Tengo otra propuesta sobre la mesa (una editorial en Berlín) y antes de decidir quería preguntarte si habría margen para subir el fijo a 36.000 €, teniendo en cuenta que renuncio a mi plaza de interina.

Gracias por todo,
Lucía""",
    },
    {
        "key": "cn_offer2", "kind": "offer", "lang": "es", "slug": "clasenube_oferta_revisada",
        "company": "ClaseNube", "contact": "javier.ortega@clasenube.example.es", "frm": CN_JAVIER,
        "subject": "Re: Lo que hablamos por teléfono: oferta ClaseNube",
        "date": "2026-10-08 10:02 +0200", "parent": "cn_counter", "quote": "inline", "cte": "8bit",
        "pdfs": [("Oferta_ClaseNube_Lucia_Benitez_v2.pdf", [
            "ClaseNube - Oferta de empleo (versión 2)",
            "Puesto: Customer Education Specialist",
            "Salario fijo: 35.500 EUR brutos anuales",
            "Bonus por objetivos: 2.000 EUR",
            "Incorporación: 2 de noviembre de 2026"])],
        "body": """Hola Lucía:

Buenas noticias: hemos podido subir el fijo a 35.500 € manteniendo el bonus. Te adjunto la oferta actualizada y en unos minutos te llegará el contrato a través de la plataforma de firma electrónica para que lo firmes cuando lo hayas revisado.

Tienes hasta el viernes 16 de octubre para darnos una respuesta.

Un abrazo,
Javier""",
    },
    # ------------------------------------------------------------------ D: Lernfeld (Berlin)
    {
        "key": "lf_ack", "kind": "application_received", "lang": "de", "slug": "lernfeld_personio",
        "company": "Lernfeld", "contact": "",
        "frm": ("Lernfeld GmbH", "noreply@personio.de"),
        "subject": "Ihre Bewerbung bei der Lernfeld GmbH",
        "date": "2026-04-20 10:12 +0200", "fmt": "alt", "cte": "quoted-printable",
        "body": """Hallo Lucía Benítez,

vielen Dank für Ihre Bewerbung als Customer Success Manager (m/w/d) – Schulen bei der Lernfeld GmbH. Wir haben Ihre Unterlagen erhalten und melden uns, sobald wir sie gesichtet haben.

Bitte antworten Sie nicht auf diese automatisch erzeugte E-Mail.

Viele Grüße
Ihr Lernfeld People Team

Lernfeld GmbH · Schlesische Straße 28 · 10997 Berlin""",
    },
    {
        "key": "lf_inv", "kind": "interview_invitation", "lang": "de", "slug": "lernfeld_einladung",
        "company": "Lernfeld", "contact": "jana.schulte@lernfeld.example.de", "frm": LF_JANA,
        "subject": "Einladung zum Kennenlerngespräch – Customer Success Manager Schulen",
        "date": "2026-04-29 14:05 +0200", "fmt": "alt", "cte": "quoted-printable",
        "ics": {"uid": "lf-csm-0506-benitez@lernfeld.example.de", "seq": 0, "tz": "Europe/Berlin",
                 "start": "20260506T150000", "end": "20260506T154500",
                 "summary": "Kennenlernen Lernfeld x Lucía Benítez",
                 "location": "Microsoft Teams", "organizer": LF_JANA},
        "body": """Liebe Frau Benítez,

herzlichen Dank für Ihre Bewerbung und Ihr Interesse an Lernfeld. Ihr Hintergrund als Grundschullehrerin mit Erfahrung in der Fortbildung von Kolleg:innen passt sehr gut zu unserem Team.

Gerne möchten wir Sie zu einem ersten Kennenlerngespräch per Teams einladen:
Mittwoch, 6. Mai 2026, 15:00–15:45 Uhr (Berliner Zeit)

Das Gespräch führen wir auf Deutsch und teilweise auf Englisch. Die Kalendereinladung finden Sie anbei.

Viele Grüße
Jana Schulte
Talent Acquisition · Lernfeld GmbH
Schlesische Straße 28, 10997 Berlin

""" + DISCLAIMER_DE.format(address="Berlin, Amtsgericht Charlottenburg HRB 201144 B"),
    },
    {
        "key": "lf_move", "kind": "interview_reschedule_or_cancel", "lang": "de",
        "slug": "lernfeld_verschoben", "company": "Lernfeld",
        "contact": "jana.schulte@lernfeld.example.de", "frm": LF_JANA,
        "subject": "Terminänderung: Kennenlernen Lernfeld x Lucía Benítez",
        "date": "2026-05-04 09:37 +0200", "fmt": "alt", "henc": ("iso-8859-1", "q"),
        "ics": {"uid": "lf-csm-0506-benitez@lernfeld.example.de", "seq": 1, "tz": "Europe/Berlin",
                 "start": "20260507T100000", "end": "20260507T104500",
                 "summary": "Kennenlernen Lernfeld x Lucía Benítez (verschoben)",
                 "location": "Microsoft Teams", "organizer": LF_JANA},
        "body": """Liebe Frau Benítez,

leider muss unser Teamlead Tobias am Mittwoch kurzfristig zu einem Kunden nach Hamburg. Wir würden das Gespräch deshalb gern auf Donnerstag, 7. Mai, 10:00–10:45 Uhr verschieben. Die aktualisierte Einladung ist beigefügt.

Falls der neue Termin für Sie nicht passt, geben Sie mir bitte kurz Bescheid.

Viele Grüße
Jana Schulte""",
    },
    {
        "key": "lf_thanks", "kind": "other", "lang": "de", "slug": "lernfeld_dank_eigene",
        "company": "", "contact": "", "frm": CANDIDATE, "to": [LF_JANA],
        "subject": "Danke für das Gespräch",
        "date": "2026-05-07 13:15 +0200", "parent": "lf_move",
        "body": """Liebe Frau Schulte,

vielen Dank für das angenehme Gespräch heute Vormittag, auch an Tobias. Die Idee der Onboarding-Sprechstunden für Lehrkräfte hat mich sehr angesprochen.

Wie besprochen schicke ich Ihnen bis Montag noch zwei Referenzen.

Viele Grüße aus Sevilla
Lucía Benítez""",
    },
    {
        "key": "lf_rej", "kind": "rejection", "lang": "de", "slug": "lernfeld_absage",
        "company": "Lernfeld", "contact": "jana.schulte@lernfeld.example.de", "frm": LF_JANA,
        "subject": "Re: Danke für das Gespräch",
        "date": "2026-05-22 16:48 +0200", "parent": "lf_thanks", "quote": "inline", "cte": "8bit",
        "body": """Liebe Frau Benítez,

nochmals danke für Ihre Zeit und die Referenzen. Wir haben uns die Entscheidung nicht leicht gemacht, uns am Ende aber für eine Kandidatin entschieden, die bereits in Berlin lebt und fließend Deutsch auf Muttersprachniveau spricht – für die Betreuung unserer Schulträger ist das leider entscheidend.

Wir wünschen Ihnen für Ihren Wechsel in die EdTech-Welt alles Gute und würden uns freuen, wenn wir Ihre Unterlagen für künftige Positionen behalten dürfen.

Herzliche Grüße
Jana Schulte""",
    },
    # ------------------------------------------------------------------ E: Classmint (Dublin)
    {
        "key": "cm_ack", "kind": "application_received", "lang": "en", "slug": "classmint_greenhouse",
        "company": "Classmint", "contact": "",
        "frm": ("Classmint Recruiting", "no-reply@greenhouse-mail.io"),
        "subject": "Thank you for applying to Classmint",
        "date": "2026-06-03 13:40 +0000", "fmt": "html", "cte": "quoted-printable",
        "brand": "classmint", "brand_color": "#14a37f",
        "body": """Hi Lucía,

Thanks for applying for the Onboarding & Training Specialist (EMEA) role at Classmint. Your application has been received and our team will review it shortly.

Due to the high volume of applications we cannot respond to every applicant individually, but if your experience matches what we're looking for, a member of our Talent team will be in touch within three weeks.

Best,
Classmint Talent

Classmint, 4 Grand Canal Quay, Dublin 2, D02 X590, Ireland""",
    },
    {
        "key": "cm_inv", "kind": "interview_invitation", "lang": "en", "slug": "classmint_screen",
        "company": "Classmint", "contact": "aoife.brennan@classmint.example.ie",
        "frm": ("Aoife Brennan via Greenhouse", "no-reply@greenhouse-mail.io"), "reply_to": CM_AOIFE,
        "subject": "Classmint | Video screen for Onboarding & Training Specialist",
        "date": "2026-06-16 11:05 +0000", "fmt": "alt", "cte": "quoted-printable",
        "ics": {"uid": "gh-7742190-screen@classmint.example.ie", "seq": 0, "tz": "Europe/Dublin",
                 "start": "20260623T090000", "end": "20260623T093000",
                 "summary": "Classmint video screen – Lucía Benítez",
                 "location": "Zoom https://zoom.example.ie/j/8812093311", "organizer": CM_AOIFE},
        "body": """Hi Lucía,

Thanks so much for your application – the team loved your note about running Chromebook onboarding for 40 teachers in a week!

I'd like to set up a 30-minute video screen with you on Tuesday 23 June at 09:00 Irish time (10:00 in Seville). A calendar invite is attached with the Zoom link.

If that doesn't suit, just reply and I'll find another slot.

Speak soon,
Aoife Brennan
Talent Partner, Classmint""",
    },
    {
        "key": "cm_missed", "kind": "missed_interview_notice", "lang": "en", "slug": "classmint_no_show",
        "company": "Classmint", "contact": "aoife.brennan@classmint.example.ie", "frm": CM_AOIFE,
        "subject": "We missed you this morning",
        "date": "2026-06-23 09:41 +0100", "parent": "cm_inv",
        "body": """Hi Lucía,

I was on the Zoom from 09:00 (Irish time) and waited about 20 minutes, but didn't see you join. I also tried the mobile number on your CV without luck.

I hope everything is OK! If something came up, let me know and we can see whether another slot is possible.

Best,
Aoife""",
    },
    {
        "key": "cm_sorry", "kind": "other", "lang": "en", "slug": "classmint_apology_own",
        "company": "", "contact": "", "frm": CANDIDATE, "to": [CM_AOIFE],
        "subject": "Re: We missed you this morning",
        "date": "2026-06-23 14:27 +0200", "parent": "cm_missed", "quote": "inline", "cte": "8bit",
        "body": f"""Dear Aoife,

I am so sorry. I had the meeting in my calendar at 09:00 Spanish time, not Irish time, and by the time I realised it was 10:05 here. That's entirely my mistake.

I'd be very grateful for another chance; I'm free any afternoon this week from 16:00 Spanish time (15:00 in Dublin).

Apologies again,
Lucía

{LUCIA_SIG_EN}""",
    },
    {
        "key": "cm_rej", "kind": "rejection", "lang": "en", "slug": "classmint_after_screen",
        "company": "Classmint", "contact": "aoife.brennan@classmint.example.ie",
        "frm": ("Aoife Brennan via Greenhouse", "no-reply@greenhouse-mail.io"), "reply_to": CM_AOIFE,
        "subject": "Your application to Classmint",
        "date": "2026-07-08 15:22 +0000", "fmt": "alt",
        "body": """Hi Lucía,

Thanks for taking the time to speak with us last week, and no worries at all about the mix-up with the time zones.

After reviewing all the candidates for the Onboarding & Training Specialist role, we've decided to move forward with applicants whose experience more closely matches our current needs, particularly in supporting English-speaking schools in the UK and Ireland.

We really appreciated your energy and wish you the very best with your move into EdTech.

Kind regards,
Aoife Brennan
Talent Partner, Classmint""",
    },
    # ------------------------------------------------------------------ F: Pupitre (Toulouse)
    {
        "key": "pu_ack", "kind": "application_received", "lang": "fr", "slug": "pupitre_recruitee",
        "company": "Pupitre", "contact": "",
        "frm": ("Pupitre", "jobs@pupitre.recruitee.com"),
        "subject": "Pupitre – nous avons bien reçu votre candidature",
        "date": "2026-07-06 08:14 +0200", "fmt": "html", "cte": "quoted-printable",
        "brand": "Pupitre", "brand_color": "#6a3fb5",
        "body": """Bonjour Lucía,

Merci pour votre candidature au poste de Chargée de formation clients (H/F) – Toulouse. Nous l'avons bien reçue et l'équipe la lira avec attention.

Vous recevrez une réponse, positive ou non, dans un délai de trois semaines.

À bientôt,
L'équipe Pupitre
12 allées Jean Jaurès, 31000 Toulouse

Cet e-mail est envoyé automatiquement, merci de ne pas y répondre.""",
    },
    {
        "key": "pu_inv", "kind": "interview_invitation", "lang": "fr", "slug": "pupitre_entretien",
        "company": "Pupitre", "contact": "claire.fabre@pupitre.example.fr", "frm": PU_CLAIRE,
        "subject": "Entretien – Chargée de formation clients",
        "date": "2026-07-15 17:20 +0200", "cte": "quoted-printable", "charset": "iso-8859-1",
        "body": """Bonjour Lucía,

Merci pour votre candidature, que nous avons lue avec beaucoup d'intérêt. Je vous propose un premier entretien en visio (Google Meet) d'environ 45 minutes avec moi-même et Hugo, notre responsable pédagogique.

Seriez-vous disponible le mardi 21 juillet à 14 h ou le mercredi 22 juillet à 10 h ?

Bien cordialement,
Claire Fabre
Responsable Expérience Client, Pupitre
12 allées Jean Jaurès, 31000 Toulouse · 05 61 00 48 27""",
    },
    {
        "key": "pu_reply", "kind": "other", "lang": "fr", "slug": "pupitre_reponse_propre",
        "company": "", "contact": "", "frm": CANDIDATE, "to": [PU_CLAIRE],
        "subject": "Re: Entretien – Chargée de formation clients",
        "date": "2026-07-15 21:48 +0200", "parent": "pu_inv", "quote": "inline",
        "body": """Bonjour Claire,

Merci beaucoup pour votre message. Le mardi 21 juillet à 14 h me convient parfaitement.

Bien cordialement,
Lucía Benítez""",
    },
    {
        "key": "pu_move", "kind": "interview_reschedule_or_cancel", "lang": "fr", "slug": "pupitre_report",
        "company": "Pupitre", "contact": "claire.fabre@pupitre.example.fr", "frm": PU_CLAIRE,
        "subject": "Report de notre entretien du 21 juillet",
        "date": "2026-07-20 11:03 +0200", "fmt": "alt", "parent": "pu_reply", "quote": "inline",
        "henc": ("iso-8859-1", "b"),
        "ics": {"uid": "pupitre-entretien-benitez@pupitre.example.fr", "seq": 1, "tz": "Europe/Paris",
                 "start": "20260723T160000", "end": "20260723T164500",
                 "summary": "Entretien Pupitre – Lucía Benítez", "location": "Google Meet",
                 "organizer": PU_CLAIRE},
        "body": """Bonjour Lucía,

Hugo est malheureusement souffrant et ne pourra pas être présent demain. Pourrions-nous décaler notre entretien au jeudi 23 juillet à 16 h ? Je vous envoie la nouvelle invitation.

Toutes mes excuses pour ce changement de dernière minute.

Claire""",
    },
    {
        "key": "pu_rej", "kind": "rejection", "lang": "fr", "slug": "pupitre_refus_final",
        "company": "Pupitre", "contact": "claire.fabre@pupitre.example.fr", "frm": PU_CLAIRE,
        "subject": "Suite à nos échanges – Chargée de formation clients",
        "date": "2026-08-04 10:30 +0200", "cte": "8bit",
        "body": """Bonjour Lucía,

Je tenais à vous remercier pour les deux entretiens et pour la qualité de votre mise en situation, qui a beaucoup plu à Hugo.

Nous avons toutefois choisi de poursuivre avec une autre candidate, déjà installée à Toulouse et disponible dès septembre pour les formations en présentiel dans les écoles de la région. Cette décision n'enlève rien à la qualité de votre parcours.

Je vous souhaite sincèrement une belle réussite dans votre reconversion.

Bien à vous,
Claire Fabre
Responsable Expérience Client – Pupitre""",
    },
]
