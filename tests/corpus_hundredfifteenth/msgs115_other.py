"""Everything else (52): newsletters and digests, other meanings of the words, friends, the
candidate's own sent mail, out-of-office replies, cold outreach, shops, banks and services."""

# Specs are dict(...) calls: keyword syntax keeps hand-written messages readable.
# ruff: noqa: C408

from __future__ import annotations

from msgs115_common import CAND, bare_html, card_html, gmail_html, newsletter_html

MESSAGES: list[dict] = []
add = MESSAGES.append

# ------------------------------------------------------------------------------------- fr (27)

add(dict(
    file="mag_carrieres_rebondir_apres_refus", kind="other", company="", contact="", lang="fr",
    sender=("Le Mag Carrières Finance", "newsletter@mag-carrieres-finance.example.fr"),
    subject="Refus après entretien : 5 façons de rebondir (et les offres de la semaine)",
    date="2026-03-12T07:30:00+01:00", structure="html", cte="qp",
    list={"List-Id": "Le Mag Carrieres Finance <hebdo.mag-carrieres-finance.example.fr>",
          "List-Unsubscribe": "<https://mag-carrieres-finance.example.fr/desinscription?u=a7f3e1&l=hebdo>, <mailto:desinscription@mag-carrieres-finance.example.fr?subject=hebdo>",
          "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"},
    headers={"X-Campaign": "hebdo-2026-11"},
    html=newsletter_html([
        """<h1 style="font-size:24px;margin:0 0 10px 0;">Refus après entretien : 5 façons de rebondir</h1>
<p>« Nous sommes au regret de ne pas donner une suite favorable à votre candidature »… Qui n'a jamais reçu ce mail ? Nos conseils pour transformer un refus en tremplin : demander un retour, analyser l'entretien, garder le contact avec le recruteur.</p>
<p><a href="https://mag-carrieres-finance.example.fr/r/a7f3e1/refus-apres-entretien?utm_source=newsletter&amp;utm_campaign=hebdo-11" style="color:#0e6b5c;">Lire l'article →</a></p>""",
        """<h2 style="font-size:18px;margin:0 0 8px 0;">Entretien manqué : comment s'excuser sans se griller</h2>
<p>Un train annulé, un lien Teams qui ne marche pas… Notre modèle de mail pour reprendre contact après un entretien raté.</p>
<p><a href="https://mag-carrieres-finance.example.fr/r/a7f3e1/entretien-manque?utm_source=newsletter" style="color:#0e6b5c;">Lire →</a></p>""",
        """<h2 style="font-size:18px;margin:0 0 8px 0;">Les offres de la semaine</h2>
<ul><li><a href="https://mag-carrieres-finance.example.fr/r/a7f3e1/o/48812" style="color:#0e6b5c;">Analyste KYC – Paris 9e – CDI</a></li>
<li><a href="https://mag-carrieres-finance.example.fr/r/a7f3e1/o/48830" style="color:#0e6b5c;">Chargé(e) de conformité – Lyon – CDI</a></li>
<li><a href="https://mag-carrieres-finance.example.fr/r/a7f3e1/o/48841" style="color:#0e6b5c;">Contrôleur permanent – Bordeaux – CDD 12 mois</a></li></ul>""",
    ], title="Le Mag Carrières Finance – hebdo n°11",
        logo_src="https://mag-carrieres-finance.example.fr/img/nl/logo-blanc.png",
        logo_alt="Le Mag Carrières Finance", accent="#0e6b5c", lang="fr",
        footer="""Vous recevez cette lettre car vous êtes inscrit(e) sur mag-carrieres-finance.example.fr. <a href="https://mag-carrieres-finance.example.fr/desinscription?u=a7f3e1&amp;l=hebdo" style="color:#8a8a8a;">Se désinscrire</a> · <a href="https://mag-carrieres-finance.example.fr/preferences?u=a7f3e1" style="color:#8a8a8a;">Préférences</a><br>
Mag Carrières Finance SAS – 3 rue Taitbout, 75009 Paris – RCS Paris 901 234 567.""",
        pixel="https://mag-carrieres-finance.example.fr/o/a7f3e1-hebdo11.gif"),
))

add(dict(
    file="emploi_sud_alerte_douze_offres", kind="other", company="", contact="", lang="fr",
    sender=("Emploi-Sud Alertes", "alertes@emploi-sud.example.fr"),
    subject="12 nouvelles offres pour « conformité » autour de Toulouse",
    date="2026-04-07T06:02:11+02:00", structure="alt", cte="qp",
    list={"List-Id": "Alertes emploi <alertes.emploi-sud.example.fr>",
          "List-Unsubscribe": "<https://www.emploi-sud.example.fr/alertes/stop?id=AL-22871>",
          "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"},
    html=card_html("""<p>Bonjour Aurélien, voici les nouvelles offres correspondant à votre alerte <b>« conformité » – Toulouse (30 km)</b> :</p>
<table role="presentation" width="100%" cellpadding="6" cellspacing="0" style="font-size:13px;">
<tr><td style="border-bottom:1px solid #eee;"><a href="https://www.emploi-sud.example.fr/r/a?o=99101&amp;al=AL-22871" style="color:#c77700;font-weight:bold;">Chargé de conformité LCB-FT (H/F)</a><br>Banque Capitole Entreprises · Toulouse · CDI</td></tr>
<tr><td style="border-bottom:1px solid #eee;"><a href="https://www.emploi-sud.example.fr/r/a?o=99117&amp;al=AL-22871" style="color:#c77700;font-weight:bold;">Assistant conformité – cabinet de courtage</a><br>Confidentiel · Blagnac · CDD</td></tr>
<tr><td style="border-bottom:1px solid #eee;"><a href="https://www.emploi-sud.example.fr/r/a?o=99124&amp;al=AL-22871" style="color:#c77700;font-weight:bold;">Contrôleur interne junior</a><br>Occitanie Financement · Toulouse · Contrat 3 ans</td></tr>
<tr><td style="border-bottom:1px solid #eee;"><a href="https://www.emploi-sud.example.fr/r/a?o=99150&amp;al=AL-22871" style="color:#c77700;font-weight:bold;">Analyste fraude &amp; conformité</a><br>Pyrène Pay · Toulouse · CDI</td></tr>
</table>
<p><a href="https://www.emploi-sud.example.fr/r/a?all=1&amp;al=AL-22871" style="color:#c77700;">Voir les 12 offres</a></p>""",
        logo_src="https://www.emploi-sud.example.fr/img/mail/logo-emploi-sud.png",
        logo_alt="Emploi-Sud", accent="#f29f05",
        footer="""Vous recevez cet e-mail car vous avez créé une alerte sur Emploi-Sud. <a href="https://www.emploi-sud.example.fr/alertes/stop?id=AL-22871" style="color:#7b8794;">Supprimer cette alerte</a><br>
Emploi-Sud SAS – 10 place Wilson, 31000 Toulouse.""",
        pixel="https://www.emploi-sud.example.fr/o/AL-22871-0407.gif"),
))

add(dict(
    file="podcast_parcours_reconversion", kind="other", company="",
    contact="julie@parcours-podcast.example.fr", lang="fr",
    sender=("Julie Moreau", "julie@parcours-podcast.example.fr"),
    subject="Interview pour le podcast « Parcours »",
    date="2026-02-02T18:40:27+01:00", structure="plain", cte="qp",
    text="""Bonjour Aurélien,

Je m'appelle Julie, je produis « Parcours », un podcast indépendant où des gens racontent leur reconversion professionnelle (on a dépassé les 40 000 écoutes par mois, ça me fait toujours bizarre de l'écrire).

Votre post LinkedIn sur le passage de conseiller en agence à la conformité m'a beaucoup touchée. Est-ce que vous accepteriez d'être interviewé pour un épisode ? L'enregistrement dure environ une heure, à distance ou dans notre petit studio aux Carmes, et je vous envoie les questions à l'avance.

Aucune obligation bien sûr, et si ce n'est pas le bon moment, pas de souci.

Belle soirée,
Julie Moreau
« Parcours » – le podcast des reconversions
https://parcours-podcast.example.fr
""",
))

