"""Application acknowledgements and offers (hundred-and-twelfth corpus)."""

from __future__ import annotations

from msgs112_common import ats_html, gmail_html, paras

MESSAGES: list[dict] = []


def add(**spec: object) -> None:
    MESSAGES.append(spec)

# ====================================================================== application received
# 1. Workday, HTML only.
add(
    kind="application_received", scenario="workday_thanks", lang="en",
    sender=("Kestrel Outdoor Careers", "kestreloutdoor@myworkday.com"),
    subject="Thank you for applying to Kestrel Outdoor",
    date="2026-02-02 07:58:33 +0000", charset="utf-8", cte="qp",
    html=ats_html(
        brand="Kestrel Outdoor", logo="https://kestreloutdoor.wd3.myworkdayjobs.com/assets/logo.png",
        logo_alt="Kestrel Outdoor – gear for every fell", tracker="click.myworkday.com", seed="a1", colour="#2f5d3a",
        body="""<p>Hi Priya,</p>
<p>Thanks for applying for <b>Ecommerce Marketing Executive</b> (R-10482). We've got your application and our Talent team will now review it against the role.</p>
<p>What happens next? If your experience is a good match, someone from the team will contact you to arrange a first conversation. You can check the status of your application at any time in Candidate Home.</p>
<p>See you on the hills,<br>Talent Acquisition, Kestrel Outdoor</p>""",
        button=("View application status", "https://kestreloutdoor.wd3.myworkdayjobs.com/en-GB/Careers/userHome"),
        footer="""This email was sent from an unmonitored mailbox. Please do not reply to this message.<br>
Kestrel Outdoor Ltd. Registered in England and Wales No. 04418273."""),
    company="Kestrel Outdoor", contact="")

# 2. Greenhouse, alternative, no Reply-To.
_a2 = """Hi Priya,

Thanks for applying to Moss Lane Beauty! We've received your application for the CRM Manager role and our team is looking forward to reading it.

We review every application by hand, so it can take us up to two weeks to get back to you. In the meantime, you can find out more about life at Moss Lane on our careers page.

Best,
The Moss Lane Beauty Talent Team"""
add(
    kind="application_received", scenario="greenhouse_thanks", lang="en",
    sender=("Moss Lane Beauty", "no-reply@us.greenhouse-mail.io"),
    subject="Thanks for applying to Moss Lane Beauty",
    date="2026-02-16 22:41:07 +0000", charset="utf-8", cte="qp",
    text=_a2,
    html=ats_html(brand="Moss Lane Beauty", logo="https://s3.amazonaws.com/grnhse/mosslane_logo.png",
                  logo_alt="MOSS LANE", tracker="links.greenhouse-mail.io", seed="a2", colour="#b4577a",
                  body=paras(_a2), footer="Powered by Greenhouse"),
    company="Moss Lane Beauty", contact="")

# 3. Start-up: we cannot reply to every applicant / four weeks.
add(
    kind="application_received", scenario="startup_cannot_reply_all", lang="en",
    sender=("Ginnel Jobs", "jobs@ginnel.example.co.uk"),
    subject="Got it - thanks for applying to Ginnel",
    date="2026-01-19 09:00:12 +0000", charset="utf-8", cte="8bit",
    text="""Hi Priya,

This is a quick note to say your application for CRM & Lifecycle Marketer has landed safely in our inbox. 📬

We're a small team (nine of us, plus a dog called Pudsey), and we've been overwhelmed by the response, so we're sorry but we can't reply personally to every applicant. If you haven't heard from us within 4 weeks, please consider your application unsuccessful on this occasion.

If you are shortlisted, we'll invite you to a video call with Hamza (founder) and Beth (head of marketing).

Thanks for wanting to help independent shops sell online.

The Ginnel team
Ginnel - the marketplace for Yorkshire's independent shops
Round Foundry, Water Lane, Leeds LS11 5QN
""",
    company="Ginnel", contact="")

# 4. Job platform confirmation, employer named.
add(
    kind="application_received", scenario="platform_sent_to_employer", lang="en",
    sender=("WorkNest", "applications@mail.worknest.example.com"),
    subject="Your application was sent to Harrowgate & Finch",
    date="2026-02-21 13:17:45 +0000", charset="utf-8", cte="base64",
    headers=[("X-WN-Campaign", "apply-confirmation")],
    html=ats_html(
        brand="WorkNest", logo="https://static.worknest.example.com/img/logo-wn.png", logo_alt="WorkNest",
        tracker="clicks.worknest.example.com", seed="a4", colour="#f97316",
        body="""<p style="font-size:20px;font-weight:bold;margin:0 0 12px 0">Application sent ✔</p>
<p>Hi Priya, your application has been sent to the employer.</p>
<table cellpadding="8" cellspacing="0" border="0" style="border:1px solid #e5e7eb;width:100%;margin:8px 0 14px 0">
<tr><td width="56"><img src="https://static.worknest.example.com/logos/hf.png" alt="Harrowgate &amp; Finch" width="48"></td>
<td><b>CRM Executive</b><br>Harrowgate &amp; Finch · Leeds LS1<br><span style="color:#6b7280">£30,000 - £34,000 a year · Full-time</span></td></tr></table>
<p>What's next? The employer will review your CV and contact you directly if they'd like to take things further. We'll let you know if your application is viewed.</p>
<p style="color:#6b7280;font-size:13px">Tip: employers on WorkNest usually respond within 7 days.</p>""",
        button=("Track my applications", "https://www.worknest.example.com/myjobs/applied"),
        footer="""You're receiving this email because you applied for a job on WorkNest.<br>
WorkNest Ltd, 1 Brewery Wharf, Leeds LS10 1JQ. <a href="https://www.worknest.example.com/settings/email">Email settings</a>"""),
    company="Harrowgate & Finch", contact="")

