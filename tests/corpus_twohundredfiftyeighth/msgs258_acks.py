"""Corpus 258, acknowledgements and offers: 21 application_received, 10 offer."""

from __future__ import annotations

from msgs258_common import (
    ME,
    ats_card,
    forward_block,
    msg,
    outlook_block,
    outlook_html,
    plain,
    reply,
    simple_html,
)

MESSAGES: list[dict] = []
add = MESSAGES.append

ACK = "application_received"
OFF = "offer"

# ====================================================================== received (21)
# ------------------------------------------------------------------ Spanish (11)

P = [
    "Hola Mateo,",
    "Gracias por tu interés en Datalia. Hemos recibido tu candidatura para Analista de Datos "
    "Junior y el equipo la revisará en los próximos días.",
    "Equipo Datalia",
]
add(msg(
    ACK, "datalia_teamtailor_ack", "es", "Datalia", "",
    frm=("Datalia", "no-reply@teamtailor-mail.com"),
    subject="Hemos recibido tu candidatura – Analista de Datos Junior",
    date="2026-02-09 08:03 +0100",
    text="Hola Mateo,\n\nGracias por tu interés en Datalia. Hemos recibido tu candidatura para "
         "Analista de Datos Junior y el equipo la revisará en los próximos días.\n\n"
         "Equipo Datalia\n",
    html=ats_card("Datalia", "#7c3aed", P,
                  ["Datalia · Calle Marqués de Larios 4 · 29005 Málaga",
                   "Gestiona tus datos: https://datalia.teamtailor.example.com/connect"], lang="es"),
))

P = [
    "¡Hola, Mateo!",
    "Ya formas parte de la bolsa de candidatos de Talentia ETT en Málaga. Hemos guardado tu CV "
    "y los datos de tu entrevista de registro en la oficina de la Alameda.",
    "A partir de ahora tu consultora de referencia será Rocío Benítez. Cuando tengamos una "
    "posición que encaje con tu perfil (análisis de datos, reporting, atención al cliente en "
    "hostelería) te llamaremos para contártela antes de enviar tu candidatura a ninguna empresa.",
    "Recuerda mantener actualizada tu disponibilidad en el área privada.",
    "Equipo Talentia ETT",
]
add(msg(
    ACK, "talentia_registration", "es", "Talentia ETT", "",
    frm=("Talentia ETT", "noreply@talentia.example.es"),
    subject="Bienvenido a Talentia: tu registro está completo",
    date="2026-01-08 12:30 +0100",
    html=ats_card("Talentia ETT", "#e11d48", P,
                  ["Talentia ETT · C/ Alameda Principal 21 · 29005 Málaga · Autorización ETT 29/0093",
                   "Este correo se ha enviado desde una dirección que no admite respuestas."],
                  button=("Entrar en mi área privada", "https://portal.talentia.example.es/login"),
                  lang="es"),
    cte="quoted-printable",
))

P = [
    "Hola, Mateo:",
    "Te confirmamos que hemos recibido correctamente tu candidatura al puesto Analista de Datos "
    "Junior (Riesgos Minoristas), ref. R-26-0113.",
    "Nuestro equipo de Talento revisará tu perfil. Debido al gran volumen de solicitudes, "
    "lamentablemente no podemos responder de manera individual a cada persona candidata; si tu "
    "perfil avanza, nos pondremos en contacto contigo.",
    "Gracias por pensar en Banca Alborán.",
]
add(msg(
    ACK, "alboran_workday_ack", "es", "Banca Alborán", "",
    frm=("Banca Alborán Talento", "bancaalboran@myworkday.com"),
    subject="Gracias por tu candidatura – R-26-0113",
    date="2026-01-14 21:19 +0000",
    text=plain(P),
    html=ats_card("Banca Alborán", "#0b4f8a", P,
                  ["Mensaje automático. No respondas a este correo."], lang="es"),
    cte="base64",
    html_cte="base64",
    headers={"Auto-Submitted": "auto-generated"},
))

add(msg(
    ACK, "nazari_cv_received", "es", "Nazarí Consulting", "alvaro.jimenez@nazariconsulting.example.es",
    frm=("Álvaro Jiménez Ortega", "alvaro.jimenez@nazariconsulting.example.es"),
    subject="Re: CV - Analista de datos",
    date="2026-03-03 13:47 +0100",
    text=(
        "Hola Mateo:\n\n"
        "Hemos recibido tu CV, gracias. Lo paso esta semana a Carmen, de Analytics, y te decimos "
        "algo en cuanto lo vea.\n\n"
        "Un saludo,\n"
        "Álvaro Jiménez Ortega\n"
        "Manager · Nazarí Consulting · Gran Vía de Colón 38, 18010 Granada\n"
    ),
    charset="iso-8859-1",
    cte="quoted-printable",
))

