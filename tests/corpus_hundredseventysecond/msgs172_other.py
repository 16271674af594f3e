"""Corpus 172: other (52), hand-written: the candidate's own mail, digests, newsletters,
notifications and everyday mail that borrows job words."""

from msgs172_common import (
    CANDIDATE, CANDIDATE_ADDR, CANDIDATE_NAME, SIG_DE, SIG_EN, SIG_ES, SIG_FR, M, ats_card,
    digest_text, forwarded, list_headers, newsletter_html, outlook_html, quote, reply,
    simple_html, wrote,
)

O = "other"

# Texts quoted again later in the threads (by msgs172_rejections / msgs172_invites).
GCT_THANKS = """Mariana, buenas tardes:

Muchas gracias por la entrevista de hoy y por presentarme con Ernesto y el equipo de Operaciones. Me quedé muy entusiasmado con lo que platicamos del reabasto a tiendas y de cómo miden los faltantes; creo que mi experiencia cuadrando caja e inventario en farmacia me da una buena base para aprender rápido.

Quedo atento a los siguientes pasos y con toda la disposición para una segunda entrevista si lo consideran útil.

Saludos,
""" + SIG_ES

HUN_FOLLOW = """Hola Andrés Felipe, ¿cómo vas?

Te escribo para preguntarte si ya hubo respuesta del cliente después de la entrevista del 14 de julio. Sigo muy interesado en la posición de analista de abastecimiento y, si necesitan algo más de mi parte (referencias, una prueba), lo preparo de inmediato.

Quedo pendiente.
Pablo"""

LSL_OWN = """Bonjour Madame Tremblay,

Merci de m'avoir prévenu, et j'espère que M. Lavoie se remettra vite.

Je reste tout à fait disponible pour une nouvelle date d'entrevue, idéalement en matinée (heure de Montréal) la semaine prochaine. Je peux aussi me connecter plus tôt si cela vous arrange.

Bien cordialement,
""" + SIG_FR

DFO_CONFIRM = """Hola Lucía, buenas noches:

Muchas gracias por la invitación. Confirmo la llamada para el martes 18 de agosto a las 11:00; te marco desde mi celular o, si prefieres, espero tu llamada al +52 33 1842 6605.

Saludos,
""" + SIG_ES

ACEROS_APOLOGY = """Ing. Garza, buenas tardes:

Le ofrezco una disculpa por no haberme conectado a la entrevista de hoy a las 10:00. Se fue la luz en mi colonia desde temprano y mi celular se quedó sin pila antes de poder avisarle; sé que no es excusa y lamento haberle hecho perder el tiempo.

Si todavía es posible, me encantaría reponer la entrevista el día y la hora que a usted le acomode. Estoy disponible toda la semana después de las 15:00.

Atentamente,
""" + SIG_ES

DRA_OWNMOVE = """Buenas tardes, Catalina:

Gracias nuevamente por la invitación a la videollamada. Te escribo porque la farmacia me acaba de cambiar el turno del lunes 16 y me toca cubrir de 9:00 a 17:00 (hora de Guadalajara). ¿Sería posible mover la entrevista al martes 17 a cualquier hora?

Perdón por la molestia y quedo atento.

""" + SIG_ES

_gcmd_thanks = """Hi Megan,

Thank you for setting up today's conversation with Brian and Priya. I especially enjoyed the discussion about expiry-date tracking at the Pasadena warehouse; it is very close to what I handle every week at the pharmacy, just at a much larger scale.

I'm very interested in the Supply Chain Analyst role and happy to share anything else that would help.

Best regards,
""" + SIG_EN

_ver_app = """Estimada Paulina:

Vi en tu publicación que Vértice Consultores está buscando un Analista para su práctica de Supply Chain Advisory y me gustaría postularme.

Trabajo desde hace cinco años como cajero en Farmacias Nuevo Día en Guadalajara, donde además llevo el conteo cíclico de la sucursal y el reporte semanal de faltantes. El año pasado terminé el curso de Fundamentos de Cadena de Suministro y estoy aprendiendo Power BI y SQL por mi cuenta.

Adjunto mi CV. Con gusto puedo platicar cuando tengas tiempo.

Saludos cordiales,
""" + SIG_ES

_alert_items = [
    ("Analista de Inventarios Jr. · Zapopan",
     "Distribuidora de productos de limpieza · $16,000 a $19,000 mensuales · Presencial",
     "https://bolsatapatia.example.mx/vacante/88213?utm_source=alerta"),
    ("Auxiliar de Compras · Tlaquepaque",
     "Manufactura de muebles · Se requiere Excel intermedio · Turno matutino",
     "https://bolsatapatia.example.mx/vacante/88277?utm_source=alerta"),
    ("Coordinador de Almacén · El Salto",
     "Operador logístico 3PL · 3 años de experiencia · Prestaciones superiores",
     "https://bolsatapatia.example.mx/vacante/88301?utm_source=alerta"),
    ("¿Te rechazaron en la última entrevista? Lo que sí puedes hacer",
     "Nuestro blog: cómo pedir retroalimentación sin incomodar al reclutador.",
     "https://bolsatapatia.example.mx/blog/rechazo-entrevista?utm_source=alerta"),
    ("Feria del Empleo Logístico · 12 de marzo",
     "Más de 40 empresas harán entrevistas en sitio en Expo Guadalajara.",
     "https://bolsatapatia.example.mx/eventos/feria-logistica?utm_source=alerta"),
]
_alert_intro = "Hola Pablo, estas son las vacantes nuevas que coinciden con tu alerta «analista logística Guadalajara»."
_alert_footer = """Recibes este correo porque creaste una alerta en Bolsa Tapatía de Empleo.
Administrar alertas: https://bolsatapatia.example.mx/alertas · Darte de baja: https://bolsatapatia.example.mx/baja?u=7781"""

_nl_article = """CARRERA LOGÍSTICA · Boletín quincenal · Núm. 58

Cómo responder a un correo de rechazo sin quemar puentes

A casi todos nos ha llegado: «Agradecemos tu interés, pero hemos decidido continuar con otros candidatos». La tentación es archivarlo y no volver a pensar en esa empresa. Sin embargo, en logística los equipos son pequeños y los reclutadores cambian de empresa con frecuencia: la persona que hoy te rechaza puede ser quien te entreviste dentro de un año.

1. Contesta en menos de 48 horas. Dos o tres líneas bastan: agradece el tiempo, menciona algo concreto de la entrevista y deja la puerta abierta.

2. Pide retroalimentación, pero una sola vez. Una pregunta específica («¿qué habilidad te habría hecho elegirme?») tiene más probabilidades de recibir respuesta que un «¿en qué fallé?».

3. No discutas la decisión. Aunque creas que había un malentendido, el proceso ya terminó.

4. Conecta en redes profesionales con quienes te entrevistaron, con un mensaje breve.

En el próximo número: cómo preparar una entrevista por competencias para puestos de planeación de demanda.

--
Carrera Logística es un boletín independiente. Para dejar de recibirlo responde BAJA o visita https://carreralogistica.example.mx/baja"""

_notif_text = """EnlacePro

Hola Pablo, esto pasó en tu red esta semana:

- Tu perfil apareció en 23 búsquedas.
- Un reclutador de una empresa de Manufactura vio tu perfil.
- 3 personas que trabajan en Logística comentaron tu publicación «De la caja registradora a la cadena de suministro».
- Vacantes que te pueden interesar: Analista de Demanda (Querétaro), Planner de Materiales (Monterrey).

Ver toda la actividad: https://enlacepro.example.mx/notificaciones

Estás recibiendo notificaciones semanales. Configurar: https://enlacepro.example.mx/ajustes/correo"""

