"""Corpus 146, kind `other`: 52 hand-written messages (fr 26, en 16, de 3, es 7).

Digests and newsletters, career advice, press and podcast requests, user-research studies,
parcels, friends, the candidate's own sent mail, landlords, banks, clinics, schools,
out-of-office replies, network notifications and cold approaches.
"""

from __future__ import annotations

from msgs146_common import (
    CANDIDATE_ADDR,
    ME,
    digest_text,
    forward,
    make_adder,
    newsletter,
    outlook_html,
    reply,
    simple_html,
)

MESSAGES: list[dict] = []
add = make_adder(MESSAGES)
O = "other"
AUTO = [("Auto-Submitted", "auto-generated")]


def list_headers(list_id: str, unsub: str, post: str = "NO") -> list[tuple[str, str]]:
    return [
        ("List-Id", list_id),
        ("List-Unsubscribe", f"<{unsub}>, <mailto:unsubscribe@{unsub.split('/')[2]}>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("List-Post", post),
        ("Precedence", "bulk"),
    ]


# =========================================================================== français

T = """Bonjour Julie,

Merci beaucoup pour l'entrevue d'hier avec toi, Patrice et Noémie. J'ai vraiment aimé discuter de la façon dont vous recrutez les participants pour vos tests d'utilisabilité, et l'exercice de synthèse m'a donné le goût d'en faire encore plus.

Si vous avez besoin d'autre chose de ma part pour les prochaines étapes, je suis disponible.

Au plaisir,
Maxime
--
Maxime Tremblay-Nguyen
514 555-0147
"""
add(kind=O, slug="moi_remerciement_entrevue", lang="fr", key="sent-boreal-thanks", frm=ME,
    to=[("Julie Gagnon", "julie.gagnon@logicielsboreal.example.ca")],
    subject="Merci pour l'entrevue d'hier", date="2026-02-11 08:42", tz="-0500",
    refs=["boreal_screen", "boreal_panel"], text=T, cte="8bit")

T = """Bonjour,

Je vous écris au sujet du poste de chercheur·e UX publié sur votre site. Je suis chef d'équipe dans un café de Montréal depuis quatre ans et je me forme à la recherche utilisateur (certificat en cours, trois projets de tests d'utilisabilité bénévoles). Vous trouverez mon CV et mon portfolio en pièce jointe.

Je serais ravi d'en discuter avec vous.

Maxime Tremblay-Nguyen
514 555-0147
"""
add(kind=O, slug="moi_candidature_cv_bruxelles", lang="fr", key="sent-kanal-application",
    frm=ME, to=[("Atelier Kanal", "ines.dewulf@atelierkanal.example.be")],
    subject="Candidature – chercheur·e UX", date="2026-05-14 16:03", tz="-0400",
    text=T, html=simple_html(T),
    attachments=[{"filename": "CV_Maxime_Tremblay-Nguyen.pdf",
                  "pdf": ["Maxime Tremblay-Nguyen", "Montréal (Québec) - maxime.tn@example.ca",
                          "", "EXPÉRIENCE",
                          "2022-2026  Chef d'équipe, Café Pistache, Montréal",
                          "2020-2022  Barista, Café Pistache",
                          "", "FORMATION",
                          "Certificat en recherche utilisateur (en cours)"]},
                 {"filename": "Portfolio_carnets_de_terrain.pdf",
                  "pdf": ["Portfolio - carnets de terrain",
                          "1. La file du matin : observer 200 commandes",
                          "2. Test d'utilisabilité d'une borne de commande"]}])

OLD = """Bonjour M. Tremblay-Nguyen,

Nous vous attendions ce matin à 10 h à la librairie pour votre entrevue avec Denis Bouchard, notre directeur, pour le poste de responsable de l'expérience client. Nous n'avons pas eu de vos nouvelles.

S'il s'agit d'un imprévu, faites-nous signe d'ici vendredi ; Denis pourrait vous recevoir la semaine prochaine."""
T = reply("""Bonjour Madame Bérubé,

Je suis vraiment désolé pour ce matin. J'avais noté l'entrevue pour jeudi dans mon agenda, une erreur bête de ma part, et je m'en excuse auprès de M. Bouchard.

Je suis toujours très intéressé par le poste. Serait-il possible de reprogrammer la rencontre la semaine prochaine ? Je suis libre mardi et mercredi toute la journée, et jeudi avant 13 h.

Merci de votre compréhension,
Maxime Tremblay-Nguyen
""", "fr", "25 févr. 2026 à 11:47", "Chantal Bérubé",
    "chantal.berube@librairiesaintroch.example.ca", OLD)
add(kind=O, slug="moi_excuses_demande_nouvelle_date", lang="fr", key="sent-saintroch-sorry",
    frm=ME, to=[("Chantal Bérubé", "chantal.berube@librairiesaintroch.example.ca")],
    subject="RE: Entrevue de ce matin", date="2026-02-25 13:10", tz="-0500", text=T)

ITEMS = [
    ("Chercheur·e UX – Coop Numérique du Plateau", "https://emploisnet.example.ca/o/88231",
     "Montréal · temps plein · entrevues dès la semaine prochaine"),
    ("Analyste, expérience client – Groupe Pharmaplus", "https://emploisnet.example.ca/o/88240",
     "Laval · hybride · 55 000 $ à 65 000 $"),
    ("Agent·e de recherche – Cégep de la Montagne", "https://emploisnet.example.ca/o/88247",
     "Montréal · contrat 1 an · candidature avant le 20 mars"),
    ("Coordonnateur·trice, tests utilisateurs – Studio Fjord", "https://emploisnet.example.ca/o/88259",
     "Montréal · junior accepté · télétravail partiel"),
    ("Spécialiste sondages clients – Télé-Boréal", "https://emploisnet.example.ca/o/88262",
     "Québec · temps plein · processus rapide"),
]
INTRO = ("Bonjour Maxime, voici les nouvelles offres publiées depuis hier pour votre alerte "
         "« recherche UX, Montréal ». Postulez tôt : les premières candidatures sont souvent "
         "les premières invitées en entrevue.")
FOOT = ("Vous recevez ce courriel parce que vous avez créé une alerte sur EmploisNet Québec. "
        "Se désabonner : https://emploisnet.example.ca/alertes/desabonner?id=a91f2")
add(kind=O, slug="alerte_emplois_montreal", lang="fr",
    frm=("EmploisNet Québec", "alertes@emploisnet.example.ca"),
    subject="5 nouvelles offres : recherche UX, Montréal", date="2026-03-12 06:00", tz="-0400",
    text=digest_text("Vos nouvelles offres", INTRO, ITEMS, FOOT),
    html=newsletter("Vos nouvelles offres", INTRO, ITEMS, FOOT, color="#14532d"),
    headers=list_headers("<alertes.emploisnet.example.ca>",
                         "https://emploisnet.example.ca/alertes/desabonner?id=a91f2") + AUTO)

ITEMS = [
    ("Comment rebondir après un refus", "https://carrieremag.example.fr/rebondir-refus",
     "Lire entre les lignes d'un courriel de refus, demander un retour, et ne pas tout remettre en question."),
    ("Entretien : les 7 questions qui reviennent toujours", "https://carrieremag.example.fr/7-questions",
     "De « parlez-moi de vous » à « avez-vous des questions ? », comment préparer ses réponses."),
    ("Reconversion : le témoignage d'une ancienne serveuse devenue UX designer",
     "https://carrieremag.example.fr/temoignage-ux",
     "Deux ans, trois refus et une offre : elle raconte son parcours."),
]
INTRO = ("Cette semaine, on parle des « non » : malheureusement, la plupart des candidatures "
         "se soldent par un refus, et ce n'est pas une fatalité.")
FOOT = ("Carrière Mag – la lettre du dimanche. Vous êtes inscrit avec maxime.tn@example.ca. "
        "Se désinscrire : https://carrieremag.example.fr/desinscription")
add(kind=O, slug="infolettre_rebondir_refus", lang="fr",
    frm=("Carrière Mag", "lettre@carrieremag.example.fr"),
    subject="Refus, entretiens, reconversion : la lettre du dimanche", date="2026-04-12 07:30",
    tz="+0200", html=newsletter("Carrière Mag", INTRO, ITEMS, FOOT, color="#7c2d12"),
    headers=list_headers("Carriere Mag <dimanche.carrieremag.example.fr>",
                         "https://carrieremag.example.fr/desinscription"))

T = """Bonjour Maxime,

Je m'appelle Amélie Tran et j'anime « Virage », un balado montréalais sur les reconversions professionnelles. Une amie commune, Justine, m'a parlé de ton passage du comptoir de café à la recherche UX, et je pense que ton histoire parlerait à beaucoup de nos auditeurs.

Serais-tu partant pour une entrevue d'environ 40 minutes, enregistrée à distance ou dans notre petit studio du Mile End ? On enregistre généralement le mercredi soir, et l'épisode sortirait en septembre.

Aucune pression, bien sûr. Tu peux écouter les épisodes précédents ici : https://virage-balado.example.ca

Amélie Tran
Animatrice et réalisatrice, Virage
"""
add(kind=O, slug="balado_demande_entrevue", lang="fr",
    contact="amelie@virage-balado.example.ca",
    frm=("Amélie Tran", "amelie@virage-balado.example.ca"),
    subject="Entrevue pour le balado Virage ?", date="2026-06-30 20:14", tz="-0400",
    text=T, html=simple_html(T))

T = """Bonjour Maxime,

Vous utilisez l'application Vélo-Cité au moins une fois par semaine, et c'est précisément votre avis qui nous intéresse !

Notre équipe de recherche mène des entretiens utilisateurs de 45 minutes, en visioconférence, pour comprendre comment vous planifiez vos déplacements. En remerciement, vous recevrez une carte-cadeau de 50 $.

Créneaux disponibles : du 4 au 8 mai, entre 9 h et 19 h. Pour participer, répondez simplement à ce courriel avec deux disponibilités.

Merci d'avance,
Camille Roy
Chercheuse UX, Vélo-Cité Montréal
"""
add(kind=O, slug="etude_utilisateur_carte_cadeau", lang="fr",
    contact="camille.roy@velocite.example.ca",
    frm=("Camille Roy", "camille.roy@velocite.example.ca"),
    subject="Participez à un entretien utilisateur (50 $ en carte-cadeau)",
    subj_enc=("utf-8", "B"), date="2026-04-28 12:00", tz="-0400",
    text=T, html=simple_html(T), cte="base64")

T = """Bonjour Maxime,

Malheureusement, votre colis n° CX 448 201 337 CA est retardé en raison d'un volume exceptionnel au centre de tri de Montréal.

Nouvelle date de livraison estimée : vendredi 20 février 2026.

Vous pouvez suivre votre envoi à tout moment : https://colibri-express.example.ca/suivi/CX448201337CA

Nous nous excusons pour ce contretemps.

Colibri Express – Service à la clientèle
Ce courriel a été envoyé automatiquement, veuillez ne pas y répondre.
"""
add(kind=O, slug="colis_retarde_malheureusement", lang="fr",
    frm=("Colibri Express", "ne-pas-repondre@colibri-express.example.ca"),
    subject="Votre colis est retardé", date="2026-02-17 07:12", tz="-0500",
    text=T, html=simple_html(T), headers=AUTO)

T = """Allo Max!

Petite nouvelle plate de mon bord : j'ai eu mon refus de Studio Nébuleuse ce matin. Après trois rondes d'entrevues et l'exercice maison de 6 heures, juste un courriel générique « nous avons retenu une candidature plus alignée ». J'avoue que j'ai pleuré un peu dans le métro.

Bref, je me relève. Tu veux qu'on se voie jeudi après ton quart? J'ai besoin d'un latte et de tes conseils de vieux sage de la recherche d'emploi, haha.

Bisous,
Justine
"""
add(kind=O, slug="amie_raconte_son_refus", lang="fr",
    contact="justine.lebel@courriel.example.ca",
    frm=("Justine Lebel", "justine.lebel@courriel.example.ca"),
    subject="ugh", date="2026-03-05 12:48", tz="-0500", text=T, cte="8bit")

T = """Bonjour Maxime,

Je vous rappelle que l'entretien annuel de la fournaise et de la thermopompe de votre logement (4e étage) aura lieu le mardi 29 septembre entre 8 h et 12 h. Le technicien de Chauffage Lamarre aura besoin d'accéder à la salle mécanique ainsi qu'à votre balcon.

Si vous ne pouvez pas être présent, merci de me le dire d'ici vendredi pour que je lui laisse la clé. J'en profiterai pour faire la visite du logement prévue au bail.

Merci et bonne semaine,
Gilles Fournier
Propriétaire – 5280, avenue Papineau
514 555-0175
"""
add(kind=O, slug="proprietaire_entretien_fournaise", lang="fr",
    contact="gilles.fournier@videotron.example.ca",
    frm=("Gilles Fournier", "gilles.fournier@videotron.example.ca"),
    subject="Entretien de la fournaise - mardi 29 septembre", date="2026-09-21 18:30",
    tz="-0400", text=T, charset="windows-1252", cte="quoted-printable")

T = """Bonjour Maxime,

Votre rendez-vous est confirmé.

Avec : Marie-Ève Sirois, conseillère en finances personnelles
Date : jeudi 15 janvier 2026, 17 h 30
Lieu : Caisse populaire du Plateau, 1255, rue Rachel Est
Objet : ouverture d'un CELI et planification de votre budget pendant votre changement de carrière

Pour modifier ou annuler votre rendez-vous, appelez-nous au 514 555-0100, poste 2231, ou utilisez votre espace AccèsWeb.

Caisse populaire du Plateau
Ce message vous est transmis automatiquement.
"""
add(kind=O, slug="banque_rendez_vous_conseillere", lang="fr",
    frm=("Caisse populaire du Plateau", "noreply@caisseplateau.example.ca"),
    subject="Confirmation de rendez-vous – jeudi 15 janvier", date="2026-01-09 10:41",
    tz="-0500", html=simple_html(T), cte="quoted-printable", headers=AUTO)

T = """Bonjour Maxime Tremblay-Nguyen,

Votre rendez-vous du lundi 9 mars 2026 à 8 h 15 avec Dre Lévesque à la Clinique médicale Saint-Denis a été annulé par la clinique en raison d'une absence du médecin.

Un nouveau rendez-vous vous a été attribué : mercredi 11 mars 2026 à 14 h 40.

Si ce nouveau moment ne vous convient pas, vous pouvez le modifier en ligne ou en appelant au 514 555-0133.

Clinique médicale Saint-Denis
Merci de ne pas répondre à ce message.
"""
add(kind=O, slug="clinique_rendez_vous_annule_deplace", lang="fr",
    frm=("Clinique médicale Saint-Denis", "notifications@cliniquestdenis.example.ca"),
    frm_enc=("iso-8859-1", "Q"),
    subject="Annulation et nouveau rendez-vous", date="2026-03-06 16:55", tz="-0500",
    text=T, charset="iso-8859-1", cte="quoted-printable", headers=AUTO)

T = """Monsieur,

Nous avons étudié votre demande d'admission au microprogramme de 2e cycle en recherche utilisateur et design de services (trimestre d'automne 2026).

Nous regrettons de vous informer que votre demande n'a pas été retenue : le nombre de places étant limité à 25, le comité d'admission a priorisé les candidatures détenant un baccalauréat dans une discipline connexe.

Vous pouvez soumettre une nouvelle demande pour le trimestre d'hiver 2027, ou vous inscrire au certificat de 1er cycle, pour lequel votre dossier est admissible.

Bureau du registraire
Université de l'Estuaire
"""
add(kind=O, slug="refus_admission_microprogramme", lang="fr",
    frm=("Université de l'Estuaire - Registraire", "registraire-noreply@uestuaire.example.ca"),
    subject="Décision d'admission - automne 2026", subj_enc=("iso-8859-1", "B"),
    date="2026-05-21 13:00", tz="-0400", text=T, cte="quoted-printable", headers=AUTO)

T = """Bonjour,

Je suis en vacances jusqu'au lundi 2 mars inclusivement, avec un accès très limité à mes courriels.

Pour toute question concernant une entrevue déjà planifiée ou une candidature en cours, vous pouvez écrire à mon collègue Olivier Dubé (olivier.dube@logicielsboreal.example.ca).

Merci et à bientôt,
Julie Gagnon
Partenaire d'affaires, acquisition de talents – Logiciels Boréal
"""
add(kind=O, slug="reponse_absence_recruteuse", lang="fr",
    contact="julie.gagnon@logicielsboreal.example.ca",
    frm=("Julie Gagnon", "julie.gagnon@logicielsboreal.example.ca"),
    subject="Réponse automatique : Re: Merci pour l'entrevue d'hier", date="2026-02-20 09:01",
    tz="-0500", refs=["sent-boreal-thanks-2"], text=T,
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])

