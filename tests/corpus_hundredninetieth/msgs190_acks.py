"""Corpus 190: application_received (21) and offer (10) messages, hand-written."""

from msgs190_common import (
    CAND,
    ats_card,
    outlook_block,
    outlook_html,
    reply,
    simple_html,
)

MESSAGES: list[dict] = []


def add(kind, **spec):
    spec["kind"] = kind
    MESSAGES.append(spec)


ACK = "application_received"
OFFER = "offer"

# ==========================================================================================
# Application received
# ==========================================================================================

_ibaizabal_ack = """Hola Esperanza:

¡Gracias por tu interés en Distribuciones Ibaizabal! Hemos recibido correctamente tu
candidatura para Asistente de Compras (Zamudio).

Nuestro equipo de selección revisará tu perfil en los próximos días. Si encaja con lo que
buscamos, nos pondremos en contacto contigo para contarte los siguientes pasos.

Un saludo,
Equipo de Personas · Distribuciones Ibaizabal"""

add(
    ACK,
    key="ibaizabal_teamtailor_ack",
    lang="es",
    company="Distribuciones Ibaizabal",
    contact="",
    date="2026-02-09 10:20 +0000",
    frm=("Distribuciones Ibaizabal", "no-reply@teamtailor-mail.com"),
    subject="Hemos recibido tu candidatura – Asistente de Compras",
    text=_ibaizabal_ack + "\n\nConsulta tu candidatura: https://ibaizabal.teamtailor.com/connect\n",
    html=ats_card("es", "Distribuciones Ibaizabal", _ibaizabal_ack,
                  ("Ver mi candidatura", "https://ibaizabal.teamtailor.com/connect"),
                  "Enviado con Teamtailor", accent="#0d4d8c"),
)

add(
    ACK,
    key="santalucia_successfactors_ack",
    lang="es",
    company="Hospital Santa Lucía",
    contact="",
    date="2026-03-02 08:12 +0000",
    frm=("Hospital Santa Lucía - Empleo", "noreply@successfactors.eu"),
    subject="Confirmación de recepción de su solicitud - HSL-26-014",
    subj_enc=("iso-8859-1", "Q"),
    headers=[("Auto-Submitted", "auto-generated")],
    html=ats_card("es", "Hospital Santa Lucía · Portal de Empleo", """Estimada Sra. Mwangi-Etxeberria:

Le confirmamos que hemos recibido su solicitud para la plaza de Auxiliar de Compras de la
Cocina Central (referencia HSL-26-014).

Debido al elevado número de solicitudes, lamentablemente no podemos responder de forma
individual a cada persona candidata. Las personas preseleccionadas serán contactadas por el
Servicio de Recursos Humanos.

Puede consultar el estado de su solicitud en el portal de empleo con su usuario.

Atentamente,
Servicio de Recursos Humanos""", ("Acceder al portal",
        "https://career5.successfactors.eu/career?company=hsantalucia"),
        "Mensaje generado automáticamente por SAP SuccessFactors. No responda a este correo.",
        accent="#0a6e8a"),
    html_cte="base64",
)

add(
    ACK,
    key="nervion_workday_ack",
    lang="es",
    company="Frigoríficos del Nervión",
    contact="",
    date="2026-01-15 19:40 +0000",
    frm=("Frigoríficos del Nervión", "frigonervion@myworkday.com"),
    frm_enc=("utf-8", "Q"),
    subject="Gracias por tu solicitud: Auxiliar Administrativo/a de Compras (R-00418)",
    text="""Hola Esperanza:

Gracias por tu interés en Frigoríficos del Nervión. Confirmamos que hemos recibido tu solicitud
para el puesto Auxiliar Administrativo/a de Compras (R-00418).

Puedes revisar el estado de tu solicitud en cualquier momento accediendo a tu cuenta de
candidato: https://frigonervion.wd3.myworkday.com/es-ES/careers/userHome

Atentamente,
Equipo de Adquisición de Talento

Este es un mensaje automático, por favor no respondas.
""",
)

