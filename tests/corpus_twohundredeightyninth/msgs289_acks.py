"""Corpus 289, acknowledgements and offers: 21 application_received and 10 offer specs."""

from __future__ import annotations

from msgs289_common import (
    AUTO_GENERATED,
    CAND,
    ats_card,
    mso,
    outlook_html,
    paras,
    quote,
    simple_html,
    wrote,
)

MESSAGES: list[dict] = []


def ack(**spec: object) -> None:
    MESSAGES.append(dict(kind="application_received", **spec))


def offer(**spec: object) -> None:
    MESSAGES.append(dict(kind="offer", **spec))


# ================================================================== received, Spanish

_DUERO_ACK = """\
Hola Joaquín,

¡Gracias por presentar tu candidatura a Planificador/a de Tráfico en Paquetería Duero
Exprés!

Hemos recibido tu CV y tu carta. Nuestro equipo de selección revisará tu perfil en las
próximas dos semanas y, si encaja con lo que buscamos, te contactaremos para el
siguiente paso.

Mientras tanto, puedes consultar el estado de tu candidatura en tu área personal.

Un saludo,
Equipo de Selección · Paquetería Duero Exprés
"""

ack(
    id="t1_ack", slug="duero_teamtailor_thanks", lang="es",
    company="Paquetería Duero Exprés", contact="",
    frm=("Paquetería Duero Exprés", "no-reply@teamtailor-mail.com"), name_enc=("iso-8859-1", "Q"),
    date="2026-02-03 22:14 +0100", headers=AUTO_GENERATED,
    subject="Hemos recibido tu candidatura: Planificador/a de Tráfico",
    text=_DUERO_ACK + "\nPowered by Teamtailor\n",
    html=ats_card("Paquetería Duero Exprés", "¡Gracias por tu candidatura!", paras(_DUERO_ACK),
                  "Powered by Teamtailor", color="#c62828",
                  button=("Ver mi candidatura", "https://empleo.duero-expres.example.es/connect")),
)

_CIBELES_ACK = """\
Hola, Joaquín:

Gracias por tu interés en Mensajería Cibeles. Confirmamos que hemos recibido tu
solicitud para el puesto de Coordinador/a de Tráfico (R-04471), Coslada.

Recibimos un número muy elevado de candidaturas y, lamentablemente, no podemos responder
a cada persona de forma individual. Si tu perfil avanza en el proceso, te contactaremos
a través de este portal o por teléfono.

Puedes revisar el estado de tu solicitud en cualquier momento desde la sección
«Mis solicitudes».

Atentamente,
Equipo de Adquisición de Talento
Mensajería Cibeles
"""

ack(
    id="cibeles_ack", slug="cibeles_workday_cannot_reply_individually", lang="es",
    company="Mensajería Cibeles", contact="",
    frm=("Mensajería Cibeles", "mensajeriacibeles@myworkday.com"),
    date="2026-03-03 21:40 +0000", headers=AUTO_GENERATED,
    subject="Solicitud recibida: Coordinador/a de Tráfico (R-04471)",
    text=_CIBELES_ACK,
    html=ats_card("Mensajería Cibeles · Empleo", "Solicitud recibida", paras(_CIBELES_ACK),
                  "Mensaje automático de Workday. No respondas a esta dirección.",
                  color="#b3122e"),
    html_cte="base64",
)

ack(
    id="pisuerga_ack", slug="pisuerga_smartrecruiters_html_only", lang="es",
    company="Supermercados Pisuerga", contact="",
    frm=("Supermercados Pisuerga", "noreply@smartrecruiters.com"),
    date="2026-04-08 19:55 +0200", headers=AUTO_GENERATED,
    subject="Gracias por tu solicitud - Técnico/a de Expediciones",
    html=ats_card(
        "Supermercados Pisuerga",
        "Solicitud enviada correctamente",
        paras("""\
Hola Joaquín,

Tu solicitud para Técnico/a de Expediciones - Plataforma de Cabezón se ha enviado
correctamente.

¿Qué pasa ahora? El equipo de selección revisa todas las candidaturas al cerrar la
oferta, el 17 de abril. Si tu perfil se ajusta, nos pondremos en contacto contigo para
la siguiente fase.

Gracias por pensar en nosotros."""),
        "Enviado a través de SmartRecruiters. No respondas a este mensaje.",
        color="#2e7d32",
    ),
)

ack(
    id="t6_ack", slug="ett_registration_confirmed", lang="es",
    company="Talento Temporal", contact="nerea.fidalgo@talentotemporal.example.es",
    frm=("Nerea Fidalgo", "nerea.fidalgo@talentotemporal.example.es"),
    date="2026-01-14 11:32 +0100",
    subject="Alta en Talento Temporal - delegación de León",
    text="""\
Hola Joaquín:

Te confirmo que ya estás dado de alta en nuestra base de candidatos de la delegación de
León, con los datos que nos dejaste ayer en la oficina: disponibilidad inmediata,
carné B y moto propia, interés en puestos de tráfico, rutas y expediciones.

He guardado tu CV y la copia del certificado de la formación en carretillas. Cuando
entre una oferta que encaje contigo te llamaré antes de presentarte a ninguna empresa.

Un saludo,
Nerea Fidalgo
Consultora de selección
Talento Temporal ETT - Delegación León
C/ Ordoño II 40, 24001 León · 987 20 44 61

Talento Temporal ETT, S.L. es responsable del tratamiento de sus datos con la finalidad
de gestionar su candidatura. Puede ejercer sus derechos de acceso, rectificación y
supresión escribiendo a protecciondatos@talentotemporal.example.es.
""",
)

