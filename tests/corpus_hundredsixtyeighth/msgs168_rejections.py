# ruff: noqa: C408 - each message is a hand-written dict(...) spec
"""Corpus 168: rejections (31), hand-written."""

from __future__ import annotations

from msgs168_common import ats_card, outlook_block, outlook_word, reply, simple_html

K = "rejection"

# --------------------------------------------------------------------------- es

_NARANJO_REJ = reply(
    """Hola Joaquín, ¿cómo estás?

Gracias por el mensaje del otro día, nos gustó mucho la charla y se notó que te preparaste el caso de contracargos.

Te escribo con una noticia que no es la que esperabas: después de las entrevistas finales el equipo eligió a una persona que ya viene trabajando con modelos de riesgo en producción, y con eso cerramos la búsqueda de Analista de Datos Jr. Para esta vuelta no vamos a seguir con tu postulación.

Sinceramente creo que tu mirada de atención al cliente suma mucho, así que si abrimos algo en Operaciones o en CX Analytics te voy a escribir yo misma.

Un abrazo y mucha suerte,
Sofía

Sofía Ledesma
Talent Acquisition · Naranjo Pagos
Bv. San Juan 780, piso 4 · X5000 Córdoba
+54 351 555 0871""",
    "El mié, 18 feb 2026 a las 19:42, Joaquín Mbatha-Ferreyra (<joaquin.mf@example.com.ar>) escribió:",
    """Hola Sofía:

Te quería agradecer por la entrevista de hoy con vos y con Nicolás. Me quedé pensando en la pregunta sobre los contracargos y armé un borrador de consulta SQL con la idea que comentamos; si les sirve se los mando.

Quedo atento a los próximos pasos.

Saludos,
Joaquín""",
)

_ALMUDENA_REJ = """Hola Joaquín:

Muchas gracias por venir a la jornada del jueves y por el interés que pusiste en el caso de reposición de tiendas. Hemos terminado de valorar a las cuatro personas finalistas y, aunque tu análisis del surtido fue de los más claros, nos hemos decantado por una candidata con experiencia previa en retail de moda, que era un punto que el área pedía sí o sí.

Lamento darte esta noticia por correo. Si te apetece, te puedo pasar por teléfono el feedback detallado del panel.

Un saludo,

Paloma Gil
Responsable de Selección · Grupo Almudena
C/ de Alcalá 214, 28028 Madrid
T. +34 915 55 02 17

""" + outlook_block(
    "es",
    "Paloma Gil <paloma.gil@grupoalmudena.example.es>",
    "lunes, 4 de mayo de 2026 11:20",
    "Joaquín Mbatha-Ferreyra <joaquin.mf@example.com.ar>",
    "Jornada de prueba - Analista de Datos Retail",
    """Hola Joaquín:

Te confirmo la jornada de prueba para el puesto de Analista de Datos Retail el jueves 7 de mayo de 10:00 a 15:00 (hora de Madrid), en remoto. Te enviaremos por la mañana un conjunto de datos de ventas y a las 14:00 harás una presentación de 15 minutos ante el panel.

Un saludo,
Paloma""",
) + """
AVISO LEGAL: Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su destinatario. Si usted no es el destinatario indicado, queda notificado de que la utilización, divulgación o copia sin autorización está prohibida. Grupo Almudena Retail S.L. tratará sus datos conforme al RGPD.
"""

_KREUZ_NEW = """Hi Joaquin,

Sorry this took a while. We did eventually have the chat with the other finalist before I managed to send you new times, and the team went with them - they've been running dbt models in production for two years, which matters a lot for us right now. So I'll stop the process on our side.

It was a genuinely nice conversation in July, and your Spanish-speaking customer background would have been great for the LatAm expansion. Please don't read this as a comment on your potential.

All the best,
Jonas
--
Jonas Weber · Head of Data · Kreuzberg Ledger
Oranienstraße 183, 10999 Berlin"""

_SPREE_REJ = """Hallo Herr Mbatha-Ferreyra,

vielen Dank für das angenehme Gespräch am Dienstag und die Zeit, die Sie sich für die Fallstudie genommen haben.

Wir haben uns nach reiflicher Überlegung für eine Kandidatin entschieden, die bereits Erfahrung im deutschen Zahlungsverkehr mitbringt. Wir können Ihnen die Stelle daher leider nicht anbieten.

Für Ihren weiteren Weg in die Datenanalyse wünsche ich Ihnen alles Gute.

Viele Grüße
Lena Hartmann
People & Culture
Spreewald Pay GmbH · Schlesische Str. 26 · 10997 Berlin
Geschäftsführer: Malte Ruhnke · Amtsgericht Charlottenburg HRB 255501"""

