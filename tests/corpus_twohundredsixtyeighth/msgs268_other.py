"""Corpus 268 – everything else (52): the candidate's own mail, job alerts, newsletters, advice,
press and research requests, deliveries, friends, bank, landlord, school, doctor, out-of-office
replies, network notifications and refused study places.  Each written by hand."""

from __future__ import annotations

from msgs268_common import (
    CAND,
    digest,
    forwarded,
    outlook,
    outlook_html,
    page,
    paras,
    reply,
)

MESSAGES: list[dict] = []


def add(**spec: object) -> None:
    spec.setdefault("kind", "other")
    spec.setdefault("company", "")
    MESSAGES.append(spec)


def bulk(list_id: str, unsub: str, mailto: str) -> list[tuple[str, str]]:
    return [("List-Id", list_id), ("List-Unsubscribe", f"<{unsub}>, <mailto:{mailto}>"),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")]


CHLOE = ("Chloé Pittet", "chloe.pittet@lemanix.example.ch")

# ============================================================================ français
# ----------------------------------------------------------------------------- her own mail

t = """Bonjour Chloé,

Je tenais à vous remercier, ainsi que Yannick et Inès, pour l'entretien d'hier après-midi. La mise en situation était un vrai plaisir – j'ai retrouvé l'ambiance du guichet un samedi matin !

Ce que vous m'avez décrit de l'équipe et de la manière dont vous accompagnez les clients les premiers mois me motive encore davantage. Je reste à votre disposition pour toute information complémentaire.

Belle journée,
Mathilde Okeke-Zürcher
079 555 14 62
"""
add(slug="own_thankyou_lemanix", lang="fr", contact="", frm=CAND, to=[CHLOE],
    subject="Merci pour l'entretien d'hier", date="2026-08-06T08:14:00+02:00",
    key="lx_thanks", parent="lx_panel2", text=t)

t = """Madame, Monsieur,

Employée au guichet d'un office postal lausannois depuis neuf ans, je souhaite aujourd'hui mettre mon expérience de la relation client au service d'une banque régionale. C'est pourquoi je vous adresse ma candidature pour un poste de conseillère clientèle.

Au quotidien, je conseille une clientèle très variée, traite des opérations de paiement et gère les réclamations avec calme et précision. Je parle couramment français, allemand, anglais et espagnol.

Vous trouverez ci-joint mon CV. Je serais heureuse de vous présenter ma motivation lors d'un entretien.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Mathilde Okeke-Zürcher
Chemin de Montelly 28, 1007 Lausanne
079 555 14 62
"""
CV = {"name": "CV_Mathilde_Okeke-Zurcher.pdf", "title": "Mathilde Okeke-Zürcher – CV",
      "lines": ["Chemin de Montelly 28, 1007 Lausanne · 079 555 14 62 · mathilde.oz@example.ch",
                "", "Expérience", "2017–2026  Employée de guichet, office postal de Lausanne-Gare",
                "2014–2017  Vendeuse-conseil, librairie, Lausanne", "", "Formation",
                "CFC d'employée de commerce · Cours Customer Success Foundations (en ligne)",
                "", "Langues", "Français, allemand (C1), anglais (C1), espagnol (B2)"]}
add(slug="own_application_jorat_cv", lang="fr", contact="", frm=CAND,
    to=[("Ressources humaines", "rh@jorat.example.ch")], enc={"from": ("iso-8859-1", "Q")},
    subject="Candidature spontanée – Conseillère clientèle", date="2026-04-03T17:20:00+02:00",
    key="jorat_app", text=t, attach=[CV])

t = """Bonjour Monsieur Mercier,

J'ai réservé hier un créneau pour le mardi 24 février à 10h00 via votre outil de planification. Je viens malheureusement d'apprendre que je dois remplacer une collègue au guichet ce jour-là.

Serait-il possible de déplacer notre entretien au vendredi 27 février, idéalement l'après-midi ? Je suis désolée pour ce changement et vous remercie de votre compréhension.

Meilleures salutations,
Mathilde Okeke-Zürcher
"""
add(slug="own_reschedule_request_tessera", lang="fr", contact="", frm=CAND,
    to=[("Julien Mercier", "julien.mercier@tessera.example.fr")],
    subject="Demande de report – entretien du 24 février", date="2026-02-20T07:52:00+01:00",
    key="tessera_req", parent="tessera_link", text=t, cte="quoted-printable")

t = reply("""Bonjour Madame Pittet,

Merci beaucoup pour votre message. Jeudi 16 juillet à 10h00 me convient parfaitement, je serai joignable au 079 555 14 62.

Meilleures salutations,
Mathilde Okeke-Zürcher""", "fr", "mar. 14 juil. 2026 à 11:26", *CHLOE, """Bonjour Mathilde,

Merci pour votre candidature au poste de Customer Success Manager junior.
[...] nous aimerions faire connaissance lors d'un premier échange
téléphonique d'une trentaine de minutes.

Je vous propose jeudi 16 juillet à 10h00.""")
add(slug="own_confirmation_quoting_invite", lang="fr", contact="", frm=CAND, to=[CHLOE],
    enc={"from": ("utf-8", "B"), "to": ("utf-8", "B")},
    subject="Re: Lémanix – échange téléphonique pour le poste de Customer Success Manager",
    date="2026-07-14T16:02:00+02:00", key="lx_confirm", parent="lx_screen", text=t)

t = """Madame Bovard,

Je vous remercie sincèrement pour votre proposition et pour la confiance que vous me témoignez.

Après mûre réflexion, je me vois contrainte de la décliner : le taux de 80 % et le salaire proposé ne me permettent pas de quitter mon poste actuel dans de bonnes conditions. Cette décision n'a pas été facile, tant l'accueil de votre équipe m'a plu.

Je vous souhaite de trouver rapidement la bonne personne et vous adresse mes meilleures salutations.

Mathilde Okeke-Zürcher

""" + outlook("fr", "Nathalie Bovard <nathalie.bovard@jorat.example.ch>", "mardi 12 mai 2026 11:05", "",
              "Suite à notre appel – proposition de poste", """Madame Okeke-Zürcher,

Comme je vous l'ai annoncé ce matin au téléphone, nous avons le plaisir de vous proposer le poste de Conseillère clientèle à 80 % dans notre agence du Mont-sur-Lausanne. [...] Pourriez-vous nous donner votre réponse d'ici au mercredi 20 mai ?""")
add(slug="own_declines_jorat_offer", lang="fr", contact="", frm=CAND,
    to=[("Nathalie Bovard", "nathalie.bovard@jorat.example.ch")],
    subject="RE: Suite à notre appel – proposition de poste", date="2026-05-19T21:30:00+02:00",
    key="jorat_decline", parent="jorat_offer", text=t, cte="quoted-printable",
    html=outlook_html(paras(t), "fr"))

t = """Madame Huguenin,

C'est avec un vif intérêt que j'ai découvert votre annonce pour le poste de Coordinatrice service client boutiques. L'univers horloger m'attire depuis longtemps, et neuf années au guichet m'ont appris à accueillir chaque client avec patience, qu'il vienne pour un recommandé ou pour une réclamation délicate.

Mon allemand courant me permettrait de suivre aussi les boutiques alémaniques, et mon anglais les clients internationaux.

Je vous joins mon CV et me tiens à votre disposition pour un entretien.

Avec mes salutations les meilleures,
Mathilde Okeke-Zürcher
079 555 14 62
"""
add(slug="own_application_brenet", lang="fr", contact="", frm=CAND,
    to=[("Fabienne Huguenin", "fabienne.huguenin@brenet.example.ch")],
    subject="Candidature – Coordinatrice service client boutiques",
    date="2026-05-19T18:33:00+02:00", key="brenet_app",
    text=t, html=outlook_html(paras(t), "fr"), attach=[CV])

# ----------------------------------------------------------------------------- alerts & news

t = """Bonjour Mathilde,

Voici les nouvelles offres correspondant à votre alerte « Customer Success – Lausanne (20 km) » :

1. Customer Success Manager (80-100 %) – Vaudaire Software, Lausanne
   https://emploi-leman.example.ch/offre/118230
2. Conseiller·ère service clients – Lavaux Assurances, Pully
   https://emploi-leman.example.ch/offre/118244
3. Chargée de relation clientèle – Banque Privée Rhône-Salève, Genève
   https://emploi-leman.example.ch/offre/118251
4. Support Specialist Onboarding – Lémanix, Lausanne
   https://emploi-leman.example.ch/offre/118262
5. Assistante service après-vente – Horlogerie Dufaux, Le Sentier
   https://emploi-leman.example.ch/offre/118270

Voir les 7 autres offres : https://emploi-leman.example.ch/alertes/4471/resultats

Astuce de la semaine : après un entretien, un court message de remerciement envoyé dans les 24 heures fait toujours bonne impression.

Vous recevez ce courriel car vous avez créé une alerte sur Emploi Léman.
Modifier l'alerte : https://emploi-leman.example.ch/alertes/4471
Se désabonner : https://emploi-leman.example.ch/desabonnement?u=4471
"""
items = [("Customer Success Manager (80-100 %)", "https://emploi-leman.example.ch/offre/118230", "Vaudaire Software · Lausanne"),
         ("Conseiller·ère service clients", "https://emploi-leman.example.ch/offre/118244", "Lavaux Assurances · Pully"),
         ("Chargée de relation clientèle", "https://emploi-leman.example.ch/offre/118251", "Banque Privée Rhône-Salève · Genève"),
         ("Support Specialist Onboarding", "https://emploi-leman.example.ch/offre/118262", "Lémanix · Lausanne"),
         ("Assistante service après-vente", "https://emploi-leman.example.ch/offre/118270", "Horlogerie Dufaux · Le Sentier")]
add(slug="alert_emploi_leman_digest", lang="fr", contact="",
    frm=("Emploi Léman", "alertes@emploi-leman.example.ch"),
    subject="12 nouvelles offres pour « Customer Success » – Lausanne",
    date="2026-02-04T06:30:00+01:00", text=t,
    html=digest("12 nouvelles offres pour vous", "<p>Bonjour Mathilde,</p><p>Voici les nouvelles offres correspondant à votre alerte « Customer Success – Lausanne (20 km) »&nbsp;:</p>",
                items, '<p><a href="https://emploi-leman.example.ch/alertes/4471/resultats">Voir les 7 autres offres</a></p><p><b>Astuce de la semaine&nbsp;:</b> après un entretien, un court message de remerciement envoyé dans les 24 heures fait toujours bonne impression.</p>',
                'Vous recevez ce courriel car vous avez créé une alerte sur Emploi Léman. <a href="https://emploi-leman.example.ch/alertes/4471">Modifier l\'alerte</a> · <a href="https://emploi-leman.example.ch/desabonnement?u=4471">Se désabonner</a>', "fr"),
    headers=bulk("Alertes emploi <alertes.emploi-leman.example.ch>",
                 "https://emploi-leman.example.ch/desabonnement?u=4471",
                 "unsubscribe@emploi-leman.example.ch"))

t = """CARRIÈRE ROMANDE – La lettre du mercredi

5 raisons pour lesquelles votre candidature est refusée (et comment y remédier)

« Nous avons le regret de vous informer… » : qui n'a jamais reçu ce genre de réponse ? Un refus n'est pas une fatalité. Voici les erreurs que les recruteurs romands citent le plus souvent.

1. Un CV générique. Adaptez-le à chaque offre : les logiciels de tri cherchent les mots de l'annonce.
2. Une lettre qui parle de vous, pas de l'entreprise.
3. Des lacunes non expliquées. Une reconversion se raconte, elle ne se cache pas.
4. Aucune relance. Un message poli une semaine après l'entretien montre votre intérêt.
5. Des références injoignables.

Lire l'article complet : https://carriere-romande.example.ch/articles/refus-candidature

À lire aussi : « Se reconvertir après septante ans : est-ce encore possible ? »
https://carriere-romande.example.ch/articles/reconversion-seniors

Vous recevez cette lettre car vous êtes abonnée à Carrière Romande.
Se désabonner : https://carriere-romande.example.ch/newsletter/unsubscribe?id=88213
"""
add(slug="newsletter_why_rejected", lang="fr", contact="",
    frm=("Carrière Romande", "lettre@carriere-romande.example.ch"),
    subject="5 raisons pour lesquelles votre candidature est refusée (et comment y remédier)",
    date="2026-03-18T07:00:00+01:00", text=t, cte="quoted-printable",
    html=page(paras(t), "fr", title="Carrière Romande"),
    headers=bulk("La lettre du mercredi <mercredi.carriere-romande.example.ch>",
                 "https://carriere-romande.example.ch/newsletter/unsubscribe?id=88213",
                 "desabonnement@carriere-romande.example.ch"))

h = digest("Entretien vidéo : les 7 règles d'or",
           "<p>Bonjour,</p><p>Un entretien sur Teams ou Zoom ne se prépare pas comme un rendez-vous en face à face. Nos consultant·e·s ont rassemblé les conseils qui font la différence.</p>",
           [("1. Testez votre connexion la veille", "https://interimplus.example.ch/mag/video-1", "Et gardez le numéro du recruteur à portée de main si le lien ne fonctionne pas."),
            ("2. Regardez la caméra, pas l'écran", "https://interimplus.example.ch/mag/video-2", "C'est là que votre interlocuteur croise votre regard."),
            ("3. Soignez l'arrière-plan", "https://interimplus.example.ch/mag/video-3", "Un mur neutre vaut mieux qu'un flou artificiel."),
            ("4. Connectez-vous cinq minutes avant", "https://interimplus.example.ch/mag/video-4", "Un retard en ligne se remarque encore plus qu'au bureau."),
            ("5 à 7. Lire la suite", "https://interimplus.example.ch/mag/entretien-video", "Posture, notes et relance après l'entretien.")],
           "<p>Nos agences de Genève et Nyon vous accueillent du lundi au vendredi.</p>",
           'Le Mag\' Interim Plus · <a href="https://interimplus.example.ch/mag/desinscription">Se désinscrire</a>', "fr", accent="#d35400")
add(slug="agency_mag_video_interview_html", lang="fr", contact="",
    frm=("Le Mag' Interim Plus", "newsletter@interimplus.example.ch"),
    subject="Entretien vidéo : les 7 règles d'or", date="2026-04-22T10:00:00+02:00",
    text=None, html=h, html_cte="base64",
    headers=bulk("Le Mag <mag.interimplus.example.ch>",
                 "https://interimplus.example.ch/mag/desinscription",
                 "desinscription@interimplus.example.ch"))

t = """Bonjour Mathilde,

Je produis « Virages », un podcast romand qui donne la parole à des personnes ayant changé de métier. Une amie commune, Léonie Blanc, m'a parlé de votre passage du guichet postal au customer success, et je trouve votre histoire passionnante.

Accepteriez-vous de nous accorder une interview d'environ 45 minutes ? L'enregistrement se fait dans notre petit studio du Flon, à Lausanne, ou à distance si vous préférez. Nous parlerions des entretiens d'embauche, des refus, et de ce qui vous a finalement permis de décrocher votre nouveau poste.

L'épisode serait diffusé en novembre. Bien sûr, vous relirez le résumé avant publication.

Au plaisir de vous lire,

Anouk Berthoud
Productrice – Virages, le podcast des reconversions
virages.example.ch
"""
add(slug="podcast_interview_request", lang="fr", contact="anouk@virages.example.ch",
    frm=("Anouk Berthoud", "anouk@virages.example.ch"),
    subject="Invitation : interview pour le podcast « Virages »",
    date="2026-09-15T13:20:00+02:00", text=t)

t = """Bonjour Mathilde,

Vous utilisez PayLéman depuis plus d'un an, et nous aimerions beaucoup avoir votre avis sur la nouvelle fonction de partage de frais.

Nous organisons des entretiens utilisateurs de 30 minutes en visioconférence entre le 8 et le 12 juin. Il n'y a pas de bonne ou de mauvaise réponse : nous testons l'application, pas vous !

Pour vous remercier, vous recevrez un bon d'achat de CHF 50.

Choisir un créneau : https://research.payleman.example.ch/creneaux?p=mz41

Merci d'avance,
Julie Grandjean
UX Research · PayLéman
"""
add(slug="user_research_interview", lang="fr", contact="julie.grandjean@payleman.example.ch",
    frm=("Julie Grandjean", "julie.grandjean@payleman.example.ch"),
    subject="Participez à un entretien utilisateur (bon de CHF 50)",
    date="2026-05-28T14:00:00+02:00", text=t, html=page(paras(t), "fr"))

t = """Bonjour,

Malheureusement, la livraison de votre colis n° 99.60.123456.78901234 est retardée en raison d'un volume d'envois exceptionnel dans notre centre de tri.

Nouvelle date de livraison prévue : lundi 5 octobre 2026, entre 8h00 et 12h00.
Destinataire : Mme Okeke-Zürcher, Chemin de Montelly 28, 1007 Lausanne

Vous pouvez suivre votre envoi ou choisir un autre lieu de retrait : https://suivi.swisscolis.example.ch/99601234567890

Nous vous prions de nous excuser pour ce contretemps.
Votre équipe SwissColis

Ce message est généré automatiquement, merci de ne pas y répondre.
"""
add(slug="parcel_delayed_unfortunately", lang="fr", contact="",
    frm=("SwissColis", "notifications@swisscolis.example.ch"),
    subject="Malheureusement, votre colis est retardé", enc={"subject": ("iso-8859-1", "B")},
    date="2026-10-02T06:45:00+02:00", text=t, charset="iso-8859-1", cte="quoted-printable",
    headers=[("Auto-Submitted", "auto-generated")])

t = """Bonjour Mathilde,

Votre traceur « Vélo Mathilde » a signalé une nouvelle position le 27 septembre 2026 à 18:42 :

Position : Place de la Riponne, 1005 Lausanne
Coordonnées GPS : 46.5235 N, 6.6328 E (précision 8 m)
Niveau de batterie : 23 %

Si ce déplacement n'est pas de votre fait, activez le mode « Vol » dans l'application pour recevoir la position toutes les deux minutes.

Voir sur la carte : https://app.localisemoi.example.ch/map/tr-5521

L'équipe Localise-moi
"""
add(slug="bike_tracker_position", lang="fr", contact="",
    frm=("Localise-moi", "no-reply@localisemoi.example.ch"),
    subject="Nouvelle position de « Vélo Mathilde »", date="2026-09-27T18:43:00+02:00",
    text=t, html=page(paras(t), "fr"), headers=[("Auto-Submitted", "auto-generated")])

t = """Coucou Mathilde,

Bon, rebelote : j'ai reçu ce matin la réponse de la fiduciaire de Morges. « Nous avons décidé de poursuivre avec un autre candidat » et blablabla. Trois entretiens pour ça, je suis dégoûtée.

Je sais que toi aussi tu enchaînes les candidatures en ce moment, alors je me disais qu'on pourrait se motiver mutuellement. Samedi, brunch chez moi ? J'apporte les croissants, tu apportes ta bonne humeur 😉

Et raconte-moi où tu en es avec la boîte de Lausanne dont tu m'avais parlé !

Bisous,
Sabrina
"""
add(slug="friend_tells_own_rejection", lang="fr", contact="sabrina.chevalley@bluemail.example.ch",
    frm=("Sabrina Chevalley", "sabrina.chevalley@bluemail.example.ch"),
    subject="Encore un refus…", date="2026-04-16T12:58:00+02:00", text=t)

t = """Bonjour Madame Okeke-Zürcher,

Je me permets de vous contacter après avoir consulté votre profil sur Réseaupro. Votre parcours – près de dix ans de relation client au guichet et une reconversion en cours vers le customer success – correspond au type de profils que recherchent plusieurs de nos clients, éditeurs de logiciels et banques privées de l'Arc lémanique.

Je n'ai pas de poste précis à vous proposer aujourd'hui, mais j'aimerais vous ajouter à notre réseau de candidats afin de pouvoir penser à vous dès qu'un mandat adapté se présentera.

Si cela vous intéresse, il vous suffit de me renvoyer votre CV à jour.

Bien cordialement,

Thibault Rey
Partner – Alpes Talent Partners
Rue de Bourg 20, 1003 Lausanne
+41 21 555 60 70
"""
add(slug="headhunter_cold_approach", lang="fr", contact="thibault.rey@alpestalent.example.ch",
    frm=("Thibault Rey", "thibault.rey@alpestalent.example.ch"),
    subject="Votre profil – opportunités Customer Success en Suisse romande",
    date="2026-06-24T08:55:00+02:00", text=t, html=outlook_html(paras(t), "fr"))

t = """Madame Okeke-Zürcher,

Votre relevé trimestriel des positions au 30 juin 2026 est disponible dans votre e-banking, rubrique Documents.

Il récapitule l'ensemble de vos positions (compte privé, compte épargne et dépôt de prévoyance 3a) ainsi que les mouvements du trimestre.

Nous vous rappelons que votre conseiller, M. Frédéric Cosandey, se tient à votre disposition pour un rendez-vous de bilan annuel, en agence ou par vidéo.

Avec nos meilleures salutations,
Banque du Gros-de-Vaud

Ce courriel est envoyé automatiquement. Pour votre sécurité, nous ne vous demanderons jamais vos codes d'accès par e-mail.
"""
add(slug="bank_positions_statement", lang="fr", contact="",
    frm=("Banque du Gros-de-Vaud", "e-banking@bgdv.example.ch"),
    subject="Votre relevé de positions au 30 juin 2026 est disponible",
    date="2026-07-03T05:10:00+02:00", text=t,
    html=page(paras(t), "fr"), html_cte="base64", headers=[("Auto-Submitted", "auto-generated")])

t = """Madame,

Nous vous informons que l’entreprise Chauffage Bersier passera le mardi 22 septembre entre 8h00 et 12h00 pour le contrôle annuel des radiateurs de votre appartement (Chemin de Montelly 28, 3e étage).

Merci de nous confirmer que quelqu’un sera présent à ce rendez-vous, ou de déposer une clé à la conciergerie d’ici au lundi 21 septembre.

Par ailleurs, suite au marquage du parking, la position de votre place n° 14 change : elle se trouve désormais au fond à gauche, près du local à vélos.

Avec nos meilleures salutations,

Patricia Jaquier
Gérance – Régie Montbenon
Avenue de Montbenon 4 – 1003 Lausanne
021 555 80 90
"""
add(slug="landlord_appointment_and_position", lang="fr", contact="p.jaquier@regie-montbenon.example.ch",
    frm=("Patricia Jaquier", "p.jaquier@regie-montbenon.example.ch"),
    subject="Rendez-vous contrôle des radiateurs – Montelly 28",
    enc={"subject": ("windows-1252", "Q"), "to": ("windows-1252", "Q")},
    date="2026-09-10T10:12:00+02:00", text=t, charset="windows-1252", cte="8bit")

t = """Chère Madame Okeke-Zürcher,

Comme chaque fin de semestre, je propose aux parents un entretien individuel pour faire le point sur les progrès de leur enfant. Pour Noah, je vous propose le jeudi 29 janvier à 16h45, en classe (salle 12, bâtiment B).

Rassurez-vous, tout se passe bien : Noah participe volontiers et ses résultats en mathématiques sont excellents. J'aimerais surtout parler avec vous de la lecture et de l'organisation des devoirs.

Si l'horaire ne vous convient pas, indiquez-moi une autre disponibilité dans l'agenda de Noah ou par retour de courriel.

Avec mes meilleures salutations,

Claire Delacrétaz
Enseignante 6P
Établissement primaire de Montelly
"""
add(slug="school_parent_teacher_meeting", lang="fr",
    contact="claire.delacretaz@edu-vd.example.ch",
    frm=("Claire Delacrétaz", "claire.delacretaz@edu-vd.example.ch"),
    enc={"from": ("utf-8", "B")},
    subject="Entretien de fin de semestre pour Noah", date="2026-01-13T19:20:00+01:00", text=t)

t = """Bonjour Madame Okeke-Zürcher,

Nous vous rappelons votre rendez-vous du mardi 10 mars 2026 à 07h45 au Cabinet médical de la Borde, avec la Dre Sophie Rapin.

Merci d'apporter votre carte d'assurance. Si vous ne pouvez pas vous présenter, merci d'annuler le rendez-vous au moins 24 heures à l'avance en répondant au lien ci-dessous. Les rendez-vous manqués sans excuse peuvent être facturés.

Annuler ou déplacer : https://rdv.cabinet-laborde.example.ch/r/88Q2

Cabinet médical de la Borde
Rue de la Borde 29, 1018 Lausanne
"""
add(slug="doctor_appointment_reminder", lang="fr", contact="",
    frm=("Cabinet médical de la Borde", "rappels@cabinet-laborde.example.ch"),
    subject="Rappel de votre rendez-vous du 10 mars", date="2026-03-08T18:00:00+01:00",
    text=t, headers=[("Auto-Submitted", "auto-generated")])

t = """Bonjour,

Je suis absente du bureau jusqu'au lundi 1er juin inclus, sans accès à mes courriels.

Pour les questions urgentes concernant le recrutement, vous pouvez contacter Mme Karine Perrenoud au +41 32 555 18 71. Les candidatures reçues pendant mon absence seront traitées dès mon retour.

Meilleures salutations,
Fabienne Huguenin
Montres Brenet
"""
add(slug="out_of_office_brenet", lang="fr", contact="fabienne.huguenin@brenet.example.ch",
    frm=("Fabienne Huguenin", "fabienne.huguenin@brenet.example.ch"),
    subject="Réponse automatique : Candidature – Coordinatrice service client boutiques",
    date="2026-05-19T18:33:40+02:00", parent="brenet_app", text=t,
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])