ack(
    id="t5_ack", slug="arlanzon_hospital_registry_receipt_pdf", lang="es",
    company="Hospital Comarcal del Arlanzón", contact="",
    frm=("Registro electrónico HCA", "no-responder@hcarlanzon.example.es"),
    date="2026-03-20 08:02 +0100", headers=AUTO_GENERATED,
    subject="Justificante de registro de solicitud - PS 12/2026",
    text="""\
Su solicitud ha quedado registrada correctamente.

Número de registro: E-2026-004812
Fecha y hora: 20/03/2026 08:01:47
Procedimiento: Proceso de selección 12/2026 - Técnico/a de coordinación de transporte
sanitario
Interesado: HERRERA-LINDGREN, JOAQUÍN

Se adjunta el justificante en PDF. Este mensaje se genera automáticamente; por favor, no
responda a esta dirección.
""",
    cte="quoted-printable",
    pdfs=[{
        "filename": "Justificante_E-2026-004812.pdf",
        "title": "Justificante de registro E-2026-004812",
        "lines": [
            "Hospital Comarcal del Arlanzón - Registro electrónico",
            "Procedimiento: PS 12/2026",
            "Interesado: Joaquín Herrera-Lindgren",
            "Documentos aportados: solicitud, CV, vida laboral",
            "Fecha de registro: 20/03/2026 08:01:47",
        ],
    }],
)

_IBERCARGO_ACK = """\
Hola Joaquín,

Gracias por postularte al puesto de Dispatcher en nuestro hub de San Fernando de
Henares. Tu candidatura nos ha llegado bien.

Revisamos cada solicitud a mano, así que puede que tardemos algo en darte noticias. Si
avanzas en el proceso, alguien del equipo de Talento se pondrá en contacto contigo.

Un saludo,
Ibercargo
"""

ack(
    id="ibercargo_ack", slug="ibercargo_lever_application_in", lang="es",
    company="Ibercargo", contact="",
    frm=("Ibercargo", "no-reply@hire.lever.co"),
    date="2026-08-03 23:10 +0200", headers=AUTO_GENERATED,
    subject="Ibercargo - hemos recibido tu candidatura",
    text=_IBERCARGO_ACK,
    html=simple_html(paras(_IBERCARGO_ACK)),
)

_MESETA_APPLY = """\
Buenos días:

Os escribo por el anuncio de despacho de conductores publicado en el portal de empleo.
Llevo cuatro años como repartidor en Valladolid y conozco bien la provincia. Os adjunto
mi CV.

Un saludo,
Joaquín Herrera-Lindgren
"""

ack(
    id="meseta_ack", slug="meseta_human_got_your_cv", lang="es",
    company="Autocares Meseta", contact="fcalvo@autocaresmeseta.example.es",
    frm=("Fernando Calvo", "fcalvo@autocaresmeseta.example.es"),
    date="2026-01-09 09:18 +0100", parent="meseta_apply",
    subject="RE: Candidatura despacho de conductores",
    text="""\
Buenos días, Joaquín:

Recibido tu CV, gracias. Estamos recogiendo candidaturas hasta final de mes y luego
llamaremos a unas cuantas personas. Ya te diré algo.

Fernando Calvo
Gerencia · Autocares Meseta
983 23 67 09

""" + wrote("es", "jue, 8 ene 2026 a las 21:37", CAND[0], CAND[1]) + "\n" + quote(_MESETA_APPLY),
)

_CASTELLANA_ACK = """\
¡Hola Joaquín!

Gracias por tu interés en Rápido Castellana. Hemos recibido tu candidatura para
Operador/a de Sala de Control (turno de tarde).

Revisaremos tu perfil con calma y te escribiremos en cuanto tengamos novedades. Mientras
tanto, puedes conocer cómo trabajamos en nuestra página de empleo.

¡Un saludo!
Equipo de Personas · Rápido Castellana
"""

ack(
    id="castellana_ack", slug="castellana_teamtailor_received", lang="es",
    company="Rápido Castellana", contact="",
    frm=("Rápido Castellana", "no-reply@teamtailor-mail.com"),
    date="2026-06-01 14:27 +0200", headers=AUTO_GENERATED,
    subject="Gracias por tu candidatura, Joaquín",
    text=_CASTELLANA_ACK,
    html=ats_card("Rápido Castellana", "Hemos recibido tu candidatura", paras(_CASTELLANA_ACK),
                  "Powered by Teamtailor", color="#e65100"),
)

