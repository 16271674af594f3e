# ruff: noqa: C408
"""Mail that is not about one of Amandine's applications: newsletters, alerts, other meanings of
the words, friends, her own sent mail, out-of-office replies, cold outreach. One spec each."""

from __future__ import annotations

from msgs122_common import ME, MY_SIG

OTHER: list[dict] = []
add = OTHER.append

BULK = {"Precedence": "bulk"}

# --- French -------------------------------------------------------------------------------

add(dict(
    kind="other", scen="culture_newsletter_bounce_back", lang="fr",
    frm=("Profession Culture", "newsletter@professionculture.example.fr"),
    subject="Refus après un entretien : 5 façons de rebondir | La Lettre n°212",
    date="2026-02-05 07:30 +0100", struct="alt", charset="utf-8", cte="quoted-printable",
    headers={"List-Id": "La Lettre de Profession Culture <lettre.professionculture.example.fr>",
             "List-Unsubscribe": "<https://professionculture.example.fr/desinscription?e=amandine.kl%40example.fr&l=212>, <mailto:desinscription@professionculture.example.fr?subject=lettre>",
             "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", **BULK},
    text="""LA LETTRE DE PROFESSION CULTURE - n°212 - février 2026
Voir la version en ligne : https://professionculture.example.fr/lettre/212

À LA UNE
Refus après un entretien : 5 façons de rebondir
"Nous avons le regret de vous informer que votre candidature n'a pas été retenue." Cette phrase, tout le monde l'a reçue. Demander un retour, relire ses notes d'entretien, garder le lien avec le jury... Nos conseils pour transformer un refus en étape.
Lire l'article : https://professionculture.example.fr/r/refus-apres-entretien?utm_source=lettre212

ENTRETIEN
"Le mécénat culturel est d'abord une affaire de relations" - rencontre avec Agnès Ferrand, directrice du mécénat d'une scène nationale.
https://professionculture.example.fr/r/entretien-ferrand?utm_source=lettre212

LES OFFRES DE LA SEMAINE
- Chargé·e de mécénat - Opéra (Lyon) : https://professionculture.example.fr/r/o/88121
- Responsable des partenariats - Festival de théâtre (Avignon) : https://professionculture.example.fr/r/o/88140
- Chargé·e de développement des publics - Musée (Lille) : https://professionculture.example.fr/r/o/88152

Vous recevez cette lettre car vous êtes inscrite sur professionculture.example.fr.
Se désinscrire : https://professionculture.example.fr/desinscription?e=amandine.kl%40example.fr&l=212
Profession Culture - 12 rue de la Chaussée-d'Antin, 75009 Paris
""",
    html="""<html><body style="margin:0;background:#f3efe6;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="620" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Georgia,serif;color:#222;">
<tr><td style="padding:8px 20px;font-family:Arial,sans-serif;font-size:11px;color:#888;text-align:right;"><a href="https://professionculture.example.fr/lettre/212" style="color:#888;">Voir la version en ligne</a></td></tr>
<tr><td style="padding:10px 20px;border-bottom:4px solid #b71c1c;"><img src="https://professionculture.example.fr/img/lettre-header.png" alt="La Lettre de Profession Culture" width="580"></td></tr>
<tr><td style="padding:20px;">
<p style="font-family:Arial,sans-serif;font-size:11px;color:#b71c1c;letter-spacing:1px;">À LA UNE</p>
<h1 style="font-size:24px;margin:0 0 10px 0;"><a href="https://professionculture.example.fr/r/refus-apres-entretien?utm_source=lettre212" style="color:#222;text-decoration:none;">Refus après un entretien : 5 façons de rebondir</a></h1>
<p style="font-size:15px;line-height:1.6;">« Nous avons le regret de vous informer que votre candidature n'a pas été retenue. » Cette phrase, tout le monde l'a reçue. Demander un retour, relire ses notes d'entretien, garder le lien avec le jury... Nos conseils pour transformer un refus en étape.</p>
<p><a href="https://professionculture.example.fr/r/refus-apres-entretien?utm_source=lettre212" style="font-family:Arial,sans-serif;color:#b71c1c;">Lire l'article →</a></p>
<hr style="border:none;border-top:1px solid #ddd;">
<p style="font-family:Arial,sans-serif;font-size:11px;color:#b71c1c;letter-spacing:1px;">ENTRETIEN</p>
<p style="font-size:15px;"><a href="https://professionculture.example.fr/r/entretien-ferrand?utm_source=lettre212" style="color:#222;">« Le mécénat culturel est d'abord une affaire de relations »</a> – rencontre avec Agnès Ferrand, directrice du mécénat d'une scène nationale.</p>
<hr style="border:none;border-top:1px solid #ddd;">
<p style="font-family:Arial,sans-serif;font-size:11px;color:#b71c1c;letter-spacing:1px;">LES OFFRES DE LA SEMAINE</p>
<ul style="font-size:14px;line-height:1.8;">
<li><a href="https://professionculture.example.fr/r/o/88121">Chargé·e de mécénat</a> – Opéra (Lyon)</li>
<li><a href="https://professionculture.example.fr/r/o/88140">Responsable des partenariats</a> – Festival de théâtre (Avignon)</li>
<li><a href="https://professionculture.example.fr/r/o/88152">Chargé·e de développement des publics</a> – Musée (Lille)</li>
</ul>
</td></tr>
<tr><td style="padding:16px 20px;background:#222;color:#aaa;font-family:Arial,sans-serif;font-size:11px;">Vous recevez cette lettre car vous êtes inscrite sur professionculture.example.fr.<br>
<a href="https://professionculture.example.fr/desinscription?e=amandine.kl%40example.fr&amp;l=212" style="color:#aaa;">Se désinscrire</a> · <a href="https://professionculture.example.fr/preferences" style="color:#aaa;">Gérer mes préférences</a><br>Profession Culture – 12 rue de la Chaussée-d'Antin, 75009 Paris</td></tr>
</table></td></tr></table>
<img src="https://professionculture.example.fr/t/o.gif?c=212&amp;e=ak77" width="1" height="1" alt="">
</body></html>
""",
))

add(dict(
    kind="other", scen="job_alert_digest_twelve_offers", lang="fr",
    frm=("Jobs d'Utilité - Alertes", "alertes@jobsdutilite.example.fr"),
    subject="12 nouvelles offres pour « mécénat » autour de Nantes",
    date="2026-03-09 06:15 +0100", struct="html", charset="utf-8", cte="quoted-printable",
    headers={"List-Id": "<alertes.jobsdutilite.example.fr>",
             "List-Unsubscribe": "<https://www.jobsdutilite.example.fr/alertes/stop?a=3381&u=4f2a81>", **BULK},
    html="""<html><body style="margin:0;background:#f4f1ea;font-family:'Trebuchet MS',Arial,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px;">
<table width="580" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:8px;">
<tr><td style="padding:18px 28px;border-bottom:1px solid #eee;"><img src="https://www.jobsdutilite.example.fr/static/mail/logo.png" alt="Jobs d'Utilité" height="34"></td></tr>
<tr><td style="padding:20px 28px 6px 28px;font-size:15px;color:#333;">Bonjour Amandine, voici les nouvelles offres correspondant à votre alerte <b>« mécénat » – Nantes (50 km)</b> :</td></tr>
<tr><td style="padding:6px 28px;">
<table width="100%" cellpadding="8" cellspacing="0" style="font-size:14px;">
<tr><td style="border-bottom:1px solid #f0f0f0;"><a href="https://www.jobsdutilite.example.fr/r/ck?t=j1&amp;a=3381" style="color:#1b5e20;font-weight:bold;">Chargé·e de mécénat et partenariats</a><br><span style="color:#777;">Fondation d'un CHU · Nantes · CDI</span></td></tr>
<tr><td style="border-bottom:1px solid #f0f0f0;"><a href="https://www.jobsdutilite.example.fr/r/ck?t=j2&amp;a=3381" style="color:#1b5e20;font-weight:bold;">Responsable développement des ressources</a><br><span style="color:#777;">Association d'éducation populaire · Saint-Herblain · CDI</span></td></tr>
<tr><td style="border-bottom:1px solid #f0f0f0;"><a href="https://www.jobsdutilite.example.fr/r/ck?t=j3&amp;a=3381" style="color:#1b5e20;font-weight:bold;">Chargé·e de relations entreprises (alternance)</a><br><span style="color:#777;">École de design · Nantes · Alternance</span></td></tr>
<tr><td style="border-bottom:1px solid #f0f0f0;"><a href="https://www.jobsdutilite.example.fr/r/ck?t=j4&amp;a=3381" style="color:#1b5e20;font-weight:bold;">Coordinateur·rice mécénat – Festival</a><br><span style="color:#777;">Festival de musiques actuelles · Clisson · CDD 10 mois</span></td></tr>
<tr><td><a href="https://www.jobsdutilite.example.fr/r/ck?t=all&amp;a=3381" style="color:#1b5e20;">Voir les 8 autres offres →</a></td></tr>
</table></td></tr>
<tr><td style="padding:18px 28px;font-size:11px;color:#999;">Vous recevez cet e-mail car vous avez créé l'alerte « mécénat ». <a href="https://www.jobsdutilite.example.fr/alertes/edit?a=3381" style="color:#999;">Modifier</a> · <a href="https://www.jobsdutilite.example.fr/alertes/stop?a=3381&amp;u=4f2a81" style="color:#999;">Supprimer cette alerte</a><br>Jobs d'Utilité SAS – 40 rue de Paradis, 75010 Paris</td></tr>
</table></td></tr></table>
<img src="https://www.jobsdutilite.example.fr/o.gif?u=4f2a81&amp;m=alert3381" width="1" height="1" alt="">
</body></html>
""",
))

add(dict(
    kind="other", scen="podcast_guest_interview_tu", lang="fr",
    contact="romane@voixdeless.example.fr",
    frm=("Romane Kerbrat", "romane@voixdeless.example.fr"),
    subject="Une interview pour Les Voix de l'ESS ?",
    date="2026-04-23 10:48 +0200", struct="plain", charset="utf-8", cte="8bit",
    text="""Salut Amandine,

Je suis Romane, je produis le podcast Les Voix de l'ESS (on a fait un épisode avec la Fabrique des Quais l'an dernier, c'est Benoît qui m'a donné ton contact).

On prépare une série sur les reconversions vers le mécénat et la collecte de fonds, et ton parcours d'organisatrice d'événements qui passe aux partenariats colle parfaitement. Est-ce que tu accepterais une interview d'environ 45 minutes ? On enregistre dans notre studio à Nantes (quartier Madeleine-Champ-de-Mars) ou à distance, en mai ou juin.

Rien à préparer, on t'envoie les thèmes à l'avance.

Belle journée !
Romane
Les Voix de l'ESS – le podcast des gens qui font l'économie sociale
""",
))