t = """Bonjour Mathilde,

Votre profil a été consulté 14 fois cette semaine.

Parmi les visiteurs :
• une personne du service recrutement de Quadrivo (Genève)
• un·e Talent Partner d'une banque privée genevoise
• 12 autres membres

Offres qui pourraient vous intéresser :
– Customer Success Associate · Optimo Fintech · Neuchâtel
– Chargée de clientèle · Caisse d'Épargne du Jorat · Le Mont-sur-Lausanne

Voir qui a consulté votre profil : https://www.reseaupro.example.com/me/vues

Vous recevez ces notifications en tant que membre de Réseaupro.
Gérer les notifications : https://www.reseaupro.example.com/parametres/notifications
"""
add(slug="network_profile_views", lang="fr", contact="",
    frm=("Réseaupro", "notifications@reseaupro.example.com"),
    subject="Mathilde, votre profil a été consulté 14 fois cette semaine",
    date="2026-04-12T09:15:00+02:00", text=t, html=page(paras(t), "fr"),
    headers=bulk("Notifications Reseaupro <notifications.reseaupro.example.com>",
                 "https://www.reseaupro.example.com/parametres/notifications",
                 "unsubscribe@reseaupro.example.com"))

t = """Madame,

Nous vous remercions de votre candidature au CAS Customer Experience Management, volée 2026-2027.

La commission d'admission s'est réunie le 8 juin. Nous avons le regret de vous informer que votre candidature n'a pas pu être retenue : le nombre de places étant limité à vingt-quatre, la priorité a été donnée aux personnes titulaires d'un diplôme de niveau tertiaire ou justifiant d'une expérience en gestion d'équipe.

Vous avez la possibilité de vous inscrire sur liste d'attente ou de déposer une nouvelle candidature pour la volée de février 2027. Le module d'introduction « Fondamentaux de l'expérience client » reste par ailleurs ouvert sans condition d'admission.

Avec nos meilleures salutations,

Mélanie Bujard
Secrétariat de la formation continue
Haute École de Gestion du Lac
Avenue des Sports 20, 1400 Yverdon-les-Bains
"""
add(slug="continuing_education_refusal", lang="fr", contact="melanie.bujard@hegl.example.ch",
    frm=("Mélanie Bujard", "melanie.bujard@hegl.example.ch"),
    subject="CAS Customer Experience Management – décision d'admission",
    date="2026-06-10T15:30:00+02:00", text=t, cte="quoted-printable",
    html=page(paras(t), "fr"))

