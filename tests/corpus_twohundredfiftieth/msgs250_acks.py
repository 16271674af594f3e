"""Corpus 250: 21 application acknowledgements and 10 offers, written by hand."""

from __future__ import annotations

from msgs250_common import CANDIDATE, ats_card, html_page, mso, paras, reply, word_html

AUTO = [("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")]

MESSAGES: list[dict] = []
add = MESSAGES.append

# =================================================================== application_received (21)

# --- A1 Construcciones Urumea, Teamtailor ----------------------------------------------------------
_t = """¡Hola Íñigo!

Gracias por tu candidatura a Técnico/a de Seguridad y Salud en obra en Construcciones Urumea. La hemos recibido correctamente y el equipo de Personas la revisará en las próximas semanas.

Mientras tanto, puedes consultar el estado de tu candidatura o actualizar tu CV desde tu área de candidato:
https://urumea.teamtailor.com/connect/candidate

Un abrazo,
Equipo de Personas de Construcciones Urumea"""
add({
    "key": "urumea-ack", "kind": "application_received", "scenario": "teamtailor_recibida", "lang": "es",
    "company": "Construcciones Urumea", "contact": "",
    "frm": ("Construcciones Urumea", "no-reply@teamtailor-mail.com"), "date": "2026-06-02 21:14 +0200",
    "subject": "Hemos recibido tu candidatura – Construcciones Urumea", "subject_enc": ("utf-8", "Q"),
    "text": _t, "html": ats_card("Construcciones Urumea", "#6d4c41", paras(_t), "Teamtailor", "es"),
    "headers": AUTO,
})

# --- A2 Aeronáutica Zadorra, Workday, "cannot reply individually" ------------------------------------
_t = """Hola Íñigo:

Te confirmamos que hemos recibido tu solicitud para el puesto de Técnico/a de Prevención de Riesgos Laborales (R-04417).

Nuestro equipo de Talento revisará todas las candidaturas. Debido al elevado número de solicitudes, lamentablemente no podemos responder de forma individual a cada persona; si tu perfil encaja con lo que buscamos, nos pondremos en contacto contigo.

Puedes seguir el estado de tu solicitud en cualquier momento desde tu cuenta de candidato en nuestro portal.

Gracias por tu interés en Aeronáutica Zadorra.

Equipo de Talento"""
add({
    "key": "zadorra-ack", "kind": "application_received", "scenario": "workday_no_respuesta_individual",
    "lang": "es", "company": "Aeronáutica Zadorra", "contact": "",
    "frm": ("Aeronáutica Zadorra", "zadorra@myworkday.com"), "date": "2026-01-08 13:47 -0800",
    "subject": "Gracias por tu solicitud: Técnico/a de PRL (R-04417)", "text": _t,
    "html": ats_card("Aeronáutica Zadorra · Careers", "#1d3f73", paras(_t),
                  "Powered by Workday", "es"), "headers": AUTO,
})

# --- A3 Componentes Arga, SuccessFactors, iso-8859-1 -----------------------------------------------
_t = """Estimado/a Íñigo Salaberri-Achterberg:

Gracias por tu interés en Componentes Arga. Hemos registrado tu candidatura para la vacante Técnico/a HSE - Planta de Orkoien (ref. 2026-118).

Número de solicitud: 0000481127
Fecha de recepción: 16/02/2026

Revisaremos tu perfil y te informaremos del resultado del proceso.

Atentamente,
Recursos Humanos - Componentes Arga"""
add({
    "key": "arga-ack", "kind": "application_received", "scenario": "successfactors_latin1_registrada",
    "lang": "es", "company": "Componentes Arga", "contact": "",
    "frm": ("Componentes Arga - Selección", "noreply@successfactors.eu"), "date": "2026-02-16 19:03 +0100",
    "subject": "Confirmación de candidatura ref. 2026-118", "subject_enc": ("iso-8859-1", "B"),
    "charset": "iso-8859-1", "cte": "quoted-printable", "text": _t,
    "html": html_page(paras(_t), "es"), "headers": AUTO,
})

# --- A4 Terminal Marítima de Lezo, SmartRecruiters -------------------------------------------------
_t = """Hola Íñigo,

¡Gracias por postularte a Técnico/a de Seguridad Portuaria en Terminal Marítima de Lezo!

Tu solicitud ya está en manos de nuestro equipo de selección. Te avisaremos por correo electrónico en cuanto haya novedades.

Saludos,
Terminal Marítima de Lezo"""
add({
    "key": "lezo-ack", "kind": "application_received", "scenario": "smartrecruiters_gracias_postularte",
    "lang": "es", "company": "Terminal Marítima de Lezo", "contact": "",
    "frm": ("Terminal Marítima de Lezo", "no-reply@smartrecruiters.com"), "date": "2026-04-20 06:55 +0000",
    "subject": "Gracias por postularte a Terminal Marítima de Lezo", "subject_enc": ("utf-8", "B"),
    "name_enc": ("utf-8", "B"), "text": _t,
    "html": ats_card("Terminal Marítima de Lezo", "#01579b", paras(_t), "SmartRecruiters", "es"),
    "cte": "base64", "headers": AUTO,
})

