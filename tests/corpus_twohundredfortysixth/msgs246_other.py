"""Corpus 246 - other (52): alerts, newsletters, own mail, look-alikes, each written by hand."""

from msgs246_common import (CAND, CAND_NAME, M, SIG_EN, SIG_ES, digest_html, digest_text, forwarded,
                            on_wrote, outlook_html, mso, paras, quote)

X = "other"
MSGS = []
add = MSGS.append


def lists(list_id, unsub, extra=None):
    h = {"List-Id": list_id, "List-Unsubscribe": f"<{unsub}>",
         "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"}
    h.update(extra or {})
    return h


# ======================================================= Spanish (29)
items = [("Técnico/a de Compras - Vigo", "Automoción · publicada hace 2 días · 28-32k", "https://empleogalicia.example.es/o/88121"),
         ("Analista de Aprovisionamiento - A Coruña", "Retail · entrevista en 48 h si encajas", "https://empleogalicia.example.es/o/88140"),
         ("Comprador/a Junior - Santiago", "Alimentación · proceso rápido", "https://empleogalicia.example.es/o/88152"),
         ("Administrativo/a de Compras - Oviedo", "Distribución · incorporación inmediata", "https://empleogalicia.example.es/o/88177")]
intro = "Rubén, estas son las nuevas ofertas que coinciden con tu alerta «compras Galicia». Consejo del día: si te rechazan, pide siempre feedback."
foot = "Recibes este correo porque creaste una alerta en EmpleoGalicia. Darse de baja: https://empleogalicia.example.es/alertas/baja"
add(M(X, "empleogalicia_alert", "es", "", "", ("EmpleoGalicia Alertas", "alertas@empleogalicia.example.es"),
      "4 nuevas ofertas para «compras Galicia»", "2026-02-02 07:00 +0100",
      text=digest_text("Tus ofertas de hoy", intro, items, foot), html=digest_html("Tus ofertas de hoy", intro, items, foot),
      headers=lists("<alertas.empleogalicia.example.es>", "https://empleogalicia.example.es/alertas/baja?u=ruben")))

t = """Cómo encajar un «no» tras una entrevista (y qué hacer después)

Recibir un correo de rechazo después de tres entrevistas duele. En este número te contamos cómo pedir feedback sin sonar desesperado, por qué «hemos decidido seguir con otros candidatos» casi nunca es personal y cómo preparar tu próxima entrevista por competencias.

Además: cinco preguntas que siempre salen en una entrevista de compras.

Leer el artículo: https://carreiras.example.es/blog/encajar-un-no

Carreiras Newsletter · Darse de baja: https://carreiras.example.es/baja"""
add(M(X, "carreiras_rejection_article", "es", "", "", ("Carreiras Newsletter", "boletin@carreiras.example.es"),
      "Cómo encajar un «no» tras una entrevista", "2026-03-15 08:00 +0100", text=t, html=paras(t),
      headers=lists("Carreiras <boletin.carreiras.example.es>", "mailto:baja@carreiras.example.es"),
      cte="quoted-printable"))

t = """Hola Rubén:

Soy Laura Pena, de «Vendedores que cambian de carril», un pódcast sobre gente que deja la venta para pasar a otros departamentos. Un amigo común me dijo que estás dando el salto a compras y nos encantaría entrevistarte para un episodio.

Serían 40 minutos, en remoto, cualquier tarde de la semana que viene. ¿Te animas?

Laura Pena
Vendedores que cambian de carril (pódcast)"""
add(M(X, "podcast_interview_request", "es", "", "laura.pena@carrilpodcast.example.es",
      ("Laura Pena", "laura.pena@carrilpodcast.example.es"), "¿Una entrevista para nuestro pódcast?",
      "2026-04-17 12:30 +0200", text=t))

t = """Hola Rubén:

Estamos mejorando la app de BuscaCurro y buscamos personas que hayan usado el buscador de empleo en los últimos meses. ¿Te apetece participar en una entrevista de investigación de usuarios de 30 minutos por videollamada? Como agradecimiento te enviaremos una tarjeta regalo de 25 EUR.

Reserva tu hueco: https://buscacurro.example.es/research/agenda

Equipo de Investigación de Producto, BuscaCurro"""
add(M(X, "user_research_invite", "es", "", "", ("BuscaCurro Research", "research@buscacurro.example.es"),
      "Entrevista de 30 minutos sobre nuestra app (25 EUR de regalo)", "2026-05-05 11:00 +0200", text=t,
      html=paras(t)))

