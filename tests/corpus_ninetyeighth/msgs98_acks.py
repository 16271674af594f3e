"""Application acknowledgements and offers of the ninety-eighth corpus, written one by one
(21 + 10 messages)."""

from __future__ import annotations

from msgs98_common import ats_table, card

SPECS: list[dict] = []


def add(**spec) -> None:
    """Record one hand-written message spec."""
    SPECS.append(spec)


# =============================================================================================
# application_received
# =============================================================================================

add(
    slug="workday_thank_you_for_applying", kind="application_received", lang="en",
    company="Beacon Hill Medical Partners", contact="",
    frm=("Beacon Hill Medical Partners", "beaconhillmedical@myworkday.com"),
    subject="Thank you for applying to Beacon Hill Medical Partners",
    date="2026-01-06 21:18 -0500", structure="html", charset="utf-8", cte="quoted-printable",
    headers=[("Auto-Submitted", "auto-generated")],
    html=ats_table(
        logo_src="https://beaconhillmedical.wd5.myworkdayjobs.com/assets/logo-bhmp.png",
        logo_alt="Beacon Hill Medical Partners", accent="#004b87",
        pixel_url="https://wd5.myworkday.com/beaconhillmedical/email/open?e=11d0c2",
        body="""<p>Hi Marisol,</p>
<p>Thank you for applying for <strong>Patient Experience Manager (R-014522)</strong>. We have received your application and our recruiting team will review your qualifications.</p>
<p>You can check the status of your application at any time by signing in to your <a href="https://beaconhillmedical.wd5.myworkdayjobs.com/en-US/BHMP_Careers/userHome">candidate home</a>.</p>
<p>If your skills and experience match the needs of the position, a member of our team will contact you about next steps.</p>
<p>Thank you,<br>Beacon Hill Medical Partners Talent Acquisition</p>""",
        footer="""Please do not reply to this email. This mailbox is not monitored.<br>
Beacon Hill Medical Partners, Inc. &middot; 300 Longwood Ave, Boston, MA 02115"""),
)

add(
    slug="greenhouse_thanks_for_applying", kind="application_received", lang="en",
    company="Tidewell Health", contact="",
    frm=("Tidewell Health", "no-reply@us.greenhouse-mail.io"),
    subject="Thanks for applying to Tidewell Health!",
    date="2026-01-20 14:03 -0500", enc_subject=True, structure="alt", charset="utf-8", cte="quoted-printable",
    html=card(
        brand="Tidewell Health", accent="#0f766e",
        logo_src="https://s3.amazonaws.com/grnhse-prod/tidewell/logo_email.png",
        pixel_url="https://u1843.ct.greenhouse-mail.io/wf/open?upn=tdw-5002",
        body="""<p>Hi Marisol,</p>
<p>Thanks for your interest in Tidewell Health! We've received your application for <strong>Care Operations Lead</strong> and our team is reviewing it now.</p>
<p>We read every application ourselves (no robots, promise). If there's a match, someone from our recruiting team will be in touch within two weeks.</p>
<p>In the meantime, here's <a href="https://u1843.ct.greenhouse-mail.io/ls/click?upn=tdw-blog-howwework">how we work</a> and what our nurses say about virtual care.</p>
<p>Cheers,<br>The Tidewell Talent Team</p>""",
        footer="Tidewell Telehealth, Inc. &middot; 1 Marina Park Dr, Boston, MA 02210 &middot; Sent via Greenhouse"),
)

