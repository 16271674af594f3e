"""Corpus 180, other (52): the candidate's own mail, digests, newsletters, life admin, look-alikes."""

from __future__ import annotations

from msgs180_common import CANDIDATE, forwarded, m, quote


def listing(list_id: str, unsubscribe: str) -> list[tuple[str, str]]:
    """Mailing-list headers of a bulk sender."""
    return [
        ("List-Id", list_id),
        ("List-Unsubscribe", f"<{unsubscribe}>, <mailto:baja@{list_id.split('.', 1)[1].rstrip('>')}>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ]


CV_LINES_ES = [
    "VALENTINA OYELARAN-RUIZ",
    "Málaga - valentina.or@example.es",
    "Perfil: agente y coordinadora de turnos en centro de llamadas (6 años),",
    "en transición a Recursos Humanos (curso Técnico en RR. HH., 2025-2026).",
    "Idiomas: español (nativo), inglés (C1), francés (B2), alemán (B1).",
]

OTHER_ES = [
    # ---------------------------------------------------------------- the candidate's own mail
    m(kind="other", slug="own_thanks_alboran", lang="es", company="", contact="",
      frm=CANDIDATE, to=[("Nuria Castaño Vílchez", "nuria.castano@hotelesalboran.example.es")],
      to_enc=("utf-8", "Q"),
      subject="Gracias por la entrevista de esta mañana",
      date="2026-05-14 18:02", parent="alboran_seq_update",
      text="""
Hola, Nuria:

Quería darte las gracias por la entrevista de esta mañana y por enseñarme el departamento. Me ha encantado conocer cómo organizáis la acogida del personal de temporada, y me veo muy capaz de aportar ahí todo lo que he aprendido coordinando turnos en el call center.

Quedo a vuestra disposición para cualquier cosa que necesitéis. Me encantaría seguir adelante en el proceso.

Un saludo,
Valentina Oyelaran-Ruiz
"""),

    m(kind="other", slug="own_application_talentiasur", lang="es", company="", contact="",
      frm=CANDIDATE, to=[("Talentia Sur Consultores", "paula@talentiasur.example.es")],
      subject="Candidatura – auxiliar de RR. HH. (Granada)",
      date="2026-02-13 21:40",
      pdfs=[{"name": "CV_Valentina_Oyelaran-Ruiz.pdf", "title": "Currículum", "lines": CV_LINES_ES}],
      text="""
Buenas noches:

Os escribo porque he visto en vuestra web que gestionáis procesos de administración de personal en Granada y me gustaría que tuvierais en cuenta mi candidatura.

Llevo seis años en un centro de llamadas de Málaga, los dos últimos como coordinadora de turnos, y este año termino el curso de Técnico en Recursos Humanos. Me interesa especialmente la parte de acogida, formación y planificación de equipos.

Os adjunto mi currículum. Estoy disponible para una entrevista cuando os venga bien, y tengo flexibilidad para trasladarme.

Un saludo,
Valentina Oyelaran-Ruiz
"""),

    m(kind="other", slug="own_apology_contacta", lang="es", company="", contact="",
      frm=CANDIDATE, to=[("Álvaro Jiménez Sáez", "alvaro.jimenez@contactabpo.example.es")],
      to_enc=("iso-8859-1", "Q"),
      subject="Re: Llamada de esta mañana",
      date="2026-02-10 13:20", parent="contacta_two_calls",
      text="""
Hola, Álvaro:

Te pido mil disculpas por lo de esta mañana. Estaba en el turno y el supervisor me cambió de puesto a última hora a una zona sin cobertura; cuando vi tus llamadas ya eran las 11. Sigo muy interesada en el proceso.

¿Podríamos intentarlo otro día? Esta semana tengo libres las mañanas del jueves y el viernes.

Gracias y perdona otra vez,
Valentina

""" + quote("""
Hola Valentina:

Te he llamado dos veces, a las 10:00 y a las 10:10, como habíamos quedado, pero saltaba directamente el buzón de voz.

¿Va todo bien? Si sigues interesada en el puesto, dime cuándo te viene bien y lo intentamos de nuevo.
""", "es", "mar, 10 feb 2026 a las 11:05", "Álvaro Jiménez Sáez (<alvaro.jimenez@contactabpo.example.es>)")),

    m(kind="other", slug="own_status_malvarrosa", lang="es", company="", contact="",
      frm=CANDIDATE, to=[("Amparo Ferrer", "aferrer@textilmalvarrosa.example.es")],
      subject="Consulta sobre mi candidatura (Técnica de RRHH)",
      date="2026-06-22 20:17",
      text="""
Hola, Amparo:

Os escribo porque hace ya tres semanas de la primera entrevista y no he vuelto a tener noticias. ¿Debo entender que, lamentablemente, no he pasado a la siguiente fase? Si es así, os agradecería que me lo dijerais para poder organizarme.

Un saludo,
Valentina
"""),

    m(kind="other", slug="own_cambio_naranjos", lang="es", company="", contact="",
      frm=CANDIDATE, to=[("Mª Dolores Vega", "mdvega@residenciallosnaranjos.example.es")],
      subject="RE: Entrevista en Residencial Los Naranjos",
      date="2026-03-03 17:44", parent="naranjos_entrevista_presencial",
      charset="iso-8859-1", cte="quoted-printable",
      text="""
Buenas tardes, Mª Dolores:

Muchas gracias por la invitación. El viernes 6 tengo turno de mañana en el call center y no consigo cambiarlo. ¿Sería posible hacer la entrevista el lunes 9 o cualquier tarde de la semana siguiente?

Disculpe las molestias.
Valentina Oyelaran-Ruiz

""" + quote("""
Buenos días, Valentina:

La directora ha leído su currículum y quiere conocerla. Le propongo una entrevista en la residencia el viernes 6 de marzo a las 10:00.
""", "es", "2 mar 2026, a las 10:40", "Mª Dolores Vega <mdvega@residenciallosnaranjos.example.es>")),

    m(kind="other", slug="own_application_carmona", lang="es", company="", contact="",
      frm=CANDIDATE, to=[("Asesoría Laboral Carmona", "lcarmona@asesoriacarmona.example.es")],
      subject="Solicitud puesto auxiliar laboral",
      date="2026-04-06 09:05",
      pdfs=[{"name": "Valentina_Oyelaran_CV_2026.pdf", "title": "CV", "lines": CV_LINES_ES}],
      text="""
Buenos días, Sra. Carmona:

Me ha pasado su contacto mi profesora del curso de Técnico en RR. HH., que me comentó que buscan a alguien para el departamento laboral de la asesoría.

Me llamo Valentina Oyelaran-Ruiz y tengo experiencia atendiendo a clientes y coordinando equipos en un centro de llamadas. En el curso he hecho prácticas con altas en la Seguridad Social, contratos y nóminas con A3.

Le adjunto el currículum. Me encantaría poder hablar con usted.

Un cordial saludo,
Valentina Oyelaran-Ruiz
"""),

    # ---------------------------------------------------------------- digests and newsletters
    m(kind="other", slug="alert_empleoandalucia", lang="es", company="", contact="",
      frm=("Empleo Andalucía Alertas", "alertas@empleoandalucia.example.es"),
      subject="15 nuevas ofertas de Auxiliar de RRHH en Málaga",
      date="2026-03-16 07:00", html="newsletter", brand="Empleo Andalucía",
      accent="#0b7a75", unsubscribe_url="https://empleoandalucia.example.es/alertas/baja?u=8812",
      headers=listing("<alertas.empleoandalucia.example.es>",
                      "https://empleoandalucia.example.es/alertas/baja?u=8812"),
      text="""
Hola, Valentina:

Estas son las ofertas nuevas que coinciden con tu alerta «Auxiliar de RRHH – Málaga»:

Auxiliar administrativo/a de personal – Clínica Dental Perchel (Málaga)
Entrevistas a partir del lunes. Jornada completa.
https://empleoandalucia.example.es/oferta/551201

Técnico/a de selección junior – Grupo Logístico Guadalhorce (Campanillas)
Se valorará experiencia en centros de llamadas.
https://empleoandalucia.example.es/oferta/551244

Administrativo/a RR. HH. con inglés – Resort Calahonda (Mijas)
Incorporación inmediata tras entrevista.
https://empleoandalucia.example.es/oferta/551260

Ver las 12 ofertas restantes: https://empleoandalucia.example.es/alertas/8812

Consejo de la semana: si no te llaman tras una entrevista, no lo tomes como un rechazo definitivo; muchas empresas tardan más de tres semanas en responder.

Recibes este correo porque creaste una alerta de empleo. Darte de baja: https://empleoandalucia.example.es/alertas/baja?u=8812
"""),

    m(kind="other", slug="alert_turiempleo", lang="es", company="", contact="",
      frm=("TuriEmpleo", "boletin@turiempleo.example.es"),
      subject="Hoteles que entrevistan esta semana en la Costa del Sol",
      date="2026-07-27 08:30", html="newsletter", brand="TuriEmpleo", accent="#d35400",
      unsubscribe_url="https://turiempleo.example.es/b/unsub/77a1",
      headers=listing("<boletin.turiempleo.example.es>",
                      "https://turiempleo.example.es/b/unsub/77a1"),
      text="""
Boletín semanal de empleo en hostelería · 27 de julio de 2026

ENTREVISTAN ESTA SEMANA
- Hotel Alborán Playa (Torremolinos): recepcionistas y auxiliar de administración de personal. https://turiempleo.example.es/o/40021
- Hoteles Meridiano (Madrid): jornadas de selección abiertas para pisos y recepción, jueves 30. https://turiempleo.example.es/o/40032
- Resort Bahía de Nerja: coordinador/a de animación. https://turiempleo.example.es/o/40035

LO MÁS LEÍDO
«Me rechazaron en cinco hoteles antes de conseguir mi primer puesto en RR. HH.»: la historia de Lidia, de camarera de pisos a responsable de personal. https://turiempleo.example.es/blog/lidia

Gestiona tus preferencias o date de baja: https://turiempleo.example.es/b/unsub/77a1
"""),

    m(kind="other", slug="newsletter_entrevista_competencias", lang="es", company="", contact="",
      frm=("Carrera y Talento", "newsletter@carrerayt.example.es"),
      subject="Cómo preparar una entrevista por competencias (con ejemplos)",
      date="2026-04-13 06:45", html="newsletter", html_only=True, brand="Carrera y Talento",
      accent="#6c3483", unsubscribe_url="https://carrerayt.example.es/baja",
      headers=listing("<newsletter.carrerayt.example.es>", "https://carrerayt.example.es/baja"),
      text="""
Cómo preparar una entrevista por competencias

Cada vez más departamentos de RR. HH. usan la entrevista por competencias: en lugar de preguntarte qué harías, te piden que cuentes qué hiciste. El método STAR (situación, tarea, acción, resultado) te ayuda a ordenar la respuesta.

Ejemplo: «Cuéntame una vez que tuviste que gestionar a un cliente muy enfadado». Describe el contexto en dos frases, explica tu papel, detalla lo que hiciste tú (no el equipo) y termina con un resultado medible.

Tres errores frecuentes: respuestas demasiado largas, ejemplos inventados y no preparar preguntas para el final de la entrevista.

Lee el artículo completo: https://carrerayt.example.es/blog/entrevista-competencias

Has recibido este boletín porque te suscribiste en carrerayt.example.es. Darse de baja: https://carrerayt.example.es/baja
"""),

    m(kind="other", slug="newsletter_descartes_cv", lang="es", company="", contact="",
      frm=("Carrera y Talento", "newsletter@carrerayt.example.es"),
      subject="7 motivos por los que te descartan sin llegar a la entrevista",
      date="2026-09-21 06:45", html="newsletter", brand="Carrera y Talento", accent="#6c3483",
      unsubscribe_url="https://carrerayt.example.es/baja", cte="quoted-printable",
      headers=listing("<newsletter.carrerayt.example.es>", "https://carrerayt.example.es/baja"),
      text="""
¿Envías decenas de candidaturas y solo recibes el típico «lamentablemente, hemos decidido continuar con otros perfiles»? No eres la única persona.

Estos son los siete motivos más habituales de descarte, según 40 técnicos de selección consultados:

1. CV genérico, no adaptado a la oferta.
2. Falta de palabras clave que el ATS busca.
3. Fotos o formatos que el sistema no puede leer.
4. Saltos de fechas sin explicar.
5. Carta de presentación copiada.
6. Expectativas salariales fuera de rango.
7. Candidaturas enviadas fuera de plazo.

Un rechazo no dice nada de tu valía: dice que ese CV, para ese puesto, no pasó el filtro. Te contamos cómo arreglarlo: https://carrerayt.example.es/blog/descartes

Darse de baja: https://carrerayt.example.es/baja
"""),

    m(kind="other", slug="newsletter_revista_entrevista", lang="es", company="", contact="",
      frm=("Capital Humano Sur", "redaccion@capitalhumanosur.example.es"),
      subject="Entrevista: «En hostelería, la acogida es la mitad de la retención»",
      date="2026-07-20 09:00", html="newsletter", brand="Capital Humano Sur", accent="#1a5276",
      unsubscribe_url="https://capitalhumanosur.example.es/suscripcion",
      headers=listing("<revista.capitalhumanosur.example.es>",
                      "https://capitalhumanosur.example.es/suscripcion"),
      text="""
Capital Humano Sur · Número 88 · Julio de 2026

ENTREVISTA
Hablamos con la directora de Personas de Hoteles Alborán sobre cómo han reducido la rotación del personal de temporada: planes de acogida de dos semanas, mentores y entrevistas de salida sistemáticas. https://capitalhumanosur.example.es/88/entrevista-alboran

TAMBIÉN EN ESTE NÚMERO
- Las ETT andaluzas cierran su mejor primer semestre desde 2019.
- Contact centers: así está cambiando la selección con la IA.
- Convocatorias públicas: calendario de bolsas de empleo para el otoño.

Gestionar suscripción: https://capitalhumanosur.example.es/suscripcion
"""),

    # ---------------------------------------------------------------- look-alike requests
    m(kind="other", slug="podcast_cambio_rumbo", lang="es", company="", contact="irene@cambioderumbo.example.es",
      frm=("Irene Montalbán", "irene@cambioderumbo.example.es"),
      subject="¿Te apetece contar tu historia en «Cambio de Rumbo»?",
      date="2026-06-29 11:12", html="plain",
      text="""
Hola, Valentina:

Soy Irene, presento «Cambio de Rumbo», un pódcast sobre personas que se reinventan profesionalmente. Leí tu publicación sobre el paso del call center a Recursos Humanos y me encantó.

¿Te gustaría que te hiciéramos una entrevista para un episodio? Grabamos en remoto, dura unos 40 minutos y puedes revisar el audio antes de publicarlo. Sería en septiembre.

Si te apetece, dime qué días te vienen bien y te mando el guion.

Un abrazo,
Irene Montalbán
Cambio de Rumbo · pódcast
https://cambioderumbo.example.es
"""),

    m(kind="other", slug="user_research_empleapolis", lang="es", company="", contact="sara.llorente@empleapolis.example.es",
      frm=("Sara Llorente (Empleápolis)", "sara.llorente@empleapolis.example.es"),
      subject="¿30 minutos para ayudarnos a mejorar Empleápolis? (tarjeta de 20 €)",
      date="2026-05-27 10:00", html="card", brand="Empleápolis", accent="#2471a3",
      text="""
Hola, Valentina:

Estamos rediseñando la forma en que Empleápolis te avisa del estado de tus candidaturas y queremos escucharte.

Buscamos personas que hayan usado la app en los últimos tres meses para una entrevista de investigación de 30 minutos por videollamada. No es un proceso de selección: solo queremos entender cómo buscas empleo. Como agradecimiento, recibirás una tarjeta regalo de 20 €.

Elige un hueco aquí: https://research.empleapolis.example.es/agenda

Gracias,
Sara Llorente
Investigación de usuarios · Empleápolis
"""),

    m(kind="other", slug="headhunter_sagasta", lang="es", company="", contact="girisarri@sagastaseleccion.example.es",
      frm=("Gonzalo Irisarri", "girisarri@sagastaseleccion.example.es"),
      subject="Tu perfil – Sagasta Selección",
      date="2026-01-29 12:37",
      text="""
Hola, Valentina:

Soy Gonzalo Irisarri, de Sagasta Selección, una consultora especializada en perfiles de Recursos Humanos para el sector servicios.

He visto tu perfil y tu experiencia coordinando equipos en contact center me parece muy interesante para algunos de nuestros clientes. Ahora mismo no tengo ningún proceso abierto que encaje, pero me gustaría tenerte en el radar.

Si te parece bien, envíame tu CV actualizado y tus preferencias de ubicación y salario.

Un saludo,
Gonzalo Irisarri
Consultor · Sagasta Selección
C/ Sagasta 27, 28004 Madrid
"""),

    # ---------------------------------------------------------------- life admin
    m(kind="other", slug="paquete_retrasado", lang="es", company="", contact="",
      frm=("Envíos Rápidos Sur", "no-reply@enviosrapidossur.example.es"),
      subject="Tu envío 4471-AB-0932 se retrasa",
      date="2026-02-24 19:30", html="card", html_only=True, brand="Envíos Rápidos Sur",
      accent="#c0392b",
      text="""
Hola, Valentina:

Lamentablemente tu envío 4471-AB-0932 no podrá entregarse en la fecha prevista debido a una incidencia en nuestro centro de Antequera.

Nueva fecha estimada de entrega: jueves 26 de febrero.

Puedes seguir la posición de tu paquete en tiempo real o cambiar la dirección de entrega aquí: https://seguimiento.enviosrapidossur.example.es/4471AB0932

Sentimos las molestias.
Envíos Rápidos Sur
"""),

    m(kind="other", slug="posicion_compartida", lang="es", company="", contact="",
      frm=("Localiza", "no-reply@localiza-app.example.es"),
      subject="Rocío ha compartido su posición contigo",
      subject_enc=("utf-8", "Q", "partial"),
      date="2026-08-12 21:14", html="card", brand="Localiza", accent="#16a085",
      text="""
Rocío Peralta ha compartido su posición en tiempo real contigo durante 1 hora.

Última posición: Calle Larios, Málaga (hace 2 minutos)
Precisión: 12 m

Ver en el mapa: https://localiza-app.example.es/s/rp-0812

Puedes dejar de recibir estas notificaciones desde los ajustes de la app.
"""),

    m(kind="other", slug="amiga_rechazo", lang="es", company="", contact="rocio.peralta@example.es",
      frm=("Rocío Peralta", "rocio.peralta@example.es"),
      subject="me han dicho que no :(",
      date="2026-04-30 23:05",
      text="""
Vale, te lo cuento porque si no reviento.

Me ha llegado hoy el correo del Corte Inglés de lo de administración. «Tras valorar tu candidatura hemos decidido continuar con otras personas», y ya está. Después de dos entrevistas y una prueba de Excel. Ni una llamada.

Ya sé que a ti te ha pasado mil veces y que me vas a decir que no me lo tome como algo personal, pero necesitaba decírselo a alguien.

¿Nos vemos el sábado y me cuentas cómo te fue a ti con lo del hotel?

Besos,
Rocío
"""),

    m(kind="other", slug="banco_cita_hipoteca", lang="es", company="", contact="",
      frm=("Banco Marítimo", "no-reply@bancomaritimo.example.es"),
      subject="Confirmación de su cita con su gestor",
      subject_enc=("iso-8859-1", "Q", "partial"),
      date="2026-03-25 10:10", charset="iso-8859-1", cte="quoted-printable",
      html="plain",
      text="""
Estimada cliente:

Le confirmamos su cita para la entrevista de estudio de riesgo hipotecario con su gestor, D. Rafael Cortés:

Fecha: martes 31 de marzo de 2026
Hora: 17:00
Oficina: Alameda Principal 19, Málaga

Traiga sus tres últimas nóminas, la declaración de la renta y su informe de vida laboral. Según la posición de su solicitud en nuestro sistema, la respuesta se emitirá en un plazo de 10 días.

Si no puede acudir, puede cancelar la cita en la app o llamando al 900 000 111.

Banco Marítimo
"""),

    m(kind="other", slug="casero_caldera", lang="es", company="", contact="paco.moreno.alquileres@example.es",
      frm=("Francisco Moreno", "paco.moreno.alquileres@example.es"),
      subject="Técnico caldera y lo del contrato",
      date="2026-06-04 09:48",
      text="""
Hola Valentina,

Te escribo por dos cosas:

1. El técnico de la caldera vendrá el jueves 11 entre las 9 y las 11. Si no vas a estar, déjale las llaves a la vecina del 3.º B como la otra vez.

2. Lamentablemente no vamos a poder renovarte el contrato en las mismas condiciones: mi hija vuelve a Málaga en enero y necesitamos el piso. Si quieres, lo hablamos con calma y te doy margen hasta final de año.

Lo siento mucho, has sido la mejor inquilina que hemos tenido.

Paco
"""),

    m(kind="other", slug="colegio_tutoria", lang="es", company="", contact="elena.rosales@ceipvictoria.example.es",
      frm=("Elena Rosales (CEIP Virgen de la Victoria)", "elena.rosales@ceipvictoria.example.es"),
      subject="Citación a entrevista con la tutora – 3.º B",
      date="2026-10-07 13:30", charset="windows-1252", cte="quoted-printable",
      text="""
Estimada familia:

Como tutora de 3.º B, les cito a una entrevista individual para comentar la evolución de su hijo Daniel en el primer trimestre.

Día: martes 13 de octubre
Hora: 16:30
Lugar: aula de 3.º B (entrada por la puerta de la calle Cristo de la Epidemia)

Si no pueden asistir, comuníquenlo a través de iPasen o respondiendo a este correo para buscar otra fecha.

Un cordial saludo,
Elena Rosales
Tutora de 3.º B · CEIP Virgen de la Victoria
"""),

    m(kind="other", slug="centro_salud_cita", lang="es", company="", contact="",
      frm=("Salud Andalucía - Cita previa", "citaprevia@saludandalucia.example.es"),
      subject="Su cita ha sido cancelada – Centro de Salud El Palo",
      date="2026-01-21 08:02", headers=[("Auto-Submitted", "auto-generated")],
      text="""
Le informamos de que su cita con Medicina de Familia del jueves 22 de enero a las 9:40 ha sido cancelada por ausencia del profesional.

Puede solicitar una nueva cita en la app, en https://citaprevia.saludandalucia.example.es o llamando al 955 000 000.

Disculpe las molestias.

Este mensaje se ha enviado automáticamente. No responda a este correo.
"""),

    m(kind="other", slug="ooo_malvarrosa", lang="es", company="", contact="aferrer@textilmalvarrosa.example.es",
      frm=("Amparo Ferrer", "aferrer@textilmalvarrosa.example.es"),
      subject="Respuesta automática: Solicitud de feedback",
      subject_enc=("utf-8", "Q", "partial"),
      date="2026-08-10 10:02",
      headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
      text="""
Gracias por tu mensaje.

Estoy de vacaciones hasta el lunes 24 de agosto, sin acceso al correo. Para temas urgentes de nóminas o procesos de selección, escribe a personas@textilmalvarrosa.example.es.

Amparo Ferrer i Soler
Responsable de Recursos Humanos · Textil Malvarrosa
"""),

    m(kind="other", slug="red_profesional_vistas", lang="es", company="", contact="",
      frm=("Red Profesional Pro", "notificaciones@redprofesionalpro.example.com"),
      subject="Valentina, 4 selectores han visto tu perfil esta semana",
      date="2026-02-11 17:00", zone="UTC", html="card", brand="Red Profesional Pro",
      accent="#0a66c2",
      text="""
Tu perfil está llamando la atención.

Esta semana te han visto 4 personas de selección, entre ellas una de Hoteles Alborán y otra de Nexo Talent Partners.

Además, 2 empleos nuevos coinciden con tus preferencias: Auxiliar de RR. HH. (Málaga) y HR Assistant (Lisboa). Postula antes de que cierren.

Ver quién ha visto tu perfil: https://redprofesionalpro.example.com/me/visitas

Ajustes de notificaciones: https://redprofesionalpro.example.com/ajustes
"""),

    m(kind="other", slug="master_rrhh_no_admitida", lang="es", company="", contact="",
      frm=("Escuela de Negocios Nazarí - Admisiones", "noreply@escuelanazari.example.es"),
      subject="Resolución de admisión – Máster en Dirección de Personas",
      subject_enc=("utf-8", "B", "full"),
      date="2026-07-08 12:00", html="plain",
      text="""
Estimada Sra. Oyelaran-Ruiz:

Le agradecemos su interés en el Máster en Dirección de Personas y Desarrollo del Talento (edición 2026-2027).

Lamentamos comunicarle que, tras la valoración de su expediente por parte de la Comisión Académica, su solicitud no ha sido admitida en esta edición. El número de plazas es limitado y se ha dado prioridad a titulaciones universitarias del ámbito de las ciencias sociales.

Puede volver a solicitar la admisión en la próxima convocatoria o consultar nuestros programas de experto universitario, que no requieren titulación previa.

Atentamente,
Oficina de Admisiones
Escuela de Negocios Nazarí · Granada
"""),

    m(kind="other", slug="portabilidad_rechazada", lang="es", company="", contact="",
      frm=("Telefonía Alhambra", "notificaciones@telefoniaalhambra.example.es"),
      subject="Tu solicitud de portabilidad ha sido rechazada",
      date="2026-09-30 15:21", html="card", html_only=True, brand="Telefonía Alhambra",
      accent="#8e44ad",
      text="""
Hola, Valentina:

Tu operador actual ha rechazado la solicitud de portabilidad de la línea terminada en 219 porque el DNI indicado no coincide con el del titular.

Revisa los datos y vuelve a enviar la solicitud en tu área de cliente: https://mi.telefoniaalhambra.example.es/portabilidad

Si necesitas ayuda, estamos en el 1515.

Telefonía Alhambra
"""),

    m(kind="other", slug="sae_orientacion", lang="es", company="", contact="",
      frm=("Red Andaluza de Empleo - Cita previa", "citaprevia@redandaluzaempleo.example.es"),
      subject="Cita previa: entrevista de orientación laboral",
      subject_enc=("utf-8", "Q", "partial"),
      date="2026-01-15 09:12", cte="base64",
      text="""
Estimada demandante de empleo:

Se ha registrado una cita para una entrevista de orientación laboral con su tutora de empleo, dentro del itinerario personalizado de inserción.

Fecha: miércoles 21 de enero de 2026, 11:15
Oficina: Málaga-Centro, C/ Hilera 8

Recuerde que la no asistencia sin causa justificada puede afectar a su inscripción como demandante.

Red Andaluza de Empleo
"""),

    m(kind="other", slug="webinar_asociacion_rrhh", lang="es", company="", contact="",
      frm=("APRH Sur", "eventos@aprhsur.example.es"),
      subject="Webinar gratuito: selección por competencias en el sector servicios",
      date="2026-05-12 10:00", html="newsletter", brand="APRH Sur", accent="#117864",
      unsubscribe_url="https://aprhsur.example.es/baja",
      headers=listing("<eventos.aprhsur.example.es>", "https://aprhsur.example.es/baja"),
      text="""
Asociación de Profesionales de Recursos Humanos del Sur

WEBINAR · Jueves 21 de mayo, 18:00

«Selección por competencias en hostelería y contact center: de la entrevista al onboarding»

Ponentes: responsables de selección de tres cadenas hoteleras andaluzas y una empresa de BPO. Habrá turno de preguntas y un caso práctico sobre cómo dar feedback a las candidaturas descartadas.

Inscripción gratuita: https://aprhsur.example.es/eventos/webinar-21-mayo

Darse de baja: https://aprhsur.example.es/baja
"""),

    m(kind="other", slug="hermana_reenvio_oferta", lang="es", company="", contact="lucia.oyelaran@example.es",
      frm=("Lucía Oyelaran", "lucia.oyelaran@example.es"),
      subject="Fwd: Oferta: Auxiliar de RRHH – Hospital Quirúrgico Parque",
      date="2026-08-31 22:41",
      text="""
Mira esto, Vale!! Me ha llegado por el grupo del trabajo. Buscan justo lo tuyo y es en Sevilla, al lado de casa de mamá. Mándales el CV ya.

""" + forwarded("""
Buenas a todos:

Os paso esta oferta por si conocéis a alguien:

Hospital Quirúrgico Parque (Sevilla) busca Auxiliar de RRHH.
- Gestión de altas y bajas, control de turnos del personal de enfermería.
- Se valora experiencia en coordinación de equipos.
- Enviar CV a seleccion@hqparque.example.es antes del 15 de septiembre.

Entrevistas la segunda quincena de septiembre.

Saludos,
Carmen
""", "es", "Carmen Gil <carmen.gil@example.es>", "lun, 31 ago 2026, 18:02",
          "Oferta: Auxiliar de RRHH – Hospital Quirúrgico Parque", "lucia.oyelaran@example.es")),

    m(kind="other", slug="rebote_mailer_daemon", lang="es", company="", contact="",
      frm=("Mail Delivery Subsystem", "mailer-daemon@example.es"),
      subject="Notificación de estado de entrega (error)",
      subject_enc=("utf-8", "Q", "partial"),
      date="2026-07-02 10:31", headers=[("Auto-Submitted", "auto-replied")],
      attach_eml={
          "frm": CANDIDATE, "to": ("", "rrhh@hotelbahianerja.example.es"),
          "subject": "Candidatura – Auxiliar de administración de personal",
          "date": "2026-07-02 10:30",
          "text": """
Buenos días:

Les escribo para presentar mi candidatura al puesto de auxiliar de administración de personal publicado en TuriEmpleo. Adjunto mi currículum y quedo a su disposición para una entrevista.

Un saludo,
Valentina Oyelaran-Ruiz
"""},
      text="""
No se ha podido entregar tu mensaje a rrhh@hotelbahianerja.example.es.

El servidor de destino respondió:
550 5.1.1 <rrhh@hotelbahianerja.example.es>: Recipient address rejected: User unknown in virtual mailbox table

Comprueba la dirección e inténtalo de nuevo. Se adjunta el mensaje original.
"""),

    m(kind="other", slug="alboran_candidate_survey", lang="es", company="", contact="",
      frm=("Hoteles Alborán", "hotelesalboran@myworkday.com"),
      subject="¿Cómo fue tu experiencia como candidata? (2 minutos)",
      subject_enc=("utf-8", "B", "full"),
      date="2026-05-25 08:00", zone="UTC", html="card", brand="Hoteles Alborán",
      accent="#005a8c", headers=[("Auto-Submitted", "auto-generated")],
      text="""
Hola, Valentina:

Recientemente participaste en un proceso de selección de Hoteles Alborán. Nos gustaría conocer tu opinión sobre cómo te tratamos durante la candidatura, la entrevista y la comunicación del resultado, sea cual sea.

La encuesta es anónima y tarda dos minutos: https://wd3.myworkday.com/hotelesalboran/survey/cx-2026-05

Gracias por ayudarnos a mejorar.
Selección · Hoteles Alborán
"""),
]

OTHER_EN = [
    m(kind="other", slug="own_thanks_tagus", lang="en", company="", contact="",
      frm=CANDIDATE, to=[("Marta Sousa", "marta.sousa@tagustravel.example.pt")],
      subject="Thank you - People Coordinator chat",
      date="2026-06-05 17:45", parent="tagus_push_friday",
      text="""
Hi Marta,

Thank you so much for the conversation this afternoon. I loved hearing how you onboard the guides before each season, and I'd be really excited to help build that process with you.

Looking forward to the next steps, and happy to do a second interview whenever suits.

Best,
Valentina
"""),

    m(kind="other", slug="own_accept_liffey", lang="en", company="", contact="",
      frm=CANDIDATE, to=[("Aoife Brennan", "aoife.brennan@liffeycs.example.ie")],
      subject="Re: Your offer from Liffey Customer Solutions",
      date="2026-09-02 09:14", parent="liffey_offer_pdf", cte="quoted-printable",
      text="""
Dear Aoife,

Thank you so much! I'm very happy to accept the offer. I've signed the letter and attached it to this email.

Two quick questions: could the relocation support cover a temporary flat for the first month, and is there any flexibility on the start date if my notice period in Málaga runs until 9 October?

Looking forward to joining the team.

Best regards,
Valentina Oyelaran-Ruiz

""" + quote("""
Hi Valentina,

I'm delighted to confirm, as I mentioned on the phone this afternoon, that we'd like to offer you the HR Coordinator (Spanish/English) position.
""", "en", "Tue, 1 Sept 2026 at 16:37", "Aoife Brennan <aoife.brennan@liffeycs.example.ie>")),

    m(kind="other", slug="own_move_quayside", lang="en", company="", contact="",
      frm=CANDIDATE, to=[("Cian Doherty", "cian.doherty@quaysidecc.example.ie")],
      subject="Re: HR Assistant - quick call?",
      date="2026-05-12 08:20", parent="quayside_phone_screen",
      text="""
Hi Cian,

Thanks for getting in touch! Unfortunately I'm working on Thursday morning. Could we do Tuesday 19 May at 11:00 Irish time instead? A Teams call would be easiest for me.

Kind regards,
Valentina

""" + quote("""
Would you be up for a 20-minute phone screen? I have Thursday 14 May at 11:00 (Irish time) free. If that doesn't suit, send me a couple of alternatives.
""", "en", "Mon, 11 May 2026 at 15:02", "Cian Doherty <cian.doherty@quaysidecc.example.ie>")),

    m(kind="other", slug="alert_greenisle", lang="en", company="", contact="",
      frm=("GreenIsle Jobs", "alerts@greenislejobs.example.ie"),
      subject="New jobs for 'HR assistant' in Dublin",
      date="2026-04-06 06:00", html="newsletter", brand="GreenIsle Jobs", accent="#27ae60",
      unsubscribe_url="https://greenislejobs.example.ie/alerts/unsubscribe/a91",
      headers=listing("<alerts.greenislejobs.example.ie>",
                      "https://greenislejobs.example.ie/alerts/unsubscribe/a91"),
      text="""
Hi Valentina, here are this week's new jobs matching your alert.

HR Assistant - Harbourview Hotels, Dublin 1
Fast-track process, interviews from next Monday.
https://greenislejobs.example.ie/job/30411

People Operations Administrator - Quayside Contact Centre, Dublin 1
https://greenislejobs.example.ie/job/30427

HR Coordinator (Spanish speaker) - Liffey Customer Solutions, Dublin 4
https://greenislejobs.example.ie/job/30452

Career tip: a rejection email isn't the end. Reply politely, ask for feedback and stay on the recruiter's radar.

You're receiving this because you set up a job alert. Unsubscribe: https://greenislejobs.example.ie/alerts/unsubscribe/a91
"""),

    m(kind="other", slug="newsletter_rejection_advice", lang="en", company="", contact="",
      frm=("The Career Switch", "hello@thecareerswitch.example.com"),
      subject="How to read between the lines of a rejection email",
      date="2026-08-24 12:00", zone="UTC", html="newsletter", html_only=True,
      brand="The Career Switch", accent="#34495e",
      unsubscribe_url="https://thecareerswitch.example.com/unsubscribe",
      headers=listing("<weekly.thecareerswitch.example.com>",
                      "https://thecareerswitch.example.com/unsubscribe"),
      text="""
This week: decoding the rejection email

"We have decided to move forward with other candidates." "The position has been filled." "We'll keep your CV on file." Every job seeker knows these lines. But what do they really mean?

We asked twelve recruiters. Their answer: the wording usually says more about the company's ATS template than about you. A personal rejection after an interview, on the other hand, is an invitation to ask for feedback.

Also in this issue: three scripts for following up after an interview, and why "unfortunately we cannot respond to every applicant" is not a no.

Read more: https://thecareerswitch.example.com/issues/112

Unsubscribe: https://thecareerswitch.example.com/unsubscribe
"""),

    m(kind="other", slug="press_lisbon_courier", lang="en", company="", contact="h.mcallister@lisboncourier.example.pt",
      frm=("Helen McAllister", "h.mcallister@lisboncourier.example.pt"),
      subject="Interview request - career changers feature",
      date="2026-09-09 14:30",
      text="""
Dear Valentina,

I'm a reporter at The Lisbon Courier, the English-language weekly. I'm working on a feature about people from southern Spain who move into HR and people roles abroad, and a contact at a Lisbon recruitment agency suggested I speak to you.

Would you be open to a short interview, 20 to 30 minutes by phone or video, sometime in the next two weeks? You'd be able to check your quotes before publication, and we can leave out your surname if you prefer.

Many thanks,
Helen McAllister
Features Reporter, The Lisbon Courier
"""),

    m(kind="other", slug="recruiter_cold_lisbon", lang="en", company="", contact="duarte.mendes@atlanticpeople.example.pt",
      frm=("Duarte Mendes", "duarte.mendes@atlanticpeople.example.pt"),
      subject="Spanish-speaking HR talent in Lisbon",
      date="2026-03-30 10:55",
      text="""
Hi Valentina,

I came across your profile and your move from contact-centre operations into HR caught my eye. I recruit for shared-service centres in Lisbon, and Spanish-speaking HR profiles are in real demand.

Nothing specific to share right now, but if you'd be open to relocating, send me your latest CV and I'll keep you in mind when the autumn roles come in.

Best wishes,
Duarte Mendes
Principal Consultant, Atlantic People
Lisbon
"""),

    m(kind="other", slug="notification_app_viewed", lang="en", company="", contact="",
      frm=("ProNet Jobs", "jobs-noreply@pronetjobs.example.com"),
      subject="Your application was viewed by Harbourview Hotels",
      date="2026-02-05 19:22", zone="UTC", html="card", brand="ProNet Jobs",
      accent="#0a66c2",
      text="""
Good news, Valentina: Harbourview Hotels viewed your application for HR Administrator.

Employers who view an application usually decide within two weeks. Meanwhile, 8 similar jobs were posted in Dublin this week.

See similar jobs: https://pronetjobs.example.com/jobs/similar/hr-administrator-dublin

Manage notifications: https://pronetjobs.example.com/settings
"""),

    m(kind="other", slug="ooo_corrib", lang="en", company="", contact="declan.obriain@corribpeople.example.ie",
      frm=("Declan Ó Briain", "declan.obriain@corribpeople.example.ie"),
      name_enc=("iso-8859-1", "Q"),
      subject="Automatic reply: Second interview availability",
      date="2026-07-20 08:01",
      headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
      text="""
Thanks for your email. I'm out of the office until Monday 27 July with limited access to email.

If your message is about an interview or an offer, please contact my colleague Sinéad Kavanagh on +353 1 000 4470 or sinead.kavanagh@corribpeople.example.ie.

Declan
"""),

    m(kind="other", slug="parcel_delayed_dublin", lang="en", company="", contact="",
      frm=("EmeraldPost Tracking", "notifications@emeraldpost.example.ie"),
      subject="Your parcel is delayed",
      date="2026-09-22 17:05", html="card", html_only=True, brand="EmeraldPost",
      accent="#1e8449",
      text="""
Hi Valentina,

Unfortunately your parcel EP-88213-IE is running late. It's currently held at our Dublin sorting centre due to high volumes.

New estimated delivery: Thursday 24 September.

Track its position: https://emeraldpost.example.ie/track/EP88213IE

We're sorry for the inconvenience.
EmeraldPost
"""),

    m(kind="other", slug="friend_skylark", lang="en", company="", contact="jess.whitford@example.co.uk",
      frm=("Jess Whitford", "jess.whitford@example.co.uk"),
      subject="well that's that then",
      date="2026-05-03 21:47",
      text="""
Val!!

Skylark Air said no. After the assessment day AND the panel interview. The email literally said "we have decided not to progress your application at this time" which, thanks, very warm.

I'm fine. Mostly. Going to eat an entire pizza and apply for the Ryanbird cabin crew thing on Monday.

How's your Lisbon one going? Tell me something good.

Jess x
"""),

    m(kind="other", slug="lettings_viewing", lang="en", company="", contact="ciara.nolan@portsidelettings.example.ie",
      frm=("Ciara Nolan | Portside Lettings", "ciara.nolan@portsidelettings.example.ie"),
      subject="Your viewing appointment - 14 Pembroke Lane, Apt 3",
      date="2026-08-26 12:30",
      text="""
Dear Valentina,

Thank you for booking a viewing of 14 Pembroke Lane, Apartment 3.

Unfortunately the property has now been let, so we have had to cancel your viewing appointment on Saturday. We're sorry for any inconvenience.

We have two similar one-bed apartments available in Dublin 4 from October. Reply to this email and I'll arrange a viewing.

Kind regards,
Ciara Nolan
Lettings Negotiator, Portside Lettings
"""),

    m(kind="other", slug="meetup_hr_breakfast", lang="en", company="", contact="",
      frm=("HR Breakfast Dublin", "events@hrbreakfastdublin.example.ie"),
      subject="You're going: Interview skills workshop - HR Breakfast Dublin",
      date="2026-10-05 09:00", html="newsletter", brand="HR Breakfast Dublin",
      accent="#5b2c6f", unsubscribe_url="https://hrbreakfastdublin.example.ie/unsubscribe",
      headers=listing("<events.hrbreakfastdublin.example.ie>",
                      "https://hrbreakfastdublin.example.ie/unsubscribe"),
      text="""
You're on the list!

Interview skills workshop: sitting on the other side of the table
Thursday 15 October, 07:45 to 09:15
The Grain Store, Smithfield, Dublin 7

Our October session is for new HR folks who run interviews for the first time: structuring questions, note-taking, and how to write a rejection that candidates don't hate.

Add to calendar: https://hrbreakfastdublin.example.ie/events/oct/ics
Can't make it? Free your spot: https://hrbreakfastdublin.example.ie/events/oct/cancel
"""),
]

OTHER_FR = [
    m(kind="other", slug="alert_aquitaine_emploi", lang="fr", company="", contact="",
      frm=("Aquitaine Emploi", "alertes@aquitaine-emploi.example.fr"),
      subject="Vos nouvelles offres : assistant(e) RH - Bordeaux",
      date="2026-06-15 07:30", html="newsletter", brand="Aquitaine Emploi", accent="#922b21",
      unsubscribe_url="https://aquitaine-emploi.example.fr/desinscription/5520",
      headers=listing("<alertes.aquitaine-emploi.example.fr>",
                      "https://aquitaine-emploi.example.fr/desinscription/5520"),
      text="""
Bonjour Valentina,

5 nouvelles offres correspondent à votre alerte « assistant(e) RH – Bordeaux » :

Assistant(e) RH bilingue espagnol – Hôtels Garonne Collection, Bordeaux
https://aquitaine-emploi.example.fr/offre/88120

Gestionnaire administration du personnel – Caves de Saint-Émilion Distribution
Entretiens prévus début juillet.
https://aquitaine-emploi.example.fr/offre/88134

Chargé(e) de recrutement – Intérim Gironde, Mérignac
https://aquitaine-emploi.example.fr/offre/88151

Voir toutes les offres : https://aquitaine-emploi.example.fr/alertes/5520

Pour ne plus recevoir ces alertes : https://aquitaine-emploi.example.fr/desinscription/5520
"""),

    m(kind="other", slug="own_candidature_chartrons", lang="fr", company="", contact="",
      frm=CANDIDATE, to=[("Galeries Chartrons - RH", "s.mauriac@galeries-chartrons.example.fr")],
      subject="Candidature spontanée - service RH",
      date="2026-08-21 19:30",
      pdfs=[{"name": "CV_Valentina_Oyelaran-Ruiz_FR.pdf", "title": "CV",
                 "lines": ["VALENTINA OYELARAN-RUIZ",
                        "Málaga (Espagne) - mobile vers Bordeaux",
                        "6 ans en centre d'appels, dont 2 comme coordinatrice d'équipe",
                        "Formation : Technicienne en ressources humaines (2026)",
                        "Langues : espagnol, anglais C1, français B2, allemand B1"]}],
      text="""
Madame, Monsieur,

Je me permets de vous adresser ma candidature spontanée pour un poste d'assistante au sein de votre service des ressources humaines.

Après six années en centre d'appels à Málaga, dont deux comme coordinatrice d'équipe, je termine une formation de technicienne RH et je souhaite m'installer à Bordeaux. L'accueil des nouveaux collaborateurs et la planification sont les domaines qui m'intéressent le plus.

Vous trouverez mon CV en pièce jointe. Je serais ravie d'échanger avec vous.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Valentina Oyelaran-Ruiz
"""),

    m(kind="other", slug="banque_oceane_rdv", lang="fr", company="", contact="",
      frm=("Banque Océane", "ne-pas-repondre@banque-oceane.example.fr"),
      subject="Votre rendez-vous avec votre conseiller est confirmé",
      date="2026-10-09 11:00", charset="iso-8859-1", cte="quoted-printable",
      subject_enc=("iso-8859-1", "Q", "partial"), html="plain",
      text="""
Madame Oyelaran-Ruiz,

Nous vous confirmons votre entretien avec M. Julien Berthou, conseiller clientèle, pour l'ouverture de votre compte et l'étude de votre dossier de caution locative :

Mardi 20 octobre 2026 à 12h15
Agence Bordeaux Quinconces, 8 allées de Tourny

Merci de vous munir d'une pièce d'identité, d'un justificatif de domicile et de votre promesse d'embauche.

Banque Océane
"""),

    m(kind="other", slug="institut_rh_refus", lang="fr", company="", contact="",
      frm=("Institut Supérieur RH Bordeaux", "ne-pas-repondre@isrh-bordeaux.example.fr"),
      subject="Votre candidature au Bachelor RH en alternance",
      date="2026-06-26 10:40", cte="base64",
      text="""
Madame,

Nous avons le regret de vous informer que votre candidature au Bachelor Ressources Humaines en alternance (rentrée de septembre 2026) n'a pas été retenue par le jury d'admission.

Le jury a relevé la qualité de votre parcours, mais le nombre de places est limité et votre dossier ne comportait pas encore de contrat d'alternance signé avec une entreprise.

Vous pouvez candidater à nouveau pour la session de janvier.

Le service des admissions
Institut Supérieur RH Bordeaux
"""),
]

OTHER_DE = [
    m(kind="other", slug="alert_jobfinder_bayern", lang="de", company="", contact="",
      frm=("JobFinder Bayern", "jobagent@jobfinder-bayern.example.de"),
      subject="Ihr Jobagent: 6 neue Stellen für „HR Assistenz München“",
      date="2026-05-25 06:15", html="newsletter", brand="JobFinder Bayern", accent="#2e86c1",
      unsubscribe_url="https://jobfinder-bayern.example.de/jobagent/abmelden/k77",
      headers=listing("<jobagent.jobfinder-bayern.example.de>",
                      "https://jobfinder-bayern.example.de/jobagent/abmelden/k77"),
      text="""
Guten Morgen, Valentina,

Ihr Jobagent hat 6 neue Stellen gefunden:

HR-Assistenz (m/w/d) – Isarblick Hotels, München-Haidhausen
https://jobfinder-bayern.example.de/stelle/221903

Sachbearbeitung Personal (m/w/d) – Kaufhaus Maximilian, München
Vorstellungsgespräche ab Juni.
https://jobfinder-bayern.example.de/stelle/221940

Recruiting-Koordination Spanisch – Bavaria Contact Services
https://jobfinder-bayern.example.de/stelle/221977

Alle Treffer anzeigen: https://jobfinder-bayern.example.de/jobagent/k77

Jobagent abbestellen: https://jobfinder-bayern.example.de/jobagent/abmelden/k77
"""),

    m(kind="other", slug="newsletter_absagen_deuten", lang="de", company="", contact="",
      frm=("Karrierekompass", "redaktion@karrierekompass.example.de"),
      subject="Absage erhalten? So deuten Sie die Formulierungen richtig",
      date="2026-07-13 07:00", html="newsletter", html_only=True, brand="Karrierekompass",
      accent="#b9770e", unsubscribe_url="https://karrierekompass.example.de/abmelden",
      headers=listing("<newsletter.karrierekompass.example.de>",
                      "https://karrierekompass.example.de/abmelden"),
      text="""
Karrierekompass – Ihr Newsletter für den Berufsalltag

„Leider müssen wir Ihnen mitteilen ...“, „Die Stelle wurde anderweitig besetzt“, „Wir wünschen Ihnen für Ihre Zukunft alles Gute“: Absageschreiben folgen oft festen Mustern. Was steckt dahinter?

Unsere Personalexpertin erklärt, warum viele Absagen nach dem Vorstellungsgespräch bewusst neutral formuliert sind, wann sich eine Nachfrage lohnt und wie Sie ein Feedbackgespräch höflich anfragen.

Zum Artikel: https://karrierekompass.example.de/absagen-deuten

Außerdem: Die fünf häufigsten Fragen im Vorstellungsgespräch für HR-Assistenzen.

Newsletter abbestellen: https://karrierekompass.example.de/abmelden
"""),

    m(kind="other", slug="isarblick_abwesenheit", lang="de", company="", contact="katharina.weissenboeck@isarblick.example.de",
      frm=("Katharina Weißenböck", "katharina.weissenboeck@isarblick.example.de"),
      subject="Abwesenheitsnotiz: Danke für das Gespräch",
      subject_enc=("iso-8859-1", "Q", "partial"),
      date="2026-06-19 08:30", charset="iso-8859-1", cte="8bit",
      headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
      text="""
Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 26. Juni nicht im Büro und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen zu Bewerbungen und Vorstellungsgesprächen wenden Sie sich bitte an personal@isarblick.example.de.

Mit freundlichen Grüßen
Katharina Weißenböck
"""),

    m(kind="other", slug="own_bewerbung_maximilian", lang="de", company="", contact="",
      frm=CANDIDATE, to=[("Kaufhaus Maximilian Personalabteilung", "bewerbung@kaufhaus-maximilian.example.de")],
      subject="Bewerbung als Sachbearbeiterin Personal (m/w/d)",
      date="2026-05-03 20:10",
      pdfs=[{"name": "Bewerbung_Oyelaran-Ruiz.pdf", "title": "Lebenslauf",
                 "lines": ["VALENTINA OYELARAN-RUIZ",
                        "Lebenslauf",
                        "Málaga, Spanien - Umzug nach München geplant",
                        "6 Jahre Kundenservice und Schichtkoordination im Callcenter",
                        "Weiterbildung: Fachkraft Personalwesen (2026)",
                        "Sprachen: Spanisch, Englisch C1, Französisch B2, Deutsch B1"]}],
      text="""
Sehr geehrte Damen und Herren,

hiermit bewerbe ich mich auf die ausgeschriebene Stelle als Sachbearbeiterin Personal (m/w/d) in Ihrem Stammhaus am Marienplatz.

Ich arbeite seit sechs Jahren in einem Callcenter in Málaga, davon zwei Jahre als Schichtkoordinatorin, und schließe in diesem Jahr eine Weiterbildung im Personalwesen ab. Meine Deutschkenntnisse (B1) baue ich derzeit mit einem Intensivkurs aus.

Meinen Lebenslauf finden Sie im Anhang. Über eine Einladung zu einem Gespräch würde ich mich sehr freuen.

Mit freundlichen Grüßen
Valentina Oyelaran-Ruiz
"""),

    m(kind="other", slug="kvr_termin", lang="de", company="", contact="",
      frm=("Kreisverwaltungsreferat München - Terminvereinbarung", "no-reply@kvr-muenchen.example.de"),
      subject="Terminbestätigung: Anmeldung einer Wohnung",
      date="2026-09-16 14:02", charset="iso-8859-1", cte="quoted-printable",
      headers=[("Auto-Submitted", "auto-generated")],
      text="""
Sehr geehrte Frau Oyelaran-Ruiz,

hiermit bestätigen wir Ihren Termin im Bürgerbüro:

Anliegen: Anmeldung einer Wohnung
Datum: Mittwoch, 7. Oktober 2026
Uhrzeit: 08:40 Uhr
Ort: Bürgerbüro Ruppertstraße 19, 80337 München, Wartebereich C

Bitte bringen Sie Ihren Reisepass oder Personalausweis und die Wohnungsgeberbestätigung mit. Wenn Sie den Termin nicht wahrnehmen können, sagen Sie ihn bitte über den Link in dieser E-Mail ab, damit er anderen Bürgerinnen und Bürgern zur Verfügung steht: https://termin.kvr-muenchen.example.de/absagen/4B7-221

Dies ist eine automatisch erzeugte Nachricht.
"""),
]

MESSAGES = OTHER_ES + OTHER_EN + OTHER_FR + OTHER_DE
