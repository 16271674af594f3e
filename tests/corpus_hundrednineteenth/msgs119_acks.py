"""Application acknowledgements and offers of the 119th corpus."""

from __future__ import annotations

from msgs119_common import ats_card, ats_table, outlook, pixel, quote, t2h, track

ACK = "application_received"
OFF = "offer"

SPECS: list[dict] = [
    # ============================ application received =====================================
    {
        "scenario": "workday_received", "kind": ACK, "lang": "es", "company": "Naviera Albufera", "contact": "",
        "frm": ("Naviera Albufera Talent Acquisition", "navieraalbufera@myworkday.com"),
        "subject": "Hemos recibido tu candidatura – R-00417", "date": "2026-02-02 19:12 +0000",
        "charset": "utf-8", "cte": "quoted-printable",
        "headers": [("Auto-Submitted", "auto-generated")],
        "html": ats_table(
            lang="es", logo_src="https://navieraalbufera.wd3.myworkday.com/logo.png",
            logo_alt="Naviera Albufera", accent="#003a70",
            pixel_base="https://email.myworkday.com/navieraalbufera",
            body=f"""<p>Hola Ingrid,</p>
<p>¡Gracias por postularte a <b>Técnico/a de Reporting de Sostenibilidad</b> (R-00417)! Tu candidatura se ha enviado correctamente.</p>
<p>Nuestro equipo revisará tu perfil y, si encaja con lo que buscamos, nos pondremos en contacto contigo para los siguientes pasos. Puedes consultar el estado de tu candidatura en cualquier momento desde tu cuenta:</p>
<p><a href="{track('https://email.myworkday.com/navieraalbufera', 'https://navieraalbufera.wd3.myworkday.com/es-ES/Careers/userHome')}" style="background:#003a70;color:#ffffff;padding:10px 18px;text-decoration:none;border-radius:3px">Ver mis candidaturas</a></p>
<p>Un saludo,<br>Talent Acquisition<br>Naviera Albufera</p>""",
            footer="""Por favor, no respondas a este correo: el buzón no está atendido.<br>
Naviera Albufera, S.A. · Muelle de la Aduana s/n · 46024 València"""),
    },
    {
        "scenario": "successfactors_four_weeks", "kind": ACK, "lang": "es", "company": "Energías del Levante",
        "contact": "",
        "frm": ("Energías del Levante | Empleo", "noreply@successfactors.eu"),
        "subject": "Confirmación de candidatura: Analista de Huella de Carbono",
        "date": "2026-03-03 21:40 +0100", "charset": "utf-8", "cte": "base64",
        "text": """Estimada Ingrid:

Le confirmamos que hemos recibido correctamente su candidatura a la posición Analista
de Huella de Carbono (ref. EDL-2026-031).

Debido al elevado número de solicitudes que recibimos, no nos es posible responder de
forma individual a cada candidatura. Si en el plazo de cuatro semanas no ha recibido
noticias nuestras, le rogamos que considere que su candidatura no ha prosperado en esta
ocasión.

Agradecemos sinceramente su interés en formar parte de Energías del Levante.

Atentamente,
Dirección de Personas y Cultura
Energías del Levante

---------------------------------------------------------------
Mensaje automático. No responda a esta dirección de correo.
Información sobre protección de datos: https://careers.energiaslevante.example.es/privacidad
""",
    },
    {
        "scenario": "job_board_sent_to_ngo", "kind": ACK, "lang": "es", "company": "Fundación Mar Neta",
        "contact": "",
        "frm": ("EmpleoVerde", "notificaciones@empleoverde.example.es"),
        "subject": "✅ Candidatura enviada: Técnico/a de proyectos de economía azul",
        "date": "2026-02-12 22:03 +0100", "charset": "utf-8", "cte": "quoted-printable",
        "headers": [("List-Unsubscribe", "<https://www.empleoverde.example.es/baja?u=8812>")],
        "html": ats_table(
            lang="es", logo_src="https://static.empleoverde.example.es/mail/logo.png",
            logo_alt="EmpleoVerde", accent="#3c9d4e",
            pixel_base="https://t.empleoverde.example.es",
            body=f"""<p style="font-size:18px;font-weight:bold">¡Tu candidatura se ha enviado!</p>
<p>Hola Ingrid, hemos enviado tu CV y tu carta de presentación a <b>Fundación Mar Neta</b> para la oferta:</p>
<table cellpadding="0" cellspacing="0" border="0" style="width:100%;border:1px solid #e3e3e3"><tr><td style="padding:12px">
<b>Técnico/a de proyectos de economía azul</b><br>Fundación Mar Neta · Barcelona · Jornada completa</td></tr></table>
<p>La entidad revisará tu candidatura y te avisaremos por aquí de cualquier novedad.</p>
<p><a href="{track('https://t.empleoverde.example.es', 'https://www.empleoverde.example.es/mis-candidaturas')}" style="color:#3c9d4e">Seguir el estado de mis candidaturas</a></p>""",
            footer="""Recibes este correo porque tienes una cuenta en EmpleoVerde. <a href="https://www.empleoverde.example.es/baja?u=8812" style="color:#888888">Gestionar notificaciones</a><br>
EmpleoVerde Plataforma de Empleo S.L. · C/ de Colón 60 · 46004 Valencia"""),
    },
    {
        "scenario": "public_register_receipt", "kind": ACK, "lang": "es",
        "company": "Institut Valencià de Transició Energètica", "contact": "",
        "frm": ("Registre Electrònic IVTE", "registro.noreply@ivte.example.es"),
        "subject": "Justificante de registro de entrada nº 2026/RE/004417",
        "date": "2026-05-29 13:22 +0200", "charset": "windows-1252", "cte": "quoted-printable",
        "text": """JUSTIFICANTE DE PRESENTACIÓN EN REGISTRO ELECTRÓNICO

Número de registro: 2026/RE/004417
Fecha y hora: 29/05/2026 13:21:58
Interesada: SOLHEIM-VARGAS, INGRID
Asunto: Solicitud de admisión – Bolsa de empleo temporal de Técnicos/as de Transición
Energética (Exp. 12/2026)
Documentos aportados: 4 (solicitud, CV, titulación, méritos)

Su solicitud ha sido registrada correctamente y será tramitada por la Unitat de
Personal. La relación provisional de personas admitidas y excluidas se publicará en el
tablón de anuncios de la sede electrónica.

Este justificante tiene plena validez a efectos del artículo 16 de la Ley 39/2015.
Mensaje generado automáticamente; no responda a este correo.

Institut Valencià de Transició Energètica
""",
    },
    {
        "scenario": "teamtailor_startup_emoji", "kind": ACK, "lang": "es", "company": "Carbonia Analytics",
        "contact": "",
        "frm": ("Carbonia Analytics", "no-reply@teamtailor-mail.com"),
        "subject": "¡Gracias por aplicar, Ingrid! 🌱", "date": "2026-03-17 23:48 +0000",
        "charset": "utf-8", "cte": "quoted-printable",
        "html": ats_card(
            brand="<img src=\"https://assets.teamtailor-cdn.com/carbonia/logo.png\" alt=\"Carbonia Analytics\" height=\"30\">",
            pixel_base="https://t.teamtailor-mail.com/carbonia",
            body="""<p>¡Hola Ingrid! 👋</p>
<p>Tu candidatura para <b>Analista ESG junior</b> nos ha llegado sana y salva. Gracias por pensar en Carbonia.</p>
<p>Somos un equipo pequeño y leemos todas las candidaturas una a una, así que danos un par de semanas. Pase lo que pase, te escribiremos.</p>
<p>Mientras tanto, puedes conocernos un poco mejor en nuestro <a href="https://carbonia.example.es/blog">blog</a> 🌍</p>
<p>¡Un abrazo!<br>El equipo de Carbonia Analytics</p>""",
            footer="Carbonia Analytics · Carrer de Sueca 12 · 46006 València · Enviado con Teamtailor · <a href=\"https://carbonia.teamtailor.com/privacy\" style=\"color:#8a8a8a\">Privacidad</a>"),
    },
    {
        "scenario": "smartrecruiters_alt", "kind": ACK, "lang": "es", "company": "Moll Nou Logistics",
        "contact": "",
        "frm": ("Moll Nou Logistics", "moll-nou-logistics@smartrecruiters.com"),
        "subject": "Gracias por tu candidatura a Moll Nou Logistics", "date": "2026-02-05 08:17 +0100",
        "charset": "utf-8", "cte": "quoted-printable",
        "text": """Hola Ingrid,

Gracias por tu interés en Moll Nou Logistics. Hemos recibido tu candidatura para el
puesto Administrativo/a de Operaciones con foco en sostenibilidad (Barcelona).

Revisaremos tu perfil detenidamente y, si tu experiencia encaja con lo que buscamos,
nos pondremos en contacto contigo.

Equipo de Recursos Humanos
Moll Nou Logistics

Este mensaje fue enviado por SmartRecruiters en nombre de Moll Nou Logistics. No respondas a este correo.
""",
        "html": ats_table(
            lang="es", logo_src="https://c.smartrecruiters.com/sr-company-logo/mollnou.png",
            logo_alt="Moll Nou Logistics", accent="#0f4c81",
            pixel_base="https://trk.smartrecruiters.com/mollnou",
            body="""<p>Hola Ingrid,</p>
<p>Gracias por tu interés en Moll Nou Logistics. Hemos recibido tu candidatura para el puesto <b>Administrativo/a de Operaciones con foco en sostenibilidad</b> (Barcelona).</p>
<p>Revisaremos tu perfil detenidamente y, si tu experiencia encaja con lo que buscamos, nos pondremos en contacto contigo.</p>
<p>Equipo de Recursos Humanos<br>Moll Nou Logistics</p>""",
            footer="Este mensaje fue enviado por SmartRecruiters en nombre de Moll Nou Logistics. No respondas a este correo."),
    },
    {
        "scenario": "family_firm_human_ack", "kind": ACK, "lang": "es", "company": "Transitarios Grau",
        "contact": "rosa@transitariosgrau.example.es",
        "frm": ("Rosa Grau", "rosa@transitariosgrau.example.es"),
        "cc": [("Vicent Grau", "vicent@transitariosgrau.example.es")],
        "subject": "Re: Candidatura espontánea - Ingrid Solheim", "date": "2026-01-26 10:02 +0100",
        "charset": "iso-8859-1", "cte": "quoted-printable", "hcs": "iso-8859-1",
        "msgid": "<d2e.grau.ack.0126@transitariosgrau.example.es>",
        "irt": "<CAO7ingrid0123grau@mail.example.es>",
        "text": """Hola Ingrid,

Recibido tu correo y el CV, gracias. Se lo paso a mi hermano Vicent (en copia), que es
quien lleva el tema de los clientes y de las certificaciones. Justo ahora nos están
pidiendo datos de emisiones varias navieras, así que igual te llamamos.

Te decimos algo esta semana.

Rosa Grau
Administración - Transitarios Grau
Moll de la Duana, nave 4 - 46024 València
Tel. 963 000 877
""",
    },
    {
        "scenario": "greenhouse_only_shortlisted", "kind": ACK, "lang": "es", "company": "Kilowatt Labs",
        "contact": "",
        "frm": ("Kilowatt Labs", "no-reply@greenhouse-mail.io"),
        "subject": "Gracias por tu candidatura a Kilowatt Labs", "date": "2026-04-20 09:31 +0000",
        "charset": "utf-8", "cte": "base64",
        "text": """Hola Ingrid,

¡Gracias por tu interés en Kilowatt Labs! Hemos recibido tu candidatura para
Sustainability Data Analyst.

Debido al gran volumen de candidaturas que recibimos, solo podremos contactar con las
personas preseleccionadas. No podemos responder individualmente a todas las personas que
se inscriben, pero te prometemos que alguien del equipo leerá tu candidatura.

Saludos,
People Team · Kilowatt Labs

--
Powered by Greenhouse
""",
    },
    {
        "scenario": "taleo_reference_usted", "kind": ACK, "lang": "es",
        "company": "Banco Castellano de Inversión", "contact": "",
        "frm": ("Banco Castellano de Inversion - Seleccion", "bci-seleccion@taleo.net"),
        "subject": "Confirmación de recepción - Ref. 2026-ESG-114", "date": "2026-05-12 00:14 +0200",
        "charset": "iso-8859-1", "cte": "quoted-printable",
        "text": """Estimada Sra. Solheim-Vargas:

Le confirmamos la recepción de su candidatura para el puesto:

    Analista de Finanzas Sostenibles
    Referencia: 2026-ESG-114
    Ubicación: Madrid - Sede Central

En los próximos días recibirá, en su caso, una invitación para realizar las pruebas en
línea de aptitudes. Puede consultar el estado de su solicitud en la sección "Mis
solicitudes" del portal de empleo.

Reciba un cordial saludo,

Dirección de Talento
Banco Castellano de Inversión

Por favor, no responda a este mensaje. Banco Castellano de Inversión, S.A.
""",
    },
    {
        "scenario": "personio_spanish_alt", "kind": ACK, "lang": "es",
        "company": "Aguas y Energía del Cantábrico", "contact": "",
        "frm": ("Aguas y Energía del Cantábrico", "no-reply@personio.de"),
        "subject": "Tu candidatura: Técnica/o de Reporting de Sostenibilidad", "date": "2026-03-30 17:05 +0200",
        "charset": "utf-8", "cte": "quoted-printable",
        "text": """Hola Ingrid,

muchas gracias por tu candidatura como Técnica/o de Reporting de Sostenibilidad en
Bilbao. Hemos recibido tu documentación y la estamos revisando.

Te informaremos sobre los siguientes pasos lo antes posible.

Un saludo,
Equipo de Selección
Aguas y Energía del Cantábrico

Este correo se ha enviado automáticamente a través de Personio. Las respuestas a esta dirección no se leen.
""",
        "html": ats_card(
            brand="Aguas y Energía del Cantábrico",
            body="""<p>Hola Ingrid,</p>
<p>muchas gracias por tu candidatura como <b>Técnica/o de Reporting de Sostenibilidad</b> en Bilbao. Hemos recibido tu documentación y la estamos revisando.</p>
<p>Te informaremos sobre los siguientes pasos lo antes posible.</p>
<p>Un saludo,<br>Equipo de Selección<br>Aguas y Energía del Cantábrico</p>""",
            footer="Este correo se ha enviado automáticamente a través de Personio. Las respuestas a esta dirección no se leen."),
    },
    {
        "scenario": "headhunter_cv_received", "kind": ACK, "lang": "es", "company": "Norte Talent Partners",
        "contact": "amaia.solozabal@nortetalent.example.es",
        "frm": ("Amaia Solozabal", "amaia.solozabal@nortetalent.example.es"),
        "subject": "Tu CV - proceso Responsable de Sostenibilidad (sector portuario)",
        "date": "2026-08-26 12:50 +0200", "charset": "windows-1252", "cte": "8bit",
        "text": """Hola Ingrid:

Te confirmo que hemos recibido tu CV para el proceso de Responsable de Sostenibilidad
que estamos llevando para un cliente del sector portuario en el Cantábrico (por ahora
confidencial).

Durante los próximos diez días revisaremos todas las candidaturas con el cliente. Si tu
perfil encaja, te llamaré para una primera conversación; en cualquier caso te escribiré
para contarte cómo ha ido.

Gracias por tu interés.

Amaia Solozabal
Consultora – Norte Talent Partners
Gran Vía 55, 5º – 48011 Bilbao · 944 000 770
""",
    },
    {
        "scenario": "greenhouse_ack_alt", "kind": ACK, "lang": "en", "company": "Delta Green Shipping",
        "contact": "",
        "frm": ("Delta Green Shipping via Greenhouse", "no-reply@us.greenhouse-mail.io"),
        "subject": "Thank you for applying to Delta Green Shipping", "date": "2026-03-10 20:31 +0000",
        "charset": "utf-8", "cte": "quoted-printable",
        "text": """Hi Ingrid,

Thanks for applying to Delta Green Shipping! We've received your application for the
ESG Reporting Specialist role and our team will review it shortly.

If your experience is a match, a member of our Talent team will be in touch about next
steps.

Best regards,
Talent Acquisition
Delta Green Shipping

This inbox is not monitored.
""",
        "html": ats_card(
            brand="Delta Green Shipping",
            pixel_base="https://click.greenhouse-mail.io/deltagreen",
            body="""<p>Hi Ingrid,</p>
<p>Thanks for applying to Delta Green Shipping! We've received your application for the <b>ESG Reporting Specialist</b> role and our team will review it shortly.</p>
<p>If your experience is a match, a member of our Talent team will be in touch about next steps.</p>
<p>Best regards,<br>Talent Acquisition<br>Delta Green Shipping</p>""",
            footer="This inbox is not monitored. Delta Green Shipping B.V. · Wilhelminakade 900 · Rotterdam"),
    },
    {
        "scenario": "workday_assume_unsuccessful", "kind": ACK, "lang": "en", "company": "Harbourline Bank",
        "contact": "",
        "frm": ("Harbourline Bank Careers", "harbourline@myworkday.com"),
        "subject": "Application received: Sustainable Finance Analyst (JR-20931)",
        "date": "2026-07-30 22:10 +0000", "charset": "utf-8", "cte": "quoted-printable",
        "headers": [("Auto-Submitted", "auto-generated")],
        "html": ats_table(
            lang="en", logo_src="https://harbourline.wd3.myworkday.com/logo_hl.png",
            logo_alt="Harbourline Bank", accent="#00263e",
            pixel_base="https://email.myworkday.com/harbourline",
            body="""<p>Dear Ingrid,</p>
<p>Thank you for applying for <b>Sustainable Finance Analyst (JR-20931)</b>. We confirm that we have received your application.</p>
<p>We receive a very high number of applications and regret that we cannot reply to every applicant individually. If you haven't heard from us within 4 weeks of the closing date, please assume that your application has been unsuccessful on this occasion.</p>
<p>Thank you for your interest in Harbourline Bank.</p>
<p>Early Careers &amp; Graduate Recruitment</p>""",
            footer="Harbourline Bank plc. Registered in England and Wales No 00000123. This mailbox is not monitored."),
    },
    {
        "scenario": "lever_plain", "kind": ACK, "lang": "en", "company": "Tejo Carbon Partners", "contact": "",
        "frm": ("Tejo Carbon Partners", "no-reply@hire.lever.co"),
        "subject": "Tejo Carbon Partners - application received", "date": "2026-05-25 10:12 +0000",
        "charset": "utf-8", "cte": "8bit",
        "text": """Hi Ingrid,

Thank you for your interest in Tejo Carbon Partners! We've received your application
for Carbon Accounting Analyst (Lisbon / hybrid).

We're a small team, so please bear with us while we review applications. We'll let you
know either way.

Tejo Carbon Partners

--
Powered by Lever · https://jobs.lever.co/tejocarbon
""",
    },
    {
        "scenario": "job_board_sent_to_employer", "kind": ACK, "lang": "en", "company": "Solent Offshore Wind",
        "contact": "",
        "frm": ("PortJobs Europe", "applications@notify.portjobs.example.com"),
        "subject": "Your application to Solent Offshore Wind has been sent", "date": "2026-06-03 18:22 +0000",
        "charset": "utf-8", "cte": "base64",
        "headers": [("List-Unsubscribe", "<https://portjobs.example.com/u/settings?t=ak29>"),
                 ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")],
        "html": f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f4f6f8;font-family:Arial,sans-serif">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px">
<table role="presentation" width="580" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="padding:18px 26px;background:#06304f"><img src="https://portjobs.example.com/mail/logo-white.png" alt="PortJobs Europe" height="28"></td></tr>
<tr><td style="padding:24px 26px;font-size:15px;line-height:22px;color:#1f2d3d">
<p style="font-size:19px;font-weight:bold;margin-top:0">Application sent ✔</p>
<p>Hi Ingrid, your application for <b>ESG Analyst</b> at <b>Solent Offshore Wind</b> (Southampton, hybrid) has been sent to the employer together with your PortJobs profile and CV.</p>
<p>What happens next? The employer will review applications after the closing date (19 June). Employers on PortJobs usually respond within two to three weeks.</p>
<p><a href="{track('https://t.portjobs.example.com', 'https://portjobs.example.com/me/applications')}" style="color:#0b78c2">Track your applications</a></p>
</td></tr>
<tr><td style="padding:14px 26px;font-size:11px;color:#8a97a5;border-top:1px solid #e6e9ec">PortJobs Europe Ltd, 40 Canute Road, Southampton SO14 3FJ. You received this because you applied through PortJobs. <a href="https://portjobs.example.com/u/settings?t=ak29" style="color:#8a97a5">Email settings</a></td></tr>
</table></td></tr></table>
{pixel('https://t.portjobs.example.com')}
</body></html>
""",
    },
    {
        "scenario": "smartrecruiters_fr_ack", "kind": ACK, "lang": "fr", "company": "Armement Phocéen",
        "contact": "",
        "frm": ("Armement Phocéen Recrutement", "armement-phoceen@smartrecruiters.com"),
        "subject": "Nous avons bien reçu votre candidature", "date": "2026-03-20 16:40 +0100",
        "charset": "utf-8", "cte": "quoted-printable",
        "html": ats_table(
            lang="fr", logo_src="https://c.smartrecruiters.com/sr-company-logo/armementphoceen.png",
            logo_alt="Armement Phocéen", accent="#c8102e",
            pixel_base="https://trk.smartrecruiters.com/armementphoceen",
            body="""<p>Bonjour Ingrid,</p>
<p>Merci pour votre candidature au poste de <b>Chargé(e) de reporting extra-financier</b> à Marseille. Nous l'avons bien reçue.</p>
<p>Notre équipe Ressources Humaines va étudier votre profil avec attention. Si celui-ci correspond à nos besoins, nous reviendrons vers vous pour la suite du processus.</p>
<p>Bien cordialement,<br>L'équipe Recrutement<br>Armement Phocéen</p>""",
            footer="Armement Phocéen SAS - 4 quai de la Joliette, 13002 Marseille. Ce message a été envoyé via SmartRecruiters ; merci de ne pas y répondre."),
    },
    {
        "scenario": "public_agency_only_selected_contacted", "kind": ACK, "lang": "fr",
        "company": "Agence Régionale Climat Provence", "contact": "",
        "frm": ("ARCP - Recrutement", "ne-pas-repondre@arcp.example.fr"),
        "subject": "Accusé de réception de votre candidature - Réf. ARCP-2026-07",
        "date": "2026-02-20 09:12 +0100", "charset": "windows-1252", "cte": "quoted-printable",
        "text": """Madame,

Nous accusons réception de votre candidature au poste de chargé(e) de mission
« Comptabilité carbone des territoires » (réf. ARCP-2026-07).

Compte tenu du nombre important de candidatures, seules les personnes retenues pour un
entretien seront contactées. Sans réponse de notre part dans un délai de six semaines,
vous pourrez considérer que votre candidature n’a pas été retenue.

Nous vous remercions de l’intérêt que vous portez à l’Agence.

Le service des ressources humaines
Agence Régionale Climat Provence

Ce message est envoyé automatiquement, merci de ne pas y répondre.
""",
    },
    {
        "scenario": "platform_fr_confirmation", "kind": ACK, "lang": "fr", "company": "Carbonéo", "contact": "",
        "frm": ("Carrières Bleues", "no-reply@carrieres-bleues.example.fr"),
        "subject": "Candidature envoyée à Carbonéo 🚀", "date": "2026-05-18 20:15 +0200",
        "charset": "utf-8", "cte": "quoted-printable",
        "headers": [("List-Unsubscribe", "<mailto:desinscription@carrieres-bleues.example.fr>")],
        "html": f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f6f8fb;font-family:Helvetica,Arial,sans-serif">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:30px 10px">
<table role="presentation" width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:8px">
<tr><td style="padding:24px 32px"><img src="https://cdn.carrieres-bleues.example.fr/logo.svg" alt="Carrières Bleues" width="150"></td></tr>
<tr><td style="padding:0 32px 24px 32px;font-size:15px;line-height:23px;color:#425466">
<p style="font-size:20px;font-weight:bold;color:#0a2540">Bravo Ingrid, c'est envoyé !</p>
<p>Votre candidature au poste <b>Analyste carbone (H/F)</b> chez <b>Carbonéo</b> a bien été transmise au recruteur.</p>
<p>Astuce : les candidats qui complètent leur profil à 100 % reçoivent deux fois plus de réponses.</p>
<p><a href="{track('https://clk.carrieres-bleues.example.fr', 'https://www.carrieres-bleues.example.fr/profil')}" style="background:#5b8def;color:#fff;padding:11px 18px;border-radius:6px;text-decoration:none">Compléter mon profil</a></p>
</td></tr>
<tr><td style="padding:16px 32px;font-size:11px;color:#8792a2;border-top:1px solid #e6ebf1">Carrières Bleues SAS, 18 rue de la République, 13001 Marseille. <a href="https://www.carrieres-bleues.example.fr/preferences" style="color:#8792a2">Se désinscrire</a></td></tr>
</table></td></tr></table>
{pixel('https://clk.carrieres-bleues.example.fr')}
</body></html>
""",
    },
    {
        "scenario": "tu_bien_recu_iphone", "kind": ACK, "lang": "fr", "company": "Mistral Conseil RSE",
        "contact": "clemence.aubanel@mistral-rse.example.fr",
        "frm": ("Clémence Aubanel", "clemence.aubanel@mistral-rse.example.fr"),
        "subject": "Re: Candidature consultante junior bilan carbone", "date": "2026-04-22 07:58 +0200",
        "charset": "utf-8", "cte": "8bit", "irt": "<CAO7ingrid0421mis@mail.example.es>",
        "text": """Bien reçu, merci Ingrid ! Je regarde ton CV avec Paul cette semaine et je reviens vers toi.

Clémence
Mistral Conseil RSE

Envoyé de mon iPhone
""",
    },
    {
        "scenario": "personio_eingangsbestaetigung", "kind": ACK, "lang": "de", "company": "Elbreederei Hansa",
        "contact": "",
        "frm": ("Elbreederei Hansa GmbH", "no-reply@personio.de"),
        "subject": "Eingangsbestätigung Ihrer Bewerbung", "date": "2026-04-14 10:03 +0200",
        "charset": "utf-8", "cte": "quoted-printable",
        "html": ats_table(
            lang="de", logo_src="https://elbreederei-hansa.jobs.personio.de/logo.png",
            logo_alt="Elbreederei Hansa", accent="#12355b",
            body="""<p>Sehr geehrte Frau Solheim-Vargas,</p>
<p>vielen Dank für Ihre Bewerbung als <b>Referentin Nachhaltigkeitsberichterstattung (m/w/d)</b>. Hiermit bestätigen wir den Eingang Ihrer Unterlagen.</p>
<p>Wir prüfen Ihre Bewerbung sorgfältig und melden uns in den nächsten Wochen bei Ihnen.</p>
<p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team der Elbreederei Hansa</p>""",
            footer="""Elbreederei Hansa GmbH · Große Elbstraße 145 · 22767 Hamburg<br>
Geschäftsführer: Dr. Henrik Bostelmann, Kerstin Lüdemann · Amtsgericht Hamburg HRB 000001<br>
Diese E-Mail wurde automatisch versendet."""),
    },
    {
        "scenario": "softgarden_ack_latin1", "kind": ACK, "lang": "de", "company": "Nordlicht Energie",
        "contact": "",
        "frm": ("Nordlicht Energie Karriere", "noreply@softgarden.io"),
        "subject": "Ihre Bewerbung ist bei uns eingegangen", "date": "2026-06-30 08:21 +0200",
        "charset": "iso-8859-1", "cte": "quoted-printable",
        "text": """Sehr geehrte Frau Solheim-Vargas,

herzlichen Dank für Ihre Bewerbung als "Specialist Carbon Accounting (m/w/d)". Ihre
Unterlagen sind vollständig bei uns eingegangen.

Wir sichten alle Bewerbungen sorgfältig und melden uns innerhalb von drei Wochen bei
Ihnen. Den Stand Ihrer Bewerbung können Sie jederzeit in Ihrem Bewerberkonto einsehen.

Mit freundlichen Grüßen
Ihr Team Talent Acquisition
Nordlicht Energie AG

Nordlicht Energie AG, Ballindamm 8, 20095 Hamburg | Amtsgericht Hamburg HRB 000002
""",
        "html": ats_table(
            lang="de", logo_src="https://nordlicht.softgarden.io/assets/logo.png",
            logo_alt="Nordlicht Energie", accent="#ffb000",
            pixel_base="https://mail.softgarden.io/nordlicht",
            body="""<p>Sehr geehrte Frau Solheim-Vargas,</p>
<p>herzlichen Dank für Ihre Bewerbung als <b>Specialist Carbon Accounting (m/w/d)</b>. Ihre Unterlagen sind vollständig bei uns eingegangen.</p>
<p>Wir sichten alle Bewerbungen sorgfältig und melden uns innerhalb von drei Wochen bei Ihnen. Den Stand Ihrer Bewerbung können Sie jederzeit in Ihrem <a href="https://nordlicht.softgarden.io/de/candidate">Bewerberkonto</a> einsehen.</p>
<p>Mit freundlichen Grüßen<br>Ihr Team Talent Acquisition<br>Nordlicht Energie AG</p>""",
            footer="Nordlicht Energie AG, Ballindamm 8, 20095 Hamburg | Amtsgericht Hamburg HRB 000002"),
    },
]

SPECS += [
    # ===================================== offers ==========================================
    {
        "scenario": "startup_written_offer_pdf", "kind": OFF, "lang": "es", "company": "Huella Cero",
        "contact": "lucia.herranz@huellacero.example.es",
        "frm": ("Lucía Herranz", "lucia.herranz@huellacero.example.es"),
        "cc": [("Huella Cero Talent", "talent@huellacero.example.es")],
        "subject": "Oferta Carbon Accounting Specialist 🎉", "date": "2026-06-05 13:02 +0200",
        "charset": "utf-8", "cte": "quoted-printable",
        "text": """¡Hola Ingrid!

Después de las entrevistas con Andrés y conmigo lo tenemos clarísimo: queremos que te
unas a Huella Cero como Carbon Accounting Specialist.

Te adjunto la carta de oferta con todos los detalles. Resumen rápido:

- Salario: 34.000 € brutos anuales + 10 % de variable por objetivos
- Contrato indefinido, 100 % remoto desde Valencia con un viaje al mes a Madrid
- Incorporación: 1 de julio (flexible)

Tienes hasta el viernes 12 de junio para darnos una respuesta. Si quieres comentar
cualquier punto, llámame cuando quieras al 600 000 481.

¡Ojalá nos digas que sí!

Lucía Herranz
Head of Climate · Huella Cero
""",
        "html": t2h("""¡Hola Ingrid!

Después de las entrevistas con Andrés y conmigo lo tenemos clarísimo: queremos que te unas a Huella Cero como Carbon Accounting Specialist.

Te adjunto la carta de oferta con todos los detalles. Resumen rápido:
- Salario: 34.000 € brutos anuales + 10 % de variable por objetivos
- Contrato indefinido, 100 % remoto desde Valencia con un viaje al mes a Madrid
- Incorporación: 1 de julio (flexible)

Tienes hasta el viernes 12 de junio para darnos una respuesta. Si quieres comentar cualquier punto, llámame cuando quieras al 600 000 481.

¡Ojalá nos digas que sí!

Lucía Herranz
Head of Climate · Huella Cero"""),
        "attach": [("Carta_oferta_Huella_Cero_Ingrid_Solheim-Vargas.pdf", [
            "Huella Cero - Carta de oferta",
            "Madrid, 5 de junio de 2026",
            "Estimada Ingrid Solheim-Vargas:",
            "Nos complace ofrecerte el puesto de Carbon Accounting Specialist.",
            "Retribución fija: 34.000 EUR brutos anuales en 12 pagas.",
            "Retribución variable: hasta el 10 % según objetivos anuales.",
            "Tipo de contrato: indefinido. Periodo de prueba: 6 meses.",
            "Fecha de incorporación prevista: 1 de julio de 2026.",
            "Validez de la oferta: hasta el 12 de junio de 2026.",
            "Firmado: Lucía Herranz, Head of Climate",
        ])],
    },
    {
        "scenario": "verbal_offer_confirmed", "kind": OFF, "lang": "es",
        "company": "Aguas y Energía del Cantábrico", "contact": "ane.zubizarreta@aguasenergia.example.es",
        "frm": ("Ane Zubizarreta", "ane.zubizarreta@aguasenergia.example.es"),
        "subject": "Confirmación de nuestra conversación de ayer", "date": "2026-04-29 09:20 +0200",
        "charset": "utf-8", "cte": "quoted-printable",
        "text": """Hola Ingrid:

Como te adelanté ayer por teléfono, te confirmo por escrito que queremos ofrecerte el
puesto de Técnica de Reporting de Sostenibilidad en Bilbao, en las condiciones que
hablamos:

  · Salario bruto anual: 36.500 €, en 14 pagas
  · Contrato indefinido, jornada completa (intensiva en julio y agosto)
  · Ayuda a la reubicación de 2.000 € para el traslado desde Valencia
  · Fecha de incorporación: 1 de junio de 2026

La semana que viene te llegará el contrato desde el departamento de Personas. Mientras
tanto, si me confirmas tu aceptación por correo, paramos el resto del proceso.

Ha sido un placer. ¡Ongi etorri!

Ane Zubizarreta
Selección y Desarrollo · Aguas y Energía del Cantábrico
Plaza Euskadi 5, 48009 Bilbao · 944 000 301
""",
    },
    {
        "scenario": "conditional_offer_references", "kind": OFF, "lang": "es",
        "company": "Plataforma Intermodal Xàtiva", "contact": "nuria.alcaraz@pixativa.example.es",
        "frm": ("Núria Alcaraz", "nuria.alcaraz@pixativa.example.es"),
        "subject": "Propuesta de incorporación", "date": "2026-04-30 18:10 +0200",
        "charset": "iso-8859-1", "cte": "8bit", "hcs": "iso-8859-1",
        "text": """Hola Ingrid,

Ferran y yo hemos hablado con dirección y tenemos el visto bueno: nos gustaría que te
incorporaras como Técnica de Calidad y Sostenibilidad a partir del 1 de junio, con
contrato indefinido y un salario de 29.000 euros brutos anuales más plus de transporte.

La oferta está condicionada a dos cosas: la comprobación de las dos referencias que nos
diste (Terminal Marítima del Turia y tu anterior jefe en la consignataria) y el
reconocimiento médico de empresa, que te citaremos en Xàtiva la semana que viene.

Si estás de acuerdo, contéstame a este correo y pongo en marcha ambas cosas.

Un abrazo,
Núria Alcaraz
Personas · Plataforma Intermodal Xàtiva
Polígon La Llometa, 46800 Xàtiva
""",
    },
    {
        "scenario": "public_contract_to_sign_pdf", "kind": OFF, "lang": "es",
        "company": "Mancomunitat de l'Horta Marítima", "contact": "personal@mancohortamaritima.example.es",
        "frm": ("Servei de Personal - Mancomunitat de l'Horta Marítima", "personal@mancohortamaritima.example.es"),
        "subject": "Nombramiento y contrato - Bolsa Técnico/a Gestión Ambiental",
        "date": "2026-04-07 10:48 +0200", "charset": "windows-1252", "cte": "quoted-printable",
        "text": """Sra. Ingrid Solheim-Vargas:

Publicada la resolución definitiva de la bolsa de Técnico/a de Gestión Ambiental, en la
que usted figura en el primer puesto, le ofrecemos un contrato de interinidad por
programa («Plan de Acción por el Clima y la Energía Sostenible 2026-2028») con
incorporación el 4 de mayo de 2026.

Le remitimos adjunto el contrato para su revisión. Si acepta la oferta, deberá firmarlo
electrónicamente y devolverlo respondiendo a este correo antes del 17 de abril, junto
con:
  – copia del DNI y del número de afiliación a la Seguridad Social;
  – certificado de cuenta bancaria;
  – declaración jurada de no hallarse inhabilitada (modelo adjunto).

En caso de no aceptar, le rogamos que lo comunique por escrito para llamar a la
siguiente persona de la bolsa.

Atentamente,

Servei de Personal
Mancomunitat de l'Horta Marítima
C/ del Mar, 14 – 46120 Alboraia · Tel. 961 000 555
""",
        "attach": [("Contrato_interinidad_Solheim-Vargas.pdf", [
            "Mancomunitat de l'Horta Marítima - Contrato de trabajo de interinidad por programa",
            "De una parte, la Mancomunitat de l'Horta Marítima, representada por su Presidenta.",
            "De otra parte, Dña. Ingrid Solheim-Vargas.",
            "Puesto: Técnica de Gestión Ambiental (Subgrupo A2).",
            "Programa: Plan de Acción por el Clima y la Energía Sostenible 2026-2028.",
            "Fecha de inicio: 4 de mayo de 2026. Jornada: 37,5 horas semanales.",
            "Retribuciones: las previstas en la RPT para el puesto.",
            "Firma de la trabajadora: ____________________",
        ])],
    },
    {
        "scenario": "ett_offer_exclamations", "kind": OFF, "lang": "es", "company": "Cítricos Ribera Alta",
        "contact": "raquel.montesinos@temporis-ett.example.es",
        "frm": ("Raquel Montesinos | Temporis ETT", "raquel.montesinos@temporis-ett.example.es"),
        "subject": "¡¡ENHORABUENA INGRID!! 🍊", "date": "2026-09-08 12:44 +0200",
        "charset": "utf-8", "cte": "8bit", "msgid": "<b7.temporis.0908@temporis-ett.example.es>",
        "text": """¡¡¡Hola Ingrid!!!

Te llamo en 5 minutos pero no me aguanto: CÍTRICOS RIBERA ALTA quiere contar contigo
como Técnica de Sostenibilidad y Certificaciones!!! 🎉🎉

Condiciones que me pasa el cliente:
✔ Contrato de 6 meses a través de Temporis y luego paso a plantilla de Cítricos Ribera
  Alta (se comprometen por escrito)
✔ 27.500 € brutos/año
✔ Horario de 8 a 16h en el almacén de Alzira, con coche de empresa para visitar fincas
✔ Incorporación el lunes 21 de septiembre

Necesito que me confirmes si aceptas antes del jueves para preparar el contrato!!

Un abrazo enorme!!!
Raquel

Raquel Montesinos
Consultora de Selección · Temporis ETT – Delegación Valencia Puerto
960 000 881 · www.temporis-ett.example.es
""",
    },
    {
        "scenario": "ngo_offer_gmail_quote", "kind": OFF, "lang": "es", "company": "Costas Vivas",
        "contact": "mireia.casals@costasvivas.example.org",
        "frm": ("Mireia Casals", "mireia.casals@costasvivas.example.org"),
        "subject": "Re: Gracias por la dinámica", "date": "2026-07-20 11:30 +0200",
        "charset": "utf-8", "cte": "quoted-printable", "irt": "<CAO7ingrid0710cv@mail.example.es>",
        "text": f"""Hola Ingrid,

¡Qué bonito tu correo! Y te traigo buena noticia: el equipo ha decidido ofrecerte la
plaza de Técnica de Impacto Ambiental. Nos convenció tu manera de aterrizar los datos en
la dinámica (lo de las escalas de cruceros fue lo mejor de la tarde).

Las condiciones son las que figuraban en la oferta: contrato indefinido a jornada
completa, 28.000 € brutos anuales según nuestras tablas salariales, 23 días de vacaciones
más la semana entre Navidad y Reyes, y teletrabajo dos días por semana. Nos gustaría que
empezaras el 1 de septiembre.

¿Lo hablamos por teléfono esta semana? Luego te mandamos el contrato.

Una abraçada,
Mireia

Mireia Casals
Coordinadora de Personas i Voluntariat
Costas Vivas · Associació per la defensa del litoral

El vie, 10 jul 2026 a las 9:05, Ingrid Solheim-Vargas (<ingrid.sv@example.es>)
escribió:
{quote('''Hola Mireia:

Muchas gracias por la dinámica de ayer, aprendí muchísimo del resto del grupo.
Si al final no soy la persona elegida, lo entenderé, y me encantaría colaborar con
Costas Vivas como voluntaria en las campañas de limpieza.

Un abrazo,
Ingrid''')}
""",
    },
    {
        "scenario": "founder_offer_letter_pdf", "kind": OFF, "lang": "en", "company": "CarbonDock",
        "contact": "bram@carbondock.example.nl",
        "frm": ("Bram Visser", "bram@carbondock.example.nl"),
        "subject": "Offer - Emissions Analyst at CarbonDock", "date": "2026-05-25 18:44 +0200",
        "charset": "utf-8", "cte": "base64",
        "text": """Hi Ingrid,

Great talking to you and Sanne on Friday. We'd love you to join CarbonDock as our first
Emissions Analyst.

The formal offer letter is attached. Headlines:
- EUR 48,000 gross per year + 0.15% options (4-year vesting, 1-year cliff)
- Permanent contract under Dutch law, 32 or 40 hours (your choice)
- Relocation support to Rotterdam (EUR 3,000) and 30% ruling application if eligible
- Start date: 1 August, or whenever works for you

Please sign and send it back by 5 June if you're in. Any questions, call me anytime.

Bram

—
Bram Visser · co-founder & CEO · CarbonDock
""",
        "attach": [("CarbonDock_Offer_Letter_Ingrid_Solheim-Vargas.pdf", [
            "CarbonDock B.V. - Offer of Employment",
            "Rotterdam, 25 May 2026",
            "Dear Ingrid,",
            "We are pleased to offer you the position of Emissions Analyst.",
            "Gross annual salary: EUR 48,000 (including holiday allowance).",
            "Equity: 0.15% stock options, 4-year vesting, 1-year cliff.",
            "Contract: permanent, after a probation period of 2 months.",
            "Start date: 1 August 2026.",
            "Please countersign by 5 June 2026.",
            "Signed: Bram Visser, CEO.   Accepted: ____________________",
        ])],
    },
    {
        "scenario": "contract_to_sign_link", "kind": OFF, "lang": "en", "company": "Atlantic Blue Ports",
        "contact": "m.figueiredo@atlanticblueports.example.pt",
        "frm": ("Marta Figueiredo", "m.figueiredo@atlanticblueports.example.pt"),
        "subject": "Your contract - Environmental Reporting Coordinator", "date": "2026-08-14 15:05 +0100",
        "charset": "utf-8", "cte": "quoted-printable",
        "text": """Dear Ingrid,

Following Tiago's call yesterday, I'm delighted to confirm our offer for the position of
Environmental Reporting Coordinator, based in Lisbon.

Your employment contract is ready for electronic signature here:
https://sign.atlanticblueports.example.pt/envelope/7fa2-1190

Main terms: gross annual salary of EUR 41,000 paid in 14 instalments, meal allowance,
health insurance for you and your family, 25 working days of holiday, start date 1
October 2026. We will also cover two months of temporary accommodation in Lisbon.

Please review and sign by 21 August. If anything is unclear, reply to this email or
call me on +351 210 000 488.

Welcome aboard!

Marta Figueiredo
People & Culture | Atlantic Blue Ports
""",
        "html": outlook("""Dear Ingrid,

Following Tiago's call yesterday, I'm delighted to confirm our offer for the position of Environmental Reporting Coordinator, based in Lisbon.

Your employment contract is ready for electronic signature here:
https://sign.atlanticblueports.example.pt/envelope/7fa2-1190

Main terms: gross annual salary of EUR 41,000 paid in 14 instalments, meal allowance, health insurance for you and your family, 25 working days of holiday, start date 1 October 2026. We will also cover two months of temporary accommodation in Lisbon.

Please review and sign by 21 August. If anything is unclear, reply to this email or call me on +351 210 000 488.

Welcome aboard!""", signature="""<p class="MsoNormal"><b>Marta Figueiredo</b><br>People &amp; Culture | Atlantic Blue Ports<br>
<img src="https://atlanticblueports.example.pt/sig/abp-logo.png" alt="Atlantic Blue Ports" width="140" height="36"></p>"""),
    },
    {
        "scenario": "promesse_embauche_pdf", "kind": OFF, "lang": "fr", "company": "Énergies Calanques",
        "contact": "nadia.benali@energies-calanques.example.fr",
        "frm": ("Nadia Benali", "nadia.benali@energies-calanques.example.fr"),
        "subject": "Promesse d'embauche - Chargée de reporting extra-financier",
        "date": "2026-09-22 17:30 +0200", "charset": "iso-8859-1", "cte": "quoted-printable",
        "hcs": "iso-8859-1",
        "text": """Bonjour Ingrid,

Suite à vos entretiens avec Olivier Ferrand et l'équipe RSE, j'ai le plaisir de vous
confirmer que nous souhaitons vous accueillir au sein d'Énergies Calanques en tant que
Chargée de reporting extra-financier.

Vous trouverez en pièce jointe votre promesse d'embauche : CDI, statut cadre, 42 000
euros bruts annuels sur 13 mois, prise de poste le 2 novembre 2026 à Marseille.

Je vous remercie de nous la retourner signée avant le 30 septembre. Je reste à votre
disposition pour toute question.

Bien cordialement,

Nadia Benali
Talent Acquisition - Énergies Calanques
40 bd de Dunkerque, 13002 Marseille
""",
        "attach": [("Promesse_embauche_I_Solheim-Vargas.pdf", [
            "Énergies Calanques SAS - Promesse d'embauche",
            "Marseille, le 22 septembre 2026",
            "Madame Ingrid Solheim-Vargas,",
            "Nous avons le plaisir de vous confirmer votre embauche en qualité de",
            "Chargée de reporting extra-financier (statut cadre), en CDI.",
            "Rémunération annuelle brute : 42 000 euros, versée sur 13 mois.",
            "Date de prise de fonction : 2 novembre 2026. Période d'essai : 4 mois.",
            "Bon pour accord, signature : ____________________",
        ])],
    },
    {
        "scenario": "university_zusage_pdf", "kind": OFF, "lang": "de",
        "company": "Technische Hochschule Elbufer", "contact": "w.thordsen@th-elbufer.example.de",
        "frm": ("Prof. Dr. Wiebke Thordsen", "w.thordsen@th-elbufer.example.de"),
        "subject": "Zusage - wissenschaftliche Mitarbeiterin, Kennziffer 2026/118",
        "date": "2026-09-28 12:15 +0200", "charset": "utf-8", "cte": "quoted-printable",
        "text": """Liebe Frau Solheim-Vargas,

ich freue mich sehr, Ihnen mitteilen zu können, dass die Auswahlkommission sich für Sie
entschieden hat. Wir bieten Ihnen die Stelle als wissenschaftliche Mitarbeiterin im
Projekt "Grüne Hafenlogistik" an (E 13 TV-L, 75 %, befristet bis 30.09.2029), Beginn
zum 1. November 2026.

Im Anhang finden Sie die Stellenzusage der Personalabteilung. Den Arbeitsvertrag
erhalten Sie nach Ihrer schriftlichen Annahme und der Zustimmung des Personalrats.
Bitte teilen Sie mir bis zum 9. Oktober mit, ob Sie das Angebot annehmen.

Ich freue mich auf die Zusammenarbeit!

Herzliche Grüße
Wiebke Thordsen

Prof. Dr. Wiebke Thordsen
Fakultät Technik und Logistik
Technische Hochschule Elbufer
""",
        "attach": [("Stellenzusage_2026-118.pdf", [
            "Technische Hochschule Elbufer - Personalabteilung",
            "Stellenzusage Kennziffer 2026/118",
            "Sehr geehrte Frau Solheim-Vargas,",
            "wir freuen uns, Ihnen die Stelle einer wissenschaftlichen Mitarbeiterin",
            "im Projekt Grüne Hafenlogistik anbieten zu können.",
            "Entgeltgruppe: E 13 TV-L, Arbeitszeit: 75 % (29,85 Std./Woche).",
            "Befristung: 01.11.2026 bis 30.09.2029 (WissZeitVG).",
            "Vorbehaltlich der Zustimmung des Personalrats.",
        ])],
    },
]
