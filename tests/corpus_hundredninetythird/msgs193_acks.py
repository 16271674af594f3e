"""Corpus 193: application acknowledgements and registrations (21) and offers (10), all
hand-written."""

from __future__ import annotations

from msgs193_common import M

RECEIVED = [
    # ------------------------------------------------------------------ Spanish (11)
    M(id="alh_ack", kind="application_received", slug="alhambra_rutas_teamtailor", lang="es",
      company="Alhambra Rutas", contact="",
      date="2026-08-03 23:12", tz="ES",
      frm=("Alhambra Rutas", "no-reply@teamtailor-mail.com"),
      subject="¡Gracias por tu candidatura, Leocadia!",
      subj_enc=("utf-8", "B"),
      auto="auto-generated",
      layout={"kind": "card", "brand": "Alhambra Rutas", "color": "#9a3412",
             "footer": "Alhambra Rutas · Cuesta de Gomérez 8 · 18009 Granada"},
      text="""Hola Leocadia,

Hemos recibido tu candidatura para Coordinador/a de Operaciones. ¡Gracias por querer formar parte de Alhambra Rutas!

Nuestro equipo revisará tu perfil en los próximos días. Si encaja con lo que buscamos, nos pondremos en contacto contigo para los siguientes pasos.

Un saludo,
El equipo de Alhambra Rutas"""),

    M(id="aero_ack", kind="application_received", slug="aeromeseta_workday_no_individual", lang="es",
      company="Aeromeseta", contact="",
      date="2026-02-09 07:58", tz="ES",
      frm=("Aeromeseta Talento", "aeromeseta@myworkday.com"),
      subject="Hemos recibido tu solicitud: Coordinador/a de Operaciones de Tierra (R-04417)",
      auto="auto-generated",
      layout={"kind": "card", "brand": "Aeromeseta | Talento", "color": "#0b3d91"},
      cte="base64",
      text="""Hola, Leocadia:

Gracias por tu interés en Aeromeseta. Confirmamos que hemos recibido correctamente tu solicitud para el puesto de Coordinador/a de Operaciones de Tierra (R-04417), Madrid-Barajas.

Debido al gran volumen de candidaturas que recibimos, lamentablemente no podemos responder de forma individual a cada persona. Si tu perfil avanza en el proceso, el equipo de Talento se pondrá en contacto contigo; mientras tanto, puedes seguir el estado de tu solicitud en el portal de candidatos.

Equipo de Talento de Aeromeseta"""),

    M(id="mel_ack", kind="application_received", slug="meliana_successfactors", lang="es",
      company="Meliana Resorts", contact="",
      date="2026-01-19 14:27", tz="ES",
      frm=("Meliana Resorts Careers", "no_reply@successfactors.eu"),
      subject="Confirmación de candidatura - Coordinador/a de Operaciones Turísticas (Palma)",
      subj_enc=("iso-8859-1", "Q"),
      auto="auto-generated",
      charset="iso-8859-1", cte="quoted-printable",
      text="""Estimado/a Leocadia Fenwick-Obuya:

Le agradecemos su interés en Meliana Resorts. Su candidatura para la posición Coordinador/a de Operaciones Turísticas (Palma), n.º de solicitud 11862, se ha registrado correctamente.

Nuestro equipo de Selección revisará su perfil y, en caso de avanzar, se pondrá en contacto con usted.

Atentamente,
Meliana Resorts - Talent Acquisition

Este es un mensaje automático; por favor, no responda a esta dirección."""),

    M(id="tempora_reg", kind="application_received", slug="tempora_alta_completada", lang="es",
      company="Tempora ETT", contact="",
      date="2026-03-09 10:33", tz="ES",
      frm=("Tempora ETT", "no-reply@tempora-ett.example.es"),
      subject="Tu alta como candidata se ha completado",
      auto="auto-generated",
      layout={"kind": "card", "brand": "TEMPORA ETT", "color": "#be123c",
             "button": ("Acceder a mi área", "https://candidatos.tempora-ett.example.es/login")},
      html_only=True,
      text="""Hola Leocadia,

Tu alta como candidata en Tempora ETT se ha completado correctamente. Ya formas parte de nuestra base de datos para ofertas de Hostelería y Turismo en la provincia de Granada.

Recuerda mantener actualizados tu CV y tu disponibilidad. Cuando una empresa cliente busque un perfil como el tuyo, una consultora de tu oficina te llamará.

Tempora ETT – Oficina Granada"""),

    M(id="adecua_reg", kind="application_received", slug="adecua_dada_de_alta_bolsa", lang="es",
      company="Adecua Personal", contact="beatriz.llorente@adecuapersonal.example.es",
      date="2026-06-08 13:14", tz="ES",
      frm=("Beatriz Llorente", "beatriz.llorente@adecuapersonal.example.es"),
      subject="Bienvenida a Adecua Personal",
      layout="plain",
      text="""Hola Leocadia:

Gracias por pasarte ayer por la oficina. Te confirmo que ya estás dada de alta en nuestra bolsa de Turismo y Hostelería de la Costa del Sol con la documentación completa (CV, DNI/NIE y certificado de idiomas).

Me quedo con tus preferencias: coordinación de operaciones o de grupos, jornada completa, Málaga capital o costa occidental. En cuanto entre algo que encaje te llamo.

Saludos,
Beatriz Llorente
Técnica de Selección
Adecua Personal ETT · Av. de Andalucía 22, 29002 Málaga
T. 952 36 90 14"""),

    M(id="olivo_ack", kind="application_received", slug="viajes_olivo_icims", lang="es",
      company="Viajes Olivo", contact="",
      date="2026-01-08 18:40", tz="ES",
      frm=("Viajes Olivo - Empleo", "donotreply@icims.com"),
      subject="Gracias por tu interés en Viajes Olivo",
      auto="auto-generated",
      text="""Hola Leocadia,

Gracias por presentar tu candidatura a Coordinador/a de Operaciones Receptivas (Ref. OPS-MAD-0126).

Hemos recibido tu información y nuestro equipo de Recursos Humanos la está revisando. Si tu experiencia encaja con los requisitos del puesto, nos pondremos en contacto contigo para concertar una entrevista.

Puedes consultar el estado de tu candidatura en cualquier momento en nuestro portal de empleo.

Un saludo,
Recursos Humanos - Viajes Olivo

Por favor, no respondas a este correo: se envía desde una dirección no supervisada."""),

    M(id="alcazaba_ack", kind="application_received", slug="alcazaba_smartrecruiters", lang="es",
      company="Alcazaba Hoteles", contact="",
      date="2026-10-05 09:09", tz="ES",
      frm=("Alcazaba Hoteles", "noreply@smartrecruiters.com"),
      subject="Solicitud recibida: Coordinador/a de Operaciones de Grupos (Málaga)",
      auto="auto-generated",
      layout={"kind": "card", "brand": "ALCAZABA HOTELES", "color": "#14532d"},
      text="""¡Hola, Leocadia!

Gracias por tu solicitud para el puesto de Coordinador/a de Operaciones de Grupos en Málaga. La hemos recibido y nuestro equipo la revisará con atención.

Te escribiremos para contarte cómo sigue el proceso.

Saludos cordiales,
Equipo de Selección de Alcazaba Hoteles"""),

    M(id="sabores_ack", kind="application_received", slug="sabores_malaga_personio", lang="es",
      company="Sabores de Málaga Tours", contact="",
      date="2026-04-13 20:16", tz="ES",
      frm=("Sabores de Málaga Tours", "noreply@personio.de"),
      subject="Tu candidatura a Coordinador/a de Operaciones",
      auto="auto-generated",
      cte="quoted-printable",
      text="""Hola Leocadia Fenwick-Obuya,

muchas gracias por tu candidatura como Coordinador/a de Operaciones en Sabores de Málaga Tours. Te confirmamos que la hemos recibido.

Revisaremos tu documentación lo antes posible y te daremos una respuesta.

Un saludo,
Adrián Molina
Sabores de Málaga Tours

Este correo se ha generado automáticamente. Las respuestas a esta dirección no se leen."""),

    M(id="nomada_ack", kind="application_received", slug="mundo_nomada_recibido_cv", lang="es",
      company="Mundo Nómada", contact="oriol@mundonomada.example.es",
      date="2026-03-04 09:47", tz="ES",
      frm=("Oriol Puig", "oriol@mundonomada.example.es"),
      subject="Hemos recibido tu CV",
      cte="8bit",
      text="""Hola Leocadia,

Hemos recibido tu CV para el puesto de operaciones, ¡gracias! Somos un equipo pequeño y lo leo yo mismo, así que dame unos días para revisarlo con calma y te digo algo.

Oriol
Mundo Nómada DMC · Barcelona"""),

    M(id="vela_ack", kind="application_received", slug="vela_palma_bamboohr", lang="es",
      company="Vela Palma Charter", contact="",
      date="2026-05-25 11:05", tz="ES",
      frm=("Vela Palma Charter", "notifications@bamboohr.com"),
      subject="Vela Palma Charter: hemos recibido tu solicitud",
      auto="auto-generated",
      layout={"kind": "card", "brand": "Vela Palma Charter", "color": "#0c4a6e"},
      html_only=True, html_cte="quoted-printable",
      text="""Hola Leocadia,

Gracias por solicitar el puesto de Coordinador/a de Operaciones de Charter. Tu solicitud nos ha llegado correctamente.

Si tu perfil encaja, nos pondremos en contacto contigo en las próximas dos semanas.

Vela Palma Charter · Club de Mar, Palma"""),

    M(id="bcnwalks_ack", kind="application_received", slug="barcelona_walks_recruitee_volumen", lang="es",
      company="Barcelona Walks", contact="",
      date="2026-06-10 15:31", tz="ES",
      frm=("Barcelona Walks", "barcelonawalks@jobs.recruitee.com"),
      subject="Hemos recibido tu candidatura - Operations Coordinator",
      auto="auto-generated",
      text="""¡Hola Leocadia!

Gracias por presentar tu candidatura a Operations Coordinator en Barcelona Walks. Te confirmamos que la hemos recibido.

Por el volumen de candidaturas que nos llega en esta época, por desgracia no podemos contestar a todas de forma personalizada. Si tu perfil pasa a la siguiente fase, te escribiremos en un plazo de tres semanas.

¡Gracias por pensar en nosotros!
Equipo Barcelona Walks"""),

    # ------------------------------------------------------------------ English (5)
    M(id="tejo_ack", kind="application_received", slug="tejo_greenhouse_ack", lang="en",
      company="Tejo Voyages", contact="",
      date="2026-03-02 08:03", tz="PT",
      frm=("Tejo Voyages Hiring Team", "no-reply@greenhouse-mail.io"),
      subject="Thank you for applying to Tejo Voyages",
      auto="auto-generated",
      layout={"kind": "card", "brand": "Tejo Voyages", "color": "#0f766e"},
      text="""Hi Leocadia,

Thank you for your interest in Tejo Voyages! We've received your application for the Operations Coordinator (Lisbon) role.

Our team reviews every application carefully. If your experience is a match, a member of our Talent team will reach out to discuss next steps.

Best regards,
Tejo Voyages Talent Team"""),

    M(id="lusi_ack", kind="application_received", slug="lusitania_icims_ack", lang="en",
      company="Lusitania Air", contact="",
      date="2026-04-27 06:12", tz="PT",
      frm=("Lusitania Air Careers", "donotreply@icims.com"),
      subject="Application received - Ground Operations Coordinator (Lisbon)",
      auto="auto-generated",
      cte="quoted-printable",
      text="""Dear Leocadia,

Thank you for applying for the Ground Operations Coordinator (Lisbon) position, Req ID 2026-1187. This email confirms that your application has been received.

Due to the number of applications we receive, unfortunately we cannot reply to every applicant individually. Shortlisted candidates will be contacted by our recruitment team within three weeks of the closing date.

Yours sincerely,
Lusitania Air Talent Acquisition"""),

    M(id="harb_reg", kind="application_received", slug="harbourline_registration", lang="en",
      company="Harbourline Search", contact="callum.reid@harbourline.example.co.uk",
      date="2026-07-20 09:44", tz="UK",
      frm=("Callum Reid", "callum.reid@harbourline.example.co.uk"),
      subject="Welcome to Harbourline - you're registered",
      reply="harb_cold",
      layout="plain",
      text="""Hi Leocadia,

Thanks for registering with Harbourline Search and for sending your CV and right-to-work details so quickly. You're now on our books for travel and hospitality operations roles in Edinburgh and the rest of Scotland.

I'll only put your CV forward to a client once I've spoken to you about the role and you've said yes.

Speak soon,
Callum

Callum Reid
Principal Consultant - Travel, Tourism & Leisure
Harbourline Search
9 Melville Street, Edinburgh EH3 7PE | +44 131 496 0345"""),

    M(id="tripwise_ack", kind="application_received", slug="tripwise_workable_ack", lang="en",
      company="Tripwise", contact="",
      date="2026-09-01 19:52", tz="PT",
      frm=("Tripwise", "noreply@workablemail.com"),
      subject="Thanks for applying to Tripwise",
      auto="auto-generated",
      text="""Hi Leocadia,

Thanks for applying for the Travel Ops Coordinator position at Tripwise. Your application has been received and our hiring team will review it shortly.

Best,
Tripwise"""),

    M(id="firth_ack", kind="application_received", slug="firth_line_received_cv", lang="en",
      company="Firth Line Cruises", contact="kirsty.munro@firthline.example.co.uk",
      date="2026-06-22 16:08", tz="UK",
      frm=("Kirsty Munro", "kirsty.munro@firthline.example.co.uk"),
      subject="RE: CV - Shore excursions coordinator",
      text="""Hi Leocadia,

We've received your CV, thank you. I've passed it to Ewan Baird, who is recruiting for the shore excursions coordinator post, and he'll be in touch directly if he'd like to take things further.

Kind regards
Kirsty Munro
HR & Crewing Administrator
Firth Line Cruises | Commercial Quay, Leith, Edinburgh EH6 6LX"""),

    # ------------------------------------------------------------------ French (2)
    M(id="baie_ack", kind="application_received", slug="baie_des_anges_taleo_ack", lang="fr",
      company="Hôtels Baie des Anges", contact="",
      date="2026-02-16 07:30", tz="FR",
      frm=("Hôtels Baie des Anges - Recrutement", "noreply@taleo.net"),
      subject="Accusé de réception de votre candidature",
      subj_enc=("iso-8859-1", "Q"),
      auto="auto-generated",
      charset="iso-8859-1", cte="quoted-printable",
      text="""Madame,

Nous accusons réception de votre candidature au poste de Coordinateur(trice) groupes et séminaires et vous remercions de l'intérêt que vous portez à notre groupe.

En raison du nombre important de candidatures, nous ne pourrons malheureusement pas répondre individuellement à chaque candidat. Si votre profil est retenu pour la suite du processus, notre service Recrutement prendra contact avec vous.

Le service Recrutement
Hôtels Baie des Anges"""),

    M(id="cap_reg", kind="application_received", slug="cap_interim_inscription", lang="fr",
      company="Cap Intérim", contact="sophie.lambert@capinterim.example.fr",
      date="2026-06-03 16:22", tz="FR",
      frm=("Sophie Lambert", "sophie.lambert@capinterim.example.fr"),
      subject="Votre inscription chez Cap Intérim est confirmée",
      layout="plain",
      text="""Bonjour Leocadia,

Suite à notre rendez-vous de ce matin, je vous confirme que votre inscription à l'agence Cap Intérim de Nice est finalisée : votre dossier (CV, pièce d'identité, RIB, attestation de sécurité sociale) est complet.

Je vous proposerai des missions dans le tourisme et l'événementiel correspondant à vos souhaits (coordination, accueil de groupes, escales).

À bientôt,
Sophie Lambert
Chargée de recrutement – Cap Intérim Nice
12 avenue Jean Médecin, 06000 Nice · 04 93 80 27 15"""),

    # ------------------------------------------------------------------ German (3)
    M(id="alpen_ack", kind="application_received", slug="alpenblick_personio_eingang", lang="de",
      company="Alpenblick Reisen", contact="",
      date="2026-05-04 08:15", tz="AT",
      frm=("Alpenblick Reisen", "noreply@personio.de"),
      subject="Eingangsbestätigung Ihrer Bewerbung",
      auto="auto-generated",
      layout={"kind": "card", "brand": "Alpenblick Reisen", "color": "#166534",
             "footer": "Alpenblick Reisen GmbH · Museumstraße 21 · 6020 Innsbruck"},
      text="""Sehr geehrte Frau Fenwick-Obuya,

vielen Dank für Ihre Bewerbung als Travel Operations Coordinator (m/w/d) und Ihr Interesse an Alpenblick Reisen.

Hiermit bestätigen wir den Eingang Ihrer Unterlagen. Wir prüfen Ihre Bewerbung sorgfältig und melden uns so bald wie möglich bei Ihnen.

Mit freundlichen Grüßen
Katharina Egger
Personal, Alpenblick Reisen"""),

    M(id="nord_ack", kind="application_received", slug="nordkette_softgarden_eingang", lang="de",
      company="Nordkette Hotels", contact="",
      date="2026-08-10 21:03", tz="AT",
      frm=("Nordkette Hotels Recruiting", "noreply@softgarden.io"),
      subject="Ihre Bewerbung ist bei uns eingegangen",
      auto="auto-generated",
      charset="iso-8859-1", cte="quoted-printable",
      text="""Guten Tag Frau Fenwick-Obuya,

herzlichen Dank für Ihre Bewerbung als Operations Coordinator (m/w/d). Ihre Unterlagen sind vollständig bei uns eingegangen.

Wir melden uns in Kürze bei Ihnen. Den Status Ihrer Bewerbung können Sie jederzeit in Ihrem softgarden-Konto einsehen.

Viele Grüße
Ihr Recruiting-Team der Nordkette Hotels"""),

    M(id="alpin_ack", kind="application_received", slug="alpinpersonal_registrierung", lang="de",
      company="AlpinPersonal", contact="m.pichler@alpinpersonal.example.at",
      date="2026-02-23 11:50", tz="AT",
      frm=("Markus Pichler", "m.pichler@alpinpersonal.example.at"),
      subject="Ihre Registrierung bei AlpinPersonal",
      text="""Sehr geehrte Frau Fenwick-Obuya,

vielen Dank für Ihre Registrierung bei AlpinPersonal und das nette Telefonat heute Vormittag.

Ihr Profil ist jetzt in unserer Datenbank für Tourismus und Hotellerie in Tirol angelegt. Ich melde mich, sobald ich eine passende Stelle bei einem unserer Kunden für Sie habe.

Beste Grüße
Markus Pichler
Personalberater Tourismus
AlpinPersonal
Museumstraße 3, 6020 Innsbruck
Tel. +43 512 93 40 22"""),
]