add(dict(
    kind="other", scen="press_interview_request", lang="fr",
    contact="a.lebreton@ouest-rivages.example.fr",
    frm=("Aurélien Lebreton", "a.lebreton@ouest-rivages.example.fr"),
    subject="Demande d'interview - article sur les Soirées des Quais",
    date="2026-06-29 16:22 +0200", struct="plain", charset="iso-8859-1", cte="quoted-printable",
    hdr_cs="iso-8859-1",
    text="""Bonjour Madame Kouassi-Leroux,

Je suis journaliste au service culture d'Ouest-Rivages. Je prépare un article sur les dix ans des Soirées des Quais, dont vous avez coordonné les trois dernières éditions.

Accepteriez-vous de m'accorder une interview, par téléphone ou autour d'un café, d'ici le 8 juillet ? Je souhaiterais notamment revenir sur le modèle de financement par les entreprises locales, qui intrigue beaucoup nos lecteurs.

Vous pouvez me joindre au 06 22 48 15 90 ou en répondant à ce message.

Bien cordialement,

Aurélien Lebreton
Journaliste - rubrique Culture
Ouest-Rivages - édition de Nantes
""",
))

add(dict(
    kind="other", scen="user_research_interview_app", lang="fr",
    contact="chloe.r@lumo-app.example.fr",
    frm=("Chloé de Lumo", "chloe.r@lumo-app.example.fr"),
    subject="30 min pour améliorer Lumo ? (entretien utilisateur + 20 € offerts)",
    date="2026-05-06 11:00 +0200", struct="html", charset="utf-8", cte="quoted-printable",
    html="""<div style="font-family:Inter,Arial,sans-serif;font-size:15px;line-height:1.6;color:#222;max-width:560px;">
<p><img src="https://cdn.lumo-app.example.fr/mail/lumo-logo.png" alt="Lumo - votre agenda culturel" height="28"></p>
<p>Bonjour Amandine,</p>
<p>Je suis Chloé, chercheuse UX chez Lumo. Vous utilisez Lumo depuis plus d'un an pour repérer des concerts et des expos à Nantes, et nous aimerions beaucoup avoir votre avis.</p>
<p>Nous organisons des <b>entretiens utilisateurs de 30 minutes</b> en visio, la semaine du 18 mai, pour comprendre comment vous choisissez vos sorties. Il n'y a pas de bonne ou de mauvaise réponse !</p>
<p>Pour vous remercier, nous vous offrons une carte cadeau de 20 € chez un disquaire indépendant.</p>
<p>Intéressée ? Répondez simplement à ce mail avec deux ou trois créneaux qui vous arrangent.</p>
<p>Merci d'avance,<br>Chloé Rivière<br>UX Researcher · Lumo</p>
<p style="font-size:11px;color:#999;">Lumo SAS · 3 rue Kervégan, 44000 Nantes · <a href="https://lumo-app.example.fr/e/unsub?u=ak77&amp;c=research" style="color:#999;">Ne plus recevoir d'invitations à des études</a></p>
<img src="https://lumo-app.example.fr/e/o.gif?u=ak77&amp;c=research" width="1" height="1" alt="">
</div>
""",
))

add(dict(
    kind="other", scen="ticket_waiting_list_position", lang="fr",
    frm=("Festival des Trois Rivières - Billetterie", "no-reply@billetterie-3rivieres.example.fr"),
    subject="Votre position dans la liste d'attente",
    date="2026-04-03 12:00 +0200", struct="html", charset="utf-8", cte="base64",
    html="""<html><body style="font-family:Arial,sans-serif;background:#101820;color:#fff;margin:0;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px;">
<table width="560" cellpadding="0" cellspacing="0" style="background:#1c2a38;border-radius:6px;">
<tr><td style="padding:20px;"><img src="https://billetterie-3rivieres.example.fr/img/logo-3r.png" alt="Festival des Trois Rivières 2026" width="200"></td></tr>
<tr><td style="padding:0 24px 24px 24px;font-size:15px;line-height:1.6;">
<p>Bonjour Amandine,</p>
<p>Le pass 3 jours est actuellement complet. Vous êtes bien inscrite sur la liste d'attente.</p>
<p style="font-size:32px;font-weight:bold;color:#fcb900;margin:10px 0;">Votre position : 214</p>
<p>Dès qu'un pass est remis en vente, la personne en tête de liste reçoit un lien valable 2 heures. Pensez à surveiller vos e-mails et vos SMS.</p>
<p><a href="https://billetterie-3rivieres.example.fr/c?l=waitlist-status&amp;u=ak77" style="color:#fcb900;">Voir ma position en temps réel</a></p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:10px;color:#8899aa;">Merci de ne pas répondre à cet e-mail automatique. <a href="https://billetterie-3rivieres.example.fr/cgv" style="color:#8899aa;">CGV</a> · <a href="https://billetterie-3rivieres.example.fr/desinscription?u=ak77" style="color:#8899aa;">Se désinscrire</a></td></tr>
</table></td></tr></table>
</body></html>
""",
))

add(dict(
    kind="other", scen="parcel_unfortunately_delayed", lang="fr",
    frm=("ColiRapide", "suivi@colirapide.example.fr"),
    subject="Malheureusement, votre colis est retardé",
    date="2026-02-20 18:41 +0100", struct="html", charset="utf-8", cte="quoted-printable",
    html="""<html><body style="margin:0;background:#eeeeee;font-family:Arial,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:16px;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;">
<tr><td style="background:#ffcc00;padding:14px 20px;"><img src="https://www.colirapide.example.fr/mail/logo.png" alt="ColiRapide" height="30"></td></tr>
<tr><td style="padding:22px 20px;font-size:14px;color:#333;line-height:1.6;">
<p>Bonjour,</p>
<p>Malheureusement, votre colis <b>n° 6A 4418 2291 07</b> (expéditeur : LIBRAIRIE LA VOIE LACTEE) a pris du retard suite à un incident sur notre plateforme de tri de Carquefou.</p>
<p>Nouvelle date de livraison estimée : <b>mardi 24 février 2026</b>.</p>
<p>Nous vous prions de nous excuser pour ce désagrément.</p>
<p><a href="https://www.colirapide.example.fr/suivi?c=6A44182291071&amp;utm_source=mail_retard" style="background:#333;color:#fff;padding:10px 18px;text-decoration:none;">Suivre mon colis</a></p>
</td></tr>
<tr><td style="padding:12px 20px;font-size:10px;color:#999;border-top:1px solid #eee;">Ce message est envoyé automatiquement, merci de ne pas y répondre. ColiRapide SA – 9 avenue des Marchés, 94150 Rungis.</td></tr>
</table></td></tr></table>
<img src="https://www.colirapide.example.fr/trk/o.gif?m=retard&amp;c=6A44182291071" width="1" height="1" alt="">
</body></html>
""",
))

add(dict(
    kind="other", scen="bank_loan_application_received", lang="fr",
    frm=("Banque Coopérative de l'Ouest", "conseiller@bco.example.fr"),
    subject="Votre demande de prêt a bien été reçue",
    date="2026-01-19 09:07 +0100", struct="alt", charset="utf-8", cte="quoted-printable",
    text="""Madame Kouassi-Leroux,

Nous vous confirmons la bonne réception de votre demande de prêt personnel (dossier n° 2026-PP-0044817, montant demandé : 6 000 €, durée : 36 mois).

Votre demande est en cours d'étude. Votre conseiller vous contactera sous 5 jours ouvrés pour vous communiquer la réponse de la banque. Pensez à déposer vos trois derniers bulletins de salaire dans votre espace client si ce n'est pas déjà fait.

Cordialement,

Votre agence Nantes Commerce
Banque Coopérative de l'Ouest

Un crédit vous engage et doit être remboursé. Vérifiez vos capacités de remboursement avant de vous engager.
Banque Coopérative de l'Ouest - société coopérative de banque - ORIAS 07 019 431.
""",
    html="""<html><body style="font-family:Arial,sans-serif;font-size:13px;color:#1d1d1d;">
<table width="600" cellpadding="0" cellspacing="0">
<tr><td style="border-bottom:3px solid #005a8c;padding:10px 0;"><img src="https://www.bco.example.fr/mail/logo-bco.png" alt="Banque Coopérative de l'Ouest" height="40"></td></tr>
<tr><td style="padding:18px 0;line-height:1.6;">
<p>Madame Kouassi-Leroux,</p>
<p>Nous vous confirmons la bonne réception de votre demande de prêt personnel (dossier n° 2026-PP-0044817, montant demandé : 6 000 €, durée : 36 mois).</p>
<p>Votre demande est en cours d'étude. Votre conseiller vous contactera sous 5 jours ouvrés pour vous communiquer la réponse de la banque. Pensez à déposer vos trois derniers bulletins de salaire dans votre <a href="https://www.bco.example.fr/particuliers/espace-client?src=mail">espace client</a> si ce n'est pas déjà fait.</p>
<p>Cordialement,<br>Votre agence Nantes Commerce<br>Banque Coopérative de l'Ouest</p>
</td></tr>
<tr><td style="font-size:10px;color:#777;border-top:1px solid #ddd;padding-top:8px;">Un crédit vous engage et doit être remboursé. Vérifiez vos capacités de remboursement avant de vous engager.<br>Banque Coopérative de l'Ouest – société coopérative de banque – ORIAS 07 019 431.</td></tr>
</table>
</body></html>
""",
))

add(dict(
    kind="other", scen="flat_application_not_retained", lang="fr",
    frm=("DossierLoc", "ne-pas-repondre@dossierloc.example.fr"),
    subject="Votre dossier de location n'a pas été retenu",
    date="2026-08-25 13:52 +0200", struct="plain", charset="utf-8", cte="quoted-printable",
    text="""Bonjour Amandine,

Nous sommes désolés : le propriétaire du logement « T2 lumineux – rue Paul-Bellamy, Nantes (780 € CC) » a choisi un autre dossier de candidature.

Votre dossier reste complet et vérifié. Vous pouvez l'envoyer en un clic pour d'autres annonces :
https://www.dossierloc.example.fr/annonces?ville=nantes&budget=800

Bon courage pour vos recherches !
L'équipe DossierLoc

Cet e-mail est envoyé automatiquement. Pour toute question : https://aide.dossierloc.example.fr
""",
))

add(dict(
    kind="other", scen="friend_forwards_own_rejection", lang="fr",
    contact="chloe.marchal@mail.example.fr",
    frm=("Chloé Marchal", "chloe.marchal@mail.example.fr"),
    subject="Fwd: Votre candidature au poste de chargée de production",
    date="2026-03-13 08:17 +0100", struct="plain", charset="utf-8", cte="8bit",
    text="""Regarde ce que j'ai reçu ce matin... encore un refus, le quatrième ce mois-ci 😩
Même pas d'entretien cette fois. Je commence à me dire que c'est mon CV le problème. Tu voudrais bien y jeter un œil ce week-end ? Je t'offre le brunch en échange !

Bises,
Chloé

---------- Forwarded message ---------
De : Recrutement Compagnie du Rivage <recrutement@cierivage.example.fr>
Date: jeu. 12 mars 2026 à 18:02
Subject: Votre candidature au poste de chargée de production
To: <chloe.marchal@mail.example.fr>

Madame,

Nous vous remercions pour l'intérêt que vous portez à notre compagnie. Après examen de votre dossier, nous sommes au regret de vous informer que votre candidature n'a pas été retenue pour un entretien.

Nous vous souhaitons plein succès dans vos démarches.

La Compagnie du Rivage
""",
))

