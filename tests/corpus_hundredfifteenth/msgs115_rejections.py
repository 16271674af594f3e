"""Rejections (31): written one by one for Aurélien Mbappé-Larsson's search."""

# Specs are dict(...) calls: keyword syntax keeps hand-written messages readable.
# ruff: noqa: C408

from __future__ import annotations

from msgs115_common import CAND_ASCII, CAND_BARE, bare_html, card_html, outlook_html

MESSAGES: list[dict] = []
add = MESSAGES.append

# ---------------------------------------------------------------------------------------- fr

add(dict(
    file="workday_soft", kind="rejection", company="Banque de l'Estuaire", contact="", lang="fr",
    sender=("Careers at Banque de l'Estuaire", "banqueestuaire@myworkday.com"),
    subject="Votre candidature – Chargé(e) de conformité KYC (H/F) – Bordeaux",
    date="2026-02-09T17:42:11+01:00", structure="html", cte="qp",
    headers={"X-Mailer": "Workday Notification Service", "Auto-Submitted": "auto-generated"},
    html=card_html("""<p style="margin:0 0 14px 0;">Bonjour Aurélien,</p>
<p style="margin:0 0 14px 0;">Nous vous remercions pour l'intérêt que vous portez à la Banque de l'Estuaire et pour le temps consacré à votre candidature au poste de <strong>Chargé(e) de conformité KYC (H/F)</strong> basé à Bordeaux (réf. JR-004817).</p>
<p style="margin:0 0 14px 0;">Après une étude attentive de l'ensemble des dossiers reçus, nous avons décidé de poursuivre le processus avec des candidats dont l'expérience correspond plus étroitement aux exigences du poste, notamment en matière de revue périodique des dossiers clients entreprises.</p>
<p style="margin:0 0 14px 0;">Cette décision ne remet pas en cause la qualité de votre parcours. Nous vous invitons à consulter régulièrement nos offres sur notre <a href="https://banqueestuaire.wd3.myworkday.com/fr-FR/Estuaire_Careers?source=email_rejet" style="color:#0b4f6c;">site carrières</a> et à créer une alerte emploi.</p>
<p style="margin:0 0 4px 0;">Bien cordialement,</p>
<p style="margin:0;">L'équipe Recrutement<br/>Banque de l'Estuaire</p>""",
        logo_src="https://banqueestuaire.wd3.myworkday.com/img/logo_estuaire_mail.png",
        logo_alt="Banque de l'Estuaire", accent="#0b4f6c",
        footer="""Ce message a été envoyé automatiquement, merci de ne pas y répondre.<br/>
Banque de l'Estuaire – Société anonyme à directoire et conseil de surveillance au capital de 112 500 000 € – Siège social : 18 quai des Chartrons, 33000 Bordeaux – RCS Bordeaux 456 789 123 – ORIAS 07 012 345.<br/>
<a href="https://banqueestuaire.wd3.myworkday.com/privacy" style="color:#7b8794;">Protection des données personnelles</a>""",
        pixel="https://banqueestuaire.wd3.myworkday.com/wday/open/p.gif?m=7e21aa90",
        preheader="Une mise à jour concernant votre candidature JR-004817"),
))

add(dict(
    file="garonne_after_interview_outlook", kind="rejection", company="Garonne Assurances",
    contact="m.castagne@garonne-assurances.example.fr", lang="fr",
    sender=("CASTAGNE Mathilde", "m.castagne@garonne-assurances.example.fr"),
    subject="RE: Merci pour l'entretien",
    date="2026-02-19T11:06:40+01:00", structure="alt", cte="qp",
    thread=["<5C0E3B9A-71D4-4E5B-9A0D-2F61C7E4B812@example.fr>"],
    headers={"X-MS-Has-Attach": "", "Thread-Topic": "Merci pour l'entretien",
             "X-MS-Exchange-Organization-SCL": "-1"},
    text="""Bonjour Aurélien,

Merci pour votre message et encore merci pour le temps que vous nous avez consacré mardi, à Sophie et à moi.

J'ai préféré attendre d'avoir vu tous les candidats avant de vous répondre. Nous avons finalement retenu un profil qui a déjà plusieurs années de transaction monitoring en assurance vie, ce qui compte beaucoup pour nous cette année avec la revue de l'ACPR qui arrive.

Votre parcours en agence est solide et votre motivation pour la conformité se voit ; je vous encourage sincèrement à continuer dans cette voie. Je garde votre CV si un poste d'analyste plus junior s'ouvre au second semestre.

Bonne continuation,

Mathilde Castagné
Responsable Conformité & Sécurité financière
Garonne Assurances
7 allée Jean Jaurès – 31000 Toulouse
Tél. 05 61 00 42 17

________________________________
De : Aurélien Mbappé-Larsson <aurelien.ml@example.fr>
Envoyé : jeudi 12 février 2026 18:04
À : CASTAGNE Mathilde <m.castagne@garonne-assurances.example.fr>
Objet : Merci pour l'entretien

Bonjour Madame Castagné,

Je tenais à vous remercier, ainsi que Mme Ribes, pour l'entretien de ce mardi. Nos échanges sur le dispositif LCB-FT et sur la revue des contrats en déshérence m'ont conforté dans mon envie de rejoindre votre équipe.

Je reste très motivé et disponible pour un second entretien si vous le souhaitez.

Bien cordialement,
Aurélien Mbappé-Larsson
06 12 34 56 78
""",
    html=None,
))
MESSAGES[-1]["html"] = outlook_html(MESSAGES[-1]["text"])

add(dict(
    file="courtier_terse_poste_pourvu", kind="rejection", company="Roux & Fils Courtage",
    contact="jp.roux@roux-courtage.example.fr", lang="fr",
    sender=("Jean-Pierre Roux", "jp.roux@roux-courtage.example.fr"),
    to=[CAND_BARE],
    subject="Re: Candidature assistant conformite",
    date="2026-01-27T08:51:03+01:00", structure="plain", charset="iso-8859-1", cte="8bit",
    thread=["<20260121193355.4f1a@example.fr>"],
    text="""Bonjour,
le poste est pourvu. Bonne continuation.
Cordialement

JP Roux
Roux & Fils Courtage - courtier en assurances depuis 1971
12 rue Alsace-Lorraine 31000 Toulouse

Le 21/01/2026 à 19:33, aurelien.ml@example.fr a écrit :
> Monsieur,
> je vous adresse ma candidature pour le poste d'assistant conformité
> paru sur le site de la CCI. Mon CV est en pièce jointe.
> Cordialement,
> Aurélien Mbappé-Larsson
""",
))

