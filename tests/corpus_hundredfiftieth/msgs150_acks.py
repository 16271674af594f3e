# ruff: noqa
"""Corpus 150: application acknowledgements and offers."""

from msgs150_common import (
    CANDIDATE,
    ats_card,
    outlook_block,
    outlook_html,
    paras,
    quote,
    reply_quote,
    simple_html,
)
from msgs150_invites import GONZALO, GRAINNE, ITZIAR, JAVIER, KATHARINA, MARTA, MATHILDE, VERENA

MESSAGES: list[dict] = []


def add(**spec) -> None:
    MESSAGES.append(spec)


ACK = "application_received"
OFFER = "offer"

# =======================================================================================
# application_received -- Spanish (11)
# =======================================================================================

GIRALDA_ACK = """Hola Nerea:

Gracias por tu interés en Hoteles Giralda. Hemos recibido tu candidatura para el puesto de Coordinador/a de Eventos y Banquetes – Hotel Giralda Triana (Sevilla).

Nuestro equipo de Talent Acquisition revisará tu perfil en los próximos días. Si encaja con lo que buscamos, nos pondremos en contacto contigo para los siguientes pasos.

Puedes consultar el estado de tu candidatura en cualquier momento desde tu área personal:
https://jobs.smartrecruiters.com/HotelesGiralda/743999012345-coordinador-a-de-eventos

Un saludo,
Equipo de Talent Acquisition
Hoteles Giralda
"""
add(kind=ACK, slug="giralda_smartrecruiters", lang="es", company="Hoteles Giralda", contact="",
    id="giralda_ack",
    frm=("Hoteles Giralda", "noreply@smartrecruiters.com"),
    subject="Hemos recibido tu candidatura – Coordinador/a de Eventos y Banquetes", date="2026-01-20 11:42 +0000",
    text=GIRALDA_ACK, html=ats_card("Hoteles Giralda", "#c28b00", paras(GIRALDA_ACK), "SmartRecruiters"),
    cte="quoted-printable", headers=[("Auto-Submitted", "auto-generated")])

IBERAVIA_ACK = """Hola Nerea:

Gracias por enviar tu solicitud para el puesto Coordinador/a de Eventos y Patrocinios (R-10442) en Iberavia.

Hemos recibido correctamente tu candidatura. Nuestro equipo de Talento la revisará junto con el resto de solicitudes. Lamentablemente, debido al gran volumen de candidaturas que recibimos, no podemos responder de forma individual a cada persona; si tu perfil avanza en el proceso, te contactaremos directamente.

Puedes seguir el estado de tu solicitud en el portal de candidatos:
https://iberavia.wd3.myworkday.com/iberavia_careers/userHome

Gracias de nuevo por tu interés en volar con nosotros.

Talento Iberavia
"""
add(kind=ACK, slug="iberavia_workday", lang="es", company="Iberavia", contact="",
    id="iberavia_ack",
    frm=("Iberavia Talento", "iberavia@myworkday.com"),
    subject="Solicitud recibida: Coordinador/a de Eventos y Patrocinios (R-10442)", date="2026-01-12 09:03 +0000",
    text=IBERAVIA_ACK, html=ats_card("Iberavia", "#003a70", paras(IBERAVIA_ACK), "© 2026 Iberavia. Enviado mediante Workday."),
    cte="quoted-printable", headers=[("Auto-Submitted", "auto-generated")])

add(kind=ACK, slug="meridiano_greenhouse", lang="es", company="Meridiano Eventos", contact="",
    id="meridiano_ack",
    frm=("Meridiano Eventos", "no-reply@us.greenhouse-mail.io"),
    subject="Gracias por postularte a Meridiano Eventos", date="2026-02-09 20:17 +0000",
    text="""Hola Nerea,

¡Gracias por postularte al puesto de Project Manager de Congresos Médicos en Meridiano Eventos!

Tu solicitud ha llegado bien y ya está en manos del equipo. Leemos todas las candidaturas con calma, así que puede que tardemos un par de semanas en darte noticias.

Mientras tanto, puedes conocer algunos de nuestros proyectos en https://meridianoeventos.example.es/proyectos

Un abrazo,
El equipo de Meridiano Eventos
""",
    headers=[("Auto-Submitted", "auto-generated")])

add(kind=ACK, slug="tempora_alta_bolsa", lang="es", company="Tempora", contact="javier.mora@tempora-ett.example.es",
    id="tempora_ack",
    frm=JAVIER,
    subject="Ya estás dada de alta en Tempora", date="2026-01-14 17:20 +0100",
    charset="windows-1252", cte="8bit",
    text="""Hola Nerea:

Gracias por pasarte hoy por la oficina. Te confirmo que ya estás dada de alta en nuestra bolsa de candidatos para puestos de eventos, congresos y hostelería en Sevilla y provincia.

He guardado tu CV, la copia del DNI y el certificado de guía. En cuanto entre una posición que encaje con tu perfil, te llamo o te escribo por aquí.

Recuerda que puedes actualizar tu disponibilidad cuando quieras respondiendo a este correo.

Un saludo,

Javier Mora
Consultor de selección · Tempora Trabajo Temporal
C/ Luis Montoto 112, 41018 Sevilla · 954 555 660 · 622 310 447
""")

