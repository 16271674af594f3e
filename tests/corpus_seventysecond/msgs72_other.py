"""Everything else in the inbox (kind `other`): alerts, newsletters, life admin, own mail."""

from msgs72_build import ME, m

OTHER = "other"
LIST = {"List-Unsubscribe": "<https://lists.example.net/u/8812>, <mailto:unsub@lists.example.net>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"}

# --- job boards and alerts ------------------------------------------------------------

m(OTHER, "linkedin_alert_fr", "fr", ("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.example.com"),
  "« revenue manager » : 12 nouvelles offres à Genève",
  """Vos offres d'emploi correspondant à « revenue manager » à Genève

Revenue Manager - Hôtel du Rhône Collection · Genève · Il y a 2 jours
Assistant Revenue Manager - Lakefront Suites · Genève · Candidature simplifiée
Revenue & Distribution Analyst - Swiss Urban Hotels · Lausanne
Pricing Manager - CityHop Travel · À distance

Voir toutes les offres : https://www.linkedin.example.com/jobs/search?keywords=revenue
Vous recevez cet e-mail car vous avez créé une alerte emploi. Se désabonner""",
  date="2026-01-08 07:05", fmt="html", hdrs=LIST)

m(OTHER, "jobsch_digest_de", "de", ("jobs.ch Jobmail", "jobmail@jobs.example.ch"),
  "3 neue Jobs für «Eventmanager» in Zürich",
  """Hallo Mathis

Wir haben neue Stellen für dich gefunden:

Eventmanager/in 80-100% - Kongresshaus Limmat, Zürich
Projektleiter/in Events - Messe Sihl AG, Zürich-Oerlikon
Guest Relations Manager - Hotel Dolder Vista, Zürich

Alle Jobs ansehen: https://www.jobs.example.ch/de/stellenangebote/?term=eventmanager

Jobmail abbestellen | Datenschutz""",
  date="2026-01-13 06:30", fmt="html", hdrs=LIST)

m(OTHER, "wttj_newsletter_fr", "fr", ("Welcome to the Jungle", "hello@welcometothejungle.example.co"),
  "Refus après un entretien final : comment rebondir ?",
  """Cette semaine dans la Jungle

Refus après un entretien final : comment rebondir ?
« Nous avons le regret de vous informer que votre candidature n'a pas été retenue »... Cette phrase, on l'a tous lue. Nos conseils pour demander un feedback et transformer l'échec en levier.

Entretien vidéo : 7 erreurs à éviter
Et si vous aviez manqué votre entretien ? Comment s'excuser sans se griller.

+ 230 offres dans l'hôtellerie et l'événementiel cette semaine.

Se désinscrire | Gérer mes préférences""",
  date="2026-01-15 08:00", fmt="html", logo="Welcome to the Jungle",
  hdrs={**LIST, "List-Id": "Jungle Weekly <weekly.welcometothejungle.example.co>"})

m(OTHER, "indeed_alert_en", "en", ("Indeed", "alert@indeed.example.com"),
  "Customer Success Manager jobs in Lausanne",
  """New jobs matching your search

Customer Success Manager - TravelStack SA - Lausanne, VD - Easily apply
Customer Success Lead (Hospitality) - RoomLoop - Remote
Client Success Manager, EMEA - BookBright - Geneva

See more jobs: https://ch.indeed.example.com/jobs?q=customer+success

You can cancel this alert at any time.""",
  date="2026-02-01 05:12", fmt="html", hdrs=LIST)

m(OTHER, "stepstone_digest_de", "de", ("StepStone", "noreply@stepstone.example.de"),
  "Neue Jobs: Hotel Operations Manager in München",
  """Guten Tag Herr Keller-Baptiste,

passend zu Ihrem Suchauftrag gibt es 6 neue Stellenangebote:

- Front Office Manager (m/w/d) - Hotel Viktualien, München
- Operations Manager Eventlocation (m/w/d) - Kesselhaus Events, München
- Guest Experience Lead (m/w/d) - Arabella Home Hotels, Unterschleißheim

Suchauftrag bearbeiten oder löschen: https://www.stepstone.example.de/agent""",
  date="2026-03-03 06:00", fmt="html", cte="qp", hdrs=LIST)