add(
    ACK,
    key="alondra_teamtailor_ack",
    lang="es",
    company="Supermercados Alondra",
    contact="",
    date="2026-05-25 06:30 +0000",
    frm=("Supermercados Alondra", "no-reply@teamtailor-mail.com"),
    subject="¡Gracias por tu candidatura, Esperanza!",
    subj_enc=("utf-8", "B"),
    text="""Hola Esperanza:

Tu candidatura para Auxiliar de Compras – Frescos (Madrid) ha llegado bien. ¡Gracias!

Recibimos muchísimos currículums para cada oferta y, lamentablemente, no podemos contestar a
todas las personas de forma individual. Si tu perfil encaja, te llamaremos en las próximas
tres semanas.

Mientras tanto, puedes seguirnos en nuestra página de empleo.

El equipo de Personas de Supermercados Alondra
""",
    html=ats_card("es", "Supermercados Alondra", """Hola Esperanza:

Tu candidatura para Auxiliar de Compras – Frescos (Madrid) ha llegado bien. ¡Gracias!

Recibimos muchísimos currículums para cada oferta y, lamentablemente, no podemos contestar a
todas las personas de forma individual. Si tu perfil encaja, te llamaremos en las próximas
tres semanas.

Mientras tanto, puedes seguirnos en nuestra página de empleo.

El equipo de Personas de Supermercados Alondra""", accent="#e4572e"),
)

add(
    ACK,
    key="ttnorte_registration",
    lang="es",
    company="Trabajo Temporal Norte",
    contact="",
    date="2026-01-08 12:00 +0100",
    frm=("TTN Trabajo Temporal Norte", "no-responder@ttnorte.example.es"),
    subject="Alta en la bolsa de empleo de TTN",
    text="""Hola Esperanza Mwangi-Etxeberria:

Tu registro en la bolsa de empleo de TTN Trabajo Temporal Norte se ha completado
correctamente y hemos recibido tu currículum.

Tu código de candidata es BIO-26-00871. Con él puedes actualizar tus datos, tu disponibilidad
y tus preferencias de zona en el área privada: https://empleo.ttnorte.example.es/area-privada

Una consultora de la oficina de Bilbao revisará tu perfil y te contactará si hay ofertas
acordes.

TTN Trabajo Temporal Norte
Este buzón no admite respuestas.
""",
)

add(
    ACK,
    key="laborfacil_registration",
    lang="es",
    company="Laborfácil",
    contact="sonia.pardo@laborfacil.example.es",
    date="2026-01-12 09:15 +0100",
    frm=("Sonia Pardo", "sonia.pardo@laborfacil.example.es"),
    subject="Bienvenida a Laborfácil - CV recibido",
    charset="iso-8859-1",
    cte="quoted-printable",
    text="""Hola Esperanza:

Gracias por pasarte el viernes por la oficina. Te confirmo que ya estás dada de alta en la
base de datos de Laborfácil y que tengo tu CV actualizado y la copia del certificado de
manipuladora de alimentos.

Te he inscrito en las bolsas de "aprovisionamiento y economato" y "cocina colectiva", zona
Bizkaia y Gipuzkoa. En cuanto salga algo que encaje te llamo.

Un saludo,
Sonia Pardo
Técnica de Selección - Laborfácil ETT
C/ Licenciado Poza 31, 48011 Bilbao
""",
)

add(
    ACK,
    key="kalea_cv_received",
    lang="es",
    company="Kalea Talent",
    contact="ane.zubizarreta@kaleatalent.example.es",
    date="2026-02-05 11:40 +0100",
    frm=("Ane Zubizarreta", "ane.zubizarreta@kaleatalent.example.es"),
    subject="Re: Perfil de compras en alimentación",
    re="kalea_cold_approach",
    text=reply(
        """Hola Esperanza,

¡Recibido tu CV! Gracias por contestar tan rápido. Lo reviso con calma esta semana y te
cuento cómo lo veo antes de presentarlo a ningún cliente.

Un abrazo,
Ane""",
        "es", "2026-02-04 22:18", CAND[0], CAND[1],
        """Hola Ane:

Muchas gracias por escribirme. Sí, me interesa dar el salto a compras. Te adjunto mi CV
actualizado; tengo preaviso de quince días con el colegio.

Un saludo,
Esperanza"""),
)

add(
    ACK,
    key="zadorra_human_ack",
    lang="es",
    company="Panificadora Zadorra",
    contact="aitor.ruizdeazua@panzadorra.example.es",
    date="2026-08-11 09:02 +0200",
    frm=("Aitor Ruiz de Azúa", "aitor.ruizdeazua@panzadorra.example.es"),
    subject="Re: Candidatura auxiliar de compras - Esperanza Mwangi",
    re="own_application_zadorra",
    text=reply(
        """Hola Esperanza, recibido tu CV, gracias. Lo paso a dirección esta semana y te
decimos algo.
Aitor""",
        "es", "2026-08-10 20:41", CAND[0], CAND[1],
        """Buenas tardes:

He visto en el tablón del polígono de Júndiz que buscáis un auxiliar de compras. Os envío mi
currículum por si encajo en el puesto.

Un saludo,
Esperanza Mwangi-Etxeberria"""),
)

