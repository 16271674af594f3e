"""Corpus 269, kind `other`: 52 hand-written messages (the candidate's own mail, digests,
newsletters, notifications, auto-replies, and private mail that borrows job words)."""

from __future__ import annotations

from msgs269_common import CAND_SIG, CANDIDATE, M, reply

NEWS = [("Precedence", "bulk")]


def listing(list_id: str, unsubscribe: str) -> list[tuple[str, str]]:
    return [("List-Id", list_id), ("List-Unsubscribe", f"<{unsubscribe}>"),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")]


OWN = [
    # ------------------------------------------------------------------ candidate, Spanish (7)
    M(kind="other", slug="own_thanks_tremula", lang="es", frm=CANDIDATE,
      to=[("Núria Vilaró", "nuria.vilaro@salatremula.example.es")], key="tremula-thanks",
      reply_of="tremula-move", subject="Gracias por la charla de ayer",
      date="2026-03-19 21:07 +0100", cte="8bit",
      text=f"""Hola Núria,

Muchas gracias por la entrevista de esta tarde y por enseñarme la sala por dentro. Me fui con muchas ganas de formar parte del equipo: la parte de producción técnica que me contaste encaja con lo que vengo haciendo en los festivales de tango.

Quedo atento a los próximos pasos.

Guillermo

{reply("es", "2026-03-11 18:40", "Núria Vilaró", "nuria.vilaro@salatremula.example.es", '''Guillermo, perdona el lío: mañana jueves al final tenemos prueba de sonido de la banda del fin de semana y no voy a poder atenderte. ¿Lo pasamos al jueves siguiente, día 19, a la misma hora?''')}
"""),

    M(kind="other", slug="own_reschedule_request_cierzo", lang="es", frm=CANDIDATE,
      to=[("Lucía Ferrán", "lucia.ferran@cierzo.example.es")], key="cierzo-own-req",
      reply_of="cierzo-inv", subject="Cambio de hora llamada – Jefe/a de producción de giras",
      date="2026-08-04 22:48 +0200",
      text=f"""Hola Lucía:

Reservé la llamada para el jueves a las 10:00, pero me acaban de confirmar un ensayo general a esa hora. ¿Sería posible pasarla al viernes por la tarde? Perdona las molestias.

Guillermo

{CAND_SIG}
"""),

    M(kind="other", slug="own_apology_mardefons", lang="es", frm=CANDIDATE,
      to=[("Arnau Ferrer", "arnau.ferrer@mardefons.example.cat")], key="mdf-own",
      reply_of="mdf-miss", subject="Re: Llamada para la plaza de jefe/a de escenario",
      date="2026-06-09 12:31 +0200", charset="iso-8859-1", cte="quoted-printable",
      text=f"""Arnau, mil disculpas: tenía el móvil en silencio por una clase y no vi las llamadas hasta ahora. ¿Podemos hablar esta tarde o mañana a cualquier hora?

Guillermo

{reply("es", "2026-06-09 10:24", "Arnau Ferrer", "arnau.ferrer@mardefons.example.cat", '''Te he llamado dos veces a las 10:00 y a las 10:15, tal y como quedamos, pero no has contestado y salta el buzón de voz. ¿Va todo bien?''')}
"""),

    M(kind="other", slug="own_application_torrent", lang="es", frm=CANDIDATE,
      to=[("Teatre del Torrent – Gerència", "gerencia@teatretorrent.example.cat")],
      key="torrent-own", subject="Candidatura – Ayudante de producción temporada 26/27",
      date="2026-02-16 11:30 +0100", form="alt", layout="simple",
      attach=[{"type": "pdf", "filename": "CV_Guillermo_Adeyemi-Castro.pdf", "lines": [
          "Guillermo Adeyemi-Castro - Produccion de eventos y espectaculos",
          "Barcelona - +34 611 48 29 07 - guillermo.ac@example.ar",
          "2019-2025 Director artistico, Festival de Tango del Abasto (Buenos Aires)",
          "2021-2026 Profesor de tango y organizador de milongas (Barcelona)",
          "Idiomas: espanol, ingles (C1), frances (B2), aleman (A2)",
      ]}],
      text=f"""Buenos días:

Les escribo para presentar mi candidatura al puesto de ayudante de producción publicado en su web.

Soy profesor de tango y durante seis años dirigí la producción de un festival en Buenos Aires (45 espectáculos, 12.000 asistentes por edición). Desde que vivo en Barcelona organizo milongas y pequeños ciclos en centros cívicos, y quiero dar el paso a la producción en un teatro estable.

Adjunto mi CV. Quedo a su disposición para una entrevista cuando lo consideren oportuno.

Atentamente,

{CAND_SIG}"""),

    M(kind="other", slug="own_followup_castellana", lang="es", frm=CANDIDATE,
      to=[("Inés Mayoral", "ines.mayoral@castellana90.example.es")], key="castellana-own",
      subject="Seguimiento entrevista del 3 de marzo", date="2026-04-10 10:02 +0200",
      text="""Hola Inés:

Te escribo para saber si hay novedades sobre el puesto de regidor/a tras la entrevista del 3 de marzo. Me dijiste que la segunda entrevista sería a finales de mes y quería confirmar si sigo en el proceso.

Saludos,
Guillermo
"""),

    M(kind="other", slug="own_thanks_llotja", lang="es", frm=CANDIDATE,
      to=[("Xavier Pons", "xavier.pons@llotjanova.example.cat")], key="llotja-own",
      subject="Agradecimiento – entrevista producción congresos",
      date="2026-10-05 19:40 +0200",
      attach=[{"type": "pdf", "filename": "esquema_acreditaciones.pdf", "lines": [
          "Congreso de cardiologia - esquema de acreditaciones",
          "1. Preinscripcion online y envio de QR (T-30 dias)",
          "2. Mostradores por apellido A-F / G-M / N-S / T-Z",
          "3. Ponentes y patrocinadores: mostrador VIP separado",
      ]}],
      text="""Hola Xavier,

Quería agradecerte la entrevista del viernes con el comité. Me quedé pensando en el caso práctico del congreso de cardiología y te adjunto un esquema de cómo organizaría las acreditaciones.

Quedo a tu disposición para una segunda entrevista si lo veis útil.

Un saludo,
Guillermo
"""),

    M(kind="other", slug="own_application_compas", lang="es", frm=CANDIDATE,
      to=[("Compás Norte Producciones", "hola@compasnorte.example.es")], key="compas-own",
      subject="Candidatura: Coordinador de producción", date="2026-02-23 09:12 +0100",
      charset="iso-8859-1", cte="quoted-printable", subj_enc=("iso-8859-1", "Q"),
      text=f"""Hola:

Sofi Bertolini me comentó que buscáis a alguien para coordinar la producción de la gira de primavera. Os envío mi candidatura.

Llevo quince años en el mundo del tango, como bailarín, profesor y organizador de festivales, y conozco bien cómo funcionan los teatros de provincias. Estoy disponible para viajar y podría incorporarme en abril.

Quedo atento a vuestra respuesta para una posible entrevista.

Un abrazo,

{CAND_SIG}
"""),

    # ------------------------------------------------------------------ candidate, English (4)
    M(kind="other", slug="own_thanks_northgate", lang="en", frm=CANDIDATE,
      to=[("Priya Raman", "priya.raman@northgatehotels.example.co.uk")], key="ng-thanks",
      reply_of="ng-move", subject="Thank you - panel interview today",
      date="2026-02-12 18:33 +0100",
      text=f"""Dear Priya,

Thank you for organising today's panel and please pass my thanks to Declan and Sabine. I really enjoyed discussing the cultural evenings idea and I'm even more excited about the role after meeting the team.

I look forward to hearing about the next steps.

Best regards,
Guillermo Adeyemi-Castro

{reply("en", "2026-02-05 10:17", "Priya Raman", "priya.raman@northgatehotels.example.co.uk", '''Apologies for the change: Declan has been asked to attend an owners' meeting on Wednesday afternoon, so we need to move your panel interview to Thursday 12 February at 10:00.''')}
"""),

    M(kind="other", slug="own_apology_spreeblick", lang="en", frm=CANDIDATE,
      to=[("Jana Köhler", "jana.koehler@spreeblick.example.de")], key="spree-own",
      reply_of="spree-miss", subject="Re: Ihr Vorstellungsgespräch heute um 11:00 Uhr",
      date="2026-04-21 13:02 +0200",
      text=f"""Dear Ms Köhler,

I am so sorry. I had the interview in my calendar for 11:00 Barcelona time but my laptop's calendar was still set to London time after a trip, and I only realised at noon. It is entirely my fault.

I am still very interested in the position and would be grateful for another chance at any time that suits you.

Kind regards,
Guillermo Adeyemi-Castro

{reply("de", "2026-04-21 11:35", "Jana Köhler", "jana.koehler@spreeblick.example.de", '''wir haben heute ab 11:00 Uhr in der Teams-Besprechung auf Sie gewartet, Sie haben sich jedoch nicht eingewählt. Auch telefonisch konnten wir Sie nicht erreichen.''')}
"""),

    M(kind="other", slug="own_thanks_fenwick", lang="en", frm=CANDIDATE,
      to=[("Amara Quist", "amara.quist@fenwickloom.example.co.uk")], key="fenwick-own",
      subject="Thank you - Production Coordinator interview", date="2026-06-11 20:14 +0100",
      text="""Dear Amara,

Many thanks for the interview this afternoon and for walking me through the run sheet of the Shoreditch launch. I'm very enthusiastic about the role and would love to bring my experience of running milongas for 400 people to your team.

Best wishes,
Guillermo
"""),

    M(kind="other", slug="own_application_marlowe", lang="en", frm=CANDIDATE,
      to=[("Marlowe Yard", "hello@marloweyard.example.co.uk")], key="marlowe-own",
      subject="Application - Events & Programming Coordinator", date="2026-09-22 09:30 +0200",
      form="alt", layout="simple",
      attach=[{"type": "pdf", "filename": "Guillermo_Adeyemi-Castro_CV_EN.pdf", "lines": [
          "Guillermo Adeyemi-Castro - Event Producer & Tango Teacher",
          "Barcelona (relocating to London) - guillermo.ac@example.ar",
          "Festival production, venue programming, community events",
          "Languages: Spanish, English, French, German (basic)",
      ]}],
      text="""Dear Marlowe Yard team,

Please find attached my CV for the Events & Programming Coordinator position. I'm a tango teacher and event producer based in Barcelona, relocating to London this winter.

I've produced festival stages, run weekly social dances for up to 400 people and once turned a multi-storey car park into a milonga for a night, which is why your railway-arch programme caught my eye.

Kind regards,
Guillermo Adeyemi-Castro"""),

    # ------------------------------------------------------------------ candidate, French (1)
    M(kind="other", slug="own_thanks_arceaux", lang="fr", frm=CANDIDATE,
      to=[("Hélène Marchetti", "helene.marchetti@arceaux.example.fr")], key="arceaux-thanks",
      reply_of="arceaux-inv", subject="Merci pour notre échange", date="2026-03-24 19:55 +0100",
      cte="quoted-printable",
      text="""Bonjour Hélène,

Je tenais à vous remercier pour l'entretien de ce matin et pour la visite du plateau. Le poste de régisseur d'accueil me motive beaucoup et j'espère avoir l'occasion de continuer le processus.

Bien à vous,
Guillermo
"""),
]

SPANISH = [
    M(kind="other", slug="tablon_cultura_alertas", lang="es",
      frm=("Tablón Cultura Empleo", "alertas@tabloncultura.example.es"),
      subject="12 nuevas ofertas de Producción de eventos en Barcelona",
      date="2026-02-05 07:00 +0100", form="alt", layout="news",
      layout_opts={"brand": "Tablón Cultura Empleo",
                  "unsubscribe": "https://tabloncultura.example.es/alertas/baja?u=gac269"},
      headers=listing("Alertas Tablon Cultura <alertas.tabloncultura.example.es>",
                      "https://tabloncultura.example.es/alertas/baja?u=gac269"),
      text="""Hola Guillermo, estas son las ofertas nuevas para tu alerta «producción eventos · Barcelona»:

Técnico/a de producción – Sala Apolo Nova (Barcelona) · Contrato indefinido
https://tabloncultura.example.es/o/88120

Coordinador/a de eventos corporativos – Agència Fil Roig (Barcelona) · 28.000–32.000 €
https://tabloncultura.example.es/o/88131

Regidor/a de escenario para festival de verano – Festival Mar de Fons (Sant Feliu de Guíxols)
https://tabloncultura.example.es/o/88142

Consejo de la semana: después de una entrevista, envía un correo de agradecimiento en las 24 horas siguientes. Y si te rechazan, pide feedback: el 40 % de las empresas lo da si se lo pides.

Ver las 12 ofertas: https://tabloncultura.example.es/alertas/gac269

Recibes este correo porque creaste una alerta de empleo. Darte de baja: https://tabloncultura.example.es/alertas/baja?u=gac269"""),

    M(kind="other", slug="backstage_pro_encajar_no", lang="es",
      frm=("Backstage Pro", "boletin@backstagepro.example.es"),
      subject="Cómo encajar un «no» después de la entrevista final",
      date="2026-03-14 08:30 +0100", form="html", layout="news",
      layout_opts={"brand": "Backstage Pro · Revista de oficios del espectáculo",
                  "unsubscribe": "https://backstagepro.example.es/baja", "color": "#222222"},
      headers=listing("Backstage Pro <boletin.backstagepro.example.es>",
                      "https://backstagepro.example.es/baja"),
      text="""En este número

Cómo encajar un «no» después de la entrevista final
Te han dicho que «han decidido seguir con otra persona» y llevas tres días dándole vueltas. Hablamos con cinco jefas de producción sobre qué significa de verdad ese mensaje, cuándo merece la pena pedir feedback y cómo mantener viva la relación para la siguiente vacante.
https://backstagepro.example.es/articulos/encajar-un-no

Regidores: el oficio que nadie ve
https://backstagepro.example.es/articulos/regidores

Agenda de formación: curso de seguridad en montajes temporales (Madrid, 14-15 de abril)
https://backstagepro.example.es/formacion"""),

    M(kind="other", slug="prensa_diario_llobregat", lang="es",
      contact="carla.munne@diarillobregat.example.es",
      frm=("Carla Munné", "carla.munne@diarillobregat.example.es"),
      subject="Entrevista para el suplemento de fin de semana", date="2026-04-08 12:15 +0200",
      text="""Hola Guillermo,

Soy Carla Munné, periodista del suplemento cultural del Diari del Llobregat. Estamos preparando un reportaje sobre las milongas al aire libre del área metropolitana y me han hablado de las que organizas en L'Hospitalet.

¿Te podría hacer una entrevista de unos 40 minutos la semana que viene, en persona o por teléfono? También nos gustaría mandar a un fotógrafo a la milonga del domingo 19.

Gracias,
Carla Munné
Redactora · Diari del Llobregat
+34 934 40 12 77
"""),

    M(kind="other", slug="ritmia_investigacion_usuarios", lang="es",
      contact="paula.soto@ritmia.example.com",
      frm=("Paula Soto · Ritmia", "paula.soto@ritmia.example.com"),
      subject="¿Nos ayudas a mejorar Ritmia? Entrevista de 30 min (con tarjeta regalo)",
      date="2026-05-21 15:00 +0200", form="alt", layout="simple",
      text="""Hola Guillermo:

Te escribo porque usas Ritmia para gestionar las inscripciones de tus clases de tango. Estamos rediseñando la parte de pagos y nos encantaría hacerte una entrevista de 30 minutos por videollamada para entender cómo trabajas.

Como agradecimiento te enviaremos una tarjeta regalo de 30 €.

Si te apetece, elige un hueco aquí: https://ritmia.example.com/research/agenda

¡Gracias!
Paula Soto
UX Research · Ritmia"""),

    M(kind="other", slug="rapidisimo_paquete_retrasado", lang="es",
      frm=("Rapidísimo Envíos", "no-reply@rapidisimo.example.es"),
      subject="Lamentablemente tu envío llegará con retraso", date="2026-02-19 18:44 +0100",
      form="html", layout="ats", cte="base64",
      layout_opts={"brand": "Rapidísimo Envíos", "color": "#ffb400"},
      headers=[("Auto-Submitted", "auto-generated")],
      text="""Hola Guillermo:

Lamentablemente tu envío RP-2026-554120 (zapatos de baile, 1 bulto) no podrá entregarse en la fecha prevista por una incidencia en nuestro centro de Zaragoza.

Nueva fecha estimada de entrega: lunes 23 de febrero.

Puedes seguir la posición de tu paquete en tiempo real: https://rapidisimo.example.es/seguimiento/RP-2026-554120

Disculpa las molestias."""),

    M(kind="other", slug="mateo_me_rechazaron", lang="es", contact="mateo.landa@correo.example.ar",
      frm=("Mateo Landa", "mateo.landa@correo.example.ar"),
      subject="me bocharon en la Ribera", date="2026-04-16 23:50 -0300", cte="base64",
      text="""Guille, ¿cómo andás?

Te cuento porque sé que vos estás en la misma: me llegó el mail del Teatro de la Ribera. Después de tres entrevistas y una prueba práctica, me rechazaron para la jefatura de escenario. «Agradecemos su participación pero hemos decidido avanzar con otro perfil». Ni una llamada, che.

Estoy bastante bajoneado, pero bueno, sigo mandando CV. ¿Vos tuviste novedades de Barcelona?

Abrazo grande,
Mateo
"""),

    M(kind="other", slug="banco_mirador_cita_gestor", lang="es",
      frm=("Banco Mirador", "no-reply@bancomirador.example.es"),
      subject="Confirmación de su cita con su gestor personal", date="2026-03-06 09:00 +0100",
      form="alt", layout="ats", layout_opts={"brand": "Banco Mirador", "color": "#003b70"},
      headers=[("Auto-Submitted", "auto-generated")],
      text="""Estimado cliente:

Le confirmamos su cita con su gestor personal, Sr. Álvaro Medina, el jueves 12 de marzo a las 10:30 en la oficina de Passeig de Sant Joan 41.

Durante la entrevista revisaremos su posición global y las condiciones de la cuenta para no residentes. Si no puede asistir, puede cancelarla o cambiarla desde la app.

Banco Mirador. Este es un mensaje automático."""),

    M(kind="other", slug="casera_visita_tecnico", lang="es",
      contact="montse.ribas@correo.example.es",
      frm=("Montserrat Ribas", "montse.ribas@correo.example.es"),
      subject="Visita del técnico de la caldera", date="2026-01-21 20:10 +0100",
      charset="iso-8859-1", cte="quoted-printable",
      text="""Hola Guillermo,

El técnico de la caldera me ha anulado la cita del viernes. La ha pasado al lunes 26 a las 9 de la mañana. ¿Puedes estar en casa o le dejo las llaves a la vecina del 2º?

Por cierto, el recibo del agua de diciembre ya está pagado, te lo descuento del alquiler de febrero.

Gracias,
Montse
"""),

    M(kind="other", slug="escola_idiomes_prueba_oral", lang="es",
      frm=("Escola d'Idiomes del Poblenou", "no-reply@eidpoblenou.example.cat"),
      subject="Citación a la prueba de nivel oral – Alemán A2", date="2026-09-03 10:00 +0200",
      headers=[("Auto-Submitted", "auto-generated")],
      text="""Estimado/a alumno/a:

Le convocamos a la entrevista oral de la prueba de nivel de alemán el miércoles 16 de septiembre a las 17:40, aula 3.2.

La entrevista dura unos 10 minutos y consiste en una breve conversación con dos profesores. Traiga su documento de identidad.

Si no se presenta, se le asignará el nivel A1 por defecto.

Secretaría académica
Escola d'Idiomes del Poblenou
"""),

    M(kind="other", slug="centre_medic_recordatorio", lang="es",
      frm=("Centre Mèdic Eixample Nord", "citas-no-reply@cmeixample.example.cat"),
      subject="Recordatorio de cita: Traumatología, 12/05 a las 9:30",
      date="2026-05-10 18:00 +0200", headers=[("Auto-Submitted", "auto-generated")],
      text="""Recordatorio de cita

Paciente: GUILLERMO ADEYEMI-CASTRO
Especialidad: Traumatología (Dr. Vicenç Sala)
Día y hora: martes 12/05/2026, 9:30
Lugar: C/ de Girona 112, 1ª planta

Si necesita anular o cambiar la cita, responda CAMBIO o ANULAR por SMS al 600 00 11 22, o llame al 932 00 14 14.
"""),

    M(kind="other", slug="master_gestion_cultural_no_admitido", lang="es",
      frm=("Universitat Nova de Catalunya – Postgrado", "no-reply@unc.example.cat"),
      subject="Resolución de admisión – Máster en Gestión Cultural",
      date="2026-07-15 13:00 +0200", form="alt", layout="ats",
      layout_opts={"brand": "Universitat Nova de Catalunya", "color": "#7b1e1e"},
      text="""Estimado Guillermo Adeyemi-Castro:

Una vez finalizado el proceso de admisión al Máster en Gestión Cultural (curso 2026-2027), le informamos de que su solicitud no ha sido admitida. El número de plazas (35) ha quedado cubierto por solicitantes con mayor puntuación en la valoración del expediente.

Ha quedado en la posición 12 de la lista de espera. Si se libera alguna plaza, le contactaremos antes del 15 de septiembre.

Para cualquier consulta, escriba a postgrau@unc.example.cat.

Oficina de Postgrado"""),

    M(kind="other", slug="jordi_fuera_oficina", lang="es",
      contact="jordi.puigdomenech@laborea.example.es",
      frm=("Jordi Puigdomènech | Laborea ETT", "jordi.puigdomenech@laborea.example.es"),
      subject="Respuesta automática: Disponibilidad en enero", date="2026-01-02 09:41 +0100",
      headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
      text="""Gracias por tu mensaje. Estoy fuera de la oficina hasta el miércoles 7 de enero, sin acceso al correo.

Si se trata de una entrevista o una incorporación urgente, escribe a mi compañera Ester Vidal (ester.vidal@laborea.example.es).

Jordi Puigdomènech
Laborea ETT
"""),

    M(kind="other", slug="enlace_profesional_novedades", lang="es",
      frm=("Enlace Profesional", "notificaciones@enlaceprofesional.example.com"),
      subject="Guillermo, 4 personas han visto tu perfil esta semana",
      date="2026-05-30 06:12 +0200", form="html", layout="news",
      layout_opts={"brand": "Enlace Profesional",
                  "unsubscribe": "https://enlaceprofesional.example.com/ajustes/notificaciones",
                  "color": "#0a66c2"},
      headers=listing("<semanal.enlaceprofesional.example.com>",
                      "https://enlaceprofesional.example.com/ajustes/notificaciones"),
      text="""4 personas han visto tu perfil

Una persona de selección de una agencia de eventos en Madrid ha visto tu perfil.
Marc Roig (Grup Sarau Events) ha visto tu perfil.

Empleos que te pueden interesar
Production Manager – Ravelin Festival (Londres)
Coordinador/a de eventos – Hotel Muralla Girona
Chef de projet événementiel – Agence Lumière d'Oc (Montpellier)

Consejo: los perfiles con la opción «Disponible para trabajar» activada reciben el doble de invitaciones a entrevistas.

Ver todo: https://enlaceprofesional.example.com/notificaciones"""),

    M(kind="other", slug="halcon_cold_approach", lang="es",
      contact="begona.reyes@halconreyes.example.es",
      frm=("Begoña Reyes", "begona.reyes@halconreyes.example.es"), name_enc=("utf-8", "B"),
      key="halcon-cold", subject="Una posición que creo que te encaja",
      date="2026-05-25 17:20 +0200",
      text="""Hola Guillermo,

Me llamo Begoña Reyes y soy socia de Halcón & Reyes, una firma de búsqueda de directivos especializada en cultura y ocio. Llevo tiempo siguiendo tu trabajo con los festivales de tango y creo que tu perfil podría encajar en un proyecto que estamos llevando para un grupo de ocio en Madrid.

No es nada cerrado todavía. ¿Te apetecería que habláramos 15 minutos para conocernos y ver qué buscas?

Un saludo,
Begoña Reyes
Partner · Halcón & Reyes Talent
+34 910 55 83 20
"""),

    M(kind="other", slug="empleo_cultural_madrid_semanal", lang="es",
      frm=("Empleo Cultural Madrid", "resumen@empleoculturalmadrid.example.es"),
      subject="Resumen semanal: entrevistas, ofertas y convocatorias",
      date="2026-06-08 08:00 +0200", form="html", layout="news", cte="quoted-printable",
      layout_opts={"brand": "Empleo Cultural Madrid – Resumen semanal",
                  "unsubscribe": "https://empleoculturalmadrid.example.es/baja", "color": "#d62828"},
      headers=listing("Empleo Cultural Madrid <semanal.empleoculturalmadrid.example.es>",
                      "https://empleoculturalmadrid.example.es/baja"),
      text="""Esta semana en Empleo Cultural Madrid

OFERTAS
· Jefe/a de producción – Producciones Cierzo (gira nacional) https://empleoculturalmadrid.example.es/o/4410
· Técnico/a de iluminación – Teatro Castellana 90 https://empleoculturalmadrid.example.es/o/4412

CONVOCATORIAS PÚBLICAS
· Centro Cultural Conde Duque: bolsa de auxiliares de sala. Plazo: 20 de junio.

ENTREVISTA
«Rechacé tres ofertas antes de encontrar mi sitio»: hablamos con la directora de producción de una compañía de danza sobre cancelaciones, entrevistas fallidas y segundas oportunidades.
https://empleoculturalmadrid.example.es/entrevistas/segundas-oportunidades"""),

    M(kind="other", slug="rastrea_posicion_mochila", lang="es",
      frm=("Rastrea+", "avisos-noreply@rastreamas.example.com"),
      subject="Tu localizador «Mochila» ha cambiado de posición", date="2026-07-19 03:12 +0200",
      headers=[("Auto-Submitted", "auto-generated")],
      text="""Aviso de posición

Tu localizador GPS «Mochila» se ha alejado más de 500 m de la zona segura «Casa».

Última posición: 41.3879, 2.1699 (Plaça de Catalunya, Barcelona)
Hora: 03:11
Batería: 18 %

Si no reconoces este movimiento, abre la app para ver el recorrido completo.
"""),

    M(kind="other", slug="lucila_reenvia_oferta", lang="es",
      contact="lucila.ferreyra@correo.example.ar",
      frm=("Lucila Ferreyra", "lucila.ferreyra@correo.example.ar"),
      subject="Fwd: Oferta productor/a – mirá esto", date="2026-08-26 16:05 +0200",
      rfc822={"frm": ("Agència Fil Roig", "ofertes@filroig.example.cat"),
              "to": [("Lucila Ferreyra", "lucila.ferreyra@correo.example.ar")],
              "subject": "Oferta: Productor/a de eventos culturales",
              "date": "2026-08-25 10:00 +0200",
              "text": """Buscamos productor/a de eventos culturales para Barcelona.

Requisitos: 3 años de experiencia, inglés alto, disponibilidad fines de semana.
Ofrecemos: contrato indefinido, 30.000 € brutos anuales.
Entrevistas a partir del 7 de septiembre. Envía tu CV a ofertes@filroig.example.cat.
"""},
      text="""Guille!! Me llegó esto por la lista de la escuela y pensé en vos al toque. Te lo reenvío entero. Mandá el CV ya, que las entrevistas empiezan en dos semanas.

Besos,
Lu
"""),

    M(kind="other", slug="asociacion_salas_boletin", lang="es",
      frm=("Associació de Sales en Viu", "butlleti@salesenviu.example.cat"),
      subject="Boletín de agosto: procesos de selección abiertos y formación",
      date="2026-08-03 11:00 +0200", charset="windows-1252", cte="quoted-printable",
      headers=listing("Butlleti Sales en Viu <butlleti.salesenviu.example.cat>",
                      "mailto:baja@salesenviu.example.cat?subject=baja"),
      text="""BOLETÍN DE AGOSTO – Associació de Sales en Viu

1. Procesos de selección abiertos en salas asociadas
   - Sala Trémula (Barcelona): técnico/a de sonido. Entrevistas en septiembre.
   - Sala Volta (Girona): taquilla y atención al público.
   Más información: https://salesenviu.example.cat/borsa

2. Formación
   Curso «Prevención de riesgos en salas de música» – 22 y 23 de septiembre.

3. Recordatorio
   La asamblea de octubre se ha cancelado y se trasladará a noviembre. Os enviaremos la nueva convocatoria.

Para darte de baja responde con «baja» en el asunto.
"""),

    M(kind="other", slug="agora_webinar_mice", lang="es",
      frm=("Escuela de Eventos Ágora", "info@escuelaagora.example.es"),
      subject="Webinar gratuito: cómo preparar tu entrevista en el sector MICE",
      date="2026-09-10 12:00 +0200", form="alt", layout="news",
      layout_opts={"brand": "Escuela de Eventos Ágora",
                  "unsubscribe": "https://escuelaagora.example.es/baja?id=269"},
      headers=listing("Agora novedades <novedades.escuelaagora.example.es>",
                      "https://escuelaagora.example.es/baja?id=269"),
      text="""¿Te han convocado a una entrevista para organizar congresos y no sabes por dónde empezar?

Únete el jueves 17 de septiembre a las 19:00 a nuestro webinar gratuito con Celia Navas, directora de operaciones de una agencia MICE:
- Qué preguntan de verdad en una entrevista de producción de congresos
- Cómo presentar un presupuesto en un caso práctico
- Qué hacer si te dicen que no (y cómo pedir feedback)

Plazas limitadas. Reserva tu sitio: https://escuelaagora.example.es/webinar-mice

Además, 20 % de descuento en el Curso Superior de Eventos si te inscribes antes del 30 de septiembre."""),

    M(kind="other", slug="barrio_sur_milonga_cancelada", lang="es",
      contact="valeria@tangobarriosur.example.es",
      frm=("Valeria Méndez", "valeria@tangobarriosur.example.es"),
      subject="Se cancela la milonga del sábado", date="2026-10-08 14:22 +0200",
      to=[("Profes Barrio Sur", "profes@tangobarriosur.example.es")],
      cc=[CANDIDATE],
      text="""Hola a todos:

Lamentablemente tenemos que cancelar la milonga del sábado 10: el ayuntamiento nos ha denegado el permiso para usar la plaza por las obras. La pasamos al sábado 24, mismo horario.

Guille, tu clase previa de vals de las 19:00 se mantiene, pero en la sala pequeña de la academia. Avisá a tus alumnos, por favor.

Besos,
Vale
Academia Tango Barrio Sur
"""),

    M(kind="other", slug="ayuntamiento_cita_padron", lang="es",
      frm=("Ajuntament de Barcelona – Cita previa", "citaprevia-noreply@bcn.example.cat"),
      subject="Cita previa confirmada: Empadronamiento – OAC Gràcia",
      date="2026-01-08 10:31 +0100", headers=[("Auto-Submitted", "auto-generated")],
      charset="iso-8859-1", cte="8bit",
      text="""Su cita previa ha quedado confirmada.

Trámite: Alta o cambio de domicilio en el padrón
Oficina: OAC Gràcia, Plaça de la Vila de Gràcia 2
Fecha: 20/01/2026
Hora: 11:45
Localizador: 7HQ-2291

Recuerde traer el pasaporte o NIE y el contrato de alquiler. Si no puede acudir, anule la cita para que otra persona pueda utilizarla.
"""),
]

ENGLISH = [
    M(kind="other", slug="beaumont_cold_approach", lang="en",
      contact="oliver@beaumontsearch.example.co.uk",
      frm=("Oliver Beaumont", "oliver@beaumontsearch.example.co.uk"), key="ravelin-cold",
      subject="Festival production role - London", date="2026-07-01 11:20 +0100",
      text="""Hi Guillermo,

I came across your profile while researching producers with a background in dance and community events. I run a small search firm focused on live events and culture in London.

I'm working on a couple of festival production briefs and I think your experience could be a great fit. Nothing concrete to share yet, but would you be open to a quick call to hear about what you're looking for?

Best,
Oliver Beaumont
Beaumont Search - Live Events & Culture
+44 7700 900 733
"""),

    M(kind="other", slug="stagehands_weekly_jobs", lang="en",
      frm=("StageHands Jobs", "jobs-digest@stagehands.example.co.uk"),
      subject="Your weekly digest: 18 new roles in London events", date="2026-03-23 06:00 +0000",
      form="alt", layout="news",
      layout_opts={"brand": "StageHands Jobs",
                  "unsubscribe": "https://stagehands.example.co.uk/unsubscribe/gac"},
      headers=listing("StageHands weekly <weekly.stagehands.example.co.uk>",
                      "https://stagehands.example.co.uk/unsubscribe/gac"),
      text="""Hi Guillermo, here are this week's picks:

Events Producer - The Copperhouse Theatre (London SE1) - £34-38k
https://stagehands.example.co.uk/j/55012

Production Coordinator - Fenwick & Loom Live (London EC2) - £30k
https://stagehands.example.co.uk/j/55027

Site Operations Assistant - Hollowmere Festival (Suffolk) - seasonal
https://stagehands.example.co.uk/j/55031

From the blog: "I got the interview invite - now what?" Five things to prepare before any production interview, plus what to do if the employer moves your interview at the last minute.
https://stagehands.example.co.uk/blog/interview-invite-now-what

You're receiving this because you signed up for weekly job alerts."""),

    M(kind="other", slug="green_room_letter_no_offer", lang="en",
      frm=("The Green Room Letter", "letter@greenroomletter.example.com"),
      subject="When the offer doesn't come", date="2026-05-16 09:00 +0100",
      form="html", layout="news", cte="quoted-printable",
      layout_opts={"brand": "The Green Room Letter", "color": "#2d6a4f",
                  "unsubscribe": "https://greenroomletter.example.com/u/gac269"},
      headers=listing("The Green Room Letter <greenroom.greenroomletter.example.com>",
                      "https://greenroomletter.example.com/u/gac269"),
      text="""Issue 112 - When the offer doesn't come

You've had the final interview, you sent the thank-you note, and then... a polite rejection, or worse, silence. This week we asked three hiring managers from London venues what really happens after the last round, why some roles get frozen halfway through, and how to ask for feedback without sounding bitter.

Read the full piece: https://greenroomletter.example.com/112

Also in this issue: negotiating your first offer in the events industry, and why freelance show-callers should keep a rate card.

See you next Saturday."""),

    M(kind="other", slug="load_in_podcast_request", lang="en",
      contact="priti@theloadin.example.com",
      frm=("Priti Shah", "priti@theloadin.example.com"),
      reply_to=("Priti Shah", "priti@theloadin.example.com"),
      subject="Podcast interview request - The Load-In", date="2026-06-25 13:40 +0100",
      text="""Hi Guillermo,

I host The Load-In, a podcast about the people behind live events. A listener sent me a video of your car-park milonga and I'd love to have you on the show to talk about producing dance events on a shoestring.

Recording is remote, about 50 minutes, any weekday in July. No preparation needed.

Would you be up for it?

Priti Shah
Host & Producer, The Load-In
"""),

    M(kind="other", slug="gigboard_user_research", lang="en",
      contact="nadia.k@gigboard.example.com",
      frm=("Nadia Kowalczyk", "nadia.k@gigboard.example.com"),
      subject="Quick research interview about Gigboard? (£40 voucher)",
      date="2026-02-26 15:15 +0000", form="alt", layout="simple",
      text="""Hi Guillermo,

I'm a user researcher at Gigboard. You recently used our app to look for freelance crew jobs in London, and we'd love to hear about your experience.

Would you be up for a 45-minute interview over video? There are no right or wrong answers, we just want to learn how you look for work. As a thank-you we'll send you a £40 voucher.

You can book a time here: https://gigboard.example.com/research/book

Thanks,
Nadia Kowalczyk
User Research, Gigboard"""),

    M(kind="other", slug="parcelpigeon_delayed", lang="en",
      frm=("ParcelPigeon", "no-reply@parcelpigeon.example.co.uk"),
      subject="Unfortunately, your parcel is delayed", date="2026-10-02 17:20 +0100",
      form="html", layout="ats", layout_opts={"brand": "ParcelPigeon", "color": "#5c2d91"},
      headers=[("Auto-Submitted", "auto-generated")],
      text="""Hi Guillermo,

Unfortunately your parcel PP-77301-GB is running late because of a problem at our Heathrow hub. We're sorry!

New estimated delivery: Monday 5 October, 08:00-12:00.

Track it: https://parcelpigeon.example.co.uk/t/PP-77301-GB"""),

    M(kind="other", slug="connectly_search_appearances", lang="en",
      frm=("Connectly", "notifications@connectly.example.com"),
      subject="You appeared in 14 searches this week", date="2026-08-17 07:30 +0000",
      form="alt", layout="news",
      layout_opts={"brand": "Connectly", "color": "#0a66c2",
                  "unsubscribe": "https://connectly.example.com/settings/email"},
      headers=listing("<weekly-insights.connectly.example.com>",
                      "https://connectly.example.com/settings/email"),
      text="""Guillermo, you appeared in 14 searches this week.

Who searched for you: recruiters at a hospitality group, people at Kiezwerk Studios, and 3 others.

Jobs for you:
- Head of Events, Marlowe Yard (London)
- Live Events Coordinator, Quayside Live (London)

Tip: members who add a featured project get 3x more interview invitations.

See all: https://connectly.example.com/me/search-appearances"""),

    M(kind="other", slug="hannah_out_of_office", lang="en",
      contact="hannah.okafor@copperhouse.example.co.uk",
      frm=("Hannah Okafor", "hannah.okafor@copperhouse.example.co.uk"),
      subject="Automatic reply: Apologies for today's interview", date="2026-04-28 16:02 +0100",
      headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
      text="""Thank you for your email. I'm out of the office from this afternoon until Monday 4 May, with limited access to email.

For anything urgent about auditions, interviews or the casting calendar, please contact our Talent Coordinator, Ben Akers, at ben.akers@copperhouse.example.co.uk.

Hannah Okafor
Talent Partner, The Copperhouse Theatre
"""),

    M(kind="other", slug="stagecraft_diploma_no_place", lang="en",
      frm=("London School of Stagecraft Admissions", "admissions-noreply@lss.example.ac.uk"),
      subject="Your application: Postgraduate Diploma in Event Management",
      date="2026-06-29 10:00 +0100", form="alt", layout="ats",
      layout_opts={"brand": "London School of Stagecraft", "color": "#1d3557"},
      text="""Dear Guillermo,

Thank you for your application to the Postgraduate Diploma in Event Management (September 2026 entry) and for attending the selection interview.

We are sorry to tell you that we are unable to offer you a place on the course. Competition this year was exceptionally strong.

You may reapply for the January 2027 intake. If you would like feedback on your application, please contact the programme team through the applicant portal.

Yours sincerely,
Admissions Office"""),
]

FRENCH = [
    M(kind="other", slug="profession_spectacle_hebdo", lang="fr",
      frm=("Profession Spectacle", "hebdo@professionspectacle.example.fr"),
      subject="Les offres de la semaine en Occitanie", date="2026-04-06 07:15 +0200",
      form="alt", layout="news",
      layout_opts={"brand": "Profession Spectacle – Hebdo",
                  "unsubscribe": "https://professionspectacle.example.fr/desinscription"},
      headers=listing("Profession Spectacle Hebdo <hebdo.professionspectacle.example.fr>",
                      "https://professionspectacle.example.fr/desinscription"),
      text="""Bonjour,

Voici les offres publiées cette semaine pour l'Occitanie :

• Chef de projet événementiel – Agence Lumière d'Oc (Montpellier) – CDI
https://professionspectacle.example.fr/o/3301

• Régisseur·se d'accueil – Théâtre des Arceaux (Montpellier) – entretiens fin mars
https://professionspectacle.example.fr/o/3288

• Chargé·e de production – Garonne Événements (Toulouse) – recrutement clos

À lire : « Entretien d'embauche : faut-il parler de son salaire dès le premier rendez-vous ? »

Bonne semaine !"""),

    M(kind="other", slug="agence_clapiers_visite_annulee", lang="fr",
      contact="julie.bonnet@immo-clapiers.example.fr",
      frm=("Julie Bonnet", "julie.bonnet@immo-clapiers.example.fr"),
      subject="Visite de l'appartement rue de l'Aiguillerie – annulée",
      date="2026-06-03 09:10 +0200", charset="iso-8859-1", cte="quoted-printable",
      text="""Bonjour Monsieur Adeyemi-Castro,

Je suis au regret de vous informer que la visite du T2 de la rue de l'Aiguillerie prévue samedi à 11h est annulée : le propriétaire a accepté un dossier ce matin.

Je vous propose deux autres biens dans l'Écusson correspondant à vos critères. Souhaitez-vous que je vous envoie les fiches ?

Cordialement,
Julie Bonnet
Agence Immobilière de Clapiers
04 67 60 18 22
"""),

    M(kind="other", slug="camille_absence", lang="fr",
      contact="camille.roussel@lumieredoc.example.fr",
      frm=("Camille Roussel", "camille.roussel@lumieredoc.example.fr"),
      subject="Réponse automatique : Re: Promesse d'embauche – Chef de projet événementiel",
      date="2026-06-01 08:05 +0200",
      headers=[("Auto-Submitted", "auto-replied")],
      text="""Bonjour,

Je suis absente du bureau jusqu'au lundi 8 juin inclus. Pour toute question concernant un entretien ou un recrutement en cours, vous pouvez contacter Bastien Cros (bastien.cros@lumieredoc.example.fr).

Cordialement,
Camille Roussel
"""),

    M(kind="other", slug="master_ingenierie_culturelle_refus", lang="fr",
      frm=("Université de la Garrigue – Candidatures", "ne-pas-repondre@univ-garrigue.example.fr"),
      subject="Décision de la commission pédagogique – Master Ingénierie culturelle",
      date="2026-06-17 14:00 +0200", form="html", layout="ats", cte="base64",
      layout_opts={"brand": "Université de la Garrigue", "color": "#8c2f39"},
      text="""Bonjour,

La commission pédagogique du Master Ingénierie culturelle et production de spectacles a examiné votre dossier.

Décision : avis défavorable. Votre candidature n'a pas été retenue pour la rentrée 2026.

Vous pouvez demander les motifs de cette décision dans un délai de deux mois.

Le service des candidatures"""),
]

GERMAN = [
    M(kind="other", slug="kulturjobs_berlin_newsletter", lang="de",
      frm=("Kulturjobs Berlin", "newsletter@kulturjobs-berlin.example.de"),
      subject="Neue Stellen: Veranstaltungen & Produktion (KW 33)", date="2026-08-10 06:30 +0200",
      form="alt", layout="news",
      layout_opts={"brand": "Kulturjobs Berlin",
                  "unsubscribe": "https://kulturjobs-berlin.example.de/abmelden"},
      headers=listing("Kulturjobs Berlin <stellen.kulturjobs-berlin.example.de>",
                      "https://kulturjobs-berlin.example.de/abmelden"),
      text="""Hallo Guillermo,

hier sind die neuen Stellen dieser Woche:

Produktionsleitung Tanz – Kulturhaus Ackerhof (Mitte), Bewerbungsgespräche ab September
https://kulturjobs-berlin.example.de/s/9921

Event Producer (English speaking) – Kiezwerk Studios (Treptow)
https://kulturjobs-berlin.example.de/s/9925

Künstlerbetreuung – Festival Nachtfalter (Friedrichshain) – Stelle bereits vergeben

Ratgeber: Absage bekommen? So formulieren Sie eine gute Nachfrage.

Viel Erfolg bei der Suche!"""),

    M(kind="other", slug="buergeramt_termin", lang="de",
      frm=("Bürgeramt Terminvereinbarung", "noreply@termin.berlin.example.de"),
      subject="Terminbestätigung: Anmeldung einer Wohnung", date="2026-09-24 12:48 +0200",
      headers=[("Auto-Submitted", "auto-generated")], charset="iso-8859-1",
      cte="quoted-printable",
      text="""Guten Tag,

hiermit bestätigen wir Ihren Termin:

Dienstleistung: Anmeldung einer Wohnung
Standort: Bürgeramt Friedrichshain, Frankfurter Allee 35/37
Datum: Mittwoch, 28.10.2026
Uhrzeit: 09:20 Uhr
Vorgangsnummer: 4471023

Bitte bringen Sie Ihren Reisepass und die Wohnungsgeberbestätigung mit. Sollten Sie den Termin nicht wahrnehmen können, sagen Sie ihn bitte über den Link in dieser E-Mail ab.

Ihr Bürgeramt
"""),

    M(kind="other", slug="jana_abwesenheit", lang="de",
      contact="jana.koehler@spreeblick.example.de",
      frm=("Jana Köhler", "jana.koehler@spreeblick.example.de"), name_enc=("utf-8", "B"),
      subject="Abwesenheitsnotiz: Re: Ihr Vorstellungsgespräch heute um 11:00 Uhr",
      date="2026-04-21 13:02 +0200",
      headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
      text="""Vielen Dank für Ihre Nachricht.

Ich bin ab heute Mittag bis einschließlich 24. April nicht im Büro und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an people@spreeblick.example.de.

Viele Grüße
Jana Köhler
"""),

    M(kind="other", slug="sprachschule_kurs_ausgebucht", lang="de",
      contact="petra.lange@sprachschule-kreuzberg.example.de",
      frm=("Petra Lange", "petra.lange@sprachschule-kreuzberg.example.de"),
      subject="Ihre Anmeldung zum Intensivkurs Deutsch A2", date="2026-08-27 10:25 +0200",
      charset="windows-1252", cte="8bit",
      text="""Lieber Herr Adeyemi-Castro,

vielen Dank für Ihre Anmeldung zum Intensivkurs Deutsch A2 ab dem 7. September. Leider ist der Kurs bereits ausgebucht und wir können Ihnen keinen Platz mehr anbieten.

Gerne setzen wir Sie auf die Warteliste oder reservieren Ihnen einen Platz im nächsten Kurs ab dem 5. Oktober. Geben Sie mir einfach kurz Bescheid.

Herzliche Grüße
Petra Lange
Kursorganisation – Sprachschule Kreuzberg
"""),

    M(kind="other", slug="wg_besichtigung_abgesagt", lang="de",
      contact="lukas.berger@mail.example.de",
      frm=("Lukas Berger", "lukas.berger@mail.example.de"),
      subject="WG-Besichtigung am Samstag", date="2026-09-15 19:47 +0200",
      text="""Hi Guillermo,

sorry, wir müssen die Besichtigung am Samstag absagen – wir haben uns gestern Abend schon für jemanden entschieden, die das Zimmer ab Oktober nimmt. War echt knapp, dein Tango-Angebot für die WG-Party hat alle überzeugt 😄

Viel Glück bei der Suche, Berlin ist gerade echt hart.

Lukas
"""),

    M(kind="other", slug="karriere_tipp_vorstellungsgespraech", lang="de",
      frm=("Karriere-Tipp der Woche", "tipp@karrierebrief.example.de"),
      subject="So meistern Sie das Vorstellungsgespräch auf Englisch",
      date="2026-07-04 08:00 +0200", form="html", layout="news",
      layout_opts={"brand": "Karrierebrief", "color": "#e63946",
                  "unsubscribe": "https://karrierebrief.example.de/abmelden?id=269"},
      headers=listing("Karrierebrief <woche.karrierebrief.example.de>",
                      "https://karrierebrief.example.de/abmelden?id=269"),
      text="""Karriere-Tipp der Woche

Immer mehr Berliner Arbeitgeber führen Vorstellungsgespräche auf Englisch. Wir zeigen, wie Sie sich vorbereiten, was Sie tun, wenn der Termin kurzfristig verschoben wird, und warum eine Absage nach dem zweiten Gespräch kein Grund zur Panik ist.

Zum Artikel: https://karrierebrief.example.de/artikel/englisch-interview

Außerdem: Gehaltsverhandlung nach dem Angebot – die fünf häufigsten Fehler."""),
]

MESSAGES = OWN + SPANISH + ENGLISH + FRENCH + GERMAN