T = """Bonjour Maxime,

Voici ce qui s'est passé sur votre réseau cette semaine :

• Une recruteuse de Groupe Pharmaplus a consulté votre profil.
• Vous êtes apparu dans 14 recherches.
• Félicitez Samuel Poirier pour son nouveau poste de gestionnaire de produit chez Télé-Boréal.
• 3 nouvelles offres correspondent à vos préférences : Chercheur·e UX, Analyste expérience client, Coordonnateur·trice tests utilisateurs.

Voir toute l'activité : https://reseaupro.example.com/notifications

Réseau Pro · Se désabonner : https://reseaupro.example.com/preferences
"""
add(kind=O, slug="notifications_reseau_pro", lang="fr",
    frm=("Réseau Pro", "notifications@reseaupro.example.com"),
    subject="Maxime, une recruteuse a consulté votre profil", date="2026-04-04 14:22",
    tz="+0000", text=T, html=simple_html(T),
    headers=list_headers("<hebdo.reseaupro.example.com>",
                         "https://reseaupro.example.com/preferences"))

T = """Bonjour Maxime,

Je me permets de vous contacter après avoir lu votre profil et l'article que vous avez publié sur l'observation des files d'attente en café : c'est rafraîchissant.

Je suis chasseur de têtes indépendant et j'accompagne plusieurs entreprises québécoises qui structurent leur fonction recherche utilisateur. Je n'ai pas de mandat ouvert qui vous corresponde aujourd'hui, mais j'aimerais garder le contact pour les prochains mois.

Si cela vous intéresse, vous pouvez m'envoyer votre CV à jour ; je ne le transmettrai à personne sans votre accord.

Au plaisir,
Sébastien Lapointe
Lapointe Conseil – recherche de cadres et talents numériques
418 555-0158
"""
add(kind=O, slug="chasseur_premier_contact", lang="fr",
    contact="sebastien@lapointeconseil.example.ca",
    frm=("Sébastien Lapointe", "sebastien@lapointeconseil.example.ca"),
    subject="Votre profil en recherche utilisateur", date="2026-08-27 09:33", tz="-0400",
    text=T, cte="quoted-printable")

