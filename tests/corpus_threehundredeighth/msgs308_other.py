"""Corpus 308, `other` mail: digests, newsletters, look-alike traps and personal mail."""

from __future__ import annotations

from msgs308_common import BULK, T, list_headers, msg


def other(name: str, lang: str, sender: tuple[str, str], subject: str, date: str, body: str,
          **extra: object) -> dict[str, object]:
    return msg("other", name, lang, sender, subject, date, body, **extra)


OOO = {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}

FRENCH = [
    other("jobmeuse_digest", "fr", ("JobMeuse Alertes", "noreply@jobmeuse.example.be"),
          "Alerte emploi : 12 nouvelles offres « UX designer » autour de Liège",
          "2026-02-12 06:30 +0100",
          T("""
          Bonjour Hugo,

          Voici les nouvelles offres correspondant à votre alerte « UX designer – Liège +50 km » :

          1. UX/UI Designer (H/F/X) – Éditions du Perron, Liège – CDI
          2. Product Designer junior – Fintech Ardenne, Namur – CDI
          3. Webdesigner / intégrateur – Ville de Seraing – contrat de remplacement
          4. UI Designer – Studio Grenaille, Verviers – freelance
          ... et 8 autres offres.

          Conseil de la semaine : un refus n'est jamais définitif ! Préparez votre prochain
          entretien en relisant l'offre et en listant trois réalisations concrètes.
          Malheureusement, 60 % des candidats arrivent en entretien sans avoir étudié
          l'entreprise.

          Gérer mes alertes : https://jobmeuse.example.be/alertes
          Se désinscrire : https://jobmeuse.example.be/unsub/hm-5521
          """), fmt="alt", brand="JobMeuse",
          headers=list_headers("JobMeuse alertes <alertes.jobmeuse.example.be>",
                               "https://jobmeuse.example.be/unsub/hm-5521")),
    other("jobmeuse_digest2", "fr", ("JobMeuse Alertes", "noreply@jobmeuse.example.be"),
          "Vos offres du jour : Product designer, UX/UI, webdesign", "2026-06-23 06:30 +0200",
          T("""
          Bonjour Hugo,

          7 nouvelles offres pour vous aujourd'hui :

          - Designer UX/UI (H/F) – Banque Hainaut-Namur – Namur
          - Graphiste / UI designer – Agence Kaolin – Bruxelles
          - UX Researcher – Opérateur télécom – Bruxelles (hybride)

          Statut de vos candidatures via JobMeuse : 2 vues par l'employeur, 1 « non retenue ».
          Rappel : les employeurs ne peuvent pas répondre à toutes les candidatures.

          Se désinscrire : https://jobmeuse.example.be/unsub/hm-5521
          """), fmt="html", brand="JobMeuse",
          headers=list_headers("JobMeuse alertes <alertes.jobmeuse.example.be>",
                               "https://jobmeuse.example.be/unsub/hm-5521")),
    other("mag_carriere", "fr", ("Le Mag Carrière", "newsletter@magcarriere.example.fr"),
          "Entretien raté, refus, silence radio : comment rebondir ?", "2026-03-26 07:00 +0100",
          T("""
          LE MAG CARRIÈRE – n° 212

          À la une : « Nous sommes au regret de vous informer… » Ces mots, tous les candidats
          les ont lus. Notre dossier explique comment analyser un refus, demander un retour
          utile et préparer l'entretien suivant.

          Aussi dans ce numéro :
          - Reconversion : de graphiste à UX designer, trois témoignages
          - Entretien d'embauche : les 5 questions pièges de 2026
          - Offre d'emploi : savoir lire entre les lignes

          Vous recevez cette lettre car vous êtes inscrit sur magcarriere.example.fr.
          Se désabonner : https://magcarriere.example.fr/desabonnement
          """), fmt="alt", charset="windows-1252", cte="quoted-printable",
          headers=list_headers("Le Mag Carriere <hebdo.magcarriere.example.fr>",
                               "https://magcarriere.example.fr/desabonnement")),
    other("radio_interview", "fr", ("Manon Lecocq", "manon.lecocq@radioourthe.example.be"),
          "Demande d'interview – vos affiches pour le Festival de la BD",
          "2026-03-04 13:20 +0100",
          T("""
          Bonjour Monsieur Marchetti,

          Je suis journaliste à Radio Ourthe et je prépare une séquence sur les affiches du
          Festival de la BD de Liège, dont vous avez signé plusieurs éditions.

          Seriez-vous d'accord pour une interview d'une dizaine de minutes, enregistrée par
          téléphone ou dans nos studios, la semaine prochaine ? Elle serait diffusée dans
          l'émission « Culture en Meuse » du samedi.

          Merci d'avance,
          Manon Lecocq
          Journaliste – Radio Ourthe
          0478 12 33 09
          """), cte="8bit"),
    other("user_research", "fr", ("Inès Moreau", "ines.moreau@panierdoux.example.fr"),
          "Participez à un entretien utilisateur (30 min, bon d'achat de 20 €)",
          "2026-05-06 10:00 +0200",
          T("""
          Bonjour Hugo,

          Vous êtes client de Panierdoux depuis plus d'un an : merci ! Notre équipe design
          prépare une nouvelle version du panier et cherche des clients pour un entretien
          utilisateur de 30 minutes en visio.

          En remerciement, vous recevrez un bon d'achat de 20 €. Si vous êtes partant,
          choisissez un créneau ici : https://panierdoux.example.fr/recherche-utilisateur

          Inès Moreau
          UX Researcher – Panierdoux
          """), fmt="alt", charset="windows-1252", cte="8bit"),
    other("parcel_delay", "fr", ("ColisExpress", "noreply@colisexpress.example.be"),
          "Malheureusement, votre colis est retardé", "2026-04-09 16:02 +0200",
          T("""
          Bonjour,

          Malheureusement, votre colis n° CE 2038 4471 BE ne pourra pas être livré à la date
          prévue en raison d'un incident au centre de tri de Ghlin.

          Nouvelle date de livraison estimée : lundi 13 avril 2026, entre 9h et 13h.
          Vous pouvez modifier votre rendez-vous de livraison dans l'application.

          Nous vous prions de nous excuser pour ce contretemps.
          Le service client ColisExpress
          """), fmt="html", brand="ColisExpress", color="#d97706"),
    other("bank_position", "fr", ("Crédit Liégeois", "noreply@creditliegeois.example.be"),
          "Position de vos comptes au 31 mars 2026", "2026-04-01 05:45 +0200",
          T("""
          Cher client,

          La position de vos comptes au 31 mars 2026 est disponible dans votre espace
          Crédit Liégeois en ligne.

          Compte à vue BE12 3456 ... 7890 : position créditrice
          Compte épargne : position mise à jour

          Pour des raisons de sécurité, ce courriel ne contient aucun lien. Connectez-vous
          directement via l'application.

          Crédit Liégeois, service clientèle
          """), charset="iso-8859-1", cte="quoted-printable"),
    other("landlord_visit", "fr", ("Marc Thiry", "marc.thiry@skynet.example.be"),
          "Visite de l'appartement – report à samedi", "2026-05-13 19:40 +0200",
          T("""
          Bonjour Monsieur Marchetti,

          Je dois malheureusement reporter la visite de l'appartement de la rue Hors-Château
          prévue jeudi à 18h : le locataire actuel ne sera pas là. Je vous propose samedi
          16 mai à 10h à la place.

          Le loyer reste de 780 € charges comprises, comme indiqué dans l'annonce.

          Cordialement,
          Marc Thiry
          """), cte="8bit"),
    other("dentist", "fr", ("Cabinet dentaire du Longdoz", "noreply-rappels@dentilongdoz.example.be"),
          "Rappel : votre rendez-vous du 19 juin à 8h15", "2026-06-17 18:00 +0200",
          T("""
          Bonjour Hugo Marchetti,

          Nous vous rappelons votre rendez-vous au Cabinet dentaire du Longdoz :
          vendredi 19 juin 2026 à 8h15 avec le Dr Evrard (détartrage).

          En cas d'empêchement, merci d'annuler au moins 48 heures à l'avance au
          04 342 18 55. Tout rendez-vous manqué sans prévenir pourra être facturé.

          Cabinet dentaire du Longdoz
          """)),
    other("friend_rejection", "fr", ("Pierre Wauters", "pierre.wauters@gmail.example.com"),
          "Bon ben c'est non…", "2026-04-24 21:12 +0200",
          T("""
          Salut Hugo,

          Je viens de recevoir la réponse de Ludik Forge : « nous avons décidé de poursuivre
          avec d'autres candidats ». Trois entretiens pour ça, je suis dégoûté.

          Bref. Une bière vendredi au Pot au Lait pour me remonter le moral ? Et tu me
          raconteras où tu en es avec la RTM.

          Pierre
          """), cte="8bit"),
    other("friend_forward", "fr", ("Sarah Lejeune", "sarah.lejeune@outlook.example.be"),
          "Tr : Invitation à un entretien – Motion designer", "2026-05-27 12:34 +0200",
          T("""
          Coucou Hugo,

          Regarde ce que j'ai reçu ce matin ! Un entretien chez Canal Fusion pour le poste de
          motion designer. Tu pourrais relire mon portfolio avant mardi ? Tu connais mieux que
          moi les attentes des boîtes de médias.

          Bisous,
          Sarah
          """),
          forward={"from": ("Canal Fusion – Recrutement", "rh@canalfusion.example.be"),
                   "to": [("Sarah Lejeune", "sarah.lejeune@outlook.example.be")],
                   "subject": "Invitation à un entretien – Motion designer",
                   "date": "2026-05-27 09:02 +0200",
                   "body": T("""
                   Bonjour Madame Lejeune,

                   Nous avons le plaisir de vous inviter à un entretien pour le poste de
                   Motion designer le mardi 2 juin à 14h, dans nos locaux de Bruxelles.

                   Merci de confirmer votre présence.

                   Le service RH – Canal Fusion
                   """)}),
    other("course_refused", "fr", ("CampusNum Liège", "inscriptions@campusnum.example.be"),
          "Formation « UX Research avancée » – candidature non retenue",
          "2026-02-25 11:00 +0100",
          T("""
          Bonjour Monsieur Marchetti,

          Nous vous remercions pour votre inscription à la formation « UX Research avancée »
          (session de printemps 2026).

          Le nombre de places étant limité à 14 participants, nous ne sommes malheureusement
          pas en mesure de retenir votre candidature pour cette session. Vous êtes inscrit
          sur la liste d'attente et serez prioritaire pour la session d'automne.

          L'équipe pédagogique de CampusNum Liège
          """), fmt="alt"),
    other("orwe_counsellor", "fr", ("Marie Jacquet", "marie.jacquet@orwe.example.be"),
          "Convocation – entretien de suivi de votre recherche d'emploi",
          "2026-03-11 08:50 +0100",
          T("""
          Monsieur Marchetti,

          Dans le cadre de l'accompagnement de votre recherche d'emploi, je vous invite à un
          entretien de suivi avec votre conseillère le mercredi 25 mars 2026 à 10h00, au
          bureau ORWE de Liège (rue Natalis 2).

          Merci d'apporter la liste de vos candidatures des trois derniers mois. En cas
          d'empêchement, prévenez-nous au moins 24 heures à l'avance.

          Marie Jacquet
          Conseillère emploi, ORWE Liège
          """), charset="iso-8859-1", cte="8bit",
          subj_enc=("q", "utf-8")),
    other("camille_ooo", "fr", ("Camille Renard", "camille.renard@talentis.example.be"),
          "Réponse automatique : Disponibilités pour l'entretien Lumeo",
          "2026-03-10 09:01 +0100",
          T("""
          Bonjour,

          Je suis absente du bureau jusqu'au lundi 16 mars inclus, avec un accès limité à mes
          e-mails. Pour toute urgence, vous pouvez contacter mon collègue Yannick Leroy
          (yannick.leroy@talentis.example.be).

          Bien à vous,
          Camille Renard
          Talentis Recrutement
          """), headers=OOO, cte="quoted-printable"),
    other("tempora_news", "fr", ("Tempora Intérim", "newsletter@tempora.example.be"),
          "Tempora Info : réussir son entretien d'inscription en agence",
          "2026-02-03 10:00 +0100",
          T("""
          TEMPORA INFO – février 2026

          Réussir son entretien en agence : nos consultants vous donnent leurs astuces.
          Pourquoi une mission peut être annulée au dernier moment ? Nos réponses.
          Offres de la semaine : opérateurs, magasiniers, graphiste PAO (Herstal).

          Vous recevez cette newsletter en tant que candidat inscrit chez Tempora.
          Désinscription : https://tempora.example.be/newsletter/stop
          """), fmt="html", brand="Tempora Info", color="#7c3aed",
          headers=list_headers("Tempora Info <info.tempora.example.be>",
                               "https://tempora.example.be/newsletter/stop")),
    other("profile_views", "fr", ("ProLink", "notifications@prolink.example.com"),
          "3 recruteurs ont consulté votre profil cette semaine", "2026-07-06 08:15 +0000",
          T("""
          Bonjour Hugo,

          Votre profil a été consulté 27 fois cette semaine, dont 3 fois par des recruteurs
          (Talentis Recrutement, Rheinpixel Games et une entreprise du secteur bancaire).

          Astuce : ajoutez « UX Design » à vos compétences pour apparaître dans davantage de
          recherches.

          Voir qui a consulté votre profil : https://prolink.example.com/me/views
          """), fmt="alt", headers=BULK),
    other("webinar", "fr", ("Réseau UX Wallonie", "agenda@uxwallonie.example.be"),
          "Webinaire jeudi : rebondir après un refus d'embauche", "2026-04-27 12:00 +0200",
          T("""
          Bonjour à toutes et à tous,

          Ce jeudi 30 avril à 12h30, notre webinaire mensuel accueille Aurélie Fontaine,
          recruteuse dans le numérique : « Refus, entretien annulé, silence : comment
          rebondir et garder confiance pendant sa recherche d'emploi ».

          Inscription gratuite : https://uxwallonie.example.be/webinaires

          L'équipe du Réseau UX Wallonie
          """), headers=list_headers("Reseau UX Wallonie <agenda.uxwallonie.example.be>",
                                     "mailto:agenda-unsubscribe@uxwallonie.example.be"),
          contact=""),
    other("gps_position", "fr", ("TrailMeuse", "no-reply@trailmeuse.example.com"),
          "Votre position en direct a été partagée avec Julien", "2026-05-31 07:42 +0200",
          T("""
          Bonjour Hugo,

          Vous avez activé le partage de position pendant votre sortie « Boucle de la
          Chartreuse ». Julien peut suivre votre position en temps réel jusqu'à la fin de
          l'activité.

          Distance prévue : 14,2 km – dénivelé 310 m.

          Bonne course !
          L'équipe TrailMeuse
          """), fmt="html", brand="TrailMeuse"),
    other("yoga_cancel", "fr", ("Anne-Sophie Delvaux", "annesophie@yogaoutremeuse.example.be"),
          "Séance de jeudi annulée", "2026-01-27 17:30 +0100",
          T("""
          Bonjour à tous,

          Je suis malade et je dois annuler la séance de yoga de ce jeudi 29 janvier. Elle est
          reportée au samedi 31 à 10h, même salle. Les abonnements sont prolongés d'une
          semaine.

          Namasté,
          Anne-Sophie
          """), to=[("Élèves du jeudi", "eleves-jeudi@yogaoutremeuse.example.be")],
          cc=[("Hugo Marchetti", "hugo.marchetti@example.be")], charset="iso-8859-1",
          cte="8bit"),
    other("podcast_fr", "fr", ("Thomas Henrard", "thomas@designetcafe.example.be"),
          "Podcast Design & Café – on décale l'enregistrement ?", "2026-07-15 11:05 +0200",
          T("""
          Salut Hugo,

          Pour l'interview du podcast Design & Café sur ta reconversion graphiste → UX, notre
          studio n'est finalement pas libre le 22. On peut décaler l'enregistrement au
          mercredi 29 juillet à 14h ? Ça dure une heure, montage compris de mon côté.

          Thomas
          Design & Café – le podcast des créatifs liégeois
          """), cte="base64"),
    other("reference_request", "fr", ("Julie Marchal", "julie.marchal@proximus.example.be"),
          "Petite faveur : tu pourrais être ma référence ?", "2026-09-14 20:18 +0200",
          T("""
          Hello Hugo,

          J'espère que tu vas bien ! Je suis en dernière étape pour un poste de cheffe de
          projet chez un éditeur à Namur, et ils demandent deux références. Comme on a
          travaillé ensemble trois ans à l'agence, est-ce que je peux donner ton nom ? Ils
          t'appelleraient sans doute la semaine prochaine.

          Merci mille fois,
          Julie
          """), fmt="alt", cte="8bit"),
]

