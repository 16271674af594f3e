"""Corpus 276: interview invitations (26), reschedules and cancellations (15), missed interviews
(10), each written by hand."""

from __future__ import annotations

from msgs276_common import (
    CANDIDATE,
    ats_card,
    on_wrote,
    outlook_block,
    outlook_html,
    quote,
    simple_html,
)

AUTO = [("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")]

VALDECRUZ = ("Itziar Olano Sáenz", "itziar.olano@valdecruz.example.es")
ZADORRA = ("Nerea Uriarte", "nerea.uriarte@pastaszadorra.example.es")
QUINTA = ("Beatriz Sousa", "beatriz.sousa@valesereno.example.pt")
PEYROLAN = ("Amélie Castaing", "amelie.castaing@chateau-peyrolan.example.fr")
MITTELRHEIN = ("Stefan Pohl", "stefan.pohl@mittelrhein-abfuellung.example.de")

I13_TEXT = """Buenos días, Tomás:

He visto tu currículum. Pásate el lunes a las 11:00 por la bodega (Barrio de la Estación, junto al depósito grande) y charlamos un rato del puesto. Pregunta por mí en la entrada.

Alberto Larrea
"""

I04_TEXT = """Hola Tomás:

¡Buenas noticias! Conservas Ibarra quiere conocerte para el puesto de auxiliar de control de calidad en su planta de Vitoria.

La entrevista sería este viernes 6 de febrero a las 12:00 en sus instalaciones:
Conservas Ibarra – Polígono de Gamarra, c/ Zurrupitieta 7, Vitoria-Gasteiz.
Te recibirá Koldo Etxeberria, responsable de calidad. Lleva el DNI/NIE y, si puedes, una copia impresa del CV.

Confírmame por favor que te va bien y te paso los detalles de aparcamiento.

Un saludo,
Lorena Sáenz
Consultora de Selección · Norte Temporal ETT
941 22 08 15
"""

I12_QUOTED = """Estimados señores:

Les escribo para presentar mi candidatura al puesto de Técnico/a de Laboratorio de Calidad publicado en su web. Llevo seis vendimias como bodeguero en Mendoza y La Rioja, con control de fermentaciones, muestreo y análisis básicos (densidad, acidez, SO2), y estoy terminando un curso de APPCC e ISO 9001.

Adjunto mi CV. Quedo a la espera de sus noticias.

Atentamente,
Tomás Eriksen-Vallejo
"""

