"""Corpus 183, hand-written: everything that is not a job event for the candidate (52)."""

from msgs183_common import (CAND, CAND_NAME, ME, digest_html, digest_text, forwarded,
                            outlook_block, outlook_html, paras, plain_html, reply_chain)

MESSAGES = []
add = MESSAGES.append


def lists(list_id: str, unsub_url: str, unsub_mail: str) -> dict:
    return {"List-Id": list_id,
            "List-Unsubscribe": f"<{unsub_url}>, <mailto:{unsub_mail}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "Precedence": "bulk"}


# ----------------------------------------------------------------------------- fr: lists

_items = [
    ("Planificateur transport H/F – Herstal",
     "Entrepôt de pièces détachées · CDI · entretien dès la semaine prochaine",
     "https://logistijobs.example.be/offre/88121"),
    ("Dispatcheur de nuit – Liège Airport",
     "Société de handling · horaire 22 h – 6 h · prime de nuit",
     "https://logistijobs.example.be/offre/88130"),
    ("Assistant planning – Namur (Rhisnes)",
     "Grossiste alimentaire · contrat de remplacement 6 mois",
     "https://logistijobs.example.be/offre/88144"),
    ("Gestionnaire de stock – Seraing",
     "Distributeur de matériaux · débutants acceptés",
     "https://logistijobs.example.be/offre/88152"),
]
_intro = ("Bonjour Aurélien, voici les 4 nouvelles offres correspondant à votre alerte "
          "« planificateur – Liège + 40 km ». Ne tardez pas : certains employeurs organisent "
          "déjà les entretiens.")
_foot = ("Vous recevez cet e-mail car vous avez créé une alerte sur LogistiJobs Wallonie. "
         "Se désinscrire : https://logistijobs.example.be/alertes/stop")
add(dict(
    key="logistijobs_alerte", kind="other", lang="fr",
    frm=("LogistiJobs Wallonie", "alertes@logistijobs.example.be"),
    subject="4 nouvelles offres pour « planificateur – Liège »",
    date="2026-02-18 06:30",
    text=digest_text("Vos nouvelles offres", _items, _intro, _foot),
    html=digest_html("Vos nouvelles offres", _items, _intro, _foot),
    headers=lists("LogistiJobs alertes <alertes.logistijobs.example.be>",
                  "https://logistijobs.example.be/alertes/stop?u=akm-5521",
                  "stop-alertes@logistijobs.example.be"),
))

_t = """LE FIL DU TRANSPORT – n° 212 – avril 2026

À la une : « Votre candidature n'a pas été retenue »… et après ?

Chaque semaine, des milliers de candidats reçoivent un refus. Nous avons demandé à trois recruteurs du secteur logistique ce qu'ils conseillent : demander un retour sur l'entretien, garder le contact avec l'employeur, et ne pas prendre personnellement une réponse type envoyée par un logiciel.

Lire l'article : https://lefildutransport.example.be/2026/04/apres-un-refus

Aussi dans ce numéro :
- Trilogiport : le trafic de conteneurs progresse de 12 %
- Pénurie de chauffeurs : les entreprises misent sur la reconversion
- Agenda : salon Logistics Days à Namur Expo, 21 mai

Vous recevez cette lettre parce que vous êtes abonné au Fil du Transport.
Se désabonner : https://lefildutransport.example.be/desabonnement
"""
add(dict(
    key="fil_transport_newsletter", kind="other", lang="fr",
    frm=("Le Fil du Transport", "newsletter@lefildutransport.example.be"),
    subject="Après un refus : trois recruteurs vous répondent",
    date="2026-04-21 07:00",
    html=plain_html(paras(_t)),
    headers=lists("Le Fil du Transport <lettre.lefildutransport.example.be>",
                  "https://lefildutransport.example.be/desabonnement?id=77120",
                  "desabonnement@lefildutransport.example.be"),
))

_t = """Bonjour,

Vous êtes inscrit comme demandeur d'emploi et vous préparez un changement de métier ? Wallonie Compétences organise en mars trois ateliers gratuits :

• Réussir son entretien d'embauche - mardi 10 mars, 9 h - 12 h, Liège (Rue Natalis)
• Valoriser son expérience dans un CV - jeudi 12 mars, 13 h - 16 h, en ligne
• Se préparer aux tests et assessments - lundi 16 mars, 9 h - 16 h, Namur

Inscription obligatoire via votre espace personnel. Places limitées à 15 participants par atelier.

Wallonie Compétences - Service d'accompagnement
Ce message vous est envoyé dans le cadre de votre accompagnement. Gérer mes préférences : https://wallonie-competences.example.be/preferences
"""
add(dict(
    key="wallonie_competences_ateliers", kind="other", lang="fr",
    frm=("Wallonie Compétences", "info@wallonie-competences.example.be"),
    subject="Ateliers de mars : entretien d'embauche, CV, assessments",
    date="2026-02-25 10:00",
    charset="iso-8859-1", cte="quoted-printable",
    text=_t.replace("•", "-"),
    headers=lists("Wallonie Competences <infos.wallonie-competences.example.be>",
                  "https://wallonie-competences.example.be/preferences",
                  "preferences@wallonie-competences.example.be"),
))

_items = [
    ("Planificateur transport (H/F) – Contern",
     "Transport frigorifique · CDI · 50 000 – 56 000 € brut/an",
     "https://emploigd.example.lu/annonces/33017"),
    ("Dispatcher international – Bettembourg",
     "Commissionnaire · français, allemand, anglais",
     "https://emploigd.example.lu/annonces/33025"),
    ("Responsable d'exploitation adjoint – Foetz",
     "Messagerie · équipe de 25 personnes",
     "https://emploigd.example.lu/annonces/33041"),
]
_intro = ("Les annonces publiées cette semaine au Luxembourg pour « planification logistique ». "
          "Postulez en un clic depuis votre profil.")
_foot = ("EmploiGD – alerte hebdomadaire. Modifier ou supprimer cette alerte : "
         "https://emploigd.example.lu/mon-compte/alertes")
add(dict(
    key="emploigd_alerte", kind="other", lang="fr",
    frm=("EmploiGD", "alertes@emploigd.example.lu"),
    subject="Vos offres de la semaine au Luxembourg",
    date="2026-05-25 08:00",
    text=digest_text("Offres de la semaine", _items, _intro, _foot),
    html=digest_html("Offres de la semaine", _items, _intro, _foot),
    cte="base64",
    headers=lists("EmploiGD alertes <alertes.emploigd.example.lu>",
                  "https://emploigd.example.lu/mon-compte/alertes?x=akm",
                  "alertes-stop@emploigd.example.lu"),
))

_t = """Cinq erreurs qui coûtent un entretien (et comment les éviter)

Par Marie-Claire Gobbe, coach carrière

1. Arriver sans connaître l'entreprise. Trois minutes sur son site suffisent à éviter la question qui tue.
2. Réciter son CV. Le recruteur l'a déjà lu : racontez plutôt deux situations concrètes.
3. Dire du mal de son employeur actuel. Même si vous avez raison, c'est toujours mal perçu.
4. Oublier de poser des questions. « Comment se passe une journée type dans l'équipe ? » marche toujours.
5. Ne pas relancer. Un court message de remerciement le soir même fait souvent la différence entre deux candidats.

Vous avez reçu un refus après un entretien ? Ce n'est pas une fin : demandez systématiquement un retour, c'est la meilleure formation gratuite qui soit.

À la semaine prochaine,
Marie-Claire

—
Le blog « Cap Carrière » – https://capcarriere.example.be
Vous êtes abonné(e) aux nouveaux articles. Se désabonner : https://capcarriere.example.be/unsub
"""
add(dict(
    key="capcarriere_erreurs_entretien", kind="other", lang="fr",
    frm=("Cap Carrière – Marie-Claire Gobbe", "blog@capcarriere.example.be"),
    subject="Nouvel article : cinq erreurs qui coûtent un entretien",
    date="2026-06-06 18:00",
    text=_t, html=plain_html(paras(_t)),
    headers=lists("Cap Carriere <articles.capcarriere.example.be>",
                  "https://capcarriere.example.be/unsub?s=2204",
                  "unsub@capcarriere.example.be"),
))

_t = """Invitation : Salon de l'emploi Transport & Logistique

Jeudi 21 mai 2026, de 10 h à 17 h – Namur Expo

Plus de 60 entreprises recrutent : transporteurs, entrepôts, ports, grande distribution, sociétés d'intérim. Des entretiens express de 10 minutes sont organisés sur place avec les employeurs présents : pensez à imprimer plusieurs CV.

Entrée gratuite sur inscription : https://salon-logistique.example.be/inscription

Programme des conférences :
11 h – Les métiers de la planification : qui recrute et pourquoi ?
14 h – Reconversion : témoignages de facteurs, chauffeurs et caristes devenus planificateurs

Organisé par la Fédération wallonne du transport avec le soutien de Wallonie Compétences.
Désinscription : https://salon-logistique.example.be/desinscription
"""
add(dict(
    key="salon_emploi_logistique", kind="other", lang="fr",
    frm=("Salon Transport & Logistique", "invitation@salon-logistique.example.be"),
    subject="Jeudi 21 mai : 60 employeurs vous attendent à Namur Expo",
    date="2026-05-11 09:30",
    html=plain_html(paras(_t)),
    headers=lists("Salon Logistique <news.salon-logistique.example.be>",
                  "https://salon-logistique.example.be/desinscription",
                  "desinscription@salon-logistique.example.be"),
))

# ----------------------------------------------------------------------------- fr: people

add(dict(
    key="gazette_ourthe_interview", kind="other", lang="fr",
    contact="j.halleux@gazette-ourthe.example.be",
    frm=("Jérôme Halleux – La Gazette de l'Ourthe", "j.halleux@gazette-ourthe.example.be"),
    subject="Demande d'interview – portrait « du vélo rouge à la planification »",
    date="2026-06-18 11:12",
    text="""Bonjour Monsieur Kowalczyk-Mensah,

Je suis journaliste à La Gazette de l'Ourthe. Je prépare une série de portraits sur les personnes qui changent de métier en cours de carrière, et votre nom m'a été donné par l'animatrice de l'atelier de Wallonie Compétences.

Accepteriez-vous de m'accorder une interview d'environ une heure, chez vous ou dans un café de votre choix, dans les deux prochaines semaines ? Nous parlerions de vos années de facteur, de ce qui vous a donné envie de passer à la planification logistique, et de la manière dont se passe votre recherche d'emploi. Un photographe passerait ensuite pour une photo.

Le portrait serait publié dans l'édition du week-end. Vous pourrez relire vos citations avant publication.

Bien à vous,

Jérôme Halleux
Journaliste – La Gazette de l'Ourthe
Rue du Pont 9, 4170 Comblain-au-Pont
0497 30 41 86
""",
))

add(dict(
    key="jobboard_etude_utilisateur", kind="other", lang="fr",
    contact="lina.verhaegen@logistijobs.example.be",
    frm=("Lina Verhaegen (LogistiJobs)", "lina.verhaegen@logistijobs.example.be"),
    subject="Donnez-nous 45 minutes : entretien utilisateur rémunéré",
    date="2026-07-08 14:00",
    text="""Bonjour Aurélien,

Vous utilisez LogistiJobs pour votre recherche d'emploi depuis plusieurs mois. Notre équipe produit aimerait mieux comprendre comment vous cherchez, comparez et suivez vos candidatures.

Nous vous invitons à un entretien utilisateur de 45 minutes en visio, entre le 14 et le 24 juillet. Il ne s'agit pas d'un entretien d'embauche : il n'y a pas de bonne ou de mauvaise réponse, nous testons simplement de nouvelles maquettes. Pour vous remercier, vous recevrez un bon d'achat de 40 €.

Réservez votre créneau ici : https://logistijobs.example.be/recherche-utilisateur/reserver

Merci d'avance,
Lina Verhaegen
Chercheuse UX – équipe produit LogistiJobs
""",
))

_t = """Bonjour,

Votre colis n° PMX 4471 2093 BE, en provenance de LivraPlus, a malheureusement pris du retard en raison d'un incident sur notre réseau de tri.

Nouvelle date de livraison estimée : jeudi 16 avril, entre 9 h et 13 h.

Vous pouvez suivre sa position en temps réel ou choisir de le faire livrer dans un point relais :
https://suivi.parcelmix.example.be/PMX44712093BE

Nous vous prions de nous excuser pour ce désagrément.

Le service clients ParcelMix
Ceci est un message automatique, merci de ne pas y répondre.
"""
add(dict(
    key="parcelmix_colis_retarde", kind="other", lang="fr",
    frm=("ParcelMix", "no-reply@parcelmix.example.be"),
    subject="Votre colis est retardé – nouvelle date de livraison",
    date="2026-04-14 18:20",
    text=_t, html=plain_html(paras(_t)),
    headers={"Auto-Submitted": "auto-generated"},
))

_fw = """Bonjour Madame Lhermitte,

Nous vous remercions pour votre candidature au poste de Coordinatrice d'équipe – Dépôt de Liège-Bressoux.

Après étude de votre dossier, nous avons le regret de vous informer que nous ne pouvons pas y donner une suite favorable.

Nous vous souhaitons plein succès.

L'équipe Colis Meuse Express"""
add(dict(
    key="amie_julie_refus", kind="other", lang="fr",
    contact="julie.lhermitte@example.be",
    frm=("Julie Lhermitte", "julie.lhermitte@example.be"),
    subject="TR: Votre candidature chez Colis Meuse Express",
    date="2026-03-17 22:40",
    text="""Coucou Aurélien,

Bon ben voilà, pour moi c'est râpé chez Colis Meuse, regarde ce que j'ai reçu ce soir (ci-dessous). Même pas un entretien, alors que je colle à nonante pour cent au profil. Je te le transfère pour que tu ne t'inquiètes pas si tu reçois la même lettre type : apparemment ils l'envoient à tout le monde à la chaîne.

Toi par contre tu as eu ton entretien vendredi, non ? Raconte !

Bisous,
Julie

""" + forwarded("fr", "2026-03-17 19:02", "Colis Meuse Express <no-reply@teamtailor-mail.com>",
                "Julie Lhermitte <julie.lhermitte@example.be>",
                "Votre candidature chez Colis Meuse Express", _fw) + "\n",
))

# ----------------------------------------------------------------------------- fr: candidate's own mail

add(dict(
    key="cityhub_candidature", kind="other", lang="fr",
    frm=ME, to=[("Tom Gérardy", "tom.gerardy@cityhub.example.be")],
    subject="Candidature spontanée – planification Cityhub",
    date="2026-01-08 21:30",
    text="""Salut Tom,

Comme on en avait parlé au pot de départ de Jacky, je t'envoie ma candidature pour le poste de planificateur au hub. CV en pièce jointe.

À bientôt,
Aurélien
""",
    pdfs=[dict(name="CV_Aurelien_Kowalczyk-Mensah.pdf", lines=[
        "Aurélien Kowalczyk-Mensah", "Rue Saint-Gilles 214, 4000 Liège", "",
        "Facteur – Poste Mosane, Liège (2017-2026)",
        "Tournées urbaines et rurales, formation des nouveaux facteurs",
        "Certificat en gestion logistique (cours du soir, 2025)"])],
))

add(dict(
    key="colis_demande_report", kind="other", lang="fr",
    frm=ME, to=[("Nathalie Jacquemin", "n.jacquemin@colismeuse.example.be")],
    to_enc=("iso-8859-1", "Q"),
    subject="Re: Invitation à un entretien – Planificateur de tournées",
    date="2026-03-10 07:02", irt="colis_invitation",
    text="""Madame Jacquemin,

Merci beaucoup pour l'invitation. Malheureusement, je viens d'apprendre que je dois remplacer un collègue sur sa tournée jeudi matin. Serait-il possible de déplacer l'entretien, idéalement vendredi après-midi ?

Avec mes excuses,
Aurélien Kowalczyk-Mensah
0478 55 21 09

""" + reply_chain("fr", "2026-03-09 08:47", "Nathalie Jacquemin", "n.jacquemin@colismeuse.example.be",
                  """Bonjour Monsieur Kowalczyk-Mensah,

Suite à votre candidature pour le poste de Planificateur de tournées (Dépôt de Liège-Bressoux), j'ai le plaisir de vous inviter à un entretien dans nos bureaux.

Date : jeudi 12 mars 2026, de 10 h à 11 h""") + "\n",
))

add(dict(
    key="colis_merci", kind="other", lang="fr",
    frm=ME, to=[("Nathalie Jacquemin", "n.jacquemin@colismeuse.example.be")],
    cc=[("Laurent Piette", "l.piette@colismeuse.example.be")],
    subject="Merci pour l'entretien de cet après-midi",
    date="2026-03-13 18:30", irt="colis_deplacement",
    text="""Madame Jacquemin, Monsieur Piette,

Merci pour le temps que vous m'avez consacré cet après-midi et pour la visite du dépôt. L'exercice sur le planning du samedi m'a vraiment plu : c'est exactement le genre de casse-tête que j'ai envie de résoudre tous les jours.

Je reste à votre disposition pour tout complément d'information.

Bien cordialement,
Aurélien Kowalczyk-Mensah
""",
))

add(dict(
    key="colis_reponse_offre", kind="other", lang="fr",
    frm=ME, to=[("Nathalie Jacquemin", "n.jacquemin@colismeuse.example.be")],
    subject="Re: Proposition d'engagement – Planificateur de tournées",
    date="2026-04-04 10:05", irt="colis_offre",
    text="""Madame Jacquemin,

Un grand merci pour cette proposition, qui me fait très plaisir.

Avant de vous donner ma réponse, j'aimerais discuter de deux points : le délai de préavis chez mon employeur actuel (trois mois, ce qui repousserait mon arrivée au 1er juillet), et la possibilité de compenser une partie de la différence de salaire par rapport à mes primes de facteur. Seriez-vous disponible pour un appel lundi ou mardi ?

Bien cordialement,
Aurélien Kowalczyk-Mensah

""" + reply_chain("fr", "2026-04-02 11:10", "Nathalie Jacquemin", "n.jacquemin@colismeuse.example.be",
                  """Bonjour Monsieur Kowalczyk-Mensah,

J'ai le plaisir de vous annoncer que nous souhaitons vous engager comme Planificateur de tournées au dépôt de Liège-Bressoux.""") + "\n",
))

add(dict(
    key="portmb_merci", kind="other", lang="fr",
    frm=ME, to=[("Isabelle Moreau-Thys", "i.moreauthys@portmeusebasse.example.be")],
    subject="Merci pour l'entretien du 13 mai",
    date="2026-05-13 20:41", irt="portmb_salle_heure",
    text="""Madame Moreau-Thys,

Je tenais à vous remercier, ainsi que les membres du jury, pour l'entretien de cet après-midi. J'ai beaucoup apprécié la présentation du nouveau terminal et la mise en situation sur les créneaux d'écluse.

Je reste très motivé par la fonction et disponible pour toute information complémentaire.

Bien cordialement,
Aurélien Kowalczyk-Mensah
""",
))

add(dict(
    key="vandersmissen_excuses", kind="other", lang="fr",
    frm=ME, to=[("Grégory Lhoest", "g.lhoest@vandersmissen.example.be")],
    subject="Re: Votre CV – planificateur",
    date="2026-01-22 12:05", irt="vandersmissen_appels",
    charset="iso-8859-1", cte="8bit",
    text="""Monsieur Lhoest,

Je suis vraiment désolé pour ce matin. J'étais en tournée et mon GSM était resté dans la camionnette, je n'ai vu vos deux appels qu'à midi.
Serait-il possible de reprogrammer l'appel ? Je suis disponible tous les après-midis à partir de 14 h.

Bien à vous,
Aurélien Kowalczyk-Mensah

""" + reply_chain("fr", "2026-01-22 10:41", "Grégory Lhoest", "g.lhoest@vandersmissen.example.be",
                  """Monsieur,

J'ai essayé de vous appeler deux fois à 10 h comme convenu, au 0478 55 21 09, sans réponse, et je suis tombé sur votre messagerie.""") + "\n",
))

_t = """Madame, Monsieur,

Je vous prie de trouver ci-joint ma candidature pour la fonction de gestionnaire planning trafic fluvial (réf. PMB/2026/07) : curriculum vitae, lettre de motivation et copie de mon certificat en gestion logistique.

Facteur depuis neuf ans à Liège, j'organise chaque jour une tournée de plus de 600 adresses et je forme les nouveaux collègues. Je souhaite aujourd'hui mettre ce sens de l'organisation au service de la planification, et le transport fluvial m'intéresse particulièrement.

Je me tiens à votre disposition pour un entretien.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Aurélien Kowalczyk-Mensah
Rue Saint-Gilles 214, 4000 Liège
0478 55 21 09
"""
add(dict(
    key="portmb_candidature", kind="other", lang="fr",
    frm=ME, to=[("Port fluvial de Meuse-Basse – Recrutement", "recrutement@portmeusebasse.example.be")],
    subject="Candidature – gestionnaire planning trafic fluvial (PMB/2026/07)",
    date="2026-04-14 22:18",
    text=_t, html=outlook_html(paras(_t)),
    pdfs=[dict(name="Candidature_PMB-2026-07.pdf", lines=[
        "Aurélien Kowalczyk-Mensah – Candidature PMB/2026/07", "",
        "Curriculum vitae", "Lettre de motivation", "Certificat en gestion logistique"])],
))

# ----------------------------------------------------------------------------- fr: recruiter, private life

add(dict(
    key="marbaix_approche", kind="other", lang="fr",
    contact="helene@marbaix.example.be",
    frm=("Hélène Marbaix", "helene@marbaix.example.be"),
    subject="Votre parcours – prise de contact",
    date="2026-09-07 17:55",
    text="""Bonjour Monsieur Kowalczyk-Mensah,

Je me permets de vous contacter après avoir lu votre profil sur le réseau professionnel Prolink. Votre parcours de facteur qui se forme à la planification est peu commun, et c'est précisément ce qui m'intéresse.

Mon cabinet accompagne des distributeurs et des transporteurs de Wallonie dans leurs recrutements de cadres logistiques. Je n'ai pas de poste précis à vous soumettre aujourd'hui, mais j'aime connaître les bons profils avant d'en avoir besoin.

Si vous le souhaitez, envoyez-moi votre CV à jour en quelques lignes sur ce que vous recherchez : je le garderai en tête pour mes prochaines missions.

Bien à vous,

Hélène Marbaix
Associée
Marbaix & Associés – Executive Search Logistique
Avenue Rogier 12, 4000 Liège
+32 4 222 91 30 | +32 475 61 20 88
""",
))

add(dict(
    key="banque_rdv_conseiller", kind="other", lang="fr",
    contact="sandrine.hick@meusevesdre.example.be",
    frm=("Banque Meuse & Vesdre", "conseil@meusevesdre.example.be"),
    reply_to=("Sandrine Hick – Banque Meuse & Vesdre", "sandrine.hick@meusevesdre.example.be"),
    subject="Votre rendez-vous avec votre conseillère – confirmation",
    date="2026-03-24 09:10",
    text="""Bonjour Monsieur Kowalczyk-Mensah,

Nous vous confirmons votre rendez-vous avec Sandrine Hick, votre conseillère, le mercredi 1er avril à 16 h 30 à l'agence de Liège-Outremeuse, pour faire le point sur votre situation suite à votre projet de changement d'emploi.

Lors de cet entretien, nous passerons en revue la position de vos comptes, votre prêt hypothécaire et les garanties de votre assurance revenu garanti. Merci d'apporter vos trois dernières fiches de paie.

En cas d'empêchement, vous pouvez annuler ou déplacer ce rendez-vous depuis votre application mobile.

Banque Meuse & Vesdre – Agence Liège-Outremeuse
Rue Puits-en-Sock 58, 4020 Liège
""",
))

add(dict(
    key="proprio_chaudiere", kind="other", lang="fr",
    contact="francis.delvaux@example.be",
    frm=("Francis Delvaux", "francis.delvaux@example.be"),
    subject="Entretien de la chaudière + visite de l'appartement du 2e",
    date="2026-08-27 19:33",
    charset="windows-1252", cte="quoted-printable",
    text="""Bonsoir Monsieur Kowalczyk,

Le chauffagiste passera pour l'entretien annuel de la chaudière le mardi 8 septembre entre 8 h et 12 h. Pouvez-vous lui laisser l'accès à la cave ? Si vous n'êtes pas là, je peux venir ouvrir avec ma clé.

Autre chose : l'appartement du 2e est libre depuis le 1er. J'ai une visite avec un candidat locataire samedi à 11 h, il se peut que vous entendiez du passage dans la cage d'escalier.

Merci et bonne soirée,
Francis Delvaux
""",
))

add(dict(
    key="ecole_reunion_parents", kind="other", lang="fr",
    contact="direction@ecole-laveu.example.be",
    frm=("École communale du Laveu – Direction", "direction@ecole-laveu.example.be"),
    to=[("Parents de 3e primaire", "parents-3p@ecole-laveu.example.be")],
    subject="Entretiens individuels parents-enseignants – 3e primaire",
    date="2026-01-30 13:05",
    headers={"Precedence": "list", "List-Id": "Parents 3P <parents-3p.ecole-laveu.example.be>"},
    text="""Chers parents,

Les entretiens individuels avec Madame Ortmans, titulaire de la classe de 3e primaire, auront lieu la semaine du 23 février, après les congés de détente.

Chaque entretien dure 15 minutes. Merci de réserver votre créneau au moyen du tableau affiché à l'entrée de la classe ou en répondant à ce message avant le 13 février. Si aucun horaire ne vous convient, l'enseignante peut vous proposer un rendez-vous téléphonique.

Nous vous rappelons que la fancy-fair aura lieu le samedi 13 juin.

Bien cordialement,
La direction
École communale du Laveu
""",
))

add(dict(
    key="medecin_rdv_annule", kind="other", lang="fr",
    frm=("Centre médical Sainte-Walburge", "rendezvous@cm-walburge.example.be"),
    subject="Annulation de votre rendez-vous du 14/07",
    date="2026-07-10 08:02",
    headers={"Auto-Submitted": "auto-generated"},
    text="""Bonjour,

Nous sommes au regret de vous informer que votre rendez-vous du mardi 14 juillet à 9 h 20 avec le Dr Lemaire (médecine du sport) est annulé en raison d'une absence imprévue du médecin.

Vous pouvez reprendre un rendez-vous en ligne ou par téléphone au 04 226 18 00. Nous vous prions de nous excuser pour ce contretemps.

Centre médical Sainte-Walburge
Message automatique – ne pas répondre.
""",
))

add(dict(
    key="colis_absence_auto", kind="other", lang="fr",
    contact="n.jacquemin@colismeuse.example.be",
    frm=("Nathalie Jacquemin", "n.jacquemin@colismeuse.example.be"),
    subject="Réponse automatique : Merci pour l'entretien de cet après-midi",
    date="2026-03-13 18:31", irt="colis_merci",
    headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
    text="""Bonjour,

Je suis absente du bureau jusqu'au lundi 23 mars inclus, avec un accès limité à mes e-mails.

Pour toute question urgente concernant un recrutement en cours, vous pouvez contacter le service RH au 04 340 22 00. Les entretiens planifiés pendant mon absence sont maintenus.

Cordialement,
Nathalie Jacquemin
Colis Meuse Express
""",
))

_t = """Aurélien, votre profil attire l'attention !

12 personnes ont consulté votre profil cette semaine, dont :
• une recruteuse d'un cabinet de recrutement à Liège
• un responsable des opérations dans le secteur du transport
• 3 personnes de la région de Luxembourg

Vous êtes apparu dans 41 recherches, notamment pour « planificateur logistique » et « dispatcher ».

Voir qui a consulté votre profil : https://prolink.example.com/me/profile-views

Astuce : les membres dont le profil indique « Ouvert aux opportunités » reçoivent deux fois plus de messages de recruteurs.

Prolink · Se désabonner de ces e-mails : https://prolink.example.com/settings/email
"""
add(dict(
    key="prolink_vues_profil", kind="other", lang="fr",
    frm=("Prolink", "notifications@prolink.example.com"),
    subject="Aurélien, 12 personnes ont consulté votre profil",
    date="2026-05-03 10:14 +0000",
    text=_t, html=plain_html(paras(_t)),
    headers={"List-Unsubscribe": "<https://prolink.example.com/settings/email?t=pv>",
             "Auto-Submitted": "auto-generated"},
))

add(dict(
    key="hauteecole_admission_refus", kind="other", lang="fr",
    contact="inscriptions@hemosane.example.be",
    frm=("Haute École Mosane - Service des inscriptions", "inscriptions@hemosane.example.be"),
    subject="Votre demande d'admission - Bachelier en logistique (horaire décalé)",
    subj_enc=("iso-8859-1", "Q"),
    date="2026-07-03 11:45",
    charset="iso-8859-1", cte="quoted-printable",
    text="""Monsieur,

Nous avons examiné votre demande d'admission au Bachelier en gestion des transports et logistique d'entreprise, en horaire décalé, pour l'année académique 2026-2027.

Nous sommes au regret de vous informer que nous ne pouvons pas donner une suite favorable à votre demande : le nombre de places en horaire décalé est limité à 40 étudiants et toutes ont été attribuées selon l'ordre d'arrivée des dossiers complets.

Votre dossier est placé sur liste d'attente (position 7). Vous pouvez également introduire une demande de valorisation des acquis de l'expérience (VAE) pour la rentrée de février.

Service des inscriptions
Haute École Mosane - Département économique
""",
))

add(dict(
    key="postemosane_entretien_annuel", kind="other", lang="fr",
    contact="pascal.defourny@postemosane.example.be",
    frm=("Defourny Pascal", "pascal.defourny@postemosane.example.be"),
    subject="Entretien annuel d'évaluation 2025",
    date="2026-01-29 14:20",
    text="""Bonjour Aurélien,

Comme chaque année, je dois réaliser ton entretien d'évaluation avant fin février. Je te propose le mardi 10 février à 13 h 30, dans mon bureau au centre de distribution (1er étage), après ta tournée.

Pense à remplir ton auto-évaluation dans l'outil RH avant le rendez-vous. On parlera aussi de tes souhaits de formation : j'ai vu que tu suivais des cours du soir en logistique, il y a peut-être quelque chose à faire en interne.

Pascal Defourny
Chef de centre – CD Liège-Centre
Poste Mosane
""",
))

# ----------------------------------------------------------------------------- en: lists

_t = """SUPPLY CHAIN CAREERS WEEKLY - Issue 148

THIS WEEK: The interview questions planners get asked most

We asked 30 hiring managers which interview questions they use for planning roles. The top three: "Walk me through a day when your plan fell apart", "How do you prioritise when two customers want the same truck?", and "What data do you look at first in the morning?"

Read the full piece: https://scc-weekly.example.com/148/interview-questions

ALSO:
- Why 'we went with another candidate' rarely tells the whole story
- Salary survey: transport planners in the Benelux, 2026 edition
- Open positions from our partners: 23 planner jobs in Rotterdam, Antwerp and Duisburg

You're receiving this because you subscribed at scc-weekly.example.com.
Unsubscribe: https://scc-weekly.example.com/unsubscribe
"""
add(dict(
    key="scc_weekly", kind="other", lang="en",
    frm=("Supply Chain Careers Weekly", "editor@scc-weekly.example.com"),
    subject="The interview questions planners get asked most",
    date="2026-03-05 07:15 +0000",
    text=_t, html=plain_html(paras(_t)),
    headers=lists("Supply Chain Careers Weekly <weekly.scc-weekly.example.com>",
                  "https://scc-weekly.example.com/unsubscribe?u=4f21",
                  "unsubscribe@scc-weekly.example.com"),
))

_items = [
    ("Junior Transport Planner - Rotterdam Waalhaven",
     "Container trucking · English-speaking team · interviews this month",
     "https://plannerjobs.example.nl/job/55102"),
    ("Rail Freight Planner - Rotterdam Europoort",
     "Intermodal operator · Dutch not required",
     "https://plannerjobs.example.nl/job/55119"),
    ("Planning Assistant (night shift) - Barendrecht",
     "Fresh produce distribution · 32-40 h",
     "https://plannerjobs.example.nl/job/55126"),
]
_intro = "3 new jobs match your saved search 'planner, Rotterdam, English'."
_foot = "PlannerJobs.nl - manage your alerts at https://plannerjobs.example.nl/alerts"
add(dict(
    key="plannerjobs_alert", kind="other", lang="en",
    frm=("PlannerJobs.nl", "jobalerts@plannerjobs.example.nl"),
    subject="3 new planner jobs in Rotterdam",
    date="2026-07-27 05:45",
    text=digest_text("New jobs for you", _items, _intro, _foot),
    html=digest_html("New jobs for you", _items, _intro, _foot),
    headers=lists("PlannerJobs alerts <alerts.plannerjobs.example.nl>",
                  "https://plannerjobs.example.nl/alerts/off?u=akm",
                  "alerts-off@plannerjobs.example.nl"),
))

_t = """Today's highlights from your reading list

"I got 40 rejections before my first planning job. Here's what changed."
by Tomasz W. - 7 min read
After two years as a delivery driver, I applied to every planning role within an hour of home. Rejection emails came in waves, sometimes three a day. What finally worked was not a better CV but a different kind of interview preparation...
https://readwell.example.com/@tomaszw/40-rejections-9b1c

"The hiring freeze nobody announced"
by Career Notes - 4 min read
https://readwell.example.com/@careernotes/hiring-freeze-2a7f

Sent by Readwell Daily Digest. Stop these emails: https://readwell.example.com/settings/digest
"""
add(dict(
    key="readwell_digest", kind="other", lang="en",
    frm=("Readwell Daily Digest", "noreply@readwell.example.com"),
    subject="\"I got 40 rejections before my first planning job\" and more",
    date="2026-08-19 06:02 +0000",
    text=_t, html=plain_html(paras(_t)),
    headers=lists("Readwell Digest <digest.readwell.example.com>",
                  "https://readwell.example.com/settings/digest?t=x",
                  "digest-stop@readwell.example.com"),
))

_t = """Hi Aurélien,

Your application for Network Planner (Brussels Hub) at SwiftParcel Benelux was viewed by the hiring team.

Applicants who message the recruiter after their application is viewed are 30% more likely to hear back.

View application: https://prolink.example.com/jobs/applied/88120
Similar jobs: Logistics Planner (Vilvoorde), Route Planner (Mechelen)

Prolink Jobs · Unsubscribe: https://prolink.example.com/settings/email
"""
add(dict(
    key="prolink_application_viewed", kind="other", lang="en",
    frm=("Prolink Jobs", "jobs-noreply@prolink.example.com"),
    subject="Your application was viewed by SwiftParcel Benelux",
    date="2026-01-19 16:40 +0000",
    text=_t,
    headers={"List-Unsubscribe": "<https://prolink.example.com/settings/email?t=av>",
             "Auto-Submitted": "auto-generated"},
))

# ----------------------------------------------------------------------------- en: people

add(dict(
    key="lastmile_podcast", kind="other", lang="en",
    contact="grace@lastmilestories.example.com",
    frm=("Grace Okafor", "grace@lastmilestories.example.com"),
    subject="Guest invitation: Last Mile Stories podcast",
    date="2026-08-03 15:18 +0100",
    text="""Hi Aurélien,

I host Last Mile Stories, a podcast about the people who actually move parcels around Europe. A listener sent me your post about swapping the postman's bag for a planning screen, and I'd love to have you on the show.

The format is a relaxed 40-minute conversation, recorded remotely. We'd talk about your years on the round, what you've learned from job interviews so far, and what planners could learn from postmen. No need to prepare anything.

Would any afternoon in the week of 17 August work for a recording?

Cheers,
Grace Okafor
Host & producer, Last Mile Stories
https://lastmilestories.example.com
""",
))

_t = """Hi Aurélien,

Thanks for using Parcelbox lockers! We're redesigning the app and would love to hear from people who use it often.

Would you join a 30-minute remote interview with our research team? You'll share your screen, try a prototype and tell us what you think. There are no right or wrong answers.

As a thank-you you'll receive a EUR 25 gift card.

Pick a time: https://parcelbox.example.eu/research/book?src=email

Thanks,
The Parcelbox Research Team
"""
add(dict(
    key="parcelbox_user_research", kind="other", lang="en",
    frm=("Parcelbox Research", "research@parcelbox.example.eu"),
    subject="Help us improve Parcelbox: 30-minute interview",
    date="2026-09-22 12:00 +0000",
    html=plain_html(paras(_t)),
))

_t = """TrackMate - position update

Device: "Bike" (TM-2 tracker)
Last position: Quai de Rome 12, 4000 Liège
Coordinates: 50.6227 N, 5.5689 E
Time: 04 Oct 2026, 23:41
Battery: 18% - please charge soon

Your device has left the safe zone "Home" you defined. If this was not expected, open the app to see the live position: https://app.trackmate.example.com/devices/tm2-8841

TrackMate notifications - manage alerts in the app settings.
"""
add(dict(
    key="trackmate_position", kind="other", lang="en",
    frm=("TrackMate", "alerts@trackmate.example.com"),
    subject="Position alert: \"Bike\" left safe zone Home",
    date="2026-10-04 23:42",
    text=_t,
    headers={"Auto-Submitted": "auto-generated"},
))

add(dict(
    key="mvf_thanks", kind="other", lang="en",
    frm=ME, to=[("Maud Hendrix", "maud.hendrix@mvfulfilment.example.nl")],
    subject="Thank you - Inbound Planner panel",
    date="2026-04-29 19:12", irt="mvf_moved",
    text="""Dear Maud,

Thank you for organising the panel interview on Tuesday and for the tour of the inbound area afterwards. The discussion with Rik about dock scheduling was really interesting, and I left even more motivated to join the team.

Please let me know if you need any further documents or references.

Kind regards,
Aurélien
""",
))

_t = """Dear Pallet Pilots team,

Please find attached my application for the Planner position in Rotterdam. After nine years as a postman in Liège I know last-mile delivery from the inside, and I am now looking to move into planning.

Kind regards,
Aurélien Kowalczyk-Mensah
+32 478 55 21 09
"""
add(dict(
    key="palletpilots_application", kind="other", lang="en",
    frm=ME, to=[("Pallet Pilots Jobs", "jobs@palletpilots.example.nl")],
    subject="Application - Planner (Rotterdam)",
    date="2026-02-17 21:04",
    text=_t, html=plain_html(paras(_t)),
    pdfs=[dict(name="CV_Kowalczyk-Mensah_EN.pdf", lines=[
        "Aurelien Kowalczyk-Mensah - Curriculum Vitae", "Liege, Belgium", "",
        "Postman, Poste Mosane (2017-2026)", "Evening certificate in logistics management (2025)",
        "Languages: French, English, German (B1), Spanish (B1)"])],
))

add(dict(
    key="mcp_explanation", kind="other", lang="en",
    frm=ME, to=[("Femke de Wit", "femke.dewit@mcp.example.nl")],
    subject="Re: Our call this morning",
    date="2026-06-11 13:55", irt="mcp_waited_teams",
    text="""Dear Femke,

I am very sorry about this morning. The Teams link in the calendar invitation opened an old meeting on my laptop, and by the time I realised and found the right one, the call had ended. I should have written to you straight away.

I am still very much interested in the Yard Planner role and would be grateful for another chance to talk. I am available any day next week.

Kind regards,
Aurélien Kowalczyk-Mensah

""" + reply_chain("en", "2026-06-11 10:31", "Femke de Wit", "femke.dewit@mcp.example.nl",
                  """Hi Aurélien,

We had our call booked for 10:00 this morning. Arjen from the planning team and I waited on Teams for about fifteen minutes but didn't see you join.""") + "\n",
))

add(dict(
    key="mcp_ooo", kind="other", lang="en",
    contact="femke.dewit@mcp.example.nl",
    frm=("Femke de Wit", "femke.dewit@mcp.example.nl"),
    subject="Automatic reply: Re: Our call this morning",
    date="2026-06-11 13:56", irt="mcp_explanation",
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    text="""Thank you for your email. I am out of the office until Monday 15 June with limited access to email.

For urgent matters regarding interviews or applications, please contact recruitment@mcp.example.nl.

Kind regards,
Femke de Wit
""",
))

add(dict(
    key="keelrudder_cold", kind="other", lang="en",
    contact="oliver@keelrudder.example.co.uk",
    frm=("Oliver Brennan", "oliver@keelrudder.example.co.uk"),
    subject="Planning roles in Rotterdam - quick chat?",
    date="2026-05-18 10:30 +0100",
    text="""Hi Aurélien,

I came across your profile while researching planners with a strong operational background. I recruit for shipping agencies, terminals and forwarders in Rotterdam and Antwerp, and I'm often asked for people who understand what happens on the ground, not just on the screen.

I don't want to oversell anything: I have nothing I can put in front of you today. But if you'd like to be on my radar when the right brief lands, just reply with an up-to-date CV and a line on where you'd be willing to work.

Best,
Oliver Brennan
Principal Consultant, Maritime & Logistics
Keel & Rudder Search Ltd
+44 23 8000 4417
""",
))

add(dict(
    key="keelrudder_reply", kind="other", lang="en",
    frm=ME, to=[("Oliver Brennan", "oliver@keelrudder.example.co.uk")],
    subject="Re: Planning roles in Rotterdam - quick chat?",
    date="2026-05-19 08:11", irt="keelrudder_cold",
    text="""Hi Oliver,

Thanks for reaching out. Yes, I'd be glad to be on your radar: my CV is attached. I'm particularly interested in port and shipping roles in Rotterdam, and I'm happy to relocate.

Best regards,
Aurélien

""" + reply_chain("en", "2026-05-18 10:30", "Oliver Brennan", "oliver@keelrudder.example.co.uk",
                  """Hi Aurélien,

I came across your profile while researching planners with a strong operational background.""") + "\n",
    pdfs=[dict(name="Aurelien_Kowalczyk-Mensah_CV.pdf", lines=[
        "Aurelien Kowalczyk-Mensah", "Liege, Belgium - +32 478 55 21 09", "",
        "Postman, Poste Mosane (2017-2026): 600-address urban round, trainer of new staff",
        "Evening certificate in logistics management (2025)"])],
))

add(dict(
    key="dentist_reschedule", kind="other", lang="en",
    contact="frontdesk@midc.example.nl",
    frm=("Maastricht International Dental Clinic", "appointments@midc.example.nl"),
    reply_to=("MIDC Front Desk", "frontdesk@midc.example.nl"),
    subject="Your appointment has been moved",
    date="2026-06-26 09:30",
    text="""Dear Mr Kowalczyk-Mensah,

Due to a change in Dr. Bos's schedule, your check-up appointment on Thursday 2 July at 08:30 has been moved to Friday 3 July at 16:15.

If the new time does not suit you, please call us on +31 43 350 72 00 or reply to this email, and we will find another slot. Please remember to cancel at least 24 hours in advance to avoid a cancellation fee.

Kind regards,
Front Desk
Maastricht International Dental Clinic
""",
))

# ----------------------------------------------------------------------------- de

_t = """Jobletter Logistik Euregio - Ausgabe 19/2026

Guten Morgen Aurélien,

hier sind die neuen Stellen der Woche in der Region Aachen - Düren - Heinsberg:

- Disponent (m/w/d) Stückgut - Eschweiler - Vollzeit, unbefristet
- Tourenplaner (m/w/d) Lebensmittellogistik - Alsdorf - Schichtarbeit
- Sachbearbeiter Zoll und Versand (m/w/d) - Aachen-Rothe Erde

Tipp der Woche: Nach einer Absage lohnt es sich, höflich nach dem Grund zu fragen. Viele Personaler antworten, wenn man sie am Telefon erreicht, und im nächsten Vorstellungsgespräch sind Sie besser vorbereitet.

Alle Stellen ansehen: https://jobletter-euregio.example.de/ausgabe/19

Sie erhalten diesen Newsletter, weil Sie sich auf jobletter-euregio.example.de angemeldet haben.
Abmelden: https://jobletter-euregio.example.de/abmelden
"""
add(dict(
    key="jobletter_euregio", kind="other", lang="de",
    frm=("Jobletter Logistik Euregio", "redaktion@jobletter-euregio.example.de"),
    subject="Neue Stellen der Woche: Disposition & Tourenplanung",
    date="2026-05-08 06:00",
    charset="iso-8859-1", cte="quoted-printable",
    text=_t, html=plain_html(paras(_t)),
    headers=lists("Jobletter Logistik Euregio <jobletter.jobletter-euregio.example.de>",
                  "https://jobletter-euregio.example.de/abmelden?id=akm19",
                  "abmelden@jobletter-euregio.example.de"),
))

add(dict(
    key="aachenerpaket_bewerbung", kind="other", lang="de",
    frm=ME, to=[("Aachener Paketdienst Bewerbungen", "jobs@aachener-paket.example.de")],
    subject="Bewerbung als Tourenplaner",
    date="2026-04-20 19:55",
    text="""Sehr geehrte Damen und Herren,

anbei sende ich Ihnen meine Bewerbung als Tourenplaner (m/w/d).

Seit neun Jahren arbeite ich als Briefträger in Lüttich und plane dort täglich meine eigene Zustellroute. Ich möchte mich nun beruflich in Richtung Disposition weiterentwickeln. Die Arbeit in einem Paketdepot kenne ich aus zahlreichen Vertretungen im Sortierzentrum.

Über eine Einladung zu einem Gespräch freue ich mich sehr.

Mit freundlichen Grüßen
Aurélien Kowalczyk-Mensah
Rue Saint-Gilles 214, 4000 Liège, Belgien
+32 478 55 21 09
""",
    pdfs=[dict(name="Lebenslauf_Kowalczyk-Mensah.pdf", lines=[
        "Lebenslauf – Aurélien Kowalczyk-Mensah", "",
        "Briefträger, Poste Mosane, Lüttich (2017–2026)",
        "Weiterbildung Logistikmanagement (Abendkurs, 2025)",
        "Sprachen: Französisch, Englisch, Deutsch (B1), Spanisch (B1)"])],
))

add(dict(
    key="headhunter_kontaktanfrage", kind="other", lang="de",
    contact="t.weingarten@rheinlogistik-personal.example.de",
    frm=("Till Weingarten", "t.weingarten@rheinlogistik-personal.example.de"),
    subject="Ihr Profil – unverbindlicher Austausch?",
    date="2026-03-31 11:02",
    text="""Guten Tag Herr Kowalczyk-Mensah,

über Ihr Profil im Karrierenetzwerk bin ich auf Sie aufmerksam geworden. Ich bin Personalberater mit Schwerpunkt Transport und Logistik im Rheinland und in der Euregio.

Aktuell habe ich keine konkrete Position für Sie, baue aber mein Netzwerk an Disponenten mit Praxiserfahrung aus. Wenn Sie mögen, schicken Sie mir gern Ihren aktuellen Lebenslauf, dann kann ich Sie bei passenden Anfragen direkt ansprechen.

Viele Grüße
Till Weingarten
Rheinlogistik Personalberatung
Kaiser-Wilhelm-Ring 22, 50672 Köln
0221 888 31 40
""",
))

add(dict(
    key="vhs_einstufung", kind="other", lang="de",
    contact="sprachen@vhs-aachen.example.de",
    frm=("VHS Aachen - Sprachen", "sprachen@vhs-aachen.example.de"),
    subject="Ihr Einstufungsgespräch für den Deutschkurs B2",
    date="2026-08-26 10:30",
    charset="iso-8859-1", cte="8bit",
    text="""Sehr geehrter Herr Kowalczyk-Mensah,

vielen Dank für Ihre Anmeldung zum Kurs "Deutsch B2 - Beruf" (Kursnummer 26H-4120).

Vor Kursbeginn laden wir alle Teilnehmenden zu einem kurzen Einstufungsgespräch ein. Ihr Termin: Montag, 7. September, 17:40 Uhr, Raum 2.14, Peterstraße 21-25. Das Gespräch dauert etwa 15 Minuten und dient nur dazu, Ihr Sprachniveau zu bestätigen.

Sollten Sie verhindert sein, sagen Sie bitte rechtzeitig ab.

Mit freundlichen Grüßen
Fachbereich Sprachen
Volkshochschule Aachen
""",
))

# ----------------------------------------------------------------------------- es

_t = """BOLETÍN EMPLEO LOGÍSTICO ARAGÓN · Septiembre 2026

Hola, Aurélien:

Estas son las ofertas destacadas de este mes en la Plataforma Logística de Zaragoza (PLAZA) y alrededores:

· Planificador/a de rutas – Cuarte de Huerva – contrato indefinido
· Técnico/a de tráfico internacional – PLAZA – inglés y francés valorables
· Jefe/a de turno de almacén – Villanueva de Gállego

Además: ¿te han rechazado en un proceso de selección? En nuestro artículo del mes, tres responsables de RR. HH. explican cómo pedir feedback después de una entrevista sin parecer insistente.

Ver todas las ofertas: https://empleologistico-aragon.example.es/boletin/2026-09

Recibes este boletín porque te suscribiste en nuestra web. Darse de baja: https://empleologistico-aragon.example.es/baja
"""
add(dict(
    key="empleo_logistico_boletin", kind="other", lang="es",
    frm=("Empleo Logístico Aragón", "boletin@empleologistico-aragon.example.es"),
    subject="Boletín de septiembre: nuevas ofertas en PLAZA",
    date="2026-09-03 08:00",
    text=_t, html=plain_html(paras(_t)),
    headers=lists("Empleo Logistico Aragon <boletin.empleologistico-aragon.example.es>",
                  "https://empleologistico-aragon.example.es/baja?u=akm",
                  "baja@empleologistico-aragon.example.es"),
))

_t = """Hola Aurélien:

Lamentablemente, tu pedido n.º 402-7719-33 se ha retrasado.

Artículo: Botas de seguridad S3 talla 43
Nueva fecha estimada de entrega: entre el 29 y el 31 de julio

El retraso se debe a una incidencia en el centro logístico del transportista. No tienes que hacer nada: te avisaremos cuando el paquete esté en reparto. Si prefieres cancelar el pedido, puedes hacerlo desde «Mis pedidos».

Sentimos las molestias.
Atención al cliente – TiendaTrabajo.es
"""
add(dict(
    key="pedido_retrasado", kind="other", lang="es",
    frm=("TiendaTrabajo.es", "pedidos@tiendatrabajo.example.es"),
    subject="Tu pedido se ha retrasado",
    date="2026-07-24 20:15",
    text=_t, html=plain_html(paras(_t)),
    headers={"Auto-Submitted": "auto-generated"},
))

add(dict(
    key="amigo_nacho_rechazo", kind="other", lang="es",
    contact="nacho.sierra@example.es",
    frm=("Nacho Sierra", "nacho.sierra@example.es"),
    subject="Re: ¿qué tal por Zaragoza?",
    date="2026-08-30 23:05",
    text="""¡Hombre, Aurélien!

Qué alegría que te estés planteando venirte. Te cuento lo mío: al final me dijeron que no en la empresa de transporte de la que te hablé. Llegué hasta la última entrevista y el jefe de tráfico me dijo que había otro candidato con más experiencia. Un palo, la verdad, pero bueno, sigo en el almacén y de momento no me quejo.

Cuando vengas para lo de la jornada de prueba avísame y nos tomamos unas cañas en el Tubo. Si necesitas sofá, aquí tienes uno.

Un abrazo,
Nacho

""" + reply_chain("es", "2026-08-28 19:40", CAND_NAME, CAND, """Hola Nacho:

¿Qué tal todo? Al final igual me voy unos meses a Zaragoza: tengo una jornada de prueba en PLAZA el 1 de septiembre. ¿Y a ti qué te dijeron de la entrevista?

Aurélien""") + "\n",
))

add(dict(
    key="ebro_disculpa", kind="other", lang="es",
    frm=ME, to=[("Lucía Gracia Bielsa", "lucia.gracia@ple.example.es")],
    subject="Re: Jornada de prueba de hoy",
    date="2026-09-01 10:02", irt="ebro_no_presentado",
    text="""Hola Lucía:

Te pido mil disculpas. Mi vuelo desde Bruselas se canceló anoche y no conseguí otro hasta esta mañana; acabo de aterrizar en Zaragoza y tenía el móvil apagado. Debería haberos avisado por correo en cuanto lo supe.

Sigo muy interesado en el puesto. Si fuera posible hacer la jornada de prueba otro día esta semana, me adapto a lo que necesitéis.

Un saludo,
Aurélien Kowalczyk-Mensah

""" + reply_chain("es", "2026-09-01 09:10", "Lucía Gracia Bielsa", "lucia.gracia@ple.example.es",
                  """Hola Aurélien:

Jorge Sancho me dice que te estaba esperando a las 8:00 en la nave 3 para la jornada de prueba y que no has aparecido.""") + "\n",
))

add(dict(
    key="ebro_respuesta_automatica", kind="other", lang="es",
    contact="lucia.gracia@ple.example.es",
    frm=("Lucía Gracia Bielsa", "lucia.gracia@ple.example.es"),
    subject="Respuesta automática: Re: Jornada de prueba de hoy",
    date="2026-09-01 10:03", irt="ebro_disculpa",
    headers={"Auto-Submitted": "auto-replied"},
    charset="iso-8859-1", cte="quoted-printable",
    text="""Gracias por tu mensaje.

Estoy fuera de la oficina en una feria de empleo hasta el jueves 3 de septiembre, con acceso limitado al correo. Responderé a tu mensaje a mi vuelta.

Para asuntos urgentes relacionados con entrevistas o procesos de selección en curso, puedes llamar al 976 00 41 00.

Lucía Gracia Bielsa
Plataforma Logística Ebro
""",
))

add(dict(
    key="reclutadora_contacto", kind="other", lang="es",
    contact="raquel.anson@nortelogistica-rrhh.example.es",
    frm=("Raquel Ansón", "raquel.anson@nortelogistica-rrhh.example.es"),
    subject="Contacto – perfiles de planificación en Zaragoza",
    date="2026-07-29 12:47",
    text="""Hola Aurélien:

Soy Raquel Ansón, consultora de selección especializada en logística en Zaragoza y Huesca. He visto en tu perfil que buscas oportunidades en planificación de transporte en Aragón.

Ahora mismo no tengo un proceso abierto que encaje contigo, pero me gustaría tener tu perfil presente en los próximos meses, que suelen ser de mucha contratación en PLAZA.

Si te parece bien, envíame tu CV actualizado y lo guardo en nuestra base.

Un saludo,
Raquel Ansón
Norte Logística RR. HH.
Tel. 976 55 09 31
""",
))

add(dict(
    key="academia_prueba_nivel", kind="other", lang="es",
    contact="secretaria@academiapilar.example.es",
    frm=("Academia de Idiomas Pilar", "secretaria@academiapilar.example.es"),
    subject="Tu entrevista de nivel para el curso intensivo",
    date="2026-08-11 17:20",
    charset="iso-8859-1", cte="quoted-printable",
    text="""Hola Aurélien:

Gracias por inscribirte en el curso intensivo de español B2 de septiembre.

Antes de empezar, todos los alumnos hacen una breve entrevista de nivel con una profesora. La tuya será el jueves 27 de agosto a las 18:30 por videollamada; te enviaremos el enlace el día anterior. Dura unos 15 minutos y no hay que preparar nada.

Si no puedes en ese horario, respóndenos y buscamos otro hueco.

Un saludo,
Secretaría
Academia de Idiomas Pilar - Zaragoza
""",
))

add(dict(
    key="master_no_admitido", kind="other", lang="es",
    contact="admisiones@posgrado-ebro.example.es",
    frm=("Escuela de Posgrado Logística Ebro - Admisiones", "admisiones@posgrado-ebro.example.es"),
    subject="Resolución de tu solicitud de admisión - Máster en Dirección de Operaciones Logísticas",
    subj_enc=("iso-8859-1", "Q"),
    date="2026-06-12 13:00",
    text="""Estimado Aurélien:

La comisión académica ha resuelto las solicitudes de admisión al Máster en Dirección de Operaciones Logísticas, edición 2026-2027.

Lamentamos comunicarte que tu solicitud no ha sido admitida en esta convocatoria, ya que el programa exige una titulación universitaria de grado o equivalente, requisito que no queda acreditado con la documentación aportada.

Te recordamos que nuestro Curso Experto en Planificación del Transporte no tiene este requisito y aún tiene plazas disponibles.

Atentamente,
Oficina de Admisiones
Escuela de Posgrado Logística Ebro
""",
))