add(dict(
    file="caisse_spontanee_pas_de_poste", kind="rejection", company="Caisse Solidaire du Midi",
    contact="recrutement@caisse-solidaire.example.fr", lang="fr",
    sender=("Caisse Solidaire du Midi - Recrutement", "recrutement@caisse-solidaire.example.fr"),
    subject="Votre candidature spontanée",
    date="2026-03-03T14:20:00+01:00", structure="plain", charset="windows-1252", cte="qp",
    text="""Monsieur,

Nous avons bien reçu votre candidature spontanée du 18 février dernier pour un poste dans le domaine de la conformité et nous vous en remercions.

Après examen de votre dossier, nous ne sommes malheureusement pas en mesure d'y donner une suite favorable : aucun poste correspondant à votre profil n'est ouvert à ce jour au sein de nos équipes Risques et Conformité, et aucune création n'est prévue cette année.

Nous vous souhaitons pleine réussite dans vos recherches. Pour toute question, vous pouvez répondre directement à ce message ; notre équipe vous lira.

Veuillez agréer, Monsieur, l'expression de nos salutations distinguées.

Service Recrutement
Caisse Solidaire du Midi
Direction des Ressources Humaines – 4 place du Capitole – 31000 Toulouse
""",
))

add(dict(
    file="kovalt_entretien_annule_poste_gele", kind="rejection", company="Kovalt",
    contact="lea.fontaine@kovalt.example.com", lang="fr",
    sender=("Kovalt via Greenhouse", "no-reply@greenhouse-mail.io"),
    reply_to=("Léa Fontaine", "lea.fontaine@kovalt.example.com"),
    subject="Votre entretien de vendredi avec Kovalt",
    date="2026-03-11T19:14:52+01:00", structure="alt", cte="qp",
    headers={"X-Greenhouse-Application-Id": "48213377"},
    html=bare_html("""<p>Bonjour Aurélien,</p>
<p>Je suis désolée de vous écrire si tard et avec cette nouvelle : nous sommes contraints d'annuler votre entretien de vendredi 13 mars avec Antoine (Head of Compliance).</p>
<p>La direction a décidé ce matin de geler les recrutements de l'équipe Onboarding &amp; KYC jusqu'à nouvel ordre. Le poste de KYC Analyst ne sera pas pourvu et nous ne donnerons donc pas suite aux candidatures en cours, dont la vôtre.</p>
<p>Je sais que c'est frustrant après deux échanges très positifs. Si la situation change, je reviendrai vers vous en priorité.</p>
<p>Bien à vous,<br>Léa Fontaine<br>Talent Acquisition Partner · Kovalt</p>
<p style="font-size:12px;color:#888">Kovalt SAS · 61 rue de la Victoire, 75009 Paris · <a href="https://kovalt.example.com/careers?utm_source=greenhouse&amp;utm_medium=email">kovalt.example.com/careers</a></p>""",
        lang="fr", pixel="https://click.greenhouse-mail.io/wf/open?upn=Zk9vX0x1bWVuLTQ4MjEzMzc3"),
))

add(dict(
    file="bim_pourvu_en_interne", kind="rejection", company="Banque Internationale de la Moselle",
    contact="", lang="fr",
    sender=("Banque Internationale de la Moselle", "noreply@successfactors.eu"),
    subject="Banque Internationale de la Moselle – suite donnée à votre candidature (Réf. 11872)",
    date="2026-04-02T10:03:27+02:00", structure="html", cte="base64",
    headers={"X-SF-Template": "REJ_INTERNAL_FR"},
    html=card_html("""<p>Cher Monsieur Mbappé-Larsson,</p>
<p>Nous vous remercions de votre candidature au poste d'<b>Analyste KYC – Private Banking</b> (réf. 11872) au sein de notre siège de Luxembourg-Kirchberg.</p>
<p>Nous souhaitons vous informer que ce poste a été pourvu en interne, par un collaborateur de nos équipes Operations. Votre candidature ne pourra donc pas être retenue pour ce recrutement.</p>
<p>Votre profil reste enregistré dans notre vivier de talents pendant 24 mois, sauf opposition de votre part.</p>
<p>Avec nos salutations distinguées,</p>
<p><b>Human Resources – Talent Acquisition</b><br>Banque Internationale de la Moselle S.A.</p>""",
        logo_src="https://performancemanager5.successfactors.eu/doc/custom/BIMLU/logo_bim.png",
        logo_alt="BIM – Banque Internationale de la Moselle", accent="#8a1538",
        footer="""Banque Internationale de la Moselle S.A. – 23, avenue John F. Kennedy, L-1855 Luxembourg – R.C.S. Luxembourg B 41.276 – Établissement de crédit agréé et surveillé par la CSSF.<br>
Cet e-mail a été généré automatiquement. Les réponses à cette adresse ne sont pas traitées.""",
        pixel="https://performancemanager5.successfactors.eu/sf/mailtrack?id=11872-aml"),
))

add(dict(
    file="cinquantenaire_regret_belge", kind="rejection", company="Assurances du Cinquantenaire",
    contact="n.vandamme@cinquantenaire.example.be", lang="fr",
    sender=("Nathalie Vandamme", "n.vandamme@cinquantenaire.example.be"),
    subject="Votre candidature – Compliance Officer junior",
    date="2026-03-25T16:38:12+01:00", structure="plain", cte="qp",
    text="""Monsieur Mbappé-Larsson,

Nous avons bien analysé votre candidature pour la fonction de Compliance Officer junior au sein de notre département Legal & Compliance, et nous vous remercions de l'intérêt que vous portez à notre compagnie.

Nous sommes au regret de ne pouvoir y réserver une suite favorable. La fonction requiert une bonne maîtrise du néerlandais (niveau B2 minimum), nos dossiers clients étant pour moitié flamands, et c'est sur ce critère que nous avons dû trancher.

Nous vous souhaitons plein succès pour la suite de vos démarches et restons volontiers à votre disposition pour tout renseignement complémentaire.

Avec nos salutations distinguées,

Nathalie Vandamme
HR Business Partner
Assurances du Cinquantenaire SA
Avenue de Tervueren 34 – 1040 Etterbeek
T +32 2 555 18 40

Assurances du Cinquantenaire SA – Entreprise d'assurances agréée sous le n° 0731 – RPM Bruxelles – BCE 0412.345.678
Ce message et ses annexes sont confidentiels et destinés exclusivement à leur destinataire.
""",
))