add(
    ACK,
    key="bidasoa_personio_ack",
    lang="es",
    company="Lácteos Bidasoa",
    contact="",
    date="2026-07-20 10:05 +0200",
    frm=("Lácteos Bidasoa", "noreply@personio.de"),
    frm_enc=("iso-8859-1", "Q"),
    subject="Tu candidatura: Técnico/a de aprovisionamiento (Irun)",
    html=ats_card("es", "Lácteos Bidasoa", """Hola Esperanza,

muchas gracias por tu candidatura para el puesto Técnico/a de aprovisionamiento (Irun). La
hemos recibido correctamente y ya está en manos del equipo responsable.

Revisaremos tu documentación lo antes posible y te informaremos sobre los siguientes pasos.

Saludos cordiales,
Personas y Organización
Lácteos Bidasoa""", footer="Powered by Personio · Aviso de privacidad", accent="#2b6e59"),
)

_iruna_ack = """Hola Esperanza:

Gracias por postularte a Auxiliar de Compras – Hostelería hospitalaria en Clínica
Universitaria Iruña.

Hemos recibido tu solicitud y la revisaremos con detenimiento. Te mantendremos informada de
cualquier novedad por correo electrónico.

Dirección de Personas
Clínica Universitaria Iruña"""

add(
    ACK,
    key="iruna_smartrecruiters_ack",
    lang="es",
    company="Clínica Universitaria Iruña",
    contact="",
    date="2026-02-26 13:30 +0000",
    frm=("Clínica Universitaria Iruña", "noreply@smartrecruiters.com"),
    frm_enc=("utf-8", "B"),
    subject="Solicitud recibida – Auxiliar de Compras – Hostelería hospitalaria",
    headers=[("Auto-Submitted", "auto-generated")],
    text=_iruna_ack,
    html=ats_card("es", "Clínica Universitaria Iruña", _iruna_ack, accent="#6a2c70"),
)

add(
    ACK,
    key="cafesulia_recruitee_ack",
    lang="es",
    company="Cafés Ulía",
    contact="",
    date="2026-05-04 09:00 +0200",
    frm=("Cafés Ulía", "cafesulia@jobs.recruitee.com"),
    frm_enc=("utf-8", "B"),
    subject="Hemos recibido tu candidatura para Asistente de compras",
    html_cte="quoted-printable",
    html=ats_card("es", "Cafés Ulía", """Kaixo Esperanza,

gracias por enviarnos tu candidatura para Asistente de compras en el tostadero de Donostia.
Ya la tenemos y la vamos a leer con atención.

Si tu perfil encaja, nos pondremos en contacto contigo en las próximas dos semanas para una
primera conversación.

Eskerrik asko,
El equipo de Cafés Ulía""", footer="Paseo de Ulía 112, 20013 Donostia-San Sebastián",
        accent="#5b3a29"),
)

# --- French -------------------------------------------------------------------------------

_garonne_ack = """Bonjour Esperanza,

Merci pour votre candidature au poste d'Assistante achats denrées (H/F) à Mérignac. Nous
l'avons bien reçue !

Notre équipe recrutement l'étudie attentivement et reviendra vers vous dans les meilleurs
délais.

À bientôt,
L'équipe RH de Restauration Collective Garonne"""

add(
    ACK,
    key="rcgaronne_teamtailor_ack",
    lang="fr",
    company="Restauration Collective Garonne",
    contact="",
    date="2026-06-15 07:45 +0000",
    frm=("Restauration Collective Garonne", "no-reply@teamtailor-mail.com"),
    subject="Nous avons bien reçu votre candidature",
    subj_enc=("utf-8", "Q"),
    text=_garonne_ack,
    html=ats_card("fr", "Restauration Collective Garonne", _garonne_ack, accent="#c0392b"),
)

add(
    ACK,
    key="interim_atlantique_inscription",
    lang="fr",
    company="Intérim Atlantique",
    contact="julien.darrigade@interim-atlantique.example.fr",
    date="2026-08-24 10:30 +0200",
    frm=("Julien Darrigade", "julien.darrigade@interim-atlantique.example.fr"),
    subject="Votre inscription chez Intérim Atlantique",
    text="""Bonjour Esperanza,

Suite à notre rendez-vous de ce matin à l'agence, je vous confirme que votre inscription chez
Intérim Atlantique est validée. Votre CV, votre pièce d'identité et votre attestation de
formation HACCP sont bien enregistrés dans votre dossier.

Je vous ai positionnée sur les métiers d'aide-acheteur, de gestionnaire de stock et
d'employée logistique dans l'agroalimentaire, sur le secteur Bayonne – Anglet – Biarritz.

À très vite,
Julien Darrigade
Chargé de recrutement – Intérim Atlantique
12 allées Marines, 64100 Bayonne – 05 59 00 63 80
""",
)

