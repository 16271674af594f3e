"""Kind `other`: traps full of job words, private mail, and the candidate's own sent mail."""

from __future__ import annotations

from msgs357_common import (
    CANDIDATE,
    SIGNATURE_DE,
    SIGNATURE_EN,
    SIGNATURE_ES,
    SIGNATURE_FR,
    html_page,
    m,
)

IRENE = ("Irene Basterra Gil", "irene.basterra@oleafitness.example.es")
BULK_ES = {
    "List-Id": "Alertas de empleo DeporEmpleo <alertas.deporempleo.example.es>",
    "List-Unsubscribe": "<https://deporempleo.example.es/baja?u=gurq357>, "
                        "<mailto:baja@deporempleo.example.es>",
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    "Precedence": "bulk",
}

SPANISH = [
    m(n="deporempleo_alert_digest", kind="other", lang="es",
      frm=("DeporEmpleo", "alertas@deporempleo.example.es"), date="2026-02-02 07:00",
      hdr=BULK_ES,
      subject="7 nuevas ofertas para «gestión deportiva» en Cantabria y Asturias",
      text="""Hola Gonzalo, estas son las nuevas ofertas de tu alerta «gestión deportiva»:

1. Coordinador/a de instalaciones – Fundación municipal (Santander) – Entrevistas a partir de marzo
2. Socorrista jefe de equipo – Parque acuático (Piélagos)
3. Responsable de club – Cadena de gimnasios (Oviedo)
4. Técnico/a de operaciones – Club de fútbol (Oviedo)
5. Monitor/a de natación – Campus de verano (Gijón)
6. Director/a deportivo/a – Resort (Liencres)
7. Recepcionista – Centro deportivo (Torrelavega)

CONSEJO DE LA SEMANA: ¿Te han rechazado tras una entrevista? Lamentablemente, la mitad de los candidatos no pide feedback. Te explicamos cómo hacerlo sin parecer insistente.

Gestiona tus alertas: https://deporempleo.example.es/alertas
Recibes este correo porque te suscribiste a las alertas de DeporEmpleo. Darse de baja: https://deporempleo.example.es/baja?u=gurq357
""",
      html=html_page([
          "Hola Gonzalo, estas son las nuevas ofertas de tu alerta <b>«gestión deportiva»</b>:",
          "1. Coordinador/a de instalaciones – Fundación municipal (Santander) – Entrevistas a "
          "partir de marzo<br>2. Socorrista jefe de equipo – Parque acuático (Piélagos)<br>"
          "3. Responsable de club – Cadena de gimnasios (Oviedo)<br>4. Técnico/a de "
          "operaciones – Club de fútbol (Oviedo)<br>5. Monitor/a de natación – Campus de "
          "verano (Gijón)<br>6. Director/a deportivo/a – Resort (Liencres)<br>7. "
          "Recepcionista – Centro deportivo (Torrelavega)",
          "<b>CONSEJO DE LA SEMANA:</b> ¿Te han rechazado tras una entrevista? "
          "Lamentablemente, la mitad de los candidatos no pide feedback. Te explicamos cómo "
          "hacerlo sin parecer insistente.",
          '<a href="https://deporempleo.example.es/alertas">Gestiona tus alertas</a>'],
          brand="DeporEmpleo", color="#2e7d32",
          footer='Recibes este correo porque te suscribiste a las alertas de DeporEmpleo. '
                 '<a href="https://deporempleo.example.es/baja?u=gurq357">Darse de baja</a>')),
    m(n="deporempleo_newsletter", kind="other", lang="es",
      frm=("Revista DeporEmpleo", "revista@deporempleo.example.es"), date="2026-05-15 08:30",
      hdr={**BULK_ES, "List-Id": "Revista DeporEmpleo <revista.deporempleo.example.es>"},
      subject="La entrevista perfecta, ofertas canceladas y cómo encajar un «no»",
      html=html_page([
          "<b>Revista DeporEmpleo · n.º 118 · mayo 2026</b>",
          "<b>1. Cinco errores en la entrevista de trabajo en un centro deportivo.</b> "
          "Llegar sin haber visitado la instalación, no conocer la normativa de piscinas… "
          "Nuestros expertos en selección te cuentan lo que más penaliza.",
          "<b>2. «Lamentablemente, hemos decidido no seguir adelante».</b> Cómo leer entre "
          "líneas una carta de rechazo y qué responder para quedar en buen lugar.",
          "<b>3. Cuando la oferta se cancela.</b> ¿Qué pasa si la empresa congela la vacante "
          "después de convocarte? Derechos y consejos prácticos.",
          "<b>4. Agenda:</b> Feria de Empleo Deportivo de Bilbao, 4 de junio, BEC.",
          "Un saludo del equipo de DeporEmpleo"],
          brand="Revista DeporEmpleo", color="#2e7d32",
          footer='¿No quieres recibir la revista? '
                 '<a href="https://deporempleo.example.es/baja?u=gurq357">Darse de baja</a>')),
    m(n="parcel_delayed_es", kind="other", lang="es",
      frm=("Envíos Rápidos Norte", "avisos@enviosnorte.example.es"), date="2026-03-05 16:44",
      subject="Lamentablemente tu paquete llegará con retraso",
      text="""Hola Gonzalo,

Lamentablemente tu envío NR-553820194ES no podrá entregarse en la fecha prevista debido a una incidencia en nuestro centro logístico de Burgos.

Nueva fecha estimada de entrega: lunes 9 de marzo, entre las 9:00 y las 14:00.

Si lo prefieres, puedes cambiar la entrega a un punto de recogida desde nuestra web.

Sentimos las molestias.
Envíos Rápidos Norte
"""),
    m(n="bank_position", kind="other", lang="es",
      frm=("Banco Cántabro Digital", "notificaciones@bancocantabro.example.es"),
      date="2026-04-01 06:05", cs="windows-1252", cte="quoted-printable",
      subject="Tu posición global a 31 de marzo de 2026",
      html=html_page([
          "Hola, Gonzalo:",
          "Ya tienes disponible el resumen de tu <b>posición global</b> a 31 de marzo de 2026.",
          "Cuenta nómina ··4471: 3.214,56 €<br>Cuenta ahorro ··9032: 6.800,00 €<br>"
          "Tarjeta de crédito (pendiente de liquidar): –312,40 €",
          "Puedes ver el detalle de movimientos y descargar el extracto en la app.",
          "Banco Cántabro Digital nunca te pedirá tus claves por correo electrónico."],
          brand="Banco Cántabro Digital", color="#c62828")),
    m(n="dentist_reminder", kind="other", lang="es",
      frm=("Clínica Dental Puertochico", "citas@dentalpuertochico.example.es"),
      date="2026-06-22 10:00", cs="iso-8859-1", cte="quoted-printable",
      name_enc=("iso-8859-1", "q"),
      subject="Recordatorio de su cita: jueves 25 de junio, 18:30",
      text="""Estimado/a Gonzalo Urquiza Ferreira:

Le recordamos su cita en Clínica Dental Puertochico:

Jueves 25 de junio de 2026 a las 18:30
Tratamiento: revisión y limpieza
Dra. Inés Gutiérrez

Si no puede acudir, por favor avísenos con 24 horas de antelación llamando al 942 000 555 para poder ofrecer el hueco a otro paciente.

Un saludo,
Clínica Dental Puertochico
"""),
    m(n="oviedo_flat_viewing", kind="other", lang="es",
      frm=("Raquel Suárez | Inmobiliaria Vetusta", "raquel@inmovetusta.example.es"),
      date="2026-09-10 12:30",
      subject="Visita al piso de la calle Gascona",
      text="""Hola Gonzalo:

Te confirmo la visita al piso de la calle Gascona (2 habitaciones, 650 €/mes) para el sábado 12 de septiembre a las 11:00. El propietario estará allí también, así que puedes preguntarle por la calefacción y la fianza.

Si al final no puedes venir, avísame y cambiamos la hora.

Un saludo,
Raquel Suárez
Inmobiliaria Vetusta · Oviedo
"""),
    m(n="friend_own_rejection", kind="other", lang="es",
      frm=("Iñigo Arrizabalaga", "inigo.arrizabalaga@example.com"), date="2026-05-29 23:12",
      cte="8bit",
      subject="Pues a mí tampoco...",
      text="""Tío,

Al final me han dicho que no en lo del club de remo de Getxo. Me llegó el típico correo de "tras valorar todas las candidaturas hemos decidido continuar con otros perfiles". Después de tres entrevistas y una prueba en el agua, ¡ni una llamada!

En fin, a seguir echando currículums. ¿Tú qué tal con lo de Manchester? Cuéntame algo, que me tienes en ascuas.

Un abrazo,
Iñigo
"""),
    m(n="friend_forwards_own_invite", kind="other", lang="es",
      frm=("Iñigo Arrizabalaga", "inigo.arrizabalaga@example.com"), date="2026-04-14 19:40",
      subject="Fwd: Convocatoria entrevista – Monitor de remo",
      text="""¡Mira lo que me ha llegado! Por fin me llaman de algún sitio. Te lo reenvío por si me ayudas a preparar la entrevista, que tú ya tienes tablas con esto.

¿Te viene bien un café el sábado?

Iñigo
""",
      fwd={"frm": ("Club de Remo Abra Getxo", "secretaria@remogetxo.example.es"),
           "to": [("Iñigo Arrizabalaga", "inigo.arrizabalaga@example.com")],
           "date": "2026-04-14 12:05", "n": "friend_forwards_own_invite_inner",
           "subject": "Convocatoria entrevista – Monitor de remo",
           "text": """Hola Iñigo:

Te convocamos a una entrevista para la plaza de monitor de remo el martes 21 de abril a las 18:00 en el club (Muelle de Arriluze). Trae el título de técnico deportivo.

Un saludo,
Secretaría del Club de Remo Abra Getxo
"""}),
    m(n="radio_interview_request", kind="other", lang="es",
      frm=("Noelia Pellón · Radio Costa Norte", "noelia.pellon@radiocostanorte.example.es"),
      date="2026-07-20 11:15",
      subject="Entrevista en «Mañanas de verano» sobre seguridad en las playas",
      text="""Hola, Gonzalo:

Soy Noelia, productora de «Mañanas de verano» en Radio Costa Norte. Estamos preparando un especial sobre seguridad en las playas de Cantabria y nos han recomendado hablar contigo como socorrista veterano del Sardinero.

¿Te animarías a una entrevista en directo de unos diez minutos el jueves 23 de julio a las 12:15? Puede ser por teléfono o en el estudio, como prefieras.

¡Gracias!
Noelia Pellón
Producción · Radio Costa Norte
"""),
    m(n="course_place_refused", kind="other", lang="es",
      frm=("Secretaría - Centro de Formación Deportiva Cantabria",
           "secretaria@cfdcantabria.example.es"),
      date="2026-09-03 09:30", cs="iso-8859-1", cte="8bit",
      subj_enc=("iso-8859-1", "b"), name_enc=("iso-8859-1", "q"),
      subject="Lista definitiva de admitidos - Curso de Gestión de Eventos Deportivos",
      text="""Estimado alumno:

Le informamos de que se ha publicado la lista definitiva de admitidos al Curso de Gestión de Eventos Deportivos (edición otoño 2026).

Lamentablemente, debido al elevado número de solicitudes, su solicitud no ha obtenido plaza. Ha quedado en la posición 7 de la lista de espera; si se produce alguna baja antes del inicio del curso, le avisaremos por este medio.

Atentamente,
Secretaría del Centro de Formación Deportiva Cantabria
"""),
    m(n="headhunter_cold_approach_es", kind="other", lang="es",
      frm=("Jaime Ribera", "jribera@riberahunter.example.es"), date="2026-05-04 09:05",
      subject="Tu perfil – dirección de instalaciones deportivas",
      text="""Hola Gonzalo:

Me llamo Jaime Ribera y dirijo Ribera & Hunter, una consultora de selección especializada en el sector deporte, ocio y hostelería en el norte de España.

He visto tu perfil y tu evolución de socorrista a la gestión de equipos y me parece muy interesante. Trabajamos con varios grupos hoteleros y operadores deportivos que buscan a menudo perfiles como el tuyo.

Si te apetece que te tengamos en cuenta, respóndeme con tu currículum actualizado y tus preferencias de ubicación. Sin compromiso.

Un saludo,
Jaime Ribera
Socio director · Ribera & Hunter Selección
"""),
    m(n="own_application_gesport", kind="other", lang="es", own=True,
      to=[("Gesport Norte - Empleo", "empleo@gesportnorte.example.es")],
      date="2026-09-20 10:12", cte="base64",
      subject="Candidatura Gerente de Instalación - Oviedo",
      text=f"""Buenos días:

Adjunto mi currículum para la oferta de Gerente de Instalación del nuevo centro deportivo de Oviedo publicada en DeporEmpleo.

Trabajé con Gesport Norte a través de Tempora ETT en el proceso de coordinación de piscina de La Calzada y me encantaría seguir vinculado a vuestra empresa.

Un saludo,
{SIGNATURE_ES}
""",
      attach=[("CV_Gonzalo_Urquiza_Ferreira_2026.pdf", [
          "Gonzalo Urquiza Ferreira", "Gestion de instalaciones deportivas",
          "Socorrista y entrenador de natacion (2017-2026)",
          "gonzalo.urquiza@example.es - +34 600 418 273"])]),
    m(n="own_status_followup_manzanares", kind="other", lang="es", own=True,
      to=[("Selección CD Manzanares", "seleccion@cdmanzanares.example.es")],
      date="2026-05-18 09:00",
      subject="Nueva fecha de entrevista – Jefe/a de Turno",
      text=f"""Hola:

Os escribo porque el 5 de mayo me comunicasteis que la entrevista del proceso de Jefe/a de Turno quedaba anulada y que me propondríais una nueva fecha. ¿Sabéis ya algo? Sigo muy interesado en el puesto.

Gracias,
{SIGNATURE_ES}
"""),
    m(n="own_reschedule_request_kirolgune", kind="other", lang="es", own=True,
      to=[("Amaia Zubizarreta", "amaia.zubizarreta@kirolgune.example.eus")],
      date="2026-05-06 20:45",
      subject="Re: Kirolgune – entrevista para Responsable de Instalación (Txurdinaga)",
      text="""Kaixo Amaia:

Gracias por la invitación. El martes 12 a las 9:30 me viene bien, aunque si fuera posible retrasarla a las 10:30 lo agradecería, porque salgo de un turno de noche en la piscina a las 8:00. Si no, allí estaré a las 9:30 sin problema.

Un saludo,
Gonzalo
"""),
    m(n="ooo_talentonorte", kind="other", lang="es",
      frm=("Carmen Villa", "carmen.villa@talentonorte.example.es"), date="2026-08-11 08:02",
      hdr={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All",
           "Precedence": "auto_reply"},
      subject="Respuesta automática: Disponibilidad para nuevos procesos",
      text="""Hola:

Estoy de vacaciones hasta el 31 de agosto, sin acceso al correo. Para cualquier proceso de selección en curso puedes escribir a mi compañero Diego Sainz (diego.sainz@talentonorte.example.es).

Gracias,
Carmen Villa
Talento Norte Consultores
"""),
    m(n="user_research_booking_app", kind="other", lang="es",
      frm=("Equipo de Producto · ReservaPista", "investigacion@reservapista.example.es"),
      date="2026-06-09 17:00",
      subject="¿Nos ayudas? Entrevista de 30 minutos sobre la app (con cheque regalo)",
      text="""Hola Gonzalo:

Usas ReservaPista para reservar calles en la piscina de La Albericia y queremos conocer tu opinión. Estamos haciendo entrevistas de 30 minutos por videollamada con usuarios para mejorar la app.

Como agradecimiento, te regalamos un cheque de 20 € en material deportivo. Si te interesa, elige un hueco aquí: https://reservapista.example.es/investigacion

¡Gracias!
Equipo de Producto de ReservaPista
"""),
    m(n="gps_watch_weekly", kind="other", lang="es",
      frm=("Trazo GPS", "no-reply@trazogps.example.com"), date="2026-08-03 07:30", tz="UTC",
      subject="Tu semana: 18,4 km nadados y nueva posición en el ranking",
      text="""¡Buen trabajo, Gonzalo!

Resumen semanal de tu reloj Trazo Swim 2:
- Natación en aguas abiertas: 18,4 km (+12 %)
- Sesiones: 6
- Posición en el ranking del club Delfines de Cueto: 3.º (subes 2 puestos)

Tu última posición GPS registrada: Playa del Sardinero, 43.4743 N, 3.7826 O.

Sigue así,
El equipo de Trazo GPS
"""),
    m(n="own_forward_offer_to_sister", kind="other", lang="es", own=True,
      to=[("Lorena Urquiza", "lorena.urquiza@example.net")], date="2026-04-20 21:15",
      subject="Fwd: Lo que hablamos por teléfono",
      text="""Lore, ¡mira! Te reenvío el correo de Olea. Mañana te llamo y lo hablamos con calma, que también tengo pendiente lo de Manchester y no sé qué hacer.

Besos,
Gonzalo
""",
      fwd={"frm": IRENE, "to": [CANDIDATE], "date": "2026-04-20 13:20",
           "n": "own_forward_offer_inner",
           "subject": "Lo que hablamos por teléfono",
           "text": """Hola, Gonzalo:

Como te adelantaba por teléfono hace un rato, ¡queremos que seas el nuevo director del club de Olea Santander Valdenoja!

En los próximos días te llegará la carta de oferta formal con todos los detalles.

Irene
"""}),
]