m(OTHER, "hosco_newsletter_en", "en", ("Hosco", "news@hosco.example.com"),
  "5 signs your interview went well (and what to do if you were rejected)",
  """Hosco Career Digest

5 signs your interview went well
The interviewer mentioned next steps? They asked about your start date? Read on.

Rejected after the final round? Here's how to reply
A short, gracious reply can keep the door open. We share three templates.

Top hospitality jobs this week: Monaco, Dubai, London.

Unsubscribe from Hosco Career Digest""",
  date="2026-03-18 09:00", fmt="html", hdrs={**LIST, "List-Id": "<career-digest.hosco.example.com>"})

m(OTHER, "linkedin_viewed_profile", "fr", ("LinkedIn", "notifications-noreply@linkedin.example.com"),
  "Mathis, vous êtes apparu dans 14 recherches cette semaine",
  """Vous êtes apparu dans 14 recherches cette semaine

Votre profil a été trouvé par des personnes travaillant dans : Gestion hôtelière, Services événementiels, Organisation de voyages.

Voir toutes les recherches : https://www.linkedin.example.com/me/search-appearances

Se désabonner | Aide""",
  date="2026-04-06 10:12", tz="CEST", fmt="html", hdrs=LIST)

m(OTHER, "jobup_alert_fr", "fr", ("jobup.ch", "alerte@jobup.example.ch"),
  "Nouvelles offres : chef de projet événementiel",
  """Bonjour Mathis,

Voici les nouvelles annonces correspondant à votre abonnement :

Chef·fe de projet événementiel 100% - Palexpo Events, Grand-Saconnex
Coordinateur·trice congrès - Beaulieu Congrès, Lausanne
Event Manager - Montreux Riviera Festivals

Modifier mon abonnement : https://www.jobup.example.ch/fr/abonnements""",
  date="2026-05-12 06:45", tz="CEST", fmt="html", cs="iso-8859-1", cte="qp", hdrs=LIST)

# --- recruiter outreach, no interview asked ----------------------------------------------

m(OTHER, "inmail_cold_outreach_en", "en", ("Rebecca Stone via LinkedIn", "inmail-hit-reply@linkedin.example.com"),
  "Exciting opportunity - luxury hospitality, Dubai",
  """Hi Mathis,

I came across your profile and was really impressed by your background in events and guest experience!

I'm currently partnering with a number of luxury hotel groups opening new properties in Dubai and Abu Dhabi and always keen to connect with talented people like yourself. No specific role right now, but I'd love to add you to my network and keep you posted.

Have a great week!
Rebecca""",
  date="2026-02-10 11:20", fmt="html")

m(OTHER, "agency_newsletter_market_fr", "fr", ("Vanessa Morel", "vanessa.morel@cadres-leman.example.ch"),
  "Le marché de l'hôtellerie en Suisse romande - T1 2026",
  """Bonjour Mathis,

Comme chaque trimestre, je partage avec mon réseau notre baromètre des salaires et des tendances de recrutement dans l'hôtellerie de luxe en Suisse romande.

Points clés : forte demande en revenue management, délais de recrutement en hausse, retour des journées d'essai.

Le rapport complet est à télécharger ici : https://cadres-leman.example.ch/barometre-t1

Belle journée,
Vanessa Morel
Cadres Léman""",
  date="2026-04-02 08:20", tz="CEST", fmt="alt", hdrs=LIST)

m(OTHER, "headhunter_intro_de", "de", ("Lukas Gerber", "lukas.gerber@gerber-hoteljobs.example.ch"),
  "Vernetzung",
  """Grüezi Herr Keller-Baptiste

Ich bin Personalberater mit Fokus auf die gehobene Hotellerie in der Deutschschweiz. Aktuell habe ich kein konkretes Mandat, das zu Ihrem Profil passt, würde mich aber freuen, Sie in meiner Kandidatenbank aufzunehmen.

Wenn Sie Interesse haben, senden Sie mir einfach Ihren aktuellen Lebenslauf.

Freundliche Grüsse
Lukas Gerber
Gerber Hoteljobs, Luzern""",
  date="2026-06-09 09:30", tz="CEST", cs="iso-8859-1", cte="qp")

