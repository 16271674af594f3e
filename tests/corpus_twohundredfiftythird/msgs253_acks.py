# ruff: noqa: C408  (every message is written as a dict(...) call: keyword names read as a form)
"""Corpus 253, acknowledgements and offers: 21 application_received (es 10, en 5, fr 3, de 3)
and 10 offers (es 5, en 2, fr 2, de 1), all hand-written."""

from __future__ import annotations

from msgs253_common import (
    ats_card,
    button,
    mso,
    outlook_html,
    page,
    paragraphs,
    reply,
)

MESSAGES: list[dict] = []
add = MESSAGES.append

# ================================================================ received: Spanish (10)

_ort = (
    "Hola Consuelo:\n\n"
    "Hemos recibido correctamente tu solicitud para el puesto Delegada Comercial "
    "Implantología (R-01877) en Ortoduran Dental Systems.\n\n"
    "Nuestro equipo de selección revisará tu perfil en las próximas semanas. Puedes "
    "consultar el estado de tu solicitud en cualquier momento desde tu cuenta de "
    "candidato.\n\n"
    "Gracias por tu interés,\nOrtoduran Dental Systems – Talent Acquisition"
)
add(dict(
    kind="application_received", name="ortoduran_workday_html", lang="es",
    company="Ortoduran Dental Systems", contact="",
    frm=("Ortoduran Dental Systems", "ortoduran@myworkday.com"),
    subject="Hemos recibido tu solicitud – Delegada Comercial Implantología",
    date="2026-02-03 21:14 +0000", id="ortoduran_ack",
    headers=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")],
    html=ats_card("Ortoduran Dental Systems", paragraphs(_ort) + button(
        "Ver mi solicitud", "https://ortoduran.wd3.myworkday.com/ortoduran_careers/userHome"),
        "No respondas a este mensaje: se ha enviado desde una dirección que no admite "
        "respuestas.", accent="#00558c", lang="es"),
))

_farm = (
    "Hola Consuelo,\n\n"
    "¡Gracias por tu interés en Farmavía Laboratorios! Confirmamos que hemos recibido tu "
    "candidatura para Visitadora Médica – Madrid Norte.\n\n"
    "Nuestro equipo revisará tu perfil con atención. Debido al elevado número de "
    "candidaturas, lamentablemente no podemos responder individualmente a cada persona; si "
    "tu experiencia encaja con lo que buscamos, nos pondremos en contacto contigo en un "
    "plazo de tres semanas.\n\n"
    "Un saludo,\nEquipo de Talento de Farmavía"
)
add(dict(
    kind="application_received", name="farmavia_greenhouse_cannot_reply_all", lang="es",
    company="Farmavía Laboratorios", contact="",
    frm=("Farmavía Laboratorios", "no-reply@greenhouse-mail.io"),
    subject="Gracias por tu candidatura a Farmavía Laboratorios",
    date="2026-01-14 10:37 +0000", id="farmavia_ack",
    headers=[("Auto-Submitted", "auto-generated")],
    text=_farm, html=ats_card("Farmavía Laboratorios", paragraphs(_farm), accent="#c1121f",
                              lang="es"),
    cte="quoted-printable",
))

add(dict(
    kind="application_received", name="medisur_teamtailor_confirmation", lang="es",
    company="Medisur Distribución Hospitalaria", contact="",
    frm=("Medisur Distribución Hospitalaria", "no-reply@teamtailor-mail.com"),
    subject="Tu candidatura a Técnica Comercial Guadalajara",
    date="2026-04-06 08:02 +0000", id="medisur_ack",
    headers=[("Auto-Submitted", "auto-generated")],
    text=(
        "¡Hola, Consuelo!\n\n"
        "Gracias por enviar tu candidatura a Técnica Comercial Guadalajara. La hemos "
        "recibido y ya está en manos del equipo de selección.\n\n"
        "¿Qué pasa ahora? Revisaremos todas las candidaturas al cierre de la oferta, el 12 de "
        "abril, y te escribiremos para contarte si pasas a la siguiente fase.\n\n"
        "Equipo de Personas · Medisur Distribución Hospitalaria\n\n"
        "Puedes gestionar tus datos aquí: https://medisur.teamtailor.com/connect/privacy\n"
    ),
))

add(dict(
    kind="application_received", name="talentia_registration_agency", lang="es",
    company="Talentia", contact="raul.ocana@talentia-ett.example.es",
    frm=("Raúl Ocaña | Talentia ETT", "raul.ocana@talentia-ett.example.es"),
    subject="Bienvenida a Talentia: tu registro está completo",
    date="2026-01-08 12:50 +0100", id="talentia_registered",
    html=outlook_html(mso(
        "Hola Consuelo:\n\n"
        "Encantado de haberte conocido esta mañana en la oficina. Te confirmo que ya estás "
        "dada de alta en nuestra base de candidatos del área de salud, con tu CV y la "
        "homologación de tu título chileno.\n\n"
        "A partir de ahora te propondré los procesos de clientes del sector dental y "
        "farmacéutico que encajen con tu perfil comercial. No tienes que hacer nada más por "
        "ahora.\n\n"
        "Un saludo,\n"
        "Raúl Ocaña\n"
        "Consultor de selección · Talentia ETT\n"
        "Paseo de las Delicias 71, 28045 Madrid · Tel. 910 402 377"
    )),
    html_charset="windows-1252", html_cte="quoted-printable",
))