T = """Madame,

Je vous adresse ma candidature au poste de chargé d'études qualitatives junior publié sur le site de l'Institut Kalm.

Chef d'équipe dans un café de Montréal depuis quatre ans, j'y ai mené de nombreuses observations clients et animé de petits entretiens avec notre clientèle pour faire évoluer l'offre. Je termine un certificat en recherche utilisateur et je m'installe à Paris cet automne, avec un permis vacances-travail.

Vous trouverez ci-joint mon CV. Je serais heureux de vous présenter mon parcours lors d'un échange.

Je vous prie d'agréer, Madame, mes salutations distinguées.

Maxime Tremblay-Nguyen
+1 514 555-0147
"""
add(kind=O, slug="moi_candidature_paris_cv", lang="fr", key="sent-kalm-application", frm=ME,
    to=[("Bérénice Aubert", "berenice.aubert@institutkalm.example.fr")],
    subject="Candidature – chargé d'études qualitatives junior", date="2026-09-08 09:15",
    tz="-0400", text=T,
    attachments=[{"filename": "CV_Tremblay-Nguyen_FR.pdf",
                  "pdf": ["Maxime Tremblay-Nguyen", "Chargé d'études qualitatives junior", "",
                          "Chef d'équipe - Café Pistache (2022-2026)",
                          "Certificat en recherche utilisateur (2026)"]}])

T = """Salut Max,

Voici l'horaire de la semaine prochaine. Je t'ai mis au poste d'ouverture samedi et dimanche (6 h 30), et au poste caisse mardi midi parce que Jade est en examens.

Aussi : peux-tu faire l'entrevue de la nouvelle barista avec moi mercredi à 14 h? J'aimerais ton avis, c'est toi qui vas la former.

Merci, t'es un ange.
Sophie
Café Pistache – gérante
"""
add(kind=O, slug="gerante_cafe_horaire_postes", lang="fr",
    contact="sophie@cafepistache.example.ca", frm=("Sophie Nadeau", "sophie@cafepistache.example.ca"),
    subject="Horaire semaine du 9 février", date="2026-02-04 22:17", tz="-0500",
    text=T, cte="8bit")

