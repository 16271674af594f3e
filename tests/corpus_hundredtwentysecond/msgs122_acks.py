# ruff: noqa: C408
"""Application acknowledgements and offers, one hand-written spec per message."""

from __future__ import annotations

from msgs122_common import MY_SIG, quote

ACKS: list[dict] = []
add = ACKS.append

# ==================================================================== application_received

add(dict(
    kind="application_received", scen="workday_cannot_reply_4_weeks", lang="fr",
    company="Institut Lumière-Santé", contact="",
    frm=("Institut Lumière-Santé", "institutlumieresante@myworkday.com"),
    subject="Nous avons bien reçu votre candidature – Chargé(e) de philanthropie grands donateurs",
    date="2026-03-23 21:14 +0100", struct="html", charset="utf-8", cte="quoted-printable",
    html="""<!DOCTYPE html><html><body style="margin:0;background:#eef3f7;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 0;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#1a2b3c;">
<tr><td style="padding:22px 30px;background:#003a70;"><img src="https://wd3.myworkday.com/lumieresante/assets/logo_ils_white.png" alt="Institut Lumière-Santé" width="170" style="display:block;"></td></tr>
<tr><td style="padding:26px 30px;line-height:22px;">
<p>Bonjour Amandine,</p>
<p>Merci pour votre candidature au poste de <b>Chargé(e) de philanthropie grands donateurs</b> (R-2026-0077). Elle a bien été enregistrée et sera étudiée avec attention par notre équipe.</p>
<p>En raison du grand nombre de candidatures que nous recevons, nous ne sommes malheureusement pas en mesure de répondre individuellement à chacune d'entre elles. Sans retour de notre part dans un délai de 4 semaines, vous pourrez considérer que votre candidature n'a pas été retenue.</p>
<p>Vous pouvez suivre l'état de votre candidature à tout moment depuis votre <a href="https://wd3.myworkday.com/lumieresante/d/home.htmld">espace candidat</a>.</p>
<p>Cordialement,<br>L'équipe Recrutement<br>Institut Lumière-Santé</p>
</td></tr>
<tr><td style="padding:14px 30px;font-size:11px;color:#7a8a99;background:#f7f9fb;">Ce message est généré automatiquement, merci de ne pas y répondre. Fondation reconnue d'utilité publique – 25 rue du Docteur-Roux, 75015 Paris.</td></tr>
</table></td></tr></table>
<img src="https://wd3.myworkday.com/lumieresante/email/open?eid=5bc0913e" width="1" height="1" alt="">
</body></html>
""",
))

add(dict(
    kind="application_received", scen="job_board_sent_to_employer", lang="fr",
    company="Scène nationale de l'Estuaire", contact="",
    frm=("Jobs d'Utilité", "notifications@jobsdutilite.example.fr"),
    subject="Votre candidature a bien été envoyée à Scène nationale de l'Estuaire",
    date="2026-04-20 07:48 +0200", struct="html", charset="utf-8", cte="base64",
    headers={"List-Unsubscribe": "<https://www.jobsdutilite.example.fr/notifications/stop?u=4f2a81>"},
    html="""<html><body style="margin:0;background:#f4f1ea;font-family:'Trebuchet MS',Arial,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px;">
<table width="580" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:8px;">
<tr><td style="padding:18px 28px;border-bottom:1px solid #eee;"><img src="https://www.jobsdutilite.example.fr/static/mail/logo.png" alt="Jobs d'Utilité - l'emploi qui a du sens" height="34"></td></tr>
<tr><td style="padding:24px 28px;font-size:15px;line-height:1.6;color:#333;">
<p style="font-size:20px;color:#1b5e20;margin:0 0 14px 0;">C'est envoyé ! ✉️</p>
<p>Bonjour Amandine,</p>
<p>Votre candidature pour l'offre <b>Chargé·e de mécénat et relations entreprises</b> a bien été transmise à <b>Scène nationale de l'Estuaire</b> (Saint-Nazaire).</p>
<p>Le recruteur a accès à votre CV, à votre lettre de motivation et à votre profil. Vous serez notifiée dès qu'il aura consulté votre candidature.</p>
<p><a href="https://www.jobsdutilite.example.fr/r/ck?t=YXBwLTg4MTI0&amp;u=4f2a81" style="color:#1b5e20;font-weight:bold;">Suivre mes candidatures</a></p>
<p style="margin-top:26px;font-size:13px;color:#666;">Ces offres pourraient aussi vous intéresser :<br>
&bull; <a href="https://www.jobsdutilite.example.fr/r/ck?t=b2ZmcmUtMQ&amp;u=4f2a81" style="color:#666;">Chargé·e de développement – Les Restos du Cœur de l'Estuaire</a><br>
&bull; <a href="https://www.jobsdutilite.example.fr/r/ck?t=b2ZmcmUtMg&amp;u=4f2a81" style="color:#666;">Responsable partenariats – Festival des Trois Rivières</a></p>
</td></tr>
<tr><td style="padding:14px 28px;font-size:11px;color:#999;">Jobs d'Utilité SAS – 40 rue de Paradis, 75010 Paris. Vous recevez cet e-mail car vous avez postulé via Jobs d'Utilité. <a href="https://www.jobsdutilite.example.fr/notifications/stop?u=4f2a81" style="color:#999;">Se désabonner des notifications</a></td></tr>
</table></td></tr></table>
<img src="https://www.jobsdutilite.example.fr/o.gif?u=4f2a81&amp;m=app-sent" width="1" height="1" alt="">
</body></html>
""",
))

add(dict(
    kind="application_received", scen="university_automatic_receipt", lang="fr",
    company="Université Atlantique", contact="",
    frm=("Université Atlantique - Recrutement", "ne-pas-repondre@univ-atlantique.example.fr"),
    hdr_cs="iso-8859-1",
    subject="Accusé de réception de votre candidature - réf. C-2026-112",
    date="2026-03-02 08:03 +0100", struct="plain", charset="iso-8859-1", cte="8bit",
    text="""Madame Amandine KOUASSI-LEROUX,

Nous accusons réception de votre candidature au poste suivant :

  Référence : C-2026-112
  Intitulé : Chargé(e) de mécénat et de relations entreprises - Fondation de l'Université
  Date de dépôt : 01/03/2026

Votre dossier sera examiné par la commission de recrutement après la date de clôture de l'offre (15/03/2026). Les candidats retenus pour un entretien seront convoqués par courriel.

Ce message est envoyé automatiquement, merci de ne pas y répondre.

Direction des ressources humaines
Université Atlantique
""",
))