t = """Hola Rubén:

Lamentablemente, tu paquete ES7729104 se ha retrasado por una incidencia en el centro de clasificación de Ourense. La nueva fecha estimada de entrega es el jueves 19 de marzo.

Puedes consultar la posición de tu envío en tiempo real aquí: https://envios.example.es/seguimiento/ES7729104

Sentimos las molestias.
EnvíosRápidos"""
add(M(X, "package_delayed", "es", "", "", ("EnvíosRápidos", "no-reply@envios.example.es"),
      "Tu paquete llega con retraso", "2026-03-17 06:45 +0100", text=t, name_enc=("utf-8", "Q"),
      headers={"Auto-Submitted": "auto-generated"}))

t = """Hola Rubén,

Tu vehículo de demostración 4471-MKT ha compartido su posición: aparcado en Rúa Urzaiz 81, Vigo, a las 14:02. El nivel de batería es del 64 %.

Ver en el mapa: https://flota.example.es/mapa/4471MKT

Gestión de Flota · Concesionario Ría Motor"""
add(M(X, "gps_demo_car_position", "es", "", "", ("Flota Ría Motor", "gps@flota.example.es"),
      "Posición actual del vehículo 4471-MKT", "2026-01-21 14:03 +0100", text=t,
      headers={"Auto-Submitted": "auto-generated"}))

t = """Rubén!!

Te cuento porque necesito desahogarme: me han rechazado en el puesto de la naviera de Marín. Tres entrevistas, un caso práctico de dos días y al final un correo de cuatro líneas diciendo que «han decidido avanzar con otros perfiles». Ni una llamada.

Tú cómo vas con lo tuyo? Que tenemos pendiente una cerveza para quejarnos juntos.

Bea"""
add(M(X, "friend_own_rejection", "es", "", "beatriz.gende@correo.example.es",
      ("Bea Gende", "beatriz.gende@correo.example.es"), "me han dicho que no :(", "2026-04-03 22:10 +0200",
      text=t))

t = """Buenas noches:

Os escribo para presentar mi candidatura al puesto de Técnico de Aprovisionamiento en Navalia Coruña Repuestos. Tras nueve años vendiendo coches en Vigo, conozco bien la negociación con proveedores y la gestión de stock de recambios, y quiero dar el paso a compras.

Adjunto mi CV. Quedo a vuestra disposición para una entrevista.

""" + SIG_ES
add(M(X, "own_application_navalia", "es", "", "", CAND, "Candidatura aprovisionamiento",
      "2026-02-15 21:40 +0100", text=t, to=("Pilar Souto", "pilar.souto@navaliacor.example.es"),
      name_enc=("utf-8", "Q")))

t = """Hola Antía:

Quería agradeceros la entrevista de ayer. Me gustó mucho conocer al equipo y entender cómo trabajáis la negociación con proveedores. Sigo muy interesado en el puesto y quedo a vuestra disposición para cualquier cosa.

Un saludo,
Rubén"""
add(M(X, "own_thanks_gallaecia", "es", "", "", CAND, "Gracias por la entrevista", "2026-04-07 18:40 +0200",
      text=t, to=("Antía Varela", "antia.varela@gallaeciafoods.example.es"), tid="gal_thanks"))

t = """Hola Lucía:

Gracias por avisar. Siento lo de Javier, que se mejore. El jueves 7 a las 12:00 me viene bien, aunque si os resultara más cómodo también podría el viernes por la mañana.

Un saludo,
Rubén Okonkwo-Larrea"""
add(M(X, "own_reschedule_reply_asturmetal", "es", "", "", CAND, "Re: Aplazamiento de la entrevista de mañana",
      "2026-05-04 20:05 +0200",
      text=t + "\n\n" + on_wrote("es", "lun, 4 may 2026 a las 19:22", "Lucía Barreiro Souto <lucia.barreiro@asturmetal.example.es>",
                                 "Lamento avisarle con tan poco margen: Javier Menéndez está de baja. Tenemos que aplazar la entrevista.\n¿Le vendría bien el jueves 7 de mayo a las 12:00?"),
      to=("Lucía Barreiro Souto", "lucia.barreiro@asturmetal.example.es"), parent="ast_resched"))

t = """Hola Rubén:

Llevo un proceso de búsqueda para una empresa de distribución de recambios con sede en Santiago y creo que tu perfil comercial podría encajar en un rol de compras. No hay nada cerrado todavía, ni fecha de entrevistas; solo quería presentarme y saber si estarías abierto a conversar en algún momento.

Un saludo,
Héctor Lamas
Socio · Selecta Norte Consultores
C/ Policarpo Sanz 9, 36202 Vigo"""
add(M(X, "selecta_cold_approach", "es", "", "hector.lamas@selectanorte.example.es",
      ("Héctor Lamas", "hector.lamas@selectanorte.example.es"), "Presentación - Selecta Norte",
      "2026-04-27 10:00 +0200", text=t))

