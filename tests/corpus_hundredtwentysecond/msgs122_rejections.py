# ruff: noqa: C408
"""Rejections received by Amandine Kouassi-Leroux, one hand-written spec per message."""

from __future__ import annotations

from msgs122_common import MY_SIG, quote

REJECTIONS: list[dict] = []
add = REJECTIONS.append

# --- French -------------------------------------------------------------------------------

add(dict(
    kind="rejection", scen="workday_soft", lang="fr",
    company="Fondation Ysaline Marchetti", contact="",
    frm=("Fondation Ysaline Marchetti", "ysalinemarchetti@myworkday.com"),
    subject="Votre candidature au poste de Chargé(e) de partenariats entreprises (R-00418)",
    date="2026-02-12 17:46 +0100", struct="html", charset="utf-8", cte="quoted-printable",
    html="""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Fondation Ysaline Marchetti</title></head>
<body style="margin:0;padding:0;background-color:#f2f2f2;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f2f2f2;">
<tr><td align="center" style="padding:24px 0;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="background-color:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333333;">
<tr><td style="padding:20px 32px;border-bottom:3px solid #e4572e;">
<img src="https://wd3.myworkday.com/ysalinemarchetti/assets/logo_fym.png" alt="Fondation Ysaline Marchetti - pour l'enfance" width="180" height="48" style="display:block;border:0;">
</td></tr>
<tr><td style="padding:28px 32px 8px 32px;line-height:21px;">
<p style="margin:0 0 14px 0;">Bonjour Amandine,</p>
<p style="margin:0 0 14px 0;">Nous vous remercions de l'intérêt que vous portez à la Fondation Ysaline Marchetti et du temps que vous avez consacré à votre candidature au poste de <strong>Chargé(e) de partenariats entreprises</strong> (réf. R-00418).</p>
<p style="margin:0 0 14px 0;">Après une étude attentive de votre profil, nous avons décidé de poursuivre le processus avec des candidat(e)s dont l'expérience correspond plus étroitement aux exigences du poste.</p>
<p style="margin:0 0 14px 0;">Nous vous encourageons à consulter régulièrement nos offres : de nouvelles opportunités au service de l'enfance ouvrent tout au long de l'année.</p>
<p style="margin:0 0 22px 0;"><a href="https://wd3.myworkday.com/ysalinemarchetti/d/inst/redirect/career.htmld?src=mail_reject" style="color:#e4572e;">Voir les offres de la Fondation</a></p>
<p style="margin:0 0 4px 0;">Avec nos meilleures salutations,</p>
<p style="margin:0 0 24px 0;">L'équipe Talents<br>Fondation Ysaline Marchetti</p>
</td></tr>
<tr><td style="padding:16px 32px;background-color:#fafafa;font-size:11px;line-height:16px;color:#888888;">
Ce message a été généré automatiquement, merci de ne pas y répondre.<br>
Fondation reconnue d'utilité publique par décret du 4 mai 1998 - 14 rue Saint-Maur, 75011 Paris.<br>
Vos données sont traitées conformément à notre <a href="https://www.fondation-ysaline.example.org/confidentialite" style="color:#888888;">politique de confidentialité</a>.
</td></tr>
</table>
<img src="https://wd3.myworkday.com/ysalinemarchetti/email/open?eid=7f3a91c0e2" width="1" height="1" alt="" style="display:block;">
</td></tr></table>
</body></html>
""",
))

add(dict(
    kind="rejection", scen="museum_after_interview", lang="fr",
    company="Musée aquitain des Arts décoratifs", contact="sophie.garrigues@madd-bordeaux.example.fr",
    frm=("Sophie Garrigues", "sophie.garrigues@madd-bordeaux.example.fr"),
    subject="Suite à notre entretien du 3 mars",
    date="2026-03-10 11:05 +0100", struct="plain", charset="utf-8", cte="8bit",
    text="""Madame,

Je tenais à vous remercier personnellement pour l'entretien du 3 mars dernier et pour la qualité de nos échanges autour du poste de chargée de mécénat et des partenariats.

Le jury a rencontré cinq personnes et le choix a été difficile. Nous avons finalement retenu une candidate qui dispose déjà d'une expérience de la levée de fonds auprès des grands donateurs, un point que nous jugeons prioritaire avec l'ouverture de la nouvelle aile en 2027.

Votre parcours dans l'événementiel a beaucoup plu, en particulier votre travail sur les soirées partenaires de la Fabrique des Quais. Je me permets de garder votre dossier : un poste d'assistante de production d'expositions pourrait s'ouvrir à l'automne, et je ne manquerai pas de revenir vers vous si c'est le cas.

Je vous souhaite pleine réussite dans vos recherches.

Bien cordialement,

Sophie Garrigues
Responsable des ressources humaines
Musée aquitain des Arts décoratifs
39 cours d'Albret – 33000 Bordeaux
05 56 00 41 27
""",
))

add(dict(
    kind="rejection", scen="speculative_theatre", lang="fr",
    company="Théâtre du Grand Halage", contact="nadege.lebihan@grandhalage.example.fr",
    frm=("Nadège Le Bihan", "nadege.lebihan@grandhalage.example.fr"), hdr_cs="iso-8859-1",
    subject="Votre candidature spontanée",
    date="2026-01-22 09:40 +0100", struct="plain", charset="iso-8859-1", cte="8bit",
    text="""Bonjour Madame Kouassi-Leroux,

Nous avons bien reçu votre candidature spontanée pour rejoindre notre service des relations avec les publics et du mécénat, et nous vous en remercions.

Notre équipe permanente est aujourd'hui au complet et aucun recrutement n'est prévu pour la saison 2026-2027. Nous ne sommes donc pas en mesure de donner une suite favorable à votre démarche.

Nous vous souhaitons bonne chance dans vos recherches et serons heureux de vous accueillir dans nos salles en tant que spectatrice !

Nadège Le Bihan
Administratrice
Théâtre du Grand Halage - Scène conventionnée d'intérêt national
2 quai Saint-Cast, 35000 Rennes
02 99 31 08 64
""",
))

add(dict(
    kind="rejection", scen="one_line_iphone", lang="fr",
    company="Festival Les Nuits de Juin", contact="jm@lesnuitsdejuin.example.fr",
    frm=("Jean-Marc Orsini", "jm@lesnuitsdejuin.example.fr"),
    subject="Re: Candidature chargée de partenariats - Amandine Kouassi-Leroux",
    date="2026-04-02 22:51 +0200", struct="plain", charset="utf-8", cte="8bit",
    irt="<CAKx81mQ4-0aP2vT@mail.example.fr>",
    text="""Bonjour, le poste a été pourvu. Bonne continuation.
JM

Envoyé de mon iPhone

> Le 18 mars 2026 à 10:02, Amandine Kouassi-Leroux <amandine.kl@example.fr> a écrit :
>
> Bonjour Monsieur Orsini,
>
> Je vous adresse ma candidature au poste de chargée de partenariats du Festival Les Nuits de Juin, publié sur le site de la Région.
>
> Coordinatrice d'événements depuis six ans à Nantes, j'ai notamment construit le club des partenaires de la Fabrique des Quais (22 entreprises, 140 000 EUR en 2025). J'aimerais mettre cette expérience au service d'un festival que je suis depuis longtemps en spectatrice.
>
> Vous trouverez mon CV et ma lettre en pièces jointes. Je reste disponible pour un échange à votre convenance.
>
> Bien cordialement,
>
""" + quote(MY_SIG) + "\n",
))