add(dict(
    kind="other", scen="brussels_friend_own_interview", lang="fr",
    contact="lucas.dumont@courriel.example.be",
    frm=("Lucas Dumont", "lucas.dumont@courriel.example.be"),
    subject="Alors ??",
    date="2026-05-22 22:05 +0200", struct="plain", charset="utf-8", cte="8bit",
    text="""Salut ma belle,

Alors, j'ai eu mon entretien à l'Opéra hier pour le poste de régisseur ! Une heure et demie avec trois personnes, dont le directeur technique qui ne souriait jamais. Ils m'ont dit qu'ils me rappelleraient « dans le courant de la semaine prochaine »... on connaît la chanson. Je croise les doigts.

Et toi, tu as eu des nouvelles de la fondation à Forest ? Si tu montes à Bruxelles pour un entretien, tu dors à la maison, évidemment. On ira boire une Orval au Parvis.

Gros bisous,
Lucas
""",
))

add(dict(
    kind="other", scen="own_application_with_cv", lang="fr",
    frm=ME, to=[("Recrutement Fondation du Littoral Atlantique", "recrutement@fondation-littoral.example.fr")],
    subject="Candidature – Chargée de partenariats (réf. FLA-26-03)",
    date="2026-03-03 09:12 +0100", struct="mixed", charset="utf-8", cte="quoted-printable",
    headers={"X-Mailer": "Apple Mail (2.3826.500.181)"},
    text="""Madame, Monsieur,

Je vous prie de trouver ci-joint ma candidature au poste de chargée de partenariats (réf. FLA-26-03) publié sur le site de la Fondation.

Coordinatrice d'événements depuis six ans à la Fabrique des Quais, à Nantes, j'ai construit et animé un club de 22 entreprises partenaires, organisé les soirées de remerciement des mécènes et suivi les conventions de partenariat. Je souhaite aujourd'hui me consacrer pleinement à la relation avec les partenaires, au service d'une cause qui me tient à cœur : la protection du littoral.

Je serais heureuse de vous exposer ma motivation lors d'un entretien.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

""" + MY_SIG + "\n",
    attachments=[("CV_Amandine_Kouassi-Leroux.pdf", [
        "Amandine Kouassi-Leroux - Coordinatrice d'evenements / partenariats",
        "Nantes - 06 48 21 93 57 - amandine.kl@example.fr",
        "2020-2026 : Coordinatrice d'evenements, La Fabrique des Quais (Nantes)",
        "Club des partenaires : 22 entreprises, 140 000 EUR en 2025",
        "2018-2020 : Assistante de production, festival de musiques actuelles",
        "Formation : Master Management de la culture, Universite de Nantes",
        "Langues : francais, anglais (C1), espagnol (B2), allemand (B1)",
    ])],
))

add(dict(
    kind="other", scen="own_reply_confirming_new_slot", lang="fr",
    frm=ME, to=[("Isabelle Fourcade", "i.fourcade@opera-bordeaux-garonne.example.fr")],
    subject="RE: Invitation mise à jour : Entretien – Chargée de développement et mécénat @ ven. 24 avr. 2026 14:00 - 15:00",
    date="2026-04-17 10:03 +0200", struct="plain", charset="utf-8", cte="quoted-printable",
    irt="<AS8PR02MB7731B9C4@opera-bordeaux-garonne.example.fr>",
    refs=["<AS8PR02MB7731A3F0@opera-bordeaux-garonne.example.fr>", "<AS8PR02MB7731B9C4@opera-bordeaux-garonne.example.fr>"],
    text="""Madame Fourcade,

Je vous remercie pour votre message. Le vendredi 24 avril à 14h00 me convient tout à fait, je serai présente à l'entrée administrative du Grand-Théâtre.

Bien cordialement,
Amandine Kouassi-Leroux

De : Isabelle Fourcade <i.fourcade@opera-bordeaux-garonne.example.fr>
Envoyé : vendredi 17 avril 2026 09:12
À : Amandine Kouassi-Leroux <amandine.kl@example.fr>
Objet : Invitation mise à jour : Entretien – Chargée de développement et mécénat

Madame,

Mme Labarthe étant retenue jeudi matin par le conseil d'administration, nous devons déplacer votre entretien au vendredi 24 avril de 14h00 à 15h00, au même endroit. Merci de me confirmer que ce nouveau créneau vous convient.

Isabelle Fourcade
Opéra de Bordeaux-Garonne
""",
))

add(dict(
    kind="other", scen="agency_consultant_out_of_office", lang="fr",
    contact="m.perrin@talentsetsens.example.fr",
    frm=("Mathilde Perrin", "m.perrin@talentsetsens.example.fr"),
    subject="Réponse automatique : Re: Responsable mécénat – Fondation Hélios pour la Mer",
    date="2026-03-06 10:02 +0100", struct="plain", charset="utf-8", cte="quoted-printable",
    irt="<CAKx81mB7-tes0306@mail.example.fr>",
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    text="""Bonjour,

Je suis en congés jusqu'au lundi 16 mars inclus, sans accès à ma messagerie.

Pour toute urgence concernant un recrutement en cours, vous pouvez joindre le cabinet au 02 51 84 30 12.

Je vous répondrai dès mon retour.

Mathilde Perrin
Talents & Sens Conseil
""",
))

add(dict(
    kind="other", scen="headhunter_cold_outreach", lang="fr",
    contact="a.devilliers@kairos-executive.example.fr",
    frm=("Arnaud de Villiers", "a.devilliers@kairos-executive.example.fr"),
    subject="Opportunité – Direction du mécénat (confidentiel)",
    date="2026-09-08 08:34 +0200", struct="plain", charset="windows-1252", cte="quoted-printable",
    hdr_cs="windows-1252",
    text="""Bonjour Madame Kouassi-Leroux,

Je me permets de vous contacter après avoir découvert votre parcours sur LinkedIn.

J’accompagne actuellement une institution culturelle de premier plan, à Paris, dans la structuration de son pôle mécénat. Sans être une candidature à proprement parler, j’aimerais échanger avec vous sur votre expérience des clubs d’entreprises et, le cas échéant, sur votre intérêt pour ce type de projet dans les mois à venir.

Seriez-vous ouverte à un échange téléphonique informel de 20 minutes ?

Bien à vous,

Arnaud de Villiers
Associé – Kairos Executive
Recherche de dirigeants pour les secteurs culturel et philanthropique
+33 1 42 60 18 75
""",
))

add(dict(
    kind="other", scen="fundraisers_network_webinar", lang="fr",
    frm=("Réseau des Collecteurs de Fonds", "evenements@collecteurs-fonds.example.org"),
    subject="Webinaire jeudi : réussir son entretien d'embauche dans le fundraising",
    date="2026-06-15 12:30 +0200", struct="html", charset="utf-8", cte="quoted-printable",
    headers={"List-Id": "Evenements RCF <evenements.collecteurs-fonds.example.org>",
             "List-Unsubscribe": "<https://collecteurs-fonds.example.org/lists/unsubscribe?m=evt&u=8812>", **BULK},
    html="""<html><body style="margin:0;background:#eef2f5;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#2c3e50;">
<tr><td><img src="https://collecteurs-fonds.example.org/mail/banniere-webinaire.jpg" alt="Réseau des Collecteurs de Fonds – Webinaires de l'été" width="600"></td></tr>
<tr><td style="padding:24px;line-height:1.6;">
<h2 style="margin-top:0;">Réussir son entretien d'embauche dans le fundraising</h2>
<p><b>Jeudi 18 juin, 12h30-13h30 – en ligne, gratuit pour les membres</b></p>
<p>Questions pièges, mise en situation, négociation du salaire, que faire après un entretien manqué ou un refus : trois recruteuses spécialisées partagent leurs conseils pour décrocher un poste de chargé·e de collecte ou de mécénat.</p>
<p style="text-align:center;"><a href="https://collecteurs-fonds.example.org/r/webinaire-entretien?utm_campaign=ete26" style="background:#16a085;color:#fff;padding:12px 24px;text-decoration:none;border-radius:4px;">Je m'inscris</a></p>
<p>Aussi cet été : <a href="https://collecteurs-fonds.example.org/r/legs?utm_campaign=ete26">Les legs en 2026</a> · <a href="https://collecteurs-fonds.example.org/r/crm?utm_campaign=ete26">Choisir son CRM</a> · <a href="https://collecteurs-fonds.example.org/r/offres?utm_campaign=ete26">La bourse aux offres d'emploi</a></p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#7f8c8d;background:#f7f9fa;">Réseau des Collecteurs de Fonds – association loi 1901 – 8 rue de la Michodière, 75002 Paris.<br><a href="https://collecteurs-fonds.example.org/lists/unsubscribe?m=evt&amp;u=8812" style="color:#7f8c8d;">Se désabonner</a></td></tr>
</table></td></tr></table>
<img src="https://collecteurs-fonds.example.org/lists/track/open/8812/evt.png" width="1" height="1" alt="">
</body></html>
""",
))

add(dict(
    kind="other", scen="career_coach_newsletter_missed_interview", lang="fr",
    frm=("Cap Reconversion", "bonjour@capreconversion.example.fr"),
    subject="Vous avez raté un entretien ? Pas de panique",
    date="2026-07-14 08:00 +0200", struct="alt", charset="utf-8", cte="base64",
    headers={"List-Id": "Cap Reconversion <lettre.capreconversion.example.fr>",
             "List-Unsubscribe": "<https://capreconversion.example.fr/unsubscribe/ak77>", **BULK},
    text="""Bonjour Amandine,

Vous avez oublié un entretien, confondu les fuseaux horaires ou raté l'appel du recruteur ? Ça arrive à tout le monde.

Cette semaine dans la newsletter :
1. Le message d'excuse à envoyer dans l'heure (modèle inclus) - https://capreconversion.example.fr/l/excuses-entretien
2. Pourquoi un refus n'est jamais définitif - https://capreconversion.example.fr/l/refus
3. Atelier collectif gratuit "Préparer ses entretiens" à Nantes, le 21 juillet - https://capreconversion.example.fr/l/atelier-nantes

Bonne semaine,
Hugo, coach chez Cap Reconversion

Vous recevez cette newsletter car vous avez téléchargé notre guide "Changer de métier à 30 ans".
Se désinscrire : https://capreconversion.example.fr/unsubscribe/ak77
""",
    html="""<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#333;max-width:580px;margin:0 auto;">
<p><img src="https://capreconversion.example.fr/img/logo.png" alt="Cap Reconversion" height="36"></p>
<p>Bonjour Amandine,</p>
<p>Vous avez oublié un entretien, confondu les fuseaux horaires ou raté l'appel du recruteur ? <b>Ça arrive à tout le monde.</b></p>
<p>Cette semaine dans la newsletter :</p>
<ol>
<li><a href="https://capreconversion.example.fr/l/excuses-entretien">Le message d'excuse à envoyer dans l'heure</a> (modèle inclus)</li>
<li><a href="https://capreconversion.example.fr/l/refus">Pourquoi un refus n'est jamais définitif</a></li>
<li><a href="https://capreconversion.example.fr/l/atelier-nantes">Atelier collectif gratuit « Préparer ses entretiens »</a> à Nantes, le 21 juillet</li>
</ol>
<p>Bonne semaine,<br>Hugo, coach chez Cap Reconversion</p>
<p style="font-size:11px;color:#999;">Vous recevez cette newsletter car vous avez téléchargé notre guide « Changer de métier à 30 ans ». <a href="https://capreconversion.example.fr/unsubscribe/ak77" style="color:#999;">Se désinscrire</a></p>
<img src="https://capreconversion.example.fr/o/ak77/0714.gif" width="1" height="1" alt="">
</body></html>
""",
))