t = """Salut Mathilde,

Je suis tombé là-dessus dans la newsletter de ma boîte, ça m'a fait penser à toi. Le poste est à Neuchâtel, mais il y a deux jours de télétravail. Fonce !

K.

""" + forwarded("fr", "Optimo Fintech <news@optimo-fintech.example.ch>", "mar. 7 juil. 2026 à 08:00",
                "Offre d'emploi – Customer Success Specialist chez Optimo",
                "<karim.haddad@bluemail.example.ch>", """Nous recrutons ! Pour accompagner la croissance de notre plateforme de paiement pour PME, nous cherchons un·e Customer Success Specialist (80–100 %) à Neuchâtel.

Vous avez le sens du service, aimez expliquer simplement des choses compliquées et parlez français et allemand ? Envoyez votre candidature avant le 31 juillet. Les entretiens auront lieu fin août.

Postuler : https://optimo-fintech.example.ch/jobs/css-2026""")
add(slug="friend_forwards_job_ad", lang="fr", contact="karim.haddad@bluemail.example.ch",
    frm=("Karim Haddad", "karim.haddad@bluemail.example.ch"),
    subject="Fwd: Offre d'emploi – Customer Success Specialist chez Optimo",
    date="2026-07-07T12:40:00+02:00", text=t)

