"""Corpus 186, other: 52 hand-written messages (es 28, en 14, fr 4, de 6)."""

from msgs186_common import (
    CAND,
    M,
    digest_html,
    digest_text,
    fwd_block,
    simple_html,
)


def list_headers(list_id: str, unsub: str, mailto: str = "") -> list[tuple[str, str]]:
    target = f"<{unsub}>" + (f", <mailto:{mailto}>" if mailto else "")
    return [("List-Id", list_id), ("List-Unsubscribe", target),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")]


# ---------------------------------------------------------------- digests (words are their own)

PEM_ITEMS = [
    ("Planificador/a de Mantenimiento Mina - Calama", "Minera del Desierto Alto · Publicado hace 2 días",
     "https://www.portalempleominero.example.cl/oferta/88213?utm_source=alerta"),
    ("Programador de Mantenimiento CAEX - turno 7x7", "Contratista Norte Grande · Antofagasta",
     "https://www.portalempleominero.example.cl/oferta/88190?utm_source=alerta"),
    ("Analista de Confiabilidad Junior", "Servicios Integrales Atacama · Santiago",
     "https://www.portalempleominero.example.cl/oferta/88177?utm_source=alerta"),
    ("Artículo: Me rechazaron después de la entrevista final, ¿y ahora qué?",
     "Blog Portal Empleo Minero · 6 min de lectura",
     "https://www.portalempleominero.example.cl/blog/rechazo-entrevista-final"),
]
PEM_INTRO = ("Hola Ignacio, encontramos 3 nuevas ofertas que coinciden con tu alerta "
             "«planificador mantenimiento» y un artículo que te puede servir.")
PEM_FOOT = ("Recibes este correo porque creaste una alerta en Portal Empleo Minero. "
            "Para dejar de recibirla: https://www.portalempleominero.example.cl/alertas/baja?u=iv8841")

MJ_ITEMS = [
    ("Maintenance Planner - Mobile Plant (FIFO ex Perth)", "Tier-one iron ore · 8/6 roster · $140k-$155k",
     "https://www.minejobswa.example.com.au/job/55102?src=alert"),
    ("Planning Coordinator - Haul Truck Fleet", "Goldfields contractor · Kalgoorlie residential",
     "https://www.minejobswa.example.com.au/job/55088?src=alert"),
    ("Graduate Reliability Engineer", "Lithium processing · Kwinana",
     "https://www.minejobswa.example.com.au/job/55071?src=alert"),
    ("Maintenance Scheduler (SAP PM)", "Port operations · Port Hedland · 2-year contract",
     "https://www.minejobswa.example.com.au/job/55064?src=alert"),
]
MJ_INTRO = ("Hi Ignacio, here are 4 new jobs matching your alert \"maintenance planner\" in "
            "Western Australia. Plus: our guide to acing your first FIFO interview.")
MJ_FOOT = ("You're receiving this job alert from MineJobs WA. Manage alerts or unsubscribe: "
           "https://www.minejobswa.example.com.au/alerts?u=ivl2270")

EI_ITEMS = [
    ("Planificateur maintenance engins H/F - Vénissieux", "Location de matériel BTP · CDI · 35-40 k€",
     "https://www.emploiindus.example.fr/offres/741220"),
    ("Technicien méthodes maintenance H/F - Saint-Priest", "Logistique · CDI",
     "https://www.emploiindus.example.fr/offres/741198"),
    ("Ordonnanceur atelier poids lourds H/F - Villefranche", "Transport · Intérim 6 mois",
     "https://www.emploiindus.example.fr/offres/741180"),
]
EI_INTRO = ("Bonjour Ignacio, 3 nouvelles offres correspondent à votre alerte "
            "« planificateur maintenance » autour de Lyon.")
EI_FOOT = ("Vous recevez cet e-mail car vous avez créé une alerte sur EmploiIndus. "
           "Se désabonner : https://www.emploiindus.example.fr/alertes/desinscription?id=ivl")

JW_ITEMS = [
    ("Instandhaltungsplaner (m/w/d) Baumaschinen", "Düsseldorf-Reisholz · Vollzeit · unbefristet",
     "https://www.jobwerk-rhein.example.de/stelle/30917"),
    ("Fuhrparkdisponent (m/w/d)", "Neuss · Logistik · ab sofort",
     "https://www.jobwerk-rhein.example.de/stelle/30902"),
    ("Arbeitsvorbereiter Instandhaltung (m/w/d)", "Krefeld · Chemiepark",
     "https://www.jobwerk-rhein.example.de/stelle/30888"),
    ("Ratgeber: Absage nach dem Vorstellungsgespräch - so reagieren Sie richtig",
     "Jobwerk Magazin", "https://www.jobwerk-rhein.example.de/magazin/absage-reagieren"),
]
JW_INTRO = ("Hallo Herr Valderrama-Lindqvist, hier sind die neuen Stellen für Ihren Suchauftrag "
            "„Instandhaltungsplaner, Düsseldorf + 30 km“.")
JW_FOOT = ("Sie erhalten diese E-Mail, weil Sie einen Suchauftrag bei Jobwerk Rhein angelegt haben. "
           "Abmelden: https://www.jobwerk-rhein.example.de/suchauftrag/abmelden?k=ivl")

MESSAGES = [
    # ================================================================== es
    M("other", "portalempleo_alert_digest", "es",
      frm=("Portal Empleo Minero", "alertas@portalempleominero.example.cl"),
      subject="3 nuevas ofertas para «planificador mantenimiento» + ¿te rechazaron?",
      date="2026-01-05 07:00 -0300",
      cte="quoted-printable",
      headers=[*list_headers("<alertas.portalempleominero.example.cl>",
                             "https://www.portalempleominero.example.cl/alertas/baja?u=iv8841"),
               ("Auto-Submitted", "auto-generated")],
      text=digest_text("Tus ofertas de hoy", PEM_INTRO, PEM_ITEMS, PEM_FOOT),
      html=digest_html("Tus ofertas de hoy", PEM_INTRO, PEM_ITEMS, PEM_FOOT)),

    M("other", "revistafaena_rejection_article", "es",
      frm=("Revista Faena", "newsletter@revistafaena.example.cl"),
      subject="Boletín Faena #112: cómo responder a un rechazo sin quemar puentes",
      date="2026-02-20 08:30 -0300",
      cte="quoted-printable", alt="simple",
      headers=list_headers("Boletin Revista Faena <boletin.revistafaena.example.cl>",
                           "https://revistafaena.example.cl/baja?e=ignacio.vl%40example.cl",
                           "baja@revistafaena.example.cl"),
      text="""BOLETÍN FAENA #112 - febrero 2026

EN PORTADA
Cómo responder a un rechazo sin quemar puentes
"Lamentablemente, en esta ocasión no continuará en el proceso." Todos hemos recibido ese correo. La psicóloga laboral Macarena Toro explica por qué vale la pena contestar con dos líneas de agradecimiento y pedir retroalimentación: muchas empresas vuelven a llamar a sus segundos lugares cuando se abre otra vacante.
Leer: https://revistafaena.example.cl/2026/02/responder-rechazo

ADEMÁS
- Entrevista con Jaime Orellana, superintendente de planificación: "Busco planificadores que hayan manejado un camión"
- Ranking: las 10 faenas con mejor disponibilidad de flota en 2025
- Calendario de ferias laborales del primer semestre

Revista Faena - periodismo para la minería del norte
Para dejar de recibir este boletín: https://revistafaena.example.cl/baja?e=ignacio.vl%40example.cl
"""),

    M("other", "acman_webinar_entrevista", "es",
      frm=("Asociación Chilena de Mantenimiento", "newsletter@acman.example.cl"),
      subject="Webinar: entrevista en vivo con la gerente de mantenimiento del año",
      date="2026-03-12 12:00 -0300",
      cte="base64",
      headers=list_headers("<socios.acman.example.cl>", "https://acman.example.cl/desuscribir"),
      html=simple_html("""<h2 style="color:#0b4f6c">Webinar ACMAN · jueves 26 de marzo, 18:30 hrs</h2>
<p>Estimado socio:</p>
<p>Te invitamos a nuestra próxima sesión en línea: una <b>entrevista en vivo</b> con Paola
Cifuentes, elegida Gerente de Mantenimiento del Año 2025, sobre cómo formó a operadores de
equipos como planificadores.</p>
<p>Al final habrá una ronda de preguntas del público. Cupos limitados.</p>
<p><a href="https://acman.example.cl/webinar/2026-03-26">Inscríbete aquí</a></p>
<p style="font-size:11px;color:#888">Asociación Chilena de Mantenimiento · Santiago ·
<a href="https://acman.example.cl/desuscribir">Desuscribirse</a></p>""")),

    M("other", "pronet_notificaciones_es", "es",
      frm=("ProNet", "notificaciones@pronet.example.com"),
      subject="Ignacio, 4 personas vieron tu perfil esta semana",
      date="2026-05-21 09:14 -0400",
      cte="quoted-printable",
      headers=[*list_headers("<weekly.pronet.example.com>",
                             "https://www.pronet.example.com/unsubscribe?t=es-weekly"),
               ("Auto-Submitted", "auto-generated")],
      text="""ProNet

Ignacio, 4 personas vieron tu perfil esta semana, entre ellas una reclutadora de una empresa del sector minero.

Felicita a Patricio Ugarte por su nuevo cargo: Supervisor de Turno en Contratista Norte Grande.
https://www.pronet.example.com/feed/update/77120

Empleos que podrían interesarte:
- Planificador de Mantenimiento - Calama
- Coordinador de Flota - Antofagasta
https://www.pronet.example.com/jobs/recommended

Ajustar notificaciones: https://www.pronet.example.com/settings/notifications
""",
      html=simple_html("""<p><b>ProNet</b></p>
<p>Ignacio, <b>4 personas</b> vieron tu perfil esta semana, entre ellas una reclutadora de una
empresa del sector minero.</p>
<p>Felicita a <a href="https://www.pronet.example.com/feed/update/77120">Patricio Ugarte</a>
por su nuevo cargo: Supervisor de Turno en Contratista Norte Grande.</p>
<p>Empleos que podrían interesarte:</p>
<ul><li>Planificador de Mantenimiento - Calama</li><li>Coordinador de Flota - Antofagasta</li></ul>
<p><a href="https://www.pronet.example.com/jobs/recommended">Ver empleos</a></p>
<p style="font-size:11px"><a href="https://www.pronet.example.com/settings/notifications">Ajustar
notificaciones</a></p>""", font="Segoe UI, sans-serif")),

    M("other", "coachbaeza_operador_a_planificador", "es",
      frm=("Carolina Baeza | Coach de Carrera", "newsletter@coachbaeza.example.cl"),
      subject="De operador a planificador: 5 pasos que sí funcionan",
      date="2026-04-14 07:45 -0400",
      alt="simple", cte="quoted-printable",
      headers=list_headers("<newsletter.coachbaeza.example.cl>",
                           "https://coachbaeza.example.cl/baja"),
      text="""Hola Ignacio:

Esta semana me escribieron tres operadores de equipos mineros con la misma pregunta: ¿cómo paso a planificación si en todas las entrevistas me piden experiencia previa?

Mis cinco pasos:
1. Ofrécete para apoyar al planificador de tu turno, aunque sea ordenando el backlog.
2. Aprende lo básico de SAP PM o Ellipse; hay cursos cortos con certificado.
3. Traduce tu experiencia: tú conoces las fallas que ningún informe registra.
4. Prepara un ejemplo concreto de una mantención que ayudaste a programar.
5. Después de cada rechazo, pide retroalimentación. Siempre.

Nos leemos el próximo martes,
Carolina

Para no recibir más estos correos: https://coachbaeza.example.cl/baja
"""),

    M("other", "vocesdelafaena_podcast_request", "es",
      contact="mcarcamo@vocesdelafaena.example.cl",
      frm=("Matías Cárcamo", "mcarcamo@vocesdelafaena.example.cl"),
      subject="Invitación a entrevista para el podcast Voces de la Faena",
      date="2026-06-08 11:30 -0400",
      text="""Hola Ignacio:

Soy productor del podcast Voces de la Faena, donde conversamos con trabajadores de la minería del norte sobre su día a día. Un colega tuyo nos contó que estás dando el salto de operador de CAEX a planificación y nos encantaría entrevistarte para un capítulo.

La grabación dura unos 40 minutos y la hacemos en nuestro estudio en el centro de Antofagasta o por videollamada, cuando te acomode. No hay pago, pero te enviamos el capítulo antes de publicarlo.

¿Te interesa? Cuéntame y coordinamos.

Saludos,
Matías Cárcamo
Productor - Voces de la Faena
+56 9 7351 0042
"""),

    M("other", "portalempleo_user_research", "es",
      contact="flillo@portalempleominero.example.cl",
      frm=("Fernanda Lillo", "flillo@portalempleominero.example.cl"),
      subject="¿Nos ayudas a mejorar Portal Empleo Minero? Entrevista de 30 min",
      date="2026-07-09 10:05 -0400",
      cte="quoted-printable", alt="simple",
      text="""Hola Ignacio:

Soy investigadora de experiencia de usuario en Portal Empleo Minero. Estamos rediseñando las alertas de empleo y buscamos personas que las usen a diario.

Te invito a una entrevista de 30 minutos por videollamada, en la que te pediremos que nos muestres cómo buscas ofertas y qué te molesta del sitio. No evaluamos tu perfil ni tiene relación con ningún proceso de selección. Como agradecimiento te enviamos una gift card de $15.000.

Si te interesa, elige un horario aquí: https://agenda.portalempleominero.example.cl/ux-estudio

Gracias,
Fernanda Lillo
Investigadora UX - Portal Empleo Minero
"""),

    M("other", "enviosnorte_paquete_retrasado", "es",
      frm=("Envíos Rápidos del Norte", "notificaciones@enviosnorte.example.cl"),
      subject="Tu envío 7781-2290-11 viene con retraso",
      date="2026-01-28 15:42 -0300",
      cte="quoted-printable",
      headers=[("Auto-Submitted", "auto-generated")],
      html=simple_html("""<p>Hola Ignacio:</p>
<p>Lamentablemente tu paquete <b>7781-2290-11</b> (remitente: Tienda Seguridad Industrial) no
podrá ser entregado en la fecha estimada por un corte en la Ruta 5 a la altura de Taltal.</p>
<p>Nueva fecha estimada de entrega: <b>viernes 30 de enero</b>.</p>
<p>Puedes revisar la posición de tu envío en tiempo real en
<a href="https://enviosnorte.example.cl/seguimiento/7781229011">nuestro sitio</a>.</p>
<p>Disculpa las molestias.<br>Envíos Rápidos del Norte</p>""")),

    M("other", "despacho_reporte_posicion_caex", "es",
      frm=("Sistema de Despacho Mina", "notificaciones@despacho.minanorte.example.cl"),
      subject="Reporte de turno: posición y ciclos CAEX 214",
      date="2026-02-14 08:05 -0300",
      charset="iso-8859-1", cte="quoted-printable",
      headers=[("Auto-Submitted", "auto-generated")],
      text="""REPORTE AUTOMÁTICO DE TURNO - Turno A noche (13/02 20:00 - 14/02 08:00)

Operador: VALDERRAMA-LINDQVIST, IGNACIO (ficha 40918)
Equipo: CAEX 214

Última posición registrada: Botadero Este, cota 2.815, 07:52 hrs
Ciclos completados: 31 (meta 30)
Tiempo en cola de pala: 1 h 12 min
Demoras: 1 detención por cambio de turno de la pala 05 (22 min)

Este reporte se genera automáticamente. No responda a este mensaje; consultas al jefe de turno.
"""),

    M("other", "amigo_pato_me_rechazaron", "es",
      contact="pato.ugarte@correo.example.cl",
      frm=("Patricio Ugarte", "pato.ugarte@correo.example.cl"),
      subject="me rechazaron po",
      date="2026-03-27 22:48 -0300",
      text="""Nacho, te cuento que me llegó el correo de la minera: "hemos decidido continuar con otros postulantes". Después de tres entrevistas y la prueba psicolaboral, puta, me dio lata.

Bueno, igual me quedo en la contratista, que no está tan mal. ¿Y a ti cómo te fue con lo de Flota Norte? Cuéntame cómo te va en la jornada de prueba del miércoles.

Nos vemos el domingo en el asado.
Pato
"""),

    M("other", "sent_thanks_cerropardo", "es",
      frm=CAND, to=[("Valentina Godoy", "vgodoy@cerropardo.example.cl")],
      subject="Gracias por la entrevista",
      date="2026-09-01 20:10 -0400", id="cp_thanks", parent="cp_move",
      text="""Hola Valentina:

Muchas gracias a ti, a Hernán y a Daniela por la entrevista de hoy. Me quedé con ganas de seguir conversando sobre el programa de cambios de componentes de los CAEX; si les sirve, puedo enviarles la planilla de seguimiento de horas que armé en mi turno.

Quedo atento a los próximos pasos.

Saludos,
Ignacio Valderrama-Lindqvist
+56 9 8841 2270
"""),

    M("other", "sent_thanks_llanosalado", "es",
      frm=CAND, to=[("Rodrigo Alarcón Véliz", "r.alarcon@llanosalado.example.cl")],
      subject="Gracias por el centro de evaluación",
      date="2026-06-02 21:00 -0400", id="ls_thanks",
      text="""Estimado Rodrigo:

Quería agradecerte por la organización del centro de evaluación de hoy en Calama. Fue una jornada exigente pero muy entretenida, sobre todo el ejercicio de programación semanal.

Me interesa mucho el cargo y quedo atento a cualquier novedad.

Saludos cordiales,
Ignacio Valderrama-Lindqvist
"""),

    M("other", "sent_application_uspallata", "es",
      frm=CAND, to=[("Martín Giménez", "mgimenez@uspallata.example.com.ar")],
      subject="Postulación jefe de mantenimiento de flota",
      date="2026-02-16 20:30 -0300", id="us_app",
      text="""Estimado Martín:

Vi en el portal de empleos de Mendoza la búsqueda de jefe de mantenimiento de flota de Transportes Uspallata y quiero postular. Tengo seis años de experiencia como operador de camiones de extracción en Antofagasta y durante el último año apoyé la programación de mantenciones preventivas de mi turno. Estoy dispuesto a radicarme en Mendoza.

Adjunto mi CV. Quedo a disposición para una entrevista.

Saludos,
Ignacio Valderrama-Lindqvist
+56 9 8841 2270
"""),

    M("other", "sent_followup_uspallata", "es",
      frm=CAND, to=[("Martín Giménez", "mgimenez@uspallata.example.com.ar")],
      subject="Consulta estado postulación jefe de mantenimiento de flota",
      date="2026-03-10 19:00 -0300", id="us_followup", parent="us_ack", quote="gt",
      text="""Hola Martín:

Te escribo para consultar si hay novedades sobre la búsqueda de jefe de mantenimiento de flota. Sigo muy interesado y disponible para una entrevista cuando les acomode.

Saludos,
Ignacio
"""),

    M("other", "sent_accept_cerropardo", "es",
      frm=CAND, to=[("Valentina Godoy", "vgodoy@cerropardo.example.cl")],
      subject="Re: Gracias por la entrevista - Carta oferta",
      date="2026-09-17 09:10 -0300", id="cp_accept", parent="cp_offer", quote="gt",
      text="""Hola Valentina:

Revisé la carta con calma y la comenté con mi familia: acepto la oferta con mucho gusto. La fecha de inicio del 19 de octubre me acomoda; aviso hoy mismo en mi trabajo actual.

Quedo atento a los documentos que necesiten.

Un abrazo,
Ignacio
"""),

    M("other", "headhunter_cold_approach_cl", "es",
      contact="sordenes@huntersnorte.example.cl",
      frm=("Sebastián Órdenes", "sordenes@huntersnorte.example.cl"),
      subject="Perfil planificación mantenimiento",
      date="2026-01-30 12:40 -0300",
      text="""Hola Ignacio, ¿cómo estás?

Vi tu perfil en ProNet. Trabajo con varias mineras y contratistas de la Segunda Región y siempre estoy buscando gente de operación que quiera pasar a planificación.

Hoy no tengo una vacante puntual para ti, pero si quieres mándame tu CV actualizado y lo tengo a mano para cuando salga algo.

Saludos,
Sebastián Órdenes
Hunters Norte - Selección de Ejecutivos
+56 9 8120 5573
"""),

    M("other", "banco_posicion_consolidada", "es",
      frm=("Banco del Desierto", "no-reply@bancodesierto.example.cl"),
      subject="Tu cartola mensual y posición consolidada - enero 2026",
      date="2026-02-03 06:30 -0300",
      cte="quoted-printable", alt="simple",
      headers=[("Auto-Submitted", "auto-generated")],
      text="""Estimado Ignacio Valderrama-Lindqvist:

Adjuntamos tu cartola de enero y el resumen de tu posición consolidada (cuenta corriente, depósito a plazo y fondos mutuos).

Si quieres revisar tus inversiones, agenda una cita con tu ejecutivo en la sucursal Antofagasta Centro desde la app o en https://bancodesierto.example.cl/citas

Banco del Desierto
Este correo es generado automáticamente; no respondas a esta dirección.
""",
      attach=[{"kind": "pdf", "name": "Cartola_202601.pdf",
               "title": "Banco del Desierto - Cartola enero 2026",
               "lines": ["Cliente: Ignacio Valderrama-Lindqvist",
                         "Posicion consolidada al 31-01-2026",
                         "Cuenta corriente: $1.240.118",
                         "Deposito a plazo: $3.000.000"]}]),

    M("other", "arriendo_postulacion_rechazada", "es",
      contact="mzepeda@propiedadeszepeda.example.cl",
      frm=("Mónica Zepeda", "mzepeda@propiedadeszepeda.example.cl"),
      subject="Departamento calle Latorre - respuesta del propietario",
      date="2026-04-22 17:15 -0400",
      text="""Hola Ignacio:

Te escribo para contarte que el propietario revisó las postulaciones para el departamento de calle Latorre y, lamentablemente, eligió a otra familia que podía firmar el contrato de arriendo a partir del 1 de mayo.

Tengo otro departamento parecido en la Avenida Brasil que se desocupa en junio. Si te interesa, coordinamos una visita.

Saludos,
Mónica Zepeda
Corredora de Propiedades
+56 9 9023 4418
"""),

    M("other", "colegio_entrevista_apoderado", "es",
      contact="dcarvajal@colegiosanesteban.example.cl",
      frm=("Daniela Carvajal", "dcarvajal@colegiosanesteban.example.cl"),
      subject="Citación a entrevista de apoderado - 4° básico B",
      date="2026-05-15 13:20 -0400",
      charset="iso-8859-1", cte="8bit",
      text="""Estimado apoderado:

Junto con saludar, le cito a una entrevista de apoderado el martes 19 de mayo a las 17:30 en la sala de profesores, para conversar sobre el avance de Amanda en el primer semestre. No es nada preocupante: es la entrevista que hacemos con todas las familias.

Si no puede asistir por su turno, por favor indíqueme otro día para reagendar.

Atentamente,
Daniela Carvajal
Profesora jefe 4° básico B
Colegio San Esteban de Antofagasta
"""),

    M("other", "clinica_hora_reagendada", "es",
      frm=("Clínica Costanera Antofagasta", "no-reply@clinicacostanera.example.cl"),
      subject="Tu hora médica fue reagendada",
      date="2026-06-16 10:02 -0400",
      cte="quoted-printable",
      headers=[("Auto-Submitted", "auto-generated")],
      text="""Hola Ignacio:

Por ausencia del profesional, tu hora de Traumatología con el Dr. Felipe Andrade fue reagendada.

Hora anterior: jueves 18 de junio, 09:40
Nueva hora: martes 23 de junio, 16:20
Lugar: Centro Médico Costanera, piso 2, box 14

Si no puedes asistir, anula tu hora en https://clinicacostanera.example.cl/mis-horas

Clínica Costanera Antofagasta
""",
      ics={"method": "REQUEST", "uid": "hora-99120433@clinicacostanera.example.cl", "seq": 1,
           "start": "2026-06-23 16:20 -0400", "end": "2026-06-23 16:40 -0400",
           "summary": "Hora médica: Traumatología - Dr. Felipe Andrade",
           "location": "Centro Médico Costanera, piso 2, box 14",
           "organizer": ("Clínica Costanera", "no-reply@clinicacostanera.example.cl"),
           "prodid": "-//Clinica Costanera//Agenda//ES"}),

    M("other", "ooo_talentominero", "es",
      contact="francisca.rebolledo@talentominero.example.cl",
      frm=("Francisca Rebolledo", "francisca.rebolledo@talentominero.example.cl"),
      subject="Respuesta automática: Disponibilidad para entrevistas",
      date="2026-02-16 09:01 -0300",
      headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")],
      text="""Hola, gracias por tu correo.

Estoy de vacaciones hasta el lunes 2 de marzo, sin acceso al correo. Si necesitas coordinar una entrevista o un proceso en curso, escribe a mi colega Tomás Vera (tvera@talentominero.example.cl).

Francisca Rebolledo
Talento Minero Consultores
"""),

    M("other", "diplomado_no_seleccionado", "es",
      contact="admision.ec@usalitre.example.cl",
      frm=("Admisión Educación Continua", "admision.ec@usalitre.example.cl"),
      subject="Resultado de postulación - Diplomado en Gestión de Activos y Mantenimiento",
      date="2026-03-05 16:00 -0300",
      alt="simple", cte="quoted-printable",
      text="""Estimado Ignacio Valderrama-Lindqvist:

Agradecemos su postulación al Diplomado en Gestión de Activos y Mantenimiento, versión 2026.

Lamentamos informarle que no fue seleccionado para esta cohorte. El programa recibió 140 postulaciones para 35 vacantes y se priorizó a postulantes con título técnico o profesional en el área.

Le invitamos a postular al Curso de Fundamentos de Planificación de Mantenimiento, que no tiene ese requisito y comienza en abril.

Atentamente,
Unidad de Admisión - Educación Continua
Universidad del Salitre
"""),

    M("other", "sindicato_boletin_oferta_rechazada", "es",
      frm=("Sindicato N.° 2 Trabajadores Mina Norte", "no-reply@sindicato2minanorte.example.cl"),
      subject="Boletín sindical: asamblea rechazó la oferta de la empresa",
      date="2026-08-07 20:30 -0400",
      cte="quoted-printable",
      headers=list_headers("<boletin.sindicato2minanorte.example.cl>",
                           "https://sindicato2minanorte.example.cl/boletin/baja"),
      text="""BOLETÍN SINDICAL N.° 31

Compañeros y compañeras:

En la asamblea de ayer, con un 87 % de los votos, se rechazó la última oferta de la empresa en la negociación colectiva. La comisión negociadora volverá a reunirse con la gerencia el martes.

Recordamos que las entrevistas individuales con el abogado del sindicato se mantienen los jueves de 18:00 a 20:00 en la sede.

Directiva Sindicato N.° 2
Para dejar de recibir el boletín: https://sindicato2minanorte.example.cl/boletin/baja
"""),

    M("other", "amigo_reenvia_aviso", "es",
      contact="cvega.mantencion@correo.example.cl",
      frm=("Cristóbal Vega", "cvega.mantencion@correo.example.cl"),
      subject="Fwd: Aviso planificador Mejillones",
      date="2026-08-18 13:10 -0400",
      text="""Nacho, mira este aviso que me llegó, es justo lo tuyo. Postula antes del 31.

""" + fwd_block("es", "2026-08-17 09:00 -0400",
                "Bolsa de Empleo Puerto Mejillones <no-reply@empleomejillones.example.cl>",
                "cvega.mantencion@correo.example.cl",
                "Nueva oferta: Planificador de Mantenimiento Equipos Portuarios",
                """Cargo: Planificador de Mantenimiento Equipos Portuarios
Ubicación: Mejillones
Requisitos: experiencia en operación o mantención de equipos pesados; deseable manejo de SAP PM.
Postulaciones hasta el 31 de agosto en https://empleomejillones.example.cl/ofertas/2291""") + "\n"),

    M("other", "caja_credito_no_aprobado", "es",
      frm=("Caja de Compensación Los Andes del Norte", "no-reply@cajanorte.example.cl"),
      subject="Tu solicitud de crédito social no fue aprobada",
      date="2026-09-10 11:00 -0300",
      cte="base64",
      headers=[("Auto-Submitted", "auto-generated")],
      html=simple_html("""<p>Hola Ignacio:</p>
<p>Lamentablemente tu solicitud de crédito social N.° 550913 no fue aprobada, porque tu
carga financiera actual supera el máximo permitido.</p>
<p>Puedes volver a postular en 90 días o pedir una entrevista con un ejecutivo para revisar
otras alternativas.</p>
<p>Caja de Compensación Los Andes del Norte</p>""")),

    M("other", "asado_calendar_invite", "es",
      contact="flaco.henriquez@correo.example.cl",
      frm=("Rodrigo Henríquez", "flaco.henriquez@correo.example.cl"),
      subject="Invitación: Asado despedida del Flaco - sáb 11 jul 13:00",
      date="2026-07-01 22:15 -0400",
      text="""Rodrigo Henríquez te invitó a un evento.

Asado despedida del Flaco
sábado 11 de julio de 2026, 13:00 - 19:00
Quincho del condominio, Av. Angamos 0455, Antofagasta

Lleven bebidas y buena onda. Me voy a Santiago, así que es la última en el norte.

¿Vas a asistir? Sí - Quizás - No
""",
      ics={"method": "REQUEST", "uid": "asado-flaco-20260711@correo.example.cl", "seq": 0,
           "start": "2026-07-11 13:00 -0400", "end": "2026-07-11 19:00 -0400",
           "summary": "Asado despedida del Flaco",
           "location": "Quincho del condominio, Av. Angamos 0455, Antofagasta",
           "organizer": ("Rodrigo Henríquez", "flaco.henriquez@correo.example.cl"),
           "prodid": "-//Google Inc//Google Calendar 70.9054//EN"}),

    M("other", "consultora_peru_cold_approach", "es",
      contact="rparedes@consultoraandina.example.pe",
      frm=("Renzo Paredes", "rparedes@consultoraandina.example.pe"),
      subject="Cartera de planificadores - proyectos mineros sur del Perú",
      date="2026-06-30 09:40 -0500",
      alt="simple", cte="quoted-printable",
      text="""Estimado Ignacio:

Mi nombre es Renzo Paredes, de Consultora Andina de Talento. Estamos armando una cartera de planificadores de mantenimiento para proyectos que se iniciarán en el sur del Perú durante 2027.

Por ahora no hay un proceso abierto, pero si le interesa figurar en nuestra cartera, envíeme su CV en formato Word y su pretensión salarial en dólares.

Saludos cordiales,
Renzo Paredes
Consultora Andina de Talento
Calle Las Begonias 475, San Isidro, Lima
"""),

    M("other", "feria_laboral_minera_promo", "es",
      frm=("Feria Laboral Minera Antofagasta", "no-reply@ferialaboralminera.example.cl"),
      subject="Agenda entrevistas con 40 empresas en la Feria Laboral Minera 2026",
      date="2026-10-01 08:00 -0300",
      cte="quoted-printable",
      headers=list_headers("<difusion.ferialaboralminera.example.cl>",
                           "https://ferialaboralminera.example.cl/desuscribir?e=ivl"),
      text=digest_text("Feria Laboral Minera 2026 - 21 y 22 de octubre",
                       "Inscríbete gratis y agenda entrevistas rápidas con empresas mineras, "
                       "contratistas y proveedores. Cupos por empresa limitados.",
                       [("Inscripción de postulantes", "Gratis · Recinto Ferial Antofagasta",
                         "https://ferialaboralminera.example.cl/inscripcion"),
                        ("Lista de empresas participantes", "40 empresas confirmadas",
                         "https://ferialaboralminera.example.cl/empresas"),
                        ("Taller: prepara tu entrevista en 10 minutos", "22 de octubre, 11:00",
                         "https://ferialaboralminera.example.cl/talleres")],
                       "Para dejar de recibir correos de la feria: "
                       "https://ferialaboralminera.example.cl/desuscribir?e=ivl"),
      html=digest_html("Feria Laboral Minera 2026 - 21 y 22 de octubre",
                       "Inscríbete gratis y agenda entrevistas rápidas con empresas mineras, "
                       "contratistas y proveedores. Cupos por empresa limitados.",
                       [("Inscripción de postulantes", "Gratis · Recinto Ferial Antofagasta",
                         "https://ferialaboralminera.example.cl/inscripcion"),
                        ("Lista de empresas participantes", "40 empresas confirmadas",
                         "https://ferialaboralminera.example.cl/empresas"),
                        ("Taller: prepara tu entrevista en 10 minutos", "22 de octubre, 11:00",
                         "https://ferialaboralminera.example.cl/talleres")],
                       "Para dejar de recibir correos de la feria: "
                       "https://ferialaboralminera.example.cl/desuscribir?e=ivl",
                       color="#c0392b")),

    # ================================================================== en
    M("other", "minejobswa_alert_digest", "en",
      frm=("MineJobs WA", "alerts@minejobswa.example.com.au"),
      subject="4 new Maintenance Planner jobs in WA",
      date="2026-02-27 06:00 +0800",
      cte="quoted-printable",
      headers=[*list_headers("<jobalerts.minejobswa.example.com.au>",
                             "https://www.minejobswa.example.com.au/alerts/unsubscribe?u=ivl2270"),
               ("Auto-Submitted", "auto-generated")],
      text=digest_text("Your job alert", MJ_INTRO, MJ_ITEMS, MJ_FOOT),
      html=digest_html("Your job alert", MJ_INTRO, MJ_ITEMS, MJ_FOOT, color="#d35400")),

    M("other", "fleetweekly_interview_mistakes", "en",
      frm=("Fleet Maintenance Weekly", "newsletter@fleetmaintweekly.example.com"),
      subject="5 interview mistakes new maintenance planners make",
      date="2026-04-09 05:30 -0400",
      cte="quoted-printable", alt="simple",
      headers=list_headers("Fleet Maintenance Weekly <weekly.fleetmaintweekly.example.com>",
                           "https://fleetmaintweekly.example.com/unsubscribe?id=88412"),
      text="""FLEET MAINTENANCE WEEKLY - Issue 214

5 interview mistakes new maintenance planners make
1. Talking about wrenches instead of schedules.
2. Not knowing the difference between backlog and work-in-progress.
3. Skipping the question "how do you handle a rejected shutdown plan?"
4. Forgetting to ask who owns the spare parts budget.
5. Not following up with a thank-you note after the interview.
Read more: https://fleetmaintweekly.example.com/articles/interview-mistakes

ALSO THIS WEEK
- Offer season: what planners are being paid in 2026
- Case study: a haul fleet that cut unplanned downtime by 18%

You are receiving this because you subscribed at fleetmaintweekly.example.com.
Unsubscribe: https://fleetmaintweekly.example.com/unsubscribe?id=88412
"""),

    M("other", "pronet_profile_views_en", "en",
      frm=("ProNet", "notifications@pronet.example.com"),
      subject="You appeared in 12 searches this week",
      date="2026-06-04 13:00 +0000",
      cte="quoted-printable",
      headers=[*list_headers("<weekly-en.pronet.example.com>",
                             "https://www.pronet.example.com/unsubscribe?t=en-weekly"),
               ("Auto-Submitted", "auto-generated")],
      html=simple_html("""<p><b>ProNet</b></p>
<p>Hi Ignacio, you appeared in <b>12 searches</b> this week. Recruiters from the mining and
equipment rental industries were among the people who found you.</p>
<p>Jake Morrison and 3 others in your network started a new position.</p>
<p>Jobs you may be interested in: Maintenance Planner (Perth), Fleet Coordinator (Toronto),
Planning Scheduler (Kalgoorlie).</p>
<p><a href="https://www.pronet.example.com/jobs/recommended">See all jobs</a> ·
<a href="https://www.pronet.example.com/settings/notifications">Notification settings</a></p>""",
                       font="Segoe UI, sans-serif")),

    M("other", "shiftchange_handling_rejection", "en",
      frm=("The Shift Change", "newsletter@theshiftchange.example.com"),
      subject="Career advice: bouncing back after a final-round rejection",
      date="2026-08-20 07:00 -0400",
      cte="quoted-printable",
      headers=list_headers("<careers.theshiftchange.example.com>",
                           "https://theshiftchange.example.com/unsubscribe"),
      html=simple_html("""<h1 style="font-size:22px">Bouncing back after a final-round rejection</h1>
<p>You made it to the final interview, you sent the thank-you note, and then the email arrived:
"we have decided not to proceed with your application." It stings more than an early no.</p>
<p>Three things our readers say helped them:</p>
<ol><li>Ask the recruiter for two specific pieces of feedback.</li>
<li>Write down every question you were asked while it is fresh.</li>
<li>Give yourself a 48-hour rule before applying anywhere else.</li></ol>
<p><a href="https://theshiftchange.example.com/blog/final-round-rejection">Read the full
article</a></p>
<p style="font-size:11px;color:#888">The Shift Change - career advice for skilled trades.
<a href="https://theshiftchange.example.com/unsubscribe">Unsubscribe</a></p>""")),

    M("other", "miningmonthly_press_interview", "en",
      contact="hannah.cole@miningmonthlywa.example.com.au",
      frm=("Hannah Cole", "hannah.cole@miningmonthlywa.example.com.au"),
      subject="Interview request - feature on Latin American operators moving to WA",
      date="2026-05-12 10:25 +0800",
      text="""Hi Ignacio,

I'm a journalist with Mining Monthly WA. I'm writing a feature on experienced operators from Chile and Peru who are looking at careers in Western Australia, and one of the recruiters I spoke to suggested you.

Would you be open to a 20-minute interview by phone or video? I'd ask about your path from haul trucks to planning and what the job search has been like from abroad. It's for an article, not a job, and you can review your quotes before publication.

Best regards,
Hannah Cole
Senior Reporter, Mining Monthly WA
+61 8 9486 2210
"""),

    M("other", "heavyhire_ux_research", "en",
      contact="sam.whitaker@heavyhire.example.com",
      frm=("Sam Whitaker", "sam.whitaker@heavyhire.example.com"),
      subject="30-min research interview about the HeavyHire app ($50 voucher)",
      date="2026-07-21 11:00 -0400",
      alt="simple", cte="quoted-printable",
      text="""Hi Ignacio,

I'm a user researcher at HeavyHire. You recently used our app to apply for jobs, and we'd love to hear about your experience.

We're running 30-minute video interviews next week. There are no right or wrong answers: we want to understand how you search and apply for roles, not assess you as a candidate. Everyone who takes part gets a USD 50 gift voucher.

Book a slot here: https://calendly.example.com/heavyhire-research/30min

Thanks,
Sam Whitaker
User Research, HeavyHire
"""),

    M("other", "friend_jake_knocked_back", "en",
      contact="jake.morrison@mail.example.com.au",
      frm=("Jake Morrison", "jake.morrison@mail.example.com.au"),
      subject="knocked back again mate",
      date="2026-03-20 20:40 +0800",
      text="""Ignacio mate,

Got knocked back by Redgum for the planner job after the final interview - "we have chosen to proceed with another candidate", the usual line. Bit gutted because the interview went well.

Anyway, how's your hunt going? If you end up over here for the Pilbara role, first round at the pub in Karratha is on me.

Cheers,
Jake
"""),

    M("other", "sent_sorry_pilbara", "en",
      frm=CAND, to=[("Kirsty Doyle", "kirsty.doyle@pilbarairon.example.com.au")],
      subject="Re: Quick call re Maintenance Planner - Mobile Fleet",
      date="2026-02-11 07:15 -0300", id="pi_sorry", parent="pi_missed", quote="gt",
      text="""Hi Kirsty,

I'm very sorry I missed your call. I converted 10:00 AWST wrongly and thought it was 11 pm tonight in Chile instead of last night. It was entirely my mistake.

Would it be possible to reschedule? I'm available any day this week between 7 pm and midnight Chilean time (6 am - 11 am AWST).

Best regards,
Ignacio Valderrama-Lindqvist
+56 9 8841 2270
"""),

    M("other", "sent_application_swanriver", "en",
      frm=CAND, to=[("Shane Pereira", "shane.pereira@swanriverrec.example.com.au")],
      subject="Application - Fleet Maintenance Planner (Newman)",
      date="2026-04-16 21:00 -0400", id="sr_app",
      text="""Dear Shane,

I would like to apply for the Fleet Maintenance Planner contract in Newman advertised on MineJobs WA. I have six years' experience operating ultra-class haul trucks in northern Chile and have supported my crew's maintenance planner with weekly schedules for the last year.

My visa application is in progress and I can relocate at short notice. My CV is attached.

Kind regards,
Ignacio Valderrama-Lindqvist
Antofagasta, Chile
+56 9 8841 2270
"""),

    M("other", "recruiter_cold_approach_toronto", "en",
      contact="jordan.wells@northboundstaffing.example.ca",
      frm=("Jordan Wells", "jordan.wells@northboundstaffing.example.ca"),
      subject="Your mining background",
      date="2026-08-05 15:10 -0400",
      text="""Hi Ignacio,

I came across your profile on ProNet. I recruit for heavy equipment dealers and rental companies across Ontario, and people who have actually operated the machines are in demand on the planning side.

Nothing specific open right now, but I'd be glad to keep your details on file. If you're open to it, send me an up-to-date resume whenever you like.

Regards,
Jordan Wells
Northbound Staffing
Toronto, ON
"""),

    M("other", "trades_credential_appointment_rescheduled", "en",
      frm=("Ontario Trades Credential Office", "no-reply@otco.example.ca"),
      subject="Your credential assessment appointment has been rescheduled",
      date="2026-09-03 09:00 -0400",
      cte="quoted-printable", alt="simple",
      headers=[("Auto-Submitted", "auto-generated")],
      text="""Dear Ignacio Valderrama-Lindqvist,

Your virtual document review appointment for the Heavy Equipment Operator trade (file OTC-2026-44817) has been rescheduled.

Previous appointment: Tuesday, September 8, 2026, 10:00 AM ET
New appointment: Monday, September 14, 2026, 2:00 PM ET

Please have your original certificates and translations ready. To change this appointment, sign in to your account.

Ontario Trades Credential Office
This is an automated message. Please do not reply.
"""),

    M("other", "ooo_kirsty_doyle", "en",
      contact="kirsty.doyle@pilbarairon.example.com.au",
      frm=("Kirsty Doyle", "kirsty.doyle@pilbarairon.example.com.au"),
      subject="Automatic reply: Re: Quick call re Maintenance Planner - Mobile Fleet",
      date="2026-02-11 18:16 +0800", parent="pi_sorry",
      headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
      text="""Thanks for your email. I'm on leave from 12 February and back on Monday 23 February with limited access to email.

For urgent recruitment matters, including interview scheduling, please contact talent@pilbarairon.example.com.au.

Kirsty Doyle
Talent Acquisition Partner | Pilbara Iron Services
"""),

    M("other", "tafe_place_not_offered", "en",
      contact="admissions@swancoasttafe.example.edu.au",
      frm=("Swan Coast TAFE Admissions", "admissions@swancoasttafe.example.edu.au"),
      subject="Your application: Certificate IV in Maintenance Planning (Semester 2)",
      date="2026-06-19 14:30 +0800",
      cte="quoted-printable", alt="simple",
      text="""Dear Ignacio,

Thank you for applying for the Certificate IV in Maintenance Planning, Semester 2 2026 intake.

Unfortunately we are unable to offer you a place in this intake. Places for international online students were limited and have all been filled.

You are welcome to apply again for the Semester 1 2027 intake, which opens on 1 October.

Kind regards,
Admissions Team
Swan Coast TAFE
"""),

    M("other", "safetygear_order_delayed", "en",
      frm=("SafetyGear Direct", "notifications@safetygeardirect.example.com.au"),
      subject="Update on your order #SG-208841 - delayed, unfortunately",
      date="2026-05-29 12:00 +0800",
      cte="quoted-printable",
      headers=[("Auto-Submitted", "auto-generated")],
      html=simple_html("""<p>Hi Ignacio,</p>
<p>Unfortunately your order <b>#SG-208841</b> (steel-cap work boots, size 43; hi-vis shirt
x2) has been delayed at international customs. We expect it to ship within 5-7 business
days.</p>
<p>We're sorry for the wait. Track your parcel's current position at
<a href="https://safetygeardirect.example.com.au/track/SG-208841">our tracking page</a>.</p>
<p>SafetyGear Direct</p>""")),

    # ================================================================== fr
    M("other", "emploiindus_alerte_lyon", "fr",
      frm=("EmploiIndus", "alertes@emploiindus.example.fr"),
      subject="3 nouvelles offres : planificateur maintenance – Lyon",
      date="2026-05-04 07:10 +0200",
      cte="quoted-printable",
      headers=[*list_headers("<alertes.emploiindus.example.fr>",
                             "https://www.emploiindus.example.fr/alertes/desinscription?id=ivl"),
               ("Auto-Submitted", "auto-generated")],
      text=digest_text("Vos nouvelles offres", EI_INTRO, EI_ITEMS, EI_FOOT),
      html=digest_html("Vos nouvelles offres", EI_INTRO, EI_ITEMS, EI_FOOT, color="#1d3557")),

    M("other", "sent_report_rhoneengins", "fr",
      frm=CAND, to=[("Sandrine Morel", "s.morel@rhoneengins.example.fr")],
      subject="Demande de report – session d'évaluation",
      date="2026-05-29 08:00 -0400", id="re_req", parent="re_assess", quote="gt",
      text="""Bonjour Madame Morel,

Je vous remercie pour cette invitation, que j'accepte avec plaisir. Le vendredi 5 juin, je suis toutefois de service de nuit à la mine et ne pourrai pas être disponible à 8h00, heure du Chili.

Serait-il possible de décaler la session à la semaine suivante ?

Bien cordialement,
Ignacio Valderrama-Lindqvist
"""),

    M("other", "ooo_elodie_garnier", "fr",
      contact="e.garnier@interimconfluence.example.fr",
      frm=("Élodie Garnier", "e.garnier@interimconfluence.example.fr"),
      subject="Réponse automatique : absente jusqu'au 24 avril",
      date="2026-04-14 09:00 +0200",
      charset="windows-1252", cte="quoted-printable",
      headers=[("Auto-Submitted", "auto-replied")],
      text="""Bonjour,

Je suis absente du 13 au 24 avril inclus. Pour toute question urgente concernant une mission ou un entretien, merci de contacter l’agence au 04 78 92 41 00.

Élodie Garnier
Intérim Confluence – Agence Lyon 2
"""),

    M("other", "formation_caces_non_retenue", "fr",
      contact="n.petit@cfera.example.fr",
      frm=("Nathalie Petit", "n.petit@cfera.example.fr"),
      subject="Votre candidature à la formation Technicien de maintenance engins",
      date="2026-07-07 15:30 +0200",
      alt="simple", cte="quoted-printable",
      text="""Bonjour Monsieur Valderrama-Lindqvist,

Nous avons bien étudié votre dossier pour la formation qualifiante « Technicien de maintenance engins de chantier » (session de septembre 2026).

Nous sommes au regret de vous informer que votre candidature à cette formation n'a pas été retenue : la session est réservée aux demandeurs d'emploi inscrits en France, ce qui n'est pas encore votre cas.

Vous pourrez candidater à nouveau une fois installé à Lyon et inscrit à France Travail.

Cordialement,
Nathalie Petit
Conseillère formation
Centre de Formation Engins Rhône-Alpes
"""),

    # ================================================================== de
    M("other", "jobwerk_suchauftrag", "de",
      frm=("Jobwerk Rhein", "newsletter@jobwerk-rhein.example.de"),
      subject="4 neue Treffer für Ihren Suchauftrag „Instandhaltungsplaner“",
      date="2026-06-11 06:45 +0200",
      cte="quoted-printable",
      headers=[*list_headers("<suchauftrag.jobwerk-rhein.example.de>",
                             "https://www.jobwerk-rhein.example.de/suchauftrag/abmelden?k=ivl"),
               ("Auto-Submitted", "auto-generated")],
      text=digest_text("Neue Stellen für Sie", JW_INTRO, JW_ITEMS, JW_FOOT),
      html=digest_html("Neue Stellen für Sie", JW_INTRO, JW_ITEMS, JW_FOOT, color="#8e1b3a")),

    M("other", "berufsnetz_benachrichtigung", "de",
      frm=("BerufsNetz", "benachrichtigungen@berufsnetz.example.de"),
      subject="Ihr Profil wurde 7-mal besucht",
      date="2026-09-15 08:00 +0200",
      charset="iso-8859-1", cte="quoted-printable",
      headers=[*list_headers("<wochenreport.berufsnetz.example.de>",
                             "https://www.berufsnetz.example.de/einstellungen/benachrichtigungen"),
               ("Auto-Submitted", "auto-generated")],
      text="""BerufsNetz - Ihr Wochenreport

Hallo Ignacio,

Ihr Profil wurde in den letzten 7 Tagen 7-mal besucht, unter anderem von Personalverantwortlichen aus der Logistikbranche.

Neue Kontaktanfrage: Lena Vogt (Talent Scout, Ruhr Personal)

Jobempfehlungen für Sie:
- Instandhaltungsplaner (m/w/d), Düsseldorf
- Disponent Werkstatt (m/w/d), Duisburg

Benachrichtigungen verwalten: https://www.berufsnetz.example.de/einstellungen/benachrichtigungen
"""),

    M("other", "sent_thanks_rheinland", "de",
      frm=CAND, to=[("Katrin Hollmann", "k.hollmann@rheinbaumaschinen.example.de")],
      subject="Vielen Dank für das Gespräch",
      date="2026-05-05 22:00 -0400", id="rb_thanks", parent="rb_move",
      cte="quoted-printable",
      text="""Sehr geehrte Frau Hollmann,

vielen Dank für das angenehme Gespräch heute mit Ihnen und Herrn Brückner. Besonders die Einblicke in die Planung der Mietflotte fand ich sehr spannend.

Ich bin weiterhin sehr an der Stelle interessiert und freue mich auf Ihre Rückmeldung.

Mit freundlichen Grüßen
Ignacio Valderrama-Lindqvist
"""),

    M("other", "ruhrpersonal_cold_approach", "de",
      contact="l.vogt@ruhr-personal.example.de",
      frm=("Lena Vogt", "l.vogt@ruhr-personal.example.de"),
      subject="Ihr Profil auf BerufsNetz",
      date="2026-09-16 11:20 +0200",
      alt="simple", cte="quoted-printable",
      text="""Guten Tag Herr Valderrama-Lindqvist,

ich bin auf BerufsNetz auf Ihr Profil gestoßen. Als Talent Scout betreue ich Unternehmen aus Logistik und Baumaschinenhandel an Rhein und Ruhr, die immer wieder Instandhaltungsplaner suchen.

Aktuell habe ich keine konkrete Position für Sie, würde Sie aber gern in meinen Kandidatenpool aufnehmen. Wenn Sie möchten, schicken Sie mir Ihren aktuellen Lebenslauf.

Beste Grüße
Lena Vogt
Talent Scout
Ruhr Personal
Essen
"""),

    M("other", "abwesenheit_hollmann", "de",
      contact="k.hollmann@rheinbaumaschinen.example.de",
      frm=("Katrin Hollmann", "k.hollmann@rheinbaumaschinen.example.de"),
      subject="Abwesenheitsnotiz: Einladung zum Vorstellungsgespräch",
      date="2026-04-23 08:30 +0200",
      headers=[("Auto-Submitted", "auto-replied")],
      text="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 24. April nicht im Büro. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen, auch zu vereinbarten Vorstellungsgesprächen, wenden Sie sich bitte an personal@rheinbaumaschinen.example.de.

Mit freundlichen Grüßen
Katrin Hollmann
Rheinland Baumaschinen GmbH
"""),

    M("other", "sprachinstitut_kurs_ausgebucht", "de",
      contact="p.aydin@sprachinstitut-rhein.example.de",
      frm=("Petra Aydin", "p.aydin@sprachinstitut-rhein.example.de"),
      subject="Ihre Anmeldung zum Intensivkurs Deutsch B1",
      date="2026-07-28 10:10 +0200",
      charset="iso-8859-1", cte="8bit",
      text="""Sehr geehrter Herr Valderrama-Lindqvist,

vielen Dank für Ihre Anmeldung zum Online-Intensivkurs Deutsch B1 ab 17. August.

Leider ist der Kurs bereits ausgebucht, sodass wir Ihnen keinen Platz anbieten können. Wir haben Sie auf die Warteliste gesetzt und informieren Sie, falls ein Platz frei wird. Der nächste Kurs beginnt am 5. Oktober; das Einstufungsgespräch dafür können Sie schon jetzt vereinbaren.

Mit freundlichen Grüßen
Petra Aydin
Kursberatung
Sprachinstitut Rhein, Düsseldorf
"""),
]
