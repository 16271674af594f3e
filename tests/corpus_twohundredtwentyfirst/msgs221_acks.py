# ruff: noqa
"""Corpus 221, hand-written: 21 application acknowledgements and 10 offers."""

from msgs221_common import (CAND, CAND_ADDR, ats_card, body, outlook_block, outlook_html, pdf,
                            quote, simple_html, wrote)

MESSAGES: list[dict] = []
add = MESSAGES.append

# =============================================================================================
# application_received (21)
# =============================================================================================

IKB_ACK = """
    Hola Yusuf:

    Gracias por presentar tu candidatura a Analista SOC Nivel 1 (REQ-0093) en Ikerbank.

    Hemos recibido tu solicitud correctamente. Nuestro equipo de Personas y Cultura la revisará
    junto con el resto de candidaturas y, si tu perfil encaja con lo que buscamos, nos pondremos
    en contacto contigo para los siguientes pasos.

    Puedes consultar el estado de tu solicitud en cualquier momento desde tu cuenta del portal
    de empleo.

    Un saludo,
    Personas y Cultura · Ikerbank
    """

add(dict(
    kind="application_received", name="ikerbank_workday_ack", lang="es", id="ikb_ack",
    company="Ikerbank", contact="",
    frm=("Ikerbank", "ikerbank@myworkday.com"),
    to=CAND_ADDR,
    subject="Hemos recibido tu solicitud: Analista SOC Nivel 1 (REQ-0093)",
    date="2026-01-20 00:14 -0800",
    headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
    text=IKB_ACK,
    html=ats_card(IKB_ACK, "Ikerbank · Empleo", "#00467f",
                  button=("Ver mi solicitud", "https://ikerbank.wd3.myworkday.com/es-ES/ikerbank/userHome"),
                  footer="Este mensaje se ha generado automáticamente desde Workday. No respondas a este correo."),
    cte="quoted-printable",
))

add(dict(
    kind="application_received", name="norte_talento_registration", lang="es", id="nt_reg",
    company="Norte Talento", contact="garazi.olabarria@nortetalento.example.es",
    frm=("Norte Talento ETT", "no-reply@nortetalento.example.es"),
    reply_to=("Garazi Olabarria", "garazi.olabarria@nortetalento.example.es"),
    subject="Alta completada en Norte Talento",
    date="2026-01-08 18:30 +0100",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""
    Hola Yusuf,

    Tu registro como candidato en Norte Talento se ha completado correctamente. Hemos guardado
    tu CV y las preferencias que indicaste (ciberseguridad / SOC, Bizkaia y Gipuzkoa, jornada
    completa).

    Tu consultora asignada es Garazi Olabarria. Si quieres actualizar algo, responde a este
    correo y le llegará directamente.

    Norte Talento ETT · Alameda Mazarredo 41, 48009 Bilbao
    Autorización administrativa n.º 48/0000/555
    """,
    html=ats_card("""
    Hola Yusuf,

    Tu registro como candidato en Norte Talento se ha completado correctamente. Hemos guardado
    tu CV y las preferencias que indicaste (ciberseguridad / SOC, Bizkaia y Gipuzkoa, jornada
    completa).

    Tu consultora asignada es Garazi Olabarria. Si quieres actualizar algo, responde a este
    correo y le llegará directamente.
    """, "Norte Talento", "#b45309",
        footer="Norte Talento ETT · Alameda Mazarredo 41, 48009 Bilbao\nAutorización administrativa n.º 48/0000/555"),
    cte="8bit",
))

add(dict(
    kind="application_received", name="bidasoa_smartrecruiters_no_individual", lang="es",
    id="bid_ack", company="Bidasoa Energía", contact="",
    frm=("Bidasoa Energía", "no-reply@smartrecruiters.com"),
    subject="Gracias por tu candidatura - Analista de Seguridad OT/IT",
    date="2026-02-16 21:03 +0000",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""
    Hola Yusuf:

    Gracias por tu interés en Bidasoa Energía. Confirmamos que tu candidatura para Analista de
    Seguridad OT/IT (Irun) ha llegado correctamente.

    Lamentablemente, por el volumen de solicitudes que recibimos no podemos contestar de forma
    individual a cada persona. Si tu perfil avanza en el proceso, alguien del equipo de
    Personas se pondrá en contacto contigo en las próximas semanas.

    Atentamente,
    Bidasoa Energía
    """,
    html=ats_card("""
    Hola Yusuf:

    Gracias por tu interés en Bidasoa Energía. Confirmamos que tu candidatura para Analista de
    Seguridad OT/IT (Irun) ha llegado correctamente.

    Lamentablemente, por el volumen de solicitudes que recibimos no podemos contestar de forma
    individual a cada persona. Si tu perfil avanza en el proceso, alguien del equipo de
    Personas se pondrá en contacto contigo en las próximas semanas.

    Atentamente,
    Bidasoa Energía
    """, "Bidasoa Energía", "#15803d", footer="Powered by SmartRecruiters"),
    cte="base64",
))