t = """PLACEMENT ROMAND · La lettre de septembre

Le marché de l'emploi romand en septante secondes

• Les procédures raccourcissent : deux entretiens au lieu de trois chez la plupart de nos clients du tertiaire.
• Les refus après entretien sont plus souvent motivés qu'il y a un an – demandez toujours un retour !
• Les postes en customer success ont augmenté de 18 % sur l'Arc lémanique depuis janvier.
• Nonante pour cent des entreprises interrogées acceptent désormais une journée de télétravail.

Nos offres de la semaine : https://placement-romand.example.ch/offres

Vous recevez cette lettre parce que vous êtes inscrite chez Placement Romand.
Se désabonner : https://placement-romand.example.ch/lettre/desabonnement?c=2207
"""
add(slug="agency_market_newsletter", lang="fr", contact="",
    frm=("Placement Romand", "newsletter@placement-romand.example.ch"),
    subject="Le marché de l'emploi romand en septante secondes",
    date="2026-09-08T07:30:00+02:00", text=t, cte="quoted-printable",
    html=page(paras(t), "fr"),
    headers=bulk("Lettre Placement Romand <lettre.placement-romand.example.ch>",
                 "https://placement-romand.example.ch/lettre/desabonnement?c=2207",
                 "desabonnement@placement-romand.example.ch"))