add(
    slug="taleo_four_weeks_unsuccessful", kind="application_received", lang="en",
    company="Narragansett University", contact="",
    frm=("Narragansett University Human Resources", "narragansettu@taleo.net"),
    subject="Narragansett University - Application Received - Req 26000412",
    date="2026-03-09 22:47 -0400", structure="plain", charset="utf-8", cte="quoted-printable",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""Dear Marisol,

Thank you for your application for the position of Clinical Operations Coordinator, Student Health Services (Requisition 26000412). This message confirms that your application has been received.

Because of the large number of applications we receive, we cannot reply to every applicant individually. Candidates selected for interview will be contacted by the search committee. If you have not heard from us within four weeks of the closing date of the posting, please consider your application unsuccessful.

You may review your submission at any time by logging in to the Narragansett University careers portal.

Office of Human Resources
Narragansett University

*** This is an automated message. Please do not respond to this email. ***
""",
)

add(
    slug="job_board_sent_to_employer", kind="application_received", lang="en",
    company="Biscayne Health System", contact="",
    frm=("CareerHarbor", "jobs-noreply@careerharbor.example.com"),
    subject="Your application was sent to Biscayne Health System",
    date="2026-08-03 19:27 -0400", structure="html", charset="utf-8", cte="quoted-printable",
    headers=[("List-Unsubscribe", "<https://careerharbor.example.com/unsubscribe?u=mkd71&t=apply>"),
             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")],
    html="""<html><body style="margin:0;background:#f2f4f7;font-family:Helvetica,Arial,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px 8px;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;">
<tr><td style="padding:18px 24px;border-bottom:1px solid #e6e8eb;"><img src="https://static.careerharbor.example.com/email/logo.png" alt="CareerHarbor" height="28"></td></tr>
<tr><td style="padding:24px;">
<p style="font-size:20px;font-weight:bold;margin:0 0 12px 0;color:#12263f;">Application submitted &#10003;</p>
<p style="font-size:14px;color:#3b4a5a;">Your application for <b>Patient Flow Manager</b> was successfully sent to <b>Biscayne Health System</b> (Miami, FL).</p>
<p style="font-size:14px;color:#3b4a5a;">The employer will contact you directly if they want to move forward. You can track this application in <a href="https://careerharbor.example.com/r?u=myjobs&amp;s=email_apply" style="color:#1664d9;">My Jobs</a>.</p>
<table cellpadding="10" cellspacing="0" width="100%" style="background:#f7f9fb;border-radius:6px;margin:16px 0;">
<tr><td style="font-size:13px;color:#3b4a5a;"><b>What you sent</b><br>Resume: Marisol_Kagame-Dunbar_RN_2026.pdf<br>Cover letter: yes<br>Screening questions: 6 answered</td></tr></table>
<p style="font-size:15px;font-weight:bold;color:#12263f;margin-top:22px;">Similar jobs you might like</p>
<p style="font-size:13px;"><a href="https://careerharbor.example.com/r?u=job%2F55120&amp;s=email_similar" style="color:#1664d9;">Manager, Patient Access - Kendall</a> &middot; Easy apply<br>
<a href="https://careerharbor.example.com/r?u=job%2F55131&amp;s=email_similar" style="color:#1664d9;">Nurse Manager, Care Transitions - Fort Lauderdale</a> &middot; Actively interviewing<br>
<a href="https://careerharbor.example.com/r?u=job%2F55188&amp;s=email_similar" style="color:#1664d9;">Patient Experience Coordinator - Miami Beach</a></p>
<p style="font-size:13px;color:#3b4a5a;">Tip: candidates who follow up within a week are 20% more likely to get an interview. <a href="https://careerharbor.example.com/r?u=advice%2Ffollow-up&amp;s=email_tip" style="color:#1664d9;">Read our guide</a>.</p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#8a96a3;background:#fafbfc;">You are receiving this email because you applied through CareerHarbor. CareerHarbor, Inc., 88 Black Falcon Ave, Boston, MA 02210.<br>
<a href="https://careerharbor.example.com/unsubscribe?u=mkd71&amp;t=apply" style="color:#8a96a3;">Unsubscribe</a> &middot; <a href="https://careerharbor.example.com/privacy" style="color:#8a96a3;">Privacy</a></td></tr>
</table>
<img src="https://careerharbor.example.com/o/1x1.gif?m=apply-55097" width="1" height="1" alt="">
</td></tr></table>
</body></html>
""",
)

add(
    slug="platform_application_submitted", kind="application_received", lang="en",
    company="Commonwealth Pediatric Associates", contact="",
    frm=("HealthcareHire", "applications@notify.healthcarehire.example.com"),
    subject="Application submitted: Patient Experience Specialist at Commonwealth Pediatric Associates",
    date="2026-05-26 08:44 -0400", structure="html", charset="utf-8", cte="base64",
    headers=[("List-Unsubscribe", "<mailto:unsub@notify.healthcarehire.example.com?subject=unsubscribe>")],
    html=card(
        brand="HealthcareHire", accent="#059669",
        pixel_url="https://notify.healthcarehire.example.com/t/open/88a1c",
        body="""<p style="font-size:18px;font-weight:600;">Nice work, Marisol!</p>
<p>We sent your application for <strong>Patient Experience Specialist</strong> to <strong>Commonwealth Pediatric Associates</strong> in Brookline, MA.</p>
<p>Here's what happens next: the practice's hiring team reviews applications on a rolling basis. If they'd like to set up an interview, they'll reach out to you by email or phone. We'll also let you know when your application is viewed.</p>
<p style="margin:22px 0;"><a href="https://notify.healthcarehire.example.com/t/click/88a1c?to=applications" style="border:1px solid #059669;color:#059669;padding:9px 16px;border-radius:4px;text-decoration:none;">View my applications</a></p>
<hr style="border:none;border-top:1px solid #eee;">
<p style="font-size:13px;color:#555;"><b>From the HealthcareHire blog:</b> <a href="https://notify.healthcarehire.example.com/t/click/88a1c?to=blog-interview-questions">10 interview questions for patient experience roles</a> &middot; <a href="https://notify.healthcarehire.example.com/t/click/88a1c?to=blog-rejection">What a rejection email really means</a></p>""",
        footer="""HealthcareHire &middot; PO Box 1120, Cambridge, MA 02142<br>
<a href="https://notify.healthcarehire.example.com/prefs" style="color:#999;">Email preferences</a> &middot; <a href="https://notify.healthcarehire.example.com/unsub" style="color:#999;">Unsubscribe</a>"""),
)

add(
    slug="family_business_owner_got_it", kind="application_received", lang="en",
    company="Dunleavy Family Home Care", contact="maureen@dunleavyhomecare.example.com",
    frm=("Maureen Dunleavy", "maureen@dunleavyhomecare.example.com"),
    subject="Re: Care Coordinator position",
    date="2026-04-17 20:03 -0400", structure="plain", charset="us-ascii", cte="7bit",
    text="""Hi Marisol,

Got your resume and letter, thank you! I'll look it over properly this weekend with my son Patrick (he runs scheduling with me) and get back to you early next week.

Maureen

Maureen Dunleavy, RN
Owner
Dunleavy Family Home Care - family owned in Milton since 1987
617-555-0166
""",
)

add(
    slug="agency_registration_received", kind="application_received", lang="en",
    company="Atlas Travel Nursing", contact="",
    frm=("Atlas Travel Nursing", "apply@atlastravelnursing.example.com"),
    subject="We got your application - Atlas Travel Nursing",
    date="2026-01-12 06:55 -0500", structure="plain", charset="utf-8", cte="quoted-printable",
    text="""Hi Marisol,

Thanks for applying with Atlas Travel Nursing! Your application (ID ATN-77102) has been received.

What happens next:
1. A recruiter will review your profile and contact you within 2 business days.
2. We'll verify your license(s) and work history.
3. Once you're credentialed, we'll match you with assignments that fit your goals.

Please keep your skills checklists and certifications up to date in the Atlas app so we can submit you quickly.

The Atlas Team
Atlas Travel Nursing | 101 Seaport Blvd, Boston, MA 02210

This message was sent automatically - replies to this address are not read.
""",
)

add(
    slug="lever_thirty_days_assume", kind="application_received", lang="en",
    company="Bluewater Health Plan", contact="",
    frm=("Bluewater Health Plan", "no-reply@hire.lever.co"),
    subject="Thank you for your application to Bluewater Health Plan",
    date="2026-07-01 09:14 -0400", structure="plain", charset="utf-8", cte="quoted-printable",
    text="""Hi Marisol,

Thank you for your interest in Bluewater Health Plan and the Member Experience Manager role. We've received your application.

Our team is carefully reviewing all applications. If your qualifications are a good match, a recruiter will reach out to schedule a conversation. If you do not hear from us within 30 days, please assume that we have decided to pursue other candidates for this position.

We appreciate the time you took to apply.

The Talent Team
Bluewater Health Plan
40 Westminster St, Providence, RI 02903

Sent via Lever
""",
)

add(
    slug="smartrecruiters_received", kind="application_received", lang="en",
    company="Keystone Mutual Health", contact="",
    frm=("Keystone Mutual Health", "notifications@smartrecruiters.com"),
    subject="Keystone Mutual Health - we received your application",
    date="2026-02-02 13:36 -0500", structure="alt", charset="utf-8", cte="quoted-printable",
    html="""<html><head><meta charset="utf-8"></head>
<body style="margin:0;padding:0;background:#eef2f5;">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center" style="padding:30px 10px;">
<table width="580" cellpadding="0" cellspacing="0" role="presentation" style="background:#fff;border-radius:4px;">
<tr><td style="padding:28px 36px 0 36px;"><img src="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/keystonemutual/logo.png" alt="Keystone Mutual Health" width="150" style="border:0;"></td></tr>
<tr><td style="padding:20px 36px 24px 36px;font-family:'Open Sans',Arial,sans-serif;font-size:14px;line-height:21px;color:#30373b;">
<p>Dear Marisol,</p>
<p>Thank you for applying for the <strong>Member Experience Supervisor</strong> position in Philadelphia, PA. We confirm that your application has been received.</p>
<p>Our recruiting team reviews every application. If your profile fits what we are looking for, we will contact you to discuss next steps.</p>
<p>Kind regards,<br>Keystone Mutual Health Recruiting</p>
</td></tr>
</table>
<p style="font-family:Arial,sans-serif;font-size:11px;color:#8a9399;max-width:560px;">Powered by SmartRecruiters. <a href="https://www.smartrecruiters.com/legal/candidate-privacy-policy/" style="color:#8a9399;">Candidate privacy policy</a></p>
<img src="https://trk.smartrecruiters.com/o/2ac7e19b55.gif" width="1" height="1" alt="">
</td></tr></table>
</body></html>
""",
)

add(
    slug="public_office_application_number", kind="application_received", lang="en",
    company="Borough Health Access Office", contact="",
    frm=("BHAO Online Applications", "applications-noreply@bhao.example.org"),
    subject="Confirmation of Application - Posting 26-0093",
    date="2026-01-09 16:20 -0500", structure="plain", charset="us-ascii", cte="7bit",
    text="""BOROUGH HEALTH ACCESS OFFICE
ONLINE APPLICATION CONFIRMATION

Applicant:          Marisol Kagame-Dunbar
Application number: BHAO-26-0093-00417
Posting:            26-0093 Community Health Program Manager
Submitted:          01/09/2026 04:19 PM

Your application has been received and will be reviewed for minimum
qualifications. Due to the high volume of applications, only candidates
selected for further consideration will be contacted.

Please keep your application number for your records.

This is a system-generated message. Do not reply.
""",
)

add(
    slug="hr_confirming_receipt_outlook", kind="application_received", lang="en",
    company="Providence Care Collective", contact="jnguyen@providencecare.example.org",
    frm=("Janelle Nguyen", "jnguyen@providencecare.example.org"),
    subject="RE: Application - Patient Experience Manager",
    date="2026-08-26 11:50 -0400", structure="alt", charset="windows-1252", cte="quoted-printable",
    html_from_text="outlook",
    headers=[("X-Mailer", "Microsoft Outlook 16.0")],
    text="""Hi Marisol,

Confirming that we received your application and résumé for the Patient Experience Manager role – thank you for sending them directly as well.

Our hiring manager reviews applications on Fridays, so you should hear from us within the next two weeks either way.

Best,
Janelle

Janelle Nguyen | HR Generalist
Providence Care Collective
One Citizens Plaza, Providence, RI 02903 | 401-555-0135

From: Marisol Kagame-Dunbar <marisol.kd@example.com>
Sent: Monday, August 24, 2026 9:07 PM
To: Janelle Nguyen <jnguyen@providencecare.example.org>
Subject: Application - Patient Experience Manager

Dear Ms. Nguyen,

I applied online for the Patient Experience Manager position and wanted to
share my résumé with you directly. I would welcome the opportunity for an
interview and am available any day next week.

Kind regards,
Marisol Kagame-Dunbar, RN, BSN
""",
)

add(
    slug="workday_solicitud_recibida", kind="application_received", lang="es",
    company="MediCaribe Seguros de Salud", contact="",
    frm=("MediCaribe Seguros de Salud", "medicaribe@myworkday.com"),
    subject="Hemos recibido su solicitud",
    date="2026-03-03 20:11 -0400", structure="html", charset="utf-8", cte="quoted-printable",
    headers=[("Auto-Submitted", "auto-generated")],
    html=ats_table(
        logo_src="https://medicaribe.wd1.myworkdayjobs.com/assets/mc_logo.png",
        logo_alt="MediCaribe", accent="#00857c", lang="es",
        pixel_url="https://wd1.myworkday.com/medicaribe/email/open?e=33f0d1",
        body="""<p>Hola Marisol:</p>
<p>Gracias por solicitar la posición de <strong>Gerente de Experiencia del Afiliado (R-2207)</strong>. Confirmamos que recibimos su solicitud.</p>
<p>Nuestro equipo de Adquisición de Talento evaluará sus cualificaciones. Si su perfil se ajusta a lo que buscamos, nos comunicaremos con usted para coordinar los próximos pasos.</p>
<p>Puede ver el estado de su solicitud en cualquier momento desde su <a href="https://medicaribe.wd1.myworkdayjobs.com/es/Carreras/userHome">página de candidato</a>.</p>
<p>Saludos,<br>Adquisición de Talento · MediCaribe</p>""",
        footer="""Favor de no responder a este mensaje.<br>
MediCaribe Seguros de Salud, Inc. &middot; Carr. 2 Km 8.5, Guaynabo, PR 00968"""),
)

add(
    slug="portal_empleo_candidatura_enviada", kind="application_received", lang="es",
    company="Clínica Retiro Salud", contact="",
    frm=("EmpleoSalud", "avisos@empleosalud.example.es"),
    subject="Tu candidatura se ha enviado a Clínica Retiro Salud",
    date="2026-02-16 22:40 +0100", structure="html", charset="utf-8", cte="quoted-printable",
    headers=[("List-Unsubscribe", "<https://www.empleosalud.example.es/baja?u=88231>")],
    html="""<html lang="es"><body style="margin:0;background:#f4f6f8;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,sans-serif;color:#333;">
<tr><td style="background:#00a19a;padding:16px 24px;"><img src="https://www.empleosalud.example.es/img/mail/logo-blanco.png" alt="EmpleoSalud" height="30"></td></tr>
<tr><td style="padding:24px;font-size:14px;line-height:21px;">
<p>¡Hola, Marisol!</p>
<p>Tu candidatura para <b>Responsable de Atención al Paciente</b> en <b>Clínica Retiro Salud</b> (Madrid) se ha enviado correctamente.</p>
<p>A partir de ahora, la empresa revisará tu CV. Te avisaremos cuando lo lea o si cambia el estado de tu candidatura ("CV leído", "En proceso", "Finalista" o "Descartado").</p>
<p><a href="https://www.empleosalud.example.es/r/c?d=mis-candidaturas&amp;u=88231" style="color:#00a19a;font-weight:bold;">Ver mis candidaturas</a></p>
<p style="margin-top:24px;font-weight:bold;">Ofertas parecidas</p>
<p><a href="https://www.empleosalud.example.es/r/c?d=oferta-41122&amp;u=88231" style="color:#00a19a;">Supervisora de Enfermería - Hospital de día (Pozuelo)</a><br>
<a href="https://www.empleosalud.example.es/r/c?d=oferta-41190&amp;u=88231" style="color:#00a19a;">Coordinadora de Calidad Asistencial (Alcobendas)</a></p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#999;background:#fafafa;">Recibes este email porque te registraste en EmpleoSalud. EmpleoSalud Portal S.L., Calle de Bravo Murillo 120, 28020 Madrid.<br><a href="https://www.empleosalud.example.es/baja?u=88231" style="color:#999;">Darme de baja</a></td></tr>
</table>
<img src="https://www.empleosalud.example.es/r/o.gif?u=88231&amp;m=cand" width="1" height="1" alt="">
</td></tr></table>
</body></html>
""",
)

add(
    slug="acuse_si_no_recibe_noticias", kind="application_received", lang="es",
    company="Hospital San Lázaro de Río Piedras", contact="",
    frm=("Hospital San Lázaro - Recursos Humanos", "no-responder@hsanlazaro.example.pr"),
    subject="Acuse de recibo de solicitud de empleo",
    date="2026-01-26 07:30 -0400", structure="plain", charset="iso-8859-1", cte="quoted-printable",
    text="""Estimado(a) solicitante:

Hemos recibido su solicitud de empleo para la posición de GERENTE DE EXPERIENCIA DEL PACIENTE. Agradecemos su interés en formar parte del equipo del Hospital San Lázaro de Río Piedras.

Debido al gran volumen de solicitudes, no podemos responder a cada persona de manera individual. Si usted no recibe noticias nuestras en un período de cuatro (4) semanas, considere que su solicitud no fue seleccionada para esta posición.

Este es un mensaje automático; favor de no responder a esta dirección.

Oficina de Recursos Humanos
Hospital San Lázaro de Río Piedras
""",
)

add(
    slug="miami_recibimos_su_resume", kind="application_received", lang="es",
    company="Centro de Salud Familiar La Ceiba", contact="mquintana@laceibasalud.example.org",
    frm=("Maritza Quintana", "mquintana@laceibasalud.example.org"),
    subject="RE: Resume - Coordinadora de Operaciones Clínicas",
    date="2026-06-10 09:26 -0400", structure="plain", charset="windows-1252", cte="quoted-printable",
    text="""Buenos días,

Recibimos su resume, muchas gracias. Ya se lo pasé a la directora de operaciones para que lo revise. Estamos recibiendo aplicaciones hasta el viernes 12 y después empezamos a llamar para entrevistas.

Cualquier cosa, me escribe.

Maritza Quintana
HR Manager / Gerente de Recursos Humanos
Centro de Salud Familiar La Ceiba
""",
)

add(
    slug="successfactors_confirmacion_candidatura", kind="application_received", lang="es",
    company="Grupo Hospitalario Castellana", contact="",
    frm=("Grupo Hospitalario Castellana - Empleo", "noreply@successfactors.eu"),
    subject="Confirmación de candidatura - Responsable de Experiencia del Paciente (Ref. 2026-0318)",
    date="2026-04-06 18:02 +0200", structure="html", charset="iso-8859-1", cte="quoted-printable",
    html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#333;background:#ffffff;">
<table width="600" cellpadding="0" cellspacing="0" border="0" align="center">
<tr><td style="padding:16px 0;border-bottom:3px solid #003a70;"><img src="https://career5.successfactors.eu/companylogo/ghcastellana.png" alt="Grupo Hospitalario Castellana" width="200"></td></tr>
<tr><td style="padding:22px 4px;">
<p>Estimada Sra. Kagame-Dunbar:</p>
<p>Le confirmamos la recepción de su candidatura para el puesto <b>Responsable de Experiencia del Paciente</b> (Ref. 2026-0318), Hospital Castellana Chamartín.</p>
<p>El equipo de Selección analizará su perfil y, si se ajusta a los requisitos del puesto, se pondrá en contacto con usted.</p>
<p>Le agradecemos la confianza depositada en nuestro grupo.</p>
<p>Atentamente,<br>Departamento de Selección<br>Grupo Hospitalario Castellana</p>
</td></tr>
<tr><td style="padding:12px 4px;font-size:10px;color:#888;border-top:1px solid #ddd;">
En cumplimiento del Reglamento (UE) 2016/679, le informamos de que sus datos serán tratados por Grupo Hospitalario Castellana, S.A. con la finalidad de gestionar su candidatura. Puede ejercer sus derechos en protecciondatos@ghcastellana.example.es. Este correo se ha generado automáticamente; por favor, no responda.
</td></tr>
</table>
<img src="https://career5.successfactors.eu/email/open?cid=GHC-0318" width="1" height="1" alt="">
</body></html>
""",
)

