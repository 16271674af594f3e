"""Rejections (31), written one by one for Romain Okonkwo-Lefèvre's mailbox."""

from __future__ import annotations

from msgs132_common import M, ats, mso, pixel

MESSAGES = [
    # 1 ------------------------------------------------------------------ Workday, soft, HTML only
    M("workday_soft", "rejection", "fr", "Delval", "",
      ("Delval Talent Acquisition", "delval@myworkday.com"),
      "Votre candidature : Chef de quai (H/F) - Entrepôt de Lesquin", "2026-01-22 18:41",
      structure="html", mua="ses", cte="quoted-printable",
      headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
      html=ats(brand="Delval", logo_alt="Delval - Hypermarchés & Proximité",
               logo_src="https://wd3.myworkdaysite.com/delval/assets/logo_delval_rouge.png", accent="#d2001f",
               body="""<p style="margin:0 0 14px 0;">Bonjour Romain,</p>
<p style="margin:0 0 14px 0;">Nous vous remercions pour l'intérêt que vous portez à Delval et pour le temps consacré à votre candidature au poste de <strong>Chef de quai (H/F) – Entrepôt de Lesquin</strong> (réf. R-0048812).</p>
<p style="margin:0 0 14px 0;">Après une étude attentive de votre dossier, nous avons décidé de poursuivre le processus avec des candidats dont l'expérience correspond plus étroitement aux exigences du poste.</p>
<p style="margin:0 0 14px 0;">Vos informations restent dans notre vivier pendant 24 mois : vous pouvez à tout moment consulter nos offres et postuler de nouveau depuis votre <a href="https://wd3.myworkdaysite.com/fr-FR/recruiting/delval/Delval_Carrieres/userHome" style="color:#d2001f;">espace candidat</a>.</p>
<p style="margin:0 0 4px 0;">Avec nos remerciements,</p>
<p style="margin:0;">L'équipe Recrutement Delval</p>""",
               footer="""Ce message a été envoyé automatiquement, merci de ne pas y répondre.<br>
Delval Distribution SAS – 1 rue du Grand Cerf, 59810 Lesquin – RCS Lille Métropole 412 887 019<br>
<a href="https://www.delval.example.fr/donnees-personnelles" style="color:#888888;">Protection des données</a>""",
               px=pixel("https://wd3.myworkdaysite.com/delval/trk/o/", "workday_soft"))),

    # 2 ------------------------------------------------------------------ agency, after interview, client named
    M("cabinet_after_interview", "rejection", "fr", "Sucrerie de Normandie", "capucine.marchal@hallier-associes.example.fr",
      ("Capucine Marchal", "capucine.marchal@hallier-associes.example.fr"),
      "RE: Entretien Sucrerie de Normandie - Responsable Planification Industrielle", "2026-03-12 17:06",
      charset="iso-8859-1", cte="quoted-printable", hdr="q-latin1", mua="outlook",
      thread=["outlook:hallier-1", "outlook:romain-merci-hallier"],
      headers=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Topic", "Entretien Sucrerie de Normandie - Responsable Planification Industrielle")],
      body="""Bonjour Romain,

Je reviens vers vous comme promis après le débrief avec Monsieur Lavallée et la DRH de la Sucrerie de Normandie.

Ils ont apprécié votre énergie et votre connaissance très concrète de l'entrepôt, mais ils ont finalement retenu un candidat qui a déjà piloté un processus S&OP complet sur un site agroalimentaire en campagne betteravière. C'était serré, et je sais que ce n'est pas la réponse que vous attendiez.

Je vous propose qu'on se cale un point téléphonique dans les prochaines semaines : j'ai d'autres missions en planification qui pourraient mieux vous correspondre, notamment sur Rouen.

Bien à vous,

Capucine Marchal
Consultante Senior Supply Chain & Achats
Cabinet Hallier & Associés
12 rue Jacquemars Giélée - 59000 Lille
Tél. : +33 3 20 55 18 40 | Mob. : +33 6 71 22 09 58

De : Romain Okonkwo-Lefèvre <romain.ol@example.fr>
Envoyé : mercredi 4 mars 2026 19:22
À : Capucine Marchal <capucine.marchal@hallier-associes.example.fr>
Objet : RE: Entretien Sucrerie de Normandie - Responsable Planification Industrielle

Bonjour Capucine,

Merci encore pour l'organisation de l'entretien de ce matin à Saint-Pierre-lès-Elbeuf. L'échange avec M. Lavallée était très riche, j'attends la suite avec impatience !

Romain

De : Capucine Marchal
Envoyé : vendredi 27 février 2026 11:47
À : Romain Okonkwo-Lefèvre
Objet : Entretien Sucrerie de Normandie - Responsable Planification Industrielle

Bonjour Romain,

Bonne nouvelle : la Sucrerie de Normandie souhaite vous rencontrer. Je vous confirme votre convocation à un entretien le mercredi 4 mars à 9h30 sur le site, avec M. Lavallée (Directeur Industriel).

Capucine
"""),

    # 3 ------------------------------------------------------------------ family business, role on hold
    M("poste_suspendu", "rejection", "fr", "Biscuiterie Verhaeghe & Fils", "b.verhaeghe@verhaeghe-biscuits.example.fr",
      ("Bénédicte Verhaeghe", "b.verhaeghe@verhaeghe-biscuits.example.fr"),
      "Votre candidature - Responsable ordonnancement", "2026-06-23 12:14",
      charset="windows-1252", cte="8bit", hdr="q-cp1252", mua="outlook",
      body="""Monsieur,

Vous nous avez adressé le 26 mai votre candidature au poste de responsable ordonnancement de notre usine de Roubaix, et je vous en remercie.

Je dois malheureusement vous informer que ce recrutement est mis entre parenthèses : mon père et moi avons décidé de reporter à 2027 le projet de deuxième ligne de production qui justifiait ce poste. Nous ne donnerons donc pas suite aux candidatures reçues, la vôtre comprise.

Votre parcours – chef d'équipe, puis les premiers pas vers la planification – nous a pourtant semblé très cohérent avec une maison comme la nôtre. Je me permets de garder votre CV ; si le projet redémarre, c’est vers vous que je me tournerai en premier.

Je vous prie d’agréer, Monsieur, l’expression de mes salutations distinguées.

Bénédicte Verhaeghe
Directrice des Ressources Humaines
Biscuiterie Verhaeghe & Fils
27 rue de l’Épeule – 59100 Roubaix
03 20 73 41 06
"""),

    # 4 ------------------------------------------------------------------ Teamtailor, filled internally
    M("pourvu_en_interne", "rejection", "fr", "Laiterie Coopérative des Flandres", "",
      ("Laiterie des Flandres - Recrutement", "no-reply@laiterieflandres.teamtailor-mail.com"),
      "Mise à jour concernant votre candidature", "2026-04-08 09:30",
      structure="html", mua="sendgrid", cte="base64",
      headers=[("Auto-Submitted", "auto-generated")],
      html=ats(brand="Laiterie Coopérative des Flandres", logo_alt="Laiterie Coopérative des Flandres",
               logo_src="https://assets.teamtailor-cdn.com/companies/laiterieflandres/logo-vache-bleue.png", accent="#1f5fa8",
               font="'Helvetica Neue',Helvetica,Arial,sans-serif",
               body="""<h2 style="margin:0 0 16px 0;font-size:20px;color:#1f5fa8;">Bonjour Romain,</h2>
<p style="margin:0 0 12px 0;">Merci d'avoir postulé au poste de <b>Planificateur·rice approvisionnement lait</b> à Bailleul.</p>
<p style="margin:0 0 12px 0;">Nous tenions à vous informer que le poste a été pourvu en interne : une collègue de notre service qualité a souhaité évoluer vers la planification, et nous avons fait le choix de la mobilité interne. Nous clôturons donc ce recrutement.</p>
<p style="margin:0 0 12px 0;">Nous sommes conscients du temps que demande une candidature et nous vous en remercions sincèrement. N'hésitez pas à suivre nos prochaines offres sur notre <a href="https://u7781.ct.sendgrid.net/ls/click?upn=laiterieflandres-careers-9f2c" style="color:#1f5fa8;">page carrière</a>.</p>
<p style="margin:0;">Bien cordialement,<br>L'équipe RH<br>Laiterie Coopérative des Flandres</p>""",
               footer="""Laiterie Coopérative des Flandres – Société coopérative agricole – 14 route de Méteren, 59270 Bailleul<br>
Vous recevez cet e-mail car vous avez postulé via notre site carrière. <a href="https://laiterieflandres.teamtailor.com/connect/unsubscribe" style="color:#888888;">Supprimer mes données</a> · Propulsé par Teamtailor""",
               px=pixel("https://u7781.ct.sendgrid.net/wf/open?upn=", "pourvu_en_interne"))),

    # 5 ------------------------------------------------------------------ speculative application refused
    M("candidature_spontanee_champagne", "rejection", "fr", "Champagne Rouillard-Masson", "servicerh@rouillard-masson.example.fr",
      ("Service RH Rouillard-Masson", "servicerh@rouillard-masson.example.fr"),
      "Re: Candidature spontanée - logistique / planification", "2026-03-30 11:02",
      mua="default", thread=["@spontanee_bien_recue"], cte="8bit",
      body="""Monsieur Okonkwo-Lefèvre,

Nous revenons vers vous au sujet de la candidature spontanée que vous nous avez adressée en février.

Nos besoins en logistique et en planification pour les vendanges 2026 sont d'ores et déjà couverts par nos équipes permanentes, et nous n'avons pas de poste correspondant à votre profil à pourvoir dans les prochains mois. Nous ne pouvons donc pas y donner une suite favorable.

Nous vous souhaitons pleine réussite dans vos recherches et restons à votre disposition pour toute question.

Hélène Caquot
Assistante Ressources Humaines
Champagne Rouillard-Masson – 6 rue des Moissons, 51100 Reims
"""),

    # 6 ------------------------------------------------------------------ one terse line from a phone
    M("une_ligne", "rejection", "fr", "Transports Caudron", "jm.caudron@caudron-logistique.example.fr",
      ("Jean-Marc Caudron", "jm.caudron@caudron-logistique.example.fr"),
      "Re: Candidature Responsable planification - Transports Caudron", "2026-10-05 07:48",
      mua="apple", thread=["gmail:romain-caudron-1"], cte="quoted-printable",
      headers=[("X-Mailer", "iPhone Mail (22A3354)")],
      body="""Bonjour, poste pourvu, bonne continuation. JMC

Envoyé de mon iPhone

> Le 1 oct. 2026 à 21:15, Romain Okonkwo-Lefèvre <romain.ol@example.fr> a écrit :
>
> Monsieur Caudron,
>
> Je vous adresse ma candidature pour le poste de responsable planification transport publié sur votre site. Chef d'équipe entrepôt depuis six ans à Lesquin, je souhaite évoluer vers la planification et je connais bien vos tournées sur la métropole.
>
> Je serais ravi d'en parler avec vous lors d'un entretien.
>
> Bien cordialement,
> Romain Okonkwo-Lefèvre
> 06 14 58 22 91
"""),

    # 7 ------------------------------------------------------------------ SmartRecruiters, multipart/alternative
    M("smartrecruiters_fromageries", "rejection", "fr", "Les Fromageries Ardennaises", "",
      ("Les Fromageries Ardennaises", "no-reply@smartrecruiters.com"),
      "Les Fromageries Ardennaises - votre candidature au poste d'Analyste S&OP", "2026-05-19 16:05",
      structure="alt", mua="mailgun", cte="quoted-printable",
      headers=[("Auto-Submitted", "auto-generated")],
      body="""Bonjour Romain,

Merci pour votre candidature au poste d'Analyste S&OP basé à Charleville-Mézières / Reims.

Malheureusement, nous ne sommes pas en mesure de vous proposer d'aller plus loin dans le processus de recrutement pour ce poste. Nous avons reçu de nombreuses candidatures et avons retenu des profils disposant d'une expérience confirmée des outils de prévision (APO, Kinaxis ou équivalent).

Nous vous encourageons à consulter régulièrement nos offres.

Cordialement,
Service Recrutement
Les Fromageries Ardennaises

Gérer mes préférences : https://jobs.smartrecruiters.com/me/preferences
""",
      html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#2b2b2b;">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="580" cellpadding="0" cellspacing="0" role="presentation" style="border:1px solid #e5e5e5;">
<tr><td style="background:#6b8e23;padding:14px 24px;"><img src="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/fromageries-ardennaises.png" alt="Les Fromageries Ardennaises" height="40" style="border:0;"></td></tr>
<tr><td style="padding:24px;">
<p>Bonjour Romain,</p>
<p>Merci pour votre candidature au poste d'<strong>Analyste S&amp;OP</strong> basé à Charleville-Mézières / Reims.</p>
<p>Malheureusement, nous ne sommes pas en mesure de vous proposer d'aller plus loin dans le processus de recrutement pour ce poste. Nous avons reçu de nombreuses candidatures et avons retenu des profils disposant d'une expérience confirmée des outils de prévision (APO, Kinaxis ou équivalent).</p>
<p>Nous vous encourageons à consulter régulièrement <a href="https://jobs.smartrecruiters.com/LesFromageriesArdennaises">nos offres</a>.</p>
<p>Cordialement,<br>Service Recrutement<br>Les Fromageries Ardennaises</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#999;">Powered by SmartRecruiters · <a href="https://jobs.smartrecruiters.com/me/preferences" style="color:#999;">Gérer mes préférences</a></td></tr>
</table></td></tr></table>
<img src="https://email.smartrecruiters.com/o/eJyNj0sOgjAQhs-j.gif" width="1" height="1" alt="">
</body></html>
"""),

    # 8 ------------------------------------------------------------------ temp agency, client not named
    M("interim_mission_attribuee", "rejection", "fr", "Adéquation Intérim", "sabrina.k@adequation-interim.example.fr",
      ("Sabrina Kaddouri", "sabrina.k@adequation-interim.example.fr"),
      "mission chef d'équipe réception", "2026-01-15 15:33",
      mua="gmail", cte="8bit",
      body="""Bonjour Romain

Je te fais un retour rapide pour la mission de chef d'équipe réception (nuit) chez notre client de la grande distribution à Dourges : le client a préféré garder l'intérimaire qui était déjà en place depuis novembre, donc la mission ne se fera pas avec toi, désolée !!

Je garde ton dossier sous le coude, il y a souvent des besoins en début d'année sur la plateforme de Lauwin-Planque.

Bonne fin de semaine

Sabrina
Adéquation Intérim – Agence de Lens
03 21 44 90 12
"""),

    # 9 ------------------------------------------------------------------ public body, letter as PDF
    M("public_jury_pdf", "rejection", "fr", "Ports de la Seine Aval", "",
      ("Ports de la Seine Aval - Recrutement", "recrutement-ne-pas-repondre@portsseineaval.example.fr"),
      "Suite donnée à votre candidature - Chargé(e) d'approvisionnement (réf. 2026-117)", "2026-09-29 10:12",
      structure="mixed", inner="plain", charset="iso-8859-1", cte="quoted-printable", hdr="q-latin1",
      attachments=[{"filename": "Courrier_reponse_2026-117_OKONKWO-LEFEVRE.pdf", "title": "Courrier de réponse",
                    "lines": ["Ports de la Seine Aval - Direction des ressources humaines",
                              "Rouen, le 29 septembre 2026", "", "Monsieur Romain OKONKWO-LEFEVRE",
                              "Objet : candidature au poste de chargé(e) d'approvisionnement (réf. 2026-117)", "",
                              "Monsieur,", "A l'issue des entretiens du 22 septembre, le jury de recrutement n'a pas",
                              "retenu votre candidature. Nous vous remercions de l'intérêt porté à notre établissement.",
                              "", "La Directrice des ressources humaines, Anne-Sophie Delaunay"]}],
      body="""Monsieur,

Vous trouverez ci-joint le courrier relatif à la suite donnée à votre candidature au poste de chargé(e) d'approvisionnement (réf. 2026-117), suite à votre audition par le jury de recrutement le 22 septembre 2026.

Ce message est envoyé depuis une adresse qui n'est pas consultée. Pour toute question, vous pouvez joindre le service recrutement au 02 35 52 61 00 (du lundi au vendredi, 9h-12h).

Direction des ressources humaines
Ports de la Seine Aval - Etablissement public
34 boulevard de Boisguilbert - 76000 Rouen
"""),

    # 10 ----------------------------------------------------------------- Belgian brewery, role mailbox signed
    M("belge_brasserie", "rejection", "fr", "Brasserie du Pays Noir", "jobs@brasseriepaysnoir.example.be",
      ("Brasserie du Pays Noir", "jobs@brasseriepaysnoir.example.be"),
      "Votre candidature Supply Chain Planner - réponse", "2026-08-26 14:20",
      cte="quoted-printable",
      body="""Cher Monsieur Okonkwo-Lefèvre,

Nous vous remercions pour votre candidature au poste de Supply Chain Planner à Marcinelle ainsi que pour l'entretien téléphonique avec Madame Dethier.

Nous sommes au regret de devoir vous annoncer que nous ne poursuivrons pas avec votre candidature. Nous recherchons un profil qui a déjà travaillé avec SAP PP et qui maîtrise le néerlandais, deux éléments indispensables pour la collaboration avec notre site de Genk.

Si vous souhaitez un retour plus détaillé, n'hésitez pas à répondre à ce courriel : Madame Dethier vous recontactera endéans la semaine.

Nous vous souhaitons plein succès dans la suite de vos démarches.

Cordialement,

Julie Dethier
HR Business Partner
Brasserie du Pays Noir SRL
Rue de la Providence 102 – 6001 Marcinelle
TVA BE 0456.112.908
"""),

    # 11 ----------------------------------------------------------------- Swiss, SuccessFactors, HTML only
    M("suisse_successfactors", "rejection", "fr", "Chocolats Bernhard", "",
      ("Careers at Chocolats Bernhard", "careers-noreply@successfactors.eu"),
      "Votre candidature - Demand Planner (80-100%) - Genève", "2026-03-09 08:15",
      structure="html", cte="base64", tz="Europe/Zurich", mua="default",
      headers=[("Auto-Submitted", "auto-generated")],
      html=ats(brand="Chocolats Bernhard", logo_alt="Chocolats Bernhard Genève depuis 1911",
               logo_src="https://career5.successfactors.eu/doc/custom/chocolatsbernhard/logo_bernhard.png", accent="#5a3825",
               font="Georgia,'Times New Roman',serif", bg="#f7f2ec",
               body="""<p style="margin:0 0 14px 0;">Monsieur Okonkwo-Lefèvre,</p>
<p style="margin:0 0 14px 0;">Nous vous remercions de l'intérêt que vous portez à Chocolats Bernhard et de votre candidature au poste de Demand Planner (80-100 %) à Genève-Acacias.</p>
<p style="margin:0 0 14px 0;">Après un examen attentif de votre dossier, nous sommes au regret de vous informer que nous ne pouvons pas retenir votre candidature. Le profil recherché requiert une expérience de plusieurs années en planification de la demande dans les biens de consommation, ainsi qu'une bonne connaissance du marché suisse.</p>
<p style="margin:0 0 14px 0;">Nous conservons volontiers votre dossier et vous souhaitons plein succès pour la suite.</p>
<p style="margin:0;">Meilleures salutations</p>
<p style="margin:6px 0 0 0;">Ressources Humaines<br>Chocolats Bernhard SA</p>""",
               footer="""Chocolats Bernhard SA · Route des Acacias 48 · 1227 Carouge GE · Suisse<br>
Ceci est un message automatique, les réponses à cette adresse ne sont pas traitées.""",
               px=pixel("https://career5.successfactors.eu/sf/trk?e=", "suisse_successfactors"))),

    # 12 ----------------------------------------------------------------- Québec start-up, tu, after interview, via Ashby
    M("quebec_tu_apres_entrevue", "rejection", "fr", "PlanWise Technologies", "emilie.gagnon@planwise.example.ca",
      ("Émilie Gagnon via Ashby", "no-reply@ashbyhq.com"),
      "Suivi - Conseiller·ère S&OP chez PlanWise", "2026-04-28 16:52",
      reply_to=("Émilie Gagnon", "emilie.gagnon@planwise.example.ca"), tz="America/Toronto",
      structure="alt", mua="sendgrid", cte="quoted-printable",
      body="""Salut Romain,

Merci encore pour ton temps la semaine passée avec Maxime et moi, on a vraiment apprécié la jasette, surtout tes exemples de gestion des pics de fin d'année à l'entrepôt.

Après réflexion, on a décidé d'aller de l'avant avec un profil qui a déjà accompagné des clients dans l'implantation d'un processus S&OP de bout en bout. Je sais que c'est décevant, et je voulais te l'écrire moi-même plutôt que de t'envoyer un message automatique.

Si tu repasses par Montréal ou si un poste plus orienté opérations s'ouvre, je te fais signe sans faute.

Bonne continuation!

Émilie Gagnon
Acquisition de talents | PlanWise Technologies
Montréal, QC
""",
      html="""<div style="font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,sans-serif;font-size:15px;line-height:1.5;color:#111;">
<p>Salut Romain,</p>
<p>Merci encore pour ton temps la semaine passée avec Maxime et moi, on a vraiment apprécié la jasette, surtout tes exemples de gestion des pics de fin d'année à l'entrepôt.</p>
<p>Après réflexion, on a décidé d'aller de l'avant avec un profil qui a déjà accompagné des clients dans l'implantation d'un processus S&amp;OP de bout en bout. Je sais que c'est décevant, et je voulais te l'écrire moi-même plutôt que de t'envoyer un message automatique.</p>
<p>Si tu repasses par Montréal ou si un poste plus orienté opérations s'ouvre, je te fais signe sans faute.</p>
<p>Bonne continuation!</p>
<p>Émilie Gagnon<br><span style="color:#666;">Acquisition de talents | PlanWise Technologies<br>Montréal, QC</span></p>
<p style="font-size:11px;color:#999;margin-top:32px;">Sent with <a href="https://ashbyhq.com" style="color:#999;">Ashby</a></p>
</div>
<img src="https://u3345.ct.sendgrid.net/wf/open?upn=ashby-planwise-0428" width="1" height="1" alt="" style="display:none">
"""),

    # 13 ----------------------------------------------------------------- Luxembourg, no accents (QWERTY keyboard)
    M("lux_sans_accents", "rejection", "fr", "Luxtrans Logistics", "p.weis@luxtrans.example.lu",
      ("Patrick Weis", "p.weis@luxtrans.example.lu"),
      "Re: your application", "2026-08-19 10:37",
      tz="Europe/Luxembourg", cte="7bit", mua="outlook", thread=["gmail:romain-luxtrans-relance"],
      body="""Bonjour Monsieur Okonkwo-Lefevre,

Merci pour votre candidature et pour l'entretien telephonique de mardi dernier.

Nous avons bien etudie votre dossier mais nous avons decide de ne pas poursuivre, le poste demande une tres bonne maitrise de l'allemand et du luxembourgeois pour la gestion des chauffeurs et des clients locaux.

Je vous souhaite bonne chance pour la suite.

Meilleures salutations / Mat beschte Greiss

Patrick Weis
Operations Manager Road Freight
Luxtrans Logistics S.A. | 14, rue Edmond Reuter | L-5326 Contern
T +352 26 39 41 1 | RCS Luxembourg B 98.114
"""),

    # 14 ----------------------------------------------------------------- Lever, start-up, tu
    M("lever_flowtrace", "rejection", "fr", "Flowtrace", "",
      ("Flowtrace", "no-reply@hire.lever.co"),
      "Ta candidature chez Flowtrace", "2026-01-26 19:03",
      structure="alt", mua="ses", cte="quoted-printable",
      body="""Hello Romain,

Merci d'avoir pris le temps de postuler chez Flowtrace pour le poste de Customer Success Manager - Supply Chain !

On a lu ta candidature avec attention. Pour ce poste, on a décidé de ne pas aller plus loin : on cherche quelqu'un qui a déjà déployé un logiciel de planification chez des clients industriels, et ton expérience est aujourd'hui plus côté opérations.

On publie régulièrement de nouveaux postes sur https://jobs.lever.co/flowtrace - n'hésite pas à y jeter un oeil.

L'équipe Flowtrace
""",
      html="""<html><body style="margin:0;background:#ffffff;">
<div style="max-width:560px;margin:0 auto;padding:32px 16px;font-family:Inter,Arial,sans-serif;font-size:15px;color:#1c1c28;line-height:1.6;">
<img src="https://lever-client-logos.s3.amazonaws.com/flowtrace-logo-dark.png" alt="Flowtrace" width="120" style="display:block;margin-bottom:24px;">
<p>Hello Romain,</p>
<p>Merci d'avoir pris le temps de postuler chez Flowtrace pour le poste de <b>Customer Success Manager - Supply Chain</b> !</p>
<p>On a lu ta candidature avec attention. Pour ce poste, on a décidé de ne pas aller plus loin : on cherche quelqu'un qui a déjà déployé un logiciel de planification chez des clients industriels, et ton expérience est aujourd'hui plus côté opérations.</p>
<p>On publie régulièrement de nouveaux postes sur <a href="https://jobs.lever.co/flowtrace" style="color:#5b4cff;">notre page carrières</a> - n'hésite pas à y jeter un oeil.</p>
<p>L'équipe Flowtrace</p>
</div></body></html>
"""),

    # 15 ----------------------------------------------------------------- public hospital group, after case study, quoted invitation
    M("hopital_apres_mise_en_situation", "rejection", "fr", "Hôpitaux Publics de la Vallée de Seine", "nadia.bensalem@hpvs.example.fr",
      ("BENSALEM Nadia", "nadia.bensalem@hpvs.example.fr"),
      "RE: Convocation entretien - Responsable logistique approvisionnements", "2026-06-30 16:44",
      charset="iso-8859-1", cte="quoted-printable", hdr="q-latin1", mua="outlook",
      thread=["outlook:hpvs-convoc"],
      body="""Monsieur,

Je fais suite à votre entretien et à la mise en situation du 23 juin pour le poste de responsable logistique des approvisionnements (pôle Elbeuf-Louviers).

La commission a choisi de retenir un autre candidat, qui exerçait déjà en établissement de santé et connaît les marchés publics hospitaliers. Votre mise en situation sur le réapprovisionnement des services de soins a néanmoins été jugée de bonne qualité.

Je reste à votre disposition si vous souhaitez un retour plus précis.

Cordialement,

Nadia BENSALEM
Chargée de recrutement - Direction des Ressources Humaines
Hôpitaux Publics de la Vallée de Seine
Tél : 02 32 96 35 00 - poste 4127

-----Message d'origine-----
De : BENSALEM Nadia
Envoyé : lundi 15 juin 2026 09:05
À : romain.ol@example.fr
Objet : Convocation entretien - Responsable logistique approvisionnements

Monsieur,

Nous avons le plaisir de vous convier à un entretien le mardi 23 juin 2026 à 14h00, salle du conseil, bâtiment administratif. L'entretien sera suivi d'une mise en situation écrite d'une heure.

Merci de confirmer votre présence.
"""),

    # 16 ----------------------------------------------------------------- start-up, role cancelled: the role will not be filled
    M("poste_supprime_stokly", "rejection", "fr", "Stokly", "thomas@stokly.example.fr",
      ("Thomas Vermeersch", "thomas@stokly.example.fr"),
      "Re: Cas pratique + entretien jeudi", "2026-03-10 22:31",
      structure="alt", mua="gmail", cte="quoted-printable",
      thread=["@startup_cas_pratique"],
      body="""Bonsoir Romain,

Je préfère te prévenir tout de suite : on annule l'entretien de jeudi, et plus largement le recrutement du Product Ops S&OP. Notre levée de fonds a glissé à l'automne et on a décidé de geler toutes les embauches qui n'étaient pas déjà signées. Le poste ne sera pas ouvert à nouveau avant longtemps, donc inutile de finir le cas pratique.

Sincèrement désolé, ton profil terrain nous plaisait beaucoup. Si tu veux, je peux te mettre en relation avec deux clients à nous qui recrutent des planificateurs.

Thomas

Le mar. 3 mars 2026 à 09:40, Thomas Vermeersch <thomas@stokly.example.fr> a écrit :
> Salut Romain,
>
> Comme convenu au téléphone, je te propose un entretien jeudi 12 mars à 10h dans nos locaux (EuraTechnologies, 165 av. de Bretagne). Avant ça, voici le cas pratique : un fichier de ventes sur 18 mois, à transformer en plan de réappro pour 3 entrepôts. Une heure de préparation max, on en discute ensemble.
>
> Hâte de te rencontrer !
> Thomas
"""),

    # 17 ----------------------------------------------------------------- head-hunter, own mandate, Outlook HTML only
    M("chasseur_mandat_confidentiel", "rejection", "fr", "Talentis Supply Chain", "o.fabre@talentis-sc.example.fr",
      ("Olivier Fabre", "o.fabre@talentis-sc.example.fr"),
      "Mandat Directeur Planification - retour", "2026-09-21 18:10",
      structure="html", charset="windows-1252", cte="quoted-printable", hdr="q-cp1252", mua="outlook",
      html=mso("""Bonjour Romain,

Merci pour nos échanges de ces dernières semaines sur le mandat de Responsable Planification & S&OP que nous menons pour un groupe agroalimentaire des Hauts-de-France.

Notre client a fait le point sur la short-list jeudi : il ne souhaite pas donner suite à votre candidature, estimant que le passage de chef d’équipe à responsable S&OP serait trop rapide pour le niveau d’autonomie attendu dès la prise de poste.

Je ne partage pas tout à fait cet avis, et je vous le dis franchement : votre parcours mérite d’être présenté, et je le ferai volontiers sur des postes de planificateur senior.

Bien cordialement,

Olivier Fabre
Associé | Talentis Supply Chain | 46 rue de Lisbonne, 75008 Paris | +33 1 84 60 22 71
www.talentis-sc.example.fr""", font="Arial")),

    # 18 ----------------------------------------------------------------- Greenhouse, soft, English
    M("greenhouse_northbridge", "rejection", "en", "Northbridge Foods Europe", "",
      ("Northbridge Foods Europe via Greenhouse", "no-reply@us.greenhouse-mail.io"),
      "Your application to Northbridge Foods Europe", "2026-03-19 15:26",
      structure="html", mua="sendgrid", cte="quoted-printable", tz="Europe/Luxembourg",
      headers=[("Auto-Submitted", "auto-generated")],
      html="""<html><head><meta charset="utf-8"></head><body style="margin:0;padding:0;">
<table width="100%" cellpadding="0" cellspacing="0" border="0" role="presentation"><tr><td style="padding:28px;font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222;">
<img src="https://s3.amazonaws.com/grnhse-email-assets/northbridge-foods/logo.png" alt="Northbridge Foods" width="160" style="border:0;display:block;margin-bottom:20px;">
<p>Dear Romain,</p>
<p>Thank you for your interest in the <strong>S&amp;OP Analyst</strong> position at our Luxembourg (Bettembourg) distribution hub, and for the time you spent speaking with our team.</p>
<p>After careful consideration, we have decided to move forward with candidates whose experience more closely matches our current needs. This was not an easy decision given the strength of the applicant pool.</p>
<p>We will keep your details on file and encourage you to apply for future openings that match your background.</p>
<p>Kind regards,<br>Talent Acquisition<br>Northbridge Foods Europe</p>
<hr style="border:none;border-top:1px solid #eee;margin:24px 0;">
<p style="font-size:11px;color:#999;">Northbridge Foods Europe S.à r.l. · 2 rue de l'Industrie · L-3282 Bettembourg · Luxembourg<br>
<a href="https://u4412.ct.sendgrid.net/ls/click?upn=gh-unsub-northbridge-7d1" style="color:#999;">Unsubscribe from candidate emails</a> · <a href="https://www.greenhouse.io/privacy-policy" style="color:#999;">Privacy Policy</a></p>
</td></tr></table>
<img src="https://u4412.ct.sendgrid.net/wf/open?upn=gh-northbridge-0319" alt="" width="1" height="1" border="0" style="height:1px!important;width:1px!important;">
</body></html>
"""),

    # 19 ----------------------------------------------------------------- UK company, after final round, legal footer
    M("after_final_round_ashgrove", "rejection", "en", "Ashgrove Foods", "graham.pryce@ashgrovefoods.example.com",
      ("Graham Pryce", "graham.pryce@ashgrovefoods.example.com"),
      "Update", "2026-07-03 13:58",
      structure="alt", mua="outlook", cte="quoted-printable", tz="Europe/Brussels",
      headers=[("X-Mailer", "Microsoft Outlook 16.0")],
      body="""Hi Romain,

Thanks again for coming in on Monday and for the presentation on the Anderlecht warehouse flows – the team genuinely enjoyed it.

I'm sorry to say we won't be making you an offer. It came down to two finalists and we went with the candidate who has run S&OP for a multi-country business before, which is a big part of the role in year one.

I'd be happy to give you more detailed feedback over the phone if that's useful – just reply with a couple of times that work.

Best wishes,
Graham

Graham Pryce
Head of Supply Planning, Continental Europe
Ashgrove Foods Ltd
Avenue Marcel Thiry 77, 1200 Brussels
+32 2 588 41 90

Ashgrove Foods Ltd. Registered in England No 04817263. Registered office: 9 Cheapside, Sheffield S1 2HE. This email and any attachments are confidential and intended solely for the addressee.
""",
      html=mso("""Hi Romain,

Thanks again for coming in on Monday and for the presentation on the Anderlecht warehouse flows – the team genuinely enjoyed it.

I'm sorry to say we won't be making you an offer. It came down to two finalists and we went with the candidate who has run S&OP for a multi-country business before, which is a big part of the role in year one.

I'd be happy to give you more detailed feedback over the phone if that's useful – just reply with a couple of times that work.

Best wishes,
Graham

Graham Pryce
Head of Supply Planning, Continental Europe
Ashgrove Foods Ltd
Avenue Marcel Thiry 77, 1200 Brussels
+32 2 588 41 90

Ashgrove Foods Ltd. Registered in England No 04817263. Registered office: 9 Cheapside, Sheffield S1 2HE. This email and any attachments are confidential and intended solely for the addressee.""")),

    # 20 ----------------------------------------------------------------- one-liner from a founder's phone
    M("one_liner_cratewise", "rejection", "en", "Cratewise", "dan@cratewise.example.ca",
      ("Dan Whitford", "dan@cratewise.example.ca"),
      "Re: S&OP lead", "2026-09-08 20:14",
      tz="America/Toronto", mua="apple", cte="7bit",
      thread=["gmail:romain-cratewise-1"],
      headers=[("X-Mailer", "iPhone Mail (22A3354)")],
      body="""Thanks Romain - we've gone another way on this one. Best of luck.

Sent from my iPhone

> On Sep 2, 2026, at 10:03 AM, Romain Okonkwo-Lefevre <romain.ol@example.fr> wrote:
>
> Hi Dan,
> Following up on the S&OP lead role at Cratewise - happy to relocate to Montreal and available for an interview any time that suits you.
> Best,
> Romain
"""),

    # 21 ----------------------------------------------------------------- iCIMS, requisition on hold
    M("icims_on_hold", "rejection", "en", "Meridian 3PL", "",
      ("Meridian 3PL Careers", "meridian3pl@talent.icims.com"),
      "Update on your application - Inventory Planning Lead (Req 4471)", "2026-06-01 09:02",
      structure="html", mua="default", cte="base64", tz="Europe/Paris",
      headers=[("Auto-Submitted", "auto-generated")],
      html=ats(brand="Meridian 3PL", logo_alt="Meridian 3PL - Contract Logistics", lang="en",
               logo_src="https://careers-meridian3pl.icims.com/images/meridian_logo.png", accent="#00857c",
               body="""<p style="margin:0 0 14px 0;">Dear Romain,</p>
<p style="margin:0 0 14px 0;">Thank you for your continued interest in Meridian 3PL and for completing the video interview for the <b>Inventory Planning Lead</b> role at our Roissy campus.</p>
<p style="margin:0 0 14px 0;">We want to let you know that this requisition has been put on hold following a review of our 2026 headcount, and we will not be proceeding with the recruitment at this time. Your application is therefore closed.</p>
<p style="margin:0 0 14px 0;">We appreciate the effort you put into the process and hope you will consider Meridian 3PL again in the future.</p>
<p style="margin:0;">Sincerely,<br>Meridian 3PL Talent Acquisition</p>""",
               footer="""Meridian 3PL Europe SAS · ZAC Paris Nord 2, 13 rue de la Perdrix, 93290 Tremblay-en-France<br>
This mailbox is not monitored. <a href="https://careers-meridian3pl.icims.com/jobs/candidate/unsubscribe" style="color:#888;">Manage email preferences</a>""",
               px=pixel("https://careers-meridian3pl.icims.com/icims2/servlet/icims2?module=AppInert&action=open&id=", "icims_on_hold"))),

    # 22 ----------------------------------------------------------------- Taleo, filled internally, plain
    M("taleo_filled_internally", "rejection", "en", "Aurelian Commodities", "",
      ("Aurelian Commodities Recruitment", "aurelian@taleo.net"),
      "Logistics Operations Coordinator - Req. 26-0412", "2026-07-30 17:45",
      tz="Europe/Zurich", cte="7bit", mua="default",
      headers=[("Auto-Submitted", "auto-generated")],
      body="""Dear Romain Okonkwo-Lefevre,

Re: Logistics Operations Coordinator (Geneva) - Requisition 26-0412

We are writing to inform you that the position for which you applied has been filled internally. As a consequence, the requisition is now closed and your application will not be taken further.

Thank you for the interest you have shown in Aurelian Commodities.

Yours sincerely,

Human Resources
Aurelian Commodities SA
Rue du Rhone 100, 1204 Geneva, Switzerland

Please do not reply to this message. This mailbox is not monitored.
"""),

    # 23 ----------------------------------------------------------------- agency, client named, Original Message chain
    M("agency_pierce_brightwell", "rejection", "en", "Brightwell Retail Group", "hannah.oduya@piercedumont.example.com",
      ("Hannah Oduya", "hannah.oduya@piercedumont.example.com"),
      "RE: Brightwell - feedback", "2026-07-24 11:20",
      mua="outlook", cte="quoted-printable",
      thread=["outlook:pierce-brightwell-1", "outlook:romain-pierce-2"],
      body="""Hi Romain,

Sorry it's taken a few days - I finally got proper feedback from Brightwell this morning.

They've decided not to progress your application to the next stage. In short: they liked your people management and your hands-on warehouse knowledge, but the hiring manager felt your forecasting experience is too light for a Demand Planning Manager covering 140 stores.

Don't be discouraged - I've got a Supply Planner role with a drinks business in Paris that I think is a better fit. Shall we talk tomorrow?

Hannah

Hannah Oduya | Senior Consultant, Supply Chain | Pierce & Dumont Recruitment
+33 1 76 40 18 22 | linkedin.com/in/hannahoduya-example

-----Original Message-----
From: Romain Okonkwo-Lefèvre <romain.ol@example.fr>
Sent: Monday, July 20, 2026 6:02 PM
To: Hannah Oduya <hannah.oduya@piercedumont.example.com>
Subject: Brightwell - feedback

Hi Hannah,

Any news from Brightwell after the phone interview last Wednesday? The interviewer said I'd hear back quickly and that there might be an offer before the summer break, so I'm keen to know.

Thanks,
Romain
"""),

    # 24 ----------------------------------------------------------------- Workable, speculative application refused
    M("workable_speculative_oakridge", "rejection", "en", "Oakridge Beverages", "",
      ("Oakridge Beverages Hiring Team", "noreply@workablemail.com"),
      "Re: General application - Oakridge Beverages", "2026-10-08 14:40",
      structure="html", tz="America/Toronto", mua="mailgun", cte="quoted-printable",
      html="""<!doctype html><html><body style="background:#f2f5f7;margin:0;padding:24px 0;">
<table align="center" width="600" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:6px;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#3b3b3b;">
<tr><td style="padding:24px 30px 0 30px;"><img src="https://workablehr.s3.amazonaws.com/uploads/account/logo/oakridge-beverages.png" alt="Oakridge Beverages" height="36"></td></tr>
<tr><td style="padding:20px 30px;line-height:22px;">
<p>Hi Romain,</p>
<p>Thanks for sending us your resume through our general application form.</p>
<p>We've reviewed it against our current needs at the Montreal bottling plant and, unfortunately, we don't have an opening that matches your profile at the moment. We won't be moving forward with your application.</p>
<p>Good luck with your search.</p>
<p>Oakridge Beverages Hiring Team</p>
</td></tr>
<tr><td style="padding:14px 30px;border-top:1px solid #e8e8e8;font-size:11px;color:#9a9a9a;">Oakridge Beverages Inc. · 5800 boul. Métropolitain Est · Montréal QC H1S 1A7<br>Sent via <a href="https://email.workablemail.com/c/eJxNkM1uwyAQhJ" style="color:#9a9a9a;">Workable</a></td></tr>
</table>
<img src="https://email.workablemail.com/o/eJxNkM1uwyAQhJ0K" width="1" height="1" alt="">
</body></html>
"""),

    # 25 ----------------------------------------------------------------- NGO, Gmail chain with an invitation quoted
    M("ngo_after_panel", "rejection", "en", "Relief Logistics Network", "m.achterberg@rln.example.ch",
      ("Mirjam Achterberg", "m.achterberg@rln.example.ch"),
      "Re: Panel interview - Supply Chain Officer (Geneva)", "2026-09-15 10:26",
      structure="alt", tz="Europe/Zurich", mua="gmail", cte="quoted-printable",
      thread=["@ngo_panel"],
      body="""Dear Romain,

Thank you for the time you gave us at the panel interview and for the written test.

Unfortunately, on this occasion the panel has recommended another candidate, whose field experience in humanitarian warehousing in East Africa was decisive for this particular post. Your test on prepositioning stock scored well and we would be glad to see you apply again, for instance to our roster of emergency logistics officers.

With kind regards,
Mirjam

Mirjam Achterberg
HR Officer, Relief Logistics Network
Chemin de Balexert 7, 1219 Châtelaine, Geneva

On Tue, Aug 25, 2026 at 9:12 AM Mirjam Achterberg <m.achterberg@rln.example.ch> wrote:
> Dear Romain,
>
> We are pleased to invite you to a panel interview for the post of Supply Chain Officer on Thursday 3 September at 14:00 (Geneva time) on Zoom. The interview will be followed by a 45-minute written test.
>
> Kind regards,
> Mirjam
"""),

    # 26 ----------------------------------------------------------------- Personio, German, Sie, HTML only
    M("personio_absage_brenner", "rejection", "de", "Brenner Kontraktlogistik", "",
      ("Brenner Kontraktlogistik GmbH", "noreply@personio.de"),
      "Ihre Bewerbung als Schichtleiter Disposition (m/w/d) – Standort Contern", "2026-02-25 11:48",
      structure="html", mua="ses", cte="quoted-printable", tz="Europe/Berlin",
      headers=[("Auto-Submitted", "auto-generated")],
      html=ats(brand="Brenner Kontraktlogistik", logo_alt="Brenner Kontraktlogistik", lang="de",
               logo_src="https://brenner-kontraktlogistik.jobs.personio.de/assets/logo.png", accent="#003c71",
               body="""<p style="margin:0 0 14px 0;">Sehr geehrter Herr Okonkwo-Lefèvre,</p>
<p style="margin:0 0 14px 0;">vielen Dank für Ihre Bewerbung als Schichtleiter Disposition (m/w/d) an unserem Standort Contern (Luxemburg) und das Vertrauen, das Sie uns damit entgegengebracht haben.</p>
<p style="margin:0 0 14px 0;">Leider müssen wir Ihnen mitteilen, dass wir uns nach sorgfältiger Prüfung für andere Bewerberinnen und Bewerber entschieden haben, deren Profil den Anforderungen der Stelle noch besser entspricht.</p>
<p style="margin:0 0 14px 0;">Ihre Unterlagen werden gemäß unseren Datenschutzbestimmungen nach sechs Monaten gelöscht. Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.</p>
<p style="margin:0;">Mit freundlichen Grüßen<br>Ihr Recruiting-Team<br>Brenner Kontraktlogistik GmbH</p>""",
               footer="""Brenner Kontraktlogistik GmbH · Metternichstraße 31 · 54292 Trier<br>
Geschäftsführer: Dr. Klaus Brenner, Stefanie Oster · Amtsgericht Wittlich HRB 41207 · USt-IdNr. DE 149 882 301<br>
Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.""",
               px=pixel("https://brenner-kontraktlogistik.jobs.personio.de/t/o/", "personio_absage"))),

    # 27 ----------------------------------------------------------------- softgarden, du, start-up
    M("softgarden_absage_du", "rejection", "de", "Quaiflow", "lena.hartmann@quaiflow.example.com",
      ("Quaiflow Recruiting", "no-reply@softgarden.io"),
      "Deine Bewerbung bei Quaiflow", "2026-02-05 17:20",
      reply_to=("Lena Hartmann", "lena.hartmann@quaiflow.example.com"),
      structure="alt", mua="default", cte="quoted-printable", tz="Europe/Berlin",
      body="""Hi Romain,

danke dir für die Zeit, die du dir für uns genommen hast – und sorry nochmal für das Durcheinander mit dem ersten Call-Termin.

Wir haben uns jetzt leider für jemand anderen entschieden. Ausschlaggebend war, dass die Person schon Erfahrung mit der Implementierung unserer Plattform bei Kunden im DACH-Raum mitbringt.

Wenn du Fragen hast oder Feedback möchtest, antworte einfach auf diese Mail.

Viele Grüße aus Berlin
Lena

Lena Hartmann | People & Talent | Quaiflow GmbH
Quaiflow GmbH · Schlesische Str. 28 · 10997 Berlin · Geschäftsführer: Jonas Kreuzer · HRB 214455 B
""",
      html="""<div style="font-family:Arial,sans-serif;font-size:14px;color:#202124;line-height:1.55;max-width:560px;">
<p>Hi Romain,</p>
<p>danke dir für die Zeit, die du dir für uns genommen hast – und sorry nochmal für das Durcheinander mit dem ersten Call-Termin.</p>
<p>Wir haben uns jetzt leider für jemand anderen entschieden. Ausschlaggebend war, dass die Person schon Erfahrung mit der Implementierung unserer Plattform bei Kunden im DACH-Raum mitbringt.</p>
<p>Wenn du Fragen hast oder Feedback möchtest, antworte einfach auf diese Mail.</p>
<p>Viele Grüße aus Berlin<br>Lena</p>
<p style="font-size:12px;color:#5f6368;">Lena Hartmann | People &amp; Talent | Quaiflow GmbH</p>
<p style="font-size:10px;color:#9aa0a6;">Quaiflow GmbH · Schlesische Str. 28 · 10997 Berlin · Geschäftsführer: Jonas Kreuzer · HRB 214455 B<br>
Versendet über softgarden · <a href="https://quaiflow.softgarden.io/de/privacy" style="color:#9aa0a6;">Datenschutz</a></p>
</div>
"""),

    # 28 ----------------------------------------------------------------- Swiss-German company, after interview, "Am ... schrieb"
    M("absage_nach_gespraech_alpensped", "rejection", "de", "Alpensped", "corinne.baumann@alpensped.example.ch",
      ("Corinne Baumann", "corinne.baumann@alpensped.example.ch"),
      "AW: Vielen Dank für das Gespräch", "2026-10-20 15:12",
      charset="iso-8859-1", cte="quoted-printable", hdr="q-latin1", tz="Europe/Zurich", mua="default",
      thread=["gmail:romain-alpensped-danke"],
      body="""Sehr geehrter Herr Okonkwo-Lefèvre

Besten Dank für Ihre freundlichen Zeilen und nochmals für das angenehme Gespräch in Genf.

Nach Abschluss aller Interviews müssen wir Ihnen leider mitteilen, dass wir die Stelle als Leiter Disposition Romandie mit einer anderen Person besetzen werden. Den Ausschlag gab die langjährige Erfahrung im Schweizer Strassentransport, die für diese Funktion zentral ist.

Wir danken Ihnen für Ihr Interesse an der Alpensped und wünschen Ihnen für Ihre Zukunft alles Gute.

Freundliche Grüsse

Corinne Baumann
HR Business Partner
Alpensped AG | Hafenstrasse 60 | 4057 Basel
Niederlassung Genf | Chemin du Pont-du-Centenaire 110 | 1228 Plan-les-Ouates

Am 14.10.2026 um 18:40 schrieb Romain Okonkwo-Lefèvre <romain.ol@example.fr>:

> Sehr geehrte Frau Baumann,
>
> vielen Dank für das Vorstellungsgespräch heute in Genf. Ich freue mich auf Ihre Rückmeldung und hoffe, bald von Ihnen zu hören.
>
> Mit freundlichen Grüssen
> Romain Okonkwo-Lefèvre
"""),

    # 29 ----------------------------------------------------------------- Spanish, tú, "El ... escribió"
    M("ibercarga_no_seleccionado", "rejection", "es", "Grupo Logístico Ibercarga", "marta.ruiz@ibercarga.example.com",
      ("Marta Ruiz Olmedo", "marta.ruiz@ibercarga.example.com"),
      "Re: Entrevista Jefe de Planificación - París", "2026-05-07 13:25",
      structure="alt", mua="gmail", cte="quoted-printable",
      thread=["@ibercarga_entrevista", "@enviado_es"],
      body="""Hola Romain:

Gracias de nuevo por tu tiempo en las dos entrevistas. Lamento comunicarte que finalmente no has sido seleccionado para el puesto de Jefe de Planificación en nuestra plataforma de Gennevilliers. Nos hemos decantado por un candidato con experiencia previa en la gestión de tráfico España-Francia y un nivel de español nativo, que para este puesto era clave.

Nos ha gustado mucho tu perfil y, si te parece bien, guardaremos tu CV para futuras vacantes en Francia.

Un saludo,

Marta Ruiz Olmedo
Responsable de Selección | Grupo Logístico Ibercarga
Avda. de la Industria 42, 28108 Alcobendas (Madrid)

El jue, 16 abr 2026 a las 18:02, Romain Okonkwo-Lefèvre (<romain.ol@example.fr>) escribió:
> Hola Marta:
>
> Muchas gracias por la invitación. Confirmo mi disponibilidad para la entrevista por videollamada del martes 21 a las 10:00. Estoy muy contento de poder avanzar en el proceso.
>
> Un saludo,
> Romain
"""),

    # 30 ----------------------------------------------------------------- Spanish, usted, Outlook "De: / Enviado:"
    M("conservas_usted_tras_entrevista", "rejection", "es", "Conservas Marinas del Cantábrico", "aitziber.etxeberria@conservasmarinas.example.com",
      ("Aitziber Etxeberria", "aitziber.etxeberria@conservasmarinas.example.com"),
      "RE: Proceso de selección - Responsable logístico Francia", "2026-10-06 09:47",
      charset="windows-1252", cte="quoted-printable", hdr="q-cp1252", mua="outlook",
      thread=["outlook:conservas-1"],
      body="""Estimado Sr. Okonkwo-Lefèvre:

Le agradecemos sinceramente su participación en la entrevista del pasado 1 de octubre con nuestro director de exportación.

Tras valorar todas las candidaturas, lamentamos comunicarle que hemos decidido continuar el proceso con otros candidatos cuyo perfil se ajusta más a las necesidades actuales del puesto, en particular en lo relativo a la gestión de la cadena de frío y a la relación con la gran distribución francesa.

Le deseamos mucha suerte en su búsqueda.

Atentamente,

Aitziber Etxeberria
Departamento de Personas
Conservas Marinas del Cantábrico, S.L.
Polígono Landaberde, 12 – 48960 Galdakao (Bizkaia)

AVISO LEGAL: Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su destinatario. De acuerdo con el RGPD, sus datos serán tratados por Conservas Marinas del Cantábrico, S.L. con la finalidad de gestionar el proceso de selección.

De: Aitziber Etxeberria
Enviado: jueves, 24 de septiembre de 2026 12:10
Para: romain.ol@example.fr
Asunto: Proceso de selección - Responsable logístico Francia

Estimado Sr. Okonkwo-Lefèvre:

Lamentamos que no pudiera asistir ayer. Le proponemos una nueva fecha: jueves 1 de octubre a las 11:00 por Teams. Quedamos a la espera de su confirmación.
"""),

    # 31 ----------------------------------------------------------------- Spanish, speculative application, terse formal
    M("frutas_espontanea", "rejection", "es", "Frutas Levante Export", "",
      ("Frutas Levante Export - Empleo", "empleo@frutaslevante.example.com"),
      "Su candidatura espontánea", "2026-01-28 12:00",
      charset="iso-8859-1", cte="8bit", hdr="q-latin1", mua="default",
      body="""Estimado Sr. Okonkwo:

Agradecemos el envío de su candidatura espontánea para nuestra plataforma de distribución de Lille-Lomme.

En este momento no disponemos de ninguna vacante acorde con su perfil, por lo que no podemos atender su solicitud.

Reciba un cordial saludo.

Dpto. de Recursos Humanos
Frutas Levante Export, S.A.
Ctra. de Alzira km 3 - 46600 Alzira (Valencia)

Este buzón no admite respuestas.
"""),
]