add(dict(
    file="rhone_leman_exigences", kind="rejection", company="Banque Privée Rhône-Léman",
    contact="", lang="fr",
    sender=("Rhône-Léman Carrières", "careers-noreply@rhoneleman.example.ch"),
    subject="Votre dossier de candidature",
    date="2026-05-06T08:12:45+02:00", structure="html", cte="qp",
    html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Georgia,'Times New Roman',serif;font-size:14px;color:#2b2b2b;background:#ffffff">
<table width="620" align="center" cellpadding="0" cellspacing="0" style="border-collapse:collapse">
<tr><td style="padding:30px 40px;border-bottom:1px solid #c9b37e"><img src="https://www.rhoneleman.example.ch/static/mail/rl-monogramme.png" alt="Banque Privée Rhône-Léman – depuis 1889" width="190"></td></tr>
<tr><td style="padding:28px 40px 10px 40px;line-height:22px">
<p>Genève, le 6 mai 2026</p>
<p>Monsieur,</p>
<p>Nous accusons bonne réception de votre dossier pour le poste d'Analyste Compliance (Onboarding clientèle privée) et vous remercions de la confiance témoignée à notre établissement.</p>
<p>Après un examen approfondi, nous sommes au regret de vous informer que votre profil ne correspond pas entièrement aux exigences de la fonction, en particulier l'expérience confirmée en banque privée et la maîtrise de l'anglais au niveau C1. Nous ne sommes dès lors pas en mesure de donner une suite favorable à votre candidature.</p>
<p>Nous vous remercions de l'intérêt manifesté et vous adressons, Monsieur, nos meilleures salutations.</p>
<p>Ressources Humaines<br>Banque Privée Rhône-Léman SA</p>
</td></tr>
<tr><td style="padding:18px 40px;font-family:Arial,sans-serif;font-size:10px;color:#8c8c8c;line-height:14px">Banque Privée Rhône-Léman SA · Quai de l'Île 9 · 1204 Genève · Ce courriel est envoyé depuis une adresse qui n'accepte pas de réponse. · <a href="https://www.rhoneleman.example.ch/fr/mentions-legales" style="color:#8c8c8c">Mentions légales</a></td></tr>
</table>
<img src="https://t.rhoneleman.example.ch/o/8e2f11a0c4.gif" width="1" height="1" alt="">
</body></html>
""",
))

add(dict(
    file="orsini_client_nomme_sfh", kind="rejection", company="Société Financière Haussmann",
    contact="claire.marchetti@cabinet-orsini.example.fr", lang="fr",
    sender=("Claire Marchetti", "claire.marchetti@cabinet-orsini.example.fr"),
    subject="Retour SFH",
    date="2026-04-14T12:31:09+02:00", structure="plain", cte="8bit",
    thread=["<CAM9x2Kc7rTq0b1=orsini.8812@cabinet-orsini.example.fr>",
            "<D7A3F0C2-2B4E-4C11-9E5F-91B04A7C6D03@example.fr>"],
    text="""Bonjour Aurélien,

Je reviens vers vous comme promis. Notre client, la Société Financière Haussmann, a fait son choix hier soir : ils ont retenu un autre candidat pour le poste de chargé de conformité, quelqu'un qui vient d'un établissement de paiement et qui connaissait déjà leur outil de filtrage.

Le retour sur vous était bon, surtout sur la partie relation client et la gestion des alertes en agence. Ce qui a manqué, c'est vraiment l'expérience « back-office » conformité.

Je vous garde évidemment en tête pour mes prochains mandats, et je pense à un poste à Lyon qui devrait s'ouvrir en mai.

Belle journée,

Claire Marchetti
Consultante senior – Banque & Assurance
Cabinet Orsini RH
06 71 22 45 90 | www.cabinet-orsini.example.fr
""",
))

add(dict(
    file="fidelis_iphone_client_non_nomme", kind="rejection", company="Fidelis Search",
    contact="t.benali@fidelis-search.example.fr", lang="fr",
    sender=("Tarik Benali", "t.benali@fidelis-search.example.fr"),
    subject="Re: Point mandat conformité",
    date="2026-04-23T18:47:30+02:00", structure="plain", cte="8bit",
    thread=["<3B1E7C90-0E1D-4F6A-8D44-6C2C14A5E0F1@example.fr>"],
    text="""Bonsoir Aurélien,
Malheureusment mon client n'a pas souhaité poursuivre avec vous, ils veulent qqn avec 3 ans mini en établissement de paiement. Désolé, je vous rappelle semaine pro pour la suite.
Tarik

Envoyé de mon iPhone

> Le 23 avr. 2026 à 09:12, Aurélien Mbappé-Larsson <aurelien.ml@example.fr> a écrit :
>
> Bonjour Tarik,
> Avez-vous eu un retour de votre client après l'entretien de lundi ?
> Merci d'avance,
> Aurélien
""",
))

add(dict(
    file="teamtailor_startup_tutoiement", kind="rejection", company="Pyrène Pay", contact="",
    lang="fr",
    sender=("Pyrène Pay", "notifications@teamtailor-mail.com"),
    subject="Ta candidature chez Pyrène Pay",
    date="2026-02-24T10:27:05+01:00", structure="html", cte="qp",
    list={"List-Unsubscribe": "<https://app.teamtailor.com/unsubscribe/c/9ad1e07f>"},
    html=card_html("""<h2 style="font-size:20px;margin:0 0 16px 0;color:#111827;">Salut Aurélien 👋</h2>
<p>Merci d'avoir pris le temps de postuler au poste de <b>Compliance Ops Specialist</b> chez Pyrène Pay, et pour ta lettre qui nous a bien fait sourire (le passage sur les 400 ouvertures de compte par an en agence 😄).</p>
<p>On a reçu beaucoup de candidatures et on a choisi d'avancer avec quelqu'un qui a déjà piloté des revues KYC dans une fintech. Ce n'est donc pas pour cette fois.</p>
<p>On grandit vite : garde un œil sur <a href="https://pyrenepay.teamtailor.com/jobs?utm_campaign=reject" style="color:#e4572e;">nos offres</a>, on sera ravis de recroiser ta route.</p>
<p>Belle suite à toi,<br>La team Pyrène Pay 🏔️</p>""",
        logo_src="https://images.teamtailor-cdn.com/images/s3/teamtailor-production/logotype-v3/pyrenepay.png",
        logo_alt="Pyrène Pay", accent="#e4572e",
        footer="""Pyrène Pay SAS · 2 rue d'Austerlitz, 31000 Toulouse · Établissement de paiement agréé par l'ACPR<br>
Tu reçois cet e-mail car tu as postulé via Teamtailor. <a href="https://app.teamtailor.com/unsubscribe/c/9ad1e07f" style="color:#7b8794;">Se désinscrire</a> · <a href="https://pyrenepay.teamtailor.com/privacy-policy" style="color:#7b8794;">Confidentialité</a>""",
        pixel="https://app.teamtailor.com/o/9ad1e07f.gif"),
))

add(dict(
    file="rhodanienne_apres_second_entretien", kind="rejection", company="Banque Rhodanienne",
    contact="s.perrin@rhodanienne.example.fr", lang="fr",
    sender=("PERRIN Stéphanie", "s.perrin@rhodanienne.example.fr"),
    subject="Suite à notre appel – poste Analyste Sécurité Financière",
    date="2026-05-12T09:41:18+02:00", structure="alt", cte="qp",
    thread=["<PR3P281MB1342A9E0F7D6C1B4E2@PR3P281MB1342.FRAP281.PROD.OUTLOOK.COM>"],
    text="""Bonjour Aurélien,

Comme je vous l'ai dit au téléphone ce matin, nous ne retiendrons pas votre candidature à l'issue du second entretien. Je vous confirme cette décision par écrit, comme promis.

Le comité a apprécié votre aisance et votre connaissance du terrain. Le choix s'est fait sur l'expérience des outils de filtrage des transactions internationales (SWIFT, listes de sanctions), que l'autre candidate pratique depuis quatre ans.

Je vous remercie pour votre investissement tout au long du processus et vous souhaite le meilleur pour la suite.

Cordialement,

Stéphanie Perrin
Chargée de recrutement – Direction des Ressources Humaines
Banque Rhodanienne
14 quai Jean Moulin – 69002 Lyon

De : PERRIN Stéphanie
Envoyé : lundi 27 avril 2026 15:02
À : aurelien.ml@example.fr
Objet : Second entretien – Analyste Sécurité Financière

Bonjour Aurélien,

Nous avons le plaisir de vous convier à un second entretien le mercredi 6 mai à 10h00, avec M. Gaillard (directeur Sécurité Financière) et moi-même, dans nos locaux du quai Jean Moulin. Un cas pratique de 30 minutes vous sera proposé.

Merci de me confirmer votre présence.

Stéphanie Perrin
""",
    html=None,
))
MESSAGES[-1]["html"] = outlook_html(MESSAGES[-1]["text"], font="Arial", size="10.0pt")

add(dict(
    file="etablissement_public_jury", kind="rejection", company="Occitanie Financement",
    contact="", lang="fr",
    sender=("Occitanie Financement - DRH", "drh-recrutement@occitanie-financement.example.fr"),
    subject="Recrutement contrôleur(se) interne - décision du jury",
    date="2026-06-30T15:00:00+02:00", structure="plain", charset="iso-8859-1", cte="qp",
    text="""Monsieur,

Vous avez fait acte de candidature au poste de contrôleur(se) interne (catégorie A, contrat de 3 ans) ouvert par Occitanie Financement, établissement public régional, et nous vous en remercions.

Le jury de recrutement, réuni le 26 juin 2026, a examiné l'ensemble des 47 candidatures reçues. Nous avons le regret de vous informer que votre candidature n'a pas été retenue pour la phase d'entretiens.

Nous vous remercions de l'intérêt porté à notre établissement et vous prions d'agréer, Monsieur, l'expression de nos salutations distinguées.

Pour le Directeur général et par délégation,
Le Service des ressources humaines

Occitanie Financement - 22 boulevard du Maréchal Juin - 31400 Toulouse
Vous trouverez en pièce jointe le courrier officiel de notification de la décision.

Ce message est envoyé automatiquement, merci de ne pas y répondre.
""",
    attachments=[{"name": "Notification_decision_jury_CI-2026-03.pdf",
                  "title": "Occitanie Financement – Notification de décision",
                  "lines": ["Toulouse, le 30 juin 2026", "", "Objet : recrutement contrôleur(se) interne",
                            "Réf. : CI-2026-03", "",
                            "Monsieur, nous avons le regret de vous informer que le jury",
                            "n'a pas retenu votre candidature pour la phase d'entretiens.", "",
                            "Le Directeur général"]}],
))

add(dict(
    file="interim_majuscules_mission", kind="rejection", company="InterimPlus Occitanie",
    contact="agence.toulouse-centre@interimplus.example.fr", lang="fr",
    sender=("INTERIMPLUS TOULOUSE CENTRE", "agence.toulouse-centre@interimplus.example.fr"),
    to=[CAND_ASCII],
    subject="VOTRE CANDIDATURE MISSION CHARGE DE RECOUVREMENT",
    date="2026-01-15T11:02:48+01:00", structure="plain", charset="windows-1252", cte="8bit",
    text="""BONJOUR,

NOUS VOUS INFORMONS QUE VOTRE CANDIDATURE N A PAS ETE RETENUE PAR NOTRE CLIENT POUR LA MISSION DE CHARGE DE RECOUVREMENT (3 MOIS, TOULOUSE NORD).

NOUS GARDONS VOTRE DOSSIER ACTIF. N HESITEZ PAS A NOUS RECONTACTER OU A PASSER A L AGENCE.

CORDIALEMENT
L EQUIPE INTERIMPLUS TOULOUSE CENTRE
45 BD DE STRASBOURG 31000 TOULOUSE - 05 34 00 11 22
InterimPlus Occitanie SAS - Entreprise de travail temporaire - Garantie financière n° 2026-118
""",
))

add(dict(
    file="icims_vauban_refus", kind="rejection", company="Groupe Vauban Assurances", contact="",
    lang="fr",
    sender=("Groupe Vauban Assurances – Recrutement", "vauban-recrutement@icims.com"),
    subject="Mise à jour de votre candidature : Analyste LCB-FT (2026-0412)",
    date="2026-05-28T07:55:31+02:00", structure="alt", cte="qp",
    headers={"X-iCIMS-Workflow": "candidate_disposition"},
    html=card_html("""<p>Bonjour Aurélien Mbappé-Larsson,</p>
<p>Merci d'avoir postulé à l'offre <a href="https://careers-vauban.icims.com/jobs/2026-0412/analyste-lcb-ft/job?mode=view&amp;mobile=false&amp;iis=Email" style="color:#00508f;">Analyste LCB-FT (H/F) – Paris La Défense</a>.</p>
<p>Nous avons étudié votre candidature avec attention. Malgré ses qualités, nous avons décidé de ne pas la retenir pour ce poste.</p>
<p>Nous conservons votre profil et vous invitons à postuler à nouveau à toute offre qui correspondrait à votre expérience.</p>
<p>Cordialement,<br>L'équipe Talents<br>Groupe Vauban Assurances</p>""",
        logo_src="https://careers-vauban.icims.com/images/vauban_email_header.jpg",
        logo_alt="Groupe Vauban Assurances", accent="#00508f",
        footer="""Groupe Vauban Assurances SA – Tour Vauban, 1 place des Saisons, 92400 Courbevoie – RCS Nanterre 552 000 731.<br>
Vous recevez ce courriel dans le cadre de votre candidature. <a href="https://careers-vauban.icims.com/jobs/candidate/unsubscribe?t=0412a" style="color:#7b8794;">Gérer mes préférences</a>""",
        pixel="https://careers-vauban.icims.com/track/open/2026-0412-7781.gif"),
))