add(dict(
    kind="other", scen="job_counsellor_follow_up_meeting", lang="fr",
    contact="s.pichon@mission-emploi-culture.example.fr",
    frm=("Sandrine Pichon", "s.pichon@mission-emploi-culture.example.fr"),
    subject="Notre entretien de suivi de mardi",
    date="2026-01-28 15:10 +0100", struct="plain", charset="utf-8", cte="quoted-printable",
    text="""Bonjour Amandine,

Je vous confirme notre entretien de suivi le mardi 3 février à 14h00, dans nos locaux du 5 allée Duguay-Trouin (2e étage).

Nous ferons le point sur vos candidatures en cours et sur le financement de la formation au mécénat dont nous avions parlé. Pensez à apporter votre CV à jour et la liste des structures que vous avez contactées depuis décembre.

Si vous avez un empêchement, répondez-moi simplement par mail.

Bien cordialement,

Sandrine Pichon
Conseillère emploi – secteur culture et spectacle vivant
Mission Emploi Culture – antenne de Nantes
""",
))

add(dict(
    kind="other", scen="network_profile_views", lang="fr",
    frm=("WorkNet", "notifications-noreply@worknet.example.com"),
    subject="Amandine, votre profil a été consulté par 5 personnes",
    date="2026-04-27 19:45 +0200", struct="alt", charset="utf-8", cte="quoted-printable",
    headers={"List-Unsubscribe": "<https://www.worknet.example.com/e/unsub?t=wvmp>"},
    text="""Votre profil a été consulté par 5 personnes cette semaine

Parmi elles : une chargée de recrutement d'un cabinet de conseil, un directeur de festival et une personne travaillant dans une fondation.

Découvrez qui a consulté votre profil : https://www.worknet.example.com/me/profile-views/?trk=eml-wvmp

Passez à Premium pour voir la liste complète : https://www.worknet.example.com/premium/?trk=eml-wvmp-upsell

Se désabonner : https://www.worknet.example.com/e/unsub?t=wvmp
WorkNet Ireland Unlimited Company, Wilton Place, Dublin 2.
""",
    html="""<html><body style="background:#f3f2ef;margin:0;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 0;">
<table width="512" cellpadding="0" cellspacing="0" style="background:#fff;font-family:-apple-system,system-ui,Segoe UI,Roboto,Arial,sans-serif;color:#191919;">
<tr><td style="padding:16px 24px;"><img src="https://static.worknet.example.com/mail/logo.png" alt="WorkNet" height="22"></td></tr>
<tr><td style="padding:8px 24px;font-size:20px;font-weight:600;">Votre profil a été consulté par 5 personnes cette semaine</td></tr>
<tr><td style="padding:12px 24px;font-size:14px;line-height:1.5;">Parmi elles : une chargée de recrutement d'un cabinet de conseil, un directeur de festival et une personne travaillant dans une fondation.</td></tr>
<tr><td style="padding:12px 24px;"><a href="https://www.worknet.example.com/me/profile-views/?trk=eml-wvmp" style="background:#0a66c2;color:#fff;padding:10px 18px;border-radius:20px;text-decoration:none;font-weight:600;">Voir qui a consulté votre profil</a></td></tr>
<tr><td style="padding:8px 24px 20px 24px;font-size:13px;"><a href="https://www.worknet.example.com/premium/?trk=eml-wvmp-upsell" style="color:#0a66c2;">Essayez Premium gratuitement pendant 1 mois</a></td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#666;background:#f3f2ef;"><a href="https://www.worknet.example.com/e/unsub?t=wvmp" style="color:#666;">Se désabonner</a> · WorkNet Ireland Unlimited Company, Wilton Place, Dublin 2.</td></tr>
</table></td></tr></table>
<img src="https://www.worknet.example.com/emimp/ip_d3ZtcC1hazc3.gif" width="1" height="1" alt="">
</body></html>
""",
))

add(dict(
    kind="other", scen="theatre_ticket_order", lang="fr",
    frm=("Théâtre du Grand Halage - Billetterie", "billetterie@grandhalage.example.fr"),
    subject="Confirmation de votre commande n° 88412",
    date="2026-02-14 21:03 +0100", struct="html", charset="iso-8859-1", cte="quoted-printable",
    hdr_cs="iso-8859-1",
    html="""<html><body style="font-family:Arial,sans-serif;font-size:13px;color:#222;">
<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #ddd;">
<tr><td style="padding:14px;background:#3d0c4e;"><img src="https://billetterie.grandhalage.example.fr/img/logo-tgh.png" alt="Théâtre du Grand Halage" height="36"></td></tr>
<tr><td style="padding:18px;line-height:1.6;">
<p>Bonjour Amandine,</p>
<p>Merci pour votre commande ! Voici le récapitulatif :</p>
<table cellpadding="6" cellspacing="0" width="100%" style="border-collapse:collapse;font-size:13px;">
<tr style="background:#f4f0f6;"><td>Spectacle</td><td>Date</td><td>Places</td><td>Montant</td></tr>
<tr><td>« Les Marées basses » - Cie du Rivage</td><td>sam. 7 mars 2026 - 20h30</td><td>2 (rang F)</td><td>36,00 EUR</td></tr>
</table>
<p>Vos e-billets sont disponibles dans votre <a href="https://billetterie.grandhalage.example.fr/compte/commandes/88412">espace personnel</a>. Présentez-les sur votre téléphone à l'entrée.</p>
<p>À très bientôt dans nos salles !</p>
</td></tr>
<tr><td style="padding:10px 18px;font-size:10px;color:#888;border-top:1px solid #eee;">Théâtre du Grand Halage - 2 quai Saint-Cast, 35000 Rennes - Licences 1-1098765, 2-1098766, 3-1098767. Ce message est envoyé automatiquement.</td></tr>
</table>
</body></html>
""",
))

add(dict(
    kind="other", scen="volunteer_shift_planning", lang="fr",
    contact="margaux.benevoles@fetedesquais.example.fr",
    frm=("Margaux - Fête des Quais", "margaux.benevoles@fetedesquais.example.fr"),
    subject="Planning bénévoles samedi 🎪",
    date="2026-06-24 20:40 +0200", struct="plain", charset="utf-8", cte="8bit",
    text="""Coucou Amandine !

Merci encore de rempiler cette année, même si tu n'es plus dans l'équipe salariée 🙏

Voici ton créneau pour samedi 27 juin :
- 14h-18h : accueil des partenaires et des élus (tente VIP, côté quai)
- briefing à 13h30 au point info

Tu connais la maison mieux que moi, donc si tu vois un truc qui cloche dans l'organisation de l'accueil partenaires, dis-le-moi !

Merci de me confirmer par retour de mail.

Margaux
Coordination bénévoles – Fête des Quais
""",
))

add(dict(
    kind="other", scen="training_application_accepted", lang="fr",
    contact="admissions@ism-formation.example.fr",
    frm=("Admissions ISM", "admissions@ism-formation.example.fr"),
    subject="Votre candidature au Certificat Fundraising & Mécénat est acceptée",
    date="2026-06-19 11:05 +0200", struct="plain", charset="utf-8", cte="quoted-printable",
    text="""Bonjour Madame Kouassi-Leroux,

Nous avons le plaisir de vous informer que votre candidature au Certificat Fundraising & Mécénat (session d'automne 2026, 12 jours répartis d'octobre à décembre) a été acceptée par le jury d'admission.

Pour confirmer votre inscription, merci de nous retourner avant le 10 juillet :
- le contrat de formation signé ;
- l'accord de prise en charge de votre financeur (Mission Emploi Culture / CPF).

Notre équipe reste à votre disposition pour toute question : il vous suffit de répondre à ce message.

Bien cordialement,

Pauline Garnier
Responsable des admissions
Institut Supérieur du Mécénat – Paris
""",
))

