"""Mail of the ninety-ninth corpus that is not about one of her applications: newsletters,
alerts, other meanings of the words, friends, her own sent mail, out-of-office replies, cold
outreach. Written one by one (see make_ninetyninth.py for the keys)."""

from __future__ import annotations

from msgs99_common import CANDIDATE, SENT, pixel

SPECS: list[dict] = []

# ---------------------------------------------------------------- French

SPECS.append({
    "key": "x01", "kind": "other", "scenario": "newsletter_conseils_entretien_rate", "lang": "fr",
    "company": "", "contact": "",
    "sender": ("Cadres & Carrières", "newsletter@cadres-carrieres.example.fr"),
    "subject": "Entretien raté, candidature refusée : comment rebondir ? | La lettre du jeudi",
    "date": "2026-01-15 07:00 +0100", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "headers": [("List-Id", "La lettre Cadres & Carrieres <lettre.cadres-carrieres.example.fr>"),
             ("List-Unsubscribe", "<https://www.cadres-carrieres.example.fr/desinscription?e=ZWxvZGll>, <mailto:desinscription@cadres-carrieres.example.fr>"),
             ("Precedence", "bulk")],
    "html": """
<html><body style="margin:0;background:#ececec;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="640" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Georgia,serif;color:#222;">
<tr><td style="padding:20px 30px;border-bottom:4px solid #f2a900;"><img src="https://img.cadres-carrieres.example.fr/nl/logo.png" alt="Cadres &amp; Carrières" width="220"></td></tr>
<tr><td style="padding:24px 30px 6px;font-size:24px;line-height:30px;"><a href="https://trk.cadres-carrieres.example.fr/c/1?u=art-rebondir" style="color:#222;text-decoration:none;">Entretien raté, candidature refusée : comment rebondir ?</a></td></tr>
<tr><td style="padding:0 30px 18px;font-size:15px;line-height:23px;color:#444;">
Vous n'avez pas été retenu après trois entretiens ? Vous avez oublié un rendez-vous avec un recruteur ? Nos experts vous expliquent comment transformer un refus en opportunité, comment relancer après une absence à un entretien et pourquoi un « non » aujourd'hui n'est pas un « non » définitif.
<br><a href="https://trk.cadres-carrieres.example.fr/c/2?u=art-rebondir" style="color:#c07d00;">Lire l'article →</a></td></tr>
<tr><td style="padding:0 30px;"><hr style="border:0;border-top:1px solid #ddd;"></td></tr>
<tr><td style="padding:14px 30px;font-size:15px;line-height:22px;">
<b>Aussi cette semaine</b><br>
• <a href="https://trk.cadres-carrieres.example.fr/c/3?u=salaires-supply" style="color:#222;">Salaires 2026 : ce que gagnent les acheteurs et supply chain managers</a><br>
• <a href="https://trk.cadres-carrieres.example.fr/c/4?u=lettre-motivation" style="color:#222;">La lettre de motivation est-elle morte ?</a><br>
• <a href="https://trk.cadres-carrieres.example.fr/c/5?u=offres" style="color:#222;">1 240 offres de cadres en Auvergne-Rhône-Alpes</a><br>
• <a href="https://trk.cadres-carrieres.example.fr/c/6?u=webinaire" style="color:#222;">Webinaire : négocier son salaire à l'embauche</a>
</td></tr>
<tr><td style="padding:18px 30px;font-size:11px;color:#888;background:#f6f6f6;font-family:Arial,sans-serif;">
Vous recevez cette lettre car vous êtes inscrite sur cadres-carrieres.example.fr. <a href="https://www.cadres-carrieres.example.fr/desinscription?e=ZWxvZGll" style="color:#888;">Se désinscrire</a> · <a href="https://www.cadres-carrieres.example.fr/preferences" style="color:#888;">Gérer mes préférences</a><br>
Cadres &amp; Carrières Médias SAS – 25 rue de Châteaudun, 75009 Paris – RCS Paris 812 000 000
</td></tr>
</table>
""" + pixel("https://trk.cadres-carrieres.example.fr/o/lettre-0115.gif") + """
</td></tr></table></body></html>
""",
})

