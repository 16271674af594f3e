"""Corpus 292, kind `other`: 52 hand-written messages (fr 26, de 13, en 6, es 7).

Newsletters and job alerts, career advice, media and research interview requests, parcels and
positions, friends' stories, the candidate's own sent mail, cold approaches, bank / landlord /
school / doctor / garage mail, out-of-office replies, network notifications, refused study places.
"""

from __future__ import annotations

from msgs292_acks import PALAIS_OFFER
from msgs292_common import (
    CAND,
    CAND_ADDR,
    CAND_NAME,
    M,
    cand_sig,
    digest_html,
    digest_text,
    mso,
    outlook_html,
    outlook_reply,
    paras,
    reply,
    simple_html,
)
from msgs292_invites import BEFFROI_ASK, BEFFROI_INVITE

T = "other"


def _list(list_id: str, unsubscribe: str, mailto: str) -> list[tuple[str, str]]:
    """Mailing-list headers of a bulk sender."""
    return [("List-Id", list_id),
            ("List-Unsubscribe", f"<{unsubscribe}>,\n <mailto:{mailto}>"),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
            ("Precedence", "bulk")]


def _digest(title, intro, items, footer, lang, color):
    """Text and HTML alternatives of one digest, same words."""
    return {"text": digest_text(title, intro, items, footer),
                "html": digest_html(title, intro, items, footer, lang, color)}


# ======================================================================== the candidate's own

VRIJTHOF_THANKS = """Dear Femke,

Thank you for today's interview, and please pass my thanks on to Joost as well. I really enjoyed hearing about the summer festival calendar and the way your team builds its installations on site.

The conversation confirmed how much I would like to bring my floral and supplier experience to Vrijthof Event Studio. Please don't hesitate to get in touch if you need anything further from me.

Kind regards,
Mélusine Okafor-Blanc"""

_palais_thanks = f"""Bonjour Madame Dethier,

Je tenais à vous remercier, ainsi que Monsieur Collard et Madame Moureau, pour l'entretien de ce matin et pour le temps consacré à la mise en situation.

Nos échanges sur l'accueil des congressistes et sur la place du végétal dans les espaces d'exposition m'ont confortée dans mon envie de rejoindre le Palais Mosan des Congrès.

Je reste à votre disposition pour tout complément d'information.

Bien cordialement,

{cand_sig("fr")}
"""

_manege_application = f"""Madame, Monsieur,

Je me permets de vous adresser ma candidature au poste de coordinatrice événements publié sur votre site (réf. GM-26-07).

Fleuriste depuis huit ans à Liège, j'ai conçu la décoration de plus de deux cents mariages, salons et soirées d'entreprise, en lien direct avec les traiteurs, les régisseurs et les clients. C'est cette coordination de terrain que je souhaite aujourd'hui exercer à temps plein.

Mobile entre Liège et Lille, je suis disponible pour un entretien à votre convenance. Vous trouverez mon CV en pièce jointe.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

{cand_sig("fr")}
"""

_beffroi_ask = reply(BEFFROI_ASK, "fr", "lun. 11 mai 2026 à 11:00", "Beffroi Événements",
                     "no-reply@teamtailor-mail.com", BEFFROI_INVITE)

_palais_accept = reply("""Chère Madame Dethier,

C'est avec une grande joie que j'accepte votre proposition d'engagement au poste de Coordinatrice événements & congrès. Je vous renvoie ci-joint le document signé.

Je serai donc des vôtres le 4 mai. D'ici là, n'hésitez pas à me transmettre les documents à compléter pour le secrétariat social.

Au plaisir de travailler avec vous,
Mélusine""", "fr", "lun. 16 mars 2026 à 09:30", "Aurélie Dethier",
    "aurelie.dethier@palaismosan.example.be", PALAIS_OFFER)

_tuch_application = f"""Sehr geehrte Damen und Herren,

mit großem Interesse habe ich Ihre Ausschreibung für die Stelle im Veranstaltungsmanagement (Kennziffer 07/2026) gelesen und bewerbe mich hiermit.

Seit acht Jahren arbeite ich als Floristin in Lüttich und habe dabei Hochzeiten, Messestände und Firmenfeiern gestaltet – von der ersten Kundenbesprechung bis zum Abbau. Die Verbindung von Handwerk, Textil und Veranstaltungen, für die Ihr Museum steht, reizt mich besonders.

Über eine Einladung zu einem persönlichen Gespräch würde ich mich sehr freuen. Meine Unterlagen finden Sie im Anhang.

Mit freundlichen Grüßen

{cand_sig("de")}
"""

_seda_application = f"""Estimados señores:

Adjunto les remito mi solicitud para la convocatoria 03/2026 de Técnico/a de actividades y eventos, junto con mi currículum y la documentación acreditativa.

Soy florista con ocho años de experiencia en la decoración y coordinación de bodas, ferias y eventos corporativos en Bélgica, y hablo español, francés, inglés y alemán. Me encantaría aportar esa experiencia a la programación pública del Museo.

Quedo a su disposición para cualquier aclaración o entrevista.

Atentamente,

{cand_sig("es")}
"""


def _cv(lang: str) -> dict:
    title = {"fr": "Curriculum vitae", "de": "Lebenslauf", "es": "Currículum vitae"}[lang]
    return {"name": f"CV_Okafor-Blanc_{lang}.pdf", "title": title,
                "lines": [f"{CAND_NAME} - {title}", "Rue Hors-Château 41, 4000 Liège",
                       CAND_ADDR, "", "2018-2026  Fleuriste événementielle, Liège",
                       "2016-2018  Fleuriste, atelier Les Jonquilles, Liège",
                       "2015       Certificat de fleuriste, IFAPME Liège", "",
                       "Langues : français, anglais, allemand, espagnol"]}


# ======================================================================== newsletters & alerts

_alertejobs = _digest(
    "AlerteJobs Meuse – 6 nouvelles offres « événementiel »",
    "Bonjour Mélusine, voici les offres publiées cette semaine pour votre alerte « événementiel, "
    "Liège + 50 km ». Conseil de la semaine : avant un entretien, relisez l'offre et préparez "
    "trois exemples concrets de projets que vous avez menés de bout en bout.",
    [("Coordinateur·rice événements – Centre culturel de Visé-Basse-Meuse (CDI)",
      "https://alertejobs-meuse.example.be/o/55120", "Visé · publié il y a 2 jours · candidatures jusqu'au 15 mars"),
     ("Assistant·e logistique salons – Namur Expo Confluence",
      "https://alertejobs-meuse.example.be/o/55131", "Namur · intérim · entretiens prévus début avril"),
     ("Chargé·e de projets séminaires – Hôtel des Récollets",
      "https://alertejobs-meuse.example.be/o/55140", "Huy · CDI · septante pour cent de télétravail exclu"),
     ("Wedding planner junior – Domaine du Bois-Gotha",
      "https://alertejobs-meuse.example.be/o/55152", "Spa · CDD saisonnier · week-ends"),
     ("Régisseur·se événements – Ville de Herstal-Nord",
      "https://alertejobs-meuse.example.be/o/55166", "Herstal · statutaire · examen et entretien de sélection"),
     ("Event manager bilingue FR/NL – Polychrome Events",
      "https://alertejobs-meuse.example.be/o/55171", "Bruxelles · CDI · voiture de société")],
    "Vous recevez cet e-mail parce que vous avez créé une alerte sur AlerteJobs Meuse. "
    "Gérer mes alertes : https://alertejobs-meuse.example.be/alertes – Se désabonner : "
    "https://alertejobs-meuse.example.be/u/9f31", "fr", "#0f766e")