h = digest("Jobs Romandie – votre sélection du jour",
           "<p>Bonjour Mathilde,</p><p>Postulez en deux clics&nbsp;: votre CV est déjà enregistré. Les employeurs ci-dessous organisent leurs premiers entretiens dans les deux prochaines semaines.</p>",
           [("Customer Success Manager – Numeris", "https://jobs-romandie.example.ch/j/55120", "Neuchâtel · 100 % · publié il y a 2 jours"),
            ("Conseillère clientèle – Mutuelle Romande", "https://jobs-romandie.example.ch/j/55141", "Lausanne · 80–100 % · publié hier"),
            ("Service client boutiques – Montres Brenet", "https://jobs-romandie.example.ch/j/55177", "Le Locle · 100 % · nouveau"),
            ("Customer Care Specialist – Gruyère Connect", "https://jobs-romandie.example.ch/j/55190", "Bulle · 90 % · nouveau")],
           '<p><a href="https://jobs-romandie.example.ch/recherche?q=customer+success">Voir toutes les offres</a></p>',
           'Jobs Romandie · <a href="https://jobs-romandie.example.ch/compte/alertes">Gérer mes alertes</a> · <a href="https://jobs-romandie.example.ch/u/9931">Se désabonner</a>', "fr", accent="#0a7d5a")
add(slug="alert_jobs_romandie_html_only", lang="fr", contact="",
    frm=("Jobs Romandie", "no-reply@jobs-romandie.example.ch"),
    subject="Jobs Romandie – 4 offres sélectionnées pour vous",
    date="2026-05-26T06:05:00+02:00", text=None, html=h,
    headers=bulk("Alertes <alertes.jobs-romandie.example.ch>",
                 "https://jobs-romandie.example.ch/u/9931", "unsubscribe@jobs-romandie.example.ch"))

t = """Léonie Blanc a commencé un nouveau poste : Customer Success Lead chez Vaudaire Software.

Félicitez-la : https://www.reseaupro.example.com/feed/update/88120

Autres nouvelles de votre réseau :
• Karim Haddad a partagé une offre d'emploi d'Optimo Fintech
• Sabrina Chevalley a mis à jour son profil

Vous recevez cette notification en tant que membre de Réseaupro.
Se désabonner : https://www.reseaupro.example.com/parametres/notifications
"""
add(slug="network_new_position_congrats", lang="fr", contact="",
    frm=("Réseaupro", "notifications@reseaupro.example.com"),
    subject="Félicitez Léonie pour son nouveau poste", enc={"subject": ("utf-8", "B")},
    date="2026-09-01T08:02:00+02:00", text=t,
    headers=bulk("Notifications Reseaupro <notifications.reseaupro.example.com>",
                 "https://www.reseaupro.example.com/parametres/notifications",
                 "unsubscribe@reseaupro.example.com"))

t = """Bonjour Mathilde,

Il est temps de fixer ton entretien annuel d'évaluation. Je te propose le mercredi 25 février à 15h00, dans mon bureau au premier étage de l'office de Lausanne-Gare.

Merci de remplir l'auto-évaluation dans le portail RH avant le 20 février. Nous parlerons aussi de tes souhaits de formation – tu m'avais parlé du customer success, c'est le bon moment pour en discuter.

Bonne journée,
Jean-Daniel

Jean-Daniel Müller
Chef d'office – Lausanne-Gare
Réseau postal, Région Ouest
"""
add(slug="current_job_annual_review", lang="fr", contact="jean-daniel.muller@reseau-postal.example.ch",
    frm=("Jean-Daniel Müller", "jean-daniel.muller@reseau-postal.example.ch"),
    enc={"from": ("iso-8859-1", "Q")},
    subject="Entretien annuel 2026 – proposition de date", date="2026-02-06T13:10:00+01:00",
    text=t)

# ============================================================================ Deutsch

t = """Liebe Frau Caduff

Herzlichen Dank für das Gespräch heute Morgen und dafür, dass Sie nach der Panne mit dem ersten Termin so unkompliziert einen neuen Termin gefunden haben.

Das Gespräch mit Herrn Frei hat mich in meinem Wunsch bestärkt, bei Nordlicht Software im Customer Success zu arbeiten. Besonders spannend fand ich, wie Ihr Team neue Kunden in den ersten neunzig Tagen begleitet.

Ich freue mich, von Ihnen zu hören.

Freundliche Grüsse
Mathilde Okeke-Zürcher
"""
add(slug="own_thanks_nordlicht", lang="de", contact="", frm=CAND,
    to=[("Seraina Caduff", "seraina.caduff@nordlicht.example.ch")],
    enc={"from": ("iso-8859-1", "B")},
    subject="Danke für das Gespräch", date="2026-03-24T13:05:00+01:00",
    key="nl_thanks", parent="nl_new", text=t)

t = """Sehr geehrter Herr Zbinden

Herzlichen Dank für die Einladung zum Assessment Center. Leider habe ich am 12. Mai eine Weiterbildung bei meinem aktuellen Arbeitgeber, die ich nicht verschieben kann. Gäbe es die Möglichkeit, an einem anderen Datum teilzunehmen?

Freundliche Grüsse
Mathilde Okeke-Zürcher
"""
add(slug="own_asks_to_move_assessment", lang="de", contact="", frm=CAND,
    to=[("Daniel Zbinden", "daniel.zbinden@aare-versicherungen.example.ch")],
    subject="Assessment Center – Verschiebung", date="2026-05-05T20:13:00+02:00",
    key="aare_req", parent="aare_ac", text=t, cte="quoted-printable")

t = """Stellenradar – Ihre Suche «Customer Success» in Zürich (+ 15 km)

9 neue Stellen seit gestern:

• Customer Success Manager – Reuss Digital, Zürich
  https://stellenradar.example.ch/s/77102
• Kundenberaterin Innendienst – Rheintal Versicherung, Zürich Oerlikon
  https://stellenradar.example.ch/s/77118
• Support Specialist (80 %) – Flink CX, Zürich
  https://stellenradar.example.ch/s/77131
• Kundenbetreuer/in Digitale Kanäle – Limmatbank, Zürich
  https://stellenradar.example.ch/s/77140

Alle 9 Stellen anzeigen: https://stellenradar.example.ch/suche/3318

Tipp: Eine Absage ist keine Endstation. Fragen Sie nach dem Gespräch nach einer Rückmeldung – viele Firmen geben sie gerne.

Sie erhalten diese E-Mail, weil Sie einen Suchauftrag bei Stellenradar gespeichert haben.
Abmelden: https://stellenradar.example.ch/abmelden?s=3318
"""
add(slug="alert_stellenradar_digest", lang="de", contact="",
    frm=("Stellenradar", "suchauftrag@stellenradar.example.ch"),
    subject="9 neue Jobs für «Customer Success» in Zürich",
    date="2026-03-09T06:15:00+01:00", text=t,
    html=digest("9 neue Stellen für Sie", "<p>Ihre Suche «Customer Success» in Zürich (+ 15 km)</p>",
                [("Customer Success Manager", "https://stellenradar.example.ch/s/77102", "Reuss Digital · Zürich"),
                 ("Kundenberaterin Innendienst", "https://stellenradar.example.ch/s/77118", "Rheintal Versicherung · Zürich Oerlikon"),
                 ("Support Specialist (80 %)", "https://stellenradar.example.ch/s/77131", "Flink CX · Zürich"),
                 ("Kundenbetreuer/in Digitale Kanäle", "https://stellenradar.example.ch/s/77140", "Limmatbank · Zürich")],
                "<p><b>Tipp:</b> Eine Absage ist keine Endstation. Fragen Sie nach dem Gespräch nach einer Rückmeldung – viele Firmen geben sie gerne.</p>",
                'Stellenradar · <a href="https://stellenradar.example.ch/abmelden?s=3318">Abmelden</a>', "de", accent="#b91c1c"),
    headers=bulk("Suchauftrag <suchauftrag.stellenradar.example.ch>",
                 "https://stellenradar.example.ch/abmelden?s=3318", "abmelden@stellenradar.example.ch"))

