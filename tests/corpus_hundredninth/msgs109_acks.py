"""Application acknowledgements and offers for the hundredninth corpus, written one by one."""

from __future__ import annotations

from msgs109_common import CAND, layout, pixel, trk

ACKS = [
    {
        "kind": "application_received", "scenario": "workday_thank_you_applying", "lang": "en",
        "company": "Northvale Health Network", "contact": "",
        "frm": ("Careers at Northvale Health Network", "northvalehealth@myworkday.com"),
        "subject": "Thank you for applying to Northvale Health Network",
        "date": "2026-04-02 22:47 -0400", "structure": "html", "cte": "qp",
        "html": layout(f"""<p style="margin:0 0 14px 0">Dear Maëlle,</p>
<p style="margin:0 0 14px 0">Thank you for applying for the <b>Clinical Informatics Educator</b> position (R-20418). We have received your application and our Talent Acquisition team will review it against the requirements of the role.</p>
<p style="margin:0 0 14px 0">You can check the status of your application at any time by signing in to your <a href="{trk('northvale.wd3.myworkday.com', 'candidate-home')}" style="color:#00629b">Candidate Home</a> account.</p>
<p style="margin:0 0 14px 0">Northvale Health Network is committed to an inclusive and accessible recruitment process. If you require accommodation at any stage, please let us know.</p>
<p style="margin:0">Warm regards,<br>Talent Acquisition<br>Northvale Health Network</p>""",
                    logo="https://northvale.wd3.myworkday.com/wday/asset/logo-northvale.png",
                    alt="Northvale Health Network", accent="#00629b",
                    footer="This message was sent from an unmonitored mailbox. Please do not reply to this email.<br>"
                           "Northvale Health Network &middot; 2200 Lakeshore Blvd W &middot; Toronto, ON M8V 1A4",
                    pix=pixel("northvale.wd3.myworkday.com", "ack-r20418")),
    },
    {
        "kind": "application_received", "scenario": "cannot_reply_every_applicant", "lang": "en",
        "company": "Maplecrest Home Care", "contact": "",
        "frm": ("Maplecrest Home Care Careers", "careers@maplecresthomecare.example.ca"),
        "subject": "Application received - Clinical Informatics Specialist",
        "date": "2026-07-27 12:02 -0400", "structure": "plain", "cte": "7bit",
        "text": """Hello,

Thank you for your application for the position of Clinical Informatics Specialist with Maplecrest Home Care. This email confirms that we have received it.

We receive a very large number of applications for each posting and, regrettably, we cannot reply to every applicant individually. Our hiring team will contact those candidates selected for an interview directly. If you have not heard from us within four weeks of the closing date (August 14, 2026), please consider your application unsuccessful on this occasion.

We appreciate your interest in supporting our nurses and personal support workers in the community.

Human Resources
Maplecrest Home Care
1875 Leslie Street, Toronto ON M3B 2M5

Maplecrest Home Care is an equal opportunity employer. Accommodations are available on request for candidates taking part in all aspects of the selection process.
""",
    },
    {
        "kind": "application_received", "scenario": "sans_reponse_quatre_semaines", "lang": "fr",
        "company": "Groupe hospitalier Saint-Éloi", "contact": "",
        "frm": ("Groupe hospitalier Saint-Éloi – Recrutement", "ghse-recrutement@taleo.net"),
        "subject": "Accusé de réception de votre candidature – Infirmière référente DPI (réf. 26-0318)",
        "date": "2026-04-02 17:12 +0200", "structure": "html", "cte": "qp",
        "html": f"""<html><body style="margin:0;font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#333333">
<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center">
<table width="620" cellpadding="0" cellspacing="0" border="0">
<tr><td style="padding:14px 0;border-bottom:3px solid #00857c"><img src="https://ghse.taleo.net/careersection/theme/ghse/logo_ghse.png" alt="Groupe hospitalier Saint-Éloi" width="200"></td></tr>
<tr><td style="padding:18px 0">
<p>Madame,</p>
<p>Nous accusons réception de votre candidature au poste d'<b>infirmière référente DPI</b> (réf. 26-0318) et vous remercions de l'intérêt que vous portez à notre établissement.</p>
<p>Votre dossier va être étudié avec la plus grande attention par la Direction des soins et la Direction des ressources humaines. En raison du nombre important de candidatures, nous ne sommes pas en mesure de répondre à chacune individuellement : sans réponse de notre part dans un délai de quatre semaines, vous pourrez considérer que votre candidature n'a pas été retenue.</p>
<p>Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.</p>
<p>La Direction des ressources humaines<br>Groupe hospitalier Saint-Éloi</p>
</td></tr>
<tr><td style="font-size:10px;color:#8c8c8c;border-top:1px solid #e0e0e0;padding-top:8px">Conformément au RGPD, vous disposez d'un droit d'accès, de rectification et d'effacement de vos données : <a href="{trk('ghse.taleo.net', 'rgpd')}" style="color:#8c8c8c">exercer mes droits</a>.<br>Message automatique – merci de ne pas répondre.</td></tr>
</table></td></tr></table>
{pixel('ghse.taleo.net', 'ack-260318')}
</body></html>
""",
    },
    {
        "kind": "application_received", "scenario": "job_board_candidature_envoyee", "lang": "fr", "b_words": True,
        "company": "Kinésia Santé", "contact": "",
        "frm": ("SoignantJob", "candidatures@soignantjob.example.fr"),
        "subject": "Votre candidature a bien été envoyée à Kinésia Santé",
        "date": "2026-02-03 08:26 +0100", "structure": "html", "cte": "base64",
        "headers": [("List-Unsubscribe", "<mailto:unsubscribe@soignantjob.example.fr?subject=notif>, <https://www.soignantjob.example.fr/desinscription?u=77a1>")],
        "html": layout(f"""<h1 style="font-size:20px;margin:0 0 14px 0;color:#2f2a85">C'est envoyé ! 🚀</h1>
<p style="margin:0 0 12px 0">Bonjour Maëlle,</p>
<p style="margin:0 0 12px 0">Votre candidature pour l'offre <b>Chargé(e) de déploiement et formation – logiciel de rééducation (H/F)</b> a bien été transmise à <b>Kinésia Santé</b> (Lyon 2e).</p>
<table role="presentation" cellpadding="8" cellspacing="0" style="background:#f4f3ff;border-radius:6px;width:100%;font-size:13px">
<tr><td>📄 CV : CV_Tremblay-Nakamura_2026.pdf</td></tr>
<tr><td>✉️ Lettre de motivation : oui</td></tr>
</table>
<p style="margin:12px 0 12px 0">Le recruteur reviendra directement vers vous s'il souhaite donner suite. Vous pouvez suivre l'avancement depuis votre <a href="{trk('www.soignantjob.example.fr', 'espace')}" style="color:#2f2a85">espace candidat</a>.</p>
<p style="margin:0 0 0 0"><b>Ces offres pourraient aussi vous intéresser :</b><br>
<a href="{trk('www.soignantjob.example.fr', 'o1')}" style="color:#2f2a85">Infirmier(ère) coordinateur(trice) parcours – Villeurbanne</a><br>
<a href="{trk('www.soignantjob.example.fr', 'o2')}" style="color:#2f2a85">Formateur(trice) logiciel de soins – Paris 15e</a></p>""",
                    logo="https://www.soignantjob.example.fr/img/logo-mail.png", alt="SoignantJob", accent="#2f2a85",
                    footer=f'Vous recevez cet e-mail car vous avez postulé via SoignantJob. <a href="{trk("www.soignantjob.example.fr", "unsub")}" style="color:#77797d">Se désinscrire</a><br>'
                           "SoignantJob SAS – 8 rue de Londres, 75009 Paris – RCS Paris 555 118 902",
                    pix=pixel("www.soignantjob.example.fr", "ack-kin")),
    },
    {
        "kind": "application_received", "scenario": "platform_sent_to_employer", "lang": "en",
        "company": "Harborlight Medical Center", "contact": "",
        "frm": ("JobPath", "no-reply@jobpath.example.com"),
        "subject": "Application submitted: Clinical Applications Trainer (Epic Ambulatory)",
        "date": "2026-03-30 21:15 -0400", "structure": "html", "cte": "qp",
        "headers": [("List-Unsubscribe", "<https://www.jobpath.example.com/unsubscribe?e=bXRu>")],
        "html": f"""<html><body style="margin:0;background:#f3f2f1">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px">
<table width="520" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:8px;font-family:'Noto Sans',Arial,sans-serif;font-size:14px;color:#2d2d2d">
<tr><td style="padding:20px 24px"><img src="https://www.jobpath.example.com/m/logo.png" alt="JobPath" height="28"></td></tr>
<tr><td style="padding:0 24px 20px 24px">
<p style="font-size:18px;font-weight:bold;margin:0 0 10px 0">Your application has been submitted</p>
<p style="margin:0 0 6px 0"><b>Clinical Applications Trainer (Epic Ambulatory)</b></p>
<p style="margin:0 0 14px 0;color:#595959">Harborlight Medical Center – Boston, MA</p>
<p style="margin:0 0 14px 0">Good luck, Maëlle! The employer will contact you directly if they'd like to move forward. Keep track of your applications in <a href="{trk('www.jobpath.example.com', 'myjobs')}">My Jobs</a>.</p>
<p style="margin:0;font-size:12px;color:#767676">Tip: employers often respond within 1–2 weeks.</p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#767676;border-top:1px solid #e4e2e0">© 2026 JobPath · <a href="{trk('www.jobpath.example.com', 'privacy')}" style="color:#767676">Privacy</a> · <a href="{trk('www.jobpath.example.com', 'unsub')}" style="color:#767676">Unsubscribe</a></td></tr>
</table></td></tr></table>
{pixel('www.jobpath.example.com', 'sub-hmc')}
</body></html>
""",
    },
    {
        "kind": "application_received", "scenario": "taleo_university_plain", "lang": "fr",
        "company": "Université Champlain-Sud", "contact": "",
        "frm": ("Université Champlain-Sud – Dotation", "ne-pas-repondre@taleo.net"),
        "subject": "Confirmation de réception – concours 26-0412",
        "date": "2026-04-12 23:05 -0400", "structure": "plain", "charset": "windows-1252", "cte": "qp",
        "text": """Madame Maëlle Tremblay-Nakamura,

Nous accusons réception de votre candidature pour le poste de conseillère ou conseiller en formation – environnements cliniques simulés (concours 26-0412), Faculté des sciences infirmières.

Votre candidature sera analysée en fonction des exigences du poste à la fermeture de l'affichage, le 24 avril 2026. Nous communiquerons uniquement avec les personnes retenues pour la suite du processus.

L'Université Champlain-Sud souscrit à un programme d'accès à l'égalité en emploi et invite les femmes, les Autochtones, les membres des minorités visibles et ethniques et les personnes handicapées à présenter leur candidature.

Le Service des ressources humaines – Dotation
Université Champlain-Sud

Ce courriel a été envoyé par un système automatisé. Veuillez ne pas y répondre.
""",
    },
    {
        "kind": "application_received", "scenario": "personio_eingangsbestaetigung", "lang": "de",
        "company": "Alpmed Informatik", "contact": "",
        "frm": ("Alpmed Informatik Recruiting", "alpmed-informatik@mail.personio.de"),
        "subject": "Eingangsbestätigung Ihrer Bewerbung",
        "date": "2026-02-26 16:03 +0100", "structure": "html", "cte": "qp",
        "html": layout("""<p style="margin:0 0 12px 0">Guten Tag Frau Tremblay-Nakamura</p>
<p style="margin:0 0 12px 0">Herzlichen Dank für Ihre Bewerbung als <b>Applikationsspezialist/in Klinische Systeme (Genf, 80–100 %)</b>. Ihre Unterlagen sind vollständig bei uns eingegangen.</p>
<p style="margin:0 0 12px 0">Wir prüfen Ihr Dossier sorgfältig und melden uns innerhalb von zwei bis drei Wochen bei Ihnen. Bis dahin bitten wir Sie um etwas Geduld.</p>
<p style="margin:0 0 12px 0">Freundliche Grüsse</p>
<p style="margin:0">Ihr Recruiting-Team<br>Alpmed Informatik GmbH</p>""",
                    logo="https://alpmed-informatik.jobs.personio.de/assets/logo.png", alt="Alpmed Informatik",
                    accent="#00a19a",
                    footer="Alpmed Informatik GmbH · Technoparkstrasse 5 · 8005 Zürich<br>Geschäftsführer: Reto Baumgartner, Dr. Ines Kälin · UID CHE-555.204.117<br>"
                           "Diese Nachricht wurde automatisch über Personio versendet.",
                    pix=pixel("alpmed-informatik.jobs.personio.de", "ack-0226")),
    },
    {
        "kind": "application_received", "scenario": "softgarden_plain_de", "lang": "de",
        "company": "Medora Systems", "contact": "",
        "frm": ("Medora Systems GmbH", "noreply@softgarden.io"),
        "subject": "Vielen Dank für Ihre Bewerbung bei Medora Systems",
        "date": "2026-03-20 08:31 +0100", "structure": "plain", "cte": "8bit",
        "text": """Sehr geehrte Frau Tremblay-Nakamura,

vielen Dank für Ihre Bewerbung als Clinical Trainer (m/w/d) am Standort Lyon und Ihr Interesse an Medora Systems.

Ihre Unterlagen sind bei uns eingegangen und werden nun von unserem Recruiting-Team und der Fachabteilung geprüft. Wir melden uns so bald wie möglich bei Ihnen.

Den aktuellen Stand Ihrer Bewerbung können Sie jederzeit in Ihrem Bewerberprofil einsehen:
https://medora.softgarden.io/de/applicant/status

Mit freundlichen Grüßen
Ihr Talent-Acquisition-Team
Medora Systems GmbH

--
Medora Systems GmbH · Leopoldstraße 244 · 80807 München
Geschäftsführer: Dr. Florian Weiß, Sabine Kern · Amtsgericht München HRB 255118
Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.
""",
    },
    {
        "kind": "application_received", "scenario": "smartrecruiters_gracias_tu", "lang": "es",
        "company": "Clinixa Sistemas de Salud", "contact": "",
        "frm": ("Clinixa Sistemas de Salud", "noreply@smartrecruiters.com"),
        "subject": "¡Gracias por tu candidatura, Maëlle!",
        "date": "2026-04-15 11:20 +0200", "structure": "html", "cte": "base64", "b_words": True,
        "html": f"""<!DOCTYPE html><html><body style="background:#eef2f5;margin:0">
<center>
<table width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#2b2b2b">
<tr><td style="padding:20px 28px;background:#0e7c86"><img src="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/clinixa.png" alt="Clinixa" height="32"></td></tr>
<tr><td style="padding:24px 28px">
<p>Hola Maëlle:</p>
<p>¡Gracias por presentar tu candidatura a <b>Consultora de formación clínica – Lyon</b>!</p>
<p>Hemos recibido tu solicitud y nuestro equipo de Talento la revisará en los próximos días. Si tu perfil encaja con lo que buscamos, nos pondremos en contacto contigo para los siguientes pasos.</p>
<p>Mientras tanto, puedes conocer mejor cómo trabajamos en nuestro <a href="{trk('jobs.smartrecruiters.com', 'clx-blog')}">blog de equipo</a>.</p>
<p>¡Mucha suerte!<br>El equipo de Talento de Clinixa</p>
</td></tr>
<tr><td style="padding:14px 28px;font-size:11px;color:#8a8a8a;border-top:1px solid #eeeeee">Clinixa Sistemas de Salud, S.L. · C/ de Pujades 77, 08005 Barcelona · Powered by SmartRecruiters · <a href="{trk('jobs.smartrecruiters.com', 'clx-privacy')}" style="color:#8a8a8a">Privacidad</a></td></tr>
</table>
</center>
{pixel('email.smartrecruiters.com', 'clx-0415')}
</body></html>
""",
    },
    {
        "kind": "application_received", "scenario": "gran_volumen_sin_noticias", "lang": "es",
        "company": "Nubesalud", "contact": "",
        "frm": ("Nubesalud", "no-reply@teamtailor-mail.com"),
        "subject": "Hemos recibido su candidatura",
        "date": "2026-08-18 19:44 +0200", "structure": "plain", "cte": "qp",
        "text": """Estimada Maëlle:

Gracias por su interés en el puesto de Especialista de implantación en nuestra oficina de París. Le confirmamos que hemos recibido correctamente su candidatura.

Debido al gran volumen de solicitudes que recibimos, no nos es posible responder de forma individual a cada persona. Si no recibe noticias nuestras en un plazo de 30 días, entienda que en esta ocasión su perfil no ha sido seleccionado para continuar en el proceso.

Le agradecemos de nuevo la confianza depositada en Nubesalud.

Un cordial saludo,
El equipo de Personas de Nubesalud

Nubesalud Tecnologías S.L. · Calle de Alcalá 118, 28009 Madrid
Gestionar mis datos: https://nubesalud.teamtailor.com/connect/privacy
""",
    },
    {
        "kind": "application_received", "scenario": "belgian_endeans_trois_semaines", "lang": "fr",
        "company": "Mutualité Horizon", "contact": "",
        "frm": ("Mutualité Horizon – Jobs", "ne-pas-repondre@mutualite-horizon.example.be"),
        "subject": "Confirmation de votre candidature (réf. MH-2026-031)",
        "date": "2026-04-07 10:18 +0200", "structure": "plain", "charset": "windows-1252", "cte": "qp",
        "text": """Madame Tremblay-Nakamura,

Nous vous remercions pour votre candidature au poste de Formatrice outils métiers (réf. MH-2026-031) et vous confirmons sa bonne réception.

Notre service Recrutement analysera votre dossier et reviendra vers vous endéans les trois semaines pour vous informer de la suite de la procédure. Les candidats présélectionnés seront invités à une épreuve écrite qui se tiendra le 21 avril.

Nous vous prions d'agréer, Madame, nos salutations distinguées.

Service Recrutement – Mutualité Horizon
Rue Haute 139 – 1000 Bruxelles

Cet e-mail est généré automatiquement. Merci de ne pas y répondre.
Vos données sont traitées conformément à notre politique de protection de la vie privée.
""",
    },
    {
        "kind": "application_received", "scenario": "smartrecruiters_geneva_ack", "lang": "fr",
        "company": "Assurances Lémaniques", "contact": "",
        "frm": ("Assurances Lémaniques", "noreply@smartrecruiters.com"),
        "subject": "Nous avons bien reçu votre candidature",
        "date": "2026-06-20 09:40 +0200", "structure": "html", "cte": "qp",
        "html": f"""<!DOCTYPE html><html><body style="background:#f4f4f4;margin:0">
<center>
<table width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#2b2b2b">
<tr><td style="padding:22px 28px;background:#003a70"><img src="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/assurances-lemaniques.png" alt="Assurances Lémaniques" height="34"></td></tr>
<tr><td style="padding:24px 28px">
<p>Chère Madame Tremblay-Nakamura,</p>
<p>Merci d'avoir postulé au poste de <strong>Spécialiste formation – outils de gestion des sinistres santé</strong>. Votre candidature nous est bien parvenue.</p>
<p>Notre équipe RH l'examinera avec soin. Nous reviendrons vers vous dès que possible, au plus tard dans un délai de trois semaines.</p>
<p>Avec nos meilleures salutations,</p>
<p>Ressources humaines<br>Assurances Lémaniques SA</p>
</td></tr>
<tr><td style="padding:14px 28px;font-size:11px;color:#8a8a8a;border-top:1px solid #eeeeee">Propulsé par SmartRecruiters · <a href="{trk('jobs.smartrecruiters.com', 'al-privacy')}" style="color:#8a8a8a">Politique de confidentialité</a></td></tr>
</table>
</center>
{pixel('email.smartrecruiters.com', 'al-0620')}
</body></html>
""",
    },
    {
        "kind": "application_received", "scenario": "icims_alt_received", "lang": "en",
        "company": "Granite Mutual Health", "contact": "",
        "frm": ("Granite Mutual Health Careers", "careers-noreply@granitemutual.icims.com"),
        "subject": "We've received your application - Clinical Programs Trainer",
        "date": "2026-03-02 13:26 -0500", "structure": "alt", "cte": "qp",
        "html": f"""<html><body style="margin:0;background:#ffffff">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="580" cellpadding="0" cellspacing="0" style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#333">
<tr><td style="padding:18px 0;border-bottom:1px solid #e3e3e3"><img src="https://granitemutual.icims.com/icims2/servlet/icims2?module=AppInert&amp;action=download&amp;id=logo" alt="Granite Mutual Health" width="160"></td></tr>
<tr><td style="padding:20px 0">
<p>Hi Maëlle,</p>
<p>Thank you for your interest in the Clinical Programs Trainer position (Job ID 2026-4471). We have received your application and a member of our recruiting team will review your qualifications.</p>
<p>What happens next? If your experience is a match, a recruiter will reach out to schedule a conversation. In the meantime, you can <a href="{trk('careers-granitemutual.icims.com', 'dashboard')}">log in to your profile</a> to review your application.</p>
<p>Thank you,<br>Talent Acquisition<br>Granite Mutual Health, Inc.</p>
</td></tr>
<tr><td style="font-size:11px;color:#888;padding:12px 0;border-top:1px solid #e3e3e3">Granite Mutual Health is an Equal Opportunity Employer.<br>One Federal Street, Boston, MA 02110 &middot; Please do not reply to this automated message.</td></tr>
</table></td></tr></table>
{pixel('granitemutual.icims.com', 'ack-2026-4471')}
</body></html>
""",
    },
    {
        "kind": "application_received", "scenario": "ashby_short_thanks", "lang": "en",
        "company": "Pulsewise", "contact": "",
        "frm": ("Pulsewise Hiring", "no-reply@ashbyhq.com"),
        "subject": "Thanks for applying to Pulsewise!",
        "date": "2026-03-20 10:09 -0400", "structure": "html", "cte": "7bit",
        "html": f"""<html><body style="font-family:-apple-system,'Segoe UI',Roboto,sans-serif;font-size:15px;color:#111827">
<div style="max-width:520px;margin:0 auto;padding:24px">
<img src="https://app.ashbyhq.com/api/images/org-theme-logo/pulsewise.png" alt="Pulsewise" height="28">
<p>Hi Maelle,</p>
<p>Thanks for applying for <b>Clinical Onboarding Lead</b>! We're a small team, so a real human (probably Tom, our co-founder) reads every application. We'll get back to you within about a week either way.</p>
<p>- The Pulsewise team</p>
<p style="font-size:12px;color:#6b7280">Powered by <a href="{trk('jobs.ashbyhq.com', 'psw')}" style="color:#6b7280">Ashby</a></p>
</div>
{pixel('jobs.ashbyhq.com', 'psw-ack')}
</body></html>
""",
    },
    {
        "kind": "application_received", "scenario": "federal_demande_recue_bilingue", "lang": "fr",
        "company": "Agence canadienne d'interopérabilité clinique", "contact": "",
        "frm": ("Emplois ACIC | CCIA Jobs", "notification-emplois@acic-ccia.example.ca"),
        "subject": "Accusé de réception - Processus 26-ACIC-IA-0087 / Acknowledgement",
        "date": "2026-05-14 00:12 -0400", "structure": "plain", "cte": "qp",
        "text": """(English message follows)

Bonjour,

Nous avons bien reçu votre demande d'emploi pour le processus de sélection 26-ACIC-IA-0087 (Analyste en formation clinique, ES-04).

Les personnes dont la candidature satisfait aux critères de présélection seront invitées à un examen écrit en juin. Veuillez consulter régulièrement votre compte, car toutes les communications relatives à ce processus y seront affichées.

Merci de votre intérêt envers l'Agence canadienne d'interopérabilité clinique.

----------

Hello,

We have received your job application for selection process 26-ACIC-IA-0087 (Clinical Training Analyst, ES-04).

Candidates who meet the screening criteria will be invited to a written exam in June. Please check your account regularly, as all communications related to this process will be posted there.

Thank you for your interest in the Canadian Clinical Interoperability Agency.

Ne pas répondre à ce courriel. / Do not reply to this email.
""",
    },
    {
        "kind": "application_received", "scenario": "spontanee_vivier_rh", "lang": "fr",
        "company": "Clinique des Cèdres", "contact": "s.pujol@cliniquedescedres.example.fr",
        "frm": ("Sandrine Pujol", "s.pujol@cliniquedescedres.example.fr"),
        "subject": "RE: Candidature spontanée – Maëlle Tremblay-Nakamura",
        "date": "2026-09-08 14:37 +0200", "structure": "plain", "cte": "qp",
        "irt": "<CAMtn0904cedres@mail.example.ca>",
        "text": """Bonjour Madame,

Nous avons bien reçu votre candidature spontanée et nous vous en remercions.

Je l'ai transmise à M. Ménard, notre directeur des soins, qui étudie actuellement les besoins du service formation pour le premier semestre 2027. Votre profil sera conservé dans notre vivier et nous ne manquerons pas de revenir vers vous si une opportunité se présente.

N'hésitez pas à me recontacter d'ici quelques semaines si vous le souhaitez.

Bien cordialement,

Sandrine Pujol
Assistante RH
Clinique des Cèdres – Lyon 8e
04 78 55 60 12

-----Message d'origine-----
De : Maëlle Tremblay-Nakamura [mailto:maelle.tn@example.ca]
Envoyé : vendredi 4 septembre 2026 18:02
À : Recrutement Clinique des Cèdres
Objet : Candidature spontanée – Maëlle Tremblay-Nakamura

Madame, Monsieur,

Installée à Lyon depuis juin, je vous adresse ma candidature spontanée pour un poste de cadre de santé formation ou d'infirmière référente logiciel de soins. Je reste à votre disposition pour un entretien.
""",
    },
    {
        "kind": "application_received", "scenario": "taleo_plain_received", "lang": "en",
        "company": "Commonwealth Care Analytics", "contact": "",
        "frm": ("Commonwealth Care Analytics", "cca-recruiting-noreply@taleo.net"),
        "subject": "Thank you for your application - Req 2600117",
        "date": "2026-01-14 06:58 -0500", "structure": "plain", "cte": "7bit",
        "text": """Dear Maelle,

Thank you for submitting your application for Req 2600117, Clinical Informatics Nurse Specialist. We have received your materials and will review them carefully.

If your qualifications match the needs of the position, a member of our Talent Acquisition team will contact you to discuss next steps. You may check the status of your submission at any time from the candidate portal.

Regards,

Talent Acquisition Team
Commonwealth Care Analytics, LLC

*** This is an automatically generated email. Please do not reply. ***
""",
    },
    {
        "kind": "application_received", "scenario": "agency_cv_enregistre", "lang": "fr",
        "company": "Talentis Santé", "contact": "",
        "frm": ("Talentis Santé", "candidats@talentis-sante.example.fr"),
        "subject": "Talentis Santé : votre candidature est enregistrée",
        "date": "2026-06-18 07:30 +0200", "structure": "alt", "cte": "qp",
        "html": f"""<html><body style="font-family:Tahoma,Verdana,sans-serif;font-size:13px;color:#333">
<table width="600" cellpadding="0" cellspacing="0" border="0">
<tr><td style="padding:12px 0"><img src="https://www.talentis-sante.example.fr/mail/logo-talentis.png" alt="Talentis Santé – recrutement santé &amp; médico-social" width="170"></td></tr>
<tr><td>
<p>Bonjour Maëlle,</p>
<p>Nous vous confirmons la bonne réception de votre candidature pour l'offre <b>Référente paramétrage DPI (H/F) – Paris</b>.</p>
<p>Votre CV a été enregistré dans notre base et transmis à la consultante en charge du recrutement. Si votre profil correspond aux attentes de notre client, elle prendra contact avec vous par téléphone dans les prochains jours.</p>
<p>L'équipe Talentis Santé</p>
</td></tr>
<tr><td style="font-size:10px;color:#999;padding-top:12px;border-top:1px solid #eee">Ceci est un message automatique, merci de ne pas y répondre.<br>Talentis Santé – 37 boulevard Haussmann – 75009 Paris · <a href="{trk('www.talentis-sante.example.fr', 'rgpd')}" style="color:#999">Données personnelles</a></td></tr>
</table>
</body></html>
""",
    },
    {
        "kind": "application_received", "scenario": "seules_personnes_retenues", "lang": "fr",
        "company": "CISSS des Deux-Rives", "contact": "",
        "frm": ("Emplois CISSS des Deux-Rives", "emplois-nepasrepondre@cisss-deuxrives.example.ca"),
        "subject": "Accusé de réception - concours 2026-DSI-044",
        "date": "2026-02-20 03:14 -0500", "structure": "plain", "charset": "iso-8859-1", "cte": "8bit",
        "text": """Bonjour,

Nous avons bien reçu votre candidature pour le poste d'infirmière conseillère / infirmier conseiller en soutien aux systèmes cliniques (concours 2026-DSI-044), Direction des soins infirmiers.

Nous vous remercions de l'intérêt que vous portez au CISSS des Deux-Rives. Veuillez noter que seules les personnes retenues pour une entrevue seront contactées.

Direction des ressources humaines, des communications et des affaires juridiques
CISSS des Deux-Rives

Ceci est un envoi automatique. Merci de ne pas répondre à ce courriel.
""",
    },
    {
        "kind": "application_received", "scenario": "workable_received", "lang": "en",
        "company": "Bayview Health Partners", "contact": "",
        "frm": ("Bayview Health Partners", "noreply@workablemail.com"),
        "subject": "Bayview Health Partners: application received",
        "date": "2026-05-12 15:51 -0400", "structure": "html", "cte": "qp",
        "html": layout(f"""<p style="margin:0 0 12px 0">Hi Maëlle,</p>
<p style="margin:0 0 12px 0">Thanks for applying for <b>Clinical Systems Educator</b> at Bayview Health Partners. Your application has been received and will be reviewed by our hiring team.</p>
<p style="margin:0 0 12px 0">We aim to get back to every candidate within two weeks. In the meantime, feel free to learn more about our <a href="{trk('apply.workable.com', 'bhp-about')}" style="color:#2b7a78">primary care teams</a>.</p>
<p style="margin:0">Best,<br>The Bayview Health Partners Hiring Team</p>""",
                    logo="https://workablehr.s3.amazonaws.com/uploads/account/logo/bayview.png", alt="Bayview Health Partners",
                    accent="#2b7a78",
                    footer=f'Sent by Bayview Health Partners via Workable · <a href="{trk("apply.workable.com", "bhp-privacy")}" style="color:#77797d">Privacy</a>',
                    pix=pixel("apply.workable.com", "bhp-ack")),
    },
    {
        "kind": "application_received", "scenario": "bamboohr_bien_recu", "lang": "fr",
        "company": "Logiciels Médicus", "contact": "",
        "frm": ("Logiciels Médicus", "ne-pas-repondre@bamboohr.com"),
        "subject": "Nous avons bien reçu votre candidature!",
        "date": "2026-09-15 11:03 -0400", "structure": "html", "cte": "qp",
        "html": layout(f"""<p style="margin:0 0 12px 0">Bonjour Maëlle,</p>
<p style="margin:0 0 12px 0">Merci pour votre intérêt envers Logiciels Médicus! Nous avons bien reçu votre candidature pour le poste de <b>Formatrice/Formateur clinique</b>.</p>
<p style="margin:0 0 12px 0">Notre équipe Talents prendra le temps de l'analyser. Si votre profil correspond à nos besoins, nous communiquerons avec vous pour planifier un premier appel.</p>
<p style="margin:0 0 12px 0">Suivez-nous sur <a href="{trk('medicus.bamboohr.com', 'linkedin')}" style="color:#5a2d82">LinkedIn</a> pour découvrir la vie chez Médicus.</p>
<p style="margin:0">L'équipe Talents<br>Logiciels Médicus inc.</p>""",
                    logo="https://medicus.bamboohr.com/logos/medicus_logo.png", alt="Logiciels Médicus",
                    accent="#5a2d82",
                    footer="Logiciels Médicus inc. · 1250, rue Guy, bureau 600, Montréal (Québec) H3H 2L3<br>"
                           "Ce courriel a été envoyé par BambooHR pour le compte de Logiciels Médicus.",
                    pix=pixel("medicus.bamboohr.com", "ack-0915")),
    },
]