add(
    ACK,
    key="saintremi_taleo_ack",
    lang="fr",
    company="Clinique Saint-Rémi",
    contact="",
    date="2026-02-17 09:00 +0100",
    frm=("Clinique Saint-Rémi - Recrutement", "noreply@taleo.net"),
    subject="Accusé de réception - Réf. 26-0311",
    html_charset="windows-1252",
    html_cte="quoted-printable",
    html=ats_card("fr", "Clinique Saint-Rémi – Carrières", """Madame,

Nous accusons réception de votre candidature au poste d’Assistant(e) approvisionnement
restauration (réf. 26-0311) et vous remercions de l’intérêt que vous portez à la Clinique
Saint-Rémi.

En raison du nombre important de candidatures reçues, nous ne pouvons malheureusement pas
répondre individuellement à chacune d’entre elles. Si votre profil correspond à nos attentes,
le service RH prendra contact avec vous.

Le service des Ressources humaines""", footer="Message automatique – merci de ne pas y répondre.",
        accent="#00587a").replace('<meta charset="utf-8">', '<meta charset="windows-1252">'),
)

add(
    ACK,
    key="champs_errobi_ack",
    lang="fr",
    company="Les Champs d'Errobi",
    contact="maialen.harriet@champs-errobi.example.fr",
    date="2026-04-07 11:10 +0200",
    frm=("Maialen Harriet", "maialen.harriet@champs-errobi.example.fr"),
    subject="Votre candidature - assistant(e) approvisionnement",
    charset="iso-8859-1",
    cte="quoted-printable",
    text="""Bonjour Madame,

Nous accusons bonne réception de votre candidature pour le poste d'assistant(e)
approvisionnement de notre coopérative et vous en remercions.

Votre dossier sera examiné par le responsable approvisionnement dans les prochains jours. Je
reviendrai vers vous rapidement pour vous indiquer la suite.

Cordialement,
Maialen Harriet
Ressources humaines - Coopérative Les Champs d'Errobi
Chemin de Portuita, 64990 Mouguerre - 05 59 00 88 14
""",
)

# --- English ------------------------------------------------------------------------------

_greenfold_ack = """Hi Esperanza,

Thanks for applying to Greenfold Foods! We've received your application for the Purchasing
Assistant role in Enfield, London.

Our team will review it and be in touch if your background is a match.

Best wishes,
The Greenfold Foods Talent Team"""

add(
    ACK,
    key="greenfold_greenhouse_ack",
    lang="en",
    company="Greenfold Foods",
    contact="",
    date="2026-04-20 13:02 +0000",
    frm=("Greenfold Foods", "no-reply@greenhouse-mail.io"),
    subject="Thank you for applying to Greenfold Foods",
    text=_greenfold_ack,
    html=simple_html(_greenfold_ack, "en"),
)

add(
    ACK,
    key="hollowayvale_icims_ack",
    lang="en",
    company="Holloway Vale Hospital",
    contact="",
    date="2026-03-30 07:00 +0100",
    frm=("Holloway Vale Hospital Careers", "donotreply@icims.com"),
    subject="Application received: Catering Procurement Assistant (Req 2026-1183)",
    text="""Dear Esperanza,

Thank you for your application for the post of Catering Procurement Assistant (Req
2026-1183). This email confirms that it has been submitted successfully.

Due to the volume of applications we receive, unfortunately we cannot reply to every
applicant individually. Shortlisted candidates will be contacted within three weeks of the
closing date (12 April 2026).

You can track your application at any time in the candidate portal.

Recruitment Services
Holloway Vale Hospital

This is an automated message from an unmonitored mailbox.
""",
)

add(
    ACK,
    key="pantryline_ashby_ack",
    lang="en",
    company="Pantryline",
    contact="",
    date="2026-08-03 15:20 +0000",
    frm=("Pantryline Hiring", "no-reply@ashbyhq.com"),
    subject="Thanks for applying to Pantryline",
    html=ats_card("en", "Pantryline", """Hi Esperanza,

Thanks for applying for Supplier Operations Associate at Pantryline. We've got your
application and someone from the team will read it - a real person, promise.

We aim to get back to everyone within ten working days.

The Pantryline team""", footer="Sent with Ashby", accent="#111111"),
)

