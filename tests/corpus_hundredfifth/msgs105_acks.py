"""Acknowledgements of applications (21) and offers (10) of the hundred-and-fifth corpus, written
one by one."""

from __future__ import annotations

from msgs105_common import tracked

MESSAGES: list[dict] = []
add = MESSAGES.append

# ---------------------------------------------------------------- application_received (21)

# A1 -- SuccessFactors, "if you hear nothing within 4 weeks", HTML only
add({
    "kind": "application_received", "scenario": "successfactors_quatre_semaines", "company": "Ardenia", "contact": "", "lang": "fr",
    "frm": ("Ardenia Recrutement", "ardenia@successfactors.eu"),
    "subject": "Ardenia – Confirmation de réception de votre candidature n°4471902",
    "date": "2026-07-07 22:14 +0200", "charset": "utf-8", "cte": "qp",
    "html": """<html><body style="font-family:Verdana,sans-serif;font-size:12px;color:#333">
<table width="620" cellpadding="0" cellspacing="0">
<tr><td style="padding:10px 0"><img src="https://career5.successfactors.eu/companyLogo?company=ardeniaP" alt="Ardenia"></td></tr>
<tr><td style="line-height:1.5">
<p>Madame Okonkwo-Lefebvre,</p>
<p>Nous accusons bonne réception de votre candidature au poste de <b>Responsable Relations institutionnelles (H/F)</b> et vous remercions de l'intérêt que vous portez à Ardenia.</p>
<p>Notre équipe étudiera votre dossier avec attention. Compte tenu du nombre important de candidatures, nous ne sommes malheureusement pas en mesure de répondre personnellement à chacune d'entre elles : <b>si vous n'avez pas de nouvelles de notre part dans un délai de quatre semaines, vous pourrez considérer que votre candidature n'a pas été retenue.</b></p>
<p>Vous pouvez suivre l'état de votre dossier à tout moment depuis votre <a href="https://career5.successfactors.eu/career?company=ardeniaP&amp;career_ns=candidate_home">espace candidat</a>.</p>
<p>Cordialement,<br>L'équipe Recrutement<br>Ardenia</p>
<p style="font-size:10px;color:#999">Ardenia est la marque du Groupe Ardennais d'Assurances SA, rue de la Station 3, 6700 Arlon. Ce message est généré automatiquement, merci de ne pas y répondre.</p>
</td></tr></table>
<img src="https://career5.successfactors.eu/sfimg/t.gif?c=ardeniaP&amp;a=4471902" width="1" height="1" alt="">
</body></html>""",
})

# A2 -- French NGO, "we cannot reply individually", iso-8859-1, role mailbox not inviting replies
add({
    "kind": "application_received", "scenario": "pas_de_reponse_individuelle", "company": "Fondation Terre & Mer", "contact": "", "lang": "fr",
    "frm": ("Fondation Terre & Mer - Emploi", "emploi@fondation-terre-mer.example.fr"),
    "subject": "Accusé de réception - Chargé(e) de plaidoyer Océans",
    "date": "2026-02-05 08:02 +0100", "charset": "iso-8859-1", "cte": "qp",
    "text": """Bonjour,

Nous vous remercions pour votre candidature au poste de chargé(e) de plaidoyer Océans, qui a bien été enregistrée.

En raison du très grand nombre de candidatures reçues, nous ne pouvons malheureusement pas répondre individuellement à chacune. Seules les personnes présélectionnées seront contactées pour un entretien d'ici la fin du mois de février.

Merci de ne pas répondre à ce message automatique.

Bien cordialement,

L'équipe Ressources humaines
Fondation Terre & Mer
21, rue des Bernardins - 75005 Paris
""",
})

# A3 -- job platform confirms sending to the regional agency, HTML only, unsubscribe footer
add({
    "kind": "application_received", "scenario": "plateforme_envoyee_a", "company": "Agence Wallonne pour l'Attractivité Territoriale",
    "contact": "", "lang": "fr",
    "frm": ("PolitiJobs", "candidatures-noreply@politijobs.example.eu"),
    "subject": "Votre candidature a bien été envoyée à Agence Wallonne pour l'Attractivité Territoriale",
    "date": "2026-03-16 08:43 +0100", "charset": "utf-8", "cte": "qp",
    "html": """<!DOCTYPE html><html><body style="margin:0;background:#f3f4f6">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px">
<table role="presentation" width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#111827">
<tr><td style="padding:18px 24px;background:#312e81"><img src="https://cdn.politijobs.example.eu/mail/logo-white.png" alt="PolitiJobs" height="28"></td></tr>
<tr><td style="padding:24px;line-height:1.6">
<p style="font-size:18px;font-weight:bold;margin:0 0 12px 0">C'est envoyé ✅</p>
<p>Bonjour Mathilde,</p>
<p>Votre candidature pour l'offre <b>Responsable relations institutionnelles (réf. AWAT-2026-07)</b> a bien été envoyée à <b>Agence Wallonne pour l'Attractivité Territoriale</b> (Namur).</p>
<p>Le recruteur vous contactera directement s'il souhaite donner suite. Vous pouvez suivre vos candidatures depuis votre <a href="https://t.politijobs.example.eu/c/eJwNy0EOgjAQQNG7jAtGJfL1dHhw">tableau de bord</a>.</p>
<table role="presentation" cellpadding="0" cellspacing="0" style="margin-top:16px;border:1px solid #e5e7eb;width:100%"><tr><td style="padding:12px">
<p style="margin:0 0 6px 0;font-weight:bold">Ces offres pourraient aussi vous intéresser</p>
<p style="margin:0"><a href="https://t.politijobs.example.eu/c/eJwVyzEOg">Chargé·e de plaidoyer – Bruxelles</a><br><a href="https://t.politijobs.example.eu/c/eJwVy0kKg">Policy Officer – Luxembourg</a></p>
</td></tr></table>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#6b7280">PolitiJobs SRL · Rue Montoyer 24, 1000 Bruxelles · <a href="https://t.politijobs.example.eu/unsubscribe?u=3321" style="color:#6b7280">Se désinscrire</a> · <a href="https://politijobs.example.eu/confidentialite" style="color:#6b7280">Confidentialité</a></td></tr>
</table></td></tr></table>
<img src="https://t.politijobs.example.eu/o/eJwNy0EOgjAQ.gif" width="1" height="1" alt="">
</body></html>""",
})