add(dict(
    kind="application_received", name="banco_meseta_workday_html_only", lang="es", id="bm_ack",
    company="Banco Meseta", contact="",
    frm=("Banco Meseta", "bancomeseta@myworkday.com"),
    to=CAND_ADDR,
    subject="Confirmación de candidatura R-20418",
    date="2026-01-27 03:40 -0800",
    headers=[("Auto-Submitted", "auto-generated")],
    html=ats_card("""
    Hola Yusuf,

    ¡Gracias por tu interés en Banco Meseta! Tu candidatura a Analista de Ciberseguridad Junior
    (R-20418) se ha enviado con éxito.

    Revisaremos tu perfil y te informaremos de cualquier novedad a través de este correo y de tu
    área de candidato.

    Equipo de Selección de Banco Meseta
    """, "Banco Meseta · Empleo", "#7a1f2b",
        footer="Este correo se ha generado automáticamente; por favor, no respondas a esta dirección."),
    html_cte="quoted-printable",
))

add(dict(
    kind="application_received", name="instituto_foral_justificante", lang="es", id="if_ack",
    company="Instituto Foral de Ciberseguridad", contact="seleccion@ifcnavarra.example.es",
    frm=("Instituto Foral de Ciberseguridad - Selección", "seleccion@ifcnavarra.example.es"),
    frm_enc=("iso-8859-1", "b"),
    subject="Justificante de presentación de solicitud - Convocatoria 04/2026",
    date="2026-05-04 13:22 +0200", reply_of="if_app",
    text="""
    Estimado Sr. Brennan-Castaño:

    Acusamos recibo de su solicitud de participación en la convocatoria 04/2026 para la
    contratación temporal de Técnico/a de centro de operaciones de seguridad, registrada con el
    número de entrada 2026/004117.

    Se adjunta el justificante de registro. La lista provisional de personas admitidas y
    excluidas se publicará en el tablón electrónico del Instituto en el plazo de un mes.

    Atentamente,
    Unidad de Selección
    Instituto Foral de Ciberseguridad
    Avenida de Carlos III 22, 31002 Pamplona-Iruña
    """,
    charset="iso-8859-1", cte="quoted-printable",
    attach=[pdf("justificante_2026-004117.pdf", "Justificante de registro 2026/004117",
                ["Instituto Foral de Ciberseguridad - Registro", "",
                 "Numero de entrada: 2026/004117", "Fecha: 04/05/2026 13:21",
                 "Interesado: BRENNAN-CASTAÑO, YUSUF",
                 "Asunto: Solicitud convocatoria 04/2026 - Tecnico/a SOC",
                 "Documentos: solicitud, CV, titulo, certificados (4)"])],
))

add(dict(
    kind="application_received", name="kantauri_recruitee_ack", lang="es", id="kan_ack",
    company="Kantauri Sistemas", contact="ainhoa.etxeberria@kantauri.example.es",
    frm=("Kantauri Sistemas", "no-reply@jobs.recruitee.com"),
    reply_to=("Ainhoa Etxeberria", "ainhoa.etxeberria@kantauri.example.es"),
    subject="Kantauri Sistemas ha recibido tu candidatura",
    date="2026-05-11 08:16 +0200",
    text="""
    Hola Yusuf,

    Gracias por aplicar a Analista SOC (Donostia). Hemos recibido tu CV y tu carta.

    Ainhoa, de nuestro equipo de personas, revisará tu candidatura esta semana. Si tienes
    alguna duda, responde a este correo.

    Un saludo,
    Kantauri Sistemas
    """,
    html=ats_card("""
    Hola Yusuf,

    Gracias por aplicar a Analista SOC (Donostia). Hemos recibido tu CV y tu carta.

    Ainhoa, de nuestro equipo de personas, revisará tu candidatura esta semana. Si tienes
    alguna duda, responde a este correo.

    Un saludo,
    Kantauri Sistemas
    """, "Kantauri Sistemas", "#1d4ed8", footer="Enviado con Recruitee"),
))

add(dict(
    kind="application_received", name="caja_ribera_cv_received", lang="es", id="cr_ack",
    company="Caja Ribera", contact="nerea.etxarri@cajaribera.example.es",
    frm=("Nerea Etxarri", "nerea.etxarri@cajaribera.example.es"),
    subject="RE: Candidatura analista SOC N1",
    date="2026-06-02 10:07 +0200", reply_of="cr_app",
    text="""
    Hola Yusuf:

    Hemos recibido tu CV, gracias. Lo paso al responsable del área y te decimos algo en cuanto
    terminemos la primera criba.

    Un saludo,
    Nerea Etxarri Lizarraga
    Selección y Desarrollo · Caja Ribera
    """,
    charset="windows-1252", cte="8bit",
))

add(dict(
    kind="application_received", name="zeltia_registration_noreply", lang="es", id="zel_reg",
    company="Zeltia Temporal", contact="",
    frm=("Zeltia Temporal ETT", "no-reply@zeltiatemporal.example.es"),
    subject="Bienvenido/a a la bolsa de empleo de Zeltia",
    date="2026-06-22 20:11 +0200",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""
    Hola YUSUF,

    Tu inscripción en la bolsa de empleo de Zeltia Temporal ETT se ha realizado con éxito.

    Áreas seleccionadas: Seguridad privada; Informática y telecomunicaciones
    Zona: Bizkaia
    Disponibilidad: inmediata

    Cuando tengamos una oferta que encaje con tu perfil, una técnica de selección te llamará.
    Puedes modificar tus datos desde el área privada.

    Este mensaje se envía automáticamente. Por favor, no respondas.
    """,
    cte="quoted-printable",
))

add(dict(
    kind="application_received", name="urbide_successfactors_ack", lang="es", id="urb_ack",
    company="Urbide Aguas", contact="",
    frm=("Urbide Aguas - Empleo", "urbideaguas-noreply@successfactors.eu"),
    to=CAND_ADDR,
    subject="Solicitud recibida - Técnico/a de Ciberseguridad (Req. 5531)",
    date="2026-04-13 22:45 +0200",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""
    Estimado/a Yusuf Brennan-Castaño,

    Gracias por tu solicitud para el puesto Técnico/a de Ciberseguridad (Req. 5531). La hemos
    registrado correctamente en nuestro sistema.

    Te mantendremos informado/a sobre el estado del proceso.

    Recursos Humanos
    Urbide Aguas
    """,
    charset="iso-8859-1", cte="8bit",
))