add(kind=ACK, slug="costa_cv_recibido", lang="es", company="Costa Eventos", contact="marisa.cano@costaeventos.example.es",
    id="costa_ack", parent="costa_apply",
    frm=("Marisa Cano", "marisa.cano@costaeventos.example.es"),
    subject="RE: Candidatura: coordinadora de eventos (ref. CE-MLG-07)", date="2026-01-27 10:03 +0100",
    text="""Hola Nerea:

Hemos recibido tu CV, ¡gracias! Se lo paso a Paco, nuestro gerente, que es quien lleva la selección. Te decimos algo en cuanto lo haya visto.

Un saludo,
Marisa Cano
Administración · Costa Eventos
Alameda Principal 31, 3º · 29005 Málaga · 952 555 318

""" + reply_quote("es", "2026-01-26 19:12", CANDIDATE,
        "Os escribo para presentar mi candidatura a la oferta de coordinadora de eventos (ref. CE-MLG-07) publicada en vuestra web."))

add(kind=ACK, slug="universidad_justificante_registro", lang="es", company="Universidad del Guadalquivir", contact="",
    id="uni_ack",
    frm=("Sede Electrónica – Universidad del Guadalquivir", "no-reply.sede@uguadalquivir.example.es"),
    frm_enc=("utf-8", "B"),
    subject="Justificante de presentación de solicitud – PAS-L-07/2026", date="2026-03-02 23:48 +0100",
    charset="iso-8859-1", cte="quoted-printable",
    text="""JUSTIFICANTE DE PRESENTACIÓN

Número de registro: E-2026-0031877
Fecha y hora: 02/03/2026 23:47:55
Interesada: OLAIZOLA-BRANDT, NEREA
Procedimiento: Proceso selectivo PAS laboral - Técnico/a de Congresos y Eventos Académicos (PAS-L-07/2026)
Documentos aportados: solicitud.pdf, cv.pdf, memoria.pdf, titulos.pdf

Su solicitud ha sido registrada correctamente. Este justificante acredita la fecha y hora de presentación a efectos del cómputo de plazos.

Este mensaje se genera automáticamente. No responda a esta dirección.
""",
    headers=[("Auto-Submitted", "auto-generated")])

add(kind=ACK, slug="nacar_icims", lang="es", company="Nácar Hoteles", contact="",
    id="nacar_ack",
    frm=("Nácar Hoteles Careers", "careers-nacarhoteles@icims.com"), frm_enc=("utf-8", "Q"),
    subject="Nácar Hoteles: confirmación de tu solicitud", subj_enc=("utf-8", "Q"),
    date="2026-02-20 16:25 +0000",
    html=ats_card("Nácar Hoteles", "#7a6a53", paras("""Estimada Nerea:

Te confirmamos que hemos recibido tu solicitud para la vacante Coordinador/a de Eventos – Nácar Castellana (Madrid), requisición 1188.

Revisaremos tu candidatura con atención. Dado el número de solicitudes, lamentablemente no podemos responder a todas individualmente, pero si tu perfil se ajusta a lo que buscamos, un miembro del equipo de selección se pondrá en contacto contigo.

Atentamente,
Selección de Personas · Nácar Hoteles"""), "Este correo ha sido enviado por iCIMS en nombre de Nácar Hoteles."),
    cte="base64", headers=[("Auto-Submitted", "auto-generated")])

add(kind=ACK, slug="pineda_teamtailor", lang="es", company="Grupo Pineda Catering", contact="",
    id="pineda_ack",
    frm=("Grupo Pineda Catering", "no-reply@teamtailor-mail.com"),
    subject="¡Gracias por tu solicitud, Nerea!", date="2026-03-11 08:58 +0100",
    html=ats_card("Grupo Pineda Catering", "#3d6b35", paras("""¡Hola Nerea!

Gracias por solicitar el puesto de Jefa de Eventos en Grupo Pineda Catering. Te confirmamos que tu solicitud se ha enviado correctamente.

Revisamos cada candidatura a mano y te escribiremos en cuanto tengamos novedades.

Un saludo de todo el equipo de Grupo Pineda Catering

Gestiona tus datos: https://grupopineda.teamtailor.example.com/connect/nerea"""), "Powered by Teamtailor"),
    cte="quoted-printable", headers=[("Auto-Submitted", "auto-generated")])