_bank_text = """Estimado(a) PABLO ITURRIAGA WEISS:

Tu cita quedó confirmada.

Trámite: Entrevista de evaluación para Crédito Hipotecario Tradicional
Sucursal: Chapultepec, Av. Chapultepec Sur 220, Guadalajara
Fecha: jueves 23 de abril de 2026
Hora: 12:30 h
Folio: CH-2604-55817

Preséntate con identificación oficial, tus últimos tres recibos de nómina y un comprobante de domicilio. En la entrevista un ejecutivo revisará la posición de tu cuenta y tu capacidad de pago.

Si necesitas cambiar la fecha, hazlo desde la app o en bancooccidente.example.mx/citas. Este correo se genera automáticamente, no lo respondas.

Banco de Occidente Mexicano"""

_landlord_text = """Pablo, buenas tardes.

Te escribo lo que platicamos el domingo en la escalera. Lamentablemente no voy a poder renovarte el contrato del departamento 4 con la misma renta: a partir de junio queda en $9,800 porque subió el predial y el mantenimiento. Sé que no es la noticia que esperabas.

Si decides quedarte avísame antes del 15 de mayo para preparar el contrato nuevo; si no, no hay problema, nada más necesito que me avises para empezar a enseñarlo.

Saludos,
Ramiro Elizondo
Cel. 33 1290 4476"""

_diplomado_text = """Estimado Pablo Iturriaga-Weiss:

Agradecemos su interés en el Diplomado en Logística y Cadena de Suministro, generación 2026-B.

Lamentamos informarle que en esta ocasión no fue admitido. El cupo del programa es de 30 participantes y la selección se realizó con base en la experiencia profesional en áreas de logística y en la entrevista de admisión.

Le invitamos a participar en la convocatoria 2027-A, que se publicará en noviembre. Como aspirante de la generación anterior, no tendrá que volver a presentar el examen diagnóstico.

Atentamente,
Mtra. Gabriela Sandoval Ríos
Coordinadora de Educación Continua
Universidad de Occidente · Campus Zapopan"""

_doctor_html = """<html><body style="font-family:Verdana,sans-serif;font-size:13px">
<h2 style="color:#00838f">Clínica San Javier</h2>
<p>Hola <b>Pablo</b>, te recordamos tu cita:</p>
<table cellpadding="4">
<tr><td>Especialidad:</td><td>Medicina del deporte</td></tr>
<tr><td>Médico:</td><td>Dr. Enrique Salas</td></tr>
<tr><td>Fecha:</td><td>miércoles 10 de junio de 2026, 08:40</td></tr>
<tr><td>Consultorio:</td><td>Torre B, piso 3</td></tr>
</table>
<p>Para confirmar responde <b>SÍ</b> por WhatsApp al 33 3648 3000. Si no puedes asistir, cancela con 24 horas de anticipación para liberar el espacio.</p>
<p style="color:#888;font-size:11px">Mensaje automático de recordatorios. Clínica San Javier, Av. Pablo Neruda 3101, Guadalajara.</p>
</body></html>
"""

_package_text = """Hola Pablo:

Lamentablemente tu paquete está retrasado.

Guía: RLM 5520 8813 42
Origen: Ciudad de México
Destino: Guadalajara, Jal.
Motivo: saturación en el centro de distribución de Tepotzotlán.
Nueva fecha estimada de entrega: viernes 27 de febrero.

No necesitas hacer nada. Te avisaremos cuando el envío esté en ruta.

Paquetería Relámpago
Rastrea tu envío: https://relampago.example.mx/rastreo/RLM5520881342"""

_gps_text = """Reporte automático de posición

Envío: Pedido 7741-JAL (2 cajas)
Unidad: R-118 · Operador: J. Medina
Última posición: Carretera Guadalajara-Chapala km 14.2, Tlajomulco
Hora de la posición: 14:06 (hora del Centro)
Velocidad: 0 km/h (detenido)
Estado: En ruta de entrega · ETA 15:10

Ver en el mapa: https://rastreomx.example.mx/mapa/R-118?t=8f2c

Este mensaje lo envió automáticamente RastreoMX por solicitud del remitente."""

_friend_text = """Pabloooo

Ya me llegó la respuesta del banco, y adivina: NO. Me mandaron el típico correo de «tras una cuidadosa revisión hemos decidido continuar con otros candidatos», después de TRES entrevistas y una prueba psicométrica de dos horas. Ni siquiera me dijeron en qué fallé.

Estoy medio bajoneada, pero ya se me pasará. ¿Tú cómo vas con lo de Monterrey? Oí que los de Aceros eran bien exigentes con las entrevistas.

Vamos por unos tacos el viernes y nos quejamos juntos jaja

Fer"""

_gct_ooo = """Gracias por tu mensaje.

Estaré fuera de la oficina del 4 al 11 de febrero con acceso limitado al correo. Para temas urgentes de reclutamiento, escribe a Héctor Campos (hector.campos@gct.example.mx).

Mariana Fuentes
Reclutamiento Corporativo · Grupo Comercial Tapatío"""

_cold_hh = """Hola Pablo, ¿qué tal?

Soy Rodrigo Salcedo, de Búsqueda Ejecutiva Occidente. Me topé con tu perfil en EnlacePro y me llamó la atención tu paso de farmacia a cadena de suministro: es una transición que muchos de mis clientes valoran porque quienes vienen de mostrador conocen el dolor de un faltante de primera mano.

No tengo una vacante concreta en este momento, pero trabajo seguido con distribuidoras y retailers en Jalisco y el Bajío. Si te parece, me gustaría tenerte en el radar y, cuando salga algo que encaje, escribirte antes de publicarlo.

Un saludo,
Rodrigo Salcedo
Consultor de Búsqueda · Búsqueda Ejecutiva Occidente
Av. Américas 1545, piso 12, Guadalajara · +52 33 3817 6290"""

_podcast_text = """¡Hola, Pablo!

Soy Mónica Arreola, conductora de «Cadena de Valor», un podcast sobre personas que trabajan en logística en México. Leímos tu publicación sobre cómo pasaste de la caja de una farmacia a aplicar a puestos de analista y nos encantaría entrevistarte para un episodio.

La grabación es por Zoom, dura unos 40 minutos y no hace falta preparar nada: la idea es platicar de tu historia, de lo que te ha costado y de lo que has aprendido en las entrevistas de trabajo.

¿Te interesa? Si sí, dime qué días de marzo te quedan bien y te mando la liga.

Mónica Arreola
Cadena de Valor Podcast · cadenadevalor.example.mx"""

_ux_text = """Hola Pablo:

Somos el equipo de Investigación de Usuarios de EmpleosYa. Estamos rediseñando las alertas de vacantes y queremos escuchar a personas que las usan todos los días.

¿Nos regalas 30 minutos para una entrevista por videollamada? No es una entrevista de trabajo: solo queremos entender cómo buscas empleo, qué te molesta de los correos que recibes y qué te ayudaría. Como agradecimiento te enviaremos una tarjeta de regalo de $400.

Puedes elegir un horario aquí: https://empleosya.example.mx/investigacion/agenda?id=PI77

¡Gracias!
Ximena Rivas
Investigadora UX · EmpleosYa"""

_shift_text = """Pablo, buenas:

Te paso cómo quedan los turnos de la semana del 20 de abril en la sucursal Chapalita:

- Lunes a miércoles: caja 2, de 7:00 a 15:00.
- Jueves: descanso.
- Viernes y sábado: caja 1, de 14:00 a 22:00.
- Domingo: inventario cíclico de perfumería con Karla, de 8:00 a 12:00.

Recuerda que desde el lunes la posición de caja 2 también recibe los pedidos de surtido a domicilio.

Si necesitas cambiar algún día por tus entrevistas avísame con tiempo y lo cubrimos, no hay bronca.

Leonel Camarena
Gerente de Sucursal Chapalita · Farmacias Nuevo Día"""

