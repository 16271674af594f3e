"""Everything else (52): newsletters, alerts, other meanings of the words, friends, the
candidate's own sent mail, out-of-office replies, cold outreach, banks, parcels, flats."""

from __future__ import annotations

from msgs132_common import CANDIDATE, CANDIDATE_NAME, M, ats, gmail, pixel

ME = (CANDIDATE_NAME, CANDIDATE)

MESSAGES = [
    # 1 ------------------------------------------------------------------ career newsletter about rejection
    M("newsletter_rebondir_refus", "other", "fr", "", "",
      ("Cadres & Carrières", "newsletter@cadres-carrieres.example.fr"),
      "Refus après entretien : 5 façons de rebondir (et l'erreur à ne pas commettre)", "2026-02-12 07:00",
      structure="html", mua="mailgun", cte="quoted-printable",
      headers=[("List-Id", "La lettre Cadres & Carrieres <lettre.cadres-carrieres.example.fr>"),
               ("List-Unsubscribe", "<https://www.cadres-carrieres.example.fr/desabonnement?e=r0m41n>, <mailto:desabonnement@cadres-carrieres.example.fr>"),
               ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")],
      html="""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>La lettre Cadres &amp; Carrières</title></head>
<body style="margin:0;background:#ececec;">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center" style="padding:12px 0;">
<table width="620" cellpadding="0" cellspacing="0" role="presentation" style="background:#fff;font-family:Georgia,serif;color:#222;">
<tr><td style="padding:10px 20px;font-family:Arial,sans-serif;font-size:11px;color:#888;">Si ce message ne s'affiche pas correctement, <a href="https://lnk.cadres-carrieres.example.fr/v/0212" style="color:#888;">consultez la version en ligne</a></td></tr>
<tr><td style="padding:0 20px 14px 20px;border-bottom:3px solid #111;"><img src="https://img.cadres-carrieres.example.fr/nl/logo-cc.png" alt="Cadres &amp; Carrières" width="260"></td></tr>
<tr><td style="padding:20px;">
<p style="font-family:Arial,sans-serif;font-size:11px;color:#c0392b;letter-spacing:1px;margin:0;">RECHERCHE D'EMPLOI</p>
<h1 style="font-size:26px;margin:6px 0 10px 0;"><a href="https://lnk.cadres-carrieres.example.fr/c/0212/a1" style="color:#111;text-decoration:none;">Refus après entretien : 5 façons de rebondir</a></h1>
<p style="font-size:15px;line-height:23px;">« Malheureusement, nous ne donnerons pas suite à votre candidature. » La phrase tombe, souvent après trois entretiens et un cas pratique. Demander un retour, relancer six mois plus tard, transformer le refus en réseau : nos conseils, et l'erreur qui ferme définitivement la porte.</p>
<p><a href="https://lnk.cadres-carrieres.example.fr/c/0212/a1" style="font-family:Arial,sans-serif;font-size:13px;color:#c0392b;">Lire l'article →</a></p>
</td></tr>
<tr><td style="padding:0 20px 20px 20px;">
<table width="100%" cellpadding="0" cellspacing="0"><tr>
<td width="50%" valign="top" style="padding-right:10px;"><img src="https://img.cadres-carrieres.example.fr/nl/0212-b.jpg" alt="Un candidat devant un écran" width="280"><p style="font-size:14px;"><a href="https://lnk.cadres-carrieres.example.fr/c/0212/a2" style="color:#111;">Entretien manqué : faut-il s'excuser ou passer à autre chose ?</a></p></td>
<td width="50%" valign="top" style="padding-left:10px;"><img src="https://img.cadres-carrieres.example.fr/nl/0212-c.jpg" alt="Graphique des salaires" width="280"><p style="font-size:14px;"><a href="https://lnk.cadres-carrieres.example.fr/c/0212/a3" style="color:#111;">Salaires 2026 : ce que gagne un responsable S&amp;OP</a></p></td>
</tr></table>
</td></tr>
<tr><td style="padding:16px 20px;background:#111;color:#bbb;font-family:Arial,sans-serif;font-size:11px;line-height:16px;">
Vous recevez cette lettre car vous êtes inscrit sur cadres-carrieres.example.fr. <a href="https://www.cadres-carrieres.example.fr/desabonnement?e=r0m41n" style="color:#fff;">Se désabonner</a> · <a href="https://www.cadres-carrieres.example.fr/preferences" style="color:#fff;">Gérer mes préférences</a><br>
Cadres &amp; Carrières Média SAS, 19 rue de la Chaussée-d'Antin, 75009 Paris – RCS Paris 803 114 227
</td></tr>
</table></td></tr></table>
<img src="https://lnk.cadres-carrieres.example.fr/o/0212/r0m41n.gif" width="1" height="1" alt="">
</body></html>
"""),

    # 2 ------------------------------------------------------------------ job alert digest
    M("alerte_emploi_emploinord", "other", "fr", "", "",
      ("EmploiNord Alertes", "alertes@notifications.emploinord.example.fr"),
      "12 nouvelles offres pour « planificateur S&OP » autour de Lille", "2026-04-21 06:30",
      structure="html", mua="mailgun", cte="base64",
      headers=[("List-Unsubscribe", "<https://www.emploinord.example.fr/alertes/stop?a=5521>"),
               ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"),
               ("Auto-Submitted", "auto-generated")],
      html="""<!DOCTYPE html><html><body style="margin:0;background:#eef1f5;">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center" style="padding:20px 0;">
<table width="600" cellpadding="0" cellspacing="0" role="presentation" style="background:#ffffff;font-family:Verdana,Geneva,sans-serif;font-size:13px;color:#30343b;">
<tr><td style="background:#0b3d6b;padding:16px 24px;"><img src="https://static.emploinord.example.fr/mail/logo-blanc.png" alt="EmploiNord" height="32" style="border:0;"></td></tr>
<tr><td style="padding:22px 24px 6px 24px;"><p style="font-size:16px;margin:0;">Bonjour Romain, voici les nouvelles offres correspondant à votre alerte <b>« planificateur S&amp;OP » – Lille (30 km)</b> :</p></td></tr>
<tr><td style="padding:6px 24px;">
<table width="100%" cellpadding="8" cellspacing="0" style="border-collapse:collapse;">
<tr style="border-bottom:1px solid #e3e6ea;"><td><a href="https://click.emploinord.example.fr/c/5521/o/553101" style="color:#0b3d6b;font-weight:bold;">Planificateur S&amp;OP H/F</a><br>Groupe agroalimentaire – Lesquin · CDI · 42-48 k€</td></tr>
<tr style="border-bottom:1px solid #e3e6ea;"><td><a href="https://click.emploinord.example.fr/c/5521/o/553188" style="color:#0b3d6b;font-weight:bold;">Demand Planner (F/H)</a><br>Distributeur textile – Roubaix · CDI</td></tr>
<tr style="border-bottom:1px solid #e3e6ea;"><td><a href="https://click.emploinord.example.fr/c/5521/o/553240" style="color:#0b3d6b;font-weight:bold;">Approvisionneur confirmé</a><br>Agence d'intérim – Seclin · Intérim 6 mois</td></tr>
<tr style="border-bottom:1px solid #e3e6ea;"><td><a href="https://click.emploinord.example.fr/c/5521/o/553301" style="color:#0b3d6b;font-weight:bold;">Responsable ordonnancement H/F</a><br>Industrie pharmaceutique – Wasquehal · CDI</td></tr>
</table>
<p style="text-align:center;margin:20px 0;"><a href="https://click.emploinord.example.fr/c/5521/alerte" style="background:#f28c00;color:#fff;padding:10px 20px;text-decoration:none;border-radius:3px;">Voir les 12 offres</a></p>
</td></tr>
<tr><td style="padding:18px 24px;font-size:10px;color:#8a8f98;border-top:1px solid #e3e6ea;">Vous recevez cet e-mail car vous avez créé une alerte sur EmploiNord. <a href="https://www.emploinord.example.fr/alertes/stop?a=5521" style="color:#8a8f98;">Désactiver cette alerte</a> | <a href="https://www.emploinord.example.fr/alertes" style="color:#8a8f98;">Modifier mes alertes</a><br>EmploiNord SAS, 40 place du Théâtre, 59000 Lille.</td></tr>
</table></td></tr></table>
<img src="https://click.emploinord.example.fr/o/5521/open.gif" width="1" height="1" alt="">
</body></html>
"""),

    # 3 ------------------------------------------------------------------ podcast interview request
    M("podcast_les_flux", "other", "fr", "", "claire@podcast-lesflux.example.fr",
      ("Claire Dubosq", "claire@podcast-lesflux.example.fr"),
      "Interview pour Les Flux ?", "2026-03-26 13:12",
      mua="gmail", cte="quoted-printable",
      body="""Salut Romain,

Je suis Claire, je produis « Les Flux », un petit podcast sur les métiers de la logistique (on en est à l'épisode 22, environ 3 000 écoutes par mois). Un ami commun, Karim, m'a dit que tu avais des choses à raconter sur la vie d'un chef d'équipe en entrepôt et sur ta reconversion vers la planification.

Est-ce que tu serais partant pour une interview d'une quarantaine de minutes ? On enregistre dans notre studio à Fives ou à distance, comme tu préfères. Pas de préparation, juste une discussion.

Dis-moi si ça te tente !

Claire
Les Flux – le podcast de la supply chain
"""),

    # 4 ------------------------------------------------------------------ user-research interview for a WMS he uses
    M("recherche_utilisateur_wms", "other", "fr", "", "lea.marchetti@magasinier-io.example.fr",
      ("Léa Marchetti", "lea.marchetti@magasinier-io.example.fr"),
      "Un entretien de 45 min pour améliorer Magasinier.io ?", "2026-05-06 10:20",
      structure="alt", mua="gmail", cte="quoted-printable",
      body="""Bonjour Romain,

Je suis UX researcher chez Magasinier.io, le WMS que votre équipe utilise à l'entrepôt de Lesquin. Nous préparons une nouvelle version de l'écran de pilotage des vagues de préparation et nous aimerions comprendre comment les chefs d'équipe s'en servent au quotidien.

Accepteriez-vous un entretien utilisateur de 45 minutes en visio, la semaine prochaine ? Pour vous remercier, nous vous offrirons une carte cadeau de 50 €.

Vous pouvez choisir un créneau ici : https://cal.example.com/lea-magasinier/entretien-utilisateur

Merci d'avance !
Léa Marchetti
UX Researcher – Magasinier.io
""",
      html=gmail("""Bonjour Romain,

Je suis UX researcher chez Magasinier.io, le WMS que votre équipe utilise à l'entrepôt de Lesquin. Nous préparons une nouvelle version de l'écran de pilotage des vagues de préparation et nous aimerions comprendre comment les chefs d'équipe s'en servent au quotidien.

Accepteriez-vous un entretien utilisateur de 45 minutes en visio, la semaine prochaine ? Pour vous remercier, nous vous offrirons une carte cadeau de 50 €.

Vous pouvez choisir un créneau ici : https://cal.example.com/lea-magasinier/entretien-utilisateur

Merci d'avance !
Léa Marchetti
UX Researcher – Magasinier.io""")),

    # 5 ------------------------------------------------------------------ parcel delayed
    M("colis_retarde", "other", "fr", "", "",
      ("ColisRapide", "ne-pas-repondre@suivi.colisrapide.example.fr"),
      "Malheureusement, votre colis est retardé", "2026-01-30 17:45",
      structure="html", mua="sendgrid", cte="quoted-printable",
      headers=[("Auto-Submitted", "auto-generated")],
      html=ats(brand="ColisRapide", logo_alt="ColisRapide", accent="#ffd400",
               logo_src="https://static.colisrapide.example.fr/mail/logo.png",
               body="""<p style="margin:0 0 14px 0;font-size:18px;"><b>Votre colis prend un peu de retard</b></p>
<p style="margin:0 0 14px 0;">Bonjour Romain,</p>
<p style="margin:0 0 14px 0;">Malheureusement, votre colis n° <b>CR 8814 2209 551 FR</b> (expéditeur : BricoPlus) est retardé en raison des conditions météorologiques sur notre plateforme de Lesquin. Nouvelle date de livraison estimée : <b>mardi 3 février</b>.</p>
<p style="margin:0 0 14px 0;">Vous pouvez modifier votre livraison (point relais, autre date) depuis <a href="https://u9911.ct.sendgrid.net/ls/click?upn=cr-suivi-88142209" style="color:#0046ad;">le suivi de votre colis</a>.</p>
<p style="margin:0;">Toutes nos excuses pour ce contretemps,<br>Le service client ColisRapide</p>""",
               footer="""ColisRapide SAS – 2 avenue de l'Europe, 59810 Lesquin. Cet e-mail est envoyé automatiquement, merci de ne pas y répondre.""",
               px=pixel("https://u9911.ct.sendgrid.net/wf/open?upn=", "colis_retarde"))),

    # 6 ------------------------------------------------------------------ "votre position" in a queue
    M("file_attente_position", "other", "fr", "", "",
      ("Ville de Lille - Rendez-vous en ligne", "rdv-nepasrepondre@mairie-lille.example.fr"),
      "Passeport : votre position dans la file d'attente", "2026-03-03 08:01",
      cte="8bit",
      headers=[("Auto-Submitted", "auto-generated")],
      body="""Bonjour,

Vous êtes inscrit sur la liste d'attente pour un rendez-vous « Carte d'identité / Passeport » à la mairie de quartier de Lille-Moulins.

Votre position dans la file d'attente : 37
Délai estimé : 2 à 3 semaines

Vous recevrez un SMS et un e-mail dès qu'un créneau se libère. Vous aurez alors 2 heures pour le confirmer.

Ceci est un message automatique, merci de ne pas y répondre.

Ville de Lille – Direction des services à la population
"""),

    # 7 ------------------------------------------------------------------ bank: mortgage declined, a named adviser (still no contact)
    M("pret_immobilier_refuse", "other", "fr", "", "",
      ("Banque des Flandres - Votre conseiller", "conseiller.lille-vauban@banquedesflandres.example.fr"),
      "Votre demande de prêt immobilier", "2026-04-15 16:27",
      charset="windows-1252", cte="quoted-printable", hdr="q-cp1252", mua="outlook",
      body="""Monsieur Okonkwo-Lefèvre,

Je fais suite à votre demande de prêt immobilier pour l’acquisition d’un appartement rue de Wazemmes, d’un montant de 185 000 € sur 25 ans.

Après étude de votre dossier par notre comité d’engagement, je suis au regret de vous informer que nous ne pouvons pas y donner une suite favorable : votre taux d’endettement dépasserait 35 % et la période d’essai liée à votre éventuel changement d’emploi constitue un frein.

Nous pourrons réexaminer votre projet une fois votre situation professionnelle stabilisée.

Je vous prie d’agréer, Monsieur, mes salutations distinguées.

Grégory Lambin
Conseiller clientèle particuliers – Agence Lille Vauban
Banque des Flandres
Banque des Flandres SA à directoire – Capital 118 000 000 € – RCS Lille 302 441 716 – ORIAS 07 012 334
"""),

    # 8 ------------------------------------------------------------------ consumer credit: application received
    M("credit_auto_recu", "other", "fr", "", "",
      ("Finaly Crédit", "service-client@finaly-credit.example.fr"),
      "Nous avons bien reçu votre demande de crédit", "2026-07-08 21:33",
      structure="html", mua="sendgrid", cte="quoted-printable",
      headers=[("Auto-Submitted", "auto-generated")],
      html=ats(brand="Finaly Crédit", logo_alt="Finaly Crédit", accent="#6c2dc7",
               logo_src="https://static.finaly-credit.example.fr/logo.png", bg="#f3effa",
               body="""<p style="margin:0 0 14px 0;">Bonjour Romain,</p>
<p style="margin:0 0 14px 0;">Nous avons bien reçu votre demande de crédit auto n° <b>FC-2026-0788142</b> d'un montant de 9 500 € sur 48 mois.</p>
<p style="margin:0 0 14px 0;">Votre dossier est en cours d'étude. Pour accélérer la décision, pensez à déposer vos justificatifs (pièce d'identité, 3 derniers bulletins de salaire, RIB) dans votre <a href="https://u2213.ct.sendgrid.net/ls/click?upn=finaly-espace-0788142" style="color:#6c2dc7;">espace client</a>.</p>
<p style="margin:0 0 14px 0;">Un crédit vous engage et doit être remboursé. Vérifiez vos capacités de remboursement avant de vous engager.</p>
<p style="margin:0;">L'équipe Finaly Crédit</p>""",
               footer="""Finaly Crédit SA – établissement de crédit agréé par l'ACPR – 12 rue de Londres, 75009 Paris – RCS Paris 518 227 004 – ORIAS 10 057 112.<br>
<a href="https://www.finaly-credit.example.fr/desinscription" style="color:#888;">Se désinscrire</a>""",
               px=pixel("https://u2213.ct.sendgrid.net/wf/open?upn=", "credit_auto_recu"))),

    # 9 ------------------------------------------------------------------ flat application refused
    M("dossier_location_refuse", "other", "fr", "", "",
      ("LocaNord", "noreply@locanord.example.fr"),
      "Votre dossier pour l'appartement T3 - rue Solférino n'a pas été retenu", "2026-08-12 18:09",
      structure="html", mua="mailgun", cte="quoted-printable",
      headers=[("Auto-Submitted", "auto-generated")],
      html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333;background:#fafafa;margin:0;padding:20px;">
<div style="max-width:560px;margin:auto;background:#fff;padding:24px;border-radius:8px;">
<img src="https://static.locanord.example.fr/logo.svg" alt="LocaNord - location entre particuliers" width="130">
<p>Bonjour Romain,</p>
<p>Le propriétaire de l'appartement <b>T3 – 68 m² – rue Solférino, Lille</b> a étudié votre dossier de location.</p>
<p>Malheureusement, votre candidature n'a pas été retenue : le propriétaire a choisi un autre dossier.</p>
<p>Ne vous découragez pas : <a href="https://lnk.locanord.example.fr/c/annonces-similaires?u=r0m">14 annonces similaires</a> sont disponibles dans votre secteur.</p>
<p style="font-size:11px;color:#999;">LocaNord SAS · 5 rue Nationale, 59800 Lille · <a href="https://lnk.locanord.example.fr/unsubscribe?u=r0m" style="color:#999;">Se désabonner</a></p>
</div>
<img src="https://lnk.locanord.example.fr/o/r0m.gif" width="1" height="1" alt="">
</body></html>
"""),

    # 10 ----------------------------------------------------------------- friend about his own rejection
    M("ami_karim_refus", "other", "fr", "", "karim.benali.59@example.com",
      ("Karim Benali", "karim.benali.59@example.com"),
      "dégoûté", "2026-02-20 22:48",
      mua="gmail", cte="8bit",
      body="""Salut mon frère

Refus de chez Geolis ce soir. Après 3 entretiens, un cas pratique ET un repas avec le directeur régional... « nous avons retenu un candidat dont le profil correspond davantage », même pas un appel. Je suis dégoûté.

Bref. Toi ça avance avec ta boîte de Lesquin ? Tu passais un entretien cette semaine non ?

On se fait un five jeudi pour se changer les idées ?

K.
"""),

    # 11 ----------------------------------------------------------------- friend asks for advice before her own interview
    M("amie_sophie_conseils", "other", "fr", "", "sophie.vandewalle@example.com",
      ("Sophie Vandewalle", "sophie.vandewalle@example.com"),
      "Mon entretien chez Delval demain 😬", "2026-09-16 20:31",
      structure="alt", mua="gmail", cte="quoted-printable", hdr="b-utf8",
      body="""Coucou Romain,

J'ai enfin décroché un entretien chez Delval pour un poste d'approvisionneuse, c'est demain à 14h au siège de Lesquin ! Comme tu y es passé cet hiver, tu aurais des conseils ? Ils posent des questions techniques ou c'est plutôt RH ? Et Amandine Roussel, elle est sympa ?

Je stresse un peu, je t'avoue.

Bisous et merci !!
Sophie
""",
      html=gmail("""Coucou Romain,

J'ai enfin décroché un entretien chez Delval pour un poste d'approvisionneuse, c'est demain à 14h au siège de Lesquin ! Comme tu y es passé cet hiver, tu aurais des conseils ? Ils posent des questions techniques ou c'est plutôt RH ? Et Amandine Roussel, elle est sympa ?

Je stresse un peu, je t'avoue.

Bisous et merci !!
Sophie""")),

    # 12 ----------------------------------------------------------------- the candidate's own follow-up
    M("envoye_relance_verhaeghe", "other", "fr", "", "",
      ME, "Relance - candidature Responsable ordonnancement", "2026-06-15 08:47",
      to=("Bénédicte Verhaeghe", "b.verhaeghe@verhaeghe-biscuits.example.fr"),
      mua="gmail", cte="quoted-printable",
      body="""Madame,

Je me permets de revenir vers vous concernant ma candidature au poste de responsable ordonnancement de votre usine de Roubaix, transmise le 26 mai via EmploiNord.

Chef d'équipe depuis six ans sur une plateforme de 40 000 m², je pilote au quotidien la charge et les priorités de préparation ; je suis convaincu que cette expérience serait utile à la mise en route d'une nouvelle ligne.

Je reste à votre disposition pour un entretien, y compris en fin de journée.

Bien cordialement,

Romain Okonkwo-Lefèvre
06 14 58 22 91
"""),

    # 13 ----------------------------------------------------------------- the candidate's own thank-you note (quotes the reschedule)
    M("envoye_remerciement_vandamme", "other", "fr", "", "",
      ME, "Re: Entretien Teams - Planner S&OP Bruxelles", "2026-03-09 12:05",
      to=("Sofie Claeys", "sofie.claeys@vandamme-logistics.example.be"),
      mua="gmail", cte="quoted-printable",
      thread=["@belge_visio_vandamme", "@interviewer_malade_vandamme"],
      body="""Bonjour Madame Claeys,

Merci à vous et à M. Maes pour l'entretien de ce matin. J'ai beaucoup apprécié la présentation du site de Vilvorde et la discussion sur le passage à un S&OP mensuel avec vos clients retail.

Je confirme tout mon intérêt pour le poste et reste disponible pour la suite du processus.

Bien cordialement,
Romain Okonkwo-Lefèvre

Le mer. 4 mars 2026 à 16:02, Sofie Claeys <sofie.claeys@vandamme-logistics.example.be> a écrit :
> Bonjour Monsieur Okonkwo-Lefèvre,
>
> Je suis désolée de devoir vous prévenir si tard : Pieter Maes est malade depuis hier et ne pourra pas assurer l'entretien de demain 10h. Pourrions-nous le déplacer au lundi 9 mars, même heure ?
>
> Sofie Claeys
"""),

    # 14 ----------------------------------------------------------------- out-of-office of a recruiter (a person: contact kept)
    M("absence_capucine", "other", "fr", "", "capucine.marchal@hallier-associes.example.fr",
      ("Capucine Marchal", "capucine.marchal@hallier-associes.example.fr"),
      "Réponse automatique : Point téléphonique ?", "2026-08-04 09:02",
      charset="iso-8859-1", cte="quoted-printable", hdr="q-latin1", mua="outlook",
      thread=["gmail:romain-capucine-point"],
      headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
      body="""Bonjour,

Je suis absente du 3 au 21 août inclus, sans accès à mes e-mails.

Pour toute urgence concernant une mission en cours, vous pouvez contacter le standard du cabinet au 03 20 55 18 40.

Je vous répondrai dès mon retour.

Capucine Marchal
Cabinet Hallier & Associés
"""),

    # 15 ----------------------------------------------------------------- head-hunter cold outreach, no interview
    M("chasseur_approche_orfeo", "other", "fr", "", "mathilde.roche@orfeo-search.example.fr",
      ("Mathilde Roche", "mathilde.roche@orfeo-search.example.fr"),
      "Votre profil", "2026-05-28 12:40",
      cte="quoted-printable", mua="outlook",
      body="""Bonjour Romain,

Je suis consultante chez Orféo Search, cabinet spécialisé dans les fonctions supply chain. J'ai découvert votre profil sur un réseau professionnel et votre évolution de chef d'équipe vers la planification a retenu mon attention.

Je n'ai pas de poste précis à vous proposer aujourd'hui, mais je constitue un vivier de profils S&OP pour plusieurs clients de l'agroalimentaire et de la distribution. Seriez-vous d'accord pour m'envoyer votre CV à jour et me dire quelles régions vous intéressent ?

Belle journée,

Mathilde Roche
Consultante – Orféo Search
www.orfeo-search.example.fr
"""),

    # 16 ----------------------------------------------------------------- software vendor webinar
    M("webinaire_planisys", "other", "fr", "", "",
      ("Planisys", "events@planisys.example.com"),
      "[Webinaire] S&OP : passer d'Excel à un vrai processus en 90 jours", "2026-06-09 10:00",
      structure="html", mua="sendgrid", cte="quoted-printable",
      headers=[("List-Unsubscribe", "<https://go.planisys.example.com/unsubscribe?mkt_tok=NzQ1LVFKVC04MjkAAAGT>"),
               ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")],
      html="""<html><body style="margin:0;background:#0e1b2c;">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center" style="padding:30px 0;">
<table width="600" cellpadding="0" cellspacing="0" role="presentation" style="background:#ffffff;font-family:Arial,sans-serif;color:#0e1b2c;">
<tr><td style="padding:24px 32px;"><img src="https://go.planisys.example.com/rs/745-QJT-829/images/planisys-logo.png" alt="Planisys – Planning made visible" width="150"></td></tr>
<tr><td style="padding:0 32px;"><img src="https://go.planisys.example.com/rs/745-QJT-829/images/webinar-banner-sop.jpg" alt="Webinaire S&amp;OP – 25 juin 2026, 11h" width="536" style="display:block;"></td></tr>
<tr><td style="padding:24px 32px;font-size:15px;line-height:23px;">
<p>Bonjour Romain,</p>
<p>Votre S&amp;OP tient dans un fichier Excel de 40 onglets ? Vous n'êtes pas seul. Le <b>jeudi 25 juin à 11h</b>, nos experts et le Directeur Supply Chain d'un grand groupe laitier vous montrent comment structurer un cycle S&amp;OP mensuel en 90 jours.</p>
<p style="text-align:center;margin:26px 0;"><a href="https://go.planisys.example.com/MjQ1LVFKVC04MjkAAAGT-webinar-sop" style="background:#ff5a36;color:#fff;padding:14px 28px;text-decoration:none;border-radius:4px;font-weight:bold;">Je m'inscris</a></p>
<p>Au programme : démonstration live, retour d'expérience, questions-réponses.</p>
</td></tr>
<tr><td style="padding:16px 32px;background:#f1f3f6;font-size:11px;color:#6b7785;">Planisys France SAS · 30 rue de Gramont, 75002 Paris<br>
<a href="https://go.planisys.example.com/unsubscribe?mkt_tok=NzQ1LVFKVC04MjkAAAGT" style="color:#6b7785;">Se désabonner</a> · <a href="https://www.planisys.example.com/fr/confidentialite" style="color:#6b7785;">Politique de confidentialité</a></td></tr>
</table></td></tr></table>
<img src="https://go.planisys.example.com/trk?t=1&mkt_tok=NzQ1LVFKVC04MjkAAAGT" width="1" height="1" alt="">
</body></html>
"""),

    # 17 ----------------------------------------------------------------- training offer with a PDF brochure
    M("formation_cpim_brochure", "other", "fr", "", "",
      ("FormaSupply", "info@formasupply.example.fr"),
      "Certification CPIM : finançable CPF, prochaine session en septembre", "2026-07-02 09:15",
      structure="mixed", inner="plain", cte="quoted-printable", mua="mailgun",
      headers=[("List-Unsubscribe", "<mailto:desinscription@formasupply.example.fr>"), ("Precedence", "bulk")],
      attachments=[{"filename": "Brochure_CPIM_2026.pdf", "title": "Brochure CPIM 2026",
                    "lines": ["FormaSupply - Certification APICS CPIM", "Session de septembre 2026 - Lille et a distance",
                              "Duree : 10 jours sur 4 mois", "Tarif : 4 200 EUR HT - eligible CPF",
                              "Programme : planification, MRP, S&OP, gestion des stocks"]}],
      body="""Bonjour,

Vous vous intéressez à la planification et au S&OP ? La certification CPIM de l'ASCM est la référence internationale pour les planificateurs et approvisionneurs.

Notre prochaine session démarre le 21 septembre 2026, à Lille et à distance. Elle est finançable par votre CPF et par votre OPCO.

Vous trouverez le programme complet et les tarifs dans la brochure jointe.

Pour vous inscrire : https://www.formasupply.example.fr/cpim/inscription

L'équipe FormaSupply
Organisme de formation certifié Qualiopi – 18 rue Esquermoise, 59000 Lille

Pour ne plus recevoir nos informations : desinscription@formasupply.example.fr
"""),

    # 18 ----------------------------------------------------------------- public employment service, monthly update
    M("agence_emploi_actualisation", "other", "fr", "", "",
      ("Agence Emploi Hauts-de-France", "ne-pas-repondre@agence-emploi-hdf.example.fr"),
      "Votre actualisation mensuelle est ouverte", "2026-05-28 06:00",
      cte="quoted-printable",
      headers=[("Auto-Submitted", "auto-generated")],
      body="""Bonjour Monsieur OKONKWO-LEFEVRE,

Votre actualisation pour le mois de mai est ouverte jusqu'au 15 juin.

Pensez à déclarer votre situation (recherche d'emploi, activité, formation, entretiens passés) depuis votre espace personnel ou l'application mobile.

Votre conseiller référent : Agence de Lille-Hellemmes.

Ceci est un message automatique. Merci de ne pas y répondre.
"""),

    # 19 ----------------------------------------------------------------- annual review at his current employer (not job search)
    M("entretien_annuel_nordis", "other", "fr", "", "",
      ("Nordis Logistique - RH", "notifications@nordis.talentspace.example.com"),
      "Campagne d'entretiens annuels 2026 : planifiez votre entretien", "2026-01-12 08:30",
      structure="html", mua="sendgrid", cte="quoted-printable",
      headers=[("Auto-Submitted", "auto-generated")],
      html=ats(brand="Nordis Logistique", logo_alt="Nordis Logistique", accent="#2e7d32",
               logo_src="https://nordis.talentspace.example.com/assets/logo-nordis.png",
               body="""<p style="margin:0 0 14px 0;">Bonjour Romain,</p>
<p style="margin:0 0 14px 0;">La campagne d'entretiens annuels et professionnels 2026 est lancée. Votre manager, <b>Franck Delattre</b>, vous proposera prochainement un créneau.</p>
<p style="margin:0 0 14px 0;">Avant votre entretien, merci de compléter votre auto-évaluation dans TalentSpace avant le <b>13 février</b>. Vos souhaits d'évolution et de formation y ont toute leur place.</p>
<p style="margin:20px 0;"><a href="https://nordis.talentspace.example.com/reviews/2026/self" style="background:#2e7d32;color:#fff;padding:10px 18px;text-decoration:none;">Compléter mon auto-évaluation</a></p>
<p style="margin:0;">La Direction des Ressources Humaines</p>""",
               footer="""Nordis Logistique – Plateforme de Lesquin. Message automatique envoyé par TalentSpace, merci de ne pas y répondre.""",
               px=pixel("https://nordis.talentspace.example.com/t/o/", "entretien_annuel"))),

    # 20 ----------------------------------------------------------------- former manager gave a reference
    M("ancien_manager_reference", "other", "fr", "", "bruno.lefranc@example.com",
      ("Bruno Lefranc", "bruno.lefranc@example.com"),
      "Appel de Halden & Crowe", "2026-05-13 19:26",
      mua="apple", cte="quoted-printable",
      headers=[("X-Mailer", "Apple Mail (2.3826.400.131)")],
      body="""Salut Romain,

Une certaine Priya de chez Halden & Crowe m'a appelé cet après-midi pour une prise de références. Je leur ai dit tout le bien que je pense de toi : la réorganisation des quais en 2023, la baisse des erreurs de prépa, ta façon de gérer l'équipe de nuit.

Elle m'a demandé si tu serais capable d'animer un comité S&OP avec des clients, j'ai dit oui sans hésiter. J'ai l'impression que c'est bien parti pour toi !

Tiens-moi au courant.

Bruno
"""),

    # 21 ----------------------------------------------------------------- press interview request
    M("journaliste_echo_deule", "other", "fr", "", "a.mortier@echodeladeule.example.fr",
      ("Antoine Mortier", "a.mortier@echodeladeule.example.fr"),
      "Demande d'interview - conditions de travail dans les entrepôts", "2026-10-07 11:55",
      cte="quoted-printable", mua="outlook",
      body="""Bonjour Monsieur Okonkwo-Lefèvre,

Je suis journaliste à L'Écho de la Deûle et je prépare un dossier sur les conditions de travail dans les grands entrepôts de la métropole lilloise (cadences, travail de nuit, automatisation).

Votre nom m'a été donné par l'association des anciens du lycée professionnel de Tourcoing. Accepteriez-vous de m'accorder une interview d'une trentaine de minutes, éventuellement de manière anonyme ? Je peux me déplacer ou vous appeler.

Bien cordialement,

Antoine Mortier
Journaliste – rubrique Économie
L'Écho de la Deûle
03 20 78 40 00
"""),

    # 22 ----------------------------------------------------------------- professional network notification
    M("reseau_vues_profil", "other", "fr", "", "",
      ("ProConnect", "notifications-noreply@proconnect.example.com"),
      "Romain, 3 recruteurs ont consulté votre profil cette semaine", "2026-02-28 09:14",
      structure="html", mua="sendgrid", cte="quoted-printable",
      headers=[("List-Unsubscribe", "<https://www.proconnect.example.com/settings/notifications/unsubscribe?t=b81>"),
               ("Precedence", "bulk")],
      html="""<html><body style="margin:0;background:#f3f2ef;font-family:-apple-system,'Segoe UI',Roboto,Arial,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:16px;">
<table width="520" cellpadding="0" cellspacing="0" style="background:#fff;font-size:14px;color:#1d2226;">
<tr><td style="padding:16px 20px;"><img src="https://static.proconnect.example.com/mail/logo.png" alt="ProConnect" height="22"></td></tr>
<tr><td style="padding:8px 20px;"><p style="font-size:18px;margin:0 0 8px 0;">Votre profil a été consulté 14 fois cette semaine</p>
<p>Dont 3 recruteurs : une consultante de <b>Cabinet Hallier &amp; Associés</b>, un membre de <b>Talentis Supply Chain</b> et un recruteur de <b>Delval</b>.</p>
<p><a href="https://lnk.proconnect.example.com/c/wvmp?t=b81" style="background:#0a66c2;color:#fff;padding:8px 16px;border-radius:16px;text-decoration:none;">Voir qui a consulté votre profil</a></p>
<p style="color:#666;">Essayez Premium gratuitement pendant 1 mois pour voir la liste complète.</p></td></tr>
<tr><td style="padding:14px 20px;font-size:11px;color:#888;">Vous recevez des notifications de ProConnect. <a href="https://www.proconnect.example.com/settings/notifications/unsubscribe?t=b81" style="color:#888;">Se désabonner</a> · ProConnect Ireland Unlimited Company, Dublin 2</td></tr>
</table></td></tr></table>
<img src="https://lnk.proconnect.example.com/o/b81.gif" width="1" height="1" alt="">
</body></html>
"""),

    # 23 ----------------------------------------------------------------- medical appointment moved (not an interview)
    M("rdv_medical_deplace", "other", "fr", "", "",
      ("SantéRDV", "no-reply@santerdv.example.fr"),
      "Votre rendez-vous du 12 mai a été déplacé", "2026-05-07 18:22",
      cte="8bit", hdr="q-utf8",
      headers=[("Auto-Submitted", "auto-generated")],
      body="""Bonjour Romain OKONKWO-LEFEVRE,

Votre rendez-vous avec Dr Anne-Lise Vasseur (masseur-kinésithérapeute) a été déplacé à la demande du praticien.

Ancien créneau : mardi 12 mai 2026 à 18h30
Nouveau créneau : jeudi 14 mai 2026 à 18h00
Adresse : 14 rue Gambetta, 59000 Lille

Si ce nouveau créneau ne vous convient pas, vous pouvez l'annuler ou le modifier depuis l'application SantéRDV.

Ceci est un message automatique.
"""),

    # 24 ----------------------------------------------------------------- job fair marketing
    M("forum_supply_chain_lille", "other", "fr", "", "",
      ("Forum Supply Chain Lille", "contact@forum-supplychain-lille.example.fr"),
      "J-3 : inscrivez-vous au Forum Supply Chain Lille 2026", "2026-09-22 12:00",
      structure="html", mua="mailgun", cte="quoted-printable",
      headers=[("List-Unsubscribe", "<https://forum-supplychain-lille.example.fr/newsletter/desinscription?id=6611>"),
               ("Precedence", "bulk")],
      html="""<html><body style="margin:0;background:#fff6e9;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 0;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:'Trebuchet MS',Arial,sans-serif;color:#333;">
<tr><td style="background:#ff7f11;padding:22px 30px;color:#fff;font-size:24px;font-weight:bold;"><img src="https://forum-supplychain-lille.example.fr/img/logo-blanc.png" alt="Forum Supply Chain Lille 2026" width="200"></td></tr>
<tr><td style="padding:24px 30px;font-size:15px;line-height:23px;">
<p><b>Plus que 3 jours !</b> Le Forum Supply Chain Lille revient le <b>jeudi 25 septembre</b> au Grand Palais : 60 recruteurs (3PL, industrie, distribution), des job datings de 10 minutes et des ateliers CV.</p>
<p>Au programme : « Rater un entretien, ça arrive : comment le rattraper ? », « Du terrain au S&amp;OP : témoignages de reconversion ».</p>
<p style="text-align:center;"><a href="https://forum-supplychain-lille.example.fr/r/inscription?id=6611" style="background:#ff7f11;color:#fff;padding:12px 24px;text-decoration:none;border-radius:20px;">Je réserve ma place gratuite</a></p>
</td></tr>
<tr><td style="padding:14px 30px;font-size:11px;color:#999;">Association Logistique Nord Avenir – 1 boulevard des Cités Unies, 59777 Lille · <a href="https://forum-supplychain-lille.example.fr/newsletter/desinscription?id=6611" style="color:#999;">Désinscription</a></td></tr>
</table></td></tr></table>
<img src="https://forum-supplychain-lille.example.fr/r/o.gif?id=6611" width="1" height="1" alt="">
</body></html>
"""),

    # 25 ----------------------------------------------------------------- volunteering accepted (not a job)
    M("benevolat_banque_alimentaire", "other", "fr", "", "odile.coppens@ba-lille.example.org",
      ("Odile Coppens", "odile.coppens@ba-lille.example.org"),
      "Ta candidature de bénévole est acceptée !", "2026-10-16 17:40",
      cte="8bit", mua="gmail",
      body="""Bonjour Romain,

Merci pour ta proposition d'aide : ta candidature comme bénévole logisticien est acceptée avec grand plaisir ! Avec ton expérience d'entrepôt, tu vas nous être précieux pour la Collecte nationale de novembre.

Premier rendez-vous : samedi 24 octobre à 8h30 à l'entrepôt de Lomme (rue du Marais) pour le tri et la mise en palettes. Prévois des chaussures de sécurité si tu en as.

À samedi !

Odile Coppens
Coordinatrice des bénévoles – Banque Alimentaire de Lille
06 32 17 88 09
"""),

    # 26 ----------------------------------------------------------------- school admission application received (not a job)
    M("mastere_candidature_recue", "other", "fr", "", "",
      ("Admissions Mastères Spécialisés", "admissions-noreply@iseg-lille.example.fr"),
      "Votre candidature au MS Management de la Supply Chain a bien été reçue", "2026-04-03 10:10",
      cte="quoted-printable",
      headers=[("Auto-Submitted", "auto-generated")],
      body="""Bonjour Romain,

Nous accusons réception de votre dossier de candidature au Mastère Spécialisé Management de la Supply Chain (rentrée de septembre 2026, format part-time).

Votre dossier complet sera étudié par le jury d'admissibilité. Les candidats admissibles seront convoqués à un entretien de motivation. Les résultats vous seront communiqués par e-mail sous 3 semaines.

Le service des admissions
ISEG Lille – Institut Supérieur d'Études de Gestion
"""),

    # 27 ----------------------------------------------------------------- immigration portal, Québec
    M("immigration_quebec_interet", "other", "fr", "", "",
      ("Portail Immigration Québec", "ne-pas-repondre@immigration-quebec.example.ca"),
      "Votre déclaration d'intérêt a été reçue", "2026-03-18 13:20",
      tz="America/Toronto", cte="quoted-printable",
      headers=[("Auto-Submitted", "auto-generated")],
      body="""Bonjour,

Votre déclaration d'intérêt a été reçue et enregistrée dans la banque de déclarations d'intérêt le 18 mars 2026.

Elle demeurera valide pour une période de 12 mois. Une invitation à présenter une demande de sélection permanente pourrait vous être transmise selon les besoins du marché du travail québécois.

Pour consulter votre dossier, connectez-vous à votre compte sur le portail.

Ce courriel a été envoyé automatiquement. Prière de ne pas y répondre.

Direction des services à la clientèle – Portail Immigration Québec
"""),

    # 28 ----------------------------------------------------------------- Belgian friend asks how the interview went
    M("ami_belge_raconte", "other", "fr", "", "thibault.degreef@example.be",
      ("Thibault De Greef", "thibault.degreef@example.be"),
      "?", "2026-03-09 19:58",
      tz="Europe/Brussels", cte="quoted-printable", mua="apple",
      headers=[("X-Mailer", "Apple Mail (2.3826.400.131)")],
      body="""Salut vieux,

Alors, ce fameux entretien à Vilvorde ce matin, raconte une fois ! Ils t'ont posé des questions en néerlandais ? Si tu décroches le poste, tu viens habiter à Bruxelles et on se boit une Orval tous les vendredis, c'est non négociable.

Je suis à Lille le week-end du 21, on se voit ?

Thibault
"""),

    # 29 ----------------------------------------------------------------- English career newsletter about missed interviews and rejections
    M("newsletter_missed_interview_en", "other", "en", "", "",
      ("The Supply Chain Career Digest", "digest@scm-careers.example.com"),
      "Missed an interview? Here's how to recover (+ why final-round rejections happen)", "2026-05-21 06:15",
      structure="html", mua="sendgrid", cte="quoted-printable", tz="Europe/London",
      headers=[("List-Id", "Supply Chain Career Digest <digest.scm-careers.example.com>"),
               ("List-Unsubscribe", "<https://scm-careers.example.com/unsubscribe?u=7a3f>, <mailto:unsub-7a3f@scm-careers.example.com>"),
               ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "list")],
      html="""<html><body style="margin:0;background:#f4f6f8;">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center" style="padding:20px 0;">
<table width="600" cellpadding="0" cellspacing="0" role="presentation" style="background:#fff;font-family:Helvetica,Arial,sans-serif;font-size:15px;line-height:23px;color:#1e293b;">
<tr><td style="padding:20px 28px;border-bottom:1px solid #e2e8f0;"><img src="https://scm-careers.example.com/img/digest-logo.png" alt="The Supply Chain Career Digest" width="220"></td></tr>
<tr><td style="padding:24px 28px;">
<p style="font-size:12px;color:#64748b;margin:0;">ISSUE #118 · THURSDAY</p>
<h2 style="margin:8px 0 10px 0;"><a href="https://u6612.ct.sendgrid.net/ls/click?upn=digest118-a" style="color:#1e293b;text-decoration:none;">Missed an interview? Here's how to recover</a></h2>
<p>Trains get cancelled, calendar invites land in spam, time zones trip people up. Hiring managers are more forgiving than you think – if you write within hours, not days. Our template inside.</p>
<h3 style="margin:22px 0 8px 0;"><a href="https://u6612.ct.sendgrid.net/ls/click?upn=digest118-b" style="color:#1e293b;text-decoration:none;">"We've decided to move forward with other candidates": decoding final-round rejections</a></h3>
<p>We asked twelve heads of planning why they turned down finalists. Spoiler: it's rarely about you.</p>
<h3 style="margin:22px 0 8px 0;">This week's openings</h3>
<p><a href="https://u6612.ct.sendgrid.net/ls/click?upn=digest118-j1">Demand Planner – Rotterdam</a> · <a href="https://u6612.ct.sendgrid.net/ls/click?upn=digest118-j2">S&amp;OP Manager – Luxembourg</a> · <a href="https://u6612.ct.sendgrid.net/ls/click?upn=digest118-j3">Supply Planner – Geneva</a></p>
</td></tr>
<tr><td style="padding:16px 28px;background:#f8fafc;font-size:11px;color:#94a3b8;">You're receiving this because you subscribed at scm-careers.example.com. <a href="https://scm-careers.example.com/unsubscribe?u=7a3f" style="color:#94a3b8;">Unsubscribe</a> · SCM Careers Ltd, Registered in England No 11820455, 20 Wenlock Road, London N1 7GU</td></tr>
</table></td></tr></table>
<img src="https://u6612.ct.sendgrid.net/wf/open?upn=digest118" width="1" height="1" alt="">
</body></html>
"""),

    # 30 ----------------------------------------------------------------- job alert digest, English
    M("jobbridge_alert_en", "other", "en", "", "",
      ("JobBridge Job Alerts", "jobalerts-noreply@jobbridge.example.com"),
      "8 new jobs for \"S&OP planner\" in Luxembourg", "2026-06-24 07:05",
      structure="alt", mua="sendgrid", cte="quoted-printable", tz="Europe/Luxembourg",
      headers=[("List-Unsubscribe", "<https://www.jobbridge.example.com/alerts/unsubscribe?a=31c>"),
               ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")],
      body="""8 new jobs for "S&OP planner" in Luxembourg

S&OP Planner - Northbridge Foods Europe - Bettembourg
Supply Chain Analyst - Luxtrans Logistics - Contern
Demand Planner (m/f) - confidential - Luxembourg City
Planning Coordinator - Cargolink Air - Findel
...and 4 more: https://www.jobbridge.example.com/alerts/31c

Unsubscribe from this alert: https://www.jobbridge.example.com/alerts/unsubscribe?a=31c
""",
      html="""<html><body style="margin:0;background:#f3f2ef;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:16px;">
<table width="560" cellpadding="0" cellspacing="0" style="background:#fff;font-family:-apple-system,'Segoe UI',Roboto,Arial,sans-serif;font-size:14px;color:#1d2226;">
<tr><td style="padding:16px 24px;border-bottom:1px solid #e8e8e8;"><img src="https://static.jobbridge.example.com/mail/jb-logo.png" alt="JobBridge" height="24"></td></tr>
<tr><td style="padding:20px 24px;"><p style="font-size:18px;margin:0 0 14px 0;">8 new jobs for "S&amp;OP planner" in Luxembourg</p>
<p><a href="https://links.jobbridge.example.com/e/c/a1">S&amp;OP Planner</a><br>Northbridge Foods Europe · Bettembourg</p>
<p><a href="https://links.jobbridge.example.com/e/c/a2">Supply Chain Analyst</a><br>Luxtrans Logistics · Contern</p>
<p><a href="https://links.jobbridge.example.com/e/c/a3">Demand Planner (m/f)</a><br>Confidential · Luxembourg City</p>
<p><a href="https://links.jobbridge.example.com/e/c/a4">Planning Coordinator</a><br>Cargolink Air · Findel</p>
<p><a href="https://links.jobbridge.example.com/e/c/all" style="font-weight:bold;">See all 8 jobs</a></p></td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#888;"><a href="https://www.jobbridge.example.com/alerts/unsubscribe?a=31c" style="color:#888;">Unsubscribe from this alert</a> · JobBridge Europe B.V., Keizersgracht 123, 1015 CJ Amsterdam</td></tr>
</table></td></tr></table>
<img src="https://links.jobbridge.example.com/e/o/alert31c" width="1" height="1" alt="">
</body></html>
"""),

    # 31 ----------------------------------------------------------------- user research interview, English
    M("user_research_shipfolio", "other", "en", "", "noah.berg@shipfolio.example.com",
      ("Noah Berg", "noah.berg@shipfolio.example.com"),
      "20 minutes of your time? ($50 gift card)", "2026-08-18 15:33",
      cte="quoted-printable", mua="gmail", tz="Europe/Amsterdam",
      body="""Hi Romain,

I'm a product researcher at Shipfolio, the shipment-tracking tool your warehouse uses for inbound containers. We're running user interviews with team leads to understand how you plan dock slots when containers arrive late.

Would you be up for a 20-minute video interview next week? As a thank-you, we'll send you a $50 (or €45) gift card. Pick any time here: https://cal.example.com/noah-shipfolio/research

No sales pitch, promise - we just want to learn.

Thanks,
Noah Berg
Product Research, Shipfolio
"""),

    # 32 ----------------------------------------------------------------- package delayed, English
    M("package_delayed_en", "other", "en", "", "",
      ("SwiftParcel Tracking", "tracking@notify.swiftparcel.example.com"),
      "Unfortunately, your package is delayed", "2026-10-19 09:00",
      structure="html", mua="ses", cte="quoted-printable", tz="Europe/London",
      headers=[("Auto-Submitted", "auto-generated")],
      html=ats(brand="SwiftParcel", logo_alt="SwiftParcel", accent="#e11d48", lang="en",
               logo_src="https://static.swiftparcel.example.com/email/logo.png",
               body="""<p style="margin:0 0 14px 0;font-size:18px;"><b>Your package is running late</b></p>
<p style="margin:0 0 14px 0;">Hi Romain,</p>
<p style="margin:0 0 14px 0;">Unfortunately, your package <b>SP-44-9918-2207</b> from <i>Northern Outfitters UK</i> is delayed due to additional customs checks at our Calais hub. New estimated delivery: <b>Thursday 22 October</b>.</p>
<p style="margin:0 0 14px 0;">You don't need to do anything. <a href="https://click.swiftparcel.example.com/track/SP449918" style="color:#e11d48;">Track your package</a></p>
<p style="margin:0;">The SwiftParcel team</p>""",
               footer="""SwiftParcel Ltd, Registered in England No 09771234. This is an automated message – please do not reply.""",
               px=pixel("https://click.swiftparcel.example.com/o/", "package_delayed_en"))),

    # 33 ----------------------------------------------------------------- bank loan declined, English
    M("loan_declined_lux", "other", "en", "", "",
      ("Banque Moselle Luxembourg", "customer.service@banquemoselle.example.lu"),
      "Your personal loan application - decision", "2026-09-04 14:10",
      tz="Europe/Luxembourg", cte="7bit", mua="default",
      body="""Dear Mr Okonkwo-Lefevre,

Thank you for your application for a personal loan of EUR 15,000 (reference PL-2026-44871).

We have carefully reviewed your application. Unfortunately, we are unable to approve it at this time, as you do not yet have a regular income paid into a Luxembourg account.

You are welcome to apply again once you have received three months' salary in Luxembourg.

Yours sincerely,

Customer Service
Banque Moselle Luxembourg S.A.
12, avenue de la Liberte, L-1930 Luxembourg
RCS Luxembourg B 12.348
"""),

    # 34 ----------------------------------------------------------------- podcast interview, English
    M("podcast_supply_chain_voices", "other", "en", "", "marcus@supplychainvoices.example.com",
      ("Marcus Lindqvist", "marcus@supplychainvoices.example.com"),
      "Guest on Supply Chain Voices?", "2026-07-15 16:48",
      structure="alt", mua="gmail", cte="quoted-printable", tz="Europe/Stockholm",
      body="""Hi Romain,

I host Supply Chain Voices, a podcast where we interview people who actually move the boxes. I read your post about cutting picking errors on night shifts by 40% and would love to interview you for an episode.

We record remotely, it takes about an hour, and you'd get to review the edit before it goes live. Any chance you'd be up for it in September?

Cheers,
Marcus
supplychainvoices.example.com
""",
      html=gmail("""Hi Romain,

I host Supply Chain Voices, a podcast where we interview people who actually move the boxes. I read your post about cutting picking errors on night shifts by 40% and would love to interview you for an episode.

We record remotely, it takes about an hour, and you'd get to review the edit before it goes live. Any chance you'd be up for it in September?

Cheers,
Marcus
supplychainvoices.example.com""")),

    # 35 ----------------------------------------------------------------- recruiter cold outreach, English
    M("recruiter_cold_en", "other", "en", "", "j.whitaker@keystonetalent.example.com",
      ("James Whitaker", "j.whitaker@keystonetalent.example.com"),
      "Open to new opportunities?", "2026-04-29 11:11",
      cte="quoted-printable", mua="outlook", tz="Europe/London",
      body="""Hi Romain,

Hope you're well. I'm a recruiter at Keystone Talent focusing on supply chain roles across Benelux and Switzerland.

Your background caught my eye – team leadership in a high-volume DC plus a move towards S&OP is exactly what a number of my clients look for. Nothing specific to share right now, but I'd like to keep you on my radar.

Could you send me an up-to-date CV and your salary expectations? I'll reach out when something relevant comes up.

Best regards,

James Whitaker
Principal Consultant | Keystone Talent
+44 20 3808 5521
Keystone Talent Ltd is registered in England and Wales, company number 10553318.
"""),

    # 36 ----------------------------------------------------------------- out-of-office, English (a person: contact kept)
    M("ooo_priya", "other", "en", "", "priya.nair@haldencrowe.example.com",
      ("Priya Nair", "priya.nair@haldencrowe.example.com"),
      "Automatic reply: Offer of employment - Regional Planning Manager", "2026-05-13 08:15",
      mua="outlook", cte="quoted-printable", tz="Europe/Brussels",
      thread=["@offer_letter_halden", "gmail:romain-halden-references"],
      headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
      body="""Thank you for your email. I'm out of the office until Tuesday 19 May with limited access to email.

For urgent recruitment matters, please contact talent.benelux@haldencrowe.example.com.

Kind regards,
Priya Nair
"""),

    # 37 ----------------------------------------------------------------- the candidate's own follow-up, English
    M("sent_followup_northbridge", "other", "en", "", "",
      ME, "Following up - S&OP Analyst interview", "2026-03-12 09:20",
      to=("Sarah Keane", "sarah.keane@northbridgefoods.example.com"),
      mua="gmail", cte="quoted-printable",
      body="""Hi Sarah,

I hope you're well. I wanted to follow up on my interview with Luc Feltgen on 4 March for the S&OP Analyst role in Bettembourg.

I really enjoyed the discussion about the promotional forecast process and I remain very interested in the position. Is there any update on the timeline?

Best regards,
Romain Okonkwo-Lefèvre
+33 6 14 58 22 91
"""),

    # 38 ----------------------------------------------------------------- conference registration
    M("conference_registration", "other", "en", "", "",
      ("SupplyChain Live Brussels", "tickets@supplychainlive.example.com"),
      "You're registered: SupplyChain Live Brussels 2026", "2026-08-28 13:02",
      structure="html", mua="sendgrid", cte="base64", tz="Europe/Brussels",
      headers=[("Auto-Submitted", "auto-generated")],
      html="""<html><body style="margin:0;background:#111827;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 0;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,sans-serif;font-size:14px;color:#111827;">
<tr><td style="padding:20px 28px;background:#4f46e5;"><img src="https://supplychainlive.example.com/img/scl-logo-white.png" alt="SupplyChain Live Brussels 2026" width="200"></td></tr>
<tr><td style="padding:24px 28px;line-height:22px;">
<p>Hi Romain,</p>
<p>You're all set! Here are your registration details:</p>
<table cellpadding="6" cellspacing="0" style="border:1px solid #e5e7eb;">
<tr><td style="color:#6b7280;">Event</td><td>SupplyChain Live Brussels 2026</td></tr>
<tr><td style="color:#6b7280;">Dates</td><td>14–15 October 2026</td></tr>
<tr><td style="color:#6b7280;">Venue</td><td>Brussels Expo, Hall 5</td></tr>
<tr><td style="color:#6b7280;">Ticket</td><td>Visitor pass (free) – #SCL26-88120</td></tr>
</table>
<p>Your QR code badge will be sent one week before the event. <a href="https://click.supplychainlive.example.com/agenda" style="color:#4f46e5;">Browse the agenda</a></p>
</td></tr>
<tr><td style="padding:14px 28px;font-size:11px;color:#9ca3af;">SupplyChain Live is organised by SCL Events SA, Avenue Louise 54, 1050 Brussels. <a href="https://click.supplychainlive.example.com/unsubscribe" style="color:#9ca3af;">Unsubscribe</a></td></tr>
</table></td></tr></table>
<img src="https://click.supplychainlive.example.com/o/88120.gif" width="1" height="1" alt="">
</body></html>
"""),

    # 39 ----------------------------------------------------------------- friend got an offer
    M("friend_amaka_offer", "other", "en", "", "amaka.obi@example.com",
      ("Amaka Obi", "amaka.obi@example.com"),
      "I GOT IT!!!", "2026-06-19 23:41",
      mua="apple", cte="quoted-printable", tz="America/Toronto",
      headers=[("X-Mailer", "iPhone Mail (21F90)")],
      body="""Romain!!! I got the offer from the hospital foundation in Montreal!!! Procurement coordinator, permanent, they even matched my salary ask.

Thank you SO much for the mock interview last week, the "tell me about a time you failed" question came up word for word 😂

Drinks on me next time you're in town. Have you heard back from your Belgian start-up?

A.

Sent from my iPhone
"""),

    # 40 ----------------------------------------------------------------- online course certificate
    M("course_certificate", "other", "en", "", "",
      ("LearnChain Academy", "no-reply@learnchain.example.com"),
      "Congratulations, Romain! You've earned your certificate", "2026-02-08 17:30",
      structure="html", mua="ses", cte="quoted-printable", tz="UTC",
      headers=[("Auto-Submitted", "auto-generated")],
      html=ats(brand="LearnChain Academy", logo_alt="LearnChain Academy", accent="#0ea5e9", lang="en",
               logo_src="https://cdn.learnchain.example.com/brand/logo.png",
               body="""<p style="margin:0 0 14px 0;font-size:20px;"><b>Well done, Romain! 🎓</b></p>
<p style="margin:0 0 14px 0;">You've successfully completed <b>Demand Planning Fundamentals</b> (6 weeks, 24 hours) with a final score of 91%.</p>
<p style="margin:0 0 14px 0;">Your certificate is ready to download and share on your professional profile.</p>
<p style="margin:20px 0;"><a href="https://click.learnchain.example.com/cert/RO-DPF-2026-1187" style="background:#0ea5e9;color:#fff;padding:10px 18px;text-decoration:none;border-radius:4px;">View my certificate</a></p>
<p style="margin:0;">Next up? Try <a href="https://click.learnchain.example.com/course/sop-in-practice" style="color:#0ea5e9;">S&amp;OP in Practice</a>.</p>""",
               footer="""LearnChain Academy Inc. · <a href="https://click.learnchain.example.com/unsubscribe" style="color:#888;">Unsubscribe</a>""",
               px=pixel("https://click.learnchain.example.com/o/", "course_certificate"))),

    # 41 ----------------------------------------------------------------- Geneva flat refused, English
    M("apartment_geneva_refused", "other", "en", "", "",
      ("Régie du Lac - Rentals", "location-noreply@regiedulac.example.ch"),
      "Your application for the apartment at Rue de Carouge 56", "2026-09-25 10:30",
      tz="Europe/Zurich", cte="quoted-printable", hdr="q-latin1", charset="iso-8859-1",
      headers=[("Auto-Submitted", "auto-generated")],
      body="""Dear Mr Okonkwo-Lefèvre,

Thank you for your application for the 3-room apartment at Rue de Carouge 56, 1205 Geneva (ref. 4471-0312).

We regret to inform you that your application was not successful. The owner has selected another tenant.

We wish you every success in your search.

Régie du Lac SA - Rentals department
Boulevard Helvétique 30, 1207 Geneva
This is an automated message.
"""),

    # 42 ----------------------------------------------------------------- candidate-experience survey (job-related, none of the kinds)
    M("survey_candidate_experience", "other", "en", "", "",
      ("Northbridge Foods Europe", "surveys@candidate-pulse.example.com"),
      "How was your interview experience with Northbridge Foods Europe?", "2026-03-23 10:00",
      structure="html", mua="sendgrid", cte="quoted-printable", tz="Europe/Luxembourg",
      headers=[("List-Unsubscribe", "<https://candidate-pulse.example.com/optout?s=nbf-4412>"),
               ("Auto-Submitted", "auto-generated")],
      html="""<html><body style="margin:0;font-family:Arial,sans-serif;font-size:14px;color:#333;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px;">
<table width="560" cellpadding="0" cellspacing="0"><tr><td>
<img src="https://s3.amazonaws.com/grnhse-email-assets/northbridge-foods/logo.png" alt="Northbridge Foods" width="140"><br><br>
<p>Hi Romain,</p>
<p>You recently interviewed for the S&amp;OP Analyst role. Whatever the outcome, we'd value two minutes of your time to tell us how the process felt.</p>
<p>How likely are you to recommend interviewing at Northbridge Foods Europe to a friend?</p>
<table cellpadding="0" cellspacing="4"><tr>
<td><a href="https://candidate-pulse.example.com/r/nbf-4412?score=0" style="display:block;width:28px;padding:6px 0;text-align:center;border:1px solid #ccc;color:#333;text-decoration:none;">0</a></td>
<td><a href="https://candidate-pulse.example.com/r/nbf-4412?score=5" style="display:block;width:28px;padding:6px 0;text-align:center;border:1px solid #ccc;color:#333;text-decoration:none;">5</a></td>
<td><a href="https://candidate-pulse.example.com/r/nbf-4412?score=10" style="display:block;width:28px;padding:6px 0;text-align:center;border:1px solid #ccc;color:#333;text-decoration:none;">10</a></td>
</tr></table>
<p style="font-size:11px;color:#999;">Your answers are anonymous and do not affect your application. <a href="https://candidate-pulse.example.com/optout?s=nbf-4412" style="color:#999;">Opt out of surveys</a></p>
</td></tr></table></td></tr></table>
<img src="https://candidate-pulse.example.com/o/nbf-4412.gif" width="1" height="1" alt="">
</body></html>
"""),

    # 43 ----------------------------------------------------------------- "your position" in a map app
    M("gps_location_sharing", "other", "en", "", "",
      ("WayFinder Maps", "noreply@wayfinder-maps.example.com"),
      "Your position is no longer being shared with Amaka", "2026-07-19 22:05",
      structure="html", mua="ses", cte="quoted-printable",
      headers=[("Auto-Submitted", "auto-generated")],
      html="""<html><body style="font-family:Roboto,Arial,sans-serif;font-size:14px;color:#202124;margin:0;padding:24px;">
<img src="https://static.wayfinder-maps.example.com/email/logo_48.png" alt="WayFinder Maps" width="48" height="48">
<p style="font-size:18px;">Location sharing ended</p>
<p>Your real-time position is no longer being shared with <b>Amaka Obi</b>. Sharing was set to end after 2 hours (started 19 July, 20:05).</p>
<p>You can share your position again at any time from the WayFinder app.</p>
<p><a href="https://wayfinder-maps.example.com/settings/sharing" style="color:#1a73e8;">Manage location sharing</a></p>
<p style="font-size:11px;color:#70757a;">WayFinder Maps · You received this email to let you know about important changes to your account. <a href="https://wayfinder-maps.example.com/settings/email" style="color:#70757a;">Email settings</a></p>
<img src="https://wayfinder-maps.example.com/o/ls-end.gif" width="1" height="1" alt="">
</body></html>
"""),

    # 44 ----------------------------------------------------------------- German career newsletter
    M("karriere_newsletter_de", "other", "de", "", "",
      ("StellenKompass Karriere-Newsletter", "newsletter@stellenkompass.example.com"),
      "Absage erhalten? So geht's weiter – plus: Vorstellungsgespräch verpasst, was nun?", "2026-04-09 07:30",
      structure="html", mua="mailgun", cte="quoted-printable", tz="Europe/Berlin",
      headers=[("List-Id", "StellenKompass Karriere <karriere.stellenkompass.example.com>"),
               ("List-Unsubscribe", "<https://www.stellenkompass.example.com/newsletter/abmelden?id=ee71>"),
               ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")],
      html="""<html><body style="margin:0;background:#eef2f7;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px 0;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,sans-serif;font-size:15px;line-height:23px;color:#1f2d3d;">
<tr><td style="padding:18px 26px;background:#143d59;"><img src="https://www.stellenkompass.example.com/img/nl-logo.png" alt="StellenKompass" width="180"></td></tr>
<tr><td style="padding:22px 26px;">
<h2 style="margin:0 0 10px 0;"><a href="https://t.stellenkompass.example.com/c/ee71/1" style="color:#143d59;text-decoration:none;">Absage erhalten? So geht's weiter</a></h2>
<p>„Leider müssen wir Ihnen mitteilen …“ – wer sich bewirbt, kennt diesen Satz. Wir zeigen, wie Sie um Feedback bitten, ohne aufdringlich zu wirken, und warum eine Absage kein Urteil über Sie ist.</p>
<h3 style="margin:20px 0 8px 0;"><a href="https://t.stellenkompass.example.com/c/ee71/2" style="color:#143d59;text-decoration:none;">Vorstellungsgespräch verpasst – was nun?</a></h3>
<p>Zug ausgefallen, Termin verwechselt: So retten Sie die Situation.</p>
<p><a href="https://t.stellenkompass.example.com/c/ee71/jobs" style="background:#f5a623;color:#fff;padding:10px 18px;text-decoration:none;">Neue Jobs in Ihrer Region</a></p>
</td></tr>
<tr><td style="padding:14px 26px;font-size:11px;color:#8492a6;">StellenKompass GmbH · Friedrichstraße 68 · 10117 Berlin · Geschäftsführerin: Miriam Falk · HRB 188201 B<br><a href="https://www.stellenkompass.example.com/newsletter/abmelden?id=ee71" style="color:#8492a6;">Newsletter abbestellen</a></td></tr>
</table></td></tr></table>
<img src="https://t.stellenkompass.example.com/o/ee71.gif" width="1" height="1" alt="">
</body></html>
"""),

    # 45 ----------------------------------------------------------------- parcel delayed, German
    M("paket_verzoegert", "other", "de", "", "",
      ("PaketBlitz Sendungsverfolgung", "benachrichtigung@paketblitz.example.com"),
      "Leider verzögert sich die Zustellung Ihrer Sendung", "2026-08-07 11:42",
      cte="quoted-printable", tz="Europe/Berlin",
      headers=[("Auto-Submitted", "auto-generated")],
      body="""Guten Tag Romain Okonkwo-Lefèvre,

leider verzögert sich die Zustellung Ihrer Sendung 00340434 1188 2290 17 (Absender: Outdoor-Versand Kessler & Sohn).

Grund: hohe Sendungsmenge im Paketzentrum Saarbrücken
Neuer voraussichtlicher Zustelltermin: Dienstag, 11.08.2026

Den aktuellen Status finden Sie jederzeit unter https://www.paketblitz.example.com/verfolgen?n=003404341188229017

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf.

PaketBlitz GmbH · Am Güterbahnhof 3 · 66111 Saarbrücken
"""),

    # 46 ----------------------------------------------------------------- German friend, his own interview and rejection
    M("freund_tobias_gespraech", "other", "de", "", "tobias.wendt@example.com",
      ("Tobias Wendt", "tobias.wendt@example.com"),
      "Neuigkeiten aus Trier", "2026-05-31 20:12",
      cte="8bit", tz="Europe/Berlin", mua="gmail",
      body="""Hey Romain,

lange nichts gehört! Kurzes Update von mir: Ich hatte letzte Woche mein Vorstellungsgespräch bei dem Getränkehersteller in Saarlouis, du weißt schon, der mit dem Lager in Bettembourg. Lief eigentlich gut, aber heute kam die Absage – sie nehmen jemanden mit SAP-Erfahrung. Naja.

Wie läuft's bei dir mit der Jobsuche? Bist du noch in Lille oder schon in Luxemburg?

Meld dich mal!
Tobi
"""),

    # 47 ----------------------------------------------------------------- Spanish career newsletter
    M("boletin_trabajoya", "other", "es", "", "",
      ("Blog de TrabajoYa", "boletin@trabajoya.example.com"),
      "Cómo superar el rechazo tras una entrevista (y 3 ofertas que te pueden interesar)", "2026-05-14 08:00",
      structure="html", mua="mailgun", cte="quoted-printable",
      headers=[("List-Id", "Boletin TrabajoYa <boletin.trabajoya.example.com>"),
               ("List-Unsubscribe", "<https://www.trabajoya.example.com/cuenta/bajas?b=c14>"),
               ("Precedence", "bulk")],
      html="""<!DOCTYPE html><html lang="es"><body style="margin:0;background:#f6f6f6;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:18px 0;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:22px;color:#333;">
<tr><td style="padding:18px 24px;background:#00a37a;"><img src="https://static.trabajoya.example.com/mail/logo-blanco.png" alt="TrabajoYa" height="30"></td></tr>
<tr><td style="padding:24px;">
<h2 style="margin:0 0 10px 0;"><a href="https://clk.trabajoya.example.com/ls/click?upn=blog-rechazo" style="color:#00a37a;text-decoration:none;">Cómo superar el rechazo tras una entrevista</a></h2>
<p>«Lamentamos comunicarte que no has sido seleccionado». Duele, sobre todo después de varias entrevistas. Te contamos cómo pedir feedback, qué hacer si no te presentaste a una entrevista y cómo mantener la motivación.</p>
<p><b>Ofertas destacadas:</b><br>
<a href="https://clk.trabajoya.example.com/ls/click?upn=o1">Planificador/a de demanda – Valencia</a><br>
<a href="https://clk.trabajoya.example.com/ls/click?upn=o2">Jefe/a de almacén – Zaragoza</a><br>
<a href="https://clk.trabajoya.example.com/ls/click?upn=o3">Técnico/a S&amp;OP – Barcelona</a></p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#999;border-top:1px solid #eee;">TrabajoYa Servicios Digitales S.L. · C/ Colón 18, 46004 Valencia · <a href="https://www.trabajoya.example.com/cuenta/bajas?b=c14" style="color:#999;">Darse de baja</a></td></tr>
</table></td></tr></table>
<img src="https://clk.trabajoya.example.com/wf/open?upn=blog-c14" width="1" height="1" alt="">
</body></html>
"""),

    # 48 ----------------------------------------------------------------- Spanish job alert
    M("alerta_trabajoya", "other", "es", "", "",
      ("Alertas TrabajoYa", "alertas@trabajoya.example.com"),
      "5 nuevas ofertas de «Planificador de demanda» para ti", "2026-07-27 07:10",
      structure="html", mua="mailgun", cte="base64",
      headers=[("List-Unsubscribe", "<https://www.trabajoya.example.com/alertas/baja?a=9e0>"),
               ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Auto-Submitted", "auto-generated")],
      html="""<!DOCTYPE html><html lang="es"><body style="margin:0;background:#f6f6f6;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:18px 0;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333;">
<tr><td style="padding:18px 24px;background:#00a37a;"><img src="https://static.trabajoya.example.com/mail/logo-blanco.png" alt="TrabajoYa" height="30"></td></tr>
<tr><td style="padding:20px 24px;"><p>Hola Romain, hay <b>5 nuevas ofertas</b> que coinciden con tu alerta «Planificador de demanda – Francia y Bélgica»:</p>
<p><a href="https://clk.trabajoya.example.com/ls/click?upn=a9e0-1">Planificador de demanda (francés nativo)</a> – Grupo alimentario · Lille</p>
<p><a href="https://clk.trabajoya.example.com/ls/click?upn=a9e0-2">Supply Planner</a> – Empresa de bebidas · Bruselas</p>
<p><a href="https://clk.trabajoya.example.com/ls/click?upn=a9e0-3">Analista S&amp;OP</a> – Retail · París</p>
<p><a href="https://clk.trabajoya.example.com/ls/click?upn=a9e0-all" style="font-weight:bold;">Ver las 5 ofertas</a></p></td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#999;border-top:1px solid #eee;"><a href="https://www.trabajoya.example.com/alertas/baja?a=9e0" style="color:#999;">Desactivar esta alerta</a> · TrabajoYa Servicios Digitales S.L.</td></tr>
</table></td></tr></table>
<img src="https://clk.trabajoya.example.com/wf/open?upn=a9e0" width="1" height="1" alt="">
</body></html>
"""),

    # 49 ----------------------------------------------------------------- Spanish friend's own rejection
    M("amiga_lucia_rechazo", "other", "es", "", "lucia.mendez.g@example.com",
      ("Lucía Méndez", "lucia.mendez.g@example.com"),
      "qué rabia", "2026-06-26 23:05",
      cte="quoted-printable", mua="gmail",
      body="""Hola Romain!

Te acuerdas de la entrevista que tenía en Mercaplaza para jefa de almacén en Lyon? Pues nada, hoy me han dicho que no. "Hemos decidido seguir adelante con otros candidatos". Después de tres entrevistas y una prueba en Excel... qué rabia me da.

Bueno, a seguir buscando. Y tú qué tal con lo de Bélgica? Ya te han dicho algo?

Un abrazo fuerte,
Lucía
"""),

    # 50 ----------------------------------------------------------------- Spanish bank: loan application received
    M("banco_solicitud_recibida", "other", "es", "", "",
      ("Banco Mediterráneo Digital", "avisos@bancomediterraneo.example.com"),
      "Hemos recibido su solicitud de préstamo", "2026-09-11 12:47",
      structure="html", mua="ses", cte="quoted-printable", hdr="q-utf8",
      headers=[("Auto-Submitted", "auto-generated")],
      html=ats(brand="Banco Mediterráneo Digital", logo_alt="Banco Mediterráneo Digital", accent="#003b70", lang="es",
               logo_src="https://static.bancomediterraneo.example.com/mail/logo.png",
               body="""<p style="margin:0 0 14px 0;">Estimado cliente:</p>
<p style="margin:0 0 14px 0;">Le confirmamos que hemos recibido su solicitud de préstamo personal n.º <b>PP-2026-771204</b> por importe de 6.000 €.</p>
<p style="margin:0 0 14px 0;">Nuestro equipo de riesgos la analizará y le comunicaremos la resolución en un plazo máximo de 72 horas hábiles. Puede consultar el estado de su solicitud en la banca online.</p>
<p style="margin:0;">Atentamente,<br>Banco Mediterráneo Digital</p>""",
               footer="""Banco Mediterráneo Digital, S.A. · Inscrito en el Registro de Entidades del Banco de España con el n.º 0299 · Este correo es automático, no responda a él.""",
               px=pixel("https://static.bancomediterraneo.example.com/o/", "banco_solicitud"))),

    # 51 ----------------------------------------------------------------- the candidate's own reply, Spanish
    M("enviado_es", "other", "es", "", "",
      ME, "Re: Entrevista Jefe de Planificación - París", "2026-04-16 18:02",
      to=("Marta Ruiz Olmedo", "marta.ruiz@ibercarga.example.com"),
      mua="gmail", cte="quoted-printable", thread=["@ibercarga_entrevista"],
      body="""Hola Marta:

Muchas gracias por la invitación. Confirmo mi disponibilidad para la entrevista por videollamada del martes 21 a las 10:00. Estoy muy contento de poder avanzar en el proceso.

Un saludo,
Romain

El jue, 16 abr 2026 a las 12:31, Marta Ruiz Olmedo (<marta.ruiz@ibercarga.example.com>) escribió:
> Hola Romain:
>
> Te escribo de parte del equipo de selección de Grupo Logístico Ibercarga. Hemos revisado tu candidatura para el puesto de Jefe de Planificación en nuestra plataforma de Gennevilliers y nos gustaría conocerte.
>
> Te proponemos una entrevista por videollamada el martes 21 de abril a las 10:00 (hora de París).
>
> Un saludo,
> Marta Ruiz Olmedo
"""),

    # 52 ----------------------------------------------------------------- community radio interview request, Spanish
    M("entrevista_radio_montreal", "other", "es", "", "paola.rincon@radiolatinamtl.example.ca",
      ("Paola Rincón", "paola.rincon@radiolatinamtl.example.ca"),
      "Entrevista para el programa «Nuevos horizontes»", "2026-10-01 15:25",
      tz="America/Toronto", cte="quoted-printable", mua="gmail",
      body="""Hola Romain:

Soy Paola, presentadora del programa «Nuevos horizontes» en Radio Latina Montréal. Cada semana entrevistamos a personas que están preparando su proyecto de inmigración laboral a Quebec.

Nuestra amiga común Amaka me contó que estás buscando trabajo en logística aquí. ¿Te gustaría participar en una entrevista de 20 minutos por teléfono? Puede ser en español o en francés, como prefieras.

¡Un saludo y gracias!
Paola Rincón
Radio Latina Montréal – 98,3 FM (comunitaria)
"""),
]
