"""Corpus 301, rejections: every kind of "no", from ATS form letters to a relayed client's no."""

from __future__ import annotations

from msgs301_common import DISCLAIMER_EN, DISCLAIMER_ES, DISCLAIMER_FR

SPECS: list[dict] = [
    # ------------------------------------------------------------------ Spanish
    {
        "key": "r_giralda", "kind": "rejection", "lang": "es", "slug": "idiomas_giralda_bamboohr",
        "company": "Idiomas Giralda", "contact": "",
        "frm": ("Idiomas Giralda", "no-reply@bamboohr.com"),
        "subject": "Tu candidatura en Idiomas Giralda",
        "date": "2026-01-27 09:03 +0000", "fmt": "html", "cte": "quoted-printable",
        "brand": "Idiomas Giralda", "brand_color": "#b8860b",
        "body": """Hola Lucía:

Gracias por tu interés en el puesto de Coordinadora de Formación del Profesorado en Idiomas Giralda.

Hemos revisado con detalle todas las candidaturas y, en esta ocasión, tu perfil no ha sido preseleccionado para la siguiente fase. Buscábamos a alguien con experiencia previa coordinando equipos de profesores de idiomas para adultos.

Guardaremos tus datos durante doce meses por si surge una vacante que encaje mejor contigo.

Un saludo,
Recursos Humanos · Idiomas Giralda
Plaza del Duque 5, Sevilla""",
    },
    {
        "key": "r_speakwell", "kind": "rejection", "lang": "es", "slug": "speakwell_cubierta_internamente",
        "company": "Speakwell Academias", "contact": "",
        "frm": ("Speakwell Academias", "no-reply@smartrecruiters.com"),
        "subject": "Actualización sobre tu candidatura – Formadora de profesores (Málaga)",
        "date": "2026-02-16 12:44 +0000", "fmt": "alt", "cte": "base64",
        "body": """Estimada Lucía:

Queremos agradecerte el interés mostrado en la vacante de Formadora de profesores para nuestros centros de Málaga.

Te informamos de que el puesto se ha cubierto finalmente con una persona de nuestra propia plantilla, por lo que el proceso queda cerrado. Esperamos poder contar con tu candidatura en futuras ocasiones.

Atentamente,
Equipo de Selección
Speakwell Academias

Este mensaje ha sido enviado a través de SmartRecruiters. No respondas a esta dirección.""",
    },
    {
        "key": "r_torrealba", "kind": "rejection", "lang": "es", "slug": "ayuntamiento_torrealba_no_seleccionada",
        "company": "Ayuntamiento de Torrealba", "contact": "isotomayor@torrealba.example.es",
        "frm": ("Inmaculada Sotomayor Vela", "isotomayor@torrealba.example.es"),
        "subject": "Proceso de selección Técnico/a de Programas Educativos – resultado",
        "date": "2026-04-17 13:30 +0200", "charset": "iso-8859-1", "cte": "quoted-printable",
        "parent": "i_torrealba",
        "body": """Estimada Sra. Benítez:

En relación con el proceso de selección para la contratación temporal de un/a Técnico/a de Programas Educativos (Delegación de Educación), le comunico que la comisión de valoración, tras la entrevista celebrada el pasado 9 de abril, ha propuesto la contratación de otra aspirante con mayor puntuación total.

La relación de puntuaciones definitivas se publicará en el tablón de anuncios de la sede electrónica. Contra esta propuesta podrá presentar alegaciones en el plazo de cinco días hábiles.

Agradeciéndole su participación, reciba un cordial saludo.

Inmaculada Sotomayor Vela
Negociado de Personal
Ayuntamiento de Torrealba
Plaza de España 1 · Tel. 955 71 20 04""",
    },
    {
        "key": "r_olivar", "kind": "rejection", "lang": "es", "slug": "fundacion_olivar_proyecto_sin_fondos",
        "company": "Fundación Olivar Educa", "contact": "beatriz.luque@olivareduca.example.org",
        "frm": ("Beatriz Luque", "beatriz.luque@olivareduca.example.org"),
        "subject": "Re: Disculpas por la entrevista del martes",
        "date": "2026-03-18 10:12 +0100", "parent": "o_olivar_sorry", "quote": "inline", "cte": "8bit",
        "body": """Hola Lucía:

No te preocupes por lo del martes, lo entendimos perfectamente.

Lamentablemente te escribo con otra noticia: la convocatoria autonómica que iba a financiar el proyecto «Aulas que leen» se ha resuelto sin que obtuviéramos la ayuda, así que hemos tenido que cancelar la plaza de coordinadora pedagógica y no vamos a continuar con el proceso de selección.

Siento mucho que sea así, porque tu candidatura era de las que más nos gustaban. Si el proyecto se reactiva el año que viene, te escribiré la primera.

Un abrazo,
Beatriz Luque
Directora de Programas · Fundación Olivar Educa
C/ San Luis 41, 41003 Sevilla""",
    },
    {
        "key": "r_ett_alboran", "kind": "rejection", "lang": "es", "slug": "talento_sur_cliente_alboran",
        "company": "Academias Alborán", "contact": "nerea.campos@talentosur.example.es",
        "frm": ("Nerea Campos | Talento Sur ETT", "nerea.campos@talentosur.example.es"),
        "subject": "Feedback de Academias Alborán",
        "date": "2026-03-09 17:55 +0100", "cte": "quoted-printable", "parent": "mv_ett_alboran",
        "body": """Hola Lucía, ¿qué tal?

Te escribo con el feedback de Academias Alborán tras la entrevista con su directora de estudios. Me dicen que les gustaste mucho en lo personal, pero que al final se quedan con una candidata que ya conoce su método de inglés para niños y que puede empezar la semana que viene en Málaga.

Así que, por esta vez, no seguimos adelante con ellos. Te mantengo en nuestra base de datos para otras posiciones de formación; en primavera suelen salir cosas con academias y editoriales.

Un abrazo y ánimo,
Nerea Campos
Consultora de Selección · Talento Sur ETT
Avda. de Andalucía 18, 29006 Málaga · 952 10 44 37

""" + DISCLAIMER_ES.format(domain="talentosur.example.es"),
    },
    {
        "key": "r_olmo", "kind": "rejection", "lang": "es", "slug": "olmo_cliente_no_nombrado",
        "company": "Olmo Talent Partners", "contact": "alvaro.quesada@olmotalent.example.es",
        "frm": ("Álvaro Quesada", "alvaro.quesada@olmotalent.example.es"),
        "subject": "Proceso Customer Success Lead – cierre",
        "date": "2026-04-02 19:20 +0200", "henc": ("utf-8", "b"), "charset": "windows-1252",
        "cte": "quoted-printable",
        "body": """Hola Lucía:

Gracias de nuevo por la conversación de la semana pasada. He presentado tu perfil a nuestro cliente (la editorial educativa de la que te hablé) y, tras revisarlo con su dirección, han preferido avanzar con perfiles que ya tienen experiencia en gestión de cuentas en entorno SaaS.

Por tanto, no continuaremos con tu candidatura en este proceso. Aun así, me quedo con tu CV: creo que encajarías muy bien en roles de formación de clientes y te llamaré si aparece algo así.

Saludos cordiales,

Álvaro Quesada
Senior Consultant – Education & Publishing
Olmo Talent Partners · Paseo de la Castellana 93, 28046 Madrid""",
    },
    {
        "key": "r_atalaya", "kind": "rejection", "lang": "es", "slug": "atalaya_workday",
        "company": "Grupo Editorial Atalaya", "contact": "",
        "frm": ("Grupo Editorial Atalaya", "atalaya@myworkday.com"),
        "subject": "Grupo Editorial Atalaya: estado de tu solicitud R-01872",
        "date": "2026-03-24 06:02 +0000", "fmt": "html", "cte": "quoted-printable",
        "brand": "Grupo Editorial Atalaya · Empleo", "brand_color": "#0d3b66",
        "body": """Estimada Lucía Benítez:

Le agradecemos su interés en la posición R-01872 Consultor/a Pedagógico/a Digital (Madrid).

Tras un análisis minucioso de su candidatura, lamentamos comunicarle que hemos decidido continuar el proceso con otros candidatos cuyo perfil se ajusta más a los requisitos del puesto.

Le animamos a seguir consultando nuestras ofertas en nuestro portal de empleo.

Atentamente,
Dirección de Personas
Grupo Editorial Atalaya

Este es un mensaje automático. Por favor, no responda a este correo.""",
    },
    {
        "key": "r_scholaris", "kind": "rejection", "lang": "es", "slug": "scholaris_puesto_congelado",
        "company": "Scholaris", "contact": "sara.medina@scholaris.example.es",
        "frm": ("Sara Medina", "sara.medina@scholaris.example.es"),
        "subject": "Re: Implementation Specialist – novedades",
        "date": "2026-03-30 11:48 +0200", "parent": "m_scholaris", "quote": "inline", "cte": "8bit",
        "body": """Hola Lucía:

Te escribo para ponerte al día. La dirección ha decidido congelar la contratación del puesto de Implementation Specialist hasta el año que viene por un cambio en el plan de negocio, así que no vamos a seguir adelante con el proceso y no podremos reprogramar la videollamada.

Lo siento de verdad. Me ha gustado mucho tu perfil y, si se reabre la posición, me pondré en contacto contigo.

Un saludo,
Sara Medina
People & Talent · Scholaris""",
    },
    {
        "key": "r_tizaverde", "kind": "rejection", "lang": "es", "slug": "tiza_verde_tras_clase_prueba",
        "company": "Academias Tiza Verde", "contact": "paloma.rios@tizaverde.example.es",
        "frm": ("Dirección Tiza Verde Málaga", "direccion.malaga@tizaverde.example.es"),
        "reply_to": ("Paloma Ríos", "paloma.rios@tizaverde.example.es"),
        "subject": "Tu clase de prueba en Tiza Verde",
        "date": "2026-05-08 14:02 +0200", "cte": "8bit",
        "body": """Hola Lucía:

Te escribimos desde la dirección de Academias Tiza Verde en Málaga para darte las gracias por la clase de prueba del miércoles con el grupo de Primaria. Los niños se lo pasaron genial con el juego de vocabulario.

Después de valorar a todas las personas que han participado en las clases de prueba, hemos decidido no contar contigo para la plaza de formadora de profesorado en esta ocasión: necesitamos a alguien que pueda estar en Málaga de lunes a viernes desde junio.

Si tienes cualquier duda, escribe directamente a Paloma, que coordinó tu prueba.

Un saludo,
Paloma Ríos
Jefa de Estudios · Academias Tiza Verde""",
    },
    {
        "key": "r_tutorea", "kind": "rejection", "lang": "es", "slug": "tutorea_respuesta_fundador",
        "company": "Tutorea", "contact": "dani@tutorea.example.es",
        "frm": ("Dani Vílchez", "dani@tutorea.example.es"),
        "subject": "Re: Candidatura espontánea – formación y onboarding de colegios",
        "date": "2026-01-22 23:41 +0100", "parent": "o_tutorea_app", "quote": "inline",
        "body": """Hola Lucía,

mil gracias por escribirnos, da gusto leer a una profe con tantas ganas.

Te soy sincero: ahora mismo somos cinco personas y el onboarding de colegios lo hacemos entre los dos fundadores. No vamos a contratar a nadie para esto en 2026, así que no puedo ofrecerte nada.

Te deseo mucha suerte, de verdad.

Dani
CEO · Tutorea (Málaga)""",
    },
    {
        "key": "r_evalua", "kind": "rejection", "lang": "es", "slug": "evalua_proceso_suspendido",
        "company": "Evalúa+", "contact": "",
        "frm": ("Equipo de Selección de Evalúa+", "seleccion-noreply@evaluamas.example.es"),
        "subject": "Suspensión del proceso de selección – Especialista en Formación",
        "date": "2026-02-11 08:00 +0100", "fmt": "alt", "charset": "iso-8859-1",
        "cte": "quoted-printable", "henc": ("windows-1252", "q"),
        "body": """Estimada candidata:

Le escribimos en relación con su participación en el proceso de selección para el puesto de Especialista en Formación (ref. EV-26-07).

Por motivos organizativos internos, el proceso ha quedado suspendido de forma indefinida y no se realizarán nuevas fases. En consecuencia, damos por finalizada su candidatura y eliminaremos la grabación de vídeo que realizó.

Agradecemos sinceramente el tiempo dedicado.

Equipo de Selección
Evalúa+ Tecnología Educativa, Madrid""",
    },
    {
        "key": "r_bosque", "kind": "rejection", "lang": "es", "slug": "bosque_de_letras_tras_dos_rondas",
        "company": "Editorial Bosque de Letras", "contact": "ines.carrasco@bosquedeletras.example.es",
        "frm": ("Inés Carrasco", "ines.carrasco@bosquedeletras.example.es"),
        "subject": "RE: Gracias por la jornada del jueves",
        "date": "2026-07-03 12:36 +0200", "parent": "o_bosque_thanks", "quote": "outlook",
        "charset": "windows-1252", "cte": "quoted-printable",
        "body": """Buenos días, Lucía:

Gracias a ti por tu participación en la jornada de evaluación y en la entrevista final con el equipo de Formación. Ha sido un proceso largo y quiero agradecerte la paciencia con los cambios de fecha.

Después de valorar las dos fases, el comité ha decidido seguir adelante con otra candidata para el puesto de Asesora Pedagógica Digital. Nos ha parecido que tu perfil tiene muchísimo potencial, pero ella aporta experiencia previa en formación comercial a distribuidores, algo clave para este puesto.

Te deseo lo mejor y espero que nuestros caminos se crucen de nuevo.

Un saludo cordial,

Inés Carrasco Peral
Responsable de Talento
Editorial Bosque de Letras
C/ Princesa 31, 28008 Madrid · T. 91 540 22 18

""" + DISCLAIMER_ES.format(domain="bosquedeletras.example.es"),
    },
    {
        "key": "r_puente", "kind": "rejection", "lang": "es", "slug": "empleo_puente_cliente_sin_nombre",
        "company": "Empleo Puente", "contact": "gestion.sevilla@empleopuente.example.es",
        "frm": ("Empleo Puente ETT – Oficina Sevilla", "gestion.sevilla@empleopuente.example.es"),
        "subject": "Oferta 3321 – Formador/a de plataformas educativas",
        "date": "2026-09-07 10:15 +0200", "cte": "8bit",
        "body": """Buenos días Lucía,

Te informamos de que la empresa cliente para la que gestionábamos la oferta 3321 (formador/a de plataformas educativas, contrato por obra de 3 meses) ha cubierto ya la vacante, por lo que tu candidatura no sigue adelante en esta oferta.

Seguimos contando contigo para nuevas ofertas. Puedes actualizar tu disponibilidad respondiendo a este correo.

Un saludo,
Oficina de Sevilla · Empleo Puente ETT
C/ Luis Montoto 88, Sevilla""",
    },
    {
        "key": "r_matvivas", "kind": "rejection", "lang": "es", "slug": "matematicas_vivas_tras_entrevista",
        "company": "Matemáticas Vivas", "contact": "carla.ferrer@matematicasvivas.example.es",
        "frm": ("Guillermo Reina", "guillermo@matematicasvivas.example.es"),
        "reply_to": ("Carla Ferrer", "carla.ferrer@matematicasvivas.example.es"),
        "subject": "Sobre tu candidatura a Matemáticas Vivas",
        "date": "2026-10-06 16:20 +0200", "fmt": "alt", "henc": ("utf-8", "b"),
        "body": """Hola, Lucía:

Gracias por haber hablado con nosotros y por el material que nos enviaste después de la entrevista. Ha sido difícil decidir.

Finalmente hemos optado por una persona con más experiencia en Secundaria, porque la mayoría de nuestros nuevos clientes son institutos. Sentimos que no sea una respuesta positiva esta vez.

Si quieres feedback más detallado, responde a este correo y te contestará Carla Ferrer, que lleva las personas del equipo.

Un abrazo,
Guillermo Reina
Cofundador · Matemáticas Vivas (Sevilla)""",
    },
    # ------------------------------------------------------------------ English
    {
        "key": "r_quillstone", "kind": "rejection", "lang": "en", "slug": "quillstone_workday",
        "company": "Quillstone Education", "contact": "",
        "frm": ("Quillstone Education", "quillstone@myworkday.com"),
        "subject": "Regarding your application for Learning Consultant – Ireland",
        "date": "2026-03-12 17:01 +0000", "fmt": "html", "cte": "quoted-printable",
        "brand": "Quillstone Education Careers", "brand_color": "#4b2e83",
        "body": """Dear Lucía,

Thank you for your interest in the Learning Consultant – Ireland position (JR-40611).

We have carefully reviewed your application. Unfortunately, we will not be taking your application further at this time, as we have identified candidates whose skills and experience more closely match the requirements of the role.

We encourage you to keep an eye on our careers site and apply for future openings.

Kind regards,
Talent Acquisition
Quillstone Education""",
    },
    {
        "key": "r_tallyroo", "kind": "rejection", "lang": "en", "slug": "tallyroo_role_filled",
        "company": "Tallyroo", "contact": "ciaran.walsh@tallyroo.example.ie",
        "frm": ("Ciarán Walsh", "ciaran.walsh@tallyroo.example.ie"),
        "subject": "Tallyroo – Customer Trainer role update",
        "date": "2026-04-23 10:09 +0100", "henc": ("windows-1252", "q"), "charset": "iso-8859-1",
        "cte": "quoted-printable", "parent": "i_tallyroo",
        "body": """Hi Lucía,

Thanks again for completing the take-home task - your lesson plan for onboarding a new school was thoughtful and well structured.

I'm sorry to say that the Customer Trainer position has now been filled, so we won't be progressing your application any further. We had an internal transfer from our support team that made a lot of sense for us.

I'll keep your details on file and would be glad to reach out if something similar opens up.

All the best,
Ciarán Walsh
Head of Customer Experience | Tallyroo
Unit 7, The Digital Hub, Thomas Street, Dublin 8""",
    },
    {
        "key": "r_liffey", "kind": "rejection", "lang": "en", "slug": "liffey_talent_client_owlbridge",
        "company": "Owlbridge Learning", "contact": "sinead@liffeytalent.example.ie",
        "frm": ("Sinéad Gallagher", "sinead@liffeytalent.example.ie"),
        "subject": "Owlbridge Learning - feedback",
        "date": "2026-05-26 16:33 +0100", "henc": ("utf-8", "b"),
        "body": """Hi Lucía,

I've just come off a call with Owlbridge Learning. They really enjoyed meeting you, but they've decided to go with another candidate for the Teacher Success Manager role - someone who has worked with Irish primary schools and knows the curriculum here.

I know that's disappointing after two rounds. Please don't let it knock you back: the feedback on your training demo was excellent and I'd love to put you forward for other roles.

Chat soon,
Sinéad Gallagher
Senior Recruiter, Liffey Talent
+353 1 555 0192

""" + DISCLAIMER_EN.format(address="22 Ormond Quay Upper, Dublin 7"),
    },
    {
        "key": "r_lingoharbour", "kind": "rejection", "lang": "en", "slug": "lingo_harbour_role_cancelled",
        "company": "Lingo Harbour", "contact": "recruitment@lingoharbour.example.ie",
        "frm": ("Lingo Harbour Language Schools", "recruitment@lingoharbour.example.ie"),
        "subject": "Academic Trainer vacancy - withdrawn",
        "date": "2026-08-19 12:00 +0100", "fmt": "alt",
        "body": """Dear Lucía,

Thank you for applying for the Academic Trainer vacancy at Lingo Harbour Language Schools.

We're writing to let all applicants know that the position has been withdrawn following a restructuring of our teacher-training department. As a result, we will not proceed with any applications for this role, including yours.

We're sorry for any inconvenience and thank you for your interest in Lingo Harbour.

Yours sincerely,
Fiona Keane
Recruitment Coordinator
Lingo Harbour Language Schools, 9 Eden Quay, Dublin 1""",
    },
    {
        "key": "r_stepwise", "kind": "rejection", "lang": "en", "slug": "stepwise_after_panel",
        "company": "Stepwise Learning", "contact": "priya.nair@stepwise.example.de",
        "frm": ("Priya Nair via Ashby", "no-reply@ashbyhq.com"),
        "reply_to": ("Priya Nair", "priya.nair@stepwise.example.de"),
        "subject": "Update on your Stepwise Learning application",
        "date": "2026-09-24 14:18 +0000", "fmt": "html", "cte": "quoted-printable",
        "body": """Hi Lucía,

Thank you for the time you spent with the team over the last few weeks, including the panel on Monday.

We've had a difficult decision to make, and I'm sorry to share that we won't be moving forward with your application for the Customer Onboarding Lead role. The panel felt that the role needs someone who has already owned a book of enterprise accounts.

Everyone enjoyed your workshop exercise, and we'd genuinely be happy to hear from you again in the future.

Warm regards,
Priya Nair
Recruiting Lead, Stepwise Learning (Berlin)""",
    },
    # ------------------------------------------------------------------ German
    {
        "key": "r_sprachwerk", "kind": "rejection", "lang": "de", "slug": "sprachwerk_softgarden_absage",
        "company": "Sprachwerk Schulen", "contact": "",
        "frm": ("Sprachwerk Schulen über softgarden", "noreply@softgarden.io"),
        "subject": "Ihre Bewerbung als Trainerin für digitale Lernplattformen",
        "date": "2026-07-10 08:30 +0200", "fmt": "alt", "cte": "quoted-printable",
        "henc": ("iso-8859-1", "b"), "parent": "i_sprachwerk_probetag",
        "body": """Sehr geehrte Frau Benítez,

vielen Dank für Ihr Interesse an Sprachwerk Schulen und für Ihre Teilnahme am Probetag in unserer Schule in Berlin-Mitte.

Nach sorgfältiger Prüfung aller Eindrücke müssen wir Ihnen leider mitteilen, dass wir uns für eine andere Bewerberin entschieden haben. Diese Entscheidung ist keine Bewertung Ihrer Person oder Ihrer Qualifikation.

Wir wünschen Ihnen für Ihren weiteren beruflichen Weg alles Gute.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Sprachwerk Schulen GmbH, Torstraße 110, 10119 Berlin""",
    },
    {
        "key": "r_kessler", "kind": "rejection", "lang": "de", "slug": "kessler_mandant_absage",
        "company": "Kessler Personalberatung", "contact": "m.kessler@kessler-personal.example.de",
        "frm": ("Matthias Kessler", "m.kessler@kessler-personal.example.de"),
        "subject": "AW: Position Customer Success Managerin EdTech",
        "date": "2026-06-30 18:02 +0200", "parent": "m_kessler", "quote": "outlook",
        "charset": "iso-8859-1", "cte": "quoted-printable",
        "body": """Liebe Frau Benítez,

danke für Ihre Rückmeldung und nochmals Entschuldigung für das Durcheinander mit unserem Telefontermin.

Ich habe inzwischen mit meinem Mandanten gesprochen. Leider hat er sich entschieden, den Prozess mit zwei Kandidatinnen aus dem deutschsprachigen Raum fortzusetzen. Wir werden Ihre Kandidatur für diese Position daher nicht weiter verfolgen.

Ich melde mich gern, sobald ich eine passende Position mit Schwerpunkt Spanien oder Lateinamerika habe.

Beste Grüße
Matthias Kessler
Kessler Personalberatung
Kaiserstraße 12, 60311 Frankfurt am Main""",
    },
    {
        "key": "r_zauberzahl", "kind": "rejection", "lang": "de", "slug": "zauberzahl_intern_besetzt",
        "company": "Zauberzahl", "contact": "lena.vogt@zauberzahl.example.de",
        "frm": ("Lena Vogt", "lena.vogt@zauberzahl.example.de"),
        "subject": "Rückmeldung zu Ihrer Bewerbung – Schulungsmanagerin",
        "date": "2026-08-25 11:11 +0200", "cte": "8bit",
        "body": """Hallo Frau Benítez,

vielen Dank für Ihre Bewerbung als Schulungsmanagerin bei Zauberzahl.

Wir haben die Stelle inzwischen intern besetzt: Eine Kollegin aus unserem Support-Team übernimmt die Schulungen für Lehrkräfte. Ihre Bewerbung können wir deshalb leider nicht weiter berücksichtigen.

Wir drücken Ihnen die Daumen für die Suche!

Viele Grüße aus Kreuzberg
Lena Vogt
People & Culture · Zauberzahl GmbH""",
    },
    {
        "key": "r_lesewelt", "kind": "rejection", "lang": "de", "slug": "stiftung_lesewelt_verfahren_eingestellt",
        "company": "Stiftung Lesewelt", "contact": "k.hoffmann@stiftung-lesewelt.example.de",
        "frm": ("Dr. Ursula Brandt", "u.brandt@stiftung-lesewelt.example.de"),
        "reply_to": ("Katja Hoffmann", "k.hoffmann@stiftung-lesewelt.example.de"),
        "subject": "Stellenausschreibung Referentin Lehrkräftefortbildung – Verfahren eingestellt",
        "date": "2026-10-14 09:45 +0200", "charset": "windows-1252", "cte": "quoted-printable",
        "body": """Sehr geehrte Frau Benítez,

wir danken Ihnen für Ihre Bewerbung auf die Stelle als Referentin für Lehrkräftefortbildung.

Aufgrund einer Kürzung unserer Fördermittel für 2027 wurde das Projekt vorerst auf Eis gelegt. Das Auswahlverfahren wird daher eingestellt, und wir können Ihre Bewerbung nicht weiter berücksichtigen. Ihre Unterlagen werden gemäß DSGVO nach sechs Monaten gelöscht.

Wir bedauern, Ihnen keine positivere Nachricht geben zu können. Für Rückfragen steht Ihnen meine Assistentin Katja Hoffmann zur Verfügung.

Mit freundlichen Grüßen
Dr. Ursula Brandt
Geschäftsführerin, Stiftung Lesewelt
Oranienburger Str. 45, 10117 Berlin""",
    },
    # ------------------------------------------------------------------ French
    {
        "key": "r_garonne", "kind": "rejection", "lang": "fr", "slug": "lingua_garonne_workable",
        "company": "École Lingua Garonne", "contact": "",
        "frm": ("École Lingua Garonne", "noreply@workablemail.com"),
        "subject": "Votre candidature chez École Lingua Garonne",
        "date": "2026-06-19 15:40 +0000", "fmt": "html", "cte": "quoted-printable",
        "brand": "École Lingua Garonne", "brand_color": "#c0392b",
        "body": """Bonjour Lucía,

Nous vous remercions de l'intérêt que vous portez à l'École Lingua Garonne et du temps consacré à notre processus de recrutement pour le poste de Formatrice de formateurs (espagnol).

Après étude attentive de votre dossier, nous sommes au regret de vous informer que nous ne donnerons pas suite à votre candidature.

Nous vous souhaitons pleine réussite dans vos recherches.

L'équipe recrutement
École Lingua Garonne""",
    },
    {
        "key": "r_arvor", "kind": "rejection", "lang": "fr", "slug": "arvor_client_mathemagik",
        "company": "Mathemagik", "contact": "yann.le-goff@arvor-recrutement.example.fr",
        "frm": ("Yann Le Goff", "yann.le-goff@arvor-recrutement.example.fr"),
        "subject": "Votre candidature chez Mathemagik – retour du client",
        "date": "2026-09-15 18:12 +0200", "cte": "quoted-printable", "henc": ("windows-1252", "q"),
        "charset": "windows-1252",
        "body": """Bonjour Lucía,

Je reviens vers vous après mon échange avec Mathemagik. Ils ont apprécié votre parcours, mais ils souhaitent finalement un profil ayant déjà piloté des déploiements dans des collèges français ; ils ne retiennent donc pas votre candidature pour le poste de Customer Success Manager Éducation.

Je suis désolé de ne pas avoir de meilleure nouvelle. Je garde votre CV et reviendrai vers vous si une mission plus adaptée se présente.

Bien cordialement,
Yann Le Goff
Consultant – Cabinet Arvor Recrutement
3 place du Capitole, 31000 Toulouse

""" + DISCLAIMER_FR.format(domain="arvor-recrutement.example.fr"),
    },
    {
        "key": "r_ludiclasse", "kind": "rejection", "lang": "fr", "slug": "ludiclasse_pourvu_en_interne",
        "company": "Ludiclasse", "contact": "recrutement@ludiclasse.example.fr",
        "frm": ("Ludiclasse Recrutement", "recrutement@ludiclasse.example.fr"),
        "subject": "Poste de formatrice produit – information",
        "date": "2026-05-29 09:25 +0200", "fmt": "alt", "charset": "iso-8859-1",
        "cte": "quoted-printable",
        "body": """Madame,

Nous accusons bonne réception de votre candidature au poste de formatrice produit et vous en remercions.

Toutefois, ce poste vient d'être pourvu en interne. Nous ne sommes donc pas en mesure de donner une suite favorable à votre démarche.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Mélanie Roux
Chargée de recrutement, Ludiclasse""",
    },
    {
        "key": "r_codeurs", "kind": "rejection", "lang": "fr", "slug": "petits_codeurs_recrutement_suspendu",
        "company": "Les Petits Codeurs", "contact": "nadia.benali@petitscodeurs.example.fr",
        "frm": ("Nadia Benali", "nadia.benali@petitscodeurs.example.fr"),
        "subject": "Re: Candidature – Responsable pédagogique Toulouse",
        "date": "2026-10-09 12:02 +0200", "parent": "o_codeurs_app", "quote": "inline", "cte": "8bit",
        "body": """Bonjour Lucía,

Merci pour votre candidature et pour votre message de relance, et désolée pour le délai.

Notre conseil d'administration a décidé de suspendre ce recrutement jusqu'à nouvel ordre, faute de visibilité sur nos subventions. Nous ne poursuivrons donc pas le processus, ni avec vous ni avec les autres candidats.

Je vous remercie pour l'intérêt porté à l'association.

Nadia Benali
Coordinatrice, Les Petits Codeurs""",
    },
]