P = [
    "Hola Mateo,",
    "¡Gracias por postularte a Data Analyst Trainee en Telecom Bética!",
    "Tu solicitud ya está en nuestras manos. Revisamos cada candidatura y, si tu experiencia "
    "encaja con lo que buscamos, alguien del equipo te contactará para los siguientes pasos.",
    "Mientras tanto, puedes seguir el estado de tu candidatura desde tu perfil.",
    "Equipo de Personas, Telecom Bética",
]
add(msg(
    ACK, "betica_smartrecruiters_ack", "es", "Telecom Bética", "",
    frm=("Telecom Bética", "no-reply@smartrecruiters.com"),
    subject="Gracias por tu candidatura a Data Analyst Trainee",
    date="2026-04-20 18:06 +0000",
    text=plain(P),
    html=ats_card("Telecom Bética", "#6b21a8", P, ["Powered by SmartRecruiters"], lang="es"),
))

add(msg(
    ACK, "genil_sf_ack", "es", "Caja Genil", "",
    frm=("Caja Genil - Selección", "noreply@successfactors.eu"),
    frm_enc=("iso-8859-1", "Q"),
    subject="Confirmación de recepción de su candidatura",
    subj_enc=("iso-8859-1", "Q"),
    date="2026-09-01 06:40 +0000",
    text=(
        "Estimado/a candidato/a:\n\n"
        "Le agradecemos su interés en el Programa de Analistas Junior de Caja Genil. Su "
        "candidatura ha quedado registrada con el número 2026-PAJ-00871.\n\n"
        "Debido al elevado número de solicitudes que recibimos, lamentablemente no nos es "
        "posible responder de forma individual a cada candidato. Si su perfil resulta "
        "preseleccionado, el Departamento de Selección se pondrá en contacto con usted.\n\n"
        "Atentamente,\n"
        "Caja Genil\n\n"
        "Mensaje generado automáticamente. Por favor, no responda.\n"
    ),
    charset="iso-8859-1",
    cte="quoted-printable",
    headers={"Auto-Submitted": "auto-generated", "Precedence": "bulk"},
))

add(msg(
    ACK, "kairos_registration", "es", "Kairós Selección", "sonia.prieto@kairosseleccion.example.es",
    frm=("Sonia Prieto", "sonia.prieto@kairosseleccion.example.es"),
    subject="Alta en Kairós Selección",
    date="2026-04-06 17:02 +0200",
    text=(
        "Hola Mateo:\n\n"
        "Encantada de hablar contigo esta mañana. Te confirmo que ya tengo tu CV y que te he "
        "dado de alta en nuestra base de candidatos para procesos de datos y reporting en la "
        "Costa del Sol.\n\n"
        "Trabajo con varias aseguradoras y cadenas hoteleras; en cuanto tenga algo que encaje, "
        "te llamo antes de mover tu perfil.\n\n"
        "Sonia Prieto\n"
        "Kairós Selección · Consultora Senior\n"
        "Avda. de Andalucía 10, 29007 Málaga · 952 61 19 03\n\n"
        "De conformidad con el RGPD, sus datos se incorporan a un fichero de Kairós Selección "
        "con la finalidad de gestionar procesos de selección.\n"
    ),
    cte="quoted-printable",
))

P = [
    "Hola Mateo,",
    "Gracias por presentarte a Analista de Datos Junior en Axarquía Data Lab. Hemos recibido tu "
    "candidatura y tu CV.",
    "Nuestro equipo revisa todas las solicitudes personalmente. Te escribiremos en cuanto "
    "tengamos novedades, normalmente en un plazo de dos semanas.",
    "Un saludo,\nAxarquía Data Lab",
]
add(msg(
    ACK, "axarquia_workable_ack", "es", "Axarquía Data Lab", "",
    frm=("Axarquía Data Lab", "noreply@workablemail.com"),
    frm_enc=("utf-8", "Q"),
    subject="Hemos recibido tu candidatura en Axarquía Data Lab",
    date="2026-05-11 19:33 +0000",
    html=ats_card("Axarquía Data Lab", "#b45309", P, ["Enviado con Workable"], lang="es"),
))

P = [
    "Hola Mateo,",
    "¡Gracias por tu candidatura a Analista de Datos (Marketing y Reservas)!",
    "La hemos recibido correctamente. Estamos revisando perfiles durante las próximas dos "
    "semanas y te diremos algo en cualquier caso.",
    "Un abrazo desde la sierra,\nEquipo de Sierra Nevada Turismo",
]
add(msg(
    ACK, "sierra_recruitee_ack", "es", "Sierra Nevada Turismo", "",
    frm=("Sierra Nevada Turismo", "sierranevadaturismo@jobs.recruitee.com"),
    subject="Candidatura recibida: Analista de Datos (Marketing y Reservas)",
    date="2026-02-02 09:10 +0000",
    text=plain(P),
    html=ats_card("Sierra Nevada Turismo", "#0e7490", P, ["Enviado con Recruitee"], lang="es"),
    cte="quoted-printable",
))