# A4 -- Teamtailor, start-up, tu, HTML only
add({
    "kind": "application_received", "scenario": "teamtailor_merci_tu", "company": "Civicly", "contact": "", "lang": "fr",
    "frm": ("Civicly", "no-reply@teamtailor-mail.com"),
    "subject": "Merci pour ta candidature, Mathilde !",
    "date": "2026-01-20 13:05 +0100", "charset": "utf-8", "cte": "qp",
    "html": """<!DOCTYPE html><html><body style="margin:0;padding:0;background:#fff6ee">
<table role="presentation" width="100%" style="background:#fff6ee"><tr><td align="center" style="padding:32px 12px">
<table role="presentation" width="520" style="background:#ffffff;border-radius:12px;font-family:'Inter',Arial,sans-serif;font-size:15px;color:#222">
<tr><td style="padding:28px 32px 0 32px"><img src="https://teamtailor-production.s3.amazonaws.com/image_uploads/civicly-logo.png" alt="Civicly" width="110"></td></tr>
<tr><td style="padding:20px 32px 28px 32px;line-height:1.6">
<p>Salut Mathilde,</p>
<p>Ta candidature pour <b>Community &amp; Public Affairs Lead</b> est bien arrivée chez nous 🎉</p>
<p>On lit toutes les candidatures nous-mêmes (on est 9 !), donc ça peut prendre deux ou trois semaines. Promis, on te répond dans tous les cas.</p>
<p>En attendant, tu peux jeter un œil à <a href="https://civicly.teamtailor.com/pages/notre-culture">notre culture</a> ou à notre dernier <a href="https://civicly.example.be/blog/budget-participatif-2025">article de blog</a>.</p>
<p>À bientôt,<br>L'équipe Civicly</p>
</td></tr>
<tr><td style="padding:0 32px 24px 32px;font-size:11px;color:#9a9a9a"><a href="https://civicly.teamtailor.com/connect/unsubscribe" style="color:#9a9a9a">Gérer mes données</a></td></tr>
</table></td></tr></table>
</body></html>""",
})

# A5 -- EU authority, application registered under a reference, plain
add({
    "kind": "application_received", "scenario": "ue_acte_enregistre", "company": "Autorité européenne du travail transfrontalier", "contact": "", "lang": "fr",
    "frm": ("AETT Sélection", "aett-selection-noreply@aett.example.eu"),
    "subject": "AETT/AD/2026/014 – Accusé de réception de votre acte de candidature",
    "date": "2026-03-03 17:22 +0100", "charset": "utf-8", "cte": "b64",
    "text": """Madame,

Votre acte de candidature pour la procédure de sélection AETT/AD/2026/014 (Chargé(e) des relations avec les parties prenantes) a été enregistré le 3 mars 2026 à 17:21 sous le numéro AD2026014-0031.

La liste des candidat(e)s admis(es) aux épreuves sera établie par le comité de sélection sur la base des critères d'admissibilité et de l'évaluation des qualifications. Vous serez informée du résultat par courriel.

Nous vous rappelons que toute communication relative à cette procédure doit passer par votre espace candidat. Cette boîte fonctionnelle n'accepte pas les réponses.

Le comité de sélection
Autorité européenne du travail transfrontalier
""",
})

# A6 -- Luxembourg ministry, windows-1252, role mailbox inviting questions
add({
    "kind": "application_received", "scenario": "ministere_lu_accuse", "company": "Ministère de la Cohésion territoriale",
    "contact": "recrutement@mct.example.lu", "lang": "fr",
    "frm": ("Ministère de la Cohésion territoriale - Recrutement", "recrutement@mct.example.lu"),
    "subject": "Accusé de réception – MCT/2026/PA-02",
    "date": "2026-05-02 09:31 +0200", "charset": "windows-1252", "cte": "qp",
    "text": """Madame,

Nous accusons réception de votre candidature au poste d’attaché(e) en affaires publiques (référence MCT/2026/PA-02), parvenue dans les délais.

La présélection sur dossier aura lieu dans le courant du mois de mai. Les candidat(e)s retenu(e)s seront invité(e)s à un entretien début juin.

Pour toute question relative à la procédure, n’hésitez pas à nous écrire à cette adresse.

Le service recrutement
Ministère de la Cohésion territoriale
19-21, boulevard Royal – L-2449 Luxembourg
""",
})

# A7 -- Quebec council HR person, "seules les personnes retenues seront contactées"
add({
    "kind": "application_received", "scenario": "quebec_seules_retenues", "company": "Conseil québécois des politiques publiques",
    "contact": "g.tremblay@cqpp.example.ca", "lang": "fr",
    "frm": ("Geneviève Tremblay", "g.tremblay@cqpp.example.ca"),
    "subject": "Réception de votre candidature – poste 26-08",
    "date": "2026-03-02 13:47 -0500", "charset": "utf-8", "cte": "qp",
    "text": """Bonjour Madame Okonkwo-Lefebvre,

Nous accusons réception de votre candidature pour le poste de conseillère en affaires publiques (poste 26-08) et vous remercions de votre intérêt pour le Conseil.

L'affichage se termine le 13 mars. Veuillez noter que seules les personnes retenues pour une entrevue seront contactées.

Au plaisir,

Geneviève Tremblay, CRHA
Conseillère principale, ressources humaines
Conseil québécois des politiques publiques
""",
})

# A8 -- Geneva foundation keeps a speculative application in its pool
add({
    "kind": "application_received", "scenario": "spontanee_vivier", "company": "Fondation Léman pour la Paix",
    "contact": "n.rochat@fondation-leman.example.ch", "lang": "fr",
    "frm": ("Rochat Nadia", "n.rochat@fondation-leman.example.ch"),
    "subject": "Votre candidature spontanée",
    "date": "2026-01-09 15:50 +0100", "charset": "utf-8", "cte": "8bit",
    "text": """Chère Madame,

Je vous remercie pour votre candidature spontanée, que j'ai lue avec intérêt et transmise à notre directeur.

Nous n'avons pas de poste ouvert dans le domaine du plaidoyé pour le moment, mais un recrutement est envisagé au printemps. Avec votre accord, nous conservons votre dossier dans notre vivier pendant douze mois et nous reviendrons vers vous dès qu'une ouverture se présentera.

Meilleures salutations,

Nadia Rochat
Responsable RH
Fondation Léman pour la Paix
""",
})