# --- A5 Bidelan ETT, registration confirmed by the consultant ----------------------------------------
add({
    "key": "bidelan-ack", "kind": "application_received", "scenario": "ett_alta_bolsa", "lang": "es",
    "company": "Bidelan", "contact": "iker.zubizarreta@bidelan.example.es",
    "frm": ("Iker Zubizarreta", "iker.zubizarreta@bidelan.example.es"), "date": "2026-01-12 18:20 +0100",
    "subject": "Alta en Bidelan - perfil PRL", "cte": "quoted-printable",
    "text": """Hola Íñigo:

Encantado de conocerte esta mañana en la oficina. Te confirmo que ya estás dado de alta en nuestra bolsa de candidatos con el perfil de técnico de PRL (nivel intermedio) y socorrismo acuático.

He subido tu CV, la copia del título de 300 horas y el certificado de primeros auxilios. En cuanto entre un encargo de un cliente que encaje, te llamo.

Iker Zubizarreta
Consultor de Selección · Bidelan ETT
Gran Vía 61, 3º · 48011 Bilbao · 944 051 772
""",
})

# --- A6 TempoNorte ETT, automatic registration -------------------------------------------------------
_t = """Hola Íñigo,

Tu registro en TempoNorte se ha completado correctamente. Ya formas parte de nuestra base de candidatos en Navarra.

Resumen de tu perfil:
- Área: Prevención de riesgos / Seguridad industrial
- Disponibilidad: inmediata
- Zona: Pamplona y Comarca, Ribera

Nuestros consultores revisarán tu CV y te contactarán si surge una oferta compatible.

TempoNorte ETT · Avda. Pío XII 14, Pamplona
Este es un mensaje automático; por favor, no respondas."""
add({
    "key": "temponorte-ack", "kind": "application_received", "scenario": "ett_registro_automatico",
    "lang": "es", "company": "TempoNorte", "contact": "",
    "frm": ("TempoNorte ETT", "no-responder@temponorte.example.es"), "date": "2026-07-27 22:41 +0200",
    "subject": "Registro completado en TempoNorte", "text": _t,
    "html": ats_card("TempoNorte ETT", "#ad1457", paras(_t), "TempoNorte ETT", "es"), "headers": AUTO,
})

# --- A7 Eólicas Aralar, SmartRecruiters --------------------------------------------------------------
_t = """Hola Íñigo,

Hemos recibido tu solicitud para Técnico de Seguridad en Parques Eólicos (Navarra). Gracias por pensar en Eólicas Aralar.

Estamos revisando las candidaturas y te escribiremos cuando tengamos una decisión sobre los siguientes pasos.

Equipo de Selección de Eólicas Aralar"""
add({
    "key": "aralar-ack", "kind": "application_received", "scenario": "smartrecruiters_solicitud_recibida",
    "lang": "es", "company": "Eólicas Aralar", "contact": "",
    "frm": ("Eólicas Aralar", "no-reply@smartrecruiters.com"), "date": "2026-05-25 10:02 +0000",
    "subject": "Solicitud recibida: Técnico de Seguridad en Parques Eólicos", "text": _t,
    "html": ats_card("Eólicas Aralar", "#2e7d32", paras(_t), "SmartRecruiters", "es"),
    "headers": AUTO,
})

# --- A8 Grupo Txingudi Logística, Workable, plain ------------------------------------------------------
add({
    "key": "txingudi-ack", "kind": "application_received", "scenario": "workable_texto_plano", "lang": "es",
    "company": "Grupo Txingudi Logística", "contact": "",
    "frm": ("Grupo Txingudi Logística", "txingudi@workablemail.com"), "date": "2026-09-03 08:30 +0200",
    "subject": "Gracias por tu candidatura", "headers": AUTO, "cte": "8bit",
    "text": """Hola Íñigo,

Gracias por enviar tu candidatura para Técnico/a de Seguridad y Salud (Irun). La hemos recibido y la estamos revisando.

Si tu perfil encaja, te contactaremos para concertar una entrevista.

Un saludo,
Grupo Txingudi Logística

--
Sent with Workable
""",
})

# --- A9 Astilleros Zorrotza, iCIMS --------------------------------------------------------------------
_t = """Estimado Íñigo:

Gracias por tu interés en Astilleros Zorrotza. Tu solicitud para Técnico de Prevención en Astillero (Req. 2026-0457) ha sido enviada correctamente.

Puedes revisar tu solicitud en el portal de empleo en cualquier momento.

Atentamente,
Astilleros Zorrotza - Talent Acquisition"""
add({
    "key": "zorrotza-ack", "kind": "application_received", "scenario": "icims_solicitud_enviada",
    "lang": "es", "company": "Astilleros Zorrotza", "contact": "",
    "frm": ("Astilleros Zorrotza", "careers-zorrotza@icims.com"), "date": "2026-05-12 02:18 -0400",
    "subject": "Astilleros Zorrotza: solicitud recibida (Req. 2026-0457)", "text": _t,
    "html": ats_card("Astilleros Zorrotza", "#0d47a1", paras(_t),
                  "This email was sent via iCIMS on behalf of Astilleros Zorrotza.", "es"),
    "headers": AUTO,
})