add(kind=ACK, slug="alboran_bamboohr", lang="es", company="Alborán Air", contact="",
    id="alboran_ack",
    frm=("Alborán Air", "notifications@app.bamboohr.com"), frm_enc=("utf-8", "B"),
    subject="Alborán Air – Tu solicitud para Coordinador/a de Eventos de Marca", date="2026-04-21 13:10 +0000",
    cte="base64",
    text="""Hola Nerea:

¡Gracias por tu interés en Alborán Air! Hemos recibido tu solicitud para el puesto de Coordinador/a de Eventos de Marca (Málaga).

Nuestro equipo revisará tu perfil y se pondrá en contacto contigo si pasas a la siguiente fase.

Saludos,
Equipo de Personas de Alborán Air

Este mensaje ha sido enviado desde BambooHR. Por favor, no respondas a este correo.
""",
    headers=[("Auto-Submitted", "auto-generated")])

add(kind=ACK, slug="manzanares_successfactors", lang="es", company="Palacio de Exposiciones Manzanares", contact="",
    id="manz_ack",
    frm=("Palacio de Exposiciones Manzanares", "noreply@successfactors.eu"),
    subject="Confirmación de recepción de su candidatura (ID 40217)", date="2026-05-25 10:00 +0000",
    text="""Estimada Nerea Olaizola-Brandt:

Le agradecemos su interés por formar parte del Palacio de Exposiciones Manzanares. Confirmamos la recepción de su candidatura para la oferta «Coordinador/a de Ferias y Congresos» (ID 40217).

Analizaremos su perfil y, en caso de ajustarse a los requisitos, le informaremos de las siguientes fases del proceso.

Atentamente,
Departamento de Personas
Palacio de Exposiciones Manzanares

Por favor, no responda a este correo electrónico.
""",
    headers=[("Auto-Submitted", "auto-generated")])

add(kind=ACK, slug="fundacion_triana_recibido", lang="es", company="Fundación Cultural Triana",
    contact="pilar.vazquez@fundaciontriana.example.es",
    id="triana_ack",
    frm=("Pilar Vázquez", "pilar.vazquez@fundaciontriana.example.es"), frm_enc=("utf-8", "Q"),
    subject="Re: Técnica de programación y eventos – candidatura", date="2026-02-23 13:37 +0100",
    text="""Hola, Nerea:

Recibido. Gracias por mandarlo tan rápido. Lo paso esta tarde a la dirección y al patronato para que lo vean antes de la reunión del jueves, y te decimos algo a la vuelta.

Un saludo,
Pilar

--
Pilar Vázquez Lobo
Coordinación general · Fundación Cultural Triana
C/ Pagés del Corro 86, 41010 Sevilla · 954 555 236
""")

# =======================================================================================
# application_received -- English (4)
# =======================================================================================

add(kind=ACK, slug="alfama_lever", lang="en", company="Alfama Live", contact="",
    id="alfama_ack",
    frm=("Alfama Live", "no-reply@hire.lever.co"),
    subject="Thanks for applying to Alfama Live", date="2026-03-02 12:14 +0000",
    text="""Hi Nerea,

Thanks for applying for the Festival Guest Experience Coordinator position at Alfama Live. We've received your application and our team is reviewing it now.

If your background matches what we're looking for, we'll be in touch to arrange next steps.

Best,
The Alfama Live team

This email was sent via Lever on behalf of Alfama Live.
""",
    headers=[("Auto-Submitted", "auto-generated")])

add(kind=ACK, slug="atlantico_ashby", lang="en", company="Atlântico Hotels", contact="",
    id="atl_ack",
    frm=("Atlântico Hotels", "no-reply@ashbyhq.com"), frm_enc=("iso-8859-1", "Q"),
    subject="We've received your application – Events & Groups Manager", date="2026-06-04 18:33 +0100",
    text="""Hello Nerea,

Thank you for applying for the Events & Groups Manager position at Atlântico Lisboa Riverside. Your application has been received.

Our Talent team reviews every application carefully. You can expect to hear from us within two weeks.

Atlântico Hotels Talent Team
""",
    html=ats_card("Atlântico Hotels", "#0b4f6c", paras("""Hello Nerea,

Thank you for applying for the Events & Groups Manager position at Atlântico Lisboa Riverside. Your application has been received.

Our Talent team reviews every application carefully. You can expect to hear from us within two weeks.

Atlântico Hotels Talent Team"""), "Powered by Ashby"),
    cte="quoted-printable", headers=[("Auto-Submitted", "auto-generated")])

add(kind=ACK, slug="halfpenny_workable", lang="en", company="Halfpenny Events", contact="",
    id="half_ack",
    frm=("Halfpenny Events", "noreply@candidates.workablemail.com"),
    subject="Halfpenny Events: application received", date="2026-06-29 07:55 +0100",
    html=ats_card("Halfpenny Events", "#1f7a4d", paras("""Hi Nerea,

Thank you for applying for the Event Coordinator job at Halfpenny Events. We've got your application and will be in touch soon about next steps.

If you have any questions in the meantime, you can reach us through the link below.

https://apply.workable.com/halfpenny-events/j/8812AC4D90/

Thanks,
Halfpenny Events Hiring Team"""), "Sent with Workable"),
    cte="quoted-printable", headers=[("Auto-Submitted", "auto-generated")])