add(
    ACK,
    key="larder_registration",
    lang="en",
    company="Larder Recruitment",
    contact="tom.ashworth@larder-recruitment.example.co.uk",
    date="2026-07-01 09:30 +0100",
    frm=("Tom Ashworth", "tom.ashworth@larder-recruitment.example.co.uk"),
    subject="Welcome to Larder - CV received",
    text="""Hi Esperanza,

Lovely to speak yesterday. Just confirming that you're now registered with Larder Recruitment
and I've got your CV on file, along with your right-to-work details.

I'll keep you in mind for purchasing and stock-control roles with food manufacturers and
caterers in London.

Cheers,
Tom

Tom Ashworth | Senior Consultant, Food & FMCG
Larder Recruitment | 71 Leonard Street, London EC2A 4QS | 020 0000 8830
""",
)

# --- German -------------------------------------------------------------------------------

_neckartal_ack = """Hallo Frau Mwangi-Etxeberria,

vielen Dank für Ihre Bewerbung als Einkaufsassistenz (m/w/d) bei der Neckartal Frischdienst
GmbH. Ihre Unterlagen sind vollständig bei uns eingegangen.

Wir prüfen Ihre Bewerbung sorgfältig und melden uns so bald wie möglich bei Ihnen.

Viele Grüße
Ihr Personalteam der Neckartal Frischdienst GmbH"""

add(
    ACK,
    key="neckartal_personio_ack",
    lang="de",
    company="Neckartal Frischdienst",
    contact="katrin.haegele@neckartal-frischdienst.example.de",
    date="2026-06-01 08:00 +0200",
    frm=("Neckartal Frischdienst GmbH", "noreply@personio.de"),
    reply_to=("Katrin Hägele", "katrin.haegele@neckartal-frischdienst.example.de"),
    subject="Eingangsbestätigung Ihrer Bewerbung",
    text=_neckartal_ack,
    html=ats_card("de", "Neckartal Frischdienst", _neckartal_ack,
                  footer="Powered by Personio", accent="#3d6b35"),
)

add(
    ACK,
    key="degerloch_softgarden_ack",
    lang="de",
    company="Klinikum Degerloch",
    contact="",
    date="2026-05-11 14:22 +0200",
    frm=("Klinikum Degerloch", "noreply@softgarden.io"),
    subject="Ihre Bewerbung ist bei uns eingegangen",
    subj_enc=("iso-8859-1", "B"),
    html=ats_card("de", "Klinikum Degerloch – Karriere", """Guten Tag Frau Mwangi-Etxeberria,

vielen Dank für Ihre Bewerbung als Mitarbeiterin Materialwirtschaft Speiseversorgung
(Kennziffer 2026-077). Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Aufgrund der großen Zahl an Bewerbungen bitten wir um etwas Geduld. Wir melden uns, sobald
die Vorauswahl abgeschlossen ist.

Freundliche Grüße
Ihr Team Personalgewinnung""", ("Zum Bewerberportal",
        "https://klinikum-degerloch.softgarden.io/de/applicant"),
        "Diese Nachricht wurde über softgarden versendet.", accent="#7a0019"),
)

# ==========================================================================================
# Offers
# ==========================================================================================

add(
    OFFER,
    key="ibaizabal_offer_pdf",
    lang="es",
    company="Distribuciones Ibaizabal",
    contact="leire.bengoetxea@ibaizabal.example.es",
    date="2026-03-05 12:15 +0100",
    frm=("Leire Bengoetxea", "leire.bengoetxea@ibaizabal.example.es"),
    subject="Propuesta de incorporación - Asistente de Compras",
    re="own_thanks_ibaizabal",
    text="""Hola Esperanza:

Después de la entrevista con Iñaki y de revisar tus referencias, nos alegra mucho ofrecerte el
puesto de Asistente de Compras en Distribuciones Ibaizabal.

Te adjunto la carta con las condiciones: contrato de sustitución de seis meses con previsión
de conversión en indefinido, jornada completa de lunes a viernes, 23.800 € brutos anuales e
incorporación el lunes 4 de mayo.

Para aceptar la propuesta, respóndeme a este correo con la carta firmada antes del 13 de
marzo. Si tienes cualquier duda, llámame.

¡Esperamos que digas que sí!

Leire Bengoetxea Otxoa
Responsable de Selección · Distribuciones Ibaizabal
Tel. 944 00 52 18
""",
    pdfs=[{"filename": "Carta_oferta_Esperanza_Mwangi-Etxeberria.pdf", "lines": [
        "Distribuciones Ibaizabal S.A.",
        "Parque Tecnológico 612, 48170 Zamudio",
        "",
        "Carta de oferta",
        "Dña. Esperanza Mwangi-Etxeberria",
        "Puesto: Asistente de Compras",
        "Contrato: sustitución 6 meses, conversión prevista en indefinido",
        "Retribución: 23.800 € brutos anuales en 14 pagas",
        "Incorporación: 4 de mayo de 2026",
        "Aceptación antes del 13 de marzo de 2026",
    ]}],
)