_rme = _digest(
    "La Lettre du RME n°41 – mars 2026",
    "Chères et chers membres, ce mois-ci, la Lettre s'intéresse à celles et ceux qui changent de "
    "métier pour rejoindre l'événementiel : comment encaisser un refus, comment briller en "
    "entretien, et où rencontrer les employeurs.",
    [("Rebondir après un refus : ce que disent les recruteurs",
      "https://rme-wallonie.example.be/lettre/41/refus",
      "« Nous avons le regret de vous informer… » : cinq professionnels expliquent comment lire – "
      "et dépasser – une réponse négative."),
     ("Entretien de sélection : les questions qui reviennent",
      "https://rme-wallonie.example.be/lettre/41/entretien",
      "Budget, imprévus, gestion des fournisseurs : préparez vos réponses avec notre fiche pratique."),
     ("Agenda : Salon des Métiers de l'Événement, Liège, 18 avril",
      "https://rme-wallonie.example.be/agenda/salon-2026",
      "Septante exposants, des ateliers CV et des entretiens express avec des agences."),
     ("Offre du mois : coordinateur·rice au Festival des Lumières de Huy",
      "https://rme-wallonie.example.be/emploi/4410",
      "Mi-temps, de septembre à janvier ; candidatures avant le 10 avril.")],
    "Réseau des Métiers de l'Événement asbl – rue de la Régence 8, 4000 Liège. Vous recevez cette "
    "lettre en tant que membre. Se désinscrire : https://rme-wallonie.example.be/desinscription",
    "fr", "#7c3aed")

_article = """Reconversion : 7 questions pièges en entretien (et comment y répondre)

Changer de métier, c'est aussi apprendre à raconter son parcours. Voici les questions que les recruteurs de l'événementiel posent le plus souvent aux candidats en reconversion.

1. « Pourquoi quitter un métier manuel pour un poste de coordination ? »
Parlez de continuité plutôt que de rupture : la relation client, les délais, les imprévus.

2. « Qu'est-ce qui vous manquera ? »
Soyez honnête, puis montrez comment vous garderez ce lien (ateliers, bénévolat, réseau).

3. « Comment gérez-vous un fournisseur qui ne livre pas ? »
Un exemple réel vaut mieux que dix principes.

4. « Quel est votre plus grand échec ? »
Choisissez un épisode clos, avec une leçon concrète.

5. « Où vous voyez-vous dans cinq ans ? »
Restez réaliste et reliez votre réponse au poste.

6. « Quelles sont vos prétentions salariales ? »
Renseignez-vous sur les grilles du secteur avant l'entretien.

7. « Avez-vous d'autres processus en cours ? »
Oui, sans entrer dans les détails.

Et si la réponse est négative ? Un refus après entretien n'est pas un verdict sur votre valeur : demandez poliment un retour, notez-le, et passez à la suite.

Lire l'article complet : https://carrieres-reconversions.example.fr/articles/questions-pieges

Carrières & Reconversions – la newsletter du jeudi
Se désabonner : https://carrieres-reconversions.example.fr/desabonnement
"""

_ifs_weekly = _digest(
    "Vos offres de la semaine – Lille & métropole",
    "Bonjour Mélusine, voici une sélection de missions proches de votre profil. Une mission vous "
    "intéresse ? Postulez en un clic : votre chargée de recrutement vous recontacte pour un "
    "entretien rapide.",
    [("Hôte·sse d'accueil salon professionnel – Lille Grand Palais",
      "https://ifs-interim.example.fr/missions/8812", "Mission de 4 jours · 12,50 € brut/h"),
     ("Coordinateur·rice logistique événementielle",
      "https://ifs-interim.example.fr/missions/8820", "Roubaix · 3 mois · permis B exigé"),
     ("Décorateur·rice floral·e événementiel·le",
      "https://ifs-interim.example.fr/missions/8826", "Marcq-en-Barœul · week-ends de mai et juin"),
     ("Assistant·e banquets – hôtel 4*",
      "https://ifs-interim.example.fr/missions/8831", "Lille centre · CDD possible")],
    "Intérim Flandres Services – 47 boulevard de la Liberté, 59000 Lille. "
    "Ne plus recevoir ces offres : https://ifs-interim.example.fr/preferences",
    "fr", "#9d174d")

_webinar = _digest(
    "Webinaire jeudi 18h : de fleuriste à coordinatrice événementielle",
    "Elles étaient fleuristes, décoratrices ou traiteuses ; elles coordonnent aujourd'hui des "
    "salons et des congrès. Trois professionnelles racontent leur reconversion, en direct et "
    "gratuitement.",
    [("Je m'inscris au webinaire (jeudi 7 mai, 18h00)",
      "https://fleurs-evenements.example.fr/webinaires/reconversion",
      "60 minutes, questions en direct, replay envoyé aux inscrits."),
     ("Ce que les recruteurs attendent en entretien",
      "https://fleurs-evenements.example.fr/blog/entretien-recruteurs",
      "Portfolio, chiffres, gestion de crise : les trois piliers d'un entretien réussi."),
     ("Candidature refusée ? 4 raisons fréquentes",
      "https://fleurs-evenements.example.fr/blog/candidature-refusee",
      "Le CV trop « atelier », la lettre générique, l'absence de chiffres, le mauvais timing."),
     ("Boutique : le carnet de planning événementiel",
      "https://fleurs-evenements.example.fr/boutique/carnet", "Septante pages, 19 €.")],
    "Fleurs & Événements Pro – Vous recevez cet e-mail car vous êtes abonnée à nos webinaires. "
    "Se désabonner : https://fleurs-evenements.example.fr/unsub", "fr", "#be185d")

_stellenblick = _digest(
    "6 neue Jobs für „Eventmanagement“ in Aachen und Umgebung",
    "Hallo Mélusine, Ihr Jobagent hat neue Stellenangebote gefunden. Tipp der Woche: Testen Sie "
    "Kamera und Mikrofon zehn Minuten vor jedem Video-Vorstellungsgespräch.",
    [("Veranstaltungskaufmann/-frau – Eurogress-Nachbar Tagungswelt Lousberg",
      "https://stellenblick.example.de/job/771201", "Aachen · Vollzeit · ab sofort"),
     ("Eventmanager (m/w/d) Hochzeiten – Gut Schwarzenbruch",
      "https://stellenblick.example.de/job/771215", "Stolberg · Teilzeit · Wochenendarbeit"),
     ("Projektassistenz Messen – Messe & Mehr Personalservice",
      "https://stellenblick.example.de/job/771222", "Aachen · Zeitarbeit · Übernahme möglich"),
     ("Referent/in Veranstaltungen – Städteregion Nordeifel",
      "https://stellenblick.example.de/job/771230", "Simmerath · TVöD E9a · befristet"),
     ("Bankettleitung – Hotel am Lousberg",
      "https://stellenblick.example.de/job/771236", "Aachen · Vollzeit"),
     ("Floristin mit Eventerfahrung – Blumenhaus Rosenquelle",
      "https://stellenblick.example.de/job/771240", "Eschweiler · Vollzeit")],
    "Sie erhalten diese E-Mail, weil Sie bei Stellenblick einen Jobagenten angelegt haben. "
    "Jobagent bearbeiten oder abbestellen: https://stellenblick.example.de/jobagent/abmelden",
    "de", "#1d4ed8")

_kompass = """Karriere-Kompass – Ausgabe 14/2026

ABSAGE ERHALTEN? SO GEHT ES WEITER

„Leider müssen wir Ihnen mitteilen …“ – kaum ein Satz wird so oft gelesen und so selten verstanden. Unsere Autorin hat mit Personalerinnen gesprochen: Eine Absage nach dem Vorstellungsgespräch bedeutet meist, dass jemand knapp besser passte, nicht, dass Sie schlecht waren. Fragen Sie höflich nach Feedback und halten Sie den Kontakt.

DIE 10 HÄUFIGSTEN FRAGEN IM VORSTELLUNGSGESPRÄCH

Von „Erzählen Sie etwas über sich“ bis „Warum sollten wir Sie einstellen?“ – mit Antwortbeispielen für Quereinsteigerinnen.
https://karriere-kompass.example.de/artikel/10-fragen

TERMIN: ONLINE-SPRECHSTUNDE „GEHALT VERHANDELN“

Mittwoch, 19 Uhr, kostenlos für Abonnentinnen und Abonnenten.
https://karriere-kompass.example.de/sprechstunde

Sie erhalten den Karriere-Kompass, weil Sie sich auf karriere-kompass.example.de angemeldet haben.
Abmelden: https://karriere-kompass.example.de/abmelden
"""