# 5. Second job platform, alternative.
_a5 = """Application submitted

Ecommerce CRM Manager
Hearth Home Retail - Leeds (hybrid)

Hi Priya,

Good news - your application for Ecommerce CRM Manager at Hearth Home Retail has been submitted. We've shared your CareerLoop profile and the CV "Priya_RH_CV_2026.pdf" with the hiring team.

You can follow the status of this application in your dashboard. Good luck!

CareerLoop"""
add(
    kind="application_received", scenario="platform_submitted_alt", lang="en",
    sender=("CareerLoop", "no-reply@notify.careerloop.example.com"),
    subject="✅ Application submitted: Ecommerce CRM Manager at Hearth Home Retail",
    date="2026-06-02 19:55:40 +0100", charset="utf-8", cte="qp",
    list={"id": "CareerLoop transactional <tx.careerloop.example.com>",
          "unsubscribe": "<https://careerloop.example.com/u/7f2a>", "one_click": False, "precedence": "list"},
    text=_a5,
    html=ats_html(brand="CareerLoop", logo="https://cdn.careerloop.example.com/logo.png", logo_alt="CareerLoop",
                  tracker="t.careerloop.example.com", seed="a5", colour="#4f46e5",
                  body=paras(_a5), button=("View dashboard", "https://careerloop.example.com/dashboard"),
                  footer="CareerLoop Inc., 500 Market Street, San Francisco CA · <a href=\"https://careerloop.example.com/u/7f2a\">Unsubscribe from tips</a>"),
    company="Hearth Home Retail", contact="")

# 6. Taleo, plain text.
add(
    kind="application_received", scenario="taleo_ack_ca", lang="en",
    sender=("Lakeshore Beauty Careers", "lakeshorebeauty@taleo.net"),
    subject="Lakeshore Beauty - Application Received - 26-0418",
    date="2026-04-06 02:14:09 -0400", charset="us-ascii", cte="7bit",
    text="""Dear Priya,

Thank you for applying to the position of Manager, CRM Programs (Requisition 26-0418).

This message confirms that your application has been successfully submitted. Our Talent Acquisition team will review your qualifications against the requirements of the position. Should your background be a match, a member of our team will contact you to discuss next steps.

You can view the status of your application at any time by logging in to the Lakeshore Beauty career section.

Lakeshore Beauty is an equal opportunity employer and is committed to providing accommodations for people with disabilities throughout the recruitment process.

Sincerely,

Talent Acquisition
Lakeshore Beauty Inc.

*** This is an automated message. Please do not reply. ***
""",
    company="Lakeshore Beauty", contact="")

# 7. Council: if you have not heard within 4 weeks, assume unsuccessful.
add(
    kind="application_received", scenario="council_assume_unsuccessful", lang="en",
    sender=("Forth Valley Regional Council - Recruitment", "noreply-recruitment@forthvalley.example.co.uk"),
    subject="Application received: Marketing & Communications Officer (Ref FVRC/2026/211)",
    date="2026-05-29 23:02:51 +0100", charset="us-ascii", cte="7bit",
    text="""Dear Priya Ramanathan-Hughes

Thank you for your application for the post of Marketing & Communications Officer (Visitor
Economy), reference FVRC/2026/211. Your applicant number is 0047718.

The closing date for this post is 12 June 2026. Shortlisting will take place shortly afterwards.

Due to the high volume of applications we receive, we are unable to respond to every
applicant individually. If you have not heard from us within 4 weeks of the closing date,
please assume that on this occasion your application has been unsuccessful.

Thank you for your interest in working for Forth Valley Regional Council.

Human Resources
Forth Valley Regional Council

Please do not reply to this email as this mailbox is not monitored.
""",
    company="Forth Valley Regional Council", contact="")

# 8. Lever, HTML only.
add(
    kind="application_received", scenario="lever_thanks", lang="en",
    sender=("Crowdcart", "no-reply@hire.lever.co"),
    subject="Thanks for applying to Crowdcart!",
    date="2026-03-11 08:30:56 +0000", charset="utf-8", cte="qp",
    html="""<html><body style="font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;font-size:14px;color:#111">
<div style="max-width:560px;margin:0 auto;padding:24px">
<img src="https://lever-client-logos.s3.amazonaws.com/crowdcart.png" alt="crowdcart" height="28">
<p>Hi Priya,</p>
<p>Thanks for your interest in Crowdcart and for applying to be our <strong>Lifecycle Marketing Manager</strong>. 🛒</p>
<p>Your application is in. A real human on our People team will look at it within the next week or so. If there's a potential fit, we'll reach out to schedule a first chat.</p>
<p>While you wait, here's what we're building: grocery group-buying for neighbours in East London, so that a street can fill one van instead of twelve.</p>
<p>— Crowdcart People Team</p>
<hr style="border:none;border-top:1px solid #ddd">
<p style="font-size:11px;color:#888">Sent via <a href="https://hire.lever.co" style="color:#888">Lever</a>. Crowdcart Ltd, 18 Shacklewell Lane, London E8 2EZ.</p>
</div></body></html>
""",
    company="Crowdcart", contact="")