# --- A10 Inspecciones Urdaibai, BambooHR, "no podemos responder a cada persona" -----------------------
add({
    "key": "urdaibai-ack", "kind": "application_received", "scenario": "bamboohr_volumen_candidaturas",
    "lang": "es", "company": "Inspecciones Urdaibai", "contact": "",
    "frm": ("Inspecciones Urdaibai", "no-reply@bamboohr.com"), "date": "2026-06-22 11:20 -0600",
    "subject": "Hemos recibido tu solicitud", "charset": "iso-8859-1", "cte": "8bit", "headers": AUTO,
    "text": """Hola Íñigo:

Gracias por solicitar la plaza de Inspector/a de Seguridad Industrial (Gernika). Tu solicitud se ha registrado correctamente.

Debido al volumen de candidaturas que recibimos, por desgracia no podemos responder personalmente a cada persona. Si tu perfil avanza en el proceso, te llamaremos en un plazo de tres semanas.

Inspecciones Urdaibai
""",
})

# --- A11 Egoki Prevención, human reply to the candidate's e-mail application --------------------------------
_old = """Buenos días:

Adjunto mi CV para el puesto de técnico de PRL publicado en el Colegio de Graduados Sociales. Soy socorrista titulado y acabo de terminar el curso de técnico intermedio.

Un saludo,
Íñigo Salaberri-Achterberg"""
add({
    "key": "egoki-ack", "kind": "application_received", "scenario": "humano_recibido_cv_latin1", "lang": "es",
    "company": "Egoki Prevención", "contact": "edurne@egoki.example.es",
    "frm": ("Edurne Goñi", "edurne@egoki.example.es"), "name_enc": ("iso-8859-1", "Q"),
    "date": "2026-01-15 09:12 +0100", "subject": "Re: Candidatura técnico PRL - Íñigo Salaberri",
    "subject_enc": ("iso-8859-1", "Q"), "charset": "iso-8859-1", "cte": "quoted-printable",
    "parent": "egoki-application",
    "text": reply("""Hola Íñigo,

Recibido tu CV, gracias. Se lo paso a nuestro responsable técnico, que es quien lleva la selección. Te diremos algo en cuanto lo haya revisado.

Edurne Goñi
Administración - Egoki Prevención
Calle Amaya 26, 31004 Pamplona""", "es", "mié, 14 ene 2026 a las 22:37",
               "Íñigo Salaberri-Achterberg", CANDIDATE[1], _old),
})

# --- A12 Maasvlakte Container Services, Greenhouse -----------------------------------------------------------
_t = """Hi Íñigo,

Thanks for applying to Maasvlakte Container Services! Your application for HSE Technician has been received.

We'll review it and get back to you if there's a match. In the meantime, feel free to learn more about life on the terminal on our careers page.

All the best,
Maasvlakte Container Services Talent Team"""
add({
    "key": "mcs-ack", "kind": "application_received", "scenario": "greenhouse_thanks_for_applying",
    "lang": "en", "company": "Maasvlakte Container Services", "contact": "",
    "frm": ("Maasvlakte Container Services", "no-reply@us.greenhouse-mail.io"),
    "date": "2026-04-07 18:33 +0000", "subject": "Thank you for applying to Maasvlakte Container Services",
    "text": _t, "html": html_page(paras(_t), "en"), "headers": AUTO,
})

# --- A13 Van der Heijden Bouw, Recruitee --------------------------------------------------------------------
_t = """Dear Íñigo,

We have received your application for Site Safety Officer. Thank you for your interest in Van der Heijden Bouw.

Our HR team will look at your application within 10 working days.

Kind regards,
Van der Heijden Bouw"""
add({
    "key": "vdh-ack", "kind": "application_received", "scenario": "recruitee_received", "lang": "en",
    "company": "Van der Heijden Bouw", "contact": "",
    "frm": ("Van der Heijden Bouw", "vanderheijdenbouw@jobs.recruitee.com"),
    "date": "2026-03-02 10:15 +0100", "subject": "Application received: Site Safety Officer", "text": _t,
    "html": ats_card("Van der Heijden Bouw", "#1565c0", paras(_t), "Powered by Recruitee", "en"),
    "cte": "base64", "headers": AUTO,
})

