"""Everything else (other): the candidate's own mail and many traps, written by hand for corpus 344."""

from __future__ import annotations

from msgs344_common import m, mine

K = "other"


def bulk(list_id: str, unsubscribe: str) -> dict[str, str]:
    return {"List-Id": list_id, "List-Unsubscribe": f"<{unsubscribe}>", "Precedence": "bulk"}


OWN = [
    mine("fr", ("Service du personnel", "recrutement@labo-ferrand.example.fr"),
         "Candidature spontanée – recherche clinique",
         """Madame, Monsieur,

Préparatrice en pharmacie hospitalière depuis huit ans au CHU de Nantes, où je gère notamment
les médicaments expérimentaux des essais cliniques, je souhaite aujourd'hui m'orienter vers la
coordination d'études. Je me permets de vous adresser ma candidature spontanée pour votre
service des études cliniques.

Vous trouverez mon CV en pièce jointe. Je me tiens à votre disposition pour un entretien.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Margaux Delacourt-Nsimba
06 12 48 77 30""",
         "2026-01-15 21:40 +0100", id="f1",
         pdfs=[("CV_Margaux_Delacourt-Nsimba.pdf",
                ["Margaux Delacourt-Nsimba - Preparatrice en pharmacie hospitaliere",
                 "Experience : gestion des medicaments experimentaux, 8 ans",
                 "Formation : BP preparateur, certificat BPC (2025)"])],
         slug="own_spontaneous_ferrand"),
    mine("fr", ("Camille Roux", "camille.roux@nuvogene.example.fr"),
         "Toutes mes excuses pour ce matin",
         """Bonjour Camille,

Je suis vraiment désolée pour ce matin : mon fils a été malade dans la nuit et j'ai passé la
matinée aux urgences pédiatriques, sans accès à mes mails. Je comprends que ce soit gênant.

Si un autre créneau était possible, je serais ravie d'échanger avec vous.

Bien cordialement,
Margaux""",
         "2026-02-06 08:12 +0100", id="n4", re="n3", quote="std", slug="own_apology_nuvogene"),
    mine("fr", ("Élodie Marchand", "elodie.marchand@clinexa.example.fr"),
         "Merci pour l'entretien de ce jour",
         """Bonjour Élodie,

Je tenais à vous remercier, ainsi que M. Perrin, pour l'échange de cet après-midi. La
présentation de l'organisation de vos études en oncologie m'a confortée dans mon envie de
rejoindre Clinexa.

Je reste à votre disposition pour la suite.

Bien cordialement,
Margaux Delacourt-Nsimba""",
         "2026-02-20 18:30 +0100", id="c4", re="c3", quote="std", slug="own_thanks_clinexa"),
    mine("fr", ("Élodie Marchand", "elodie.marchand@clinexa.example.fr"),
         "Délai de réflexion",
         """Bonjour Élodie,

Merci beaucoup pour la lettre de proposition. J'attends une réponse d'un autre établissement et
je souhaiterais disposer d'un peu plus de temps, jusqu'au 27 mars, avant de vous répondre. Je
me permets aussi de vous dire que la rémunération est en deçà de ce que j'envisageais.

Bien cordialement,
Margaux""",
         "2026-03-13 08:55 +0100", id="c7b", re="c7", quote="std", slug="own_delay_clinexa"),
    mine("fr", ("Hélène Fabre", "helene.fabre@clinexa.example.fr"),
         "Re: Délai de réflexion – proposition révisée",
         """Bonjour Madame Fabre,

Je vous remercie sincèrement pour votre proposition révisée et pour la confiance que vous
m'accordez. Après mûre réflexion, j'ai décidé de ne pas y donner suite : je souhaite rester en
milieu hospitalier et un projet en Bretagne se dessine.

Je garde un excellent souvenir de nos échanges.

Bien cordialement,
Margaux Delacourt-Nsimba""",
         "2026-04-02 19:05 +0200", re="c8", quote="std", slug="own_decline_clinexa"),
    mine("fr", SOPHIE := ("Sophie Le Goff", "sophie.legoff@huv.example.fr"),
         "RE: Proposition de poste – reprise d'ancienneté",
         """Bonjour Madame Le Goff,

Merci beaucoup pour cette excellente nouvelle ! Avant de vous répondre, pourriez-vous me
préciser si mes huit années de préparatrice en pharmacie hospitalière peuvent être reprises
dans le calcul de l'échelon ?

Bien cordialement,
Margaux Delacourt-Nsimba""",
         "2026-07-02 12:10 +0200", id="h5b", re="h5", quote="std", slug="own_question_huv"),
    mine("fr", SOPHIE, "J'accepte la proposition – URC",
         """Bonjour Madame Le Goff,

J'ai le plaisir de vous confirmer que j'accepte le poste de technicienne d'études cliniques à
l'URC à compter du 1er septembre. Je renvoie aujourd'hui le contrat signé au bureau des
contrats.

Au plaisir de vous retrouver à la rentrée,
Margaux Delacourt-Nsimba""",
         "2026-07-21 09:30 +0200", cte="quoted-printable", slug="own_accept_huv"),
    mine("fr", ("Thibault Morvan", "thibault.morvan@santetalents.example.fr"),
         "Re: Oncovia – entretien de jeudi annulé, on reprogramme",
         """Bonjour Thibault,

Pas de souci. Le mardi 7 avril me convient très bien, idéalement le matin ; le mercredi je
suis de garde à la pharmacie.

Merci et à bientôt,
Margaux""",
         "2026-03-31 13:20 +0200", re="s3", quote="std", slug="own_reply_stc"),
    mine("en", ("Tom Verbeke", "tom.verbeke@meridia-clinical.example.be"),
         "Thank you – interview on 2 April",
         """Dear Tom,

Thank you for organising yesterday's interview, and please pass on my thanks to the Study
Manager. I really enjoyed hearing about how Meridia runs its site networks in Belgium.

I look forward to hearing about the next steps.

Kind regards,
Margaux Delacourt-Nsimba""",
         "2026-04-03 08:45 +0200", id="m3b", re="m3", quote="std", slug="own_thanks_meridia"),
    mine("en", ("Rhinebridge Talent Acquisition", "talent@rhinebridge.example.ch"),
         "Application – Study Start-Up Specialist (Job ID 2026-1187)",
         """Dear Hiring Team,

Please find attached my application for the Study Start-Up Specialist position in Basel. As a
hospital pharmacy technician I manage investigational product for some 40 active trials, which
has given me a close view of site activation, from feasibility to the first patient visit.

I would welcome the opportunity to discuss how I can contribute to your team.

Yours sincerely,
Margaux Delacourt-Nsimba""",
         "2026-04-25 22:10 +0200",
         pdfs=[("Margaux_Delacourt-Nsimba_CV_EN.pdf",
                ["Margaux Delacourt-Nsimba - Hospital Pharmacy Technician",
                 "Investigational medicinal products, 8 years", "GCP certificate 2025"])],
         slug="own_application_rhinebridge"),
    mine("de", ("Dr. Jana Oberle", "jana.oberle@ukm.example.de"),
         "Bewerbung Studienassistenz Onkologie – Margaux Delacourt-Nsimba",
         """Sehr geehrte Frau Dr. Oberle,

hiermit bewerbe ich mich um die Stelle als Studienassistenz in Ihrer Studienzentrale Onkologie.
Seit acht Jahren arbeite ich als pharmazeutisch-technische Assistentin in einer französischen
Universitätsklinik und betreue dort die Prüfpräparate der onkologischen Studien.

Meine Unterlagen finden Sie im Anhang. Über eine Einladung zu einem Gespräch freue ich mich.

Mit freundlichen Grüßen
Margaux Delacourt-Nsimba""",
         "2026-04-10 20:15 +0200", id="u0",
         pdfs=[("Lebenslauf_Delacourt-Nsimba.pdf",
                ["Margaux Delacourt-Nsimba - Lebenslauf",
                 "Pharmazeutisch-technische Assistentin, CHU Nantes"])],
         slug="own_bewerbung_mainufer"),
    mine("de", ("Dr. Jana Oberle", "jana.oberle@ukm.example.de"),
         "AW: Zusage – Studienassistenz Onkologie",
         """Sehr geehrte Frau Dr. Oberle,

herzlichen Dank für Ihr Angebot und das Vertrauen. Nach langer Überlegung habe ich mich
entschieden, aus familiären Gründen in Frankreich zu bleiben, und muss die Stelle daher leider
ablehnen.

Ich wünsche Ihnen und Ihrem Team alles Gute.

Mit freundlichen Grüßen
Margaux Delacourt-Nsimba""",
         "2026-05-20 21:02 +0200", re="u3", quote="std", slug="own_decline_mainufer"),
    mine("es", ("Montserrat Puig", "montse.puig@hubesos.example.es"),
         "RE: Oferta – Coordinadora de ensayos clínicos",
         """Estimada Montserrat:

Muchas gracias por la oferta, me hace mucha ilusión. Le confieso que la mudanza a Barcelona con
mi familia me genera algunas dudas, sobre todo por la fecha de incorporación en junio. ¿Sería
posible empezar más tarde?

Un saludo cordial,
Margaux""",
         "2026-05-21 22:30 +0200", id="b4b", re="b4", quote="std", slug="own_doubts_besos"),
    mine("es", ("Dra. Núria Casals", "nuria.casals@hubesos.example.es"),
         "Re: Oferta – Coordinadora de ensayos clínicos",
         """Estimada Dra. Casals:

Le agradezco mucho su flexibilidad y el tiempo dedicado. Tras hablarlo en familia, he decidido
no aceptar la oferta: finalmente no nos trasladaremos a Barcelona este año.

Espero que podamos coincidir en algún proyecto en el futuro.

Atentamente,
Margaux Delacourt-Nsimba""",
         "2026-05-28 19:45 +0200", re="b5", quote="std", slug="own_decline_besos"),
]

