# ruff: noqa: C408
"""Corpus 229: application_received (21) and offer (10), hand-written."""

from __future__ import annotations

from msgs229_common import (
    AUTO,
    ME,
    ats_card,
    outlook,
    pdf,
    reply,
)

ACK = "application_received"
OFF = "offer"

RAQUEL = ("Raquel Lanuza", "raquel.lanuza@almacenescierzo.example.es")
JORGE = ("Jorge Sanmartín | Temporalia", "jorge.sanmartin@temporalia.example.es")
INES = ("Inés Villalba", "ines.villalba@altamira-search.example.es")
BEGONA = ("Begoña Sáenz", "begona.saenz@calzadosriojaalta.example.es")
ELENA = ("Elena Moliner", "elena.moliner@ecomodatarazona.example.es")
SERGIO = ("Sergio Lahoz", "sergio.lahoz@mercadosdelicias.example.es")
AMARA = ("Amara Osei", "amara.osei@kestrelbeauty.example.co.uk")
OLIVER = ("Oliver Hayes", "oliver.hayes@marlowetalent.example.co.uk")
JULIEN = ("Julien Marty", "julien.marty@maisoncapitole.example.fr")
MATHIEU = ("Mathieu Laborde", "mathieu.laborde@interim-pyrenees.example.fr")