# --- A14 Delta Chemicals Europoort, Taleo, "cannot reply to every applicant" -----------------------------------
add({
    "key": "delta-ack", "kind": "application_received", "scenario": "taleo_cannot_reply_individually",
    "lang": "en", "company": "Delta Chemicals Europoort", "contact": "",
    "frm": ("Delta Chemicals Europoort", "noreply@taleo.net"), "date": "2026-02-04 03:40 -0500",
    "subject": "Requisition 26-0311 - Application Confirmation", "headers": AUTO, "cte": "7bit",
    "text": """Dear Inigo Salaberri-Achterberg,

Thank you for submitting your application for the position of Process Safety Technician (Requisition 26-0311).

We are reviewing all applications carefully. Unfortunately, we cannot reply to every applicant individually; candidates whose qualifications best match the requirements will be contacted by our recruitment team.

You can track the status of your application in the career section.

Delta Chemicals Europoort - Recruitment Centre

This is an automated message. Please do not reply.
""",
})

# --- A15 Brightwater Offshore, Lever -------------------------------------------------------------------
_t = """Hi Íñigo,

Thanks for your interest in Brightwater Offshore! We've received your application for HSE Advisor (Rotterdam) and our team will review it shortly.

Best,
The Brightwater Offshore team"""
add({
    "key": "brightwater-ack", "kind": "application_received", "scenario": "lever_received", "lang": "en",
    "company": "Brightwater Offshore", "contact": "",
    "frm": ("Brightwater Offshore", "no-reply@hire.lever.co"), "date": "2026-01-26 14:08 +0000",
    "subject": "Thanks for applying to Brightwater Offshore", "text": _t,
    "html": html_page(paras(_t), "en"), "headers": AUTO,
})

# --- A16 Harbourline, Ashby -----------------------------------------------------------------------------
_t = """Hi Íñigo,

Thanks for applying for HSE Technician (Port of Rotterdam) at Harbourline Safety Consultants. This note confirms we have your application.

A member of our team will be in touch about next steps.

Harbourline Talent Team"""
add({
    "key": "harbourline-ack", "kind": "application_received", "scenario": "ashby_confirms_application",
    "lang": "en", "company": "Harbourline Safety Consultants", "contact": "",
    "frm": ("Harbourline Safety Consultants", "no-reply@ashbyhq.com"), "date": "2026-08-18 21:04 +0100",
    "subject": "We've received your application", "text": _t,
    "html": ats_card("Harbourline Safety Consultants", "#00695c", paras(_t), "Sent via Ashby", "en"),
    "headers": AUTO,
})

# --- A17 Port de Bayonne Manutention, Teamtailor -----------------------------------------------------------
_t = """Bonjour Íñigo,

Merci pour votre candidature au poste d'animateur sécurité chez Port de Bayonne Manutention. Nous l'avons bien reçue.

Notre équipe RH l'étudiera avec attention et reviendra vers vous rapidement.

Belle journée,
L'équipe RH de Port de Bayonne Manutention"""
add({
    "key": "bayonne-ack", "kind": "application_received", "scenario": "teamtailor_bien_recue", "lang": "fr",
    "company": "Port de Bayonne Manutention", "contact": "",
    "frm": ("Port de Bayonne Manutention", "no-reply@teamtailor-mail.com"),
    "date": "2026-03-16 09:21 +0100", "subject": "Nous avons bien reçu votre candidature",
    "subject_enc": ("iso-8859-1", "Q"), "text": _t,
    "html": ats_card("Port de Bayonne Manutention", "#0277bd", paras(_t), "Teamtailor", "fr"),
    "headers": AUTO,
})

# --- A18 Intérim Adour, registration ----------------------------------------------------------------------
add({
    "key": "adour-ack", "kind": "application_received", "scenario": "agence_inscription_validee",
    "lang": "fr", "company": "Intérim Adour", "contact": "maite.iriart@interim-adour.example.fr",
    "frm": ("Maïté Iriart", "maite.iriart@interim-adour.example.fr"), "date": "2026-05-18 16:45 +0200",
    "subject": "Votre inscription chez Intérim Adour", "cte": "quoted-printable",
    "text": """Bonjour Íñigo,

Suite à notre rendez-vous de ce matin, votre inscription à l'agence est validée. Votre dossier (CV, pièce d'identité, attestation SST et diplôme de maître-nageur) est complet.

Je vous contacterai dès qu'une mission en sécurité ou prévention correspond à votre profil, sur Bayonne, Anglet, Boucau ou Tarnos.

Maïté Iriart
Intérim Adour - Agence de Bayonne
8 allées Marines, 64100 Bayonne - 05 59 25 70 14
""",
})