t = """Estimado cliente:

Le recordamos su cita con su gestor personal, D. Óscar Figueroa, el martes 10 de febrero a las 9:15 en la oficina de Gran Vía 17, Vigo, para revisar la posición de su cuenta de ahorro y las condiciones de su hipoteca.

Si no puede acudir, llame al 986 000 900.

Banco Atlántico Galego
Este mensaje es informativo. Por favor, no responda."""
add(M(X, "bank_appointment", "es", "", "", ("Banco Atlántico Galego", "avisos@bancoag.example.es"),
      "Recordatorio de cita con su gestor", "2026-02-06 09:00 +0100", text=t, charset="iso-8859-1",
      cte="quoted-printable", headers={"Auto-Submitted": "auto-generated"}))

t = """Buenas Rubén:

Te escribo por lo del piso de Rúa Pizarro. El lunes a las 11:00 pasará el técnico a revisar la caldera y anotar la posición del contador del gas. Si no vas a estar, déjame las llaves en el bajo como la otra vez.

Por cierto, el próximo mes sube el alquiler según el IPC, te paso el cálculo.

Un saludo,
Carmen Villar"""
add(M(X, "landlord_boiler_visit", "es", "", "carmen.villar@correo.example.es",
      ("Carmen Villar", "carmen.villar@correo.example.es"), "Visita técnico caldera", "2026-03-19 19:30 +0100",
      text=t, charset="windows-1252", cte="8bit"))

t = """Estimadas familias:

La tutora de 3º B, Sra. Núñez, realizará las entrevistas individuales de seguimiento del segundo trimestre durante la semana del 20 de abril. Para reservar una cita, utilicen la aplicación del colegio.

Rubén, en su caso le proponemos el miércoles 22 a las 16:45 para hablar de Nico.

Colegio Montecelo
Secretaría"""
add(M(X, "school_tutor_interview", "es", "", "secretaria@colmontecelo.example.es",
      ("Secretaría Colegio Montecelo", "secretaria@colmontecelo.example.es"),
      "Entrevistas con la tutora - 2º trimestre", "2026-04-10 13:00 +0200", text=t, html=paras(t)))

t = """Le recordamos su cita en el Centro de Salud de Coia:

Paciente: RUBÉN OKONKWO LARREA
Fecha: 9 de junio de 2026, 8:40
Profesional: Dra. Iglesias (Medicina de familia)

Si no puede acudir, anule la cita en la app Sergas Móbil.

Mensaje automático. No responda."""
add(M(X, "doctor_appointment", "es", "", "", ("Cita Previa Saúde", "citas@saude.example.es"),
      "Recordatorio de cita", "2026-06-08 10:00 +0200", text=t,
      headers={"Auto-Submitted": "auto-generated"}))

t = """Gracias por su mensaje.

Estoy fuera de la oficina hasta el lunes 20 de julio, sin acceso al correo. Para cualquier asunto urgente relacionado con procesos de selección, contacte con rrhh@compolog.example.es.

Brais Otero
Compostela Logística"""
add(M(X, "ooo_compolog", "es", "", "brais.otero@compolog.example.es",
      ("Brais Otero", "brais.otero@compolog.example.es"), "Respuesta automática: Candidatura compras",
      "2026-07-10 09:01 +0200", text=t,
      headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}))

t = """Rubén, tu perfil ha aparecido en 23 búsquedas esta semana.

Reclutadores de empresas como Automoción Baixo Miño y Meseta Retail vieron tu perfil. Mejora tu titular para destacar en procesos de selección de compras.

Ver quién te ha visto: https://redprofesional.example.com/me/visitas

RedProfesional · Ajustes de notificaciones: https://redprofesional.example.com/ajustes"""
add(M(X, "redprofesional_searches", "es", "", "", ("RedProfesional", "notificaciones@redprofesional.example.com"),
      "Apareciste en 23 búsquedas", "2026-03-23 08:12 +0100", text=t, html=paras(t),
      headers=lists("<notif.redprofesional.example.com>", "https://redprofesional.example.com/ajustes")))

t = """Estimado Sr. Okonkwo-Larrea:

Le agradecemos su solicitud de admisión al Máster en Dirección de Compras y Aprovisionamiento (edición 2026-27).

Lamentamos comunicarle que, tras la valoración del comité de admisiones, no ha obtenido plaza en esta edición: las plazas disponibles se han cubierto con candidatos con mayor puntuación académica. Ha quedado en el puesto 7 de la lista de espera.

Atentamente,
Oficina de Admisiones
Escola de Negocios Atlántica"""
add(M(X, "master_admission_refused", "es", "", "", ("Admisiones ENA", "admisiones@ena.example.es"),
      "Resolución de admisión - Máster en Dirección de Compras", "2026-07-08 12:00 +0200", text=t,
      charset="iso-8859-1", cte="quoted-printable", subj_enc=("iso-8859-1", "Q")))