add(
    slug="teamtailor_merci_candidature", kind="application_received", lang="fr",
    company="Clinique Léman Santé", contact="",
    frm=("Clinique Léman Santé", "no-reply@teamtailor-mail.com"),
    subject="Merci pour votre candidature !",
    date="2026-07-06 07:12 +0200", structure="html", charset="utf-8", cte="quoted-printable",
    html=card(
        brand="Clinique Léman Santé", accent="#0c4a6e", lang="fr",
        logo_src="https://assets.teamtailor-cdn.com/lemansante/logo.png",
        pixel_url="https://tt.teamtailor-mail.com/o/leman-3a11.gif",
        body="""<p>Bonjour Marisol,</p>
<p>Merci d'avoir postulé au poste de <b>Responsable expérience patient – site de Zurich</b>. Nous avons bien reçu votre dossier.</p>
<p>Notre équipe RH étudie chaque candidature avec attention. Nous reviendrons vers vous dans les meilleurs délais, en principe sous deux à trois semaines.</p>
<p>En attendant, découvrez <a href="https://lemansante.teamtailor.com/pages/vie-a-la-clinique?utm_source=email">la vie à la clinique</a>.</p>
<p>Belle journée,<br>L'équipe RH de la Clinique Léman Santé</p>""",
        footer="""Clinique Léman Santé SA · Chemin de Beau-Rivage 12 · 1006 Lausanne<br>
<a href="https://lemansante.teamtailor.com/connect/unsubscribe" style="color:#999;">Se désabonner</a> · Envoyé avec Teamtailor"""),
)