# 9. Agency acknowledgement, client not named.
add(
    kind="application_received", scenario="agency_ack_unnamed_client", lang="en",
    sender=("Amira Shah", "amira.shah@thorntonblake.example.co.uk"),
    subject="Your application - CRM Executive, Manchester (TB-20931)",
    date="2026-07-21 10:44:18 +0100", charset="windows-1252", cte="qp",
    text="""Dear Priya,

Thank you for applying through our website for the CRM Executive role (TB-20931) with our client, a well-known homeware and lifestyle retailer based in Manchester city centre.

I’ve received your CV and will review it against my client’s brief over the next few days. If your experience is a close match, I’ll give you a call to talk through the role in more detail before putting you forward.

Because of the volume of applications we receive, I’m not able to reply individually to everyone. If you haven’t heard from me within 10 working days, please assume that I won’t be progressing your application for this particular role – but I’ll keep your details on file for similar opportunities.

Kind regards,

Amira Shah
Recruitment Consultant – Marketing & Digital
Thornton Blake Recruitment
Peter House, Oxford Street, Manchester M1 5AN
0161 496 0755
""",
    company="Thornton Blake Recruitment", contact="amira.shah@thorntonblake.example.co.uk")

# 10. Workable AU, HTML only.
add(
    kind="application_received", scenario="workable_ack_au", lang="en",
    sender=("Bondi Threads", "noreply@workablemail.com"),
    subject="Thanks for applying to Bondi Threads", encode_subject=True,
    date="2026-05-20 09:12:31 +1000", charset="utf-8", cte="qp",
    html=ats_html(
        brand="Bondi Threads", logo="https://workablehr.s3.amazonaws.com/uploads/account/logo/bondithreads.png",
        logo_alt="Bondi Threads", tracker="email.workablemail.com", seed="a10", colour="#e98b6d",
        body="""<p>Hi Priya,</p>
<p>Thanks for applying for the <b>Online Marketing Coordinator</b> role at Bondi Threads. Your application has been received and our team will review it shortly.</p>
<p>We try to get back to everyone within two weeks. Keep an eye on your inbox (and your junk folder, just in case!).</p>
<p>Cheers,<br>The Bondi Threads team</p>""",
        footer="This message was sent via Workable on behalf of Bondi Threads. Replies to this address are not monitored."),
    company="Bondi Threads", contact="")

# 11. BambooHR Canada, HTML only.
add(
    kind="application_received", scenario="bamboohr_ack_ca", lang="en",
    sender=("Northbound Goods Careers", "notifications@app.bamboohr.com"),
    subject="We received your application!",
    date="2026-06-22 11:30:02 -0400", charset="utf-8", cte="base64",
    html=ats_html(
        brand="Northbound Goods", logo="https://northboundgoods.bamboohr.com/logo_full.png",
        logo_alt="Northbound Goods Co.", tracker="click.bamboohr.com", seed="a11", colour="#334155",
        body="""<p>Hi Priya,</p>
<p>Thanks for your interest in the <b>Email Marketing Specialist</b> position at Northbound Goods. We've received your application and résumé, and our hiring team will be reviewing applications over the coming weeks.</p>
<p>We'll be in touch if your qualifications are a match for the role.</p>
<p>Thanks,<br>Northbound Goods Hiring Team</p>""",
        footer="This email was sent through BambooHR on behalf of Northbound Goods Co., 60 Atlantic Ave, Toronto, ON M6K 1X9."),
    company="Northbound Goods", contact="")

# 12. Irish hospice: acknowledgement by the HR officer; cannot reply to all unsuccessful.
add(
    kind="application_received", scenario="hospice_ie_ack_person", lang="en",
    sender=("Niamh Ó Briain", "niamh.obriain@brigidshospice.example.ie"),
    subject="RE: Application - Digital Fundraising & Retail Marketing Officer",
    date="2026-03-09 15:06:22 +0000", charset="iso-8859-1", cte="8bit",
    in_reply_to="<priya-brigids-0309@example.co.uk>",
    text="""Dear Priya,

Thank you for your application, which I am happy to confirm we have received.

Shortlisting for the post will take place on Tuesday 24 March and interviews are expected to be held in the week of 6 April. Please note that, as a small charity with limited resources, we regret that we are unable to reply to all unsuccessful applicants.

Kind regards,

Niamh Ó Briain
HR Officer
St Brigid's Hospice, Harold's Cross, Dublin 6W

-----Original Message-----
From: Priya Ramanathan-Hughes <priya.rh@example.co.uk>
Sent: 09 March 2026 11:47
To: Niamh Ó Briain <niamh.obriain@brigidshospice.example.ie>
Subject: Application - Digital Fundraising & Retail Marketing Officer

Dear Ms Ó Briain,

Please find attached my application form and cover letter for the above post.

Kind regards,
Priya Ramanathan-Hughes
""",
    company="St Brigid's Hospice", contact="niamh.obriain@brigidshospice.example.ie")

# ---------------------------------------------------------------- French
# 13. SmartRecruiters FR acknowledgement.
add(
    kind="application_received", scenario="smartrecruiters_fr_bien_recu", lang="fr",
    sender=("Maison Ardoise Recrutement", "noreply@smartrecruiters.com"),
    subject="Nous avons bien reçu votre candidature",
    date="2026-03-02 16:20:44 +0100", charset="utf-8", cte="base64",
    html=ats_html(
        brand="Maison Ardoise", logo="https://c.smartrecruiters.com/sr-company-logo-prod/maisonardoise.png",
        logo_alt="MAISON ARDOISE — Paris", tracker="email.smartrecruiters.com", seed="a13", colour="#3b3b3b",
        body="""<p>Bonjour Priya,</p>
<p>Merci pour votre candidature au poste de <b>Chargé(e) CRM &amp; Fidélisation H/F</b>. Nous avons bien reçu votre dossier.</p>
<p>Notre équipe Talents étudie chaque candidature avec attention. Si votre profil correspond à nos attentes, nous reviendrons vers vous dans les prochaines semaines pour convenir d'un premier échange.</p>
<p>À très bientôt,<br>L'équipe Talents – Maison Ardoise</p>""",
        footer="""Maison Ardoise SAS – 14 rue de Turenne, 75004 Paris<br>Ce message est envoyé automatiquement, merci de ne pas y répondre."""),
    company="Maison Ardoise", contact="")