add(dict(
    kind="other", scen="geneva_culture_jobs_newsletter", lang="fr",
    frm=("Culture Emploi Genève", "info@culture-emploi-geneve.example.ch"),
    subject="Les offres de la semaine – 18 septembre 2026",
    date="2026-09-18 07:00 +0200", struct="html", charset="utf-8", cte="quoted-printable",
    headers={"List-Id": "Culture Emploi Geneve <hebdo.culture-emploi-geneve.example.ch>",
             "List-Unsubscribe": "<https://culture-emploi-geneve.example.ch/?mailpoet_page=unsubscribe&s=ak77>", **BULK},
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222;">
<table width="600" cellpadding="0" cellspacing="0" align="center">
<tr><td style="padding:16px 0;border-bottom:2px solid #d32f2f;"><img src="https://culture-emploi-geneve.example.ch/wp-content/uploads/logo-ceg.png" alt="Culture Emploi Genève" height="40"></td></tr>
<tr><td style="padding:16px 0;line-height:1.6;">
<p>Bonjour,</p>
<p>Voici les offres publiées cette semaine dans le domaine culturel à Genève et environs :</p>
<p><a href="https://culture-emploi-geneve.example.ch/r/1?s=ak77"><b>Chargé·e de recherche de fonds (60 %)</b></a><br>Compagnie de danse contemporaine – Genève – dès le 1er novembre</p>
<p><a href="https://culture-emploi-geneve.example.ch/r/2?s=ak77"><b>Responsable mécénat et partenariats (80-100 %)</b></a><br>Musée d'art et d'histoire – Genève – délai : 5 octobre</p>
<p><a href="https://culture-emploi-geneve.example.ch/r/3?s=ak77"><b>Coordinateur·trice événementiel (CDD 12 mois)</b></a><br>Festival de films – Nyon</p>
<p><a href="https://culture-emploi-geneve.example.ch/r/all?s=ak77">Toutes les offres (23) →</a></p>
<p style="font-size:12px;color:#666;">Vous souhaitez publier une offre ? Écrivez-nous depuis notre site.</p>
</td></tr>
<tr><td style="font-size:11px;color:#999;border-top:1px solid #eee;padding-top:8px;">Culture Emploi Genève – association – Rue du Stand 3, 1204 Genève · <a href="https://culture-emploi-geneve.example.ch/?mailpoet_page=unsubscribe&amp;s=ak77" style="color:#999;">Se désabonner</a></td></tr>
</table>
<img src="https://culture-emploi-geneve.example.ch/?mailpoet_router&amp;endpoint=track&amp;action=open&amp;s=ak77" width="1" height="1" alt="">
</body></html>
""",
))

add(dict(
    kind="other", scen="montreal_friend_own_entrevue", lang="fr",
    contact="jess.pelletier@courriel.example.ca",
    frm=("Jessica Pelletier", "jess.pelletier@courriel.example.ca"),
    subject="mon entrevue!!",
    date="2026-04-15 21:30 -0400", struct="plain", charset="utf-8", cte="8bit",
    text="""Allo Amandine!

Je sors tout juste de mon entrevue au Musée des beaux-arts pour le poste en éducation, pis je pense que ça s'est super bien passé! Deux personnes vraiment fines, on a jasé pendant presque deux heures. Elles m'ont dit qu'elles me redonneraient des nouvelles d'ici deux semaines.

Pis toi, as-tu eu des nouvelles du festival sur le Plateau? Je sais que tu étais déçue la dernière fois, mais il y a plein d'autres affaires qui s'en viennent à Montréal, je te tiens au courant!

Bisous de Montréal xx
Jess
""",
))

add(dict(
    kind="other", scen="health_insurer_claim_refused", lang="fr",
    frm=("Mutuelle Armor Santé", "ne-pas-repondre@armorsante.example.fr"),
    subject="Votre demande de remboursement a été refusée",
    date="2026-05-04 06:58 +0200", struct="html", charset="utf-8", cte="quoted-printable",
    html="""<html><body style="margin:0;background:#f5f7fa;font-family:Arial,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;">
<tr><td style="padding:16px 24px;border-bottom:3px solid #00838f;"><img src="https://www.armorsante.example.fr/img/logo-mas.png" alt="Mutuelle Armor Santé" height="36"></td></tr>
<tr><td style="padding:22px 24px;font-size:14px;color:#333;line-height:1.6;">
<p>Bonjour Madame Kouassi-Leroux,</p>
<p>Nous avons étudié votre demande de remboursement du 27 avril 2026 (ostéopathie – 60,00 €).</p>
<p>Malheureusement, cette demande ne peut pas être prise en charge : votre garantie « Essentielle » prévoit 2 séances par an, et elles ont déjà été utilisées.</p>
<p>Pour connaître le détail de vos garanties ou changer de formule, rendez-vous dans votre <a href="https://www.armorsante.example.fr/espace-adherent?utm_source=email">espace adhérent</a>.</p>
<p>Votre mutuelle Armor Santé</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:10px;color:#999;">Mutuelle soumise au livre II du Code de la mutualité – SIREN 779 000 000. Merci de ne pas répondre à ce message.</td></tr>
</table></td></tr></table>
</body></html>
""",
))

add(dict(
    kind="other", scen="former_colleague_coffee_tip", lang="fr",
    contact="benoit.lagarde@lafabriquedesquais.example.fr",
    frm=("Benoît Lagarde", "benoit.lagarde@lafabriquedesquais.example.fr"),
    subject="café ?",
    date="2026-01-09 13:12 +0100", struct="plain", charset="utf-8", cte="8bit",
    text="""Hello Amandine,

Bonne année ! J'ai vu passer ton post sur ta recherche dans le mécénat, bravo pour le saut.

Un ami, Yves, est administrateur d'une fondation d'entreprise à Nantes et il m'a dit qu'ils réfléchissaient à recruter quelqu'un pour leurs partenariats associatifs d'ici l'été. Rien d'officiel, pas d'annonce pour l'instant, mais je peux te mettre en relation si tu veux.

Un café jeudi midi à la Cantine du Voyage pour en parler ?

Benoît
La Fabrique des Quais – direction technique
""",
))

# --- English ------------------------------------------------------------------------------

add(dict(
    kind="other", scen="fundraising_digest_rejection_article", lang="en",
    frm=("The Fundraising Digest", "digest@fundraisingdigest.example.com"),
    subject="When funders say no + 9 new partnerships jobs",
    date="2026-03-26 06:00 +0000", struct="alt", charset="utf-8", cte="quoted-printable",
    headers={"List-Id": "The Fundraising Digest <weekly.fundraisingdigest.example.com>",
             "List-Unsubscribe": "<https://fundraisingdigest.example.com/unsubscribe?id=ak77>, <mailto:unsubscribe@fundraisingdigest.example.com>",
             "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", **BULK},
    text="""THE FUNDRAISING DIGEST - Issue 311

THIS WEEK: When funders say no
"Unfortunately, we are unable to support your application at this time." Every grant writer knows the line. Five development directors on how they handle rejection, ask for feedback and turn a decline into next year's yes.
Read more: https://fundraisingdigest.example.com/c/when-funders-say-no?utm_medium=email

ALSO
- Corporate partnerships in a downturn: what the 2026 data says - https://fundraisingdigest.example.com/c/corporate-2026
- Podcast: an interview with the head of philanthropy at a major London museum - https://fundraisingdigest.example.com/c/podcast-311

JOBS BOARD - 9 new roles
- Corporate Partnerships Manager, children's charity (London)
- Development Officer, university (Montreal)
- Partnerships Lead, arts festival (Berlin)
See all: https://fundraisingdigest.example.com/jobs?utm_medium=email

You're receiving this because you subscribed at fundraisingdigest.example.com.
Unsubscribe: https://fundraisingdigest.example.com/unsubscribe?id=ak77
Fundraising Digest Ltd, 5 Bream's Buildings, London EC4A 1DY. Registered in England No 10982231.
""",
    html="""<html><body style="margin:0;background:#fafafa;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Georgia,serif;color:#1a1a1a;">
<tr><td style="padding:20px;text-align:center;border-bottom:1px solid #ddd;"><img src="https://fundraisingdigest.example.com/img/masthead.png" alt="The Fundraising Digest" width="300"><br><span style="font-family:Arial,sans-serif;font-size:11px;color:#888;">Issue 311 · 26 March 2026</span></td></tr>
<tr><td style="padding:24px;">
<h1 style="font-size:26px;margin:0 0 10px 0;"><a href="https://fundraisingdigest.example.com/c/when-funders-say-no?utm_medium=email" style="color:#1a1a1a;text-decoration:none;">When funders say no</a></h1>
<p style="font-size:16px;line-height:1.6;">"Unfortunately, we are unable to support your application at this time." Every grant writer knows the line. Five development directors on how they handle rejection, ask for feedback and turn a decline into next year's yes.</p>
<h3 style="font-family:Arial,sans-serif;font-size:13px;text-transform:uppercase;color:#c2185b;">Also</h3>
<p><a href="https://fundraisingdigest.example.com/c/corporate-2026">Corporate partnerships in a downturn: what the 2026 data says</a></p>
<p><a href="https://fundraisingdigest.example.com/c/podcast-311">Podcast: an interview with the head of philanthropy at a major London museum</a></p>
<h3 style="font-family:Arial,sans-serif;font-size:13px;text-transform:uppercase;color:#c2185b;">Jobs board – 9 new roles</h3>
<ul style="font-family:Arial,sans-serif;font-size:14px;line-height:1.8;">
<li><a href="https://fundraisingdigest.example.com/jobs/4411">Corporate Partnerships Manager</a>, children's charity (London)</li>
<li><a href="https://fundraisingdigest.example.com/jobs/4415">Development Officer</a>, university (Montreal)</li>
<li><a href="https://fundraisingdigest.example.com/jobs/4420">Partnerships Lead</a>, arts festival (Berlin)</li>
</ul>
</td></tr>
<tr><td style="padding:16px 24px;font-family:Arial,sans-serif;font-size:11px;color:#888;background:#f2f2f2;">You're receiving this because you subscribed at fundraisingdigest.example.com. <a href="https://fundraisingdigest.example.com/unsubscribe?id=ak77" style="color:#888;">Unsubscribe</a><br>Fundraising Digest Ltd, 5 Bream's Buildings, London EC4A 1DY. Registered in England No 10982231.</td></tr>
</table></td></tr></table>
<img src="https://fundraisingdigest.example.com/open/311/ak77.gif" width="1" height="1" alt="">
</body></html>
""",
))

add(dict(
    kind="other", scen="job_alert_berlin_partnerships", lang="en",
    frm=("GoodWork Jobs", "alerts@goodworkjobs.example.org"),
    subject="6 new jobs for \"partnerships manager\" in Berlin",
    date="2026-05-30 05:45 +0200", struct="html", charset="utf-8", cte="quoted-printable",
    headers={"List-Unsubscribe": "<https://goodworkjobs.example.org/alerts/unsubscribe/91c2>", **BULK},
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222;background:#f7f7f7;margin:0;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px;">
<table width="560" cellpadding="0" cellspacing="0" style="background:#fff;">
<tr><td style="padding:16px 20px;background:#3f51b5;"><img src="https://goodworkjobs.example.org/img/logo-white.png" alt="GoodWork Jobs" height="26"></td></tr>
<tr><td style="padding:18px 20px;">Hi Amandine, here are the latest roles matching your alert <b>"partnerships manager" · Berlin</b>:</td></tr>
<tr><td style="padding:0 20px;">
<p><a href="https://goodworkjobs.example.org/j/55120?src=alert" style="color:#3f51b5;font-weight:bold;">Partnerships Manager (m/f/d)</a><br>Climate education non-profit · Berlin · Full-time</p>
<p><a href="https://goodworkjobs.example.org/j/55131?src=alert" style="color:#3f51b5;font-weight:bold;">Corporate Partnerships Lead</a><br>Refugee support NGO · Berlin / remote · Full-time</p>
<p><a href="https://goodworkjobs.example.org/j/55140?src=alert" style="color:#3f51b5;font-weight:bold;">Sponsorship Manager</a><br>Electronic music festival · Berlin · Seasonal</p>
<p><a href="https://goodworkjobs.example.org/alerts/91c2/all" style="color:#3f51b5;">See all 6 jobs →</a></p>
</td></tr>
<tr><td style="padding:16px 20px;font-size:11px;color:#999;">You set up this alert on GoodWork Jobs. <a href="https://goodworkjobs.example.org/alerts/unsubscribe/91c2" style="color:#999;">Unsubscribe</a> · <a href="https://goodworkjobs.example.org/alerts/91c2/edit" style="color:#999;">Edit alert</a></td></tr>
</table></td></tr></table>
<img src="https://goodworkjobs.example.org/px/91c2.gif" width="1" height="1" alt="">
</body></html>
""",
))

add(dict(
    kind="other", scen="podcast_guest_invitation_en", lang="en",
    contact="sam@culturematters-pod.example.com",
    frm=("Sam Adeyemi", "sam@culturematters-pod.example.com"),
    subject="Guest interview on Culture Matters?",
    date="2026-08-12 15:30 +0100", struct="plain", charset="utf-8", cte="7bit",
    text="""Hi Amandine,

I host Culture Matters, a podcast about the people who keep arts organisations running behind the scenes. A listener in Nantes pointed me to the partner evenings you ran at La Fabrique des Quais, and I'd love to have you on the show.

The interview would take about an hour, recorded remotely, for our autumn series on festival sponsorship. We'd go out in October.

Would you be up for it? Happy to send over the questions in advance.

Cheers,
Sam Adeyemi
Host & producer, Culture Matters
culturematters-pod.example.com
""",
))