SPECS.append({
    "key": "x02", "kind": "other", "scenario": "alerte_emploi_digest", "lang": "fr",
    "company": "", "contact": "",
    "sender": ("Jobeo Alertes", "alertes@jobeo.example.fr"),
    "subject": "12 nouvelles offres pour « acheteuse supply chain » autour de Lyon",
    "date": "2026-02-11 06:45 +0100", "structure": "html", "charset": "utf-8", "cte": "base64",
    "headers": [("List-Unsubscribe", "<https://www.jobeo.example.fr/alertes/stop?id=77120>"),
             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")],
    "html": """
<html><body style="margin:0;background:#f3f5f9;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:16px;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,sans-serif;color:#2c3e50;font-size:14px;">
<tr><td style="padding:14px 22px;background:#5b2be0;"><img src="https://static.jobeo.example.fr/mail/logo-blanc.png" alt="Jobeo" height="24"></td></tr>
<tr><td style="padding:18px 22px;">Bonjour Élodie, voici les nouvelles offres correspondant à votre alerte <b>acheteuse supply chain – Lyon (30 km)</b> :</td></tr>
<tr><td style="padding:0 22px;">
<p><a href="https://www.jobeo.example.fr/r/o?id=901" style="color:#5b2be0;font-weight:bold;">Acheteur / Acheteuse projets H/F</a><br>Verrerie des Monts d'Or · Limonest · CDI</p>
<p><a href="https://www.jobeo.example.fr/r/o?id=902" style="color:#5b2be0;font-weight:bold;">Supply Chain Analyst</a><br>Rhodia Textiles Techniques · Saint-Fons · CDI</p>
<p><a href="https://www.jobeo.example.fr/r/o?id=903" style="color:#5b2be0;font-weight:bold;">Approvisionneuse – intérim 6 mois</a><br>Agence Synergie Est · Meyzieu · Intérim</p>
<p><a href="https://www.jobeo.example.fr/r/o?id=904" style="color:#5b2be0;font-weight:bold;">Responsable achats hors production</a><br>Groupe Hospitalier Mutualiste · Lyon 8e · CDI</p>
<p><a href="https://www.jobeo.example.fr/r/o?id=905" style="color:#5b2be0;font-weight:bold;">Demand Planner (H/F)</a><br>Saveurs du Beaujolais · Villefranche-sur-Saône · CDI</p>
<p><a href="https://www.jobeo.example.fr/r/alerte?id=77120" style="color:#2c3e50;">Voir les 7 autres offres →</a></p>
</td></tr>
<tr><td style="padding:14px 22px;font-size:11px;color:#95a5a6;">Candidature non retenue ailleurs ? Ne lâchez rien : 3 candidats sur 4 trouvent en moins de 6 mois.<br>
<a href="https://www.jobeo.example.fr/alertes/modifier?id=77120" style="color:#95a5a6;">Modifier l'alerte</a> · <a href="https://www.jobeo.example.fr/alertes/stop?id=77120" style="color:#95a5a6;">Supprimer l'alerte</a> · Jobeo SAS, 10 rue de Lyon, 75012 Paris</td></tr>
</table>
<img src="https://t.jobeo.example.fr/open/alrt77120.gif" width="1" height="1" alt="">
</td></tr></table></body></html>
""",
})

SPECS.append({
    "key": "x03", "kind": "other", "scenario": "podcast_invitation_interview", "lang": "fr",
    "company": "", "contact": "margaux@chainesetmaillons.example.fr",
    "sender": ("Margaux Devillers", "margaux@chainesetmaillons.example.fr"),
    "subject": "Interview pour le podcast Chaînes & Maillons ?",
    "date": "2026-03-20 12:12 +0100", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "text": """
Bonjour Élodie,

Je suis Margaux, je produis « Chaînes & Maillons », un podcast indépendant sur les métiers de la supply chain (on vient de passer le cap des 60 épisodes !).

J'ai lu ton article sur la gestion des ruptures en pharmacie hospitalière sur le blog de l'AFLOG et j'aimerais beaucoup t'interviewer pour un épisode d'environ 40 minutes. L'enregistrement peut se faire à distance ou dans notre studio de la Croix-Rousse, au moment qui t'arrange en avril.

Pas de préparation lourde : je t'envoie une trame de questions une semaine avant.

Dis-moi si ça te tente !

Margaux
chainesetmaillons.example.fr · Instagram @chainesetmaillons
""",
})

SPECS.append({
    "key": "x04", "kind": "other", "scenario": "entretien_utilisateur_ux", "lang": "fr",
    "company": "", "contact": "yanis.morel@trajectoire-app.example.fr",
    "sender": ("Yanis Morel – Trajectoire", "yanis.morel@trajectoire-app.example.fr"),
    "subject": "30 min pour nous aider ? (entretien utilisateur, bon d'achat de 30 €)",
    "date": "2026-04-03 10:30 +0200", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "text": """
Bonjour Élodie,

Vous utilisez Trajectoire depuis quelques mois pour suivre vos candidatures, merci !

Je suis designer UX dans l'équipe produit et nous préparons une nouvelle version du tableau de suivi. Accepteriez-vous un entretien utilisateur de 30 minutes en visio ? Il ne s'agit pas d'un entretien d'embauche, rassurez-vous : nous voulons simplement comprendre comment vous organisez vos relances et vos rendez-vous.

Pour vous remercier, nous vous offrirons un bon d'achat de 30 €.

Vous pouvez réserver un créneau ici : https://cal.trajectoire-app.example.fr/ux/yanis
ou me répondre directement.

Merci d'avance,
Yanis Morel
Product Designer – Trajectoire
""",
    "html": """
<div style="font-family:Arial,sans-serif;font-size:14px;color:#222;max-width:560px;">
<p>Bonjour Élodie,</p>
<p>Vous utilisez Trajectoire depuis quelques mois pour suivre vos candidatures, merci !</p>
<p>Je suis designer UX dans l'équipe produit et nous préparons une nouvelle version du tableau de suivi. Accepteriez-vous un <b>entretien utilisateur de 30 minutes</b> en visio ? Il ne s'agit pas d'un entretien d'embauche, rassurez-vous : nous voulons simplement comprendre comment vous organisez vos relances et vos rendez-vous.</p>
<p>Pour vous remercier, nous vous offrirons un bon d'achat de 30 €.</p>
<p><a href="https://cal.trajectoire-app.example.fr/ux/yanis" style="background:#1e6bff;color:#fff;padding:10px 16px;border-radius:4px;text-decoration:none;">Réserver un créneau</a> ou répondez-moi directement.</p>
<p>Merci d'avance,<br>Yanis Morel<br><span style="color:#888;">Product Designer – Trajectoire</span></p>
</div>
""",
})

SPECS.append({
    "key": "x05", "kind": "other", "scenario": "gps_votre_position", "lang": "fr",
    "company": "", "contact": "",
    "sender": ("Itinéo", "notifications@itineo.example.fr"),
    "subject": "Votre position est partagée avec Karim",
    "date": "2026-04-18 18:02 +0200", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": """
<table width="100%" cellpadding="0" cellspacing="0" style="font-family:Roboto,Arial,sans-serif;"><tr><td align="center" style="padding:20px;">
<table width="480" cellpadding="0" cellspacing="0" style="border:1px solid #e0e0e0;border-radius:8px;">
<tr><td style="padding:18px 22px;"><img src="https://cdn.itineo.example.fr/mail/logo.png" alt="Itinéo" height="24"></td></tr>
<tr><td style="padding:0 22px 18px;font-size:14px;line-height:21px;color:#333;">
<p><b>Votre position en temps réel</b> est désormais visible par <b>Karim N.</b> jusqu'à 20:02.</p>
<p>Trajet : Lyon Part-Dieu → Grenoble (A43) · arrivée estimée 19:24<br>Trafic dense à hauteur de L'Isle-d'Abeau, +12 min.</p>
<p><a href="https://app.itineo.example.fr/share/stop?s=ka7" style="color:#1a73e8;">Arrêter le partage</a></p>
</td></tr>
<tr><td style="padding:10px 22px;font-size:11px;color:#999;border-top:1px solid #eee;">Itinéo – notification automatique. <a href="https://app.itineo.example.fr/settings/notifications" style="color:#999;">Paramètres de notification</a></td></tr>
</table></td></tr></table>
""",
})

SPECS.append({
    "key": "x06", "kind": "other", "scenario": "file_attente_position_mairie", "lang": "fr",
    "company": "", "contact": "",
    "sender": ("Ville de Lyon – Rendez-vous", "ne-pas-repondre@rdv.lyon-ville.example.fr"),
    "subject": "Votre position dans la file d'attente : 14",
    "date": "2026-05-04 08:31 +0200", "structure": "plain", "charset": "iso-8859-1", "cte": "quoted-printable",
    "text": """
Madame MARCHETTI-NKEMELU,

Vous êtes inscrite dans la file d'attente virtuelle de la Mairie du 7e arrondissement pour une demande de passeport.

Votre position actuelle : 14
Temps d'attente estimé : 35 minutes

Merci de vous présenter à l'accueil lorsque votre position sera inférieure à 3. Si vous ne vous présentez pas à l'appel de votre numéro, votre demande sera annulée et vous devrez reprendre un ticket.

Ce message est envoyé automatiquement, merci de ne pas y répondre.
Ville de Lyon - Mairie du 7e arrondissement
""",
})

SPECS.append({
    "key": "x07", "kind": "other", "scenario": "colis_retarde", "lang": "fr",
    "company": "", "contact": "",
    "sender": ("Colirapide", "suivi@notifications.colirapide.example.fr"),
    "subject": "Malheureusement, votre colis est retardé",
    "date": "2026-05-15 14:09 +0200", "structure": "html", "charset": "utf-8", "cte": "base64",
    "html": """
<html><body style="background:#f4f4f4;margin:0;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px;">
<table width="560" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,sans-serif;font-size:14px;color:#333;">
<tr><td style="background:#ffd400;padding:14px 22px;"><img src="https://static.colirapide.example.fr/logo.png" alt="Colirapide" height="26"></td></tr>
<tr><td style="padding:22px;line-height:21px;">
<p>Bonjour,</p>
<p>Malheureusement, votre colis n° <b>CR 4471 2290 118 FR</b> (expéditeur : Papeterie Moderne) est retardé en raison d'un incident sur notre plateforme de tri de Saint-Priest.</p>
<p>Nouvelle date de livraison estimée : <b>lundi 18 mai</b>. Nous vous prions de nous excuser pour ce désagrément.</p>
<p><a href="https://suivi.colirapide.example.fr/t/CR44712290118FR?utm_source=retard" style="background:#222;color:#fff;padding:10px 18px;text-decoration:none;">Suivre mon colis</a></p>
</td></tr>
<tr><td style="padding:12px 22px;font-size:11px;color:#999;">Cet e-mail est envoyé automatiquement. Colirapide SAS – 1 rue des Messageries, 69800 Saint-Priest. <a href="https://www.colirapide.example.fr/preferences" style="color:#999;">Préférences</a></td></tr>
</table>
<img src="https://t.colirapide.example.fr/o/ret-4471.gif" width="1" height="1" alt="">
</td></tr></table></body></html>
""",
})

SPECS.append({
    "key": "x08", "kind": "other", "scenario": "banque_demande_pret_recue", "lang": "fr",
    "company": "", "contact": "",
    "sender": ("Caroline Vidal – Banque Rhodanienne", "caroline.vidal@banque-rhodanienne.example.fr"),
    "subject": "Votre demande de prêt immobilier a bien été reçue",
    "date": "2026-06-05 17:45 +0200", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "attachments": [("Recapitulatif_demande_pret.pdf", [
        "BANQUE RHODANIENNE - Agence Lyon Jean-Mace",
        "Recapitulatif de votre demande de pret immobilier",
        "Montant demande : 245 000 EUR sur 25 ans",
        "Pieces a fournir : 3 derniers bulletins de salaire, avis d'imposition 2025, contrat de travail",
    ])],
    "text": """
Madame,

Je vous confirme que votre demande de prêt immobilier pour l'acquisition de l'appartement situé rue de Marseille a bien été reçue et enregistrée sous la référence PI-2026-08815.

Vous trouverez ci-joint le récapitulatif de votre demande ainsi que la liste des pièces justificatives à déposer sur votre espace client. Attention : votre dossier ne pourra être présenté au comité de crédit qu'après réception de votre contrat de travail ou de votre promesse d'embauche, ce qui pourrait retarder la réponse.

Je reste à votre disposition pour toute question.

Caroline Vidal
Conseillère clientèle particuliers
Banque Rhodanienne – Agence Lyon Jean-Macé
Banque Rhodanienne SA, société anonyme au capital de 120 000 000 €, RCS Lyon 955 000 000. Intermédiaire en assurance ORIAS 07 000 000.
""",
})

SPECS.append({
    "key": "x09", "kind": "other", "scenario": "dossier_location_refuse_lausanne", "lang": "fr",
    "company": "", "contact": "n.favre@regie-dubochet.example.ch",
    "sender": ("Nathalie Favre", "n.favre@regie-dubochet.example.ch"),
    "subject": "Appartement 3,5 pièces – Avenue de Morges 41",
    "date": "2026-06-26 11:20 +0200", "structure": "plain", "charset": "windows-1252", "cte": "quoted-printable",
    "text": """
Madame,

Nous vous remercions de l’intérêt porté à l’appartement de 3,5 pièces sis Avenue de Morges 41 à Lausanne, ainsi que de votre dossier de candidature.

Nous avons le regret de vous informer que le propriétaire a retenu une autre candidature. Votre dossier n’a donc pas pu être retenu. Sans contrat de travail en Suisse, il est malheureusement difficile de faire valoir une candidature auprès des bailleurs.

Nous vous souhaitons plein succès dans vos recherches.

Meilleures salutations

Nathalie Favre
Gérante d’immeubles
Régie Dubochet & Cie SA
Place Chauderon 3 – 1003 Lausanne
""",
})

SPECS.append({
    "key": "x10", "kind": "other", "scenario": "amie_raconte_son_refus", "lang": "fr",
    "company": "", "contact": "camille.roche@example.fr",
    "sender": ("Camille Roche", "camille.roche@example.fr"),
    "subject": "bon bah c'est non",
    "date": "2026-02-27 21:58 +0100", "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "text": """
Coucou ma belle,

Je viens de recevoir la réponse de Fromagerie Berthaut : ils ont "décidé de poursuivre avec des candidats dont le profil correspond davantage", bref le classique. Après trois entretiens et une étude de cas, j'avoue que ça pique 😩

Et toi, ton entretien chez Dauphiné Emballages c'est toujours le 10 ? Croisons les doigts pour au moins une de nous deux !

On se fait un verre samedi pour noyer tout ça ? Je t'offre le premier.

Bisous
Cam
""",
})

SPECS.append({
    "key": "x11", "kind": "other", "scenario": "ami_demande_conseils_entretien", "lang": "fr",
    "company": "", "contact": "karim.nkemelu@example.fr",
    "sender": ("Karim Nkemelu", "karim.nkemelu@example.fr"),
    "subject": "Conseils pour demain ??",
    "date": "2026-04-15 22:41 +0200", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "text": """
Salut soeurette,

J'ai mon entretien demain à 9h chez Transalpine Services pour le poste de contrôleur de gestion. Tu pourrais me relire ma présentation vite fait ? Je te mets le lien Google Doc : https://docs.example.com/d/1xKarimPres

Et surtout, qu'est-ce que je réponds si on me demande pourquoi j'ai quitté mon dernier job au bout de 8 mois ?? Tu as passé 15 entretiens cette année, t'es l'experte 😅

Merci merci
K.
""",
})

SPECS.append({
    "key": "x12", "kind": "other", "scenario": "moi_relance_candidature", "lang": "fr",
    "company": "", "contact": "",
    "sender": CANDIDATE,
    "to": ("Sylvie Roux", "s.roux@gaillard-roux.example.fr"),
    "subject": "Relance – Candidature gestionnaire achats",
    "date": "2026-09-29 08:50 +0200", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "thread": [SENT["menuiseries"], "a09"],
    "text": """
Bonjour Madame Roux,

Je me permets de revenir vers vous au sujet de ma candidature au poste de gestionnaire achats, que vous aviez transmise à votre responsable de production le 15 septembre.

Je reste très intéressée par ce poste et serais ravie d'échanger avec lui lors d'un entretien. Pourriez-vous me dire si une décision a été prise, ou si le processus est toujours en cours ?

Je vous remercie par avance et vous souhaite une belle journée.

Bien cordialement,

Élodie Marchetti-Nkemelu
06 71 42 88 15
""",
})

SPECS.append({
    "key": "x13", "kind": "other", "scenario": "moi_remerciement_apres_entretien", "lang": "fr",
    "company": "", "contact": "",
    "sender": CANDIDATE,
    "to": ("Thomas Nguyen", "thomas.nguyen@opera-supply.example.fr"),
    "cc": [("Léa Marchand", "lea.marchand@opera-supply.example.fr")],
    "subject": "Merci pour l'échange de mardi",
    "date": "2026-06-17 18:30 +0200", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "text": """
Bonjour Thomas, bonjour Léa,

Je tenais à vous remercier pour l'entretien de mardi et pour la présentation très concrète de vos missions en cours, en particulier le projet de refonte du réseau de distribution pour le client agroalimentaire.

Notre échange a renforcé mon envie de rejoindre Opéra Supply Conseil. Je me tiens à votre disposition pour la suite du processus, y compris pour une étude de cas si vous le jugez utile.

Belle fin de semaine,

Élodie Marchetti-Nkemelu
""",
    "html": """
<div dir="ltr">Bonjour Thomas, bonjour Léa,<br><br>
Je tenais à vous remercier pour l'entretien de mardi et pour la présentation très concrète de vos missions en cours, en particulier le projet de refonte du réseau de distribution pour le client agroalimentaire.<br><br>
Notre échange a renforcé mon envie de rejoindre Opéra Supply Conseil. Je me tiens à votre disposition pour la suite du processus, y compris pour une étude de cas si vous le jugez utile.<br><br>
Belle fin de semaine,<br><br>
<div class="gmail_signature">Élodie Marchetti-Nkemelu</div></div>
""",
})

SPECS.append({
    "key": "x14", "kind": "other", "scenario": "absence_bureau_recruteuse", "lang": "fr",
    "company": "", "contact": "laetitia.morin@talentis-interim.example.fr",
    "sender": ("Laetitia Morin - Talentis Intérim", "laetitia.morin@talentis-interim.example.fr"),
    "subject": "Réponse automatique : Votre CV - Acheteur H/F Vaulx-en-Velin",
    "date": "2026-08-03 09:14 +0200", "structure": "plain", "charset": "windows-1252", "cte": "quoted-printable",
    "thread": ["a06", "<CAE7m2pQ8talentis03@mail.example.fr>"],
    "headers": [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    "text": """
Bonjour,

Je suis absente de l’agence jusqu’au lundi 24 août inclus, sans accès à mes e-mails.

Pour toute urgence concernant une mission ou une candidature, merci de contacter l’agence au 04 78 62 91 07 ou lyon.partdieu@talentis-interim.example.fr.

Je traiterai votre message à mon retour.

Laetitia Morin
TALENTIS INTÉRIM – Agence Lyon Part-Dieu
""",
})

SPECS.append({
    "key": "x15", "kind": "other", "scenario": "chasseur_approche_directe", "lang": "fr",
    "company": "", "contact": "clement.bastide@vauban-executive.example.fr",
    "sender": ("Clément Bastide", "clement.bastide@vauban-executive.example.fr"),
    "subject": "Opportunité confidentielle – Head of Procurement – Grenoble",
    "date": "2026-07-16 08:02 +0200", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "text": """
Bonjour Madame Marchetti-Nkemelu,

Je me permets de vous contacter directement : votre parcours mêlant analyse supply chain et achats m'a été recommandé par un ancien collègue à vous.

J'accompagne actuellement une ETI industrielle de la région grenobloise (900 personnes, forte croissance à l'export) dans le recrutement de son/sa futur(e) Head of Procurement. Le poste est rattaché au Directeur général, avec une équipe de 6 acheteurs à structurer.

Seriez-vous ouverte à en savoir plus ? Si oui, je vous propose un premier échange informel de 15 minutes par téléphone, sans engagement. Et si le moment n'est pas le bon, je serais ravi de garder le contact.

Bien à vous,

Clément Bastide
Directeur associé – Vauban Executive
+33 6 22 41 90 58
""",
})

SPECS.append({
    "key": "x16", "kind": "other", "scenario": "reseau_pro_vues_profil", "lang": "fr",
    "company": "", "contact": "",
    "sender": ("Jobstream", "notifications-noreply@jobstream.example.com"),
    "subject": "Élodie, votre profil est apparu dans 17 recherches cette semaine",
    "date": "2026-05-25 09:15 +0200", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "headers": [("List-Unsubscribe", "<https://www.jobstream.example.com/settings/email?u=elodie&type=search_appearances>")],
    "html": """
<table width="100%" cellpadding="0" cellspacing="0" style="background:#f3f2ef;"><tr><td align="center" style="padding:16px;">
<table width="520" cellpadding="0" cellspacing="0" style="background:#fff;font-family:-apple-system,system-ui,Arial,sans-serif;color:#191919;">
<tr><td style="padding:16px 20px;"><img src="https://static.jobstream.example.com/logo.png" alt="Jobstream" height="22"></td></tr>
<tr><td style="padding:4px 20px 12px;font-size:20px;">Vous êtes apparue dans <b>17 recherches</b></td></tr>
<tr><td style="padding:0 20px 16px;font-size:14px;line-height:20px;">Des recruteurs de <b>Hallbright Trading</b>, <b>Vauban Executive</b> et 4 autres entreprises ont trouvé votre profil grâce aux mots-clés « achats », « supply chain » et « S&amp;OP ».<br><br>
<a href="https://www.jobstream.example.com/me/search-appearances?trk=eml-sa" style="background:#0a66c2;color:#fff;padding:9px 16px;border-radius:16px;text-decoration:none;">Voir qui vous a trouvée</a></td></tr>
<tr><td style="padding:12px 20px;font-size:11px;color:#666;border-top:1px solid #e6e6e6;">Cet e-mail était destiné à Élodie Marchetti-Nkemelu. <a href="https://www.jobstream.example.com/settings/email?u=elodie&amp;type=search_appearances" style="color:#666;">Se désabonner</a> · Jobstream Ireland Unlimited Company, Dublin 2.</td></tr>
</table>
<img src="https://www.jobstream.example.com/emimp/ip_sa_25.gif" width="1" height="1" alt="">
</td></tr></table>
""",
})

SPECS.append({
    "key": "x17", "kind": "other", "scenario": "agence_emploi_rdv_suivi", "lang": "fr",
    "company": "", "contact": "",
    "sender": ("Agence Emploi Métropole", "ne-pas-repondre@agence-emploi-metropole.example.fr"),
    "subject": "Rappel : votre entretien de suivi du 12 mars",
    "date": "2026-03-10 12:00 +0100", "structure": "plain", "charset": "iso-8859-1", "cte": "8bit",
    "text": """
Bonjour Madame MARCHETTI-NKEMELU,

Nous vous rappelons votre entretien de suivi avec votre conseillère, Mme GAUTHIER, le jeudi 12 mars 2026 à 10h15.

Modalité : entretien téléphonique. Votre conseillère vous appellera au numéro enregistré dans votre espace personnel.

En cas d'empêchement, merci de prévenir votre agence au plus tôt depuis votre espace personnel (rubrique « Mes rendez-vous »). Une absence non justifiée peut entraîner une radiation de la liste des demandeurs d'emploi.

Pensez également à actualiser votre situation avant le 15 du mois.

Agence Emploi Métropole - Lyon Gerland
Ce courriel est envoyé automatiquement, merci de ne pas y répondre.
""",
})

SPECS.append({
    "key": "x18", "kind": "other", "scenario": "webinaire_reussir_entretien", "lang": "fr",
    "company": "", "contact": "",
    "sender": ("Institut Supply Formation", "evenements@institut-supply.example.fr"),
    "subject": "[Webinaire gratuit] Réussir son entretien d'embauche en supply chain – mardi 12h30",
    "date": "2026-09-03 10:00 +0200", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "headers": [("List-Unsubscribe", "<https://www.institut-supply.example.fr/unsub?c=web0915>"), ("Precedence", "bulk")],
    "text": """
Réussir son entretien d'embauche en supply chain
Webinaire gratuit – mardi 15 septembre, 12h30-13h15

Au programme :
- les 10 questions techniques les plus posées aux acheteurs et planificateurs ;
- comment parler d'un refus ou d'un échec sans se dévaloriser ;
- simulation d'entretien en direct avec une DRH du secteur.

Inscription : https://www.institut-supply.example.fr/webinaires/entretien?utm_source=newsletter

Vous recevez ce message car vous avez téléchargé notre guide « Salaires Supply Chain 2026 ».
Se désinscrire : https://www.institut-supply.example.fr/unsub?c=web0915
Institut Supply Formation – organisme de formation enregistré sous le n° 84 69 00000 69
""",
    "html": """
<table width="100%" cellpadding="0" cellspacing="0" style="background:#0b3c5d;"><tr><td align="center" style="padding:24px;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,sans-serif;color:#222;">
<tr><td><img src="https://www.institut-supply.example.fr/mail/banniere-webinaire.jpg" alt="Webinaire : réussir son entretien d'embauche en supply chain" width="600" style="display:block;"></td></tr>
<tr><td style="padding:22px 28px;font-size:15px;line-height:22px;">
<p><b>Webinaire gratuit – mardi 15 septembre, 12h30-13h15</b></p>
<ul><li>les 10 questions techniques les plus posées aux acheteurs et planificateurs ;</li>
<li>comment parler d'un refus ou d'un échec sans se dévaloriser ;</li>
<li>simulation d'entretien en direct avec une DRH du secteur.</li></ul>
<p style="text-align:center;"><a href="https://trk.institut-supply.example.fr/c?u=webinaires-entretien&amp;id=e1" style="background:#f26b38;color:#fff;padding:12px 24px;text-decoration:none;border-radius:4px;">Je m'inscris</a></p>
</td></tr>
<tr><td style="padding:14px 28px;font-size:11px;color:#888;background:#f3f3f3;">Vous recevez ce message car vous avez téléchargé notre guide « Salaires Supply Chain 2026 ». <a href="https://www.institut-supply.example.fr/unsub?c=web0915" style="color:#888;">Se désinscrire</a><br>Institut Supply Formation – organisme de formation enregistré sous le n° 84 69 00000 69</td></tr>
</table>
""" + pixel("https://trk.institut-supply.example.fr/o/web0915.gif") + """
</td></tr></table>
""",
})

SPECS.append({
    "key": "x19", "kind": "other", "scenario": "alumni_newsletter_offres_reseau", "lang": "fr",
    "company": "", "contact": "",
    "sender": ("Réseau Alumni Master Logistique Lumière", "alumni@master-logistique-lumiere.example.fr"),
    "subject": "La Gazette des Alumni – octobre 2026",
    "date": "2026-10-01 18:00 +0200", "structure": "html", "charset": "iso-8859-1", "cte": "quoted-printable",
    "headers": [("List-Id", "<gazette.alumni.master-logistique-lumiere.example.fr>"),
             ("List-Unsubscribe", "<mailto:alumni-leave@master-logistique-lumiere.example.fr>")],
    "html": """
<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#333;">
<table width="620" cellpadding="0" cellspacing="0" align="center">
<tr><td style="background:#6a1b4d;padding:16px 22px;color:#fff;font-size:20px;"><img src="https://www.master-logistique-lumiere.example.fr/img/logo-alumni.png" alt="Alumni Master Logistique Lumière" height="30"> La Gazette</td></tr>
<tr><td style="padding:18px 22px;line-height:21px;">
<p><b>Témoignage.</b> « Après 23 candidatures et autant de refus, j'ai décroché un CDI de planificatrice » : Sarah (promo 2021) raconte comment elle a rebondi après une année difficile.</p>
<p><b>Offres du réseau.</b> 14 offres partagées par les anciens ce mois-ci, dont un poste d'acheteuse junior chez un distributeur pharmaceutique à Saint-Priest et un VIE logistique à Milan. <a href="https://www.master-logistique-lumiere.example.fr/alumni/offres">Consulter les offres</a></p>
<p><b>Agenda.</b> Afterwork alumni le jeudi 15 octobre à la péniche Loupika ; simulations d'entretien avec des recruteurs le samedi 7 novembre.</p>
</td></tr>
<tr><td style="padding:12px 22px;font-size:11px;color:#999;border-top:1px solid #ddd;">Association des Alumni du Master Logistique Lumière - loi 1901. Pour ne plus recevoir la Gazette, écrivez à alumni-leave@master-logistique-lumiere.example.fr.</td></tr>
</table></body></html>
""",
})

SPECS.append({
    "key": "x20", "kind": "other", "scenario": "journaliste_demande_interview", "lang": "fr",
    "company": "", "contact": "b.lemaire@logistique-hebdo.example.fr",
    "sender": ("Baptiste Lemaire", "b.lemaire@logistique-hebdo.example.fr"),
    "subject": "Demande d'interview – dossier « Femmes et logistique »",
    "date": "2026-03-08 16:25 +0100", "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "text": """
Bonjour Madame Marchetti-Nkemelu,

Je suis journaliste à Logistique Hebdo et je prépare, pour notre numéro d'avril, un dossier consacré à la place des femmes dans les métiers de la logistique et des achats.

Votre intervention à la table ronde de l'AFLOG à Lyon en janvier m'a marqué, et j'aimerais vous interviewer (20 à 30 minutes par téléphone) sur votre parcours d'analyste et votre regard sur le secteur. L'entretien serait publié sous forme de portrait, relu par vos soins avant parution.

Auriez-vous un créneau la semaine prochaine ?

Bien cordialement,

Baptiste Lemaire
Journaliste – Logistique Hebdo
01 44 55 00 00
""",
})

SPECS.append({
    "key": "x21", "kind": "other", "scenario": "certification_inscription_recue", "lang": "fr",
    "company": "", "contact": "",
    "sender": ("Certification CAAP", "no-reply@certification-caap.example.fr"),
    "subject": "Votre dossier de candidature à la certification CAAP a été reçu",
    "date": "2026-01-30 10:10 +0100", "structure": "plain", "charset": "utf-8", "cte": "base64",
    "text": """
Bonjour Élodie Marchetti-Nkemelu,

Nous avons bien reçu votre dossier de candidature à la certification « Achats & Approvisionnements » (CAAP), session de juin 2026.

Votre dossier sera examiné par le comité pédagogique sous 15 jours. Si votre candidature est acceptée, vous recevrez votre convocation à l'épreuve écrite ainsi que vos identifiants pour la plateforme de révision.

Frais d'inscription réglés : 390,00 €.

L'équipe Certification CAAP
Message automatique – merci de ne pas répondre.
""",
})

SPECS.append({
    "key": "x22", "kind": "other", "scenario": "interim_newsletter_offres_semaine", "lang": "fr",
    "company": "", "contact": "",
    "sender": ("Talentis Intérim", "newsletter@talentis-interim.example.fr"),
    "subject": "🔥 Les 10 offres de la semaine près de chez vous !",
    "date": "2026-04-06 07:30 +0200", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "headers": [("List-Unsubscribe", "<https://www.talentis-interim.example.fr/nl/unsub?id=ZWxv>"), ("Precedence", "bulk")],
    "html": """
<table width="100%" cellpadding="0" cellspacing="0" style="background:#e9f1f7;"><tr><td align="center" style="padding:18px;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,sans-serif;font-size:14px;color:#1c2b39;">
<tr><td style="padding:16px 22px;background:#00a3a1;"><img src="https://www.talentis-interim.example.fr/nl/logo-blanc.png" alt="Talentis Intérim" height="30"></td></tr>
<tr><td style="padding:18px 22px;line-height:21px;">
<p>Bonjour Élodie,</p>
<p>Voici les missions et CDI de la semaine dans le Rhône et l'Isère :</p>
<p>➤ <a href="https://trk.talentis-interim.example.fr/c?o=5501">Gestionnaire approvisionnement H/F – Corbas – 6 mois</a><br>
➤ <a href="https://trk.talentis-interim.example.fr/c?o=5502">Assistant(e) logistique import – Saint-Exupéry – CDI</a><br>
➤ <a href="https://trk.talentis-interim.example.fr/c?o=5503">Acheteur H/F – Vaulx-en-Velin – mission longue</a><br>
➤ <a href="https://trk.talentis-interim.example.fr/c?o=5504">Cariste CACES 1-3-5 – Vénissieux</a><br>
➤ <a href="https://trk.talentis-interim.example.fr/c?o=5505">Préparateur de commandes – Genas</a></p>
<p><a href="https://trk.talentis-interim.example.fr/c?o=all" style="background:#00a3a1;color:#fff;padding:10px 18px;text-decoration:none;">Voir toutes les offres</a></p>
<p style="font-size:12px;color:#6b7b88;">Astuce de la semaine : un entretien manqué ? Prévenez toujours votre agence, même à la dernière minute !</p>
</td></tr>
<tr><td style="padding:12px 22px;font-size:11px;color:#999;">Talentis Intérim SAS – 18 rue de la Villette, 69003 Lyon. <a href="https://www.talentis-interim.example.fr/nl/unsub?id=ZWxv" style="color:#999;">Se désinscrire</a></td></tr>
</table>
""" + pixel("https://trk.talentis-interim.example.fr/o/nl-0406.gif") + """
</td></tr></table>
""",
})

SPECS.append({
    "key": "x23", "kind": "other", "scenario": "mutuelle_remboursement_refuse", "lang": "fr",
    "company": "", "contact": "",
    "sender": ("Mutuelle Saône-Loire", "service.adherents@mutuelle-saone-loire.example.fr"),
    "subject": "Votre demande de remboursement n'a pas pu être acceptée",
    "date": "2026-07-10 15:15 +0200", "structure": "plain", "charset": "iso-8859-1", "cte": "quoted-printable",
    "text": """
Madame,

Nous avons étudié votre demande de remboursement du 2 juillet 2026 (frais d'optique, facture n° 2026-0612).

Nous sommes au regret de vous informer que cette demande ne peut pas être acceptée : le renouvellement de l'équipement optique n'est pris en charge qu'une fois tous les deux ans, et un remboursement a déjà été effectué le 14 novembre 2024.

Vous pouvez consulter le détail de vos garanties dans votre espace adhérent.

Le Service Adhérents
Mutuelle Saône-Loire - mutuelle régie par le livre II du Code de la mutualité
""",
})

SPECS.append({
    "key": "x24", "kind": "other", "scenario": "rdv_medical_annule_praticien", "lang": "fr",
    "company": "", "contact": "",
    "sender": ("Doctobook", "no-reply@doctobook.example.fr"),
    "subject": "Votre rendez-vous du jeudi 9 juillet a été annulé",
    "date": "2026-07-07 19:40 +0200", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": """
<table width="100%" cellpadding="0" cellspacing="0" style="background:#f2f6fa;"><tr><td align="center" style="padding:20px;">
<table width="520" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,sans-serif;font-size:14px;color:#1a2a3a;border-radius:6px;">
<tr><td style="padding:16px 22px;background:#115eb4;"><img src="https://static.doctobook.example.fr/mail/logo.png" alt="Doctobook" height="22"></td></tr>
<tr><td style="padding:20px 22px;line-height:21px;">
<p>Bonjour Élodie,</p>
<p>Votre rendez-vous avec <b>Dr Anne Sibille</b> (chirurgien-dentiste) prévu le <b>jeudi 9 juillet à 17:45</b> a été annulé par le praticien.</p>
<p>Motif indiqué : absence imprévue du praticien.</p>
<p><a href="https://www.doctobook.example.fr/dentiste/lyon/anne-sibille?utm_source=annulation" style="background:#115eb4;color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none;">Reprendre rendez-vous</a></p>
</td></tr>
<tr><td style="padding:12px 22px;font-size:11px;color:#8a99a8;">Ceci est un message automatique, merci de ne pas y répondre.</td></tr>
</table></td></tr></table>
""",
})

SPECS.append({
    "key": "x25", "kind": "other", "scenario": "afterwork_geneve_inscription", "lang": "fr",
    "company": "", "contact": "",
    "sender": ("Eventiva", "noreply@eventiva.example.com"),
    "subject": "Votre inscription : Afterwork Supply Chain Genève – jeudi 28 mai",
    "date": "2026-05-20 13:33 +0200", "structure": "alt", "charset": "utf-8", "cte": "base64",
    "text": """
Bonjour Élodie,

Votre inscription est confirmée !

Afterwork Supply Chain Genève
Organisé par l'Association Romande des Professionnels de la Logistique (ARPL)
Jeudi 28 mai 2026, 18h30 – 21h00
Le Kiosque des Bastions, Promenade des Bastions 1, 1204 Genève

Votre billet n° 8810-2291 est disponible dans l'application Eventiva.

Pour toute question sur l'événement, contactez l'organisateur depuis la page de l'événement.
L'équipe Eventiva
""",
    "html": """
<div style="font-family:Arial,sans-serif;font-size:14px;color:#222;max-width:560px;">
<p>Bonjour Élodie,</p>
<p style="font-size:18px;"><b>Votre inscription est confirmée !</b></p>
<table cellpadding="8" cellspacing="0" style="border:1px solid #e2e2e2;width:100%;">
<tr><td><b>Afterwork Supply Chain Genève</b><br>Organisé par l'Association Romande des Professionnels de la Logistique (ARPL)<br>Jeudi 28 mai 2026, 18h30 – 21h00<br>Le Kiosque des Bastions, Promenade des Bastions 1, 1204 Genève</td></tr>
</table>
<p>Votre billet n° 8810-2291 est disponible dans l'application Eventiva. <a href="https://www.eventiva.example.com/e/afterwork-sc-geneve/tickets?utm=conf">Voir mon billet</a></p>
<p style="font-size:11px;color:#888;">Pour toute question sur l'événement, contactez l'organisateur depuis la page de l'événement. – L'équipe Eventiva</p>
</div>
""",
})

SPECS.append({
    "key": "x26", "kind": "other", "scenario": "ancienne_collegue_reference", "lang": "fr",
    "company": "", "contact": "agnes.tissot@example.fr",
    "sender": ("Agnès Tissot", "agnes.tissot@example.fr"),
    "subject": "Re: Petite faveur ?",
    "date": "2026-05-09 08:12 +0200", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "thread": ["<CAE7m2pQ8tissot01@mail.example.fr>"],
    "text": """
Bien sûr Élodie, tu peux me mettre en référence sans problème ! Donne-leur mon portable (06 33 18 47 02), je suis plus facile à joindre qu'au bureau.

Et bravo, si ils demandent des références c'est que tu es bien partie 😉

Agnès

Le ven. 8 mai 2026 à 19:55, Élodie Marchetti-Nkemelu <elodie.mn@example.fr> a écrit :
> Coucou Agnès,
>
> Petite faveur : les Laboratoires Vercors Santé me demandent deux références, et j'ai pensé à toi puisqu'on a monté ensemble le projet de réappro automatique. Ils vont sans doute me faire une offre sous réserve des références !
>
> Est-ce que je peux leur donner tes coordonnées ?
>
> Merci mille fois,
> Élodie
""",
})

SPECS.append({
    "key": "x27", "kind": "other", "scenario": "benevolat_collecte_alimentaire", "lang": "fr",
    "company": "", "contact": "thierry.gomez@banque-alimentaire-rhone.example.fr",
    "sender": ("Thierry Gomez", "thierry.gomez@banque-alimentaire-rhone.example.fr"),
    "subject": "Collecte nationale – ta candidature de bénévole logistique",
    "date": "2026-10-20 17:52 +0200", "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "text": """
Bonjour Élodie,

Merci pour ta candidature comme bénévole sur la collecte nationale des 27 et 28 novembre ! Avec ton expérience en supply chain, je te propose de tenir le poste de coordination au dépôt de Vénissieux (réception des palettes, pesée, rotation des camions).

Il y aura une réunion de préparation le mercredi 18 novembre à 19h au dépôt : pas obligatoire mais bien utile. Dis-moi si c'est bon pour toi, ou si tu préfères un créneau en magasin.

Merci pour ton engagement,

Thierry Gomez
Responsable logistique bénévole
Banque Alimentaire du Rhône
""",
})

# ---------------------------------------------------------------- English

SPECS.append({
    "key": "y01", "kind": "other", "scenario": "substack_why_you_got_rejected", "lang": "en",
    "company": "", "contact": "",
    "sender": ("The Hiring Brief", "thehiringbrief@substack.example.com"),
    "reply_to": ("The Hiring Brief", "reply+2k7c@substack.example.com"),
    "subject": "Why you got rejected (and it wasn't your CV)",
    "date": "2026-02-14 13:00 +0000", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "headers": [("List-Id", "The Hiring Brief <thehiringbrief.substack.example.com>"),
             ("List-Unsubscribe", "<https://thehiringbrief.substack.example.com/action/disable_email?token=eyJ1>"),
             ("List-Post", "NO"), ("Precedence", "bulk")],
    "text": """
Why you got rejected (and it wasn't your CV)
The Hiring Brief – issue #118

Last week a reader wrote in: "I got to the final round three times this year. Each time the email said they had decided to move forward with candidates whose experience more closely matches the role. What am I doing wrong?"

Here's the uncomfortable truth: by the final round, most rejections have little to do with you. Budgets get frozen, an internal candidate appears, a hiring manager misses an interview and the slot goes to someone else...

Read the full post: https://thehiringbrief.substack.example.com/p/why-you-got-rejected

Also this week: how to follow up after you missed an interview, and the three interview invitation emails that should worry you.

Unsubscribe: https://thehiringbrief.substack.example.com/action/disable_email?token=eyJ1
""",
    "html": """
<div style="max-width:560px;margin:0 auto;font-family:Georgia,serif;font-size:17px;line-height:1.6;color:#363737;">
<h1 style="font-size:28px;"><a href="https://substack.example.com/redirect/2/eyJlIjoiaHR0cHM6Ly90aGVoaXJpbmdicmllZi5zdWJzdGFjay5leGFtcGxlLmNvbS9wL3doeSJ9" style="color:#363737;text-decoration:none;">Why you got rejected (and it wasn't your CV)</a></h1>
<p style="color:#777;font-size:14px;">The Hiring Brief – issue #118</p>
<p>Last week a reader wrote in: <i>"I got to the final round three times this year. Each time the email said they had decided to move forward with candidates whose experience more closely matches the role. What am I doing wrong?"</i></p>
<p>Here's the uncomfortable truth: by the final round, most rejections have little to do with you. Budgets get frozen, an internal candidate appears, a hiring manager misses an interview and the slot goes to someone else…</p>
<p><a href="https://substack.example.com/redirect/2/eyJlIjoiaHR0cHM6Ly90aGVoaXJpbmdicmllZi5zdWJzdGFjay5leGFtcGxlLmNvbS9wL3doeSJ9" style="background:#ff6719;color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none;">Read the full post</a></p>
<p>Also this week: how to follow up after you missed an interview, and the three interview invitation emails that should worry you.</p>
<p style="font-size:12px;color:#999;">© 2026 The Hiring Brief · <a href="https://thehiringbrief.substack.example.com/action/disable_email?token=eyJ1" style="color:#999;">Unsubscribe</a></p>
</div>
""" + pixel("https://eotrx.substackcdn.example.com/open?token=eyJ1118"),
})

SPECS.append({
    "key": "y02", "kind": "other", "scenario": "job_alert_digest_geneva", "lang": "en",
    "company": "", "contact": "",
    "sender": ("Jobstream Job Alerts", "jobalerts-noreply@jobstream.example.com"),
    "subject": "9 new jobs for \"procurement manager\" in Geneva",
    "date": "2026-08-18 05:12 +0200", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "headers": [("List-Unsubscribe", "<https://www.jobstream.example.com/jobs/alerts/unsubscribe?id=44109>"),
             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")],
    "html": """
<table width="100%" cellpadding="0" cellspacing="0" style="background:#f3f2ef;"><tr><td align="center" style="padding:16px;">
<table width="560" cellpadding="0" cellspacing="0" style="background:#fff;font-family:-apple-system,system-ui,Arial,sans-serif;color:#191919;font-size:14px;">
<tr><td style="padding:16px 20px;"><img src="https://static.jobstream.example.com/logo.png" alt="Jobstream" height="22"></td></tr>
<tr><td style="padding:0 20px 10px;font-size:18px;">Your job alert for <b>procurement manager</b> in <b>Geneva</b></td></tr>
<tr><td style="padding:0 20px;">
<p><a href="https://www.jobstream.example.com/comm/jobs/view/3901?trk=eml-alert" style="color:#0a66c2;font-weight:600;">Procurement Manager – Logistics Services</a><br>Stellanor Shipping · Geneva · Actively recruiting</p>
<p><a href="https://www.jobstream.example.com/comm/jobs/view/3902?trk=eml-alert" style="color:#0a66c2;font-weight:600;">Senior Buyer, Packaging</a><br>Alpenrose Foods · Vevey · Be an early applicant</p>
<p><a href="https://www.jobstream.example.com/comm/jobs/view/3903?trk=eml-alert" style="color:#0a66c2;font-weight:600;">Category Manager Indirects (m/f/d)</a><br>Orbis Pharma Logistics · Geneva · 3 connections work here</p>
<p><a href="https://www.jobstream.example.com/comm/jobs/view/3904?trk=eml-alert" style="color:#0a66c2;font-weight:600;">Head of Purchasing</a><br>Confidential · Nyon · Easy Apply</p>
<p><a href="https://www.jobstream.example.com/jobs/search?alertId=44109&amp;trk=eml-alert-seeall" style="color:#0a66c2;">See all 9 jobs</a></p>
</td></tr>
<tr><td style="padding:12px 20px;font-size:11px;color:#666;border-top:1px solid #e6e6e6;">You are receiving Job Alert emails. <a href="https://www.jobstream.example.com/jobs/alerts/unsubscribe?id=44109" style="color:#666;">Unsubscribe</a> · Jobstream Ireland Unlimited Company, Dublin 2.</td></tr>
</table>
<img src="https://www.jobstream.example.com/emimp/ip_alert_44109.gif" width="1" height="1" alt="">
</td></tr></table>
""",
})

SPECS.append({
    "key": "y03", "kind": "other", "scenario": "podcast_guest_request_en", "lang": "en",
    "company": "", "contact": "dev@supplychainvoices.example.com",
    "sender": ("Dev Patel", "dev@supplychainvoices.example.com"),
    "subject": "Guest interview on Supply Chain Voices?",
    "date": "2026-05-08 16:40 +0100", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "text": """
Hi Élodie,

I host Supply Chain Voices, a weekly podcast where practitioners talk about the messy reality of moving goods around Europe. I caught your talk on cold-chain KPIs at the Lyon meetup (recording on YouTube) and loved it.

Would you be up for a 45-minute interview for the show? We record remotely, I edit it lightly, and you get to approve the final cut. Topics I had in mind: the jump from analyst to procurement, what cross-border life between France and Switzerland looks like, and the pharma distribution stuff.

Any week in June works on my side.

Cheers,
Dev
supplychainvoices.example.com
""",
})

SPECS.append({
    "key": "y04", "kind": "other", "scenario": "user_research_interview_platform", "lang": "en",
    "company": "", "contact": "aoife.byrne@jobstream.example.com",
    "sender": ("Jobstream Research", "research-noreply@jobstream.example.com"),
    "reply_to": ("Aoife Byrne", "aoife.byrne@jobstream.example.com"),
    "subject": "Could we interview you about your job search? (€50 voucher)",
    "date": "2026-06-29 11:00 +0100", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "text": """
Hi Élodie,

I'm Aoife, a user researcher at Jobstream. We're talking to people who have applied to several roles across different countries this year, and your activity suggests you might have great insights.

Would you join a 45-minute research interview over video? We'll ask how you find roles, how you keep track of applications and interviews, and what frustrates you about recruiter messages. This is not a job interview and nothing you say will be shared with employers.

As a thank-you, you'll receive a €50 voucher.

If you're interested, just reply to this email with a few times that suit you next week.

Thanks,
Aoife Byrne
UX Research, Jobstream
""",
})

SPECS.append({
    "key": "y05", "kind": "other", "scenario": "package_delayed_shop", "lang": "en",
    "company": "", "contact": "",
    "sender": ("Northtrail Outdoor", "orders@northtrail-shop.example.com"),
    "subject": "Unfortunately your package is delayed – order #NT-558120",
    "date": "2026-08-07 09:48 +0100", "structure": "html", "charset": "utf-8", "cte": "base64",
    "html": """
<table width="100%" cellpadding="0" cellspacing="0" style="background:#f0efe9;"><tr><td align="center" style="padding:18px;">
<table width="560" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,sans-serif;font-size:14px;color:#2b2b2b;">
<tr><td style="padding:18px 24px;"><img src="https://cdn.northtrail-shop.example.com/email/logo.png" alt="NORTHTRAIL OUTDOOR" height="26"></td></tr>
<tr><td style="padding:0 24px 20px;line-height:21px;">
<p>Hi Élodie,</p>
<p>Unfortunately your package is delayed. Our carrier has reported a hold-up at the customs hub, so your order <b>#NT-558120</b> (1× Ridgeline 40L backpack) will now arrive between <b>12 and 14 August</b>.</p>
<p>We're sorry for the wait. As a thank-you for your patience, here's 10% off your next order: <b>SORRY10</b>.</p>
<p><a href="https://northtrail-shop.example.com/account/orders/NT-558120?utm_source=delay" style="background:#2f4f3e;color:#fff;padding:10px 18px;text-decoration:none;">Track your order</a></p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#999;">Northtrail Outdoor Ltd · Registered in England No. 10022446 · <a href="https://northtrail-shop.example.com/unsubscribe" style="color:#999;">Unsubscribe from marketing</a></td></tr>
</table>
<img src="https://e.northtrail-shop.example.com/open/558120.gif" width="1" height="1" alt="">
</td></tr></table>
""",
})

SPECS.append({
    "key": "y06", "kind": "other", "scenario": "credit_card_application_declined", "lang": "en",
    "company": "", "contact": "",
    "sender": ("Lumo Bank", "no-reply@lumobank.example.com"),
    "subject": "Update on your credit card application",
    "date": "2026-09-10 12:30 +0200", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "text": """
Hi Élodie,

Thanks for applying for the Lumo Metal credit card.

We've carefully reviewed your application and, unfortunately, we're unable to approve it at this time. This decision was based on information from your credit file and the length of your current employment.

You can reapply in 6 months. If you'd like to know more about the reasons for this decision, you can request details in the app under Help > Credit decisions.

The Lumo team

Lumo Bank UAB is authorised by the Bank of Lithuania. This email was sent from a no-reply address.
""",
})

SPECS.append({
    "key": "y07", "kind": "other", "scenario": "recruiter_cold_outreach_exclamations", "lang": "en",
    "company": "", "contact": "ryan.mcallister@apexlogisticsrecruit.example.com",
    "sender": ("Ryan McAllister", "ryan.mcallister@apexlogisticsrecruit.example.com"),
    "subject": "Exciting opportunity!! Supply Chain Lead – Munich – €90k!!",
    "date": "2026-03-05 08:20 +0100", "structure": "plain", "charset": "windows-1252", "cte": "quoted-printable",
    "text": """
Hi Élodie!!

Hope you’re well! I came across your profile and I think you’d be a PERFECT fit for an amazing role I’m working on!!

My client is a fast-growing e-bike brand in Munich looking for a Supply Chain Lead – great team, hybrid working, up to €90k + bonus!!

Are you open to new opportunities at the moment? If so, drop me a reply with your updated CV and a good time for a quick chat!!

Speak soon!!

Ryan McAllister
Senior Recruitment Consultant | Apex Logistics Recruitment
+44 20 5555 0142 | www.apexlogisticsrecruit.example.com
Apex Logistics Recruitment Ltd. Registered in England No. 11223344.
""",
})

SPECS.append({
    "key": "y08", "kind": "other", "scenario": "out_of_office_headhunter", "lang": "en",
    "company": "", "contact": "h.osei@ridgewaysearch.example.com",
    "sender": ("Hannah Osei", "h.osei@ridgewaysearch.example.com"),
    "subject": "Automatic reply: Head of Procurement search – outcome",
    "date": "2026-07-23 10:02 +0200", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "thread": ["r22", "<CAE7m2pQ8ridgeway02@mail.example.fr>"],
    "headers": [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    "text": """
Thank you for your email. I am out of the office until Monday 10 August with limited access to email.

For anything urgent regarding an ongoing search, please contact my colleague Tobias Engel at t.engel@ridgewaysearch.example.com.

Kind regards,
Hannah Osei
Ridgeway Search Partners
""",
})

SPECS.append({
    "key": "y09", "kind": "other", "scenario": "own_application_sent_with_cv", "lang": "en",
    "company": "", "contact": "",
    "sender": CANDIDATE,
    "to": ("Matteo Ricci", "matteo.ricci@lagostalent.example.it"),
    "subject": "Application – Procurement & Logistics Manager (Lainate)",
    "date": "2026-04-22 08:05 +0200", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "msgid": SENT["pellegrini"],
    "attachments": [("CV_Elodie_Marchetti-Nkemelu_EN.pdf", [
        "ELODIE MARCHETTI-NKEMELU - Supply Chain Analyst - Lyon, France",
        "elodie.mn@example.fr",
        "",
        "EXPERIENCE",
        "2021-2026  Supply Chain Analyst, pharmaceutical wholesale (Lyon)",
        "2018-2021  Logistics Planner, third-party logistics (Saint-Priest)",
        "",
        "EDUCATION",
        "Master in Logistics and Supply Chain Management",
        "",
        "LANGUAGES  French (native), English (C1), German (B2), Spanish (B2), Italian (B1)",
    ])],
    "text": """
Dear Mr Ricci,

I am writing to apply for the Procurement & Logistics Manager position you advertised for a packaging manufacturer near Milan.

Over the past five years I have worked as a supply chain analyst in pharmaceutical wholesale, where I led the renegotiation of our transport contracts and the roll-out of a supplier scorecard across 40 vendors. I am now looking to move into a procurement and logistics management role, and the manufacturing context of this position appeals to me a great deal.

Please find my CV attached. I would be glad to discuss my application with you at your convenience.

Kind regards,

Élodie Marchetti-Nkemelu
+33 6 71 42 88 15
""",
})

SPECS.append({
    "key": "y10", "kind": "other", "scenario": "friend_bombed_interview", "lang": "en",
    "company": "", "contact": "sophie.ward@example.com",
    "sender": ("Sophie Ward", "sophie.ward@example.com"),
    "subject": "well that went badly",
    "date": "2026-05-29 19:27 +0200", "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "text": """
El,

Remember that interview at the UN agency I was so nervous about? I completely bombed it. Froze on the competency question, then called the panel chair by the wrong name. Twice. They said they'd "be in touch" which we both know means no.

Anyway – drinks Friday at the usual place in Plainpalais? I need cheering up and you need to tell me about your Croix-Verte contract.

S x

Sent from my iPhone
""",
})

SPECS.append({
    "key": "y11", "kind": "other", "scenario": "conference_talk_proposal_received", "lang": "en",
    "company": "", "contact": "",
    "sender": ("Logistics Summit Barcelona", "cfp-noreply@logisticssummit.example.es"),
    "subject": "We've received your application to speak at Logistics Summit Barcelona 2026",
    "date": "2026-02-28 11:41 +0100", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": """
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px;">
<table width="580" cellpadding="0" cellspacing="0" style="font-family:Arial,sans-serif;font-size:14px;color:#222;border:1px solid #ddd;">
<tr><td style="background:#e30613;padding:16px 22px;"><img src="https://logisticssummit.example.es/img/lsb26-white.png" alt="Logistics Summit Barcelona 2026" height="30"></td></tr>
<tr><td style="padding:20px 22px;line-height:21px;">
<p>Dear Élodie,</p>
<p>Thank you for submitting your talk proposal <b>"Cold chain KPIs that actually change decisions"</b> for Logistics Summit Barcelona 2026 (Fira Gran Via, 23–25 June).</p>
<p>Your application has been received and will be reviewed by our programme committee. All speakers will be notified of the committee's decision by 15 April.</p>
<p>You can edit your submission until the call for papers closes on 15 March: <a href="https://logisticssummit.example.es/cfp/submissions/8841?utm_source=cfp">manage my proposal</a>.</p>
<p>Best regards,<br>The LSB Programme Team</p>
</td></tr>
<tr><td style="padding:10px 22px;font-size:11px;color:#999;border-top:1px solid #eee;">This is an automated message, please do not reply. Fira Logistics Events S.L. · Av. Joan Carles I 64 · 08908 L'Hospitalet de Llobregat</td></tr>
</table></td></tr></table>
""",
})

SPECS.append({
    "key": "y12", "kind": "other", "scenario": "gym_waitlist_position", "lang": "en",
    "company": "", "contact": "",
    "sender": ("PulseFit Lyon", "noreply@pulsefit.example.com"),
    "subject": "You're #3 on the waitlist for Spin 45",
    "date": "2026-10-05 07:11 +0200", "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "text": """
Hi Élodie,

Good news – you've moved up! Your position on the waitlist for Spin 45 (Tuesday 6 Oct, 18:30, Studio 2 – PulseFit Lyon Part-Dieu) is now #3.

If a spot opens up, we'll book you in automatically and send a confirmation. If you can no longer make it, please leave the waitlist in the app so someone else can take your place.

See you on the bike!
PulseFit
""",
})

# ---------------------------------------------------------------- German

SPECS.append({
    "key": "z01", "kind": "other", "scenario": "karriere_newsletter_vorstellungsgespraech", "lang": "de",
    "company": "", "contact": "",
    "sender": ("Jobwelt Magazin", "newsletter@jobwelt-magazin.example.de"),
    "subject": "Absage nach dem Vorstellungsgespräch? So reagieren Sie richtig",
    "date": "2026-04-25 08:00 +0200", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "headers": [("List-Id", "Jobwelt Newsletter <newsletter.jobwelt-magazin.example.de>"),
             ("List-Unsubscribe", "<https://www.jobwelt-magazin.example.de/newsletter/abmelden?id=ZWxvZGll>"),
             ("Precedence", "bulk")],
    "html": """
<table width="100%" cellpadding="0" cellspacing="0" style="background:#eeeeee;"><tr><td align="center" style="padding:18px;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,sans-serif;font-size:14px;color:#222;">
<tr><td style="padding:16px 24px;border-bottom:3px solid #0069b4;"><img src="https://www.jobwelt-magazin.example.de/img/nl-logo.png" alt="Jobwelt Magazin" height="32"></td></tr>
<tr><td style="padding:20px 24px;line-height:22px;">
<h2 style="margin:0 0 10px;font-size:20px;"><a href="https://click.jobwelt-magazin.example.de/?u=absage-reagieren" style="color:#222;text-decoration:none;">Absage nach dem Vorstellungsgespräch? So reagieren Sie richtig</a></h2>
<p>„Leider müssen wir Ihnen mitteilen …“ – kaum ein Satz ist so frustrierend. Unsere Karriereexpertin erklärt, wie Sie um Feedback bitten, warum eine freundliche Antwort Türen offenhält und wann sich eine erneute Bewerbung lohnt.</p>
<p><a href="https://click.jobwelt-magazin.example.de/?u=absage-reagieren" style="color:#0069b4;">Weiterlesen »</a></p>
<hr style="border:0;border-top:1px solid #ddd;">
<p><b>Außerdem:</b><br>
» <a href="https://click.jobwelt-magazin.example.de/?u=einladung-gespraech" style="color:#0069b4;">Einladung zum Vorstellungsgespräch: 7 Fragen, die Sie stellen sollten</a><br>
» <a href="https://click.jobwelt-magazin.example.de/?u=gehalt-einkauf" style="color:#0069b4;">Gehaltsreport Einkauf &amp; Logistik 2026</a><br>
» <a href="https://click.jobwelt-magazin.example.de/?u=termin-verpasst" style="color:#0069b4;">Termin verpasst – was nun?</a></p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#888;background:#f6f6f6;">Jobwelt Medien GmbH · Rosenheimer Str. 145 · 81671 München · Geschäftsführerin: Katrin Albers · HRB 200 111<br>
<a href="https://www.jobwelt-magazin.example.de/newsletter/abmelden?id=ZWxvZGll" style="color:#888;">Newsletter abbestellen</a> · <a href="https://www.jobwelt-magazin.example.de/datenschutz" style="color:#888;">Datenschutz</a></td></tr>
</table>
""" + pixel("https://click.jobwelt-magazin.example.de/o/0425.gif") + """
</td></tr></table>
""",
})

SPECS.append({
    "key": "z02", "kind": "other", "scenario": "jobagent_neue_stellen", "lang": "de",
    "company": "", "contact": "",
    "sender": ("StellenRadar Jobagent", "jobagent@stellenradar.example.de"),
    "subject": "5 neue Jobs für „Einkäuferin“ in München",
    "date": "2026-06-08 06:30 +0200", "structure": "plain", "charset": "windows-1252", "cte": "quoted-printable",
    "headers": [("List-Unsubscribe", "<https://www.stellenradar.example.de/jobagent/loeschen?id=5512>")],
    "text": """
Hallo Élodie,

Ihr Jobagent „Einkäuferin – München (+25 km)“ hat 5 neue Stellen gefunden:

1) Strategischer Einkäufer (m/w/d) Verpackungen
   Hofmann Verpackungen GmbH - München
   https://www.stellenradar.example.de/job/88101?src=ja

2) Operative Einkäuferin (m/w/d) Teilzeit
   Isartal Großhandel GmbH - Pullach
   https://www.stellenradar.example.de/job/88102?src=ja

3) Junior Buyer Elektronik (m/w/d)
   Kestrel Robotics - München
   https://www.stellenradar.example.de/job/88103?src=ja

4) Sachbearbeiter Einkauf (m/w/d)
   Stadtwerke Freising - Freising
   https://www.stellenradar.example.de/job/88104?src=ja

5) Teamleitung Einkauf & Disposition (m/w/d)
   Brandl & Söhne Maschinenbau GmbH - Rosenheim
   https://www.stellenradar.example.de/job/88105?src=ja