add(dict(
    kind="application_received", scen="intercommunality_two_months", lang="fr",
    company="Communauté de communes Sud-Retz Océan", contact="",
    frm=("Communauté de communes Sud-Retz Océan", "recrutement@cc-sudretz.example.fr"),
    subject="Votre candidature au poste de chargé(e) de projets culturels et partenariats",
    date="2026-05-21 10:12 +0200", struct="html", charset="utf-8", cte="quoted-printable",
    html="""<html><body style="font-family:Arial,sans-serif;font-size:12px;color:#000000;">
<table width="640" border="0" cellpadding="0" cellspacing="0">
<tr><td><img src="https://www.cc-sudretz.example.fr/images/bandeau-courriel.jpg" alt="Communauté de communes Sud-Retz Océan" width="640" height="90"></td></tr>
<tr><td style="padding:18px 10px;line-height:18px;">
<p>Madame,</p>
<p>Nous avons bien reçu votre candidature au poste de chargé(e) de projets culturels et partenariats (grade d'attaché territorial ou rédacteur principal), et nous vous en remercions.</p>
<p>Votre dossier sera étudié après la clôture des candidatures, fixée au 12 juin 2026. Les candidat(e)s présélectionné(e)s seront contacté(e)s pour un entretien au cours de la seconde quinzaine de juin.</p>
<p>Sans réponse de notre part dans un délai de deux mois, vous pourrez considérer que votre candidature n'a pas été retenue.</p>
<p>Veuillez agréer, Madame, nos salutations distinguées.</p>
<p>Le Service ressources humaines<br>Communauté de communes Sud-Retz Océan<br>2 rue de la Gare – 44580 Villeneuve-en-Retz</p>
</td></tr>
<tr><td style="padding:8px 10px;font-size:10px;color:#666666;border-top:1px solid #cccccc;">Conformément au RGPD, vos données sont conservées deux ans. Vous pouvez exercer vos droits auprès du délégué à la protection des données : dpo@cc-sudretz.example.fr</td></tr>
</table>
</body></html>
""",
))

add(dict(
    kind="application_received", scen="agency_ack_names_client", lang="fr",
    company="Fondation Hélios pour la Mer", contact="candidatures@talentsetsens.example.fr",
    frm=("Talents & Sens Conseil", "candidatures@talentsetsens.example.fr"), hdr_cs="windows-1252",
    subject="Accusé de réception – Responsable mécénat et partenariats (Fondation Hélios pour la Mer)",
    date="2026-02-11 18:20 +0100", struct="plain", charset="windows-1252", cte="quoted-printable",
    text="""Bonjour Amandine,

Nous accusons bonne réception de votre candidature au poste de Responsable mécénat et partenariats de la Fondation Hélios pour la Mer (Lorient), que nous recrutons pour le compte de notre client.

Mathilde Perrin, consultante en charge de ce recrutement, étudiera votre dossier dans les prochains jours. Si votre profil correspond aux attentes de la fondation, elle vous contactera pour un premier échange téléphonique.

Pour toute question, il vous suffit de répondre à ce message.

L’équipe Talents & Sens Conseil
Cabinet de recrutement engagé – Nantes · Paris
www.talentsetsens.example.fr
""",
))

add(dict(
    kind="application_received", scen="teamtailor_startup_emoji", lang="fr",
    company="Pollen Solidaire", contact="",
    frm=("Pollen Solidaire", "no-reply@teamtailor-mail.com"),
    subject="Merci Amandine, on a bien reçu ta candidature 🎉",
    date="2026-07-08 09:01 +0200", struct="alt", charset="utf-8", cte="quoted-printable",
    text="""Merci Amandine !

On a bien reçu ta candidature pour le poste de Chargée de partenariats & événements. Toute l'équipe va la lire (promis, même les parties que tu as écrites en petit).

Et maintenant ? On revient vers toi sous deux semaines, que la réponse soit oui ou non.

En attendant, tu peux découvrir nos projets de jardins partagés sur https://pollen-solidaire.teamtailor.com

L'équipe Pollen Solidaire 🌱

Pollen Solidaire SAS – entreprise solidaire d'utilité sociale (ESUS) – 17 rue de Gigant, 44100 Nantes
""",
    html="""<!doctype html><html><body style="margin:0;background:#f1f8e9;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:26px 10px;">
<table width="540" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:10px;font-family:Helvetica,Arial,sans-serif;font-size:15px;line-height:23px;color:#263238;">
<tr><td style="padding:24px 32px 0 32px;"><img src="https://assets.teamtailor-cdn.example.com/pollen/logo.png" alt="Pollen Solidaire" width="120"></td></tr>
<tr><td style="padding:16px 32px 24px 32px;">
<h2 style="margin:0 0 12px 0;color:#33691e;">Merci Amandine !</h2>
<p>On a bien reçu ta candidature pour le poste de <b>Chargée de partenariats &amp; événements</b>. Toute l'équipe va la lire (promis, même les parties que tu as écrites en petit).</p>
<p><b>Et maintenant ?</b> On revient vers toi sous deux semaines, que la réponse soit oui ou non.</p>
<p>En attendant, tu peux découvrir nos projets de jardins partagés sur <a href="https://pollen-solidaire.teamtailor.com" style="color:#33691e;">notre page carrière</a>.</p>
<p>L'équipe Pollen Solidaire 🌱</p>
</td></tr>
<tr><td style="padding:14px 32px;font-size:11px;color:#90a4ae;border-top:1px solid #eceff1;">Pollen Solidaire SAS – entreprise solidaire d'utilité sociale (ESUS) – 17 rue de Gigant, 44100 Nantes</td></tr>
</table></td></tr></table>
<img src="https://trk.teamtailor-mail.com/o/9d01be77aa.png" width="1" height="1" alt="">
</body></html>
""",
))

add(dict(
    kind="application_received", scen="brussels_theatre_ack", lang="fr",
    company="Atelier Théâtral de Forest", contact="v.dethier@atf-forest.example.be",
    frm=("Véronique Dethier", "v.dethier@atf-forest.example.be"), hdr_cs="windows-1252",
    subject="RE: Candidature – Chargée de relations partenaires",
    date="2026-04-20 14:02 +0200", struct="plain", charset="windows-1252", cte="8bit",
    irt="<CAKx81mF3-atf0419@mail.example.fr>",
    text="""Chère Madame,

Nous accusons bonne réception de votre candidature et vous en remercions.

L’appel reste ouvert jusqu’au 30 avril. Les entretiens auront lieu la semaine du 11 mai, dans nos locaux à Forest ; nous reprendrons contact avec les personnes retenues début mai.

Bien à vous,

Véronique Dethier
Directrice administrative
Atelier Théâtral de Forest asbl
""",
))

add(dict(
    kind="application_received", scen="geneva_music_school_only_shortlisted", lang="fr",
    company="Haute École de Musique du Léman", contact="",
    frm=("HEML – Ressources humaines", "rh-candidatures@heml.example.ch"),
    subject="Confirmation de réception – Chargé·e de relations mécènes et alumni (50 %)",
    date="2026-08-20 16:44 +0200", struct="alt", charset="utf-8", cte="quoted-printable",
    text="""Madame,

Nous accusons réception de votre dossier pour le poste de chargé·e de relations mécènes et alumni (50 %) et vous remercions de l'intérêt porté à la Haute École de Musique du Léman.

Les dossiers seront examinés après le délai de postulation du 6 septembre 2026. Nous vous contacterons uniquement si votre profil est retenu pour un entretien.

Meilleures salutations,

Ressources humaines
Haute École de Musique du Léman (HEML)
Rue de l'Arquebuse 12 – 1204 Genève
""",
    html="""<html><body style="font-family:Arial,sans-serif;font-size:13px;">
<p><img src="https://www.heml.example.ch/static/heml-logo.png" alt="HEML Haute École de Musique du Léman" width="150"></p>
<p>Madame,</p>
<p>Nous accusons réception de votre dossier pour le poste de <b>chargé·e de relations mécènes et alumni (50&nbsp;%)</b> et vous remercions de l'intérêt porté à la Haute École de Musique du Léman.</p>
<p>Les dossiers seront examinés après le délai de postulation du 6 septembre 2026. Nous vous contacterons uniquement si votre profil est retenu pour un entretien.</p>
<p>Meilleures salutations,</p>
<p>Ressources humaines<br>Haute École de Musique du Léman (HEML)<br>Rue de l'Arquebuse 12 – 1204 Genève</p>
</body></html>
""",
))