add(dict(
    file="journaliste_fermetures_agences", kind="other", company="",
    contact="t.beranger@courrier-garonne.example.fr", lang="fr",
    sender=("Thomas Béranger", "t.beranger@courrier-garonne.example.fr"),
    subject="Demande d'entretien – article sur les conseillers bancaires",
    date="2026-05-21T11:15:42+02:00", structure="plain", charset="iso-8859-1", cte="8bit",
    text="""Bonjour Monsieur Mbappé-Larsson,

Je suis journaliste au service économie du Courrier de Garonne. Je prépare un article sur les fermetures d'agences bancaires en Occitanie et sur ce que deviennent les conseillers, dont beaucoup se reconvertissent dans la conformité ou le risque.

Un ancien collègue à vous, Romain, m'a donné vos coordonnées. Accepteriez-vous un entretien téléphonique d'une vingtaine de minutes, cette semaine ou la suivante ? Vous pourrez bien sûr relire vos citations et rester anonyme si vous le souhaitez.

Bien cordialement,

Thomas Béranger
Journaliste - service Économie
Le Courrier de Garonne
06 45 12 78 90
""",
))

_notabene = """Bonjour Aurélien,

Je suis Inès, UX researcher chez Notabene. Vous utilisez l'application depuis plus d'un an pour vos notes et vos listes, et nous aimerions beaucoup vous entendre !

Nous organisons des entretiens utilisateurs de 30 minutes en visio pour comprendre comment vous organisez votre recherche d'emploi (oui, on a vu passer quelques listes « candidatures » dans nos stats anonymisées 😉). En remerciement, vous recevrez un bon d'achat de 30 €.

Si cela vous tente, répondez simplement à ce mail avec deux ou trois créneaux qui vous arrangent la semaine prochaine.

Merci d'avance,
Inès Rocher
UX Researcher – Notabene
"""
add(dict(
    file="notabene_entretien_utilisateur", kind="other", company="",
    contact="ines.rocher@notabene.example.fr", lang="fr",
    sender=("Inès Rocher", "ines.rocher@notabene.example.fr"),
    subject="30 minutes pour nous aider ? (entretien utilisateur, bon de 30 €)",
    date="2026-06-09T10:02:18+02:00", structure="alt", cte="qp",
    text=_notabene, html=gmail_html(_notabene),
))

add(dict(
    file="itineo_position_partagee", kind="other", company="", contact="", lang="fr",
    sender=("Itinéo", "no-reply@itineo.example.fr"),
    subject="Julie a commencé à suivre votre position",
    date="2026-07-11T19:22:03+02:00", structure="html", cte="qp",
    html=bare_html("""<p style="font-size:18px"><b>Partage de position activé</b></p>
<p>Julie Moreau peut désormais voir votre position en temps réel pendant 2 heures (jusqu'à 21:22).</p>
<p>Votre position est mise à jour toutes les 30 secondes tant que l'application est ouverte. Vous pouvez arrêter le partage à tout moment.</p>
<p><a href="https://itineo.example.fr/app/partage/stop?s=8812ab" style="background:#1e88e5;color:#fff;padding:8px 14px;text-decoration:none;border-radius:4px">Arrêter le partage</a></p>
<p style="font-size:11px;color:#999">Itinéo – navigation et trafic en temps réel. Vous recevez cet e-mail car les notifications de partage sont activées. <a href="https://itineo.example.fr/compte/notifications">Gérer les notifications</a></p>""",
        lang="fr", pixel="https://itineo.example.fr/o/8812ab.png"),
))

add(dict(
    file="billetterie_position_file_attente", kind="other", company="", contact="", lang="fr",
    sender=("Billetterie Zénith Occitanie", "billetterie-noreply@zenith-occitanie.example.fr"),
    subject="Vous êtes dans la file d'attente – position 3 412",
    date="2026-09-26T10:00:41+02:00", structure="html", cte="qp",
    html=card_html("""<p>Bonjour,</p>
<p>Votre demande d'accès à la vente <b>Concert du Nouvel An – 31/12/2026</b> est bien enregistrée.</p>
<p style="font-size:28px;font-weight:bold;margin:18px 0;">Votre position : 3 412</p>
<p>Temps d'attente estimé : 25 minutes. Ne fermez pas la page de la file d'attente ; si vous la quittez, vous perdrez votre position.</p>
<p>Malheureusement, nous ne pouvons pas garantir la disponibilité des places lorsque votre tour arrivera.</p>""",
        logo_src="https://billetterie.zenith-occitanie.example.fr/img/logo-mail.png",
        logo_alt="Zénith Occitanie", accent="#8e24aa",
        footer="Zénith Occitanie – billetterie officielle. Message automatique, merci de ne pas répondre.",
        pixel="https://billetterie.zenith-occitanie.example.fr/o/q-3412.gif"),
))

add(dict(
    file="colis_retarde_malheureusement", kind="other", company="", contact="", lang="fr",
    sender=("Colis Express", "suivi@colis-express.example.fr"),
    subject="Malheureusement, votre colis est retardé",
    date="2026-02-13T08:45:30+01:00", structure="alt", cte="base64",
    html=card_html("""<p>Bonjour Aurélien,</p>
<p>Malheureusement, votre colis n° <b>CX 8830 1127 44 FR</b> est retardé en raison de conditions météo difficiles sur notre plateforme de Toulouse-Fenouillet.</p>
<p>Nouvelle date de livraison estimée : <b>lundi 16 février</b>, entre 9h et 13h.</p>
<p><a href="https://www.colis-express.example.fr/suivi?n=CX8830112744FR&amp;utm_source=email" style="color:#d32f2f;font-weight:bold;">Suivre mon colis</a> · <a href="https://www.colis-express.example.fr/livraison/modifier?n=CX8830112744FR" style="color:#d32f2f;">Modifier la livraison</a></p>
<p>Nous vous prions de nous excuser pour ce désagrément.</p>""",
        logo_src="https://www.colis-express.example.fr/img/email/logo.png", logo_alt="Colis Express",
        accent="#d32f2f",
        footer="Colis Express SAS – service client : 09 70 00 00 00. Cet e-mail est envoyé automatiquement, merci de ne pas y répondre.",
        pixel="https://www.colis-express.example.fr/o/CX88301127.gif"),
))

add(dict(
    file="pret_immobilier_bien_recu_conseillere", kind="other", company="", contact="",
    lang="fr",
    sender=("Cécile Lafont", "c.lafont@boh-banque.example.fr"),
    subject="Votre demande de prêt immobilier",
    date="2026-01-22T17:12:36+01:00", structure="plain", cte="qp",
    text="""Bonjour Monsieur Mbappé-Larsson,

Nous avons bien reçu votre demande de prêt immobilier pour l'acquisition de l'appartement de la rue des Filatiers, ainsi que les pièces justificatives.

Il manque encore vos trois derniers bulletins de salaire et l'avis d'imposition 2025. Dès réception, votre dossier sera transmis à notre service engagements ; comptez ensuite une dizaine de jours pour l'accord de principe.

Je reste à votre disposition.

Cécile Lafont
Conseillère en crédit immobilier
Banque Occitane de l'Habitat – agence Esquirol
""",
))

add(dict(
    file="credit_conso_refuse", kind="other", company="", contact="", lang="fr",
    sender=("Finacredit", "service-client@finacredit.example.fr"),
    subject="Réponse à votre demande de crédit n° FC-26-448120",
    date="2026-08-03T09:00:00+02:00", structure="plain", charset="windows-1252", cte="qp",
    text="""Bonjour Monsieur,

Nous avons étudié avec attention votre demande de crédit renouvelable d'un montant de 3 000 € (dossier n° FC-26-448120).

Nous sommes au regret de vous informer que nous ne sommes pas en mesure d'y donner une suite favorable. Cette décision résulte de l'analyse de votre situation et de nos critères d'octroi ; elle ne préjuge pas d'une décision future.

Conformément à la réglementation, vous pouvez demander le réexamen de votre dossier par un conseiller depuis votre espace client.

Le Service Clients Finacredit

--
Finacredit SA – établissement de crédit – 5 avenue Kléber, 75116 Paris – RCS Paris 542 097 902 – ORIAS 07 023 262.
Un crédit vous engage et doit être remboursé. Vérifiez vos capacités de remboursement avant de vous engager.
""",
))

