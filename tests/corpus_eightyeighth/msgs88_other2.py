"""Everyday non-job mail (bills, travel, deliveries, subscriptions, tax, bank) for the
eighty-eighth corpus (data only; see make_eightyeighth.py)."""

from msgs88_base import m

X = "other"

MESSAGES = [
    m(X, "impots_avis", "fr",
      "impots.gouv.fr <ne-pas-repondre@dgfip.example.gouv.fr>",
      "Votre avis d'impôt sur les revenus 2025 est disponible",
      """Madame, Monsieur,

Votre avis d'impôt sur les revenus 2025 est disponible dans votre espace particulier sur impots.gouv.fr.

Nous vous rappelons que ce courriel est envoyé automatiquement ; merci de ne pas y répondre.

La Direction générale des Finances publiques""",
      fmt="html"),

    m(X, "sncf_retard_compensation", "fr",
      "SNCF Voyageurs <noreply@voyages.sncf.example.fr>",
      "Retard de votre train : demande de compensation",
      """Bonjour Mathis,

Votre TGV INOUI n°6611 Paris Gare de Lyon → Lyon Part-Dieu du 12/03 est arrivé avec 47 minutes de retard. Nous vous présentons nos excuses.

Vous pouvez bénéficier d'une compensation G30 : https://www.sncf-connect.example.fr/garantie

SNCF Voyageurs""",
      fmt="alt", cte="qp"),

    m(X, "colissimo_retard", "fr",
      "Colissimo <noreply@notif.colissimo.example.fr>",
      "Votre colis a du retard",
      """Bonjour,

Malheureusement, votre colis n° 6A21987654321 est retardé suite à un incident d'acheminement. Il vous sera livré dans les meilleurs délais.

Suivre mon colis : https://www.laposte.example.fr/outils/suivre-vos-envois

Nous vous prions de nous excuser pour la gêne occasionnée.
La Poste - Colissimo""",
      fmt="html"),

    m(X, "amazon_order_delayed", "en",
      "Amazon.fr <shipment-tracking@amazon.example.fr>",
      "Update: your order is delayed",
      """Hello Mathis,

Unfortunately, your order #405-8812345-1122334 ("Noise-cancelling headphones") has been delayed. The new estimated delivery date is Thursday 23 April.

We're sorry for the inconvenience. Track your package: https://www.amazon.example.fr/orders

Amazon.fr""",
      fmt="html"),

    m(X, "edf_facture", "fr",
      "EDF <service-client@edf-particuliers.example.fr>",
      "Votre facture d'électricité est disponible",
      """Bonjour Monsieur Ouedraogo-Laurent,

Votre facture du 05/05/2026 d'un montant de 68,42 € est disponible dans votre Espace Client. Elle sera prélevée le 20/05/2026.

Contrat n° 3009887766 - 14 rue Sala, 69002 Lyon

EDF - Service client particuliers""",
      fmt="html", charset="windows-1252", cte="qp"),

    m(X, "assurance_habitation_renouvellement", "fr",
      "Assurances Rhône <contact@assurances-rhone.example.fr>",
      "Avis d'échéance - Assurance habitation",
      """Cher sociétaire,

Votre contrat d'assurance habitation n° HAB-778123 arrive à échéance le 1er juin 2026. Vous trouverez ci-joint votre avis d'échéance. Le montant annuel de votre cotisation est de 212,30 €.

Nous vous remercions de votre confiance.
Assurances Rhône - Service sociétaires""",
      attach="avis_echeance_2026.pdf"),

    m(X, "loyer_quittance", "fr",
      "Gestion Locative Presqu'île <quittances@gl-presquile.example.fr>",
      "Quittance de loyer - mai 2026",
      """Bonjour,

Veuillez trouver ci-joint votre quittance de loyer pour le mois de mai 2026 (loyer 890,00 € + charges 65,00 €).

Rappel : la régularisation annuelle des charges interviendra en juin.

Gestion Locative Presqu'île""",
      attach="quittance_mai_2026.pdf"),

    m(X, "bank_card_blocked", "fr",
      "Crédit Rhodanien <alertes@credit-rhodanien.example.fr>",
      "Alerte sécurité : paiement refusé sur votre carte",
      """Bonjour,

Un paiement de 249,00 € chez VOLOTEA a été refusé sur votre carte se terminant par 4417, car il dépassait votre plafond. Si vous êtes à l'origine de cette opération, vous pouvez augmenter temporairement votre plafond depuis votre application.

Crédit Rhodanien - Ne répondez pas à ce message.""",
      fmt="alt"),

    m(X, "desjardins_style_loan", "fr",
      "Caisse Populaire Mont-Royal <noreply@caisse-montroyal.example.ca>",
      "Nous avons bien reçu votre demande de prêt",
      """Bonjour Mathis,

Nous avons bien reçu votre demande de prêt personnel. Un conseiller l'analysera et communiquera avec vous d'ici 3 jours ouvrables.

Numéro de demande : PP-2026-558812

Caisse Populaire Mont-Royal""",
      fmt="html"),

    m(X, "stib_abonnement", "fr",
      "STIB-MIVB <info@stib-mivb.example.be>",
      "Votre abonnement MOBIB expire bientôt",
      """Bonjour,

Votre abonnement mensuel sur votre carte MOBIB expire le 30 septembre 2026. Rechargez-le dès maintenant en ligne ou dans un point de vente.

Bon voyage avec la STIB !""",
      fmt="html"),

    m(X, "orange_facture", "fr",
      "Orange <facture@orange.example.fr>",
      "Votre facture Orange de juin",
      """Bonjour,

Votre facture Livebox Fibre + Mobile de juin 2026 est disponible : 54,98 €. Elle sera prélevée le 12/06.

Consultez le détail dans l'espace client : https://espaceclient.orange.example.fr

Orange""",
      fmt="html", cte="b64"),

    m(X, "salle_de_sport", "fr",
      "Fitness Park Confluence <confluence@fitness-lyon.example.fr>",
      "Ton cours de body pump est annulé ce soir",
      """Hello Mathis,

Le coach étant malade, le cours de Body Pump de 19h ce soir est malheureusement annulé. Il est remplacé par une séance de cardio libre.

Sportivement,
L'équipe Fitness Park Confluence""",
      fmt="alt"),

    m(X, "spotify_receipt", "en",
      "Spotify <no-reply@spotify.example.com>",
      "Your Spotify Premium receipt",
      """Thanks for your payment.

Spotify Premium Individual - €11.12
Date: 02/07/2026
Payment method: Visa ending 4417

Questions? Visit support.spotify.example.com""",
      fmt="html"),

    m(X, "air_france_checkin", "en",
      "Air France <noreply@airfrance.example.fr>",
      "Check-in is open: Lyon - Montreal, 14 Aug",
      """Dear Mr OUEDRAOGO-LAURENT,

Check-in is now open for your flight AF1171 / AF346 Lyon (LYS) - Montreal (YUL) on 14 August 2026.

Booking reference: QX7TZL

Check in online: https://www.airfrance.example.fr/check-in

We wish you a pleasant flight.""",
      fmt="html"),

    m(X, "netflix_new_device", "en",
      "Netflix <info@account.netflix.example.com>",
      "A new device is using your account",
      """Hi Mathis,

A new device signed in to your Netflix account: Smart TV, Brussels, Belgium.

If this was you, you don't need to do anything. If not, please change your password.

The Netflix team""",
      fmt="html"),

    m(X, "spanish_course_schedule", "es",
      "Academia Cervantes Lyon <clases@academia-cervantes.example.fr>",
      "Cambio de horario - clase de español B2",
      """Hola Mathis:

Te informamos de que la clase de español B2 del jueves pasa de las 19:00 a las 18:30 a partir de la próxima semana. La profesora será Carmen, como siempre.

¡Hasta el jueves!
Academia Cervantes Lyon""",
      ),

    m(X, "spanish_bank_notice", "es",
      "Banco Meseta <notificaciones@bancomeseta.example.es>",
      "Tu solicitud de tarjeta ha sido recibida",
      """Hola Mathis,

Hemos recibido tu solicitud de Tarjeta Crédito Viajes. Estamos revisando la información y te contestaremos en un plazo máximo de 48 horas.

Gracias por confiar en Banco Meseta.""",
      fmt="html", charset="iso-8859-1", cte="qp"),

    m(X, "spanish_friend_plans", "es",
      "Carmen Villalba <carmen.villalba@example.org>",
      "Madrid en junio",
      """Holaaa Mathis!

Al final vienes a Madrid en junio? Si vienes el finde del 13 te quedas en casa, que tenemos el sofá cama libre. Y me cuentas qué tal lo de las entrevistas, que no sé nada de ti!!

Besos,
Carmen

Enviado desde mi iPhone""",
      contact="carmen.villalba@example.org"),

    m(X, "spanish_renfe_ticket", "es",
      "Renfe <venta@renfe.example.es>",
      "Tu billete: Madrid - Barcelona",
      """Gracias por viajar con Renfe.

Localizador: R8X2KQ
Madrid Puerta de Atocha - Barcelona Sants
Sábado 13/06/2026 · 08:30 · Coche 5, plaza 7A

Consulta tu billete en la app.""",
      fmt="html", attach="billete_R8X2KQ.pdf"),

    m(X, "german_bahn_verspaetung", "de",
      "Deutsche Bahn <noreply@bahn.example.de>",
      "Ihre Reise: Verspätung von 35 Minuten",
      """Guten Tag Herr Ouedraogo-Laurent,

leider hat sich Ihr ICE 9553 von Paris Est nach Frankfurt (Main) Hbf um ca. 35 Minuten verspätet. Wir bitten um Entschuldigung.

Informationen zur Fahrgastrechte-Entschädigung finden Sie unter https://www.bahn.example.de/fahrgastrechte

Ihre Deutsche Bahn""",
      fmt="html", charset="iso-8859-1", cte="qp"),

    m(X, "german_vermieter_absage", "de",
      "Hausverwaltung Westend <vermietung@hv-westend.example.de>",
      "Ihre Mietanfrage - Wohnung Feldbergstraße",
      """Sehr geehrter Herr Ouedraogo-Laurent,

vielen Dank für Ihr Interesse an der 2-Zimmer-Wohnung in der Feldbergstraße 12. Leider müssen wir Ihnen mitteilen, dass sich der Eigentümer für einen anderen Mietinteressenten entschieden hat.

Mit freundlichen Grüßen
Hausverwaltung Westend""",
      charset="iso-8859-1", cte="8bit"),

    m(X, "german_newsletter_karriere", "de",
      "Karriere-Kompass <newsletter@karriere-kompass.example.de>",
      "Absage nach dem Vorstellungsgespräch? So reagieren Sie richtig",
      """Karriere-Kompass Newsletter - Ausgabe 19/2026

Absage erhalten? Keine Panik. Wir zeigen, wie Sie um Feedback bitten und warum eine freundliche Antwort Türen offen hält.

Außerdem: Das perfekte Vorstellungsgespräch per Video - 7 Tipps.

Weiterlesen: https://karriere-kompass.example.de/newsletter/19

Newsletter abbestellen""",
      fmt="html", headers={"List-Id": "Karriere-Kompass <newsletter.karriere-kompass.example.de>",
                           "List-Unsubscribe": "<https://karriere-kompass.example.de/abmelden>",
                           "Precedence": "bulk"}),

    m(X, "german_friend_interview_story", "de",
      "Felix Brandt <felix.brandt@example.net>",
      "Na?",
      """Hey Mathis,

wie läuft's bei dir mit der Jobsuche? Bei mir gibt's News: Ich hatte heute mein drittes Vorstellungsgespräch bei der Versicherung und hab direkt danach eine Absage bekommen. Naja, weiter geht's.

Lass uns mal wieder telefonieren!
Felix""",
      contact="felix.brandt@example.net"),

    m(X, "swisscom_roaming", "fr",
      "Swisscom <noreply@swisscom.example.ch>",
      "Bienvenue en France - vos tarifs roaming",
      """Bienvenue en France !

Avec votre abonnement, les appels et SMS vers la Suisse sont inclus. Données : 1 Go inclus, puis CHF 4.90 par 100 Mo.

Swisscom""",
      fmt="html"),
]
