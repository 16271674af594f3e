"""Corpus 215, hand-written: application acknowledgements (21) and offers (10)."""

from msgs215_common import (
    ats_card,
    html_doc,
    mso,
    outlook_html,
    outlook_quote,
    outlook_rule_html,
    paras,
    reply_quote,
)

ME = "Almudena Richter-Paz <almudena.rp@example.es>"

# ================================================================== received, es

_ALC_ACK = """Hola Almudena,

¡Gracias por tu interés en Laboratorios Alcazaba!

Hemos recibido correctamente tu solicitud para el puesto de Técnico/a de Asuntos Regulatorios
(Málaga). Nuestro equipo de Personas revisará tu perfil y, si encaja con lo que buscamos, nos
pondremos en contacto contigo en las próximas semanas.

Mientras tanto, puedes consultar el estado de tu candidatura en cualquier momento desde el
enlace que encontrarás en tu cuenta de candidato.

Un saludo,
El equipo de Personas de Laboratorios Alcazaba"""

A_ALCAZABA = dict(
    slug="alcazaba_personio_recibida", lang="es", company="Laboratorios Alcazaba", contact="",
    key="alc_ack",
    frm=("Laboratorios Alcazaba", "no-reply@personio.de"),
    subject="Hemos recibido tu solicitud - Técnico/a de Asuntos Regulatorios",
    date="2026-02-03 08:41 +0000", headers=[("Auto-Submitted", "auto-generated")],
    text=_ALC_ACK,
    html=ats_card("Laboratorios Alcazaba", "#c0542a", "Solicitud recibida", paras(_ALC_ACK),
                  "Laboratorios Alcazaba, S.L. · Parque Tecnológico de Andalucía, Málaga<br>"
                  "Gestionado con Personio. No respondas a este correo.", "es"),
    cte="quoted-printable",
)

A_SANTELMO = dict(
    slug="santelmo_hemos_recibido_su_cv", lang="es", company="Hospital San Telmo",
    contact="inmaculada.ortega@hsantelmo.example.es", key="stelmo_ack",
    refs=["<0215stelmo.app@mail.example.es>"],
    frm=("Inmaculada Ortega Calvente", "inmaculada.ortega@hsantelmo.example.es"),
    subject="Re: Candidatura Técnico/a en Farmacia - Farmacia Hospitalaria (ref. FH-0326)",
    subj_enc=("iso-8859-1", "q"), date="2026-02-12 09:40 +0100",
    charset="iso-8859-1", cte="quoted-printable",
    text="""Estimada Almudena:

Hemos recibido su CV y su carta de presentación para el puesto de Técnico/a en Farmacia del
Servicio de Farmacia Hospitalaria (ref. FH-0326). Revisaremos la documentación en las próximas
semanas y nos pondremos en contacto con usted si su perfil pasa a la fase de entrevistas.

Un saludo,
Inmaculada Ortega

Inmaculada Ortega Calvente
Unidad de Selección y Desarrollo de Personas
Hospital San Telmo de Sevilla
Avda. de la Cartuja 41, 41092 Sevilla
Tel. 954 870 220
""",
)

_TEMP_REG = """¡Hola, Almudena!

Tu alta como candidata en Temporalia ETT se ha completado correctamente. Ya formas parte de
nuestra bolsa de empleo en la Delegación de Sevilla, sector Sanidad y Farmacia.

Próximos pasos:
1. Una consultora revisará tu perfil en los próximos días.
2. Te contactará para concertar una entrevista de valoración por videollamada.
3. A partir de ahí podremos presentarte a las empresas clientes.

Recuerda mantener tu CV y tu disponibilidad actualizados en el área de candidatos.

Equipo Temporalia ETT"""

A_TEMPORALIA = dict(
    slug="temporalia_alta_candidata", lang="es", company="Temporalia", contact="",
    key="temporalia_reg",
    frm=("Temporalia ETT", "no-reply@temporalia.example.es"),
    subject="Bienvenida a Temporalia: tu alta se ha completado", date="2026-03-05 19:02 +0100",
    headers=[("Auto-Submitted", "auto-generated")],
    text=_TEMP_REG,
    html=ats_card("Temporalia ETT", "#e07b00", "Tu alta se ha completado", paras(_TEMP_REG),
                  "Temporalia Empresa de Trabajo Temporal, S.L. · Autorización administrativa "
                  "41/0215/98 · Este buzón no admite respuestas.", "es"),
    cte="base64",
)

_CAST_ACK = """Estimada Almudena:

Gracias por enviar tu solicitud para el puesto R-10482 Técnico/a de Registros en Laboratorios
Castellana.

Tu candidatura se ha registrado correctamente y será revisada por nuestro equipo de Adquisición
de Talento. Debido al elevado número de solicitudes, lamentablemente no podemos responder de
forma individual a cada candidato; si tu perfil se ajusta a los requisitos del puesto, te
contactaremos para continuar con el proceso.

Puedes seguir el estado de tu solicitud en nuestro portal de empleo.

Atentamente,
Equipo de Adquisición de Talento
Laboratorios Castellana"""

A_CASTELLANA = dict(
    slug="castellana_workday_no_respuesta_individual", lang="es",
    company="Laboratorios Castellana", contact="", key="castellana_ack",
    frm=("Laboratorios Castellana", "castellana@myworkday.com"),
    subject="Gracias por tu solicitud: Técnico/a de Registros (R-10482)",
    subj_enc=("utf-8", "b"), date="2026-03-25 21:16 +0000",
    headers=[("Auto-Submitted", "auto-generated")],
    text=_CAST_ACK,
    html=ats_card("Laboratorios Castellana", "#7a1f2b", "Solicitud recibida", paras(_CAST_ACK),
                  "Powered by Workday · Este mensaje se ha generado automáticamente.", "es"),
    cte="quoted-printable",
)