# A9 -- iCIMS, Paris public body with a short brand name, HTML only
add({
    "kind": "application_received", "scenario": "icims_etablissement_public", "company": "Grand Paris Fluvial", "contact": "", "lang": "fr",
    "frm": ("Grand Paris Fluvial – Recrutement", "gpf-recrutement-noreply@icims.com"),
    "subject": "Nous avons bien reçu votre candidature",
    "date": "2026-08-31 10:10 +0200", "charset": "utf-8", "cte": "qp",
    "html": """<html><body style="margin:0;font-family:Arial,sans-serif">
<table width="100%" bgcolor="#e6f0f5" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" bgcolor="#ffffff" cellpadding="24" cellspacing="0" style="font-size:14px;color:#1c2b36">
<tr><td><img src="https://careers-grandparisfluvial.icims.com/images/gpf.png" alt="Grand Paris Fluvial" width="150"></td></tr>
<tr><td style="line-height:1.6">
<p>Madame,</p>
<p>Nous vous remercions pour votre candidature au poste de <b>Chargée des relations avec les collectivités et affaires publiques</b> (réf. 2026-0388).</p>
<p>Votre dossier a bien été enregistré et sera examiné par nos équipes dans les meilleurs délais. Vous serez informée de la suite donnée à votre candidature.</p>
<p>Cordialement,<br>La Direction des ressources humaines<br>Grand Paris Fluvial</p>
</td></tr>
<tr><td style="font-size:10px;color:#8a99a6">Établissement public du Grand Paris Fluvial – 2 quai de la Rapée, 75012 Paris. Conformément au RGPD, vous disposez d'un droit d'accès et de rectification. Ce message est envoyé automatiquement.</td></tr>
</table></td></tr></table>
<img src="https://careers-grandparisfluvial.icims.com/icims2?mode=track&amp;id=90417" width="1" height="1" alt="">
</body></html>""",
})

# A10 -- recruitment agency, own mandate, unnamed client
add({
    "kind": "application_received", "scenario": "agence_mandat_client_anonyme", "company": "Talentis Public Sector",
    "contact": "camille.renard@talentis.example.be", "lang": "fr",
    "frm": ("Camille Renard", "camille.renard@talentis.example.be"),
    "subject": "Votre candidature – Chargé(e) d'affaires publiques (réf. TPS-1187)",
    "date": "2026-04-27 12:36 +0200", "charset": "utf-8", "cte": "qp",
    "text": """Bonjour Madame Okonkwo-Lefebvre,

Merci pour l'envoi de votre CV pour le poste de chargé(e) d'affaires publiques que nous recrutons pour l'un de nos clients, un acteur majeur du secteur associatif bruxellois.

Je l'ai bien reçu et je prendrai le temps de l'étudier cette semaine. Si votre profil correspond, je vous appellerai pour un premier échange avant toute présentation au client.

Bonne journée,

Camille Renard
Consultante | Talentis Public Sector
Avenue Louise 149, 1050 Bruxelles
""",
})

# A11 -- Greenhouse, "we cannot reply to every applicant", alternative, no-reply without Reply-To
add({
    "kind": "application_received", "scenario": "greenhouse_cannot_reply_all", "company": "Atrium Strategies", "contact": "", "lang": "en",
    "frm": ("Atrium Strategies via Greenhouse", "no-reply@greenhouse-mail.io"),
    "subject": "Thanks for applying to Atrium Strategies",
    "date": "2026-02-13 23:41 +0100", "charset": "utf-8", "cte": "qp",
    "text": """Hi Mathilde,

Thanks for applying for the Senior Consultant, EU Affairs role at Atrium Strategies. Your application has been received.

Our team reads every application, but because of the volume we receive we're unable to reply to every applicant individually. If you haven't heard from us within four weeks, please assume that we won't be taking your application further this time.

In the meantime, you can learn more about our work at atriumstrategies.example.be.

Atrium Strategies Talent Team
""",
    "html": """<div style="font-family:Helvetica,Arial,sans-serif;font-size:14px;line-height:20px;color:#222;max-width:560px">
<img src="https://s3.amazonaws.com/grnhse-prod/board_logos/atrium.png" alt="Atrium Strategies" height="32">
<p>Hi Mathilde,</p>
<p>Thanks for applying for the <b>Senior Consultant, EU Affairs</b> role at Atrium Strategies. Your application has been received.</p>
<p>Our team reads every application, but because of the volume we receive we're unable to reply to every applicant individually. If you haven't heard from us within four weeks, please assume that we won't be taking your application further this time.</p>
<p>In the meantime, you can learn more about our work at <a href="https://atriumstrategies.example.be">atriumstrategies.example.be</a>.</p>
<p>Atrium Strategies Talent Team</p>
</div>""",
})

# A12 -- Lever acknowledgement, alternative
add({
    "kind": "application_received", "scenario": "lever_ack", "company": "Northbridge Advocacy", "contact": "", "lang": "en",
    "frm": ("Northbridge Advocacy", "no-reply@hire.lever.co"),
    "subject": "We've received your application - Public Affairs Manager (Brussels)",
    "date": "2026-03-04 07:58 +0100", "charset": "utf-8", "cte": "qp",
    "text": """Dear Mathilde,

Thank you for your interest in Northbridge Advocacy. This is a confirmation that we have received your application for the Public Affairs Manager (Brussels) position.

Shortlisted candidates will be asked to complete a short written exercise before interviews, which we expect to hold in late March.

Best wishes,
The People Team
Northbridge Advocacy
""",
    "html": """<html><body style="font-family:-apple-system,Segoe UI,Roboto,sans-serif;color:#1d1d1f;font-size:15px">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="max-width:560px;padding:24px">
<img src="https://lever-client-logos.s3.amazonaws.com/northbridge-advocacy.png" alt="Northbridge Advocacy" height="36">
<p>Dear Mathilde,</p>
<p>Thank you for your interest in Northbridge Advocacy. This is a confirmation that we have received your application for the <b>Public Affairs Manager (Brussels)</b> position.</p>
<p>Shortlisted candidates will be asked to complete a short written exercise before interviews, which we expect to hold in late March.</p>
<p>Best wishes,<br>The People Team<br>Northbridge Advocacy</p>
</td></tr></table></body></html>""",
})