add(dict(
    kind="rejection", scen="university_filled_internally", lang="fr",
    company="Université Rennes Armorique", contact="recrutement-biatss@univ-rennes-armorique.example.fr",
    frm=("Recrutement BIATSS - Université Rennes Armorique", "recrutement-biatss@univ-rennes-armorique.example.fr"),
    subject="Candidature - poste 2026-BIATSS-047",
    date="2026-03-27 14:18 +0100", struct="plain", charset="utf-8", cte="quoted-printable",
    text="""Madame,

Vous avez fait acte de candidature sur le poste de chargé·e de développement et de relations entreprises de la Fondation universitaire (référence 2026-BIATSS-047) et nous vous en remercions.

Nous vous informons que ce poste a été pourvu par voie de mobilité interne. Votre candidature ne pourra donc pas être retenue.

Pour toute question relative à cette procédure, vous pouvez répondre directement à ce message ; le bureau du recrutement vous répondra dans les meilleurs délais.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Le bureau du recrutement des personnels BIATSS
Direction des ressources humaines
Université Rennes Armorique
263 avenue du Général Leclerc – CS 74205 – 35042 Rennes Cedex
""",
))

add(dict(
    kind="rejection", scen="town_interview_cancelled_post_dropped", lang="fr",
    company="Ville de Port-Lannic", contact="",
    frm=("Ville de Port-Lannic", "drh@port-lannic.example.fr"),
    subject="Annulation de votre entretien du 14 avril – recrutement chargé(e) de mécénat culturel",
    date="2026-04-07 16:20 +0200", struct="html", charset="utf-8", cte="base64",
    html="""<html xmlns:o="urn:schemas-microsoft-com:office:office">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style></head>
<body lang="FR" style="word-wrap:break-word">
<div class="WordSection1">
<p class="MsoNormal">Madame,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Nous étions convenus de vous recevoir en entretien le mardi 14 avril 2026 à 14h00 pour le poste de chargé(e) de mécénat culturel (catégorie B, filière culturelle).</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Nous sommes au regret de vous informer qu'à la suite des arbitrages budgétaires votés en conseil municipal le 30 mars, la création de ce poste est abandonnée. Le recrutement est donc clos, l'entretien n'aura pas lieu et nous ne pourrons pas donner suite à votre candidature.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Nous vous remercions de l'intérêt que vous avez porté à notre collectivité et vous prions de nous excuser pour ce contretemps.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Veuillez agréer, Madame, l'expression de nos salutations distinguées.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Pour le Maire et par délégation,<br>
<b>Patrick Le Goff</b><br>
Directeur des ressources humaines</p>
<p class="MsoNormal"><span style="font-size:9.0pt;color:#1F3864">Ville de Port-Lannic – Hôtel de Ville – Place de la République – 29760 Port-Lannic<br>
Tél. 02 98 55 12 00 – <a href="https://www.port-lannic.example.fr">www.port-lannic.example.fr</a></span></p>
<p class="MsoNormal"><span style="font-size:8.0pt;color:gray">Ce courriel et ses pièces jointes sont établis à l'intention exclusive de leur destinataire. Pensez à l'environnement avant d'imprimer ce message.</span></p>
</div>
</body></html>
""",
))

add(dict(
    kind="rejection", scen="agency_names_client", lang="fr",
    company="Fondation Hélios pour la Mer", contact="m.perrin@talentsetsens.example.fr",
    frm=("Mathilde Perrin", "m.perrin@talentsetsens.example.fr"), hdr_cs="windows-1252",
    subject="Responsable mécénat – Fondation Hélios pour la Mer",
    date="2026-03-05 12:14 +0100", struct="plain", charset="windows-1252", cte="quoted-printable",
    text="""Bonjour Amandine,

Je reviens vers vous concernant le poste de Responsable mécénat et partenariats de la Fondation Hélios pour la Mer, pour lequel nous nous étions entretenues par téléphone le 19 février.

J’ai présenté votre profil à la fondation avec deux autres candidatures. Après en avoir discuté avec leur directrice générale, ils ont fait le choix d’avancer avec une personne ayant déjà piloté une campagne de collecte auprès des entreprises du secteur maritime. Ce n’est donc pas une suite favorable pour cette mission, j’en suis sincèrement désolée.

Votre profil m’intéresse pour d’autres recrutements dans la culture et l’ESS : je me permets de le conserver et de vous rappeler si une mission s’en rapproche.

Belle journée,
Mathilde

Mathilde Perrin | Consultante senior | Talents & Sens Conseil
Cabinet de recrutement engagé – Nantes · Paris
07 61 22 48 90 · m.perrin@talentsetsens.example.fr
""",
))

add(dict(
    kind="rejection", scen="agency_own_mandate", lang="fr",
    company="Orée RH", contact="julien.vasseur@oree-rh.example.fr",
    frm=("Orée RH", "candidats@oree-rh.example.fr"),
    reply_to=("Julien Vasseur", "julien.vasseur@oree-rh.example.fr"),
    subject="Votre candidature – Réf. OR-2231 Directeur·rice du développement (H/F)",
    date="2026-02-19 08:57 +0100", struct="html", charset="utf-8", cte="quoted-printable",
    html="""<html><body style="font-family:Verdana,Geneva,sans-serif;font-size:13px;color:#222;">
<table width="640" cellpadding="0" cellspacing="0" style="border-collapse:collapse;">
<tr><td style="background:#2f4858;padding:14px 20px;"><img src="https://cdn.oree-rh.example.fr/mail/logo-blanc.png" alt="Orée RH - Recrutement &amp; Conseil" height="36" style="border:0;"></td></tr>
<tr><td style="padding:22px 20px;line-height:1.55;">
<p>Bonjour Amandine,</p>
<p>Merci pour votre candidature sur notre mandat <b>Directeur·rice du développement (H/F)</b>, que nous menons pour le compte d'une grande association nationale de solidarité.</p>
<p>Nous avons étudié votre dossier avec attention. Le poste requiert au moins dix ans de management d'une équipe de collecte (grands donateurs, legs, entreprises), ce qui ne correspond pas à votre parcours actuel. Nous ne présenterons donc pas votre candidature à notre client.</p>
<p>Votre expérience de l'événementiel et des partenariats reste intéressante pour des postes de chargé·e de partenariats : n'hésitez pas à suivre nos offres et à revenir vers moi.</p>
<p>Bien cordialement,</p>
<p><b>Julien Vasseur</b><br>Consultant – Pôle Associations &amp; Fondations<br>Orée RH<br>06 12 84 40 73</p>
</td></tr>
<tr><td style="padding:12px 20px;font-size:10px;color:#777;border-top:1px solid #ddd;">
Orée RH SAS au capital de 20 000 € – RCS Lyon 812 447 019 – 18 quai Saint-Antoine, 69002 Lyon.<br>
Conformément au RGPD, vous pouvez demander la suppression de vos données : <a href="https://t.oree-rh.example.fr/c/eJx1kM1uwyAQhF9lxb1g" style="color:#777;">gérer mes données</a>.
</td></tr></table>
<img src="https://t.oree-rh.example.fr/o/eJx1kM1uwyAQhF9lxb1g.gif" width="1" height="1" alt="">
</body></html>
""",
))

