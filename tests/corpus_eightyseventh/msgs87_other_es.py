"""Spanish "other" mail for the eighty-seventh corpus: job alerts, newsletters, look-alikes and
everyday inbox noise (data only; imports msgs87_build)."""

from msgs87_build import CANDIDATE, Msg

K = "other"
LIST = {"List-Unsubscribe": "<https://mail.example.net/unsub?u=vek>, <mailto:unsub@mail.example.net>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"}

MESSAGES = [
Msg(K, "linkedin_alert_es", "es",
    "Alertas de empleo de LinkedIn <jobalerts-noreply@linkedin.example.com>",
    "\"analista de producto\": 12 empleos nuevos en Madrid",
    """Tu alerta de empleo para analista de producto en Madrid

Product Analyst - Quilt Pagos · Madrid (híbrido) · Solicitud sencilla
Analista de Datos de Cliente - Seguros Brisa · Madrid · Hace 2 días
Growth Analyst - Comparaya · En remoto · 14 solicitantes
Data Analyst CRM - Moda Ribera · Alcobendas · Promocionado

Ver los 12 empleos: https://www.linkedin.example.com/comm/jobs/search?keywords=analista

Recibes alertas de empleo. Darse de baja: https://www.linkedin.example.com/comm/psettings/email-unsubscribe""",
    contact="", fmt="html", extra=LIST, date="01-12 07:30"),

Msg(K, "infojobs_digest_es", "es",
    "InfoJobs <ofertas@infojobs.example.net>",
    "Valentina, 8 ofertas nuevas de \"CRM\" que encajan contigo",
    """Nuevas ofertas para ti

Técnico/a CRM y automatización - Cadena Hotelera Sol Poniente - Málaga
Responsable de fidelización - Perfumerías Arce - Barcelona
Analista de marketing digital - Grupo Editorial Vértice - Madrid

¿Ya no te interesan estas alertas? Modifica tu alerta o date de baja aquí.""",
    contact="", fmt="html", extra=LIST, date="02-05 06:00"),

Msg(K, "bumeran_alerta_ar", "es",
    "Bumeran <alertas@bumeran.example.com.ar>",
    "Nuevos avisos: Analista de Pricing en Capital Federal",
    """Hola Valentina, encontramos estos avisos para vos:

Analista de Pricing Sr - Importante empresa de consumo masivo - CABA
Analista Comercial / Pricing - Distribuidora Pampa - Vicente López
Pricing & Revenue Analyst - Startup fintech - Remoto

Postulate antes que nadie.

Si no querés recibir más estos mails, desuscribite acá.""",
    contact="", fmt="html", extra=LIST, tz="-03:00", date="03-09 08:15"),

Msg(K, "newsletter_rechazo_carrera", "es",
    "Carrera Sin Filtros <hola@carrerasinfiltros.example.com>",
    "Nº 47 · Te dijeron que no. ¿Y ahora qué?",
    """Hola, soy Bea y esto es Carrera Sin Filtros, la newsletter de los domingos.

Esta semana: el rechazo. Casi todas las personas que me escribís habéis recibido en algún momento el famoso "lamentamos comunicarte que hemos decidido seguir adelante con otros candidatos". Duele, pero no es personal.

Tres ideas:
1. Pide feedback concreto, sobre todo si llegaste a la entrevista final.
2. Si no te presentaste a una entrevista por un imprevisto, escribe cuanto antes para disculparte y proponer otra fecha.
3. Separa el rechazo del proceso de tu valor profesional.

Y si te han ofrecido un puesto, enhorabuena: la semana que viene hablamos de cómo negociar la oferta.

Nos leemos,
Bea

Te has suscrito en carrerasinfiltros.example.com. Darte de baja.""",
    contact="", fmt="alt", extra={**LIST, "List-Id": "Carrera Sin Filtros <carrerasinfiltros.list.example.com>"}, date="03-15 08:00"),

Msg(K, "headhunter_inmail_sin_entrevista", "es",
    "Patricia Olmedo <patricia.olmedo@alturaexecutive.example.es>",
    "Oportunidad Head of Customer Analytics - sector seguros",
    """Hola Valentina,

Soy Patricia, de Altura Executive. Estoy trabajando en una posición de Head of Customer Analytics para una aseguradora líder con sede en Madrid (equipo de 6 personas, reporte a la Dirección de Marketing, banda salarial 70-80K + variable).

He visto tu perfil en LinkedIn y creo que podría encajar. Si te interesa, ¿me podrías enviar tu CV actualizado y tus expectativas salariales? Y si no es tu momento, ¡te agradezco que me recomiendes a alguien!

Un saludo,
Patricia Olmedo
Partner · Altura Executive
+34 600 000 311""",
    date="04-07 10:12", tz="+02:00"),

Msg(K, "podcast_entrevista", "es",
    "Diego Fuentes <diego@podcastmarketeros.example.com>",
    "¿Te animas a una entrevista para Marketeros?",
    """Hola Valentina!

Soy Diego, de Marketeros, el podcast sobre marketing y datos. Leí tu artículo en Medium sobre segmentación RFM y me encantaría entrevistarte para un episodio. Grabamos en remoto, unos 40 minutos, y tú eliges la fecha.

Te dejo ejemplos de episodios anteriores: https://podcastmarketeros.example.com/episodios

¿Te apetece?

Un abrazo,
Diego""",
    date="02-18 12:00"),

Msg(K, "user_research_banco", "es",
    "Equipo de Research · Banca Ámbar <research@bancaambar.example.es>",
    "Participa en una entrevista sobre la app y llévate 40 €",
    """Hola Valentina,

Estamos mejorando la app de Banca Ámbar y buscamos clientes como tú para una entrevista de 45 minutos por videollamada. Te preguntaremos cómo gestionas tus pagos y tu tarjeta. Como agradecimiento, recibirás una tarjeta regalo de 40 €.

Reserva tu hueco aquí: https://research.bancaambar.example.es/agenda

Gracias,
Equipo de Investigación de Usuarios""",
    contact="", fmt="html", date="05-12 11:00", tz="+02:00"),

Msg(K, "amiga_rechazo_propio", "es",
    "Paula Serrano <paulaserrano88@example.com>",
    "ufff",
    """Valen!!! Me acaba de llegar el correo de la consultora: "lamentamos comunicarte que no continúas en el proceso". Después de 4 entrevistas y el caso práctico ese horrible. Estoy que me subo por las paredes.

¿Te apetece una caña el viernes y me cuentas cómo vas tú con lo tuyo? Que me dijiste que tenías entrevista con una aseguradora, ¿no?

Besos
Pau""",
    date="03-26 21:48"),

Msg(K, "amazon_pedido_retrasado", "es",
    "Amazon.es <confirmar-envio@amazon.example.es>",
    "Tu pedido se ha retrasado",
    """Hola Valentina:

Lamentablemente, tu pedido #405-7712093-1183344 llegará más tarde de lo previsto. Nueva fecha de entrega estimada: jueves, 23 de abril.

Sentimos las molestias. Puedes consultar el estado del envío en Tus pedidos.

Amazon.es""",
    contact="", fmt="html", date="04-20 06:11", tz="+02:00"),

Msg(K, "gps_posicion_compartida", "es",
    "Ubica Familia <avisos@ubicafamilia.example.com>",
    "Marisol ha compartido su posición contigo",
    """Marisol ha compartido su posición en tiempo real contigo durante 1 hora.

Última posición: Calle de Alcalá, 45, Madrid (precisión 12 m), hace 2 minutos.

Ver en el mapa: https://ubicafamilia.example.com/m/7XK2

Puedes dejar de recibir estas notificaciones desde la app.""",
    contact="", date="05-30 19:02", tz="+02:00"),

Msg(K, "tarjeta_credito_solicitud", "es",
    "BBVI <avisos@bbvi.example.es>",
    "Hemos recibido tu solicitud de Tarjeta Oro",
    """Hola Valentina,

Hemos recibido tu solicitud de la Tarjeta Oro. Estamos estudiando la documentación y en un plazo máximo de 48 horas laborables te comunicaremos la resolución.

Lamentablemente no podemos darte información sobre el estado de tu solicitud por teléfono durante este periodo.

Gracias por confiar en BBVI.""",
    contact="", fmt="alt", date="02-21 10:10"),

Msg(K, "alquiler_piso_rechazo", "es",
    "Jorge Prieto - Inmobiliaria Lavapiés Casas <jorge@lavapiescasas.example.es>",
    "Piso C/ Embajadores 112",
    """Hola Valentina,

Te escribo sobre tu solicitud para el piso de Embajadores. Lamentablemente el propietario ha decidido seguir adelante con otros candidatos que presentaban aval bancario, así que no podemos continuar con tu solicitud.

Si quieres te aviso de otros pisos en la zona que entren esta semana.

Un saludo,
Jorge""",
    date="03-03 13:30"),

Msg(K, "admision_master", "es",
    "Admisiones - Escuela de Negocios Ribera <admisiones@esribera.example.edu>",
    "Resolución de admisión - Máster en Business Analytics",
    """Estimada Valentina:

El Comité de Admisiones ha revisado su solicitud para el Máster en Business Analytics (edición octubre 2026). Lamentamos comunicarle que en esta ocasión no ha sido admitida. Debido al elevado número de solicitudes, el proceso ha sido muy competitivo.

Le animamos a presentarse a la convocatoria de febrero.

Atentamente,
Oficina de Admisiones""",
    contact="admisiones@esribera.example.edu", fmt="alt", date="06-15 12:00", tz="+02:00"),

Msg(K, "propio_confirmo_entrevista", "es",
    CANDIDATE,
    "Re: Entrevista con el comité - Coordinadora de Captación Digital",
    """Hola Lucía,

Muchas gracias por la invitación, confirmo asistencia para el jueves a las 12:00. ¿Tengo que llevar algo preparado?

Saludos,
Valentina

El mié, 17 jun 2026 a las 16:20, Lucía Ferrer (<lucia.ferrer@fundacionalba.example.org>) escribió:
> Hola Valentina, nos gustaría invitarte a una entrevista con el comité el jueves 25 a las 12:00 en nuestra sede.""",
    contact="", to="Lucía Ferrer <lucia.ferrer@fundacionalba.example.org>", date="06-18 10:02", tz="+02:00"),

Msg(K, "fuera_oficina_recruiter", "es",
    "Rodrigo Salinas | Korvex Consultores <rsalinas@korvex.example.com.mx>",
    "Respuesta automática: Proceso Gerente de Insights",
    """Gracias por tu mensaje. Estaré fuera de la oficina del 24 de marzo al 3 de abril con acceso limitado al correo. Para temas urgentes contacta a mi colega Ximena Torres (xtorres@korvex.example.com.mx).

Saludos,
Rodrigo Salinas""",
    extra={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}, tz="-06:00", date="03-24 08:00"),

Msg(K, "calendario_daily_standup", "es",
    "Google Calendar <calendar-notification@google.example.com>",
    "Recordatorio: Daily voluntariado Banco de Alimentos - lun 9 feb 2026 9:30 - 9:45 (CET)",
    """Daily voluntariado Banco de Alimentos
lunes 9 feb 2026 9:30 - 9:45 (CET)
Unirse con Google Meet: https://meet.example.com/xyz-abcd-efg

Invitados: valentina.ek@example.es, coord@bancoalimentos.example.org

Recibes este correo porque tienes activadas las notificaciones del calendario.""",
    contact="", fmt="alt", date="02-09 09:20"),

Msg(K, "agencia_tributaria_notificacion", "es",
    "Agencia Tributaria <notificaciones@agenciatributaria.example.gob.es>",
    "Aviso de puesta a disposición de notificación",
    """Le comunicamos que tiene una notificación pendiente en la Dirección Electrónica Habilitada única (DEHú) relativa a: Renta 2025 - Requerimiento de documentación.

Dispone de 10 días naturales para acceder a su contenido.

Este mensaje es meramente informativo.""",
    contact="", charset="iso-8859-1", cte="quoted-printable", date="06-02 08:00", tz="+02:00"),

Msg(K, "renfe_billete", "es",
    "Renfe <venta@renfe.example.es>",
    "Confirmación de compra - Madrid Pta. Atocha - València J. Sorolla",
    """Gracias por viajar con Renfe.

Localizador: X7QK2L
Tren AVE 05141 · 14/05/2026 · Salida 08:40 · Llegada 10:32
Coche 6 · Plaza 09A
Importe: 38,60 €

Tu billete está adjunto en el correo y en la app.""",
    contact="", fmt="html", date="05-10 22:30", tz="+02:00"),

Msg(K, "iberdrola_factura", "es",
    "Iberluz Clientes <facturas@iberluz.example.es>",
    "Tu factura de luz de marzo ya está disponible",
    """Hola Valentina,

Ya tienes disponible tu factura de luz del periodo 01/03/2026 - 31/03/2026.

Importe: 54,17 €
Fecha de cargo: 15/04/2026

Consulta el detalle en tu Área Clientes.""",
    contact="", fmt="html", date="04-05 07:00", tz="+02:00"),

Msg(K, "gimnasio_clase_cancelada", "es",
    "Fitclub Chamberí <reservas@fitclubchamberi.example.es>",
    "Tu clase de Body Pump ha sido cancelada",
    """Hola Valentina,

Te informamos de que la clase de Body Pump del jueves 21 de mayo a las 19:00 ha sido cancelada por baja del monitor. Hemos devuelto el crédito a tu cuenta.

Puedes reservar otra sesión desde la app. Disculpa las molestias.

Fitclub Chamberí""",
    contact="", date="05-21 12:45", tz="+02:00"),

Msg(K, "clases_aleman_nivel", "es",
    "Sabine Krüger - Academia Deutsch Plus <sabine@deutschplus.example.es>",
    "Prueba de nivel y grupos de septiembre",
    """Hola Valentina,

Gracias por tu interés en nuestros cursos intensivos. Para asignarte grupo necesitamos que hagas la prueba de nivel (oral, 15 min). ¿Te viene bien el martes 8 de septiembre a las 18:30 en la academia? Si no, dime otro día.

Liebe Grüße,
Sabine
Academia Deutsch Plus""",
    date="08-31 11:20", tz="+02:00"),

Msg(K, "alumni_newsletter_bolsa", "es",
    "Alumni Universidad Complutense Norte <alumni@ucn.example.es>",
    "Boletín Alumni · Junio: bolsa de empleo, mentoring y afterwork",
    """BOLETÍN ALUMNI · JUNIO 2026

- Bolsa de empleo: 35 ofertas nuevas, entre ellas Analista de Marketing en una gran superficie y Técnico/a de Datos en el Ayuntamiento.
- Programa de mentoring: abre la inscripción.
- Taller: "Cómo preparar una entrevista por competencias" (18 de junio, online).
- Afterwork en la terraza de la Facultad.

Para dejar de recibir este boletín, pulsa aquí.""",
    contact="", fmt="html", extra={**LIST, "List-Id": "<boletin.alumni.ucn.example.es>"}, date="06-03 09:00", tz="+02:00"),

Msg(K, "mercadolibre_envio_demorado", "es",
    "Mercado Libre <envios@mercadolibre.example.com.mx>",
    "Tu paquete viene con demora",
    """Hola Valentina,

Lamentablemente tu compra (Audífonos inalámbricos) se retrasó en el centro de distribución. La nueva fecha estimada de entrega es el martes 14 de julio.

Te avisaremos cuando esté en camino.""",
    contact="", fmt="html", tz="-06:00", date="07-09 18:00"),

Msg(K, "movistar_factura_fibra", "es",
    "Movinet <facturacion@movinet.example.es>",
    "Actualización de tu tarifa",
    """Hola Valentina,

Te informamos de que a partir del 1 de septiembre tu tarifa Fibra 600Mb + Móvil pasará a costar 52,90 €/mes. Si no estás conforme puedes darte de baja sin penalización antes de esa fecha.

Gracias por seguir con nosotros.""",
    contact="", fmt="alt", date="07-30 10:00", tz="+02:00"),

Msg(K, "seguro_hogar_renovacion", "es",
    "Seguros Hogar Terral <clientes@hogarterral.example.es>",
    "Renovación de tu póliza de hogar",
    """Estimada cliente:

Su póliza de Hogar nº 2026-88431 se renovará automáticamente el próximo 1 de octubre. Adjuntamos las condiciones particulares actualizadas.

Para cualquier consulta puede contactar con su mediador.

Atentamente,
Seguros Hogar Terral""",
    contact="", charset="windows-1252", cte="quoted-printable", date="09-01 09:00", tz="+02:00"),
]