# --- other meanings of interview, rejection, position, application -----------------------

m(OTHER, "podcast_interview_fr", "fr", ("Léa Brunner", "lea@podcast-lesgensdulac.example.ch"),
  "Interview pour le podcast « Les gens du lac »",
  """Salut Mathis,

On prépare un épisode sur les métiers de l'événementiel au bord du Léman et ton nom est revenu plusieurs fois ! Est-ce que tu serais partant pour une interview d'environ 40 minutes, enregistrée au studio à Lausanne ?

On enregistre en général le mardi soir. Dis-moi si ça te tente !

Léa
Les gens du lac - podcast""",
  date="2026-02-06 20:15")

m(OTHER, "user_research_interview_en", "en", ("Sanna Korhonen", "sanna.korhonen@roombook-research.example.com"),
  "Join a 30-min user interview about hotel booking (CHF 50 voucher)",
  """Hi Mathis,

We're improving the RoomBook app and would love to hear about how you plan trips. We're inviting a small group of users to a 30-minute user interview over video.

Pick a time here: https://research.example.com/roombook/schedule
As a thank you, you'll receive a CHF 50 voucher.

Thanks!
Sanna, UX Research at RoomBook""",
  date="2026-02-22 14:00", fmt="alt")

m(OTHER, "radio_interview_request", "fr", ("Rédaction RTS Matin", "matin@radio-romande.example.ch"),
  "Demande d'interview - fête des Vignerons",
  """Bonjour Monsieur Keller-Baptiste,

Nous préparons un sujet sur l'organisation des grandes manifestations en Suisse romande. Auriez-vous quelques minutes pour une courte interview téléphonique demain matin, en tant qu'ancien coordinateur logistique de la Fête des Vignerons ?

Merci de nous rappeler au 021 555 44 00.

La rédaction""",
  date="2026-05-07 16:30", tz="CEST", contact="matin@radio-romande.example.ch")

m(OTHER, "friend_rejection_story_fr", "fr", ("Chloé Vuilleumier", "chloe.vuilleumier@example.ch"),
  "bon ben...",
  """Coucou Mat,

Nouvelle du jour : j'ai reçu un refus de la banque pour le poste en compliance, après trois entretiens ! Un mail tout pourri, « nous avons décidé de poursuivre avec d'autres candidats ». J'avoue que ça pique.

Bref, apéro jeudi pour noyer ça ? Et toi, des nouvelles de Montreux ?

Bisous
Chloé""",
  date="2026-03-12 21:47", cte="8bit")

m(OTHER, "friend_interview_nerves_en", "en", ("Dan Okafor", "dan.okafor@example.co.uk"),
  "Re: drinks?",
  """Mate, can't do Friday - I've got my final interview with that airline in Zurich on Monday and I'm properly bricking it. They'll either offer me or reject me by Wednesday apparently.

Next weekend?

D

On Tue, 14 Apr 2026 at 19:03, Mathis Keller-Baptiste <mathis.kb@example.ch> wrote:
> Drinks Friday at the Bains des Pâquis?""",
  date="2026-04-14 22:10", tz="CEST", reply=True)

m(OTHER, "gps_position_de", "de", ("Garmin Connect", "noreply@garmin-connect.example.com"),
  "Mathis hat seine Position geteilt",
  """LiveTrack: Mathis Keller-Baptiste ist unterwegs

Aktuelle Position: 46.5197° N, 6.6323° E (Lausanne-Ouchy)
Aktivität: Radfahren · Start 07:12

Position in Echtzeit verfolgen: https://livetrack.garmin.example.com/session/9fe2""",
  date="2026-05-30 07:15", tz="CEST", fmt="html")

