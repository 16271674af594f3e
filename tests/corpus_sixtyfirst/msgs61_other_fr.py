"""French-language `other` mail for the sixty-first corpus (content only)."""

from msgs61_base import ME_FULL, M, ics

LIST = {"List-Unsubscribe": "<https://mail.example.com/unsub?u=8812>, <mailto:unsub@mail.example.com>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"}

MESSAGES = [
    M("other", "jobat_alerte", "fr",
      "Jobat <alertes@jobat.example.be>", "12 nouveaux jobs pour « contrôleur de gestion »",
      """Bonjour Amélie,

Voici les nouvelles offres correspondant à votre alerte « contrôleur de gestion - Bruxelles + 30 km » :

Contrôleur de gestion junior - Zaventem - CDI
Financial Controller (FR/NL) - Anderlecht - via interim
Business Controller - Louvain-la-Neuve - Temps plein
Contrôleur financier - Mons - Secteur public
... et 8 autres offres

Voir toutes les offres : https://www.jobat.example.be/fr/alertes/88123

Vous recevez cet e-mail car vous avez créé une alerte emploi. Se désinscrire.
""", headers=dict(LIST, **{"List-Id": "Jobat alertes <alertes.jobat.example.be>"}), cte="quoted-printable"),
    M("other", "stepstone_be_digest", "fr",
      "StepStone.be <info@stepstone.example.be>", "Amélie, ces entreprises recrutent près de chez vous",
      """<p>Offres du jour</p>""", html_only=True, headers=LIST,
      html="""<html><body style="margin:0;background:#f4f4f4"><table align="center" width="600" style="background:#fff;font-family:Arial"><tr><td style="padding:16px"><img src="https://cdn.stepstone.example.be/logo.png" alt="StepStone"></td></tr><tr><td style="padding:16px;font-size:15px">Bonjour Amélie,<br>Ces offres pourraient vous intéresser :</td></tr><tr><td style="padding:8px 16px"><a href="https://www.stepstone.example.be/r?id=1&utm_source=mail">Treasury Analyst - Bruxelles</a><br><small>Banque privée · 4 jours</small></td></tr><tr><td style="padding:8px 16px"><a href="https://www.stepstone.example.be/r?id=2&utm_source=mail">Analyste FP&amp;A - Gand</a><br><small>Retail · 1 jour</small></td></tr><tr><td style="padding:8px 16px"><a href="https://www.stepstone.example.be/r?id=3&utm_source=mail">Internal Auditor - Liège</a><br><small>Industrie · Nouveau</small></td></tr><tr><td style="padding:16px;font-size:11px;color:#999">Vous ne souhaitez plus recevoir ces e-mails ? <a href="https://www.stepstone.example.be/unsub">Désabonnez-vous</a>.</td></tr></table></body></html>"""),
    M("other", "apec_newsletter_refus", "fr",
      "APEC - Le Mag <newsletter@apec.example.fr>", "Refus après entretien : comment rebondir ?",
      """LE MAG DES CADRES - N°214

À la une : Refus après entretien, comment rebondir ?
« Nous sommes au regret de vous informer que votre candidature n'a pas été retenue… » Ce message, tous les cadres en recherche l'ont reçu. Nos conseillers vous expliquent comment demander un feedback, analyser vos entretiens et relancer votre recherche.

Aussi dans ce numéro :
- Entretien vidéo : les 7 erreurs à éviter
- Vous avez manqué un entretien ? Comment vous excuser
- Salaires 2026 des métiers de la finance

Lire le magazine : https://www.apec.example.fr/mag/214

Vous recevez cette lettre car vous êtes inscrit(e) sur apec.fr. Se désabonner.
""", headers=dict(LIST, **{"List-Id": "Le Mag APEC <mag.apec.example.fr>"})),
    M("other", "forem_newsletter_formations", "fr",
      "Le Forem <info@forem.example.be>", "Formations gratuites en finance et comptabilité - inscriptions ouvertes",
      """Bonjour,

Le Forem vous propose de nouvelles formations qualifiantes :
- Consolidation IFRS (Namur, 5 jours)
- Power BI pour contrôleurs de gestion (en ligne)
- Néerlandais des affaires - niveau B1

Séance d'information le 14 octobre à 10h. Inscription en ligne.

Le Forem - Service Formation
Pour ne plus recevoir nos communications, cliquez ici.
""", headers=LIST, charset="iso-8859-1", cte="quoted-printable"),
    M("other", "inmail_chasseur_sans_rdv", "fr",
      "Maxime Claessens via LinkedIn <inmail-hit-reply@linkedin.example.com>", "Maxime vous a envoyé un message",
      """Maxime Claessens
Partner chez Claessens & Wouters | Finance & Legal Search

Bonjour Amélie,

J'ai parcouru votre profil avec intérêt : votre passage de l'audit vers le contrôle de gestion est un parcours que nos clients apprécient beaucoup.

Nous accompagnons actuellement plusieurs groupes industriels en Wallonie sur des fonctions de Business Controller et de FP&A Manager. Si vous le souhaitez, n'hésitez pas à m'envoyer votre CV à jour, je le garderai précieusement pour nos prochaines missions.

Belle journée,
Maxime

Répondre · Voir le profil
Vous recevez des InMails sur LinkedIn. Se désabonner.
"""),
    M("other", "podcast_interview", "fr",
      "Chloé Vanderhaegen <chloe@chiffresetsens-podcast.example.be>", "Interview pour le podcast Chiffres & Sens ?",
      """Bonjour Amélie,

Je suis tombée sur votre post LinkedIn sur la reconversion de l'audit vers le FP&A et il m'a beaucoup parlé ! J'anime Chiffres & Sens, un podcast sur les métiers de la finance en Belgique.

Est-ce que vous seriez partante pour une interview d'environ 40 minutes, enregistrée à distance, début juin ? Pas de préparation lourde, on discute simplement de votre parcours.

Belle journée,
Chloé
Chiffres & Sens - le podcast
"""),
    M("other", "entretien_utilisateur_banque", "fr",
      "Équipe UX - Banque Sambre <ux-recherche@banquesambre.example.be>", "Participez à un entretien utilisateur (bon de 30 €)",
      """Bonjour Amélie,

Nous améliorons notre application mobile et recherchons des client·e·s pour un entretien utilisateur de 45 minutes en visio. Nous aimerions comprendre comment vous gérez votre budget au quotidien.

Créneaux disponibles du 3 au 7 novembre. En remerciement, vous recevrez un bon d'achat de 30 €.

Je participe : https://banquesambre.example.be/ux/inscription

L'équipe Recherche utilisateur
Banque Sambre
""", headers=LIST),
    M("other", "amie_refus_elle", "fr",
      "Inès Boukhari <ines.boukhari@example.com>", "bon ben c'est mort",
      """Coucou ma belle,

Juste pour te dire : j'ai reçu la réponse de Solvane ce matin, ils ne me prennent pas pour le poste de comptable 😭 « nous avons décidé de poursuivre avec d'autres candidats », le classique. Après trois entretiens, franchement ça pique.

Bref, apéro vendredi pour me remonter le moral ? Et toi, t'as des nouvelles de tes entretiens ?

Bisous
Inès
"""),
    M("other", "bpost_colis_retard", "fr",
      "bpost <noreply@bpost.example.be>", "Votre colis a du retard",
      """Bonjour,

Malheureusement, votre colis 3232 7801 4456 9912 de Zalando est retardé. Nous faisons le nécessaire pour vous le livrer dès que possible.

Nouvelle date de livraison prévue : mercredi 21 octobre.

Suivez votre envoi : https://track.bpost.example.be/3232780144569912

bpost
""", cte="quoted-printable"),
    M("other", "dpd_creneau", "fr",
      "DPD Belgium <notification@dpd.example.be>", "Votre livraison DPD est prévue demain entre 10:14 et 11:14",
      """Bonjour Amélie Vandenbroucke-Diallo,

Votre colis de Decathlon sera livré demain entre 10:14 et 11:14.

Vous n'êtes pas disponible ? Modifiez votre livraison : choisissez un autre jour, un Pickup point ou un voisin.

DPD Predict
"""),
    M("other", "taxonweb_avertissement", "fr",
      "SPF Finances <noreply@minfin.example.be>", "Nouveau document dans MyMinfin",
      """Madame,

Un nouveau document est disponible dans votre dossier MyMinfin : Avertissement-extrait de rôle - exercice d'imposition 2026.

Consultez-le via www.myminfin.example.be (connexion avec itsme ou votre carte d'identité).

Ceci est un message automatique. Merci de ne pas y répondre.

SPF Finances
""", charset="iso-8859-1", cte="8bit"),
    M("other", "mutuelle_remboursement", "fr",
      "Solidaris Sud <info@mutuelle-sud.example.be>", "Votre remboursement a été effectué",
      """Bonjour Madame Vandenbroucke-Diallo,

Nous avons procédé au remboursement de vos soins (kinésithérapie, 6 séances) pour un montant de 87,60 €. Le virement sera visible sur votre compte d'ici 2 à 3 jours ouvrables.

Votre mutualité
"""),
    M("other", "commune_carte_identite", "fr",
      "Commune d'Etterbeek - Population <population@etterbeek.example.be>", "Votre nouvelle carte d'identité est prête",
      """Madame,

Votre carte d'identité électronique est disponible au service Population. Présentez-vous muni(e) de votre ancienne carte et de la lettre contenant les codes PIN/PUK, sans rendez-vous, du lundi au vendredi de 8h30 à 12h30.

Service Population - Commune d'Etterbeek
""", charset="windows-1252", cte="quoted-printable"),
    M("other", "banque_carte_credit_recue", "fr",
      "Banque Sambre <service@banquesambre.example.be>", "Nous avons bien reçu votre demande de carte de crédit",
      """Bonjour Amélie,

Nous avons bien reçu votre demande de carte de crédit Visa Gold. Votre dossier est en cours d'analyse ; vous recevrez une réponse sous 5 jours ouvrables.

Merci de votre confiance,
Banque Sambre
Ceci est un message automatique.
""", cte="quoted-printable"),
    M("other", "assurance_auto_refus", "fr",
      "AssurDirect <devis@assurdirect.example.be>", "Votre demande d'assurance auto",
      """Madame,

Nous vous remercions pour votre demande de devis d'assurance auto pour votre véhicule Peugeot 208.

Après analyse de votre dossier, nous regrettons de ne pouvoir donner une suite favorable à votre demande, le véhicule ne correspondant pas à nos critères d'acceptation actuels.

Cordialement,
Le service Souscription
AssurDirect
"""),
    M("other", "appartement_refus_agence", "fr",
      "Immo Flagey <location@immoflagey.example.be>", "Appartement rue du Bailli - votre candidature",
      """Bonjour Madame,

Merci pour votre visite de l'appartement 2 chambres rue du Bailli et pour votre dossier complet.

Malheureusement, le propriétaire a choisi un autre candidat locataire. Nous vous tiendrons informée si un bien similaire se libère dans le quartier.

Bien à vous,
Sandra
Immo Flagey
02 640 11 22
"""),
    M("other", "universite_admission_certificat", "fr",
      "UCLouvain - Formation continue <admission-fc@uclouvain.example.be>", "Décision d'admission - Certificat d'université en ESG Reporting",
      """Madame,

Nous avons le plaisir de vous informer que votre demande d'admission au Certificat d'université en ESG Reporting & Finance durable (année académique 2026-2027) a été acceptée.

Les cours débutent le 25 septembre 2026. Merci de vous acquitter des droits d'inscription avant le 1er septembre.

Le Service des admissions - Formation continue
""", charset="iso-8859-1", cte="quoted-printable"),
    M("other", "sncb_train_supprime", "fr",
      "SNCB <noreply@sncb.example.be>", "Perturbation sur votre trajet Bruxelles-Midi - Liège-Guillemins",
      """Bonjour,

Votre train IC 3112 de 07:33 (Bruxelles-Midi → Liège-Guillemins) est supprimé en raison d'un problème technique. Nous vous conseillons de prendre le train IC 3114 de 08:03.

Nous vous prions de nous excuser pour le désagrément.

SNCB
"""),
    M("other", "proximus_facture", "fr",
      "Proximus <noreply@proximus.example.be>", "Votre facture Proximus d'octobre est disponible",
      """Bonjour Amélie,

Votre facture de 64,99 € est disponible dans MyProximus. Elle sera domiciliée le 28/10.

Merci d'être client Proximus.
""", html="""<div style="font-family:Arial"><img src="https://cdn.proximus.example.be/logo.png" alt="Proximus"><p>Bonjour Amélie,</p><p>Votre facture de <b>64,99 €</b> est disponible dans <a href="https://myproximus.example.be">MyProximus</a>. Elle sera domiciliée le 28/10.</p></div>"""),
    M("other", "salle_sport_coach_reporte", "fr",
      "Basic-Form Ixelles <ixelles@basicform.example.be>", "Ta séance de coaching est déplacée",
      """Hello Amélie !

Ton coach Yassine est malade demain : ta séance de coaching perso de 18h est annulée et reprogrammée jeudi à 18h. Si ça ne te convient pas, réponds simplement à ce mail.

Sportivement,
L'équipe Basic-Form Ixelles
"""),
    M("other", "cours_neerlandais_test_niveau", "fr",
      "Huis van het Nederlands Brussel <info@huisnederlands.example.be>", "Convocation - test de niveau néerlandais",
      """Bonjour Madame,

Vous êtes attendue pour votre test de positionnement en néerlandais le mardi 13 janvier à 17h30, rue Saint-Jean 28. Un entretien individuel suivra le test écrit afin de vous orienter vers le cours adapté.

Tot dan!
Huis van het Nederlands
"""),
    M("other", "alumni_solvay_afterwork", "fr",
      "Alumni Solvay <events@alumni-solvay.example.be>", "Afterwork Finance & Carrières - 19 mars",
      """Chers alumni,

Rejoignez-nous le jeudi 19 mars pour un afterwork « Finance & Carrières » : retours d'expérience de trois CFO, conseils pour négocier une offre et réseautage.

Inscription gratuite pour les membres.

Solvay Alumni Association
""", headers=dict(LIST, **{"List-Id": "Alumni Events <events.alumni-solvay.example.be>"})),
    M("other", "ooo_recruteuse_fr", "fr",
      "Hélène Carpentier <helene.carpentier@vanhove-associes.example.be>", "Réponse automatique : Disponibilités entretien",
      """Bonjour,

Je suis absente du bureau jusqu'au lundi 20 avril inclus, avec un accès limité à mes e-mails. Pour toute urgence concernant un recrutement, merci de contacter recruitment@vanhove-associes.example.be.

Bien à vous,
Hélène Carpentier
""", headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}, reply=True),
    M("other", "calendar_standup_mission", "fr",
      "Google Agenda <calendar-notification@google.example.com>", "Rappel : Stand-up équipe clôture @ lun. 5 oct. 2026 09:30 - 09:45",
      """Stand-up équipe clôture
lundi 5 octobre 2026 ⋅ 09:30 – 09:45 (heure d'Europe centrale)
Google Meet : https://meet.google.com/xyz-abcd-efg

Organisateur : Thomas Peeters
Invités : équipe finance mission Brasserie

Invitation de Google Agenda. Vous recevez cet e-mail car vous êtes invitée à cet événement.
""", ics=ics("standup-cloture-recurring@google.example.com", "Stand-up équipe clôture",
             "20261005T073000Z", "20261005T074500Z", "thomas.peeters@brasseriedusablon.example.be")),
    M("other", "envoi_candidature_spontanee", "fr",
      ME_FULL, "Candidature spontanée - Contrôleuse de gestion",
      """Madame, Monsieur,

Actuellement management accountant et ancienne senior en audit, je me permets de vous adresser ma candidature spontanée pour un poste de contrôleuse de gestion ou de business partner finance au sein de votre groupe.

Vous trouverez mon CV en pièce jointe. Je serais ravie de pouvoir échanger avec vous lors d'un entretien.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Amélie Vandenbroucke-Diallo
+32 475 00 11 22
""", to="Recrutement Vervier Industries <jobs@vervier-industries.example.be>", attach="CV_Amelie_VDB.pdf"),
]