add(kind=ACK, slug="emerald_taleo", lang="en", company="Emerald Air", contact="",
    id="emerald_ack",
    frm=("Emerald Air Careers", "emeraldair@taleo.net"),
    subject="Emerald Air – Application Acknowledgement – Req. 2603-114", date="2026-02-03 15:02 +0000",
    charset="iso-8859-1", cte="quoted-printable",
    text="""Dear Nerea Olaizola-Brandt,

Thank you for your application for the position of Events & Onboard Experience Coordinator (Req. 2603-114).

Please accept this email as confirmation that your application has been received. Our recruitment team will review all applications after the closing date. Unfortunately, due to the high volume of applications we receive, we cannot reply to every applicant individually; if you are shortlisted, we will contact you directly.

You can view the status of your application at any time in our Career Section.

Kind regards,
Emerald Air Talent Acquisition

This is an automated message. Please do not reply.
""",
    headers=[("Auto-Submitted", "auto-generated")])

# =======================================================================================
# application_received -- French (3)
# =======================================================================================

add(kind=ACK, slug="riviera_teamtailor", lang="fr", company="Riviera Congrès", contact="",
    id="riviera_ack", parent="riviera_apply",
    frm=("Riviera Congrès", "no-reply@teamtailor-mail.com"), frm_enc=("utf-8", "Q"),
    subject="Riviera Congrès – nous avons bien reçu votre candidature", date="2026-04-20 09:20 +0200",
    text="""Bonjour Nerea,

Merci pour l'intérêt que vous portez à Riviera Congrès ! Votre candidature au poste de chargée d'accueil congrès (réf. RC-2026-14) a bien été enregistrée dans notre espace carrière.

Notre équipe RH l'étudiera avec attention et reviendra vers vous dans les meilleurs délais.

À bientôt,
L'équipe Riviera Congrès
""",
    html=ats_card("Riviera Congrès", "#006d77", paras("""Bonjour Nerea,

Merci pour l'intérêt que vous portez à Riviera Congrès ! Votre candidature au poste de chargée d'accueil congrès (réf. RC-2026-14) a bien été enregistrée dans notre espace carrière.

Notre équipe RH l'étudiera avec attention et reviendra vers vous dans les meilleurs délais.

À bientôt,
L'équipe Riviera Congrès"""), "Powered by Teamtailor"),
    cte="base64", headers=[("Auto-Submitted", "auto-generated")])

add(kind=ACK, slug="alterna_inscription", lang="fr", company="Alterna Intérim", contact="",
    id="alterna_ack",
    frm=("Alterna Intérim", "ne-pas-repondre@alterna-interim.example.fr"), frm_enc=("utf-8", "Q"),
    subject="Bienvenue chez Alterna Intérim : votre inscription est confirmée", date="2026-05-26 10:40 +0200",
    charset="windows-1252", cte="quoted-printable",
    text="""Bonjour Nerea,

Votre inscription chez Alterna Intérim – agence Paris Opéra est confirmée. Votre CV et vos disponibilités ont bien été enregistrés dans notre vivier « Événementiel & Hôtellerie ».

Prochaine étape : une chargée de recrutement vous contactera pour un court entretien téléphonique afin de mieux connaître vos attentes.

Pensez à compléter votre dossier administratif (pièce d’identité, RIB, numéro de sécurité sociale) dans votre espace intérimaire.

L’équipe Alterna Intérim
Ceci est un message automatique, merci de ne pas y répondre.
""",
    headers=[("Auto-Submitted", "auto-generated")])

add(kind=ACK, slug="baie_des_anges_smartrecruiters", lang="fr", company="Hôtels Baie des Anges", contact="",
    id="baie_ack",
    frm=("Hôtels Baie des Anges", "noreply@smartrecruiters.com"), frm_enc=("iso-8859-1", "B"),
    subject="Confirmation de candidature – Coordinatrice séminaires et banquets", date="2026-06-22 12:05 +0000",
    html=ats_card("Hôtels Baie des Anges", "#1d3557", paras("""Bonjour Nerea,

Nous vous remercions pour votre candidature au poste de Coordinatrice séminaires et banquets (H/F) à l'hôtel Baie des Anges Promenade.

Votre dossier a bien été reçu et sera examiné par notre équipe. En raison du nombre important de candidatures, nous ne pouvons malheureusement pas répondre individuellement à chacune d'entre elles. Si votre profil est retenu pour la suite du processus, nous vous contacterons.

Cordialement,
Le service Ressources Humaines
Hôtels Baie des Anges"""), "SmartRecruiters"),
    cte="base64", headers=[("Auto-Submitted", "auto-generated")])

# =======================================================================================
# application_received -- German (3)
# =======================================================================================