add(
    OFFER,
    key="kalea_client_urdaibai_offer",
    lang="es",
    company="Congelados Urdaibai",
    contact="ane.zubizarreta@kaleatalent.example.es",
    date="2026-07-14 18:30 +0200",
    frm=("Ane Zubizarreta", "ane.zubizarreta@kaleatalent.example.es"),
    subject="¡Congelados Urdaibai quiere hacerte una oferta!",
    subj_enc=("utf-8", "Q"),
    text="""¡Hola Esperanza!

Te escribo con una sonrisa: acabo de hablar con el gerente de Congelados Urdaibai y el cliente
quiere hacerte una oferta para el puesto de técnica de aprovisionamiento en Gernika.

Las condiciones que me ha adelantado son 25.000 € brutos anuales, contrato indefinido,
horario de 7:00 a 15:00 y plus de transporte. Te mandarán la propuesta por escrito esta
semana, pero antes quieren saber si en principio te encaja.

¿Hablamos mañana a primera hora y lo repasamos juntas?

Un abrazo,
Ane Zubizarreta
Consultora senior · Kalea Talent · +34 944 00 58 21
""",
)

add(
    OFFER,
    key="artza_verbal_followup",
    lang="es",
    company="Gestión de Comedores Artza",
    contact="edurne.zabaleta@comedoresartza.example.es",
    date="2026-10-08 17:05 +0200",
    frm=("Edurne Zabaleta", "edurne.zabaleta@comedoresartza.example.es"),
    subject="Lo que hablamos esta mañana",
    text="""Hola Esperanza:

Como te adelanté por teléfono esta mañana, nos gustaría que te incorporaras al equipo de
compras de Gestión de Comedores Artza como auxiliar, en nuestras oficinas de Pamplona.

Te resumo lo que te comenté: contrato indefinido con seis meses de prueba, 24.200 € brutos
al año, jornada intensiva en verano y teletrabajo un día a la semana. La fecha de inicio
sería el 2 de noviembre, aunque podemos adaptarnos a tu preaviso.

Te enviaré el contrato en cuanto me confirmes que aceptas.

Un saludo,
Edurne Zabaleta Ardanaz
Directora de Personas · Gestión de Comedores Artza
Avda. de Zaragoza 52, 31003 Pamplona · 948 00 64 09
""",
)

add(
    OFFER,
    key="deusto_contract_signature",
    lang="es",
    company="Suministros Hosteleros Deusto",
    contact="amaya.ortiz@shdeusto.example.es",
    date="2026-10-20 10:40 +0200",
    frm=("Amaya Ortiz de Zárate", "amaya.ortiz@shdeusto.example.es"),
    frm_enc=("iso-8859-1", "B"),
    subject="Contrato para firma - Auxiliar de Compras",
    subj_enc=("iso-8859-1", "B"),
    charset="windows-1252",
    cte="quoted-printable",
    text="""Buenos días, Esperanza:

Te adjunto el contrato de trabajo para el puesto de Auxiliar de Compras en Suministros
Hosteleros Deusto, con las condiciones que acordamos la semana pasada (indefinido, 24.000 €
brutos anuales, incorporación el 3 de noviembre).

Por favor, revísalo, fírmalo en todas las páginas y devuélvemelo escaneado antes del viernes
23. Si prefieres firmarlo en persona, puedes pasarte por la oficina de Ribera de Deusto
cualquier mañana.

¡Bienvenida al equipo!

Amaya Ortiz de Zárate
Administración de Personal – Suministros Hosteleros Deusto, S.L.
Ribera de Deusto 70, 48014 Bilbao – Tel. 944 00 90 21

“La información contenida en este mensaje es confidencial y está destinada únicamente a su
destinatario.”
""",
    pdfs=[{"filename": "Contrato_Auxiliar_Compras_Mwangi-Etxeberria.pdf", "lines": [
        "CONTRATO DE TRABAJO INDEFINIDO",
        "Suministros Hosteleros Deusto, S.L.",
        "Trabajadora: Esperanza Mwangi-Etxeberria",
        "Categoría: Auxiliar de Compras",
        "Salario: 24.000 € brutos anuales",
        "Fecha de inicio: 3 de noviembre de 2026",
        "Firma de la trabajadora: ______________________",
    ]}],
)

_ekain_quote = outlook_block(
    "es", "2026-09-18 12:40", ("Gorka Aizpurua", "gorka.aizpurua@mercadosekain.example.es"),
    CAND, "Entrevista con dirección de compras",
    """Hola Esperanza:

Queremos invitarte a una segunda entrevista con la dirección de compras el jueves 24 de
septiembre a las 9:00 en el almacén de Lasarte-Oria. Dura una hora aproximadamente.

Gorka""")