items = [("Jefe/a de Compras - Madrid", "Meseta Retail · entrevistas esta semana", "https://infotrabajo.example.es/e/1"),
         ("Buyer junior - Alcobendas", "Sierra Norte Distribución · oferta cerrada pronto", "https://infotrabajo.example.es/e/2"),
         ("Técnico de compras - Getafe", "Sector aeronáutico · 35k", "https://infotrabajo.example.es/e/3")]
intro = "Novedades de tu búsqueda «compras Madrid». Tres procesos han cerrado y otros tres acaban de abrir."
foot = "InfoTrabajo · Gestiona tus alertas en https://infotrabajo.example.es/alertas"
add(M(X, "infotrabajo_madrid_alert", "es", "", "", ("InfoTrabajo", "alertas@infotrabajo.example.es"),
      "Nuevas ofertas: compras Madrid", "2026-05-11 07:30 +0200", html=digest_html("Tu alerta", intro, items, foot),
      headers=lists("<alertas.infotrabajo.example.es>", "https://infotrabajo.example.es/alertas/baja"),
      html_cte="base64"))

t = """Boletín mensual Faro Empleo · Octubre

- Temporada de Navidad: más de 200 puestos en logística en Vigo y Porriño.
- Consejos: cómo preparar la entrevista con una ETT.
- Recuerda: si no te has presentado a una misión aceptada, te contactaremos para valorar tu disponibilidad.

Baja: https://faroempleo.example.es/boletin/baja"""
add(M(X, "faro_newsletter", "es", "", "", ("Faro Empleo", "boletin@faroempleo.example.es"),
      "Boletín Faro Empleo - octubre", "2026-10-01 10:00 +0200", text=t,
      headers=lists("<boletin.faroempleo.example.es>", "https://faroempleo.example.es/boletin/baja")))

t = """Mira esto, Rubén, igual te interesa. Lo vi en el grupo de antiguos alumnos.

Xurxo

""" + forwarded("es", "Ana Moure <ana.moure@frigalicia.example.es>", "lun, 18 may 2026", "Buscamos comprador/a",
                """Hola a todos:
En Frigoríficos Galicia buscamos un comprador/a junior para la planta de O Porriño. Si conocéis a alguien, que me mande el CV. Haremos entrevistas en junio.
Ana""")
add(M(X, "friend_forwards_posting", "es", "", "xurxo.lema@correo.example.es",
      ("Xurxo Lema", "xurxo.lema@correo.example.es"), "Fwd: Buscamos comprador/a", "2026-05-18 20:15 +0200",
      text=t))

t = """¡Hola Rubén!

El jueves 26 de marzo a las 18:00 celebramos el taller online gratuito «Entrevistas por competencias para perfiles de compras». Aprenderás a usar el método STAR y a responder a la temida pregunta «¿por qué dejas las ventas?».

Inscripción: https://camaravigo.example.es/talleres/star

Cámara de Comercio de Vigo · Servicio de Empleo"""
add(M(X, "webinar_competencias", "es", "", "", ("Cámara de Comercio de Vigo", "empleo@camaravigo.example.es"),
      "Taller: entrevistas por competencias", "2026-03-18 10:00 +0100", text=t, html=paras(t),
      name_enc=("iso-8859-1", "B"),
      headers=lists("<empleo.camaravigo.example.es>", "mailto:baja@camaravigo.example.es")))

t = """Equipo:

Recordad que mañana a las 9:00 tenemos reunión de ventas para repasar objetivos del trimestre. Rubén, trae la posición de los tres pedidos de flota de Pescanova Motor que tienes abiertos.

Gonzalo Troncoso
Jefe de Ventas · Ría Motor Vigo"""
add(M(X, "dealership_sales_meeting", "es", "", "gonzalo.troncoso@riamotor.example.es",
      ("Gonzalo Troncoso", "gonzalo.troncoso@riamotor.example.es"), "Reunión de ventas mañana",
      "2026-01-29 18:45 +0100", text=t, to=[CAND, ("Equipo Ventas", "ventas@riamotor.example.es")]))

t = """Hola Héctor:

¿Hay alguna novedad sobre el proceso de Category Buyer? Sé que el cliente estaba revisando perfiles esta semana. Sigo muy interesado.

Gracias,
Rubén"""
add(M(X, "own_followup_selecta", "es", "", "", CAND, "Category Buyer - ¿novedades?", "2026-05-25 09:30 +0200",
      text=t, to=("Héctor Lamas", "hector.lamas@selectanorte.example.es")))

