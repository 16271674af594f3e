"""Corpus 211, kind `other`: digests, articles, private and administrative mail, and the
candidate's own sent mail. Every message here is written by hand for this corpus."""

from msgs211_common import (
    CAND,
    CAND_BARE,
    ats_card,
    button,
    escribio_es,
    forward_block,
    html_page,
    mso,
    newsletter_html,
    outlook_html,
    paras,
    quote,
    wrote_en,
)

# The candidate's own texts that later replies quote.
THANKS_GARBI = """Hola Núria:

Muchas gracias por la conversación de ayer en la editorial. Me gustó mucho conocer al equipo de
Primaria y ver cómo estáis adaptando los cuadernos de Matemáticas a la versión digital.

Me quedo pensando en lo que comentasteis sobre las secuencias de 45 minutos: en mi aula de 4.º
trabajo así desde hace dos cursos y estaría encantada de enseñaros algún ejemplo.

Un saludo cordial,
Mireia Castellví-Hoang"""

THANKS_KESTREL = """Dear Priya,

Thank you for taking the time to talk with me this morning about the Learning Experience
Designer role. I especially enjoyed hearing how your team pilots modules with real classrooms
before release; that is exactly the loop I have been running informally with my own pupils.

I have attached the storyboard we discussed, in case it is useful for the panel.

Best regards,
Mireia Castellví-Hoang"""

THANKS_LEMAN = """Madame Rochat,

Je vous remercie encore pour l'entretien de cet après-midi et pour la présentation très claire du
programme « Classes ouvertes ». La partie consacrée à la formation des enseignants en Afrique
de l'Ouest m'a particulièrement intéressée.

Je reste à votre disposition pour toute information complémentaire.

Bien cordialement,
Mireia Castellví-Hoang"""

APOLOGY_TURIA = """Hola, Vicent:

Te pido mil disculpas. Tenía la entrevista apuntada para las 11:00 hora de Canarias por un
error al copiar la invitación y me he conectado una hora tarde. Sé que es un fallo mío.

Si todavía es posible, me adapto a cualquier hueco de esta semana o de la próxima, incluso a
primera hora de la mañana antes de entrar en clase.

Gracias por la comprensión,
Mireia"""

