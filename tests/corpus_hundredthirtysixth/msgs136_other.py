"""Everything else in the mailbox (52): newsletters, alerts, other meanings of the words, the
candidate's own sent mail, friends, auto-replies, cold outreach."""

from __future__ import annotations

from msgs136_common import ME, pixel, track

MESSAGES: list[dict] = []


def add(**fields: object) -> None:
    MESSAGES.append(fields)


OTHER = "other"

# =========================================================================== French

add(
    kind=OTHER, slug="newsletter_rebondir_apres_refus", company="", contact="", lang="fr",
    frm=("Cap Carrière Wallonie", "newsletter@capcarriere.example.be"),
    subject="Refusé après l'entretien ? 5 façons de rebondir (et de transformer le « non » en piste)",
    date="2026-02-19 07:30 +0100",
    cte="qp",
    headers={"List-Id": "Cap Carriere - La lettre du jeudi <lettre.capcarriere.example.be>",
             "List-Unsubscribe": "<https://capcarriere.example.be/desinscription?e=aHVnby5tZA>, <mailto:unsubscribe@capcarriere.example.be?subject=unsub>",
             "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"},
    html=f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>La lettre du jeudi</title></head>
<body style="margin:0;background:#f4efe6">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px 8px">
<table width="620" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Georgia,serif;color:#2a2a2a">
<tr><td style="padding:22px 30px;border-bottom:1px solid #eee"><img src="https://capcarriere.example.be/img/logo-lettre.png" alt="Cap Carrière – la lettre du jeudi" width="220"></td></tr>
<tr><td style="padding:26px 30px 6px 30px;font-size:24px;line-height:30px"><b>Refusé après l'entretien ? 5 façons de rebondir</b></td></tr>
<tr><td style="padding:10px 30px;font-size:16px;line-height:25px">
<p>« Nous avons le regret de vous informer que votre candidature n'a pas été retenue. » Cette phrase, vous l'avez peut-être lue cette semaine. Elle fait mal, surtout après un entretien qui s'était bien passé.</p>
<p>Bonne nouvelle : un refus n'est pas une fin. Voici ce que conseillent les recruteurs que nous avons interrogés :</p>
<ol>
<li><b>Demandez un retour</b>, poliment et en une phrase. Un candidat sur trois en obtient un.</li>
<li><b>Restez en contact</b> : le candidat retenu ne passe pas toujours sa période d'essai.</li>
<li><b>Analysez vos entretiens manqués ou ratés</b> sans vous flageller.</li>
<li><b>Élargissez vos cibles</b> : le facility management recrute dans l'hôpital, l'école, la grande distribution.</li>
<li><b>Faites une pause</b> avant de renvoyer dix CV.</li>
</ol>
<p>{track("click.capcarriere.example.be", "a1", "Lire l'article complet")}</p>
</td></tr>
<tr><td style="padding:10px 30px;font-size:15px;line-height:22px;background:#faf7f2">
<b>Aussi cette semaine</b><br>
{track("click.capcarriere.example.be", "a2", "Entretien vidéo : les 7 erreurs de cadrage")}<br>
{track("click.capcarriere.example.be", "a3", "Salaires 2026 : combien gagne un gestionnaire technique ?")}<br>
{track("click.capcarriere.example.be", "a4", "Témoignage : de brancardier à responsable logistique")}
</td></tr>
<tr><td style="padding:16px 30px;font-family:Arial,sans-serif;font-size:11px;color:#888">Vous recevez la lettre du jeudi car vous êtes inscrit sur capcarriere.example.be.
<a href="https://capcarriere.example.be/desinscription?e=aHVnby5tZA" style="color:#888">Se désinscrire</a> · <a href="https://capcarriere.example.be/preferences" style="color:#888">Préférences</a><br>Cap Carrière ASBL – rue de l'Industrie 14, 4020 Liège</td></tr>
</table></td></tr></table>
{pixel("https://click.capcarriere.example.be/open/hmd0219.gif")}
</body></html>
""",
)

add(
    kind=OTHER, slug="job_alert_digest_jobswallonie", company="", contact="", lang="fr",
    frm=("JobsWallonie Alertes", "alertes@mail.jobswallonie.example.be"),
    subject="12 nouvelles offres pour « technicien maintenance » près de Namur",
    date="2026-04-14 06:05 +0200",
    alt=True, cte="qp",
    headers={"List-Unsubscribe": "<https://click.jobswallonie.example.be/unsub?a=alert771>", "Precedence": "bulk"},
    html=f"""<html><head><meta charset="utf-8"></head><body style="margin:0;background:#eef2f0;font-family:Arial,sans-serif">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#d4222a;padding:12px 20px"><img src="https://static.jobswallonie.example.be/mail/logo-blanc.png" alt="JobsWallonie" height="24"></td></tr>
<tr><td style="padding:18px 20px;font-size:15px">Bonjour Hugo, voici les nouvelles offres de ton alerte <b>technicien maintenance – Namur (+25 km)</b> :</td></tr>
<tr><td style="padding:0 20px">
<table width="100%" cellpadding="8" cellspacing="0" style="font-size:14px;border-collapse:collapse">
<tr style="border-bottom:1px solid #eee"><td>{track("click.jobswallonie.example.be", "j1", "Technicien HVAC (H/F/X)", "color:#d4222a;font-weight:bold")}<br><span style="color:#777">Climatec Services – Gembloux · CDI</span></td></tr>
<tr style="border-bottom:1px solid #eee"><td>{track("click.jobswallonie.example.be", "j2", "Agent d'entretien et de maintenance – école", "color:#d4222a;font-weight:bold")}<br><span style="color:#777">Pouvoir organisateur Saint-Berthuin – Malonne · CDD</span></td></tr>
<tr style="border-bottom:1px solid #eee"><td>{track("click.jobswallonie.example.be", "j3", "Technicien polyvalent bâtiments", "color:#d4222a;font-weight:bold")}<br><span style="color:#777">Résidence Les Jardins de Wépion – Wépion · CDI</span></td></tr>
<tr style="border-bottom:1px solid #eee"><td>{track("click.jobswallonie.example.be", "j4", "Responsable maintenance (entretien préventif)", "color:#d4222a;font-weight:bold")}<br><span style="color:#777">Agroval – Floreffe · CDI</span></td></tr>
<tr><td>{track("click.jobswallonie.example.be", "j5", "+ 8 autres offres", "color:#d4222a")}</td></tr>
</table></td></tr>
<tr><td style="padding:16px 20px;font-size:12px;color:#777">Conseil du jour : prépare ton entretien en relisant l'annonce la veille. {track("click.jobswallonie.example.be", "j6", "Nos conseils entretien", "color:#777")}</td></tr>
<tr><td style="padding:12px 20px;background:#f6f6f6;font-size:11px;color:#999">Tu reçois cette alerte quotidienne car tu l'as créée le 02/02/2026. <a href="https://click.jobswallonie.example.be/unsub?a=alert771" style="color:#999">Désactiver cette alerte</a> – JobsWallonie SRL, rue de Namur 5, 1300 Wavre</td></tr>
</table>
{pixel("https://click.jobswallonie.example.be/o/alert771-0414.gif")}
</body></html>
""",
)

add(
    kind=OTHER, slug="podcast_interview_invite", company="", contact="camille@lesgensdelombre.example.be", lang="fr",
    frm=("Camille Rousseaux", "camille@lesgensdelombre.example.be"),
    subject="Invitation podcast « Les gens de l'ombre » – interview",
    date="2026-03-18 13:27 +0100",
    cte="base64",
    body="""Bonjour Hugo,

Je m'appelle Camille, je produis « Les gens de l'ombre », un podcast indépendant qui donne la parole aux métiers invisibles de l'hôpital : brancardiers, agents de stérilisation, techniciens, cuisiniers...

C'est votre collègue Nadia (de la stérilisation) qui m'a donné votre contact. Elle m'a dit que vous aviez des histoires incroyables sur les nuits aux urgences et sur votre envie d'évoluer vers la gestion des bâtiments.

Est-ce que vous accepteriez une interview d'environ une heure, enregistrée chez vous ou dans notre petit studio à Namur ? On peut s'adapter à vos horaires. L'épisode serait diffusé en mai, et vous le relisez/réécoutez avant publication.

Aucune obligation bien sûr ! Répondez-moi simplement si ça vous tente.

Belle journée,
Camille Rousseaux
Les gens de l'ombre – podcast
Instagram : @lesgensdelombre
""",
)

add(
    kind=OTHER, slug="press_interview_journaliste", company="", contact="t.lambotte@courriermosan.example.be", lang="fr",
    frm=("Thierry Lambotte", "t.lambotte@courriermosan.example.be"),
    subject="Demande d'interview – pénurie de personnel dans les hôpitaux namurois",
    date="2026-06-09 09:48 +0200",
    charset="windows-1252", cte="qp",
    body="""Bonjour Monsieur Marchetti-Diallo,

Je suis journaliste au Courrier mosan, où je prépare un dossier sur la pénurie de personnel non soignant dans les hôpitaux de la province (transport interne, logistique, maintenance).

Votre nom m’a été donné par la délégation syndicale du CHU. Accepteriez-vous de répondre à quelques questions, par téléphone ou autour d’un café, sur votre quotidien de brancardier et sur les raisons qui poussent certains collègues à changer de secteur ? L’interview peut être anonyme si vous le souhaitez.

Le papier doit paraître le samedi 20 juin ; idéalement nous nous parlerions d’ici mardi prochain.

Merci d’avance et bonne journée,

Thierry Lambotte
Journaliste – rédaction de Namur
Le Courrier mosan
0495 33 18 72
""",
)

add(
    kind=OTHER, slug="gps_position_partagee", company="", contact="", lang="fr",
    frm=("Trajeo", "notifications@trajeo.example.com"),
    subject="Votre position est partagée avec Aïssatou",
    date="2026-05-02 18:41 +0200",
    cte="qp",
    html=f"""<html><body style="font-family:Helvetica,Arial,sans-serif;background:#ffffff;margin:0">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px">
<table width="480" cellpadding="0" cellspacing="0" style="font-size:15px;color:#1a1a1a">
<tr><td><img src="https://static.trajeo.example.com/mail/trajeo.png" alt="Trajeo" height="28"></td></tr>
<tr><td style="padding-top:18px">Hugo, votre position en temps réel est désormais partagée avec <b>Aïssatou D.</b> pendant 1 heure.</td></tr>
<tr><td style="padding-top:12px;color:#555">Votre position actuelle : E42 direction Liège, à hauteur de Wanze. Arrivée estimée : 19:22.</td></tr>
<tr><td style="padding-top:18px"><a href="https://trajeo.example.com/share/stop?s=71c2" style="background:#2f6bff;color:#fff;padding:10px 16px;border-radius:18px;text-decoration:none">Arrêter le partage</a></td></tr>
<tr><td style="padding-top:26px;font-size:11px;color:#999">Trajeo SAS, 8 rue de la Paix, 75002 Paris. Vous recevez cet e-mail car le partage de position est activé. <a href="https://trajeo.example.com/settings/notifications" style="color:#999">Paramètres des notifications</a></td></tr>
</table></td></tr></table>
{pixel("https://t.trajeo.example.com/o/71c2.gif")}
</body></html>
""",
)

add(
    kind=OTHER, slug="liste_attente_logement_position", company="", contact="", lang="fr",
    frm=("Le Foyer Namurois - Candidatures", "ne-pas-repondre@foyernamurois.example.be"),
    subject="Votre candidature-locataire : position actuelle sur la liste d'attente",
    date="2026-01-07 10:00 +0100",
    charset="iso-8859-1", cte="qp", header_charset="iso-8859-1",
    body="""Madame, Monsieur,

Dans le cadre de votre candidature-locataire n° 2024/11873 auprès de la société de logement de service public Le Foyer Namurois, nous vous informons de votre position au 1er janvier 2026 :

- Logement 2 chambres, secteur Namur-Jambes : position 214 (214e sur la liste)
- Logement 2 chambres, secteur Saint-Servais : position 167

Nous vous rappelons que votre candidature doit être renouvelée chaque année entre le 1er et le 31 janvier, faute de quoi elle sera radiée. Le formulaire de renouvellement est disponible sur notre site.

Ce courrier est envoyé automatiquement. Pour toute question, présentez-vous à nos guichets le mardi ou le jeudi matin.

Le Foyer Namurois - Service Candidatures
""",
)

add(
    kind=OTHER, slug="banque_demande_pret_recue", company="", contact="", lang="fr",
    frm=("Banque Mosane", "service.credits@banquemosane.example.be"),
    subject="Votre demande de prêt a bien été reçue",
    date="2026-07-03 12:17 +0200",
    cte="base64",
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1e2a38;margin:0">
<table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td style="padding:16px 0;border-bottom:3px solid #0b3d6e"><img src="https://www.banquemosane.example.be/mail/logo.png" alt="Banque Mosane" width="150"></td></tr>
<tr><td style="padding:20px 0">
<p>Cher client,</p>
<p>Nous avons bien reçu votre demande de prêt à tempérament « Auto » d'un montant de 12.000 EUR (référence PT-2026-448812).</p>
<p>Votre dossier sera analysé par nos services dans un délai de 5 jours ouvrables. Nous pourrons vous demander des documents complémentaires (fiches de paie, avertissement-extrait de rôle).</p>
<p>Vous pouvez suivre l'état de votre demande dans l'application Banque Mosane, rubrique « Mes demandes ».</p>
<p>Cordialement,<br>Votre service Crédits</p>
</td></tr>
<tr><td style="font-size:10px;color:#7a8594;padding-top:10px;border-top:1px solid #ddd">Banque Mosane SA – Place d'Armes 1, 5000 Namur – RPM Namur 0403.555.121 – FSMA 0403555121. Attention, emprunter de l'argent coûte aussi de l'argent. Ne répondez pas à cet e-mail : il ne sera pas lu.</td></tr>
</table></body></html>
""",
)