Viel Erfolg bei Ihrer Bewerbung!
Ihr StellenRadar-Team

Jobagent bearbeiten oder löschen: https://www.stellenradar.example.de/jobagent/loeschen?id=5512
""",
})

SPECS.append({
    "key": "z03", "kind": "other", "scenario": "wohnungsbewerbung_abgelehnt", "lang": "de",
    "company": "", "contact": "",
    "sender": ("WohnPortal München", "benachrichtigung@wohnportal.example.de"),
    "subject": "Ihre Anfrage für die 2-Zimmer-Wohnung in Sendling",
    "date": "2026-07-18 14:22 +0200", "structure": "html", "charset": "utf-8", "cte": "base64",
    "html": """
<table width="100%" cellpadding="0" cellspacing="0" style="background:#f1f4f3;"><tr><td align="center" style="padding:16px;">
<table width="560" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,sans-serif;font-size:14px;color:#263238;">
<tr><td style="padding:14px 22px;background:#00897b;"><img src="https://static.wohnportal.example.de/mail/logo-weiss.png" alt="WohnPortal" height="24"></td></tr>
<tr><td style="padding:20px 22px;line-height:21px;">
<p>Hallo Frau Marchetti-Nkemelu,</p>
<p>der Anbieter hat auf Ihre Anfrage für das Objekt <b>„Helle 2-Zimmer-Wohnung mit Balkon, Sendling“</b> (1.480 € warm) reagiert:</p>
<p style="background:#f4f4f4;padding:12px;border-left:4px solid #00897b;">„Vielen Dank für Ihr Interesse. Leider haben wir uns für andere Bewerber entschieden. Wir wünschen Ihnen viel Erfolg bei der weiteren Suche.“</p>
<p><a href="https://www.wohnportal.example.de/suche?ort=muenchen&amp;utm_source=absage" style="color:#00897b;">Ähnliche Wohnungen ansehen</a></p>
</td></tr>
<tr><td style="padding:10px 22px;font-size:11px;color:#90a4ae;">Diese Nachricht wurde automatisch erstellt. WohnPortal GmbH · Leopoldstraße 200 · 80804 München</td></tr>
</table></td></tr></table>
""",
})

SPECS.append({
    "key": "z04", "kind": "other", "scenario": "bank_kreditantrag_eingegangen", "lang": "de",
    "company": "", "contact": "",
    "sender": ("Isarbank Kundenservice", "kundenservice@isarbank.example.de"),
    "subject": "Ihr Kreditantrag ist bei uns eingegangen",
    "date": "2026-09-24 10:05 +0200", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "text": """