m(OTHER, "galaxus_delayed_fr", "fr", ("Galaxus", "noreply@galaxus.example.ch"),
  "Votre commande 88213570 est retardée",
  """Bonjour Mathis,

Malheureusement, la livraison de votre commande est retardée : notre fournisseur ne peut pas livrer l'article « Machine à café à capsules X40 » à la date prévue.

Nouvelle date de livraison estimée : 14.03.2026

Nous vous prions de nous excuser pour ce contretemps.

Votre équipe Galaxus""",
  date="2026-03-07 10:05", fmt="html")

m(OTHER, "dhl_customs_de", "de", ("DHL Express", "noreply@dhl-notify.example.com"),
  "Ihre Sendung wird beim Zoll zurückgehalten",
  """Sehr geehrte Kundin, sehr geehrter Kunde

Ihre Sendung 1Z 8821 0074 aus London wird leider verzögert zugestellt: Sie liegt zur Verzollung bereit. Bitte bezahlen Sie die Einfuhrabgaben von CHF 23.40, damit wir das Paket zustellen können.

Jetzt bezahlen: https://dhl.example.com/pay/8821

DHL Express (Schweiz) AG""",
  date="2026-06-22 12:12", tz="CEST", fmt="html")

m(OTHER, "laposte_avis_fr", "fr", ("La Poste", "noreply@post-notifications.example.ch"),
  "Votre envoi 99.00.123456.78901234 arrive demain",
  """Bonjour,

Votre colis de Zalando arrive demain entre 09h00 et 12h00. Vous pouvez choisir un autre jour de livraison ou un lieu de dépôt.

Votre Poste""",
  date="2026-04-21 18:00", tz="CEST", fmt="html")

m(OTHER, "bank_credit_card_application", "fr", ("Banque Cantonale du Léman", "noreply@bcleman.example.ch"),
  "Votre demande de carte de crédit a bien été reçue",
  """Bonjour Monsieur Keller-Baptiste,

Nous vous remercions pour votre demande de carte de crédit Visa Gold. Votre demande a bien été reçue et est en cours d'examen.

Vous recevrez notre réponse sous 5 jours ouvrables. Malheureusement, nous ne pouvons pas donner d'information sur l'état de la demande par téléphone.

Banque Cantonale du Léman""",
  date="2026-01-22 11:11", fmt="html", cte="qp")

m(OTHER, "loan_application_declined_fr", "fr", ("Crédit Souple", "noreply@creditsouple.example.ch"),
  "Votre demande de crédit privé",
  """Bonjour Monsieur Keller-Baptiste,

Nous vous remercions pour votre demande de crédit privé. Après examen attentif de votre dossier, nous sommes au regret de ne pas pouvoir y donner une suite favorable.

Cette décision repose notamment sur les informations de la centrale d'information de crédit (ZEK). Vous pouvez demander une copie de vos données.

Crédit Souple - Service clientèle""",
  date="2026-07-14 15:00", tz="CEST", fmt="html")

m(OTHER, "apartment_rejected_fr", "fr", ("Régie du Centre", "location@regie-du-centre.example.ch"),
  "Votre demande de location - Rue de Lausanne 45, 3.5 pièces",
  """Monsieur,

Nous accusons réception de votre dossier de candidature pour l'appartement de 3.5 pièces à la Rue de Lausanne 45.

Nous regrettons de vous informer que le bailleur a retenu un autre dossier. Nous vous remercions de l'intérêt porté à notre objet et vous souhaitons plein succès dans vos recherches.

Régie du Centre SA
Service location""",
  date="2026-02-13 14:20", cs="iso-8859-1", cte="qp", contact="location@regie-du-centre.example.ch")

m(OTHER, "university_admission_cas_en", "en", ("Graduate Admissions", "admissions@lemanic-business-school.example.ch"),
  "Your admission decision - CAS in Revenue Management",
  """Dear Mathis,

Congratulations! We are delighted to offer you a place in the Certificate of Advanced Studies in Revenue Management, starting September 2026.

To secure your place, please accept the offer in the applicant portal and pay the deposit by 15 June.

Graduate Admissions Office
Lemanic Business School""",
  date="2026-05-28 10:00", tz="CEST", fmt="alt")

