"""Application acknowledgements (21) and offers (10). Acknowledgements include the ones that
warn "if you hear nothing, consider yourself unsuccessful"; offers include written, verbal
confirmed, conditional, and contracts to sign with PDF attachments."""

from __future__ import annotations

from msgs121_invites import MID_IRCB_INVITE

MESSAGES: list[dict] = []

# =============================================================================================
# Application received
# =============================================================================================

MESSAGES.append({
    "kind": "application_received", "scenario": "workday_thank_you", "company": "Halden Pharmaceuticals", "contact": "", "language": "en",
    "sender": ("Halden Pharmaceuticals Talent Acquisition", "halden@myworkday.com"),
    "subject": "Thank you for applying to Halden Pharmaceuticals",
    "date": "2026-01-12 20:47:31 +0000", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;padding:0;background-color:#f4f4f4;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f4f4f4;"><tr><td align="center" style="padding:24px 0;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:21px;color:#333333;">
<tr><td style="padding:20px 32px;border-bottom:3px solid #0b5d7a;"><img src="https://halden.wd3.myworkday.com/halden/assets/logo?id=7781" alt="Halden Pharmaceuticals" width="180" height="40" style="display:block;border:0;"></td></tr>
<tr><td style="padding:28px 32px;">
<p style="margin:0 0 14px;">Hi Chiamaka,</p>
<p style="margin:0 0 14px;">We&#39;ve received your application for <b>Clinical Study Coordinator (Fixed Term, 18 months)</b>, requisition R-0048213. Thank you for considering a career with us.</p>
<p style="margin:0 0 14px;">What happens next: our recruiters review every application against the role requirements. If your profile is a match, we&#39;ll contact you to discuss next steps. You can follow the status of your application at any time from your candidate home.</p>
<p style="margin:0;">Best wishes,<br>Talent Acquisition, Halden Pharmaceuticals</p>
</td></tr>
<tr><td style="padding:0 32px 28px;"><a href="https://halden.wd3.myworkday.com/halden/d/home.htmld?src=email_ack" style="background:#0b5d7a;color:#ffffff;padding:10px 18px;text-decoration:none;border-radius:3px;display:inline-block;">Track your application</a></td></tr>
<tr><td style="padding:16px 32px;background:#eeeeee;font-size:11px;line-height:16px;color:#777777;">This message was sent from an unmonitored mailbox.<br>Halden Pharmaceuticals plc is registered in England and Wales, company number 04417729.<br><a href="https://www.halden-pharma.example.com/privacy/candidates" style="color:#777777;">Candidate privacy notice</a></td></tr>
</table></td></tr></table>
<img src="https://halden.wd3.myworkday.com/email/open?t=0a77e3f1c2d84b90" width="1" height="1" alt="" style="display:none;">
</body></html>
""",
})

MESSAGES.append({
    "kind": "application_received", "scenario": "charity_four_weeks_unsuccessful", "company": "Mouth Cancer Research Trust",
    "contact": "", "language": "en",
    "sender": ("Mouth Cancer Research Trust", "no-reply@mcrt.example.org.uk"),
    "subject": "Application received – Research Projects Officer",
    "date": "2026-02-09 22:13:08 +0000", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Dear Chiamaka,

Thank you for applying for the post of Research Projects Officer at the Mouth Cancer Research Trust. This email confirms that we have received your application form and supporting statement.

We will review all applications after the closing date of Friday 27 February. Because of the number of applications we usually receive, we are not able to give feedback at the shortlisting stage.

If you have not heard from us within four weeks of the closing date, please assume that on this occasion your application has been unsuccessful.

Thank you for your interest in our work.

People & Culture Team
Mouth Cancer Research Trust
Registered charity in England and Wales (1187734)

This is an automatic acknowledgement; replies to this address are not monitored.
""",
})