T = """Léa Tremblay partage sa position en temps réel avec vous.

Position actuelle : avenue du Mont-Royal Est, Montréal – à 6 minutes de votre position.
Partage actif jusqu'à 19 h 45.

Ouvrir la carte : https://trajetplus.example.com/partage/7Hq2

Vous recevez ce message parce que Léa a ajouté maxime.tn@example.ca à ses contacts de confiance.
Trajet+
"""
add(kind=O, slug="partage_de_position", lang="fr",
    frm=("Trajet+", "notification@trajetplus.example.com"),
    subject="Léa partage sa position avec vous", date="2026-06-06 18:52", tz="+0000",
    text=T, html=simple_html(T), headers=AUTO)

ITEMS = [
    ("Offre : Chercheur·e UX intermédiaire – Agence Boussole", "https://uxquebec.example.ca/emplois/112",
     "Québec · entrevues en juin"),
    ("Offre : Stage en recherche utilisateur – Ville de Lévis (fictif)", "https://uxquebec.example.ca/emplois/113",
     "Stage rémunéré de 12 semaines"),
    ("Atelier : mener un entretien semi-dirigé", "https://uxquebec.example.ca/evenements/atelier-entretien",
     "Jeudi 11 juin, 18 h, Saint-Roch"),
    ("Retour sur la conférence : « Quand le client dit non »", "https://uxquebec.example.ca/blogue/client-non",
     "Les diapos et la vidéo sont en ligne"),
]
INTRO = ("Salut la communauté! Cette semaine : deux offres, un atelier pratique et le retour "
         "sur notre dernière conférence.")
FOOT = ("UX Québec – infolettre hebdomadaire. Gérer mon abonnement : "
        "https://uxquebec.example.ca/infolettre")
add(kind=O, slug="infolettre_communaute_ux", lang="fr",
    frm=("UX Québec", "infolettre@uxquebec.example.ca"),
    subject="L'hebdo UX Québec – offres, atelier entretien, retour conférence",
    date="2026-06-03 08:00", tz="-0400",
    text=digest_text("L'hebdo UX Québec", INTRO, ITEMS, FOOT),
    html=newsletter("L'hebdo UX Québec", INTRO, ITEMS, FOOT, color="#1e3a8a"),
    headers=list_headers("UX Quebec <hebdo.uxquebec.example.ca>",
                         "https://uxquebec.example.ca/infolettre"))

ITEMS = [
    ("Chargé d'études UX (H/F) – Paris 9e", "https://emploi-connect.example.fr/offre/204551",
     "CDI · 38 à 42 k€ · publiée il y a 2 jours"),
    ("UX Researcher junior – Lyon ou télétravail", "https://emploi-connect.example.fr/offre/204570",
     "CDD 12 mois · entretien en visio"),
    ("Chargé de relation usagers – Île-de-France Mobilités (fictif)",
     "https://emploi-connect.example.fr/offre/204588", "Contractuel · catégorie B"),
]
INTRO = ("3 nouvelles offres correspondent à votre recherche « UX / études clients – Paris ». "
         "Consultez-les avant qu'elles ne soient pourvues.")
FOOT = ("Emploi Connect – ne répondez pas à ce message. Gérer mes alertes : "
        "https://emploi-connect.example.fr/alertes")
add(kind=O, slug="alertes_offres_portail_france", lang="fr",
    frm=("Emploi Connect", "ne-pas-repondre@emploi-connect.example.fr"),
    subject="3 nouvelles offres pour votre recherche", date="2026-08-31 05:45", tz="+0200",
    text=digest_text("Vos offres du jour", INTRO, ITEMS, FOOT),
    html=newsletter("Vos offres du jour", INTRO, ITEMS, FOOT, color="#000091"),
    cte="base64",
    headers=list_headers("<alertes.emploi-connect.example.fr>",
                         "https://emploi-connect.example.fr/alertes") + AUTO)

OLD = """Bonjour à tous,

L'Atelier des Usages recrute un·e chargé·e d'études UX (CDI, Paris 11e). Missions : entretiens utilisateurs, tests, ateliers de co-conception. Profil junior bienvenu, une expérience terrain auprès du public est un vrai plus. Candidatures avant le 30 juin à recrutement@atelierdesusages.example.fr.

Merci de faire circuler !
Romane"""
T = forward("""Coucou Maxime,

Je suis tombée là-dessus sur la liste de diffusion de mon ancienne école, ça m'a tout de suite fait penser à toi (« expérience terrain auprès du public », hello le café !). Je ne connais pas la boîte mais l'annonce a l'air sérieuse.

Bises, et dis-moi si tu veux que je relise ta lettre,
Mathilde
""", "fr", "Romane Girard <romane.girard@alumni-ecole.example.fr>", "mar. 16 juin 2026 à 10:02",
    "[Alumni] Offre : chargé·e d'études UX – L'Atelier des Usages",
    "alumni-paris@listes.ecole.example.fr", OLD)
add(kind=O, slug="amie_transfere_annonce", lang="fr",
    contact="mathilde.roux@courriel.example.fr",
    frm=("Mathilde Roux", "mathilde.roux@courriel.example.fr"),
    subject="TR: [Alumni] Offre : chargé·e d'études UX – L'Atelier des Usages",
    date="2026-06-16 13:30", tz="+0200", text=T, html=simple_html(T))

OLD = """Bonjour Maxime,

La DRH de mon client et sa responsable Insights vous ont attendu sur Teams cet après-midi à 15 h (heure de Paris). Je vous ai ensuite appelé deux fois, à 15 h 10 puis à 15 h 20, sans parvenir à vous joindre, et je vous ai laissé un message vocal."""
T = reply("""Bonjour Nadia,

Je suis profondément désolé. J'étais convaincu que l'entretien était à 15 h heure de Montréal et mon téléphone était en mode silencieux pendant mon quart au café. Je viens seulement de voir vos appels et votre message.

Je comprends tout à fait si votre client ne souhaite pas me revoir, mais si une seconde chance est possible, je serai disponible à n'importe quel moment cette semaine ou la suivante.

Merci encore pour votre aide, et toutes mes excuses auprès d'elles.

Maxime Tremblay-Nguyen
""", "fr", "mer. 13 mai 2026 à 15:41", "Nadia Benali",
    "nadia.benali@alize-recrutement.example.fr", OLD)
add(kind=O, slug="moi_excuses_cabinet", lang="fr", key="sent-alize-sorry", frm=ME,
    to=[("Nadia Benali", "nadia.benali@alize-recrutement.example.fr")],
    subject="RE: Votre entretien de cet après-midi", date="2026-05-13 10:58", tz="-0400",
    refs=["alize_reg", "alize_client", "alize_missed"], text=T, cte="quoted-printable")

T = """Bonjour,

Votre inscription au Salon de l'emploi numérique de Bruxelles est confirmée.

Date : jeudi 15 octobre 2026, de 10 h à 17 h
Lieu : Tour & Taxis, avenue du Port 86C, 1000 Bruxelles
Votre badge : SEN-2026-04417 (à présenter à l'entrée, sur téléphone ou imprimé)

Plus de 60 employeurs seront présents. Les entretiens express de 10 minutes se réservent sur place, au stand de chaque entreprise, dans la limite des places disponibles. Pensez à prendre quelques CV imprimés.

À bientôt,
L'équipe du Salon de l'emploi numérique
"""
add(kind=O, slug="salon_emploi_inscription", lang="fr",
    frm=("Salon de l'emploi numérique", "no-reply@salonemploi.example.be"),
    subject="Inscription confirmée – Salon de l'emploi numérique, 15 octobre",
    date="2026-09-29 11:11", tz="+0200", text=T, html=simple_html(T),
    charset="windows-1252", cte="quoted-printable", headers=AUTO)