m(OTHER, "university_rejection_es", "es", ("Admisiones Máster", "admisiones@escuela-turismo-madrid.example.es"),
  "Resolución de admisión - Máster en Dirección Hotelera",
  """Estimado Mathis:

Lamentamos comunicarle que su solicitud de admisión al Máster en Dirección Hotelera (edición 2026-2027) no ha sido aceptada, debido al elevado número de solicitudes recibidas.

Le animamos a presentar su candidatura en la próxima convocatoria.

Oficina de Admisiones
Escuela Superior de Turismo de Madrid""",
  date="2026-06-05 12:30", tz="CEST", cs="windows-1252", cte="8bit")

# --- life admin --------------------------------------------------------------------------

m(OTHER, "afc_impots_fr", "fr", ("AFC Genève", "ne-pas-repondre@etat-ge.example.ch"),
  "Votre déclaration d'impôt 2025 est disponible",
  """Madame, Monsieur,

Votre déclaration d'impôt 2025 est disponible dans votre espace e-démarches. Le délai de dépôt est fixé au 31 mars 2026.

Administration fiscale cantonale - République et canton de Genève""",
  date="2026-01-29 08:00", fmt="html")

m(OTHER, "avs_attestation_fr", "fr", ("Caisse de compensation AVS", "info@caisse-avs-vaud.example.ch"),
  "Attestation de cotisations AVS/AI/APG",
  """Monsieur Keller-Baptiste,

Vous trouverez ci-joint votre extrait de compte individuel AVS comme demandé.

Avec nos meilleures salutations,
Caisse cantonale vaudoise de compensation AVS""",
  date="2026-02-11 09:45", attach="Extrait_CI.pdf")

m(OTHER, "lamal_premium_fr", "fr", ("Assura-Léman Santé", "service@assuraleman.example.ch"),
  "Votre décompte de prestations",
  """Bonjour Monsieur Keller-Baptiste,

Un nouveau décompte de prestations est disponible dans votre espace client : consultation du 12.02.2026, montant remboursé CHF 86.40.

Assura-Léman Santé - votre assurance maladie""",
  date="2026-02-28 06:30", fmt="html")

m(OTHER, "commune_lausanne_fr", "fr", ("Ville de Lausanne - Contrôle des habitants", "ch@lausanne-ville.example.ch"),
  "Confirmation de votre changement d'adresse",
  """Monsieur,

Nous vous confirmons l'enregistrement de votre nouvelle adresse à compter du 1er avril 2026 : Avenue de Cour 58, 1007 Lausanne.

Contrôle des habitants
Ville de Lausanne""",
  date="2026-04-03 14:00", tz="CEST", cs="iso-8859-1", cte="8bit")

m(OTHER, "car_insurance_de", "de", ("Helvetia Auto Direkt", "kundenservice@autodirekt.example.ch"),
  "Ihre Prämienrechnung 2026",
  """Sehr geehrter Herr Keller-Baptiste

Im Anhang finden Sie Ihre Prämienrechnung für die Motorfahrzeugversicherung 2026. Zahlbar bis 31. Januar 2026.

Freundliche Grüsse
Auto Direkt Versicherungen""",
  date="2026-01-05 07:40", attach="Praemienrechnung_2026.pdf")

m(OTHER, "sbb_ticket_de", "de", ("SBB CFF FFS", "noreply@sbb-tickets.example.ch"),
  "Ihr Billett: Lausanne - Zürich HB",
  """Guten Tag Mathis Keller-Baptiste

Vielen Dank für Ihren Kauf.
Lausanne → Zürich HB, 19.02.2026, 06:45, 2. Klasse, Halbtax
Preis: CHF 39.00

Ihr Billett finden Sie in der App unter «Meine Billette».""",
  date="2026-02-17 21:05", fmt="html")