t = """KARRIERE-KOMPASS · Ausgabe 14/2026

Absage erhalten? So machen Sie weiter

«Leider müssen wir Ihnen mitteilen …» – kaum ein Satz trifft Stellensuchende härter. Doch eine Absage sagt oft mehr über die Firma als über Sie. Drei Schritte helfen:

1. Durchatmen und nicht sofort antworten.
2. Höflich um ein kurzes Feedback bitten – am Telefon erfahren Sie mehr als per E-Mail.
3. Die Absage auswerten: Lag es am Dossier, am Gespräch oder schlicht am Timing?

Ausserdem in dieser Ausgabe: Wie Sie im Vorstellungsgespräch Ihren Quereinstieg überzeugend erklären.

Ganzen Artikel lesen: https://karriere-kompass.example.ch/absage-weitermachen

Newsletter abbestellen: https://karriere-kompass.example.ch/abmelden?id=5521
"""
add(slug="newsletter_after_absage", lang="de", contact="",
    frm=("Karriere-Kompass", "newsletter@karriere-kompass.example.ch"),
    subject="Absage erhalten? So machen Sie weiter", date="2026-04-08T07:00:00+02:00",
    text=t, cte="quoted-printable", html=page(paras(t), "de"),
    headers=bulk("Karriere-Kompass <kompass.karriere-kompass.example.ch>",
                 "https://karriere-kompass.example.ch/abmelden?id=5521",
                 "abmelden@karriere-kompass.example.ch"))

t = """Guten Tag Frau Okeke-Zürcher

Leider muss Frau Dr. Baumann ihre Sprechstunde am Dienstag, 14. April, wegen einer Weiterbildung absagen. Ihr Kontrolltermin wird deshalb auf Donnerstag, 23. April, 16:20 Uhr verschoben.

Falls Ihnen dieser Termin nicht passt, rufen Sie uns bitte an oder antworten Sie auf diese E-Mail.

Freundliche Grüsse
Sabine Schenk
Medizinische Praxisassistentin
Augenpraxis Dr. med. Lea Baumann
Spitalgasse 30, 3011 Bern
031 555 20 60
"""
add(slug="doctor_appointment_moved_latin1", lang="de", contact="sabine.schenk@augen-baumann.example.ch",
    frm=("Sabine Schenk", "sabine.schenk@augen-baumann.example.ch"),
    subject="Ihr Termin vom 14. April wurde verschoben", date="2026-04-06T11:30:00+02:00",
    text=t, charset="iso-8859-1", cte="8bit")

t = """Guten Tag

Leider verspätet sich Ihre Sendung 4471 2290 1183 um voraussichtlich zwei Arbeitstage. Grund dafür ist ein Fahrzeugausfall in unserem Verteilzentrum.

Neuer voraussichtlicher Zustelltermin: Mittwoch, 18. Februar 2026

Sendung verfolgen: https://paketblitz.example.ch/track/447122901183

Wir entschuldigen uns für die Unannehmlichkeiten.
Ihr Paketblitz-Team
"""
add(slug="parcel_delayed_de", lang="de", contact="",
    frm=("Paketblitz", "no-reply@paketblitz.example.ch"),
    subject="Ihre Sendung verspätet sich leider", date="2026-02-16T07:20:00+01:00",
    text=t, html=page(paras(t), "de"), headers=[("Auto-Submitted", "auto-generated")])

t = """Guten Tag

Vielen Dank für Ihre Nachricht. Ich bin bis und mit 23. Februar 2026 ferienhalber abwesend und habe keinen Zugriff auf meine E-Mails.

In dringenden Fällen wenden Sie sich bitte an unser HR-Sekretariat, Telefon +41 44 555 38 00.

Freundliche Grüsse
Reto Brunner
Limmatbank
"""
add(slug="out_of_office_limmatbank", lang="de", contact="reto.brunner@limmatbank.example.ch",
    frm=("Reto Brunner", "reto.brunner@limmatbank.example.ch"),
    subject="Abwesenheitsnotiz: AW: Telefoninterview heute – leider nicht erreicht",
    date="2026-02-17T18:02:00+01:00", parent="lb_newslots", text=t,
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])

t = """Sehr geehrte Frau Okeke-Zürcher

Wir informieren Sie, dass der Fonds «Alpen Nachhaltig Ausgewogen», den Sie in Ihrem Depot halten, per 31. Mai 2026 mit dem Fonds «Alpen Strategie Ausgewogen» zusammengelegt wird.

Ihre Position wird automatisch und kostenlos umgetauscht. Sie müssen nichts unternehmen. Die Details zum Umtauschverhältnis finden Sie im E-Banking unter «Dokumente».

Freundliche Grüsse
Alpenbank Direkt
"""
add(slug="bank_fund_position_notice", lang="de", contact="",
    frm=("Alpenbank Direkt", "service@alpenbank-direkt.example.ch"),
    subject="Wichtige Mitteilung zu einer Position in Ihrem Depot",
    date="2026-04-28T06:00:00+02:00", text=t, cte="base64",
    headers=[("Auto-Submitted", "auto-generated")])

t = """Hallo Mathilde

Sie wurden diese Woche in 5 Suchanfragen gefunden.

Suchende kamen aus folgenden Bereichen:
• Personalvermittlung
• Versicherungen
• Software

Tipp: Profile mit einer aktuellen Position und einer Zusammenfassung erscheinen bis zu dreimal häufiger in Suchergebnissen.

Statistik ansehen: https://www.reseaupro.example.com/me/suchen

Benachrichtigungen verwalten: https://www.reseaupro.example.com/parametres/notifications
"""
add(slug="network_search_appearances_de", lang="de", contact="",
    frm=("Réseaupro", "notifications@reseaupro.example.com"),
    subject="Sie wurden in 5 Suchanfragen gefunden", date="2026-05-31T09:00:00+02:00",
    text=t, html=page(paras(t), "de"),
    headers=bulk("Notifications Reseaupro <notifications.reseaupro.example.com>",
                 "https://www.reseaupro.example.com/parametres/notifications",
                 "unsubscribe@reseaupro.example.com"))

t = """Liebe Frau Okeke-Zürcher

Vielen Dank für Ihre Anmeldung zum Online-Abendkurs «Deutsch C1 – Wirtschaftskommunikation» ab 7. September.

Leider müssen wir Ihnen eine Absage erteilen: Der Kurs ist bereits ausgebucht, und Ihr Einstufungstest liegt mit Niveau C1.2 über dem Kursniveau. Wir empfehlen Ihnen stattdessen unseren Kurs «Verhandeln und Präsentieren auf Deutsch», in dem noch zwei Plätze frei sind.

Gerne reservieren wir Ihnen einen Platz, wenn Sie bis Ende Woche antworten.

Freundliche Grüsse
Regula Brändli
Kursadministration
Sprachschule Zürichberg
"""
add(slug="language_course_absage", lang="de", contact="regula.braendli@sprachschule-zuerichberg.example.ch",
    frm=("Regula Brändli", "regula.braendli@sprachschule-zuerichberg.example.ch"),
    enc={"from": ("iso-8859-1", "Q")},
    subject="Ihre Anmeldung zum Kurs Deutsch C1 – Absage", date="2026-08-20T14:44:00+02:00",
    text=t)