add(dict(
    kind="application_received", scen="montreal_festival_only_retained", lang="fr",
    company="Festival Lumières du Plateau", contact="",
    frm=("Festival Lumières du Plateau", "emplois@lumieresduplateau.example.ca"),
    subject="Accusé de réception - Coordonnatrice aux partenariats et aux commandites",
    date="2026-02-27 10:15 -0500", struct="plain", charset="utf-8", cte="8bit",
    text="""Bonjour,

Nous accusons réception de votre candidature pour le poste de coordonnatrice ou coordonnateur aux partenariats et aux commandites. Merci de l'intérêt que vous portez au Festival Lumières du Plateau!

Nous recevons un grand nombre de candidatures : seules les personnes retenues pour une entrevue seront contactées. Le processus devrait se conclure d'ici la fin mars.

L'équipe du Festival Lumières du Plateau
""",
))

add(dict(
    kind="application_received", scen="family_business_spontaneous_apple", lang="fr",
    company="Les Ateliers de la Bergerie", contact="benedicte@ateliersdelabergerie.example.fr",
    frm=("Bénédicte Jamin", "benedicte@ateliersdelabergerie.example.fr"),
    subject="Re: Candidature spontanée - coordination d'événements",
    date="2026-01-14 19:30 +0100", struct="plain", charset="utf-8", cte="quoted-printable",
    irt="<6C5A1E0B-23A4-4F7D-8E61-BERGERIE0112@example.fr>",
    text="""Bonsoir Amandine,

Merci pour votre message et votre CV, bien reçus. Mon mari et moi préparons en ce moment la saison 2026 des Ateliers (séminaires, mariages, résidences d'artistes) et nous regarderons votre candidature avec attention lors de notre point d'équipe de fin janvier.

Je reviendrai vers vous début février, quoi qu'il en soit.

Belle soirée,
Bénédicte Jamin
Les Ateliers de la Bergerie – tiers-lieu & lieu d'accueil
La Bergerie, 44190 Gétigné

> Le 12 janv. 2026 à 10:30, Amandine Kouassi-Leroux <amandine.kl@example.fr> a écrit :
>
> Madame, Monsieur,
>
> Je me permets de vous adresser une candidature spontanée. Coordinatrice d'événements à Nantes depuis six ans, je souhaite aujourd'hui évoluer vers les partenariats et la recherche de mécénat, et les Ateliers de la Bergerie m'ont toujours semblé être un lieu exemplaire.
>
> Vous trouverez mon CV en pièce jointe.
>
> Bien cordialement,
""" + quote(MY_SIG) + "\n",
))