ENGLISH = [
    other("jobradar_digest", "en", ("JobRadar Europe", "alerts@jobradar.example.com"),
          "Your weekly job matches: 9 new UX roles", "2026-04-18 07:00 +0000",
          T("""
          Hi Hugo,

          Here are this week's matches for "UX/UI Designer" in Luxembourg and Brussels:

          * Product Designer – Fintech scale-up, Luxembourg (hybrid)
          * UX Designer – Public broadcaster, Brussels
          * UI Designer – Gaming studio, Remote (EU)

          Career tip: Got a rejection? Unfortunately it happens to everyone. Ask for
          feedback, then prepare your next interview with our 10-minute checklist.

          You're receiving this because you created a job alert.
          Unsubscribe: https://jobradar.example.com/u/hm-7743
          """), fmt="alt", brand="JobRadar",
          headers=list_headers("JobRadar weekly <weekly.jobradar.example.com>",
                               "https://jobradar.example.com/u/hm-7743")),
    other("podcast_en", "en", ("Maya Okafor", "maya@pixelsandpeople.example.com"),
          "Interview for the Pixels & People podcast?", "2026-02-19 16:45 +0000",
          T("""
          Hi Hugo,

          I host Pixels & People, a podcast about designers who changed careers. A listener
          pointed me to your blog post on moving from print to UX and I'd love to interview
          you for an episode.

          Recording is remote and takes about 45 minutes. Would any afternoon in the week of
          9 March work for you?

          Best,
          Maya Okafor
          Host, Pixels & People
          """)),
    other("brightpath_cold", "en", ("Rachel Kim", "rachel.kim@brightpathsearch.example.com"),
          "Open to a conversation?", "2026-07-02 09:12 +0100",
          T("""
          Hi Hugo,

          I came across your portfolio and really liked the way you combine strong visual
          design with UX thinking. I'm a recruiter at Brightpath Search, working with
          product teams across the Benelux and Germany.

          Nothing specific right now, but I'd love to connect and understand what you're
          looking for, so I can reach out when the right role comes up.

          Best,
          Rachel Kim
          Senior Talent Partner | Brightpath Search
          """), fmt="alt"),
    other("lena_ooo", "en", ("Lena Kowalski", "lena.kowalski@rheinpixel.example.de"),
          "Automatic reply: Re: Your offer letter – Rheinpixel Games",
          "2026-08-30 20:16 +0200",
          T("""
          Hi,

          Thanks for your message. I'm out of the office until Tuesday, 1 September, with
          limited access to email. I'll get back to you as soon as I'm back.

          For urgent questions about applications, please contact jobs@rheinpixel.example.de.

          Lena
          """), headers=OOO, reply_of="rp_own_relocation"),
]