add(
    slug="accuse_seules_personnes_retenues", kind="application_received", lang="fr",
    company="Réseau Santé Francophone du Grand Toronto", contact="",
    frm=("RSFGT - Carrières", "carrieres-noreply@rsfgt.example.ca"),
    subject="Accusé de réception - Concours 2026-011",
    date="2026-02-03 10:00 -0500", structure="plain", charset="iso-8859-1", cte="quoted-printable",
    text="""Bonjour,

Nous accusons réception de votre candidature au poste de coordonnatrice ou coordonnateur de l'expérience patient (concours 2026-011).

Nous remercions toutes les personnes qui posent leur candidature; seules les personnes retenues pour une entrevue seront contactées.

Le Réseau souscrit au principe de l'égalité d'accès à l'emploi. Des mesures d'adaptation sont offertes sur demande à toutes les étapes du processus de sélection.

Service des ressources humaines
Réseau Santé Francophone du Grand Toronto

Ce courriel a été envoyé automatiquement. Veuillez ne pas y répondre.
""",
)

add(
    slug="softgarden_eingangsbestaetigung", kind="application_received", lang="de",
    company="Klinik Limmatblick", contact="",
    frm=("Klinik Limmatblick AG", "jobs-noreply@softgarden.io"),
    subject="Eingangsbestätigung Ihrer Bewerbung",
    date="2026-05-11 23:05 +0200", structure="html", charset="utf-8", cte="quoted-printable",
    html=ats_table(
        logo_src="https://static.softgarden.io/klinik-limmatblick/logo.png",
        logo_alt="Klinik Limmatblick", accent="#2e6e4f", lang="de",
        pixel_url="https://track.softgarden.io/open/klb-50114.gif",
        body="""<p>Sehr geehrte Frau Kagame-Dunbar</p>
<p>Herzlichen Dank für Ihre Bewerbung als <b>Leiterin Patientenmanagement (80–100 %)</b>. Hiermit bestätigen wir Ihnen den Eingang Ihrer Unterlagen.</p>
<p>Wir prüfen Ihr Dossier sorgfältig und melden uns so bald wie möglich bei Ihnen. Den aktuellen Stand Ihrer Bewerbung können Sie jederzeit in Ihrem <a href="https://klinik-limmatblick.softgarden.io/de/candidate/applications">Bewerberkonto</a> einsehen.</p>
<p>Freundliche Grüsse<br>Klinik Limmatblick<br>Human Resources</p>""",
        footer="""Klinik Limmatblick AG &middot; Limmatquai 140 &middot; 8001 Zürich<br>
Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht."""),
)