_webinar_items = [
    ("Webinar: Entrevistas por competencias en puestos de logística",
     "Jueves 16 de julio, 19:00 h. Ponente: Lic. Alma Pineda, reclutadora en el sector automotriz.",
     "https://cplj.example.mx/eventos/webinar-entrevistas"),
    ("Taller presencial: Excel para planeación de inventarios",
     "Sábados de agosto, sede Colegio, cupo limitado a 25 personas.",
     "https://cplj.example.mx/eventos/excel-inventarios"),
    ("Bolsa de trabajo para agremiados",
     "Esta semana: 14 posiciones nuevas en el Bajío y el Occidente.",
     "https://cplj.example.mx/bolsa"),
]
_webinar_intro = "Estimados agremiados y amigos del Colegio: les compartimos las actividades del mes."
_webinar_footer = "Colegio de Profesionales en Logística de Jalisco, A.C. · Para darse de baja de esta lista: https://cplj.example.mx/baja"

_fwd_cda = """Estimado Sr. Iturriaga:

Por medio de la presente le agradecemos su participación en el proceso de selección para el puesto de Analista de Logística de Producto Terminado en nuestra planta de El Marqués, Querétaro.

Le comunicamos que su candidatura no ha sido seleccionada para continuar.

Lic. Verónica Arriaga Mendoza
Cementos del Altiplano"""

_fwd_text = """Fer, mira lo que me llegó hoy. Tan formal que hasta me habló de usted jaja.

¿Tú crees que valga la pena contestarle y pedir retroalimentación, como decía ese boletín? No sé si parezca desesperado.

P.

""" + forwarded("es", "Verónica Arriaga Mendoza <veronica.arriaga@cementosaltiplano.example.mx>",
                "mié, 6 may 2026 a las 10:00",
                "Resolución de su postulación: Analista de Logística",
                "Pablo Iturriaga-Weiss <pablo.iw@example.mx>", _fwd_cda)

_co_items = [
    ("Analista de Abastecimiento · Bogotá (Fontibón)",
     "Cadena de droguerías · Contrato a término indefinido · $3.800.000",
     "https://empleosandinos.example.co/o/55120"),
    ("Coordinador de Inventarios · Medellín",
     "Operador logístico · Manejo de WMS · Inglés intermedio",
     "https://empleosandinos.example.co/o/55187"),
    ("Practicante de Planeación · Cali",
     "Empresa de alimentos · Estudiantes de últimos semestres",
     "https://empleosandinos.example.co/o/55203"),
    ("5 preguntas que siempre te harán en una entrevista de logística",
     "Y cómo responderlas si vienes de otro sector.",
     "https://empleosandinos.example.co/blog/preguntas-entrevista"),
]
_co_intro = "Pablo, estas son las ofertas de la semana para «logística farmacéutica»."
_co_footer = "Empleos Andinos · Bogotá, Colombia. Modificar o cancelar esta alerta: https://empleosandinos.example.co/alertas"

_gym_text = """Hola Pablo,

Gracias por inscribirte a la lista de espera de Natación Adultos (lunes y miércoles, 20:00 h).

Tu posición actual en la lista: 4

Cuando se libere un lugar te enviaremos un correo y tendrás 48 horas para confirmar y pagar la mensualidad en recepción.

Club Deportivo Providencia
Este correo es informativo, por favor no lo respondas."""

_course_text = """¡Felicidades, Pablo!

Completaste el curso «Fundamentos de Cadena de Suministro» con una calificación de 94/100. Tu constancia ya está disponible para descargar y compartir en tu perfil profesional.

Oferta especial por tiempo limitado: 40% de descuento en «Planeación de Demanda con Excel y Power BI» si te inscribes antes del 31 de mayo. Usa el código SIGUE40.

Descargar constancia: https://aprendemas.example.mx/constancias/PI-55710
Ver oferta: https://aprendemas.example.mx/cursos/demanda?cupon=SIGUE40

Aprende+ · La plataforma de cursos en línea
No respondas a este correo; para ayuda visita https://aprendemas.example.mx/ayuda"""

_decline_text = """Estimada Beatriz:

Muchas gracias por la oferta y por la confianza de todo el equipo de Distribuciones Farmacéuticas Castellana. Ha sido un proceso muy agradable y valoro mucho la flexibilidad que tuvieron con los horarios desde México.

Después de pensarlo con calma he decidido no aceptarla: esta semana recibí una propuesta en Guadalajara que me permite quedarme cerca de mi familia mientras doy el primer paso en la cadena de suministro, y creo que es lo más sensato en este momento.

Espero de verdad que nuestros caminos se crucen más adelante.

Un saludo muy cordial,
""" + SIG_ES

_agency_items = [
    ("Analista de Tráfico · Tlaquepaque",
     "Cliente del sector alimentos · Entrevistas esta misma semana.",
     "https://talentologistico.example.mx/vacantes/1182"),
    ("Auxiliar de Almacén con montacargas · El Salto",
     "Turno nocturno · Oferta económica competitiva + vales.",
     "https://talentologistico.example.mx/vacantes/1190"),
    ("Planner Jr. · Zapopan",
     "Manufactura electrónica · Inglés intermedio · Híbrido.",
     "https://talentologistico.example.mx/vacantes/1194"),
]
_agency_intro = "Estas son las vacantes de la semana. Si alguna te interesa, responde desde el portal y tu consultora te contacta."
_agency_footer = "Talento Logístico · Boletín semanal para candidatos registrados. Baja: https://talentologistico.example.mx/baja"

_visa_text = """CONFIRMACIÓN DE CITA

Solicitante: ITURRIAGA WEISS, PABLO
Tipo de visa: B1/B2
Número de confirmación DS-160: AA00F3K9QZ

Cita en el Centro de Atención a Solicitantes (CAS): lunes 22 de junio de 2026, 07:15, Guadalajara
Entrevista consular: martes 23 de junio de 2026, 08:00, Sección Consular, Guadalajara

Presente esta hoja impresa, su pasaporte vigente y la fotografía digital. No se permite el ingreso con dispositivos electrónicos. Llegue 15 minutos antes de la hora indicada; la puntualidad es obligatoria para conservar su cita.

Este mensaje se generó automáticamente. No responda a este correo."""

_alert_en_items = [
    ("Supply Chain Analyst I - Houston, TX (Energy Corridor)",
     "Chemicals distributor - $58k-$66k - Bilingual Spanish a plus",
     "https://hirewire.example.com/j/402281?src=alert"),
    ("Inventory Planner - Pasadena, TX",
     "Medical device 3PL - On-site - 1+ yr inventory experience",
     "https://hirewire.example.com/j/402319?src=alert"),
    ("Rejected after the final round? Read this first",
     "Recruiters explain what a 'no' at the last stage usually means.",
     "https://hirewire.example.com/advice/final-round-rejection"),
    ("Interview prep: the STAR method for operations roles",
     "Examples for warehouse, retail and logistics candidates.",
     "https://hirewire.example.com/advice/star-operations"),
]
_alert_en_intro = "Hi Pablo, 2 new jobs match your alert 'supply chain analyst, Houston'."
_alert_en_footer = "You are receiving this because you created a job alert on HireWire. Unsubscribe: https://hirewire.example.com/u/88a1"

_article_en = """THE SUPPLY CHAIN SWITCH
Issue #31 - for people moving into supply chain from somewhere else

Five interview mistakes career changers make (and what to do instead)

1. Apologising for your background. If you spent years behind a retail counter, you've seen stockouts, shrink and bad forecasts from the sharp end. Say so, with numbers.

2. Memorising jargon you can't defend. Interviewers will ask a follow-up question about "safety stock" or "MOQ". Use fewer terms and understand them.

3. Treating the recruiter screen as a formality. It is often where most candidates are rejected.

4. Not asking about the data. Ask what systems they use and where the spreadsheets live.

5. Going silent after a rejection. A short thank-you note keeps a door open, and hiring managers remember it.

Reader question of the week: "An employer cancelled my interview twice. Should I give up?" Our answer is on the website.

You're receiving this because you subscribed at supplychainswitch.example.com. Unsubscribe any time."""

