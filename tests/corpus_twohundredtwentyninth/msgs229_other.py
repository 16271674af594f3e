# ruff: noqa: C408
"""Corpus 229, kind other: 52 hand-written messages (es 29, en 13, fr 4, de 6).

Digests, advice, press and research requests, parcels, friends, bank/landlord/school/doctor
mail, out-of-office replies, notifications, refused course places and the candidate's own
sent mail (always `other`)."""

from __future__ import annotations

from msgs229_common import (
    AUTO,
    AUTO_REPLY,
    CANDIDATE_SIG_EN,
    CANDIDATE_SIG_ES,
    ME,
    eml,
    forward,
    list_headers,
    newsletter_html,
    pdf,
    reply,
)
from msgs229_rejections import MESSAGES as _REJECTIONS

OTHER = "other"

RAQUEL = ("Raquel Lanuza", "raquel.lanuza@almacenescierzo.example.es")
PILAR = ("Pilar Aznar", "pilar.aznar@lenceriaalba.example.es")
LOLA = ("Lola Benavente", "lola.benavente@joyeriaalmudena.example.es")
SOPHIE = ("Sophie Grant", "sophie.grant@hartwellfinch.example.co.uk")
TOM = ("Tom Whitlock", "tom.whitlock@pembertons.example.co.uk")
JULIEN = ("Julien Marty", "julien.marty@maisoncapitole.example.fr")
SABINE = ("Sabine Kächele", "sabine.kaechele@koenigsbau-kaufhaus.example.de")
ROSA = ("Rosa Elduque", "rosa.elduque@example.es")
INES = ("Inés Villalba", "ines.villalba@altamira-search.example.es")

_CV = pdf("CV_Ingrid_Achebe-Moreno.pdf", [
    "Ingrid Achebe-Moreno - Curriculum Vitae",
    "Zaragoza - ingrid.am@example.es - +34 676 412 908",
    "2014-2026  Peluquera y responsable de stock, Salón Goya (Zaragoza)",
    "2024-2025  Curso de Gestión de Compras y Aprovisionamiento",
    "Idiomas: español (nativo), inglés (C1), francés (B1), alemán (A2)",
], title="CV Ingrid Achebe-Moreno")

_CV_EN = pdf("CV_Ingrid_Achebe-Moreno_EN.pdf", [
    "Ingrid Achebe-Moreno - CV",
    "Zaragoza, Spain - ingrid.am@example.es - +34 676 412 908",
    "2014-2026  Senior Hairdresser and Stock Manager, Salon Goya, Zaragoza",
    "2024-2025  Certificate in Purchasing and Supply Management",
    "Languages: Spanish (native), English (C1), French (B1), German (A2)",
], title="CV Ingrid Achebe-Moreno")

_MONCAYO = next(m for m in _REJECTIONS if m["slug"] == "moncayo_smartrecruiters_formal")