add(dict(
    kind="application_received", name="nafarroa_taleo_ack", lang="es", id="naf_ack",
    company="Nafarroa Telecom", contact="",
    frm=("Nafarroa Telecom", "nafarroatelecom@taleo.net"),
    subject="Nafarroa Telecom - Confirmación de envío de candidatura",
    date="2026-09-01 09:58 +0200",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""
    Estimado/a Yusuf:

    Le confirmamos que su candidatura para el puesto «Operador/a SOC 24x7» (n.º 2600311) ha sido
    enviada correctamente el 01/09/2026.

    Puede revisar el estado de su candidatura accediendo a la sección «Mis candidaturas» del
    portal de empleo de Nafarroa Telecom.

    Gracias por su interés.
    Departamento de Recursos Humanos
    """,
    html=ats_card("""
    Estimado/a Yusuf:

    Le confirmamos que su candidatura para el puesto «Operador/a SOC 24x7» (n.º 2600311) ha sido
    enviada correctamente el 01/09/2026.

    Puede revisar el estado de su candidatura accediendo a la sección «Mis candidaturas» del
    portal de empleo de Nafarroa Telecom.

    Gracias por su interés.
    Departamento de Recursos Humanos
    """, "Nafarroa Telecom", "#6d28d9"),
    cte="base64",
))

add(dict(
    kind="application_received", name="ciberguard_personio_ack", lang="es", id="cg_ack",
    company="Ciberguard Iberia", contact="",
    frm=("Ciberguard Iberia", "no-reply@personio.de"),
    subject="Tu candidatura en Ciberguard Iberia",
    date="2026-02-23 14:33 +0100",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""
    Hola Yusuf Brennan-Castaño,

    ¡Muchas gracias por tu candidatura como Analista SOC (Madrid)! Nos alegra que quieras formar
    parte de Ciberguard Iberia.

    Vamos a revisar tu documentación con calma y nos pondremos en contacto contigo lo antes
    posible.

    Saludos,
    El equipo de Ciberguard Iberia
    """,
    html=ats_card("""
    Hola Yusuf Brennan-Castaño,

    ¡Muchas gracias por tu candidatura como Analista SOC (Madrid)! Nos alegra que quieras formar
    parte de Ciberguard Iberia.

    Vamos a revisar tu documentación con calma y nos pondremos en contacto contigo lo antes
    posible.

    Saludos,
    El equipo de Ciberguard Iberia
    """, "Ciberguard Iberia", "#0f172a", footer="Powered by Personio"),
    cte="quoted-printable",
))

# --- English ---------------------------------------------------------------------------------

add(dict(
    kind="application_received", name="harbourline_greenhouse_ack", lang="en", id="hbl_ack",
    company="Harbourline Security", contact="",
    frm=("Harbourline Security", "no-reply@greenhouse-mail.io"),
    subject="Thank you for applying to Harbourline Security",
    date="2026-01-14 20:41 +0000",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""
    Hi Yusuf,

    Thanks for your interest in Harbourline Security! We've received your application for the
    Tier 1 SOC Analyst (Dublin, hybrid) position.

    Our team reviews every application and will get in touch if your background is a match for
    the role.

    Best,
    The Harbourline Talent Team
    """,
    html=ats_card("""
    Hi Yusuf,

    Thanks for your interest in Harbourline Security! We've received your application for the
    Tier 1 SOC Analyst (Dublin, hybrid) position.

    Our team reviews every application and will get in touch if your background is a match for
    the role.

    Best,
    The Harbourline Talent Team
    """, "Harbourline Security", "#0e7490"),
))

add(dict(
    kind="application_received", name="liffey_workday_ack", lang="en", id="lm_ack",
    company="Liffey Mutual", contact="",
    frm=("Liffey Mutual Careers", "liffeymutual@myworkday.com"),
    to=CAND_ADDR,
    subject="Application received - Security Operations Analyst (JR-7712)",
    date="2026-03-02 01:12 -0800",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""
    Dear Yusuf,

    Thank you for applying for Security Operations Analyst (JR-7712) at Liffey Mutual. This
    email confirms that your application has been submitted.

    You can track your application by signing in to our Careers site.

    Kind regards,
    Talent Acquisition, Liffey Mutual

    Liffey Mutual Assurance DAC is regulated by the Central Bank of Ireland.
    """,
    cte="7bit",
))