add(dict(
    kind="application_received", name="quirodent_smartrecruiters_ack", lang="es",
    company="Quirodent Iberia", contact="",
    frm=("Quirodent Iberia", "no-reply@smartrecruiters.com"),
    subject="Quirodent Iberia: solicitud recibida",
    date="2026-01-26 16:22 +0000", id="quirodent_ack",
    headers=[("Auto-Submitted", "auto-generated")],
    text=(
        "Estimada Consuelo:\n\n"
        "Gracias por su solicitud para el puesto de Delegada Comercial Zona Centro. Le "
        "confirmamos que la hemos recibido.\n\n"
        "Si su perfil resulta preseleccionado, un miembro del equipo se pondrá en contacto "
        "con usted.\n\n"
        "Atentamente,\nQuirodent Iberia\n\n"
        "Powered by SmartRecruiters\n"
    ),
    charset="iso-8859-1", cte="quoted-printable",
))

add(dict(
    kind="application_received", name="nexomed_cv_received_human", lang="es",
    company="Nexomed Soluciones", contact="marta.lueje@nexomed.example.es",
    frm=("Marta Lueje", "marta.lueje@nexomed.example.es"),
    subject="RE: Candidatura Especialista de Producto – Implantología",
    date="2026-03-24 09:58 +0100", id="nexomed_cv", parent="nexomed_application",
    text=reply(
        "Hola Consuelo:\n\n"
        "Hemos recibido tu CV, muchas gracias. Lo he compartido con el responsable de "
        "implantología y en unos días te digo algo.\n\n"
        "Un saludo,\n"
        "Marta Lueje – People & Culture\n"
        "Nexomed Soluciones · C/ Albasanz 16, 28037 Madrid",
        "El lun, 23 mar 2026 a las 19:32, Consuelo Baptiste-Reinholt "
        "<consuelo.br@example.cl> escribió:",
        "Buenas tardes, Marta:\n\nTe envío mi candidatura para el puesto de Especialista de "
        "Producto – Implantología. Adjunto el CV.\n\nUn saludo,\nConsuelo",
    ),
))

_cre = (
    "Estimada Consuelo:\n\n"
    "Gracias por presentar su solicitud para Medical Sales Representative – Madrid Sur "
    "(ref. 2026-0412). Hemos registrado su candidatura correctamente.\n\n"
    "Recibimos un gran volumen de solicitudes y, por desgracia, no nos es posible contestar "
    "a cada candidata o candidato de forma individual. Si su perfil avanza, nos pondremos en "
    "contacto con usted por correo electrónico o por teléfono.\n\n"
    "Atentamente,\n"
    "Adquisición de Talento – Crescendo Pharma España"
)
add(dict(
    kind="application_received", name="crescendo_icims_no_individual_reply", lang="es",
    company="Crescendo Pharma España", contact="",
    frm=("Crescendo Pharma España", "crescendo@icims.com"),
    subject="Confirmación de recepción de su solicitud",
    date="2026-06-15 18:03 +0000", id="crescendo_ack", parent="crescendo_application",
    headers=[("Auto-Submitted", "auto-generated")],
    text=_cre, cte="base64",
))

add(dict(
    kind="application_received", name="iberica_personio_ack", lang="es",
    company="Ibérica de Ortodoncia", contact="",
    frm=("Ibérica de Ortodoncia", "noreply@personio.de"),
    subject="Confirmación: Comercial de Ortodoncia, Madrid",
    subj_cs=("iso-8859-1", "Q"),
    date="2026-08-03 07:41 +0200", id="iberica_ack",
    headers=[("Auto-Submitted", "auto-generated")],
    text=(
        "Hola Consuelo,\n\n"
        "muchas gracias por tu interés en Ibérica de Ortodoncia. Tu candidatura para el "
        "puesto de Comercial de Ortodoncia – Madrid nos ha llegado correctamente.\n\n"
        "Revisaremos tu documentación y te contactaremos lo antes posible.\n\n"
        "Saludos cordiales,\n"
        "Tu equipo de Ibérica de Ortodoncia\n\n"
        "Este correo ha sido generado automáticamente por Personio.\n"
    ),
    html=ats_card("Ibérica de Ortodoncia", paragraphs(
        "Hola Consuelo,\n\nmuchas gracias por tu interés en Ibérica de Ortodoncia. Tu "
        "candidatura para el puesto de Comercial de Ortodoncia – Madrid nos ha llegado "
        "correctamente.\n\nRevisaremos tu documentación y te contactaremos lo antes "
        "posible.\n\nSaludos cordiales,\nTu equipo de Ibérica de Ortodoncia"),
        "Este correo ha sido generado automáticamente por Personio.", accent="#264653",
        lang="es"),
))