Sehr geehrte Frau Marchetti-Nkemelu,

vielen Dank für Ihren Antrag auf einen Ratenkredit über 12.000 EUR (Antragsnummer RK-2026-771903).

Ihr Antrag ist bei uns eingegangen und wird derzeit geprüft. Bitte laden Sie zur weiteren Bearbeitung Ihre letzten drei Gehaltsabrechnungen sowie Ihren Arbeitsvertrag in Ihrem Online-Banking hoch. Eine Entscheidung erhalten Sie in der Regel innerhalb von drei Werktagen.

Mit freundlichen Grüßen
Ihr Isarbank Kundenservice

Isarbank AG · Maximilianstraße 10 · 80539 München · Vorstand: Dr. Heike Sommer (Vors.), Markus Brandt · Aufsichtsratsvorsitzender: Peter Lorenz · Sitz München, HRB 150 000
""",
})

SPECS.append({
    "key": "z05", "kind": "other", "scenario": "abwesenheitsnotiz_hr", "lang": "de",
    "company": "", "contact": "l.wirth@hofmann-verpackungen.example.de",
    "sender": ("Lena Wirth", "l.wirth@hofmann-verpackungen.example.de"),
    "subject": "Abwesenheitsnotiz: AW: Terminverschiebung Vorstellungsgespräch 12.05.",
    "date": "2026-05-08 07:40 +0200", "structure": "plain", "charset": "iso-8859-1", "cte": "8bit",
    "thread": ["i20", "rc11", "<CAE7m2pQ8hofmann03@mail.example.fr>"],
    "headers": [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    "text": """
Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich Montag, 11.05.2026, nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an karriere@hofmann-verpackungen.example.de.