add(
    kind=OTHER, slug="appartement_candidature_refusee", company="", contact="l.jacquet@immo-meuse.example.be", lang="fr",
    frm=("Laure Jacquet - Immo Meuse Gestion", "l.jacquet@immo-meuse.example.be"),
    subject="Votre candidature pour l'appartement rue Godefroid 18",
    date="2026-08-11 16:33 +0200",
    cte="8bit",
    body="""Bonjour Monsieur Marchetti-Diallo,

Je vous remercie pour votre visite de samedi et pour le dossier complet que vous nous avez transmis.

Malheureusement, le propriétaire a retenu la candidature d'un autre ménage pour l'appartement 2 chambres de la rue Godefroid 18 (3e étage). Votre candidature n'a donc pas été retenue pour ce bien.

Je vous ai inscrit dans nos alertes pour les biens similaires à Namur-centre et à Jambes (budget max. 950 €). N'hésitez pas à me recontacter si un autre bien de notre site vous intéresse.

Bien à vous,

Laure Jacquet
Gestionnaire locative
Immo Meuse Gestion – agent immobilier agréé IPI 508.221
Rue de Fer 61 – 5000 Namur – 081 22 18 40
""",
)

add(
    kind=OTHER, slug="ami_raconte_son_refus", company="", contact="yannick.bertrand@example.be", lang="fr",
    frm=("Yannick Bertrand", "yannick.bertrand@example.be"),
    subject="devine qui s'est fait recaler",
    date="2026-02-18 22:40 +0100",
    cte="8bit",
    body="""Salut vieux,

Bon ben voilà, j'ai reçu la réponse de Facilia cet aprèm. Tu sais, le poste de technicien à Evere pour lequel j'avais passé l'entretien la même semaine que toi. Copier-coller du mail : "nous avons décidé de poursuivre avec des candidats dont l'expérience correspond plus étroitement aux exigences du poste". Bref, refusé.

Je suis un peu dégoûté mais bon, au moins c'est clair. Et toi t'as eu des nouvelles de ton côté ? Tu me diras.

On se fait une bière jeudi à la Cuve à bière ? J'ai besoin de me changer les idées 😅

Yannick
""",
)

add(
    kind=OTHER, slug="own_sent_relance_recruteur", company="", contact="", lang="fr",
    frm=ME,
    to=("Julie Maes", "j.maes@meuse-fp.example.be"),
    subject="Suivi de ma candidature – technicien de maintenance bâtiments",
    date="2026-03-02 19:08 +0100",
    cte="8bit",
    headers={"X-Mailer": "Apple Mail (2.3774.500.171.1.1)"},
    body="""Bonjour Madame Maes,

Je me permets de revenir vers vous au sujet de ma candidature pour le poste de technicien de maintenance bâtiments (site de Jambes), envoyée le 20 février via JobsWallonie.

Le poste m'intéresse toujours beaucoup et je reste disponible pour un entretien, en présentiel ou par téléphone, à votre meilleure convenance. Je travaille en pauses au CHU, mais je peux facilement adapter mes horaires.

Je vous remercie pour votre attention et vous souhaite une bonne soirée.

Hugo Marchetti-Diallo
0478 55 21 06
""",
)

add(
    kind=OTHER, slug="own_sent_candidature_spontanee", company="", contact="", lang="fr",
    frm=ME,
    to="personnel@cpas-rochefontaine.example.be",
    subject="Candidature spontanée – agent technique",
    date="2026-01-08 21:55 +0100",
    cte="qp",
    body="""Madame, Monsieur,

Brancardier depuis six ans au CHU Sambre-Meuse, je souhaite aujourd'hui mettre mon expérience du terrain hospitalier au service de la gestion technique des bâtiments. Je termine actuellement un certificat en gestion technique des bâtiments (cours du soir, promotion sociale de Namur).

C'est pourquoi je vous adresse ma candidature spontanée pour une fonction d'agent technique au sein de vos services, en particulier pour votre maison de repos. Je suis habitué au travail en pauses, au contact des résidents et aux situations d'urgence, et j'assure déjà de petites interventions techniques (dépannages de lits, portes, appels malades).

Vous trouverez mon CV en pièce jointe. Je me tiens à votre disposition pour un entretien.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Hugo Marchetti-Diallo
Rue des Brasseurs 41/3 – 5000 Namur
0478 55 21 06
""",
)