_pronet_html = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head>
<body style="font-family:Helvetica,Arial,sans-serif;background:#f4f2ee;margin:0">
<div style="max-width:560px;margin:0 auto;background:#fff;padding:20px">
<p style="font-size:18px;color:#0a66c2;font-weight:bold">ProNet</p>
<p>Hi Pablo, here's what you missed this week:</p>
<ul>
<li>You appeared in <b>9 searches</b>, including from recruiters in <b>Logistics &amp; Supply Chain</b>.</li>
<li><b>Devon Price</b> and 4 others viewed your profile.</li>
<li>New jobs for you: <a href="https://pronet.example.com/jobs/view/771">Inventory Analyst at a Houston distributor</a>, <a href="https://pronet.example.com/jobs/view/775">Junior Buyer (Spanish/English)</a>.</li>
</ul>
<p><a href="https://pronet.example.com/notifications" style="background:#0a66c2;color:#fff;padding:8px 16px;border-radius:16px;text-decoration:none">See all activity</a></p>
<p style="font-size:11px;color:#666">You are receiving ProNet notification emails. <a href="https://pronet.example.com/settings/email">Unsubscribe</a>. ProNet Corp., 500 Market St, San Francisco, CA.</p>
</div></body></html>
"""

_tri_ooo = """Thanks for your email. I'm out of the office until Monday, September 28, with limited access to email.

If your message is about an interview scheduled this week, please contact Jordan Lee at jordan.lee@trinityretail.example.com.

Renee Okafor
Talent Acquisition Partner | Trinity Retail Group"""

_package_en = """Hi Pablo,

Unfortunately, your package is delayed.

Order: #PR-88213-55 ("Supply Chain Management for Dummies", paperback)
Carrier: ParcelRun International
Status: held at customs, Laredo TX
New estimated delivery: March 6 - March 10

We're sorry for the inconvenience. You don't need to do anything; we'll email you again when it's moving.

Track your order: https://parcelrun.example.com/t/PR8821355
ParcelRun - please do not reply to this message."""

_friend_en = """Hey man,

So the Chevron-style place I told you about? Final round, four interviews, a case study I stayed up until 2am for... and this morning I got "we've decided to move in a different direction." That's it. No feedback.

I'm honestly fine, just annoyed. Anyway, if you end up interviewing in Houston next month you're staying on our couch, no discussion. Lupe already said yes.

How are things going with the Greenhouse people?

Devon"""

_cold_en = """Hi Pablo,

I'm a recruiter at Northbridge Search, where I focus on supply chain and procurement roles across Texas and Mexico. I came across your ProNet post about moving from pharmacy retail into supply chain and thought it was a great read.

I don't have a specific opening that fits right now, but I'd love to connect and learn more about what you're looking for, so I can keep you in mind as things come up.

Cheers,
Hannah Lindqvist
Principal Recruiter, Northbridge Search
hannah.lindqvist@northbridgesearch.example.com | (346) 555-0177"""

_ux_en = """Hi Pablo,

I'm a user researcher at ProNet. We're talking with job seekers who recently changed careers, and your profile caught our attention.

Would you be open to a 45-minute research interview over video? We'd ask about how you search for roles and how you keep track of your applications. There are no right or wrong answers, and this is not related to any job opening. As a thank-you, we'll send a $50 gift card.

If you're interested, just reply with a couple of times that work for you next week.

Thanks,
Maya Feldman
UX Research, ProNet"""

_waitlist_en = """You're on the list!

Thanks for signing up for SendPeso Business, Pablo.

Your current position on the waitlist: #2,481

Want to move up? Invite friends with your personal link and jump 100 spots for every friend who joins:
https://sendpeso.example.com/r/PABLO-IW

We'll email you as soon as your account is ready.

The SendPeso team
You're receiving this email because you joined the waitlist at sendpeso.example.com."""

_cg_app = """Dear Ms. Scott,

I'm writing to apply for the Replenishment Analyst opening at Coastal Grocers that I saw on HireWire.

For the last five years I have worked at a pharmacy chain in Guadalajara, Mexico, where besides running the register I do cycle counts, reconcile stock discrepancies and prepare the weekly shortage report for our regional buyer. I have completed a certificate in supply chain fundamentals and I'm building my skills in Excel, SQL and Power BI.

I'm planning to relocate to Houston and I'm fully bilingual in Spanish and English. My CV is attached.

Thank you for your consideration.

Sincerely,
""" + SIG_EN

_msc_text = """Dear Pablo,

Thank you for your application to the Online MSc in Supply Chain Management (Fall 2026 intake) at Gulf Coast University Online.

After careful review by the admissions committee, we regret that we are unable to offer you a place in the program. The committee was not able to verify the equivalence of your prior undergraduate credits, which is a requirement for graduate admission.

You may wish to consider our Graduate Certificate in Logistics, which does not require a completed bachelor's degree. Information is available at gcu-online.example.edu/certificates.

Office of Graduate Admissions
Gulf Coast University Online
This mailbox is not monitored."""

_press_en = """Hello Pablo,

My name is Owen Hartley and I'm a staff writer at Supply Chain Quarterly Americas. I'm working on a feature about people who moved into supply chain from frontline retail and healthcare jobs, and one of your former course instructors suggested I get in touch.

Would you be willing to do a 20-minute interview by phone or video sometime in the next two weeks? I'd ask about your background, what surprised you about the job search, and what advice you'd give others. I'd send you the quotes to check before publication.

Best,
Owen Hartley
Staff Writer, Supply Chain Quarterly Americas
owen.hartley@scqamericas.example.com"""

_alert_fr_items = [
    ("Analyste en approvisionnement - Montréal (Saint-Laurent)",
     "Distributeur pharmaceutique - Temps plein - Bilinguisme requis",
     "https://emploislogistique.example.ca/offre/30917"),
    ("Coordonnateur·rice d'entrepôt - Laval",
     "Entreprise de transport - Quart de soir - 26 $/h",
     "https://emploislogistique.example.ca/offre/30944"),
    ("Refusé après une entrevue ? Nos conseils pour rebondir",
     "Ce qu'il faut écrire au recruteur, et ce qu'il vaut mieux éviter.",
     "https://emploislogistique.example.ca/conseils/rebondir"),
]
_alert_fr_intro = "Bonjour Pablo, voici les nouvelles offres correspondant à votre alerte « approvisionnement Montréal »."
_alert_fr_footer = "Emplois Logistique QC - Pour vous désabonner : https://emploislogistique.example.ca/desabonnement"

_rh_ooo = """Bonjour,

Je suis absent du bureau jusqu'au lundi 14 septembre inclusivement. Je prendrai connaissance de votre message à mon retour.

Pour toute urgence concernant une entrevue prévue cette semaine, veuillez joindre Sophie Caron au 514 555-0130.

Mathieu Gagnon
Recrutement Horizon"""

_cert_fr = """Monsieur,

Nous accusons réception de votre demande d'admission au Certificat en gestion de la chaîne d'approvisionnement (trimestre d'automne 2026).

Après étude de votre dossier, nous ne pouvons malheureusement pas donner une suite favorable à votre demande. Le programme exige un permis d'études valide au moment de l'inscription, document que nous n'avons pas reçu dans les délais.

Vous pourrez présenter une nouvelle demande pour le trimestre d'hiver 2027 à partir du 1er septembre.

Nous vous prions d'agréer, Monsieur, l'expression de nos salutations distinguées.

Bureau du registraire
École de gestion du Saint-Laurent
Ce courriel est envoyé automatiquement ; merci de ne pas y répondre."""