# A13 -- job board confirms sending to Castellan, HTML only, tracker links
add({
    "kind": "application_received", "scenario": "jobboard_sent_to_employer", "company": "Castellan Global Affairs", "contact": "", "lang": "en",
    "frm": ("EuroPolicyJobs", "applications@mail.europolicyjobs.example.eu"),
    "subject": "Your application was sent to Castellan Global Affairs",
    "date": "2026-05-29 19:20 +0200", "charset": "utf-8", "cte": "qp",
    "headers": [("List-Unsubscribe", "<https://europolicyjobs.example.eu/unsub?t=a9f3>")],
    "html": """<html><body style="margin:0;background:#fafafa;font-family:Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px">
<table width="580" cellpadding="0" cellspacing="0" style="background:#fff;border:1px solid #eee;font-size:14px;color:#222">
<tr><td style="padding:16px 24px"><img src="https://europolicyjobs.example.eu/static/epj-logo.png" alt="EuroPolicyJobs" height="30"></td></tr>
<tr><td style="padding:0 24px 20px 24px;line-height:1.6">
<h2 style="font-size:18px;margin:8px 0 12px 0">Application sent!</h2>
<p>Hi Mathilde, your application for <b>Public Affairs Consultant</b> at <b>Castellan Global Affairs</b> (Brussels) has been delivered to the employer, together with your CV "Okonkwo-Lefebvre_CV_EN_2026.pdf".</p>
<p>Employers usually respond within 2-3 weeks. <a href="{TRACK}">Track your application</a></p>
<p style="font-size:12px;color:#777">Similar jobs: <a href="{SIM1}">EU Affairs Manager - Brussels</a> · <a href="{SIM2}">Advocacy Officer - Geneva</a></p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#999;border-top:1px solid #eee">EuroPolicyJobs, Rue du Luxembourg 3, 1000 Brussels. <a href="https://europolicyjobs.example.eu/unsub?t=a9f3" style="color:#999">Unsubscribe from application updates</a></td></tr>
</table></td></tr></table>
<img src="https://links.europolicyjobs.example.eu/o/eH7a00.gif" width="1" height="1" alt="">
</body></html>""".replace("{TRACK}", tracked("https://europolicyjobs.example.eu/my/applications", "eH7a01", "links.europolicyjobs.example.eu"))
    .replace("{SIM1}", tracked("https://europolicyjobs.example.eu/jobs/88213", "eH7a02", "links.europolicyjobs.example.eu"))
    .replace("{SIM2}", tracked("https://europolicyjobs.example.eu/jobs/88240", "eH7a03", "links.europolicyjobs.example.eu")),
})

# A14 -- Geneva council, notification mailbox, reference number, plain iso-8859-1
add({
    "kind": "application_received", "scenario": "notification_reference", "company": "International Council for Migration Dialogue", "contact": "", "lang": "en",
    "frm": ("ICMD e-Recruitment", "recruitment-notifications@icmd.example.org"),
    "subject": "Application received - VN 2026/031 Policy Officer (P-2)",
    "date": "2026-03-27 11:12 +0100", "charset": "iso-8859-1", "cte": "8bit",
    "text": """Dear Mathilde Okonkwo-Lefebvre,

This is to confirm that your application for the position below has been successfully submitted.

Vacancy notice: VN 2026/031
Position: Policy Officer (P-2)
Duty station: Geneva, Switzerland
Application number: 2026-031-00457

Due to the high number of applications, only candidates under serious consideration will be contacted. Please do not reply to this automatically generated message.

ICMD e-Recruitment
""",
})

# A15 -- NGO programme lead, two lines
add({
    "kind": "application_received", "scenario": "person_got_it", "company": "ClimateBridge Europe",
    "contact": "sara.lindqvist@climatebridge.example.org", "lang": "en",
    "frm": ("Sara Lindqvist", "sara.lindqvist@climatebridge.example.org"),
    "subject": "Re: Application - Policy & Campaigns Officer",
    "date": "2026-02-12 12:02 +0100", "charset": "utf-8", "cte": "8bit",
    "text": """Thanks Mathilde, got it! We close applications on Monday and I'll be in touch within two weeks either way.

Sara

Sara Lindqvist (she/her) | Programme Lead, EU Policy | ClimateBridge Europe
""",
})

# A16 -- Workable in Spanish, tú, HTML only
add({
    "kind": "application_received", "scenario": "workable_recibida", "company": "Ibérica Renovables", "contact": "", "lang": "es",
    "frm": ("Ibérica Renovables", "noreply@candidates.workablemail.com"),
    "subject": "Hemos recibido tu candidatura",
    "date": "2026-06-04 16:31 +0200", "charset": "utf-8", "cte": "qp",
    "html": """<html><body style="margin:0;background:#f4f4f4">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#333">
<tr><td style="padding:20px 30px;background:#0f7b5f"><img src="https://workablehr.s3.amazonaws.com/uploads/account/logo/iberica-renovables.png" alt="Ibérica Renovables" height="40"></td></tr>
<tr><td style="padding:24px 30px;line-height:1.6">
<p>¡Hola Mathilde!</p>
<p>Gracias por tu interés en <b>Técnico/a de Asuntos Públicos y Regulación</b>. Hemos recibido tu candidatura correctamente.</p>
<p>Nuestro equipo la revisará en los próximos días. Si tu perfil encaja, nos pondremos en contacto contigo para los siguientes pasos.</p>
<p>Un saludo,<br>Equipo de Talento – Ibérica Renovables</p>
</td></tr>
<tr><td style="padding:14px 30px;font-size:10px;color:#999;border-top:1px solid #eee">Powered by Workable · <a href="https://apply.workable.com/iberica-renovables/privacy" style="color:#999">Aviso de privacidad</a></td></tr>
</table></td></tr></table>
</body></html>""",
})