add(
    kind=OTHER, slug="absence_reponse_automatique", company="", contact="m.schmit@vesta-pm.example.lu", lang="fr",
    frm=("Mireille Schmit", "m.schmit@vesta-pm.example.lu"),
    subject="Réponse automatique : Documents pour l'offre – références et casier judiciaire",
    date="2026-06-22 08:03 +0200",
    irt="<CAD9b4Hp7XrT@mail.gmail.com>",
    cte="qp",
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    body="""Bonjour,

Je suis absente du bureau du 22 juin au 3 juillet inclus, sans accès à mes e-mails.

Pour toute question urgente concernant le personnel, merci de contacter M. Paul Weber (p.weber@vesta-pm.example.lu). Pour les demandes locatives, écrivez à info@vesta-pm.example.lu.

Cordialement,
Mireille Schmit
Vesta Property Management
""",
)

add(
    kind=OTHER, slug="cold_outreach_recruteur", company="", contact="nicolas.pirard@talentbridge.example.be", lang="fr",
    frm=("Nicolas Pirard", "nicolas.pirard@talentbridge.example.be"),
    subject="Une opportunité en maintenance hospitalière ?",
    date="2026-07-15 12:06 +0200",
    cte="base64",
    body="""Bonjour Hugo,

Je me permets de vous écrire après avoir vu votre profil sur un réseau professionnel. Je suis consultant chez TalentBridge, cabinet spécialisé dans les fonctions techniques du secteur des soins.

Un de nos clients, un groupe de maisons de repos en province de Namur, recrute régulièrement des profils techniques polyvalents, et votre parcours au CHU me semble très intéressant pour ce type de fonction.

Je n'ai pas de poste précis à vous proposer aujourd'hui, mais seriez-vous ouvert à ce que je garde votre CV et que je vous tienne informé quand une mission se présente ? Si oui, vous pouvez simplement me répondre avec votre CV à jour et vos disponibilités.

Bien cordialement,

Nicolas Pirard
Consultant – Healthcare & Technical | TalentBridge
+32 477 61 02 93
""",
)

add(
    kind=OTHER, slug="profil_consulte_notification", company="", contact="", lang="fr",
    frm=("Pronet", "notifications@pronet.example.com"),
    subject="Hugo, votre profil a été consulté 5 fois cette semaine",
    date="2026-05-29 08:00 +0200",
    cte="qp",
    headers={"List-Unsubscribe": "<https://www.pronet.example.com/settings/unsubscribe?n=weekly-views&u=hmd>"},
    html=f"""<html><body style="margin:0;background:#f3f2ef;font-family:-apple-system,Segoe UI,Roboto,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:16px">
<table width="512" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:8px">
<tr><td style="padding:16px 20px"><img src="https://static.pronet.example.com/mail/logo.png" alt="Pronet" height="22"></td></tr>
<tr><td style="padding:0 20px 8px 20px;font-size:20px;color:#191919">Votre profil a été consulté 5 fois</td></tr>
<tr><td style="padding:0 20px 14px 20px;font-size:14px;color:#666">Parmi les personnes qui ont consulté votre profil :<br>
• un(e) Recruteur(se) chez un cabinet de recrutement à Bruxelles<br>
• un(e) Facility Manager chez Buildsense<br>
• 3 autres personnes</td></tr>
<tr><td style="padding:0 20px 20px 20px">{track("t.pronet.example.com", "pv1", "Voir qui a consulté votre profil", "background:#0a66c2;color:#fff;padding:9px 16px;border-radius:18px;text-decoration:none")}</td></tr>
<tr><td style="padding:12px 20px;font-size:11px;color:#999;border-top:1px solid #eee">Cet e-mail est destiné à Hugo Marchetti-Diallo. <a href="https://www.pronet.example.com/settings/unsubscribe?n=weekly-views&amp;u=hmd" style="color:#999">Se désabonner</a> · Pronet Ireland Unlimited Company, Dublin 2</td></tr>
</table></td></tr></table>
{pixel("https://t.pronet.example.com/o/pv-0529.gif")}
</body></html>
""",
)

add(
    kind=OTHER, slug="formation_vca_inscription_recue", company="", contact="", lang="fr",
    frm=("Centre de formation Technifutur-Sud", "inscriptions-noreply@technisud.example.be"),
    subject="Confirmation d'inscription - VCA Base (session du 18 avril)",
    date="2026-03-27 14:11 +0100",
    charset="iso-8859-1", cte="8bit", header_charset="iso-8859-1",
    body="""Bonjour Hugo Marchetti-Diallo,

Votre inscription à la formation suivante a bien été reçue et validée :

Formation : VCA Base (B-VCA) - sécurité de base
Date : samedi 18 avril 2026, de 8h30 à 16h30, examen inclus
Lieu : Technisud, zoning de Rhisnes, bâtiment 3
Prix : 0 EUR (pris en charge par le chèque-formation)

Merci de vous présenter avec votre carte d'identité. En cas d'absence non justifiée, le chèque-formation sera perdu.

Centre de formation Technisud
Ce message est généré automatiquement.
""",
)

add(
    kind=OTHER, slug="conseiller_emploi_entretien_suivi", company="", contact="sandrine.colignon@emploiwallonie.example.be", lang="fr",
    frm=("Sandrine Colignon", "sandrine.colignon@emploiwallonie.example.be"),
    subject="Entretien de suivi de votre projet professionnel",
    date="2026-04-16 10:36 +0200",
    cte="qp",
    body="""Bonjour Monsieur Marchetti-Diallo,

Dans le cadre de l'accompagnement de votre projet de réorientation vers le facility management (dossier d'aide à la formation), je vous propose un entretien de suivi le jeudi 23 avril à 9h30 dans nos locaux de Namur, avenue Prince de Liège 137, ou par téléphone si vous préférez.

Nous ferons le point sur le certificat que vous suivez, sur vos candidatures en cours et sur l'éventuelle prise en charge de la formation frigoriste.

Merci de me confirmer votre présence par retour de mail.

Sandrine Colignon
Conseillère référente – Service Emploi Wallonie, direction régionale de Namur
081 48 60 22
""",
)

add(
    kind=OTHER, slug="webinar_reussir_entretien", company="", contact="", lang="fr",
    frm=("FM Academy Belgium", "events@fmacademy.example.be"),
    subject="[Webinar gratuit] Réussir son entretien d'embauche en facility management – mardi 12 mai",
    date="2026-05-04 11:00 +0200",
    cte="qp",
    headers={"List-Id": "FM Academy events <events.fmacademy.example.be>",
             "List-Unsubscribe": "<mailto:leave-events@fmacademy.example.be>", "Precedence": "list"},
    body="""Bonjour Hugo,

Vous passez bientôt un entretien pour un poste de facility manager, de technicien ou de gestionnaire de site ? Ce webinar est fait pour vous.

RÉUSSIR SON ENTRETIEN D'EMBAUCHE EN FACILITY MANAGEMENT
Mardi 12 mai 2026 – 12h30 à 13h30 – en ligne, gratuit

Au programme :
- les questions techniques qu'on vous posera (et comment y répondre sans jargon) ;
- comment parler d'une reconversion (hôpital, horeca, armée...) ;
- que faire si l'entretien est annulé ou reporté à la dernière minute ;
- la négociation de l'offre : salaire, voiture, chèques-repas.

Avec Véronique Baudoux, DRH d'un groupe de facility services, et Karim El Amrani, passé de concierge à site manager en quatre ans.

Inscription : https://fmacademy.example.be/webinars/entretien-fm?utm_source=newsletter&utm_medium=email

À bientôt en ligne,
L'équipe FM Academy Belgium

--
Vous recevez ce message car vous êtes inscrit à la liste « événements » de FM Academy Belgium ASBL.
Se désinscrire : https://fmacademy.example.be/desinscription
""",
)

add(
    kind=OTHER, slug="dentiste_rappel_rdv", company="", contact="", lang="fr",
    frm=("Cabinet dentaire du Parc - Rappels", "rappels@agenda-sante.example.be"),
    subject="Rappel : votre rendez-vous du 14/09 à 17:40",
    date="2026-09-12 18:00 +0200",
    cte="7bit",
    body="""Bonjour Hugo Marchetti-Diallo,

Nous vous rappelons votre rendez-vous :
Dr A. Lemaire - Cabinet dentaire du Parc
Lundi 14/09/2026 a 17:40
Avenue de la Plante 9, 5000 Namur

En cas d'empechement, merci d'annuler au moins 24h a l'avance via https://agenda-sante.example.be/a/8c21 ou au 081 23 45 10. Tout rendez-vous non annule pourra etre facture.

Message automatique - ne pas repondre.
""",
)

