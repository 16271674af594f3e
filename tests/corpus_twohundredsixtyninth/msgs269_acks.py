"""Corpus 269: `application_received` (21) and `offer` (10), hand-written."""

from __future__ import annotations

from msgs269_common import M, disclaimer, signature

AUTO = [("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")]

RECEIVED = [
    # ------------------------------------------------------------------ Spanish (10)
    M(kind="application_received", slug="tremula_teamtailor", lang="es",
      company="Sala Trémula", contact="",
      frm=("Sala Trémula", "no-reply@teamtailor-mail.com"), key="tremula-ack",
      subject="Hemos recibido tu candidatura – Sala Trémula", date="2026-03-02 09:14 +0100",
      form="alt", layout="ats", layout_opts={"brand": "Sala Trémula", "color": "#7a1f3d",
                                           "footer": "Enviado con Teamtailor"},
      headers=AUTO,
      text="""Hola Guillermo:

Gracias por enviar tu candidatura a Coordinador/a de producción. La hemos recibido correctamente y el equipo la revisará en los próximos días.

Mientras tanto, puedes ver nuestra programación en salatremula.example.es/agenda.

Un saludo,
Sala Trémula"""),

    M(kind="application_received", slug="laborea_registro", lang="es",
      company="Laborea ETT", contact="jordi.puigdomenech@laborea.example.es",
      frm=("Laborea ETT", "no-reply@laborea.example.es"),
      reply_to=("Jordi Puigdomènech", "jordi.puigdomenech@laborea.example.es"),
      key="laborea-ack", subject="Bienvenido/a a Laborea: tu registro se ha completado",
      date="2026-01-12 10:02 +0100", form="html", layout="ats", cte="quoted-printable",
      layout_opts={"brand": "Laborea ETT · Área de Hostelería y Eventos", "color": "#e07a00",
                  "footer": "Laborea ETT, S.L. · Autorización administrativa 08/0000123. Gestiona tus datos en el área de candidato."},
      text="""Hola Guillermo:

Te confirmamos que tu registro en Laborea se ha completado y que tu CV ya forma parte de nuestra base de candidatos del área de Hostelería y Eventos.

Tu consultor de referencia será Jordi Puigdomènech. Si tienes cualquier duda o quieres actualizar tu disponibilidad, puedes responder directamente a este correo y le llegará a él.

Te avisaremos cuando tengamos una oferta que encaje con tu perfil.

Equipo Laborea"""),

    M(kind="application_received", slug="retiro_alto_smartrecruiters", lang="es",
      company="Hotel Retiro Alto", contact="",
      frm=("Hotel Retiro Alto", "no-reply@smartrecruiters.com"), key="retiro-ack",
      subject="Gracias por tu candidatura a Event Sales Coordinator",
      date="2026-05-18 07:45 +0000", form="alt", layout="ats", headers=AUTO,
      layout_opts={"brand": "Hotel Retiro Alto · Carreras", "color": "#6b2d3c"},
      text="""Hola Guillermo,

Gracias por presentar tu candidatura a Event Sales Coordinator en Hotel Retiro Alto.

Nuestro equipo de selección está revisando las solicitudes. Si tu perfil encaja, nos pondremos en contacto contigo para los siguientes pasos.

Puedes consultar el estado de tu candidatura en cualquier momento desde tu perfil.

Saludos,
Equipo de Talento"""),

    M(kind="application_received", slug="tempora_alta_bolsa", lang="es",
      company="Tempora ETT", contact="",
      frm=("Tempora ETT", "notificaciones@tempora.example.es"), key="tempora-ack",
      subject="Alta confirmada en la bolsa de trabajo de Tempora", date="2026-06-15 16:12 +0200",
      charset="windows-1252", cte="quoted-printable", headers=AUTO,
      text="""Hola, Guillermo:

Tu alta en la bolsa de trabajo de Tempora ETT se ha realizado con éxito.

Perfiles marcados: Coordinación de eventos · Azafatas/os y protocolo · Montaje
Oficina asignada: Tarragona

Una técnica de selección revisará tu perfil y te llamará para una breve entrevista telefónica. No es necesario que hagas nada más por ahora.

Recuerda que nunca te pediremos dinero por inscribirte ni por acceder a una oferta.

Tempora ETT – Oficina de Tarragona
Este es un mensaje automático, por favor no respondas a esta dirección.
"""),

    M(kind="application_received", slug="alcazar_taleo_no_individual_reply", lang="es",
      company="Grupo Hotelero Alcázar Sol", contact="",
      frm=("Alcázar Sol Talento", "no-reply@taleo.net"), name_enc=("iso-8859-1", "B"),
      key="alcazar-ack",
      subject="Confirmación de solicitud 2600417 – Coordinador de Eventos y Banquetes",
      date="2026-01-15 02:40 -0600", charset="iso-8859-1", cte="quoted-printable",
      headers=AUTO,
      text="""Estimado/a Guillermo Adeyemi-Castro:

Le confirmamos la recepción de su solicitud 2600417 para el puesto de Coordinador de Eventos y Banquetes (Madrid).

Debido al elevado número de candidaturas que recibimos, lamentablemente no podemos responder de forma individual a cada persona. Si su perfil se ajusta a los requisitos, el equipo de selección se pondrá en contacto con usted.

Le agradecemos su interés en formar parte de Grupo Hotelero Alcázar Sol.

Atentamente,
Departamento de Recursos Humanos
"""),

    M(kind="application_received", slug="gebrada_teamtailor", lang="es",
      company="Fundació Gebrada", contact="",
      frm=("Fundació Gebrada", "no-reply@teamtailor-mail.com"), key="gebrada-ack",
      subject="Gracias por tu interés en la Fundació Gebrada", date="2026-04-27 19:03 +0200",
      form="html", layout="ats", cte="base64", headers=AUTO,
      layout_opts={"brand": "Fundació Gebrada", "color": "#3c6e71",
                  "footer": "Teamtailor · Puedes retirar tu candidatura en cualquier momento."},
      text="""¡Hola, Guillermo!

Tu candidatura para Técnico/a de programación y públicos ha llegado bien. Gracias por pensar en nosotros.

Revisamos todas las candidaturas a mano, así que danos un par de semanas. Te escribiremos pase lo que pase.

Fundació Gebrada"""),

    M(kind="application_received", slug="feria_sonora_recruitee", lang="es",
      company="Feria Sonora Madrid", contact="",
      frm=("Feria Sonora Madrid", "no-reply@jobs.recruitee.com"), key="feria-ack",
      subject="Candidatura recibida: Coordinador/a de logística de artistas",
      date="2026-07-02 13:27 +0200", form="alt", layout="ats", headers=AUTO,
      layout_opts={"brand": "Feria Sonora Madrid", "color": "#c0392b"},
      text="""Hola Guillermo:

Hemos recibido tu candidatura para Coordinador/a de logística de artistas. ¡Gracias!

El proceso de selección se realizará durante julio. Solo contactaremos con las personas que pasen a la fase de entrevistas.

Equipo de Personas · Feria Sonora Madrid"""),

    M(kind="application_received", slug="portal_mar_cv_recibido", lang="es",
      company="Auditori Portal del Mar", contact="rosa.ventura@portaldelmar.example.es",
      frm=("Rosa Ventura", "rosa.ventura@portaldelmar.example.es"),
      subject="RE: Solicitud plaza técnico/a de sala (proceso 04/2026)",
      date="2026-04-03 08:59 +0200", reply_of="portal-own", form="alt", layout="outlook",
      text=f"""Buenos días:

Acusamos recibo de su CV y de la documentación para el proceso 04/2026. Su solicitud queda registrada con el número 17.

La lista de admitidos a la fase de valoración se publicará en la web del Auditori a partir del 20 de abril.

Cordialmente,

Rosa Ventura Llorens
Responsable de Personas
Auditori Portal del Mar · Moll de Costa s/n · 43004 Tarragona

{disclaimer("es", "portaldelmar.example.es")}
"""),

    M(kind="application_received", slug="lluerna_workable_fifteen_days", lang="es",
      company="Lluerna Produccions", contact="",
      frm=("Lluerna Produccions", "noreply@workablemail.com"), key="lluerna-ack",
      subject="Gracias por postularte a Técnico/a de producción", date="2026-08-10 11:18 +0000",
      form="alt", layout="ats", headers=AUTO,
      layout_opts={"brand": "Lluerna Produccions", "color": "#2f4858",
                  "footer": "Powered by Workable"},
      text="""Hola Guillermo,

Tu solicitud para Técnico/a de producción se ha enviado correctamente a Lluerna Produccions.

Si en un plazo de 15 días no recibes noticias nuestras, entiende que en esta ocasión no podremos contar con tu perfil. ¡Mucha suerte!

El equipo de Lluerna Produccions"""),

    M(kind="application_received", slug="meridiano_icims", lang="es",
      company="Ferias Meridiano", contact="",
      frm=("Ferias Meridiano – Talento", "ferias-meridiano@talent.icims.com"),
      key="meridiano-ack", subject="Ferias Meridiano: hemos recibido tu solicitud",
      date="2026-03-20 10:00 +0000", headers=AUTO, cte="quoted-printable",
      text="""Hola Guillermo:

Gracias por tu interés en Ferias Meridiano. Confirmamos que tu solicitud para Jefe/a de stand – temporada de ferias de otoño se ha enviado correctamente.

Número de requisición: 2026-1184
Fecha de envío: 20/03/2026

Puedes iniciar sesión en nuestro portal para revisar el estado de tu solicitud.

Talento y Cultura · Ferias Meridiano
"""),

    # ------------------------------------------------------------------ English (5)
    M(kind="application_received", slug="northgate_workday", lang="en",
      company="Northgate Hotel Group", contact="",
      frm=("Northgate Hotel Group", "northgate@myworkday.com"), key="ng-ack",
      subject="Thank you for applying: Events Operations Manager (JR-04417)",
      date="2026-01-20 08:31 -0800", headers=AUTO, form="alt", layout="ats",
      layout_opts={"brand": "Northgate Hotel Group", "color": "#1b2a41"},
      text="""Dear Guillermo,

Thank you for applying for Events Operations Manager (JR-04417) at Northgate Hotel Group. We have received your application.

Our Talent Acquisition team will review your experience against the requirements of the role. If you are shortlisted, a member of the team will be in touch.

You can track the status of your application in Candidate Home.

Kind regards,
Northgate Hotel Group Talent Acquisition"""),

    M(kind="application_received", slug="hollowmere_lever", lang="en",
      company="Hollowmere Festival", contact="",
      frm=("Hollowmere Festival", "no-reply@hire.lever.co"), key="hollowmere-ack",
      subject="Thanks for applying to Hollowmere Festival!", date="2026-03-11 21:04 +0000",
      headers=AUTO,
      text="""Hi Guillermo,

Thanks for your interest in the Site Operations Assistant role at Hollowmere Festival - your application is in!

We read every application ourselves, so it may take a couple of weeks to get back to you.

The Hollowmere crew
"""),

    M(kind="application_received", slug="tidewater_ashby", lang="en",
      company="Tidewater Events", contact="", frm=("Tidewater Events", "no-reply@ashbyhq.com"),
      key="tidewater-ack", subject="Application received - Senior Event Producer",
      date="2026-06-16 14:50 +0000", form="alt", layout="ats", headers=AUTO,
      layout_opts={"brand": "Tidewater Events", "color": "#15405c"},
      text="""Hi Guillermo,

We've received your application for Senior Event Producer at Tidewater Events.

Unfortunately we can't reply to every applicant personally, but rest assured that a real person on our team will review your application. If there's a match we'll reach out to arrange next steps.

Thanks,
Tidewater Events Recruiting"""),

    M(kind="application_received", slug="kestrel_bamboohr", lang="en",
      company="Kestrel Conference Centre", contact="",
      frm=("Kestrel Conference Centre", "notifications@app.bamboohr.com"), key="kestrel-ack",
      subject="Application Received: Conference Coordinator", date="2026-08-12 09:30 +0100",
      headers=AUTO,
      text="""Hello Guillermo,

Thank you for your interest in the Conference Coordinator position at Kestrel Conference Centre. This note confirms that your application and CV have been received.

We will be in touch if your qualifications match our needs.

People Team
Kestrel Conference Centre
"""),

    M(kind="application_received", slug="priory_registration", lang="en",
      company="Priory Talent Partners", contact="felix.hart@priorytalent.example.co.uk",
      frm=("Felix Hart", "felix.hart@priorytalent.example.co.uk"), key="priory-ack",
      subject="Welcome to Priory Talent Partners", date="2026-09-14 12:12 +0100",
      form="alt", layout="outlook", layout_opts={"lang": "EN-GB"},
      text=f"""Hi Guillermo,

Thanks for registering with us and for the call this morning. Your CV is now on our system and I've tagged you for production, venue and private-events roles in London.

As discussed, I'll only put you forward to a client after checking with you first. Expect to hear from me about the Arcadia Rooms brief in the next few days.

Best,
Felix

Felix Hart
Senior Consultant, Hospitality & Live
Priory Talent Partners | 5 Cloth Fair, London EC1A 7JQ
M: +44 7700 900 412

{disclaimer("en")}
"""),

    # ------------------------------------------------------------------ French (3)
    M(kind="application_received", slug="garonne_recruitee", lang="fr",
      company="Garonne Événements", contact="",
      frm=("Garonne Événements", "no-reply@jobs.recruitee.com"), key="garonne-ack",
      subject="Candidature reçue – Chargé·e de production événementielle",
      date="2026-02-09 17:33 +0100", form="html", layout="ats", headers=AUTO,
      layout_opts={"brand": "Garonne Événements", "color": "#b5432f"},
      text="""Bonjour Guillermo,

Merci ! Votre candidature au poste de chargé·e de production événementielle (Toulouse) a bien été enregistrée.

Notre équipe l'étudiera avec attention et reviendra vers vous dans les meilleurs délais.

À bientôt,
L'équipe Garonne Événements"""),

    M(kind="application_received", slug="occitanie_inscription", lang="fr",
      company="Intérim Occitanie Spectacle", contact="sandrine.pujol@interim-occitanie.example.fr",
      frm=("Sandrine Pujol", "sandrine.pujol@interim-occitanie.example.fr"),
      key="occitanie-ack", subject="Votre inscription chez Intérim Occitanie Spectacle",
      date="2026-08-24 10:20 +0200", charset="iso-8859-1", cte="quoted-printable",
      text="""Bonjour Guillermo,

Votre inscription est validée : nous avons bien reçu votre CV, votre pièce d'identité et votre RIB. Votre dossier intérimaire est complet.

Je vous contacterai dès qu'une mission ou un poste en CDD correspondant à votre profil (coordination d'événements, accueil artistes) se présentera dans l'Hérault.

Cordialement,
Sandrine Pujol
Chargée de recrutement
Intérim Occitanie Spectacle
22 avenue de Toulouse, 34070 Montpellier
"""),

    M(kind="application_received", slug="arceaux_bien_recu", lang="fr",
      company="Théâtre des Arceaux", contact="helene.marchetti@arceaux.example.fr",
      frm=("Hélène Marchetti", "helene.marchetti@arceaux.example.fr"), key="arceaux-ack",
      reply_of="arceaux-own", subject="Re: Candidature – régisseur d'accueil",
      date="2026-03-03 11:02 +0100",
      text="""Bonjour,

Nous avons bien reçu votre candidature et vous en remercions. Nous reviendrons vers vous rapidement.

H. Marchetti
Théâtre des Arceaux
"""),

    # ------------------------------------------------------------------ German (3)
    M(kind="application_received", slug="spreeblick_personio", lang="de",
      company="Spreeblick Events", contact="",
      frm=("Spreeblick Events GmbH", "noreply@personio.de"), key="spree-ack",
      subject="Eingangsbestätigung Ihrer Bewerbung", date="2026-04-07 16:41 +0200",
      form="alt", layout="ats", headers=AUTO,
      layout_opts={"brand": "Spreeblick Events", "color": "#004f6e"},
      text="""Sehr geehrter Herr Adeyemi-Castro,

vielen Dank für Ihre Bewerbung als Projektleiter Live-Events (m/w/d). Ihre Unterlagen sind vollständig bei uns eingegangen.

Wir prüfen Ihre Bewerbung sorgfältig und melden uns innerhalb der nächsten zwei Wochen bei Ihnen.

Mit freundlichen Grüßen
Ihr People-&-Culture-Team
Spreeblick Events GmbH"""),

    M(kind="application_received", slug="landwehr_softgarden", lang="de",
      company="Hotel Landwehr Berlin", contact="",
      frm=("Hotel Landwehr Berlin", "noreply@softgarden.io"), key="landwehr-ack",
      subject="Vielen Dank für Ihre Bewerbung!", date="2026-02-24 09:12 +0100",
      form="html", layout="ats", headers=AUTO, cte="quoted-printable",
      layout_opts={"brand": "Hotel Landwehr Berlin", "color": "#6c4f3d",
                  "footer": "softgarden e-recruiting · Datenschutz"},
      text="""Sehr geehrter Herr Adeyemi-Castro,

wir freuen uns über Ihr Interesse an der Position Veranstaltungskoordinator (m/w/d) und bestätigen den Eingang Ihrer Bewerbung.

Bitte haben Sie etwas Geduld, während wir alle Unterlagen sichten.

Freundliche Grüße
Ihr Recruiting-Team"""),

    M(kind="application_received", slug="havelland_successfactors", lang="de",
      company="Messe Havelland", contact="",
      frm=("Messe Havelland Karriere", "noreply@successfactors.eu"), key="havelland-ack",
      subject="Bestätigung: Bewerbung Projektassistenz Messebau (Req. 10482)",
      date="2026-05-07 05:02 +0000", headers=AUTO, charset="iso-8859-1",
      cte="quoted-printable",
      text="""Sehr geehrter Herr Adeyemi-Castro,

hiermit bestätigen wir den Eingang Ihrer Bewerbung für die Position Projektassistenz Messebau (Req. 10482).

Aufgrund der Vielzahl an Bewerbungen bitten wir um Verständnis, dass die Bearbeitung einige Wochen dauern kann. Wir bitten Sie, von Rückfragen zum Stand des Verfahrens abzusehen.

Mit freundlichen Grüßen
Ihre Personalabteilung
Messe Havelland GmbH

Diese E-Mail wurde automatisch erstellt.
"""),
]