add(dict(
    kind="application_received", name="manpuesto_alta_bolsa_agency", lang="es",
    company="Manpuesto", contact="yolanda.cerezo@manpuesto.example.es",
    frm=("Manpuesto ETT", "avisos@manpuesto.example.es"),
    reply_to=("Yolanda Cerezo", "yolanda.cerezo@manpuesto.example.es"),
    subject="Tu alta en la bolsa de empleo de Manpuesto",
    date="2026-02-02 11:00 +0100",
    text=(
        "Hola Consuelo:\n\n"
        "Te damos la bienvenida a Manpuesto. Hemos completado tu inscripción en nuestra "
        "bolsa de empleo de Toledo y Guadalajara para perfiles de ventas del sector "
        "sanitario, con la referencia CND-55812.\n\n"
        "Tu consultora de referencia será Yolanda Cerezo; si quieres actualizar tu CV o tu "
        "disponibilidad, responde directamente a este correo y le llegará a ella.\n\n"
        "Manpuesto ETT\n"
        "C/ Comercio 40, 45001 Toledo\n"
    ),
))

_odo = (
    "¡Hola Consuelo!\n\n"
    "Gracias por tu candidatura a Key Account Manager Clínicas en Odontomarket. Ya la "
    "tenemos y la estamos revisando.\n\n"
    "Te iremos contando novedades por aquí.\n\n"
    "El equipo de Talento de Odontomarket"
)
add(dict(
    kind="application_received", name="odontomarket_workable_ack", lang="es",
    company="Odontomarket", contact="",
    frm=("Odontomarket", "odontomarket@workablemail.com"),
    subject="Odontomarket: ¡hemos recibido tu candidatura!",
    subj_cs=("utf-8", "B"),
    date="2026-09-15 12:12 +0000", id="odontomarket_ack",
    text=_odo,
    html=ats_card("Odontomarket", paragraphs(_odo), "Enviado con Workable",
                  accent="#f26b21", lang="es"),
))

# ================================================================ received: English (5)

add(dict(
    kind="application_received", name="atlantico_lever_thanks_for_applying", lang="en",
    company="Atlântico MedTech", contact="",
    frm=("Atlântico MedTech", "no-reply@hire.lever.co"),
    subject="Thanks for applying to Atlântico MedTech",
    date="2026-02-10 13:26 +0000", id="atlantico_ack",
    text=(
        "Hi Consuelo,\n\n"
        "Thank you for your interest in Atlântico MedTech! We have received your application "
        "for Clinical Sales Specialist (Lisbon) and our team is reviewing it. If your "
        "qualifications match our needs, we will reach out about next steps.\n\n"
        "Best regards,\n"
        "The Atlântico MedTech Team\n"
    ),
))

add(dict(
    kind="application_received", name="brightwell_workday_received", lang="en",
    company="Brightwell Surgical", contact="",
    frm=("Brightwell Surgical", "brightwell@myworkday.com"),
    subject="Application received: Territory Sales Associate (Orthopaedics)",
    date="2026-01-19 22:40 +0000", id="brightwell_ack",
    headers=[("Auto-Submitted", "auto-generated")],
    html=ats_card("Brightwell Surgical", paragraphs(
        "Dear Consuelo,\n\n"
        "Thank you for submitting your application for Territory Sales Associate "
        "(Orthopaedics), requisition JR-22914.\n\n"
        "We're reviewing applications now. You can track the status of your application in "
        "your candidate home.") + button(
        "Candidate home", "https://brightwell.wd3.myworkday.com/careers/userHome"),
        "Please do not reply to this email. This mailbox is not monitored.", lang="en"),
))

_ng = (
    "Dear Consuelo,\n\n"
    "Thank you for applying for the Hospital Account Executive position at Northgate Pharma. "
    "This email confirms that your application has been received.\n\n"
    "Due to the high volume of applications we receive, unfortunately we are unable to "
    "respond to every applicant individually. If your application is successful, a member "
    "of our recruitment team will contact you within 14 days.\n\n"
    "Yours sincerely,\n"
    "Northgate Pharma Recruitment"
)
add(dict(
    kind="application_received", name="northgate_icims_unable_to_respond", lang="en",
    company="Northgate Pharma", contact="",
    frm=("Northgate Pharma Careers", "northgatepharma@icims.com"),
    subject="Northgate Pharma - we have received your application",
    date="2026-03-16 11:45 +0000", id="northgate_ack",
    headers=[("Auto-Submitted", "auto-generated")],
    text=_ng,
    html=ats_card("Northgate Pharma", paragraphs(_ng), accent="#00467f", lang="en"),
    html_cte="base64",
))

