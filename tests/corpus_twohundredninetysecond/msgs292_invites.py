"""Corpus 292, kinds `interview_invitation` (26: fr 13, de 6, en 4, es 3),
`interview_reschedule_or_cancel` (15: fr 8, de 4, en 2, es 1) and `missed_interview_notice`
(10: fr 5, de 2, en 2, es 1)."""

from __future__ import annotations

from msgs292_common import (
    CAND_ADDR,
    CAND_NAME,
    M,
    ats_card,
    mso,
    outlook_html,
    paras,
    reply,
    simple_html,
)

INV = "interview_invitation"
S = "interview_reschedule_or_cancel"
X = "missed_interview_notice"

PALAIS = ("Aurélie Dethier", "aurelie.dethier@palaismosan.example.be")
SABLON = ("Thibault Vandermeulen", "t.vandermeulen@sablonroyal.example.be")
LOFT = ("Lotte Claes", "lotte.claes@congressloft.example.be")
KV = ("Konstantin Vössing", "k.voessing@dreilaendereck-search.example.de")
RIVER = ("Ilse Vermeulen", "ilse.vermeulen@riversidecc.example.nl")
TURIA = ("Lucía Ferrandis", "lucia.ferrandis@turiajardin.example.es")

# ======================================================================== shared thread texts

NEC_SETUP = """Bonjour Mélusine,

Bonne nouvelle : Namur Expo Confluence souhaite vous rencontrer pour la mission de coordinatrice logistique salons (remplacement de longue durée, à partir de mars).

Rendez-vous le jeudi 12 février à 14h30 avec Mme Géraldine Hanquet, responsable RH, à l'entrée B du hall d'exposition (rue du Confluent 2, Namur). Prévoyez trois quarts d'heure. Le parking visiteurs est gratuit.

Pensez à prendre votre carte d'identité et, si possible, quelques photos de vos réalisations.

Merci de me confirmer par retour que c'est bon pour vous.

Bien à vous,
Nadia Lemaire
Consultante Événementiel & Hôtellerie
Intérim Plus Meuse – Agence de Liège
T. 04 221 73 90 – M. 0478 32 90 17"""

EIFELBLICK_SETUP = """Hallo Frau Okafor-Blanc,

wie telefonisch besprochen, hat Sie das Tagungshotel Eifelblick in Simmerath zu einem Vorstellungsgespräch eingeladen: Dienstag, 24. März, 11:00 Uhr, mit Herrn Bongartz (Direktor). Bitte bringen Sie Ihre Mappe mit Referenzfotos mit.

Viele Grüße
Dennis Schüller"""

BEFFROI_ASK = """Bonjour Monsieur Masquelier,

Merci beaucoup pour l'invitation. J'ai réservé le créneau du mardi 19 mai à 10h00, mais je viens d'apprendre que je dois assurer ce jour-là la décoration d'un mariage à Spa, prévue de longue date.

Serait-il possible de décaler notre entretien à la semaine suivante, idéalement le mardi 26 ou le mercredi 27 mai ? Je suis désolée pour ce contretemps.

Bien cordialement,
Mélusine Okafor-Blanc"""

# ======================================================================== invitations, fr

_palais_invite = """Bonjour Mélusine,

Votre candidature a retenu toute notre attention et nous aimerions vous rencontrer.

Je vous propose un entretien avec un jury de trois personnes — Frédéric Collard (directeur des opérations), Ingrid Moureau (cheffe de projet congrès) et moi-même — le mardi 3 mars 2026 à 14h00, dans nos bureaux de l'Esplanade de l'Europe 2 (entrée administrative, 2e étage). Comptez environ septante-cinq minutes, dont une courte mise en situation sur l'organisation d'un congrès médical.

Vous trouverez l'invitation dans votre agenda ; merci de l'accepter ou de me proposer un autre moment si celui-ci ne vous convient pas.

Bien à vous,
Aurélie Dethier
Responsable Ressources humaines
Palais Mosan des Congrès
Esplanade de l'Europe 2, 4020 Liège
+32 4 344 71 90"""

_vauban_trial = """Bonjour Mélusine,

Suite à l'étude de votre dossier, nous avons le plaisir de vous inviter à une journée d'essai le vendredi 24 avril 2026, de 8h30 à 17h00, à l'Espace Vauban-Deûle (2 quai de la Basse-Deûle, Lille).

Vous accompagnerez notre équipe de production sur le montage du salon « Maison & Jardin du Nord » : accueil des exposants, suivi du planning de livraison et mise en place de la décoration florale de l'entrée. Prévoyez des chaussures de sécurité ; le déjeuner est offert.

Merci de confirmer votre présence en répondant à ce courriel.

Camille Desrousseaux
Responsable production
Espace Vauban-Deûle"""

BEFFROI_INVITE = """Bonjour Mélusine,

Bonne nouvelle : Julien Masquelier, directeur de production, souhaite vous rencontrer pour un entretien au sujet du poste de Coordinatrice séminaires.

Choisissez le créneau qui vous convient le mieux parmi les disponibilités proposées (durée : 45 minutes, dans nos locaux rue de la Clef à Lille) :
https://beffroi.teamtailor.example.com/meetings/8f2a1c

Les créneaux disponibles vont du 18 au 22 mai.

À bientôt,
Beffroi Événements"""

_sablon_invite = """Bonjour Madame Okafor-Blanc,

Merci pour votre candidature au poste de Responsable banquets & séminaires. Votre expérience en décoration florale pour les réceptions nous intéresse beaucoup.

Je vous propose un premier échange de trente minutes par Teams le mardi 17 mars à 9h30. Vous trouverez l'invitation en pièce jointe ; le lien de connexion y figure.

Au plaisir de vous parler,
Thibault Vandermeulen
Talent & Culture Manager
Hôtel Sablon Royal
Rue des Minimes 27, 1000 Bruxelles
+32 2 511 46 80"""

_bouleaux = """Coucou Mélusine,

Ta candidature pour coordonner nos mariages de l'an prochain nous a bien plu ! Tu serais libre jeudi vers 16h pour passer à la ferme et en discuter autour d'un café ? On te montre la grange rénovée et on parle de la suite.

Sinon vendredi matin, ça marche aussi.

Gaëlle
La Ferme des Bouleaux – Mariages & réceptions
Chemin des Bouleaux 7, 5340 Gesves
0496 27 51 80
"""

_valmosan_ac = """Madame Okafor-Blanc,

Nous avons le plaisir de vous informer que votre candidature a été retenue pour la seconde phase de sélection du poste de Coordinatrice des événements institutionnels.

Vous êtes convoquée au centre d'évaluation qui se tiendra le jeudi 25 juin 2026 de 9h00 à 13h00 dans la salle du Conseil, bâtiment B9, campus du Val-Mosan. Le programme comprend une épreuve écrite (note de synthèse), une mise en situation de gestion d'un imprévu lors d'une cérémonie académique et un entretien avec le jury.

Le détail figure dans la convocation ci-jointe. Merci de confirmer votre présence avant le 19 juin.

Pascale Renard
Administration des ressources humaines – Recrutement
Université du Val-Mosan
Tél. 04 366 95 12
"""

_vesdre_jury = """Madame,

Suite à votre réussite de l'épreuve écrite du 12 septembre (note obtenue : 71/100, soit septante et un points sur cent), nous avons l'honneur de vous convoquer à l'épreuve orale devant le jury de sélection.

Date : mardi 6 octobre 2026
Heure : 13h40 (merci de vous présenter dix minutes à l'avance)
Lieu : Maison communale, salle des mariages, avenue des Thermes 80, 4050 Chaudfontaine-Vesdre

L'épreuve consiste en un entretien de vingt minutes portant sur vos motivations et sur un cas pratique d'organisation des festivités de fin d'année.

Veuillez agréer, Madame, l'expression de nos sentiments distingués.

Olivier Piron
Gestionnaire RH
Commune de Chaudfontaine-Vesdre
"""