MESSAGES = [
    # ========================================================== candidate's own mail ======
    dict(
        kind=OTHER, slug="own_thanks_cierzo", lang="es", company="", contact="",
        key="cierzo-thanks", parent="cierzo-resch",
        frm=ME, to=[RAQUEL], cc=[("Álvaro Nasarre", "alvaro.nasarre@almacenescierzo.example.es")],
        subject="Gracias por la entrevista",
        date="2026-02-24 19:40 +0100",
        text=f"""Hola Raquel:

Gracias a Álvaro y a ti por la entrevista de hoy. Salí con muchas ganas de trabajar con el equipo de perfumería.

Un saludo,
Ingrid

--
{CANDIDATE_SIG_ES}""",
    ),
    dict(
        kind=OTHER, slug="own_reply_to_cierzo_offer", lang="es", company="", contact="",
        key="cierzo-own-offer-reply", parent="cierzo-offer",
        frm=ME, to=[RAQUEL],
        subject="Re: Propuesta de incorporación - Compradora junior cosmética",
        date="2026-03-06 08:55 +0100",
        text=reply(
            """Hola Raquel:

¡Muchísimas gracias! Me hace mucha ilusión.

Antes de contestaros, ¿podríamos hablar de dos cosas? La primera, qué posibilidades reales hay de continuidad al terminar la sustitución; la segunda, si sería posible incorporarme el 13 de abril en lugar del 6, para dejar bien cerrado el salón.

¿Te llamo esta tarde?

Ingrid""",
            "es", "jue, 5 mar 2026 a las 13:15", RAQUEL,
            """¡Enhorabuena! Después de la entrevista del día 24, el equipo de compras de perfumería ha decidido ofrecerte el puesto de Compradora junior de cosmética.

Te adjunto la carta con las condiciones: contrato de sustitución de seis meses con posibilidad de continuidad, jornada completa, 23.500 € brutos anuales y incorporación el 6 de abril."""),
        cte="8bit",
    ),
    dict(
        kind=OTHER, slug="own_application_hogar_estilo", lang="es", company="", contact="",
        key="hea-app",
        frm=ME, to=[("Selección Hogar Estilo", "seleccion@hogarestilo.example.es")],
        subject="Candidatura Compradora de textil hogar - Ingrid Achebe-Moreno",
        date="2026-01-09 20:52 +0100",
        text="""Buenas tardes:

Os envío mi candidatura para el puesto de Compradora de textil hogar publicado en vuestra web. Adjunto mi CV y una carta de presentación.

Quedo a vuestra disposición.

Ingrid Achebe-Moreno""",
        attach=[_CV, pdf("Carta_presentacion_Ingrid_Achebe-Moreno.pdf", [
            "Carta de presentación",
            "A la atención del equipo de Selección de Hogar Estilo Aragón",
            "Doce años en peluquería me han enseñado qué compran las clientas y por qué.",
            "Ingrid Achebe-Moreno",
        ], title="Carta de presentación")],
    ),
    dict(
        kind=OTHER, slug="own_reschedule_request_lenceria", lang="es", company="", contact="",
        key="la-req", parent="la-inv",
        frm=ME, to=[PILAR],
        subject="Llamada del martes",
        date="2026-09-23 08:41 +0200",
        text=reply(
            """Hola Pilar:

Muchas gracias por acordaros de mí. El martes a las 17:00 estoy en el salón con clientas hasta tarde; ¿sería posible hacer la llamada el miércoles a mediodía?

Un saludo,
Ingrid""",
            "es", "mar, 22 sept 2026 a las 17:45", PILAR,
            """Recupero este hilo porque en enero no pudimos contar contigo, pero ahora tenemos algo que encaja mucho mejor con lo que buscas: se ha abierto una plaza de Compradora Junior para nuestras tres tiendas.

¿Podemos hablar por teléfono el martes 29 a las 17:00?"""),
    ),
    dict(
        kind=OTHER, slug="own_forward_rejection_to_mentor", lang="es", company="", contact="",
        key="fwd-mentor",
        frm=ME, to=[ROSA],
        subject="Fwd: Tu candidatura a Técnico/a de Compras Textil",
        date="2026-02-26 21:30 +0100",
        text="""Rosa, te reenvío la respuesta de Tejidos Moncayo (va adjunta). Es la tercera de este tipo en un mes y ni siquiera me han llamado.

¿Crees que debería cambiar el CV y quitar tanto peso a la peluquería? ¿O presentarme a puestos más de tienda primero? Cuando tengas un rato me dices.

Un beso,
Ingrid""",
        attach=[eml({**_MONCAYO, "key": None, "parent": None})],
    ),
    dict(
        kind=OTHER, slug="own_thanks_almudena", lang="es", company="", contact="",
        key="ja-thanks", parent="ja-resch",
        frm=ME, to=[LOLA],
        subject="Gracias por la segunda entrevista",
        date="2026-06-04 20:11 +0200",
        text="""Hola Lola:

Muchas gracias a Carmen y a ti por el rato de ayer. Me encantó ver el taller y entender cómo elegís las piezas de cada colección. Quedo a vuestra disposición para lo que necesitéis.

Un saludo,
Ingrid Achebe-Moreno""",
        html="auto",
    ),
    dict(
        kind=OTHER, slug="own_thanks_hartwell", lang="en", company="", contact="",
        key="hf-thanks", parent="hf-inv",
        frm=ME, to=[SOPHIE],
        subject="Thank you - Assistant Buyer, Womenswear",
        date="2026-04-22 18:47 +0100",
        text=f"""Dear Sophie,

Thank you for taking the time to speak with me this afternoon about the Assistant Buyer role. I really enjoyed hearing how the womenswear team plans its drops, and I'm even more excited about the role now.

Kind regards,
Ingrid

{CANDIDATE_SIG_EN}""",
    ),
    dict(
        kind=OTHER, slug="own_application_pembertons", lang="en", company="", contact="",
        key="pem-app",
        frm=ME, to=[TOM],
        subject="Application - Buying Assistant (Beauty Hall)",
        date="2026-09-02 21:10 +0100",
        text="""Dear Mr Whitlock,

Please find attached my CV for the Buying Assistant (Beauty Hall) position. After twelve years as a hairdresser and salon stock manager in Zaragoza, I am moving into retail buying and would love to bring my knowledge of haircare and beauty clients to Pemberton's.

Kind regards,
Ingrid Achebe-Moreno""",
        attach=[_CV_EN],
    ),
    dict(
        kind=OTHER, slug="own_confirm_new_slot_capitole", lang="fr", company="", contact="",
        key="cap-own-confirm", parent="cap-resch",
        frm=ME, to=[JULIEN],
        subject="Re: Report de notre rendez-vous du 8 juillet",
        date="2026-07-06 12:02 +0200",
        text=reply(
            """Bonjour Monsieur Marty,

Le vendredi 10 juillet à 11h me convient parfaitement. Je serai au 4 place du Capitole un peu en avance.

Bien cordialement,
Ingrid Achebe-Moreno""",
            "fr", "lun. 6 juil. 2026 à 10:48", JULIEN,
            """Nous vous proposons le vendredi 10 juillet à 11h, toujours au 4 place du Capitole. Pourriez-vous me confirmer que ce nouveau créneau vous convient ?"""),
        charset="iso-8859-1", cte="quoted-printable",
    ),
    dict(
        kind=OTHER, slug="own_apology_koenigsbau", lang="de", company="", contact="",
        key="kb-own-apology", parent="kb-missed",
        frm=ME, to=[SABINE],
        subject="AW: Einladung zum Vorstellungsgespräch – Junior Einkäuferin Damenmode",
        subject_enc=("utf-8", "b"),
        date="2026-06-16 13:05 +0200",
        text=reply(
            """Sehr geehrte Frau Kächele,

es tut mir sehr leid. Ich hatte den Termin versehentlich in spanischer Zeit eingetragen und war erst um 11:00 Uhr bereit. Das ist mir sehr unangenehm.

Falls Sie mir noch eine Chance geben möchten, bin ich diese Woche jederzeit erreichbar.

Mit freundlichen Grüßen
Ingrid Achebe-Moreno""",
            "de", "16.06.2026 um 10:40", SABINE,
            """wir haben heute ab 10:00 Uhr auf Teams auf Sie gewartet, Sie haben sich aber leider nicht eingewählt. Auch telefonisch konnten wir Sie nicht erreichen."""),
    ),
    # ================================================================ es, others ==========
    dict(
        kind=OTHER, slug="alertas_empleo_ebro_digest", lang="es", company="", contact="",
        frm=("Alertas Empleo Ebro", "alertas@empleoebro.example.es"),
        subject="12 ofertas nuevas para «compradora» en Zaragoza",
        subject_enc=("utf-8", "q"),
        date="2026-01-19 07:00 +0100",
        headers=list_headers("Alertas diarias <alertas.empleoebro.example.es>",
                             "https://empleoebro.example.es/baja?u=ia229", "baja@empleoebro.example.es"),
        text="""Hola Ingrid, estas son las ofertas nuevas que coinciden con tu alerta «compradora» en Zaragoza:

1. Compradora junior moda hombre - Zaragoza - Incorporación inmediata, entrevista en el día
   https://empleoebro.example.es/o/88121
2. Auxiliar de compras cosmética - Zaragoza (Plaza) - Proceso rápido: dos entrevistas
   https://empleoebro.example.es/o/88140
3. Merchandiser de tienda - Utebo - Contrato de campaña
   https://empleoebro.example.es/o/88177
4. Administrativa de compras - Cuarte de Huerva - 30 h/semana
   https://empleoebro.example.es/o/88190

Consejo del día: si no superas una entrevista, pide siempre feedback. Un rechazo bien leído es la mejor preparación para el siguiente proceso.

Gestiona tus alertas: https://empleoebro.example.es/alertas
Darse de baja: https://empleoebro.example.es/baja?u=ia229""",
        html=newsletter_html("Alertas Empleo Ebro", "Hola Ingrid, estas son las ofertas nuevas que coinciden con tu alerta «compradora» en Zaragoza.", [
            ("Compradora junior moda hombre", "Zaragoza · Incorporación inmediata, entrevista en el día", "https://empleoebro.example.es/o/88121"),
            ("Auxiliar de compras cosmética", "Zaragoza (Plaza) · Proceso rápido: dos entrevistas", "https://empleoebro.example.es/o/88140"),
            ("Merchandiser de tienda", "Utebo · Contrato de campaña", "https://empleoebro.example.es/o/88177"),
            ("Administrativa de compras", "Cuarte de Huerva · 30 h/semana", "https://empleoebro.example.es/o/88190"),
        ], "Consejo del día: si no superas una entrevista, pide siempre feedback. Un rechazo bien leído es la mejor preparación para el siguiente proceso.\n\nDarse de baja: https://empleoebro.example.es/baja?u=ia229"),
    ),
    dict(
        kind=OTHER, slug="newsletter_como_afrontar_rechazo", lang="es", company="", contact="",
        frm=("Carrera en Retail", "boletin@carreraretail.example.es"),
        subject="Cómo afrontar un «no» después de la entrevista (y qué hacer el lunes)",
        subject_enc=("utf-8", "b"),
        date="2026-03-22 09:30 +0100",
        headers=list_headers("Boletin Carrera en Retail <boletin.carreraretail.example.es>",
                             "https://carreraretail.example.es/unsubscribe/ia229"),
        html=newsletter_html("Carrera en Retail · Boletín n.º 112", """Esta semana hablamos de algo que nos pasa a todas: el correo que empieza con «Lamentamos comunicarte…».

Hemos preguntado a cinco responsables de selección de moda qué significa de verdad «hemos decidido seguir con otros perfiles», y cuándo merece la pena volver a presentarse a la misma empresa.""", [
            ("Lo que no te dicen en un rechazo", "Cinco seleccionadoras explican qué hay detrás de las frases hechas.", "https://carreraretail.example.es/a/rechazo"),
            ("Tu primera entrevista de compras", "Las tres preguntas de márgenes que siempre caen.", "https://carreraretail.example.es/a/entrevista-compras"),
            ("De la peluquería a la central de compras", "Historias de personas que cambiaron el salón por la oficina.", "https://carreraretail.example.es/a/cambio"),
        ], "Recibes este boletín porque te suscribiste en carreraretail.example.es.\nDarte de baja: https://carreraretail.example.es/unsubscribe/ia229"),
    ),
    dict(
        kind=OTHER, slug="podcast_tijera_y_percha", lang="es", company="",
        contact="dani.cortes@tijerayperchapodcast.example.es",
        frm=("Dani Cortés", "dani.cortes@tijerayperchapodcast.example.es"),
        subject="¿Te animas a una entrevista para el podcast?",
        subject_enc=("utf-8", "q"),
        date="2026-05-14 12:20 +0200",
        text="""Hola Ingrid:

Soy Dani, presento «Tijera y Percha», un podcast sobre oficios de la moda y la belleza. Leí tu publicación sobre pasar de la peluquería a compras y me encantaría hacerte una entrevista para un episodio.

Grabamos en remoto, unos 40 minutos, cuando mejor te venga en junio. No hace falta preparar nada: charlamos sobre tu trayectoria, los procesos de selección y qué te está costando más del cambio.

¿Te apetece? Si me dices que sí, te paso un enlace para que elijas día.

Un abrazo,
Dani Cortés
Tijera y Percha · podcast semanal""",
        html="auto",
    ),
    dict(
        kind=OTHER, slug="tallaya_user_research", lang="es", company="", contact="",
        frm=("Equipo de Investigación TallaYa", "research@tallaya.example.es"),
        reply_to=("TallaYa Research", "research@tallaya.example.es"),
        subject="Te invitamos a una entrevista de 30 minutos (y un vale de 20 €)",
        date="2026-06-29 11:00 +0200",
        headers=AUTO,
        text="""Hola Ingrid:

Estamos rediseñando cómo recomendamos tallas en la app de TallaYa y queremos escuchar a personas que compran moda online a menudo.

¿Te gustaría participar en una entrevista de investigación de 30 minutos por videollamada? No vendemos nada: solo te haremos preguntas sobre cómo eliges talla. Como agradecimiento, te enviaremos un vale de 20 €.

Reserva tu hueco aquí: https://tallaya.example.es/research/agenda

Gracias,
Equipo de Investigación de Usuarios · TallaYa""",
        html="auto",
    ),
    dict(
        kind=OTHER, slug="paqexpress_delayed", lang="es", company="", contact="",
        frm=("PaqExpress", "avisos@paqexpress.example.es"),
        subject="Tu envío 7781 0042 3391 se ha retrasado",
        date="2026-04-08 15:47 +0200",
        headers=AUTO,
        text="""Hola:

Lamentablemente, tu paquete 7781 0042 3391 no ha podido entregarse en la fecha prevista por una incidencia en nuestro centro de Pla-Za.

Nueva fecha estimada de entrega: jueves, 9 de abril, entre las 9:00 y las 14:00.

Puedes cambiar la dirección o elegir un punto de recogida aquí: https://paqexpress.example.es/s/77810042

Sentimos las molestias.
PaqExpress""",
        html="auto",
    ),
    dict(
        kind=OTHER, slug="friend_marta_own_rejection", lang="es", company="",
        contact="marta.lozano88@example.es",
        frm=("Marta Lozano", "marta.lozano88@example.es"),
        subject="Re: ¿Qué tal lo de Huesca?",
        date="2026-02-14 23:10 +0100",
        text=reply(
            """Pues mal, tía 😅 Me han dicho que no. Ayer me llamó la de recursos humanos y me soltó lo típico de que "buscaban un perfil con más experiencia en gestión de equipos". Después de tres entrevistas!

Ya se me pasará. Lo que me fastidia es haber pedido dos días libres para nada.

Y tú qué, ¿te han contestado los de los grandes almacenes? Cuéntame que me animo.

Besos""",
            "es", "vie, 13 feb 2026 a las 19:02", ME,
            """Marta!! ¿Qué tal lo de Huesca? ¿Ya sabes algo de la entrevista final?"""),
        cte="base64",
    ),
    dict(
        kind=OTHER, slug="banco_cita_gestor_posicion", lang="es", company="",
        contact="gestor.lorente@bancopilarica.example.es",
        frm=("Álvaro Lorente - Banco Pilarica", "gestor.lorente@bancopilarica.example.es", ("iso-8859-1", "q")),
        subject="Confirmación de su cita con su gestor",
        subject_enc=("iso-8859-1", "b"),
        date="2026-05-05 09:12 +0200",
        charset="iso-8859-1", cte="quoted-printable",
        text="""Estimada Sra. Achebe-Moreno:

Le confirmo la cita que ha solicitado para revisar su hipoteca y su posición global en la entidad: jueves 7 de mayo a las 13:30 en nuestra oficina de la calle Delicias 41.

En la entrevista repasaremos la posibilidad de amortizar parte del préstamo y la oferta de traspaso de su plan de pensiones. Le ruego traiga su DNI.

Atentamente,
Álvaro Lorente
Gestor de Banca Personal · Banco Pilarica
Oficina 0312 · C/ Delicias 41 · 50017 Zaragoza

Este mensaje es confidencial. Banco Pilarica nunca le pedirá sus claves por correo electrónico.""",
    ),
    dict(
        kind=OTHER, slug="landlord_caldera_visit", lang="es", company="",
        contact="fincas.esteban@example.es",
        frm=("Esteban Gracia", "fincas.esteban@example.es"),
        subject="Visita técnico caldera - piso 3ºB",
        date="2026-10-13 17:22 +0200",
        text="""Hola Ingrid:

Te escribo como administrador del piso. El técnico de la caldera pasará el lunes 19 entre las 10:00 y las 12:00 para la revisión anual. Dice que también hay que cambiar la posición del termo porque no cumple la normativa de ventilación.

Si no vas a estar, déjale la llave al portero o dime y cambiamos la cita.

Gracias,
Esteban Gracia
Administración de Fincas Gracia · 976 55 12 30""",
        cte="8bit",
    ),
    dict(
        kind=OTHER, slug="escuela_negocios_master_sin_plaza", lang="es", company="", contact="",
        frm=("Escuela de Negocios del Ebro - Admisiones", "admisiones@eneb.example.es"),
        subject="Resolución de admisión - Máster en Dirección de Compras",
        date="2026-07-15 13:00 +0200",
        headers=AUTO,
        text="""Estimada Ingrid Achebe-Moreno:

El Comité de Admisiones ha revisado su solicitud para el Máster en Dirección de Compras y Aprovisionamiento (edición octubre 2026).

Lamentamos comunicarle que no ha obtenido plaza en esta convocatoria: el número de solicitudes ha superado ampliamente las 30 plazas disponibles. Su solicitud queda en lista de espera en el puesto 14.

Puede presentarse de nuevo a la convocatoria de febrero sin abonar otra vez las tasas.

Atentamente,
Oficina de Admisiones
Escuela de Negocios del Ebro""",
        html="auto", cte="base64",
    ),
    dict(
        kind=OTHER, slug="centro_salud_cita", lang="es", company="", contact="",
        frm=("Salud Aragón - Citas", "no-reply@citasalud.example.es"),
        subject="Recordatorio de cita: consulta de enfermería",
        date="2026-09-28 08:00 +0200",
        headers=AUTO,
        text="""Recordatorio de cita

Paciente: INGRID ACHEBE MORENO
Centro: Centro de Salud Delicias Sur
Fecha: 30/09/2026 - 09:40
Profesional: Enfermería - consulta 12
Motivo: entrevista clínica de seguimiento y análisis

Si no puede acudir, anule la cita en la app o llamando al 976 76 50 00 para que otra persona pueda aprovecharla.

Este correo es automático. No responda.""",
        cte="8bit",
    ),
    dict(
        kind=OTHER, slug="ooo_nerea_moda_ebro", lang="es", company="",
        contact="nerea.lacasta@modaebro.example.es",
        frm=("Nerea Lacasta", "nerea.lacasta@modaebro.example.es"),
        subject="Respuesta automática: Re: Llamada de preselección - Ayudante de compras",
        subject_enc=("utf-8", "q"),
        date="2026-01-23 18:01 +0100",
        headers=AUTO_REPLY,
        text="""Gracias por tu mensaje.

Estaré fuera de la oficina hasta el lunes 26 de enero, con acceso limitado al correo. Para temas urgentes de selección, escribe a mi compañera Ainhoa en ainhoa.roy@modaebro.example.es.

Nerea Lacasta
Selección · Moda Ebro""",
    ),
    dict(
        kind=OTHER, slug="redpro_profile_searches", lang="es", company="", contact="",
        frm=("RedPro", "notificaciones@redpro.example.com"),
        subject="Ingrid, has aparecido en 14 búsquedas esta semana",
        subject_enc=("utf-8", "q"),
        date="2026-04-27 06:45 +0000",
        headers=[*AUTO, *list_headers("RedPro notificaciones <notif.redpro.example.com>",
                                      "https://redpro.example.com/ajustes/correo", one_click=False)],
        html=newsletter_html("RedPro", "Tu perfil está ganando visibilidad. Una persona de selección de una empresa de moda ha visto tu perfil y otras 13 búsquedas te han encontrado.", [
            ("Mira quién ha visto tu perfil", "Desbloquea la lista completa con RedPro Premium.", "https://redpro.example.com/me/visitas"),
            ("Empleos recomendados: Compradora junior", "8 ofertas nuevas en Zaragoza y Madrid.", "https://redpro.example.com/empleos/recomendados"),
            ("Sofía ha comentado tu publicación", "«¡Mucho ánimo con las entrevistas!»", "https://redpro.example.com/feed/update/9912"),
        ], "Has recibido esta notificación de RedPro. Cambia tus preferencias de correo en https://redpro.example.com/ajustes/correo", color="#0a66c2"),
    ),
    dict(
        kind=OTHER, slug="altamira_cold_approach", lang="es", company="",
        contact="ines.villalba@altamira-search.example.es", key="alt-cold",
        frm=INES,
        subject="Oportunidad en compras de belleza - Madrid",
        date="2026-03-16 10:48 +0100",
        text="""Hola Ingrid:

Me llamo Inés Villalba y soy consultora en Altamira Search, una firma de búsqueda especializada en retail. He visto tu perfil en RedPro y me ha llamado la atención tu paso de la peluquería al área de compras.

Estoy trabajando en una búsqueda confidencial para un grupo de grandes almacenes que quiere reforzar su equipo de compras de belleza en Madrid. No puedo darte aún el nombre del cliente, pero creo que tu conocimiento de producto capilar encaja muy bien.

Si te interesa saber más, contéstame y te cuento los detalles.

Un saludo,
Inés Villalba
Senior Consultant · Altamira Search
Calle de Fortuny 9 · 28010 Madrid · +34 620 118 734""",
        html="auto",
    ),
    dict(
        kind=OTHER, slug="ubicame_position_shared", lang="es", company="", contact="",
        frm=("Ubícame", "avisos@ubicame.example.com", ("utf-8", "b")),
        subject="Tu posición se está compartiendo con «Mamá»",
        subject_enc=("utf-8", "b"),
        date="2026-08-15 20:14 +0200",
        headers=AUTO,
        text="""Hola Ingrid:

Te recordamos que tu posición en tiempo real se está compartiendo con «Mamá» desde hace 7 días.

Última posición enviada: Paseo de la Independencia, Zaragoza (precisión 12 m), hoy a las 20:12.

Si ya no quieres compartir tu ubicación, desactívalo en Ajustes > Compartir posición.

El equipo de Ubícame""",
        html="auto",
    ),
    dict(
        kind=OTHER, slug="trabajoretail_weekly_digest", lang="es", company="", contact="",
        frm=("TrabajoRetail", "empleos@trabajoretail.example.es"),
        subject="Tu resumen semanal: compras y merchandising en Madrid y Barcelona",
        date="2026-06-08 07:30 +0200",
        headers=list_headers("Resumen semanal TrabajoRetail <semanal.trabajoretail.example.es>",
                             "https://trabajoretail.example.es/u/ia229/baja"),
        text="""Resumen semanal para Ingrid

MADRID
- Assistant Buyer Calzado (grandes almacenes) · Proceso: entrevista por videollamada + prueba de Excel
  https://trabajoretail.example.es/e/55201
- Merchandising Planner Belleza · Incorporación en julio
  https://trabajoretail.example.es/e/55218

BARCELONA
- Junior Buyer Ecommerce Hogar · Entrevistas esta semana
  https://trabajoretail.example.es/e/55230
- Auxiliar de Compras Perfumería · Contrato de sustitución
  https://trabajoretail.example.es/e/55244

¿Te han rechazado en algún proceso? En nuestra guía te contamos cómo pedir feedback sin parecer insistente: https://trabajoretail.example.es/guia/feedback

Darte de baja de este resumen: https://trabajoretail.example.es/u/ia229/baja""",
    ),
    dict(
        kind=OTHER, slug="salon_goya_turnos", lang="es", company="",
        contact="merche@salongoya.example.es",
        frm=("Merche - Salón Goya", "merche@salongoya.example.es"),
        subject="Cuadrante semana que viene",
        date="2026-05-22 21:40 +0200",
        text="""Ingrid, te paso el cuadrante de la semana que viene.

Como me dijiste que el martes tienes la entrevista en Madrid, te he cambiado el turno con Lucía: tú entras el miércoles de mañana y ella hace el martes entero. El sábado te toca cerrar.

Y lo de las tintes: ya ha llegado el pedido de los rubios, pero faltan los cobrizos. ¿Puedes llamar tú al distribuidor el lunes?

Merche""",
        cte="quoted-printable",
    ),
    dict(
        kind=OTHER, slug="asociacion_compradores_webinar", lang="es", company="", contact="",
        frm=("Asociación Aragonesa de Compradores de Moda", "agenda@aacm.example.es"),
        subject="Jornada online: cómo superar la entrevista de compras (jueves 18 h)",
        date="2026-09-07 10:00 +0200",
        headers=list_headers("Agenda AACM <agenda.aacm.example.es>",
                             "https://aacm.example.es/baja", "baja@aacm.example.es"),
        html=newsletter_html("Agenda AACM · septiembre", """Querida socia:

Este jueves a las 18:00 celebramos una jornada online gratuita sobre la entrevista de compras: cómo se preparan los casos prácticos, qué preguntas de negociación hacen los grandes almacenes y cómo responder cuando te preguntan por un rechazo anterior.

Plazas limitadas a 80 personas.""", [
            ("Inscríbete en la jornada", "Jueves 10 de septiembre · 18:00 · Zoom", "https://aacm.example.es/eventos/entrevista-compras"),
            ("Bolsa de empleo de socias", "5 ofertas nuevas de compras en Aragón y La Rioja.", "https://aacm.example.es/bolsa"),
        ], "Recibes este correo por ser socia de la AACM.\nBaja: https://aacm.example.es/baja", color="#5b2a86"),
    ),
    dict(
        kind=OTHER, slug="gimnasio_cita_valoracion", lang="es", company="", contact="",
        frm=("Gimnasio Parque Grande", "reservas@gimnasioparquegrande.example.es"),
        subject="Tu cita de valoración física está confirmada",
        subject_enc=("iso-8859-1", "q"),
        date="2026-01-30 19:05 +0100",
        headers=AUTO,
        charset="iso-8859-1", cte="8bit",
        text="""¡Hola Ingrid!

Tu cita de valoración física con nuestro entrenador Hugo está confirmada para el lunes 2 de febrero a las 19:30.

Ven con ropa cómoda. Durante la entrevista inicial te preguntaremos por tus objetivos y posibles lesiones.

Gimnasio Parque Grande · Paseo de Isabel la Católica 8 · Zaragoza""",
    ),
    dict(
        kind=OTHER, slug="retail_aragon_semanal_ofertas", lang="es", company="", contact="",
        frm=("Retail Aragón Semanal", "redaccion@retailaragon.example.es"),
        subject="Rebajas que no arrancan, ofertas agresivas en cosmética y nuevas aperturas",
        date="2026-07-13 06:30 +0200",
        headers=list_headers("Retail Aragon Semanal <semanal.retailaragon.example.es>",
                             "https://retailaragon.example.es/newsletter/baja?id=ia229"),
        text="""RETAIL ARAGÓN SEMANAL · 13 de julio de 2026

1. Rebajas de verano: las cadenas de moda de Zaragoza reconocen que el arranque ha sido flojo. "Lamentablemente el calor no ayuda", dice una directora de tienda.
https://retailaragon.example.es/n/rebajas-2026

2. Guerra de ofertas en cosmética: dos perfumerías rebajan un 30 % los tratamientos solares para no quedarse con stock.
https://retailaragon.example.es/n/ofertas-cosmetica

3. Aperturas: un outlet de calzado riojano abre en Plaza y anuncia 25 puestos de trabajo.
https://retailaragon.example.es/n/aperturas-julio

4. Entrevista: la directora de compras de una cadena aragonesa explica por qué ya no compra a tres meses vista.
https://retailaragon.example.es/n/entrevista-compras

Para dejar de recibir este boletín: https://retailaragon.example.es/newsletter/baja?id=ia229""",
        cte="quoted-printable",
    ),
    dict(
        kind=OTHER, slug="inaem_curso_vm_no_seleccionada", lang="es", company="", contact="",
        frm=("Formación para el Empleo", "formacion@empleoaragon.example.es"),
        subject="Resultado de la selección: curso de Visual Merchandising",
        date="2026-04-21 12:00 +0200",
        headers=AUTO,
        charset="windows-1252", cte="quoted-printable",
        text="""Estimada alumna:

Le comunicamos que, tras la prueba de nivel y la entrevista de selección, no ha sido seleccionada para el curso “Visual Merchandising y escaparatismo” (expediente 26/0417), que comenzará el 4 de mayo.

Su solicitud queda como reserva. Le avisaremos si se produce alguna baja antes del 15 % de las horas lectivas.

Servicio de Formación para el Empleo""",
    ),
    dict(
        kind=OTHER, slug="mentor_rosa_advice", lang="es", company="", contact=ROSA[1],
        key="mentor-reply", parent="fwd-mentor",
        frm=ROSA,
        subject="Re: Fwd: Tu candidatura a Técnico/a de Compras Textil",
        date="2026-02-27 08:15 +0100",
        text=reply(
            """Ingrid, bonita:

Ni se te ocurra quitar la peluquería del CV: es lo que te diferencia. Lo que sí cambiaría es cómo lo cuentas. En vez de "peluquera", pon "responsable de compras y stock del salón" y mete números: proveedores, presupuesto mensual, rotura de stock que evitaste.

Y para las entrevistas, prepárate siempre la pregunta de "¿por qué compras y no tienda?". Si quieres, el domingo la ensayamos en casa con un café.

Un beso,
Rosa""",
            "es", "jue, 26 feb 2026 a las 21:30", ME,
            """Rosa, te reenvío la respuesta de Tejidos Moncayo (va adjunta). Es la tercera de este tipo en un mes y ni siquiera me han llamado."""),
        html="auto",
    ),
    dict(
        kind=OTHER, slug="peluqueria_profesional_newsletter", lang="es", company="", contact="",
        frm=("Peluquería Profesional", "news@peluqueriaprofesional.example.es"),
        subject="Nueva oferta de formación: colorimetría avanzada + bolsa de empleo",
        date="2026-10-05 09:00 +0200",
        headers=list_headers("Peluqueria Profesional <news.peluqueriaprofesional.example.es>",
                             "https://peluqueriaprofesional.example.es/baja/ia229"),
        html=newsletter_html("Peluquería Profesional", "Octubre llega con novedades para el salón.", [
            ("Colorimetría avanzada (online)", "Oferta de lanzamiento: 20 % de descuento hasta el 15 de octubre.", "https://peluqueriaprofesional.example.es/cursos/color"),
            ("Bolsa de empleo", "Se buscan estilistas en Zaragoza, Huesca y Logroño. Entrevistas en noviembre.", "https://peluqueriaprofesional.example.es/empleo"),
            ("Entrevista del mes", "Una colorista que montó su propia marca de tintes cuenta cómo negocia con laboratorios.", "https://peluqueriaprofesional.example.es/entrevista"),
        ], "Baja de la newsletter: https://peluqueriaprofesional.example.es/baja/ia229", color="#a0522d"),
    ),
    dict(
        kind=OTHER, slug="friend_forwards_job_ad", lang="es", company="",
        contact="lucia.m.ferrando@example.es",
        frm=("Lucía Ferrando", "lucia.m.ferrando@example.es"),
        subject="Fwd: Buscamos Buyer Junior - Logroño",
        date="2026-08-20 13:48 +0200",
        text=forward(
            """Mira lo que me ha llegado por el grupo de antiguas alumnas, ¡es para ti! Logroño está a nada en tren.""",
            "es", "Bolsa Antiguas Alumnas <bolsa@antiguasalumnas.example.es>",
            "mié, 19 ago 2026, 18:02", "Buscamos Buyer Junior - Logroño",
            "Lucía Ferrando <lucia.m.ferrando@example.es>",
            """Una empresa de calzado de Logroño busca Buyer Junior para su colección de otoño-invierno. Se valora experiencia en trato con proveedores y en tienda. Enviar CV con la referencia BJ-LOG.

El proceso incluye una entrevista y una jornada en tienda."""),
    ),
    # ================================================================ en, others ==========
    dict(
        kind=OTHER, slug="retailjobs_uk_alert", lang="en", company="", contact="",
        frm=("RetailJobs UK", "alerts@retailjobs.example.co.uk"),
        subject="7 new Assistant Buyer jobs in London",
        date="2026-05-11 06:00 +0100",
        headers=list_headers("Job alerts <alerts.retailjobs.example.co.uk>",
                             "https://retailjobs.example.co.uk/unsubscribe?t=ia229",
                             "unsubscribe@retailjobs.example.co.uk"),
        text="""Your daily job alert: "assistant buyer" in London

- Assistant Buyer, Lingerie - Oxford Circus - Interviews from next week
  https://retailjobs.example.co.uk/j/301922
- Junior Buyer, Kids - King's Cross - Apply by Friday
  https://retailjobs.example.co.uk/j/301930
- Buying Admin Assistant - Wembley - Immediate start
  https://retailjobs.example.co.uk/j/301948

Tip: a rejection isn't the end of the road. Recruiters say 1 in 5 hires had been turned down by the same company before.

Manage alerts: https://retailjobs.example.co.uk/alerts
Unsubscribe: https://retailjobs.example.co.uk/unsubscribe?t=ia229""",
        html=newsletter_html("RetailJobs UK", 'Your daily job alert: "assistant buyer" in London', [
            ("Assistant Buyer, Lingerie", "Oxford Circus - Interviews from next week", "https://retailjobs.example.co.uk/j/301922"),
            ("Junior Buyer, Kids", "King's Cross - Apply by Friday", "https://retailjobs.example.co.uk/j/301930"),
            ("Buying Admin Assistant", "Wembley - Immediate start", "https://retailjobs.example.co.uk/j/301948"),
        ], "Tip: a rejection isn't the end of the road. Recruiters say 1 in 5 hires had been turned down by the same company before.\n\nUnsubscribe: https://retailjobs.example.co.uk/unsubscribe?t=ia229", lang="en"),
    ),
    dict(
        kind=OTHER, slug="buying_brief_handle_rejection", lang="en", company="", contact="",
        frm=("The Buying Brief", "hello@buyingbrief.example.com"),
        subject="How to handle rejection after a final interview",
        date="2026-06-17 07:15 +0100",
        headers=list_headers("The Buying Brief <weekly.buyingbrief.example.com>",
                             "https://buyingbrief.example.com/unsub/ia229"),
        text="""THE BUYING BRIEF - issue 58

This week: the final-round "no".

You made it to the last interview, you sent the thank-you email, and then: "We've decided to move forward with another candidate." Three senior buyers tell us what they wish they'd known when they got that email early in their careers.

1. Ask for one concrete thing. Not "any feedback?", but "what would have made you say yes?"
2. Stay in touch. Second-choice candidates are often first in line when a similar role opens.
3. Don't rewrite your whole CV after one rejection.

Also this week: how to prepare a range review for an assessment centre, and the interview question every beauty buyer gets asked.

Read online: https://buyingbrief.example.com/58
Unsubscribe: https://buyingbrief.example.com/unsub/ia229""",
        cte="7bit",
    ),
    dict(
        kind=OTHER, slug="buyers_edit_press_interview", lang="en", company="",
        contact="georgia.ames@thebuyersedit.example.co.uk",
        frm=("Georgia Ames", "georgia.ames@thebuyersedit.example.co.uk"),
        subject="Interview request - career changers in retail buying",
        date="2026-07-28 14:05 +0100",
        text="""Dear Ingrid,

I'm a features writer at The Buyer's Edit, a trade magazine for fashion and beauty buyers. I'm working on a piece about people who move into buying from customer-facing careers, and a mutual contact at the Aragon buyers' association mentioned your story.

Would you be open to a 20-minute phone interview next week? I'd ask about what drew you to buying, how recruiters reacted to your background and what you'd tell others considering the switch. I'd send you any quotes before publication.

Best wishes,
Georgia Ames
Features Writer, The Buyer's Edit
+44 20 7946 0955""",
        html="auto",
    ),
    dict(
        kind=OTHER, slug="prolink_recruiter_viewed", lang="en", company="", contact="",
        frm=("ProLink", "notifications@prolink.example.com"),
        subject="A recruiter from a beauty company viewed your profile",
        date="2026-05-20 05:02 +0000",
        headers=[*AUTO, ("List-Unsubscribe", "<https://prolink.example.com/settings/email>")],
        html=newsletter_html("ProLink", "Hi Ingrid, you're getting noticed.", [
            ("A recruiter viewed your profile", "Talent Acquisition Partner at a beauty company in London.", "https://prolink.example.com/me/viewers"),
            ("You appeared in 9 searches this week", "Searchers' titles: Recruiter, Buying Manager, Talent Partner.", "https://prolink.example.com/me/search-appearances"),
            ("Jobs you may be interested in", "Assistant Buyer roles near London.", "https://prolink.example.com/jobs"),
        ], "You are receiving ProLink notification emails. Unsubscribe: https://prolink.example.com/settings/email", lang="en", color="#0a66c2"),
    ),
    dict(
        kind=OTHER, slug="ooo_amara_kestrel", lang="en", company="",
        contact="amara.osei@kestrelbeauty.example.co.uk",
        frm=("Amara Osei", "amara.osei@kestrelbeauty.example.co.uk"),
        subject="Automatic reply: Offer of employment - Assistant Buyer, Haircare",
        date="2026-06-15 08:31 +0100",
        headers=AUTO_REPLY,
        text="""Thank you for your email. I'm on annual leave until Monday 22 June with no access to email.

For anything urgent relating to an offer or start date, please contact talent@kestrelbeauty.example.co.uk and a colleague will help.

Amara""",
        cte="7bit",
    ),
    dict(
        kind=OTHER, slug="parcel_delayed_unfortunately", lang="en", company="", contact="",
        frm=("SwiftDrop", "tracking@swiftdrop.example.co.uk"),
        subject="Unfortunately your parcel is delayed",
        date="2026-06-20 16:44 +0100",
        headers=AUTO,
        text="""Hi Ingrid,

Unfortunately your parcel SD-4471-9902 from Kestrel Beauty Shop is delayed due to a sorting problem at our Heathrow hub. We're sorry about this.

New estimated delivery: Tuesday 23 June.

Track your parcel: https://swiftdrop.example.co.uk/t/SD44719902

SwiftDrop Customer Care""",
        html="auto",
    ),
    dict(
        kind=OTHER, slug="ashdown_cold_approach", lang="en", company="",
        contact="will.carver@ashdownsearch.example.co.uk",
        frm=("Will Carver", "will.carver@ashdownsearch.example.co.uk"),
        subject="Your background - quick intro",
        date="2026-10-09 10:10 +0100",
        text="""Hi Ingrid,

I hope you don't mind the direct approach. I'm a headhunter at Ashdown Search, focused on beauty and wellness buying teams across the UK and Europe.

I noticed your move from salon management into buying and it's exactly the profile some of my clients ask about: people who understand the end customer better than the spreadsheet. Nothing specific right now, but I'd like to get to know you so I can think of you when the right brief lands.

Worth a coffee-length call at some point?

Will Carver
Principal, Ashdown Search
+44 7700 900633""",
    ),
    dict(
        kind=OTHER, slug="fitwell_research_interview", lang="en", company="", contact="",
        frm=("Fitwell Research", "research@fitwell.example.com"),
        subject="Join a 45-minute research interview, get a £25 voucher",
        date="2026-08-25 11:30 +0100",
        headers=AUTO,
        html=newsletter_html("Fitwell Research", """Hi Ingrid,

We're talking to people who shop for activewear online to understand how they choose sizes and brands. Would you join a 45-minute research interview over video? There are no right or wrong answers and nothing to sell.

As a thank-you, we'll send a £25 voucher.""", [
            ("Pick an interview slot", "Sessions run 1 to 12 September.", "https://fitwell.example.com/research/book"),
        ], "You are receiving this because you opted in to research invitations in your Fitwell account.", lang="en", color="#2a7f62"),
    ),
    dict(
        kind=OTHER, slug="lct_certificate_unsuccessful", lang="en", company="", contact="",
        frm=("London College of Trade Admissions", "admissions@lct.example.ac.uk"),
        subject="Your application: Retail Buying Certificate (January 2027 intake)",
        date="2026-10-16 12:00 +0100",
        headers=AUTO,
        text="""Dear Ingrid Achebe-Moreno,

Thank you for applying to the Retail Buying Certificate (part-time, online), January 2027 intake.

We regret to inform you that your application has been unsuccessful on this occasion. The programme was heavily oversubscribed and places were allocated to applicants who already hold a UK-recognised qualification in business.

You are welcome to apply again for the September 2027 intake.

Yours sincerely,
Admissions Office
London College of Trade""",
        html="auto",
    ),
    dict(
        kind=OTHER, slug="friend_chloe_own_rejection", lang="en", company="",
        contact="chloe.beaumont@example.co.uk",
        frm=("Chloe Beaumont", "chloe.beaumont@example.co.uk"),
        subject="Re: how did it go??",
        date="2026-06-30 22:48 +0100",
        text=reply(
            """Oh Ingrid, it didn't go my way. They emailed this afternoon: "after careful consideration we will not be progressing your application". After FOUR rounds and a presentation!

I'm gutted but I'll survive. Wine this weekend when you're over? And congrats again on your offer, I'm so proud of you.

C x""",
            "en", "Tue, 30 Jun 2026 at 19:02", ME,
            """Chloe!! How did the final round go?? Tell me everything."""),
        html="auto",
    ),
    dict(
        kind=OTHER, slug="careers_fair_london_newsletter", lang="en", company="", contact="",
        frm=("Retail Careers Fair London", "news@retailcareersfair.example.co.uk"),
        subject="Book your interview slots with exhibitors - 3 October, Olympia",
        date="2026-09-14 09:00 +0100",
        headers=list_headers("Retail Careers Fair <news.retailcareersfair.example.co.uk>",
                             "https://retailcareersfair.example.co.uk/optout/ia229"),
        html=newsletter_html("Retail Careers Fair London", """The fair is three weeks away! This year 40 retailers will hold on-the-spot interviews for buying, merchandising and e-commerce roles.

Slots are limited: reserve yours now, then bring printed CVs on the day.""", [
            ("Reserve interview slots", "Pre-book up to three 15-minute interviews.", "https://retailcareersfair.example.co.uk/slots"),
            ("Workshop: surviving rejection", "Why a no at the fair can be a yes next season.", "https://retailcareersfair.example.co.uk/workshops"),
            ("Exhibitor list", "Department stores, beauty brands and online retailers.", "https://retailcareersfair.example.co.uk/exhibitors"),
        ], "You signed up for updates from Retail Careers Fair London. Opt out: https://retailcareersfair.example.co.uk/optout/ia229", lang="en", color="#c0392b"),
    ),
    # ================================================================ fr, others ==========
    dict(
        kind=OTHER, slug="emploi_occitanie_alertes", lang="fr", company="", contact="",
        frm=("Emploi Occitanie Alertes", "alertes@emploi-occitanie.example.fr"),
        subject="Vos nouvelles offres : assistante achats - Toulouse",
        subject_enc=("utf-8", "q"),
        date="2026-05-26 06:30 +0200",
        headers=list_headers("Alertes Emploi Occitanie <alertes.emploi-occitanie.example.fr>",
                             "https://emploi-occitanie.example.fr/desabonnement?c=ia229"),
        text="""Bonjour Ingrid,

Voici les nouvelles offres correspondant à votre alerte « assistante achats » autour de Toulouse :

- Assistante achats mode enfant - Blagnac - Entretiens dès la semaine prochaine
  https://emploi-occitanie.example.fr/o/77310
- Acheteuse junior cosmétique - Labège - CDI
  https://emploi-occitanie.example.fr/o/77322
- Assistante ADV et achats - Colomiers - Candidature refusée si dossier incomplet
  https://emploi-occitanie.example.fr/o/77341

Gérer mes alertes : https://emploi-occitanie.example.fr/alertes
Se désabonner : https://emploi-occitanie.example.fr/desabonnement?c=ia229""",
        charset="iso-8859-1", cte="quoted-printable",
    ),
    dict(
        kind=OTHER, slug="banque_rdv_conseiller_position", lang="fr", company="", contact="",
        frm=("Banque du Midi", "ne-pas-repondre@banquedumidi.example.fr"),
        subject="Votre rendez-vous avec votre conseiller",
        date="2026-07-16 08:20 +0200",
        headers=AUTO,
        text="""Madame Achebe-Moreno,

Votre rendez-vous téléphonique avec votre conseiller, M. Fabien Soulé, est confirmé le lundi 20 juillet à 17h30. Il s'agit de faire le point sur la position de votre compte en euros et sur l'ouverture d'un compte en France dans le cadre de votre éventuelle installation à Toulouse.

Pour annuler ou déplacer ce rendez-vous, connectez-vous à votre espace client.

Banque du Midi - Ce message est envoyé automatiquement, merci de ne pas y répondre.""",
        html="auto",
    ),
    dict(
        kind=OTHER, slug="ooo_claire_garonne", lang="fr", company="",
        contact="claire.dufau@galeriesgaronne.example.fr",
        frm=("Claire Dufau", "claire.dufau@galeriesgaronne.example.fr"),
        subject="Réponse automatique : absence du bureau",
        subject_enc=("iso-8859-1", "q"),
        date="2026-05-12 09:03 +0200",
        headers=AUTO_REPLY,
        charset="iso-8859-1", cte="8bit",
        text="""Bonjour,

Je suis absente du bureau jusqu'au mercredi 13 mai inclus. Je traiterai votre message à mon retour.

Pour toute question urgente concernant un recrutement, vous pouvez contacter le service RH au 05 61 23 47 00.

Claire Dufau
Galeries Garonne""",
    ),
    # ================================================================ de, others ==========
    dict(
        kind=OTHER, slug="stellenradar_stuttgart_digest", lang="de", company="", contact="",
        frm=("StellenRadar", "jobmail@stellenradar.example.de"),
        subject="5 neue Jobs für „Einkaufsassistenz“ in Stuttgart",
        subject_enc=("utf-8", "b"),
        date="2026-08-24 06:15 +0200",
        headers=list_headers("StellenRadar Jobmail <jobmail.stellenradar.example.de>",
                             "https://stellenradar.example.de/abmelden?id=ia229"),
        html=newsletter_html("StellenRadar", "Guten Morgen Ingrid, hier sind Ihre neuen Treffer für „Einkaufsassistenz“ im Umkreis von 25 km um Stuttgart.", [
            ("Einkaufsassistenz Damenmode (m/w/d)", "Stuttgart-Mitte · Vorstellungsgespräche ab sofort", "https://stellenradar.example.de/j/44120"),
            ("Junior Buyer Beauty (m/w/d)", "Ludwigsburg · Online-Handel", "https://stellenradar.example.de/j/44133"),
            ("Sachbearbeitung Einkauf", "Esslingen · Teilzeit möglich", "https://stellenradar.example.de/j/44139"),
            ("Ratgeber: Absage erhalten?", "So fragen Sie richtig nach Feedback.", "https://stellenradar.example.de/ratgeber/absage"),
        ], "Sie erhalten diese E-Mail, weil Sie einen Suchauftrag angelegt haben. Abmelden: https://stellenradar.example.de/abmelden?id=ia229", lang="de", color="#00577a"),
    ),
    dict(
        kind=OTHER, slug="sprachschule_einstufungsgespraech", lang="de", company="",
        contact="m.yilmaz@sprachschule-schlossplatz.example.de",
        frm=("Melike Yilmaz", "m.yilmaz@sprachschule-schlossplatz.example.de"),
        subject="Ihr Einstufungsgespräch für den Deutschkurs B1",
        subject_enc=("iso-8859-1", "q"),
        date="2026-07-21 11:12 +0200",
        charset="iso-8859-1", cte="quoted-printable",
        text="""Liebe Frau Achebe-Moreno,

vielen Dank für Ihre Anmeldung zum Intensivkurs Deutsch B1 ab September.

Für die Einstufung führen wir mit allen Teilnehmenden ein kurzes Gespräch (ca. 15 Minuten) per Video. Ihr Termin: Donnerstag, 30. Juli, 18:00 Uhr. Den Link schicke ich Ihnen am Vortag.

Herzliche Grüße
Melike Yilmaz
Kursberatung · Sprachschule am Schlossplatz Stuttgart""",
    ),
    dict(
        kind=OTHER, slug="abwesenheit_neckarmode_hr", lang="de", company="",
        contact="j.wagner@neckarmode.example.de",
        frm=("Julia Wagner", "j.wagner@neckarmode.example.de"),
        subject="Abwesenheitsnotiz: Ihre Nachricht",
        date="2026-07-30 10:02 +0200",
        headers=AUTO_REPLY,
        text="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 14. August im Urlaub. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an personal@neckarmode.example.de.

Julia Wagner
Personal · Neckar Mode""",
        cte="quoted-printable",
    ),
    dict(
        kind=OTHER, slug="karriere_tipps_absagen", lang="de", company="", contact="",
        frm=("Karriere-Tipps", "newsletter@karriere-tipps.example.de"),
        subject="Absagen richtig deuten: Was „leider“ wirklich bedeutet",
        subject_enc=("utf-8", "q"),
        date="2026-09-21 07:00 +0200",
        headers=list_headers("Karriere-Tipps Newsletter <news.karriere-tipps.example.de>",
                             "https://karriere-tipps.example.de/abmelden/ia229"),
        text="""KARRIERE-TIPPS · Ausgabe 38

Absagen richtig deuten
Ob „Leider müssen wir Ihnen mitteilen…“ oder „Wir haben uns für andere Bewerber entschieden“: Personalerinnen erklären, welche Formulierungen Standard sind und wann sich eine Nachfrage lohnt.
https://karriere-tipps.example.de/artikel/absagen

Vorstellungsgespräch auf Englisch
Zehn Sätze, die Quereinsteigerinnen im Einkauf sicher beherrschen sollten.
https://karriere-tipps.example.de/artikel/englisch

Newsletter abbestellen: https://karriere-tipps.example.de/abmelden/ia229""",
        html="auto",
    ),
    dict(
        kind=OTHER, slug="hochschule_zertifikat_keine_zulassung", lang="de", company="", contact="",
        frm=("Hochschule Neckar - Weiterbildung", "weiterbildung@hs-neckar.example.de"),
        subject="Bescheid über Ihre Bewerbung: Zertifikatskurs Einkauf und Beschaffung",
        date="2026-09-09 14:30 +0200",
        headers=AUTO,
        charset="windows-1252", cte="base64",
        text="""Sehr geehrte Frau Achebe-Moreno,

wir bedauern, Ihnen mitteilen zu müssen, dass wir Ihnen für den berufsbegleitenden Zertifikatskurs „Einkauf und Beschaffung“ (Wintersemester 2026/27) keinen Studienplatz anbieten können. Die Zahl der Bewerbungen hat die verfügbaren Plätze deutlich überstiegen.

Sie können sich zum Sommersemester 2027 erneut bewerben.

Mit freundlichen Grüßen
Zentrum für Weiterbildung
Hochschule Neckar""",
    ),
]