add(
    kind=OTHER, slug="fiche_paie_disponible", company="", contact="", lang="fr",
    frm=("CHU Sambre-Meuse - Paie", "paie-noreply@chu-sambremeuse.example.be"),
    subject="Votre fiche de paie de mars 2026 est disponible",
    date="2026-03-31 05:12 +0200",
    cte="qp",
    html="""<html><body style="font-family:Tahoma,Arial,sans-serif;font-size:13px;color:#333">
<table width="560" cellpadding="0" cellspacing="0">
<tr><td style="padding:10px 0;border-bottom:2px solid #6d1f7e"><img src="https://myhr.chu-sambremeuse.example.be/img/chu-logo.png" alt="CHU Sambre-Meuse – MyHR" height="34"></td></tr>
<tr><td style="padding:16px 0">
<p>Bonjour,</p>
<p>Votre fiche de paie du mois de <b>mars 2026</b> est disponible dans votre espace personnel MyHR.</p>
<p>Rappel : les primes de nuit et de week-end prestées en février sont reprises sur cette fiche.</p>
<p><a href="https://myhr.chu-sambremeuse.example.be/documents/paie" style="color:#6d1f7e">Accéder à MyHR</a></p>
</td></tr>
<tr><td style="font-size:10px;color:#888;border-top:1px solid #ddd;padding-top:8px">Service du personnel – cellule Paie. Message automatique, merci de ne pas répondre.</td></tr>
</table></body></html>
""",
)

add(
    kind=OTHER, slug="collegue_planning_gardes", company="", contact="d.lallemand@chu-sambremeuse.example.be", lang="fr",
    frm=("Lallemand Didier", "d.lallemand@chu-sambremeuse.example.be"),
    to=[("Equipe brancardage", "brancardage@chu-sambremeuse.example.be")],
    subject="Planning brancardage avril + échanges de pauses",
    date="2026-03-20 14:55 +0100",
    cte="8bit",
    body="""Bonjour à tous,

Le planning d'avril est affiché au local et dispo sur l'intranet. Attention, avec les congés de Pâques on est juste sur les nuits du 6 au 12 : si quelqu'un peut reprendre une nuit, faites-moi signe.

Pour les échanges de pauses, toujours la même règle : vous vous arrangez entre vous, et vous m'envoyez un mail avec les deux noms AVANT le jour J, sinon c'est refusé.

Hugo : ton échange du 14/04 avec Samir est validé.

Merci à tous et bon week-end,

Didier Lallemand
Chef d'équipe – Transport interne des patients
CHU Sambre-Meuse, site Godinne – bip 4471
""",
)

add(
    kind=OTHER, slug="club_entrainement_annule", company="", contact="coach.jeremy@rfcjambes.example.be", lang="fr",
    frm=("Jérémy - RFC Jambes vétérans", "coach.jeremy@rfcjambes.example.be"),
    to="veterans@rfcjambes.example.be",
    cc=[ME],
    subject="ENTRAINEMENT ANNULE CE SOIR",
    date="2026-01-14 16:02 +0100",
    cte="8bit",
    body="""Salut les gars,

Entraînement annulé ce soir, le terrain synthétique est gelé et la commune a fermé les installations. On reprend jeudi prochain normalement.

Match de samedi contre Erpent : rdv 13h15 au vestiaire, je confirme la compo vendredi.

Jérém
""",
)

add(
    kind=OTHER, slug="formation_continue_admission", company="", contact="c.dewez@promsoc-namur.example.be", lang="fr",
    frm=("Christine Dewez", "c.dewez@promsoc-namur.example.be"),
    subject="Certificat en gestion technique des bâtiments – votre candidature est acceptée",
    date="2026-08-31 13:20 +0200",
    charset="windows-1252", cte="qp",
    body="""Bonjour Monsieur Marchetti-Diallo,

J’ai le plaisir de vous informer que votre candidature à la 2e année du certificat en gestion technique des bâtiments (horaire décalé) a été acceptée par le conseil des études, au vu de vos résultats de première année.

Les cours reprendront le lundi 21 septembre à 18h00, local B204. Le droit d’inscription (212 €) est à verser avant le 15 septembre ; une réduction est possible sur présentation d’une attestation Service Emploi Wallonie.

N’hésitez pas à me contacter pour toute question administrative.

Christine Dewez
Secrétariat des études
Institut de promotion sociale de Namur
081 25 67 90
""",
)

add(
    kind=OTHER, slug="benevole_festival_retenu", company="", contact="benevoles@festivaldelameuse.example.be", lang="fr",
    frm=("Festival de la Meuse – Bénévoles", "benevoles@festivaldelameuse.example.be"),
    subject="Ta candidature bénévole est retenue ! 🎶",
    date="2026-06-18 20:30 +0200",
    cte="qp",
    html="""<html><body style="font-family:'Trebuchet MS',Arial,sans-serif;background:#1c1c3a;margin:0;color:#ffffff">
<table width="560" align="center" cellpadding="0" cellspacing="0">
<tr><td style="padding:22px 0"><img src="https://festivaldelameuse.example.be/mail/banner-2026.jpg" alt="Festival de la Meuse 2026" width="560"></td></tr>
<tr><td style="padding:0 10px 20px 10px;font-size:15px;line-height:23px">
<p>Salut Hugo !</p>
<p>Bonne nouvelle : ta candidature pour rejoindre l'équipe bénévole est <b>retenue</b> ! Tu seras dans l'équipe <b>Logistique &amp; montage</b> (vu ton expérience, on s'est dit que tu serais parfait).</p>
<p>Tes shifts : vendredi 7 août 14h–20h et dimanche 9 août 8h–14h. Réunion d'accueil obligatoire le jeudi 30 juillet à 19h au chapiteau.</p>
<p>Tu reçois un pass 3 jours, les repas et le t-shirt officiel. Une question ? Réponds simplement à ce mail, l'équipe bénévoles te répond.</p>
<p>Merci et à très vite sur le site !<br>Léa, pour l'équipe bénévoles</p>
</td></tr>
<tr><td style="padding:12px 10px;font-size:11px;color:#a8a8d0">Festival de la Meuse ASBL – Namur. <a href="https://festivaldelameuse.example.be/desinscription" style="color:#a8a8d0">Ne plus recevoir nos e-mails</a></td></tr>
</table></body></html>
""",
)