_GOTICOS_ACK = """\
Estimado/a Joaquín:

Le confirmamos la recepción de su candidatura para el puesto de Planificador/a de Rutas
Refrigeradas (2026-1184) en Venta de Baños.

Debido al gran volumen de solicitudes que recibimos, no nos es posible contestar
personalmente a cada una de ellas. Las personas preseleccionadas serán contactadas por
el equipo de Recursos Humanos en un plazo aproximado de tres semanas.

Gracias por su interés en Frigoríficos Campos Góticos.
"""

ack(
    id="goticos_ack", slug="campos_goticos_icims_volume_note", lang="es",
    company="Frigoríficos Campos Góticos", contact="",
    frm=("Frigoríficos Campos Góticos", "careers-camposgoticos@icims.com"),
    name_enc=("windows-1252", "Q"),
    date="2026-08-18 05:12 +0000", headers=AUTO_GENERATED,
    subject="Confirmación de candidatura - 2026-1184", subj_enc=("windows-1252", "Q"),
    charset="windows-1252", cte="8bit",
    text=_GOTICOS_ACK,
    html=ats_card("Frigoríficos Campos Góticos", "Confirmación de candidatura",
                  paras(_GOTICOS_ACK),
                  "Mensaje automático enviado por iCIMS.", color="#00558c"),
)

ack(
    id="fresnedo_ack", slug="council_sede_electronica_base64", lang="es",
    company="Ayuntamiento de Fresnedo de la Vega", contact="",
    frm=("Sede electrónica - Ayto. Fresnedo de la Vega", "sede@fresnedodelavega.example.es"),
    date="2026-02-16 13:44 +0100", headers=AUTO_GENERATED,
    subject="Acuse de recibo: instancia para Coordinador/a del parque móvil",
    cte="base64",
    text="""\
ACUSE DE RECIBO

Se ha recibido en la sede electrónica del Ayuntamiento de Fresnedo de la Vega la
instancia de participación en el proceso selectivo de Coordinador/a del parque móvil
municipal (personal laboral).

Solicitante: Joaquín Herrera-Lindgren
Registro de entrada: 2026/000377
Documentación: 3 ficheros (méritos, DNI, titulación)

La lista provisional de admitidos se publicará en el tablón de anuncios electrónico.
Este correo no admite respuestas.
""",
)

_TDC_APPLY = """\
Hola:

Me llamo Joaquín Herrera-Lindgren y os escribo por el puesto de técnico de tráfico que
habéis anunciado en la bolsa de empleo de la Cámara de Comercio. Llevo cuatro años como
repartidor en Valladolid y alrededores, y me gustaría dar el paso a la planificación.
Os adjunto mi CV.

Gracias por vuestro tiempo,
Joaquín Herrera-Lindgren
611 48 27 90
"""

ack(
    id="tdc_ack", slug="tierra_campos_reply_received_passing_on", lang="es",
    company="Distribuciones Tierra de Campos", contact="marojo@tierradecampos-dist.example.es",
    frm=("Miguel Ángel Rojo", "marojo@tierradecampos-dist.example.es"),
    date="2026-09-02 08:40 +0200", parent="tdc_apply",
    subject="RE: Candidatura técnico de tráfico",
    text="""\
Buenos días, Joaquín:

Recibido, gracias. Se lo paso hoy a Paco Lozano, el jefe de tráfico, que es quien lleva
la selección. Si le encaja tu perfil te llamará él directamente o te escribo yo.

Miguel Ángel Rojo
Administración y Personal
Distribuciones Tierra de Campos

""" + wrote("es", "mar, 1 sept 2026 a las 18:20", CAND[0], CAND[1]) + "\n" + quote(_TDC_APPLY),
)

# ================================================================== received, English

_RIBEIRA_ACK = """\
Hi Joaquín,

Thanks for applying to Ribeira Freight! We've received your application for Freight
Dispatcher (Porto).

Our team reviews every application. If your experience is a good fit for the role,
someone from the recruiting team will be in touch to discuss next steps.

Best,
The Ribeira Freight Recruiting Team
"""

ack(
    id="t2_ack", slug="ribeira_greenhouse_thanks_for_applying", lang="en",
    company="Ribeira Freight", contact="",
    frm=("Ribeira Freight", "no-reply@greenhouse-mail.io"),
    date="2026-03-02 20:15 +0000", headers=AUTO_GENERATED,
    subject="Thank you for applying to Ribeira Freight",
    text=_RIBEIRA_ACK,
    html=simple_html(paras(_RIBEIRA_ACK) + '\n<p style="font-size:11px;color:#999">Powered by '
                     "Greenhouse</p>", lang="en"),
)

_DOURO_ACK = """\
Hello Joaquín,

This is a quick note to confirm that your application for Route Dispatcher (Maia) has
reached us.

Due to the number of applications, we are unfortunately unable to respond to each
applicant individually. If you are selected for an interview, we will contact you
within three weeks.

Thank you for your interest in Douro Parcel Network.

Talent Acquisition
"""

