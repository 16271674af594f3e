"""French mail of kind `other` in Luc's inbox: alerts, daily life in Luxembourg, job-process asides."""

from __future__ import annotations

from msgs70_build import M, Quote

K = "other"

LIST = {"List-Unsubscribe": "<https://lists.example.net/u/fr99b>", "Precedence": "bulk"}

MESSAGES = [
    M(K, "wttj_newsletter_refus", "fr", "", "",
      "Welcome to the Jungle <newsletter@welcometothejungle.com>",
      "Refus après entretien : comment rebondir (et quoi répondre)", "2026-03-05 07:30",
      """Cette semaine dans la newsletter

Refus après entretien : comment rebondir
Vous avez passé trois entretiens, et puis ce mail : « nous ne donnerons pas suite à votre candidature ». On a demandé à des recruteurs ce qu'ils aimeraient lire en retour.

Entretien raté, rendez-vous manqué : faut-il relancer ?
Notre experte explique comment s'excuser sans se justifier pendant trois paragraphes.

Les offres de la semaine à Luxembourg, Metz et Nancy
Analyste conformité, chargé(e) KYC, contrôleur de gestion...

Lire la newsletter en ligne : https://www.welcometothejungle.com/fr/newsletter/2026-10

Se désinscrire
""", shape="html", headers={**LIST, "List-Id": "WTTJ newsletter <newsletter.welcometothejungle.com>"}),

    M(K, "jobs_lu_alerte", "fr", "", "",
      "jobs.lu <alertes@jobs.lu>",
      "12 nouvelles offres pour « conformité »", "2026-02-23 06:15",
      """Bonjour Luc,

12 nouvelles offres correspondent à votre alerte « conformité - Luxembourg ».

- Compliance Officer AML/KYC (H/F) - Valdor Gestion - Leudelange
- Chargé de conformité - Caisse Rurale du Nord - Ettelbruck
- Analyste LCB-FT - Banque Hollerich - Luxembourg
- Juriste conformité (CDD 12 mois) - Munsbach

Voir toutes les offres : https://www.jobs.lu/fr/alertes/38812

Vous recevez cet e-mail car vous avez créé une alerte. Gérer mes alertes
""", shape="html", headers=LIST),

    M(K, "moovijob_selection", "fr", "", "",
      "Moovijob <noreply@moovijob.example.com>",
      "Votre sélection d'offres de la semaine", "2026-04-20 08:00",
      """Bonjour Luc,

Voici les offres sélectionnées pour vous cette semaine :

Risk Analyst ESG - Belval - CDI
Reporting réglementaire - Kirchberg - CDI
Data Analyst Finance - Esch-sur-Alzette - Intérim

Et n'oubliez pas : le Moovijob Tour revient à la Luxexpo le 12 mai, avec plus de 80 entreprises qui recrutent.

L'équipe Moovijob
""", shape="alt", headers=LIST),

    M(K, "location_appartement_refus", "fr", "", "",
      "Agence Immo Gare <location@immogare.example.lu>",
      "Votre dossier de location - Rue de Hollerich 48", "2026-02-27 15:10",
      """Bonjour Monsieur,

Nous vous remercions pour votre dossier de candidature concernant l'appartement 2 chambres situé au 48, rue de Hollerich.

Malheureusement, le propriétaire a retenu un autre dossier. Nous ne manquerons pas de vous proposer d'autres biens correspondant à vos critères.

Cordialement,
Agence Immo Gare
Service Location
"""),

    M(K, "admission_master", "fr", "", "",
      "Scolarité - Université de la Grande Région <scolarite@ugr.example.fr>",
      "Décision d'admission - Master Finance durable (formation continue)", "2026-06-30 16:00",
      """Monsieur,

Nous avons le regret de vous informer que la commission pédagogique n'a pas retenu votre candidature pour le Master Finance durable en formation continue, rentrée 2026.

Le nombre de places étant limité, la commission a privilégié les dossiers présentant une expérience plus directe en analyse extra-financière. Vous pouvez déposer une nouvelle candidature lors de la prochaine campagne.

Le service de la scolarité
Université de la Grande Région - Metz
"""),

    M(K, "post_colis_retarde", "fr", "", "",
      "POST Luxembourg <noreply@post-colis.example.lu>",
      "Malheureusement, votre colis est retardé", "2026-06-15 13:30",
      """Bonjour,

Malheureusement, la livraison de votre colis n° LX123456789LU est retardée en raison d'un volume exceptionnel.

Nouvelle date estimée : mercredi 17 juin 2026. Vous pouvez modifier votre livraison ou choisir un PackUp en ligne.

POST Luxembourg
""", shape="html"),

    M(K, "acd_bulletin_impot", "fr", "", "",
      "Administration des contributions directes <ne-pas-repondre@acd.example.lu>",
      "Nouveau document disponible dans votre espace MyGuichet", "2026-07-21 09:00",
      """Madame, Monsieur,

Un nouveau document est disponible dans votre espace privé MyGuichet : bulletin de l'impôt sur le revenu 2025.

Pour le consulter, connectez-vous à votre espace avec votre certificat LuxTrust ou votre application.

Administration des contributions directes
Ce message est généré automatiquement.
"""),

    M(K, "cns_remboursement", "fr", "", "",
      "CNS - Caisse nationale de santé <info@cns.example.lu>",
      "Votre décompte de remboursement", "2026-04-09 10:12",
      """Bonjour,

Votre décompte de remboursement du 08/04/2026 est disponible dans votre espace MyGuichet.

Montant remboursé : 47,35 EUR - Prestations : consultation médecin généraliste, analyses de laboratoire.

Caisse nationale de santé
""", charset="iso-8859-1", cte="quoted-printable"),

    M(K, "cours_luxembourgeois", "fr", "", "inscriptions@ineal.example.lu",
      "Secrétariat cours de langue <inscriptions@ineal.example.lu>",
      "Confirmation d'inscription - Lëtzebuergesch A2.1", "2026-09-07 11:40",
      """Moien,

Nous avons bien reçu votre inscription au cours de luxembourgeois niveau A2.1 (lundi et mercredi, 18h30-20h, Luxembourg-Ville). Votre candidature pour le congé linguistique a également été transmise.

Le cours commence le lundi 5 octobre. Merci de régler les frais d'inscription (100 EUR) avant le 25 septembre.

Merci villmools,
Le secrétariat
"""),

    M(K, "assurance_auto_demande", "fr", "", "",
      "Assurances Lëtzebuerg Direct <service@ald-assurances.example.lu>",
      "Nous avons bien reçu votre demande d'adhésion", "2026-03-14 18:22",
      """Bonjour Monsieur Hoffmann-Nakamura,

Nous avons bien reçu votre demande d'adhésion à l'assurance auto Omnium pour votre véhicule LU-AB 1234.

Un conseiller étudie votre dossier et reviendra vers vous sous 48 heures. Aucune action n'est requise de votre part pour le moment.

Le service clients ALD
""", shape="alt"),

    M(K, "ami_entretien_refus", "fr", "", "camille.roux.lux@example.fr",
      "Camille Roux <camille.roux.lux@example.fr>",
      "Re: des nouvelles ?", "2026-05-07 21:03",
      """Coucou Luc,

Bon ben c'est non pour moi chez le dépositaire à Munsbach... Ils m'ont écrit ce matin que « malgré la qualité de mon profil » ils avaient retenu quelqu'un d'autre. Après trois entretiens, je suis dégoûtée.

Et toi, ton entretien à Bruxelles ça a donné quoi ?

Bises,
Camille
""", quote=Quote("fr", "Luc Hoffmann-Nakamura <luc.hn@example.lu>", "lun. 4 mai 2026 à 19:20",
                 "Salut Camille,\n\nAlors, des nouvelles de Munsbach ?\n\nLuc")),

    M(K, "chasseur_opportunite", "fr", "", "v.marchal@marchal-associes.example.fr",
      "Valérie Marchal <v.marchal@marchal-associes.example.fr>",
      "Opportunité confidentielle", "2026-07-28 10:05",
      """Bonjour Monsieur Hoffmann-Nakamura,

Je me permets de vous contacter car votre parcours en comptabilité de fonds et conformité a retenu mon attention.

J'accompagne actuellement plusieurs groupes bancaires de la Grande Région sur des fonctions de contrôle (LCB-FT, risques, reporting). Sans mandat précis à ce jour qui vous corresponde, je serais ravie de recevoir votre CV afin de pouvoir penser à vous pour de futures opportunités.

Bien cordialement,

Valérie Marchal
Marchal & Associés - Conseil en executive search
Nancy | Luxembourg
"""),

    M(K, "radio_frontaliers", "fr", "", "redaction.eco@radio-moselle.example.fr",
      "Rédaction économie - Radio Moselle <redaction.eco@radio-moselle.example.fr>",
      "Demande d'interview - frontaliers et télétravail", "2026-09-16 09:50",
      """Bonjour Monsieur,

Nous préparons un reportage sur les frontaliers lorrains qui travaillent au Luxembourg et sur les nouvelles règles de télétravail. Accepteriez-vous de répondre à une interview radio d'une dizaine de minutes, en studio à Metz ou par téléphone ?

L'enregistrement aurait lieu la semaine prochaine. Merci de nous dire si cela vous intéresse.

Bien cordialement,
Julien Thiriet, journaliste
Radio Moselle
"""),

    M(K, "commune_certificat", "fr", "", "",
      "Ville de Luxembourg - Biergerzenter <biergerzenter@vdl.example.lu>",
      "Votre demande de certificat de résidence", "2026-01-15 14:48",
      """Madame, Monsieur,

Votre demande de certificat de résidence (réf. BZ-2026-00412) a été traitée. Le document est disponible en téléchargement dans votre espace MyGuichet pendant 30 jours.

Ville de Luxembourg - Biergerzenter
"""),

    M(K, "enovos_facture", "fr", "", "",
      "Enovos <factures@enovos.example.lu>",
      "Votre facture d'électricité est disponible", "2026-05-05 05:00",
      """Bonjour,

Votre facture d'électricité n° 2026-0458812 d'un montant de 94,20 EUR est disponible dans votre espace client.

Elle sera prélevée le 20 mai 2026 sur votre compte.

Enovos - Votre fournisseur d'énergie
""", shape="html"),

    M(K, "fitness_abonnement", "fr", "", "",
      "FitLux Club <club@fitlux.example.lu>",
      "Votre abonnement est renouvelé", "2026-10-01 06:00",
      """Hello Luc,

Ton abonnement FitLux Club (Kirchberg) a été renouvelé pour un mois. Prochain cours de HIIT demain à 7h : réserve ta place dans l'app !

À bientôt sur le plateau,
L'équipe FitLux
""", shape="html", headers=LIST),

    M(K, "own_sent_relance", "fr", "Banque Hollerich", "",
      "Luc Hoffmann-Nakamura <luc.hn@example.lu>",
      "Suite à mon entretien du 3 février", "2026-02-17 08:45",
      """Madame, Monsieur,

Je me permets de revenir vers vous suite à mon entretien vidéo du 3 février avec Mme Reuter concernant le poste d'Analyste KYC / Onboarding clients privés.

Je reste très motivé par ce poste et me tiens à votre disposition pour tout complément d'information.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Luc Hoffmann-Nakamura
+352 691 555 204
""", to="Banque Hollerich - Ressources Humaines <recrutement@banque-hollerich.example.lu>"),

    M(K, "casier_judiciaire_valdor", "fr", "Valdor Gestion", "a.thill@valdor-gestion.example.lu",
      "Anne Thill <a.thill@valdor-gestion.example.lu>",
      "Documents pour votre dossier", "2026-08-12 09:15",
      """Bonjour Luc,

Pour finaliser votre dossier avant la signature du contrat, pourriez-vous nous transmettre :
- un extrait de casier judiciaire (bulletin n°3 français et bulletin n°2 luxembourgeois) ;
- une copie de votre pièce d'identité ;
- votre attestation d'affiliation CCSS si vous l'avez déjà.

Ces éléments sont également requis pour le dossier que nous déposons à la CSSF.

Merci d'avance,
Anne Thill
Valdor Gestion S.A.
"""),

    M(K, "fwd_offre_collegue", "fr", "", "nadia.hoarau@example.fr",
      "Nadia Hoarau <nadia.hoarau@example.fr>",
      "Fwd: Offre Compliance Officer - tu as vu ?", "2026-03-31 12:50",
      """Salut Luc,

Je suis tombée là-dessus dans ma newsletter, ça m'a fait penser à toi. Tu postules ?

Nadia
""", quote=Quote("fwd", "Jobs Finance Grande Région <offres@jobsfinance-gr.example.org>", "mar. 31 mars 2026 à 07:00",
                 "Offre de la semaine : Compliance Officer AML/KYC (H/F) - société de gestion - Leudelange - CDI\n\nVous assurez la revue KYC des investisseurs, le suivi des alertes et le reporting à la direction.\n\nPostuler : https://jobsfinance-gr.example.org/o/5512",
                 "Offre de la semaine : Compliance Officer AML/KYC", "Nadia Hoarau <nadia.hoarau@example.fr>")),
]