_GIRALDA_ACK = """<p>Hola Almudena,</p>
<p>Gracias por postularte a <b>Técnico/a de Registros Internacionales</b> en Biofarma Giralda.
Hemos recibido tu candidatura y nuestro equipo la revisará en cuanto cierre el plazo de la
oferta, el 15 de abril.</p>
<p>Te escribiremos tanto si avanzas como si no: en Biofarma Giralda contestamos a todas las
personas que se presentan a nuestros procesos.</p>
<p>Un saludo,<br>Equipo de Talento · Biofarma Giralda</p>"""

A_GIRALDA = dict(
    slug="giralda_teamtailor_html_only", lang="es", company="Biofarma Giralda", contact="",
    key="giralda_ack",
    frm=("Biofarma Giralda", "no-reply@teamtailor-mail.com"),
    subject="¡Gracias por tu candidatura, Almudena!", date="2026-04-02 12:10 +0000",
    html=ats_card("Biofarma Giralda", "#5a2d82", "Candidatura recibida", _GIRALDA_ACK,
                  "Biofarma Giralda · Parque Científico y Tecnológico Cartuja, Sevilla · "
                  "<a href=\"https://giralda.teamtailor.com/connect\">Gestionar mis datos</a>",
                  "es"),
    cte="base64",
)

_ALH_ACK = """Hola Almudena:

Gracias por tu interés en Genómica Alhambra. Te confirmamos que hemos recibido tu candidatura
para Técnico/a de Calidad Regulatoria.

Revisaremos todas las solicitudes a lo largo de las próximas dos semanas. Si pasas a la
siguiente fase, Elena, de People Operations, te escribirá para proponerte una entrevista.

Saludos,
Genómica Alhambra"""

A_ALHAMBRA = dict(
    slug="alhambra_recruitee_confirmacion", lang="es", company="Genómica Alhambra", contact="",
    key="alhambra_ack",
    frm=("Genómica Alhambra", "genomica-alhambra@jobs.recruitee.com", "iso-8859-1", "q"),
    subject="Confirmación de tu candidatura - Técnico/a de Calidad Regulatoria",
    subj_enc=("iso-8859-1", "q"), date="2026-04-10 07:55 +0000",
    text=_ALH_ACK,
    html=ats_card("Genómica Alhambra", "#00897b", "Hemos recibido tu candidatura",
                  paras(_ALH_ACK), "Enviado con Recruitee", "es"),
    cte="quoted-printable",
)

A_OAPS = dict(
    slug="oaps_justificante_registro_pdf", lang="es",
    company="Oficina Andaluza de Productos Sanitarios", contact="", key="oaps_ack",
    frm=("Sede electrónica OAPS", "notificaciones@oaps.example.es", "iso-8859-1", "q"),
    subject="Justificante de presentación de solicitud - OAPS-TEC-04/2026",
    date="2026-04-15 23:48 +0200", charset="iso-8859-1", cte="quoted-printable",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""Sede electrónica de la Oficina Andaluza de Productos Sanitarios

Se ha registrado correctamente su solicitud de participación en el proceso selectivo
OAPS-TEC-04/2026 (Técnico/a de apoyo en evaluación de productos sanitarios).

Número de registro: OAPS-E-2026-004815
Fecha y hora de presentación: 15/04/2026 23:47:52
Interesada: Almudena Richter-Paz

Se adjunta el justificante de presentación. La relación provisional de personas admitidas y
excluidas se publicará en el tablón de anuncios de la sede electrónica.

Este mensaje se ha generado automáticamente. No responda a esta dirección.
""",
    pdfs=[dict(name="Justificante_OAPS-E-2026-004815.pdf",
               title="Justificante de presentación",
               lines=["Número de registro: OAPS-E-2026-004815",
                      "Procedimiento: proceso selectivo OAPS-TEC-04/2026",
                      "Interesada: Almudena Richter-Paz",
                      "Documentos aportados: solicitud, CV, títulos (3)",
                      "Fecha: 15/04/2026 23:47:52"])],
)

A_VERTICE = dict(
    slug="vertice_alta_base_de_datos", lang="es", company="Vértice Selección",
    contact="slucena@vertice-seleccion.example.es", key="vertice_reg",
    frm=("Sonia Lucena", "slucena@vertice-seleccion.example.es"),
    subject="Tu CV en Vértice Selección", date="2026-02-09 11:30 +0100",
    charset="windows-1252", cte="8bit",
    text="""Hola, Almudena:

Gracias por enviarnos tu CV a través de la web. Te confirmo que ya te hemos dado de alta en
nuestra base de datos de candidatos del área farmacéutica y sanitaria.

Ahora mismo estoy llevando un proceso de Técnico/a de Farmacovigilancia para un laboratorio de
Granada que podría encajarte; en cuanto el cliente me confirme el perfil te cuento más.

Un saludo,
Sonia Lucena Moreno
Consultora de Selección · Vértice Selección
Avda. de la Constitución 20, 18012 Granada · 958 205 114
""",
)

_QF_APP = """Buenos días:

Me llamo Almudena Richter-Paz y me gustaría optar al puesto de Técnico/a de Registro que habéis
publicado en la web del Colegio. Soy técnica en farmacia con seis años de experiencia en
farmacia hospitalaria y he completado el curso de experto en Asuntos Regulatorios.

Adjunto mi CV. Tengo disponibilidad inmediata para una entrevista en Sevilla.

Un saludo,
Almudena Richter-Paz"""

A_QUIMIFARMA = dict(
    slug="quimifarma_recibido_quoting_application", lang="es", company="Quimifarma Bética",
    contact="mhidalgo@quimifarma-betica.example.es", key="qf_ack", refs=["qf_app"],
    frm=("Manuel Hidalgo Vargas", "mhidalgo@quimifarma-betica.example.es"),
    subject="RE: Candidatura Técnico/a de Registro", date="2026-03-30 12:14 +0200",
    charset="windows-1252", cte="quoted-printable",
    text="""Hola, Almudena:

Gracias por tu correo. Hemos recibido tu candidatura y el CV; lo revisaremos con el equipo y te
diremos algo en un par de semanas.

Un cordial saludo,

Manuel Hidalgo Vargas
Director de Asuntos Regulatorios
Quimifarma Bética, S.A.

""" + outlook_quote("es", ME, "domingo, 29 de marzo de 2026 20:31",
                    "mhidalgo@quimifarma-betica.example.es",
                    "Candidatura Técnico/a de Registro", _QF_APP),
)

A_MERIDIANO = dict(
    slug="meridiano_bamboohr_solicitud_recibida", lang="es", company="Meridiano Biotech",
    contact="", key="meridiano_ack",
    frm=("Meridiano Biotech", "notifications@bamboohr.com"),
    subject="Solicitud recibida: Técnico/a de Asuntos Regulatorios", date="2026-05-16 08:03 +0000",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""Hola Almudena:

¡Gracias por presentar tu solicitud para Técnico/a de Asuntos Regulatorios en Meridiano
Biotech! La hemos recibido y el equipo de selección la revisará en breve.

Si necesitas actualizar tus datos, puedes hacerlo desde el enlace de tu solicitud.

Un saludo,
Meridiano Biotech

Este correo se envía desde BambooHR en nombre de Meridiano Biotech. Las respuestas a esta
dirección no se leen.
""",
    html=ats_card("Meridiano Biotech", "#4a8f29", "Solicitud recibida",
                  "<p>Hola Almudena:</p><p>¡Gracias por presentar tu solicitud para Técnico/a de "
                  "Asuntos Regulatorios en Meridiano Biotech! La hemos recibido y el equipo de "
                  "selección la revisará en breve.</p><p>Un saludo,<br>Meridiano Biotech</p>",
                  "Powered by BambooHR", "es"),
    cte="quoted-printable",
)

