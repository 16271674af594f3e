"""Corpus 269, kind `rejection`: 31 hand-written messages."""

from __future__ import annotations

from msgs269_common import M, disclaimer, outlook_block, reply, signature

AUTO = [("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")]

MESSAGES = [
    # ------------------------------------------------------------------ Spanish (15)
    M(kind="rejection", slug="tremula_after_thanks", lang="es", company="Sala Trémula",
      contact="nuria.vilaro@salatremula.example.es",
      frm=("Núria Vilaró", "nuria.vilaro@salatremula.example.es"),
      name_enc=("iso-8859-1", "Q"),
      subject="Re: Gracias por la charla de ayer", date="2026-03-27 13:41 +0100",
      reply_of="tremula-thanks", cte="8bit",
      text=f"""Hola Guillermo,

Gracias a ti por venir y por el mensaje tan cuidado. Te debo una respuesta y prefiero dártela clara: hemos cerrado la coordinación de producción con una persona que ya llevaba dos temporadas en salas de aforo parecido, y eso pesó más que cualquier otra cosa.

Me quedo con tu idea de las milongas de los domingos a mediodía; si algún día la montamos te llamaré como artista, que eso sí lo tengo claro.

Un abrazo y mucha suerte,
Núria

Núria Vilaró · Dirección de programación
Sala Trémula · C/ de Verdi 63, 08012 Barcelona · +34 932 17 40 58

{reply("es", "2026-03-19 21:07", "Guillermo Adeyemi-Castro", "guillermo.ac@example.ar", '''Hola Núria,

Muchas gracias por la entrevista de esta tarde y por enseñarme la sala por dentro. Me fui con muchas ganas de formar parte del equipo: la parte de producción técnica que me contaste encaja con lo que vengo haciendo en los festivales de tango.

Quedo atento a los próximos pasos.

Guillermo''')}
"""),

    M(kind="rejection", slug="laborea_relays_brisa", lang="es",
      company="Hotel Brisa Diagonal", contact="jordi.puigdomenech@laborea.example.es",
      frm=("Jordi Puigdomènech | Laborea ETT", "jordi.puigdomenech@laborea.example.es"),
      subject="Feedback del Hotel Brisa Diagonal – Coordinador/a de eventos",
      date="2026-02-10 17:22 +0100", reply_of="laborea-move", form="alt", layout="outlook",
      text=f"""Hola Guillermo:

Te escribo con la respuesta del Hotel Brisa Diagonal tras la entrevista del miércoles. Me la ha pasado la responsable de banquetes esta mañana y, siendo honestos, no es la que esperábamos: se han inclinado por un candidato con experiencia previa en hotel de más de 300 habitaciones y dominio del programa de reservas que usan ellos.

Valoraron mucho tu trato con el cliente y tu inglés, y me pidieron expresamente que te lo transmitiera. Yo sigo contando contigo: en cuanto entre otra posición de eventos en hoteles de la zona te la propongo.

Saludos cordiales,

Jordi Puigdomènech
Consultor de selección – Hostelería y eventos
Laborea ETT · Gran Via de les Corts Catalanes 612, 4º 1ª · 08007 Barcelona
T. +34 934 88 21 90 · M. +34 655 30 17 42

{disclaimer("es", "laborea.example.es")}
"""),

    M(kind="rejection", slug="torrent_on_hold", lang="es", company="Teatre del Torrent",
      contact="mireia.casals@teatretorrent.example.cat",
      frm=("Mireia Casals", "mireia.casals@teatretorrent.example.cat"),
      subject="Proceso de selección: Ayudante de producción (temporada 26/27)",
      date="2026-03-25 10:05 +0100", reply_of="torrent-move", charset="windows-1252",
      cte="quoted-printable",
      text="""Estimado Guillermo:

Le escribo para comunicarle una decisión que no tiene que ver con su candidatura. La dirección ha decidido congelar la plaza de ayudante de producción hasta que se cierre el presupuesto de la próxima temporada, y por ese motivo no vamos a continuar con el proceso ni a celebrar la segunda ronda prevista.

Lamento el tiempo que le hemos hecho dedicar, incluido el cambio de fecha de la entrevista. Si la plaza se reactiva en otoño, el proceso se abriría de nuevo desde cero y se anunciaría en nuestra web.

Atentamente,

Mireia Casals i Roca
Gerencia – Teatre del Torrent
Carrer del Torrent de l'Olla 118 · 08012 Barcelona
Tel. 933 68 22 05
"""),

    M(kind="rejection", slug="retiro_alto_smartrecruiters", lang="es",
      company="Hotel Retiro Alto", contact="",
      frm=("Hotel Retiro Alto", "no-reply@smartrecruiters.com"),
      subject="Actualización sobre tu candidatura: Event Sales Coordinator",
      date="2026-06-20 08:00 +0000", reply_of="retiro-cancel", form="html", layout="ats",
      layout_opts={"brand": "Hotel Retiro Alto · Carreras", "color": "#6b2d3c",
                  "footer": "Enviado a través de SmartRecruiters. Este buzón no admite respuestas."},
      cte="base64", headers=AUTO,
      text="""Hola Guillermo:

Te agradecemos el interés mostrado en el puesto de Event Sales Coordinator y tu participación en las fases del proceso.

Después de revisar con detenimiento todos los perfiles, lamentamos informarte de que tu candidatura no seguirá adelante en esta ocasión.

Conservaremos tus datos durante doce meses para futuras vacantes, salvo que nos indiques lo contrario desde tu perfil de candidato.

Un saludo,
Equipo de Talento · Hotel Retiro Alto"""),

    M(kind="rejection", slug="mardefons_filled_internally", lang="es",
      company="Festival Mar de Fons", contact="arnau.ferrer@mardefons.example.cat",
      frm=("Arnau Ferrer", "arnau.ferrer@mardefons.example.cat"),
      subject="Plaza de jefe/a de escenario · Mar de Fons 2026",
      subj_enc=("iso-8859-1", "Q"), date="2026-06-23 19:48 +0200", reply_of="mdf-own",
      charset="iso-8859-1", cte="quoted-printable",
      text=f"""Hola Guillermo,

Recibí tu mensaje, y no pasa nada por lo de la llamada, de verdad.

Lo que sí te tengo que contar es que al final la plaza de jefe de escenario la ocupa Pau, que lleva tres ediciones con nosotros como regidor y ha pedido dar el salto. La junta prefirió promocionar a alguien de dentro antes de incorporar a nadie nuevo, así que el proceso externo se queda aquí.

Gracias por tu paciencia. Nos vemos seguro por Sant Feliu en agosto.

Arnau Ferrer
Producción · Festival Mar de Fons
Passeig del Mar 14, 17220 Sant Feliu de Guíxols
+34 972 32 18 66

{reply("es", "2026-06-09 12:31", "Guillermo Adeyemi-Castro", "guillermo.ac@example.ar", '''Arnau, mil disculpas: tenía el móvil en silencio por una clase y no vi las llamadas hasta ahora. ¿Podemos hablar esta tarde o mañana a cualquier hora?''')}
"""),

    M(kind="rejection", slug="candil_terse", lang="es", company="Agencia Candil Eventos",
      contact="pablo@candileventos.example.es",
      frm=("Pablo Lozano", "pablo@candileventos.example.es"),
      subject="Re: lo de producción", date="2026-02-13 22:14 +0100", reply_of="candil-inv",
      text="""Guillermo, al final no sale. Nos quedamos con alguien que ya tenía coche y carnet de furgo, que para las bodas en la sierra es imprescindible. Gracias igual.

Pablo

Enviado desde mi móvil
"""),

    M(kind="rejection", slug="lluerna_workable", lang="es", company="Lluerna Produccions",
      contact="", frm=("Lluerna Produccions", "noreply@workablemail.com"),
      subject="Tu candidatura a Técnico/a de producción en Lluerna Produccions",
      date="2026-08-31 09:30 +0000", form="alt", layout="ats", reply_of="lluerna-ack",
      layout_opts={"brand": "Lluerna Produccions", "color": "#2f4858",
                  "footer": "Powered by Workable"},
      headers=AUTO,
      text="""Hola Guillermo,

Gracias por postularte al puesto de Técnico/a de producción. Hemos recibido muchísimas candidaturas y hemos tenido que tomar decisiones difíciles.

En esta ocasión vamos a avanzar con personas cuya trayectoria en montaje de espectáculos de calle se ajusta mejor a lo que necesitamos para la gira de otoño.

Te animamos a seguir nuestras ofertas en https://apply.workable.com/lluerna-produccions/ y a volver a presentarte en el futuro.

Saludos,
El equipo de Lluerna Produccions"""),

    M(kind="rejection", slug="feria_sonora_role_cancelled", lang="es",
      company="Feria Sonora Madrid", contact="",
      frm=("Feria Sonora Madrid", "no-reply@jobs.recruitee.com"),
      reply_to=("Feria Sonora Madrid", "no-reply@jobs.recruitee.com"),
      subject="Información sobre la vacante de Coordinador/a de logística de artistas",
      date="2026-07-28 11:02 +0200", form="alt", layout="ats", reply_of="feria-ack",
      layout_opts={"brand": "Feria Sonora Madrid", "color": "#c0392b"}, headers=AUTO,
      text="""Hola Guillermo:

Te escribimos porque has participado en el proceso para la vacante de Coordinador/a de logística de artistas.

La organización ha reducido el número de escenarios de la edición de este año y, como consecuencia, esta vacante se ha eliminado. No se va a cubrir con nadie, ni interno ni externo, y cerramos todas las candidaturas abiertas.

Sentimos no poder darte otra noticia. Si en el futuro publicamos nuevas posiciones, las verás en feriasonora.example.es/empleo.

Equipo de Personas · Feria Sonora Madrid"""),

    M(kind="rejection", slug="halcon_reyes_client_no", lang="es",
      company="Halcón & Reyes Talent", contact="begona.reyes@halconreyes.example.es",
      frm=("Begoña Reyes", "begona.reyes@halconreyes.example.es"),
      name_enc=("utf-8", "B"),
      subject="Proceso confidencial – Head of Events", date="2026-06-24 16:36 +0200",
      reply_of="halcon-miss",
      text=f"""Hola Guillermo,

Ya tengo respuesta de nuestro cliente. Lo siento, pero no van a contar contigo para la posición de Head of Events. Me comentan que, pese a lo bien que encajaba tu perfil creativo, necesitan a alguien que haya gestionado presupuestos por encima del millón de euros, y tras la entrevista reprogramada no lo vieron suficientemente demostrado.

Sé que esperabas otra cosa después de todo el esfuerzo. Mi recomendación: cuantifica en el CV los festivales de Buenos Aires (público, presupuesto, equipo). Lo vamos a necesitar para el siguiente proceso, que te presentaré en cuanto pueda.

Un abrazo,

{signature("Begoña Reyes", "Partner · Halcón & Reyes Talent", "Paseo de la Castellana 141, planta 9 · 28046 Madrid", "+34 910 55 83 20")}
"""),

    M(kind="rejection", slug="compas_norte_casual", lang="es",
      company="Compás Norte Producciones", contact="sofia.bertolini@compasnorte.example.es",
      frm=("Sofi Bertolini", "sofia.bertolini@compasnorte.example.es"),
      subject="che, te debo una respuesta", date="2026-03-31 23:02 +0200", cte="base64",
      text="""Guille querido,

Perdoná que te escriba a esta hora, es el único rato libre que tengo. Lo hablé con Ramiro y con el equipo y, para esta temporada, no vamos a avanzar con vos en producción. No es por lo del martes (eso ya está olvidado), es que necesitamos a alguien que arranque mañana mismo con la gira y vos todavía estás con las clases hasta junio.

Te lo digo de colega a colega: seguí mandando CV a salas, que tenés mucho para dar. Y guardame un lugar en la milonga del viernes.

Besos,
Sofi
"""),

    M(kind="rejection", slug="auditori_portal_mar_letter", lang="es",
      company="Auditori Portal del Mar", contact="rosa.ventura@portaldelmar.example.es",
      frm=("Rosa Ventura", "rosa.ventura@portaldelmar.example.es"),
      subject="Resolución del proceso 04/2026 – Técnico/a de sala",
      date="2026-05-15 12:10 +0200", form="alt", layout="outlook",
      attach=[{"type": "pdf", "filename": "resolucion_proceso_04-2026.pdf", "lines": [
          "Auditori Portal del Mar - Departamento de Personas",
          "Tarragona, 15 de mayo de 2026",
          "Proceso de seleccion 04/2026 - Tecnico/a de sala",
          "Candidato: Guillermo Adeyemi-Castro",
          "Resultado: no seleccionado. Puntuacion total 61/100 (corte 70).",
          "Contra esta resolucion puede presentar alegaciones en 10 dias habiles.",
      ]}],
      text=f"""Buenos días, Sr. Adeyemi-Castro:

Adjunto le remitimos la resolución del proceso de selección 04/2026 para la plaza de técnico/a de sala. Tal como consta en el documento, su puntuación final no ha alcanzado el mínimo establecido en las bases, por lo que no figura en la propuesta de contratación.

Puede consultar el detalle de la baremación y, si lo estima oportuno, presentar alegaciones en el plazo indicado respondiendo a este correo.

Cordialmente,

Rosa Ventura Llorens
Responsable de Personas
Auditori Portal del Mar · Moll de Costa s/n · 43004 Tarragona
Tel. 977 24 60 31

{disclaimer("es", "portaldelmar.example.es")}
"""),

    M(kind="rejection", slug="llotja_nova_outlook_thread", lang="es",
      company="Llotja Nova Esdeveniments", contact="xavier.pons@llotjanova.example.cat",
      frm=("Xavier Pons", "xavier.pons@llotjanova.example.cat"),
      subject="RE: Agradecimiento – entrevista producción congresos",
      date="2026-10-07 09:12 +0200", form="alt", layout="outlook",
      reply_of="llotja-own",
      text=f"""Buenos días, Guillermo:

Gracias por tu correo del lunes. Ya hemos comunicado a todos los finalistas la decisión y, en tu caso, no vamos a formalizar la incorporación. Tu visión artística gustó mucho al comité, pero el puesto es muy de operativa de congresos médicos (acreditaciones, secretaría técnica, proveedores) y otra finalista domina ese terreno desde hace años.

Te deseo lo mejor en la búsqueda.

Xavier Pons
Director de Operaciones
Llotja Nova Esdeveniments
Av. Drassanes 6-8, planta 12 · 08001 Barcelona
+34 933 02 77 14

{outlook_block("es", "Guillermo Adeyemi-Castro <guillermo.ac@example.ar>", "lunes, 5 de octubre de 2026 19:40", "Xavier Pons <xavier.pons@llotjanova.example.cat>", "Agradecimiento – entrevista producción congresos", '''Hola Xavier,

Quería agradecerte la entrevista del viernes con el comité. Me quedé pensando en el caso práctico del congreso de cardiología y te adjunto un esquema de cómo organizaría las acreditaciones.

Quedo a tu disposición para una segunda entrevista si lo veis útil.

Un saludo,
Guillermo''')}
"""),

    M(kind="rejection", slug="alcazar_sol_taleo", lang="es",
      company="Grupo Hotelero Alcázar Sol", contact="",
      frm=("Alcázar Sol Talento", "no-reply@taleo.net"), name_enc=("iso-8859-1", "B"),
      subject="Solicitud 2600417 – Coordinador de Eventos y Banquetes (Madrid)",
      date="2026-02-27 04:17 -0600", reply_of="alcazar-ack", headers=AUTO,
      charset="iso-8859-1", cte="quoted-printable",
      text="""Estimado/a Guillermo Adeyemi-Castro:

En relación con su solicitud 2600417 para el puesto de Coordinador de Eventos y Banquetes (Madrid), le comunicamos que el proceso ha finalizado y que su candidatura no ha resultado seleccionada.

Queremos agradecerle el tiempo dedicado. Su perfil permanecerá activo en nuestra base de datos y podrá actualizarlo en cualquier momento desde el portal de empleo.

Atentamente,
Departamento de Recursos Humanos
Grupo Hotelero Alcázar Sol

Este mensaje se ha generado automáticamente. Por favor, no responda a esta dirección.
"""),

    M(kind="rejection", slug="ferias_meridiano_icims", lang="es",
      company="Ferias Meridiano", contact="",
      frm=("Ferias Meridiano – Talento", "ferias-meridiano@talent.icims.com"),
      subject="Ferias Meridiano: estado de tu candidatura", date="2026-04-17 14:55 +0000",
      form="alt", layout="ats", layout_opts={"brand": "Ferias Meridiano", "color": "#0d5c63"},
      reply_of="meridiano-ack", headers=AUTO,
      text="""Hola Guillermo,

Gracias por el tiempo que has invertido en el proceso de Jefe/a de stand para la temporada de ferias de otoño.

Tras la fase de revisión curricular, la posición va a seguir con otras personas y tu solicitud queda archivada.

Te deseamos mucho éxito en tu carrera profesional.

Atentamente,
Talento y Cultura · Ferias Meridiano"""),

    M(kind="rejection", slug="castellana_closed_other", lang="es",
      company="Teatro Castellana 90", contact="ines.mayoral@castellana90.example.es",
      frm=("Inés Mayoral", "ines.mayoral@castellana90.example.es"),
      subject="Re: Seguimiento entrevista del 3 de marzo", date="2026-04-13 11:20 +0200",
      reply_of="castellana-own", cte="quoted-printable",
      text=f"""Hola Guillermo, disculpa la demora.

El proceso se cerró la semana pasada y la persona elegida se incorpora el lunes. Debí avisarte antes; no lo hice y te pido perdón por ello.

Gracias por tu interés en Castellana 90.

Inés

Inés Mayoral | Producción ejecutiva | Teatro Castellana 90
Paseo de la Castellana 90, 28046 Madrid | 914 11 06 72

{reply("es", "2026-04-10 10:02", "Guillermo Adeyemi-Castro", "guillermo.ac@example.ar", '''Hola Inés:

Te escribo para saber si hay novedades sobre el puesto de regidor/a tras la entrevista del 3 de marzo. Me dijiste que la segunda entrevista sería a finales de mes y quería confirmar si sigo en el proceso.

Saludos,
Guillermo''')}
"""),

    # ------------------------------------------------------------------ English (8)
    M(kind="rejection", slug="copperhouse_greenhouse", lang="en",
      company="The Copperhouse Theatre", contact="hannah.okafor@copperhouse.example.co.uk",
      frm=("Hannah Okafor via Greenhouse", "no-reply@us.greenhouse-mail.io"),
      reply_to=("Hannah Okafor", "hannah.okafor@copperhouse.example.co.uk"),
      subject="Your application to The Copperhouse Theatre", date="2026-05-06 15:30 +0100",
      reply_of="copper-miss", form="alt", layout="ats",
      layout_opts={"brand": "The Copperhouse Theatre", "color": "#8a4b2a"},
      text="""Hi Guillermo,

Thank you for your patience over the last few weeks and for the note you sent after our video call fell through.

We have now completed interviews for the Events Producer role. The panel has decided not to take your application further; we have offered the position to someone with a longer record of programming for London venues.

I'm sorry this isn't better news. We'd be glad to hear from you again when we advertise our winter season roles.

All the best,
Hannah Okafor
Talent Partner, The Copperhouse Theatre"""),

    M(kind="rejection", slug="lantern_lane_workday", lang="en",
      company="Lantern Lane Hotels", contact="",
      frm=("Lantern Lane Hotels", "lanternlane@myworkday.com"),
      subject="Lantern Lane Hotels | Meetings & Events Manager (R-26-0871)",
      date="2026-09-15 07:12 -0700", headers=AUTO, reply_of="lantern-miss",
      text="""Dear Guillermo,

We appreciate your interest in Lantern Lane Hotels and the time you invested in applying for Meetings & Events Manager (R-26-0871).

Having reviewed your application alongside your interview record, we are unable to progress your candidacy. This requisition will continue with other applicants.

You are welcome to search and apply for other roles through our Candidate Home.

Kind regards,
Lantern Lane Hotels Talent Acquisition

Please do not reply to this message; this mailbox is not monitored.
"""),

    M(kind="rejection", slug="fenwick_loom_after_interview", lang="en",
      company="Fenwick & Loom Live", contact="amara.quist@fenwickloom.example.co.uk",
      frm=("Amara Quist", "amara.quist@fenwickloom.example.co.uk"),
      subject="Re: Thank you - Production Coordinator interview",
      date="2026-06-18 17:50 +0100", reply_of="fenwick-own",
      text=f"""Dear Guillermo,

Thank you for such a thoughtful note, it was a pleasure meeting you too.

I wanted to let you know personally rather than through the portal: we have decided to go with another candidate for the Production Coordinator post. It was close. The deciding factor was experience with our client base in the corporate sector, which you would have had to build from scratch.

If you are open to it, I'd like to keep you in mind for freelance show-calling on our dance events later in the year.

Warm regards,
Amara

Amara Quist | Head of Production
Fenwick & Loom Live | 22 Ropemaker Street, London EC2Y 9AR
+44 20 7946 0381

{reply("en", "2026-06-11 20:14", "Guillermo Adeyemi-Castro", "guillermo.ac@example.ar", '''Dear Amara,

Many thanks for the interview this afternoon and for walking me through the run sheet of the Shoreditch launch. I'm very enthusiastic about the role and would love to bring my experience of running milongas for 400 people to your team.

Best wishes,
Guillermo''')}
"""),

    M(kind="rejection", slug="hollowmere_lever_soft", lang="en",
      company="Hollowmere Festival", contact="",
      frm=("Hollowmere Festival", "no-reply@hire.lever.co"),
      subject="Hollowmere Festival - Site Operations Assistant", date="2026-03-30 12:00 +0100",
      reply_of="hollowmere-ack", form="html", layout="ats",
      layout_opts={"brand": "Hollowmere Festival", "color": "#3b6e22",
                  "footer": "Sent via Lever. Reply STOP to opt out of messages."},
      cte="quoted-printable",
      text="""Hi Guillermo,

Thanks so much for applying to be our Site Operations Assistant this summer.

We had a huge response. After careful review we are focusing on applicants who have worked greenfield sites before, so we won't be moving ahead with your application on this occasion.

Fingers crossed our paths cross in the fields another year!

The Hollowmere crew"""),

    M(kind="rejection", slug="tidewater_ashby_paused", lang="en",
      company="Tidewater Events", contact="",
      frm=("Tidewater Events", "no-reply@ashbyhq.com"),
      subject="Update on Senior Event Producer at Tidewater Events",
      date="2026-07-07 10:44 +0000", reply_of="tidewater-ack", form="alt", layout="ats",
      layout_opts={"brand": "Tidewater Events", "color": "#15405c"}, headers=AUTO,
      text="""Hi Guillermo,

We're writing to everyone who applied for Senior Event Producer.

Due to a change in our client commitments for Q4, the company has paused hiring for this role indefinitely, and we won't be progressing any applications, including yours. We are sorry for the disappointment and appreciate the time you put in.

If the role reopens it will be readvertised on our careers page.

Tidewater Events Recruiting"""),

    M(kind="rejection", slug="gasworks_terse", lang="en", company="Gasworks Social",
      contact="tom@gasworkssocial.example.co.uk",
      frm=("Tom Reddy", "tom@gasworkssocial.example.co.uk"),
      subject="Re: Venue manager role", date="2026-04-24 18:03 +0100",
      text="""Thanks Guillermo - we've gone another way on this one. Appreciate you coming in.

Tom
"""),

    M(kind="rejection", slug="kestrel_bamboohr", lang="en",
      company="Kestrel Conference Centre", contact="",
      frm=("Kestrel Conference Centre", "notifications@app.bamboohr.com"),
      subject="Regarding your application for Conference Coordinator",
      date="2026-08-26 08:15 +0100", reply_of="kestrel-ack", form="alt", layout="ats",
      layout_opts={"brand": "Kestrel Conference Centre", "color": "#4a5d23"}, headers=AUTO,
      text="""Dear Guillermo,

Thank you for applying for the Conference Coordinator position at Kestrel Conference Centre.

We regret to inform you that we will not be inviting you to interview. Please don't be discouraged: the number of applications was very high and this decision does not reflect on your abilities.

Sincerely,
People Team, Kestrel Conference Centre"""),

    M(kind="rejection", slug="priory_relays_arcadia", lang="en", company="Arcadia Rooms",
      contact="felix.hart@priorytalent.example.co.uk",
      frm=("Felix Hart", "felix.hart@priorytalent.example.co.uk"),
      subject="Arcadia Rooms - feedback", date="2026-10-09 16:25 +0100",
      reply_of="priory-ack", form="alt", layout="outlook", layout_opts={"lang": "EN-GB"},
      text=f"""Hi Guillermo,

Just off the phone with Arcadia Rooms. Unfortunately they won't be taking you forward to the second stage for Private Events Manager. Their words: "brilliant energy, but we need someone who has already run a sales pipeline for private hire". They were genuinely complimentary about how you handled the scenario question.

Chin up - I have two other briefs coming in next week that are far more production-led and I'll call you about them.

Cheers,
Felix

Felix Hart
Senior Consultant, Hospitality & Live
Priory Talent Partners | 5 Cloth Fair, London EC1A 7JQ
M: +44 7700 900 412

{disclaimer("en")}
"""),

    # ------------------------------------------------------------------ French (4)
    M(kind="rejection", slug="garonne_recruitee", lang="fr",
      company="Garonne Événements", contact="",
      frm=("Garonne Événements", "no-reply@jobs.recruitee.com"),
      subject="Votre candidature – Chargé·e de production événementielle",
      date="2026-03-04 09:00 +0100", reply_of="garonne-ack", form="alt", layout="ats",
      layout_opts={"brand": "Garonne Événements", "color": "#b5432f"}, headers=AUTO,
      text="""Bonjour Guillermo,

Nous vous remercions pour l'intérêt porté à Garonne Événements et pour votre candidature au poste de chargé·e de production événementielle à Toulouse.

Après étude attentive de votre dossier, nous sommes au regret de vous informer que nous ne donnerons pas suite à votre candidature.

Nous vous souhaitons une belle réussite dans vos projets.

L'équipe recrutement de Garonne Événements"""),

    M(kind="rejection", slug="arceaux_after_thanks", lang="fr",
      company="Théâtre des Arceaux", contact="helene.marchetti@arceaux.example.fr",
      frm=("Hélène Marchetti", "helene.marchetti@arceaux.example.fr"),
      subject="Re: Merci pour notre échange", date="2026-04-02 14:18 +0200",
      reply_of="arceaux-thanks", cte="quoted-printable",
      text=f"""Bonjour Guillermo,

Merci pour votre message, qui m'a touchée. Je dois malheureusement vous annoncer que le comité a choisi une autre personne pour le poste de régisseur d'accueil : elle connaît déjà très bien le réseau des compagnies de la région, ce qui a fait la différence.

Votre parcours est atypique et très riche. N'hésitez pas à nous proposer un projet autour du tango pour la saison prochaine.

Bien cordialement,

Hélène Marchetti
Administratrice de production
Théâtre des Arceaux – 12 rue des Arceaux, 34000 Montpellier
04 67 58 21 90

{reply("fr", "2026-03-24 19:55", "Guillermo Adeyemi-Castro", "guillermo.ac@example.ar", '''Bonjour Hélène,

Je tenais à vous remercier pour l'entretien de ce matin et pour la visite du plateau. Le poste de régisseur d'accueil me motive beaucoup et j'espère avoir l'occasion de continuer le processus.

Bien à vous,
Guillermo''')}
"""),

    M(kind="rejection", slug="halle_brique_poste_supprime", lang="fr",
      company="Halle Brique Rose", contact="remi.castanet@hallebrique.example.fr",
      frm=("Rémi Castanet", "remi.castanet@hallebrique.example.fr"),
      name_enc=("iso-8859-1", "B"),
      subject="Poste de coordinateur événementiel – annulation du recrutement",
      date="2026-06-12 11:37 +0200", charset="iso-8859-1", cte="quoted-printable",
      text="""Monsieur,

Suite à la réorganisation de nos activités décidée par le conseil d'administration, le poste de coordinateur événementiel pour lequel vous aviez postulé est supprimé. Le recrutement est donc annulé et aucune candidature ne sera retenue.

Nous vous prions de nous excuser pour ce contretemps et vous remercions de l'intérêt que vous avez porté à la Halle.

Veuillez agréer, Monsieur, l'expression de nos salutations distinguées.

Rémi Castanet
Directeur administratif et financier
Halle Brique Rose · 3 allée des Tanneurs · 31000 Toulouse
Tél. 05 61 22 48 70
"""),

    M(kind="rejection", slug="garrigue_casual", lang="fr",
      company="Festival Garrigue Sonore", contact="lou@garriguesonore.example.fr",
      frm=("Lou Fabre", "lou@garriguesonore.example.fr"),
      subject="Re: désolé pour mardi", date="2026-07-22 21:40 +0200",
      reply_of="garrigue-miss",
      text="""Salut Guillermo,

T'inquiète pour mardi, ça arrive. Par contre je préfère être franc : on a finalement pris quelqu'un du coin pour la régie bénévoles, quelqu'un qui peut être sur le site dès la semaine prochaine. Ça ne se fera pas avec toi cette année.

Passe au festival si tu es dans le sud, je te fais entrer.

Lou
"""),

    # ------------------------------------------------------------------ German (4)
    M(kind="rejection", slug="spreeblick_personio", lang="de",
      company="Spreeblick Events", contact="jana.koehler@spreeblick.example.de",
      frm=("Spreeblick Events GmbH", "noreply@personio.de"),
      reply_to=("Jana Köhler", "jana.koehler@spreeblick.example.de"),
      name_enc=("utf-8", "B"),
      subject="Ihre Bewerbung als Projektleiter Live-Events (m/w/d)",
      date="2026-05-04 10:05 +0200", reply_of="spree-own", form="alt", layout="ats",
      layout_opts={"brand": "Spreeblick Events", "color": "#004f6e"}, headers=AUTO,
      text="""Sehr geehrter Herr Adeyemi-Castro,

vielen Dank für Ihre Bewerbung und Ihre Nachricht nach dem verpassten Termin.

Wir haben uns die Entscheidung nicht leicht gemacht, uns jedoch für eine Kandidatin entschieden, deren Erfahrung mit Firmenveranstaltungen im Berliner Raum besser zu unseren aktuellen Projekten passt. Einen neuen Gesprächstermin werden wir Ihnen daher nicht anbieten.

Für Ihren weiteren Weg wünschen wir Ihnen alles Gute.

Mit freundlichen Grüßen
Jana Köhler
People & Culture, Spreeblick Events GmbH"""),

    M(kind="rejection", slug="nachtfalter_human", lang="de",
      company="Festival Nachtfalter", contact="tobias.brandt@nachtfalter.example.de",
      frm=("Tobias Brandt", "tobias.brandt@nachtfalter.example.de"),
      subject="Rückmeldung zu unserem Telefonat", date="2026-06-05 08:47 +0200",
      reply_of="nacht-move", charset="windows-1252", cte="8bit",
      text="""Hallo Guillermo,

danke noch einmal für das nette Telefonat am Freitag. Ich habe inzwischen mit dem Team gesprochen: Für die Stelle in der Künstlerbetreuung setzen wir auf Leute, die schon länger in der Berliner Clubszene unterwegs sind und die Bookingagenturen persönlich kennen. Da warst du leider nicht weit genug vorn, deshalb wird es diesmal nichts.

Ich drücke dir für die anderen Bewerbungen die Daumen – und ganz ehrlich: ein Tango-Floor beim Nachtfalter wäre mal was.

Viele Grüße
Tobias

Tobias Brandt · Künstlerbetreuung & Booking
Festival Nachtfalter · Revaler Straße 99 · 10245 Berlin
"""),

    M(kind="rejection", slug="landwehr_softgarden", lang="de",
      company="Hotel Landwehr Berlin", contact="",
      frm=("Hotel Landwehr Berlin", "noreply@softgarden.io"),
      subject="Ihre Bewerbung: Veranstaltungskoordinator (m/w/d) – Hotel Landwehr Berlin",
      date="2026-03-18 13:30 +0100", reply_of="landwehr-ack", headers=AUTO,
      cte="quoted-printable",
      text="""Sehr geehrter Herr Adeyemi-Castro,

haben Sie vielen Dank für Ihr Interesse an einer Tätigkeit in unserem Haus.

Die ausgeschriebene Position als Veranstaltungskoordinator konnten wir zwischenzeitlich mit einem Mitarbeiter aus unserem eigenen Bankettteam besetzen. Das Auswahlverfahren ist damit abgeschlossen.

Ihre Unterlagen werden gemäß unseren Datenschutzbestimmungen nach sechs Monaten gelöscht.

Freundliche Grüße
Ihr Recruiting-Team
Hotel Landwehr Berlin

Diese Nachricht wurde automatisch über softgarden versendet.
"""),

    M(kind="rejection", slug="havelland_successfactors", lang="de",
      company="Messe Havelland", contact="",
      frm=("Messe Havelland Karriere", "noreply@successfactors.eu"),
      subject="Absage: Projektassistenz Messebau (Req. 10482)", date="2026-05-27 06:30 +0000",
      reply_of="havelland-ack", form="html", layout="ats", cte="base64",
      layout_opts={"brand": "Messe Havelland", "color": "#002c5f",
                  "footer": "Bitte antworten Sie nicht auf diese automatisch erzeugte E-Mail."},
      headers=AUTO,
      text="""Sehr geehrter Herr Adeyemi-Castro,

wir bedanken uns für Ihre Bewerbung auf die Position Projektassistenz Messebau (Req. 10482).

Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Sie im weiteren Auswahlprozess nicht berücksichtigen können.

Wir wünschen Ihnen für Ihre berufliche Zukunft viel Erfolg.

Mit freundlichen Grüßen
Ihre Personalabteilung
Messe Havelland GmbH"""),
]