add(
    slug="successfactors_bearbeitung_wochen", kind="application_received", lang="de",
    company="Zürisana Krankenversicherung", contact="",
    frm=("Zürisana Karriere", "noreply@successfactors.eu"),
    subject="Ihre Bewerbung bei Zürisana – Teamleiterin Kundenerlebnis",
    date="2026-03-23 12:30 +0100", structure="alt", charset="iso-8859-1", cte="quoted-printable",
    html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body style="font-family:Arial,sans-serif;font-size:13px;color:#222;">
<p><img src="https://career5.successfactors.eu/companylogo/zuerisana.png" alt="Zürisana" width="150"></p>
<p>Sehr geehrte Frau Kagame-Dunbar</p>
<p>Wir bedanken uns für Ihre Bewerbung als Teamleiterin Kundenerlebnis (Job-ID 30911) und Ihr Interesse an Zürisana.</p>
<p>Ihre Unterlagen sind bei uns eingegangen und werden nun vom Rekrutierungsteam und der Linie geprüft. Die Bearbeitung dauert in der Regel zwei bis drei Wochen. Wir bitten Sie um etwas Geduld.</p>
<p>Freundliche Grüsse<br>Zürisana Krankenversicherung AG<br>Human Resources</p>
<p style="font-size:10px;color:#888;">Dies ist eine automatisch generierte E-Mail. Antworten an diese Adresse werden nicht bearbeitet.</p>
</body></html>
""",
)

add(
    slug="personio_danke_du", kind="application_received", lang="de",
    company="MedAlpina", contact="",
    frm=("MedAlpina Recruiting", "noreply@personio.de"),
    subject="Danke für deine Bewerbung! 🙌",
    date="2026-08-10 19:44 +0200", structure="html", charset="utf-8", cte="base64",
    html=card(
        brand="MedAlpina", accent="#0369a1", lang="de",
        logo_src="https://medalpina.jobs.personio.de/logo/medalpina.png",
        pixel_url="https://mail.personio.de/o/medalpina-0a01.gif",
        body="""<p>Hallo Marisol</p>
<p>Vielen Dank für deine Bewerbung als <b>Patient Success Lead</b> bei MedAlpina! Wir haben deine Unterlagen erhalten und freuen uns, dich bald besser kennenzulernen.</p>
<p>Wir schauen uns jede Bewerbung persönlich an und melden uns innerhalb von 10 Arbeitstagen bei dir.</p>
<p>Bis bald!<br>Dein MedAlpina Team</p>""",
        footer="""MedAlpina GmbH &middot; Hardturmstrasse 161 &middot; 8005 Zürich<br>
Geschäftsführer: Nico Steiner, Dr. Anja Frei &middot; Diese Nachricht wurde über Personio versendet."""),
)

# =============================================================================================
# offer
# =============================================================================================

add(
    slug="offer_letter_pdf_providence", kind="offer", lang="en",
    company="Providence Care Collective", contact="jnguyen@providencecare.example.org",
    frm=("Janelle Nguyen", "jnguyen@providencecare.example.org"),
    cc=[("Tom Carvalho", "tcarvalho@providencecare.example.org")],
    subject="Offer of Employment - Patient Experience Manager",
    date="2026-10-08 15:30 -0400", structure="mixed", charset="windows-1252", cte="quoted-printable",
    headers=[("X-Mailer", "Microsoft Outlook 16.0")],
    text="""Dear Marisol,

On behalf of Providence Care Collective, I am delighted to offer you the position of Patient Experience Manager, reporting to Tom Carvalho, Vice President of Clinical Operations. Tom is copied here.

The attached letter sets out the details: a starting salary of $104,000 per year, a $5,000 relocation allowance, full benefits from your first day, and a proposed start date of Monday, November 16, 2026.

To accept, please sign and return the letter by Thursday, October 15. This offer is contingent on a satisfactory background check and verification of your Rhode Island RN license (or a compact license).

We are all very excited at the prospect of you joining us. Please call me with any questions.

Warm regards,

Janelle Nguyen | HR Generalist
Providence Care Collective
One Citizens Plaza, Providence, RI 02903 | 401-555-0135
""",
    pdfs=[("Offer_Letter_Kagame-Dunbar.pdf", "Providence Care Collective - Offer of Employment", [
        "October 8, 2026", "", "Marisol Kagame-Dunbar", "", "Dear Marisol,",
        "We are pleased to offer you the position of Patient Experience Manager.",
        "Base salary: $104,000 annually, paid bi-weekly.",
        "Relocation allowance: $5,000. Start date: November 16, 2026.",
        "This offer is contingent upon a background check and license verification.",
        "Please sign and return by October 15, 2026.", "",
        "Janelle Nguyen, HR Generalist", "", "Accepted: ______________________  Date: ________"])],
)

add(
    slug="verbal_offer_confirmed_gmail_chain", kind="offer", lang="en",
    company="Penn Landing Rehabilitation Hospital", contact="maria.delgado@pennlandingrehab.example.org",
    frm=("Maria Delgado", "maria.delgado@pennlandingrehab.example.org"),
    cc=[("O'Rourke, Megan", "megan.orourke@pennlandingrehab.example.org")],
    subject="Re: Thank you - and sorry again about the 9th",
    date="2026-06-25 16:48 -0400", structure="plain", charset="utf-8", cte="quoted-printable",
    refs=["<CAO5mT1xL2pd@mail.example.com>"],
    text="""Marisol,

Great speaking with you this afternoon. To put it in writing: as discussed, we'd like to offer you the Patient Experience Manager position at $97,500, with the sign-on bonus of $3,000 and a start date in early August that works for you.

Megan (cc'd) will send the formal offer letter tomorrow. It will be contingent on the background check and your PA license endorsement, which our credentialing team will help you with.

And please stop apologizing about the 9th - Amtrak happens to all of us.

Maria

Maria Delgado, MSN, RN, NE-BC
Director of Nursing
Penn Landing Rehabilitation Hospital

On Wed, Jun 17, 2026 at 7:02 PM Marisol Kagame-Dunbar <marisol.kd@example.com> wrote:
> Dear Maria,
>
> Thank you for rescheduling after my train was stuck outside Trenton on the
> 9th, and for yesterday's interview. I understand completely if you decide to
> move forward with other candidates, but I wanted you to know how much I'd
> love to help build the patient experience program at Penn Landing.
>
> Best,
> Marisol
""",
)

add(
    slug="workday_conditional_offer_cori", kind="offer", lang="en",
    company="Quincy & Dorchester Family Clinics", contact="abaptiste@qdfamilyclinics.example.org",
    frm=("Quincy & Dorchester Family Clinics", "qdfc@myworkday.com"),
    reply_to=("Andre Baptiste", "abaptiste@qdfamilyclinics.example.org"),
    subject="Your offer from Quincy & Dorchester Family Clinics is ready",
    date="2026-10-14 10:02 -0400", structure="html", charset="utf-8", cte="quoted-printable",
    html=ats_table(
        logo_src="https://qdfc.wd12.myworkdayjobs.com/assets/qdfc-logo.png",
        logo_alt="Quincy & Dorchester Family Clinics", accent="#b45309",
        pixel_url="https://wd12.myworkday.com/qdfc/email/open?e=offer-7f21",
        body="""<p>Dear Marisol,</p>
<p>Congratulations! We are pleased to extend a conditional offer of employment for the position of <strong>Practice Operations Manager - Fields Corner</strong>.</p>
<p>Your offer letter is ready to review and sign in Workday. Please respond by <strong>Wednesday, October 21, 2026</strong>.</p>
<p style="margin:22px 0;"><a href="https://qdfc.wd12.myworkday.com/qdfc/d/task/offer-review.htmld?x=7f21" style="background:#b45309;color:#fff;padding:11px 22px;text-decoration:none;border-radius:3px;">Review Offer</a></p>
<p>This offer is contingent upon the successful completion of a CORI background check, reference checks, and verification of your Massachusetts RN license.</p>
<p>If you have questions about your offer, reply to this email and your recruiter, Andre Baptiste, will get back to you.</p>
<p>Welcome to the team,<br>Quincy &amp; Dorchester Family Clinics</p>""",
        footer="""Quincy &amp; Dorchester Family Clinics, Inc. &middot; 1452 Dorchester Ave, Boston, MA 02122<br>
A community health center serving Quincy and Dorchester since 1974."""),
)

add(
    slug="agency_assignment_contract_pdf", kind="offer", lang="en",
    company="Atlas Travel Nursing", contact="bgallagher@atlastravelnursing.example.com",
    frm=("Brendan Gallagher", "bgallagher@atlastravelnursing.example.com"),
    subject="Your contract - Worcester assignment (ATN-26-0412)",
    date="2026-01-23 17:05 -0500", structure="mixed", charset="utf-8", cte="quoted-printable",
    text="""Hi Marisol,

Congrats - they said yes! Attached is your assignment contract for the 13-week Patient Flow Coordinator assignment in Worcester starting February 9.

Summary:
- 36 hrs/week, days, no floating outside the flow team
- $58/hr taxable + $1,150/week housing stipend (you're commuting, so let's talk about whether the stipend applies)
- Guaranteed hours, 1 week time off pre-approved for March 23-27

Please read it over, sign page 4 and send it back by Tuesday. Once I have it I'll start onboarding (drug screen, TB, fit test).

Brendan

Brendan Gallagher | Account Manager | Atlas Travel Nursing
Direct 857-555-0119
""",
    pdfs=[("Assignment_Contract_ATN-26-0412.pdf", "Atlas Travel Nursing - Assignment Contract ATN-26-0412", [
        "Clinician: Marisol Kagame-Dunbar, RN", "Position: Patient Flow Coordinator",
        "Location: Worcester, MA", "Start: February 9, 2026   Length: 13 weeks",
        "Hours: 36 per week (3 x 12, days)", "Hourly rate: $58.00 (taxable)",
        "Housing stipend: $1,150 per week, if eligible", "",
        "Clinician signature: ______________________   Date: __________"])],
)

add(
    slug="startup_offer_equity_pdf", kind="offer", lang="en",
    company="Gotham Telecare", contact="renee.liu@gothamtelecare.example.com",
    frm=("Renee Liu", "renee.liu@gothamtelecare.example.com"),
    subject="Offer: Director of Patient Experience 🎉",
    date="2026-05-12 12:15 -0400", structure="mixed", charset="utf-8", cte="quoted-printable",
    html_from_text="gmail",
    text="""Hi Marisol,

I'm so happy to send this! Attached is your offer letter for Director of Patient Experience at Gotham Telecare.

The headlines:
- Base salary $118,000
- 0.15% equity (options, 4-year vesting, 1-year cliff)
- Health, dental and vision from day one; $1,500 learning budget
- Hybrid: 2 days/week at our Flatiron office, start date flexible (we'd love June 15)

The offer is valid until Tuesday, May 19. Sam and Dr. Okafor would be glad to jump on a call if you have questions about the team or the role, and I'm around all week.

Renee

Renee Liu
Head of People, Gotham Telecare
""",
    pdfs=[("Gotham_Telecare_Offer_Letter.pdf", "Gotham Telecare, Inc. - Offer Letter", [
        "May 12, 2026", "", "Dear Marisol Kagame-Dunbar,",
        "Gotham Telecare, Inc. is pleased to offer you the position of Director of Patient Experience.",
        "Base salary: $118,000 per year. Equity: options equal to 0.15% of fully diluted shares.",
        "Target start date: June 15, 2026. This offer expires May 19, 2026.", "",
        "Renee Liu, Head of People"])],
)

add(
    slug="carta_oferta_pdf_pr", kind="offer", lang="es",
    company="Hospital San Lázaro de Río Piedras", contact="mocasio@hsanlazaro.example.pr",
    frm=("Lcda. Marta Ocasio", "mocasio@hsanlazaro.example.pr"),
    subject="Oferta de empleo - Gerente de Experiencia del Paciente",
    date="2026-03-27 11:20 -0400", structure="mixed", charset="iso-8859-1", cte="quoted-printable",
    text="""Estimada Sra. Kagame-Dunbar:

Es un placer para nosotros ofrecerle la posición de Gerente de Experiencia del Paciente en el Hospital San Lázaro de Río Piedras.

Adjunto encontrará la carta de oferta con los detalles del salario ($68,000 anuales), los beneficios (plan médico, plan de retiro y bono de Navidad) y la fecha de comienzo propuesta, el 4 de mayo de 2026.

La oferta está sujeta a la verificación de credenciales y a la presentación de su licencia de enfermería de Puerto Rico vigente. Le agradeceremos que nos haga llegar la carta firmada en o antes del 3 de abril.

Quedo a sus órdenes para cualquier pregunta.

Cordialmente,

Lcda. Marta Ocasio
Gerente de Recursos Humanos
Hospital San Lázaro de Río Piedras
Tel. (787) 555-0163, ext. 2210
""",
    pdfs=[("Carta_Oferta_HSL_Kagame-Dunbar.pdf", "Hospital San Lazaro de Rio Piedras - Carta de Oferta", [
        "27 de marzo de 2026", "", "Sra. Marisol Kagame-Dunbar", "",
        "Posicion: Gerente de Experiencia del Paciente",
        "Salario: $68,000 anuales. Fecha de comienzo: 4 de mayo de 2026.",
        "Beneficios: plan medico, plan de retiro, bono de Navidad.",
        "Oferta sujeta a verificacion de credenciales.", "",
        "Firma de aceptacion: ______________________"])],
)

add(
    slug="oferta_condicionada_homologacion", kind="offer", lang="es",
    company="Fundación Sanitaria Arganzuela", contact="egarrido@fsarganzuela.example.es",
    frm=("Elena Garrido", "egarrido@fsarganzuela.example.es"),
    subject="Propuesta de incorporación",
    date="2026-10-06 13:55 +0200", structure="plain", charset="utf-8", cte="base64",
    text="""Hola, Marisol:

Tras las entrevistas con la dirección y con el equipo de Atención al Paciente, tengo el gusto de proponerte tu incorporación a la Fundación como Coordinadora de Experiencia del Paciente.

Las condiciones que te ofrecemos son:
  · Contrato indefinido a jornada completa (37,5 h semanales)
  · Salario bruto anual de 42.000 €, en 14 pagas
  · Incorporación prevista el 11 de enero de 2027

La propuesta queda condicionada a la homologación de tu título de Enfermería por el Ministerio de Ciencia, Innovación y Universidades y a la obtención del permiso de residencia y trabajo. Desde la Fundación te acompañaremos en ambos trámites.

Te agradecería una respuesta antes del 20 de octubre. Si quieres que lo hablemos por teléfono, dime cuándo te viene bien.

Un saludo muy cordial,

Elena Garrido
Directora de Personas
Fundación Sanitaria Arganzuela
Paseo de las Acacias 40, 28005 Madrid
""",
)

add(
    slug="oferta_verbal_confirmada_miami", kind="offer", lang="es",
    company="Centro de Salud Familiar La Ceiba", contact="mquintana@laceibasalud.example.org",
    frm=("Maritza Quintana", "mquintana@laceibasalud.example.org"),
    subject="Confirmación de oferta",
    date="2026-07-09 17:22 -0400", structure="plain", charset="windows-1252", cte="quoted-printable",
    text="""Hola Marisol,

Como hablamos hoy por teléfono, le confirmo por escrito la oferta para la posición de Coordinadora de Operaciones Clínicas en nuestra clínica de Hialeah:

– Salario: $82,000 al año
– Plan médico y dental desde el primer mes
– 15 días de vacaciones + 7 días feriados
– Fecha de comienzo: lunes 10 de agosto

La oferta queda sujeta a la verificación de su licencia de enfermería de Florida y a la prueba de dopaje. La Dra. Esquivel está feliz de que se una al equipo.

Por favor, respóndame confirmando que acepta y le envío los documentos de onboarding.

Saludos,
Maritza Quintana
Gerente de Recursos Humanos
Centro de Salud Familiar La Ceiba
""",
)

add(
    slug="contrat_de_travail_pdf_suisse", kind="offer", lang="fr",
    company="Clinique Léman Santé", contact="sophie.delacretaz@lemansante.example.ch",
    frm=("Sophie Delacrétaz", "sophie.delacretaz@lemansante.example.ch"),
    subject="Votre contrat de travail – Responsable expérience patient",
    date="2026-08-28 10:31 +0200", structure="mixed", charset="utf-8", cte="quoted-printable",
    text="""Chère Madame Kagame-Dunbar,

Suite à nos échanges et à votre accord de principe, j’ai le plaisir de vous transmettre en pièce jointe votre contrat de travail pour le poste de Responsable expérience patient sur notre site de Zurich, ainsi que le règlement du personnel.

Pour rappel, le contrat prévoit un taux d’activité de 100 %, un salaire annuel brut de CHF 118’000 versé en treize mensualités, et une entrée en fonction le 1er décembre 2026. Il est conclu sous réserve de l’obtention de votre autorisation de travail (permis B) et de la reconnaissance de votre diplôme par la Croix-Rouge suisse.

Je vous remercie de nous retourner un exemplaire daté et signé d’ici au 11 septembre.

Avec mes meilleures salutations,

Sophie Delacrétaz
Responsable RH
Clinique Léman Santé
""",
    pdfs=[("Contrat_de_travail_Kagame-Dunbar.pdf", "Clinique Leman Sante SA - Contrat de travail", [
        "Entre Clinique Leman Sante SA et Madame Marisol Kagame-Dunbar",
        "Fonction : Responsable experience patient, site de Zurich",
        "Taux d'activite : 100 %. Salaire annuel brut : CHF 118'000 (13 x)",
        "Entree en fonction : 1er decembre 2026",
        "Sous reserve du permis B et de la reconnaissance du diplome (CRS)", "",
        "Lieu et date : ______________   Signature : ______________"]),
          ("Reglement_du_personnel_2026.pdf", "Clinique Leman Sante SA - Reglement du personnel 2026", [
        "Art. 1 Champ d'application", "Art. 2 Duree du travail", "Art. 3 Vacances"])],
)

add(
    slug="vertragsangebot_spitex_pdf", kind="offer", lang="de",
    company="Spitex Zürich Nord", contact="reto.baumann@spitex-zn.example.ch",
    frm=("Reto Baumann", "reto.baumann@spitex-zn.example.ch"),
    subject="Vertragsangebot Bereichsleitung Einsatzplanung",
    date="2026-10-16 16:05 +0200", structure="mixed", charset="iso-8859-1", cte="quoted-printable",
    text="""Sehr geehrte Frau Kagame-Dunbar

Nach dem sehr angenehmen Gespräch vom 2. Oktober freuen wir uns, Ihnen die Stelle als Bereichsleitung Einsatzplanung anbieten zu dürfen.

Im Anhang finden Sie den Arbeitsvertrag in zweifacher Ausführung. Das Angebot umfasst ein Pensum von 90 %, einen Jahreslohn von CHF 104'000 (bei 100 %, 13 Monatslöhne) sowie den Stellenantritt per 1. Februar 2027.

Der Vertrag steht unter dem Vorbehalt der Arbeitsbewilligung und der Anerkennung Ihres Pflegediploms durch das Schweizerische Rote Kreuz. Wir unterstützen Sie gerne bei beiden Verfahren.

Wir bitten Sie, uns ein unterzeichnetes Exemplar bis am 30. Oktober zurückzusenden.

Freundliche Grüsse

Reto Baumann
Leiter Pflege und Betreuung
Spitex Zürich Nord
Schaffhauserstrasse 355, 8050 Zürich
""",
    pdfs=[("Arbeitsvertrag_Kagame-Dunbar.pdf", "Spitex Zuerich Nord - Arbeitsvertrag", [
        "zwischen Spitex Zuerich Nord und Frau Marisol Kagame-Dunbar",
        "Funktion: Bereichsleitung Einsatzplanung, Pensum 90 %",
        "Jahreslohn: CHF 104'000 (100 %), 13 Monatsloehne",
        "Stellenantritt: 1. Februar 2027",
        "Vorbehalt: Arbeitsbewilligung und SRK-Anerkennung", "",
        "Ort, Datum: ____________   Unterschrift: ____________"])],
)