add(dict(
    kind="rejection", scen="brussels_after_interview", lang="fr",
    company="Atelier Théâtral de Forest", contact="v.dethier@atf-forest.example.be",
    frm=("Véronique Dethier", "v.dethier@atf-forest.example.be"), hdr_cs="windows-1252",
    subject="Votre candidature - Chargée de relations partenaires",
    date="2026-05-18 10:31 +0200", struct="plain", charset="windows-1252", cte="quoted-printable",
    text="""Chère Madame Kouassi-Leroux,

Merci encore d’avoir fait le déplacement jusqu’à Forest mercredi passé. L’équipe a apprécié votre énergie et vos idées pour la fête de quartier de septembre.

Après délibération, nous avons choisi de confier le poste à une candidate déjà familiarisée avec les subsides de la Fédération Wallonie-Bruxelles et de la COCOF, ce qui est déterminant pour nous cette année. Je suis consciente que ce n’est pas la réponse que vous espériez.

Je vous souhaite beaucoup de succès pour la suite et j’espère vous croiser à l’un de nos spectacles.

Bien à vous,

Véronique Dethier
Directrice administrative
Atelier Théâtral de Forest asbl
Rue du Curé 27 – 1190 Forest
+32 2 340 71 19
""",
))

add(dict(
    kind="rejection", scen="geneva_successfactors", lang="fr",
    company="Fondation Léman Solidaire", contact="",
    frm=("Fondation Léman Solidaire - Recrutement", "fondationlemansolidaire@successfactors.eu"),
    subject="Fondation Léman Solidaire – Votre candidature (ID 40317)",
    date="2026-06-03 08:12 +0200", struct="alt", charset="utf-8", cte="quoted-printable",
    text="""Madame Kouassi-Leroux,

Nous vous remercions de votre intérêt pour le poste de Responsable des partenariats institutionnels (80-100 %) au sein de la Fondation Léman Solidaire.

Nous avons reçu un nombre important de dossiers de grande qualité. Après un examen attentif, nous regrettons de vous informer que votre candidature n'a pas été retenue pour la suite du processus.

Conformément à la loi fédérale sur la protection des données (LPD), votre dossier sera conservé pendant six mois, puis détruit.

Veuillez agréer, Madame, nos salutations distinguées.

Ressources humaines
Fondation Léman Solidaire
Route de Ferney 150 - 1202 Genève

Ce message est envoyé par un système automatique. Les réponses à cette adresse ne sont pas traitées.
""",
    html="""<html><head><meta charset="utf-8"></head>
<body style="font-family:'72',Arial,sans-serif;font-size:14px;color:#32363a;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="620" cellpadding="0" cellspacing="0" style="border:1px solid #d9d9d9;">
<tr><td style="padding:18px 24px;"><img src="https://career5.successfactors.eu/ui/uicore/img/fls/logo.png" alt="Fondation Léman Solidaire" width="160"></td></tr>
<tr><td style="padding:0 24px 20px 24px;line-height:20px;">
<p>Madame Kouassi-Leroux,</p>
<p>Nous vous remercions de votre intérêt pour le poste de <b>Responsable des partenariats institutionnels (80-100&nbsp;%)</b> au sein de la Fondation Léman Solidaire.</p>
<p>Nous avons reçu un nombre important de dossiers de grande qualité. Après un examen attentif, nous regrettons de vous informer que votre candidature n'a pas été retenue pour la suite du processus.</p>
<p>Conformément à la loi fédérale sur la protection des données (LPD), votre dossier sera conservé pendant six mois, puis détruit.</p>
<p>Veuillez agréer, Madame, nos salutations distinguées.</p>
<p>Ressources humaines<br>Fondation Léman Solidaire<br>Route de Ferney 150 - 1202 Genève</p>
</td></tr>
<tr><td style="background:#f7f7f7;padding:10px 24px;font-size:11px;color:#6a6d70;">Ce message est envoyé par un système automatique. Les réponses à cette adresse ne sont pas traitées.</td></tr>
</table></td></tr></table>
</body></html>
""",
))

add(dict(
    kind="rejection", scen="montreal_festival_tu", lang="fr",
    company="Festival Lumières du Plateau", contact="gtremblay@lumieresduplateau.example.ca",
    frm=("Geneviève Tremblay", "gtremblay@lumieresduplateau.example.ca"),
    subject="Poste de coordonnatrice aux partenariats",
    date="2026-03-24 15:40 -0400", struct="plain", charset="utf-8", cte="8bit",
    text="""Bonjour Amandine,

Merci d'avoir pris le temps de postuler pour le poste de coordonnatrice aux partenariats et aux commandites. On a bien aimé ton dossier (et ta lettre était vraiment le fun à lire!).

Par contre, on a décidé d'aller de l'avant avec une candidate d'ici qui connaît déjà bien le milieu des commanditaires montréalais, un atout important vu que l'édition 2026 est dans à peine quatre mois.

Je te souhaite la meilleure des chances dans tes démarches, et si jamais tu passes à Montréal en juillet, viens faire un tour au festival!

Geneviève Tremblay
Directrice du développement | Festival Lumières du Plateau
514 555-0182
""",
))