# A17 -- Madrid agency, registry acknowledgement, iso-8859-1 base64, no reply
add({
    "kind": "application_received", "scenario": "acuse_recibo_registro", "company": "Agencia Madrileña de Cooperación Internacional", "contact": "", "lang": "es",
    "frm": ("Registro de Selección AMCI", "registro-seleccion@amci.example.es"),
    "subject": "Acuse de recibo de solicitud AMCI-2026-RI-03", "header_charset": "iso-8859-1",
    "date": "2026-04-24 14:00 +0200", "charset": "iso-8859-1", "cte": "b64",
    "text": """Estimada Sra. Okonkwo-Lefebvre:

Le confirmamos la recepción de su solicitud para participar en el proceso de selección AMCI-2026-RI-03 (Técnico/a de Relaciones Institucionales), con número de registro 2026/004512.

La relación provisional de personas admitidas se publicará en la sede electrónica de la Agencia. Le recordamos que dispone de diez días hábiles desde la publicación para subsanar, en su caso, la documentación.

Este correo ha sido generado automáticamente; por favor, no responda a esta dirección.

Registro de Selección
Agencia Madrileña de Cooperación Internacional
""",
})

# A18 -- Spanish job board confirms sending to the foundation, HTML only
add({
    "kind": "application_received", "scenario": "portal_enviada_a", "company": "Fundación Puente Europa", "contact": "", "lang": "es",
    "frm": ("TrabajoPúblico", "avisos@trabajopublico.example.es"),
    "subject": "Tu candidatura se ha enviado a Fundación Puente Europa",
    "date": "2026-04-01 21:14 +0200", "charset": "utf-8", "cte": "qp",
    "headers": [("List-Unsubscribe", "<mailto:baja@trabajopublico.example.es?subject=baja>, <https://trabajopublico.example.es/baja?u=771>")],
    "html": """<html><body style="margin:0;background:#eef2f7;font-family:Tahoma,Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px">
<table width="560" cellpadding="0" cellspacing="0" style="background:#fff;font-size:14px;color:#263238">
<tr><td style="padding:16px 24px;background:#c62828;color:#fff;font-size:18px;font-weight:bold"><img src="https://trabajopublico.example.es/img/tp-logo.png" alt="TrabajoPúblico" height="26"></td></tr>
<tr><td style="padding:20px 24px;line-height:1.6">
<p>Hola Mathilde,</p>
<p>Tu candidatura a la oferta <b>Responsable de Incidencia Política (Madrid)</b> se ha enviado correctamente a <b>Fundación Puente Europa</b>.</p>
<p>La empresa podrá ver tu CV y tu carta de presentación. Te avisaremos cuando cambie el estado de tu candidatura.</p>
<p><a href="https://trabajopublico.example.es/mis-candidaturas?utm_source=email&amp;utm_medium=transaccional">Ver mis candidaturas</a></p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#90a4ae">Recibes este correo porque tienes una cuenta en TrabajoPúblico. <a href="https://trabajopublico.example.es/baja?u=771" style="color:#90a4ae">Darse de baja</a></td></tr>
</table></td></tr></table>
<img src="https://trabajopublico.example.es/px/o.gif?u=771&amp;m=tx" width="1" height="1" alt="">
</body></html>""",
})

# A19 -- Personio Eingangsbestätigung, HTML only, no Reply-To
add({
    "kind": "application_received", "scenario": "personio_eingang", "company": "Rheinwerk Public Affairs", "contact": "", "lang": "de",
    "frm": ("Rheinwerk Public Affairs GmbH", "noreply@personio.de"),
    "subject": "Eingangsbestätigung Ihrer Bewerbung",
    "date": "2026-02-27 10:04 +0100", "charset": "utf-8", "cte": "qp",
    "html": """<!doctype html><html><body style="margin:0;background:#fafafa">
<table width="100%" cellspacing="0" cellpadding="0"><tr><td align="center">
<table width="600" cellspacing="0" cellpadding="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#2b2b2b;line-height:1.5">
<tr><td style="padding:24px 30px 8px 30px"><img src="https://rheinwerk.jobs.personio.de/logo.png" alt="Rheinwerk Public Affairs" width="160"></td></tr>
<tr><td style="padding:8px 30px 24px 30px">
<p>Sehr geehrte Frau Okonkwo-Lefebvre,</p>
<p>vielen Dank für Ihre Bewerbung als <b>Consultant EU-Politik (m/w/d)</b>. Hiermit bestätigen wir den Eingang Ihrer Unterlagen.</p>
<p>Wir prüfen Ihre Bewerbung sorgfältig und melden uns innerhalb der nächsten drei Wochen bei Ihnen.</p>
<p>Mit freundlichen Grüßen<br>Ihr Rheinwerk-Team</p>
</td></tr>
<tr><td style="padding:16px 30px;font-size:11px;color:#777;border-top:1px solid #eee">Rheinwerk Public Affairs GmbH · Rue d'Arlon 25 · 1050 Brüssel<br>Amtsgericht Köln HRB 98765 · Geschäftsführer: Dr. Matthias Rhein, Sabine Ott<br>Bitte antworten Sie nicht auf diese automatisch erstellte E-Mail.</td></tr>
</table></td></tr></table></body></html>""",
})