t = """Buenos días, Rubén:

Gracias por su visita al concesionario. Le confirmamos la cita para la prueba de conducción del nuevo SUV híbrido el sábado 14 a las 11:00. Le acompañará nuestro asesor comercial.

Ría Motor Vigo"""
add(M(X, "test_drive_booking", "es", "", "", ("Ría Motor Vigo", "citas@riamotor.example.es"),
      "Cita prueba de conducción", "2026-02-09 12:00 +0100", text=t,
      headers={"Auto-Submitted": "auto-generated"}))

t = """Estimado/a contribuyente:

Le confirmamos la cita previa solicitada en la Agencia Tributaria, Delegación de Vigo: 3 de junio de 2026, 10:20, mesa 4. Trámite: rectificación de la declaración.

Justificante: https://sede.example.es/cita/8812"""
add(M(X, "tax_office_cita", "es", "", "", ("Cita Previa AEAT", "citaprevia@sede.example.es"),
      "Confirmación de cita previa", "2026-05-27 09:10 +0200", text=t, charset="iso-8859-1", cte="8bit",
      headers={"Auto-Submitted": "auto-generated"}))

t = """¡OFERTA ESPECIAL SOLO ESTE FIN DE SEMANA!

Cambia tus neumáticos y llévate el segundo juego al 50 %. Además, revisión gratuita para los primeros 100 clientes.

Pide tu cita: https://neumaticosrias.example.es/oferta
Darse de baja: https://neumaticosrias.example.es/baja"""
add(M(X, "tyres_promo_offer", "es", "", "", ("Neumáticos Rías", "promo@neumaticosrias.example.es"),
      "¡Oferta especial solo este fin de semana!", "2026-04-24 17:00 +0200", text=t, html=paras(t),
      subj_enc=("utf-8", "B"),
      headers=lists("<promo.neumaticosrias.example.es>", "https://neumaticosrias.example.es/baja")))

t = """Hola Noelia:

Muchas gracias por la oferta de Conservas Bahía y por todo el acompañamiento. Después de pensarlo, he decidido no aceptarla: tengo otro proceso muy avanzado en el sector de automoción que encaja más con lo que busco.

Espero que podamos seguir en contacto.

""" + SIG_ES
add(M(X, "own_declines_offer", "es", "", "", CAND, "Re: ¡Oferta de Conservas Bahía!", "2026-02-21 11:00 +0100",
      text=t + "\n\n" + on_wrote("es", "vie, 20 feb 2026 a las 9:30", "Noelia Castro <noelia.castro@faroempleo.example.es>",
                                 "Conservas Bahía de Vigo quiere hacerte una oferta para el puesto de Técnico de Aprovisionamiento."),
      to=("Noelia Castro", "noelia.castro@faroempleo.example.es")))

t = """Rubén, ¡qué tal te fue la entrevista en Mérignac? Yo hoy tuve la mía en la naviera y creo que la he liado con la pregunta del sueldo. En fin, ya veremos.

Cuéntame cuando puedas.

Iván"""
add(M(X, "friend_asks_interview", "es", "", "ivan.sobrino@correo.example.es",
      ("Iván Sobrino", "ivan.sobrino@correo.example.es"), "qué tal?", "2026-04-16 21:00 +0200", text=t))

# ======================================================= English (14)
items = [("Procurement Analyst - Porto", "Automotive · 2 days ago", "https://jobsnorth.example.com/j/5512"),
         ("Junior Buyer - Hamburg (English-speaking)", "Shipbuilding · interviews next week", "https://jobsnorth.example.com/j/5520"),
         ("Supply Chain Analyst - Madrid", "Retail · hybrid", "https://jobsnorth.example.com/j/5533")]
intro = "New jobs matching 'procurement analyst'. Tip: most rejections happen at the CV screen - tailor your summary."
foot = "You're receiving this job alert from JobsNorth. Unsubscribe: https://jobsnorth.example.com/unsub"
add(M(X, "jobsnorth_alert", "en", "", "", ("JobsNorth Alerts", "alerts@jobsnorth.example.com"),
      "3 new jobs for 'procurement analyst'", "2026-03-09 06:30 +0000",
      text=digest_text("Your job alert", intro, items, foot), html=digest_html("Your job alert", intro, items, foot),
      headers=lists("JobsNorth alerts <alerts.jobsnorth.example.com>", "https://jobsnorth.example.com/unsub")))