_vignerons_invite = """Bonjour Madame Okafor-Blanc,

Merci pour votre candidature au poste de coordinatrice événements. Avant de vous inviter à Remich, j'aimerais faire connaissance par téléphone.

Seriez-vous disponible le mercredi 8 juillet à 10h00 ? Je vous appellerai au numéro indiqué sur votre CV (+32 470 58 19 63). L'appel durera une vingtaine de minutes.

Bien cordialement,
Claude Schmit
Directeur – Maison des Vignerons de Remich
"""

_hautrive_yes = """Bonjour Monsieur de Moffarts,

Merci pour votre message. Le mandat m'intéresse beaucoup et je serais heureuse d'en savoir plus.

Bien cordialement,
Mélusine Okafor-Blanc"""

_hautrive_meeting = reply("""Chère Madame Okafor-Blanc,

Merci pour votre retour enthousiaste. Avant de présenter votre candidature à notre client, je souhaiterais m'entretenir longuement avec vous.

Je vous propose une visioconférence le lundi 26 janvier à 15h00 ; le lien Teams suivra la veille. Nous aborderons votre parcours, vos attentes salariales et vos motivations pour la fonction ; comptez une heure environ.

Bien cordialement,
Bertrand de Moffarts
Associé – Cabinet Hautrive Conseil
Quai de Rome 52, 4000 Liège
+32 4 252 88 17""", "fr", "jeu. 8 janv. 2026 à 21:14", CAND_NAME, CAND_ADDR, _hautrive_yes)

_mailles_setup = """Bonjour Mélusine,

L'Hôtel Les Trois Mailles a retenu votre profil pour le poste de coordinatrice banquets (CDD de six mois, puis CDI possible). Le directeur, M. Arnaud Dufour, vous recevra le jeudi 9 avril à 10h00 à l'hôtel, 3 rue des Trois Mailles à Lille (demandez la réception).

Tenue soignée conseillée : c'est un quatre étoiles. Il voudra sans doute vous faire visiter les salons.

Confirmez-moi votre présence par retour de mail, je préviens le client.

Élodie Carpentier
Chargée de recrutement - Intérim Flandres Services
03 28 36 52 14
"""

_loft_invite = """Bonjour Mélusine,

Merci pour votre candidature au poste de Coordinatrice de congrès ! Pieter Van Hecke (Head of Congress Operations) et moi-même aimerions faire votre connaissance lors d'un entretien vidéo de 45 minutes.

Nous avons réservé le vendredi 12 juin à 10h30 ; l'invitation de calendrier est jointe à ce message et le lien Microsoft Teams y figure.

Si l'horaire ne vous convient pas, répondez simplement à ce mail.

À bientôt,
Lotte Claes
Talent Partner | Brussels Congress Loft"""

_dentelle_old = """Bonjour Mélusine,

Merci pour votre candidature au poste d'assistante expositions. Nous avons reçu de très beaux dossiers et avons finalement retenu une personne issue de la conservation textile. Nous ne pourrons donc pas donner suite à votre candidature pour ce poste.

Bien à vous,
Hélène Goossens"""

_dentelle = reply("""Bonjour Mélusine,

Je reviens vers vous, cette fois avec une meilleure nouvelle. Nous ouvrons un poste de chargée des événements et des privatisations du musée, et votre candidature de l'été m'est immédiatement revenue en tête.

Accepteriez-vous de nous rencontrer sur Teams le mercredi 14 octobre à 14h00 ? L'entretien durerait environ trois quarts d'heure, avec notre directrice, Mme Verbist. Je vous enverrai le lien dès votre confirmation.

Bien à vous,
Hélène Goossens
Responsable des publics
Musée de la Dentelle et du Textile
Rue de la Violette 6, 1000 Bruxelles
02 514 39 70""", "fr", "jeu. 9 juil. 2026 à 11:02", "Hélène Goossens",
    "helene.goossens@dentelle-textile.example.be", _dentelle_old)

# ======================================================================== invitations, de / en / es

_kaiserpfalz_invite = """Sehr geehrte Frau Okafor-Blanc,

vielen Dank für Ihre Bewerbung. Ihr Profil hat uns überzeugt, und wir möchten Sie gern näher kennenlernen.

Wir laden Sie herzlich zu einem Video-Interview am Dienstag, 10. Februar 2026, um 14:00 Uhr ein. Das Gespräch führen Frau Svenja Kruppke (Personal) und Herr Achim Brandt (Leitung Veranstaltungen); es dauert etwa 45 Minuten.

Zoom-Link: https://kaiserpfalz-eventhaus.zoom.example.com/j/84120931
Meeting-ID: 841 2093 1

Bitte bestätigen Sie den Termin kurz per Antwort auf diese E-Mail.

Mit freundlichen Grüßen
Svenja Kruppke
Personalreferentin"""

_kirchberg_invite = """Liebe Frau Okafor-Blanc,

wie angekündigt habe ich Ihr Profil der Geschäftsführung unseres Mandanten vorgestellt – mit Erfolg: Die Kirchberg Convention Hall lädt Sie zu einem persönlichen Gespräch nach Luxemburg ein.

Termin: Dienstag, 12. Mai 2026, 15:00 Uhr
Ort: Kirchberg Convention Hall, 4 place de l'Europe, L-1499 Luxembourg (Empfang Ebene 0)
Gesprächspartner: Paul Wagener (Managing Director) und Christiane Reding (Head of Events)

Eine Kalendereinladung liegt bei. Gern bereite ich Sie am Vortag telefonisch auf das Gespräch vor.

Herzliche Grüße
Konstantin Vössing
Partner | Dreiländereck Executive Search
Kapuzinergraben 19, 52062 Aachen
+49 241 51 97 30 0"""

_elisen_invite = """Liebe Frau Okafor-Blanc,

vielen Dank für Ihre Bewerbung. Gerne würde ich Sie in einem ersten Telefoninterview (ca. 30 Minuten) kennenlernen.

Hätten Sie am Montag, 9. März, um 11:00 Uhr Zeit? Ich würde Sie unter Ihrer Mobilnummer anrufen. Falls der Termin nicht passt, schlagen Sie mir gern zwei Alternativen vor.

Herzliche Grüße
Carina Lennartz
Personalreferentin
Hotel Elisenbrunnen Residenz
Friedrich-Wilhelm-Platz 9, 52062 Aachen
Tel. +49 241 47 58 300"""

_mm_intro = """Hallo Frau Okafor-Blanc,

damit ich Sie passgenau vermitteln kann, möchte ich Sie gern näher kennenlernen. Ich rufe Sie am Mittwoch, 25. Februar, um 10:00 Uhr für ein ausführliches Kennenlerngespräch an (ca. 40 Minuten) – wir sprechen über Ihre Erfahrung, Ihre Verfügbarkeit und Ihre Gehaltsvorstellungen.

Passt Ihnen das?

Viele Grüße
Dennis Schüller
Personaldisponent Event & Messe
Messe & Mehr Personalservice GmbH
Tel. 0241 99 72 41-3
"""

_monschau_ac = """Sehr geehrte Frau Okafor-Blanc,

wir freuen uns, Sie zu unserem Assessment-Center für die Stelle Projektleitung Veranstaltungen einladen zu dürfen.

Datum: Donnerstag, 20. August 2026
Uhrzeit: 9:00 bis ca. 15:30 Uhr
Ort: Altes Rathaus Monschau, Markt 1, Ratssaal

Der Tag umfasst eine Gruppenübung, eine Präsentation (Thema: Konzept für ein Altstadtfest mit 20.000 Gästen, 10 Minuten) sowie ein Einzelgespräch mit der Geschäftsführung. Für Verpflegung ist gesorgt.

Bitte bestätigen Sie Ihre Teilnahme bis zum 10. August über den Button unten.

Mit freundlichen Grüßen
Anja Cremer
Personal und Organisation"""