ack(
    id="douro_ack", slug="douro_greenhouse_unable_to_respond_each", lang="en",
    company="Douro Parcel Network", contact="",
    frm=("Douro Parcel Network", "no-reply@greenhouse-mail.io"),
    date="2026-07-06 08:30 +0100", headers=AUTO_GENERATED,
    subject="Application received - Route Dispatcher (Maia)",
    text=_DOURO_ACK,
    html=ats_card("Douro Parcel Network", "Application received", paras(_DOURO_ACK),
                  "Powered by Greenhouse", color="#1b5e20", lang="en"),
    cte="quoted-printable",
)

ack(
    id="nordwind_ack", slug="nordwind_ashby_html_only", lang="en",
    company="Nordwind Logistics Europe", contact="",
    frm=("Nordwind Logistics Europe", "no-reply@ashbyhq.com"),
    date="2026-09-22 15:03 +0000", headers=AUTO_GENERATED,
    subject="We got your application: Dispatch Coordinator (Madrid hub)",
    html=ats_card(
        "Nordwind Logistics Europe",
        "Application received",
        paras("""\
Hi Joaquín,

Thanks for applying for the Dispatch Coordinator position at our Madrid hub. We're
reviewing applications on a rolling basis and will reach out if there's a match.

In the meantime, feel free to read about how our dispatch teams work across Europe.

Nordwind Talent Team"""),
        "Sent via Ashby.", color="#263238", lang="en",
    ),
)

ack(
    id="atlantic_ack", slug="agency_registration_porto", lang="en",
    company="Atlantic Staffing Partners", contact="hannah.price@atlanticstaffing.example.pt",
    frm=("Hannah Price", "hannah.price@atlanticstaffing.example.pt"),
    date="2026-03-10 12:40 +0000",
    subject="Welcome to Atlantic Staffing Partners",
    text="""\
Hi Joaquín,

Lovely to speak earlier. As promised, this is to confirm you're now registered with us
as a candidate for logistics and transport roles in the Porto area.

I've added your CV, your availability from April and your salary expectations to our
system. From now on I'll only put you forward for a role after talking it through with
you first.

Speak soon,
Hannah Price
Senior Recruitment Consultant - Logistics
Atlantic Staffing Partners
Avenida da Boavista 1837, 4100-133 Porto
+351 91 203 4418
""",
)

_GAIA_ACK = """\
Hi Joaquín,

Thank you for your application for Fleet Dispatcher at Gaia Cold Chain. We've received
it and our hiring team will review it shortly.

We receive many applications and unfortunately cannot reply to every applicant
individually. If we'd like to take things further, we'll be in touch.

Gaia Cold Chain People Team
"""

ack(
    id="gaia_ack", slug="gaia_bamboohr_cannot_reply_all", lang="en",
    company="Gaia Cold Chain", contact="",
    frm=("Gaia Cold Chain", "no-reply@bamboohr.com"),
    date="2026-06-08 09:55 +0100", headers=AUTO_GENERATED,
    subject="Thanks for applying to Gaia Cold Chain",
    text=_GAIA_ACK,
    html=simple_html(paras(_GAIA_ACK), lang="en"),
    cte="base64",
)

# ================================================================== received, French

_ADOUR_ACK = """\
Bonjour Joaquín,

Nous avons bien reçu votre candidature au poste d'agent d'exploitation (H/F) à Bayonne
et nous vous en remercions.

Notre équipe l'étudie avec attention. Nous reviendrons vers vous dans les meilleurs
délais si votre profil correspond à nos besoins.

Bien cordialement,
L'équipe recrutement de Transports Adour Express
"""

ack(
    id="t4_ack", slug="adour_recruitee_candidature_recue", lang="fr",
    company="Transports Adour Express", contact="",
    frm=("Transports Adour Express", "adourexpress@jobs.recruitee.com"),
    date="2026-05-04 10:22 +0200", headers=AUTO_GENERATED,
    subject="Nous avons bien reçu votre candidature", subj_enc=("utf-8", "B"),
    text=_ADOUR_ACK,
    html=ats_card("Transports Adour Express", "Candidature reçue", paras(_ADOUR_ACK),
                  "Envoyé avec Recruitee", color="#0277bd", lang="fr"),
)

ack(
    id="interim_ack", slug="interim_inscription_confirmed", lang="fr",
    company="Intérim Atlantique", contact="julien.harriet@interim-atlantique.example.fr",
    frm=("Julien Harriet", "julien.harriet@interim-atlantique.example.fr"),
    date="2026-08-17 15:05 +0200",
    subject="Confirmation de votre inscription chez Intérim Atlantique",
    subj_enc=("iso-8859-1", "Q"),
    charset="iso-8859-1", cte="8bit",
    text="""\
Bonjour Joaquín,

Suite à votre passage à l'agence ce matin, je vous confirme votre inscription chez
Intérim Atlantique. Votre dossier est complet : CV, pièce d'identité, RIB et attestation
de sécurité sociale européenne.

Vous êtes positionné sur les métiers de l'exploitation transport et de la logistique
(agent d'exploitation, répartiteur, chef d'équipe quai) sur le secteur
Bayonne - Anglet - Tarnos.

À très vite,
Julien Harriet
Chargé de recrutement
Intérim Atlantique - Agence de Bayonne
8 rue Thiers, 64100 Bayonne
""",
)