# --- A19 Aérostructures Mérignac, SuccessFactors, "pas de réponse individuelle" -----------------------------
_t = """Bonjour,

Nous vous remercions pour votre candidature au poste de Technicien HSE (H/F) - site de Mérignac.

Votre dossier a bien été enregistré et sera examiné par notre équipe recrutement. Compte tenu du nombre important de candidatures, nous ne pourrons malheureusement pas répondre individuellement à chacune d'elles. Si votre profil correspond à nos attentes, nous vous contacterons dans un délai de quatre semaines.

Cordialement,
Direction des Ressources Humaines
Aérostructures Mérignac"""
add({
    "key": "merignac-ack", "kind": "application_received", "scenario": "successfactors_pas_de_reponse_individuelle",
    "lang": "fr", "company": "Aérostructures Mérignac", "contact": "",
    "frm": ("Aérostructures Mérignac Recrutement", "noreply@successfactors.eu"),
    "date": "2026-10-02 10:11 +0200", "subject": "Accusé de réception de votre candidature",
    "subject_enc": ("utf-8", "B"), "name_enc": ("iso-8859-1", "B"), "text": _t,
    "html": html_page(paras(_t), "fr"), "cte": "base64", "headers": AUTO,
})

# --- A20 Neckarwerk Bau, softgarden Eingangsbestätigung -------------------------------------------------------
_t = """Sehr geehrter Herr Salaberri-Achterberg,

vielen Dank für Ihre Bewerbung als Fachkraft für Arbeitssicherheit (m/w/d) und Ihr Interesse an der Neckarwerk Bau GmbH.

Hiermit bestätigen wir den Eingang Ihrer Unterlagen. Wir prüfen Ihre Bewerbung sorgfältig und melden uns so bald wie möglich bei Ihnen.

Mit freundlichen Grüßen
Ihr Neckarwerk Bau Recruiting-Team"""
add({
    "key": "neckarwerk-ack", "kind": "application_received", "scenario": "softgarden_eingangsbestaetigung",
    "lang": "de", "company": "Neckarwerk Bau", "contact": "",
    "frm": ("Neckarwerk Bau GmbH", "noreply@softgarden.io"), "date": "2026-07-01 07:52 +0200",
    "subject": "Eingangsbestätigung Ihrer Bewerbung", "subject_enc": ("iso-8859-1", "Q"), "text": _t,
    "html": ats_card("Neckarwerk Bau – Karriere", "#37474f", paras(_t), "softgarden e-recruiting", "de"),
    "charset": "iso-8859-1", "html_charset": "utf-8", "headers": AUTO,
})

# --- A21 Kessler Präzisionsteile, Personio ----------------------------------------------------------------
add({
    "key": "kessler-ack", "kind": "application_received", "scenario": "personio_bewerbung_eingegangen",
    "lang": "de", "company": "Kessler Präzisionsteile", "contact": "",
    "frm": ("Kessler Präzisionsteile GmbH", "noreply@personio.de"), "name_enc": ("utf-8", "B"),
    "date": "2026-08-10 20:18 +0200", "subject": "Ihre Bewerbung ist bei uns eingegangen",
    "headers": AUTO, "cte": "base64",
    "text": """Hallo Herr Salaberri-Achterberg,

danke für Ihre Bewerbung als Sicherheitsfachkraft (m/w/d)! Ihre Unterlagen sind vollständig bei uns angekommen.

Wir sehen sie uns in Ruhe an und geben Ihnen innerhalb von zwei Wochen Bescheid, wie es weitergeht.

Viele Grüße
Ihr Recruiting-Team von Kessler Präzisionsteile
""",
})

# =================================================================== offer (10)

# --- O1 Construcciones Urumea: formal offer with PDF, quoting the thank-you ---------------------------------
_old = """Hola Maite:

Muchas gracias a ti y a Joseba por la entrevista de hoy. Me quedo con muchas ganas de ver cómo trabajáis la coordinación con las subcontratas en Txomin Enea.

Un saludo,
Íñigo"""
add({
    "key": "urumea-offer", "kind": "offer", "scenario": "oferta_formal_pdf", "lang": "es",
    "company": "Construcciones Urumea", "contact": "maite.etxeberria@urumea.example.es",
    "frm": ("Maite Etxeberria Goñi", "maite.etxeberria@urumea.example.es"),
    "date": "2026-06-26 12:34 +0200", "subject": "Propuesta de incorporación - Construcciones Urumea",
    "parent": "urumea-thanks", "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
    "text": reply("""Hola Íñigo:

Nos alegra mucho comunicarte que queremos que te incorpores a Construcciones Urumea como Técnico de Seguridad y Salud en obra.

Te adjunto la carta de oferta con las condiciones: contrato indefinido, 31.500 € brutos anuales en 14 pagas, vehículo de empresa para desplazamientos entre obras e incorporación prevista el 1 de septiembre.

Si estás de acuerdo, devuélvenos la carta firmada antes del 6 de julio. Y si tienes cualquier duda, llámame.

Un saludo,

Maite Etxeberria Goñi
Técnica de Personas · Construcciones Urumea
T. +34 943 455 870""", "es", "mié, 17 jun 2026 a las 20:05", "Íñigo Salaberri-Achterberg",
               CANDIDATE[1], _old),
    "pdf": [("Carta_oferta_Urumea_Salaberri.pdf", "Construcciones Urumea - Carta de oferta",
          ["Donostia, 26 de junio de 2026", "Sr. Íñigo Salaberri-Achterberg",
           "Puesto: Técnico de Seguridad y Salud en obra", "Contrato: indefinido",
           "Retribución: 31.500 € brutos anuales (14 pagas)", "Incorporación: 1 de septiembre de 2026",
           "Firma del candidato: ____________________"])],
})