_printenwerk = """Hi Mélusine,

ich hab deine Bewerbung auf unsere Ausschreibung für die Weihnachtsfeier-Saison gesehen – super Portfolio! Hast du Donnerstag Zeit für einen kurzen Call, so gegen 17 Uhr? 20 Minuten reichen, dann erzähle ich dir, wie wir ticken.

Cheers
Lukas
Printenwerk Events · Pontstraße 88 · Aachen
"""

_vrijthof_screen = """Hi Mélusine,

Thanks for applying for our Event Coordinator role – I enjoyed reading about your work with florals for weddings and corporate events.

I'd love to set up a 30-minute phone screen to get to know you better. Could you pick a time that works for you using the link below?

https://vrijthof.greenhouse.example.com/schedule/5e8c1d

Looking forward to speaking with you!

Femke Houben | People & Talent
Vrijthof Event Studio"""

_riverside_panel = """Dear Mélusine,

Thank you for your application for the Conference Coordinator position. We would like to invite you to a panel interview at the Conference Centre.

Date: Wednesday 3 June 2026
Time: 13:30-14:30
Location: Meuse Riverside Conference Centre, Maasboulevard 100, Maastricht - please report to the staff entrance on the river side
Panel: Ilse Vermeulen (HR), Bram Ortmans (Operations Manager) and Noor Sahin (Senior Conference Coordinator)

You'll be asked to talk us through an event you've delivered from brief to breakdown (10 minutes, no slides needed). A calendar invitation is attached.

Kind regards,
Ilse Vermeulen
HR Business Partner
Meuse Riverside Conference Centre"""

_jekerdal_invite = """Dear Ms Okafor-Blanc,

On behalf of the selection committee, I am pleased to invite you to an online interview for the post of Events Officer in the Faculty of Arts and Social Sciences.

The interview will take place on Tuesday 28 July 2026 at 11:00 (CEST) via Microsoft Teams and will last about 45 minutes. The committee consists of Prof. Dirk Rameckers, Ms Lieke Janssen (Events & Communication) and myself.

Please confirm your availability by return email. The Teams link will follow the day before.

Kind regards,
Dr. Maartje Coumans
Faculty Office Manager
Faculty of Arts and Social Sciences, Jekerdal University"""

_confetti_invite = """Hi Mélusine,

Great news – the hiring team at Confetti Systems would like to move forward with a 45-minute video interview with Jonas De Smet, our Head of Customer Events.

Please choose a time that works for you:
https://jobs.ashby.example.com/confetti-systems/schedule/c41d77

Once you've picked a slot you'll receive a calendar invitation with a Google Meet link.

Best,
Yasmina El Idrissi
Talent Lead, Confetti Systems"""

_turia_invite = """Hola, Mélusine:

Gracias por tu candidatura. Nos ha encantado tu experiencia como florista en bodas y nos gustaría conocerte en persona.

Te proponemos una entrevista el miércoles 22 de abril a las 11:00 en el hotel (Passeig de l'Albereda 32, València). Estaremos Vicent Llorca, director de eventos, y yo. Durará aproximadamente una hora e incluirá una breve visita a los jardines y salones.

Te envío la convocatoria en el calendario. Si te viene mejor hacerla por videollamada por el desplazamiento desde Bélgica, dímelo sin problema.

Un saludo,
Lucía Ferrandis
Directora de Recursos Humanos
Hotel Turia Jardín"""

_medit_call = """Hola, Mélusine:

He visto tu candidatura para coordinadora de eventos corporativos y me gustaría charlar contigo un rato por teléfono. ¿Te viene bien este jueves a las 10:00? Serán unos veinte minutos, sin formalidades.

Si no, dime qué día te encaja mejor.

Un saludo,
Álvaro Sanchis
Mediterránea Eventos
"""

_unituria = """Estimada Mélusine:

Nos complace comunicarte que has superado la fase de valoración de currículos para el puesto de Técnica de protocolo y eventos de la Universitat del Túria.

Te convocamos a la prueba práctica, que consistirá en la planificación por escrito del acto de apertura del curso académico (duración: 2 horas), seguida de una entrevista personal con el tribunal.

Fecha: jueves 17 de septiembre de 2026
Hora: 9:30
Lugar: Rectorado, Sala de Juntas, Av. dels Tarongers 21 (València)

Confirma tu asistencia respondiendo a este correo.

Marta Soler
Servicio de Recursos Humanos
Universitat del Túria"""

# ======================================================================== reschedules

_palais_moved = """Bonjour Mélusine,

Un imprévu : Frédéric Collard doit accompagner un client à Maastricht le 3 mars. Nous déplaçons donc votre entretien au jeudi 5 mars 2026 à 10h00, même lieu, même jury.

L'invitation de votre agenda a été mise à jour. Si ce nouveau créneau pose problème, appelez-moi directement au 04 344 71 90.

Toutes mes excuses pour ce changement,
Aurélie Dethier"""

_sablon_cancel = """Bonjour Madame Okafor-Blanc,

Je suis contraint d'annuler notre entretien de demain matin. Une réorganisation est en cours au sein du département Ventes & Événements et je préfère ne pas vous donner d'informations incomplètes sur le poste.

Je reviendrai vers vous dès que la situation sera clarifiée, normalement d'ici deux à trois semaines. Votre candidature reste bien entendu à l'étude.

Avec mes excuses,
Thibault Vandermeulen"""

BEFFROI_MOVED = reply("""Bonjour Mélusine,

Aucun souci. Je vous ai réservé le mardi 26 mai à 11h00 à la place du 19. Le créneau initial est libéré dans l'outil, vous n'avez rien d'autre à faire.

À mardi 26 alors,
Julien Masquelier
Directeur de production – Beffroi Événements
03 20 57 41 88""", "fr", "mar. 12 mai 2026 à 08:10", CAND_NAME, CAND_ADDR, BEFFROI_ASK)

_valmosan_moved = """Madame Okafor-Blanc,

En raison d'une grève annoncée des transports publics le 25 juin, qui empêcherait plusieurs membres du jury de se rendre sur le campus, le centre d'évaluation est reporté au mardi 30 juin 2026, aux mêmes heures et au même endroit.

Nous vous prions de nous excuser pour ce changement et vous remercions de confirmer votre disponibilité pour cette nouvelle date.

Pascale Renard
Administration des ressources humaines – Recrutement
Université du Val-Mosan
"""

_mailles_moved = """Bonjour Mélusine,

M. Dufour est malade et ne pourra pas vous recevoir demain matin. L'hôtel propose de décaler l'entretien au mardi 14 avril, toujours à 10h00 et au même endroit.

Ça vous va ? Merci de me répondre rapidement pour que je confirme au client.

Élodie
"""

_vignerons_ok = """Bonjour Monsieur Schmit,

Avec plaisir, je serai disponible mercredi 8 juillet à 10h00.

Bien cordialement,
Mélusine Okafor-Blanc"""

_vignerons_moved = reply("""Bonjour Madame Okafor-Blanc,

Petite modification : pourrais-je vous appeler mercredi à 11h00 plutôt qu'à 10h00 ? Une livraison de crémant m'occupera toute la matinée.

Merci de votre compréhension,
Claude Schmit""", "fr", "jeu. 2 juil. 2026 à 09:31", CAND_NAME, CAND_ADDR, _vignerons_ok)

_vesdre_postponed = """Madame,

Nous sommes au regret de vous informer que l'épreuve orale prévue le mardi 6 octobre 2026 est reportée à une date ultérieure, l'un des membres extérieurs du jury ayant dû se désister.

La procédure de recrutement n'est pas interrompue : une nouvelle convocation vous sera adressée dès que le jury aura été recomposé, au plus tard dans le courant du mois de novembre.

Veuillez agréer, Madame, l'expression de nos sentiments distingués.

Olivier Piron
Gestionnaire RH
Commune de Chaudfontaine-Vesdre
"""

_loft_update = """Bonjour Mélusine,

Petite mise à jour de l'invitation pour vendredi : l'entretien commencera à 11h15 au lieu de 10h30, Pieter ayant une réunion client qui se prolonge. Le lien Teams a également changé – merci d'utiliser celui de l'invitation ci-jointe.

Merci pour votre flexibilité !
Lotte"""