add(dict(
    kind="other", scen="bank_card_application_declined", lang="en",
    frm=("Northbank", "cards@northbank.example.com"),
    subject="An update on your credit card application",
    date="2026-02-26 12:14 +0000", struct="html", charset="utf-8", cte="quoted-printable",
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1f2a44;background:#ffffff;">
<table width="600" cellpadding="0" cellspacing="0" align="center">
<tr><td style="padding:18px 0;border-bottom:2px solid #00a19a;"><img src="https://www.northbank.example.com/email/logo.png" alt="Northbank" height="32"></td></tr>
<tr><td style="padding:20px 0;line-height:1.6;">
<p>Dear Ms Kouassi-Leroux,</p>
<p>Thank you for applying for a Northbank Travel Rewards credit card.</p>
<p>We're sorry to tell you that we're unable to approve your application at this time. Our decision was based on the information you provided and on our assessment of your UK credit history, which is currently limited.</p>
<p>You can ask for a copy of the information we used by visiting <a href="https://www.northbank.example.com/help/credit-decisions">northbank.example.com/help/credit-decisions</a>.</p>
<p>Yours sincerely,<br>Card Services<br>Northbank</p>
</td></tr>
<tr><td style="font-size:10px;color:#777;border-top:1px solid #ddd;padding-top:10px;">Northbank plc. Registered in England and Wales No. 02065000. Authorised by the Prudential Regulation Authority. Please do not reply to this email; this mailbox is not monitored.</td></tr>
</table>
</body></html>
""",
))

add(dict(
    kind="other", scen="ticket_queue_number", lang="en",
    frm=("TicketLine", "queue@ticketline.example.ca"),
    subject="You're in line! Your queue number: 2,431",
    date="2026-04-09 10:00 -0400", struct="plain", charset="utf-8", cte="7bit",
    text="""You're in line!

Event: Montreal International Jazz Night - Place des Arts - Sat, Jul 4, 2026
Your position in the queue: 2,431
Estimated wait: 25 minutes

Keep this window open. When it's your turn you will have 10 minutes to choose your seats.

Your queue link: https://queue.ticketline.example.ca/?c=ticketline&e=jazznight26&t=ak77

TicketLine - this is an automated message, replies are not read.
""",
))

add(dict(
    kind="other", scen="berlin_friend_gallery_interview", lang="en",
    contact="maya.schulz@mailbox.example.de",
    frm=("Maya Schulz", "maya.schulz@mailbox.example.de"),
    subject="survived!",
    date="2026-06-18 19:02 +0200", struct="plain", charset="utf-8", cte="7bit",
    text="""Hey A,

Survived my interview at the gallery today! I think it went OK? They asked me about my "biggest weakness" and I said impatience, which in hindsight was maybe not the move, haha. Second round is supposedly next week if they like me.

How are things with the festival people here? You should totally move to Berlin, I'd have someone to drink Spritz with on the canal.

x Maya
""",
))

add(dict(
    kind="other", scen="own_follow_up_following_up", lang="en",
    frm=ME, to=[("ENCF Recruitment", "recruitment@encf.example.be")],
    subject="Following up",
    date="2026-08-24 09:30 +0200", struct="plain", charset="utf-8", cte="7bit",
    text="""Dear ENCF Recruitment Team,

I applied on 28 July for the Fundraising & Partnerships Coordinator position in Brussels and wanted to follow up to confirm that my application was received. I remain very interested in the role and would be happy to provide any additional information.

Kind regards,

""" + MY_SIG + "\n",
))

add(dict(
    kind="other", scen="agency_partner_out_of_office_en", lang="en",
    contact="priya.raman@harcourtlowe.example.com",
    frm=("Priya Raman", "priya.raman@harcourtlowe.example.com"),
    subject="Automatic reply: Partnerships Manager (Brussels) - update",
    date="2026-02-07 08:12 +0000", struct="plain", charset="utf-8", cte="7bit",
    irt="<CAKx81mD4-hl0207@mail.example.fr>",
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    text="""Thank you for your email. I'm out of the office until Monday 16 February with limited access to email. I'll reply as soon as I can on my return.

For anything urgent, please call the London office on +44 20 7946 0300.

Priya Raman
Talent Partner, Harcourt & Lowe Fundraising
""",
))

add(dict(
    kind="other", scen="staffing_agency_caps_outreach_en", lang="en",
    contact="kelly.b@brighthire-staffing.example.com",
    frm=("Kelly Brennan", "kelly.b@brighthire-staffing.example.com"),
    subject="AMAZING Events & Partnerships role in Berlin - START ASAP!!!",
    date="2026-09-29 11:20 +0100", struct="plain", charset="utf-8", cte="7bit",
    text="""Hi Amandine!!

I came across your profile and I just HAD to reach out!! I'm working on an AMAZING opportunity that would be PERFECT for you!!!

*** EVENTS & PARTNERSHIPS COORDINATOR - BERLIN - IMMEDIATE START ***
- Fast-growing experiential agency (HUGE brand clients!!)
- Competitive salary + bonus + free gym + Friday drinks!!
- English-speaking team, German not required!!

This one is moving FAST so don't miss out!!! Are you free for a quick call today or tomorrow? Just send me your updated CV and your availability and I'll take it from there!!

Speak soon!!
Kelly :)

Kelly Brennan | Senior Recruitment Consultant | BrightHire Staffing
+44 161 496 0722 | brighthire-staffing.example.com
Follow us on LinkedIn and Instagram @brighthirestaffing
BrightHire Staffing Ltd. Registered in England No 11452208. Registered office: 1 Spinningfields, Manchester M3 3AP.
""",
))

add(dict(
    kind="other", scen="user_research_chat_en", lang="en",
    contact="priyanka.n@ticketflow.example.com",
    frm=("Priyanka at Ticketflow", "priyanka.n@ticketflow.example.com"),
    subject="Quick 20-min chat about how you use Ticketflow?",
    date="2026-07-07 16:00 +0100", struct="alt", charset="utf-8", cte="quoted-printable",
    text="""Hi Amandine,

I'm Priyanka, a product researcher at Ticketflow. You used Ticketflow to run registrations for several events in 2025, and we'd love to learn from your experience.

Would you be up for a 20-minute video interview in the next two weeks? We'll ask how you set up events, manage partner invitations and check guests in. As a thank-you, we'll send you a 30 EUR voucher.

Just reply to this email with a couple of times that work for you.

Thanks!
Priyanka Nair
Product Research, Ticketflow

Ticketflow Ltd, 20 Garrick Street, London WC2E 9BT. Don't want research invitations? https://ticketflow.example.com/prefs?u=ak77
""",
    html="""<div style="font-family:Arial,sans-serif;font-size:14px;line-height:1.6;color:#333;max-width:560px;">
<p>Hi Amandine,</p>
<p>I'm Priyanka, a product researcher at <b>Ticketflow</b>. You used Ticketflow to run registrations for several events in 2025, and we'd love to learn from your experience.</p>
<p>Would you be up for a <b>20-minute video interview</b> in the next two weeks? We'll ask how you set up events, manage partner invitations and check guests in. As a thank-you, we'll send you a 30 EUR voucher.</p>
<p>Just reply to this email with a couple of times that work for you.</p>
<p>Thanks!<br>Priyanka Nair<br>Product Research, Ticketflow</p>
<p style="font-size:11px;color:#999;">Ticketflow Ltd, 20 Garrick Street, London WC2E 9BT. <a href="https://ticketflow.example.com/prefs?u=ak77" style="color:#999;">Don't want research invitations?</a></p>
</div>
""",
))

add(dict(
    kind="other", scen="webinar_reminder_interview_tips", lang="en",
    frm=("Eventspot", "noreply@eventspot.example.com"),
    subject="Reminder: \"Nailing your nonprofit job interview\" starts in 1 hour",
    date="2026-10-06 16:00 +0200", struct="html", charset="utf-8", cte="quoted-printable",
    html="""<html><body style="background:#f8f7fa;font-family:Helvetica,Arial,sans-serif;margin:0;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px;">
<table width="560" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:4px;">
<tr><td style="padding:18px 24px;"><img src="https://cdn.eventspot.example.com/mail/logo.png" alt="Eventspot" height="24"></td></tr>
<tr><td style="padding:0 24px 20px 24px;font-size:15px;color:#39364f;line-height:1.5;">
<p style="font-size:22px;font-weight:bold;">Your event starts in 1 hour</p>
<p><b>Nailing your nonprofit job interview</b><br>Tuesday, October 6 · 17:00 - 18:00 CEST · Online event</p>
<p>Hosted by Charity Careers Collective</p>
<p><a href="https://www.eventspot.example.com/e/join/88123001?aff=reminder" style="background:#d1410c;color:#fff;padding:12px 22px;border-radius:4px;text-decoration:none;">Join the event</a></p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#6f7287;border-top:1px solid #eee;">This email was sent to amandine.kl@example.fr. <a href="https://www.eventspot.example.com/account/email-preferences" style="color:#6f7287;">Email preferences</a> · Eventspot, Inc., 95 Third Street, San Francisco, CA 94103</td></tr>
</table></td></tr></table>
<img src="https://www.eventspot.example.com/o/88123001/ak77.png" width="1" height="1" alt="">
</body></html>
""",
))

# --- Spanish ------------------------------------------------------------------------------

add(dict(
    kind="other", scen="boletin_captacion_rechazo", lang="es",
    frm=("Captación Hoy", "boletin@captacionhoy.example.es"),
    subject="Cómo superar un «no» de un patrocinador | Boletín n.º 87",
    date="2026-04-14 08:00 +0200", struct="alt", charset="utf-8", cte="quoted-printable",
    headers={"List-Id": "Boletin Captacion Hoy <boletin.captacionhoy.example.es>",
             "List-Unsubscribe": "<https://captacionhoy.example.es/baja?s=ak77>", **BULK},
    text="""CAPTACIÓN HOY · Boletín n.º 87

Cómo superar un «no» de un patrocinador
«Lamentablemente, este año no podemos colaborar con vuestro proyecto.» Hablamos con tres responsables de alianzas sobre cómo gestionar el rechazo, pedir feedback y volver a intentarlo.
Leer más: https://captacionhoy.example.es/l/superar-un-no

Además:
- Entrevista con la directora de mecenazgo de un gran museo madrileño: https://captacionhoy.example.es/l/entrevista-mecenazgo
- Ofertas de empleo de la semana: https://captacionhoy.example.es/l/empleo

Recibes este boletín porque te suscribiste en captacionhoy.example.es. Darte de baja: https://captacionhoy.example.es/baja?s=ak77
""",
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222;max-width:600px;margin:0 auto;">
<p style="text-align:center;"><img src="https://captacionhoy.example.es/img/cabecera.png" alt="Captación Hoy - Boletín n.º 87" width="560"></p>
<h2><a href="https://captacionhoy.example.es/l/superar-un-no" style="color:#6a1b9a;text-decoration:none;">Cómo superar un «no» de un patrocinador</a></h2>
<p>«Lamentablemente, este año no podemos colaborar con vuestro proyecto.» Hablamos con tres responsables de alianzas sobre cómo gestionar el rechazo, pedir feedback y volver a intentarlo.</p>
<h3>Además</h3>
<ul>
<li><a href="https://captacionhoy.example.es/l/entrevista-mecenazgo">Entrevista con la directora de mecenazgo de un gran museo madrileño</a></li>
<li><a href="https://captacionhoy.example.es/l/empleo">Ofertas de empleo de la semana</a></li>
</ul>
<p style="font-size:11px;color:#999;">Recibes este boletín porque te suscribiste en captacionhoy.example.es. <a href="https://captacionhoy.example.es/baja?s=ak77" style="color:#999;">Darte de baja</a></p>
<img src="https://captacionhoy.example.es/o.gif?s=ak77&amp;n=87" width="1" height="1" alt="">
</body></html>
""",
))