MESSAGES.append({
    "kind": "application_received", "scenario": "bamboohr_cannot_reply_everyone", "company": "Smile Aid International",
    "contact": "", "language": "en",
    "sender": ("Smile Aid International", "notifications@app.bamboohr.com"),
    "subject": "Thanks for applying to Smile Aid International",
    "date": "2026-03-09 19:21:44 +0000", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": """<html><body style="background:#f3f3f3;margin:0;padding:0;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:22px 0;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:'Lato',Arial,sans-serif;font-size:15px;line-height:23px;color:#444;">
<tr><td style="padding:22px 30px;"><img src="https://smileaid.bamboohr.com/logos/smileaid_logo.png" alt="Smile Aid International" width="160"></td></tr>
<tr><td style="padding:0 30px 24px;">
<p>Dear Chiamaka,</p>
<p>Thank you for applying for the <strong>Programme Officer (Research &amp; Evaluation)</strong> position. We&#39;re grateful that you&#39;d like to support our work bringing preventive dental care to children in East Africa.</p>
<p>We are a small team and receive a very large number of applications, so we&#39;re afraid we cannot reply to every applicant individually. Shortlisted candidates will be contacted by Friday 27 March.</p>
<p>With thanks,<br>The Smile Aid International team</p>
</td></tr>
<tr><td style="padding:16px 30px;background:#fafafa;font-size:11px;color:#999;">Smile Aid International is a registered charity in England and Wales (1164402). 3 Leathermarket Court, London SE1 3HS.<br>Powered by BambooHR. <a href="https://smileaid.bamboohr.com/careers/privacy" style="color:#999;">Applicant privacy notice</a></td></tr>
</table></td></tr></table>
<img src="https://app.bamboohr.com/email/open.gif?id=3327401" width="1" height="1" alt="">
</body></html>
""",
})

MESSAGES.append({
    "kind": "application_received", "scenario": "nhs_portal_submitted",
    "company": "Severn Vale University Hospitals NHS Foundation Trust", "contact": "", "language": "en",
    "sender": ("HealthJobs Portal", "no-reply@healthjobs.example.nhs.uk"),
    "subject": "Application submitted: 301-CTA-2466 Clinical Trials Assistant",
    "date": "2026-03-02 21:58:17 +0000", "structure": "plain", "charset": "us-ascii", "cte": "7bit",
    "text": """Dear Chiamaka Ross-Bellamy

Your application has been submitted.

Job reference: 301-CTA-2466
Job title: Clinical Trials Assistant, Band 4
Employer: Severn Vale University Hospitals NHS Foundation Trust
Closing date: 8 March 2026

The employer will review your application after the closing date. If you are shortlisted, you will receive an invitation to interview through your HealthJobs account.

If you have not heard from the employer within 4 weeks of the closing date, please assume you have not been shortlisted on this occasion.

This is an automated email. Please do not reply.

HealthJobs Portal
""",
})

MESSAGES.append({
    "kind": "application_received", "scenario": "jobboard_sent_with_tips", "company": "Octavo Research Group", "contact": "", "language": "en",
    "sender": ("JobHive", "applications@mail.jobhive.example.com"),
    "subject": "Your application was sent to Octavo Research Group",
    "date": "2026-04-02 13:07:52 +0100", "structure": "html", "charset": "utf-8", "cte": "base64",
    "headers": {"List-Unsubscribe": "<https://www.jobhive.example.com/unsubscribe?type=apply_confirm&u=9a8f>",
             "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"},
    "html": """<html><body style="margin:0;background:#fff;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="font-family:Arial,sans-serif;font-size:14px;color:#2d2d2d;">
<tr><td style="padding:18px 20px;border-bottom:1px solid #eee;"><img src="https://cdn.jobhive.example.com/email/jobhive-logo.png" alt="JobHive" height="28"></td></tr>
<tr><td style="padding:24px 20px 8px;">
<p style="font-size:20px;font-weight:bold;margin:0 0 8px;">Application sent &#10003;</p>
<p>Your application for <b>Clinical Trial Assistant &ndash; Phase I Unit</b> was sent to <b>Octavo Research Group</b> (Birmingham).</p>
<p style="color:#6f6f6f;">The employer will contact you directly if they want to move forward. You can check your applications any time in <a href="https://www.jobhive.example.com/myjobs?utm_campaign=apply_confirm">My Jobs</a>.</p>
</td></tr>
<tr><td style="padding:8px 20px;">
<table width="100%" cellpadding="10" cellspacing="0" style="background:#f7f9fc;border-radius:6px;"><tr><td>
<p style="margin:0 0 6px;font-weight:bold;">Get ready for the interview</p>
<p style="margin:0;"><a href="https://t.jobhive.example.com/c/eyJ1IjoiOWE4ZiIsImwiOiJjcm8taW50ZXJ2aWV3In0?utm_campaign=apply_confirm">10 questions you&#39;ll be asked at a CRO interview</a><br>
<a href="https://t.jobhive.example.com/c/eyJ1IjoiOWE4ZiIsImwiOiJhZnRlci1yZWplY3Rpb24ifQ?utm_campaign=apply_confirm">What to do if you don&#39;t hear back</a></p>
</td></tr></table>
</td></tr>
<tr><td style="padding:16px 20px;">
<p style="font-weight:bold;margin:0 0 6px;">Similar jobs</p>
<p style="margin:0;"><a href="https://www.jobhive.example.com/viewjob?jk=77b1&amp;from=apply_confirm">Research Assistant &ndash; Dental Public Health</a> &middot; Birmingham<br>
<a href="https://www.jobhive.example.com/viewjob?jk=77c4&amp;from=apply_confirm">Clinical Trials Administrator</a> &middot; Solihull</p>
</td></tr>
<tr><td style="padding:16px 20px;font-size:11px;color:#999;border-top:1px solid #eee;">&copy; 2026 JobHive Ltd. <a href="https://www.jobhive.example.com/unsubscribe?type=apply_confirm&amp;u=9a8f" style="color:#999;">Unsubscribe</a> &middot; <a href="https://www.jobhive.example.com/privacy" style="color:#999;">Privacy</a></td></tr>
</table></td></tr></table>
<img src="https://t.jobhive.example.com/o/u9a8f.gif" width="1" height="1" alt="">
</body></html>
""",
})

MESSAGES.append({
    "kind": "application_received", "scenario": "greenhouse_received", "company": "Meridian Clinical Research", "contact": "", "language": "en",
    "sender": ("Meridian Clinical Research", "no-reply@greenhouse-mail.io"),
    "subject": "Thank you for applying to Meridian Clinical Research",
    "date": "2026-01-20 07:41:19 +0000", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Hi Chiamaka,

Thank you for your interest in Meridian Clinical Research! We've received your application for Clinical Research Associate I (London) and our recruiting team is reviewing it.

If your experience looks like a match for the role, a member of the team will be in touch to talk about next steps.

Thanks again,
The Meridian Talent Team

This inbox isn't monitored. To update your application, use the link in your confirmation page.
""",
    "html": """<div style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222;">
<p>Hi Chiamaka,</p>
<p>Thank you for your interest in Meridian Clinical Research! We&#39;ve received your application for <b>Clinical Research Associate I (London)</b> and our recruiting team is reviewing it.</p>
<p>If your experience looks like a match for the role, a member of the team will be in touch to talk about next steps.</p>
<p>Thanks again,<br>The Meridian Talent Team</p>
<p style="font-size:11px;color:#888;">This inbox isn&#39;t monitored. To update your application, use the link in your confirmation page.</p>
</div>
<img width="1" height="1" alt="" src="https://links.greenhouse-mail.io/o/eJwtzDEOgjAUBuCrmH9WW4">
""",
})