# ================================================================== received, German

_FRANKEN_ACK = """\
Sehr geehrter Herr Herrera-Lindgren,

vielen Dank für Ihre Bewerbung als Disponent (m/w/d) bei Frankenlog und das damit
verbundene Interesse an unserem Unternehmen.

Wir haben Ihre Unterlagen erhalten und werden sie sorgfältig prüfen. Sie hören
spätestens in zwei Wochen von uns.

Mit freundlichen Grüßen
Ihr Frankenlog Recruiting-Team
"""

ack(
    id="t3_ack", slug="frankenlog_personio_eingang", lang="de",
    company="Frankenlog", contact="",
    frm=("Frankenlog GmbH", "noreply@personio.de"),
    date="2026-04-13 07:31 +0200", headers=AUTO_GENERATED,
    subject="Eingangsbestätigung Ihrer Bewerbung - Disponent (m/w/d)",
    subj_enc=("iso-8859-1", "Q"),
    text=_FRANKEN_ACK,
    html=ats_card("Frankenlog", "Eingangsbestätigung", paras(_FRANKEN_ACK),
                  "Diese E-Mail wurde über Personio versendet.", color="#37474f", lang="de"),
)

_FRISCH_ACK = """\
Hallo Herr Herrera-Lindgren,

vielen Dank für Ihre Bewerbung als Tourendisponent (m/w/d) für unser Zentrallager in
Nürnberg-Langwasser. Ihre Unterlagen sind vollständig bei uns eingegangen.

Bitte haben Sie Verständnis dafür, dass wir aufgrund der Vielzahl an Bewerbungen leider
nicht jedem einzeln antworten können. Wenn Ihr Profil zu unseren Anforderungen passt,
melden wir uns innerhalb von drei Wochen bei Ihnen.

Ihr Team Personal
Markt Frischeland
"""

ack(
    id="frischeland_ack", slug="frischeland_softgarden_no_individual_reply", lang="de",
    company="Markt Frischeland", contact="",
    frm=("Markt Frischeland", "noreply@softgarden.io"),
    date="2026-09-28 20:48 +0200", headers=AUTO_GENERATED,
    subject="Ihre Bewerbung ist bei uns eingegangen",
    charset="iso-8859-1", cte="quoted-printable",
    text=_FRISCH_ACK,
    html=simple_html(paras(_FRISCH_ACK), lang="de"),
)

ack(
    id="noris_ack", slug="zeitarbeit_registrierung", lang="de",
    company="Noris Personaldienste", contact="sabine.kroener@noris-personal.example.de",
    frm=("Sabine Kröner", "sabine.kroener@noris-personal.example.de"), name_enc=("utf-8", "B"),
    date="2026-10-01 11:11 +0200",
    subject="Ihre Registrierung bei Noris Personaldienste",
    text="""\
Hallo Herr Herrera-Lindgren,

schön, dass wir gestern telefonieren konnten. Hiermit bestätige ich Ihre Registrierung
in unserem Bewerberpool. Ich habe Ihren Lebenslauf und Ihre Wünsche aufgenommen:
Disposition oder Tourenplanung im Großraum Nürnberg/Fürth, Vollzeit, ab November.

Bevor ich Sie einem Kunden vorstelle, rufe ich Sie immer vorher an.

Viele Grüße
Sabine Kröner
Personaldisponentin
Noris Personaldienste GmbH
Allersberger Straße 120, 90461 Nürnberg
Tel. 0911 47 11 305
""",
)

# ================================================================== offers, Spanish

offer(
    id="t6_offer", slug="ett_client_wants_to_offer", lang="es",
    company="Supermercados Cumbre Leonesa", contact="nerea.fidalgo@talentotemporal.example.es",
    frm=("Nerea Fidalgo", "nerea.fidalgo@talentotemporal.example.es"),
    date="2026-02-05 13:20 +0100", parent="t6_move",
    subject="¡Cumbre Leonesa quiere contratarte!",
    text="""\
¡Hola Joaquín!

Te llamo en un rato, pero te lo adelanto por escrito: Supermercados Cumbre Leonesa
quiere hacerte una oferta para coordinar las rutas de reparto a domicilio. Toño quedó
muy contento con la prueba del viernes.

Lo que me han pasado:
- Contrato de seis meses a través de nosotros, con intención de pasarte a plantilla
- 1.650 euros brutos al mes en 14 pagas
- Turno de 7:00 a 15:00 de lunes a viernes, un sábado de cada cuatro
- Incorporación el lunes 16 de febrero

Piénsatelo y me dices antes del martes.

Nerea Fidalgo
Talento Temporal ETT - Delegación León
987 20 44 61
""",
)