# 14. Public body: acknowledgement, no answer within 6 weeks = not retained.
add(
    kind="application_received", scenario="public_body_fr_accuse_reception", lang="fr",
    sender=("ARCIF – Service recrutement", "ne-pas-repondre@arcif.example.fr"),
    subject="Accusé de réception – candidature réf. 2026-047",
    date="2026-04-10 08:45:00 +0200", charset="iso-8859-1", cte="qp",
    text="""Madame,

Nous accusons réception de votre candidature au poste de chargé(e) de communication numérique (réf. 2026-047), reçue le 9 avril 2026.

Votre dossier sera examiné par la commission de sélection à l'issue de la période de publication de l'offre, soit après le 30 avril 2026.

Compte tenu du nombre important de candidatures, il ne nous est pas possible de répondre individuellement à chacune d'elles. En l'absence de réponse de notre part dans un délai de six semaines, vous pourrez considérer que votre candidature n'a pas été retenue.

Nous vous remercions de l'intérêt que vous portez à notre établissement.

Le service recrutement
Agence régionale du commerce d'Île-de-France

Ce courriel est généré automatiquement. Merci de ne pas y répondre.
""",
    company="Agence régionale du commerce d'Île-de-France", contact="")

# 15. French job platform, sent to employer.
add(
    kind="application_received", scenario="platform_fr_envoyee", lang="fr",
    sender=("EmploiDirect", "candidatures@notifications.emploidirect.example.fr"),
    subject="Votre candidature a été envoyée à Les Ateliers Courbet",
    date="2026-06-05 21:37:19 +0200", charset="utf-8", cte="qp",
    html=ats_html(
        brand="EmploiDirect", logo="https://static.emploidirect.example.fr/logo.png", logo_alt="EmploiDirect",
        tracker="clic.emploidirect.example.fr", seed="a15", colour="#dc2626",
        body="""<p>Bonjour Priya,</p>
<p>Bonne nouvelle : votre candidature pour l'offre <b>Chef de projet CRM (H/F) – CDI – Paris 3e</b> a bien été transmise à <b>Les Ateliers Courbet</b>.</p>
<p>Le recruteur pourra consulter votre CV et votre lettre de motivation. Vous serez notifié(e) dès qu'il aura consulté votre candidature.</p>
<p style="color:#6b7280">Astuce : complétez votre profil à 100 % pour être 3 fois plus visible auprès des recruteurs.</p>""",
        button=("Suivre mes candidatures", "https://www.emploidirect.example.fr/mes-candidatures"),
        footer="""EmploiDirect SAS – 52 rue de la Victoire, 75009 Paris.<br>
Vous recevez cet e-mail car vous avez postulé via EmploiDirect. <a href="https://www.emploidirect.example.fr/preferences">Gérer mes notifications</a>"""),
    company="Les Ateliers Courbet", contact="")

# ---------------------------------------------------------------- Spanish
# 16. Personio ES acknowledgement.
add(
    kind="application_received", scenario="personio_es_recibida", lang="es",
    sender=("Moda Gràcia | Equipo de Talento", "noreply@personio.de"),
    subject="Hemos recibido tu candidatura – Especialista CRM",
    date="2026-02-25 10:03:28 +0100", charset="utf-8", cte="qp",
    html="""<html><head><meta charset="utf-8"></head><body style="background:#f6f6f4;margin:0">
<table width="100%" cellpadding="0" cellspacing="0" bgcolor="#f6f6f4"><tr><td align="center" style="padding:30px 10px">
<table width="580" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:6px">
<tr><td style="padding:26px 34px 0 34px"><img src="https://modagracia.jobs.personio.de/logo.png" alt="Moda Gràcia · Barcelona" height="34"></td></tr>
<tr><td style="padding:20px 34px 30px 34px;font-family:Helvetica,Arial,sans-serif;font-size:15px;line-height:23px;color:#2d2d2d">
<p>¡Hola, Priya!</p>
<p>Gracias por presentar tu candidatura para el puesto de <strong>Especialista CRM</strong>. La hemos recibido correctamente.</p>
<p>Ahora nuestro equipo revisará tu perfil. Te escribiremos en cuanto tengamos novedades; normalmente tardamos entre dos y tres semanas.</p>
<p>Mientras tanto, puedes seguirnos en <a href="https://www.instagram.com/modagracia.example">Instagram</a> para conocer mejor nuestras colecciones.</p>
<p>Un abrazo,<br>Equipo de Talento · Moda Gràcia</p>
</td></tr>
<tr><td style="padding:16px 34px;border-top:1px solid #eee;font-family:Helvetica,Arial,sans-serif;font-size:11px;color:#999">
Moda Gràcia S.L. · Carrer de Verdi 41, 08012 Barcelona<br>Enviado a través de Personio. Por favor, no respondas a este mensaje.</td></tr>
</table></td></tr></table>
<img src="https://tracking.personio.de/open/2b7e55c0" width="1" height="1" alt="">
</body></html>
""",
    company="Moda Gràcia", contact="")