MESSAGES.append({
    "kind": "application_received", "scenario": "lever_we_read_everything", "company": "Toothwise", "contact": "", "language": "en",
    "sender": ("Toothwise", "no-reply@hire.lever.co"),
    "subject": "Thanks for applying to Toothwise!",
    "date": "2026-02-05 23:02:45 +0000", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Hey Chiamaka,

Thanks for applying for the Clinical Research Associate (Dental AI) role! Your application is in.

We're a team of 14 and a human reads every application (really). We aim to get back to everyone within two weeks, whatever the outcome.

In the meantime, you can find out more about how we're using X-ray AI to spot decay earlier at toothwise.example.com/research.

Team Toothwise

--
Toothwise is a trading name of Dentiq Health Ltd, registered in England No 13577201.
""",
    "html": """<html><body style="font-family:Inter,Helvetica,Arial,sans-serif;color:#0f172a;font-size:15px;line-height:24px;">
<div style="max-width:540px;margin:0 auto;padding:24px;">
<img src="https://lever-client-logos.s3.amazonaws.com/toothwise-logo.png" alt="Toothwise" width="120" style="margin-bottom:16px;">
<p>Hey Chiamaka,</p>
<p>Thanks for applying for the <strong>Clinical Research Associate (Dental AI)</strong> role! Your application is in.</p>
<p>We&#x27;re a team of 14 and a human reads every application (really). We aim to get back to everyone within two weeks, whatever the outcome.</p>
<p>In the meantime, you can find out more about <a href="https://toothwise.example.com/research?utm_source=lever">how we&#x27;re using X-ray AI to spot decay earlier</a>.</p>
<p>Team Toothwise</p>
<hr style="border:none;border-top:1px solid #e2e8f0;">
<p style="font-size:11px;color:#64748b;">Toothwise is a trading name of Dentiq Health Ltd, registered in England No 13577201.</p>
</div></body></html>
""",
})

MESSAGES.append({
    "kind": "application_received", "scenario": "smartrecruiters_received", "company": "Ardent & Hale Clinical Research",
    "contact": "", "language": "en",
    "sender": ("Ardent & Hale Clinical Research", "jobs-noreply@smartrecruiters.com"),
    "subject": "We've received your application – Study Start-Up Assistant",
    "date": "2026-02-09 12:33:02 +0000", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": """<html><body style="background:#f2f4f7;margin:0;padding:0;">
<center>
<table width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;font-family:'Open Sans',Arial,sans-serif;font-size:14px;color:#3c3c3c;">
<tr><td style="background:#6b1d3a;padding:16px 24px;"><img src="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/8ab2/ardenthale.png" alt="Ardent &amp; Hale Clinical Research" height="34"></td></tr>
<tr><td style="padding:24px;">
<p>Dear Chiamaka,</p>
<p>Thank you for your application for <b>Study Start-Up Assistant</b> (Birmingham). We&rsquo;re pleased to confirm that it has been received and is now with our Talent Acquisition team.</p>
<p>We review applications as they arrive, so you may hear from us before the advert closes. Whatever the outcome, we will let you know.</p>
<p>Kind regards,<br>Talent Acquisition<br>Ardent &amp; Hale Clinical Research</p>
</td></tr>
<tr><td style="padding:12px 24px;background:#f7f7f7;font-size:11px;color:#888;">
Ardent &amp; Hale Clinical Research Ltd, Colmore Plaza, 20 Colmore Circus, Birmingham B4 6AT.<br>
Powered by <a href="https://www.smartrecruiters.com/?utm_source=email&amp;utm_medium=candidate" style="color:#888;">SmartRecruiters</a> &middot; <a href="https://my.smartrecruiters.com/privacy-settings" style="color:#888;">Manage your data</a>
</td></tr></table></center>
<img src="https://email.smartrecruiters.com/o/eyJ1IjoiYTc3" width="1" height="1" alt="">
</body></html>
""",
})

MESSAGES.append({
    "kind": "application_received", "scenario": "family_practice_cv_passed_on", "company": "Walcot Street Dental",
    "contact": "gwen@walcotstreetdental.example.co.uk", "language": "en",
    "sender": ("Gwen Pettifer", "gwen@walcotstreetdental.example.co.uk"),
    "subject": "Your CV",
    "date": "2026-08-19 12:51:30 +0100", "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "text": """Dear Chiamaka,

Thank you for dropping your CV and covering letter in on Saturday – my daughter was on reception and passed them straight to me.

I've given them to Dr Mehta, who looks after the research side of the practice (we recruit patients for two university studies at the moment). He's away on holiday until 1 September, so please don't worry if you don't hear anything before then.

Best wishes,

Gwen Pettifer
Practice Manager
Walcot Street Dental – family dentists in Bath since 1979
62 Walcot Street, Bath BA1 5BD
01225 496 031
""",
})

MESSAGES.append({
    "kind": "application_received", "scenario": "icims_irish_go_raibh_maith_agat", "company": "Claritas Trials Europe",
    "contact": "", "language": "en",
    "sender": ("Claritas Trials Europe Careers", "careers-claritastrials@talent.icims.com"),
    "subject": "Go raibh maith agat - application received (Req 2026-1187)",
    "date": "2026-06-08 18:14:55 +0100", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": """<html><head><meta charset="utf-8"></head><body>
<table width="100%" cellspacing="0" cellpadding="0" border="0" style="font-family:Georgia,'Times New Roman',serif;font-size:15px;color:#2b2b2b;">
<tr><td style="padding:18px 0 12px;border-bottom:1px solid #c9d6df;"><img src="https://careers-claritastrials.icims.com/images/claritas_header.png" alt="Claritas Trials Europe" width="220"></td></tr>
<tr><td style="padding:18px 0;">
<p>Go raibh maith agat, Chiamaka &ndash; thank you for applying.</p>
<p>We have received your application for <strong>Clinical Research Coordinator</strong> (Req 2026-1187), Dublin (Eastpoint).</p>
<p>Our Talent Acquisition team will review your application alongside the requirements of the role. You can check the status of your application, update your details or withdraw at any time by logging in to your candidate profile.</p>
<p>Kind regards,<br>Talent Acquisition Team<br>Claritas Trials Europe</p>
</td></tr>
<tr><td style="padding-top:14px;border-top:1px solid #c9d6df;font-family:Arial,sans-serif;font-size:11px;color:#7a8690;">
Claritas Trials Europe DAC, registered in Ireland No. 612334. Registered office: Block C, Eastpoint Business Park, Dublin 3, D03 K2T8.<br>
This mailbox is not monitored. <a href="https://careers-claritastrials.icims.com/jobs/login?mobile=false&amp;width=1140" style="color:#7a8690;">Log in to your profile</a>
</td></tr></table>
<img src="https://talent.icims.com/icims2?track=open&amp;m=5498810" width="1" height="1" border="0" alt="">
</body></html>
""",
})

MESSAGES.append({
    "kind": "application_received", "scenario": "agency_cv_received_own_role", "company": "Helix Search",
    "contact": "marcus.oyelaran@helixsearch.example.co.uk", "language": "en",
    "sender": ("Marcus Oyelaran", "marcus.oyelaran@helixsearch.example.co.uk"),
    "subject": "RE: Application - CRA II (Oxford) - ref HS-40871",
    "date": "2026-03-05 08:44:20 +0000", "structure": "plain", "charset": "windows-1252", "cte": "quoted-printable",
    "text": """Hi Chiamaka

Thanks for your application for the CRA II role in Oxford (ref HS-40871) that I'm recruiting for. I've received your CV and cover note.

I'm out at client meetings for the next couple of days but I'll go through it properly on Friday and give you a call early next week to talk about your experience and what you're looking for.

Regards

Marcus Oyelaran | Principal Consultant | Helix Search
Life Sciences Recruitment · Oxford · London · Cambridge
T +44 1865 496 117

Helix Search Limited. Registered in England No 07623190.
""",
})

MESSAGES.append({
    "kind": "application_received", "scenario": "taleo_received_job_number", "company": "Aurelis Pharma", "contact": "", "language": "en",
    "sender": ("Careers at Aurelis Pharma", "aurelis@taleo.net"),
    "subject": "Aurelis Pharma - Application Received - Job 2600417",
    "date": "2026-06-02 22:30:48 +0100", "structure": "plain", "charset": "us-ascii", "cte": "7bit",
    "text": """Dear Chiamaka Ross-Bellamy,

Thank you for submitting your application for the position of Clinical Trial Associate (Birmingham), Job Number 2600417.

Your application has been successfully received and will be reviewed by our recruitment team. Due to the high volume of applications, only candidates selected for interview will be contacted.

You may check the status of your application at any time by logging in to the Aurelis Pharma careers site.

Sincerely,

Aurelis Pharma Human Resources

*** This is an automated message. Replies to this address are not read. ***
""",
})

MESSAGES.append({
    "kind": "application_received", "scenario": "fr_accuse_reception_sf", "company": "Laboratoires Vernay", "contact": "", "language": "fr",
    "sender": ("Laboratoires Vernay - Recrutement", "noreply@vernay.successfactors.eu"),
    "hdr_charset": "iso-8859-1", "hdr_enc": "q",
    "subject": "Accusé de réception de votre candidature (réf. 4471)",
    "date": "2026-03-12 21:05:11 +0100", "structure": "html", "charset": "iso-8859-1", "cte": "quoted-printable",
    "html": """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body style="font-family:Verdana,Arial,sans-serif;font-size:12px;color:#333;">
<table width="640" cellpadding="0" cellspacing="0" border="0">
<tr><td><img src="https://performancemanager5.successfactors.eu/doc/custom/VERNAY/logo_vernay.gif" alt="Laboratoires Vernay" width="200" height="50"></td></tr>
<tr><td style="padding:20px 0;">
<p>Madame,</p>
<p>Nous accusons bonne réception de votre candidature au poste de <b>Chargé(e) d'études cliniques</b> (réf. 4471) et vous remercions de l'intérêt que vous portez à notre groupe.</p>
<p>Votre dossier va être étudié avec attention par notre équipe de recrutement et par le responsable du service concerné. Nous reviendrons vers vous dans les meilleurs délais.</p>
<p>Vous pouvez suivre l'avancement de votre candidature depuis votre espace candidat.</p>
<p>Cordialement,</p>
<p>La Direction des Ressources Humaines<br>Laboratoires Vernay</p>
</td></tr>
<tr><td style="border-top:1px solid #ccc;padding-top:8px;font-size:10px;color:#888;">
Ce message est généré automatiquement, merci de ne pas y répondre.<br>
Laboratoires Vernay SA - 18 quai Gallieni, 92150 Suresnes - RCS Nanterre 552 041 887</td></tr>
</table></body></html>
""",
})

MESSAGES.append({
    "kind": "application_received", "scenario": "fr_sans_reponse_trois_semaines", "company": "Fondation Sourire Santé",
    "contact": "recrutement@sourire-sante.example.org", "language": "fr",
    "sender": ("Fondation Sourire Santé - Recrutement", "recrutement@sourire-sante.example.org"),
    "hdr_charset": "windows-1252", "hdr_enc": "q",
    "subject": "Votre candidature - Chargée de projets recherche",
    "date": "2026-02-16 10:02:39 +0100", "structure": "plain", "charset": "windows-1252", "cte": "8bit",
    "text": """Madame,

Nous avons bien reçu votre candidature au poste de chargée de projets recherche et vous remercions de l'intérêt que vous portez à notre fondation.

Votre dossier sera examiné par notre comité de sélection après la clôture des candidatures, le 6 mars. Sans réponse de notre part sous trois semaines après cette date, vous pourrez considérer que votre candidature n'a pas été retenue.

Pour toute question, vous pouvez répondre à ce message.

Bien cordialement,

Le service des ressources humaines
Fondation Sourire Santé
27 rue Oberkampf, 75011 Paris
""",
})

MESSAGES.append({
    "kind": "application_received", "scenario": "fr_plateforme_candidature_envoyee", "company": "Kliniq", "contact": "", "language": "fr",
    "sender": ("Jungle Emploi", "notifications@jungle-emploi.example.fr"),
    "subject": "C'est envoyé ! Ta candidature chez Kliniq",
    "date": "2026-04-07 22:41:03 +0200", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "headers": {"List-Unsubscribe": "<https://www.jungle-emploi.example.fr/desabonnement?u=c2h5&t=confirmation>"},
    "html": """<!doctype html><html lang="fr"><body style="margin:0;background:#fff8ec;">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center" style="padding:24px 12px;">
<table width="560" cellpadding="0" cellspacing="0" role="presentation" style="background:#ffffff;font-family:Arial,sans-serif;font-size:15px;line-height:23px;color:#222;">
<tr><td style="padding:20px 28px;background:#ffcd00;"><img src="https://cdn.jungle-emploi.example.fr/mail/logo-jungle.png" alt="Jungle Emploi" width="130"></td></tr>
<tr><td style="padding:26px 28px;">
<p>Bravo Chiamaka !</p>
<p>Ta candidature pour le poste de <b>Coordinatrice / Coordinateur de recherche clinique (H/F)</b> a bien été envoyée à <b>Kliniq</b>.</p>
<p>L'équipe de recrutement va la consulter dans les prochains jours. Tu peux suivre son statut à tout moment dans ton espace.</p>
<p><a href="https://www.jungle-emploi.example.fr/mes-candidatures?utm_source=mail&amp;utm_campaign=confirmation" style="background:#222;color:#fff;padding:10px 18px;text-decoration:none;border-radius:20px;">Suivre ma candidature</a></p>
<p style="font-size:13px;color:#666;">Petit conseil : renseigne-toi sur les dernières levées de fonds de l'entreprise avant un éventuel entretien, ça fait toujours bonne impression.</p>
</td></tr>
<tr><td style="padding:14px 28px;font-size:11px;color:#999;background:#fafafa;"><a href="https://www.jungle-emploi.example.fr/desabonnement?u=c2h5&amp;t=confirmation" style="color:#999;">Se désabonner</a> · Jungle Emploi SAS, 29 rue de Cléry, 75002 Paris</td></tr>
</table></td></tr></table>
<img src="https://t.jungle-emploi.example.fr/open/77ab.png" width="1" height="1" alt="">
</body></html>
""",
})

MESSAGES.append({
    "kind": "application_received", "scenario": "es_acuse_recibo_iso", "company": "Grifalt Laboratorios", "contact": "", "language": "es",
    "sender": ("Grifalt Laboratorios - Selección", "seleccion@grifalt.example.es"),
    "hdr_charset": "iso-8859-1", "hdr_enc": "b",
    "subject": "Hemos recibido su candidatura",
    "date": "2026-04-15 08:03:27 +0200", "structure": "html", "charset": "iso-8859-1", "cte": "quoted-printable",
    "html": """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body style="font-family:Tahoma,Arial,sans-serif;font-size:13px;color:#303030;">
<table width="600" border="0" cellpadding="0" cellspacing="0">
<tr><td style="border-bottom:4px solid #b3001b;padding-bottom:10px;"><img src="https://www.grifalt.example.es/img/mail/cabecera.jpg" alt="Grifalt Laboratorios" width="240"></td></tr>
<tr><td style="padding:18px 0;">
<p>Estimada Sra. Ross-Bellamy:</p>
<p>Le confirmamos que hemos recibido correctamente su candidatura para el puesto de <b>Técnico/a de Ensayos Clínicos</b> (ref. GR-TEC-0326) en Sant Cugat del Vallès.</p>
<p>Nuestro equipo de Personas y Cultura analizará su perfil y, si encaja con los requisitos del puesto, se pondrá en contacto con usted para las siguientes fases del proceso.</p>
<p>Muchas gracias por su interés en Grifalt Laboratorios.</p>
<p>Reciba un cordial saludo,<br>Departamento de Personas y Cultura</p>
</td></tr>
<tr><td style="font-size:10px;color:#888;border-top:1px solid #ddd;padding-top:8px;">Este correo se ha enviado desde una dirección que no admite respuestas.<br>
Grifalt Laboratorios, S.A. - Av. de la Generalitat 152, 08174 Sant Cugat del Vallès (Barcelona).</td></tr>
</table></body></html>
""",
})

MESSAGES.append({
    "kind": "application_received", "scenario": "es_plataforma_enviada", "company": "Fundación Salud Bucal Catalunya",
    "contact": "", "language": "es",
    "sender": ("TrabajoYa", "notificaciones@trabajoya.example.es"),
    "subject": "Tu candidatura se ha enviado correctamente",
    "date": "2026-09-07 20:16:40 +0200", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "headers": {"List-Unsubscribe": "<mailto:baja@trabajoya.example.es?subject=envio>"},
    "html": """<html><body style="margin:0;background:#eef3f8;">
<table align="center" width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#2d3a4a;">
<tr><td style="padding:18px 24px;background:#0a66c2;"><img src="https://static.trabajoya.example.es/mail/logo_blanco.png" alt="TrabajoYa" height="26"></td></tr>
<tr><td style="padding:24px;">
<p style="font-size:18px;font-weight:bold;margin:0 0 12px;">¡Candidatura enviada!</p>
<p>Hola Chiamaka, tu candidatura para <b>Técnico/a de proyectos de salud bucodental</b> se ha enviado a <b>Fundación Salud Bucal Catalunya</b>.</p>
<p>Te avisaremos por correo cuando la empresa lea tu CV o cambie el estado de tu candidatura.</p>
<p><a href="https://www.trabajoya.example.es/candidaturas?utm_source=envio" style="background:#0a66c2;color:#fff;padding:10px 16px;text-decoration:none;border-radius:4px;">Ver mis candidaturas</a></p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#8896a6;background:#f6f8fa;"><a href="https://www.trabajoya.example.es/cuenta/notificaciones" style="color:#8896a6;">Gestionar notificaciones</a> · TrabajoYa Servicios Digitales, S.L. · Calle de Orense 34, 28020 Madrid</td></tr>
</table>
<img src="https://click.trabajoya.example.es/open?id=7a01f" width="1" height="1" alt="">
</body></html>
""",
})

MESSAGES.append({
    "kind": "application_received", "scenario": "es_workable_tuteo_recibida", "company": "Mediloop", "contact": "", "language": "es",
    "sender": ("Mediloop", "noreply@candidates.workablemail.com"),
    "subject": "Hemos recibido tu candidatura - Clinical Operations Associate",
    "date": "2026-06-10 11:29:15 +0200", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "text": """¡Hola Chiamaka!

Gracias por tu interés en Mediloop. Hemos recibido tu candidatura para Clinical Operations Associate y la vamos a revisar con calma.

Somos un equipo pequeño y contestamos a todo el mundo, aunque a veces tardemos un par de semanas. Mientras tanto, puedes echar un vistazo a cómo trabajamos en mediloop.example.es/equipo.

Un saludo,
El equipo de Mediloop
""",
    "html": """<div style="font-family:Arial,sans-serif;font-size:14px;line-height:21px;color:#222;">
<p>¡Hola Chiamaka!</p>
<p>Gracias por tu interés en Mediloop. Hemos recibido tu candidatura para <b>Clinical Operations Associate</b> y la vamos a revisar con calma.</p>
<p>Somos un equipo pequeño y contestamos a todo el mundo, aunque a veces tardemos un par de semanas. Mientras tanto, puedes echar un vistazo a <a href="https://mediloop.example.es/equipo?utm_source=workable">cómo trabajamos</a>.</p>
<p>Un saludo,<br>El equipo de Mediloop</p>
<p style="font-size:11px;color:#aaa;">Enviado con Workable</p>
</div>
""",
})

MESSAGES.append({
    "kind": "application_received", "scenario": "es_solo_preseleccionados", "company": "Hospital Universitari Montsant",
    "contact": "", "language": "es",
    "sender": ("Hospital Universitari Montsant · Selecció", "no-reply@hmontsant.example.es"),
    "subject": "Confirmación de recepción de candidatura - Ref. HUM-INV-2609",
    "date": "2026-10-01 09:11:06 +0200", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Estimada candidata:

Le confirmamos la recepción de su candidatura para la plaza de Coordinador/a de Investigación Clínica (Ref. HUM-INV-2609) del Instituto de Investigación del Hospital Universitari Montsant.

Debido al elevado número de candidaturas que recibimos, solo nos pondremos en contacto con las personas preseleccionadas para la fase de entrevistas. Si en un plazo de 30 días no ha recibido noticias nuestras, entienda que su candidatura no ha sido seleccionada en esta ocasión.

Le agradecemos su interés.

Unitat de Selecció
Hospital Universitari Montsant
Passeig de la Vall d'Hebron 210, 08035 Barcelona

Este mensaje se ha generado automáticamente. Por favor, no responda a esta dirección.
""",
})