add(dict(
    kind="rejection", scen="teamtailor_startup_tu", lang="fr",
    company="Kolibri Impact", contact="lou@kolibri-impact.example.fr",
    frm=("Kolibri Impact", "no-reply@teamtailor-mail.com"),
    reply_to=("Lou Gaborit", "lou@kolibri-impact.example.fr"),
    subject="Ta candidature chez Kolibri",
    date="2026-02-25 18:03 +0100", struct="alt", charset="utf-8", cte="quoted-printable",
    text="""Hello Amandine 👋

Merci d'avoir candidaté chez Kolibri pour le poste de Partnership Manager !

On a reçu plus de 200 candidatures (oui oui) et on a pris le temps de toutes les lire. On a fait le choix de continuer avec des profils qui ont déjà une expérience de vente B2B, ce qui n'est pas encore ton cas. On sait que c'est frustrant de recevoir ce genre de message, désolé 😕

Si tu veux un retour plus détaillé, réponds simplement à ce mail, je te répondrai avec plaisir.

Belle continuation !
Lou Gaborit – People & Culture, Kolibri Impact

--
Kolibri Impact SAS · 8 rue Léon Blum, 44000 Nantes
Tu reçois ce mail parce que tu as postulé via notre page carrière. Gérer mes données : https://kolibri.teamtailor.com/connect/privacy
""",
    html="""<!doctype html><html><body style="margin:0;background:#fff7ef;">
<table width="100%" cellspacing="0" cellpadding="0" style="background:#fff7ef;"><tr><td align="center" style="padding:30px 10px;">
<table width="560" cellspacing="0" cellpadding="0" style="background:#ffffff;border-radius:12px;font-family:'Helvetica Neue',Helvetica,Arial,sans-serif;font-size:15px;line-height:23px;color:#1d1d1b;">
<tr><td style="padding:28px 36px 0 36px;"><img src="https://assets.teamtailor-cdn.example.com/kolibri/logo.png" alt="Kolibri" width="110"></td></tr>
<tr><td style="padding:20px 36px;">
<p>Hello Amandine 👋</p>
<p>Merci d'avoir candidaté chez Kolibri pour le poste de <b>Partnership Manager</b> !</p>
<p>On a reçu plus de 200 candidatures (oui oui) et on a pris le temps de toutes les lire. On a fait le choix de continuer avec des profils qui ont déjà une expérience de vente B2B, ce qui n'est pas encore ton cas. On sait que c'est frustrant de recevoir ce genre de message, désolé 😕</p>
<p>Si tu veux un retour plus détaillé, réponds simplement à ce mail, je te répondrai avec plaisir.</p>
<p>Belle continuation !<br>Lou Gaborit – People &amp; Culture, Kolibri Impact</p>
</td></tr>
<tr><td style="padding:16px 36px 26px 36px;font-size:12px;color:#8a8a8a;">Kolibri Impact SAS · 8 rue Léon Blum, 44000 Nantes<br>
Tu reçois ce mail parce que tu as postulé via notre page carrière. <a href="https://kolibri.teamtailor.com/connect/privacy" style="color:#8a8a8a;">Gérer mes données</a></td></tr>
</table></td></tr></table>
<img src="https://trk.teamtailor-mail.com/o/3b6e0f1d8c.png" width="1" height="1" alt="">
</body></html>
""",
))

add(dict(
    kind="rejection", scen="greenhouse_after_first_call", lang="fr",
    company="Fairbloom", contact="",
    frm=("Fairbloom via Greenhouse", "no-reply@greenhouse-mail.io"),
    subject="Votre candidature chez Fairbloom",
    date="2026-04-16 19:22 +0200", struct="html", charset="utf-8", cte="base64",
    html="""<html><head><meta name="viewport" content="width=device-width"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#24292e;">
<div style="max-width:600px;margin:0 auto;">
<p><img src="https://s3.amazonaws.example.com/grnhse-prod/fairbloom/logo.png" alt="Fairbloom" height="40"></p>
<p>Bonjour Amandine,</p>
<p>Merci d'avoir pris le temps d'échanger avec Inès la semaine dernière au sujet du poste de Responsable partenariats associatifs.</p>
<p>Nous avons apprécié cette conversation. Après réflexion, nous avons décidé de ne pas poursuivre le processus avec vous : nous recherchons pour ce poste une personne ayant déjà géré un portefeuille de partenaires grands comptes, et votre expérience se situe aujourd'hui davantage du côté de l'événementiel.</p>
<p>Nous vous souhaitons le meilleur pour la suite et espérons recroiser votre route.</p>
<p>L'équipe Fairbloom</p>
<hr style="border:none;border-top:1px solid #e1e4e8;">
<p style="font-size:11px;color:#6a737d;">Fairbloom · 27 rue du Chemin Vert, 75011 Paris<br>
Powered by <a href="https://click.greenhouse-mail.io/ls/click?upn=u001.Qm9hT2x5cG9wZXJ0eQ-3D-3D" style="color:#6a737d;">Greenhouse</a> · <a href="https://click.greenhouse-mail.io/ls/click?upn=u001.cHJpdmFjeQ-3D-3D" style="color:#6a737d;">Politique de confidentialité</a></p>
</div>
<img src="https://click.greenhouse-mail.io/wf/open?upn=u001.b3Blbg-3D-3D" width="1" height="1" border="0" alt="">
</body></html>
""",
))

add(dict(
    kind="rejection", scen="quoted_invitation_outlook", lang="fr",
    company="Scène nationale de l'Estuaire", contact="c.morvan@sn-estuaire.example.fr",
    frm=("Claire Morvan", "c.morvan@sn-estuaire.example.fr"),
    subject="RE: Entretien - Chargée de mécénat et relations entreprises",
    date="2026-05-15 09:12 +0200", struct="plain", charset="utf-8", cte="quoted-printable",
    irt="<CAKx81mT9p2@mail.example.fr>",
    refs=["<AM0PR07MB61A2@sn-estuaire.example.fr>", "<CAKx81mT9p2@mail.example.fr>"],
    text="""Bonjour Madame Kouassi-Leroux,

Je fais suite à votre entretien avec Mme Rolland et moi-même le 7 mai. Nous ne retiendrons pas votre candidature pour ce poste.

Nous vous remercions pour votre disponibilité et vous souhaitons une bonne continuation.

Cordialement,

Claire Morvan
Secrétaire générale
Scène nationale de l'Estuaire
Tél. 02 40 22 91 30

De : Amandine Kouassi-Leroux <amandine.kl@example.fr>
Envoyé : jeudi 7 mai 2026 18:41
À : Claire Morvan <c.morvan@sn-estuaire.example.fr>
Objet : Re: Entretien - Chargée de mécénat et relations entreprises

Madame Morvan,

Merci beaucoup pour l'entretien de ce matin. La présentation du projet « Entreprises mécènes de l'Estuaire » m'a beaucoup plu et je reste très motivée par le poste.

Bien cordialement,
Amandine Kouassi-Leroux

De : Claire Morvan <c.morvan@sn-estuaire.example.fr>
Envoyé : mardi 28 avril 2026 11:03
À : Amandine Kouassi-Leroux <amandine.kl@example.fr>
Objet : Entretien - Chargée de mécénat et relations entreprises

Madame,

Votre candidature a retenu toute notre attention et nous avons le plaisir de vous convier à un entretien le jeudi 7 mai à 10h00, dans nos bureaux (1 rue des Frères-Pereire, Saint-Nazaire).

Vous rencontrerez Mme Rolland, directrice, et moi-même. Merci de nous confirmer votre présence.

Cordialement,
Claire Morvan
""",
))

add(dict(
    kind="rejection", scen="volunteer_asso_no_accents", lang="fr",
    company="Main Tendue 44", contact="patguerin44@mail.example.fr",
    frm=("Patrick Guerin", "patguerin44@mail.example.fr"),
    subject="candidature coordinatrice",
    date="2026-05-28 21:37 +0200", struct="plain", charset="utf-8", cte="7bit",
    text="""Bonjour Amandine

merci pour ta candidature au poste de coordinatrice evenements et partenariats. on a eu bcp de reponses et on a choisit de prendre quelqu un qui est deja benevole chez nous depuis 3 ans, c etait plus simple pour tout le monde.

desole pour la reponse un peu tardive, on est tous benevoles dans le bureau...
bonne chance pour la suite et n hesite pas a venir a la brocante solidaire le 14 juin !

Patrick
president Main Tendue 44
""",
))