add(
    kind=OTHER, slug="commande_annulee_boutique", company="", contact="", lang="fr",
    frm=("Brico-Plus", "commandes@brico-plus.example.be"),
    subject="Votre commande n° 40-771204 a été annulée",
    date="2026-05-15 09:26 +0200",
    alt=True, cte="qp",
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333;margin:0">
<table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td style="background:#ffd100;padding:14px 20px"><img src="https://www.brico-plus.example.be/mail/logo.png" alt="Brico-Plus" height="30"></td></tr>
<tr><td style="padding:20px">
<p>Bonjour Hugo,</p>
<p>Nous sommes désolés : votre commande n° 40-771204 (perceuse-visseuse sans fil 18V + coffret d'embouts) a été <b>annulée</b>, l'article n'étant plus disponible chez notre fournisseur.</p>
<p>Le montant de 129,90 € sera remboursé sur votre carte sous 3 à 5 jours ouvrables.</p>
<p><a href="https://www.brico-plus.example.be/outillage/perceuses?utm_source=transac" style="color:#0057a8">Voir des articles similaires</a></p>
<p>L'équipe Brico-Plus</p>
</td></tr>
<tr><td style="padding:12px 20px;font-size:11px;color:#888;border-top:1px solid #eee">Brico-Plus SA – chaussée de Louvain 510, 5004 Bouge – TVA BE 0412.889.301. Cet e-mail est envoyé automatiquement.</td></tr>
</table></body></html>
""",
)

add(
    kind=OTHER, slug="rappel_agenda_entretien", company="", contact="", lang="fr",
    frm=("Agenda", "rappels@agenda.example.com"),
    subject="Rappel : Entretien CHU - Gilson/Bodart @ lun. 16 févr. 2026 13:30 - 14:30",
    date="2026-02-16 12:30 +0100",
    cte="qp",
    body="""Ceci est un rappel pour l'événement suivant.

Entretien CHU - Gilson/Bodart
Quand : lundi 16 févr. 2026 13:30 – 14:30 (heure normale d'Europe centrale - Bruxelles)
Où : Godinne, bâtiment administratif, salle Meuse
Agenda : hugo.md@example.be

Notes : prendre diplôme + certificat cours du soir. Demander horaire de jour ?

Vous recevez ce rappel parce que vous avez activé les notifications par e-mail pour l'agenda hugo.md@example.be.
Pour ne plus recevoir de rappels pour cet événement, modifiez ses paramètres de notification : https://agenda.example.com/event?eid=ZW50cmV0aWVu
""",
)

add(
    kind=OTHER, slug="colis_retarde", company="", contact="", lang="fr",
    frm=("Colivia", "suivi@colivia.example.be"),
    subject="Malheureusement, votre colis est retardé",
    date="2026-10-09 07:45 +0200",
    cte="qp",
    html="""<html><body style="margin:0;font-family:Arial,Helvetica,sans-serif;background:#f6f6f6">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:18px">
<table width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;color:#222;font-size:14px;line-height:21px">
<tr><td style="padding:16px 22px;border-bottom:3px solid #00a19a"><img src="https://colivia.example.be/mail/colivia.png" alt="Colivia" height="26"></td></tr>
<tr><td style="padding:20px 22px">
<p>Bonjour,</p>
<p>Malheureusement, votre colis n° <b>CV 3302 8871 4BE</b> est retardé en raison d'un volume exceptionnel dans notre centre de tri de Charleroi.</p>
<p><b>Nouvelle date de livraison estimée :</b> mardi 13 octobre 2026, entre 9h et 13h.</p>
<p><a href="https://colivia.example.be/suivi/CV33028871?utm_medium=email" style="color:#00a19a">Suivre mon colis</a> · <a href="https://colivia.example.be/suivi/CV33028871/point-relais" style="color:#00a19a">Livrer en point relais</a></p>
<p>Nous vous prions de nous excuser pour ce désagrément.</p>
</td></tr>
<tr><td style="padding:12px 22px;font-size:11px;color:#999;border-top:1px solid #eee">Colivia SA – Ce message est envoyé automatiquement, merci de ne pas y répondre.</td></tr>
</table></td></tr></table>
<img src="https://colivia.example.be/o/CV33028871.gif" width="1" height="1" alt="">
</body></html>
""",
)

add(
    kind=OTHER, slug="compte_candidat_cree", company="", contact="", lang="fr",
    frm=("Portail carrières Groupe Batigest", "ne-pas-repondre@batigest.example.be"),
    subject="Bienvenue sur le portail carrières – votre compte a été créé",
    date="2026-04-21 21:03 +0200",
    cte="qp",
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
<p><img src="https://carrieres.batigest.example.be/img/logo.png" alt="Groupe Batigest – Carrières" height="40"></p>
<p>Bonjour Hugo,</p>
<p>Votre compte sur le portail carrières du Groupe Batigest a bien été créé avec l'adresse hugo.md@example.be.</p>
<p>Vous pouvez dès à présent compléter votre profil, déposer votre CV et créer des alertes. <b>Attention :</b> la création d'un compte ne vaut pas candidature. Pour postuler, rendez-vous sur l'offre qui vous intéresse et cliquez sur « Postuler ».</p>
<p><a href="https://carrieres.batigest.example.be/compte/activer?t=77a1e" style="color:#c0392b">Activer mon compte</a> (lien valable 48 heures)</p>
<p style="font-size:11px;color:#888">Si vous n'êtes pas à l'origine de cette demande, ignorez ce message. Groupe Batigest SA – Quai de Rome 48, 4000 Liège.</p>
</body></html>
""",
)

# =========================================================================== English

add(
    kind=OTHER, slug="job_alert_jobs_you_may_like", company="", contact="", lang="en",
    frm=("Pronet Job Alerts", "jobalerts-noreply@pronet.example.com"),
    subject="\"facility coordinator\": 9 new jobs in Maastricht and nearby",
    date="2026-03-05 17:15 +0100",
    cte="qp",
    headers={"List-Unsubscribe": "<https://www.pronet.example.com/jobs/alerts/unsubscribe?a=fc-mst>", "Precedence": "bulk"},
    html=f"""<html><body style="margin:0;background:#f3f2ef;font-family:-apple-system,Segoe UI,Roboto,sans-serif">
<table width="512" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="padding:14px 18px"><img src="https://static.pronet.example.com/mail/logo.png" alt="Pronet" height="22"></td></tr>
<tr><td style="padding:0 18px 10px 18px;font-size:18px">Your job alert for <b>facility coordinator</b> in Maastricht</td></tr>
<tr><td style="padding:0 18px">
<p style="border-top:1px solid #eee;padding-top:10px">{track("t.pronet.example.com", "ja1", "Facility Coordinator", "color:#0a66c2;font-weight:bold;text-decoration:none")}<br><span style="color:#666;font-size:13px">Brightwell Campus Services · Maastricht · Actively recruiting</span></p>
<p style="border-top:1px solid #eee;padding-top:10px">{track("t.pronet.example.com", "ja2", "Junior Facility Manager", "color:#0a66c2;font-weight:bold;text-decoration:none")}<br><span style="color:#666;font-size:13px">Heerlen Medical Park · Heerlen · 12 applicants</span></p>
<p style="border-top:1px solid #eee;padding-top:10px">{track("t.pronet.example.com", "ja3", "Building Operations Assistant (EN/NL)", "color:#0a66c2;font-weight:bold;text-decoration:none")}<br><span style="color:#666;font-size:13px">Campus Limburg · Maastricht · Easy Apply</span></p>
<p style="border-top:1px solid #eee;padding-top:10px">{track("t.pronet.example.com", "ja4", "See all 9 jobs", "color:#0a66c2")}</p>
</td></tr>
<tr><td style="padding:12px 18px;font-size:11px;color:#999;border-top:1px solid #eee">You are receiving Job Alert emails. <a href="https://www.pronet.example.com/jobs/alerts/unsubscribe?a=fc-mst" style="color:#999">Unsubscribe</a> · Pronet Ireland Unlimited Company, Dublin 2</td></tr>
</table>
{pixel("https://t.pronet.example.com/o/ja-0305.gif")}
</body></html>
""",
)

add(
    kind=OTHER, slug="newsletter_missed_interview_advice", company="", contact="", lang="en",
    frm=("The Facilities Career Brief", "brief@fmcareers.example.com"),
    reply_to="brief@fmcareers.example.com",
    subject="Missed an interview? Here's how to recover (and when not to bother)",
    date="2026-06-11 06:00 +0100",
    cte="qp",
    headers={"List-Id": "<brief.fmcareers.example.com>",
             "List-Unsubscribe": "<https://fmcareers.example.com/unsubscribe?id=88a1>",
             "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"},
    body="""THE FACILITIES CAREER BRIEF - Issue #142

MISSED AN INTERVIEW? HERE'S HOW TO RECOVER

It happens more than recruiters admit: a train strike, a sick child, a calendar invite that landed in spam. "We waited for you at 10:00" is not the end of the road - if you act fast.

1. Write within the hour. Apologise once, explain in one sentence, ask for a new slot.
2. Don't over-explain. Nobody needs your whole day.
3. If they reply that the position has been filled, thank them and move on.

Read the full piece: https://fmcareers.example.com/r/88a1/missed-interview

ALSO IN THIS ISSUE
- "Unfortunately, we have decided not to proceed": decoding rejection templates -> https://fmcareers.example.com/r/88a1/rejections
- Salary guide: facility coordinators in the Benelux -> https://fmcareers.example.com/r/88a1/salaries
- 14 new roles on our job board -> https://fmcareers.example.com/r/88a1/jobs

You're receiving this because you subscribed at fmcareers.example.com.
Unsubscribe: https://fmcareers.example.com/unsubscribe?id=88a1
FM Careers Media Ltd, Registered in England No 11230457, 5 Bridge Street, Leeds LS2 7RD
""",
)

add(
    kind=OTHER, slug="user_research_interview", company="", contact="sam.okafor@roomly.example.com", lang="en",
    frm=("Sam Okafor", "sam.okafor@roomly.example.com"),
    subject="30-min interview about how you book rooms? (€40 voucher)",
    date="2026-04-23 15:10 +0200",
    html_from_body="gmail",
    cte="qp",
    body="""Hi Hugo,

I'm Sam, a user researcher at Roomly (the meeting-room and desk booking app your hospital started piloting this spring).

We're running a round of user research interviews with people who actually move around buildings all day - porters, technicians, cleaners - to understand what works and what doesn't in the app. Would you be up for a 30-minute video interview next week? No preparation needed, and there are no right or wrong answers.

As a thank-you, you'll receive a €40 voucher.

If you're interested, just reply with a couple of times that suit you, or book directly here: https://roomly.example.com/research/book?src=hmd

Thanks!
Sam Okafor
User Research, Roomly
""",
)

add(
    kind=OTHER, slug="package_delayed_en", company="", contact="", lang="en",
    frm=("ParcelHop", "updates@parcelhop.example.com"),
    subject="Unfortunately your package is delayed",
    date="2026-07-22 09:31 +0200",
    cte="7bit",
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<table width="560" align="center" cellpadding="0" cellspacing="0">
<tr><td style="padding:14px 0"><img src="https://parcelhop.example.com/mail/logo.png" alt="ParcelHop" height="26"></td></tr>
<tr><td>
<p>Hi Hugo,</p>
<p>Unfortunately your package <b>PH-88120455-BE</b> from Workwear Direct is delayed due to a problem at our Liege hub.</p>
<p><b>New estimated delivery:</b> Friday 24 July, 10:00 - 14:00</p>
<p>Not going to be home? <a href="https://parcelhop.example.com/t/PH88120455?action=reroute&amp;utm_source=email" style="color:#6a1b9a">Choose a pickup point</a>.</p>
<p>Sorry for the inconvenience,<br>The ParcelHop team</p>
</td></tr>
<tr><td style="font-size:11px;color:#999;padding-top:16px">This is an automated service message. ParcelHop BV, Antwerp.</td></tr>
</table>
<img src="https://parcelhop.example.com/o/88120455.gif" width="1" height="1" alt="">
</body></html>
""",
)

add(
    kind=OTHER, slug="flight_rescheduled", company="", contact="", lang="en",
    frm=("SkyMeuse Airlines", "no-reply@skymeuse.example.com"),
    subject="Important: your flight has been rescheduled - booking K7P2QX",
    date="2026-08-04 03:12 +0000",
    alt=True, cte="qp",
    html="""<html><body style="margin:0;background:#eef3f8;font-family:Helvetica,Arial,sans-serif">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#123b73;padding:16px 22px"><img src="https://skymeuse.example.com/mail/logo-white.png" alt="SkyMeuse" height="28"></td></tr>
<tr><td style="padding:22px;font-size:14px;color:#1d2733;line-height:21px">
<p>Dear Mr Marchetti-Diallo,</p>
<p>Due to operational reasons, your flight <b>SM 4412 Charleroi (CRL) – Malaga (AGP)</b> on 14 August 2026 has been rescheduled.</p>
<table cellpadding="6" style="font-size:14px;border:1px solid #d7e0ea">
<tr><td>Original departure</td><td style="text-decoration:line-through">06:35</td></tr>
<tr><td>New departure</td><td><b>09:50</b></td></tr>
<tr><td>New arrival</td><td><b>12:55</b></td></tr>
</table>
<p>If the new time does not suit you, you can change your flight free of charge or request a refund in <a href="https://skymeuse.example.com/manage?pnr=K7P2QX" style="color:#123b73">Manage my booking</a>.</p>
<p>We apologise for any inconvenience.<br>SkyMeuse Customer Care</p>
</td></tr>
<tr><td style="padding:12px 22px;font-size:10px;color:#888">SkyMeuse Airlines NV – Charleroi Airport – This mailbox is not monitored.</td></tr>
</table></body></html>
""",
)

add(
    kind=OTHER, slug="out_of_office_en", company="", contact="hannah.blake@caldwellrowe.example.com", lang="en",
    frm=("Hannah Blake", "hannah.blake@caldwellrowe.example.com"),
    subject="Automatic reply: Assessment day - travel question",
    date="2026-08-28 18:44 +0100",
    irt="<CAE1c0Hq8mT@mail.gmail.com>",
    cte="7bit",
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    body="""Thank you for your email. I'm out of the office until Wednesday 2 September with limited access to email.

For anything urgent relating to an ongoing recruitment, please contact resourcing@caldwellrowe.example.com and a colleague will pick it up.

Kind regards,
Hannah
""",
)

add(
    kind=OTHER, slug="cold_outreach_headhunter_en", company="", contact="oliver.grant@harbourline.example.com", lang="en",
    frm=("Oliver Grant", "oliver.grant@harbourline.example.com"),
    subject="Open to a chat about facilities roles in Luxembourg?",
    date="2026-05-13 13:37 +0200",
    cte="qp",
    body="""Hi Hugo,

I came across your profile and your move from hospital logistics into building management caught my eye.

I'm a recruiter at Harbourline Partners, focused on facilities and workplace roles across Luxembourg and the Greater Region. Clients there are struggling to find bilingual (FR/EN) people with 24/7 operational experience - exactly what you have.

I don't have a specific vacancy for you today, but would you be open to a 15-minute informal chat so I understand what you're looking for? No pressure at all.

Best regards,
Oliver Grant
Senior Recruiter | Harbourline Partners
+352 691 204 877
""",
)

add(
    kind=OTHER, slug="own_sent_application_en", company="", contact="", lang="en",
    frm=ME,
    to="recruitment@hzmaastricht.example.nl",
    subject="Application - Facility Services Assistant (vacancy 26-112)",
    date="2026-02-03 22:10 +0100",
    cte="7bit",
    body="""Dear Sir or Madam,

Please find attached my application for the position of Facility Services Assistant (vacancy 26-112).

For six years I have worked as a hospital porter at CHU Sambre-Meuse in Belgium, where I coordinate patient and equipment transfers and handle first-line technical issues. I am currently completing a certificate in building technical management and would like to put both experiences to work in a hospital environment such as yours.

I speak French and English fluently and I am learning Dutch. I would be glad to discuss my application with you in an interview.

Kind regards,
Hugo Marchetti-Diallo
+32 478 55 21 06
""",
)

add(
    kind=OTHER, slug="candidate_experience_survey", company="", contact="", lang="en",
    frm=("Maasgebouw Services Candidate Survey", "survey@candidatepulse.example.com"),
    subject="How was your experience applying to Maasgebouw Services?",
    date="2026-03-19 10:05 +0100",
    cte="qp",
    html=f"""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333;background:#fafafa">
<table width="540" align="center" cellpadding="0" cellspacing="0" style="background:#fff;border:1px solid #eee">
<tr><td style="padding:22px">
<p>Hi Hugo,</p>
<p>You recently went through the recruitment process for <b>Facility Coordinator</b> at Maasgebouw Services. Whatever the outcome, your feedback helps them improve.</p>
<p>How likely are you to recommend applying to Maasgebouw Services to a friend?</p>
<p style="text-align:center">{" ".join(track("go.candidatepulse.example.com", f"nps{i}", str(i), "display:inline-block;width:28px;padding:6px 0;border:1px solid #ccc;text-decoration:none;color:#333") for i in range(11))}</p>
<p style="font-size:12px;color:#888">The survey takes 2 minutes and is anonymous.</p>
</td></tr>
<tr><td style="padding:12px 22px;font-size:11px;color:#aaa;border-top:1px solid #eee">CandidatePulse collects feedback on behalf of employers. <a href="https://go.candidatepulse.example.com/optout?u=hmd" style="color:#aaa">Opt out</a></td></tr>
</table>
{pixel("https://go.candidatepulse.example.com/o/hmd-0319.gif")}
</body></html>
""",
)

add(
    kind=OTHER, slug="scam_remote_offer", company="", contact="", lang="en",
    frm=("HR Department", "hr.department.global@fastjobs-hiring.example.com"),
    reply_to="recruit.team.2026@mailbox.example.com",
    subject="JOB OFFER!!! Remote Assistant - 450 EUR/day - START TODAY",
    date="2026-09-17 04:22 +0000",
    cte="base64",
    body="""Dear Candidate,

CONGRATULATIONS!!! Your profile has been selected by our HR Department for a REMOTE ASSISTANT position.

- Salary: 450 EUR per day, paid weekly
- Only 1-2 hours per day from your phone
- No experience needed, no interview required

To accept this offer, reply with your full name, date of birth, bank account number (IBAN) and a copy of your ID card. Places are limited, offer valid 24 HOURS ONLY.

Best Regards,
HR Department
""",
)

add(
    kind=OTHER, slug="course_financial_aid_approved", company="", contact="", lang="en",
    frm=("Learnwise", "no-reply@learnwise.example.com"),
    subject="Your Financial Aid application was approved",
    date="2026-01-30 14:48 +0000",
    cte="qp",
    html="""<html><body style="margin:0;background:#f5f7fa;font-family:'Source Sans Pro',Arial,sans-serif">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="padding:20px 28px"><img src="https://learnwise.example.com/email/logo.png" alt="Learnwise" height="28"></td></tr>
<tr><td style="padding:0 28px 24px 28px;font-size:15px;line-height:23px;color:#1f1f1f">
<p style="font-size:22px"><b>Good news, Hugo!</b></p>
<p>Your Financial Aid application for <b>Building Services Engineering: HVAC Fundamentals</b> has been approved.</p>
<p>You can now enroll in the course for free and earn a shareable certificate upon completion. Financial Aid must be used within 30 days.</p>
<p><a href="https://learnwise.example.com/enroll/hvac-fundamentals?aid=approved&amp;utm_source=email" style="background:#0056d2;color:#fff;padding:11px 20px;border-radius:4px;text-decoration:none">Enroll now</a></p>
<p>Happy learning,<br>The Learnwise Team</p>
</td></tr>
<tr><td style="padding:14px 28px;font-size:11px;color:#8a8a8a;border-top:1px solid #eee">You are receiving this email because you applied for Financial Aid on Learnwise. <a href="https://learnwise.example.com/settings" style="color:#8a8a8a">Manage notifications</a></td></tr>
</table>
<img src="https://learnwise.example.com/email/open/fa-7731.gif" width="1" height="1" alt="">
</body></html>
""",
)

add(
    kind=OTHER, slug="friend_own_interview_en", company="", contact="danny.whitlock@example.co.uk", lang="en",
    frm=("Danny Whitlock", "danny.whitlock@example.co.uk"),
    subject="guess who's got an interview!!",
    date="2026-02-22 21:17 +0000",
    cte="7bit",
    body="""Hugo mate,

Remember me moaning about the estates job at St Anne's when we did that exchange week? They've only gone and invited me for an interview! Thursday, 10am, panel of three. Slightly terrified.

Any tips from the master? You've done about a hundred of these by now haha. How's your own search going - any news from the Maastricht lot?

Cheers,
Danny
""",
)

add(
    kind=OTHER, slug="meetup_rsvp_confirmed", company="", contact="", lang="en",
    frm=("Facility Managers Brussels via Gatherly", "notifications@gatherly.example.com"),
    subject="You're going! Facility Managers Brussels - Spring drinks & talk",
    date="2026-04-09 20:02 +0200",
    cte="qp",
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<table width="520" align="center" cellpadding="0" cellspacing="0">
<tr><td style="padding:16px 0"><img src="https://gatherly.example.com/mail/logo.png" alt="Gatherly" height="24"></td></tr>
<tr><td>
<p style="font-size:20px"><b>You're going!</b></p>
<p>Your RSVP for <b>Spring drinks &amp; talk: "Smart buildings after the hype"</b> is confirmed.</p>
<p>Thursday 23 April 2026, 18:30<br>Maison de l'Entreprise, Rue des Palais 44, Brussels</p>
<p><a href="https://gatherly.example.com/e/fmb-0423/calendar" style="color:#e0393e">Add to calendar</a> · <a href="https://gatherly.example.com/e/fmb-0423" style="color:#e0393e">See who's going (47)</a></p>
</td></tr>
<tr><td style="font-size:11px;color:#999;padding-top:18px">You received this because you RSVP'd on Gatherly. <a href="https://gatherly.example.com/settings/email" style="color:#999">Email settings</a></td></tr>
</table></body></html>
""",
)

add(
    kind=OTHER, slug="password_reset_careers_portal", company="", contact="", lang="en",
    frm=("Northfield Property Partners Careers", "careers-noreply@talent.icims.com"),
    subject="Reset your password",
    date="2026-06-24 23:58 +0100",
    cte="7bit",
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1b1b1b">
<table width="560" cellpadding="0" cellspacing="0" align="center">
<tr><td style="border-bottom:3px solid #7a1f2b;padding:10px 0"><img src="https://northfield.icims.com/images/nfpp_logo.gif" alt="Northfield Property Partners" width="160"></td></tr>
<tr><td style="padding:18px 0">
<p>Hello,</p>
<p>We received a request to reset the password for the Northfield Property Partners careers account associated with hugo.md@example.be.</p>
<p><a href="https://northfield.icims.com/jobs/login?reset=7cd1e92a" style="color:#7a1f2b;font-weight:bold">Choose a new password</a> (link valid for 60 minutes)</p>
<p>If you did not request this, you can ignore this email; your password will not change.</p>
</td></tr>
<tr><td style="font-size:10px;color:#777;border-top:1px solid #ccc;padding-top:8px">This is an automated message. Please do not reply.</td></tr>
</table></body></html>
""",
)

# =========================================================================== German

add(
    kind=OTHER, slug="karriere_newsletter_absage", company="", contact="", lang="de",
    frm=("Karriere-Kompass", "redaktion@karrierekompass.example.de"),
    subject="Absage erhalten – was nun? Plus: So meistern Sie das Vorstellungsgespräch",
    date="2026-05-07 07:00 +0200",
    cte="qp",
    headers={"List-Id": "Karriere-Kompass Newsletter <newsletter.karrierekompass.example.de>",
             "List-Unsubscribe": "<https://www.karrierekompass.example.de/abmelden?u=hmd42>", "Precedence": "bulk"},
    html=f"""<html><head><meta charset="utf-8"></head><body style="margin:0;background:#f0f0f0">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,sans-serif;color:#222">
<tr><td style="padding:18px 24px;background:#003b5c"><img src="https://www.karrierekompass.example.de/nl/logo.png" alt="Karriere-Kompass" height="30"></td></tr>
<tr><td style="padding:22px 24px 6px 24px;font-size:22px"><b>Absage erhalten – was nun?</b></td></tr>
<tr><td style="padding:6px 24px;font-size:15px;line-height:23px">
<p>„Leider müssen wir Ihnen mitteilen, dass wir uns für einen anderen Bewerber entschieden haben.“ Wer diesen Satz liest, ist erst einmal enttäuscht. Doch eine Absage ist oft nur ein Zwischenschritt. Unsere Tipps:</p>
<ul><li>Um Feedback bitten – freundlich und kurz.</li><li>Kontakt halten: Viele Stellen werden nach der Probezeit neu besetzt.</li><li>Die eigenen Unterlagen kritisch prüfen.</li></ul>
<p>{track("nl.karrierekompass.example.de", "k1", "Zum Artikel")}</p>
</td></tr>
<tr><td style="padding:6px 24px 16px 24px;font-size:14px;background:#f7f9fb">
<b>Weitere Themen</b><br>
{track("nl.karrierekompass.example.de", "k2", "Vorstellungsgespräch per Video: 8 Tipps")}<br>
{track("nl.karrierekompass.example.de", "k3", "Gehaltsreport Facility Management 2026")}<br>
{track("nl.karrierekompass.example.de", "k4", "Grenzgänger: Arbeiten in Aachen, wohnen in Belgien")}
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#888">Sie erhalten diesen Newsletter, weil Sie sich auf karrierekompass.example.de angemeldet haben. <a href="https://www.karrierekompass.example.de/abmelden?u=hmd42" style="color:#888">Abmelden</a><br>Karriere-Kompass Verlag GmbH · Rheinallee 12 · 40549 Düsseldorf · Geschäftsführer: Holger Janssen · HRB 70211</td></tr>
</table>
{pixel("https://nl.karrierekompass.example.de/o/hmd42-0507.gif")}
</body></html>
""",
)

add(
    kind=OTHER, slug="stellenalert_jobfeld", company="", contact="", lang="de",
    frm=("Jobfeld Jobagent", "jobagent@jobfeld.example.de"),
    subject="7 neue Jobs: Haustechniker in Aachen",
    date="2026-07-30 06:45 +0200",
    cte="qp",
    headers={"List-Unsubscribe": "<https://www.jobfeld.example.de/abmelden?u=hmd&a=ht-ac>", "Precedence": "bulk"},
    body="""Hallo Hugo,

hier sind die neuen Stellen für deinen Suchauftrag "Haustechniker – Aachen (+30 km)":

1. Haustechniker (m/w/d) – Seniorenzentrum Am Lousberg, Aachen – Vollzeit
   https://www.jobfeld.example.de/j/ht1?src=alert
2. Hausmeister mit Schwerpunkt Elektro (m/w/d) – Wohnbau Dreiländereck eG, Aachen-Forst
   https://www.jobfeld.example.de/j/ht2?src=alert
3. Techniker Gebäudemanagement (m/w/d) – Stadt Stolberg
   https://www.jobfeld.example.de/j/ht3?src=alert
4. Objektbetreuer (m/w/d) – Eifel Facility Service, Aachen-Süd
   https://www.jobfeld.example.de/j/ht4?src=alert

Alle 7 Jobs ansehen: https://www.jobfeld.example.de/suche?a=ht-ac

Tipp: Mit vollständigem Profil wirst du bis zu 3x häufiger zum Vorstellungsgespräch eingeladen.

Dein Jobfeld-Team
Suchauftrag abbestellen: https://www.jobfeld.example.de/abmelden?u=hmd&a=ht-ac
Jobfeld GmbH, Mediapark 5, 50670 Köln
""",
)

add(
    kind=OTHER, slug="bank_kreditantrag_abgelehnt", company="", contact="", lang="de",
    frm=("Sparkasse Dreiländereck", "kreditservice@spk-dreilaendereck.example.de"),
    subject="Ihr Kreditantrag Nr. 7734-221: Entscheidung",
    date="2026-09-24 14:02 +0200",
    charset="iso-8859-1", cte="qp", header_charset="iso-8859-1",
    body="""Sehr geehrter Herr Marchetti-Diallo,

vielen Dank für Ihren Antrag auf einen Ratenkredit über 8.000 Euro vom 18. September 2026.

Nach eingehender Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihren Kreditantrag derzeit nicht annehmen können. Ausschlaggebend ist, dass Ihr Wohnsitz und Ihr derzeitiges Arbeitsverhältnis in Belgien liegen und ein Einkommensnachweis aus einer Beschäftigung in Deutschland noch nicht vorliegt.

Sobald Sie ein Arbeitsverhältnis in Deutschland aufgenommen haben, können Sie gerne einen neuen Antrag stellen.

Mit freundlichen Grüßen
Ihr Kreditservice
Sparkasse Dreiländereck

Diese E-Mail wurde maschinell erstellt und ist ohne Unterschrift gültig.
""",
)

add(
    kind=OTHER, slug="abwesenheitsnotiz", company="", contact="n.kraemer@kappa-gm.example.de", lang="de",
    frm=("Nadine Krämer", "n.kraemer@kappa-gm.example.de"),
    subject="Abwesenheitsnotiz: Rückfrage zum Vorstellungsgespräch",
    date="2026-04-06 09:14 +0200",
    irt="<CAH7pL2xR9vA@mail.gmail.com>",
    cte="qp",
    headers={"Auto-Submitted": "auto-replied"},
    body="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 7. April nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an jobs@kappa-gm.example.de.

Mit freundlichen Grüßen
Nadine Krämer
Kappa Gebäudemanagement GmbH
""",
)

add(
    kind=OTHER, slug="wohnung_absage_hausverwaltung", company="", contact="h.dohmen@dohmen-hv.example.de", lang="de",
    frm=("Heike Dohmen", "h.dohmen@dohmen-hv.example.de"),
    subject="Ihre Bewerbung um die Wohnung Viktoriaallee 22, 2. OG",
    date="2026-08-27 15:20 +0200",
    cte="8bit",
    body="""Sehr geehrter Herr Marchetti-Diallo,

vielen Dank für Ihr Interesse an der 2-Zimmer-Wohnung in der Viktoriaallee 22 und für die vollständige Mieterselbstauskunft.

Leider müssen wir Ihnen mitteilen, dass sich die Eigentümerin für einen anderen Mietinteressenten entschieden hat. Wir hatten für die Wohnung über 60 Anfragen.

Gerne nehmen wir Sie in unsere Interessentenliste auf, falls Sie weiterhin eine Wohnung in Aachen suchen.

Mit freundlichen Grüßen

Heike Dohmen
Dohmen Hausverwaltung
Wilhelmstraße 51 · 52070 Aachen · Tel. 0241 40 12 77
""",
)

add(
    kind=OTHER, slug="deutschkurs_anmeldung", company="", contact="", lang="de",
    frm=("VHS Aachen-Land Kursverwaltung", "kurse-noreply@vhs-aachenland.example.de"),
    subject="Anmeldebestätigung: Deutsch B1 – Abendkurs (Kurs 26H-412)",
    date="2026-08-19 11:47 +0200",
    alt=True, cte="8bit",
    html="""<html><body style="font-family:Verdana,sans-serif;font-size:13px;color:#222">
<p><img src="https://www.vhs-aachenland.example.de/img/vhs-logo.png" alt="VHS Aachen-Land" height="44"></p>
<p>Sehr geehrter Herr Marchetti-Diallo,</p>
<p>Ihre Anmeldung ist bei uns eingegangen. Sie sind verbindlich angemeldet für:</p>
<table cellpadding="4" style="font-size:13px;border:1px solid #ccc">
<tr><td>Kurs</td><td><b>26H-412 Deutsch B1 – Abendkurs</b></td></tr>
<tr><td>Beginn</td><td>Dienstag, 8. September 2026, 18:30–20:45 Uhr</td></tr>
<tr><td>Termine</td><td>14 x dienstags</td></tr>
<tr><td>Ort</td><td>Herzogenrath, Schulzentrum, Raum 2.07</td></tr>
<tr><td>Entgelt</td><td>168,00 EUR (Lastschrift)</td></tr>
</table>
<p>Ein kostenloser Rücktritt ist bis 10 Tage vor Kursbeginn möglich.</p>
<p>Ihre VHS Aachen-Land</p>
<p style="font-size:10px;color:#888">Diese E-Mail wurde automatisch erzeugt. Zweckverband VHS Aachen-Land, Körperschaft des öffentlichen Rechts.</p>
</body></html>
""",
)

# =========================================================================== Spanish

add(
    kind=OTHER, slug="amiga_cuenta_su_entrevista", company="", contact="nerea.iturbe@example.es", lang="es",
    frm=("Nerea Iturbe", "nerea.iturbe@example.es"),
    subject="¡¡me han llamado para la entrevista!!",
    date="2026-03-14 23:02 +0100",
    cte="8bit",
    body="""Hugoooo

¡¡Me han llamado del hospital de Getafe para la entrevista de técnica de mantenimiento!! Es el martes a las 10 y estoy de los nervios. Después de tres rechazos seguidos ya no me lo creía.

Tú que has hecho mil entrevistas en Bélgica, ¿qué me recomiendas? ¿Llevo el portfolio de las obras o queda raro?

Por cierto, ¿cómo va lo tuyo? ¿Al final te contestaron los de Maastricht?

Un besazo enorme,
Nerea
""",
)

add(
    kind=OTHER, slug="newsletter_consejos_entrevista_es", company="", contact="", lang="es",
    frm=("Empleo Hoy", "boletin@empleohoy.example.es"),
    subject="5 errores que te cuestan la entrevista (y qué hacer si te rechazan)",
    date="2026-07-02 08:30 +0200",
    cte="qp",
    headers={"List-Id": "Boletin Empleo Hoy <boletin.empleohoy.example.es>",
             "List-Unsubscribe": "<https://empleohoy.example.es/baja?u=hmd>", "Precedence": "bulk"},
    html=f"""<html><body style="margin:0;background:#f2f2f2;font-family:Arial,sans-serif">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="padding:16px 22px;border-bottom:4px solid #f39200"><img src="https://empleohoy.example.es/img/boletin-logo.png" alt="Empleo Hoy" height="30"></td></tr>
<tr><td style="padding:20px 22px;font-size:15px;line-height:23px;color:#222">
<p style="font-size:21px"><b>5 errores que te cuestan la entrevista</b></p>
<p>Llegar tarde, no investigar la empresa, hablar mal del jefe anterior... Los reclutadores lo ven a diario. Y si al final recibes el temido «lamentamos comunicarte que no has sido seleccionado», no te hundas: pide feedback y sigue adelante.</p>
<p>{track("clic.empleohoy.example.es", "e1", "Leer el artículo completo", "color:#f39200")}</p>
<p><b>También esta semana:</b><br>{track("clic.empleohoy.example.es", "e2", "Trabajar en Bélgica y Luxemburgo: guía 2026", "color:#f39200")}<br>{track("clic.empleohoy.example.es", "e3", "Ofertas de mantenimiento industrial", "color:#f39200")}</p>
</td></tr>
<tr><td style="padding:12px 22px;font-size:11px;color:#999">Recibes este boletín porque te suscribiste en empleohoy.example.es. <a href="https://empleohoy.example.es/baja?u=hmd" style="color:#999">Darse de baja</a> · Empleo Hoy Media S.L., Valencia</td></tr>
</table>
{pixel("https://clic.empleohoy.example.es/o/hmd-0702.gif")}
</body></html>
""",
)

add(
    kind=OTHER, slug="escuela_idiomas_solicitud_recibida", company="", contact="", lang="es",
    frm=("Lengua Viva Bruselas - Inscripciones", "inscripciones@lenguaviva-bru.example.be"),
    subject="Hemos recibido tu solicitud de inscripción (Español B2)",
    date="2026-09-03 12:40 +0200",
    charset="iso-8859-1", cte="qp", header_charset="iso-8859-1",
    html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body style="font-family:Georgia,serif;font-size:14px;color:#222">
<table width="560" cellpadding="0" cellspacing="0">
<tr><td style="padding:12px 0;border-bottom:2px solid #b5121b"><img src="https://lenguaviva-bru.example.be/img/logo.png" alt="Lengua Viva Bruselas" height="36"></td></tr>
<tr><td style="padding:16px 0">
<p>Hola, Hugo:</p>
<p>Hemos recibido correctamente tu solicitud de inscripción en el curso <b>Español B2.1</b> (martes y jueves, 18:30-20:00), que comienza el 29 de septiembre.</p>
<p>Antes del inicio del curso deberás realizar la prueba de nivel en línea. Recibirás el enlace en los próximos días.</p>
<p>Tu plaza no quedará confirmada hasta que se reciba el pago de la matrícula.</p>
<p>Un saludo,<br>Secretaría de Inscripciones</p>
</td></tr>
<tr><td style="font-size:11px;color:#888;border-top:1px solid #ddd;padding-top:8px">Este mensaje se ha generado automáticamente. Por favor, no respondas a este correo.</td></tr>
</table></body></html>
""",
)

add(
    kind=OTHER, slug="reserva_cancelada_alquiler", company="", contact="", lang="es",
    frm=("Casaviaje", "reservas@casaviaje.example.es"),
    subject="Lamentablemente tu reserva ha sido cancelada",
    date="2026-07-29 19:55 +0200",
    cte="base64",
    html="""<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
<table width="560" align="center" cellpadding="0" cellspacing="0">
<tr><td style="padding:16px 0"><img src="https://casaviaje.example.es/mail/logo.png" alt="Casaviaje" height="26"></td></tr>
<tr><td>
<p>Hola, Hugo:</p>
<p>Lamentablemente, el anfitrión ha cancelado tu reserva en <b>Apartamento con terraza en Nerja</b> (14–21 de agosto de 2026).</p>
<p>Te hemos devuelto el importe íntegro (742 €) y te hemos añadido un cupón de 50 € para tu próxima reserva.</p>
<p><a href="https://casaviaje.example.es/buscar?destino=Nerja&amp;fechas=14-21ago" style="color:#d9346e">Ver alojamientos similares en Nerja</a></p>
<p>El equipo de Casaviaje</p>
</td></tr>
<tr><td style="font-size:11px;color:#999;padding-top:14px">Casaviaje Europe S.L. · Este es un mensaje automático.</td></tr>
</table>
<img src="https://casaviaje.example.es/o/res-88213.gif" width="1" height="1" alt="">
</body></html>
""",
)

add(
    kind=OTHER, slug="reclutador_contacto_en_frio", company="", contact="alvaro.benitez@huntia.example.es", lang="es",
    frm=("Álvaro Benítez", "alvaro.benitez@huntia.example.es"),
    subject="¿Abierto a oportunidades en Bruselas?",
    date="2026-06-30 10:18 +0200",
    cte="base64",
    body="""Hola Hugo, ¿qué tal?

Soy Álvaro, headhunter en Huntia, especializado en perfiles técnicos para empresas españolas con proyectos en Bélgica y Luxemburgo.

He visto que hablas francés, inglés y algo de español, y que vienes del sector hospitalario. Ahora mismo no tengo una vacante concreta para ti, pero varias constructoras con las que trabajo están montando equipos de mantenimiento en Bruselas para los próximos meses.

¿Te apetecería que habláramos por teléfono 10 minutos cuando te venga bien, para conocer qué buscas?

Un saludo,
Álvaro Benítez
Huntia Executive Search · Madrid
+34 644 21 88 30
""",
)
