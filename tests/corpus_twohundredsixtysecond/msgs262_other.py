"""Corpus 262, kind `other`: 52 hand-written messages (27 es, 14 en, 4 de, 7 fr).

Digests, newsletters, notifications, the candidate's own sent mail, private and
administrative mail that uses interview / appointment / position words in another sense.
Also holds a few texts that messages of other kinds quote (they are imported there).
"""

from __future__ import annotations

from msgs262_common import (
    CAND,
    SIG_CAND_EN,
    SIG_CAND_ES,
    digest_html,
    digest_text,
    reply,
)

# --------------------------------------------------------------------------- quoted texts

TURIA_REC = ("Rosa Martínez Albert", "rmartinez@autobusesturia.example.es")

TURIA_MISSED = """Buenos días, Sr. Aguilar-Nakamura:

Tal como acordamos, esta mañana le hemos llamado dos veces a las 10:00 al +34 611 48 27 90 para la entrevista telefónica, pero no hemos conseguido hablar con usted y el buzón de voz estaba lleno.

Si sigue interesado en el puesto de Coordinador de Tráfico, le ruego que me responda a este correo antes del jueves indicándome dos franjas horarias que le vayan bien.

Atentamente,

Rosa Martínez Albert
Técnica de Selección · Autobuses Turia
Carrer de Sant Vicent Màrtir 212, 46007 València
Tel. 963 21 44 80
"""

CALANQUES_REC = ("Sophie Roux", "sophie.roux@calanques-transports.example.fr")

CALANQUES_MISSED = """Bonjour Monsieur Aguilar-Nakamura,

Nous vous attendions ce matin à 7h30 au dépôt de Saint-Menet pour votre journée d'immersion avec l'équipe d'exploitation. Le chef de dépôt vous a attendu jusqu'à 8h15 et nous avons essayé de vous joindre sur votre portable, sans succès.

Pouvez-vous nous dire ce qui s'est passé ?

Cordialement,

Sophie Roux
Chargée de recrutement
Transports Calanques
12 boulevard de la Valbarelle, 13011 Marseille
Tél. 04 91 35 62 10
"""

FARO_REC = ("Oriol Soler", "oriol.soler@farotalent.example.es")

FARO_APPROACH = """Hola Fernando:

Soy Oriol Soler, de Faro Talent, una consultora de Barcelona especializada en perfiles de operaciones para empresas de movilidad. He visto tu perfil en Enlazados y tu paso de la conducción a la coordinación de turnos me parece muy interesante.

No tengo ahora mismo ningún proceso concreto que proponerte, pero trabajo con varias empresas de car sharing y alquiler que suelen buscar coordinadores de flota. ¿Te apetecería que habláramos diez minutos para conocerte y guardar tu CV en nuestra cartera?

Un abrazo,

Oriol Soler
Senior Consultant · Faro Talent
Passeig de Gràcia 71, 5º, 08008 Barcelona
+34 932 71 50 18
"""

FARO_ANSWER = """Hola Oriol:

Gracias por escribirme. Claro que sí, me encantaría platicar; estoy buscando justo un puesto de coordinación de flota en Barcelona o Valencia.

Te adjunto mi CV actualizado. Puedes llamarme cualquier tarde a partir de las 16:00 al +34 611 48 27 90.

Saludos,
Fernando
"""

MAASPORT_REC = ("Sanne de Wit", "sanne.dewit@maasport.example.nl")

MAASPORT_THANKS = """Dear Sanne,

Thank you for taking the time to speak with me this afternoon, and please pass my thanks on to Joost as well. I enjoyed hearing how the yard team plans the chassis and tractor units around the ferry schedules, and I'd be glad to bring my shift-planning experience to that.

I'm happy to share references from my time coordinating the taxi fleet in Monterrey if useful.

Kind regards,
Fernando Aguilar-Nakamura
"""

TURIA_THANKS = """Estimada Rosa:

Le agradezco mucho la entrevista de esta mañana en las cocheras de Fuente San Luis. Fue muy útil conocer al jefe de tráfico y ver cómo se reparten los servicios de las líneas de la huerta norte.

Me quedo con muchas ganas de formar parte del equipo. Si necesitan referencias de mi trabajo en la central de taxis de Monterrey, con gusto se las hago llegar.

Un cordial saludo,
Fernando Aguilar-Nakamura
"""

MC_REC = ("Pilar Esteve", "pilar.esteve@movilidadcastellon.example.es")

MC_APPLICATION = """Buenos días:

Me dirijo a ustedes para presentar mi candidatura al puesto de Coordinador de Flota publicado en su web para la nueva línea Castellón–Aeropuerto.

Llevo doce años en el sector del transporte de personas: diez como taxista en Monterrey (México) y los dos últimos coordinando los turnos y el mantenimiento de una flota de 45 vehículos. Desde 2025 vivo en Valencia y tengo permiso de trabajo y carné B; estoy preparando el carné D.

Adjunto mi currículum. Quedo a su disposición para ampliar cualquier información.

Atentamente,
Fernando Aguilar-Nakamura
+34 611 48 27 90
"""

ALBUFERA_REC = ("Ana Belén Roig", "anabelen.roig@albufera-auto.example.es")

ALBUFERA_MOVE_ASK = """Hola, Ana Belén:

Gracias por la convocatoria al centro de evaluación del martes 31 de marzo. Ese día tengo el examen teórico del carné D en la Jefatura de Tráfico y no puedo cambiarlo.

¿Habría posibilidad de asistir a otra de las sesiones? Me viene bien cualquier día de esa semana o de la siguiente.

Muchas gracias y disculpa las molestias,
Fernando
"""

TALLIS_MOVE_ASK = """Hi Priya,

I'm very sorry to ask, but could we move Thursday's interview? My current employer has just put me on an early shift that day and I won't be able to join at 11:00.

Any time on Friday or Monday afternoon would work for me.

Many thanks,
Fernando
"""


TURIA_SORRY = reply("""Buenas tardes, Rosa:

Le pido una disculpa por no haber contestado esta mañana. Estaba haciendo un servicio al aeropuerto y el celular se quedó sin batería justo antes de las diez; no vi las llamadas hasta mediodía.

Sigo muy interesado en el puesto. ¿Sería posible volver a agendar la llamada? Puedo el jueves de 9:00 a 12:00 o el viernes a cualquier hora de la mañana.

Gracias por su comprensión,
Fernando Aguilar-Nakamura""", "es", "mar, 27 ene 2026 a las 11:02", TURIA_REC, TURIA_MISSED)


CALANQUES_SORRY = reply("""Bonjour Madame Roux,

Je suis vraiment désolé. Mon train de nuit depuis Valence a été bloqué plus de trois heures à Perpignan à cause d'une panne et mon téléphone n'avait plus de réseau. Je suis arrivé à Marseille à 10h40.

Je comprends que cela pose problème. Si c'est encore possible, je serais très heureux de faire la journée d'immersion à une autre date.

Avec mes excuses,
Fernando Aguilar-Nakamura""", "fr", "mar. 12 mai 2026 à 09:02", CALANQUES_REC, CALANQUES_MISSED)


# --------------------------------------------------------------------------- messages