P = [
    "Hola Mateo:",
    "Tu inscripción en Nexo Temporal ETT se ha completado. Hemos recibido tu CV y tu "
    "documentación (DNI y número de la Seguridad Social).",
    "Tu consultor asignado es Antonio Reina. Si quieres añadir algo a tu perfil o tienes "
    "cualquier duda, responde a este correo y le llegará directamente.",
    "Gracias por confiar en nosotros.",
]
add(msg(
    ACK, "nexo_registration", "es", "Nexo Temporal ETT", "antonio.reina@nexotemporal.example.es",
    frm=("Nexo Temporal ETT", "noreply@nexotemporal.example.es"),
    reply_to=("Antonio Reina", "antonio.reina@nexotemporal.example.es"),
    subject="Inscripción completada en Nexo Temporal",
    date="2026-05-25 10:12 +0200",
    text=plain(P),
    html=ats_card("Nexo Temporal ETT", "#ca8a04", P,
                  ["Nexo Temporal ETT · Av. Velázquez 44 · 29003 Málaga"], lang="es"),
    charset="windows-1252",
    cte="quoted-printable",
))

P = [
    "Hola Mateo,",
    "Gracias por tu interés en Cartuja Labs. Hemos recibido tu candidatura a Junior Data "
    "Analyst (Sevilla) y la revisaremos con cuidado.",
    "Si tu experiencia encaja, alguien del equipo te escribirá para los siguientes pasos.",
    "— El equipo de Cartuja Labs",
]
add(msg(
    ACK, "cartuja_lever_ack", "es", "Cartuja Labs", "",
    frm=("Cartuja Labs", "no-reply@hire.lever.co"),
    subject="Gracias por tu candidatura a Cartuja Labs",
    date="2026-10-01 20:47 +0000",
    text=plain(P),
))

# ------------------------------------------------------------------ English (5)

P = [
    "Hi Mateo,",
    "Thanks for applying to Lusotur! We've received your application for Junior Data Analyst "
    "(Lisbon) and our team is reviewing it.",
    "If your background is a match, a member of our recruiting team will reach out to you "
    "about next steps.",
    "Obrigado,\nThe Lusotur Recruiting Team",
]
add(msg(
    ACK, "lusotur_greenhouse_ack", "en", "Lusotur", "",
    frm=("Lusotur", "no-reply@greenhouse-mail.io"),
    subject="Thank you for applying to Lusotur",
    date="2026-03-02 22:14 +0000",
    text=plain(P),
    html=ats_card("Lusotur", "#f97316", P, ["Powered by Greenhouse"]),
))

P = [
    "Dear Mateo,",
    "Thank you for applying to the Graduate Data Analyst Programme at Liffey Telecom.",
    "Your application has been received. The next step is a set of online assessments; you "
    "will receive a separate email with your personal link within 48 hours.",
    "Kind regards,\nLiffey Telecom Graduate Recruitment",
]
add(msg(
    ACK, "liffey_icims_ack", "en", "Liffey Telecom", "",
    frm=("Liffey Telecom Careers", "liffeytelecom@talent.icims.com"),
    subject="Application received: Graduate Data Analyst Programme",
    date="2026-06-01 09:05 +0000",
    text=plain(P),
    html=ats_card("Liffey Telecom", "#15803d", P,
                  ["This mailbox is not monitored.", "Liffey Telecom, 40 Sir John Rogerson's Quay, Dublin 2"]),
    headers={"Auto-Submitted": "auto-generated"},
))

P = [
    "Dear Mateo Villanueva-Okoro,",
    "Thank you for your application for Junior Data Analyst (Retail Credit), requisition "
    "HB-26-1187. It has been successfully submitted.",
    "Due to the high volume of applications we receive, unfortunately we cannot reply to every "
    "applicant individually. If you are shortlisted, a member of our Talent team will contact "
    "you.",
    "You can view your application status by logging in to the Harbourline Bank careers portal.",
    "Harbourline Bank Talent Acquisition",
]
add(msg(
    ACK, "harbourline_taleo_ack", "en", "Harbourline Bank", "",
    frm=("Harbourline Bank Careers", "no-reply@taleo.net"),
    subject="Harbourline Bank - Application Submitted - HB-26-1187",
    date="2026-07-06 12:31 +0000",
    text=plain(P),
    cte="quoted-printable",
))

add(msg(
    ACK, "brightwater_registration", "en", "Brightwater Recruitment", "conor.byrne@brightwater.example.ie",
    frm=("Conor Byrne", "conor.byrne@brightwater.example.ie"),
    subject="Great to speak today - you're registered",
    date="2026-08-03 16:48 +0100",
    text=(
        "Hi Mateo,\n\n"
        "Thanks for the chat earlier. I've received your CV and portfolio link, and you're now "
        "registered with Brightwater for junior data and analytics roles in Dublin.\n\n"
        "As discussed, I won't send your details to any company without checking with you "
        "first.\n\n"
        "Cheers,\n"
        "Conor Byrne\n"
        "Senior Consultant, Data & Analytics\n"
        "Brightwater Recruitment | 14 Baggot Street Lower, Dublin 2 | M: +353 87 555 0199\n"
    ),
))