add(dict(
    file="dossier_location_non_retenu", kind="other", company="", contact="", lang="fr",
    sender=("Capitole Immobilier – Gestion locative", "location-noreply@capitole-immo.example.fr"),
    subject="Votre dossier de location – T2 rue Pharaon",
    date="2026-04-29T15:33:51+02:00", structure="plain", charset="windows-1252", cte="qp",
    text="""Bonjour,

Nous vous remercions pour le dépôt de votre dossier de location concernant le T2 de 48 m² situé rue Pharaon (réf. LOC-1187).

Malheureusement, votre dossier n'a pas été retenu par le propriétaire, qui a choisi un autre candidat locataire.

Nous vous invitons à consulter nos autres biens disponibles sur notre site et vous souhaitons une bonne recherche.

Capitole Immobilier – Service Gestion locative
Carte professionnelle CPI 3101 2026 000 012 345 – Ce message est automatique.
""",
))

add(dict(
    file="ami_refus_console_quote_refus", kind="other", company="",
    contact="k.lopez31@example.com", lang="fr",
    sender=("Kevin Lopez", "k.lopez31@example.com"),
    subject="Re: bon ben refus",
    date="2026-05-12T22:58:04+02:00", structure="plain", cte="8bit",
    thread=["<AF0E1D2C-3B4A-4596-8776-5A4B3C2D1E0F@example.fr>"],
    text="""Ah mince Aurél, désolé pour toi… ils savent pas ce qu'ils ratent.
Moi aussi je me suis pris un refus chez Safrane Assurances la semaine dernière, après 3 entretiens, alors je compatis grave.
On se fait une bière jeudi pour se remonter le moral ? Le bar habituel, 19h ?

Kev

Le mar. 12 mai 2026 à 21:40, Aurélien Mbappé-Larsson <aurelien.ml@example.fr> a écrit :
> Salut Kev,
> Bon ben la Banque Rhodanienne m'a appelé ce matin : refus après le
> second entretien. « Nous ne retiendrons pas votre candidature »… Ils ont
> pris quelqu'un qui connaît mieux le filtrage SWIFT.
> Je suis dégoûté.
> Aurél
""",
))

add(dict(
    file="amie_entretien_demain_conseils", kind="other", company="",
    contact="camille.roques@example.fr", lang="fr",
    sender=("Camille Roques", "camille.roques@example.fr"),
    subject="help entretien demain !!",
    date="2026-06-17T21:14:55+02:00", structure="plain", cte="8bit",
    text="""Coucou Aurél,

J'ai mon entretien demain à 10h chez Midi Prévoyance pour le poste de gestionnaire sinistres, et je stresse a mort 😅 Tu as passé plein d'entretiens ces derniers mois, t'aurais 2-3 conseils ? Genre les questions pièges sur les « points faibles », comment parler du salaire…

Si tu peux m'appeler ce soir même 5 min ce serait top.

Merci merci !
Camille

Envoyé de mon iPhone
""",
))

add(dict(
    file="envoye_relance_candidature", kind="other", company="", contact="", lang="fr",
    sender=CAND,
    to=[("Stéphanie Perrin", "s.perrin@rhodanienne.example.fr")],
    subject="Relance – candidature Analyste Sécurité Financière",
    date="2026-04-20T08:31:15+02:00", structure="plain", cte="qp",
    msgid="<8D9E0F1A-2B3C-4D5E-6F70-81920A1B2C3D@example.fr>",
    headers={"X-Mailer": "Apple Mail (2.3774.500.171.1.1)"},
    text="""Bonjour Madame Perrin,

Je me permets de revenir vers vous au sujet de ma candidature au poste d'Analyste Sécurité Financière, envoyée le 2 avril.

Je reste très intéressé par ce poste et serais ravi de vous exposer ma motivation lors d'un entretien.

Bien cordialement,

Aurélien Mbappé-Larsson
06 12 34 56 78
""",
))

add(dict(
    file="envoye_candidature_spontanee_cv", kind="other", company="", contact="", lang="fr",
    sender=CAND,
    to=[("", "contact@fourcade-expertise.example.fr")],
    subject="Candidature spontanée – conformité / contrôle interne",
    date="2026-07-14T22:10:03+02:00", structure="plain", cte="qp",
    msgid="<4D5E6F70-8192-4A3B-BC4D-5E6F70819203@example.fr>",
    headers={"X-Mailer": "Apple Mail (2.3774.500.171.1.1)"},
    text="""Madame, Monsieur,

Conseiller bancaire depuis six ans, je souhaite évoluer vers la conformité et me permets de vous adresser une candidature spontanée.

En agence, je traite chaque semaine des mises à jour KYC, des alertes LCB-FT et des déclarations internes de soupçon ; je prépare en parallèle le certificat de conformité bancaire. Votre pôle dédié aux établissements financiers correspond exactement au métier que je souhaite exercer.

Vous trouverez mon CV en pièce jointe. Je serais heureux de vous rencontrer.

Bien cordialement,

Aurélien Mbappé-Larsson
06 12 34 56 78
""",
    attachments=[{"name": "CV_Aurelien_Mbappe-Larsson_2026.pdf",
                  "title": "Aurélien Mbappé-Larsson – Conformité / KYC / LCB-FT",
                  "lines": ["Toulouse – 06 12 34 56 78 – aurelien.ml@example.fr", "",
                            "2020-2026 Conseiller clientèle, Banque du Comminges, Toulouse",
                            "Mises à jour KYC, alertes LCB-FT, ouverture de comptes pros",
                            "2019 Master Banque-Finance, Toulouse", "",
                            "Langues : français, anglais (C1), espagnol (B2), allemand (B1)"]}],
))

add(dict(
    file="envoye_remerciement_quote_invitation", kind="other", company="", contact="",
    lang="fr",
    sender=CAND,
    to=[("Hugo Lestrade", "h.lestrade@vinea-capital.example.fr")],
    subject="Re: RE: Vinea Capital – votre candidature",
    date="2026-05-21T19:45:30+02:00", structure="plain", cte="qp",
    msgid="<5A6B7C8D-9E0F-4A1B-8C2D-3E4F5A6B7C8D@example.fr>",
    thread=["<DB9PR02MB7340F1E2D3C4B5A6@DB9PR02MB7340.eurprd02.prod.outlook.com>"],
    headers={"X-Mailer": "Apple Mail (2.3774.500.171.1.1)"},
    text="""Bonjour Hugo,

Merci de m'avoir accueilli cet après-midi. L'étude de cas était passionnante et j'ai beaucoup apprécié l'échange avec Pierre-Henri sur le dispositif de contrôle permanent.

Je vous confirme tout mon intérêt pour le poste.

Bien cordialement,
Aurélien

> Le 12 mai 2026 à 11:26, Hugo Lestrade <h.lestrade@vinea-capital.example.fr> a écrit :
>
> Bonjour Aurélien,
>
> Suite à votre premier entretien avec Laure, nous souhaitons vous revoir pour
> un second entretien avec Pierre-Henri Daguerre, notre directeur Risques &
> Conformité. Il y aura une étude de cas d'environ 30 minutes.
""",
))

add(dict(
    file="absence_recruteuse_auto_reply", kind="other", company="",
    contact="s.perrin@rhodanienne.example.fr", lang="fr",
    sender=("PERRIN Stéphanie", "s.perrin@rhodanienne.example.fr"),
    subject="Réponse automatique : Relance – candidature Analyste Sécurité Financière",
    date="2026-04-20T08:31:22+02:00", structure="plain", cte="qp",
    thread=["<8D9E0F1A-2B3C-4D5E-6F70-81920A1B2C3D@example.fr>"],
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All",
             "X-MS-Exchange-Inbox-Rules-Loop": "s.perrin@rhodanienne.example.fr"},
    text="""Bonjour,

Je suis absente du bureau jusqu'au lundi 27 avril inclus, sans accès à ma messagerie.

Pour toute question urgente concernant un recrutement en cours, vous pouvez contacter l'équipe au 04 78 00 20 20.

Je traiterai votre message à mon retour.

Stéphanie Perrin
Banque Rhodanienne
""",
))