add(kind=ACK, slug="donau_personio", lang="de", company="Donau Kongress Wien", contact="",
    id="donau_ack",
    frm=("Donau Kongress Wien", "no-reply@personio.de"),
    subject="Ihre Bewerbung als Projektkoordinator*in Kongresse", date="2026-06-01 09:12 +0200",
    text="""Sehr geehrte Frau Olaizola-Brandt,

vielen Dank für Ihre Bewerbung und Ihr Interesse an Donau Kongress Wien. Hiermit bestätigen wir den Eingang Ihrer Unterlagen für die Position Projektkoordinator*in Kongresse.

Wir prüfen Ihre Bewerbung sorgfältig und melden uns innerhalb der nächsten zwei Wochen bei Ihnen.

Mit freundlichen Grüßen
Ihr HR-Team von Donau Kongress Wien

Diese E-Mail wurde automatisch über Personio versendet.
""",
    headers=[("Auto-Submitted", "auto-generated")])

add(kind=ACK, slug="ringstrassen_softgarden", lang="de", company="Ringstraßen Hotels", contact="",
    id="ring_ack",
    frm=("Ringstraßen Hotels", "noreply@softgarden.io"), frm_enc=("utf-8", "Q"),
    subject="Eingangsbestätigung Ihrer Bewerbung – Bankett- & Eventkoordination", subj_enc=("utf-8", "Q"),
    date="2026-03-16 14:44 +0100",
    html=ats_card("Ringstraßen Hotels", "#4a4e69", paras("""Sehr geehrte Frau Olaizola-Brandt,

herzlichen Dank für Ihre Bewerbung als Bankett- & Eventkoordinator*in im Hotel Ringstraße Schottentor. Ihre Unterlagen sind vollständig bei uns eingegangen.

Bitte haben Sie Verständnis dafür, dass wir aufgrund der großen Zahl an Bewerbungen nicht jede Bewerbung individuell beantworten können. Sie hören spätestens nach Abschluss des Auswahlverfahrens von uns.

Freundliche Grüße
Ihr Recruiting-Team der Ringstraßen Hotels"""), "Versendet über softgarden"),
    cte="quoted-printable", headers=[("Auto-Submitted", "auto-generated")])

add(kind=ACK, slug="fh_donaustadt_successfactors", lang="de", company="Fachhochschule Donaustadt", contact="",
    id="fh_ack",
    frm=("Recruiting FH Donaustadt", "noreply@successfactors.eu"),
    subject="Bestätigung Ihrer Bewerbung – Kennzahl 26/114", date="2026-07-14 08:30 +0200",
    charset="windows-1252", cte="quoted-printable",
    text="""Sehr geehrte Frau Olaizola-Brandt,

wir bestätigen den Eingang Ihrer Bewerbung für die Stelle „Referent*in für Veranstaltungsmanagement" (Kennzahl 26/114).

Nach Ende der Bewerbungsfrist am 31. Juli prüft die Auswahlkommission alle Bewerbungen. Über den weiteren Verlauf informieren wir Sie voraussichtlich Anfang August.

Mit freundlichen Grüßen
Personalabteilung der Fachhochschule Donaustadt

Diese Nachricht wurde automatisch erstellt.
""",
    headers=[("Auto-Submitted", "auto-generated")])

# =======================================================================================
# offers
# =======================================================================================

GIRALDA_OFFER = """Estimada Nerea:

Tras las entrevistas mantenidas con Macarena Durán y con la dirección del Hotel Giralda Triana, tengo el placer de ofrecerte el puesto de Coordinadora de Eventos y Banquetes.

Te resumo las condiciones principales, que encontrarás detalladas en la carta adjunta:
- Contrato indefinido, con un periodo de prueba de seis meses.
- Salario bruto anual de 26.500 €, más un variable de hasta el 8 % ligado a objetivos de eventos.
- Jornada completa de 40 horas semanales, con disponibilidad para eventos en fin de semana según cuadrante.
- Fecha de incorporación propuesta: lunes 13 de abril de 2026.

Te agradecería que nos confirmaras tu aceptación antes del viernes 27 de marzo, firmando la carta adjunta. Si tienes cualquier duda, llámame sin problema.

Un cordial saludo,

Ignacio Velasco
Director de Recursos Humanos
Hoteles Giralda · Avda. de la República Argentina 24, 41011 Sevilla
Tel. 954 555 300
"""
GIRALDA_DISCLAIMER = """
AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario y pueden contener información confidencial. Si usted no es el destinatario indicado, queda notificado de que la utilización, divulgación o copia sin autorización está prohibida. Si ha recibido este mensaje por error, le rogamos que nos lo comunique inmediatamente por esta misma vía y proceda a su destrucción. Hoteles Giralda trata sus datos conforme al Reglamento (UE) 2016/679.
"""
add(kind=OFFER, slug="giralda_carta_oferta", lang="es", company="Hoteles Giralda",
    contact="ignacio.velasco@hotelesgiralda.example.es", id="giralda_offer", parent="giralda_move",
    frm=("Ignacio Velasco", "ignacio.velasco@hotelesgiralda.example.es"),
    cc=[("Macarena Durán", "macarena.duran@hotelesgiralda.example.es")], cc_enc=("utf-8", "Q"),
    subject="Oferta de incorporación – Coordinadora de Eventos y Banquetes", date="2026-03-20 13:30 +0100",
    text=GIRALDA_OFFER + GIRALDA_DISCLAIMER,
    html=outlook_html(paras(GIRALDA_OFFER) + '\n<p style="font-size:8pt;color:#808080">' + GIRALDA_DISCLAIMER.strip() + "</p>", "es"),
    cte="quoted-printable",
    attach=[{"type": "pdf", "name": "Carta_oferta_Coordinación_Eventos.pdf",
             "lines": ["HOTELES GIRALDA", "Sevilla, 20 de marzo de 2026", "", "Sra. Nerea Olaizola-Brandt",
                       "Asunto: Oferta de incorporacion", "",
                       "Puesto: Coordinadora de Eventos y Banquetes - Hotel Giralda Triana",
                       "Contrato: indefinido, periodo de prueba de 6 meses",
                       "Salario bruto anual: 26.500 EUR + variable hasta 8%",
                       "Incorporacion: 13 de abril de 2026", "",
                       "Firma de aceptacion: ______________________"]}])