P = [
    "Dear Mateo,",
    "Thank you for your application to Associate Data Analyst (Req. 4471) at Sintra Cloud. We "
    "have received it and will review it against the requirements of the role.",
    "Sintra Cloud Talent Acquisition",
]
add(msg(
    ACK, "sintra_sf_ack", "en", "Sintra Cloud", "",
    frm=("Sintra Cloud Careers", "careers-noreply@successfactors.eu"),
    subject="We have received your application",
    date="2026-09-21 14:00 +0000",
    html=ats_card("Sintra Cloud", "#1d4ed8", P, ["Please do not reply to this message."]),
    cte="base64",
))

# ------------------------------------------------------------------ French (2)

add(msg(
    ACK, "languedoc_workday_ack", "fr", "Banque du Languedoc", "",
    frm=("Banque du Languedoc - Recrutement", "banquedulanguedoc@myworkday.com"),
    subject="Accusé de réception de votre candidature",
    subj_enc=("utf-8", "Q"),
    date="2026-07-20 08:15 +0000",
    text=(
        "Bonjour Mateo,\n\n"
        "Nous accusons bonne réception de votre candidature au poste de Chargé(e) d'études data "
        "junior et vous remercions de l'intérêt que vous portez à la Banque du Languedoc.\n\n"
        "Compte tenu du nombre important de candidatures, nous ne pourrons malheureusement pas "
        "répondre individuellement à chacune d'entre elles. Si votre profil est retenu pour la "
        "suite du processus, nos équipes vous contacteront.\n\n"
        "La Direction des Ressources Humaines\n"
        "Banque du Languedoc\n"
    ),
    cte="quoted-printable",
    headers={"Auto-Submitted": "auto-generated"},
))

P = [
    "Bonjour Mateo,",
    "Merci pour votre candidature au poste d'analyste de données junior chez Garrigue Data ! "
    "Nous l'avons bien reçue.",
    "Notre équipe prend le temps de lire chaque dossier. Vous aurez de nos nouvelles d'ici deux "
    "semaines environ.",
    "À bientôt,\nL'équipe Garrigue Data",
]
add(msg(
    ACK, "garrigue_teamtailor_ack", "fr", "Garrigue Data", "",
    frm=("Garrigue Data", "no-reply@teamtailor-mail.com"),
    subject="Nous avons bien reçu votre candidature",
    date="2026-04-14 07:58 +0000",
    text=plain(P),
    html=ats_card("Garrigue Data", "#a16207", P, ["Garrigue Data · 12 rue de l'Aiguillerie · Montpellier"],
                  lang="fr"),
))

# ------------------------------------------------------------------ German (3)

P = [
    "Hallo Mateo,",
    "vielen Dank für deine Bewerbung als Junior Data Analyst (m/w/d) bei Isarwerk Analytics! "
    "Deine Unterlagen sind bei uns eingegangen.",
    "Wir schauen sie uns in Ruhe an und melden uns innerhalb von zwei Wochen bei dir.",
    "Viele Grüße\nDein Isarwerk-Team",
]
add(msg(
    ACK, "isarwerk_personio_ack", "de", "Isarwerk Analytics", "",
    frm=("Isarwerk Analytics", "no-reply@personio.de"),
    subject="Deine Bewerbung bei Isarwerk Analytics",
    date="2026-05-04 08:30 +0200",
    text=plain(P),
    html=ats_card("Isarwerk Analytics", "#1e3a8a", P,
                  ["Isarwerk Analytics · Erhardtstraße 10 · 80469 München",
                   "Datenschutz: https://isarwerk.jobs.personio.example.de/privacy"], lang="de"),
    cte="quoted-printable",
))

P = [
    "Sehr geehrter Herr Villanueva-Okoro,",
    "vielen Dank für Ihre Bewerbung als Junior Data Analyst (m/w/d). Hiermit bestätigen wir den "
    "Eingang Ihrer Unterlagen.",
    "Wir prüfen Ihre Bewerbung sorgfältig und melden uns so bald wie möglich bei Ihnen.",
    "Mit freundlichen Grüßen\nIhr Recruiting-Team von Alpenblick Reisen",
]
add(msg(
    ACK, "alpenblick_softgarden_ack", "de", "Alpenblick Reisen", "",
    frm=("Alpenblick Reisen", "noreply@softgarden.io"),
    subject="Eingangsbestätigung Ihrer Bewerbung",
    subj_enc=("utf-8", "B"),
    date="2026-06-15 22:02 +0200",
    text=plain(P),
    html=ats_card("Alpenblick Reisen", "#047857", P,
                  ["Diese E-Mail wurde automatisch über softgarden versendet."], lang="de"),
    headers={"Auto-Submitted": "auto-generated"},
))