add(dict(
    file="chasseur_approche_directe", kind="other", company="",
    contact="a.vidal@talentbridge.example.fr", lang="fr",
    sender=("Arnaud Vidal", "a.vidal@talentbridge.example.fr"),
    subject="Opportunité conformité – Paris / Toulouse",
    date="2026-01-08T12:04:39+01:00", structure="alt", cte="qp",
    text="""Bonjour Aurélien,

Je me permets de vous contacter suite à la lecture de votre profil. J'accompagne plusieurs établissements de paiement et néobanques dans le recrutement de leurs équipes conformité, et les profils issus du réseau d'agences sont de plus en plus recherchés.

Je n'ai pas de poste précis à vous présenter aujourd'hui, mais je serais ravi de faire connaissance et de comprendre votre projet, pour pouvoir penser à vous dès qu'un mandat adapté s'ouvre.

Seriez-vous ouvert à en discuter ?

Bien cordialement,

Arnaud Vidal
Manager – Risk & Compliance
TalentBridge Conseil
07 61 00 22 33
""",
    html=None,
))
MESSAGES[-1]["html"] = gmail_html(MESSAGES[-1]["text"])

add(dict(
    file="webinaire_reconversion_conformite", kind="other", company="", contact="", lang="fr",
    sender=("Institut de Formation Conformité", "evenements@ifc-formation.example.fr"),
    subject="Webinaire jeudi 18h : réussir sa reconversion dans la conformité bancaire",
    date="2026-02-16T12:00:00+01:00", structure="html", cte="qp",
    list={"List-Unsubscribe": "<https://ifc-formation.example.fr/nl/unsub?c=web-0219&u=55ab>",
          "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"},
    html=newsletter_html([
        """<h1 style="font-size:22px;margin:0 0 10px 0;">Réussir sa reconversion dans la conformité</h1>
<p>Jeudi 19 février, 18h00 – 19h00, en ligne et gratuit.</p>
<p>Avec Nadia Benali, responsable conformité d'un établissement de paiement, et Marc Siré, ancien conseiller bancaire devenu analyste LCB-FT. Au programme : les métiers qui recrutent, les certifications utiles, comment valoriser l'expérience en agence en entretien d'embauche.</p>
<p><a href="https://ifc-formation.example.fr/r/55ab/webinaire-reconversion?utm_source=nl" style="background:#1565c0;color:#fff;padding:10px 18px;text-decoration:none;">Je m'inscris</a></p>""",
        """<p><b>Prochaine session du certificat Conformité bancaire :</b> inscriptions ouvertes jusqu'au 15 mars. <a href="https://ifc-formation.example.fr/r/55ab/certificat?utm_source=nl" style="color:#1565c0;">En savoir plus</a></p>""",
    ], title="Webinaire IFC", logo_src="https://ifc-formation.example.fr/img/logo-ifc.png",
        logo_alt="IFC – Institut de Formation Conformité", accent="#1565c0", lang="fr",
        footer="""Institut de Formation Conformité – organisme de formation déclaré sous le n° 76 31 01234 31. <a href="https://ifc-formation.example.fr/nl/unsub?c=web-0219&amp;u=55ab" style="color:#8a8a8a;">Se désabonner</a>""",
        pixel="https://ifc-formation.example.fr/o/web-0219-55ab.gif"),
))

add(dict(
    file="certification_inscription_recue", kind="other", company="", contact="", lang="fr",
    sender=("IFC – Inscriptions", "inscriptions-noreply@ifc-formation.example.fr"),
    subject="Votre candidature au certificat Conformité bancaire a bien été reçue",
    date="2026-03-04T14:27:01+01:00", structure="plain", cte="qp",
    text="""Bonjour Aurélien Mbappé-Larsson,

Votre candidature à la session de printemps du certificat « Conformité bancaire » (CCB) a bien été reçue. Elle sera examinée par le comité pédagogique sous 10 jours ouvrés.

Rappel : la session débute le 4 avril 2026 (8 samedis, en distanciel). Le règlement des frais (1 450 €) pourra être effectué après acceptation de votre dossier.

Institut de Formation Conformité – Service des inscriptions
Ne répondez pas à ce message automatique.
""",
))

add(dict(
    file="workday_reinitialisation_mot_de_passe", kind="other", company="", contact="",
    lang="fr",
    sender=("Banque Capitole Entreprises", "capitoleentreprises@myworkday.com"),
    subject="Réinitialisation de votre mot de passe",
    date="2026-03-30T23:41:58+02:00", structure="plain", cte="7bit",
    headers={"Auto-Submitted": "auto-generated"},
    text="""Bonjour,

Une demande de reinitialisation du mot de passe de votre compte candidat a ete effectuee.

Votre code de verification est : 481 220

Ce code expire dans 15 minutes. Si vous n'etes pas a l'origine de cette demande, ignorez ce message.

Workday - Banque Capitole Entreprises
""",
))

add(dict(
    file="alumni_portrait_entretien_ancienne", kind="other", company="", contact="", lang="fr",
    sender=("Réseau Alumni Garonne Business School", "alumni@gbs-alumni.example.fr"),
    subject="La Lettre des Alumni – avril 2026 : entretien avec Sonia K., Head of Compliance",
    date="2026-04-15T09:00:00+02:00", structure="html", cte="qp",
    list={"List-Id": "La Lettre des Alumni GBS <lettre.gbs-alumni.example.fr>",
          "List-Unsubscribe": "<https://gbs-alumni.example.fr/lettre/desabonnement?m=c91e7>",
          "Precedence": "list"},
    html=newsletter_html([
        """<h1 style="font-size:22px;margin:0 0 10px 0;">Entretien avec Sonia K. (promo 2012), Head of Compliance</h1>
<p>« Mon premier entretien d'embauche dans la conformité, je l'ai raté. Le deuxième aussi. » Sonia revient sur dix ans de carrière, de l'agence bancaire à la direction de la conformité d'une fintech luxembourgeoise.</p>
<p><a href="https://gbs-alumni.example.fr/t/c91e7/portrait-sonia-k" style="color:#6d1b7b;">Lire l'entretien</a></p>""",
        """<h2 style="font-size:17px;margin:0 0 8px 0;">Les offres du réseau</h2>
<p>32 offres déposées par des alumni ce mois-ci, dont 6 en risques et conformité. <a href="https://gbs-alumni.example.fr/t/c91e7/offres" style="color:#6d1b7b;">Voir les offres</a></p>""",
        """<h2 style="font-size:17px;margin:0 0 8px 0;">Afterwork Toulouse – 7 mai</h2>
<p>Rendez-vous au Bazacle à partir de 19h. <a href="https://gbs-alumni.example.fr/t/c91e7/afterwork-mai" style="color:#6d1b7b;">S'inscrire</a></p>""",
    ], title="La Lettre des Alumni", logo_src="https://gbs-alumni.example.fr/img/lettre-logo.png",
        logo_alt="Garonne Business School Alumni", accent="#6d1b7b", lang="fr",
        footer="""Association des diplômés de Garonne Business School – loi 1901. <a href="https://gbs-alumni.example.fr/lettre/desabonnement?m=c91e7" style="color:#8a8a8a;">Se désabonner</a>""",
        pixel="https://gbs-alumni.example.fr/o/c91e7.gif"),
))

add(dict(
    file="ancienne_collegue_mise_en_relation", kind="other", company="",
    contact="elsa.marquez@example.fr", lang="fr",
    sender=("Elsa Marquez", "elsa.marquez@example.fr"),
    cc=[("Karim Haddou", "karim.haddou@example.com")],
    subject="Mise en relation : Aurélien <> Karim",
    date="2026-01-19T13:27:44+01:00", structure="plain", cte="qp",
    text="""Salut Aurélien, salut Karim,

Je vous mets en relation comme promis !

Karim, Aurélien était mon collègue à l'agence Esquirol pendant quatre ans : rigoureux, excellent avec les clients, et il veut passer côté conformité. Aurélien, Karim dirige l'équipe KYC d'une banque en ligne à Paris et a lui-même commencé en agence.

Je vous laisse organiser un café ou un appel, ce n'est pas un entretien, juste pour échanger.

Bises à tous les deux,
Elsa
""",
))

add(dict(
    file="mutuelle_remboursement_refuse", kind="other", company="", contact="", lang="fr",
    sender=("Ma Mutuelle Pastel", "ne-pas-repondre@mutuelle-pastel.example.fr"),
    subject="Votre demande de remboursement a été refusée",
    date="2026-06-26T06:15:20+02:00", structure="plain", charset="iso-8859-1", cte="qp",
    text="""Bonjour Monsieur Mbappé-Larsson,

Votre demande de remboursement du 18/06/2026 (ostéopathie, 60,00 EUR) a été refusée : le plafond annuel de 3 séances prévu par votre garantie est atteint.

Vous pouvez consulter le détail dans votre espace adhérent, rubrique Mes remboursements.

Ma Mutuelle Pastel - Service Prestations
Ce message est envoyé automatiquement, merci de ne pas y répondre.
""",
))