t = """Guten Tag Frau Okeke-Zürcher

Ich bin auf Ihr Profil bei Réseaupro gestossen. Ihr Werdegang – langjährige Kundenerfahrung am Schalter, viersprachig und mit klarem Ziel Customer Success – ist genau die Art Profil, nach der unsere Mandanten in der Finanz- und Softwarebranche regelmässig fragen.

Aktuell habe ich kein konkretes Mandat für Sie, würde Sie aber gerne in unseren Kandidatenpool aufnehmen. Falls Sie einverstanden sind, senden Sie mir einfach Ihren aktuellen Lebenslauf.

Freundliche Grüsse
Patrick Vogt
Vogt & Partner Executive Search
Bleicherweg 10, 8002 Zürich
"""
add(slug="headhunter_cold_approach_de", lang="de", contact="patrick.vogt@vogt-partner.example.ch",
    frm=("Patrick Vogt", "patrick.vogt@vogt-partner.example.ch"),
    subject="Ihr Profil auf Réseaupro", date="2026-07-21T10:10:00+02:00",
    text=t, html=outlook_html(paras(t), "de"))

t = """Guten Tag Frau Okeke-Zürcher

Ich schreibe für die «Bieler Abendpost» eine Serie mit dem Titel «Neustart», in der wir Menschen porträtieren, die beruflich die Richtung gewechselt haben. Über die Sprachschule Zürichberg habe ich von Ihrem Weg vom Postschalter in den Kundendienst von Softwarefirmen erfahren.

Hätten Sie Lust auf ein Interview von etwa einer Stunde? Wir könnten uns in Biel oder in Lausanne treffen, gerne auch per Video. Ein Fotograf würde ein Porträt machen, wenn Sie einverstanden sind.

Ich freue mich auf Ihre Antwort.

Freundliche Grüsse
Simon Rüfenacht
Redaktor Wirtschaft, Bieler Abendpost
"""
add(slug="press_interview_request_de", lang="de", contact="simon.ruefenacht@abendpost.example.ch",
    frm=("Simon Rüfenacht", "simon.ruefenacht@abendpost.example.ch"),
    subject="Interviewanfrage für unsere Serie «Neustart»", date="2026-09-22T11:00:00+02:00",
    text=t, cte="quoted-printable")

# ============================================================================ English

t = """Dear Mr Mackie,

I am writing to apply for the position of Customer Success Executive (Multilingual) advertised on your careers page.

For nine years I have worked at a post office counter in Lausanne, where I help hundreds of customers a week – from small business owners to tourists – and resolve complaints calmly and quickly. I speak French, German, English and Spanish, and I recently completed an online Customer Success Foundations course.

I would welcome the chance to bring this experience to Thistle Telecom's European customers. My CV is attached, and I would be glad to discuss my application in an interview.

Kind regards,
Mathilde Okeke-Zürcher
+41 79 555 14 62
"""
add(slug="own_application_thistle_cv", lang="en", contact="", frm=CAND,
    to=[("Ewan Mackie", "ewan.mackie@thistle.example.co.uk")],
    subject="Application: Customer Success Executive (Multilingual)",
    date="2026-06-01T13:20:00+02:00", key="th_app", text=t, cte="quoted-printable",
    attach=[{"name": "CV_Mathilde_Okeke-Zurcher_EN.pdf", "title": "Mathilde Okeke-Zürcher – CV",
             "lines": ["Lausanne, Switzerland · +41 79 555 14 62 · mathilde.oz@example.ch", "",
                       "Experience", "2017-2026  Counter clerk, post office, Lausanne",
                       "2014-2017  Sales assistant, bookshop, Lausanne", "",
                       "Languages: French, German (C1), English (C1), Spanish (B2)"]}])

t = """CityJobs London – 8 new Customer Success jobs for you

Customer Success Manager – Kestrel Analytics, Shoreditch
https://cityjobs.example.co.uk/j/301144
Client Success Lead – Harlow Insurance, City of London
https://cityjobs.example.co.uk/j/301150
Customer Success Executive (Multilingual) – Thistle Telecom, White City
https://cityjobs.example.co.uk/j/301163
Support Lead – Pennant Labs, Old Street
https://cityjobs.example.co.uk/j/301171

See all 8 jobs: https://cityjobs.example.co.uk/alerts/8812

From the blog: "Five questions to ask at the end of every interview"
https://cityjobs.example.co.uk/blog/questions-to-ask

You're receiving this because you set up a job alert on CityJobs.
Unsubscribe: https://cityjobs.example.co.uk/alerts/8812/unsubscribe
"""
add(slug="alert_cityjobs_london", lang="en", contact="",
    frm=("CityJobs London", "alerts@cityjobs.example.co.uk"),
    subject="8 new Customer Success jobs in London", date="2026-05-06T07:45:00+01:00",
    text=t, html=digest("8 new Customer Success jobs for you", "<p>Based on your alert: Customer Success · London</p>",
                        [("Customer Success Manager", "https://cityjobs.example.co.uk/j/301144", "Kestrel Analytics · Shoreditch"),
                         ("Client Success Lead", "https://cityjobs.example.co.uk/j/301150", "Harlow Insurance · City of London"),
                         ("Customer Success Executive (Multilingual)", "https://cityjobs.example.co.uk/j/301163", "Thistle Telecom · White City"),
                         ("Support Lead", "https://cityjobs.example.co.uk/j/301171", "Pennant Labs · Old Street")],
                        '<p>From the blog: <a href="https://cityjobs.example.co.uk/blog/questions-to-ask">Five questions to ask at the end of every interview</a></p>',
                        '<a href="https://cityjobs.example.co.uk/alerts/8812/unsubscribe">Unsubscribe</a>', "en"),
    headers=bulk("CityJobs alerts <alerts.cityjobs.example.co.uk>",
                 "https://cityjobs.example.co.uk/alerts/8812/unsubscribe",
                 "unsubscribe@cityjobs.example.co.uk"))

t = """Hi Mathilde,

I'm Grace from the research team at Fernwood Money. You signed up to hear about research studies when you opened your account, so I wanted to invite you to a 45-minute research interview about how you manage shared expenses with friends and family.

Sessions run on video between 15 and 19 June. There are no right or wrong answers — we're testing our ideas, not you. As a thank-you, you'll receive a £40 voucher.

Book a slot here: https://research.fernwood.example.co.uk/book/sx-201

Thanks so much,
Grace Lin
User Research Lead, Fernwood Money
"""
add(slug="fintech_user_research_interview", lang="en", contact="grace.lin@fernwood.example.co.uk",
    frm=("Grace Lin", "grace.lin@fernwood.example.co.uk"),
    subject="Share your thoughts in a 45-min research interview (£40 voucher)",
    date="2026-06-04T15:05:00+01:00", text=t, html=page(paras(t), "en"))

t = """Mathilde — brace yourself, the template strikes again. At least they spelled my name right this time. Pint on Friday when you're over? Drinks on me, I need cheering up.

T.

""" + forwarded("en", "Brightline Recruiting <no-reply@hire.lever.co>", "Mon, 11 May 2026 at 16:03",
                "Your application to Brightline", "<tunde.adebayo@postbox.example.co.uk>", """Hi Tunde,

Thank you for your interest in the Support Operations Analyst role. After reviewing your application, we've decided not to move forward at this time. We'll keep your details on file for future openings.

Best,
Brightline Talent""")
add(slug="friend_forwards_own_lever_rejection", lang="en",
    contact="tunde.adebayo@postbox.example.co.uk",
    frm=("Tunde Adebayo", "tunde.adebayo@postbox.example.co.uk"),
    subject="Fwd: Your application to Brightline", date="2026-05-11T19:40:00+01:00", text=t)