add(msg(
    ACK, "personalwerk_registration", "de", "Personalwerk Süd", "tobias.lechner@personalwerk-sued.example.de",
    frm=("Tobias Lechner", "tobias.lechner@personalwerk-sued.example.de"),
    subject="Ihr Bewerberprofil bei Personalwerk Süd",
    date="2026-08-10 13:20 +0200",
    text=(
        "Hallo Herr Villanueva-Okoro,\n\n"
        "danke für das nette Telefonat. Ihren Lebenslauf habe ich erhalten und Ihr "
        "Bewerberprofil bei uns angelegt. Ich schaue jetzt, welche unserer Kunden in München "
        "Einsteiger im Datenbereich suchen, und melde mich, bevor ich Ihre Unterlagen "
        "weitergebe.\n\n"
        "Beste Grüße\n"
        "Tobias Lechner\n"
        "Personalberater | Personalwerk Süd\n"
        "Bayerstraße 33 | 80335 München | 089 555 01 77\n"
    ),
    charset="iso-8859-1",
    cte="base64",
))

# ====================================================================== offers (10)
# ------------------------------------------------------------------ Spanish (5)

add(msg(
    OFF, "datalia_offer_pdf", "es", "Datalia", "nerea.castillo@datalia.example.es",
    frm=("Nerea Castillo", "nerea.castillo@datalia.example.es"),
    subject="Tu oferta de Datalia 🎉",
    subj_enc=("utf-8", "B"),
    date="2026-03-10 12:00 +0100",
    parent="datalia_moved",
    text=(
        "¡Hola Mateo!\n\n"
        "Qué alegría escribirte esto: nos encantaría que te unieras a Datalia como Analista de "
        "Datos Junior. Te adjunto la carta de oferta con todos los detalles: contrato "
        "indefinido, 26.000 € brutos anuales, modelo híbrido (tres días en la oficina de Larios) "
        "e incorporación el 1 de abril.\n\n"
        "Échale un ojo con calma y, si tienes dudas, llámame. Nos gustaría tener tu respuesta "
        "antes del lunes 16 de marzo.\n\n"
        "Un abrazo,\n"
        "Nerea Castillo\n"
        "People & Talent · Datalia\n"
        "Calle Marqués de Larios 4, 29005 Málaga · +34 951 00 22 31\n"
    ),
    html=simple_html([
        "¡Hola Mateo!",
        "Qué alegría escribirte esto: nos encantaría que te unieras a Datalia como Analista de "
        "Datos Junior. Te adjunto la carta de oferta con todos los detalles: contrato "
        "indefinido, 26.000 € brutos anuales, modelo híbrido (tres días en la oficina de Larios) "
        "e incorporación el 1 de abril.",
        "Échale un ojo con calma y, si tienes dudas, llámame. Nos gustaría tener tu respuesta "
        "antes del lunes 16 de marzo.",
    ], ["Un abrazo,", "Nerea Castillo", "People & Talent · Datalia",
        "Calle Marqués de Larios 4, 29005 Málaga · +34 951 00 22 31"]),
    cte="quoted-printable",
    attach=[("pdf", "Carta_oferta_Datalia_MVillanueva.pdf", [
        "Datalia - Carta de oferta",
        "Málaga, 10 de marzo de 2026",
        "Estimado Mateo Villanueva-Okoro:",
        "Nos complace ofrecerle el puesto de Analista de Datos Junior.",
        "Salario bruto anual: 26.000 EUR en 14 pagas.",
        "Tipo de contrato: indefinido, jornada completa, 3 días presenciales.",
        "Fecha de incorporación prevista: 1 de abril de 2026.",
        "Periodo de prueba: 6 meses.",
        "Nerea Castillo, People & Talent",
    ], "Carta de oferta Datalia")],
))

add(msg(
    OFF, "tureserva_verbal_followup", "es", "TuReserva Andalucía", "paco@tureserva.example.es",
    frm=("Paco Romero", "paco@tureserva.example.es"),
    subject="Re: ¿Te vienes un día a trabajar con nosotros?",
    date="2026-07-27 13:31 +0200",
    parent="tureserva_trial_day",
    text=reply(
        "Mateo,\n\n"
        "Como te dije esta mañana por teléfono, lo de la jornada de prueba nos convenció a "
        "todos. Te lo dejo por escrito para que lo tengas claro:\n\n"
        "- Puesto: Analista de Datos Junior (conversión y reservas)\n"
        "- Salario: 24.500 € brutos/año + 1.500 € de variable por objetivos\n"
        "- Contrato indefinido, 40 h, viernes tarde libre en verano\n"
        "- Incorporación: 1 de septiembre\n\n"
        "Si me das el OK esta semana, Alba te prepara el contrato y te lo manda para firmar.\n\n"
        "Paco",
        "es", "mar, 14 jul 2026 a las 19:20", "Paco Romero <paco@tureserva.example.es>",
        "Hola Mateo,\n\nDespués de la llamada del viernes lo tenemos claro: antes de decidir "
        "queremos que pases una jornada de prueba con el equipo."),
    cte="8bit",
))