add(dict(
    kind="application_received", name="anna_livia_icims_cannot_reply_each", lang="en",
    id="al_ack", company="Anna Livia Insurance", contact="",
    frm=("Anna Livia Insurance", "no-reply@icims.com"),
    subject="We have received your application - Cyber Defence Analyst",
    date="2026-09-21 07:55 -0400",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""
    Dear Yusuf,

    Thank you for your application for the position of Cyber Defence Analyst (requisition
    2026-0457) at Anna Livia Insurance.

    We receive a large number of applications and unfortunately we cannot reply to every
    applicant individually. If your skills and experience match our requirements, a member of
    our Talent team will contact you within three weeks.

    Regards,
    Talent Acquisition
    Anna Livia Insurance
    """,
    html=ats_card("""
    Dear Yusuf,

    Thank you for your application for the position of Cyber Defence Analyst (requisition
    2026-0457) at Anna Livia Insurance.

    We receive a large number of applications and unfortunately we cannot reply to every
    applicant individually. If your skills and experience match our requirements, a member of
    our Talent team will contact you within three weeks.

    Regards,
    Talent Acquisition
    Anna Livia Insurance
    """, "Anna Livia Insurance", "#9d174d"),
    cte="quoted-printable",
))

add(dict(
    kind="application_received", name="grafton_registration", lang="en", id="gr_reg",
    company="Grafton Talent", contact="conor.whelan@graftontalent.example.ie",
    frm=("Conor Whelan", "conor.whelan@graftontalent.example.ie"),
    subject="Welcome to Grafton Talent - you're registered",
    date="2026-04-20 09:31 +0100",
    text="""
    Hi Yusuf,

    Good to speak earlier. Just confirming you're now registered with Grafton Talent and I've got
    your CV and right-to-work details (EU citizen, no permit needed) on file.

    As discussed, I'll be putting you forward for junior SOC and security monitoring roles in
    Dublin, ideally hybrid. I'll never send your CV anywhere without checking with you first.

    Talk soon,
    Conor

    Conor Whelan | Senior Consultant, Cyber & Infrastructure
    Grafton Talent | 22 Fitzwilliam Place, Dublin 2 | +353 1 555 0390
    Grafton Talent is a trading name of Grafton Talent Solutions Ltd, registered in Ireland.
    """,
))

add(dict(
    kind="application_received", name="vigil_labs_ashby_ack", lang="en", id="vl_ack",
    company="Vigil Labs", contact="",
    frm=("Vigil Labs", "no-reply@ashbyhq.com"),
    subject="Thanks for applying to Vigil Labs!",
    date="2026-07-01 19:20 +0200",
    headers=[("Auto-Submitted", "auto-generated")],
    html=ats_card("""
    Hi Yusuf,

    Thanks for applying for the SOC Analyst (Munich) role at Vigil Labs. We've got your
    application and our team is reviewing it.

    We aim to get back to every candidate within 10 working days.

    The Vigil Labs Team
    """, "Vigil Labs", "#4338ca", footer="Powered by Ashby"),
))

# --- French / German -------------------------------------------------------------------------

add(dict(
    kind="application_received", name="garonne_teamtailor_ack", lang="fr", id="gar_ack",
    company="Garonne Cyber", contact="",
    frm=("Garonne Cyber", "no-reply@teamtailor-mail.com"),
    subject="Merci pour votre candidature chez Garonne Cyber !",
    date="2026-07-27 22:08 +0200", reply_of="gar_app",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""
    Bonjour Yusuf,

    Nous avons bien reçu votre candidature pour le poste d'Analyste SOC junior (Bordeaux).
    Merci de l'intérêt que vous portez à Garonne Cyber !

    Notre équipe l'étudie avec attention et reviendra vers vous dans les meilleurs délais.

    L'équipe Garonne Cyber
    """,
    html=ats_card("""
    Bonjour Yusuf,

    Nous avons bien reçu votre candidature pour le poste d'Analyste SOC junior (Bordeaux).
    Merci de l'intérêt que vous portez à Garonne Cyber !

    Notre équipe l'étudie avec attention et reviendra vers vous dans les meilleurs délais.

    L'équipe Garonne Cyber
    """, "Garonne Cyber", "#be123c", footer="Envoyé avec Teamtailor"),
    cte="quoted-printable",
))

add(dict(
    kind="application_received", name="pyrene_html_only_latin1", lang="fr", id="pyr_ack",
    company="Pyrène Sécurité Informatique", contact="recrutement@pyrene-si.example.fr",
    frm=("Pyrène Sécurité Informatique", "recrutement@pyrene-si.example.fr"),
    frm_enc=("iso-8859-1", "q"),
    subject="Accusé de réception de votre candidature", subject_enc=("iso-8859-1", "b"),
    date="2026-02-02 11:10 +0100",
    html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
</head><body style="font-family:Georgia,serif">
<p>Monsieur,</p>
<p>Nous accusons réception de votre candidature au poste d'<b>analyste cybersécurité junior</b>
(réf. PSI-SOC-07) et vous en remercions.</p>
<p>Votre dossier sera examiné par notre équipe technique. Nous vous tiendrons informé de la
suite qui lui sera donnée dans un délai de trois semaines environ.</p>
<p>Service Ressources Humaines<br>
Pyrène Sécurité Informatique<br>
8 rue des Pêches, 31100 Toulouse</p>
</body></html>
""",
    html_charset="iso-8859-1", html_cte="quoted-printable",
))

add(dict(
    kind="application_received", name="isarwerk_personio_eingang", lang="de", id="isw_ack",
    company="Isarwerk", contact="",
    frm=("Isarwerk Stadtwerke", "no-reply@personio.de"),
    subject="Eingangsbestätigung: Ihre Bewerbung als Junior SOC Analyst (m/w/d)",
    subject_enc=("utf-8", "q"),
    date="2026-04-02 20:40 +0200", reply_of="isw_app",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""
    Sehr geehrter Herr Brennan-Castaño,

    vielen Dank für Ihre Bewerbung als Junior SOC Analyst (m/w/d) und Ihr Interesse an den
    Isarwerk Stadtwerken.

    Ihre Unterlagen sind vollständig bei uns eingegangen. Wir prüfen sie sorgfältig und melden
    uns innerhalb von zwei Wochen bei Ihnen.

    Mit freundlichen Grüßen
    Ihr Recruiting-Team der Isarwerk Stadtwerke
    """,
    html=ats_card("""
    Sehr geehrter Herr Brennan-Castaño,

    vielen Dank für Ihre Bewerbung als Junior SOC Analyst (m/w/d) und Ihr Interesse an den
    Isarwerk Stadtwerken.

    Ihre Unterlagen sind vollständig bei uns eingegangen. Wir prüfen sie sorgfältig und melden
    uns innerhalb von zwei Wochen bei Ihnen.

    Mit freundlichen Grüßen
    Ihr Recruiting-Team der Isarwerk Stadtwerke
    """, "Isarwerk Stadtwerke", "#0369a1", footer="Powered by Personio"),
    cte="quoted-printable",
))