add(dict(
    kind="application_received", name="kestrel_cv_received", lang="en",
    company="Kestrel Search Partners", contact="tom.ellery@kestrelsearch.example.co.uk",
    frm=("Tom Ellery", "tom.ellery@kestrelsearch.example.co.uk"),
    subject="We've received your CV - Kestrel Search Partners",
    date="2026-06-22 16:14 +0100", id="kestrel_ack",
    text=(
        "Hi Consuelo,\n\n"
        "Thanks for sending over your CV - we've received it and added you to our medical "
        "devices talent pool. My colleague Harriet Cole leads our Iberian mandates and will "
        "be your main point of contact from here.\n\n"
        "Kind regards,\n"
        "Tom Ellery\n"
        "Research Associate | Kestrel Search Partners\n"
        "12 Bloomsbury Way, London WC1A 2SH | +44 20 7946 0230\n"
    ),
))

add(dict(
    kind="application_received", name="pinewood_bamboohr_received", lang="en",
    company="Pinewood Clinics", contact="",
    frm=("Pinewood Clinics", "no-reply@bamboohr.com"),
    subject="Thanks for applying - Practice Liaison Executive",
    date="2026-07-27 09:03 +0000", id="pinewood_ack",
    headers=[("Auto-Submitted", "auto-generated")],
    text=(
        "Hi Consuelo,\n\n"
        "We've got your application for Practice Liaison Executive - thanks for your interest "
        "in joining Pinewood Clinics! Our hiring team will review it and get back to you if "
        "there's a match.\n\n"
        "Pinewood Clinics People Team\n"
    ),
    html=page(paragraphs(
        "Hi Consuelo,\n\n"
        "We've got your application for Practice Liaison Executive - thanks for your interest "
        "in joining Pinewood Clinics! Our hiring team will review it and get back to you if "
        "there's a match.\n\nPinewood Clinics People Team"), lang="en"),
))

# ================================================================ received: French (3)

add(dict(
    kind="application_received", name="garonne_successfactors_accuse", lang="fr",
    company="Garonne Médical", contact="",
    frm=("Garonne Médical Recrutement", "noreply@successfactors.eu"),
    name_cs=("iso-8859-1", "Q"),
    subject="Accusé de réception de votre candidature",
    date="2026-03-02 07:58 +0100", id="garonne_ack",
    headers=[("Auto-Submitted", "auto-generated")],
    charset="iso-8859-1", cte="8bit",
    text=(
        "Madame,\n\n"
        "Nous accusons réception de votre candidature au poste de Délégué(e) commercial(e) "
        "dispositifs dentaires - Toulouse (réf. 4471).\n\n"
        "Notre équipe l'étudiera avec attention. Sans réponse de notre part dans un délai de "
        "quatre semaines, vous pourrez considérer que votre candidature n'a pas été "
        "retenue.\n\n"
        "Le service Recrutement\nGaronne Médical\n\n"
        "Merci de ne pas répondre à ce message automatique.\n"
    ),
))

add(dict(
    kind="application_received", name="occitalent_inscription_cabinet", lang="fr",
    company="Occitalent", contact="sandrine.vidal@occitalent.example.fr",
    frm=("Sandrine Vidal", "sandrine.vidal@occitalent.example.fr"),
    subject="Votre inscription au Cabinet Occitalent",
    date="2026-04-20 15:31 +0200", id="occitalent_ack",
    text=(
        "Bonjour Consuelo,\n\n"
        "Merci pour notre échange de ce matin. Je vous confirme votre inscription dans notre "
        "vivier de candidats santé : votre CV et vos prétentions sont bien enregistrés.\n\n"
        "Je vous contacterai dès qu'une mission de visite médicale ou de vente de dispositifs "
        "correspondra à votre profil sur Toulouse et sa région.\n\n"
        "Bien cordialement,\n"
        "Sandrine Vidal\n"
        "Consultante Santé – Cabinet Occitalent\n"
        "14 allées Jean-Jaurès, 31000 Toulouse – 05 61 22 48 90\n"
    ),
))

_pas = (
    "Madame Baptiste-Reinholt,\n\n"
    "Nous avons bien reçu votre candidature pour le poste « Visiteuse médicale - Occitanie "
    "(H/F) », numéro de demande 2600418.\n\n"
    "Vous pouvez suivre son avancement à tout moment depuis votre espace candidat.\n\n"
    "Cordialement,\nLaboratoires Pastelier, Ressources humaines"
)
add(dict(
    kind="application_received", name="pastelier_taleo_bien_recu", lang="fr",
    company="Laboratoires Pastelier", contact="",
    frm=("Laboratoires Pastelier", "no-reply@taleo.net"),
    subject="Laboratoires Pastelier : candidature bien reçue (2600418)",
    subj_cs=("iso-8859-1", "B"),
    date="2026-05-04 06:30 +0000", id="pastelier_ack",
    headers=[("Auto-Submitted", "auto-generated")],
    html=ats_card("Laboratoires Pastelier", paragraphs(_pas) + button(
        "Mon espace candidat", "https://pastelier.taleo.net/careersection/2/mysubmissions.ftl"),
        "Ce courriel a été envoyé automatiquement, merci de ne pas y répondre.",
        accent="#7b2cbf", lang="fr"),
    html_charset="iso-8859-1", html_cte="quoted-printable",
))