_ekain_body = f"""Hola Esperanza:

Muchas gracias de nuevo por venir a Lasarte el jueves. Tenemos el placer de ofrecerte el puesto
de Asistente de Compras en Mercados Ekain Distribución.

Condiciones:
- Contrato indefinido a jornada completa.
- Salario: 25.500 € brutos anuales, más seguro médico.
- Incorporación: 19 de octubre de 2026.

Necesitaríamos tu respuesta antes del 6 de octubre. Quedo a tu disposición para cualquier
aclaración.

Un saludo,
Gorka Aizpurua Lertxundi
Responsable de Personas · Mercados Ekain Distribución
Polígono Sasoeta 11, 20160 Lasarte-Oria · 943 00 71 55

{_ekain_quote}"""

add(
    OFFER,
    key="ekain_offer_outlook",
    lang="es",
    company="Mercados Ekain",
    contact="gorka.aizpurua@mercadosekain.example.es",
    date="2026-09-29 13:30 +0200",
    frm=("Gorka Aizpurua", "gorka.aizpurua@mercadosekain.example.es"),
    subject="RE: Entrevista con dirección de compras",
    subj_enc=("utf-8", "Q"),
    text=_ekain_body,
    html=outlook_html(_ekain_body, "es"),
)

add(
    OFFER,
    key="lizarra_offer_iso",
    lang="es",
    company="Cooperativa Frutícola Lizarra",
    contact="mjose.lacalle@fruticolalizarra.example.es",
    date="2026-08-27 09:45 +0200",
    frm=("María José Lacalle", "mjose.lacalle@fruticolalizarra.example.es"),
    subject="Oferta de empleo - Auxiliar de aprovisionamiento",
    charset="iso-8859-1",
    cte="quoted-printable",
    text="""Estimada Esperanza:

En nombre del Consejo Rector de la Cooperativa Frutícola Lizarra, me complace comunicarle
que ha sido seleccionada para el puesto de auxiliar de aprovisionamiento en nuestra planta
de Estella-Lizarra.

Adjuntamos la propuesta formal, con el salario (22.900 euros brutos anuales), el horario y la
fecha de incorporación prevista (15 de septiembre). Le rogamos que nos confirme su aceptación
por escrito en un plazo de diez días.

Reciba un cordial saludo,

María José Lacalle Echávarri
Gerencia - Cooperativa Frutícola Lizarra
Carretera de Logroño km 2, 31200 Estella-Lizarra (Navarra)
""",
    pdfs=[{"filename": "Propuesta_incorporacion_Lizarra.pdf", "lines": [
        "Cooperativa Frutícola Lizarra",
        "Propuesta de incorporación",
        "Puesto: Auxiliar de aprovisionamiento",
        "Salario: 22.900 euros brutos anuales",
        "Horario: 7:30 - 15:30, lunes a viernes",
        "Incorporación prevista: 15 de septiembre de 2026",
    ]}],
)

# --- French -------------------------------------------------------------------------------

_garonne_offer = """Bonjour Esperanza,

Comme convenu au téléphone cet après-midi, je vous confirme par écrit notre proposition pour
le poste d'assistante achats denrées à la cuisine centrale de Mérignac :

– CDI à temps plein (35 h), statut employé ;
– salaire brut mensuel de 2 150 €, treizième mois après un an ;
– prise de poste le 1er septembre 2026.

Le contrat de travail vous sera envoyé la semaine prochaine. D'ici là, n'hésitez pas à
m'appeler si vous avez la moindre question.

Toute l'équipe se réjouit de vous accueillir !

Sandrine Lafargue
Chargée de recrutement – Restauration Collective Garonne
5 avenue de la Somme, 33700 Mérignac – 05 56 00 27 41"""

add(
    OFFER,
    key="rcgaronne_verbal_offer",
    lang="fr",
    company="Restauration Collective Garonne",
    contact="sandrine.lafargue@rcgaronne.example.fr",
    date="2026-07-10 18:10 +0200",
    frm=("Sandrine Lafargue", "sandrine.lafargue@rcgaronne.example.fr"),
    subject="Notre proposition - assistante achats denrées",
    text=_garonne_offer,
    html=simple_html(_garonne_offer, "fr"),
    cte="base64",
    re="own_merci_garonne",
)

