"""Corpus 309: acknowledgements of applications (ATS and human) and the remaining offer."""

from __future__ import annotations

from msgs309_common import msg
from msgs309_rejections import AINHOA, NURIA

MESSAGES = [
    # ------------------------------------------------------------------ es
    msg("moncayo_smartrecruiters_ack", "application_received", "es", "Genéricos Moncayo", "",
        ("Genéricos Moncayo", "noreply@smartrecruiters.com"),
        "Hemos recibido tu solicitud: Especialista de Registros", "2026-01-15 10:21 +0000",
        """Hola Marina,

¡Gracias por postularte a Especialista de Registros en Genéricos Moncayo!

Tu solicitud se ha enviado correctamente. Nuestro equipo de selección la revisará y, si tu
perfil encaja con lo que buscamos, nos pondremos en contacto contigo.

Un saludo,
Genéricos Moncayo

Has recibido este mensaje porque te has postulado a una oferta a través de SmartRecruiters.
""", alt=True, brand="Genéricos Moncayo", color="#5b2c6f"),
    msg("aran_human_ack", "application_received", "es", "Medidispositivos Arán",
        "nuria.vilalta@aranmedical.example.es", NURIA,
        "Re: Candidatura Técnico/a Regulatorio MDR", "2026-02-20 13:02 +0100",
        """Hola Marina,

Te confirmo que hemos recibido tu CV y tu carta para la vacante de Técnico/a Regulatorio MDR.
Cerramos la recepción de candidaturas el día 27 y a partir de ahí haremos la preselección.
Te escribiré en cualquier caso.

Gracias por tu interés,
Núria
""", reply={"id": "aran_virtual_application", "frm": ("Marina Quiroga Salas",
                                                       "marina.quiroga@example.es"),
                    "to": NURIA, "subject": "Candidatura Técnico/a Regulatorio MDR",
                    "date": "2026-02-19 22:15 +0100",
                    "text": "Hola, Núria:\n\nTe envío mi candidatura para la vacante de "
                            "Técnico/a Regulatorio MDR publicada en\nvuestra web. Adjunto CV "
                            "y carta.\n\nUn saludo,\nMarina Quiroga Salas\n"},
        quote="gmail", name_enc=("utf-8", "Q")),
    msg("clinivia_personio_ack", "application_received", "es", "Clinivia CRO", "",
        ("Clinivia CRO", "no-reply@personio.de"),
        "Confirmación de tu candidatura – Regulatory Start-up Specialist",
        "2026-02-05 08:44 +0100",
        """Hola Marina,

Gracias por tu candidatura para el puesto de Regulatory Start-up Specialist en Barcelona.
La hemos recibido correctamente.

Revisaremos tu perfil y te contactaremos en un plazo de dos semanas.

Saludos cordiales,
Clinivia CRO · Talent

Este correo se ha enviado automáticamente, por favor no respondas.
"""),
    msg("hce_no_respuesta_individual", "application_received", "es",
        "Hospital Clínico del Ebro", "seleccion@hcebro.example.es",
        ("Selección · Hospital Clínico del Ebro", "seleccion@hcebro.example.es"),
        "Recepción de solicitud – Farmacéutico/a (cobertura temporal)",
        "2026-03-30 09:05 +0200",
        """Estimada Sra. Quiroga Salas:

Acusamos recibo de su solicitud y de la documentación aportada para el proceso de selección
de Farmacéutico/a del Servicio de Farmacia Hospitalaria.

Debido al elevado número de solicitudes, no nos es posible responder individualmente a cada
aspirante. La lista de personas admitidas a la fase de prueba práctica se publicará en la
web del hospital y solo se contactará con quienes resulten convocados.

Atentamente,
Unidad de Selección
Hospital Clínico del Ebro
""", charset="iso-8859-1", cte="quoted-printable", name_enc=("iso-8859-1", "Q")),
    msg("vetalia_bamboohr_ack", "application_received", "es", "Vetalia Salud Animal", "",
        ("Vetalia Salud Animal", "notifications@bamboohr.com"),
        "Gracias por tu candidatura – Técnico/a de Registros Veterinarios",
        "2026-03-18 07:30 +0000",
        """Hola Marina:

Gracias por tu interés en Vetalia Salud Animal. Hemos recibido tu candidatura para el puesto
de Técnico/a de Registros Veterinarios (Noáin, Navarra).

Revisaremos tu información y, si tu perfil encaja, nos pondremos en contacto contigo.

Saludos,
Equipo de RR. HH. de Vetalia
""", html_only=True, brand="Vetalia Salud Animal", color="#1e8449",
        footer="Enviado a través de BambooHR. No respondas a este mensaje."),
    msg("somontano_recruitee_ack", "application_received", "es", "Laboratorios Somontano", "",
        ("Laboratorios Somontano", "no-reply@recruitee.com"),
        "Hemos recibido tu candidatura", "2026-02-09 17:58 +0000",
        """Hola Marina,

Gracias por enviarnos tu candidatura para Técnico/a de Registro de Genéricos. La hemos
recibido y la revisaremos en los próximos días.

Un saludo,
Equipo de Personas · Laboratorios Somontano
""", alt=True, brand="Laboratorios Somontano", color="#7d6608", cte="base64"),
    msg("genfar_sf_ack", "application_received", "es", "Genfar Iberia", "",
        ("Genfar Iberia – Selección", "genfar-noreply@successfactors.eu"),
        "Confirmación de candidatura – Regulatory Affairs Officer (REQ 7731)",
        "2026-02-25 11:15 +0000",
        """Estimada Marina:

Gracias por tu candidatura a la posición Regulatory Affairs Officer (REQ 7731) en Genfar
Iberia, Alcobendas (Madrid).

Tu solicitud ha sido registrada correctamente en nuestro sistema. Puedes consultar su estado
en el portal de candidatos.

Talent Acquisition · Genfar Iberia
Este mensaje se ha enviado desde una dirección que no admite respuestas.
""", name_enc=("utf-8", "Q"), subj_enc=("utf-8", "B")),
    msg("prisma_workable_ack", "application_received", "es", "Prisma Regulatory Consulting", "",
        ("Prisma Regulatory Consulting", "noreply@workablemail.com"),
        "Gracias por tu candidatura a Consultor/a Regulatorio Junior", "2026-03-31 14:48 +0000",
        """Hola Marina,

Gracias por tu interés en Prisma Regulatory Consulting. Tu candidatura para Consultor/a
Regulatorio Junior ha llegado correctamente.

Recibimos muchas solicitudes y no siempre podemos responder a todas de forma personalizada,
pero revisamos cada una de ellas. Si avanzas en el proceso, te escribiremos.

Equipo de Prisma Regulatory Consulting
""", alt=True, brand="Prisma Regulatory Consulting", color="#2e4053"),
    # ------------------------------------------------------------------ en
    msg("harbourline_ashby_ack", "application_received", "en", "Harbourline Clinical", "",
        ("Harbourline Clinical", "no-reply@ashbyhq.com"),
        "Thanks for applying to Harbourline Clinical", "2026-03-20 09:02 +0000",
        """Hi Marina,

Thanks for applying for the Regulatory Start-Up Associate role at Harbourline Clinical. Our
team has received your application and will review it shortly.

We aim to get back to every candidate within two weeks.

The Harbourline Clinical Talent Team
""", alt=True, brand="Harbourline Clinical", color="#14375e"),
    msg("kinsale_lever_ack", "application_received", "en", "Kinsale Animal Health", "",
        ("Kinsale Animal Health", "no-reply@hire.lever.co"),
        "Thanks for your application to Kinsale Animal Health", "2026-06-02 16:40 +0100",
        """Hi Marina,

Thanks for applying for the Regulatory Affairs Associate position at Kinsale Animal Health.
This note is to confirm we've received your application.

Due to the volume of applications we receive, we may not be able to respond to everyone
individually, but we read every application carefully.

The Kinsale Animal Health Talent Team
"""),
    # ------------------------------------------------------------------ de
    msg("birsig_softgarden_ack", "application_received", "de", "Birsig Medtech", "",
        ("Birsig Medtech Recruiting", "noreply@softgarden.io"),
        "Ihre Bewerbung ist bei uns eingegangen", "2026-02-26 12:10 +0100",
        """Sehr geehrte Frau Quiroga Salas,

vielen Dank für Ihre Bewerbung als Regulatory Affairs Manager (m/w/d) bei der Birsig
Medtech AG in Allschwil. Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Wir melden uns so bald wie möglich bei Ihnen.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Birsig Medtech AG
""", alt=True, brand="Birsig Medtech", color="#444f5a", charset="iso-8859-1"),
    msg("klybeck_personio_ack", "application_received", "de", "Klybeck Generika", "",
        ("Klybeck Generika Recruiting", "noreply@personio.de"),
        "Eingangsbestätigung: Junior Regulatory Affairs Manager", "2026-01-22 18:33 +0100",
        """Guten Tag Frau Quiroga Salas

Vielen Dank für Ihre Bewerbung als Junior Regulatory Affairs Manager. Wir haben Ihre
Unterlagen erhalten und werden sie sorgfältig prüfen.

Bitte haben Sie Verständnis, dass dies einige Zeit in Anspruch nehmen kann.

Freundliche Grüsse
Klybeck Generika
"""),
    msg("juravet_sf_ack", "application_received", "de", "Juravet", "",
        ("Juravet Talent Acquisition", "juravet@successfactors.eu"),
        "Vielen Dank für Ihre Bewerbung (Req. 20417)", "2026-05-27 06:15 +0000",
        """Sehr geehrte Frau Quiroga Salas

Wir bestätigen den Eingang Ihrer Bewerbung als Regulatory Affairs Officer Veterinary.

Aufgrund der grossen Zahl an Bewerbungen ist es uns leider nicht möglich, jede Bewerbung
individuell zu beantworten. Sie hören von uns, sobald wir Ihre Unterlagen geprüft haben.

Freundliche Grüsse
Juravet AG, Liestal
""", cte="quoted-printable"),
    # ------------------------------------------------------------------ fr
    msg("medocc_taleo_ack", "application_received", "fr", "MedOcc", "",
        ("MedOcc Recrutement", "medocc@taleo.net"),
        "Confirmation de votre candidature", "2026-04-29 10:12 +0200",
        """Madame,

Nous vous confirmons la bonne réception de votre candidature au poste de Spécialiste
affaires réglementaires DM (réf. MO-2026-118).

Votre profil va être étudié avec attention par notre équipe Recrutement.

Cordialement,
L'équipe Recrutement MedOcc
Ce message est envoyé automatiquement, merci de ne pas y répondre.
""", alt=True, brand="MedOcc", color="#a93226", charset="windows-1252",
        cte="quoted-printable"),
    msg("pyrene_recruitee_ack", "application_received", "fr", "Pyrène Clinical", "",
        ("Pyrène Clinical", "no-reply@recruitee.com"),
        "Nous avons bien reçu votre candidature", "2026-05-30 08:25 +0200",
        """Bonjour Marina,

Merci d'avoir postulé au poste de Chargé(e) d'affaires réglementaires – études cliniques chez
Pyrène Clinical. Votre candidature nous est bien parvenue.

Nous reviendrons vers vous dans les meilleurs délais.

L'équipe Pyrène Clinical
""", html_only=True, brand="Pyrène Clinical", color="#1a5276"),
    msg("saintcyprien_pas_individuel", "application_received", "fr", "Clinique Saint-Cyprien",
        "recrutement@clinique-stcyprien.example.fr",
        ("Recrutement Clinique Saint-Cyprien", "recrutement@clinique-stcyprien.example.fr"),
        "Votre candidature – pharmacien(ne) assistant(e)", "2026-03-27 15:30 +0100",
        """Madame,

Nous avons bien reçu votre candidature pour le poste de pharmacien(ne) assistant(e) et vous
en remercions.

Compte tenu du nombre important de candidatures, nous ne sommes pas en mesure de répondre
individuellement à chacune d'entre elles. Seules les personnes retenues pour un entretien
seront contactées.

Le service recrutement
Clinique Saint-Cyprien, Toulouse
""", charset="iso-8859-1", cte="8bit"),
    # ------------------------------------------------------------------ offer (es, ETT)
    msg("tempora_navarra_offer", "offer", "es", "Navarra Biofarma",
        "ainhoa.etxeberria@tempora-ett.example.es", AINHOA,
        "Oferta de Navarra Biofarma – contrato de 4 meses", "2026-03-12 12:40 +0100",
        """Hola Marina:

¡Te tengo una oferta! Navarra Biofarma quiere contratarte a través de Tempora como técnica
de registros para cubrir una baja de maternidad: contrato de puesta a disposición de cuatro
meses, del 1 de abril al 31 de julio, jornada completa en Orkoien, 1.950 € brutos al mes.

Se han quedado muy contentos con tu entrevista con su responsable de Calidad. Necesito tu
respuesta antes del lunes para preparar el contrato.

Un beso,
Ainhoa Etxeberria
Consultora de Selección · Tempora ETT Pamplona
948 555 712
""", charset="windows-1252", cte="quoted-printable"),
]