OFFERS = [
    # ------------------------------------------------------------------ Spanish (5)
    M(kind="offer", slug="cierzo_verbal_followup", lang="es",
      company="Producciones Cierzo", contact="inigo.salaberri@cierzo.example.es",
      frm=("Íñigo Salaberri", "inigo.salaberri@cierzo.example.es"),
      name_enc=("iso-8859-1", "B"),
      cc=[("Lucía Ferrán", "lucia.ferran@cierzo.example.es")],
      reply_of="cierzo-move", subject="Lo que hablamos por teléfono",
      date="2026-08-20 19:15 +0200", form="alt", layout="simple",
      text="""Hola Guillermo:

Como te adelanté esta tarde por teléfono, queremos que seas nuestro jefe de producción de giras. Te resumo por escrito lo que hablamos:

- Contrato indefinido, incorporación el 1 de octubre.
- 34.000 € brutos anuales en 14 pagas, más dietas en gira.
- Base en Madrid, con unas 10 semanas al año de viaje.
- Periodo de prueba de seis meses.

Lucía te enviará el contrato esta semana. Si tienes cualquier duda, llámame directamente; me encantaría tener tu respuesta antes del día 28.

Un abrazo y bienvenido (espero),
Íñigo Salaberri
Director general · Producciones Cierzo
+34 639 20 48 17"""),

    M(kind="offer", slug="sarau_contract_signature", lang="es",
      company="Grup Sarau Events", contact="marc.roig@sarau.example.cat",
      frm=("Marc Roig", "marc.roig@sarau.example.cat"), reply_of="sarau-move",
      subject="Tu contrato con Sarau – para firmar", date="2026-07-27 10:30 +0200",
      cte="quoted-printable",
      attach=[{"type": "pdf", "filename": "Contrato_Adeyemi-Castro_Sarau.pdf", "lines": [
          "CONTRATO DE TRABAJO - Grup Sarau Events",
          "Trabajador: Guillermo Adeyemi-Castro",
          "Puesto: Coordinador de produccion de eventos",
          "Inicio: 1 de septiembre de 2026. Jornada completa.",
          "Salario bruto anual: 29.500 EUR en 14 pagas.",
          "Firma del trabajador: ______________________",
      ]}],
      text="""Hola Guillermo,

¡Lo del sábado fue un lujazo! El equipo salió encantado y ya está decidido: te queremos en Sarau como coordinador de producción.

Te adjunto el contrato. Revísalo con calma; si estás de acuerdo, fírmalo en todas las páginas y devuélvemelo escaneado antes del 5 de agosto. Empezarías el 1 de septiembre.

Cualquier cosa que quieras cambiar, lo hablamos.

Marc Roig
Director de producción · Grup Sarau Events
Rambla Nova 77, 43001 Tarragona · 977 21 39 50
"""),

    M(kind="offer", slug="tempora_client_palau", lang="es",
      company="Palau de Congressos Costa Daurada", contact="noelia.garrido@tempora.example.es",
      frm=("Noelia Garrido", "noelia.garrido@tempora.example.es"),
      subject="¡El Palau quiere contratarte!", date="2026-07-20 13:48 +0200",
      form="alt", layout="outlook",
      text=f"""Hola Guillermo:

Acabo de colgar con el Palau de Congressos Costa Daurada y el cliente quiere hacerte una oferta para el puesto de coordinador de congresos que entrevistaste la semana pasada.

Las condiciones que me trasladan:
- Contrato de puesta a disposición de 6 meses (septiembre a febrero), con intención de incorporarte después a plantilla.
- 1.950 € brutos al mes, jornada completa.
- Horario de lunes a viernes, con algunos fines de semana de congreso compensados.

Necesito tu respuesta antes del miércoles para confirmárselo al cliente. Llámame si quieres que lo repasemos.

Un saludo,
Noelia Garrido
Técnica de selección · Tempora ETT
Av. Roma 25, 43005 Tarragona · 977 55 10 82

{disclaimer("es", "tempora.example.es")}
"""),

    M(kind="offer", slug="muralla_formal_offer_pdf", lang="es",
      company="Hotel Muralla Girona", contact="laia.serra@hotelmuralla.example.es",
      frm=("Laia Serra", "laia.serra@hotelmuralla.example.es"), reply_of="muralla-move",
      subject="Oferta de empleo – Responsable de Eventos", date="2026-06-30 12:05 +0200",
      form="alt", layout="simple", cte="base64",
      attach=[{"type": "pdf", "filename": "Carta_oferta_Responsable_Eventos.pdf", "lines": [
          "Hotel Muralla Girona - Carta de oferta",
          "Girona, 30 de junio de 2026",
          "Estimado Sr. Guillermo Adeyemi-Castro:",
          "Nos complace ofrecerle el puesto de Responsable de Eventos.",
          "Retribucion: 31.000 EUR brutos anuales + variable del 8%.",
          "Fecha de incorporacion prevista: 1 de septiembre de 2026.",
          "Validez de la oferta: 10 dias naturales.",
      ]}],
      text="""Hola Guillermo:

Después de la entrevista con Joan y de revisar las referencias, nos complace ofrecerte el puesto de Responsable de Eventos del Hotel Muralla Girona.

Adjunto encontrarás la carta de oferta con el salario, la fecha de incorporación y las condiciones. Si la aceptas, devuélvenosla firmada y te enviaremos el contrato y la documentación para el alta.

La oferta es válida durante 10 días. Estoy a tu disposición para cualquier pregunta.

Un saludo,
Laia Serra
Recursos Humanos · Hotel Muralla Girona
Pujada de Sant Domènec 9, 17004 Girona · 972 41 86 30"""),

    M(kind="offer", slug="escenari_nou_welcome", lang="es",
      company="Escenari Nou", contact="marta.gili@escenarinou.example.cat",
      frm=("Marta Gili", "marta.gili@escenarinou.example.cat"), reply_of="escenari-inv",
      subject="Queremos que te sumes a Escenari Nou", date="2026-09-25 09:40 +0200",
      charset="iso-8859-1", cte="8bit",
      text="""Guillermo, buenos días:

Carme y yo lo tenemos claro después de la entrevista del martes 15: queremos que te sumes al equipo como productor del ciclo de danza.

Lo que te podemos ofrecer es un contrato de obra y servicio de octubre a junio, a media jornada (20 horas semanales), con 1.150 euros brutos al mes, y la posibilidad de programar tú mismo dos milongas en el foyer.

Sabemos que vives en Barcelona; los ensayos y funciones son casi siempre de jueves a sábado, así que se puede compaginar.

¿Qué te parece? Si te encaja, te preparamos el contrato esta misma semana.

Marta Gili
Coordinación · Escenari Nou
Plaça del Vi 3, 17004 Girona
"""),

    # ------------------------------------------------------------------ English (2)
    M(kind="offer", slug="northgate_offer_letter", lang="en",
      company="Northgate Hotel Group", contact="priya.raman@northgatehotels.example.co.uk",
      frm=("Priya Raman", "priya.raman@northgatehotels.example.co.uk"),
      reply_of="ng-thanks", subject="Offer of employment - Events Operations Manager",
      date="2026-02-20 16:45 +0000", form="alt", layout="outlook",
      layout_opts={"lang": "EN-GB"},
      attach=[{"type": "pdf", "filename": "Northgate_Offer_Letter_GAdeyemi-Castro.pdf",
               "lines": [
                   "Northgate Hotel Group - Offer of Employment",
                   "20 February 2026",
                   "Dear Guillermo Adeyemi-Castro,",
                   "We are delighted to offer you the position of Events Operations Manager.",
                   "Salary: GBP 42,000 per annum. Start date: 13 April 2026.",
                   "This offer is subject to right-to-work checks and two references.",
                   "Please sign and return by 27 February 2026.",
               ]}],
      text="""Dear Guillermo,

Further to my call this afternoon, I am delighted to confirm that we would like to offer you the position of Events Operations Manager at Northgate Kings Cross.

Your formal offer letter is attached, setting out salary, benefits and the proposed start date of 13 April. The offer is conditional on right-to-work checks and two satisfactory references.

Please sign and return the letter by Friday 27 February. Declan would be happy to have another call if you have any questions about the role.

Congratulations - the whole panel was impressed.

Kind regards,
Priya Raman
Talent Acquisition Partner | Northgate Hotel Group
1 Pancras Square, London N1C 4AG | +44 20 7946 0118"""),

    M(kind="offer", slug="beaumont_ravelin_offer", lang="en",
      company="Ravelin Festival", contact="oliver@beaumontsearch.example.co.uk",
      frm=("Oliver Beaumont", "oliver@beaumontsearch.example.co.uk"),
      reply_of="ravelin-move", subject="Ravelin - they want you!", date="2026-07-29 12:02 +0100",
      text=f"""Guillermo,

Just had Imogen on the phone: Ravelin Festival want to make you an offer for Head of Festival Production. Headline terms:

- 12-month fixed-term contract from 1 October, with a view to permanent
- £46k pro rata plus a £3k completion bonus after the 2027 festival
- Hybrid, with on-site weeks in June and July

The formal paperwork will come from their HR next week, but they wanted you to hear it first. Let's speak today - I'd like to talk through the relocation piece before you reply to them.

Congratulations, well deserved.

{signature("Oliver Beaumont | Founder", "Beaumont Search - Live Events & Culture", "+44 7700 900 733")}
"""),

    # ------------------------------------------------------------------ French (2)
    M(kind="offer", slug="lumiere_promesse_embauche", lang="fr",
      company="Agence Lumière d'Oc", contact="camille.roussel@lumieredoc.example.fr",
      frm=("Camille Roussel", "camille.roussel@lumieredoc.example.fr"),
      reply_of="lum-inv2", subject="Promesse d'embauche – Chef de projet événementiel",
      date="2026-05-29 15:10 +0200", form="alt", layout="outlook", layout_opts={"lang": "FR"},
      attach=[{"type": "pdf", "filename": "Promesse_embauche_Adeyemi-Castro.pdf", "lines": [
          "Agence Lumiere d'Oc - Promesse d'embauche",
          "Montpellier, le 29 mai 2026",
          "Poste : Chef de projet evenementiel (CDI, statut agent de maitrise)",
          "Remuneration : 2 450 EUR bruts mensuels sur 13 mois",
          "Date de prise de poste : 1er juillet 2026",
          "Bon pour accord, date et signature :",
      ]}],
      text="""Bonjour Guillermo,

J'ai le plaisir de vous confirmer que nous souhaitons vous accueillir au sein de l'agence en tant que chef de projet événementiel, en CDI.

Vous trouverez ci-joint la promesse d'embauche précisant la rémunération, la date de prise de poste et la période d'essai. Je vous remercie de nous la retourner signée, précédée de la mention « bon pour accord », avant le 8 juin.

Bastien et moi sommes ravis de cette issue et restons disponibles pour toute question, notamment sur votre installation à Montpellier.

Bien cordialement,

Camille Roussel
Responsable RH – Agence Lumière d'Oc
8 boulevard Sarrail, 34000 Montpellier
04 67 02 55 18"""),

    M(kind="offer", slug="occitanie_castelviel_proposition", lang="fr",
      company="Domaine de Castelviel", contact="sandrine.pujol@interim-occitanie.example.fr",
      frm=("Sandrine Pujol", "sandrine.pujol@interim-occitanie.example.fr"),
      reply_of="castelviel-move", subject="Domaine de Castelviel : proposition",
      date="2026-09-21 17:05 +0200", cte="quoted-printable",
      text="""Bonjour Guillermo,

Bonne nouvelle : Mme Vidal a été conquise et le client souhaite vous faire une proposition pour la coordination des mariages et séminaires.

Il s'agit d'une mission d'intérim du 1er octobre au 15 décembre, 35 heures par semaine, rémunérée 14,20 € brut de l'heure, indemnités de fin de mission et congés payés en sus. Un logement sur le domaine peut être mis à disposition pendant la mission.

Si vous êtes d'accord, je prépare le contrat de mission dès demain.

Cordialement,
Sandrine Pujol
Intérim Occitanie Spectacle
"""),

    # ------------------------------------------------------------------ German (1)
    M(kind="offer", slug="ackerhof_vertrag_unterschrift", lang="de",
      company="Kulturhaus Ackerhof", contact="friederike.wendt@ackerhof.example.de",
      frm=("Friederike Wendt", "friederike.wendt@ackerhof.example.de"),
      reply_of="acker-move", subject="Ihr Arbeitsvertrag – bitte unterschreiben",
      date="2026-09-18 10:00 +0200", form="alt", layout="simple", cte="quoted-printable",
      attach=[{"type": "pdf", "filename": "Arbeitsvertrag_Adeyemi-Castro.pdf", "lines": [
          "Kulturhaus Ackerhof gGmbH - Arbeitsvertrag",
          "zwischen dem Kulturhaus Ackerhof und Herrn Guillermo Adeyemi-Castro",
          "Taetigkeit: Produktionsleitung Tanz und Veranstaltungen",
          "Beginn: 1. November 2026, unbefristet, 39 Wochenstunden",
          "Verguetung: in Anlehnung an TV-L E9a",
          "Unterschrift Arbeitnehmer: ______________________",
      ]}],
      text="""Hallo Herr Adeyemi-Castro,

nach dem gelungenen Probearbeitstag freuen wir uns sehr, Ihnen die Stelle in der Produktionsleitung anbieten zu können.

Anbei erhalten Sie Ihren Arbeitsvertrag in zweifacher Ausfertigung. Bitte unterschreiben Sie beide Exemplare und schicken Sie uns eines bis zum 2. Oktober zurück, gern auch vorab als Scan.

Bei Fragen zum Vertrag oder zum Umzug nach Berlin rufen Sie mich einfach an.

Herzliche Grüße
Friederike Wendt
Leitung Produktion, Kulturhaus Ackerhof
Ackerstraße 170, 10115 Berlin · Tel. 030 440 12 33"""),
]

MESSAGES = RECEIVED + OFFERS
