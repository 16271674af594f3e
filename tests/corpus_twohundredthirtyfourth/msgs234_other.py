# ruff: noqa
"""Corpus 234, `other` (52): the candidate's own mail, newsletters and job alerts, career
advice, notifications, and mail that uses interview/appointment/position words in another sense.

The candidate's own texts are constants here because later replies quote them."""

from __future__ import annotations

from msgs234_common import (
    CANDIDATE,
    forwarded,
    gmail_es,
    link_list,
    newsletter,
    paras_html,
)

ME = CANDIDATE
LUCIA = ("Lucía Marín Ortega", "lucia.marin@cobreandevalo.example.es")
PACO = ("Paco Reyes", "freyes@logguadalquivir.example.es")
MARISA = ("Marisa Pozo", "mpozo@logguadalquivir.example.es")
RAMON = ("Ramón Pagán", "rpagan@granelesescombreras.example.es")
SERGIO = ("Sergio Llorente", "sllorente@intermodalcoslada.example.es")
INIGO = ("Íñigo Zabala", "izabala@talentominero.example.es")
NEREA = ("Nerea Casado · Laborar ETT", "nerea.casado@laborar.example.es")
MANUEL = ("Manuel Garrido Vázquez", "mgarrido@odielterminal.example.es")
PRIYA = ("Priya Raman", "priya.raman@nbfleet.example.co.uk")
TOMAS = ("Tomás Pinheiro", "tomas.pinheiro@leixoesquay.example.pt")
GRACE = ("Grace O'Neill", "grace.oneill@kestrelmining.example.com.au")
OLIVER = ("Oliver Grant", "oliver.grant@pitwellsearch.example.co.uk")
CLAIRE = ("Claire Vidal", "claire.vidal@rhoneengins.example.fr")
FRANK = ("Frank Wiesner", "f.wiesner@nrbm.example.de")
ANTONIO = ("Antonio Vela", "antonio.vela@correo.example.es")

CV_PDF = ("CV_Joaquin_Lindstrom-Ayala.pdf", [
    "JOAQUÍN LINDSTRÖM-AYALA",
    "Sevilla (España) · +34 600 000 951 · joaquin.la@example.cl",
    "Objetivo: planificador/a de mantenimiento de flota",
    "2013-2024  Operador de camión de extracción (Komatsu 930E, CAT 797F),",
    "           Minera Cerro Blanco, Antofagasta (Chile). Operador líder 2021-2024.",
    "2025       Curso de planificación de mantenimiento con SAP PM (250 h), Sevilla",
    "Idiomas: español (nativo), inglés (C1), francés (B1), alemán (B1)"])

CV_PDF_EN = ("CV_Joaquin_Lindstrom-Ayala_EN.pdf", [
    "JOAQUÍN LINDSTRÖM-AYALA - Fleet Maintenance Planner",
    "Seville, Spain · +34 600 000 951 · joaquin.la@example.cl",
    "2013-2024  Haul truck operator (Komatsu 930E, CAT 797F), open-pit copper mine,",
    "           Antofagasta, Chile. Lead operator 2021-2024.",
    "2025       Maintenance planning with SAP PM (250 h course)",
    "Languages: Spanish (native), English (C1), French (B1), German (B1)"])

COBRE_THANKS = """Hola, Lucía:

Quería daros las gracias a ti, a Diego y a Rocío por la entrevista de esta mañana y por la visita al taller de camiones. Me gustó mucho el caso del backlog; me quedé pensando en cómo encajar las paradas de los 793 con los cambios de turno.

Quedo a vuestra disposición para cualquier información adicional y espero con interés los próximos pasos.

Un saludo,
Joaquín Lindström-Ayala
+34 600 000 951"""

LG_SORRY = """Paco, perdóname. Se me quedó tirado en la SE-30 a las 9:30 el coche que me habían prestado y me quedé sin batería en el móvil mientras esperaba a la grúa. Lo siento de verdad, no es mi forma de hacer las cosas.

Si todavía te interesa conocerme, me adapto a cualquier día y hora de la semana que viene para la entrevista.

Un saludo,
Joaquín"""

GRAN_OWN = """Buenas noches, Sr. Pagán:

Me llamo Joaquín Lindström-Ayala y le escribo por la oferta de planificador de mantenimiento de Graneles Escombreras publicada en el portal del Puerto de Cartagena.

Durante once años conduje camiones de extracción (Komatsu 930E y CAT 797F) en una mina de cobre de Antofagasta, los tres últimos como operador líder, con responsabilidad sobre los partes de averías y la coordinación con el taller. Desde que llegué a España he completado un curso de planificación de mantenimiento con SAP PM y busco dar el salto a ese rol.

Le adjunto mi CV. Quedo a su disposición para ampliar cualquier información.

Atentamente,
Joaquín Lindström-Ayala
+34 600 000 951"""

TM_REPLY = """Hola, Íñigo:

Gracias por acordarte de mí. Sí, me interesa escuchar el proyecto; te adjunto el CV actualizado. Esta semana tengo libres las mañanas.

Un saludo,
Joaquín"""

ODIEL_OWN = """Estimado Sr. Garrido:

Le escribo por recomendación de Antonio Vela, que coincidió con usted en la terminal de Palos. He sido operador de camiones de extracción durante once años en una mina de cobre de Antofagasta (Chile) y desde el año pasado vivo en Sevilla.

Me gustaría presentarle mi candidatura espontánea para cualquier puesto de planificación o coordinación de mantenimiento de maquinaria en la terminal. Adjunto mi CV y quedo a su disposición para una entrevista cuando le venga bien.

Atentamente,
Joaquín Lindström-Ayala
+34 600 000 951"""

LEIXOES_THANKS = """Dear Tomás,

Thank you for this morning's panel interview, and please pass my thanks to Inês and Ricardo as well. I enjoyed the straddle-carrier exercise and the discussion about moving from fixed-interval services to condition-based maintenance.

I'm very motivated by the role and happy to provide references or anything else you need for the next stage.

Kind regards,
Joaquín Lindström-Ayala
+34 600 000 951"""

NRBM_OWN = """Sehr geehrter Herr Wiesner,

vielen Dank für die Einladung. Den Termin am Montag, 22. Juni, um 13:00 Uhr in Rheinhausen bestätige ich gern. Ich fliege am Sonntag nach Düsseldorf und bin pünktlich bei Ihnen.

Mit freundlichen Grüßen
Joaquín Lindström-Ayala"""

THARSIS_REJECTION = """Estimado/a Joaquín:

Te agradecemos el interés mostrado en Minera Tharsis Norte y el tiempo invertido en el proceso de selección para el puesto de Técnico/a de Planificación de Mantenimiento (JR-04471).

Tras revisar detenidamente todas las candidaturas recibidas, lamentamos comunicarte que en esta ocasión no continuarás en el proceso.

Te animamos a consultar nuestro portal de empleo y a inscribirte en futuras ofertas que se ajusten a tu perfil.

Atentamente,
Equipo de Adquisición de Talento
Minera Tharsis Norte"""