# ---------------------------------------------------------------------------------------- en

add(dict(
    file="ledgerly_greenhouse_one_liner", kind="rejection", company="Ledgerly", contact="",
    lang="en",
    sender=("Ledgerly Recruiting", "no-reply@greenhouse-mail.io"),
    subject="Your application to Ledgerly",
    date="2026-03-18T16:22:09+00:00", structure="alt", cte="7bit",
    html=bare_html("""<p>Hi Aurelien,</p>
<p>Thanks for applying for the Financial Crime Analyst role. Unfortunately we won't be moving forward with your application at this time.</p>
<p>Ledgerly Recruiting</p>
<p style="color:#999;font-size:12px">Ledgerly Ltd, 3 Shoreditch High Street, London E1 6PG. Registered in England and Wales No. 11839204.</p>""",
        pixel="https://click.greenhouse-mail.io/wf/open?upn=bGVkZ2VybHktcmVq"),
))

add(dict(
    file="thameside_taleo_closely_matches", kind="rejection", company="Thameside Bank",
    contact="", lang="en",
    sender=("Thameside Bank Careers", "thameside@taleo.net"),
    subject="Thameside Bank - Requisition 26-00981 Sanctions Screening Analyst",
    date="2026-04-08T09:30:00+01:00", structure="html", cte="qp",
    html=card_html("""<p>Dear Aurélien,</p>
<p>Thank you for your interest in the <b>Sanctions Screening Analyst</b> position (requisition 26-00981) at Thameside Bank.</p>
<p>We have now reviewed all applications and, on this occasion, we have decided to progress with other candidates whose experience more closely matches the requirements of the role.</p>
<p>We appreciate the time you invested in your application and encourage you to keep an eye on our <a href="https://thameside.taleo.net/careersection/ext/jobsearch.ftl?lang=en&amp;src=rej" style="color:#005a70;">current vacancies</a>.</p>
<p>Kind regards,</p>
<p>Resourcing Team<br>Thameside Bank plc</p>""",
        logo_src="https://thameside.taleo.net/careersection/theme/1201/logo_thameside.png",
        logo_alt="Thameside Bank", accent="#005a70", lang="en",
        footer="""Thameside Bank plc. Registered in England No 01234567. Registered office: 40 Upper Thames Street, London EC4V 3BJ. Authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the Prudential Regulation Authority.<br>
This is an automated message; replies to this address are not monitored.""",
        pixel="https://thameside.taleo.net/careersection/mail/open.gif?r=2600981"),
))