MESSAGES = [
    # ------------------------------------------------------------------ es: digests & articles
    dict(
        name="empleoaula_digest_enero", kind="other", lang="es",
        date="2026-01-19 07:02 +0100",
        frm=("EmpleoAula Alertas", "alertas@empleoaula.example.es"),
        to=[CAND],
        subject="Tus alertas: 9 ofertas nuevas de diseño instruccional y formación",
        headers=[
            ("List-Id", "Alertas de empleo EmpleoAula <alertas.empleoaula.example.es>"),
            ("List-Unsubscribe",
             "<https://empleoaula.example.es/alertas/baja?u=8c2f41>, "
             "<mailto:baja@empleoaula.example.es?subject=baja-8c2f41>"),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
            ("Precedence", "bulk"),
        ],
        text="""Hola Mireia,

Estas son las ofertas publicadas desde tu última alerta ("diseño instruccional" en Barcelona,
Girona y remoto):

1. Diseñador/a instruccional junior - Editorial Miramar Digital (Barcelona, híbrido)
   https://empleoaula.example.es/o/118233
2. Técnica de contenidos e-learning - Academia Tres Rius (Girona)
   https://empleoaula.example.es/o/118241
3. Learning designer (inglés C1) - Nórdica Learning (remoto)
   https://empleoaula.example.es/o/118250
4. Coordinador/a pedagógico/a para plataforma de Primaria - Pupitre Verde (Valencia)
   https://empleoaula.example.es/o/118262
...y 5 más en tu panel: https://empleoaula.example.es/panel

CONSEJO DE LA SEMANA
¿Te han rechazado en una candidatura después de la entrevista? No lo tomes como algo personal:
pide feedback concreto y apunta qué preguntas te costaron. Lo explicamos en el blog:
https://empleoaula.example.es/blog/despues-del-no

Recibes este correo porque creaste una alerta en EmpleoAula.
Darte de baja: https://empleoaula.example.es/alertas/baja?u=8c2f41
""",
        html=newsletter_html(
            "9 ofertas nuevas para ti",
            "Hola Mireia,\n\nEstas son las ofertas publicadas desde tu última alerta "
            "(\"diseño instruccional\" en Barcelona, Girona y remoto).",
            [
                ("Diseñador/a instruccional junior", "Editorial Miramar Digital · Barcelona, "
                 "híbrido", "https://empleoaula.example.es/o/118233"),
                ("Técnica de contenidos e-learning", "Academia Tres Rius · Girona",
                 "https://empleoaula.example.es/o/118241"),
                ("Learning designer (inglés C1)", "Nórdica Learning · remoto",
                 "https://empleoaula.example.es/o/118250"),
                ("Coordinador/a pedagógico/a", "Pupitre Verde · Valencia",
                 "https://empleoaula.example.es/o/118262"),
                ("Consejo: después del no", "¿Te han rechazado después de la entrevista? Pide "
                 "feedback concreto y apunta qué preguntas te costaron.",
                 "https://empleoaula.example.es/blog/despues-del-no"),
            ],
            'Recibes este correo porque creaste una alerta en EmpleoAula. '
            '<a href="https://empleoaula.example.es/alertas/baja?u=8c2f41">Darte de baja</a>',
        ),
    ),
    dict(
        name="newsletter_di_hoy_rechazo", kind="other", lang="es",
        date="2026-02-05 08:30 +0100",
        frm=("Diseño Instruccional Hoy", "boletin@disenoinstruccionalhoy.example.es"),
        to=[CAND_BARE],
        subject="N.º 47 · Cómo leer un correo de rechazo (y qué contestar)",
        cte="base64",
        headers=[
            ("List-Id", "<boletin.disenoinstruccionalhoy.example.es>"),
            ("List-Unsubscribe", "<https://disenoinstruccionalhoy.example.es/baja/mch77>"),
            ("X-Campaign", "dih-047"),
        ],
        html=html_page(
            "<h2>Diseño Instruccional Hoy · n.º 47</h2>"
            + paras("""En este número hablamos de algo que casi nadie enseña: cómo leer un correo de
rechazo. Las fórmulas se repiten ("hemos decidido continuar con otros perfiles", "el proceso
queda en pausa") y cada una significa cosas distintas.

Nuestra colaboradora Elena Barrachina, que ha cribado más de dos mil candidaturas para
departamentos de formación, explica qué frases indican que el puesto se congeló, cuáles que
llegaste a la terna final y cuándo merece la pena responder para pedir una segunda entrevista
en el futuro.

Además: tres plantillas de storyboard gratuitas, la agenda de encuentros de marzo en Valencia
y Zaragoza, y una entrevista con el equipo de contenidos de una editorial escolar.""")
            + '<p><a href="https://disenoinstruccionalhoy.example.es/47/rechazos">Leer el artículo '
            "completo</a> · "
            '<a href="https://disenoinstruccionalhoy.example.es/47/plantillas">Plantillas</a> · '
            '<a href="https://disenoinstruccionalhoy.example.es/agenda">Agenda</a></p>'
            '<p style="font-size:11px;color:#777">Recibes este boletín porque te suscribiste en '
            'disenoinstruccionalhoy.example.es. <a href="https://disenoinstruccionalhoy.example.es'
            '/baja/mch77">Baja</a></p>',
            title="Diseño Instruccional Hoy 47",
        ),
    ),
    dict(
        name="blog_diez_preguntas_entrevista", kind="other", lang="es",
        date="2026-03-02 18:45 +0100",
        frm=("Carrera Docente", "newsletter@carreradocente.example.es"),
        to=[CAND],
        subject="Diez preguntas que te harán en una entrevista de diseño instruccional",
        charset="iso-8859-1", cte="quoted-printable",
        subj_enc=("iso-8859-1", "Q"),
        headers=[
            ("List-Id", "Carrera Docente <posts.carreradocente.example.es>"),
            ("List-Unsubscribe", "<mailto:baja@carreradocente.example.es>"),
        ],
        text="""NUEVO ARTÍCULO EN CARRERA DOCENTE

Diez preguntas que te harán en una entrevista de diseño instruccional

Si vienes del aula, la entrevista para tu primer puesto de diseño instruccional se parece poco
a una oposición. No te preguntarán por la LOMLOE: te pedirán que expliques una decisión.

1. Cuéntanos un módulo que hayas diseñado de principio a fin.
2. ¿Cómo mides si una actividad ha funcionado?
3. ¿Qué harías si el experto en la materia no te da el contenido a tiempo?
4. ¿Has trabajado con ADDIE, SAM o algún otro modelo?
5. ¿Qué herramienta de autor conoces mejor?
6. Enséñanos tu portafolio: ¿qué cambiarías hoy?
7. ¿Cómo adaptas un curso para personas adultas?
8. ¿Cuál ha sido tu mayor error en un proyecto?
9. ¿Cómo trabajas la accesibilidad?
10. ¿Por qué dejas la docencia?

La última es la que más duele y la que más se repite. En el artículo completo te damos ideas
para responderla sin pedir perdón por tu trayectoria:
https://carreradocente.example.es/blog/diez-preguntas

Hasta la próxima,
El equipo de Carrera Docente

Para dejar de recibir estos avisos, responde con BAJA.
""",
    ),
    dict(
        name="podcast_aula_abierta", kind="other", lang="es",
        contact="berta.quintana@aulaabiertapodcast.example.es",
        date="2026-03-25 12:10 +0100",
        frm=("Berta Quintana", "berta.quintana@aulaabiertapodcast.example.es"),
        to=[CAND],
        subject="Propuesta de entrevista para el podcast Aula Abierta",
        cte="8bit",
        text="""Hola, Mireia:

Soy Berta Quintana, presento Aula Abierta, un podcast sobre docentes que dan el salto a otros
oficios relacionados con la educación. Leí tu hilo sobre cómo convertiste tus unidades de
Ciencias de 4.º en microcursos y me encantaría entrevistarte para un episodio.

La grabación dura unos 40 minutos, la hacemos en remoto y te mandamos las preguntas antes.
No hace falta preparar nada más. Podríamos grabar cualquier tarde de la semana del 13 de abril.

Si te apetece, respóndeme a este correo y buscamos día.

Un abrazo,
Berta Quintana
Aula Abierta · aulaabiertapodcast.example.es
""",
    ),
    dict(
        name="prensa_diari_del_ter", kind="other", lang="es",
        contact="g.rovira@diaridelter.example.cat",
        date="2026-04-27 10:36 +0200",
        frm=("Gerard Rovira", "g.rovira@diaridelter.example.cat"),
        to=[CAND],
        subject="Entrevista para un reportaje: maestras que se pasan al sector edtech",
        charset="windows-1252", cte="8bit",
        text="""Buenos días, Mireia:

Le escribo desde la sección de Sociedad del Diari del Ter. Estamos preparando un reportaje
sobre maestros y maestras de las comarcas de Girona que están buscando trabajo en empresas de
tecnología educativa, editoriales digitales o departamentos de formación.

Una compañera de su escuela me facilitó su contacto y me comentó que usted está en pleno
proceso. ¿Le importaría que le hiciéramos una entrevista breve? Serían unos 20 minutos por
teléfono, y si lo prefiere podemos no publicar su apellido ni el nombre del centro.

Cerramos el reportaje el 8 de mayo. Quedo a la espera de su respuesta.

Cordialmente,

Gerard Rovira i Pujol
Redactor – Sociedad
Diari del Ter · Carrer de la Força 14, 17004 Girona
Tel. 972 00 41 87
""",
    ),
    dict(
        name="user_research_lingu", kind="other", lang="es",
        contact="ines.ballester@lingu.example.com",
        date="2026-05-06 16:20 +0200",
        frm=("Inés Ballester (Lingu)", "ines.ballester@lingu.example.com"),
        to=[CAND],
        subject="¿Charlamos 30 minutos? Entrevista de investigación con docentes (cheque regalo)",
        subj_enc=("utf-8", "B"),
        text="""Hola Mireia:

Soy Inés, investigadora de experiencia de usuario en Lingu, la app de lectura que usáis en tu
escuela. Estamos entrevistando a docentes de Primaria para entender cómo preparáis las
sesiones de lectura en voz alta y qué os sobra de la app.

No es un proceso de selección ni una venta: es una entrevista de investigación de 30 minutos
por videollamada. Como agradecimiento te enviamos un cheque regalo de 40 € para libros.

Si te interesa, elige un hueco aquí: https://citas.lingu.example.com/investigacion/docentes

¡Gracias!
Inés Ballester
UX Research · Lingu
""",
        html=html_page(
            paras("""Hola Mireia:

Soy Inés, investigadora de experiencia de usuario en Lingu, la app de lectura que usáis en tu
escuela. Estamos entrevistando a docentes de Primaria para entender cómo preparáis las
sesiones de lectura en voz alta y qué os sobra de la app.

No es un proceso de selección ni una venta: es una entrevista de investigación de 30 minutos
por videollamada. Como agradecimiento te enviamos un cheque regalo de 40 € para libros.""")
            + button("Elegir un hueco", "https://citas.lingu.example.com/investigacion/docentes")
            + paras("""¡Gracias!
Inés Ballester
UX Research · Lingu"""),
        ),
    ),
    dict(
        name="paquete_retrasado", kind="other", lang="es",
        date="2026-05-28 19:03 +0200",
        frm=("Envíos Noreste", "no-reply@enviosnoreste.example.es"),
        to=[CAND_BARE],
        subject="Lamentablemente tu envío 4471-GRN llegará con retraso",
        cte="base64",
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Hola,

Lamentablemente, tu envío 4471-GRN no podrá entregarse en la fecha prevista por una
incidencia en nuestro centro de Mollet. La nueva fecha estimada de entrega es el 2 de junio.

No tienes que hacer nada. Si prefieres recogerlo en un punto de conveniencia, puedes cambiar
la entrega aquí: https://enviosnoreste.example.es/seguimiento/4471-GRN

Sentimos las molestias.
Envíos Noreste

Este mensaje se ha generado automáticamente. Por favor, no respondas.
""",
        html=ats_card(
            "Envíos Noreste",
            paras("""Hola,

Lamentablemente, tu envío 4471-GRN no podrá entregarse en la fecha prevista por una
incidencia en nuestro centro de Mollet. La nueva fecha estimada de entrega es el 2 de junio.""")
            + button("Cambiar la entrega",
                     "https://enviosnoreste.example.es/seguimiento/4471-GRN", "#e85d04")
            + paras("Sentimos las molestias.\nEnvíos Noreste"),
            "Este mensaje se ha generado automáticamente. Por favor, no respondas.",
            color="#e85d04",
        ),
    ),
    dict(
        name="localiza_posicion_mochila", kind="other", lang="es",
        date="2026-06-11 14:51 +0200",
        frm=("Localiza+", "notificaciones@localizaplus.example.com"),
        to=[CAND_BARE],
        subject="Nueva posición de «Mochila Mireia»",
        cte="7bit",
        headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
        text="""La etiqueta "Mochila Mireia" ha actualizado su posicion.

Ultima posicion conocida: Placa de la Independencia, Girona
Precision: 12 m
Hora: 14:49 (CEST)

La etiqueta lleva 3 horas en la misma ubicacion. Si no la has dejado alli, activa el modo
perdido desde la app.

Ver en el mapa: https://app.localizaplus.example.com/t/5d19c2

Localiza+ - no respondas a este mensaje.
""",
    ),
    dict(
        name="amiga_rechazo_laia", kind="other", lang="es",
        contact="laia.ferrer.m@correo.example.es",
        date="2026-06-15 22:14 +0200",
        frm=("Laia Ferrer", "laia.ferrer.m@correo.example.es"),
        to=[CAND],
        subject="pues nada, me han dicho que no",
        cte="8bit",
        text="""Mire!!

Te acuerdas de la entrevista con la fundación aquella de Barcelona? Pues hoy me ha llegado el
típico "tras valorar detenidamente tu candidatura hemos decidido seguir con otras personas".
Después de tres entrevistas y una prueba práctica de dos días... me ha sentado fatal.

Bueno, al menos ya sé que la prueba la hice bien porque me lo dijo la técnica por teléfono.
A ver si el viernes nos tomamos algo y me cuentas lo tuyo, que seguro que te va mejor.

Un beso enorme,
Laia
""",
    ),
    dict(
        name="propio_gracias_garbi", kind="other", lang="es",
        id="garbi-thanks", parent="garbi-invite",
        date="2026-01-28 19:12 +0100",
        frm=CAND,
        to=[("Núria Pagès", "nuria.pages@editorialgarbi.example.es")],
        subject="Gracias por la entrevista de ayer",
        cte="8bit",
        headers=[("User-Agent", "Thunderbird 140.2")],
        text=THANKS_GARBI + "\n",
    ),
    dict(
        name="propio_candidatura_tramuntana", kind="other", lang="es",
        id="tramuntana-apply",
        date="2026-08-24 21:05 +0200",
        frm=CAND,
        to=[("Roger Vilà", "roger@tramuntanalearning.example.es")],
        subject="Candidatura: diseñadora de aprendizaje (vuestra publicación en ProRed)",
        text="""Hola Roger:

Vi en ProRed que buscáis a alguien para diseñar los itinerarios de formación de vuestros
clientes del sector turístico. Te escribo directamente porque el formulario de la web me daba
error al subir el portafolio.

Soy maestra de Primaria en Girona desde 2014 y en los dos últimos cursos he coordinado la
digitalización de materiales del ciclo medio. Adjunto mi CV y un enlace al portafolio:
https://mireiach.example.es/portafolio

Puedo incorporarme en septiembre y me encantaría trabajar en un estudio pequeño como el
vuestro.

Gracias por tu tiempo,
Mireia Castellví-Hoang
mireia.ch@example.es · 6** ** ** 31
""",
        pdfs=[dict(filename="CV_Mireia_Castellvi-Hoang.pdf", title="Mireia Castellví-Hoang - CV",
                   lines=["Maestra de Educación Primaria, Girona (2014-2026)",
                          "Coordinadora de digitalización del ciclo medio",
                          "Formación: Grado en Maestro, Postgrado en Tecnología Educativa",
                          "Idiomas: catalán, castellano, inglés C1, francés B2, alemán A2"])],
    ),
    dict(
        name="propio_disculpa_turia", kind="other", lang="es",
        id="turia-apology", parent="turia-missed",
        date="2026-03-16 13:40 +0100",
        frm=CAND,
        to=[("Vicent Ferrandis", "vicent.ferrandis@unturia.example.es")],
        subject="Re: No hemos coincidido en la videollamada de esta mañana",
        cte="8bit",
        text=APOLOGY_TURIA + "\n\n"
        + escribio_es("lun, 16 mar 2026 a las 11:25", "Vicent Ferrandis",
                      "vicent.ferrandis@unturia.example.es") + "\n"
        + quote("""Hola, Mireia:

Te hemos estado esperando en la sala de Teams desde las 11:00 hasta las 11:20, con la
vicerrectora adjunta y con Amparo, de la Unidad de Innovación Docente. No hemos recibido
ningún mensaje tuyo.

¿Ha ocurrido algo? Dime algo cuando puedas.

Vicent""") + "\n",
    ),
    dict(
        name="propio_respuesta_oferta_aulaclara", kind="other", lang="es",
        parent="aulaclara-offer",
        date="2026-03-04 08:02 +0100",
        frm=CAND,
        to=[("Elisenda Mas", "elisenda.mas@aulaclara.example.es")],
        subject="Re: Oferta – Diseñadora instruccional (Aula Clara)",
        text="""Buenos días, Elisenda:

¡Muchísimas gracias! Me hace mucha ilusión. Antes de firmar tengo dos dudas pequeñas:

- La fecha de incorporación: el curso escolar acaba el 19 de junio y me gustaría no dejar a
  mis alumnos a mitad de trimestre. ¿Sería posible empezar el 1 de julio?
- ¿Los dos días de teletrabajo son fijos o se acuerdan con el equipo cada semana?

Te confirmo todo lo demás en cuanto me respondas.

Un abrazo,
Mireia

""" + escribio_es("lun, 2 mar 2026 a las 17:45", "Elisenda Mas", "elisenda.mas@aulaclara.example.es")
        + "\n" + quote("""Hola, Mireia:

Tal como te adelanté por teléfono, nos encantaría que te unieras a Aula Clara como diseñadora
instruccional. Te adjunto la carta de oferta con las condiciones: contrato indefinido, 31.500 €
brutos anuales y dos días de teletrabajo a la semana.

Necesitaríamos tu respuesta antes del 13 de marzo.

Elisenda""") + "\n",
    ),
    dict(
        name="vertice_acercamiento", kind="other", lang="es",
        contact="marta.gil@verticeseleccion.example.es",
        date="2026-04-09 11:48 +0200",
        frm=("Marta Gil | Vértice Selección", "marta.gil@verticeseleccion.example.es"),
        to=[CAND],
        subject="Tu perfil y el mundo del e-learning corporativo",
        text="""Hola Mireia,

Soy consultora en Vértice Selección, una firma especializada en perfiles de formación y
desarrollo. He visto tu perfil y tu portafolio y me ha llamado la atención cómo documentas
tus secuencias didácticas.

Ahora mismo no tengo una vacante concreta que encaje contigo, pero trabajamos con varias
academias corporativas de Barcelona y Valencia que suelen buscar perfiles docentes con ganas
de dar el salto. ¿Te parece que te guarde en el radar y te escriba cuando salga algo?

No hace falta que me mandes nada ahora.

Un saludo,
Marta Gil
Consultora senior · Vértice Selección
Passeig de Gràcia 88, 3.º, 08008 Barcelona · +34 93 000 27 44
""",
    ),
    dict(
        name="banco_cita_gestor", kind="other", lang="es",
        date="2026-04-16 09:00 +0200",
        frm=("Banca Empordà", "avisos@bancaemporda.example.es"),
        to=[CAND_BARE],
        subject="Su gestor le propone una cita para revisar su posición global",
        subj_enc=("iso-8859-1", "B"),
        charset="iso-8859-1", cte="quoted-printable",
        html=html_page(
            "<h3>Banca Empordà</h3>"
            + paras("""Estimada clienta:

Su gestor personal, el Sr. Martí Coll, desea concertar una cita con usted para revisar su
posición global: cuentas, plan de pensiones y la cartera de fondos contratada en 2023.

La entrevista puede realizarse en la oficina de la calle Nou de Girona o por videollamada.
Le proponemos el jueves 23 de abril a las 17:30. Si no le va bien, puede elegir otra fecha
desde la banca en línea, apartado Mis citas.

Este mensaje es informativo. Banca Empordà nunca le pedirá sus claves por correo electrónico.""")
            + '<p><a href="https://www.bancaemporda.example.es/citas">Gestionar mi cita</a></p>',
            title="Cita con su gestor", charset="iso-8859-1",
        ),
    ),
    dict(
        name="casero_perito_humedad", kind="other", lang="es",
        contact="jaume.soler.b@correo.example.es",
        date="2026-04-30 20:31 +0200",
        frm=("Jaume Soler", "jaume.soler.b@correo.example.es"),
        to=[CAND],
        subject="Humedad del baño: la aseguradora ha rechazado el parte",
        cte="8bit",
        text="""Hola Mireia,

Te escribo por lo de la mancha del baño. La aseguradora ha rechazado el parte porque dice que
es una filtración antigua y no un siniestro. Yo no estoy de acuerdo, así que he pedido un
perito independiente.

El perito necesita entrar al piso. Me ha propuesto el martes 5 a las 9:30 o el miércoles 6 a
las 18:00. ¿Cuál te va mejor? Si no estás, puedo ir yo con mis llaves, pero prefiero
avisarte.

Gracias y perdona las molestias,
Jaume
""",
    ),
    dict(
        name="escuela_entrevistas_familias", kind="other", lang="es",
        contact="montse.reixach@escolalesfonts.example.cat",
        date="2026-01-14 15:22 +0100",
        frm=("Montse Reixach (Direcció)", "montse.reixach@escolalesfonts.example.cat"),
        to=[("Claustre Escola Les Fonts", "claustre@escolalesfonts.example.cat")],
        cc=[CAND],
        subject="Calendario de entrevistas con las familias – 2.º trimestre",
        charset="windows-1252", cte="quoted-printable",
        text="""Hola a todos y todas:

Os recordamos que las entrevistas con las familias del segundo trimestre se harán del 2 al
13 de febrero. Cada tutor o tutora debe reservar las franjas en la hoja compartida antes del
viernes 23.

- Mireia (4.º B): por favor, reserva también una entrevista conjunta con la EAP para la
  familia que comentamos en la comisión social.
- Las entrevistas que no puedan hacerse en horario de exclusiva se cambiarán al martes por
  la tarde.

Recordad registrar cada entrevista en el programa de gestión del centro.

Gracias,
Montse Reixach
Directora – Escola Les Fonts
C/ de la Creu 31 · 17002 Girona · 972 00 18 40
""",
        html=outlook_html(mso("""Hola a todos y todas:

Os recordamos que las entrevistas con las familias del segundo trimestre se harán del 2 al
13 de febrero. Cada tutor o tutora debe reservar las franjas en la hoja compartida antes del
viernes 23.

- Mireia (4.º B): por favor, reserva también una entrevista conjunta con la EAP para la
familia que comentamos en la comisión social.
- Las entrevistas que no puedan hacerse en horario de exclusiva se cambiarán al martes por
la tarde.

Recordad registrar cada entrevista en el programa de gestión del centro.

Gracias,
Montse Reixach
Directora – Escola Les Fonts
C/ de la Creu 31 · 17002 Girona · 972 00 18 40"""), charset="windows-1252"),
        headers=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Topic",
                  "Calendario de entrevistas con las familias")],
    ),
    dict(
        name="cap_cita_modificada", kind="other", lang="es",
        date="2026-05-18 08:05 +0200",
        frm=("CAP Girona Centre", "no-reply@capgironacentre.example.cat"),
        to=[CAND_BARE],
        subject="Su cita ha sido modificada",
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Le informamos de que su cita con MEDICINA DE FAMILIA ha sido modificada.

Cita anterior: 20/05/2026, 10:40, consulta 7
Nueva cita:    21/05/2026, 12:20, consulta 4
Profesional:   Dra. Anna Feliu

Si no puede asistir, anúlela desde la app La Meva Salut o llamando al 972 00 55 10 para que
otra persona pueda aprovechar el hueco.

No responda a este mensaje.
""",
    ),
    dict(
        name="fuera_oficina_vertice", kind="other", lang="es",
        contact="marta.gil@verticeseleccion.example.es",
        date="2026-08-03 10:14 +0200",
        frm=("Marta Gil", "marta.gil@verticeseleccion.example.es"),
        to=[CAND],
        subject="Respuesta automática: Mi disponibilidad para septiembre",
        headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                 ("Precedence", "auto_reply")],
        text="""Hola,

Estoy de vacaciones hasta el 24 de agosto, sin acceso al correo. A mi vuelta responderé a tu
mensaje. Si es urgente y tiene que ver con una candidatura en curso, puedes escribir a mi
compañero Oriol Tena (oriol.tena@verticeseleccion.example.es).

Gracias,
Marta Gil · Vértice Selección
""",
    ),
    dict(
        name="prored_visualizaciones", kind="other", lang="es",
        date="2026-05-21 18:00 +0200",
        frm=("ProRed", "notificaciones@prored.example.com"),
        to=[CAND_BARE],
        subject="Mireia, 3 personas han visto tu perfil esta semana",
        cte="base64",
        headers=[
            ("List-Unsubscribe", "<https://prored.example.com/ajustes/notificaciones?t=a91>"),
            ("X-ProRed-Type", "weekly_profile_views"),
        ],
        html=ats_card(
            "ProRed",
            paras("""Hola Mireia:

Tu perfil ha aparecido en 21 búsquedas y 3 personas lo han visto esta semana, entre ellas una
técnica de selección de una editorial de Barcelona.

Empleos que podrían interesarte:
Diseñadora instruccional · Editorial Miramar Digital · Barcelona
Especialista en formación online · Grupo Clínico Sant Roc · Girona
Learning designer · Nórdica Learning · En remoto""")
            + button("Ver empleos", "https://prored.example.com/empleos/recomendados", "#0a66c2"),
            'Has recibido este correo porque tienes las notificaciones activadas. '
            '<a href="https://prored.example.com/ajustes/notificaciones?t=a91">Ajustes</a>',
            color="#0a66c2",
        ),
    ),
    dict(
        name="master_no_admitida", kind="other", lang="es",
        date="2026-07-10 13:30 +0200",
        frm=("Secretaría de Másteres - Universitat de la Costa Brava",
             "noreply@ucbrava.example.es"),
        frm_enc=("iso-8859-1", "Q"),
        to=[CAND],
        subject="Resolución de admisión: Máster en Tecnología Educativa (curso 2026-27)",
        charset="iso-8859-1", cte="quoted-printable",
        text="""Estimada Sra. Castellví-Hoang:

Le comunicamos que, una vez finalizado el proceso de valoración de méritos, su solicitud de
admisión al Máster Universitario en Tecnología Educativa para el curso 2026-27 ha sido
DESESTIMADA por haberse cubierto las plazas disponibles.

Su solicitud ha quedado en la posición 7 de la lista de espera. Si se produce alguna vacante
antes del 15 de septiembre, se le comunicará por esta misma vía.

Contra esta resolución puede interponer recurso de alzada ante el Rectorado en el plazo de un
mes.

Secretaría de Másteres
Universitat de la Costa Brava
""",
    ),
    dict(
        name="beca_curso_denegada", kind="other", lang="es",
        date="2026-02-20 10:10 +0100",
        frm=("Fundación Educa Abierta", "becas@educaabierta.example.org"),
        reply_to=[("", "noreply@educaabierta.example.org")],
        to=[CAND],
        subject="Beca para el curso «Diseño de experiencias de aprendizaje»: no concedida",
        text="""Hola Mireia,

Gracias por solicitar una beca para el curso online «Diseño de experiencias de aprendizaje»
(edición de primavera). Este año hemos recibido 1.240 solicitudes para 60 becas y, por desgracia,
la tuya no ha sido seleccionada.

Puedes inscribirte igualmente con un 30 % de descuento hasta el 6 de marzo con el código
PRIMAVERA30. El curso empieza el 16 de marzo.

Gracias por tu interés,
Equipo de Becas · Fundación Educa Abierta
""",
    ),
    dict(
        name="boletin_flexiplus_ofertas", kind="other", lang="es",
        date="2026-07-13 09:15 +0200",
        frm=("Flexiplus Empleo", "boletin@flexiplus.example.es"),
        to=[CAND_BARE],
        subject="12 ofertas nuevas en Zaragoza y alrededores",
        headers=[
            ("List-Id", "Boletin Flexiplus <boletin.flexiplus.example.es>"),
            ("List-Unsubscribe", "<https://flexiplus.example.es/boletin/baja?id=30021>"),
            ("Precedence", "list"),
        ],
        text="""BOLETÍN FLEXIPLUS · Semana 29

Hola Mireia, estas son las ofertas que encajan con tu registro:

- Formador/a de formadores (sector logístico) · Plaza, Zaragoza · 3 meses
- Técnico/a de formación online · Cuarte de Huerva · indefinido
- Dinamizador/a de cursos de competencias digitales · Huesca · media jornada
- Auxiliar de contenidos e-learning · Zaragoza centro · sustitución

Recuerda: si una empresa te cita para una entrevista a través de Flexiplus, te avisaremos
siempre desde tu consultora asignada, nunca desde este boletín.

Ver todas: https://flexiplus.example.es/ofertas?zona=zaragoza

Baja del boletín: https://flexiplus.example.es/boletin/baja?id=30021
""",
    ),
    dict(
        name="feria_virtual_edtech", kind="other", lang="es",
        date="2026-09-14 11:00 +0200",
        frm=("Feria Virtual Empleo Edtech", "no-reply@feriaedtech.example.es"),
        to=[CAND_BARE],
        subject="Reserva tu entrevista rápida: 28 empresas edtech te esperan el 1 de octubre",
        headers=[
            ("List-Id", "<novedades.feriaedtech.example.es>"),
            ("List-Unsubscribe", "<mailto:baja@feriaedtech.example.es>"),
        ],
        text="""Feria Virtual de Empleo Edtech · 1 de octubre, de 10:00 a 18:00

Este año, además de los stands, podrás reservar entrevistas rápidas de 10 minutos con las
personas de selección de 28 empresas: editoriales, plataformas, academias corporativas y
universidades online.

Las plazas para las entrevistas rápidas son limitadas. Inscríbete gratis:
https://feriaedtech.example.es/inscripcion

Programa de charlas:
10:30 · Del aula al e-learning: tres trayectorias reales
12:00 · Qué mira un reclutador en tu portafolio
16:00 · Cómo responder cuando te dicen que no

Nos vemos online,
Equipo de la Feria Virtual de Empleo Edtech
""",
        html=newsletter_html(
            "Feria Virtual de Empleo Edtech · 1 de octubre",
            "Este año, además de los stands, podrás reservar entrevistas rápidas de 10 minutos "
            "con las personas de selección de 28 empresas.",
            [("Inscríbete gratis", "Las plazas para las entrevistas rápidas son limitadas.",
              "https://feriaedtech.example.es/inscripcion"),
             ("10:30 · Del aula al e-learning", "Tres trayectorias reales.",
              "https://feriaedtech.example.es/programa#1"),
             ("12:00 · Qué mira un reclutador en tu portafolio", "Con dos técnicas de "
              "selección.", "https://feriaedtech.example.es/programa#2"),
             ("16:00 · Cómo responder cuando te dicen que no", "Mesa redonda.",
              "https://feriaedtech.example.es/programa#3")],
            'Recibes este correo porque te registraste en 2025. '
            '<a href="mailto:baja@feriaedtech.example.es">Baja</a>',
            color="#7c3aed",
        ),
    ),
    dict(
        name="propio_solicitud_cesaraugusta", kind="other", lang="es",
        id="cesar-apply",
        date="2026-02-25 22:40 +0100",
        frm=CAND,
        to=[("Bolsa de empleo UCO", "empleo@ucesaraugusta.example.es")],
        subject="Solicitud – Técnico/a de diseño instruccional (ref. PTGAS-DI-04/26)",
        text="""Estimados/as:

Adjunto mi solicitud para la plaza de Técnico/a de diseño instruccional (ref. PTGAS-DI-04/26)
publicada en la sede electrónica el 16 de febrero, junto con el CV y la declaración de
méritos firmada.

Quedo a su disposición para cualquier aclaración.

Atentamente,
Mireia Castellví-Hoang
DNI ***4512**
""",
        pdfs=[dict(filename="Solicitud_PTGAS-DI-04-26.pdf", title="Solicitud de admisión",
                   lines=["Plaza: Técnico/a de diseño instruccional", "Ref. PTGAS-DI-04/26",
                          "Solicitante: Mireia Castellví-Hoang",
                          "Méritos: docencia Primaria (12 años), postgrado en Tecnología "
                          "Educativa"])],
    ),
    dict(
        name="excompa_entrevista_jueves", kind="other", lang="es",
        contact="pol.casademont@correo.example.es",
        date="2026-03-12 21:47 +0100",
        frm=("Pol Casademont", "pol.casademont@correo.example.es"),
        to=[CAND],
        subject="¡¡tengo entrevista!!",
        cte="8bit",
        text="""Mireia!!!

Te lo tenía que contar: ¡me han llamado de la academia de Sabadell para una entrevista el
jueves! Es para el puesto de formador de formadores que te enseñé. Estoy de los nervios.

¿Me dejas tu presentación de la unidad de ecosistemas? Te prometo que no la copio, es para
ver cómo estructurabas las diapositivas.

Gracias, eres la mejor. Luego te cuento.
Pol
""",
    ),
    dict(
        name="prored_mensaje_reclutador", kind="other", lang="es",
        date="2026-06-23 13:04 +0200",
        frm=("ProRed", "mensajes@prored.example.com"),
        to=[CAND_BARE],
        subject="Jorge Lahoz te ha enviado un mensaje",
        headers=[("X-ProRed-Type", "inmail")],
        text="""Jorge Lahoz · Talent Partner en Grupo Clínico Sant Roc

"Hola Mireia, ¿tendrías un momento esta semana para hablar de una posición en nuestro equipo
de formación?..."

Ver mensaje: https://prored.example.com/mensajes/88213

Para responder, accede a ProRed. No respondas a este correo.
""",
        html=ats_card(
            "ProRed",
            '<p><b>Jorge Lahoz</b> · Talent Partner en Grupo Clínico Sant Roc</p>'
            + paras("\"Hola Mireia, ¿tendrías un momento esta semana para hablar de una "
                    "posición en nuestro equipo de formación?...\"")
            + button("Ver mensaje", "https://prored.example.com/mensajes/88213", "#0a66c2"),
            "Para responder, accede a ProRed. No respondas a este correo.",
            color="#0a66c2",
        ),
    ),
    dict(
        name="webinar_entrevistas_competencias", kind="other", lang="es",
        date="2026-02-10 17:30 +0100",
        frm=("Formación Kairós", "newsletter@formacionkairos.example.es"),
        to=[CAND_BARE],
        subject="Webinar gratuito: supera la entrevista por competencias",
        headers=[
            ("List-Id", "Eventos Formacion Kairos <eventos.formacionkairos.example.es>"),
            ("List-Unsubscribe", "<https://formacionkairos.example.es/baja>"),
        ],
        cte="base64",
        html=html_page(
            "<h2>Webinar gratuito · 24 de febrero · 18:30</h2>"
            + paras("""¿Te han convocado alguna vez a una entrevista por competencias y te quedaste
en blanco con el «cuéntame una situación en la que...»?

En este webinar de una hora practicaremos el método STAR con ejemplos del mundo educativo:
cómo contar un conflicto con una familia, un proyecto que salió mal o una evaluación que
tuviste que rediseñar.

Imparte: Clara Benavent, psicóloga del trabajo y responsable de selección durante diez años.""")
            + button("Reservar plaza", "https://formacionkairos.example.es/webinar/star")
            + '<p style="font-size:11px">Formación Kairós · '
            '<a href="https://formacionkairos.example.es/baja">Darse de baja</a></p>',
            title="Webinar",
        ),
    ),
    dict(
        name="fuera_oficina_bruguera", kind="other", lang="es",
        contact="c.bruguera@bruguerasants.example.es",
        date="2026-09-08 07:31 +0200",
        frm=("Carles Bruguera", "c.bruguera@bruguerasants.example.es"),
        to=[CAND],
        subject="Fuera de la oficina / Fora de l'oficina",
        headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        text="""Gracias por su mensaje.

Esta semana estoy en un proceso de evaluación con un cliente y tendré acceso limitado al
correo hasta el viernes 11 de septiembre. Si su consulta tiene relación con una entrevista
ya programada, mi asistente Sílvia Prat le atenderá en el 93 000 61 20.

Carles Bruguera
Socio director · Bruguera & Sants Executive Search
""",
    ),
    dict(
        name="cita_previa_dni", kind="other", lang="es",
        date="2026-09-30 12:12 +0200",
        frm=("Cita Previa DNI", "citaprevia@citadni.example.es"),
        to=[CAND_BARE],
        subject="Confirmación de cita previa – Renovación DNI",
        charset="iso-8859-1", cte="quoted-printable",
        text="""CONFIRMACIÓN DE CITA PREVIA

Trámite: Renovación del DNI
Oficina: Girona - Carrer Sant Pau
Fecha: 14/10/2026
Hora: 09:24
Localizador: QX7-2291

Debe presentarse con 5 minutos de antelación, con el DNI anterior y una fotografía reciente.
Si no puede acudir, anule la cita para liberar el turno.

Este es un mensaje automático. No responda a esta dirección.
""",
    ),
    # ------------------------------------------------------------------ en
    dict(
        name="jobharbor_digest", kind="other", lang="en",
        date="2026-02-16 06:40 +0000",
        frm=("JobHarbor", "alerts@jobharbor.example.com"),
        to=[CAND_BARE],
        subject="New jobs for \"instructional designer\" in Dublin",
        headers=[
            ("List-Unsubscribe", "<https://jobharbor.example.com/unsubscribe?k=q8ff2>"),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
            ("List-Id", "JobHarbor alerts <alerts.jobharbor.example.com>"),
            ("Precedence", "bulk"),
        ],
        text="""6 new jobs match your alert

Instructional Designer (Primary Curriculum) - Liffey Academic Press - Dublin 2
Learning Experience Designer - Kestrel Global Learning - Remote (Ireland)
Junior Learning Designer - Harbourline Learning - Dublin, hybrid
E-learning Developer - Corrib Bank Academy - Dublin 4
Curriculum Writer, Maths - Teachfold - Remote
Education Content Designer - Owlstone EdTech - Dublin

Interview tip of the week: when a recruiter asks "why are you leaving teaching?", answer with
what you are moving towards, not away from.

See all: https://jobharbor.example.com/alerts/q8ff2
Unsubscribe: https://jobharbor.example.com/unsubscribe?k=q8ff2
""",
        html=newsletter_html(
            "6 new jobs match your alert",
            "Instructional designer · Dublin · posted in the last 7 days",
            [("Instructional Designer (Primary Curriculum)", "Liffey Academic Press · Dublin 2",
              "https://jobharbor.example.com/j/55012"),
             ("Learning Experience Designer", "Kestrel Global Learning · Remote (Ireland)",
              "https://jobharbor.example.com/j/55031"),
             ("Junior Learning Designer", "Harbourline Learning · Dublin, hybrid",
              "https://jobharbor.example.com/j/55040"),
             ("E-learning Developer", "Corrib Bank Academy · Dublin 4",
              "https://jobharbor.example.com/j/55044"),
             ("Curriculum Writer, Maths", "Teachfold · Remote",
              "https://jobharbor.example.com/j/55047"),
             ("Education Content Designer", "Owlstone EdTech · Dublin",
              "https://jobharbor.example.com/j/55052")],
            'Interview tip: answer "why are you leaving teaching?" with what you are moving '
            'towards. <a href="https://jobharbor.example.com/unsubscribe?k=q8ff2">Unsubscribe</a>',
            lang="en", color="#1d4ed8",
        ),
    ),
    dict(
        name="ld_brief_rejections", kind="other", lang="en",
        date="2026-03-19 09:00 +0000",
        frm=("The L&D Brief", "newsletter@ldbrief.example.com"),
        to=[CAND_BARE],
        subject="The L&D Brief #112: why strong candidates get rejected",
        headers=[
            ("List-Id", "The L&D Brief <weekly.ldbrief.example.com>"),
            ("List-Unsubscribe", "<https://ldbrief.example.com/u/2b7>"),
            ("List-Post", "NO"),
        ],
        text="""THE L&D BRIEF · Issue 112

WHY STRONG CANDIDATES GET REJECTED
We asked nine hiring managers in learning & development why they turned down candidates they
actually liked. The top answers: the role was frozen after the interviews, an internal
candidate appeared late, and portfolios that showed slides instead of decisions.

"We regret to inform you" rarely means "you were bad". Read the full piece:
https://ldbrief.example.com/112/rejected

ALSO THIS WEEK
- Panel interviews: who is actually deciding?
- Three open roles we liked (Dublin, Munich, remote)
- Tool review: branching scenarios without code

You are receiving this because you subscribed at ldbrief.example.com.
Unsubscribe: https://ldbrief.example.com/u/2b7
""",
        html=newsletter_html(
            "The L&D Brief · Issue 112",
            "We asked nine hiring managers in learning & development why they turned down "
            "candidates they actually liked.",
            [("Why strong candidates get rejected", "Frozen roles, late internal candidates "
              "and slide-only portfolios.", "https://ldbrief.example.com/112/rejected"),
             ("Panel interviews: who is actually deciding?", "A field guide.",
              "https://ldbrief.example.com/112/panels"),
             ("Three open roles we liked", "Dublin, Munich, remote.",
              "https://ldbrief.example.com/112/roles")],
            '<a href="https://ldbrief.example.com/u/2b7">Unsubscribe</a>',
            lang="en", color="#b45309",
        ),
    ),
    dict(
        name="blog_classroom_to_course", kind="other", lang="en",
        contact="rowan@designforlearning.example.com",
        date="2026-04-21 16:05 +0100",
        frm=("Rowan at Design for Learning", "rowan@designforlearning.example.com"),
        to=[CAND],
        subject="From classroom to course design: building a portfolio without a client",
        headers=[("List-Id", "<posts.designforlearning.example.com>"),
                 ("List-Unsubscribe", "<https://designforlearning.example.com/leave>")],
        text="""Hi Mireia,

This week's post is for the teachers on this list (there are a lot of you).

The most common question I get is: "How do I show instructional design work if nobody has
hired me to do it yet?" My answer: redesign something you already teach, for an adult
audience, and document every decision.

Pick one lesson. Write the learning objective as a behaviour. Build a short scenario. Test it
with three friends and write down what they got wrong. That is a case study.

The full post has a template and two annotated examples:
https://designforlearning.example.com/posts/classroom-to-course

Rowan
Design for Learning
""",
    ),
    dict(
        name="podcast_edtech_crossroads", kind="other", lang="en",
        contact="dara@edtechcrossroads.example.ie",
        date="2026-06-02 13:17 +0100",
        frm=("Dara Whelan", "dara@edtechcrossroads.example.ie"),
        to=[CAND],
        subject="Guest invitation: EdTech Crossroads podcast",
        text="""Hi Mireia,

I host EdTech Crossroads, a fortnightly podcast about people moving between schools and the
education technology industry. A listener pointed me to your talk at the Girona teachers'
meetup, and I would love to interview you for an episode on bilingual classrooms and design.

Recording is remote, about 45 minutes, and we send questions in advance. We are booking for
late June and early July.

Would you be up for it? Just reply here and I will send a booking link.

Cheers,
Dara Whelan
Host, EdTech Crossroads
""",
    ),
    dict(
        name="user_research_readwell", kind="other", lang="en",
        contact="hannah.k@readwell.example.com",
        date="2026-07-21 15:44 +0100",
        frm=("Hannah Kowalczyk", "hannah.k@readwell.example.com"),
        reply_to=[("Hannah Kowalczyk", "hannah.k@readwell.example.com")],
        to=[CAND],
        subject="Research interview invite - 45 min, €50 voucher",
        text="""Hi Mireia,

Thanks for signing up to the Readwell teacher panel. We are running a round of research
interviews about how primary teachers plan guided reading, and your answers to the screener
fit what we are looking for.

The interview is 45 minutes over video with me and one note-taker. There are no right
answers, and it is not connected to any job or sales conversation. As a thank-you we send a
€50 book voucher.

Pick a slot here: https://readwell.example.com/research/book?p=mch

Best,
Hannah Kowalczyk
Senior UX Researcher, Readwell
""",
        html=html_page(paras("""Hi Mireia,

Thanks for signing up to the Readwell teacher panel. We are running a round of research
interviews about how primary teachers plan guided reading, and your answers to the screener
fit what we are looking for.

The interview is 45 minutes over video with me and one note-taker. There are no right
answers, and it is not connected to any job or sales conversation. As a thank-you we send a
€50 book voucher.""") + button("Pick a slot", "https://readwell.example.com/research/book?p=mch")
            + paras("""Best,
Hannah Kowalczyk
Senior UX Researcher, Readwell"""), lang="en"),
    ),
    dict(
        name="parcel_delayed_paperlane", kind="other", lang="en",
        date="2026-08-12 11:20 +0100",
        frm=("Paperlane Books", "orders-noreply@paperlane.example.co.uk"),
        to=[CAND],
        subject="Unfortunately, your order #PL-302281 is delayed",
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Hello Mireia,

Unfortunately, one item in your order is delayed:

  "Design for How People Learn" (paperback) - now expected 24-27 August

The other item, "Make It Stick", has already been dispatched and will arrive separately.
There is no extra shipping charge.

Track your order: https://paperlane.example.co.uk/orders/PL-302281

Paperlane Books
This mailbox is not monitored.
""",
    ),
    dict(
        name="propio_thanks_kestrel", kind="other", lang="en",
        id="kestrel-thanks", parent="kestrel-ack",
        date="2026-04-14 12:31 +0200",
        frm=CAND,
        to=[("Priya Raman", "priya.raman@kestrellearning.example.com")],
        subject="Thank you - Learning Experience Designer interview",
        text=THANKS_KESTREL + "\n",
        pdfs=[dict(filename="storyboard_fractions_module.pdf", title="Storyboard: Fractions",
                   lines=["Module: Fractions with food (age 9-10)", "Screen 1: hook video",
                          "Screen 2: drag-and-drop pizza slices",
                          "Screen 3: branching feedback"])],
    ),
    dict(
        name="propio_confirm_brightloom", kind="other", lang="en",
        id="brightloom-own", parent="brightloom-move",
        date="2026-02-04 18:20 +0100",
        frm=CAND,
        to=[("Siobhan Walsh", "siobhan.walsh@brightloom.example.ie")],
        subject="Re: Your call with Brightloom Learning has been moved",
        text="""Hi Siobhan,

No problem at all - Friday 6 February at 15:00 Irish time (16:00 here) works for me. I will
use the same Zoom link.

Thanks for letting me know,
Mireia

""" + wrote_en("Wed, 4 Feb 2026 at 12:05", "Siobhan Walsh", "siobhan.walsh@brightloom.example.ie")
        + "\n" + quote("""Hi Mireia,

Our hiring manager has a clash on Thursday, so we have moved your call to Friday 6 February,
15:00 Irish time. Same Zoom link. Let me know if that is a problem.

Siobhan""") + "\n",
    ),
    dict(
        name="harlow_reed_approach", kind="other", lang="en",
        contact="tom.byrne@harlowreed.example.ie",
        date="2026-05-14 10:02 +0100",
        frm=("Tom Byrne", "tom.byrne@harlowreed.example.ie"),
        to=[CAND],
        subject="Learning design market in Dublin - quick intro",
        text="""Hi Mireia,

I run the learning & development desk at Harlow Reed Talent in Dublin. I noticed you have
been looking at roles here and wanted to introduce myself.

Nothing specific to pitch right now. We place instructional designers with banks, software
firms and a few publishers, and teachers with bilingual experience do well with our clients.
If you ever want a frank view on salaries or which firms sponsor relocation, I am happy to
have a coffee over Teams.

All the best,
Tom Byrne
Principal Consultant, Harlow Reed Talent
14 Fitzwilliam Place, Dublin 2 · +353 1 000 4471
""",
    ),
    dict(
        name="ooo_siobhan_brightloom", kind="other", lang="en",
        contact="siobhan.walsh@brightloom.example.ie",
        parent="brightloom-own",
        date="2026-02-04 17:21 +0000",
        frm=("Siobhan Walsh", "siobhan.walsh@brightloom.example.ie"),
        to=[CAND],
        subject="Automatic reply: Re: Your call with Brightloom Learning has been moved",
        headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        text="""Thanks for your email. I am out of the office until Thursday 5 February with
limited access to email. I will reply when I am back.

For anything urgent about interviews, please contact talent@brightloom.example.ie.

Siobhan Walsh
Talent Partner, Brightloom Learning
""",
    ),
    dict(
        name="linkfolio_searches", kind="other", lang="en",
        date="2026-06-29 07:15 +0100",
        frm=("Linkfolio", "notify@linkfolio.example.com"),
        to=[CAND_BARE],
        subject="You appeared in 14 searches this week",
        headers=[("List-Unsubscribe", "<https://linkfolio.example.com/settings/email>")],
        text="""Hi Mireia,

You appeared in 14 searches this week.
Searchers worked at: Corrib Bank, Teachfold, Harlow Reed Talent

Recommended for you:
- Instructional Designer, Corrib Bank Academy (Dublin) - 38 applicants
- Learning Designer, Harbourline Learning (Dublin) - Easy apply

Your profile is 80% complete. Add a featured project to stand out.

Manage notifications: https://linkfolio.example.com/settings/email
""",
    ),
    dict(
        name="postgrad_place_refused", kind="other", lang="en",
        date="2026-06-05 14:00 +0100",
        frm=("Dunmore College Admissions", "admissions-noreply@dunmore.example.ie"),
        to=[CAND],
        subject="Your application: Postgraduate Certificate in Digital Learning Design",
        html=html_page(paras("""Dear Mireia,

Thank you for applying to the Postgraduate Certificate in Digital Learning Design (part-time,
online) starting in September 2026.

We received a very large number of applications this year and, after careful review, we are
unable to offer you a place on the programme. This decision relates only to the capacity of
the course.

You are welcome to apply again for the January 2027 intake, and your documents will be kept
on file for twelve months.

Yours sincerely,
Admissions Office
Dunmore College Dublin"""), lang="en"),
    ),
    dict(
        name="friend_aoife_rejected", kind="other", lang="en",
        contact="aoife.nic@mailbox.example.ie",
        date="2026-07-02 23:05 +0100",
        frm=("Aoife Ní Chonaill", "aoife.nic@mailbox.example.ie"),
        frm_enc=("iso-8859-1", "Q"),
        to=[CAND],
        subject="well that's that",
        text="""Hiya Mireia,

Remember the curriculum job at the museum I was so excited about? Got the "after careful
consideration we will not be progressing your application" email this afternoon. Three
rounds and a presentation! Honestly, I think they had an internal person lined up from day
one.

Anyway, enough moaning. How did your call with the bank go? Tell me everything.

Aoife x
""",
    ),
    dict(
        name="friend_fwd_posting", kind="other", lang="en",
        contact="cian.oleary@mailbox.example.ie",
        date="2026-09-15 19:40 +0100",
        frm=("Cian O'Leary", "cian.oleary@mailbox.example.ie"),
        to=[CAND],
        subject="Fwd: Learning Designer (Spanish speaker) - Harbourline",
        text="""Saw this in our internal newsletter and thought of you straight away. The team
is lovely, I sit two desks away from them. Happy to pass your CV to the hiring manager.

C.

""" + forward_block("en", "Harbourline People Team <people@harbourline.example.ie>",
                    "Mon, 14 Sep 2026 at 09:12", "Learning Designer (Spanish speaker)",
                    "all-staff@harbourline.example.ie") + """

Hi all,

We are hiring a Learning Designer with fluent Spanish to build onboarding courses for our
Latin American customers. Referrals earn the usual bonus. Details on the intranet.

People Team
""",
    ),
    # ------------------------------------------------------------------ fr
    dict(
        name="lettre_ingenierie_pedagogique", kind="other", lang="fr",
        date="2026-03-06 07:30 +0100",
        frm=("La Lettre de l'Ingénierie Pédagogique", "newsletter@ingenierie-peda.example.fr"),
        frm_enc=("utf-8", "B"),
        to=[CAND_BARE],
        subject="Lettre n°58 : réussir l'entretien, accepter le refus",
        cte="base64",
        headers=[
            ("List-Id", "Lettre IP <lettre.ingenierie-peda.example.fr>"),
            ("List-Unsubscribe", "<https://ingenierie-peda.example.fr/desinscription?c=58>"),
        ],
        text="""LA LETTRE DE L'INGÉNIERIE PÉDAGOGIQUE · n°58

Au sommaire ce mois-ci :

1. Réussir l'entretien de recrutement quand on vient de l'enseignement
   Trois conceptrices pédagogiques racontent leur premier entretien et ce qu'elles feraient
   autrement.

2. « Nous ne donnerons pas suite » : comment accueillir un refus et demander un retour utile.

3. Offres du mois : Toulouse, Montpellier, Genève et télétravail.

Lire la lettre en ligne : https://ingenierie-peda.example.fr/lettre/58

Se désinscrire : https://ingenierie-peda.example.fr/desinscription?c=58
""",
    ),
    dict(
        name="propre_candidature_skolaris", kind="other", lang="fr",
        id="skolaris-own",
        date="2026-09-07 20:15 +0200",
        frm=CAND,
        to=[("Équipe Skolaris", "bonjour@skolaris.example.fr")],
        to_enc=("utf-8", "Q"),
        subject="Candidature spontanée – conceptrice pédagogique (primaire)",
        text="""Bonjour,

Enseignante en école primaire à Gérone depuis douze ans, je souhaite rejoindre une équipe de
conception de ressources numériques. Votre application de lecture pour le CP et le CE1 est
utilisée dans plusieurs écoles françaises de Catalogne, et je l'ai moi-même testée avec mes
élèves en classe bilingue.

Je vous adresse donc ma candidature spontanée et je viens également de postuler à l'offre de
conceptrice pédagogique publiée sur votre site.

Vous trouverez mon portfolio ici : https://mireiach.example.es/portfolio-fr

Je vous prie d'agréer mes salutations distinguées.

Mireia Castellví-Hoang
""",
    ),
    dict(
        name="location_reservation_refusee", kind="other", lang="fr",
        date="2026-03-18 09:41 +0100",
        frm=("Séjours Garonne", "ne-pas-repondre@sejoursgaronne.example.fr"),
        to=[CAND],
        subject="Votre demande de réservation a été refusée",
        charset="iso-8859-1", cte="quoted-printable",
        subj_enc=("iso-8859-1", "Q"),
        text="""Bonjour Mireia,

Malheureusement, l'hôte du logement « Studio lumineux près des Carmes » a refusé votre
demande de réservation pour les nuits du 23 au 25 mars 2026. Aucun montant n'a été débité.

Voici trois logements similaires disponibles à ces dates dans le centre de Toulouse :
https://sejoursgaronne.example.fr/recherche?ville=toulouse&du=2026-03-23&au=2026-03-25

À bientôt,
L'équipe Séjours Garonne

Merci de ne pas répondre à ce message automatique.
""",
    ),
    dict(
        name="absence_leman_rh", kind="other", lang="fr",
        contact="claire.rochat@fondation-leman.example.ch",
        date="2026-04-21 08:03 +0200",
        frm=("Claire Rochat", "claire.rochat@fondation-leman.example.ch"),
        to=[CAND],
        subject="Réponse automatique : Nouvel horaire de l'entretien",
        headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        text="""Bonjour,

Je suis absente du bureau jusqu'au lundi 27 avril inclus. Les messages ne sont pas transférés.

Pour les questions urgentes concernant un recrutement en cours, merci de contacter
rh@fondation-leman.example.ch.

Claire Rochat
Responsable RH · Fondation Léman Éducation
""",
    ),
    # ------------------------------------------------------------------ de
    dict(
        name="stellenradar_muenchen", kind="other", lang="de",
        date="2026-05-04 06:00 +0200",
        frm=("StellenRadar München", "newsletter@stellenradar.example.de"),
        to=[CAND_BARE],
        subject="Ihr StellenRadar: 7 neue Jobs als Instructional Designer in München",
        headers=[
            ("List-Id", "StellenRadar Newsletter <newsletter.stellenradar.example.de>"),
            ("List-Unsubscribe", "<https://stellenradar.example.de/abmelden?t=m7a>"),
            ("Precedence", "bulk"),
        ],
        text="""Guten Morgen,

seit Ihrer letzten Suche gibt es 7 neue Stellen:

* Instructional Designer (m/w/d) – Lernwerk Isar – München-Sendling
* Referent*in Digitale Lernformate – Brenner Akademie – München
* Junior E-Learning-Autor*in – Verlag Alpenrose – Freising
* Mediendidaktiker*in (Teilzeit) – Stiftung Lernbrücke – München

Ratgeber: Absage nach dem Vorstellungsgespräch – so fragen Sie nach Feedback
https://stellenradar.example.de/ratgeber/absage-feedback

Alle Treffer: https://stellenradar.example.de/suche/8812
Abmelden: https://stellenradar.example.de/abmelden?t=m7a
""",
        html=newsletter_html(
            "7 neue Jobs für Sie",
            "Seit Ihrer letzten Suche gibt es 7 neue Stellen.",
            [("Instructional Designer (m/w/d)", "Lernwerk Isar · München-Sendling",
              "https://stellenradar.example.de/j/1"),
             ("Referent*in Digitale Lernformate", "Brenner Akademie · München",
              "https://stellenradar.example.de/j/2"),
             ("Junior E-Learning-Autor*in", "Verlag Alpenrose · Freising",
              "https://stellenradar.example.de/j/3"),
             ("Ratgeber: Absage nach dem Vorstellungsgespräch", "So fragen Sie nach Feedback.",
              "https://stellenradar.example.de/ratgeber/absage-feedback")],
            '<a href="https://stellenradar.example.de/abmelden?t=m7a">Abmelden</a>',
            lang="de", color="#be123c",
        ),
    ),
    dict(
        name="sprachschule_kurs_voll", kind="other", lang="de",
        contact="petra.wimmer@sprachforum-isar.example.de",
        date="2026-08-25 14:26 +0200",
        frm=("Petra Wimmer – Sprachforum Isar", "petra.wimmer@sprachforum-isar.example.de"),
        to=[CAND],
        subject="Ihre Anmeldung zum Intensivkurs Deutsch B1.2",
        charset="iso-8859-1", cte="quoted-printable",
        text="""Sehr geehrte Frau Castellví-Hoang,

vielen Dank für Ihre Anmeldung zum Intensivkurs Deutsch B1.2 (Abendkurs, ab 14. September).

Leider ist der Kurs bereits ausgebucht, und wir können Ihnen keinen Platz mehr anbieten. Wir
haben Sie auf die Warteliste gesetzt (Platz 3). Alternativ gibt es noch freie Plätze im
Online-Kurs am Samstagvormittag.

Für den Einstufungstest müssen Sie nicht noch einmal kommen, Ihr Ergebnis (B1) bleibt ein
Jahr gültig.

Mit freundlichen Grüßen
Petra Wimmer
Kursbüro · Sprachforum Isar
Lindwurmstraße 52, 80337 München
""",
    ),
    dict(
        name="abwesenheit_lernwerk", kind="other", lang="de",
        contact="jonas.brandl@lernwerk-isar.example.de",
        date="2026-02-17 09:12 +0100",
        frm=("Jonas Brandl", "jonas.brandl@lernwerk-isar.example.de"),
        to=[CAND],
        subject="Abwesenheitsnotiz: AW: Unser Termin am Montag",
        headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        text="""Guten Tag,

ich bin bis einschließlich 20. Februar nicht im Büro und habe keinen Zugriff auf meine
E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an jobs@lernwerk-isar.example.de.

Viele Grüße
Jonas Brandl
Talent Acquisition · Lernwerk Isar
""",
    ),
    dict(
        name="wohnung_absage_hausverwaltung", kind="other", lang="de",
        contact="s.hackl@hausverwaltung-hackl.example.de",
        date="2026-09-09 16:48 +0200",
        frm=("Sabine Hackl", "s.hackl@hausverwaltung-hackl.example.de"),
        to=[CAND],
        subject="Ihre Bewerbung für die Wohnung Ainmillerstraße 7",
        charset="windows-1252", cte="quoted-printable",
        text="""Sehr geehrte Frau Castellví-Hoang,

vielen Dank für Ihr Interesse an der 2-Zimmer-Wohnung in der Ainmillerstraße 7 und für Ihre
vollständigen Unterlagen.

Leider müssen wir Ihnen mitteilen, dass sich die Eigentümerin für andere Mietinteressenten
entschieden hat. Da Sie noch keinen Arbeitsvertrag in München vorlegen konnten, kam Ihre
Bewerbung diesmal nicht in die engere Wahl.

Gerne informieren wir Sie über weitere Wohnungen – bitte antworten Sie kurz auf diese E-Mail,
wenn Sie in unserem Verteiler bleiben möchten.

Mit freundlichen Grüßen
Sabine Hackl
Hausverwaltung Hackl · Kurfürstenstraße 19 · 80801 München
Tel. 089 000 312 40
""",
    ),
]

