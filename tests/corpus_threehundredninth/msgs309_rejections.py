"""Corpus 309: rejections (every "no" to Marina's application, however soft)."""

from __future__ import annotations

from msgs309_common import CAND, msg

NURIA = ("Núria Vilalta", "nuria.vilalta@aranmedical.example.es")
JORDI = ("Jordi Puig", "jordi.puig@clinivia.example.es")
AINHOA = ("Ainhoa Etxeberria", "ainhoa.etxeberria@tempora-ett.example.es")
RAQUEL = ("Raquel Esteban", "raquel.esteban@cincamedical.example.es")
ELENA = ("Elena Martí", "elena.marti@prismaregulatory.example.es")
SANFERMIN = ("Servicio de Farmacia – Hospital San Fermín",
             "farmacia.seleccion@hsanfermin.example.es")
FLEXI = ("Flexiempleo ETT · Oficina Zaragoza", "seleccion.zaragoza@flexiempleo.example.es")
AOIFE = ("Aoife Brennan", "aoife.brennan@harbourline.example.ie")
DECLAN = ("Declan O'Shea", "declan.oshea@munsterpharma.example.ie")
FIONA = ("Fiona Kearney", "fiona.kearney@northgate-regulatory.example.ie")
THOMAS = ("Thomas Brunner", "thomas.brunner@hlss.example.ch")
GYSIN = ("Martin Gysin", "martin.gysin@dreiland-regulatory.example.ch")
JULIEN = ("Julien Castagné", "julien.castagne@pyrene-clinical.example.fr")
SOPHIE = ("Sophie Roux", "sophie.roux@capitole-talents.example.fr")

