"""Corpus 242: 21 application acknowledgements (11 es, 5 en, 2 fr, 3 de) and 10 offers
(6 es, 2 en, 1 fr, 1 de)."""

from msgs242_common import (
    ats_card,
    button,
    mso_paras,
    paras_html,
    pdf,
    plain_html,
    quote,
    word_html,
    wrote,
)

_HARINERA_OFFER = """Hola Valeria:

En nombre de Harinera Ebro-Moncayo tengo el placer de ofrecerte el puesto de Administrativo/a de Nóminas en nuestras oficinas de Zaragoza, tras las entrevistas con el comité.

Las condiciones principales son:
- Contrato indefinido, con periodo de prueba de dos meses
- Jornada completa, de lunes a viernes, de 8:00 a 15:30 (horario intensivo en agosto)
- Salario bruto anual de 23.800 euros en 14 pagas
- Incorporación prevista: lunes 16 de marzo de 2026

Encontrarás la carta de oferta completa en el PDF adjunto. Te agradecería que nos confirmaras tu aceptación antes del 9 de marzo, firmando la carta o simplemente respondiendo a este correo.

¡Esperamos tenerte pronto en el equipo!

Lucía Sanz Ballarín
Técnica de Recursos Humanos
Harinera Ebro-Moncayo, S.A.
Camino de los Molinos 12 · 50014 Zaragoza · 976 29 14 80"""

_BRIGHTLINE_OFFER = """Hi Valeria,

It was great speaking with you on the 13th and again with Ines last week. I'm very happy to offer you the position of Payroll Specialist (Spain & Portugal) at Brightline Payroll Services in Madrid.

The headline terms are:
- Start date: 1 October 2026
- Gross salary: EUR 27,500 per year, paid in 12 instalments
- Hybrid: three days in our office on Calle de Orense, two from home
- Permanent contract with a three-month probation period

Your offer letter is attached as a PDF. Please read it carefully, and sign and return it by 4 September if you're happy. I'm around all week if you'd like to talk anything through.

Welcome aboard, I hope!

Tom Ashworth
Payroll Operations Lead
Brightline Payroll Services
Calle de Orense 34, 28020 Madrid"""