t = """THE CAREER SWITCH — issue #41

How to follow up after an interview (without being annoying)

You've had the interview, you've sent the thank-you note, and now... silence. Here's what recruiters told us actually works:

- Wait the number of days they gave you, plus two.
- Keep it to three sentences: thanks, one new detail, a question about timing.
- If you hear nothing after a second nudge, move on. A late rejection is still a rejection, and your energy is better spent on the next application.

Read the full piece: https://careerswitch.example.co.uk/follow-up

You're getting this because you subscribed at careerswitch.example.co.uk.
Unsubscribe: https://careerswitch.example.co.uk/unsubscribe?u=f31a
"""
add(slug="newsletter_follow_up_advice", lang="en", contact="",
    frm=("The Career Switch", "hello@careerswitch.example.co.uk"),
    subject="How to follow up after an interview (without being annoying)",
    date="2026-07-09T08:00:00+01:00", text=t, html=page(paras(t), "en"),
    headers=bulk("The Career Switch <news.careerswitch.example.co.uk>",
                 "https://careerswitch.example.co.uk/unsubscribe?u=f31a",
                 "unsubscribe@careerswitch.example.co.uk"))

t = """Hi Mathilde,

I came across your profile on Réseaupro and was struck by your languages and your move from front-line service into customer success.

I recruit for SaaS and fintech businesses across Zurich, Geneva and London. Nothing specific to put in front of you today, but I'd like to keep you in mind for client success roles as they come up over the next few months.

If that sounds useful, feel free to send over an up-to-date CV whenever suits.

Best regards,
Oliver Grant
Director, Oakridge Talent
"""
add(slug="recruiter_cold_approach_en", lang="en", contact="oliver.grant@oakridge-talent.example.co.uk",
    frm=("Oliver Grant", "oliver.grant@oakridge-talent.example.co.uk"),
    subject="Customer success roles in Zurich, Geneva and London",
    date="2026-08-18T09:35:00+01:00", text=t)

# ============================================================================ español

t = """Hola Lucía:

Muchas gracias por la entrevista de hoy con el equipo de Ginebra y, de nuevo, disculpa por el problema de conexión del otro día.

Me ha encantado conocer cómo acompañáis a los clientes durante los primeros meses y sigo muy motivada con el puesto de Customer Success Specialist. Quedo a vuestra disposición para cualquier información adicional.

Un saludo,
Mathilde Okeke-Zürcher
"""
add(slug="own_thanks_brisa_es", lang="es", contact="", frm=CAND,
    to=[("Lucía Ferrer", "lucia.ferrer@brisacloud.example.es")],
    enc={"to": ("iso-8859-1", "B")},
    subject="Gracias por la entrevista de hoy", date="2026-03-20T17:48:00+01:00",
    key="br_thanks", parent="br_missed", text=t)

t = """EmpleoGlobal – Nuevas ofertas para ti

Hola, Mathilde:

Estas son las ofertas más recientes que coinciden con tu búsqueda «atención al cliente – idiomas – Suiza»:

• Customer Success Specialist – Brisa Cloud – Ginebra
  https://empleoglobal.example.es/o/99231
• Gestora de Clientes – Alba Seguros – Lausana
  https://empleoglobal.example.es/o/99240
• Especialista de Atención al Cliente – Banco Meridiano – Ginebra
  https://empleoglobal.example.es/o/99252

Consejo: prepara ejemplos concretos para la entrevista por competencias.

Para darte de baja: https://empleoglobal.example.es/baja?u=7711
"""
add(slug="alert_empleoglobal_es", lang="es", contact="",
    frm=("EmpleoGlobal", "ofertas@empleoglobal.example.es"),
    subject="Nuevas ofertas para ti: atención al cliente en Suiza",
    date="2026-04-14T08:30:00+02:00", text=t, cte="quoted-printable",
    html=page(paras(t), "es"),
    headers=bulk("Ofertas EmpleoGlobal <ofertas.empleoglobal.example.es>",
                 "https://empleoglobal.example.es/baja?u=7711", "baja@empleoglobal.example.es"))

t = """¡Hola, Mathi!

Pues nada, me han dicho que no en la aseguradora de Valencia. Después de dos entrevistas me mandan un correo de tres líneas diciendo que «han seleccionado a otra persona». Ni una llamada.

Ya sé que tú también estás en plena búsqueda, así que te lo cuento para que no te sientas sola 😅 ¿Hablamos el domingo por videollamada?

Besos,
Carmen
"""
add(slug="friend_own_rejection_es", lang="es", contact="carmen.ibanez@correo.example.es",
    frm=("Carmen Ibáñez", "carmen.ibanez@correo.example.es"),
    subject="Me han dicho que no…", date="2026-06-06T22:05:00+02:00", text=t)

t = """Hola, Mathilde:

Lamentablemente, tu pedido n.º 40-228817 se ha retrasado por una incidencia con el transportista en la aduana suiza.

Nueva fecha estimada de entrega: entre el 20 y el 23 de octubre de 2026.

Puedes consultar el estado de tu pedido aquí: https://tienda-ole.example.es/pedidos/40-228817

Sentimos las molestias.
El equipo de Tienda Olé
"""
add(slug="order_delayed_es", lang="es", contact="",
    frm=("Tienda Olé", "no-reply@tienda-ole.example.es"),
    subject="Lamentablemente, tu pedido se ha retrasado", date="2026-10-14T09:00:00+02:00",
    text=t, html=page(paras(t), "es"), headers=[("Auto-Submitted", "auto-generated")])

t = """Estimada Sra. Okeke-Zürcher:

Le comunicamos la resolución de la comisión académica sobre su solicitud de admisión al Máster en Customer Experience (modalidad en línea), edición 2026-2027.

Lamentamos informarle de que su solicitud no ha sido admitida, ya que la titulación universitaria de grado es un requisito de acceso obligatorio. Puede optar al Experto Universitario en Atención al Cliente, que no exige titulación previa y cuyo plazo de matrícula sigue abierto.

Atentamente,
Oficina de Admisiones
Universidad Abierta de Levante
"""
add(slug="masters_admission_refused_es", lang="es", contact="",
    frm=("Universidad Abierta de Levante - Admisiones", "admisiones@ualevante.example.es"),
    enc={"from": ("iso-8859-1", "Q")},
    subject="Resolución de admisión – Máster en Customer Experience",
    date="2026-07-17T12:00:00+02:00", text=t, charset="iso-8859-1", cte="quoted-printable")

t = """BLOG EMPLEO+ · Boletín semanal

Cómo preparar una entrevista por competencias

En una entrevista por competencias no basta con decir que eres «resolutiva»: hay que demostrarlo. Usa el método STAR (situación, tarea, acción, resultado) y prepara al menos cinco ejemplos de tu experiencia.

Y si recibes un rechazo, pide feedback: es la mejor manera de preparar la siguiente entrevista.

Leer el artículo: https://blogempleomas.example.es/entrevista-competencias

Darse de baja: https://blogempleomas.example.es/baja?id=3341
"""
add(slug="newsletter_competency_interview_es", lang="es", contact="",
    frm=("Blog Empleo+", "boletin@blogempleomas.example.es"),
    subject="Cómo preparar una entrevista por competencias", enc={"subject": ("utf-8", "B")},
    date="2026-05-13T07:30:00+02:00", text=None,
    html=page(paras(t), "es", title="Blog Empleo+"),
    headers=bulk("Boletin Empleo+ <boletin.blogempleomas.example.es>",
                 "https://blogempleomas.example.es/baja?id=3341", "baja@blogempleomas.example.es"))

t = """Gracias por su mensaje.

Estaré fuera de la oficina hasta el lunes 25 de mayo, con acceso limitado al correo. Para asuntos relacionados con procesos de selección en curso, puede escribir a mi compañera Nuria Sanz (nuria.sanz@bancomeridiano.example.es).

Un saludo,
Javier Ortega
Banco Meridiano – Sucursal de Ginebra
"""
add(slug="out_of_office_meridiano_es", lang="es", contact="javier.ortega@bancomeridiano.example.es",
    frm=("Javier Ortega", "javier.ortega@bancomeridiano.example.es"),
    subject="Respuesta automática: Confirmación jornada de evaluación",
    date="2026-05-22T08:31:00+02:00", parent="bm_confirm", text=t,
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