MESSAGES.append({
    "kind": "application_received", "scenario": "de_personio_eingang", "company": "Lindqvist Klinische Forschung",
    "contact": "", "language": "de",
    "sender": ("Lindqvist Klinische Forschung GmbH", "jobs-noreply@lindqvist-kf.jobs.personio.de"),
    "subject": "Vielen Dank für Ihre Bewerbung",
    "date": "2026-02-02 19:55:24 +0100", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": """<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333;background:#f5f5f5;margin:0;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;">
<tr><td style="padding:20px 30px;"><img src="https://lindqvist-kf.jobs.personio.de/assets/logo.png" alt="Lindqvist Klinische Forschung" width="180"></td></tr>
<tr><td style="padding:0 30px 20px;line-height:21px;">
<p>Sehr geehrte Frau Ross-Bellamy,</p>
<p>vielen Dank für Ihre Bewerbung als <strong>Clinical Trial Coordinator (m/w/d)</strong> für unseren Standort London. Hiermit bestätigen wir den Eingang Ihrer Unterlagen.</p>
<p>Wir prüfen Ihre Bewerbung sorgfältig und melden uns in der Regel innerhalb von zwei Wochen bei Ihnen.</p>
<p>Mit freundlichen Grüßen<br>Ihr People-Team<br>Lindqvist Klinische Forschung</p>
</td></tr>
<tr><td style="padding:14px 30px;background:#fafafa;font-size:10px;color:#999;line-height:15px;">
Lindqvist Klinische Forschung GmbH · Leopoldstraße 144 · 80804 München<br>
Geschäftsführer: Dr. Henrik Lindqvist, Petra Aumüller · Amtsgericht München HRB 219874<br>
Diese E-Mail wurde automatisch versendet. Bitte antworten Sie nicht auf diese Nachricht.
</td></tr></table></td></tr></table>
</body></html>
""",
})

MESSAGES.append({
    "kind": "application_received", "scenario": "de_softgarden_eingangsbestaetigung", "company": "Biovalis Studienzentrum",
    "contact": "", "language": "de",
    "sender": ("Biovalis Karriere", "biovalis-noreply@softgarden.io"),
    "subject": "Eingangsbestätigung Ihrer Bewerbung – Study Coordinator (m/w/d) London",
    "date": "2026-08-11 07:48:33 +0200", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Sehr geehrte Frau Ross-Bellamy,

herzlichen Dank für Ihre Bewerbung als Study Coordinator (m/w/d) an unserem Standort London und das damit verbundene Interesse an Biovalis.

Ihre Unterlagen sind vollständig bei uns eingegangen. Wir werden sie nun sorgfältig prüfen und uns so bald wie möglich bei Ihnen melden.

Den aktuellen Stand Ihrer Bewerbung können Sie jederzeit in Ihrem Bewerberkonto einsehen.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Biovalis Studienzentrum GmbH

Biovalis Studienzentrum GmbH · Maximilianstraße 35 · 80539 München
Geschäftsführerin: Dr. Claudia Sendlinger · Amtsgericht München HRB 240117
""",
    "html": """<html><body style="margin:0;background:#f0f2f5;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:21px;color:#333;">
<tr><td style="padding:20px 30px;border-bottom:2px solid #2c7a7b;"><img src="https://biovalis.softgarden.io/assets/logo_biovalis.png" alt="Biovalis Studienzentrum" width="170"></td></tr>
<tr><td style="padding:24px 30px;">
<p>Sehr geehrte Frau Ross-Bellamy,</p>
<p>herzlichen Dank für Ihre Bewerbung als <b>Study Coordinator (m/w/d)</b> an unserem Standort London und das damit verbundene Interesse an Biovalis.</p>
<p>Ihre Unterlagen sind vollständig bei uns eingegangen. Wir werden sie nun sorgfältig prüfen und uns so bald wie möglich bei Ihnen melden.</p>
<p><a href="https://biovalis.softgarden.io/de/candidate/login?ref=mail" style="color:#2c7a7b;">Zum Bewerberkonto</a></p>
<p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team der Biovalis Studienzentrum GmbH</p>
</td></tr>
<tr><td style="padding:14px 30px;background:#f7f7f7;font-size:10px;color:#888;">Biovalis Studienzentrum GmbH · Maximilianstraße 35 · 80539 München · Geschäftsführerin: Dr. Claudia Sendlinger · Amtsgericht München HRB 240117</td></tr>
</table></td></tr></table>
<img src="https://softgarden.io/t/o/88213-ack.gif" width="1" height="1" alt="">
</body></html>
""",
})