add(kind=OFFER, slug="zubizarreta_resumen_oferta_verbal", lang="es", company="Viñedos Zubizarreta",
    contact="itziar@zubizarreta.example.es", id="zubi_offer", parent="zubi_trial",
    frm=ITZIAR,
    subject="Lo que hablamos ayer en la bodega", date="2026-09-22 19:40 +0200",
    text="""Kaixo Nerea:

Te resumo por escrito lo que hablamos: nos gustaría que te quedaras con nosotros como responsable de enoturismo y eventos.

Lo que te contamos Jon y yo ayer, para que lo tengas negro sobre blanco:
- Contrato indefinido a jornada completa, con la temporada fuerte de abril a octubre.
- 28.000 € brutos al año, más un 5 % de las reservas de eventos que cierres tú.
- Los primeros tres meses puedes quedarte en la casa de huéspedes mientras buscas piso.
- Incorporación en noviembre, cuando tú nos digas.

Piénsatelo con calma y nos dices. Ama está encantada contigo desde la boda del sábado, así que no la hagas esperar mucho, jaja.

Besarkada bat,
Itziar
""")

add(kind=OFFER, slug="zubizarreta_contrato_para_firmar", lang="es", company="Viñedos Zubizarreta",
    contact="jon@zubizarreta.example.es", id="zubi_contract", parent="zubi_accept",
    frm=("Jon Zubizarreta", "jon@zubizarreta.example.es"),
    cc=[ITZIAR],
    subject="Contrato para firmar – responsable de enoturismo y eventos", date="2026-10-01 12:10 +0200",
    cte="quoted-printable",
    text="""Egun on Nerea:

Bienvenida a la familia (laboral, que a la otra ya casi también). Te adjunto el contrato para que lo revises con calma. Si está todo bien, fírmalo por las dos caras y mándanos una copia escaneada; el original nos lo das el primer día.

Fecha de alta en la Seguridad Social: 2 de noviembre de 2026.

Cualquier cosa que no te cuadre, llámame al 945 555 084.

Jon Zubizarreta
Administración · Viñedos Zubizarreta
Carretera de Elvillar km 2 · 01300 Laguardia (Araba)
""",
    attach=[{"type": "pdf", "name": "Contrato_Olaizola-Brandt_Zubizarreta.pdf",
             "lines": ["CONTRATO DE TRABAJO INDEFINIDO", "Empresa: Vinedos Zubizarreta - Laguardia (Araba)",
                       "Trabajadora: Nerea Olaizola-Brandt", "Puesto: Responsable de enoturismo y eventos",
                       "Fecha de inicio: 02/11/2026", "Salario bruto anual: 28.000 EUR",
                       "", "Firma de la trabajadora: ________________"]}])

BAHIA_OFFER = """Hola Nerea:

Como te adelanté por teléfono, nos gustaría contar contigo como coordinadora de congresos.
Te resumo las condiciones: contrato indefinido, 27.500 € brutos anuales y incorporación el 1 de julio.

Además, el puesto incluye captación de nuevos congresos: cerca de un tercio del tiempo irá a preparar candidaturas y visitar asociaciones médicas con la Oficina de Turismo.

Dime algo antes del viernes 12, ¿vale? Y si quieres hablarlo con más detalle, te llamo cuando quieras.

Un abrazo,
Gonzalo Ferrer
Director · Bahía Congresos
"""
add(kind=OFFER, slug="bahia_propuesta_incorporacion", lang="es", company="Bahía Congresos",
    contact="gonzalo.ferrer@bahiacongresos.example.es", id="bahia_offer", parent="bahia_move",
    frm=GONZALO,
    subject="Propuesta de incorporación – Coordinadora de congresos", date="2026-06-09 13:02 +0200",
    subj_enc=("utf-8", "Q"),
    text=BAHIA_OFFER, html=outlook_html(paras(BAHIA_OFFER), "es"), cte="base64")