# ================================================================ received: German (3)

add(dict(
    kind="application_received", name="mainwerk_personio_eingang", lang="de",
    company="Mainwerk Medizintechnik", contact="",
    frm=("Mainwerk Medizintechnik GmbH", "noreply@personio.de"),
    subject="Eingangsbestätigung Ihrer Bewerbung",
    date="2026-02-16 19:22 +0100", id="mainwerk_ack",
    headers=[("Auto-Submitted", "auto-generated")],
    text=(
        "Sehr geehrte Frau Baptiste-Reinholt,\n\n"
        "vielen Dank für Ihre Bewerbung als Außendienstmitarbeiter (m/w/d) Dentalprodukte. "
        "Hiermit bestätigen wir den Eingang Ihrer Unterlagen.\n\n"
        "Wir prüfen Ihre Bewerbung sorgfältig und melden uns in den nächsten zwei Wochen bei "
        "Ihnen.\n\n"
        "Mit freundlichen Grüßen\n"
        "Ihr Recruiting-Team\n"
        "Mainwerk Medizintechnik GmbH\n"
    ),
    charset="windows-1252", cte="quoted-printable",
))

add(dict(
    kind="application_received", name="zahnwerk_softgarden_danke", lang="de",
    company="Zahnwerk Kliniken", contact="",
    frm=("Zahnwerk Kliniken AG", "no-reply@softgarden.io"),
    subject="Danke für Ihre Bewerbung bei Zahnwerk Kliniken",
    date="2026-08-24 10:19 +0200", id="zahnwerk_ack",
    headers=[("Auto-Submitted", "auto-generated")],
    html=ats_card("Zahnwerk Kliniken", paragraphs(
        "Hallo Consuelo Baptiste-Reinholt,\n\n"
        "vielen Dank für Ihre Bewerbung als Praxisberaterin (m/w/d) Frankfurt. Ihre "
        "Unterlagen sind bei uns eingegangen und werden jetzt vom Fachbereich geprüft.\n\n"
        "Über den Stand Ihrer Bewerbung können Sie sich jederzeit in Ihrem Bewerberkonto "
        "informieren.") + button("Zum Bewerberkonto",
        "https://zahnwerk.softgarden.io/de/applicant/login", accent="#e76f51"),
        "Diese Nachricht wurde automatisch erstellt. Datenschutz: "
        "https://zahnwerk.example.de/datenschutz", accent="#e76f51", lang="de"),
    html_cte="base64",
))

add(dict(
    kind="application_received", name="mediflux_recruitee_eingang", lang="de",
    company="Mediflux Vertrieb", contact="",
    frm=("Mediflux Vertrieb", "no-reply@jobs.recruitee.com"),
    subject="Ihre Bewerbung: Produktspezialistin (m/w/d) Frankfurt",
    date="2026-05-26 13:48 +0200", id="mediflux_ack",
    text=(
        "Hallo Frau Baptiste-Reinholt,\n\n"
        "danke für Ihre Bewerbung! Wir haben sie erhalten und melden uns, sobald wir alle "
        "Unterlagen gesichtet haben. Leider können wir nicht jede Bewerbung einzeln "
        "kommentieren – wenn Ihr Profil passt, hören Sie von uns.\n\n"
        "Viele Grüße\n"
        "Team Mediflux\n"
    ),
))

# ================================================================ offers: Spanish (5)

add(dict(
    kind="offer", name="ortoduran_formal_offer_pdf", lang="es",
    company="Ortoduran Dental Systems", contact="inigo.salcedo@ortoduran.example.es",
    frm=("Íñigo Salcedo", "inigo.salcedo@ortoduran.example.es"),
    subject="Oferta de empleo – Delegada Comercial Implantología",
    date="2026-03-04 12:20 +0100", id="ortoduran_offer", parent="ortoduran_thanks",
    text=(
        "Hola Consuelo:\n\n"
        "¡Enhorabuena! Nos alegra mucho ofrecerte el puesto de Delegada Comercial "
        "Implantología para la zona Madrid Este – Guadalajara.\n\n"
        "Te adjuntamos la carta de oferta con las condiciones: contrato indefinido, "
        "incorporación el 1 de abril, salario fijo de 31.000 € brutos anuales más variable "
        "por objetivos de hasta 9.000 €, coche de empresa y teléfono.\n\n"
        "Para aceptarla, devuélvenos la carta firmada antes del 11 de marzo. Si tienes "
        "cualquier duda, llámame.\n\n"
        "Un abrazo,\n"
        "Íñigo Salcedo\n"
        "Talent Acquisition Partner\n"
        "Ortoduran Dental Systems S.L.\n"
        "T. +34 913 270 455\n"
    ),
    cte="quoted-printable",
    pdf=[dict(filename="Carta_oferta_Baptiste-Reinholt.pdf", title="Carta de oferta",
              lines=["Ortoduran Dental Systems S.L.", "Carta de oferta", "",
                     "Dña. Consuelo Baptiste-Reinholt",
                     "Puesto: Delegada Comercial Implantología",
                     "Incorporación: 1 de abril de 2026",
                     "Retribución fija: 31.000 EUR brutos anuales",
                     "Variable: hasta 9.000 EUR", "Madrid, 4 de marzo de 2026"])],
))