add(dict(
    file="brightwater_iphone_gone_with_someone", kind="rejection",
    company="Brightwater Payments", contact="dan.okafor@brightwaterpayments.example.co.uk",
    lang="en",
    sender=("Dan Okafor", "dan.okafor@brightwaterpayments.example.co.uk"),
    subject="Re: Application – Compliance Analyst, Brightwater Payments",
    date="2026-02-05T21:12:44+00:00", structure="plain", cte="7bit",
    thread=["<6E2F9C1B-8A3D-4B7E-A0C5-5D1E2F3A4B6C@example.fr>"],
    text="""Hi Aurelien - sorry, we've gone with someone else. Best of luck.

Sent from my iPhone

> On 2 Feb 2026, at 08:15, Aurelien Mbappe-Larsson <aurelien.ml@example.fr> wrote:
>
> Dear Mr Okafor,
>
> Please find attached my application for the Compliance Analyst position at
> Brightwater Payments, as advertised on your website. I am currently a branch
> adviser at a French retail bank and handle KYC refreshes and suspicious-activity
> escalations every week. I would welcome the chance to discuss the role in an
> interview.
>
> Kind regards,
> Aurelien Mbappe-Larsson
""",
))

add(dict(
    file="marlowe_client_named_after_first_round", kind="rejection", company="Calloway & Finch",
    contact="oliver.grant@marlowesearch.example.co.uk", lang="en",
    sender=("Oliver Grant", "oliver.grant@marlowesearch.example.co.uk"),
    subject="RE: Calloway & Finch - next steps",
    date="2026-05-20T13:05:51+01:00", structure="plain", cte="qp",
    thread=["<LO2P265MB4412C6F1E0A9B8D7@LO2P265MB4412.GBRP265.PROD.OUTLOOK.COM>",
            "<A4D8B2E0-3C5F-4E11-B7A9-0F2E6D1C8B45@example.fr>"],
    text="""Hi Aurélien,

I've just heard back from Calloway & Finch. I'm afraid they've decided not to take things further after the first round. The partner liked you but felt the engagement needs someone who has already run AML file remediation at scale, and the other shortlisted candidate had two years on a similar project at a Big Four.

Don't be discouraged – first interview with a partner at your first attempt in London is a good sign. Happy to jump on a call this week to debrief.

Best,
Oliver

Oliver Grant | Principal Consultant, Financial Crime | Marlowe Search
+44 20 7946 0813 | www.marlowesearch.example.co.uk
Marlowe Search Limited is registered in England No 09876543.

-----Original Message-----
From: Aurélien Mbappé-Larsson <aurelien.ml@example.fr>
Sent: 15 May 2026 17:40
To: Oliver Grant <oliver.grant@marlowesearch.example.co.uk>
Subject: Re: Calloway & Finch - next steps

Hi Oliver,

Thanks again for setting this up. The interview went well I think; they mentioned a possible second round with the engagement manager.

Aurélien

-----Original Message-----
From: Oliver Grant
Sent: 7 May 2026 10:02
Subject: Calloway & Finch - next steps

Great news – Calloway & Finch would like to invite you to interview on 14 May at 11:00 at their Moorgate office.
""",
))