m(OTHER, "easyjet_boarding_fr", "fr", ("easyJet", "noreply@easyjet-mail.example.com"),
  "Votre carte d'embarquement Genève - Londres Gatwick",
  """Bonjour Mathis,

Vous êtes enregistré sur le vol EZS8471 Genève (GVA) - Londres Gatwick (LGW) du jeu. 19 mars, départ 07h10.

La porte ferme 30 minutes avant le départ. Bon vol !

easyJet""",
  date="2026-03-17 18:30", fmt="html")

m(OTHER, "swiss_delay_de", "de", ("SWISS", "noreply@swiss-notifications.example.com"),
  "Ihr Flug LX 1812 ist verspätet",
  """Lieber Fluggast

Leider verspätet sich Ihr Flug LX 1812 von Zürich nach Wien. Neue Abflugzeit: 14:35 (statt 13:50).

Wir entschuldigen uns für die Unannehmlichkeiten.

Ihre SWISS""",
  date="2026-05-16 11:50", tz="CEST", fmt="html")

m(OTHER, "salt_invoice_fr", "fr", ("Salt", "noreply@salt-billing.example.ch"),
  "Votre facture Salt de mai est disponible",
  """Bonjour Mathis,

Votre facture mensuelle de CHF 49.95 est disponible dans My Salt. Elle sera débitée le 30.05.2026.

Salt Mobile SA""",
  date="2026-05-10 05:00", tz="CEST", fmt="html")

m(OTHER, "fitness_newsletter_fr", "fr", ("Let's Move Fitness", "news@letsmove-fitness.example.ch"),
  "Nouveau cours de HIIT le mardi soir 💪",
  """Salut Mathis !

Dès le 5 mai, nouveau cours de HIIT tous les mardis à 19h à Lausanne-Flon. Réserve ta place dans l'app.

Ton équipe Let's Move""",
  date="2026-04-28 12:00", tz="CEST", fmt="html", hdrs=LIST)

m(OTHER, "german_course_de", "de", ("Sprachschule Romandie", "kurse@sprachschule-romandie.example.ch"),
  "Ihr Deutschkurs B2 - Einstufungstest",
  """Guten Tag Herr Keller-Baptiste

Vielen Dank für Ihre Anmeldung zum Deutschkurs B2 (abends). Bitte absolvieren Sie vor Kursbeginn den Online-Einstufungstest: https://sprachschule.example.ch/test

Der Kurs beginnt am 2. März 2026 um 18.30 Uhr.

Freundliche Grüsse
Sprachschule Romandie""",
  date="2026-02-19 10:00", cs="iso-8859-1", cte="qp")

m(OTHER, "alumni_event_en", "en", ("Alumni Association", "alumni@ehl-alumni-network.example.ch"),
  "Alumni mixer in Geneva - 18 June",
  """Dear Mathis,

Join fellow alumni for our summer mixer at the Bains des Pâquis on 18 June from 18:30. Guest speaker: a GM sharing career lessons, including the interviews she failed early on.

Register: https://alumni.example.ch/events/geneva-mixer

See you there!
The Alumni Team""",
  date="2026-05-25 09:00", tz="CEST", fmt="html", hdrs={**LIST, "List-Id": "<geneva.alumni.example.ch>"})

m(OTHER, "netflix_fr", "fr", ("Netflix", "info@mailer.netflix.example.com"),
  "Nouveau sur Netflix : L'Entretien",
  """Mathis, cette semaine :

L'Entretien - un thriller haletant autour d'un entretien d'embauche qui tourne mal.
La saison 2 de Phare du Nord est disponible.

Regarder maintenant""",
  date="2026-06-12 19:00", tz="CEST", fmt="html", hdrs=LIST)

m(OTHER, "spotify_wrapped_es", "es", ("Spotify", "no-reply@spotify.example.com"),
  "Tu resumen de mitad de año ya está aquí",
  """Hola Mathis,

Has escuchado 12.340 minutos de música este semestre. Tu artista top: Rosalía.

Descubre tu resumen completo en la app.

Spotify""",
  date="2026-07-03 17:00", tz="CEST", fmt="html", hdrs=LIST)