add(dict(
    kind="application_received", scen="greenhouse_english_high_volume", lang="en",
    company="Fairbloom", contact="",
    frm=("Fairbloom via Greenhouse", "no-reply@greenhouse-mail.io"),
    subject="Thanks for applying to Fairbloom!",
    date="2026-03-30 22:41 +0200", struct="html", charset="utf-8", cte="quoted-printable",
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#24292e;">
<div style="max-width:600px;margin:0 auto;">
<p><img src="https://s3.amazonaws.example.com/grnhse-prod/fairbloom/logo.png" alt="Fairbloom" height="40"></p>
<p>Hi Amandine,</p>
<p>Thanks for applying for the <b>Responsable partenariats associatifs</b> role at Fairbloom! We've received your application and our team will review it shortly.</p>
<p>Due to the high volume of applications, we're unable to respond to every applicant individually. If we think your profile is a good match, we'll reach out within three weeks to schedule a first call.</p>
<p>In the meantime, you can learn more about how we connect companies with local non-profits on <a href="https://click.greenhouse-mail.io/ls/click?upn=u001.ZmFpcmJsb29tLWJsb2c">our blog</a>.</p>
<p>Cheers,<br>The Fairbloom Team</p>
<hr style="border:none;border-top:1px solid #e1e4e8;">
<p style="font-size:11px;color:#6a737d;">Fairbloom · 27 rue du Chemin Vert, 75011 Paris · Powered by Greenhouse</p>
</div>
<img src="https://click.greenhouse-mail.io/wf/open?upn=u001.YWNrLWZiMDMz" width="1" height="1" border="0" alt="">
</body></html>
""",
))

add(dict(
    kind="application_received", scen="icims_requisition_received", lang="en",
    company="Mount Royal Institute of Arts", contact="",
    frm=("Mount Royal Institute of Arts Careers", "careers-noreply@mria.icims.com"),
    subject="Thank you for applying - Req #2026-1184 Development Officer, Annual Giving",
    date="2026-03-15 14:02 -0400", struct="html", charset="utf-8", cte="quoted-printable",
    html="""<html><head><style>td{font-family:Georgia,serif;}</style></head><body>
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="640" cellpadding="0" cellspacing="0" style="border-top:6px solid #7a0019;">
<tr><td style="padding:20px;"><img src="https://careers-mria.icims.com/images/mria_wordmark.png" alt="Mount Royal Institute of Arts"></td></tr>
<tr><td style="padding:0 20px 20px 20px;font-size:15px;line-height:1.5;color:#222;">
<p>Dear Amandine,</p>
<p>Thank you for applying for the <b>Development Officer, Annual Giving</b> position (Req #2026-1184). Your application was successfully submitted on March 15, 2026.</p>
<p>Our Talent Acquisition team will review your qualifications against the requirements of the position. If your background is a match, a member of the team will contact you to discuss next steps. You can check the status of your application at any time in the <a href="https://careers-mria.icims.com/jobs/candidate?mode=dashboard">candidate dashboard</a>.</p>
<p>Mount Royal Institute of Arts is committed to employment equity and welcomes applications from women, Indigenous peoples, persons with disabilities, members of visible minorities and others who may contribute to diversity.</p>
<p>Sincerely,<br>Talent Acquisition<br>Mount Royal Institute of Arts</p>
</td></tr>
<tr><td style="padding:12px 20px;font-size:11px;color:#777;background:#f4f4f4;">This is an automated message from iCIMS on behalf of Mount Royal Institute of Arts. Please do not reply to this email.</td></tr>
</table></td></tr></table>
<img src="https://mria.icims.com/icims2?track=open&amp;id=871144" width="1" height="1">
</body></html>
""",
))

add(dict(
    kind="application_received", scen="job_network_forwarded_en", lang="en",
    company="Eurofest Network", contact="",
    frm=("WorkNet Jobs", "jobs-noreply@worknet.example.com"),
    subject="Your application was sent to Eurofest Network",
    date="2026-08-06 20:12 +0200", struct="alt", charset="utf-8", cte="base64",
    headers={"List-Unsubscribe": "<mailto:unsubscribe@worknet.example.com?subject=applications>",
             "X-Campaign": "apply-confirmation"},
    text="""Your application was sent to Eurofest Network

Partnerships & Sponsorship Officer
Eurofest Network - Brussels, Belgium (Hybrid)

Applied on 6 Aug 2026 with: CV_Amandine_Kouassi-Leroux_EN.pdf

What happens next? The employer will review your application. You can track its status in My Jobs: https://www.worknet.example.com/my-items/saved-jobs/?cardType=APPLIED

Good luck!
The WorkNet team

You are receiving WorkNet notification emails. Unsubscribe: https://www.worknet.example.com/e/unsub?t=apply
WorkNet Ireland Unlimited Company, Wilton Place, Dublin 2. WorkNet is a registered business name of WorkNet Ireland Unlimited Company.
""",
    html="""<html><body style="background:#f3f2ef;margin:0;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 0;">
<table width="512" cellpadding="0" cellspacing="0" style="background:#fff;font-family:-apple-system,system-ui,Segoe UI,Roboto,Arial,sans-serif;color:#191919;">
<tr><td style="padding:16px 24px;"><img src="https://static.worknet.example.com/mail/logo.png" alt="WorkNet" height="22"></td></tr>
<tr><td style="padding:8px 24px 0 24px;font-size:20px;font-weight:600;">Your application was sent to Eurofest Network</td></tr>
<tr><td style="padding:16px 24px;">
<table cellpadding="0" cellspacing="0"><tr>
<td style="padding-right:12px;"><img src="https://media.worknet.example.com/company-logo/eurofest.png" alt="Eurofest Network" width="48" height="48"></td>
<td style="font-size:14px;"><a href="https://www.worknet.example.com/comm/jobs/view/39911802?trk=eml-apply" style="color:#0a66c2;font-weight:600;text-decoration:none;">Partnerships &amp; Sponsorship Officer</a><br>Eurofest Network · Brussels, Belgium (Hybrid)<br><span style="color:#666;">Applied on 6 Aug 2026</span></td>
</tr></table>
</td></tr>
<tr><td style="padding:0 24px 20px 24px;font-size:14px;line-height:1.5;">What happens next? The employer will review your application. You can track its status in <a href="https://www.worknet.example.com/comm/my-items/saved-jobs/?cardType=APPLIED&amp;trk=eml-apply" style="color:#0a66c2;">My Jobs</a>.</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#666;background:#f3f2ef;">You are receiving WorkNet notification emails. <a href="https://www.worknet.example.com/e/unsub?t=apply" style="color:#666;">Unsubscribe</a><br>WorkNet Ireland Unlimited Company, Wilton Place, Dublin 2.</td></tr>
</table></td></tr></table>
<img src="https://www.worknet.example.com/emimp/ip_ZXVyb2Zlc3QtYXBwbHk.gif" width="1" height="1" alt="">
</body></html>
""",
))

add(dict(
    kind="application_received", scen="ngo_director_short_ack", lang="en",
    company="Heritage Without Borders", contact="d.okafor@heritagewb.example.ch",
    frm=("Daniel Okafor", "d.okafor@heritagewb.example.ch"),
    subject="RE: Application - Partnerships Officer",
    date="2026-06-04 07:55 +0200", struct="plain", charset="utf-8", cte="7bit",
    irt="<CAKx81mG0-hwb0603@mail.example.fr>",
    text="""Hi Amandine,

Got your application - thank you! The call closes on 19 June and I'll be in touch with everyone shortly after that.

Best,
Daniel

Daniel Okafor | Director of Partnerships | Heritage Without Borders

-----Original Message-----
From: Amandine Kouassi-Leroux <amandine.kl@example.fr>
Sent: Wednesday, June 3, 2026 6:41 PM
To: Daniel Okafor <d.okafor@heritagewb.example.ch>
Subject: Application - Partnerships Officer

Dear Mr Okafor,

Please find attached my application for the Partnerships Officer position advertised on the Geneva NGO job board. I am an events coordinator based in Nantes, moving into partnerships and fundraising for cultural organisations, and your work on endangered crafts speaks to me directly.

I would be glad to discuss my application at your convenience.

Kind regards,
Amandine Kouassi-Leroux
""",
))

add(dict(
    kind="application_received", scen="job_board_sent_to_foundation", lang="es",
    company="Fundación Alma Mediterránea", contact="",
    frm=("Empleo Solidario", "avisos@empleosolidario.example.es"),
    subject="Tu candidatura ha sido enviada a Fundación Alma Mediterránea",
    date="2026-05-14 11:20 +0200", struct="html", charset="utf-8", cte="quoted-printable",
    headers={"List-Unsubscribe": "<https://www.empleosolidario.example.es/baja?u=amkl77>",
             "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"},
    html="""<html><body style="margin:0;background:#fdf6ec;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:22px;">
<table width="580" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Verdana,Arial,sans-serif;font-size:13px;color:#333;">
<tr><td style="background:#e76f51;padding:14px 22px;"><img src="https://www.empleosolidario.example.es/img/logo-blanco.png" alt="Empleo Solidario" height="30"></td></tr>
<tr><td style="padding:22px;line-height:1.7;">
<p>Hola Amandine,</p>
<p>¡Enhorabuena! Tu candidatura a la oferta <b>Responsable de Alianzas Corporativas</b> ha sido enviada correctamente a <b>Fundación Alma Mediterránea</b>.</p>
<p>Estado actual: <span style="background:#fff3cd;padding:2px 6px;">Inscrita</span></p>
<p>Te avisaremos por email cuando la entidad lea tu CV o cambie el estado de tu candidatura.</p>
<p><a href="https://www.empleosolidario.example.es/clk?c=mis-candidaturas&amp;u=amkl77" style="color:#e76f51;font-weight:bold;">Ver mis candidaturas</a></p>
</td></tr>
<tr><td style="padding:12px 22px;font-size:10px;color:#999;border-top:1px solid #eee;">Empleo Solidario · Plataforma de empleo del tercer sector · C/ Hortaleza 60, 28004 Madrid.<br>
Has recibido este correo porque estás registrada en Empleo Solidario. <a href="https://www.empleosolidario.example.es/baja?u=amkl77" style="color:#999;">Darme de baja</a></td></tr>
</table></td></tr></table>
<img src="https://www.empleosolidario.example.es/px.gif?u=amkl77&amp;e=cand" width="1" height="1" alt="">
</body></html>
""",
))

add(dict(
    kind="application_received", scen="taleo_thirty_days_silence", lang="es",
    company="Universidad Europea del Manzanares", contact="",
    frm=("Universidad Europea del Manzanares - Empleo", "uem@taleo.net"), hdr_cs="windows-1252",
    subject="Confirmación de candidatura - Ref. 26-0391",
    date="2026-06-12 09:33 +0200", struct="html", charset="windows-1252", cte="quoted-printable",
    html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body><font face="Arial" size="2">
<table width="600" border="0" cellspacing="0" cellpadding="6">
<tr><td><img src="https://uem.taleo.net/careersection/theme/uem/logo_uem.gif" alt="Universidad Europea del Manzanares"></td></tr>
<tr><td>
<p>Estimada Amandine Kouassi-Leroux:</p>
<p>Le confirmamos que hemos recibido su candidatura para el puesto de <b>Gestor/a de Relaciones con Empresas</b> (Ref. 26-0391).</p>
<p>Su perfil será revisado por el equipo de Selección junto con la Oficina de Mecenazgo y Alumni. Debido al elevado número de candidaturas, solo nos pondremos en contacto con las personas preseleccionadas. Si en el plazo de 30 días no recibe noticias nuestras, entienda que su candidatura no ha sido seleccionada en esta ocasión.</p>
<p>Reciba un cordial saludo,</p>
<p>Servicio de Selección y Desarrollo<br>Universidad Europea del Manzanares</p>
</td></tr>
<tr><td><font size="1" color="#808080">Este correo se ha generado automáticamente; por favor, no responda a este mensaje.</font></td></tr>
</table></font>
</body></html>
""",
))

add(dict(
    kind="application_received", scen="startup_hola_mailbox", lang="es",
    company="Reciclalia", contact="hola@reciclalia.example.es",
    frm=("Reciclalia", "hola@reciclalia.example.es"),
    subject="¡Recibido! 🙌",
    date="2026-06-05 10:10 +0200", struct="plain", charset="utf-8", cte="8bit",
    text="""¡Hola Amandine!

Hemos recibido tu CV para el puesto de Alianzas y Eventos, ¡gracias por pensar en nosotros!

Somos un equipo pequeño, así que vamos a tardar unos diez días en revisarlo todo con calma. Te escribimos en cualquier caso.

Si tienes cualquier duda mientras tanto, respóndenos a este correo y te contesta una persona de verdad 😉

Equipo Reciclalia
Reciclalia S.L. · Calle de Embajadores 52 · 28012 Madrid
""",
))

add(dict(
    kind="application_received", scen="personio_eingangsbestaetigung", lang="de",
    company="Spreewerk Kultur", contact="",
    frm=("Spreewerk Kultur gGmbH", "spreewerk-kultur@mail.personio.de"),
    subject="Eingangsbestätigung Ihrer Bewerbung",
    date="2026-02-10 09:02 +0100", struct="html", charset="utf-8", cte="quoted-printable",
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222;background:#ffffff;">
<table width="600" cellpadding="0" cellspacing="0" align="center">
<tr><td style="padding:20px 0;"><img src="https://spreewerk.jobs.personio.de/assets/logo.png" alt="Spreewerk Kultur" width="150"></td></tr>
<tr><td style="line-height:1.6;">
<p>Sehr geehrte Frau Kouassi-Leroux,</p>
<p>vielen Dank für Ihre Bewerbung als Referentin Fundraising &amp; Partnerschaften (m/w/d). Hiermit bestätigen wir den Eingang Ihrer Unterlagen.</p>
<p>Wir prüfen alle Bewerbungen sorgfältig und melden uns so bald wie möglich bei Ihnen. Bitte haben Sie Verständnis dafür, dass dies einige Wochen dauern kann.</p>
<p>Mit freundlichen Grüßen<br>Ihr Team von Spreewerk Kultur</p>
<p style="font-size:11px;color:#888;margin-top:30px;">Bitte antworten Sie nicht auf diese E-Mail, sie wurde automatisch versendet.<br>
Spreewerk Kultur gGmbH · Holzmarktstraße 25 · 10243 Berlin · Geschäftsführerin: Dr. Anja Roloff · Amtsgericht Charlottenburg HRB 198245 B</p>
</td></tr></table>
</body></html>
""",
))

add(dict(
    kind="application_received", scen="softgarden_processing_time", lang="de",
    company="Museum für Stadtgeschichte Kreuzberg", contact="bewerbung@msk-berlin.example.de",
    frm=("Museum für Stadtgeschichte Kreuzberg", "noreply@softgarden.io"),
    reply_to="bewerbung@msk-berlin.example.de",
    subject="Ihre Bewerbung ist bei uns eingegangen",
    date="2026-03-03 12:00 +0100", struct="alt", charset="utf-8", cte="quoted-printable",
    text="""Sehr geehrte Frau Kouassi-Leroux,

vielen Dank für Ihre Bewerbung als Projektkoordinatorin Drittmittel und Sponsoring (E 11 TV-L). Ihre Unterlagen sind vollständig bei uns eingegangen.

Die Bewerbungsfrist endet am 20. März 2026. Im Anschluss sichtet die Auswahlkommission alle Unterlagen; bitte rechnen Sie mit einer Bearbeitungszeit von etwa vier bis sechs Wochen.

Bei Rückfragen wenden Sie sich gern an bewerbung@msk-berlin.example.de.

Mit freundlichen Grüßen
Personalstelle
Museum für Stadtgeschichte Kreuzberg
""",
    html="""<html><body>
<table cellpadding="0" cellspacing="0" width="100%" style="background:#f0f0f0;"><tr><td align="center" style="padding:16px;">
<table cellpadding="0" cellspacing="0" width="600" style="background:#fff;font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#333;">
<tr><td style="padding:20px 28px;"><img src="https://static.softgarden.io/company/msk/logo.svg" alt="Museum für Stadtgeschichte Kreuzberg" height="50"></td></tr>
<tr><td style="padding:0 28px 24px 28px;line-height:1.55;">
<p>Sehr geehrte Frau Kouassi-Leroux,</p>
<p>vielen Dank für Ihre Bewerbung als <b>Projektkoordinatorin Drittmittel und Sponsoring (E 11 TV-L)</b>. Ihre Unterlagen sind vollständig bei uns eingegangen.</p>
<p>Die Bewerbungsfrist endet am 20. März 2026. Im Anschluss sichtet die Auswahlkommission alle Unterlagen; bitte rechnen Sie mit einer Bearbeitungszeit von etwa vier bis sechs Wochen.</p>
<p>Bei Rückfragen wenden Sie sich gern an <a href="mailto:bewerbung@msk-berlin.example.de">bewerbung@msk-berlin.example.de</a>.</p>
<p>Mit freundlichen Grüßen<br>Personalstelle<br>Museum für Stadtgeschichte Kreuzberg</p>
</td></tr>
<tr><td style="padding:12px 28px;font-size:11px;color:#999;border-top:1px solid #eee;">Diese Nachricht wurde über softgarden versendet. <a href="https://app.softgarden.io/tracking/click?l=privacy&amp;c=msk" style="color:#999;">Datenschutz</a></td></tr>
</table></td></tr></table>
<img src="https://app.softgarden.io/tracking/open/7f2a10.gif" width="1" height="1" alt="">
</body></html>
""",
))

add(dict(
    kind="application_received", scen="job_board_forwarded_de", lang="de",
    company="Stiftung Zukunftsraum Berlin", contact="",
    frm=("KulturJobs.de", "bewerbung-noreply@kulturjobs.example.de"),
    subject="Ihre Bewerbung wurde an Stiftung Zukunftsraum Berlin übermittelt",
    date="2026-05-25 22:30 +0200", struct="html", charset="iso-8859-1", cte="quoted-printable",
    hdr_cs="iso-8859-1",
    headers={"List-Unsubscribe": "<https://www.kulturjobs.example.de/konto/benachrichtigungen?abmelden=1>"},
    html="""<html><body style="font-family:Arial,sans-serif;font-size:13px;color:#333;">
<table width="600" cellpadding="0" cellspacing="0">
<tr><td style="border-bottom:3px solid #8e24aa;padding:10px 0;"><img src="https://www.kulturjobs.example.de/img/kj-logo.png" alt="KulturJobs.de - der Stellenmarkt für Kunst und Kultur" height="32"></td></tr>
<tr><td style="padding:18px 0;line-height:1.6;">
<p>Hallo Amandine Kouassi-Leroux,</p>
<p>Ihre Bewerbung auf die Stelle <b>Referentin Partnerschaften &amp; Fundraising (m/w/d)</b> wurde erfolgreich an <b>Stiftung Zukunftsraum Berlin</b> übermittelt.</p>
<p>Übermittelte Dokumente: Anschreiben, Lebenslauf (PDF), Arbeitszeugnis Fabrique des Quais (PDF)</p>
<p>Der Arbeitgeber meldet sich direkt bei Ihnen. Den Status Ihrer Bewerbungen finden Sie jederzeit unter <a href="https://www.kulturjobs.example.de/r?u=konto-bewerbungen&amp;k=77a1">Mein Konto</a>.</p>
<p>Viel Erfolg!<br>Ihr KulturJobs.de-Team</p>
</td></tr>
<tr><td style="font-size:10px;color:#999;border-top:1px solid #ddd;padding-top:8px;">KulturJobs.de ist ein Angebot der Kulturmarkt Medien UG (haftungsbeschränkt), Gneisenaustraße 41, 10961 Berlin. <a href="https://www.kulturjobs.example.de/konto/benachrichtigungen?abmelden=1" style="color:#999;">Benachrichtigungen abbestellen</a></td></tr>
</table>
</body></html>
""",
))

add(dict(
    kind="application_received", scen="foundation_personal_ack", lang="de",
    company="Stiftung Kunstraum Prenzlauer Berg", contact="u.brandes@kunstraum-pb.example.de",
    frm=("Ulrike Brandes", "u.brandes@kunstraum-pb.example.de"),
    subject="AW: Bewerbung Referentin Fundraising und Partnerschaften",
    date="2026-03-09 15:22 +0100", struct="plain", charset="utf-8", cte="quoted-printable",
    irt="<CAKx81mJ6-ku0308@mail.example.fr>",
    text="""Sehr geehrte Frau Kouassi-Leroux,

vielen Dank für Ihre Bewerbung, deren Eingang ich Ihnen hiermit gern bestätige.

Die Bewerbungsfrist endet am 20. März. Danach sichten wir alle Unterlagen und melden uns bis Anfang April bei Ihnen.

Mit freundlichen Grüßen
Ulrike Brandes
Geschäftsführung
Stiftung Kunstraum Prenzlauer Berg
""",
))

# ==================================================================================== offer

add(dict(
    kind="offer", scen="museum_written_offer_pdf", lang="fr",
    company="Musée de la Loire et des Estuaires", contact="h.caradec@mle-nantes.example.fr",
    frm=("Hélène Caradec", "h.caradec@mle-nantes.example.fr"),
    subject="Proposition d'embauche – Chargée de partenariats et mécénat",
    date="2026-03-18 17:02 +0100", struct="mixed", charset="utf-8", cte="quoted-printable",
    text="""Bonjour Amandine,

Suite à vos entretiens avec Mme Jaouen puis avec notre directeur, j'ai le grand plaisir de vous proposer le poste de chargée de partenariats et mécénat au Musée de la Loire et des Estuaires.

Vous trouverez ci-joint notre proposition d'embauche détaillée : contrat à durée indéterminée, statut agent de maîtrise, rémunération brute annuelle de 31 200 €, prise de poste souhaitée le lundi 4 mai 2026.

Nous vous serions reconnaissants de nous faire part de votre réponse d'ici le 27 mars. Je reste bien sûr disponible pour répondre à vos questions, par téléphone ou par retour de mail.

Au plaisir de vous compter bientôt parmi nous,

Hélène Caradec
Chargée des ressources humaines
Musée de la Loire et des Estuaires
02 40 41 56 12
""",
    attachments=[("Proposition_embauche_MLE_Kouassi-Leroux.pdf", [
        "Musee de la Loire et des Estuaires - Proposition d'embauche",
        "Nantes, le 18 mars 2026",
        "Madame Amandine Kouassi-Leroux",
        "Poste : chargee de partenariats et mecenat - direction du developpement",
        "Contrat : CDI, statut agent de maitrise, temps plein (35 h)",
        "Remuneration brute annuelle : 31 200 EUR sur 12 mois",
        "Date de prise de poste : lundi 4 mai 2026",
        "Reponse attendue avant le 27 mars 2026",
    ])],
))

add(dict(
    kind="offer", scen="theatre_verbal_offer_confirmed", lang="fr",
    company="Théâtre des Lices", contact="gaelle.rouxel@theatredeslices.example.fr",
    frm=("Gaëlle Rouxel", "gaelle.rouxel@theatredeslices.example.fr"),
    subject="RE: Suite de notre échange téléphonique",
    date="2026-07-03 14:40 +0200", struct="plain", charset="utf-8", cte="quoted-printable",
    irt="<CAKx81mN9-lices0703@mail.example.fr>",
    text="""Bonjour Amandine,

Comme convenu par téléphone ce midi, je vous confirme par écrit notre souhait de vous recruter au poste de chargée des partenariats du Théâtre des Lices.

Les conditions dont nous avons parlé :
- CDI à temps plein, groupe 5 de la convention collective des entreprises artistiques et culturelles ;
- salaire brut mensuel de 2 350 €, plus le 13e mois à partir de la deuxième année ;
- prise de poste le lundi 24 août 2026, pour préparer la soirée des mécènes de l'ouverture de saison.

Le contrat vous sera adressé par notre cabinet comptable d'ici la fin de la semaine prochaine. D'ici là, toute l'équipe se réjouit de votre arrivée !

Bien cordialement,
Gaëlle Rouxel
Administratrice
Théâtre des Lices – Rennes

De : Amandine Kouassi-Leroux <amandine.kl@example.fr>
Envoyé : vendredi 3 juillet 2026 09:15
À : Gaëlle Rouxel <gaelle.rouxel@theatredeslices.example.fr>
Objet : Suite de notre échange téléphonique

Bonjour Madame Rouxel,

Merci pour votre appel d'hier soir. Je vous confirme que je peux me libérer pour un nouvel échange ce midi. Je comprendrais tout à fait que le budget ne vous permette malheureusement pas d'aller au-delà de la grille ; je préfère simplement que nous en parlions de vive voix.

Bien cordialement,
Amandine
""",
))

add(dict(
    kind="offer", scen="university_conditional_offer_pdf", lang="fr",
    company="Université Atlantique", contact="recrutement.contractuels@univ-atlantique.example.fr",
    frm=("Service recrutement - DRH", "recrutement.contractuels@univ-atlantique.example.fr"),
    subject="Suite de la commission de recrutement - réf. C-2026-112",
    date="2026-04-08 11:15 +0200", struct="mixed", charset="iso-8859-1", cte="quoted-printable",
    text="""Madame,

J'ai le plaisir de vous informer que la commission de recrutement réunie le 1er avril 2026 a proposé votre candidature pour le poste de chargé(e) de mécénat et de relations entreprises de la Fondation de l'Université Atlantique.

Vous trouverez ci-joint une promesse d'embauche. Votre recrutement, en contrat à durée déterminée de trois ans (catégorie A, indice majoré 445), interviendra à compter du 1er juin 2026, sous réserve :
- de l'avis d'aptitude du médecin du travail ;
- de la production d'un extrait de casier judiciaire (bulletin n° 3) ;
- de la transmission des pièces justificatives listées en annexe.

Merci de nous retourner la promesse signée, accompagnée des pièces demandées, par retour de courriel avant le 17 avril 2026.

Veuillez agréer, Madame, l'expression de mes salutations distinguées.

Pour le Président et par délégation,
Le responsable du service recrutement
Direction des ressources humaines
Université Atlantique
""",
    attachments=[("Promesse_embauche_C-2026-112.pdf", [
        "Universite Atlantique - Direction des ressources humaines",
        "PROMESSE D'EMBAUCHE - contrat a duree determinee de 3 ans",
        "Madame Amandine Kouassi-Leroux",
        "Fonctions : charge(e) de mecenat et de relations entreprises",
        "Categorie A - indice majore 445 - prise de fonctions le 1er juin 2026",
        "Sous reserve : aptitude medicale, casier judiciaire (B3), pieces justificatives",
        "Bon pour accord, date et signature :",
    ])],
))

add(dict(
    kind="offer", scen="startup_contract_to_sign_tu", lang="fr",
    company="Pollen Solidaire", contact="ines@pollen-solidaire.example.fr",
    frm=("Inès Marchand", "ines@pollen-solidaire.example.fr"),
    subject="Ton contrat 🎉",
    date="2026-07-29 18:05 +0200", struct="mixed", charset="utf-8", cte="8bit",
    text="""Hello Amandine,

Comme promis, voici ton contrat ! Tu le trouveras en PJ pour le relire tranquillement, et tu vas aussi recevoir un lien Yousign pour le signer en ligne.

Pour rappel : CDI, chargée de partenariats & événements, 35 h, 2 300 € brut mensuels, tickets resto et forfait mobilités durables. Début le 1er septembre, avec la rentrée des jardins.

Si quelque chose te chiffonne dans le contrat, appelle-moi avant de signer. Sinon, idéalement signé d'ici vendredi 7 août !

Trop contente que tu nous rejoignes 🌱

Inès
Pollen Solidaire – responsable des opérations
06 33 81 72 04
""",
    attachments=[("Contrat_CDI_Amandine_Kouassi-Leroux.pdf", [
        "CONTRAT DE TRAVAIL A DUREE INDETERMINEE",
        "Entre Pollen Solidaire SAS (ESUS), 17 rue de Gigant, 44100 Nantes",
        "et Madame Amandine Kouassi-Leroux",
        "Emploi : chargee de partenariats et evenements - statut employe",
        "Duree du travail : 35 heures hebdomadaires",
        "Remuneration : 2 300 EUR bruts mensuels",
        "Date d'entree : 1er septembre 2026 - periode d'essai de deux mois",
    ])],
))

add(dict(
    kind="offer", scen="montreal_offer_conditional_permit", lang="fr",
    company="Musée des Cultures du Saint-Laurent", contact="megagnon@mcsl.example.ca",
    frm=("Marie-Ève Gagnon", "megagnon@mcsl.example.ca"),
    subject="Offre d'emploi - Agente de développement philanthropique",
    date="2026-05-22 15:10 -0400", struct="mixed", charset="utf-8", cte="quoted-printable",
    text="""Bonjour Amandine,

C'est avec grand plaisir que nous vous offrons le poste d'agente de développement philanthropique au Musée des Cultures du Saint-Laurent!

Vous trouverez ci-joint la lettre d'offre. Le salaire annuel est de 58 000 $, pour une semaine de 35 heures, avec quatre semaines de vacances et l'accès au régime de retraite du Musée.

Cette offre est conditionnelle à l'obtention de votre permis de travail fermé. Le Musée déposera la demande d'EIMT dès la réception de la lettre signée, et nous prendrons en charge les frais afférents. L'entrée en fonction sera fixée en fonction des délais d'Immigration Canada, idéalement à l'automne.

Nous vous demandons de nous retourner la lettre signée d'ici le 5 juin. N'hésitez pas à m'écrire si vous avez des questions.

Au plaisir de vous accueillir,

Marie-Ève Gagnon
Conseillère en ressources humaines
Musée des Cultures du Saint-Laurent
514 555-0147, poste 2213
""",
    attachments=[("Lettre_offre_MCSL_Kouassi-Leroux.pdf", [
        "Musee des Cultures du Saint-Laurent - Lettre d'offre d'emploi",
        "Montreal, le 22 mai 2026",
        "Poste : agente de developpement philanthropique (permanent, temps plein)",
        "Salaire annuel : 58 000 $ - 35 heures par semaine",
        "Condition : obtention d'un permis de travail ferme (EIMT)",
        "Signature de la candidate :",
    ])],
))

add(dict(
    kind="offer", scen="geneva_ngo_offer_letter_pdf", lang="en",
    company="Heritage Without Borders", contact="d.okafor@heritagewb.example.ch",
    frm=("Daniel Okafor", "d.okafor@heritagewb.example.ch"),
    subject="Offer of employment - Partnerships Officer",
    date="2026-07-17 10:30 +0200", struct="mixed", charset="utf-8", cte="7bit",
    text="""Dear Amandine,

Following your interview with Nadia and me last week and your conversation with our Executive Director on Tuesday, I'm delighted to offer you the position of Partnerships Officer at Heritage Without Borders.

Please find our offer letter attached. In short: a permanent contract at 90%, an annual gross salary of CHF 88,000 (pro rata), and a start date of 1 October 2026. We will support your G permit application if you choose to live in France, or your B permit if you move to Geneva.

We would be grateful for your answer by 31 July. Please don't hesitate to call me if you would like to discuss any of the terms.

Warm regards,

Daniel Okafor | Director of Partnerships | Heritage Without Borders
Chemin des Mines 9, 1202 Geneva | +41 22 734 19 05

Heritage Without Borders is an association under Articles 60 ff. of the Swiss Civil Code, registered in the Geneva commercial register (CHE-412.556.903).
""",
    attachments=[("HWB_Offer_Letter_Kouassi-Leroux.pdf", [
        "Heritage Without Borders - Offer of Employment",
        "Geneva, 17 July 2026",
        "Ms Amandine Kouassi-Leroux",
        "Position: Partnerships Officer (90%), permanent contract",
        "Annual gross salary: CHF 88,000 pro rata",
        "Start date: 1 October 2026",
        "Please sign and return by 31 July 2026.",
    ])],
))

add(dict(
    kind="offer", scen="festival_offer_after_call_en", lang="en",
    company="Open Stage Collective", contact="lena.hoffmann@openstage.example.de",
    frm=("Lena Hoffmann", "lena.hoffmann@openstage.example.de"),
    subject="Great news from Open Stage!",
    date="2026-06-03 18:22 +0200", struct="alt", charset="utf-8", cte="quoted-printable",
    text="""Hi Amandine,

As I said on the phone earlier - we'd love to offer you the Partnerships Manager role at Open Stage Collective!

To recap what we discussed:
- Full-time, permanent, based in Berlin (two remote days a week)
- EUR 52,000 gross per year
- Start date: 1 August 2026, or 1 September if you need more time to move
- Relocation support up to EUR 2,500

Our HR colleague Mira will send the formal contract through Personio in the next few days. Take the weekend to think it over and let me know by Tuesday if you can.

So happy about this!
Lena

Lena Hoffmann | Head of Partnerships | Open Stage Collective
OSC Kulturprojekte GmbH · Schönhauser Allee 176, 10119 Berlin
""",
    html="""<div dir="ltr" style="font-family:Arial,sans-serif;font-size:14px;">
<p>Hi Amandine,</p>
<p>As I said on the phone earlier - we'd love to offer you the <b>Partnerships Manager</b> role at Open Stage Collective!</p>
<p>To recap what we discussed:</p>
<ul>
<li>Full-time, permanent, based in Berlin (two remote days a week)</li>
<li>EUR 52,000 gross per year</li>
<li>Start date: 1 August 2026, or 1 September if you need more time to move</li>
<li>Relocation support up to EUR 2,500</li>
</ul>
<p>Our HR colleague Mira will send the formal contract through Personio in the next few days. Take the weekend to think it over and let me know by Tuesday if you can.</p>
<p>So happy about this!<br>Lena</p>
<div style="color:#888;font-size:12px;border-top:1px solid #ddd;padding-top:6px;">Lena Hoffmann | Head of Partnerships | Open Stage Collective<br>OSC Kulturprojekte GmbH · Schönhauser Allee 176, 10119 Berlin</div>
</div>
""",
))

add(dict(
    kind="offer", scen="madrid_foundation_oferta", lang="es",
    company="Fundación Alma Mediterránea", contact="bsoler@fundacionalma.example.es",
    frm=("Beatriz Soler", "bsoler@fundacionalma.example.es"),
    subject="Oferta - Responsable de Alianzas Corporativas",
    date="2026-06-17 12:40 +0200", struct="plain", charset="utf-8", cte="8bit",
    text="""Estimada Amandine:

Tras la entrevista del pasado miércoles con nuestra directora general, tengo el placer de comunicarle que la Fundación Alma Mediterránea desea ofrecerle el puesto de Responsable de Alianzas Corporativas.

Las condiciones que le proponemos son las siguientes:
- Contrato indefinido a jornada completa, con un periodo de prueba de seis meses.
- Salario bruto anual de 34.000 €, en catorce pagas.
- Incorporación el 1 de septiembre de 2026.
- Jornada intensiva en julio y agosto y un día de teletrabajo semanal.

Le agradeceríamos que nos confirmase su aceptación antes del 26 de junio; en ese momento le enviaremos el contrato para su firma.

Quedo a su disposición para cualquier consulta.

Un cordial saludo,

Beatriz Soler
Responsable de Personas
Fundación Alma Mediterránea
C/ Zurbano 45, 28010 Madrid · Tel. 91 308 62 14
""",
))

add(dict(
    kind="offer", scen="foundation_contract_attached_de", lang="de",
    company="Stiftung Kunstraum Prenzlauer Berg", contact="u.brandes@kunstraum-pb.example.de",
    frm=("Ulrike Brandes", "u.brandes@kunstraum-pb.example.de"),
    subject="Ihr Arbeitsvertrag – Referentin für Fundraising und Partnerschaften",
    date="2026-04-28 16:00 +0200", struct="mixed", charset="utf-8", cte="quoted-printable",
    text="""Sehr geehrte Frau Kouassi-Leroux,

wie bereits telefonisch besprochen, freuen wir uns sehr, Ihnen die Stelle als Referentin für Fundraising und Partnerschaften anbieten zu können.

Anbei erhalten Sie Ihren Arbeitsvertrag in zweifacher Ausfertigung (unbefristet, 35 Wochenstunden, Vergütung in Anlehnung an TV-L E 10, Beginn am 1. Juli 2026). Bitte senden Sie uns ein unterschriebenes Exemplar bis zum 15. Mai 2026 zurück – gern vorab als Scan per E-Mail.

Für Fragen rund um den Umzug nach Berlin stehe ich Ihnen gern zur Verfügung.

Mit herzlichen Grüßen
Ulrike Brandes
Geschäftsführung
Stiftung Kunstraum Prenzlauer Berg
Kollwitzstraße 56 · 10405 Berlin
Tel. +49 30 4402 1187

Stiftung bürgerlichen Rechts · Vorstand: Dr. Ines Hegemann (Vors.), Rolf Adam
""",
    attachments=[("Arbeitsvertrag_Kouassi-Leroux.pdf", [
        "ARBEITSVERTRAG",
        "zwischen der Stiftung Kunstraum Prenzlauer Berg, Kollwitzstrasse 56, 10405 Berlin",
        "und Frau Amandine Kouassi-Leroux",
        "Taetigkeit: Referentin fuer Fundraising und Partnerschaften",
        "Beginn: 1. Juli 2026 - unbefristet - 35 Wochenstunden",
        "Verguetung in Anlehnung an TV-L Entgeltgruppe 10",
        "Ort, Datum, Unterschrift:",
    ])],
))

add(dict(
    kind="offer", scen="startup_du_job_offer", lang="de",
    company="wirkhaus", contact="svenja@wirkhaus.example.de",
    frm=("Svenja Otto", "svenja@wirkhaus.example.de"),
    subject="Gute Nachrichten 🙂",
    date="2026-10-02 17:45 +0200", struct="plain", charset="utf-8", cte="8bit",
    text="""Hi Amandine,

Felix und ich haben nach eurem zweiten Gespräch gestern nicht lange überlegen müssen: Wir möchten dir die Stelle als Partnership Lead bei wirkhaus anbieten!

Konkret: unbefristet, 32 Stunden (4-Tage-Woche), 48.000 € brutto im Jahr, Start am 1. Dezember oder 4. Januar - wie es für dich besser passt. Remote aus Nantes geht für die ersten drei Monate, danach hätten wir dich gern mindestens zwei Tage pro Woche in Berlin.

Sag mir einfach Bescheid, ob das für dich grundsätzlich passt; dann schicke ich dir den Vertrag zum Unterschreiben.

Wir freuen uns riesig!
Svenja

--
Svenja Otto
People & Operations
wirkhaus – Plattform für Engagement
wirkhaus GmbH · Weserstraße 58 · 12045 Berlin
""",
))
