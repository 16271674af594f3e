# ruff: noqa: C408, S604  (messages are dict(...) specs; `shell=` names an HTML layout)
"""Corpus 285: the 52 messages of kind `other`, each written by hand (see README.md).

The candidate's own mail, digests and newsletters, advice articles, notifications, people
using interview / appointment / position words in another sense, out-of-office replies and
refused places on courses.
"""

from __future__ import annotations

from msgs285_common import (
    CAND,
    digest_text,
    forward_block,
    newsletter,
    when,
)

AUTO = {"Auto-Submitted": "auto-generated", "Precedence": "bulk"}
OOO = {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}


def listed(list_id: str, unsubscribe: str) -> dict[str, str]:
    return {
        "List-Id": list_id,
        "List-Unsubscribe": f"<{unsubscribe}>, <mailto:unsubscribe@{list_id.split('.', 1)[1][:-1]}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        "Precedence": "list",
    }


# ---------------------------------------------------------------- digests (text + HTML)

CULTURA_ITEMS = [
    ("Técnico/a de mediación – Museo Comarcal de la Safor (Gandia)",
     "https://culturaempleo.example.es/oferta/88123",
     "Contrato de 9 meses. Entrevistas previstas para la primera semana de julio."),
    ("Guía-intérprete con inglés – Bodegas del Alto Turia",
     "https://culturaempleo.example.es/oferta/88140",
     "Fines de semana. Se valorará francés. Incorporación inmediata."),
    ("Coordinador/a de actividades – Centro Cívico Orriols",
     "https://culturaempleo.example.es/oferta/88152",
     "Puesto cubierto por promoción interna en 2025; se reabre por jubilación."),
    ("Auxiliar de sala – Fundación Arte Nuevo (Alicante)",
     "https://culturaempleo.example.es/oferta/88167",
     "Proceso rápido: una entrevista telefónica y una prueba en sala."),
    ("Consejo de la semana: cómo encajar un «no» después de la entrevista",
     "https://culturaempleo.example.es/blog/encajar-un-no",
     "Qué pedir como feedback y cuándo volver a escribir a quien te rechazó."),
]
CULTURA_INTRO = ("Hola Ximena, hay 4 ofertas nuevas que coinciden con tu alerta "
                 "«mediación cultural · Comunitat Valenciana».")
CULTURA_FOOT = ("Recibes este correo porque creaste una alerta en CulturaEmpleo. "
                "Gestionar alertas: https://culturaempleo.example.es/alertas")

ARTS_ITEMS = [
    ("Learning Officer – Canalside Heritage Trust (closing 2 May)",
     "https://artsjobsnorth.example.co.uk/jobs/5512",
     "Interviews w/c 11 May. Fixed term, 18 months."),
    ("Visitor Experience & Events Coordinator – Cottonopolis Heritage Centre",
     "https://artsjobsnorth.example.co.uk/jobs/5530",
     "Assessment mornings in July. Weekend rota."),
    ("Events Assistant – Stockport Music Hall",
     "https://artsjobsnorth.example.co.uk/jobs/5534",
     "Unfortunately this role has no sponsorship available."),
    ("From the blog: 'I was rejected 30 times before my first museum job'",
     "https://artsjobsnorth.example.co.uk/blog/thirty-rejections",
     "A learning manager on what the rejection emails never tell you."),
]
ARTS_INTRO = "Your weekly round-up of arts, museum and heritage jobs across the North West."
ARTS_FOOT = ("You're subscribed as ximena.cb@example.mx. "
             "Unsubscribe: https://artsjobsnorth.example.co.uk/unsubscribe")

PROFILS_ITEMS = [
    ("Médiateur·rice culturel·le – Musée de Céret",
     "https://profilsculture.example.fr/offres/30411",
     "CDD 6 mois. Entretiens prévus fin mai."),
    ("Chargé·e d'accueil des publics – Abbaye de Saint-Michel-de-Cuxa",
     "https://profilsculture.example.fr/offres/30418",
     "Saison estivale, logement possible."),
    ("Coordinateur·rice bénévoles – festival de musique (Collioure)",
     "https://profilsculture.example.fr/offres/30425",
     "Offre pourvue : elle reste affichée 48 h pour information."),
]
PROFILS_INTRO = "Bonjour Ximena, voici les nouvelles offres « médiation – Occitanie » de la semaine."
PROFILS_FOOT = ("Vous recevez cette alerte car vous êtes inscrite sur Profils Culture. "
                "Se désabonner : https://profilsculture.example.fr/alertes/stop")

KULTUR_ITEMS = [
    ("Referent*in Vermittlung – Stadtmuseum Freising",
     "https://kulturjobs-bayern.example.de/stelle/7711",
     "Vorstellungsgespräche in KW 27, Teilzeit 75 %."),
    ("Projektleitung Publikumsprogramm – Festival Lichtklang",
     "https://kulturjobs-bayern.example.de/stelle/7723",
     "Bewerbungsschluss 31. Juli."),
    ("Ratgeber: Fünf Fragen, die Sie im Vorstellungsgespräch stellen sollten",
     "https://kulturjobs-bayern.example.de/ratgeber/fuenf-fragen",
     "Und warum eine Absage oft mehr über die Stelle als über Sie sagt."),
]
KULTUR_INTRO = "Ihr wöchentlicher Überblick über Stellen in Museen, Theatern und Festivals in Bayern."
KULTUR_FOOT = ("Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben. "
               "Abmelden: https://kulturjobs-bayern.example.de/abmelden")

_FWD_BLOCK = forward_block(
    "es", when("2026-05-19 08:12"),
    ("Museu de la Taulera", "convocatories@museutaulera.example.es"),
    ("Llista AGCCV", "llista@guiasculturalescv.example.es"),
    "Convocatoria técnico/a de públicos – Museu de la Taulera",
).replace("\n", "\n" + " " * 8)  # indented like the text around it, which is dedented