add(dict(
    file="entretien_chaudiere_programme", kind="other", company="", contact="", lang="fr",
    sender=("Thermi'Services", "rdv@thermiservices.example.fr"),
    subject="Votre entretien annuel de chaudière est programmé le 12 mars",
    date="2026-03-02T10:10:10+01:00", structure="plain", cte="8bit",
    text="""Bonjour M. Mbappé-Larsson,

Votre entretien annuel de chaudière est programmé le jeudi 12 mars 2026 entre 8h et 12h, au 14 rue des Filatiers, 31000 Toulouse.

Notre technicien vous appellera 30 minutes avant son arrivée. En cas d'absence, merci de reporter le rendez-vous au moins 48 h à l'avance sur votre espace client ; un déplacement non annulé pourra être facturé 35 €.

Thermi'Services – chauffage, entretien, dépannage
Contrat d'entretien n° TS-0099213
""",
))

add(dict(
    file="employeur_actuel_entretiens_annuels", kind="other", company="", contact="", lang="fr",
    sender=("RH Banque du Comminges", "rh-notifications@banque-comminges.example.fr"),
    subject="Campagne des entretiens annuels 2026 – votre entretien est planifié",
    date="2026-01-26T08:00:00+01:00", structure="plain", charset="iso-8859-1", cte="8bit",
    text="""Bonjour Aurélien,

La campagne des entretiens annuels d'évaluation 2026 est ouverte.

Votre entretien avec votre manager, Pascale Ferrand, est planifié le jeudi 12 février à 15h00 à l'agence Esquirol.

Avant cette date, merci de compléter votre auto-évaluation et vos souhaits de mobilité dans l'espace Talent : https://rh.banque-comminges.example.fr/talent/campagne-2026

La Direction des Ressources Humaines
Message interne - Banque du Comminges. Merci de ne pas répondre à cette adresse de notification.
""",
))

add(dict(
    file="prolink_profil_consulte", kind="other", company="", contact="", lang="fr",
    sender=("ProLink", "notifications@prolink.example.com"),
    subject="Aurélien, 3 recruteurs ont consulté votre profil cette semaine",
    date="2026-08-20T17:30:00+02:00", structure="html", cte="qp",
    list={"List-Unsubscribe": "<https://www.prolink.example.com/settings/email/unsub?t=prof-views>",
          "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"},
    html=card_html("""<p style="font-size:17px;"><b>Votre profil attire l'attention</b></p>
<p>3 recruteurs ont consulté votre profil cette semaine, dont un recruteur de <b>Lemoine Executive Search</b> et une personne du secteur <b>Banque privée</b> à Genève.</p>
<p><a href="https://www.prolink.example.com/r/views?src=email&amp;t=prof-views" style="background:#0a66c2;color:#fff;padding:10px 18px;border-radius:18px;text-decoration:none;">Voir qui a consulté votre profil</a></p>
<p style="font-size:12px;color:#666;">Passez à ProLink Premium pour voir la liste complète. Essai gratuit d'un mois.</p>""",
        logo_src="https://static.prolink.example.com/email/logo.png", logo_alt="ProLink",
        accent="#0a66c2",
        footer="""Cet e-mail était destiné à Aurélien Mbappé-Larsson. <a href="https://www.prolink.example.com/settings/email/unsub?t=prof-views" style="color:#7b8794;">Se désabonner</a> · ProLink Ireland Unlimited Company, Dublin 2.""",
        pixel="https://www.prolink.example.com/emimp/ip_prof_views.gif"),
))

# ------------------------------------------------------------------------------------- en (14)

add(dict(
    file="fincrime_digest_rejection_isnt_the_end", kind="other", company="", contact="",
    lang="en",
    sender=("The FinCrime Careers Digest", "fincrimecareers@substack.example.com"),
    subject="Why rejection isn't the end: lessons from 200 hiring managers",
    date="2026-05-03T14:00:00+01:00", structure="alt", cte="qp",
    list={"List-Id": "The FinCrime Careers Digest <fincrimecareers.substack.example.com>",
          "List-Unsubscribe": "<https://fincrimecareers.substack.example.com/action/disable_email?token=eyJ1c2VyX2lkIjo>",
          "List-Post": "NO", "Precedence": "bulk"},
    html=newsletter_html([
        """<h1 style="font-size:26px;margin:0 0 8px 0;">Why rejection isn't the end</h1>
<p style="color:#777;">Lessons from 200 hiring managers in AML and sanctions</p>
<p>We asked 200 hiring managers what happens after they send the "unfortunately, we have decided to move forward with other candidates" email. The answer surprised us: 38% have later hired someone they had previously rejected.</p>
<p><a href="https://fincrimecareers.substack.example.com/p/why-rejection-isnt-the-end?utm_source=email" style="color:#ff6719;">Read the full post</a></p>""",
        """<h2 style="font-size:18px;margin:0 0 8px 0;">Also this week</h2>
<p>• Missed an interview? The two-line email that saves the relationship<br>
• 14 open KYC roles in London, Dublin and Luxembourg (<a href="https://fincrimecareers.substack.example.com/p/jobs-week-18" style="color:#ff6719;">see the list</a>)<br>
• Podcast: a former branch manager on landing her first MLRO interview</p>""",
    ], title="The FinCrime Careers Digest",
        logo_src="https://substackcdn.example.com/image/fetch/fincrime-logo.png",
        logo_alt="The FinCrime Careers Digest", accent="#222222", lang="en",
        footer="""© 2026 The FinCrime Careers Digest. 548 Market Street PMB 72296, San Francisco, CA 94104.<br>
<a href="https://fincrimecareers.substack.example.com/action/disable_email?token=eyJ1c2VyX2lkIjo" style="color:#8a8a8a;">Unsubscribe</a>""",
        pixel="https://eotrx.substackcdn.example.com/open?token=eyJtIjoiPDIwMjYwNTAz"),
))

add(dict(
    file="financejobs_alert_seven_new", kind="other", company="", contact="", lang="en",
    sender=("FinanceJobs Europe Job Alerts", "jobalerts@financejobseurope.example.com"),
    subject="7 new jobs for \"AML analyst\" in London",
    date="2026-06-08T07:05:33+01:00", structure="alt", cte="qp",
    list={"List-Id": "<alerts.financejobseurope.example.com>",
          "List-Unsubscribe": "<https://www.financejobseurope.example.com/alerts/unsubscribe?a=77120>",
          "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"},
    html=card_html("""<p>Here are the latest jobs matching your alert <b>AML analyst – London</b>:</p>
<p><a href="https://www.financejobseurope.example.com/r?u=%2Fjob%2F90011&amp;a=77120" style="color:#5a31f4;font-weight:bold;">AML Analyst</a> – Ashgrove Bank – London EC2 – £40k–£46k</p>
<p><a href="https://www.financejobseurope.example.com/r?u=%2Fjob%2F90032&amp;a=77120" style="color:#5a31f4;font-weight:bold;">Transaction Monitoring Analyst</a> – Copperleaf – London – £38k</p>
<p><a href="https://www.financejobseurope.example.com/r?u=%2Fjob%2F90047&amp;a=77120" style="color:#5a31f4;font-weight:bold;">KYC Analyst (French speaker)</a> – Confidential – London – contract</p>
<p><a href="https://www.financejobseurope.example.com/r?u=%2Fsearch%3Fq%3Daml%2Banalyst%26l%3Dlondon&amp;a=77120" style="color:#5a31f4;">See all 7 jobs</a></p>""",
        logo_src="https://www.financejobseurope.example.com/static/email/fje-logo.png",
        logo_alt="FinanceJobs Europe", accent="#5a31f4", lang="en",
        footer="""You're receiving this because you created a job alert. <a href="https://www.financejobseurope.example.com/alerts/unsubscribe?a=77120" style="color:#7b8794;">Unsubscribe</a><br>
FinanceJobs Europe Ltd, 10 Finsbury Square, London EC2A 1AF.""",
        pixel="https://www.financejobseurope.example.com/e/o/alert-77120.gif"),
))

