"""Corpus 242, other: 52 hand-written messages (29 es, 12 en, 6 fr, 5 de) - digests and
newsletters, the candidate's own mail, auto-replies, and everyday mail that borrows the words."""

from msgs242_common import (
    CAND,
    SIG_DE,
    SIG_EN,
    SIG_ES,
    SIG_FR,
    digest_shell,
    digest_text,
    esc,
    forwarded,
    ics,
    paras_html,
    pdf,
    plain_html,
    quote,
    wrote,
)


def list_headers(list_id: str, unsub_url: str, unsub_mail: str) -> list[tuple[str, str]]:
    return [
        ("List-Id", list_id),
        ("List-Unsubscribe", f"<{unsub_url}>, <mailto:{unsub_mail}>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ]


_CV_LINES = [
    "VALERIA NOWAK-ETXEBERRIA",
    "Pamplona - +34 648 213 907 - valeria.ne@example.es",
    "",
    "PERFIL: dependienta de panaderia en reconversion hacia la administracion de nominas.",
    "",
    "FORMACION",
    "2025-2026  Curso de Tecnico/a de Nominas y Seguridad Social (420 h)",
    "2012       Bachillerato",
    "",
    "EXPERIENCIA",
    "2016-hoy   Dependienta y encargada de turno, Obrador San Nicolas (Pamplona)",
    "           Cuadrantes de turnos, control horario de 9 personas, caja y pedidos",
    "",
    "IDIOMAS: castellano y polaco (nativos), ingles C1, frances B2, aleman B1, euskera A2",
]

# -------------------------------------------------------------- digests (words of every kind)
_NAV_ITEMS = [
    ("Administrativo/a de nóminas – Gestoría en Pamplona (Iturrama)",
     "Pamplona · Jornada completa · Publicada hace 2 días",
     "https://alertas.empleonavarra.example.es/o/88213?utm_source=alerta"),
    ("Técnico/a de RR. HH. y nóminas – industria alimentaria",
     "Noáin · Entrevistas la próxima semana · 23.000–26.000 €",
     "https://alertas.empleonavarra.example.es/o/88240?utm_source=alerta"),
    ("Auxiliar administrativo/a – cadena de supermercados",
     "Burlada · Incorporación inmediata",
     "https://alertas.empleonavarra.example.es/o/88251?utm_source=alerta"),
    ("Gestor/a de nóminas junior – asesoría laboral",
     "Pamplona · Sin experiencia: valoramos formación reciente",
     "https://alertas.empleonavarra.example.es/o/88262?utm_source=alerta"),
]
_NAV_INTRO = ("Hola Valeria, estas son las ofertas nuevas de tu alerta «nóminas Pamplona». "
              "Consejo de la semana: si te rechazan en una entrevista, pide feedback; "
              "si no te contestan, no lo tomes como un descarte definitivo.")
_NAV_FOOTER = ("Recibes este correo porque creaste una alerta en EmpleoNavarra. "
               "Darte de baja: https://alertas.empleonavarra.example.es/baja?u=vne")

_CORK_ITEMS = [
    ("Payroll Administrator - Food manufacturer", "Little Island, Cork · Permanent · Interviews this month",
     "https://www.corkjobs.example.ie/job/551902?src=alert"),
    ("Payroll & HR Assistant - Retail head office", "Cork City · EUR 30k-34k",
     "https://www.corkjobs.example.ie/job/551977?src=alert"),
    ("Payroll Officer - Hospital group", "Wilton, Cork · Temporary 11 months",
     "https://www.corkjobs.example.ie/job/552014?src=alert"),
    ("Junior Payroll Bureau Assistant", "Cork City · Training provided",
     "https://www.corkjobs.example.ie/job/552036?src=alert"),
    ("Payroll Clerk - Credit union", "Glanmire · Part-time",
     "https://www.corkjobs.example.ie/job/552051?src=alert"),
]
_CORK_INTRO = ("Hi Valeria, 5 new jobs match your alert 'payroll Cork'. Tip: 62% of employers "
               "say they reject applicants who don't tailor their CV - and most offers are "
               "made after a second interview.")
_CORK_FOOTER = ("You are receiving this job alert because you signed up at CorkJobs. "
                "Manage alerts or unsubscribe: https://www.corkjobs.example.ie/alerts")

_BAY_ITEMS = [
    ("Gestionnaire paie H/F - Cabinet d'expertise comptable", "Bayonne (64) · CDI · Entretiens en juin",
     "https://emploi.sudouest-jobs.example.fr/offre/30911"),
    ("Assistant(e) paie et administration du personnel", "Anglet (64) · CDD 6 mois",
     "https://emploi.sudouest-jobs.example.fr/offre/30944"),
    ("Technicien(ne) paie - Industrie aéronautique", "Toulouse (31) · CDI · 28-32 k€",
     "https://emploi.sudouest-jobs.example.fr/offre/30968"),
]
_BAY_INTRO = ("Bonjour Valeria, 3 nouvelles offres correspondent à votre alerte « paie Bayonne ». "
              "À lire aussi : « Candidature refusée ? Trois façons de rebondir ».")
_BAY_FOOTER = ("Vous recevez cet e-mail car vous avez créé une alerte emploi. "
               "Se désabonner : https://emploi.sudouest-jobs.example.fr/alertes/desinscription")

_STG_ITEMS = [
    ("Lohnbuchhalter (m/w/d) - Steuerkanzlei", "Stuttgart-Mitte · Vollzeit · Vorstellungsgespräche ab sofort",
     "https://www.jobs-stuttgart.example.de/stelle/77120"),
    ("Sachbearbeiter Entgeltabrechnung (m/w/d) - Maschinenbau", "Ditzingen · unbefristet",
     "https://www.jobs-stuttgart.example.de/stelle/77158"),
    ("Mitarbeiter Personalabrechnung (m/w/d) - Klinikverbund", "Stuttgart-Degerloch · Teilzeit möglich",
     "https://www.jobs-stuttgart.example.de/stelle/77191"),
    ("Quereinsteiger Lohnbüro (m/w/d)", "Esslingen · Einarbeitung garantiert",
     "https://www.jobs-stuttgart.example.de/stelle/77203"),
]
_STG_INTRO = ("Hallo Valeria, hier sind 4 neue Stellen zu Ihrem Suchauftrag „Lohnabrechnung Stuttgart“. "
              "Ratgeber: Was tun nach einer Absage? Und wie bereite ich mich auf das "
              "Vorstellungsgespräch vor?")
_STG_FOOTER = ("Sie erhalten diese E-Mail, weil Sie einen Suchauftrag angelegt haben. "
               "Abmelden: https://www.jobs-stuttgart.example.de/suchauftrag/abmelden")

_HARINERA_OFFER_SHORT = """Hola Valeria:

En nombre de Harinera Ebro-Moncayo tengo el placer de ofrecerte el puesto de Administrativo/a de Nóminas en nuestras oficinas de Zaragoza, tras las entrevistas con el comité.

Las condiciones principales son:
- Contrato indefinido, con periodo de prueba de dos meses
- Jornada completa, de lunes a viernes, de 8:00 a 15:30 (horario intensivo en agosto)
- Salario bruto anual de 23.800 euros en 14 pagas
- Incorporación prevista: lunes 16 de marzo de 2026

Lucía Sanz Ballarín
Técnica de Recursos Humanos"""

MESSAGES = [
    # ================================================================ es (29)
    dict(
        kind="other", slug="empleonavarra_alert_digest", lang="es",
        frm=("EmpleoNavarra Alertas", "alertas@empleonavarra.example.es"),
        subject="4 ofertas nuevas para «nóminas Pamplona»", subj_enc=("utf-8", "Q"),
        date="2026-02-05 07:00", tz="+0100",
        text=digest_text("Tus ofertas de hoy", _NAV_INTRO, _NAV_ITEMS, _NAV_FOOTER),
        html=digest_shell("Tus ofertas de hoy", f"<p>{esc(_NAV_INTRO)}</p>", _NAV_ITEMS,
                          esc(_NAV_FOOTER)),
        cte="quoted-printable",
        headers=list_headers("EmpleoNavarra alertas <alertas.empleonavarra.example.es>",
                             "https://alertas.empleonavarra.example.es/baja?u=vne",
                             "baja@empleonavarra.example.es"),
    ),
    dict(
        kind="other", slug="newsletter_encajar_un_no", lang="es",
        frm=("Carrera en Nóminas", "newsletter@carreraennominas.example.es"),
        frm_enc=("utf-8", "B"),
        subject="Cómo encajar un «no» en un proceso de selección", subj_enc=("utf-8", "B"),
        date="2026-03-19 08:30", tz="+0100",
        html=digest_shell("Carrera en Nóminas · Boletín n.º 41", paras_html("""Esta semana hablamos de rechazos.

«Lamentablemente, hemos decidido continuar con otras candidaturas». Si has recibido un correo así, no eres la única: de media, una persona que cambia de sector recibe entre diez y quince respuestas negativas antes de la primera oferta.

Tres ideas para que un descarte no te hunda: pide feedback concreto tras cada entrevista, apunta qué preguntas te costaron y vuelve a escribir a la empresa a los seis meses. Y recuerda: que no te llamen no significa que te hayan rechazado."""),
            [("Leer el artículo completo", "7 minutos de lectura", "https://carreraennominas.example.es/blog/encajar-un-no"),
             ("Plantilla: correo para pedir feedback tras una entrevista", "Descargable", "https://carreraennominas.example.es/recursos/feedback"),
             ("Webinar: tu primera entrevista como técnica de nóminas", "Jueves 26 de marzo, 18:00", "https://carreraennominas.example.es/webinar/26-03")],
            "Recibes este boletín porque te suscribiste en carreraennominas.example.es. "
            '<a href="https://carreraennominas.example.es/baja">Darte de baja</a>.', "#6d4c41"),
        cte="quoted-printable",
        headers=list_headers("<boletin.carreraennominas.example.es>",
                             "https://carreraennominas.example.es/baja",
                             "baja@carreraennominas.example.es"),
    ),
    dict(
        kind="other", slug="academia_preguntas_entrevista", lang="es",
        frm=("Academia Laboral Zubiri", "newsletter@academiazubiri.example.es"),
        subject="Las 10 preguntas que te harán en una entrevista de nóminas",
        date="2026-05-07 17:00", tz="+0200",
        text="""ACADEMIA LABORAL ZUBIRI - Boletín de mayo

Las 10 preguntas que te harán en una entrevista de nóminas

1. ¿Cómo calculas una nómina con horas extraordinarias?
2. ¿Qué es la base de cotización y cómo se topa?
3. ¿Qué harías si un trabajador te dice que su nómina está mal el día 30?
...

Leer las 10 preguntas con respuestas: https://academiazubiri.example.es/blog/10-preguntas-entrevista

Convocatoria de junio: curso intensivo de Nóminas y Seguros Sociales. Plazas limitadas; si no obtienes plaza te avisaremos para la siguiente edición.
Inscripción: https://academiazubiri.example.es/cursos/nominas-junio

--
Para dejar de recibir este boletín: https://academiazubiri.example.es/baja""",
        charset="utf-8", cte="8bit",
        headers=list_headers("<boletin.academiazubiri.example.es>",
                             "https://academiazubiri.example.es/baja",
                             "baja@academiazubiri.example.es"),
    ),
    dict(
        kind="other", slug="podcast_cambio_de_oficio", lang="es",
        contact="alvaro@cambiodeoficio.example.es",
        frm=("Álvaro Mencía", "alvaro@cambiodeoficio.example.es"), frm_enc=("utf-8", "Q"),
        subject="Entrevista para el podcast «Cambio de oficio»", subj_enc=("utf-8", "Q"),
        date="2026-06-04 11:20", tz="+0200",
        text="""Hola Valeria:

Soy Álvaro Mencía, presento «Cambio de oficio», un podcast sobre personas que han cambiado de profesión pasados los treinta. Me ha hablado de ti tu profesora del curso de nóminas y me encantaría entrevistarte para un episodio: de la masa madre a los seguros sociales, me parece una historia preciosa.

La grabación dura unos 45 minutos y la hacemos en remoto, cuando mejor te venga en junio. No hace falta preparar nada.

¿Te animas?

Un abrazo,
Álvaro
cambiodeoficio.example.es""",
        cte="quoted-printable",
    ),
    dict(
        kind="other", slug="diario_arga_reportaje", lang="es",
        contact="emugica@diarioarga.example.es",
        frm=("Edurne Mugica", "emugica@diarioarga.example.es"),
        subject="Reportaje sobre reconversión profesional", subj_enc=("iso-8859-1", "Q"),
        date="2026-02-18 12:48", tz="+0100",
        text="""Buenos días, Valeria:

Soy periodista de la sección de Economía de Diario del Arga. Estamos preparando un reportaje sobre adultos que se forman para cambiar de sector y el Servicio de Empleo nos ha facilitado tu contacto, con tu permiso.

¿Podríamos hacerte una entrevista de media hora, por teléfono o en persona, la semana que viene? Nos gustaría también sacar una foto tuya en la panadería, si a tus jefes les parece bien.

Gracias de antemano,

Edurne Mugica
Redactora - Economía
Diario del Arga · 948 20 66 10""",
        charset="iso-8859-1", cte="quoted-printable",
    ),
    dict(
        kind="other", slug="trabajoya_user_research", lang="es",
        contact="lorena.vidal@trabajoya.example.es",
        frm=("Lorena Vidal · TrabajoYa", "lorena.vidal@trabajoya.example.es"),
        subject="¿Nos ayudas a mejorar TrabajoYa? Entrevista de 30 minutos (con tarjeta regalo)",
        subj_enc=("utf-8", "Q"),
        date="2026-07-14 10:00", tz="+0200",
        text="""Hola Valeria:

Soy Lorena, investigadora de experiencia de usuario en TrabajoYa. Vemos que este año has usado mucho la app para buscar empleo en administración y nos encantaría conocer tu experiencia.

Te proponemos una entrevista de investigación de 30 minutos por videollamada: no es una entrevista de trabajo, solo queremos entender qué te funciona y qué no al buscar ofertas. Como agradecimiento te enviaremos una tarjeta regalo de 30 euros.

Si te apetece, reserva un hueco aquí: https://research.trabajoya.example.es/agenda/vne

Gracias,
Lorena Vidal
UX Research · TrabajoYa""",
        html=plain_html("""Hola Valeria:

Soy Lorena, investigadora de experiencia de usuario en TrabajoYa. Vemos que este año has usado mucho la app para buscar empleo en administración y nos encantaría conocer tu experiencia.

Te proponemos una entrevista de investigación de 30 minutos por videollamada: no es una entrevista de trabajo, solo queremos entender qué te funciona y qué no al buscar ofertas. Como agradecimiento te enviaremos una tarjeta regalo de 30 euros.

Si te apetece, reserva un hueco aquí: https://research.trabajoya.example.es/agenda/vne

Gracias,
Lorena Vidal
UX Research · TrabajoYa"""),
        cte="quoted-printable",
    ),
    dict(
        kind="other", slug="envio_retrasado", lang="es",
        frm=("EnvíaYa", "no-reply@enviaya.example.es"), frm_enc=("utf-8", "Q"),
        subject="Lamentablemente, tu paquete llega con retraso", date="2026-04-02 09:41",
        tz="+0200",
        html=paras_html("""Hola Valeria:

Lamentablemente, tu paquete EY-4471-0925-ES no podrá entregarse en la fecha prevista por una incidencia en el centro de Noáin.

Nueva fecha estimada de entrega: lunes 6 de abril, entre las 9:00 y las 14:00.

No tienes que hacer nada. Si lo prefieres, puedes cambiar la entrega a un punto de recogida o elegir otra cita de entrega: https://enviaya.example.es/seguimiento/EY-4471-0925-ES

Sentimos las molestias.
EnvíaYa"""),
        cte="base64",
        headers=[("Auto-Submitted", "auto-generated")],
    ),
    dict(
        kind="other", slug="bici_posicion_gps", lang="es",
        frm=("Localiza · Tu bici", "notificaciones@localizabici.example.es"),
        frm_enc=("utf-8", "B"),
        subject="Posición actualizada de tu bicicleta", subj_enc=("utf-8", "Q"),
        date="2026-08-12 22:16", tz="+0200",
        text="""Tu localizador GPS ha enviado una nueva posición.

Bicicleta: «La roja»
Posición: 42.8125 N, 1.6458 O (Calle Mayor, Pamplona)
Precisión: 8 m
Batería del localizador: 14 %

La batería está baja. Lamentablemente, si se agota no podremos seguir informándote de la posición. Cárgala cuanto antes.

Ver en el mapa: https://app.localizabici.example.es/mapa

Localiza · Este es un mensaje automático, no respondas.""",
        cte="quoted-printable",
        headers=[("Auto-Submitted", "auto-generated")],
    ),
    dict(
        kind="other", slug="amiga_itziar_su_rechazo", lang="es",
        contact="itziar.lasa@example.es",
        frm=("Itziar Lasa", "itziar.lasa@example.es"),
        subject="me han dicho que no :(", date="2026-03-27 22:48", tz="+0100",
        text="""Vale!!

Te escribo porque necesito desahogarme. ¿Te acuerdas de la entrevista en el súper de Mendebaldea que te conté? Pues hoy me ha llegado el correo: "tras valorar tu candidatura hemos decidido continuar con otros perfiles". Ni una llamada, nada. Después de dos entrevistas y una prueba de caja!!

En fin. Tú cómo vas con lo de las nóminas? Te han llamado de la gestoría esa de la Estafeta? Ojalá a ti te salga algo pronto, te lo mereces.

Un beso enorme y a ver si quedamos el domingo.
Itzi""",
        charset="utf-8", cte="8bit",
    ),
    dict(
        kind="other", slug="valeria_candidatura_arrieta_goni", key="valeria_application_arrieta",
        lang="es", frm=CAND,
        to=[("Iñaki Goñi Zabalza", "inaki.goni@arrietagoni.example.es")],
        to_enc=("iso-8859-1", "Q"),
        subject="Candidatura auxiliar de nóminas", subj_enc=("iso-8859-1", "Q"),
        date="2026-01-12 21:05", tz="+0100",
        text="""Buenas noches, Sr. Goñi:

He visto en la web del Colegio de Graduados Sociales que Gestoría Arrieta & Goñi busca un/a auxiliar de nóminas y me gustaría presentar mi candidatura.

Llevo diez años trabajando en una panadería del Casco Viejo, donde además de atender al público me encargo de los cuadrantes de turnos y del control horario del equipo. Este curso estoy terminando la formación de Técnico/a de Nóminas y Seguridad Social y busco mi primera oportunidad en una gestoría.

Adjunto mi currículum. Quedo a su disposición para una entrevista cuando le venga bien.

""" + SIG_ES,
        charset="iso-8859-1", cte="quoted-printable",
        attach=[pdf("CV_Valeria_Nowak-Etxeberria.pdf", _CV_LINES, "Curriculum vitae")],
    ),
    dict(
        kind="other", slug="arrieta_goni_fuera_de_oficina", lang="es",
        contact="inaki.goni@arrietagoni.example.es",
        frm=("Iñaki Goñi Zabalza", "inaki.goni@arrietagoni.example.es"),
        frm_enc=("iso-8859-1", "Q"),
        subject="Respuesta automática: Candidatura auxiliar de nóminas",
        subj_enc=("iso-8859-1", "Q"),
        date="2026-01-12 21:06", tz="+0100", parent="valeria_application_arrieta",
        text="""Estoy fuera de la oficina hasta el lunes 19 de enero, sin acceso al correo.

Para temas urgentes de nóminas, seguros sociales o citas con clientes, llamad al 948 22 41 67 o escribid a Maite Arrieta.

Leeré tu mensaje a mi vuelta.

Iñaki Goñi""",
        charset="iso-8859-1", cte="8bit",
        headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    ),
    dict(
        kind="other", slug="valeria_gracias_iregua", key="iregua_thanks", lang="es",
        frm=CAND,
        to=[("Begoña Sáenz de Cabezón", "begona.saenz@policlinicairegua.example.es")],
        subject="Gracias por la entrevista de ayer", date="2026-05-22 18:05", tz="+0200",
        parent="iregua_invite",
        text="""Hola Begoña:

Solo quería darte las gracias por la entrevista de ayer y por enseñarme cómo organizáis las nóminas de las guardias. Me fui con muchas ganas de trabajar con vosotras.

Quedo a la espera de lo que decidáis.

Un saludo,
Valeria""",
        cte="quoted-printable",
    ),
    dict(
        kind="other", slug="valeria_pide_cambio_castellana", key="castellana_move_request",
        lang="es", frm=CAND,
        to=[("Sergio Palacios", "sergio.palacios@almacenescastellana.example.es")],
        subject="Re: Jornada de evaluación – Administración de Personal",
        subj_enc=("utf-8", "B"),
        date="2026-04-23 20:14", tz="+0200", parent="castellana_assessment_invite",
        text="""Hola Sergio:

Muchas gracias por la invitación. El martes 28 tengo turno en la panadería y no encuentro quien me lo cambie. ¿Habría otra fecha posible?

Un saludo,
Valeria

""" + wrote("es", "mié, 22 abr 2026 a las 13:10", "Sergio Palacios",
            "sergio.palacios@almacenescastellana.example.es") + "\n" + quote("""Hola Valeria:

Tu candidatura para Administrativo/a de Administración de Personal ha superado la primera criba y queremos invitarte a nuestra jornada de evaluación.

Cuándo: martes 28 de abril, de 9:30 a 13:30
Dónde: sede central, calle de Alcalá 212, 28028 Madrid (planta 3, sala Retiro)"""),
        cte="quoted-printable",
    ),
    dict(
        kind="other", slug="valeria_pregunta_henares", key="henares_followup", lang="es",
        frm=CAND, to=[("Marta Ruiz", "marta.ruiz@henareslab.example.es")],
        subject="¿Alguna novedad? – Administrativo/a de Nóminas", subj_enc=("utf-8", "Q"),
        date="2026-06-29 09:12", tz="+0200", parent="henares_moved",
        text="""Hola Marta:

Quería saber si hay alguna novedad sobre el proceso de Administrativo/a de Nóminas. La entrevista del día 16 me dejó con muchas ganas de incorporarme.

Gracias,
Valeria""",
        charset="utf-8", cte="base64",
    ),
    dict(
        kind="other", slug="nominatalento_primer_contacto", key="nominatalento_cold", lang="es",
        contact="rodrigo.quintanilla@nominatalento.example.es",
        frm=("Rodrigo Quintanilla", "rodrigo.quintanilla@nominatalento.example.es"),
        subject="Posición de nóminas en Navarra", date="2026-03-09 10:02", tz="+0100",
        text="""Hola Valeria:

Me llamo Rodrigo Quintanilla y trabajo como consultor en Nómina & Talento Search, una firma de búsqueda especializada en perfiles de finanzas y recursos humanos.

He visto tu perfil profesional y el curso de nóminas que estás terminando, y creo que podría interesarte una posición que estoy gestionando en Navarra para una empresa industrial. Buscan a alguien con ganas de aprender y con trato con la gente, más que a una persona con muchos años de experiencia.

¿Estarías abierta a que te cuente más? Sin ningún compromiso.

Un saludo,

Rodrigo Quintanilla
Senior Consultant · Finanzas y RR. HH.
Nómina & Talento Search
Paseo de la Castellana 93, 6ª planta · 28046 Madrid
+34 911 52 80 44""",
        cte="quoted-printable",
    ),
    dict(
        kind="other", slug="banco_cita_gestor", lang="es",
        frm=("Banco Navarro del Ebro", "no-reply@banconavarroebro.example.es"),
        subject="Confirmación de tu cita con tu gestor", subj_enc=("utf-8", "Q"),
        date="2026-05-05 13:00", tz="+0200",
        html="""<html><body style="font-family:Arial;font-size:14px">
<p>Hola, Valeria:</p>
<p>Te confirmamos tu cita en la oficina de Pamplona - San Ignacio con tu gestor personal, Andoni Redín.</p>
<p><b>Fecha:</b> jueves 14 de mayo de 2026<br><b>Hora:</b> 17:30<br><b>Motivo:</b> revisión de tu posición global y simulación de hipoteca</p>
<p>Si necesitas cambiar o anular la cita, hazlo desde la app en <i>Mis citas</i>. Recuerda traer tus tres últimas nóminas.</p>
<p style="font-size:11px;color:#777">Este mensaje se ha enviado automáticamente. Banco Navarro del Ebro nunca te pedirá tus claves por correo electrónico.</p>
</body></html>""",
        cte="quoted-printable",
        headers=[("Auto-Submitted", "auto-generated")],
    ),
    dict(
        kind="other", slug="casero_fontanero_cita", lang="es",
        contact="patxi.elizalde@example.es",
        frm=("Patxi Elizalde", "patxi.elizalde@example.es"),
        subject="Fontanero - cambio de hora", date="2026-01-28 19:37", tz="+0100",
        text="""Hola Valeria:

El fontanero no puede venir el jueves a las 9, me ha dado cita para el viernes a las 16:00 para mirar la caldera. Si no vas a estar, déjame las llaves en el bar de abajo como la otra vez.

Perdona el lío.

Patxi""",
        charset="windows-1252", cte="8bit",
    ),
    dict(
        kind="other", slug="colegio_entrevista_tutora", lang="es",
        contact="maider.goikoetxea@cptxantreaberri.example.es",
        frm=("Maider Goikoetxea", "maider.goikoetxea@cptxantreaberri.example.es"),
        subject="Entrevista con la familia de Unai (4.º B)", subj_enc=("utf-8", "B"),
        date="2026-10-01 14:20", tz="+0200",
        text="""Kaixo Valeria:

Como cada trimestre, os cito a la entrevista individual con la tutora para hablar de cómo ha empezado Unai el curso.

Os propongo el martes 13 de octubre a las 16:45 en el aula de 4.º B. Si no os viene bien esa hora, decidme y buscamos otro hueco; también podemos hacerla por teléfono.

Un saludo,
Maider Goikoetxea
Tutora de 4.º B · CP Txantrea Berri""",
        cte="quoted-printable",
    ),
    dict(
        kind="other", slug="centro_salud_cita_cambiada", lang="es",
        frm=("Cita Previa Salud", "no-reply@citaprevia-salud.example.es"),
        subject="Su cita ha sido modificada", date="2026-09-09 08:05", tz="+0200",
        text="""Estimada Valeria Nowak-Etxeberria:

Le informamos de que su cita con MEDICINA DE FAMILIA en el Centro de Salud de Casco Viejo ha sido modificada por ausencia del profesional.

Cita anterior: 10/09/2026 a las 11:20
Nueva cita: 15/09/2026 a las 12:40

Si no puede acudir, anule la cita para que otra persona pueda utilizarla.

Este es un mensaje automático. No responda a este correo.""",
        charset="iso-8859-1", cte="quoted-printable",
        headers=[("Auto-Submitted", "auto-generated")],
    ),
    dict(
        kind="other", slug="redprofesional_busquedas", lang="es",
        frm=("RedPro", "notificaciones@redpro.example.com"),
        subject="Valeria, has aparecido en 14 búsquedas esta semana", subj_enc=("utf-8", "Q"),
        date="2026-06-22 06:12", tz="+0000",
        html=digest_shell("Tu semana en RedPro", paras_html("""Valeria, tu perfil ha aparecido en 14 búsquedas esta semana.

3 personas de selección han visto tu perfil, entre ellas una técnica de RR. HH. de un hospital de Madrid."""),
            [("Ver quién ha visto tu perfil", "Prueba Premium gratis durante un mes", "https://www.redpro.example.com/me/views"),
             ("Empleos recomendados: Técnico/a de nóminas", "12 nuevos en Navarra y La Rioja", "https://www.redpro.example.com/jobs/recommended"),
             ("Sara M. te ha enviado una invitación para conectar", "Recruiter en una consultora", "https://www.redpro.example.com/invitations")],
            "Recibes notificaciones de RedPro. Cambiar preferencias: https://www.redpro.example.com/settings", "#0a66c2"),
        cte="base64",
        headers=list_headers("<weekly.redpro.example.com>",
                             "https://www.redpro.example.com/settings/unsubscribe?t=wk",
                             "unsubscribe@redpro.example.com"),
    ),
    dict(
        kind="other", slug="fp_dual_sin_plaza", lang="es",
        frm=("Centro Integrado de FP Iruña - Secretaría", "no-reply@cipiruna.example.es"),
        subject="Resolución de admisión: Técnico Superior en Administración y Finanzas (dual)",
        subj_enc=("iso-8859-1", "Q"),
        date="2026-07-08 13:30", tz="+0200",
        text="""Estimada Sra. Nowak-Etxeberria:

Una vez baremadas las solicitudes para el ciclo de Técnico Superior en Administración y Finanzas en modalidad dual (curso 2026-2027), le comunicamos que NO ha obtenido plaza en esta fase.

Su puntuación (6,42) queda por debajo de la nota de corte (7,15). Ha quedado en la posición 37 de la lista de espera. Si se produjeran vacantes se le avisará por este medio.

Puede presentar reclamación en la Secretaría del centro en el plazo de tres días hábiles.

Secretaría - Centro Integrado de FP Iruña""",
        charset="iso-8859-1", cte="quoted-printable",
    ),
    dict(
        kind="other", slug="boletin_laboral_cotizacion", lang="es",
        frm=("Boletín Laboral · Colegio de Graduados Sociales", "newsletter@graduadossocialesnav.example.es"),
        frm_enc=("utf-8", "Q"),
        subject="Novedades de cotización 2026 y bolsa de empleo del Colegio",
        date="2026-01-15 09:00", tz="+0100",
        text="""BOLETÍN LABORAL - Enero 2026

1. Cotización 2026: nuevas bases máximas y mínimas, y actualización del MEI.
   https://graduadossocialesnav.example.es/boletin/2026-01/cotizacion

2. SMI 2026: tablas para las nóminas de enero.
   https://graduadossocialesnav.example.es/boletin/2026-01/smi

3. Bolsa de empleo: seis despachos colegiados buscan auxiliares de nóminas. Las entrevistas las gestiona cada despacho; el Colegio no comunica descartes ni ofertas.
   https://graduadossocialesnav.example.es/empleo

4. Curso: gestión de incapacidad temporal. Plazas limitadas.

--
Recibe este boletín por estar suscrita a la lista de novedades. Baja: https://graduadossocialesnav.example.es/baja""",
        charset="windows-1252", cte="quoted-printable",
        headers=list_headers("Boletin laboral <boletin.graduadossocialesnav.example.es>",
                             "https://graduadossocialesnav.example.es/baja",
                             "baja@graduadossocialesnav.example.es"),
    ),
    dict(
        kind="other", slug="portal_resumen_semanal_candidaturas", lang="es",
        frm=("TrabajoYa", "noreply@trabajoya.example.es"),
        subject="Tu resumen semanal: 5 candidaturas activas", date="2026-04-27 07:30",
        tz="+0200",
        html=digest_shell("Tu semana en TrabajoYa", paras_html("""Hola Valeria, así van tus candidaturas:

- 2 en proceso (Almacenes Castellana, Policlínica Valle del Iregua)
- 1 con entrevista programada según la empresa
- 1 descartada por la empresa
- 1 vista por la empresa, pendiente de respuesta

Recuerda que cada empresa te escribirá directamente para darte noticias."""),
            [("Ver mis candidaturas", "Panel de candidato", "https://www.trabajoya.example.es/candidato/candidaturas"),
             ("Ofertas recomendadas para ti", "Administración y nóminas · Pamplona, Madrid, Zaragoza", "https://www.trabajoya.example.es/ofertas/recomendadas"),
             ("Consejo: prepara tu próxima entrevista", "Guía de 5 minutos", "https://www.trabajoya.example.es/guias/entrevista")],
            "Recibes este resumen porque tienes candidaturas activas. Darte de baja: https://www.trabajoya.example.es/baja",
            "#ff6f00"),
        cte="quoted-printable",
        headers=list_headers("<resumen.trabajoya.example.es>",
                             "https://www.trabajoya.example.es/baja",
                             "baja@trabajoya.example.es"),
    ),
    dict(
        kind="other", slug="obrador_cambio_turnos", lang="es",
        contact="fermin@obradorsannicolas.example.es",
        frm=("Fermín Arregui", "fermin@obradorsannicolas.example.es"),
        subject="Turnos semana que viene", date="2026-03-03 15:44", tz="+0100",
        text="""Valeria,

Te mando cómo quedan los turnos. El martes entras a las 6:00 para el horno porque Josetxo está de baja, y el sábado te cambio la posición al mostrador de la calle San Nicolás.

Lo de pedir el jueves libre para tu entrevista, sin problema, ya lo he apuntado en el cuadrante.

Fermín
Obrador San Nicolás""",
        charset="iso-8859-1", cte="8bit",
    ),
    dict(
        kind="other", slug="excompanero_pasa_oferta", lang="es",
        contact="mikel.sarasa@example.es",
        frm=("Mikel Sarasa", "mikel.sarasa@example.es"),
        subject="mira esta oferta en Logroño", date="2026-05-28 12:03", tz="+0200",
        text="""Hola Valeria!

Me acordé de ti al ver esto en el grupo de antiguos del curso: una bodega de Logroño busca administrativo/a de personal para vendimia y luego igual se queda fijo. Te paso el enlace:

https://www.empleorioja.example.es/oferta/12877

Ya me dirás si te presentas. Yo sigo en la asesoría y muy contento, al final la entrevista que tanto me agobiaba fue lo de menos.

Abrazo,
Mikel""",
        html=plain_html("""Hola Valeria!

Me acordé de ti al ver esto en el grupo de antiguos del curso: una bodega de Logroño busca administrativo/a de personal para vendimia y luego igual se queda fijo. Te paso el enlace:

https://www.empleorioja.example.es/oferta/12877

Ya me dirás si te presentas. Yo sigo en la asesoría y muy contento, al final la entrevista que tanto me agobiaba fue lo de menos.

Abrazo,
Mikel"""),
        cte="quoted-printable",
    ),
    dict(
        kind="other", slug="orientacion_taller_entrevistas_ics", lang="es",
        contact="nerea.salinas@orientaempleo-navarra.example.es",
        frm=("Nerea Salinas", "nerea.salinas@orientaempleo-navarra.example.es"),
        subject="Taller: prepara tu entrevista de trabajo (miércoles 4 de marzo)",
        date="2026-02-25 10:30", tz="+0100",
        text="""Hola Valeria:

Como hablamos en la sesión de orientación, te apunto al taller grupal «Prepara tu entrevista de trabajo». Haremos simulacros de entrevista por parejas y veremos cómo responder cuando te preguntan por qué cambias de sector.

Miércoles 4 de marzo, de 10:00 a 12:30
Aula 2 · Servicio de Orientación para el Empleo · C/ Arrieta 11, Pamplona

Te envío la convocatoria para tu calendario. Si no puedes venir, avísame para dar tu plaza a otra persona.

Nerea Salinas
Orientadora laboral""",
        cte="quoted-printable",
        attach=[ics("REQUEST", "taller-entrevistas-20260304@orientaempleo-navarra.example.es",
                    "2026-03-04 10:00", "2026-03-04 12:30",
                    "Taller grupal: prepara tu entrevista de trabajo",
                    ("Nerea Salinas", "nerea.salinas@orientaempleo-navarra.example.es"),
                    tzid="Europe/Madrid", location="Aula 2, C/ Arrieta 11, Pamplona")],
    ),
    dict(
        kind="other", slug="peluqueria_cita_movida", lang="es",
        frm=("Reservas Peluquería Itsaso", "no-reply@reservaya.example.es"),
        subject="Tu cita se ha movido al sábado", date="2026-09-25 18:22", tz="+0200",
        text="""Hola Valeria:

Peluquería Itsaso ha cambiado tu cita:

Corte y color con Leire
Antes: viernes 2 de octubre, 18:00
Ahora: sábado 3 de octubre, 10:30

Si la nueva hora no te va bien, puedes cancelarla gratis hasta 24 horas antes desde la app.

ReservaYa""",
        cte="base64",
        headers=[("Auto-Submitted", "auto-generated")],
    ),
    dict(
        kind="other", slug="valeria_reenvia_oferta_harinera", key="valeria_forward_offer",
        lang="es", frm=CAND, to=[("Amaia Etxeberria", "amaia.etx@example.es")],
        subject="Fwd: Oferta de empleo – Administrativo/a de Nóminas", subj_enc=("utf-8", "Q"),
        date="2026-03-03 08:12", tz="+0100",
        text="""Ama, ¡mira! Me han hecho una oferta en Zaragoza. Esta noche te llamo y lo hablamos, que tengo que contestar antes del lunes y no sé si mudarme.

Besos,
Vale

""" + forwarded("es", "Lucía Sanz Ballarín <lucia.sanz@harinera-ebromoncayo.example.es>",
                "lun, 2 mar 2026, 13:05", "Oferta de empleo – Administrativo/a de Nóminas",
                "Valeria Nowak-Etxeberria <valeria.ne@example.es>", _HARINERA_OFFER_SHORT),
        cte="quoted-printable",
    ),
    dict(
        kind="other", slug="valeria_gracias_tribunal_moncloa", lang="es",
        frm=CAND, to=[("Ignacio Berrocal", "ignacio.berrocal@hmonclonorte.example.es")],
        subject="Gracias por la entrevista de hoy", date="2026-09-28 19:40", tz="+0200",
        parent="moncloa_moved",
        text="""Hola Ignacio:

Quería agradecerte a ti y al resto del tribunal la entrevista de esta mañana y, sobre todo, que me explicarais con tanto detalle cómo funciona el cálculo de las guardias y los complementos de nocturnidad.

Sigo muy interesada en la plaza. Quedo a vuestra disposición si necesitáis cualquier documento más.

""" + SIG_ES,
        charset="windows-1252", cte="quoted-printable",
    ),
    # ================================================================ en (12)
    dict(
        kind="other", slug="corkjobs_alert_digest", lang="en",
        frm=("CorkJobs Alerts", "alerts@corkjobs.example.ie"),
        subject="5 new payroll jobs in Cork", date="2026-03-16 06:30", tz="+0000",
        text=digest_text("Your job alert: payroll Cork", _CORK_INTRO, _CORK_ITEMS, _CORK_FOOTER),
        html=digest_shell("Your job alert: payroll Cork", f"<p>{esc(_CORK_INTRO)}</p>",
                          _CORK_ITEMS, esc(_CORK_FOOTER), "#00796b"),
        cte="quoted-printable",
        headers=list_headers("CorkJobs alerts <alerts.corkjobs.example.ie>",
                             "https://www.corkjobs.example.ie/alerts/unsubscribe?id=88812",
                             "unsubscribe@corkjobs.example.ie"),
    ),
    dict(
        kind="other", slug="newsletter_bounce_back", lang="en",
        frm=("The Career Switch Weekly", "newsletter@careerswitchweekly.example.com"),
        subject="How to bounce back from a job rejection", date="2026-05-13 12:00", tz="+0000",
        html=digest_shell("The Career Switch Weekly", paras_html("""This week: rejection.

"Unfortunately, we have decided not to move forward with your application." Few sentences sting more, especially when you are changing careers. Our readers told us how they dealt with it, from asking for feedback after a final interview to turning a rejection into an offer six months later.

Also inside: how to answer "why are you leaving retail?" in an interview, and the five payroll certifications employers in Ireland and Spain actually ask for."""),
            [("Read: How to bounce back from a job rejection", "8 min read", "https://careerswitchweekly.example.com/p/bounce-back"),
             ("Template: the post-interview thank-you note", "Free download", "https://careerswitchweekly.example.com/p/thank-you-template"),
             ("Podcast: from barista to payroll manager", "32 min listen", "https://careerswitchweekly.example.com/podcast/ep-58")],
            'You are subscribed to The Career Switch Weekly. <a href="https://careerswitchweekly.example.com/unsubscribe">Unsubscribe</a>',
            "#5e35b1"),
        cte="quoted-printable",
        headers=list_headers("<weekly.careerswitchweekly.example.com>",
                             "https://careerswitchweekly.example.com/unsubscribe",
                             "unsubscribe@careerswitchweekly.example.com"),
    ),
    dict(
        kind="other", slug="valeria_thanks_lee_valley", key="lee_valley_thanks", lang="en",
        frm=CAND, to=[("Aoife Brennan", "aoife.brennan@leevalleydairies.example.ie")],
        subject="Thank you - Payroll Administrator interview", date="2026-04-16 18:22",
        tz="+0100", parent="lee_valley_moved",
        text="""Dear Aoife,

Thank you for this morning's interview, and please pass my thanks to Donal and Gráinne on the panel. I enjoyed hearing how the team handles the weekly payroll for the seasonal milk-intake staff.

I look forward to hearing from you.

Kind regards,
Valeria""",
        cte="quoted-printable",
    ),
    dict(
        kind="other", slug="valeria_application_shandon", key="shandon_application", lang="en",
        frm=CAND, to=[("Niamh O'Callaghan", "niamh.ocallaghan@shandonpayroll.example.ie")],
        subject="Application - Payroll Administrator", date="2026-01-26 20:31", tz="+0100",
        text="""Dear Ms O'Callaghan,

I am writing to apply for the Payroll Administrator position advertised on CorkJobs.

For the past ten years I have worked in a busy bakery in Pamplona, where I also prepare the staff rota and keep track of hours for a team of nine. I am now completing a 420-hour payroll and social security course, and I am keen to start my new career in a payroll bureau. I speak English at C1 level and I am ready to relocate to Cork.

Please find my CV attached. I would be glad to talk at any time that suits you.

""" + SIG_EN,
        charset="us-ascii", cte="7bit",
        attach=[pdf("CV_Valeria_Nowak-Etxeberria_EN.pdf", [
            "VALERIA NOWAK-ETXEBERRIA",
            "Pamplona, Spain - +34 648 213 907 - valeria.ne@example.es",
            "",
            "PROFILE: bakery shift supervisor moving into payroll administration.",
            "EDUCATION: Payroll and Social Security Technician course (420 h), 2025-2026",
            "EXPERIENCE: 2016-now  Shop assistant and shift lead, Obrador San Nicolas",
            "LANGUAGES: Spanish, Polish (native); English C1; French B2; German B1",
        ], "CV")],
    ),
    dict(
        kind="other", slug="mercy_harbour_out_of_office", lang="en",
        contact="orla.cronin@mercyharbour.example.ie",
        frm=("Orla Cronin", "orla.cronin@mercyharbour.example.ie"),
        subject="Automatic reply: Invitation to interview - Payroll Officer (Grade IV)",
        date="2026-05-29 08:47", tz="+0100", parent="mercy_harbour_panel",
        text="""Thank you for your email. I am on annual leave until Wednesday 3 June and will have limited access to email.

If your query is about an interview scheduled for this week, please contact the HR Recruitment Office on 021 455 0190, quoting the competition reference.

Kind regards,
Orla Cronin
HR Recruitment Officer""",
        charset="us-ascii", cte="7bit",
        headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    ),
    dict(
        kind="other", slug="lee_institute_course_no_place", lang="en",
        frm=("Lee Institute Admissions", "noreply@leeinstitute.example.ie"),
        subject="Your application: Certificate in Payroll Technology (part-time)",
        date="2026-08-19 15:10", tz="+0100",
        html=plain_html("""Dear Valeria,

Thank you for applying for the Certificate in Payroll Technology (part-time, evening delivery) starting in September 2026.

We received many more applications than there are places on this programme. Unfortunately, we are unable to offer you a place on this occasion. You have been placed on the waiting list at position 12 and we will contact you if a place becomes available before 14 September.

We would encourage you to consider our online Payroll Fundamentals module, which has rolling admission.

Admissions Office
Lee Institute, Cork"""),
        cte="quoted-printable",
    ),
    dict(
        kind="other", slug="parcel_delayed", lang="en",
        frm=("ParcelPath", "no-reply@parcelpath.example.com"),
        subject="Unfortunately, your parcel is delayed", date="2026-06-30 11:02", tz="+0000",
        text="""Hi Valeria,

Unfortunately, your parcel PP-77301-IE is delayed due to high volumes at our Dublin hub.

New estimated delivery: Friday 3 July
Delivery position in today's route: not yet assigned

You don't need to do anything. Track your parcel: https://track.parcelpath.example.com/PP-77301-IE

ParcelPath""",
        charset="us-ascii", cte="7bit",
        headers=[("Auto-Submitted", "auto-generated")],
    ),
    dict(
        kind="other", slug="mizen_search_cold_approach", lang="en",
        contact="gearoid@mizensearch.example.ie",
        frm=("Gearóid Ó Súilleabháin", "gearoid@mizensearch.example.ie"),
        frm_enc=("utf-8", "Q"),
        subject="Payroll opportunities in Cork - open to a chat?", date="2026-07-21 09:15",
        tz="+0100",
        text="""Hi Valeria,

I came across your profile and noticed you're moving into payroll and open to relocating to Cork. I'm a recruiter with Mizen Search and I work with several bureaus and manufacturers around the harbour who are happy to train people from customer-facing backgrounds.

No specific role to pitch today, but I'd like to get to know you so I can think of you when the right position comes up. Would you be open to connecting?

Best,
Gearóid Ó Súilleabháin
Senior Recruiter | Mizen Search
+353 21 601 4470""",
        cte="quoted-printable",
    ),
    dict(
        kind="other", slug="friend_siobhan_rejection", lang="en",
        contact="siobhan.k@example.ie",
        frm=("Siobhán Kiely", "siobhan.k@example.ie"), frm_enc=("iso-8859-1", "Q"),
        subject="ugh, no luck", date="2026-05-02 21:36", tz="+0100",
        text="""Vale!

So remember the second interview I had at the hotel on Patrick's Hill? They emailed today: "we have decided to proceed with other candidates at this time". After a two-hour interview and a presentation! I'm raging.

Anyway, how did your Lee Valley one go? You said the panel were lovely. Fingers crossed for you - at least one of us should get good news this month.

Call me at the weekend?
Siobhán x""",
        charset="windows-1252", cte="quoted-printable",
    ),
    dict(
        kind="other", slug="payroll_ireland_newsletter", lang="en",
        frm=("Payroll Technicians Ireland", "newsletter@payrolltechnicians.example.ie"),
        subject="September bulletin: interview masterclass, PRSI changes, job board",
        date="2026-09-10 07:45", tz="+0100",
        text="""PAYROLL TECHNICIANS IRELAND - September bulletin

* Webinar: "Acing the payroll interview" - Thursday 24 September, 13:00.
  Register: https://payrolltechnicians.example.ie/events/interview-masterclass
* PRSI changes from 1 October: what to update before your next run.
  https://payrolltechnicians.example.ie/news/prsi-october
* Member job board: 9 new positions in Munster this month, from trainee to payroll manager.
  https://payrolltechnicians.example.ie/jobs
* Exam results: candidates who were unsuccessful in the June sitting can re-sit in December.

Unsubscribe: https://payrolltechnicians.example.ie/unsubscribe""",
        charset="us-ascii", cte="7bit",
        headers=list_headers("PTI members <members.payrolltechnicians.example.ie>",
                             "https://payrolltechnicians.example.ie/unsubscribe",
                             "leave@payrolltechnicians.example.ie"),
    ),
    dict(
        kind="other", slug="valeria_asks_brightline_move", key="brightline_move_request",
        lang="en", frm=CAND,
        to=[("Tom Ashworth", "tom.ashworth@brightlinepayroll.example.es")],
        subject="Re: Schedule your interview with Brightline Payroll Services",
        date="2026-08-11 09:03", tz="+0200", parent="brightline_invite",
        text="""Hi Tom,

Thank you for the invitation. I booked Wednesday 12 August at 10:00, but I've just been told I have to cover an early shift at the bakery that morning. Would it be possible to move our interview to Thursday afternoon instead? Any time after 14:00 works for me.

Sorry for the inconvenience.

""" + SIG_EN,
        cte="quoted-printable",
    ),
    dict(
        kind="other", slug="greenhouse_candidate_survey", lang="en",
        frm=("Lee Valley Dairies", "no-reply@greenhouse-mail.io"),
        subject="How was your interview experience with Lee Valley Dairies?",
        date="2026-04-17 10:00", tz="+0100",
        html=plain_html("""Hi Valeria,

You recently interviewed with Lee Valley Dairies. We'd love to hear about your experience as a candidate, whatever the outcome of your application.

The survey takes about two minutes and your answers are anonymous; they are not shared with the interview panel and do not affect your application.

Take the survey: https://app.greenhouse.io/surveys/candidate/4f1e88c0

Thank you,
Lee Valley Dairies"""),
        cte="quoted-printable",
    ),
    # ================================================================ fr (6)
    dict(
        kind="other", slug="alerte_emploi_paie_bayonne", lang="fr",
        frm=("SudOuest Jobs - Alertes", "alertes@sudouest-jobs.example.fr"),
        subject="3 nouvelles offres : paie Bayonne", date="2026-06-08 06:00", tz="+0200",
        text=digest_text("Vos nouvelles offres", _BAY_INTRO, _BAY_ITEMS, _BAY_FOOTER),
        html=digest_shell("Vos nouvelles offres", f"<p>{esc(_BAY_INTRO)}</p>", _BAY_ITEMS,
                          esc(_BAY_FOOTER), "#c2185b"),
        cte="quoted-printable",
        headers=list_headers("Alertes emploi <alertes.sudouest-jobs.example.fr>",
                             "https://emploi.sudouest-jobs.example.fr/alertes/desinscription",
                             "desinscription@sudouest-jobs.example.fr"),
    ),
    dict(
        kind="other", slug="valeria_demande_report_biscuiterie", key="biscuiterie_move_request",
        lang="fr", frm=CAND,
        to=[("Mathilde Etcheverry", "m.etcheverry@biscuiterie-adour.example.fr")],
        subject="Re: Invitation à un entretien - gestionnaire paie",
        date="2026-07-07 08:55", tz="+0200", parent="biscuiterie_invite",
        text="""Bonjour Madame Etcheverry,

Je vous remercie pour l'invitation. Je travaille jeudi matin à la boulangerie et je ne pourrai pas me libérer avant 14 h. Serait-il possible de décaler l'entretien à un autre jour, par exemple lundi 13 juillet ?

""" + SIG_FR,
        charset="iso-8859-1", cte="quoted-printable",
    ),
    dict(
        kind="other", slug="aeroval_absence_auto", lang="fr",
        contact="julien.castaing@aeroval.example.fr",
        frm=("Julien Castaing", "julien.castaing@aeroval.example.fr"),
        subject="Réponse automatique : Re: Entretien assistante paie - Aéroval Composites",
        subj_enc=("utf-8", "Q"),
        date="2026-05-14 19:02", tz="+0200", parent="aeroval_invite",
        text="""Bonjour,

Je suis absent du bureau jusqu'au lundi 18 mai inclus. Votre message sera traité à mon retour.

Pour toute question urgente concernant un entretien ou une candidature, vous pouvez contacter le service RH au 05 61 30 48 00.

Cordialement,
Julien Castaing""",
        cte="quoted-printable",
        headers=[("Auto-Submitted", "auto-replied")],
    ),
    dict(
        kind="other", slug="formation_paie_non_retenue", lang="fr",
        contact="s.lafitte@adour-competences.example.fr",
        frm=("Sandrine Lafitte", "s.lafitte@adour-competences.example.fr"),
        subject="Votre candidature à la formation Gestionnaire de paie",
        date="2026-06-26 16:20", tz="+0200",
        text="""Bonjour Madame Nowak-Etxeberria,

Nous vous remercions pour votre candidature à la session de septembre de notre formation certifiante « Gestionnaire de paie » (titre professionnel, 910 heures).

Après examen des dossiers et des tests de positionnement, votre candidature n'a pas été retenue pour cette session : le financement régional est réservé en priorité aux demandeurs d'emploi inscrits en Nouvelle-Aquitaine.

Vous pouvez vous positionner sur la session de février 2027 ou sur notre parcours à distance.

Cordialement,
Sandrine Lafitte
Coordinatrice pédagogique
Adour Compétences - Centre de formation
Anglet""",
        charset="iso-8859-1", cte="quoted-printable",
    ),
    dict(
        kind="other", slug="banque_entretien_conseiller", lang="fr",
        frm=("Banque Côte Basque", "ne-pas-repondre@banquecotebasque.example.fr"),
        frm_enc=("iso-8859-1", "Q"),
        subject="Confirmation de votre rendez-vous", date="2026-09-03 10:15", tz="+0200",
        html="""<html><body style="font-family:Georgia,serif">
<p>Madame Nowak-Etxeberria,</p>
<p>Nous vous confirmons votre entretien avec votre conseillère, Mme Aurélie Haramboure, à l'agence de Bayonne Saint-Esprit :</p>
<p><b>le mardi 15 septembre 2026 à 17 h 15</b></p>
<p>Objet : ouverture de compte et point sur votre situation (position de vos comptes, domiciliation de salaire).</p>
<p>Pour reporter ce rendez-vous, rendez-vous dans votre espace client.</p>
<p style="font-size:11px;color:#666">Ce message est envoyé automatiquement, merci de ne pas y répondre.</p>
</body></html>""",
        charset="iso-8859-1", cte="quoted-printable",
        headers=[("Auto-Submitted", "auto-generated")],
    ),
    dict(
        kind="other", slug="article_reussir_entretien_paie", lang="fr",
        frm=("Le Mag de la Paie", "newsletter@lemagdelapaie.example.fr"),
        subject="Réussir son entretien de gestionnaire de paie", subj_enc=("utf-8", "Q"),
        date="2026-04-15 07:00", tz="+0200",
        html=digest_shell("Le Mag de la Paie - n° 112", paras_html("""Ce mois-ci : l'entretien d'embauche.

Quelles questions pose un cabinet d'expertise comptable à un futur gestionnaire de paie ? Comment parler d'une reconversion sans s'excuser ? Et que répondre quand on vous annonce que « le poste a été pourvu en interne » ?"""),
            [("Réussir son entretien de gestionnaire de paie", "Dossier, 10 min", "https://lemagdelapaie.example.fr/dossier/entretien"),
             ("Refus après entretien : faut-il demander un retour ?", "Tribune", "https://lemagdelapaie.example.fr/tribune/refus"),
             ("Offres d'emploi de la semaine", "42 postes en France", "https://lemagdelapaie.example.fr/emploi")],
            'Vous recevez cette lettre car vous y êtes abonnée. <a href="https://lemagdelapaie.example.fr/desabonnement">Se désabonner</a>',
            "#2e7d32"),
        cte="quoted-printable",
        headers=list_headers("<lettre.lemagdelapaie.example.fr>",
                             "https://lemagdelapaie.example.fr/desabonnement",
                             "desabonnement@lemagdelapaie.example.fr"),
    ),
    # ================================================================ de (5)
    dict(
        kind="other", slug="stellenalert_stuttgart", lang="de",
        frm=("Jobs Stuttgart Suchauftrag", "alert@jobs-stuttgart.example.de"),
        subject="4 neue Stellen: Lohnabrechnung Stuttgart", date="2026-05-26 06:15",
        tz="+0200",
        text=digest_text("Ihre neuen Stellen", _STG_INTRO, _STG_ITEMS, _STG_FOOTER),
        html=digest_shell("Ihre neuen Stellen", f"<p>{esc(_STG_INTRO)}</p>", _STG_ITEMS,
                          esc(_STG_FOOTER), "#e65100"),
        cte="quoted-printable",
        headers=list_headers("Suchauftrag <suchauftrag.jobs-stuttgart.example.de>",
                             "https://www.jobs-stuttgart.example.de/suchauftrag/abmelden",
                             "abmelden@jobs-stuttgart.example.de"),
    ),
    dict(
        kind="other", slug="staiger_rau_erstkontakt", key="staiger_cold", lang="de",
        contact="j.staiger@staiger-rau.example.de",
        frm=("Jana Staiger", "j.staiger@staiger-rau.example.de"),
        subject="Ihr Profil - Entgeltabrechnung im Raum Stuttgart",
        date="2026-09-08 11:05", tz="+0200",
        text="""Sehr geehrte Frau Nowak-Etxeberria,

ich bin Personalberaterin bei Staiger & Rau in Stuttgart und auf kaufmännische Positionen im Mittelstand spezialisiert. Ihr Profil ist mir aufgefallen: Quereinstieg in die Lohnabrechnung, mehrsprachig und offen für einen Umzug nach Deutschland.

Ich habe aktuell mehrere Mandanten in der Region, die Quereinsteiger in der Entgeltabrechnung einarbeiten. Hätten Sie Interesse an einem unverbindlichen Kennenlernen, damit ich Ihr Profil besser einschätzen kann?

Herzliche Grüße
Jana Staiger
Personalberatung Staiger & Rau
Königstraße 26 · 70173 Stuttgart · +49 711 2289 310""",
        cte="quoted-printable",
    ),
    dict(
        kind="other", slug="valeria_dank_staiger", key="staiger_her_thanks", lang="de",
        frm=CAND, to=[("Jana Staiger", "j.staiger@staiger-rau.example.de")],
        subject="Vielen Dank für das Gespräch", date="2026-09-30 17:40", tz="+0200",
        parent="staiger_cold",
        text="""Liebe Frau Staiger,

vielen Dank für das offene Gespräch heute und dafür, dass Sie mein Profil Ihrem Mandanten vorstellen. Ich freue mich auf Ihre Rückmeldung.

Viele Grüße
Valeria Nowak-Etxeberria""",
        charset="iso-8859-1", cte="quoted-printable",
    ),
    dict(
        kind="other", slug="wohnung_besichtigung_verschoben", lang="de",
        contact="b.krautter@example.de",
        frm=("Bernd Krautter", "b.krautter@example.de"),
        subject="Besichtigungstermin Wohnung Olgastraße", date="2026-07-30 20:12", tz="+0200",
        text="""Hallo Frau Nowak-Etxeberria,

leider muss ich den Besichtigungstermin für die 2-Zimmer-Wohnung in der Olgastraße verschieben, der Vormieter ist erst am 10. August draußen. Neuer Termin wäre Mittwoch, 12. August, um 18:30 Uhr. Passt Ihnen das? Alternativ kann ich Ihnen per Videoanruf einen Rundgang zeigen, da Sie ja noch in Spanien sind.

Bitte bringen Sie zur Besichtigung die Selbstauskunft und, falls vorhanden, einen Arbeitsvertrag mit.

Viele Grüße
Bernd Krautter""",
        charset="windows-1252", cte="8bit",
    ),
    dict(
        kind="other", slug="vhs_kurs_kein_platz", lang="de",
        frm=("Volkshochschule Stuttgart-Nord", "noreply@vhs-stuttgart-nord.example.de"),
        subject="Ihre Anmeldung: Kurs 26H-4410 Lohn- und Gehaltsabrechnung",
        date="2026-04-21 09:30", tz="+0200",
        text="""Sehr geehrte Frau Nowak-Etxeberria,

vielen Dank für Ihre Anmeldung zum Kurs 26H-4410 „Lohn- und Gehaltsabrechnung mit DATEV – Grundlagen“.

Leider ist der Kurs bereits ausgebucht, und wir können Ihnen keinen Platz anbieten. Sie stehen auf der Warteliste an Position 6. Sollte ein Platz frei werden, informieren wir Sie umgehend. Eine Gebühr wurde nicht abgebucht.

Mit freundlichen Grüßen
Ihre Volkshochschule Stuttgart-Nord

Diese Nachricht wurde automatisch erstellt.""",
        charset="utf-8", cte="base64",
        headers=[("Auto-Submitted", "auto-generated")],
    ),
]