_TDC_OFFER = """\
Hola Joaquín:

Después de la segunda entrevista con Paco y con la gerencia, nos alegra proponerte
incorporarte a Distribuciones Tierra de Campos como Técnico de Tráfico.

Te adjuntamos la carta de oferta con las condiciones: contrato indefinido con seis
meses de prueba, 23.500 euros brutos anuales, horario de 7:00 a 15:00 y plaza de
aparcamiento para la moto. La incorporación sería el 19 de octubre.

Si estás de acuerdo, devuélvenos la carta firmada antes del 9 de octubre y te
enviaremos el contrato.

Un saludo,
Miguel Ángel Rojo
Administración y Personal
Distribuciones Tierra de Campos
Ctra. de Burgos km 6, 47009 Valladolid
983 36 14 02
"""

offer(
    id="tdc_offer", slug="tierra_campos_offer_letter_pdf", lang="es",
    company="Distribuciones Tierra de Campos", contact="marojo@tierradecampos-dist.example.es",
    frm=("Miguel Ángel Rojo", "marojo@tierradecampos-dist.example.es"),
    date="2026-10-02 12:05 +0200",
    subject="Carta de oferta - Técnico de Tráfico",
    text=_TDC_OFFER,
    html=simple_html(paras(_TDC_OFFER)),
    pdfs=[{
        "filename": "Carta_oferta_Herrera-Lindgren.pdf",
        "title": "Carta de oferta - Técnico de Tráfico",
        "lines": [
            "Distribuciones Tierra de Campos, S.L. - Valladolid",
            "Destinatario: Joaquín Herrera-Lindgren",
            "Puesto: Técnico de Tráfico",
            "Contrato indefinido, periodo de prueba de seis meses",
            "Retribución: 23.500 EUR brutos anuales",
            "Incorporación: 19 de octubre de 2026",
            "Firma del candidato: ______________________",
        ],
    }],
)

_CASTELLANA_OFFER = """\
Hola Joaquín:

Como te adelantó Sergio ayer por teléfono, queremos que te unas al equipo de la sala de
control de Rápido Castellana. ¡Enhorabuena!

Te resumo lo que hablasteis para que lo tengas por escrito:
- Puesto: Operador/a de Sala de Control, turno de tarde (15:00-23:00)
- Salario: 22.800 euros brutos anuales más plus de nocturnidad los días que se alargue
  el turno
- Contrato indefinido, incorporación el 13 de julio en nuestras oficinas de Méndez
  Álvaro

En cuanto me confirmes que aceptas, te preparo el contrato y te pido la documentación.

Un saludo,
Marta Rius
Personas · Rápido Castellana
C/ de Méndez Álvaro 72, 28045 Madrid
"""

offer(
    id="castellana_offer", slug="castellana_verbal_offer_followup", lang="es",
    company="Rápido Castellana", contact="marta.rius@rapidocastellana.example.es",
    frm=("Marta Rius", "marta.rius@rapidocastellana.example.es"),
    cc=[("Sergio Pardo", "sergio.pardo@rapidocastellana.example.es")],
    date="2026-06-25 10:40 +0200",
    subject="Tu oferta para la sala de control",
    text=_CASTELLANA_OFFER,
    html=outlook_html(mso(_CASTELLANA_OFFER)),
)

offer(
    id="arlanzon_offer", slug="arlanzon_contract_for_signature", lang="es",
    company="Transportes Arlanzón", contact="yolanda.perez@arlanzon-transportes.example.es",
    frm=("Yolanda Pérez", "yolanda.perez@arlanzon-transportes.example.es"),
    name_enc=("iso-8859-1", "B"),
    cc=[("Chema Ortega", "jm.ortega@arlanzon-transportes.example.es")],
    date="2026-04-09 11:35 +0200",
    subject="Contrato para firmar - auxiliar de tráfico", subj_enc=("iso-8859-1", "Q"),
    charset="iso-8859-1", cte="quoted-printable",
    text="""\
Hola Joaquín:

Chema me ha pedido que te prepare el contrato de auxiliar de tráfico que hablasteis. Te
lo adjunto en PDF para que lo revises y, si todo está bien, lo firmes y me lo devuelvas
escaneado o lo traigas el primer día.

Condiciones: contrato indefinido a jornada completa, 1.580 euros brutos en 14 pagas,
horario de 6:00 a 14:00 de lunes a viernes. Empiezas el lunes 20 de abril a las 6:00 en
la nave 3 de Villalonquéjar.

Cualquier duda me llamas.

Yolanda Pérez
Administración - Transportes Arlanzón
Polígono de Villalonquéjar, nave 3 - 09001 Burgos
947 29 81 40
""",
    pdfs=[{
        "filename": "Contrato_auxiliar_trafico.pdf",
        "title": "Contrato de trabajo - Auxiliar de tráfico",
        "lines": [
            "Empresa: Transportes Arlanzón, S.L. - Burgos",
            "Trabajador: Joaquín Herrera-Lindgren",
            "Categoría: Auxiliar de tráfico",
            "Modalidad: indefinido, jornada completa",
            "Salario: 1.580 EUR brutos mensuales, 14 pagas",
            "Fecha de inicio: 20/04/2026",
            "Firma del trabajador: ______________________",
        ],
    }],
)