add(dict(
    file="northgate_lever_on_hold", kind="rejection", company="Northgate Insurance",
    contact="", lang="en",
    sender=("Northgate Insurance", "no-reply@hire.lever.co"),
    subject="Update on your application – Risk Operations Associate",
    date="2026-06-03T15:48:20+01:00", structure="alt", cte="qp",
    html=bare_html("""<p>Hello Aurélien,</p>
<p>Thank you for your patience while we reviewed applications for the Risk Operations Associate role in our London office.</p>
<p>We wanted to let you know that hiring for this role has been put on hold following a review of our operating plan, and we will not be proceeding with any applications, including yours. We're sorry to bring this news after you gave us your time.</p>
<p>If the position is reopened, it will be advertised again on our <a href="https://jobs.lever.co/northgate-insurance?lever-source=email">careers page</a>.</p>
<p>With best wishes,<br>The Northgate Insurance Talent Team</p>
<hr style="border:none;border-top:1px solid #eee">
<p style="font-size:11px;color:#999">Northgate Insurance Ltd is authorised and regulated by the Financial Conduct Authority (FRN 204718). Registered in England No. 02981744, 5 Gracechurch Street, London EC3V 0AT. Sent via Lever. Please do not reply to this email.</p>""",
        pixel="https://hire.lever.co/email/open/5e0b2c8a-77f1.png"),
))

add(dict(
    file="kirchberg_after_interview_english", kind="rejection", company="Kirchberg Fund Services",
    contact="ines.schaus@kirchbergfs.example.lu", lang="en",
    sender=("Schaus Ines", "ines.schaus@kirchbergfs.example.lu"),
    subject="Investor Due Diligence Officer – outcome",
    date="2026-05-15T17:20:03+02:00", structure="plain", cte="qp",
    text="""Dear Aurélien,

Thank you for meeting Marc Reuter and me at our offices last Tuesday, and for the thoughtful questions about our risk-based approach to investor onboarding.

After careful consideration we have offered the position to a candidate with more direct experience in investor due diligence for alternative investment funds. This was a close decision and it is not a reflection on the quality of your interview.

Should a more junior role open in our Transfer Agency team later this year, I would be glad to contact you again, if you agree.

Kind regards,

Ines Schaus
Talent Acquisition Specialist
Kirchberg Fund Services S.A.
6, rue Eugène Ruppert, L-2453 Luxembourg
T: +352 26 48 11 702

The information in this e-mail is confidential and may be legally privileged. If you are not the intended recipient, please notify the sender and delete it.
""",
))

add(dict(
    file="montblanc_speculative_no_vacancy", kind="rejection", company="Mont-Blanc Trust Services",
    contact="", lang="en",
    sender=("Mont-Blanc Trust Services – HR", "careers@montblanc-trust.example.ch"),
    subject="Your speculative application",
    date="2026-07-07T11:45:00+02:00", structure="plain", charset="iso-8859-1", cte="qp",
    text="""Dear Mr Mbappé-Larsson,

Thank you for your speculative application received on 24 June and for your interest in Mont-Blanc Trust Services.

We have reviewed your CV carefully. Unfortunately we do not currently have any vacancies that would suit your profile in our Compliance or Client Onboarding teams, and we are therefore unable to take your application further.

Please note that we do not keep unsolicited applications on file. You are welcome to apply to any future opening advertised on our website.

Yours sincerely,

HR Team
Mont-Blanc Trust Services SA
Rue du Rhône 100, 1204 Geneva

This mailbox does not accept replies.
""",
))

add(dict(
    file="payflow_smartrecruiters_filled", kind="rejection", company="Payflow Iberia",
    contact="", lang="en",
    sender=("Payflow Iberia", "noreply@smartrecruiters.com"),
    subject="Payflow Iberia: Regarding your application for KYC Analyst (Barcelona)",
    date="2026-06-22T12:10:37+02:00", structure="html", cte="base64",
    html=card_html("""<p>Dear Aurélien,</p>
<p>We regret to inform you that the position of <strong>KYC Analyst (Barcelona, hybrid)</strong> has now been filled.</p>
<p>Thank you for considering Payflow Iberia as your next employer. We truly appreciate the effort you put into your application and we hope you will consider us again in the future.</p>
<p>Best regards,<br>People Team · Payflow Iberia</p>
<p style="margin-top:24px;"><a href="https://jobs.smartrecruiters.com/PayflowIberia?dcr_ci=PayflowIberia&amp;utm_source=email" style="background:#1b998b;color:#ffffff;padding:10px 18px;text-decoration:none;border-radius:3px;">See other open roles</a></p>""",
        logo_src="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/5f8a1c/huge?r=s3-eu-central-1",
        logo_alt="Payflow Iberia", accent="#1b998b", lang="en",
        footer="""Payflow Iberia S.L. · Carrer de Pujades 77, 08005 Barcelona · CIF B-66123987 · Entidad de pago registrada en el Banco de España con el n.º 6876.<br>
Powered by SmartRecruiters. <a href="https://www.smartrecruiters.com/legal/candidate-privacy-policy/" style="color:#7b8794;">Candidate Privacy Policy</a>""",
        pixel="https://email.smartrecruiters.com/o/eJwNykEKgDAMBdGr5L"),
))

