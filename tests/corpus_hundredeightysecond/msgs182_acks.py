"""Corpus 182: application acknowledgements (21) and offers (10)."""

from __future__ import annotations

from msgs182_common import (
    CANDIDATE_ADDR,
    SIG_FR,
    ats_card,
    mso,
    outlook_html,
    reply,
)

ACK = "application_received"
OFF = "offer"

LUCIA = ("Lucía Restrepo Gaviria", "lucia.restrepo@pagaloya.example.co")
MARIANA = ("Mariana Zuluaga", "mariana.zuluaga@talentomontana.example.com.co")
MEGAN = ("Megan Holt", "megan.holt@lonestarledger.example.com")
GENEVIEVE = ("Geneviève Tremblay", "genevieve@studioplateau.example.ca")

MESSAGES: list[dict] = [
    # ================================================================== application_received
    # ---------------------------------------------------------------- es 1: Greenhouse
    dict(
        kind=ACK, slug="pagaloya_greenhouse_ack", lang="es", company="Pagaloya", contact="",
        frm=("Pagaloya", "no-reply@us.greenhouse-mail.io"), key="pagaloya-ack",
        subject="Gracias por postularte a Pagaloya", date="2026-02-03 22:14 +0000",
        headers=[("Auto-Submitted", "auto-generated")],
        alt=True,
        html=ats_card(
            "Pagaloya", "#14b8a6",
            "<p>Hola Camila,</p>\n"
            "<p>Recibimos tu postulación para <b>UX Writer</b> en Medellín. ¡Gracias por "
            "querer construir con nosotros la forma más simple de pagar en Colombia!</p>\n"
            "<p>Nuestro equipo revisará tu perfil en las próximas dos semanas. Si avanzas, una "
            "persona del equipo de talento te escribirá directamente.</p>\n"
            "<p>Equipo de Talento · Pagaloya</p>",
            "Pagaloya · Medellín, Colombia · Este correo fue enviado desde una dirección que no "
            "recibe respuestas. Powered by Greenhouse.",
        ),
    ),
    # ---------------------------------------------------------------- es 2: cannot reply to all
    dict(
        kind=ACK, slug="cuantica_cannot_reply_everyone", lang="es",
        company="Cuántica Software", contact="",
        frm=("Cuántica Software", "no-reply@teamtailor-mail.com"), key="cuantica-ack",
        subject="Recibimos tu postulación: UX Writer Jr.", date="2026-02-02 13:55 +0000",
        cte="b64",
        text=(
            "¡Hola Camila!\n\n"
            "Gracias por postularte a UX Writer Jr. en Cuántica Software. Tu información llegó "
            "bien y ya está en manos del equipo.\n\n"
            "Recibimos muchas postulaciones y, lamentablemente, no podemos responder de forma "
            "individual a cada una. Si tu perfil avanza, te contactaremos en un plazo de tres "
            "semanas.\n\n"
            "Mientras tanto, puedes conocer más de nosotros en cuantica.example.co/cultura.\n\n"
            "Equipo de Personas\n"
            "Cuántica Software\n"
        ),
    ),
    # ---------------------------------------------------------------- es 3: agency registration
    dict(
        kind=ACK, slug="talento_montana_registro", lang="es", company="Talento Montaña",
        contact="", frm=("Talento Montaña", "no-responder@talentomontana.example.com.co"),
        name_enc=("utf-8", "B"), key="montana-reg",
        subject="Bienvenida a Talento Montaña: tu registro quedó completo",
        date="2026-01-12 08:03 -0500",
        cte="qp", alt=True,
        html=(
            '<html><body style="font-family:Trebuchet MS,sans-serif;color:#1e3a2f">\n'
            '<h2 style="color:#2f6b4f">¡Hola, Camila!</h2>\n'
            "<p>Tu registro en nuestra bolsa de talento quedó completo. Recibimos tu hoja de "
            "vida y tu portafolio de escritura UX.</p>\n"
            "<p>Una consultora de nuestro equipo de Medellín revisará tu perfil y, si hay "
            "vacantes de clientes que encajen, te contactará por teléfono o por correo.</p>\n"
            "<p>Recuerda mantener tus datos actualizados desde tu "
            '<a href="https://talentomontana.example.com.co/mi-perfil">perfil</a>.</p>\n'
            "<p>Talento Montaña · Selección y servicios temporales<br>Cl. 10 #42-28, Of. 503, "
            "Medellín</p>\n"
            '<p style="font-size:10px;color:#888">Mensaje automático, por favor no respondas a '
            "este correo.</p>\n</body></html>"
        ),
    ),
    # ---------------------------------------------------------------- es 4: Workable
    dict(
        kind=ACK, slug="monedita_workable_ack", lang="es", company="Monedita", contact="",
        frm=("Monedita", "noreply@workablemail.com"), key="monedita-ack",
        subject="Monedita - Recibimos tu solicitud para UX Writer",
        date="2026-05-11 03:20 +0000",
        text=(
            "Hola Camila,\n\n"
            "¡Gracias por tu interés en Monedita! Confirmamos que recibimos tu solicitud para "
            "UX Writer (Ciudad de México, híbrido).\n\n"
            "Estamos revisando los perfiles y te escribiremos si hay una coincidencia. Puedes "
            "consultar el estado de tu solicitud en cualquier momento en tu portal de "
            "candidato.\n\n"
            "Saludos,\n"
            "El equipo de Monedita\n\n"
            "--\n"
            "Enviado por Workable. No respondas a este mensaje.\n"
        ),
    ),
    # ---------------------------------------------------------------- es 5: SmartRecruiters latin1
    dict(
        kind=ACK, slug="valle_credito_smartrecruiters_latin1", lang="es",
        company="Valle Crédito", contact="", key="valle-ack",
        frm=("Valle Crédito", "noreply@smartrecruiters.com"), name_enc=("iso-8859-1", "Q"),
        subject="Confirmación de postulación - Redactor(a) de Contenidos Digitales",
        headers=[("Auto-Submitted", "auto-generated"),
                 ("List-Unsubscribe", "<mailto:unsubscribe@smartrecruiters.com?subject=cfh182>")],
        subj_enc=("iso-8859-1", "Q"),
        date="2026-01-14 19:42 +0000",
        charset="iso-8859-1", cte="qp",
        text=(
            "Hola Camila:\n\n"
            "Gracias por postularte al cargo Redactor(a) de Contenidos Digitales en Cali. "
            "Hemos recibido tu información correctamente.\n\n"
            "Nuestro equipo de Selección revisará tu perfil y, si cumple con los requisitos, "
            "te informaremos sobre las siguientes etapas por este medio.\n\n"
            "Selección y Desarrollo - Valle Crédito\n"
        ),
    ),
    # ---------------------------------------------------------------- es 6: SuccessFactors
    dict(
        kind=ACK, slug="andina_successfactors_ack", lang="es", company="Andina Telecom",
        contact="", frm=("Andina Telecom", "noreply@successfactors.eu"), key="andina-ack",
        subject="Andina Telecom: solicitud recibida (Ref. 51907)",
        date="2026-08-03 15:10 +0200",
        html=(
            '<html><body style="font-family:Arial;font-size:12px">\n'
            '<table width="100%"><tr><td style="background:#003a70;color:#fff;padding:10px;'
            'font-size:15px">Andina Telecom · Portal de Empleo</td></tr><tr><td>\n'
            "<p>Estimada Camila Fitzgerald-Huamán:</p>\n"
            "<p>Su solicitud para el puesto <b>UX Writer Sr. (Ref. 51907)</b> se ha recibido "
            "correctamente el 03/08/2026.</p>\n"
            "<p>Puede seguir el estado de su solicitud en el portal de empleo.</p>\n"
            "<p>Atentamente,<br>Gestión del Talento<br>Andina Telecom</p>\n"
            "</td></tr></table></body></html>"
        ),
    ),
    # ---------------------------------------------------------------- es 7: Workday Spain
    dict(
        kind=ACK, slug="banco_almendro_workday_ack", lang="es", company="Banco Almendro",
        contact="", frm=("Banco Almendro", "bancoalmendro@myworkday.com"),
        key="almendro-ack",
        subject="Hemos recibido su candidatura – UX Writer – Banca Digital",
        date="2026-03-10 09:01 +0000",
        alt=True, cte="qp",
        html=(
            "<html><body style=\"font-family:'Segoe UI',Arial,sans-serif;font-size:14px\">\n"
            '<div style="border-bottom:3px solid #8a1538;padding:8px 0;font-size:18px">'
            "<b>Banco Almendro</b> · Talento</div>\n"
            "<p>Estimada Sra. Fitzgerald-Huamán:</p>\n"
            "<p>Gracias por presentar su candidatura a <b>UX Writer – Banca Digital "
            "(R-11873)</b>. La hemos recibido correctamente.</p>\n"
            "<p>Nuestro equipo de selección la revisará y se pondrá en contacto con usted si su "
            "perfil encaja con los requisitos del puesto.</p>\n"
            "<p>Un cordial saludo,<br>Dirección de Personas</p>\n"
            "</body></html>"
        ),
    ),
    # ---------------------------------------------------------------- es 8: agency talent pool
    dict(
        kind=ACK, slug="jacaranda_cv_recibido", lang="es", company="Grupo Jacaranda",
        contact="rodrigo.salinas@jacarandatalento.example.mx",
        frm=("Rodrigo Salinas | Grupo Jacaranda", "rodrigo.salinas@jacarandatalento.example.mx"),
        key="jacaranda-ack",
        subject="Recibí tu CV - Grupo Jacaranda Talento", date="2026-04-06 09:45 -0600",
        text=(
            "Hola Camila, buen día.\n\n"
            "Te confirmo que recibí tu CV y tu portafolio, y ya te di de alta en nuestra bolsa "
            "de talento para posiciones de contenido y UX en Ciudad de México.\n\n"
            "Por lo pronto no tengo una vacante específica para ti, pero varios de nuestros "
            "clientes del sector financiero buscan perfiles como el tuyo con frecuencia.\n\n"
            "Saludos cordiales,\n"
            "Rodrigo Salinas\n"
            "Consultor Senior · Grupo Jacaranda Talento\n"
            "+52 55 5555 0193\n"
        ),
    ),
    # ---------------------------------------------------------------- es 9: human "got your CV"
    dict(
        kind=ACK, slug="letra_clara_recibimos_cv", lang="es", company="Letra Clara Estudio",
        contact="daniela@letraclara.example.co",
        frm=("Daniela Posada", "daniela@letraclara.example.co"), key="letraclara-ack",
        parents=["letraclara-app"],
        subject="Re: Postulación UX Writer - Camila Fitzgerald-Huamán",
        date="2026-01-06 09:20 -0500",
        cte="8bit",
        text=(
            "¡Hola Camila! Recibimos tu CV y el portafolio, gracias. Esta semana estamos "
            "cerrando un proyecto, así que lo reviso con calma la próxima y te cuento.\n\n"
            "Daniela\n\n"
            + reply("es", "lun, 5 ene 2026 a las 21:10", "Camila Fitzgerald-Huamán",
                    CANDIDATE_ADDR,
                    "Hola Daniela,\n\nTe escribo por la vacante de UX Writer que publicaron en "
                    "su Instagram. Adjunto mi hoja de vida y el enlace a mi portafolio.\n\n"
                    "¡Gracias!\nCamila")
            + "\n"
        ),
    ),
    # ---------------------------------------------------------------- es 10: Ashby
    dict(
        kind=ACK, slug="mandao_ashby_ack", lang="es", company="Mandao", contact="",
        frm=("Mandao", "no-reply@ashbyhq.com"), key="mandao-ack",
        subject="¡Gracias por tu interés en Mandao!", subj_enc=("utf-8", "B"),
        date="2026-03-03 01:12 +0000",
        html=ats_card(
            "Mandao", "#e11d48",
            "<p>Hola Camila,</p>\n"
            "<p>Tu aplicación a <b>UX Writer</b> llegó a nuestro equipo. Nos tomamos en serio "
            "cada postulación y la revisamos con cuidado.</p>\n"
            "<p>Te escribiremos en cuanto tengamos novedades.</p>\n"
            "<p>— Equipo de Talento de Mandao</p>",
            "Mandao · Bogotá · Enviado con Ashby",
        ),
    ),
    # ---------------------------------------------------------------- en 11: Lever
    dict(
        kind=ACK, slug="maplepay_lever_ack", lang="en", company="Maplepay", contact="",
        frm=("Maplepay", "no-reply@hire.lever.co"), key="maplepay-ack",
        subject="Thanks for applying to Maplepay", date="2026-03-16 02:44 +0000",
        text=(
            "Hi Camila,\n\n"
            "Thank you for applying for the UX Writer, Payments position at Maplepay. We've "
            "received your application and our team will review it shortly.\n\n"
            "If your experience is a match, a member of our Talent team will be in touch.\n\n"
            "Maplepay Talent Team\n"
            "Toronto, Canada\n"
        ),
        html=(
            '<div style="font-family:Helvetica,Arial,sans-serif;font-size:14px">\n'
            "<p>Hi Camila,</p>\n"
            "<p>Thank you for applying for the UX Writer, Payments position at Maplepay. We've "
            "received your application and our team will review it shortly.</p>\n"
            "<p>If your experience is a match, a member of our Talent team will be in touch.</p>\n"
            "<p>Maplepay Talent Team<br>Toronto, Canada</p>\n</div>"
        ),
    ),
    # ---------------------------------------------------------------- en 12: Greenhouse, volume
    dict(
        kind=ACK, slug="lonestar_greenhouse_high_volume", lang="en",
        company="Lonestar Ledger", contact="",
        frm=("Lonestar Ledger", "no-reply@us.greenhouse-mail.io"), key="lonestar-ack",
        subject="We received your application - Content Designer",
        date="2026-07-01 18:03 +0000",
        alt=True,
        html=ats_card(
            "Lonestar Ledger", "#b91c1c",
            "<p>Hi Camila,</p>\n"
            "<p>Thanks for applying to the <b>Content Designer</b> role at Lonestar Ledger. "
            "Your application is in, and our recruiting team will review it.</p>\n"
            "<p>Unfortunately, due to the high volume of applications we receive, we're not "
            "able to respond to every applicant individually. If your background matches what "
            "the team needs, we'll reach out within two weeks.</p>\n"
            "<p>Thanks again,<br>Lonestar Ledger Recruiting</p>",
            "Lonestar Ledger · 500 W 2nd St, Austin, TX · Powered by Greenhouse",
        ),
    ),
    # ---------------------------------------------------------------- en 13: iCIMS
    dict(
        kind=ACK, slug="bluebonnet_icims_ack", lang="en", company="Bluebonnet Labs",
        contact="", frm=("Bluebonnet Labs Talent Acquisition",
                         "bluebonnetlabs@talent.icims.com"),
        key="bluebonnet-ack",
        subject="Thank you for applying: Content Designer I (Req #2026-0311)",
        date="2026-02-02 20:30 -0600",
        text=(
            "Dear Camila,\n\n"
            "Thank you for submitting your application for Content Designer I "
            "(Req #2026-0311). This message confirms that we have received it.\n\n"
            "Our team reviews every application and will contact qualified candidates to "
            "discuss next steps.\n\n"
            "Sincerely,\n"
            "Talent Acquisition, Bluebonnet Labs\n\n"
            "Please do not reply to this email.\n"
        ),
    ),
    # ---------------------------------------------------------------- en 14: Workday
    dict(
        kind=ACK, slug="northline_workday_ack", lang="en", company="Northline Telecom",
        contact="", frm=("Northline Telecom Careers", "northline@myworkday.com"),
        key="northline-ack",
        subject="Application received: Content Designer (R-20417)",
        headers=[("Auto-Submitted", "auto-generated")],
        date="2026-05-12 16:48 +0000",
        html=ats_card(
            "Northline Telecom", "#1d4ed8",
            "<p>Hello Camila,</p>\n"
            "<p>Thank you for applying to <b>Content Designer (R-20417)</b>. We have received "
            "your application.</p>\n"
            "<p>You can check your status anytime from the Candidate Home page.</p>",
            "Northline Telecom, 25 York St, Toronto ON. This message was sent from an unmonitored "
            "address.",
            button=("Candidate Home", "https://northline.wd3.myworkdayjobs.com/candidate-home"),
        ),
    ),
    # ---------------------------------------------------------------- en 15: staffing, got your CV
    dict(
        kind=ACK, slug="barton_creek_got_your_cv", lang="en",
        company="Barton Creek Staffing", contact="tyler.nguyen@bartoncreek.example.com",
        frm=("Barton Creek Staffing", "noreply@bartoncreek.example.com"), key="barton-ack",
        reply_to=("Tyler Nguyen", "tyler.nguyen@bartoncreek.example.com"),
        subject="Got your resume - Barton Creek Staffing", date="2026-06-08 10:15 -0500",
        text=(
            "Hi Camila,\n\n"
            "We've received your CV - thanks for registering with Barton Creek Staffing. I'm "
            "the recruiter who covers content and UX roles, so I'll be your point of contact.\n\n"
            "I'll review your profile this week and flag you for anything that fits, including "
            "remote contracts.\n\n"
            "Tyler Nguyen\n"
            "Senior Recruiter | Barton Creek Staffing\n"
            "512-555-0178 | 3800 N Lamar Blvd, Austin TX\n"
        ),
    ),
    # ---------------------------------------------------------------- en 16: Taleo
    dict(
        kind=ACK, slug="pecan_street_taleo_ack", lang="en",
        company="Pecan Street Credit Union", contact="",
        frm=("Pecan Street Credit Union Careers", "pecanstreetcu@taleo.net"),
        key="pecan-ack",
        subject="Your application for Member Communications Writer has been received",
        date="2026-03-02 08:22 -0600",
        cte="qp",
        text=(
            "Dear Camila Fitzgerald-Huamán,\n\n"
            "Thank you for your interest in Pecan Street Credit Union. Your application for "
            "Member Communications Writer (Job ID 4471) has been received.\n\n"
            "A member of our Human Resources team will review your qualifications. If your "
            "background matches our needs, we will contact you.\n\n"
            "Human Resources\n"
            "Pecan Street Credit Union\n\n"
            "Pecan Street Credit Union is an Equal Opportunity Employer.\n"
        ),
    ),
    # ---------------------------------------------------------------- fr 17: BambooHR
    dict(
        kind=ACK, slug="paiements_mr_bamboohr_accuse", lang="fr",
        company="Paiements Mont-Royal", contact="",
        frm=("Paiements Mont-Royal", "notifications@app.bamboohr.com"), key="pmr-ack",
        subject="Accusé de réception – Rédactrice de contenu produit",
        date="2026-07-06 12:00 -0400",
        alt=True,
        html=ats_card(
            "Paiements Mont-Royal", "#be123c",
            "<p>Bonjour Camila,</p>\n"
            "<p>Nous avons bien reçu votre candidature au poste de <b>rédactrice de contenu "
            "produit</b>. Merci de l'intérêt que vous portez à notre équipe.</p>\n"
            "<p>Nous communiquerons avec vous si votre profil est retenu pour la suite du "
            "processus.</p>",
            "Paiements Mont-Royal · Montréal (Québec) · Envoyé avec BambooHR",
        ),
    ),
    # ---------------------------------------------------------------- fr 18: Taleo latin1
    dict(
        kind=ACK, slug="banque_erable_taleo_accuse", lang="fr", company="Banque Érable",
        contact="", frm=("Banque Érable - Carrières", "banqueerable@taleo.net"),
        name_enc=("iso-8859-1", "Q"), key="erable-ack",
        subject="Banque Érable : confirmation de votre candidature (réf. 26-0388)",
        subj_enc=("iso-8859-1", "Q"),
        date="2026-02-23 14:30 -0500",
        charset="iso-8859-1", cte="qp",
        text=(
            "Madame,\n\n"
            "Nous accusons réception de votre candidature au poste de Rédactrice UX "
            "(réf. 26-0388).\n\n"
            "Notre équipe d'acquisition de talents étudiera votre dossier avec attention. "
            "Seules les personnes retenues pour une entrevue seront contactées ; nous vous "
            "remercions de votre compréhension.\n\n"
            "Acquisition de talents\n"
            "Banque Érable\n"
        ),
    ),
    # ---------------------------------------------------------------- de 19: Personio
    dict(
        kind=ACK, slug="kiezpay_personio_eingang", lang="de", company="Kiezpay", contact="",
        frm=("Kiezpay Recruiting", "kiezpay-jobs@personio.de"), key="kiezpay-ack",
        subject="Eingangsbestätigung Ihrer Bewerbung – UX Writer (m/w/d)",
        date="2026-04-02 09:12 +0200",
        cte="qp",
        text=(
            "Liebe Camila,\n\n"
            "vielen Dank für Ihre Bewerbung als UX Writer (m/w/d) bei Kiezpay. Hiermit "
            "bestätigen wir den Eingang Ihrer Unterlagen.\n\n"
            "Wir sehen uns Ihre Bewerbung in Ruhe an und melden uns innerhalb von zwei Wochen "
            "bei Ihnen.\n\n"
            "Viele Grüße\n"
            "Ihr Kiezpay Recruiting-Team\n\n"
            "Kiezpay GmbH · Oranienstraße 185 · 10999 Berlin\n"
        ),
    ),
    # ---------------------------------------------------------------- de 20: softgarden
    dict(
        kind=ACK, slug="spreebank_softgarden_eingang", lang="de", company="Spreebank",
        contact="", frm=("Spreebank Recruiting", "noreply@softgarden.io"),
        key="spreebank-ack",
        subject="Vielen Dank für Ihre Bewerbung bei der Spreebank",
        date="2026-01-19 17:05 +0100",
        alt=True,
        html=ats_card(
            "Spreebank", "#0e7490",
            "<p>Sehr geehrte Frau Fitzgerald-Huamán,</p>\n"
            "<p>vielen Dank für Ihre Bewerbung als <b>UX Writer (m/w/d)</b>. Ihre Unterlagen "
            "sind vollständig bei uns eingegangen.</p>\n"
            "<p>Wir prüfen Ihre Bewerbung sorgfältig und kommen so schnell wie möglich auf Sie "
            "zu.</p>\n"
            "<p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team der Spreebank</p>",
            "Spreebank AG · Friedrichstraße 76 · 10117 Berlin · Versendet über softgarden",
        ),
    ),
    # ---------------------------------------------------------------- de 21: agency registration
    dict(
        kind=ACK, slug="personalfeld_registrierung", lang="de", company="Personalfeld",
        contact="markus.vogel@personalfeld.example.de",
        frm=("Markus Vogel", "markus.vogel@personalfeld.example.de"),
        key="personalfeld-ack",
        subject="Ihre Registrierung bei Personalfeld", date="2026-04-20 11:30 +0200",
        cte="8bit",
        text=(
            "Hallo Frau Fitzgerald-Huamán,\n\n"
            "danke für Ihre Registrierung bei Personalfeld. Ihren Lebenslauf und Ihr Portfolio "
            "haben wir erhalten und in unserem Kandidatenpool angelegt.\n\n"
            "Ich betreue den Bereich Content & UX und schaue mir Ihr Profil in den nächsten "
            "Tagen genauer an. Gibt es Städte außer Berlin, die für Sie in Frage kommen?\n\n"
            "Anbei finden Sie unsere Datenschutzhinweise für Bewerbende.\n\n"
            "Viele Grüße\n"
            "Markus Vogel\n"
            "Personalberater – Personalfeld GmbH\n"
            "Torstraße 140 · 10119 Berlin · Tel. +49 30 5555 8120\n"
        ),
        pdf=[dict(
            name="Datenschutzhinweise_Bewerbende.pdf",
            title="Personalfeld - Datenschutzhinweise für Bewerbende",
            lines=["Verantwortlich: Personalfeld, Torstraße 140, 10119 Berlin",
                   "Zweck: Vermittlung in Arbeitsverhältnisse (Art. 6 Abs. 1 lit. b DSGVO)",
                   "Speicherdauer: 24 Monate nach letztem Kontakt"],
        )],
    ),
    # ================================================================== offer
    # ---------------------------------------------------------------- es 1: formal offer, PDF
    dict(
        kind=OFF, slug="pagaloya_carta_oferta_pdf", lang="es", company="Pagaloya",
        contact=LUCIA[1], frm=LUCIA, key="pagaloya-offer",
        parents=["pagaloya-invite", "pagaloya-move"],
        subject="¡Oferta laboral! UX Writer - Pagaloya", subj_enc=("utf-8", "B"),
        date="2026-03-02 16:20 -0500",
        cte="qp",
        text=(
            "Hola Camila,\n\n"
            "¡Tengo la alegría de contarte que queremos que te unas a Pagaloya como UX Writer!\n\n"
            "Te adjunto la carta oferta con las condiciones: contrato a término indefinido, "
            "salario mensual de COP 6.800.000, modalidad híbrida (martes y jueves en la oficina "
            "de Provenza) y fecha de inicio propuesta el lunes 6 de abril.\n\n"
            "Tienes hasta el viernes 6 de marzo para revisarla. Si quieres, agendamos una "
            "llamada para resolver dudas.\n\n"
            "¡Un abrazo grande!\n"
            "Lucía Restrepo Gaviria\n"
            "Talent Partner | Pagaloya\n"
            "Cra. 37 #8A-32, Provenza, Medellín\n"
        ),
        pdf=[dict(
            name="Carta_oferta_Pagaloya_Camila_Fitzgerald-Huamán.pdf",
            title="Pagaloya - Carta oferta",
            lines=["Medellín, 2 de marzo de 2026", "", "Señora Camila Fitzgerald-Huamán",
                   "Cargo: UX Writer", "Tipo de contrato: término indefinido",
                   "Salario mensual: COP 6.800.000", "Fecha de inicio: 6 de abril de 2026",
                   "Modalidad: híbrida (Medellín)", "", "Lucía Restrepo Gaviria, Talent Partner"],
        )],
    ),
    # ---------------------------------------------------------------- es 2: agency, client offer
    dict(
        kind=OFF, slug="talento_montana_fondo_ceiba_offer", lang="es", company="Fondo Ceiba",
        contact=MARIANA[1], frm=MARIANA, parents=["montana-reg"],
        subject="¡El cliente quiere hacerte una oferta! (Fondo Ceiba)",
        date="2026-04-22 18:05 -0500",
        text=(
            "¡Cami!\n\n"
            "Te tengo noticias buenísimas: Fondo Ceiba quiere hacerte una oferta para el cargo "
            "de Redactora de Experiencia Digital. Salario de COP 6.200.000, contrato a un año "
            "con posibilidad de pasar a indefinido, trabajo remoto con una visita mensual a la "
            "sede de Ciudad del Río.\n\n"
            "Me pidieron que te lo comentara antes de enviarte la carta formal. ¿Te llamo "
            "mañana a las 8:00 a.m. para contarte los detalles y ver si negociamos algo?\n\n"
            "Te adjunto el correo de Carolina tal cual me llegó.\n\n"
            "Mariana Zuluaga\n"
            "Consultora de Selección | Talento Montaña\n"
            "Cel. +57 310 555 7721\n"
        ),
        rfc822=dict(
            frm=("Carolina Vélez", "carolina.velez@fondoceiba.example.com.co"),
            to=[MARIANA], subject="Oferta - Redactora de Experiencia Digital",
            date="2026-04-22 17:30 -0500", cte="qp", filename="Oferta Fondo Ceiba.eml",
            text=(
                "Mariana, buenas tardes:\n\n"
                "Después de la segunda entrevista, el comité aprobó presentarle oferta a Camila "
                "Fitzgerald-Huamán para el cargo de Redactora de Experiencia Digital, con las "
                "condiciones que conversamos (COP 6.200.000, contrato a un año, remoto). Por "
                "favor coméntale y nos confirmas para emitir la carta.\n\n"
                "Carolina Vélez\n"
                "Jefe de Gestión Humana · Fondo Ceiba\n"
                "Cra. 48 #20-114, Ciudad del Río, Medellín\n"
            ),
        ),
        html=outlook_html(mso(
            "¡Cami!\n"
            "\n"
            "Te tengo noticias buenísimas: Fondo Ceiba quiere hacerte una oferta para el cargo "
            "de Redactora de Experiencia Digital. Salario de COP 6.200.000, contrato a un año "
            "con posibilidad de pasar a indefinido, trabajo remoto con una visita mensual a la "
            "sede de Ciudad del Río.\n"
            "\n"
            "Me pidieron que te lo comentara antes de enviarte la carta formal. ¿Te llamo "
            "mañana a las 8:00 a.m. para contarte los detalles y ver si negociamos algo?\n"
            "\n"
            "Te adjunto el correo de Carolina tal cual me llegó.\n"
            "\n"
            "Mariana Zuluaga\n"
            "Consultora de Selección | Talento Montaña\n"
            "Cel. +57 310 555 7721"
        )),
    ),
    # ---------------------------------------------------------------- es 3: verbal offer follow-up
    dict(
        kind=OFF, slug="tejido_digital_verbal_followup", lang="es", company="Tejido Digital",
        contact="camilo.lozano@tejidodigital.example.com.co",
        frm=("Camilo Lozano", "camilo.lozano@tejidodigital.example.com.co"),
        parents=["tejido-trial"],
        subject="Lo que hablamos por teléfono", subj_enc=("windows-1252", "B"),
        date="2026-08-03 19:22 -0500",
        charset="windows-1252", cte="qp",
        text=(
            "Hola Camila:\n\n"
            "Como te dije hoy por teléfono, después del día de prueba el equipo quedó "
            "encantado y queremos que te unas a Tejido Digital como UX Writer.\n\n"
            "Te dejo por escrito lo que conversamos:\n"
            "– Salario: COP 5.900.000 mensuales\n"
            "– Contrato a término indefinido, remoto desde Medellín, una semana al trimestre en "
            "Cali (pagamos viaje y hospedaje)\n"
            "– Inicio: 1 de septiembre\n\n"
            "Gestión Humana te manda el contrato esta semana. Cualquier duda, me escribes.\n\n"
            "Camilo Lozano\n"
            "Head of Content · Tejido Digital\n"
        ),
    ),
    # ---------------------------------------------------------------- es 4: contract to sign
    dict(
        kind=OFF, slug="bosque_creativo_contrato_firma", lang="es", company="Bosque Creativo",
        contact="julian.rojas@bosquecreativo.example.co",
        frm=("Julián Rojas", "julian.rojas@bosquecreativo.example.co"),
        parents=["bosque-invite"],
        subject="Contrato para firma - Redactora UX",
        date="2026-06-26 11:40 -0500",
        cte="b64",
        text=(
            "Camila, ¡bienvenida a la manada!\n\n"
            "Te adjunto el contrato de prestación de servicios como Redactora UX (seis meses, "
            "COP 7.000.000 mensuales, 100 % remoto) para que lo revises y lo firmes. Cuando lo "
            "tengas firmado, me lo devuelves escaneado por este mismo hilo.\n\n"
            "Arrancamos el 13 de julio si te parece.\n\n"
            "Julián\n"
            "Director Creativo · Bosque Creativo\n"
            "Cl. 69 #5-40, Chapinero, Bogotá\n"
        ),
        pdf=[dict(
            name="Contrato_prestacion_servicios_Bosque_Creativo.pdf",
            title="Contrato de prestación de servicios",
            lines=["Contratante: Bosque Creativo", "Contratista: Camila Fitzgerald-Huamán",
                   "Objeto: servicios de redacción UX", "Duración: seis (6) meses",
                   "Honorarios: COP 7.000.000 mensuales", "Inicio: 13 de julio de 2026",
                   "", "Firma contratista: ____________________"],
        )],
    ),
    # ---------------------------------------------------------------- es 5: formal offer, Outlook
    dict(
        kind=OFF, slug="andina_carta_oferta_outlook_pdf", lang="es", company="Andina Telecom",
        contact="paola.mendez@andinatelecom.example.com.co",
        frm=("Paola Méndez", "paola.mendez@andinatelecom.example.com.co"),
        parents=["andina-panel", "andina-move"],
        subject="Propuesta laboral - UX Writer Sr. (Ref. 51907)",
        date="2026-09-08 10:15 -0500",
        cte="qp",
        html=outlook_html(mso(
            "Buenos días, Camila:\n"
            "\n"
            "Es un gusto para Andina Telecom presentarte nuestra propuesta laboral para el "
            "cargo UX Writer Sr. El panel quedó muy satisfecho con tu presentación.\n"
            "\n"
            "En el documento adjunto encontrarás las condiciones: salario integral de COP "
            "9.500.000, contrato a término indefinido, esquema híbrido en Bogotá y apoyo de "
            "reubicación desde Medellín.\n"
            "\n"
            "Te agradecemos enviarnos tu respuesta a más tardar el 15 de septiembre.\n"
            "\n"
            "Cordialmente,\n"
            "Paola Méndez\n"
            "Analista de Atracción de Talento | Andina Telecom\n"
            "Calle 100 #7-33, Torre 1, Bogotá D.C.\n"
            "\n"
            "La información contenida en este correo es confidencial y de uso exclusivo del "
            "destinatario."
        )),
        pdf=[dict(
            name="Propuesta_laboral_Andina_51907.pdf", title="Andina Telecom - Propuesta laboral",
            lines=["Bogotá D.C., 8 de septiembre de 2026", "Cargo: UX Writer Sr.",
                   "Salario integral: COP 9.500.000", "Contrato: término indefinido",
                   "Apoyo de reubicación: COP 4.000.000 (pago único)",
                   "Respuesta antes del 15 de septiembre de 2026"],
        )],
    ),
    # ---------------------------------------------------------------- en 6: verbal follow-up
    dict(
        kind=OFF, slug="lonestar_verbal_offer_followup", lang="en",
        company="Lonestar Ledger", contact=MEGAN[1], frm=MEGAN, key="lonestar-verbal",
        parents=["lonestar-panel", "lonestar-move", "lonestar-thanks"],
        subject="Following up on our call - offer details",
        date="2026-07-30 15:48 -0500",
        text=(
            "Hi Camila,\n\n"
            "It was such a pleasure to share the news on the phone earlier! As promised, here's "
            "a summary of the offer for the Content Designer role:\n\n"
            "- Base salary: USD 92,000\n"
            "- Sign-on bonus: USD 5,000\n"
            "- Relocation package to Austin, including visa sponsorship (TN is not an option, so "
            "our immigration counsel will walk you through H-1B alternatives)\n"
            "- Start date: flexible, ideally early October\n\n"
            "The formal offer letter will come through for e-signature in the next few days. "
            "Let me know if any questions come up in the meantime.\n\n"
            "Megan Holt\n"
            "Senior Recruiter | Lonestar Ledger\n"
            "500 W 2nd St, Austin, TX 78701\n"
        ),
    ),
    # ---------------------------------------------------------------- en 7: offer letter to sign
    dict(
        kind=OFF, slug="lonestar_offer_letter_signature_pdf", lang="en",
        company="Lonestar Ledger", contact=MEGAN[1], frm=MEGAN,
        parents=["lonestar-verbal"],
        subject="Your offer letter from Lonestar Ledger - please sign by Aug 11",
        date="2026-08-04 11:02 -0500",
        text=(
            "Hi Camila,\n\n"
            "Attached is your formal offer letter for the Content Designer position. Please "
            "review, sign and return it by Tuesday, August 11. Once we have it back, our "
            "immigration team will start on the paperwork.\n\n"
            "Congratulations again - everyone on the panel is excited.\n\n"
            "Megan\n\n"
            + reply("en", "Thu, Jul 30, 2026 at 3:48 PM", MEGAN[0], MEGAN[1],
                    "Hi Camila,\n\nIt was such a pleasure to share the news on the phone "
                    "earlier! As promised, here's a summary of the offer for the Content "
                    "Designer role: ...")
            + "\n"
        ),
        pdf=[dict(
            name="Lonestar_Ledger_Offer_Letter_CFH.pdf", title="Lonestar Ledger - Offer Letter",
            lines=["August 4, 2026", "Dear Camila Fitzgerald-Huamán,",
                   "Position: Content Designer", "Base salary: USD 92,000 per year",
                   "Sign-on bonus: USD 5,000", "Please sign and return by August 11, 2026.",
                   "", "Signature: ____________________"],
        )],
    ),
    # ---------------------------------------------------------------- en 8: head-hunter offer
    dict(
        kind=OFF, slug="queen_west_lakeshore_offer", lang="en", company="Lakeshore Bank",
        contact="graham.peters@queenwestsearch.example.ca",
        frm=("Graham Peters", "graham.peters@queenwestsearch.example.ca"),
        parents=["queenwest-cold", "queenwest-invite"],
        subject="Lakeshore - good news",
        date="2026-09-02 17:12 -0400",
        text=(
            "Camila,\n\n"
            "Lakeshore Bank wants to make you an offer. Maureen called me an hour ago. Headline "
            "numbers: CAD 98,000 base, 10% target bonus, hybrid three days a week at their "
            "Bay Street office, and they'll support the work permit.\n\n"
            "They'll send the written offer once you've had a chance to talk it through with "
            "me. Free for a call tomorrow at 9?\n\n"
            "G.\n\n"
            "Graham Peters | Partner\n"
            "Queen West Search | 621 Queen St W, Toronto\n"
        ),
    ),
    # ---------------------------------------------------------------- fr 9: lettre d'offre PDF
    dict(
        kind=OFF, slug="studio_plateau_lettre_offre_pdf", lang="fr", company="Studio Plateau",
        contact=GENEVIEVE[1], frm=GENEVIEVE,
        parents=["plateau-invite", "plateau-move", "plateau-thanks"],
        subject="Offre d'emploi – Rédactrice UX au Studio Plateau",
        date="2026-06-19 13:40 -0400",
        cte="qp",
        text=(
            "Bonjour Camila,\n\n"
            "J'ai le grand plaisir de te proposer le poste de rédactrice UX au Studio Plateau! "
            "Tu trouveras ci-joint la lettre d'offre : salaire annuel de 68 000 $, quatre "
            "semaines de vacances, horaire flexible et accompagnement pour le permis de "
            "travail.\n\n"
            "Prends le temps de la lire; nous aimerions avoir ta réponse d'ici le 26 juin.\n\n"
            "À très bientôt, j'espère!\n"
            "Geneviève Tremblay\n"
            "Directrice des opérations | Studio Plateau\n\n"
            + reply("fr", "jeu. 11 juin 2026 à 18:02", "Camila Fitzgerald-Huamán",
                    CANDIDATE_ADDR,
                    "Bonjour Geneviève,\n\nMerci beaucoup pour l'entrevue d'aujourd'hui, "
                    "j'ai adoré discuter avec Félix et toi.\n\n" + SIG_FR)
            + "\n"
        ),
        pdf=[dict(
            name="Lettre_offre_Studio_Plateau.pdf", title="Studio Plateau - Lettre d'offre",
            lines=["Montréal, le 19 juin 2026", "Madame Camila Fitzgerald-Huamán",
                   "Poste : Rédactrice UX", "Salaire annuel : 68 000 $",
                   "Vacances : 4 semaines", "Réponse souhaitée avant le 26 juin 2026"],
        )],
    ),
    # ---------------------------------------------------------------- de 10: Angebot + Vertrag
    dict(
        kind=OFF, slug="wortwerk_angebot_vertrag_pdf", lang="de", company="Wortwerk",
        contact="lena.hoffmann@wortwerk.example.de",
        frm=("Lena Hoffmann", "lena.hoffmann@wortwerk.example.de"), parents=["wortwerk-trial"],
        subject="Unser Angebot für Sie – Arbeitsvertrag zur Unterschrift",
        subj_enc=("utf-8", "Q"),
        date="2026-10-16 16:25 +0200",
        cte="qp",
        text=(
            "Liebe Camila,\n\n"
            "der Probearbeitstag war großartig, und wir möchten Sie sehr gern im Team haben! "
            "Anbei erhalten Sie unseren Arbeitsvertrag als UX Writer (Englisch/Spanisch): "
            "unbefristet, 52.000 € brutto im Jahr, 30 Urlaubstage, Start am 1. Januar 2027 in "
            "Berlin.\n\n"
            "Bitte unterschreiben Sie beide Exemplare und schicken Sie uns einen Scan bis zum "
            "30. Oktober zurück. Für das Visum stellen wir Ihnen alle nötigen Unterlagen aus.\n\n"
            "Herzliche Grüße\n"
            "Lena Hoffmann\n"
            "Studio Lead, Wortwerk Agentur für UX Writing\n"
            "Lychener Str. 12, 10437 Berlin\n"
        ),
        pdf=[dict(
            name="Arbeitsvertrag_Wortwerk_Fitzgerald-Huaman.pdf",
            title="Wortwerk - Arbeitsvertrag",
            lines=["Arbeitnehmerin: Camila Fitzgerald-Huamán", "Position: UX Writer",
                   "Beginn: 1. Januar 2027", "Gehalt: 52.000 EUR brutto jährlich",
                   "Urlaub: 30 Arbeitstage", "", "Unterschrift: ____________________"],
        )],
    ),
]

