"""Rejections of the ninety-ninth corpus, written one by one (see make_ninetyninth.py for the keys)."""

from __future__ import annotations

from msgs99_common import SENT, pixel

SPECS: list[dict] = []

SPECS.append({
    "key": "r01", "kind": "rejection", "scenario": "workday_soft", "lang": "en",
    "company": "Halvorsen Medical Supply", "contact": "",
    "sender": ("Careers at Halvorsen Medical Supply", "halvorsen@myworkday.com"),
    "subject": "Your application for Procurement Analyst (R-20418) – Geneva",
    "date": "2026-01-21 17:42 +0000", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": """
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Halvorsen Careers</title></head>
<body style="margin:0;padding:0;background:#eef1f4;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#eef1f4;">
<tr><td align="center" style="padding:24px 0;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;color:#1d2b36;">
<tr><td style="padding:20px 32px;border-bottom:3px solid #0a6ebd;">
<img src="https://halvorsen.wd3.myworkday.com/assets/logo_hms.png" alt="Halvorsen Medical Supply" width="180" height="40" style="display:block;border:0;">
</td></tr>
<tr><td style="padding:28px 32px;font-size:15px;line-height:22px;">
<p>Dear Élodie,</p>
<p>Thank you for your interest in the <strong>Procurement Analyst</strong> position (R-20418) in Geneva and for the time you took to apply.</p>
<p>We have reviewed your application carefully. On this occasion we have decided to move forward with candidates whose experience more closely matches the requirements of the role.</p>
<p>We appreciate your interest in Halvorsen and encourage you to keep an eye on our careers site for future openings.</p>
<p>Kind regards,<br>Talent Acquisition<br>Halvorsen Medical Supply</p>
<p style="margin-top:24px;"><a href="https://halvorsen.wd3.myworkday.com/track/c?l=aHR0cHM6Ly9jYXJlZXJzLmhhbHZvcnNlbi5leGFtcGxlLmNo&amp;u=7f3a" style="background:#0a6ebd;color:#ffffff;padding:10px 18px;text-decoration:none;border-radius:3px;">View open positions</a></p>
</td></tr>
<tr><td style="padding:16px 32px;font-size:11px;line-height:16px;color:#7a8791;background:#f7f8fa;">
This email was sent from an unmonitored mailbox. Please do not reply.<br>
Halvorsen Medical Supply SA · Chemin du Pont-du-Centenaire 108 · 1228 Plan-les-Ouates · Switzerland<br>
<a href="https://halvorsen.wd3.myworkday.com/privacy" style="color:#7a8791;">Candidate privacy notice</a> |
<a href="https://halvorsen.wd3.myworkday.com/unsubscribe?u=7f3a" style="color:#7a8791;">Manage email preferences</a>
</td></tr>
</table>
""" + pixel("https://halvorsen.wd3.myworkday.com/o/p.gif?u=7f3a&m=r20418") + """
</td></tr></table>
</body></html>
""",
})

SPECS.append({
    "key": "r02", "kind": "rejection", "scenario": "greenhouse_after_panel", "lang": "en",
    "company": "Ferrovia Freight", "contact": "sara.lindqvist@ferroviafreight.example.com",
    "sender": ("Ferrovia Freight via Greenhouse", "no-reply@greenhouse-mail.io"),
    "reply_to": ("Sara Lindqvist", "sara.lindqvist@ferroviafreight.example.com"),
    "subject": "Following up – Logistics Planning Lead",
    "date": "2026-03-12 11:05 +0100", "structure": "alt", "charset": "utf-8", "cte": "base64",
    "text": """
Hi Élodie,

Thank you again for meeting Marco, Giulia and me last Thursday, and for the rail capacity exercise you prepared. The team enjoyed the conversation, particularly your take on the Chiasso bottleneck.

I'm sorry to say that we won't be moving you forward to the final stage. The panel felt another candidate had more hands-on experience running intermodal planning for a network of our size, and that tipped the decision.

I know this isn't the news you were hoping for. If it's helpful, I'm happy to share more detailed feedback on a short call – just reply to this email.

All the best with your search,

Sara Lindqvist
Senior Talent Partner | Ferrovia Freight
Milan · Munich · Basel
""",
    "html": """
<div style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222;">
<p>Hi Élodie,</p>
<p>Thank you again for meeting Marco, Giulia and me last Thursday, and for the rail capacity exercise you prepared. The team enjoyed the conversation, particularly your take on the Chiasso bottleneck.</p>
<p>I'm sorry to say that we won't be moving you forward to the final stage. The panel felt another candidate had more hands-on experience running intermodal planning for a network of our size, and that tipped the decision.</p>
<p>I know this isn't the news you were hoping for. If it's helpful, I'm happy to share more detailed feedback on a short call – just reply to this email.</p>
<p>All the best with your search,</p>
<p>Sara Lindqvist<br><span style="color:#666;">Senior Talent Partner | Ferrovia Freight</span><br><span style="color:#666;">Milan · Munich · Basel</span></p>
</div>
<img src="https://click.greenhouse-mail.io/wf/open?upn=u001.Fz9Kq2" width="1" height="1" alt="">
""",
})

SPECS.append({
    "key": "r03", "kind": "rejection", "scenario": "pourvu_en_interne", "lang": "fr",
    "company": "Tissages Rhodaniens", "contact": "c.faure@tissages-rhodaniens.example.fr",
    "sender": ("Catherine FAURE", "c.faure@tissages-rhodaniens.example.fr"),
    "subject": "Votre candidature - Responsable approvisionnements",
    "date": "2026-01-14 15:20 +0100", "structure": "plain", "charset": "iso-8859-1", "cte": "quoted-printable",
    "text": """
Madame,

Nous vous remercions de l'intérêt que vous portez à notre entreprise et de votre candidature au poste de Responsable approvisionnements basé à Villeurbanne.

Nous avons le regret de vous informer que ce poste a finalement été pourvu en interne, par une collaboratrice de notre site de Roanne.

Nous conservons néanmoins votre dossier et ne manquerons pas de vous recontacter si une opportunité correspondant à votre profil venait à se présenter.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Catherine Faure
Ressources Humaines
Tissages Rhodaniens SAS
12, rue Francis-de-Pressensé - 69100 Villeurbanne
Tél. 04 72 00 18 40
""",
})

SPECS.append({
    "key": "r04", "kind": "rejection", "scenario": "une_ligne_iphone", "lang": "fr",
    "company": "Cartonnerie Valette", "contact": "marc.valette@cartonnerie-valette.example.fr",
    "sender": ("Marc Valette", "marc.valette@cartonnerie-valette.example.fr"),
    "subject": "Re: Candidature acheteuse - Cartonnerie Valette",
    "date": "2026-02-02 19:48 +0100", "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "thread": [SENT["valette"]],
    "text": """
Bonjour, merci pour votre envoi mais nous ne donnerons pas suite. Bonne continuation.

Envoyé de mon iPhone

> Le 28 janv. 2026 à 08:31, Élodie Marchetti-Nkemelu <elodie.mn@example.fr> a écrit :
>
> Monsieur Valette,
>
> Je me permets de vous adresser ma candidature pour le poste d'acheteuse publié sur votre site. Je serais ravie d'en discuter lors d'un entretien à votre convenance.
>
> Bien cordialement,
> Élodie Marchetti-Nkemelu
> 06 71 42 88 15
""",
})

SPECS.append({
    "key": "r05", "kind": "rejection", "scenario": "spontanee_pas_de_poste", "lang": "fr",
    "company": "Pharmadis Rhône-Alpes", "contact": "recrutement@pharmadis-ra.example.fr",
    "sender": ("Pharmadis Rhône-Alpes - Recrutement", "recrutement@pharmadis-ra.example.fr"),
    "subject": "Votre candidature spontanée",
    "date": "2026-02-09 10:03 +0100", "structure": "plain", "charset": "utf-8", "cte": "base64",
    "text": """
Bonjour Madame Marchetti-Nkemelu,

Nous avons bien pris connaissance de votre candidature spontanée pour un poste dans notre service Supply Chain à Saint-Priest, et nous vous en remercions.

Votre parcours a retenu notre attention, mais nous n'avons actuellement aucun poste ouvert qui corresponde à votre profil, et nous ne sommes donc pas en mesure de donner une suite favorable à votre démarche.

N'hésitez pas à consulter régulièrement nos offres sur notre site carrières. Vous pouvez également nous écrire à cette adresse si vous avez des questions.

Nous vous souhaitons pleine réussite dans vos recherches.

Le service Recrutement
Pharmadis Rhône-Alpes
Distributeur pharmaceutique agréé – 3 rue du Progrès, 69800 Saint-Priest
""",
})

SPECS.append({
    "key": "r06", "kind": "rejection", "scenario": "recrutement_gele", "lang": "fr",
    "company": "Minoteries Bressanes", "contact": "j.berthet@minoteries-bressanes.example.fr",
    "sender": ("Julien Berthet", "j.berthet@minoteries-bressanes.example.fr"),
    "subject": "Poste de coordinatrice logistique",
    "date": "2026-03-03 08:57 +0100", "structure": "plain", "charset": "windows-1252", "cte": "quoted-printable",
    "text": """
Bonjour Élodie,

Je reviens vers vous comme promis après notre échange téléphonique de la semaine dernière.

La direction a décidé de geler les recrutements jusqu’à la fin de l’exercice, à la suite de la perte d’un gros contrat de farine export. Le poste de coordinatrice logistique est donc mis en suspens et nous ne poursuivrons pas le processus, ni avec vous ni avec les autres candidats.

J’en suis sincèrement désolé, votre profil me plaisait beaucoup. Si la situation change en 2027, je me permettrai de vous recontacter directement.

Bien à vous,

Julien Berthet
Directeur des opérations – Minoteries Bressanes
Route de Montrevel – 01000 Bourg-en-Bresse
04 74 21 30 62
""",
})

SPECS.append({
    "key": "r07", "kind": "rejection", "scenario": "successfactors_apres_deuxieme_tour", "lang": "fr",
    "company": "Groupe Valmont Horlogerie", "contact": "",
    "sender": ("Groupe Valmont Horlogerie – Carrières", "noreply@valmont.successfactors.eu"),
    "subject": "Votre candidature : Responsable Achats Composants (Réf. 4471)",
    "date": "2026-04-17 14:12 +0200", "structure": "html", "charset": "utf-8", "cte": "base64",
    "html": """
<html><body style="font-family:Georgia,serif;font-size:15px;color:#2b2b2b;background:#faf8f4;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="620" cellpadding="0" cellspacing="0" style="background:#ffffff;border:1px solid #e4dfd5;">
<tr><td style="padding:24px 36px;text-align:center;"><img src="https://career5.successfactors.eu/company/valmont/logo.png" alt="Valmont Horlogerie – Depuis 1871" width="200"></td></tr>
<tr><td style="padding:0 36px 28px 36px;line-height:23px;">
<p>Madame,</p>
<p>Nous tenions à vous remercier chaleureusement pour votre participation aux deux entretiens menés à notre manufacture du Sentier, ainsi que pour la qualité de votre présentation sur la sécurisation des approvisionnements en composants.</p>
<p>Après une réflexion approfondie, nous sommes au regret de vous informer que notre choix s'est porté sur une autre candidature, dont l'expérience dans l'horlogerie correspondait davantage aux attentes du poste.</p>
<p>Nous avons sincèrement apprécié nos échanges et vous souhaitons plein succès pour la suite de votre parcours professionnel.</p>
<p>Avec nos meilleures salutations,</p>
<p>Service des Ressources Humaines<br>Groupe Valmont Horlogerie</p>
</td></tr>
<tr><td style="padding:14px 36px;font-size:11px;color:#8a8276;border-top:1px solid #e4dfd5;">
Groupe Valmont Horlogerie SA – Grand-Rue 14 – 1347 Le Sentier – Suisse<br>
Ce message a été envoyé automatiquement, merci de ne pas y répondre. <a href="https://career5.successfactors.eu/career?company=valmont&amp;career_ns=privacy">Protection des données</a>
</td></tr>
</table></td></tr></table>
</body></html>
""",
})

SPECS.append({
    "key": "r08", "kind": "rejection", "scenario": "interim_client_nomme", "lang": "fr",
    "company": "Boulangeries Ducastel", "contact": "laetitia.morin@talentis-interim.example.fr",
    "sender": ("Laetitia Morin - Talentis Intérim", "laetitia.morin@talentis-interim.example.fr"),
    "subject": "Retour mission Gestionnaire appro - Ducastel",
    "date": "2026-02-19 17:36 +0100", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "text": """
Bonjour Élodie,

J'ai eu le retour des Boulangeries Ducastel ce midi concernant la mission de gestionnaire approvisionnement (6 mois, site de Corbas).

Malheureusement ils ont retenu un autre profil, quelqu'un qui avait déjà travaillé sur leur ERP. Ils ont bien aimé votre entretien avec M. Roux, donc ce n'est pas une question de compétences.

Je garde votre dossier actif chez nous et je vous appelle dès que j'ai une autre mission logistique sur l'Est lyonnais, il y en a souvent au printemps.

Belle fin de semaine,

Laetitia Morin
Chargée de recrutement
TALENTIS INTÉRIM – Agence Lyon Part-Dieu
Tél : 04 78 62 91 07 | Port : 06 12 55 48 30
""",
})

SPECS.append({
    "key": "r09", "kind": "rejection", "scenario": "cabinet_client_anonyme", "lang": "fr",
    "company": "Arbelot & Associés", "contact": "p.arbelot@arbelot-associes.example.fr",
    "sender": ("Pierre Arbelot", "p.arbelot@arbelot-associes.example.fr"),
    "subject": "Mandat Directeur Supply Chain - point d'étape",
    "date": "2026-05-06 09:14 +0200", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "text": """
Chère Madame,

Je vous remercie pour le temps que vous avez consacré à notre entretien du 22 avril dans le cadre du mandat que nous a confié notre client, un groupe industriel familial de la région grenobloise.

Après présentation d'une liste restreinte de quatre candidatures, notre client a souhaité poursuivre avec deux profils ayant déjà dirigé une fonction supply chain complète. Votre candidature n'a donc pas été retenue pour la suite de ce processus.

Je reste convaincu que votre parcours trouvera rapidement sa place, et je ne manquerai pas de vous solliciter pour des missions plus en adéquation.

Très cordialement,

Pierre Arbelot
Associé fondateur
Arbelot & Associés – Conseil en recrutement de cadres
8, place Grenette – 38000 Grenoble
""",
    "html": """
<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt;color:#1f1f1f">
<p>Chère Madame,</p>
<p>Je vous remercie pour le temps que vous avez consacré à notre entretien du 22 avril dans le cadre du mandat que nous a confié notre client, un groupe industriel familial de la région grenobloise.</p>
<p>Après présentation d'une liste restreinte de quatre candidatures, notre client a souhaité poursuivre avec deux profils ayant déjà dirigé une fonction supply chain complète. Votre candidature n'a donc pas été retenue pour la suite de ce processus.</p>
<p>Je reste convaincu que votre parcours trouvera rapidement sa place, et je ne manquerai pas de vous solliciter pour des missions plus en adéquation.</p>
<p>Très cordialement,</p>
<p><b>Pierre Arbelot</b><br>Associé fondateur<br><span style="color:#7b2d26">Arbelot &amp; Associés</span> – Conseil en recrutement de cadres<br>8, place Grenette – 38000 Grenoble<br>
<a href="https://www.linkedin.example.com/company/arbelot-associes">LinkedIn</a></p>
</div>
""",
})

SPECS.append({
    "key": "r10", "kind": "rejection", "scenario": "jury_hopital_public", "lang": "fr",
    "company": "Hôpitaux du Val d'Azergues", "contact": "drh.recrutement@hopitaux-azergues.example.fr",
    "sender": ("Direction des Ressources Humaines", "drh.recrutement@hopitaux-azergues.example.fr"),
    "subject": "Suite de votre candidature au poste de Responsable logistique et achats hospitaliers",
    "date": "2026-04-02 16:40 +0200", "structure": "plain", "charset": "iso-8859-1", "cte": "8bit",
    "thread": ["a05"],
    "text": """
Madame,

Par courrier électronique du 3 mars 2026, vous avez fait acte de candidature au poste de Responsable logistique et achats hospitaliers (catégorie A, contractuel ou titulaire) au sein de notre groupement.

J'ai le regret de vous informer qu'à l'issue de la réunion de la commission de sélection du 31 mars, votre candidature n'a pas été retenue.

Je vous remercie de l'intérêt que vous avez porté à notre établissement et vous prie d'agréer, Madame, l'expression de mes salutations distinguées.

Pour le Directeur et par délégation,
La Directrice des Ressources Humaines
Anne-Sophie Decroix

Hôpitaux du Val d'Azergues - Groupement hospitalier public
150, avenue de la République - 69480 Anse
Pour toute question : drh.recrutement@hopitaux-azergues.example.fr
""",
})

SPECS.append({
    "key": "r11", "kind": "rejection", "scenario": "teamtailor_tutoiement", "lang": "fr",
    "company": "Kargo Lab", "contact": "",
    "sender": ("Kargo Lab", "no-reply@teamtailor-mail.com"),
    "subject": "Ta candidature chez Kargo Lab 🚚",
    "date": "2026-03-25 12:31 +0100", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
        "html": """
<html><body style="margin:0;background:#fff7ef;">
<table width="100%" cellspacing="0" cellpadding="0"><tr><td align="center" style="padding:32px 12px;">
<table width="560" cellspacing="0" cellpadding="0" style="background:#ffffff;border-radius:12px;font-family:'Inter',Arial,sans-serif;color:#141414;">
<tr><td style="padding:28px 32px 0 32px;"><img src="https://assets.teamtailor-cdn.com/kargolab/logo.png" alt="Kargo Lab" height="32"></td></tr>
<tr><td style="padding:20px 32px 28px 32px;font-size:15px;line-height:24px;">
<p>Salut Élodie,</p>
<p>Merci d'avoir postulé pour le poste d'<b>Ops &amp; Procurement Manager</b> chez Kargo Lab, et merci pour le temps passé sur ton dossier.</p>
<p>On a reçu énormément de candidatures pour ce poste et, après pas mal de discussions dans l'équipe, on a choisi d'avancer avec d'autres profils pour la suite du process. On sait que ce n'est jamais agréable à lire, désolés !</p>
<p>On te souhaite plein de réussite pour la suite, et qui sait, peut-être à bientôt sur un autre poste.</p>
<p>La team Kargo Lab 🧡</p>
</td></tr>
<tr><td style="padding:16px 32px;font-size:12px;color:#9a9a9a;border-top:1px solid #f0e6dc;">
Kargo Lab SAS · 42 rue de Paradis · 75010 Paris<br>
<a href="https://kargolab.teamtailor.com/connect/unsubscribe?token=xk29" style="color:#9a9a9a;">Ne plus recevoir d'e-mails</a> · <a href="https://kargolab.teamtailor.com/privacy" style="color:#9a9a9a;">Confidentialité</a>
</td></tr>
</table>
""" + pixel("https://t.teamtailor-mail.com/o/kl-8812.gif") + """
</td></tr></table></body></html>
""",
})

SPECS.append({
    "key": "r12", "kind": "rejection", "scenario": "cooperative_suisse_html", "lang": "fr",
    "company": "Coopérative Léman Distribution", "contact": "",
    "sender": ("Coopérative Léman Distribution – Emploi", "notification@leman-distribution.successfactors.eu"),
    "subject": "=?utf-8?q?Votre_dossier?=",
    "date": "2026-05-19 07:02 +0200", "structure": "html", "charset": "iso-8859-1", "cte": "quoted-printable",
        "html": """
<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body style="font-family:Verdana,sans-serif;font-size:13px;color:#333;">
<table width="100%" cellpadding="0" cellspacing="0" style="border-top:6px solid #e2001a;">
<tr><td style="padding:18px 24px;"><img src="https://leman-distribution.example.ch/img/logo-cld.gif" alt="Coopérative Léman Distribution" width="150"></td></tr>
<tr><td style="padding:0 24px 20px 24px;line-height:20px;">
<p>Bonjour Madame Marchetti-Nkemelu,</p>
<p>Nous vous remercions de l'intérêt manifesté pour le poste de Spécialiste Approvisionnement Frais à notre centrale d'Écublens.</p>
<p>Après un examen attentif de votre dossier, nous devons malheureusement vous informer que nous ne pouvons pas retenir votre candidature. Ce choix ne constitue pas un jugement sur vos compétences : d'autres profils correspondaient plus étroitement à nos exigences, notamment en matière de connaissance du marché suisse des produits frais.</p>
<p>Votre dossier sera conservé dans notre base pendant 12 mois, sauf avis contraire de votre part.</p>
<p>Meilleures salutations</p>
<p>Coopérative Léman Distribution<br>Ressources Humaines</p>
</td></tr>
<tr><td style="padding:10px 24px;font-size:10px;color:#999;background:#f4f4f4;">Coopérative Léman Distribution, Chemin du Closel 5, 1020 Renens. Merci de ne pas répondre à ce message généré automatiquement.</td></tr>
</table></body></html>
""",
})

SPECS.append({
    "key": "r13", "kind": "rejection", "scenario": "outlook_chaine_invitation", "lang": "fr",
    "company": "Transports Berthier-Gaudin", "contact": "s.gaudin@berthier-gaudin.example.fr",
    "sender": ("Sophie Gaudin", "s.gaudin@berthier-gaudin.example.fr"),
    "subject": "RE: Entretien pour le poste de Responsable d'exploitation adjointe",
    "date": "2026-02-24 18:22 +0100", "structure": "plain", "charset": "windows-1252", "cte": "8bit",
    "thread": [SENT["berthier"], "<AM0PR03MB5521A0E7C3D44E1BA9F1C6B1B3E22@AM0PR03MB5521.eurprd03.example.com>", "<CAE7m2pQ8berthier02@mail.example.fr>"],
    "text": """
Bonjour Élodie,

Je vous remercie pour votre venue mardi et pour votre message. Après réflexion avec notre directeur d’agence, nous avons décidé de retenir un autre candidat, déjà en poste dans le transport routier frigorifique, pour ce poste d’adjointe.

Je vous souhaite bonne chance dans vos recherches.

Cordialement,

Sophie Gaudin
Responsable RH
Transports Berthier-Gaudin
ZI des Chesnes Nord – 38070 Saint-Quentin-Fallavier

De : Élodie Marchetti-Nkemelu <elodie.mn@example.fr>
Envoyé : mercredi 18 février 2026 09:05
À : Sophie Gaudin <s.gaudin@berthier-gaudin.example.fr>
Objet : RE: Entretien pour le poste de Responsable d'exploitation adjointe

Bonjour Madame Gaudin,

Merci encore pour l’entretien d’hier, j’ai beaucoup apprécié la visite de la plateforme. Je reste à votre disposition pour un second échange.

Bien cordialement,
Élodie

De : Sophie Gaudin <s.gaudin@berthier-gaudin.example.fr>
Envoyé : jeudi 12 février 2026 14:47
À : Élodie Marchetti-Nkemelu <elodie.mn@example.fr>
Objet : Entretien pour le poste de Responsable d'exploitation adjointe

Bonjour Madame,

Suite à votre candidature, nous avons le plaisir de vous convier à un entretien le mardi 17 février à 14h00 dans nos locaux de Saint-Quentin-Fallavier. Merci de vous présenter à l’accueil du bâtiment B.

Pouvez-vous me confirmer votre présence ?

Cordialement,
Sophie Gaudin
""",
})

SPECS.append({
    "key": "r14", "kind": "rejection", "scenario": "poste_supprime_entretien_annule", "lang": "fr",
    "company": "Nexalp Robotique", "contact": "amandine.chevrier@nexalp.example.fr",
    "sender": ("Amandine Chevrier", "amandine.chevrier@nexalp.example.fr"),
    "subject": "Annulation de notre entretien de jeudi",
    "date": "2026-06-09 13:10 +0200", "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "thread": ["<4f1c9e2a-77d0-4a51-9b1e-nexalp-invite@nexalp.example.fr>"],
    "text": """
Bonjour Élodie,

Je suis au regret de devoir annuler notre entretien prévu ce jeudi 11 juin à 10h.

Suite à la réorganisation annoncée hier en interne, le poste de Responsable achats industriels est supprimé : ses missions seront reprises par l'équipe achats du groupe à Annecy. Nous ne pourrons donc pas donner suite à votre candidature, et ce n'est malheureusement pas un simple report.

Je suis désolée pour ce contretemps, d'autant que vous aviez déjà bloqué votre matinée. Merci pour votre compréhension.

Amandine Chevrier
Talent Acquisition – Nexalp Robotique
Inovallée, 38330 Montbonnot
""",
})

SPECS.append({
    "key": "r15", "kind": "rejection", "scenario": "cabinet_conseil_etude_de_cas", "lang": "fr",
    "company": "Opéra Supply Conseil", "contact": "thomas.nguyen@opera-supply.example.fr",
    "sender": ("Thomas Nguyen", "thomas.nguyen@opera-supply.example.fr"),
    "subject": "Ton étude de cas – retour",
    "date": "2026-06-30 20:04 +0200", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "text": """
Hello Élodie,

Merci encore d'avoir joué le jeu de l'étude de cas vendredi, je sais que 3 heures un vendredi après-midi c'est costaud.

Je vais être direct : on ne va pas te proposer de poursuivre pour le poste de consultante senior. La partie analyse était solide (ta segmentation ABC/XYZ a plu à tout le monde), mais on attendait plus de recul sur la conduite du changement côté client, et l'autre candidate finaliste était plus avancée là-dessus.

Si tu veux, on peut caler 20 minutes la semaine prochaine pour que je te fasse un retour détaillé, ça peut te servir pour la suite.

Thomas

--
Thomas Nguyen | Manager | Opéra Supply Conseil
17 rue de la République, 69002 Lyon | +33 6 45 18 02 77
""",
})

SPECS.append({
    "key": "r16", "kind": "rejection", "scenario": "pme_familiale_sans_accents", "lang": "fr",
    "company": "Fromageries Perrin-Jacquet", "contact": "contact@perrin-jacquet.example.fr",
    "sender": ("FROMAGERIES PERRIN-JACQUET", "contact@perrin-jacquet.example.fr"),
    "subject": "candidature",
    "date": "2026-03-16 11:48 +0100", "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "text": """
Bonjour Madame

Suite a votre candidature pour le poste d'assistante logistique et achats nous sommes au regret de vous dire que nous avons retenu une autre personne qui habite plus pres de la fromagerie.

Merci qd meme de votre interet pour notre entreprise familiale et bonne continuation

Cordialement
Mme Perrin
FROMAGERIES PERRIN-JACQUET
Le Bourg 73340 Lescheraines
tel 04 79 63 xx xx (le matin)
""",
})

SPECS.append({
    "key": "r17", "kind": "rejection", "scenario": "terse_mobile_en", "lang": "en",
    "company": "Brightwater Logistics", "contact": "tom.akande@brightwaterlogistics.example.com",
    "sender": ("Tom Akande", "tom.akande@brightwaterlogistics.example.com"),
    "subject": "Re: Brightwater – Warehouse Planning Manager",
    "date": "2026-04-23 22:17 +0100", "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "thread": [SENT["brightwater"]],
    "text": """
Thanks Élodie – we've gone another way on this one. Good luck.

Tom

Sent from my iPhone

> On 20 Apr 2026, at 09:02, Élodie Marchetti-Nkemelu <elodie.mn@example.fr> wrote:
>
> Dear Tom,
>
> Following our call last week, I wanted to check whether there was any news on the Warehouse Planning Manager role in Barcelona. I remain very interested and would be glad to come in for an interview.
>
> Best regards,
> Élodie
""",
})

SPECS.append({
    "key": "r18", "kind": "rejection", "scenario": "lever_no_reply", "lang": "en",
    "company": "Northcape Pharma", "contact": "",
    "sender": ("Northcape Pharma", "no-reply@hire.lever.co"),
    "subject": "Update on your application to Northcape Pharma",
    "date": "2026-05-28 09:30 +0000", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
        "text": """
Hi Élodie,

Thank you for your interest in the Distribution Planner – EMEA role at Northcape Pharma.

After careful consideration, we will not be progressing your application further at this time. We received a large number of strong applications, which made this a difficult decision.

We'd like to keep your details on file and may reach out if a suitable opportunity comes up in our Lausanne or Munich hubs.

Best wishes,
The Northcape Pharma Recruiting Team

--
Sent via Lever. Replies to this address are not monitored.
""",
})

SPECS.append({
    "key": "r19", "kind": "rejection", "scenario": "smartrecruiters_filled", "lang": "en",
    "company": "Quayside Retail Group", "contact": "",
    "sender": ("Quayside Retail Group Talent Acquisition", "mail@smartrecruiters.com"),
    "subject": "Store Replenishment Lead – Milano Centrale",
    "date": "2026-06-15 15:51 +0200", "structure": "html", "charset": "utf-8", "cte": "base64",
    "html": """
<table width="100%" cellpadding="0" cellspacing="0" bgcolor="#f5f5f5"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" bgcolor="#ffffff" style="font-family:Arial,sans-serif;font-size:14px;color:#303030;">
<tr><td bgcolor="#00303f" style="padding:18px 28px;"><img src="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/quayside/logo.png" alt="QUAYSIDE" height="28" style="color:#ffffff;"></td></tr>
<tr><td style="padding:26px 28px;line-height:21px;">
<p>Dear Élodie Marchetti-Nkemelu,</p>
<p>We wanted to let you know that the <b>Store Replenishment Lead</b> position in Milan has now been filled.</p>
<p>We truly appreciate the time you invested in your application and in the online assessment. While we won't be progressing with your candidacy for this role, we hope you'll consider Quayside Retail Group again in the future.</p>
<p>Grazie e buona fortuna,<br>Quayside Retail Group – Talent Acquisition</p>
<p><a href="https://jobs.smartrecruiters.com/ni/QuaysideRetailGroup/redirect?trk=sr_rej_88d1" style="color:#00879f;">Explore other opportunities</a></p>
</td></tr>
<tr><td style="padding:14px 28px;font-size:11px;color:#9a9a9a;">Quayside Retail Group S.p.A. – Via Vittor Pisani 16, 20124 Milano – P.IVA 01234560155<br>
Powered by SmartRecruiters · <a href="https://www.smartrecruiters.com/legal/candidate-privacy-policy/" style="color:#9a9a9a;">Privacy</a></td></tr>
</table>
<img src="https://email.smartrecruiters.com/wf/open?upn=QRG_7711_e" width="1" height="1" alt="">
</td></tr></table>
""",
})

SPECS.append({
    "key": "r20", "kind": "rejection", "scenario": "ashby_startup_munich", "lang": "en",
    "company": "Tessel", "contact": "",
    "sender": ("Tessel Hiring Team", "no-reply@ashbyhq.com"),
    "subject": "Your application to Tessel",
    "date": "2026-04-08 10:26 +0200", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
        "text": """
Hi Élodie,

Thanks so much for applying to the Supply Operations Manager role at Tessel.

We've now reviewed all applications and, unfortunately, we have decided not to move forward with yours. This was a tough call – we had over 400 applicants for this role.

We're growing fast, so please do keep an eye on tessel.example.de/jobs.

Cheers,
Tessel Hiring Team
""",
    "html": """
<div style="font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,sans-serif;max-width:520px;margin:0 auto;color:#111;">
<p style="font-size:20px;font-weight:600;">Tessel</p>
<p>Hi Élodie,</p>
<p>Thanks so much for applying to the Supply Operations Manager role at Tessel.</p>
<p>We've now reviewed all applications and, unfortunately, we have decided not to move forward with yours. This was a tough call – we had over 400 applicants for this role.</p>
<p>We're growing fast, so please do keep an eye on <a href="https://tessel.example.de/jobs">tessel.example.de/jobs</a>.</p>
<p>Cheers,<br>Tessel Hiring Team</p>
<hr style="border:none;border-top:1px solid #eee;">
<p style="font-size:11px;color:#888;">Tessel GmbH · Schwanthalerstraße 42 · 80336 München · Powered by Ashby</p>
</div>
""",
})

SPECS.append({
    "key": "r21", "kind": "rejection", "scenario": "icims_requisition_cancelled", "lang": "en",
    "company": "Meridian BioDistribution", "contact": "",
    "sender": ("Meridian BioDistribution Careers", "meridianbio-notifications@icims.com"),
    "subject": "Regarding your application – Req #2026-1187",
    "date": "2026-07-02 18:03 +0200", "structure": "html", "charset": "windows-1252", "cte": "quoted-printable",
    "html": """
<html><body>
<table cellpadding="0" cellspacing="0" width="100%" style="font-family:Tahoma,Arial;font-size:13px;">
<tr><td><img src="https://careers-meridianbio.icims.com/icims2/servlet/icims2?module=AppInert&amp;action=download&amp;id=logo" alt="Meridian BioDistribution" width="160"></td></tr>
<tr><td style="padding-top:16px;">
<p>Dear Élodie,</p>
<p>Thank you for applying for the position of Cold Chain Logistics Coordinator (Req #2026-1187) at our Lausanne distribution centre.</p>
<p>We regret to inform you that this requisition has been cancelled following a change in business priorities, and the position will not be filled. As a result, we are closing all applications for this vacancy.</p>
<p>We encourage you to continue to visit our careers site and apply for any position that matches your background.</p>
<p>Sincerely,<br>Global Talent Acquisition<br>Meridian BioDistribution</p>
</td></tr>
<tr><td style="padding-top:20px;font-size:10px;color:#777;">
Meridian BioDistribution Inc. is an equal opportunity employer. This message was sent from a notification-only address that cannot accept incoming e-mail. © 2026 Meridian BioDistribution – Route de l’Industrie 21, 1030 Bussigny.
</td></tr></table>
<img src="https://careers-meridianbio.icims.com/icims2/open.gif?r=1187&amp;p=55120" width="1" height="1" alt="">
</body></html>
""",
})

SPECS.append({
    "key": "r22", "kind": "rejection", "scenario": "headhunter_mandate_unnamed", "lang": "en",
    "company": "Ridgeway Search Partners", "contact": "h.osei@ridgewaysearch.example.com",
    "sender": ("Hannah Osei", "h.osei@ridgewaysearch.example.com"),
    "subject": "Head of Procurement search – outcome",
    "date": "2026-07-21 08:45 +0200", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "text": """
Dear Élodie,

I wanted to let you know personally where things stand on the Head of Procurement search we discussed in June.

My client has now met the shortlist and has chosen to proceed with two candidates who have led category teams of 15+ people. I'm afraid that means you won't be going forward to the client interviews this time.

For what it's worth, your interview with me was one of the strongest on analytical depth. I'd very much like to stay in touch – I expect a couple of senior logistics mandates in Geneva and Lausanne after the summer.

Kind regards,

Hannah Osei
Principal | Ridgeway Search Partners
Rue du Rhône 65, 1204 Geneva | +41 22 555 01 90
Ridgeway Search Partners Ltd is registered in England No. 08812345. Registered office: 10 Finsbury Square, London EC2A 1AF.
""",
})

SPECS.append({
    "key": "r23", "kind": "rejection", "scenario": "spontaneous_keep_on_file", "lang": "en",
    "company": "Aldebaran Commodities", "contact": "careers@aldebaran-commodities.example.ch",
    "sender": ("Aldebaran Commodities – Human Resources", "careers@aldebaran-commodities.example.ch"),
    "subject": "Your speculative application",
    "date": "2026-08-04 11:11 +0200", "structure": "plain", "charset": "iso-8859-1", "cte": "base64",
    "text": """
Dear Ms Marchetti-Nkemelu,

Thank you for your speculative application and for your interest in joining our operations team in Geneva.

We have reviewed your CV with our Head of Freight Operations. At present we have no vacancy for which your profile would be suitable, and we are therefore unable to take your application further.

With your consent, we will keep your CV on file for twelve months and contact you should a relevant opening arise. Should you prefer that we delete your data, simply reply to this message.

Yours sincerely,

Human Resources
Aldebaran Commodities SA
Quai du Seujet 10, 1201 Genève
""",
})

SPECS.append({
    "key": "r24", "kind": "rejection", "scenario": "personio_absage", "lang": "de",
    "company": "Kühne Kältetechnik", "contact": "",
    "sender": ("Kühne Kältetechnik GmbH", "no-reply@kuehne-kaeltetechnik.jobs.personio.de"),
    "subject": "Ihre Bewerbung als Einkäuferin (m/w/d)",
    "date": "2026-03-30 09:12 +0200", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
        "html": """
<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333333;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="padding:20px;">
<img src="https://kuehne-kaeltetechnik.jobs.personio.de/logo.png" alt="Kühne Kältetechnik" height="36"><br><br>
<p>Sehr geehrte Frau Marchetti-Nkemelu,</p>
<p>vielen Dank für Ihr Interesse an der Position als Einkäuferin (m/w/d) an unserem Standort Garching und die Zeit, die Sie in Ihre Bewerbung investiert haben.</p>
<p>Leider müssen wir Ihnen mitteilen, dass wir uns nach sorgfältiger Prüfung für andere Bewerberinnen und Bewerber entschieden haben, deren Profil unseren Anforderungen noch näher kommt.</p>
<p>Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute und viel Erfolg.</p>
<p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team der Kühne Kältetechnik GmbH</p>
<hr style="border:0;border-top:1px solid #ddd;">
<p style="font-size:11px;color:#888888;">Kühne Kältetechnik GmbH · Lichtenbergstraße 8 · 85748 Garching bei München<br>
Geschäftsführer: Dr. Florian Kühne, Petra Lindner · Amtsgericht München HRB 187 432<br>
<a href="https://kuehne-kaeltetechnik.jobs.personio.de/privacy-policy">Datenschutzerklärung</a></p>
</td></tr></table>
</body></html>
""",
})

SPECS.append({
    "key": "r25", "kind": "rejection", "scenario": "softgarden_nach_gespraech", "lang": "de",
    "company": "Brandl & Söhne Maschinenbau", "contact": "",
    "sender": ("Brandl & Söhne Maschinenbau GmbH", "bewerbermanagement@softgarden.io"),
    "subject": "Rückmeldung zu Ihrer Bewerbung – Teamleitung Materialwirtschaft",
    "date": "2026-05-11 16:45 +0200", "structure": "alt", "charset": "iso-8859-1", "cte": "quoted-printable",
    "text": """
Sehr geehrte Frau Marchetti-Nkemelu,

wir bedanken uns nochmals herzlich für das angenehme Gespräch in Rosenheim am 5. Mai und Ihr Interesse an der Teamleitung Materialwirtschaft.

Nach reiflicher Überlegung haben wir uns entschieden, die Stelle mit einer Kandidatin zu besetzen, die bereits Führungserfahrung in der Fertigungsindustrie mitbringt. Diese Entscheidung ist uns nicht leichtgefallen.

Ihre Unterlagen werden gemäß unserer Datenschutzbestimmungen nach sechs Monaten gelöscht.

Wir wünschen Ihnen alles Gute für Ihren weiteren Weg.

Mit freundlichen Grüßen

Brandl & Söhne Maschinenbau GmbH
Personalabteilung
Kufsteiner Straße 120, 83026 Rosenheim

Diese E-Mail wurde automatisch über softgarden versendet. Bitte antworten Sie nicht auf diese Nachricht.
""",
    "html": """
<div style="font-family:Arial;font-size:10pt;">
<p>Sehr geehrte Frau Marchetti-Nkemelu,</p>
<p>wir bedanken uns nochmals herzlich für das angenehme Gespräch in Rosenheim am 5. Mai und Ihr Interesse an der Teamleitung Materialwirtschaft.</p>
<p>Nach reiflicher Überlegung haben wir uns entschieden, die Stelle mit einer Kandidatin zu besetzen, die bereits Führungserfahrung in der Fertigungsindustrie mitbringt. Diese Entscheidung ist uns nicht leichtgefallen.</p>
<p>Ihre Unterlagen werden gemäß unserer Datenschutzbestimmungen nach sechs Monaten gelöscht.</p>
<p>Wir wünschen Ihnen alles Gute für Ihren weiteren Weg.</p>
<p>Mit freundlichen Grüßen</p>
<p><b>Brandl &amp; Söhne Maschinenbau GmbH</b><br>Personalabteilung<br>Kufsteiner Straße 120, 83026 Rosenheim</p>
<p style="color:#999;font-size:8pt;">Diese E-Mail wurde automatisch über softgarden versendet. Bitte antworten Sie nicht auf diese Nachricht.</p>
</div>
""",
})

SPECS.append({
    "key": "r26", "kind": "rejection", "scenario": "startup_du_intern_besetzt", "lang": "de",
    "company": "Lagerwerk", "contact": "jonas@lagerwerk.example.de",
    "sender": ("Jonas Reiter", "jonas@lagerwerk.example.de"),
    "subject": "Re: Bewerbung Ops Lead",
    "date": "2026-06-18 12:02 +0200", "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "thread": [SENT["lagerwerk"]],
    "text": """
Hi Élodie,

danke dir für deine Bewerbung und sorry, dass es so lange gedauert hat!

Kurzes Update: Wir haben die Ops-Lead-Stelle jetzt intern besetzt – Miriam aus dem Customer-Success-Team wechselt rüber. Deshalb können wir deine Bewerbung leider nicht weiter berücksichtigen.

Ich fand deinen Hintergrund echt spannend und würde mich freuen, wenn du dich bei uns wieder meldest, falls wir nächstes Jahr das zweite Lager in Augsburg aufmachen.

Viele Grüße aus dem Werksviertel
Jonas

Jonas Reiter · Co-Founder & COO · Lagerwerk
lagerwerk.example.de

Am 2. Juni 2026 um 07:41 schrieb Élodie Marchetti-Nkemelu <elodie.mn@example.fr>:
> Hallo Jonas,
>
> anbei meine Bewerbung für die Stelle als Ops Lead. Ich würde mich sehr über ein persönliches Gespräch freuen!
>
> Beste Grüße
> Élodie
""",
})

SPECS.append({
    "key": "r27", "kind": "rejection", "scenario": "schweiz_andere_kandidatur", "lang": "de",
    "company": "Gütertransporte Rheintal", "contact": "m.baumgartner@gt-rheintal.example.ch",
    "sender": ("Baumgartner Martina", "m.baumgartner@gt-rheintal.example.ch"),
    "subject": "Ihre Bewerbung: Disponentin Import/Export",
    "date": "2026-02-26 14:33 +0100", "structure": "plain", "charset": "windows-1252", "cte": "quoted-printable",
    "text": """
Sehr geehrte Frau Marchetti-Nkemelu

Besten Dank für Ihre Bewerbung und das Interesse an unserer Firma.

Wir haben alle eingegangenen Dossiers sorgfältig geprüft und uns für eine andere Kandidatur entschieden, welche über fundierte Kenntnisse im Schweizer Zollwesen verfügt. Wir bedauern, Ihnen keinen positiven Bescheid geben zu können.

Ihre Unterlagen senden wir Ihnen nicht zurück, sondern löschen sie gemäss unseren Datenschutzrichtlinien.

Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute.

Freundliche Grüsse

Martina Baumgartner
HR Business Partner

Gütertransporte Rheintal AG
Industriestrasse 7 | CH-9443 Widnau
T +41 71 555 23 10
www.gt-rheintal.example.ch
""",
})

SPECS.append({
    "key": "r28", "kind": "rejection", "scenario": "usted_lamentablemente", "lang": "es",
    "company": "Transportes Ribas i Fills", "contact": "rrhh@ribasifills.example.es",
    "sender": ("RRHH Transportes Ribas", "rrhh@ribasifills.example.es"),
    "subject": "Proceso de selección Jefe/a de Tráfico",
    "date": "2026-04-14 13:27 +0200", "structure": "plain", "charset": "iso-8859-1", "cte": "quoted-printable",
    "text": """
Estimada Sra. Marchetti-Nkemelu:

Le agradecemos el interés mostrado por formar parte de nuestra empresa y el tiempo dedicado a la entrevista telefónica del pasado martes.

Lamentablemente, le comunicamos que su candidatura no ha sido seleccionada para continuar en el proceso de Jefe/a de Tráfico de nuestra delegación de la Zona Franca. Hemos optado por un perfil con mayor experiencia en gestión de flotas propias.

Conservaremos su currículum en nuestra base de datos para futuros procesos, salvo que nos indique lo contrario.

Reciba un cordial saludo,

Departamento de Recursos Humanos
Transportes Ribas i Fills, S.L.
Carrer 60, 25 - Zona Franca - 08040 Barcelona
Tel. 93 555 41 20
""",
})

SPECS.append({
    "key": "r29", "kind": "rejection", "scenario": "startup_tu_otros_perfiles", "lang": "es",
    "company": "Rutalia", "contact": "nerea@rutalia.example.es",
    "sender": ("Nerea Zubiri", "nerea@rutalia.example.es"),
    "subject": "¿?",
    "date": "2026-05-22 18:40 +0200", "structure": "plain", "charset": "utf-8", "cte": "base64",
    "thread": ["a19"],
    "text": """
¡Hola Élodie!

Perdona que te escriba con un asunto tan raro, se me fue el dedo :)

Te cuento: hemos cerrado el proceso para Supply Planner y al final hemos decidido seguir con otros perfiles que venían del mundo e-grocery. No ha sido nada fácil porque tu entrevista con Álex salió muy bien.

Me guardo tu CV por si abrimos la posición de Procurement en otoño, ¿vale?

Un abrazo y mucha suerte,
Nerea
People & Talent · Rutalia
""",
})

SPECS.append({
    "key": "r30", "kind": "rejection", "scenario": "taleo_proceso_cerrado", "lang": "es",
    "company": "Grupo Farmacéutico Levante", "contact": "",
    "sender": ("Grupo Farmacéutico Levante - Empleo", "gfl.noresponder@taleo.net"),
    "subject": "Actualización de su candidatura",
    "date": "2026-06-03 08:05 +0200", "structure": "html", "charset": "utf-8", "cte": "8bit",
    "html": """
<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;">
<table width="640" cellpadding="0" cellspacing="0" align="center">
<tr><td style="background:#006c5b;padding:14px 20px;"><img src="https://gfl.taleo.net/careersection/theme/gfl/logo_blanco.png" alt="Grupo Farmacéutico Levante" height="30"></td></tr>
<tr><td style="padding:22px 20px;line-height:20px;">
<p>Estimado/a Élodie:</p>
<p>Le agradecemos su interés en la oferta <b>Técnico/a de Compras – Distribución Farmacéutica</b> (ref. 26-0412) en Barcelona.</p>
<p>Le informamos de que el proceso de selección para esta vacante ha finalizado y que, tras valorar detenidamente todas las candidaturas, su perfil no ha sido seleccionado en esta ocasión.</p>
<p>Le animamos a seguir consultando nuestras ofertas en el Portal de Empleo.</p>
<p>Atentamente,<br>Dirección de Personas<br>Grupo Farmacéutico Levante</p>
</td></tr>
<tr><td style="padding:12px 20px;font-size:10px;color:#666;background:#f2f2f2;">Grupo Farmacéutico Levante, S.A. – CIF A-46000000 – Av. de les Corts Valencianes 58, 46015 València. Este correo se ha generado automáticamente; por favor, no responda.</td></tr>
</table></body></html>
""",
})

SPECS.append({
    "key": "r31", "kind": "rejection", "scenario": "plateforme_employeur_decline", "lang": "fr",
    "company": "Biscuiterie Lemoine", "contact": "",
    "sender": ("Jobeo", "ne-pas-repondre@jobeo.example.fr"),
    "subject": "Biscuiterie Lemoine a répondu à votre candidature",
    "date": "2026-07-08 10:55 +0200", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "headers": [("List-Unsubscribe", "<https://www.jobeo.example.fr/compte/notifications?off=reponses>")],
    "html": """
<html><body style="margin:0;background:#f3f5f9;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px;">
<table width="580" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,sans-serif;color:#2c3e50;">
<tr><td style="padding:16px 24px;background:#5b2be0;"><img src="https://static.jobeo.example.fr/mail/logo-blanc.png" alt="Jobeo" height="26"></td></tr>
<tr><td style="padding:24px;font-size:15px;line-height:22px;">
<p>Bonjour Élodie,</p>
<p>Le recruteur de <b>Biscuiterie Lemoine</b> a examiné votre candidature au poste de <b>Planificatrice / Planificateur approvisionnement (CDI) – Saint-Étienne</b>.</p>
<p style="background:#f7f3ff;padding:12px 14px;border-left:4px solid #5b2be0;">« Bonjour, merci pour votre candidature. Nous avons choisi de poursuivre avec des profils plus proches du poste. Bonne recherche ! »</p>
<p>Ne vous découragez pas : <a href="https://www.jobeo.example.fr/r/c?u=ZW1wbG9p&amp;src=mail_refus">23 offres similaires</a> vous attendent près de Lyon.</p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#95a5a6;">Vous recevez cet e-mail car vous avez postulé via Jobeo. <a href="https://www.jobeo.example.fr/compte/notifications?off=reponses" style="color:#95a5a6;">Se désabonner</a> · Jobeo SAS, 10 rue de Lyon, 75012 Paris</td></tr>
</table>
<img src="https://t.jobeo.example.fr/open/8a1f2e.gif" width="1" height="1" alt="">
</td></tr></table></body></html>
""",
})