# 17. SuccessFactors ES acknowledgement, plain text windows-1252.
add(
    kind="application_received", scenario="successfactors_es_confirmacion", lang="es",
    sender=("Cosmètica Mediterrània – Selección", "noreply@successfactors.eu"),
    subject="Confirmación de recepción de su candidatura (Req. 4471)",
    date="2026-06-12 18:44:10 +0200", charset="windows-1252", cte="qp",
    text="""Estimada Sra. Ramanathan-Hughes:

Le confirmamos que hemos recibido correctamente su candidatura para el puesto de Técnico/a de Marketing Digital y CRM (Req. 4471).

Nuestro equipo de Selección analizará su perfil y, en caso de que se ajuste a los requisitos, nos pondremos en contacto con usted para informarle de los siguientes pasos.

Puede consultar el estado de su candidatura en cualquier momento a través del Portal del Candidato.

Atentamente,

Departamento de Selección
Cosmètica Mediterrània, S.A.

Este mensaje se ha generado automáticamente. Por favor, no responda a esta dirección.
""",
    company="Cosmètica Mediterrània", contact="")

# 18. NGO: cannot answer everyone; 30 days without news = not selected.
add(
    kind="application_received", scenario="ngo_es_sin_noticias_30_dias", lang="es",
    sender=("Fundación Mar de Fons · Selección", "seleccion@mardefons.example.es"),
    subject="Hemos recibido tu CV",
    date="2026-08-26 13:12:37 +0200", charset="iso-8859-1", cte="qp",
    text="""Hola Priya:

Gracias por tu interés en la Fundación Mar de Fons y por tu candidatura para el puesto de Responsable de Comunicación Digital y Tienda Online.

Te confirmamos que hemos recibido tu CV. El equipo de selección revisará todas las candidaturas a partir del 15 de septiembre.

Debido al gran volumen de solicitudes, no podemos responder a todas las personas de forma individual. Si en 30 días no has recibido noticias nuestras, entiende que en esta ocasión tu candidatura no ha sido seleccionada.

Un saludo cordial,

Equipo de Selección
Fundación Mar de Fons
Carrer de Pere IV 58, 08005 Barcelona
""",
    company="Fundación Mar de Fons", contact="")

# 19. Spanish job platform, alternative.
_a19 = """Hola Priya:

Tu candidatura para la oferta "Responsable de CRM" de Mercat Digital (Barcelona) se ha enviado correctamente.

La empresa ya puede ver tu perfil y tu CV. Te avisaremos cuando lo lean o cuando cambie el estado del proceso.

¡Mucha suerte!
El equipo de Ofertia Empleo"""
add(
    kind="application_received", scenario="platform_es_enviada", lang="es",
    sender=("Ofertia Empleo", "noreply@avisos.ofertiaempleo.example.es"),
    subject="Candidatura enviada: Responsable de CRM en Mercat Digital",
    date="2026-04-18 11:29:03 +0200", charset="utf-8", cte="base64",
    text=_a19,
    html=ats_html(brand="Ofertia Empleo", logo="https://static.ofertiaempleo.example.es/logo.svg",
                  logo_alt="Ofertia Empleo", tracker="clk.ofertiaempleo.example.es", seed="a19", colour="#059669",
                  body=paras(_a19), button=("Ver mis candidaturas", "https://www.ofertiaempleo.example.es/mis-candidaturas"),
                  footer="Ofertia Empleo S.L. · Calle de Alcalá 120, 28009 Madrid · <a href=\"https://www.ofertiaempleo.example.es/baja\">Darme de baja</a>"),
    company="Mercat Digital", contact="")

# ---------------------------------------------------------------- German
# 20. Personio DE Eingangsbestätigung.
add(
    kind="application_received", scenario="personio_de_eingang", lang="de",
    sender=("Kranich Mode GmbH", "noreply@personio.de"),
    subject="Eingangsbestätigung Ihrer Bewerbung",
    date="2026-03-16 08:21:55 +0100", charset="utf-8", cte="qp",
    html=ats_html(
        brand="Kranich Mode", logo="https://kranich-mode.jobs.personio.de/logo.png",
        logo_alt="KRANICH MODE", tracker="tracking.personio.de", seed="a20", colour="#111111",
        body="""<p>Sehr geehrte Frau Ramanathan-Hughes,</p>
<p>vielen Dank für Ihre Bewerbung als <b>CRM Marketing Manager (m/w/d)</b> am Standort Barcelona. Hiermit bestätigen wir den Eingang Ihrer Unterlagen.</p>
<p>Wir sehen uns Ihre Bewerbung in Ruhe an und melden uns innerhalb der nächsten drei Wochen bei Ihnen.</p>
<p>Mit freundlichen Grüßen<br>Ihr People Team von Kranich Mode</p>""",
        footer="""Kranich Mode GmbH · Torstraße 140 · 10119 Berlin<br>
Geschäftsführer: Friederike Albers, Malte Sundermann · Amtsgericht Charlottenburg HRB 188204 B"""),
    company="Kranich Mode", contact="")

# 21. softgarden, plain text iso-8859-1.
add(
    kind="application_received", scenario="softgarden_de_vielen_dank", lang="de",
    sender=("Frischwerk Kosmetik AG – Recruiting", "noreply@softgarden.io"),
    subject="Vielen Dank für Ihre Bewerbung",
    date="2026-05-28 20:10:06 +0200", charset="iso-8859-1", cte="qp",
    text="""Sehr geehrte Frau Ramanathan-Hughes,

vielen Dank für Ihr Interesse an der Frischwerk Kosmetik AG und Ihre Bewerbung als Senior CRM Manager UK (m/w/d).

Ihre Unterlagen sind vollständig bei uns eingegangen. Wir prüfen Ihre Bewerbung sorgfältig und melden uns so bald wie möglich bei Ihnen. Den aktuellen Stand können Sie jederzeit in Ihrem Bewerberkonto einsehen.

Mit freundlichen Grüßen

Ihr Recruiting-Team der Frischwerk Kosmetik AG

Frischwerk Kosmetik AG, Große Elbstraße 145, 22767 Hamburg
Amtsgericht Hamburg HRB 99812
Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.
""",
    company="Frischwerk Kosmetik", contact="")