# --- English ------------------------------------------------------------------------------

add(dict(
    kind="rejection", scen="lever_geneva_ngo", lang="en",
    company="International Council for Cultural Heritage", contact="",
    frm=("International Council for Cultural Heritage", "no-reply@hire.lever.co"),
    subject="Your application to International Council for Cultural Heritage",
    date="2026-03-19 14:00 +0100", struct="html", charset="utf-8", cte="quoted-printable",
    html="""<html><body style="background:#f5f6f8;margin:0;">
<table align="center" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#3a3a3a;">
<tr><td style="padding:30px 40px 10px 40px;"><img src="https://lever-client-logos.s3.example.com/icch-logo.png" alt="ICCH - International Council for Cultural Heritage" width="200"></td></tr>
<tr><td style="padding:10px 40px 30px 40px;line-height:24px;">
<p>Hi Amandine,</p>
<p>Thank you for your interest in the Institutional Partnerships Officer role at ICCH and for the time you put into your application.</p>
<p>We have now reviewed all applications and, unfortunately, we will not be progressing yours to the next stage. We received over 300 applications for this position, so we are not able to give individual feedback at this stage.</p>
<p>We hope you will keep an eye on <a href="https://jobs.lever.co/icch?lever-source=rejection_email">our open positions</a> and wish you every success in your search.</p>
<p>Best wishes,<br>People &amp; Culture<br>International Council for Cultural Heritage (ICCH)<br>Rue de Varembé 7, 1202 Geneva</p>
</td></tr>
<tr><td style="padding:14px 40px;font-size:11px;color:#9a9a9a;border-top:1px solid #eee;">Sent via Lever. <a href="https://hire.lever.co/privacy?u=a91f0c" style="color:#9a9a9a;">Privacy notice</a></td></tr>
</table>
<img src="https://hire.lever.co/email/track/open/5d2c7e11.gif" width="1" height="1" alt="">
</body></html>
""",
))

add(dict(
    kind="rejection", scen="agency_registered_england", lang="en",
    company="Harcourt & Lowe Fundraising", contact="priya.raman@harcourtlowe.example.com",
    frm=("Priya Raman", "priya.raman@harcourtlowe.example.com"),
    subject="Partnerships Manager (Brussels) - update",
    date="2026-02-06 16:45 +0000", struct="plain", charset="utf-8", cte="7bit",
    text="""Dear Amandine,

Thank you for your application for the Partnerships Manager post in our Brussels office, and for your patience while we worked through a very strong field.

I'm sorry to say that on this occasion we won't be taking your application further. The shortlist was built around candidates with direct experience of EU funding calls (Creative Europe in particular), and that weighed heavily in the panel's decision.

We'd be happy to keep your details on file for twelve months. If you'd rather we didn't, just reply and let me know.

Kind regards,

Priya Raman
Talent Partner
Harcourt & Lowe Fundraising
+44 20 7946 0321

Harcourt & Lowe Fundraising Ltd is registered in England and Wales, No. 07731904. Registered office: 41 Cowcross Street, London EC1M 6BP.
This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it.
""",
))

add(dict(
    kind="rejection", scen="icims_role_on_hold", lang="en",
    company="Mount Royal Institute of Arts", contact="",
    frm=("Mount Royal Institute of Arts Careers", "careers-noreply@mria.icims.com"),
    subject="Update on Req #2026-1184 Development Officer, Annual Giving",
    date="2026-04-21 11:30 -0400", struct="html", charset="utf-8", cte="quoted-printable",
    html="""<html><head><style>td{font-family:Georgia,serif;}</style></head><body>
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="640" cellpadding="0" cellspacing="0" style="border-top:6px solid #7a0019;">
<tr><td style="padding:20px;"><img src="https://careers-mria.icims.com/images/mria_wordmark.png" alt="Mount Royal Institute of Arts"></td></tr>
<tr><td style="padding:0 20px 20px 20px;font-size:15px;line-height:1.5;color:#222;">
<p>Dear Amandine,</p>
<p>We are writing to let you know that the <b>Development Officer, Annual Giving</b> position (Req #2026-1184) has been put on hold following a review of the structure of the Advancement Office.</p>
<p>As a result, we will not be proceeding with this recruitment and your application has been closed. Should the position be reopened, it will be posted again on our careers site and you are welcome to re-apply.</p>
<p>We appreciate your interest in Mount Royal Institute of Arts and apologize for any inconvenience.</p>
<p>Sincerely,<br>Talent Acquisition<br>Mount Royal Institute of Arts<br>1450 Sherbrooke Street West, Montréal, QC</p>
</td></tr>
<tr><td style="padding:12px 20px;font-size:11px;color:#777;background:#f4f4f4;">This is an automated message from iCIMS on behalf of Mount Royal Institute of Arts. Please do not reply to this email. <a href="https://careers-mria.icims.com/jobs/login?mode=unsubscribe&amp;hashed=-435621">Manage your communication preferences</a>.</td></tr>
</table></td></tr></table>
<img src="https://mria.icims.com/icims2?track=open&amp;id=883201" width="1" height="1">
</body></html>
""",
))

add(dict(
    kind="rejection", scen="hiring_manager_iphone_en", lang="en",
    company="Northlight Festival", contact="tom@northlightfestival.example.com",
    frm=("Tom Whitaker", "tom@northlightfestival.example.com"),
    subject="Re: Thanks for today",
    date="2026-06-12 07:58 +0200", struct="plain", charset="utf-8", cte="7bit",
    irt="<8A7C1E2D-77F0-4B1C-9C1A-3E55AA01D2F4@example.fr>",
    text="""Hi Amandine - thanks again for your time on Tuesday. We've decided to go with another candidate for this one. All the best.
Tom

Sent from my iPhone

> On 9 Jun 2026, at 18:20, Amandine Kouassi-Leroux <amandine.kl@example.fr> wrote:
>
> Dear Tom,
>
> Thank you for taking the time to meet me today about the Sponsorship Lead role at Northlight Festival. I really enjoyed hearing about the plans for the Tempelhof stage, and I'm looking forward to hearing about next steps.
>
> Best regards,
> Amandine
""",
))