_kirchberg_moved = """Liebe Frau Okafor-Blanc,

Herr Wagener muss am Dienstag kurzfristig nach Brüssel. Das Gespräch wird deshalb auf Mittwoch, 13. Mai 2026, 9:30 Uhr verschoben – Ort und Teilnehmende bleiben gleich.

Die Kalendereinladung habe ich entsprechend aktualisiert. Passt Ihnen der neue Termin?

Herzliche Grüße
Konstantin Vössing"""

_elisen_sick = """Liebe Frau Okafor-Blanc,

leider bin ich heute krank und muss unser Telefonat um 11:00 Uhr absagen. Es tut mir leid, dass es so kurzfristig ist.

Sobald ich wieder im Büro bin, melde ich mich mit einem neuen Terminvorschlag bei Ihnen.

Herzliche Grüße
Carina Lennartz

Von meinem Smartphone gesendet
"""

_monschau_moved = """Sehr geehrte Frau Okafor-Blanc,

aufgrund einer Terminüberschneidung mit dem Monschauer Musikfestival müssen wir das Assessment-Center vom 20. August auf Dienstag, den 25. August 2026 verlegen. Uhrzeit und Ort bleiben unverändert.

Wir bitten um Ihr Verständnis und eine kurze Bestätigung des neuen Termins.

Mit freundlichen Grüßen
Anja Cremer
Personal und Organisation"""

_printenwerk_ok = """Hi Lukas,

Donnerstag 17 Uhr passt mir super, ich freu mich!

Mélusine"""

_printenwerk_moved = reply("""Hi Mélusine,

sorry, mir ist für Donnerstag ein Kundentermin reingerutscht. Können wir den Call auf Freitag schieben, gleiche Uhrzeit? Sag einfach kurz Bescheid.

Lukas""", "de", "Mo., 14. Sept. 2026 um 21:03", CAND_NAME, CAND_ADDR, _printenwerk_ok)

_vrijthof_cancel = """Hi Mélusine,

Unfortunately Joost, our Head of Production, is off sick with the flu, so we have to cancel tomorrow's interview. I'm really sorry for the short notice.

This isn't a change of heart on our side - I'll come back to you early next week with new time options.

Best,
Femke"""

_riverside_moved = """Dear Mélusine,

A major client has just booked our main hall for Wednesday afternoon, and Bram needs to be there for the site visit. Could we move your panel interview to Thursday 4 June at 10:00? Same location and panel.

I've updated the calendar invitation accordingly. Please accept it if the new time suits you, or let me know and we'll find another slot.

Kind regards,
Ilse"""

_turia_moved = """Hola, Mélusine:

Te escribo para cambiar la hora de la entrevista del miércoles: en lugar de las 11:00, ¿podríamos vernos a las 12:30? Vicent tiene una prueba de menú con unos novios a primera hora.

He actualizado la invitación del calendario. Si no te va bien, buscamos otra opción.

Un saludo,
Lucía"""

# ======================================================================== missed

_vauban_missed = """Bonjour Mélusine,

Nous vous attendions ce matin à 8h30 à l'accueil exposants pour la journée d'essai, et nous n'avons pas eu de nouvelles. J'ai laissé un message sur votre répondeur vers 9h15.

J'espère qu'il ne vous est rien arrivé. Pouvez-vous me tenir au courant ?

Camille Desrousseaux
Responsable production – Espace Vauban-Deûle
06 71 42 88 30
"""

_ipm_missed = """Bonjour Madame Okafor-Blanc,

J'ai essayé de vous appeler deux fois ce matin à 10h00, comme convenu par SMS, pour notre entretien téléphonique de mise à jour de votre dossier – je suis tombée chaque fois sur votre messagerie.

Pouvez-vous me rappeler quand vous avez un moment ? Je suis à l'agence jusqu'à 17h30.

Bien à vous,
Nadia Lemaire
Intérim Plus Meuse – 04 221 73 90
"""

_dentelle_missed = """Bonjour Mélusine,

Mme Verbist et moi-même vous avons attendue sur Teams depuis 14h00, sans vous voir vous connecter. Je vous ai aussi envoyé un SMS à 14h10.

Peut-être un souci technique ? Faites-moi signe dès que possible.

Hélène Goossens
Responsable des publics – Musée de la Dentelle et du Textile
"""

_bouleaux_ok = """Super, avec plaisir ! Je serai là jeudi à 16h.

Mélusine"""

_bouleaux_missed = reply("""Mélusine,

On t'a attendue hier à 16h, café prêt et tout 🙂 Pas de message, pas d'appel… Tout va bien ?

Dis-moi si tu es toujours intéressée, sinon pas de souci.

Gaëlle""", "fr", "sam. 22 août 2026 à 12:40", CAND_NAME, CAND_ADDR, _bouleaux_ok)

_hautrive_missed = """Chère Madame Okafor-Blanc,

Je me suis connecté à 15h00 comme convenu pour notre visioconférence et vous ai attendue une vingtaine de minutes, puis j'ai tenté de vous joindre sur votre portable, sans succès.

J'imagine un empêchement de dernière minute. Mon assistante peut vous proposer un nouveau créneau cette semaine ; je dois transmettre la short-list à notre client vendredi.

Bien cordialement,
Bertrand de Moffarts
Associé – Cabinet Hautrive Conseil
"""

_kaiserpfalz_missed = """Sehr geehrte Frau Okafor-Blanc,

Herr Brandt und ich haben Sie heute um 14:00 Uhr im Zoom-Raum vergeblich erwartet. Auch telefonisch konnten wir Sie unter der angegebenen Nummer nicht erreichen.

Falls etwas dazwischengekommen ist, lassen Sie es mich bitte bis Donnerstag wissen.

Mit freundlichen Grüßen
Svenja Kruppke
Personalreferentin
Kaiserpfalz Eventhaus GmbH
Krämerstraße 5, 52062 Aachen
Tel. +49 241 40 18 22-15"""

_mm_missed = """Hallo Frau Okafor-Blanc,

ich habe Sie heute um 10:00 Uhr und noch einmal um 10:15 Uhr angerufen, wie vereinbart, aber leider nur Ihre Mailbox erreicht.

Rufen Sie mich gern zurück, wenn es Ihnen passt, am besten heute Nachmittag oder morgen Vormittag.

Viele Grüße
Dennis Schüller
"""

_jekerdal_missed = """Dear Ms Okafor-Blanc,

The committee waited on Teams for fifteen minutes this morning, but you did not join the interview scheduled for 11:00. We also tried the phone number on your CV, without success.

If there was a technical problem or an emergency, please let me know by Thursday. I cannot promise that we will be able to offer a new slot, as the committee's schedule is very tight before the summer closure.

Kind regards,
Maartje Coumans
Faculty Office Manager"""

_confetti_missed = """Hi Mélusine,

Jonas was waiting for you in the Google Meet at 15:30 today, but it looks like we didn't manage to connect - we didn't see you join, and we didn't get a message either.

Is everything ok? If something came up, reply here and let me know what happened.

Best,
Yasmina"""

_medit_ok = """¡Perfecto! El jueves a las 10:00 me va genial. Mi número es el +32 470 58 19 63.

Mélusine"""

_medit_missed = reply("""Hola, Mélusine:

Te he llamado a las 10:00 como quedamos y otra vez a las 10:20, pero no contestabas. ¿Ha pasado algo?

Si quieres, lo intentamos de nuevo la semana que viene.

Álvaro""", "es", "mar, 19 may 2026 a las 18:22", CAND_NAME, CAND_ADDR, _medit_ok)


_PALAIS_ICS = {"uid": "palais-entretien-4471@palaismosan.example.be",
                   "summary": "Entretien – Coordinatrice événements & congrès",
                   "location": "Palais Mosan des Congrès, Esplanade de l'Europe 2, Liège",
                   "organizer": PALAIS,
                   "attendees": [("Frédéric Collard", "frederic.collard@palaismosan.example.be"),
                              ("Ingrid Moureau", "ingrid.moureau@palaismosan.example.be")]}