_nl_fr = """LE COURRIER DE L'EMPLOI - Édition du mardi

Réussir son entrevue en visioconférence : la check-list

Avant : testez le lien la veille, pas cinq minutes avant. Beaucoup de recruteurs nous le disent : un candidat qui ne se connecte pas à l'heure prévue est rarement relancé.

Pendant : regardez la caméra quand vous répondez, gardez vos notes hors écran et ayez un numéro de téléphone de secours.

Après : un courriel de remerciement dans les 24 heures. Si l'employeur reporte ou annule l'entrevue, répondez avec vos disponibilités plutôt que de vous inquiéter.

À lire aussi : « Comment interpréter un refus poli », et notre palmarès des employeurs qui recrutent en logistique à Montréal cet automne.

Vous recevez cette infolettre parce que vous êtes inscrit au Courrier de l'Emploi. Se désabonner : https://courrieremploi.example.ca/desabonner"""

_rmp_ooo = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 26. Juni nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an unser Recruiting-Team unter +49 69 4095 1200.

Mit freundlichen Grüßen
Katrin Albers
Rhein-Main Pharmalogistik GmbH"""

_alert_de_items = [
    ("Junior Disponent (m/w/d) - Frankfurt-Fechenheim",
     "Kontraktlogistik - Vollzeit - Englisch verhandlungssicher",
     "https://jobhafen.example.de/stelle/772301"),
    ("Sachbearbeiter Einkauf (m/w/d) - Offenbach",
     "Pharmagroßhandel - Hybrid - SAP-Kenntnisse von Vorteil",
     "https://jobhafen.example.de/stelle/772355"),
    ("Absage nach dem Vorstellungsgespräch: So reagieren Sie richtig",
     "Ratgeber: warum eine kurze Antwort Türen offen hält.",
     "https://jobhafen.example.de/ratgeber/absage-reagieren"),
    ("Interview auf Englisch? Die zehn häufigsten Fragen",
     "Mit Beispielantworten für Logistik und Einkauf.",
     "https://jobhafen.example.de/ratgeber/interview-englisch"),
]
_alert_de_intro = "Guten Tag Herr Iturriaga-Weiss, hier sind die neuen Stellen zu Ihrem Suchauftrag „Supply Chain Frankfurt“."
_alert_de_footer = "JobHafen GmbH, Hamburg · Suchauftrag abbestellen: https://jobhafen.example.de/abmelden"

_mf_app = """Sehr geehrte Frau Brandt,

hiermit bewerbe ich mich auf die Stelle als Junior Supply Chain Analyst (m/w/d) bei der Mainfracht Logistik, die ich auf JobHafen gefunden habe.

Seit fünf Jahren arbeite ich bei einer Apothekenkette in Guadalajara (Mexiko). Neben der Kasse bin ich für die Inventur der Filiale und den wöchentlichen Fehlmengenbericht zuständig. Ich spreche Spanisch und Englisch fließend, mein Deutsch liegt derzeit auf Niveau B1 (Kurs läuft), und ich lerne SQL und Power BI.

Meinen Lebenslauf finden Sie im Anhang. Über die Gelegenheit zu einem Gespräch würde ich mich sehr freuen.

Mit freundlichen Grüßen
""" + SIG_DE

_flat_de = """Sehr geehrter Herr Iturriaga-Weiss,

vielen Dank für Ihr Interesse an der 2-Zimmer-Wohnung in der Schweizer Straße 41 und für Ihre Teilnahme an der Online-Besichtigung am Dienstag.

Leider müssen wir Ihnen mitteilen, dass sich die Eigentümerin für andere Mietinteressenten entschieden hat. Da Sie derzeit noch keinen Arbeitsvertrag in Deutschland vorlegen können, konnten wir Ihre Unterlagen leider nicht weiter berücksichtigen.

Gerne nehmen wir Sie in unseren Verteiler für künftige Angebote auf.

Mit freundlichen Grüßen
Brigitte Kühn
Hausverwaltung Sachsenhausen
Textorstraße 12 · 60594 Frankfurt am Main · 069 61 99 420"""

_school_de = """Lieber Herr Iturriaga-Weiss,

danke für Ihre Anmeldung zum Einstufungstest. Ihr Termin: Samstag, 17. Oktober 2026, 10:00 Uhr, online über Zoom (den Link erhalten Sie am Vortag).

Leider ist der Abendkurs B1.2 (Dienstag/Donnerstag) bereits ausgebucht. Wir haben Sie auf die Warteliste gesetzt, Sie stehen dort an Position 3. Alternativ hätten wir noch Plätze im Samstagskurs.