# ====================================================================== offers
# 22. Written offer with PDF letter.
add(
    kind="offer", scenario="written_offer_pdf", lang="en",
    sender=("Megan Crowther", "megan.crowther@harrowgatefinch.example.co.uk"),
    subject="Offer of employment – CRM Executive",
    date="2026-03-20 15:30:12 +0000", charset="utf-8", cte="qp",
    text="""Dear Priya,

Further to our telephone conversation this afternoon, I am delighted to offer you the position of CRM Executive at Harrowgate & Finch.

Please find attached your offer letter, which sets out the main terms: a starting salary of £33,500 per annum, 25 days' holiday plus bank holidays, hybrid working (three days in Briggate House) and a 25% colleague discount. Your contract of employment will follow once you have accepted.

I'd be grateful if you could confirm your acceptance by replying to this email by Friday 27 March. Daniel and the team are really looking forward to having you on board.

Warm regards,

Megan Crowther
Talent Partner
Harrowgate & Finch
Briggate House, 62 Briggate, Leeds LS1 6HD
Harrowgate & Finch Limited. Registered in England No. 00184407.
""",
    attachments=[{"filename": "Offer_Letter_P_Ramanathan-Hughes.pdf", "pdf": [
        "HARROWGATE & FINCH",
        "Briggate House, 62 Briggate, Leeds LS1 6HD",
        "",
        "20 March 2026",
        "",
        "Dear Priya,",
        "",
        "Offer of employment: CRM Executive, Customer Marketing",
        "",
        "We are pleased to offer you the above position on the following terms:",
        "Start date: Monday 20 April 2026",
        "Salary: GBP 33,500 per annum, paid monthly",
        "Hours: 37.5 per week, hybrid (three days in the office)",
        "Holiday: 25 days plus bank holidays",
        "",
        "This offer is subject to satisfactory references and proof of your right to work in the UK.",
        "",
        "Yours sincerely,",
        "Megan Crowther, Talent Partner, on behalf of Harrowgate & Finch Limited",
    ]}],
    company="Harrowgate & Finch", contact="megan.crowther@harrowgatefinch.example.co.uk")

# 23. Verbal offer confirmed by email, Apple Mail quote.
add(
    kind="offer", scenario="verbal_offer_confirmed_au", lang="en",
    sender=("Bec Nguyen", "bec.nguyen@wattleandco.example.com.au"),
    subject="Re: Great to speak today",
    date="2026-06-05 09:47:30 +1000", charset="utf-8", cte="qp",
    in_reply_to="<7A1C9E2B-4F0D-4E55-9A3B-C1D2E3F4A5B6@example.co.uk>",
    text="""Hi Priya,

Thanks for your lovely note! Just confirming in writing what Sarah and I told you on the phone last night: we'd love to offer you the role of Digital Marketing & CRM Lead at Wattle & Co.

The package we discussed is a base of AUD 118,000 plus super, with a relocation allowance of AUD 8,000 and sponsorship of your 482 visa. Your formal contract will come through from our People team next week once the visa paperwork has been lodged.

We're all absolutely stoked. Any questions before then, just fire away.

Bec

Bec Nguyen
Talent Acquisition Specialist | Wattle & Co.

> On 4 Jun 2026, at 19:12, Priya Ramanathan-Hughes <priya.rh@example.co.uk> wrote:
>
> Hi Bec,
>
> Thank you both so much for the call this morning - I'm still smiling. I'd
> be grateful for the details in writing so I can talk them through with my
> partner.
>
> Priya
>
> Sent from my iPhone
""",
    company="Wattle & Co.", contact="bec.nguyen@wattleandco.example.com.au")

# 24. Conditional offer, university, PDF.
add(
    kind="offer", scenario="conditional_offer_university_pdf", lang="en",
    sender=("Morag Sinclair", "m.sinclair@craigmount.example.ac.uk"),
    subject="Conditional offer of appointment - CU-2231",
    date="2026-08-04 11:02:44 +0100", charset="iso-8859-1", cte="qp",
    text="""Dear Priya,

CRM & Marketing Automation Officer, Recruitment & Admissions (CU-2231)

Following your interview on 27 July, I am very pleased to make you a conditional offer of appointment to the above post, on Grade 6, spine point 24 (£33,966 per annum).

This offer is conditional upon:
  - receipt of two satisfactory references, one of which must be from your current employer;
  - evidence of your right to work in the UK;
  - satisfactory completion of a six-month probationary period.

Your formal offer letter is attached. Please complete and return the acceptance slip within 10 working days. Once the conditions above are met, I will confirm your start date and issue your contract.

If you have any questions, please do not hesitate to contact me.

Kind regards,

Morag Sinclair
HR Adviser, Craigmount University
""",
    attachments=[{"filename": "CU-2231_conditional_offer.pdf", "pdf": [
        "CRAIGMOUNT UNIVERSITY - Human Resources",
        "Old College Wynd, Edinburgh EH8 9YL",
        "",
        "Conditional offer of appointment",
        "Post: CRM & Marketing Automation Officer (CU-2231)",
        "Grade 6, spine point 24 (GBP 33,966 per annum)",
        "",
        "Conditions: two satisfactory references; right to work in the UK.",
        "",
        "Acceptance slip: I accept the conditional offer of appointment above.",
        "Signed: ______________________   Date: ____________",
    ]}],
    company="Craigmount University", contact="m.sinclair@craigmount.example.ac.uk")