ITEMS = [
    ("Retour sur la soirée « Entretiens utilisateurs : les pièges à éviter »",
     "https://uxresearchparis.example.fr/retour-entretiens",
     "Les notes, les slides et la vidéo de Claire et Mehdi sont en ligne."),
    ("Prochain meetup : recruter des participants sans budget",
     "https://uxresearchparis.example.fr/meetup-juillet",
     "Mardi 7 juillet, 19 h, chez un hôte à Paris 10e"),
    ("Le coin des offres", "https://uxresearchparis.example.fr/offres",
     "Quatre postes partagés par les membres ce mois-ci"),
]
INTRO = "Bonjour à toutes et à tous, voici les nouvelles de la communauté UX Research Paris."
FOOT = ("UX Research Paris – association loi 1901. Se désinscrire : "
        "https://uxresearchparis.example.fr/desinscription")
add(kind=O, slug="meetup_paris_compte_rendu", lang="fr",
    frm=("UX Research Paris", "bonjour@uxresearchparis.example.fr"),
    subject="Compte rendu : Entretiens utilisateurs, les pièges à éviter",
    subj_enc=("utf-8", "B"), date="2026-06-22 19:05", tz="+0200",
    html=newsletter("UX Research Paris", INTRO, ITEMS, FOOT, color="#6d28d9"),
    headers=list_headers("UX Research Paris <membres.uxresearchparis.example.fr>",
                         "https://uxresearchparis.example.fr/desinscription"))

OLD = """Salut Sophie,

Est-ce que je pourrais prendre congé du 15 au 19 juin? J'aimerais aller à Paris pour quelques rencontres.

Merci!
Max"""
T = reply("""Max,

Désolée, je dois refuser ta demande de congé pour la semaine du 15 juin : Jade et Olivier sont déjà en vacances et je n'ai personne pour le poste d'ouverture. Je sais que c'est important pour toi.

Par contre la semaine du 22 est libre. Si tu peux décaler ton voyage, je te la donne tout de suite.

Sophie
""", "fr", "dim. 10 mai 2026 à 21:40", "Maxime Tremblay-Nguyen", CANDIDATE_ADDR, OLD)
add(kind=O, slug="gerante_refuse_conge", lang="fr",
    contact="sophie@cafepistache.example.ca", frm=("Sophie Nadeau", "sophie@cafepistache.example.ca"),
    subject="Re: congé en juin?", date="2026-05-11 07:55", tz="-0400", text=T, cte="8bit")

# =========================================================================== English

T = """Hi Rachel,

Thank you for organizing yesterday's interview, and please pass my thanks to Tom and Aaliyah as well. I especially enjoyed the discussion about claims call recordings and how the team turns them into journey maps.

I'm very interested in the role and happy to share anything else you need for the next steps.

Best,
Maxime
"""
add(kind=O, slug="my_thank_you_after_interview", lang="en", key="sent-copperline-thanks",
    frm=ME, to=[("Rachel Kim", "rachel.kim@copperline.example.com")],
    subject="Thank you - CX Research Analyst interview", date="2026-06-11 20:15", tz="-0400",
    refs=["copperline_invite", "copperline_cancel"], text=T, cte="7bit")

OLD = """Hi Maxime,

Thanks for applying for the UX Research Coordinator role at Quill Health. I'm the recruiter for the position and I'd like to set up a 20-minute phone screen to learn more about you and walk you through the role.

Would Thursday, March 5 at 1:00 pm ET or Friday, March 6 at 10:30 am ET work for you? If neither does, send me a couple of alternatives."""
T = reply("""Hi Sam,

Thank you for reaching out! I'd love to talk. Unfortunately I'm on shift at the café on both Thursday and Friday during those hours and can't swap this week. Would Monday, March 9 any time before 2 pm ET work instead?

My number is 514 555-0147.

Best,
Maxime
""", "en", "Mon, Mar 2, 2026 at 3:33 PM", "Sam Whitfield", "sam.whitfield@quillhealth.example.com",
    OLD)
add(kind=O, slug="my_reschedule_request", lang="en", key="sent-quill-reschedule", frm=ME,
    to=[("Sam Whitfield", "sam.whitfield@quillhealth.example.com")],
    subject="Re: Quill Health - quick phone screen?", date="2026-03-03 18:40", tz="-0500",
    refs=["quill_ack", "quill_screen"], text=T)

ITEMS = [
    ("UX Researcher - Maplewood Health", "https://glimmerjobs.example.com/j/55102",
     "Toronto, ON · Hybrid · Easy apply · 1,200 applicants"),
    ("Customer Insights Analyst - Lakeshore Retail Group", "https://glimmerjobs.example.com/j/55119",
     "Toronto, ON · $62k-$70k · Interviews this week"),
    ("Research Operations Coordinator - Beacon Pay", "https://glimmerjobs.example.com/j/55124",
     "Remote (Canada) · Contract"),
    ("Junior Service Designer - City of Northgate", "https://glimmerjobs.example.com/j/55130",
     "Toronto, ON · Public sector"),
]
INTRO = ("Hi Maxime, 4 new jobs match your alert \"UX research, Toronto\". Recruiters are "
         "reviewing applications now; candidates who apply in the first 48 hours are more "
         "likely to get an interview.")
FOOT = ("You're receiving this because you created a job alert on Glimmer Jobs. "
        "Unsubscribe: https://glimmerjobs.example.com/alerts/unsubscribe?t=77ad")
add(kind=O, slug="job_alert_digest_toronto", lang="en",
    frm=("Glimmer Jobs", "alerts@glimmerjobs.example.com"),
    subject="4 new UX research jobs in Toronto", date="2026-04-17 11:00", tz="+0000",
    text=digest_text("Your job alert", INTRO, ITEMS, FOOT),
    html=newsletter("Your job alert", INTRO, ITEMS, FOOT, color="#0e7490"),
    headers=list_headers("<jobalerts.glimmerjobs.example.com>",
                         "https://glimmerjobs.example.com/alerts/unsubscribe?t=77ad") + AUTO)

T = """THE PIVOT LETTER - issue 41

How to read a rejection email (and what to do next)

Most rejection emails are written from a template. "We've decided to move forward with other candidates" rarely says anything about you. But some do contain signal: a named skill gap, an invitation to reapply, or a recruiter who offers feedback. Here's how to tell the difference.

1. Look for specifics. A mention of a particular skill is worth following up on.
2. Reply once, briefly. Thank them and ask for one piece of feedback. Don't argue.
3. Log it. Track where you were rejected and at what stage: after the application, the phone screen or the final interview. Patterns appear after ten or so.
4. Ask yourself whether the role was right. Career changers often apply too senior.

Next week: negotiating your first offer in a new field.

You're receiving The Pivot Letter because you subscribed at pivotletter.example.com.
Unsubscribe: https://pivotletter.example.com/unsubscribe/m4x
"""
add(kind=O, slug="career_newsletter_rejection_emails", lang="en",
    frm=("The Pivot Letter", "hello@pivotletter.example.com"),
    subject="How to read a rejection email", date="2026-05-03 13:00", tz="+0000",
    text=T, html=simple_html(T, font="Georgia,serif"),
    headers=list_headers("The Pivot Letter <weekly.pivotletter.example.com>",
                         "https://pivotletter.example.com/unsubscribe/m4x"))