# --- O2 Prevención Gure Lana: verbal offer follow-up -----------------------------------------------------------
add({
    "key": "gurelana-offer", "kind": "offer", "scenario": "seguimiento_oferta_verbal", "lang": "es",
    "company": "Prevención Gure Lana", "contact": "iruizdeazua@gurelana.example.eus",
    "frm": ("Iñaki Ruiz de Azúa", "iruizdeazua@gurelana.example.eus"), "name_enc": ("iso-8859-1", "B"),
    "date": "2026-10-13 09:05 +0200", "subject": "Lo que hablamos ayer", "parent": "gurelana-invite",
    "cte": "8bit",
    "text": """Buenos días Íñigo,

Como te adelanté ayer por teléfono, nos gustaría que te unieras al equipo como técnico de PRL. Te dejo por escrito lo que hablamos para que lo tengas claro:

- Puesto: técnico intermedio PRL, cartera de obras y talleres en Álava
- Jornada completa, contrato de un año con intención de pasar a indefinido
- 26.800 € brutos al año más kilometraje
- Incorporación: 2 de noviembre

Dinos algo antes del viernes. Si dices que sí, Recursos Humanos te manda el contrato.

Un abrazo,
Iñaki
""",
})

# --- O3 TempoNorte: unnamed client wants to make an offer -------------------------------------------------
add({
    "key": "temponorte-offer", "kind": "offer", "scenario": "ett_cliente_anonimo_oferta", "lang": "es",
    "company": "TempoNorte", "contact": "rebeca.jimenez@temponorte.example.es",
    "frm": ("Rebeca Jiménez", "rebeca.jimenez@temponorte.example.es"), "date": "2026-08-25 13:40 +0200",
    "subject": "¡Buenas noticias! Propuesta de nuestro cliente", "subject_enc": ("utf-8", "Q"),
    "parent": "temponorte-ack", "cte": "quoted-printable",
    "text": """¡Hola Íñigo!

Nuestro cliente, una planta química de la Ribera navarra con la que trabajamos desde hace años, ha revisado tu perfil y la entrevista que hicimos aquí, y quiere hacerte una oferta para el puesto de técnico de seguridad:

- Contrato de puesta a disposición de 6 meses, con opción a incorporación en plantilla
- Turno central, de lunes a viernes
- 2.050 € brutos mensuales
- Inicio: 14 de septiembre

Por confidencialidad no te puedo dar aún el nombre; te lo daré en cuanto me confirmes que te interesa. ¿Me llamas hoy o mañana?

Rebeca Jiménez
Consultora · TempoNorte ETT
Avda. Pío XII 14, Pamplona · 948 173 560
""",
})

# --- O4 Ekinsa Montajes Eléctricos: contract for signature (PDF) ---------------------------------------------
_t = """Hola Íñigo:

Tal y como acordamos, te enviamos el contrato de trabajo como Técnico de PRL para su firma. Revísalo con calma; cuando lo tengas, fírmalo y devuélvenoslo escaneado o tráelo el día de la incorporación (lunes 19 de octubre, 7:30, nave de Júndiz).

También te adjuntamos la ficha de alta para que la rellenes con tu número de cuenta y de la Seguridad Social.

Un saludo,

Olatz Agirre
Administración de Personal · Ekinsa Montajes Eléctricos
Pol. Júndiz, c/ Lermandabide 9 · 01015 Vitoria-Gasteiz · 945 290 118"""
add({
    "key": "ekinsa-offer", "kind": "offer", "scenario": "contrato_para_firma_pdf", "lang": "es",
    "company": "Ekinsa Montajes Eléctricos", "contact": "olatz.agirre@ekinsa.example.es",
    "frm": ("Olatz Agirre", "olatz.agirre@ekinsa.example.es"), "date": "2026-09-29 16:10 +0200",
    "subject": "Contrato para firma - Técnico PRL", "text": _t, "html": html_page(paras(_t), "es"),
    "pdf": [("Contrato_Ekinsa_Salaberri.pdf", "Contrato de trabajo - Ekinsa Montajes Eléctricos",
          ["Trabajador: Íñigo Salaberri-Achterberg", "Categoría: Técnico de PRL",
           "Fecha de inicio: 19/10/2026", "Periodo de prueba: 2 meses", "Firma: ______________"]),
         ("Ficha_alta_Ekinsa.pdf", "Ficha de alta de personal",
          ["Nombre y apellidos:", "DNI/NIE:", "Nº Seguridad Social:", "IBAN:"])],
})