# ================================================================== received, en

_TEJO_ACK = """Hi Almudena,

Thanks for applying to Tejo Therapeutics! We've received your application for the Regulatory
Affairs Associate role in Lisbon.

Our team reviews every application carefully. If your experience is a good match, someone from
our talent team will reach out to discuss next steps.

Best,
The Tejo Therapeutics Talent Team"""

A_TEJO = dict(
    slug="tejo_greenhouse_thanks_for_applying", lang="en", company="Tejo Therapeutics",
    contact="", key="tejo_ack",
    frm=("Tejo Therapeutics", "no-reply@greenhouse-mail.io"),
    subject="Thank you for applying to Tejo Therapeutics", date="2026-03-02 10:12 +0000",
    text=_TEJO_ACK, html=html_doc(paras(_TEJO_ACK), "en"),
    headers=[("Auto-Submitted", "auto-generated")],
)

_BIRSIG_ACK = """Hi Almudena,

Thank you for your interest in Birsig Biotech. This note confirms that we've received your
application for Regulatory Affairs Specialist (CMC) in Basel.

We'll be in touch if your qualifications match the role. In the meantime, feel free to learn
more about our pipeline on our website.

Birsig Biotech Talent Team"""

A_BIRSIG = dict(
    slug="birsig_lever_application_confirmed", lang="en", company="Birsig Biotech",
    contact="", key="birsig_ack",
    frm=("Birsig Biotech", "no-reply@hire.lever.co"),
    subject="Birsig Biotech - we've received your application", date="2026-05-20 13:44 +0000",
    text=_BIRSIG_ACK,
    html=ats_card("Birsig Biotech", "#3b2a74", "Application received", paras(_BIRSIG_ACK),
                  "Sent via Lever.", "en"),
    cte="7bit",
)

_NORTH_ACK = """<p>Hello Almudena,</p>
<p>Thank you for applying for <b>Regulatory Affairs Officer (Lisbon)</b> at Northgate Pharma. We
have received your application and our recruiting team will review it over the coming weeks.</p>
<p>Please note that, due to the large number of applications we receive, unfortunately we cannot
reply to every applicant individually. If your profile is shortlisted, we will contact you
directly.</p>
<p>Thank you for your interest in Northgate Pharma.</p>"""