# =============================================================================================
# Offers
# =============================================================================================

MESSAGES.append({
    "kind": "offer", "scenario": "nhs_conditional_offer_letter",
    "company": "Severn Vale University Hospitals NHS Foundation Trust", "contact": "recruitment@svuh.example.nhs.uk", "language": "en",
    "sender": ("SVUH Recruitment", "recruitment@svuh.example.nhs.uk"),
    "subject": "Conditional offer of employment – Clinical Trials Assistant (301-CTA-2466)",
    "date": "2026-04-08 14:36:10 +0100", "structure": "mixed", "charset": "utf-8", "cte": "quoted-printable",
    "attachments": [{"filename": "Conditional_Offer_Letter_301-CTA-2466.pdf", "lines": [
        "Severn Vale University Hospitals NHS Foundation Trust",
        "Conditional offer of employment",
        "Ms Chiamaka Ross-Bellamy",
        "Post: Clinical Trials Assistant, Research & Innovation",
        "Band 4, Agenda for Change, starting salary GBP 27,485 per annum",
        "Hours: 37.5 per week. Contract: permanent.",
        "This offer is conditional on satisfactory references, an enhanced DBS check,",
        "occupational health clearance and evidence of your right to work in the UK.",
        "Please confirm acceptance through the HealthJobs Portal by 15 April 2026.",
    ]}],
    "text": """Dear Chiamaka,

Following your interview on 27 March, I am delighted to offer you the post of Clinical Trials Assistant (Band 4) in the Research & Innovation department, subject to satisfactory pre-employment checks.

Your conditional offer letter is attached. It sets out your starting salary, hours and the checks we need to complete: two satisfactory references, an enhanced DBS check, occupational health clearance and confirmation of your right to work in the UK.

Please confirm whether you accept the offer through the HealthJobs Portal by Wednesday 15 April. Once your checks are complete, Gemma Pike will be in touch to agree a start date.

If you have any questions about the offer, please reply to this email and one of the team will get back to you.

Congratulations, and welcome to the Trust.

Ola Bankole
Recruitment Officer
Severn Vale University Hospitals NHS Foundation Trust
""",
})