# --- O5 Reciclajes Zubieta: formal offer from an HR box, Reply-To the manager --------------------------------
_t = """Estimado Íñigo:

En nombre de Reciclajes Zubieta, tenemos el placer de ofrecerte el puesto de Técnico de Seguridad y Medio Ambiente en nuestra planta de valorización de Zubieta, en las condiciones que figuran en la carta adjunta.

Para cualquier consulta sobre la oferta, responde a este mensaje: le llegará directamente a Gorka Lertxundi, director de planta.

Atentamente,
Departamento de Recursos Humanos
Reciclajes Zubieta · Zubieta Auzoa 40, 20018 Donostia"""
add({
    "key": "zubieta-offer", "kind": "offer", "scenario": "carta_oferta_reply_to_director", "lang": "es",
    "company": "Reciclajes Zubieta", "contact": "g.lertxundi@zubieta-reciclajes.example.es",
    "frm": ("Reciclajes Zubieta - RRHH", "rrhh@zubieta-reciclajes.example.es"),
    "reply_to": ("Gorka Lertxundi", "g.lertxundi@zubieta-reciclajes.example.es"),
    "date": "2026-10-21 11:00 +0200", "subject": "Oferta de empleo - Técnico de Seguridad y Medio Ambiente",
    "text": _t, "html": word_html(mso(_t)), "cte": "base64",
    "pdf": [("Oferta_Reciclajes_Zubieta.pdf", "Reciclajes Zubieta - Oferta de empleo",
          ["Candidato: Íñigo Salaberri-Achterberg", "Puesto: Técnico de Seguridad y Medio Ambiente",
           "Salario: 29.000 € brutos/año", "Jornada: completa, turno de mañana",
           "Aceptación antes del 30/10/2026"])],
})

# --- O6 Keel & Compass: "NSTS want to make you an offer" ------------------------------------------------------
add({
    "key": "keel-offer", "kind": "offer", "scenario": "agency_client_wants_to_offer", "lang": "en",
    "company": "North Sea Tank Storage", "contact": "harriet@keelcompass.example.co.uk",
    "frm": ("Harriet Shaw", "harriet@keelcompass.example.co.uk"), "date": "2026-08-04 09:25 +0100",
    "subject": "NSTS - offer!", "parent": "keel-moved", "cte": "quoted-printable",
    "text": """Hi Íñigo,

I'm delighted to tell you that North Sea Tank Storage want to make you an offer for the HSE Technician role at Vondelingenplaat.

Headline terms: EUR 52,000 gross per year plus 8% holiday allowance, a 12-month contract converting to permanent, relocation support of EUR 3,000 and a start date in early October.

Their HR team will send the written offer and contract in the next couple of days. Shall we talk at 18:00 today so I can walk you through it?

Best wishes,
Harriet Shaw
Principal Consultant – Ports & Energy | Keel & Compass Recruitment
+44 117 496 0331
""",
})

# --- O7 Van der Heijden Bouw: formal offer letter, PDF -------------------------------------------------------
_t = """Dear Íñigo,

Thank you for joining us on site last week. The team enjoyed working with you, and I am pleased to offer you the position of Site Safety Officer at Van der Heijden Bouw.

The attached offer letter sets out the terms, including a gross monthly salary of EUR 3,650, a company bicycle lease, 25 days' holiday and a start date of 4 May 2026.

Please sign and return the letter by 10 April, or call me if you'd like to discuss anything.

Kind regards,
Eline van der Heijden
HR Manager | Van der Heijden Bouw
+31 10 484 2290"""
add({
    "key": "vdh-offer", "kind": "offer", "scenario": "offer_letter_pdf", "lang": "en",
    "company": "Van der Heijden Bouw", "contact": "eline@vdheijden.example.nl",
    "frm": ("Eline van der Heijden", "eline@vdheijden.example.nl"), "date": "2026-04-01 15:50 +0200",
    "subject": "Offer of employment – Site Safety Officer", "subject_enc": ("utf-8", "B"),
    "text": _t, "html": html_page(paras(_t), "en"), "parent": "vdh-invite",
    "pdf": [("Offer_letter_VdH_Salaberri-Achterberg.pdf", "Van der Heijden Bouw - Offer of employment",
          ["Candidate: Íñigo Salaberri-Achterberg", "Position: Site Safety Officer",
           "Salary: EUR 3,650 gross per month", "Start date: 4 May 2026",
           "Signature: ______________________"])],
})