OTHER: list[dict] = [
    # ------------------------------------------------------------ es 1-27
    {
        "name": "own_thanks_flotaruta",
        "kind": "other", "lang": "es",
        "key": "A_thanks", "parent": "A_move",
        "frm": CAND, "to": [("Lucía Ferrer Bosch", "lucia.ferrer@flotaruta.example.es")],
        "subject": "Re: Nueva hora: entrevista Coordinador/a de Flota",
        "date": "2026-02-12 18:40 +0100",
        "text": """Hola Lucía:

Muchas gracias por recibirme esta mañana junto a Álvaro y Pilar. Me gustó mucho conocer cómo organizan la rotación de los coches de la base del aeropuerto y el reto de reducir los tiempos de limpieza entre alquileres.

Como les comenté, en Monterrey llevé durante dos años los turnos de una flota de 45 taxis y el control de mantenimiento; creo que esa experiencia encaja con lo que necesitan.

Quedo pendiente de sus noticias.

Un saludo,
""" + SIG_CAND_ES,
    },
    {
        "name": "own_thanks_turia",
        "kind": "other", "lang": "es",
        "key": "B_thanks", "parent": "B_move",
        "frm": CAND, "to": [TURIA_REC],
        "subject": "Gracias por la entrevista",
        "date": "2026-02-04 19:05 +0100",
        "text": TURIA_THANKS + "\n" + SIG_CAND_ES,
    },
    {
        "name": "own_apology_missed_call",
        "kind": "other", "lang": "es",
        "key": "B_sorry", "parent": "B_missed",
        "frm": CAND, "to": [TURIA_REC],
        "subject": "Re: Entrevista telefónica no realizada",
        "date": "2026-01-27 13:12 +0100",
        "text": TURIA_SORRY,
    },
    {
        "name": "own_application_movilidad_castellon",
        "kind": "other", "lang": "es",
        "key": "MC_app",
        "frm": CAND, "to": [("Movilidad Castellón RRHH", "rrhh@movilidadcastellon.example.es")],
        "subject": "Candidatura: Coordinador de Flota (línea Castellón–Aeropuerto)",
        "date": "2026-01-05 09:31 +0100",
        "text": MC_APPLICATION,
        "pdfs": [{"filename": "CV_Fernando_Aguilar-Nakamura.pdf",
                  "title": "Fernando Aguilar-Nakamura - Curriculum vitae",
                  "lines": ["Valencia - +34 611 48 27 90 - fernando.an@example.mx",
                            "2024-2025 Coordinador de turnos, Sitio Cumbres Taxis, Monterrey",
                            "2014-2024 Taxista, Monterrey, Nuevo Leon",
                            "Idiomas: espanol (nativo), ingles (B2), frances (A2), aleman (A1)"]}],
    },
    {
        "name": "digest_empleo_levante",
        "kind": "other", "lang": "es",
        "frm": ("Empleo Levante", "alertas@empleolevante.example.es"),
        "subject": "12 ofertas nuevas para «coordinador de flota» en Valencia",
        "date": "2026-02-16 07:02 +0100",
        "headers": [
            ("List-Id", "Alertas de empleo <alertas.empleolevante.example.es>"),
            ("List-Unsubscribe", "<https://empleolevante.example.es/alertas/baja?t=8812ac>, "
                                 "<mailto:baja@empleolevante.example.es>"),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
            ("Precedence", "bulk"),
            ("Auto-Submitted", "auto-generated"),
        ],
        "text": digest_text(
            "Tus ofertas de la semana",
            "Hola Fernando, estas son las ofertas publicadas en los últimos siete días que coinciden con tu alerta. Consejo de la semana: si te rechazan en una entrevista, pide siempre feedback.",
            [("Coordinador/a de flota – rent a car", "Valencia · Jornada completa · 24.000–27.000 €",
              "https://empleolevante.example.es/o/55102", "Entrevista en el mismo día para candidaturas con carné B y experiencia en atención al cliente."),
             ("Jefe/a de tráfico – transporte de viajeros", "Sagunto · Indefinido",
              "https://empleolevante.example.es/o/55117", "Proceso rápido: una entrevista telefónica y otra presencial."),
             ("Planificador/a de rutas de reparto", "Paterna · Turno de mañana",
              "https://empleolevante.example.es/o/55130", "Empresa de paquetería en expansión. Incorporación inmediata."),
             ("Gestor/a de flota de furgonetas eléctricas", "Valencia · Híbrido",
              "https://empleolevante.example.es/o/55141", "Posición de nueva creación dentro del equipo de operaciones.")],
            "Recibes este correo porque creaste una alerta en Empleo Levante. Darte de baja: https://empleolevante.example.es/alertas/baja?t=8812ac"),
        "html": digest_html(
            "Tus ofertas de la semana",
            "Hola Fernando, estas son las ofertas publicadas en los últimos siete días que coinciden con tu alerta. Consejo de la semana: si te rechazan en una entrevista, pide siempre feedback.",
            [("Coordinador/a de flota – rent a car", "Valencia · Jornada completa · 24.000–27.000 €",
              "https://empleolevante.example.es/o/55102", "Entrevista en el mismo día para candidaturas con carné B y experiencia en atención al cliente."),
             ("Jefe/a de tráfico – transporte de viajeros", "Sagunto · Indefinido",
              "https://empleolevante.example.es/o/55117", "Proceso rápido: una entrevista telefónica y otra presencial."),
             ("Planificador/a de rutas de reparto", "Paterna · Turno de mañana",
              "https://empleolevante.example.es/o/55130", "Empresa de paquetería en expansión. Incorporación inmediata."),
             ("Gestor/a de flota de furgonetas eléctricas", "Valencia · Híbrido",
              "https://empleolevante.example.es/o/55141", "Posición de nueva creación dentro del equipo de operaciones.")],
            "Recibes este correo porque creaste una alerta en Empleo Levante. Darte de baja: https://empleolevante.example.es/alertas/baja?t=8812ac"),
    },
    {
        "name": "newsletter_encajar_un_no",
        "kind": "other", "lang": "es",
        "frm": ("Rumbo Profesional", "boletin@rumboprofesional.example.es"),
        "subject": "Boletín n.º 41: qué hacer el día después de un «no»",
        "date": "2026-03-05 08:15 +0100",
        "cte": "quoted-printable",
        "headers": [
            ("List-Id", "Boletin Rumbo Profesional <boletin.rumboprofesional.example.es>"),
            ("List-Unsubscribe", "<https://rumboprofesional.example.es/baja/41/fan>"),
            ("Precedence", "list"),
        ],
        "shell": ("simple",),
        "text": """Rumbo Profesional · Boletín n.º 41

QUÉ HACER EL DÍA DESPUÉS DE UN «NO»

Recibir un correo que empieza por «lamentablemente» duele, sobre todo después de tres entrevistas. Pero un rechazo es información: te dice en qué fase del proceso te quedaste y qué pesó más en la decisión.

1. Responde en 24 horas agradeciendo el tiempo y pidiendo, en una frase, qué podrías mejorar.
2. Apunta las preguntas de la entrevista que te costaron; la próxima vez las tendrás preparadas.
3. No cierres la puerta: muchas empresas vuelven a llamar a su segundo finalista cuando la persona elegida no supera el periodo de prueba.

En el próximo número: cómo negociar el salario cuando te llega una oferta por teléfono.

Leer el artículo completo: https://rumboprofesional.example.es/articulos/despues-del-no

Para dejar de recibir este boletín: https://rumboprofesional.example.es/baja/41/fan
""",
    },
    {
        "name": "cold_approach_faro_talent",
        "kind": "other", "lang": "es", "contact": FARO_REC[1],
        "key": "G_approach",
        "frm": FARO_REC,
        "subject": "Perfiles de coordinación de flota – ¿hablamos?",
        "date": "2026-06-01 10:24 +0200",
        "text": FARO_APPROACH,
    },
    {
        "name": "bank_cita_posicion",
        "kind": "other", "lang": "es",
        "frm": ("Banco del Turia", "avisos@bancodelturia.example.es"),
        "subject": "Confirmación de su cita en la oficina 0412",
        "subj_enc": ("iso-8859-1", "Q"),
        "date": "2026-03-18 12:00 +0100",
        "charset": "iso-8859-1",
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": """Estimado cliente:

Le confirmamos su cita con su gestor personal, D. Salvador Peris, el jueves 26 de marzo a las 11:30 en la oficina 0412 (Gran Vía Marqués del Turia 18, Valencia).

Motivo de la cita: revisión de su posición global y solicitud de tarjeta de crédito.

Le recordamos que debe traer su NIE y las tres últimas nóminas. Lamentablemente, si no aporta esta documentación no podremos tramitar la solicitud en la misma visita.

Si no puede acudir, puede anular o cambiar la cita desde la aplicación, en el apartado «Mis citas».

Este mensaje se ha generado automáticamente. Por favor, no responda a esta dirección.

Banco del Turia, S.A. · Inscrito en el Registro Mercantil de Valencia, tomo 4410, folio 12.
""",
    },
    {
        "name": "landlord_plaza_garaje",
        "kind": "other", "lang": "es", "contact": "mcarmen.llopis@correo.example.es",
        "frm": ("M.ª Carmen Llopis", "mcarmen.llopis@correo.example.es"),
        "subject": "Plaza de garaje y revisión de la caldera",
        "date": "2026-04-09 20:47 +0200",
        "text": """Hola Fernando:

Te escribo por dos cosas del piso de la calle Cuba.

Lo de la plaza de garaje: he preguntado al administrador y, lamentablemente, este año no queda ninguna plaza libre en el sótano; te han puesto en la lista de espera en la posición 4. En cuanto me digan algo te aviso.

Y el técnico de la caldera pasará el martes 14 entre las 9 y las 13 h. Si no vas a estar, déjale las llaves a la vecina del 3.º, que ya está avisada.

Un abrazo,
M.ª Carmen
""",
    },
    {
        "name": "language_school_prueba_nivel",
        "kind": "other", "lang": "es", "contact": "secretaria@idiomasruzafa.example.es",
        "frm": ("Academia de Idiomas Ruzafa", "secretaria@idiomasruzafa.example.es"),
        "subject": "Tu entrevista oral de nivel – curso intensivo de inglés",
        "date": "2026-01-14 17:20 +0100",
        "shell": ("simple",),
        "text": """Hola Fernando:

Gracias por inscribirte en el curso intensivo de inglés B2 de primavera.

Antes de asignarte grupo necesitamos hacerte una breve entrevista oral de nivel (10 minutos) con una de nuestras profesoras. Te hemos reservado el lunes 19 de enero a las 18:15 en la sede de la calle Sueca 33.

Si no te va bien, responde a este correo y buscamos otra hora.

Secretaría
Academia de Idiomas Ruzafa
Calle Sueca 33, 46006 Valencia · 963 74 11 02
""",
    },
    {
        "name": "health_centre_appointment",
        "kind": "other", "lang": "es",
        "frm": ("Centro de Salud Russafa", "no-responder@salud.example.es"),
        "subject": "Recordatorio de cita: medicina de familia",
        "date": "2026-05-04 08:00 +0200",
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": """Le recordamos su cita:

Paciente: FERNANDO AGUILAR NAKAMURA
Fecha: miércoles 6 de mayo de 2026
Hora: 09:40
Profesional: Dra. Inés Gimeno (medicina de familia), consulta 12
Centro: Centro de Salud Russafa, calle Castellón 6

Si no puede acudir, anule la cita para que otro paciente pueda aprovecharla.

Mensaje automático; no responda a este correo.
""",
    },
    {
        "name": "parcel_delayed",
        "kind": "other", "lang": "es",
        "frm": ("Envíos Rápidos Levante", "seguimiento@enviosrapidos.example.es"),
        "subject": "Tu envío 4471 0093 2215 llega con retraso",
        "date": "2026-06-17 14:33 +0200",
        "headers": [("Auto-Submitted", "auto-generated")],
        "shell": ("ats", "Envíos Rápidos Levante", "#d9480f",
                  "No respondas a este correo; para cualquier consulta usa el chat de la web."),
        "text": """Hola Fernando:

Lamentablemente tu envío 4471 0093 2215 (remitente: Librería Náutica Online) no podrá entregarse hoy como estaba previsto.

Motivo: incidencia en el centro de distribución de Riba-roja.

Nueva fecha estimada de entrega: viernes 19 de junio, entre las 10:00 y las 14:00.

Puedes consultar la posición de tu paquete en tiempo real en https://enviosrapidos.example.es/seguimiento/4471009322150
""",
    },
    {
        "name": "telematics_position_report",
        "kind": "other", "lang": "es",
        "frm": ("RutaTrack", "informes@rutatrack.example.com"),
        "subject": "Informe diario de posición – vehículo 4821 KLM",
        "date": "2026-02-21 23:55 +0100",
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": """Informe diario de posición y actividad

Vehículo: Toyota Corolla HEV · 4821 KLM
Conductor asignado: F. Aguilar-Nakamura

Última posición: 39.4602 N, 0.3763 W (Av. del Puerto 154, Valencia) a las 23:41
Kilómetros del día: 212
Tiempo en servicio: 9 h 35 min
Paradas de más de 20 minutos: 2

Alertas: ninguna.

Este informe se genera automáticamente cada noche. Gestiona tus avisos en https://app.rutatrack.example.com/avisos
""",
    },
    {
        "name": "friend_monterrey_rejection",
        "kind": "other", "lang": "es", "contact": "rodrigo.trevino@correo.example.mx",
        "frm": ("Rodrigo Treviño", "rodrigo.trevino@correo.example.mx"),
        "subject": "Ni modo, me batearon",
        "date": "2026-03-22 21:10 -0600",
        "text": """¿Qué onda, Fer?

¿Cómo te va por allá? Aquí todo tranquilo, bueno, más o menos. ¿Te acuerdas que te platiqué de la chamba de supervisor en la línea de camiones de Apodaca? Pues ya me llegó el correo: que muchas gracias, que mi perfil es muy valioso, pero que eligieron a otro. Tres entrevistas y un examen psicométrico para eso, no manches.

Ni modo, sigo en el taxi un rato más. Mi jefa dice que mejor, que así no me desvelo.

Oye, ¿y a ti cómo te fue con la entrevista de la empresa de renta de carros? Cuéntame cuando puedas.

Un abrazo, carnal. Saludos a Aiko.
Rodrigo
""",
    },
    {
        "name": "master_admission_refused",
        "kind": "other", "lang": "es",
        "frm": ("Escuela de Negocios del Turia – Admisiones", "admisiones@entturia.example.es"),
        "subject": "Resolución de admisión – Máster en Logística y Gestión de Flotas",
        "date": "2026-07-03 13:00 +0200",
        "headers": [("Auto-Submitted", "auto-generated")],
        "shell": ("simple",),
        "text": """Estimado Fernando Aguilar-Nakamura:

La Comisión de Admisión del Máster en Logística y Gestión de Flotas (edición 2026-2027) ha resuelto su solicitud.

Lamentamos comunicarle que no ha obtenido plaza en esta convocatoria. El número de solicitudes ha superado ampliamente las 35 plazas ofertadas y la comisión ha priorizado a los candidatos con titulación universitaria en el ámbito de la ingeniería o la economía.

Ha quedado en la posición 12 de la lista de espera. Si se libera alguna plaza antes del 15 de septiembre, le escribiremos.

Le animamos a consultar nuestros cursos de especialización, que no exigen titulación previa.

Oficina de Admisiones
Escuela de Negocios del Turia
""",
    },
    {
        "name": "ooo_cargo_diagonal",
        "kind": "other", "lang": "es", "contact": "jordi.puig@cargodiagonal.example.es",
        "parent": "ext_own_followup_cargo",
        "frm": ("Jordi Puig", "jordi.puig@cargodiagonal.example.es"),
        "subject": "Respuesta automática: Seguimiento candidatura coordinador de flota",
        "date": "2026-04-06 09:12 +0200",
        "headers": [("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")],
        "text": """Hola,

Estoy fuera de la oficina por vacaciones de Semana Santa hasta el lunes 13 de abril, sin acceso al correo.

Para temas de selección urgentes podéis escribir a seleccion@cargodiagonal.example.es. Para todo lo demás, contestaré a mi vuelta.

Gracias,
Jordi Puig
Talent Acquisition · Cargo Diagonal
""",
    },
    {
        "name": "enlazados_notification",
        "kind": "other", "lang": "es",
        "frm": ("Enlazados", "notificaciones@enlazados.example.com"),
        "subject": "Fernando, tu perfil ha aparecido en 14 búsquedas esta semana",
        "date": "2026-04-27 11:30 +0200",
        "headers": [
            ("List-Unsubscribe", "<https://www.enlazados.example.com/ajustes/correo?u=fan77>"),
            ("Auto-Submitted", "auto-generated"),
        ],
        "html_only": True,
        "shell": ("ats", "Enlazados", "#0a66c2",
                  "Enlazados · Has recibido este correo por tu configuración de notificaciones."),
        "text": """Hola, Fernando:

Tu perfil ha aparecido en 14 búsquedas esta semana. Entre quienes te buscaron hay seleccionadores de empresas de logística y de alquiler de vehículos.

Un reclutador de una empresa de transporte de Castellón ha visto tu perfil.

Consejo: los perfiles con el apartado «Acerca de» completo reciben hasta tres veces más mensajes de reclutadores.

Ver quién ha visto tu perfil: https://www.enlazados.example.com/me/visitas

3 empleos que te podrían interesar: Coordinador de flota (Valencia), Dispatcher de ambulancias (Alicante), Responsable de base rent a car (Murcia).
""",
    },
    {
        "name": "podcast_interview_request",
        "kind": "other", "lang": "es", "contact": "lorena@radiomalvarrosa.example.es",
        "frm": ("Lorena Sanchis", "lorena@radiomalvarrosa.example.es"),
        "subject": "Entrevista para el podcast «Volantes»",
        "date": "2026-05-25 16:02 +0200",
        "text": """Hola Fernando:

Soy Lorena, de Radio Malvarrosa. Preparamos una serie de podcast, «Volantes», sobre personas que han llegado a Valencia desde otros países y se ganan la vida al volante: taxistas, repartidores, conductores de autobús.

Una compañera de la asociación de taxistas latinoamericanos nos ha pasado tu contacto y nos encantaría hacerte una entrevista de unos 40 minutos sobre tu experiencia en Monterrey y tu llegada aquí.

Grabamos en nuestro estudio del Cabanyal; podría ser cualquier mañana de la primera semana de junio. No hay remuneración, pero te invitamos a almorzar.

¿Te animas?

Lorena Sanchis
Producción · Radio Malvarrosa
Carrer de la Reina 88, 46011 València
""",
    },
    {
        "name": "user_research_taxiya",
        "kind": "other", "lang": "es", "contact": "research@taxiya.example.com",
        "frm": ("Equipo de Investigación de TaxiYa", "research@taxiya.example.com"),
        "reply_to": ("TaxiYa Research", "research@taxiya.example.com"),
        "subject": "¿Nos dedicas 30 minutos? Entrevista sobre la app de conductores (20 € de regalo)",
        "date": "2026-06-23 10:45 +0200",
        "headers": [("List-Unsubscribe", "<https://taxiya.example.com/research/optout?c=fan>")],
        "shell": ("simple",),
        "text": """Hola Fernando:

Estamos rediseñando la app de conductores de TaxiYa y queremos escuchar a quienes la usan cada día.

Te invitamos a una entrevista de investigación de usuarios de 30 minutos por videollamada con nuestro equipo de diseño. No es un proceso de selección ni evaluamos tu trabajo: solo queremos saber qué te funciona y qué te molesta de la app.

Como agradecimiento, te regalamos 20 € en saldo de combustible.

Elige día y hora aquí: https://taxiya.example.com/research/agenda?c=fan

Gracias,
El equipo de Investigación de TaxiYa
""",
    },
    {
        "name": "tempolaboral_newsletter",
        "kind": "other", "lang": "es",
        "frm": ("TempoLaboral ETT", "comunicacion@tempolaboral.example.es"),
        "subject": "Novedades de marzo: ofertas de transporte y tu próxima entrevista",
        "date": "2026-03-10 09:00 +0100",
        "headers": [
            ("List-Id", "Novedades TempoLaboral <novedades.tempolaboral.example.es>"),
            ("List-Unsubscribe", "<mailto:baja@tempolaboral.example.es?subject=baja>"),
            ("Precedence", "bulk"),
        ],
        "text": digest_text(
            "Novedades TempoLaboral – marzo",
            "Este mes abrimos 60 puestos en logística y transporte en la Comunitat Valenciana. Y en el blog, cinco preguntas que te harán en casi cualquier entrevista de trabajo (y cómo no quedarte en blanco).",
            [("Mozo/a de almacén con carretilla", "Ribarroja · 3 meses prorrogables",
              "https://tempolaboral.example.es/ofertas/3391", "Turnos rotativos, incorporación inmediata."),
             ("Conductor/a de furgoneta de reparto", "Castellón · Lunes a viernes",
              "https://tempolaboral.example.es/ofertas/3402", "Carné B con más de dos años de antigüedad."),
             ("Coordinador/a de tráfico", "Sagunto · Sustitución",
              "https://tempolaboral.example.es/ofertas/3410", "Posibilidad de incorporación a plantilla."),
             ("Blog: las 5 preguntas de siempre en una entrevista", "Lectura de 4 minutos",
              "https://tempolaboral.example.es/blog/5-preguntas", "Y qué contestar cuando te preguntan por qué te fuiste de tu último trabajo.")],
            "TempoLaboral ETT S.L. · Autorización administrativa 46/0000123 · Baja: baja@tempolaboral.example.es"),
    },
    {
        "name": "own_reply_faro_talent",
        "kind": "other", "lang": "es",
        "key": "G_answer", "parent": "G_approach",
        "frm": CAND, "to": [FARO_REC],
        "subject": "Re: Perfiles de coordinación de flota – ¿hablamos?",
        "date": "2026-06-02 08:05 +0200",
        "text": reply(FARO_ANSWER, "es", "lun, 1 jun 2026 a las 10:24", FARO_REC, FARO_APPROACH),
    },
    {
        "name": "mexican_bank_cita",
        "kind": "other", "lang": "es",
        "frm": ("Banco Regiomontano", "notificaciones@bancoregio.example.mx"),
        "subject": "Su cita en sucursal quedó agendada",
        "subj_enc": ("utf-8", "B"),
        "date": "2026-08-11 10:20 -0600",
        "headers": [("Auto-Submitted", "auto-generated")],
        "shell": ("ats", "Banco Regiomontano", "#7a1f2b",
                  "Este correo es informativo; favor de no responder."),
        "text": """Estimado(a) FERNANDO AGUILAR NAKAMURA:

Le confirmamos que su cita quedó agendada para el trámite de cancelación de su cuenta de nómina.

Sucursal: Cumbres 3er Sector, Monterrey, N.L.
Fecha: 2 de septiembre de 2026, 12:30 h
Atenderá: ejecutivo de cuenta

Como usted reside en el extranjero, puede acudir un apoderado con carta poder firmada y copia de su identificación. Lamentablemente no es posible realizar este trámite por la app.

Gracias por su preferencia.
""",
    },
    {
        "name": "aunt_cousin_interview",
        "kind": "other", "lang": "es", "contact": "lupita.nakamura@correo.example.mx",
        "frm": ("Lupita Nakamura", "lupita.nakamura@correo.example.mx"),
        "subject": "Noticias de por acá",
        "date": "2026-09-06 19:48 -0600",
        "text": """Mijo, ¿cómo estás? ¿Cómo está el calorón por allá?

Te cuento que tu primo Kenji por fin tuvo su entrevista en la planta de autopartes de Santa Catarina. Dice que le fue muy bien, que el ingeniero le hizo un montón de preguntas del turno de noche y que le van a avisar la otra semana. Reza por él.

Tu abuela anda preguntando cuándo vienes en diciembre; ya le dije que a lo mejor no puedes por lo del trabajo nuevo. Avísame para apartar la posada.

Te quiere,
tu tía Lupita
""",
    },
    {
        "name": "employment_office_orientation",
        "kind": "other", "lang": "es",
        "frm": ("Ocupa València – Servicio de Empleo", "citaprevia@ocupavalencia.example.es"),
        "subject": "Cita previa: entrevista de orientación laboral",
        "date": "2026-01-22 10:05 +0100",
        "charset": "iso-8859-1",
        "cte": "quoted-printable",
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": """Estimado/a demandante de empleo:

Se le ha asignado una cita para una entrevista de orientación laboral con su tutor/a de empleo.

Fecha y hora: martes 3 de febrero de 2026, 12:15
Lugar: Espai Ocupa Russafa, calle Puerto Rico 40, planta baja
Motivo: elaboración de su itinerario personalizado y revisión de su inscripción como demandante (ocupación solicitada: coordinador/a de flota).

La no comparecencia sin causa justificada puede suponer la baja de su inscripción. Si no puede asistir, comuníquelo llamando al 012 o a través de la sede electrónica.

Este es un mensaje automático. No conteste a esta dirección.
""",
    },
    {
        "name": "own_reschedule_request_albufera",
        "kind": "other", "lang": "es",
        "key": "I_ask", "parent": "I_inv",
        "frm": CAND, "to": [ALBUFERA_REC],
        "subject": "Re: Convocatoria centro de evaluación – Coordinador/a de Flota Interna",
        "date": "2026-03-24 08:47 +0100",
        "text": ALBUFERA_MOVE_ASK,
    },
    {
        "name": "newsletter_chamba_pro",
        "kind": "other", "lang": "es",
        "frm": ("Chamba Pro", "hola@chambapro.example.mx"),
        "subject": "5 errores que te cuestan la entrevista (el #3 lo comete casi todo mundo)",
        "date": "2026-02-26 07:30 -0600",
        "cte": "base64",
        "headers": [
            ("List-Id", "Chamba Pro semanal <semanal.chambapro.example.mx>"),
            ("List-Unsubscribe", "<https://chambapro.example.mx/desuscribir?id=99120>"),
            ("Precedence", "bulk"),
        ],
        "shell": ("simple",),
        "text": """CHAMBA PRO · Edición semanal

5 errores que te cuestan la entrevista

1. Llegar tarde o, peor, no presentarte sin avisar. Si se te complica, marca o manda un correo antes de la hora.
2. No investigar a la empresa. Cinco minutos en su página bastan.
3. Hablar mal de tu jefe anterior. Aunque te haya corrido sin razón.
4. No tener preguntas al final. «¿Cómo se mide el éxito en este puesto?» siempre funciona.
5. No mandar un correo de agradecimiento. Es gratis y casi nadie lo hace.

Y si te dicen que no: respira, pide retroalimentación y sigue. Cada rechazo es práctica para la siguiente.

Lee la nota completa en https://chambapro.example.mx/notas/5-errores

¿Ya no quieres recibir estos correos? https://chambapro.example.mx/desuscribir?id=99120
""",
    },
    {
        "name": "own_application_huerta_murcia",
        "kind": "other", "lang": "es",
        "key": "HM_app",
        "frm": CAND, "to": [("Transportes Huerta de Murcia", "empleo@huertamurcia-transportes.example.es")],
        "subject": "Solicitud puesto Responsable de Flota – ref. HM-26-07",
        "date": "2026-07-08 22:15 +0200",
        "text": """Estimado equipo de selección:

Les escribo para postularme al puesto de Responsable de Flota (ref. HM-26-07) que publicaron en Empleo Levante.

Durante los últimos dos años coordiné en Monterrey una flota de 45 vehículos: asignación de turnos, mantenimiento preventivo, control de consumo y trato con talleres y aseguradoras. Desde mi llegada a España trabajo como conductor VTC en Valencia, por lo que conozco bien la normativa local. Estoy dispuesto a trasladarme a Murcia.

Les adjunto mi CV y quedo atento a su respuesta.

Atentamente,
""" + SIG_CAND_ES,
        "pdfs": [{"filename": "Fernando_Aguilar-Nakamura_CV_2026.pdf",
                  "title": "Fernando Aguilar-Nakamura - CV",
                  "lines": ["Responsable de flota / coordinador de trafico",
                            "Experiencia: coordinacion de 45 vehiculos (Monterrey, 2024-2025)",
                            "Conductor VTC, Valencia (2025-2026)",
                            "Carne B, carne D en tramite; CAP en preparacion"]}],
    },
    # ------------------------------------------------------------ en 28-41
    {
        "name": "own_thanks_maasport",
        "kind": "other", "lang": "en",
        "key": "C_thanks", "parent": "C_move",
        "frm": CAND, "to": [MAASPORT_REC],
        "subject": "Thank you – Fleet Coordinator interview",
        "date": "2026-03-20 17:52 +0100",
        "text": MAASPORT_THANKS + "\n" + SIG_CAND_EN,
    },
    {
        "name": "digest_rotterdam_jobs",
        "kind": "other", "lang": "en",
        "frm": ("RotterdamJobs", "alerts@rotterdamjobs.example.nl"),
        "subject": "Your weekly match: 9 new fleet & logistics jobs in Rotterdam",
        "date": "2026-04-13 06:45 +0200",
        "headers": [
            ("List-Id", "RotterdamJobs weekly <weekly.rotterdamjobs.example.nl>"),
            ("List-Unsubscribe", "<https://rotterdamjobs.example.nl/u/3f9a21>"),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
            ("Precedence", "bulk"),
        ],
        "text": digest_text(
            "Your weekly match",
            "Hi Fernando, here are this week's openings that match your saved search. Plus: our guide on what to do when an interview is cancelled at the last minute.",
            [("Fleet Coordinator (English speaking)", "Waalhaven · Full-time · €3,100–3,600",
              "https://rotterdamjobs.example.nl/j/71230", "Interviews held on site every Tuesday. No Dutch required."),
             ("Transport Planner – container trucking", "Maasvlakte · Full-time",
              "https://rotterdamjobs.example.nl/j/71244", "Two-stage interview process: video call, then a planning case."),
             ("Rental Station Supervisor", "Rotterdam The Hague Airport",
              "https://rotterdamjobs.example.nl/j/71251", "Shift work including weekends."),
             ("Guide: my interview was cancelled – now what?", "5 min read",
              "https://rotterdamjobs.example.nl/blog/interview-cancelled", "Why a cancelled interview rarely means a rejection, and how to follow up.")],
            "You're receiving this because you created a job alert. Unsubscribe: https://rotterdamjobs.example.nl/u/3f9a21"),
        "html": digest_html(
            "Your weekly match",
            "Hi Fernando, here are this week's openings that match your saved search. Plus: our guide on what to do when an interview is cancelled at the last minute.",
            [("Fleet Coordinator (English speaking)", "Waalhaven · Full-time · €3,100–3,600",
              "https://rotterdamjobs.example.nl/j/71230", "Interviews held on site every Tuesday. No Dutch required."),
             ("Transport Planner – container trucking", "Maasvlakte · Full-time",
              "https://rotterdamjobs.example.nl/j/71244", "Two-stage interview process: video call, then a planning case."),
             ("Rental Station Supervisor", "Rotterdam The Hague Airport",
              "https://rotterdamjobs.example.nl/j/71251", "Shift work including weekends."),
             ("Guide: my interview was cancelled – now what?", "5 min read",
              "https://rotterdamjobs.example.nl/blog/interview-cancelled", "Why a cancelled interview rarely means a rejection, and how to follow up.")],
            "You're receiving this because you created a job alert. Unsubscribe: https://rotterdamjobs.example.nl/u/3f9a21"),
    },
    {
        "name": "fleet_manager_weekly_advice",
        "kind": "other", "lang": "en",
        "frm": ("Fleet Manager Weekly", "editor@fleetmanagerweekly.example.com"),
        "subject": "Career corner: from the driver's seat to the dispatch desk",
        "date": "2026-05-14 12:00 +0100",
        "headers": [
            ("List-Id", "Fleet Manager Weekly <news.fleetmanagerweekly.example.com>"),
            ("List-Unsubscribe", "<https://fleetmanagerweekly.example.com/unsub?s=fw-2231>"),
            ("Precedence", "list"),
        ],
        "shell": ("simple",),
        "text": """FLEET MANAGER WEEKLY – Issue 219

CAREER CORNER
From the driver's seat to the dispatch desk

Plenty of today's fleet coordinators started behind the wheel. Hiring managers say drivers bring something planners can't learn from a spreadsheet: they know what a bad shift pattern feels like.

But former drivers are also the group most likely to be turned down after a first interview, usually for the same reason: they talk about driving, not about planning. "Tell me about a time you changed a rota and what happened to overtime" is the question to prepare for.

Three readers who made the switch share what finally got them an offer, and what they wish they'd known after their first rejection letter.

Read more: https://fleetmanagerweekly.example.com/career/driver-to-dispatch

ALSO THIS WEEK
- EV charging at depots: who pays when the driver takes the van home?
- Telematics data and works councils: what's allowed in Germany and the Netherlands.

Unsubscribe: https://fleetmanagerweekly.example.com/unsub?s=fw-2231
""",
    },
    {
        "name": "cold_approach_quayside",
        "kind": "other", "lang": "en", "contact": "hannah.brooks@quaysidetalent.example.co.uk",
        "frm": ("Hannah Brooks", "hannah.brooks@quaysidetalent.example.co.uk"),
        "subject": "Fleet roles in the Netherlands – open to a chat?",
        "date": "2026-05-19 15:37 +0100",
        "text": """Hi Fernando,

I came across your profile while mapping fleet and transport coordinators who speak Spanish and English. I'm a recruiter at Quayside Talent; we place operations people with logistics and rental companies across the Benelux.

Nothing specific to put in front of you today, but roles like yours come up with our clients every few weeks, usually in Rotterdam and Antwerp. Would you be open to a short introductory call so I know what you're after?

No pressure at all if the timing isn't right.

Best,
Hannah

Hannah Brooks
Senior Recruiter – Logistics & Mobility
Quayside Talent | 14 Wapping Lane, London E1W 2RX
+44 20 7946 0311
""",
    },
    {
        "name": "ooo_nordkap",
        "kind": "other", "lang": "en", "contact": "ingrid.halvorsen@nordkap.example.no",
        "parent": "ext_own_nordkap_question",
        "frm": ("Ingrid Halvorsen", "ingrid.halvorsen@nordkap.example.no"),
        "subject": "Automatic reply: Question about the panel interview",
        "date": "2026-06-26 07:01 +0200",
        "headers": [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        "text": """Thank you for your email.

I am out of the office until Monday 6 July with limited access to email. For anything related to open positions, please contact talent@nordkap.example.no.

Best regards,
Ingrid Halvorsen
Talent Partner, Southern Europe
Nordkap Rentals
""",
    },
    {
        "name": "prolink_notification",
        "kind": "other", "lang": "en",
        "frm": ("ProLink", "notify@prolink.example.com"),
        "subject": "A recruiter viewed your profile, and 3 jobs you may like",
        "date": "2026-07-28 18:20 +0200",
        "headers": [
            ("List-Unsubscribe", "<https://prolink.example.com/settings/email?u=fan>"),
            ("Auto-Submitted", "auto-generated"),
        ],
        "html_only": True,
        "shell": ("ats", "ProLink", "#115e59", "ProLink Inc. · You are receiving notification emails."),
        "text": """Hi Fernando,

A recruiter at a logistics company in Rotterdam viewed your profile.

You appeared in 8 searches this week.

Jobs you may be interested in:
- Fleet Coordinator, Maasvlakte (be an early applicant)
- Dispatcher, Rotterdam Airport
- Operations Assistant, Barcelona

Your application to "Fleet Supervisor" was sent 2 weeks ago. Keep your profile up to date to stand out.

See all: https://prolink.example.com/jobs/recommended
""",
    },
    {
        "name": "user_research_rideloop",
        "kind": "other", "lang": "en", "contact": "maya.lindqvist@rideloop.example.com",
        "frm": ("Maya Lindqvist", "maya.lindqvist@rideloop.example.com"),
        "subject": "Invitation: 45-min research interview about fleet scheduling tools",
        "date": "2026-08-20 11:11 +0200",
        "text": """Hi Fernando,

I'm a UX researcher at RideLoop, a startup building shift-scheduling software for taxi and ride-hailing fleets.

We're interviewing people who have coordinated driver rotas to understand how they do it today. It's a 45-minute video interview; there are no right or wrong answers and it's not connected to any job opening. We offer a €50 gift card as a thank-you.

If you're interested, reply with two or three times that work for you next week and I'll send a calendar invite.

Thanks,
Maya Lindqvist
User Research, RideLoop
""",
    },
    {
        "name": "parcel_delayed_en",
        "kind": "other", "lang": "en",
        "frm": ("PakketNu Delivery", "no-reply@pakketnu.example.nl"),
        "subject": "Unfortunately, your parcel is delayed",
        "date": "2026-09-15 16:48 +0200",
        "cte": "base64",
        "headers": [("Auto-Submitted", "auto-generated")],
        "shell": ("ats", "PakketNu", "#f59f00", "This is an automated message. Replies are not read."),
        "text": """Hello Fernando Aguilar-Nakamura,

Unfortunately your parcel 3SPKN0077120450 from Havenstad Workwear could not be delivered today as planned. Our driver was unable to reach the address within the delivery window.

New expected delivery: Thursday 17 September, 09:00–13:00.

Track the current position of your parcel: https://pakketnu.example.nl/track/3SPKN0077120450

We apologise for the inconvenience.
""",
    },
    {
        "name": "friend_rotterdam_rejection",
        "kind": "other", "lang": "en", "contact": "joris.bakker@mail.example.nl",
        "frm": ("Joris Bakker", "joris.bakker@mail.example.nl"),
        "subject": "well that didn't work out",
        "date": "2026-08-02 22:14 +0200",
        "text": """Hey Fernando,

Remember the planner job at the tank terminal I told you about when you visited? Got the email today. "After careful consideration we have decided not to proceed with your application." Four weeks and two interviews, then that. Didn't even get feedback.

Anyway, I'm fine, I'll survive. If you do move up here for the Rotterdam thing, the spare room is yours for the first couple of weeks. Let me know how your interviews go.

Cheers,
Joris
""",
    },
    {
        "name": "own_application_stellendam",
        "kind": "other", "lang": "en",
        "key": "ST_app",
        "frm": CAND, "to": [("Stellendam Transport Recruitment", "jobs@stellendam-transport.example.nl")],
        "subject": "Application: Fleet Coordinator (vacancy 2026-114)",
        "date": "2026-08-24 21:03 +0200",
        "text": """Dear Hiring Team,

I would like to apply for the Fleet Coordinator position (vacancy 2026-114) advertised on RotterdamJobs.

I have twelve years of experience in passenger transport, the last two coordinating shifts, maintenance and driver allocation for a 45-vehicle taxi fleet in Monterrey, Mexico. I now live in Valencia, hold an EU work permit and am ready to relocate to Rotterdam. I speak Spanish and English fluently and have basic French and German.

Please find my CV attached. I would welcome the opportunity to discuss how I could support your planning team.

Yours sincerely,
""" + SIG_CAND_EN,
        "pdfs": [{"filename": "Aguilar-Nakamura_CV_EN.pdf",
                  "title": "Fernando Aguilar-Nakamura - CV",
                  "lines": ["Fleet coordination - driver rotas - maintenance planning",
                            "2024-2025 Shift coordinator, taxi fleet of 45 vehicles, Monterrey",
                            "2025-2026 Ride-hailing driver, Valencia",
                            "Languages: Spanish (native), English (C1), French (A2), German (A1)"]}],
    },
    {
        "name": "podcast_drivers_of_europe",
        "kind": "other", "lang": "en", "contact": "owen@driversofeurope.example.ie",
        "frm": ("Owen Gallagher", "owen@driversofeurope.example.ie"),
        "subject": "Guest interview for Drivers of Europe podcast?",
        "date": "2026-06-09 13:25 +0100",
        "text": """Hi Fernando,

I host Drivers of Europe, a small podcast about people who drive for a living across the continent. Lorena at Radio Malvarrosa mentioned your episode with them and I loved the story of moving from the Monterrey taxi ranks to Valencia.

Would you be up for a 30-minute remote interview for our next season? We record over a browser link, so all you need is headphones. Late June or early July would be ideal.

Cheers,
Owen Gallagher
Drivers of Europe
""",
    },
    {
        "name": "housing_viewing_rotterdam",
        "kind": "other", "lang": "en", "contact": "lettings@woonhuis.example.nl",
        "frm": ("Woonhuis Rotterdam Rentals", "noreply@woonhuis.example.nl"),
        "reply_to": ("Woonhuis Rentals Team", "lettings@woonhuis.example.nl"),
        "subject": "Viewing appointment confirmed – Schiedamseweg 212B",
        "date": "2026-09-21 09:05 +0200",
        "headers": [("Auto-Submitted", "auto-generated")],
        "shell": ("simple",),
        "text": """Dear Fernando Aguilar-Nakamura,

Your viewing appointment for the apartment at Schiedamseweg 212B, 3025 AK Rotterdam, is confirmed for Saturday 26 September at 11:20.

You are currently in position 6 on the list of interested tenants. After the viewing you can submit your documents (proof of income and employment contract or offer letter) through your account.

Unfortunately we cannot move viewing slots on Saturdays. If you cannot attend, please cancel via your account so another candidate can take your place.

Kind regards,
Woonhuis Rotterdam Rentals
""",
    },
    {
        "name": "own_reschedule_request_tallis",
        "kind": "other", "lang": "en",
        "key": "TA_ask", "parent": "TA_inv",
        "frm": CAND, "to": [("Priya Raman", "priya.raman@tallismobility.example.co.uk")],
        "subject": "Request to move Thursday's interview",
        "date": "2026-05-26 07:40 +0200",
        "text": TALLIS_MOVE_ASK,
    },
    {
        "name": "course_refusal_rbs",
        "kind": "other", "lang": "en",
        "frm": ("Rotterdam Business School – Admissions", "admissions@rbs-rotterdam.example.nl"),
        "subject": "Your application: Certificate in Fleet & Mobility Management",
        "date": "2026-09-30 15:00 +0200",
        "shell": ("simple",),
        "text": """Dear Mr Aguilar-Nakamura,

Thank you for applying to the part-time Certificate in Fleet & Mobility Management starting in October 2026.

We regret that we are unable to offer you a place on this intake. The programme was heavily oversubscribed and priority was given to applicants already employed by a company in the Netherlands, as the course includes an in-company assignment.

You are welcome to reapply for the February 2027 intake. Your documents will remain in our system.

Yours sincerely,
Admissions Office
Rotterdam Business School
""",
    },
    # ------------------------------------------------------------ de 42-45
    {
        "name": "digest_stepjobs_stuttgart",
        "kind": "other", "lang": "de",
        "frm": ("StepJobs", "jobalarm@stepjobs.example.de"),
        "subject": "Jobalarm: 7 neue Stellen für „Fuhrparkkoordinator“ in Stuttgart",
        "date": "2026-04-20 06:30 +0200",
        "headers": [
            ("List-Id", "StepJobs Jobalarm <jobalarm.stepjobs.example.de>"),
            ("List-Unsubscribe", "<https://stepjobs.example.de/jobalarm/abmelden?k=ffa19>"),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
            ("Precedence", "bulk"),
        ],
        "text": digest_text(
            "Ihr Jobalarm",
            "Hallo Fernando, diese Stellen passen zu Ihrer Suche. Außerdem im Ratgeber: Absage erhalten? So formulieren Sie eine Nachfrage, die wirklich beantwortet wird.",
            [("Fuhrparkkoordinator (m/w/d)", "Stuttgart-Vaihingen · Vollzeit",
              "https://stepjobs.example.de/stelle/88120", "Vorstellungsgespräche noch im Mai. Englisch erwünscht."),
             ("Disponent Nahverkehr (m/w/d)", "Esslingen · Schichtdienst",
              "https://stepjobs.example.de/stelle/88131", "Führerschein Klasse D von Vorteil."),
             ("Sachbearbeiter Fuhrparkmanagement (m/w/d)", "Böblingen · Teilzeit möglich",
              "https://stepjobs.example.de/stelle/88140", "Automobilzulieferer mit eigener Werksflotte."),
             ("Ratgeber: Nachfragen nach einer Absage", "Lesedauer 3 Minuten",
              "https://stepjobs.example.de/ratgeber/absage-nachfragen", "Drei Formulierungen für ein freundliches Feedback-Gesuch.")],
            "Sie erhalten diese E-Mail, weil Sie einen Jobalarm angelegt haben. Abmelden: https://stepjobs.example.de/jobalarm/abmelden?k=ffa19"),
        "html": digest_html(
            "Ihr Jobalarm",
            "Hallo Fernando, diese Stellen passen zu Ihrer Suche. Außerdem im Ratgeber: Absage erhalten? So formulieren Sie eine Nachfrage, die wirklich beantwortet wird.",
            [("Fuhrparkkoordinator (m/w/d)", "Stuttgart-Vaihingen · Vollzeit",
              "https://stepjobs.example.de/stelle/88120", "Vorstellungsgespräche noch im Mai. Englisch erwünscht."),
             ("Disponent Nahverkehr (m/w/d)", "Esslingen · Schichtdienst",
              "https://stepjobs.example.de/stelle/88131", "Führerschein Klasse D von Vorteil."),
             ("Sachbearbeiter Fuhrparkmanagement (m/w/d)", "Böblingen · Teilzeit möglich",
              "https://stepjobs.example.de/stelle/88140", "Automobilzulieferer mit eigener Werksflotte."),
             ("Ratgeber: Nachfragen nach einer Absage", "Lesedauer 3 Minuten",
              "https://stepjobs.example.de/ratgeber/absage-nachfragen", "Drei Formulierungen für ein freundliches Feedback-Gesuch.")],
            "Sie erhalten diese E-Mail, weil Sie einen Jobalarm angelegt haben. Abmelden: https://stepjobs.example.de/jobalarm/abmelden?k=ffa19"),
    },
    {
        "name": "bank_termin_kontoeroeffnung",
        "kind": "other", "lang": "de", "contact": "lena.fischer@neckarbank.example.de",
        "frm": ("Lena Fischer – Neckarbank", "lena.fischer@neckarbank.example.de"),
        "subject": "Ihr Termin zur Kontoeröffnung am 12. Mai",
        "subj_enc": ("iso-8859-1", "B"),
        "date": "2026-05-06 14:10 +0200",
        "charset": "windows-1252",
        "cte": "quoted-printable",
        "text": """Sehr geehrter Herr Aguilar-Nakamura,

vielen Dank für Ihre Anfrage. Gerne bestätige ich Ihnen den Termin zur Eröffnung eines Girokontos am Dienstag, 12. Mai, um 16:00 Uhr in unserer Filiale Königstraße 28.

Bitte bringen Sie Ihren Reisepass, die Meldebescheinigung (falls schon vorhanden) und – sofern Sie bereits einen Arbeitsvertrag in Stuttgart haben – eine Kopie davon mit. Die Kontoführung kostet 4,90 € im Monat.

Leider können wir ohne Meldebescheinigung nur ein Basiskonto eröffnen; die Position „Dispositionskredit“ kann erst später beantragt werden.

Mit freundlichen Grüßen

Lena Fischer
Privatkundenberaterin
Neckarbank eG · Königstraße 28 · 70173 Stuttgart
Tel. 0711 480 22 15

Neckarbank eG, Sitz Stuttgart, Registergericht Amtsgericht Stuttgart GnR 1142. Vorstand: Dr. Peter Hald (Vors.), Anja Kurz.
""",
    },
    {
        "name": "sprachschule_kurs_abgelehnt",
        "kind": "other", "lang": "de",
        "frm": ("Sprachschule Killesberg", "anmeldung@sprachschule-killesberg.example.de"),
        "subject": "Ihre Anmeldung zum Intensivkurs Deutsch A2",
        "date": "2026-06-15 10:30 +0200",
        "headers": [("Auto-Submitted", "auto-generated")],
        "shell": ("simple",),
        "text": """Sehr geehrter Herr Aguilar-Nakamura,

vielen Dank für Ihre Anmeldung zum Intensivkurs Deutsch A2 (Juli, vormittags).

Leider müssen wir Ihnen mitteilen, dass der Kurs bereits ausgebucht ist und wir Ihnen keinen Platz anbieten können. Sie stehen auf Position 3 der Warteliste.

Alternativ gibt es noch freie Plätze im Abendkurs A2 ab dem 3. August (Montag und Mittwoch, 18:30–21:00 Uhr). Für diesen Kurs ist vorher ein kurzes Einstufungsgespräch nötig.

Mit freundlichen Grüßen
Ihr Anmeldeteam
Sprachschule Killesberg
""",
    },
    {
        "name": "ooo_neckar_mobil",
        "kind": "other", "lang": "de", "contact": "m.schaefer@neckarmobil.example.de",
        "parent": "ext_own_neckar_docs",
        "frm": ("Miriam Schäfer", "m.schaefer@neckarmobil.example.de"),
        "frm_enc": ("iso-8859-1", "Q"),
        "subject": "Abwesenheitsnotiz: Unterlagen für das Gespräch",
        "date": "2026-04-24 12:03 +0200",
        "headers": [("Auto-Submitted", "auto-replied")],
        "text": """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 27. April nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an personal@neckarmobil.example.de.

Viele Grüße
Miriam Schäfer
Recruiting · Neckar Mobil
""",
    },
    # ------------------------------------------------------------ fr 46-52
    {
        "name": "digest_emploi_provence",
        "kind": "other", "lang": "fr",
        "frm": ("Emploi Provence", "alertes@emploiprovence.example.fr"),
        "subject": "8 nouvelles offres « responsable de flotte » autour de Marseille",
        "date": "2026-07-06 07:10 +0200",
        "headers": [
            ("List-Id", "Alertes Emploi Provence <alertes.emploiprovence.example.fr>"),
            ("List-Unsubscribe", "<https://emploiprovence.example.fr/desabonnement?a=55e1>"),
            ("Precedence", "bulk"),
        ],
        "text": digest_text(
            "Vos nouvelles offres",
            "Bonjour Fernando, voici les offres publiées cette semaine. À lire aussi : « Entretien annulé, refus ou simple retard ? Décoder les silences des recruteurs ».",
            [("Responsable de flotte H/F", "Marseille 14e · CDI",
              "https://emploiprovence.example.fr/offre/40211", "Entretiens prévus fin juillet. Permis B exigé."),
             ("Régulateur transport de voyageurs H/F", "Aubagne · CDI",
              "https://emploiprovence.example.fr/offre/40219", "Poste en horaires décalés."),
             ("Chef d'agence location utilitaires H/F", "Vitrolles · CDD 6 mois",
              "https://emploiprovence.example.fr/offre/40225", "Prise de poste immédiate."),
             ("Conseil : décoder les silences des recruteurs", "Lecture 4 min",
              "https://emploiprovence.example.fr/conseils/silences", "Pourquoi un refus arrive parfois trois semaines après l'entretien.")],
            "Vous recevez cet e-mail car vous avez créé une alerte. Se désabonner : https://emploiprovence.example.fr/desabonnement?a=55e1"),
        "html": digest_html(
            "Vos nouvelles offres",
            "Bonjour Fernando, voici les offres publiées cette semaine. À lire aussi : « Entretien annulé, refus ou simple retard ? Décoder les silences des recruteurs ».",
            [("Responsable de flotte H/F", "Marseille 14e · CDI",
              "https://emploiprovence.example.fr/offre/40211", "Entretiens prévus fin juillet. Permis B exigé."),
             ("Régulateur transport de voyageurs H/F", "Aubagne · CDI",
              "https://emploiprovence.example.fr/offre/40219", "Poste en horaires décalés."),
             ("Chef d'agence location utilitaires H/F", "Vitrolles · CDD 6 mois",
              "https://emploiprovence.example.fr/offre/40225", "Prise de poste immédiate."),
             ("Conseil : décoder les silences des recruteurs", "Lecture 4 min",
              "https://emploiprovence.example.fr/conseils/silences", "Pourquoi un refus arrive parfois trois semaines après l'entretien.")],
            "Vous recevez cet e-mail car vous avez créé une alerte. Se désabonner : https://emploiprovence.example.fr/desabonnement?a=55e1"),
    },
    {
        "name": "newsletter_rebondir",
        "kind": "other", "lang": "fr",
        "frm": ("Cap Carrière", "lettre@capcarriere.example.fr"),
        "subject": "La lettre du jeudi : rebondir après un refus",
        "date": "2026-05-28 08:00 +0200",
        "cte": "quoted-printable",
        "headers": [
            ("List-Id", "La lettre Cap Carriere <lettre.capcarriere.example.fr>"),
            ("List-Unsubscribe", "<mailto:desinscription@capcarriere.example.fr>"),
            ("Precedence", "list"),
        ],
        "shell": ("simple",),
        "text": """LA LETTRE DU JEUDI – Cap Carrière

Rebondir après un refus

« Nous sommes au regret de vous informer que votre candidature n'a pas été retenue. » Qui n'a jamais reçu cette phrase ? Selon notre enquête auprès de 1 200 lecteurs, il faut en moyenne onze refus avant une offre d'emploi dans les métiers de la logistique.

Nos conseils :
- ne prenez pas le refus pour vous : il concerne un poste, un moment, une équipe ;
- demandez un retour précis, par écrit ou lors d'un court appel ;
- relancez poliment trois mois plus tard : les besoins changent vite.

Et si vous avez décroché un entretien, notre fiche « préparer un entretien en visio » est à télécharger ici : https://capcarriere.example.fr/fiches/visio

Bonne semaine !
L'équipe Cap Carrière

Se désinscrire : desinscription@capcarriere.example.fr
""",
    },
    {
        "name": "agence_dossier_location_refuse",
        "kind": "other", "lang": "fr", "contact": "c.marchetti@immo-joliette.example.fr",
        "frm": ("Claire Marchetti", "c.marchetti@immo-joliette.example.fr"),
        "subject": "Votre dossier pour l'appartement rue de la République",
        "date": "2026-07-15 17:44 +0200",
        "text": """Bonjour Monsieur,

Suite à la visite de samedi, je vous informe que le propriétaire a choisi un autre dossier pour le T2 du 58 rue de la République. Votre dossier n'a malheureusement pas été retenu, faute de garant domicilié en France.

Je garde vos coordonnées : un studio dans le 2e arrondissement se libère début septembre. Si vous obtenez le poste dont vous m'aviez parlé, une promesse d'embauche faciliterait beaucoup les choses.

Bien cordialement,

Claire Marchetti
Conseillère location · Immo Joliette
27 boulevard des Dames, 13002 Marseille
04 91 90 12 34
""",
    },
    {
        "name": "own_apology_calanques",
        "kind": "other", "lang": "fr",
        "key": "E_sorry", "parent": "E_missed",
        "frm": CAND, "to": [CALANQUES_REC],
        "subject": "Re: Journée d'immersion de ce matin",
        "date": "2026-05-12 12:26 +0200",
        "text": CALANQUES_SORRY,
    },
    {
        "name": "podcast_la_route",
        "kind": "other", "lang": "fr", "contact": "mathieu@laroute-podcast.example.fr",
        "frm": ("Mathieu Arnaud", "mathieu@laroute-podcast.example.fr"),
        "subject": "Demande d'interview pour le podcast « La Route »",
        "date": "2026-08-27 10:18 +0200",
        "text": """Bonjour Fernando,

Je produis « La Route », un podcast sur les métiers de la conduite et du transport. Pour notre épisode consacré aux chauffeurs venus d'ailleurs, on m'a recommandé de vous contacter.

Accepteriez-vous une interview d'environ 30 minutes, en français ou en espagnol (nous sous-titrons la transcription) ? L'enregistrement peut se faire à distance, courant septembre.

Merci d'avance pour votre réponse,

Mathieu Arnaud
Producteur – La Route
""",
    },
    {
        "name": "cold_approach_lumen",
        "kind": "other", "lang": "fr", "contact": "agathe.perrin@cabinet-lumen.example.fr",
        "frm": ("Agathe Perrin", "agathe.perrin@cabinet-lumen.example.fr"),
        "subject": "Votre parcours dans le transport – prise de contact",
        "date": "2026-04-02 11:52 +0200",
        "text": """Bonjour Monsieur Aguilar-Nakamura,

Je suis consultante au sein du Cabinet Lumen Recrutement, à Marseille. Nous accompagnons des transporteurs et des loueurs de la région PACA dans leurs recrutements d'encadrement intermédiaire.

Votre profil bilingue espagnol-anglais et votre expérience de coordination d'une flotte de taxis ont retenu mon attention. Je n'ai pas de mission ouverte correspondant exactement à votre profil aujourd'hui, mais j'aimerais vous connaître pour penser à vous lors de prochaines recherches.

Seriez-vous disponible pour un échange téléphonique informel de 15 minutes ?

Bien à vous,

Agathe Perrin
Consultante senior
Cabinet Lumen Recrutement SAS – 45 rue Paradis, 13001 Marseille
06 12 48 77 30
""",
    },
    {
        "name": "formation_admission_refusee",
        "kind": "other", "lang": "fr",
        "frm": ("ISTM – Service des admissions", "admissions@istm-marseille.example.fr"),
        "subject": "Réponse à votre candidature – Titre professionnel Responsable d'exploitation transport",
        "subj_enc": ("utf-8", "B"),
        "date": "2026-06-30 14:25 +0200",
        "headers": [("Auto-Submitted", "auto-generated")],
        "shell": ("simple",),
        "text": """Monsieur,

Nous avons bien étudié votre candidature à la formation « Responsable d'exploitation transport » (rentrée d'octobre 2026).

Nous sommes au regret de vous informer que la commission pédagogique n'a pas pu retenir votre candidature pour cette session : la formation étant en alternance, elle nécessite un contrat avec une entreprise française au moment de l'inscription.

Vous pouvez déposer un nouveau dossier pour la session de mars 2027.

Le service des admissions
Institut Supérieur du Transport de Marseille
""",
    },
]

__all__ = [
    "ALBUFERA_MOVE_ASK",
    "ALBUFERA_REC",
    "CALANQUES_MISSED",
    "CALANQUES_REC",
    "CALANQUES_SORRY",
    "FARO_ANSWER",
    "FARO_APPROACH",
    "FARO_REC",
    "MAASPORT_REC",
    "MAASPORT_THANKS",
    "MC_APPLICATION",
    "MC_REC",
    "OTHER",
    "TALLIS_MOVE_ASK",
    "TURIA_MISSED",
    "TURIA_REC",
    "TURIA_SORRY",
    "TURIA_THANKS",
]