Mit freundlichen Grüßen
Lena Wirth
Hofmann Verpackungen GmbH
""",
})

SPECS.append({
    "key": "z06", "kind": "other", "scenario": "recruiterin_direktansprache", "lang": "de",
    "company": "", "contact": "anna.lechner@talentbruecke.example.de",
    "sender": ("Anna Lechner", "anna.lechner@talentbruecke.example.de"),
    "subject": "Spannende Position als Leiterin Einkauf – Interesse?",
    "date": "2026-08-27 09:10 +0200", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "text": """
Sehr geehrte Frau Marchetti-Nkemelu,

ich bin auf Ihr Profil aufmerksam geworden und möchte Ihnen gerne eine Position vorstellen, die sehr gut zu Ihrem Werdegang passen könnte.

Mein Mandant, ein mittelständischer Hersteller von Medizintechnik im Großraum München, sucht eine Leiterin Einkauf (m/w/d) mit Erfahrung in der Lieferantenentwicklung. Die Position ist neu geschaffen und berichtet direkt an die Geschäftsführung.

Hätten Sie Interesse an einem unverbindlichen Austausch? Ich freue mich über Ihre Rückmeldung.

Beste Grüße
Anna Lechner
Senior Consultant | Talentbrücke Personalberatung
+49 89 555 330 12
""",
    "html": """