MESSAGES = [
    # ============================================================ application_received
    dict(
        kind="application_received", slug="harinera_personio_ack", key="harinera_ack",
        lang="es", company="Harinera Ebro-Moncayo", contact="",
        frm=("Harinera Ebro-Moncayo", "noreply@personio.de"),
        subject="Hemos recibido tu candidatura", date="2026-02-03 19:02", tz="+0100",
        text="""Hola Valeria Nowak-Etxeberria:

Gracias por tu candidatura al puesto de Administrativo/a de Nóminas (Zaragoza).

La hemos recibido correctamente y el equipo de Recursos Humanos la revisará en los próximos días. Si tu perfil encaja con lo que buscamos, nos pondremos en contacto contigo para los siguientes pasos.

Saludos,
Harinera Ebro-Moncayo

Este es un correo automático enviado a través de Personio. Por favor, no respondas a este mensaje.""",
        html=ats_card("Harinera Ebro-Moncayo", "#a1887f", paras_html("""Hola Valeria Nowak-Etxeberria:

Gracias por tu candidatura al puesto de Administrativo/a de Nóminas (Zaragoza).

La hemos recibido correctamente y el equipo de Recursos Humanos la revisará en los próximos días. Si tu perfil encaja con lo que buscamos, nos pondremos en contacto contigo para los siguientes pasos.

Saludos,
Harinera Ebro-Moncayo"""), "Este es un correo automático enviado a través de Personio. Por favor, no respondas a este mensaje."),
        cte="quoted-printable", html_cte="base64",
        headers=[("Auto-Submitted", "auto-generated")],
    ),
    dict(
        kind="application_received", slug="clinica_ribera_workday_ack", key="clinica_ribera_ack",
        lang="es", company="Clínica Ribera del Arga", contact="",
        frm=("Clínica Ribera del Arga", "clinicaribera@myworkday.com"), frm_enc=("utf-8", "B"),
        subject="Confirmación de candidatura: Técnico/a de Nóminas (R-0418)",
        subj_enc=("utf-8", "Q"),
        date="2026-03-05 21:44", tz="+0000",
        html=ats_card("Clínica Ribera del Arga · Empleo", "#00695c", paras_html("""Hola Valeria:

Gracias por presentar tu candidatura a Técnico/a de Nóminas (R-0418). La hemos registrado correctamente.

Recibimos un gran número de candidaturas para cada oferta y, por desgracia, no podemos responder individualmente a todas las personas. Si tu perfil se ajusta a los requisitos, el equipo de Selección se pondrá en contacto contigo. Puedes consultar el estado de tu candidatura en cualquier momento desde el portal.""") + button("Ir al portal de candidatos", "https://clinicaribera.wd3.myworkday.com/clinicaribera/d/home.htmld", "#00695c"),
                      "Este mensaje se ha enviado desde una dirección que no admite respuestas. Powered by Workday."),
        cte="quoted-printable",
        headers=[("Auto-Submitted", "auto-generated")],
    ),
    dict(
        kind="application_received", slug="castellana_smartrecruiters_ack", key="castellana_ack",
        lang="es", company="Almacenes Castellana", contact="",
        frm=("Almacenes Castellana", "no-reply@smartrecruiters.com"),
        subject="Gracias por tu interés en Almacenes Castellana", subj_enc=("utf-8", "B"),
        date="2026-04-13 08:21", tz="+0200",
        text="""Hola Valeria,

¡Gracias por postularte a Administrativo/a de Administración de Personal! Tu solicitud nos ha llegado y ya está en manos de nuestro equipo de Selección.

Revisamos cada candidatura con cuidado. Si tu experiencia encaja, te contactaremos para contarte los próximos pasos del proceso.

Equipo de Selección
Almacenes Castellana""",
        cte="base64",
    ),
    dict(
        kind="application_received", slug="tempora_registration_done", key="tempora_registration",
        lang="es", company="Tempora Empleo", contact="noelia.barrenechea@temporaempleo.example.es",
        frm=("Noelia Barrenechea | Tempora Empleo", "noelia.barrenechea@temporaempleo.example.es"),
        subject="Bienvenida a Tempora Empleo - alta completada", date="2026-02-16 12:10",
        tz="+0100",
        text="""Hola Valeria:

Gracias por pasar esta mañana por la oficina de Gran Vía. Te confirmo que ya estás dada de alta en nuestra base de candidatos con tu CV, el certificado del curso de Técnico/a de Nóminas y tu disponibilidad para La Rioja y Navarra.

A partir de ahora, cuando tengamos una posición de administración o de nóminas que encaje contigo te llamaré para presentártela antes de enviar tu perfil a ninguna empresa.

Si cambia tu disponibilidad, avísame.

Noelia Barrenechea
Consultora · Tempora Empleo ETT
Oficina de Logroño · Gran Vía 44 · 941 27 30 16

Tempora Empleo ETT, S.L. - Autorización administrativa n.º 26/0000031. Sus datos se tratarán conforme al RGPD.""",
        charset="iso-8859-1", cte="8bit",
    ),
    dict(
        kind="application_received", slug="metalicas_ebro_teamtailor_ack",
        key="metalicas_ebro_ack", lang="es", company="Construcciones Metálicas Ebro",
        contact="",
        frm=("Construcciones Metálicas Ebro", "no-reply@teamtailor-mail.com"),
        frm_enc=("iso-8859-1", "Q"),
        subject="¡Gracias por tu candidatura!", subj_enc=("iso-8859-1", "Q"),
        date="2026-02-26 15:33", tz="+0100",
        text="""Hola Valeria,

Gracias por enviarnos tu candidatura para Administrativo/a de Personal. Queremos confirmarte que la hemos recibido.

Ahora nuestro equipo revisará tu perfil. Te escribiremos en cuanto tengamos novedades, sea cual sea la decisión.

Un saludo,
Construcciones Metálicas Ebro""",
        html=ats_card("Construcciones Metálicas Ebro", "#37474f", paras_html("""Hola Valeria,

Gracias por enviarnos tu candidatura para Administrativo/a de Personal. Queremos confirmarte que la hemos recibido.

Ahora nuestro equipo revisará tu perfil. Te escribiremos en cuanto tengamos novedades, sea cual sea la decisión.

Un saludo,
Construcciones Metálicas Ebro"""), "Teamtailor"),
        charset="iso-8859-1", cte="quoted-printable", html_charset="utf-8",
    ),
    dict(
        kind="application_received", slug="txoko_workable_ack", key="txoko_ack", lang="es",
        company="Supermercados Txoko", contact="",
        frm=("Supermercados Txoko", "noreply@workablemail.com"),
        subject="Supermercados Txoko - Candidatura recibida: Gestor/a de Nóminas",
        date="2026-02-23 10:02", tz="+0000",
        html=ats_card("Supermercados Txoko", "#ef6c00", paras_html("""Kaixo Valeria,

Hemos recibido tu candidatura para el puesto de Gestor/a de Nóminas en nuestra central de Vitoria-Gasteiz. ¡Gracias!

Lo siguiente es que nuestro equipo de Personas la revise. Si avanzas en el proceso te propondremos una videollamada.

Supermercados Txoko"""), "Enviado por Workable en nombre de Supermercados Txoko. No respondas a este correo."),
        charset="windows-1252", cte="quoted-printable",
    ),
    dict(
        kind="application_received", slug="zadorra_taleo_registro", key="zadorra_ack",
        lang="es", company="Papelera del Zadorra", contact="",
        frm=("Papelera del Zadorra - Selección", "papeleradelzadorra@taleo.net"),
        frm_enc=("iso-8859-1", "Q"),
        subject="Confirmación de recepción - Candidatura nº 26-0117",
        subj_enc=("iso-8859-1", "Q"),
        date="2026-02-09 06:55", tz="+0000",
        text="""Estimada Sra. Nowak-Etxeberria:

Le confirmamos la recepción de su candidatura para el puesto de Técnico/a de Administración de Personal (referencia 26-0117).

Debido al elevado número de solicitudes, no nos es posible contestar de forma individual a cada persona candidata. Si su perfil resulta seleccionado para la siguiente fase, el Departamento de Recursos Humanos se pondrá en contacto con usted.

Atentamente,
Dirección de Recursos Humanos
Papelera del Zadorra, S.A.

Mensaje generado automáticamente. Por favor, no responda.""",
        charset="iso-8859-1", cte="quoted-printable",
    ),
    dict(
        kind="application_received", slug="ebro_norte_successfactors_ack", key="ebro_norte_ack",
        lang="es", company="Grupo Logístico Ebro Norte", contact="",
        frm=("Grupo Logístico Ebro Norte - Talento", "noreply@successfactors.eu"),
        frm_enc=("utf-8", "B"),
        subject="Tu solicitud para Técnico/a de Nóminas (Req. 4471)",
        subj_enc=("utf-8", "Q"),
        date="2026-07-01 12:19", tz="+0000",
        text="""Hola Valeria:

Gracias por tu solicitud para el puesto de Técnico/a de Nóminas (Req. 4471) en PLA-Zaragoza.

Te confirmamos que la hemos recibido. Un miembro del equipo de Talento la revisará y, si tu perfil encaja, te propondremos una videollamada.

Recuerda que puedes actualizar tu perfil en el portal de candidatos.

Grupo Logístico Ebro Norte""",
        html=plain_html("""Hola Valeria:

Gracias por tu solicitud para el puesto de Técnico/a de Nóminas (Req. 4471) en PLA-Zaragoza.

Te confirmamos que la hemos recibido. Un miembro del equipo de Talento la revisará y, si tu perfil encaja, te propondremos una videollamada.

Recuerda que puedes actualizar tu perfil en el portal de candidatos.

Grupo Logístico Ebro Norte"""),
        cte="base64",
    ),
    dict(
        kind="application_received", slug="atocha_lever_ack", key="atocha_ack", lang="es",
        company="Nóminas Atocha", contact="",
        frm=("Nóminas Atocha", "no-reply@hire.lever.co"), frm_enc=("utf-8", "Q"),
        subject="Gracias por tu candidatura a Nóminas Atocha", subj_enc=("utf-8", "Q"),
        date="2026-05-06 17:48", tz="+0000",
        text="""Hola Valeria,

Gracias por presentarte a Técnico/a de Nóminas Junior. Hemos recibido tu solicitud y el equipo la está revisando.

Nos pondremos en contacto si tu perfil encaja con el puesto.

Un saludo,
Nóminas Atocha""",
        charset="utf-8", cte="8bit",
    ),
    dict(
        kind="application_received", slug="gente_activa_registration",
        key="gente_activa_registration", lang="es", company="Gente Activa",
        contact="rebeca.lahoz@genteactiva-ett.example.es",
        frm=("Rebeca Lahoz", "rebeca.lahoz@genteactiva-ett.example.es"),
        subject="Ya formas parte de nuestra bolsa de candidatos", date="2026-01-08 13:26",
        tz="+0100",
        text="""Hola Valeria:

Gracias por la entrevista de registro de ayer por teléfono. Te confirmo que tu candidatura ya está dada de alta en la bolsa de Gente Activa ETT para perfiles de administración y nóminas en Zaragoza y alrededores.

He añadido tus disponibilidades (incorporación en quince días, jornada completa) y el curso de nóminas que estás haciendo. En cuanto tenga un cliente que encaje, te llamo.

Rebeca Lahoz
Consultora de Selección
Gente Activa ETT · Delegación Zaragoza
Avda. César Augusto 27 · 976 39 12 50""",
        html=plain_html("""Hola Valeria:

Gracias por la entrevista de registro de ayer por teléfono. Te confirmo que tu candidatura ya está dada de alta en la bolsa de Gente Activa ETT para perfiles de administración y nóminas en Zaragoza y alrededores.

He añadido tus disponibilidades (incorporación en quince días, jornada completa) y el curso de nóminas que estás haciendo. En cuanto tenga un cliente que encaje, te llamo.

Rebeca Lahoz
Consultora de Selección
Gente Activa ETT · Delegación Zaragoza
Avda. César Augusto 27 · 976 39 12 50"""),
        cte="quoted-printable",
    ),
    dict(
        kind="application_received", slug="mendillorri_cv_received", key="mendillorri_received",
        lang="es", company="Asesoría Mendillorri", contact="idoia.razquin@asesoriamendillorri.example.es",
        frm=("Idoia Razquin", "idoia.razquin@asesoriamendillorri.example.es"),
        subject="RE: Currículum - auxiliar de nóminas", date="2026-08-24 10:57", tz="+0200",
        headers=[("In-Reply-To", "<5f2a1c-VNE@mail.example.es>"),
                 ("References", "<5f2a1c-VNE@mail.example.es>")],
        text="""Hola Valeria:

Hemos recibido tu CV, muchas gracias por pensar en nosotras. Ahora mismo estamos cerrando las nóminas de agosto, pero a mediados de septiembre revisaremos las candidaturas para el puesto y te diremos algo.

Un saludo,

Idoia Razquin
Asesoría Mendillorri
Plaza de la Concordia 3, bajo · 31016 Pamplona
948 15 02 98

""" + wrote("es", "dom, 23 ago 2026 a las 21:37", "Valeria Nowak-Etxeberria",
            "valeria.ne@example.es") + "\n" + quote("""Buenas noches:

He visto en el tablón del centro cívico que buscáis un/a auxiliar de nóminas. Os adjunto mi currículum. Estoy terminando el curso de Técnico/a de Nóminas y Seguridad Social y tengo muchas ganas de dar el salto desde el comercio.

Un saludo,
Valeria Nowak-Etxeberria"""),
        charset="windows-1252", cte="quoted-printable",
    ),
    dict(
        kind="application_received", slug="lee_valley_greenhouse_ack", key="lee_valley_ack",
        lang="en", company="Lee Valley Dairies", contact="",
        frm=("Lee Valley Dairies", "no-reply@greenhouse-mail.io"),
        subject="Thank you for applying to Lee Valley Dairies", date="2026-04-02 09:15",
        tz="+0100",
        text="""Hi Valeria,

Thank you for your interest in Lee Valley Dairies! We have received your application for the Payroll Administrator position and our team is reviewing it.

If your experience matches what we're looking for, a member of our Talent team will be in touch about next steps.

Best,
Lee Valley Dairies Talent Team""",
        html=ats_card("Lee Valley Dairies", "#2e7d32", paras_html("""Hi Valeria,

Thank you for your interest in Lee Valley Dairies! We have received your application for the Payroll Administrator position and our team is reviewing it.

If your experience matches what we're looking for, a member of our Talent team will be in touch about next steps.

Best,
Lee Valley Dairies Talent Team"""), "Sent via Greenhouse"),
        cte="quoted-printable",
    ),
    dict(
        kind="application_received", slug="blackpool_workday_ack", key="blackpool_ack",
        lang="en", company="Blackpool Retail Group", contact="",
        frm=("Blackpool Retail Group", "blackpoolretail@myworkday.com"),
        subject="We've received your application - Payroll & Benefits Assistant",
        date="2026-03-09 19:51", tz="+0000",
        html=ats_card("Blackpool Retail Group Careers", "#c62828", paras_html("""Hello Valeria,

Thank you for applying for the Payroll & Benefits Assistant position (JR-20614). Your application has been submitted successfully.

Due to the high volume of applications we receive, unfortunately we are unable to reply to every applicant individually. If you are shortlisted, a member of our Talent Acquisition team will contact you. You can check the status of your application at any time on our careers site.

Thank you for your interest in Blackpool Retail Group.""") + button("View my applications", "https://blackpoolretail.wd3.myworkday.com/Careers/userHome", "#c62828"),
                      "You are receiving this email because you applied through our careers site. Powered by Workday."),
        cte="base64",
        headers=[("Auto-Submitted", "auto-generated")],
    ),
    dict(
        kind="application_received", slug="mercy_harbour_icims_ack", key="mercy_harbour_ack",
        lang="en", company="Mercy Harbour University Hospital", contact="",
        frm=("Mercy Harbour University Hospital Careers", "careers-noreply@icims.com"),
        subject="Application received: Payroll Officer (Grade IV) - MHUH-2026-311",
        date="2026-05-18 22:07", tz="+0100",
        text="""Dear Valeria,

Thank you for submitting your application for the post of Payroll Officer (Grade IV), reference MHUH-2026-311.

This email confirms that your application has been received. Shortlisting will take place after the closing date of 22 May 2026, and candidates invited to interview will be contacted by the HR Recruitment Office.

HR Recruitment Office
Mercy Harbour University Hospital, Cork

Please do not reply to this email. This message was sent from an unattended mailbox.""",
        charset="us-ascii", cte="7bit",
    ),
    dict(
        kind="application_received", slug="carrigaline_registration", key="carrigaline_registration",
        lang="en", company="Carrigaline Talent Partners", contact="ciaran@carrigalinetalent.example.ie",
        frm=("Ciarán Twomey", "ciaran@carrigalinetalent.example.ie"), frm_enc=("utf-8", "B"),
        subject="Welcome to Carrigaline Talent Partners", date="2026-06-15 15:41", tz="+0100",
        text="""Hi Valeria,

Great to speak with you earlier. This is just to confirm you're now registered with us, and that I have your CV, your payroll certificate and your right-to-work details on file.

As discussed, I'll be putting you forward for payroll and payroll-adjacent roles in Cork city and the harbour area, full-time or 12-month contracts. I'll never send your CV to a client without checking with you first.

Talk soon,
Ciarán

Ciarán Twomey
Director | Carrigaline Talent Partners
Main Street, Carrigaline, Co. Cork | M: +353 87 614 2290""",
        html=plain_html("""Hi Valeria,

Great to speak with you earlier. This is just to confirm you're now registered with us, and that I have your CV, your payroll certificate and your right-to-work details on file.

As discussed, I'll be putting you forward for payroll and payroll-adjacent roles in Cork city and the harbour area, full-time or 12-month contracts. I'll never send your CV to a client without checking with you first.

Talk soon,
Ciarán

Ciarán Twomey
Director | Carrigaline Talent Partners
Main Street, Carrigaline, Co. Cork | M: +353 87 614 2290"""),
        cte="quoted-printable",
    ),
    dict(
        kind="application_received", slug="brightline_ashby_ack", key="brightline_ack",
        lang="en", company="Brightline Payroll Services", contact="",
        frm=("Brightline Payroll Services", "no-reply@ashbyhq.com"),
        subject="Thanks for applying to Brightline Payroll Services",
        date="2026-08-03 06:44", tz="+0000",
        text="""Hi Valeria,

Thanks for applying for the Payroll Specialist (Spain & Portugal) role at Brightline Payroll Services. We've got your application and someone from our team will review it shortly.

We'll be in touch either way.

The Brightline Talent Team""",
        html=ats_card("Brightline Payroll Services", "#6a1b9a", paras_html("""Hi Valeria,

Thanks for applying for the Payroll Specialist (Spain & Portugal) role at Brightline Payroll Services. We've got your application and someone from our team will review it shortly.

We'll be in touch either way.

The Brightline Talent Team"""), "Powered by Ashby"),
        cte="quoted-printable",
    ),
    dict(
        kind="application_received", slug="aeroval_teamtailor_accuse", key="aeroval_ack",
        lang="fr", company="Aéroval Composites", contact="",
        frm=("Aéroval Composites", "no-reply@teamtailor-mail.com"), frm_enc=("iso-8859-1", "B"),
        subject="Nous avons bien reçu votre candidature", subj_enc=("utf-8", "Q"),
        date="2026-05-04 20:11", tz="+0200",
        text="""Bonjour Valeria,

Merci pour votre candidature au poste d'assistante paie (H/F) à Colomiers. Nous l'avons bien reçue.

Notre équipe RH l'étudie avec attention et reviendra vers vous dans les meilleurs délais.

À bientôt,
L'équipe recrutement d'Aéroval Composites""",
        html=ats_card("Aéroval Composites", "#0d47a1", paras_html("""Bonjour Valeria,

Merci pour votre candidature au poste d'assistante paie (H/F) à Colomiers. Nous l'avons bien reçue.

Notre équipe RH l'étudie avec attention et reviendra vers vous dans les meilleurs délais.

À bientôt,
L'équipe recrutement d'Aéroval Composites"""), "Teamtailor"),
        cte="quoted-printable",
    ),
    dict(
        kind="application_received", slug="atlantique_interim_inscription",
        key="atlantique_inscription", lang="fr", company="Atlantique Intérim",
        contact="l.darrigrand@atlantique-interim.example.fr",
        frm=("Laetitia Darrigrand", "l.darrigrand@atlantique-interim.example.fr"),
        subject="Votre inscription chez Atlantique Intérim", subj_enc=("iso-8859-1", "Q"),
        date="2026-08-10 17:02", tz="+0200",
        text="""Bonjour Valeria,

Merci pour votre venue à l'agence ce matin. Votre inscription est validée : votre dossier (CV, pièce d'identité, attestation de formation paie) est complet.

Vous faites désormais partie de nos intérimaires pour les missions administratives et paie sur la côte basque et le sud des Landes. Je vous contacterai dès qu'une mission correspond à votre profil.

Laetitia Darrigrand
Chargée de recrutement
Atlantique Intérim - Agence de Bayonne
8 rue Thiers, 64100 Bayonne - 05 59 59 31 44""",
        charset="iso-8859-1", cte="8bit",
    ),
    dict(
        kind="application_received", slug="kessler_personio_eingang", key="kessler_ack",
        lang="de", company="Kessler Präzisionsteile", contact="",
        frm=("Kessler Präzisionsteile GmbH", "noreply@personio.de"), frm_enc=("iso-8859-1", "Q"),
        subject="Eingangsbestätigung Ihrer Bewerbung", date="2026-06-01 07:30", tz="+0200",
        text="""Sehr geehrte Frau Nowak-Etxeberria,

vielen Dank für Ihre Bewerbung als Sachbearbeiterin Entgeltabrechnung (m/w/d) und Ihr Interesse an der Kessler Präzisionsteile GmbH.

Wir haben Ihre Unterlagen erhalten und werden sie sorgfältig prüfen. Sobald wir eine Entscheidung über das weitere Vorgehen getroffen haben, melden wir uns bei Ihnen.

Mit freundlichen Grüßen
Ihr Personalteam der Kessler Präzisionsteile GmbH

Diese E-Mail wurde automatisch über Personio versendet.""",
        html=ats_card("Kessler Präzisionsteile", "#455a64", paras_html("""Sehr geehrte Frau Nowak-Etxeberria,

vielen Dank für Ihre Bewerbung als Sachbearbeiterin Entgeltabrechnung (m/w/d) und Ihr Interesse an der Kessler Präzisionsteile GmbH.

Wir haben Ihre Unterlagen erhalten und werden sie sorgfältig prüfen. Sobald wir eine Entscheidung über das weitere Vorgehen getroffen haben, melden wir uns bei Ihnen.

Mit freundlichen Grüßen
Ihr Personalteam der Kessler Präzisionsteile GmbH"""), "Diese E-Mail wurde automatisch über Personio versendet."),
        charset="iso-8859-1", cte="quoted-printable", html_charset="utf-8", html_cte="base64",
        headers=[("Auto-Submitted", "auto-generated")],
    ),
    dict(
        kind="application_received", slug="neckar_softgarden_eingang", key="neckar_ack",
        lang="de", company="Neckar Lohnbüro", contact="",
        frm=("Neckar Lohnbüro GmbH", "noreply@softgarden.io"), frm_enc=("utf-8", "Q"),
        subject="Vielen Dank für Ihre Bewerbung", date="2026-03-02 21:15", tz="+0100",
        text="""Sehr geehrte Frau Nowak-Etxeberria,

herzlichen Dank für Ihre Bewerbung als Lohn- und Gehaltsbuchhalterin (m/w/d).

Ihre Unterlagen sind vollständig bei uns eingegangen. Wir melden uns, sobald wir alle Bewerbungen gesichtet haben. Bitte haben Sie Verständnis dafür, dass dies zwei bis drei Wochen dauern kann.

Freundliche Grüße
Ihr Team der Neckar Lohnbüro GmbH

Diese Nachricht wurde über softgarden versendet. Bitte antworten Sie nicht auf diese E-Mail.""",
        cte="base64",
    ),
    dict(
        kind="application_received", slug="weinsteige_recruitee_eingang", key="weinsteige_ack",
        lang="de", company="Drogeriemarkt Weinsteige", contact="",
        frm=("Drogeriemarkt Weinsteige", "no-reply@jobs.recruitee.com"),
        subject="Deine Bewerbung ist angekommen!", date="2026-09-28 11:09", tz="+0200",
        text="""Hallo Valeria,

danke für deine Bewerbung als Mitarbeiter*in Lohnabrechnung in unserer Zentrale in Stuttgart-Degerloch. Sie ist gut bei uns angekommen.

Wir schauen uns deine Unterlagen in den nächsten Tagen an. Leider schaffen wir es nicht, jeder Person einzeln zu antworten, bevor die Auswahl abgeschlossen ist - du hörst aber auf jeden Fall von uns.

Viele Grüße
Dein Team vom Drogeriemarkt Weinsteige""",
        html=ats_card("Drogeriemarkt Weinsteige", "#ad1457", paras_html("""Hallo Valeria,

danke für deine Bewerbung als Mitarbeiter*in Lohnabrechnung in unserer Zentrale in Stuttgart-Degerloch. Sie ist gut bei uns angekommen.

Wir schauen uns deine Unterlagen in den nächsten Tagen an. Leider schaffen wir es nicht, jeder Person einzeln zu antworten, bevor die Auswahl abgeschlossen ist - du hörst aber auf jeden Fall von uns.

Viele Grüße
Dein Team vom Drogeriemarkt Weinsteige"""), "Gesendet mit Recruitee"),
        cte="quoted-printable",
    ),
    # ============================================================ offer
    dict(
        kind="offer", slug="harinera_offer_letter_pdf", key="harinera_offer", lang="es",
        company="Harinera Ebro-Moncayo", contact="lucia.sanz@harinera-ebromoncayo.example.es",
        frm=("Lucía Sanz Ballarín", "lucia.sanz@harinera-ebromoncayo.example.es"),
        frm_enc=("iso-8859-1", "Q"),
        subject="Oferta de empleo – Administrativo/a de Nóminas", subj_enc=("utf-8", "B"),
        date="2026-03-02 13:05", tz="+0100", parent="harinera_moved",
        text=_HARINERA_OFFER, html=plain_html(_HARINERA_OFFER),
        cte="quoted-printable",
        attach=[pdf("Carta_oferta_Harinera_Ebro-Moncayo.pdf", [
            "Harinera Ebro-Moncayo, S.A.",
            "Camino de los Molinos 12 - 50014 Zaragoza",
            "",
            "Zaragoza, 2 de marzo de 2026",
            "",
            "Sra. Valeria Nowak-Etxeberria",
            "",
            "Asunto: Carta de oferta - Administrativo/a de Nominas",
            "",
            "Nos complace ofrecerle el puesto de Administrativo/a de Nominas.",
            "Contrato indefinido. Periodo de prueba: dos meses.",
            "Retribucion bruta anual: 23.800 euros en 14 pagas.",
            "Jornada completa, de 8:00 a 15:30. Incorporacion: 16 de marzo de 2026.",
            "",
            "Rogamos confirme su aceptacion antes del 9 de marzo de 2026.",
            "",
            "Firma de la empresa: ____________   Firma de la candidata: ____________",
        ], "Carta de oferta")],
    ),
    dict(
        kind="offer", slug="tempora_valdeguia_wants_you", key="valdeguia_offer", lang="es",
        company="Bodegas Valdeguía", contact="noelia.barrenechea@temporaempleo.example.es",
        frm=("Noelia Barrenechea | Tempora Empleo", "noelia.barrenechea@temporaempleo.example.es"),
        subject="¡Bodegas Valdeguía quiere hacerte una oferta!", subj_enc=("utf-8", "B"),
        date="2026-03-10 10:14", tz="+0100", parent="tempora_valdeguia_moved",
        text="""¡Hola Valeria!

Acabo de colgar con Itziar Medrano: en Bodegas Valdeguía quieren hacerte una oferta para la cobertura de administrativa de personal.

Lo que me han trasladado:
- Contrato de seis meses a través de Tempora, con intención de pasarte a su plantilla si la ampliación sale adelante
- 1.620 euros brutos al mes más la parte proporcional de pagas extra
- Horario de 8:00 a 15:00, con algunas tardes en vendimia
- Incorporación el 23 de marzo

Llámame cuando puedas y lo hablamos con calma antes de que les dé una respuesta. ¡Enhorabuena!

Noelia Barrenechea
Consultora · Tempora Empleo ETT
Oficina de Logroño · 941 27 30 16""",
        charset="windows-1252", cte="quoted-printable",
    ),
    dict(
        kind="offer", slug="nominalia_after_call", key="nominalia_offer", lang="es",
        company="Nominalia Araba Asesores", contact="garazi.ortiz@nominaliaaraba.example.es",
        frm=("Garazi Ortiz de Zárate", "garazi.ortiz@nominaliaaraba.example.es"),
        frm_enc=("utf-8", "Q"),
        subject="Lo que hablamos esta mañana", date="2026-09-18 13:40", tz="+0200",
        parent="nominalia_ill",
        text="""Hola Valeria:

Ya recuperada de la gripe, y como te he adelantado por teléfono esta mañana: queremos que te incorpores a Nominalia Araba como Técnica de Nóminas Junior. Te dejo por escrito lo que te conté para que lo tengas claro:

- Contrato indefinido a jornada completa, con periodo de prueba de tres meses
- 21.500 euros brutos anuales, en 14 pagas, con revisión al año
- Horario de 8:00 a 16:00 con flexibilidad de entrada, viernes hasta las 14:00
- Formación en A3Innuva Nómina los primeros dos meses con Jon
- Incorporación el 1 de octubre, si te encaja

Cuando me confirmes, te preparo el contrato para firmarlo la semana que viene.

Un abrazo,
Garazi Ortiz de Zárate
Responsable de Laboral · Nominalia Araba Asesores
C/ Dato 31, 2º · 01005 Vitoria-Gasteiz""",
        html=word_html(mso_paras("""Hola Valeria:

Ya recuperada de la gripe, y como te he adelantado por teléfono esta mañana: queremos que te incorpores a Nominalia Araba como Técnica de Nóminas Junior. Te dejo por escrito lo que te conté para que lo tengas claro:

- Contrato indefinido a jornada completa, con periodo de prueba de tres meses
- 21.500 euros brutos anuales, en 14 pagas, con revisión al año
- Horario de 8:00 a 16:00 con flexibilidad de entrada, viernes hasta las 14:00
- Formación en A3Innuva Nómina los primeros dos meses con Jon
- Incorporación el 1 de octubre, si te encaja

Cuando me confirmes, te preparo el contrato para firmarlo la semana que viene.

Un abrazo,
Garazi Ortiz de Zárate
Responsable de Laboral · Nominalia Araba Asesores
C/ Dato 31, 2º · 01005 Vitoria-Gasteiz""")),
        cte="quoted-printable",
        headers=[("X-Mailer", "Microsoft Outlook 16.0")],
    ),
    dict(
        kind="offer", slug="mendillorri_contract_to_sign", key="mendillorri_contract", lang="es",
        company="Asesoría Mendillorri", contact="idoia.razquin@asesoriamendillorri.example.es",
        frm=("Idoia Razquin", "idoia.razquin@asesoriamendillorri.example.es"),
        subject="Contrato para firma - auxiliar de nóminas", subj_enc=("iso-8859-1", "Q"),
        date="2026-09-30 12:22", tz="+0200", parent="mendillorri_received",
        text="""Hola Valeria:

¡Qué bien que aceptaras ayer! Como quedamos, te envío el contrato de trabajo para que lo revises y lo firmes: contrato indefinido a jornada parcial (30 horas semanales) como auxiliar de nóminas, con incorporación el lunes 5 de octubre.

Puedes firmarlo de dos formas:
1. Con la firma electrónica, en este enlace: https://firma.asesoriamendillorri.example.es/doc/c7e19
2. Imprimiéndolo y trayéndolo firmado el primer día

Tráete también el número de la Seguridad Social y una cuenta bancaria para la nómina.

Bienvenida al equipo,

Idoia Razquin
Asesoría Mendillorri
Plaza de la Concordia 3, bajo · 31016 Pamplona · 948 15 02 98""",
        charset="iso-8859-1", cte="quoted-printable",
        attach=[pdf("Contrato_Nowak-Etxeberria_Valeria.pdf", [
            "CONTRATO DE TRABAJO INDEFINIDO A TIEMPO PARCIAL",
            "",
            "Empresa: Asesoria Mendillorri - Plaza de la Concordia 3, 31016 Pamplona",
            "Trabajadora: Valeria Nowak-Etxeberria",
            "Categoria: Auxiliar administrativa (nominas)",
            "Jornada: 30 horas semanales. Inicio: 5 de octubre de 2026",
            "Periodo de prueba: dos meses",
            "",
            "Firma empresa: ______________   Firma trabajadora: ______________",
        ], "Contrato de trabajo")],
    ),
    dict(
        kind="offer", slug="gente_activa_cinco_villas_offer", key="cinco_villas_offer",
        lang="es", company="Transportes Cinco Villas",
        contact="rebeca.lahoz@genteactiva-ett.example.es",
        frm=("Rebeca Lahoz", "rebeca.lahoz@genteactiva-ett.example.es"),
        subject="Propuesta de Transportes Cinco Villas", date="2026-10-14 16:55", tz="+0200",
        text="""Hola Valeria:

¡Por fin una buena! Transportes Cinco Villas, la empresa de Ejea con la que hiciste la entrevista el martes, me acaba de confirmar que te quieren a ti para el puesto de administrativa de nóminas.

La propuesta es una puesta a disposición de tres meses a través de Gente Activa y, si todo va bien, contrato directo con ellos a partir de enero. Salario de 1.580 euros brutos mensuales, horario de 7:30 a 15:00 y teletrabajo los viernes. Empezarías el 2 de noviembre.

Necesito tu respuesta antes del viernes para pasarles tu alta. Llámame al 976 39 12 50 si tienes cualquier duda.

Rebeca Lahoz
Consultora de Selección · Gente Activa ETT""",
        cte="quoted-printable",
    ),
    dict(
        kind="offer", slug="moncloa_formal_offer_pdf", key="moncloa_offer", lang="es",
        company="Hospital Privado Moncloa Norte", contact="ignacio.berrocal@hmonclonorte.example.es",
        frm=("Dirección de Personas - HPMN", "personas@hmonclonorte.example.es"),
        frm_enc=("iso-8859-1", "B"),
        reply_to=("Ignacio Berrocal", "ignacio.berrocal@hmonclonorte.example.es"),
        subject="Propuesta de incorporación – Técnico/a de Nóminas (ADM-26-14)",
        subj_enc=("utf-8", "Q"),
        date="2026-10-09 09:30", tz="+0200", parent="moncloa_moved",
        no_contact_ok=True,
        text="""Estimada Valeria:

Nos complace comunicarle que el tribunal de selección le ha propuesto para ocupar la plaza de Técnico/a de Nóminas (ref. ADM-26-14) del Hospital Privado Moncloa Norte.

Adjuntamos la propuesta de incorporación con las condiciones económicas y laborales. Le rogamos que la devuelva firmada antes del 16 de octubre. Para cualquier consulta puede dirigirse a Ignacio Berrocal, Jefe de Administración de Personal, respondiendo a este mensaje.

Reciba un cordial saludo,

Dirección de Personas
Hospital Privado Moncloa Norte · Av. de la Ilustración 80 · 28035 Madrid

CONFIDENCIALIDAD: La información de este mensaje es confidencial y está destinada únicamente a la persona indicada. Si usted no es la destinataria, le rogamos que lo notifique y lo destruya.""",
        cte="base64",
        attach=[pdf("Propuesta_incorporacion_ADM-26-14.pdf", [
            "HOSPITAL PRIVADO MONCLOA NORTE - Direccion de Personas",
            "",
            "PROPUESTA DE INCORPORACION",
            "Puesto: Tecnico/a de Nominas (ref. ADM-26-14)",
            "Candidata: Valeria Nowak-Etxeberria",
            "Contrato: indefinido, jornada completa (37,5 h semanales)",
            "Salario bruto anual: 25.200 euros en 12 pagas",
            "Incorporacion: 2 de noviembre de 2026",
            "",
            "Aceptacion (firma y fecha): ____________________",
        ], "Propuesta de incorporacion")],
    ),
    dict(
        kind="offer", slug="brightline_offer_letter", key="brightline_offer", lang="en",
        company="Brightline Payroll Services", contact="tom.ashworth@brightlinepayroll.example.es",
        frm=("Tom Ashworth", "tom.ashworth@brightlinepayroll.example.es"),
        subject="Your offer from Brightline Payroll Services", date="2026-08-27 17:03",
        tz="+0200", parent="brightline_moved",
        text=_BRIGHTLINE_OFFER, html=plain_html(_BRIGHTLINE_OFFER),
        cte="quoted-printable",
        attach=[pdf("Brightline_Offer_Letter_VNowak-Etxeberria.pdf", [
            "Brightline Payroll Services - Calle de Orense 34, 28020 Madrid",
            "",
            "27 August 2026",
            "",
            "Dear Valeria,",
            "We are pleased to offer you employment as Payroll Specialist (Spain & Portugal).",
            "Start date: 1 October 2026. Gross annual salary: EUR 27,500 (12 payments).",
            "Permanent contract, three-month probation period. Hybrid working.",
            "",
            "Please sign and return by 4 September 2026.",
            "",
            "Signed: Tom Ashworth, Payroll Operations Lead",
        ], "Offer letter")],
    ),
    dict(
        kind="offer", slug="harbourview_verbal_offer_followup", key="harbourview_offer",
        lang="en", company="Harbourview Hotels Group",
        contact="rachel.hegarty@harbourviewhotels.example.ie",
        frm=("Rachel Hegarty", "rachel.hegarty@harbourviewhotels.example.ie"),
        subject="Following up on our call - your offer", date="2026-10-22 18:11", tz="+0100",
        parent="harbourview_trial",
        text="""Dear Valeria,

Following our call this afternoon, I'm delighted to confirm in writing that we'd like you to join Harbourview Hotels Group as Payroll Assistant.

To recap what we discussed on the phone:
- Salary of EUR 31,000 per annum, reviewed after six months
- 39-hour week, Monday to Friday, based at Penrose Wharf
- Start date of Monday 30 November, to give you time to relocate
- A relocation contribution of EUR 1,500

Your formal contract will follow from our HR system early next week. In the meantime, please reply to let me know you're happy to accept.

Everyone on the team really enjoyed having you with us for the trial day.

Warm regards,
Rachel Hegarty
Group HR Manager
Harbourview Hotels Group | Penrose Wharf, Cork""",
        charset="windows-1252", cte="quoted-printable",
    ),
    dict(
        kind="offer", slug="biscuiterie_promesse_embauche", key="biscuiterie_offer", lang="fr",
        company="Biscuiterie de l'Adour", contact="m.etcheverry@biscuiterie-adour.example.fr",
        frm=("Mathilde Etcheverry", "m.etcheverry@biscuiterie-adour.example.fr"),
        subject="Proposition d'embauche - gestionnaire paie", subj_enc=("iso-8859-1", "B"),
        date="2026-07-24 11:45", tz="+0200", parent="biscuiterie_report",
        text="""Bonjour Valeria,

J'ai le plaisir de vous confirmer que nous souhaitons vous recruter au poste de gestionnaire paie au sein de la Biscuiterie de l'Adour.

Vous trouverez en pièce jointe notre promesse d'embauche : CDI à temps plein, statut employé, 2 050 euros bruts mensuels sur 13 mois, prise de poste le 1er septembre 2026. Une formation au logiciel de paie est prévue pendant les trois premières semaines.

Merci de nous retourner le document signé avant le 31 juillet. N'hésitez pas à m'appeler si vous avez des questions.

Bien cordialement,
Mathilde Etcheverry
Responsable RH - Biscuiterie de l'Adour
15 quai de Lesseps - 64100 Bayonne - 05 59 46 12 80""",
        html=plain_html("""Bonjour Valeria,

J'ai le plaisir de vous confirmer que nous souhaitons vous recruter au poste de gestionnaire paie au sein de la Biscuiterie de l'Adour.

Vous trouverez en pièce jointe notre promesse d'embauche : CDI à temps plein, statut employé, 2 050 euros bruts mensuels sur 13 mois, prise de poste le 1er septembre 2026. Une formation au logiciel de paie est prévue pendant les trois premières semaines.

Merci de nous retourner le document signé avant le 31 juillet. N'hésitez pas à m'appeler si vous avez des questions.

Bien cordialement,
Mathilde Etcheverry
Responsable RH - Biscuiterie de l'Adour
15 quai de Lesseps - 64100 Bayonne - 05 59 46 12 80"""),
        charset="iso-8859-1", cte="quoted-printable", html_charset="utf-8",
        attach=[pdf("Promesse_embauche_VNowak-Etxeberria.pdf", [
            "BISCUITERIE DE L'ADOUR - 15 quai de Lesseps - 64100 Bayonne",
            "",
            "PROMESSE D'EMBAUCHE",
            "",
            "Madame Valeria Nowak-Etxeberria",
            "Poste : gestionnaire paie - CDI a temps plein",
            "Remuneration : 2 050 euros bruts mensuels sur 13 mois",
            "Date de prise de poste : 1er septembre 2026",
            "",
            "Bon pour accord (date et signature) : ____________________",
        ], "Promesse d'embauche")],
    ),
    dict(
        kind="offer", slug="klinikum_vertragsangebot", key="klinikum_offer", lang="de",
        company="Klinikum Filderhöhe", contact="markus.weiland@klinikum-filderhoehe.example.de",
        frm=("Markus Weiland", "markus.weiland@klinikum-filderhoehe.example.de"),
        subject="Ihr Vertragsangebot – Mitarbeiterin Personalabrechnung",
        subj_enc=("utf-8", "B"),
        date="2026-08-05 14:20", tz="+0200", parent="klinikum_cancel",
        text="""Sehr geehrte Frau Nowak-Etxeberria,

vielen Dank für das angenehme Gespräch am Montag, das wir nach der Betriebsprüfung nachholen konnten.

Wir freuen uns, Ihnen die Stelle als Mitarbeiterin Personalabrechnung (Teilzeit 80 %) anbieten zu können. Die Eckdaten:
- Eingruppierung nach TVöD, Entgeltgruppe 6
- Unbefristeter Arbeitsvertrag, sechs Monate Probezeit
- Arbeitsbeginn am 1. Oktober 2026
- Unterstützung bei der Wohnungssuche über unser Personalwohnheim

Das Vertragsangebot finden Sie im Anhang. Bitte senden Sie uns bis zum 19. August eine unterschriebene Kopie zurück.

Mit freundlichen Grüßen
Markus Weiland
Leiter Personalabrechnung
Klinikum Filderhöhe · Filderhauptstraße 140 · 70599 Stuttgart
Tel. 0711 7803 4410""",
        cte="quoted-printable",
        attach=[pdf("Vertragsangebot_Nowak-Etxeberria.pdf", [
            "Klinikum Filderhoehe - Personalabteilung",
            "Filderhauptstrasse 140, 70599 Stuttgart",
            "",
            "VERTRAGSANGEBOT",
            "Frau Valeria Nowak-Etxeberria",
            "Stelle: Mitarbeiterin Personalabrechnung, Teilzeit 80 %",
            "Verguetung: TVoeD EG 6. Beginn: 01.10.2026. Probezeit: sechs Monate.",
            "",
            "Annahme (Ort, Datum, Unterschrift): ____________________",
        ], "Vertragsangebot")],
    ),
]