BULK_EN = {
    "List-Id": "SportsJobs Hub weekly <weekly.sportsjobshub.example.co.uk>",
    "List-Unsubscribe": "<https://sportsjobshub.example.co.uk/unsubscribe/gurq>",
    "Precedence": "bulk",
}

ENGLISH = [
    m(n="podcast_interview_invite", kind="other", lang="en",
      frm=("Rob Tennant", "rob@poolsidepod.example.co.uk"), date="2026-06-16 18:20",
      subject="Interview request - Poolside Pod",
      text="""Hi Gonzalo,

I host Poolside Pod, a podcast for swimming coaches and pool staff in the UK and Ireland. A listener shared your blog post on beach rescue drills and we'd love to interview you for an episode about lifeguarding in Spain.

Recording takes about 45 minutes over Zoom; any weekday evening in July works for us. No preparation needed beyond a decent microphone!

Cheers,
Rob Tennant
Poolside Pod
"""),
    m(n="sportsjobshub_digest", kind="other", lang="en",
      frm=("SportsJobs Hub", "weekly@sportsjobshub.example.co.uk"), date="2026-04-06 07:00",
      hdr=BULK_EN,
      subject="Your weekly jobs: 12 leisure roles in Greater Manchester",
      text="""Hi Gonzalo,

New this week for "leisure centre manager" near Manchester:

- Duty Manager, leisure trust (Hulme) - interviews w/c 20 April
- Aquatics Supervisor, charity trust (Salford)
- Gym Manager, budget gym chain (Didsbury)
- Stadium Operations Coordinator, football club (Manchester)
... and 8 more on the site.

CAREER CORNER: "Unfortunately, we have decided not to proceed..." How to bounce back from rejection, and why you should always ask for interview feedback.

Manage your alerts: https://sportsjobshub.example.co.uk/alerts
Unsubscribe: https://sportsjobshub.example.co.uk/unsubscribe/gurq
"""),
    m(n="parcel_delayed_en", kind="other", lang="en",
      frm=("SwiftParcel UK", "updates@swiftparcel.example.co.uk"), date="2026-06-25 13:10",
      subject="Unfortunately your parcel is delayed",
      text="""Hello Gonzalo,

Unfortunately your parcel SP88214731GB has been delayed due to high volumes at our Warrington hub.

Your new estimated delivery date is Monday 29 June. You don't need to do anything; we will try to deliver to the same address.

Sorry for the inconvenience,
SwiftParcel UK
"""),
    m(n="own_thanks_northway", kind="other", lang="en", own=True,
      to=[("Hannah Oyelaran", "hannah@northwayrec.example.co.uk")],
      date="2026-07-20 18:30",
      subject="Thanks - Trafford interview today",
      text=f"""Hi Hannah,

Just a quick note to say the interview at Trafford Water Sports Centre went well, I think. Mark and Sophie were very friendly and the lake tour was great. Thanks for the prep call on Friday, it really helped.

Let me know as soon as you hear anything.

Best,
{SIGNATURE_EN}
"""),
    m(n="friend_interview_news_en", kind="other", lang="en",
      frm=("Callum Reid", "callum.reid@example.org"), date="2026-07-01 22:48",
      subject="guess who's got an interview",
      text="""Gonzo!

Guess who's finally got an interview for a head coach job: me! Stockport swim club, next Tuesday at 6pm. Any tips? You're the expert at these now.

Also, are you still coming over in July? There's a spare room at ours if you need somewhere while you look for a flat in Manchester.

Cal
"""),
    m(n="user_research_gym_app", kind="other", lang="en",
      frm=("Peakline Gyms Research Team", "research@peakline.example.co.uk"),
      date="2026-09-14 11:00",
      subject="Help us improve the Peakline app - 20-minute interview",
      html=html_page([
          "Hi Gonzalo,",
          "As a Peakline member, you're invited to take part in a <b>20-minute user "
          "research interview</b> about our new class-booking app.",
          "Sessions run over video call from 21 to 25 September and every participant gets "
          "a free month of membership.",
          '<a href="https://peakline.example.co.uk/research">Book your session</a>',
          "Thanks,<br>The Peakline Research Team"],
          brand="Peakline", color="#4527a0",
          footer="You received this because you opted in to research invitations.")),
    m(n="headhunter_cold_approach_en", kind="other", lang="en",
      frm=("Oliver Pryce", "oliver.pryce@harlowsearch.example.co.uk"),
      date="2026-08-19 09:35",
      subject="Leisure operations opportunities in the North West",
      text="""Hi Gonzalo,

I came across your profile and your move from lifeguarding into facility management caught my eye. I'm a consultant at Harlow Search, focused on senior operations roles in leisure and hospitality across the North West.

I don't have a specific vacancy to share today, but I'm building a shortlist of bilingual operations people for a couple of clients expanding next year. If that sounds of interest, feel free to send me your CV.

Kind regards,
Oliver Pryce
Harlow Search
"""),
]