add(dict(
    kind="rejection", scen="ashby_after_case_study", lang="en",
    company="Tidepool Giving", contact="hannah@tidepool.example.de",
    frm=("Tidepool Giving", "no-reply@ashbyhq.com"),
    reply_to=("Hannah Brandt", "hannah@tidepool.example.de"),
    subject="Following up",
    date="2026-07-02 17:10 +0200", struct="alt", charset="utf-8", cte="quoted-printable",
    text="""Hi Amandine,

Thank you for the time you put into the partnerships case study. The team went through it carefully - your event concept for the donor circle was genuinely creative.

After a lot of discussion we've decided not to move forward with your application. For this role we need someone who has already run a corporate giving programme end to end, and the other finalists were further along on that.

I know this isn't the news you were hoping for. If a short call with feedback would help, just reply here and we'll find a slot.

Best,
Hannah Brandt
Head of People, Tidepool Giving

Tidepool Giving GmbH | Lohmühlenstraße 65, 12435 Berlin | Geschäftsführer: Malte Richter | HRB 230114 B
""",
    html="""<div style="font-family:-apple-system,Segoe UI,Roboto,sans-serif;font-size:14px;line-height:1.6;color:#1f2937;max-width:560px;">
<p>Hi Amandine,</p>
<p>Thank you for the time you put into the partnerships case study. The team went through it carefully - your event concept for the donor circle was genuinely creative.</p>
<p>After a lot of discussion we've decided not to move forward with your application. For this role we need someone who has already run a corporate giving programme end to end, and the other finalists were further along on that.</p>
<p>I know this isn't the news you were hoping for. If a short call with feedback would help, just reply here and we'll find a slot.</p>
<p>Best,<br>Hannah Brandt<br>Head of People, Tidepool Giving</p>
<p style="font-size:11px;color:#9ca3af;">Tidepool Giving GmbH | Lohmühlenstraße 65, 12435 Berlin | Geschäftsführer: Malte Richter | HRB 230114 B<br>
Sent with <a href="https://app.ashbyhq.com/r/3f9b2c?utm_source=email" style="color:#9ca3af;">Ashby</a></p>
</div>
""",
))

add(dict(
    kind="rejection", scen="smartrecruiters_acronym_brussels", lang="en",
    company="ENCF", contact="",
    frm=("ENCF Talent Acquisition", "noreply@smartrecruiters.com"),
    subject="Your application for Fundraising & Partnerships Coordinator",
    date="2026-08-27 10:05 +0200", struct="html", charset="utf-8", cte="base64",
    html="""<!DOCTYPE html><html><body style="margin:0;padding:0;">
<table width="100%" bgcolor="#eef1f4" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px;">
<table width="600" bgcolor="#ffffff" cellpadding="0" cellspacing="0" style="font-family:Arial,sans-serif;color:#333;font-size:14px;">
<tr><td style="padding:24px 30px;border-bottom:1px solid #e5e5e5;"><img src="https://c.smartrecruiters.com/sr-company-logo-prod/encf.png" alt="ENCF" height="42"></td></tr>
<tr><td style="padding:24px 30px;line-height:22px;">
<p>Dear Amandine,</p>
<p>Thank you for applying for the Fundraising &amp; Partnerships Coordinator position at ENCF in Brussels.</p>
<p>After careful consideration, we regret to inform you that we will not be moving forward with your application. This decision was not easy given the quality of the candidates we met.</p>
<p>We will keep your profile in our talent community, and you will be notified of future openings that match your interests.</p>
<p>Kind regards,<br>ENCF Recruitment Team<br>Rue Royale 94, 1000 Brussels</p>
</td></tr>
<tr><td style="padding:16px 30px;font-size:11px;color:#999;">
<a href="https://jobs.smartrecruiters.com/unsubscribe?c=ENCF&amp;t=7741ee" style="color:#999;">Unsubscribe</a> from the ENCF talent community · Powered by SmartRecruiters
</td></tr></table>
</td></tr></table>
<img src="https://email.smartrecruiters.com/o/2a71cc9d" width="1" height="1" alt="" style="display:none;">
</body></html>
""",
))

# --- Spanish ------------------------------------------------------------------------------

add(dict(
    kind="rejection", scen="madrid_foundation_usted", lang="es",
    company="Fundación Olivar de las Artes", contact="",
    frm=("Fundación Olivar de las Artes", "rrhh@fundacionolivar.example.es"), hdr_cs="iso-8859-1",
    subject="Proceso de selección: Técnico/a de Captación de Fondos y Alianzas",
    date="2026-01-29 13:20 +0100", struct="plain", charset="iso-8859-1", cte="quoted-printable",
    text="""Estimada Sra. Kouassi-Leroux:

Le agradecemos sinceramente el interés mostrado en el puesto de Técnico/a de Captación de Fondos y Alianzas de nuestra Fundación.

Lamentamos comunicarle que, tras valorar detenidamente todas las candidaturas recibidas, su perfil no ha sido seleccionado para continuar en el proceso.

Conservaremos sus datos durante un año para futuros procesos, de acuerdo con el Reglamento General de Protección de Datos.

Atentamente,

Departamento de Recursos Humanos
Fundación Olivar de las Artes
C/ Almagro 14, 28010 Madrid
""",
))

add(dict(
    kind="rejection", scen="startup_tu_mobile", lang="es",
    company="Reciclalia", contact="carlos@reciclalia.example.es",
    frm=("Carlos Ibáñez", "carlos@reciclalia.example.es"),
    subject="Tu candidatura en Reciclalia",
    date="2026-06-20 11:02 +0200", struct="plain", charset="utf-8", cte="8bit",
    text="""¡Hola Amandine!

Mil gracias por la charla del jueves, de verdad que nos lo pasamos genial. Al final hemos decidido seguir con otra persona que ya está en Madrid y puede incorporarse ya, que para nosotros ahora mismo es clave.

Ojalá coincidamos en otra ocasión, ¡y mucha suerte con la búsqueda!

Un abrazo,
Carlos

Enviado desde mi móvil
""",
))

add(dict(
    kind="rejection", scen="agency_names_museum", lang="es",
    company="Museo de la Imprenta de Chamberí", contact="marta.gil@talentosocial.example.es",
    frm=("Talento Social Consultores", "procesos@talentosocial.example.es"),
    reply_to=("Marta Gil", "marta.gil@talentosocial.example.es"),
    subject="Proceso Responsable de Patrocinios y Mecenazgo",
    date="2026-05-06 09:47 +0200", struct="html", charset="utf-8", cte="quoted-printable",
    html="""<html><body style="font-family:Tahoma,Arial,sans-serif;font-size:13px;color:#2b2b2b;">
<table width="620" cellpadding="0" cellspacing="0" style="border:1px solid #e0e0e0;">
<tr><td style="background:#0b6e4f;padding:12px 18px;color:#ffffff;font-size:18px;"><img src="https://talentosocial.example.es/img/logo-mail.png" alt="Talento Social Consultores" height="30" style="vertical-align:middle;"></td></tr>
<tr><td style="padding:18px;line-height:1.6;">
<p>Hola Amandine:</p>
<p>Te escribimos en relación con el proceso de <strong>Responsable de Patrocinios y Mecenazgo</strong> que gestionamos para nuestro cliente, el <strong>Museo de la Imprenta de Chamberí</strong>.</p>
<p>Queremos agradecerte el tiempo dedicado a la entrevista telefónica. El museo ha decidido continuar con otros perfiles cuya experiencia se ajusta más a las necesidades actuales del puesto, por lo que no seguiremos adelante con tu candidatura en este proceso.</p>
<p>Tu perfil queda en nuestra base de datos y te tendremos en cuenta para futuras oportunidades en el sector cultural.</p>
<p>Un saludo cordial,</p>
<p><b>Marta Gil</b><br>Consultora de Selección<br>Talento Social Consultores<br>Tel. 910 55 27 48</p>
</td></tr>
<tr><td style="padding:10px 18px;font-size:10px;color:#888;background:#f6f6f6;">Talento Social Consultores S.L. - C/ Fuencarral 121, 28010 Madrid. Este mensaje es confidencial. Si no desea recibir más comunicaciones, <a href="https://talentosocial.example.es/baja?id=88412" style="color:#888;">haga clic aquí</a>.</td></tr>
</table>
<img src="https://talentosocial.example.es/px/88412.gif" width="1" height="1" alt="">
</body></html>
""",
))