MESSAGES: list[dict[str, object]] = [
    # ================================================== interview_invitation: Spanish (13)
    {
        "kind": "interview_invitation", "slug": "valdecruz_calendario", "lang": "es",
        "company": "Bodegas Valdecruz", "contact": "itziar.olano@valdecruz.example.es",
        "date": "2026-02-09 12:20 +0100", "key": "valdecruz_invite", "parent": "valdecruz_ack",
        "from": VALDECRUZ,
        "subject": "Entrevista – Técnico/a de Calidad en Bodegas Valdecruz",
        "text": """Hola Tomás:

Gracias por tu interés en Bodegas Valdecruz. Hemos revisado tu candidatura para el puesto de Técnico/a de Calidad y nos gustaría conocerte en persona.

Te propongo el martes 17 de febrero a las 10:00 en la bodega (Avda. de Santo Domingo 14, Haro). Estaremos Iñigo Matute, nuestro enólogo jefe, y yo. Calcula una hora; al final te enseñaremos la nave de crianza.

Te envío la convocatoria en el calendario. Si ese día no te encaja, dímelo y buscamos otro hueco.

Un saludo,

Itziar Olano Sáenz
Responsable de Personas
Bodegas Valdecruz
Avda. de Santo Domingo 14 · 26200 Haro (La Rioja)
T. 941 30 88 21
""",
        "ics": {
            "method": "REQUEST", "uid": "valdecruz-entrevista-0217@valdecruz.example.es",
            "seq": 0, "stamp": "20260209T112000Z", "start": "20260217T090000Z",
            "end": "20260217T100000Z",
            "summary": "Entrevista Tomás Eriksen-Vallejo – Técnico/a de Calidad",
            "location": "Bodegas Valdecruz, Avda. de Santo Domingo 14, Haro",
            "description": "Entrevista con Itziar Olano (Personas) e Iñigo Matute (enología).",
            "organizer": VALDECRUZ,
        },
    },
    {
        "kind": "interview_invitation", "slug": "ebronorte_llamada", "lang": "es",
        "company": "Embotelladora Ebro Norte", "contact": "ruben.garrido@ebronorte.example.es",
        "date": "2026-03-02 11:10 +0100", "key": "ebro_invite",
        "from": ("Rubén Garrido", "ruben.garrido@ebronorte.example.es"),
        "subject": "Técnico QA línea de embotellado – primera conversación",
        "text": """Buenos días, Tomás:

Soy Rubén Garrido, jefe de Calidad de Embotelladora Ebro Norte. Me ha llegado tu CV a través de la web para la plaza de técnico QA en la línea de embotellado.

Antes de citarte en planta me gustaría tener una primera conversación telefónica de unos 20 minutos. ¿Te puedo llamar el miércoles 4 a las 10:00 al móvil que indicas en el CV?

Gracias y un saludo,

Rubén Garrido
Jefe de Calidad
Embotelladora Ebro Norte
T. +34 941 27 43 10
""",
    },
    {
        "kind": "interview_invitation", "slug": "enolab_jornada_evaluacion", "lang": "es",
        "company": "Enolab Rioja", "contact": "marta.ezquerro@enolabrioja.example.es",
        "date": "2026-01-28 10:30 +0100", "key": "enolab_invite", "parent": "enolab_ack",
        "from": ("Enolab Rioja", "no-reply@jobs.recruitee.com"),
        "reply_to": ("Marta Ezquerro", "marta.ezquerro@enolabrioja.example.es"),
        "subject": "Invitación a la jornada de evaluación – Técnico/a de laboratorio enológico",
        "headers": AUTO,
        "text": """Hola Tomás,

Nos alegra comunicarte que has pasado a la siguiente fase del proceso para Técnico/a de laboratorio enológico.

Te invitamos a una jornada de evaluación el jueves 5 de febrero, de 9:00 a 13:30, en nuestro laboratorio de Haro (Avda. de la Estación 9). La jornada incluye:
- una prueba práctica de análisis (SO2 libre y total, acidez volátil),
- una prueba de cata triangular,
- una entrevista con la responsable de laboratorio.

Confirma tu asistencia con el botón del correo o respondiendo a este mensaje; la respuesta le llega a Marta Ezquerro. Trae bata si tienes; las gafas de protección las ponemos nosotros.

Hasta pronto,
Equipo Enolab Rioja
""",
        "html": ats_card("Enolab Rioja", "#6b2737", [
            "Hola Tomás,",
            "Nos alegra comunicarte que has pasado a la siguiente fase del proceso para Técnico/a de laboratorio enológico.",
            "Te invitamos a una jornada de evaluación el jueves 5 de febrero, de 9:00 a 13:30, en nuestro laboratorio de Haro (Avda. de la Estación 9). La jornada incluye:\n- una prueba práctica de análisis (SO2 libre y total, acidez volátil),\n- una prueba de cata triangular,\n- una entrevista con la responsable de laboratorio.",
            "Confirma tu asistencia con el botón del correo o respondiendo a este mensaje; la respuesta le llega a Marta Ezquerro. Trae bata si tienes; las gafas de protección las ponemos nosotros.",
            "Hasta pronto,\nEquipo Enolab Rioja",
        ], ("Confirmar asistencia", "https://enolabrioja.recruitee.com/o/tecnico-laboratorio/confirm"),
            "Enviado con Recruitee"),
    },
    {
        "kind": "interview_invitation", "slug": "nortetemporal_cliente_ibarra", "lang": "es",
        "company": "Conservas Ibarra", "contact": "lorena.saenz@nortetemporal.example.es",
        "date": "2026-02-03 16:20 +0100", "key": "ibarra_invite", "parent": "nt_ack",
        "from": ("Lorena Sáenz | Norte Temporal", "lorena.saenz@nortetemporal.example.es"),
        "subject": "Entrevista con nuestro cliente Conservas Ibarra - viernes 6",
        "hcs": "iso-8859-1/q",
        "text": I04_TEXT,
    },
    {
        "kind": "interview_invitation", "slug": "quebradaalta_videollamada", "lang": "es",
        "company": "Viña Quebrada Alta", "contact": "constanza.munoz@quebradaalta.example.cl",
        "date": "2026-01-14 15:20 -0300", "key": "quebrada_invite", "parent": "quebrada_ack",
        "from": ("Constanza Muñoz", "constanza.munoz@quebradaalta.example.cl"),
        "subject": "Entrevista por videollamada – Supervisor(a) de Calidad Rioja",
        "hcs": "utf-8/b", "force_ew": True,
        "text": """Hola Tomás, ¿cómo estás?

Te escribo desde el equipo de Personas de Viña Quebrada Alta. Revisamos tu postulación para Supervisor(a) de Calidad en nuestra bodega de Rioja y nos gustaría conversar contigo.

¿Te acomoda una videollamada por Google Meet el martes 20 de enero a las 10:00 hora de Chile (14:00 en España)? Participaríamos el gerente de operaciones, Felipe Rojas, y yo. Dura más o menos 45 minutos.

Si ese horario no te sirve, me dices y agendamos otro.

Saludos cordiales,

Constanza Muñoz Araya
Analista de Personas y Cultura
Viña Quebrada Alta
+56 2 2941 7730
""",
    },
    {
        "kind": "interview_invitation", "slug": "cepatalent_primera_entrevista", "lang": "es",
        "company": "Cepa Talent Partners", "contact": "aitziber.goikoetxea@cepatalent.example.es",
        "date": "2026-03-16 10:02 +0100", "key": "cepa_invite", "parent": "cepa_ack",
        "from": ("Aitziber Goikoetxea", "aitziber.goikoetxea@cepatalent.example.es"),
        "subject": "Búsqueda confidencial – ¿nos vemos el jueves?",
        "text": """Hola Tomás:

Gracias por mandarme el CV tan rápido. Te cuento: estoy llevando en exclusiva una búsqueda para una bodega de tamaño medio en Rioja Alavesa que necesita reforzar su departamento de calidad. Por confidencialidad no puedo darte el nombre todavía.

Me gustaría hacerte una primera entrevista para conocerte mejor y explicarte el proyecto. ¿Te viene bien el jueves 19 a las 17:00? Puede ser por Teams o, si te acercas a Bilbao, en nuestra oficina de Alameda de Recalde.

Un abrazo,

Aitziber Goikoetxea
Partner · Food & Beverage
Cepa Talent Partners
+34 944 05 61 88
""",
        "html": simple_html([
            "Hola Tomás:",
            "Gracias por mandarme el CV tan rápido. Te cuento: estoy llevando en exclusiva una búsqueda para una bodega de tamaño medio en Rioja Alavesa que necesita reforzar su departamento de calidad. Por confidencialidad no puedo darte el nombre todavía.",
            "Me gustaría hacerte una primera entrevista para conocerte mejor y explicarte el proyecto. ¿Te viene bien el jueves 19 a las 17:00? Puede ser por Teams o, si te acercas a Bilbao, en nuestra oficina de Alameda de Recalde.",
            "Un abrazo,",
            "Aitziber Goikoetxea\nPartner · Food & Beverage\nCepa Talent Partners\n+34 944 05 61 88",
        ]),
    },
    {
        "kind": "interview_invitation", "slug": "tierrariojana_programar", "lang": "es",
        "company": "Grupo Tierra Riojana", "contact": "",
        "date": "2026-06-01 07:15 +0000", "key": "tierra_invite",
        "from": ("Grupo Tierra Riojana – Empleo", "noreply@successfactors.eu"),
        "subject": "Programa tu entrevista – Técnico de Calidad y Seguridad Alimentaria (8831)",
        "headers": AUTO,
        "text": """Estimado Tomás Eriksen-Vallejo:

Nos complace invitarte a una entrevista para el puesto de Técnico de Calidad y Seguridad Alimentaria (ref. 8831) en nuestra bodega de Fuenmayor.

Elige el día y la hora que mejor te convenga entre los huecos disponibles del 8 al 12 de junio:
https://career5.successfactors.eu/sfcareer/interviewScheduling?company=tierrariojana&req=8831

La entrevista será presencial, con la Directora de Calidad y una persona de Recursos Humanos, y durará unos 60 minutos.

Atentamente,
Dirección de Personas
Grupo Tierra Riojana

Por favor, no respondas a este correo.
""",
        "html": ats_card("Grupo Tierra Riojana", "#5b2333", [
            "Estimado Tomás Eriksen-Vallejo:",
            "Nos complace invitarte a una entrevista para el puesto de Técnico de Calidad y Seguridad Alimentaria (ref. 8831) en nuestra bodega de Fuenmayor.",
            "Elige el día y la hora que mejor te convenga entre los huecos disponibles del 8 al 12 de junio.",
            "La entrevista será presencial, con la Directora de Calidad y una persona de Recursos Humanos, y durará unos 60 minutos.",
            "Atentamente,\nDirección de Personas\nGrupo Tierra Riojana",
        ], ("Elegir horario", "https://career5.successfactors.eu/sfcareer/interviewScheduling?company=tierrariojana&req=8831"),
            "Por favor, no respondas a este correo."),
    },
    {
        "kind": "interview_invitation", "slug": "cidacos_charlar_jueves", "lang": "es",
        "company": "Setas Cidacos", "contact": "goyo.herce@setascidacos.example.es",
        "date": "2026-04-07 20:31 +0200", "key": "cidacos_invite",
        "from": ("Goyo Herce", "goyo.herce@setascidacos.example.es"),
        "subject": "¿charlamos el jueves?",
        "cte": "8bit",
        "text": """Hola Tomás,

Me ha pasado tu número y tu CV mi cuñado, el de la bodega de Aldeanueva. Estoy buscando a alguien para llevar la calidad en la nave de envasado de champiñón y creo que puedes encajar.

¿Te vendría bien el jueves a las 9 para charlar un rato aquí en la planta de Autol? Nada formal: un café, te enseño la línea y vemos si te interesa. Pregunta por mí en portería.

Goyo
Jefe de planta · Setas Cidacos
Ctra. de Quel km 1 · Autol
""",
    },
    {
        "kind": "interview_invitation", "slug": "zadorra_panel_outlook", "lang": "es",
        "company": "Pastas Zadorra", "contact": "nerea.uriarte@pastaszadorra.example.es",
        "date": "2026-03-05 11:48 +0100", "key": "zadorra_invite",
        "from": ZADORRA,
        "subject": "Convocatoria: entrevista panel Técnico/a de Calidad de Producto",
        "text": """Hola Tomás:

Te convocamos a la entrevista final para el puesto de Técnico/a de Calidad de Producto, que haremos en formato panel:

- Fecha: miércoles 18 de marzo, de 10:00 a 11:30
- Lugar: Pastas Zadorra, Polígono de Júndiz, c/ Lermandabide 14, Vitoria-Gasteiz (sala Gorbeia)
- Panel: Nerea Uriarte (Personas), Josu Arrieta (Jefe de Calidad) y Amaia Lasa (Directora de planta)

Te pediremos que presentes en 10 minutos cómo plantearías el plan de muestreo de una línea de pasta fresca. Te adjunto la convocatoria para tu calendario.

Un saludo,

Nerea Uriarte
Personas · Pastas Zadorra
945 29 11 60
""",
        "html": outlook_html([
            "Hola Tomás:",
            "Te convocamos a la entrevista final para el puesto de Técnico/a de Calidad de Producto, que haremos en formato panel:",
            "- Fecha: miércoles 18 de marzo, de 10:00 a 11:30\n- Lugar: Pastas Zadorra, Polígono de Júndiz, c/ Lermandabide 14, Vitoria-Gasteiz (sala Gorbeia)\n- Panel: Nerea Uriarte (Personas), Josu Arrieta (Jefe de Calidad) y Amaia Lasa (Directora de planta)",
            "Te pediremos que presentes en 10 minutos cómo plantearías el plan de muestreo de una línea de pasta fresca. Te adjunto la convocatoria para tu calendario.",
            "Un saludo,",
            "Nerea Uriarte\nPersonas · Pastas Zadorra\n945 29 11 60",
        ]),
        "ics": {
            "method": "REQUEST", "uid": "040000008200E00074C5B7101A82E0080000000093A1F2D7C3ABDC01",
            "seq": 0, "stamp": "20260305T104800Z", "start": "20260318T090000Z",
            "end": "20260318T103000Z",
            "summary": "Entrevista panel – Técnico/a de Calidad de Producto",
            "location": "Pastas Zadorra – Júndiz, sala Gorbeia",
            "organizer": ZADORRA,
        },
    },
    {
        "kind": "interview_invitation", "slug": "gorbeia_jornada_prueba", "lang": "es",
        "company": "Manantial Gorbeia", "contact": "ane.zubizarreta@gorbeia.example.es",
        "date": "2026-07-13 10:10 +0200", "key": "gorbeia_invite", "parent": "gorbeia_ack",
        "from": ("Ane Zubizarreta", "ane.zubizarreta@gorbeia.example.es"),
        "subject": "Jornada de prueba en planta – Técnico/a de Calidad",
        "cte": "b64",
        "text": """Kaixo Tomás:

Después de la entrevista telefónica, nos gustaría que pasaras una jornada de prueba con el equipo de calidad en nuestra planta de envasado de Areatza.

Será el martes 21 de julio, de 7:00 a 15:00 (turno de mañana). Estarás con Gorka, técnico de laboratorio, haciendo los controles de línea: cloro, pH, conductividad, control de tapón y etiquetado. La jornada está remunerada.

Te adjunto las normas de acceso a planta y de higiene: léelas antes de venir, por favor. Trae calzado de seguridad si tienes; el resto de EPI te lo damos aquí.

Confírmame cuando puedas.

Ane Zubizarreta
Técnica de Personas
Manantial Gorbeia, S.A.
Barrio Ipiñaburu 3 · 48143 Areatza (Bizkaia)
94 673 90 15
""",
        "attach": [{
            "pdf": "Normas_acceso_planta_Areatza.pdf",
            "title": "Manantial Gorbeia - Normas de acceso a planta",
            "lines": [
                "1. Presentarse en portería con DNI/NIE 15 minutos antes del turno.",
                "2. Prohibido el acceso con joyas, relojes o teléfono móvil a la zona de llenado.",
                "3. Uso obligatorio de gorro, bata y calzado de seguridad.",
                "4. Lavado de manos en el filtro sanitario antes de entrar en sala blanca.",
                "5. Comunicar cualquier síntoma de enfermedad gastrointestinal.",
            ],
        }],
    },
    {
        "kind": "interview_invitation", "slug": "najerilla_telefono", "lang": "es",
        "company": "Cooperativa Vinícola Najerilla", "contact": "mcarmen.tobia@coopnajerilla.example.es",
        "date": "2026-06-15 09:30 +0200", "key": "najerilla_invite",
        "from": ("Mari Carmen Tobía", "mcarmen.tobia@coopnajerilla.example.es"),
        "subject": "Entrevista telefónica – técnico de calidad",
        "cs": "windows-1252", "cte": "8bit",
        "text": """Buenos días, Tomás:

Le escribo de la Cooperativa Vinícola Najerilla, de Nájera. Hemos recibido su currículum para el puesto de técnico de calidad y el enólogo, Daniel Arpón, quiere hablar con usted.

Le llamará por teléfono el miércoles 17 a las 12:00 al número de su currículum. Será una conversación de unos veinte minutos sobre su experiencia en bodega y en control de calidad.

Si a esa hora no puede, contésteme a este correo y lo cambiamos.

Un saludo,

Mari Carmen Tobía
Oficina – Cooperativa Vinícola Najerilla
Avda. de San Julián 40 · 26300 Nájera
Tel. 941 36 12 09
""",
    },
    {
        "kind": "interview_invitation", "slug": "agrolab_respuesta_candidatura", "lang": "es",
        "company": "Agrolab Norte", "contact": "iker.ruizdeazua@agrolabnorte.example.es",
        "date": "2026-08-24 17:45 +0200", "key": "agrolab_invite",
        "from": ("Iker Ruiz de Azúa", "iker.ruizdeazua@agrolabnorte.example.es"),
        "subject": "Re: Candidatura Técnico/a de Laboratorio de Calidad",
        "hcs": "utf-8/q",
        "text": """Hola Tomás:

Gracias por tu candidatura. Tu experiencia en bodega nos interesa mucho porque cada vez analizamos más vino y mosto para clientes de Rioja Alavesa.

Nos gustaría conocerte en una entrevista presencial el martes 1 de septiembre a las 10:00 en nuestras instalaciones del Parque Tecnológico de Álava (Miñano, edificio Aldaia, 2.ª planta). Estaremos la directora técnica y yo, aproximadamente una hora.

¿Puedes confirmarme asistencia?

Un saludo,
Iker Ruiz de Azúa
Responsable de RR. HH. · Agrolab Norte
945 01 77 40

""" + on_wrote("es", "2026-08-20 22:03 +0200", "Tomás Eriksen-Vallejo", "tomas.ev@example.cl") + quote(I12_QUOTED),
    },
    {
        "kind": "interview_invitation", "slug": "larrea_pasate_lunes", "lang": "es",
        "company": "Bodegas Hermanos Larrea", "contact": "alberto.larrea@hermanoslarrea.example.es",
        "date": "2026-05-06 08:55 +0200", "key": "larrea_invite", "parent": "larrea_ack",
        "from": ("Alberto Larrea", "alberto.larrea@hermanoslarrea.example.es"),
        "subject": "Visita a la bodega el lunes",
        "cs": "iso-8859-1", "cte": "8bit",
        "text": I13_TEXT,
    },
    # ================================================== interview_invitation: English (7)
    {
        "kind": "interview_invitation", "slug": "stellenkloof_pick_time", "lang": "en",
        "company": "Stellenkloof Wines", "contact": "naledi.khumalo@stellenkloof.example.co.za",
        "date": "2026-04-14 10:03 +0200", "key": "stellen_invite", "parent": "stellen_ack",
        "from": ("Naledi Khumalo via Greenhouse", "no-reply@us.greenhouse-mail.io"),
        "reply_to": ("Naledi Khumalo", "naledi.khumalo@stellenkloof.example.co.za"),
        "subject": "Stellenkloof Wines – let's schedule your interview",
        "headers": AUTO,
        "text": """Hi Tomás,

Thanks for applying for QA Officer – Cellar at Stellenkloof Wines. We'd love to get to know you better.

The next step is a 45-minute video interview with Pieter van Wyk (Cellar Master) and me. Please pick a time that suits you here:
https://app.greenhouse.io/scheduling/select/7f3c91ab-stellenkloof-qa

All slots are shown in South African time (SAST, the same as Spain right now). If none works, just reply to this email.

Looking forward to it,
Naledi Khumalo
Talent Partner | Stellenkloof Wines
""",
        "html": ats_card("Stellenkloof Wines", "#2f4f2f", [
            "Hi Tomás,",
            "Thanks for applying for QA Officer – Cellar at Stellenkloof Wines. We'd love to get to know you better.",
            "The next step is a 45-minute video interview with Pieter van Wyk (Cellar Master) and me. Please pick a time that suits you.",
            "All slots are shown in South African time (SAST, the same as Spain right now). If none works, just reply to this email.",
            "Looking forward to it,\nNaledi Khumalo\nTalent Partner | Stellenkloof Wines",
        ], ("Pick a time", "https://app.greenhouse.io/scheduling/select/7f3c91ab-stellenkloof-qa"),
            "Sent via Greenhouse", lang="en"),
    },
    {
        "kind": "interview_invitation", "slug": "nordvin_ashby_slot", "lang": "en",
        "company": "Nordvin Beverages", "contact": "emma.lindqvist@nordvin.example.se",
        "date": "2026-04-28 13:00 +0000", "key": "nordvin_invite", "parent": "nordvin_ack",
        "from": ("Nordvin Beverages", "no-reply@ashbyhq.com"),
        "reply_to": ("Emma Lindqvist", "emma.lindqvist@nordvin.example.se"),
        "subject": "Interview invitation: QA Specialist (Bilbao)",
        "headers": AUTO,
        "text": """Hi Tomás,

Good news: the hiring team for QA Specialist (Bilbao) would like to meet you.

Please choose a 30-minute slot for a video interview with Iñaki Goñi, QA Lead at our Bilbao bottling plant, and Emma Lindqvist from Talent Acquisition:

https://jobs.ashbyhq.com/nordvin/interview/schedule/c5e2a8d1

Available slots run from Monday 4 May to Friday 8 May. The call will be in English, with a few questions in Spanish.

Best,
Emma Lindqvist
Talent Acquisition, Nordvin Beverages AB
""",
    },
    {
        "kind": "interview_invitation", "slug": "valesereno_panel", "lang": "en",
        "company": "Quinta do Vale Sereno", "contact": "beatriz.sousa@valesereno.example.pt",
        "date": "2026-07-01 11:00 +0100", "key": "quinta_invite",
        "from": QUINTA,
        "subject": "Panel interview – Quality Assurance Technician",
        "hcs": "utf-8/q",
        "text": """Dear Tomás,

Thank you for your application for the Quality Assurance Technician position at Quinta do Vale Sereno.

We are pleased to invite you to a panel interview on Wednesday 8 July at 15:00 (Lisbon time, 16:00 in Spain) at our lodge in Vila Nova de Gaia, Rua de Serpa Pinto 118. The panel will be:
- Beatriz Sousa, HR Manager
- Duarte Ferreira, Head of Quality
- Joana Pinto, Bottling Supervisor

Please allow about 75 minutes, including a short tasting of two Tawny samples in which we'll ask you to describe any faults you find. If travelling is difficult, we can offer a hybrid set-up.

A calendar invitation is attached. Kindly accept it to confirm.

Best regards,
Beatriz Sousa
HR Manager | Quinta do Vale Sereno
Rua de Serpa Pinto 118, 4400-307 Vila Nova de Gaia | +351 22 370 4410
""",
        "ics": {
            "method": "REQUEST", "uid": "qvs-panel-qa-0708@valesereno.example.pt", "seq": 0,
            "stamp": "20260701T100000Z", "start": "20260708T140000Z", "end": "20260708T151500Z",
            "summary": "Panel interview – QA Technician – Tomás Eriksen-Vallejo",
            "location": "Quinta do Vale Sereno lodge, Rua de Serpa Pinto 118, Vila Nova de Gaia",
            "organizer": QUINTA,
        },
    },
    {
        "kind": "interview_invitation", "slug": "capefruit_phone_screen", "lang": "en",
        "company": "Cape Fruit Processors", "contact": "thandiwe.nkosi@capefruit.example.co.za",
        "date": "2026-05-18 11:40 +0200", "key": "capefruit_invite", "parent": "capefruit_ack",
        "from": ("Thandiwe Nkosi", "thandiwe.nkosi@capefruit.example.co.za"),
        "subject": "Quick phone screen – Food Safety & Quality Technician",
        "text": """Hello Tomás,

I'm the recruiter looking after the Food Safety & Quality Technician role at our Paarl plant. Your CV stood out because of the harvest work in Mendoza.

Could we do a 20-minute phone screen on Thursday 21 May at 10:00? Luckily South Africa and Spain are on the same clock at the moment. I'll call the Spanish mobile number on your CV unless you tell me otherwise.

Thanks,
Thandiwe Nkosi
Recruitment Specialist
Cape Fruit Processors
Klein Drakenstein Road, Paarl | +27 21 862 7705
""",
    },
    {
        "kind": "interview_invitation", "slug": "winelands_client_helderberg", "lang": "en",
        "company": "Helderberg Analytical Labs", "contact": "jason.meyer@winelandsrec.example.co.za",
        "date": "2026-04-09 10:22 +0200", "key": "helder_invite",
        "from": ("Jason Meyer", "jason.meyer@winelandsrec.example.co.za"),
        "subject": "Interview with Helderberg Analytical Labs – Wednesday",
        "text": """Hi Tomás,

Great news: Helderberg Analytical Labs would like to interview you on Wednesday 15 April at 11:00 (SA time) on Teams. It'll be the lab manager and the QA lead, about 45 minutes. Please confirm and I'll send the link.

A few pointers: they'll ask about your experience with wine analysis for export certificates and how you handle out-of-spec results. Have a look at their accreditation scope on their website before the call.

Jason

Jason Meyer | Senior Consultant, Food & Beverage
Winelands Recruitment
12 Dorp Street, Stellenbosch | +27 21 887 3090
""",
        "html": simple_html([
            "Hi Tomás,",
            "Great news: Helderberg Analytical Labs would like to interview you on Wednesday 15 April at 11:00 (SA time) on Teams. It'll be the lab manager and the QA lead, about 45 minutes. Please confirm and I'll send the link.",
            "A few pointers: they'll ask about your experience with wine analysis for export certificates and how you handle out-of-spec results. Have a look at their accreditation scope on their website before the call.",
            "Jason",
            "Jason Meyer | Senior Consultant, Food & Beverage\nWinelands Recruitment\n12 Dorp Street, Stellenbosch | +27 21 887 3090",
        ], lang="en"),
    },
    {
        "kind": "interview_invitation", "slug": "gaiacork_assessment_day", "lang": "en",
        "company": "Gaia Cork Solutions", "contact": "ines.barros@gaiacork.example.pt",
        "date": "2026-08-12 10:00 +0100", "key": "gaia_invite", "parent": "gaia_ack",
        "from": ("Gaia Cork Solutions", "no-reply@hire.lever.co"),
        "reply_to": ("Inês Barros", "ines.barros@gaiacork.example.pt"),
        "subject": "Assessment day invitation – Quality Control Analyst",
        "headers": AUTO,
        "text": """Hi Tomás,

We'd like to invite you to our assessment day for the Quality Control Analyst role.

When: Thursday 20 August, 09:30 to 15:00
Where: Gaia Cork Solutions, Rua da Cortiça 210, Santa Maria da Feira

The programme:
09:30  Welcome and plant tour
10:30  Sensory session: TCA screening of soaked corks
12:00  Lunch with the lab team
13:00  Case exercise (closure complaint from a winery customer)
14:00  Individual interviews

We cover travel from Logroño (train or fuel) and one night in Porto if you need it. Please confirm by replying to this email, which goes to Inês Barros.

See you soon,
The Gaia Cork Solutions hiring team
""",
        "html": ats_card("Gaia Cork Solutions", "#8b5a2b", [
            "Hi Tomás,",
            "We'd like to invite you to our assessment day for the Quality Control Analyst role.",
            "When: Thursday 20 August, 09:30 to 15:00\nWhere: Gaia Cork Solutions, Rua da Cortiça 210, Santa Maria da Feira",
            "The programme:\n09:30 Welcome and plant tour\n10:30 Sensory session: TCA screening of soaked corks\n12:00 Lunch with the lab team\n13:00 Case exercise (closure complaint from a winery customer)\n14:00 Individual interviews",
            "We cover travel from Logroño (train or fuel) and one night in Porto if you need it. Please confirm by replying to this email, which goes to Inês Barros.",
            "See you soon,\nThe Gaia Cork Solutions hiring team",
        ], None, "Sent with Lever", lang="en"),
    },
    {
        "kind": "interview_invitation", "slug": "bergriver_free_thursday", "lang": "en",
        "company": "Berg River Cellars", "contact": "megan.adams@bergriver.example.co.za",
        "date": "2026-09-07 08:12 +0200", "key": "berg_invite",
        "from": ("Megan Adams", "megan.adams@bergriver.example.co.za"),
        "subject": "free Thursday?",
        "text": """Hi Tomás,

Jason at Winelands passed on your CV, and I liked what I saw. I'm hiring a Cellar QA Lead before harvest.

Are you free Thursday afternoon to chat? Say 15:00 our time, which is the same as yours. A video call is fine; I'll send a Zoom link once you say yes. Nothing formal, I'd just like to hear how you ran the fermentation checks in Mendoza.

Megan

Megan Adams
Cellar Manager, Berg River Cellars
+27 21 873 5521
""",
    },
    # ================================================== interview_invitation: French (3)
    {
        "kind": "interview_invitation", "slug": "peyrolan_visio", "lang": "fr",
        "company": "Château Peyrolan", "contact": "amelie.castaing@chateau-peyrolan.example.fr",
        "date": "2026-05-12 10:15 +0200", "key": "peyrolan_invite", "parent": "peyrolan_app",
        "from": PEYROLAN,
        "subject": "Re: Candidature - Responsable qualité cuvier et conditionnement",
        "hcs": "iso-8859-1/q",
        "text": """Bonjour Monsieur Eriksen-Vallejo,

Nous avons bien reçu votre candidature, qui a retenu toute notre attention.

Nous vous proposons un premier entretien en visioconférence le mercredi 20 mai à 14h00 avec notre maître de chai, M. Olivier Fage, et moi-même. L'échange durera environ 45 minutes et portera sur votre expérience en cuvier et sur notre projet de certification.

Vous trouverez l'invitation ci-jointe ; le lien Teams y figure. Merci de bien vouloir l'accepter pour confirmer votre présence.

Bien cordialement,

Amélie Castaing
Responsable des ressources humaines
Château Peyrolan – 33910 Saint-Denis-de-Pile
05 57 84 26 30
""",
        "ics": {
            "method": "REQUEST", "uid": "peyrolan-visio-20260520@chateau-peyrolan.example.fr",
            "seq": 0, "stamp": "20260512T081500Z", "start": "20260520T120000Z",
            "end": "20260520T124500Z",
            "summary": "Entretien visio – Responsable qualité – T. Eriksen-Vallejo",
            "location": "Microsoft Teams",
            "description": "Rejoindre : https://teams.example.com/l/meetup-join/peyrolan-qualite",
            "organizer": PEYROLAN,
        },
    },
    {
        "kind": "interview_invitation", "slug": "garonne_entretien_tel", "lang": "fr",
        "company": "Laboratoire Œnologique Garonne", "contact": "claire.dubernet@oenogaronne.example.fr",
        "date": "2026-03-18 14:05 +0100", "key": "garonne_invite", "parent": "garonne_ack",
        "from": ("Claire Dubernet", "claire.dubernet@oenogaronne.example.fr"),
        "subject": "Entretien téléphonique – Technicien(ne) de laboratoire",
        "cte": "qp",
        "text": """Bonjour Monsieur Eriksen-Vallejo,

Suite à votre candidature au poste de technicien(ne) de laboratoire œnologique, je vous propose un entretien téléphonique le mardi 24 mars à 11h00.

Il durera une trentaine de minutes et portera sur vos expériences en chai, les analyses que vous avez pratiquées et vos disponibilités pour les vendanges.

Pourriez-vous me confirmer ce créneau et le numéro auquel vous joindre ?

Bien cordialement,

Claire Dubernet
Chargée de recrutement
Laboratoire Œnologique Garonne
14, quai de Bacalan – 33300 Bordeaux
05 56 39 70 12
""",
    },
    {
        "kind": "interview_invitation", "slug": "sarment_rencontre_client", "lang": "fr",
        "company": "Vignerons de l'Entre-Deux-Mers", "contact": "mathieu.lafargue@sarment-conseil.example.fr",
        "date": "2026-05-13 09:20 +0200", "key": "sarment_invite", "parent": "sarment_ack",
        "from": ("Mathieu Lafargue", "mathieu.lafargue@sarment-conseil.example.fr"),
        "subject": "Rencontre avec les Vignerons de l'Entre-Deux-Mers mardi 19 mai",
        "text": """Bonjour Tomás,

Comme évoqué au téléphone, les Vignerons de l'Entre-Deux-Mers souhaitent vous rencontrer pour le poste de responsable qualité de leur cave coopérative.

Rendez-vous le mardi 19 mai à 15h00 à la cave de Sauveterre-de-Guyenne (route de Saint-Brice). Vous verrez le directeur, M. Pujol, et la présidente du conseil d'administration. Prévoyez une heure et demie avec la visite de la chaîne d'embouteillage.

Quelques conseils : ils attachent beaucoup d'importance à la traçabilité des apports des adhérents et à la préparation de l'audit IFS de l'automne. N'hésitez pas à parler de vos vendanges à Mendoza.

Je vous appelle lundi pour préparer l'entretien.

Bien à vous,
Mathieu Lafargue
Cabinet Sarment Conseil – 06 71 48 22 90
""",
    },
    # ================================================== interview_invitation: German (3)
    {
        "kind": "interview_invitation", "slug": "lindenau_personio_teams", "lang": "de",
        "company": "Sektkellerei Lindenau", "contact": "franziska.albers@lindenau-sekt.example.de",
        "date": "2026-06-09 14:10 +0200", "key": "lindenau_invite", "parent": "lindenau_ack",
        "from": ("Sektkellerei Lindenau", "no-reply@personio.de"),
        "reply_to": ("Franziska Albers", "franziska.albers@lindenau-sekt.example.de"),
        "subject": "Einladung zum Vorstellungsgespräch – Qualitätssicherung Abfüllung",
        "headers": AUTO,
        "text": """Sehr geehrter Herr Eriksen-Vallejo,

vielen Dank für Ihre Bewerbung. Wir möchten Sie gern näher kennenlernen und laden Sie zu einem Vorstellungsgespräch per Microsoft Teams ein:

Termin: Dienstag, 16. Juni 2026, 10:00 bis 10:45 Uhr
Gesprächspartner: Franziska Albers (Personal) und Dr. Udo Brenner (Leitung Qualitätssicherung)
Link: https://teams.example.com/l/meetup-join/lindenau-qs-abfuellung

Bitte bestätigen Sie den Termin kurz per Antwort auf diese E-Mail.

Mit freundlichen Grüßen
Franziska Albers
Personalreferentin
Sektkellerei Lindenau GmbH, Rheinallee 40, 65366 Geisenheim
""",
    },
    {
        "kind": "interview_invitation", "slug": "rheinhalde_probearbeit", "lang": "de",
        "company": "Weingut Rheinhalde", "contact": "martin@weingut-rheinhalde.example.de",
        "date": "2026-08-17 18:20 +0200", "key": "rheinhalde_invite",
        "from": ("Martin Hollerbach", "martin@weingut-rheinhalde.example.de"),
        "subject": "Probearbeitstag bei uns im Keller",
        "hcs": "utf-8/q",
        "text": """Hallo Tomás,

danke für das nette Telefonat gestern. Wie besprochen würden wir dich gern zu einem Probearbeitstag einladen, bevor wir über alles Weitere reden.

Wann: Donnerstag, 27. August, ab 7:30 Uhr
Wo: Weingut Rheinhalde, Rüdesheimer Straße 61, Geisenheim (Hofeinfahrt, nicht der Laden)
Was: Mitarbeit im Keller mit Anke (Qualitätskontrolle Most und Jungwein), mittags gemeinsames Essen, am Nachmittag Gespräch mit mir und meiner Frau.

Bitte Arbeitskleidung und feste Schuhe mitbringen. Fahrtkosten übernehmen wir.

Gib mir kurz Bescheid, ob das passt.

Viele Grüße aus dem Rheingau
Martin Hollerbach
Weingut Rheinhalde – Familie Hollerbach
06722 71 20 44
""",
    },
    {
        "kind": "interview_invitation", "slug": "oenolabor_gespraech_ics", "lang": "de",
        "company": "Önolabor Rheingau", "contact": "katrin.vogt@oenolabor-rheingau.example.de",
        "date": "2026-07-28 11:10 +0200", "key": "oenolabor_invite", "parent": "oenolabor_ack",
        "from": ("Dr. Katrin Vogt", "katrin.vogt@oenolabor-rheingau.example.de"),
        "subject": "Einladung: Vorstellungsgespräch Laborant/in Weinanalytik",
        "hcs": "iso-8859-1/b", "force_ew": True,
        "text": """Sehr geehrter Herr Eriksen-Vallejo,

vielen Dank für Ihre Bewerbung als Laborant/in Weinanalytik. Wir laden Sie herzlich zu einem persönlichen Gespräch in unser Labor ein:

Dienstag, 4. August 2026, 14:00 Uhr
Önolabor Rheingau, Von-Lade-Straße 3, 65366 Geisenheim

Neben dem Gespräch zeigen wir Ihnen unsere FTIR- und Enzymatik-Geräte. Planen Sie bitte etwa 90 Minuten ein. Die Kalendereinladung finden Sie anbei.

Mit freundlichen Grüßen
Dr. Katrin Vogt
Laborleitung · Önolabor Rheingau · Tel. 06722 50 38 11
""",
        "ics": {
            "method": "REQUEST", "uid": "oenolabor-vg-20260804@oenolabor-rheingau.example.de",
            "seq": 0, "stamp": "20260728T091000Z", "start": "20260804T120000Z",
            "end": "20260804T133000Z",
            "summary": "Vorstellungsgespräch Laborant/in Weinanalytik – Eriksen-Vallejo",
            "location": "Önolabor Rheingau, Von-Lade-Straße 3, Geisenheim",
            "organizer": ("Dr. Katrin Vogt", "katrin.vogt@oenolabor-rheingau.example.de"),
        },
    },
    # ================================================== interview_reschedule_or_cancel: Spanish (7)
    {
        "kind": "interview_reschedule_or_cancel", "slug": "valdecruz_cambio_jueves", "lang": "es",
        "company": "Bodegas Valdecruz", "contact": "itziar.olano@valdecruz.example.es",
        "date": "2026-02-16 09:05 +0100", "key": "valdecruz_move", "parent": "valdecruz_confirm",
        "from": VALDECRUZ,
        "subject": "Actualizado: Entrevista – Técnico/a de Calidad (nuevo horario)",
        "text": """Hola de nuevo, Tomás:

Perdona el cambio con tan poco margen: a Iñigo le han puesto mañana la auditoría de la certificadora y no puede estar en la entrevista.

La pasamos al jueves 19 de febrero a las 12:00, mismo sitio. Te mando la convocatoria actualizada; la anterior queda sustituida. Si el jueves no te va bien, avísame y lo arreglamos.

Gracias por la flexibilidad,
Itziar

""" + on_wrote("es", "2026-02-09 19:02 +0100", "Tomás Eriksen-Vallejo", "tomas.ev@example.cl") + quote("""Hola Itziar:

Muchas gracias por la invitación. Confirmo mi asistencia el martes 17 a las 10:00 en la bodega.

Un saludo,
Tomás"""),
        "ics": {
            "method": "REQUEST", "uid": "valdecruz-entrevista-0217@valdecruz.example.es",
            "seq": 1, "stamp": "20260216T080500Z", "start": "20260219T110000Z",
            "end": "20260219T120000Z",
            "summary": "Entrevista Tomás Eriksen-Vallejo – Técnico/a de Calidad (nuevo horario)",
            "location": "Bodegas Valdecruz, Avda. de Santo Domingo 14, Haro",
            "organizer": VALDECRUZ,
        },
    },
    {
        "kind": "interview_reschedule_or_cancel", "slug": "zadorra_cancelada_sin_fecha", "lang": "es",
        "company": "Pastas Zadorra", "contact": "nerea.uriarte@pastaszadorra.example.es",
        "date": "2026-03-13 14:20 +0100", "key": "zadorra_cancel", "parent": "zadorra_invite",
        "from": ZADORRA,
        "subject": "Cancelada: Entrevista panel – Técnico/a de Calidad de Producto",
        "text": """Hola Tomás:

Tenemos que cancelar la entrevista en panel del miércoles 18. La dirección está revisando la estructura del área de Calidad y prefiere no avanzar con entrevistas hasta cerrar ese análisis.

Tu candidatura sigue abierta: en cuanto tengamos claro el calendario te propondremos una nueva fecha. Siento el cambio de planes.

Un saludo,
Nerea Uriarte
Personas · Pastas Zadorra
""",
        "html": outlook_html([
            "Hola Tomás:",
            "Tenemos que cancelar la entrevista en panel del miércoles 18. La dirección está revisando la estructura del área de Calidad y prefiere no avanzar con entrevistas hasta cerrar ese análisis.",
            "Tu candidatura sigue abierta: en cuanto tengamos claro el calendario te propondremos una nueva fecha. Siento el cambio de planes.",
            "Un saludo,\nNerea Uriarte\nPersonas · Pastas Zadorra",
        ]),
        "ics": {
            "method": "CANCEL", "uid": "040000008200E00074C5B7101A82E0080000000093A1F2D7C3ABDC01",
            "seq": 1, "stamp": "20260313T132000Z", "start": "20260318T090000Z",
            "end": "20260318T103000Z",
            "summary": "Cancelada: Entrevista panel – Técnico/a de Calidad de Producto",
            "location": "Pastas Zadorra – Júndiz, sala Gorbeia",
            "organizer": ZADORRA,
        },
    },
    {
        "kind": "interview_reschedule_or_cancel", "slug": "tierrariojana_directora_baja", "lang": "es",
        "company": "Grupo Tierra Riojana", "contact": "elena.marzo@tierrariojana.example.es",
        "date": "2026-06-08 12:40 +0200", "key": "tierra_move", "parent": "tierra_invite",
        "from": ("Elena Marzo", "elena.marzo@tierrariojana.example.es"),
        "subject": "Cambio de fecha de tu entrevista en Fuenmayor",
        "text": """Buenos días, Tomás:

Te escribo porque la Directora de Calidad, que iba a hacerte la entrevista el miércoles 10 a las 11:00, está de baja por enfermedad esta semana.

Para no hacerla sin ella, te proponemos moverla al martes 16 de junio a la misma hora, en la bodega de Fuenmayor. Si no te cuadra, respóndeme con dos o tres alternativas de esa semana y lo ajusto.

Disculpa las molestias.

Elena Marzo
Técnica de Selección
Grupo Tierra Riojana
Ctra. de Logroño km 6 · 26360 Fuenmayor
941 45 02 77

Este mensaje es confidencial. Si no es usted el destinatario, bórrelo y avise al remitente.
""",
    },
    {
        "kind": "interview_reschedule_or_cancel", "slug": "agrolab_pasa_a_video", "lang": "es",
        "company": "Agrolab Norte", "contact": "iker.ruizdeazua@agrolabnorte.example.es",
        "date": "2026-08-28 08:50 +0200", "key": "agrolab_move", "parent": "agrolab_invite",
        "from": ("Iker Ruiz de Azúa", "iker.ruizdeazua@agrolabnorte.example.es"),
        "subject": "Re: Candidatura Técnico/a de Laboratorio de Calidad",
        "hcs": "utf-8/q",
        "text": """Hola Tomás:

Un cambio sobre lo del martes: la directora técnica estará esa mañana en una auditoría de ENAC en Bilbao, así que la entrevista será por Teams en lugar de presencial, y a las 12:30 en vez de a las 10:00. El día sigue siendo el martes 1 de septiembre.

Te mando el enlace el lunes. Perdona el lío.

Iker

""" + on_wrote("es", "2026-08-24 17:45 +0200", "Iker Ruiz de Azúa", "iker.ruizdeazua@agrolabnorte.example.es") + quote("""Hola Tomás:

Gracias por tu candidatura. Tu experiencia en bodega nos interesa mucho porque cada vez analizamos más vino y mosto para clientes de Rioja Alavesa.

Nos gustaría conocerte en una entrevista presencial el martes 1 de septiembre a las 10:00 en nuestras instalaciones del Parque Tecnológico de Álava (Miñano, edificio Aldaia, 2.ª planta). Estaremos la directora técnica y yo, aproximadamente una hora.

¿Puedes confirmarme asistencia?"""),
    },
    {
        "kind": "interview_reschedule_or_cancel", "slug": "nortetemporal_ibarra_mueve", "lang": "es",
        "company": "Conservas Ibarra", "contact": "lorena.saenz@nortetemporal.example.es",
        "date": "2026-02-05 09:40 +0100", "key": "ibarra_move", "parent": "ibarra_invite",
        "from": ("Lorena Sáenz | Norte Temporal", "lorena.saenz@nortetemporal.example.es"),
        "subject": "RE: Entrevista con nuestro cliente Conservas Ibarra - viernes 6",
        "hcs": "iso-8859-1/q",
        "cs": "iso-8859-1", "cte": "qp",
        "text": ("""Hola Tomás:

Me acaba de llamar Koldo, de Conservas Ibarra: mañana tienen visita de un cliente de la gran distribución y no puede atenderte. Me pide pasar la entrevista al martes 10 de febrero a las 9:30, en el mismo sitio (Polígono de Gamarra).

¿Te encaja? Si no, dime qué día de la semana que viene te viene mejor y se lo traslado.

Un saludo,
Lorena

""" + outlook_block("es", ("Lorena Sáenz", "lorena.saenz@nortetemporal.example.es"), "2026-02-03 16:20 +0100", CANDIDATE, "Entrevista con nuestro cliente Conservas Ibarra – viernes 6") + "\n" + I04_TEXT).replace("–", "-"),
    },
    {
        "kind": "interview_reschedule_or_cancel", "slug": "quebradaalta_reagendar", "lang": "es",
        "company": "Viña Quebrada Alta", "contact": "constanza.munoz@quebradaalta.example.cl",
        "date": "2026-01-19 18:05 -0300", "key": "quebrada_move", "parent": "quebrada_invite",
        "from": ("Constanza Muñoz", "constanza.munoz@quebradaalta.example.cl"),
        "subject": "Re: Entrevista por videollamada – Supervisor(a) de Calidad Rioja",
        "text": """Hola Tomás:

Disculpa, pero tenemos que reagendar la videollamada de mañana: a Felipe le tocó viajar de urgencia a la planta de Curicó por un tema de mantención y no alcanza a conectarse.

¿Te queda bien el jueves 22 a las 9:00 hora de Chile (13:00 en España)? El link de Meet sería el mismo.

Mil disculpas y quedo atenta,
Constanza

""" + on_wrote("es", "2026-01-14 19:48 +0100", "Tomás Eriksen-Vallejo", "tomas.ev@example.cl") + quote("""Hola Constanza:

Perfecto, el martes 20 a las 14:00 (hora de España) me va muy bien. Muchas gracias.

Tomás"""),
    },
    {
        "kind": "interview_reschedule_or_cancel", "slug": "gorbeia_aplazada", "lang": "es",
        "company": "Manantial Gorbeia", "contact": "ane.zubizarreta@gorbeia.example.es",
        "date": "2026-07-17 13:02 +0200", "key": "gorbeia_move", "parent": "gorbeia_invite",
        "from": ("Ane Zubizarreta", "ane.zubizarreta@gorbeia.example.es"),
        "subject": "RE: Jornada de prueba en planta – Técnico/a de Calidad",
        "hcs": "utf-8/b",
        "text": """Hola Tomás:

Tenemos que aplazar la jornada de prueba del martes 21: la línea 2 tendrá una parada técnica por el cambio de la llenadora y el equipo de calidad estará con la validación. No tiene nada que ver con tu candidatura.

La semana que viene te propongo nueva fecha, seguramente a finales de julio.

Un saludo,
Ane Zubizarreta
Técnica de Personas · Manantial Gorbeia
""",
        "html": outlook_html([
            "Hola Tomás:",
            "Tenemos que aplazar la jornada de prueba del martes 21: la línea 2 tendrá una parada técnica por el cambio de la llenadora y el equipo de calidad estará con la validación. No tiene nada que ver con tu candidatura.",
            "La semana que viene te propongo nueva fecha, seguramente a finales de julio.",
            "Un saludo,\nAne Zubizarreta\nTécnica de Personas · Manantial Gorbeia",
        ], quoted=outlook_block("es", ("Ane Zubizarreta", "ane.zubizarreta@gorbeia.example.es"), "2026-07-13 10:10 +0200", CANDIDATE, "Jornada de prueba en planta – Técnico/a de Calidad") + "\nKaixo Tomás:\n\nDespués de la entrevista telefónica, nos gustaría que pasaras una jornada de prueba con el equipo de calidad en nuestra planta de envasado de Areatza.\n\nSerá el martes 21 de julio, de 7:00 a 15:00 (turno de mañana)."),
    },
    # ================================================== interview_reschedule_or_cancel: English (4)
    {
        "kind": "interview_reschedule_or_cancel", "slug": "stellenkloof_interviewer_ill", "lang": "en",
        "company": "Stellenkloof Wines", "contact": "naledi.khumalo@stellenkloof.example.co.za",
        "date": "2026-04-21 08:15 +0200", "key": "stellen_move", "parent": "stellen_invite",
        "from": ("Naledi Khumalo", "naledi.khumalo@stellenkloof.example.co.za"),
        "subject": "Today's interview – new date",
        "text": """Morning Tomás,

I'm sorry to do this on the day: Pieter has come down with flu and is off for the rest of the week, and we'd rather not do the interview without him.

Could we move this afternoon's 16:00 call to next Tuesday, 28 April, same time? I've already checked his calendar. The Teams link stays the same.

Apologies again,
Naledi

Naledi Khumalo
Talent Partner | Stellenkloof Wines | +27 21 880 4412
""",
    },
    {
        "kind": "interview_reschedule_or_cancel", "slug": "valesereno_updated_invite", "lang": "en",
        "company": "Quinta do Vale Sereno", "contact": "beatriz.sousa@valesereno.example.pt",
        "date": "2026-07-03 09:20 +0100", "key": "quinta_move", "parent": "quinta_invite",
        "from": QUINTA,
        "subject": "Updated invitation: Panel interview – QA Technician (now Thursday 9 July)",
        "text": """Dear Tomás,

We need to move your panel interview by one day: the bottling line has a customer audit on Wednesday afternoon and Joana must be on the floor.

New time: Thursday 9 July at 10:00 Lisbon time (11:00 in Spain), same place and panel. The updated calendar invitation replaces the previous one.

Thank you for your understanding.

Best regards,
Beatriz Sousa
HR Manager | Quinta do Vale Sereno
""",
        "ics": {
            "method": "REQUEST", "uid": "qvs-panel-qa-0708@valesereno.example.pt", "seq": 1,
            "stamp": "20260703T082000Z", "start": "20260709T090000Z", "end": "20260709T101500Z",
            "summary": "Panel interview – QA Technician – Tomás Eriksen-Vallejo (moved)",
            "location": "Quinta do Vale Sereno lodge, Rua de Serpa Pinto 118, Vila Nova de Gaia",
            "organizer": QUINTA,
        },
    },
    {
        "kind": "interview_reschedule_or_cancel", "slug": "nordvin_cancel_this_week", "lang": "en",
        "company": "Nordvin Beverages", "contact": "emma.lindqvist@nordvin.example.se",
        "date": "2026-05-04 09:30 +0200", "key": "nordvin_cancel", "parent": "nordvin_invite",
        "from": ("Emma Lindqvist", "emma.lindqvist@nordvin.example.se"),
        "subject": "Thursday's interview is cancelled",
        "hcs": "utf-8/q",
        "text": """Hi Tomás,

I have to cancel your interview with Iñaki on Thursday 7 May. Our plant leadership is reviewing next year's volumes for Bilbao this week and all interviews for the QA team are paused until that is settled.

To be clear, this is not a decision about your application. I'll come back to you as soon as I know more, hopefully within two weeks.

Sorry for the inconvenience,
Emma

Emma Lindqvist | Talent Acquisition | Nordvin Beverages AB
Hamngatan 8, 111 47 Stockholm
""",
    },
    {
        "kind": "interview_reschedule_or_cancel", "slug": "atlantic_move_friday", "lang": "en",
        "company": "Atlantic Quality Labs", "contact": "diogo.matos@atlanticqlabs.example.pt",
        "date": "2026-09-21 10:05 +0100", "key": "atlantic_move",
        "from": ("Diogo Matos", "diogo.matos@atlanticqlabs.example.pt"),
        "subject": "Change of time for your interview",
        "text": """Hello Tomás,

I need to move your interview with our laboratory director from Wednesday 23 September at 14:00 to Friday 25 September at 11:00 (Lisbon time). She has been called to an accreditation visit in Lisbon on Wednesday.

The format stays the same: 45 minutes on Teams, followed by a short technical test you can do from home. Please let me know if the new time works.

Kind regards,
Diogo Matos
Recruitment Coordinator
Atlantic Quality Labs, Lda.
Avenida da República 1550, 4450-242 Matosinhos
+351 22 093 8120
""",
    },
    # ================================================== interview_reschedule_or_cancel: French (2)
    {
        "kind": "interview_reschedule_or_cancel", "slug": "peyrolan_annulation_second", "lang": "fr",
        "company": "Château Peyrolan", "contact": "amelie.castaing@chateau-peyrolan.example.fr",
        "date": "2026-05-28 17:40 +0200", "key": "peyrolan_cancel", "parent": "peyrolan_invite",
        "from": PEYROLAN,
        "subject": "Annulé : Second entretien au château - mardi 2 juin",
        "hcs": "iso-8859-1/q", "force_ew": True,
        "text": """Bonjour Tomás,

Je suis contrainte d'annuler notre rendez-vous du mardi 2 juin au château avec notre directeur technique : il doit partir en urgence accompagner une livraison auprès d'un importateur à Shanghai.

Votre candidature reste bien sûr d'actualité. Je reviens vers vous dès son retour, la semaine prochaine, pour fixer une nouvelle date.

Avec toutes mes excuses,

Amélie Castaing
Responsable des ressources humaines – Château Peyrolan
""",
        "ics": {
            "method": "CANCEL", "uid": "peyrolan-second-20260602@chateau-peyrolan.example.fr",
            "seq": 1, "stamp": "20260528T154000Z", "start": "20260602T080000Z",
            "end": "20260602T100000Z",
            "summary": "Annulé : Second entretien – Responsable qualité",
            "location": "Château Peyrolan, Saint-Denis-de-Pile",
            "organizer": PEYROLAN,
        },
    },
    {
        "kind": "interview_reschedule_or_cancel", "slug": "brassac_report", "lang": "fr",
        "company": "Tonnellerie Brassac", "contact": "helene.brassac@tonnelleriebrassac.example.fr",
        "date": "2026-06-19 12:12 +0200", "key": "brassac_move",
        "from": ("Hélène Brassac", "helene.brassac@tonnelleriebrassac.example.fr"),
        "subject": "Report de notre rendez-vous de mardi",
        "cs": "iso-8859-1", "cte": "qp",
        "text": """Bonjour Tomás,

Je dois malheureusement reporter notre entretien prévu le mardi 23 juin à 9h30 à la tonnellerie. Une réorganisation interne est en cours et je préfère attendre d'y voir plus clair avant de vous recevoir.

Je reviens vers vous d'ici une dizaine de jours avec une nouvelle date. Merci de votre compréhension.

Cordialement,

Hélène Brassac
Directrice administrative
Tonnellerie Brassac - Lieu-dit Le Bourdieu - 33370 Tresses
""",
    },
    # ================================================== interview_reschedule_or_cancel: German (2)
    {
        "kind": "interview_reschedule_or_cancel", "slug": "rheinhalde_verschoben", "lang": "de",
        "company": "Weingut Rheinhalde", "contact": "martin@weingut-rheinhalde.example.de",
        "date": "2026-08-19 07:55 +0200", "key": "rheinhalde_move", "parent": "rheinhalde_ask",
        "from": ("Martin Hollerbach", "martin@weingut-rheinhalde.example.de"),
        "subject": "Re: Probearbeitstag – anderer Termin möglich?",
        "text": """Hallo Tomás,

kein Problem, das verstehen wir. Dann verschieben wir den Probearbeitstag auf Donnerstag, 3. September, wieder ab 7:30 Uhr. Bis dahin ist auch der erste Frühburgunder gelesen, da gibt es im Keller mehr zu sehen.

Alles andere bleibt wie besprochen.

Viele Grüße
Martin

""" + on_wrote("de", "2026-08-18 21:14 +0200", "Tomás Eriksen-Vallejo", "tomas.ev@example.cl") + quote("""Hallo Martin,

vielen Dank für die Einladung zum Probearbeitstag, ich freue mich sehr darauf. Leider habe ich am 27. August meinen Termin bei der Ausländerbehörde in Logroño, den ich nicht verschieben kann. Wäre ein anderer Tag in der Woche danach möglich?

Viele Grüße
Tomás"""),
    },
    {
        "kind": "interview_reschedule_or_cancel", "slug": "mittelrhein_termin_aktualisiert", "lang": "de",
        "company": "Getränkeabfüllung Mittelrhein", "contact": "stefan.pohl@mittelrhein-abfuellung.example.de",
        "date": "2026-09-30 08:40 +0200", "key": "mittelrhein_move", "parent": "mittelrhein_ack",
        "from": MITTELRHEIN,
        "subject": "Aktualisiert: Vorstellungsgespräch Qualitätstechniker Abfüllung",
        "cte": "qp",
        "text": """Guten Morgen Herr Eriksen-Vallejo,

wegen einer Anlagenabnahme am Standort Lorch müssen wir unser Gespräch verlegen. Statt Donnerstag, 1. Oktober, 13:00 Uhr treffen wir uns per Video am Dienstag, 20. Oktober, um 13:00 Uhr.

Die aktualisierte Einladung ersetzt den bisherigen Termin in Ihrem Kalender.

Freundliche Grüße
Stefan Pohl
Leiter Qualitätsmanagement
Getränkeabfüllung Mittelrhein GmbH & Co. KG
Rheinuferstraße 5, 65391 Lorch am Rhein
""",
        "ics": {
            "method": "REQUEST", "uid": "gam-vg-qs-4471@mittelrhein-abfuellung.example.de",
            "seq": 2, "stamp": "20260930T064000Z", "start": "20261020T110000Z",
            "end": "20261020T120000Z",
            "summary": "Vorstellungsgespräch Qualitätstechniker Abfüllung (verlegt)",
            "location": "Videokonferenz",
            "organizer": MITTELRHEIN,
        },
    },
    # ================================================== missed_interview_notice: Spanish (5)
    {
        "kind": "missed_interview_notice", "slug": "ebronorte_dos_llamadas", "lang": "es",
        "company": "Embotelladora Ebro Norte", "contact": "ruben.garrido@ebronorte.example.es",
        "date": "2026-03-04 10:40 +0100", "key": "ebro_missed", "parent": "ebro_invite",
        "from": ("Rubén Garrido", "ruben.garrido@ebronorte.example.es"),
        "subject": "Re: Técnico QA línea de embotellado – primera conversación",
        "text": """Buenos días, Tomás:

Te he llamado dos veces a las 10:00, como habíamos quedado, y no he podido localizarte. ¿Ha pasado algo?

Rubén

""" + on_wrote("es", "2026-03-02 12:01 +0100", "Tomás Eriksen-Vallejo", "tomas.ev@example.cl") + quote("""Buenos días, Rubén:

Encantado, el miércoles 4 a las 10:00 me viene perfecto. Quedo atento a tu llamada.

Tomás"""),
    },
    {
        "kind": "missed_interview_notice", "slug": "cidacos_porteria", "lang": "es",
        "company": "Setas Cidacos", "contact": "goyo.herce@setascidacos.example.es",
        "date": "2026-04-09 09:50 +0200", "key": "cidacos_missed", "parent": "cidacos_invite",
        "from": ("Goyo Herce", "goyo.herce@setascidacos.example.es"),
        "subject": "Re: ¿charlamos el jueves?",
        "text": """Tomás, te hemos estado esperando en portería desde las 9 y no has aparecido. Tampoco me coges el móvil. Espero que no haya sido nada; dime algo cuando puedas.

Goyo
""",
    },
    {
        "kind": "missed_interview_notice", "slug": "najerilla_sin_contacto", "lang": "es",
        "company": "Cooperativa Vinícola Najerilla", "contact": "mcarmen.tobia@coopnajerilla.example.es",
        "date": "2026-06-17 12:35 +0200", "parent": "najerilla_invite",
        "from": ("Mari Carmen Tobía", "mcarmen.tobia@coopnajerilla.example.es"),
        "subject": "Llamada de hoy a las 12:00",
        "cs": "iso-8859-1", "cte": "qp", "hcs": "iso-8859-1/q", "force_ew": True,
        "text": """Buenos días, Tomás:

Daniel Arpón ha intentado llamarle a las 12:00, a la hora acordada, pero el teléfono estaba apagado o fuera de cobertura, y volvió a probar a las 12:15 sin éxito.

Si sigue interesado en el puesto, indíquenos otro momento y lo intentamos de nuevo.

Un saludo,
Mari Carmen Tobía
Cooperativa Vinícola Najerilla
""",
    },
    {
        "kind": "missed_interview_notice", "slug": "quebradaalta_meet_vacio", "lang": "es",
        "company": "Viña Quebrada Alta", "contact": "constanza.munoz@quebradaalta.example.cl",
        "date": "2026-01-22 09:35 -0300", "key": "quebrada_missed", "parent": "quebrada_move",
        "from": ("Constanza Muñoz", "constanza.munoz@quebradaalta.example.cl"),
        "subject": "Re: Entrevista por videollamada – Supervisor(a) de Calidad Rioja",
        "cte": "qp",
        "text": """Hola Tomás:

Te estuvimos esperando en el Meet desde las 9:00 hasta las 9:25 (hora de Chile) con Felipe y no te conectaste. Te escribí también por WhatsApp.

Puede que haya sido un tema con el cambio de horario. Si te parece, avísame hoy mismo y veo si Felipe puede hacer un espacio a comienzos de la próxima semana.

Saludos,
Constanza
""",
    },
    {
        "kind": "missed_interview_notice", "slug": "nortetemporal_frutasoja", "lang": "es",
        "company": "Frutas Oja", "contact": "lorena.saenz@nortetemporal.example.es",
        "date": "2026-04-22 08:40 +0200",
        "from": ("Lorena Sáenz | Norte Temporal", "lorena.saenz@nortetemporal.example.es"),
        "subject": "Frutas Oja – no te presentaste esta mañana",
        "text": """Tomás, buenos días:

Me llama el encargado de Frutas Oja: te esperaban a las 8:00 en la planta de Casalarreina para la entrevista de controlador de calidad en recepción de fruta, y no te has presentado ni has avisado.

¿Qué ha pasado? Llámame en cuanto leas esto, porque el cliente necesita saber hoy si mantiene tu candidatura o pasa al siguiente.

Lorena Sáenz
Norte Temporal ETT · 941 22 08 15
""",
        "html": simple_html([
            "Tomás, buenos días:",
            "Me llama el encargado de Frutas Oja: te esperaban a las 8:00 en la planta de Casalarreina para la entrevista de controlador de calidad en recepción de fruta, y no te has presentado ni has avisado.",
            "¿Qué ha pasado? Llámame en cuanto leas esto, porque el cliente necesita saber hoy si mantiene tu candidatura o pasa al siguiente.",
            "Lorena Sáenz\nNorte Temporal ETT · 941 22 08 15",
        ]),
    },
    # ================================================== missed_interview_notice: English (3)
    {
        "kind": "missed_interview_notice", "slug": "capefruit_tried_twice", "lang": "en",
        "company": "Cape Fruit Processors", "contact": "thandiwe.nkosi@capefruit.example.co.za",
        "date": "2026-05-21 10:32 +0200", "key": "capefruit_missed", "parent": "capefruit_invite",
        "from": ("Thandiwe Nkosi", "thandiwe.nkosi@capefruit.example.co.za"),
        "subject": "Re: Quick phone screen – Food Safety & Quality Technician",
        "text": """Hello Tomás,

I tried calling you twice at 10:00 for our phone screen, on +34 612 48 77 30, but there was no answer and I couldn't leave a voicemail.

Could you let me know if you're still interested? I have a little room tomorrow morning.

Thanks,
Thandiwe
""",
    },
    {
        "kind": "missed_interview_notice", "slug": "tamega_waited_on_teams", "lang": "en",
        "company": "Tâmega Bottlers", "contact": "rui.pacheco@tamegabottlers.example.pt",
        "date": "2026-06-04 15:25 +0100", "key": "tamega_missed",
        "from": ("Rui Pacheco", "rui.pacheco@tamegabottlers.example.pt"),
        "subject": "Our call at 14:00",
        "hcs": "utf-8/b",
        "text": """Hi Tomás,

We waited on Teams for about 20 minutes from 14:00 (Porto time) with our plant director, but you didn't join. I hope everything is OK.

Maybe your calendar showed it in Porto time? For you in Logroño it was 15:00. Let me know and we'll see if we can find another slot.

Rui Pacheco
HR & Admin, Tâmega Bottlers
Zona Industrial de Amarante, Lote 12, 4600-758 Amarante
""",
        "html": simple_html([
            "Hi Tomás,",
            "We waited on Teams for about 20 minutes from 14:00 (Porto time) with our plant director, but you didn't join. I hope everything is OK.",
            "Maybe your calendar showed it in Porto time? For you in Logroño it was 15:00. Let me know and we'll see if we can find another slot.",
            "Rui Pacheco\nHR & Admin, Tâmega Bottlers\nZona Industrial de Amarante, Lote 12, 4600-758 Amarante",
        ], lang="en"),
    },
    {
        "kind": "missed_interview_notice", "slug": "winelands_screening_voicemail", "lang": "en",
        "company": "Winelands Recruitment", "contact": "jason.meyer@winelandsrec.example.co.za",
        "date": "2026-04-02 11:20 +0200", "key": "winelands_missed", "parent": "winelands_ack",
        "from": ("Jason Meyer", "jason.meyer@winelandsrec.example.co.za"),
        "subject": "Missed you at 11",
        "text": """Hi Tomás,

I rang at 11:00 for our screening call as agreed, and again at 11:10, but it went straight to voicemail both times.

No stress, these things happen. Drop me a line with a couple of times that suit you this week and we'll redo it; I'd like to get you in front of a couple of clients before the end of April.

Jason Meyer
Winelands Recruitment | +27 21 887 3090
""",
    },
    # ================================================== missed_interview_notice: French (1)
    {
        "kind": "missed_interview_notice", "slug": "lormont_attendu_teams", "lang": "fr",
        "company": "Distillerie Lormont", "contact": "sophie.garrigue@distillerielormont.example.fr",
        "date": "2026-09-15 10:25 +0200", "key": "lormont_missed", "parent": "lormont_ack",
        "from": ("Sophie Garrigue", "sophie.garrigue@distillerielormont.example.fr"),
        "subject": "Entretien de ce matin",
        "text": """Bonjour Tomás,

Nous vous avons attendu sur Teams ce matin à 10h00 pour l'entretien prévu avec notre responsable de production, sans nouvelles de votre part.

Si un imprévu vous en a empêché, merci de me le faire savoir rapidement afin que nous voyions si un autre créneau est envisageable.

Cordialement,
Sophie Garrigue
Responsable RH – Distillerie Lormont
3, rue de la Souys – 33310 Lormont
""",
    },
    # ================================================== missed_interview_notice: German (1)
    {
        "kind": "missed_interview_notice", "slug": "lindenau_teams_gewartet", "lang": "de",
        "company": "Sektkellerei Lindenau", "contact": "franziska.albers@lindenau-sekt.example.de",
        "date": "2026-06-16 10:35 +0200", "key": "lindenau_missed", "parent": "lindenau_invite",
        "from": ("Franziska Albers", "franziska.albers@lindenau-sekt.example.de"),
        "subject": "Unser Termin heute um 10 Uhr",
        "hcs": "utf-8/q", "force_ew": True,
        "text": """Sehr geehrter Herr Eriksen-Vallejo,

Herr Dr. Brenner und ich haben heute ab 10:00 Uhr im Teams-Meeting auf Sie gewartet, leider ohne dass Sie sich eingewählt haben. Auch telefonisch konnten wir Sie nicht erreichen.

Bitte melden Sie sich bis Donnerstag bei mir, falls Sie weiterhin Interesse an der Stelle haben.

Mit freundlichen Grüßen
Franziska Albers
Personalreferentin · Sektkellerei Lindenau
Tel. 06722 49 07 30
""",
    },
]