def bulk(list_id: str, unsubscribe: str) -> dict[str, str]:
    """The headers a mailing list or a job board's bulk sender adds."""
    return {"List-Id": list_id,
            "List-Unsubscribe": f"<{unsubscribe}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "Precedence": "bulk"}


def items_text(items: list[tuple[str, str, str]]) -> str:
    return "\n\n".join(f"{title}\n{desc}\n{url}" for title, url, desc in items)


# --- job alerts and newsletters -----------------------------------------------------------

EMPLEOSUR_ITEMS = [
    ("Planificador/a de mantenimiento – Minería (Huelva)",
     "https://empleosur.example.es/o/88213?utm_source=alerta",
     "Empresa minera del Andévalo · 35.000–40.000 € · Entrevista en 48 h para perfiles con SAP PM"),
    ("Técnico/a de planificación de flota – Sevilla",
     "https://empleosur.example.es/o/88240?utm_source=alerta",
     "Operador logístico · Jornada completa · Incorporación inmediata"),
    ("Jefe/a de taller de maquinaria pesada – Palos de la Frontera",
     "https://empleosur.example.es/o/88251?utm_source=alerta",
     "Alquiler de maquinaria · Se requiere carné C · Proceso con prueba práctica"),
    ("Coordinador/a de mantenimiento de grúas portuarias – Huelva",
     "https://empleosur.example.es/o/88266?utm_source=alerta",
     "Terminal de graneles · Turnos rotativos · 15 candidatos inscritos"),
]
EMPLEOSUR_INTRO = """Hola, Joaquín:

Estas son las nuevas ofertas que coinciden con tu alerta «planificador mantenimiento» en Huelva y Sevilla. Recuerda: las empresas que responden a todas las candidaturas (también con un «no») llevan el sello «Responde siempre»."""
EMPLEOSUR_OUTRO = """Consejo de la semana: si has recibido un rechazo tras una entrevista, pide feedback en 48 horas; el 40 % de las empresas responde.

Gestiona tus alertas: https://empleosur.example.es/cuenta/alertas
Darse de baja: https://empleosur.example.es/baja?u=jla-7731"""

HAULJOBS_ITEMS = [
    ("Maintenance Planner – Open Pit Copper (Huelva, Spain)",
     "https://hauljobs.example.com/j/51102?src=digest",
     "Mining contractor · Relocation support · Interviews held in English"),
    ("Fleet Reliability Planner – Port Logistics (Porto, Portugal)",
     "https://hauljobs.example.com/j/51177?src=digest",
     "Terminal operator · SAP PM essential · Apply by 20 April"),
    ("Service Planner – Dealer Network (Madrid, Spain)",
     "https://hauljobs.example.com/j/51190?src=digest",
     "Heavy equipment dealer · Hybrid · Fast-track interview for shortlisted candidates"),
]

FORO_ITEMS = [
    ("La entrevista técnica de planificador: cinco ejercicios que se repiten",
     "https://foromantenimiento.example.es/articulos/entrevista-planificador",
     "Backlogs, criticidad de repuestos y el clásico «priorice estas 20 órdenes»."),
    ("¿Por qué nadie explica un rechazo? Hablan tres responsables de selección",
     "https://foromantenimiento.example.es/articulos/rechazos",
     "Lo que hay detrás de «hemos optado por otras candidaturas»."),
    ("Nueva instrucción técnica sobre neumáticos OTR en explotaciones a cielo abierto",
     "https://foromantenimiento.example.es/normativa/otr-2026",
     "Qué cambia en inspecciones y almacenamiento a partir de enero."),
]

TEMPORIS_ITEMS = [
    ("Mecánico/a de maquinaria pesada – Cartagena",
     "https://temporis.example.es/ofertas/ct-1182", "Contrato de 6 meses · turno de mañana"),
    ("Gruista de terminal portuaria – Escombreras",
     "https://temporis.example.es/ofertas/ct-1190", "Imprescindible carné de operador de grúa"),
    ("Administrativo/a de taller – Murcia",
     "https://temporis.example.es/ofertas/mu-0877", "Jornada completa · incorporación inmediata"),
]

TRABAJOPUERTO_ITEMS = [
    ("Planificador/a de mantenimiento de equipos portuarios",
     "https://trabajopuerto.example.es/empleo/4471-planificador-cartagena",
     "Cartagena · Publicada hace 2 días · 23 candidaturas"),
    ("Técnico/a de fiabilidad – cintas transportadoras",
     "https://trabajopuerto.example.es/empleo/4480-fiabilidad-escombreras",
     "Escombreras · Publicada hoy"),
]

EMPLOISRHONE_ITEMS = [
    ("Planificateur maintenance engins TP (H/F) – Lyon 7e",
     "https://emploisrhone.example.fr/offre/77120", "CDI · 36-40 k€ · entretien en visio possible"),
    ("Responsable parc matériel (H/F) – Vénissieux",
     "https://emploisrhone.example.fr/offre/77135", "Loueur d'engins · permis C apprécié"),
    ("Coordinateur atelier poids lourds (H/F) – Saint-Priest",
     "https://emploisrhone.example.fr/offre/77141", "Transport régional · prise de poste en septembre"),
    ("Planificateur ordonnancement maintenance (H/F) – Givors",
     "https://emploisrhone.example.fr/offre/77152", "Carrière de granulats · horaires de journée"),
    ("Technicien méthodes maintenance (H/F) – Corbas",
     "https://emploisrhone.example.fr/offre/77160", "Concessionnaire engins · GMAO Coswin"),
]

STELLEN_ITEMS = [
    ("Instandhaltungsplaner (m/w/d) Hafenlogistik – Duisburg",
     "https://stellenmarkt-ruhr.example.de/job/33017", "Vollzeit · unbefristet · Schichtzulage"),
    ("Fuhrparkleiter (m/w/d) – Moers",
     "https://stellenmarkt-ruhr.example.de/job/33042", "Entsorgungsbetrieb · Führerschein CE"),
    ("Serviceplaner Baumaschinen (m/w/d) – Oberhausen",
     "https://stellenmarkt-ruhr.example.de/job/33058", "Händlernetz · Englischkenntnisse erwünscht"),
]

SPANISH = [
    # ---- the candidate's own mail -----------------------------------------------------------
    dict(
        kind="other", slug="own_thank_you_cobre_andevalo", lang="es", key="cobre_thanks",
        parent="cobre_panel", frm=ME, to=LUCIA,
        cc=("Diego Porras", "diego.porras@cobreandevalo.example.es"),
        date="2026-02-12 19:05 +0100",
        subject="Gracias por la entrevista – Planificador/a de Mantenimiento de Flota",
        text=COBRE_THANKS,
    ),
    dict(
        kind="other", slug="own_apology_after_missed_visit", lang="es", key="lg_sorry",
        parent="lg_missed", frm=ME, to=PACO, date="2026-02-12 13:15 +0100",
        subject="Disculpas por lo de esta mañana", text=LG_SORRY,
    ),
    dict(
        kind="other", slug="own_application_with_cv_graneles", lang="es", key="gran_own",
        frm=ME, to=RAMON, date="2026-04-27 21:30 +0200",
        subject="Candidatura planificador de mantenimiento", text=GRAN_OWN, pdf=[CV_PDF],
    ),
    dict(
        kind="other", slug="own_reschedule_request_coslada", lang="es", key="cos_own",
        parent="cos_invite", frm=ME, to=SERGIO, date="2026-04-03 08:50 +0200",
        subject="Re: Invitación: Entrevista panel – Planificador de mantenimiento de flota @ mar 7 abr 2026 10:00 - 11:30 (CEST)",
        text="""Hola, Sergio:

Gracias por la convocatoria. ¿Sería posible mover la entrevista del martes 7? Ese día tengo el examen práctico del carné C en Sevilla y no llegaría a Coslada a tiempo. El miércoles 8 o el jueves 9 me vendrían bien a cualquier hora.

Perdona las molestias.

Un saludo,
Joaquín

""" + gmail_es("jue, 2 abr 2026 a las 11:05", SERGIO, """Hola Joaquín:

Como hablamos por teléfono, te envío la convocatoria para la entrevista de panel del martes 7 de abril, de 10:00 a 11:30, en nuestras oficinas de Coslada (Av. de la Fuente Nueva 14, 2.ª planta)."""),
    ),
    dict(
        kind="other", slug="own_reply_to_headhunter_with_cv", lang="es", key="tm_reply",
        parent="tm_cold", frm=ME, to=INIGO, to_cs="utf-8/B", date="2026-03-10 20:31 +0100",
        subject="Re: Proyecto planificación – sur de España", text=TM_REPLY, pdf=[CV_PDF],
    ),
    dict(
        kind="other", slug="own_spontaneous_application_odiel", lang="es", key="odiel_own",
        frm=ME, to=MANUEL, date="2026-01-08 08:40 +0100",
        subject="Candidatura espontánea – planificador de mantenimiento", text=ODIEL_OWN,
        pdf=[CV_PDF],
    ),
    dict(
        kind="other", slug="own_documents_to_ett", lang="es", key="lab_own", parent="lab_ack",
        frm=ME, to=NEREA, date="2026-02-26 18:20 +0100",
        subject="Re: Confirmación de inscripción – Laborar ETT",
        pdf=[("NIE_Joaquin_Lindstrom.pdf", ["Copia del NIE (anverso y reverso)",
                                            "Titular: Joaquín Lindström-Ayala"]),
             ("Permiso_conducir.pdf", ["Copia del permiso de conducción",
                                       "Clases: B (canje) - C en trámite"])],
        text="""Hola, Nerea:

Te adjunto el NIE por las dos caras y el permiso de conducir. La clase C del permiso sigue en trámite con Tráfico, te aviso en cuanto la tenga.

Para la entrevista telefónica que comentaste, esta semana y la que viene estoy disponible por las mañanas.

Gracias,
Joaquín""",
    ),
    dict(
        kind="other", slug="own_declines_offer_guadalquivir", lang="es", key="lg_decline",
        parent="lg_offer", frm=ME, to=MARISA, cc=PACO, date="2026-03-12 09:10 +0100",
        subject="Re: Propuesta de incorporación – Planificador de Mantenimiento de Flota",
        text="""Buenos días, Marisa:

Muchas gracias por la propuesta y por la confianza. Lo he pensado mucho estos días y he decidido no aceptar la oferta: estoy en la fase final de un proceso para un puesto de planificación en minería, que es donde quiero desarrollarme, y no me parece justo haceros esperar.

Dale las gracias a Paco de mi parte; aprendí mucho en la visita al taller.

Un saludo,
Joaquín Lindström-Ayala""",
    ),
    dict(
        kind="other", slug="own_forwards_rejection_as_attachment", lang="es", key="own_fwd",
        frm=ME, to=ANTONIO, date="2026-02-11 20:05 +0100",
        subject="Fwd: Actualización sobre tu candidatura: Técnico/a de Planificación de Mantenimiento (JR-04471)",
        text="""Antonio, te reenvío adjunto el correo de Tharsis. Es el tercer «no» automático este mes y ni siquiera llegué a hablar con nadie.

¿Tú crees que debería quitar del CV lo de operador y poner más peso al curso de SAP? Si tienes un rato esta semana, te invito a un café y me das tu opinión.

Un abrazo,
Joaquín""",
        attach_msg=dict(
            frm=("Minera Tharsis Norte", "tharsisnorte@myworkday.com"),
            date="2026-02-11 07:31 +0000", lang="es", msgid="<wd-tharsis-04471-rej@myworkday.com>",
            subject="Actualización sobre tu candidatura: Técnico/a de Planificación de Mantenimiento (JR-04471)",
            text=THARSIS_REJECTION, filename="Actualizacion_candidatura.eml"),
    ),
    # ---- lists, alerts, advice -----------------------------------------------------------
    dict(
        kind="other", slug="empleosur_job_alert_digest", lang="es",
        frm=("EmpleoSur Alertas", "alertas@empleosur.example.es"), form="alt",
        headers=bulk("Alertas de empleo EmpleoSur <alertas.empleosur.example.es>",
                     "https://empleosur.example.es/baja?u=jla-7731"),
        date="2026-03-02 07:00 +0100",
        subject="12 nuevas ofertas para «planificador mantenimiento» en Huelva y Sevilla",
        text=EMPLEOSUR_INTRO + "\n\n" + items_text(EMPLEOSUR_ITEMS) + "\n\n" + EMPLEOSUR_OUTRO,
        html=newsletter("EmpleoSur · Tu alerta de empleo",
                        paras_html(EMPLEOSUR_INTRO) + "\n" + link_list(EMPLEOSUR_ITEMS),
                        paras_html(EMPLEOSUR_OUTRO)),
    ),
    dict(
        kind="other", slug="carrera_minera_rejection_advice", lang="es",
        frm=("Carrera Minera", "boletin@carreraminera.example.es"), form="html",
        headers=bulk("Boletín Carrera Minera <boletin.carreraminera.example.es>",
                     "https://carreraminera.example.es/baja"),
        date="2026-04-16 08:00 +0200",
        subject="Cómo responder a un correo de rechazo (y por qué hacerlo)",
        html=newsletter("Carrera Minera · Boletín quincenal", paras_html("""Hola:

Un correo de rechazo no es el final de la relación con una empresa. En la minería, donde los equipos de selección son pequeños y se conocen entre sí, una respuesta educada puede abrirte la puerta a la siguiente vacante.

1. Agradece la oportunidad y el tiempo de la entrevista.
2. Pide, sin presionar, uno o dos puntos de mejora.
3. Deja claro que te interesa que te tengan en cuenta para futuros procesos.

En el próximo número: cómo preparar la entrevista técnica de planificador y qué llevar al panel.""") + """
<p><a href="https://carreraminera.example.es/articulos/responder-rechazo">Leer el artículo completo</a> ·
<a href="https://carreraminera.example.es/plantillas">Descargar plantillas de respuesta</a></p>""",
                        'Recibes este boletín porque te suscribiste en carreraminera.example.es. '
                        '<a href="https://carreraminera.example.es/baja">Darse de baja</a>'),
    ),
    dict(
        kind="other", slug="foro_mantenimiento_bulletin", lang="es",
        frm=("Foro de Mantenimiento Minero", "boletin@foromantenimiento.example.es"),
        form="alt", cte="qp",
        headers=bulk("Foro de Mantenimiento Minero <socios.foromantenimiento.example.es>",
                     "https://foromantenimiento.example.es/baja?id=55821"),
        date="2026-09-01 07:30 +0200",
        subject="Boletín n.º 58: entrevistas técnicas, rechazos y la nueva norma de neumáticos OTR",
        text="Boletín n.º 58 – septiembre de 2026\n\n" + items_text(FORO_ITEMS)
             + "\n\nPróxima jornada técnica: 15 de octubre, Huelva. Inscripción gratuita para socios.",
        html=newsletter("Foro de Mantenimiento Minero · Boletín n.º 58", link_list(FORO_ITEMS)
                        + "\n<p>Próxima jornada técnica: 15 de octubre, Huelva. Inscripción "
                          "gratuita para socios.</p>",
                        '<a href="https://foromantenimiento.example.es/baja?id=55821">Baja</a>'),
    ),
    dict(
        kind="other", slug="temporis_weekly_newsletter", lang="es",
        frm=("Temporis ETT", "boletin@temporis.example.es"), form="html",
        headers=bulk("Ofertas Temporis Murcia <murcia.boletin.temporis.example.es>",
                     "https://temporis.example.es/preferencias/baja"),
        date="2026-05-04 08:30 +0200",
        subject="Ofertas de la semana en la Región de Murcia y consejos para tu próxima entrevista",
        html=newsletter("Temporis · Ofertas de la semana", paras_html("""¡Hola!

Esta semana tenemos nuevas posiciones abiertas en Cartagena y Murcia. Y si te han convocado a una entrevista, repasa nuestros tres consejos: llega diez minutos antes, lleva tu CV impreso y prepara un ejemplo concreto de un problema que hayas resuelto.""")
                        + "\n" + link_list(TEMPORIS_ITEMS),
                        "Temporis ETT · Recibes este correo como candidato registrado. "
                        '<a href="https://temporis.example.es/preferencias/baja">Cancelar suscripción</a>'),
    ),
    dict(
        kind="other", slug="trabajopuerto_alert_base64", lang="es",
        frm=("TrabajoPuerto", "alertas@trabajopuerto.example.es"), form="html",
        cte="base64",
        headers=bulk("<alertas.trabajopuerto.example.es>",
                     "https://trabajopuerto.example.es/alertas/baja?t=c5f1"),
        date="2026-05-18 07:05 +0200",
        subject="Alerta de empleo: Planificador de mantenimiento en Cartagena",
        html=newsletter("TrabajoPuerto · Alerta de empleo", paras_html(
            "Hay 2 nuevas ofertas para tu búsqueda «planificador de mantenimiento» en Cartagena.")
                        + "\n" + link_list(TRABAJOPUERTO_ITEMS),
                        '<a href="https://trabajopuerto.example.es/alertas/baja?t=c5f1">Eliminar esta alerta</a>'),
    ),
    dict(
        kind="other", slug="redprofesional_searches_notification", lang="es",
        frm=("RedProfesional", "notificaciones@redprofesional.example.com"), form="alt",
        headers=bulk("<notificaciones.redprofesional.example.com>",
                     "https://redprofesional.example.com/ajustes/email?baja=busquedas"),
        date="2026-06-08 18:00 +0200",
        subject="Joaquín, has aparecido en 14 búsquedas esta semana",
        text="""Has aparecido en 14 búsquedas esta semana

Quién te ha buscado: técnicos de selección de empresas de minería, logística y alquiler de maquinaria.
Palabras clave más usadas: «planificador mantenimiento», «flota», «SAP PM».

Una persona de Potasas del Mar Menor ha visto tu perfil.

Empleos que pueden interesarte:
- Planificador de mantenimiento · Cartagena · Solicitud sencilla
- Responsable de flota · Sevilla · 34 solicitudes

Ver todas las búsquedas: https://redprofesional.example.com/me/busquedas
Darte de baja de estas notificaciones: https://redprofesional.example.com/ajustes/email?baja=busquedas""",
    ),
    # ---- people, using the words in another sense ----------------------------------------
    dict(
        kind="other", slug="chilean_friend_own_rejection", lang="es",
        frm=("Matías Contreras", "mati.contreras@correo.example.cl"),
        date="2026-05-12 22:40 -0400", subject="me rebotaron en Calama jaja",
        text="""Joaco, ¿cómo estái hermano?

Te cuento que me llegó el correo de la minera en Calama: no quedé. Después de tres entrevistas y la prueba psicolaboral me mandaron el típico «agradecemos tu interés, pero seguimos con otros candidatos». Harta rabia, pero bueno, así es la pega.

¿Y a ti cómo te va con las postulaciones allá en España? Vi en tu Instagram que andabai en Portugal, ¿fuiste a una entrevista?

Un abrazo grande, cuídate.
Mati""",
    ),
    dict(
        kind="other", slug="landlord_boiler_appointment", lang="es",
        frm=("Rafael Oliva", "rafael.oliva@correo.example.es"), charset="iso-8859-1",
        cte="qp", date="2026-01-19 09:30 +0100",
        subject="Piso Pagés del Corro: visita del técnico de la caldera",
        text="""Hola Joaquín:

Te escribo porque el técnico de la caldera me ha dado cita para el jueves 22 entre las 9:00 y las 11:00. Va a revisar la presión y cambiar la posición de la salida de humos, que según la última inspección no cumple.

¿Podrías estar en casa o dejarle las llaves a la vecina del 2.º B? Si no te viene bien, dímelo y le pido otro día.

Por cierto, el recibo del agua de diciembre ya está en el buzón.

Un saludo,
Rafael""",
    ),
    dict(
        kind="other", slug="school_tutor_interview", lang="es",
        frm=("María José Domínguez", "mjdominguez@cpsanjacinto.example.es"),
        name_cs="iso-8859-1/B", date="2026-03-11 14:05 +0100",
        subject="Entrevista de tutoría – Amanda Lindström, 3.º B",
        text="""Estimado Sr. Lindström-Ayala:

Le escribo para convocarle a una entrevista individual de tutoría para hablar de la adaptación de Amanda al grupo de 3.º B y de su evolución en el segundo trimestre. Le propongo el martes 17 de marzo a las 16:30 en el aula de 3.º, o el jueves 19 a la misma hora.

Le ruego que me confirme qué día le viene mejor a través de este correo o de la agenda escolar.

Un saludo cordial,
María José Domínguez
Tutora de 3.º B · CEIP San Jacinto (Sevilla)""",
    ),
    dict(
        kind="other", slug="bank_position_and_advisor_meeting", lang="es",
        frm=("Banco Hispalense", "avisos@bancohispalense.example.es"), form="alt",
        date="2026-07-01 06:30 +0200", subject="Su posición global y cita con su gestor",
        text="""Estimado cliente:

Ya tiene disponible en la banca online el extracto de su posición global a 30 de junio de 2026.

Además, su gestor personal, D. Fernando Ruiz, le propone una cita en la oficina de Triana (C/ San Jacinto 40) para revisar su cuenta nómina y las condiciones de su tarjeta. Puede reservar día y hora desde la aplicación, en el apartado «Mis citas».

Si ya ha concertado la cita, no tenga en cuenta este mensaje.

Banco Hispalense
Este correo es informativo. Por favor, no responda a este mensaje.""",
    ),
    dict(
        kind="other", slug="health_centre_appointment_reminder", lang="es",
        frm=("Centro de Salud Triana", "noreply.citaprevia@salud.example.es"),
        date="2026-05-02 10:00 +0200",
        subject="Recordatorio de cita: Medicina de Familia – 04/05/2026 09:20",
        headers={"Auto-Submitted": "auto-generated"},
        text="""Le recordamos su cita:

Paciente: JOAQUIN LINDSTROM AYALA
Centro: Centro de Salud Triana – Consulta 12
Profesional: Dra. Elena Márquez (Medicina de Familia)
Fecha y hora: lunes 4 de mayo de 2026, 09:20

Si no puede acudir, anule su cita desde la app o llamando al 955 000 100 para que otra persona pueda aprovecharla.

Este es un mensaje automático. No responda a este correo.""",
    ),
    dict(
        kind="other", slug="fp_admission_refused", lang="es",
        frm=("Admisión FP", "noreply@admisionfp.example.es"), cte="8bit",
        date="2026-07-24 09:00 +0200",
        subject="Resolución de admisión – Ciclo Formativo de Grado Superior en Mecatrónica Industrial",
        text="""Estimado/a solicitante:

Le comunicamos la resolución definitiva del procedimiento de admisión para el curso 2026/2027.

Solicitud: FP-2026-118342
Ciclo: CFGS Mecatrónica Industrial (modalidad presencial)
Centro: IES Politécnico Hispalense (Sevilla)
Resultado: NO ADMITIDO – lista de espera, posición 37

Lamentablemente, el número de plazas ofertadas no ha permitido atender su solicitud en esta adjudicación. Podrá consultar la evolución de la lista de espera en la Secretaría Virtual.

Contra esta resolución podrá interponer recurso de alzada en el plazo de un mes.

Servicio de Admisión de Formación Profesional""",
    ),
    dict(
        kind="other", slug="out_of_office_recruiter", lang="es", parent="cobre_rej",
        frm=LUCIA,
        headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        date="2026-08-04 10:12 +0200",
        subject="Respuesta automática: Plazas de supervisor de turno",
        text="""Gracias por tu mensaje. Estoy de vacaciones hasta el lunes 24 de agosto, con acceso limitado al correo.

Para cualquier asunto relacionado con procesos de selección en curso, puedes escribir a seleccion@cobreandevalo.example.es. Si se trata de una entrevista ya programada, se mantendrá en la fecha y hora previstas.

Un saludo,
Lucía Marín Ortega
Técnica de Selección · Cobre Andévalo""",
    ),
    dict(
        kind="other", slug="headhunter_cold_approach", lang="es", key="tm_cold",
        frm=INIGO, name_cs="utf-8/B", date="2026-03-10 11:40 +0100",
        subject="Proyecto planificación – sur de España",
        text="""Hola, Joaquín:

Me llamo Íñigo Zabala y soy socio de Talento Minero Partners, una firma de búsqueda de mandos técnicos para minería y áridos. He visto tu perfil en RedProfesional y tu paso de operador de CAEX a planificación me parece justo lo que buscan algunos de nuestros clientes.

No tengo todavía una posición concreta que proponerte por escrito, pero estamos trabajando en un par de proyectos en Andalucía y Murcia para los que tu experiencia podría encajar. Si te apetece, mándame tu CV actualizado y te cuento más cuando pueda.

Un saludo,
Íñigo Zabala
Socio · Talento Minero Partners
+34 910 000 733""",
    ),
    dict(
        kind="other", slug="podcast_interview_request", lang="es",
        frm=("Lorena Vidal", "lorena@podcastmineria.example.es"),
        date="2026-09-14 12:30 +0200",
        subject="Invitación a «Minería 4.0, el podcast» – ¿nos cuentas tu historia?",
        text="""Hola, Joaquín:

Soy Lorena Vidal, presentadora de «Minería 4.0, el podcast». Íñigo Zabala nos habló de ti y nos encantaría entrevistarte para un episodio sobre personas que pasan de la operación a la planificación de mantenimiento, y sobre lo que supone rehacer la carrera en otro país.

La grabación dura unos 40 minutos, se hace por videollamada y te mandamos las preguntas con antelación. Tenemos huecos el 29 y el 30 de septiembre por la tarde.

¿Te animas?

Lorena Vidal
Minería 4.0, el podcast · podcastmineria.example.es""",
    ),
    dict(
        kind="other", slug="ux_research_interview_invite", lang="es",
        frm=("Sara Molina (EmpleoSur UX)", "sara.molina@empleosur.example.es"),
        date="2026-05-26 11:00 +0200",
        subject="¿Nos dedicas 30 minutos? Entrevista sobre tu búsqueda de empleo",
        text="""Hola, Joaquín:

Soy Sara, del equipo de experiencia de usuario de EmpleoSur. Estamos rediseñando las alertas de empleo y buscamos personas que las usen a diario para una entrevista de investigación de unos 30 minutos por videollamada.

No es un proceso de selección: solo queremos que nos cuentes cómo buscas trabajo y qué te sobra o te falta en nuestros correos. Como agradecimiento, te enviaremos una tarjeta regalo de 25 €.

Si te interesa, elige un hueco aquí: https://empleosur.example.es/investigacion/agenda

¡Gracias!
Sara Molina
UX Research · EmpleoSur""",
    ),
    dict(
        kind="other", slug="friend_forwards_port_job_posting", lang="es",
        frm=("Carla Ramos", "carla.ramos@correo.example.es"), date="2026-02-27 22:03 +0100",
        subject="Fwd: Oferta: Jefe/a de Taller – Puerto de Huelva",
        text="""Mira esto, ¿no es lo tuyo? Me lo ha pasado mi cuñado, que trabaja en el puerto. Dice que están desesperados buscando a alguien y que las entrevistas las hacen la semana que viene.

Besos,
Carla

""" + forwarded("es", ("Bolsa de Empleo Portuaria", "bolsa@empleoportuario.example.es"),
                "jue, 26 feb 2026, 17:40", "Oferta: Jefe/a de Taller – Puerto de Huelva",
                ("Pedro Ramos", "pedro.ramos@correo.example.es"), """Se busca Jefe/a de Taller para empresa estibadora del Puerto de Huelva.

Funciones: organización del taller de maquinaria (grúas móviles, cargadoras, tractoras), planificación del mantenimiento preventivo y gestión de proveedores.

Requisitos: experiencia mínima de 5 años en mantenimiento de maquinaria pesada. Se valorará experiencia en minería.

Interesados enviar CV a seleccion@estibahuelva.example.es antes del 6 de marzo."""),
    ),
    dict(
        kind="other", slug="chile_former_employer_certificate", lang="es",
        frm=("Paulina Soto Araya", "paulina.soto@cerroblanco.example.cl"),
        date="2026-01-15 16:20 -0300", subject="Certificado de antigüedad y funciones",
        pdf=[("Certificado_Antiguedad_JLindstrom.pdf", [
            "MINERA CERRO BLANCO - Gerencia de Personas",
            "CERTIFICADO DE ANTIGÜEDAD Y FUNCIONES",
            "Se certifica que don Joaquín Lindström-Ayala prestó servicios",
            "desde el 4 de marzo de 2013 hasta el 30 de agosto de 2024",
            "como Operador de Camión de Extracción y Operador Líder de Turno.",
            "Antofagasta, 15 de enero de 2026"])],
        text="""Hola Joaquín, ¿cómo estás? Harto tiempo sin saber de ti.

Te adjunto el certificado de antigüedad y funciones que pediste, firmado por el gerente de Mina. Ahí aparece que trabajaste en Minera Cerro Blanco desde marzo de 2013 hasta agosto de 2024 como operador de CAEX, y los últimos tres años como operador líder de turno.

Si necesitas que te lo apostillen para la homologación allá en España, avísame y lo gestionamos con la notaría de Antofagasta, pero demora unas dos semanas.

Mucho éxito con las postulaciones; todos acá te mandan saludos.

Paulina Soto Araya
Analista de Personas · Minera Cerro Blanco
Av. Grecia 1450, Antofagasta · +56 55 200 0312""",
    ),
    dict(
        kind="other", slug="employment_office_orientation_interview", lang="es",
        frm=("Servicio Andaluz de Empleo - Cita previa", "no-reply@empleo-andalucia.example.es"),
        name_cs="iso-8859-1/Q", charset="iso-8859-1", cte="qp",
        headers={"Auto-Submitted": "auto-generated"}, date="2026-01-26 09:15 +0100",
        subject="Cita de orientación laboral: entrevista inicial",
        text="""Estimado/a usuario/a:

Se le ha asignado una cita para la entrevista inicial del itinerario de orientación laboral Andalucía Orienta.

Fecha: miércoles 4 de febrero de 2026
Hora: 11:30
Lugar: Oficina de Empleo de Sevilla-Triana, C/ Castilla 40, 1.ª planta
Orientadora: Dña. Ana Belén Troncoso

Deberá acudir con su documento de identidad (NIE) y su demanda de empleo actualizada. La no comparecencia sin causa justificada podrá dar lugar a la baja en el itinerario.

Este mensaje ha sido generado automáticamente.""",
    ),
    dict(
        kind="other", slug="licence_exchange_partly_denied", lang="es",
        frm=("Sede Electrónica de Tráfico", "notificaciones@sede-trafico.example.es"),
        date="2026-02-05 12:00 +0100",
        subject="Resolución de su solicitud de canje de permiso de conducción",
        text="""Expediente: CNJ-2026-041-0078213
Solicitante: LINDSTROM AYALA, JOAQUIN

En relación con su solicitud de canje del permiso de conducción expedido en la República de Chile, le comunicamos que se ha resuelto:

- Clase B: canje CONCEDIDO.
- Clase C (camión): canje DENEGADO. El acuerdo vigente no contempla el canje directo de las licencias profesionales chilenas clase A-4/A-5; para obtener la clase C en España deberá superar las pruebas teóricas y prácticas correspondientes.

Puede recoger su nuevo permiso en la Jefatura Provincial de Tráfico de Sevilla previa cita.

Contra esta resolución, que no agota la vía administrativa, podrá interponer recurso de alzada en el plazo de un mes.

Este correo se envía desde una dirección no habilitada para recibir respuestas.""",
    ),
    dict(
        kind="other", slug="job_fair_registration_confirmed", lang="es",
        frm=("Feria de Empleo Huelva 2026", "no-reply@feriaempleohuelva.example.es"),
        form="alt", date="2026-09-28 13:40 +0200",
        subject="Inscripción confirmada – Feria de Empleo Huelva 2026",
        text="""¡Hola, Joaquín!

Hemos recibido tu inscripción en la Feria de Empleo Huelva 2026, que se celebrará los días 21 y 22 de octubre en la Casa Colón.

Con tu acreditación podrás visitar los estands de más de 60 empresas de los sectores minero, portuario y logístico, y apuntarte a las sesiones de «entrevistas exprés» de 10 minutos. Las plazas para esas sesiones se reservan en el propio recinto por orden de llegada.

Descarga tu acreditación: https://feriaempleohuelva.example.es/acreditacion/JLA-0419

Nos vemos en la feria.
Organización de la Feria de Empleo Huelva""",
    ),
]

ENGLISH = [
    dict(
        kind="other", slug="own_thank_you_leixoes", lang="en", key="leix_thanks",
        parent="leix_ill", frm=ME, to=TOMAS, date="2026-05-06 19:12 +0200",
        subject="Thank you – Maintenance Planner interview", text=LEIXOES_THANKS,
    ),
    dict(
        kind="other", slug="own_application_northbridge_with_cv", lang="en", key="nb_own",
        frm=ME, to=PRIYA, date="2026-05-29 10:00 +0200",
        subject="Application – Fleet Maintenance Planner (Madrid)", pdf=[CV_PDF_EN],
        text="""Dear Priya,

I have just submitted my application for the Fleet Maintenance Planner role in Madrid through your careers page, and I wanted to introduce myself directly as well.

For eleven years I drove Komatsu 930E and CAT 797F haul trucks at an open-pit copper mine in Antofagasta, Chile, the last three as lead operator coordinating breakdown reports with the workshop. Since moving to Spain I have completed a 250-hour maintenance planning course with SAP PM. I would love to bring that shop-floor view of fleet availability to Northbridge.

My CV is attached. I would be glad to talk whenever suits you.

Kind regards,
Joaquín Lindström-Ayala
+34 600 000 951""",
    ),
    dict(
        kind="other", slug="hauljobs_weekly_digest", lang="en",
        frm=("HaulJobs", "alerts@hauljobs.example.com"), form="alt",
        headers=bulk("HaulJobs weekly digest <digest.hauljobs.example.com>",
                     "https://hauljobs.example.com/unsubscribe?e=jla"),
        date="2026-04-06 06:00 +0000",
        subject="Your weekly HaulJobs digest: 9 new maintenance planner jobs",
        text="Hi Joaquín, here are this week's top matches for \"maintenance planner\":\n\n"
             + items_text(HAULJOBS_ITEMS)
             + "\n\nTip: 62% of HaulJobs users who got an interview had a one-page CV."
               "\n\nUnsubscribe: https://hauljobs.example.com/unsubscribe?e=jla",
        html=newsletter("HaulJobs · Weekly digest",
                        "<p>Hi Joaquín, here are this week's top matches for "
                        "&quot;maintenance planner&quot;:</p>\n" + link_list(HAULJOBS_ITEMS)
                        + "\n<p>Tip: 62% of HaulJobs users who got an interview had a "
                          "one-page CV.</p>",
                        '<a href="https://hauljobs.example.com/unsubscribe?e=jla">Unsubscribe</a>'),
    ),
    dict(
        kind="other", slug="planners_desk_rejection_article", lang="en",
        frm=("The Planner's Desk", "newsletter@plannersdesk.example.com"), form="html",
        headers=bulk("The Planner's Desk <weekly.plannersdesk.example.com>",
                     "https://plannersdesk.example.com/unsubscribe"),
        date="2026-06-23 07:00 +0100",
        subject="Why rejection emails say so little (and how to get real feedback)",
        html=newsletter("The Planner's Desk — Issue 112", paras_html("""This week: the rejection email.

"Unfortunately, we have decided to move forward with other candidates." Every planner who has changed jobs has read that sentence. Recruiters tell us the wording is chosen by legal teams, not by the hiring manager, which is why it says so little.

Three ways to get something useful out of it:
- Reply within two days and ask one specific question about the interview.
- Ask the agency, not the employer, when a recruiter was involved.
- Keep a log of the stage you reached in each process; patterns tell you more than any single email.

Also in this issue: scheduling shutdowns around tyre supply, and a reader's story of moving from truck operator to planner.""")
                        + '\n<p><a href="https://plannersdesk.example.com/112">Read online</a></p>',
                        'You are receiving this because you subscribed at plannersdesk.example.com. '
                        '<a href="https://plannersdesk.example.com/unsubscribe">Unsubscribe</a>'),
    ),
    dict(
        kind="other", slug="connectly_profile_views", lang="en",
        frm=("Connectly", "notifications@connectly.example.com"), form="alt",
        headers=bulk("<notifications.connectly.example.com>",
                     "https://connectly.example.com/settings/email?off=search"),
        date="2026-04-27 17:30 +0000",
        subject="Joaquín, you appeared in 9 searches this week",
        text="""You appeared in 9 searches this week

Searchers came from: Mining & Metals, Logistics, Heavy Equipment
Top keyword: fleet maintenance planner

A recruiter at Pitwell Search viewed your profile.

Jobs you may be interested in:
- Maintenance Planner · Porto · Easy Apply
- Reliability Engineer · Lisbon · 48 applicants

See all searches: https://connectly.example.com/me/search-appearances
Manage notifications: https://connectly.example.com/settings/email?off=search""",
    ),
    dict(
        kind="other", slug="parcel_delayed_unfortunately", lang="en",
        frm=("ParcelHop", "no-reply@parcelhop.example.co.uk"), form="alt",
        date="2026-08-28 08:12 +0100", subject="Unfortunately, your parcel is delayed",
        text="""Hi Joaquín,

Unfortunately your parcel PH-88120457 (from SafetyBoots Direct) has been delayed at our Madrid hub and will not arrive today as planned.

New estimated delivery: Tuesday 1 September, 08:00–13:00.

We're sorry for the inconvenience. You can track your parcel or choose a pick-up point here:
https://parcelhop.example.co.uk/track/PH-88120457

The ParcelHop team""",
    ),
    dict(
        kind="other", slug="press_interview_request_magazine", lang="en",
        frm=("Helen Marsh", "h.marsh@miningfleetreview.example.com"),
        date="2026-10-06 10:20 +0100",
        subject="Interview request – Mining Fleet Review feature on career changers",
        text="""Dear Joaquín,

I'm a features writer at Mining Fleet Review. We're preparing a piece for our December issue on operators who have moved into maintenance planning, and Oliver Grant at Pitwell Search suggested I get in touch.

Would you be willing to be interviewed for the article? It would be a 30-minute phone or video conversation at a time that suits you, and you would see your quotes before publication. We would also like a photograph, though that's optional.

Best wishes,
Helen Marsh
Features Writer, Mining Fleet Review
+44 20 7000 0914""",
    ),
    dict(
        kind="other", slug="out_of_office_kestrel_recruiter", lang="en", key="kes_ooo",
        parent="kes_cancel", frm=GRACE,
        headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        date="2026-03-17 09:00 +0800",
        subject="Automatic reply: Cancelled: Phone screen – Joaquín Lindström-Ayala / Kestrel Mining Services",
        text="""Thanks for your email. I'm on leave until Monday 30 March with no access to email.

For anything urgent relating to interviews or offers, please contact the Kestrel talent team on +61 8 6000 4100.

Grace O'Neill
Senior Talent Acquisition Partner | Kestrel Mining Services""",
    ),
    dict(
        kind="other", slug="jobbridge_user_research_interview", lang="en",
        frm=("Tom Becker", "tom.becker@jobbridge.example.com"), date="2026-07-14 13:00 +0100",
        subject="Help us improve JobBridge – 45-minute research interview (€40 voucher)",
        text="""Hi Joaquín,

I'm a user researcher at JobBridge. You've used our app to apply for several roles in Portugal and Spain this year, and we'd love to learn from your experience.

We're running 45-minute research interviews over video next week. This isn't about any job application — we simply want to understand what works and what frustrates you when you search for jobs abroad. Everyone who takes part receives a €40 voucher.

If you're up for it, pick a time here: https://jobbridge.example.com/research/book?c=jla

Thanks,
Tom Becker
User Research, JobBridge""",
    ),
    dict(
        kind="other", slug="pitwell_cold_approach_portugal", lang="en", key="pit_cold",
        frm=OLIVER, date="2026-04-01 09:15 +0100",
        subject="Fleet planning opportunities in Portugal",
        text="""Hi Joaquín,

I came across your profile on Connectly and your move from haul truck operator to maintenance planning is an unusual and interesting story.

I recruit for mining and heavy-equipment clients across Iberia and the UK. I don't have a specific vacancy to put in front of you today, but I'm hearing about planning roles in Porto and northern Portugal over the next few months, and I'd like to understand what you're looking for so I can keep you in mind.

If that sounds useful, just reply with a good time to talk and your current CV.

Best regards,
Oliver Grant
Principal Consultant, Mining & Heavy Equipment
Pitwell Search Ltd | 40 Bank Street, Sheffield S1 2DS | +44 114 000 0652""",
    ),
    dict(
        kind="other", slug="postgraduate_course_no_place", lang="en",
        frm=("Marta Lopes", "m.lopes@psem.example.pt"), date="2026-07-30 15:00 +0100",
        subject="Your application to the Postgraduate Certificate in Reliability Engineering",
        text="""Dear Mr Lindström-Ayala,

Thank you for applying to the Postgraduate Certificate in Reliability Engineering at the Porto School of Engineering Management.

The programme was heavily oversubscribed this year and, I am sorry to say, we are unable to offer you a place on the cohort starting in October 2026. The selection panel noted that your application would be stronger with a completed degree or a formally recognised technical qualification.

You are welcome to apply again for the February 2027 intake. If you have any questions, please reply to this email.

Yours sincerely,
Marta Lopes
Admissions Officer
Porto School of Engineering Management""",
    ),
    dict(
        kind="other", slug="phone_last_known_position", lang="en",
        frm=("Device Locator", "noreply@devicelocator.example.com"),
        date="2026-07-16 19:40 +0200", subject="Last known position of Pixel de Joaquín",
        text="""Your device "Pixel de Joaquín" was last seen at 15:58 today.

Last known position: Calle San Jacinto, 41010 Sevilla (accuracy 20 m)
Battery at last contact: 2%

The device is now offline, probably because the battery is empty. As soon as it reconnects we will update its position.

See it on the map: https://devicelocator.example.com/find?d=pxl-7741

You are receiving this because "Send last location" is turned on.""",
    ),
]

FRENCH = [
    dict(
        kind="other", slug="own_reply_new_date_rhone", lang="fr", key="rhone_own",
        parent="rhone_cancel", frm=ME, to=CLAIRE, date="2026-05-25 20:30 +0200",
        subject="RE: Annulé : Mise en situation – atelier de Corbas (27 mai)",
        text="""Bonsoir Claire,

Merci de m'avoir prévenu. Je souhaite un prompt rétablissement à M. Perrin.

Je suis disponible toute la semaine du 1er juin pour la mise en situation, n'importe quel jour. Je peux arriver à Corbas dès 8h00.

Bien cordialement,
Joaquín Lindström-Ayala
+34 600 000 951""",
    ),
    dict(
        kind="other", slug="emplois_rhone_alert", lang="fr",
        frm=("Emplois Rhône-Alpes", "alertes@emploisrhone.example.fr"), form="alt",
        headers=bulk("Alertes Emplois Rhône-Alpes <alertes.emploisrhone.example.fr>",
                     "https://emploisrhone.example.fr/desinscription?a=55231"),
        date="2026-05-06 06:45 +0200",
        subject="Nouvelles offres : planificateur maintenance – Lyon (5)",
        text="Bonjour Joaquín,\n\n5 nouvelles offres correspondent à votre alerte "
             "« planificateur maintenance » autour de Lyon :\n\n" + items_text(EMPLOISRHONE_ITEMS)
             + "\n\nSe désinscrire : https://emploisrhone.example.fr/desinscription?a=55231",
        html=newsletter("Emplois Rhône-Alpes · Votre alerte",
                        "<p>Bonjour Joaquín,</p>\n<p>5 nouvelles offres correspondent à votre "
                        "alerte « planificateur maintenance » autour de Lyon :</p>\n"
                        + link_list(EMPLOISRHONE_ITEMS),
                        '<a href="https://emploisrhone.example.fr/desinscription?a=55231">Se désinscrire</a>'),
    ),
    dict(
        kind="other", slug="bank_advisor_entretien", lang="fr",
        frm=("Banque Confluence", "ne-pas-repondre@banqueconfluence.example.fr"),
        charset="iso-8859-1", cte="qp", date="2026-06-09 09:00 +0200",
        subject="Votre conseiller vous propose un entretien",
        text="""Bonjour Monsieur Lindström-Ayala,

Suite à l'ouverture de votre compte, votre conseiller, M. Thomas Girard, vous propose un entretien personnalisé de 30 minutes pour faire le point sur votre situation et vos projets d'installation à Lyon (épargne, assurance habitation, prêt immobilier).

Vous pouvez choisir votre créneau directement dans votre espace client, rubrique « Mes rendez-vous ».

Banque Confluence
Ce message vous est adressé automatiquement, merci de ne pas y répondre.""",
    ),
    dict(
        kind="other", slug="language_course_enrolment_refused", lang="fr",
        frm=("Sophie Garnier", "s.garnier@alliancelyon.example.fr"), form="alt",
        date="2026-08-27 11:10 +0200",
        subject="Votre demande d'inscription – cours intensif de français B2",
        text="""Bonjour Monsieur,

Nous avons bien reçu votre demande d'inscription au cours intensif de français niveau B2 de la session de septembre.

Malheureusement, nous ne sommes pas en mesure d'y donner une suite favorable : le groupe est complet depuis la fin juillet. Nous vous proposons soit une place sur la liste d'attente, soit une inscription à la session de novembre, pour laquelle il reste des places.

Merci de nous indiquer votre choix en répondant à ce message.

Cordialement,
Sophie Garnier
Secrétariat pédagogique – Alliance Lyon""",
    ),
    dict(
        kind="other", slug="flat_application_not_retained", lang="fr",
        frm=("Nathalie Roux", "n.roux@immo-croixrousse.example.fr"),
        charset="windows-1252", cte="8bit", date="2026-07-03 17:20 +0200",
        subject="Votre candidature pour l’appartement T3 – rue d’Austerlitz",
        text="""Bonjour Monsieur Lindström-Ayala,

Je vous remercie pour la visite de mardi et pour le dossier complet que vous nous avez transmis.

Le propriétaire a finalement retenu un autre dossier pour l’appartement T3 de la rue d’Austerlitz : il a privilégié un candidat disposant déjà d’un contrat de travail en France. Je suis désolée de ne pas pouvoir vous donner une réponse positive.

Nous avons d’autres biens qui pourraient vous convenir à la Croix-Rousse et à Caluire ; n’hésitez pas à me recontacter dès que votre prise de poste sera confirmée.

Bien cordialement,
Nathalie Roux
Agence Immobilière Croix-Rousse
04 78 00 00 62""",
    ),
]

GERMAN = [
    dict(
        kind="other", slug="own_confirms_appointment_nrbm", lang="de", key="nrbm_own",
        parent="nrbm_invite", frm=ME, to=FRANK, date="2026-06-11 20:14 +0200",
        subject="AW: Vorstellungsgespräch am 22. Juni in Rheinhausen", text=NRBM_OWN,
    ),
    dict(
        kind="other", slug="stellenmarkt_ruhr_job_alert", lang="de",
        frm=("Stellenmarkt Ruhr", "newsletter@stellenmarkt-ruhr.example.de"), form="alt",
        headers=bulk("Stellenmarkt Ruhr Jobalarm <jobalarm.stellenmarkt-ruhr.example.de>",
                     "https://stellenmarkt-ruhr.example.de/abmelden?id=9912"),
        date="2026-04-13 06:30 +0200",
        subject="Neue Jobs für Sie: Instandhaltungsplaner in Duisburg und Umgebung",
        text="Guten Tag,\n\nfür Ihren Jobalarm „Instandhaltungsplaner“ gibt es neue Stellen:\n\n"
             + items_text(STELLEN_ITEMS)
             + "\n\nTipp der Woche: So bereiten Sie sich auf ein Vorstellungsgespräch per Video vor."
               "\n\nJobalarm abmelden: https://stellenmarkt-ruhr.example.de/abmelden?id=9912",
        html=newsletter("Stellenmarkt Ruhr · Ihr Jobalarm",
                        "<p>Guten Tag,</p>\n<p>für Ihren Jobalarm „Instandhaltungsplaner“ gibt "
                        "es neue Stellen:</p>\n" + link_list(STELLEN_ITEMS)
                        + "\n<p>Tipp der Woche: So bereiten Sie sich auf ein "
                          "Vorstellungsgespräch per Video vor.</p>",
                        '<a href="https://stellenmarkt-ruhr.example.de/abmelden?id=9912">Jobalarm abmelden</a>'),
    ),
    dict(
        kind="other", slug="flat_application_absage", lang="de",
        frm=("Melanie Schäfer", "m.schaefer@niederrhein-wohnen.example.de"),
        name_cs="iso-8859-1/Q", charset="iso-8859-1", cte="qp",
        date="2026-07-22 14:10 +0200",
        subject="Ihre Bewerbung für die Wohnung Friedrich-Ebert-Straße 112",
        text="""Sehr geehrter Herr Lindström-Ayala,

vielen Dank für Ihr Interesse an der 3-Zimmer-Wohnung in der Friedrich-Ebert-Straße 112 in Duisburg-Rheinhausen und für die Besichtigung am vergangenen Samstag.

Leider müssen wir Ihnen mitteilen, dass wir uns für einen anderen Mietinteressenten entschieden haben. Gern nehmen wir Sie in unsere Interessentenliste für ähnliche Wohnungen auf, wenn Sie uns das kurz bestätigen.

Mit freundlichen Grüßen
Melanie Schäfer
Vermietung · Niederrhein Wohnen eG
Tel. 02065 000 377""",
    ),
    dict(
        kind="other", slug="buergerservice_appointment_moved", lang="de",
        frm=("Bürgerservice Stadt Duisburg", "noreply-termine@buergerservice-duisburg.example.de"),
        name_cs="utf-8/B", subj_cs="utf-8/B", date="2026-09-15 11:00 +0200",
        headers={"Auto-Submitted": "auto-generated"},
        subject="Terminänderung: Ihr Termin zur Anmeldung einer Wohnung wurde verschoben",
        text="""Guten Tag,

aus organisatorischen Gründen mussten wir Ihren Termin im Bürgerservice verschieben.

Anliegen: Anmeldung einer Wohnung
Bisheriger Termin: Dienstag, 22.09.2026, 09:40 Uhr
Neuer Termin: Donnerstag, 24.09.2026, 10:20 Uhr
Ort: Bürgerservice Rheinhausen, Körnerplatz 1, 47226 Duisburg

Bitte bringen Sie Ihren Reisepass, die Wohnungsgeberbestätigung und diese Buchungsnummer mit: BS-2026-77841.

Falls Sie den neuen Termin nicht wahrnehmen können, sagen Sie ihn bitte über das Online-Portal ab.

Ihr Bürgerservice der Stadt Duisburg
Diese E-Mail wurde automatisch erstellt.""",
    ),
    dict(
        kind="other", slug="vhs_course_fully_booked", lang="de",
        frm=("Kursverwaltung VHS Duisburg", "no-reply@vhs-duisburg.example.de"),
        form="html", date="2026-08-19 08:40 +0200",
        subject="Ihre Anmeldung zum Kurs 26H-0412 Deutsch B2 (Intensiv)",
        text="""Guten Tag Herr Lindström-Ayala,

vielen Dank für Ihre Anmeldung zum Kurs 26H-0412 „Deutsch B2 (Intensiv)“.

Leider ist der Kurs bereits ausgebucht. Wir haben Sie auf die Warteliste gesetzt (Position 6). Sobald ein Platz frei wird, informieren wir Sie per E-Mail.

Alternativ empfehlen wir Ihnen den Abendkurs 26H-0431 ab dem 5. Oktober, in dem noch Plätze frei sind.

Mit freundlichen Grüßen
Ihre Kursverwaltung
Volkshochschule Duisburg""",
    ),
]

MESSAGES = [*SPANISH, *ENGLISH, *FRENCH, *GERMAN]