_SABLON_ICS = {"uid": "040000008200E00074C5B7101A82E0080000000020A1@sablonroyal.example.be",
                   "summary": "Entretien téléphonique – Responsable banquets & séminaires",
                   "location": "Microsoft Teams", "organizer": SABLON,
                   "description": "Rejoindre la réunion : https://teams.example.com/l/meetup/sablon-1703"}
_LOFT_ICS = {"uid": "gh-interview-77120@congressloft.example.be",
                 "summary": "Entretien Brussels Congress Loft – Mélusine Okafor-Blanc",
                 "location": "Microsoft Teams", "organizer": LOFT,
                 "prodid": "-//Greenhouse//Interview Scheduler//EN"}
_KIRCH_ICS = {"uid": "dles-2026-0512-okafor@dreilaendereck-search.example.de",
                  "summary": "Gespräch Kirchberg Convention Hall – Senior Event Coordinator",
                  "location": "Kirchberg Convention Hall, 4 place de l'Europe, L-1499 Luxembourg",
                  "organizer": KV}
_RIVER_ICS = {"uid": "panel-cc-2026-06@riversidecc.example.nl",
                  "summary": "Panel interview – Conference Coordinator",
                  "location": "Meuse Riverside Conference Centre, staff entrance", "organizer": RIVER,
                  "attendees": [("Bram Ortmans", "bram.ortmans@riversidecc.example.nl"),
                             ("Noor Sahin", "noor.sahin@riversidecc.example.nl")]}
_TURIA_ICS = {"uid": "turia-entrevista-0422@turiajardin.example.es",
                  "summary": "Entrevista – Coordinadora de eventos y bodas",
                  "location": "Hotel Turia Jardín, Passeig de l'Albereda 32, València",
                  "organizer": TURIA, "prodid": "-//Google Inc//Google Calendar 70.9054//EN"}