t = """PROCUREMENT WEEKLY - Issue 112

This week: "We regret to inform you" - what hiring managers really mean when they reject you, how to ace a panel interview, and why category buyers are in demand across Iberia.

Read online: https://procurementweekly.example.com/112
Unsubscribe: https://procurementweekly.example.com/unsubscribe"""
add(M(X, "procurement_weekly", "en", "", "", ("Procurement Weekly", "editor@procurementweekly.example.com"),
      "Procurement Weekly #112: decoding rejection emails", "2026-04-20 07:00 +0100", text=t, html=paras(t),
      headers=lists("<weekly.procurementweekly.example.com>", "https://procurementweekly.example.com/unsubscribe")))

t = """Hi Rubén,

I produce "Career Pivot Stories", a podcast about people who switch functions mid-career. A colleague at Kestrel mentioned your move from car sales into procurement. Would you be up for a 45-minute recorded interview in June? It's remote and we'd send questions in advance.

Best,
Hannah Price
Producer, Career Pivot Stories"""
add(M(X, "podcast_request_en", "en", "", "hannah.price@pivotstories.example.com",
      ("Hannah Price", "hannah.price@pivotstories.example.com"), "Podcast interview request",
      "2026-05-29 14:00 +0100", text=t))

t = """Hi Rubén,

We're redesigning how candidates track applications on HireLoop and would love to hear from you. Join a 45-minute user research interview on video - you'll get a EUR 40 voucher.

Pick a slot: https://hireloop.example.com/research/slots

Thanks,
HireLoop UX Research"""
add(M(X, "user_research_en", "en", "", "", ("HireLoop UX Research", "ux-research@hireloop.example.com"),
      "Help us improve HireLoop - 45 min interview", "2026-08-19 16:00 +0100", text=t, html=paras(t)))

t = """Dear Hiring Team,

Please find attached my application for the Procurement Analyst position in Porto. After nine years selling cars in Vigo I have solid experience negotiating with suppliers and customers, and I'm keen to move into procurement.

I'd welcome the opportunity to discuss my application in an interview.

Kind regards,
""" + SIG_EN
add(M(X, "own_application_lusomotor", "en", "", "", CAND, "Application - Procurement Analyst",
      "2026-03-05 20:25 +0000", text=t, to=("Lusomotor Careers", "careers@lusomotor.example.pt")))

t = """Hi Jan,
Thanks again for the interview yesterday, I enjoyed the plant tour.
Best,
Rubén"""
add(M(X, "own_thanks_alster", "en", "", "", CAND, "Junior Buyer", "2026-09-16 09:10 +0200", text=t,
      to=("Jan Kruse", "jan.kruse@alster-ap.example.de"), tid="alster_thanks"))

t = """Rubén, you appeared in 41 searches this week.

Recruiters from Kestrel Search Partners and 3 others viewed your profile. Add "procurement" skills to get more interview invitations.

See all views: https://linknet.example.com/me/searches
Notification settings: https://linknet.example.com/settings"""
add(M(X, "linknet_notification", "en", "", "", ("LinkNet", "notifications-noreply@linknet.example.com"),
      "You appeared in 41 searches this week", "2026-06-01 05:10 +0000", text=t, html=paras(t),
      headers=lists("<notifications.linknet.example.com>", "https://linknet.example.com/settings")))

t = """Thank you for your email. I am out of the office until Monday 8 June with limited access to email. For urgent matters regarding open roles please contact my colleague James at james.ward@kestrelsearch.example.co.uk.

Oliver Grant
Kestrel Search Partners"""
add(M(X, "ooo_kestrel", "en", "", "oliver.grant@kestrelsearch.example.co.uk",
      ("Oliver Grant", "oliver.grant@kestrelsearch.example.co.uk"), "Automatic reply: Douro Fleet interview",
      "2026-06-02 08:00 +0100", text=t, headers={"Auto-Submitted": "auto-replied"}))

t = """Hi Rubén,

I hope you don't mind the direct approach. I lead Kestrel's procurement practice for Iberia, and we regularly place commercially minded people into buying roles with fleet, logistics and seafood businesses in Portugal and Galicia.

There's nothing specific on the table yet, but I'd like to get to know you. Do you have 20 minutes for an informal call at some point?

Best,
Oliver Grant
Principal Consultant | Kestrel Search Partners
+44 20 0000 5521"""
add(M(X, "kestrel_cold_approach", "en", "", "oliver.grant@kestrelsearch.example.co.uk",
      ("Oliver Grant", "oliver.grant@kestrelsearch.example.co.uk"), "Procurement roles in Portugal",
      "2026-05-11 10:40 +0100", text=t, tid="kestrel_cold"))

