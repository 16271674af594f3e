"""Everything else in the hundred-twenty-ninth corpus: newsletters, alerts, other meanings of the
words, friends and family, the candidate's own mail, auto-replies, cold outreach. Written one by one."""
# ruff: noqa: C408  (each message is a dict(...) call written by hand: keyword syntax reads best)

from __future__ import annotations

from msgs129_common import ME, SIG, ats, button, gmail, news

SPECS: list[dict] = []
add = SPECS.append


def bulk(list_id: str, unsub_url: str, unsub_mail: str = "") -> list[tuple[str, str]]:
    """The list headers a mailing tool adds."""
    unsub = f"<{unsub_url}>" + (f", <mailto:{unsub_mail}>" if unsub_mail else "")
    return [("List-Id", list_id), ("List-Unsubscribe", unsub),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")]


# ================================================================ Spanish (29)

# X1 -- a career-advice newsletter about rejection and missed interviews.
_x1_text = """CARRERA+ · El boletín de empleo de Trabajalia · nº 112

Cómo gestionar un rechazo después de la entrevista

Te han dicho que no. Duele, pero un "lamentablemente hemos decidido seguir con otros candidatos" también es información. Te contamos cómo pedir feedback sin parecer insistente y qué hacer en las 48 horas siguientes.
Leer: https://www.trabajalia.example.es/blog/rechazo-tras-entrevista?utm_source=newsletter&utm_campaign=carrera112

¿Se te pasó una entrevista? Qué escribir al reclutador
No te presentaste o no te conectaste a la videollamada. Plantilla de correo para disculparte y pedir una segunda oportunidad.
Leer: https://www.trabajalia.example.es/blog/entrevista-perdida?utm_source=newsletter&utm_campaign=carrera112

Oferta de trabajo: cómo negociar el salario por escrito
Leer: https://www.trabajalia.example.es/blog/negociar-oferta?utm_source=newsletter&utm_campaign=carrera112

Recibes CARRERA+ porque te suscribiste en trabajalia.example.es.
Darte de baja: https://www.trabajalia.example.es/newsletter/baja?u=c81f
Trabajalia Internet, S.L. · Calle de Alcalá 200 · 28028 Madrid
"""
add(dict(
    scen="career_newsletter_rejection", kind="other", company="", contact="", lang="es",
    frm=("CARRERA+ by Trabajalia", "newsletter@trabajalia.example.es"),
    subject="¿Te han rechazado tras la entrevista? Esto es lo que debes hacer 💡",
    date="2026-02-19 07:30 +0100",
    headers=bulk("CARRERA+ <carrera.trabajalia.example.es>", "https://www.trabajalia.example.es/newsletter/baja?u=c81f",
                 "baja@trabajalia.example.es"),
    text=_x1_text,
    html=news("Cómo gestionar un rechazo después de la entrevista", [
        ("Cómo gestionar un rechazo después de la entrevista",
         "https://click.trabajalia.example.es/ls/click?upn=rechazo-tras-entrevista-c81f",
         "Te han dicho que no. Duele, pero un «lamentablemente hemos decidido seguir con otros candidatos» también es información."),
        ("¿Se te pasó una entrevista? Qué escribir al reclutador",
         "https://click.trabajalia.example.es/ls/click?upn=entrevista-perdida-c81f",
         "No te presentaste o no te conectaste a la videollamada: plantilla para pedir una segunda oportunidad."),
        ("Oferta de trabajo: cómo negociar el salario por escrito",
         "https://click.trabajalia.example.es/ls/click?upn=negociar-oferta-c81f",
         "Cinco frases que funcionan y dos que conviene evitar."),
    ], logo="https://static.trabajalia.example.es/img/carrera-plus-white.png", alt="CARRERA+ Trabajalia",
        intro="El boletín de empleo de Trabajalia · nº 112",
        footer="""Recibes CARRERA+ porque te suscribiste en trabajalia.example.es. <a href="https://www.trabajalia.example.es/newsletter/baja?u=c81f">Darte de baja</a><br>Trabajalia Internet, S.L. · Calle de Alcalá 200 · 28028 Madrid""",
        tracker="https://t.trabajalia.example.es/open/nl112-c81f.gif", accent="#ff6a00"),
))

# X2 -- a job-alert digest full of openings and "entrevista inmediata".
_x2_text = """Tu alerta: "técnico calidad alimentaria" en Barcelona

5 ofertas nuevas desde ayer

1. Técnico/a de Calidad - Industria cárnica · Vic · Incorporación inmediata
https://www.trabajalia.example.es/r/o?id=88120
2. Responsable de Calidad y Medio Ambiente · Rubí · Entrevista inmediata
https://www.trabajalia.example.es/r/o?id=88131
3. Auxiliar de laboratorio (sustitución) · Mollet del Vallès
https://www.trabajalia.example.es/r/o?id=88140
4. Técnico/a APPCC - Restauración colectiva · Barcelona
https://www.trabajalia.example.es/r/o?id=88152
5. Quality Assurance Specialist (inglés alto) · Sant Cugat
https://www.trabajalia.example.es/r/o?id=88160

Modificar o eliminar esta alerta: https://www.trabajalia.example.es/alertas?id=a-5521
"""
add(dict(
    scen="job_alert_digest_es", kind="other", company="", contact="", lang="es",
    frm=("Alertas Trabajalia", "alertas@trabajalia.example.es"),
    subject="5 ofertas nuevas de \"técnico calidad alimentaria\" en Barcelona",
    date="2026-03-05 06:02 +0100",
    headers=bulk("<alertas.trabajalia.example.es>", "https://www.trabajalia.example.es/alertas/baja?id=a-5521"),
    text=_x2_text,
    html=news("5 ofertas nuevas para tu alerta", [
        ("Técnico/a de Calidad - Industria cárnica", "https://click.trabajalia.example.es/r/o?id=88120&a=a-5521",
         "Vic · Incorporación inmediata · 26.000 - 29.000 €"),
        ("Responsable de Calidad y Medio Ambiente", "https://click.trabajalia.example.es/r/o?id=88131&a=a-5521",
         "Rubí · Entrevista inmediata · Contrato indefinido"),
        ("Auxiliar de laboratorio (sustitución)", "https://click.trabajalia.example.es/r/o?id=88140&a=a-5521",
         "Mollet del Vallès · 6 meses"),
        ("Técnico/a APPCC - Restauración colectiva", "https://click.trabajalia.example.es/r/o?id=88152&a=a-5521",
         "Barcelona · Jornada completa"),
        ("Quality Assurance Specialist (inglés alto)", "https://click.trabajalia.example.es/r/o?id=88160&a=a-5521",
         "Sant Cugat del Vallès · Híbrido"),
    ], logo="https://static.trabajalia.example.es/img/logo-trabajalia-white.png", alt="Trabajalia",
        intro="Tu alerta «técnico calidad alimentaria» en Barcelona · 5 ofertas nuevas desde ayer",
        footer="""<a href="https://www.trabajalia.example.es/alertas?id=a-5521">Modificar o eliminar esta alerta</a> · Trabajalia Internet, S.L.""",
        tracker="https://t.trabajalia.example.es/open/al-5521.gif", accent="#ff6a00"),
))

# X3 -- a podcast wants to interview her: not a job interview.
add(dict(
    scen="podcast_guest_interview", kind="other", company="", contact="irene@cienciaenlamesa.example.es",
    lang="es",
    frm=("Irene Calvo", "irene@cienciaenlamesa.example.es"),
    subject="Entrevista para el podcast Ciencia en la Mesa",
    date="2026-04-03 12:15 +0200", cte="quoted-printable",
    text="""Hola Ingrid,

Soy Irene Calvo, presento "Ciencia en la Mesa", un podcast de divulgación sobre ciencia de los alimentos (vamos por el episodio 87). Marta Roca, de la cervecera del Poblenou, me pasó tu contacto.

Estamos preparando un episodio sobre fermentados nórdicos y nos encantaría hacerte una entrevista de unos 40 minutos: cómo se hace el rakfisk, tu paso del laboratorio a la calidad, esas cosas. Grabamos en remoto, con Zencastr, cuando te venga bien a finales de abril.

No hay dinero de por medio, pero sí mucho cariño y una buena edición :)

¿Te animas?

Irene
cienciaenlamesa.example.es · @cienciaenlamesa
""",
))

# X4 -- a bank: "hemos recibido su solicitud de préstamo".
add(dict(
    scen="bank_loan_application_received", kind="other", company="", contact="", lang="es",
    frm=("Banco Mediterráneo Digital", "notificaciones@bmdigital.example.es"),
    subject="Hemos recibido su solicitud de préstamo personal",
    date="2026-01-28 18:40 +0100", cte="quoted-printable",
    html=ats(
        """<p>Estimada clienta:</p>
<p>Hemos recibido correctamente su <b>solicitud de préstamo personal</b> por importe de 6.000 € a 48 meses (referencia PP-2026-0041873).</p>
<p>Nuestro equipo de análisis de riesgos la estudiará en un plazo máximo de 72 horas hábiles. Es posible que le solicitemos documentación adicional, como sus tres últimas nóminas o su contrato de trabajo.</p>
<p>Puede consultar el estado de su solicitud en la app o en la banca online.</p>
<p>Atentamente,<br>Banco Mediterráneo Digital</p>""",
        logo="https://www.bmdigital.example.es/img/email/logo-bmd.png", alt="Banco Mediterráneo Digital",
        accent="#00205b",
        footer="""Banco Mediterráneo Digital, S.A. · Inscrito en el Registro de Entidades del Banco de España con el nº 0000.<br>
Nunca le pediremos sus claves por correo electrónico. Este mensaje se ha enviado desde una dirección que no admite respuestas.""",
        tracker="https://mail.bmdigital.example.es/o/pp41873.gif"),
))

# X5 -- another bank: a credit-card application declined.
add(dict(
    scen="credit_card_declined", kind="other", company="", contact="", lang="es",
    frm=("CaixaNova Avisos", "avisos@caixanova.example.es"), to=[("SOLHEIM-CASTRO INGRID", "ingrid.sc@example.no")],
    subject="Respuesta a su solicitud de tarjeta de crédito",
    date="2026-02-10 10:05 +0100", charset="iso-8859-1", cte="quoted-printable", hcs="iso-8859-1",
    text="""Estimada Sra. Solheim-Castro:

Le agradecemos la confianza depositada en CaixaNova.

Tras analizar su solicitud de la tarjeta de crédito Nova Oro, lamentamos comunicarle que en este momento no podemos concederla. La decisión se basa en los criterios de riesgo de la entidad, entre ellos la antigüedad de su relación laboral actual.

Puede volver a solicitarla pasados seis meses o consultar otras opciones, como nuestra tarjeta de débito Nova Plus, sin comisiones.

Atentamente,
CaixaNova
Servicio de Atención al Cliente

Este es un mensaje automático. Por favor, no responda a este correo.
""",
))

# X6 -- a rental portal: the flat application was refused.
add(dict(
    scen="flat_application_refused", kind="other", company="", contact="", lang="es",
    frm=("Pisalia", "no-reply@pisalia.example.es"),
    subject="El propietario ha descartado tu solicitud para el piso de Carrer de Sants",
    date="2026-07-21 14:22 +0200", cte="base64",
    html=ats(
        """<p style="font-size:18px;"><b>Hola Ingrid,</b></p>
<p>Lo sentimos: el propietario del piso de <b>Carrer de Sants, 214 (2 hab., 78 m², 1.150 €/mes)</b> ha elegido a otro inquilino y tu solicitud ha sido descartada.</p>
<p>No te desanimes: hay 23 pisos nuevos en Sants-Montjuïc que encajan con tu búsqueda.</p>
""" + button("https://www.pisalia.example.es/r/busqueda?z=sants&utm_source=mail_descartada", "Ver pisos similares", "#00a699") + """
<p style="font-size:12px;color:#777;">Consejo: los inquilinos con perfil verificado (nómina y contrato subidos) tienen el doble de respuestas.</p>""",
        logo="https://static.pisalia.example.es/mail/logo.png", alt="Pisalia", accent="#00a699",
        footer="""Pisalia Real Estate Tech, S.L. · Barcelona<br><a href="https://www.pisalia.example.es/preferencias?unsub=1">Darse de baja de estos avisos</a>""",
        tracker="https://t.pisalia.example.es/o/aa12.gif"),
))

# X7 -- a shop: "lamentablemente tu paquete lleva retraso".
add(dict(
    scen="package_delayed_es", kind="other", company="", contact="", lang="es",
    frm=("LabShop Iberia", "pedidos@labshop-iberia.example.es"),
    subject="Lamentablemente tu pedido #LS-448120 lleva retraso",
    date="2026-03-27 16:11 +0100", cte="quoted-printable",
    html=ats(
        """<p>Hola Ingrid,</p>
<p>Lamentablemente tu pedido <b>#LS-448120</b> (1 × Bata de laboratorio algodón T.M, 2 × Gafas de protección antivaho) no llegará en la fecha prevista. Nuestro transportista ha sufrido una incidencia en el centro de Martorelles.</p>
<p><b>Nueva fecha estimada de entrega:</b> miércoles 1 de abril.</p>
""" + button("https://www.labshop-iberia.example.es/seguimiento?p=LS-448120", "Seguir mi pedido", "#00796b") + """
<p>Sentimos las molestias.<br>El equipo de LabShop Iberia</p>""",
        logo="https://www.labshop-iberia.example.es/mail/logo.png", alt="LabShop Iberia", accent="#00796b",
        footer="LabShop Iberia, S.L. · Polígon Can Magarola, Mollet del Vallès · Atención al cliente: 900 000 114",
        tracker="https://www.labshop-iberia.example.es/mail/o/448120.gif"),
))

# X8 -- the foreigners' office: "su posición en la cola virtual".
add(dict(
    scen="queue_position_nie", kind="other", company="", contact="", lang="es",
    frm=("Cita Previa Extranjería", "citaprevia-noreply@extranjeria.example.es"),
    subject="Cola virtual: su posición actual es 14",
    date="2026-01-12 08:47 +0100", charset="iso-8859-1", cte="8bit", hcs="iso-8859-1",
    text="""Cola virtual - Oficina de Extranjería de Barcelona (Passeig de Sant Joan)
Trámite: certificado de registro de ciudadano de la Unión (NIE)

Su posición actual en la cola: 14
Tiempo estimado de espera: 35 minutos

Cuando su posición sea la número 3, recibirá un SMS y deberá dirigirse al mostrador indicado. Si no se presenta en los 10 minutos siguientes al aviso, su turno se perderá y tendrá que solicitar una nueva cita.

Este mensaje se ha generado automáticamente. No responda a este correo.
""",
))

# X9 -- a friend tells about her own rejection.
add(dict(
    scen="friend_own_rejection", kind="other", company="", contact="carmen.ibarra@example.com", lang="es",
    frm=("Carmen Ibarra", "carmen.ibarra@example.com"),
    subject="pues nada...",
    date="2026-03-12 22:48 +0100", cte="8bit",
    text="""Tía, ya me han contestado los de la farmacéutica de Sant Joan Despí: que no. Un correo de esos de "hemos decidido continuar con candidatos cuyo perfil se ajusta más", después de TRES entrevistas. Ni una llamada.

Estoy de bajón, pero bueno, mañana me pongo otra vez con los CVs.

¿Tú qué tal? ¿Te han dicho algo los de la harinera? Cuéntame y nos tomamos algo el sábado, que lo necesito.

Besos,
Carmen
""",
))

# X10 -- a friend's own interview tomorrow, asking for tips.
add(dict(
    scen="friend_own_interview", kind="other", company="", contact="dani.prieto84@example.com", lang="es",
    frm=("Dani Prieto", "dani.prieto84@example.com"),
    subject="Mañana tengo entrevista!!",
    date="2026-05-13 20:09 +0200", cte="quoted-printable",
    text="""Ingrid!

Mañana a las 9 tengo entrevista en la cervecera de Mataró, la de los tanques azules. Es para operario de envasado, pero con posibilidad de pasar a laboratorio.

Tú que ya te has comido unas cuantas: ¿qué me van a preguntar? ¿Llevo algo impreso? ¿Voy en vaqueros o me pongo camisa? jajaja estoy de los nervios

Si te pillo esta noche te llamo.

Dani
""",
))

# X11 -- the candidate's own follow-up to a recruiter (sent mail).
add(dict(
    scen="own_followup_sent", kind="other", company="", contact="", lang="es",
    frm=ME, to=[("Jordi Camps", "jcamps@selectatalent.example.com")],
    subject="Seguimiento: proceso Quality Specialist",
    date="2026-03-31 09:05 +0200", cte="quoted-printable",
    text="""Hola Jordi,

¿Qué tal? Te escribo para saber si hay novedades sobre el proceso de Quality Specialist. Me quedé con muy buenas sensaciones de la entrevista del día 18 y sigo muy interesada.

Si necesitas cualquier documento más (referencias, títulos), dímelo y te lo envío.

Muchas gracias,
Ingrid Solheim-Castro
+34 611 00 00 48
""",
))

# X12 -- the candidate's own thank-you note after the brewery visit (sent mail, Gmail).
_x12 = """Hola Pau,

Muchas gracias por la visita de ayer y por la birra, me encantó conocer la fàbrica y al equipo. Me voy con muchas ideas sobre cómo ordenar el APPCC y el plan de muestreo del laboratorio.

Quedo a la espera de vuestras noticias. ¡Un abrazo!

Ingrid
"""
add(dict(
    scen="own_thank_you_after_visit", kind="other", company="", contact="", lang="es",
    frm=ME, to=[("Pau Roca", "pau@cerveseradelpoblenou.example.cat")],
    subject="Gracias por la visita",
    date="2026-03-17 08:32 +0100",
    text=_x12, html=gmail(_x12),
))

# X13 -- an out-of-office auto-reply from an HR manager.
add(dict(
    scen="out_of_office_es", kind="other", company="", contact="sbosch@lasc.example.es", lang="es",
    frm=("Sílvia Bosch", "sbosch@lasc.example.es"),
    subject="Respuesta automática: Consulta sobre fecha de incorporación",
    date="2026-08-06 10:14 +0200", charset="windows-1252", cte="quoted-printable", hcs="windows-1252",
    irt="<CAK3spq8Tt4bHh6J@mail.example.no>",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    text="""Hola,

Estaré fuera de la oficina hasta el lunes 24 de agosto, sin acceso al correo.

Para temas urgentes de personal, podéis escribir a Josep Mir (jmir@lasc.example.es).

Gràcies,
Sílvia Bosch
""",
))

# X14 -- a network notification: a recruiter sent a message (no interview, no reply address).
add(dict(
    scen="network_inmail_notification", kind="other", company="", contact="", lang="es",
    frm=("Enlaza", "mensajes-noreply@enlaza.example.com"),
    subject="Marina Costa te ha enviado un mensaje",
    date="2026-04-15 13:03 +0000", cte="quoted-printable",
    headers=[("List-Unsubscribe", "<https://www.enlaza.example.com/e/unsub?type=inmail>")],
    html=ats(
        """<table role="presentation" cellpadding="0" cellspacing="0" border="0"><tr>
<td style="padding-right:12px;"><img src="https://media.enlaza.example.com/profile/marina-costa_100.jpg" alt="Marina Costa" width="56" height="56" style="border-radius:28px;"></td>
<td><b>Marina Costa</b><br><span style="color:#666;">Talent Acquisition Lead en una consultora de ingeniería alimentaria</span></td></tr></table>
<p style="border-left:3px solid #0a66c2;padding-left:10px;color:#333;">«Hola Ingrid, he visto tu perfil y tu paso del laboratorio a calidad. Estamos buscando perfiles como el tuyo para varios clientes en Girona. ¿Te interesaría que habláramos?»</p>
""" + button("https://www.enlaza.example.com/messaging/thread/2-YmM5?trk=eml-inmail", "Responder", "#0a66c2"),
        logo="https://static.enlaza.example.com/logo-enlaza.png", alt="Enlaza", accent="#0a66c2", bg="#f3f2ef",
        footer="""Este correo se ha enviado a Ingrid Solheim-Castro. <a href="https://www.enlaza.example.com/e/unsub?type=inmail">Darse de baja</a><br>Enlaza Networks Ireland Unlimited Company, Dublin 2, Irlanda""",
        tracker="https://www.enlaza.example.com/emimp/ip_bWVz.gif"),
))

# X15 -- a user-research interview for a delivery app: not a job interview.
add(dict(
    scen="user_research_interview_es", kind="other", company="", contact="paula.gomez@comidaya.example.es",
    lang="es",
    frm=("Paula Gómez", "paula.gomez@comidaya.example.es"),
    subject="¿Nos ayudas a mejorar ComidaYa? Entrevista de 30 min (con tarjeta regalo)",
    date="2026-05-26 11:30 +0200", cte="quoted-printable",
    text="""Hola Ingrid,

Soy Paula, investigadora de experiencia de usuario en ComidaYa. Vemos que pides con nosotros a menudo (¡gracias!) y nos encantaría entrevistarte durante 30 minutos por videollamada para entender cómo eliges restaurante y qué te frustra de la app.

Como agradecimiento, te enviaremos una tarjeta regalo de 25 € en ComidaYa.

Si te apetece participar, responde a este correo con dos o tres franjas que te vengan bien la semana que viene. No hay respuestas correctas ni incorrectas: queremos tu opinión sincera.

Gracias,
Paula Gómez
UX Research · ComidaYa
""",
))

# X16 -- a training company's webinar invitation; HTML only, list headers.
add(dict(
    scen="webinar_ifs_marketing", kind="other", company="", contact="", lang="es",
    frm=("Formación Calidad Alimentaria", "info@formacionqa.example.es"),
    subject="Webinar gratuito: novedades de IFS Food v8 – plazas limitadas",
    date="2026-04-07 10:00 +0200", cte="quoted-printable",
    headers=bulk("<webinars.formacionqa.example.es>", "https://formacionqa.example.es/baja?e=aW5ncmlk"),
    html=news("Webinar: IFS Food versión 8, qué cambia para tu planta", [
        ("Inscríbete: jueves 23 de abril, 17:00 h", "https://mkt.formacionqa.example.es/c/ifs8-inscripcion?e=aW5ncmlk",
         "90 minutos con una auditora senior: cultura de seguridad alimentaria, evaluaciones no anunciadas y los nuevos requisitos de fraude."),
        ("Curso de Auditor Interno BRCGS (online, 20 h)", "https://mkt.formacionqa.example.es/c/brcgs-interno?e=aW5ncmlk",
         "Bonificable por FUNDAE. Próxima edición: mayo."),
    ], logo="https://formacionqa.example.es/img/logo-blanco.png", alt="Formación Calidad Alimentaria",
        intro="Plazas limitadas · Certificado de asistencia incluido",
        footer="""Formación Calidad Alimentaria, S.L. · Valencia · <a href="https://formacionqa.example.es/baja?e=aW5ncmlk">Darse de baja</a>""",
        tracker="https://mkt.formacionqa.example.es/o/ifs8.gif", accent="#2e7d32"),
))

# X17 -- an electricity bill; HTML only.
add(dict(
    scen="electricity_bill", kind="other", company="", contact="", lang="es",
    frm=("Energía Clara", "facturas@energiaclara.example.es"),
    subject="Tu factura de luz de marzo ya está disponible",
    date="2026-04-02 09:10 +0200", cte="quoted-printable",
    html=ats(
        """<p>Hola Ingrid,</p>
<p>Ya tienes disponible tu factura de electricidad del periodo <b>1 mar – 31 mar 2026</b>.</p>
<table role="presentation" cellpadding="6" cellspacing="0" border="0" style="font-size:14px;">
<tr><td style="color:#777;">Importe</td><td><b>47,83 €</b></td></tr>
<tr><td style="color:#777;">Consumo</td><td>161 kWh</td></tr>
<tr><td style="color:#777;">Cargo en cuenta</td><td>7 de abril de 2026</td></tr></table>
""" + button("https://area.energiaclara.example.es/facturas/2026-03", "Ver factura", "#ffb300"),
        logo="https://www.energiaclara.example.es/mail/logo.png", alt="Energía Clara", accent="#ffb300",
        footer="Energía Clara Comercializadora, S.L. · No respondas a este correo.",
        tracker="https://www.energiaclara.example.es/mail/o/f2603.gif"),
))

# X18 -- a food-bank volunteer coordinator confirms a shift.
add(dict(
    scen="food_bank_volunteer_shift", kind="other", company="", contact="rosa.vilalta@bancaliments.example.cat",
    lang="es",
    frm=("Rosa Vilalta", "rosa.vilalta@bancaliments.example.cat"),
    subject="Turno de voluntariado - Gran Recogida",
    date="2026-05-08 17:44 +0200", cte="8bit",
    text="""Hola Ingrid,

Te confirmo el turno de voluntariado para la Gran Recogida de primavera: sábado 16 de mayo, de 10:00 a 14:00, en el supermercado de la calle Provença con Nàpols.

Como tienes experiencia en seguridad alimentaria, te hemos puesto con el equipo que revisa fechas de caducidad y estado de los envases antes de cargar la furgoneta. ¡Nos vienes genial!

Cualquier cosa, me dices.

Moltes gràcies!
Rosa Vilalta
Coordinadora de voluntariado · Banc dels Aliments
""",
))

# X19 -- the temp agency's own weekly newsletter; HTML only.
add(dict(
    scen="agency_weekly_newsletter", kind="other", company="", contact="", lang="es",
    frm=("Flexiplan ETT", "comunicacion@flexiplan.example.es"),
    subject="🔥 Ofertas de la semana en Aragón: ¡entrevistas esta misma semana!",
    date="2026-06-29 08:00 +0200", cte="base64",
    headers=bulk("Flexiplan Empleo <empleo.flexiplan.example.es>", "https://www.flexiplan.example.es/baja?c=nl26",
                 "baja@flexiplan.example.es"),
    html=news("Ofertas de la semana en Aragón", [
        ("Operario/a de producción alimentaria · Zaragoza (Plaza)", "https://go.flexiplan.example.es/c?o=31120",
         "Turnos rotativos · Incorporación inmediata · ¡Entrevistas el miércoles!"),
        ("Técnico/a de calidad · Calatayud", "https://go.flexiplan.example.es/c?o=31128",
         "Industria cárnica · Experiencia en APPCC"),
        ("Carretillero/a · Huesca", "https://go.flexiplan.example.es/c?o=31133", "Carnet en vigor · 3 meses"),
        ("Consejos: cómo preparar una entrevista de trabajo en 15 minutos", "https://go.flexiplan.example.es/c?b=entrevista15",
         "Nuestro blog · 4 minutos de lectura"),
    ], logo="https://www.flexiplan.example.es/mail/logo-blanco.png", alt="Flexiplan ETT",
        intro="Nuevas ofertas cada lunes · Inscríbete con un clic",
        footer="""Flexiplan Empresa de Trabajo Temporal, S.L. · Autorización nº 50/0000/2004 · <a href="https://www.flexiplan.example.es/baja?c=nl26">Darse de baja</a>""",
        tracker="https://go.flexiplan.example.es/o/nl26.gif", accent="#d81b60"),
))

# X20 -- a job board: "3 empresas han visto tu CV"; HTML only.
add(dict(
    scen="profile_viewed_by_companies", kind="other", company="", contact="", lang="es",
    frm=("Trabajalia", "avisos@trabajalia.example.es"),
    subject="Ingrid, 3 empresas han visto tu CV esta semana",
    date="2026-04-12 18:00 +0200", cte="quoted-printable",
    headers=[("List-Unsubscribe", "<https://www.trabajalia.example.es/cuenta/avisos?unsub=visitas>")],
    html=ats(
        """<p style="font-size:18px;"><b>Tu CV está llamando la atención 👀</b></p>
<p>Esta semana han visto tu perfil:</p>
<ul><li>Una empresa de alimentación de Sabadell</li><li>Una consultora de selección de Barcelona</li><li>Una ETT de Zaragoza</li></ul>
<p>Completa tu perfil al 100% para aparecer más arriba en las búsquedas de las empresas.</p>
""" + button("https://www.trabajalia.example.es/r/c?u=perfil&t=vis12", "Mejorar mi perfil", "#ff6a00"),
        logo="https://static.trabajalia.example.es/img/logo-trabajalia.png", alt="Trabajalia", accent="#ff6a00",
        footer="""<a href="https://www.trabajalia.example.es/cuenta/avisos?unsub=visitas">No quiero recibir estos avisos</a> · Trabajalia Internet, S.L.""",
        tracker="https://t.trabajalia.example.es/open/vis12.gif"),
))

# X21 -- a journalist wants an interview for a neighbourhood paper.
add(dict(
    scen="press_interview_request", kind="other", company="", contact="oriol.sala@diarigracia.example.cat",
    lang="es",
    frm=("Oriol Sala", "oriol.sala@diarigracia.example.cat"),
    subject="Entrevista para el Diari de Gràcia",
    date="2026-06-04 12:48 +0200", cte="quoted-printable",
    text="""Hola Ingrid,

Te escribo del Diari de Gràcia. Estamos haciendo una serie de reportajes sobre vecinos del barrio que vienen de fuera y me han hablado de ti en el huerto urbano de la calle Perill.

¿Te importaría que te hiciera una entrevista corta (media hora, un café) sobre cómo es llegar de Bergen a Gràcia, qué echas de menos y qué no? Saldría en la edición de julio, con una foto si te parece bien.

Gracias y un saludo,

Oriol Sala
Redacción · Diari de Gràcia
""",
))

# X22 -- a language school: "solicitud de matrícula recibida" (not a job application).
add(dict(
    scen="language_course_enrolment", kind="other", company="", contact="", lang="es",
    frm=("Consorci Lingüístic de Barcelona", "inscripcions-noreply@clb.example.cat"),
    subject="Solicitud de matrícula recibida - Curso de catalán B1 (tarde)",
    date="2026-09-02 19:26 +0200", charset="iso-8859-1", cte="quoted-printable", hcs="iso-8859-1",
    text="""Hemos recibido su solicitud de matrícula.

Curso: Catalán B1 - intensivo de tarde (lunes y miércoles, 18:30-20:30)
Centro: CNL Gràcia, carrer de Sant Salvador 63
Periodo: 28 de septiembre de 2026 - 20 de enero de 2027
Número de solicitud: 2026-B1-GR-0441

Las plazas se asignan por orden de inscripción. Recibirá un correo con el resultado y las instrucciones de pago antes del 18 de septiembre. Si no obtiene plaza, quedará en lista de espera.

Consorci Lingüístic de Barcelona
Mensaje automático: no responda a esta dirección.
""",
))

# X23 -- a head-hunter's cold email: no interview yet, just a pitch.
add(dict(
    scen="headhunter_cold_email_es", kind="other", company="", contact="marc.ortega@talentfood.example.es",
    lang="es",
    frm=("TalentFood", "hola@talentfood.example.es"),
    reply_to=("Marc Ortega", "marc.ortega@talentfood.example.es"),
    subject="¿Te interesaría un puesto de Responsable de Calidad en Girona?",
    date="2026-07-14 09:20 +0200", cte="quoted-printable",
    text="""Hola Ingrid,

Espero que estés bien. Soy Marc Ortega, de TalentFood, una boutique de selección especializada en la industria alimentaria.

He visto tu perfil y tu trayectoria en microbiología y creo que podrías encajar en un proyecto que estamos llevando para una empresa de platos preparados en la zona de Girona (Responsable de Calidad, equipo de tres personas, 40-45K).

¿Te interesaría que lo comentáramos? Si me pasas tu CV actualizado y un teléfono, te llamo esta semana para contarte más.

Un saludo,
Marc Ortega
Partner · TalentFood
""",
))

# X24 -- the candidate's own speculative application with her CV attached (sent mail).
add(dict(
    scen="own_speculative_application_cv", kind="other", company="", contact="", lang="es",
    frm=ME, to=[("Forn Vidal i Fills", "info@fornvidal.example.cat")],
    subject="Candidatura espontánea - calidad y seguridad alimentaria",
    date="2026-06-01 21:14 +0200", cte="quoted-printable",
    text="""Buenas noches,

Me llamo Ingrid Solheim-Castro. Soy técnica de laboratorio (microbiología) y me estoy especializando en calidad y seguridad alimentaria; acabo de terminar un curso de APPCC y de auditor interno IFS.

Me encantaría colaborar con un obrador como el vuestro, ya sea en calidad, en registros y trazabilidad o en producción para aprender el oficio desde dentro. Tengo disponibilidad inmediata y vivo en Gràcia.

Os adjunto mi currículum. Muchas gracias por vuestro tiempo.

Un saludo,
Ingrid Solheim-Castro
+34 611 00 00 48
""",
    attach=[("CV_Ingrid_Solheim-Castro_2026.pdf", [
        "INGRID SOLHEIM-CASTRO",
        "Técnica de laboratorio · Calidad y seguridad alimentaria",
        "Barcelona · ingrid.sc@example.no · +34 611 00 00 48",
        "",
        "Experiencia: 2019-2025 Técnica de laboratorio de microbiología, Bergen y Barcelona",
        "Formación: Grado en Biotecnología (Universidad de Bergen); APPCC; Auditor interno IFS",
        "Idiomas: noruego, español, inglés, catalán B1, francés B2",
    ])],
))

# X25 -- an airline: the flight to Bergen is delayed; HTML only.
add(dict(
    scen="flight_delayed", kind="other", company="", contact="", lang="es",
    frm=("AirCatalunya", "info-vuelos@aircatalunya.example.es"),
    subject="Cambio en tu vuelo ACX2314 Barcelona – Bergen",
    date="2026-07-30 05:41 +0200", cte="quoted-printable",
    html=ats(
        """<p>Hola Ingrid,</p>
<p>Lamentamos informarte de que tu vuelo <b>ACX2314 Barcelona (BCN) – Bergen (BGO)</b> del 30 de julio sufre un retraso por motivos operativos.</p>
<p><span style="color:#999;text-decoration:line-through;">Salida 09:40</span> → <b>Nueva salida: 12:15</b><br>Llegada estimada: 16:05</p>
<p>Puedes consultar tus derechos como pasajera o cambiar tu vuelo sin coste en la app.</p>""" + button("https://www.aircatalunya.example.es/mis-reservas?pnr=K7QX2L", "Gestionar mi reserva", "#ffcc00"),
        logo="https://www.aircatalunya.example.es/mail/logo.png", alt="AirCatalunya", accent="#ffcc00",
        footer="AirCatalunya Líneas Aéreas, S.A. · Este correo se ha enviado automáticamente.",
        tracker="https://mail.aircatalunya.example.es/o/K7QX2L.gif"),
))

# X26 -- a congress secretariat: the abstract is accepted as a poster; a role mailbox inviting questions.
add(dict(
    scen="congress_poster_accepted", kind="other", company="", contact="secretaria@semicroal2026.example.es",
    lang="es",
    frm=("Secretaría Técnica SEMICROAL 2026", "secretaria@semicroal2026.example.es"),
    subject="Comunicación aceptada - P-118",
    date="2026-09-15 13:00 +0200", charset="windows-1252", cte="8bit", hcs="windows-1252",
    text="""Estimada Ingrid:

Nos complace comunicarle que el Comité Científico del XXIII Congreso de Microbiología de los Alimentos (Zaragoza, 18-20 de noviembre) ha aceptado su comunicación “Recuento de Listeria en superficies de contacto: comparación de dos métodos de muestreo” en formato póster, con el código P-118.

Le rogamos que formalice su inscripción antes del 10 de octubre para que el trabajo se incluya en el libro de resúmenes.

Para cualquier duda, puede responder a este correo y le atenderemos.

Un cordial saludo,
Secretaría Técnica
SEMICROAL 2026
""",
))

# X27 -- a running app: "Marta está viendo tu posición"; HTML only.
add(dict(
    scen="gps_app_position_shared", kind="other", company="", contact="", lang="es",
    frm=("Rutea", "hola@rutea.example.com"),
    subject="Marta está siguiendo tu posición en directo 📍",
    date="2026-05-31 08:12 +0200", cte="base64",
    html=ats(
        """<p>¡Hola Ingrid!</p>
<p><b>Marta</b> ha abierto tu enlace de seguimiento en directo y puede ver tu posición durante la ruta <b>«Carretera de les Aigües»</b>.</p>
<p>Tu posición se compartirá hasta que termines la actividad o desactives Rutea Live.</p>""" + button("https://app.rutea.example.com/live/settings", "Gestionar Rutea Live", "#ff5722") + """
<p style="font-size:12px;color:#777;">¿No has activado tú el seguimiento? Revisa tu cuenta.</p>""",
        logo="https://cdn.rutea.example.com/mail/logo.png", alt="Rutea", accent="#ff5722",
        footer="""Rutea Apps, S.L. · <a href="https://app.rutea.example.com/notifications?unsub=live">Preferencias de notificaciones</a>""",
        tracker="https://t.rutea.example.com/o/live-31.gif"),
))

# X28 -- her mother asks about the interview and the offer.
add(dict(
    scen="mother_asks_about_interview", kind="other", company="", contact="mercedes.castro.b@example.com",
    lang="es",
    frm=("Mercedes Castro", "mercedes.castro.b@example.com"),
    subject="¿qué tal fue?",
    date="2026-05-15 21:30 +0200", cte="8bit",
    text="""Hola cariño,

¿Qué tal fue la entrevista en Dublín? Tu padre dice que si te ofrecen el puesto no lo pienses, que Irlanda está a dos horas de Bergen, pero yo prefiero que te quedes en Barcelona, ya lo sabes jajaja.

Llámame el domingo y me cuentas todo. Aquí llueve, para variar.

Un beso muy grande,
Mamá

Enviado desde mi iPad
""",
))

# X29 -- a university careers fair: registration received.
add(dict(
    scen="careers_fair_registration", kind="other", company="", contact="", lang="es",
    frm=("Feria de Empleo Agroalimentario UB", "firaocupacio-noreply@ub-alumni.example.es"),
    subject="Inscripción confirmada - Feria de Empleo Agroalimentario 2026",
    date="2026-10-06 10:25 +0200", cte="quoted-printable",
    text="""Hola Ingrid,

Tu inscripción en la Feria de Empleo Agroalimentario 2026 se ha recibido correctamente.

Fecha: jueves 22 de octubre de 2026, de 10:00 a 17:00
Lugar: Campus de l'Alimentació de Torribera, Santa Coloma de Gramenet
Empresas participantes: 42 (listado completo en la web)

Te recomendamos llevar varias copias de tu CV. Habrá talleres de "Cómo superar una entrevista por competencias" y "LinkedIn para perfiles técnicos".

Tu código de acceso: FEA26-1187

Servicio de Carreras Profesionales · Alumni
""",
))

# ================================================================ English (11)

# X30 -- an industry newsletter on missed interviews and rejections.
_x30_text = """THE QA BRIEF - Weekly news for food quality professionals - Issue 214

Missed an interview? How to recover (and when not to bother)
We asked six hiring managers what they think when a candidate doesn't show up or fails to join the call.
https://www.qabrief.example.com/articles/missed-interview?utm_source=brief214

"Unfortunately, we've decided..." - decoding rejection emails
What "we will keep your CV on file" really means.
https://www.qabrief.example.com/articles/decoding-rejections?utm_source=brief214

FSA consultation on precautionary allergen labelling closes 30 April
https://www.qabrief.example.com/news/pal-consultation?utm_source=brief214

You're receiving The QA Brief because you signed up at qabrief.example.com.
Unsubscribe: https://www.qabrief.example.com/unsubscribe?id=7f2e1
The QA Brief, Food Industry Media Ltd, 14 Hatton Garden, London EC1N 8AT. Registered in England No 08123456.
"""
add(dict(
    scen="industry_newsletter_missed_interview", kind="other", company="", contact="", lang="en",
    frm=("The QA Brief", "newsletter@qabrief.example.com"),
    subject="Missed an interview? Plus: decoding rejection emails | The QA Brief #214",
    date="2026-04-09 06:45 +0100",
    headers=bulk("The QA Brief <brief.qabrief.example.com>", "https://www.qabrief.example.com/unsubscribe?id=7f2e1",
                 "unsubscribe@qabrief.example.com"),
    text=_x30_text,
    html=news("The QA Brief · Issue 214", [
        ("Missed an interview? How to recover (and when not to bother)",
         "https://click.qabrief.example.com/ls/click?upn=missed-interview-7f2e1",
         "We asked six hiring managers what they think when a candidate doesn't show up or fails to join the call."),
        ("\"Unfortunately, we've decided...\" - decoding rejection emails",
         "https://click.qabrief.example.com/ls/click?upn=decoding-rejections-7f2e1",
         "What \"we will keep your CV on file\" really means."),
        ("FSA consultation on precautionary allergen labelling closes 30 April",
         "https://click.qabrief.example.com/ls/click?upn=pal-consultation-7f2e1", "Have your say before the deadline."),
    ], logo="https://www.qabrief.example.com/img/qabrief-white.png", alt="The QA Brief",
        intro="Weekly news for food quality professionals", lang="en",
        footer="""You're receiving The QA Brief because you signed up at qabrief.example.com. <a href="https://www.qabrief.example.com/unsubscribe?id=7f2e1">Unsubscribe</a><br>Food Industry Media Ltd · Registered in England No 08123456""",
        tracker="https://open.qabrief.example.com/o/214-7f2e1.gif", accent="#1565c0"),
))

# X31 -- a job-alert digest in English.
_x31_text = """12 new jobs for "QA Technician" in Dublin

QA Technician - Dairy (Days) - Dublin 12 - Apply now, interviews this week
https://www.jobsnest.example.ie/j/55812?src=alert
Quality Technologist - Ready Meals - Swords
https://www.jobsnest.example.ie/j/55820?src=alert
Laboratory Analyst (Food Chemistry) - Dublin 24
https://www.jobsnest.example.ie/j/55833?src=alert
...and 9 more: https://www.jobsnest.example.ie/alerts/al-3310

Manage alert: https://www.jobsnest.example.ie/alerts/manage?id=al-3310
JobsNest Media DAC, Dublin 4
"""
add(dict(
    scen="job_alert_digest_en", kind="other", company="", contact="", lang="en",
    frm=("JobsNest Job Alerts", "jobalerts@jobsnest.example.ie"),
    subject="12 new jobs for \"QA Technician\" in Dublin",
    date="2026-02-23 07:10 +0000",
    headers=bulk("<alerts.jobsnest.example.ie>", "https://www.jobsnest.example.ie/alerts/unsubscribe?id=al-3310"),
    text=_x31_text,
    html=news("12 new jobs for \"QA Technician\"", [
        ("QA Technician - Dairy (Days)", "https://trk.jobsnest.example.ie/c/55812?a=al-3310",
         "Dublin 12 · Permanent · Apply now, interviews this week"),
        ("Quality Technologist - Ready Meals", "https://trk.jobsnest.example.ie/c/55820?a=al-3310", "Swords · €36k-€40k"),
        ("Laboratory Analyst (Food Chemistry)", "https://trk.jobsnest.example.ie/c/55833?a=al-3310", "Dublin 24 · 12-month contract"),
        ("See all 12 jobs", "https://trk.jobsnest.example.ie/c/all?a=al-3310", "Updated daily"),
    ], logo="https://cdn.jobsnest.example.ie/img/jobsnest-logo-white.png", alt="JobsNest.ie",
        intro="Your daily alert for Dublin", lang="en",
        footer="""<a href="https://www.jobsnest.example.ie/alerts/manage?id=al-3310">Manage alert</a> · <a href="https://www.jobsnest.example.ie/alerts/unsubscribe?id=al-3310">Unsubscribe</a> · JobsNest Media DAC, Dublin 4""",
        tracker="https://trk.jobsnest.example.ie/o/al-3310.gif", accent="#e4002b"),
))

# X32 -- a food-safety podcast wants her as a guest.
add(dict(
    scen="podcast_guest_en", kind="other", company="", contact="ben@foodsafetytalks.example.com", lang="en",
    frm=("Ben Adeyemi", "ben@foodsafetytalks.example.com"),
    subject="Guest invite - Food Safety Talks podcast",
    date="2026-06-17 16:30 +0100", cte="7bit",
    text="""Hi Ingrid,

I host Food Safety Talks, a fortnightly podcast for people working in food QA (around 6,000 listeners, mostly UK and Ireland). I read your post on environmental monitoring in small breweries and loved it.

Would you be up for an interview on the show? About 45 minutes, recorded remotely, no prep needed beyond a quick call beforehand. We'd talk about moving from a research lab into QA, and what Norway does differently.

Let me know if you're interested and I'll send over some dates in July.

Cheers,
Ben

""" + SIG + """
Ben Adeyemi
Host, Food Safety Talks
foodsafetytalks.example.com
""",
))

# X33 -- a user-research interview for a grocery app.
add(dict(
    scen="user_research_interview_en", kind="other", company="", contact="sam.okafor@basketful.example.com",
    lang="en",
    frm=("Sam Okafor", "sam.okafor@basketful.example.com"),
    subject="Quick interview about how you shop? (£40 voucher)",
    date="2026-02-04 13:02 +0000", cte="quoted-printable",
    text="""Hi Ingrid,

I'm a user researcher at Basketful. You recently ordered from us while visiting London, and we'd love to hear about it.

Would you be up for a 45-minute video interview next week? We want to understand how you plan your grocery shopping when you're travelling, and what made you choose us. As a thank-you, you'll get a £40 Basketful voucher.

If you're interested, just reply with a couple of times that suit you (we're on UK time).

Thanks!
Sam Okafor
User Research, Basketful
""",
))

# X34 -- a recruiter's cold outreach about Munich roles: no interview arranged.
add(dict(
    scen="recruiter_cold_outreach_en", kind="other", company="", contact="j.reyes@alpinetalent.example.de",
    lang="en",
    frm=("Jonas Reyes", "j.reyes@alpinetalent.example.de"),
    subject="Quick question",
    date="2026-08-18 10:41 +0200", cte="quoted-printable",
    text="""Hi Ingrid,

I hope you don't mind the cold email. I recruit for food and beverage manufacturers in Bavaria and came across your profile - the combination of micro lab experience, IFS training and four languages is rare here.

Would you be open to roles in the Munich area? I have a couple of QA positions with English-speaking teams that I'd be happy to tell you about, no strings attached.

If it's a yes, send me a time for a quick call this week or next.

Best regards,
Jonas

""" + SIG + """
Jonas Reyes
Alpine Talent Partners | Munich
Alpine Talent Partners GmbH, Maximilianstraße 35, 80539 München
Geschäftsführer: Jonas Reyes, Tobias Maier | Amtsgericht München HRB 251 330
""",
))

# X35 -- a recruiter's out-of-office auto-reply.
add(dict(
    scen="out_of_office_en", kind="other", company="", contact="hannah.cole@tvfoods.example.co.uk", lang="en",
    frm=("Hannah Cole", "hannah.cole@tvfoods.example.co.uk"),
    subject="Automatic reply: Interview availability",
    date="2026-03-23 09:02 +0000", cte="7bit", irt="<CAK3spq1Ab9cDd2E@mail.example.no>",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    text="""Thank you for your email. I'm out of the office until Monday 30 March with limited access to email.

For anything urgent regarding your application, please contact talent@tvfoods.example.co.uk.

Kind regards,
Hannah
""",
))

# X36 -- a friend in Dublin tells about her own interview and her own rejection.
add(dict(
    scen="friend_dublin_own_news", kind="other", company="", contact="ciara.dunne@example.ie", lang="en",
    frm=("Ciara Dunne", "ciara.dunne@example.ie"),
    subject="news!!",
    date="2026-05-17 19:55 +0100", cte="quoted-printable",
    text="""Ingrid!!

So, update from my end: the Cork job said no (the usual "we've decided to progress with other candidates", after two interviews, the cheek of them), BUT I had an interview on Friday with a coffee roaster in Smithfield and I think it went really well?? Fingers crossed.

How did yours go at the bakery? If you end up moving to Dublin we're getting pints immediately, that's non-negotiable.

C xx

Sent from my iPhone
""",
))

# X37 -- a bank: the loan application has been declined.
add(dict(
    scen="bank_loan_declined_en", kind="other", company="", contact="", lang="en",
    frm=("Fjord Bank", "no-reply@fjordbank.example.com"),
    subject="Update on your loan application",
    date="2026-02-03 11:20 +0100", cte="quoted-printable",
    text="""Dear Ingrid Solheim-Castro,

Thank you for your application for a personal loan of NOK 80,000 (reference LN-2026-118842).

We have carefully reviewed your application. Unfortunately, we are unable to approve it at this time, because your current income is registered outside Norway and we cannot verify it through our standard checks.

This decision does not affect your existing accounts with us. You may contact our customer service through the app if you would like more information.

Kind regards,
Fjord Bank ASA
Customer Service

This is an automated message. Please do not reply.
""",
))

# X38 -- the candidate's own reply about an offer (sent mail); the quoted offer must not decide.
add(dict(
    scen="own_reply_to_offer_en", kind="other", company="", contact="", lang="en",
    frm=ME, to=[("Emma Walsh", "emma.walsh@harbourlabs.example.ie")],
    subject="Re: Your offer from Harbour Analytical Labs",
    date="2026-04-03 19:48 +0200", cte="quoted-printable",
    irt="<lever.offer.8b1d3e77@hire.lever.co>",
    text="""Hi Emma,

Thank you so much, I'm delighted! Before I sign, could I ask two quick things: would a start date of 4 May be possible (I need to give notice on my flat in Barcelona), and is there any relocation support?

I'll send a copy of my passport and the referees' details tomorrow.

Best wishes,
Ingrid

On Wed, 1 Apr 2026 at 16:30, Harbour Analytical Labs <no-reply@hire.lever.co> wrote:
> Hi Ingrid,
>
> On behalf of everyone at Harbour Analytical Labs, I'm thrilled to offer you
> the role of Food Microbiology Analyst.
>
> This offer is conditional on two satisfactory references and confirmation of
> your right to work in Ireland.
>
> Congratulations!
> Emma Walsh
""",
))

# X39 -- a professional network: "you appeared in 12 searches"; HTML only.
add(dict(
    scen="network_search_appearances", kind="other", company="", contact="", lang="en",
    frm=("Enlaza", "notifications-noreply@enlaza.example.com"),
    subject="You appeared in 12 searches this week",
    date="2026-05-04 14:30 +0000", cte="quoted-printable",
    headers=[("List-Unsubscribe", "<https://www.enlaza.example.com/e/unsub?type=search>")],
    html=ats(
        """<p style="font-size:20px;font-weight:600;">You appeared in 12 searches this week</p>
<p>People from <b>food manufacturing</b>, <b>staffing and recruiting</b> and <b>laboratory services</b> found you through searches like "quality assurance", "IFS" and "microbiology".</p>""" + button("https://www.enlaza.example.com/me/search-appearances?trk=eml-sa", "See all searches", "#0a66c2") + """
<p style="font-size:13px;color:#666;">Try Premium free for 1 month to see who's viewed your profile.</p>""",
        logo="https://static.enlaza.example.com/logo-enlaza.png", alt="Enlaza", accent="#0a66c2", bg="#f3f2ef", lang="en",
        footer="""This email was intended for Ingrid Solheim-Castro. <a href="https://www.enlaza.example.com/e/unsub?type=search">Unsubscribe</a><br>Enlaza Networks Ireland Unlimited Company, Dublin 2, Ireland""",
        tracker="https://www.enlaza.example.com/emimp/ip_c2Vh.gif"),
))

# X40 -- a courier: "unfortunately your parcel is delayed"; HTML only.
add(dict(
    scen="parcel_delayed_en", kind="other", company="", contact="", lang="en",
    frm=("ParcelHop", "tracking@parcelhop.example.co.uk"),
    subject="Unfortunately your parcel is delayed",
    date="2026-08-27 17:05 +0100", cte="quoted-printable",
    html=ats(
        """<p>Hi Ingrid,</p>
<p>Unfortunately your parcel from <b>The Fermentation Shop</b> (tracking number PH7720019443GB) has been delayed in our Coventry hub due to high volumes.</p>
<p>We now expect to deliver it on <b>Tuesday 1 September</b>. You don't need to do anything.</p>""" + button("https://track.parcelhop.example.co.uk/PH7720019443GB", "Track parcel", "#6a1b9a") + """
<p>Sorry for the wait,<br>The ParcelHop team</p>""",
        logo="https://track.parcelhop.example.co.uk/img/logo.png", alt="ParcelHop", accent="#6a1b9a", lang="en",
        footer="ParcelHop Ltd · Registered in England No 09001122 · Please don't reply to this email.",
        tracker="https://track.parcelhop.example.co.uk/o/PH7720019443GB.gif"),
))

# ================================================================ French (8)

# X41 -- a career newsletter: "refus après entretien".
_x41_text = """Le Mag Carrière de Jobiz - n° 58

Refus après entretien : 5 façons de rebondir
Un "nous avons le regret de vous informer" n'est pas une fin. Demander un retour, relancer dans six mois, élargir sa recherche...
https://www.jobiz.example.fr/mag/refus-apres-entretien?utm_source=mag58

Entretien manqué : faut-il s'excuser ?
https://www.jobiz.example.fr/mag/entretien-manque?utm_source=mag58

Promesse d'embauche ou contrat : quelles différences ?
https://www.jobiz.example.fr/mag/promesse-embauche?utm_source=mag58

Se désinscrire : https://www.jobiz.example.fr/desinscription?t=mag
Jobiz SAS - 75009 Paris
"""
add(dict(
    scen="newsletter_refus_apres_entretien", kind="other", company="", contact="", lang="fr",
    frm=("Le Mag Carrière - Jobiz", "lemag@jobiz.example.fr"),
    subject="Refus après entretien : 5 façons de rebondir",
    date="2026-05-28 08:00 +0200",
    headers=bulk("Le Mag Carrière <mag.jobiz.example.fr>", "https://www.jobiz.example.fr/desinscription?t=mag",
                 "desinscription@jobiz.example.fr"),
    text=_x41_text,
    html=news("Le Mag Carrière · n° 58", [
        ("Refus après entretien : 5 façons de rebondir", "https://clic.jobiz.example.fr/l/refus-apres-entretien?m=58",
         "Un « nous avons le regret de vous informer » n'est pas une fin. Demander un retour, relancer dans six mois, élargir sa recherche..."),
        ("Entretien manqué : faut-il s'excuser ?", "https://clic.jobiz.example.fr/l/entretien-manque?m=58",
         "Ce que pensent les recruteurs d'un candidat qui ne se présente pas."),
        ("Promesse d'embauche ou contrat : quelles différences ?", "https://clic.jobiz.example.fr/l/promesse-embauche?m=58",
         "Ce qui vous engage, et ce qui engage l'employeur."),
    ], logo="https://static.jobiz.example.fr/logo-jobiz-blanc.png", alt="Jobiz", intro="Conseils, droit du travail et témoignages",
        lang="fr",
        footer="""<a href="https://www.jobiz.example.fr/desinscription?t=mag">Se désinscrire</a> · Jobiz SAS · 75009 Paris""",
        tracker="https://trk.jobiz.example.fr/o/mag58.gif", accent="#6c2bd9"),
))

# X42 -- a French job alert.
_x42_text = """Alerte emploi : Technicien qualité - Toulouse (30 km)

8 nouvelles offres correspondent à votre recherche.

- Technicien(ne) qualité agroalimentaire H/F - Muret - CDI
- Assistant(e) qualité - Biscuiterie - Castelnau-d'Estrétefonds - CDD 6 mois
- Technicien(ne) de laboratoire - Labège - Intérim, entretien immédiat
- ... et 5 autres

Voir toutes les offres : https://www.jobiz.example.fr/alertes/ae-2291
Gérer mes alertes : https://www.jobiz.example.fr/alertes
"""
add(dict(
    scen="alerte_emploi_toulouse", kind="other", company="", contact="", lang="fr",
    frm=("Jobiz Alertes", "alertes@jobiz.example.fr"),
    subject="8 nouvelles offres : Technicien qualité - Toulouse",
    date="2026-03-11 07:00 +0100", charset="iso-8859-1", cte="quoted-printable", hcs="iso-8859-1",
    html_cte="quoted-printable",
    headers=bulk("<alertes.jobiz.example.fr>", "https://www.jobiz.example.fr/alertes/desinscription?id=ae-2291"),
    text=_x42_text,
    html=news("8 nouvelles offres pour votre alerte", [
        ("Technicien(ne) qualité agroalimentaire H/F", "https://clic.jobiz.example.fr/o/71120?a=ae-2291", "Muret · CDI"),
        ("Assistant(e) qualité - Biscuiterie", "https://clic.jobiz.example.fr/o/71131?a=ae-2291",
         "Castelnau-d'Estrétefonds · CDD 6 mois"),
        ("Technicien(ne) de laboratoire", "https://clic.jobiz.example.fr/o/71140?a=ae-2291", "Labège · Intérim · Entretien immédiat"),
        ("Voir les 5 autres offres", "https://clic.jobiz.example.fr/o/all?a=ae-2291", "Mises à jour chaque matin"),
    ], logo="https://static.jobiz.example.fr/logo-jobiz-blanc.png", alt="Jobiz",
        intro="Technicien qualité · Toulouse (30 km)", lang="fr",
        footer="""<a href="https://www.jobiz.example.fr/alertes">Gérer mes alertes</a> · Jobiz SAS""",
        tracker="https://trk.jobiz.example.fr/o/ae-2291.gif", accent="#6c2bd9"),
))

# X43 -- a student magazine wants an interview about her career change.
add(dict(
    scen="interview_magazine_etudiant", kind="other", company="", contact="lea.marchand@agrosup-mag.example.fr",
    lang="fr",
    frm=("Léa Marchand", "lea.marchand@agrosup-mag.example.fr"),
    subject="Demande d'interview pour le magazine des étudiants",
    date="2026-09-22 14:17 +0200", cte="8bit",
    text="""Bonjour Ingrid,

Je suis étudiante en master Qualité des aliments à Lyon et je m'occupe du magazine de l'association des étudiants. Pour notre numéro de rentrée, nous préparons un dossier « Reconversions : du labo à la qualité ».

Accepteriez-vous de répondre à une interview d'une vingtaine de minutes, en visio ou par écrit ? Votre parcours entre Bergen, Barcelone et les entreprises françaises intéresserait beaucoup nos lecteurs.

Merci d'avance, et belle journée !

Léa Marchand
Rédactrice en chef - AgroSup Mag
""",
))

# X44 -- a French out-of-office auto-reply.
add(dict(
    scen="absence_bureau_fr", kind="other", company="", contact="s.lacaze@laiterie-pyrenees.example.fr",
    lang="fr",
    frm=("Sophie Lacaze", "s.lacaze@laiterie-pyrenees.example.fr"),
    subject="Réponse automatique : Confirmation de notre proposition",
    date="2026-05-11 08:03 +0200", charset="iso-8859-1", cte="quoted-printable", hcs="iso-8859-1",
    irt="<CAK3spq6Gh5jKl8M@mail.example.no>",
    headers=[("Auto-Submitted", "auto-replied")],
    text="""Bonjour,

Je suis absente du bureau jusqu'au lundi 25 mai inclus. Votre message sera traité à mon retour.

Pour toute urgence, vous pouvez contacter le service RH au 05 59 00 00 10.

Cordialement,
Sophie Lacaze
""",
))

# X45 -- a letting agency: the rental file was not accepted.
add(dict(
    scen="dossier_location_refuse", kind="other", company="", contact="", lang="fr",
    frm=("Régie Saône & Rhône", "ne-pas-repondre@regie-saonerhone.example.fr"),
    subject="Votre dossier de location - 12 rue Bourgneuf, Lyon 9e",
    date="2026-08-05 11:42 +0200", charset="iso-8859-1", cte="quoted-printable", hcs="iso-8859-1",
    text="""Madame,

Nous avons bien étudié votre dossier de candidature pour le logement situé 12 rue Bourgneuf, 69009 Lyon (T2, 46 m2).

Nous avons le regret de vous informer que le propriétaire n'a pas retenu votre dossier, un autre candidat présentant un garant domicilié en France ayant été choisi.

Nous vous invitons à consulter nos autres biens disponibles sur notre site.

Régie Saône & Rhône
Service Location

Message automatique, merci de ne pas répondre.
""",
))

# X46 -- a friend in Lyon about her own refusal.
add(dict(
    scen="amie_lyon_son_refus", kind="other", company="", contact="camille.roux@example.fr", lang="fr",
    frm=("Camille Roux", "camille.roux@example.fr"),
    subject="bon ben c'est non",
    date="2026-06-26 22:31 +0200", cte="8bit",
    text="""Coucou ma belle,

La fromagerie de Saint-Marcellin m'a répondu : c'est non. « Après étude attentive de votre candidature, nous avons le regret... » bref, tu connais la chanson. J'avais pourtant fait deux entretiens et un test en labo !

Je vais m'en remettre, promis. Et toi, tu as des nouvelles de Toulouse ? Dis-moi vite, j'ai besoin d'une bonne nouvelle par procuration.

Bisous,
Camille
""",
))

# X47 -- the candidate's own acceptance of an offer (sent mail); the French quote must not decide.
add(dict(
    scen="own_acceptance_sent_fr", kind="other", company="", contact="", lang="fr",
    frm=ME, to=[("Nadia Benali", "n.benali@agroqualite.example.fr")],
    subject="Re: Promesse d'embauche - Consultante Qualité",
    date="2026-06-24 18:06 +0200", cte="quoted-printable", irt="<PR1P264MB5520BB17@agroqualite.example.fr>",
    text="""Bonjour Nadia,

Je vous retourne ci-joint la promesse d'embauche datée et signée. C'est avec un grand plaisir que j'accepte le poste, et je vous remercie encore pour la qualité des échanges pendant le processus.

Je reste disponible pour les formalités d'arrivée.

Bien cordialement,
Ingrid Solheim-Castro

Le ven. 19 juin 2026 à 10:22, Nadia Benali <n.benali@agroqualite.example.fr> a écrit :
> Bonjour Ingrid,
>
> Suite à nos échanges et à votre entretien avec Thierry Mazères, j'ai le plaisir
> de vous transmettre en pièce jointe votre promesse d'embauche pour le poste de
> Consultante Qualité / Sécurité des aliments, en CDI, au statut cadre.
>
> Bien cordialement,
> Nadia Benali
""",
    attach=[("Promesse_embauche_Solheim-Castro_signee.pdf", [
        "AGRO QUALITÉ CONSEIL - Promesse d'embauche",
        "Consultante Qualité - CDI - statut cadre",
        "Lu et approuvé, bon pour accord.",
        "Toulouse, le 24 juin 2026 - Ingrid Solheim-Castro",
    ])],
))

# X48 -- a French bank: the loan request has been received; HTML only.
add(dict(
    scen="banque_demande_pret_recue", kind="other", company="", contact="", lang="fr",
    frm=("Banque Rhodanienne", "ne-pas-repondre@banque-rhodanienne.example.fr"),
    subject="Votre demande de prêt a bien été reçue",
    date="2026-07-02 12:30 +0200", cte="quoted-printable",
    html=ats(
        """<p>Madame Solheim-Castro,</p>
<p>Nous vous confirmons la bonne réception de votre <b>demande de prêt immobilier</b> (dossier n° PI-26-00731).</p>
<p>Votre conseiller étudiera votre dossier et reviendra vers vous sous 10 jours ouvrés. Pensez à déposer votre dernier avis d'imposition et votre contrat de travail dans votre espace client.</p>""" + button("https://www.banque-rhodanienne.example.fr/espace-client/documents", "Déposer mes documents", "#8e0038") + """
<p>Cordialement,<br>Banque Rhodanienne</p>""",
        logo="https://www.banque-rhodanienne.example.fr/mail/logo.png", alt="Banque Rhodanienne", accent="#8e0038",
        lang="fr",
        footer="""Banque Rhodanienne SA · Siège social : 4 quai Jules Courmont, 69002 Lyon · RCS Lyon 000 000 000 · ORIAS 00 000 000<br>Ceci est un message automatique, merci de ne pas y répondre.""",
        tracker="https://mail.banque-rhodanienne.example.fr/o/pi-731.gif"),
))

# ================================================================ German (4)

# X49 -- a career-portal newsletter about rejections.
_x49_text = """Jobwelt Karriere-Tipps - Ausgabe 31/2026

Absage nach dem Vorstellungsgespräch - was jetzt?
"Leider müssen wir Ihnen mitteilen..." - so holen Sie sich Feedback und bleiben im Gespräch.
https://www.jobwelt.example.de/ratgeber/absage-nach-gespraech?utm_source=nl31

Vorstellungsgespräch verpasst? So entschuldigen Sie sich richtig
https://www.jobwelt.example.de/ratgeber/gespraech-verpasst?utm_source=nl31

Jobangebot schriftlich: Worauf Sie beim Arbeitsvertrag achten sollten
https://www.jobwelt.example.de/ratgeber/arbeitsvertrag?utm_source=nl31

Newsletter abbestellen: https://www.jobwelt.example.de/newsletter/abmelden?k=19ab
Jobwelt GmbH · Sonnenstraße 20 · 80331 München · Geschäftsführer: Markus Ebner · HRB 199 887
"""
add(dict(
    scen="newsletter_absage_tipps", kind="other", company="", contact="", lang="de",
    frm=("Jobwelt Karriere-Tipps", "newsletter@jobwelt.example.de"),
    subject="Absage nach dem Vorstellungsgespräch – was jetzt?",
    date="2026-07-29 07:15 +0200",
    headers=bulk("Jobwelt Karriere-Tipps <tipps.jobwelt.example.de>", "https://www.jobwelt.example.de/newsletter/abmelden?k=19ab",
                 "abmelden@jobwelt.example.de"),
    text=_x49_text,
    html=news("Karriere-Tipps · Ausgabe 31/2026", [
        ("Absage nach dem Vorstellungsgespräch – was jetzt?", "https://klick.jobwelt.example.de/c/absage?k=19ab",
         "„Leider müssen wir Ihnen mitteilen …“ – so holen Sie sich Feedback und bleiben im Gespräch."),
        ("Vorstellungsgespräch verpasst? So entschuldigen Sie sich richtig", "https://klick.jobwelt.example.de/c/verpasst?k=19ab",
         "Drei Formulierungen, die funktionieren."),
        ("Jobangebot schriftlich: Worauf Sie beim Arbeitsvertrag achten sollten", "https://klick.jobwelt.example.de/c/vertrag?k=19ab",
         "Probezeit, Überstunden, Urlaub: die Checkliste."),
    ], logo="https://www.jobwelt.example.de/img/logo-weiss.png", alt="Jobwelt", intro="Ihr wöchentlicher Karriere-Newsletter",
        lang="de",
        footer="""<a href="https://www.jobwelt.example.de/newsletter/abmelden?k=19ab">Newsletter abbestellen</a><br>Jobwelt GmbH · Sonnenstraße 20 · 80331 München · Geschäftsführer: Markus Ebner · HRB 199 887""",
        tracker="https://klick.jobwelt.example.de/o/nl31-19ab.gif", accent="#00897b"),
))

# X50 -- a German job alert.
_x50_text = """Jobalarm: 6 neue Jobs für "Qualitätssicherung Lebensmittel" in München (+25 km)

- Mitarbeiter Qualitätssicherung (m/w/d) - Molkerei - Freising
- QM-Assistenz Lebensmittelproduktion (m/w/d) - Garching
- Lebensmitteltechniker als Schichtleitung QS (m/w/d) - Erding
- ... und 3 weitere

Alle Jobs ansehen: https://www.jobwelt.example.de/jobalarm/ja-7781
Jobalarm bearbeiten oder löschen: https://www.jobwelt.example.de/jobalarm/verwalten
"""
add(dict(
    scen="jobalarm_muenchen", kind="other", company="", contact="", lang="de",
    frm=("Jobwelt Jobalarm", "jobalarm@jobwelt.example.de"),
    subject="6 neue Jobs: Qualitätssicherung Lebensmittel in München",
    date="2026-08-03 06:30 +0200",
    headers=bulk("<jobalarm.jobwelt.example.de>", "https://www.jobwelt.example.de/jobalarm/abmelden?id=ja-7781"),
    text=_x50_text,
    html=news("6 neue Jobs für Ihren Jobalarm", [
        ("Mitarbeiter Qualitätssicherung (m/w/d) – Molkerei", "https://klick.jobwelt.example.de/j/99120?ja=7781", "Freising · Vollzeit"),
        ("QM-Assistenz Lebensmittelproduktion (m/w/d)", "https://klick.jobwelt.example.de/j/99131?ja=7781", "Garching · Teilzeit möglich"),
        ("Lebensmitteltechniker als Schichtleitung QS (m/w/d)", "https://klick.jobwelt.example.de/j/99140?ja=7781", "Erding · Schicht"),
        ("Alle 6 Jobs ansehen", "https://klick.jobwelt.example.de/j/all?ja=7781", "Täglich aktualisiert"),
    ], logo="https://www.jobwelt.example.de/img/logo-weiss.png", alt="Jobwelt",
        intro="Qualitätssicherung Lebensmittel · München (+25 km)", lang="de",
        footer="""<a href="https://www.jobwelt.example.de/jobalarm/verwalten">Jobalarm bearbeiten</a> · Jobwelt GmbH · München""",
        tracker="https://klick.jobwelt.example.de/o/ja-7781.gif", accent="#00897b"),
))

# X51 -- a German out-of-office auto-reply.
add(dict(
    scen="abwesenheitsnotiz", kind="other", company="", contact="j.obermaier@brauerei-isartal.example.de",
    lang="de",
    frm=("Julia Obermaier", "j.obermaier@brauerei-isartal.example.de"),
    subject="Abwesenheitsnotiz: Rückfrage zum Arbeitsvertrag",
    date="2026-08-10 09:00 +0200", cte="quoted-printable", irt="<CAK3spq3Xy7zQr4T@mail.example.no>",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    text="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 21.08.2026 nicht im Büro und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an personal@brauerei-isartal.example.de.

Mit freundlichen Grüßen
Julia Obermaier
""",
))

# X52 -- the city's online queue: "Ihre Position in der Warteschlange".
add(dict(
    scen="buergerbuero_warteschlange", kind="other", company="", contact="", lang="de",
    frm=("Landeshauptstadt München - Online-Warteschlange", "warteschlange-noreply@muenchen-buergerbuero.example.de"),
    subject="Ihre Position in der Warteschlange: 37",
    date="2026-09-28 08:16 +0200", charset="iso-8859-1", cte="quoted-printable", hcs="iso-8859-1",
    text="""Guten Tag,

Sie haben sich in die Online-Warteschlange für die Terminvergabe "Wohnsitzanmeldung" des Bürgerbüros Ruppertstraße eingereiht.

Ihre aktuelle Position: 37
Voraussichtliche Wartezeit: ca. 25 Minuten

Bitte halten Sie dieses Browserfenster geöffnet. Sobald Sie an der Reihe sind, können Sie einen freien Termin auswählen.

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf.
""",
))