MESSAGES = [
    # ======================================================= application_received, es ====
    dict(
        kind=ACK, slug="cierzo_workday_ack", lang="es", company="Almacenes Cierzo",
        contact="", key="cierzo-ack",
        frm=("Almacenes Cierzo", "almacenescierzo@myworkday.com"),
        subject="Hemos recibido tu solicitud: Compradora/or junior cosmética (R-2026-0112)",
        date="2026-02-03 05:41 -0800",
        headers=AUTO,
        text="""Hola Ingrid:

Gracias por enviar tu solicitud para el puesto Compradora/or junior cosmética (R-2026-0112) en Almacenes Cierzo.

Nuestro equipo de selección revisará tu perfil en las próximas semanas. Puedes consultar el estado de tu solicitud en cualquier momento desde tu página de candidato.

Atentamente,
Selección Almacenes Cierzo

Este mensaje se ha generado desde Workday. No respondas a este correo.""",
        html=ats_card("Almacenes Cierzo", "#8a1538", "Solicitud recibida", """Hola Ingrid:

Gracias por enviar tu solicitud para el puesto Compradora/or junior cosmética (R-2026-0112) en Almacenes Cierzo.

Nuestro equipo de selección revisará tu perfil en las próximas semanas. Puedes consultar el estado de tu solicitud en cualquier momento desde tu página de candidato.

Atentamente,
Selección Almacenes Cierzo""", button=("Ir a mi página de candidato", "https://almacenescierzo.wd3.myworkday.com/cierzo/d/home.htmld"), footer="Este mensaje se ha generado desde Workday. No respondas a este correo.", lang="es"),
    ),
    dict(
        kind=ACK, slug="temporalia_registration", lang="es", company="Temporalia",
        contact=JORGE[1], key="temp-reg",
        frm=("Temporalia ETT", "no-reply@temporalia.example.es"),
        reply_to=JORGE,
        subject="Bienvenida a Temporalia: tu alta como candidata está completa",
        date="2026-01-14 18:06 +0100",
        text="""Hola, Ingrid:

Te confirmamos que tu registro en Temporalia se ha completado correctamente y que tu CV ya figura en nuestra bolsa de candidatos para la delegación de Zaragoza.

Tu consultor de referencia será Jorge Sanmartín, especializado en retail y gran consumo. Puedes contestar a este correo para hablar directamente con él.

Próximos pasos:
1. Revisa que tu disponibilidad y zona de trabajo sean correctas en el área privada.
2. Sube una copia de tu DNI y de tu tarjeta de la Seguridad Social si aún no lo has hecho.
3. Activa las alertas de ofertas de compras y logística.

Gracias por confiar en nosotros.

Temporalia ETT · Calle Alfonso I 17, 2ª planta · 50003 Zaragoza · Autorización administrativa n.º 50/0142/2009""",
        html="auto", cte="base64",
    ),
    dict(
        kind=ACK, slug="moncayo_smartrecruiters_no_individual_reply", lang="es", company="Tejidos Moncayo",
        contact="", key="mon-ack",
        frm=("Tejidos Moncayo", "no-reply@smartrecruiters.com"),
        subject="Gracias por tu candidatura a Tejidos Moncayo",
        date="2026-01-28 22:17 +0000",
        headers=AUTO,
        text="""Hola Ingrid,

Confirmamos la recepción de tu candidatura para el puesto de Técnico/a de Compras Textil (ref. TM-2026-014).

Lamentablemente, debido al elevado número de candidaturas que recibimos, no podemos responder a todas las personas individualmente. Si tu perfil encaja con lo que buscamos, nos pondremos en contacto contigo en un plazo aproximado de tres semanas.

Gracias por tu interés,
Departamento de Personas · Tejidos Moncayo""",
        html="auto",
    ),
    dict(
        kind=ACK, slug="llevant_teamtailor_received", lang="es", company="Textil Llevant",
        contact="", key="ll-ack",
        frm=("Textil Llevant", "no-reply@teamtailor-mail.com"),
        subject="¡Gracias por tu candidatura, Ingrid!",
        subject_enc=("utf-8", "b"),
        date="2026-04-09 20:44 +0200",
        headers=AUTO,
        html=ats_card("Textil Llevant", "#0b6e69", "Candidatura recibida", """¡Hola Ingrid!

Ya tenemos tu candidatura para Assistant Buyer Punto. Nuestro equipo la leerá con calma: aquí no filtramos solo por palabras clave.

Mientras tanto, puedes conocer cómo trabajamos en nuestro blog de equipo.""", button=("Conoce Textil Llevant", "https://llevant.example.es/equipo"), footer="Recibes este correo porque te inscribiste en una oferta de Textil Llevant a través de Teamtailor.", lang="es"),
    ),
    dict(
        kind=ACK, slug="vestidor_icims_cp1252", lang="es", company="El Vestidor Online",
        contact="", key="ev-ack",
        frm=("El Vestidor Online - Empleo", "vestidoronline@icims.com"),
        subject="Solicitud recibida - Comprador/a Junior Moda Mujer",
        subject_enc=("iso-8859-1", "b"),
        date="2026-06-01 10:12 -0400",
        headers=AUTO,
        charset="windows-1252", cte="quoted-printable",
        text="""Estimada Ingrid:

Hemos recibido correctamente su solicitud nº 48213 para el puesto “Comprador/a Junior Moda Mujer”.

El equipo de selección estudiará todas las candidaturas una vez cerrado el plazo de inscripción, el 15 de junio. Le informaremos del resultado por esta misma vía.

Un cordial saludo,
Equipo de Selección – El Vestidor Online

Este buzón no admite respuestas.""",
    ),
    dict(
        kind=ACK, slug="aneto_recruitee_received", lang="es", company="Deportes Aneto",
        contact="", key="da-ack",
        frm=("Deportes Aneto", "deportesaneto@jobs.recruitee.com"),
        subject="Hemos recibido tu candidatura - Buyer Junior Outdoor",
        date="2026-02-20 13:33 +0100",
        headers=AUTO,
        text="""¡Hola Ingrid!

Gracias por presentar tu candidatura para Buyer Junior Outdoor en Deportes Aneto. Nos ha llegado bien.

Revisaremos tu perfil y, si encaja, te escribiremos para organizar una entrevista.

Equipo de Deportes Aneto""",
    ),
    dict(
        kind=ACK, slug="delicias_personio_received", lang="es", company="Mercados Delicias",
        contact="", key="md-ack",
        frm=("Mercados Delicias", "noreply@personio.de"),
        subject="Confirmación de recepción: Auxiliar de Compras de Perfumería e Higiene",
        date="2026-08-11 08:02 +0200",
        headers=AUTO,
        text="""Hola Ingrid Achebe-Moreno,

Muchas gracias por tu solicitud para el puesto de Auxiliar de Compras de Perfumería e Higiene. Te confirmamos que la hemos recibido y que la estamos revisando.

Nos pondremos en contacto contigo lo antes posible.

Saludos cordiales
Tu equipo de Mercados Delicias""",
        html="auto", cte="base64",
    ),
    dict(
        kind=ACK, slug="hogar_estilo_human_cv_received", lang="es", company="Hogar Estilo Aragón",
        contact="seleccion.marta@hogarestilo.example.es", key="hea-ack", parent="hea-app",
        frm=("Marta Sus", "seleccion.marta@hogarestilo.example.es"),
        subject="RE: Candidatura Compradora de textil hogar - Ingrid Achebe-Moreno",
        date="2026-01-12 09:30 +0100",
        text=reply(
            """Buenos días, Ingrid:

Hemos recibido tu CV y la carta, muchas gracias. La vacante sigue abierta hasta finales de enero; cuando cerremos el plazo revisaremos todas las candidaturas y te diremos algo, sea cual sea el resultado.

Un saludo,
Marta Sus
Selección y Desarrollo · Hogar Estilo Aragón""",
            "es", "vie, 9 ene 2026 a las 20:52", ME,
            """Buenas tardes:

Os envío mi candidatura para el puesto de Compradora de textil hogar publicado en vuestra web. Adjunto mi CV y una carta de presentación.

Quedo a vuestra disposición.

Ingrid Achebe-Moreno"""),
        charset="iso-8859-1", cte="8bit",
    ),
    dict(
        kind=ACK, slug="laboral_norte_registration_logrono", lang="es", company="Laboral Norte",
        contact="ane.ibarra@laboralnorte.example.es",
        frm=("Ane Ibarra", "ane.ibarra@laboralnorte.example.es"),
        subject="Alta en Laboral Norte - delegación Logroño",
        subject_enc=("iso-8859-1", "q"),
        date="2026-08-18 11:55 +0200",
        charset="iso-8859-1", cte="quoted-printable",
        text="""Hola Ingrid:

Ya estás dada de alta en nuestra bolsa de empleo de la delegación de Logroño para puestos de comercio y compras en La Rioja.

Para poder presentarte a empresas cliente nos falta:
- copia del DNI por las dos caras,
- número de afiliación a la Seguridad Social,
- certificado de titulación (si lo tienes).

Me lo puedes enviar respondiendo a este correo.

Un saludo,
Ane Ibarra
Técnica de Selección · Laboral Norte ETT
Gran Vía 44, 1º · 26005 Logroño · 941 20 81 16""",
    ),
    dict(
        kind=ACK, slug="vilanova_successfactors_received", lang="es", company="Complementos Vilanova",
        contact="", key="cv-ack",
        frm=("Complementos Vilanova Careers", "careers@successfactors.eu"),
        subject="Gracias por su solicitud - Assistant Buyer Bolsos y Marroquinería (Req. 10442)",
        date="2026-07-02 14:21 +0000",
        headers=AUTO,
        text="""Estimada Sra. Achebe-Moreno:

Gracias por enviar su solicitud para el puesto Assistant Buyer Bolsos y Marroquinería (Req. 10442).

Su candidatura ha quedado registrada en nuestro sistema. Revisaremos su perfil y, si coincide con los requisitos, nos pondremos en contacto con usted.

Atentamente,
Talent Acquisition - Complementos Vilanova

Este es un mensaje automático enviado desde SAP SuccessFactors. No responda a este mensaje.""",
        html="auto",
    ),
    dict(
        kind=ACK, slug="lavanda_bamboohr_received", lang="es", company="Belleza Lavanda",
        contact="", key="bl-ack",
        frm=("Belleza Lavanda", "notifications@bamboohr.com"),
        subject="Belleza Lavanda ha recibido tu solicitud",
        date="2026-03-03 16:09 -0700",
        headers=AUTO,
        html=ats_card("Belleza Lavanda", "#6a4c93", "¡Gracias por tu solicitud!", """Hola Ingrid,

Gracias por tu interés en el puesto de Junior Buyer – Cuidado capilar en Belleza Lavanda (Madrid).

Hemos recibido tu solicitud y nuestro equipo la revisará con atención. Si tu perfil encaja, nos pondremos en contacto contigo para los siguientes pasos.

Un saludo,
Recursos Humanos de Belleza Lavanda""", footer="Powered by BambooHR", lang="es"),
    ),
    # ======================================================= application_received, en ====
    dict(
        kind=ACK, slug="hartwell_greenhouse_received", lang="en", company="Hartwell & Finch",
        contact="", key="hf-ack",
        frm=("Hartwell & Finch", "no-reply@greenhouse-mail.io"),
        subject="Thank you for applying to Hartwell & Finch",
        date="2026-04-07 21:32 +0100",
        headers=AUTO,
        text="""Hi Ingrid,

Thanks for applying for the Assistant Buyer, Womenswear role at Hartwell & Finch. Your application has been received and our team will review it shortly.

If your experience is a match, a member of our talent team will reach out to discuss next steps.

Best regards,
Hartwell & Finch Talent Team""",
        html="auto",
    ),
    dict(
        kind=ACK, slug="northgate_workday_received", lang="en", company="Northgate Fashion Group",
        contact="", key="ng-ack",
        frm=("Northgate Fashion Group", "northgate@myworkday.com"),
        subject="Application received - R-0077321 Buying Administrator",
        date="2026-03-12 03:58 -0700",
        headers=AUTO,
        html=ats_card("Northgate Fashion Group", "#222a44", "We've got your application", """Dear Ingrid,

Thank you for your interest in the Buying Administrator (R-0077321) role at Northgate Fashion Group. We confirm that your application has been submitted successfully.

You can track the progress of your application in your candidate home.

Kind regards,
Northgate Talent Acquisition""", button=("Candidate home", "https://northgate.example.co.uk/careers/home"), footer="This is an automated message. Please do not reply."),
    ),
    dict(
        kind=ACK, slug="loomhouse_workable_received", lang="en", company="Loomhouse",
        contact="", key="lh-ack",
        frm=("Loomhouse", "noreply@workablemail.com"),
        subject="Your application for Trainee Buyer (Home Textiles) at Loomhouse",
        date="2026-08-12 12:40 +0000",
        headers=AUTO,
        text="""Hi Ingrid,

Thank you for your interest in Loomhouse. We've received your application for the Trainee Buyer (Home Textiles) position and will be in touch if we'd like to take things further.

All the best,
The Loomhouse team

Powered by Workable""",
        cte="7bit",
    ),
    dict(
        kind=ACK, slug="kestrel_icims_cannot_reply_each", lang="en", company="Kestrel Beauty",
        contact="", key="kes-ack",
        frm=("Kestrel Beauty Careers", "kestrelbeauty@icims.com"),
        subject="We've received your application - Assistant Buyer, Haircare",
        date="2026-05-04 07:15 -0400",
        headers=AUTO,
        text="""Dear Ingrid,

Thank you for applying for the Assistant Buyer, Haircare position at Kestrel Beauty. This email confirms that your application has been received.

We receive a large number of applications and unfortunately we cannot reply to every applicant individually. If you are shortlisted, our talent team will contact you within 14 days.

Kind regards,
Kestrel Beauty Talent Acquisition""",
        html="auto",
    ),
    dict(
        kind=ACK, slug="marlowe_registration_confirmed", lang="en", company="Marlowe Talent Partners",
        contact=OLIVER[1], key="mar-reg",
        frm=OLIVER,
        subject="Great to speak today - you're registered with Marlowe",
        date="2026-05-12 18:20 +0100",
        text="""Hi Ingrid,

Great to speak earlier. Just confirming you're now registered with Marlowe Talent Partners and I've got your CV and salary expectations on file.

As discussed, I'll only put you forward for roles with your explicit go-ahead, and I'll focus on assistant buyer and merchandising assistant roles in beauty and fashion in London.

Speak soon,
Oliver

Oliver Hayes | Senior Consultant, Retail
Marlowe Talent Partners
5 Clerkenwell Green, London EC1R 0DE | M: +44 7700 900412

Marlowe Talent Partners is an employment agency. We process your personal data in line with our privacy notice.""",
        html="auto",
    ),
    # ======================================================= application_received, fr ====
    dict(
        kind=ACK, slug="capitole_teamtailor_recue", lang="fr", company="Maison Capitole",
        contact="", key="cap-ack",
        frm=("Maison Capitole", "no-reply@teamtailor-mail.com"),
        subject="Nous avons bien reçu votre candidature",
        subject_enc=("utf-8", "q"),
        date="2026-06-22 23:05 +0200",
        headers=AUTO,
        html=ats_card("Maison Capitole", "#9c1b1b", "Merci pour votre candidature", """Bonjour Ingrid,

Nous avons bien reçu votre candidature au poste d'assistante acheteuse prêt-à-porter femme et nous vous en remercions.

Malheureusement, nous ne pouvons pas répondre individuellement à chaque candidature. Si votre profil correspond à nos besoins, notre équipe RH vous contactera dans les prochaines semaines.

L'équipe Maison Capitole""", footer="Vous recevez cet e-mail car vous avez postulé via Teamtailor.", lang="fr"),
    ),
    dict(
        kind=ACK, slug="bearn_taleo_accuse_reception", lang="fr", company="Béarn Cosmétiques",
        contact="", key="bc-ack",
        frm=("Béarn Cosmétiques Recrutement", "bearn-cosmetiques@taleo.net", ("iso-8859-1", "b")),
        subject="Accusé de réception de votre candidature",
        subject_enc=("iso-8859-1", "q"),
        date="2026-03-17 13:49 +0100",
        headers=AUTO,
        charset="iso-8859-1", cte="quoted-printable",
        text="""Madame,

Nous accusons réception de votre candidature au poste d'Assistante achats packaging (réf. BC-0311) et vous remercions de l'intérêt que vous portez à notre entreprise.

Votre dossier va être étudié avec attention par nos équipes. Nous reviendrons vers vous dans les meilleurs délais.

Direction des Ressources Humaines
Béarn Cosmétiques - Zone Induspal, 64000 Pau

Merci de ne pas répondre à ce message automatique.""",
    ),
    dict(
        kind=ACK, slug="interim_pyrenees_inscription", lang="fr", company="Intérim Pyrénées",
        contact=MATHIEU[1], key="ip-reg",
        frm=MATHIEU,
        subject="Votre inscription chez Intérim Pyrénées",
        date="2026-08-24 16:15 +0200",
        text="""Bonjour Ingrid,

Suite à notre échange téléphonique, je vous confirme votre inscription dans notre agence de Pau. Votre CV est enregistré et je vais le présenter à des boutiques et enseignes de la région pour des postes d'assistante achats ou de responsable de rayon beauté.

Pour finaliser votre dossier, merci de m'envoyer une pièce d'identité et votre RIB.

À très bientôt,
Mathieu Laborde
Consultant recrutement - Intérim Pyrénées
8 cours Bosquet, 64000 Pau - 06 71 44 20 93""",
        html="auto", cte="base64",
    ),
    # ======================================================= application_received, de ====
    dict(
        kind=ACK, slug="neckarmode_personio_eingang", lang="de", company="Neckar Mode",
        contact="", key="nm-ack",
        frm=("Neckar Mode Recruiting", "noreply@personio.de"),
        subject="Eingangsbestätigung Deiner Bewerbung",
        subject_enc=("utf-8", "q"),
        date="2026-07-08 19:27 +0200",
        headers=AUTO,
        text="""Hallo Ingrid,

vielen Dank für Deine Bewerbung als Junior Einkäuferin (m/w/d) bei Neckar Mode. Wir haben Deine Unterlagen erhalten und melden uns, sobald wir sie gesichtet haben.

Viele Grüße
Dein Recruiting-Team von Neckar Mode""",
        html="auto",
    ),
    dict(
        kind=ACK, slug="lindenblatt_softgarden_eingang", lang="de", company="Lindenblatt Versand",
        contact="", key="lb-ack",
        frm=("Lindenblatt Versand Karriere", "no-reply@softgarden.io"),
        subject="Ihre Bewerbung ist bei uns eingegangen",
        date="2026-08-31 07:48 +0200",
        headers=AUTO,
        charset="iso-8859-1", cte="quoted-printable",
        text="""Sehr geehrte Frau Achebe-Moreno,

vielen Dank für Ihre Bewerbung als Einkaufsassistenz Beauty & Drogerie (Online-Shop) bei Lindenblatt Versand.

Ihre Unterlagen sind vollständig bei uns eingegangen. Bitte haben Sie Verständnis dafür, dass wir nicht jede Bewerbung individuell kommentieren können. Wir melden uns innerhalb der nächsten drei Wochen mit einer Rückmeldung zum weiteren Verlauf.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Lindenblatt Versand · Heilbronner Straße 190 · 70191 Stuttgart

Diese E-Mail wurde automatisch erstellt.""",
    ),
    # ======================================================= offer, es =====================
    dict(
        kind=OFF, slug="cierzo_offer_letter_pdf", lang="es", company="Almacenes Cierzo",
        contact=RAQUEL[1], key="cierzo-offer", parent="cierzo-thanks",
        frm=RAQUEL,
        subject="Propuesta de incorporación - Compradora junior cosmética",
        date="2026-03-05 13:15 +0100",
        text=outlook(
            """Hola Ingrid:

¡Enhorabuena! Después de la entrevista del día 24, el equipo de compras de perfumería ha decidido ofrecerte el puesto de Compradora junior de cosmética.

Te adjunto la carta con las condiciones: contrato de sustitución de seis meses con posibilidad de continuidad, jornada completa, 23.500 € brutos anuales y incorporación el 6 de abril. Tienes hasta el jueves 12 de marzo para darnos una respuesta.

Si quieres comentar cualquier punto, llámame cuando quieras.

Un abrazo,

Raquel Lanuza Gil
Técnica de Selección · Almacenes Cierzo
Paseo de la Independencia 22 · 50004 Zaragoza
Tel. 976 214 560 · Ext. 318""",
            "es", "Ingrid Achebe-Moreno <ingrid.am@example.es>", "martes, 24 de febrero de 2026 19:40",
            "Raquel Lanuza Gil", "Gracias por la entrevista",
            """Hola Raquel:

Gracias a Álvaro y a ti por la entrevista de hoy. Salí con muchas ganas de trabajar con el equipo de perfumería.

Un saludo,
Ingrid"""),
        html="auto",
        attach=[pdf("Carta_oferta_Almacenes_Cierzo.pdf", [
            "Almacenes Cierzo - Carta de oferta",
            "Zaragoza, 5 de marzo de 2026",
            "Sra. Ingrid Achebe-Moreno",
            "Puesto: Compradora junior de cosmética (sustitución, 6 meses)",
            "Retribución: 23.500 € brutos anuales en 14 pagas",
            "Fecha de incorporación: 6 de abril de 2026",
            "Plazo de aceptación: 12 de marzo de 2026",
        ], title="Carta de oferta")],
    ),
    dict(
        kind=OFF, slug="altamira_client_wants_to_offer", lang="es", company="Galerías Castellana",
        contact=INES[1], key="alt-offer", parent="alt-resch",
        frm=INES,
        subject="¡Galerías Castellana quiere hacerte una oferta!",
        subject_enc=("utf-8", "b"),
        date="2026-04-15 11:37 +0200",
        text="""¡Ingrid!

Te escribo rápido porque me acaban de llamar: el cliente quiere hacerte una oferta para el puesto de Assistant Buyer de Belleza y Cuidado Personal.

Lo que me han avanzado por teléfono: contrato indefinido, 27.000 € brutos más un 8 % de variable, ayuda de traslado a Madrid de 2.000 € y entrada a mediados de mayo. La carta formal te la mandará su equipo de RR. HH. en cuanto tengamos tu visto bueno verbal.

¿Te llamo a las 13:00 y lo hablamos con calma?

Inés Villalba
Senior Consultant · Altamira Search
Calle de Fortuny 9 · 28010 Madrid · +34 620 118 734""",
        html="auto",
    ),
    dict(
        kind=OFF, slug="riojaalta_contract_for_signature", lang="es", company="Calzados Rioja Alta",
        contact=BEGONA[1], key="cra-offer", parent="cra-resch",
        frm=BEGONA,
        subject="Tu contrato para firmar",
        date="2026-09-18 10:02 +0200",
        text="""Hola Ingrid:

Como te adelanté el miércoles al terminar la jornada de prueba, queremos que te incorpores como Ayudante de Compras. Te adjunto el contrato para que lo revises con calma.

Si todo está bien, fírmalo en las páginas marcadas y devuélvemelo escaneado antes del 25 de septiembre. La incorporación sería el 1 de octubre, de 9:00 a 17:00, en el almacén de Cascajos.

Bienvenida al equipo,
Begoña Sáenz
Responsable de Compras · Calzados Rioja Alta
Calle Portales 31 · 26001 Logroño · 941 25 77 03""",
        charset="iso-8859-1", cte="quoted-printable",
        attach=[pdf("Contrato_Ayudante_Compras_Achebe-Moreno.pdf", [
            "Calzados Rioja Alta - Contrato de trabajo",
            "Trabajadora: Ingrid Achebe-Moreno",
            "Categoría: Ayudante de Compras",
            "Inicio: 1 de octubre de 2026 - Jornada completa",
            "Salario: 21.800 € brutos anuales",
            "Firma de la trabajadora: ____________________",
        ], title="Contrato de trabajo")],
    ),
    dict(
        kind=OFF, slug="ecomoda_verbal_offer_followup", lang="es", company="Ecomoda Tarazona",
        contact=ELENA[1], key="et-offer", parent="et-missed",
        frm=ELENA,
        subject="Lo que hablamos ayer por teléfono",
        date="2026-10-20 09:44 +0200",
        text=reply(
            """Hola Ingrid:

Te resumo por escrito lo que te propuse ayer por teléfono, después de tu presentación del caso (¡que nos encantó!):

- Puesto: Compradora de Moda Sostenible, a media jornada los seis primeros meses y a jornada completa a partir de abril.
- Salario: 1.150 € brutos al mes a media jornada.
- Teletrabajo tres días por semana; los otros dos en el almacén de Tarazona.
- Inicio: 2 de noviembre.

Si te encaja, contéstame con un «sí» y preparo el contrato con la gestoría.

Elena""",
            "es", "mié, 7 oct 2026 a las 16:40", ELENA,
            """Esta tarde a las 16:00 estuvimos Nacho y yo en la sala de la videollamada para que nos presentaras el caso de la cápsula de punto, pero no llegaste a entrar."""),
        charset="windows-1252", cte="8bit",
    ),
    dict(
        kind=OFF, slug="delicias_offer_pdf_base64", lang="es", company="Mercados Delicias",
        contact=SERGIO[1], key="md-offer", parent="md-resch",
        frm=SERGIO,
        subject="Oferta de empleo - Auxiliar de Compras de Perfumería e Higiene",
        date="2026-09-15 12:50 +0200",
        text="""Estimada Ingrid:

Tras la jornada de evaluación y la entrevista con Marisa Gállego, jefa de compras, tenemos el placer de ofrecerte el puesto de Auxiliar de Compras de Perfumería e Higiene.

En el documento adjunto encontrarás las condiciones: contrato indefinido con periodo de prueba de dos meses, 22.400 € brutos anuales, jornada de lunes a viernes e incorporación el 5 de octubre.

Te agradeceríamos una respuesta antes del 22 de septiembre.

Un cordial saludo,
Sergio Lahoz
Técnico de Selección · Mercados Delicias
Avda. de Madrid 215 · 50017 Zaragoza · Tel. 976 341 870""",
        cte="base64",
        attach=[pdf("Propuesta_contratación_Mercados_Delicias.pdf", [
            "Mercados Delicias - Propuesta de contratación",
            "Candidata: Ingrid Achebe-Moreno",
            "Puesto: Auxiliar de Compras de Perfumería e Higiene",
            "Contrato indefinido - periodo de prueba de 2 meses",
            "Retribución: 22.400 € brutos anuales",
            "Incorporación: 5 de octubre de 2026",
        ], title="Propuesta de contratación", filename_utf8=True)],
    ),
    dict(
        kind=OFF, slug="lasarmas_verbal_offer", lang="es", company="Mercería Las Armas",
        contact="conchi@merceria-lasarmas.example.es",
        frm=("Conchi Royo", "conchi@merceria-lasarmas.example.es"),
        subject="lo del puesto",
        date="2026-05-29 20:15 +0200",
        text="""Ingrid, bonica:

Como te dije esta mañana por teléfono, el puesto es tuyo si lo quieres: llevarías conmigo las compras de lanas, botonería y complementos para la tienda y la web, veinticinco horas a la semana y 1.050 € al mes para empezar. En septiembre revisamos.

Piénsatelo el fin de semana y el lunes me dices algo. Me haría mucha ilusión.

Conchi
Mercería Las Armas · C/ Las Armas 24 · Zaragoza · 976 29 40 58""",
        cte="8bit",
    ),
    # ======================================================= offer, en =====================
    dict(
        kind=OFF, slug="kestrel_offer_letter", lang="en", company="Kestrel Beauty",
        contact=AMARA[1], key="kes-offer", parent="kes-resch",
        frm=AMARA,
        subject="Offer of employment - Assistant Buyer, Haircare",
        date="2026-06-12 17:02 +0100",
        text="""Dear Ingrid,

Following the assessment centre on 9 June, I'm delighted to offer you the position of Assistant Buyer, Haircare at Kestrel Beauty.

Your offer letter is attached. In summary: a permanent, full-time contract based at our London head office, a starting salary of £31,500 per annum, 25 days' holiday plus bank holidays, and a relocation allowance of £2,500. We'd propose a start date of 1 September, subject to right-to-work checks and references.

Please let me know by 19 June whether you'd like to accept. I'm very happy to arrange a call with our Head of Buying if you have questions.

Warm regards,
Amara Osei
Talent Acquisition Partner | Kestrel Beauty
18 Tabernacle Street, London EC2A 4BN | +44 20 3880 1274""",
        html="auto",
        attach=[pdf("Kestrel_Beauty_Offer_Letter_IAM.pdf", [
            "Kestrel Beauty - Offer of Employment",
            "12 June 2026",
            "Dear Ingrid Achebe-Moreno,",
            "Position: Assistant Buyer, Haircare",
            "Salary: GBP 31,500 per annum",
            "Start date: 1 September 2026 (subject to checks)",
            "Please sign and return by 19 June 2026.",
        ], title="Offer of Employment")],
    ),
    dict(
        kind=OFF, slug="marlowe_client_wants_offer", lang="en", company="Sable Street",
        contact=OLIVER[1], key="mar-offer", parent="mar-resch",
        frm=OLIVER,
        subject="Sable Street - they want to make you an offer!",
        date="2026-06-24 12:08 +0100",
        text="""Hi Ingrid,

Fantastic news: Sable Street have just called me and the client wants to make you an offer for the Assistant Buyer, Beauty & Wellness role.

Headline numbers: £30,000 base, 10% bonus, hybrid (three days in Shoreditch), start date flexible from August. Hattie was particularly impressed by your point about refillable haircare.

The written offer will come from their HR once you've given me a verbal yes. Can we speak this afternoon? Any time after 3pm works.

Oliver

Oliver Hayes | Senior Consultant, Retail
Marlowe Talent Partners | M: +44 7700 900412""",
    ),
    # ======================================================= offer, fr =====================
    dict(
        kind=OFF, slug="capitole_promesse_embauche", lang="fr", company="Maison Capitole",
        contact=JULIEN[1], key="cap-offer", parent="cap-resch",
        frm=JULIEN,
        subject="Proposition d'embauche - Assistante acheteuse prêt-à-porter femme",
        subject_enc=("iso-8859-1", "b"),
        date="2026-07-24 15:30 +0200",
        text="""Bonjour Madame Achebe-Moreno,

Nous avons le plaisir de vous proposer le poste d'assistante acheteuse prêt-à-porter femme au sein de Maison Capitole.

Vous trouverez ci-joint la promesse d'embauche précisant les conditions : CDI à temps plein, rémunération annuelle brute de 28 000 euros, prise de poste le 1er septembre 2026 à Toulouse.

Nous vous remercions de nous retourner le document signé avant le 31 juillet.

Dans l'attente de votre retour, je vous prie d'agréer mes salutations distinguées.

Julien Marty
Responsable RH - Maison Capitole
4 place du Capitole - 31000 Toulouse - 05 34 41 20 18""",
        charset="iso-8859-1", cte="quoted-printable",
        attach=[pdf("Promesse_embauche_Maison_Capitole.pdf", [
            "Maison Capitole - Promesse d'embauche",
            "Toulouse, le 24 juillet 2026",
            "Madame Ingrid Achebe-Moreno",
            "Poste : Assistante acheteuse prêt-à-porter femme (CDI)",
            "Rémunération : 28 000 € bruts annuels",
            "Prise de poste : 1er septembre 2026",
        ], title="Promesse d'embauche")],
    ),
    # ======================================================= offer, de =====================
    dict(
        kind=OFF, slug="lindenblatt_vertragsangebot", lang="de", company="Lindenblatt Versand",
        contact="henrik.vogel@lindenblatt-versand.example.de", key="lb-offer", parent="lb-ack",
        frm=("Henrik Vogel", "henrik.vogel@lindenblatt-versand.example.de"),
        subject="Vertragsangebot Einkaufsassistenz Beauty & Drogerie",
        date="2026-10-02 14:45 +0200",
        text="""Sehr geehrte Frau Achebe-Moreno,

nach den beiden Gesprächen mit Frau Schuster und mir freuen wir uns sehr, Ihnen die Stelle als Einkaufsassistenz Beauty & Drogerie in unserem Online-Shop anbieten zu können.

Im Anhang finden Sie unser Vertragsangebot: unbefristete Anstellung in Vollzeit, Jahresbruttogehalt 41.000 €, 30 Urlaubstage, zwei Tage mobiles Arbeiten pro Woche, Beginn am 1. Dezember 2026. Bei der Wohnungssuche in Stuttgart unterstützt Sie unser Relocation-Partner.

Wir würden uns über Ihre Zusage bis zum 12. Oktober freuen.

Mit freundlichen Grüßen
Henrik Vogel
Teamleitung Einkauf Beauty
Lindenblatt Versand · Heilbronner Straße 190 · 70191 Stuttgart
Tel. +49 711 9381 552""",
        html="auto",
        attach=[pdf("Vertragsangebot_Lindenblatt.pdf", [
            "Lindenblatt Versand - Vertragsangebot",
            "Stuttgart, 2. Oktober 2026",
            "Frau Ingrid Achebe-Moreno",
            "Position: Einkaufsassistenz Beauty & Drogerie",
            "Gehalt: 41.000 EUR brutto jährlich",
            "Beginn: 1. Dezember 2026",
        ], title="Vertragsangebot")],
    ),
]
