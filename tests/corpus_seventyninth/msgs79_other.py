"""Mail that is not about one of the candidate's applications, in the 79th corpus (data only)."""

from msgs79_base import m

X = "other"
ME = "Maëlle Kouassi-Berger <maelle.kb@example.be>"
BULK = {"Precedence": "bulk"}

MESSAGES = [
    m(X, "fr", "linkedin_alerte", "LinkedIn Job Alerts <jobalerts-noreply@linkedin.example.com>",
      "« affaires européennes » : 12 nouvelles offres à Bruxelles", "2026-01-12 06:30 +0100",
      """Vos offres d'emploi correspondant à « affaires européennes »

EU Affairs Officer - Fédération des Brasseurs Européens - Bruxelles - Il y a 1 jour
Policy Advisor Energy - Cabinet Delorme & Vries - Bruxelles (hybride) - Candidature simplifiée
Chargé·e de plaidoyer - Réseau Climat Belgique - Bruxelles - 14 candidats
Public Affairs Manager - Railink - Bruxelles

Voir toutes les offres : https://www.linkedin.example.com/jobs/alerts/8812

Vous recevez cette alerte car vous avez créé une alerte emploi. Se désabonner : https://www.linkedin.example.com/unsub/8812""",
      fmt="html", brand="LinkedIn", hdr={"List-Unsubscribe": "<https://www.linkedin.example.com/unsub/8812>", **BULK}),
    m(X, "en", "indeed_digest", "Indeed <alert@indeed.example.com>",
      "15 new grants manager jobs in Remote", "2026-02-06 05:12 +0000",
      """New jobs for "grants manager" in Remote

Grants Manager - Open Rivers Foundation - Remote (EU) - Easily apply
Senior Grants Officer - Kestrel Health Initiative - Remote - Responsive employer
Programme & Grants Lead - Civic Futures - Remote - EUR 55,000 - 65,000 a year

Tip: candidates who apply within 3 days are more likely to get an interview!

Unsubscribe from these alerts: https://www.indeed.example.com/alerts/unsub?id=e9a1""",
      fmt="html", brand="Indeed", hdr={"List-Unsubscribe": "<https://www.indeed.example.com/alerts/unsub?id=e9a1>", **BULK}),
    m(X, "de", "stepstone_jobagent", "StepStone Jobagent <jobagent@stepstone.example.de>",
      "6 neue Jobs für \"Referentin Public Affairs\"", "2026-03-10 07:02 +0100",
      """Hallo Maëlle,

Ihr Jobagent hat 6 neue Stellenangebote gefunden:

Referent*in Public Affairs - Deutscher Verkehrsverband - Berlin
Managerin EU-Regulierung - Nordlicht Netze - Hamburg
Referentin Nachhaltigkeit - Sparkasse Rheinhessen - Mainz

Jetzt ansehen: https://www.stepstone.example.de/jobagent/3310

Jobagent abbestellen: https://www.stepstone.example.de/abmelden""",
      fmt="html", brand="StepStone", cs="iso-8859-1", hdr={"List-Unsubscribe": "<https://www.stepstone.example.de/abmelden>"}),
    m(X, "fr", "apec_newsletter_refus", "APEC - Le mag <newsletter@apec.example.fr>",
      "Refus après entretien : comment rebondir ?", "2026-03-05 08:00 +0100",
      """La lettre des cadres - mars 2026

Refus après entretien : comment rebondir ?
« Nous avons le regret de vous informer que votre candidature n'a pas été retenue »... Recevoir un refus après un entretien est toujours difficile. Nos conseillers vous expliquent comment demander un retour et transformer l'échec en apprentissage.

Entretien manqué ou reporté : les bons réflexes
Vous avez raté un entretien ? Voici comment présenter vos excuses et décrocher un nouveau créneau.

Lire la lettre : https://www.apec.example.fr/mag/2026-03

Se désinscrire : https://www.apec.example.fr/desinscription""",
      fmt="html", brand="APEC", hdr={"List-Id": "La lettre des cadres <lettre.apec.example.fr>", "List-Unsubscribe": "<https://www.apec.example.fr/desinscription>", **BULK}),
    m(X, "en", "career_newsletter", "The Policy Jobs Letter <hello@policyjobsletter.example.com>",
      "\"We've decided to move forward with other candidates\" - what it really means", "2026-04-12 10:00 +0000",
      """Issue #87

This week: decoding rejection emails. When a recruiter writes "we've decided to pursue other candidates whose background more closely aligns", it usually means the shortlist was decided on one or two hard requirements.

Also: 9 interview questions for EU affairs roles, and why your thank-you note matters.

Featured jobs: Policy Officer (Brussels), Head of Advocacy (Remote), Grants Manager (Geneva)

Unsubscribe | View in browser""",
      fmt="alt", brand="The Policy Jobs Letter", hdr={"List-Id": "<weekly.policyjobsletter.example.com>", "List-Unsubscribe": "<mailto:unsubscribe@policyjobsletter.example.com>"}),
    m(X, "en", "inmail_cold_outreach", "Rachel Adeyemi via LinkedIn <inmail-hit-reply@linkedin.example.com>",
      "Exciting opportunities in Brussels public affairs", "2026-02-19 14:08 +0000",
      """Hi Maëlle,

I came across your profile and was really impressed by your experience across Brussels, Lyon and Montreal. I'm a specialist recruiter in EU public affairs and we're currently working with several trade associations and consultancies.

I'd love to keep you in mind for future roles - feel free to check out our current openings on our website or connect with me here.

Best,
Rachel Adeyemi
Capitol Talent Partners""",
      fmt="html", brand="LinkedIn"),
    m(X, "fr", "chasseur_prise_contact", "Bertrand Collignon <bcollignon@collignon-executive.example.be>",
      "Prise de contact", "2026-05-27 09:00 +0200",
      """Madame,

Je me permets de vous contacter suite à la lecture de votre profil. Notre cabinet accompagne régulièrement des fédérations professionnelles et des institutions publiques dans le recrutement de profils affaires publiques.

Si vous êtes à l'écoute du marché, je serais heureux de recevoir votre CV à jour afin de l'intégrer à notre vivier.

Bien à vous,
Bertrand Collignon
Collignon Executive Search""",
      ),
    m(X, "fr", "podcast_interview", "Julie Hendrickx <julie@podcast-eurobulle.example.be>",
      "Interview pour le podcast EuroBulle ?", "2026-04-15 13:20 +0200",
      """Bonjour Maëlle,

Je produis EuroBulle, un podcast sur les coulisses des institutions européennes. On prépare un épisode sur les carrières en affaires publiques et votre parcours Montréal-Lyon-Bruxelles nous a tapé dans l'œil.

Seriez-vous partante pour une interview d'environ 40 minutes, enregistrée à distance, fin avril ?

Merci et belle journée,
Julie Hendrickx
EuroBulle - le podcast""",
      ),
    m(X, "en", "press_interview", "Tom Baxter <tom.baxter@euroreporter.example.com>",
      "Interview request - city climate grants piece", "2026-06-11 11:40 +0200",
      """Hi Maëlle,

I'm writing a feature on how European cities access climate grants and a colleague suggested you'd be a great person to interview given your work in Lyon. Would you have 20 minutes for a phone interview this week? Happy to keep it on background if you prefer.

Thanks,
Tom Baxter
Senior Reporter, Euro Reporter""",
      ),
    m(X, "es", "radio_entrevista", "Radio Onda Europa <produccion@ondaeuropa.example.es>",
      "Entrevista en directo - programa 'Europa Hoy'", "2026-09-03 12:12 +0200",
      """Hola Maëlle:

Desde el programa Europa Hoy nos gustaría hacerte una breve entrevista en directo (10 minutos, por teléfono) el martes a las 19:15 sobre la participación ciudadana en los fondos europeos.

¿Te animas? Dinos un número de contacto.

Gracias,
Producción - Radio Onda Europa""",
      ),
    m(X, "en", "user_research", "Leo from Grantly <research@grantly.example.io>",
      "Can we interview you? (€50 voucher)", "2026-05-06 15:00 +0000",
      """Hi Maëlle,

We're improving Grantly, the grant-tracking tool you signed up for last year. Would you join a 30-minute user research interview over Zoom? We'll ask how you manage deadlines and reporting - no preparation needed.

Pick a slot: https://calendly.example.com/grantly-research/30
As a thank-you, you'll get a €50 voucher.

Leo
Product Research, Grantly""",
      fmt="alt", brand="Grantly"),
    m(X, "fr", "enquete_actiris", "Actiris <enquete@actiris.example.brussels>",
      "Votre avis sur notre accompagnement", "2026-06-29 10:00 +0200",
      """Bonjour,

Vous avez récemment bénéficié d'un accompagnement chez Actiris. Pourriez-vous prendre 5 minutes pour répondre à notre enquête de satisfaction ? Certains participants seront recontactés pour un court entretien qualitatif (facultatif).

Répondre à l'enquête : https://enquete.actiris.example.brussels/s/77k

Merci !
Actiris""",
      fmt="html", brand="Actiris", hdr=BULK),
    m(X, "fr", "amie_refus", "Inès Benali <ines.benali@example.fr>",
      "bon ben...", "2026-03-16 22:47 +0100",
      """Coucou ma belle,

Bon ben j'ai reçu la réponse de la Région ce soir... « nous avons le regret de vous informer que votre candidature n'a pas été retenue ». Après trois entretiens !! Je suis dégoûtée.

On se fait un apéro ce week-end pour que je puisse râler ? Et toi, des nouvelles de tes candidatures ?

Bisous
Inès""",
      ),
    m(X, "en", "order_delayed", "Shopzilla <shipment-tracking@shopzilla.example.com>",
      "Unfortunately, your order is delayed", "2026-02-20 18:02 +0000",
      """Hello Maëlle,

Unfortunately, your order #402-1188934 (Ergonomic laptop stand) is delayed. We now expect to deliver it between Tue 24 Feb and Thu 26 Feb.

We're sorry for the inconvenience. You don't need to do anything - we'll let you know when it's on its way.

Track your package: https://www.shopzilla.example.com/track/402-1188934""",
      fmt="html", brand="Shopzilla"),
    m(X, "fr", "colissimo_retard", "Colissimo <ne-pas-repondre@colissimo.example.fr>",
      "Votre colis a du retard", "2026-05-15 09:15 +0200",
      """Bonjour,

Votre colis 6A20112233445 n'a malheureusement pas pu être livré à la date prévue en raison d'un incident d'acheminement. Une nouvelle date de livraison vous sera communiquée prochainement.

Nous vous prions de nous excuser pour la gêne occasionnée.

Colissimo""",
      fmt="html", brand="Colissimo", cs="iso-8859-1"),
    m(X, "en", "gps_position", "TrackMate <alerts@trackmate.example.com>",
      "Position update: Bike tracker left safe zone", "2026-07-09 23:14 +0200",
      """Your device "Vélo Maëlle" has left the safe zone "Home - Ixelles".

Last known position: 50.8273 N, 4.3719 E (Chaussée de Boondael)
Time: 23:12 CEST
Battery: 64%

Open the map: https://app.trackmate.example.com/devices/bk-2291""",
      ),
    m(X, "fr", "banque_pret", "Belvia Banque <ne-pas-repondre@belvia.example.be>",
      "Votre demande de prêt a bien été reçue", "2026-04-03 11:11 +0200",
      """Chère cliente, cher client,

Nous avons bien reçu votre demande de prêt à tempérament (référence PT-2026-55812). Votre demande est en cours d'analyse ; vous recevrez une réponse dans un délai de 5 jours ouvrables.

Votre conseiller reste à votre disposition via Belvia Mobile.

Belvia Banque SA - Boulevard Pachéco 44, 1000 Bruxelles""",
      fmt="html", brand="Belvia", cs="windows-1252"),
    m(X, "en", "credit_card_application", "Northstar Card Services <noreply@northstarcard.example.com>",
      "We've received your credit card application", "2026-08-12 16:20 +0000",
      """Hi Maëlle,

Thank you for applying for the Northstar Travel Rewards card. We've received your application and we're reviewing it now. Most decisions are made within 7-10 business days.

Application reference: NS-7730192

Northstar Card Services""",
      fmt="alt", brand="Northstar"),
    m(X, "fr", "location_refusee", "Agence Immo Flagey <location@immoflagey.example.be>",
      "Votre candidature pour l'appartement rue du Belvédère", "2026-05-29 17:30 +0200",
      """Bonjour Madame,

Nous vous remercions pour l'intérêt porté à l'appartement 2 chambres situé rue du Belvédère 12.

Malheureusement, le propriétaire a retenu un autre dossier. Nous ne pouvons donc pas donner suite à votre candidature locative.

N'hésitez pas à consulter nos autres biens sur notre site.

Agence Immo Flagey""",
      ),
    m(X, "fr", "universite_admission", "Service des admissions <admissions@ulyon-europe.example.fr>",
      "Décision d'admission - Master 2 Affaires européennes (formation continue)", "2026-06-19 14:00 +0200",
      """Madame,

Après examen de votre dossier par la commission pédagogique, nous avons le regret de vous informer que votre candidature au Master 2 Affaires européennes (formation continue) n'a pas été retenue pour la rentrée 2026.

La commission a reçu un nombre très important de candidatures pour un nombre limité de places.

Le service des admissions
Université Lyon Europe""",
      fmt="alt", brand="Université Lyon Europe"),
    m(X, "fr", "propre_mail_relance", ME,
      "Relance - candidature Chargée de mission Europe", "2026-03-31 09:05 +0200",
      """Madame Fontanel,

Je me permets de revenir vers vous concernant ma candidature au poste de chargée de mission coopération décentralisée, transmise le 10 mars. Je reste très motivée par ce poste et disponible pour un entretien.

Dans l'attente de votre retour, je vous prie d'agréer mes salutations distinguées.

Maëlle Kouassi-Berger
+32 470 12 34 56""",
      to="Claire Fontanel <c.fontanel@departement-ain.example.fr>"),
    m(X, "en", "propre_thank_you", ME,
      "Thank you - Sustainability Programme Manager interview", "2026-03-27 18:40 +0100",
      """Dear Ingrid,

Thank you for organising today's panel interview. I really enjoyed the discussion with the team, especially the question on Scope 3 reporting for shipping.

Please pass my thanks on to the panel. I look forward to hearing about the next steps.

Best regards,
Maëlle

On Fri, 13 Mar 2026 at 14:02, Ingrid Solberg <ingrid.solberg@halvorsen-maritime.example.no> wrote:
> Unfortunately our Head of ESG has been called to Oslo next week, so we will have to postpone your panel interview""",
      to="Ingrid Solberg <ingrid.solberg@halvorsen-maritime.example.no>", thread=["halvorsen-maritime.example.no"]),
    m(X, "fr", "propre_decline", ME,
      "Re: Offre - Coordinadora de subvenciones", "2026-04-27 20:02 +0200",
      """Chère Carmen,

Mil gracias pour cette belle offre. Après réflexion, j'ai décidé de poursuivre un autre projet à Bruxelles et je dois donc décliner, avec regret.

J'ai beaucoup apprécié nos échanges et j'espère que nos chemins se recroiseront.

Un abrazo,
Maëlle""",
      to="Carmen Ruiz <carmen.ruiz@redcooperacion.example.org>", thread=["redcooperacion.example.org"]),
    m(X, "fr", "absence_recruteur", "Véronique Hallet <v.hallet@hallet-conseil.example.lu>",
      "Réponse automatique : Re: Bien reçu", "2026-09-14 08:01 +0200",
      """Bonjour,

Je suis absente du bureau jusqu'au 21 septembre inclus, avec un accès limité à mes e-mails. Pour toute urgence, vous pouvez contacter le secrétariat au +352 26 48 11 00.

Bien cordialement,
Véronique Hallet
Hallet Conseil""",
      hdr={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}, thread=["example.be"]),
    m(X, "de", "abwesenheit", "Jonas Weidner <weidner@bundesverband-kreislauf.example.de>",
      "Automatische Antwort: Bewerbung Referentin EU-Politik", "2026-05-25 11:00 +0200",
      """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 1. Juni nicht im Büro. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an info@bundesverband-kreislauf.example.de.

Mit freundlichen Grüßen
Jonas Weidner""",
      hdr={"Auto-Submitted": "auto-replied"}, cs="iso-8859-1", cte="qp"),
    m(X, "en", "standup_calendar", "Google Calendar <calendar-notification@google.example.com>",
      "Invitation: Comms team daily stand-up @ Weekdays 9:15am - 9:30am (CET)", "2026-03-01 19:00 +0100",
      """You have been invited to the following event.

Comms team daily stand-up
When: Weekdays 9:15am - 9:30am Central European Time
Calendar: maelle.kb@example.be
Who: Mathilde Renson (organiser), comms-team@mutualite-namur.example.be

Going? Yes - Maybe - No

Invitation from Google Calendar""",
      ics={"summary": "Comms team daily stand-up", "start": "2026-03-02 08:15", "minutes": 15, "location": "Salle 2.04"}),
    m(X, "fr", "spf_finances_tow", "SPF Finances <noreply@minfin.example.be>",
      "Votre déclaration d'impôt 2026 est disponible dans MyMinfin", "2026-05-12 08:00 +0200",
      """Madame, Monsieur,

Votre déclaration d'impôt à l'impôt des personnes physiques - exercice d'imposition 2026 - est disponible dans MyMinfin (Tax-on-web). Date limite de dépôt : 15 juillet 2026.

SPF Finances""",
      fmt="html", brand="SPF Finances"),
    m(X, "fr", "sncb_billet", "SNCB <noreply@sncb.example.be>",
      "Votre billet Bruxelles-Midi - Liège-Guillemins", "2026-04-27 07:12 +0200",
      """Merci pour votre achat.

Billet Standard 2e classe
Bruxelles-Midi → Liège-Guillemins
Mardi 28/04/2026 - valable toute la journée
Prix : 17,20 €

Présentez le QR-code lors du contrôle.

SNCB""",
      fmt="html", brand="SNCB"),
    m(X, "fr", "sncf_retard", "SNCF Voyageurs <ne-pas-repondre@sncf.example.fr>",
      "Votre TGV 6612 est annoncé en retard", "2026-08-30 16:44 +0200",
      """Bonjour,

Nous vous informons que votre train TGV INOUI 6612 Lyon Part-Dieu → Paris Gare de Lyon du 30/08 est annoncé avec un retard d'environ 45 minutes suite à un incident technique.

Vous pourrez demander une compensation G30 à l'issue de votre voyage.

SNCF Voyageurs""",
      fmt="alt", brand="SNCF"),
    m(X, "fr", "facture_energie", "Lumen Énergie <factures@lumen-energie.example.be>",
      "Votre facture de régularisation est disponible", "2026-02-03 10:30 +0100",
      """Bonjour Maëlle,

Votre facture de régularisation annuelle (électricité + gaz) est disponible dans votre espace client. Montant à payer : 214,37 € avant le 20/02/2026.

Lumen Énergie""",
      fmt="html", brand="Lumen Énergie"),
    m(X, "fr", "hydro_facture", "Hydro-Boréal <service-client@hydroboreal.example.ca>",
      "Votre facture est prête", "2026-01-22 06:00 -0500",
      """Bonjour,

Votre facture d'électricité pour la période du 17 novembre au 18 janvier est maintenant disponible. Montant : 143,88 $. Date d'échéance : 12 février 2026.

Ceci est votre dernière facture pour l'adresse du 4520, avenue Papineau (fermeture de compte).

Hydro-Boréal""",
      fmt="html", brand="Hydro-Boréal"),
    m(X, "fr", "mutuelle_remboursement", "Mutualité Libre Horizon <info@mut-horizon.example.be>",
      "Un remboursement a été effectué", "2026-06-08 09:20 +0200",
      """Bonjour Madame Kouassi-Berger,

Nous avons effectué un remboursement de 38,50 € sur votre compte BE71 **** **** 7733 (consultation du 02/06/2026).

Consultez le détail dans votre espace membre.

Mutualité Libre Horizon""",
      fmt="alt", brand="Mutualité Libre Horizon"),
    m(X, "fr", "proprio_loyer", "Didier Vanhoutte <didier.vanhoutte@example.be>",
      "loyer juillet", "2026-07-03 20:15 +0200",
      """Bonsoir Maëlle,

Petit rappel, je n'ai pas encore vu passer le loyer de juillet. Pas de souci si c'est en route, dites-moi juste.

Aussi, le plombier passera jeudi matin pour la chaudière.

Bonne soirée,
D. Vanhoutte""",
      ),
    m(X, "fr", "desjardins_releve", "Caisse Populaire Laurentides <avis@caisse-laurentides.example.ca>",
      "Votre relevé de compte de septembre", "2026-10-02 05:00 -0400",
      """Bonjour,

Votre relevé de compte du mois de septembre est disponible dans AccèsD. Pour le consulter, connectez-vous à votre espace.

Caisse Populaire Laurentides""",
      fmt="html", brand="Caisse Populaire Laurentides"),
    m(X, "fr", "assurance_auto", "AssurMeuse <contrats@assurmeuse.example.be>",
      "Échéance de votre contrat auto", "2026-09-18 12:00 +0200",
      """Madame,

Votre contrat d'assurance auto n° AU-441902 arrive à échéance le 1er novembre 2026. La prime annuelle s'élève à 612,40 €.

Pour toute question, votre courtier M. Lambert reste à votre disposition.

AssurMeuse""",
      cs="windows-1252", cte="qp"),
    m(X, "fr", "bpost_livraison", "bpost <noreply@bpost.example.be>",
      "Votre colis arrive aujourd'hui", "2026-03-25 07:40 +0100",
      """Bonne nouvelle ! Votre colis de Shopzilla sera livré aujourd'hui entre 11:15 et 13:15.

Pas à la maison ? Choisissez un point bpost : https://track.bpost.example.be/btr/web/#/search?itemCode=3232""",
      fmt="html", brand="bpost"),
    m(X, "en", "airline_checkin", "Sabena Air <no-reply@sabena-air.example.com>",
      "Check-in is now open for your flight to Montréal", "2026-08-20 10:00 +0200",
      """Hi Maëlle,

Check-in is open for flight SA 551 Brussels (BRU) → Montréal (YUL), Friday 21 August, departure 10:40.

Booking reference: K7QX2P

Check in now: https://www.sabena-air.example.com/checkin""",
      fmt="html", brand="Sabena Air"),
    m(X, "fr", "telecom_facture", "Proxilink <facturation@proxilink.example.be>",
      "Votre facture Proxilink de mars", "2026-03-06 04:00 +0100",
      """Bonjour Maëlle,

Votre facture de mars (Internet + Mobile) d'un montant de 62,99 € sera domiciliée le 20/03.

Proxilink""",
      fmt="html", brand="Proxilink"),
    m(X, "es", "clase_cancelada", "Academia Lorca Bruselas <secretaria@academialorca.example.be>",
      "Clase del jueves cancelada", "2026-02-25 13:00 +0100",
      """Hola Maëlle:

Te escribimos para avisarte de que la clase de español B2 de este jueves 26 queda cancelada por enfermedad de la profesora. La recuperaremos el sábado 7 de marzo a las 10:00.

Perdona las molestias.

Secretaría - Academia Lorca Bruselas""",
      ),
    m(X, "es", "gimnasio_cuota", "FitZona <socios@fitzona.example.es>",
      "Tu cuota de octubre", "2026-10-01 08:00 +0200",
      """Hola Maëlle,

Te recordamos que el próximo 5 de octubre se cargará tu cuota mensual de 39,90 €. Si quieres congelar tu abono durante tu estancia fuera, hazlo desde la app.

¡Nos vemos en el gimnasio!
FitZona""",
      fmt="html", brand="FitZona"),
    m(X, "fr", "alumni_newsletter", "Réseau Alumni IEP <alumni@alumni-iep.example.fr>",
      "La lettre des alumni - avril 2026 : carrières européennes", "2026-04-09 18:00 +0200",
      """Chères et chers alumni,

Au sommaire ce mois-ci : portrait de trois diplômées passées par les concours EPSO, un atelier « réussir son entretien avec un jury » le 22 avril, et nos offres d'emploi réservées au réseau.

Retrouvez aussi le témoignage de Karim (promo 2014) : « Mon premier refus après l'oral m'a appris plus que mes trois réussites. »

Se désabonner : https://alumni-iep.example.fr/unsubscribe""",
      fmt="html", brand="Réseau Alumni", hdr={"List-Id": "<lettre.alumni-iep.example.fr>", "List-Unsubscribe": "<https://alumni-iep.example.fr/unsubscribe>"}),
    m(X, "en", "streaming_service", "Streamflix <info@mailer.streamflix.example.com>",
      "Maëlle, your payment didn't go through", "2026-06-01 03:30 +0000",
      """Hi Maëlle,

We couldn't process your payment for this month. Please update your payment details to keep watching.

Update account: https://www.streamflix.example.com/account

The Streamflix team""",
      fmt="html", brand="Streamflix"),
    m(X, "es", "musica_resumen", "Sonora <no-reply@sonora.example.com>",
      "Tu resumen musical del verano ☀️", "2026-09-05 12:00 +0000",
      """Hola Maëlle,

Este verano escuchaste 212 horas de música. Tu artista más escuchada: Angèle. Tu podcast favorito: "Entrevistas que cambian carreras".

Descubre tu resumen completo en la app.

Sonora""",
      fmt="html", brand="Sonora", hdr={"List-Unsubscribe": "<https://sonora.example.com/unsub>"}),
    m(X, "fr", "actiris_atelier", "Actiris <ateliers@actiris.example.brussels>",
      "Atelier : préparer son entretien d'embauche - places disponibles", "2026-01-28 10:00 +0100",
      """Bonjour,

Il reste des places pour l'atelier collectif « Préparer son entretien d'embauche » le mardi 10 février de 9h30 à 12h30 (Boulevard Anspach 65, Bruxelles). Au programme : se présenter en 2 minutes, répondre aux questions difficiles, gérer un refus.

Inscription gratuite : https://www.actiris.example.brussels/ateliers

Actiris - Service Emploi""",
      fmt="alt", brand="Actiris", hdr=BULK),
    m(X, "en", "epso_newsletter", "EU Careers <eu-careers-newsletter@epso.example.eu>",
      "EU Careers newsletter: new competitions and traineeships", "2026-07-01 09:00 +0200",
      """EU Careers - July 2026

New competitions open: Administrators in EU policy making (AD5), Assistants in finance (AST3).
Blue Book traineeships: applications for the March 2027 session open on 20 July.
Tips: how the assessment centre works, and what to do if you missed a test session.

Manage your subscription: https://eu-careers.example.eu/newsletter""",
      fmt="html", brand="EU Careers", hdr={"List-Id": "<eucareers.newsletter.epso.example.eu>", **BULK}),
    m(X, "fr", "ami_transfert_offre", "Thomas Lejeune <thomas.lejeune@example.com>",
      "Fwd: Offre chargé(e) de mission Europe - ça pourrait te plaire", "2026-08-06 12:30 +0200",
      """Hello Maëlle, j'ai vu passer ça dans notre intranet, ça a l'air taillé pour toi ! Je connais un peu la cheffe de service, je peux glisser un mot si tu postules.

Thomas

---------- Forwarded message ---------
De : Communication interne <comm@intercommunale-hainaut.example.be>
Date: mer. 5 août 2026 à 16:00
Subject: Offre chargé(e) de mission Europe
To: tous@intercommunale-hainaut.example.be

L'intercommunale recrute un(e) chargé(e) de mission Europe (CDI). Candidatures jusqu'au 31 août.""",
      ),
    m(X, "fr", "guichet_emplois_alerte", "Guichet-Emplois <alertes@guichet-emplois.example.ca>",
      "Nouvelles offres correspondant à votre alerte « analyste politiques »", "2026-09-20 06:00 -0400",
      """Alerte emploi - 4 nouvelles offres

Analyste des politiques - Ottawa (ON) - Affaires mondiales
Agente de projets internationaux - Québec (QC) - OBNL
Conseillère en relations gouvernementales - Montréal (QC)

Gérer mes alertes : https://www.guichet-emplois.example.ca/alertes""",
      fmt="html", brand="Guichet-Emplois", hdr={"List-Unsubscribe": "<https://www.guichet-emplois.example.ca/alertes>"}),
    m(X, "es", "infojobs_alerta", "InfoEmpleo <alertas@infoempleo.example.es>",
      "8 ofertas nuevas de 'asuntos públicos' en Madrid", "2026-05-18 07:30 +0200",
      """Hola Maëlle, tenemos nuevas ofertas para ti:

Responsable de Asuntos Públicos - Energía Verde Iberia - Madrid
Técnico/a de Proyectos Europeos - Ayuntamiento de Villanueva - Madrid
Consultor/a Senior Fondos Next Generation - Madrid

Ver ofertas: https://www.infoempleo.example.es/alertas/55""",
      fmt="html", brand="InfoEmpleo", hdr={"List-Unsubscribe": "<https://www.infoempleo.example.es/baja>"}),
    m(X, "de", "xing_newsletter", "Karriere-Insider <newsletter@karriere-insider.example.de>",
      "Absage nach dem Vorstellungsgespräch? So reagieren Sie richtig", "2026-06-06 08:00 +0200",
      """Karriere-Insider Newsletter 23/2026

Absage nach dem Vorstellungsgespräch? So reagieren Sie richtig
"Leider müssen wir Ihnen mitteilen..." - eine Absage tut weh. Unsere Expertin erklärt, warum Sie trotzdem um Feedback bitten sollten.

Außerdem: Die 10 häufigsten Fragen im Vorstellungsgespräch.

Newsletter abbestellen: https://karriere-insider.example.de/abmelden""",
      fmt="html", brand="Karriere-Insider", hdr={"List-Id": "<news.karriere-insider.example.de>", "List-Unsubscribe": "<https://karriere-insider.example.de/abmelden>"}),
    m(X, "de", "paket_verspaetet", "PaketBlitz <service@paketblitz.example.de>",
      "Ihre Sendung verzögert sich", "2026-07-17 14:00 +0200",
      """Guten Tag,

leider verzögert sich die Zustellung Ihrer Sendung 00340434161234567890. Neuer voraussichtlicher Zustelltag: Montag, 20.07.2026.

Wir bitten um Ihr Verständnis.
Ihr PaketBlitz-Team""",
      fmt="html", brand="PaketBlitz", cs="iso-8859-1"),
    m(X, "de", "bahn_position", "Deutsche Fernbahn <reiseinfo@fernbahn.example.de>",
      "Reiseinformation: Ihr ICE 15 Berlin - Brüssel", "2026-06-15 06:30 +0200",
      """Guten Morgen,

Ihr ICE 15 nach Brüssel-Süd fährt heute in umgekehrter Wagenreihung. Ihr reservierter Platz (Wagen 23, Platz 55) befindet sich in Position Abschnitt A.

Gute Reise!
Deutsche Fernbahn""",
      ),
    m(X, "fr", "jobat_newsletter", "Jobat <newsletter@jobat.example.be>",
      "Ces 5 phrases à ne jamais dire en entretien", "2026-02-24 12:00 +0100",
      """Jobat - votre newsletter carrière

Ces 5 phrases à ne jamais dire en entretien
Salaires 2026 : combien gagne un policy officer à Bruxelles ?
« Ma candidature n'a pas été retenue » : 3 façons de demander un feedback

+ 340 nouvelles offres cette semaine

Se désinscrire""",
      fmt="html", brand="Jobat", hdr={"List-Id": "<newsletter.jobat.example.be>", "List-Unsubscribe": "<mailto:unsub@jobat.example.be>"}),
]
