"""Everything that is not job mail about her own application: digests, newsletters, parcels,
banks, landlords, friends, courses, press and research interviews, out-of-office replies and
Awa's own sent mail."""

from __future__ import annotations

from msgs348_common import ME, list_headers, m, paras, shell

CAMILLE = ("Camille Roussel", "camille.roussel@example.fr")
INES = ("Inés Carvajal", "ines.carvajal@example.es")

FRIEND_INVITE = m(
    "other", "fr", "camille_invitation_originale", "2026-03-25 09:10 +0100",
    ("Sophie Garnier", "s.garnier@hotel-vieux-port.example.fr"),
    "Convocation à un entretien – Réceptionniste de nuit",
    """Bonjour Madame Roussel,

Suite à votre candidature, nous avons le plaisir de vous convier à un entretien le lundi
30 mars à 15h à l'Hôtel du Vieux Port, 4 quai de la Fraternité, Marseille.

Merci de confirmer votre venue.

Sophie Garnier
Directrice d'hébergement""",
    to=CAMILLE)

MESSAGES = [
    # ================================================================ fr
    m("other", "fr", "jobs_evenementiel_alerte", "2026-02-02 07:00 +0100",
      ("Jobs Événementiel", "alertes@jobs-evenementiel.example.fr"),
      "12 nouvelles offres pour « chargé de projet événementiel » – Hauts-de-France",
      """Vos nouvelles offres du jour

• Chargé(e) de projet événementiel – Agence Nordéa, Lille – CDI
• Hôte(sse) d'accueil salons – Grand Palais Lille – Intérim
• Assistant(e) événementiel – Lens – CDD 6 mois
• Coordinateur(trice) séminaires – hôtel 4*, Arras

Conseil de la semaine : un refus n'est jamais définitif ! Malheureusement, 7 candidats sur 10
abandonnent après le premier « non ». Préparez votre prochain entretien avec notre guide.

Vous recevez cet e-mail car vous avez créé une alerte. Se désabonner :
https://www.jobs-evenementiel.example.fr/alertes/stop?u=88213""",
      hdr=list_headers("Alertes emploi <alertes.jobs-evenementiel.example.fr>",
                       "https://www.jobs-evenementiel.example.fr/alertes/stop?u=88213"),
      fe="utf-8:B"),
    m("other", "fr", "lettre_evenementiel_newsletter", "2026-03-10 08:30 +0100",
      ("La Lettre de l'Événementiel", "newsletter@lettre-evenementiel.example.fr"),
      "Reconversion : « Mon premier entretien m'a appris à encaisser un refus »",
      None,
      html=shell(paras(
          "<b>Dans ce numéro</b>",
          "Témoignage – Une ancienne réceptionniste raconte sa reconversion : refus, entretiens "
          "ratés, puis un poste de cheffe de projet congrès.",
          "Dossier – Les 10 questions que l'on vous posera en entretien d'embauche dans "
          "l'événementiel.",
          "Agenda – Salon Heavent Paris, Rencontres du tourisme d'affaires à Lille.",
          '<a href="https://lettre-evenementiel.example.fr/desinscription">Se désinscrire</a>'),
          brand="#ff006e"),
      hdr=list_headers("<lettre.lettre-evenementiel.example.fr>",
                       "mailto:desinscription@lettre-evenementiel.example.fr"),
      se="iso-8859-1:Q", cte="base64"),
    m("other", "fr", "coliexpress_retard", "2026-04-09 13:14 +0200",
      ("ColiExpress", "suivi@coliexpress.example.fr"),
      "Malheureusement, votre colis est retardé",
      """Bonjour,

Malheureusement, votre colis n° CX 4471 2290 18FR a pris du retard en raison d'un incident
sur notre plateforme de tri de Lesquin. Nous vous prions de nous excuser.

Nouvelle date de livraison estimée : samedi 11 avril.

Suivre mon colis : https://www.coliexpress.example.fr/suivi/CX4471229018FR

ColiExpress – Ce message est envoyé automatiquement.""",
      hdr={"Auto-Submitted": "auto-generated"}),
    m("other", "fr", "banque_position_compte", "2026-05-02 06:12 +0200",
      ("Banque du Nord en ligne", "ne-pas-repondre@banquedunord.example.fr"),
      "Votre position de compte au 1er mai",
      """Madame Diallo-Fournier,

La position de votre compte courant n° ****4421 au 01/05/2026 est de 1 284,56 € créditeurs.

Vos derniers mouvements :
30/04 VIR SALAIRE HOTEL BEFFROI ... sinon rien de nouveau
29/04 CB SNCF VOYAGEURS            -48,00 €

Pour consulter le détail, connectez-vous à votre espace client.

Banque du Nord – service en ligne""",
      cs="windows-1252", cte="quoted-printable", fe="windows-1252:Q"),
    m("other", "fr", "proprietaire_visite", "2026-06-22 19:45 +0200",
      ("Gérard Vanhoutte", "gerard.vanhoutte@example.fr"),
      "Visite de l'appartement rue Solférino",
      """Bonjour Madame,

Comme convenu, je vous confirme la visite de l'appartement du 3e étage, 118 rue Solférino,
samedi à 10h30. Le bail actuel se termine fin septembre, l'appartement sera libre au
1er octobre.

Pensez à apporter vos trois derniers bulletins de salaire et votre avis d'imposition.

Cordialement,
G. Vanhoutte""",
      cte="8bit"),
    m("other", "fr", "rdvsante_dentiste", "2026-03-30 18:00 +0200",
      ("RdvSanté", "no-reply@rdvsante.example.fr"),
      "Rappel : rendez-vous demain avec le Dr Meriem Amrani",
      """Bonjour Awa,

Nous vous rappelons votre rendez-vous :
Mardi 31 mars 2026 à 08:45
Dr Meriem Amrani – Chirurgien-dentiste
25 rue Nationale, 59000 Lille

En cas d'empêchement, merci d'annuler au moins 24h à l'avance depuis votre compte.

L'équipe RdvSanté""",
      html=shell(paras(
          "Bonjour Awa,",
          "Nous vous rappelons votre rendez-vous :<br><b>Mardi 31 mars 2026 à 08:45</b><br>"
          "Dr Meriem Amrani – Chirurgien-dentiste<br>25 rue Nationale, 59000 Lille",
          "En cas d'empêchement, merci d'annuler au moins 24h à l'avance depuis votre compte.",
          "L'équipe RdvSanté"), brand="#0596de")),
    m("other", "fr", "camille_son_refus", "2026-04-18 22:31 +0200", CAMILLE,
      "bon ben c'est non...",
      """Coucou ma belle,

Je viens de recevoir la réponse de l'Hôtel du Vieux Port : « nous avons le regret de vous
informer que votre candidature n'a pas été retenue ». Après deux entretiens ! Je suis dégoûtée.

Bref, on se fait un apéro cette semaine pour que je pleure dans mon verre ? Et toi, des
nouvelles du salon Habitat & Déco ?

Bisous,
Camille""",
      fe="iso-8859-1:B"),
    m("other", "fr", "camille_transfert_invitation", "2026-03-25 12:47 +0100", CAMILLE,
      "Fwd: Convocation à un entretien – Réceptionniste de nuit",
      """Regarde ce que je viens de recevoir !!! Mon premier entretien à Marseille. Tu peux
relire ma lettre de motivation ce soir ?

Camille""",
      fwd=FRIEND_INVITE),
    m("other", "fr", "licence_pro_refus", "2026-06-26 10:00 +0200",
      ("Scolarité IUT Lille", "scolarite-lp@iut-lille.example.fr"),
      "Admission Licence pro Métiers de l'événementiel – décision",
      """Madame,

Nous avons le regret de vous informer que votre candidature à la Licence professionnelle
Métiers de l'événementiel (parcours alternance) n'a pas été retenue par la commission
pédagogique. Vous êtes placée en position 14 sur la liste complémentaire.

En cas de désistement, vous serez contactée par le secrétariat.

Le service scolarité""",
      cs="windows-1252", cte="quoted-printable"),
    m("other", "fr", "radio_beffroi_interview", "2026-05-19 14:40 +0200",
      ("Lucas Delattre – Radio Beffroi", "lucas.delattre@radiobeffroi.example.fr"),
      "Interview pour l'émission « Les métiers de l'ombre »",
      """Bonjour Awa,

Je prépare pour Radio Beffroi une émission sur les métiers de l'ombre de l'hôtellerie lilloise
et votre directrice m'a donné votre contact. Accepteriez-vous une interview d'une quinzaine de
minutes sur votre métier de réceptionniste ? L'enregistrement aurait lieu dans nos studios
le 28 mai.

Merci d'avance !
Lucas Delattre
Journaliste – Radio Beffroi 94.7"""),
    m("other", "fr", "sejourapp_entretien_utilisateur", "2026-07-02 11:00 +0200",
      ("Équipe Recherche Séjourly", "research@sejourly.example.fr"),
      "Participez à un entretien utilisateur (30 min, bon d'achat de 30 €)",
      """Bonjour Awa,

Vous utilisez Séjourly pour vos réservations : nous aimerions recueillir votre avis ! Notre
équipe produit mène des entretiens utilisateurs de 30 minutes en visio la semaine du 13
juillet.

En remerciement, vous recevrez un bon d'achat de 30 €. Réservez votre créneau ici :
https://sejourly.example.fr/recherche/creneaux

L'équipe Recherche utilisateur de Séjourly""",
      hdr={"Precedence": "bulk"}, fe="utf-8:Q"),
    m("other", "fr", "awa_candidature_lgc", "2026-08-03 21:52 +0200", ME,
      "Candidature – Chargée de projets événementiels",
      """Madame, Monsieur,

Réceptionniste depuis dix ans dans l'hôtellerie lilloise, dont six ans à l'Hôtel du Beffroi
où je coordonne l'accueil des groupes et séminaires, je souhaite aujourd'hui mettre cette
expérience au service de l'organisation d'événements. Je vous adresse ma candidature au poste
de Chargée de projets événementiels.

Vous trouverez ci-joint mon CV. Je serais ravie de vous présenter mon parcours lors d'un
entretien.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Awa Diallo-Fournier
06 12 48 90 33""",
      to=("Recrutement Lille Grand Congrès", "recrutement@lillegrandcongres.example.fr"),
      thread="lgc_app",
      pdf=[("CV_Awa_Diallo-Fournier.pdf", [
          "Awa Diallo-Fournier - Lille - awa.diallo@example.fr",
          "Receptionniste, Hotel du Beffroi, Lille (2020-2026)",
          "Receptionniste, Hotel Carnot, Lille (2016-2020)",
          "Langues : francais, anglais, espagnol, allemand (B1)"])]),
    m("other", "fr", "awa_candidature_musee", "2026-01-14 20:05 +0100", ME,
      "Candidature spontanée – événements et privatisations",
      """Bonjour,

Passionnée par les lieux culturels, je me permets de vous adresser ma candidature spontanée
pour un poste lié aux événements et privatisations du Musée du Textile de Tourcoing. Mon
expérience de l'accueil de groupes internationaux pourrait être utile lors de vos soirées
privées.

Bien cordialement,
Awa Diallo-Fournier""",
      to=("Musée du Textile de Tourcoing", "contact@musee-textile-tourcoing.example.fr"),
      cs="iso-8859-1", cte="8bit"),
    m("other", "fr", "awa_demande_report_parisrive", "2026-02-06 07:40 +0100", ME,
      "Demande de report – entretien Assistante chef de projet congrès",
      """Bonjour Monsieur Roussel,

J'ai réservé un créneau jeudi 12 février, mais mon planning à l'hôtel vient de changer. Serait-il
possible de décaler notre échange à la semaine suivante, idéalement en fin de journée ?

Avec mes excuses,
Awa Diallo-Fournier""",
      to=("Mathieu Roussel", "mathieu.roussel@paris-rive-congres.example.fr")),
    m("other", "fr", "helene_absence_auto", "2026-08-03 21:53 +0200",
      ("Hélène Vasseur", "helene.vasseur@lillegrandcongres.example.fr"),
      "Réponse automatique : Candidature – Chargée de projets événementiels",
      """Bonjour,

Je suis absente du bureau jusqu'au lundi 17 août inclus, avec un accès limité à mes e-mails.
Pour toute urgence, merci de contacter recrutement@lillegrandcongres.example.fr.

Bien cordialement,
Hélène Vasseur""",
      hdr={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
      thread="lgc_app", to=ME,
      cs="iso-8859-1", cte="quoted-printable"),
    m("other", "fr", "prolink_recherches", "2026-04-27 09:00 +0200",
      ("ProLink", "notifications@prolink.example.com"),
      "Awa, vous êtes apparue dans 14 recherches cette semaine",
      """Bonjour Awa,

Votre profil a été trouvé 14 fois cette semaine, notamment par des recruteurs de l'hôtellerie
et de l'événementiel.

Conseil : les profils avec une photo reçoivent 3 fois plus de demandes d'entretien.

Voir qui a consulté votre profil : https://prolink.example.com/me/search-appearances""",
      hdr=list_headers("<weekly.prolink.example.com>",
                       "https://prolink.example.com/unsubscribe/weekly")),
    m("other", "fr", "agence_emploi_conseiller", "2026-03-02 10:30 +0100",
      ("Agence Emploi Métropole", "ne-pas-repondre@agence-emploi-metropole.example.fr"),
      "Votre rendez-vous de suivi avec votre conseillère",
      """Madame Diallo-Fournier,

Dans le cadre de votre projet de reconversion, vous êtes invitée à un entretien de suivi avec
votre conseillère, Mme Laure Decock, le jeudi 12 mars à 9h30 à l'agence Lille Euralille.

Ce rendez-vous porte sur votre demande de financement de formation (CPF de transition).

Votre agence""",
      se="utf-8:B"),
    m("other", "fr", "hotel_beffroi_planning", "2026-04-05 16:20 +0200",
      ("Sylvie Maes", "sylvie.maes@hotel-beffroi.example.fr"),
      "Planning réception semaine 16",
      """Bonjour à toutes et à tous,

Voici le planning de la semaine 16. Attention, le séminaire Decathlon du mercredi implique
une ouverture à 6h30 : Awa et Thomas, merci de confirmer.

Rappel : réunion d'équipe vendredi à 14h, salle Jean Bart.

Sylvie Maes
Cheffe de réception – Hôtel du Beffroi""",
      to=("Équipe réception", "reception-team@hotel-beffroi.example.fr"), te="iso-8859-1:Q"),
    m("other", "fr", "webinaire_reconversion", "2026-09-15 12:00 +0200",
      ("Jobs Événementiel – Webinaires", "webinaires@jobs-evenementiel.example.fr"),
      "Webinaire jeudi : réussir sa reconversion dans l'événementiel",
      """Bonjour,

Jeudi 24 septembre à 12h30, trois recruteurs répondent à vos questions : comment valoriser
une expérience hôtelière, que répondre à « pourquoi changer de métier ? » en entretien, et
comment rebondir après un refus.

Inscription gratuite : https://www.jobs-evenementiel.example.fr/webinaires/reconversion

Vous recevez ce message car vous êtes inscrit(e) à la newsletter.""",
      hdr=list_headers("Webinaires <webinaires.jobs-evenementiel.example.fr>",
                       "https://www.jobs-evenementiel.example.fr/newsletter/stop"),
      cs="windows-1252", cte="quoted-printable"),
    m("other", "fr", "hestia_approche", "2026-05-28 10:12 +0200",
      ("Céline Auberger", "c.auberger@hestia-conseil.example.fr"),
      "Prise de contact – Hestia Conseil",
      """Bonjour Awa,

Je dirige le pôle hôtellerie & événementiel du cabinet Hestia Conseil. Votre parcours a
retenu mon attention et j'aimerais simplement faire connaissance : je n'ai pas de mission
précise à vous présenter aujourd'hui, mais plusieurs clients du secteur MICE recrutent
régulièrement.

Si cela vous intéresse, n'hésitez pas à m'envoyer votre CV à jour.

Céline Auberger
Associée – Hestia Conseil, Paris 8e"""),
    m("other", "fr", "sncf_train_retarde", "2026-04-06 06:48 +0200",
      ("Rail Nord Voyages", "information@railnord.example.fr"),
      "Votre train Lille Flandres → Paris Nord est retardé",
      """Bonjour,

Malheureusement, votre train n° 7042 de 07h16 au départ de Lille Flandres circule avec un
retard estimé de 35 minutes en raison d'un incident de signalisation.

Nous vous prions de nous excuser pour la gêne occasionnée. Vous pourrez demander une
compensation depuis votre espace voyageur.

Rail Nord Voyages""",
      hdr={"Auto-Submitted": "auto-generated"}),

    # ================================================================ en
    m("other", "en", "eventjobs_digest", "2026-05-25 06:00 +0200",
      ("EventJobs Europe", "digest@eventjobs-europe.example.com"),
      "Your weekly digest: 27 new event jobs in Amsterdam & Brussels",
      """Your weekly job digest

- Event Operations Assistant – Amsterdam – posted 2 days ago
- Conference Producer – Brussels – posted 4 days ago
- Hospitality Host (Champions League nights) – Amsterdam – posted 5 days ago

From the blog: "Rejection is data: what 300 event managers learned from their worst
interview". Unfortunately, most candidates never ask for feedback. Don't be one of them.

Manage alerts or unsubscribe: https://eventjobs-europe.example.com/alerts""",
      hdr=list_headers("EventJobs weekly <weekly.eventjobs-europe.example.com>",
                       "https://eventjobs-europe.example.com/alerts/unsubscribe?id=55120")),
    m("other", "en", "front_desk_podcast", "2026-07-22 17:05 +0100",
      ("Grace Whitfield", "grace@thefrontdeskpodcast.example.co.uk"),
      "Podcast interview? The Front Desk",
      """Hi Awa,

I host The Front Desk, a podcast about people who work in hotel lobbies. A listener told me
about your move from reception into events, and I'd love to interview you for an episode.
It's a relaxed 40-minute remote recording; we'd publish in September.

Would you be up for it?

Grace""",
      cte="7bit"),
    m("other", "en", "awa_application_keizersgracht", "2026-01-15 13:38 +0100", ME,
      "Application – Events & Venue Hire Coordinator",
      """Dear Hiring Team,

Please find attached my CV for the Events & Venue Hire Coordinator role. After ten years
welcoming guests at hotel front desks in Lille, I am now moving into event management, and
the museum's evening hires are exactly the kind of events I would love to coordinate.

Kind regards,
Awa Diallo-Fournier""",
      to=("Keizersgracht Design Museum", "jobs@keizersgracht-museum.example.nl"),
      pdf=[("CV_Awa_Diallo-Fournier_EN.pdf", [
          "Awa Diallo-Fournier - Lille, France",
          "Front desk agent, Hotel du Beffroi (2020-2026)",
          "Languages: French, English, Spanish, German (B1)"])]),
    m("other", "en", "events_career_weekly", "2026-08-31 07:30 +0200",
      ("Events Career Weekly", "hello@eventscareerweekly.example.com"),
      "Issue #212 – Acing the interview, handling rejection, salary talk",
      None,
      html=shell(paras(
          "<b>Events Career Weekly – Issue #212</b>",
          "1. Acing the panel interview: what venue managers really ask.",
          "2. Handling rejection without burning bridges (with email templates).",
          "3. Offer negotiation: the salary bands for event coordinators in Europe.",
          '<a href="https://eventscareerweekly.example.com/u/9912">Unsubscribe</a>'),
          brand="#3a86ff"),
      hdr=list_headers("<issues.eventscareerweekly.example.com>",
                       "https://eventscareerweekly.example.com/u/9912")),
    m("other", "en", "stayfinder_user_research", "2026-02-26 15:15 +0100",
      ("StayFinder UX Research", "research@stayfinder.example.com"),
      "Help us improve StayFinder – 45-minute research interview",
      """Hi Awa,

As a hotel professional who uses StayFinder Partner, your insight would be really valuable.
We are running remote research interviews about the front-desk check-in screen. Sessions
last 45 minutes and participants receive a EUR 50 voucher.

Book a session: https://stayfinder.example.com/research/book

Thanks,
The StayFinder UX Research team"""),
    m("other", "en", "bikebeacon_position", "2026-09-19 23:10 +0200",
      ("BikeBeacon", "alerts@bikebeacon.example.com"),
      "Position update failed for your tracker",
      """Hi Awa,

We couldn't update the GPS position of your tracker "Vélo bleu" for the last 6 hours. Its
last known position was Rue de Gand, Lille, at 16:52.

Make sure the device is charged and has a clear view of the sky.

BikeBeacon""",
      hdr={"Auto-Submitted": "auto-generated"}),

    # ================================================================ de
    m("other", "de", "jobportal_agent_de", "2026-04-13 07:15 +0200",
      ("StellenRadar", "jobagent@stellenradar.example.de"),
      "Ihr Jobagent: 9 neue Stellen für „Eventmanager Köln“",
      """Neue Stellen für Sie

- Eventmanager (m/w/d) – Agentur am Dom, Köln
- Veranstaltungskauffrau/-mann – Kongresshotel, Bonn
- Projektassistenz Messe (m/w/d) – Köln-Deutz

Tipp der Woche: Eine Absage ist kein Grund aufzugeben. So bereiten Sie Ihr nächstes
Vorstellungsgespräch vor.

Jobagent bearbeiten oder abbestellen: https://stellenradar.example.de/jobagent""",
      hdr=list_headers("Jobagent <jobagent.stellenradar.example.de>",
                       "https://stellenradar.example.de/jobagent/abmelden?id=7781"),
      fe="windows-1252:Q", cs="windows-1252"),
    m("other", "de", "awa_bitte_verschieben", "2026-06-09 08:02 +0200", ME,
      "Terminanfrage: Gespräch am 16. Juni",
      """Sehr geehrter Herr Engels,

vielen Dank für die Einladung! Am 16. Juni arbeite ich leider im Hotel. Wäre eventuell ein
anderer Tag in derselben Woche möglich?

Mit freundlichen Grüßen
Awa Diallo-Fournier""",
      to=("Markus Engels", "m.engels@svdeutz05.example.de"), cs="iso-8859-1", cte="8bit"),
    m("other", "de", "hochzeitsmanufaktur_abwesend", "2026-10-01 10:03 +0200",
      ("Katrin Vogelsang", "katrin@koelner-hochzeitsmanufaktur.example.de"),
      "Automatische Antwort: Bewerbung als Hochzeitsplanerin",
      """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 5. Oktober auf einer Hochzeit in der Toskana und lese meine
E-Mails nur sporadisch. Ab dem 6. Oktober bin ich wieder für Sie da.

Herzliche Grüße
Katrin Vogelsang""",
      hdr={"Auto-Submitted": "auto-replied"}),
    m("other", "de", "paketdienst_verzoegert", "2026-06-17 12:44 +0200",
      ("PaketBlitz", "benachrichtigung@paketblitz.example.de"),
      "Leider verzögert sich Ihre Sendung",
      """Guten Tag,

leider verzögert sich die Zustellung Ihrer Sendung 00340 4412 7781 (Absender: Messe
Rheinufer Shop). Voraussichtliche Zustellung: Freitag, 19. Juni.

Wir bitten um Entschuldigung.
Ihr PaketBlitz-Team""",
      cte="base64"),
    m("other", "de", "wohnung_koeln_besichtigung", "2026-05-23 20:10 +0200",
      ("Ralf Schumacher-Lenz", "r.schumacher-lenz@example.de"),
      "Besichtigung Wohnung Deutz",
      """Hallo Frau Diallo-Fournier,

gern können Sie die 2-Zimmer-Wohnung in der Siegburger Straße am Samstag, 30. Mai um 11 Uhr
besichtigen. Bitte bringen Sie eine Gehaltsbescheinigung und eine Kopie Ihres Ausweises mit.

Gruß
R. Schumacher-Lenz""",
      cs="iso-8859-1", cte="quoted-printable"),
    m("other", "de", "sprachschule_kein_platz", "2026-04-30 15:30 +0200",
      ("Sprachinstitut Rheinland", "kurse@sprachinstitut-rheinland.example.de"),
      "Ihre Anmeldung zum Intensivkurs Deutsch B2",
      """Sehr geehrte Frau Diallo-Fournier,

leider müssen wir Ihnen mitteilen, dass der Intensivkurs Deutsch B2 (Juni) bereits
ausgebucht ist und wir Ihnen keinen Platz anbieten können. Sie stehen auf der Warteliste an
Position 3.

Mit freundlichen Grüßen
Sprachinstitut Rheinland – Kursverwaltung"""),
    m("other", "de", "hofmann_erstkontakt", "2026-07-27 09:40 +0200",
      ("Sabine Hofmann", "s.hofmann@hofmann-hotelconsulting.example.de"),
      "Kennenlernen?",
      """Liebe Frau Diallo-Fournier,

ich bin Personalberaterin für Hotellerie und Tagungswesen und bin über Ihr Profil auf ProLink
gestoßen. Derzeit habe ich keine konkrete Position für Sie, würde mich aber über einen
kurzen Austausch freuen, um Ihre Wünsche kennenzulernen.

Herzliche Grüße
Sabine Hofmann
Hofmann Hotel Consulting""",
      fe="utf-8:B"),

    # ================================================================ es
    m("other", "es", "empleoeventos_alerta", "2026-03-16 08:00 +0100",
      ("EmpleoEventos", "alertas@empleoeventos.example.es"),
      "Nuevas ofertas: coordinador de eventos en Sevilla y Málaga",
      """Tus nuevas ofertas

· Coordinador/a de eventos – Hotel en Triana, Sevilla
· Azafata/o de congresos – FIBES, Sevilla
· Wedding planner – Marbella

Consejo: ¿te han rechazado en una entrevista? Lamentablemente es habitual; pide siempre
feedback al reclutador.

Darse de baja: https://empleoeventos.example.es/baja""",
      hdr=list_headers("<alertas.empleoeventos.example.es>",
                       "https://empleoeventos.example.es/baja?u=20931"),
      cs="windows-1252", cte="quoted-printable"),
    m("other", "es", "boletin_hosteleria", "2026-07-06 09:00 +0200",
      ("Hostelería Hoy", "boletin@hosteleriahoy.example.es"),
      "Boletín semanal: entrevistas de trabajo, ofertas y rechazos en el sector MICE",
      None,
      html=shell(paras(
          "<b>Boletín semanal de Hostelería Hoy</b>",
          "Entrevista con la directora del Palacio de Congresos de Granada.",
          "Cómo responder a una oferta de empleo sin perder oportunidades.",
          "Por qué las empresas rechazan candidatos que vienen de la recepción (y cómo "
          "evitarlo).",
          '<a href="https://hosteleriahoy.example.es/baja">Darse de baja</a>'),
          brand="#e76f51"),
      hdr=list_headers("<boletin.hosteleriahoy.example.es>",
                       "https://hosteleriahoy.example.es/baja")),
    m("other", "es", "awa_candidatura_bodas", "2026-05-06 09:58 +0200", ME,
      "Candidatura – Coordinadora de bodas (Málaga)",
      """Hola:

Os envío mi candidatura para el puesto de coordinadora de bodas en Málaga. Llevo diez años en
recepción de hotel en Lille, trabajando con clientes franceses, ingleses y españoles, y me
encantaría dar el salto a la organización de bodas.

Adjunto mi CV.

Un saludo,
Awa Diallo-Fournier""",
      to=("Bodas del Sur", "empleo@bodasdelsur.example.es"),
      pdf=[("CV_Awa_Diallo-Fournier_ES.pdf", [
          "Awa Diallo-Fournier - Lille (Francia)",
          "Recepcionista, Hotel du Beffroi (2020-2026)",
          "Idiomas: frances, ingles, espanol, aleman"])]),
    m("other", "es", "ines_su_rechazo", "2026-06-04 21:20 +0200", INES,
      "Yo tampoco...",
      """Awa, guapa:

Me dices lo de Bodas del Sur y justo hoy me llega a mí un correo del Hotel Alfonso: «tras
valorar tu candidatura, hemos decidido continuar con otros perfiles». ¡Vaya semanita!

Pero bueno, seguimos. ¿Te llamo el domingo?

Besos,
Inés""",
      cs="iso-8859-1", cte="8bit", fe="iso-8859-1:Q"),
    m("other", "es", "paquete_retrasado", "2026-02-19 11:30 +0100",
      ("EnvíoRápido", "avisos@enviorapido.example.es"),
      "Lamentablemente tu paquete se ha retrasado",
      """Hola:

Lamentablemente, tu paquete ER-55812-ES ha sufrido un retraso en el centro logístico de
Madrid. La nueva fecha estimada de entrega es el 24 de febrero.

Disculpa las molestias.
EnvíoRápido""",
      fe="utf-8:B", hdr={"Auto-Submitted": "auto-generated"}),
    m("other", "es", "banco_posicion_global", "2026-08-01 07:00 +0200",
      ("Banco Andaluz", "notificaciones@bancoandaluz.example.es"),
      "Tu posición global a 31 de julio",
      """Hola Awa:

Tu posición global a 31/07/2026 es de 2.140,33 EUR (cuenta en euros ****0912).

Recuerda que puedes consultar tus movimientos en la app.

Banco Andaluz""",
      cs="windows-1252", cte="quoted-printable"),
    m("other", "es", "podcast_hosteleria_entrevista", "2026-09-24 12:15 +0200",
      ("Pablo Ruiz", "pablo@podcastrecepcion.example.es"),
      "¿Te animas a una entrevista para el podcast?",
      """Hola Awa:

Hago un pódcast sobre profesionales de la recepción hotelera que cambian de sector. Me han
hablado de ti y me encantaría hacerte una entrevista de media hora por videollamada en
octubre. ¿Te apetece?

Un saludo,
Pablo Ruiz – «Desde la Recepción»"""),
    m("other", "es", "lucia_fuera_oficina", "2026-05-21 08:00 +0200",
      ("Lucía Ortega", "lucia.ortega@bodasdelsur.example.es"),
      "Respuesta automática: Re: Entrevista por videollamada – Coordinador/a de bodas",
      """Hola:

Estoy fuera de la oficina coordinando una boda hasta el lunes 25 de mayo. Responderé a tu
correo a mi vuelta. Para urgencias, llama al 952 11 40 87.

Lucía Ortega
Bodas del Sur""",
      hdr={"Auto-Submitted": "auto-replied"}, se="windows-1252:Q"),
    m("other", "es", "viajaya_entrevista_usuarios", "2026-10-08 10:40 +0200",
      ("ViajaYa Research", "research@viajaya.example.es"),
      "Invitación: entrevista con usuarios (40 min) – tarjeta regalo de 40 €",
      """Hola Awa:

Estamos rediseñando la app de ViajaYa y buscamos viajeros frecuentes para una entrevista de
40 minutos por videollamada. Como agradecimiento, recibirás una tarjeta regalo de 40 €.

Elige tu hora aquí: https://viajaya.example.es/research

Gracias,
Equipo de Investigación de ViajaYa""",
      hdr={"Precedence": "bulk"}),
    m("other", "es", "awa_pide_cambio_feria", "2026-09-10 22:05 +0200", ME,
      "RE: Entrevista – Coordinador/a de expositores",
      """Hola Álvaro:

Muchas gracias por la invitación. Como vivo en Lille, ¿podríamos hacerla por videollamada?
Si además fuera posible por la mañana, me vendría mejor por mi turno en el hotel.

Un saludo,
Awa""",
      to=("Álvaro Benítez", "abenitez@feriamalagacosta.example.es"), te="utf-8:Q",
      thread="feria", quote="es"),
]