GERMAN = [
    other("jobradar_de", "de", ("Jobbörse Rheinland", "newsletter@jobboerse-rheinland.example.de"),
          "15 neue Jobs für „UX Designer“ in Köln", "2026-06-29 06:00 +0200",
          T("""
          Hallo Hugo,

          wir haben 15 neue Stellenangebote für deinen Suchauftrag „UX Designer, Köln +30 km“
          gefunden:

          - UX Designer (m/w/d) – Versicherung, Köln-Deutz
          - UI/UX Designer Games (m/w/d) – Spielestudio, Köln-Mülheim
          - Mediengestalter Digital (m/w/d) – Rundfunkanstalt, Köln

          Tipp: Leider bekommen viele Bewerber eine Absage, weil das Anschreiben zu allgemein
          ist. Unser Ratgeber zeigt, wie du dich aufs Vorstellungsgespräch vorbereitest.

          Suchauftrag abbestellen: https://jobboerse-rheinland.example.de/abmelden
          """), fmt="alt", charset="windows-1252", cte="quoted-printable",
          headers=list_headers("Jobboerse Rheinland <suchauftrag.jobboerse-rheinland.example.de>",
                               "https://jobboerse-rheinland.example.de/abmelden")),
    other("paket_de", "de", ("PaketBlitz", "noreply@paketblitz.example.de"),
          "Ihre Sendung verzögert sich leider", "2026-09-24 14:30 +0200",
          T("""
          Guten Tag,

          leider verzögert sich die Zustellung Ihrer Sendung 00340 4471 2290 (Absender:
          Möbelhaus Lindner). Grund: hohes Sendungsaufkommen im Paketzentrum Köln-Eifeltor.

          Neuer voraussichtlicher Zustelltermin: Montag, 28.09.2026.

          Wir bitten um Entschuldigung.
          Ihr PaketBlitz-Kundenservice
          """), fmt="html", brand="PaketBlitz", color="#ca8a04"),
    other("arzt_de", "de", ("Praxis Dr. Berger", "praxis@dr-berger.example.de"),
          "Terminverschiebung – Ihr Termin am 14.10.", "2026-10-05 12:10 +0200",
          T("""
          Sehr geehrter Herr Marchetti,

          leider müssen wir Ihren Termin zur Vorsorgeuntersuchung am 14.10.2026 um 9:00 Uhr
          verschieben, da Frau Dr. Berger an diesem Tag auf einer Fortbildung ist.

          Neuer Termin: Freitag, 16.10.2026, 8:30 Uhr. Bitte geben Sie uns kurz Bescheid,
          falls dieser Termin nicht passt.

          Mit freundlichen Grüßen
          Ihr Praxisteam Dr. med. Hanna Berger
          Venloer Straße 301, 50823 Köln
          """), cte="8bit"),
    other("wohnung_de", "de", ("Klaus Schäfer", "k.schaefer@hausverwaltung-schaefer.example.de"),
          "Besichtigungstermin Wohnung Ehrenfeld", "2026-09-15 18:02 +0200",
          T("""
          Sehr geehrter Herr Marchetti,

          vielen Dank für Ihre Anfrage zur 2-Zimmer-Wohnung in der Körnerstraße. Gerne lade ich
          Sie zu einem Besichtigungstermin ein: Samstag, 19.09.2026, um 11:30 Uhr vor dem
          Hauseingang.

          Bitte bringen Sie eine Selbstauskunft und, falls vorhanden, Ihren Arbeitsvertrag
          mit.

          Mit freundlichen Grüßen
          Klaus Schäfer
          Hausverwaltung Schäfer
          """), charset="windows-1252", cte="quoted-printable"),
    other("wkf_journalist", "de", ("Jana Pohl", "jana.pohl@wkf.example.de"),
          "Interviewanfrage für „Kulturzeit Rheinland“", "2026-04-29 10:25 +0200",
          T("""
          Sehr geehrter Herr Marchetti,

          ich bin Redakteurin beim Westdeutschen Kulturfunk und plane für unsere Sendung
          „Kulturzeit Rheinland“ einen Beitrag über belgische Plakatkunst. Ihre Plakate für
          das Comicfestival in Lüttich sind mir dabei aufgefallen.

          Hätten Sie Lust auf ein kurzes Radiointerview (ca. 15 Minuten, per Telefon)? Die
          Aufnahme könnten wir in der Woche ab dem 11. Mai machen.

          Mit freundlichen Grüßen
          Jana Pohl
          Redaktion Kultur | Westdeutscher Kulturfunk
          """), fmt="alt", cte="8bit"),
]

