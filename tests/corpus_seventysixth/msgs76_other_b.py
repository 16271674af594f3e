"""'Other' mail from everyday life: bills, transport, deliveries, insurers (data only)."""

BULK = {"List-Unsubscribe": "<https://news.example.net/u/92af>", "Precedence": "bulk"}

MSGS = [
{"k": "oth", "s": "taxonweb_avertissement", "lang": "fr", "sys": True,
     "frm": "SPF Finances - Tax-on-web <noreply@minfin.example.be>",
     "subj": "Votre avertissement-extrait de rôle est disponible dans MyMinfin",
     "body": """Madame,

Un nouveau document est disponible dans votre espace MyMinfin : avertissement-extrait de rôle, exercice d'imposition 2026 (revenus 2025).

Montant à rembourser : 412,38 EUR. Le remboursement sera effectué sur votre compte BE68 **** **** 4521.

Consultez vos documents sur MyMinfin. Ce message a été envoyé automatiquement ; merci de ne pas y répondre.

SPF Finances"""},
{"k": "oth", "s": "stib_perturbation_abonnement", "lang": "fr", "sys": True, "fmt": "html",
     "frm": "STIB-MIVB <info@news.stib.example.brussels>",
     "subj": "Perturbations sur la ligne 81 du 4 au 8 mai",
     "hdr": BULK,
     "body": """Bonjour Camille,

En raison de travaux place Flagey, le tram 81 est interrompu entre Flagey et Montgomery du 4 au 8 mai. Des bus de remplacement circulent toutes les 6 minutes.

Votre abonnement MOBIB reste valable sur le réseau de bus.

Bon voyage avec la STIB !
Se désinscrire des alertes"""},
{"k": "oth", "s": "sncb_retard_compensation", "lang": "fr", "sys": True,
     "frm": "SNCB <no-reply@sncb.example.be>",
     "subj": "Votre demande de compensation pour retard - référence 26-88412",
     "body": """Madame Diallo-Lefèvre,

Nous avons bien reçu votre demande de compensation pour le retard de 47 minutes de votre train IC 2115 Namur - Bruxelles-Midi du 12 février 2026.

Malheureusement, votre demande ne peut être acceptée : la compensation n'est accordée qu'aux détenteurs d'un abonnement ayant subi au moins 20 retards de plus de 15 minutes sur la période de validité.

Nous vous prions de nous excuser pour le désagrément.

Service clientèle SNCB"""},
{"k": "oth", "s": "engie_facture_regularisation", "lang": "fr", "sys": True, "cs": "windows-1252",
     "frm": "ENGIE <factures@engie-clients.example.be>",
     "subj": "Votre facture de régularisation est disponible",
     "body": """Chère cliente,

Votre facture de régularisation annuelle (électricité et gaz, point de fourniture Sibelga 541449...) est disponible dans votre espace client.

Montant : 287,15 € à payer avant le 28 mars 2026.
Nouvel acompte mensuel : 146,00 €

Merci pour votre confiance,
ENGIE - Service clients"""},
{"k": "oth", "s": "mutualite_remboursement", "lang": "fr", "sys": True,
     "frm": "Solidaris <ma-mutualite@solidaris.example.be>",
     "subj": "Un remboursement a été effectué sur votre compte",
     "body": """Bonjour,

Un remboursement de 38,20 € a été versé sur votre compte pour des soins du 3 février 2026 (consultation médecin généraliste).

Le détail est disponible sur Ma Mutualité en ligne.

Votre mutualité Solidaris"""},
{"k": "oth", "s": "lamal_prime_2027_ch", "lang": "fr", "sys": True, "fmt": "alt",
     "frm": "Assura-Léman Santé <info@assura-leman.example.ch>",
     "subj": "Vos primes LAMal 2027 et votre franchise",
     "hdr": BULK,
     "body": """Madame,

Les primes de l'assurance obligatoire des soins (LAMal) pour 2027 viennent d'être approuvées par l'OFSP. Votre prime mensuelle passera de CHF 412.50 à CHF 438.90 (franchise CHF 2'500, modèle médecin de famille).

Vous pouvez modifier votre franchise jusqu'au 30 novembre.

Assura-Léman Santé"""},
{"k": "oth", "s": "banque_demande_credit_recue", "lang": "fr", "sys": True,
     "frm": "Belfius <noreply@belfius-info.example.be>",
     "subj": "Votre demande de crédit a bien été reçue",
     "body": """Madame Diallo-Lefèvre,

Nous avons bien reçu votre demande de prêt à tempérament (référence PT-2026-00871) d'un montant de 8.000 EUR.

Votre dossier est en cours d'analyse. Un conseiller vous contactera dans les 5 jours ouvrables pour finaliser votre demande ou vous communiquer notre décision.

Belfius Banque"""},
{"k": "oth", "s": "credit_card_declined_en", "lang": "en", "sys": True,
     "frm": "Revolt Bank <no-reply@revolt-bank.example.com>",
     "subj": "Update on your Metal card application",
     "body": """Hi Camille,

Thanks for applying for a Revolt Metal credit card. Unfortunately, we're unable to approve your application at this time, based on the information provided and our credit assessment.

This decision doesn't affect your current account. You can reapply in 6 months.

The Revolt team"""},
{"k": "oth", "s": "assurance_auto_echeance", "lang": "fr", "sys": True,
     "frm": "AG Insurance <contact@ag-clients.example.be>",
     "subj": "Échéance de votre contrat auto",
     "body": """Madame,

Votre contrat d'assurance auto (Peugeot 208, 1-ABC-234) arrive à échéance le 1er avril 2026. Votre nouvelle prime annuelle s'élève à 612,40 €.

Votre courtier, Bureau Lejeune, reste à votre disposition pour toute question.

AG Insurance"""},
{"k": "oth", "s": "bpost_colis_retarde", "lang": "fr", "sys": True, "fmt": "html",
     "frm": "bpost <noreply@bpost-track.example.be>",
     "subj": "Votre colis est retardé",
     "body": """Bonjour,

Malheureusement, votre colis 323299990012345678 (expéditeur : Zalando SE) est retardé en raison d'un volume exceptionnel dans notre centre de tri.

Nouvelle date de livraison prévue : jeudi 16 avril, entre 10h et 14h.

Suivez votre colis : https://track.bpost.example.be/323299990012345678

bpost"""},
{"k": "oth", "s": "proximus_facture", "lang": "fr", "sys": True,
     "frm": "Proximus <mafacture@proximus.example.be>",
     "subj": "Votre facture Proximus de mai est disponible",
     "body": """Bonjour Camille,

Votre facture de mai (Flex Internet + Mobile) d'un montant de 74,00 € est disponible dans MyProximus. Elle sera domiciliée le 22 mai.

Merci d'être client Proximus."""},
{"k": "oth", "s": "salle_sport_cours_annule", "lang": "fr",
     "frm": "Basic-Fit Ixelles - Coach Yannick <yannick.coach@ixelles-fitclub.example.be>",
     "subj": "Cours de body pump annulé ce jeudi",
     "body": """Salut à tous,

Je dois annuler le cours de body pump de jeudi 19h (je suis malade 🤧). Il est reporté au samedi 10h, même salle.

Désolé et à samedi !
Yannick"""},
{"k": "oth", "s": "appartement_candidature_refusee", "lang": "fr",
     "frm": "Agence Immo Châtelain <location@immo-chatelain.example.be>",
     "subj": "Votre candidature pour l'appartement rue du Bailli",
     "body": """Madame,

Nous vous remercions pour votre visite et votre dossier de candidature pour l'appartement 2 chambres situé rue du Bailli 58.

Nous sommes au regret de vous informer que le propriétaire a retenu une autre candidature. Nous ne manquerons pas de vous informer de nos nouveaux biens correspondant à vos critères.

Bien à vous,
Sandrine Collin
Agence Immo Châtelain"""},
{"k": "oth", "s": "brussels_airlines_vol_modifie", "lang": "fr", "sys": True, "fmt": "html",
     "frm": "Brussels Airlines <noreply@flybrusselsairlines.example.com>",
     "subj": "Modification de votre vol SN3583 Bruxelles - Madrid",
     "body": """Chère Madame Diallo-Lefèvre,

L'horaire de votre vol a été modifié.

Vol SN3583 Bruxelles (BRU) - Madrid (MAD), vendredi 10 juillet 2026
Ancien départ : 07:05 - Nouveau départ : 09:40

Si ce nouvel horaire ne vous convient pas, vous pouvez modifier gratuitement votre réservation (code PNR 7KQ2LX) ou demander un remboursement.

Nous vous prions de nous excuser pour ce changement.
Brussels Airlines"""},
{"k": "oth", "s": "unige_admission_master", "lang": "fr", "sys": True,
     "frm": "Université de Genève - Admissions <admissions-noreply@unige.example.ch>",
     "subj": "Décision d'admission - Master en études européennes",
     "body": """Madame,

Nous avons le regret de vous informer que votre candidature au Master en études européennes (rentrée 2026) n'a pas pu être retenue par la commission d'admission, le nombre de places étant limité.

Vous pouvez déposer une nouvelle candidature pour la rentrée suivante.

Service des admissions
Université de Genève"""},
{"k": "oth", "s": "ami_partage_position", "lang": "fr",
     "frm": "Mehdi Benali <mehdi.b@mailbox.example.org>",
     "subj": "ma position",
     "body": """Hello Cam, on est garés au coin de la rue du Trône, voici ma position : https://maps.example.com/?q=50.8387,4.3720

On t'attend devant le resto 😉

Envoyé de mon iPhone"""},
{"k": "oth", "s": "netflix_nouveautes_fr", "lang": "fr", "sys": True, "fmt": "html",
     "frm": "Netflix <info@mailer.netflix.example.com>",
     "subj": "Camille, nouveau sur Netflix : la série dont tout le monde parle",
     "hdr": BULK,
     "body": """Nouveau cette semaine

« Le Poste » - Une jeune diplomate passe l'entretien de sa vie à Bruxelles... mais rien ne se passe comme prévu.

Regarder maintenant

Vous recevez cet e-mail car vous êtes membre de Netflix. Se désabonner"""},
{"k": "oth", "s": "cff_billet_de", "lang": "de", "sys": True,
     "frm": "SBB CFF FFS <noreply@sbb-ticket.example.ch>",
     "subj": "Ihr Billett: Genève – Bern, 21.04.2026",
     "body": """Guten Tag Frau Diallo-Lefèvre

Vielen Dank für Ihren Einkauf. Ihr Billett ist im Anhang.

Genève → Bern, 21.04.2026, Abfahrt 07:12, 2. Klasse, Halbtax
Preis: CHF 26.00

Gute Reise!
SBB CFF FFS"""},
{"k": "oth", "s": "swisscom_rechnung_de", "lang": "de", "sys": True,
     "frm": "Swisscom <rechnung@swisscom-kunden.example.ch>",
     "subj": "Ihre Swisscom Rechnung für Juni",
     "body": """Guten Tag

Ihre Rechnung für Juni über CHF 64.90 steht im Kundencenter bereit. Zahlbar bis 30.07.2026.

Freundliche Grüsse
Swisscom"""},
{"k": "oth", "s": "zalando_lieferung_verzoegert", "lang": "de", "sys": True, "fmt": "html",
     "frm": "Zalando <info@service-mail.zalando.example.de>",
     "subj": "Leider verzögert sich Ihre Bestellung",
     "body": """Hallo Camille,

leider verzögert sich die Lieferung Ihrer Bestellung 10305992871 um einige Tage. Wir entschuldigen uns für die Unannehmlichkeiten.

Neuer voraussichtlicher Liefertermin: 24.–26. September

Ihr Zalando-Team"""},
{"k": "oth", "s": "dhl_posicion_repartidor", "lang": "es", "sys": True,
     "frm": "DHL Express <noreply@dhl-notify.example.com>",
     "subj": "Tu envío está en camino: sigue la posición del repartidor",
     "body": """Hola,

Tu envío 4471228390 llegará hoy entre las 13:10 y las 14:10.

Sigue la posición de tu repartidor en tiempo real en el mapa: https://dhl.example.com/live/4471228390

DHL Express"""},
{"k": "oth", "s": "spotify_es", "lang": "es", "sys": True, "fmt": "html",
     "frm": "Spotify <no-reply@spotify.example.com>",
     "subj": "Tu Radar de Novedades está listo",
     "hdr": BULK,
     "body": """Camille, ya tienes tu Radar de Novedades de esta semana: 30 canciones nuevas de los artistas que sigues.

Escuchar ahora

Darse de baja | Privacidad"""},
{"k": "oth", "s": "dentista_cita_perdida", "lang": "es", "sys": True,
     "frm": "Clínica Dental Sonrisa Madrid <citas@clinicasonrisa.example.es>",
     "subj": "No acudió a su cita",
     "body": """Estimada paciente:

Le informamos de que no acudió a su cita de revisión del martes 14 de julio a las 9:30. Para reprogramarla, llámenos al 91 555 12 34.

Le recordamos que las citas no anuladas con 24 horas de antelación pueden tener un coste de 20 €.

Clínica Dental Sonrisa"""},
{"k": "oth", "s": "amiga_oferta_propia", "lang": "es",
     "frm": "Paula Gómez <paulagomez@correo.example.es>",
     "subj": "¡¡¡me lo han dado!!!",
     "body": """Camiiii!!!

Me acaban de llamar de la Comisión: ¡me han ofrecido el puesto de agente contractual en la DG EAC! Empiezo en octubre en Bruselas, así que vamos a ser vecinas 😍

¿Cómo van tus entrevistas? Te llamo esta noche.

Besos,
Paula"""},
{"k": "oth", "s": "renfe_tren_cancelado", "lang": "es", "sys": True,
     "frm": "Renfe <venta.internet@renfe-avisos.example.es>",
     "subj": "Cancelación de tu tren AVE 03063",
     "body": """Estimada cliente:

Lamentamos comunicarle que el tren AVE 03063 Madrid - Barcelona del 11/07/2026 a las 17:30 ha sido cancelado por incidencias en la infraestructura.

Puede cambiar su billete sin coste o solicitar la devolución íntegra en renfe.example.es o en taquilla.

Renfe Viajeros"""},
]