add(
    OFFER,
    key="rcgaronne_contract",
    lang="fr",
    company="Restauration Collective Garonne",
    contact="sandrine.lafargue@rcgaronne.example.fr",
    date="2026-07-17 11:00 +0200",
    frm=("Sandrine Lafargue", "sandrine.lafargue@rcgaronne.example.fr"),
    subject="Contrat de travail à signer",
    subj_enc=("iso-8859-1", "Q"),
    re="rcgaronne_verbal_offer",
    text="""Bonjour Esperanza,

Vous trouverez ci-joint votre contrat à durée indéterminée, en deux exemplaires. Merci de les
parapher, de les signer avec la mention « lu et approuvé » et de nous en retourner un par
courrier ou scanné avant le 31 juillet.

Nous avons également besoin de votre numéro de sécurité sociale français dès que vous l'aurez.

Bien cordialement,
Sandrine Lafargue
Restauration Collective Garonne
""",
    pdfs=[{"filename": "Contrat_CDI_Mwangi-Etxeberria.pdf", "lines": [
        "Restauration Collective Garonne SAS",
        "CONTRAT DE TRAVAIL À DURÉE INDÉTERMINÉE",
        "Salariée : Esperanza Mwangi-Etxeberria",
        "Emploi : assistante achats denrées",
        "Rémunération : 2 150 € bruts mensuels",
        "Date d'entrée : 1er septembre 2026",
    ]}],
)

# --- English ------------------------------------------------------------------------------

_greenfold_offer = """Hi Esperanza,

I'm delighted to let you know that we'd like to offer you the position of Purchasing Assistant
at Greenfold Foods!

Your offer letter is attached. In short: a permanent, full-time contract based at our Enfield
depot, a salary of £29,500 per year, 25 days' holiday plus bank holidays, and a proposed start
date of Monday 6 July 2026, subject to right-to-work checks.

Please read it carefully and let me know if you have any questions. We'd appreciate your
decision by Friday 29 May.

Congratulations - Callum and the team are really looking forward to working with you.

Priya Shah
Talent Partner, Greenfold Foods"""

add(
    OFFER,
    key="greenfold_offer_pdf",
    lang="en",
    company="Greenfold Foods",
    contact="priya.shah@greenfoldfoods.example.co.uk",
    date="2026-05-22 16:00 +0100",
    frm=("Priya Shah via Greenhouse", "no-reply@greenhouse-mail.io"),
    reply_to=("Priya Shah", "priya.shah@greenfoldfoods.example.co.uk"),
    subject="Your offer from Greenfold Foods",
    text=_greenfold_offer,
    html=simple_html(_greenfold_offer, "en"),
    pdfs=[{"filename": "Greenfold_Offer_Letter_EMwangi-Etxeberria.pdf", "lines": [
        "Greenfold Foods Ltd",
        "Offer of Employment - Purchasing Assistant",
        "Candidate: Esperanza Mwangi-Etxeberria",
        "Salary: £29,500 per annum",
        "Location: Enfield depot, London",
        "Start date: 6 July 2026",
    ]}],
    re="greenfold_cancel_ics",
)

# --- German -------------------------------------------------------------------------------

add(
    OFFER,
    key="filderkraut_angebot",
    lang="de",
    company="Filderkraut Feinkost",
    contact="s.rieger@filderkraut.example.de",
    date="2026-10-01 11:20 +0200",
    frm=("Sabine Rieger", "s.rieger@filderkraut.example.de"),
    subject="Vertragsangebot Einkaufsassistentin",
    cte="base64",
    re="filderkraut_krank",
    text="""Liebe Frau Mwangi-Etxeberria,

nach Ihrem Probearbeitstag waren sich Herr Kuhn und unsere Geschäftsführung schnell einig:
Wir möchten Sie sehr gerne als Einkaufsassistentin bei Filderkraut Feinkost einstellen.

Im Anhang finden Sie unser Vertragsangebot (unbefristet, Vollzeit, 3.150 € brutto im Monat,
Beginn 1. Dezember 2026). Bei der Wohnungssuche in Echterdingen helfen wir Ihnen gern.

Bitte geben Sie uns bis zum 12. Oktober Bescheid, ob Sie das Angebot annehmen.

Herzliche Grüße
Sabine Rieger
Personal & Verwaltung
Filderkraut Feinkost GmbH · Max-Lang-Straße 40 · 70771 Leinfelden-Echterdingen
""",
    pdfs=[{"filename": "Vertragsangebot_Mwangi-Etxeberria.pdf", "lines": [
        "Filderkraut Feinkost GmbH",
        "Vertragsangebot",
        "Frau Esperanza Mwangi-Etxeberria",
        "Position: Einkaufsassistentin (unbefristet, Vollzeit)",
        "Gehalt: 3.150 € brutto monatlich",
        "Beginn: 1. Dezember 2026",
    ]}],
)
