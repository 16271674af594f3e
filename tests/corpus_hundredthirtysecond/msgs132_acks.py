"""Applications received (21) and offers (10)."""

from __future__ import annotations

from msgs132_common import M, ats, gmail, mso, pixel

ACKS = [
    # 1 ------------------------------------------------------------------ Workday acknowledgement, HTML only
    M("workday_recu_delval", "application_received", "fr", "Delval", "",
      ("Delval Talent Acquisition", "delval@myworkday.com"),
      "Nous avons bien reçu votre candidature - Planificateur Supply S&OP (Siège Lille)", "2026-01-14 21:07",
      structure="html", mua="ses", cte="quoted-printable",
      headers=[("Auto-Submitted", "auto-generated")],
      html=ats(brand="Delval", logo_alt="Delval - Hypermarchés & Proximité",
               logo_src="https://wd3.myworkdaysite.com/delval/assets/logo_delval_rouge.png", accent="#d2001f",
               preheader="Merci Romain, votre candidature est entre de bonnes mains.",
               body="""<p style="margin:0 0 14px 0;">Bonjour Romain,</p>
<p style="margin:0 0 14px 0;">Merci d'avoir postulé au poste de <strong>Planificateur Supply S&amp;OP (H/F) – Siège Lille</strong> (réf. R-0049307). Votre candidature a bien été transmise à notre équipe recrutement.</p>
<p style="margin:0 0 14px 0;">Nous étudions chaque dossier avec attention. Si votre profil correspond à nos attentes, un membre de l'équipe vous contactera dans les prochaines semaines.</p>
<p style="margin:0 0 14px 0;">Vous pouvez suivre l'avancement de votre candidature à tout moment depuis votre <a href="https://wd3.myworkdaysite.com/fr-FR/recruiting/delval/Delval_Carrieres/userHome" style="color:#d2001f;">espace candidat</a>.</p>
<p style="margin:0;">À bientôt,<br>L'équipe Recrutement Delval</p>""",
               footer="""Ce message a été envoyé automatiquement, merci de ne pas y répondre.<br>
Delval Distribution SAS – 1 rue du Grand Cerf, 59810 Lesquin – RCS Lille Métropole 412 887 019""",
               px=pixel("https://wd3.myworkdaysite.com/delval/trk/o/", "workday_recu"))),

    # 2 ------------------------------------------------------------------ "if you hear nothing within 4 weeks": still an acknowledgement
    M("sans_reponse_4_semaines_laiterie", "application_received", "fr", "Laiterie Coopérative des Flandres", "",
      ("Laiterie des Flandres - Recrutement", "no-reply@laiterieflandres.teamtailor-mail.com"),
      "Merci pour votre candidature !", "2026-03-02 07:31",
      structure="html", mua="sendgrid", cte="base64",
      headers=[("Auto-Submitted", "auto-generated")],
      html=ats(brand="Laiterie Coopérative des Flandres", logo_alt="Laiterie Coopérative des Flandres",
               logo_src="https://assets.teamtailor-cdn.com/companies/laiterieflandres/logo-vache-bleue.png", accent="#1f5fa8",
               font="'Helvetica Neue',Helvetica,Arial,sans-serif",
               body="""<h2 style="margin:0 0 16px 0;font-size:20px;color:#1f5fa8;">Merci Romain !</h2>
<p style="margin:0 0 12px 0;">Nous avons bien reçu votre candidature au poste de <b>Planificateur·rice approvisionnement lait</b> à Bailleul.</p>
<p style="margin:0 0 12px 0;">Notre équipe RH examine toutes les candidatures avec soin. En raison du nombre important de dossiers reçus, nous ne sommes malheureusement pas en mesure de répondre individuellement à chacun : si vous n'avez pas de nouvelles de notre part dans un délai de 4 semaines, vous pourrez considérer que votre candidature n'a pas été retenue.</p>
<p style="margin:0;">Belle journée,<br>L'équipe RH de la Laiterie Coopérative des Flandres</p>""",
               footer="""Laiterie Coopérative des Flandres – Société coopérative agricole – 14 route de Méteren, 59270 Bailleul<br>
<a href="https://laiterieflandres.teamtailor.com/connect/unsubscribe" style="color:#888888;">Supprimer mes données</a> · Propulsé par Teamtailor""",
               px=pixel("https://u7781.ct.sendgrid.net/wf/open?upn=", "laiterie_ack"))),

    # 3 ------------------------------------------------------------------ job board relays the application to a family business
    M("jobboard_transmise_verhaeghe", "application_received", "fr", "Biscuiterie Verhaeghe & Fils", "",
      ("EmploiNord", "candidatures@notifications.emploinord.example.fr"),
      "Votre candidature a bien été envoyée à Biscuiterie Verhaeghe & Fils", "2026-05-26 22:14",
      structure="html", mua="mailgun", cte="quoted-printable",
      headers=[("List-Unsubscribe", "<https://www.emploinord.example.fr/compte/notifications/desinscription?u=88120>"),
               ("Auto-Submitted", "auto-generated")],
      html="""<!DOCTYPE html><html><body style="margin:0;background:#eef1f5;">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation" style="background:#eef1f5;"><tr><td align="center" style="padding:20px 0;">
<table width="600" cellpadding="0" cellspacing="0" role="presentation" style="background:#ffffff;font-family:Verdana,Geneva,sans-serif;font-size:13px;color:#30343b;">
<tr><td style="background:#0b3d6b;padding:16px 24px;"><a href="https://click.emploinord.example.fr/c/8812/home"><img src="https://static.emploinord.example.fr/mail/logo-blanc.png" alt="EmploiNord - l'emploi dans les Hauts-de-France" height="32" style="border:0;"></a></td></tr>
<tr><td style="padding:26px 24px 8px 24px;">
<p style="font-size:18px;margin:0 0 14px 0;color:#0b3d6b;"><b>Bravo Romain, c'est envoyé !</b></p>
<p>Votre candidature au poste de <b>Responsable ordonnancement (H/F)</b> – CDI – Roubaix (59) a bien été transmise à <b>Biscuiterie Verhaeghe &amp; Fils</b>.</p>
<p>Le recruteur a reçu votre CV « CV_Romain_OL_2026.pdf » et votre message. Il reviendra vers vous directement s'il souhaite donner suite.</p>
<table cellpadding="0" cellspacing="0" style="margin:18px 0;"><tr><td style="background:#f28c00;border-radius:3px;"><a href="https://click.emploinord.example.fr/c/8812/mes-candidatures" style="display:inline-block;padding:10px 18px;color:#fff;text-decoration:none;font-weight:bold;">Suivre mes candidatures</a></td></tr></table>
<p style="margin:22px 0 8px 0;color:#0b3d6b;"><b>Ces offres pourraient aussi vous intéresser</b></p>
<ul style="padding-left:18px;margin:0;">
<li><a href="https://click.emploinord.example.fr/c/8812/offre/551204">Planificateur production H/F – Tourcoing</a></li>
<li><a href="https://click.emploinord.example.fr/c/8812/offre/551877">Gestionnaire des flux logistiques H/F – Lesquin</a></li>
<li><a href="https://click.emploinord.example.fr/c/8812/offre/552019">Chef d'équipe entrepôt H/F – Dourges</a></li>
</ul>
</td></tr>
<tr><td style="padding:18px 24px;font-size:10px;color:#8a8f98;border-top:1px solid #e3e6ea;">Vous recevez cet e-mail car vous avez postulé via EmploiNord. EmploiNord SAS, 40 place du Théâtre, 59000 Lille.<br><a href="https://www.emploinord.example.fr/compte/notifications/desinscription?u=88120" style="color:#8a8f98;">Se désinscrire des notifications</a> | <a href="https://www.emploinord.example.fr/confidentialite" style="color:#8a8f98;">Confidentialité</a></td></tr>
</table></td></tr></table>
<img src="https://click.emploinord.example.fr/o/8812/open.gif" width="1" height="1" alt="">
</body></html>
"""),

    # 4 ------------------------------------------------------------------ public body, "we cannot reply individually"
    M("public_accuse_reception_ports", "application_received", "fr", "Ports de la Seine Aval", "",
      ("Ports de la Seine Aval - Recrutement", "recrutement-ne-pas-repondre@portsseineaval.example.fr"),
      "Accusé de réception de votre candidature - réf. 2026-089", "2026-06-01 08:00",
      charset="iso-8859-1", cte="quoted-printable", hdr="q-latin1",
      headers=[("Auto-Submitted", "auto-generated")],
      body="""Monsieur,

Nous accusons réception de votre candidature au poste de coordinateur logistique portuaire (réf. 2026-089).

Votre dossier sera examiné après la date de clôture de l'offre, fixée au 15 juin 2026. Compte tenu du nombre de candidatures, nous ne sommes pas en mesure de répondre individuellement à chaque candidat avant cette date. Les candidats retenus pour un entretien seront contactés par le service recrutement.

Ce message est généré automatiquement, merci de ne pas y répondre.

Direction des ressources humaines
Ports de la Seine Aval - Etablissement public
34 boulevard de Boisguilbert - 76000 Rouen
"""),

    # 5 ------------------------------------------------------------------ cabinet, CV received, own mandate
    M("cabinet_bien_recu_hallier", "application_received", "fr", "Cabinet Hallier & Associés", "capucine.marchal@hallier-associes.example.fr",
      ("Capucine Marchal", "capucine.marchal@hallier-associes.example.fr"),
      "RE: Candidature - Responsable Planification Industrielle (réf. HA-2611)", "2026-02-02 09:14",
      charset="iso-8859-1", cte="quoted-printable", hdr="q-latin1", mua="outlook",
      thread=["outlook:romain-hallier-cv"],
      body="""Bonjour Romain,

Bien reçu votre CV et votre lettre pour notre annonce réf. HA-2611, merci.

Je prends le temps de les lire en détail cette semaine et je reviens vers vous d'ici vendredi pour vous dire si votre profil peut être présenté à notre client. Je ne peux pas encore vous donner son nom à ce stade.

Bonne journée,

Capucine Marchal
Consultante Senior Supply Chain & Achats
Cabinet Hallier & Associés
12 rue Jacquemars Giélée - 59000 Lille
"""),

    # 6 ------------------------------------------------------------------ Québec public body, only shortlisted contacted
    M("quebec_regie_accuse", "application_received", "fr", "Régie des approvisionnements du Grand Montréal", "",
      ("Régie des approvisionnements du Grand Montréal", "dotation-nepasrepondre@ragm.example.ca"),
      "Accusé de réception - Concours RAGM-2026-31 Agent(e) de planification", "2026-09-29 13:45",
      tz="America/Toronto", cte="quoted-printable",
      headers=[("Auto-Submitted", "auto-generated")],
      body="""Bonjour,

La Direction de la dotation accuse réception de votre candidature au concours RAGM-2026-31, Agent(e) de planification des approvisionnements.

Toutes les candidatures seront analysées en fonction des exigences de l'emploi. Seules les personnes dont la candidature sera retenue pour la suite du processus seront contactées. Nous vous remercions de l'intérêt que vous manifestez pour la Régie.

Veuillez prendre note que ce courriel est généré automatiquement. Pour toute question, écrivez à dotation@ragm.example.ca en indiquant le numéro du concours.

Direction de la dotation
Régie des approvisionnements du Grand Montréal
"""),

    # 7 ------------------------------------------------------------------ SmartRecruiters acknowledgement, multipart/alternative
    M("smartrecruiters_recu_vandamme", "application_received", "fr", "Vandamme Logistics", "",
      ("Vandamme Logistics", "no-reply@smartrecruiters.com"),
      "Merci pour votre candidature chez Vandamme Logistics", "2026-02-18 23:02",
      structure="alt", mua="mailgun", cte="quoted-printable", tz="Europe/Brussels",
      headers=[("Auto-Submitted", "auto-generated")],
      body="""Bonjour Romain,

Merci pour votre candidature au poste de Planner S&OP (Vilvorde, Belgique). Nous l'avons bien reçue.

Notre équipe Talent Acquisition l'examinera dans les prochains jours. Vous serez informé de la suite par e-mail.

Cordialement,
Vandamme Logistics Talent Acquisition

Vous pouvez consulter le statut de votre candidature : https://jobs.smartrecruiters.com/me/applications
""",
      html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#2b2b2b;">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="580" cellpadding="0" cellspacing="0" role="presentation" style="border:1px solid #e5e5e5;">
<tr><td style="background:#ffcc00;padding:14px 24px;"><img src="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/vandamme-logistics.png" alt="Vandamme Logistics" height="40" style="border:0;"></td></tr>
<tr><td style="padding:24px;">
<p>Bonjour Romain,</p>
<p>Merci pour votre candidature au poste de <strong>Planner S&amp;OP</strong> (Vilvorde, Belgique). Nous l'avons bien reçue.</p>
<p>Notre équipe Talent Acquisition l'examinera dans les prochains jours. Vous serez informé de la suite par e-mail.</p>
<p>Cordialement,<br>Vandamme Logistics Talent Acquisition</p>
<p><a href="https://jobs.smartrecruiters.com/me/applications" style="color:#0067b1;">Consulter le statut de ma candidature</a></p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#999;">Powered by SmartRecruiters</td></tr>
</table></td></tr></table>
<img src="https://email.smartrecruiters.com/o/eJyNj0sOgjAQhs-v.gif" width="1" height="1" alt="">
</body></html>
"""),

    # 8 ------------------------------------------------------------------ SuccessFactors acknowledgement, plain
    M("successfactors_recu_bernhard", "application_received", "fr", "Chocolats Bernhard", "",
      ("Careers at Chocolats Bernhard", "careers-noreply@successfactors.eu"),
      "Confirmation de votre candidature - Demand Planner (80-100%)", "2026-02-16 06:22",
      tz="Europe/Zurich", cte="8bit",
      headers=[("Auto-Submitted", "auto-generated")],
      body="""Monsieur Okonkwo-Lefèvre,

Nous vous confirmons la bonne réception de votre candidature pour le poste de Demand Planner (80-100%) à Genève-Acacias (ID 30418).

Nos équipes vont l'examiner attentivement. Nous reviendrons vers vous dans les meilleurs délais, que notre réponse soit positive ou non.

Meilleures salutations

Ressources Humaines
Chocolats Bernhard SA

---
Ceci est un message automatique. Merci de ne pas y répondre.
"""),

    # 9 ------------------------------------------------------------------ start-up via Lever, tu
    M("lever_merci_flowtrace", "application_received", "fr", "Flowtrace", "",
      ("Flowtrace", "no-reply@hire.lever.co"),
      "On a bien reçu ta candidature 🙌", "2026-01-06 12:48",
      structure="alt", mua="ses", cte="quoted-printable", hdr="b-utf8",
      body="""Hello Romain,

Merci pour ta candidature au poste de Customer Success Manager - Supply Chain chez Flowtrace !

On lit toutes les candidatures nous-mêmes (promis, pas de robot). Tu auras un retour de notre part d'ici deux semaines, quelle que soit la réponse.

En attendant, tu peux découvrir comment nos clients planifient leurs flux : https://flowtrace.example.fr/clients

L'équipe Flowtrace
""",
      html="""<html><body style="margin:0;background:#ffffff;">
<div style="max-width:560px;margin:0 auto;padding:32px 16px;font-family:Inter,Arial,sans-serif;font-size:15px;color:#1c1c28;line-height:1.6;">
<img src="https://lever-client-logos.s3.amazonaws.com/flowtrace-logo-dark.png" alt="Flowtrace" width="120" style="display:block;margin-bottom:24px;">
<p>Hello Romain,</p>
<p>Merci pour ta candidature au poste de <b>Customer Success Manager - Supply Chain</b> chez Flowtrace !</p>
<p>On lit toutes les candidatures nous-mêmes (promis, pas de robot). Tu auras un retour de notre part d'ici deux semaines, quelle que soit la réponse.</p>
<p>En attendant, tu peux découvrir <a href="https://flowtrace.example.fr/clients" style="color:#5b4cff;">comment nos clients planifient leurs flux</a>.</p>
<p>L'équipe Flowtrace</p>
</div></body></html>
"""),

    # 10 ----------------------------------------------------------------- speculative application acknowledged by a person
    M("spontanee_bien_recue", "application_received", "fr", "Champagne Rouillard-Masson", "servicerh@rouillard-masson.example.fr",
      ("Service RH Rouillard-Masson", "servicerh@rouillard-masson.example.fr"),
      "Re: Candidature spontanée - logistique / planification", "2026-02-11 10:37",
      cte="8bit", thread=["gmail:romain-rouillard-spont"],
      body="""Monsieur,

Nous accusons bonne réception de votre candidature spontanée et vous remercions de l'intérêt que vous portez à notre Maison.

Votre dossier a été transmis à notre responsable logistique, qui l'étudiera en vue des besoins liés aux vendanges et à la préparation des expéditions de fin d'année. Nous ne manquerons pas de revenir vers vous.

Bien cordialement,

Hélène Caquot
Assistante Ressources Humaines
Champagne Rouillard-Masson – 6 rue des Moissons, 51100 Reims
"""),

    # 11 ----------------------------------------------------------------- temp agency registration + application, tu
    M("interim_inscription_adequation", "application_received", "fr", "Adéquation Intérim", "sabrina.k@adequation-interim.example.fr",
      ("Sabrina Kaddouri", "sabrina.k@adequation-interim.example.fr"),
      "ton inscription + candidature chef d'équipe", "2026-01-05 16:50",
      mua="gmail", cte="8bit",
      body="""Bonjour Romain,

C'est bon, ton dossier d'inscription est complet (CNI, carte vitale, RIB, CACES 1-3-5) et j'ai bien ta candidature pour le poste de chef d'équipe réception de nuit dont on a parlé au téléphone.

Je la présente au client cette semaine et je te tiens au courant dès que j'ai un retour. Pense à activer ton espace intérimaire sur l'appli pour les contrats.

Bonne soirée
Sabrina
Adéquation Intérim – Agence de Lens
03 21 44 90 12
"""),

    # 12 ----------------------------------------------------------------- Greenhouse thanks, English
    M("greenhouse_thanks_northbridge", "application_received", "en", "Northbridge Foods Europe", "",
      ("Northbridge Foods Europe via Greenhouse", "no-reply@us.greenhouse-mail.io"),
      "Thank you for applying to Northbridge Foods Europe", "2026-02-10 19:30",
      structure="html", mua="sendgrid", cte="quoted-printable", tz="Europe/Luxembourg",
      headers=[("Auto-Submitted", "auto-generated")],
      html="""<html><head><meta charset="utf-8"></head><body style="margin:0;padding:0;">
<table width="100%" cellpadding="0" cellspacing="0" border="0" role="presentation"><tr><td style="padding:28px;font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222;">
<img src="https://s3.amazonaws.com/grnhse-email-assets/northbridge-foods/logo.png" alt="Northbridge Foods" width="160" style="border:0;display:block;margin-bottom:20px;">
<p>Hi Romain,</p>
<p>Thank you for your interest in Northbridge Foods Europe! We have received your application for the <strong>S&amp;OP Analyst</strong> position in Bettembourg, Luxembourg.</p>
<p>Our team will review your application and, if your qualifications match our needs, we will be in touch to discuss next steps.</p>
<p>Regards,<br>Northbridge Foods Europe Talent Acquisition</p>
<hr style="border:none;border-top:1px solid #eee;margin:24px 0;">
<p style="font-size:11px;color:#999;">Please do not reply to this email. <a href="https://u4412.ct.sendgrid.net/ls/click?upn=gh-privacy-northbridge-c01" style="color:#999;">Candidate privacy notice</a></p>
</td></tr></table>
<img src="https://u4412.ct.sendgrid.net/wf/open?upn=gh-northbridge-0210" alt="" width="1" height="1" border="0">
</body></html>
"""),

    # 13 ----------------------------------------------------------------- iCIMS, cannot reply to every applicant
    M("icims_received_cannot_reply", "application_received", "en", "Meridian 3PL", "",
      ("Meridian 3PL Careers", "meridian3pl@talent.icims.com"),
      "Application received: Inventory Planning Lead (Req 4471)", "2026-05-04 11:19",
      structure="html", mua="default", cte="quoted-printable",
      headers=[("Auto-Submitted", "auto-generated")],
      html=ats(brand="Meridian 3PL", logo_alt="Meridian 3PL - Contract Logistics", lang="en",
               logo_src="https://careers-meridian3pl.icims.com/images/meridian_logo.png", accent="#00857c",
               body="""<p style="margin:0 0 14px 0;">Dear Romain,</p>
<p style="margin:0 0 14px 0;">Thank you for applying for the <b>Inventory Planning Lead</b> position at Meridian 3PL (Roissy campus). This email confirms that we have received your application.</p>
<p style="margin:0 0 14px 0;">Due to the high volume of applications we receive, we regret that we cannot reply to every applicant personally. If your profile is shortlisted, a member of our Talent Acquisition team will contact you within three weeks.</p>
<p style="margin:0;">Kind regards,<br>Meridian 3PL Talent Acquisition</p>""",
               footer="""Meridian 3PL Europe SAS · ZAC Paris Nord 2, 13 rue de la Perdrix, 93290 Tremblay-en-France<br>
This mailbox is not monitored. <a href="https://careers-meridian3pl.icims.com/jobs/candidate/unsubscribe" style="color:#888;">Manage email preferences</a>""",
               px=pixel("https://careers-meridian3pl.icims.com/icims2/servlet/icims2?module=AppInert&action=open&id=", "icims_ack"))),

    # 14 ----------------------------------------------------------------- job platform relays the application, multipart/alternative
    M("jobbridge_sent_halden", "application_received", "en", "Halden & Crowe Logistics", "",
      ("JobBridge", "jobs-noreply@jobbridge.example.com"),
      "Your application was sent to Halden & Crowe Logistics", "2026-04-02 18:55",
      structure="alt", mua="sendgrid", cte="quoted-printable",
      headers=[("List-Unsubscribe", "<mailto:unsubscribe@jobbridge.example.com?subject=unsub-88a1>, <https://www.jobbridge.example.com/settings/emails/unsubscribe?t=88a1>"),
               ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")],
      body="""Your application was sent to Halden & Crowe Logistics

Regional Planning Manager
Halden & Crowe Logistics - Brussels, Belgium (Hybrid)
Applied on 2 April 2026

Your resume (Romain_OL_CV_EN.pdf) and contact details were shared with the employer. They will contact you directly if they want to move forward.

Track your applications: https://www.jobbridge.example.com/my-jobs/applied

Jobs you may be interested in:
- Supply Planner, Northbridge Foods Europe - Bettembourg
- S&OP Manager, Brightwell Retail Group - Paris
- Logistics Planning Lead, Meridian 3PL - Roissy

Unsubscribe: https://www.jobbridge.example.com/settings/emails/unsubscribe?t=88a1
JobBridge Europe B.V., Keizersgracht 123, 1015 CJ Amsterdam
""",
      html="""<html><body style="margin:0;background:#f3f2ef;">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center" style="padding:16px;">
<table width="560" cellpadding="0" cellspacing="0" role="presentation" style="background:#fff;font-family:-apple-system,'Segoe UI',Roboto,Arial,sans-serif;font-size:14px;color:#1d2226;">
<tr><td style="padding:16px 24px;border-bottom:1px solid #e8e8e8;"><img src="https://static.jobbridge.example.com/mail/jb-logo.png" alt="JobBridge" height="24"></td></tr>
<tr><td style="padding:24px;">
<p style="font-size:20px;margin:0 0 12px 0;">Your application was sent to Halden &amp; Crowe Logistics</p>
<table cellpadding="0" cellspacing="0"><tr><td style="padding-right:12px;"><img src="https://static.jobbridge.example.com/logos/haldencrowe.png" alt="Halden &amp; Crowe Logistics" width="48" height="48"></td>
<td><b>Regional Planning Manager</b><br>Halden &amp; Crowe Logistics · Brussels, Belgium (Hybrid)<br><span style="color:#666;">Applied on 2 April 2026</span></td></tr></table>
<p>Your resume and contact details were shared with the employer. They will contact you directly if they want to move forward.</p>
<p><a href="https://links.jobbridge.example.com/e/c/eyJlIjoiYXBwbGllZCJ9" style="background:#0a66c2;color:#fff;padding:8px 16px;border-radius:16px;text-decoration:none;">Track your applications</a></p>
<p style="margin-top:24px;"><b>Jobs you may be interested in</b></p>
<p><a href="https://links.jobbridge.example.com/e/c/j1">Supply Planner</a> · Northbridge Foods Europe · Bettembourg<br>
<a href="https://links.jobbridge.example.com/e/c/j2">S&amp;OP Manager</a> · Brightwell Retail Group · Paris<br>
<a href="https://links.jobbridge.example.com/e/c/j3">Logistics Planning Lead</a> · Meridian 3PL · Roissy</p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#888;">You are receiving JobBridge notification emails. <a href="https://www.jobbridge.example.com/settings/emails/unsubscribe?t=88a1" style="color:#888;">Unsubscribe</a><br>JobBridge Europe B.V., Keizersgracht 123, 1015 CJ Amsterdam</td></tr>
</table></td></tr></table>
<img src="https://links.jobbridge.example.com/e/o/eyJlIjoiYXBwbGllZCJ9" width="1" height="1" alt="">
</body></html>
"""),

    # 15 ----------------------------------------------------------------- Taleo acknowledgement, plain English
    M("taleo_ack_aurelian", "application_received", "en", "Aurelian Commodities", "",
      ("Aurelian Commodities Recruitment", "aurelian@taleo.net"),
      "Thank you for applying - Logistics Operations Coordinator (26-0412)", "2026-06-22 20:02",
      tz="Europe/Zurich", cte="7bit",
      headers=[("Auto-Submitted", "auto-generated")],
      body="""Dear Romain Okonkwo-Lefevre,

Thank you for applying for the position of Logistics Operations Coordinator (Geneva), requisition 26-0412.

Your application has been successfully submitted and will be reviewed by our Human Resources team. You can follow its status at any time in the Career Section under "My Jobpage".

Best regards,

Human Resources
Aurelian Commodities SA

Please do not reply to this message. This mailbox is not monitored.
"""),

    # 16 ----------------------------------------------------------------- NGO, "if you have not heard within four weeks"
    M("ngo_ack_four_weeks", "application_received", "en", "Relief Logistics Network", "",
      ("Relief Logistics Network - Recruitment", "recruitment-noreply@rln.example.ch"),
      "Application received - Supply Chain Officer (Geneva) - VN 2026/18", "2026-08-03 10:00",
      tz="Europe/Zurich", cte="quoted-printable",
      headers=[("Auto-Submitted", "auto-generated")],
      body="""Dear applicant,

Thank you for your application for the position of Supply Chain Officer, Geneva (vacancy notice 2026/18).

We receive a very large number of applications and are unable to respond to each one individually. Only shortlisted candidates will be contacted. If you have not heard from us within four weeks of the closing date, please consider that your application has been unsuccessful on this occasion.

We thank you for your interest in working with Relief Logistics Network.

Human Resources
Relief Logistics Network – Chemin de Balexert 7, 1219 Châtelaine, Geneva
"""),

    # 17 ----------------------------------------------------------------- Personio, German, HTML only
    M("personio_eingang_brenner", "application_received", "de", "Brenner Kontraktlogistik", "",
      ("Brenner Kontraktlogistik GmbH", "noreply@personio.de"),
      "Eingangsbestätigung Ihrer Bewerbung", "2026-02-03 14:22",
      structure="html", mua="ses", cte="quoted-printable", tz="Europe/Berlin",
      headers=[("Auto-Submitted", "auto-generated")],
      html=ats(brand="Brenner Kontraktlogistik", logo_alt="Brenner Kontraktlogistik", lang="de",
               logo_src="https://brenner-kontraktlogistik.jobs.personio.de/assets/logo.png", accent="#003c71",
               body="""<p style="margin:0 0 14px 0;">Sehr geehrter Herr Okonkwo-Lefèvre,</p>
<p style="margin:0 0 14px 0;">vielen Dank für Ihre Bewerbung als <b>Schichtleiter Disposition (m/w/d)</b> am Standort Contern (Luxemburg). Hiermit bestätigen wir Ihnen den Eingang Ihrer Unterlagen.</p>
<p style="margin:0 0 14px 0;">Wir prüfen Ihre Bewerbung sorgfältig und melden uns so bald wie möglich bei Ihnen. Bitte haben Sie Verständnis dafür, dass dies einige Zeit in Anspruch nehmen kann.</p>
<p style="margin:0;">Mit freundlichen Grüßen<br>Ihr Recruiting-Team<br>Brenner Kontraktlogistik GmbH</p>""",
               footer="""Brenner Kontraktlogistik GmbH · Metternichstraße 31 · 54292 Trier<br>
Geschäftsführer: Dr. Klaus Brenner, Stefanie Oster · Amtsgericht Wittlich HRB 41207<br>
Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.""",
               px=pixel("https://brenner-kontraktlogistik.jobs.personio.de/t/o/", "personio_eingang"))),

    # 18 ----------------------------------------------------------------- softgarden, du, Reply-To a person
    M("softgarden_danke_quaiflow", "application_received", "de", "Quaiflow", "lena.hartmann@quaiflow.example.com",
      ("Quaiflow Recruiting", "no-reply@softgarden.io"),
      "Danke für deine Bewerbung bei Quaiflow!", "2026-01-12 09:41",
      reply_to=("Lena Hartmann", "lena.hartmann@quaiflow.example.com"),
      structure="alt", mua="default", cte="quoted-printable", tz="Europe/Berlin",
      body="""Hi Romain,

danke für deine Bewerbung als Solutions Consultant S&OP! Sie ist gut bei uns angekommen.

Wir schauen uns jede Bewerbung persönlich an und melden uns innerhalb von 10 Tagen bei dir. Wenn du in der Zwischenzeit Fragen hast, antworte einfach auf diese Mail – sie landet direkt bei Lena aus unserem People-Team.

Bis bald
Dein Quaiflow-Team
""",
      html="""<div style="font-family:Arial,sans-serif;font-size:14px;color:#202124;line-height:1.55;max-width:560px;">
<img src="https://quaiflow.softgarden.io/assets/quaiflow-logo.svg" alt="Quaiflow" width="110" style="margin-bottom:18px;">
<p>Hi Romain,</p>
<p>danke für deine Bewerbung als <b>Solutions Consultant S&amp;OP</b>! Sie ist gut bei uns angekommen.</p>
<p>Wir schauen uns jede Bewerbung persönlich an und melden uns innerhalb von 10 Tagen bei dir. Wenn du in der Zwischenzeit Fragen hast, antworte einfach auf diese Mail – sie landet direkt bei Lena aus unserem People-Team.</p>
<p>Bis bald<br>Dein Quaiflow-Team</p>
<p style="font-size:10px;color:#9aa0a6;">Quaiflow GmbH · Schlesische Str. 28 · 10997 Berlin · Geschäftsführer: Jonas Kreuzer · HRB 214455 B<br>Versendet über softgarden</p>
</div>
"""),

    # 19 ----------------------------------------------------------------- Swiss HR role mailbox that invites questions
    M("eingang_alpensped", "application_received", "de", "Alpensped", "personal@alpensped.example.ch",
      ("Alpensped AG Personal", "personal@alpensped.example.ch"),
      "Bestätigung Bewerbungseingang - Leiter Disposition Romandie", "2026-10-01 11:30",
      charset="iso-8859-1", cte="quoted-printable", hdr="q-latin1", tz="Europe/Zurich",
      body="""Sehr geehrter Herr Okonkwo-Lefèvre

Wir bestätigen Ihnen den Eingang Ihrer Bewerbungsunterlagen für die Stelle als Leiter Disposition Romandie (100%) und danken Ihnen für Ihr Interesse an der Alpensped.

Die Bearbeitung der Dossiers dauert erfahrungsgemäss rund drei Wochen. Wir werden uns danach bei Ihnen melden.

Bei Fragen stehen wir Ihnen unter dieser Adresse oder telefonisch gerne zur Verfügung.

Freundliche Grüsse

HR-Team Alpensped
Alpensped AG | Hafenstrasse 60 | 4057 Basel | +41 61 639 22 00
"""),

    # 20 ----------------------------------------------------------------- Spanish job platform relays the application
    M("trabajoya_enviada_frutas", "application_received", "es", "Frutas Levante Export", "",
      ("TrabajoYa", "notificaciones@trabajoya.example.com"),
      "¡Tu candidatura se ha enviado a Frutas Levante Export!", "2026-03-05 20:16",
      structure="html", mua="mailgun", cte="base64",
      headers=[("List-Unsubscribe", "<https://www.trabajoya.example.com/cuenta/bajas?id=77b2>"),
               ("Auto-Submitted", "auto-generated")],
      html="""<!DOCTYPE html><html lang="es"><body style="margin:0;background:#f6f6f6;">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center" style="padding:18px 0;">
<table width="600" cellpadding="0" cellspacing="0" role="presentation" style="background:#fff;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333;">
<tr><td style="padding:18px 24px;background:#00a37a;"><img src="https://static.trabajoya.example.com/mail/logo-blanco.png" alt="TrabajoYa" height="30"></td></tr>
<tr><td style="padding:24px;">
<p style="font-size:18px;margin:0 0 12px 0;"><b>¡Hecho, Romain!</b></p>
<p>Tu candidatura a la oferta <b>Jefe/a de almacén – plataforma Lille-Lomme (Francia)</b> se ha enviado correctamente a <b>Frutas Levante Export</b>.</p>
<p>La empresa revisará tu CV y se pondrá en contacto contigo si tu perfil encaja. Puedes seguir el estado de tu candidatura en tu área personal.</p>
<p><a href="https://clk.trabajoya.example.com/ls/click?upn=ty-mis-candidaturas-77b2" style="background:#00a37a;color:#fff;padding:10px 18px;text-decoration:none;border-radius:3px;">Ver mis candidaturas</a></p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#999;border-top:1px solid #eee;">Has recibido este correo porque te has inscrito en una oferta a través de TrabajoYa. <a href="https://www.trabajoya.example.com/cuenta/bajas?id=77b2" style="color:#999;">Darse de baja</a><br>TrabajoYa Servicios Digitales S.L. · C/ Colón 18, 46004 Valencia</td></tr>
</table></td></tr></table>
<img src="https://clk.trabajoya.example.com/wf/open?upn=ty-77b2" width="1" height="1" alt="">
</body></html>
"""),

    # 21 ----------------------------------------------------------------- Spanish, no-reply acknowledgement, tú
    M("ibercarga_recibida", "application_received", "es", "Grupo Logístico Ibercarga", "",
      ("Ibercarga Empleo", "no-reply@ibercarga.example.com"),
      "Hemos recibido tu candidatura", "2026-04-09 08:51",
      cte="quoted-printable",
      headers=[("Auto-Submitted", "auto-generated")],
      body="""Hola Romain,

¡Gracias por tu interés en Grupo Logístico Ibercarga!

Hemos recibido correctamente tu candidatura para la oferta "Jefe de Planificación – París (Gennevilliers)". Nuestro equipo de selección la revisará en los próximos días y, si tu perfil encaja, nos pondremos en contacto contigo.

Un saludo,
Equipo de Selección
Grupo Logístico Ibercarga

Este mensaje se ha generado automáticamente. Por favor, no respondas a este correo.
"""),
]

OFFERS = [
    # 1 ------------------------------------------------------------------ written offer with a PDF letter
    M("offre_pdf_delval", "offer", "fr", "Delval", "amandine.roussel@delval.example.fr",
      ("ROUSSEL Amandine", "amandine.roussel@delval.example.fr"),
      "Proposition d'embauche - Planificateur Supply S&OP", "2026-02-24 18:12",
      structure="mixed", inner="alt", mua="outlook", cte="quoted-printable",
      headers=[("X-Mailer", "Microsoft Outlook 16.0")],
      attachments=[{"filename": "Proposition_embauche_R_Okonkwo-Lefevre.pdf", "title": "Proposition d'embauche",
                    "lines": ["Delval Distribution SAS - Direction des Ressources Humaines", "Lesquin, le 24 fevrier 2026", "",
                              "Objet : proposition d'embauche", "Poste : Planificateur Supply S&OP - Siege Lille",
                              "Contrat : CDI, statut agent de maitrise, forfait 218 jours",
                              "Remuneration : 44 000 EUR bruts annuels + prime d'objectifs 8 %",
                              "Prise de poste : 4 mai 2026", "Reponse souhaitee avant le 6 mars 2026"]}],
      body="""Bonjour Romain,

Suite à vos entretiens avec Grégoire Hennion et la direction Supply Chain, j'ai le plaisir de vous adresser notre proposition d'embauche pour le poste de Planificateur Supply S&OP au siège de Lesquin.

Vous trouverez en pièce jointe le détail de notre proposition (CDI, 44 k€ bruts annuels + 8 % de prime sur objectifs, prise de poste le 4 mai). Nous vous serions reconnaissants de nous faire part de votre réponse avant le 6 mars.

Je reste bien sûr disponible pour en parler de vive voix.

Bien cordialement,

Amandine Roussel
Chargée de recrutement Supply Chain
Delval – Direction des Ressources Humaines
""",
      html=mso("""Bonjour Romain,

Suite à vos entretiens avec Grégoire Hennion et la direction Supply Chain, j'ai le plaisir de vous adresser notre proposition d'embauche pour le poste de Planificateur Supply S&OP au siège de Lesquin.

Vous trouverez en pièce jointe le détail de notre proposition (CDI, 44 k€ bruts annuels + 8 % de prime sur objectifs, prise de poste le 4 mai). Nous vous serions reconnaissants de nous faire part de votre réponse avant le 6 mars.

Je reste bien sûr disponible pour en parler de vive voix.

Bien cordialement,

Amandine Roussel
Chargée de recrutement Supply Chain
Delval – Direction des Ressources Humaines""")),

    # 2 ------------------------------------------------------------------ verbal offer confirmed in writing
    M("promesse_verbale_verreries", "offer", "fr", "Verreries de la Vesle", "f.perrot@verreries-vesle.example.fr",
      ("Florence Perrot", "f.perrot@verreries-vesle.example.fr"),
      "Confirmation de notre proposition", "2026-06-02 12:05",
      charset="windows-1252", cte="quoted-printable", hdr="q-cp1252", mua="outlook",
      body="""Bonjour Romain,

Comme je vous l’ai annoncé ce matin au téléphone, nous sommes très heureux de vous proposer le poste de Responsable Planification & Ordonnancement de notre usine de Reims.

Je vous confirme les éléments évoqués :
– CDI cadre, forfait jours, rattachement au Directeur de site ;
– rémunération annuelle brute de 48 000 €, sur 13 mois, plus intéressement ;
– prise de poste souhaitée le 1er septembre 2026 ;
– prise en charge de vos frais de déménagement à hauteur de 3 000 €.

Le contrat de travail vous sera adressé dès réception de votre accord écrit. Vous pouvez simplement répondre à ce mail.

Au plaisir de vous compter parmi nous,

Florence Perrot
Responsable RH
Verreries de la Vesle
03 26 84 19 70
"""),

    # 3 ------------------------------------------------------------------ contract to sign, Swiss, PDF
    M("contrat_a_signer_leman", "offer", "fr", "Léman Distribution", "valerie.rochat@leman-distribution.example.ch",
      ("Rochat Valérie", "valerie.rochat@leman-distribution.example.ch"),
      "Votre contrat de travail - Responsable S&OP Produits Frais", "2026-07-28 10:44",
      structure="mixed", inner="plain", tz="Europe/Zurich", cte="quoted-printable", mua="outlook",
      attachments=[{"filename": "Contrat_de_travail_Okonkwo-Lefevre_2026.pdf", "title": "Contrat de travail",
                    "lines": ["Cooperative Leman Distribution - Contrat de travail de duree indeterminee",
                              "Entre Cooperative Leman Distribution, Satigny, et M. Romain Okonkwo-Lefevre",
                              "Fonction : Responsable S&OP Produits Frais", "Taux d'activite : 100 %",
                              "Salaire annuel brut : CHF 112'000.-, verse en 13 mensualites",
                              "Entree en fonction : 1er octobre 2026", "Temps d'essai : 3 mois"]}],
      body="""Bonjour Monsieur Okonkwo-Lefèvre,

Suite à votre accord téléphonique de vendredi, j'ai le plaisir de vous faire parvenir votre contrat de travail pour le poste de Responsable S&OP Produits Frais.

Merci de nous en retourner un exemplaire daté et signé, par courrier ou scanné par retour de mail, d'ici au 7 août. Je vous enverrai ensuite les documents nécessaires à votre demande de permis G (frontalier) ou B, selon votre choix de domicile.

Toute l'équipe se réjouit de vous accueillir le 1er octobre.

Meilleures salutations,

Valérie Rochat
Spécialiste Recrutement
Léman Distribution
Coopérative Léman Distribution – Route du Mandement 220 – 1242 Satigny
"""),

    # 4 ------------------------------------------------------------------ conditional offer, public university
    M("offre_conditionnelle_universite", "offer", "fr", "Université Lille-Métropole", "marie-claude.wattel@univ-lillemetropole.example.fr",
      ("Marie-Claude Wattel", "marie-claude.wattel@univ-lillemetropole.example.fr"),
      "Suite de votre entretien - proposition de recrutement", "2026-06-16 15:50",
      charset="iso-8859-1", cte="quoted-printable", hdr="q-latin1", mua="default",
      headers=[("User-Agent", "Zimbra 9.0.0_GA (ZimbraWebClient - FF128 (Linux)/9.0.0_GA)")],
      body="""Monsieur,

J'ai le plaisir de vous informer que la commission a retenu votre candidature pour le poste de responsable logistique et magasin central. Le Président de l'université vous propose donc un contrat à durée déterminée de trois ans, catégorie A, à compter du 1er septembre 2026, rémunéré sur la base de l'indice majoré 520.

Ce recrutement reste conditionné :
- à la production d'un extrait de casier judiciaire (bulletin n°3) de moins de trois mois ;
- à la visite médicale d'aptitude auprès du service de médecine de prévention ;
- à la transmission des copies de vos diplômes et de vos certificats de travail.

Je vous remercie de me faire connaître votre décision avant le 26 juin.

Cordialement,

Marie-Claude Wattel
Gestionnaire recrutement - Pôle personnels BIATSS
Université Lille-Métropole
03 20 43 58 12
"""),

    # 5 ------------------------------------------------------------------ Québec offer, conditional on a work permit, PDF, Reply-To
    M("quebec_offre_saint_ours", "offer", "fr", "Fromagerie Saint-Ours", "genevieve.lachance@fromageriesaintours.example.ca",
      ("Fromagerie Saint-Ours", "notifications@app.bamboohr.com"),
      "Offre d'emploi - Planificateur(trice) de la production", "2026-02-17 14:02",
      reply_to=("Geneviève Lachance", "genevieve.lachance@fromageriesaintours.example.ca"), tz="America/Toronto",
      structure="mixed", inner="plain", mua="ses", cte="quoted-printable",
      attachments=[{"filename": "Lettre_offre_Okonkwo-Lefevre.pdf", "title": "Lettre d'offre",
                    "lines": ["Fromagerie Saint-Ours inc.", "Saint-Ours, le 17 fevrier 2026", "",
                              "Objet : offre d'emploi - Planificateur de la production",
                              "Salaire annuel : 78 000 $ CA", "Horaire : 40 h / semaine, de jour",
                              "Avantages : assurances collectives, REER avec contribution de l'employeur",
                              "Condition : obtention d'un permis de travail valide (EIMT en cours)"]}],
      body="""Bonjour Romain,

C'est avec grand plaisir que nous vous transmettons notre offre d'emploi pour le poste de planificateur(trice) de la production à la Fromagerie Saint-Ours. Vous trouverez tous les détails dans la lettre ci-jointe.

L'offre est conditionnelle à l'obtention de votre permis de travail; nous avons déjà lancé la demande d'EIMT et notre firme d'immigration communiquera avec vous cette semaine pour la suite. Une date d'entrée en fonction sera fixée dès la réception du permis.

Pour accepter l'offre, il vous suffit de signer la lettre et de me la retourner en répondant à ce courriel.

Au plaisir de travailler avec vous!

Geneviève Lachance
Conseillère principale, ressources humaines
Fromagerie Saint-Ours inc.
"""),

    # 6 ------------------------------------------------------------------ English offer letter, conditional on references, PDF
    M("offer_letter_halden", "offer", "en", "Halden & Crowe Logistics", "priya.nair@haldencrowe.example.com",
      ("Priya Nair", "priya.nair@haldencrowe.example.com"),
      "Offer of employment - Regional Planning Manager", "2026-05-12 17:25",
      structure="mixed", inner="plain", mua="outlook", cte="quoted-printable", tz="Europe/Brussels",
      headers=[("X-Mailer", "Microsoft Outlook 16.0")],
      attachments=[{"filename": "HC_Offer_Letter_R_Okonkwo-Lefevre.pdf", "title": "Offer letter",
                    "lines": ["Halden & Crowe Logistics - Benelux", "12 May 2026", "", "Dear Romain,",
                              "We are pleased to offer you the position of Regional Planning Manager.",
                              "Base salary: EUR 72,000 gross per year, 13.92 months, company car and meal vouchers",
                              "Start date: 1 September 2026 (to be confirmed)",
                              "This offer is conditional upon satisfactory references."]}],
      body="""Dear Romain,

Following your final-round interviews, I'm delighted to confirm that we would like to offer you the position of Regional Planning Manager, Benelux, based in Brussels.

Please find attached your offer letter with the full terms. The offer is conditional upon two satisfactory references – could you send me the contact details of two former managers by Friday?

Once you've had time to read it, I'd suggest a call with Rachel to answer any questions. We very much hope you'll accept.

Kind regards,
Priya

Priya Nair | Talent Partner, Benelux | Halden & Crowe Logistics
Halden & Crowe Logistics Ltd. Registered in England and Wales No 02957341. Registered office: 1 Dockside Way, Felixstowe IP11 3SY.
"""),

    # 7 ------------------------------------------------------------------ verbal offer confirmed, casual, quoted cancel note
    M("demandly_offer_in_writing", "offer", "en", "Demandly", "ines@demandly.example.be",
      ("Inès Van Acker", "ines@demandly.example.be"),
      "Re: Offer - as promised", "2026-06-30 19:06",
      structure="alt", mua="gmail", cte="quoted-printable", tz="Europe/Brussels",
      thread=["@demandly_founder_chat", "@demandly_cancel_sick_kid"],
      body="""Hi Romain,

Great talking earlier! As promised, here's the offer in writing:

- Role: Customer S&OP Lead (first hire on the customer side!)
- Contract: Belgian CDI / permanent, full time, hybrid (2 days/week in our Brussels office, Rue de la Loi 42)
- Salary: EUR 62k gross/year + 0.4% equity (4-year vesting, 1-year cliff)
- Start: 1 September, or earlier if you can

If this works for you, reply "yes" and I'll get our payroll provider to send the contract for e-signature tomorrow.

So happy about this,
Inès

On Thu, Jun 11, 2026 at 7:12 AM Inès Van Acker <ines@demandly.example.be> wrote:
> So sorry Romain, have to cancel today's 11:00 - my son woke up with a fever and I'm home with him. Could we do Monday same time?
> Inès
""",
      html=gmail("""Hi Romain,

Great talking earlier! As promised, here's the offer in writing:

- Role: Customer S&OP Lead (first hire on the customer side!)
- Contract: Belgian CDI / permanent, full time, hybrid (2 days/week in our Brussels office, Rue de la Loi 42)
- Salary: EUR 62k gross/year + 0.4% equity (4-year vesting, 1-year cliff)
- Start: 1 September, or earlier if you can

If this works for you, reply "yes" and I'll get our payroll provider to send the contract for e-signature tomorrow.

So happy about this,
Inès

On Thu, Jun 11, 2026 at 7:12 AM Inès Van Acker <ines@demandly.example.be> wrote:
> So sorry Romain, have to cancel today's 11:00 - my son woke up with a fever and I'm home with him. Could we do Monday same time?
> Inès""")),

    # 8 ------------------------------------------------------------------ German contract offer, PDF
    M("vertragsangebot_hagedorn", "offer", "de", "Hagedorn Getränke", "j.brandt@hagedorn-getraenke.example.com",
      ("Brandt, Julia", "j.brandt@hagedorn-getraenke.example.com"),
      "AW: Vielen Dank für das Gespräch – Vertragsangebot", "2026-04-21 13:30",
      thread=["gmail:romain-hagedorn-danke"], structure="mixed", inner="plain", tz="Europe/Berlin", cte="quoted-printable", mua="outlook",
      attachments=[{"filename": "Vertragsangebot_Okonkwo-Lefevre.pdf", "title": "Vertragsangebot",
                    "lines": ["Hagedorn Getraenke AG - Personalabteilung", "Saarlouis, 21.04.2026", "",
                              "Vertragsangebot: Supply Chain Planner (m/w/d), Vertriebszentrum Bettembourg",
                              "Jahresbruttogehalt: 68.000 EUR, 13 Monatsgehaelter", "Beginn: 01.07.2026",
                              "Probezeit: 6 Monate", "Bitte unterschrieben zurueck bis 05.05.2026"]}],
      body="""Sehr geehrter Herr Okonkwo-Lefèvre,

vielen Dank für das sehr angenehme Gespräch am 9. April. Wir freuen uns, Ihnen die Position als Supply Chain Planner (m/w/d) in unserem Vertriebszentrum Bettembourg anbieten zu können.

Im Anhang erhalten Sie unser Vertragsangebot. Wir würden uns freuen, wenn Sie uns ein unterschriebenes Exemplar bis zum 5. Mai zurücksenden. Für Rückfragen stehe ich Ihnen jederzeit gerne zur Verfügung.

Mit freundlichen Grüßen

Julia Brandt
Personalreferentin
Hagedorn Getränke AG
Am Brunnenhof 4 · 66740 Saarlouis
Tel. +49 6831 907 214

Hagedorn Getränke AG · Sitz: Saarlouis · Amtsgericht Saarbrücken HRB 10977
Vorstand: Peter Hagedorn (Vors.), Anja Koller

Von: Romain Okonkwo-Lefèvre <romain.ol@example.fr>
Gesendet: Donnerstag, 9. April 2026 18:10
An: Brandt, Julia <j.brandt@hagedorn-getraenke.example.com>
Betreff: Vielen Dank für das Gespräch

Sehr geehrte Frau Brandt,

vielen Dank für das Gespräch heute mit Ihnen und Herrn Oberle. Auch wenn Sie sich am Ende gegen mich entscheiden sollten, wäre ich Ihnen für ein kurzes Feedback sehr dankbar.

Mit freundlichen Grüßen
Romain Okonkwo-Lefèvre
"""),

    # 9 ------------------------------------------------------------------ Spanish agency relays an offer from a named client
    M("oferta_talento_andino_olmedo", "offer", "es", "Transportes Olmedo", "valeria.quintero@talentoandino.example.com",
      ("Valeria Quintero", "valeria.quintero@talentoandino.example.com"),
      "¡Oferta de Transportes Olmedo!", "2026-10-12 17:40",
      mua="gmail", cte="8bit",
      body="""¡Hola Romain!

Te escribo con muy buenas noticias: Transportes Olmedo me acaba de confirmar que quieren ofrecerte el puesto de Coordinador de Planificación en su filial de Bruselas (Zaventem).

Las condiciones que me han trasladado son:
- Contrato indefinido belga, jornada completa
- 58.000 € brutos anuales + coche de empresa
- Incorporación el 16 de noviembre

La carta oficial te llegará directamente de su departamento de RR. HH. esta semana, pero querían saber cuanto antes si la aceptarías. ¿Me llamas mañana y lo hablamos?

¡Enhorabuena, te lo mereces!

Valeria Quintero
Consultora Senior | Talento Andino Consultores
+32 2 808 41 17 | Bruselas – Madrid – Bogotá
"""),

    # 10 ----------------------------------------------------------------- Spanish formal offer, HTML only, usted
    M("oferta_formal_bodegas_quintana", "offer", "es", "Bodegas Hermanos Quintana", "rrhh.personal@bodegasquintana.example.com",
      ("Lucía Quintana Ferrer", "rrhh.personal@bodegasquintana.example.com"),
      "Propuesta de incorporación – Responsable de Logística Benelux", "2026-10-22 12:15",
      structure="html", cte="quoted-printable", mua="outlook",
      html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Georgia,'Times New Roman',serif;font-size:15px;color:#2a1a1a;">
<table width="640" cellpadding="0" cellspacing="0" style="border-top:6px solid #7b1e2b;"><tr><td style="padding:24px 8px;">
<img src="https://www.bodegasquintana.example.com/img/escudo-quintana.png" alt="Bodegas Hermanos Quintana – desde 1887" width="160"><br><br>
<p>Estimado Sr. Okonkwo-Lefèvre:</p>
<p>En nombre de Bodegas Hermanos Quintana, tengo el placer de ofrecerle el puesto de <b>Responsable de Logística Benelux</b>, con base en nuestro almacén de Bruselas (Anderlecht), en las siguientes condiciones:</p>
<ul>
<li>Contrato indefinido a tiempo completo.</li>
<li>Retribución bruta anual de 60.000 €, más un variable de hasta el 10 % según objetivos.</li>
<li>Incorporación prevista el 4 de enero de 2027.</li>
</ul>
<p>La presente oferta está sujeta a la firma del contrato y a la verificación de sus referencias profesionales. Le agradeceríamos que nos comunicara su decisión antes del 30 de octubre.</p>
<p>Quedo a su disposición para cualquier aclaración.</p>
<p>Atentamente,</p>
<p>Lucía Quintana Ferrer<br>Directora de Personas<br>Bodegas Hermanos Quintana, S.A.<br>Ctra. de Haro s/n – 26200 Haro (La Rioja)</p>
<p style="font-size:10px;color:#888;">Este mensaje puede contener información confidencial. Si usted no es el destinatario, le rogamos que lo comunique al remitente y lo elimine.</p>
</td></tr></table>
</body></html>
"""),
]

MESSAGES = [*ACKS, *OFFERS]