OFFERS = [
    # ------------------------------------------------------------------ Spanish (6)
    M(kind="offer", slug="alhambra_rutas_oferta_pdf", lang="es",
      company="Alhambra Rutas", contact="rocio.maldonado@alhambrarutas.example.es",
      date="2026-09-02 12:30", tz="ES",
      frm=("Rocío Maldonado", "rocio.maldonado@alhambrarutas.example.es"),
      cc=[("Diego Sola", "diego.sola@alhambrarutas.example.es")],
      subject="Oferta de empleo - Coordinadora de Operaciones",
      reply="own_thanks_alh",
      layout="outlook",
      pdf=[("Oferta_Alhambra_Rutas_Fenwick-Obuya.pdf", "Carta de oferta - Alhambra Rutas",
            ["Puesto: Coordinadora de Operaciones", "Incorporación: 1 de octubre de 2026",
             "Contrato indefinido, jornada completa", "Salario bruto anual: 27.000 EUR en 14 pagas",
             "Periodo de prueba: 2 meses", "Validez de la oferta: 11 de septiembre de 2026"])],
      text="""Hola Leocadia:

Después de la entrevista del viernes y de hablarlo con Diego, estamos encantados de ofrecerte el puesto de Coordinadora de Operaciones en Alhambra Rutas.

Te adjunto la carta de oferta con las condiciones: contrato indefinido a jornada completa, 27.000 € brutos anuales en 14 pagas e incorporación el 1 de octubre. La oferta es válida hasta el 11 de septiembre.

Si tienes cualquier duda sobre las condiciones, llámame cuando quieras. Ojalá podamos contar contigo.

Un abrazo,
Rocío Maldonado
Directora de Operaciones
Alhambra Rutas · Cuesta de Gomérez 8 · 18009 Granada
Tel. 958 22 71 30"""),

    M(id="costa_verbal", kind="offer", slug="costa_sol_tras_llamada", lang="es",
      company="Costa del Sol Incoming", contact="javier.ortega@costasolincoming.example.es",
      date="2026-07-17 13:05", tz="ES",
      frm=("Javier Ortega", "javier.ortega@costasolincoming.example.es"),
      subject="Lo que hablamos por teléfono",
      charset="windows-1252", cte="8bit",
      text="""Hola Leocadia,

Como te adelanté esta mañana por teléfono, Marisa y yo lo tenemos claro después de la jornada del martes: queremos que te quedes con nosotros como coordinadora de operaciones.

Te resumo lo que te dije para que lo tengas por escrito:
– Contrato indefinido, jornada completa (turnos de mañana, un fin de semana de cada tres en temporada alta).
– 25.500 € brutos al año más un variable de hasta 2.000 € según la temporada.
– Incorporación el 1 de septiembre en la oficina de Larios.

Piénsatelo tranquila y dime algo antes del viernes 24. Si es que sí, la gestoría te prepara el contrato.

Un abrazo,
Javier Ortega
Gerente – Costa del Sol Incoming
Tel. 952 21 48 60"""),

    M(kind="offer", slug="costa_sol_contrato_para_firmar", lang="es",
      company="Costa del Sol Incoming", contact="javier.ortega@costasolincoming.example.es",
      date="2026-07-24 10:48", tz="ES",
      frm=("Javier Ortega", "javier.ortega@costasolincoming.example.es"),
      cc=[("Gestoría Málaga Centro", "laboral@gestoriamalagacentro.example.es")],
      subject="Contrato para firmar - Coordinadora de operaciones",
      quote={"of": "costa_verbal"},
      charset="windows-1252", cte="quoted-printable",
      pdf=[("Contrato_Fenwick-Obuya_CSI.pdf", "Contrato de trabajo indefinido",
            ["Empresa: Costa del Sol Incoming, S.L.", "Trabajadora: Leocadia Fenwick-Obuya",
             "Categoría: Coordinadora de operaciones", "Fecha de inicio: 01/09/2026",
             "Retribución: 25.500 EUR brutos anuales + variable",
             "Firma de la trabajadora: ____________________"])],
      text="""Hola Leocadia,

¡Qué alegría que hayas dicho que sí! Te adjunto el contrato que ha preparado la gestoría (en copia). Revísalo y, si todo está bien, fírmalo y envíanoslo escaneado antes del 31 de julio; el original lo firmamos el primer día.

Si ves algo que no cuadra con lo que hablamos, dímelo y lo corregimos.

Javier"""),

    M(kind="offer", slug="tempora_cliente_quiere_ofertarte", lang="es",
      company="Hoteles Nazarí", contact="lucia.benavides@tempora-ett.example.es",
      date="2026-04-02 17:26", tz="ES",
      frm=("Lucía Benavides | Tempora ETT", "lucia.benavides@tempora-ett.example.es"),
      subject="¡El cliente quiere hacerte una oferta!",
      subj_enc=("utf-8", "Q"),
      reply="tempora_inv",
      text="""¡Hola Leocadia!

Ya puedo contarte quién era el cliente: Hoteles Nazarí, la cadena de los tres hoteles del Realejo y el Albaicín. Les encantaste en la entrevista y quieren hacerte una oferta para coordinar grupos y excursiones.

Las condiciones que me trasladan: contrato de seis meses a través de Tempora con paso a plantilla de Hoteles Nazarí si todo va bien, 1.850 € brutos mensuales en 14 pagas y horario de 8:00 a 16:00 de lunes a viernes.

¿Cuándo te viene bien que te llame para verlo con calma?

Lucía Benavides
Consultora de Selección · Tempora ETT
Tel. 958 20 64 33"""),

    M(kind="offer", slug="vela_palma_oferta", lang="es",
      company="Vela Palma Charter", contact="joana@velapalma.example.es",
      date="2026-06-29 19:10", tz="ES",
      frm=("Joana Ferrà", "joana@velapalma.example.es", ("iso-8859-1", "Q")),
      subject="Propuesta para incorporarte a Vela Palma Charter",
      charset="iso-8859-1", cte="8bit",
      reply="vela_ack",
      text="""Hola Leocadia,

Después de las dos conversaciones que hemos tenido, me alegra mucho poder proponerte que te incorpores a Vela Palma Charter como coordinadora de operaciones de charter, desde el 15 de julio hasta el 31 de octubre, con opción a continuar en invierno en la parte comercial.

Condiciones: contrato de temporada a jornada completa, 2.100 euros brutos al mes, alojamiento compartido en Palma incluido los primeros dos meses.

Si te encaja, contéstame a este correo y te mando el contrato.

Joana Ferrà
Directora
Vela Palma Charter
Club de Mar, local 7 - 07015 Palma
Tel. 971 40 33 18"""),

    M(kind="offer", slug="sabores_malaga_oferta_cp1252", lang="es",
      company="Sabores de Málaga Tours", contact="adrian.molina@saboresdemalaga.example.es",
      date="2026-05-06 11:37", tz="ES",
      frm=("Adrián Molina", "adrian.molina@saboresdemalaga.example.es"),
      subject="Oferta: Coordinador/a de Operaciones",
      reply="sabores_ack",
      charset="windows-1252", cte="base64",
      layout="plain", html_charset="windows-1252", html_cte="quoted-printable",
      text="""Hola Leocadia,

Gracias por tu tiempo en las entrevistas con el equipo. Nos gustaría ofrecerte el puesto de Coordinadora de Operaciones en Sabores de Málaga Tours.

• Jornada completa, de martes a sábado
• Salario: 24.500 € brutos anuales
• Incorporación: 1 de junio de 2026
• Periodo de prueba de dos meses

Te pedimos que nos confirmes si aceptas antes del 13 de mayo. Estaremos encantados de resolver cualquier duda.

Un saludo,
Adrián Molina
Cofundador – Sabores de Málaga Tours
C/ Granada 41, 29015 Málaga"""),

    # ------------------------------------------------------------------ English (2)
    M(kind="offer", slug="meridian_formal_offer_pdf", lang="en",
      company="Meridian Cruises", contact="hannah.cole@meridiancruises.example.com",
      date="2026-09-21 15:02", tz="UK",
      frm=("Hannah Cole", "hannah.cole@meridiancruises.example.com"),
      subject="Offer of employment - Shore Excursions Operations Coordinator",
      reply="meridian_move",
      layout="plain",
      pdf=[("Meridian_Offer_Letter_LFenwick-Obuya.pdf", "Offer of Employment - Meridian Cruises",
            ["Position: Shore Excursions Operations Coordinator", "Location: Palma de Mallorca",
             "Start date: 2 November 2026", "Salary: EUR 31,000 gross per annum",
             "Please sign and return by 2 October 2026"])],
      text="""Dear Leocadia,

Following your interview with David, I am delighted to offer you the position of Shore Excursions Operations Coordinator, based in our Palma port operations office.

Your offer letter is attached, setting out the salary (EUR 31,000 gross per year), benefits and a proposed start date of 2 November 2026. The offer is conditional on satisfactory references and right-to-work checks.

Please sign and return the letter by 2 October, or get in touch if you would like to discuss anything.

Warm regards,
Hannah Cole
Talent Acquisition, Meridian Cruises"""),

    M(kind="offer", slug="saltire_rail_after_call", lang="en",
      company="Saltire Rail Tours", contact="morag.henderson@saltirerail.example.co.uk",
      date="2026-10-06 17:21", tz="UK",
      frm=("Morag Henderson", "morag.henderson@saltirerail.example.co.uk"),
      subject="Following our call - your offer",
      cte="quoted-printable",
      pdf=[("Saltire_Rail_Tours_Offer.pdf", "Saltire Rail Tours - Offer Letter",
            ["Role: Tour Operations Coordinator (Edinburgh)", "Salary: GBP 28,500",
             "Start: 11 January 2027", "Relocation support: GBP 1,500"])],
      text="""Dear Leocadia,

It was lovely to speak this afternoon. As promised, I'm putting in writing what I said on the phone: we would like to offer you the role of Tour Operations Coordinator at Saltire Rail Tours, based at our Waverley office, starting 11 January 2027.

The attached letter sets out the salary of GBP 28,500, 28 days' holiday plus public holidays, and GBP 1,500 relocation support.

Take a few days to think it over and let me know by Friday 16 October.

Best wishes,
Morag Henderson
People & Culture Manager
Saltire Rail Tours Ltd
Waverley Steps, Edinburgh EH1 1BQ
0131 496 0811"""),

    # ------------------------------------------------------------------ French (1)
    M(kind="offer", slug="nice_cote_tours_promesse_embauche", lang="fr",
      company="Nice Côte Tours", contact="nadia.benali@nicecotetours.example.fr",
      date="2026-10-15 10:40", tz="FR",
      frm=("Nadia Benali", "nadia.benali@nicecotetours.example.fr"),
      subject="Promesse d'embauche - Coordinatrice opérations",
      reply="nicecote_inv",
      layout="outlook",
      pdf=[("Promesse_embauche_Fenwick-Obuya.pdf", "Promesse d'embauche - Nice Côte Tours",
            ["Poste : Coordinatrice opérations", "Contrat : CDI, temps plein",
             "Rémunération : 2 300 EUR bruts mensuels", "Date d'entrée : 2 novembre 2026"])],
      text="""Bonjour Leocadia,

Suite à nos échanges et à votre venue à l'agence, j'ai le plaisir de vous proposer le poste de coordinatrice opérations chez Nice Côte Tours, en CDI à temps plein, pour une prise de poste le 2 novembre 2026.

Vous trouverez ci-joint la promesse d'embauche précisant la rémunération (2 300 € bruts mensuels) et les conditions. Je vous remercie de me la retourner signée avant le 23 octobre.

Au plaisir de vous compter parmi nous,

Nadia Benali
Directrice d'agence
Nice Côte Tours
5 rue de la Préfecture, 06300 Nice · 04 93 85 44 10"""),

    # ------------------------------------------------------------------ German (1)
    M(kind="offer", slug="alpenblick_vertragsangebot_pdf", lang="de",
      company="Alpenblick Reisen", contact="k.egger@alpenblick.example.at",
      date="2026-06-16 09:22", tz="AT",
      frm=("Katharina Egger", "k.egger@alpenblick.example.at"),
      subject="Vertragsangebot – Travel Operations Coordinator",
      subj_enc=("utf-8", "B"),
      reply="alpen_move",
      layout="outlook", cte="quoted-printable",
      pdf=[("Vertragsangebot_Fenwick-Obuya.pdf", "Vertragsangebot - Alpenblick Reisen",
            ["Position: Travel Operations Coordinator", "Beginn: 1. September 2026",
             "Bruttojahresgehalt: EUR 36.400 (14 Gehälter)", "Arbeitsort: Innsbruck"])],
      text="""Sehr geehrte Frau Fenwick-Obuya,

wir freuen uns sehr, Ihnen nach den Gesprächen mit Herrn Gruber und mir die Position als Travel Operations Coordinator anbieten zu können.

Anbei erhalten Sie unser Vertragsangebot mit allen Details (Beginn 1. September 2026, Bruttojahresgehalt EUR 36.400 auf 14 Gehälter, Arbeitsort Innsbruck). Gerne unterstützen wir Sie auch bei der Wohnungssuche.

Bitte geben Sie uns bis zum 30. Juni Bescheid, ob Sie das Angebot annehmen.

Mit freundlichen Grüßen
Katharina Egger
Personalreferentin
Alpenblick Reisen GmbH
Museumstraße 21, 6020 Innsbruck"""),
]

MESSAGES = RECEIVED + OFFERS