add(dict(
    kind="rejection", scen="taleo_filled_internally", lang="es",
    company="Universidad Europea del Manzanares", contact="",
    frm=("Universidad Europea del Manzanares - Empleo", "uem@taleo.net"), hdr_cs="windows-1252",
    subject="Estado de su candidatura - Ref. 26-0391 Gestor/a de Relaciones con Empresas",
    date="2026-07-15 12:00 +0200", struct="html", charset="windows-1252", cte="quoted-printable",
    html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body><font face="Arial" size="2">
<table width="600" border="0" cellspacing="0" cellpadding="6">
<tr><td><img src="https://uem.taleo.net/careersection/theme/uem/logo_uem.gif" alt="Universidad Europea del Manzanares"></td></tr>
<tr><td>
<p>Estimada Amandine Kouassi-Leroux:</p>
<p>Le escribimos en relación con su candidatura al puesto de Gestor/a de Relaciones con Empresas (Ref. 26-0391) de la Oficina de Mecenazgo y Alumni.</p>
<p>Le informamos de que la vacante ha sido cubierta mediante promoción interna, por lo que el proceso de selección externo queda cerrado y su candidatura no continuará adelante.</p>
<p>Agradecemos el interés mostrado en formar parte de nuestra comunidad universitaria y le animamos a consultar nuestro portal de empleo.</p>
<p>Reciba un cordial saludo,</p>
<p>Servicio de Selección y Desarrollo<br>Universidad Europea del Manzanares</p>
</td></tr>
<tr><td><font size="1" color="#808080">Este correo se ha generado automáticamente; por favor, no responda a este mensaje. Universidad Europea del Manzanares – Paseo de la Ermita del Santo 40, 28011 Madrid.</font></td></tr>
</table></font>
</body></html>
""",
))

add(dict(
    kind="rejection", scen="theatre_after_interview_gmail_quote", lang="es",
    company="Asociación Teatro Abierto de Lavapiés", contact="elena@teatroabierto.example.es",
    frm=("Elena Ruiz Candela", "elena@teatroabierto.example.es"),
    subject="Re: Gracias por la entrevista",
    date="2026-04-27 10:15 +0200", struct="plain", charset="utf-8", cte="quoted-printable",
    irt="<CAKx81mW2e-Lvp@mail.example.fr>",
    text="""Hola Amandine,

Gracias a ti por tu mensaje y por tu tiempo el martes. Te escribo para contarte que finalmente no vamos a contar contigo para la coordinación de patrocinios: el equipo se ha decantado por una persona con más recorrido en subvenciones públicas de la Comunidad de Madrid.

Siento no traer mejores noticias. Tu propuesta para el ciclo de verano nos pareció muy buena y, si te parece bien, me gustaría tenerte en cuenta para colaboraciones puntuales.

Un abrazo,
Elena

--
Elena Ruiz Candela
Directora de producción
Asociación Teatro Abierto de Lavapiés
C/ Argumosa 11 · 28012 Madrid

El mié, 22 abr 2026 a las 19:04, Amandine Kouassi-Leroux (<amandine.kl@example.fr>) escribió:
> Hola Elena:
>
> Muchas gracias por la entrevista de ayer. Salí muy contenta de la conversación y con muchas ganas de formar parte del equipo. Quedo a la espera de vuestras noticias sobre la oferta y, si necesitáis referencias, os las envío encantada.
>
> Un saludo,
> Amandine
""",
))

# --- German -------------------------------------------------------------------------------

add(dict(
    kind="rejection", scen="personio_ggmbh", lang="de",
    company="Spreewerk Kultur", contact="",
    frm=("Spreewerk Kultur gGmbH", "spreewerk-kultur@mail.personio.de"),
    subject="Ihre Bewerbung als Referentin Fundraising & Partnerschaften (m/w/d)",
    date="2026-03-02 10:14 +0100", struct="html", charset="utf-8", cte="quoted-printable",
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222;background:#ffffff;">
<table width="600" cellpadding="0" cellspacing="0" align="center">
<tr><td style="padding:20px 0;"><img src="https://spreewerk.jobs.personio.de/assets/logo.png" alt="Spreewerk Kultur" width="150"></td></tr>
<tr><td style="line-height:1.6;">
<p>Sehr geehrte Frau Kouassi-Leroux,</p>
<p>vielen Dank für Ihre Bewerbung als Referentin Fundraising &amp; Partnerschaften (m/w/d) und das damit verbundene Interesse an Spreewerk Kultur.</p>
<p>Leider müssen wir Ihnen mitteilen, dass wir uns nach sorgfältiger Prüfung für andere Kandidat*innen entschieden haben, deren Profil noch besser zu den Anforderungen der Stelle passt.</p>
<p>Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute und viel Erfolg.</p>
<p>Mit freundlichen Grüßen<br>Ihr Team von Spreewerk Kultur</p>
<p style="font-size:11px;color:#888;margin-top:30px;">Bitte antworten Sie nicht auf diese E-Mail, sie wurde automatisch versendet.<br>
Spreewerk Kultur gGmbH · Holzmarktstraße 25 · 10243 Berlin · Geschäftsführerin: Dr. Anja Roloff · Amtsgericht Charlottenburg HRB 198245 B<br>
<a href="https://spreewerk.jobs.personio.de/privacy-policy?language=de" style="color:#888;">Datenschutzerklärung</a></p>
</td></tr></table>
</body></html>
""",
))