MESSAGES: list[dict] = [
    # ================================================================ Spanish (28)
    dict(
        kind="other", lang="es", slug="own_apology_teams_link", company="", contact="",
        frm=CAND, to=[("Neus Ferrer Climent", "neus.ferrer@fundaciohortanord.example.es")],
        subject="Re: Entrevista – Coordinación de programas culturales (Fundació Horta Nord)",
        date="2026-02-03 12:10", id="hn_sorry", parent="hn_missed", quote="gt",
        text="""
        Neus, una disculpa enorme.

        Estuve conectada desde las 9:55, pero Teams me dejaba en una sala de espera diciendo que la reunión no había empezado. Tarde me di cuenta de que había entrado con la cuenta del museo y no con la personal, y para entonces ya eran las 10:30. El celular lo tenía en silencio por la misma llamada, qué pena.

        Entiendo perfectamente si ya no es posible, pero si hubiera chance de reprogramar la entrevista puedo cualquier día de esta semana, a la hora que les acomode.

        Muchas gracias por la paciencia,
        Ximena Castellanos-Berg
        +34 633 418 902
        """,
    ),
    dict(
        kind="other", lang="es", slug="cuadrante_cold_approach", company="",
        contact="marta.sanchis@cuadrantetalent.example.es",
        frm=("Marta Sanchis Peiró", "marta.sanchis@cuadrantetalent.example.es"),
        subject="Proyecto de coordinación cultural en Alicante",
        date="2026-06-02 09:40", id="cq_cold",
        text="""
        Hola Ximena,

        Soy Marta Sanchis, de Cuadrante Talent, una firma de selección especializada en cultura y tercer sector. He visto tu perfil en ProRed y tu trayectoria de guía y mediación me ha llamado la atención.

        Estoy empezando a trabajar un proyecto de coordinación cultural para una entidad de Alicante que creo que podría encajarte. Todavía no puedo darte muchos detalles, pero si te interesa que lo tengamos en cuenta, mándame un CV actualizado y lo hablamos más adelante con calma. Sin ningún compromiso.

        Un saludo,
        Marta Sanchis Peiró
        Partner · Cuadrante Talent
        Gran Vía Marqués del Turia, 49 · 46005 València
        +34 600 218 775
        """,
    ),
    dict(
        kind="other", lang="es", slug="own_reply_with_cv", company="", contact="",
        frm=CAND, to=[("Marta Sanchis Peiró", "marta.sanchis@cuadrantetalent.example.es")],
        subject="Re: Proyecto de coordinación cultural en Alicante",
        date="2026-06-02 13:05", id="cq_reply", parent="cq_cold", quote="gt",
        text="""
        Hola Marta:

        Muchas gracias por escribirme, me interesa mucho. Te adjunto mi CV actualizado; verás que los últimos tres años he estado como guía y mediadora en Valencia, y antes en el Museo de las Culturas de Oaxaca coordinando el programa de visitas comunitarias.

        Tengo disponibilidad para moverme a Alicante si el proyecto lo pide.

        Quedo al pendiente,
        Ximena
        """,
        attach=[dict(type="pdf", filename="CV_Ximena_Castellanos-Berg_2026.pdf",
                     title="Ximena Castellanos-Berg - Curriculum vitae",
                     lines=["Guia y mediadora cultural. Valencia.",
                            "2023-2026 Guia y mediadora freelance, Valencia.",
                            "2018-2022 Coordinadora de visitas comunitarias, museo en Oaxaca.",
                            "Idiomas: espanol, ingles C1, frances B2, aleman B2.",
                            "ximena.cb@example.mx · +34 633 418 902"])],
    ),
    dict(
        kind="other", lang="es", slug="own_accepts_vora_contract", company="", contact="",
        frm=CAND, to=[("Pau Beltran Monfort", "pau.beltran@espaivora.example.es")],
        subject="Re: Contrato para firma – Educadora / Mediadora cultural",
        date="2026-09-29 10:20", parent="vora_offer", quote="gt",
        text="""
        Hola Pau:

        Con muchísima ilusión te confirmo que acepto. Te adjunto el contrato firmado con certificado digital.

        Gracias a todo el equipo por la confianza y por la paciencia con mis preguntas de estas semanas. Nos vemos el 1 de octubre en el Espai.

        Un abrazo grande,
        Ximena
        """,
        attach=[dict(type="pdf", filename="Contrato_firmado_XCB.pdf",
                     title="Espai Vora - Contrato firmado",
                     lines=["Contrato de trabajo indefinido - educadora y mediadora cultural",
                            "Firmado digitalmente por Ximena Castellanos-Berg el 29/09/2026"])],
    ),
    dict(
        kind="other", lang="es", slug="own_thanks_lluerna", company="", contact="",
        frm=CAND, to=[("Mireia Safont", "mireia.safont@festivallluerna.example.es")],
        subject="Gracias por la charla de ayer",
        date="2026-04-17 09:30", id="lluerna_thanks",
        text="""
        Hola Mireia:

        Solo quería darte las gracias por la charla de ayer. Me quedé con muchas ganas de trabajar en el festival, sobre todo con la idea de las visitas nocturnas al casco antiguo con las familias del barrio.

        Si necesitan cualquier cosa más de mi parte (referencias, alguna propuesta por escrito), con gusto se las mando.

        Un saludo,
        Ximena
        """,
    ),
    dict(
        kind="other", lang="es", slug="own_application_terrissa", company="", contact="",
        frm=CAND, to=[("Empar Soriano", "empar.soriano@terrissaviva.example.es")],
        subject="Candidatura: Técnica de difusión del patrimonio cerámico",
        date="2026-01-26 18:40", id="terrissa_application",
        charset="iso-8859-1", cte="quoted-printable",
        text="""
        Estimada Empar:

        Le escribo para presentar mi candidatura al puesto de Técnica de difusión del patrimonio cerámico publicado en la web de la Fundació.

        Soy guía y mediadora cultural, originaria de Oaxaca, donde durante cuatro años acompañé visitas a los talleres de barro negro de San Bartolo Coyotepec. Desde 2023 vivo en Valencia y trabajo como guía en castellano, inglés y francés. Me encantaría llevar esa experiencia con la alfarería viva a los talleres de Manises.

        Adjunto mi currículum. Quedo a su disposición para ampliar cualquier información.

        Atentamente,
        Ximena Castellanos-Berg
        """,
        attach=[dict(type="pdf", filename="CV_Ximena_Castellanos-Berg.pdf",
                     title="Ximena Castellanos-Berg - Curriculum vitae",
                     lines=["Guia y mediadora cultural.",
                            "Experiencia con talleres de ceramica tradicional en Oaxaca.",
                            "ximena.cb@example.mx"])],
    ),
    dict(
        kind="other", lang="es", slug="culturaempleo_alert_digest", company="", contact="",
        frm=("CulturaEmpleo Alertas", "alertas@culturaempleo.example.es"),
        subject="4 ofertas nuevas para «mediación cultural · Comunitat Valenciana»",
        date="2026-06-22 07:00", tz="UTC",
        headers=listed("<alertas.culturaempleo.example.es>",
                       "https://culturaempleo.example.es/alertas/baja?u=x7c"),
        text=digest_text("CulturaEmpleo · tus alertas", CULTURA_ITEMS, CULTURA_INTRO, CULTURA_FOOT),
        html=newsletter("CulturaEmpleo · tus alertas", CULTURA_ITEMS, CULTURA_INTRO, CULTURA_FOOT),
        wrap=False,
    ),
    dict(
        kind="other", lang="es", slug="temporalia_weekly_offers", company="", contact="",
        frm=("Temporalia", "boletin@temporalia.example.es"),
        subject="Ofertas de la semana en Valencia: eventos, museos y atención al público",
        date="2026-04-06 08:30", structure="html", html_cte="quoted-printable",
        headers=listed("<boletin.temporalia.example.es>",
                       "https://temporalia.example.es/boletin/baja?id=48213"),
        html=newsletter(
            "Temporalia · Ofertas de la semana",
            [("Azafatas/os para congreso médico – Palau de Congressos",
              "https://temporalia.example.es/ofertas/2231", "3 días en abril. Entrevista grupal el jueves."),
             ("Auxiliar de sala bilingüe – museo en Ciutat Vella",
              "https://temporalia.example.es/ofertas/2237", "Fines de semana, inglés alto."),
             ("Taquilla y control de accesos – festival de música en la playa",
              "https://temporalia.example.es/ofertas/2244", "Julio y agosto, turnos de noche.")],
            "Hola Ximena, estas son algunas de las posiciones abiertas esta semana en tu zona.",
            "Boletín semanal de Temporalia ETT. Darse de baja: "
            "https://temporalia.example.es/boletin/baja"),
    ),
    dict(
        kind="other", lang="es", slug="advice_rejected_after_interview", company="", contact="",
        frm=("Gestión Cultural Hoy", "newsletter@gestionculturalhoy.example.es"),
        subject="Te han dicho que no tras la entrevista: ¿y ahora qué?",
        date="2026-05-27 06:45", tz="UTC",
        headers=listed("<newsletter.gestionculturalhoy.example.es>",
                       "https://gestionculturalhoy.example.es/baja"),
        text="""
        GESTIÓN CULTURAL HOY · Newsletter n.º 212

        Te han dicho que no tras la entrevista: ¿y ahora qué?

        «Lamentamos comunicarle que hemos seleccionado a otra persona.» Casi todas las personas que trabajamos en cultura hemos leído esa frase más veces de las que querríamos. Esta semana hablamos con tres responsables de selección de museos y festivales sobre qué hacer después.

        1. Responde siempre, aunque sea con dos líneas. Agradecer la entrevista deja la puerta abierta para la siguiente convocatoria.
        2. Pide feedback concreto: no «¿qué hice mal?», sino «¿qué habría hecho falta para pasar a la siguiente fase?».
        3. Distingue un rechazo de un «puesto congelado»: cuando una plaza se queda sin presupuesto, no tiene nada que ver contigo.
        4. Apunta lo que te preguntaron. La próxima entrevista se parecerá más de lo que crees.

        Lee el artículo completo: https://gestionculturalhoy.example.es/articulos/no-tras-la-entrevista

        Además en este número: convocatorias de ayudas a la creación, el calendario de ferias de otoño y una entrevista con la nueva directora del Museo de Prehistoria.

        Para dejar de recibir esta newsletter: https://gestionculturalhoy.example.es/baja
        """,
    ),
    dict(
        kind="other", lang="es", slug="podcast_interview_request", company="",
        contact="alvaro@museosquehablan.example.es",
        frm=("Álvaro Sempere", "alvaro@museosquehablan.example.es"), name_enc=("utf-8", "b"),
        subject="Invitación al podcast Museos que Hablan",
        date="2026-05-12 17:22",
        text="""
        Hola Ximena:

        Te escribo desde Museos que Hablan, un podcast sobre mediación cultural que grabamos en Valencia. Una oyente nos habló de tus visitas guiadas en español y mixteco para la comunidad mexicana y nos encantaría entrevistarte para un episodio sobre guías migrantes.

        La entrevista dura unos 40 minutos y la grabamos en nuestro estudio del Carmen o en remoto, como te venga mejor. Estamos cerrando el calendario de junio: ¿te apetece?

        Gracias y un abrazo,
        Álvaro Sempere
        Museos que Hablan · podcast
        """,
    ),
    dict(
        kind="other", lang="es", slug="courier_package_delayed", company="", contact="",
        frm=("Envíos Rayo", "notificaciones@enviosrayo.example.es"),
        subject="Lamentablemente, tu paquete llegará con retraso",
        date="2026-03-19 15:02", headers=AUTO, shell="ats", brand="Envíos Rayo", accent="#ffb300",
        footer="Este es un mensaje automático. No respondas a este correo.",
        text="""
        Hola Ximena:

        Lamentablemente, tu envío 7RX-4410-2291 no podrá entregarse hoy como estaba previsto debido a una incidencia en el centro logístico de Riba-roja.

        Nueva fecha estimada de entrega: viernes 20 de marzo, entre las 9:00 y las 14:00.

        Puedes ver la posición del repartidor en el mapa en tiempo real el día de la entrega: https://enviosrayo.example.es/seguimiento/7RX44102291

        Sentimos las molestias.
        Envíos Rayo
        """,
    ),
    dict(
        kind="other", lang="es", slug="friend_own_rejection_oaxaca", company="",
        contact="itzel.ruiz.g@correo.example.mx",
        frm=("Itzel Ruiz", "itzel.ruiz.g@correo.example.mx"),
        subject="me batearon jaja",
        date="2026-03-02 21:10", tz="MX", cte="8bit",
        text="""
        Amiga, ¿qué crees?

        Me batearon del Museo Textil. Después de tres entrevistas y la prueba con el grupo de la secundaria, me llegó el típico correo de «lamentamos informarle que el comité decidió continuar con otra candidata». Ni una llamada, nada. Estoy bien, nomás con coraje.

        ¿Y tú cómo vas con lo de Inglaterra? Cuéntame todo, que aquí te estamos echando porras. Mi mamá te manda saludos y dice que cuándo vienes a comer mole.

        Te quiero,
        Itzel
        """,
    ),
    dict(
        kind="other", lang="es", slug="bank_global_position", company="", contact="",
        frm=("Banco Turia", "avisos@bancoturia.example.es"),
        subject="Tu posición global a 30 de abril",
        date="2026-05-02 06:12", structure="html", html_cte="base64", shell="ats",
        brand="Banco Turia", accent="#004d40",
        footer="Banco Turia nunca te pedirá claves por correo. Mensaje automático.",
        headers=AUTO,
        text="""
        Hola, Ximena:

        Ya tienes disponible el resumen de tu posición global a 30 de abril de 2026.

        Cuenta Nómina ****4471: 2.184,36 €
        Cuenta Ahorro ****9902: 3.900,00 €
        Tarjeta de débito: sin movimientos pendientes

        Consulta el detalle en la app o en la banca online. Si tienes dudas, tu gestora está disponible en tu oficina de Russafa.
        """,
    ),
    dict(
        kind="other", lang="es", slug="bank_review_meeting", company="",
        contact="inmaculada.cuenca@bancoturia.example.es",
        frm=("Inmaculada Cuenca", "inmaculada.cuenca@bancoturia.example.es"),
        subject="Confirmación de cita – revisión de perfil inversor",
        date="2026-05-04 12:18",
        text="""
        Buenos días, Sra. Castellanos:

        Le confirmo la cita para la entrevista de revisión de su perfil inversor (test MiFID) el martes 12 de mayo a las 9:30 en nuestra oficina de Russafa, C/ de Sueca, 40.

        Traiga, por favor, su NIE. Si no pudiera acudir, llámeme y buscamos otra fecha; también podemos hacerla por videollamada.

        Un saludo,
        Inmaculada Cuenca Ortí
        Gestora de clientes · Banco Turia, oficina 0412
        963 550 190
        """,
    ),
    dict(
        kind="other", lang="es", slug="landlord_rent_refused", company="",
        contact="vgimeno@gimenofinques.example.es",
        frm=("Vicent Gimeno", "vgimeno@gimenofinques.example.es"),
        subject="Piso C/ Sueca 17, 3.ª – alquiler y revisión del calentador",
        date="2026-02-16 11:05", charset="windows-1252", cte="8bit",
        text="""
        Buenos días, Ximena:

        Le comunico que la propiedad ha rechazado la propuesta de rebajar el alquiler a 780 €; mantienen los 850 € hasta la renovación de septiembre, aunque aceptan no aplicar la subida del IPC este año.

        Por otro lado, la visita del técnico del calentador que teníamos el miércoles se cancela: el técnico está de baja. La cambiamos al viernes 20 entre las 10 y las 12. Si no va a estar en casa, dígame a quién dejo las llaves.

        Atentamente,
        Vicent Gimeno
        Gimeno Finques – Administración de fincas
        C/ de Cuba, 12 – 46006 València
        """,
    ),
    dict(
        kind="other", lang="es", slug="eoi_no_place_german_c1", company="", contact="",
        frm=("EOI Turia Nord – Secretaría", "no-reply@eoiturianord.example.es"),
        subject="Resultado de la admisión – curso 2026/27",
        date="2026-07-08 09:00", charset="iso-8859-1", cte="quoted-printable", headers=AUTO,
        text="""
        Estimada alumna:

        Le comunicamos que, una vez realizado el sorteo público de plazas para el curso 2026/27, no ha obtenido plaza en el idioma Alemán, nivel C1, modalidad presencial.

        Ha quedado en la posición 37 de la lista de espera. Si se producen bajas, le avisaremos por este medio. También puede solicitar la modalidad semipresencial hasta el 15 de julio.

        Secretaría de la Escuela Oficial de Idiomas Turia Nord

        Este mensaje se ha enviado de forma automática. No responda a esta dirección.
        """,
    ),
    dict(
        kind="other", lang="es", slug="health_centre_appointment_moved", company="", contact="",
        frm=("Cita Previa – Centro de Salud Russafa", "citaprevia@salud-russafa.example.es"),
        subject="Su cita ha sido modificada",
        date="2026-05-11 19:40", headers=AUTO,
        text="""
        CITA MODIFICADA

        Paciente: XIMENA CASTELLANOS BERG
        Cita anulada: Medicina de Familia – 14/05/2026 – 10:20
        Nueva cita: Medicina de Familia – 19/05/2026 – 08:40 – Consulta 6

        Motivo: ausencia del profesional.

        Si no puede acudir, anule la cita desde la app o llamando al 961 925 000 para que otra persona pueda aprovecharla.
        """,
    ),
    dict(
        kind="other", lang="es", slug="extranjeria_tie_appointment", company="", contact="",
        frm=("Cita Previa Extranjería", "no-reply@sede-extranjeria.example.es"),
        subject="Confirmación de cita: POLICÍA – TOMA DE HUELLAS (EXPEDICIÓN DE TARJETA)",
        date="2026-01-30 08:17", headers=AUTO, cte="base64",
        text="""
        Justificante de cita

        Número de justificante: 8F3K2M
        Trámite: POLICÍA – TOMA DE HUELLAS (EXPEDICIÓN DE TARJETA) Y RENOVACIÓN DE TARJETA DE LARGA DURACIÓN
        Oficina: Comisaría Patraix, C/ del Gremis, 6, València
        Fecha: 24/02/2026 – Hora: 11:45 – Puesto: 3

        Deberá presentarse con el pasaporte, el resguardo de la tasa 790-012 y una fotografía reciente. Sin este justificante no podrá ser atendida.
        """,
    ),
    dict(
        kind="other", lang="es", slug="cuadrante_out_of_office", company="",
        contact="marta.sanchis@cuadrantetalent.example.es",
        frm=("Marta Sanchis Peiró", "marta.sanchis@cuadrantetalent.example.es"),
        subject="Respuesta automática: Disponibilidad septiembre",
        date="2026-08-10 10:02", headers=OOO, ext_refs=["<ximena-0810-disp@example.mx>"],
        text="""
        Hola, gracias por tu correo.

        Estoy fuera de la oficina hasta el lunes 24 de agosto, sin acceso regular al correo. Los procesos de selección siguen abiertos y retomaré todas las entrevistas y candidaturas a mi vuelta.

        Para algo urgente, escribe a mi compañero Quique Llopis: quique.llopis@cuadrantetalent.example.es

        Marta Sanchis Peiró · Cuadrante Talent
        """,
    ),
    dict(
        kind="other", lang="es", slug="prored_new_position_notification", company="", contact="",
        frm=("ProRed", "notificaciones@prored.example.com"),
        subject="Jordi Puigvert tiene un nuevo puesto: ¡felicítale!",
        date="2026-09-03 17:30", tz="UTC",
        headers={**AUTO, "List-Unsubscribe": "<https://prored.example.com/ajustes/notificaciones>"},
        shell="ats", brand="ProRed", accent="#0a66c2",
        footer="Recibes este correo por tus ajustes de notificaciones de ProRed.",
        text="""
        Jordi Puigvert ha empezado un nuevo puesto como Director de Producción en Festival Ones de Llum.

        Felicítale: https://prored.example.com/in/jordipuigvert/felicitar

        Además esta semana:
        - Tu perfil apareció en 12 búsquedas.
        - 3 empleos nuevos de «coordinación cultural» en Valencia.
        - Marta Sanchis Peiró ha compartido una publicación sobre entrevistas por competencias.
        """,
    ),
    dict(
        kind="other", lang="es", slug="colleague_forwards_opening", company="",
        contact="roser.marti@correu.example.es",
        frm=("Roser Martí", "roser.marti@correu.example.es"),
        subject="Fwd: Convocatoria técnico/a de públicos – Museu de la Taulera",
        date="2026-05-19 08:40",
        text=f"""
        Ximena! Mira esto que me ha llegado por la lista de la asociación. Creo que es clavado para ti. Cierran el 2 de junio.

        Un beso,
        Roser

        {_FWD_BLOCK}

        El Museu de la Taulera (Alzira) abre convocatoria para una plaza de técnico/a de públicos a jornada completa. Se requiere titulación universitaria y experiencia mínima de dos años en mediación. Las personas preseleccionadas serán convocadas a una entrevista personal en la segunda quincena de junio.

        Bases completas: https://museutaulera.example.es/convocatoria-publicos-2026
        """,
    ),
    dict(
        kind="other", lang="es", slug="mom_how_was_interview", company="",
        contact="lupita.berg@correo.example.mx",
        frm=("Lupita Berg", "lupita.berg@correo.example.mx"),
        subject="¿Cómo te fue, mija?",
        date="2026-03-03 22:15", tz="MX", cte="8bit",
        text="""
        Mija, ¿cómo te fue en la entrevista con los ingleses? Tu papá dice que seguro te dan el trabajo, ya sabes cómo es.

        Aquí todo bien, ayer fuimos a la Guelaguetza de la escuela de tu sobrina y se acordaron mucho de ti. Cuando puedas márcame, aunque sea tarde, yo aquí ando despierta.

        Te mando un abrazo enorme y muchos besos,
        Mamá
        """,
    ),
    dict(
        kind="other", lang="es", slug="own_status_follow_up", company="", contact="",
        frm=CAND, to=[("Lucía Berenguer", "lucia.berenguer@museoaguaysal.example.es")],
        subject="Seguimiento candidatura – Coordinación de actividades",
        date="2026-03-26 10:05", id="agua_followup", parent="agua_ill",
        text="""
        Hola Lucía:

        Espero que estés muy bien. Te escribo para saber si ya hay novedades sobre el proceso de Coordinación de actividades, después de la entrevista del martes 17 con Irene y contigo.

        Me quedé con muchas ganas de trabajar con el equipo de educación. Cualquier cosa que necesiten de mi parte, aquí estoy.

        Un saludo,
        Ximena Castellanos-Berg
        """,
    ),
    dict(
        kind="other", lang="es", slug="film_festival_volunteer_shift", company="",
        contact="xavi.climent@mostrahorta.example.es",
        frm=("Xavi Climent (Mostra de Cinema de l'Horta)", "xavi.climent@mostrahorta.example.es"),
        subject="Tus turnos de voluntariado – Mostra 2026",
        date="2026-10-05 20:30",
        text="""
        Hola Ximena:

        ¡Gracias por apuntarte otra vez de voluntaria! Te paso tus turnos para la Mostra:

        - Viernes 16: 17:00–21:00, posición: acomodación en la sala grande.
        - Sábado 17: 11:00–14:00, posición: punto de información en la plaza.

        El sábado a las 12:30 hay una entrevista en directo con la directora invitada en el escenario de la plaza; necesitaremos que ayudes a ordenar la cola de público.

        La reunión de voluntariado es el jueves 15 a las 19:00 en el Casal. ¡Nos vemos!

        Xavi Climent
        Coordinació de voluntariat · Mostra de Cinema de l'Horta
        """,
    ),
    dict(
        kind="other", lang="es", slug="train_cancelled_rebooked", company="", contact="",
        frm=("Trenes Levante", "avisos@treneslevante.example.es"),
        subject="Cambio en tu viaje València Nord – Barcelona Sants del 21/05",
        date="2026-05-19 22:04", headers=AUTO, shell="ats", brand="Trenes Levante",
        accent="#7b1fa2", footer="No respondas a este mensaje automático.",
        text="""
        Hola Ximena:

        Lamentamos informarte de que el tren 04522 del jueves 21 de mayo (València Nord 6:05 – Barcelona Sants 9:12) ha sido cancelado por obras en la vía.

        Te hemos reubicado sin coste en el tren 04540, salida 7:10, llegada 10:21, coche 5, plaza 08A.

        Si la nueva hora no te conviene, puedes cambiar o anular el billete sin gastos hasta 30 minutos antes de la salida: https://treneslevante.example.es/mis-viajes
        """,
    ),
    dict(
        kind="other", lang="es", slug="candidate_experience_survey", company="", contact="",
        frm=("Centre d'Art Fabra Vella", "no-reply@teamtailor-mail.com"),
        subject="¿Qué tal tu experiencia como candidata?",
        date="2026-06-12 10:00", headers=AUTO, shell="ats", brand="Centre d'Art Fabra Vella",
        accent="#222222", footer="Enviado con Teamtailor. Encuesta anónima.",
        text="""
        Hola Ximena:

        Hace poco participaste en uno de nuestros procesos de selección. Queremos mejorar la forma en que tratamos a las personas candidatas, decidan lo que decidan los equipos.

        ¿Nos dedicas dos minutos? Son cinco preguntas, y las respuestas son anónimas:
        https://fabravella.teamtailor.com/survey/candidate-nps-61d2

        ¡Gracias!
        """,
    ),
    dict(
        kind="other", lang="es", slug="own_declines_rio_segura", company="", contact="",
        frm=CAND, to=[("Paqui Navarro", "paqui.navarro@riosegurapatrimonio.example.es")],
        subject="Re: Confirmación de la oferta – Técnica de programas culturales",
        date="2026-07-21 09:45", parent="riosegura_offer", quote="gt",
        text="""
        Hola Paqui:

        Muchas gracias por la oferta y por lo bien que me han tratado durante todo el proceso.

        Después de pensarlo mucho, no voy a aceptar: mudarme a Murcia ahora mismo complica demasiado la situación familiar y los papeles de residencia que tengo en curso en Valencia. Ojalá podamos colaborar en otra ocasión, por ejemplo en las rutas de patrimonio hidráulico.

        Un saludo muy cordial,
        Ximena Castellanos-Berg
        """,
    ),
    dict(
        kind="other", lang="es", slug="guides_association_bulletin", company="", contact="",
        frm=("Asociación de Guías Culturales CV", "boletin@guiasculturalescv.example.es"),
        subject="Boletín de junio: entrevista a una socia, formación y bolsa de trabajo",
        date="2026-06-29 09:00",
        headers=listed("<boletin.guiasculturalescv.example.es>",
                       "https://guiasculturalescv.example.es/boletin/baja"),
        shell="plain",
        text="""
        BOLETÍN DE JUNIO · Asociación de Guías Culturales de la Comunitat Valenciana

        ENTREVISTA DEL MES
        Hablamos con Carmen Esteve, guía en Xàtiva desde hace veinte años: «A mí me rechazaron en mi primera entrevista porque no sabía contar un castillo en diez minutos. Ahora es lo primero que enseño».

        FORMACIÓN
        Curso de accesibilidad cognitiva en visitas guiadas, 6 y 7 de julio. Plazas limitadas.

        BOLSA DE TRABAJO
        - Guía con francés para cruceros en el puerto de Valencia (temporada de otoño).
        - Mediador/a para un programa escolar en museos de Castellón; las entrevistas serán en septiembre.

        Si no quieres recibir más boletines: https://guiasculturalescv.example.es/boletin/baja
        """,
    ),
    # ================================================================ English (13)
    dict(
        kind="other", lang="en", slug="own_thank_you_northern_looms", company="", contact="",
        frm=CAND, to=[("Hannah Pryce", "hannah.pryce@northernlooms.example.co.uk")],
        subject="Thank you – panel interview today",
        date="2026-03-03 19:20", id="nl_thanks",
        text="""
        Dear Hannah,

        Thank you for this afternoon's interview, and please pass my thanks to Tom and to Mrs Begum from the Community Advisory Group. I really enjoyed our conversation about the weaving shed and the idea of pairing family tours with the textile workshops.

        I'm very excited about the role and the chance to bring my experience from Oaxaca and Valencia to Manchester.

        Best wishes,
        Ximena Castellanos-Berg
        """,
    ),
    dict(
        kind="other", lang="en", slug="northern_looms_out_of_office", company="",
        contact="hannah.pryce@northernlooms.example.co.uk",
        frm=("Hannah Pryce", "hannah.pryce@northernlooms.example.co.uk"),
        subject="Automatic reply: Re: Thank you – panel interview today",
        date="2026-03-12 09:01", tz="UK", headers=OOO,
        ext_refs=["<xcb-0312-questions@example.mx>"],
        text="""
        Thank you for your email. I'm on annual leave until Monday 23 March with limited access to email.

        For anything urgent about recruitment, offers or interview arrangements, please contact recruitment@northernlooms.example.co.uk, who will be happy to help.

        Hannah Pryce | Talent Partner | Northern Looms Museum
        """,
    ),
    dict(
        kind="other", lang="en", slug="own_reschedule_request_ancoats", company="", contact="",
        frm=CAND, to=[("Priya Natarajan", "priya.natarajan@ancoatsarts.example.org.uk")],
        subject="Re: Quick call about the Community Programme Coordinator role?",
        date="2026-06-10 11:02", id="aat_sorry", parent="aat_missed", quote="gt",
        text="""
        Hi Priya,

        I'm so sorry – I've just realised the phone number on my CV has a typo (two digits swapped), so your calls went to someone else's voicemail. The correct number is +34 633 418 902.

        Would it be possible to reschedule our call? I'm free any time on Thursday or Friday this week.

        Apologies again,
        Ximena
        """,
    ),
    dict(
        kind="other", lang="en", slug="own_thank_you_irwell", company="", contact="",
        frm=CAND, to=[("Owen Marsh", "owen.marsh@irwellfestival.example.co.uk")],
        subject="Thank you – Programme Coordinator interview",
        date="2026-09-09 19:40", id="irwell_thanks",
        text="""
        Dear Owen,

        Many thanks to you and the panel for this morning's interview and for the tour of Chapel Wharf. It was great to hear how the festival grew from a single weekend of talks.

        I left even more enthusiastic about the "Ideas on the Water" strand, and I'd love the chance to help shape it.

        Kind regards,
        Ximena Castellanos-Berg
        """,
    ),
    dict(
        kind="other", lang="en", slug="own_declines_northern_looms", company="", contact="",
        frm=CAND, to=[("Hannah Pryce", "hannah.pryce@northernlooms.example.co.uk")],
        subject="Re: Thank you – panel interview today",
        date="2026-03-24 10:30", parent="nl_offer", quote="gt",
        text="""
        Dear Hannah,

        Thank you so much for the offer and for your patience while I thought it through.

        After a lot of reflection, I have decided not to accept. My residence permit renewal in Spain is still in progress and moving now would put it at risk, which I can't afford at this point. It was a really difficult decision, because I loved the museum and the team.

        I hope we can stay in touch, and I wish you every success with the programme.

        With warm regards,
        Ximena
        """,
    ),
    dict(
        kind="other", lang="en", slug="artsjobs_north_weekly", company="", contact="",
        frm=("ArtsJobs North", "digest@artsjobsnorth.example.co.uk"),
        subject="This week: 3 new jobs, and the truth about rejection emails",
        date="2026-04-24 07:00", tz="UK",
        headers=listed("<weekly.artsjobsnorth.example.co.uk>",
                       "https://artsjobsnorth.example.co.uk/unsubscribe?u=ximena"),
        text=digest_text("ArtsJobs North – Weekly", ARTS_ITEMS, ARTS_INTRO, ARTS_FOOT),
        html=newsletter("ArtsJobs North – Weekly", ARTS_ITEMS, ARTS_INTRO, ARTS_FOOT),
        wrap=False,
    ),
    dict(
        kind="other", lang="en", slug="museum_careers_letter_advice", company="", contact="",
        frm=("The Museum Careers Letter", "letters@museumcareers.example.com"),
        subject="Issue 48: How to ask for feedback after an interview",
        date="2026-07-14 06:30", tz="UTC", cte="quoted-printable",
        headers=listed("<letters.museumcareers.example.com>",
                       "https://museumcareers.example.com/unsubscribe"),
        text="""
        THE MUSEUM CAREERS LETTER – Issue 48

        How to ask for feedback after an interview

        You've had the call, or more likely the email: "Thank you for attending the interview. Unfortunately, on this occasion…" What now?

        Most hiring managers are happy to give feedback if you make it easy. Keep the request short, ask one specific question and offer a 10-minute call rather than a long email. Don't argue with the decision – you're building a relationship for next time.

        Sample wording:
        "Thank you for letting me know. I'd really value ten minutes of feedback on what would have made my application stronger for this role. Would you have time for a quick call in the next couple of weeks?"

        Also this issue: our job-board picks (a Learning Officer in Bristol, an Interpretation Manager in Edinburgh) and a reader question about gaps in your CV.

        Read online: https://museumcareers.example.com/issues/48
        Unsubscribe: https://museumcareers.example.com/unsubscribe
        """,
    ),
    dict(
        kind="other", lang="en", slug="user_research_interview", company="",
        contact="lena.brooks@trailmap.example.io",
        frm=("Lena from Trailmap", "lena.brooks@trailmap.example.io"),
        subject="Would you join a 30-minute research interview? (£40 voucher)",
        date="2026-08-26 15:12", tz="UK", shell="plain",
        text="""
        Hi Ximena,

        I'm Lena, a user researcher at Trailmap, the walking-tour app you signed up to in January. We're talking to professional guides about how they plan and sell their tours.

        Would you be up for a 30-minute research interview over video? There are no right or wrong answers – we just want to hear how you work. As a thank-you, we'll send you a £40 (or €45) gift voucher.

        If you're interested, pick a time here: https://trailmap.example.io/research/book?study=guides-26

        Thanks!
        Lena Brooks
        UX Research, Trailmap
        """,
    ),
    dict(
        kind="other", lang="en", slug="halden_search_cold_approach", company="",
        contact="imogen@haldensearch.example.co.uk",
        frm=("Imogen Halden", "imogen@haldensearch.example.co.uk"),
        subject="Learning & engagement leadership – a note from Halden Search",
        date="2026-05-05 10:44", tz="UK",
        text="""
        Dear Ximena,

        I lead the culture and heritage practice at Halden Search. Your name came up in a conversation with a museum director in the North West, who spoke very highly of your community programmes in Oaxaca.

        I have nothing specific to put to you today, but over the coming year I expect to run several searches for heads of learning and engagement across northern England. If you'd be open to hearing about them, it would be great to have an up-to-date CV on file.

        With best wishes,
        Imogen Halden
        Director, Halden Search
        """,
    ),
    dict(
        kind="other", lang="en", slug="friend_offers_sofa_manchester", company="",
        contact="becky.lawson@mailbox.example.co.uk",
        frm=("Becky Lawson", "becky.lawson@mailbox.example.co.uk"),
        subject="sofa's yours!",
        date="2026-02-18 20:41", tz="UK",
        text="""
        Ximeeeena!

        Just saw your message – amazing news about Northern Looms!! If they want to see you in person after the Teams thing, the sofa is yours, stay as long as you like.

        My own news is less glamorous: the library interview I told you about got cancelled the day before because the council froze all hiring. Classic. I'm fine, honestly, more time for the allotment.

        Call me this weekend?
        B x
        """,
    ),
    dict(
        kind="other", lang="en", slug="prolink_search_appearances", company="", contact="",
        frm=("ProLink", "notifications@prolink.example.com"),
        subject="You appeared in 23 searches this week",
        date="2026-05-08 16:00", tz="UTC",
        headers={**AUTO, "List-Unsubscribe": "<https://prolink.example.com/settings/emails>"},
        shell="ats", brand="ProLink", accent="#0a66c2",
        footer="You are receiving ProLink notification emails. Manage your settings.",
        text="""
        Hi Ximena,

        Your profile appeared in 23 searches this week.

        Who's looking:
        - A recruiter at Brightwater Recruitment viewed your profile.
        - People from museums and galleries in Greater Manchester searched for "community programmes".

        Jobs you may be interested in:
        - Learning Officer – Canalside Heritage Trust (Manchester)
        - Programme Assistant – Mediterranean Heritage Network (Barcelona)

        See all: https://prolink.example.com/me/search-appearances
        """,
    ),
    dict(
        kind="other", lang="en", slug="letting_agent_viewing_cancelled", company="",
        contact="tom.rees@ancoatslettings.example.co.uk",
        frm=("Tom Rees", "tom.rees@ancoatslettings.example.co.uk"),
        subject="Saturday viewing – Blossom Street",
        date="2026-03-13 12:32", tz="UK",
        text="""
        Hi Ximena,

        Unfortunately the landlord has cancelled Saturday's viewing at Blossom Street – the flat has been let to an applicant who viewed earlier in the week. Sorry for the short notice.

        I can show you two similar one-beds in Ancoats instead, either on Saturday at 11:00 or on a video viewing on Monday. Let me know which suits.

        Kind regards,
        Tom Rees
        Lettings Negotiator, Ancoats Lettings
        0161 555 0620
        """,
    ),
    dict(
        kind="other", lang="en", slug="conference_proposal_not_selected", company="",
        contact="a.penrose@mmconf.example.org",
        frm=("Dr Alice Penrose", "a.penrose@mmconf.example.org"),
        subject="Museums & Mediation 2026 – outcome of your proposal",
        date="2026-06-03 14:20", tz="UK", shell="plain",
        text="""
        Dear Ximena Castellanos-Berg,

        Thank you for submitting your proposal "Guiding in two languages: Mixtec and Spanish tours for diaspora audiences" to the Museums & Mediation 2026 conference.

        We received over 240 proposals for 40 slots. I'm sorry to let you know that the programme committee has not selected your paper for the main programme. We would, however, warmly welcome it as a poster in the practice showcase; just reply by 20 June if you'd like to take this up.

        With best wishes,
        Dr Alice Penrose
        Chair, Programme Committee, Museums & Mediation 2026
        """,
    ),
    # ================================================================ French (6)
    dict(
        kind="other", lang="fr", slug="own_reschedule_request_tisserands", company="", contact="",
        frm=CAND, to=[("Mireille Sabaté", "m.sabate@tisserands-catalans.example.fr")],
        subject="Re: Entretien – poste de chargée de médiation",
        date="2026-04-14 21:40", id="mtc_req", parent="mtc_inv", quote="gt",
        text="""
        Bonjour Madame Sabaté,

        Merci beaucoup pour votre message, je suis ravie de cette invitation.

        Le jeudi 23 avril, j'accompagne un groupe scolaire au Musée de la Soie à Valence, une visite que je ne peux malheureusement pas annuler. Serait-il possible de décaler l'entretien au vendredi 24 avril, à l'heure qui vous conviendra ?

        Avec mes remerciements,
        Ximena Castellanos-Berg
        """,
    ),
    dict(
        kind="other", lang="fr", slug="press_interview_request", company="",
        contact="l.ferrand@gazetteroussillon.example.fr",
        frm=("Lucie Ferrand", "l.ferrand@gazetteroussillon.example.fr"),
        subject="Demande d'interview – La Gazette du Roussillon",
        date="2026-10-08 11:30", tz="FR",
        text="""
        Bonjour Madame Castellanos-Berg,

        Je suis journaliste à La Gazette du Roussillon. Pour notre supplément du 31 octobre, nous préparons un dossier sur la fête des morts mexicaine et sur les Mexicains installés entre Perpignan et Valence.

        Une collègue du Musée des Tisserands Catalans m'a parlé de vous. Accepteriez-vous de m'accorder une interview d'une vingtaine de minutes par téléphone, la semaine prochaine ? Nous aimerions aussi, si vous êtes d'accord, publier une photo.

        Bien cordialement,
        Lucie Ferrand
        Rédaction Culture – La Gazette du Roussillon
        06 55 41 88 20
        """,
    ),
    dict(
        kind="other", lang="fr", slug="master_application_refused", company="", contact="",
        frm=("IUCN – Candidatures", "no-reply@candidatures.iucn.example.fr"),
        subject="Décision de la commission pédagogique – Master 2 Médiation culturelle",
        date="2026-06-15 17:00", tz="FR", headers=AUTO, shell="ats",
        brand="Institut Universitaire Catalan du Nord", accent="#283593",
        footer="Message automatique de la plateforme de candidatures. Ne pas répondre.",
        text="""
        Madame,

        La commission pédagogique du Master 2 Médiation culturelle et patrimoines transfrontaliers a examiné votre dossier de candidature pour l'année universitaire 2026-2027.

        Nous avons le regret de vous informer que votre candidature n'a pas été retenue. La capacité d'accueil de la formation est limitée à 18 places.

        Vous pouvez demander les motifs de cette décision auprès du secrétariat pédagogique dans un délai d'un mois.

        Le service de la scolarité
        """,
    ),
    dict(
        kind="other", lang="fr", slug="tisserands_out_of_office", company="",
        contact="m.sabate@tisserands-catalans.example.fr",
        frm=("Mireille Sabaté", "m.sabate@tisserands-catalans.example.fr"),
        name_enc=("iso-8859-1", "b"),
        subject="Réponse automatique : Re: Proposition d'embauche – chargée de médiation",
        subject_enc=("utf-8", "q"),
        date="2026-05-06 08:15", tz="FR", headers=OOO, charset="iso-8859-1", cte="8bit",
        ext_refs=["<xcb-0506-questions@example.mx>"],
        text="""
        Bonjour,

        Je suis absente du bureau jusqu'au lundi 11 mai inclus. Votre message sera traité à mon retour.

        Pour toute question urgente concernant les visites de groupes, merci de contacter l'accueil du musée au 04 68 55 31 00.

        Mireille Sabaté
        Musée des Tisserands Catalans
        """,
    ),
    dict(
        kind="other", lang="fr", slug="profils_culture_alert", company="", contact="",
        frm=("Profils Culture", "alertes@profilsculture.example.fr"),
        subject="3 nouvelles offres « médiation – Occitanie »",
        date="2026-05-15 06:00", tz="UTC",
        headers=listed("<alertes.profilsculture.example.fr>",
                       "https://profilsculture.example.fr/alertes/stop"),
        text=digest_text("Profils Culture – vos alertes", PROFILS_ITEMS, PROFILS_INTRO, PROFILS_FOOT),
        html=newsletter("Profils Culture – vos alertes", PROFILS_ITEMS, PROFILS_INTRO, PROFILS_FOOT),
        wrap=False,
    ),
    dict(
        kind="other", lang="fr", slug="friend_perpignan_hosting", company="",
        contact="nuria.batlle@courriel.example.fr",
        frm=("Nuria Batlle", "nuria.batlle@courriel.example.fr"),
        subject="Pour ton entretien du 24",
        date="2026-04-16 22:05", tz="FR",
        text="""
        Coucou Ximena !

        Tu viens pour ton entretien au musée le 24 ? Tu peux dormir à la maison le jeudi soir, le canapé-lit est prêt et Pau sera ravi de te revoir.

        Moi, je n'ai toujours pas de nouvelles de la médiathèque, je crois qu'ils ont pris quelqu'un d'autre sans le dire. Tant pis, on en parlera autour d'un verre.

        Bises,
        Nuria
        """,
    ),
    # ================================================================ German (5)
    dict(
        kind="other", lang="de", slug="own_thanks_alltagskultur", company="", contact="",
        frm=CAND, to=[("Dr. Johanna Wimmer", "j.wimmer@alltagskultur-muenchen.example.de")],
        subject="Vielen Dank für das Gespräch",
        date="2026-04-09 18:05", id="mak_thanks",
        text="""
        Sehr geehrte Frau Dr. Wimmer,

        herzlichen Dank für das freundliche Gespräch heute Vormittag und den Einblick in die Arbeit Ihres Vermittlungsteams. Ich hoffe, Sie sind wieder ganz gesund!

        Die Idee, Alltagsgegenstände aus Oaxaca und Oberbayern miteinander ins Gespräch zu bringen, lässt mich seitdem nicht los. Ich würde mich sehr freuen, sie in Ihrem Haus weiterzuentwickeln.

        Mit herzlichen Grüßen
        Ximena Castellanos-Berg
        """,
    ),
    dict(
        kind="other", lang="de", slug="kessler_vogt_cold_approach", company="",
        contact="l.brandstaetter@kesslervogt.example.de",
        frm=("Lukas Brandstätter", "l.brandstaetter@kesslervogt.example.de"),
        name_enc=("utf-8", "b"),
        subject="Vertrauliche Anfrage – Programmkoordination Kultur, München",
        date="2026-07-01 11:20", tz="DE", id="kv_cold",
        text="""
        Sehr geehrte Frau Castellanos-Berg,

        über ein Netzwerk für Kulturvermittlung bin ich auf Ihr Profil aufmerksam geworden. Wir begleiten derzeit vertraulich die Besetzung einer Programmkoordination für eine Kulturstiftung in München.

        Ihre mehrsprachige Vermittlungserfahrung könnte sehr gut passen. Hätten Sie grundsätzlich Interesse, mehr zu erfahren? Dann freue ich mich über Ihren aktuellen Lebenslauf – alles Weitere gern, wenn es für Sie in Frage kommt.

        Beste Grüße
        Lukas Brandstätter
        Kessler & Vogt Executive Search
        Maximilianstraße 31 · 80539 München
        """,
    ),
    dict(
        kind="other", lang="de", slug="parcel_delay_position", company="", contact="",
        frm=("Paketblitz", "benachrichtigung@paketblitz.example.de"),
        subject="Leider verzögert sich Ihre Sendung",
        date="2026-08-24 13:30", tz="DE", headers=AUTO, shell="ats", brand="Paketblitz",
        accent="#c62828", footer="Automatische Benachrichtigung – bitte nicht antworten.",
        text="""
        Guten Tag,

        leider verzögert sich die Zustellung Ihrer Sendung 00340 4471 2290 3 an Ximena Castellanos-Berg, Valencia.

        Aktuelle Position Ihrer Sendung: Internationales Verteilzentrum Nürnberg. Voraussichtliche Zustellung: 27.–28. August.

        Den Sendungsverlauf können Sie hier verfolgen: https://paketblitz.example.de/verfolgen/003404471229033

        Wir entschuldigen uns für die Unannehmlichkeiten.
        Ihr Paketblitz-Team
        """,
    ),
    dict(
        kind="other", lang="de", slug="munich_flat_application_declined", company="",
        contact="t.brunnhuber@hv-brunnhuber.example.de",
        frm=("Theresa Brunnhuber", "t.brunnhuber@hv-brunnhuber.example.de"),
        subject="Ihre Anfrage zur Wohnung Pilgersheimer Straße 24",
        date="2026-09-02 10:12", tz="DE", charset="iso-8859-1", cte="quoted-printable",
        text="""
        Sehr geehrte Frau Castellanos-Berg,

        vielen Dank für Ihre Bewerbung um die 2-Zimmer-Wohnung in der Pilgersheimer Straße 24 und Ihr Interesse an der Besichtigung am Samstag.

        Leider müssen wir Ihnen mitteilen, dass sich der Eigentümer für andere Mietinteressenten entschieden hat. Wir haben Ihre Unterlagen in unsere Kartei aufgenommen und melden uns, falls eine vergleichbare Wohnung frei wird.

        Mit freundlichen Grüßen
        Theresa Brunnhuber
        Hausverwaltung Brunnhuber
        Tegernseer Landstraße 60, 81541 München
        """,
    ),
    dict(
        kind="other", lang="de", slug="kulturjobs_bayern_newsletter", company="", contact="",
        frm=("Kulturjobs Bayern", "newsletter@kulturjobs-bayern.example.de"),
        subject="Neue Stellen der Woche + Ratgeber: Fragen im Vorstellungsgespräch",
        date="2026-07-03 07:15", tz="DE", cte="base64",
        headers=listed("<newsletter.kulturjobs-bayern.example.de>",
                       "https://kulturjobs-bayern.example.de/abmelden"),
        text=digest_text("Kulturjobs Bayern – Newsletter", KULTUR_ITEMS, KULTUR_INTRO, KULTUR_FOOT),
        html=newsletter("Kulturjobs Bayern – Newsletter", KULTUR_ITEMS, KULTUR_INTRO, KULTUR_FOOT),
        wrap=False,
    ),
]