<div style="font-family:Segoe UI,Arial,sans-serif;font-size:10.5pt;color:#222;">
<p>Sehr geehrte Frau Marchetti-Nkemelu,</p>
<p>ich bin auf Ihr Profil aufmerksam geworden und möchte Ihnen gerne eine Position vorstellen, die sehr gut zu Ihrem Werdegang passen könnte.</p>
<p>Mein Mandant, ein mittelständischer Hersteller von Medizintechnik im Großraum München, sucht eine <b>Leiterin Einkauf (m/w/d)</b> mit Erfahrung in der Lieferantenentwicklung. Die Position ist neu geschaffen und berichtet direkt an die Geschäftsführung.</p>
<p>Hätten Sie Interesse an einem unverbindlichen Austausch? Ich freue mich über Ihre Rückmeldung.</p>
<p>Beste Grüße<br><b>Anna Lechner</b><br>Senior Consultant | Talentbrücke Personalberatung<br>+49 89 555 330 12<br>
<a href="https://www.xing.example.com/profile/Anna_Lechner">XING</a> | <a href="https://www.linkedin.example.com/in/annalechner">LinkedIn</a></p>
<p style="font-size:8pt;color:#999;">Talentbrücke Personalberatung GmbH · Theresienstraße 6 · 80333 München · Geschäftsführer: Dr. Martin Seidl · AG München HRB 230 555</p>
</div>
""",
})

SPECS.append({
    "key": "z07", "kind": "other", "scenario": "freundin_stelle_nicht_bekommen", "lang": "de",
    "company": "", "contact": "julia.brenner@example.de",
    "sender": ("Julia Brenner", "julia.brenner@example.de"),
    "subject": "Re: und??",
    "date": "2026-06-21 20:06 +0200", "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "thread": ["<CAE7m2pQ8julia01@mail.example.fr>"],
    "text": """