add(dict(
    kind="other", scen="alerta_empleo_mecenazgo", lang="es",
    frm=("Empleo Solidario - Alertas", "alertas@empleosolidario.example.es"),
    subject="5 nuevas ofertas de Mecenazgo en Madrid",
    date="2026-05-19 07:10 +0200", struct="alt", charset="utf-8", cte="base64",
    headers={"List-Unsubscribe": "<https://www.empleosolidario.example.es/alertas/baja?a=5521>", **BULK},
    text="""Hola Amandine, estas son las nuevas ofertas para tu alerta "Mecenazgo - Madrid":

- Técnico/a de Alianzas con Empresas - ONG de cooperación - Madrid
  https://www.empleosolidario.example.es/clk?o=7781&a=5521
- Responsable de Mecenazgo - Fundación cultural - Madrid
  https://www.empleosolidario.example.es/clk?o=7790&a=5521
- Coordinador/a de Eventos Solidarios - Asociación - Alcobendas
  https://www.empleosolidario.example.es/clk?o=7802&a=5521

Ver las 5 ofertas: https://www.empleosolidario.example.es/alertas/5521

Gestionar alertas: https://www.empleosolidario.example.es/alertas
Darme de baja: https://www.empleosolidario.example.es/alertas/baja?a=5521
""",
    html="""<html><body style="margin:0;background:#fdf6ec;font-family:Verdana,Arial,sans-serif;font-size:13px;color:#333;">
<table width="580" cellpadding="0" cellspacing="0" align="center" style="background:#fff;">
<tr><td style="background:#e76f51;padding:14px 22px;"><img src="https://www.empleosolidario.example.es/img/logo-blanco.png" alt="Empleo Solidario" height="30"></td></tr>
<tr><td style="padding:20px 22px;">Hola Amandine, estas son las nuevas ofertas para tu alerta <b>"Mecenazgo - Madrid"</b>:</td></tr>
<tr><td style="padding:0 22px;">
<p><a href="https://www.empleosolidario.example.es/clk?o=7781&amp;a=5521" style="color:#e76f51;font-weight:bold;">Técnico/a de Alianzas con Empresas</a><br>ONG de cooperación · Madrid</p>
<p><a href="https://www.empleosolidario.example.es/clk?o=7790&amp;a=5521" style="color:#e76f51;font-weight:bold;">Responsable de Mecenazgo</a><br>Fundación cultural · Madrid</p>
<p><a href="https://www.empleosolidario.example.es/clk?o=7802&amp;a=5521" style="color:#e76f51;font-weight:bold;">Coordinador/a de Eventos Solidarios</a><br>Asociación · Alcobendas</p>
<p><a href="https://www.empleosolidario.example.es/alertas/5521">Ver las 5 ofertas</a></p>
</td></tr>
<tr><td style="padding:14px 22px;font-size:10px;color:#999;border-top:1px solid #eee;"><a href="https://www.empleosolidario.example.es/alertas" style="color:#999;">Gestionar alertas</a> · <a href="https://www.empleosolidario.example.es/alertas/baja?a=5521" style="color:#999;">Darme de baja</a></td></tr>
</table>
<img src="https://www.empleosolidario.example.es/px.gif?a=5521" width="1" height="1" alt="">
</body></html>
""",
))

add(dict(
    kind="other", scen="flat_rental_not_accepted", lang="es",
    frm=("PisoFácil", "no-responder@pisofacil.example.es"),
    subject="Actualización sobre tu solicitud de alquiler",
    date="2026-07-01 19:30 +0200", struct="plain", charset="iso-8859-1", cte="quoted-printable",
    hdr_cs="iso-8859-1",
    text="""Hola Amandine:

Lamentablemente, tu solicitud para el piso de la calle Embajadores 108 (2 habitaciones, 1.150 EUR/mes) no ha sido aceptada. El propietario ha elegido a otro inquilino.

No te desanimes: hay 37 pisos nuevos en Lavapiés y Embajadores que encajan con tu búsqueda.
https://www.pisofacil.example.es/busqueda?z=lavapies&p=1200

El equipo de PisoFácil

Este mensaje se ha enviado automáticamente. Por favor, no respondas a este correo.
""",
))

add(dict(
    kind="other", scen="amiga_cuenta_su_entrevista", lang="es",
    contact="lucia.ferrer@correo.example.es",
    frm=("Lucía Ferrer", "lucia.ferrer@correo.example.es"),
    subject="¡¡te cuento!!",
    date="2026-06-09 23:11 +0200", struct="plain", charset="utf-8", cte="8bit",
    text="""Amandineee,

¡¡Hoy he tenido la entrevista en el Reina!! Estaba hecha un flan pero creo que ha ido bien. Me han preguntado un montón por el proyecto de Valencia y al final la jefa de comunicación me ha dicho que les había gustado mucho. Dicen que contestan antes de fin de mes.

¿Y tú qué tal con lo de la fundación de Zurbano? Si vienes a Madrid para la entrevista te quedas en casa, ¡que tengo el sofá cama nuevo!

Besos,
Lu
""",
))

add(dict(
    kind="other", scen="own_application_sent_es", lang="es",
    frm=ME, to=[("Elena Ruiz Candela", "elena@teatroabierto.example.es")],
    subject="Candidatura - Coordinación de patrocinios",
    date="2026-04-06 10:05 +0200", struct="plain", charset="utf-8", cte="quoted-printable",
    text="""Hola Elena:

Te escribo a raíz de la oferta de coordinación de patrocinios publicada en la web de la Asociación Teatro Abierto de Lavapiés.

Llevo seis años coordinando eventos en Nantes (Francia), donde creé y gestioné un club de 22 empresas patrocinadoras. Estoy preparando mi traslado a Madrid y me encantaría poner esa experiencia al servicio de un proyecto de barrio como el vuestro.

Te adjunto mi CV. Quedo a tu disposición para una entrevista cuando os venga bien.

Un saludo,

""" + MY_SIG + "\n",
))

add(dict(
    kind="other", scen="cita_previa_extranjeria", lang="es",
    frm=("Sede Electrónica - Cita Previa", "citaprevia-noreply@sede.example.es"),
    subject="Confirmación de cita previa - Extranjería",
    date="2026-09-03 13:47 +0200", struct="html", charset="iso-8859-1", cte="quoted-printable",
    hdr_cs="iso-8859-1",
    html="""<html><body style="font-family:Arial,sans-serif;font-size:13px;color:#000;">
<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #999;">
<tr><td style="background:#c60b1e;padding:10px;color:#fff;font-weight:bold;">SEDE ELECTRÓNICA - CITA PREVIA</td></tr>
<tr><td style="padding:16px;line-height:1.6;">
<p>Se ha confirmado su cita con los siguientes datos:</p>
<table cellpadding="4" cellspacing="0" style="font-size:13px;">
<tr><td><b>Localizador:</b></td><td>XK7Q2M</td></tr>
<tr><td><b>Trámite:</b></td><td>Certificado de registro de ciudadano de la UE</td></tr>
<tr><td><b>Oficina:</b></td><td>Oficina de Extranjería de Madrid - C/ Manuel Luna 29</td></tr>
<tr><td><b>Fecha y hora:</b></td><td>22/09/2026 - 09:40</td></tr>
</table>
<p>Deberá presentarse con su pasaporte o documento de identidad en vigor y el justificante de la cita. Si no puede acudir, anule la cita para que pueda ser asignada a otra persona.</p>
<p><a href="https://sede.example.es/citaprevia/anular?loc=XK7Q2M">Anular cita</a></p>
</td></tr>
<tr><td style="padding:8px 16px;font-size:10px;color:#666;">Este es un mensaje automático. No responda a esta dirección.</td></tr>
</table>
</body></html>
""",
))

add(dict(
    kind="other", scen="periodista_pide_entrevista", lang="es",
    contact="jlamas@culturayterritorio.example.es",
    frm=("Jorge Lamas", "jlamas@culturayterritorio.example.es"),
    subject="Entrevista para Cultura y Territorio",
    date="2026-10-07 12:25 +0200", struct="plain", charset="utf-8", cte="quoted-printable",
    text="""Hola Amandine:

Soy Jorge Lamas, redactor de la revista Cultura y Territorio. Estamos preparando un reportaje sobre profesionales europeas que se han instalado en Madrid para trabajar en el tercer sector cultural, y Elena Ruiz, de Teatro Abierto, me habló de ti.

¿Podríamos hacerte una entrevista? Serían unos 30 minutos, en persona o por teléfono, cuando mejor te venga durante las próximas dos semanas. También nos gustaría hacerte un par de fotos.

Un saludo y gracias,

Jorge Lamas
Redactor · Cultura y Territorio
Tel. 699 12 40 88
""",
))

add(dict(
    kind="other", scen="foundation_out_of_office_es", lang="es",
    contact="bsoler@fundacionalma.example.es",
    frm=("Beatriz Soler", "bsoler@fundacionalma.example.es"),
    subject="Respuesta automática: Documentación para el contrato",
    date="2026-08-04 09:01 +0200", struct="plain", charset="utf-8", cte="quoted-printable",
    irt="<CAKx81mR2-alma0804@mail.example.fr>",
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    text="""Gracias por su mensaje.

Me encuentro fuera de la oficina por vacaciones hasta el lunes 24 de agosto, sin acceso al correo electrónico. A mi regreso atenderé su mensaje lo antes posible.

Para cualquier asunto urgente, puede llamar a la Fundación al 91 308 62 00.

Beatriz Soler
Responsable de Personas
Fundación Alma Mediterránea
""",
))

# --- German -------------------------------------------------------------------------------