_euregio = _digest(
    "Euregio Jobs Weekly – 5 new events roles",
    "Hi Mélusine, here are this week's events and hospitality openings across Maastricht, "
    "Aachen and Liège. Interview tip: bring one printed photo of your best event – it gives the "
    "panel something to ask about.",
    [("Event Coordinator (EN/NL) – Vrijthof Event Studio",
      "https://euregiojobs.example.nl/jobs/30118", "Maastricht · full-time · applications close 20 March"),
     ("Junior Producer – Tapijn Garden Events",
      "https://euregiojobs.example.nl/jobs/30124", "Maastricht · seasonal · garden festival"),
     ("Conference Assistant – Meuse Riverside Conference Centre",
      "https://euregiojobs.example.nl/jobs/30131", "Maastricht · 32 h · Dutch an advantage"),
     ("Hospitality Events Lead – Hotel Lousberg Residenz",
      "https://euregiojobs.example.nl/jobs/30137", "Aachen · German required"),
     ("Wedding & Events Planner – Kasteel Geul-Oost",
      "https://euregiojobs.example.nl/jobs/30140", "Valkenburg · part-time")],
    "You are receiving Euregio Jobs Weekly because you subscribed at euregiojobs.example.nl. "
    "Unsubscribe: https://euregiojobs.example.nl/unsubscribe?u=8821", "en", "#b91c1c")

_empleo = _digest(
    "8 ofertas nuevas de «coordinación de eventos» en València",
    "Hola, Mélusine. Estas son las ofertas publicadas en las últimas 24 horas que coinciden con tu "
    "alerta. Consejo: si tras una entrevista recibes una respuesta negativa, pide feedback; muchas "
    "empresas lo agradecen.",
    [("Coordinador/a de eventos – Hotel Malvarrosa Playa",
      "https://empleolevante.example.es/oferta/93311", "València · jornada completa · inglés alto"),
     ("Técnico/a de protocolo – Universitat del Túria",
      "https://empleolevante.example.es/oferta/93318", "València · prueba práctica y entrevista"),
     ("Wedding planner – Masía Els Tarongers",
      "https://empleolevante.example.es/oferta/93324", "Alboraia · temporada"),
     ("Azafata/o de congresos – Feria Ribera Congresos",
      "https://empleolevante.example.es/oferta/93330", "València · por evento")],
    "Recibes este correo porque creaste una alerta en EmpleoLevante. Gestionar alertas o darse "
    "de baja: https://empleolevante.example.es/alertas/baja", "es", "#ea580c")

_avoe = _digest(
    "Boletín AVOE · mayo 2026",
    "Queridas socias y socios: este mes hablamos de selección de personal en nuestro sector, "
    "desde los dos lados de la mesa.",
    [("Entrevistas por competencias: cómo prepararlas",
      "https://avoe.example.es/boletin/mayo/competencias",
      "Método STAR, ejemplos reales y los errores más comunes de candidatas y candidatos."),
     ("¿Te han rechazado? Cómo pedir feedback sin quemar puentes",
      "https://avoe.example.es/boletin/mayo/feedback",
      "Una directora de RR. HH. de un hotel de la Albereda nos cuenta qué respuestas valora."),
     ("Bolsa de empleo de socios: 6 ofertas nuevas",
      "https://avoe.example.es/empleo", "Coordinación, producción y protocolo."),
     ("Jornada de networking – 12 de junio, Veles e Vents",
      "https://avoe.example.es/agenda/networking-junio", "Inscripción gratuita para socios.")],
    "AVOE – Asociación Valenciana de Organizadores de Eventos. Para darte de baja de este "
    "boletín: https://avoe.example.es/baja", "es", "#0369a1")

_prolink_fr = """Mélusine, votre profil attire l'attention

Vous êtes apparue dans 9 recherches cette semaine.
Parmi les personnes qui vous ont recherchée : des recruteurs de Kermesse Events et de l'Hôtel des Récollets.

Un recruteur a consulté votre profil : chargée de talent chez Polychrome Events.

Offres qui pourraient vous intéresser :
- Coordinatrice événements – Polychrome Events, Bruxelles
- Chargée de projet séminaires – Hôtel des Récollets, Huy

Voir toutes les statistiques : https://prolink.example.com/me/stats

Vous recevez ces notifications car vous êtes membre de ProLink. Gérer les e-mails : https://prolink.example.com/settings/email
"""

_prolink_de = """Mélusine, 3 Personen haben Ihr Profil angesehen

Darunter eine Recruiterin des Kongresshaus Mosel-Remich und ein Personalberater aus Aachen.

Sie sind diese Woche in 11 Suchanfragen erschienen. Ihre Bewerbungen über ProLink: 2 gesendet, 1 angesehen.

Jobs, die zu Ihnen passen könnten:
- Eventmanagerin – Tagungswelt Lousberg, Aachen
- Projektleitung Veranstaltungen – Stadtmarketing Monschau-Rur

Alle Profilaufrufe ansehen: https://prolink.example.com/me/profile-views

Sie erhalten diese Benachrichtigung als ProLink-Mitglied. Einstellungen: https://prolink.example.com/settings/email
"""

_prolink_en = """You appeared in 14 searches this week

Mélusine, recruiters and hiring managers found you through searches for "event coordinator" and "florist".

Who's looking: people from Meuse Riverside Conference Centre, Northgate Talent and Bassin Boat Events.

Your post about the wine-fair installations got 212 impressions.

Jobs you may be interested in:
- Conference Coordinator - Meuse Riverside Conference Centre, Maastricht
- Events Officer - Jekerdal University, Maastricht

See all your search appearances: https://prolink.example.com/me/search-appearances

You are receiving ProLink notification emails. Unsubscribe: https://prolink.example.com/settings/email
"""

# ======================================================================== people and services

_podcast = """Bonjour Mélusine,

Je suis Laure, je produis Racines & Pétales, un podcast liégeois sur les métiers du végétal (nonante épisodes au compteur !). Une amie commune, Inès Bouchat, m'a parlé de votre parcours de fleuriste qui se tourne vers l'organisation d'événements.

Accepteriez-vous de venir en parler au micro ? L'interview dure environ quarante minutes et on enregistre dans notre petit studio d'Outremeuse, quand cela vous arrange en avril. Il n'y a rien à préparer, juste à raconter.

Belle journée,
Laure Gilson
Racines & Pétales – le podcast
rue Puits-en-Sock 54, 4020 Liège
"""

_press = """Madame Okafor-Blanc,

Je prépare pour La Gazette de l'Ourthe un article sur les fleuristes indépendants de la région à l'approche de la Saint-Valentin. Votre travail m'a été recommandé par plusieurs lecteurs.

Seriez-vous disponible pour une courte interview téléphonique d'un quart d'heure, idéalement avant mercredi ? Un photographe pourrait passer ensuite pour une photo de vos compositions.

Merci d'avance,
Benoît Ransy
Journaliste – La Gazette de l'Ourthe
0475 18 62 04
"""

_gps = """Bonjour Mélusine,

Votre location du 14/03/2026 (Renault Zoé, plaque 1-MSA-072) est terminée.

Position GPS du véhicule à la fin de la location : 50.6412 N, 5.5718 E – Place Cockerill, Liège.
Durée : 3 h 12 · Distance : 94 km · Montant : 41,60 €

Malheureusement, le véhicule a été garé hors d'une zone Mosa Partage. Des frais de repositionnement de 15 € pourraient être appliqués. Si vous pensez qu'il s'agit d'une erreur, contestez depuis l'application.

Bonne route,
Mosa Partage
"""

_parcel = """Bonjour,

Votre colis n° CM 4471 2096 BE (expéditeur : Atelier Papiers & Rubans) a malheureusement pris du retard dans notre centre de tri de Bierset.

Nouvelle date de livraison estimée : jeudi 16 avril 2026, entre 9h00 et 13h00.

Vous pouvez suivre votre envoi ou choisir un point relais : https://colismeuse.example.be/suivi/CM44712096BE

Nous vous prions de nous excuser pour ce désagrément.
Le service client ColisMeuse

Ceci est un message automatique.
"""