t = """Hi Rubén,

Unfortunately your parcel (tracking PT55123987) is delayed due to a customs check in Lisbon. New estimated delivery: 24 July.

Track it here: https://parcelgo.example.com/track/PT55123987

ParcelGo"""
add(M(X, "parcel_delayed_en", "en", "", "", ("ParcelGo", "noreply@parcelgo.example.com"),
      "Your parcel is delayed", "2026-07-20 09:00 +0100", text=t, headers={"Auto-Submitted": "auto-generated"}))

t = """Dear Mr Okonkwo-Larrea,

Thank you for applying to the Professional Certificate in Strategic Sourcing (September 2026 intake).

We regret that we are unable to offer you a place on this programme: the cohort is full and applicants with prior procurement experience were prioritised. You are welcome to reapply for the January 2027 intake.

Admissions Office
Porto Business Academy"""
add(M(X, "course_refusal_en", "en", "", "", ("PBA Admissions", "admissions@pba.example.pt"),
      "Your application to the Strategic Sourcing certificate", "2026-08-12 12:00 +0100", text=t))

t = """LAST CHANCE: our summer offer ends tonight!

Get 3 months of ProCV Premium for the price of one, including unlimited AI cover letters and interview coaching.

Claim your offer: https://procv.example.com/summer
Unsubscribe: https://procv.example.com/unsubscribe"""
add(M(X, "procv_promo_offer", "en", "", "", ("ProCV", "deals@procv.example.com"),
      "Your offer ends tonight", "2026-08-31 18:00 +0100", text=t, html=paras(t),
      headers=lists("<deals.procv.example.com>", "https://procv.example.com/unsubscribe")))

t = """Dear Rubén,

This is a reminder of your appointment with your mortgage adviser, Ms Helen Ford, on Thursday 15 October at 17:00 (video call). Please have your latest payslips ready.

Northbridge Bank - Spain branch"""
add(M(X, "bank_adviser_en", "en", "", "", ("Northbridge Bank", "appointments@northbridge.example.com"),
      "Appointment reminder", "2026-10-12 09:00 +0100", text=t, headers={"Auto-Submitted": "auto-generated"}))

t = """Hey Rubén,

So, bad news on my side: got the "we've decided to move forward with other candidates" email from the logistics firm in Rotterdam. After four rounds! I'm honestly gutted.

Anyway, how's your search going? Any news from Porto?

Tom"""
add(M(X, "friend_rejection_en", "en", "", "tom.baker@mailbox.example.com",
      ("Tom Baker", "tom.baker@mailbox.example.com"), "Well, that didn't work out", "2026-06-20 23:05 +0100",
      text=t))

# ======================================================= French (5)
items = [("Acheteur junior H/F - Bordeaux", "Naval · entretien sous 7 jours", "https://emploisud.example.fr/o/301"),
         ("Analyste achats - Mérignac", "Automobile · CDI", "https://emploisud.example.fr/o/302"),
         ("Approvisionneur - Bègles", "Distribution · candidature rapide", "https://emploisud.example.fr/o/303")]
intro = "Nouvelles offres pour votre alerte « achats Bordeaux ». Conseil : relancez une candidature sans réponse après dix jours."
foot = "Se désabonner : https://emploisud.example.fr/desabonnement"
add(M(X, "emploisud_alert", "fr", "", "", ("EmploiSud", "alertes@emploisud.example.fr"),
      "Vos nouvelles offres : achats Bordeaux", "2026-04-06 07:15 +0200",
      text=digest_text("Votre alerte emploi", intro, items, foot), html=digest_html("Votre alerte emploi", intro, items, foot),
      headers=lists("<alertes.emploisud.example.fr>", "https://emploisud.example.fr/desabonnement"),
      cte="quoted-printable", subj_enc=("utf-8", "Q")))

t = """Madame, Monsieur,

Je me permets de vous adresser ma candidature au poste d'Analyste Achats. Fort de neuf ans d'expérience dans la vente automobile à Vigo, je souhaite aujourd'hui mettre mes compétences de négociation au service des achats.

Je serais ravi de vous rencontrer lors d'un entretien.

Cordialement,
Rubén Okonkwo-Larrea
+34 600 412 377"""
add(M(X, "own_application_girondine", "fr", "", "", CAND, "Candidature - Analyste Achats",
      "2026-03-24 21:00 +0100", text=t, to=("Recrutement Girondine", "recrutement@girondine.example.fr"),
      charset="iso-8859-1", cte="quoted-printable"))

t = """Bonjour,

Je suis absente jusqu'au 24 août inclus. Pour toute question urgente concernant un recrutement, merci de contacter Paul Dubreuil.

Sophie Marchand
Girondine Équipements Auto"""
add(M(X, "ooo_girondine", "fr", "", "sophie.marchand@girondine.example.fr",
      ("Sophie Marchand", "sophie.marchand@girondine.example.fr"), "Réponse automatique : absente",
      "2026-08-10 08:30 +0200", text=t, headers={"Auto-Submitted": "auto-replied"}))