SPANISH = [
    other("empleo_digest", "es", ("InfoTrabajo Alertas", "noreply-alertas@infotrabajo.example.es"),
          "8 nuevas ofertas de UX/UI en Barcelona", "2026-05-15 07:30 +0200",
          T("""
          Hola Hugo:

          Tenemos 8 nuevas ofertas que coinciden con tu alerta «Diseñador UX/UI – Barcelona»:

          · Diseñador/a UX – Banca online – Barcelona
          · UI Designer – Estudio de videojuegos – Sant Cugat
          · Product Designer – E-commerce de moda – Barcelona (híbrido)

          Consejo: ¿te han rechazado en varias entrevistas? Lamentablemente es habitual.
          Descubre cómo preparar tu próxima entrevista en nuestro blog.

          Darse de baja: https://infotrabajo.example.es/baja/hm-1187
          """), fmt="alt", brand="InfoTrabajo",
          headers=list_headers("InfoTrabajo alertas <alertas.infotrabajo.example.es>",
                               "https://infotrabajo.example.es/baja/hm-1187")),
    other("pedido_es", "es", ("EnvíoYa", "no-reply@envioya.example.es"),
          "Lamentablemente, tu pedido se ha retrasado", "2026-04-14 11:11 +0200",
          T("""
          Hola Hugo:

          Lamentablemente, tu pedido n.º EY-559201 (tableta gráfica) sufrirá un retraso en la
          entrega por una incidencia en el transporte internacional.

          Nueva fecha estimada de entrega: 21 de abril de 2026.

          Sentimos las molestias.
          Atención al cliente de EnvíoYa
          """), fmt="html", brand="EnvíoYa", subj_enc=("q", "iso-8859-1")),
    other("piso_es", "es", ("Carla Vidal", "carla.vidal@finquesgracia.example.es"),
          "Visita al piso de la calle Verdi", "2026-03-30 13:45 +0200",
          T("""
          Hola Hugo:

          Te confirmo la visita al piso de la calle Verdi (Gràcia) el sábado 4 de abril a las
          12:00. Es un segundo sin ascensor, de 55 m², disponible desde el 1 de junio.

          Si al final no puedes venir, avísame con antelación para ofrecer la hora a otra
          persona.

          Saludos,
          Carla Vidal
          Finques Gràcia
          """), cte="8bit"),
    other("amigo_rechazo", "es", ("Iker Etxeberria", "iker.etxe@correo.example.es"),
          "Me han rechazado otra vez, jaja", "2026-06-12 22:03 +0200",
          T("""
          Ey Hugo,

          Nada, que me han rechazado en Salnitre también, lo mismo que a ti. «Hemos decidido
          seguir adelante con otra candidatura» y tal. Por lo menos nos queda el consuelo de
          compartir club.

          ¿Nos vemos en Barcelona cuando vengas en julio?

          Iker
          """), cte="quoted-printable"),
    other("banco_posicion", "es", ("Caixa Litoral", "noreply-avisos@caixalitoral.example.es"),
          "Su posición global a 30 de junio de 2026", "2026-07-01 06:00 +0200",
          T("""
          Estimado cliente:

          Ya tiene disponible en su banca online el resumen de su posición global a 30 de
          junio de 2026 (cuentas, tarjetas y depósitos).

          Por su seguridad, nunca le pediremos sus claves por correo electrónico.

          Caixa Litoral
          """), charset="iso-8859-1", cte="base64"),
    other("master_rechazo", "es", ("Admisiones EDIB", "admisiones@edib.example.es"),
          "Máster en Diseño de Interacción – resolución de admisión", "2026-07-10 10:00 +0200",
          T("""
          Estimado Hugo Marchetti:

          Le informamos de que, tras la evaluación de las solicitudes, su solicitud de
          admisión al Máster en Diseño de Interacción (curso 2026-2027) no ha sido admitida,
          ya que se han cubierto todas las plazas disponibles.

          Queda usted en lista de espera en la posición 6.

          Oficina de Admisiones
          Escola de Disseny i Interacció de Barcelona
          """), fmt="alt"),
    other("reclutador_es", "es", ("Sergio Ortega", "sergio@ortegatalent.example.es"),
          "¿Abierto a nuevas oportunidades en Barcelona?", "2026-03-17 09:50 +0100",
          T("""
          Hola Hugo:

          Soy Sergio, headhunter especializado en perfiles de diseño digital. He visto tu
          portfolio y me ha parecido muy interesante tu enfoque visual.

          Ahora mismo no tengo una vacante concreta para ti, pero trabajo con varias empresas
          de producto en Barcelona. ¿Te parece si conectamos y me cuentas qué buscas?

          Un saludo,
          Sergio Ortega
          Ortega Talent
          """)),
    other("podcast_es", "es", ("Lucía Navarro", "lucia@disenoenvozalta.example.es"),
          "Entrevista para el pódcast «Diseño en Voz Alta»", "2026-09-03 17:20 +0200",
          T("""
          Hola Hugo:

          Te escribo desde «Diseño en Voz Alta», un pódcast sobre diseño y carreras creativas.
          Nos encantaría hacerte una entrevista sobre tu paso de diseñador gráfico a UX.

          La grabación sería online, unos 40 minutos, cuando te vaya bien en septiembre.

          ¡Gracias!
          Lucía Navarro
          """), fmt="alt", cte="base64"),
    other("laura_ooo", "es", ("Laura Méndez", "laura.mendez@seleccionia.example.es"),
          "Respuesta automática: Re: Entrevista – UX/UI Designer", "2026-08-11 09:00 +0200",
          T("""
          Hola:

          Estoy de vacaciones hasta el lunes 17 de agosto y no tendré acceso al correo.
          Para cualquier asunto urgente, puedes escribir a seleccion@seleccionia.example.es.

          Gracias,
          Laura Méndez
          Seleccionia
          """), headers=OOO, cte="8bit"),
]

MESSAGES = [*FRENCH, *ENGLISH, *GERMAN, *SPANISH]