MESSAGES: list[dict] = [
    dict(
        kind=K, slug="naranjo_after_interview", lang="es", key="naranjo_rej",
        parent="naranjo_thanks", company="Naranjo Pagos",
        contact="sofia.ledesma@naranjopagos.example.com.ar",
        frm=("Sofía Ledesma", "sofia.ledesma@naranjopagos.example.com.ar"),
        name_enc="iso-8859-1:Q",
        subject="Re: Gracias por la entrevista de hoy",
        date="2026-02-25 17:10", tz="ar", text=_NARANJO_REJ, cte="qp",
    ),
    dict(
        kind=K, slug="riachuelo_workday_formal", lang="es", key="riachuelo_rej",
        parent="riachuelo_ack", company="Banco Riachuelo", contact="",
        frm=("Banco Riachuelo", "bancoriachuelo@myworkday.com"),
        subject="Actualización sobre tu postulación – Analista de Datos (R-20417)",
        subj_enc="utf-8:B",
        date="2026-03-18 09:02", tz="utc", layout="html", html_cte="base64",
        html=ats_card(
            """Estimado/a Joaquín:

Le agradecemos el tiempo dedicado a postularse para la posición Analista de Datos – Banca Minorista (R-20417).

Luego de revisar con detenimiento los antecedentes recibidos, le informamos que su perfil no será considerado para las siguientes etapas del proceso.

Conservaremos sus datos en nuestra base de talentos durante doce meses, por si surge una oportunidad acorde a su experiencia.

Atentamente,
Gerencia de Talento y Cultura
Banco Riachuelo""",
            "Banco Riachuelo · Carreras", "#003b71", "es",
            "Este es un mensaje automático enviado desde Workday. Por favor, no responda a este correo.",
        ),
    ),
    dict(
        kind=K, slug="pampa_on_hold", lang="es", key="pampa_rej", parent="pampa_ack",
        company="Pampa Créditos", contact="valentina.rossi@pampacreditos.example.com.ar",
        frm=("Valentina Rossi via Greenhouse", "no-reply@us.greenhouse-mail.io"),
        reply_to=("Valentina Rossi", "valentina.rossi@pampacreditos.example.com.ar"),
        subject="Pampa Créditos: novedades sobre Data Analyst (Cobranzas)",
        date="2026-04-07 15:35", tz="ar", layout="alt", cte="8bit",
        text="""Hola Joaquín,

Te escribo para contarte que la búsqueda de Data Analyst para el equipo de Cobranzas quedó congelada: la dirección decidió no sumar posiciones en el área hasta el segundo semestre, y por eso no vamos a continuar con ningún proceso abierto, incluido el tuyo.

Sé que es frustrante enterarse así, después de completar el ejercicio. No tiene nada que ver con tu desempeño.

Saludos,
Valentina Rossi
People Partner | Pampa Créditos
Av. Corrientes 1250, CABA""",
        html=simple_html("""Hola Joaquín,

Te escribo para contarte que la búsqueda de Data Analyst para el equipo de Cobranzas quedó congelada: la dirección decidió no sumar posiciones en el área hasta el segundo semestre, y por eso no vamos a continuar con ningún proceso abierto, incluido el tuyo.

Sé que es frustrante enterarse así, después de completar el ejercicio. No tiene nada que ver con tu desempeño.

Saludos,
Valentina Rossi
People Partner | Pampa Créditos
Av. Corrientes 1250, CABA"""),
    ),
    dict(
        kind=K, slug="pocitos_terse", lang="es", key="pocitos_rej", parent="pocitos_missed",
        company="Pocitos Pay", contact="rodrigo.acosta@pocitospay.example.com.uy",
        frm=("Rodrigo Acosta", "rodrigo.acosta@pocitospay.example.com.uy"),
        subject="Re: Perdón por lo de ayer",
        date="2026-07-08 12:48", tz="uy", cte="8bit",
        text=reply(
            """Joaquín, gracias por escribir. Ya cerramos la terna y no seguís en el proceso.

Suerte con lo que venga.
R.

--
Rodrigo Acosta · Pocitos Pay · Montevideo""",
            "El vie, 26 jun 2026 a las 08:40, Joaquín Mbatha-Ferreyra <joaquin.mf@example.com.ar> escribió:",
            reply(
                """Rodrigo, perdón por lo de ayer: el celular se me quedó sin batería en el colectivo y recién vi tus llamadas al mediodía. ¿Habría posibilidad de hacer la llamada otro día? Me acomodo a lo que puedas.

Gracias,
Joaquín""",
                "El jue, 25 jun 2026 a las 10:22, Rodrigo Acosta <rodrigo.acosta@pocitospay.example.com.uy> escribió:",
                """Joaquín, te llamé dos veces a las 10:00 y a las 10:10 al número de tu CV y me saltó el contestador. No dejé mensaje.

Avisame si querés que lo intentemos otro día, aunque esta semana tengo la agenda bastante llena.

Rodrigo""",
            ),
        ),
    ),
    dict(
        kind=K, slug="datanomica_casual", lang="es", key="datanomica_rej",
        parent="datanomica_missed", company="Datanómica",
        contact="facu.ibarra@datanomica.example.com.ar",
        frm=("Facu Ibarra", "facu.ibarra@datanomica.example.com.ar"),
        subject="Re: charla del jueves",
        date="2026-03-27 18:55", tz="ar",
        text=reply(
            """Che Joaquín, buenas.

Al final nos terminamos yendo con un chico que ya había laburado con nosotros como freelance en el proyecto de la prepaga, así que por ahora lo tuyo queda ahí. Una pena porque me había caído muy bien la charla del martes.

Si te sirve, seguí metiéndole al Power BI que se nota que le agarraste la mano. Cualquier cosa que salga te aviso.

Abrazo,
Facu""",
            "El mar, 24 mar 2026 a las 17:31, Joaquín Mbatha-Ferreyra <joaquin.mf@example.com.ar> escribió:",
            """Facu, gracias de nuevo por reprogramar después de mi lío con el Teams. Quedo a la espera.
Joaquín""",
        ),
    ),
    dict(
        kind=K, slug="lacanada_role_cancelled", lang="es", key="canada_rej",
        parent="canada_missed", company="Supermercados La Cañada",
        contact="gponce@lacanada.example.com.ar",
        frm=("Graciela Ponce - RRHH La Cañada", "gponce@lacanada.example.com.ar"),
        subject="Búsqueda Analista Comercial: baja de la posición",
        subj_enc="iso-8859-1:Q",
        date="2026-05-20 10:15", tz="ar", charset="iso-8859-1", cte="qp",
        text="""Buen día Joaquín:

Gracias por haber pasado finalmente por la sede de Barrio Jardín la semana pasada, después del desencuentro de la primera fecha.

Le comento que la empresa resolvió dar de baja la posición de Analista Comercial dentro de la reestructuración del área de Compras, por lo que el proceso queda cerrado sin contratación y no habrá más instancias.

Guardamos su CV en nuestra base y, si se reabre una vacante similar, lo vamos a contactar.

Atentamente,
Graciela Ponce
Recursos Humanos
Supermercados La Cañada
Av. Cruz Roja Argentina 1520, Córdoba
Tel. (0351) 555-3390""",
    ),
    dict(
        kind=K, slug="talentoaustral_client_no", lang="es", key="talento_rej",
        parent="talento_missed", company="Agroindustrias Litoral",
        contact="lorena.vidal@talentoaustral.example.com.ar",
        frm=("Lorena Vidal | Talento Austral", "lorena.vidal@talentoaustral.example.com.ar"),
        subject="Novedades de Agroindustrias Litoral",
        date="2026-06-03 16:20", tz="ar", layout="alt",
        text="""Hola Joaquín, ¿qué tal?

Hablé recién con la gente de Agroindustrias Litoral. Me dijeron que, después de la entrevista que pudimos reprogramar, prefieren avanzar con una persona que viva en Rosario y pueda ir a planta tres veces por semana. Así que con ellos no seguimos.

Te pido disculpas por la demora en avisarte; el cliente tardó en darme la devolución.

Seguís activo en nuestra base, y tengo un par de búsquedas en Córdoba que te pueden interesar. Te llamo la semana que viene.

Lorena Vidal
Consultora Senior · Talento Austral
Rosario · Córdoba · Mendoza
+54 341 555 7712""",
        html=outlook_word("""Hola Joaquín, ¿qué tal?

Hablé recién con la gente de Agroindustrias Litoral. Me dijeron que, después de la entrevista que pudimos reprogramar, prefieren avanzar con una persona que viva en Rosario y pueda ir a planta tres veces por semana. Así que con ellos no seguimos.

Te pido disculpas por la demora en avisarte; el cliente tardó en darme la devolución.

Seguís activo en nuestra base, y tengo un par de búsquedas en Córdoba que te pueden interesar. Te llamo la semana que viene.

Lorena Vidal
Consultora Senior · Talento Austral
Rosario · Córdoba · Mendoza
+54 341 555 7712"""),
    ),
    dict(
        kind=K, slug="guemes_unnamed_client", lang="es", company="Búsquedas Güemes",
        contact="hmolina@busquedasguemes.example.com.ar",
        frm=("Hernán Molina", "hmolina@busquedasguemes.example.com.ar"),
        name_enc="utf-8:B",
        subject="Posición confidencial de BI, devolución del cliente",
        subj_enc="iso-8859-1:B",
        date="2026-08-12 11:05", tz="ar", charset="windows-1252", cte="qp",
        text="""Joaquín, buenos días.

Como te había adelantado, la compañía para la que estamos trabajando es confidencial, así que no puedo darte el nombre. Lo que sí te puedo transmitir es su devolución: valoraron tu recorrido en el banco, pero buscan a alguien que ya haya liderado migraciones de tableros a la nube, y en esta instancia no te van a tener en cuenta.

Te agradezco la disponibilidad de estas semanas. Guardo tu perfil para futuras búsquedas de la consultora.

Saludos cordiales,

Hernán Molina
Socio – Búsquedas Güemes
Executive Search · Córdoba
Belgrano 45, 2° “B” – (0351) 555-1180""",
    ),
    dict(
        kind=K, slug="monumento_teamtailor", lang="es", key="monumento_rej",
        parent="monumento_cancel", company="Fintech Monumento", contact="",
        frm=("Fintech Monumento", "no-reply@teamtailor-mail.com"),
        subject="Tu proceso en Fintech Monumento",
        date="2026-06-26 08:30", tz="utc", charset="iso-8859-1", cte="8bit",
        layout="alt",
        text="""Hola Joaquín,

Te agradecemos que hayas participado del proceso para Analista de Datos de Producto en Rosario.

Revisamos todas las postulaciones en detalle y resolvimos avanzar con perfiles que tienen más experiencia en análisis de embudos de producto. Por eso, tu candidatura no continuará en este proceso.

Podés seguir nuestras búsquedas abiertas en monumento.example.com.ar/empleos.

Equipo de Talento
Fintech Monumento""",
        html=ats_card("""Hola Joaquín,

Te agradecemos que hayas participado del proceso para Analista de Datos de Producto en Rosario.

Revisamos todas las postulaciones en detalle y resolvimos avanzar con perfiles que tienen más experiencia en análisis de embudos de producto. Por eso, tu candidatura no continuará en este proceso.

Podés seguir nuestras búsquedas abiertas en monumento.example.com.ar/empleos.

Equipo de Talento
Fintech Monumento""", "Fintech Monumento", "#0f766e", "es",
                      "Enviado con Teamtailor"),
        html_charset="utf-8",
    ),
    dict(
        kind=K, slug="andino_taleo", lang="es", key="andino_rej", parent="andino_missed",
        company="Banco Andino Austral", contact="",
        frm=("Banco Andino Austral", "bancoandino@taleo.net"),
        subject="Proceso de selección 2600318 - Analista de Información Comercial",
        date="2026-07-21 13:40", tz="cl", charset="windows-1252", cte="qp",
        text="""Estimado Joaquín Mbatha-Ferreyra:

Junto con saludarle, agradecemos su participación en el proceso de selección N° 2600318 para el cargo de Analista de Información Comercial, Santiago.

Le informamos que, tras la evaluación de los antecedentes y de las etapas realizadas, no ha sido seleccionado para continuar. Esta decisión considera el conjunto de postulantes y los requisitos específicos del cargo.

Le deseamos éxito en sus próximos desafíos profesionales.

Gerencia de Personas
Banco Andino Austral

Este correo fue generado automáticamente; las respuestas a esta dirección no son leídas.""",
    ),
    dict(
        kind=K, slug="losaromos_closer_match", lang="es", key="aromos_rej",
        parent="aromos_inv", company="Retail Los Aromos", contact="",
        frm=("Retail Los Aromos", "noreply@smartrecruiters.com"),
        subject="Analista de Datos Comercial (Santiago): resultado de tu postulación",
        date="2026-05-27 19:12", tz="utc", layout="html",
        html=ats_card("""Hola Joaquín:

Gracias por completar la prueba técnica y la conversación con el equipo de Pricing.

Tras comparar todas las candidaturas, hemos decidido continuar con postulantes cuya experiencia se ajusta de manera más cercana a lo que necesita el área en este momento, en particular en modelos de elasticidad de precios.

Sabemos que invertiste tiempo en este proceso y lo valoramos. Te invitamos a revisar otras vacantes en nuestro portal.

Saludos,
Selección Retail Los Aromos""", "Retail Los Aromos", "#7c2d12", "es",
                      "Powered by SmartRecruiters · No respondas a este correo"),
    ),
    dict(
        kind=K, slug="celeste_filled_internally", lang="es", key="celeste_rej",
        parent="celeste_ack", company="Celeste Telecom",
        contact="npereyra@celestetel.example.com.uy",
        frm=("Natalia Pereyra", "npereyra@celestetel.example.com.uy"),
        subject="Vacante Analista BI - Celeste Telecom",
        date="2026-09-09 09:45", tz="uy", cte="base64",
        text="""Hola Joaquín, buen día.

Quería avisarte personalmente que la vacante de Analista BI a la que te postulaste se cubrió con una compañera de nuestro equipo de Facturación, que se postuló en la convocatoria interna. Por política de la empresa, las búsquedas internas tienen prioridad, así que el proceso externo queda cerrado.

Gracias por tu interés en Celeste. Te recomiendo estar atento a nuestra página: en octubre abrimos varias posiciones en Montevideo.

Natalia Pereyra
Gestión Humana | Celeste Telecom
Rambla Rep. de México 5505, Montevideo
Tel. +598 2 555 4410""",
    ),
    dict(
        kind=K, slug="retiro_after_case", lang="es", company="Retiro Analytics",
        contact="irene.castano@retiroanalytics.example.es",
        frm=("Irene Castaño", "irene.castano@retiroanalytics.example.es"),
        name_enc="utf-8:B",
        subject="Tu candidatura para Junior Data Analyst",
        date="2026-04-16 18:02", tz="es", layout="alt", cte="8bit",
        text="""Hola Joaquín:

Gracias por la presentación del caso el martes; al equipo le pareció muy ordenada y tu forma de contar los datos a negocio se nota que viene de hablar con clientes todos los días.

Aun así, hemos cerrado el puesto con otra persona que ya venía trabajando con Python en proyectos de consultoría, que era el perfil que la cuenta necesitaba para empezar en junio. No seguiremos adelante con tu candidatura.

Si en unos meses quieres volver a intentarlo, escríbeme directamente.

Un saludo,
Irene Castaño
Talent Lead · Retiro Analytics
Paseo de la Castellana 95, 28046 Madrid""",
        html=simple_html("""Hola Joaquín:

Gracias por la presentación del caso el martes; al equipo le pareció muy ordenada y tu forma de contar los datos a negocio se nota que viene de hablar con clientes todos los días.

Aun así, hemos cerrado el puesto con otra persona que ya venía trabajando con Python en proyectos de consultoría, que era el perfil que la cuenta necesitaba para empezar en junio. No seguiremos adelante con tu candidatura.

Si en unos meses quieres volver a intentarlo, escríbeme directamente.

Un saludo,
Irene Castaño
Talent Lead · Retiro Analytics
Paseo de la Castellana 95, 28046 Madrid"""),
    ),
    dict(
        kind=K, slug="almudena_after_trial_chain", lang="es", key="almudena_rej",
        parent="almudena_inv", company="Grupo Almudena",
        contact="paloma.gil@grupoalmudena.example.es",
        frm=("Paloma Gil", "paloma.gil@grupoalmudena.example.es"),
        subject="RE: Jornada de prueba - Analista de Datos Retail",
        date="2026-05-12 13:25", tz="es", layout="alt", charset="windows-1252",
        cte="qp",
        text=_ALMUDENA_REJ, html=outlook_word(_ALMUDENA_REJ), html_charset="utf-8",
    ),
    dict(
        kind=K, slug="obelisco_successfactors", lang="es", key="obelisco_rej",
        parent="obelisco_followup", company="Obelisco Seguros", contact="",
        frm=("Obelisco Seguros - Selección", "noreply@successfactors.eu"),
        subject="Obelisco Seguros | Estado de su solicitud",
        date="2026-08-28 20:00", tz="utc", layout="alt", cte="base64",
        text="""Estimado Joaquín,

En relación con su solicitud para el puesto de Analista de Datos de Siniestros (Req. 4471), queremos informarle que el proceso ha concluido y que en esta oportunidad no podremos ofrecerle la posición.

Su información quedará registrada en nuestro sistema. Le sugerimos crear alertas para recibir nuevas vacantes que coincidan con su perfil.

Cordialmente,
Talento Obelisco Seguros""",
        html=ats_card("""Estimado Joaquín,

En relación con su solicitud para el puesto de Analista de Datos de Siniestros (Req. 4471), queremos informarle que el proceso ha concluido y que en esta oportunidad no podremos ofrecerle la posición.

Su información quedará registrada en nuestro sistema. Le sugerimos crear alertas para recibir nuevas vacantes que coincidan con su perfil.

Cordialmente,
Talento Obelisco Seguros""", "Obelisco Seguros", "#1e3a8a", "es",
                      "SAP SuccessFactors · mensaje automático"),
    ),
    dict(
        kind=K, slug="altoalberdi_short", lang="es", key="alberdi_rej", parent="alberdi_inv",
        company="Alto Alberdi", contact="pablo@altoalberdi.example.com.ar",
        frm=("Pablo Gorosito", "pablo@altoalberdi.example.com.ar"),
        subject="Re: Entrevista en la oficina de Alto Alberdi",
        date="2026-02-19 20:41", tz="ar", cte="8bit",
        text="""Joaquín, te escribo rápido: elegimos a otra persona para el puesto. Gracias por venir hasta la oficina y por la buena onda.

P.

Enviado desde mi teléfono""",
    ),
    dict(
        kind=K, slug="iup_committee", lang="es", company="Instituto Universitario del Puerto",
        contact="scardozo@iup.example.edu.ar",
        frm=("Silvina Cardozo", "scardozo@iup.example.edu.ar"),
        cc=[("Secretaría de Planeamiento", "planeamiento@iup.example.edu.ar")],
        subject="Convocatoria 12/2026 – Analista de Datos Institucionales",
        subj_enc="utf-8:Q",
        date="2026-10-06 12:30", tz="ar", charset="iso-8859-1", cte="8bit",
        text="""Sr. Joaquín Mbatha-Ferreyra:

Por la presente le comunico que la Comisión Evaluadora de la Convocatoria 12/2026 (Analista de Datos Institucionales, Secretaría de Planeamiento) se reunió el día 2 de octubre y resolvió no incluir su postulación en la terna final elevada al Consejo Superior.

El dictamen completo estará disponible para su consulta en la Secretaría durante cinco días hábiles, plazo en el cual podrá presentar las observaciones que considere pertinentes.

Sin otro particular, lo saludo atentamente.

Dra. Silvina Cardozo
Presidenta de la Comisión Evaluadora
Instituto Universitario del Puerto
Av. Belgrano 950, Rosario""",
    ),

    # ----------------------------------------------------------------------- en
    dict(
        kind=K, slug="liffey_greenhouse", lang="en", key="liffey_rej", parent="liffey_move",
        company="Liffey Payments", contact="",
        frm=("Liffey Payments", "no-reply@us.greenhouse-mail.io"),
        subject="Your application to Liffey Payments",
        date="2026-04-28 16:44", tz="ie", layout="alt", cte="7bit",
        text="""Hi Joaquin,

Thank you for the time you spent with our Risk Analytics team over the past few weeks.

We have now completed the final round for the Data Analyst (Disputes) role. After careful consideration, the team has decided not to move your application forward. This was a difficult decision given the strength of the candidates we met.

We'd like to keep in touch and may reach out about future roles that match your background.

Best wishes,
Talent Team, Liffey Payments""",
        html=ats_card("""Hi Joaquin,

Thank you for the time you spent with our Risk Analytics team over the past few weeks.

We have now completed the final round for the Data Analyst (Disputes) role. After careful consideration, the team has decided not to move your application forward. This was a difficult decision given the strength of the candidates we met.

We'd like to keep in touch and may reach out about future roles that match your background.

Best wishes,
Talent Team, Liffey Payments""", "Liffey Payments", "#14532d", "en",
                      "Sent via Greenhouse. Please do not reply to this message."),
    ),
    dict(
        kind=K, slug="harcourt_on_hold", lang="en", key="harcourt_rej",
        parent="harcourt_missed", company="Harcourt Telecom",
        contact="ciaran.doyle@harcourttelecom.example.ie",
        frm=("Ciarán Doyle", "ciaran.doyle@harcourttelecom.example.ie"),
        name_enc="iso-8859-1:B",
        subject="Customer Insights Analyst - update",
        date="2026-05-06 11:18", tz="ie", cte="qp",
        text=reply(
            """Hi Joaquin,

Thanks for your patience, and for sending over the SQL sample after we finally connected.

I'm afraid I have disappointing news. Following the budget review last week, the Customer Insights Analyst role has been put on hold and we will not proceed with any of the remaining candidates for now. I'm sorry we could not take this further with you.

If the headcount is reopened later in the year I would be glad to hear from you again.

Kind regards,
Ciarán

Ciarán Doyle | Talent Acquisition Partner
Harcourt Telecom | 40 Harcourt Street, Dublin 2, D02 XK57
+353 1 555 0194

This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. Harcourt Telecom Limited, registered in Ireland no. 555123.""",
            "On Fri 24 Apr 2026 at 14:03, Joaquin Mbatha-Ferreyra <joaquin.mf@example.com.ar> wrote:",
            """Hi Ciarán, apologies again for missing your calls yesterday, the number on my application had an old area code. Attached is the SQL sample we discussed.

Joaquin""",
        ),
    ),
    dict(
        kind=K, slug="clover_unnamed_client", lang="en", key="clover_rej",
        company="Clover Talent", contact="niamh@clovertalent.example.ie",
        frm=("Niamh Kavanagh", "niamh@clovertalent.example.ie"),
        subject="Feedback on the analyst shortlist",
        date="2026-09-15 17:50", tz="ie", cte="7bit",
        text="""Hi Joaquin,

Quick one - I heard back from my client on the reporting analyst shortlist (the retail bank I mentioned, still can't name them, sorry). They've gone with someone who is already based in Dublin and can start within two weeks, so they won't be taking your profile any further.

Honestly it came down to the start date more than anything. I'll keep you in mind for the next one.

Cheers,
Niamh

Niamh Kavanagh | Senior Consultant, Data & Analytics
Clover Talent | 2 Grand Canal Square, Dublin 2
M: +353 87 555 3321""",
    ),
    dict(
        kind=K, slug="fingal_quotes_thanks", lang="en", key="fingal_rej",
        parent="fingal_thanks", company="University of Fingal",
        contact="declan.murphy@fingal.example.ie",
        frm=("Dr Declan Murphy", "declan.murphy@fingal.example.ie"),
        subject="Re: Thank you - Research Data Analyst panel",
        date="2026-06-19 10:07", tz="ie", cte="qp",
        text=reply(
            """Dear Joaquin,

Thank you for your kind note, and for the thought you clearly put into the student-retention exercise.

The panel met again yesterday to finalise its recommendation. While your presentation was well received, the panel has recommended another candidate whose background in higher-education data systems was a closer fit for the post, and I'm sorry to say we are unable to offer you the position on this occasion.

HR will write formally in the coming days. I wish you every success in your move into analytics.

With best regards,
Declan

Dr Declan Murphy
Head of Institutional Research
University of Fingal, Swords Road, Co. Dublin""",
            "On Thu, 11 Jun 2026 at 21:15, Joaquin Mbatha-Ferreyra <joaquin.mf@example.com.ar> wrote:",
            """Dear Dr Murphy,

Thank you and the panel for meeting me today. I enjoyed discussing how the first-year retention dashboard could flag students at risk earlier, and I would be glad to share the small prototype I mentioned.

Kind regards,
Joaquin""",
        ),
    ),
    dict(
        kind=K, slug="quayside_ashby", lang="en", key="quay_rej", parent="quay_move",
        company="Quayside Analytics", contact="",
        frm=("Quayside Analytics", "no-reply@ashbyhq.com"),
        subject="Quayside Analytics | Junior Analyst application",
        date="2026-07-02 14:29", tz="utc", layout="html", html_cte="base64",
        html=ats_card("""Hello Joaquin,

We appreciate you taking part in the technical interview for Junior Analyst.

Having reviewed the feedback from the interviewers, we've concluded that your experience is not yet aligned with the consulting work the role involves, and we won't be progressing your candidacy to the next stage.

We know this isn't the outcome you were hoping for. You're welcome to apply for future openings on our careers page.

Regards,
Quayside Analytics Recruiting""", "Quayside Analytics", "#334155", "en",
                      "This message was sent by Ashby on behalf of Quayside Analytics."),
    ),
    dict(
        kind=K, slug="brightwater_terse", lang="en", key="bright_rej", parent="bright_ack",
        company="Brightwater Retail", contact="eoin.gallagher@brightwater.example.ie",
        frm=("Eoin Gallagher", "eoin.gallagher@brightwater.example.ie"),
        subject="Re: Merchandise Data Analyst",
        date="2026-08-04 09:12", tz="ie", cte="7bit",
        text="""Joaquin - thanks, but it's a no from us. Best of luck.

Eoin""",
    ),
    dict(
        kind=K, slug="kreuzberg_dbt", lang="en", key="kreuz_rej", parent="kreuz_cancel",
        company="Kreuzberg Ledger", contact="jonas.weber@kreuzbergledger.example.de",
        frm=("Jonas Weber", "jonas.weber@kreuzbergledger.example.de"),
        subject="Re: Rescheduling our chat",
        date="2026-09-24 18:33", tz="de", layout="alt", cte="qp",
        text=reply(_KREUZ_NEW, "On Tue, 8 Sep 2026 at 20:40, Joaquin Mbatha-Ferreyra <joaquin.mf@example.com.ar> wrote:", reply(
            """No problem at all, Jonas - good luck with the auditors. Looking forward to the new times.

Joaquin""",
            "On Tue, 8 Sep 2026 at 19:02, Jonas Weber <jonas.weber@kreuzbergledger.example.de> wrote:",
            """Hi Joaquin,

I need to cancel our follow-up chat tomorrow, something came up with our auditors and I'll be stuck in meetings all day. Really sorry for the short notice.

I'll send you a couple of new times later this week - nothing changes on our side, we still want to continue the conversation.

Jonas""")),
        html=simple_html(_KREUZ_NEW, "en"),
    ),
    dict(
        kind=K, slug="smallfry_after_trial", lang="en", key="smallfry_rej",
        parent="smallfry_inv", company="Smallfry Data", contact="cormac@smallfry.example.ie",
        frm=("Cormac Byrne", "cormac@smallfry.example.ie"),
        subject="After Friday",
        date="2026-03-16 22:04", tz="ie", cte="8bit",
        text="""Hey Joaquin,

Bad news I'm afraid. We loved having you in for the trial day on Friday and the churn notebook was solid, but we can only afford one hire this quarter and we've offered it to Maeve, who's been contracting with us since January. I didn't want you to hear it from a template.

Keep going - you're closer than you think. Happy to be a reference for the work you did with us.

Cormac
Smallfry Data · Dublin 8""",
    ),

    # ----------------------------------------------------------------------- fr
    dict(
        kind=K, slug="marais_refus", lang="fr", key="marais_rej", parent="marais_move",
        company="Banque du Marais", contact="claire.vasseur@banquedumarais.example.fr",
        frm=("Claire Vasseur", "claire.vasseur@banquedumarais.example.fr"),
        subject="Votre candidature - Analyste Data Relation Client",
        subj_enc="iso-8859-1:Q",
        date="2026-06-30 15:15", tz="fr", charset="iso-8859-1", cte="qp",
        layout="alt",
        text="""Bonjour Joaquín,

Je vous remercie encore pour l'entretien du 18 juin et pour la qualité de vos échanges avec Madame Roussel.

Après réflexion, nous avons retenu une autre candidature pour le poste d'Analyste Data Relation Client, dont le parcours correspond davantage aux besoins immédiats de l'équipe, notamment sur la connaissance des outils de pilotage du réseau d'agences.

Je sais que ce n'est pas la réponse que vous attendiez. Je conserve vos coordonnées et me permettrai de revenir vers vous si un poste similaire s'ouvrait.

Bien cordialement,

Claire Vasseur
Chargée de recrutement
Banque du Marais
12 rue des Francs-Bourgeois, 75004 Paris""",
        html=outlook_word("""Bonjour Joaquín,

Je vous remercie encore pour l'entretien du 18 juin et pour la qualité de vos échanges avec Madame Roussel.

Après réflexion, nous avons retenu une autre candidature pour le poste d'Analyste Data Relation Client, dont le parcours correspond davantage aux besoins immédiats de l'équipe, notamment sur la connaissance des outils de pilotage du réseau d'agences.

Je sais que ce n'est pas la réponse que vous attendiez. Je conserve vos coordonnées et me permettrai de revenir vers vous si un poste similaire s'ouvrait.

Bien cordialement,

Claire Vasseur
Chargée de recrutement
Banque du Marais
12 rue des Francs-Bourgeois, 75004 Paris""", "fr"), html_charset="utf-8",
    ),
    dict(
        kind=K, slug="etoile_client_batignolles", lang="fr", key="etoile_rej",
        parent="etoile_inv", company="Conseil Batignolles",
        contact="j.morel@etoile-interim.example.fr",
        frm=("Julien Morel", "j.morel@etoile-interim.example.fr"),
        subject="Retour de Conseil Batignolles",
        date="2026-07-17 11:52", tz="fr", cte="8bit",
        text="""Bonjour Joaquín,

J'ai eu Conseil Batignolles au téléphone ce matin. Ils ont apprécié votre échange avec leur manager, mais ils préfèrent finalement un consultant qui parle couramment français au quotidien avec les clients grands comptes. Ils ne donneront donc pas suite à votre candidature.

De mon côté, je garde votre dossier actif chez Étoile Intérim et je vous tiens au courant dès qu'une mission en anglais ou en espagnol se présente.

Bonne journée,
Julien Morel
Consultant recrutement – Étoile Intérim
48 avenue de Wagram, 75017 Paris · 01 55 55 20 40""",
    ),
    dict(
        kind=K, slug="nenuphar_teamtailor", lang="fr", key="nenuphar_rej",
        parent="nenuphar_missed", company="Nénuphar Pay", contact="",
        frm=("Nénuphar Pay", "no-reply@teamtailor-mail.com"), name_enc="utf-8:Q",
        subject="Nénuphar Pay – suite de votre candidature",
        subj_enc="utf-8:B",
        date="2026-08-21 07:55", tz="utc", layout="html",
        html=ats_card("""Bonjour Joaquín,

Merci pour l'intérêt que vous portez à Nénuphar Pay et pour le temps consacré à notre processus de recrutement pour le poste de Data Analyst Paiements.

Nous avons décidé de poursuivre avec des profils dont l'expérience est plus proche de nos enjeux actuels. Nous ne pourrons donc pas donner une suite favorable à votre candidature.

Nous vous souhaitons pleine réussite dans vos recherches.

L'équipe Talent de Nénuphar Pay""", "Nénuphar Pay", "#065f46", "fr",
                      "Envoyé avec Teamtailor"),
    ),

    # ----------------------------------------------------------------------- de
    dict(
        kind=K, slug="spreewald_absage", lang="de", key="spree_rej", parent="spree_move",
        company="Spreewald Pay", contact="lena.hartmann@spreewaldpay.example.de",
        frm=("Lena Hartmann", "lena.hartmann@spreewaldpay.example.de"),
        subject="Ihre Bewerbung als Junior Data Analyst (m/w/d)",
        date="2026-05-29 14:05", tz="de", layout="alt", cte="qp",
        text=reply(
            _SPREE_REJ,
            "Am Di., 26. Mai 2026 um 23:05 Uhr schrieb Joaquín Mbatha-Ferreyra <joaquin.mf@example.com.ar>:",
            """Dear Ms Hartmann,

Thank you for the interview today and for the chance to work through the chargeback case with Felix. I really enjoyed it and would be excited to join the Risk team.

Best regards,
Joaquín""",
        ),
        html=simple_html(_SPREE_REJ, "de"),
    ),
    dict(
        kind=K, slug="kiezkauf_intern_besetzt", lang="de", key="kiez_rej", parent="kiez_ack",
        company="Kiezkauf", contact="",
        frm=("Kiezkauf Recruiting", "noreply@smartrecruiters.com"),
        subject="Kiezkauf: Stand Ihrer Bewerbung (Datenanalyst Sortiment)",
        date="2026-09-30 08:10", tz="utc", charset="iso-8859-1", cte="qp",
        text="""Sehr geehrter Herr Mbatha-Ferreyra,

wir möchten Ihnen mitteilen, dass die Position Datenanalyst Sortiment (m/w/d) mit einer internen Kollegin besetzt wurde. Das Auswahlverfahren für externe Bewerbungen ist damit beendet.

Wir bedauern, Ihnen keine positivere Nachricht geben zu können, und danken Ihnen für Ihr Interesse an Kiezkauf.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Kiezkauf

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.""",
    ),
    dict(
        kind=K, slug="tiergarten_client_havelnetz", lang="de", key="tiergarten_rej",
        parent="tiergarten_move", company="Havelnetz",
        contact="s.neumann@tiergarten-personal.example.de",
        frm=("Sabine Neumann", "s.neumann@tiergarten-personal.example.de"),
        subject="AW: AW: Havelnetz: Terminänderung auf Donnerstag, 13.08.",
        date="2026-08-27 16:40", tz="de", cte="8bit",
        text="""Hallo Joaquín,

ich habe heute die Rückmeldung von Havelnetz bekommen. Kurz gesagt: Es wird leider nichts. Der Fachbereich fand Ihr Gespräch gut, hat sich aber für jemanden mit fließendem Deutsch entschieden, weil die Rolle viel mit den Vertriebsteams in Potsdam zu tun hat.

Ärgerlich, ich weiß. Ich bleibe dran und melde mich, wenn ich ein englischsprachiges Projekt habe.

Beste Grüße
Sabine Neumann
Senior Recruiterin IT & Data
Tiergarten Personal GmbH
Lützowufer 26, 10787 Berlin
Tel. +49 30 5550 8812

""" + outlook_block(
            "de", "Joaquín Mbatha-Ferreyra <joaquin.mf@example.com.ar>",
            "Donnerstag, 13. August 2026 22:10",
            "Sabine Neumann <s.neumann@tiergarten-personal.example.de>",
            "AW: Havelnetz: Terminänderung auf Donnerstag, 13.08.",
            """Hallo Frau Neumann,

das Gespräch heute mit Herrn Dr. Sommer und Frau Demir war sehr angenehm, vielen Dank für die gute Vorbereitung! Ich bin gespannt auf die Rückmeldung.

Viele Grüße
Joaquín""",
        ) + "\n" + outlook_block(
            "de", "Sabine Neumann <s.neumann@tiergarten-personal.example.de>",
            "Freitag, 7. August 2026 15:16",
            "Joaquín Mbatha-Ferreyra <joaquin.mf@example.com.ar>",
            "Havelnetz: Terminänderung auf Donnerstag, 13.08.",
            """Hallo Joaquín,

kleine Änderung: Herr Dr. Sommer ist am Dienstag kurzfristig auf einer Vertriebstagung. Havelnetz schlägt deshalb Donnerstag, den 13. August, um 15:30 Uhr vor. Der Teams-Link kommt wie gehabt von Frau Demir.

Geht das bei Ihnen? Eine kurze Antwort reicht mir.""",
        ),
    ),
]