# ---------------------------------------------------------------------------------------- es

add(dict(
    file="bmi_no_continuaras", kind="rejection", company="Banco Mediterráneo de Inversión",
    contact="", lang="es",
    sender=("Banco Mediterráneo de Inversión · Talento", "no-reply@empleo.bmi.example.es"),
    subject="Proceso de selección: Técnico/a de Prevención del Blanqueo de Capitales",
    date="2026-04-17T13:33:08+02:00", structure="html", cte="qp",
    html=card_html("""<p>Hola, Aurélien:</p>
<p>Gracias por tu interés en formar parte de Banco Mediterráneo de Inversión y por el tiempo dedicado al proceso de selección para la posición de <b>Técnico/a de Prevención del Blanqueo de Capitales</b> en Barcelona.</p>
<p>Lamentamos comunicarte que en esta ocasión no continuarás en el proceso. Hemos recibido un número muy elevado de candidaturas y hemos seleccionado perfiles con experiencia previa en unidades de PBC/FT.</p>
<p>Tu currículum quedará en nuestra base de datos para futuras oportunidades, salvo que nos indiques lo contrario.</p>
<p>Un saludo cordial,<br>Equipo de Talento<br>Banco Mediterráneo de Inversión</p>""",
        logo_src="https://empleo.bmi.example.es/assets/mail/bmi_logo_azul.png",
        logo_alt="BMI – Banco Mediterráneo de Inversión", accent="#003b71", lang="es",
        footer="""Banco Mediterráneo de Inversión, S.A. · Avinguda Diagonal 640, 08017 Barcelona · Inscrito en el Registro Mercantil de Barcelona, Tomo 41.220, Folio 88, Hoja B-377612 · NIF A-08123456.<br>
Este mensaje se ha generado automáticamente. Por favor, no respondas a este correo. <a href="https://empleo.bmi.example.es/privacidad" style="color:#7b8794;">Política de privacidad</a>""",
        pixel="https://empleo.bmi.example.es/t/o.gif?c=pbc-2026-04"),
))

add(dict(
    file="reclutia_cliente_nombrado_usted", kind="rejection", company="Seguros La Diagonal",
    contact="marta.soler@reclutia.example.es", lang="es",
    sender=("Marta Soler", "marta.soler@reclutia.example.es"),
    subject="Candidatura Analista de Cumplimiento - Seguros La Diagonal",
    date="2026-03-30T10:14:22+02:00", structure="plain", charset="iso-8859-1", cte="qp",
    text="""Estimado Sr. Mbappé-Larsson:

Le escribo para informarle de que nuestro cliente, Seguros La Diagonal, ha decidido seguir adelante con otros perfiles para la posición de Analista de Cumplimiento Normativo. Valoraron positivamente su trayectoria comercial, pero buscan a alguien con experiencia previa en el sector asegurador y un nivel de catalán fluido.

Le agradezco sinceramente su disponibilidad durante todo el proceso. Mantendremos su candidatura activa en Reclutia para futuras posiciones en banca y seguros en Barcelona.

Atentamente,

Marta Soler
Consultora de Selección · Banca y Seguros
Reclutia Talent Partners
Rambla de Catalunya 54, 08007 Barcelona · 933 00 12 45
""",
))

add(dict(
    file="ribera_tras_entrevista_tu", kind="rejection", company="Ribera & Soler Auditores",
    contact="jordi.ribera@riberasoler.example.es", lang="es",
    sender=("Jordi Ribera", "jordi.ribera@riberasoler.example.es"),
    subject="Re: Gracias por la entrevista",
    date="2026-03-10T19:02:40+01:00", structure="plain", cte="8bit",
    thread=["<0F7E2A3B-4C5D-4E6F-8A9B-1C2D3E4F5A6B@example.fr>"],
    text="""Hola Aurélien:

Muchas gracias por tu correo y por tu tiempo el martes. Al final nos hemos decantado por una persona con más experiencia en monitorización de transacciones y en informes al SEPBLAC, que es lo que más vamos a necesitar este año con los nuevos clientes de pagos.

Me quedo con muy buena impresión de ti y te animo a seguir por este camino. Si en otoño abrimos la plaza de junior, te escribo.

Un abrazo,
Jordi

Jordi Ribera
Socio · Ribera & Soler Auditores
Via Augusta 15, 08006 Barcelona

El jue, 5 mar 2026 a las 10:12, Aurélien Mbappé-Larsson (<aurelien.ml@example.fr>) escribió:
> Hola Jordi:
> Gracias de nuevo por la entrevista de ayer. Me ilusiona mucho la idea de
> incorporarme al equipo y quedo a la espera de vuestra oferta o de una
> segunda entrevista, lo que prefiráis.
> Un saludo,
> Aurélien
""",
))

add(dict(
    file="nubo_una_linea", kind="rejection", company="Nubo Pagos",
    contact="carlos@nubopagos.example.es", lang="es",
    sender=("Carlos Peña", "carlos@nubopagos.example.es"),
    subject="Re: Candidatura compliance",
    date="2026-05-04T22:37:15+02:00", structure="plain", cte="8bit",
    thread=["<9A8B7C6D-5E4F-4A3B-2C1D-0E9F8A7B6C5D@example.fr>"],
    text="""Hola Aurélien, la vacante ya está cubierta. Un saludo.

Carlos Peña · CEO · Nubo Pagos
Enviado desde mi móvil
""",
))

