"""Corpus 301, `other`: the candidate's own mail, job alerts and newsletters, press and podcast
interviews, user research, parcels, bank and GPS "positions", viewings, appointments, friends'
news, refused course places, cold approaches and out-of-office replies."""

from __future__ import annotations

from msgs301_common import CANDIDATE, LUCIA_SIG_EN, LUCIA_SIG_ES

BULK = [("Precedence", "bulk")]

SPECS: list[dict] = [
    # ================================================================ Spanish: her own mail
    {
        "key": "o_tutorea_app", "kind": "other", "lang": "es", "slug": "tutorea_candidatura_espontanea_propia",
        "company": "", "contact": "", "frm": CANDIDATE, "to": [("Tutorea", "hola@tutorea.example.es")],
        "subject": "Candidatura espontánea – formación y onboarding de colegios",
        "date": "2026-01-19 21:05 +0100", "cte": "quoted-printable",
        "pdfs": [("Lucia_Benitez_CV.pdf", [
            "Lucía Benítez Roldán", "Maestra de Primaria y coordinadora TIC",
            "Formación de profesorado en Google Workspace y Moodle",
            "lucia.benitez@example.es - +34 654 21 87 30"])],
        "body": f"""Hola, equipo de Tutorea:

Soy maestra de Primaria en Sevilla y llevo tiempo siguiendo vuestra app de tutorías. Sé que no tenéis ninguna oferta publicada, pero me encantaría ayudaros con la formación y el acompañamiento de los colegios que empiezan a usarla: es justo lo que hago con mi claustro desde hace cinco años.

Os adjunto mi CV por si en algún momento necesitáis a alguien con este perfil.

¡Gracias por leerme!

{LUCIA_SIG_ES}""",
    },
    {
        "key": "o_olivar_sorry", "kind": "other", "lang": "es", "slug": "fundacion_olivar_disculpas_propias",
        "company": "", "contact": "", "frm": CANDIDATE,
        "to": [("Beatriz Luque", "beatriz.luque@olivareduca.example.org")],
        "subject": "Disculpas por la entrevista del martes",
        "date": "2026-03-03 21:30 +0100", "parent": "m_olivar", "quote": "inline", "cte": "8bit",
        "body": """Hola Beatriz:

Te pido mil disculpas a ti y a Antonio. Una alumna se cayó en el recreo de la tarde y tuve que quedarme con ella en urgencias hasta que llegó su familia; me quedé sin batería y no pude avisaros.

Si todavía tenéis interés, me adapto a cualquier hora que os venga bien.

Un abrazo,
Lucía""",
    },
    {
        "key": "o_bosque_thanks", "kind": "other", "lang": "es", "slug": "bosque_de_letras_gracias_propias",
        "company": "", "contact": "", "frm": CANDIDATE,
        "to": [("Inés Carrasco", "ines.carrasco@bosquedeletras.example.es")],
        "subject": "Gracias por la jornada del jueves",
        "date": "2026-06-26 09:12 +0200", "parent": "mv_bosque", "charset": "iso-8859-1",
        "cte": "quoted-printable",
        "body": f"""Hola, Inés:

Quería agradeceros la organización de la jornada de ayer. Aprendí mucho de la dinámica de grupo y me encantó conocer al equipo de Formación.

Os adjunto, como me pedisteis, el justificante del cambio de billete del AVE.

Un saludo,
Lucía

{LUCIA_SIG_ES}""",
        "pdfs": [("Justificante_cambio_AVE.pdf", [
            "Justificante de cambio de billete", "Sevilla - Madrid 25/06/2026 07:00",
            "Diferencia abonada: 18,40 EUR"])],
    },
    {
        "key": "o_matvivas_app", "kind": "other", "lang": "es", "slug": "matematicas_vivas_candidatura_propia",
        "company": "", "contact": "", "frm": CANDIDATE,
        "to": [("Guillermo Reina", "guillermo@matematicasvivas.example.es")],
        "subject": "Formadora de Centros Educativos – Lucía Benítez",
        "date": "2026-09-02 18:44 +0200", "fmt": "alt",
        "body": """Hola, Guillermo:

Vi en LinkedIn que buscáis una formadora de centros educativos. Soy maestra de Primaria en Sevilla y he usado Matemáticas Vivas con mis alumnos de 5.º durante dos cursos, así que conozco bien la herramienta desde el aula.

Te dejo mi CV en este enlace: cv.example.es/lucia-benitez

Un saludo,
Lucía Benítez""",
    },
    {
        "key": "o_marisma_decline", "kind": "other", "lang": "es", "slug": "marisma_rechazo_oferta_propio",
        "company": "", "contact": "", "frm": CANDIDATE,
        "to": [("Rocío Almansa Prieto", "rocio.almansa@marisma.example.es")],
        "cc": [("Gonzalo Pineda", "gonzalo.pineda@marisma.example.es")],
        "subject": "RE: Propuesta de incorporación – Formadora de producto digital",
        "date": "2026-06-16 19:20 +0200", "parent": "mar_offer2", "quote": "inline", "cte": "8bit",
        "body": """Querida Rocío:

Después de pensarlo mucho, he decidido no aceptar la oferta. Con dos hijos pequeños, los desplazamientos semanales a Huelva y Cádiz no son compatibles con mi situación familiar ahora mismo.

Os agradezco de verdad la confianza y el trato durante todo el proceso. Ojalá podamos coincidir en otro momento.

Un abrazo,
Lucía""",
    },
    {
        "key": "o_clasenube_accept", "kind": "other", "lang": "es", "slug": "clasenube_acepto_oferta_propia",
        "company": "", "contact": "", "frm": CANDIDATE,
        "to": [("Javier Ortega", "javier.ortega@clasenube.example.es")],
        "subject": "Re: Lo que hablamos por teléfono: oferta ClaseNube",
        "date": "2026-10-09 08:15 +0200", "parent": "cn_offer2", "quote": "inline", "cte": "8bit",
        "body": """¡Hola, Javier!

Lo he hablado en casa y… ¡acepto! Muchas gracias por el esfuerzo con el fijo. Quedo atenta al contrato.

¡Qué ganas de empezar!
Lucía""",
    },
    # ================================================================ Spanish: bulk and traps
    {
        "key": "o_alerta_educajobs", "kind": "other", "lang": "es", "slug": "alerta_empleo_educacion_digest",
        "company": "", "contact": "",
        "frm": ("Alertas EducaEmpleo", "alertas@educaempleo.example.es"),
        "subject": "12 nuevas ofertas para «formador edtech» en Sevilla y remoto",
        "date": "2026-02-09 07:00 +0100", "fmt": "alt", "cte": "quoted-printable",
        "headers": [("List-Id", "Alertas de empleo <alertas.educaempleo.example.es>"),
                 ("List-Unsubscribe", "<https://educaempleo.example.es/baja?u=8812>"),
                 ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), *BULK],
        "body": """Hola, Lucía:

Estas son las ofertas nuevas que coinciden con tu alerta «formador edtech»:

1. Formador/a de plataformas educativas – Editorial del Sur (Sevilla) · Entrevistas a partir del 16 de febrero
2. Customer Success Junior – StartUp educativa (remoto) · Proceso rápido: entrevista y oferta en una semana
3. Técnico/a de formación – Academia de idiomas (Málaga)
4. Asesor/a pedagógico/a – Grupo editorial (Madrid)

Consejo de la semana: ¿te han rechazado en varios procesos? Desafortunadamente es lo habitual: la media es de 15 candidaturas por cada entrevista. Lee nuestra guía «Cómo superar el rechazo y preparar la entrevista».

Recibes este correo porque creaste una alerta en EducaEmpleo. Darse de baja: https://educaempleo.example.es/baja""",
    },
    {
        "key": "o_boletin_transicion", "kind": "other", "lang": "es", "slug": "boletin_docentes_en_transicion",
        "company": "", "contact": "",
        "frm": ("Docentes en Transición", "boletin@docentesentransicion.example.es"),
        "subject": "Boletín n.º 34: «Lamentablemente, no ha sido seleccionada» (y qué hacer después)",
        "date": "2026-04-12 08:30 +0200", "fmt": "html", "cte": "quoted-printable",
        "brand": "Docentes en Transición · Boletín", "brand_color": "#5d4037",
        "headers": [("List-Id", "Boletin Docentes en Transicion <boletin.docentesentransicion.example.es>"),
                 ("List-Unsubscribe", "<mailto:baja@docentesentransicion.example.es?subject=baja>"),
                 *BULK],
        "body": """¡Hola, comunidad!

Este mes hablamos del correo que nadie quiere recibir: «Lamentablemente, hemos decidido continuar con otros candidatos». Tres compañeras que pasaron del aula a empresas EdTech cuentan cuántos rechazos acumularon antes de su primera oferta (spoiler: más de veinte).

También en este número:
• Plantilla para pedir feedback después de una entrevista fallida.
• Cómo preparar la entrevista de Customer Success si vienes de la docencia.
• Ofertas de empleo seleccionadas: editoriales, academias y startups.

Nos leemos en mayo,
El equipo de Docentes en Transición

Para darte de baja de este boletín, responde con la palabra BAJA.""",
    },
    {
        "key": "o_podcast_pizarra", "kind": "other", "lang": "es", "slug": "podcast_pizarra_abierta_entrevista",
        "company": "", "contact": "tomas@edupodcasts.example.es",
        "frm": ("Tomás Garrido", "tomas@edupodcasts.example.es"),
        "subject": "¿Te entrevistamos en «Pizarra Abierta»?",
        "date": "2026-05-14 12:20 +0200", "cte": "8bit",
        "body": """¡Hola, Lucía!

Soy Tomás, presentador de «Pizarra Abierta», el podcast sobre educación y tecnología. Una oyente nos pasó tu hilo sobre cómo formar a un claustro en digital sin morir en el intento y nos encantaría entrevistarte en un episodio.

Grabamos en remoto, unos 40 minutos, y las fechas son flexibles en junio. No hay que preparar nada: charlamos sobre tu experiencia en el cole.

¿Te animas?
Tomás Garrido
Pizarra Abierta · edupodcasts.example.es""",
    },
    {
        "key": "o_radio_triana", "kind": "other", "lang": "es", "slug": "radio_onda_triana_entrevista",
        "company": "", "contact": "rocio.vega@ondatriana.example.es",
        "frm": ("Rocío Vega – Onda Triana", "rocio.vega@ondatriana.example.es"),
        "subject": "Entrevista en directo el jueves – digitalización en las aulas",
        "date": "2026-02-03 13:05 +0100", "charset": "windows-1252", "cte": "quoted-printable",
        "henc": ("windows-1252", "q"),
        "body": """Buenas tardes, Lucía:

Te llamo de parte del magacín «Mañanas de Triana» de Onda Triana. El jueves 5 de febrero queremos hablar de la digitalización en los colegios públicos sevillanos y nos han dado tu nombre como coordinadora TIC.

¿Podrías atendernos por teléfono a las 11:40 para una entrevista en directo de unos ocho minutos? Te llamaríamos al móvil.

Gracias,
Rocío Vega
Redacción de Informativos · Onda Triana 98.3 FM""",
    },
    {
        "key": "o_user_research", "kind": "other", "lang": "es", "slug": "cuadernia_entrevista_usuario",
        "company": "", "contact": "",
        "frm": ("Equipo de Producto de Cuadernia", "research@cuadernia.example.es"),
        "subject": "Te invitamos a una entrevista de usuario (45 min, tarjeta regalo de 40 €)",
        "date": "2026-03-11 10:00 +0100", "fmt": "html", "cte": "quoted-printable",
        "brand": "Cuadernia", "brand_color": "#00897b",
        "headers": [("List-Unsubscribe", "<https://cuadernia.example.es/preferencias>"), *BULK],
        "body": """Hola, Lucía:

Como usuaria de Cuadernia, nos encantaría conocer tu opinión. Estamos rediseñando el cuaderno de evaluación y buscamos docentes de Primaria para una entrevista de usuario de 45 minutos por videollamada.

Como agradecimiento recibirás una tarjeta regalo de 40 €. Reserva tu hueco aquí: https://cuadernia.example.es/research/agenda

No se trata de ninguna oferta de trabajo: solo queremos aprender de cómo usas la app en clase.

¡Gracias!
Equipo de Producto de Cuadernia""",
    },
    {
        "key": "o_paquete", "kind": "other", "lang": "es", "slug": "envio_retrasado",
        "company": "", "contact": "",
        "frm": ("EnvíaYa", "notificaciones@enviaya.example.es"),
        "subject": "Lamentablemente tu envío se ha retrasado",
        "date": "2026-04-03 15:48 +0200", "fmt": "html", "cte": "base64",
        "brand": "EnvíaYa", "brand_color": "#d32f2f",
        "body": """Hola, Lucía:

Lamentablemente, tu envío ES2026-88120344 no ha podido entregarse en la fecha prevista por una incidencia en el centro logístico de Dos Rutas.

Nueva fecha estimada de entrega: martes 7 de abril, entre las 9:00 y las 14:00.

Puedes cambiar la dirección o elegir un punto de recogida desde el seguimiento del envío.

Sentimos las molestias.
EnvíaYa""",
    },
    {
        "key": "o_banco_posicion", "kind": "other", "lang": "es", "slug": "banco_posicion_global",
        "company": "", "contact": "",
        "frm": ("Banco Giraldillo", "avisos@bancogiraldillo.example.es"),
        "subject": "Tu posición global a 30 de abril",
        "date": "2026-05-01 06:10 +0200", "fmt": "alt", "charset": "windows-1252",
        "cte": "quoted-printable",
        "body": """Hola, LUCÍA:

Ya tienes disponible el resumen de tu posición global a 30 de abril de 2026.

Cuentas: 3.412,55 €
Fondos de inversión: 6.020,10 €
Plan de pensiones: 2.877,00 €

Consulta el detalle de cada posición en la app o en la banca online.

Banco Giraldillo. Este es un mensaje automático; no respondas a este correo.""",
    },
    {
        "key": "o_gps_bici", "kind": "other", "lang": "es", "slug": "localizador_bici_posicion",
        "company": "", "contact": "",
        "frm": ("RuedaSegura", "alertas@ruedasegura.example.es"),
        "subject": "Nueva posición registrada para tu bicicleta",
        "date": "2026-05-27 23:12 +0200",
        "body": """Tu localizador GPS «Bici Lucía» ha registrado una nueva posición:

Calle Feria 52, 41003 Sevilla
Precisión: 8 m · Batería: 34 %

Si no reconoces este movimiento, activa el modo robo desde la app.

RuedaSegura""",
    },
    {
        "key": "o_visita_piso", "kind": "other", "lang": "es", "slug": "inmobiliaria_visita_piso",
        "company": "", "contact": "manuel@inmomacarena.example.es",
        "frm": ("Manuel Soria – Inmobiliaria Macarena", "manuel@inmomacarena.example.es"),
        "subject": "Confirmación visita piso C/ Relator – sábado 11:00",
        "date": "2026-07-09 10:34 +0200", "cte": "8bit",
        "body": """Buenos días, Lucía:

Le confirmo la visita al piso de la calle Relator 27, 2.º B (3 dormitorios, 850 €/mes) el sábado 11 de julio a las 11:00. Nos vemos en el portal.

Si le surge algo y tiene que cambiar la hora, llámeme al 622 40 18 93.

Un saludo,
Manuel Soria
Inmobiliaria Macarena""",
    },
    {
        "key": "o_dentista", "kind": "other", "lang": "es", "slug": "clinica_dental_recordatorio_cita",
        "company": "", "contact": "",
        "frm": ("Clínica Dental San Bernardo", "citas@dentalsanbernardo.example.es"),
        "subject": "Recordatorio de su cita: martes 21 de abril, 18:30",
        "date": "2026-04-19 10:00 +0200", "charset": "iso-8859-1", "cte": "quoted-printable",
        "body": """Estimada Lucía Benítez:

Le recordamos su cita de revisión con la Dra. Morales el martes 21 de abril a las 18:30.

Si necesita cancelar o cambiar la cita, rogamos nos avise con 24 horas de antelación llamando al 954 41 22 60.

Clínica Dental San Bernardo
C/ Enramadilla 9, Sevilla""",
    },
    {
        "key": "o_amiga_rechazo", "kind": "other", "lang": "es", "slug": "amiga_cuenta_su_rechazo",
        "company": "", "contact": "carmen.vidal.m@example.com",
        "frm": ("Carmen Vidal", "carmen.vidal.m@example.com"),
        "subject": "Pues nada… me han dicho que no",
        "date": "2026-05-04 22:47 +0200", "cte": "8bit",
        "body": """Lucía, guapa:

Te cuento: al final el Colegio Albaida me ha mandado un correo diciendo que «lamentablemente han decidido continuar con otra candidata» para la jefatura de estudios. Después de la clase demostrativa y todo…

Estoy un poco chof, pero bueno, ya saldrá otra cosa. ¿Tú cómo vas con lo de las editoriales? ¿Te llamaron al final de Marisma?

Un abrazo enorme,
Carmen""",
    },
    {
        "key": "o_amiga_reenvia", "kind": "other", "lang": "es", "slug": "amiga_reenvia_su_convocatoria",
        "company": "", "contact": "carmen.vidal.m@example.com",
        "frm": ("Carmen Vidal", "carmen.vidal.m@example.com"),
        "subject": "Fwd: Convocatoria: clase demostrativa – jefatura de estudios",
        "date": "2026-04-14 19:30 +0200", "fwd": "inner_friend_invite",
        "body": """¡Mira, Lucía! Me han llamado del Albaida para la clase demostrativa 😱

Te reenvío el correo. ¿Me ayudas a preparar algo chulo para 4.º? Tú eres la experta en dinámicas con tablets.

Besos,
Carmen""",
    },
    {
        "key": "o_curso_denegado", "kind": "other", "lang": "es", "slug": "curso_diseno_instruccional_no_admitida",
        "company": "", "contact": "secretaria@formacionhispalis.example.es",
        "frm": ("Escuela de Formación Digital Hispalis", "secretaria@formacionhispalis.example.es"),
        "subject": "Resolución de admisión – Curso de Experto en Diseño Instruccional",
        "date": "2026-09-25 13:00 +0200", "fmt": "alt", "charset": "iso-8859-1",
        "cte": "quoted-printable",
        "body": """Estimada alumna:

Le comunicamos que, una vez aplicados los criterios de baremación, su solicitud de matrícula en el Curso de Experto en Diseño Instruccional (edición octubre 2026) no ha sido admitida por haberse cubierto las 30 plazas disponibles. Ha quedado en el puesto 7 de la lista de espera.

Si se produce alguna baja, le avisaremos por este mismo medio.

Secretaría Académica
Escuela de Formación Digital Hispalis""",
    },
    {
        "key": "o_cazatalentos", "kind": "other", "lang": "es", "slug": "cazatalentos_contacto_en_frio",
        "company": "", "contact": "sergio.llorente@llorentesearch.example.es",
        "frm": ("Sergio Llorente", "sergio.llorente@llorentesearch.example.es"),
        "subject": "¿Abierta a nuevas oportunidades en EdTech?",
        "date": "2026-07-21 11:11 +0200", "cte": "quoted-printable",
        "body": """Hola, Lucía:

He visto tu perfil y tu experiencia formando a docentes me ha parecido muy interesante. Trabajo con varias empresas de tecnología educativa en España que suelen buscar perfiles como el tuyo para customer success y formación.

No tengo ahora mismo ninguna posición concreta, pero me gustaría conocerte para tenerte en cuenta en futuros procesos. Si te apetece, conectamos en LinkedIn y hablamos más adelante.

Un saludo,
Sergio Llorente
Llorente Executive Search""",
    },
    {
        "key": "o_fuera_oficina", "kind": "other", "lang": "es", "slug": "respuesta_automatica_fuera_oficina",
        "company": "", "contact": "sara.medina@scholaris.example.es",
        "frm": ("Sara Medina", "sara.medina@scholaris.example.es"),
        "subject": "Respuesta automática: Implementation Specialist – disponibilidad",
        "date": "2026-03-19 08:02 +0100", "parent": "m_scholaris",
        "headers": [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        "body": """Hola:

Estoy fuera de la oficina hasta el lunes 23 de marzo, sin acceso al correo. Para temas urgentes de selección puedes escribir a talento@scholaris.example.es.

Gracias,
Sara Medina""",
    },
    {
        "key": "o_colegio_familias", "kind": "other", "lang": "es", "slug": "colegio_entrevistas_con_familias",
        "company": "", "contact": "direccion@ceiplasgolondrinas.example.es",
        "frm": ("Dirección CEIP Las Golondrinas", "direccion@ceiplasgolondrinas.example.es"),
        "to": [("Claustro CEIP Las Golondrinas", "claustro@ceiplasgolondrinas.example.es")],
        "subject": "Calendario de entrevistas con las familias – 2.º trimestre",
        "date": "2026-01-13 14:30 +0100", "cte": "8bit",
        "headers": [("List-Id", "Claustro <claustro.ceiplasgolondrinas.example.es>")],
        "body": """Queridos compañeros y compañeras:

Os recuerdo que las entrevistas individuales con las familias del segundo trimestre se celebrarán del 2 al 13 de febrero, los lunes de 16:00 a 18:00. Cada tutor o tutora debe citar a sus familias y anotar las entrevistas en Séneca.

Si alguna familia no se presenta a la entrevista, dejadlo reflejado en el acta de tutoría.

Un abrazo,
Pilar Gómez
Directora · CEIP Las Golondrinas""",
    },
    # ================================================================ English
    {
        "key": "o_brightdesk_app", "kind": "other", "lang": "en", "slug": "brightdesk_application_own",
        "company": "", "contact": "", "frm": CANDIDATE,
        "to": [("Brightdesk Learning Careers", "careers@brightdesk.example.ie")],
        "subject": "Application: Customer Training Specialist – Lucía Benítez",
        "date": "2026-06-23 19:02 +0200", "cte": "quoted-printable",
        "pdfs": [("Lucia_Benitez_CV_EN.pdf", [
            "Lucía Benítez - CV", "Primary teacher and ICT coordinator, Seville (2017-2026)",
            "Trained 60+ teachers in Google Workspace, Moodle and Chromebooks",
            "Languages: Spanish (native), English C1, French B2, German B1"])],
        "body": f"""Dear Brightdesk team,

I'm applying for the Customer Training Specialist role (Remote EU). For the last five years I've been the ICT coordinator at my primary school in Seville, where I've run onboarding and refresher training for 60+ teachers. I'd love to bring that classroom perspective to Brightdesk's customers.

My CV is attached. Thank you for your time and consideration.

Kind regards,

{LUCIA_SIG_EN}""",
    },
    {
        "key": "o_brightdesk_questions", "kind": "other", "lang": "en", "slug": "brightdesk_offer_questions_own",
        "company": "", "contact": "", "frm": CANDIDATE,
        "to": [("Rory McCabe", "rory.mccabe@brightdesk.example.ie")],
        "subject": "Re: Your offer from Brightdesk Learning",
        "date": "2026-08-01 11:47 +0200", "parent": "bd_offer", "quote": "inline", "cte": "8bit",
        "body": """Hi Rory,

Thank you so much - I'm thrilled! Before I sign, two quick questions: are the Dublin team weeks covered in full (flights and hotel), and does the employer-of-record contract include private health insurance in Spain?

If both are yes, I'm very happy to go ahead.

Best,
Lucía""",
    },
    {
        "key": "o_jobalert_en", "kind": "other", "lang": "en", "slug": "job_alert_digest_en",
        "company": "", "contact": "",
        "frm": ("EdTechJobs Weekly", "digest@edtechjobs.example.com"),
        "subject": "Your weekly digest: 9 Customer Success roles + 'How I survived 30 rejections'",
        "date": "2026-03-16 06:00 +0000", "fmt": "alt", "cte": "quoted-printable",
        "headers": [("List-Id", "EdTechJobs Weekly <weekly.edtechjobs.example.com>"),
                 ("List-Unsubscribe", "<https://edtechjobs.example.com/u/4471>, <mailto:unsub@edtechjobs.example.com>"),
                 ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), *BULK],
        "body": """Hi Lucía,

New this week, matching "customer success" + "education":

- Customer Success Manager, K-12 - Dublin (hybrid) - interviews this month
- Teacher Onboarding Specialist - Remote EU - offer within 2 weeks of final interview
- Implementation Consultant, Schools - Berlin

Career corner: "Unfortunately, we have decided not to move forward" - a former teacher on how she survived 30 rejections before her first EdTech offer, and the interview questions she wishes she'd prepared for.

You're receiving this because you subscribed to EdTechJobs Weekly. Unsubscribe or manage preferences any time.""",
    },
    {
        "key": "o_podcast_fwd", "kind": "other", "lang": "en", "slug": "podcast_guest_brief_forwarded",
        "company": "", "contact": "tomas@edupodcasts.example.es",
        "frm": ("Tomás Garrido", "tomas@edupodcasts.example.es"),
        "subject": "Fwd: Guest brief – Teachers' Lounge ep. 58",
        "date": "2026-07-02 10:05 +0200", "fwd": "inner_podcast_brief",
        "body": """Hi Lucía,

Forwarding this from my friend Niamh, who runs the Teachers' Lounge podcast in Dublin. After our episode went so well, I told her you'd be perfect for this interview - they'd love to have you on. Shall I connect you two?

Tomás""",
    },
    {
        "key": "o_user_research_en", "kind": "other", "lang": "en", "slug": "quizzly_user_interview",
        "company": "", "contact": "",
        "frm": ("Maya from Quizzly", "research@quizzly.example.com"),
        "subject": "Quick favour? 30-min research interview about classroom quizzes",
        "date": "2026-05-20 15:30 +0000", "fmt": "html", "cte": "quoted-printable",
        "brand": "Quizzly", "brand_color": "#ef6c00",
        "headers": [("List-Unsubscribe", "<https://quizzly.example.com/unsubscribe/r-2291>"), *BULK],
        "body": """Hi Lucía,

I'm Maya, a product designer at Quizzly. You signed up for our teacher beta last year, and we'd love to hear how you run quizzes in your classroom.

Would you join a 30-minute user interview over video? We'll send a EUR 30 voucher as a thank-you. Pick a slot here: https://quizzly.example.com/research

Thanks a million,
Maya""",
    },
    {
        "key": "o_ooo_liffey", "kind": "other", "lang": "en", "slug": "out_of_office_recruiter",
        "company": "", "contact": "sinead@liffeytalent.example.ie",
        "frm": ("Sinéad Gallagher", "sinead@liffeytalent.example.ie"),
        "subject": "Automatic reply: Owlbridge second interview - are you OK?",
        "date": "2026-05-19 17:40 +0100", "henc": ("utf-8", "b"),
        "headers": [("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")],
        "body": """Thank you for your email. I'm out of the office until Thursday 21 May with limited access to email. For anything urgent please contact the Liffey Talent office on +353 1 555 0100.

Sinéad Gallagher
Senior Recruiter, Liffey Talent""",
    },
    # ================================================================ German
    {
        "key": "o_kinderfunke_confirm", "kind": "other", "lang": "de", "slug": "kinderfunke_terminbestaetigung_eigene",
        "company": "", "contact": "", "frm": CANDIDATE,
        "to": [("Sabine Albrecht", "s.albrecht@kinderfunke.example.de")],
        "subject": "AW: Einladung zum Vorstellungsgespräch am 12. August",
        "date": "2026-08-04 08:30 +0200", "parent": "i_kinderfunke", "quote": "inline",
        "cte": "quoted-printable",
        "body": """Sehr geehrte Frau Albrecht,

vielen Dank für die Einladung. Den Termin am 12. August um 11:00 Uhr bestätige ich gern; ich würde per Teams teilnehmen.

Mit freundlichen Grüßen
Lucía Benítez""",
    },
    {
        "key": "o_kinderfunke_time", "kind": "other", "lang": "de", "slug": "kinderfunke_bitte_um_bedenkzeit_eigene",
        "company": "", "contact": "", "frm": CANDIDATE,
        "to": [("Sabine Albrecht", "s.albrecht@kinderfunke.example.de")],
        "subject": "AW: Ihr Vertragsangebot – Produkttrainerin Digitale Lehrwerke",
        "date": "2026-09-01 20:10 +0200", "parent": "kf_offer", "quote": "inline", "cte": "8bit",
        "body": """Sehr geehrte Frau Albrecht,

herzlichen Dank für das Angebot, über das ich mich sehr freue. Da ein Umzug nach Berlin mit meiner Familie gut geplant sein will, möchte ich Sie um zwei Wochen zusätzliche Bedenkzeit bitten. Wäre das möglich?

Mit freundlichen Grüßen
Lucía Benítez""",
    },
    {
        "key": "o_newsletter_de", "kind": "other", "lang": "de", "slug": "bildungsjobs_wochenrundschau",
        "company": "", "contact": "",
        "frm": ("Bildungsjobs Wochenrundschau", "newsletter@bildungsjobs.example.de"),
        "subject": "Absage erhalten? 5 Tipps fürs nächste Vorstellungsgespräch + neue Stellen",
        "date": "2026-06-08 07:30 +0200", "fmt": "html", "cte": "quoted-printable",
        "brand": "Bildungsjobs", "brand_color": "#283593",
        "headers": [("List-Id", "Bildungsjobs Wochenrundschau <wochenrundschau.bildungsjobs.example.de>"),
                 ("List-Unsubscribe", "<https://bildungsjobs.example.de/abmelden?id=55ab>"), *BULK],
        "body": """Hallo Lucía,

eine Absage tut weh – aber sie ist selten das Ende. In unserem Schwerpunkt erklären zwei Personalerinnen, warum „leider haben wir uns für eine andere Kandidatin entschieden“ oft nur knapp war, und wie Sie sich auf das nächste Vorstellungsgespräch vorbereiten.

Neue Stellen der Woche:
• Trainer:in Lernplattformen – Berlin – Einladung zum Probetag garantiert
• Customer Success Manager:in Schulen – Hamburg
• Referent:in Lehrkräftefortbildung – Potsdam

Viel Erfolg bei der Suche!
Ihre Redaktion Bildungsjobs

Sie erhalten diesen Newsletter, weil Sie sich angemeldet haben. Abmelden mit einem Klick.""",
    },
    {
        "key": "o_besichtigung", "kind": "other", "lang": "de", "slug": "wohnungsbesichtigung_berlin",
        "company": "", "contact": "p.kranich@hv-kranich.example.de",
        "frm": ("Petra Kranich", "p.kranich@hv-kranich.example.de"),
        "subject": "Besichtigungstermin Wohnung Reuterstraße 14, Berlin-Neukölln",
        "date": "2026-09-07 09:15 +0200", "charset": "iso-8859-1", "cte": "quoted-printable",
        "body": """Sehr geehrte Frau Benítez,

vielen Dank für Ihr Interesse an der 2-Zimmer-Wohnung in der Reuterstraße 14 (3. OG, 58 m², Warmmiete 1.190 Euro).

Wir laden Sie zur Besichtigung am Samstag, 12. September, um 10:30 Uhr ein. Bitte bringen Sie eine Selbstauskunft und die letzten drei Gehaltsnachweise mit.

Sollten Sie den Termin nicht wahrnehmen können, sagen Sie bitte rechtzeitig ab.

Mit freundlichen Grüßen
Petra Kranich
Hausverwaltung Kranich, Sonnenallee 61, 12045 Berlin""",
    },
    {
        "key": "o_sprachkurs_voll", "kind": "other", "lang": "de", "slug": "sprachkurs_kein_platz",
        "company": "", "contact": "kurse@vhs-fk.example.de",
        "frm": ("Volkshochschule Friedrichshain-Kreuzberg", "kurse@vhs-fk.example.de"),
        "subject": "Ihre Anmeldung: Deutsch B2 Intensiv (Kurs FK-2026-311) – leider ausgebucht",
        "date": "2026-09-14 12:40 +0200", "cte": "quoted-printable",
        "body": """Sehr geehrte Frau Benítez,

vielen Dank für Ihre Anmeldung zum Kurs „Deutsch B2 Intensiv“ (FK-2026-311). Leider müssen wir Ihnen mitteilen, dass der Kurs bereits ausgebucht ist und wir Ihnen keinen Platz anbieten können. Sie stehen auf Platz 4 der Warteliste.

Gern können Sie sich für den Folgekurs ab 9. November anmelden.

Mit freundlichen Grüßen
Ihre Volkshochschule Friedrichshain-Kreuzberg""",
    },
    {
        "key": "o_depot", "kind": "other", "lang": "de", "slug": "depot_positionen_uebersicht",
        "company": "", "contact": "",
        "frm": ("Nordbank Depot", "service@nordbank-depot.example.de"),
        "subject": "Neue Depotübersicht: Ihre Positionen zum Quartalsende",
        "date": "2026-07-01 05:30 +0200", "fmt": "alt", "cte": "base64",
        "body": """Guten Tag Frau Benítez,

Ihre Depotübersicht zum 30.06.2026 steht im Postfach Ihres Online-Bankings bereit.

Anzahl Positionen: 3
Gesamtwert: 8.944,20 EUR
Veränderung zum Vorquartal: +2,1 %

Bitte antworten Sie nicht auf diese E-Mail.
Ihre Nordbank""",
    },
    {
        "key": "o_freund_absage", "kind": "other", "lang": "de", "slug": "freund_erzaehlt_absage",
        "company": "", "contact": "jonas.weber@example.net",
        "frm": ("Jonas Weber", "jonas.weber@example.net"),
        "subject": "Na toll, Absage von Lernfeld",
        "date": "2026-05-25 21:05 +0200", "cte": "8bit",
        "body": """Hey Lucía,

du wirst lachen: Ich hab mich doch auch bei Lernfeld beworben (Sales, nicht CS) und heute kam die Absage. „Wir haben uns für andere Bewerber entschieden, deren Profil besser passt.“ Immerhin nett formuliert.

Wie lief dein Gespräch bei denen? Lass uns mal wieder telefonieren, bevor du endgültig nach Berlin ziehst!

Liebe Grüße aus Friedrichshain
Jonas""",
    },
    # ================================================================ French
    {
        "key": "o_capitole_app", "kind": "other", "lang": "fr", "slug": "editions_capitole_candidature_propre",
        "company": "", "contact": "", "frm": CANDIDATE,
        "to": [("Éditions Capitole Recrutement", "rh@editions-capitole.example.fr")],
        "subject": "Candidature – Formatrice numérique (réf. EC-2026-031)",
        "date": "2026-08-11 22:30 +0200", "cte": "quoted-printable", "henc": ("windows-1252", "q"),
        "pdfs": [("CV_Lucia_Benitez_FR.pdf", [
            "Lucía Benítez - Curriculum vitae",
            "Professeure des écoles (Séville), référente numérique",
            "Formation des enseignants : ENT, Moodle, tablettes",
            "Langues : espagnol, anglais C1, français B2, allemand B1"])],
        "body": """Madame, Monsieur,

Je vous adresse ma candidature au poste de Formatrice numérique (réf. EC-2026-031). Professeure des écoles en Espagne depuis neuf ans et référente numérique de mon établissement, j'accompagne mes collègues dans l'usage des manuels numériques et des plateformes.

Vous trouverez mon CV en pièce jointe. Je reste à votre disposition pour un entretien.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Lucía Benítez""",
    },
    {
        "key": "o_garonne_sorry", "kind": "other", "lang": "fr", "slug": "lingua_garonne_excuses_propres",
        "company": "", "contact": "", "frm": CANDIDATE,
        "to": [("Léa Castan", "lea.castan@linguagaronne.example.fr")],
        "subject": "Re: Votre rendez-vous de ce matin",
        "date": "2026-06-09 13:40 +0200", "parent": "m_garonne", "quote": "inline", "cte": "8bit",
        "body": """Bonjour Léa,

Je suis sincèrement désolée. Mon vol Séville–Toulouse a été annulé hier soir et je n'ai pas pu vous prévenir à temps, mon téléphone n'ayant plus de réseau à l'aéroport.

Si c'est encore possible, je serais ravie de venir à une autre date.

Bien cordialement,
Lucía Benítez""",
    },
    {
        "key": "o_codeurs_app", "kind": "other", "lang": "fr", "slug": "petits_codeurs_relance_propre",
        "company": "", "contact": "", "frm": CANDIDATE,
        "to": [("Les Petits Codeurs", "contact@petitscodeurs.example.fr")],
        "subject": "Candidature – Responsable pédagogique Toulouse",
        "date": "2026-09-28 18:05 +0200", "charset": "iso-8859-1", "cte": "quoted-printable",
        "body": """Bonjour,

Je me permets de vous relancer au sujet de ma candidature au poste de Responsable pédagogique, envoyée le 10 septembre. Je suis toujours très intéressée par votre projet d'ateliers de programmation pour enfants.

Bien cordialement,
Lucía Benítez""",
    },
    {
        "key": "o_newsletter_fr", "kind": "other", "lang": "fr", "slug": "newsletter_reconversion_profs",
        "company": "", "contact": "",
        "frm": ("Reconversion Profs", "lettre@reconversionprofs.example.fr"),
        "subject": "La lettre du mois : refus, entretiens et premiers pas dans l'EdTech",
        "date": "2026-03-02 07:45 +0100", "fmt": "html", "cte": "quoted-printable",
        "brand": "Reconversion Profs", "brand_color": "#1565c0",
        "headers": [("List-Id", "La lettre Reconversion Profs <lettre.reconversionprofs.example.fr>"),
                 ("List-Unsubscribe", "<https://reconversionprofs.example.fr/desinscription>"),
                 *BULK],
        "body": """Bonjour Lucía,

Ce mois-ci : « Malheureusement, nous ne pouvons pas donner suite à votre candidature ». Comment lire un refus, demander un retour, et rebondir vers l'entretien suivant ?

Au sommaire :
• Témoignage : de professeure des écoles à chargée de formation chez un éditeur.
• Fiche pratique : préparer un entretien de Customer Success.
• Offres repérées : éditeurs scolaires, start-up EdTech, associations.

Bonne lecture !
L'équipe Reconversion Profs

Vous recevez cette lettre car vous êtes inscrite. Se désinscrire.""",
    },
    {
        "key": "o_alerte_occitanie", "kind": "other", "lang": "fr", "slug": "alerte_emploi_occitanie",
        "company": "", "contact": "",
        "frm": ("Alertes Emploi Occitanie", "alertes@emploi-occitanie.example.fr"),
        "subject": "5 nouvelles offres : formatrice, chargée de formation (Toulouse)",
        "date": "2026-07-27 06:30 +0200", "fmt": "alt", "cte": "quoted-printable",
        "headers": [("List-Id", "Alertes emploi <alertes.emploi-occitanie.example.fr>"),
                 ("List-Unsubscribe", "<https://emploi-occitanie.example.fr/alertes/stop/77a1>"),
                 *BULK],
        "body": """Bonjour,

Voici les nouvelles offres correspondant à votre alerte « formatrice » autour de Toulouse :

- Chargée de formation clients – éditeur de logiciels scolaires – entretiens dès la semaine prochaine
- Formatrice FLE – école de langues – CDD 6 mois
- Responsable pédagogique – association d'éducation au numérique

Astuce : un refus n'est jamais définitif ! Relancez poliment 10 jours après un entretien.

Pour ne plus recevoir ces alertes, cliquez ici.""",
    },
    {
        "key": "o_radio_fr", "kind": "other", "lang": "fr", "slug": "radio_garonne_interview",
        "company": "", "contact": "julie.bertrand@radiogaronne.example.fr",
        "frm": ("Julie Bertrand", "julie.bertrand@radiogaronne.example.fr"),
        "subject": "Demande d'interview – émission « Classes d'Europe »",
        "date": "2026-10-01 10:20 +0200", "charset": "windows-1252", "cte": "quoted-printable",
        "body": """Bonjour Madame Benítez,

Je prépare pour Radio Garonne FM une émission sur les enseignants européens qui se reconvertissent dans les technologies éducatives. Votre intervention à la table ronde de Toulouse nous a beaucoup intéressés.

Accepteriez-vous de nous accorder une interview de 15 minutes, enregistrée par téléphone, la semaine du 12 octobre ?

Merci d'avance,
Julie Bertrand
Journaliste, Radio Garonne FM""",
    },
    {
        "key": "o_user_research_fr", "kind": "other", "lang": "fr", "slug": "cartable_malin_entretien_utilisateur",
        "company": "", "contact": "",
        "frm": ("Cartable Malin", "recherche-utilisateurs@cartablemalin.example.fr"),
        "subject": "Participez à un entretien utilisateur (bon d'achat de 30 €)",
        "date": "2026-04-16 16:00 +0200", "fmt": "html", "cte": "quoted-printable",
        "brand": "Cartable Malin", "brand_color": "#2e7d32",
        "headers": [("List-Unsubscribe", "<mailto:stop@cartablemalin.example.fr>"), *BULK],
        "body": """Bonjour Lucía,

Nous cherchons des enseignants de primaire pour un entretien utilisateur de 40 minutes en visio, afin d'améliorer notre cahier de textes numérique.

En remerciement, vous recevrez un bon d'achat de 30 €. Choisissez un créneau : https://cartablemalin.example.fr/entretiens

Merci pour votre aide !
L'équipe produit Cartable Malin""",
    },
    {
        "key": "o_colis_fr", "kind": "other", "lang": "fr", "slug": "colis_retarde",
        "company": "", "contact": "",
        "frm": ("ColiRapide", "suivi@colirapide.example.fr"),
        "subject": "Malheureusement, votre colis est retardé",
        "date": "2026-08-18 14:05 +0200", "fmt": "alt", "cte": "quoted-printable",
        "body": """Bonjour,

Malheureusement, votre colis n° CR88213570FR n'a pas pu être livré à la date prévue en raison d'un incident de tri.

Nouvelle date de livraison estimée : jeudi 20 août.

Vous pouvez modifier le lieu de livraison depuis votre espace de suivi.

L'équipe ColiRapide""",
    },
    {
        "key": "o_chasseur_fr", "kind": "other", "lang": "fr", "slug": "chasseur_de_tetes_approche",
        "company": "", "contact": "thomas.rey@talents-sudouest.example.fr",
        "frm": ("Thomas Rey", "thomas.rey@talents-sudouest.example.fr"),
        "subject": "Votre profil m'intéresse",
        "date": "2026-05-06 09:40 +0200", "cte": "8bit",
        "body": """Bonjour Lucía,

Je suis consultant chez Talents du Sud-Ouest, cabinet spécialisé dans l'éducation et le numérique. Votre parcours d'enseignante formatrice a retenu mon attention.

Je n'ai pas de poste précis à vous proposer aujourd'hui, mais j'aimerais faire connaissance afin de penser à vous pour de futures missions. N'hésitez pas à me faire signe si vous êtes ouverte à un échange.

Bien cordialement,
Thomas Rey
Talents du Sud-Ouest""",
    },
]