# 25. Contract to sign, Irish fashion brand.
add(
    kind="offer", scenario="contract_to_sign_ie", lang="en",
    sender=("Aoife Brennan", "aoife.brennan@liffeylane.example.ie"),
    subject="Your contract - Liffey Lane",
    date="2026-04-30 16:05:49 +0100", charset="utf-8", cte="8bit",
    text="""Hi Priya,

Following our call on Tuesday, I'm delighted to attach your contract of employment for the Ecommerce & CRM Executive role - welcome to Liffey Lane!

As agreed: €42,000 per year, 23 days' annual leave plus bank holidays, start date Monday 1 June, and hybrid working with Tuesdays and Thursdays in Dawson Street.

Could you sign and return the contract by Friday 8 May? A scanned copy by email is grand, and you can bring the original in on your first day.

Any questions at all, give me a call.

Aoife

Aoife Brennan
Head of Marketing, Liffey Lane Fashion
41 Dawson Street, Dublin 2 | +353 1 555 0147
""",
    attachments=[{"filename": "LiffeyLane_Contract_PRamanathanHughes.pdf", "pdf": [
        "LIFFEY LANE FASHION LIMITED - Contract of Employment",
        "Employee: Priya Ramanathan-Hughes",
        "Position: Ecommerce & CRM Executive",
        "Commencement: 1 June 2026",
        "Salary: EUR 42,000 per annum",
        "Annual leave: 23 days plus public holidays",
        "",
        "Signed for the Company: Aoife Brennan, Head of Marketing",
        "Signed by the Employee: ______________________   Date: __________",
    ]}],
    company="Liffey Lane Fashion", contact="aoife.brennan@liffeylane.example.ie")

# 26. Head-hunter now names the client with the offer.
add(
    kind="offer", scenario="headhunter_offer_named_client", lang="en",
    sender=("Olivia Hartigan", "olivia.hartigan@huntervale.example.co.uk"),
    subject="Oriel Cosmetics - offer",
    date="2026-09-01 18:20:06 +0100", charset="windows-1252", cte="qp",
    text="""Dear Priya,

Wonderful news: Oriel Cosmetics have asked me to make you a formal offer for the Head of CRM role.

The headline terms are a base salary of £78,000, a 15% annual bonus target, 27 days’ holiday, private medical cover, and a hybrid pattern of three days at the Mayfair office. They would like you to start on 2 November, which I know fits with your notice period.

Their People Director, Camilla Osei, will send the written offer and contract directly tomorrow. In the meantime, do call me if you’d like to talk anything through – and congratulations, it’s very well deserved.

With kind regards,

Olivia Hartigan
Partner – Consumer & Retail Practice
Hunter & Vale Search
Direct: +44 20 7946 0874 | Mobile: +44 7700 900 913
""",
    company="Oriel Cosmetics", contact="olivia.hartigan@huntervale.example.co.uk")

# 27. Founder, Gmail, alternative.
_o6 = """Hi Priya!!

Kwame and I talked it over last night and we don't need to think any longer: we'd love you to join Queen West Collective as our Ecommerce & Community Lead.

Here's what we can offer: $72,000 CAD salary, 3 weeks' vacation plus the week between Christmas and New Year when the studio closes, health & dental after 3 months, and a $1,500 stipend to help with the move to Toronto. We'd aim for a September 1 start, but we know visas take what they take.

A proper offer letter is coming from our accountant this week. Let me know what you think, and please ask me anything.

So excited,
Dana"""
add(
    kind="offer", scenario="founder_offer_gmail_ca", lang="en",
    sender=("Dana Kowalczyk", "dana@queenwestcollective.example.ca"),
    subject="🎉",
    date="2026-06-26 08:15:40 -0400", charset="utf-8", cte="qp",
    msgid="<CAHdana-qwc-offer-0626@mail.gmail.com>",
    text=_o6,
    html=gmail_html("".join(f"<div>{line}</div>" if line else "<div><br></div>" for line in _o6.replace("&", "&amp;").split("\n"))),
    company="Queen West Collective", contact="dana@queenwestcollective.example.ca")

# ---------------------------------------------------------------- French / Spanish / German offers
# 28. Promesse d'embauche with PDF.
add(
    kind="offer", scenario="promesse_embauche_pdf", lang="fr",
    sender=("Aurélie Fontaine", "a.fontaine@ateliers-courbet.example.fr"),
    subject="Promesse d'embauche – Chef de projet CRM",
    date="2026-07-08 10:12:33 +0200", charset="utf-8", cte="qp",
    text="""Chère Priya,

Suite à nos échanges et à votre entretien avec M. Ollivier, j'ai le plaisir de vous adresser ci-joint votre promesse d'embauche pour le poste de Chef de projet CRM, en CDI, au sein des Ateliers Courbet.

Vous y trouverez les conditions convenues : rémunération annuelle brute de 48 000 €, statut cadre, forfait jours, prise de poste le 1er septembre 2026 dans nos bureaux de la rue Charlot.

Je vous remercie de bien vouloir nous retourner ce document daté et signé, précédé de la mention « Bon pour accord », avant le 17 juillet.

Toute l'équipe se réjouit de vous accueillir.

Bien cordialement,

Aurélie Fontaine
Responsable Ressources Humaines
Les Ateliers Courbet – Maroquinerie depuis 1924
Les Ateliers Courbet SA – RCS Paris 552 118 403
""",
    attachments=[{"filename": "Promesse_embauche_Ramanathan-Hughes.pdf", "pdf": [
        "LES ATELIERS COURBET - 11 rue Charlot, 75003 Paris",
        "",
        "PROMESSE D'EMBAUCHE",
        "",
        "Nous avons le plaisir de vous confirmer votre engagement en qualite de",
        "Chef de projet CRM (statut cadre), en contrat a duree indeterminee.",
        "Date de prise de poste : 1er septembre 2026",
        "Remuneration annuelle brute : 48 000 euros",
        "",
        "Fait a Paris, le 8 juillet 2026",
        "Bon pour accord - signature : ____________________",
    ]}],
    company="Les Ateliers Courbet", contact="a.fontaine@ateliers-courbet.example.fr")