T = """Hi Maxime,

I'm a reporter at The Plateau Post, and I'm working on a feature about service workers moving into tech and research jobs after the pandemic years. A mutual contact from the UX Québec community mentioned your story.

Would you be open to a 20-minute phone interview next week? I'd ask about your work at the café, what made you look at UX research, and what the job search has been like. We can keep your current employer's name out of it if you prefer.

Thanks for considering it,
Noah Bergeron
Reporter, The Plateau Post
514-555-0108
"""
add(kind=O, slug="press_interview_request", lang="en",
    contact="noah.bergeron@plateaupost.example.ca",
    frm=("Noah Bergeron", "noah.bergeron@plateaupost.example.ca"),
    subject="Interview request - story on career changers", date="2026-08-05 15:40",
    tz="-0400", text=T, cte="quoted-printable")

T = """Hi Maxime,

You've been selected to take part in a 45-minute research interview about how you use the Maple Mobile app to manage your plan and bills.

What: a one-on-one video conversation with a member of our research team
When: choose a time between May 19 and May 22
Thank you: a $75 e-gift card

Book your session: https://research.maplemobile.example.com/book/ux-2026-05

Spots are limited, so book soon. This study is not related to any job application and participation is voluntary.

Maple Mobile Customer Research
"""
add(kind=O, slug="user_research_study_gift_card", lang="en",
    frm=("Maple Mobile Research", "research-noreply@maplemobile.example.com"),
    subject="You're invited: 45-minute research interview ($75 gift card)",
    date="2026-05-12 16:00", tz="+0000", text=T,
    html=simple_html(T), headers=AUTO)

T = """Hi Maxime,

Unfortunately, your package is delayed.

Order: #SW-20260914-8832
Carrier update: weather conditions at the Mississauga hub
New estimated delivery: Thursday, September 17

We're sorry for the inconvenience. Track your package: https://swiftline.example.com/track/SW202609148832

Swiftline Courier
This mailbox is not monitored.
"""
add(kind=O, slug="package_delayed_unfortunately", lang="en",
    frm=("Swiftline Courier", "no-reply@swiftline.example.com"),
    subject="Update: your package is delayed", date="2026-09-14 12:05", tz="+0000",
    text=T, html=simple_html(T), headers=AUTO)

T = """Maxime, here's your week on Linkwise

You appeared in 27 searches this week.
Priya Raman and 2 others viewed your profile.
Jess Albright posted: "We're hiring researchers who ask great questions."
Congratulate Dev Malhotra on 3 years at Parcel Owl.

Jobs you may be interested in:
- UX Researcher at Maplewood Health (Toronto)
- Research Coordinator at Beacon Pay (Remote)

See all activity: https://linkwise.example.com/notifications
Unsubscribe from weekly digests: https://linkwise.example.com/settings/email
"""
add(kind=O, slug="network_weekly_notifications", lang="en",
    frm=("Linkwise", "notifications-noreply@linkwise.example.com"),
    subject="Priya Raman and 2 others viewed your profile", date="2026-05-01 15:30",
    tz="+0000", text=T, html=simple_html(T),
    headers=list_headers("<weekly.linkwise.example.com>",
                         "https://linkwise.example.com/settings/email"))

T = """Hi Maxime,

I came across your profile while mapping the customer-insight community in Toronto and Montreal. Your path from café shift lead into research is unusual, and in my experience those are the people who end up running the best research programs.

I'm a partner at Northstar Search. We place researchers and insight leads with banks, insurers and retailers across Canada. I don't have a specific role for you right now, but I'd be glad to keep in touch and understand what you're looking for over the next year.

No need to reply if the timing isn't right.

Oliver Grant
Partner, Northstar Search
"""
add(kind=O, slug="headhunter_keep_in_touch", lang="en",
    contact="oliver.grant@northstarsearch.example.com",
    frm=("Oliver Grant", "oliver.grant@northstarsearch.example.com"),
    subject="Your background in customer research", date="2026-07-20 14:10", tz="-0400",
    text=T, html=outlook_html(T))

T = """Thank you for your email.

I'm out of the office until Monday, September 14, with limited access to email. If your message concerns an interview scheduled this week, please contact my colleague Riya Shah at riya.shah@brightpathtalent.example.com or call the office at 416-555-0130.

Jordan Okafor
Brightpath Talent
"""
add(kind=O, slug="out_of_office_agency", lang="en",
    contact="jordan.okafor@brightpathtalent.example.com",
    frm=("Jordan Okafor", "jordan.okafor@brightpathtalent.example.com"),
    subject="Automatic reply: Re: Fernhill wants to make you an offer!",
    date="2026-09-11 08:02", tz="-0400", refs=["sent-fernhill-reply"], text=T, cte="7bit",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])

T = """Max!!

So... final round at Lumiform and I didn't get it. The recruiter called me this morning and was super nice about it, said it was between me and one other person and they went with someone who'd done more B2B research. Which, fine, but also: ugh.

I'm going to take the weekend off from applications and then get back on it. How are your interviews going? You were doing the bank one this week, right?

Call me when you're off shift,
Priyanka
"""
add(kind=O, slug="friend_shares_own_rejection", lang="en",
    contact="priyanka.d@mailbox.example.com",
    frm=("Priyanka Desai", "priyanka.d@mailbox.example.com"),
    subject="didn't get it :(", date="2026-03-13 19:22", tz="-0400", text=T, cte="8bit")

T = """Dear Maxime,

Thank you for applying to the Northern UX Academy September 2026 full-time cohort.

We received more than 600 applications for 40 places this term. After reviewing your application and portfolio task, we are unable to offer you a place in this cohort.

You are welcome to apply for our January 2027 cohort. Your portfolio task will be kept on file, and you can update it instead of starting from scratch.

Admissions Team
Northern UX Academy
"""
add(kind=O, slug="bootcamp_admission_declined", lang="en",
    frm=("Northern UX Academy Admissions", "admissions-noreply@northernux.example.com"),
    subject="Your application to the September cohort", date="2026-07-07 17:00", tz="-0400",
    text=T, html=simple_html(T), headers=AUTO)

T = """Hi Maxime,

Your appointment at Plateau Dental has been rescheduled.

Previous: Tuesday, October 6 at 9:00 am, cleaning with Dr. Amin
New: Thursday, October 8 at 4:30 pm, cleaning with Dr. Amin

If the new time doesn't work, please call us at 514-555-0166 at least 24 hours in advance.

Plateau Dental
4520 Saint-Laurent Blvd, Montreal
"""
add(kind=O, slug="dentist_appointment_rescheduled", lang="en",
    frm=("Plateau Dental", "reminders@plateaudental.example.ca"),
    subject="Your appointment has been rescheduled", date="2026-10-02 10:15", tz="-0400",
    text=T, cte="quoted-printable", headers=AUTO)