INNER = msg(
    "other", "malagueta_inner", "es",
    frm=("RR. HH. La Malagueta Hoteles", "rrhh@lamalagueta-hoteles.example.es"),
    to=[("Antonio Reina", "antonio.reina@nexotemporal.example.es")],
    subject="Candidato Mateo Villanueva - propuesta",
    date="2026-06-12 09:40 +0200",
    text=(
        "Antonio, buenos días:\n\n"
        "Después de la entrevista del martes queremos incorporar a Mateo Villanueva como "
        "analista de reporting en la central de reservas, con contrato de puesta a disposición "
        "de 6 meses y posibilidad de pasar a plantilla. Salario: 1.850 € brutos/mes. "
        "Incorporación el 1 de julio.\n\n"
        "¿Se lo trasladas tú?\n\n"
        "Marisa Téllez\n"
        "Recursos Humanos · La Malagueta Hoteles\n"
    ),
)
add(msg(
    OFF, "nexo_malagueta_offer", "es", "La Malagueta Hoteles", "antonio.reina@nexotemporal.example.es",
    frm=("Antonio Reina", "antonio.reina@nexotemporal.example.es"),
    subject="¡El cliente quiere hacerte una oferta!",
    date="2026-06-12 11:05 +0200",
    parent="nexo_registration",
    text=(
        "Mateo, ¡enhorabuena!\n\n"
        "La Malagueta Hoteles quiere hacerte una oferta para el puesto de analista de reporting "
        "en su central de reservas. Te reenvío abajo el correo de su responsable de RR. HH. con "
        "las condiciones: 6 meses a través de Nexo, 1.850 € brutos al mes y opción de pasar "
        "a plantilla.\n\n"
        "Llámame hoy si puedes y lo hablamos, que quieren respuesta antes del miércoles.\n\n"
        "Antonio Reina\n"
        "Consultor · Nexo Temporal ETT\n"
        "Av. Velázquez 44 · 29003 Málaga · 952 34 56 70\n"
    ),
    fwd=INNER,
))

add(msg(
    OFF, "tartessos_contract_signature", "es", "Soluciones Tartessos", "carmen.aguilar@tartessos.example.es",
    frm=("Carmen Aguilar", "carmen.aguilar@tartessos.example.es"),
    subject="Contrato para firma - Analista de Datos",
    date="2026-10-13 10:30 +0200",
    text=(
        "Hola Mateo:\n\n"
        "Tal y como hablamos, te adjunto el contrato de trabajo como Analista de Datos en "
        "Soluciones Tartessos para que lo revises y lo firmes. En unos minutos te llegará "
        "también el enlace de la plataforma de firma electrónica.\n\n"
        "Una vez firmado, necesitaremos copia de tu DNI, número de la Seguridad Social y un "
        "IBAN para la nómina. La incorporación sigue prevista para el 2 de noviembre en "
        "nuestra oficina de la Cartuja.\n\n"
        "¡Bienvenido!\n\n"
        "Carmen Aguilar\n"
        "Responsable de RR. HH. · Soluciones Tartessos\n"
        "C/ Américo Vespucio 15 · 41092 Sevilla\n"
    ),
    attach=[("pdf", "Contrato_Analista_Datos_firma_electrónica.pdf", [
        "CONTRATO DE TRABAJO POR TIEMPO INDEFINIDO",
        "Soluciones Tartessos y D. Mateo Villanueva-Okoro",
        "Categoría: Analista de Datos (Grupo 2, convenio de consultoría)",
        "Salario bruto anual: 25.200 EUR",
        "Fecha de inicio: 2 de noviembre de 2026",
        "Firma del trabajador: ____________________",
    ], "Contrato de trabajo")],
))

P = [
    "Buenas tardes, Mateo:",
    "En nombre de Madrid Movilidad Datos, me alegra comunicarte que queremos contar contigo como "
    "Analista de Datos Junior en el equipo de Demanda y Tarifas.",
    "Las condiciones que te proponemos son: contrato indefinido, 27.000 € brutos anuales en 12 "
    "pagas, 22 días laborables de vacaciones, teletrabajo dos días por semana y ayuda de "
    "transporte. La fecha de incorporación sería el 16 de noviembre.",
    "Te agradeceríamos una respuesta antes del viernes 23 de octubre. Si aceptas, te enviaremos "
    "el contrato para firma.",
    "Un cordial saludo,",
]
SIG = ["Ignacio Herrera Blanco", "Director de Analítica", "Madrid Movilidad Datos",
       "C/ de Méndez Álvaro 20 · 28045 Madrid · 910 00 33 44"]