MESSAGES.append({
    "kind": "offer", "scenario": "verbal_offer_confirmed_following_up", "company": "Pulsedesk Health",
    "contact": "tom@pulsedesk.example.com", "language": "en",
    "sender": ("Tom Achebe", "tom@pulsedesk.example.com"),
    "subject": "Following up",
    "date": "2026-07-03 17:52:29 +0100", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Hi Chiamaka,

Great to speak earlier! As promised, here's the written confirmation of what we discussed on the phone: we'd love you to join Pulsedesk Health as our Clinical Operations Coordinator.

- Salary: £36,500
- 25 days' holiday plus bank holidays, and the week between Christmas and New Year off
- Hybrid: two days a week in our Shoreditch office, the rest from home
- Start date: Monday 3 August, or whenever suits once your notice is done

Your formal contract will come from our People team through DocuSign in the next couple of days. Have a proper read, and shout if anything doesn't match what we talked about.

Yara and I are really excited about this.

Tom

Tom Achebe | Head of Clinical Operations | Pulsedesk Health
""",
})

MESSAGES.append({
    "kind": "offer", "scenario": "university_conditional_offer_html_pdf", "company": "University of Mercia",
    "contact": "recruitment@mercia.example.ac.uk", "language": "en",
    "sender": ("HR Recruitment - University of Mercia", "recruitment@mercia.example.ac.uk"),
    "subject": "Offer of appointment: Research Coordinator, EIOH (ref EIOH-0412)",
    "date": "2026-07-01 10:18:44 +0100", "structure": "mixed", "charset": "utf-8", "cte": "quoted-printable",
    "attachments": [{"filename": "Offer_Letter_EIOH-0412.pdf", "lines": [
        "University of Mercia - Offer of appointment",
        "Post: Research Coordinator, Edgbaston Institute for Oral Health Research",
        "Grade 6, spine point 24: GBP 33,966 per annum",
        "Fixed term to 31 July 2029 (funded by grant MR/Z50341)",
        "Conditions: two satisfactory references, right to work, health clearance",
        "Please return the signed acceptance form within 10 working days.",
    ]}],
    "text": """Dear Ms Ross-Bellamy,

Post: Research Coordinator, Edgbaston Institute for Oral Health Research (EIOH-0412)

I am pleased to confirm that, following your interview on 24 June, the selection panel has recommended your appointment to the above post. On behalf of the University I am delighted to offer you the position.

This offer is conditional upon the receipt of two satisfactory references, verification of your right to work in the UK and health clearance. Full terms, including salary (Grade 6, £33,966 per annum) and the fixed-term end date, are set out in the attached offer letter.

Please sign and return the acceptance form within 10 working days, or reply to this email if you have any questions.

Yours sincerely,

Ruth Ellery
HR Recruitment Officer
Human Resources, University of Mercia
""",
    "html": """<html><body><div style="font-family:Arial,sans-serif;font-size:11pt;color:#1a1a1a;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="border-bottom:3px solid #7a0019;padding-bottom:8px;"><img src="https://www.mercia.example.ac.uk/static/img/uom-crest.png" alt="University of Mercia" width="160"></td></tr></table>
<p>Dear Ms Ross-Bellamy,</p>
<p><b>Post: Research Coordinator, Edgbaston Institute for Oral Health Research (EIOH-0412)</b></p>
<p>I am pleased to confirm that, following your interview on 24 June, the selection panel has recommended your appointment to the above post. On behalf of the University I am delighted to offer you the position.</p>
<p>This offer is conditional upon the receipt of two satisfactory references, verification of your right to work in the UK and health clearance. Full terms, including salary (Grade 6, &pound;33,966 per annum) and the fixed-term end date, are set out in the attached offer letter.</p>
<p>Please sign and return the acceptance form within 10 working days, or reply to this email if you have any questions.</p>
<p>Yours sincerely,</p>
<p>Ruth Ellery<br>HR Recruitment Officer<br>Human Resources, University of Mercia</p>
<p style="font-size:8pt;color:#777;">This email and any attachments are intended solely for the addressee and may contain confidential information. The University of Mercia is an exempt charity.</p>
</div></body></html>
""",
})

_NORTHSTAR_CHAIN = """From: Chiamaka Ross-Bellamy <chiamaka.rb@example.co.uk>
Sent: 31 July 2026 19:40
To: Beth Adeyinka <beth.adeyinka@northstarbio.example.com>
Subject: Re: Offer - Clinical Data Coordinator

Hi Beth,

Thank you so much, I'm delighted to accept. Unfortunately I can't start before 7 September, as I have to give four weeks' notice at the practice and cover the August holiday rota. I hope that's still OK.

Best wishes,
Chiamaka

From: Beth Adeyinka <beth.adeyinka@northstarbio.example.com>
Sent: 30 July 2026 16:05
To: Chiamaka Ross-Bellamy <chiamaka.rb@example.co.uk>
Subject: Offer - Clinical Data Coordinator

Hi Chiamaka, as discussed with Sunil, we'd like to offer you the Clinical Data Coordinator role at £31,000. Let me know your thoughts!"""

MESSAGES.append({
    "kind": "offer", "scenario": "contract_to_sign_quoted_unfortunately", "company": "NorthStar Biometrics",
    "contact": "beth.adeyinka@northstarbio.example.com", "language": "en",
    "sender": ("Beth Adeyinka", "beth.adeyinka@northstarbio.example.com"),
    "subject": "RE: Offer - Clinical Data Coordinator",
    "date": "2026-08-04 11:26:37 +0100", "in_reply_to": "<CAB9q+Zy2Mv4@mail.example.co.uk>",
    "structure": "mixed", "charset": "windows-1252", "cte": "quoted-printable",
    "attachments": [{"filename": "NorthStar_Employment_Contract_C_Ross-Bellamy.pdf", "lines": [
        "NorthStar Biometrics Ltd - Contract of Employment",
        "Employee: Chiamaka Ross-Bellamy",
        "Job title: Clinical Data Coordinator",
        "Start date: 7 September 2026",
        "Salary: GBP 31,000 per annum, paid monthly",
        "Place of work: The Oxford Science Park, Oxford, with hybrid working",
        "Signed for the Company: ____________   Employee: ____________",
    ]}],
    "text": """Hi Chiamaka,

No problem at all with 7 September – Sunil was fine with that.

Please find attached your contract of employment for the Clinical Data Coordinator role. Could you sign and return it by Friday 14 August? An e-signature on the PDF is fine. Once we have it back I'll send over the onboarding pack and your laptop will be ordered.

Welcome aboard!

Beth

Beth Adeyinka
Talent Acquisition Partner
NorthStar Biometrics
The Oxford Science Park, Robert Robinson Avenue, Oxford OX4 4GA

""" + _NORTHSTAR_CHAIN + "\n",
})

MESSAGES.append({
    "kind": "offer", "scenario": "agency_offer_all_caps", "company": "Bayfield Biologics",
    "contact": "jess.whitlock@clinicaltalentpartners.example.co.uk", "language": "en",
    "sender": ("Jess Whitlock", "jess.whitlock@clinicaltalentpartners.example.co.uk"),
    "subject": "OFFER!!!!",
    "date": "2026-05-08 16:02:58 +0100", "structure": "plain", "charset": "windows-1252", "cte": "quoted-printable",
    "text": """CHIAMAKA!!!

Bayfield Biologics have just called – they want to offer you the Clinical Trial Assistant job!!! Lucy said you were the stand-out candidate at second stage.

What they're offering:
£29,800 base + up to 8% bonus
33 days holiday incl. bank hols
Private medical + 6% pension match
Start date: they'd love 1 June but are flexible

They'll send the written offer across via me on Monday. Give me a call when you can, I want to hear you scream :)

Jess x

Jess Whitlock
Senior Consultant – Clinical Research
Clinical Talent Partners
M: 07700 900731
""",
})

MESSAGES.append({
    "kind": "offer", "scenario": "irish_cro_offer_euro", "company": "Clontarf Clinical Trials",
    "contact": "declan.furlong@clontarftrials.example.ie", "language": "en",
    "sender": ("Declan Furlong", "declan.furlong@clontarftrials.example.ie"),
    "subject": "Offer - Clinical Research Coordinator",
    "date": "2026-09-15 12:09:15 +0100", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Hi Chiamaka,

Following on from Friday's interview, I'm delighted to offer you the role of Clinical Research Coordinator with Clontarf Clinical Trials.

The role is a two-year fixed-term contract, with a salary of €41,000 per annum, 23 days' annual leave plus public holidays, and a start date of Monday 2 November. The offer is subject to Garda vetting (we'll also need an ACRO police certificate from the UK) and two references.

Our HR partner, Niamh, will send the full written contract this week. In the meantime, do ring me on 01 555 0199 if you'd like to talk anything through – including help with finding somewhere to live, as we know the Dublin rental market is a beast.

Le gach dea-ghuí,
Declan

Declan Furlong
Head of Site Operations
Clontarf Clinical Trials
12 Castle Avenue, Clontarf, Dublin 3
""",
    "html": """<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt;color:#222;">
<p>Hi Chiamaka,</p>
<p>Following on from Friday&#8217;s interview, I&#8217;m delighted to offer you the role of <b>Clinical Research Coordinator</b> with Clontarf Clinical Trials.</p>
<p>The role is a two-year fixed-term contract, with a salary of &euro;41,000 per annum, 23 days&#8217; annual leave plus public holidays, and a start date of Monday 2 November. The offer is subject to Garda vetting (we&#8217;ll also need an ACRO police certificate from the UK) and two references.</p>
<p>Our HR partner, Niamh, will send the full written contract this week. In the meantime, do ring me on 01 555 0199 if you&#8217;d like to talk anything through &#8211; including help with finding somewhere to live, as we know the Dublin rental market is a beast.</p>
<p>Le gach dea-ghu&iacute;,<br>Declan</p>
<p style="color:#1f5f8b;font-size:10pt;"><b>Declan Furlong</b><br>Head of Site Operations<br>Clontarf Clinical Trials<br>12 Castle Avenue, Clontarf, Dublin 3</p>
</div>
""",
})

MESSAGES.append({
    "kind": "offer", "scenario": "fr_promesse_embauche_pdf", "company": "Ortholab",
    "contact": "margaux.leroy@ortholab.example.fr", "language": "fr",
    "sender": ("Margaux Leroy", "margaux.leroy@ortholab.example.fr"),
    "subject": "Proposition d'embauche – Coordinatrice d'études cliniques",
    "date": "2026-09-14 15:31:22 +0200", "structure": "mixed", "charset": "utf-8", "cte": "quoted-printable",
    "attachments": [{"filename": "Promesse_embauche_Ortholab_C_Ross-Bellamy.pdf", "lines": [
        "Ortholab SAS - Promesse d'embauche",
        "Madame Chiamaka Ross-Bellamy",
        "Poste : Coordinatrice d'études cliniques, statut cadre",
        "Contrat : CDI, période d'essai de 4 mois",
        "Rémunération : 42 000 EUR bruts annuels sur 12 mois",
        "Date d'entrée : 2 novembre 2026",
        "Lieu de travail : 7 rue de la Croix-Faubin, 75011 Paris",
    ]}],
    "text": """Bonjour Chiamaka,

Suite à vos entretiens avec le Dr Haddou et moi-même, nous avons le plaisir de vous proposer le poste de Coordinatrice d'études cliniques chez Ortholab, en CDI, avec le statut cadre.

Vous trouverez ci-joint votre promesse d'embauche, qui précise la rémunération (42 000 € bruts annuels), la date d'entrée envisagée (le 2 novembre) et la période d'essai. Nous vous remercions de nous la retourner signée avant le 25 septembre.

Nous pouvons bien sûr vous accompagner dans vos démarches d'installation à Paris.

Toute l'équipe se réjouit de vous accueillir !

Bien cordialement,

Margaux Leroy
Responsable RH
Ortholab SAS
7 rue de la Croix-Faubin, 75011 Paris
""",
})

MESSAGES.append({
    "kind": "offer", "scenario": "fr_confirmation_apres_telephone", "company": "Unité de Recherche Clinique Paris-Est",
    "contact": "as.delorme@urc-paris-est.example.fr", "language": "fr",
    "sender": ("Anne-Sophie Delorme", "as.delorme@urc-paris-est.example.fr"),
    "subject": "Suite à notre échange téléphonique",
    "date": "2026-10-06 18:44:50 +0200", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Chère Madame,

Comme je vous l'ai indiqué ce matin par téléphone, j'ai le plaisir de vous confirmer que votre candidature a été retenue pour le poste de technicienne d'études cliniques (TEC) au sein de notre unité.

Le contrat (CDD de douze mois, renouvelable, à compter du 2 novembre) vous sera adressé par la Direction des ressources humaines de l'hôpital dans les prochains jours, accompagné de la liste des pièces à fournir pour la visite médicale d'embauche.

Je me réjouis de vous compter parmi nous et vous prie de croire, chère Madame, à l'assurance de mes sentiments les meilleurs.

Pr Anne-Sophie Delorme
Coordinatrice médicale
Unité de Recherche Clinique Paris-Est
Hôpital Saint-Antoine-des-Champs, 184 rue du Faubourg Saint-Antoine, 75012 Paris
""",
})

MESSAGES.append({
    "kind": "offer", "scenario": "es_carta_oferta_pdf", "company": "Institut de Recerca Clínica Barcelona",
    "contact": "jvidal@ircb.example.es", "language": "es",
    "sender": ("Jordi Vidal i Serra", "jvidal@ircb.example.es"),
    "subject": "Oferta de empleo - Coordinador/a de Ensayos Clínicos",
    "date": "2026-10-02 13:27:05 +0200", "in_reply_to": MID_IRCB_INVITE,
    "structure": "mixed", "charset": "iso-8859-1", "cte": "quoted-printable",
    "attachments": [{"filename": "Carta_oferta_IRCB-2026-31.pdf", "lines": [
        "IRCB - Institut de Recerca Clínica Barcelona",
        "Carta de oferta",
        "Sra. Chiamaka Ross-Bellamy",
        "Puesto: Coordinadora de Ensayos Clínicos, Unidad de Ensayos Clínicos",
        "Contrato indefinido, jornada completa (37,5 h semanales)",
        "Retribución: 34.000 EUR brutos anuales en 14 pagas",
        "Incorporación: 2 de noviembre de 2026",
    ]}],
    "text": """Estimada Sra. Ross-Bellamy:

En nombre del Institut de Recerca Clínica Barcelona, nos complace ofrecerle el puesto de Coordinadora de Ensayos Clínicos en la Unidad de Ensayos Clínicos.

Adjuntamos la carta de oferta con las condiciones: contrato indefinido a jornada completa, una retribución de 34.000 euros brutos anuales y la incorporación prevista para el 2 de noviembre.

Le rogamos que nos devuelva la carta firmada antes del 9 de octubre. Para cualquier consulta puede responder a este correo.

Enhorabuena, y bienvenida al equipo.

Atentamente,

Jordi Vidal i Serra | Responsable de Selección
IRCB · Institut de Recerca Clínica Barcelona
""",
})

MESSAGES.append({
    "kind": "offer", "scenario": "de_arbeitsvertrag_anbei", "company": "Biovalis Studienzentrum",
    "contact": "anja.brueckner@biovalis.example.de", "language": "de",
    "sender": ("Anja Brückner", "anja.brueckner@biovalis.example.de"),
    "hdr_charset": "utf-8", "hdr_enc": "b",
    "subject": "Ihr Vertragsangebot – Study Coordinator (m/w/d) London",
    "date": "2026-09-21 16:05:39 +0200", "structure": "mixed", "charset": "utf-8", "cte": "base64",
    "attachments": [{"filename": "Arbeitsvertrag_Biovalis_Ross-Bellamy.pdf", "lines": [
        "Biovalis Studienzentrum GmbH - Arbeitsvertrag",
        "zwischen der Biovalis Studienzentrum GmbH und Frau Chiamaka Ross-Bellamy",
        "Position: Study Coordinator, Standort London",
        "Beginn: 1. November 2026, unbefristet",
        "Jahresgehalt: GBP 34.500 brutto",
        "Bitte ein unterschriebenes Exemplar bis 2. Oktober 2026 zurücksenden.",
    ]}],
    "text": """Sehr geehrte Frau Ross-Bellamy,

wir freuen uns sehr, Ihnen nach den Gesprächen mit Dr. Renner und mir die Position als Study Coordinator (m/w/d) an unserem Standort London anbieten zu können.

Anbei erhalten Sie Ihren Arbeitsvertrag. Die wichtigsten Punkte: unbefristete Anstellung ab dem 1. November 2026, Jahresgehalt von 34.500 GBP brutto, 28 Urlaubstage zuzüglich der britischen Feiertage.

Bitte senden Sie uns ein unterschriebenes Exemplar bis zum 2. Oktober zurück – gern auch eingescannt per E-Mail. Für Rückfragen stehe ich Ihnen jederzeit zur Verfügung.

Wir freuen uns auf die Zusammenarbeit!

Mit freundlichen Grüßen
Anja Brückner
Personalreferentin

Biovalis Studienzentrum GmbH · Maximilianstraße 35 · 80539 München
Geschäftsführerin: Dr. Claudia Sendlinger · Amtsgericht München HRB 240117
""",
    "html": """<html><body><div style="font-family:Arial,sans-serif;font-size:10pt;color:#333;">
<p>Sehr geehrte Frau Ross-Bellamy,</p>
<p>wir freuen uns sehr, Ihnen nach den Gesprächen mit Dr. Renner und mir die Position als <b>Study Coordinator (m/w/d)</b> an unserem Standort London anbieten zu können.</p>
<p>Anbei erhalten Sie Ihren Arbeitsvertrag. Die wichtigsten Punkte: unbefristete Anstellung ab dem 1. November 2026, Jahresgehalt von 34.500 GBP brutto, 28 Urlaubstage zuzüglich der britischen Feiertage.</p>
<p>Bitte senden Sie uns ein unterschriebenes Exemplar bis zum 2. Oktober zurück &ndash; gern auch eingescannt per E-Mail. Für Rückfragen stehe ich Ihnen jederzeit zur Verfügung.</p>
<p>Wir freuen uns auf die Zusammenarbeit!</p>
<p>Mit freundlichen Grüßen<br>Anja Brückner<br>Personalreferentin</p>
<p style="font-size:8pt;color:#888;border-top:1px solid #ddd;padding-top:6px;">Biovalis Studienzentrum GmbH · Maximilianstraße 35 · 80539 München<br>Geschäftsführerin: Dr. Claudia Sendlinger · Amtsgericht München HRB 240117</p>
</div></body></html>
""",
})