T = """You're registered: Interview Skills Masterclass for Career Changers

Date: Wednesday, February 18, 2026, 12:00-1:00 pm ET
Where: online (link below)

In this free session, two hiring managers share what they listen for in a first interview, how to answer "why are you leaving your current job?", and how to turn a rejection into a useful conversation.

Join link: https://events.careerbridge.example.com/live/interview-skills

Add to calendar: https://events.careerbridge.example.com/ics/interview-skills

CareerBridge Events
Unsubscribe from event emails: https://careerbridge.example.com/prefs
"""
add(kind=O, slug="webinar_interview_skills_registration", lang="en",
    frm=("CareerBridge Events", "events@careerbridge.example.com"),
    subject="You're registered: Interview Skills Masterclass", date="2026-02-10 21:00",
    tz="+0000", text=T, html=simple_html(T),
    headers=list_headers("<events.careerbridge.example.com>",
                         "https://careerbridge.example.com/prefs") + AUTO)

T = """Hi Maxime,

Your order to sell 14 units of MXEQ (Maple All-Equity ETF) has been filled, and your position in MXEQ is now closed.

Price: $31.42 per unit
Account: TFSA ending in 7713
Settlement date: January 30, 2026

You can view the trade confirmation in the Documents section of the app.

Wealthwise Investing
"""
add(kind=O, slug="brokerage_position_closed", lang="en",
    frm=("Wealthwise", "no-reply@wealthwise.example.ca"),
    subject="Your position in MXEQ has been closed", date="2026-01-28 15:58", tz="-0500",
    text=T, cte="7bit", headers=AUTO)

T = """hi Dev,

We met briefly at the Toronto UX meetup last month - I'm the barista who asked about locker pickup queues. I saw you're hiring your first researcher at Parcel Owl and wanted to reach out directly.

I've spent six years watching people wait for things (mostly coffee), and I've started running small studies on it. A couple of examples are in my portfolio: https://maxime-tn.example.ca

Would love to hear more about the role if you're open to it.

Maxime
"""
add(kind=O, slug="my_note_to_founder", lang="en", key="sent-parcelowl-note", frm=ME,
    to=[("Dev Malhotra", "dev@parcelowl.example.com")],
    subject="research role at Parcel Owl", date="2026-03-23 21:10", tz="-0400", text=T,
    cte="7bit")

# =========================================================================== Deutsch

ITEMS = [
    ("UX Researcher (m/w/d) – Fahrradwerk Mobility", "https://jobfinder-berlin.example.de/j/7731",
     "Berlin-Kreuzberg · Vollzeit · Englisch reicht"),
    ("Werkstudent:in Nutzerforschung – Spreebogen Media", "https://jobfinder-berlin.example.de/j/7735",
     "Berlin-Mitte · 20 Std./Woche"),
    ("Customer Insights Manager (m/w/d) – Havelmarkt", "https://jobfinder-berlin.example.de/j/7740",
     "Potsdam · Hybrid · Vorstellungsgespräche ab sofort"),
]
INTRO = ("Hallo Maxime, für Ihren Suchauftrag „UX Research, Berlin“ gibt es 3 neue Stellen. "
         "Bewerben Sie sich frühzeitig, viele Arbeitgeber laden schon nach wenigen Tagen zum "
         "Gespräch ein.")
FOOT = ("Jobfinder Berlin – Sie erhalten diese E-Mail, weil Sie einen Suchauftrag angelegt "
        "haben. Abmelden: https://jobfinder-berlin.example.de/abmelden?s=19c")
add(kind=O, slug="jobalert_berlin", lang="de",
    frm=("Jobfinder Berlin", "suchauftrag@jobfinder-berlin.example.de"),
    subject="3 neue Jobs für „UX Research, Berlin“", date="2026-07-22 06:30", tz="+0200",
    text=digest_text("Ihre neuen Jobs", INTRO, ITEMS, FOOT),
    html=newsletter("Ihre neuen Jobs", INTRO, ITEMS, FOOT, color="#9d174d"),
    cte="quoted-printable",
    headers=list_headers("<suchauftrag.jobfinder-berlin.example.de>",
                         "https://jobfinder-berlin.example.de/abmelden?s=19c") + AUTO)

OLD = """Sehr geehrter Herr Tremblay-Nguyen,

wir haben Sie heute um 11:00 Uhr zu unserem Videointerview im Teams-Meeting erwartet. Frau Dr. Demir und ich waren bis 11:20 Uhr eingewählt, leider ohne Sie anzutreffen."""
T = reply("""Hallo Herr Albrecht,

es tut mir sehr leid wegen heute Vormittag. Ich hatte den Termin versehentlich in meiner Zeitzone eingetragen und war um 11 Uhr Montréal-Zeit bereit. Wäre ein neuer Termin möglich?

Viele Grüße
Maxime Tremblay-Nguyen
""", "de", "21.04.2026 um 11:35", "Jonas Albrecht", "jonas.albrecht@kiezbank.example.de", OLD)
add(kind=O, slug="eigene_bitte_neuer_termin", lang="de", key="sent-kiezbank-termin", frm=ME,
    to=[("Jonas Albrecht", "jonas.albrecht@kiezbank.example.de")],
    subject="AW: Unser Termin heute", date="2026-04-21 12:02", tz="-0400",
    refs=["kiezbank_invite", "kiezbank_missed"], text=T, cte="quoted-printable")

T = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 6. April nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen zu laufenden Bewerbungen wenden Sie sich bitte an people@spreewerk.example.de.

Viele Grüße
Lea Hoffmann
"""
add(kind=O, slug="abwesenheitsnotiz", lang="de",
    contact="lea.hoffmann@spreewerk.example.de",
    frm=("Lea Hoffmann", "lea.hoffmann@spreewerk.example.de"),
    subject="Abwesenheitsnotiz: Ihre Bewerbung als UX Researcher (m/w/d) bei Spreewerk",
    date="2026-03-30 08:14", tz="+0200", refs=["sent-spreewerk-feedback"], text=T,
    charset="iso-8859-1", cte="quoted-printable",
    headers=[("Auto-Submitted", "auto-replied")])

# =========================================================================== español

ITEMS = [
    ("Investigador/a UX – Fintech Prado", "https://empleomadridhoy.example.es/o/3321",
     "Madrid · híbrido · entrevistas esta semana"),
    ("Analista de Experiencia de Cliente – Cadena Sol Market", "https://empleomadridhoy.example.es/o/3325",
     "Alcobendas · indefinido"),
    ("Técnico/a de Estudios de Mercado – Ayuntamiento de Getafe (ficticio)",
     "https://empleomadridhoy.example.es/o/3330", "Oposición · plazo hasta el 30 de julio"),
]
INTRO = ("Hola, Maxime: estas son las nuevas ofertas para tu alerta «UX / cliente, Madrid». "
         "Lamentablemente algunas cierran pronto, así que no lo dejes para mañana.")
FOOT = ("Empleo Madrid Hoy. Darse de baja: https://empleomadridhoy.example.es/baja?u=5510")
add(kind=O, slug="alerta_empleo_madrid", lang="es",
    frm=("Empleo Madrid Hoy", "alertas@empleomadridhoy.example.es"),
    subject="3 ofertas nuevas para tu alerta", date="2026-07-16 07:00", tz="+0200",
    text=digest_text("Tus ofertas", INTRO, ITEMS, FOOT),
    html=newsletter("Tus ofertas", INTRO, ITEMS, FOOT, color="#c2410c"),
    headers=list_headers("<alertas.empleomadridhoy.example.es>",
                         "https://empleomadridhoy.example.es/baja?u=5510") + AUTO)

T = """¡Hola, Maxime!