_ines = """Hello ma belle,

Bon ben voilà, j'ai reçu la réponse de la Cité des Fêtes de Seraing-Haut ce matin : « nous avons décidé de poursuivre avec d'autres candidats ». Après trois entretiens et une étude de cas, je l'ai un peu en travers de la gorge.

Bref, je voulais te dire de ne pas te décourager de ton côté, les recruteurs ont l'air de tous utiliser le même modèle de mail 😅

Apéro vendredi pour noyer ça ? Je propose la Cave des Mineurs vers 18h30.

Bisous,
Inès
"""

_hautrive_approach = """Chère Madame Okafor-Blanc,

Je me permets de vous contacter de manière tout à fait confidentielle. Notre cabinet accompagne actuellement un acteur reconnu de l'hospitalité en province de Liège qui souhaite renforcer son pôle événementiel.

Votre parcours – une solide expérience de fleuriste événementielle et une vraie connaissance des prestataires locaux – a retenu mon attention. Je ne sais pas si vous êtes en réflexion sur votre avenir professionnel ; si c'est le cas, je serais heureux de vous en dire davantage.

Bien cordialement,

Bertrand de Moffarts
Associé – Cabinet Hautrive Conseil
Quai de Rome 52, 4000 Liège
+32 4 252 88 17

Ce courriel est confidentiel et destiné exclusivement à son destinataire. S'il vous est parvenu par erreur, merci d'en avertir l'expéditeur et de le détruire.
"""

_bank_fr = """Bonjour Madame Okafor-Blanc,

Je vous confirme notre rendez-vous du mardi 3 février à 16h30 à l'agence de Liège-Guillemins, pour faire le point sur votre demande de crédit pour l'aménagement de votre atelier.

Merci de vous munir de vos trois derniers extraits de compte ; nous examinerons ensemble la position de votre compte professionnel et le plan de trésorerie que vous m'avez transmis.

En cas d'empêchement, merci de me prévenir au 04 230 17 66.

Bien à vous,
Grégory Lallemand
Conseiller Professionnels – Banque Mosane

La Banque Mosane ne vous demandera jamais vos codes d'accès par e-mail. Ce message et ses annexes sont confidentiels.
"""

_landlord = """Bonjour Madame Okafor-Blanc,

Le technicien de la société Thermo-Ourthe passera pour l'entretien annuel de la chaudière le lundi 12 octobre entre 8h00 et 12h00. Pourriez-vous lui laisser l'accès à l'appartement ou confier la clé à Mme Piette, au rez-de-chaussée ?

Je profite de ce message pour vous rappeler que l'indexation du loyer prendra effet au 1er novembre ; les charges restent fixées à nonante euros par mois.

Cordialement,
Jean-Pol Halleux
"""

_school = """Madame Okafor-Blanc,

Dans le cadre de la remise des bulletins, je vous propose un entretien individuel pour faire le point sur les progrès d'Elio en 4e primaire. Les rendez-vous ont lieu le jeudi 2 avril entre 15h30 et 18h30, par tranches de quinze minutes.

Merci de m'indiquer l'heure qui vous convient dans le journal de classe ou en répondant à ce message.

Annick Renier
Institutrice de 4e primaire
École communale du Thier-à-Liège
"""

_doctor = """Bonjour Mélusine Okafor-Blanc,

Votre rendez-vous du vendredi 22 mai 2026 à 08:40 avec le Dr Sylvie Hennen (médecine générale, Cabinet médical des Guillemins) a été annulé par le cabinet.

Motif : absence imprévue du praticien.

Vous pouvez reprendre un rendez-vous en ligne : https://agenda-sante.example.be/dr-hennen

Ce message est envoyé automatiquement, merci de ne pas y répondre.
"""

_ooo_fr = """Bonjour,

Je suis absente du bureau jusqu'au lundi 24 août inclus, sans accès à ma messagerie.

Pour toute question urgente concernant un recrutement en cours, vous pouvez contacter le service RH au 04 337 45 10. Les candidatures reçues pendant mon absence seront traitées à mon retour.

Bien à vous,
Claire Nizet
Responsable RH – Cité des Fêtes de Seraing-Haut
"""

_course_fr = """Madame,

La commission d'admission du Certificat en gestion d'événements culturels et professionnels (promotion 2026-2027) s'est réunie le 4 septembre.

Nous avons le regret de vous informer que votre demande d'admission n'a pas pu être acceptée : le nombre de places est limité à vingt-quatre participants et la priorité a été donnée aux candidats titulaires d'un bachelier dans le domaine. Vous êtes inscrite en liste d'attente, en position 6.

Les droits d'inscription éventuellement versés vous seront intégralement remboursés.

Le secrétariat de la Formation continue
Haute École Condroz-Meuse
"""

_workshop = """Bonjour Madame Okafor-Blanc,

Suite à notre rencontre au Relais Emploi, je vous propose de participer à l'atelier collectif « Réussir son entretien d'embauche », le mardi 21 avril de 9h00 à 12h00, dans nos locaux du boulevard de la Sauvenière.

Au programme : simulations d'entretien filmées, présentation de soi en deux minutes et questions sur la reconversion. Le groupe est limité à douze personnes.

Si vous souhaitez vous inscrire, répondez simplement à ce message.

Karim Benali
Conseiller emploi – Relais Emploi de Liège
"""

_apero = """Pauline Dewez vous a invitée à un événement.

Mes 35 ans – apéro au jardin
Quand : samedi 13 juin 2026, 18:00 – 23:00 (heure d'Europe centrale)
Où : chez Pauline, rue des Vennes 112, Liège
Participants : Pauline Dewez (organisatrice), Mélusine Okafor-Blanc, Inès Bouchat

« Venez comme vous êtes, j'ai prévu le barbecue. Mélusine, si tu as encore des pivoines, je prends ! »

Participer ? Oui – Peut-être – Non

Invitation de Google Agenda. Vous recevez ce message car vous êtes invitée à cet événement.
"""

_fwd_theatre_old = """Le Théâtre du Pont des Arches recrute un·e régisseur·se événements (CDI, temps plein) pour ses locations de salles, galas et réceptions d'entreprise. Profil : sens de l'organisation, aisance relationnelle, disponibilité en soirée. Candidatures (CV et lettre) jusqu'au 8 mai ; les entretiens auront lieu dans la semaine du 18 mai.

Contact : emploi@pontdesarches.example.be"""

_fwd_theatre = outlook_reply("""Coucou Mélusine,

Vu dans la newsletter de la Chambre de commerce, ça m'a fait penser à toi ! Ils cherchent justement quelqu'un qui connaît les fleuristes et les traiteurs du coin. Fonce 😉

Valérie

Valérie Collignon
Les Jonquilles – Fleuriste
Rue Saint-Gilles 77, 4000 Liège""", "fr", "Théâtre du Pont des Arches <emploi@pontdesarches.example.be>",
    "mardi 14 avril 2026 10:12", "Membres CCI Liège-Verviers",
    "Offre d'emploi – Régisseuse événements", _fwd_theatre_old)

_garage = """Madame Okafor-Blanc,

Votre rendez-vous d'entretien (révision des 60 000 km et contrôle des freins) pour le véhicule immatriculé 2-FLR-418, prévu le lundi 9 février à 8h00, a dû être déplacé au mercredi 11 février à 8h00, suite à un retard de livraison des pièces.

Si cette nouvelle date ne vous convient pas, appelez notre atelier au 04 252 60 90.

Garage Meuse Autos – Quai des Ardennes 150, 4020 Liège
Message automatique – merci de ne pas répondre.
"""

# ---------------------------------------------------------------------------------- de

_kirchberg_approach = """Liebe Frau Okafor-Blanc,

ich bin auf Ihr Profil gestoßen und war beeindruckt von Ihrer Arbeit für Hochzeiten und Firmenveranstaltungen in der Euregio.

Im Auftrag eines renommierten Veranstaltungshauses in Luxemburg suche ich derzeit eine Persönlichkeit für die Koordination großer Kongresse und Galas. Die Position ist vertraulich, daher kann ich den Namen meines Mandanten noch nicht nennen.

Wären Sie grundsätzlich offen für einen Austausch? Ich freue mich auf Ihre Rückmeldung – ganz unverbindlich.

Herzliche Grüße
Konstantin Vössing
Partner | Dreiländereck Executive Search
Kapuzinergraben 19, 52062 Aachen
+49 241 51 97 30 0
"""