add(dict(
    kind="application_received", name="alpenkredit_successfactors_cp1252", lang="de",
    id="ak_ack", company="Münchner Alpenkredit", contact="",
    frm=("Münchner Alpenkredit Karriere", "alpenkredit-no-reply@successfactors.eu"),
    frm_enc=("iso-8859-1", "b"),
    to=CAND_ADDR,
    subject="Vielen Dank für Ihre Bewerbung (ID 40871)",
    date="2026-08-10 23:02 +0200",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""
    Sehr geehrter Herr Brennan-Castaño,

    wir bestätigen den Eingang Ihrer Bewerbung für die Position „IT-Security Analyst SOC“
    (ID 40871).

    Bitte haben Sie Verständnis dafür, dass die Prüfung aller Unterlagen einige Wochen in
    Anspruch nehmen kann. Über den Stand können Sie sich jederzeit in Ihrem Kandidatenprofil
    informieren.

    Ihr Recruiting-Team
    Münchner Alpenkredit

    Diese E-Mail wurde automatisch erstellt. Antworten an diese Adresse werden nicht gelesen.
    """,
    charset="windows-1252", cte="base64",
))

add(dict(
    kind="application_received", name="secops_sued_softgarden", lang="de", id="sos_ack",
    company="SecOps Süd", contact="tobias.reindl@secops-sued.example.de",
    frm=("SecOps Süd", "noreply@softgarden.io"),
    reply_to=("Tobias Reindl", "tobias.reindl@secops-sued.example.de"),
    subject="Ihre Bewerbung bei SecOps Süd ist eingegangen",
    date="2026-06-15 07:48 +0200",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""
    Hallo Herr Brennan-Castaño,

    danke für Ihre Bewerbung als SOC Analyst Level 1 (München)! Ihre Unterlagen sind bei uns
    angekommen.

    Ihr Ansprechpartner im Bewerbungsprozess ist Tobias Reindl. Bei Fragen antworten Sie
    einfach auf diese Nachricht.

    Beste Grüße
    Ihr SecOps Süd Recruiting
    """,
    html=ats_card("""
    Hallo Herr Brennan-Castaño,

    danke für Ihre Bewerbung als SOC Analyst Level 1 (München)! Ihre Unterlagen sind bei uns
    angekommen.

    Ihr Ansprechpartner im Bewerbungsprozess ist Tobias Reindl. Bei Fragen antworten Sie
    einfach auf diese Nachricht.

    Beste Grüße
    Ihr SecOps Süd Recruiting
    """, "SecOps Süd", "#065f46", footer="Versendet über softgarden"),
    cte="8bit",
))

# =============================================================================================
# offer (10)
# =============================================================================================

IKB_OFFER = """
    Hola Yusuf:

    ¡Enhorabuena! Tras el panel de febrero y tu charla de la semana pasada con Jon, el comité
    ha decidido ofrecerte el puesto de
    Analista SOC Nivel 1 en el Centro de Ciberseguridad de Ikerbank.

    Te adjunto la carta de oferta con las condiciones: contrato indefinido, 29.500 € brutos
    anuales más plus de turnicidad, incorporación el 6 de abril y un plan de formación con la
    certificación de analista incluida durante el primer año.

    Para aceptarla, devuélvenos la carta firmada antes del 20 de marzo. Si quieres comentar
    cualquier punto, llámame sin problema.

    Un abrazo y, de nuevo, enhorabuena.

    Amaia Zubiri
    Técnica de Selección · Personas y Cultura
    Ikerbank · Gran Vía 30, 48009 Bilbao
    Tel. +34 944 555 301

    ---
    Ikerbank. Este mensaje puede contener información confidencial. Si usted no es el
    destinatario, le rogamos que lo comunique al remitente y lo borre.
    """