Te cuento: me han rechazado en Bodegas Alcántara. Llegué a la última entrevista con el director de Marketing y todo parecía ir genial, pero hoy me ha llegado el correo de «hemos decidido continuar con otros candidatos». Ni una llamada.

En fin, a otra cosa. ¿Cuándo llegas a Madrid? Tengo una habitación libre las dos primeras semanas de septiembre si la necesitas.

Un beso enorme,
Carmen
"""
add(kind=O, slug="amiga_cuenta_su_rechazo", lang="es",
    contact="carmen.vidal@correo.example.es",
    frm=("Carmen Vidal", "carmen.vidal@correo.example.es"),
    subject="me han dicho que no", date="2026-07-24 21:48", tz="+0200", text=T, cte="8bit")

OLD = """Hola, Maxime:

Hoy a las 17:00 te estuvimos esperando en Meet Sergio y yo para la entrevista, pero no llegaste a conectarte. Te escribí también por LinkedIn por si había algún problema con el enlace."""
T = reply("""Hola, Marta:

Te pido mil disculpas. Me cambiaron el turno en la cafetería a última hora y no pude avisar a tiempo; sé que no es excusa.

Sigo muy interesado en el puesto. Si es posible, me encantaría buscar otra fecha; esta semana y la que viene tengo libres todas las mañanas de Montreal (tardes en Madrid).

Gracias por tu paciencia,
Maxime
""", "es", "lun, 13 jul 2026 a las 17:34", "Marta Ruiz Olmedo",
    "marta.ruiz@cervantesdigital.example.es", OLD)
add(kind=O, slug="mi_disculpa_entrevista", lang="es", key="sent-cervantes-sorry", frm=ME,
    to=[("Marta Ruiz Olmedo", "marta.ruiz@cervantesdigital.example.es")],
    subject="Re: Entrevista de hoy", date="2026-07-13 12:05", tz="-0400",
    refs=["cervantes_invite", "cervantes_missed"], text=T)

T = """Estimado/a Maxime Tremblay-Nguyen:

Le comunicamos la resolución de su solicitud de admisión al Máster Universitario en Investigación de Usuarios y Diseño de Servicios, curso 2026-2027.

Estado de la solicitud: NO ADMITIDO/A (lista de espera, posición 37).

La Comisión Académica ha valorado los méritos de acuerdo con los criterios publicados. Puede presentar reclamación en el plazo de diez días hábiles a través de la sede electrónica.

Secretaría de Posgrado
Universidad de Chamberí
"""
add(kind=O, slug="master_no_admitido", lang="es",
    frm=("Universidad de Chamberí - Posgrado", "posgrado-noreply@uchamberi.example.es"),
    subject="Resolución de admisión - Máster en Investigación de Usuarios",
    subj_enc=("iso-8859-1", "B"), date="2026-07-02 09:30", tz="+0200",
    text=T, charset="iso-8859-1", cte="quoted-printable", headers=AUTO)

T = """Hola, Maxime:

Lamentablemente, tu pedido n.º 40-2281-557 se ha retrasado por una incidencia con el transportista.

Artículos: molinillo de café manual (1), filtros de papel V60 (2)
Nueva fecha estimada de entrega: entre el 11 y el 14 de septiembre

Te pedimos disculpas por las molestias. Puedes seguir el envío aquí: https://tostadosmalasana.example.es/pedido/402281557

Tostados Malasaña – Tienda online
"""
add(kind=O, slug="pedido_retrasado", lang="es",
    frm=("Tostados Malasaña", "pedidos-noreply@tostadosmalasana.example.es"),
    subject="Tu pedido se ha retrasado", date="2026-09-07 10:40", tz="+0200",
    text=T, html=simple_html(T), headers=AUTO)

T = """Hola, Maxime:

He visto en tu perfil que te mudas a Madrid y que buscas dar el salto a investigación de usuarios. Soy consultor en Talento Ibérico y trabajamos con varias empresas de retail y banca que están montando equipos de experiencia de cliente.

Ahora mismo no tengo ninguna posición concreta para ti, pero me gustaría conocerte un poco mejor para tenerte en cuenta en los próximos meses. Si te parece bien, mándame tu CV en español cuando lo tengas.

Un saludo,
Álvaro Gil
Consultor Senior – Talento Ibérico
"""
add(kind=O, slug="headhunter_primer_contacto", lang="es",
    contact="alvaro.gil@talentoiberico.example.es",
    frm=("Álvaro Gil", "alvaro.gil@talentoiberico.example.es"), frm_enc=("iso-8859-1", "Q"),
    subject="Tu perfil en investigación de usuarios", date="2026-08-28 11:12", tz="+0200",
    text=T, html=outlook_html(T), charset="windows-1252", cte="quoted-printable")

ITEMS = [
    ("Cómo preparar una entrevista por competencias", "https://consejoscarrera.example.es/star",
     "El método STAR explicado con ejemplos reales de hostelería y atención al cliente."),
    ("Qué hacer después de un rechazo", "https://consejoscarrera.example.es/rechazo",
     "Pedir feedback sin incomodar y seguir adelante."),
    ("Ofertas: cómo negociar tu primer salario en Madrid", "https://consejoscarrera.example.es/salario",
     "Rangos orientativos para perfiles júnior en UX."),
]
INTRO = "Esta semana en Consejos de Carrera: entrevistas, rechazos y salarios."
FOOT = ("Consejos de Carrera – boletín semanal. Darse de baja: "
        "https://consejoscarrera.example.es/baja")
add(kind=O, slug="boletin_entrevista_competencias", lang="es",
    frm=("Consejos de Carrera", "boletin@consejoscarrera.example.es"),
    subject="Entrevista por competencias: guía práctica", date="2026-09-19 08:15", tz="+0200",
    text=digest_text("Consejos de Carrera", INTRO, ITEMS, FOOT),
    html=newsletter("Consejos de Carrera", INTRO, ITEMS, FOOT, color="#15803d"),
    cte="base64",
    headers=list_headers("Consejos de Carrera <semanal.consejoscarrera.example.es>",
                         "https://consejoscarrera.example.es/baja"))

counts = {}
for m in MESSAGES:
    counts[m["lang"]] = counts.get(m["lang"], 0) + 1
assert len(MESSAGES) == 52 and counts == {"fr": 26, "en": 16, "de": 3, "es": 7}, counts
assert CANDIDATE_ADDR