# A20 -- German job board: "Deine Bewerbung bei X (Brüssel) wurde erfolgreich versendet"
add({
    "kind": "application_received", "scenario": "jobboerse_versendet", "company": "Europäischer Verband der Kommunalwirtschaft", "contact": "", "lang": "de",
    "frm": ("EuroStellen", "bewerbung-noreply@eurostellen.example.eu"),
    "subject": "Deine Bewerbung bei Europäischer Verband der Kommunalwirtschaft (Brüssel) wurde erfolgreich versendet",
    "date": "2026-07-12 20:33 +0200", "charset": "utf-8", "cte": "qp",
    "headers": [("List-Unsubscribe", "<https://eurostellen.example.eu/abmelden?k=55e1>"),
             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")],
    "html": """<html><body style="margin:0;background:#f2f5f8;font-family:Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:18px">
<table width="580" cellpadding="0" cellspacing="0" style="background:#fff;font-size:14px;color:#222">
<tr><td style="padding:14px 22px;background:#005f73"><img src="https://eurostellen.example.eu/mail/logo.png" alt="EuroStellen" height="26"></td></tr>
<tr><td style="padding:22px;line-height:1.6">
<p>Hallo Mathilde,</p>
<p>deine Bewerbung bei <b>Europäischer Verband der Kommunalwirtschaft</b> (Brüssel) für die Stelle <b>Referent*in Public Affairs</b> wurde erfolgreich versendet.</p>
<p>Der Arbeitgeber meldet sich direkt bei dir. Den Status deiner Bewerbungen findest du jederzeit unter <a href="https://eurostellen.example.eu/meine-bewerbungen?utm_campaign=tx_apply">Meine Bewerbungen</a>.</p>
<p>Viel Erfolg!<br>Dein EuroStellen-Team</p>
</td></tr>
<tr><td style="padding:12px 22px;font-size:11px;color:#8899a6">EuroStellen GmbH · Impressum · <a href="https://eurostellen.example.eu/abmelden?k=55e1" style="color:#8899a6">Benachrichtigungen abbestellen</a></td></tr>
</table></td></tr></table>
<img src="https://eurostellen.example.eu/t/o.gif?k=55e1" width="1" height="1" alt="">
</body></html>""",
})

# A21 -- start-up people person, du, short
add({
    "kind": "application_received", "scenario": "startup_danke_du", "company": "Grenzland Analytics",
    "contact": "nina.hoffmann@grenzland-analytics.example.lu", "lang": "de",
    "frm": ("Nina Hoffmann", "nina.hoffmann@grenzland-analytics.example.lu"),
    "subject": "Deine Bewerbung bei Grenzland",
    "date": "2026-09-01 11:30 +0200", "charset": "utf-8", "cte": "qp",
    "text": """Hallo Mathilde,

danke für deine Bewerbung als Policy & Partnerships Lead – sie ist gut bei uns angekommen! Wir schauen sie uns in den nächsten Tagen in Ruhe an und melden uns dann bei dir.

Liebe Grüße aus Esch
Nina

Nina Hoffmann
People & Culture | Grenzland Analytics
""",
})

# ---------------------------------------------------------------- offer (10)

# O1 -- DVPA written offer with the offer letter as PDF
add({
    "kind": "offer", "scenario": "proposition_ecrite_pdf", "company": "Dumont & Verhaegen Public Affairs",
    "contact": "c.verhaegen@dvpa.example.be", "lang": "fr",
    "frm": ("Charlotte Verhaegen", "c.verhaegen@dvpa.example.be"),
    "subject": "Proposition d'engagement – Senior Account Manager Public Affairs",
    "date": "2026-05-04 18:12 +0200", "charset": "utf-8", "cte": "qp",
    "text": """Chère Mathilde,

C'est avec grand plaisir que Pierre et moi vous confirmons notre souhait de vous accueillir chez DVPA en qualité de Senior Account Manager Public Affairs.

Vous trouverez en pièce jointe notre proposition d'engagement : contrat à durée indéterminée, temps plein, rémunération brute mensuelle de 4 650 €, voiture de société ou budget mobilité, chèques-repas et assurance groupe. La date d'entrée en fonction proposée est le 1er juillet 2026, à discuter selon votre préavis.

Nous vous serions reconnaissants de nous faire part de votre décision d'ici le 12 mai. Je reste bien sûr disponible pour en parler de vive voix.

Au plaisir de travailler ensemble,

Charlotte Verhaegen
Partner
Dumont & Verhaegen Public Affairs SRL
""",
    "attachments": [{"filename": "DVPA_Proposition_engagement_MOL.pdf", "lines": [
        "Dumont & Verhaegen Public Affairs SRL",
        "Rue du Trone 98, 1050 Ixelles",
        "Proposition d'engagement",
        "Madame Mathilde Okonkwo-Lefebvre",
        "Fonction : Senior Account Manager Public Affairs",
        "Contrat : duree indeterminee, temps plein (38h/semaine)",
        "Remuneration brute mensuelle : 4 650 EUR",
        "Entree en fonction : 1er juillet 2026",
        "Reponse souhaitee avant le 12 mai 2026"]}],
})

# O2 -- regional agency confirms a verbal offer in writing; mentions informing other candidates
add({
    "kind": "offer", "scenario": "confirmation_offre_orale", "company": "Agence Wallonne pour l'Attractivité Territoriale",
    "contact": "s.lambert@awat.example.be", "lang": "fr",
    "frm": ("Lambert Sébastien", "s.lambert@awat.example.be"),
    "subject": "Suite à notre appel de ce matin",
    "date": "2026-04-22 12:15 +0200", "charset": "utf-8", "cte": "8bit",
    "text": """Madame Okonkwo-Lefebvre,

Suite à notre appel de ce matin, je vous confirme par écrit la proposition de Mme Goffin : nous vous offrons le poste de Responsable relations institutionnelles, au barème A6 (ancienneté valorisée : 6 ans), à partir du 1er juin 2026, sous contrat à durée indéterminée.

Le contrat vous sera envoyé pour signature dès réception de votre accord écrit et de votre extrait de casier judiciaire. Nous informerons les autres candidats que nous ne donnons pas suite à leur candidature dès que vous aurez accepté.

Encore félicitations,

Sébastien Lambert
Responsable RH
Agence Wallonne pour l'Attractivité Territoriale
""",
})

# O3 -- EU authority, conditional offer (medical, diplomas, clearance), PDF, role mailbox inviting reply
add({
    "kind": "offer", "scenario": "offre_conditionnelle_ue", "company": "Autorité européenne du travail transfrontalier",
    "contact": "hr-recrutement@aett.example.eu", "lang": "fr",
    "frm": ("AETT – Unité Ressources humaines", "hr-recrutement@aett.example.eu"),
    "subject": "Offre d'engagement sous conditions – AETT/AD/2026/014",
    "date": "2026-06-18 15:05 +0200", "charset": "utf-8", "cte": "b64",
    "text": """Madame,

À la suite de la procédure de sélection AETT/AD/2026/014, l'Autorité a le plaisir de vous adresser une offre d'engagement en qualité d'agent temporaire (AD 6, échelon 1) au poste de chargée des relations avec les parties prenantes, pour une durée initiale de cinq ans.

Cette offre est conditionnelle. Elle ne deviendra définitive qu'après :
- la réussite de la visite médicale d'embauche auprès du service médical de la Commission ;
- la vérification des originaux de vos diplômes et justificatifs d'expérience ;
- la production d'un extrait de casier judiciaire de moins de trois mois.

Le détail des conditions financières figure dans le document joint. Nous vous remercions de nous retourner le formulaire d'acceptation signé par retour de courriel avant le 2 juillet 2026. Pour toute question, vous pouvez répondre directement à ce message.

Unité Ressources humaines
Autorité européenne du travail transfrontalier
Rue du Marché 10, L-1260 Luxembourg
""",
    "attachments": [{"filename": "AETT_offre_conditionnelle_AD2026014.pdf", "lines": [
        "AUTORITE EUROPEENNE DU TRAVAIL TRANSFRONTALIER",
        "Offre d'engagement - agent temporaire AD 6/1",
        "Candidate : Mathilde OKONKWO-LEFEBVRE",
        "Duree : 5 ans, renouvelable",
        "Conditions : visite medicale, diplomes, casier judiciaire",
        "Formulaire d'acceptation a retourner avant le 2 juillet 2026"]}],
})

# O4 -- Geneva: employment contract in two copies to sign, PDF
add({
    "kind": "offer", "scenario": "contrat_a_signer", "company": "Centre genevois de médiation internationale",
    "contact": "f.bonvin@cgmi.example.ch", "lang": "fr",
    "frm": ("Bonvin Florence", "f.bonvin@cgmi.example.ch"),
    "subject": "Contrat de travail – Chargée de communication et affaires publiques",
    "date": "2026-03-20 14:33 +0100", "charset": "windows-1252", "cte": "qp",
    "text": """Chère Madame Okonkwo-Lefebvre,

Suite à votre accord téléphonique de mardi, j’ai le plaisir de vous faire parvenir ci-joint votre contrat de travail pour le poste de Chargée de communication et affaires publiques (90 %), avec entrée en fonction le 1er mai 2026.

Je vous remercie de bien vouloir nous retourner les deux exemplaires datés et signés d’ici au 31 mars, par courrier postal ou scannés par retour de courriel. Nous nous occuperons ensuite des démarches relatives à votre permis de travail (permis B).

Toute l’équipe se réjouit de vous accueillir.

Meilleures salutations,

Florence Bonvin
Responsable des ressources humaines
Centre genevois de médiation internationale
""",
    "attachments": [{"filename": "CGMI_Contrat_de_travail_Okonkwo-Lefebvre.pdf", "lines": [
        "CENTRE GENEVOIS DE MEDIATION INTERNATIONALE",
        "Contrat de travail de duree indeterminee",
        "Employee : Mathilde Okonkwo-Lefebvre",
        "Fonction : Chargee de communication et affaires publiques",
        "Taux d'activite : 90 %",
        "Entree en fonction : 1er mai 2026",
        "Salaire annuel brut : CHF 98'000.- (13 x)",
        "Fait a Geneve, en deux exemplaires"]}],
})

# O5 -- Quebec council offer, alternative
add({
    "kind": "offer", "scenario": "offre_quebec", "company": "Conseil québécois des politiques publiques",
    "contact": "g.tremblay@cqpp.example.ca", "lang": "fr",
    "frm": ("Geneviève Tremblay", "g.tremblay@cqpp.example.ca"),
    "subject": "Offre d'emploi – Conseillère en affaires publiques",
    "date": "2026-04-09 15:02 -0400", "charset": "utf-8", "cte": "qp",
    "text": """Bonjour Mathilde,

J'ai le grand plaisir de vous offrir, au nom du Conseil québécois des politiques publiques, le poste de conseillère en affaires publiques (poste permanent, 35 h/semaine).

Salaire annuel : 78 500 $, échelon 6
Entrée en fonction : le 6 juillet 2026
Avantages : régime de retraite à prestations déterminées, 4 semaines de vacances, programme d'aide à la relocalisation (jusqu'à 8 000 $)

L'offre est conditionnelle à l'obtention de votre permis de travail; nous vous accompagnerons dans les démarches auprès d'Immigration Québec.

Merci de me faire part de votre réponse d'ici le 17 avril. N'hésitez pas à m'appeler si vous avez des questions.

Au plaisir de vous compter parmi nous!

Geneviève Tremblay, CRHA
Conseillère principale, ressources humaines
Conseil québécois des politiques publiques
""",
    "html": """<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt;color:#222">
<p>Bonjour Mathilde,</p>
<p>J'ai le grand plaisir de vous offrir, au nom du Conseil québécois des politiques publiques, le poste de <b>conseillère en affaires publiques</b> (poste permanent, 35 h/semaine).</p>
<ul><li>Salaire annuel : 78 500 $, échelon 6</li><li>Entrée en fonction : le 6 juillet 2026</li>
<li>Avantages : régime de retraite à prestations déterminées, 4 semaines de vacances, programme d'aide à la relocalisation (jusqu'à 8 000 $)</li></ul>
<p>L'offre est conditionnelle à l'obtention de votre permis de travail; nous vous accompagnerons dans les démarches auprès d'Immigration Québec.</p>
<p>Merci de me faire part de votre réponse d'ici le 17 avril. N'hésitez pas à m'appeler si vous avez des questions.</p>
<p>Au plaisir de vous compter parmi nous!</p>
<p>Geneviève Tremblay, CRHA<br>Conseillère principale, ressources humaines<br>Conseil québécois des politiques publiques</p>
</div>""",
})

# O6 -- Castellan offer letter from HR, PDF, English legal footer
add({
    "kind": "offer", "scenario": "offer_letter_pdf", "company": "Castellan Global Affairs",
    "contact": "priya.nair@castellan.example.eu", "lang": "en",
    "frm": ("Priya Nair", "priya.nair@castellan.example.eu"),
    "cc": [("Price, Eleanor", "eleanor.price@castellan.example.eu")],
    "subject": "Offer of employment - Public Affairs Consultant",
    "date": "2026-07-01 11:25 +0200", "charset": "utf-8", "cte": "qp",
    "text": """Dear Mathilde,

Following your interviews with Eleanor and Joost, I am delighted to offer you the position of Public Affairs Consultant in our Brussels office.

Please find attached your offer letter setting out the main terms: an annual gross salary of EUR 62,000, hospitalisation and group insurance, meal vouchers, and a start date of 1 September 2026. The offer is subject to satisfactory references.

To accept, please sign and return the letter by 10 July. Do let me know if you have any questions - I'm happy to set up a call.

Kind regards,

Priya Nair
HR Business Partner
Castellan Global Affairs
Castellan Global Affairs Ltd, registered in England and Wales No. 07654321. Registered office: 10 Old Jewry, London EC2R 8DN.
""",
    "attachments": [{"filename": "Castellan_Offer_Letter_Okonkwo-Lefebvre.pdf", "lines": [
        "Castellan Global Affairs - Brussels office",
        "Offer of employment",
        "Dear Ms Okonkwo-Lefebvre,",
        "Position: Public Affairs Consultant",
        "Annual gross salary: EUR 62,000",
        "Start date: 1 September 2026",
        "Subject to satisfactory references.",
        "Please sign and return by 10 July 2026."]}],
})

# O7 -- NGO, casual verbal offer by mail, paperwork to follow
add({
    "kind": "offer", "scenario": "casual_offer_ngo", "company": "ClimateBridge Europe",
    "contact": "sara.lindqvist@climatebridge.example.org", "lang": "en",
    "frm": ("Sara Lindqvist", "sara.lindqvist@climatebridge.example.org"),
    "subject": "Good news!!",
    "date": "2026-03-09 19:40 +0100", "charset": "utf-8", "cte": "8bit",
    "text": """Hi Mathilde,

As promised on the phone earlier - we'd LOVE to have you on board at ClimateBridge Europe as our Policy & Campaigns Officer! Pieter and the board signed off this afternoon.

Formal paperwork (contract, salary grid, the famous bike-lease form) will follow from our office manager this week. Start date ideally 4 May, but we can talk.

So happy about this.

Sara
""",
})

# O8 -- Madrid bank, offer letter PDF, HR business partner
add({
    "kind": "offer", "scenario": "carta_oferta_banco", "company": "Banco Meridiano",
    "contact": "alvaro.ruiz@bancomeridiano.example.es", "lang": "es",
    "frm": ("Álvaro Ruiz", "alvaro.ruiz@bancomeridiano.example.es"),
    "subject": "Carta oferta – Responsable de Relaciones Institucionales",
    "date": "2026-09-18 13:44 +0200", "charset": "iso-8859-1", "cte": "qp",
    "text": """Estimada Mathilde:

En nombre de Banco Meridiano, es un placer hacerle llegar la carta oferta para el puesto de Responsable de Relaciones Institucionales, con incorporación prevista el 2 de noviembre de 2026 en nuestra sede de Madrid.

Encontrará adjuntas las condiciones: retribución fija anual de 68.000 euros brutos, retribución variable de hasta un 15 %, seguro médico y ayuda a la reubicación.

Le agradecería que nos devolviera la carta firmada antes del 28 de septiembre. Quedo a su disposición para cualquier duda.

Un cordial saludo,

Álvaro Ruiz Sancho
HR Business Partner
Banco Meridiano, S.A.
""",
    "attachments": [{"filename": "Carta_oferta_Okonkwo-Lefebvre.pdf", "lines": [
        "BANCO MERIDIANO, S.A.",
        "Carta oferta",
        "Puesto: Responsable de Relaciones Institucionales",
        "Incorporacion: 2 de noviembre de 2026",
        "Retribucion fija anual: 68.000 EUR brutos",
        "Firma de aceptacion antes del 28 de septiembre de 2026"]}],
})

# O9 -- association director confirms the offer made by phone, tú
add({
    "kind": "offer", "scenario": "oferta_confirmada_telefono", "company": "Asociación Española de Fabricantes de Bicicletas",
    "contact": "ramon.iturbe@aefb.example.es", "lang": "es",
    "frm": ("Ramón Iturbe", "ramon.iturbe@aefb.example.es"),
    "cc": [("Nerea Campos", "nerea.campos@talentia-seleccion.example.es")],
    "subject": "Confirmación de nuestra oferta",
    "date": "2026-07-03 17:05 +0200", "charset": "utf-8", "cte": "qp",
    "text": """Hola Mathilde:

Tal como te he comentado por teléfono hace un rato, te confirmo por escrito nuestra oferta para incorporarte a la AEFB como responsable de asuntos públicos, con base en Madrid y viajes frecuentes a Bruselas.

Las condiciones son las que hablamos: 52.000 euros brutos anuales, contrato indefinido, teletrabajo dos días por semana e incorporación el 1 de septiembre. Nerea te enviará el contrato en los próximos días.

Estamos encantados. ¡Bienvenida!

Ramón Iturbe
Director General
Asociación Española de Fabricantes de Bicicletas (AEFB)
""",
})

# O10 -- German association: offer with the employment contract, PDF
add({
    "kind": "offer", "scenario": "angebot_arbeitsvertrag", "company": "Europäischer Verband der Kommunalwirtschaft",
    "contact": "m.keller@evk.example.eu", "lang": "de",
    "frm": ("Markus Keller", "m.keller@evk.example.eu"),
    "subject": "Ihr Vertragsangebot",
    "date": "2026-08-12 16:10 +0200", "charset": "utf-8", "cte": "qp",
    "text": """Sehr geehrte Frau Okonkwo-Lefebvre,

wir freuen uns sehr, Ihnen nach den guten Gesprächen die Stelle als Referentin für Public Affairs in unserem Brüsseler Büro anbieten zu können.

Anbei erhalten Sie den Arbeitsvertrag in zweifacher Ausfertigung (unbefristet, Vollzeit, Beginn 1. Oktober 2026, Bruttojahresgehalt 64.000 EUR nach belgischem Recht). Bitte senden Sie uns ein unterschriebenes Exemplar bis zum 26. August zurück.

Für Fragen stehe ich Ihnen jederzeit gerne zur Verfügung.

Mit freundlichen Grüßen

Markus Keller
Leiter Büro Brüssel
Europäischer Verband der Kommunalwirtschaft e.V.
Rue de la Loi 81a, 1040 Brüssel
Vereinsregister: VR 12345 · Vorstandsvorsitzende: Dr. Ines Haller
""",
    "attachments": [{"filename": "EVK_Arbeitsvertrag_Okonkwo-Lefebvre.pdf", "lines": [
        "Europaeischer Verband der Kommunalwirtschaft e.V.",
        "Arbeitsvertrag",
        "zwischen dem EVK und Frau Mathilde Okonkwo-Lefebvre",
        "Taetigkeit: Referentin Public Affairs, Buero Bruessel",
        "Beginn: 1. Oktober 2026, unbefristet, Vollzeit",
        "Bruttojahresgehalt: 64.000 EUR"]}],
})