TRAPS = [
    m(K, "fr", "", "", ("BioJobs Europe", "alertes@biojobs-europe.example.com"),
      "Vos 6 nouvelles offres : coordination d'essais cliniques",
      """Bonjour Margaux,

Voici les offres correspondant à votre alerte « coordination essais cliniques – Nantes/Rennes » :

1. Coordinateur d'études cliniques H/F – CRO – Nantes
2. Technicien de recherche clinique – CHU – Angers
3. Clinical Trial Assistant – biotech – Rennes
4. ARC junior – Paris (télétravail partiel)
5. Chef de projet essais précoces – Lyon
6. Study Start-Up Associate – Genève

Le conseil de la semaine : un refus n'est jamais définitif. Malheureusement, 70 % des candidats
abandonnent après un premier entretien raté ; préparez votre prochain entretien avec notre
guide gratuit.

Vous recevez cet e-mail car vous avez créé une alerte sur BioJobs Europe.
Se désinscrire : https://biojobs-europe.example.com/unsubscribe""",
      "2026-02-17 06:00 +0000", fmt="alt", brand="BioJobs Europe",
      headers=bulk("BioJobs alertes <alertes.biojobs-europe.example.com>",
                   "https://biojobs-europe.example.com/unsubscribe?u=77"),
      slug="biojobs_alert"),
    m(K, "fr", "", "", ("Carrières Santé Mag", "newsletter@carrieres-sante.example.fr"),
      "5 conseils pour rebondir après une réponse négative",
      """La lettre Carrières Santé – n° 112

Candidature rejetée, entretien sans suite, silence radio après l'envoi du CV : nous avons tous
connu ces moments. Notre rédaction a interrogé cinq recruteurs du secteur pharmaceutique.

– Demandez un retour après chaque entretien.
– Ne prenez pas une réponse négative pour une décision définitive sur votre valeur.
– Invitation à notre atelier « Réussir son entretien d'embauche » le 12 mars.

Pour ne plus recevoir cette lettre, cliquez ici.""",
      "2026-03-05 07:30 +0100", fmt="html", brand="Carrières Santé",
      footer="Carrières Santé Mag · 10 rue des Écoles · 75005 Paris",
      headers=bulk("Lettre Carrieres Sante <lettre.carrieres-sante.example.fr>",
                   "mailto:unsubscribe@carrieres-sante.example.fr"),
      slug="newsletter_rebondir"),
    m(K, "fr", "", "", ("Julien Caradec", "julien.caradec@radioloiresante.example.fr"),
      "Interview radio – le métier de préparatrice en pharmacie",
      """Bonjour Madame Delacourt-Nsimba,

Je prépare pour Radio Loire Santé une émission sur les métiers de l'hôpital et votre collègue
Mme Jégou m'a donné votre nom. Accepteriez-vous une interview de 15 minutes, en direct depuis
notre studio de Nantes, le mardi 24 mars à 8h10 ?

Bien à vous,
Julien Caradec, journaliste""",
      "2026-03-10 14:02 +0100", slug="radio_interview"),
    m(K, "fr", "", "", ("Podcast Les Blouses", "contact@lesblouses-podcast.example.fr"),
      "Invitation au podcast : reconversion vers la recherche clinique",
      """Salut Margaux !

On a vu ton post sur la reconversion des préparateurs vers la recherche clinique et on adorerait
t'avoir comme invitée dans un épisode des Blouses. Enregistrement d'environ 40 minutes, à
distance, quand tu veux en septembre.

Dis-nous si ça te tente !
Anaïs & Rémi""",
      "2026-08-27 11:11 +0200", slug="podcast_invite"),
    m(K, "fr", "", "", ("Équipe Recherche Utilisateur PharmaPlus", "ux@pharmaplus.example.fr"),
      "Participez à un entretien utilisateur (30 €)",
      """Bonjour,

Vous utilisez l'application PharmaPlus dans votre officine ? Nous recherchons des préparateurs
pour un entretien utilisateur de 45 minutes en visio, afin d'améliorer le module de gestion des
stocks. Un bon d'achat de 30 € vous sera offert.

Réservez votre créneau : https://pharmaplus.example.fr/recherche-utilisateur""",
      "2026-04-09 10:00 +0200", fmt="html", name_enc=("utf-8", "q"), slug="user_research"),
    m(K, "fr", "", "", ("ColiExpress", "ne-pas-repondre@coliexpress.example.fr"),
      "Votre colis 8Y47 221 est retardé",
      """Bonjour,

Malheureusement, votre colis n° 8Y47 221 n'a pas pu être livré aujourd'hui en raison d'un
incident sur notre plateforme de tri. Nous vous prions de nous excuser pour ce retard.

Nouvelle date de livraison estimée : jeudi 19 février.

ColiExpress""",
      "2026-02-17 19:44 +0100", fmt="alt", brand="ColiExpress", slug="parcel_delayed"),
    m(K, "fr", "", "", ("Banque Ligérienne", "alertes@banqueligerienne.example.fr"),
      "Position de votre compte au 31/03/2026",
      """Madame Delacourt-Nsimba,

La position de votre compte courant n° ****4417 au 31/03/2026 est de 1 284,62 € (créditeur).
Votre relevé mensuel est disponible dans votre espace client.

Banque Ligérienne – Service clients""",
      "2026-04-01 05:12 +0200", charset="iso-8859-1", cte="quoted-printable",
      subj_enc=("iso-8859-1", "q"), slug="bank_position"),
    m(K, "fr", "", "", ("TrajetPartage", "notifications@trajetpartage.example.fr"),
      "Antoine partage sa position avec vous",
      """Antoine Nsimba partage sa position en temps réel avec vous pendant 1 heure.

Position actuelle : périphérique nord de Nantes, porte de la Chapelle-sur-Erdre
Arrivée estimée : 18h52

Ouvrir la carte dans l'application TrajetPartage.""",
      "2026-05-07 18:21 +0200", slug="gps_position"),
    m(K, "fr", "", "", ("Gérard Poulain", "gerard.poulain@orange.example.fr"),
      "Visite de l'appartement rue de Brest – samedi",
      """Bonjour Madame,

Suite à votre appel, je vous confirme la visite de l'appartement T3 au 27 rue de Brest à Rennes
samedi 25 juillet à 11h. Je vous attendrai devant l'immeuble. Pensez à apporter vos trois
derniers bulletins de salaire si vous souhaitez déposer un dossier.

Cordialement,
G. Poulain""",
      "2026-07-22 20:33 +0200", cte="8bit", slug="landlord_viewing"),
    m(K, "fr", "", "", ("Cabinet dentaire des Dervallières", "rappel@dentiste-dervallieres.example.fr"),
      "Rappel : rendez-vous le 12/05 à 17h45",
      """Bonjour Mme Delacourt-Nsimba,

Nous vous rappelons votre rendez-vous avec le Dr Lemaire le mardi 12 mai à 17h45 (détartrage).
En cas d'empêchement, merci de prévenir le cabinet au moins 48 h à l'avance.

Cabinet dentaire des Dervallières""",
      "2026-05-10 09:00 +0200", slug="dentist_reminder"),
    m(K, "fr", "", "", ("Clémence Barré", "clemence.barre@example.fr"),
      "Encore un refus…",
      """Coucou Margaux,

Petite déprime : j'ai reçu ce matin la réponse de la CRO de Lyon, c'est non. « Nous avons
retenu un profil plus expérimenté », toujours la même phrase. Trois entretiens pour ça !

Et toi, des nouvelles de Clinexa ? On se fait un café samedi pour se remonter le moral ?

Bises,
Clém""",
      "2026-03-04 12:47 +0100", slug="friend_own_rejection"),
    m(K, "fr", "", "", ("Clémence Barré", "clemence.barre@example.fr"),
      "TR: Invitation à un entretien – ARC junior",
      """Regarde ! Ils me convoquent enfin 😀 Tu crois que je dois demander le salaire dès le premier
entretien ? Conseils bienvenus.

Clém

---------- Message transféré ----------""",
      "2026-04-17 21:05 +0200", slug="friend_forwarded_invite",
      fwd=m(K, "fr", "", "", ("Recrutement Stratis Clinical", "recrutement@stratis.example.fr"),
            "Invitation à un entretien – ARC junior",
            """Bonjour Madame Barré,

Nous avons le plaisir de vous inviter à un entretien pour le poste d'ARC junior, le lundi
27 avril à 10h, dans nos locaux de Lyon Gerland.

Cordialement,
Service recrutement – Stratis Clinical""",
            "2026-04-17 16:30 +0200", to=("Clémence Barré", "clemence.barre@example.fr"))),
    m(K, "fr", "", "", ("Scolarité DU Recherche Clinique", "du-recherche@univ-nantes.example.fr"),
      "Votre candidature au DU Formation des personnels de recherche clinique",
      """Madame,

La commission pédagogique du DU « Formation des personnels de recherche clinique » s'est réunie
le 2 juin. Nous avons le regret de vous informer que votre candidature n'a pas été retenue pour
la promotion 2026-2027, le nombre de places étant limité à 20.

Vous pouvez présenter une nouvelle candidature l'an prochain.

Le service de scolarité""",
      "2026-06-05 15:20 +0200", slug="du_refused"),
    m(K, "fr", "", "", ("Olivier Garnier", "o.garnier@vitalis-executive.example.fr"),
      "Votre profil – opportunités en recherche clinique",
      """Bonjour Margaux,

Je suis chasseur de têtes chez Vitalis Executive, spécialisé dans les fonctions cliniques. Votre
parcours en pharmacie hospitalière et votre certification BPC m'ont interpellé.

Je n'ai pas de poste précis à vous soumettre aujourd'hui, mais j'aimerais faire votre
connaissance pour les mois à venir. Seriez-vous ouverte à un premier échange informel ?

Olivier Garnier
Vitalis Executive""",
      "2026-02-24 08:40 +0100", slug="headhunter_cold"),
    m(K, "fr", "", "", ("Élodie Marchand", "elodie.marchand@clinexa.example.fr"),
      "Réponse automatique : Délai de réflexion",
      """Bonjour,

Je suis absente du bureau jusqu'au lundi 16 mars inclus, avec un accès limité à mes e-mails.
Pour toute urgence, vous pouvez contacter recrutement@clinexa.example.fr.

Cordialement,
Élodie Marchand""",
      "2026-03-13 08:56 +0100", name_enc=("utf-8", "q"),
      headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
      slug="ooo_elodie"),
    m(K, "fr", "", "", ("BioJobs Europe Événements", "events@biojobs-europe.example.com"),
      "Webinaire : décrocher un entretien dans une CRO",
      """Jeudi 23 avril, 12h30 – 13h30, en ligne et gratuit

Comment passer le filtre des ATS, que répondre à « pourquoi la recherche clinique ? », comment
réagir à une réponse négative : trois recruteurs de CRO répondent à vos questions en direct.

Inscription : https://biojobs-europe.example.com/webinaires/cro""",
      "2026-04-14 07:00 +0000", fmt="html", brand="BioJobs Europe",
      headers=bulk("BioJobs evenements <events.biojobs-europe.example.com>",
                   "https://biojobs-europe.example.com/unsubscribe?u=77&l=events"),
      slug="webinar_cro"),
    m(K, "fr", "", "", ("ProReseau", "notifications@proreseau.example.com"),
      "3 recruteurs ont consulté votre profil cette semaine",
      """Margaux, votre profil attire l'attention !

3 recruteurs ont consulté votre profil cette semaine, dont une personne de Clinexa Research.
Passez à Premium pour voir qui s'intéresse à vous et postuler en priorité.

ProReseau""",
      "2026-02-14 09:30 +0100", fmt="alt", brand="ProReseau",
      headers=bulk("ProReseau notifications <notif.proreseau.example.com>",
                   "https://proreseau.example.com/settings/email"),
      slug="profile_views"),
    m(K, "fr", "", "", ("Yasmine Haddad", "yasmine.haddad@chu-nantes-pharma.example.fr"),
      "Planning des gardes – avril",
      """Salut Margaux,

Voici le planning des gardes d'avril pour la pharmacie. Tu es d'astreinte le week-end du 11-12
et de garde le mercredi 8. Si tu as un entretien à caser, dis-le-moi vite, je peux échanger
avec Karim.

Yasmine""",
      "2026-03-27 13:14 +0100", slug="pharmacy_rota"),
    m(K, "fr", "", "", ("Emploi Atlantique", "ne-pas-repondre@emploi-atlantique.example.fr"),
      "Votre rendez-vous avec votre conseillère",
      """Madame Delacourt-Nsimba,

Vous avez rendez-vous avec votre conseillère, Mme Tessier, le lundi 26 janvier à 10h00, dans
votre agence Emploi Atlantique de Nantes Est, pour faire le point sur votre projet de
reconversion.

Ce rendez-vous est obligatoire.""",
      "2026-01-19 07:45 +0100", cte="base64", slug="job_centre_appointment"),
    m(K, "fr", "", "", ("Association des Coordinateurs d'Études", "lettre@ace-recherche.example.fr"),
      "La lettre de l'ACE – juin 2026",
      """Dans ce numéro :
– Retour sur notre congrès de Tours : « Recruter et fidéliser les coordinateurs »
– Témoignage : de préparatrice à coordinatrice, itinéraire d'une reconversion
– Offres partagées par nos adhérents
– Rappel : adhésion 2026 à renouveler

Bonne lecture !""",
      "2026-06-22 08:00 +0200", fmt="html", brand="La lettre de l'ACE",
      headers=bulk("Lettre ACE <lettre.ace-recherche.example.fr>",
                   "mailto:lettre-leave@ace-recherche.example.fr"),
      slug="association_newsletter"),
    m(K, "fr", "", "", ("Karim Benali", "karim.benali@chu-nantes-pharma.example.fr"),
      "Pot de départ de Margaux – sondage",
      """Salut tout le monde,

Margaux nous quitte fin août pour rejoindre la recherche clinique à Rennes ! On organise un pot
de départ ; votez pour la date ici : https://sondage.example.fr/p/pot-margaux

Karim""",
      "2026-07-24 10:18 +0200", to=("Équipe pharmacie", "pharmacie-equipe@chu-nantes-pharma.example.fr"),
      cc=("Margaux Delacourt-Nsimba", "margaux.delacourt@example.fr"), slug="farewell_poll"),
    m(K, "en", "", "", ("LifeSci Jobs Weekly", "digest@lifescijobs.example.com"),
      "This week: 14 new Clinical Operations jobs near Basel",
      """Hi Margaux,

Your weekly digest is here.

Clinical Trial Coordinator – Basel – vaccine manufacturer
Study Start-Up Specialist – Basel – biologics
CTA (fixed term) – Allschwil – CRO

Career corner: "Unfortunately, we have decided not to proceed" – what recruiters really mean,
and how to turn a rejection into an interview next time.

You are receiving this because you subscribed to LifeSci Jobs. Unsubscribe anytime.""",
      "2026-03-16 05:30 +0000", fmt="alt", brand="LifeSci Jobs",
      headers=bulk("LifeSci Jobs Weekly <weekly.lifescijobs.example.com>",
                   "https://lifescijobs.example.com/unsubscribe/abc"),
      slug="lifesci_digest"),
    m(K, "en", "", "", ("Trial Talk Podcast", "bookings@trialtalk.example.com"),
      "Guest interview on Trial Talk?",
      """Hi Margaux,

I host Trial Talk, a podcast for people working in clinical research. We're doing an episode on
hospital pharmacy's role in investigational product management and your name came up. Would you
be up for a 45-minute recorded interview in October?

Cheers,
Ben Okafor, host""",
      "2026-09-15 17:02 +0100", slug="podcast_en"),
    m(K, "en", "", "", ("Lumio Research Ops", "research@lumio-ux.example.com"),
      "Invitation: 60-min user interview about study management software",
      """Hello Margaux,

Thanks for signing up to our research panel. We'd like to invite you to a 60-minute remote user
interview about how site staff track study visits. Participants receive a CHF 80 voucher.

Pick a time: https://lumio-ux.example.com/book""",
      "2026-05-26 09:00 +0000", fmt="html", slug="ux_interview_en"),
    m(K, "en", "", "", ("Tom Verbeke", "tom.verbeke@meridia-clinical.example.be"),
      "Automatic reply: Thank you – interview on 2 April",
      """Hi,

Thanks for your email. I'm out of office until Tuesday 7 April with limited access to email.
For urgent recruiting questions, please contact talent@meridia-clinical.example.be.

Tom""",
      "2026-04-03 08:46 +0200",
      headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}, slug="ooo_tom"),
    m(K, "en", "", "", ("Aisha Mensah", "aisha.mensah@example.ch"),
      "they said no :(",
      """Hey Margaux,

Just heard back from the biotech in Allschwil – they went with an internal candidate. Third
final-round rejection this year, I'm starting to take it personally! Drinks when you're in
Basel?

Aisha""",
      "2026-06-29 20:12 +0200", slug="friend_rejection_en"),
    m(K, "de", "", "", ("StellenRadar Pharma", "alert@stellenradar.example.de"),
      "Neue Jobs für „Studienkoordination Frankfurt“",
      """Hallo Margaux,

wir haben 9 neue Stellenangebote für Ihren Suchauftrag gefunden:

– Studienkoordinator*in (m/w/d) – Frankfurt am Main
– Study Nurse Onkologie – Offenbach
– Clinical Trial Assistant – Bad Homburg

Tipp der Woche: Eine Absage nach dem Vorstellungsgespräch ist kein Grund aufzugeben. Leider
werden 8 von 10 Bewerbungen ohne Einladung abgelehnt – so stechen Sie heraus.

Suchauftrag abbestellen: https://stellenradar.example.de/abmelden""",
      "2026-04-20 06:15 +0200", fmt="alt", brand="StellenRadar",
      headers=bulk("StellenRadar Suchauftrag <suchauftrag.stellenradar.example.de>",
                   "https://stellenradar.example.de/abmelden?id=551"),
      slug="stellenradar_digest"),
    m(K, "de", "", "", ("PaketFlink", "noreply@paketflink.example.de"),
      "Ihre Sendung verspätet sich leider",
      """Guten Tag,

leider verzögert sich die Zustellung Ihrer Sendung 00340 4312 7781. Grund: hohes
Sendungsaufkommen im Verteilzentrum Frankfurt. Neuer voraussichtlicher Zustelltag: Freitag.

Wir bitten um Entschuldigung.
Ihr PaketFlink-Team""",
      "2026-05-06 14:55 +0200", charset="iso-8859-1", cte="quoted-printable", slug="paket_delay"),
    m(K, "de", "", "", ("Zahnarztpraxis Dr. Vogt", "praxis@zahnarzt-vogt.example.de"),
      "Terminbestätigung: Kontrolluntersuchung",
      """Sehr geehrte Frau Delacourt-Nsimba,

hiermit bestätigen wir Ihren Termin zur Kontrolluntersuchung am Freitag, 8. Mai, um 8:15 Uhr.
Bitte bringen Sie Ihre Europäische Krankenversicherungskarte mit.

Ihr Praxisteam Dr. Vogt, Sachsenhausen""",
      "2026-04-30 16:40 +0200", slug="zahnarzt"),
    m(K, "de", "", "", ("Ingrid Lehmann", "i.lehmann@web.example.de"),
      "Besichtigung Wohnung Oeder Weg",
      """Hallo Frau Delacourt-Nsimba,

gerne können Sie die 2-Zimmer-Wohnung im Oeder Weg am Mittwoch, 6. Mai, um 18 Uhr besichtigen.
Klingeln Sie bitte bei Lehmann, 3. OG.

Viele Grüße
Ingrid Lehmann""",
      "2026-05-01 11:30 +0200", cte="8bit", slug="wohnung_besichtigung"),
    m(K, "de", "", "", ("Martin Albrecht", "m.albrecht@rheintal-executive.example.de"),
      "Kurzer Austausch? Klinische Forschung im Rhein-Main-Gebiet",
      """Hallo Frau Delacourt-Nsimba,

ich bin Personalberater bei Rheintal Executive und auf klinische Forschung spezialisiert. Ihr
Profil ist mir in einem Fachforum aufgefallen. Aktuell habe ich kein konkretes Mandat, würde
mich aber gerne unverbindlich mit Ihnen austauschen.

Beste Grüße
Martin Albrecht""",
      "2026-06-16 09:05 +0200", slug="headhunter_de"),
    m(K, "de", "", "", ("Klinische Forschung aktuell", "redaktion@kf-aktuell.example.de"),
      "Newsletter 07/2026: Absagequoten, Interviews und neue EU-Verordnung",
      """Klinische Forschung aktuell – Ausgabe Juli

– Interview mit der Leiterin einer Studienzentrale: „Warum wir so viele Absagen schreiben“
– Die EU-CTR drei Jahre danach
– Termine: Einladung zum Netzwerktreffen der Studienkoordinatoren in Mainz

Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben.""",
      "2026-07-10 08:00 +0200", fmt="html", brand="Klinische Forschung aktuell",
      headers=bulk("KF aktuell <newsletter.kf-aktuell.example.de>",
                   "https://kf-aktuell.example.de/newsletter/abmelden"),
      slug="kf_newsletter"),
    m(K, "es", "", "", ("EmpleoBio", "alertas@empleobio.example.es"),
      "Nuevas ofertas: ensayos clínicos en Barcelona",
      """Hola Margaux,

Tenemos 7 ofertas nuevas para tu alerta «ensayos clínicos Barcelona»:

· Coordinador/a de estudios – CRO – Barcelona
· Técnico/a de ensayos – hospital – Badalona
· Clinical Trial Assistant – start-up – Poblenou

Consejo: ¿te han rechazado tras la entrevista? Lamentablemente es muy común; descubre cómo pedir
feedback sin parecer insistente.

Darse de baja: https://empleobio.example.es/baja""",
      "2026-05-04 07:10 +0200", fmt="alt", brand="EmpleoBio",
      headers=bulk("Alertas EmpleoBio <alertas.empleobio.example.es>",
                   "https://empleobio.example.es/baja?u=9"),
      slug="empleobio_alert"),
    m(K, "es", "", "", ("Laia Serra", "laia.serra@diarisalut.example.es"),
      "Entrevista para un reportaje sobre profesionales franceses en Barcelona",
      """Hola Margaux:

Soy periodista del Diari de Salut. Preparo un reportaje sobre profesionales sanitarios
franceses que se plantean trabajar en Barcelona y una amiga común me pasó tu contacto. ¿Te
importaría concederme una entrevista de 20 minutos por teléfono?

Gracias,
Laia Serra""",
      "2026-05-15 12:30 +0200", slug="press_interview_es"),
    m(K, "es", "", "", ("Secretaría del Máster", "master.ensayos@universidad.example.es"),
      "Resolución de admisión – Máster en Monitorización de Ensayos Clínicos",
      """Estimada Sra. Delacourt-Nsimba:

Lamentamos comunicarle que su solicitud de admisión al Máster en Monitorización de Ensayos
Clínicos (curso 2026-2027) no ha sido aceptada, al haberse cubierto todas las plazas
disponibles. Queda usted en la posición 14 de la lista de espera.

Secretaría del Máster""",
      "2026-07-06 10:00 +0200", charset="iso-8859-1", cte="quoted-printable", slug="master_refused"),
    m(K, "es", "", "", ("Banco Litoral", "avisos@bancolitoral.example.es"),
      "Posición global de sus productos",
      """Estimada clienta:

Le informamos de la posición global de sus productos a 30/09/2026. Puede consultar el detalle
en la banca en línea.

Banco Litoral""",
      "2026-10-01 06:00 +0200", fmt="html", slug="bank_position_es"),
    m(K, "es", "", "", ("Lucía Prats", "lucia.prats@example.es"),
      "No me han cogido...",
      """¡Hola Margaux!

Al final la fundación me ha dicho que no, que se quedan con alguien con más experiencia. Qué
rabia después de tres entrevistas. ¿Y tú qué tal con el hospital del Besòs? ¡Cuéntame!

Un beso,
Lucía""",
      "2026-05-22 21:48 +0200", slug="friend_rejection_es"),
    m(K, "es", "", "", ("Álvaro Méndez", "alvaro.mendez@talentscouts.example.es"),
      "¿Hablamos? Perfiles de investigación clínica",
      """Hola Margaux:

Soy headhunter en TalentScouts Salud. Me ha llamado la atención tu perfil. Ahora mismo no
tengo ninguna posición abierta que encaje, pero me gustaría conocerte para futuros procesos.

Saludos,
Álvaro Méndez""",
      "2026-10-06 10:45 +0200", name_enc=("utf-8", "q"), slug="headhunter_es"),
]

MESSAGES = OWN + TRAPS
