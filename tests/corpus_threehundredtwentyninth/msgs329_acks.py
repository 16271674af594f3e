"""Acknowledgements of applications and offers outside the threads."""

from __future__ import annotations

from msgs329_common import html_paras, quote, sig, spec

SOFIA = ("Sofia Amaral", "sofia.amaral@vinhasystems.example.pt")
KATRIN = ("Katrin Obermaier", "katrin.obermaier@alpenblick-versicherung.example.de")
MATHILDE = ("Mathilde Roques", "mathilde.roques@lauragais-assurances.example.fr")

ALMUDENA_OWN = """Buenos días:

Les hago llegar mi candidatura para la posición de Técnico/a de Personas publicada en su web. \
Adjunto CV.

Un saludo,
Inmaculada Berrocal Quintana"""

MUTUA_ACK = """Estimada Inmaculada:

Le confirmamos la recepción de su candidatura para la posición HR Generalist (Madrid, \
Req. 26-0412). Gracias por su interés en Mutua Castellana de Seguros.

Debido al elevado volumen de solicitudes, no nos es posible responder de forma individual a \
cada candidatura. Si su perfil se ajusta a los requisitos, el equipo de Selección se pondrá en \
contacto con usted.

Atentamente,
Dirección de Recursos Humanos
Mutua Castellana de Seguros"""

CALEDONIAN_ACK = """Dear Inmaculada,

Thank you for applying for the HR Coordinator (R-11734) position at Caledonian Mutual.

This email confirms that we have received your application. Our recruitment team will review \
it against the requirements of the role. Due to the volume of applications we receive, we are \
unable to respond to every applicant individually; if you have not heard from us within four \
weeks, please assume that your application has not been successful on this occasion.

Kind regards,
Caledonian Mutual Talent Acquisition"""

VINHA_OFFER = f"""Hi Inmaculada,

It was a pleasure speaking with you again on Friday. On behalf of everyone at Vinha Systems, \
I'm delighted to offer you the position of HR Generalist, based in our Porto office (Rua de \
Cedofeita), reporting to our Head of People.

The attached offer letter sets out the details: a gross annual salary of EUR 32,000 paid in \
14 instalments, 25 days of holiday, health insurance and a relocation package of EUR 3,000. \
We'd love you to start on 4 May 2026.

Please let me know if you have any questions. If you're happy with everything, just reply to \
confirm and I'll send the contract through for signature.

Warm regards,
{sig("Sofia Amaral", "People Team", "Vinha Systems, Lda.", "Rua de Cedofeita 301, 4050-181 Porto",
     "+351 220 000 345")}"""