add(dict(
    kind="rejection", scen="softgarden_museum", lang="de",
    company="Museum für Stadtgeschichte Kreuzberg", contact="bewerbung@msk-berlin.example.de",
    frm=("Museum für Stadtgeschichte Kreuzberg", "noreply@softgarden.io"),
    reply_to="bewerbung@msk-berlin.example.de",
    subject="Absage: Ihre Bewerbung als Projektkoordinatorin Drittmittel und Sponsoring",
    date="2026-04-09 15:33 +0200", struct="alt", charset="utf-8", cte="base64",
    text="""Sehr geehrte Frau Kouassi-Leroux,

wir danken Ihnen für Ihr Interesse an der Stelle als Projektkoordinatorin Drittmittel und Sponsoring (E 11 TV-L) und für die Zusendung Ihrer Unterlagen.

Nach eingehender Prüfung aller Bewerbungen müssen wir Ihnen leider mitteilen, dass wir Sie im weiteren Auswahlverfahren nicht berücksichtigen können. Diese Entscheidung ist keine Bewertung Ihrer Person oder Qualifikation.

Für Rückfragen stehen wir Ihnen unter bewerbung@msk-berlin.example.de gern zur Verfügung.

Mit freundlichen Grüßen
Personalstelle
Museum für Stadtgeschichte Kreuzberg
Adalbertstraße 95a, 10999 Berlin
""",
    html="""<html><body>
<table cellpadding="0" cellspacing="0" width="100%" style="background:#f0f0f0;"><tr><td align="center" style="padding:16px;">
<table cellpadding="0" cellspacing="0" width="600" style="background:#fff;font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#333;">
<tr><td style="padding:20px 28px;"><img src="https://static.softgarden.io/company/msk/logo.svg" alt="Museum für Stadtgeschichte Kreuzberg" height="50"></td></tr>
<tr><td style="padding:0 28px 24px 28px;line-height:1.55;">
<p>Sehr geehrte Frau Kouassi-Leroux,</p>
<p>wir danken Ihnen für Ihr Interesse an der Stelle als <b>Projektkoordinatorin Drittmittel und Sponsoring (E 11 TV-L)</b> und für die Zusendung Ihrer Unterlagen.</p>
<p>Nach eingehender Prüfung aller Bewerbungen müssen wir Ihnen leider mitteilen, dass wir Sie im weiteren Auswahlverfahren nicht berücksichtigen können. Diese Entscheidung ist keine Bewertung Ihrer Person oder Qualifikation.</p>
<p>Für Rückfragen stehen wir Ihnen unter <a href="mailto:bewerbung@msk-berlin.example.de">bewerbung@msk-berlin.example.de</a> gern zur Verfügung.</p>
<p>Mit freundlichen Grüßen<br>Personalstelle<br>Museum für Stadtgeschichte Kreuzberg<br>Adalbertstraße 95a, 10999 Berlin</p>
</td></tr>
<tr><td style="padding:12px 28px;font-size:11px;color:#999;border-top:1px solid #eee;">Diese Nachricht wurde über softgarden versendet. <a href="https://app.softgarden.io/tracking/click?l=privacy&amp;c=msk" style="color:#999;">Datenschutz</a></td></tr>
</table></td></tr></table>
<img src="https://app.softgarden.io/tracking/open/0c91e7.gif" width="1" height="1" alt="">
</body></html>
""",
))

add(dict(
    kind="rejection", scen="startup_du_vague_subject", lang="de",
    company="Spendenwerk", contact="jonas@spendenwerk.example.de",
    frm=("Jonas Keller", "jonas@spendenwerk.example.de"),
    subject="Kurzes Update von uns",
    date="2026-05-11 17:40 +0200", struct="plain", charset="utf-8", cte="8bit",
    text="""Hey Amandine,

danke dir nochmal für das nette Gespräch letzte Woche! Wir haben jetzt alle Gespräche durch und uns - ehrlich gesagt nach langem Hin und Her - für jemanden entschieden, der schon fließend Deutsch spricht und das Berliner Stiftungsnetzwerk kennt. Für die Rolle ist das gerade leider wirklich wichtig.

Ich fand deine Ideen zu den Corporate-Volunteering-Events mega und würde mich freuen, wenn wir in Kontakt bleiben.

Viele Grüße
Jonas

--
Jonas Keller | Co-Founder & CEO | Spendenwerk
Spendenwerk GmbH · Oranienstraße 183 · 10999 Berlin
Geschäftsführer: Jonas Keller, Aylin Demir · Amtsgericht Charlottenburg HRB 221907 B
""",
))

add(dict(
    kind="rejection", scen="theatre_initiativbewerbung", lang="de",
    company="Theater am Ufer", contact="",
    frm=("Theater am Ufer – Verwaltung", "verwaltung@theater-am-ufer.example.de"), hdr_cs="windows-1252",
    subject="Ihre Initiativbewerbung",
    date="2026-02-03 11:12 +0100", struct="plain", charset="windows-1252", cte="quoted-printable",
    text="""Sehr geehrte Frau Kouassi-Leroux,

herzlichen Dank für Ihre Initiativbewerbung vom 12. Januar und Ihr Interesse an einer Mitarbeit im Bereich Sponsoring und Freundeskreis.

Leider haben wir derzeit keine passende Stelle zu besetzen, und auch für die kommende Spielzeit ist keine Erweiterung des Teams geplant. Wir bedauern, Ihnen keine positivere Nachricht geben zu können.

Ihre Unterlagen löschen wir gemäß DSGVO nach Abschluss des Vorgangs.

Mit freundlichen Grüßen

i. A. Birgit Sommer
Verwaltungsleitung
Theater am Ufer
Tempelhofer Ufer 10 – 10963 Berlin
""",
))

add(dict(
    kind="rejection", scen="foundation_quoted_invitation", lang="de",
    company="Stiftung Zukunftsraum Berlin", contact="k.albers@zukunftsraum-stiftung.example.de",
    frm=("Dr. Katrin Albers", "k.albers@zukunftsraum-stiftung.example.de"),
    subject="AW: Einladung zum Vorstellungsgespräch am 24. Juni",
    date="2026-07-01 16:05 +0200", struct="plain", charset="utf-8", cte="quoted-printable",
    irt="<FR2P281MB0E41C@zukunftsraum-stiftung.example.de>",
    text="""Liebe Frau Kouassi-Leroux,

nochmals vielen Dank für das offene und angenehme Gespräch am 24. Juni und für die Zeit, die Sie sich für die Präsentation genommen haben.

Wir haben uns die Entscheidung nicht leicht gemacht. Am Ende haben wir uns für eine Kandidatin entschieden, die bereits mehrere Jahre in der Berliner Stiftungsarbeit tätig war. Wir können Ihnen die Stelle daher leider nicht anbieten.

Für Ihren weiteren Weg wünsche ich Ihnen alles Gute.

Mit herzlichen Grüßen
Katrin Albers

Dr. Katrin Albers
Vorständin
Stiftung Zukunftsraum Berlin
Linienstraße 139 | 10115 Berlin
Tel. +49 30 2089 4410

Von: Dr. Katrin Albers <k.albers@zukunftsraum-stiftung.example.de>
Gesendet: Montag, 8. Juni 2026 09:15
An: Amandine Kouassi-Leroux <amandine.kl@example.fr>
Betreff: Einladung zum Vorstellungsgespräch am 24. Juni

Sehr geehrte Frau Kouassi-Leroux,

wir freuen uns, Sie zu einem Vorstellungsgespräch für die Position Referentin Partnerschaften & Fundraising einzuladen:

Mittwoch, 24. Juni 2026, 14:00 Uhr
Geschäftsstelle, Linienstraße 139, 10115 Berlin (2. OG)

Bitte bereiten Sie eine kurze Präsentation (10 Minuten) zu Ihren Ideen für unseren Unternehmensfreundeskreis vor. Über eine kurze Bestätigung würden wir uns freuen.

Mit freundlichen Grüßen
Katrin Albers
""",
))