_ALJARAFE_CLIENT_MAIL = {
    "subject": "Candidata coordinación de sedes – congreso odontología",
    "frm": ("Carlos Benítez", "carlos.benitez@congresosaljarafe.example.es"),
    "to": [JAVIER],
    "date": "2026-05-04 09:12 +0200",
    "cte": "quoted-printable",
    "text": """Javier, buenos días:

Nos quedamos con Nerea. Nos gustó mucho en la entrevista del jueves, sobre todo cómo resolvió el caso de los autobuses.

Condiciones: contrato por obra del 11 al 29 de mayo, 2.100 € brutos por el periodo, más dietas los días de congreso. Necesitaríamos que empezara el lunes 11 a las 9:00 en nuestras oficinas.

¿Se lo trasladas tú y nos confirmas?

Carlos Benítez
Director de Operaciones · Congresos Aljarafe
""",
}
add(kind=OFFER, slug="tempora_cliente_quiere_ofertar", lang="es", company="Congresos Aljarafe",
    contact="javier.mora@tempora-ett.example.es", id="tempora_aljarafe_offer", parent="tempora_aljarafe_invite",
    frm=JAVIER,
    subject="¡Congresos Aljarafe quiere hacerte una oferta!", date="2026-05-04 10:05 +0200",
    text="""¡Nerea!

Congresos Aljarafe quiere hacerte una oferta para la coordinación de sedes del congreso de odontología. Te reenvío abajo el correo de Carlos Benítez con las condiciones: contrato por obra del 11 al 29 de mayo, 2.100 € brutos más dietas.

Dime si aceptas y preparo hoy mismo el contrato de puesta a disposición para que lo firmes mañana en la oficina.

¡Enhorabuena!
Javier Mora
Tempora Trabajo Temporal · 622 310 447
""",
    attach=[{"type": "eml", "spec": _ALJARAFE_CLIENT_MAIL}])

ATL_OFFER = """Dear Nerea,

On behalf of Atlântico Hotels, I am delighted to offer you the position of Events & Groups Manager at Atlântico Lisboa Riverside.

The key terms are summarised below; the full offer letter is attached.
- Start date: 1 September 2026
- Gross annual salary: EUR 34,000, paid in 14 instalments, plus a performance bonus of up to 10%
- Relocation support: EUR 2,500 and one month of hotel accommodation
- Permanent contract with a 180-day trial period

Please let us know your decision by 10 July. Pedro and I would be happy to answer any questions on a call.

Warm regards,
Marta Seabra
Talent Acquisition Lead, Atlântico Hotels
Avenida 24 de Julho 54, 1200-868 Lisboa | +351 21 555 0340
"""
add(kind=OFFER, slug="atlantico_offer_letter", lang="en", company="Atlântico Hotels",
    contact="marta.seabra@atlanticohotels.example.pt", id="atl_offer", parent="atl_invite",
    frm=MARTA,
    subject="Offer of employment – Events & Groups Manager", date="2026-07-03 16:00 +0100",
    text=ATL_OFFER, html=outlook_html(paras(ATL_OFFER), "en"), cte="quoted-printable",
    attach=[{"type": "pdf", "name": "Atlantico_Offer_Letter_N_Olaizola-Brandt.pdf",
             "lines": ["ATLANTICO HOTELS", "Offer of Employment", "", "Candidate: Nerea Olaizola-Brandt",
                       "Position: Events & Groups Manager, Atlantico Lisboa Riverside",
                       "Start date: 1 September 2026", "Gross annual salary: EUR 34,000 (14 payments)",
                       "Please sign and return by 10 July 2026."]}])

add(kind=OFFER, slug="halfpenny_verbal_offer_followup", lang="en", company="Halfpenny Events",
    contact="grainne.doyle@halfpennyevents.example.ie", id="half_offer", parent="half_move",
    frm=GRAINNE, frm_enc=("utf-8", "Q"),
    subject="Following up on Declan's call – your offer", date="2026-08-03 15:30 +0100",
    text="""Hi Nerea,

Following Declan's call this morning, I'm delighted to confirm in writing that we'd love you to join Halfpenny Events as Event Coordinator.

To recap what Declan outlined:
- Salary: EUR 38,500 per year
- Start date: Monday 5 October (flexible by a week either way)
- Hybrid: three days in our Smithfield office, two from home
- 23 days' annual leave plus the company shutdown at Christmas

The formal contract will follow from our HR system once you confirm you'd like to go ahead. Take a couple of days to think about it, and do shout if you have any questions.

Warmest wishes,
Gráinne
""")