add(dict(
    file="fundacion_agora_desierto", kind="rejection",
    company="Fundación Ágora para la Inclusión Financiera",
    contact="seleccion@fundacionagora.example.es", lang="es",
    sender=("Fundación Ágora - Selección", "seleccion@fundacionagora.example.es"),
    subject="Proceso Responsable de Riesgos y Cumplimiento (ref. FA-07/26)",
    date="2026-08-28T09:15:00+02:00", structure="plain", charset="windows-1252", cte="qp",
    text="""Estimado/a candidato/a:

Le agradecemos la participación en el proceso de selección para la plaza de Responsable de Riesgos y Cumplimiento (ref. FA-07/26).

Le informamos de que, por la reducción de la subvención que financiaba el puesto, el Patronato ha acordado dejar el proceso desierto. La plaza no se cubrirá este año y, por tanto, no continuaremos con ninguna de las candidaturas recibidas.

Lamentamos las molestias y agradecemos el interés mostrado por nuestra labor. Para cualquier consulta puede escribirnos a esta misma dirección.

Reciba un cordial saludo,

Departamento de Personas
Fundación Ágora para la Inclusión Financiera
C/ de Sant Pere Més Alt 21, 08003 Barcelona
""",
))

# ---------------------------------------------------------------------------------------- de

add(dict(
    file="weber_hoffmann_fuer_andere_kandidatin", kind="rejection",
    company="Fiduciaire Weber & Hoffmann", contact="k.thill@weber-hoffmann.example.lu",
    lang="de",
    sender=("Katrin Thill", "k.thill@weber-hoffmann.example.lu"),
    subject="Ihre Bewerbung als KYC-Sachbearbeiter (m/w/d)",
    date="2026-02-26T14:51:27+01:00", structure="plain", charset="iso-8859-1", cte="qp",
    text="""Sehr geehrter Herr Mbappé-Larsson,

vielen Dank für Ihre Bewerbung und Ihr Interesse an einer Tätigkeit in unserer Kanzlei.

Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Kandidatin entschieden haben, deren Profil unseren aktuellen Anforderungen - insbesondere Erfahrung mit Domizilierungsgesellschaften und sehr gute Luxemburgisch-Kenntnisse - näher kommt.

Ihre Unterlagen werden wir gemäß den Datenschutzbestimmungen nach sechs Monaten löschen.

Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute.

Mit freundlichen Grüßen

Katrin Thill
Personalabteilung
Fiduciaire Weber & Hoffmann S.à r.l.
12, rue de la Gare - L-6440 Echternach
Tel. +352 72 00 41-1
""",
))

add(dict(
    file="nordkap_softgarden_intern_besetzt", kind="rejection", company="Nordkap Payments",
    contact="", lang="de",
    sender=("Nordkap Payments GmbH", "noreply@softgarden.io"),
    subject="Ihre Bewerbung bei Nordkap Payments",
    date="2026-06-11T08:02:14+02:00", structure="html", cte="qp",
    html=card_html("""<p>Hallo Herr Mbappé-Larsson,</p>
<p>herzlichen Dank für Ihre Bewerbung als <b>AML Analyst (m/w/d) – Standort Luxemburg</b> und das Vertrauen, das Sie uns damit entgegenbringen.</p>
<p>Wir haben uns entschieden, die Stelle intern zu besetzen. Wir können Ihre Bewerbung daher leider nicht weiter berücksichtigen.</p>
<p>Wir wünschen Ihnen für Ihre weitere Suche viel Erfolg und würden uns freuen, wenn Sie uns auf <a href="https://nordkap-payments.softgarden.io/de/vacancies?utm_source=absage" style="color:#0a6e6e;">unserer Karriereseite</a> gewogen bleiben.</p>
<p>Viele Grüße<br>Ihr Recruiting-Team von Nordkap Payments</p>""",
        logo_src="https://nordkap-payments.softgarden.io/assets/company/logo_nordkap.png",
        logo_alt="Nordkap Payments", accent="#0a6e6e", lang="de",
        footer="""Nordkap Payments GmbH · Schlesische Straße 26 · 10997 Berlin · Amtsgericht Charlottenburg HRB 218774 B · Geschäftsführer: Jonas Albrecht, Dr. Mira Oyelaran<br>
Diese E-Mail wurde automatisch über softgarden versendet. Antworten an diese Adresse werden nicht gelesen.""",
        pixel="https://nordkap-payments.softgarden.io/mail/open/a7c1.gif"),
))

add(dict(
    file="rheinstein_nach_gespraech_schweiz", kind="rejection", company="Rheinstein Privatbank",
    contact="urs.baumgartner@rheinstein.example.ch", lang="de",
    sender=("Baumgartner Urs", "urs.baumgartner@rheinstein.example.ch"),
    subject="AW: Dank für das Gespräch",
    date="2026-05-19T16:44:09+02:00", structure="plain", cte="qp",
    thread=["<E2D1C0B9-A8F7-4E6D-5C4B-3A2F1E0D9C8B@example.fr>"],
    text="""Grüezi Herr Mbappé-Larsson

Besten Dank für Ihre freundliche Nachricht und nochmals für das angenehme Gespräch in Genf.

Wir haben uns nach reiflicher Überlegung für einen anderen Kandidaten entschieden, der bereits mehrere Jahre in der Compliance einer Privatbank tätig war. Ich bedaure, Ihnen keinen positiveren Bescheid geben zu können.

Für Ihre Zukunft wünsche ich Ihnen alles Gute.

Freundliche Grüsse

Urs Baumgartner
Leiter Compliance Romandie
Rheinstein Privatbank AG
Rue de la Corraterie 11 | 1204 Genève
Tel. +41 22 300 45 10

Am 13.05.2026 um 17:40 schrieb Aurélien Mbappé-Larsson <aurelien.ml@example.fr>:
> Sehr geehrter Herr Baumgartner,
> vielen Dank für das Vorstellungsgespräch am Dienstag. Ich würde mich sehr
> freuen, Ihr Team zu verstärken, und freue mich auf Ihre Einladung zu einem
> zweiten Gespräch.
> Freundliche Grüsse
> Aurélien Mbappé-Larsson
""",
))