add(dict(
    file="podcast_compliance_conversation_guest", kind="other", company="",
    contact="hannah@complianceconversation.example.co.uk", lang="en",
    sender=("Hannah Price", "hannah@complianceconversation.example.co.uk"),
    subject="Guest interview on The Compliance Conversation?",
    date="2026-07-01T16:48:20+01:00", structure="plain", cte="qp",
    text="""Hi Aurélien,

I host The Compliance Conversation, a fortnightly podcast for people starting out in financial crime compliance. A listener pointed me to your article on what branch advisers already know about KYC, and I loved it.

Would you be up for being interviewed for an episode? It's a relaxed 45-minute chat over Zoom, recorded at a time that suits you in July or August. No preparation needed beyond a quick call beforehand.

Thanks for considering it,
Hannah

Hannah Price
Host, The Compliance Conversation
complianceconversation.example.co.uk
""",
))

add(dict(
    file="trellis_user_research_interview", kind="other", company="",
    contact="sam.whitaker@trellisnotes.example.com", lang="en",
    sender=("Sam Whitaker", "sam.whitaker@trellisnotes.example.com"),
    subject="Quick user interview? ($40 gift card)",
    date="2026-02-25T18:20:45+00:00", structure="plain", cte="7bit",
    text="""Hi Aurelien,

I'm a user researcher at Trellis. We noticed you use our job-tracker template a lot, and we're redesigning it.

Would you join a 30-minute user interview on Zoom next week? We'd ask how you track applications, interviews and follow-ups, and show you a couple of prototypes. You'll get a $40 (or EUR 37) gift card as a thank you.

If you're in, just reply with a couple of times that work.

Thanks!
Sam Whitaker
User Research, Trellis
""",
))

add(dict(
    file="thameside_careers_mailbox_auto_reply", kind="other", company="", contact="",
    lang="en",
    sender=("Thameside Bank Careers", "careers@thamesidebank.example.co.uk"),
    subject="Automatic reply: Query about requisition 26-00981",
    date="2026-04-09T10:14:08+01:00", structure="plain", cte="7bit",
    thread=["<0B1C2D3E-4F50-4617-8293-A4B5C6D7E8F9@example.fr>"],
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All",
             "Precedence": "auto_reply"},
    text="""Thank you for contacting Thameside Bank Careers.

This mailbox is not monitored. We are unable to respond to queries about individual applications by email.

To check the status of your application, please log in to your candidate account at https://thameside.taleo.net. For general questions, please see our FAQs at https://www.thamesidebank.example.co.uk/careers/faq.

Thameside Bank plc. Registered in England No 01234567.
""",
))

add(dict(
    file="recruiter_cold_outreach_contract", kind="other", company="",
    contact="leo.brennan@northlightrecruitment.example.co.uk", lang="en",
    sender=("Leo Brennan", "leo.brennan@northlightrecruitment.example.co.uk"),
    subject="French-speaking KYC contractors - open to a chat?",
    date="2026-09-02T09:41:27+01:00", structure="plain", cte="qp",
    text="""Hi Aurélien,

Hope you don't mind the cold email. I recruit KYC and CDD contractors for banks in London and Dublin, and French speakers with front-line banking experience are in short supply at the moment.

I don't have a specific role to put you forward for today, so no interview or anything formal - I'd just like to understand what you're looking for (perm vs contract, day rate, location) so I can call you when the right thing comes up.

Would you be open to a 10-minute chat sometime?

Best,
Leo Brennan
Senior Consultant | Northlight Recruitment
+44 20 3890 1177
""",
))

add(dict(
    file="friend_final_round_london", kind="other", company="",
    contact="priyanka.shah@example.co.uk", lang="en",
    sender=("Priyanka Shah", "priyanka.shah@example.co.uk"),
    subject="final round done!!",
    date="2026-06-30T20:33:12+01:00", structure="plain", cte="8bit",
    text="""Aurélien!!

Had my final round at Brookfield Assurance today - three panel members, a case study on a dodgy trust structure and then 40 mins with the CCO. I think it went ok?? They said they'd let me know by Friday. Fingers crossed.

How are your interviews going? You still thinking of Luxembourg or is London back on the table? Call me this weekend and tell me everything.

P x
""",
))

add(dict(
    file="parcel_delayed_unfortunately", kind="other", company="", contact="", lang="en",
    sender=("ParcelNow", "updates@parcelnow.example.co.uk"),
    subject="Unfortunately your parcel is delayed",
    date="2026-08-14T07:22:40+01:00", structure="plain", cte="7bit",
    text="""Your parcel is running late

Hi Aurelien,

Unfortunately your parcel from Bookshelf Direct (tracking PN 4410 9982 GB) has been delayed at our Heathrow hub. We now expect to deliver it on Monday 17 August.

Track your parcel: https://track.parcelnow.example.co.uk/PN44109982GB
Change delivery: https://track.parcelnow.example.co.uk/PN44109982GB/redirect

ParcelNow Ltd, Registered in England No 05522871.
Please don't reply to this email.
""",
))

add(dict(
    file="snapfare_queue_position", kind="other", company="", contact="", lang="en",
    sender=("Snapfare", "no-reply@snapfare.example.com"),
    subject="You're in the queue – position 57",
    date="2026-10-01T09:00:07+01:00", structure="html", cte="qp",
    html=bare_html("""<p>You're in the virtual queue for the <b>Paris ↔ London flash sale</b>.</p>
<p style="font-size:32px;margin:10px 0"><b>57</b></p>
<p>is your position in the queue. We'll email you again when it's your turn; you'll then have 10 minutes to complete your booking.</p>
<p style="font-size:11px;color:#999">Snapfare Ltd · <a href="https://snapfare.example.com/help/queue">How the queue works</a></p>""",
        pixel="https://snapfare.example.com/o/q57.gif"),
))

add(dict(
    file="own_cover_letter_sent_london", kind="other", company="", contact="", lang="en",
    sender=CAND,
    to=[("Recruitment", "recruitment@quaysidepartners.example.co.uk")],
    subject="Application - Financial Crime Associate (ref. QP-2231)",
    date="2026-06-09T07:55:02+02:00", structure="plain", cte="qp",
    headers={"X-Mailer": "Apple Mail (2.3774.500.171.1.1)"},
    text="""Dear Hiring Team,

I would like to apply for the Financial Crime Associate position (ref. QP-2231) advertised on FinanceJobs Europe.

For six years I have been a branch adviser at a French retail bank, where I carry out KYC refreshes, escalate unusual activity and work closely with the second line. I am completing a banking compliance certificate and I am fluent in French and English, with good Spanish.

I would be glad to discuss my application at an interview. My CV is available on request.

Kind regards,
Aurélien Mbappé-Larsson
+33 6 12 34 56 78
""",
))

add(dict(
    file="letting_agent_application_declined", kind="other", company="", contact="",
    lang="en",
    sender=("Hartley & Stone Lettings", "noreply@hartleystone.example.co.uk"),
    subject="Your rental application for Flat 3, 12 Cable Street",
    date="2026-07-24T12:12:12+01:00", structure="plain", cte="7bit",
    text="""Dear Aurelien,

Thank you for your application to rent Flat 3, 12 Cable Street, London E1.

Unfortunately the landlord has decided not to proceed with your application, as you were unable to provide a UK-based guarantor. Your holding deposit of GBP 480 will be refunded within 7 days.

We have other properties that may suit you: https://www.hartleystone.example.co.uk/lettings?area=E1

Kind regards,
Lettings Team
Hartley & Stone Lettings
This is an automated email - please do not reply.
""",
))

add(dict(
    file="aml_summit_speaker_application_received", kind="other", company="", contact="",
    lang="en",
    sender=("AML Summit London", "speakers-noreply@amlsummit.example.com"),
    subject="Your speaker application has been received",
    date="2026-03-16T13:05:00+00:00", structure="html", cte="qp",
    list={"List-Unsubscribe": "<https://amlsummit.example.com/email/unsubscribe?u=sp-3317>"},
    html=card_html("""<p>Dear Aurélien,</p>
<p>Thank you for submitting a speaker application for <b>AML Summit London 2026</b> (22–23 October, ExCeL London). Your proposal, <i>"From the branch counter to the second line: what front-line staff see first"</i>, has been received.</p>
<p>Our programme committee will review all proposals and notify applicants by 30 June. Unfortunately we are unable to give individual feedback on proposals that are not selected.</p>
<p>The AML Summit team</p>""",
        logo_src="https://amlsummit.example.com/assets/email/summit-2026.png",
        logo_alt="AML Summit London 2026", accent="#111827", lang="en",
        footer="""AML Summit is organised by Meridian Events Ltd, Registered in England No 08811223. <a href="https://amlsummit.example.com/email/unsubscribe?u=sp-3317" style="color:#7b8794;">Unsubscribe</a>""",
        pixel="https://amlsummit.example.com/o/sp-3317.gif"),
))