t = """Monsieur,

Nous avons bien étudié votre dossier de candidature au Certificat « Achats et Supply Chain » (session d'automne 2026).

Nous avons le regret de vous informer que votre candidature n'a pas été retenue par le jury d'admission, le niveau de français écrit requis (C1 certifié) n'étant pas justifié.

Service des admissions
Institut Aquitain de Management"""
add(M(X, "formation_refusee", "fr", "", "", ("Admissions IAM", "admissions@iam-bordeaux.example.fr"),
      "Décision d'admission", "2026-07-02 14:00 +0200", text=t, charset="windows-1252", cte="8bit",
      subj_enc=("iso-8859-1", "B")))

t = """CONSEILS CARRIÈRE - Juin

• Entretien d'embauche : les 7 erreurs qui coûtent un poste
• Refus après entretien : faut-il demander un retour ?
• Offres du mois dans l'industrie navale bordelaise

Lire : https://cadresouest.example.fr/juin
Se désinscrire : https://cadresouest.example.fr/stop"""
add(M(X, "cadresouest_newsletter", "fr", "", "", ("Cadres Ouest", "newsletter@cadresouest.example.fr"),
      "Conseils carrière de juin", "2026-06-05 09:00 +0200", text=t, html=paras(t), cte="base64",
      headers=lists("<newsletter.cadresouest.example.fr>", "https://cadresouest.example.fr/stop")))

# ======================================================= German (4)
items = [("Einkäufer (m/w/d) Schiffbau - Hamburg", "Vorstellungsgespräche ab KW 30", "https://jobhafen.example.de/s/711"),
         ("Junior Einkaufsanalyst - Hamburg-Harburg", "Automotive · Vollzeit", "https://jobhafen.example.de/s/712"),
         ("Disponent Beschaffung - Norderstedt", "Logistik", "https://jobhafen.example.de/s/713")]
intro = "Neue Jobs zu Ihrem Suchauftrag »Einkauf Hamburg«. Tipp: Absagen nicht persönlich nehmen."
foot = "Suchauftrag abbestellen: https://jobhafen.example.de/abmelden"
add(M(X, "jobhafen_alert", "de", "", "", ("JobHafen", "suchauftrag@jobhafen.example.de"),
      "3 neue Jobs: Einkauf Hamburg", "2026-07-06 06:00 +0200",
      text=digest_text("Ihr Suchauftrag", intro, items, foot), html=digest_html("Ihr Suchauftrag", intro, items, foot),
      headers=lists("<suchauftrag.jobhafen.example.de>", "https://jobhafen.example.de/abmelden"),
      charset="iso-8859-1", cte="quoted-printable"))

t = """Sehr geehrte Frau Brandt,

vielen Dank für die Einladung. Den Termin am Montag, 27. April, um 10:00 Uhr bestätige ich gerne. Ich wünsche Ihnen gute Besserung.

Mit freundlichen Grüßen
Rubén Okonkwo-Larrea"""
add(M(X, "own_confirm_hzt", "de", "", "", CAND, "AW: Verschiebung Ihres Vorstellungsgesprächs",
      "2026-04-20 18:00 +0200", text=t, to=("Emre Yilmaz", "emre.yilmaz@hzt.example.de"),
      cc=("Anja Brandt", "anja.brandt@hzt.example.de"), parent="hzt_moved"))

t = """Hallo Herr Okonkwo-Larrea,

für die Wohnung in der Wilhelmsburger Veringstraße 14 können wir Ihnen einen Besichtigungstermin am Samstag, 3. Oktober, um 11:30 Uhr anbieten. Bitte bringen Sie eine Einkommensbescheinigung und die Schufa-Auskunft mit.

Freundliche Grüße
Petra Albers
Albers Hausverwaltung"""
add(M(X, "flat_viewing_hamburg", "de", "", "petra.albers@albers-hv.example.de",
      ("Petra Albers", "petra.albers@albers-hv.example.de"), "Besichtigungstermin Veringstraße 14",
      "2026-09-28 16:20 +0200", text=t, charset="windows-1252", cte="quoted-printable"))

t = """Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 21. August im Urlaub und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an personal@wwerft.example.de.

Katrin Voß
Wilhelmsburg Werft"""
add(M(X, "ooo_wwerft", "de", "", "katrin.voss@wwerft.example.de",
      ("Katrin Voß", "katrin.voss@wwerft.example.de"), "Abwesenheitsnotiz: Assessment-Center",
      "2026-08-04 07:45 +0200", text=t, name_enc=("utf-8", "Q"),
      headers={"Auto-Submitted": "auto-replied"}))