MESSAGES = [
    # ============================================================ interview_invitation fr (13)
    M(kind=INV, scenario="panel_invite_calendar_request", lang="fr",
      company="Palais Mosan des Congrès", contact="aurelie.dethier@palaismosan.example.be",
      date="2026-02-20 11:02 +0100", frm=PALAIS, subject="Invitation : entretien – Coordinatrice "
      "événements & congrès", id="palais-invite", refs=["palais-application", "palais-ack"],
      text=_palais_invite, html=outlook_html(mso(_palais_invite)),
      ics=dict(_PALAIS_ICS, start="2026-03-03 14:00 +0100", end="2026-03-03 15:15 +0100", seq=0,
               description="Entretien avec jury (75 min) et mise en situation.")),
    M(kind=INV, scenario="trial_day_smartrecruiters", lang="fr", company="Espace Vauban-Deûle",
      contact="camille.desrousseaux@vaubandeule.example.fr", date="2026-04-15 09:20 +0000",
      frm=("Espace Vauban-Deûle", "no-reply@smartrecruiters.com"),
      reply_to=("Camille Desrousseaux", "camille.desrousseaux@vaubandeule.example.fr"),
      subject="Invitation à une journée d'essai – Chargé·e de production événementielle",
      id="vauban-trial", refs=["vauban-ack"], text=_vauban_trial,
      html=ats_card("Espace Vauban-Deûle", paras(_vauban_trial),
                    "Ce courriel a été envoyé via SmartRecruiters.", color="#1e3a8a")),
    M(kind=INV, scenario="teamtailor_pick_a_slot", lang="fr", company="Beffroi Événements",
      contact="julien.masquelier@beffroi-evenements.example.fr", date="2026-05-11 09:00 +0000",
      frm=("Beffroi Événements", "no-reply@teamtailor-mail.com"),
      reply_to=("Julien Masquelier", "julien.masquelier@beffroi-evenements.example.fr"),
      subject="Beffroi Événements – choisissez votre créneau d'entretien", id="beffroi-invite",
      text=BEFFROI_INVITE,
      html=ats_card("Beffroi Événements", paras(BEFFROI_INVITE), "Envoyé via Teamtailor",
                    color="#92400e", button=("Choisir un créneau",
                                             "https://beffroi.teamtailor.example.com/meetings/8f2a1c"))),
    M(kind=INV, scenario="agency_sets_up_client_interview", lang="fr",
      company="Namur Expo Confluence", contact="nadia.lemaire@interimplusmeuse.example.be",
      date="2026-02-03 11:26 +0100",
      frm=("Nadia Lemaire", "nadia.lemaire@interimplusmeuse.example.be"),
      subject="Entretien chez Namur Expo Confluence – jeudi 12 février", id="ipm-nec-setup",
      refs=["ipm-register"], headers=[("X-Mailer", "Microsoft Outlook 16.0")],
      text=NEC_SETUP + "\n", html=outlook_html(mso(NEC_SETUP))),
    M(kind=INV, scenario="phone_screen_teams_ics_attached", lang="fr", company="Hôtel Sablon Royal",
      contact="t.vandermeulen@sablonroyal.example.be", date="2026-03-10 10:05 +0100", frm=SABLON,
      subject="Entretien téléphonique – Responsable banquets & séminaires", id="sablon-invite",
      text=_sablon_invite,
      ics=dict(_SABLON_ICS, start="2026-03-17 09:30 +0100", end="2026-03-17 10:00 +0100",
               seq=0, **{"as": "attach", "filename": "invitation.ics"})),
    M(kind=INV, scenario="casual_free_thursday", lang="fr", company="La Ferme des Bouleaux",
      contact="gaelle@fermedesbouleaux.example.be", date="2026-08-22 10:15 +0200",
      frm=("Gaëlle Lambotte", "gaelle@fermedesbouleaux.example.be"), subject="jeudi ?",
      id="bouleaux-invite", cte="8bit", text=_bouleaux),
    M(kind=INV, scenario="assessment_centre_convocation_pdf", lang="fr",
      company="Université du Val-Mosan", contact="pascale.renard@valmosan.example.be",
      date="2026-06-15 14:00 +0200", frm=("Pascale Renard", "pascale.renard@valmosan.example.be"),
      subject="Convocation – centre d'évaluation (réf. UVM-ADM-2026-031)", id="valmosan-ac",
      refs=["valmosan-ack"], text=_valmosan_ac,
      attach=[{"name": "convocation_centre_evaluation.pdf", "title": "Convocation",
                   "lines": ["UNIVERSITÉ DU VAL-MOSAN", "Administration des ressources humaines",
                          "", "CONVOCATION", "Madame Mélusine Okafor-Blanc", "",
                          "Centre d'évaluation - réf. UVM-ADM-2026-031",
                          "Jeudi 25 juin 2026, 9h00 - 13h00",
                          "Salle du Conseil, bâtiment B9", "",
                          "09h00 Accueil - 09h15 Note de synthèse",
                          "11h00 Mise en situation - 12h00 Entretien avec le jury"]}]),
    M(kind=INV, scenario="council_oral_exam_cp1252", lang="fr",
      company="Commune de Chaudfontaine-Vesdre", contact="olivier.piron@chaudfontaine-vesdre.example.be",
      date="2026-09-23 15:48 +0200",
      frm=("Olivier Piron", "olivier.piron@chaudfontaine-vesdre.example.be"),
      subject="Convocation à l'épreuve orale – Agent·e événementiel·le (niveau C)",
      subject_enc="windows-1252:b", charset="windows-1252", cte="8bit", id="vesdre-jury",
      text=_vesdre_jury),
    M(kind=INV, scenario="phone_screen_proposal", lang="fr", company="Maison des Vignerons de Remich",
      contact="claude.schmit@vignerons-remich.example.lu", date="2026-07-01 16:40 +0200",
      frm=("Claude Schmit", "claude.schmit@vignerons-remich.example.lu"),
      subject="Votre candidature – premier échange téléphonique", id="vignerons-invite",
      text=_vignerons_invite),
    M(kind=INV, scenario="headhunter_video_meeting", lang="fr", company="Hautrive Conseil",
      contact="b.demoffarts@hautrive-conseil.example.be", date="2026-01-09 09:12 +0100",
      frm=("Bertrand de Moffarts", "b.demoffarts@hautrive-conseil.example.be"),
      subject="Re: Mandat confidentiel – coordination événementielle", id="hautrive-meeting",
      refs=["hautrive-approach", "hautrive-yes"], text=_hautrive_meeting),
    M(kind=INV, scenario="lille_agency_client_interview", lang="fr", company="Hôtel Les Trois Mailles",
      contact="elodie.carpentier@ifs-interim.example.fr", date="2026-03-30 12:05 +0200",
      frm=("Élodie Carpentier (IFS Lille)", "elodie.carpentier@ifs-interim.example.fr"),
      name_enc="iso-8859-1:b", subject="Entretien client : Hôtel Les Trois Mailles",
      charset="iso-8859-1", cte="quoted-printable", id="ifs-mailles-setup",
      refs=["ifs-register"], text=_mailles_setup),
    M(kind=INV, scenario="greenhouse_video_interview_ics", lang="fr",
      company="Brussels Congress Loft", contact="lotte.claes@congressloft.example.be",
      date="2026-06-03 08:30 +0000", frm=("Lotte Claes via Greenhouse",
                                          "no-reply@us.greenhouse-mail.io"),
      reply_to=LOFT, subject="Invitation : entretien avec Brussels Congress Loft",
      id="loft-invite", text=_loft_invite, html=simple_html(paras(_loft_invite)),
      ics=dict(_LOFT_ICS, start="2026-06-12 10:30 +0200", end="2026-06-12 11:15 +0200", seq=0,
               description="Lien Teams : https://teams.example.com/l/meetup/loft-a1")),
    M(kind=INV, scenario="new_post_over_quoted_rejection", lang="fr",
      company="Musée de la Dentelle et du Textile",
      contact="helene.goossens@dentelle-textile.example.be", date="2026-10-05 10:30 +0200",
      frm=("Hélène Goossens", "helene.goossens@dentelle-textile.example.be"),
      subject="Re: Votre candidature – Assistante expositions", id="dentelle-invite",
      refs=["dentelle-application", "dentelle-no"], text=_dentelle),
    # ============================================================ interview_invitation de (6)
    M(kind=INV, scenario="personio_video_interview", lang="de", company="Kaiserpfalz Eventhaus",
      contact="s.kruppke@kaiserpfalz-eventhaus.example.de", date="2026-02-02 13:10 +0100",
      frm=("Kaiserpfalz Eventhaus GmbH", "noreply@personio.de"),
      reply_to=("Svenja Kruppke", "s.kruppke@kaiserpfalz-eventhaus.example.de"),
      subject="Einladung zum Vorstellungsgespräch – Veranstaltungskoordinator (m/w/d)",
      id="kaiserpfalz-invite", refs=["kaiserpfalz-ack"], text=_kaiserpfalz_invite,
      html=ats_card("Kaiserpfalz Eventhaus", paras(_kaiserpfalz_invite), "Powered by Personio",
                    lang="de", color="#4c1d95")),
    M(kind=INV, scenario="headhunter_client_meeting_ics", lang="de",
      company="Kirchberg Convention Hall", contact="k.voessing@dreilaendereck-search.example.de",
      date="2026-05-05 17:20 +0200", frm=KV,
      subject="Gesprächstermin bei der Kirchberg Convention Hall", id="kirchberg-invite",
      refs=["kirchberg-approach"], text=_kirchberg_invite,
      ics=dict(_KIRCH_ICS, start="2026-05-12 15:00 +0200", end="2026-05-12 16:30 +0200", seq=0)),
    M(kind=INV, scenario="phone_interview_proposal", lang="de",
      company="Hotel Elisenbrunnen Residenz", contact="c.lennartz@elisenresidenz.example.de",
      date="2026-03-04 15:25 +0100", frm=("Carina Lennartz", "c.lennartz@elisenresidenz.example.de"),
      subject="Telefoninterview – Bankett- und Eventkoordination", id="elisen-invite",
      charset="iso-8859-1", cte="8bit", text=_elisen_invite),
    M(kind=INV, scenario="agency_intro_call", lang="de", company="Messe & Mehr Personalservice",
      contact="d.schueller@messeundmehr.example.de", date="2026-02-18 09:48 +0100",
      frm=("Dennis Schüller", "d.schueller@messeundmehr.example.de"),
      subject="Kennenlerngespräch bei Messe & Mehr", id="mm-intro", refs=["mm-register"],
      text=_mm_intro),
    M(kind=INV, scenario="softgarden_assessment_center", lang="de",
      company="Stadtmarketing Monschau-Rur", contact="a.cremer@stadtmarketing-monschau.example.de",
      date="2026-08-03 08:00 +0000", frm=("Stadtmarketing Monschau-Rur GmbH", "noreply@softgarden.io"),
      reply_to=("Anja Cremer", "a.cremer@stadtmarketing-monschau.example.de"),
      subject="Einladung zum Assessment-Center – Projektleitung Veranstaltungen", id="monschau-ac",
      text=_monschau_ac,
      html=ats_card("Stadtmarketing Monschau-Rur", paras(_monschau_ac),
                    "Diese Nachricht wurde über softgarden versandt.", lang="de", color="#166534",
                    button=("Teilnahme bestätigen", "https://monschau.softgarden.example.com/ac/3381"))),
    M(kind=INV, scenario="casual_quick_call", lang="de", company="Printenwerk Events",
      contact="lukas@printenwerk-events.example.de", date="2026-09-14 19:30 +0200",
      frm=("Lukas Hermanns", "lukas@printenwerk-events.example.de"),
      subject="Kurzer Call diese Woche?", id="printenwerk-invite", cte="8bit", text=_printenwerk),
    # ============================================================ interview_invitation en (4)
    M(kind=INV, scenario="greenhouse_phone_screen_link", lang="en", company="Vrijthof Event Studio",
      contact="femke.houben@vrijthofstudio.example.nl", date="2026-03-09 10:15 +0000",
      frm=("Femke Houben via Greenhouse", "no-reply@us.greenhouse-mail.io"),
      reply_to=("Femke Houben", "femke.houben@vrijthofstudio.example.nl"),
      subject="Let's talk: Event Coordinator at Vrijthof Event Studio", id="vrijthof-screen",
      refs=["vrijthof-ack"], text=_vrijthof_screen,
      html=simple_html(paras(_vrijthof_screen), "en")),
    M(kind=INV, scenario="panel_interview_ics", lang="en", company="Meuse Riverside Conference Centre",
      contact="ilse.vermeulen@riversidecc.example.nl", date="2026-05-26 11:40 +0200", frm=RIVER,
      subject="Panel interview – Conference Coordinator", id="riverside-panel",
      refs=["riverside-ack"], text=_riverside_panel, html=outlook_html(mso(_riverside_panel), "en"),
      ics=dict(_RIVER_ICS, start="2026-06-03 13:30 +0200", end="2026-06-03 14:30 +0200", seq=0)),
    M(kind=INV, scenario="committee_online_interview", lang="en", company="Jekerdal University",
      contact="m.coumans@jekerdal.example.nl", date="2026-07-20 13:05 +0200",
      frm=("Dr. Maartje Coumans", "m.coumans@jekerdal.example.nl"),
      subject="Invitation to interview – Events Officer (2026-3318)", id="jekerdal-invite",
      refs=["jekerdal-ack"], text=_jekerdal_invite),
    M(kind=INV, scenario="ashby_scheduling_link", lang="en", company="Confetti Systems",
      contact="yasmina@confetti-systems.example.be", date="2026-08-24 12:00 +0000",
      frm=("Confetti Systems", "no-reply@ashbyhq.com"),
      reply_to=("Yasmina El Idrissi", "yasmina@confetti-systems.example.be"),
      subject="Interview invitation: Event Success Coordinator at Confetti Systems",
      id="confetti-invite", text=_confetti_invite,
      html=ats_card("Confetti Systems", paras(_confetti_invite), "Sent with Ashby", lang="en",
                    color="#db2777", button=("Pick a time",
                                             "https://jobs.ashby.example.com/confetti-systems/schedule/c41d77"))),
    # ============================================================ interview_invitation es (3)
    M(kind=INV, scenario="in_person_interview_ics", lang="es", company="Hotel Turia Jardín",
      contact="lucia.ferrandis@turiajardin.example.es", date="2026-04-14 10:30 +0200", frm=TURIA,
      subject="Entrevista – Coordinadora de eventos y bodas", id="turia-invite",
      refs=["turia-ack"], text=_turia_invite, html=simple_html(paras(_turia_invite), "es"),
      ics=dict(_TURIA_ICS, start="2026-04-22 11:00 +0200", end="2026-04-22 12:00 +0200", seq=0)),
    M(kind=INV, scenario="casual_phone_call_thursday", lang="es", company="Mediterránea Eventos",
      contact="alvaro.sanchis@mediterraneaeventos.example.es", date="2026-05-19 17:05 +0200",
      frm=("Álvaro Sanchis", "alvaro.sanchis@mediterraneaeventos.example.es"),
      subject="¿Hablamos el jueves?", id="medit-call", subject_enc="iso-8859-1:q",
      name_enc="iso-8859-1:q", charset="iso-8859-1", cte="8bit", text=_medit_call),
    M(kind=INV, scenario="recruitee_practical_test", lang="es", company="Universitat del Túria",
      contact="marta.soler@unituria.example.es", date="2026-09-08 07:45 +0000",
      frm=("Universitat del Túria", "no-reply@jobs.recruitee.com"),
      reply_to=("Marta Soler", "marta.soler@unituria.example.es"),
      subject="Convocatoria a prueba práctica – Técnica de protocolo y eventos", id="unituria-test",
      text=_unituria, html=ats_card("Universitat del Túria", paras(_unituria),
                                    "Enviado con Recruitee", lang="es", color="#7f1d1d")),
    # ============================================================ reschedule fr (8)
    M(kind=S, scenario="calendar_update_sequence_1", lang="fr", company="Palais Mosan des Congrès",
      contact="aurelie.dethier@palaismosan.example.be", date="2026-02-26 16:40 +0100", frm=PALAIS,
      subject="Mise à jour : entretien – Coordinatrice événements & congrès (nouvel horaire)",
      id="palais-moved", refs=["palais-ack", "palais-invite"], text=_palais_moved,
      html=outlook_html(mso(_palais_moved)),
      ics=dict(_PALAIS_ICS, start="2026-03-05 10:00 +0100", end="2026-03-05 11:15 +0100", seq=1,
               description="Nouvel horaire : jeudi 5 mars à 10h00.")),
    M(kind=S, scenario="method_cancel_no_rejection", lang="fr", company="Hôtel Sablon Royal",
      contact="t.vandermeulen@sablonroyal.example.be", date="2026-03-16 17:02 +0100", frm=SABLON,
      subject="Annulé : Entretien téléphonique – Responsable banquets & séminaires",
      id="sablon-cancel", refs=["sablon-invite"], text=_sablon_cancel,
      ics=dict(_SABLON_ICS, start="2026-03-17 09:30 +0100", end="2026-03-17 10:00 +0100", seq=1,
               method="CANCEL")),
    M(kind=S, scenario="new_slot_after_candidate_request", lang="fr", company="Beffroi Événements",
      contact="julien.masquelier@beffroi-evenements.example.fr", date="2026-05-12 14:30 +0200",
      frm=("Julien Masquelier", "julien.masquelier@beffroi-evenements.example.fr"),
      subject="Re: Demande de report – entretien Coordinatrice séminaires", id="beffroi-moved",
      refs=["beffroi-invite", "beffroi-ask-move"], text=BEFFROI_MOVED),
    M(kind=S, scenario="assessment_postponed_strike", lang="fr", company="Université du Val-Mosan",
      contact="pascale.renard@valmosan.example.be", date="2026-06-22 11:15 +0200",
      frm=("Pascale Renard", "pascale.renard@valmosan.example.be"),
      subject="Report du centre d'évaluation du 25 juin", id="valmosan-moved",
      refs=["valmosan-ac"], cte="base64", text=_valmosan_moved),
    M(kind=S, scenario="client_interviewer_ill", lang="fr", company="Hôtel Les Trois Mailles",
      contact="elodie.carpentier@ifs-interim.example.fr", date="2026-04-08 18:02 +0200",
      frm=("Élodie Carpentier (IFS Lille)", "elodie.carpentier@ifs-interim.example.fr"),
      name_enc="iso-8859-1:b", subject="Report de votre entretien à l'Hôtel Les Trois Mailles",
      id="ifs-mailles-moved", refs=["ifs-mailles-setup"], cte="8bit", text=_mailles_moved),
    M(kind=S, scenario="call_moved_one_hour", lang="fr", company="Maison des Vignerons de Remich",
      contact="claude.schmit@vignerons-remich.example.lu", date="2026-07-06 08:20 +0200",
      frm=("Claude Schmit", "claude.schmit@vignerons-remich.example.lu"),
      subject="Re: Votre candidature – premier échange téléphonique", id="vignerons-moved",
      refs=["vignerons-invite", "vignerons-ok"], text=_vignerons_moved),
    M(kind=S, scenario="oral_exam_postponed_sine_die", lang="fr",
      company="Commune de Chaudfontaine-Vesdre", contact="olivier.piron@chaudfontaine-vesdre.example.be",
      date="2026-10-01 09:05 +0200",
      frm=("Olivier Piron", "olivier.piron@chaudfontaine-vesdre.example.be"),
      subject="Report de l'épreuve orale du 6 octobre", refs=["vesdre-jury"],
      charset="windows-1252", cte="quoted-printable", text=_vesdre_postponed),
    M(kind=S, scenario="greenhouse_updated_invitation", lang="fr",
      company="Brussels Congress Loft", contact="lotte.claes@congressloft.example.be",
      date="2026-06-05 07:55 +0000", frm=("Lotte Claes via Greenhouse",
                                          "no-reply@us.greenhouse-mail.io"),
      reply_to=LOFT, subject="Invitation mise à jour : entretien avec Brussels Congress Loft",
      id="loft-update", refs=["loft-invite"], text=_loft_update,
      ics=dict(_LOFT_ICS, start="2026-06-12 11:15 +0200", end="2026-06-12 12:00 +0200", seq=1,
               description="Nouveau lien Teams : https://teams.example.com/l/meetup/loft-b2")),
    # ============================================================ reschedule de (4)
    M(kind=S, scenario="client_meeting_moved_ics", lang="de", company="Kirchberg Convention Hall",
      contact="k.voessing@dreilaendereck-search.example.de", date="2026-05-08 12:12 +0200", frm=KV,
      subject="Terminänderung: Gespräch Kirchberg Convention Hall", id="kirchberg-moved",
      refs=["kirchberg-approach", "kirchberg-invite"], text=_kirchberg_moved,
      ics=dict(_KIRCH_ICS, start="2026-05-13 09:30 +0200", end="2026-05-13 11:00 +0200", seq=1)),
    M(kind=S, scenario="interviewer_sick_call_cancelled", lang="de",
      company="Hotel Elisenbrunnen Residenz", contact="c.lennartz@elisenresidenz.example.de",
      date="2026-03-09 08:05 +0100", frm=("Carina Lennartz", "c.lennartz@elisenresidenz.example.de"),
      subject="Absage unseres Telefonats heute – neuer Termin folgt", id="elisen-moved",
      refs=["elisen-invite"], text=_elisen_sick),
    M(kind=S, scenario="softgarden_assessment_moved", lang="de",
      company="Stadtmarketing Monschau-Rur", contact="a.cremer@stadtmarketing-monschau.example.de",
      date="2026-08-10 08:00 +0000", frm=("Stadtmarketing Monschau-Rur GmbH", "noreply@softgarden.io"),
      reply_to=("Anja Cremer", "a.cremer@stadtmarketing-monschau.example.de"),
      subject="Neuer Termin für das Assessment-Center", id="monschau-moved",
      refs=["monschau-ac"], text=_monschau_moved,
      html=ats_card("Stadtmarketing Monschau-Rur", paras(_monschau_moved),
                    "Diese Nachricht wurde über softgarden versandt.", lang="de", color="#166534")),
    M(kind=S, scenario="casual_push_to_friday", lang="de", company="Printenwerk Events",
      contact="lukas@printenwerk-events.example.de", date="2026-09-16 08:47 +0200",
      frm=("Lukas Hermanns", "lukas@printenwerk-events.example.de"),
      subject="Re: Kurzer Call diese Woche?", refs=["printenwerk-invite", "printenwerk-ok"],
      text=_printenwerk_moved),
    # ============================================================ reschedule en (2)
    M(kind=S, scenario="interviewer_ill_method_cancel", lang="en", company="Vrijthof Event Studio",
      contact="femke.houben@vrijthofstudio.example.nl", date="2026-03-12 16:30 +0100",
      frm=("Femke Houben", "femke.houben@vrijthofstudio.example.nl"),
      subject="Cancelled: Interview – Mélusine Okafor-Blanc / Vrijthof Event Studio",
      id="vrijthof-cancel", refs=["vrijthof-screen"], text=_vrijthof_cancel,
      ics={"uid": "gh-vrijthof-interview-5521@vrijthofstudio.example.nl",
               "summary": "Interview – Mélusine Okafor-Blanc / Vrijthof Event Studio",
               "location": "Vrijthof 18, Maastricht", "organizer": ("Femke Houben",
                                                                "femke.houben@vrijthofstudio.example.nl"),
               "start": "2026-03-13 14:00 +0100", "end": "2026-03-13 15:00 +0100", "seq": 2,
               "method": "CANCEL"}),
    M(kind=S, scenario="panel_moved_sequence_bump", lang="en",
      company="Meuse Riverside Conference Centre", contact="ilse.vermeulen@riversidecc.example.nl",
      date="2026-06-01 09:58 +0200", frm=RIVER,
      subject="Updated: Panel interview – Conference Coordinator (now 4 June)",
      id="riverside-moved", refs=["riverside-panel"], text=_riverside_moved,
      ics=dict(_RIVER_ICS, start="2026-06-04 10:00 +0200", end="2026-06-04 11:00 +0200", seq=1)),
    # ============================================================ reschedule es (1)
    M(kind=S, scenario="time_changed_ics", lang="es", company="Hotel Turia Jardín",
      contact="lucia.ferrandis@turiajardin.example.es", date="2026-04-20 09:12 +0200", frm=TURIA,
      subject="Cambio de hora: entrevista del miércoles 22", id="turia-moved",
      refs=["turia-invite"], text=_turia_moved,
      ics=dict(_TURIA_ICS, start="2026-04-22 12:30 +0200", end="2026-04-22 13:30 +0200", seq=1)),
    # ============================================================ missed fr (5)
    M(kind=X, scenario="trial_day_no_show", lang="fr", company="Espace Vauban-Deûle",
      contact="camille.desrousseaux@vaubandeule.example.fr", date="2026-04-24 10:12 +0200",
      frm=("Camille Desrousseaux", "camille.desrousseaux@vaubandeule.example.fr"),
      subject="Journée d'essai de ce jour", id="vauban-missed", refs=["vauban-trial"],
      text=_vauban_missed),
    M(kind=X, scenario="agency_called_twice", lang="fr", company="Intérim Plus Meuse",
      contact="nadia.lemaire@interimplusmeuse.example.be", date="2026-01-20 10:31 +0100",
      frm=("Nadia Lemaire", "nadia.lemaire@interimplusmeuse.example.be"),
      subject="Notre appel de ce matin", refs=["ipm-register"], cte="8bit", text=_ipm_missed),
    M(kind=X, scenario="waited_on_teams", lang="fr", company="Musée de la Dentelle et du Textile",
      contact="helene.goossens@dentelle-textile.example.be", date="2026-10-14 14:25 +0200",
      frm=("Hélène Goossens", "helene.goossens@dentelle-textile.example.be"),
      subject="Entretien Teams de 14h00", refs=["dentelle-invite"], text=_dentelle_missed,
      html=outlook_html(mso(_dentelle_missed))),
    M(kind=X, scenario="casual_we_waited_yesterday", lang="fr", company="La Ferme des Bouleaux",
      contact="gaelle@fermedesbouleaux.example.be", date="2026-08-28 17:15 +0200",
      frm=("Gaëlle Lambotte", "gaelle@fermedesbouleaux.example.be"), subject="Re: jeudi ?",
      refs=["bouleaux-invite", "bouleaux-ok"], cte="base64", text=_bouleaux_missed),
    M(kind=X, scenario="headhunter_video_no_show", lang="fr", company="Hautrive Conseil",
      contact="b.demoffarts@hautrive-conseil.example.be", date="2026-01-26 15:32 +0100",
      frm=("Bertrand de Moffarts", "b.demoffarts@hautrive-conseil.example.be"),
      subject="Notre visioconférence de 15h00", id="hautrive-missed",
      refs=["hautrive-approach", "hautrive-meeting"], text=_hautrive_missed),
    # ============================================================ missed de (2)
    M(kind=X, scenario="zoom_waited_in_vain", lang="de", company="Kaiserpfalz Eventhaus",
      contact="s.kruppke@kaiserpfalz-eventhaus.example.de", date="2026-02-10 14:35 +0100",
      frm=("Svenja Kruppke", "s.kruppke@kaiserpfalz-eventhaus.example.de"),
      subject="Unser Termin heute um 14:00 Uhr", id="kaiserpfalz-missed",
      refs=["kaiserpfalz-invite"], text=_kaiserpfalz_missed,
      headers=[("Importance", "high")]),
    M(kind=X, scenario="agency_only_reached_mailbox", lang="de",
      company="Messe & Mehr Personalservice", contact="d.schueller@messeundmehr.example.de",
      date="2026-02-25 10:22 +0100", frm=("Dennis Schüller", "d.schueller@messeundmehr.example.de"),
      subject="Anrufversuch heute 10 Uhr", refs=["mm-intro"], charset="iso-8859-1",
      cte="quoted-printable", name_enc="iso-8859-1:b", text=_mm_missed),
    # ============================================================ missed en (2)
    M(kind=X, scenario="committee_waited_on_teams", lang="en", company="Jekerdal University",
      contact="m.coumans@jekerdal.example.nl", date="2026-07-28 11:22 +0200",
      frm=("Dr. Maartje Coumans", "m.coumans@jekerdal.example.nl"),
      subject="Your interview this morning", id="jekerdal-missed", refs=["jekerdal-invite"],
      text=_jekerdal_missed),
    M(kind=X, scenario="recruiter_missed_you_meet", lang="en", company="Confetti Systems",
      contact="yasmina@confetti-systems.example.be", date="2026-09-02 16:10 +0200",
      frm=("Yasmina El Idrissi", "yasmina@confetti-systems.example.be"),
      subject="Missed you today", id="confetti-noshow", refs=["confetti-invite"],
      text=_confetti_missed, html=simple_html(paras(_confetti_missed), "en")),
    # ============================================================ missed es (1)
    M(kind=X, scenario="called_twice_no_answer", lang="es", company="Mediterránea Eventos",
      contact="alvaro.sanchis@mediterraneaeventos.example.es", date="2026-05-21 10:35 +0200",
      frm=("Álvaro Sanchis", "alvaro.sanchis@mediterraneaeventos.example.es"),
      subject="Re: ¿Hablamos el jueves?", id="medit-missed", refs=["medit-call", "medit-ok"],
      text=_medit_missed),
]