add(dict(
    kind="offer", name="medisur_verbal_offer_followup", lang="es",
    company="Medisur Distribución Hospitalaria", contact="olga.merino@medisur.example.es",
    frm=("Olga Merino", "olga.merino@medisur.example.es"),
    cc=[("Sergio Lacasa", "sergio.lacasa@medisur.example.es")],
    subject="Lo que hablamos esta mañana",
    date="2026-05-12 14:05 +0200", id="medisur_offer", parent="medisur_cancel",
    text=(
        "Hola Consuelo:\n\n"
        "Como te he dicho por teléfono, queremos que te incorpores al equipo como Técnica "
        "Comercial en Guadalajara. Te resumo por escrito lo que te he ofrecido: contrato "
        "indefinido con seis meses de prueba, 28.500 € fijos más un 15 % de variable, "
        "vehículo de empresa y formación de producto en Zaragoza el primer mes.\n\n"
        "Sergio te enviará el contrato esta semana. Me haría mucha ilusión que dijeras que "
        "sí.\n\n"
        "Olga Merino\n"
        "Directora Comercial\n"
        "Medisur Distribución Hospitalaria, S.A.\n"
        "Av. de Castilla 11, 19002 Guadalajara · 949 88 02 00\n"
    ),
))

add(dict(
    kind="offer", name="halcon_client_wants_offer", lang="es",
    company="BioSutura", contact="carmen.ribas@halconribas.example.es",
    frm=("Carmen Ribas", "carmen.ribas@halconribas.example.es"),
    subject="¡BioSutura quiere hacerte una oferta!",
    subj_cs=("utf-8", "Q"),
    date="2026-06-10 18:36 +0200", id="biosutura_offer", parent="biosutura_invite",
    text=(
        "Consuelo:\n\n"
        "Acaba de llamarme Martín Echegaray: BioSutura quiere hacerte una oferta para el "
        "puesto de Product Specialist Cirugía Oral. Me habla de una banda de 34.000–36.000 € "
        "fijos más bonus anual, y les gustaría que empezaras en septiembre.\n\n"
        "Mañana te llamo para contarte todos los detalles y ver cómo lo quieres negociar "
        "antes de que te llegue la carta formal.\n\n"
        "¡Enhorabuena!\n"
        "Carmen Ribas\n"
        "Halcón & Ribas Executive Search\n"
        "+34 914 170 633\n"
    ),
))

add(dict(
    kind="offer", name="iberica_contract_for_signature", lang="es",
    company="Ibérica de Ortodoncia", contact="lorena.vidal@ibericaorto.example.es",
    frm=("Lorena Vidal", "lorena.vidal@ibericaorto.example.es"),
    subject="Tu contrato para firma – Comercial de Ortodoncia",
    date="2026-09-01 12:47 +0200", parent="iberica_ack",
    text=(
        "Hola Consuelo:\n\n"
        "Tal como acordamos, te enviamos tu contrato de trabajo como Comercial de "
        "Ortodoncia para que lo firmes. Lo tienes adjunto en PDF y también en la "
        "plataforma de firma electrónica:\n"
        "https://firma.ibericaorto.example.es/sobre/7d1e-consuelo\n\n"
        "Fecha de alta prevista: 1 de octubre de 2026. Cuando lo firmes, te pediremos el "
        "número de la Seguridad Social y la cuenta para la nómina.\n\n"
        "Un saludo,\n"
        "Lorena Vidal\n"
        "Administración de Personal\n"
        "Ibérica de Ortodoncia S.L.U. · C/ Orense 20, 28020 Madrid\n"
    ),
    pdf=[dict(filename="Contrato_Comercial_Ortodoncia.pdf", title="Contrato de trabajo",
              lines=["CONTRATO DE TRABAJO INDEFINIDO", "",
                     "Empresa: Ibérica de Ortodoncia S.L.U.",
                     "Trabajadora: Consuelo Baptiste-Reinholt",
                     "Categoría: Comercial de Ortodoncia",
                     "Inicio: 1 de octubre de 2026", "", "Firma de la trabajadora: ________"])],
))