add(dict(
    kind="offer", name="ikerbank_offer_letter_pdf", lang="es", id="ikb_offer",
    company="Ikerbank", contact="amaia.zubiri@ikerbank.example.es",
    frm=("Amaia Zubiri", "amaia.zubiri@ikerbank.example.es"),
    subject="Oferta de empleo - Analista SOC Nivel 1",
    date="2026-03-10 12:45 +0100", reply_of="ikb_move", refs=["ikb_ack", "ikb_inv", "ikb_move"],
    text=IKB_OFFER,
    html=outlook_html(IKB_OFFER),
    cte="quoted-printable",
    attach=[pdf("Carta_oferta_Ikerbank_YBrennan.pdf", "Carta de oferta - Analista SOC N1",
                ["IKERBANK - Carta de oferta", "", "Bilbao, 10 de marzo de 2026", "",
                 "Sr. D. Yusuf Brennan-Castaño",
                 "Puesto: Analista SOC Nivel 1 - Centro de Ciberseguridad",
                 "Contrato: indefinido, jornada completa a turnos",
                 "Retribucion: 29.500 EUR brutos anuales + plus de turnicidad",
                 "Incorporacion: 6 de abril de 2026",
                 "Aceptacion: firmar y devolver antes del 20/03/2026"])],
))

add(dict(
    kind="offer", name="navarra_dc_verbal_followup", lang="es", id="ndc_offer",
    company="Navarra Datacenter", contact="leire.sanz@navarradc.example.es",
    frm=("Leire Sanz", "leire.sanz@navarradc.example.es"),
    subject="Lo que hablamos esta mañana",
    date="2026-08-27 13:10 +0200", reply_of="ndc_move", refs=["ndc_inv", "ndc_move"],
    text="""
    Hola Yusuf,

    Como te adelanté por teléfono esta mañana, queremos que te incorpores como Técnico de
    Seguridad 24x7 en Noáin. Te resumo por escrito lo que hablamos:

    - Contrato indefinido con seis meses de periodo de prueba
    - 26.800 € brutos al año en 14 pagas, más nocturnidad
    - Turnos rotativos 5x3, incorporación el 1 de octubre
    - Formación inicial de tres semanas con el equipo de Madrid

    Dime antes del jueves si aceptas y te mando el contrato para firmar.

    ¡Nos alegra mucho contar contigo!
    Leire Sanz
    Selección · Navarra Datacenter
    """,
    html=simple_html("""
    Hola Yusuf,

    Como te adelanté por teléfono esta mañana, queremos que te incorpores como Técnico de
    Seguridad 24x7 en Noáin. Te resumo por escrito lo que hablamos:

    - Contrato indefinido con seis meses de periodo de prueba
    - 26.800 € brutos al año en 14 pagas, más nocturnidad
    - Turnos rotativos 5x3, incorporación el 1 de octubre
    - Formación inicial de tres semanas con el equipo de Madrid

    Dime antes del jueves si aceptas y te mando el contrato para firmar.

    ¡Nos alegra mucho contar contigo!
    Leire Sanz
    Selección · Navarra Datacenter
    """),
    cte="base64",
))

add(dict(
    kind="offer", name="agency_client_wants_offer", lang="es", id="nt_pabra_offer",
    company="Puerto Abra Logística", contact="garazi.olabarria@nortetalento.example.es",
    frm=("Garazi Olabarria | Norte Talento", "garazi.olabarria@nortetalento.example.es"),
    subject="¡Puerto Abra quiere hacerte una oferta!", subject_enc=("utf-8", "q"),
    date="2026-04-24 11:20 +0200", reply_of="nt_pabra_move",
    text="""
    ¡Yusuf!

    Acabo de colgar con Puerto Abra Logística y el cliente quiere hacerte una oferta para el
    puesto de técnico de ciberseguridad de la terminal. Condiciones que me han pasado:

    · Contrato de seis meses a través de Norte Talento con compromiso de pasar a plantilla
    · 2.050 € brutos al mes + nocturnidad
    · Turno de noche tres semanas de cada cuatro
    · Empezarías el 11 de mayo

    Llámame cuando puedas y lo hablamos; necesitan una respuesta antes del martes.

    Garazi Olabarria
    Consultora de selección IT · Norte Talento ETT
    T. +34 944 555 207
    """,
    charset="windows-1252", cte="quoted-printable",
))

add(dict(
    kind="offer", name="kostaldea_contract_for_signature", lang="es", id="kos_offer",
    company="Kostaldea Telecom", contact="jone.irazabal@kostaldea.example.es",
    frm=("Jone Irazabal", "jone.irazabal@kostaldea.example.es"),
    subject="Contrato para firma - Analista SOC junior",
    date="2026-10-09 16:02 +0200", reply_of="kos_app",
    text="""
    Kaixo Yusuf,

    Tal como quedamos el lunes, te envío el contrato de trabajo para el puesto de Analista SOC
    junior en Kostaldea Telecom (Donostia), con las condiciones que aceptaste: 27.000 € brutos
    anuales, horario a turnos y teletrabajo dos días por semana a partir del cuarto mes.

    Por favor, revísalo, fírmalo en las páginas marcadas y devuélvemelo escaneado antes del
    viernes 16. El original lo firmarás el primer día, el 2 de noviembre.

    Ongi etorri taldera!

    Jone Irazabal
    Responsable de Personas · Kostaldea Telecom
    Paseo de Francia 14, 20012 Donostia / San Sebastián
    +34 943 555 640
    """,
    charset="windows-1252", cte="8bit",
    attach=[pdf("Contrato_YBrennanCastano_Kostaldea.pdf", "Contrato de trabajo",
                ["CONTRATO DE TRABAJO INDEFINIDO", "", "Empresa: Kostaldea Telecom",
                 "Trabajador: Yusuf Brennan-Castaño", "Categoria: Analista SOC junior",
                 "Fecha de inicio: 02/11/2026", "Salario: 27.000 EUR brutos anuales",
                 "", "Firma del trabajador: ____________________"])],
))