_jana = """Hey Mélu,

die Absage vom Kongresszentrum Tivoli-Park ist heute gekommen – „leider haben wir uns für eine andere Kandidatin entschieden“. Nach zwei Vorstellungsgesprächen und einem Probearbeitstag! Ich bin echt bedient.

Wie läuft's bei dir mit Luxemburg? Ich drück dir die Daumen, dass wenigstens eine von uns den Job kriegt.

Lass uns am Wochenende telefonieren?

Jana
"""

_dentist = """Sehr geehrte Frau Okafor-Blanc,

leider müssen wir Ihren Termin zur Kontrolluntersuchung am Donnerstag, 11. Juni, um 8:30 Uhr verschieben, da Dr. Beckers an diesem Tag auf einer Fortbildung ist.

Wir haben Ihnen stattdessen Montag, 15. Juni, um 8:30 Uhr reserviert. Falls Ihnen dieser Termin nicht passt, rufen Sie uns bitte unter 0241 53 20 18 an.

Freundliche Grüße
Ihr Praxisteam
Zahnarztpraxis Dr. Beckers · Adalbertsteinweg 40 · 52070 Aachen
"""

_parcel_de = """Guten Tag,

Ihre Sendung 00340 4412 7789 2210 von „Floristik-Großhandel Rheinland“ verspätet sich leider aufgrund eines erhöhten Sendungsaufkommens.

Neuer voraussichtlicher Zustelltag: Mittwoch, 22. Juli 2026

Sie können den Zustelltag ändern oder eine Abholstation wählen:
https://pdl-paket.example.de/sendung/003404412778922210

Ihr PDL-Kundenservice
Diese E-Mail wurde automatisch erstellt.
"""

_ooo_de = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 16. Februar nicht im Büro und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an Frau Svenja Kruppke (s.kruppke@kaiserpfalz-eventhaus.example.de).

Mit freundlichen Grüßen
Achim Brandt
Leitung Veranstaltungen
Kaiserpfalz Eventhaus GmbH
"""

_course_de = """Sehr geehrte Frau Okafor-Blanc,

vielen Dank für Ihre Anmeldung zum berufsbegleitenden Zertifikatskurs „Eventmanagement kompakt“ (Wintersemester 2026/27).

Leider müssen wir Ihnen mitteilen, dass wir Ihnen keinen Studienplatz anbieten können: Der Kurs ist mit 20 Teilnehmenden ausgebucht, und die Plätze wurden nach Eingang der vollständigen Unterlagen vergeben. Wir haben Sie auf die Warteliste gesetzt (Platz 4).

Eine Anmeldung für den Sommerkurs 2027 ist ab dem 1. Dezember möglich.

Mit freundlichen Grüßen
Petra Jansen
Weiterbildungszentrum der Hochschule Wurmtal
"""

_bank_de = """Sehr geehrte Frau Okafor-Blanc,

gern bestätige ich Ihnen unseren Beratungstermin am Donnerstag, 8. Oktober 2026, um 17:00 Uhr in unserer Filiale am Markt in Aachen.

Wir besprechen Ihre Wertpapierpositionen und die Frage, wie sich ein möglicher Arbeitsplatzwechsel nach Deutschland auf Ihre Altersvorsorge auswirkt. Bitte bringen Sie Ihren Personalausweis mit.

Sollten Sie den Termin nicht wahrnehmen können, geben Sie mir bitte rechtzeitig Bescheid.

Mit freundlichen Grüßen
Stefan Kaußen
Privatkundenberater
Aachener Grenzbank eG
"""

_magazine = """Liebe Frau Okafor-Blanc,

für die Herbstausgabe unseres Floristik-Magazins „Blütezeit“ porträtieren wir Floristinnen, die ihr Handwerk in neue Berufe mitnehmen. Eine Kollegin aus Eupen hat Sie uns empfohlen.

Hätten Sie Lust auf ein Interview? Das Gespräch würde etwa eine Stunde dauern und kann per Video stattfinden; wir schicken Ihnen den Text vor der Veröffentlichung zur Freigabe. Ein Honorar können wir leider nicht zahlen, aber gern verlinken wir Ihr Portfolio.

Herzliche Grüße
Miriam Esser
Redaktion „Blütezeit“
Verlag Grünes Blatt, Köln
"""

_tobi = """Hallo Mélusine,

hab die Mail vom Förderverein bekommen und musste sofort an dich denken – die suchen jemanden für Hochzeiten und Firmenfeiern auf der Burg. Schau mal in den Anhang!

LG Tobi
"""

_burg_posting = """Liebe Mitglieder,

für die Vermietung der Burg suchen wir ab September eine Eventmanagerin oder einen Eventmanager in Teilzeit (20 Std./Woche). Aufgaben: Beratung von Brautpaaren und Firmenkunden, Koordination von Caterern und Dienstleistern, Betreuung der Veranstaltungen vor Ort.

Bewerbungen bitte bis 15. Juli an vorstand@haarener-muehle.example.de. Vorstellungsgespräche finden Ende Juli statt.

Der Vorstand
Förderverein Burg Haarener Mühle e.V.
"""

# ---------------------------------------------------------------------------------- en / es

_research = """Hi Mélusine,

I'm a UX researcher at Hireloop, the job-matching app you signed up for in March. We're redesigning how candidates keep track of their applications - interview invites, rejections, offers and everything in between - and we'd love to learn from your experience.

Would you be up for a 45-minute research interview over video next week? There are no right or wrong answers, we're not assessing you, and it has nothing to do with any job application. As a thank-you we'll send you a EUR 40 gift voucher.

If you're interested, pick a slot here: https://hireloop.example.com/research/book?p=mob-292

Thanks so much,
Priya Raman
Senior UX Researcher, Hireloop
Amsterdam
"""

_ooo_en = """Thank you for your email. I am out of the office until Monday 8 June with limited access to email.

For anything related to upcoming events, please contact the events desk on +31 43 350 62 10. For recruitment questions, Ilse Vermeulen (ilse.vermeulen@riversidecc.example.nl) will be happy to help.

Best regards,
Noor Sahin
Senior Conference Coordinator
Meuse Riverside Conference Centre
"""

_northgate = """Hi Mélusine,

I hope you don't mind the cold message. I lead the hospitality & events desk at Northgate Talent and I've been following the work you share online - the installations for the Liège wine fair were lovely.

I regularly work with venues and agencies in Brussels and Luxembourg who are looking for coordinators with a creative, hands-on background. Nothing specific right now, but I'd love to get to know you so I can think of you when the right brief lands.

No pressure at all - if you're open to it, just reply and we'll take it from there.

Best,
Oliver Grant
Principal Consultant, Hospitality & Events
Northgate Talent | London - Brussels
"""

_carmen = """¡Hola, guapa!

Te cuento: al final el Palau de Congressos del Grau me ha dicho que no. Me escribieron ayer: «lamentamos comunicarte que no has sido seleccionada». Después de tres entrevistas, ¡tres!

En fin, me voy a tomar una horchata y a seguir buscando. ¿Cómo te fue con el hotel de la Albereda? Cuéntamelo todo.

Un beso enorme,
Carmen
"""

_master = """Estimada Sra. Okafor-Blanc:

Una vez finalizado el proceso de preinscripción del Máster Propio en Organización de Eventos y Protocolo (edición 2026-2027), le comunicamos que su solicitud ha sido valorada con 6,4 puntos y no ha obtenido plaza en la primera adjudicación.

Queda usted en lista de espera en la posición 11. Si se produjeran vacantes, nos pondremos en contacto con usted antes del 30 de septiembre.

Atentamente,
Secretaría de Postgrado
Universitat del Túria
"""

_ooo_es = """Gracias por tu mensaje.