SPECS = [
    # ---------------------------------------------------------- acknowledgements
    spec(kind="application_received", mid="autoneo_ack", lang="es", company="Autoneo Ibérica",
         contact="", frm=("Autoneo Ibérica Careers", "autoneo@myworkday.com"),
         subject="Confirmación de solicitud - HR Specialist - Planta Valladolid (JR-30871)",
         date="2026-02-11 19:31 +0000",
         text="""Hola Inmaculada:

Gracias por postularte al puesto HR Specialist - Planta Valladolid (JR-30871) en Autoneo \
Ibérica. Hemos recibido tu solicitud correctamente.

¿Qué pasa ahora? Nuestro equipo de Talent Acquisition revisará tu candidatura. Puedes \
consultar su estado en cualquier momento en la sección "Mis solicitudes" de nuestro portal de \
empleo.

Saludos cordiales,
Talent Acquisition
Autoneo Ibérica""", html=html_paras("""Hola Inmaculada:

Gracias por postularte al puesto HR Specialist - Planta Valladolid (JR-30871) en Autoneo \
Ibérica. Hemos recibido tu solicitud correctamente.

¿Qué pasa ahora? Nuestro equipo de Talent Acquisition revisará tu candidatura. Puedes \
consultar su estado en cualquier momento en la sección "Mis solicitudes" de nuestro portal de \
empleo.

Saludos cordiales,
Talent Acquisition
Autoneo Ibérica""", "Autoneo Ibérica"), cte="base64"),
    spec(kind="application_received", mid="mutua_ack", lang="es",
         company="Mutua Castellana de Seguros", contact="",
         frm=("Mutua Castellana de Seguros", "mutuacastellana@taleo.net"),
         subject="Confirmación de recepción de candidatura", date="2026-04-27 10:02 +0000",
         text=MUTUA_ACK, charset="iso-8859-1"),
    spec(kind="application_received", mid="valdeduero_reg", lang="es",
         company="Junta Regional de Valdeduero", contact="",
         frm=("Registro Electrónico - Junta Regional de Valdeduero",
              "no-reply@valdeduero.example.es"),
         subject="Justificante de registro de su solicitud - TS-RRHH/2026/07",
         date="2026-06-19 23:48 +0200", cte="8bit",
         text="""JUSTIFICANTE DE PRESENTACIÓN

Número de registro: REG-2026-E-0481173
Fecha y hora: 19/06/2026 23:47:52
Interesada: BERROCAL QUINTANA, INMACULADA
Asunto: Solicitud de participación - Convocatoria de interinidad TS-RRHH/2026/07 (Técnico/a \
de Apoyo en Gestión de Personal)
Documentos anexos: 3

Su solicitud ha sido registrada correctamente y será tramitada por el órgano competente. Este \
justificante acredita la fecha de presentación a efectos del cómputo de plazos.

Este es un mensaje automático. No responda a este correo."""),
    spec(kind="application_received", mid="tramalia_ack", lang="es", company="Tramalia",
         contact="", frm=("Tramalia", "no-reply@teamtailor-mail.com"),
         subject="¡Hemos recibido tu candidatura! 🙌", date="2026-01-30 11:11 +0000",
         subject_enc=("b", "utf-8"),
         html=html_paras("""¡Hola Inmaculada!

Qué ilusión que quieras formar parte de Tramalia. Tu candidatura para Talent Acquisition \
Specialist ya está en nuestras manos.

Revisamos todas las candidaturas a mano, así que puede que tardemos un poquito. Te avisaremos \
en cuanto tengamos novedades, sean las que sean.

¡Gracias!
El equipo de People de Tramalia""", "Tramalia", "Powered by Teamtailor")),
    spec(kind="application_received", mid="frenos_ack", lang="es", company="Frenos Tordesillas",
         contact="", frm=("Frenos Tordesillas", "no-reply@smartrecruiters.com"),
         subject="Gracias por tu candidatura a Técnico/a de Selección",
         date="2026-05-11 07:40 +0000",
         text="""Hola Inmaculada,

Te confirmamos que hemos recibido tu candidatura para la posición Técnico/a de Selección en \
Frenos Tordesillas.

Nuestro equipo la revisará en los próximos días. Si tu perfil encaja, te contactaremos para \
los siguientes pasos.

Gracias por tu interés,
Talent Acquisition - Frenos Tordesillas"""),
    spec(kind="application_received", mid="almudena_ack", lang="es",
         company="Aseguradora Almudena", contact="teresa.gallardo@almudena-seguros.example.es",
         frm=("Teresa Gallardo Núñez", "teresa.gallardo@almudena-seguros.example.es"),
         subject="RE: Candidatura Técnico/a de Personas", parent="own_almudena_app",
         date="2026-07-27 09:14 +0200", charset="windows-1252", cte="quoted-printable",
         text=f"""Buenos días, Inmaculada:

Acuso recibo de su correo y de su CV para la posición de Técnico/a de Personas. Lo incorporamos \
al proceso, que está todavía en fase de recepción de candidaturas hasta final de mes.

Le mantendremos informada.

Un saludo,
Teresa Gallardo Núñez
Responsable de Selección · Aseguradora Almudena

{quote(ALMUDENA_OWN, "es", "dom, 26 jul 2026 a las 21:30",
       "Inmaculada Berrocal Quintana <inma.berrocal@example.es>")}"""),
    spec(kind="application_received", mid="tripeiro_ack", lang="en", company="Tripeiro Labs",
         contact="", frm=("Tripeiro Labs", "no-reply@hire.lever.co"),
         subject="Thanks for applying to Tripeiro Labs!", date="2026-01-22 12:00 +0000",
         text="""Hi Inmaculada,

Thanks for your interest in Tripeiro Labs! We've received your application for People Partner \
(Porto) and our team is reviewing it now.

We'll be in touch if your background is a good match for the role.

All the best,
Tripeiro Labs"""),
    spec(kind="application_received", mid="caledonian_ack", lang="en",
         company="Caledonian Mutual", contact="",
         frm=("Caledonian Mutual Recruitment", "caledonianmutual@myworkday.com"),
         subject="Application received: HR Coordinator (R-11734)", date="2026-07-30 22:05 +0100",
         text=CALEDONIAN_ACK, html=html_paras(CALEDONIAN_ACK, "Caledonian Mutual")),
    spec(kind="application_received", mid="ribeira_ack", lang="en", company="Saúde Ribeira",
         contact="", frm=("Saúde Ribeira", "notifications@bamboohr.com"),
         subject="We received your application", date="2026-07-16 09:25 +0100",
         text="""Hi Inmaculada,

Thank you for your interest in Saúde Ribeira. We have received your application for the HR \
Coordinator (International Recruitment) position.

Our hiring team will review your application and reach out if there's a potential fit.

Sincerely,
Saúde Ribeira Human Resources

This is an automated message from BambooHR. Replies to this address are not monitored."""),
    spec(kind="application_received", mid="nymphenburg_ack", lang="de",
         company="Nymphenburg Softwarehaus", contact="",
         frm=("Nymphenburg Softwarehaus", "noreply@personio.de"),
         subject="Eingangsbestätigung Ihrer Bewerbung", date="2026-03-05 16:44 +0100",
         text="""Hallo Inmaculada,

vielen Dank für Ihre Bewerbung als People & Culture Specialist (m/w/d)!

Hiermit bestätigen wir den Eingang Ihrer Unterlagen. Wir sehen uns Ihre Bewerbung in Ruhe an \
und melden uns so schnell wie möglich bei Ihnen.

Viele Grüße
Ihr People-Team von Nymphenburg Softwarehaus"""),
    spec(kind="application_received", mid="lechtal_ack", lang="de", company="Lechtal Automotive",
         contact="", frm=("Lechtal Automotive Recruiting", "noreply@successfactors.eu"),
         subject="Bewerbungseingang: Referent Personalgewinnung (m/w/d), Req. 58210",
         subject_enc=("q", "iso-8859-1"), date="2026-03-28 11:17 +0100", charset="iso-8859-1",
         cte="8bit",
         text="""Sehr geehrte Frau Berrocal Quintana,

wir bestätigen den Eingang Ihrer Bewerbung für die Position Referent Personalgewinnung \
(m/w/d), Req. 58210, und bedanken uns für Ihr Interesse an der Lechtal Automotive.

Aufgrund der hohen Anzahl an Bewerbungen bitten wir um etwas Geduld. Wir melden uns, sobald \
wir Ihre Unterlagen geprüft haben.

Mit freundlichen Grüßen
Human Resources
Lechtal Automotive SE

Diese Nachricht wurde automatisch erzeugt."""),
    spec(kind="application_received", mid="wuermtal_ack", lang="de", company="Würmtal Kliniken",
         contact="", frm=("Würmtal Kliniken", "jobs@recruitee.com"),
         subject="Danke für Ihre Bewerbung bei den Würmtal Kliniken",
         date="2026-08-24 13:31 +0000",
         html=html_paras("""Sehr geehrte Frau Berrocal Quintana,

herzlichen Dank für Ihre Bewerbung als HR Business Partner (m/w/d). Ihre Unterlagen sind \
vollständig bei uns eingegangen.

Wir prüfen alle Bewerbungen sorgfältig und melden uns innerhalb von drei Wochen bei Ihnen.

Freundliche Grüße
Personalabteilung der Würmtal Kliniken""", "Würmtal Kliniken")),
    spec(kind="application_received", mid="garonne_ack", lang="fr",
         company="Aérostructures Garonne", contact="",
         frm=("Aérostructures Garonne", "garonne@taleo.net"),
         subject="Accusé de réception de votre candidature", date="2026-02-06 08:03 +0100",
         charset="iso-8859-1",
         text="""Madame,

Nous accusons réception de votre candidature au poste de Gestionnaire RH (H/F) - Blagnac et \
vous remercions de l'intérêt que vous portez à Aérostructures Garonne.

Votre dossier va être étudié avec attention par nos équipes. Nous ne manquerons pas de revenir \
vers vous si votre profil correspond à nos attentes.

La Direction des Ressources Humaines

Ce message est généré automatiquement, merci de ne pas y répondre."""),
    spec(kind="application_received", mid="cartoucherie_ack", lang="fr",
         company="Cartoucherie Numérique", contact="",
         frm=("Cartoucherie Numérique", "noreply@workablemail.com"),
         subject="Candidature reçue - Talent Acquisition Specialist",
         date="2026-09-22 10:48 +0200", subject_enc=("q", "utf-8"),
         text="""Bonjour Inmaculada,

Merci d'avoir postulé au poste de Talent Acquisition Specialist chez Cartoucherie Numérique !

Nous avons bien reçu votre candidature. Notre équipe People & Culture l'examinera dans les \
prochains jours.

À bientôt,
L'équipe Cartoucherie Numérique"""),
    # ---------------------------------------------------------- offers
    spec(kind="offer", mid="pisuerga_verbal", lang="es", company="Seguros Pisuerga",
         contact="marta.esgueva@segurospisuerga.example.es",
         frm=("Marta Esgueva", "marta.esgueva@segurospisuerga.example.es"),
         cc=[("Lucía Marcos Gil", "lucia.marcos@segurospisuerga.example.es")],
         subject="Enhorabuena", date="2026-03-09 19:02 +0100",
         text="""Inma, buenas tardes:

Gracias por el caso práctico y por la conversación del miércoles. Te lo confirmo también por \
escrito: queremos que te incorpores a nuestro equipo de Personas como Técnica de Selección y \
Desarrollo. Lucía te enviará mañana la carta con las condiciones que hemos hablado.

Me alegro mucho. Bienvenida (casi) a Seguros Pisuerga.

Marta Esgueva
Directora de Personas
Seguros Pisuerga"""),
    spec(kind="offer", mid="nubeluz_contract", lang="es", company="Nubeluz Software",
         contact="laura.gimenez@nubeluz.example.es",
         frm=("Laura Giménez", "laura.gimenez@nubeluz.example.es"), parent="nubeluz_offer",
         subject="Tu oferta formal y contrato - Nubeluz Software", date="2026-05-09 10:30 +0200",
         text="""¡Hola Inma!

Soy Laura, de People Ops. Álvaro me ha pedido que te haga llegar la oferta formal y el \
contrato para que puedas revisarlos y firmarlos. Van adjuntos en PDF; si te parece bien, \
puedes firmarlos electrónicamente desde el enlace que te llegará de nuestra plataforma de \
firma, o devolvérmelos escaneados.

Cualquier duda sobre el contrato o la nómina, aquí me tienes.

Un abrazo,
Laura Giménez
People Operations · Nubeluz Software""",
         attach=[("Oferta_Nubeluz_Berrocal.pdf",
                  ["Nubeluz Software - Oferta de empleo", "Puesto: People & Talent Partner",
                   "Salario: 34.000 EUR brutos anuales + bonus", "Incorporacion: 1 de junio"]),
                 ("Contrato_Nubeluz_Berrocal.pdf",
                  ["Contrato de trabajo indefinido", "Nubeluz Software",
                   "Trabajadora: Inmaculada Berrocal Quintana"])]),
    spec(kind="offer", mid="vinha_verbal", lang="en", company="Vinha Systems",
         contact="rui.figueiredo@vinhasystems.example.pt",
         frm=("Rui Figueiredo", "rui.figueiredo@vinhasystems.example.pt"),
         subject="Great talking today", date="2026-03-20 18:15 +0000",
         text="""Hi Inmaculada,

Just a quick note after our call this afternoon. As I said on the phone, we'd very much like \
you to join Vinha Systems as our HR Generalist in Porto. Sofia will follow up with the formal \
offer letter early next week.

I hope you'll say yes - the team is excited.

Best,
Rui Figueiredo
COO, Vinha Systems"""),
    spec(kind="offer", mid="vinha_offer", lang="en", company="Vinha Systems",
         contact=SOFIA[1], frm=SOFIA, subject="Your offer from Vinha Systems",
         date="2026-03-23 11:40 +0000", text=VINHA_OFFER, html=html_paras(VINHA_OFFER),
         attach=[("Vinha_Systems_Offer_Letter.pdf",
                  ["Vinha Systems - Offer of Employment", "Position: HR Generalist (Porto)",
                   "Salary: EUR 32,000 gross per year", "Start date: 4 May 2026"])]),
    spec(kind="offer", mid="alpen_zusage", lang="de", company="Alpenblick Versicherung",
         contact="ulrike.brandl@alpenblick-versicherung.example.de",
         frm=("Dr. Ulrike Brandl", "ulrike.brandl@alpenblick-versicherung.example.de"),
         subject="Unsere Zusage", date="2026-09-10 17:48 +0200", charset="iso-8859-1",
         text="""Liebe Frau Berrocal Quintana,

wie soeben am Telefon besprochen, freue ich mich sehr, Ihnen die Stelle als \
Personalreferentin (m/w/d) in unserer Münchner Zentrale anzubieten. Wir bieten Ihnen ein \
Jahresbruttogehalt von 54.000 Euro, 30 Tage Urlaub und zwei Tage mobiles Arbeiten pro Woche.

Frau Obermaier schickt Ihnen in den nächsten Tagen den Arbeitsvertrag zu.

Herzliche Grüße
Dr. Ulrike Brandl
Leiterin Personal
Alpenblick Versicherung AG"""),
    spec(kind="offer", mid="alpen_vertrag", lang="de", company="Alpenblick Versicherung",
         contact=KATRIN[1], frm=KATRIN, parent="alpen_zusage",
         subject="Ihr Arbeitsvertrag zur Unterschrift", subject_enc=("b", "iso-8859-1"),
         date="2026-09-15 09:05 +0200",
         text="""Hallo Frau Berrocal Quintana,

anbei erhalten Sie Ihren Arbeitsvertrag in zweifacher Ausfertigung. Bitte unterschreiben Sie \
beide Exemplare und senden Sie uns eines bis zum 25. September zurück - gern vorab als Scan.

Wir freuen uns sehr auf die Zusammenarbeit ab dem 1. November!

Viele Grüße
Katrin Obermaier
Recruiting, Alpenblick Versicherung""",
         attach=[("Arbeitsvertrag_Berrocal_Quintana.pdf",
                  ["Arbeitsvertrag", "zwischen Alpenblick Versicherung AG und",
                   "Frau Inmaculada Berrocal Quintana", "Beginn: 1. November 2026"])]),
    spec(kind="offer", mid="lauragais_offer", lang="fr", company="Lauragais Assurances",
         contact=MATHILDE[1], frm=MATHILDE, subject="Proposition d'embauche",
         date="2026-04-24 15:12 +0200", charset="windows-1252", cte="8bit",
         text="""Bonjour Madame Berrocal Quintana,

À la suite de nos entretiens, j'ai le plaisir de vous confirmer que nous souhaitons vous \
proposer le poste de Chargée RH généraliste en CDI au sein de Lauragais Assurances, à Labège.

Vous trouverez ci-joint notre promesse d'embauche précisant la rémunération (36 000 € bruts \
annuels), le statut et la date de prise de poste envisagée (1er juin 2026). Nous vous \
remercions de nous faire part de votre réponse d'ici le 4 mai.

Au plaisir de vous accueillir,
Mathilde Roques
Chargée de recrutement - Lauragais Assurances""",
         attach=[("Promesse_embauche_Berrocal_Quintana.pdf",
                  ["Lauragais Assurances - Promesse d'embauche",
                   "Poste : Chargee RH generaliste (CDI)", "Remuneration : 36 000 EUR bruts",
                   "Prise de poste : 1er juin 2026"])]),
]