# --- O8 Bâtiments Garonne: promesse d'embauche ------------------------------------------------------------
_old = """Bonjour Monsieur Marty, bonjour Madame Dufau,

Merci pour l'entretien de cet après-midi et pour la visite du chantier des Bassins à flot. J'espère que Madame Dufau va mieux.

Cordialement,
Íñigo Salaberri-Achterberg"""
add({
    "key": "garonne-offer", "kind": "offer", "scenario": "promesse_embauche_pdf", "lang": "fr",
    "company": "Bâtiments Garonne", "contact": "camille.dufau@batiments-garonne.example.fr",
    "frm": ("Camille Dufau", "camille.dufau@batiments-garonne.example.fr"),
    "date": "2026-09-22 10:02 +0200", "subject": "Proposition d'embauche - Technicien QSE chantier",
    "parent": "garonne-thanks", "cte": "quoted-printable",
    "text": reply("""Bonjour Íñigo,

Je suis de retour et j'ai le plaisir de vous annoncer que nous souhaitons vous recruter au poste de Technicien QSE chantier.

Vous trouverez ci-joint la promesse d'embauche : CDI, statut ETAM, 2 450 € bruts mensuels sur 13 mois, prise de poste le 2 novembre 2026 à Bordeaux.

Merci de me la retourner signée d'ici le 30 septembre.

Bien cordialement,
Camille Dufau
Responsable RH - Bâtiments Garonne
05 56 39 22 80""", "fr", "jeu. 10 sept. 2026 à 18:31", "Íñigo Salaberri-Achterberg", CANDIDATE[1], _old),
    "pdf": [("Promesse_embauche_Salaberri.pdf", "Bâtiments Garonne - Promesse d'embauche",
          ["Bordeaux, le 22 septembre 2026", "M. Íñigo Salaberri-Achterberg",
           "Poste : Technicien QSE chantier (CDI, ETAM)", "Rémunération : 2 450 € bruts x 13",
           "Date d'entrée : 2 novembre 2026", "Bon pour accord : ______________"])],
})

# --- O9 Kessler Präzisionsteile: contract for signature ------------------------------------------------------
_t = """Guten Tag Herr Salaberri-Achterberg,

wir freuen uns sehr, dass Sie sich für uns entschieden haben! Wie am Freitag telefonisch vereinbart, erhalten Sie anbei Ihren Arbeitsvertrag als Sicherheitsfachkraft (m/w/d) in zweifacher Ausfertigung.

Bitte unterschreiben Sie beide Exemplare und senden Sie uns eines bis zum 30. September zurück. Ihr erster Arbeitstag ist der 2. November 2026.

Mit freundlichen Grüßen
Petra Vogel
Personal | Kessler Präzisionsteile GmbH
Industriestraße 18, 70565 Stuttgart | Tel. +49 711 7801 240
Geschäftsführer: Martin Kessler | Registergericht Stuttgart HRB 123456"""
add({
    "key": "kessler-offer", "kind": "offer", "scenario": "arbeitsvertrag_zur_unterschrift", "lang": "de",
    "company": "Kessler Präzisionsteile", "contact": "p.vogel@kessler-praezision.example.de",
    "frm": ("Petra Vogel", "p.vogel@kessler-praezision.example.de"), "date": "2026-09-15 10:44 +0200",
    "subject": "Ihr Arbeitsvertrag - Kessler Präzisionsteile", "subject_enc": ("iso-8859-1", "Q"),
    "text": _t, "html": html_page(paras(_t), "de"), "parent": "kessler-invite",
    "pdf": [("Arbeitsvertrag_Salaberri-Achterberg.pdf", "Arbeitsvertrag - Kessler Präzisionsteile GmbH",
          ["Arbeitnehmer: Íñigo Salaberri-Achterberg", "Tätigkeit: Sicherheitsfachkraft (m/w/d)",
           "Beginn: 02.11.2026", "Bruttomonatsgehalt: 4.350 €", "Probezeit: 6 Monate",
           "Unterschrift: ______________________"])],
})

# --- O10 Gerüstbau Wolf: verbal offer follow-up ------------------------------------------------------------
add({
    "key": "wolf-offer", "kind": "offer", "scenario": "telefonisch_besprochen_zusage", "lang": "de",
    "company": "Stuttgarter Gerüstbau Wolf", "contact": "stefan.wolf@geruestbau-wolf.example.de",
    "frm": ("Stefan Wolf", "stefan.wolf@geruestbau-wolf.example.de"), "date": "2026-10-27 17:15 +0100",
    "subject": "Wie besprochen: unser Angebot", "cte": "8bit",
    "text": """Hallo Herr Salaberri-Achterberg,

wie heute am Telefon besprochen, hier noch einmal schriftlich: Wir würden Sie gerne als Sicherheitsbeauftragten für unsere Baustellen im Raum Stuttgart einstellen.

Unser Angebot: unbefristet, 40 Stunden, 3.900 € brutto im Monat, Firmenwagen auch privat, Start am 1. Dezember oder nach Absprache.

Überlegen Sie es sich in Ruhe und geben Sie mir bis Ende nächster Woche Bescheid. Den Vertrag schicken wir dann sofort raus.

Beste Grüße
Stefan Wolf
Geschäftsführer | Stuttgarter Gerüstbau Wolf GmbH & Co. KG
Heilbronner Straße 301, 70469 Stuttgart | 0711 8564 100
""",
})
