"""Corpus 333: everything that is not job-process mail for Rodrigo (kind `other`), traps included.

Digests and newsletters full of job words, radio / podcast / user-research interviews, parcels,
bank and GPS "positions", a landlord viewing, a dentist, friends' own news, refused course places,
cold approaches with no event, an out-of-office, and Rodrigo's own sent mail.
"""

from __future__ import annotations

from msgs333_common import ME, M, bulk

FRIEND_ES = ("Vicente Llorca", "vicentellorca@example.es")
FRIEND_FR = ("Élodie Marty", "elodie.marty@example.fr")

MESSAGES = [
    # ================================================================ Spanish
    M(key="alerta_empleo_levante", kind="other", lang="es",
      frm=("Alertas EmpleoLevante", "alertas@empleolevante.example.es"),
      subject="12 nuevas ofertas de Técnico de Mantenimiento en Alicante y Valencia",
      date="2026-01-12 07:00", zone="utc", fmt="alt", brand="EmpleoLevante",
      hdrs=bulk("<alertas.empleolevante.example.es>",
                "https://empleolevante.example.es/alertas/baja?u=8812"),
      text="""Hola Rodrigo, estas son las ofertas nuevas que coinciden con tu alerta «técnico mantenimiento»:

• Técnico/a de mantenimiento hotel 4* – Benidorm – 1.650-1.900 €/mes
• Oficial de mantenimiento polivalente – Elche – incorporación inmediata
• Jefe/a de mantenimiento centro comercial – Valencia – entrevista en el día
• Técnico/a de climatización (frío industrial) – Murcia

Consejo de la semana: ¿te han rechazado en una entrevista? Desafortunadamente ocurre a todos. Pide feedback y usa el rechazo para preparar la siguiente.

Recibes este correo porque creaste una alerta de empleo. Puedes darte de baja en cualquier momento."""),
    M(key="newsletter_fm_blog", kind="other", lang="es",
      frm=("Revista Facility & Energía", "boletin@facilityenergia.example.es"),
      subject="Boletín n.º 87: Cómo superar el rechazo y preparar tu próxima entrevista en FM",
      date="2026-02-25 08:30", zone="cet", fmt="html", brand="Facility & Energía",
      hdrs=bulk("Boletín Facility & Energía <boletin.facilityenergia.example.es>",
                "mailto:baja@facilityenergia.example.es?subject=baja"),
      text="""En este número:

1. «No hemos seleccionado tu candidatura»: cinco lecciones de facility managers que recibieron muchos noes antes de su primera oferta.
2. Entrevista con Carmen Roig, directora de operaciones de un gran hospital: «El mantenimiento predictivo nos ha ahorrado un 18 % de energía».
3. Calendario de ferias: Climatización 2026 en Madrid, del 24 al 27 de febrero.
4. Ofertas destacadas de la semana en nuestra bolsa de empleo.

Gracias por leernos. Si no deseas recibir más boletines, pulsa en «darse de baja»."""),
    M(key="radio_costablanca", kind="other", lang="es",
      frm=("Marisa Bernabeu – Radio Costa Blanca", "mbernabeu@radiocostablanca.example.es"),
      subject="Entrevista en el programa «Alicante Sostenible»",
      date="2026-03-19 11:20", cs="iso-8859-1",
      text="""Hola Rodrigo:

Soy Marisa Bernabeu, productora de «Alicante Sostenible» en Radio Costa Blanca. Nos ha hablado de ti la Asociación de Hoteleros: nos cuentan que lideraste el cambio a bomba de calor en tu hotel y que redujisteis el consumo de gas a la mitad.

¿Te animarías a hacernos una entrevista de unos diez minutos en directo el martes 31 de marzo a las 12:15? Puede ser por teléfono o en el estudio de la calle San Fernando.

¡Gracias!
Marisa Bernabeu
Producción · Radio Costa Blanca"""),
    M(key="user_research_app", kind="other", lang="es",
      frm=("Equipo de Investigación de EmpleoYa", "research@empleoya.example.com"),
      subject="¿Nos ayudas? Entrevista de 30 minutos sobre tu búsqueda de empleo (tarjeta regalo de 25 €)",
      date="2026-04-03 10:00", zone="utc", fmt="alt",
      text="""Hola Rodrigo:

Estamos mejorando la app EmpleoYa y buscamos personas que estén buscando trabajo en el sector técnico para una entrevista de investigación de usuarios de 30 minutos por videollamada.

No es un proceso de selección: solo queremos entender cómo usas la app, qué te frustra y qué echas en falta. Como agradecimiento, te enviaremos una tarjeta regalo de 25 €.

Si te interesa, reserva un hueco en nuestra agenda antes del 15 de abril.

Gracias,
Equipo de Investigación de Usuario – EmpleoYa"""),
    M(key="paquete_retrasado", kind="other", lang="es",
      frm=("EnvíaRápido", "notificaciones@enviarapido.example.es"),
      subject="Tu envío 4471 0932 8812 lleva retraso",
      date="2026-04-24 18:05", fmt="html", brand="EnvíaRápido",
      text="""Hola Rodrigo:

Lamentablemente, tu paquete con número de seguimiento 4471 0932 8812 (remitente: FerreteríaPro Online) ha sufrido un retraso en el centro logístico de Ribarroja por un problema técnico.

Nueva fecha estimada de entrega: lunes 27 de abril, entre las 9:00 y las 14:00.

Sentimos las molestias.
Atención al cliente EnvíaRápido"""),
    M(key="banco_posicion", kind="other", lang="es",
      frm=("Banco Mediterráneo Digital", "avisos@bancomediterraneo.example.es"),
      subject="Tu posición global a 30 de junio de 2026",
      date="2026-07-01 06:15", fmt="alt",
      text="""Hola Rodrigo:

Ya tienes disponible el resumen de tu posición global a 30 de junio de 2026:

Cuenta corriente: 3.214,57 €
Cuenta ahorro: 6.800,00 €
Tarjeta de crédito (pendiente): 412,30 €

Consulta el detalle de tus movimientos en la app o en la banca online.

Este es un mensaje automático, no respondas a este correo."""),
    M(key="gps_posicion", kind="other", lang="es",
      frm=("LocalizaTuFlota", "alertas@localizatuflota.example.es"),
      subject="Alerta: última posición de la furgoneta 4821-KLM",
      date="2026-02-06 22:41", cte="quoted-printable",
      text="""Alerta de geocerca

Vehículo: 4821-KLM (Mantenimiento Hotel Playa Postiguet)
Última posición registrada: Avda. de Dénia 114, Alicante – 22:38
Velocidad: 0 km/h · Motor: apagado

El vehículo ha salido de la zona autorizada «Hotel» a las 22:05. Si no reconoces este movimiento, contacta con tu responsable de flota.

LocalizaTuFlota – Servicio de geolocalización"""),
    M(key="visita_piso_valencia", kind="other", lang="es",
      frm=("Rosa Ferri", "rosaferri.pisos@example.es"),
      subject="Visita al piso de la calle Cuba – jueves",
      date="2026-08-18 14:33", cs="windows-1252", cte="8bit",
      text="""Hola Rodrigo:

Te confirmo la visita al piso de la calle Cuba, 37 (Ruzafa) el jueves 20 a las 19:00. Es un tercero sin ascensor, como te dije por teléfono; 850 € al mes más gastos de comunidad.

Si al final no puedes venir avísame, que tengo a más gente interesada.

Un saludo,
Rosa"""),
    M(key="dentista_cita", kind="other", lang="es",
      frm=("Clínica Dental Sonrisa Alicante", "citas@clinicasonrisa.example.es"),
      subject="Recordatorio de su cita – martes 9 de junio, 18:30",
      date="2026-06-07 10:00", fmt="html",
      text="""Estimado Rodrigo Valdivieso:

Le recordamos su cita en Clínica Dental Sonrisa:

Fecha: martes 9 de junio de 2026
Hora: 18:30
Tratamiento: revisión y limpieza
Doctora: Dra. Inmaculada Soriano

Si no puede acudir, le rogamos que nos avise con 24 horas de antelación llamando al 965 555 317 para poder reprogramar su cita.

Clínica Dental Sonrisa Alicante"""),
    M(key="amigo_rechazo", kind="other", lang="es", frm=FRIEND_ES,
      subject="Al final nada con Mantenia",
      date="2026-07-03 22:10", cs="utf-8", cte="8bit",
      text="""Buenas Rodri,

Te cuento: ayer me escribieron de Mantenia diciendo que no siguen conmigo para lo de técnico de clima en Paterna, que han elegido a otro con más experiencia en VRV. Un palo, la verdad, porque la entrevista me fue bien.

Tú sigue dándole, que lo tuyo pinta mejor. ¿Cervezas el sábado?

Vicente"""),
    M(key="amigo_convocatoria_fwd", kind="other", lang="es", frm=FRIEND_ES,
      subject="Fwd: Convocatoria entrevista – Oficial de Mantenimiento",
      date="2026-09-29 20:05", fwd="amigo_inner_invite",
      text="""Rodri, mira lo que me ha llegado. ¿Tú conoces a esta gente? Es para la entrevista del lunes, a ver si me puedes dar algún consejo sobre qué preguntan de calderas.

Vicente"""),
    M(key="amigo_inner_invite", inner=True, kind="other", lang="es",
      frm=("Raquel Montoya", "rmontoya@grupohotelesur.example.es"),
      to=[FRIEND_ES], subject="Convocatoria entrevista – Oficial de Mantenimiento",
      date="2026-09-29 12:40", cs="utf-8", cte="quoted-printable",
      text="""Hola Vicente:

Te convocamos a una entrevista para el puesto de Oficial de Mantenimiento en nuestro hotel de Santa Pola el lunes 5 de octubre a las 10:00.

Un saludo,
Raquel Montoya
RR. HH. – Grupo Hotele Sur"""),
    M(key="curso_no_admitido", kind="other", lang="es",
      frm=("Centro de Formación LABORA Alicante", "formacion.alicante@labora.example.es"),
      subject="Resultado de la selección – Curso «Gestión de la eficiencia energética en edificios»",
      date="2026-02-17 13:10", cs="iso-8859-1", cte="quoted-printable",
      text="""Estimado/a alumno/a:

Le informamos de que, una vez baremadas las solicitudes para el curso «Gestión de la eficiencia energética en edificios» (ENAC0108, 540 horas), lamentablemente no ha obtenido plaza en esta edición, ya que el número de solicitudes ha superado las plazas disponibles.

Queda usted en la posición 7 de la lista de reserva. Si se produjera alguna baja le llamaremos.

Centro de Formación LABORA Alicante"""),
    M(key="headhunter_frio", kind="other", lang="es",
      frm=("Gabriel Sorolla", "gsorolla@kraussvidal.example.es"),
      subject="Tu perfil en facility management",
      date="2026-05-26 09:18",
      text="""Hola Rodrigo:

Soy Gabriel Sorolla, de Krauss & Vidal Executive Search. Me he fijado en tu perfil: técnico de mantenimiento hotelero con formación en gestión energética y en plena transición a facility management.

Ahora mismo no tengo ningún proceso abierto que encaje contigo, pero me gustaría conocerte para tenerte en cuenta en los próximos meses. Si te apetece, agenda un café virtual cuando te venga bien.

Un saludo,
Gabriel Sorolla
Partner · Krauss & Vidal Executive Search · Madrid"""),
    M(key="own_application_serragelada", kind="other", lang="es", frm=ME,
      to=[("Grupo Hotelero Levantino", "empleo@ghlevantino.example.es")],
      subject="Candidatura – Técnico de Mantenimiento (ref. GHL-MNT-04)",
      date="2026-03-02 08:40", cs="windows-1252", cte="quoted-printable",
      attach=[("CV_Rodrigo_Valdivieso_Santamaria.pdf", [
          "Rodrigo Valdivieso Santamaria - Tecnico de mantenimiento / Facility management",
          "Alicante - rodrigo.valdivieso@example.es - 655 318 402",
          "Experiencia: 9 anos en mantenimiento hotelero (climatizacion, ACS, piscinas, BT)",
          "Formacion: Tecnico Superior en Mantenimiento de Instalaciones Termicas; RITE",
      ])],
      text="""Estimados señores:

Les escribo en respuesta a su oferta de Técnico de Mantenimiento (ref. GHL-MNT-04) publicada en su web.

Cuento con nueve años de experiencia en mantenimiento hotelero en Alicante (climatización, agua caliente sanitaria, piscinas y baja tensión) y actualmente me estoy formando en gestión energética de edificios.

Adjunto mi currículum y quedo a su disposición para una entrevista.

Atentamente,
Rodrigo Valdivieso Santamaría
655 318 402"""),
    M(key="own_reschedule_solverano", kind="other", lang="es", frm=ME,
      to=[("Irene Campoy", "irene.campoy@solverano.example.es")],
      subject="Re: SolVerano Energía: elige horario para tu entrevista (Coordinador/a de Mantenimiento)",
      date="2026-09-08 19:30", parent="solverano_schedule", quote="es",
      text="""Hola Irene:

Muchas gracias por la invitación. He intentado reservar, pero los huecos disponibles coinciden con mi turno de mañana en el hotel. ¿Sería posible hacer la entrevista a partir de las 16:00 algún día de la semana que viene?

Un saludo,
Rodrigo Valdivieso"""),
    M(key="own_apology_albufera", kind="other", lang="es", frm=ME,
      to=[("Marc Soler", "marc.soler@ccalbufera.example.es")],
      subject="Re: Llamada de esta mañana – Técnico/a Instalaciones Albufera Plaza",
      date="2026-09-22 14:18", parent="albufera_phone_missed", quote="es", cs="iso-8859-1",
      text="""Hola Marc:

Lo siento muchísimo. Estaba en un cuarto técnico en el sótano sin cobertura y se me pasó la hora. No volverá a ocurrir.

El jueves por la tarde me va perfecto, a la hora que tú digas.

Disculpa de nuevo,
Rodrigo"""),
    M(key="own_thanks_segura", kind="other", lang="es", frm=ME,
      to=[("Tomás Egea Martínez", "tegea@serviciossegura.example.es")],
      subject="Gracias por la conversación de hoy",
      date="2026-08-31 12:05",
      text="""Hola Tomás:

Gracias por la llamada de esta mañana y por explicarme con tanto detalle el contrato del complejo hospitalario. Me encaja mucho el puesto, sobre todo la parte de gestión energética de las centrales térmicas.

Quedo pendiente de los siguientes pasos.

Un saludo,
Rodrigo"""),
    M(key="ooo_talentia", kind="other", lang="es",
      frm=("Nuria Alcaraz Pastor", "nalcaraz@talentia-levante.example.es"),
      subject="Respuesta automática: Disponibilidad para nuevos procesos",
      date="2026-08-10 09:01",
      hdrs={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
      text="""Gracias por tu mensaje. Estaré fuera de la oficina por vacaciones hasta el lunes 24 de agosto, sin acceso al correo.

Para cualquier asunto urgente relacionado con procesos de selección, puedes escribir a seleccion@talentia-levante.example.es.

Nuria Alcaraz Pastor
Talentia Levante Consultores"""),
    # ================================================================ English
    M(key="podcast_invite", kind="other", lang="en",
      frm=("Hannah Price", "hannah@facilitiesunplugged.example.com"),
      subject="Guest invitation – Facilities Unplugged podcast",
      date="2026-05-04 14:02", zone="uk", fmt="alt",
      text="""Hi Rodrigo,

I host Facilities Unplugged, a podcast for people who keep buildings running. I read your post about swapping a hotel's gas boilers for heat pumps and would love to interview you for an episode.

Recording takes about 40 minutes over Zoom; we'd chat about the project, the surprises along the way and your move into facility management. Any Thursday in May works on our side.

No pressure at all – just reply if you're up for it!

Hannah Price
Host & Producer, Facilities Unplugged"""),
    M(key="lisbon_jobs_digest", kind="other", lang="en",
      frm=("Lisbon Jobs Weekly", "digest@lisbonjobsweekly.example.com"),
      subject="Your weekly digest: 8 facilities jobs in Lisbon + how to handle rejection",
      date="2026-04-20 06:00", zone="utc", fmt="html", brand="Lisbon Jobs Weekly",
      hdrs=bulk("Lisbon Jobs Weekly <weekly.lisbonjobsweekly.example.com>",
                "https://lisbonjobsweekly.example.com/unsubscribe?id=55412"),
      text="""This week's picks for "facilities" in Lisbon:

- Building Services Engineer – Parque das Nações – interview within 5 days
- Hotel Maintenance Supervisor – Chiado
- Energy Analyst (English-speaking) – Oeiras

Career corner: Unfortunately, most applicants hear nothing back. We asked three recruiters how to follow up after an interview without sounding pushy, and what to do when the answer is a rejection.

You're receiving this because you subscribed to Lisbon Jobs Weekly. Unsubscribe at any time."""),
    M(key="own_sorry_priya", kind="other", lang="en", frm=ME,
      to=[("Priya Shah", "priya.shah@harbourline.example.co.uk")],
      subject="Re: Belém Property Partners call – did something come up?",
      date="2026-05-29 18:47", parent="belem_noshow", quote="en",
      text="""Hi Priya,

I'm really sorry – you're right, I mixed up the time zones and was waiting for the call at 16:00 UK time. Please pass my apologies on to Tomás.

If they're willing to rebook, I'm free any day next week after 14:00 Spanish time.

Best regards,
Rodrigo"""),
    # ================================================================ German
    M(key="jobradar_rhein", kind="other", lang="de",
      frm=("JobRadar Rhein", "newsletter@jobradar-rhein.example.de"),
      subject="12 neue Jobs für „Haustechniker Düsseldorf“ – plus: So gehen Sie mit Absagen um",
      date="2026-04-14 05:30", zone="utc", fmt="alt", brand="JobRadar Rhein",
      hdrs=bulk("JobRadar Rhein Jobmail <jobmail.jobradar-rhein.example.de>",
                "https://jobradar-rhein.example.de/abmelden?t=9f21"),
      text="""Hallo Rodrigo,

hier sind die neuen Stellenangebote zu Ihrem Suchauftrag:

• Haustechniker (m/w/d) – Einkaufszentrum – Düsseldorf-Bilk
• Objektleiter Facility Management (m/w/d) – Neuss
• Servicetechniker Kältetechnik (m/w/d) – Ratingen

Ratgeber: Eine Absage nach dem Vorstellungsgespräch ist kein Weltuntergang. Leider erhalten die meisten Bewerber mehrere Absagen, bevor es klappt – so bereiten Sie Ihr nächstes Interview besser vor.

Sie erhalten diese E-Mail, weil Sie einen Suchauftrag angelegt haben. Abmelden"""),
    M(key="own_bewerbung_klima", kind="other", lang="de", frm=ME,
      to=[("KlimaConsult Rhein Bewerbungen", "bewerbung@klimaconsult-rhein.example.de")],
      subject="Bewerbung als Energieberater Gebäudetechnik (m/w/d)",
      date="2026-06-01 21:40", cs="iso-8859-1", cte="quoted-printable",
      attach=[("Lebenslauf_Rodrigo_Valdivieso.pdf", [
          "Lebenslauf - Rodrigo Valdivieso Santamaria",
          "Haustechniker / Facility Management - Alicante, Spanien",
          "9 Jahre Instandhaltung in Hotels; Waermepumpen, Kaelte, Gebaeudeleittechnik",
          "Sprachen: Spanisch (Muttersprache), Englisch (C1), Deutsch (B1)",
      ])],
      text="""Sehr geehrte Damen und Herren,

hiermit bewerbe ich mich auf Ihre Stelle als Energieberater Gebäudetechnik (m/w/d) in Düsseldorf.

Seit neun Jahren arbeite ich in der technischen Instandhaltung von Hotels in Alicante und habe dort unter anderem die Umstellung auf Wärmepumpen begleitet. Meine Deutschkenntnisse (B1) baue ich derzeit in einem Intensivkurs aus.

Meinen Lebenslauf finden Sie im Anhang. Über eine Einladung zu einem Gespräch freue ich mich.

Mit freundlichen Grüßen
Rodrigo Valdivieso Santamaría"""),
    M(key="besichtigung_dus", kind="other", lang="de",
      frm=("Hausverwaltung Reimann", "vermietung@hv-reimann.example.de"),
      subject="Besichtigungstermin Wohnung Lindenstraße 42, 2. OG",
      date="2026-08-27 10:15", cs="windows-1252", cte="8bit",
      text="""Guten Tag Herr Valdivieso,

gern bestätigen wir Ihnen den Besichtigungstermin für die 2-Zimmer-Wohnung in der Lindenstraße 42 (Düsseldorf-Flingern):

Samstag, 5. September 2026, 11:30 Uhr

Bitte bringen Sie eine Mieterselbstauskunft und, falls vorhanden, Gehaltsnachweise mit. Sollten Sie den Termin nicht wahrnehmen können, sagen Sie bitte rechtzeitig ab.

Mit freundlichen Grüßen
Hausverwaltung Reimann"""),
    M(key="paket_verspaetet", kind="other", lang="de",
      frm=("PaketFix Sendungsverfolgung", "noreply@paketfix.example.de"),
      subject="Leider verzögert sich Ihre Sendung",
      date="2026-09-07 16:44", fmt="html", brand="PaketFix",
      text="""Hallo Rodrigo Valdivieso,

leider verzögert sich die Zustellung Ihrer Sendung 00340 4343 2190 7781 wegen eines hohen Sendungsaufkommens im Paketzentrum Köln.

Neuer voraussichtlicher Zustelltag: Donnerstag, 10. September

Wir entschuldigen uns für die Unannehmlichkeiten.
Ihr PaketFix-Team"""),
    M(key="kollege_absage", kind="other", lang="de",
      frm=("Markus Feldhaus", "markus.feldhaus@example.de"),
      subject="Hab auch eine Absage bekommen…",
      date="2026-05-21 21:12",
      text="""Hi Rodrigo,

du hattest ja erzählt, dass Sonnenwerk dir abgesagt hat. Stell dir vor, bei mir genauso: heute kam die Absage von den Stadtwerken für die Stelle als Anlagenmechaniker, nach zwei Gesprächen! Die haben intern jemanden genommen.

Naja, weiter geht's. Wann bist du wieder in Düsseldorf? Dann gehen wir mal ein Alt trinken.

Gruß
Markus"""),
    M(key="sprachkurs_kein_platz", kind="other", lang="de",
      frm=("Sprachschule Rheinufer", "anmeldung@sprachschule-rheinufer.example.de"),
      subject="Ihre Anmeldung zum Intensivkurs Deutsch B2 (September)",
      date="2026-07-24 11:50", cs="iso-8859-1", cte="base64",
      text="""Sehr geehrter Herr Valdivieso,

vielen Dank für Ihre Anmeldung zum Intensivkurs Deutsch B2 ab dem 7. September.

Leider müssen wir Ihnen mitteilen, dass der Kurs bereits ausgebucht ist und wir Ihnen keinen Platz anbieten können. Wir haben Sie auf die Warteliste gesetzt (Platz 4) und informieren Sie, falls ein Platz frei wird. Alternativ können wir Ihnen den Kurs ab dem 12. Oktober anbieten.

Mit freundlichen Grüßen
Sprachschule Rheinufer – Kursverwaltung"""),
    # ================================================================ French
    M(key="alertes_emploi_sud", kind="other", lang="fr",
      frm=("Alertes Emploi Sud", "alertes@emploisud.example.fr"),
      subject="Vos nouvelles offres : technicien de maintenance à Montpellier et Marseille",
      date="2026-03-23 06:45", zone="utc", fmt="alt", brand="Emploi Sud",
      hdrs=bulk("Alertes Emploi Sud <alertes.emploisud.example.fr>",
                "https://emploisud.example.fr/desinscription?u=rv2231"),
      text="""Bonjour Rodrigo,

Voici les offres publiées depuis votre dernière alerte :

• Technicien de maintenance CVC – Montpellier – CDI
• Responsable technique hôtel 4* – Marseille Vieux-Port
• Technicien d'entretien multitechnique – Aix-en-Provence – entretien rapide

Conseil carrière : refus après un entretien ? Malheureusement, c'est le lot de la plupart des candidats. Demandez un retour et préparez la suite.

Vous recevez cet e-mail car vous avez créé une alerte. Se désinscrire"""),
    M(key="mag_fm_fr", kind="other", lang="fr",
      frm=("Le Mag du Facility Management", "newsletter@magfm.example.fr"),
      subject="Contrats d'entretien : comment renégocier avec vos prestataires",
      date="2026-05-12 07:30", zone="cet", fmt="html", brand="Le Mag du FM",
      hdrs=bulk("Le Mag du FM <lettre.magfm.example.fr>",
                "https://magfm.example.fr/lettre/desabonnement?id=77310"),
      text="""Au sommaire cette semaine :

- Contrats d'entretien multitechnique : cinq clauses à renégocier avant l'été
- Décret tertiaire : où en sont les gestionnaires de centres commerciaux ?
- Entretien avec Fabienne Roche, directrice technique d'un CHU : « La GMAO a changé notre quotidien »
- Agenda : salon Bâtiment Durable, Marseille, 9 et 10 juin

Vous recevez cette lettre car vous êtes abonné au Mag du FM. Se désabonner"""),
    M(key="chaudiere_entretien", kind="other", lang="fr",
      frm=("ChauffoSud Maintenance", "rdv@chauffosud.example.fr"),
      subject="Rendez-vous pour l'entretien annuel de votre chaudière",
      date="2026-09-15 09:05", cs="iso-8859-1", cte="quoted-printable",
      text="""Bonjour Monsieur Valdivieso,

Conformément à votre contrat, nous vous proposons un rendez-vous pour l'entretien annuel obligatoire de la chaudière gaz de votre logement situé 14, rue Sainte, 13001 Marseille :

Mardi 22 septembre, entre 8h et 12h

Si ce créneau ne vous convient pas, merci de nous appeler au 04 91 55 60 12 pour le modifier.

Cordialement,
Service planification – ChauffoSud Maintenance"""),
    M(key="radio_garrigue", kind="other", lang="fr",
      frm=("Mathilde Servan", "m.servan@radiogarrigue.example.fr"),
      subject="Interview radio – rénovation énergétique des hôtels",
      date="2026-06-03 15:40", cte="8bit",
      text="""Bonjour Rodrigo,

Je suis journaliste à Radio Garrigue FM, à Montpellier. Nous préparons une émission sur la rénovation énergétique dans l'hôtellerie méditerranéenne et un collègue m'a parlé de votre expérience en Espagne.

Accepteriez-vous une interview d'une quinzaine de minutes, enregistrée par téléphone, le mercredi 10 juin ? L'émission sera diffusée le samedi suivant.

Merci d'avance,
Mathilde Servan
Journaliste – Radio Garrigue FM"""),
    M(key="entretien_utilisateur", kind="other", lang="fr",
      frm=("L'équipe Chantier+", "recherche@chantierplus.example.fr"),
      subject="Participez à un entretien utilisateur (45 min, bon d'achat de 40 €)",
      date="2026-07-09 10:30", zone="cet", fmt="alt",
      text="""Bonjour Rodrigo,

Vous utilisez l'application Chantier+ pour vos interventions de maintenance. Notre équipe produit aimerait recueillir votre avis lors d'un entretien utilisateur de 45 minutes en visioconférence.

Il ne s'agit pas d'un recrutement : nous voulons simplement comprendre comment vous planifiez vos tâches et ce qui pourrait être amélioré. Un bon d'achat de 40 € vous sera offert.

Choisissez un créneau avant le 20 juillet.

L'équipe Recherche utilisateur – Chantier+"""),
    M(key="colis_retarde", kind="other", lang="fr",
      frm=("Colis Express Suivi", "ne-pas-repondre@colisexpress.example.fr"),
      subject="Malheureusement, votre colis a du retard",
      date="2026-08-03 17:12", fmt="html", brand="Colis Express",
      text="""Bonjour,

Malheureusement, votre colis n° 6A 1143 9920 557 n'a pas pu être livré à la date prévue en raison d'un incident sur notre plateforme de Vitrolles.

Nouvelle date de livraison estimée : jeudi 6 août.

Nous vous prions de nous excuser pour ce désagrément.
Le service client Colis Express"""),
    M(key="own_candidature_clement", kind="other", lang="fr", frm=ME,
      to=[("Recrutement CP Saint-Clément", "recrutement@cp-saintclement.example.fr")],
      subject="Candidature – Technicien(ne) des services techniques",
      date="2026-06-19 22:05", cs="windows-1252", cte="quoted-printable",
      attach=[("CV_Rodrigo_Valdivieso_FR.pdf", [
          "Rodrigo Valdivieso Santamaria - Technicien de maintenance multitechnique",
          "Alicante (Espagne) - mobile en France - rodrigo.valdivieso@example.es",
          "9 ans d'experience en maintenance hoteliere : CVC, eau chaude, electricite BT",
          "Langues : espagnol, anglais C1, francais B2",
      ])],
      text="""Madame, Monsieur,

Je vous adresse ma candidature pour le poste de technicien(ne) des services techniques publié sur votre site.

Technicien de maintenance dans l'hôtellerie depuis neuf ans à Alicante, je souhaite rejoindre un établissement de santé et mettre mes compétences en CVC et en gestion de l'énergie au service de vos équipes. Je parle couramment français.

Vous trouverez mon CV en pièce jointe. Je reste à votre disposition pour un entretien.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Rodrigo Valdivieso Santamaría"""),
    M(key="own_merci_clement", kind="other", lang="fr", frm=ME,
      to=[("Nathalie Garcia", "n.garcia@cp-saintclement.example.fr")],
      subject="Merci pour l'entretien de ce matin",
      date="2026-07-16 18:20",
      text="""Bonjour Madame Garcia,

Je tenais à vous remercier, ainsi que M. Reynaud, pour l'entretien et la visite des installations de ce matin. Le projet de modernisation de la chaufferie m'intéresse beaucoup.

Je reste à votre disposition pour tout complément d'information.

Bien cordialement,
Rodrigo Valdivieso Santamaría"""),
    M(key="amie_convocation_fwd", kind="other", lang="fr", frm=FRIEND_FR,
      subject="TR: Convocation à un entretien d'embauche",
      date="2026-04-30 19:55", fwd="amie_inner_convocation", cte="quoted-printable",
      text="""Coucou Rodrigo,

Regarde, j'ai enfin décroché un entretien pour le poste de gestionnaire technique ! Tu pourrais me donner tes conseils, toi qui en passes plein en ce moment ?

Bises,
Élodie"""),
    M(key="amie_inner_convocation", inner=True, kind="other", lang="fr",
      frm=("Service RH – Résidences Hérault Habitat", "rh@herault-habitat.example.fr"),
      to=[FRIEND_FR], subject="Convocation à un entretien d'embauche",
      date="2026-04-30 11:02", cs="iso-8859-1", cte="8bit",
      text="""Madame,

Nous avons le plaisir de vous convoquer à un entretien pour le poste de gestionnaire technique de patrimoine, le mardi 12 mai à 14h, dans nos locaux de Montpellier.

Service des ressources humaines
Résidences Hérault Habitat"""),
    M(key="afpa_refus", kind="other", lang="fr",
      frm=("Centre de formation Sud Compétences", "inscriptions@sudcompetences.example.fr"),
      subject="Votre candidature à la formation « Technicien de maintenance CVC »",
      date="2026-03-12 14:15", cs="iso-8859-1", cte="quoted-printable",
      text="""Bonjour Monsieur Valdivieso,

Nous avons bien étudié votre dossier d'inscription à la formation qualifiante « Technicien de maintenance CVC » (session de mai 2026, Marseille).

Nous sommes au regret de vous informer que votre candidature n'a pas été retenue pour cette session : les places sont réservées en priorité aux demandeurs d'emploi inscrits en France. Vous pouvez postuler pour la session d'automne une fois votre inscription effectuée.

Cordialement,
Le service des inscriptions – Sud Compétences"""),
    M(key="chasseur_altitude", kind="other", lang="fr",
      frm=("Hugo Lambert", "hugo.lambert@altitude-rh.example.fr"),
      subject="Échange sur votre parcours ?",
      date="2026-10-06 10:40",
      text="""Bonjour Rodrigo,

J'accompagne des entreprises de services à l'environnement de travail dans le Sud de la France. Votre parcours – maintenance hôtelière et montée en compétences sur l'efficacité énergétique – m'a interpellé.

Je n'ai pas de poste précis à vous présenter aujourd'hui, mais je serais ravi d'échanger quinze minutes pour mieux comprendre votre projet.

Au plaisir,
Hugo Lambert
Consultant associé – Altitude RH, Marseille"""),
]