add(dict(
    kind="offer", name="vigia_formal_offer_pdf", lang="es",
    company="Vigía Ciber", contact="paula.rincon@vigiaciber.example.es",
    frm=("Paula Rincón", "paula.rincon@vigiaciber.example.es"), frm_enc=("utf-8", "b"),
    subject="Propuesta de incorporación – Vigía Ciber", subject_enc=("utf-8", "b"),
    date="2026-10-13 10:30 +0200",
    text="""
    Estimado Yusuf:

    Es un placer comunicarte que Vigía Ciber te ofrece incorporarte a nuestro SOC de Madrid como
    Analista de Ciberseguridad L1. En el documento adjunto encontrarás la propuesta formal con
    las condiciones económicas, el horario y los beneficios (seguro médico, formación
    certificada y ayuda a la reubicación desde Bilbao).

    La propuesta es válida hasta el 23 de octubre. Quedo a tu disposición para resolver
    cualquier duda.

    Un cordial saludo,

    Paula Rincón
    HR Business Partner · Vigía Ciber
    Calle de Josefa Valcárcel 40, 28027 Madrid
    +34 910 555 872

    Este mensaje es confidencial. Si no es usted el destinatario, notifíquelo al remitente y
    elimínelo.
    """,
    html=outlook_html("""
    Estimado Yusuf:

    Es un placer comunicarte que Vigía Ciber te ofrece incorporarte a nuestro SOC de Madrid como
    Analista de Ciberseguridad L1. En el documento adjunto encontrarás la propuesta formal con
    las condiciones económicas, el horario y los beneficios (seguro médico, formación
    certificada y ayuda a la reubicación desde Bilbao).

    La propuesta es válida hasta el 23 de octubre. Quedo a tu disposición para resolver
    cualquier duda.

    Un cordial saludo,

    Paula Rincón
    HR Business Partner · Vigía Ciber
    Calle de Josefa Valcárcel 40, 28027 Madrid
    +34 910 555 872

    Este mensaje es confidencial. Si no es usted el destinatario, notifíquelo al remitente y
    elimínelo.
    """),
    cte="base64",
    attach=[pdf("Propuesta_incorporacion_VigiaCiber.pdf", "Propuesta de incorporacion",
                ["VIGIA CIBER - Propuesta de incorporacion", "",
                 "Candidato: Yusuf Brennan-Castaño", "Puesto: Analista de Ciberseguridad L1",
                 "Salario fijo: 28.000 EUR brutos anuales", "Ayuda reubicacion: 2.000 EUR",
                 "Validez de la propuesta: 23/10/2026"])],
))

EZK_PREV = """
    Hola Unai:

    Muchas gracias por la oferta, de verdad que me hace mucha ilusión. Antes de confirmar,
    quería preguntarte si hay margen en el salario: con el turno de noche fijo, los 25.000 €
    se me quedan un poco por debajo de lo que cobro ahora como vigilante con pluses. ¿Sería
    posible acercarse a 27.000 €?

    Un saludo,
    Yusuf
    """

add(dict(
    kind="offer", name="ezkerraldea_revised_offer_chain", lang="es",
    company="Ezkerraldea Energía", contact="unai.sarasola@ezkerraldea.example.es",
    frm=("Unai Sarasola", "unai.sarasola@ezkerraldea.example.es"),
    subject="Re: Oferta Operador/a de ciberseguridad OT",
    date="2026-10-16 09:40 +0200", reply_of="ezk_counter", refs=["ezk_first", "ezk_counter"],
    text=body("""
    Hola Yusuf,

    Lo he hablado con dirección y podemos mejorar la oferta: 26.500 € brutos anuales, más el
    plus de nocturnidad, que son unos 1.800 € al año adicionales. El resto de condiciones se
    mantiene (indefinido, incorporación el 2 de noviembre en Barakaldo).

    Si te encaja, contéstame con un «sí» y preparo el contrato.

    Un saludo,
    Unai Sarasola
    Responsable de Ciberseguridad Industrial · Ezkerraldea Energía
    """) + "\n" + wrote("es", "mié, 14 oct 2026 a las 20:15", "Yusuf Brennan-Castaño", CAND_ADDR)
        + "\n" + quote(EZK_PREV),
    cte="quoted-printable",
))

add(dict(
    kind="offer", name="halfpenny_verbal_followup", lang="en",
    company="Halfpenny Security", contact="ciara.maher@halfpenny.example.ie",
    frm=("Ciara Maher", "ciara.maher@halfpenny.example.ie"),
    subject="Following up on our call - your offer",
    date="2026-10-08 17:15 +0100",
    text="""
    Hi Yusuf,

    It was lovely to speak this afternoon and I'm delighted you were so pleased. As promised,
    here's a summary of the offer I made on the phone for the SOC Analyst (Level 1) role:

    - Base salary EUR 42,000 per annum
    - Shift allowance of 12%
    - Start date: Monday 16 November 2026, Dublin office (hybrid after probation)
    - Relocation support of EUR 3,000

    The formal contract will come from our HR system in the next day or two. Take the weekend
    to think it over and let me know by Tuesday.

    Warm regards,
    Ciara Maher
    Head of Talent | Halfpenny Security
    Ormond Quay Upper, Dublin 7 | +353 1 555 0455
    """,
    html=simple_html("""
    Hi Yusuf,

    It was lovely to speak this afternoon and I'm delighted you were so pleased. As promised,
    here's a summary of the offer I made on the phone for the SOC Analyst (Level 1) role:

    - Base salary EUR 42,000 per annum
    - Shift allowance of 12%
    - Start date: Monday 16 November 2026, Dublin office (hybrid after probation)
    - Relocation support of EUR 3,000

    The formal contract will come from our HR system in the next day or two. Take the weekend
    to think it over and let me know by Tuesday.

    Warm regards,
    Ciara Maher
    Head of Talent | Halfpenny Security
    Ormond Quay Upper, Dublin 7 | +353 1 555 0455
    """, "en"),
))