add(msg(
    OFF, "mmdatos_offer_outlook", "es", "Madrid Movilidad Datos", "ignacio.herrera@mmdatos.example.es",
    frm=("Herrera Blanco, Ignacio", "ignacio.herrera@mmdatos.example.es"),
    subject="RE: Segunda entrevista - Analista de Datos Junior",
    date="2026-10-19 17:05 +0200",
    text=plain(P) + "\n".join(SIG) + "\n" + outlook_block(
        "es", "Mateo Villanueva-Okoro <mateo.vo@example.es>", "jueves, 15 de octubre de 2026 9:02",
        "Herrera Blanco, Ignacio <ignacio.herrera@mmdatos.example.es>",
        "Segunda entrevista - Analista de Datos Junior",
        "Buenos días, Ignacio:\n\nGracias por la segunda entrevista de ayer. Me quedé con "
        "ganas de seguir hablando del modelo de demanda de bicicletas. Quedo a la espera de "
        "vuestras noticias.\n\nUn saludo,\nMateo"),
    html=outlook_html(P, SIG, tail=(
        "De: Mateo Villanueva-Okoro <mateo.vo@example.es>\n"
        "Enviado el: jueves, 15 de octubre de 2026 9:02\n"
        "Para: Herrera Blanco, Ignacio <ignacio.herrera@mmdatos.example.es>\n"
        "Asunto: Segunda entrevista - Analista de Datos Junior\n\n"
        "Buenos días, Ignacio:\nGracias por la segunda entrevista de ayer. Me quedé con ganas de "
        "seguir hablando del modelo de demanda de bicicletas. Quedo a la espera de vuestras "
        "noticias.\nUn saludo,\nMateo")),
    charset="windows-1252",
    cte="quoted-printable",
    headers={"Thread-Topic": "Segunda entrevista - Analista de Datos Junior"},
))

# ------------------------------------------------------------------ English (3)

add(msg(
    OFF, "liffey_verbal_followup", "en", "Liffey Telecom", "ciaran.oneill@liffeytelecom.example.ie",
    frm=("Ciarán O'Neill", "ciaran.oneill@liffeytelecom.example.ie"),
    frm_enc=("utf-8", "Q"),
    subject="Following our call - your offer from Liffey Telecom",
    date="2026-07-03 16:12 +0100",
    parent="liffey_moved_online",
    text=(
        "Hi Mateo,\n\n"
        "It was a pleasure to give you the good news on the phone this afternoon. To confirm "
        "in writing: we would like to offer you a place on the Liffey Telecom Graduate Data "
        "Analyst Programme.\n\n"
        "  Start date: Monday 7 September 2026\n"
        "  Salary: EUR 36,000 per annum, plus 10% bonus target\n"
        "  Location: Dublin 2, hybrid (3 days in the office)\n"
        "  Relocation support: EUR 3,000 towards your move from Spain\n\n"
        "Your contract will follow early next week for signature. In the meantime, do let me "
        "know if you have any questions.\n\n"
        "Congratulations again!\n"
        "Ciarán\n\n"
        "Ciarán O'Neill\n"
        "Graduate Recruitment | Liffey Telecom\n"
        "40 Sir John Rogerson's Quay, Dublin 2 | +353 1 555 0188\n"
    ),
))

add(msg(
    OFF, "liffey_contract_pdf", "en", "Liffey Telecom", "ciaran.oneill@liffeytelecom.example.ie",
    frm=("Ciarán O'Neill", "ciaran.oneill@liffeytelecom.example.ie"),
    frm_enc=("iso-8859-1", "Q"),
    subject="Re: Following our call - your offer from Liffey Telecom",
    date="2026-07-08 10:02 +0100",
    parent="liffey_verbal_followup",
    text=(
        "Hi Mateo,\n\n"
        "As promised, attached is your contract of employment for the Graduate Data Analyst "
        "Programme. Please sign page 4 and send it back by Friday 17 July; a scanned copy is "
        "fine.\n\n"
        "Once we have it, our onboarding team will be in touch about your PPS number and "
        "first-week logistics.\n\n"
        "Best,\nCiarán\n"
    ),
    attach=[("pdf", "LiffeyTelecom_Contract_MVillanuevaOkoro.pdf", [
        "Liffey Telecom - Contract of Employment",
        "Employee: Mateo Villanueva-Okoro",
        "Position: Graduate Data Analyst",
        "Commencement: 7 September 2026",
        "Annual salary: EUR 36,000",
        "Signed for the employee: ____________________ (page 4)",
    ], "Contract of Employment")],
))