Estoy fuera de la oficina hasta el lunes 11 de mayo por la feria de turismo de Madrid, con acceso limitado al correo. Para cualquier asunto urgente, puedes llamar a recepción al +34 961 22 48 00.

Un saludo,
Lucía Ferrandis
Directora de Recursos Humanos – Hotel Turia Jardín
"""

_bank_es = """Estimada clienta:

Le confirmo su cita en nuestra oficina de la calle Colón el viernes 29 de mayo a las 9:15 para completar la apertura de su cuenta y revisar la domiciliación de la nómina.

Le rogamos que traiga su pasaporte, el NIE y, si ya lo tiene, el contrato de trabajo firmado.

Si necesita cambiar la cita, responda a este correo o llámenos al 963 94 21 70.

Atentamente,
Jordi Martí
Gestor de clientes particulares – Banco Huerta
"""

_AUTO_REPLY = [("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"),
               ("X-Auto-Response-Suppress", "All")]

MESSAGES = [
    # ============================================================================ fr (26)
    M(kind=T, scenario="job_alert_digest", lang="fr", contact="", date="2026-03-02 06:00 +0100",
      frm=("AlerteJobs Meuse", "alertes@alertejobs-meuse.example.be"),
      subject="6 nouvelles offres pour votre alerte « événementiel »",
      headers=_list("<alertes.alertejobs-meuse.example.be>",
                    "https://alertejobs-meuse.example.be/u/9f31",
                    "unsubscribe@alertejobs-meuse.example.be"), **_alertejobs),
    M(kind=T, scenario="association_newsletter_refusal_interview", lang="fr", contact="",
      date="2026-03-24 08:30 +0100",
      frm=("Réseau des Métiers de l'Événement", "lettre@rme-wallonie.example.be"),
      subject="La Lettre du RME n°41 – Rebondir après un refus, réussir son entretien",
      headers=_list("La Lettre du RME <lettre.rme-wallonie.example.be>",
                    "https://rme-wallonie.example.be/desinscription",
                    "desinscription@rme-wallonie.example.be"), cte="base64", **_rme),
    M(kind=T, scenario="career_advice_article", lang="fr", contact="",
      date="2026-04-09 07:00 +0200",
      frm=("Carrières & Reconversions", "newsletter@carrieres-reconversions.example.fr"),
      subject="Reconversion : 7 questions pièges en entretien (et comment y répondre)",
      headers=_list("<jeudi.carrieres-reconversions.example.fr>",
                    "https://carrieres-reconversions.example.fr/desabonnement",
                    "stop@carrieres-reconversions.example.fr"),
      text=_article, html=simple_html(paras(_article))),
    M(kind=T, scenario="podcast_interview_request", lang="fr",
      contact="laure@racinesetpetales.example.be", date="2026-03-17 11:20 +0100",
      frm=("Laure Gilson", "laure@racinesetpetales.example.be"),
      subject="Invitation au podcast Racines & Pétales", text=_podcast),
    M(kind=T, scenario="press_interview_request", lang="fr",
      contact="b.ransy@gazette-ourthe.example.be", date="2026-02-05 15:02 +0100",
      frm=("Benoît Ransy", "b.ransy@gazette-ourthe.example.be"),
      subject="Demande d'interview – fleuristes liégeois et Saint-Valentin", cte="8bit",
      text=_press),
    M(kind=T, scenario="carsharing_gps_position", lang="fr", contact="",
      date="2026-03-14 19:44 +0100", frm=("Mosa Partage", "ne-pas-repondre@mosapartage.example.be"),
      subject="Fin de location – position de votre véhicule",
      headers=[("Auto-Submitted", "auto-generated")], text=_gps),
    M(kind=T, scenario="parcel_unfortunately_delayed", lang="fr", contact="",
      date="2026-04-14 05:52 +0200", frm=("ColisMeuse", "suivi@colismeuse.example.be"),
      subject="Votre colis est malheureusement retardé", headers=[("Auto-Submitted",
                                                                   "auto-generated")],
      text=_parcel, html=simple_html(paras(_parcel))),
    M(kind=T, scenario="friend_tells_own_rejection", lang="fr",
      contact="ines.bouchat@mailbox.example.be", date="2026-03-25 12:48 +0100",
      frm=("Inès Bouchat", "ines.bouchat@mailbox.example.be"),
      subject="devine qui s'est fait recaler 🙃", subject_enc="utf-8:b", cte="8bit", text=_ines),
    M(kind=T, scenario="own_thank_you_note", lang="fr", contact="", date="2026-03-05 18:20 +0100",
      frm=CAND, to=[("Aurélie Dethier", "aurelie.dethier@palaismosan.example.be")],
      subject="Merci pour l'entretien de ce jeudi", id="palais-thanks",
      refs=["palais-invite", "palais-moved"], text=_palais_thanks),
    M(kind=T, scenario="own_application_with_cv", lang="fr", contact="",
      date="2026-03-20 21:05 +0100", frm=CAND,
      to=[("Recrutement – Le Grand Manège", "recrutement@grandmanege.example.fr")],
      subject="Candidature – Coordinatrice événements (réf. GM-26-07)", text=_manege_application,
      attach=[_cv("fr")]),
    M(kind=T, scenario="own_reschedule_request", lang="fr", contact="",
      date="2026-05-12 08:10 +0200", frm=CAND,
      to=[("Julien Masquelier", "julien.masquelier@beffroi-evenements.example.fr")],
      subject="Demande de report – entretien Coordinatrice séminaires", id="beffroi-ask-move",
      refs=["beffroi-invite"], text=_beffroi_ask),
    M(kind=T, scenario="own_acceptance_over_quoted_offer", lang="fr", contact="",
      date="2026-03-18 08:05 +0100", frm=CAND,
      to=[("Aurélie Dethier", "aurelie.dethier@palaismosan.example.be")],
      subject="Re: Proposition d'engagement – Coordinatrice événements & congrès",
      id="palais-accept", refs=["palais-invite", "palais-offer"], text=_palais_accept,
      attach=[{"name": "Proposition_engagement_signee.pdf", "title": "Proposition signée",
                   "lines": ["Proposition d'engagement - Palais Mosan des Congrès",
                          "Lu et approuvé, bon pour accord.", "",
                          "Mélusine Okafor-Blanc, Liège, le 17 mars 2026"]}]),
    M(kind=T, scenario="headhunter_cold_approach", lang="fr",
      contact="b.demoffarts@hautrive-conseil.example.be", date="2026-01-07 17:45 +0100",
      frm=("Bertrand de Moffarts", "b.demoffarts@hautrive-conseil.example.be"),
      subject="Mandat confidentiel – coordination événementielle", id="hautrive-approach",
      text=_hautrive_approach, html=outlook_html(mso(_hautrive_approach))),
    M(kind=T, scenario="bank_appointment_account_position", lang="fr",
      contact="gregory.lallemand@banquemosane.example.be", date="2026-01-29 10:10 +0100",
      frm=("Grégory Lallemand", "gregory.lallemand@banquemosane.example.be"),
      subject="Votre rendez-vous du 3 février", charset="windows-1252", cte="quoted-printable",
      text=_bank_fr),
    M(kind=T, scenario="landlord_boiler_maintenance", lang="fr",
      contact="jp.halleux@mailbox.example.be", date="2026-10-02 19:22 +0200",
      frm=("Jean-Pol Halleux", "jp.halleux@mailbox.example.be"),
      subject="Entretien annuel de la chaudière", charset="windows-1252", cte="8bit",
      text=_landlord),
    M(kind=T, scenario="school_parent_meeting", lang="fr",
      contact="annick.renier@ecole-thier.example.be", date="2026-03-23 16:05 +0100",
      frm=("Annick Renier", "annick.renier@ecole-thier.example.be"),
      subject="Entretien individuel – bulletin d'Elio", text=_school),
    M(kind=T, scenario="doctor_appointment_cancelled", lang="fr", contact="",
      date="2026-05-20 07:31 +0200", frm=("Agenda Santé", "no-reply@agenda-sante.example.be"),
      subject="Annulation de votre rendez-vous avec le Dr Hennen",
      headers=[("Auto-Submitted", "auto-generated")], text=_doctor,
      html=simple_html(paras(_doctor))),
    M(kind=T, scenario="out_of_office_hr", lang="fr",
      contact="claire.nizet@citedesfetes.example.be", date="2026-08-10 09:02 +0200",
      frm=("Claire Nizet", "claire.nizet@citedesfetes.example.be"),
      subject="Réponse automatique : Candidature – Chargée de projets événementiels",
      headers=_AUTO_REPLY, refs=["citedesfetes-application"], text=_ooo_fr),
    M(kind=T, scenario="network_profile_notification", lang="fr", contact="",
      date="2026-02-16 18:00 +0000", frm=("ProLink", "notifications@prolink.example.com"),
      subject="Mélusine, vous êtes apparue dans 9 recherches cette semaine",
      headers=_list("<weekly-stats.prolink.example.com>", "https://prolink.example.com/unsub/fr",
                    "unsubscribe@prolink.example.com"),
      text=_prolink_fr, html=simple_html(paras(_prolink_fr))),
    M(kind=T, scenario="study_place_refused", lang="fr",
      contact="formation.continue@hecm.example.be", date="2026-09-07 14:10 +0200",
      frm=("Formation continue – Haute École Condroz-Meuse", "formation.continue@hecm.example.be"),
      subject="Certificat en gestion d'événements – décision d'admission", text=_course_fr),
    M(kind=T, scenario="job_centre_interview_workshop", lang="fr",
      contact="karim.benali@relaisemploi-liege.example.be", date="2026-04-07 11:35 +0200",
      frm=("Karim Benali", "karim.benali@relaisemploi-liege.example.be"),
      subject="Atelier collectif « Réussir son entretien d'embauche » – 21 avril",
      cte="base64", text=_workshop),
    M(kind=T, scenario="friend_party_calendar_request", lang="fr",
      contact="pauline.dewez@mailbox.example.be", date="2026-05-25 21:14 +0200",
      frm=("Pauline Dewez", "pauline.dewez@mailbox.example.be"),
      to=[CAND, ("Inès Bouchat", "ines.bouchat@mailbox.example.be")],
      subject="Invitation : Mes 35 ans – apéro au jardin @ sam. 13 juin 2026 18:00 – 23:00",
      text=_apero, html=simple_html(paras(_apero)),
      ics={"uid": "3kq9v1p0apero35@google.example.com", "summary": "Mes 35 ans – apéro au jardin",
               "location": "rue des Vennes 112, Liège", "organizer": ("Pauline Dewez",
                                                                 "pauline.dewez@mailbox.example.be"),
               "start": "2026-06-13 18:00 +0200", "end": "2026-06-13 23:00 +0200", "seq": 0,
               "attendees": [("Inès Bouchat", "ines.bouchat@mailbox.example.be")],
               "prodid": "-//Google Inc//Google Calendar 70.9054//EN"}),
    M(kind=T, scenario="agency_weekly_offers", lang="fr", contact="",
      date="2026-04-13 07:30 +0200",
      frm=("Intérim Flandres Services", "newsletter@ifs-interim.example.fr"),
      subject="Vos offres de la semaine – Lille & métropole",
      headers=_list("<offres-hebdo.ifs-interim.example.fr>",
                    "https://ifs-interim.example.fr/preferences", "stop@ifs-interim.example.fr"),
      **_ifs_weekly),
    M(kind=T, scenario="webinar_newsletter", lang="fr", contact="",
      date="2026-05-04 12:00 +0200",
      frm=("Fleurs & Événements Pro", "webinaires@fleurs-evenements.example.fr"),
      subject="Webinaire jeudi : de fleuriste à coordinatrice événementielle",
      headers=_list("<webinaires.fleurs-evenements.example.fr>",
                    "https://fleurs-evenements.example.fr/unsub",
                    "unsub@fleurs-evenements.example.fr"), **_webinar),
    M(kind=T, scenario="former_boss_forwards_posting", lang="fr",
      contact="valerie.collignon@lesjonquilles.example.be", date="2026-04-14 18:30 +0200",
      frm=("Valérie Collignon", "valerie.collignon@lesjonquilles.example.be"),
      subject="TR: Offre d'emploi – Régisseuse événements", text=_fwd_theatre,
      html=outlook_html(mso(_fwd_theatre))),
    M(kind=T, scenario="garage_service_moved", lang="fr", contact="",
      date="2026-02-05 08:15 +0100", frm=("Garage Meuse Autos", "rappels@meuseautos.example.be"),
      subject="Rappel : entretien de votre véhicule – rendez-vous déplacé",
      headers=[("Auto-Submitted", "auto-generated")], charset="iso-8859-1", cte="8bit",
      text=_garage.replace("–", "-")),
    # ============================================================================ de (13)
    M(kind=T, scenario="job_agent_digest", lang="de", contact="", date="2026-02-23 06:15 +0100",
      frm=("Stellenblick Jobagent", "jobagent@stellenblick.example.de"),
      subject="6 neue Jobs für „Eventmanagement“ in Aachen",
      headers=_list("<jobagent.stellenblick.example.de>",
                    "https://stellenblick.example.de/jobagent/abmelden",
                    "abmelden@stellenblick.example.de"), **_stellenblick),
    M(kind=T, scenario="career_newsletter_absage", lang="de", contact="",
      date="2026-04-16 07:00 +0200", frm=("Karriere-Kompass", "newsletter@karriere-kompass.example.de"),
      subject="Absage erhalten? So geht es weiter – plus: die 10 häufigsten Fragen im "
      "Vorstellungsgespräch",
      headers=_list("<ausgabe.karriere-kompass.example.de>",
                    "https://karriere-kompass.example.de/abmelden",
                    "abmelden@karriere-kompass.example.de"),
      charset="iso-8859-1", cte="quoted-printable", text=_kompass.replace("„", '"')
      .replace("“", '"').replace("…", "...").replace("–", "-")),
    M(kind=T, scenario="headhunter_cold_approach", lang="de",
      contact="k.voessing@dreilaendereck-search.example.de", date="2026-04-20 09:40 +0200",
      frm=("Konstantin Vössing", "k.voessing@dreilaendereck-search.example.de"),
      subject="Vertrauliche Anfrage – Senior Event Coordinator (Luxemburg)",
      id="kirchberg-approach", text=_kirchberg_approach),
    M(kind=T, scenario="friend_tells_own_absage", lang="de",
      contact="jana.offermann@mailbox.example.de", date="2026-05-11 20:03 +0200",
      frm=("Jana Offermann", "jana.offermann@mailbox.example.de"),
      subject="Absage vom Tivoli-Park", text=_jana),
    M(kind=T, scenario="dentist_appointment_moved", lang="de",
      contact="praxis@zahnarzt-beckers.example.de", date="2026-06-02 12:30 +0200",
      frm=("Zahnarztpraxis Dr. Beckers", "praxis@zahnarzt-beckers.example.de"),
      subject="Terminverschiebung – Ihre Kontrolluntersuchung", text=_dentist),
    M(kind=T, scenario="parcel_delayed", lang="de", contact="", date="2026-07-20 06:40 +0200",
      frm=("PDL Paketdienst", "benachrichtigung@pdl-paket.example.de"),
      subject="Ihre Sendung verspätet sich leider", headers=[("Auto-Submitted", "auto-generated")],
      text=_parcel_de, html=simple_html(paras(_parcel_de), "de")),
    M(kind=T, scenario="out_of_office_interviewer", lang="de",
      contact="a.brandt@kaiserpfalz-eventhaus.example.de", date="2026-02-11 08:03 +0100",
      frm=("Achim Brandt", "a.brandt@kaiserpfalz-eventhaus.example.de"),
      subject="Automatische Antwort: Entschuldigung wegen des Termins am Dienstag",
      headers=_AUTO_REPLY, refs=["kaiserpfalz-missed", "kaiserpfalz-sorry"], text=_ooo_de),
    M(kind=T, scenario="own_application_with_cv", lang="de", contact="",
      date="2026-03-29 23:58 +0200", frm=CAND,
      to=[("Museum für Tuch und Nadel", "bewerbung@tuchmuseum.example.de")],
      subject="Bewerbung: Veranstaltungsmanagement (Kennziffer 07/2026)", id="tuch-application",
      text=_tuch_application, attach=[_cv("de")]),
    M(kind=T, scenario="study_place_refused", lang="de", contact="p.jansen@hs-wurmtal.example.de",
      date="2026-09-24 13:20 +0200", frm=("Petra Jansen", "p.jansen@hs-wurmtal.example.de"),
      subject="Zertifikatskurs Eventmanagement – Ihre Anmeldung", cte="base64", text=_course_de),
    M(kind=T, scenario="network_profile_views", lang="de", contact="",
      date="2026-08-31 17:00 +0000", frm=("ProLink", "benachrichtigungen@prolink.example.com"),
      subject="Mélusine, 3 Personen haben Ihr Profil angesehen",
      headers=_list("<profile-views.prolink.example.com>", "https://prolink.example.com/unsub/de",
                    "unsubscribe@prolink.example.com"),
      text=_prolink_de, html=simple_html(paras(_prolink_de), "de")),
    M(kind=T, scenario="bank_advice_appointment", lang="de",
      contact="stefan.kaussen@grenzbank.example.de", date="2026-09-30 16:45 +0200",
      frm=("Stefan Kaußen", "stefan.kaussen@grenzbank.example.de"),
      subject="Ihr Beratungstermin am 8. Oktober", text=_bank_de),
    M(kind=T, scenario="magazine_interview_request", lang="de",
      contact="m.esser@bluetezeit-magazin.example.de", date="2026-07-07 10:25 +0200",
      frm=("Miriam Esser", "m.esser@bluetezeit-magazin.example.de"),
      subject="Interviewanfrage für das Magazin „Blütezeit“", subject_enc="utf-8:b",
      text=_magazine),
    M(kind=T, scenario="friend_forwards_posting_as_attachment", lang="de",
      contact="tobias.wirtz@mailbox.example.de", date="2026-06-19 21:40 +0200",
      frm=("Tobias Wirtz", "tobias.wirtz@mailbox.example.de"),
      subject="Fwd: Stellenanzeige: Eventmanagerin/Eventmanager (Teilzeit)", text=_tobi,
      fwd=M(scenario="burg-posting", id="burg-posting", date="2026-06-18 18:02 +0200",
            frm=("Förderverein Burg Haarener Mühle", "vorstand@haarener-muehle.example.de"),
            to=[("Mitglieder Förderverein", "mitglieder@haarener-muehle.example.de")],
            subject="Stellenanzeige: Eventmanagerin/Eventmanager (Teilzeit)",
            text=_burg_posting)),
    # ============================================================================ en (6)
    M(kind=T, scenario="user_research_interview", lang="en",
      contact="priya.raman@hireloop.example.com", date="2026-06-23 10:05 +0200",
      frm=("Priya Raman", "priya.raman@hireloop.example.com"),
      subject="Quick favour? 45-min research interview about your job search", text=_research,
      html=simple_html(paras(_research), "en")),
    M(kind=T, scenario="weekly_jobs_digest", lang="en", contact="", date="2026-03-06 07:00 +0100",
      frm=("Euregio Jobs Weekly", "digest@euregiojobs.example.nl"),
      subject="This week in events jobs: 5 new roles in Maastricht, Aachen & Liège",
      headers=_list("<weekly.euregiojobs.example.nl>",
                    "https://euregiojobs.example.nl/unsubscribe?u=8821",
                    "unsubscribe@euregiojobs.example.nl"), **_euregio),
    M(kind=T, scenario="network_search_appearances", lang="en", contact="",
      date="2026-06-29 16:00 +0000", frm=("ProLink", "messages-noreply@prolink.example.com"),
      subject="You appeared in 14 searches this week",
      headers=_list("<search-appearances.prolink.example.com>",
                    "https://prolink.example.com/unsub/en", "unsubscribe@prolink.example.com"),
      text=_prolink_en),
    M(kind=T, scenario="own_thank_you_note", lang="en", contact="", date="2026-03-20 18:04 +0100",
      frm=CAND, to=[("Femke Houben", "femke.houben@vrijthofstudio.example.nl")],
      cc=[("Joost Vliegen", "joost.vliegen@vrijthofstudio.example.nl")],
      subject="Thank you – Event Coordinator interview", id="vrijthof-thanks",
      refs=["vrijthof-screen", "vrijthof-cancel"], text=VRIJTHOF_THANKS + "\n"),
    M(kind=T, scenario="out_of_office_panel_member", lang="en",
      contact="noor.sahin@riversidecc.example.nl", date="2026-06-02 09:15 +0200",
      frm=("Noor Sahin", "noor.sahin@riversidecc.example.nl"),
      subject="Automatic reply: Panel interview – Conference Coordinator", headers=_AUTO_REPLY,
      refs=["riverside-panel", "riverside-question"], text=_ooo_en),
    M(kind=T, scenario="recruiter_cold_approach", lang="en",
      contact="oliver.grant@northgate-talent.example.co.uk", date="2026-10-08 11:50 +0100",
      frm=("Oliver Grant", "oliver.grant@northgate-talent.example.co.uk"),
      subject="Events roles in Brussels – open to a chat?", text=_northgate),
    # ============================================================================ es (7)
    M(kind=T, scenario="job_alert_digest", lang="es", contact="", date="2026-04-03 08:00 +0200",
      frm=("EmpleoLevante Alertas", "alertas@empleolevante.example.es"),
      subject="8 ofertas nuevas de «coordinación de eventos» en València",
      headers=_list("<alertas.empleolevante.example.es>",
                    "https://empleolevante.example.es/alertas/baja",
                    "baja@empleolevante.example.es"), **_empleo),
    M(kind=T, scenario="friend_tells_own_rejection", lang="es",
      contact="carmen.bellver@correo.example.es", date="2026-04-30 22:41 +0200",
      frm=("Carmen Bellver", "carmen.bellver@correo.example.es"),
      subject="Me han dicho que no 😔", text=_carmen),
    M(kind=T, scenario="masters_admission_refused", lang="es",
      contact="postgrado@unituria.example.es", date="2026-07-15 12:00 +0200",
      frm=("Secretaría de Postgrado – Universitat del Túria", "postgrado@unituria.example.es"),
      subject="Resolución de admisión – Máster Propio en Organización de Eventos", text=_master),
    M(kind=T, scenario="own_application_with_cv", lang="es", contact="",
      date="2026-02-10 20:15 +0100", frm=CAND,
      to=[("Museo de la Seda y el Azahar", "rrhh@museoseda.example.es")],
      subject="Solicitud convocatoria 03/2026 – Técnico/a de actividades y eventos",
      id="seda-application", text=_seda_application, attach=[_cv("es")]),
    M(kind=T, scenario="out_of_office_after_offer", lang="es",
      contact="lucia.ferrandis@turiajardin.example.es", date="2026-05-05 09:30 +0200",
      frm=("Lucía Ferrandis", "lucia.ferrandis@turiajardin.example.es"),
      subject="Respuesta automática: Re: Oferta de empleo – Coordinadora de eventos y bodas",
      headers=_AUTO_REPLY, refs=["turia-offer", "turia-question"], text=_ooo_es),
    M(kind=T, scenario="bank_branch_appointment", lang="es",
      contact="jordi.marti@bancohuerta.example.es", date="2026-05-14 13:10 +0200",
      frm=("Jordi Martí", "jordi.marti@bancohuerta.example.es"),
      subject="Su cita con su gestor – apertura de cuenta", charset="iso-8859-1", cte="8bit",
      text=_bank_es.replace("–", "-")),
    M(kind=T, scenario="association_bulletin", lang="es", contact="",
      date="2026-05-27 10:00 +0200",
      frm=("AVOE – Asociación Valenciana de Organizadores de Eventos", "boletin@avoe.example.es"),
      subject="Boletín AVOE · mayo: cómo afrontar una entrevista por competencias",
      headers=_list("<boletin.avoe.example.es>", "https://avoe.example.es/baja",
                    "baja@avoe.example.es"), **_avoe),
]