BULK_DE = {
    "List-Id": "SportJobs Tirol Jobalarm <jobalarm.sportjobs-tirol.example.at>",
    "List-Unsubscribe": "<https://sportjobs-tirol.example.at/abmelden?id=88213>",
    "Precedence": "bulk",
}

GERMAN = [
    m(n="sportjobs_tirol_alarm", kind="other", lang="de",
      frm=("SportJobs Tirol", "jobalarm@sportjobs-tirol.example.at"), date="2026-07-13 06:00",
      hdr=BULK_DE, cs="windows-1252", cte="quoted-printable",
      subject="Jobalarm: 5 neue Stellen für „Bäder / Freizeit“ in Innsbruck",
      text="""Hallo Gonzalo,

zu Ihrem Jobalarm „Bäder / Freizeit“ gibt es 5 neue Stellen:

• Schichtleitung Hallenbad – Innsbruck
• Rettungsschwimmer/in Freibad – Hall in Tirol
• Assistenz Betriebsleitung – Bergbahnen (Axams)
• Trainer/in Aqua-Fitness – Fitnessstudio Innsbruck
• Teamleitung Sportzentrum – Innsbruck West

TIPP DER WOCHE: Absage erhalten? So nutzen Sie das nächste Vorstellungsgespräch besser. Leider verzichten viele Bewerber auf eine Nachfrage.

Jobalarm verwalten oder abmelden: https://sportjobs-tirol.example.at/abmelden?id=88213
""", subj_enc=("utf-8", "q")),
    m(n="ski_course_refused", kind="other", lang="de",
      frm=("Tiroler Skilehrerverband – Ausbildung", "ausbildung@skilehrer-tirol.example.at"),
      date="2026-10-02 14:40",
      subject="Ihre Anmeldung zum Anwärterkurs Skilehrer Dezember 2026",
      text="""Sehr geehrter Herr Urquiza Ferreira,

vielen Dank für Ihre Anmeldung zum Anwärterkurs für Skilehrer im Dezember 2026.

Leider können wir Ihre Anmeldung nicht berücksichtigen, da der Kurs bereits ausgebucht ist und die Eignungsprüfung (Vorlauf) von Ihnen noch nicht absolviert wurde. Sie können sich gerne für den nächsten Vorlauf im März 2027 anmelden.

Mit sportlichen Grüßen
Tiroler Skilehrerverband, Ausbildungsreferat
"""),
    m(n="innsbruck_flat_viewing", kind="other", lang="de",
      frm=("Wolfgang Hörtnagl", "w.hoertnagl@example.at"), date="2026-08-28 19:02",
      cs="windows-1252", cte="8bit", name_enc=("iso-8859-1", "b"),
      subject="Besichtigung Wohnung Pradl",
      text="""Grüß Gott Herr Urquiza,

gerne können Sie die 2-Zimmer-Wohnung in Pradl besichtigen. Ich schlage Samstag, 5. September, um 10:30 Uhr vor. Adresse: Gumppstraße 00, 2. Stock, bitte bei „Hörtnagl“ läuten.

Die Miete beträgt 890 Euro inkl. Betriebskosten, Kaution drei Monatsmieten.

Freundliche Grüße
Wolfgang Hörtnagl
"""),
    m(n="own_bewerbung_tirolaktiv", kind="other", lang="de", own=True,
      to=[("Tirol Aktiv Sportzentren", "bewerbung@tirolaktiv.example.at")],
      date="2026-07-07 21:10", cte="quoted-printable",
      subject="Bewerbung als Teamleitung Sportzentrum West (Job-ID 7731)",
      text=f"""Sehr geehrte Damen und Herren,

hiermit bewerbe ich mich um die Stelle als Teamleitung Sportzentrum West. Ich habe die Bewerbung zusätzlich über Ihr Portal eingereicht, sende Ihnen aber der Vollständigkeit halber meinen Lebenslauf und die Anerkennung meines Rettungsschwimmer-Abzeichens auch per E-Mail.

Mit freundlichen Grüßen
{SIGNATURE_DE}
""",
      attach=[("Lebenslauf_Gonzalo_Urquiza_Ferreira.pdf", [
          "Lebenslauf - Gonzalo Urquiza Ferreira", "Rettungsschwimmer (seit 2017)",
          "Schwimmtrainer Club Delfines de Cueto", "Deutschkenntnisse: B2"])]),
    m(n="own_move_request_baeder", kind="other", lang="de", own=True,
      to=[("Martin Kofler", "m.kofler@baeder-inntal.example.at")],
      date="2026-08-13 08:40",
      subject="Vorstellungsgespräch 20. August – Bitte um späteren Termin",
      text=f"""Sehr geehrter Herr Kofler,

herzlichen Dank für die Einladung. Mein Flug von Bilbao landet am 20. August erst um 12:50 Uhr in Innsbruck. Wäre es möglich, das Gespräch auf 15:00 Uhr oder auf den folgenden Tag zu verlegen?

Mit freundlichen Grüßen
{SIGNATURE_DE}
"""),
    m(n="ooo_falkenwand", kind="other", lang="de",
      frm=("Katharina Pfurtscheller", "k.pfurtscheller@falkenwand.example.at"),
      date="2026-07-31 12:00",
      hdr={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
      subject="Abwesenheitsnotiz: Rückfrage zum Gesprächstermin",
      text="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 7. August auf Urlaub und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an personal@falkenwand.example.at.

Ihre E-Mail wird nicht weitergeleitet.

Mit freundlichen Grüßen
Katharina Pfurtscheller
"""),
    m(n="parcel_delayed_de", kind="other", lang="de",
      frm=("Paketblitz Österreich", "info@paketblitz.example.at"), date="2026-09-24 15:20",
      subject="Ihre Sendung verzögert sich leider",
      text="""Guten Tag,

leider verzögert sich die Zustellung Ihrer Sendung 3830012279 aufgrund eines erhöhten Paketaufkommens. Neuer voraussichtlicher Zustelltermin: Montag, 28. September.

Sie können die Sendung jederzeit online verfolgen.

Ihr Paketblitz-Team
"""),
    m(n="podcast_bergsport_talk", kind="other", lang="de",
      frm=("Stefanie Gruber", "redaktion@bergsporttalk.example.at"), date="2026-10-08 10:10",
      subject="Interview-Anfrage für „Bergsport Talk“",
      text="""Lieber Gonzalo,

wir machen für unseren Podcast „Bergsport Talk“ eine Folge über Menschen, die aus dem Ausland nach Tirol kommen, um im Sport- und Freizeitbereich zu arbeiten. Hättest du Lust auf ein Interview? Die Aufnahme dauert ca. 40 Minuten, gerne in unserem Studio in Innsbruck oder online.

Vielleicht passt dir ein Termin in der zweiten Oktoberhälfte?

Viele Grüße
Stefanie Gruber
Redaktion Bergsport Talk
"""),
]

BULK_FR = {
    "List-Id": "Alertes Sport-Emploi Cote Basque <alertes.sportemploi-cb.example.fr>",
    "List-Unsubscribe": "<mailto:desinscription@sportemploi-cb.example.fr>",
    "Precedence": "bulk",
}

FRENCH = [
    m(n="sportemploi_alertes", kind="other", lang="fr",
      frm=("Sport-Emploi Côte Basque", "alertes@sportemploi-cb.example.fr"),
      date="2026-02-16 07:15", hdr=BULK_FR, cs="windows-1252", cte="quoted-printable",
      subject="Vos alertes : 6 nouvelles offres « sport & loisirs » à Biarritz",
      html=html_page([
          "Bonjour Gonzalo,",
          "Voici les nouvelles offres correspondant à votre alerte :",
          "• Responsable d'exploitation – écoles de surf (Biarritz)<br>• Chef de bassin – "
          "centre aquatique (Bidart)<br>• Maître-nageur sauveteur – saison (Anglet)<br>"
          "• Responsable piscine et fitness – thalasso (Anglet)<br>• Animateur sportif – "
          "camping (Hendaye)<br>• Directeur adjoint – centre aquatique (Bayonne)",
          "<b>Le conseil de la semaine :</b> malheureusement, un refus après un entretien "
          "n'est jamais agréable. Voici comment demander un retour constructif.",
          '<a href="https://sportemploi-cb.example.fr/alertes">Gérer mes alertes</a>'],
          brand="Sport-Emploi Côte Basque", color="#ad1457",
          footer="Vous recevez cet e-mail car vous êtes inscrit aux alertes. "
                 "Pour vous désinscrire, répondez STOP.")),
    m(n="colis_retarde", kind="other", lang="fr",
      frm=("ColisExpress", "suivi@colisexpress.example.fr"), date="2026-03-18 09:45",
      subject="Malheureusement, votre colis est retardé",
      text="""Bonjour,

Malheureusement, votre colis n° CX6620194FR a pris du retard suite à un incident de transport. Nous mettons tout en œuvre pour vous le livrer au plus vite.

Nouvelle date de livraison estimée : vendredi 20 mars.

Nous vous prions de nous excuser pour ce désagrément.
Le service client ColisExpress
"""),
    m(n="own_candidature_spontanee_ocealys", kind="other", lang="fr", own=True,
      to=[("Océalys - Recrutement", "recrutement@ocealys.example.fr")],
      date="2026-09-12 11:30", cs="iso-8859-1", cte="quoted-printable",
      subject="Candidature spontanée - encadrement de centre aquatique",
      text=f"""Madame, Monsieur,

Sauveteur et entraîneur de natation depuis neuf ans en Espagne, je souhaite m'installer sur la côte basque et vous adresse ma candidature spontanée pour un poste d'encadrement dans l'un de vos centres aquatiques.

Vous trouverez ci-joint mon CV. Je serais ravi de vous rencontrer pour échanger sur vos besoins.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

{SIGNATURE_FR}
""",
      attach=[("CV_Gonzalo_Urquiza_FR.pdf", [
          "Gonzalo Urquiza Ferreira - CV", "Sauveteur aquatique (2017-2026), Santander",
          "Entraineur de natation", "Francais : B2 - Espagnol : langue maternelle"])]),
    m(n="own_thanks_thalasso", kind="other", lang="fr", own=True,
      to=[("Élodie Harambillet", "rh@thalassophare.example.fr")], date="2026-07-10 17:05",
      subject="Merci pour notre échange",
      text=f"""Bonjour Élodie,

Merci encore d'avoir accepté de reprogrammer notre entretien téléphonique et pour cet échange très agréable. Le projet de rénovation de l'espace fitness m'intéresse beaucoup.

Je reste à votre disposition pour tout complément d'information.

Bien cordialement,
{SIGNATURE_FR}
"""),
    m(n="biarritz_flat_visit", kind="other", lang="fr",
      frm=("Agence Immobilière des Halles", "location@immo-halles.example.fr"),
      date="2026-04-03 12:20",
      subject="Visite T2 rue Gambetta - confirmation",
      text="""Bonjour Monsieur Urquiza,

Nous vous confirmons la visite du T2 meublé situé rue Gambetta à Biarritz le samedi 11 avril à 10h. Loyer : 780 € charges comprises.

Merci de vous munir de vos trois derniers bulletins de salaire et d'une pièce d'identité si vous souhaitez déposer un dossier.

Cordialement,
Agence Immobilière des Halles
"""),
    m(n="formation_refusee", kind="other", lang="fr",
      frm=("CREPS Aquitaine - Formations", "formations@creps-aquitaine.example.fr"),
      date="2026-05-06 15:00", cs="iso-8859-1", cte="quoted-printable",
      subj_enc=("iso-8859-1", "q"),
      subject="Inscription BPJEPS Activités aquatiques - réponse",
      text="""Bonjour,

Nous avons bien étudié votre demande d'inscription à la formation BPJEPS Activités aquatiques et de la natation (session septembre 2026).

Nous sommes au regret de vous informer que votre inscription n'a pas pu être acceptée : les tests d'exigences préalables n'ont pas été passés dans les délais et la session est désormais complète. Vous pourrez candidater pour la session de janvier 2027.

Cordialement,
Le service Formations
"""),
    m(n="radio_interview_fr", kind="other", lang="fr",
      frm=("Thomas Irigoyen - Radio Adour Océan", "t.irigoyen@radioadourocean.example.fr"),
      date="2026-08-04 10:40",
      subject="Demande d'interview - sécurité des baignades",
      text="""Bonjour Gonzalo,

Je suis journaliste à Radio Adour Océan. Nous préparons un sujet sur la coopération franco-espagnole entre sauveteurs pendant l'été, et on m'a parlé de vous.

Seriez-vous d'accord pour une interview téléphonique d'une dizaine de minutes, enregistrée jeudi ou vendredi ? Elle serait diffusée dans notre journal de 18h.

Merci d'avance,
Thomas Irigoyen
Radio Adour Océan
"""),
    m(n="friend_own_refus_fr", kind="other", lang="fr",
      frm=("Bixente Darrigrand", "bixente.darrigrand@example.fr"), date="2026-03-27 20:55",
      subject="Atlantica aussi m'a dit non",
      text="""Salut Gonzalo,

Toi aussi tu as eu un refus d'Atlantica Glisse ? Moi j'ai reçu leur mail ce matin : « nous avons décidé de ne pas donner suite à votre candidature ». Après deux entretiens, ça fait mal.

On se console avec une session à la Côte des Basques ce week-end ? Les prévisions sont top.

Bixente
"""),
]

MESSAGES = [*SPANISH, *ENGLISH, *GERMAN, *FRENCH]