m(OTHER, "airbnb_es_reservation", "es", ("Marta (anfitriona)", "marta.host@example.es"),
  "Re: Llegada a Barcelona",
  """Hola Mathis!

Perfecto, os espero el viernes sobre las 20h. Las llaves están en la caja del portal, el código es el que te pasé. Cualquier cosa me escribes.

Un saludo,
Marta""",
  date="2026-09-02 13:40", tz="CEST", reply=True, cte="8bit")

# --- the candidate's own mail, auto-replies, calendar --------------------------------------

m(OTHER, "own_sent_application_fr", "fr", ME, "Candidature - Revenue Manager",
  """Madame, Monsieur,

Je me permets de vous adresser ma candidature pour le poste de Revenue Manager publié sur jobup.ch. Fort de huit ans d'expérience dans l'hôtellerie et l'événementiel à Genève et Lausanne, je souhaite aujourd'hui mettre mes compétences au service de votre établissement.

Vous trouverez ci-joint mon CV et ma lettre de motivation.

Dans l'attente de votre retour, je vous prie d'agréer mes salutations distinguées.

Mathis Keller-Baptiste
+41 79 555 61 20""",
  to=("Hôtel du Rhône Collection", "jobs@hotelrhone-collection.example.ch"), date="2026-01-10 09:32",
  attach="CV_Keller-Baptiste.pdf")

m(OTHER, "own_sent_thankyou_en", "en", ME, "Thank you - Client Service Desk Associate",
  """Dear Nadia,

Thank you for taking the time to speak with me today. I enjoyed learning about the Client Service Desk and I am very motivated by the role.

Best regards,
Mathis""",
  to=("Nadia Favre", "nadia.favre@banqueprivee-rhone.example.ch"), date="2026-02-24 17:20")

m(OTHER, "own_sent_reschedule_fr", "fr", ME, "Re: Journée d'essai",
  """Bonjour Monsieur Lanza,

Merci pour votre message. Je suis désolé de ne pas avoir pu venir ce matin - j'ai eu un problème de train. Serait-il possible de reprogrammer la journée d'essai ?

Cordialement,
Mathis Keller-Baptiste

Le mer. 15 avr. 2026 à 09:10, Frédéric Lanza <f.lanza@negresco-azur.example.fr> a écrit :
> Monsieur,
> Nous vous attendions ce matin à 6h45 pour votre journée d'essai.""",
  to=("Frédéric Lanza", "f.lanza@negresco-azur.example.fr"), date="2026-04-15 10:05", tz="CEST", reply=True)

m(OTHER, "own_sent_decline_es", "es", ME, "Re: Propuesta de incorporación",
  """Hola Carmen,

Muchas gracias por la oferta. Tras pensarlo mucho, he decidido declinarla, ya que he aceptado otra propuesta en Suiza. Ha sido un placer conocer al equipo.

Un saludo,
Mathis""",
  to=("Carmen Ortiz", "carmen.ortiz@hotelmarbellamar.example.es"), date="2026-03-27 10:00", reply=True)

m(OTHER, "ooo_recruiter_fr", "fr", ("Thomas Girard", "thomas.girard@brandt-hirsch.example.ch"),
  "Réponse automatique : Documents",
  """Bonjour,

Je suis absent du bureau jusqu'au 24 août avec un accès limité à mes e-mails. Pour toute urgence, merci de contacter notre bureau au +41 21 555 70 40.

Cordialement,
Thomas Girard""",
  date="2026-08-10 08:00", tz="CEST", hdrs={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})

m(OTHER, "ooo_recruiter_de", "de", ("Jana Frei", "jana.frei@messeplatz-congress.example.ch"),
  "Automatische Antwort: Bewerbungsunterlagen",
  """Vielen Dank für Ihre Nachricht. Ich bin bis am 3. August in den Ferien und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an hr@messeplatz-congress.example.ch.

Freundliche Grüsse
Jana Frei""",
  date="2026-07-20 09:02", tz="CEST", hdrs={"Auto-Submitted": "auto-replied"})

