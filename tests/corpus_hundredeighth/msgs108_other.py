"""Everything else in the hundredeighth mailbox: lookalikes, newsletters, own mail, friends."""

from msgs108_common import CAND_FULL, M

NEWS_ES = [("5 errores que hacen que te rechacen en la primera entrevista", "https://news.farmaempleo.example.co/c/a1"),
           ("¿Faltaste a una entrevista? Cómo recuperar la oportunidad", "https://news.farmaempleo.example.co/c/a2"),
           ("Vacantes destacadas: regulatorio en Bogotá y Lima", "https://news.farmaempleo.example.co/c/a3")]

MSGS = [
    M("other", "newsletter_rejection_advice_es", "FarmaEmpleo Boletín <boletin@farmaempleo.example.co>",
      "Boletín #48: Cómo leer un 'lamentablemente' (y qué hacer después)", "2026-02-03 06:00 -0500", "es", """
Hola, colega farmacéutica:

Esta semana hablamos de algo que todos vivimos: el correo que empieza con "lamentablemente no continuará en el proceso". Te contamos cómo pedir retroalimentación, cuándo volver a postularte a la misma empresa y por qué una entrevista perdida no es el fin del mundo.

Además, nuestra selección de ofertas en asuntos regulatorios y farmacovigilancia.
""", struct="html", list=True, html_shell=("news", {"title": "FarmaEmpleo · Boletín semanal", "items": NEWS_ES, "unsub": "https://news.farmaempleo.example.co/unsub?u=cro"})),

    M("other", "job_alert_digest_es", "Alertas Computrabajo <alertas@computrabajo-mail.example.com>",
      "12 nuevas ofertas de Químico Farmacéutico en Medellín", "2026-03-01 07:15 -0500", "es", """
Hola Camila, estas son las ofertas nuevas que coinciden con tu alerta "químico farmacéutico regulatorio":

- Analista de Asuntos Regulatorios - Laboratorios Andinos Farma - Medellín
- Químico Farmacéutico Farmacovigilancia - Clínica del Norte - Bello
- Director Técnico - Droguería Central - Envigado
- Regente de Farmacia - Farmacia 24h - Medellín

Postúlate antes de que cierren. ¡La entrevista de tus sueños puede estar a un clic!
""", struct="html", list=True, html_shell=("news", {"title": "Tus alertas de empleo", "items": [("Ver las 12 ofertas", "https://e.computrabajo-mail.example.com/c/12"), ("Editar alerta", "https://e.computrabajo-mail.example.com/c/edit")], "unsub": "https://e.computrabajo-mail.example.com/unsub?a=77", "color": "#0c4a8e"})),

    M("other", "podcast_interview_invite", "Sebastián Londoño <sebas@podcastfarmacia.example.co>",
      "Invitación a entrevista para el podcast 'Dosis Exacta'", "2026-04-08 13:30 -0500", "es", """
Hola Camila,

Soy Sebastián, conduzco el podcast Dosis Exacta sobre farmacia y salud pública. Vi tu charla en el congreso de farmacia hospitalaria y me encantaría entrevistarte para un episodio sobre farmacovigilancia en hospitales. Grabamos en remoto, unos 40 minutos, cuando te quede bien en abril.

¿Te animas?

Sebastián Londoño
Dosis Exacta · podcast
""", contact="sebas@podcastfarmacia.example.co"),

    M("other", "press_interview_journalist", "Valentina Ochoa <vochoa@elcolombianodiario.example.co>",
      "Entrevista para nota sobre desabastecimiento de medicamentos", "2026-05-05 09:50 -0500", "es", """
Buenos días, Camila:

Soy periodista de la sección de Salud de El Colombiano Diario. Estoy preparando una nota sobre el desabastecimiento de medicamentos en Antioquia y me recomendaron hablar contigo por tu experiencia en farmacia hospitalaria. ¿Podría hacerte una entrevista telefónica corta mañana o el jueves?

Gracias,
Valentina Ochoa
Periodista - Salud
""", contact="vochoa@elcolombianodiario.example.co"),

    M("other", "ux_research_interview", "Equipo de Investigación de Rappi Salud <research@rappisalud.example.co>",
      "¿Nos regalas 30 minutos? Entrevista de usuario (con bono)", "2026-06-16 11:00 -0500", "es", """
Hola Camila,

Estamos mejorando la forma en que compras medicamentos en la app y queremos entrevistarte como usuaria. Es una videollamada de 30 minutos con nuestro equipo de diseño, y como agradecimiento te damos un bono de $50.000.

Agenda tu entrevista aquí: https://research.rappisalud.example.co/agenda

Equipo de Investigación de Usuarios
""", struct="html", html_shell=("ats", {"brand": "Rappi Salud", "logo": "https://rappisalud.example.co/logo.png", "color": "#ff441f", "cta": "Agendar entrevista", "footer": "Este es un correo informativo. <a href=\"https://rappisalud.example.co/unsub\">Darme de baja</a>"})),

    M("other", "gps_position", "Waze Viajes <no-reply@waze-trips.example.com>",
      "Tu posición fue compartida con Daniela", "2026-01-24 18:33 -0500", "es", """
Hola Camila,

Tu posición en tiempo real y tu hora estimada de llegada (6:58 p. m.) se compartieron con Daniela durante tu viaje a Envigado. Puedes dejar de compartir en cualquier momento desde la app.
""", struct="html", html_shell=("ats", {"brand": "Waze", "logo": "https://waze-trips.example.com/logo.png", "color": "#33ccff", "footer": "Waze Mobile · <a href=\"https://waze-trips.example.com/settings\">Configurar notificaciones</a>"})),

    M("other", "queue_position_eps", "Turnos EPS Vidasana <turnos@eps-turnos.example.co>",
      "Tu posición en la fila: 14", "2026-02-12 08:05 -0500", "es", """
Camila, tu turno F-214 para Dispensación de Medicamentos está activo. Tu posición actual en la fila es 14. Tiempo estimado de espera: 35 minutos.

Te avisaremos cuando sea tu turno. No respondas este mensaje.
""", cs="iso-8859-1", cte="quoted-printable"),

    M("other", "package_delayed", "Servientrega Notificaciones <notificaciones@servientrega-envios.example.co>",
      "Lamentablemente tu paquete presenta un retraso", "2026-03-06 15:20 -0500", "es", """
Hola CAMILA RESTREPO,

Lamentablemente tu envío No. 2045 8831 907 presenta un retraso por condiciones de la vía Medellín - Bogotá. La nueva fecha estimada de entrega es el 9 de marzo.

Disculpa las molestias. Consulta el estado de tu guía en nuestra página.
""", struct="html", html_shell=("ats", {"brand": "Servientrega", "logo": "https://servientrega-envios.example.co/logo.png", "color": "#00843d", "cta": "Rastrear envío", "footer": "Servientrega S.A. · Este correo es generado automáticamente."})),

    M("other", "bank_loan_received", "Banco de los Andes Crédito <creditos@bancoandes.example.co>",
      "Recibimos tu solicitud de crédito de libre inversión", "2026-04-15 10:40 -0500", "es", """
Hola Camila,

Hemos recibido tu solicitud de crédito de libre inversión No. 88231-04. Nuestro equipo de análisis la revisará y en un plazo máximo de 3 días hábiles te informaremos el resultado.

Banco de los Andes
Vigilado Superintendencia Financiera de Colombia
""", struct="html", html_shell=("ats", {"brand": "Banco de los Andes", "logo": "https://bancoandes.example.co/img/logo.png", "color": "#fdda24", "footer": "Banco de los Andes S.A. · Nunca te pediremos tus claves por correo."})),

    M("other", "bank_loan_declined", "Banco de los Andes <creditos@bancoandes.example.co>",
      "Resultado de tu solicitud de crédito", "2026-04-18 16:02 -0500", "es", """
Hola Camila,

Lamentamos informarte que tu solicitud de crédito de libre inversión No. 88231-04 no fue aprobada en esta ocasión, de acuerdo con nuestras políticas de riesgo. Podrás presentar una nueva solicitud en 90 días.

Banco de los Andes
""", cs="windows-1252", cte="base64"),

    M("other", "flat_application_refused_madrid", "Idealista Alquiler <no-reply@idealista-mail.example.es>",
      "Respuesta del propietario a tu solicitud", "2026-07-27 12:10 +0200", "es", """
Hola Camila:

El propietario del piso en Calle de Embajadores 112 (Madrid) ha revisado tu solicitud de alquiler y ha decidido no seguir adelante con ella. Sigue buscando: hay 342 pisos nuevos en tu zona.
""", struct="html", html_shell=("ats", {"brand": "idealista", "logo": "https://idealista-mail.example.es/logo.png", "color": "#e1f56e", "cta": "Ver pisos nuevos", "footer": "idealista S.A.U. · <a href=\"https://idealista-mail.example.es/baja\">Darse de baja</a>"})),

    M("other", "friend_rejection_story", "Daniela Giraldo <dani.giraldo88@example.co>",
      "jajaja no lo vas a creer", "2026-05-20 21:47 -0500", "es", """
Amiga!! Te cuento que por fin me respondieron de la clínica en Rionegro: me rechazaron después de tres entrevistas 😭 y encima el correo decía "su perfil es muy valioso". Bueno, ya pasó.

Y tú? Cómo vas con lo de España? Te invito un café el sábado y me cuentas.

Dani
""", contact="dani.giraldo88@example.co"),

    M("other", "friend_interview_story_peru", "Mateo Quispe <mateoq@example.pe>",
      "Re: ¿y la entrevista?", "2026-06-09 22:30 -0500", "es", """
Jajaja sí, fue hoy la entrevista con el laboratorio en Surco. Me preguntaron de todo, hasta de BPM de almacenamiento. Creo que me fue bien, me dijeron que la oferta llegaría la próxima semana. Crucemos los dedos.

Oye, si vienes a Lima en julio me avisas!!
Mateo
""", contact="mateoq@example.pe", thread=True,
      quote="""El mar, 9 jun 2026 a las 19:12, Camila Restrepo-Okafor (<camila.ro@example.co>) escribió:
> Mate!! cómo te fue en la entrevista?? cuéntame todo"""),

    M("other", "own_sent_followup_es", CAND_FULL,
      "Seguimiento postulación Analista de Registros", "2026-09-28 16:12 -0500", "es", """
Hola Mauricio, quería saber si hay novedades sobre la vacante de Analista de Registros. Entiendo si ya la cubrieron.

Gracias,
Camila Restrepo-Okafor
Química Farmacéutica | +57 300 555 7788
""", to="Mauricio Lozano <mlozano@farmavalle.example.co>"),

    M("other", "own_sent_application_es", CAND_FULL,
      "Postulación - Especialista en Farmacovigilancia", "2026-01-12 08:45 -0500", "es", """
Estimados señores:

Me permito presentar mi postulación al cargo de Especialista en Farmacovigilancia publicado en su página web. Soy química farmacéutica de la Universidad de Antioquia, con seis años de experiencia en farmacia hospitalaria y programa institucional de farmacovigilancia.

Adjunto mi hoja de vida. Quedo atenta a una posible entrevista.

Cordialmente,
Camila Restrepo-Okafor
""", to="Talento Humano <talento@biocaribe.example.co>", struct="mixed",
      attach=[("HV_Camila_Restrepo-Okafor.pdf", "Camila Restrepo-Okafor\nQuimica Farmaceutica\nHoja de vida")]),

    M("other", "ooo_recruiter_es", "Paula Arango <parango@novabiotica.example.com>",
      "Respuesta automática: Re: Oferta laboral - Especialista en Asuntos Regulatorios", "2026-04-01 12:03 -0500", "es", """
Hola, estoy de vacaciones hasta el 8 de abril sin acceso al correo. Para temas urgentes de selección escribe a talento@novabiotica.example.com.

Paula Arango
""", contact="parango@novabiotica.example.com", thread=True,
      headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}),

    M("other", "cold_outreach_recruiter_es", "Felipe Arbeláez <felipe.arbelaez@huntersalud.example.co>",
      "Oportunidad en asuntos regulatorios - ¿conversamos?", "2026-08-12 10:22 -0500", "es", """
Hola Camila, ¿cómo estás?

Trabajo en Hunter Salud y estoy ayudando a varios laboratorios de genéricos que están armando equipos de asuntos regulatorios en Bogotá y Cali. Tu perfil me pareció muy interesante. ¿Tendrías 15 minutos esta semana para contarte lo que tenemos y conocer qué buscas?

Saludos,
Felipe Arbeláez
Headhunter | Hunter Salud
""", contact="felipe.arbelaez@huntersalud.example.co"),

    M("other", "webinar_registration", "Colegio Nacional de Químicos Farmacéuticos <eventos@cnqf.example.co>",
      "Confirmación de inscripción: Webinar Farmacovigilancia activa", "2026-02-25 17:00 -0500", "es", """
Estimada colegiada:

Su inscripción al webinar "Farmacovigilancia activa: del reporte espontáneo a la gestión de señales" quedó confirmada para el jueves 5 de marzo a las 6:00 p. m.

Recibirá el enlace de acceso una hora antes del evento.
""", struct="html", list=True, html_shell=("news", {"title": "CNQF · Eventos", "items": [("Agregar a mi calendario", "https://cnqf.example.co/ev/cal"), ("Programa completo", "https://cnqf.example.co/ev/prog")], "unsub": "https://cnqf.example.co/unsub?id=cro", "color": "#1565c0"})),

    M("other", "visa_consular_interview", "Sistema de Citas Consulares <citas-noreply@consular-citas.example.com>",
      "Confirmación de cita: entrevista consular", "2026-07-02 09:00 -0500", "es", """
Estimada solicitante CAMILA RESTREPO OKAFOR:

Su cita para la entrevista consular de visa ha sido programada:

Fecha: 22 de julio de 2026
Hora: 07:45
Lugar: Sección Consular, Carrera 45 # 24B-27, Bogotá

Presente su pasaporte y la hoja de confirmación impresa. No se permiten dispositivos electrónicos.
""", cs="iso-8859-1", cte="quoted-printable"),

    M("other", "mom_whatsapp_style", "Beatriz Restrepo <beatriz.restrepo.m@example.co>",
      "mija", "2026-03-28 07:12 -0500", "es", """
Mija como le fue en la entrevista de ayer? No me ha contado nada!! Llameme cuando pueda. Su papa le manda saludes. Lo de la oferta de trabajo que le dijo la tia de Bogota todavia esta?

Besos
Mami
""", contact="beatriz.restrepo.m@example.co"),

    M("other", "salary_article_es", "Glassdoor Perspectivas <perspectivas@glassdoor-news.example.com>",
      "¿Cuánto gana un especialista de asuntos regulatorios en España?", "2026-09-03 08:00 +0200", "es", """
Hola Camila:

Los salarios en asuntos regulatorios crecieron un 6% en España este año. Te contamos cuánto se paga en Madrid y Barcelona, qué piden en las entrevistas y cómo negociar una oferta sin miedo al rechazo.
""", struct="html", list=True, html_shell=("news", {"title": "Perspectivas de carrera", "items": [("Leer el informe", "https://glassdoor-news.example.com/r/1"), ("Comparar salarios", "https://glassdoor-news.example.com/r/2"), ("Empresas mejor valoradas", "https://glassdoor-news.example.com/r/3")], "unsub": "https://glassdoor-news.example.com/unsub?u=9", "color": "#0caa41"})),

    M("other", "own_sent_thanks_es_spain", CAND_FULL,
      "Gracias por la entrevista", "2026-05-15 12:40 -0500", "es", """
Hola Marta:

Muchas gracias por el tiempo de hoy. Me quedé con muchas ganas de formar parte del equipo de Registros. Quedo atenta a los próximos pasos.

Un saludo,
Camila
""", to="Marta Soler <msoler@levanteasociados.example.es>", thread=True),

    M("other", "linkedin_profile_views", "LinkedIn <notifications-noreply@linkedin.example.com>",
      "Camila, 7 personas vieron tu perfil", "2026-06-22 10:00 -0500", "es", """
Tu perfil aparece en búsquedas. 7 personas vieron tu perfil esta semana, entre ellas una persona de Laboratorios Andinos Farma y un reclutador de Hunter Salud.

Prueba Premium gratis para ver quién más lo ha visto.
""", struct="html", list=True, html_shell=("ats", {"brand": "LinkedIn", "logo": "https://static.linkedin.example.com/logo.png", "color": "#0a66c2", "cta": "Ver quién vio tu perfil", "footer": "<a href=\"https://www.linkedin.example.com/unsub\">Cancelar suscripción</a> · LinkedIn Corporation"})),

    M("other", "course_certificate", "Campus Virtual AEMPS-Formación <campus@formacion-regulatoria.example.es>",
      "Tu certificado del curso 'Regulación de medicamentos en la UE'", "2026-10-08 11:11 +0200", "es", """
Hola Camila:

Enhorabuena, has superado el curso "Regulación de medicamentos en la UE: procedimientos centralizado, descentralizado y de reconocimiento mutuo" con una calificación de 9,2. Ya puedes descargar tu certificado desde el campus.

Campus de Formación Regulatoria
""", cs="windows-1252", cte="8bit"),

    M("other", "colleague_reference_request", "Dr. Hernán Upegui <hupegui@hospitalsanvicente.example.co>",
      "Re: referencia laboral", "2026-03-09 20:05 -0500", "es", """
Camila, claro que sí, con mucho gusto te doy la referencia. Si te llaman de NovaBiótica o de cualquier otro lado, diles que me pueden escribir a este correo o llamarme al consultorio.

Éxitos en todo,
Hernán

Dr. Hernán Upegui
Jefe de Servicio Farmacéutico
""", contact="hupegui@hospitalsanvicente.example.co", thread=True),

    M("other", "ooo_spanish_headhunter", "Carmen Vidal <cvidal@kesslervidal.example.es>",
      "Fuera de la oficina: Cambio de fecha – entrevista con el cliente", "2026-08-05 09:00 +0200", "es", """
Gracias por su mensaje. Estaré fuera de la oficina hasta el 24 de agosto con acceso limitado al correo. Para asuntos urgentes, contacte con Iñigo Kessler (ikessler@kesslervidal.example.es).

Carmen Vidal
Kessler & Vidal Executive Search
""", contact="cvidal@kesslervidal.example.es", thread=True,
      headers={"Auto-Submitted": "auto-replied"}),

    # ---- English
    M("other", "newsletter_career_advice_en", "The RAPS Career Digest <digest@regcareers.example.com>",
      "Rejected after the final round? Here's what hiring managers say", "2026-04-07 07:00 -0400", "en", """
This week in the Career Digest:

Being turned down after a final interview is one of the hardest moments in a job search. We asked five regulatory affairs hiring managers why strong candidates get rejected, and what you can do to turn a "no" into a future "yes".

Also inside: how to handle a missed interview, and 23 new regulatory openings across North America.
""", struct="html", list=True, html_shell=("news", {"title": "Regulatory Career Digest", "items": [("Why strong candidates get rejected", "https://regcareers.example.com/t/8a"), ("Missed an interview? Do this first", "https://regcareers.example.com/t/8b"), ("23 new openings", "https://regcareers.example.com/t/8c")], "unsub": "https://regcareers.example.com/unsub?u=cro", "color": "#283593"})),

    M("other", "job_alert_indeed_en", "Indeed <alert@indeed-mail.example.com>",
      "15 new Regulatory Affairs jobs in Toronto, ON", "2026-05-03 06:30 -0400", "en", """
Regulatory Affairs Specialist - Northbridge Pharmaceuticals - Mississauga, ON
Drug Safety Associate - Lumen Safety Labs - Toronto, ON
Pharmacovigilance Specialist - Pharma Boréal - Toronto, ON
Easily apply. Responsive employer.
""", struct="html", list=True, html_shell=("news", {"title": "Indeed Job Alert", "items": [("See all 15 jobs", "https://indeed-mail.example.com/rc/clk?jk=1"), ("Manage alerts", "https://indeed-mail.example.com/alerts")], "unsub": "https://indeed-mail.example.com/unsub?jk=cro", "color": "#2557a7"})),

    M("other", "podcast_en", "Rachel Moss <rachel@drugsafetypod.example.com>",
      "Guest interview on The Signal podcast?", "2026-07-15 12:45 -0400", "en", """
Hi Camila,

I host The Signal, a podcast on pharmacovigilance careers. A listener pointed me to your LinkedIn post about moving from hospital pharmacy into drug safety — would you be up for a 45-minute interview? We record over Riverside, any weekday in August.

Cheers,
Rachel Moss
Host, The Signal
""", contact="rachel@drugsafetypod.example.com"),

    M("other", "user_research_en", "Maya from PillApp Research <maya.r@pillapp.example.com>",
      "Quick interview about your pharmacy workflow? ($75 gift card)", "2026-02-19 14:00 -0500", "en", """
Hi Camila,

I'm a UX researcher at PillApp. We're interviewing pharmacists about how they track adverse drug reactions. Would you join a 45-minute remote interview? You'll get a $75 gift card as a thank-you.

Just reply with a couple of times that work.

Maya Rosen
User Research, PillApp
""", contact="maya.r@pillapp.example.com"),

    M("other", "package_delayed_en", "Amazon.example Shipping <shipment-tracking@amazon-ship.example.com>",
      "Unfortunately, your package is delayed", "2026-08-25 09:30 -0400", "en", """
Hello Camila,

Unfortunately, your package with "Pharmacology Review Flashcards, 3rd ed." is running late. We now expect it to arrive by Thursday, August 27. We're sorry for the inconvenience.
""", struct="html", html_shell=("ats", {"brand": "Amazon.example", "logo": "https://amazon-ship.example.com/logo.png", "color": "#232f3e", "cta": "Track package", "footer": "This email was sent from a notification-only address that cannot accept incoming email."})),

    M("other", "loan_declined_en", "Maple Leaf Bank <notices@mapleleafbank.example.ca>",
      "Your credit application has been declined", "2026-09-29 10:15 -0400", "en", """
Dear Camila Restrepo-Okafor,

Thank you for applying for a Maple Leaf Bank newcomer credit card. After reviewing your application, we are unable to approve it at this time because we could not verify your Canadian credit history.

You may reapply after 6 months.

Maple Leaf Bank
""", struct="alt", html_shell=("ats", {"brand": "Maple Leaf Bank", "logo": "https://mapleleafbank.example.ca/logo.png", "color": "#c8102e", "footer": "Maple Leaf Bank is a member of CDIC. Do not reply to this email."})),

    M("other", "apartment_rejected_toronto", "Rentals at Queen West Lofts <leasing-noreply@qwlofts.example.ca>",
      "Your rental application - Unit 804", "2026-09-18 16:40 -0400", "en", """
Hi Camila,

Thank you for your application for Unit 804. Unfortunately the landlord has selected another applicant. Your application fee will be refunded within 5 business days.
"""),

    M("other", "own_sent_en", CAND_FULL,
      "Re: Second interview - Trialpath", "2026-04-28 12:02 -0500", "en", """
Hi Carlos,

Monday at 1pm ET works perfectly. I'll join on Teams since I'll still be in Medellín.

Thanks,
Camila
""", to="Carlos Méndez <cmendez@trialpath.example.com>", thread=True),

    M("other", "ooo_en", "Maria Kowalski <maria.kowalski@veridiancr.example.com>",
      "Automatic reply: Thank you", "2026-03-20 09:01 -0400", "en", """
Thanks for your email. I'm out of the office until Monday, March 30. For anything urgent regarding recruiting, please contact recruiting@veridiancr.example.com.

Maria
""", contact="maria.kowalski@veridiancr.example.com", thread=True, headers={"Auto-Submitted": "auto-replied"}),

    M("other", "cold_outreach_en", "Tyler Brooks <tyler@medstaffusa.example.com>",
      "Bilingual Pharmacovigilance roles - Miami", "2026-06-04 15:55 -0400", "en", """
Hey Camila!!

Came across your profile and WOW — bilingual PV experience is EXACTLY what my clients in Miami are looking for! I have 3 contract roles (Drug Safety Specialist, 12 months, hybrid) that pay really well. Open to a quick call this week??

Tyler Brooks
Senior Recruiter | MedStaff USA
Text me: (786) 555-0133
""", contact="tyler@medstaffusa.example.com"),

    M("other", "friend_en_toronto", "Priya Nair <priya.nair.rx@example.ca>",
      "Toronto intel 🍁", "2026-05-27 20:20 -0400", "en", """
Hey Cam,

So I had my interview at Pharma Boréal today, same team you applied to! They asked a ton about PSURs. I'll tell you everything on Sunday. Also my landlord said no to my cousin's application, so the Queen West place is open if you still want to look.

P.
""", contact="priya.nair.rx@example.ca"),

    M("other", "conference_registration_en", "DIA Annual Meeting Registration <registration@diaglobal-events.example.org>",
      "Registration received - DIA 2026 Global Annual Meeting", "2026-04-30 11:00 -0400", "en", """
Dear Camila Restrepo-Okafor,

Your registration for the DIA 2026 Global Annual Meeting (Philadelphia, June 14-18) has been received. Registration ID: DIA26-118203. Your invoice is available in your account.
""", struct="alt", html_shell=("ats", {"brand": "DIA Global", "logo": "https://diaglobal-events.example.org/logo.png", "color": "#00509e", "cta": "View my registration", "footer": "DIA, 1 Liberty Place, Philadelphia PA. <a href=\"https://diaglobal-events.example.org/prefs\">Email preferences</a>"})),

    M("other", "gps_en_rideshare", "Uber Receipts <noreply@uber-mail.example.com>",
      "Your Thursday morning trip with Uber", "2026-07-16 10:40 -0400", "en", """
Thanks for riding, Camila. Total: $23.41. Your driver lost GPS position near Brickell Ave, so your route was recalculated. Rate your trip.
""", struct="html", html_shell=("ats", {"brand": "Uber", "logo": "https://uber-mail.example.com/logo.png", "color": "#000000", "footer": "Uber Technologies Inc."})),

    M("other", "webinar_en_interview_skills", "Career Services - Bayshore Alumni <alumni-careers@bayshore.example.edu>",
      "Webinar: Acing the behavioral interview", "2026-02-06 09:00 -0500", "en", """
Join Bayshore Career Services on February 12 for a free webinar on behavioral interviews, handling rejection, and following up with recruiters. Open to all alumni and guests.
""", struct="html", list=True, html_shell=("news", {"title": "Bayshore Career Services", "items": [("Register now", "https://bayshore.example.edu/ev/reg"), ("Past recordings", "https://bayshore.example.edu/ev/rec")], "unsub": "https://bayshore.example.edu/unsub?u=1", "color": "#b71c1c"})),

    M("other", "recruiter_connect_en", "Jess Park <jess@lumensafety.example.ca>",
      "Coffee chat?", "2026-10-07 13:13 -0400", "en", """
Hi Camila, I'm the recruiter at Lumen — we're not hiring for PV right now but I'd love a casual coffee chat when you land in Toronto, to keep in touch for next year. No interview, promise :)

Jess
""", contact="jess@lumensafety.example.ca"),

    # ---- French
    M("other", "newsletter_fr", "Lettre Carrières Santé <lettre@carrieres-sante.example.ca>",
      "Refus après entrevue : comment rebondir", "2026-03-12 07:00 -0400", "fr", """
Dans ce numéro : comment demander une rétroaction après un refus, que faire si vous avez manqué une entrevue, et les nouveaux postes en affaires réglementaires au Québec et en Ontario.
""", struct="html", list=True, html_shell=("news", {"title": "Carrières Santé – la lettre", "items": [("Rebondir après un refus", "https://carrieres-sante.example.ca/l/1"), ("Entrevue manquée : que faire ?", "https://carrieres-sante.example.ca/l/2"), ("Offres d'emploi", "https://carrieres-sante.example.ca/l/3")], "unsub": "https://carrieres-sante.example.ca/desabonnement?u=cro", "color": "#006064"})),

    M("other", "ooo_fr", "Julie Lavoie <julie.lavoie@bellerive.example.ca>",
      "Réponse automatique : Entrevue téléphonique de ce matin", "2026-04-01 08:00 -0400", "fr", """
Bonjour,

Je suis absente du bureau jusqu'au 6 avril inclusivement. Pour toute question urgente, veuillez écrire à recrutement@bellerive.example.ca.

Julie Lavoie
""", contact="julie.lavoie@bellerive.example.ca", thread=True, headers={"Auto-Submitted": "auto-replied"},
      cs="iso-8859-1", cte="quoted-printable"),

    M("other", "cold_outreach_fr", "Mathieu Bélanger <mbelanger@recrutementpharma.example.ca>",
      "Votre profil en pharmacovigilance", "2026-06-10 10:10 -0400", "fr", """
Bonjour Camila,

Je suis chasseur de têtes spécialisé en sciences de la vie à Toronto et à Montréal. Votre parcours en pharmacie hospitalière et votre bilinguisme espagnol-anglais m'intéressent beaucoup. Seriez-vous disponible pour un court appel de présentation la semaine prochaine ?

Mathieu Bélanger
Associé, Recrutement Pharma Conseil
""", contact="mbelanger@recrutementpharma.example.ca"),

    M("other", "friend_fr", "Chloé Dubois <chloe.dubois@example.fr>",
      "nouvelles de Lyon", "2026-08-09 18:25 +0200", "fr", """
Coucou Camila !

Alors, j'ai eu ma réponse pour le poste à Genève : refusée, encore une fois, après deux entretiens… Je commence à connaître les formules par cœur. Bref. Et toi, tu as des nouvelles de Toronto ? Tu viens toujours à Barcelone en septembre ?

Bises,
Chloé
""", contact="chloe.dubois@example.fr"),

    M("other", "own_sent_fr", CAND_FULL,
      "Re: Offre d'emploi – Conseillère en pharmacovigilance", "2026-06-22 09:30 -0500", "fr", """
Bonjour Sophie,

Je vous remercie pour cette offre. Vous trouverez ci-joint la lettre signée. J'ai hâte de commencer !

Cordialement,
Camila Restrepo-Okafor
""", to="Sophie Gagnon <sgagnon@pharmaboreal.example.ca>", thread=True, struct="mixed",
      attach=[("Lettre_offre_signee.pdf", "Lettre d'offre signee - Camila Restrepo-Okafor")]),

    M("other", "press_interview_fr", "Nadia Tremblay <ntremblay@lepharmacien-mag.example.ca>",
      "Demande d'entrevue – dossier sur les pharmaciens immigrants", "2026-09-10 11:30 -0400", "fr", """
Bonjour Madame Restrepo-Okafor,

Je prépare pour Le Pharmacien Magazine un dossier sur les pharmaciens formés à l'étranger qui s'installent au Canada. Accepteriez-vous de m'accorder une entrevue de 20 minutes par téléphone ? Votre témoignage serait précieux.

Nadia Tremblay, journaliste
""", contact="ntremblay@lepharmacien-mag.example.ca"),

    # ---- German
    M("other", "ooo_de", "Dr. Jens Vogt <j.vogt@vogt-partner.example.com>",
      "Abwesenheitsnotiz: Danke für das Gespräch", "2026-06-17 18:03 +0200", "de", """
Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 18. Juni auf Dienstreise und habe nur eingeschränkt Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an Frau Anja Pfeiffer (a.pfeiffer@vogt-partner.example.com).

Mit freundlichen Grüßen
Dr. Jens Vogt
""", contact="j.vogt@vogt-partner.example.com", thread=True, headers={"Auto-Submitted": "auto-replied"},
      cs="iso-8859-1", cte="8bit"),

    M("other", "newsletter_de", "PharmaKarriere Newsletter <newsletter@pharmakarriere.example.de>",
      "Absage erhalten? So nutzen Sie das Feedback", "2026-05-05 06:45 +0200", "de", """
Liebe Leserinnen und Leser,

in dieser Ausgabe: Wie Sie aus einer Absage lernen, warum ein verpasstes Vorstellungsgespräch kein Karriereende ist, und die neuesten Stellen in Regulatory Affairs und Arzneimittelsicherheit in Deutschland und Spanien.
""", struct="html", list=True, html_shell=("news", {"title": "PharmaKarriere", "items": [("Aus Absagen lernen", "https://pharmakarriere.example.de/n/1"), ("Gespräch verpasst – was nun?", "https://pharmakarriere.example.de/n/2"), ("Neue Stellen", "https://pharmakarriere.example.de/n/3")], "unsub": "https://pharmakarriere.example.de/abmelden?u=cro", "color": "#37474f"})),

    M("other", "cold_outreach_de", "Tobias Lang <t.lang@lifescience-talents.example.de>",
      "Spannende Position in der Arzneimittelsicherheit", "2026-07-29 09:40 +0200", "de", """
Hallo Frau Restrepo-Okafor,

ich bin Personalberater bei LifeScience Talents und betreue aktuell mehrere Positionen im Bereich Pharmakovigilanz in Madrid und Barcelona. Ihr Profil passt sehr gut. Hätten Sie Lust auf ein unverbindliches Telefonat?

Beste Grüße
Tobias Lang
LifeScience Talents GmbH · Geschäftsführer: Markus Weil · HRB 99120 Frankfurt am Main
""", contact="t.lang@lifescience-talents.example.de"),

    M("other", "friend_de", "Lena Hoffmann <lena.hoffmann@example.de>",
      "Wie lief's?", "2026-02-27 21:10 +0100", "de", """
Hey Camila,

wie lief dein Gespräch mit Rheinfeld? Ich drück dir so die Daumen! Bei mir gibt's Neuigkeiten: Ich hab das Angebot von der Uniklinik angenommen, fange im April an. Lass uns bald telefonieren!

Liebe Grüße
Lena
""", contact="lena.hoffmann@example.de"),

    M("other", "ux_research_de", "Sarah Brenner <sarah.brenner@apothekenapp.example.de>",
      "Interview-Anfrage für unsere Nutzerstudie", "2026-09-16 14:00 +0200", "de", """
Liebe Frau Restrepo-Okafor,

für eine Nutzerstudie zu unserer App für Krankenhausapotheken suchen wir Apothekerinnen mit internationaler Erfahrung. Hätten Sie Zeit für ein 30-minütiges Interview per Video? Als Dankeschön gibt es einen Gutschein über 40 €.

Viele Grüße
Sarah Brenner
UX Research, ApothekenApp
""", contact="sarah.brenner@apothekenapp.example.de", cs="windows-1252", cte="quoted-printable"),

    M("other", "package_delay_de", "DHL Paket <noreply@dhl-paket.example.de>",
      "Leider verzögert sich Ihre Sendung", "2026-10-03 12:00 +0200", "de", """
Guten Tag,

leider verzögert sich die Zustellung Ihrer Sendung 00340434 1234 5678 90 (Absender: Deutscher Apotheker Verlag). Voraussichtliche Zustellung nach Barcelona: 8. Oktober.

Ihr DHL Paket Team
""", struct="html", html_shell=("ats", {"brand": "DHL", "logo": "https://dhl-paket.example.de/logo.png", "color": "#ffcc00", "cta": "Sendung verfolgen", "footer": "Deutsche Post AG · Vorstand: ... · Sitz Bonn · Diese E-Mail wurde automatisch erstellt."})),
]