A_NORTHGATE = dict(
    slug="northgate_ashby_cannot_reply_individually", lang="en", company="Northgate Pharma",
    contact="", key="northgate_ack",
    frm=("Northgate Pharma", "no-reply@ashbyhq.com"),
    subject="Thanks for applying to Northgate Pharma", date="2026-04-14 18:27 +0000",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""Hello Almudena,

Thank you for applying for Regulatory Affairs Officer (Lisbon) at Northgate Pharma. We have
received your application and our recruiting team will review it over the coming weeks.

Please note that, due to the large number of applications we receive, unfortunately we cannot
reply to every applicant individually. If your profile is shortlisted, we will contact you
directly.

Thank you for your interest in Northgate Pharma.
""",
    html=ats_card("Northgate Pharma", "#0d3b66", "Application received", _NORTH_ACK,
                  "Sent via Ashby. This inbox is not monitored.", "en"),
)

A_HELIX = dict(
    slug="helix_registration_confirmed", lang="en", company="Helix Regulatory Partners",
    contact="priya.shah@helixrp.example.co.uk", key="helix_reg",
    frm=("Priya Shah", "priya.shah@helixrp.example.co.uk"),
    subject="Welcome to Helix Regulatory Partners", date="2026-04-17 12:03 +0100",
    cte="quoted-printable",
    text="""Dear Almudena,

Thank you for registering with Helix Regulatory Partners. I'm pleased to confirm that your
profile and CV are now on our system, and you have consented to us contacting you about
regulatory, quality and pharmacovigilance roles in Europe.

One of our consultants covering Switzerland and Iberia, Oliver Pennington, will review your CV
and be in touch if there is a suitable opportunity.

You can update your preferences or withdraw consent at any time by replying to this email.

Kind regards,

Priya Shah
Candidate Coordinator
Helix Regulatory Partners Ltd
3 Harbour Exchange Square, London E14 9GE
Registered in England and Wales No. 09812215

This email and any attachments are confidential and intended solely for the addressee. If you
have received it in error, please notify the sender and delete it.
""",
)

_DREI_ACK = """<p>Dear Almudena Richter-Paz,</p>
<p>Thank you for your application for the position <b>Clinical Trial Supplies Coordinator</b>
(Req 2026-0412) at Dreiländer Clinical in Basel.</p>
<p>We confirm receipt of your documents. Our Talent Acquisition team will carefully review your
profile and get back to you as soon as possible.</p>
<p>You can check the status of your application at any time in our career portal.</p>
<p>Kind regards,<br>Dreiländer Clinical Talent Acquisition</p>"""

A_DREILAENDER = dict(
    slug="dreilaender_icims_html_only", lang="en", company="Dreiländer Clinical", contact="",
    key="drei_ack",
    frm=("Dreiländer Clinical Careers", "noreply@icims.com", "utf-8", "q"),
    subject="Application received: Clinical Trial Supplies Coordinator (Req 2026-0412)",
    date="2026-03-23 08:15 +0000", headers=[("Auto-Submitted", "auto-generated")],
    html=ats_card("Dreiländer Clinical", "#8c1d40", "Thank you for applying", _DREI_ACK,
                  "Dreiländer Clinical AG · Aeschenvorstadt 71 · 4051 Basel<br>"
                  "Powered by iCIMS", "en"),
    cte="quoted-printable",
)

# ================================================================== received, fr

_FOURV_ACK = """Bonjour Almudena,

Merci pour votre candidature au poste de Technicienne / Technicien Affaires Réglementaires chez
Laboratoires Fourvière !

Nous l'avons bien reçue et notre équipe recrutement l'étudiera avec attention dans les
prochains jours. Vous recevrez une réponse, quelle qu'elle soit.

À bientôt,
L'équipe Talents de Laboratoires Fourvière"""

A_FOURVIERE = dict(
    slug="fourviere_teamtailor_bien_recue", lang="fr", company="Laboratoires Fourvière",
    contact="", key="fourv_ack",
    frm=("Laboratoires Fourvière", "no-reply@teamtailor-mail.com", "utf-8", "b"),
    subject="Nous avons bien reçu votre candidature", subj_enc=("utf-8", "q"),
    date="2026-03-30 08:20 +0000", text=_FOURV_ACK,
    html=ats_card("Laboratoires Fourvière", "#b3123b", "Candidature reçue", paras(_FOURV_ACK),
                  "Laboratoires Fourvière SAS · 12 quai Fulchiron, 69005 Lyon", "fr"),
    cte="quoted-printable",
)

A_CROIXROUSSE = dict(
    slug="croixrousse_taleo_accuse_reception", lang="fr", company="Croix-Rousse Biologie",
    contact="", key="croix_ack",
    frm=("Croix-Rousse Biologie - Recrutement", "croixrousse@taleo.net"),
    subject="Accusé de réception de votre candidature (réf. 2600187)",
    subj_enc=("iso-8859-1", "b"), date="2026-04-20 14:02 +0000",
    charset="iso-8859-1", cte="8bit", headers=[("Auto-Submitted", "auto-generated")],
    text="""Madame,

Nous accusons réception de votre candidature au poste de Technicien(ne) Qualité Réglementaire
(réf. 2600187) et vous remercions de l'intérêt que vous portez à notre société.

Votre dossier va être étudié par nos équipes. Vous serez contactée si votre profil correspond à
nos besoins.

Le Service Recrutement
Croix-Rousse Biologie

Ce message est envoyé automatiquement, merci de ne pas y répondre.
""",
)

A_RHONE = dict(
    slug="rhone_interim_inscription_agence", lang="fr", company="Rhône Intérim",
    contact="mathilde.roux@rhone-interim.example.fr", key="rhone_reg",
    frm=("Mathilde Roux - Rhône Intérim", "mathilde.roux@rhone-interim.example.fr",
         "iso-8859-1", "q"),
    subject="Votre inscription chez Rhône Intérim", subj_enc=("iso-8859-1", "q"),
    date="2026-08-12 17:45 +0200", charset="iso-8859-1", cte="quoted-printable",
    text="""Bonjour Almudena,

Merci d'être passée à l'agence ce matin. Je vous confirme que votre inscription est finalisée :
votre dossier (CV, diplôme de technicienne en pharmacie et justificatif de domicile) est complet
et vous apparaissez désormais dans notre fichier Pôle Santé.

Je reviens vers vous dès qu'une mission en affaires réglementaires ou en assurance qualité se
présente sur Lyon et l'agglomération.

Bien à vous,
Mathilde Roux
Chargée de recrutement - Pôle Santé
Rhône Intérim · 14 rue de la République, 69002 Lyon · 04 72 41 88 09
""",
)

# ================================================================== received, de

_RHEIN_ACK = """<p>Sehr geehrte Frau Richter-Paz</p>
<p>Vielen Dank für Ihre Bewerbung als <b>Regulatory Affairs Specialist</b> (Ref. 26-0331) und
für Ihr Interesse an der Rheinknie Pharma AG.</p>
<p>Ihre Unterlagen sind vollständig bei uns eingegangen. Wir prüfen Ihre Bewerbung sorgfältig
und melden uns bei Ihnen, sobald wir die erste Sichtung abgeschlossen haben.</p>
<p>Aufgrund der Vielzahl an Bewerbungen ist es uns leider nicht möglich, jede Bewerbung
individuell zu beantworten. Wir bitten um Ihr Verständnis.</p>
<p>Freundliche Grüsse<br>Ihr Talent Acquisition Team<br>Rheinknie Pharma AG</p>"""

A_RHEINKNIE = dict(
    slug="rheinknie_successfactors_eingang", lang="de", company="Rheinknie Pharma", contact="",
    key="rhein_ack",
    frm=("Rheinknie Pharma Careers", "rheinknie@successfactors.eu"),
    subject="Eingangsbestätigung Ihrer Bewerbung – Regulatory Affairs Specialist",
    subj_enc=("utf-8", "q"), date="2026-02-25 16:31 +0000",
    headers=[("Auto-Submitted", "auto-generated")], charset="iso-8859-1",
    html=ats_card("Rheinknie Pharma", "#1a5d8f", "Ihre Bewerbung ist eingegangen", _RHEIN_ACK,
                  "Rheinknie Pharma AG · Grenzacherstrasse 95 · 4058 Basel · Schweiz", "de",
                  charset="iso-8859-1"),
    cte="quoted-printable",
)

_MAIN_ACK = """Sehr geehrte Frau Richter-Paz,

vielen Dank für Ihre Bewerbung als Referentin Zulassung (m/w/d) und Ihr Interesse an Mainufer
Pharma.

Ihre Unterlagen sind bei uns eingegangen. Wir sichten alle Bewerbungen sorgfältig und melden
uns innerhalb von drei Wochen bei Ihnen.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Mainufer Pharma GmbH"""

A_MAINUFER = dict(
    slug="mainufer_softgarden_eingang", lang="de", company="Mainufer Pharma", contact="",
    key="mainufer_ack",
    frm=("Mainufer Pharma GmbH", "no-reply@softgarden.io"),
    subject="Ihre Bewerbung bei Mainufer Pharma ist eingegangen", date="2026-05-28 10:02 +0000",
    headers=[("Auto-Submitted", "auto-generated")],
    text=_MAIN_ACK,
    html=ats_card("Mainufer Pharma", "#1b4d7a", "Vielen Dank für Ihre Bewerbung",
                  paras(_MAIN_ACK), "versendet über softgarden", "de"),
    cte="quoted-printable",
)

A_TAUNUS = dict(
    slug="taunus_workable_bewerbung_erhalten", lang="de", company="Taunus Arzneimittel",
    contact="", key="taunus_ack",
    frm=("Taunus Arzneimittel GmbH", "noreply@workablemail.com"),
    subject="Wir haben Ihre Bewerbung erhalten: Regulatory Affairs Associate (m/w/d)",
    date="2026-08-28 07:40 +0000", cte="base64",
    text="""Hallo Almudena,

vielen Dank für Ihre Bewerbung als Regulatory Affairs Associate (m/w/d) bei der Taunus
Arzneimittel GmbH in Oberursel.

Wir haben Ihre Unterlagen erhalten und werden sie in den nächsten Tagen prüfen. Sollte Ihr
Profil zu unseren Anforderungen passen, meldet sich unser Personalteam bei Ihnen.

Viele Grüße
Taunus Arzneimittel GmbH

Powered by Workable
""",
)

RECEIVED = [
    A_ALCAZABA, A_SANTELMO, A_TEMPORALIA, A_CASTELLANA, A_GIRALDA, A_ALHAMBRA, A_OAPS,
    A_VERTICE, A_QUIMIFARMA, A_MERIDIANO,
    A_TEJO, A_BIRSIG, A_NORTHGATE, A_HELIX, A_DREILAENDER,
    A_FOURVIERE, A_CROIXROUSSE, A_RHONE,
    A_RHEINKNIE, A_MAINUFER, A_TAUNUS,
]

# ================================================================== offers, es

_ALC_THANKS = """Hola Rocío:

Muchas gracias por la entrevista de hoy, a ti y a Francisco. Me ha encantado conocer cómo
organizáis los expedientes de variaciones y el trabajo con la AEMPS, y salgo todavía con más
ganas de formar parte del equipo de Registros.

Quedo a vuestra disposición para cualquier cosa que necesitéis.

Un saludo,
Almudena"""

_ALC_OFFER = """Hola Almudena:

Gracias a ti por tu mensaje del otro día. Tengo el placer de comunicarte que hemos decidido
ofrecerte el puesto de Técnico/a de Asuntos Regulatorios en Laboratorios Alcazaba.

Te adjunto la carta de oferta con las condiciones: contrato indefinido, jornada completa de
lunes a viernes, 27.500 € brutos anuales en 14 pagas y fecha de incorporación prevista el 6 de
abril. Francisco será tu responsable directo.

Te agradeceríamos una respuesta antes del viernes 13 de marzo. Si quieres comentar cualquier
punto de la carta, llámame cuando quieras.

¡Enhorabuena!
Rocío Benítez Gálvez
Técnica de Selección · Laboratorios Alcazaba
Tel. 951 012 480"""

O_ALCAZABA = dict(
    slug="alcazaba_carta_oferta_pdf", lang="es", company="Laboratorios Alcazaba",
    contact="rocio.benitez@alcazaba-lab.example.es", key="alc_offer",
    refs=["alc_inv", "alc_move", "alc_thanks"],
    frm=("Rocío Benítez Gálvez", "rocio.benitez@alcazaba-lab.example.es", "utf-8", "q"),
    subject="Re: Gracias por la entrevista", date="2026-03-05 13:20 +0100",
    cte="quoted-printable",
    text=_ALC_OFFER + "\n\n" + reply_quote("es", "lun, 23 feb 2026 a las 18:40", ME, _ALC_THANKS),
    html=html_doc(paras(_ALC_OFFER) + "\n<blockquote>" + paras(_ALC_THANKS) + "</blockquote>",
                  "es"),
    pdfs=[dict(name="Carta_oferta_Almudena_Richter-Paz.pdf",
               title="Laboratorios Alcazaba - Carta de oferta",
               lines=["Málaga, 5 de marzo de 2026",
                      "Puesto: Técnico/a de Asuntos Regulatorios",
                      "Tipo de contrato: indefinido, jornada completa",
                      "Retribución: 27.500 EUR brutos anuales (14 pagas)",
                      "Incorporación prevista: 6 de abril de 2026",
                      "Responsable: Francisco Moyano, Registros"])],
)

_CLINI_OFFER = """Hola Almudena:

Como te ha adelantado Lorena por teléfono esta mañana, ¡queremos que te unas a Cliniensayos!

Te resumo por escrito lo que habéis hablado para que lo tengas todo a mano:

- Puesto: Clinical Trial Assistant - Regulatory Start-up
- Salario: 26.000 € brutos anuales + 1.500 € de bonus por objetivos
- Modalidad: híbrida, tres días en la oficina de Julián Camarillo
- Incorporación: 1 de junio (negociable)

En cuanto nos confirmes que te encaja, preparamos el contrato y te lo enviamos para firma. ¿Te
parece que hablemos el jueves para resolver tus dudas sobre la mudanza a Madrid?

Un abrazo,
Macarena

Macarena Ruiz Alcaide
Talent Acquisition Specialist
Cliniensayos · C/ Julián Camarillo 29, 28037 Madrid"""

O_CLINI = dict(
    slug="cliniensayos_verbal_offer_follow_up", lang="es", company="Cliniensayos",
    contact="macarena.ruiz@cliniensayos.example.es",
    refs=["clini_inv", "clini_missed", "clini_move"],
    frm=("Macarena Ruiz Alcaide", "macarena.ruiz@cliniensayos.example.es"),
    subject="Tu oferta en Cliniensayos 🎉", subj_enc=("utf-8", "b"),
    date="2026-05-05 16:44 +0200", text=_CLINI_OFFER, html=html_doc(paras(_CLINI_OFFER), "es"),
    cte="base64",
)

O_DISFARSUR = dict(
    slug="temporalia_cliente_quiere_ofertarte", lang="es", company="Disfarsur",
    contact="carmen.vela@temporalia.example.es", refs=["disfar_inv", "disfar_move"],
    frm=("Carmen Vela | Temporalia ETT", "carmen.vela@temporalia.example.es"),
    subject="¡Disfarsur quiere contar contigo!", date="2026-04-17 12:05 +0200",
    charset="iso-8859-1", cte="quoted-printable", subj_enc=("iso-8859-1", "q"),
    text="""¡Hola Almudena!

Te escribo con muy buenas noticias: el cliente quiere hacerte una oferta. Juan Carlos Reina se
quedó muy contento con la entrevista y Disfarsur quiere incorporarte como técnica de farmacia en
control de lotes y devoluciones.

Las condiciones que me han pasado son:
- Contrato de puesta a disposición de 6 meses a través de Temporalia, con opción a pasar a
  plantilla de Disfarsur.
- Jornada completa, turno de mañana (7:00 - 15:00).
- 1.620 euros brutos mensuales en 14 pagas.
- Incorporación el lunes 4 de mayo.

Llámame cuando puedas para confirmar y te preparo la documentación para la firma.

Un saludo,
Carmen Vela
Consultora de Selección · Temporalia ETT, Delegación Sevilla
954 278 330
""",
)

_GENIL_OFFER = """Estimada Sra. Richter-Paz:

Nos complace comunicarle que la comisión de selección le ha propuesto para el puesto de
Técnico/a Superior en Farmacia (Bolsa 2026), con destino en el Servicio de Farmacia
Hospitalaria del Hospital Universitario Genil.

Le remitimos adjunto el contrato de trabajo para que lo revise. Puede firmarlo de forma
electrónica a través del Portal del Empleado, en el que ya tiene habilitado el acceso con su
DNI, o bien personarse en la Unidad de Gestión de Personas antes del 22 de junio.

La incorporación está prevista para el 1 de julio de 2026.

Atentamente,

Antonio Morales Cuenca
Unidad de Gestión de Personas
Hospital Universitario Genil
Avda. de la Investigación 11, 18016 Granada
Tel. 958 023 400"""

O_GENIL = dict(
    slug="genil_contrato_para_firma", lang="es", company="Hospital Universitario Genil",
    contact="amorales@hugenil.example.es", refs=["genil_inv", "genil_move"],
    frm=("Antonio Morales Cuenca", "amorales@hugenil.example.es"),
    subject="Contrato para firma - Técnico/a Superior en Farmacia",
    date="2026-06-15 12:30 +0200", text=_GENIL_OFFER,
    html=outlook_html(mso(_GENIL_OFFER), "es"), cte="quoted-printable",
    pdfs=[dict(name="Contrato_TSF_Richter-Paz_2026.pdf",
               title="Contrato de trabajo - Hospital Universitario Genil",
               lines=["Trabajadora: Almudena Richter-Paz",
                      "Categoría: Técnico/a Superior en Farmacia",
                      "Modalidad: sustitución, jornada completa",
                      "Fecha de inicio: 1 de julio de 2026",
                      "Firma de la trabajadora: ______________________"])],
)

O_BIOTERAPIAS = dict(
    slug="bioterapias_oferta_formal_latin1", lang="es", company="Bioterapias Sierra Nevada",
    contact="marisa.quesada@bioterapias-sn.example.es",
    frm=("Marisa Quesada", "marisa.quesada@bioterapias-sn.example.es"),
    subject="Oferta de empleo - Técnico/a de Documentación Regulatoria",
    subj_enc=("iso-8859-1", "b"), date="2026-07-20 10:10 +0200",
    charset="iso-8859-1", cte="quoted-printable",
    text="""Estimada Almudena:

Tras las entrevistas de la semana pasada con nuestra directora técnica y con el equipo de
Calidad, tenemos el gusto de ofrecerle el puesto de Técnico/a de Documentación Regulatoria en
nuestra sede de Granada.

En el documento adjunto encontrará la oferta formal con la retribución (25.800 euros brutos
anuales), el horario, el periodo de prueba y la fecha de incorporación propuesta (1 de
septiembre de 2026).

Para aceptar la oferta, basta con que nos devuelva la carta firmada antes del 31 de julio.

Reciba un cordial saludo,

Marisa Quesada Olmedo
Directora de Recursos Humanos
Bioterapias Sierra Nevada, S.L.
Avda. de la Ciencia 3, 18006 Granada
Tel. 958 120 994
""",
    pdfs=[dict(name="Oferta_Bioterapias_SN.pdf",
               title="Bioterapias Sierra Nevada - Oferta de empleo",
               lines=["Candidata: Almudena Richter-Paz",
                      "Puesto: Técnico/a de Documentación Regulatoria",
                      "Retribución: 25.800 EUR brutos anuales",
                      "Periodo de prueba: 2 meses",
                      "Incorporación: 1 de septiembre de 2026"])],
)

# ================================================================== offers, en

_LUSI_OFFER = """Dear Almudena,

Following your conversations with Beatriz and with our Head of Regulatory, Dr. Paulo Neves, I am
delighted to offer you the position of Regulatory & Start-up Specialist at Lusitania Clinical
Research in Lisbon.

Please find attached your offer letter with the full terms, including a gross annual salary of
EUR 31,000 paid in 14 instalments, a relocation allowance of EUR 3,000 and a proposed start date
of 1 October 2026.

To accept, please sign and return the letter by 14 August. We would be very happy to help with
any questions about relocation, including finding temporary accommodation.

Congratulations, and we look forward to welcoming you to the team!

Kind regards,
Joana Ferreira
HR Director, Lusitania Clinical Research
Avenida Duque de Avila 46, 1050-083 Lisboa"""

O_LUSITANIA = dict(
    slug="lusitania_offer_letter_pdf", lang="en", company="Lusitania Clinical Research",
    contact="joana.ferreira@lusitaniacr.example.pt", refs=["lusi_inv", "lusi_move"],
    frm=("Joana Ferreira", "joana.ferreira@lusitaniacr.example.pt"),
    cc=[("Beatriz Lopes", "beatriz.lopes@lusitaniacr.example.pt")],
    subject="Offer of employment - Regulatory & Start-up Specialist",
    date="2026-08-04 15:00 +0100", text=_LUSI_OFFER, html=html_doc(paras(_LUSI_OFFER), "en"),
    cte="7bit",
    pdfs=[dict(name="Offer_Letter_A_Richter-Paz.pdf",
               title="Lusitania Clinical Research - Offer Letter",
               lines=["Position: Regulatory & Start-up Specialist",
                      "Location: Lisbon, Portugal",
                      "Gross annual salary: EUR 31,000 (14 instalments)",
                      "Relocation allowance: EUR 3,000",
                      "Start date: 1 October 2026",
                      "Please sign and return by 14 August 2026"])],
)

O_ESTRELA = dict(
    slug="estrela_verbal_offer_written_up", lang="en", company="Estrela Pharma Services",
    contact="duarte.silva@estrela-ps.example.pt",
    frm=("Duarte Silva", "duarte.silva@estrela-ps.example.pt"),
    subject="Following up on our call - your offer", date="2026-09-01 18:22 +0100",
    charset="windows-1252", cte="quoted-printable",
    text="""Hi Almudena,

It was great to speak earlier – as promised, here is our offer in writing.

We’d love you to join Estrela Pharma Services as GDP & Regulatory Compliance Officer at our
distribution centre in Alverca. The package is what we discussed on the phone: €29,500 gross
per year, a meal allowance, private health insurance and 25 days’ holiday. The formal offer
letter is attached.

Have a think over the next few days and let me know if you have any questions. If you’re happy,
I’ll ask HR to draw up the contract.

Best wishes,
Duarte

Duarte Silva
Head of Quality & Regulatory
Estrela Pharma Services, Lda.
Estrada Nacional 10, km 130, 2615-187 Alverca do Ribatejo
+351 219 588 310
""",
    pdfs=[dict(name="Estrela_offer_letter.pdf",
               title="Estrela Pharma Services - Offer of Employment",
               lines=["Role: GDP & Regulatory Compliance Officer",
                      "Location: Alverca do Ribatejo",
                      "Salary: EUR 29,500 gross per year",
                      "Benefits: meal allowance, private health insurance, 25 days' holiday"])],
)

# ================================================================== offers, fr

O_GERLAND = dict(
    slug="rhone_interim_client_gerland_propose", lang="fr", company="Laboratoires Gerland",
    contact="mathilde.roux@rhone-interim.example.fr", refs=["gerland_inv"],
    frm=("Mathilde Roux - Rhône Intérim", "mathilde.roux@rhone-interim.example.fr",
         "iso-8859-1", "q"),
    subject="Laboratoires Gerland souhaitent vous faire une proposition",
    date="2026-09-08 11:10 +0200", charset="iso-8859-1", cte="8bit",
    text="""Bonjour Almudena,

Très bonne nouvelle : suite à votre entretien avec Mme Arnaud, les Laboratoires Gerland
souhaitent vous faire une proposition pour la mission de technicienne documentation
réglementaire.

Les conditions transmises par le client :
- mission d'intérim de 6 mois, du 21 septembre 2026 au 19 mars 2027 ;
- 35 heures par semaine, du lundi au vendredi ;
- taux horaire brut de 15,80 euros, plus indemnité de fin de mission et congés payés ;
- possibilité d'embauche en CDI à l'issue de la mission.

Pouvez-vous me confirmer votre accord d'ici jeudi ? Je vous enverrai ensuite le contrat de
mission à signer en ligne.

Bien à vous,
Mathilde Roux
Chargée de recrutement - Pôle Santé
Rhône Intérim
""",
)

_SAONE_OFFER = """Bonjour Madame Richter-Paz,

À la suite de nos échanges et de votre entretien avec M. Lacroix, j’ai le plaisir de vous
adresser, en pièce jointe, notre promesse d’embauche pour le poste de Chargée affaires
réglementaires junior, en CDI, au sein de Saône Pharma Services à Lyon.

Vous y trouverez les éléments essentiels : rémunération annuelle brute de 34 000 €, statut
technicien, prise de poste le 2 novembre 2026 et période d’essai de deux mois renouvelable une
fois.

Nous vous serions reconnaissants de nous retourner le document daté et signé avant le 2 octobre.

Je reste à votre disposition pour toute question.

Bien cordialement,

Élodie Vernay
Responsable Ressources humaines
Saône Pharma Services
7 quai Rambaud, 69002 Lyon
Tél. : 04 78 92 60 31"""

O_SAONE = dict(
    slug="saone_promesse_embauche_pdf", lang="fr", company="Saône Pharma Services",
    contact="elodie.vernay@saone-ps.example.fr",
    frm=("Élodie Vernay", "elodie.vernay@saone-ps.example.fr", "windows-1252", "q"),
    subject="Promesse d'embauche – Chargée affaires réglementaires junior",
    subj_enc=("windows-1252", "q"), date="2026-09-24 09:40 +0200",
    charset="windows-1252", cte="quoted-printable",
    text=_SAONE_OFFER, html=outlook_html(mso(_SAONE_OFFER), "fr", "windows-1252"),
    pdfs=[dict(name="Promesse_embauche_Richter-Paz.pdf",
               title="Saône Pharma Services - Promesse d'embauche",
               lines=["Poste : Chargée affaires réglementaires junior (CDI)",
                      "Rémunération : 34 000 EUR bruts annuels",
                      "Prise de poste : 2 novembre 2026",
                      "Période d'essai : 2 mois, renouvelable une fois"])],
)

# ================================================================== offers, de

_TAUNUS_OFFER = """Sehr geehrte Frau Richter-Paz,

wir freuen uns sehr, dass Sie sich für die Taunus Arzneimittel GmbH entschieden haben!

Wie heute Vormittag telefonisch mit Frau Dr. Brandt besprochen, erhalten Sie anbei Ihren
Arbeitsvertrag als Regulatory Affairs Associate (m/w/d) in zweifacher Ausfertigung. Bitte
unterschreiben Sie beide Exemplare und senden Sie uns eines bis zum 16. Oktober zurück – gerne
auch vorab als Scan per E-Mail.

Ihr erster Arbeitstag ist der 1. Dezember 2026. Alle Informationen zu Ihrem Onboarding und zur
Unterstützung bei Ihrem Umzug nach Frankfurt erhalten Sie in den nächsten Tagen.

Mit freundlichen Grüßen

Stefan Hagedorn
Personalreferent
Taunus Arzneimittel GmbH
Zimmersmühlenweg 71, 61440 Oberursel (Taunus)
Tel. 06171 9170 215

Taunus Arzneimittel GmbH · Sitz: Oberursel · Registergericht Bad Homburg v. d. Höhe HRB 9215
Geschäftsführung: Dr. Karl-Heinz Möller, Anja Reuter"""

O_TAUNUS = dict(
    slug="taunus_arbeitsvertrag_zur_unterschrift", lang="de", company="Taunus Arzneimittel",
    contact="stefan.hagedorn@taunus-arznei.example.de", refs=["taunus_inv", "taunus_move"],
    frm=("Stefan Hagedorn", "stefan.hagedorn@taunus-arznei.example.de"),
    subject="Ihr Arbeitsvertrag – Regulatory Affairs Associate (m/w/d)",
    subj_enc=("windows-1252", "q"), date="2026-10-02 14:18 +0200",
    charset="windows-1252", cte="quoted-printable",
    text=_TAUNUS_OFFER, html=outlook_html(mso(_TAUNUS_OFFER), "de", "windows-1252"),
    pdfs=[dict(name="Arbeitsvertrag_Richter-Paz.pdf",
               title="Arbeitsvertrag - Taunus Arzneimittel GmbH",
               lines=["Arbeitnehmerin: Almudena Richter-Paz",
                      "Position: Regulatory Affairs Associate (m/w/d)",
                      "Beginn: 1. Dezember 2026",
                      "Jahresbruttogehalt: 52.000 EUR",
                      "Unterschrift Arbeitnehmerin: ____________________"])],
)

OFFERS = [
    O_ALCAZABA, O_CLINI, O_DISFARSUR, O_GENIL, O_BIOTERAPIAS,
    O_LUSITANIA, O_ESTRELA,
    O_GERLAND, O_SAONE,
    O_TAUNUS,
]

_unused = (outlook_rule_html,)