m(OTHER, "ooo_recruiter_en", "en", ("Oliver Pembroke", "oliver@pembroke-search.example.co.uk"),
  "Automatic reply: CV update",
  """Thanks for your email. I'm out of the office until Monday 8 June with limited access to email. For anything urgent please call the office on +44 20 7946 0300.

Oliver""",
  date="2026-06-03 12:00", tz="BST", hdrs={"Auto-Submitted": "auto-replied"}, cte="7bit")

m(OTHER, "standup_calendar_en", "en", ("Google Calendar", "calendar-notification@google.example.com"),
  "Notification: Weekly standup - Volunteer team @ Mon 2 Mar 2026 09:00 - 09:15 (CET)",
  """Weekly standup - Volunteer team
When: Mon 2 Mar 2026 09:00 - 09:15 (CET)
Where: Google Meet
Organizer: coordination@festival-lavaux.example.ch

Invitation from Google Calendar. You are receiving this email because you are an attendee of the event.""",
  date="2026-03-02 08:50", fmt="alt")

m(OTHER, "volunteer_meeting_invite_fr", "fr", ("Coordination Festival Lavaux", "coordination@festival-lavaux.example.ch"),
  "Invitation : Réunion bénévoles accueil VIP",
  """Salut à toutes et tous,

Réunion de préparation de l'accueil VIP du festival jeudi 11 juin à 19h, salle communale de Cully. Invitation en pièce jointe.

À jeudi !
Julie, pour la coordination""",
  date="2026-06-01 20:00", tz="CEST", fmt="alt",
  ics={"summary": "Réunion bénévoles accueil VIP", "start": "2026-06-11 17:00", "minutes": "90",
       "location": "Salle communale, Cully"})

m(OTHER, "forwarded_article_fr", "fr", ("Papa", "jean.keller@example.fr"),
  "TR: Comment réussir un entretien d'embauche",
  """Tiens, je suis tombé là-dessus, ça peut peut-être t'aider. Bisous, Papa

-------- Message transféré --------
Sujet : Comment réussir un entretien d'embauche
De : Le Quotidien Romand <newsletter@quotidien-romand.example.ch>

Préparer ses réponses, se renseigner sur l'entreprise, relancer après l'entretien... Les conseils d'une recruteuse genevoise pour décrocher le poste et éviter le refus.""",
  date="2026-03-21 11:30", cte="8bit", cs="iso-8859-1")

m(OTHER, "press_interview_magazine_en", "en", ("Hannah Lindqvist", "hannah@hospitalitytimes-mag.example.com"),
  "Interview request - feature on events careers",
  """Hi Mathis,

I'm writing a feature for Hospitality Times on people moving from events into revenue management, and a mutual contact suggested you. Would you be open to a 20-minute interview by phone next week? Quotes would be attributed with your approval.

Best,
Hannah Lindqvist
Senior Writer, Hospitality Times""",
  date="2026-08-26 14:30", tz="CEST")

m(OTHER, "survey_candidate_experience_en", "en", ("Alpine Skyways Careers", "surveys@alpineskyways-survey.example.com"),
  "How was your candidate experience?",
  """Dear Mathis,

You recently went through our recruitment process. Please tell us about your experience in a 3-minute survey: https://survey.example.com/as/cx-2026

Your answers are anonymous.

Alpine Skyways""",
  date="2026-02-23 10:00", fmt="html", contact="")

m(OTHER, "monaco_rental_position_fr", "fr", ("Familles & Co", "info@famillesco.example.fr"),
  "Vos enfants partent en colonie : suivez leur position GPS",
  """Bonjour,

Cet été, suivez la position de vos enfants en temps réel grâce à notre bracelet GPS. -20% jusqu'au 30 juin avec le code ETE26.

Familles & Co""",
  date="2026-06-18 07:00", tz="CEST", fmt="html", hdrs=LIST)