add(dict(
    file="journalist_regtech_review", kind="other", company="",
    contact="d.okonkwo@regtechreview.example.com", lang="en",
    sender=("David Okonkwo", "d.okonkwo@regtechreview.example.com"),
    subject="Interview request - RegTech Review feature on career changers",
    date="2026-09-15T15:27:39+01:00", structure="alt", cte="qp",
    text="""Dear Aurélien,

I'm a reporter at RegTech Review, writing a feature on people moving into compliance from retail banking, customer service and the police.

Your name came up through the AML Summit speaker list. Would you be willing to do a 20-minute phone interview for the piece this month? Quotes can be anonymised if you'd prefer not to name your current employer.

Many thanks,
David Okonkwo
Reporter, RegTech Review
+44 20 7123 5566
""",
    html=None,
))
MESSAGES[-1]["html"] = gmail_html(MESSAGES[-1]["text"])

add(dict(
    file="bank_account_application_unable", kind="other", company="", contact="", lang="en",
    sender=("Harbour Bank", "no-reply@harbourbank.example.co.uk"),
    subject="Update on your account application",
    date="2026-08-21T10:40:55+01:00", structure="plain", cte="qp",
    text="""Hi Aurélien,

Thanks for applying for a Harbour current account.

Unfortunately, we're unable to open an account for you at the moment, as we couldn't verify a UK residential address. Once you have a UK address, you're welcome to apply again in the app.

The Harbour team

Harbour Bank Limited is authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the PRA. Registered in England No 09446231.
""",
))

# ------------------------------------------------------------------------------------- es (7)

add(dict(
    file="blog_empleo_superar_rechazo", kind="other", company="", contact="", lang="es",
    sender=("Blog Empleo Finanzas", "boletin@blogempleofinanzas.example.es"),
    subject="Cómo superar un rechazo laboral (y 9 ofertas de cumplimiento)",
    date="2026-04-22T08:00:00+02:00", structure="html", cte="qp",
    list={"List-Id": "Boletín Blog Empleo Finanzas <boletin.blogempleofinanzas.example.es>",
          "List-Unsubscribe": "<https://blogempleofinanzas.example.es/baja?e=cf82>, <mailto:baja@blogempleofinanzas.example.es>",
          "Precedence": "bulk"},
    html=newsletter_html([
        """<h1 style="font-size:22px;margin:0 0 10px 0;">Cómo superar un rechazo laboral</h1>
<p>"Lamentamos comunicarte que no continúas en el proceso." Si has recibido este correo esta semana, no estás solo. Te contamos cómo pedir feedback, qué hacer si no te llaman tras la entrevista y por qué conviene seguir en contacto con el reclutador.</p>
<p><a href="https://blogempleofinanzas.example.es/r/cf82/superar-rechazo?utm_source=boletin" style="color:#b71c1c;">Leer el artículo</a></p>""",
        """<h2 style="font-size:17px;margin:0 0 8px 0;">Ofertas destacadas</h2>
<p><a href="https://blogempleofinanzas.example.es/r/cf82/o/1201" style="color:#b71c1c;">Analista PBC/FT – Barcelona</a><br>
<a href="https://blogempleofinanzas.example.es/r/cf82/o/1207" style="color:#b71c1c;">Técnico de cumplimiento – Madrid</a><br>
<a href="https://blogempleofinanzas.example.es/r/cf82/o/1215" style="color:#b71c1c;">Auditor interno junior – Valencia</a></p>""",
    ], title="Blog Empleo Finanzas", logo_src="https://blogempleofinanzas.example.es/img/logo.png",
        logo_alt="Blog Empleo Finanzas", accent="#b71c1c", lang="es",
        footer="""Recibes este boletín porque te suscribiste en blogempleofinanzas.example.es. <a href="https://blogempleofinanzas.example.es/baja?e=cf82" style="color:#8a8a8a;">Darse de baja</a>""",
        pixel="https://blogempleofinanzas.example.es/o/cf82.gif"),
))

add(dict(
    file="trabajofinanzas_alerta_nuevas_ofertas", kind="other", company="", contact="",
    lang="es",
    sender=("TrabajoFinanzas Alertas", "alertas@trabajofinanzas.example.es"),
    subject="Nuevas ofertas: Analista KYC en Barcelona",
    date="2026-05-18T07:10:45+02:00", structure="html", cte="qp",
    list={"List-Unsubscribe": "<https://www.trabajofinanzas.example.es/cuenta/avisos?baja=alerta-4471>",
          "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"},
    html=card_html("""<p>Hola Aurélien, tenemos <b>5 ofertas nuevas</b> para tu alerta <b>"Analista KYC" en Barcelona</b>:</p>
<p><a href="https://www.trabajofinanzas.example.es/r?o=77101&amp;al=4471" style="color:#0073b1;font-weight:bold;">Analista KYC – onboarding empresas</a><br>Pagos Laietana · Barcelona · Indefinido</p>
<p><a href="https://www.trabajofinanzas.example.es/r?o=77114&amp;al=4471" style="color:#0073b1;font-weight:bold;">KYC Analyst (francés valorable)</a><br>Payflow Iberia · Barcelona · Híbrido</p>
<p><a href="https://www.trabajofinanzas.example.es/r?o=77130&amp;al=4471" style="color:#0073b1;font-weight:bold;">Técnico/a de cumplimiento normativo</a><br>Caixa Rural del Vallès · Sabadell</p>
<p><a href="https://www.trabajofinanzas.example.es/r?alerta=4471&amp;todas=1" style="color:#0073b1;">Ver todas</a></p>""",
        logo_src="https://www.trabajofinanzas.example.es/img/email/logo_tf.png",
        logo_alt="TrabajoFinanzas", accent="#0073b1", lang="es",
        footer="""Recibes este correo por tu alerta de empleo. <a href="https://www.trabajofinanzas.example.es/cuenta/avisos?baja=alerta-4471" style="color:#7b8794;">Eliminar alerta</a>""",
        pixel="https://www.trabajofinanzas.example.es/t/o/alerta-4471.gif"),
))

add(dict(
    file="prestamo_denegado_banco", kind="other", company="", contact="", lang="es",
    sender=("Banco Levantino - Particulares", "notificaciones@bancolevantino.example.es"),
    subject="Resolución de su solicitud de préstamo personal",
    date="2026-09-08T11:30:00+02:00", structure="plain", charset="iso-8859-1", cte="qp",
    text="""Estimado cliente:

Le informamos de que su solicitud de préstamo personal n.º 2026/PP/118734, por importe de 8.000 euros, ha sido denegada tras el análisis de riesgos.

Al no ser residente fiscal en España, no cumple por el momento los requisitos de concesión. Puede volver a presentar la solicitud una vez disponga de nómina en una empresa española.

Atentamente,
Banco Levantino - Atención al Cliente
Este mensaje se ha generado automáticamente; por favor, no responda.
""",
))

add(dict(
    file="amigo_me_han_rechazado", kind="other", company="",
    contact="dani.ortega@example.es", lang="es",
    sender=("Dani Ortega", "dani.ortega@example.es"),
    subject="Me han rechazado tío",
    date="2026-03-19T23:02:10+01:00", structure="plain", cte="8bit",
    text="""Ey Aurélien,

Pues nada, me han rechazado en el banco ese de la Diagonal, después de la tercera entrevista. Ni una llamada, un correo de dos líneas y ya. Estoy bastante de bajón.

¿Tú cómo lo llevas con lo tuyo? ¿Al final te vienes a Barcelona o no? Si vienes en abril te invito a unas cañas y nos quejamos juntos jaja.

Abrazo,
Dani
""",
))