MESSAGES = [
    # ------------------------------------------------------------------ es
    msg("moncayo_smartrecruiters_no", "rejection", "es", "Genéricos Moncayo", "",
        ("Genéricos Moncayo", "noreply@smartrecruiters.com"),
        "Tu candidatura a Especialista de Registros – Genéricos Moncayo",
        "2026-02-24 16:30 +0000",
        """Hola Marina,

Gracias por el interés mostrado en Genéricos Moncayo y por el tiempo dedicado a tu candidatura
para Especialista de Registros (Madrid).

Hemos recibido un número muy elevado de solicitudes. Tras analizarlas, hemos decidido seguir
adelante con otras personas cuyo perfil se ajusta más a los requisitos de esta posición.

Conservaremos tus datos para futuras vacantes, salvo que nos indiques lo contrario.

Te deseamos mucha suerte en tu búsqueda.

Equipo de Selección
Genéricos Moncayo
""", alt=True, brand="Genéricos Moncayo", color="#5b2c6f", subj_enc=("windows-1252", "B")),
    msg("aran_no_after_interview", "rejection", "es", "Medidispositivos Arán",
        "nuria.vilalta@aranmedical.example.es", NURIA,
        "RE: Agradecimiento entrevista – Técnico/a Regulatorio MDR", "2026-03-19 12:14 +0100",
        """Hola Marina,

Gracias a ti por tu tiempo y por el interés. Lamento decirte que finalmente nos hemos
decantado por otra candidata con más recorrido en expedientes técnicos de clase IIb, que era
lo que más pesaba en esta posición.

Nos quedamos con muy buena impresión de la entrevista. Si se abre una vacante más junior en
el área de vigilancia, me gustaría volver a contactarte.

Un abrazo,
Núria

Núria Vilalta i Soler
People & Talent · Medidispositivos Arán
C/ de la Indústria 212, 08026 Barcelona
""", reply={"id": "aran_virtual_thanks", "frm": CAND, "to": NURIA,
            "subject": "Agradecimiento entrevista – Técnico/a Regulatorio MDR",
            "date": "2026-03-13 18:40 +0100",
            "text": "Hola Núria:\n\nGracias por la entrevista de ayer; me quedé con muchas "
                    "ganas de seguir en el proceso.\n\nUn saludo,\nMarina\n"},
        quote="outlook", name_enc=("utf-8", "Q")),
    msg("clinivia_internal", "rejection", "es", "Clinivia CRO", "jordi.puig@clinivia.example.es",
        ("Clinivia CRO", "no-reply@personio.de"),
        "Actualización sobre tu candidatura – Regulatory Start-up Specialist",
        "2026-03-05 10:02 +0100",
        """Hola Marina,

Queríamos agradecerte el tiempo que nos has dedicado en este proceso.

Te escribimos para contarte que la posición de Regulatory Start-up Specialist se ha cubierto
finalmente con una persona de nuestro equipo de monitorización que ha solicitado el cambio
interno. Por este motivo cerramos el proceso externo y no continuaremos con tu candidatura.

Si tienes cualquier pregunta, puedes responder a este correo y le llegará a Jordi Puig.

Saludos cordiales,
Clinivia CRO · Talent
""", reply_to=JORDI),
    msg("hce_proceso_suspendido", "rejection", "es", "Hospital Clínico del Ebro",
        "seleccion@hcebro.example.es",
        ("Selección · Hospital Clínico del Ebro", "seleccion@hcebro.example.es"),
        "Proceso de selección FEA Farmacia Hospitalaria – suspensión", "2026-05-12 13:55 +0200",
        """Estimada Sra. Quiroga Salas:

Le comunicamos que, por razones presupuestarias, la Dirección Gerencia ha acordado suspender
el proceso de selección para la cobertura temporal de una plaza de Farmacéutico/a en el
Servicio de Farmacia Hospitalaria, en el que usted participaba.

En consecuencia, el proceso no continuará y quedan sin efecto las fases pendientes, incluida
la entrevista. Agradecemos su participación.

Atentamente,

Unidad de Selección
Hospital Clínico del Ebro
Avda. de Gómez Laguna 71, 50009 Zaragoza
""", charset="iso-8859-1", cte="quoted-printable", name_enc=("iso-8859-1", "Q")),
    msg("vetalia_on_hold", "rejection", "es", "Vetalia Salud Animal",
        "iker.goni@vetalia.example.es",
        ("Vetalia Salud Animal", "notifications@bamboohr.com"),
        "Vetalia – estado de tu candidatura", "2026-04-16 08:20 +0000",
        """Hola Marina:

Te escribo para ponerte al día. La dirección ha decidido congelar la contratación del puesto
de Técnico/a de Registros Veterinarios hasta 2027, tras el retraso en el lanzamiento de dos
productos. Por eso no vamos a seguir adelante con tu candidatura en este momento.

Siento mucho darte esta noticia después de la entrevista, que fue muy bien. Si el puesto se
reactiva, te avisaré personalmente.

Un saludo,
Iker Goñi
Responsable de RR. HH. · Vetalia Salud Animal (Noáin, Navarra)
""", reply_to=("Iker Goñi", "iker.goni@vetalia.example.es"),
        reply_to_enc=("iso-8859-1", "B")),
    msg("tempora_irati_no", "rejection", "es", "Laboratorios Irati",
        "ainhoa.etxeberria@tempora-ett.example.es", AINHOA,
        "Respuesta de Laboratorios Irati", "2026-02-18 17:05 +0100",
        """Hola Marina,

Te llamo luego, pero te adelanto por aquí la respuesta de nuestro cliente Laboratorios Irati:
finalmente se han decantado por otra candidata que ya conocía su sistema de gestión
documental. Me dicen que tu entrevista estuvo muy bien y que te tienen en cuenta para más
adelante.

Sigo buscando cosas para ti en Navarra y Aragón.

Un beso,
Ainhoa Etxeberria
Consultora de Selección · Tempora ETT Pamplona
Avda. Pío XII 33, 31008 Pamplona · 948 555 712
"""),
    msg("alvar_client_no", "rejection", "es", "Alvar Search",
        "gonzalo.alvar@alvarsearch.example.es",
        ("Gonzalo Álvarez de Toledo", "gonzalo.alvar@alvarsearch.example.es"),
        "Feedback del proceso – Regulatory Affairs Officer", "2026-07-09 19:30 +0200",
        """Marina, buenas tardes:

Acabo de hablar con mi cliente. Han valorado muy bien tu formación, pero para esta posición
han preferido a un perfil con experiencia directa en procedimientos descentralizados, así que
no vas a pasar a la fase final. Lo siento de veras.

Como sabes, la confidencialidad del proceso me impide darte más detalles sobre la compañía.
Sigo contando contigo para otros mandatos del sector.

Un abrazo,
Gonzalo
--
Gonzalo Álvarez de Toledo
Partner · Alvar Search, Life Sciences Practice
Paseo de la Castellana 141, 28046 Madrid
""", name_enc=("windows-1252", "Q"), charset="windows-1252", cte="quoted-printable"),
    msg("somontano_recruitee_no", "rejection", "es", "Laboratorios Somontano", "",
        ("Laboratorios Somontano", "no-reply@recruitee.com"),
        "Gracias por tu interés en Laboratorios Somontano", "2026-03-02 11:47 +0000",
        "", html="""<html><body style="font-family:Helvetica,Arial,sans-serif;color:#333">
<p>Hola Marina,</p>
<p>Muchas gracias por tu interés en la posición de <b>Técnico/a de Registro de Genéricos</b>
en Laboratorios Somontano.</p>
<p>Hemos revisado tu candidatura con atención y, lamentablemente, en esta ocasión no ha sido
seleccionada para continuar en el proceso. Buscamos experiencia previa en la preparación de
módulos 3 del CTD, algo que no encaja del todo con tu trayectoria actual.</p>
<p>Te animamos a seguir atenta a nuestras próximas ofertas.</p>
<p>Un saludo,<br>Equipo de Personas<br>Laboratorios Somontano · Barbastro</p>
<p style="font-size:11px;color:#999">Powered by Recruitee</p>
</body></html>
""", html_only=True),
    msg("cinca_no_after_screen", "rejection", "es", "Cinca Medical",
        "raquel.esteban@cincamedical.example.es", RAQUEL,
        "Proceso Técnico/a de Asuntos Regulatorios – Cinca Medical", "2026-05-26 09:40 +0200",
        """Buenos días, Marina:

Gracias por venir finalmente a la entrevista el día 15 y por tu interés en Cinca Medical.

Tras comparar todas las candidaturas, hemos decidido no seguir contigo en el proceso. La
persona seleccionada ya tiene experiencia con organismos notificados, que para nosotros es
clave a corto plazo.

Te deseo mucha suerte.

Raquel Esteban
Selección y Desarrollo · Cinca Medical
Ctra. de Huesca km 4,5 · 50830 Villanueva de Gállego
""", charset="windows-1252", cte="quoted-printable"),
    msg("prisma_no_after_case", "rejection", "es", "Prisma Regulatory Consulting",
        "elena.marti@prismaregulatory.example.es", ELENA,
        "Resultado del caso práctico", "2026-04-30 18:05 +0200",
        """Hola Marina,

Gracias por el esfuerzo que pusiste en el caso práctico y por la presentación del lunes.

Después de valorarlo con el equipo, hemos decidido no avanzar con tu candidatura. Tu análisis
del dossier fue ordenado, pero buscamos a alguien que pueda llevar ya de forma autónoma
clientes de productos sanitarios.

Te agradezco mucho tu tiempo y te deseo lo mejor.

Elena Martí
Senior Manager · Prisma Regulatory Consulting
""", alt=True, brand="Prisma Regulatory Consulting", color="#2e4053"),
    msg("moncloa_greenhouse_no", "rejection", "es", "Ensayos Clínicos Moncloa",
        "pedro.alcalde@ecmoncloa.example.es",
        ("Pedro Alcalde via Greenhouse", "no-reply@greenhouse-mail.io"),
        "Tu candidatura en Ensayos Clínicos Moncloa", "2026-03-23 15:12 +0000",
        """Hola Marina,

Gracias por tu interés en el puesto de Clinical Regulatory Associate en Ensayos Clínicos
Moncloa.

Hemos revisado tu candidatura y, aunque tu perfil es interesante, hemos decidido avanzar con
otras personas cuya experiencia en sometimientos a CEIm y AEMPS encaja mejor con lo que
necesitamos ahora mismo.

Gracias de nuevo y mucho éxito,
Pedro Alcalde
Talent Acquisition, Ensayos Clínicos Moncloa
""", reply_to=("Pedro Alcalde", "pedro.alcalde@ecmoncloa.example.es")),
    msg("sanfermin_plaza_cubierta", "rejection", "es", "Hospital San Fermín",
        "farmacia.seleccion@hsanfermin.example.es", SANFERMIN,
        "Plaza de farmacéutica adjunta – cubierta", "2026-06-11 14:00 +0200",
        """Estimada Marina:

Te informamos de que la plaza de farmacéutica adjunta del Servicio de Farmacia, a la que
optabas, ha quedado cubierta tras las entrevistas realizadas la semana pasada.

Agradecemos tu interés por el Hospital San Fermín y te animamos a inscribirte en nuestra
bolsa de empleo para futuras necesidades.

Un cordial saludo,
Servicio de Farmacia
Hospital San Fermín · Pamplona
""", name_enc=("utf-8", "B"), cte="base64"),
    msg("flexiempleo_vacante_cancelada", "rejection", "es", "Flexiempleo",
        "seleccion.zaragoza@flexiempleo.example.es", FLEXI,
        "Vacante técnica de calidad/registros – cancelada", "2026-08-20 12:25 +0200",
        """Hola Marina:

Te escribimos desde Flexiempleo para informarte de que la empresa cliente para la que te
habíamos preseleccionado ha cancelado la vacante de técnica de calidad y registros. Por
tanto, tu candidatura para esta posición no sigue adelante.

Mantenemos tu perfil activo en nuestra base de datos por si surgen otras oportunidades.

Un saludo,
Equipo de Selección
Flexiempleo ETT · Oficina de Zaragoza (Paseo Independencia 24)
""", name_enc=("iso-8859-1", "Q")),
    msg("genfar_sf_no", "rejection", "es", "Genfar Iberia", "",
        ("Genfar Iberia – Selección", "genfar-noreply@successfactors.eu"),
        "Información sobre tu proceso – Regulatory Affairs Officer (REQ 7731)",
        "2026-04-08 10:00 +0000",
        """Estimada Marina:

Queremos agradecerte sinceramente tu participación en el proceso de selección para la
posición Regulatory Affairs Officer (REQ 7731) y el tiempo dedicado a las dos entrevistas.

Tras una cuidadosa valoración, lamentamos comunicarte que hemos decidido continuar con otra
candidatura. Esta decisión no resta valor a tu trayectoria profesional.

Atentamente,
Talent Acquisition · Genfar Iberia
Este mensaje se ha enviado desde una dirección que no admite respuestas.
""", alt=True, brand="Genfar Iberia", color="#c0392b", name_enc=("utf-8", "Q")),
    msg("dermofarma_soft_no", "rejection", "es", "Dermofarma Aragón",
        "alba.lafuente@dermofarma.example.es",
        ("Alba Lafuente", "alba.lafuente@dermofarma.example.es"),
        "Re: Candidatura espontánea – Asuntos Regulatorios", "2026-09-15 11:11 +0200",
        """Hola Marina,

Muchas gracias por escribirnos y por tu interés en Dermofarma. He compartido tu CV con la
responsable de registros y, de momento, no vamos a avanzar con nuevas incorporaciones en el
área; ahora mismo no podemos ofrecerte nada.

Guardamos tu CV por si la situación cambia más adelante.

Un saludo,
Alba Lafuente
Administración y Personas · Dermofarma Aragón
""", reply={"id": "dermofarma_virtual_spontaneous", "frm": CAND,
            "to": ("Dermofarma", "personas@dermofarma.example.es"),
            "subject": "Candidatura espontánea – Asuntos Regulatorios",
            "date": "2026-09-09 09:30 +0200",
            "text": "Buenos días:\n\nOs adjunto mi CV por si necesitáis reforzar el área de "
                    "registros.\n\nMarina Quiroga Salas\n"},
        quote="gmail"),
    # ------------------------------------------------------------------ en
    msg("harbourline_no", "rejection", "en", "Harbourline Clinical",
        "aoife.brennan@harbourline.example.ie",
        ("Aoife Brennan from Harbourline Clinical", "no-reply@ashbyhq.com"),
        "Your application to Harbourline Clinical", "2026-04-22 15:40 +0100",
        """Hi Marina,

Thank you for speaking with us about the Regulatory Start-Up Associate role and for your
patience while we completed our interviews.

Unfortunately, we have decided to move forward with candidates whose experience more closely
matches the requirements of the position, particularly around Irish and UK ethics
submissions. We know this isn't the news you were hoping for.

We'll keep your details on file and would be glad to hear from you again.

Best,
Aoife Brennan
Talent Partner, Harbourline Clinical
""", reply_to=AOIFE, alt=True, brand="Harbourline Clinical", color="#14375e"),
    msg("munster_leevalley_no", "rejection", "en", "Lee Valley Generics",
        "declan.oshea@munsterpharma.example.ie", DECLAN,
        "Lee Valley Generics – feedback", "2026-05-20 17:50 +0100",
        """Hi Marina,

I've just had feedback from Lee Valley Generics after your second interview. They've decided
not to offer you the role; they went with a candidate who's already worked on Irish HPRA
national procedures. They were complimentary about your preparation and your English.

Sorry it's not better news. I'll keep you in mind for other mandates in Cork.

Regards,
Declan

Declan O'Shea | Principal Consultant, Pharma & Regulatory
Munster Pharma Recruitment | 14 South Mall, Cork
M: +353 87 555 2041
""", cte="quoted-printable"),
    msg("kinsale_role_withdrawn", "rejection", "en", "Kinsale Animal Health", "",
        ("Kinsale Animal Health", "no-reply@hire.lever.co"),
        "Regulatory Affairs Associate – position update", "2026-07-14 10:05 +0100",
        """Hi Marina,

We're writing to let you know that the Regulatory Affairs Associate position at Kinsale
Animal Health has been withdrawn following a change in our product pipeline. As a result,
we will not be proceeding with your application.

We're sorry for the inconvenience and thank you for the time you invested in the process.

The Kinsale Animal Health Talent Team
""", alt=True, brand="Kinsale Animal Health", color="#2c7a7b"),
    msg("northgate_no", "rejection", "en", "Northgate Regulatory Services",
        "fiona.kearney@northgate-regulatory.example.ie", FIONA,
        "RE: Thank you – Regulatory Consultant interview", "2026-06-18 11:25 +0100",
        """Dear Marina,

Thank you for your note, and for coming back for the rescheduled interview.

I'm sorry to tell you that we won't be taking your application further. The panel felt that,
for this client-facing role, we need someone with more hands-on experience of eCTD
publishing.

With best wishes for your search,

Fiona Kearney
HR Manager
Northgate Regulatory Services Ltd | 3 Lapp's Quay, Cork T12 RX60 | +353 21 555 7730

This email and any attachments are confidential and intended solely for the addressee. If
you have received it in error, please notify the sender and delete it. Northgate Regulatory
Services Ltd is registered in Ireland, no. 555123.
""", reply={"id": "northgate_virtual_thanks", "frm": CAND, "to": FIONA,
            "subject": "Thank you – Regulatory Consultant interview",
            "date": "2026-06-09 18:02 +0200",
            "text": "Dear Fiona,\n\nThank you for the interview today and for fitting me in "
                    "again.\n\nKind regards,\nMarina Quiroga Salas\n"},
        quote="outlook"),
    msg("hlss_unnamed_client_en", "rejection", "en", "Helvetic Life Science Search",
        "thomas.brunner@hlss.example.ch", THOMAS,
        "RA Specialist mandate – outcome", "2026-02-27 08:55 +0100",
        """Dear Marina,

A quick update on the Regulatory Affairs Specialist mandate we discussed. My client has
decided to fill the position with an internal candidate from their quality department, so
the external search is closed and your application will not go further.

I'm sorry; you were on the shortlist. I'll be in touch when something similar comes up.

Best regards,
Thomas Brunner
Partner | Helvetic Life Science Search | Aeschenvorstadt 48, 4051 Basel
"""),
    # ------------------------------------------------------------------ de
    msg("birsig_softgarden_absage", "rejection", "de", "Birsig Medtech", "",
        ("Birsig Medtech Recruiting", "noreply@softgarden.io"),
        "Ihre Bewerbung bei Birsig Medtech", "2026-04-01 09:30 +0200",
        """Sehr geehrte Frau Quiroga Salas,

vielen Dank für Ihr Interesse an der Position Regulatory Affairs Manager (m/w/d) und für das
angenehme Video-Interview.

Nach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir uns für eine andere
Kandidatin entschieden haben, deren Profil unseren Anforderungen noch etwas näher kommt.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Birsig Medtech AG
""", alt=True, brand="Birsig Medtech", color="#444f5a", charset="iso-8859-1",
        cte="quoted-printable"),
    msg("dreiland_absage", "rejection", "de", "Dreiland Regulatory Consulting",
        "martin.gysin@dreiland-regulatory.example.ch", GYSIN,
        "AW: Vielen Dank für das Gespräch", "2026-03-16 14:22 +0100",
        """Liebe Frau Quiroga Salas

Besten Dank für Ihre Nachricht und nochmals für das interessante Gespräch.

Wir haben uns die Entscheidung nicht leicht gemacht, uns aber letztlich für einen Kandidaten
entschieden, der bereits Erfahrung mit Swissmedic-Zulassungen mitbringt. Wir können Ihnen
deshalb leider keine Zusage geben.

Für Ihren weiteren Weg wünsche ich Ihnen viel Erfolg.

Freundliche Grüsse
Martin Gysin
Managing Partner
Dreiland Regulatory Consulting GmbH
St. Jakobs-Strasse 25, 4052 Basel
""", reply={"id": "dreiland_virtual_thanks", "frm": CAND, "to": GYSIN,
            "subject": "Vielen Dank für das Gespräch", "date": "2026-03-10 17:15 +0100",
            "text": "Sehr geehrter Herr Gysin\n\nvielen Dank für das Gespräch heute "
                    "Vormittag.\n\nFreundliche Grüsse\nMarina Quiroga Salas\n"},
        quote="outlook", cte="8bit"),
    msg("hlss_augstpharm_absage", "rejection", "de", "Augstpharm",
        "thomas.brunner@hlss.example.ch", THOMAS,
        "Rückmeldung Augstpharm", "2026-05-06 17:40 +0200",
        """Liebe Frau Quiroga Salas

Ich habe heute die Rückmeldung von Augstpharm erhalten: Unser Kunde hat sich nach den
Zweitgesprächen für eine andere Kandidatin entschieden. Ausschlaggebend war die Erfahrung mit
Biosimilars.

Es tut mir leid, Ihnen nichts Besseres berichten zu können. Ich melde mich, sobald ich ein
passendes Mandat habe.

Herzliche Grüsse
Thomas Brunner
Helvetic Life Science Search
""", charset="iso-8859-1", cte="8bit"),
    msg("klybeck_intern_besetzt", "rejection", "de", "Klybeck Generika", "",
        ("Klybeck Generika Recruiting", "noreply@personio.de"),
        "Ihre Bewerbung als Junior Regulatory Affairs Manager", "2026-02-12 13:20 +0100",
        """Guten Tag Frau Quiroga Salas

Herzlichen Dank für Ihre Bewerbung und Ihr Interesse an Klybeck Generika.

Wir möchten Sie darüber informieren, dass die ausgeschriebene Stelle intern besetzt werden
konnte. Ihre Bewerbung können wir daher leider nicht weiter berücksichtigen.

Ihre Unterlagen werden gemäss Datenschutzbestimmungen nach sechs Monaten gelöscht.

Freundliche Grüsse
Klybeck Generika
"""),
    msg("juravet_sf_gestoppt", "rejection", "de", "Juravet", "",
        ("Juravet Talent Acquisition", "juravet@successfactors.eu"),
        "Information zu Ihrer Bewerbung (Req. 20417)", "2026-06-30 07:45 +0000",
        """Sehr geehrte Frau Quiroga Salas

Wir danken Ihnen für Ihre Bewerbung als Regulatory Affairs Officer Veterinary.

Aufgrund einer internen Reorganisation wurde der Rekrutierungsprozess für diese Stelle
gestoppt. Wir werden das Verfahren daher nicht fortsetzen und Ihre Bewerbung nicht weiter
berücksichtigen.

Wir bedauern, Ihnen keinen positiven Bescheid geben zu können.

Freundliche Grüsse
Juravet AG, Liestal
""", alt=True, brand="Juravet", color="#6b8e23", subj_enc=("utf-8", "B")),
    # ------------------------------------------------------------------ fr
    msg("medocc_taleo_refus", "rejection", "fr", "MedOcc", "",
        ("MedOcc Recrutement", "medocc@taleo.net"),
        "Votre candidature : Spécialiste affaires réglementaires DM", "2026-06-09 09:00 +0200",
        """Madame,

Nous vous remercions de l'intérêt que vous portez à MedOcc et du temps consacré à notre
processus de recrutement.

Après examen attentif de votre candidature, nous sommes au regret de vous informer que nous
ne pouvons pas y donner une suite favorable.

Nous conservons vos coordonnées et ne manquerons pas de revenir vers vous si une opportunité
correspondant à votre profil se présentait.

Cordialement,
L'équipe Recrutement MedOcc
Ce message est envoyé automatiquement, merci de ne pas y répondre.
""", alt=True, brand="MedOcc", color="#a93226", subj_enc=("iso-8859-1", "Q"),
        charset="iso-8859-1"),
    msg("pyrene_refus_entretien", "rejection", "fr", "Pyrène Clinical",
        "julien.castagne@pyrene-clinical.example.fr", JULIEN,
        "Suite à notre entretien", "2026-07-03 16:20 +0200",
        """Bonjour Marina,

Je vous remercie encore pour notre échange du 22 juin.

Malgré la qualité de votre parcours, nous avons retenu un autre profil, plus expérimenté sur
les soumissions CTIS. Je ne peux donc pas donner suite à votre candidature pour ce poste.

Je vous souhaite pleine réussite dans vos projets.

Julien Castagné
Responsable affaires réglementaires – Pyrène Clinical
2 rue Pierre-Paul Riquet, 31000 Toulouse
""", name_enc=("windows-1252", "Q"), charset="windows-1252", cte="8bit"),
    msg("capitole_lauragais_refus", "rejection", "fr", "Laboratoires Lauragais",
        "sophie.roux@capitole-talents.example.fr", SOPHIE,
        "Retour des Laboratoires Lauragais", "2026-05-29 12:10 +0200",
        """Bonjour Marina,

Je reviens vers vous concernant le poste d'assistante affaires réglementaires chez notre
client, les Laboratoires Lauragais. Ils ont finalement retenu une autre candidate, déjà
installée à Toulouse et disponible immédiatement.

Je suis désolée de ce retour. Votre dossier reste actif chez nous.

Belle journée,
Sophie Roux
Consultante – Capitole Talents
"""),
    msg("saintcyprien_poste_pourvu", "rejection", "fr", "Clinique Saint-Cyprien",
        "recrutement@clinique-stcyprien.example.fr",
        ("Recrutement Clinique Saint-Cyprien", "recrutement@clinique-stcyprien.example.fr"),
        "Poste de pharmacien(ne) assistant(e) – pourvu", "2026-04-24 10:45 +0200",
        """Madame,

Nous vous informons que le poste de pharmacien(ne) assistant(e) de notre pharmacie à usage
intérieur, pour lequel vous aviez postulé, a été pourvu.

Nous vous remercions pour l'intérêt porté à notre établissement et vous souhaitons une bonne
continuation.

Le service recrutement
Clinique Saint-Cyprien, Toulouse
""", cte="base64"),
    msg("occitalia_suspendu", "rejection", "fr", "Occitalia Conseil Réglementaire",
        "helene.vidal@occitalia-conseil.example.fr",
        ("Hélène Vidal", "helene.vidal@occitalia-conseil.example.fr"),
        "Recrutement consultant(e) junior – suspension", "2026-08-27 18:00 +0200",
        """Bonjour Madame Quiroga Salas,

Je me permets de revenir vers vous au sujet du poste de consultant(e) junior en affaires
réglementaires. Suite à la perte d'un contrat important, nous avons décidé de suspendre ce
recrutement jusqu'à nouvel ordre. Nous ne pourrons donc pas donner suite à votre
candidature.

Je vous prie de nous excuser pour ce contretemps et vous souhaite une belle réussite.

Hélène Vidal
Directrice associée – Occitalia Conseil Réglementaire
""", name_enc=("iso-8859-1", "B"), alt=True, brand="Occitalia Conseil Réglementaire",
        color="#884ea0"),
]