OFFERS = [
    {
        "kind": "offer", "scenario": "lettre_offre_pdf_quebec", "lang": "fr",
        "company": "Hôpital Montmorency", "contact": "julie.fortin@hopitalmontmorency.example.ca",
        "frm": ("Julie Fortin", "julie.fortin@hopitalmontmorency.example.ca"),
        "subject": "Offre d'emploi - infirmière clinicienne, soutien aux technologies cliniques",
        "date": "2026-03-03 15:00 -0500", "structure": "mixed", "charset": "iso-8859-1", "cte": "qp",
        "text": """Bonjour Madame Tremblay-Nakamura,

À la suite de votre entrevue du 19 février, j'ai le plaisir de vous offrir le poste d'infirmière clinicienne, soutien aux technologies cliniques (affichage 26-112), poste permanent à temps complet, quart de jour.

Vous trouverez ci-joint votre lettre d'offre, qui précise votre échelon salarial (échelon 9, selon la reconnaissance de votre expérience), la date d'entrée en fonction proposée (lundi 13 avril 2026) et les conditions préalables à l'embauche.

Je vous invite à me retourner la lettre signée d'ici le mardi 10 mars. N'hésitez pas à m'appeler si vous avez des questions; je serai ravie d'en discuter avec vous.

Au nom de toute l'équipe, bienvenue!

Julie Fortin
Conseillère en dotation
Hôpital Montmorency
418 555-0160, poste 2208
""",
        "attachments": [{"name": "Lettre_offre_Tremblay-Nakamura_26-112.pdf", "lines": [
            "HOPITAL MONTMORENCY - Service de la dotation",
            "Quebec, le 3 mars 2026",
            "Objet : Offre d'emploi - affichage 26-112",
            "Madame, nous avons le plaisir de vous offrir le poste d'infirmiere clinicienne,",
            "soutien aux technologies cliniques, permanent temps complet.",
            "Entree en fonction : 13 avril 2026. Echelon 9.",
            "Signature de la candidate : ______________________",
        ]}],
    },
    {
        "kind": "offer", "scenario": "verbal_offer_confirmed_pdf", "lang": "en",
        "company": "Tidewater Clinical Systems", "contact": "jordan.ellis@tidewaterclinical.example.com",
        "frm": ("Jordan Ellis", "jordan.ellis@tidewaterclinical.example.com"),
        "subject": "Your offer from Tidewater Clinical Systems",
        "date": "2026-02-26 17:22 -0500", "structure": "mixed", "cte": "qp",
        "html": """<div style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#1f1f1f">
<p>Hi Maëlle,</p>
<p>It was great speaking with you this afternoon! As promised, I'm following up in writing to confirm the verbal offer for the <b>Clinical Implementation Specialist</b> role:</p>
<ul>
<li>Base salary: USD 92,000 per year</li>
<li>Start date: Monday, April 6, 2026 (flexible if you need more time for the visa paperwork)</li>
<li>Remote-first, with travel to client sites up to 40%</li>
<li>Relocation support of USD 7,500 and TN visa sponsorship</li>
</ul>
<p>The formal offer letter is attached. Please review it and let me know if you have any questions; you'll also receive a DocuSign envelope tomorrow morning to sign electronically. We'd appreciate your answer by Friday, March 6.</p>
<p>Everyone on the team is thrilled. I really hope you say yes!</p>
<p>Jordan Ellis<br>Recruiter | Tidewater Clinical Systems<br>One Marina Park Drive, Boston, MA 02210</p>
</div>
""",
        "attachments": [{"name": "Tidewater_Offer_Letter_MTremblay-Nakamura.pdf", "lines": [
            "Tidewater Clinical Systems, Inc.",
            "February 26, 2026",
            "Dear Maelle Tremblay-Nakamura,",
            "We are pleased to offer you the position of Clinical Implementation Specialist.",
            "Annual base salary: USD 92,000. Anticipated start date: April 6, 2026.",
            "This offer is contingent upon work authorization and a background check.",
            "Accepted: ______________________  Date: __________",
        ]}],
    },
    {
        "kind": "offer", "scenario": "offre_conditionnelle_antecedents", "lang": "fr",
        "company": "Institut québécois des données cliniques", "contact": "dotation@iqdc.example.ca",
        "frm": ("Dotation IQDC", "dotation@iqdc.example.ca"),
        "subject": "Offre d'emploi conditionnelle - concours no 2026-117",
        "date": "2026-09-18 10:40 -0400", "structure": "plain", "charset": "iso-8859-1", "cte": "qp",
        "text": """Madame,

Nous avons le plaisir de vous informer que le comité de sélection a retenu votre candidature pour l'emploi d'agente de formation en systèmes cliniques (concours no 2026-117).

Cette offre est conditionnelle :
- à la vérification de vos antécédents judiciaires;
- à la confirmation de votre inscription au tableau de l'ordre professionnel;
- à la réception de vos diplômes et relevés de notes originaux.

Le traitement annuel offert est de 78 412 $, selon l'échelle de traitement en vigueur, et l'entrée en fonction est prévue le lundi 19 octobre 2026, sous réserve des vérifications ci-dessus.

Nous vous saurions gré de nous faire part de votre décision par retour de courriel d'ici le 25 septembre. Les formulaires de consentement à la vérification vous seront transmis dès votre acceptation.

Veuillez agréer, Madame, nos salutations distinguées.

Martine Roy
Technicienne en dotation
pour la Direction des ressources humaines
Institut québécois des données cliniques
""",
    },
    {
        "kind": "offer", "scenario": "contrat_a_signer_geneve", "lang": "fr",
        "company": "Fondation Genève Soins", "contact": "nadia.berset@fgsoins.example.ch",
        "frm": ("Berset Nadia", "nadia.berset@fgsoins.example.ch"),
        "subject": "Contrat de travail – Infirmière référente outils numériques",
        "date": "2026-07-09 15:25 +0200", "structure": "mixed", "charset": "windows-1252", "cte": "qp",
        "text": """Madame,

Suite à votre entretien du 18 juin et à notre conversation téléphonique de lundi, nous avons le plaisir de vous faire parvenir votre contrat de travail de durée indéterminée pour le poste d'infirmière référente outils numériques (taux d'activité 90 %), avec une entrée en fonction au 1er octobre 2026.

Le salaire annuel brut s'élève à CHF 98'540.–, versé en treize mensualités, selon la classe 15 de notre échelle salariale. Nous vous accompagnerons dans les démarches d'obtention de votre permis de séjour B et de la reconnaissance de votre diplôme auprès de la Croix-Rouge suisse.

Nous vous remercions de nous retourner les deux exemplaires signés d'ici au 24 juillet, par courrier postal ou scannés par courriel.

Nous nous réjouissons de vous accueillir et vous adressons, Madame, nos cordiales salutations.

Nadia Berset
Spécialiste RH – Recrutement
Fondation Genève Soins
Avenue Cardinal-Mermillod 36 – 1227 Carouge
""",
        "attachments": [{"name": "Contrat_CDI_Tremblay-Nakamura.pdf", "lines": [
            "FONDATION GENEVE SOINS - Contrat de travail de duree indeterminee",
            "Entre la Fondation Geneve Soins et Madame Maelle Tremblay-Nakamura",
            "Fonction : infirmiere referente outils numeriques, taux 90 %",
            "Debut : 1er octobre 2026. Salaire annuel brut : CHF 98'540.- (13 x)",
            "Lieu et date : ______________  Signature : ______________",
        ]}, {"name": "Reglement_du_personnel_2026.pdf", "lines": [
            "Reglement du personnel - edition 2026",
            "Chapitre 1 : Dispositions generales",
        ]}],
    },
    {
        "kind": "offer", "scenario": "university_offer_of_appointment", "lang": "en",
        "company": "Ridgeway University School of Nursing", "contact": "lwhitcomb@ridgeway-u.example.com",
        "frm": ("Lauren Whitcomb", "lwhitcomb@ridgeway-u.example.com"),
        "subject": "Offer of Appointment – Clinical Simulation & Informatics Instructor",
        "date": "2026-02-27 11:10 -0500", "structure": "html", "cte": "qp",
        "html": f"""<html><body style="font-family:Georgia,'Times New Roman',serif;font-size:15px;color:#222">
<table width="640" cellpadding="0" cellspacing="0" border="0">
<tr><td style="border-bottom:2px solid #7a1f2b;padding-bottom:10px"><img src="https://www.ridgeway-u.example.com/brand/nursing-wordmark.png" alt="Ridgeway University School of Nursing" width="260"></td></tr>
<tr><td style="padding-top:16px">
<p>Dear Ms. Tremblay-Nakamura,</p>
<p>It is my pleasure to offer you an appointment as <b>Clinical Simulation &amp; Informatics Instructor</b> in the Ridgeway University School of Nursing, a full-time, benefits-eligible, non-tenure-track position, effective August 17, 2026, for an initial term of three years.</p>
<p>Your starting annual salary will be $84,500. You will teach in the simulation and informatics sequence of the BSN program and coordinate the School's electronic health record training environment. The committee was unanimous after your teaching demonstration on February 10.</p>
<p>Please review the formal letter and terms in the faculty portal and indicate your acceptance by March 13, 2026:</p>
<p><a href="{trk('sign.ridgeway-u.example.com', 'offer-fsi-2026')}" style="background:#7a1f2b;color:#ffffff;padding:9px 16px;text-decoration:none">Review and sign your offer</a></p>
<p>I would be glad to speak with you about any aspect of the offer, including support with your TN status.</p>
<p>With warm regards,</p>
<p>Lauren Whitcomb, PhD, RN<br>Associate Dean for Academic Affairs<br>Ridgeway University School of Nursing</p>
</td></tr>
<tr><td style="font-size:11px;color:#777;padding-top:14px">Ridgeway University · 100 Commonwealth Way · Boston, MA 02215</td></tr>
</table>
</body></html>
""",
    },
    {
        "kind": "offer", "scenario": "agencia_oferta_cliente_nombrado", "lang": "es",
        "company": "Clinique Beau-Rivage", "contact": "alvaro.mendez@talentosanitario.example.com",
        "frm": ("Álvaro Méndez", "alvaro.mendez@talentosanitario.example.com"),
        "subject": "Oferta de la Clinique Beau-Rivage",
        "date": "2026-04-28 18:05 +0200", "structure": "plain", "cte": "8bit",
        "text": """Estimada Maëlle:

¡Enhorabuena! Me acaba de llamar la directora de enfermería de la Clinique Beau-Rivage: quieren ofrecerle el puesto de Enfermera referente de sistemas clínicos en Ginebra.

Las condiciones que me han trasladado son las siguientes:
- Contrato indefinido al 100 %, incorporación el 1 de septiembre de 2026
- Salario bruto anual de CHF 104 000, en trece pagas
- Apoyo para el permiso B y la reubicación

La clínica le enviará la carta de oferta formal esta semana. Le propongo que hablemos mañana por teléfono para repasar todo antes de que responda. ¿Le va bien a las 16:00 (hora de Ginebra)?

Un saludo muy cordial,

Álvaro Méndez
Consultor Senior - División Salud
Talento Sanitario Global
+34 91 555 28 40
""",
    },
    {
        "kind": "offer", "scenario": "vertragsangebot_du_pdf", "lang": "de", "b_words": True, "irt": "<CAMtn1001vit@mail.example.ca>",
        "company": "Vitalis Datentechnik", "contact": "lena.hoffmann@vitalis-daten.example.com",
        "frm": ("Lena Hoffmann", "lena.hoffmann@vitalis-daten.example.com"),
        "subject": "Dein Vertragsangebot bei Vitalis 🎉",
        "date": "2026-10-02 16:48 +0200", "structure": "mixed", "cte": "base64",
        "text": """Liebe Maëlle,

wie gestern am Telefon schon angekündigt: Wir möchten dich sehr gerne als Clinical Onboarding Managerin in unserem Brüsseler Team haben!

Im Anhang findest du deinen Arbeitsvertrag (unbefristet, Vollzeit, Start am 1. Dezember 2026) mit den besprochenen Konditionen: 62.000 € brutto im Jahr plus 10 % variable Vergütung, zwei Homeoffice-Tage pro Woche und Sprachkurs Niederländisch auf unsere Kosten.

Bitte unterschreib den Vertrag bis zum 16. Oktober über den DocuSign-Link, den du separat bekommst, oder schick mir einfach einen Scan. Wenn du noch Fragen hast, ruf mich jederzeit an.

Wir freuen uns riesig auf dich!

Viele Grüße
Lena

Lena Hoffmann
People & Culture Lead
Vitalis Datentechnik GmbH | Büro Brüssel: Avenue des Arts 19, 1000 Brüssel
Sitz: Köln, Amtsgericht Köln HRB 98 555 | Geschäftsführer: Thomas Reuter

Von: Maëlle Tremblay-Nakamura <maelle.tn@example.ca>
Gesendet: Donnerstag, 1. Oktober 2026 18:20
An: Lena Hoffmann <lena.hoffmann@vitalis-daten.example.com>
Betreff: AW: Zweites Gespräch

Liebe Lena,

danke für das nette Gespräch mit dem Team! Leider kann ich wegen meiner Kündigungsfrist im Krankenhaus erst ab dem 1. Dezember anfangen. Ich hoffe, das ist kein Problem für euch.

Viele Grüße
Maëlle
""",
        "attachments": [{"name": "Arbeitsvertrag_Tremblay-Nakamura_2026.pdf", "lines": [
            "Vitalis Datentechnik GmbH - Arbeitsvertrag",
            "zwischen der Vitalis Datentechnik GmbH und Frau Maelle Tremblay-Nakamura",
            "Position: Clinical Onboarding Managerin, Brussel, Beginn 01.12.2026",
            "Jahresbruttogehalt: 62.000 EUR zzgl. 10 % variable Verguetung",
            "Unterschrift: ____________________",
        ]}],
    },
    {
        "kind": "offer", "scenario": "promesse_embauche_lyon", "lang": "fr",
        "company": "Clinique du Parc Monplaisir", "contact": "a.bonnet@clinique-monplaisir.example.fr",
        "frm": ("Aurélie Bonnet", "a.bonnet@clinique-monplaisir.example.fr"),
        "subject": "Promesse d'embauche – Infirmière formatrice DPI",
        "date": "2026-04-02 12:30 +0200", "structure": "mixed", "charset": "windows-1252", "cte": "qp",
        "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
        "text": """Madame,

Nous faisons suite à votre entretien du 12 mars et à votre rencontre avec l'équipe de direction le 27 mars.

Nous avons le plaisir de vous confirmer notre souhait de vous recruter en qualité d'infirmière formatrice DPI, en contrat à durée indéterminée, à compter du 1er juin 2026. Vous trouverez ci-joint votre promesse d'embauche précisant la rémunération (2 850 € bruts mensuels sur 13 mois), le temps de travail et la période d'essai.

Nous vous remercions de nous la retourner datée et signée, précédée de la mention « Lu et approuvé », avant le 15 avril.

Nous sommes ravis de vous compter bientôt parmi nous.

Bien cordialement,

Aurélie Bonnet
Responsable ressources humaines
Clinique du Parc Monplaisir
27 rue Professeur Florence – 69008 Lyon
""",
        "attachments": [{"name": "Promesse_embauche_MTN.pdf", "lines": [
            "CLINIQUE DU PARC MONPLAISIR - Promesse d'embauche",
            "Lyon, le 2 avril 2026",
            "Poste : infirmiere formatrice DPI - CDI - temps plein",
            "Date d'entree : 1er juin 2026. Remuneration : 2 850 EUR bruts mensuels x 13",
            "Periode d'essai : 2 mois renouvelable une fois",
            "Lu et approuve, signature : ____________________",
        ]}],
    },
    {
        "kind": "offer", "scenario": "verbal_then_written_quoted_unfortunately", "lang": "en",
        "company": "Lakehead Virtual Care", "contact": "priyanka.shah@lakeheadvc.example.com",
        "frm": ("Priyanka Shah", "priyanka.shah@lakeheadvc.example.com"),
        "subject": "Re: Clinical Training Lead - any update?",
        "date": "2026-06-02 09:14 -0400", "structure": "plain", "cte": "qp",
        "irt": "<CAMtn0601lvc@mail.example.ca>",
        "text": """Hi Maëlle,

Great timing – I was about to email you. I'm thrilled to confirm what Dana told you on the phone yesterday evening: we'd like to offer you the Clinical Training Lead position!

Summary of the offer:
- Salary: $88,000 CAD, plus 4 weeks of vacation
- Start date: July 6, 2026 (we can discuss)
- Fully remote from Montréal, with one week per quarter in Thunder Bay

The formal offer letter will come through DocuSign this afternoon. Take the time you need, but if you could let us know by Friday, that would be ideal given your other process.

So happy this worked out after the scheduling chaos!

Priyanka

Priyanka Shah | Talent Partner | Lakehead Virtual Care

On Mon, Jun 1, 2026 at 4:12 PM Maëlle Tremblay-Nakamura <maelle.tn@example.ca> wrote:
> Hi Priyanka,
>
> I hope you're well. Unfortunately I have to give another employer an answer by Friday, and I wanted to check whether there's any update on the Clinical Training Lead role after last week's interview with Dana. I would much rather join Lakehead if it's a possibility.
>
> Thank you,
> Maëlle
""",
    },
    {
        "kind": "offer", "scenario": "belgian_cdi_avantages", "lang": "fr",
        "company": "Lumen Santé Conseil", "contact": "b.claes@lumen-sante.example.be",
        "frm": ("Bénédicte Claes", "b.claes@lumen-sante.example.be"),
        "subject": "Proposition d'engagement – Lumen Santé Conseil",
        "date": "2026-09-25 17:10 +0200", "structure": "alt", "cte": "qp",
        "irt": "<lumen-bc-0901@lumen-sante.example.be>",
        "html": """<div style="font-family:'Trebuchet MS',Arial,sans-serif;font-size:14px;color:#2c2c2c">
<p>Bonjour Maëlle,</p>
<p>Suite à nos deux rencontres et à l'avis très positif de Wim et de toute l'équipe e-santé, j'ai le grand plaisir de vous proposer de nous rejoindre comme <b>consultante junior e-santé</b>.</p>
<p>Voici les principaux éléments de notre proposition :</p>
<table cellpadding="5" cellspacing="0" style="border-collapse:collapse;font-size:13px">
<tr><td style="border-bottom:1px solid #ddd">Contrat</td><td style="border-bottom:1px solid #ddd">contrat de travail à durée indéterminée, temps plein</td></tr>
<tr><td style="border-bottom:1px solid #ddd">Rémunération</td><td style="border-bottom:1px solid #ddd">3 650 € bruts/mois, 13e mois et double pécule de vacances</td></tr>
<tr><td style="border-bottom:1px solid #ddd">Avantages</td><td style="border-bottom:1px solid #ddd">chèques-repas, éco-chèques, assurance hospitalisation, abonnement STIB</td></tr>
<tr><td>Entrée en service</td><td>lundi 2 novembre 2026</td></tr>
</table>
<p>Le contrat vous sera envoyé pour signature dès réception de votre accord de principe. Je reste bien entendu disponible pour en parler de vive voix.</p>
<p>Au plaisir de vous lire,</p>
<p>Bénédicte Claes<br>Associée – Lumen Santé Conseil<br>Avenue Louise 231, 1050 Ixelles · +32 2 555 87 12</p>
</div>
""",
    },
]

MESSAGES = ACKS + OFFERS

assert all(m["frm"][1] != CAND for m in MESSAGES)