_AMB_OFFER = """\
Estimado Joaquín:

Es un placer comunicarte que la dirección de Ambulancias Tierra Leonesa ha aprobado tu
incorporación como Coordinador de Transporte Sanitario en nuestra central de León.

En el documento adjunto tienes la propuesta completa: contrato indefinido, 24.900 euros
brutos anuales, turnos rotativos de 12 horas con cuadrante mensual y formación inicial
de dos semanas con el equipo de coordinación.

Te agradecería una respuesta antes del 27 de octubre. Si aceptas, la fecha prevista de
incorporación es el 2 de noviembre.

Un cordial saludo,
Gloria Prieto
Dirección de Recursos Humanos
Ambulancias Tierra Leonesa
Avda. de Asturias 58, 24008 León
Tel. 987 27 33 90
"""

offer(
    id="ambulancias_offer", slug="ambulancias_offer_latin1_pdf", lang="es",
    company="Ambulancias Tierra Leonesa", contact="gloria.prieto@ambulanciastl.example.es",
    frm=("Gloria Prieto", "gloria.prieto@ambulanciastl.example.es"),
    date="2026-10-20 09:15 +0200",
    subject="Propuesta de incorporación - Coordinador de Transporte Sanitario",
    charset="iso-8859-1", cte="quoted-printable",
    text=_AMB_OFFER,
    html=simple_html(paras(_AMB_OFFER)),
    pdfs=[{
        "filename": "Propuesta_incorporacion.pdf",
        "title": "Propuesta de incorporación",
        "lines": [
            "Ambulancias Tierra Leonesa - Central de coordinación de León",
            "Candidato: Joaquín Herrera-Lindgren",
            "Puesto: Coordinador de Transporte Sanitario",
            "Retribución: 24.900 EUR brutos anuales",
            "Incorporación prevista: 2 de noviembre de 2026",
        ],
    }],
)

# ================================================================== offers, English

_RIBEIRA_OFFER = """\
Dear Joaquín,

Following your interviews with our operations team, I am delighted to offer you the
position of Freight Dispatcher at Ribeira Freight, based in our Porto office.

The attached offer letter sets out the details: a permanent contract, an annual gross
salary of EUR 21,000 paid in 14 instalments, a relocation allowance of EUR 1,500 and a
start date of 4 May 2026.

Please review the letter and let me know if you have any questions. We would be grateful
for your decision by 14 April.

We are very much looking forward to welcoming you to the team.

Warm regards,
Sofia Almeida
Talent Partner | Ribeira Freight
Rua de Monchique 12, 4050-393 Porto
+351 22 208 1130
"""

offer(
    id="t2_offer", slug="ribeira_offer_letter_pdf", lang="en",
    company="Ribeira Freight", contact="sofia.almeida@ribeirafreight.example.pt",
    frm=("Sofia Almeida", "sofia.almeida@ribeirafreight.example.pt"),
    date="2026-04-07 16:22 +0100", parent="t2_reinvite",
    subject="Offer of employment - Freight Dispatcher",
    text=_RIBEIRA_OFFER,
    html=simple_html(paras(_RIBEIRA_OFFER), lang="en"),
    pdfs=[{
        "filename": "Ribeira_Freight_Offer_Letter.pdf",
        "title": "Offer of Employment - Freight Dispatcher",
        "lines": [
            "Ribeira Freight, Lda - Rua de Monchique 12, Porto",
            "Candidate: Joaquín Herrera-Lindgren",
            "Position: Freight Dispatcher (permanent)",
            "Gross annual salary: EUR 21,000 (14 instalments)",
            "Relocation allowance: EUR 1,500",
            "Start date: 4 May 2026",
        ],
    }],
)

offer(
    id="atlantic_offer", slug="agency_client_wants_to_offer_unnamed", lang="en",
    company="Atlantic Staffing Partners", contact="hannah.price@atlanticstaffing.example.pt",
    frm=("Hannah Price", "hannah.price@atlanticstaffing.example.pt"),
    date="2026-09-14 13:05 +0100",
    subject="Good news!",
    text="""\
Hi Joaquín,

I've just come off the phone with my client out near the airport - they want to make you an
offer for the Night Dispatcher position you interviewed for on Thursday!

Headline terms: 12-month contract through us, EUR 1,350 gross per month plus the night
allowance, four nights on / four off, starting 1 October. They were impressed by how
calmly you handled the live exercise.

Call me when you can and I'll take you through the details before they send the paperwork.

Hannah
+351 91 203 4418
""",
)