Hey Élodie,

nee, leider nicht 😕 Die haben mir heute abgesagt, "wir haben uns für eine Kandidatin mit mehr Branchenerfahrung entschieden". Nach zwei Gesprächen und einem Probearbeitstag. Ich war echt enttäuscht.

Aber egal, nächste Woche hab ich ein Gespräch bei einer Spedition in Garching, drück mir die Daumen!

Wie läuft's bei dir mit der Jobsuche? Kommst du im Juli nach München? Dann musst du bei mir pennen!

Bussi
Julia

Am So., 21. Juni 2026 um 18:40 Uhr schrieb Élodie Marchetti-Nkemelu <elodie.mn@example.fr>:
> Und?? Hast du was von dem Maschinenbauer gehört? Ich denk an dich!
> É.
""",
})

SPECS.append({
    "key": "z08", "kind": "other", "scenario": "paket_verspaetet", "lang": "de",
    "company": "", "contact": "",
    "sender": ("PaketBlitz", "noreply@paketblitz.example.de"),
    "subject": "Leider verzögert sich Ihre Sendung",
    "date": "2026-03-13 16:44 +0100", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "text": """
Hallo,

leider verzögert sich die Zustellung Ihrer Sendung 00340434 1122 7788 99 (Absender: Kartenhaus Versand GmbH) aufgrund des hohen Sendungsaufkommens.