add(dict(
    kind="offer", name="almenara_offer_after_assessment", lang="es",
    company="Laboratorios Almenara", contact="gloria.navas@almenara.example.es",
    frm=("Gloria Navas", "gloria.navas@almenara.example.es"),
    subject="Propuesta de incorporación – Visitadora Médica Odontología",
    date="2026-09-21 11:11 +0200", parent="almenara_moved",
    html=page(paragraphs(
        "Estimada Consuelo:\n\n"
        "Después de la jornada de evaluación del viernes 11, el comité ha decidido por "
        "unanimidad proponerte la incorporación como Visitadora Médica del Área de "
        "Odontología en Toledo y Ciudad Real.\n\n"
        "Condiciones principales:\n"
        "· Contrato indefinido, jornada completa\n"
        "· 30.000 € brutos anuales + incentivos trimestrales\n"
        "· Vehículo, tablet y dietas\n"
        "· Incorporación: 19 de octubre de 2026\n\n"
        "Te rogamos que nos confirmes tu aceptación antes del 28 de septiembre. Quedo a tu "
        "disposición para resolver cualquier duda.\n\n"
        "Un cordial saludo,\n"
        "Gloria Navas\n"
        "Selección y Desarrollo · Laboratorios Almenara\n"
        "925 24 55 90"), lang="es"),
    html_cte="quoted-printable",
))

# ================================================================ offers: English (2)

add(dict(
    kind="offer", name="lumen_offer_letter_pdf", lang="en",
    company="Lumen Oral Care", contact="eleanor.marsh@lumenoralcare.example.co.uk",
    frm=("Eleanor Marsh", "eleanor.marsh@lumenoralcare.example.co.uk"),
    subject="Your offer from Lumen Oral Care",
    date="2026-08-24 15:02 +0100", parent="lumen_moved",
    text=(
        "Dear Consuelo,\n\n"
        "Following your excellent performance at the assessment centre, I'm very pleased to "
        "offer you the position of Graduate Medical Sales Representative, based in our "
        "London office and covering South-East England.\n\n"
        "Your offer letter is attached. In summary: a starting salary of GBP 32,000, a "
        "performance bonus of up to 15%, a company car and private medical cover, with a "
        "start date of 5 October 2026.\n\n"
        "Please sign and return the letter by 31 August, or get in touch if you'd like to "
        "discuss anything.\n\n"
        "Warm regards,\n"
        "Eleanor Marsh\n"
        "Early Careers Recruitment\n"
        "Lumen Oral Care Ltd, 40 Great Suffolk Street, London SE1 0UG\n"
    ),
    html=page(paragraphs(
        "Dear Consuelo,\n\n"
        "Following your excellent performance at the assessment centre, I'm very pleased to "
        "offer you the position of Graduate Medical Sales Representative, based in our "
        "London office and covering South-East England.\n\n"
        "Your offer letter is attached. In summary: a starting salary of GBP 32,000, a "
        "performance bonus of up to 15%, a company car and private medical cover, with a "
        "start date of 5 October 2026.\n\n"
        "Please sign and return the letter by 31 August, or get in touch if you'd like to "
        "discuss anything.\n\n"
        "Warm regards,\nEleanor Marsh\nEarly Careers Recruitment"), lang="en"),
    pdf=[dict(filename="Lumen_Offer_Letter_CBaptiste-Reinholt.pdf", title="Offer letter",
              lines=["Lumen Oral Care Ltd", "Offer of employment", "",
                     "Consuelo Baptiste-Reinholt",
                     "Role: Graduate Medical Sales Representative",
                     "Salary: GBP 32,000 per annum", "Start date: 5 October 2026",
                     "Signed: ____________   Date: ________"])],
))

add(dict(
    kind="offer", name="quayside_verbal_offer_followup", lang="en",
    company="Quayside Medical Devices", contact="ana.pinho@quaysidemed.example.pt",
    frm=("Ana Pinho", "ana.pinho@quaysidemed.example.pt"),
    subject="Following up on our call - your offer",
    date="2026-09-25 17:20 +0100", parent="quayside_resched",
    text=reply(
        "Hi Consuelo,\n\n"
        "As promised, here's a written recap of the offer I made on the phone earlier: "
        "Key Account Manager, Lisbon, EUR 38,000 base plus up to 20% commission, relocation "
        "support of EUR 3,000 and a start date in early November. Our lawyers will send the "
        "formal contract on Monday.\n\n"
        "We're really excited to have you on board - let me know your decision by next "
        "Friday.\n\n"
        "Ana",
        "On Fri, 25 Sep 2026 at 13:02, Consuelo Baptiste-Reinholt <consuelo.br@example.cl> "
        "wrote:",
        "Hi Ana, I'm free to talk at 4pm Lisbon time if that works. Speak soon, Consuelo",
    ),
))