# 29. Paris cosmetics start-up, offer by email, vous.
add(
    kind="offer", scenario="proposition_embauche_startup_fr", lang="fr",
    sender=("Clémence Aubry", "clemence@seveetsel.example.fr"),
    subject="Proposition pour le poste de Head of CRM",
    date="2026-10-02 19:04:18 +0200", charset="iso-8859-1", cte="8bit",
    text="""Bonsoir Priya,

Merci encore pour ces trois entretiens et pour le cas pratique, qui a mis tout le monde d'accord.

J'ai le grand plaisir de vous proposer de rejoindre Sève & Sel en tant que Head of CRM. Voici ce que nous vous proposons :

- CDI, statut cadre, basé à Paris (Canal Saint-Martin), deux jours de télétravail par semaine ;
- 55 000 euros bruts annuels fixes + 10 % de variable sur objectifs ;
- BSPCE selon le plan 2026 (détails dans la lettre officielle) ;
- mutuelle prise en charge à 100 %.

Notre cabinet RH vous enverra le contrat la semaine prochaine si ces conditions vous conviennent. J'aimerais beaucoup avoir votre réponse d'ici le 9 octobre.

Au plaisir de travailler ensemble,

Clémence Aubry
Fondatrice & CEO
Sève & Sel - soins solides, zéro plastique
""",
    company="Sève & Sel", contact="clemence@seveetsel.example.fr")

# 30. Spanish offer with contract PDF.
add(
    kind="offer", scenario="oferta_contrato_pdf_es", lang="es",
    sender=("Marta Soler", "marta.soler@ullsdemar.example.es"),
    subject="¡Bienvenida a Ulls de Mar! Tu oferta",
    date="2026-08-10 13:45:09 +0200", charset="utf-8", cte="base64",
    text="""¡Hola Priya!

Nos complace muchísimo ofrecerte el puesto de Ecommerce & CRM Specialist en Ulls de Mar.

Te adjunto la carta de oferta y el contrato. Resumen de las condiciones:
· Contrato indefinido, jornada completa (40 h), con viernes tarde libre.
· Salario bruto anual: 38.000 € en 14 pagas.
· Incorporación: 1 de octubre de 2026.
· Dos días de teletrabajo a la semana.

Si estás de acuerdo, fírmalo y devuélvenoslo antes del 21 de agosto. Cualquier duda, llámame al 93 555 01 88.

¡Qué ganas de tenerte en el equipo!

Marta Soler
Responsable de Ecommerce
Ulls de Mar S.L. · Carrer del Rec 28, 08003 Barcelona
""",
    attachments=[{"filename": "Oferta_y_contrato_Priya_RH.pdf", "pdf": [
        "ULLS DE MAR S.L. - Carrer del Rec 28, 08003 Barcelona",
        "",
        "CARTA DE OFERTA Y CONTRATO DE TRABAJO",
        "Puesto: Ecommerce & CRM Specialist",
        "Tipo de contrato: indefinido, jornada completa",
        "Salario bruto anual: 38.000 EUR (14 pagas)",
        "Fecha de incorporacion: 1 de octubre de 2026",
        "",
        "Firma de la trabajadora: ____________________",
    ]}],
    company="Ulls de Mar", contact="marta.soler@ullsdemar.example.es")

# 31. Austrian offer with contract PDF.
add(
    kind="offer", scenario="vertragsangebot_pdf_at", lang="de",
    sender=("Theresa Pichler", "t.pichler@lindenhof-versand.example.at"),
    subject="Vertragsangebot CRM & Loyalty Manager (Dublin)",
    date="2026-09-28 10:33:51 +0200", charset="iso-8859-1", cte="qp",
    text="""Sehr geehrte Frau Ramanathan-Hughes,

wir freuen uns sehr, Ihnen nach den beiden Gesprächen die Position als CRM & Loyalty Manager an unserem Standort Dublin anbieten zu können.

Im Anhang finden Sie unser Vertragsangebot mit den besprochenen Konditionen (Jahresbruttogehalt EUR 62.000, 25 Urlaubstage, Start am 1. Dezember 2026). Da Sie bei unserer irischen Tochtergesellschaft angestellt werden, ist der Vertrag auf Englisch verfasst.

Wir bitten Sie, uns das unterschriebene Angebot bis zum 9. Oktober zurückzusenden. Für Rückfragen stehe ich Ihnen jederzeit gerne zur Verfügung.

Mit freundlichen Grüßen

Theresa Pichler
Human Resources
Lindenhof Versand GmbH
Mariahilfer Straße 77, 1060 Wien
""",
    attachments=[{"filename": "Vertragsangebot_Lindenhof_Dublin.pdf", "pdf": [
        "Lindenhof Versand Ireland Limited - Offer of Employment",
        "Position: CRM & Loyalty Manager, Dublin",
        "Annual gross salary: EUR 62,000",
        "Annual leave: 25 days",
        "Start date: 1 December 2026",
        "",
        "Accepted: ______________________   Date: __________",
    ]}],
    company="Lindenhof Versand", contact="t.pichler@lindenhof-versand.example.at")