add(msg(
    OFF, "alfama_offer_letter", "en", "Alfama Analytics", "joana.ferreira@alfama-analytics.example.pt",
    frm=("Joana Ferreira", "joana.ferreira@alfama-analytics.example.pt"),
    subject="Re: Final interview - Alfama Analytics",
    date="2026-04-22 15:40 +0100",
    text=reply(
        "Dear Mateo,\n\n"
        "On behalf of everyone at Alfama Analytics, I'm delighted to offer you the position of "
        "Junior Data Analyst. Please find your offer letter attached, including salary, "
        "benefits and the proposed start date of 1 June.\n\n"
        "We'd appreciate your decision by 30 April. I'm happy to set up a call with the team if "
        "you'd like to talk anything through before then.\n\n"
        "Warm regards,\n"
        "Joana Ferreira\n"
        "People Lead | Alfama Analytics\n"
        "Largo do Chafariz de Dentro 1, 1100-139 Lisboa",
        "en", "Fri, 17 Apr 2026 at 18:20", "Mateo Villanueva-Okoro <mateo.vo@example.es>",
        "Hi Joana,\n\nThank you for the final interview today. It was great to meet the team, "
        "and the churn case was a lot of fun. Looking forward to hearing from you.\n\nBest,\n"
        "Mateo"),
    attach=[("pdf", "Alfama_Analytics_Offer_Letter.pdf", [
        "Alfama Analytics - Offer of Employment",
        "Lisbon, 22 April 2026",
        "Dear Mateo Villanueva-Okoro,",
        "We are pleased to offer you the position of Junior Data Analyst.",
        "Gross annual salary: EUR 24,000 (14 payments)",
        "Start date: 1 June 2026",
        "Please confirm your acceptance by 30 April 2026.",
    ], "Offer of Employment")],
))

# ------------------------------------------------------------------ French (1)

add(msg(
    OFF, "ecusson_proposition", "fr", "Écusson Conseil", "julien.fabre@ecussonconseil.example.fr",
    frm=("Julien Fabre", "julien.fabre@ecussonconseil.example.fr"),
    subject="Proposition d'embauche - Consultant data junior",
    date="2026-09-22 18:10 +0200",
    parent="ecusson_malade",
    text=(
        "Bonjour Mateo,\n\n"
        "Suite à vos entretiens avec l'équipe, j'ai le plaisir de vous proposer le poste de "
        "consultant data junior chez Écusson Conseil, en CDI, avec une rémunération annuelle "
        "brute de 31 000 € et une prise de poste le 2 novembre 2026.\n\n"
        "Vous trouverez en pièce jointe la lettre de proposition détaillée. Je vous remercie de "
        "me faire part de votre décision d'ici le 29 septembre.\n\n"
        "Au plaisir de vous accueillir à Montpellier,\n\n"
        "Julien Fabre\n"
        "Manager - Écusson Conseil\n"
        "5 boulevard du Jeu de Paume, 34000 Montpellier - 04 67 00 98 76\n"
    ),
    cte="quoted-printable",
    attach=[("pdf", "Proposition_embauche_Ecusson_Conseil.pdf", [
        "Écusson Conseil - Proposition d'embauche",
        "Montpellier, le 22 septembre 2026",
        "Monsieur Mateo Villanueva-Okoro,",
        "Poste : consultant data junior (CDI, statut ETAM)",
        "Rémunération annuelle brute : 31 000 EUR",
        "Date de prise de poste : 2 novembre 2026",
    ], "Proposition d'embauche")],
))

# ------------------------------------------------------------------ German (1)

add(msg(
    OFF, "isarwerk_vertragsangebot", "de", "Isarwerk Analytics", "franziska.huber@isarwerk.example.de",
    frm=("Franziska Huber", "franziska.huber@isarwerk.example.de"),
    subject="Dein Vertragsangebot von Isarwerk Analytics",
    date="2026-06-05 12:15 +0200",
    parent="isarwerk_krank_verschoben",
    text=(
        "Hallo Mateo,\n\n"
        "wir freuen uns riesig: Wir möchten dich als Junior Data Analyst bei Isarwerk Analytics "
        "einstellen! Im Anhang findest du unser Vertragsangebot (unbefristet, 48.000 € brutto "
        "im Jahr, Start am 1. August, 30 Urlaubstage).\n\n"
        "Lies es dir in Ruhe durch und gib uns bis zum 12. Juni Bescheid. Bei Fragen zum "
        "Umzug nach München helfen wir gern.\n\n"
        "Viele Grüße\n"
        "Franziska Huber\n"
        "Talent Acquisition | Isarwerk Analytics\n"
        "Erhardtstraße 10, 80469 München\n"
    ),
    cte="base64",
    attach=[("pdf", "Vertragsangebot_Isarwerk_Villanueva-Okoro.pdf", [
        "Isarwerk Analytics - Vertragsangebot",
        "München, 5. Juni 2026",
        "Position: Junior Data Analyst (unbefristet)",
        "Jahresbruttogehalt: 48.000 EUR",
        "Eintrittsdatum: 1. August 2026",
        "Urlaub: 30 Arbeitstage",
    ], "Vertragsangebot")],
))

assert len(MESSAGES) == 31, len(MESSAGES)
_unused = (ME, forward_block)