offer(
    id="nordwind_offer", slug="nordwind_verbal_offer_confirmed", lang="en",
    company="Nordwind Logistics Europe", contact="lars.ekstrom@nordwind.example.com",
    frm=("Lars Ekström", "lars.ekstrom@nordwind.example.com"), name_enc=("utf-8", "B"),
    date="2026-10-14 17:48 +0200",
    subject="Following up on our call - Dispatch Coordinator offer",
    text="""\
Hi Joaquín,

Great talking to you this afternoon. As promised, here is a written summary of the
offer I made on the phone for the Dispatch Coordinator role at our Madrid hub:

* Permanent contract, 26,000 EUR gross per year
* Shift pattern 06:00-14:00 / 14:00-22:00 alternating weekly
* Start date: 2 November 2026
* Spanish-language contract to follow from our HR team in Madrid

Take the weekend to think it over. If you have questions about the rota, I'm happy to
set up a call with the hub manager.

Best,
Lars Ekström
Head of Dispatch, Iberia | Nordwind Logistics Europe
+34 91 770 44 10
""",
)

# ================================================================== offers, French / German

offer(
    id="t4_offer", slug="adour_proposition_embauche_pdf", lang="fr",
    company="Transports Adour Express", contact="maite.etcheverry@adour-express.example.fr",
    frm=("Maïté Etcheverry", "maite.etcheverry@adour-express.example.fr"),
    date="2026-06-03 11:00 +0200", parent="t4_thanks",
    subject="Re: Merci pour la journée d'essai",
    text="""\
Bonjour Joaquín,

Merci pour votre message. Peio et toute l'équipe ont été convaincus par votre journée
d'essai du 28 mai, et j'ai le plaisir de vous proposer le poste d'agent d'exploitation
en CDI.

Vous trouverez en pièce jointe notre proposition d'embauche : rémunération brute annuelle
de 24 000 euros, horaires en décalé (5h00-12h30 ou 12h30-20h00), prise de poste le
1er juillet 2026.

Je vous remercie de me faire part de votre réponse d'ici le 12 juin.

Bien cordialement,
Maïté Etcheverry
Responsable RH - Transports Adour Express
45 chemin de Lahubiague, 64100 Bayonne
05 59 50 33 14

""" + wrote("fr", "ven. 29 mai 2026 à 19:15", CAND[0], CAND[1]) + "\n" + quote("""\
Bonjour Madame Etcheverry,

Je tenais à vous remercier, ainsi que Peio et l'équipe d'exploitation, pour la journée
d'essai d'hier. J'ai beaucoup appris sur la répartition des tournées du matin et
l'ambiance sur le quai m'a vraiment plu.

Je reste à votre disposition pour la suite.

Bien cordialement,
Joaquín Herrera-Lindgren
"""),
    pdfs=[{
        "filename": "Proposition_embauche_Herrera-Lindgren.pdf",
        "title": "Proposition d'embauche",
        "lines": [
            "Transports Adour Express SAS - Bayonne",
            "Candidat : Joaquín Herrera-Lindgren",
            "Poste : agent d'exploitation (CDI)",
            "Rémunération : 24 000 EUR bruts annuels",
            "Date de prise de poste : 1er juillet 2026",
        ],
    }],
)

offer(
    id="pegnitz_offer", slug="pegnitztal_contract_to_sign", lang="de",
    company="Pegnitztal Bus", contact="petra.lang@pegnitztalbus.example.de",
    frm=("Petra Lang", "petra.lang@pegnitztalbus.example.de"),
    cc=[("Jürgen Hofmann", "j.hofmann@pegnitztalbus.example.de")],
    date="2026-09-25 14:30 +0200",
    subject="Ihr Arbeitsvertrag – Leitstellendisponent (m/w/d)",
    subj_enc=("utf-8", "B"),
    text="""\
Sehr geehrter Herr Herrera-Lindgren,

nach dem nachgeholten Telefonat mit Herrn Hofmann und Ihrem Besuch in unserer
Leitstelle freuen wir uns, Ihnen die Stelle als Leitstellendisponent (m/w/d) anbieten zu
können.

Anbei erhalten Sie Ihren Arbeitsvertrag in zweifacher Ausfertigung. Bitte senden Sie
uns ein unterschriebenes Exemplar bis zum 9. Oktober zurück. Die wichtigsten Eckdaten:
unbefristet, Entgeltgruppe 6 TV-N Bayern, Beginn am 1. Dezember 2026.

Für Rückfragen stehe ich Ihnen gern zur Verfügung.

Mit freundlichen Grüßen
Petra Lang
Personalabteilung
Pegnitztal Bus GmbH · Fürther Straße 244 · 90429 Nürnberg
Tel. 0911 92 30 402
""",
    pdfs=[{
        "filename": "Arbeitsvertrag_Herrera-Lindgren.pdf",
        "title": "Arbeitsvertrag - Leitstellendisponent",
        "lines": [
            "Pegnitztal Bus GmbH, Nürnberg",
            "Arbeitnehmer: Joaquín Herrera-Lindgren",
            "Tätigkeit: Leitstellendisponent (m/w/d)",
            "Beginn: 01.12.2026, unbefristet",
            "Vergütung: Entgeltgruppe 6 TV-N Bayern",
            "Unterschrift Arbeitnehmer: ______________________",
        ],
    }],
)