Herzliche Grüße
Sabine Roth
Kursorganisation · Sprachinstitut Mainhattan"""

MESSAGES = [
    # ------------------------------------------------------------ Spanish: own mail
    M(kind=O, slug="own_thanks_tapatio", lang="es", key="gct-thanks", parent="gct-seq",
      frm=CANDIDATE, to=[("Mariana Fuentes", "mariana.fuentes@gct.example.mx")],
      date="2026-02-03 18:42", tz="mx",
      subject="Gracias por la entrevista - Analista de Abastecimiento",
      text=GCT_THANKS, cte="8bit"),
    M(kind=O, slug="own_confirms_dfo_call", lang="es", key="dfo-confirm", parent="dfo-screen",
      frm=CANDIDATE, to=[("Lucía Ortega", "lucia.ortega@dfo.example.mx")],
      date="2026-08-14 21:05", tz="mx",
      subject="Re: Llamada inicial - Analista de Cadena de Suministro",
      text=DFO_CONFIRM, cte="qp"),
    M(kind=O, slug="own_apology_aceros", lang="es", key="aceros-apology", parent="aceros-missed",
      frm=CANDIDATE, to=[("Rogelio Garza Treviño", "rogelio.garza@aceros-rn.example.mx")],
      date="2026-03-09 12:15", tz="mx",
      subject="Re: No logramos conectarnos",
      text=reply(ACEROS_APOLOGY, "es", "lun, 9 mar 2026 a las 10:38",
                 "Rogelio Garza Treviño", "rogelio.garza@aceros-rn.example.mx",
                 "Pablo, te estuvimos esperando en Teams desde las 10:00 y no te conectaste."),
      cte="8bit"),
    M(kind=O, slug="own_application_vertice", lang="es", key="ver-own-app",
      frm=CANDIDATE, to=[("Paulina Ochoa", "paulina.ochoa@vertice-consultores.example.mx")],
      date="2026-06-29 08:20", tz="mx",
      subject="Postulación: Analista Supply Chain Advisory",
      text=_ver_app, cte="qp",
      pdfs=[dict(name="CV_Pablo_Iturriaga-Weiss.pdf", title="Pablo Iturriaga-Weiss - CV",
                 lines=["Guadalajara, Jalisco - pablo.iw@example.mx - +52 33 1842 6605",
                        "", "Experiencia",
                        "2021-2026  Cajero y auxiliar de inventario, Farmacias Nuevo Día",
                        "           Conteo cíclico, reporte semanal de faltantes, cierre de caja",
                        "", "Formación",
                        "2025  Fundamentos de Cadena de Suministro (en línea)",
                        "", "Herramientas: Excel avanzado, SQL básico, Power BI (en curso)",
                        "Idiomas: español (nativo), inglés (C1), alemán (B1), francés (A2)"])]),
    M(kind=O, slug="own_asks_to_move_droguerias", lang="es", key="dra-ownmove",
      parent="dra-invite",
      frm=CANDIDATE,
      to=[("Catalina Restrepo Gómez", "catalina.restrepo@drogueriasandinas.example.co")],
      date="2026-02-12 16:02", tz="mx",
      subject="Re: Invitación a videollamada - Analista de Planeación de Demanda",
      text=DRA_OWNMOVE, cte="8bit"),
    M(kind=O, slug="own_followup_hunters", lang="es", key="hun-own-follow", parent="hun-invite",
      frm=CANDIDATE, to=[("Andrés Felipe Mejía", "afmejia@huntersandinos.example.co")],
      date="2026-07-27 11:15", tz="mx",
      subject="Seguimiento entrevista analista de abastecimiento",
      text=HUN_FOLLOW, cte="8bit"),
    M(kind=O, slug="own_forward_rejection_to_friend", lang="es", key="own-fwd-cda",
      frm=CANDIDATE, to=[("Fernanda Lugo", "ferlugo@correo.example.mx")],
      date="2026-05-06 19:48", tz="mx",
      subject="Fwd: Resolución de su postulación: Analista de Logística",
      text=_fwd_text, cte="qp"),
    M(kind=O, slug="own_declines_castellana", lang="es", key="own-decline-cas",
      parent="cas-offer",
      frm=CANDIDATE, to=[("Beatriz Llorente", "beatriz.llorente@dfcastellana.example.es")],
      date="2026-09-28 09:30", tz="mx",
      subject="Re: Oferta - Técnico de Aprovisionamiento",
      text=_decline_text, html=simple_html(_decline_text), cte="qp"),
    # ------------------------------------------------------------ Spanish: lists, notices
    M(kind=O, slug="bolsa_tapatia_alert", lang="es", key="alert-bt",
      frm=("Bolsa Tapatía de Empleo", "alertas@bolsatapatia.example.mx"),
      date="2026-03-02 07:00", tz="mx",
      subject="5 vacantes nuevas para «analista logística Guadalajara»",
      text=digest_text("Tus vacantes de hoy", _alert_intro, _alert_items, _alert_footer),
      html=newsletter_html("Tus vacantes de hoy", "#c2410c", _alert_intro, _alert_items,
                           _alert_footer),
      headers=list_headers("Alertas Bolsa Tapatia <alertas.bolsatapatia.example.mx>",
                           "https://bolsatapatia.example.mx/baja?u=7781",
                           "baja@bolsatapatia.example.mx"),
      cte="qp"),
    M(kind=O, slug="carrera_logistica_newsletter", lang="es", key="nl-cl",
      frm=("Carrera Logística", "boletin@carreralogistica.example.mx"),
      date="2026-04-15 06:30", tz="mx",
      subject="Cómo responder a un correo de rechazo sin quemar puentes",
      subject_enc=("iso-8859-1", "Q"),
      text=_nl_article, charset="iso-8859-1", cte="qp",
      headers=list_headers("<boletin.carreralogistica.example.mx>",
                           "https://carreralogistica.example.mx/baja",
                           "baja@carreralogistica.example.mx")),
    M(kind=O, slug="enlacepro_weekly", lang="es", key="notif-ep",
      frm=("EnlacePro", "notificaciones@enlacepro.example.mx"),
      date="2026-05-11 08:15", tz="mx",
      subject="Pablo, tu perfil apareció en 23 búsquedas",
      text=_notif_text, html=simple_html(_notif_text), cte="b64",
      headers={"List-Unsubscribe": "<https://enlacepro.example.mx/ajustes/correo>",
               "Auto-Submitted": "auto-generated"}),
    M(kind=O, slug="bank_credit_interview", lang="es", key="bank-cita",
      frm=("Banco de Occidente Mexicano", "citas-noreply@bancooccidente.example.mx"),
      date="2026-04-18 13:02", tz="mx",
      subject="Confirmación de cita: entrevista de crédito hipotecario",
      text=_bank_text, cte="qp", headers={"Auto-Submitted": "auto-generated"}),
    M(kind=O, slug="landlord_no_renewal", lang="es", key="landlord",
      contact="ramiro.elizondo@correo.example.mx",
      frm=("Ramiro Elizondo", "ramiro.elizondo@correo.example.mx"),
      date="2026-04-27 17:20", tz="mx",
      subject="Renovación del contrato, depto 4",
      text=_landlord_text, cte="8bit"),
    M(kind=O, slug="diplomado_not_admitted", lang="es", key="diplomado",
      contact="gabriela.sandoval@uoccidente.example.mx",
      frm=("Gabriela Sandoval Ríos", "gabriela.sandoval@uoccidente.example.mx"),
      date="2026-07-02 12:00", tz="mx",
      subject="Resultado de admisión - Diplomado en Logística y Cadena de Suministro",
      text=_diplomado_text, charset="windows-1252", cte="qp"),
    M(kind=O, slug="clinic_reminder", lang="es", key="clinic",
      frm=("Clínica San Javier", "recordatorios@clinicasanjavier.example.mx"),
      date="2026-06-08 09:00", tz="mx",
      subject="Recordatorio de tu cita - miércoles 10 de junio",
      html=_doctor_html, cte="qp", headers={"Auto-Submitted": "auto-generated"}),
    M(kind=O, slug="package_delayed", lang="es", key="pkg-es",
      frm=("Paquetería Relámpago", "notificaciones@relampago.example.mx"),
      date="2026-02-24 11:45", tz="mx",
      subject="Tu envío RLM 5520 8813 42 viene con retraso",
      text=_package_text, cte="b64"),
    M(kind=O, slug="gps_position_report", lang="es", key="gps",
      frm=("RastreoMX", "avisos@rastreomx.example.mx"),
      date="2026-08-21 14:07", tz="mx",
      subject="Posición actual de tu envío 7741-JAL",
      text=_gps_text, cte="8bit", headers={"Auto-Submitted": "auto-generated"}),
    M(kind=O, slug="friend_own_rejection", lang="es", key="friend-es",
      contact="ferlugo@correo.example.mx",
      frm=("Fer Lugo", "ferlugo@correo.example.mx"),
      date="2026-03-12 22:31", tz="mx",
      subject="ya me contestaron 🙃",
      subject_enc=("utf-8", "B"),
      text=_friend_text, cte="8bit"),
    M(kind=O, slug="tapatio_out_of_office", lang="es", key="gct-ooo", parent="gct-thanks",
      contact="mariana.fuentes@gct.example.mx",
      frm=("Mariana Fuentes", "mariana.fuentes@gct.example.mx"),
      date="2026-02-03 18:43", tz="mx",
      subject="Respuesta automática: Gracias por la entrevista - Analista de Abastecimiento",
      text=_gct_ooo, cte="qp",
      headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}),
    M(kind=O, slug="headhunter_cold_hello", lang="es", key="cold-es",
      contact="rodrigo.salcedo@busquedaoccidente.example.mx",
      frm=("Rodrigo Salcedo", "rodrigo.salcedo@busquedaoccidente.example.mx"),
      date="2026-01-20 10:12", tz="mx",
      subject="Tu perfil en EnlacePro",
      text=_cold_hh, html=outlook_html(_cold_hh), cte="qp"),
    M(kind=O, slug="podcast_guest_request", lang="es", key="podcast",
      contact="monica@cadenadevalor.example.mx",
      frm=("Mónica Arreola", "monica@cadenadevalor.example.mx"),
      name_enc=("iso-8859-1", "Q"),
      date="2026-02-26 16:50", tz="mx",
      subject="¿Te entrevistamos para Cadena de Valor?",
      text=_podcast_text, cte="qp"),
    M(kind=O, slug="user_research_empleosya", lang="es", key="ux-es",
      contact="ximena.rivas@empleosya.example.mx",
      frm=("Ximena Rivas", "ximena.rivas@empleosya.example.mx"),
      date="2026-05-20 11:30", tz="mx",
      subject="¿Nos regalas 30 minutos? Entrevista de investigación",
      text=_ux_text, html=ats_card("EmpleosYa · Investigación", "#16a34a", _ux_text,
                                   "EmpleosYa, Av. Chapultepec 15, Guadalajara."),
      cte="qp"),
    M(kind=O, slug="store_manager_shifts", lang="es", key="shifts",
      contact="leonel.camarena@farmaciasnuevodia.example.mx",
      frm=("Leonel Camarena", "leonel.camarena@farmaciasnuevodia.example.mx"),
      date="2026-04-16 20:05", tz="mx",
      subject="Turnos semana 20 abril - Chapalita",
      text=_shift_text, charset="windows-1252", cte="8bit"),
    M(kind=O, slug="colegio_webinar_list", lang="es", key="webinar",
      frm=("Colegio de Profesionales en Logística de Jalisco", "no-reply@cplj.example.mx"),
      date="2026-07-06 09:00", tz="mx",
      subject="Actividades de julio: webinar de entrevistas por competencias",
      text=digest_text("Agenda de julio", _webinar_intro, _webinar_items, _webinar_footer),
      html=newsletter_html("Agenda de julio", "#1e40af", _webinar_intro, _webinar_items,
                           _webinar_footer),
      headers=list_headers("Agremiados CPLJ <agremiados.cplj.example.mx>",
                           "https://cplj.example.mx/baja", "baja@cplj.example.mx"),
      cte="qp"),
    M(kind=O, slug="empleos_andinos_alert", lang="es", key="alert-co",
      frm=("Empleos Andinos", "alertas@empleosandinos.example.co"),
      date="2026-01-26 06:45", tz="bog",
      subject="Nuevas ofertas: logística farmacéutica",
      html=newsletter_html("Ofertas de la semana", "#047857", _co_intro, _co_items, _co_footer),
      headers=list_headers("<ofertas.empleosandinos.example.co>",
                           "https://empleosandinos.example.co/alertas",
                           "cancelar@empleosandinos.example.co"),
      cte="b64"),
    M(kind=O, slug="gym_waitlist_position", lang="es", key="gym",
      frm=("Club Deportivo Providencia", "avisos@clubprovidencia.example.mx"),
      date="2026-01-08 19:10", tz="mx",
      subject="Lista de espera: Natación Adultos",
      text=_gym_text, cte="qp"),
    M(kind=O, slug="course_certificate_offer", lang="es", key="course",
      frm=("Aprende+", "hola@aprendemas.example.mx"),
      date="2026-05-18 15:00", tz="mx",
      subject="¡Completaste tu curso! + oferta especial",
      text=_course_text, html=simple_html(_course_text), cte="qp",
      headers=list_headers("<promos.aprendemas.example.mx>",
                           "https://aprendemas.example.mx/baja",
                           "baja@aprendemas.example.mx")),
    M(kind=O, slug="agency_weekly_openings", lang="es", key="agency-nl",
      frm=("Talento Logístico", "boletin@talentologistico.example.mx"),
      date="2026-08-10 08:00", tz="mx",
      subject="Vacantes de la semana: tráfico, almacén y planeación",
      text=digest_text("Vacantes de la semana", _agency_intro, _agency_items, _agency_footer),
      html=newsletter_html("Vacantes de la semana", "#9333ea", _agency_intro, _agency_items,
                           _agency_footer),
      headers=list_headers("Candidatos Talento Logistico <candidatos.talentologistico.example.mx>",
                           "https://talentologistico.example.mx/baja",
                           "baja@talentologistico.example.mx"),
      cte="qp"),
    M(kind=O, slug="visa_interview_appointment", lang="es", key="visa",
      frm=("Servicio de Citas Consulares", "no-reply@citasconsulares.example.mx"),
      date="2026-05-29 23:12", tz="mx",
      subject="Confirmación de cita - Entrevista consular",
      text=_visa_text, cte="qp", headers={"Auto-Submitted": "auto-generated"}),
    # ------------------------------------------------------------ English
    M(kind=O, slug="own_thanks_gulfcoast", lang="en", key="gcmd-thanks", parent="gcmd-update",
      frm=CANDIDATE, to=[("Megan Alvarez", "megan.alvarez@gcmd.example.com")],
      date="2026-04-22 17:10", tz="mx",
      subject="Thank you - Supply Chain Analyst interview",
      text=_gcmd_thanks, cte="7bit"),
    M(kind=O, slug="own_application_coastal", lang="en", key="cg-own-app",
      frm=CANDIDATE, to=[("Brianna Scott", "brianna.scott@coastalgrocers.example.com")],
      date="2026-06-08 10:02", tz="mx",
      subject="Application - Replenishment Analyst (Req. 4471)",
      text=_cg_app, cte="7bit",
      pdfs=[dict(name="Pablo_Iturriaga-Weiss_Resume.pdf", title="Pablo Iturriaga-Weiss",
                 lines=["Guadalajara, Mexico | pablo.iw@example.mx | +52 33 1842 6605",
                        "", "EXPERIENCE",
                        "2021-2026  Cashier & inventory assistant, Farmacias Nuevo Día",
                        "", "EDUCATION",
                        "2025  Supply Chain Fundamentals certificate (online)",
                        "", "SKILLS: Excel, SQL (basic), Power BI, Spanish/English"])]),
    M(kind=O, slug="hirewire_job_alert", lang="en", key="alert-en",
      frm=("HireWire Job Alerts", "alerts@hirewire.example.com"),
      date="2026-05-27 12:00", tz="utc",
      subject="2 new jobs for 'supply chain analyst, Houston'",
      text=digest_text("Your job alert", _alert_en_intro, _alert_en_items, _alert_en_footer),
      html=newsletter_html("Your job alert", "#2563eb", _alert_en_intro, _alert_en_items,
                           _alert_en_footer, lang="en"),
      headers=list_headers("HireWire alerts <alerts.hirewire.example.com>",
                           "https://hirewire.example.com/u/88a1",
                           "unsubscribe@hirewire.example.com"),
      cte="7bit"),
    M(kind=O, slug="supply_chain_switch_issue", lang="en", key="nl-en",
      frm=("The Supply Chain Switch", "newsletter@supplychainswitch.example.com"),
      date="2026-06-30 13:00", tz="utc",
      subject="Five interview mistakes career changers make",
      text=_article_en, cte="7bit",
      headers=list_headers("<switch.supplychainswitch.example.com>",
                           "https://supplychainswitch.example.com/unsubscribe",
                           "leave@supplychainswitch.example.com")),
    M(kind=O, slug="pronet_weekly_digest", lang="en", key="notif-pn",
      frm=("ProNet", "notifications-noreply@pronet.example.com"),
      date="2026-07-13 15:20", tz="utc",
      subject="Pablo, you appeared in 9 searches this week",
      html=_pronet_html, cte="qp",
      headers={"List-Unsubscribe": "<https://pronet.example.com/settings/email>",
               "Auto-Submitted": "auto-generated"}),
    M(kind=O, slug="trinity_out_of_office", lang="en", key="tri-ooo",
      contact="renee.okafor@trinityretail.example.com",
      frm=("Renee Okafor", "renee.okafor@trinityretail.example.com"),
      date="2026-09-22 17:48", tz="hou",
      subject="Automatic reply: Thank you - Replenishment Analyst interview",
      text=_tri_ooo, cte="7bit",
      headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}),
    M(kind=O, slug="parcel_delayed_customs", lang="en", key="pkg-en",
      frm=("ParcelRun", "noreply@parcelrun.example.com"),
      date="2026-03-03 04:30", tz="utc",
      subject="Unfortunately, your package is delayed",
      text=_package_en, html=simple_html(_package_en, "en"), cte="qp"),
    M(kind=O, slug="friend_final_round_no", lang="en", key="friend-en",
      contact="devon.price@mailbox.example.com",
      frm=("Devon Price", "devon.price@mailbox.example.com"),
      date="2026-04-24 20:14", tz="hou",
      subject="well that happened",
      text=_friend_en, cte="7bit"),
    M(kind=O, slug="recruiter_cold_connect", lang="en", key="cold-en",
      contact="hannah.lindqvist@northbridgesearch.example.com",
      frm=("Hannah Lindqvist", "hannah.lindqvist@northbridgesearch.example.com"),
      date="2026-06-15 14:40", tz="hou",
      subject="Loved your post - let's connect",
      text=_cold_en, cte="7bit"),
    M(kind=O, slug="pronet_user_research", lang="en", key="ux-en",
      contact="maya.feldman@pronet.example.com",
      frm=("Maya Feldman", "maya.feldman@pronet.example.com"),
      date="2026-08-26 18:05", tz="utc",
      subject="Research interview invitation ($50 thank-you)",
      text=_ux_en, html=simple_html(_ux_en, "en"), cte="7bit"),
    M(kind=O, slug="sendpeso_waitlist", lang="en", key="waitlist",
      frm=("SendPeso", "hello@sendpeso.example.com"),
      date="2026-02-05 16:00", tz="utc",
      subject="You're #2,481 on the waitlist",
      text=_waitlist_en, cte="7bit",
      headers=list_headers("<waitlist.sendpeso.example.com>",
                           "https://sendpeso.example.com/unsub",
                           "unsub@sendpeso.example.com")),
    M(kind=O, slug="msc_admission_declined", lang="en", key="msc",
      frm=("Gulf Coast University Online Admissions", "no-reply@apply.gcu-online.example.edu"),
      date="2026-07-20 21:00", tz="hou",
      subject="Your admission decision - Online MSc Supply Chain Management",
      text=_msc_text, html=ats_card("Gulf Coast University Online", "#7c2d12", _msc_text,
                                    "Office of Graduate Admissions", lang="en"),
      cte="qp"),
    M(kind=O, slug="magazine_interview_request", lang="en", key="press",
      contact="owen.hartley@scqamericas.example.com",
      frm=("Owen Hartley", "owen.hartley@scqamericas.example.com"),
      date="2026-09-09 09:25", tz="hou",
      subject="Interview request: career changers feature",
      text=_press_en, cte="7bit"),
    # ------------------------------------------------------------ French
    M(kind=O, slug="own_reply_saint_laurent", lang="fr", key="lsl-own", parent="lsl-cancel",
      frm=CANDIDATE,
      to=[("Geneviève Tremblay", "genevieve.tremblay@logistiquesl.example.ca")],
      date="2026-05-14 15:20", tz="mx",
      subject="RE: Annulation : Entrevue Analyste en approvisionnement",
      text=LSL_OWN, charset="iso-8859-1", cte="qp"),
    M(kind=O, slug="emplois_logistique_alert", lang="fr", key="alert-fr",
      frm=("Emplois Logistique QC", "alertes@emploislogistique.example.ca"),
      date="2026-05-25 07:30", tz="mtl",
      subject="3 nouvelles offres : approvisionnement Montréal",
      text=digest_text("Vos alertes emploi", _alert_fr_intro, _alert_fr_items, _alert_fr_footer),
      html=newsletter_html("Vos alertes emploi", "#be185d", _alert_fr_intro, _alert_fr_items,
                           _alert_fr_footer, lang="fr"),
      headers=list_headers("<alertes.emploislogistique.example.ca>",
                           "https://emploislogistique.example.ca/desabonnement",
                           "desabonnement@emploislogistique.example.ca"),
      cte="qp"),
    M(kind=O, slug="horizon_out_of_office", lang="fr", key="rh-ooo",
      contact="mgagnon@recrutementhorizon.example.ca",
      frm=("Mathieu Gagnon", "mgagnon@recrutementhorizon.example.ca"),
      date="2026-09-08 08:02", tz="mtl",
      subject="Réponse automatique : Disponibilités pour l'entrevue",
      text=_rh_ooo, cte="qp",
      headers={"Auto-Submitted": "auto-replied"}),
    M(kind=O, slug="certificat_admission_refusee", lang="fr", key="cert-fr",
      frm=("École de gestion du Saint-Laurent", "ne-pas-repondre@egsl.example.ca"),
      date="2026-08-18 10:00", tz="mtl",
      subject="Décision d'admission - Certificat en gestion de la chaîne d'approvisionnement",
      subject_enc=("iso-8859-1", "B"),
      text=_cert_fr, charset="iso-8859-1", cte="b64"),
    M(kind=O, slug="courrier_emploi_newsletter", lang="fr", key="nl-fr",
      frm=("Le Courrier de l'Emploi", "infolettre@courrieremploi.example.ca"),
      date="2026-10-13 06:00", tz="mtl",
      subject="Réussir son entrevue en visioconférence",
      text=_nl_fr, html=simple_html(_nl_fr, "fr"), cte="qp",
      headers=list_headers("<infolettre.courrieremploi.example.ca>",
                           "https://courrieremploi.example.ca/desabonner",
                           "desabonner@courrieremploi.example.ca")),
    # ------------------------------------------------------------ German
    M(kind=O, slug="rheinmain_abwesenheit", lang="de", key="rmp-ooo",
      contact="katrin.albers@rmpharmalogistik.example.de",
      frm=("Katrin Albers", "katrin.albers@rmpharmalogistik.example.de"),
      date="2026-06-22 09:14", tz="fra",
      subject="Abwesenheitsnotiz: Rückfrage zum Assessment-Center",
      subject_enc=("iso-8859-1", "Q"),
      text=_rmp_ooo, charset="iso-8859-1", cte="qp",
      headers={"Auto-Submitted": "auto-replied"}),
    M(kind=O, slug="jobhafen_suchauftrag", lang="de", key="alert-de",
      frm=("JobHafen", "suchauftrag@jobhafen.example.de"),
      date="2026-09-03 05:00", tz="fra",
      subject="4 neue Treffer für Ihren Suchauftrag „Supply Chain Frankfurt“",
      text=digest_text("Ihr Suchauftrag", _alert_de_intro, _alert_de_items, _alert_de_footer),
      html=newsletter_html("Ihr Suchauftrag", "#0369a1", _alert_de_intro, _alert_de_items,
                           _alert_de_footer, lang="de"),
      headers=list_headers("<suchauftrag.jobhafen.example.de>",
                           "https://jobhafen.example.de/abmelden",
                           "abmelden@jobhafen.example.de"),
      cte="qp"),
    M(kind=O, slug="own_bewerbung_mainfracht", lang="de", key="mf-own-app",
      frm=CANDIDATE, to=[("Miriam Brandt", "miriam.brandt@mainfracht.example.de")],
      date="2026-09-07 07:40", tz="mx",
      subject="Bewerbung als Junior Supply Chain Analyst (m/w/d)",
      text=_mf_app, cte="qp",
      pdfs=[dict(name="Lebenslauf_Iturriaga-Weiss.pdf", title="Lebenslauf Pablo Iturriaga-Weiss",
                 lines=["Guadalajara, Mexiko - pablo.iw@example.mx",
                        "", "Berufserfahrung",
                        "2021-2026  Kassierer und Inventurassistent, Farmacias Nuevo Día",
                        "", "Sprachen: Spanisch (Muttersprache), Englisch (C1), Deutsch (B1)"])]),
    M(kind=O, slug="wohnung_absage", lang="de", key="flat-de",
      contact="b.kuehn@hv-sachsenhausen.example.de",
      frm=("Brigitte Kühn", "b.kuehn@hv-sachsenhausen.example.de"),
      date="2026-10-09 14:30", tz="fra",
      subject="Ihre Anfrage: 2-Zimmer-Wohnung Schweizer Straße 41",
      subject_enc=("utf-8", "Q"),
      text=_flat_de, html=outlook_html(_flat_de, "de"), cte="qp"),
    M(kind=O, slug="sprachschule_warteliste", lang="de", key="school-de",
      contact="s.roth@sprachinstitut-mainhattan.example.de",
      frm=("Sabine Roth", "s.roth@sprachinstitut-mainhattan.example.de"),
      date="2026-10-12 11:10", tz="fra",
      subject="Einstufungstest und Warteliste B1.2",
      text=_school_de, cte="b64"),
]