add(dict(
    kind="other", scen="fundraising_magazin_absagen", lang="de",
    frm=("Fundraising-Magazin", "newsletter@fundraisingmagazin.example.de"),
    subject="Absagen richtig verarbeiten – und weitere Themen der Woche",
    date="2026-03-17 09:00 +0100", struct="alt", charset="utf-8", cte="quoted-printable",
    headers={"List-Id": "Fundraising-Magazin Newsletter <news.fundraisingmagazin.example.de>",
             "List-Unsubscribe": "<https://fundraisingmagazin.example.de/newsletter/abmelden?id=ak77>", **BULK},
    text="""FUNDRAISING-MAGAZIN – Newsletter KW 12/2026

Absagen richtig verarbeiten: 4 Tipps für Fundraiser*innen
„Leider können wir Ihr Projekt in diesem Jahr nicht fördern.“ Wie Sie mit Absagen von Stiftungen und Unternehmen umgehen, Feedback einholen und die Beziehung trotzdem pflegen.
Weiterlesen: https://fundraisingmagazin.example.de/r/absagen-verarbeiten

Außerdem:
- Interview: Wie eine Berliner Bürgerstiftung ihren Freundeskreis verdoppelt hat – https://fundraisingmagazin.example.de/r/interview-buergerstiftung
- Stellenmarkt: 14 neue Stellen im Fundraising – https://fundraisingmagazin.example.de/r/stellenmarkt

Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben. Abmelden: https://fundraisingmagazin.example.de/newsletter/abmelden?id=ak77
Fundraising-Magazin GmbH · Bautzner Straße 20 · 01099 Dresden · Geschäftsführer: Matthias Daberstiel · HRB 24131
""",
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222;max-width:600px;margin:0 auto;">
<p><img src="https://fundraisingmagazin.example.de/nl/kopf.png" alt="Fundraising-Magazin Newsletter" width="600"></p>
<h2><a href="https://fundraisingmagazin.example.de/r/absagen-verarbeiten" style="color:#0d47a1;text-decoration:none;">Absagen richtig verarbeiten: 4 Tipps für Fundraiser*innen</a></h2>
<p>„Leider können wir Ihr Projekt in diesem Jahr nicht fördern.“ Wie Sie mit Absagen von Stiftungen und Unternehmen umgehen, Feedback einholen und die Beziehung trotzdem pflegen.</p>
<h3>Außerdem</h3>
<ul>
<li><a href="https://fundraisingmagazin.example.de/r/interview-buergerstiftung">Interview: Wie eine Berliner Bürgerstiftung ihren Freundeskreis verdoppelt hat</a></li>
<li><a href="https://fundraisingmagazin.example.de/r/stellenmarkt">Stellenmarkt: 14 neue Stellen im Fundraising</a></li>
</ul>
<p style="font-size:11px;color:#888;">Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben. <a href="https://fundraisingmagazin.example.de/newsletter/abmelden?id=ak77" style="color:#888;">Abmelden</a><br>Fundraising-Magazin GmbH · Bautzner Straße 20 · 01099 Dresden · Geschäftsführer: Matthias Daberstiel · HRB 24131</p>
<img src="https://fundraisingmagazin.example.de/nl/o.gif?id=ak77&amp;kw=12" width="1" height="1" alt="">
</body></html>
""",
))

add(dict(
    kind="other", scen="kulturjobs_jobagent", lang="de",
    frm=("KulturJobs.de Job-Agent", "jobagent@kulturjobs.example.de"),
    subject="8 neue Stellen für „Fundraising“ in Berlin",
    date="2026-04-02 06:30 +0200", struct="html", charset="utf-8", cte="quoted-printable",
    headers={"List-Unsubscribe": "<https://www.kulturjobs.example.de/jobagent/abmelden?j=1182>", **BULK},
    html="""<html><body style="font-family:Arial,sans-serif;font-size:13px;color:#333;">
<table width="600" cellpadding="0" cellspacing="0">
<tr><td style="border-bottom:3px solid #8e24aa;padding:10px 0;"><img src="https://www.kulturjobs.example.de/img/kj-logo.png" alt="KulturJobs.de" height="32"></td></tr>
<tr><td style="padding:16px 0;">Ihr Job-Agent „Fundraising – Berlin“ hat 8 neue Stellen gefunden:</td></tr>
<tr><td>
<p><a href="https://www.kulturjobs.example.de/r?s=99120&amp;j=1182" style="color:#8e24aa;font-weight:bold;">Referent*in Fundraising (m/w/d)</a><br>Stiftung für Kinder- und Jugendtheater · Berlin-Mitte · Teilzeit 30 Std.</p>
<p><a href="https://www.kulturjobs.example.de/r?s=99131&amp;j=1182" style="color:#8e24aa;font-weight:bold;">Sponsoring-Manager*in</a><br>Internationales Literaturfestival · Berlin · befristet</p>
<p><a href="https://www.kulturjobs.example.de/r?s=99144&amp;j=1182" style="color:#8e24aa;font-weight:bold;">Projektkoordination Drittmittel</a><br>Landesmuseum · Berlin-Kreuzberg · E 11 TV-L</p>
<p><a href="https://www.kulturjobs.example.de/jobagent/1182/alle">Alle 8 Stellen ansehen</a></p>
</td></tr>
<tr><td style="font-size:10px;color:#999;border-top:1px solid #ddd;padding-top:8px;">Sie erhalten diese E-Mail, weil Sie einen Job-Agenten angelegt haben. <a href="https://www.kulturjobs.example.de/jobagent/abmelden?j=1182" style="color:#999;">Job-Agent abbestellen</a> · Kulturmarkt Medien UG (haftungsbeschränkt), Gneisenaustraße 41, 10961 Berlin</td></tr>
</table>
<img src="https://www.kulturjobs.example.de/px?j=1182&amp;d=0402" width="1" height="1" alt="">
</body></html>
""",
))

add(dict(
    kind="other", scen="parcel_delayed_de", lang="de",
    frm=("Paketblitz Sendungsverfolgung", "sendungsverfolgung@paketblitz.example.de"),
    subject="Ihre Sendung verzögert sich leider",
    date="2026-09-15 14:20 +0200", struct="html", charset="iso-8859-1", cte="quoted-printable",
    hdr_cs="iso-8859-1",
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333;background:#f2f2f2;margin:0;">
<table width="600" cellpadding="0" cellspacing="0" align="center" style="background:#ffffff;">
<tr><td style="background:#d40511;padding:14px 20px;"><img src="https://www.paketblitz.example.de/mail/logo.png" alt="Paketblitz" height="28"></td></tr>
<tr><td style="padding:22px 20px;line-height:1.6;">
<p>Guten Tag,</p>
<p>leider verzögert sich die Zustellung Ihrer Sendung <b>00340434161094042557</b> von KLEIDERKAMMER ONLINE. Grund: hohes Sendungsaufkommen im Paketzentrum Nantes-Carquefou (internationaler Versand).</p>
<p>Neuer voraussichtlicher Zustelltermin: <b>Donnerstag, 17.09.2026</b></p>
<p><a href="https://www.paketblitz.example.de/sv?n=00340434161094042557&amp;src=mail" style="background:#ffcc00;color:#000;padding:10px 18px;text-decoration:none;">Sendung verfolgen</a></p>
<p>Wir bitten um Ihr Verständnis.<br>Ihr Paketblitz-Team</p>
</td></tr>
<tr><td style="padding:12px 20px;font-size:10px;color:#999;">Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf. Paketblitz GmbH · Geschäftsführer: Stefan Albrecht · Amtsgericht Bonn HRB 20442</td></tr>
</table>
</body></html>
""",
))

add(dict(
    kind="other", scen="flat_viewing_declined_property_manager", lang="de",
    contact="m.krueger@hv-spreeblick.example.de",
    frm=("Martin Krüger", "m.krueger@hv-spreeblick.example.de"),
    subject="Ihre Anfrage zur Wohnung Weserstraße 12, 3. OG",
    date="2026-10-05 10:12 +0200", struct="plain", charset="utf-8", cte="quoted-printable",
    text="""Sehr geehrte Frau Kouassi-Leroux,

vielen Dank für Ihr Interesse an der 2-Zimmer-Wohnung in der Weserstraße 12 und für Ihre vollständigen Unterlagen.

Leider müssen wir Ihnen mitteilen, dass sich die Eigentümerin für andere Mietinteressenten entschieden hat. Wir haben über 300 Anfragen für diese Wohnung erhalten.

Gern nehmen wir Sie in unsere Interessentenliste für vergleichbare Wohnungen in Neukölln auf – antworten Sie dazu einfach kurz auf diese E-Mail.

Mit freundlichen Grüßen

Martin Krüger
Vermietung
Hausverwaltung Spreeblick GmbH
Karl-Marx-Straße 101 · 12043 Berlin
""",
))

add(dict(
    kind="other", scen="festival_manager_abwesenheit", lang="de",
    contact="timo.lange@klangwerk-festival.example.de",
    frm=("Timo Lange", "timo.lange@klangwerk-festival.example.de"),
    subject="Automatische Antwort: Kennenlernen – neuer Termin?",
    date="2026-07-02 11:44 +0200", struct="plain", charset="utf-8", cte="8bit",
    irt="<CAKx81mS3-kw0702@mail.example.fr>",
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    text="""Danke für deine/Ihre Nachricht!

Ich bin bis einschließlich 13. Juli auf dem Festivalgelände und nur sehr eingeschränkt per Mail erreichbar. Ich melde mich nach dem Festival.

In dringenden Fällen: info@klangwerk-festival.example.de

Timo Lange
Head of Partnerships
Klangwerk Festival
""",
))

add(dict(
    kind="other", scen="friend_tells_own_absage_du", lang="de",
    contact="jana.becker@posteo.example.de",
    frm=("Jana Becker", "jana.becker@posteo.example.de"),
    subject="Mist...",
    date="2026-04-29 20:18 +0200", struct="plain", charset="utf-8", cte="8bit",
    text="""Hey Amandine,

ich hab heute die Absage vom Stadtmuseum bekommen. Nach drei Runden! Die haben sich für jemanden „mit mehr Erfahrung in der Drittmittelakquise“ entschieden. Ich bin echt geknickt.

Wie läuft's bei dir mit der Stiftung in Prenzlauer Berg? Drück dir ganz fest die Daumen, dass wenigstens eine von uns beiden in Berlin anfängt 😅

Lass uns mal wieder telefonieren!
Jana
""",
))

add(dict(
    kind="other", scen="donation_app_user_interview_du", lang="de",
    contact="lea.w@spendenbox.example.de",
    frm=("Lea von Spendenbox", "lea.w@spendenbox.example.de"),
    subject="Hast du 30 Minuten für ein Nutzerinterview?",
    date="2026-09-10 10:30 +0200", struct="plain", charset="utf-8", cte="quoted-printable",
    text="""Hallo Amandine,

ich bin Lea aus dem Produktteam von Spendenbox. Du nutzt unsere App seit einigen Monaten für deine monatlichen Spenden – danke dafür!

Wir möchten Spendenbox verbessern und suchen Menschen für ein kurzes Nutzerinterview (30 Minuten per Video, auf Deutsch oder Englisch). Als Dankeschön spenden wir 25 € an eine Organisation deiner Wahl.

Wenn du Lust hast, antworte einfach auf diese Mail mit ein paar Zeitfenstern in der nächsten Woche.

Viele Grüße
Lea Wagner
UX Research · Spendenbox
Spendenbox GmbH · Reichenberger Straße 36 · 10999 Berlin
""",
))