Neuer voraussichtlicher Zustelltag: Dienstag, 17.03.2026

Sie können Ihre Sendung jederzeit verfolgen oder einen Wunschtag auswählen:
https://www.paketblitz.example.de/verfolgen?nr=00340434112277889

Wir bitten um Entschuldigung.
Ihr PaketBlitz-Team

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf.
""",
})

# ---------------------------------------------------------------- Spanish

SPECS.append({
    "key": "w01", "kind": "other", "scenario": "blog_como_afrontar_rechazo", "lang": "es",
    "company": "", "contact": "",
    "sender": ("Carrera Pro", "boletin@carrerapro.example.es"),
    "subject": "Cómo afrontar un rechazo laboral (sin hundirte)",
    "date": "2026-05-10 09:00 +0200", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "headers": [("List-Unsubscribe", "<https://carrerapro.example.es/baja?u=ZWxvZGll>"), ("Precedence", "bulk")],
    "html": """
<table width="100%" cellpadding="0" cellspacing="0" style="background:#fbf6ef;"><tr><td align="center" style="padding:20px;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Georgia,serif;color:#2a2a2a;">
<tr><td style="padding:18px 26px;"><img src="https://carrerapro.example.es/img/logo.png" alt="Carrera Pro" height="30"></td></tr>
<tr><td style="padding:0 26px 20px;font-size:16px;line-height:25px;">
<h1 style="font-size:24px;">Cómo afrontar un rechazo laboral (sin hundirte)</h1>
<p>«Lamentablemente, su candidatura no ha sido seleccionada». Si has recibido este correo más veces de las que te gustaría, no estás sola. Te contamos cómo pedir feedback, qué hacer si te cancelan una entrevista a última hora y por qué conviene seguir en contacto con el reclutador.</p>
<p><a href="https://carrerapro.example.es/r/?l=rechazo-laboral&amp;c=nl19" style="color:#c0392b;">Leer el artículo completo</a></p>
<p style="font-size:14px;">También en este número: <a href="https://carrerapro.example.es/r/?l=entrevista-online&amp;c=nl19">10 errores en la entrevista online</a> · <a href="https://carrerapro.example.es/r/?l=ofertas-barcelona&amp;c=nl19">Ofertas de logística en Barcelona</a></p>
</td></tr>
<tr><td style="padding:12px 26px;font-size:11px;color:#999;font-family:Arial,sans-serif;">Recibes este boletín porque te suscribiste en carrerapro.example.es. <a href="https://carrerapro.example.es/baja?u=ZWxvZGll" style="color:#999;">Darse de baja</a></td></tr>
</table>
""" + pixel("https://carrerapro.example.es/o/nl19.gif") + """
</td></tr></table>
""",
})

SPECS.append({
    "key": "w02", "kind": "other", "scenario": "alertas_empleo_barcelona", "lang": "es",
    "company": "", "contact": "",
    "sender": ("Empleatia Alertas", "alertas@empleatia.example.es"),
    "subject": "Nuevas ofertas: Responsable de compras en Barcelona",
    "date": "2026-04-12 07:15 +0200", "structure": "html", "charset": "iso-8859-1", "cte": "quoted-printable",
    "headers": [("List-Unsubscribe", "<https://www.empleatia.example.es/alertas/baja?id=3309>")],
    "html": """
<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body style="background:#eef2f5;margin:0;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:18px;">
<table width="560" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,sans-serif;font-size:14px;color:#333;">
<tr><td style="padding:14px 22px;background:#167db7;"><img src="https://static.empleatia.example.es/img/logo-empleatia.png" alt="Empleatia" height="24"></td></tr>
<tr><td style="padding:18px 22px;line-height:20px;">
<p>Hola Élodie, tenemos 4 ofertas nuevas para tu alerta <b>Responsable de compras - Barcelona</b>:</p>
<p><a href="https://www.empleatia.example.es/oferta/71201?utm_campaign=alerta">Responsable de Compras Indirectas</a> - Rutalia Logistics - Barcelona</p>
<p><a href="https://www.empleatia.example.es/oferta/71202?utm_campaign=alerta">Jefe/a de Aprovisionamiento</a> - Conservas Ametller - Reus</p>
<p><a href="https://www.empleatia.example.es/oferta/71203?utm_campaign=alerta">Comprador/a Senior Packaging</a> - Cosmética Blau - Mataró</p>
<p><a href="https://www.empleatia.example.es/oferta/71204?utm_campaign=alerta">Buyer Logística (inglés alto)</a> - Lumen Freight - Barcelona</p>
</td></tr>
<tr><td style="padding:12px 22px;font-size:11px;color:#999;"><a href="https://www.empleatia.example.es/alertas/baja?id=3309" style="color:#999;">Eliminar esta alerta</a> · Empleatia</td></tr>
</table>
<img src="https://track.empleatia.example.es/open?id=alrt-3309" width="1" height="1" alt="">
</td></tr></table></body></html>
""",
})

SPECS.append({
    "key": "w03", "kind": "other", "scenario": "amiga_cuenta_su_entrevista", "lang": "es",
    "company": "", "contact": "lucia.pardo@example.es",
    "sender": ("Lucía Pardo", "lucia.pardo@example.es"),
    "subject": "te cuento!!",
    "date": "2026-07-09 23:15 +0200", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "text": """
¡Élo!

Tía, ¡mañana tengo la segunda entrevista en la naviera del puerto! Me han convocado a las 10 con el director de operaciones y estoy de los nervios. La primera fue genial, pero me dijeron que hay otras dos candidatas finalistas...

¿Algún consejo de experta? Tú que has hecho mil entrevistas este año 😂

Y cuando vengas a Barcelona en agosto avisa, que te debo unas cañas en el Born.

Besos,
Lu
""",
})

SPECS.append({
    "key": "w04", "kind": "other", "scenario": "banco_solicitud_prestamo", "lang": "es",
    "company": "", "contact": "",
    "sender": ("Banco Mediterráneo Digital", "avisos@bancomeddigital.example.es"),
    "subject": "Hemos recibido tu solicitud de préstamo",
    "date": "2026-08-20 13:02 +0200", "structure": "plain", "charset": "iso-8859-1", "cte": "quoted-printable",
    "text": """
Hola, Élodie:

Hemos recibido tu solicitud de Préstamo Personal por importe de 8.000 EUR a 48 meses (referencia PP-26-0931177).

Estamos analizando tu solicitud. Te comunicaremos nuestra decisión en un plazo máximo de 48 horas. Si necesitamos documentación adicional (nómina, contrato de trabajo o declaración de la renta), te avisaremos a través de la app.

Gracias por confiar en nosotros.

Banco Mediterráneo Digital
Este correo se envía desde una dirección que no admite respuestas.
""",
})

SPECS.append({
    "key": "w05", "kind": "other", "scenario": "radio_entrevista_periodista", "lang": "es",
    "company": "", "contact": "jordi.vila@radioport.example.es",
    "sender": ("Jordi Vila", "jordi.vila@radioport.example.es"),
    "subject": "Entrevista en 'Connexió Port' – Ràdio Port Barcelona",
    "date": "2026-09-17 12:40 +0200", "structure": "plain", "charset": "utf-8", "cte": "base64",
    "text": """
Buenos días, Élodie:

Soy Jordi Vila, periodista del programa «Connexió Port» de Ràdio Port Barcelona. Estamos preparando un especial sobre profesionales extranjeros que trabajan en la logística portuaria catalana y nos han hablado muy bien de ti desde la Logística Portuaria Garraf.

¿Te gustaría participar en una entrevista de unos 15 minutos, en directo o grabada, el próximo jueves 24 de septiembre por la mañana? Puede ser en castellano, en francés con traducción o en inglés, como te resulte más cómodo.

Quedo a la espera de tu respuesta.

Un saludo cordial,

Jordi Vila
Redacción – Ràdio Port Barcelona
93 555 10 44
""",
})