# ================================================================ offers: French (2)

add(dict(
    kind="offer", name="pastelier_proposition_embauche_pdf", lang="fr",
    company="Laboratoires Pastelier", contact="julien.arnaud@pastelier.example.fr",
    frm=("Julien Arnaud", "julien.arnaud@pastelier.example.fr"),
    subject="Proposition d'embauche – Visiteuse médicale Toulouse Sud",
    date="2026-06-01 10:05 +0200", parent="pastelier_thanks",
    text=(
        "Bonjour Consuelo,\n\n"
        "J'ai le plaisir de vous adresser, au nom de Laboratoires Pastelier, une proposition "
        "d'embauche en CDI pour le poste de visiteuse médicale sur le secteur Toulouse Sud.\n\n"
        "Vous trouverez en pièce jointe la lettre détaillant la rémunération (34 000 € bruts "
        "annuels et une part variable), le véhicule de fonction et la date de démarrage "
        "envisagée au 1er septembre, sous réserve de l'obtention de votre carte "
        "professionnelle.\n\n"
        "Merci de nous faire part de votre réponse sous dix jours.\n\n"
        "Bien cordialement,\n"
        "Julien Arnaud\n"
        "Laboratoires Pastelier SAS\n"
        "18 chemin de la Flambère, 31300 Toulouse\n"
    ),
    charset="windows-1252", cte="quoted-printable",
    pdf=[dict(filename="Proposition_embauche_Pastelier.pdf", title="Proposition d'embauche",
              lines=["Laboratoires Pastelier SAS", "Proposition d'embauche - CDI", "",
                     "Madame Consuelo Baptiste-Reinholt",
                     "Poste : Visiteuse médicale, secteur Toulouse Sud",
                     "Rémunération : 34 000 EUR bruts annuels + variable",
                     "Date de démarrage : 1er septembre 2026"])],
))

add(dict(
    kind="offer", name="sud_implant_contrat_a_signer", lang="fr",
    company="Sud Implant Distribution", contact="pierre.lafont@sudimplant.example.fr",
    frm=("Pierre Lafont", "pierre.lafont@sudimplant.example.fr"),
    subject="Votre contrat de travail à signer",
    subj_cs=("utf-8", "Q", "words"),
    date="2026-10-08 16:16 +0200",
    text=(
        "Bonjour Consuelo,\n\n"
        "Suite à votre accord oral de lundi, je vous transmets votre contrat de technico-"
        "commerciale pour la zone Toulouse – Albi. Il vous attend dans l'outil de signature "
        "électronique :\n"
        "https://signature.sudimplant.example.fr/doc/c9e2\n\n"
        "Une fois signé, nous organiserons votre intégration à partir du 2 novembre.\n\n"
        "Au plaisir de vous compter parmi nous,\n"
        "Pierre Lafont\n"
        "Directeur commercial\n"
        "Sud Implant Distribution – ZA de Bel Air, 31140 Aucamville\n"
    ),
))

# ================================================================ offers: German (1)

add(dict(
    kind="offer", name="rheinpharm_vertragsangebot_pdf", lang="de",
    company="Rheinpharm", contact="t.wegener@rheinpharm.example.de",
    frm=("Tobias Wegener", "t.wegener@rheinpharm.example.de"),
    subject="Ihr Vertragsangebot als Pharmareferentin",
    date="2026-08-05 09:44 +0200", parent="rheinpharm_moved",
    text=(
        "Sehr geehrte Frau Baptiste-Reinholt,\n\n"
        "wir freuen uns sehr, Ihnen nach den Gesprächen mit Frau Dr. Oertel die Stelle als "
        "Pharmareferentin im Gebiet Frankfurt-Süd anbieten zu können. Anbei finden Sie "
        "unser Vertragsangebot (unbefristet, Jahresgehalt 52.000 € brutto zzgl. Bonus, "
        "Dienstwagen auch zur privaten Nutzung, Eintritt zum 1. Oktober 2026).\n\n"
        "Bitte senden Sie uns den unterschriebenen Vertrag bis zum 14. August zurück.\n\n"
        "Freundliche Grüße\n"
        "Tobias Wegener\n"
        "Talent Acquisition\n"
        "Rheinpharm AG · Lyoner Straße 14 · 60528 Frankfurt am Main\n"
    ),
    cte="quoted-printable",
    pdf=[dict(filename="Vertragsangebot_Baptiste-Reinholt.pdf", title="Vertragsangebot",
              lines=["Rheinpharm AG", "Arbeitsvertrag - Angebot", "",
                     "Frau Consuelo Baptiste-Reinholt", "Position: Pharmareferentin (m/w/d)",
                     "Jahresgehalt: 52.000 EUR brutto", "Eintritt: 1. Oktober 2026"])],
))

assert len(MESSAGES) == 31, len(MESSAGES)