add(dict(
    kind="offer", name="grafton_unnamed_client_offer", lang="en", id="gr_offer",
    company="Grafton Talent", contact="conor.whelan@graftontalent.example.ie",
    frm=("Conor Whelan", "conor.whelan@graftontalent.example.ie"),
    subject="Good news!! Offer on the table",
    date="2026-09-16 12:02 +0100", reply_of="gr_reg",
    text="""
    Yusuf,

    Told you the second interview went well - my client (the managed security provider in
    Sandyford I can't name until you accept, their rule not mine) wants to make you an offer for
    the Security Analyst position.

    Headlines: EUR 39,500 base, 10% shift premium, 25 days' holiday, start in November. They'll
    send the written offer through me once you give a verbal yes.

    Call me when you get this!

    Conor
    Grafton Talent | +353 1 555 0390
    """,
    cte="7bit",
))

add(dict(
    kind="offer", name="garonne_promesse_embauche_pdf", lang="fr", id="gar_offer",
    company="Garonne Cyber", contact="elodie.mercier@garonne-cyber.example.fr",
    frm=("Élodie Mercier", "elodie.mercier@garonne-cyber.example.fr"), frm_enc=("utf-8", "b"),
    subject="Proposition d'embauche – Analyste SOC junior", subject_enc=("utf-8", "q"),
    date="2026-09-15 15:50 +0200", reply_of="gar_move", refs=["gar_ack", "gar_inv", "gar_move"],
    text="""
    Bonjour Yusuf,

    Suite à vos entretiens avec Mathieu et l'équipe, j'ai le grand plaisir de vous adresser
    notre proposition d'embauche pour le poste d'Analyste SOC junior à Bordeaux, en CDI.

    Vous trouverez en pièce jointe la promesse d'embauche précisant la rémunération (31 000 €
    bruts annuels), la date de prise de poste envisagée (2 novembre 2026) et la période d'essai.

    Merci de nous la retourner signée avant le 25 septembre si elle vous convient.

    Bien à vous,

    Élodie Mercier
    Talent Acquisition – Garonne Cyber
    27 quai des Chartrons, 33000 Bordeaux
    """,
    cte="quoted-printable",
    attach=[pdf("Promesse_embauche_Garonne_Cyber.pdf", "Promesse d'embauche",
                ["GARONNE CYBER - Promesse d'embauche", "",
                 "M. Yusuf Brennan-Castaño", "Poste : Analyste SOC junior (CDI)",
                 "Remuneration : 31 000 EUR bruts annuels",
                 "Prise de poste : 2 novembre 2026", "Periode d'essai : 3 mois",
                 "Retour signe avant le 25/09/2026"])],
))

add(dict(
    kind="offer", name="wuermtal_vertragsangebot_cp1252", lang="de",
    company="Würmtal Telekom", contact="katrin.lechner@wuermtal-telekom.example.de",
    frm=("Katrin Lechner", "katrin.lechner@wuermtal-telekom.example.de"),
    to=CAND, to_enc=("utf-8", "b"),
    subject="Vertragsangebot – Security Analyst SOC (m/w/d)",
    subject_enc=("utf-8", "b"),
    date="2026-10-05 14:25 +0200",
    text="""
    Sehr geehrter Herr Brennan-Castaño,

    wir freuen uns, Ihnen nach den Gesprächen der letzten Wochen die Stelle als Security
    Analyst SOC (m/w/d) in unserem Network Operations Center in Gräfelfing anbieten zu können.

    Anbei erhalten Sie unseren Arbeitsvertrag in zweifacher Ausfertigung: Jahresbruttogehalt
    54.000 €, Schichtzulagen nach Tarif, Eintritt zum 1. Dezember 2026. Für Ihren Umzug aus
    Bilbao übernehmen wir zusätzlich die Kosten bis 2.500 €.

    Bitte senden Sie uns ein unterschriebenes Exemplar bis zum 19. Oktober zurück.

    Mit freundlichen Grüßen

    Katrin Lechner
    Personalreferentin · Würmtal Telekom GmbH
    Lochhamer Schlag 5 · 82166 Gräfelfing · Tel. +49 89 5555 2260
    """,
    charset="windows-1252", cte="quoted-printable",
    attach=[pdf("Arbeitsvertrag_Brennan-Castano.pdf", "Arbeitsvertrag",
                ["WUERMTAL TELEKOM - Arbeitsvertrag", "",
                 "Arbeitnehmer: Yusuf Brennan-Castaño", "Position: Security Analyst SOC (m/w/d)",
                 "Eintritt: 01.12.2026", "Jahresbruttogehalt: 54.000 EUR",
                 "Rueckgabe unterschrieben bis 19.10.2026"])],
))

assert len(MESSAGES) == 31, len(MESSAGES)
