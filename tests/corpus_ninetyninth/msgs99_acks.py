"""Application acknowledgements and offers of the ninety-ninth corpus, written one by one
(see make_ninetyninth.py for the keys)."""

from __future__ import annotations

from msgs99_common import SENT, pixel

SPECS: list[dict] = []

# ---------------------------------------------------------------- application_received

SPECS.append({
    "key": "a01", "kind": "application_received", "scenario": "workday_bien_recu", "lang": "fr",
    "company": "Groupe Arvel", "contact": "",
    "sender": ("Groupe Arvel Recrutement", "arvel@myworkday.com"),
    "subject": "Groupe Arvel – Confirmation de candidature JR-7731",
    "date": "2026-02-23 22:41 +0100", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": """
<html><body style="margin:0;padding:0;background:#f2f2f2;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#333;">
<tr><td style="padding:18px 30px;background:#c8102e;"><img src="https://arvel.wd3.myworkday.com/wday/asset/logo-arvel-blanc.png" alt="Groupe Arvel" height="32"></td></tr>
<tr><td style="padding:26px 30px;line-height:21px;">
<p>Bonjour Élodie,</p>
<p>Nous avons bien reçu votre candidature pour le poste d'<b>Analyste Supply Chain Senior</b> (JR-7731) basé à Écully, et nous vous remercions de l'intérêt que vous portez au Groupe Arvel.</p>
<p>Notre équipe Recrutement va maintenant étudier votre profil avec attention. Vous pouvez suivre l'avancement de votre candidature à tout moment depuis votre espace candidat.</p>
<p style="text-align:center;margin:22px 0;"><a href="https://arvel.wd3.myworkday.com/track/click?id=JR-7731&amp;a=status" style="background:#c8102e;color:#fff;padding:12px 22px;text-decoration:none;">Suivre ma candidature</a></p>
<p>À bientôt,<br>L'équipe Recrutement du Groupe Arvel</p>
</td></tr>
<tr><td style="padding:12px 30px;font-size:11px;color:#999;">Merci de ne pas répondre à ce message. Groupe Arvel SA – 2 chemin du Moulin Carron – 69130 Écully. <a href="https://arvel.wd3.myworkday.com/privacy" style="color:#999;">Politique de confidentialité</a></td></tr>
</table>
<img src="https://arvel.wd3.myworkday.com/o/open.gif?m=7731-ack" width="1" height="1" alt="">
</td></tr></table></body></html>
""",
})

SPECS.append({
    "key": "a02", "kind": "application_received", "scenario": "sans_reponse_4_semaines", "lang": "fr",
    "company": "Coopérative Dauphinoise des Céréales", "contact": "",
    "sender": ("Coopérative Dauphinoise des Céréales", "ne-pas-repondre@codace.example.fr"),
    "subject": "Accusé de réception – candidature Responsable silos et expéditions",
    "date": "2026-01-08 07:30 +0100", "structure": "plain", "charset": "iso-8859-1", "cte": "quoted-printable",
    "text": """
Madame, Monsieur,

Nous accusons réception de votre candidature au poste de Responsable silos et expéditions (site de La Côte-Saint-André) et vous remercions de l'intérêt que vous portez à notre coopérative.

Compte tenu du nombre important de candidatures reçues, nous ne sommes pas en mesure de répondre individuellement à chacune d'entre elles. Si vous n'avez pas reçu de réponse de notre part dans un délai de quatre semaines, vous pourrez considérer que votre candidature n'a pas été retenue.

Nous vous remercions de votre compréhension.

Le service Ressources Humaines
Coopérative Dauphinoise des Céréales
Ce message est envoyé automatiquement, merci de ne pas y répondre.
""",
})

SPECS.append({
    "key": "a03", "kind": "application_received", "scenario": "plateforme_candidature_envoyee", "lang": "fr",
    "company": "Chocolaterie Vernet-Brosse", "contact": "",
    "sender": ("Jobeo", "ne-pas-repondre@jobeo.example.fr"),
    "subject": "Votre candidature a bien été envoyée à Chocolaterie Vernet-Brosse",
    "date": "2026-01-19 13:17 +0100", "structure": "html", "charset": "utf-8", "cte": "base64",
    "headers": [("List-Unsubscribe", "<https://www.jobeo.example.fr/compte/notifications?off=confirmations>")],
    "html": """
<html><body style="margin:0;background:#f3f5f9;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px;">
<table width="580" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,sans-serif;color:#2c3e50;">
<tr><td style="padding:16px 24px;background:#5b2be0;"><img src="https://static.jobeo.example.fr/mail/logo-blanc.png" alt="Jobeo" height="26"></td></tr>
<tr><td style="padding:24px;font-size:15px;line-height:22px;">
<p>Bravo Élodie ! 🎉</p>
<p>Votre candidature a bien été transmise à <b>Chocolaterie Vernet-Brosse</b> pour l'offre :</p>
<table cellpadding="10" cellspacing="0" style="border:1px solid #e3e6ee;border-radius:6px;width:100%;">
<tr><td><b>Acheteuse / Acheteur matières premières (cacao, sucre) – CDI</b><br><span style="color:#7f8c8d;">Tain-l'Hermitage (26) · Publiée il y a 3 jours</span></td></tr>
</table>
<p>Le recruteur sera notifié et pourra consulter votre CV et votre lettre de motivation. Vous serez prévenue par e-mail dès que votre candidature aura été consultée.</p>
<p><a href="https://www.jobeo.example.fr/r/c?u=c3VpdmkK&amp;src=mail_confirm" style="color:#5b2be0;">Suivre mes candidatures</a></p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#95a5a6;">Jobeo SAS, 10 rue de Lyon, 75012 Paris · <a href="https://www.jobeo.example.fr/compte/notifications?off=confirmations" style="color:#95a5a6;">Se désabonner de ces e-mails</a></td></tr>
</table>
<img src="https://t.jobeo.example.fr/open/3b77c0.gif" width="1" height="1" alt="">
</td></tr></table></body></html>
""",
})

SPECS.append({
    "key": "a04", "kind": "application_received", "scenario": "successfactors_accuse_suisse", "lang": "fr",
    "company": "Coopérative Léman Distribution", "contact": "",
    "sender": ("Coopérative Léman Distribution – Emploi", "notification@leman-distribution.successfactors.eu"),
    "subject": "Accusé de réception de votre candidature",
    "date": "2026-04-28 19:03 +0200", "structure": "html", "charset": "iso-8859-1", "cte": "quoted-printable",
    "html": """
<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body style="font-family:Verdana,sans-serif;font-size:13px;color:#333;">
<table width="100%" cellpadding="0" cellspacing="0" style="border-top:6px solid #e2001a;">
<tr><td style="padding:18px 24px;"><img src="https://leman-distribution.example.ch/img/logo-cld.gif" alt="Coopérative Léman Distribution" width="150"></td></tr>
<tr><td style="padding:0 24px 20px 24px;line-height:20px;">
<p>Bonjour Madame Marchetti-Nkemelu,</p>
<p>Nous vous remercions pour votre candidature au poste de <b>Spécialiste Approvisionnement Frais (80-100%)</b>.</p>
<p>Votre dossier nous est bien parvenu et sera examiné dans les meilleurs délais. Nous vous informerons de la suite donnée à votre candidature dans un délai d'environ trois semaines.</p>
<p>Meilleures salutations</p>
<p>Coopérative Léman Distribution<br>Ressources Humaines</p>
</td></tr>
<tr><td style="padding:10px 24px;font-size:10px;color:#999;background:#f4f4f4;">Coopérative Léman Distribution, Chemin du Closel 5, 1020 Renens. Merci de ne pas répondre à ce message généré automatiquement.</td></tr>
</table></body></html>
""",
})

SPECS.append({
    "key": "a05", "kind": "application_received", "scenario": "hopital_public_commission", "lang": "fr",
    "company": "Hôpitaux du Val d'Azergues", "contact": "drh.recrutement@hopitaux-azergues.example.fr",
    "sender": ("Direction des Ressources Humaines", "drh.recrutement@hopitaux-azergues.example.fr"),
    "subject": "Accusé de réception - candidature Responsable logistique et achats hospitaliers",
    "date": "2026-03-05 09:26 +0100", "structure": "plain", "charset": "iso-8859-1", "cte": "8bit",
    "text": """
Madame,

J'accuse réception de votre candidature au poste de Responsable logistique et achats hospitaliers, transmise par courrier électronique le 3 mars 2026.

Votre dossier est complet. Il sera examiné par la commission de sélection qui se réunira fin mars. Les candidats retenus pour un entretien seront contactés individuellement. Pour toute question, vous pouvez répondre à ce message.

Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.

Direction des Ressources Humaines
Hôpitaux du Val d'Azergues
150, avenue de la République - 69480 Anse
""",
})

SPECS.append({
    "key": "a06", "kind": "application_received", "scenario": "interim_cv_bien_recu_client_anonyme", "lang": "fr",
    "company": "Talentis Intérim", "contact": "laetitia.morin@talentis-interim.example.fr",
    "sender": ("Laetitia Morin - Talentis Intérim", "laetitia.morin@talentis-interim.example.fr"),
    "subject": "Votre CV - Acheteur H/F Vaulx-en-Velin",
    "date": "2026-06-22 09:58 +0200", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "text": """
Bonjour Élodie,

Merci pour votre candidature sur l'offre d'Acheteur H/F (mission longue, Vaulx-en-Velin) publiée par notre agence. Je l'ai bien reçue et je l'étudie en détail avant de la présenter.

Pour info, notre client est un industriel de l'agroéquipement dont je ne peux pas encore vous communiquer le nom. Je reviens vers vous en début de semaine prochaine pour vous dire si votre profil est retenu pour la présentation.

Bonne journée,

Laetitia Morin
Chargée de recrutement
TALENTIS INTÉRIM – Agence Lyon Part-Dieu
Tél : 04 78 62 91 07
""",
})

SPECS.append({
    "key": "a07", "kind": "application_received", "scenario": "startup_merci_pour_ta_candidature", "lang": "fr",
    "company": "Kargo Lab", "contact": "",
    "sender": ("Kargo Lab", "no-reply@teamtailor-mail.com"),
    "subject": "Merci pour ta candidature, Élodie !",
    "date": "2026-03-02 08:47 +0100", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": """
<html><body style="margin:0;background:#fff7ef;">
<table width="100%" cellspacing="0" cellpadding="0"><tr><td align="center" style="padding:32px 12px;">
<table width="560" cellspacing="0" cellpadding="0" style="background:#ffffff;border-radius:12px;font-family:'Inter',Arial,sans-serif;color:#141414;">
<tr><td style="padding:28px 32px 0 32px;"><img src="https://assets.teamtailor-cdn.com/kargolab/logo.png" alt="Kargo Lab" height="32"></td></tr>
<tr><td style="padding:20px 32px 28px 32px;font-size:15px;line-height:24px;">
<p>Hey Élodie 👋</p>
<p>On a bien reçu ta candidature pour le poste d'<b>Ops &amp; Procurement Manager</b>. Merci de t'intéresser à Kargo Lab !</p>
<p>Comment ça se passe maintenant ? Notre équipe regarde chaque candidature (oui, vraiment chacune) et revient vers toi sous deux semaines environ, quelle que soit la réponse.</p>
<p>En attendant, tu peux découvrir <a href="https://kargolab.teamtailor.com/stories?utm_source=ack">les coulisses de l'équipe</a>.</p>
<p>À bientôt,<br>La team Kargo Lab</p>
</td></tr>
<tr><td style="padding:16px 32px;font-size:12px;color:#9a9a9a;border-top:1px solid #f0e6dc;">Kargo Lab SAS · 42 rue de Paradis · 75010 Paris · <a href="https://kargolab.teamtailor.com/connect/unsubscribe?token=xk29" style="color:#9a9a9a;">Ne plus recevoir d'e-mails</a></td></tr>
</table>
""" + pixel("https://t.teamtailor-mail.com/o/kl-8790.gif") + """
</td></tr></table></body></html>
""",
})

SPECS.append({
    "key": "a08", "kind": "application_received", "scenario": "port_pas_de_reponse_individuelle", "lang": "fr",
    "company": "Autorité Portuaire Rhône-Saône", "contact": "",
    "sender": ("Autorité Portuaire Rhône-Saône", "recrutement-noreply@aprs.example.fr"),
    "subject": "Votre candidature a été enregistrée – réf. APRS-2026-014",
    "date": "2026-04-09 11:00 +0200", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "text": """
Madame,

Votre candidature au poste de Chargée de mission logistique multimodale (réf. APRS-2026-014) a bien été enregistrée.

Nous recevons un grand nombre de candidatures et ne pouvons pas répondre individuellement à chacune. Seules les personnes dont le profil sera retenu pour la phase d'entretiens seront recontactées, d'ici le 15 mai 2026.

Nous vous remercions de l'intérêt porté à l'Autorité Portuaire Rhône-Saône.

Direction des Ressources Humaines
Autorité Portuaire Rhône-Saône – Établissement public
Port Édouard-Sud, 69007 Lyon
""",
    "html": """
<table width="100%" cellpadding="0" cellspacing="0" style="font-family:Arial,sans-serif;font-size:13px;">
<tr><td style="background:#003a70;padding:12px 18px;"><img src="https://www.aprs.example.fr/static/logo-aprs-blanc.png" alt="Autorité Portuaire Rhône-Saône" height="34"></td></tr>
<tr><td style="padding:18px;line-height:19px;">
<p>Madame,</p>
<p>Votre candidature au poste de <b>Chargée de mission logistique multimodale</b> (réf. APRS-2026-014) a bien été enregistrée.</p>
<p>Nous recevons un grand nombre de candidatures et ne pouvons pas répondre individuellement à chacune. Seules les personnes dont le profil sera retenu pour la phase d'entretiens seront recontactées, d'ici le 15 mai 2026.</p>
<p>Nous vous remercions de l'intérêt porté à l'Autorité Portuaire Rhône-Saône.</p>
<p>Direction des Ressources Humaines<br>Autorité Portuaire Rhône-Saône – Établissement public<br>Port Édouard-Sud, 69007 Lyon</p>
</td></tr>
<tr><td style="padding:8px 18px;font-size:10px;color:#888;border-top:1px solid #ddd;">Message automatique – merci de ne pas y répondre. Vos données sont traitées conformément au RGPD : <a href="https://www.aprs.example.fr/donnees-personnelles">en savoir plus</a>.</td></tr>
</table>
""",
})

SPECS.append({
    "key": "a09", "kind": "application_received", "scenario": "bien_recu_je_transmets", "lang": "fr",
    "company": "Menuiseries Gaillard-Roux", "contact": "s.roux@gaillard-roux.example.fr",
    "sender": ("Sylvie Roux", "s.roux@gaillard-roux.example.fr"),
    "subject": "RE: Candidature gestionnaire achats",
    "date": "2026-09-15 14:07 +0200", "structure": "plain", "charset": "windows-1252", "cte": "quoted-printable",
    "thread": [SENT["menuiseries"]],
    "text": """
Bonjour,

Bien reçu, merci. Je transmets votre CV à notre responsable de production qui s’occupe du recrutement, il reviendra vers vous directement.

Cordialement
S. Roux
Assistante de direction

-----Original Message-----
From: Élodie Marchetti-Nkemelu <elodie.mn@example.fr>
Sent: Monday, September 14, 2026 6:12 PM
To: contact@gaillard-roux.example.fr
Subject: Candidature gestionnaire achats

Madame, Monsieur,

J’ai vu votre annonce pour un poste de gestionnaire achats aux Menuiseries Gaillard-Roux sur le site de la CCI. Je vous joins mon CV. Je précise que je suis disponible immédiatement et que j’ai déjà été refusée pour des postes similaires faute d’expérience dans le bois, mais je suis très motivée par votre secteur.

Bien cordialement,
Élodie Marchetti-Nkemelu
""",
})

SPECS.append({
    "key": "a10", "kind": "application_received", "scenario": "taleo_confirmation_geneve", "lang": "fr",
    "company": "Services Industriels de la Côte", "contact": "",
    "sender": ("SIC – Recrutement", "sic.noreply@taleo.net"),
    "subject": "Confirmation de votre candidature – Acheteur·euse technique",
    "date": "2026-05-31 23:12 +0200", "structure": "plain", "charset": "utf-8", "cte": "base64",
    "text": """
Madame Marchetti-Nkemelu,

Nous vous confirmons la bonne réception de votre candidature pour le poste d'Acheteur·euse technique (réf. 2026-077) au sein des Services Industriels de la Côte, à Nyon.

Votre dossier sera examiné attentivement par le service des ressources humaines et la hiérarchie concernée. Nous reviendrons vers vous dans les meilleurs délais.

Vous pouvez consulter le statut de votre candidature en vous connectant à votre profil :
https://sic.taleo.net/careersection/ext/mysubmissions.ftl?lang=fr

Meilleures salutations

Services Industriels de la Côte
Ressources humaines
Rue de la Gare 6 – 1260 Nyon

Ce courriel a été généré automatiquement. Merci de ne pas y répondre.
""",
})

SPECS.append({
    "key": "a11", "kind": "application_received", "scenario": "greenhouse_thank_you", "lang": "en",
    "company": "Orbis Pharma Logistics", "contact": "",
    "sender": ("Orbis Pharma Logistics", "no-reply@greenhouse-mail.io"),
    "subject": "Thank you for applying to Orbis Pharma Logistics",
    "date": "2026-02-09 14:22 +0100", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": """
<div style="font-family:Arial,sans-serif;font-size:14px;line-height:1.5;color:#2d2d2d;max-width:600px;">
<img src="https://s3.amazonaws.example.com/grnhse-prod/orbis/logo.png" alt="Orbis Pharma Logistics" width="140"><br><br>
<p>Hi Élodie,</p>
<p>Thank you for your interest in Orbis Pharma Logistics! We wanted to let you know we received your application for <b>Procurement Manager, GDP Distribution</b>, and we are delighted that you would consider joining our team.</p>
<p>Our team will review your application and will be in touch if your qualifications match our needs for the role. If you are not selected for this position, keep an eye on our <a href="https://click.greenhouse-mail.io/ls/click?upn=orbis-jobs-board">jobs page</a> as we're always adding new roles.</p>
<p>Regards,<br>Orbis Pharma Logistics Talent Team</p>
<p style="font-size:11px;color:#999;">Orbis Pharma Logistics AG · Aeschenvorstadt 71 · 4051 Basel</p>
</div>
<img src="https://click.greenhouse-mail.io/wf/open?upn=Orb-ack-41" width="1" height="1" alt="">
""",
})

SPECS.append({
    "key": "a12", "kind": "application_received", "scenario": "lever_received_plain", "lang": "en",
    "company": "Northcape Pharma", "contact": "",
    "sender": ("Northcape Pharma", "no-reply@hire.lever.co"),
    "subject": "Northcape Pharma – Application received: Distribution Planner – EMEA",
    "date": "2026-05-02 10:48 +0000", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "text": """
Hi Élodie,

Thanks for applying to Northcape Pharma! Your application for the Distribution Planner – EMEA position (Lausanne, hybrid) has been received.

What happens next: a member of our recruiting team will review your profile within the next two weeks. If there's a fit, we'll reach out to set up an introductory call.

In the meantime, feel free to learn more about life at Northcape on our careers page.

Best,
Northcape Pharma Recruiting

--
Sent via Lever. Replies to this address are not monitored.
""",
})

SPECS.append({
    "key": "a13", "kind": "application_received", "scenario": "cannot_reply_to_every_applicant", "lang": "en",
    "company": "Castellano Freight Forwarding", "contact": "",
    "sender": ("Castellano Freight Forwarding – HR", "hr-noreply@castellano-ff.example.it"),
    "subject": "Application: Import Operations Supervisor (Milano Linate)",
    "date": "2026-06-24 06:58 +0200", "structure": "plain", "charset": "iso-8859-1", "cte": "quoted-printable",
    "text": """
Dear Applicant,

Thank you for applying for the position of Import Operations Supervisor at our Milano Linate branch.

Due to the high volume of applications, we regret that we cannot reply to every applicant individually. Shortlisted candidates will be contacted within four weeks of the closing date. If you have not heard from us within 4 weeks, please consider your application unsuccessful on this occasion.

We thank you for your interest in Castellano Freight Forwarding.

Human Resources Department
Castellano Freight Forwarding S.r.l.
Via Forlanini 121 - 20134 Milano
This is an automated message. Please do not reply.
""",
})

SPECS.append({
    "key": "a14", "kind": "application_received", "scenario": "job_platform_sent_to_employer", "lang": "en",
    "company": "Aldebaran Commodities", "contact": "",
    "sender": ("Jobstream", "jobs-noreply@jobstream.example.com"),
    "subject": "Your application was sent to Aldebaran Commodities",
    "date": "2026-07-27 20:15 +0200", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "headers": [("List-Unsubscribe", "<https://www.jobstream.example.com/settings/email?u=elodie&type=apply>, <mailto:unsubscribe@jobstream.example.com?subject=apply>"),
             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")],
    "html": """
<table width="100%" cellpadding="0" cellspacing="0" style="background:#f3f2ef;"><tr><td align="center" style="padding:16px;">
<table width="520" cellpadding="0" cellspacing="0" style="background:#fff;font-family:-apple-system,system-ui,Segoe UI,Roboto,Arial,sans-serif;color:#191919;">
<tr><td style="padding:16px 20px;"><img src="https://static.jobstream.example.com/logo.png" alt="Jobstream" height="22"></td></tr>
<tr><td style="padding:4px 20px 18px;font-size:16px;">Your application was sent to <b>Aldebaran Commodities</b></td></tr>
<tr><td style="padding:0 20px 16px;">
<table cellpadding="0" cellspacing="0"><tr>
<td style="padding-right:12px;"><img src="https://media.jobstream.example.com/company-logo/aldebaran_100.png" alt="Aldebaran Commodities logo" width="48"></td>
<td style="font-size:14px;"><b>Freight Operations Analyst</b><br>Aldebaran Commodities · Geneva, Switzerland (On-site)<br><span style="color:#666;">Applied on 27 Jul 2026</span></td>
</tr></table></td></tr>
<tr><td style="padding:0 20px 20px;font-size:14px;">Now that you've applied, we'll let you know when your application is viewed. <a href="https://www.jobstream.example.com/comm/jobs/tracker?trk=eml-apply">View your applications</a></td></tr>
<tr><td style="padding:12px 20px;font-size:11px;color:#666;border-top:1px solid #e6e6e6;">This email was intended for Élodie Marchetti-Nkemelu (Supply Chain Analyst). <a href="https://www.jobstream.example.com/settings/email?u=elodie&amp;type=apply" style="color:#666;">Unsubscribe</a> · Jobstream Ireland Unlimited Company, Dublin 2.</td></tr>
</table>
<img src="https://www.jobstream.example.com/emimp/ip_apply_77.gif" width="1" height="1" alt="">
</td></tr></table>
""",
})

SPECS.append({
    "key": "a15", "kind": "application_received", "scenario": "bamboohr_thanks", "lang": "en",
    "company": "Brightwater Logistics", "contact": "",
    "sender": ("Brightwater Logistics", "notifications@app.bamboohr.com"),
    "subject": "Thanks for applying to Brightwater Logistics!",
    "date": "2026-03-31 12:03 +0200", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "text": """
Hi Élodie,

Thank you for applying for the Warehouse Planning Manager (Barcelona) position at Brightwater Logistics. We've received your application and our hiring team is reviewing applications now.

We'll be in touch soon about next steps.

Best,
The Brightwater Logistics Team
""",
    "html": """
<div style="font-family:Lato,Arial,sans-serif;font-size:15px;color:#222;max-width:560px;">
<p style="font-size:22px;font-weight:700;letter-spacing:2px;">BRIGHTWATER LOGISTICS</p>
<p>Hi Élodie,</p>
<p>Thank you for applying for the <b>Warehouse Planning Manager (Barcelona)</b> position at Brightwater Logistics. We've received your application and our hiring team is reviewing applications now.</p>
<p>We'll be in touch soon about next steps.</p>
<p>Best,<br>The Brightwater Logistics Team</p>
<p style="font-size:11px;color:#999;">Powered by BambooHR</p>
</div>
""",
})

SPECS.append({
    "key": "a16", "kind": "application_received", "scenario": "personio_eingangsbestaetigung", "lang": "de",
    "company": "Kühne Kältetechnik", "contact": "",
    "sender": ("Kühne Kältetechnik GmbH", "no-reply@kuehne-kaeltetechnik.jobs.personio.de"),
    "subject": "Eingangsbestätigung Ihrer Bewerbung",
    "date": "2026-03-11 15:40 +0100", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": """
<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333333;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="padding:20px;">
<img src="https://kuehne-kaeltetechnik.jobs.personio.de/logo.png" alt="Kühne Kältetechnik" height="36"><br><br>
<p>Sehr geehrte Frau Marchetti-Nkemelu,</p>
<p>vielen Dank für Ihre Bewerbung als <b>Einkäuferin (m/w/d)</b> und Ihr Interesse an der Kühne Kältetechnik GmbH.</p>
<p>Hiermit bestätigen wir Ihnen den Eingang Ihrer Unterlagen. Wir werden diese sorgfältig prüfen und uns so schnell wie möglich bei Ihnen melden.</p>
<p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team</p>
<hr style="border:0;border-top:1px solid #ddd;">
<p style="font-size:11px;color:#888888;">Kühne Kältetechnik GmbH · Lichtenbergstraße 8 · 85748 Garching bei München<br>
Geschäftsführer: Dr. Florian Kühne, Petra Lindner · Amtsgericht München HRB 187 432</p>
</td></tr></table></body></html>
""",
})

SPECS.append({
    "key": "a17", "kind": "application_received", "scenario": "softgarden_vielen_dank", "lang": "de",
    "company": "Isartal Großhandel", "contact": "",
    "sender": ("Isartal Großhandel GmbH", "noreply@softgarden.io"),
    "subject": "Vielen Dank für Ihre Bewerbung als Disponentin Beschaffung (m/w/d)",
    "date": "2026-09-02 09:21 +0200", "structure": "alt", "charset": "iso-8859-1", "cte": "quoted-printable",
    "text": """
Sehr geehrte Frau Marchetti-Nkemelu,

vielen Dank für Ihre Bewerbung als Disponentin Beschaffung (m/w/d) bei der Isartal Großhandel GmbH.

Ihre Unterlagen sind vollständig bei uns eingegangen. Wir prüfen diese nun und melden uns innerhalb der nächsten 14 Tage bei Ihnen.

Den Stand Ihrer Bewerbung können Sie jederzeit in Ihrem softgarden-Konto einsehen.

Mit freundlichen Grüßen
Ihr Personalteam der Isartal Großhandel GmbH

Bitte antworten Sie nicht auf diese automatisch generierte E-Mail.
""",
    "html": """
<div style="font-family:Arial;font-size:10pt;">
<p>Sehr geehrte Frau Marchetti-Nkemelu,</p>
<p>vielen Dank für Ihre Bewerbung als <b>Disponentin Beschaffung (m/w/d)</b> bei der Isartal Großhandel GmbH.</p>
<p>Ihre Unterlagen sind vollständig bei uns eingegangen. Wir prüfen diese nun und melden uns innerhalb der nächsten 14 Tage bei Ihnen.</p>
<p>Den Stand Ihrer Bewerbung können Sie jederzeit in Ihrem <a href="https://isartal-grosshandel.softgarden.io/de/myapplications">softgarden-Konto</a> einsehen.</p>
<p>Mit freundlichen Grüßen<br>Ihr Personalteam der Isartal Großhandel GmbH</p>
<p style="color:#999;font-size:8pt;">Bitte antworten Sie nicht auf diese automatisch generierte E-Mail.</p>
</div>
""",
})

SPECS.append({
    "key": "a18", "kind": "application_received", "scenario": "schweiz_bewerbungseingang", "lang": "de",
    "company": "Brunner Pharma Distribution", "contact": "jobs@brunner-pharma.example.ch",
    "sender": ("Brunner Pharma Distribution AG – Personal", "jobs@brunner-pharma.example.ch"),
    "subject": "Bewerbungseingang",
    "date": "2026-05-27 16:38 +0200", "structure": "plain", "charset": "windows-1252", "cte": "base64",
    "text": """
Sehr geehrte Frau Marchetti-Nkemelu

Wir bestätigen Ihnen den Eingang Ihrer Bewerbung für die Stelle als Leiterin Beschaffung Romandie und danken Ihnen für Ihr Interesse an der Brunner Pharma Distribution AG.

Das Auswahlverfahren wird voraussichtlich bis Mitte Juni dauern. Wir bitten Sie um etwas Geduld und werden uns so rasch als möglich bei Ihnen melden. Bei Fragen erreichen Sie uns unter dieser Adresse.

Freundliche Grüsse

Personal & Organisation
Brunner Pharma Distribution AG
Hardstrasse 201 · 4052 Basel
""",
})

SPECS.append({
    "key": "a19", "kind": "application_received", "scenario": "hemos_recibido_tu_candidatura", "lang": "es",
    "company": "Rutalia", "contact": "",
    "sender": ("Rutalia Careers", "no-reply@workablemail.com"),
    "subject": "Hemos recibido tu candidatura – Supply Planner",
    "date": "2026-04-30 11:16 +0200", "structure": "html", "charset": "utf-8", "cte": "base64",
    "html": """
<html><body style="background:#f7f7f9;margin:0;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px;">
<table width="560" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,sans-serif;font-size:14px;color:#222;border-radius:6px;">
<tr><td style="padding:20px 26px;"><img src="https://workablehr.s3.amazonaws.example.com/uploads/account/logo/rutalia.png" alt="Rutalia" height="30"></td></tr>
<tr><td style="padding:0 26px 22px;line-height:21px;">
<p>¡Hola Élodie!</p>
<p>Gracias por tu interés en <b>Rutalia</b>. Hemos recibido tu candidatura para la posición de <b>Supply Planner</b> en Barcelona.</p>
<p>Nuestro equipo la revisará con cariño y te diremos algo en un plazo de dos semanas.</p>
<p>¡Gracias!<br>Equipo de People &amp; Talent</p>
</td></tr>
<tr><td style="padding:12px 26px;font-size:11px;color:#999;">Enviado con Workable · Rutalia Logistics S.L., C/ Àlaba 61, 08005 Barcelona</td></tr>
</table>
""" + pixel("https://email.workablemail.com/o/rt-4471.gif") + """
</td></tr></table></body></html>
""",
})

SPECS.append({
    "key": "a20", "kind": "application_received", "scenario": "taleo_gracias_usted", "lang": "es",
    "company": "Grupo Farmacéutico Levante", "contact": "",
    "sender": ("Grupo Farmacéutico Levante - Empleo", "gfl.noresponder@taleo.net"),
    "subject": "Gracias por su candidatura",
    "date": "2026-05-14 17:09 +0200", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "text": """
Estimada Élodie:

Gracias por enviar su candidatura a la oferta "Técnico/a de Compras – Distribución Farmacéutica" (Barcelona).

Hemos recibido correctamente su solicitud. Nuestro equipo de selección revisará su perfil y, si encaja con los requisitos del puesto, se pondrá en contacto con usted.

Puede consultar el estado de su candidatura en cualquier momento en el Portal de Empleo (apartado «Mis candidaturas»).

Este correo se ha generado automáticamente; por favor, no responda.

Atentamente,
Dirección de Personas
Grupo Farmacéutico Levante
""",
})

SPECS.append({
    "key": "a21", "kind": "application_received", "scenario": "portal_empleo_enviada", "lang": "es",
    "company": "Transportes Ribas i Fills", "contact": "",
    "sender": ("Empleatia", "notificaciones@empleatia.example.es"),
    "subject": "Tu candidatura se ha enviado a Transportes Ribas i Fills",
    "date": "2026-03-28 21:44 +0100", "structure": "html", "charset": "iso-8859-1", "cte": "quoted-printable",
    "headers": [("List-Unsubscribe", "<https://www.empleatia.example.es/baja?tipo=inscripciones>")],
    "html": """
<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body style="background:#eef2f5;margin:0;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:18px;">
<table width="560" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,sans-serif;font-size:14px;color:#333;">
<tr><td style="padding:14px 22px;background:#167db7;"><img src="https://static.empleatia.example.es/img/logo-empleatia.png" alt="Empleatia" height="24"></td></tr>
<tr><td style="padding:20px 22px;line-height:20px;">
<p>Hola Élodie,</p>
<p>Te has inscrito correctamente en la oferta <b>Jefe/a de Tráfico - Zona Franca</b> de <b>Transportes Ribas i Fills</b>.</p>
<p>La empresa ya puede ver tu CV. Te avisaremos cuando cambie el estado de tu candidatura (CV leído, en proceso, finalista...).</p>
<p><a href="https://www.empleatia.example.es/candidato/mis-candidaturas?utm_campaign=inscripcion">Ver mis candidaturas</a></p>
</td></tr>
<tr><td style="padding:12px 22px;font-size:11px;color:#999;">Has recibido este email porque estás registrado en Empleatia. <a href="https://www.empleatia.example.es/baja?tipo=inscripciones" style="color:#999;">Darse de baja</a></td></tr>
</table>
<img src="https://track.empleatia.example.es/open?id=ins-22810" width="1" height="1" alt="">
</td></tr></table></body></html>
""",
})

# ---------------------------------------------------------------- offer

SPECS.append({
    "key": "o01", "kind": "offer", "scenario": "proposition_embauche_pdf", "lang": "fr",
    "company": "Logistique Saône-Rhône", "contact": "nadia.benali@lsr-logistique.example.fr",
    "sender": ("Nadia Benali", "nadia.benali@lsr-logistique.example.fr"),
    "cc": [("Jean-Marc Ollier", "jm.ollier@lsr-logistique.example.fr")],
    "subject": "Proposition d'embauche – Responsable des flux entrants",
    "date": "2026-02-20 17:05 +0100", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "thread": ["i01", "m04"],
    "attachments": [("Proposition_embauche_E_Marchetti-Nkemelu.pdf", [
        "LOGISTIQUE SAONE-RHONE - Parc de Chesnes - 38070 Saint-Quentin-Fallavier",
        "",
        "Proposition d'embauche",
        "",
        "Poste : Responsable des flux entrants - statut cadre",
        "Contrat : CDI, periode d'essai de 4 mois renouvelable une fois",
        "Remuneration : 48 000 EUR bruts annuels sur 13 mois + prime d'objectifs (10 %)",
        "Date de prise de poste : lundi 16 mars 2026",
        "",
        "Proposition valable jusqu'au 27 fevrier 2026.",
        "",
        "Jean-Marc Ollier, Directeur de site",
    ])],
    "text": """
Bonjour Élodie,

Suite à la journée d'immersion reprogrammée et à votre entretien avec Jean-Marc Ollier, j'ai le plaisir de vous confirmer que nous souhaitons vous proposer le poste de Responsable des flux entrants.

Vous trouverez ci-joint notre proposition d'embauche détaillant les conditions (CDI cadre, 48 k€ bruts annuels sur 13 mois, prime d'objectifs, prise de poste le 16 mars). Elle est valable jusqu'au 27 février.

Si elle vous convient, merci de me la retourner datée et signée ; je lancerai alors la rédaction du contrat. Je reste bien sûr disponible pour en discuter par téléphone.

Bien cordialement,

Nadia Benali
Chargée de recrutement
Logistique Saône-Rhône
04 74 94 12 60
""",
})

SPECS.append({
    "key": "o02", "kind": "offer", "scenario": "offre_verbale_confirmee", "lang": "fr",
    "company": "Maison Lardière", "contact": "h.lardiere@maison-lardiere.example.fr",
    "sender": ("Hélène Lardière", "h.lardiere@maison-lardiere.example.fr"),
    "subject": "Suite à notre appel",
    "date": "2026-02-16 13:02 +0100", "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "thread": [SENT["lardiere"], "i10"],
    "text": """
Bonjour Élodie,

Comme je vous l'ai dit au téléphone ce midi, Paul et moi serions très heureux de vous accueillir chez Maison Lardière. Je vous confirme donc par écrit notre proposition :

- poste : Responsable logistique e-commerce, en CDI, rattachée à moi ;
- rémunération : 42 000 € bruts annuels, plus une prime de fin d'année liée au chiffre d'affaires en ligne ;
- temps de travail : forfait jours, dont un jour de télétravail par semaine ;
- arrivée souhaitée : début avril, à discuter selon votre préavis.

Prenez le temps d'y réfléchir et dites-moi d'ici vendredi si cela vous convient. Dès votre accord, notre cabinet comptable préparera le contrat.

Très chaleureusement,
Hélène Lardière
""",
})

SPECS.append({
    "key": "o03", "kind": "offer", "scenario": "contrat_a_signer_geneve", "lang": "fr",
    "company": "Croix-Verte Internationale", "contact": "recrutement@croix-verte.example.ch",
    "sender": ("Unité Recrutement – Croix-Verte Internationale", "recrutement@croix-verte.example.ch"),
    "subject": "Contrat de travail – Coordinatrice Logistique Humanitaire",
    "date": "2026-04-24 15:30 +0200", "structure": "alt", "charset": "utf-8", "cte": "base64",
    "thread": ["i05", "m05"],
    "attachments": [("CVI_Contrat_MarchettiNkemelu_2026.pdf", [
        "CROIX-VERTE INTERNATIONALE - Avenue de la Paix 17 - 1202 Geneve",
        "",
        "CONTRAT DE TRAVAIL A DUREE DETERMINEE (24 mois)",
        "",
        "Entre Croix-Verte Internationale et Madame Elodie Marchetti-Nkemelu",
        "Fonction : Coordinatrice Logistique Humanitaire (classe 9)",
        "Taux d'activite : 100 %",
        "Salaire annuel brut : CHF 104 000, verse en 13 mensualites",
        "Debut des rapports de travail : 1er juin 2026",
        "",
        "Fait a Geneve, en deux exemplaires.",
    ]), ("Annexe_Reglement_du_personnel.pdf", [
        "Reglement du personnel - extraits (vacances, missions terrain, assurances)",
    ])],
    "text": """
Madame,

À la suite de l'entretien à distance du 8 avril et de notre appel de mardi, nous avons le plaisir de vous transmettre votre contrat de travail pour le poste de Coordinatrice Logistique Humanitaire, ainsi que les extraits du règlement du personnel.

Nous vous remercions de nous retourner le contrat signé en deux exemplaires (par courrier ou scanné à cette adresse) d'ici au 8 mai 2026. Le début des rapports de travail est fixé au 1er juin 2026.

Pour toute question relative au contrat, n'hésitez pas à nous écrire.

Avec nos meilleures salutations,

Unité Recrutement
Croix-Verte Internationale
Avenue de la Paix 17 – 1202 Genève
""",
    "html": """
<table width="100%" cellpadding="0" cellspacing="0" style="font-family:Arial,sans-serif;font-size:13px;color:#222;">
<tr><td style="border-bottom:2px solid #2e7d32;padding-bottom:8px;"><img src="https://www.croix-verte.example.ch/assets/logo-cvi.png" alt="Croix-Verte Internationale" height="40"></td></tr>
<tr><td style="padding-top:14px;line-height:19px;">
<p>Madame,</p>
<p>À la suite de l'entretien à distance du 8 avril et de notre appel de mardi, nous avons le plaisir de vous transmettre votre <b>contrat de travail</b> pour le poste de Coordinatrice Logistique Humanitaire, ainsi que les extraits du règlement du personnel.</p>
<p>Nous vous remercions de nous retourner le contrat signé en deux exemplaires (par courrier ou scanné à cette adresse) d'ici au <b>8 mai 2026</b>. Le début des rapports de travail est fixé au 1<sup>er</sup> juin 2026.</p>
<p>Pour toute question relative au contrat, n'hésitez pas à nous écrire.</p>
<p>Avec nos meilleures salutations,</p>
<p><b>Unité Recrutement</b><br>Croix-Verte Internationale<br>Avenue de la Paix 17 – 1202 Genève</p>
</td></tr></table>
""",
})

SPECS.append({
    "key": "o04", "kind": "offer", "scenario": "offre_conditionnelle_references", "lang": "fr",
    "company": "Laboratoires Vercors Santé", "contact": "b.roussel@vercors-sante.example.fr",
    "sender": ("ROUSSEL Bénédicte", "b.roussel@vercors-sante.example.fr"),
    "subject": "Votre candidature – Responsable Achats Distribution : proposition",
    "date": "2026-05-07 10:44 +0200", "structure": "plain", "charset": "windows-1252", "cte": "quoted-printable",
    "thread": [SENT["vercors"], "i06", "rc01"],
    "text": """
Bonjour Madame Marchetti-Nkemelu,

J’ai le plaisir de vous annoncer qu’à l’issue de votre entretien du 28 avril avec Olivier Giraud, nous souhaitons vous proposer le poste de Responsable Achats Distribution.

Cette proposition est faite sous réserve :
– de la vérification des deux références professionnelles que vous nous avez communiquées ;
– de la visite médicale d’embauche ;
– de la production de votre diplôme de Master.

Les conditions envisagées sont les suivantes : CDI, statut cadre, 52 000 € bruts annuels + 8 % de variable, véhicule de service, prise de poste au plus tard le 1er juillet.

Pourriez-vous me confirmer votre accord de principe d’ici mardi prochain ? Dès que les vérifications seront terminées, nous vous adresserons la promesse d’embauche définitive.

Bien cordialement,

Bénédicte Roussel
Chargée de recrutement
Laboratoires Vercors Santé
Tél. : +33 4 76 00 52 18
""",
})

SPECS.append({
    "key": "o05", "kind": "offer", "scenario": "startup_on_te_fait_une_offre", "lang": "fr",
    "company": "Cargopulse", "contact": "lucas@cargopulse.example.fr",
    "sender": ("Lucas Ferrand", "lucas@cargopulse.example.fr"),
    "subject": "🎉 On a une offre pour toi",
    "date": "2026-06-01 09:31 +0200", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "thread": [SENT["cargopulse"], "i07", "rc07"],
    "text": """
Hello Élodie,

Après ta journée avec l'équipe vendredi, c'est un grand OUI de notre côté !! On a le plaisir de te faire une offre pour le poste de Supply Chain Manager chez Cargopulse :

• CDI, cadre, démarrage dès que possible (idéalement 1er juillet)
• 46 k€ fixe + 0,15 % de BSPCE (détails dans le term sheet que je t'envoie via Yousign)
• télétravail 2 j/semaine, vélo cargo de fonction évidemment 😄

On serait ravis que tu nous rejoignes. Dis-moi si tu veux en parler, je t'appelle quand tu veux.

Lucas
CEO @ Cargopulse
""",
    "html": """
<div style="font-family:Helvetica,Arial,sans-serif;font-size:14px;">
<p>Hello Élodie,</p>
<p>Après ta journée avec l'équipe vendredi, c'est un grand <b>OUI</b> de notre côté !! On a le plaisir de te faire une offre pour le poste de <b>Supply Chain Manager</b> chez Cargopulse :</p>
<ul>
<li>CDI, cadre, démarrage dès que possible (idéalement 1er juillet)</li>
<li>46 k€ fixe + 0,15 % de BSPCE (détails dans le term sheet que je t'envoie via Yousign)</li>
<li>télétravail 2 j/semaine, vélo cargo de fonction évidemment 😄</li>
</ul>
<p>On serait ravis que tu nous rejoignes. Dis-moi si tu veux en parler, je t'appelle quand tu veux.</p>
<p>Lucas<br><span style="color:#888;">CEO @ Cargopulse</span></p>
</div>
""",
})

SPECS.append({
    "key": "o06", "kind": "offer", "scenario": "offer_letter_pdf_geneva", "lang": "en",
    "company": "Hallbright Trading", "contact": "j.moreau@hallbright.example.ch",
    "sender": ("Moreau, Juliette", "j.moreau@hallbright.example.ch"),
    "subject": "Offer of employment – Logistics & Freight Operator",
    "date": "2026-09-14 16:20 +0200", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "thread": ["i19"],
    "attachments": [("Hallbright_Offer_Letter_EMarchettiNkemelu.pdf", [
        "HALLBRIGHT TRADING SA - Rue de la Confederation 8 - 1204 Geneva",
        "",
        "Private & Confidential",
        "Ms Elodie Marchetti-Nkemelu",
        "",
        "OFFER OF EMPLOYMENT",
        "Position: Logistics & Freight Operator, Shipping Operations",
        "Start date: 2 November 2026",
        "Base salary: CHF 118,000 gross per annum, paid in 13 instalments",
        "Discretionary bonus: eligible from FY2027",
        "Probation period: 3 months",
        "",
        "Please countersign and return by 21 September 2026.",
        "Juliette Moreau, HR Business Partner",
    ])],
    "text": """
Dear Élodie,

Following your interviews with Anders and the team, I am delighted to offer you the position of Logistics & Freight Operator at Hallbright Trading SA.

Please find attached your offer letter, which sets out the main terms: a start date of 2 November 2026, a base salary of CHF 118,000 gross per annum paid in 13 instalments, eligibility for the discretionary bonus from FY2027, and a three-month probation period. Your employment contract will follow once you have accepted.

We would be grateful if you could countersign the letter and return it to me by Monday, 21 September.

We are very much looking forward to welcoming you to the Shipping Operations team.

Best regards,

Juliette Moreau
HR Business Partner
Hallbright Trading SA
Rue de la Confédération 8 | 1204 Geneva | Switzerland
D +41 22 555 87 40

DISCLAIMER: This e-mail and any attachments are confidential and intended solely for the addressee.
""",
    "html": """
<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt;color:#1a1a1a;">
<p>Dear Élodie,</p>
<p>Following your interviews with Anders and the team, I am delighted to offer you the position of <b>Logistics &amp; Freight Operator</b> at Hallbright Trading SA.</p>
<p>Please find attached your offer letter, which sets out the main terms: a start date of 2 November 2026, a base salary of CHF 118,000 gross per annum paid in 13 instalments, eligibility for the discretionary bonus from FY2027, and a three-month probation period. Your employment contract will follow once you have accepted.</p>
<p>We would be grateful if you could countersign the letter and return it to me by <b>Monday, 21 September</b>.</p>
<p>We are very much looking forward to welcoming you to the Shipping Operations team.</p>
<p>Best regards,</p>
<p><b>Juliette Moreau</b><br>HR Business Partner<br>Hallbright Trading SA<br>Rue de la Confédération 8 | 1204 Geneva | Switzerland<br>D +41 22 555 87 40</p>
<p style="font-size:8pt;color:#888;">DISCLAIMER: This e-mail and any attachments are confidential and intended solely for the addressee.</p>
</div>
""",
})

SPECS.append({
    "key": "o07", "kind": "offer", "scenario": "conditional_background_check", "lang": "en",
    "company": "Orbis Pharma Logistics", "contact": "daniel.brunetti@orbispharma.example.com",
    "sender": ("Daniel Brunetti", "daniel.brunetti@orbispharma.example.com"),
    "cc": [("Priya Raman", "priya.raman@orbispharma.example.com")],
    "subject": "Conditional offer – Procurement Manager, GDP Distribution",
    "date": "2026-03-19 18:37 +0100", "structure": "plain", "charset": "utf-8", "cte": "base64",
    "thread": ["i14", "rc08"],
    "text": """
Dear Élodie,

It was a pleasure to finally meet you last week, and thank you for your patience after the reschedule.

I'm very pleased to let you know that we would like to offer you the role of Procurement Manager, GDP Distribution, based in Geneva with regular travel to Basel. This offer is conditional on satisfactory references and a background check, which is standard for roles with GDP responsibilities; Priya will send you the consent form tomorrow.

The headline terms are a base salary of CHF 112,000, a 12% target bonus and a start in June. Priya will share the formal offer letter once the checks are complete.

Do let me know if you have any questions – I'm happy to jump on a call.

Warm regards,

Daniel Brunetti
Director, Indirect Procurement
Orbis Pharma Logistics AG
""",
})

SPECS.append({
    "key": "o08", "kind": "offer", "scenario": "agency_client_wants_to_offer", "lang": "en",
    "company": "Pellegrini Imballaggi", "contact": "matteo.ricci@lagostalent.example.it",
    "sender": ("Matteo Ricci", "matteo.ricci@lagostalent.example.it"),
    "subject": "GREAT NEWS!! Pellegrini offer",
    "date": "2026-05-21 13:14 +0200", "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "thread": [SENT["pellegrini"], "i16", "m06"],
    "text": """
Élodie!!

Great news – Chiara Pellegrini called me this morning: Pellegrini Imballaggi would like to offer you the Procurement & Logistics Manager role!!! Despite the connection drama of the first interview, your second round on site really convinced them.

Their offer:
- permanent contract (CCNL Carta e Cartotecnica, Quadro level)
- RAL € 62.000 + 10% MBO
- relocation support (3 months of accommodation in Milan)
- start: 1 September

They'll send the formal letter of offer as soon as you give me a verbal yes. Shall we talk tonight? I'm free from 6pm.

Complimenti!!
Matteo
""",
})

SPECS.append({
    "key": "o09", "kind": "offer", "scenario": "vertragsangebot_pdf", "lang": "de",
    "company": "Wagner Kühllogistik", "contact": "c.huber@wagner-kuehllogistik.example.de",
    "sender": ("Claudia Huber", "c.huber@wagner-kuehllogistik.example.de"),
    "subject": "Ihr Arbeitsvertrag – Leiterin Disposition",
    "date": "2026-09-04 11:22 +0200", "structure": "plain", "charset": "iso-8859-1", "cte": "quoted-printable",
    "thread": [SENT["wagner"], "i23", "rc12"],
    "attachments": [("Arbeitsvertrag_Marchetti-Nkemelu_Entwurf.pdf", [
        "WAGNER KUEHLLOGISTIK GmbH & Co. KG - Am Gewerbepark 5 - 85599 Parsdorf",
        "",
        "ARBEITSVERTRAG (Entwurf)",
        "zwischen Wagner Kuehllogistik GmbH & Co. KG und Frau Elodie Marchetti-Nkemelu",
        "",
        "Taetigkeit: Leiterin Disposition",
        "Beginn: 1. Oktober 2026, Probezeit 6 Monate",
        "Jahresbruttogehalt: 64.000 EUR, zahlbar in 12 Monatsraten",
        "Urlaub: 30 Arbeitstage",
    ])],
    "text": """
Sehr geehrte Frau Marchetti-Nkemelu,

wie heute Morgen telefonisch mit Herrn Wagner besprochen, freuen wir uns sehr, Ihnen die Stelle als Leiterin Disposition anbieten zu dürfen.

Anbei erhalten Sie den Entwurf Ihres Arbeitsvertrags (Beginn 1. Oktober 2026, Jahresbruttogehalt 64.000 EUR, 30 Tage Urlaub). Bitte prüfen Sie den Vertrag in Ruhe. Wenn alles passt, senden Sie uns bitte zwei unterschriebene Exemplare per Post zurück; eines erhalten Sie gegengezeichnet zurück.

Für Rückfragen stehe ich Ihnen gern zur Verfügung.

Mit freundlichen Grüßen

Claudia Huber
Assistenz der Geschäftsführung
Wagner Kühllogistik GmbH & Co. KG
Am Gewerbepark 5 · 85599 Parsdorf
Tel. 089 555 9910-12
Sitz: Parsdorf · Registergericht München HRA 98 221 · Komplementärin: Wagner Verwaltungs GmbH, HRB 188 004 · Geschäftsführer: Thomas Wagner
""",
})

SPECS.append({
    "key": "o10", "kind": "offer", "scenario": "oferta_puerto", "lang": "es",
    "company": "Logística Portuaria Garraf", "contact": "pau.serra@lpgarraf.example.es",
    "sender": ("Pau Serra", "pau.serra@lpgarraf.example.es"),
    "subject": "Oferta – Coordinadora de operaciones portuarias",
    "date": "2026-07-29 12:48 +0200", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "thread": [SENT["garraf"], "i25", "m10"],
    "text": """
Hola Élodie:

Como te adelantó Montse por teléfono, nos encantaría que te incorporaras al equipo de la terminal de Vilanova. Te resumo la oferta:

- Puesto: Coordinadora de operaciones portuarias
- Contrato indefinido, jornada completa (turno partido de lunes a viernes)
- Salario bruto anual: 41.000 €, en 14 pagas, más 3.000 € de variable por objetivos
- Incorporación: 1 de septiembre de 2026

Si te parece bien, respóndeme a este correo aceptando la oferta y te enviaremos el contrato para firmar. Tienes hasta el viernes 7 de agosto para pensártelo.

Un abrazo,
Pau

Pau Serra Vidal
Recursos Humanos
Logística Portuaria Garraf
""",
    "html": """
<div style="font-family:Arial,sans-serif;font-size:14px;">
<p>Hola Élodie:</p>
<p>Como te adelantó Montse por teléfono, nos encantaría que te incorporaras al equipo de la terminal de Vilanova. Te resumo la oferta:</p>
<ul>
<li>Puesto: Coordinadora de operaciones portuarias</li>
<li>Contrato indefinido, jornada completa (turno partido de lunes a viernes)</li>
<li>Salario bruto anual: 41.000 €, en 14 pagas, más 3.000 € de variable por objetivos</li>
<li>Incorporación: 1 de septiembre de 2026</li>
</ul>
<p>Si te parece bien, respóndeme a este correo aceptando la oferta y te enviaremos el contrato para firmar. Tienes hasta el viernes 7 de agosto para pensártelo.</p>
<p>Un abrazo,<br>Pau</p>
<p style="color:#666;font-size:12px;">Pau Serra Vidal<br>Recursos Humanos<br>Logística Portuaria Garraf</p>
</div>
""",
})
