"""Mail that is not about the candidate's own applications (kind `other`; data only).

Job-mail lookalikes sit next to ordinary personal mail: alerts, newsletters, cold outreach,
press and research interviews, the candidate's own sent mail, banks, deliveries, utilities.
"""

from msgs64_build import M

V = "Valentina Ruiz-Achterberg <vale.ruiz@example.es>"


def bulk(list_id: str, unsub: str) -> dict[str, str]:
    """Headers every mailing-list sender adds."""
    return {"List-Id": list_id, "List-Unsubscribe": f"<{unsub}>, <mailto:unsubscribe@{unsub.split('/')[2]}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"}


MESSAGES = [
    M("other", "linkedin_job_alert", "es", "", "",
      "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>", "«clinical research associate»: 12 empleos nuevos en Valencia",
      """12 empleos nuevos coinciden con tus preferencias.

Clinical Research Associate II
Northbridge Clinical · Madrid (En remoto)
Solicitud sencilla

CRA - Oncology (home-based Spain)
Meridian Clinical Research · España
Hace 3 días

Clinical Trial Assistant
Kinetia Health · Valencia (Híbrido)
Tu perfil coincide con 8 de 10 aptitudes

Ver todos los empleos: https://www.linkedin.com/jobs/search/?keywords=clinical%20research%20associate

Recibes este email porque has creado una alerta de empleo. Darse de baja: https://www.linkedin.com/comm/jobs/alerts""", "html",
      headers=bulk("<jobalerts.linkedin.com>", "https://www.linkedin.com/comm/unsub/ja")),
    M("other", "infojobs_newsletter_rechazo", "es", "", "",
      "InfoJobs Consejos <newsletter@infojobs.net>", "¿Te han dicho que no? 5 claves para superar el rechazo en un proceso de selección",
      """Esta semana en el blog de InfoJobs

¿Te han descartado tras la entrevista? Lamentablemente es algo que le pasa a casi todo el mundo. Te contamos cómo pedir feedback a la empresa, qué hacer si no te presentaste a una entrevista por un imprevisto y cómo preparar la siguiente.

Leer el artículo: https://orientacion-laboral.infojobs.net/superar-rechazo

Además: las 10 preguntas más frecuentes en una entrevista de trabajo del sector sanitario.

Si no quieres recibir más emails, date de baja aquí: https://www.infojobs.net/newsletter/baja""", "html",
      headers=bulk("Consejos InfoJobs <consejos.infojobs.net>", "https://www.infojobs.net/newsletter/baja")),
    M("other", "indeed_digest_en", "en", "", "",
      "Indeed <alert@indeed.com>", "Pharmacovigilance Officer jobs in Dublin - 8 new",
      """Pharmacovigilance Officer - Dublin
8 new jobs for your search

Drug Safety Associate
Veridia Pharma - Remote in Ireland
Easily apply - Responsive employer

Pharmacovigilance Specialist
Corrib Life Sciences - Dublin
EUR 48,000 - 55,000 a year

See all jobs: https://ie.indeed.com/jobs?q=pharmacovigilance

You are receiving this email because you created a job alert. Unsubscribe: https://ie.indeed.com/unsubscribe""", "alt",
      headers=bulk("<jobalerts.indeed.com>", "https://ie.indeed.com/unsubscribe")),
    M("other", "stepstone_de_jobagent", "de", "", "",
      "StepStone Jobagent <jobagent@stepstone.de>", "Ihr Jobagent: 6 neue Jobs für \"Clinical Research Associate\" in München",
      """Hallo Valentina Ruiz-Achterberg,

Ihr Jobagent hat 6 neue passende Stellenangebote gefunden:

- Clinical Research Associate (m/w/d) - Isarmed Diagnostics GmbH, München
- Senior CRA Oncology (m/w/d) - Medpace, München
- Study Start-Up Specialist (m/w/d) - ICON, Home-Office

Alle Jobs ansehen: https://www.stepstone.de/jobagent/ergebnisse

Jobagent bearbeiten oder abbestellen: https://www.stepstone.de/jobagent""", "html",
      headers=bulk("<jobagent.stepstone.de>", "https://www.stepstone.de/jobagent/abmelden")),
    M("other", "wttj_newsletter_fr", "fr", "", "",
      "Welcome to the Jungle <hello@welcometothejungle.com>", "Entretien raté ? Voici comment rebondir 💪",
      """Cette semaine dans Le Lab

Entretien raté, refus sans explication, recruteur qui ne répond plus... On a demandé à trois recruteuses comment transformer un « non » en tremplin.

Lire l'article : https://www.welcometothejungle.com/fr/articles/rebondir-refus

Et aussi : 24 offres en santé et medtech à Toulouse et Montpellier.

Se désinscrire : https://www.welcometothejungle.com/fr/unsubscribe""", "html",
      headers=bulk("<newsletter.welcometothejungle.com>", "https://www.welcometothejungle.com/fr/unsubscribe")),
    M("other", "recruiter_inmail_cold_en", "en", "", "alex.morgan@vantagesearch.example.com",
      "Alex Morgan <alex.morgan@vantagesearch.example.com>", "Clinical Ops opportunities in Basel",
      """Hi Valentina,

I came across your profile and was really impressed by your trajectory from nursing into clinical research coordination. I specialise in clinical operations hires for biotech in Switzerland and Germany.

I don't have a specific role to put you forward for today, but I'd love to add you to my network so I can think of you when the right thing lands. Feel free to connect with me on LinkedIn.

Best,
Alex Morgan
Vantage Search - Life Sciences"""),
    M("other", "podcast_interview_request", "es", "", "mireia@podcastsalud.example.es",
      "Mireia Cardona <mireia@podcastsalud.example.es>", "¿Te animas a una entrevista para el podcast?",
      """Hola Valentina!

Soy Mireia, de «Enfermeras que investigan», el podcast de la Asociación de Enfermería Valenciana. Nos encantó tu charla en las jornadas de investigación y nos gustaría hacerte una entrevista para un episodio sobre el paso de la planta a los ensayos clínicos.

Grabamos en remoto, unos 40 minutos. ¿Te iría bien el jueves 16 a las 18:00?

Un abrazo,
Mireia"""),
    M("other", "user_research_interview_en", "en", "", "research@medtrackapp.example.com",
      "Jess at MedTrack <research@medtrackapp.example.com>", "Got 30 minutes? Join a user interview (EUR 40 voucher)",
      """Hi Valentina,

We're redesigning how study coordinators log adverse events in MedTrack, and we'd love to hear from you. We're running 30-minute user research interviews over video next week.

As a thank you, you'll get a EUR 40 voucher. Pick a time here: https://calendly.com/medtrack-research/ux-interview

Thanks!
Jess, UX Research @ MedTrack""", "alt"),
    M("other", "friend_own_rejection", "es", "", "laurafdez89@example.com",
      "Laura Fernández <laurafdez89@example.com>", "ufff",
      """Vale tía, me acaban de mandar el correo de que no me cogen en lo del Clínico 😭 después de tres entrevistas!! «hemos decidido continuar con otra candidatura» y ya está, ni una llamada.

Bueno, esta noche cañas y me cuentas qué tal lo tuyo con la CRO, ¿vale? Necesito desahogarme jajaja

Laura"""),
    M("other", "correos_envio_retrasado", "es", "", "",
      "Correos <notificaciones@correos.example.es>", "Tu envío PQ4K7Y0410238950146001V lleva retraso",
      """Hola,

Lamentablemente tu envío PQ4K7Y0410238950146001V ha sufrido un retraso en el centro de tratamiento de Valencia por causas ajenas a Correos. Estimamos entregarlo en las próximas 48-72 horas.

Puedes seguir tu envío aquí: https://www.correos.example.es/seguimiento

Disculpa las molestias.
Correos""", "html"),
    M("other", "commande_retardee_fr", "fr", "", "",
      "Maison Lavande <commandes@maisonlavande.example.fr>", "Votre commande est malheureusement retardée",
      """Bonjour Valentina,

Malheureusement, votre commande n° ML-220931 (coffret savons de Marseille) a pris du retard chez notre transporteur. Nous sommes désolés pour ce contretemps : elle devrait vous parvenir sous 5 jours ouvrés.

Vous n'avez rien à faire, nous vous enverrons le lien de suivi dès l'expédition.

L'équipe Maison Lavande""", "html"),
    M("other", "gps_position_tracker", "en", "", "",
      "Garmin-like Tracker <no-reply@trailtrack.example.com>", "Position update: Valentina shared her live location",
      """Valentina's current position: 39.4699 N, 0.3763 W (València)

Last update: 08:42 CEST. Speed 14 km/h. Battery 63%.

View the live map: https://share.trailtrack.example.com/v/ruiz-achterberg

You are receiving this because you follow this LiveTrack session.""", "html"),
    M("other", "bank_card_application_received", "es", "", "",
      "Banco Turia <avisos@bancoturia.example.es>", "Hemos recibido tu solicitud de tarjeta de crédito",
      """Hola Valentina,

Hemos recibido tu solicitud de la Tarjeta Turia Oro. Nuestro equipo de riesgos la está estudiando y te comunicaremos la resolución en un plazo de 3 a 5 días hábiles.

Mientras tanto, puedes consultar el estado en la app o en la banca online.

Banco Turia
Este mensaje es informativo. No respondas a este correo.""", "alt"),
    M("other", "dossier_location_refuse_fr", "fr", "", "location@immo-ecusson.example.fr",
      "Agence Immo Écusson <location@immo-ecusson.example.fr>", "Votre dossier pour le T2 rue de l'Aiguillerie",
      """Bonjour Madame,

Nous vous remercions pour votre dossier de location concernant le T2 situé 12 rue de l'Aiguillerie à Montpellier. Malheureusement, le propriétaire a retenu un autre dossier et nous ne pouvons donc pas donner une suite favorable à votre demande.

N'hésitez pas à consulter nos autres biens disponibles sur notre site.

Cordialement,
Agence Immo Écusson - Service location"""),
    M("other", "university_admission_decision", "en", "", "",
      "Graduate Admissions <admissions-noreply@lshtm-like.example.ac.uk>", "Your application for MSc Clinical Trials (Distance Learning)",
      """Dear Valentina,

We are pleased to inform you that the School has decided to make you an offer of admission to the MSc Clinical Trials (Distance Learning) starting October 2026.

Your offer is conditional on receipt of your final degree certificate. Please log in to the applicant portal to accept or decline your offer.

Graduate Admissions Office""", "html"),
    M("other", "own_sent_followup", "es", "", "",
      V, "Re: Coordinadora ensayos oftalmología",
      """Buenos días Dr. Alandete,

Perdone que no pudiera acudir el lunes; tuve una urgencia familiar. Si aún es posible, me encantaría reprogramar la entrevista.

Un cordial saludo,
Valentina Ruiz-Achterberg
646 38 19 22""",
      to="Dr. Vicent Alandete <direccion.medica@oftalmoturia.example.es>"),
    M("other", "own_sent_thankyou_en", "en", "", "",
      V, "Thank you - Clinical Specialist interview",
      """Hi Jake,

Thanks so much for setting up the interview with Novacardia today and for the prep call. I really enjoyed the conversation with the team and I'm very keen on the role.

Best,
Valentina""",
      to="Jake Whitmore <jake@peakstaffing.example.co.uk>"),
    M("other", "ooo_recruiter_en", "en", "", "sophie.evans@northbridgeclinical.example.com",
      "Sophie Evans <sophie.evans@northbridgeclinical.example.com>", "Automatic reply: Re: Quick chat re: CRA role (Madrid, home-based)",
      """Thank you for your email. I am out of the office until Monday 9 March with limited access to email. For urgent recruitment matters please contact talent@northbridgeclinical.example.com.

Kind regards,
Sophie""", headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}),
    M("other", "ooo_recruiter_es", "es", "", "nuria.benet@levantesalud.example.es",
      "Nuria Benet <nuria.benet@levantesalud.example.es>", "Respuesta automática: Re: Oferta de incorporación - Responsable de Calidad",
      """Gracias por su mensaje. Estaré fuera de la oficina del 30 de marzo al 6 de abril por vacaciones. Para asuntos urgentes puede escribir a personas@levantesalud.example.es.

Un saludo,
Nuria Benet""", headers={"Auto-Submitted": "auto-replied"}),
    M("other", "standup_calendar_notification", "en", "", "",
      "Google Calendar <calendar-notification@google.com>", "Notification: Daily standup - study team @ Tue 10 Feb 2026 9:15am - 9:30am (CET)",
      """Daily standup - study team
Tuesday 10 Feb 2026 09:15 - 09:30 (Central European Time - Madrid)
Joining info: meet.google.com/abc-defg-hij

Invitation from Google Calendar
You are receiving this email at the account vale.ruiz@example.es because you are subscribed to notifications for this calendar.""", "alt"),
    M("other", "agencia_tributaria_notificacion", "es", "", "",
      "Agencia Tributaria <notificaciones@agenciatributaria.example.es>", "Aviso de puesta a disposición de notificación electrónica",
      """Le informamos de que tiene a su disposición una notificación electrónica de la Agencia Estatal de Administración Tributaria en la Dirección Electrónica Habilitada única (DEHú).

Procedimiento: Comprobación limitada IRPF 2024
Titular: RUIZ-ACHTERBERG VALENTINA

Dispone de 10 días naturales para acceder a su contenido. Transcurrido dicho plazo, la notificación se entenderá rechazada.

Este es un mensaje automático. No responda a este correo.""", "latin1"),
    M("other", "seguridad_social_vida_laboral", "es", "", "",
      "Seguridad Social <noreply@seg-social.example.es>", "Su informe de vida laboral",
      """Estimado/a ciudadano/a:

Adjunto le remitimos el Informe de Vida Laboral solicitado a través de Import@ss el 14/01/2026.

Tesorería General de la Seguridad Social""", attach="InformeVidaLaboral.pdf"),
    M("other", "iberdrola_factura", "es", "", "",
      "Iberdrola Clientes <clientes@iberdrola.example.es>", "Tu factura de luz de febrero ya está disponible",
      """Hola Valentina,

Ya tienes disponible tu factura de electricidad del periodo 05/01/2026 - 04/02/2026.

Importe: 58,43 €
Fecha de cargo: 20/02/2026

Consulta el detalle en tu Área Clientes: https://www.iberdrola.example.es/clientes

Gracias por confiar en nosotros.""", "html"),
    M("other", "movistar_oferta_fibra", "es", "", "",
      "Movistar <ofertas@movistar.example.es>", "Valentina, tenemos una oferta para ti 🎁",
      """Solo durante este mes: mejora tu fibra a 1 Gb por 5 €/mes más y llévate 3 meses de Netflix incluidos.

Contrátalo en un clic: https://www.movistar.example.es/ofertas

Si no quieres recibir comunicaciones comerciales, haz clic aquí.""", "html",
      headers=bulk("<ofertas.movistar.example.es>", "https://www.movistar.example.es/baja")),
    M("other", "renfe_billete", "es", "", "",
      "Renfe <venta@renfe.example.es>", "Confirmación de compra - Localizador X7K2PQ",
      """Gracias por viajar con Renfe.

Localizador: X7K2PQ
Trayecto: Valencia Joaquín Sorolla - Madrid Puerta de Atocha
Fecha: 16/03/2026 Salida 06:40 Llegada 08:32
Coche 5, Plaza 08C
Pasajera: VALENTINA RUIZ-ACHTERBERG

Presente el billete en el móvil en el control de acceso.""", "alt"),
    M("other", "iberia_checkin", "es", "", "",
      "Iberia <iberia@info.iberia.example.es>", "Ya puedes hacer el check-in para tu vuelo a Ámsterdam",
      """Hola Valentina,

Tu vuelo IB3722 Valencia - Ámsterdam del 12 de junio sale a las 17:05. Ya puedes hacer el check-in online y obtener tu tarjeta de embarque.

Hacer check-in: https://www.iberia.example.es/checkin

¡Buen viaje!""", "html"),
    M("other", "gimnasio_renovacion", "es", "", "hola@gimnasbenimaclet.example.es",
      "Gimnàs Benimaclet <hola@gimnasbenimaclet.example.es>", "Tu cuota de marzo",
      """Hola Vale!

Te recordamos que el día 1 pasaremos el recibo de la cuota de marzo (34,90 €). Y ojo, ¡este mes estrenamos clases de pilates los martes y jueves a las 19:30!

Ens veiem al gimnàs 💪
Equip Gimnàs Benimaclet"""),
    M("other", "clases_ingles_entrevista_mock", "es", "", "tom@englishcornervlc.example.es",
      "Tom - English Corner <tom@englishcornervlc.example.es>", "Clase del jueves: simulación de entrevista en inglés",
      """Hola Valentina!

Para la clase del jueves he preparado una simulación de entrevista de trabajo en inglés, como me pediste (preguntas típicas de CRA y de customer success). Trae tu CV impreso.

Recuerda que la clase es a las 19:00, no a las 18:00 como siempre.

Tom
English Corner Valencia"""),
    M("other", "alumni_newsletter", "es", "", "",
      "Alumni UV <alumni@uv-alumni.example.es>", "Alumni UV · Boletín de marzo: feria de empleo, mentoring y más",
      """BOLETÍN ALUMNI · MARZO 2026

· Foro de Empleo UV 2026: más de 80 empresas, 25 y 26 de marzo, Campus de Tarongers.
· Programa de mentoring: abiertas las inscripciones para mentees del área de Ciencias de la Salud.
· Taller: «Cómo afrontar una entrevista por competencias» (online, 12 de marzo).

Más información: https://alumni.uv.example.es/boletin

Darse de baja del boletín: https://alumni.uv.example.es/baja""", "html",
      headers=bulk("Boletin Alumni UV <boletin.alumni.uv.example.es>", "https://alumni.uv.example.es/baja")),
    M("other", "netflix_new_device", "es", "", "",
      "Netflix <info@mailer.netflix.example.com>", "Nuevo inicio de sesión en tu cuenta",
      """Hola, Valentina:

Hemos detectado un nuevo inicio de sesión en tu cuenta de Netflix.

Dispositivo: Smart TV
Ubicación: Valencia, España
Hora: 21:14 CET

Si has sido tú, no tienes que hacer nada.

El equipo de Netflix""", "html"),
    M("other", "streaming_mix_de", "de", "", "",
      "Spotify <no-reply@spotify.example.com>", "Dein Frühlingsmix ist da",
      """Hey Valentina, dein Frühlingsmix ist fertig: 40 Songs, basierend auf dem, was du zuletzt gehört hast.

Jetzt anhören: https://open.spotify.example.com/playlist/fruehling

Marketing-E-Mails abbestellen.""", "html",
      headers=bulk("<marketing.spotify.example.com>", "https://www.spotify.example.com/unsubscribe")),
    M("other", "seguro_coche_renovacion", "es", "", "",
      "Mutua del Automóvil Levante <atencion@mutuaautolevante.example.es>", "Renovación de tu seguro de coche",
      """Estimada Valentina:

Tu póliza de automóvil nº 44-0912773 (Seat Ibiza, 4829 KLM) se renueva el próximo 1 de mayo. La prima para la nueva anualidad es de 312,40 €.

Si quieres revisar tus coberturas, entra en tu área de cliente.

Atentamente,
Mutua del Automóvil Levante""", "cp1252"),
    M("other", "seur_entrega_hoy", "es", "", "",
      "SEUR <notificaciones@seur.example.es>", "Tu envío llega hoy",
      """¡Hola! Tu envío de ELECTRO-VLC llega hoy entre las 14:00 y las 16:00.

¿No vas a estar? Cambia la entrega aquí: https://www.seur.example.es/cambiar

SEUR""", "html"),
    M("other", "ayuntamiento_padron", "es", "", "",
      "Ajuntament de València <sede@valencia.example.es>", "Volante de empadronamiento",
      """Le remitimos el volante de empadronamiento solicitado a través de la Sede Electrónica (expediente E-02101-2026-001877).

Ajuntament de València
Servicio de Estadística""", attach="volante_padron.pdf"),
    M("other", "press_interview_radio", "es", "", "produccion@radiovalencia.example.es",
      "Producción Matins Ràdio <produccion@radiovalencia.example.es>", "Entrevista en el programa del miércoles",
      """Hola Valentina,

Te escribo de la producción del magazine matinal. Estamos preparando un reportaje sobre las enfermeras que dejan la planta por falta de personal y nos gustaría hacerte una breve entrevista en directo (unos 8 minutos) el miércoles sobre las 9:20, por teléfono.

¿Te vendría bien? Necesitaríamos un número de contacto.

Gràcies!
Joan Ferrer, producción"""),
    M("other", "survey_candidate_experience", "en", "", "",
      "Candidate Pulse <survey@candidatepulse.example.com>", "How was your interview experience with Clarisync?",
      """Hi Valentina,

You recently interviewed with Clarisync. We'd appreciate 2 minutes of your time to tell us about your candidate experience. Your answers are anonymous and won't affect your application.

Take the survey: https://survey.candidatepulse.example.com/s/cl-99a1

Powered by Candidate Pulse""", "html"),
    M("other", "hospital_newsletter_de", "de", "", "",
      "Klinikum Newsletter <newsletter@klinikum-isar.example.de>", "Karriere-Newsletter Juni: Ausbildung, Pflege und Tipps fürs Vorstellungsgespräch",
      """Liebe Leserinnen und Leser,

in dieser Ausgabe: Wie Sie sich optimal auf ein Vorstellungsgespräch vorbereiten, warum eine Absage kein Grund zum Aufgeben ist, und unsere offenen Stellen in der Pflege und im Studienzentrum.

Zu allen Stellenangeboten: https://karriere.klinikum-isar.example.de

Newsletter abbestellen: https://klinikum-isar.example.de/newsletter/abmelden""", "html",
      headers=bulk("Karriere-Newsletter <karriere.klinikum-isar.example.de>", "https://klinikum-isar.example.de/newsletter/abmelden")),
    M("other", "de_xing_cold_outreach", "de", "", "k.maier@lifescience-partner.example.de",
      "Katrin Maier <k.maier@lifescience-partner.example.de>", "Kontaktanfrage",
      """Hallo Frau Ruiz-Achterberg,

ich bin auf Ihr Profil gestoßen und finde Ihren Werdegang von der Pflege in die klinische Forschung sehr spannend. Aktuell habe ich keine konkrete Vakanz für Sie, würde mich aber freuen, wenn wir uns vernetzen - ich betreue regelmäßig Positionen im Bereich Clinical Operations im Raum München.

Beste Grüße
Katrin Maier"""),
    M("other", "de_bank_kredit_eingang", "de", "", "",
      "N26-like Bank <service@bankhaus-blau.example.de>", "Ihr Kreditantrag ist bei uns eingegangen",
      """Guten Tag Frau Ruiz-Achterberg,

vielen Dank für Ihren Antrag auf einen Ratenkredit über 8.000 EUR. Wir haben Ihre Unterlagen erhalten und prüfen Ihren Antrag. Das Ergebnis erhalten Sie in der Regel innerhalb von zwei Werktagen.

Ihr Bankhaus Blau""", "html"),
    M("other", "de_freundin_absage", "de", "", "hanna.achterberg@example.de",
      "Hanna Achterberg <hanna.achterberg@example.de>", "Na, wie läuft's?",
      """Hey Vale,

wie läuft die Jobsuche? Bei mir gibt's leider nix Neues, die Uniklinik hat mir gestern abgesagt - nach dem zweiten Gespräch! Naja, nächste Woche hab ich noch ein Vorstellungsgespräch in Hamburg, drück mir die Daumen.

Kommst du im August nach Utrecht? Oma fragt ständig.

Kuss
Hanna""", "cp1252"),
    M("other", "de_paket_verspaetung", "de", "", "",
      "DHL Paket <noreply@dhl.example.de>", "Ihre Sendung verzögert sich",
      """Guten Tag,

leider verzögert sich die Zustellung Ihrer Sendung 00340434161094042557 aufgrund eines erhöhten Sendungsaufkommens. Die neue voraussichtliche Zustellung ist morgen.

Ihr DHL Team""", "html"),
    M("other", "fr_newsletter_apec_like", "fr", "", "",
      "Cadremploi <newsletter@cadremploi.example.fr>", "Les offres de la semaine : santé & pharma en Occitanie",
      """Bonjour Valentina,

Voici notre sélection d'offres pour vous cette semaine :
- Attaché(e) de recherche clinique - Toulouse
- Chargé(e) de pharmacovigilance - Montpellier
- Responsable qualité clinique - Nîmes

Voir toutes les offres : https://www.cadremploi.example.fr/offres

Pour ne plus recevoir cette newsletter, cliquez ici.""", "html",
      headers=bulk("<offres.cadremploi.example.fr>", "https://www.cadremploi.example.fr/desinscription")),
    M("other", "fr_ami_refus_own_story", "fr", "", "camille.b@example.fr",
      "Camille Bertrand <camille.b@example.fr>", "Nouvelles de Toulouse",
      """Coucou Valentina !

Alors, pour moi ce n'est pas passé : le CHU m'a répondu qu'ils ne donnaient pas suite à ma candidature. Je suis un peu dégoûtée mais bon, je relance d'autres pistes.

Et toi, ton entretien avec la CRO ça a donné quoi ? Raconte !

Bises,
Camille""", "latin1"),
    M("other", "en_headhunter_marketing_event", "en", "", "",
      "Hays-like Life Sciences <events@lifesciencerecruit.example.com>", "Webinar: acing your competency-based interview",
      """Join our free webinar on Thursday 14 May at 12:00 BST: 'Acing the competency-based interview in clinical research'.

Our consultants will share what hiring managers want to hear, how to handle rejection, and how to follow up after an interview.

Register: https://events.lifesciencerecruit.example.com/webinar

Manage your preferences | Unsubscribe""", "html",
      headers=bulk("<events.lifesciencerecruit.example.com>", "https://events.lifesciencerecruit.example.com/unsub")),
    M("other", "en_nhs_jobs_alert", "en", "", "",
      "NHS Jobs <donotreply@jobs.nhs.example.uk>", "New jobs matching your saved search: Research Nurse, London",
      """New jobs matching your saved search 'Research Nurse - London':

- Clinical Research Nurse (Band 6), Royal Westbrook Hospitals NHS Foundation Trust
- Senior Research Nurse - Oncology (Band 7), Thames Valley University Hospitals
- Research Delivery Manager (Band 8a), North London Partners

View jobs: https://www.jobs.nhs.example.uk/candidate/search

To stop receiving these emails, change your saved search settings.""", "alt",
      headers={"Precedence": "bulk"}),
    M("other", "en_cold_outreach_sales_call", "en", "", "ben@hirestack.example.io",
      "Ben from HireStack <ben@hirestack.example.io>", "Valentina, quick question",
      """Hi Valentina,

Noticed you're job hunting in clinical research - are you tired of sending applications into a black hole? HireStack auto-applies to 50 roles a week for you and tracks every interview.

Worth a 10-min demo call this week?

Ben
Growth @ HireStack

P.S. If this isn't relevant, reply "no thanks" and I won't follow up."""),
    M("other", "en_conference_speaker", "en", "", "programme@ecrn-conference.example.org",
      "Programme Committee ECRN <programme@ecrn-conference.example.org>", "Your abstract has been accepted",
      """Dear Ms Ruiz-Achterberg,

We are pleased to inform you that your abstract 'Nurse-led recruitment in phase III oncology trials: a single-site experience' has been accepted for poster presentation at the European Clinical Research Nurses Conference 2026 in Porto.

Please confirm your attendance and register by 30 June.

Programme Committee"""),
    M("other", "en_linkedin_message_notification", "en", "", "",
      "LinkedIn <messages-noreply@linkedin.com>", "You have 1 new message from Daniel Osei",
      """Daniel Osei
Talent Partner at Corrib Life Sciences

"Hi Valentina, thanks for connecting! Let me know if you ever want to chat about the Irish market."

View message: https://www.linkedin.com/messaging/

This email was intended for Valentina Ruiz-Achterberg (Clinical Research Coordinator).""", "html",
      headers=bulk("<messages.linkedin.com>", "https://www.linkedin.com/comm/unsub/msg")),
    M("other", "es_sepe_cita_previa", "es", "", "",
      "SEPE - Cita Previa <citaprevia@sepe.example.es>", "Confirmación de cita previa",
      """Se ha confirmado su cita previa:

Oficina: Valencia - Ruzafa
Fecha: 03/02/2026
Hora: 10:15
Trámite: Renovación de la demanda de empleo

Por favor, acuda con su DNI/NIE. Si no puede asistir, anule la cita.

Servicio Público de Empleo Estatal""", "latin1"),
    M("other", "es_ong_voluntariado_entrevista", "es", "", "voluntariado@bancodealimentosvlc.example.org",
      "Voluntariado Banco de Alimentos <voluntariado@bancodealimentosvlc.example.org>", "Sesión de acogida voluntariado",
      """Hola Valentina,

¡Gracias por apuntarte como voluntaria! Te esperamos en la sesión de acogida el sábado 7 a las 10:00 en el almacén de Mercavalencia. Es una charla informal, no una entrevista, para que conozcas cómo funcionamos.

Un abrazo,
Equipo de Voluntariado"""),
    M("other", "es_madre_whatsapp_like", "es", "", "mamen.achterberg@example.es",
      "Mamen <mamen.achterberg@example.es>", "lo de la oferta",
      """Hija, ¿al final te han dicho algo de lo de Ámsterdam? Tu padre dice que si te vas que te lleves el abrigo gordo. Llámame cuando salgas del hospital.

Un beso
Mamá

Enviado desde mi iPhone"""),
    M("other", "es_newsletter_tecnoempleo", "es", "", "",
      "Tecnoempleo <boletin@tecnoempleo.example.com>", "Ofertas de la semana: Health-tech y Customer Success",
      """Hola Valentina, estas son las ofertas destacadas de la semana:

· Customer Success Manager (HealthTech) - Barcelona - 40-48K
· Implementation Specialist eClinical - Remoto
· Product Specialist Historia Clínica Electrónica - Madrid

Ver ofertas: https://www.tecnoempleo.example.com/ofertas

Has recibido este boletín por estar suscrita. Baja: https://www.tecnoempleo.example.com/baja""", "html",
      headers=bulk("<boletin.tecnoempleo.example.com>", "https://www.tecnoempleo.example.com/baja")),
    M("other", "es_forwarded_job_from_colleague", "es", "", "jordi.pla@example.com",
      "Jordi Pla <jordi.pla@example.com>", "Fwd: Oferta CRA Barcelona",
      """Vale, mira esto, creo que te pega mucho! La empresa es donde trabaja mi cuñada, si quieres le paso tu CV.

---------- Forwarded message ---------
De: Ofertas Colegio de Enfermería <ofertas@coev.example.es>
Date: mar, 17 feb 2026 a las 11:02
Subject: Oferta CRA Barcelona
To: <jordi.pla@example.com>

Se busca Clinical Research Associate con experiencia en coordinación de ensayos para CRO internacional en Barcelona. Contrato indefinido. Interesados enviar CV a la dirección indicada en el portal del Colegio.

Jordi"""),
]