add(kind=OFFER, slug="alterna_client_propose_mission", lang="fr", company="Salons Haussmann",
    contact="mathilde.girard@alterna-interim.example.fr", id="alterna_offer", parent="alterna_missed",
    frm=MATHILDE,
    subject="Bonne nouvelle : Salons Haussmann souhaite vous faire une proposition", date="2026-06-17 11:50 +0200",
    text="""Bonjour Nerea,

Excellente nouvelle : suite à votre entretien de lundi, notre client Salons Haussmann souhaite vous faire une proposition pour la mission de coordinatrice réceptions et séminaires.

Les conditions proposées :
- Mission d'intérim de 6 mois, du 1er juillet au 31 décembre 2026, renouvelable
- Taux horaire brut : 17,20 €, plus indemnité de fin de mission et congés payés
- Lieu : Salons Haussmann, 112 boulevard Haussmann, 75008 Paris

Pouvez-vous me confirmer votre accord d'ici vendredi ? Je vous enverrai alors le contrat de mission à signer électroniquement.

Bien cordialement,
Mathilde Girard
Chargée de recrutement – Alterna Intérim Paris Opéra
01 55 55 40 21
""",
    html=simple_html(paras("""Bonjour Nerea,

Excellente nouvelle : suite à votre entretien de lundi, notre client Salons Haussmann souhaite vous faire une proposition pour la mission de coordinatrice réceptions et séminaires.

Les conditions proposées :
- Mission d'intérim de 6 mois, du 1er juillet au 31 décembre 2026, renouvelable
- Taux horaire brut : 17,20 €, plus indemnité de fin de mission et congés payés
- Lieu : Salons Haussmann, 112 boulevard Haussmann, 75008 Paris

Pouvez-vous me confirmer votre accord d'ici vendredi ? Je vous enverrai alors le contrat de mission à signer électroniquement.

Bien cordialement,
Mathilde Girard
Chargée de recrutement – Alterna Intérim Paris Opéra
01 55 55 40 21"""), "fr"),
    cte="quoted-printable")

DONAU_OFFER = """Sehr geehrte Frau Olaizola-Brandt,

wir freuen uns sehr, Ihnen nach den Gesprächen mit Herrn Egger und mir die Position als Projektkoordinatorin Kongresse bei Donau Kongress Wien anbieten zu können.

Die wichtigsten Eckdaten:
- Eintritt: 1. September 2026, unbefristetes Dienstverhältnis
- Bruttomonatsgehalt: EUR 3.150 (14-mal jährlich), Einstufung nach KV Handelsangestellte
- 38,5 Wochenstunden, Gleitzeit
- Übersiedlungspauschale: EUR 1.500

Das ausführliche Angebotsschreiben finden Sie im Anhang. Wir würden uns über Ihre Zusage bis 17. Juli freuen.

Mit freundlichen Grüßen

Katharina Pichler
HR Business Partner
Donau Kongress Wien · Bruno-Kreisky-Platz 2, 1220 Wien
T +43 1 555 3310
"""
add(kind=OFFER, slug="donau_angebotsschreiben", lang="de", company="Donau Kongress Wien",
    contact="katharina.pichler@donaukongress.example.at", id="donau_offer", parent="donau_update",
    frm=KATHARINA,
    subject="Ihr Angebot: Projektkoordinatorin Kongresse", date="2026-07-06 10:15 +0200",
    text=DONAU_OFFER, html=outlook_html(paras(DONAU_OFFER), "de"), cte="quoted-printable",
    attach=[{"type": "pdf", "name": "Angebot_Olaizola-Brandt_DKW.pdf",
             "lines": ["DONAU KONGRESS WIEN", "Angebot", "", "Frau Nerea Olaizola-Brandt",
                       "Position: Projektkoordinatorin Kongresse", "Eintritt: 01.09.2026",
                       "Bruttomonatsgehalt: EUR 3.150 (14x)", "Zusage erbeten bis 17.07.2026"]}])

add(kind=OFFER, slug="wienerwald_dienstvertrag_unterschrift", lang="de", company="Wienerwald Seminarhotels",
    contact="verena.stadlober@wienerwald-seminar.example.at", id="wienerwald_contract", parent="wienerwald_invite",
    frm=VERENA,
    subject="Dienstvertrag zur Unterschrift", date="2026-09-02 14:05 +0200",
    charset="iso-8859-1", cte="quoted-printable",
    text="""Sehr geehrte Frau Olaizola-Brandt,

wie am Telefon besprochen, freuen wir uns, Sie als Veranstaltungs- und Bankettleiterin in unserem Haus in Purkersdorf begrüßen zu dürfen.

Anbei erhalten Sie Ihren Dienstvertrag in zweifacher Ausfertigung. Bitte senden Sie uns ein unterschriebenes Exemplar bis 15. September zurück, gerne vorab eingescannt per E-Mail.

Dienstbeginn wäre der 1. November 2026. Eine Dienstwohnung im Nebengebäude steht Ihnen für die ersten sechs Monate zur Verfügung.

Mit freundlichen Grüßen
Mag. Verena Stadlober
Direktorin · Wienerwald Seminarhotels
Wiener Straße 140, 3002 Purkersdorf · +43 2231 555 60
""",
    attach=[{"type": "pdf", "name": "Dienstvertrag_Olaizola-Brandt.pdf",
             "lines": ["WIENERWALD SEMINARHOTELS", "DIENSTVERTRAG", "",
                       "Dienstnehmerin: Nerea Olaizola-Brandt",
                       "Verwendung: Veranstaltungs- und Bankettleitung",
                       "Dienstbeginn: 01.11.2026", "Unterschrift: ____________________"]}])