add(dict(
    file="enviado_seguimiento_gracia", kind="other", company="", contact="", lang="es",
    sender=CAND,
    to=[("Laia Vidal", "laia.vidal@graciavidal.example.es")],
    subject="Re: Entrevista - Consultor/a de Cumplimiento",
    date="2026-06-18T09:12:40+02:00", structure="plain", cte="qp",
    thread=["<CAF=gracia.vidal.7719@mail.gmail.com>"],
    headers={"X-Mailer": "Apple Mail (2.3774.500.171.1.1)"},
    text="""Hola Laia:

Quería darte las gracias de nuevo por la videollamada del lunes con Pau. Me quedé con muchas ganas de seguir en el proceso.

¿Sabéis ya cuándo tendréis una respuesta? Quedo a vuestra disposición para una segunda entrevista si la necesitáis.

Un saludo,
Aurélien
""",
))

add(dict(
    file="ooo_reclutia_fuera_oficina", kind="other", company="",
    contact="marta.soler@reclutia.example.es", lang="es",
    sender=("Marta Soler", "marta.soler@reclutia.example.es"),
    subject="Respuesta automática: Fuera de la oficina",
    date="2026-08-06T10:00:31+02:00", structure="plain", charset="iso-8859-1", cte="qp",
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    text="""Hola,

Estoy de vacaciones hasta el lunes 24 de agosto, con acceso limitado al correo.

Para cualquier asunto urgente relacionado con procesos de selección, puede llamar a la oficina al 933 00 12 45.

Gracias,
Marta Soler
Reclutia Talent Partners
""",
))

add(dict(
    file="revista_alumni_entrevista", kind="other", company="",
    contact="nerea.iglesias@revistaalumni.example.es", lang="es",
    sender=("Nerea Iglesias", "nerea.iglesias@revistaalumni.example.es"),
    subject="Entrevista para la revista de antiguos alumnos",
    date="2026-10-09T12:41:03+02:00", structure="plain", cte="qp",
    text="""Hola Aurélien:

Te escribo desde la revista de antiguos alumnos del programa Erasmus de la Universitat de Barcelona. Estamos preparando un número sobre trayectorias internacionales y nos encantaría entrevistarte: estudiaste aquí en 2017 y ahora te estás reorientando hacia el cumplimiento normativo entre Francia y España.

Serían unas preguntas por videollamada (media hora) y una foto. ¿Te animas?

Un saludo,
Nerea Iglesias
Redacción – Revista Alumni
""",
))

# ------------------------------------------------------------------------------------- de (4)

add(dict(
    file="finanzkarriere_absagen_verarbeiten", kind="other", company="", contact="", lang="de",
    sender=("Finanzkarriere Magazin", "newsletter@finanzkarriere.example.com"),
    subject="Karriere-Tipps: Absagen richtig verarbeiten",
    date="2026-06-13T08:00:00+02:00", structure="alt", cte="qp",
    list={"List-Id": "Finanzkarriere Newsletter <news.finanzkarriere.example.com>",
          "List-Unsubscribe": "<https://finanzkarriere.example.com/abmelden?id=9f01c>",
          "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"},
    html=newsletter_html([
        """<h1 style="font-size:22px;margin:0 0 10px 0;">Absagen richtig verarbeiten</h1>
<p>„Leider müssen wir Ihnen mitteilen …" – so beginnt fast jede Absage. Wir zeigen, wie Sie nach einer Absage Feedback einholen, warum ein verpasstes Vorstellungsgespräch nicht das Ende sein muss und wann sich eine erneute Bewerbung lohnt.</p>
<p><a href="https://finanzkarriere.example.com/r/9f01c/absagen?utm_source=nl" style="color:#00695c;">Weiterlesen</a></p>""",
        """<h2 style="font-size:17px;margin:0 0 8px 0;">Neue Stellen in Compliance</h2>
<p><a href="https://finanzkarriere.example.com/r/9f01c/j/331" style="color:#00695c;">AML Analyst (m/w/d) – Luxemburg</a> · <a href="https://finanzkarriere.example.com/r/9f01c/j/338" style="color:#00695c;">Compliance Officer – Zürich</a> · <a href="https://finanzkarriere.example.com/r/9f01c/j/342" style="color:#00695c;">KYC Spezialist – Frankfurt</a></p>""",
    ], title="Finanzkarriere Magazin", logo_src="https://finanzkarriere.example.com/img/nl-logo.png",
        logo_alt="Finanzkarriere Magazin", accent="#00695c", lang="de",
        footer="""Finanzkarriere Medien GmbH · Mainzer Landstraße 50 · 60325 Frankfurt am Main · HRB 88 123 · Geschäftsführerin: Anja Keller. <a href="https://finanzkarriere.example.com/abmelden?id=9f01c" style="color:#8a8a8a;">Newsletter abbestellen</a>""",
        pixel="https://finanzkarriere.example.com/o/9f01c.gif"),
))

add(dict(
    file="abwesenheitsnotiz_moser", kind="other", company="",
    contact="n.frei@moser-treuhand.example.ch", lang="de",
    sender=("Nadja Frei", "n.frei@moser-treuhand.example.ch"),
    subject="Abwesenheitsnotiz: Unterlagen für den Eintritt",
    date="2026-07-20T09:15:44+02:00", structure="plain", charset="iso-8859-1", cte="qp",
    thread=["<7A8B9C0D-1E2F-4A3B-8C4D-5E6F7A8B9C0D@example.fr>"],
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    text="""Guten Tag

Vielen Dank für Ihre Nachricht. Ich bin bis und mit 7. August 2026 in den Ferien und habe keinen Zugriff auf meine E-Mails.

In dringenden Fällen wenden Sie sich bitte an bewerbungen@moser-treuhand.example.ch.

Freundliche Grüsse
Nadja Frei
Treuhand Moser & Partner AG
""",
))

add(dict(
    file="paket_verspaetet_leider", kind="other", company="", contact="", lang="de",
    sender=("Paketblitz", "benachrichtigung@paketblitz.example.com"),
    subject="Ihr Paket verspätet sich leider",
    date="2026-02-20T06:48:02+01:00", structure="html", cte="qp",
    html=card_html("""<p>Hallo Aurélien Mbappé-Larsson,</p>
<p>leider verspätet sich Ihre Sendung <b>PB 3301 7782 19</b> von <b>Sprachverlag Lindner</b> aufgrund eines erhöhten Sendungsaufkommens.</p>
<p>Neuer voraussichtlicher Zustelltermin: <b>Dienstag, 24.02.2026</b></p>
<p><a href="https://www.paketblitz.example.com/verfolgen?nr=PB3301778219&amp;src=mail" style="color:#e65100;font-weight:bold;">Sendung verfolgen</a></p>""",
        logo_src="https://www.paketblitz.example.com/img/mail-logo.png", logo_alt="Paketblitz",
        accent="#e65100", lang="de",
        footer="Paketblitz GmbH · Sitz: Köln · Amtsgericht Köln HRB 100 200 · Geschäftsführer: Tobias Rieck. Bitte antworten Sie nicht auf diese automatisch erzeugte E-Mail.",
        pixel="https://www.paketblitz.example.com/o/PB3301778219.gif"),
))

add(dict(
    file="krauss_direktansprache", kind="other", company="",
    contact="j.krauss@krauss-personal.example.com", lang="de",
    sender=("Johanna Krauss", "j.krauss@krauss-personal.example.com"),
    subject="Direktansprache: Compliance in Luxemburg",
    date="2026-10-13T10:22:18+02:00", structure="plain", cte="qp",
    text="""Sehr geehrter Herr Mbappé-Larsson,

ich bin Personalberaterin mit Schwerpunkt Banken und Versicherungen in Luxemburg und bin über Ihr Profil auf Sie aufmerksam geworden.

Mehrere meiner Mandanten suchen französischsprachige Compliance-Spezialisten mit Kundenerfahrung. Ein konkretes Mandat kann ich Ihnen heute noch nicht vorstellen, würde Sie aber gerne kennenlernen und Ihre Wünsche verstehen, um Sie bei passenden Positionen direkt anzusprechen.

Hätten Sie Interesse an einem kurzen, unverbindlichen Austausch?

Mit freundlichen Grüßen

Johanna Krauss
Krauss Personalberatung
Neue Mainzer Straße 20 · 60311 Frankfurt am Main
Tel. +49 69 2400 7710
""",
))
