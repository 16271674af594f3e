"""'Other' mail in French for the eighty-third corpus: alerts, newsletters, life admin (data only)."""

from msgs83_build import CANDIDATE
from msgs83_build import Msg as M

K = "other"
LIST = {"List-Unsubscribe": "<mailto:unsubscribe@lists.example.net>", "Precedence": "bulk"}

MESSAGES = [
    M(K, "fr", "linkedin_alerte_emplois", "LinkedIn Offres d'emploi <jobalerts-noreply@linkedin-mail.test>",
      "« product manager » : 12 nouvelles offres à Montréal", "2026-01-12T07:04:00-05:00",
      """Vos alertes emploi

Product Manager, Accessibility – Nuage Boréal – Montréal (hybride) – Candidature simplifiée
Gestionnaire de produit numérique – Caisse Boréale – Lévis, QC
Senior Product Owner – Vidéofil – Montréal
Chef de produit, services numériques – Banque Laurentienne du Nord – Montréal

Voir les 12 offres : https://www.linkedin-mail.test/jobs/search?alert=8841

Vous recevez cet e-mail car vous avez créé une alerte emploi. Se désabonner : https://www.linkedin-mail.test/e/unsub""",
      fmt="html", headers={"List-Unsubscribe": "<https://www.linkedin-mail.test/e/unsub?a=8841>"}),
    M(K, "fr", "jobboom_alerte", "Jobboom <alertes@jobboom-mail.test>",
      "Vos nouvelles offres d'emploi - Design UX", "2026-02-09T06:30:00-05:00",
      """Bonjour Océane,

Voici les offres qui correspondent à votre alerte « design UX Québec » :

- Designer UX/UI – Agence Maréa – Québec
- Conseiller(ère) en expérience utilisateur – Ville de Lévis-Est
- Analyste d'affaires, parcours client – Assurance Saint-Laurent

Postulez en un clic sur jobboom.test

Modifier ou supprimer cette alerte : https://www.jobboom-mail.test/alertes""",
      fmt="html", headers=LIST),
    M(K, "fr", "apec_newsletter_refus", "APEC <newsletter@apec-mail.test>",
      "Refus après un entretien : comment rebondir ?", "2026-02-19T10:00:00+01:00",
      """La lettre des cadres – février 2026

Vous avez reçu un refus après un entretien ? « Malheureusement, nous n'avons pas retenu votre candidature »... La formule est frustrante, mais elle n'est pas une fin en soi. Nos consultants vous expliquent comment demander un retour, et transformer l'échec en apprentissage.

Aussi dans ce numéro :
- Entretien manqué, retard : que faire ?
- Les salaires des cadres du numérique en 2026
- Webinaire : réussir sa reconversion vers le product management

Lire l'article : https://www.apec.test/actualites/rebondir-apres-refus

Vous recevez cette lettre car vous êtes inscrite sur apec.test. Se désinscrire""",
      fmt="html", headers={"List-Id": "Lettre des cadres <lettre.apec.test>",
                           "List-Unsubscribe": "<https://www.apec.test/unsub?u=a91>"}),
    M(K, "fr", "france_travail_actualisation", "France Travail <ne-pas-repondre@francetravail-mail.test>",
      "Votre actualisation mensuelle", "2026-03-28T08:00:00+01:00",
      """Madame MBAPPE-LINDGREN,

Nous vous rappelons que vous devez vous actualiser entre le 28 mars et le 15 avril 2026 sur votre espace personnel.

Pensez également à mettre à jour votre CV et vos critères de recherche pour recevoir des offres adaptées.

Votre conseillère France Travail""",
      fmt="html"),
    M(K, "fr", "wttj_newsletter_entretien", "Welcome to the Jungle <hello@wttj-mail.test>",
      "📬 Le Lundi Jungle : 5 questions pièges en entretien", "2026-04-13T08:15:00+02:00",
      """Hello Océane,

Cette semaine dans Le Lundi Jungle :
→ 5 questions pièges en entretien (et comment y répondre)
→ « On ne m'a jamais rappelée » : témoignages de candidats ghostés
→ Offre du moment : Product Manager chez Orbe, Paris

Bonne semaine !
La rédac' de Welcome to the Jungle

Se désabonner : https://www.wttj.test/newsletter/unsub""",
      fmt="html", headers={"List-Id": "<lundi-jungle.wttj.test>", "List-Unsubscribe": "<https://www.wttj.test/newsletter/unsub>"}),
    M(K, "fr", "inmail_recruteur_sans_entretien", "Bastien Leroux via LinkedIn <inmail-hit-reply@linkedin-mail.test>",
      "Opportunité – Lead Service Designer (Nantes)", "2026-04-23T11:30:00+02:00",
      """Bonjour Océane,

Je me permets de vous contacter car je recrute pour un client, acteur majeur de l'assurance mutualiste, un(e) Lead Service Designer à Nantes (CDI, 60-70 k€).

Votre parcours entre recherche utilisateur et design de services m'a interpellé. Je vous laisse la fiche de poste ci-dessous ; si le sujet vous intéresse, n'hésitez pas à postuler directement via le lien.

https://www.cabinet-estuaire.example.fr/offres/lead-service-designer

Belle journée,
Bastien Leroux
Consultant senior – Estuaire Conseil""",
      company="Estuaire Conseil", reply_to="Bastien Leroux <b.leroux@cabinet-estuaire.example.fr>", contact="reply",
      fmt="html"),
    M(K, "fr", "balado_entrevue_invitation", "Valérie St-Onge <valerie@baladodesign.example.ca>",
      "Entrevue pour notre balado « Design public »", "2026-05-07T14:20:00-04:00",
      """Bonjour Océane,

J'anime le balado « Design public » (environ 4 000 écoutes par épisode) et j'aimerais beaucoup te recevoir en entrevue pour parler de ton travail sur l'accessibilité des services municipaux.

L'enregistrement dure environ une heure, en studio au Mile-End ou à distance. Serais-tu partante pour le 21 ou le 22 mai?

Merci et au plaisir,
Valérie St-Onge
Animatrice et productrice, Design public""",
      contact="from"),
    M(K, "fr", "etude_utilisateur_remuneree", "Panel Utilisateurs Vox <etudes@panel-ux.example.fr>",
      "Participez à un entretien utilisateur (60 €)", "2026-05-18T09:45:00+02:00",
      """Bonjour,

Nous recherchons des participants pour un entretien utilisateur de 45 minutes sur l'usage des applications de banque mobile. En remerciement, vous recevrez un bon d'achat de 60 €.

Les entretiens auront lieu en visio entre le 25 et le 29 mai. Pour vous inscrire, répondez au questionnaire de présélection : https://panel-ux.example.fr/s/8812

Merci,
L'équipe Études
Panel Utilisateurs Vox""",
      fmt="html", headers=LIST),
    M(K, "fr", "amie_raconte_refus", "Léa Marchetti <lea.marchetti@example.org>",
      "bon ben c'est non 🙃", "2026-06-04T21:33:00+02:00",
      """Coucou ma belle,

Devine qui vient de se prendre un refus pour le poste chez Quechua après QUATRE entretiens ? « Nous avons retenu un profil plus senior »... j'ai envie de hurler.

Bref, apéro jeudi pour me consoler ? Et toi, des nouvelles de ta promesse d'embauche ?

Bisous
Léa""",
      contact="from"),
    M(K, "fr", "colis_retarde_postes", "Postes Canada <notification@postescanada-mail.test>",
      "Votre colis est retardé", "2026-06-19T15:02:00-04:00",
      """Malheureusement, la livraison de votre colis 7023 1188 4410 2291 est retardée en raison d'un volume élevé au centre de traitement de Montréal.

Nouvelle date de livraison prévue : 23 juin 2026.

Suivre mon colis : https://www.postescanada.test/suivi/70231188

Ceci est un message automatisé. Veuillez ne pas y répondre.""",
      fmt="html"),
    M(K, "fr", "carte_credit_demande_recue", "Caisse Populaire Centre-Ville <info-cartes@caissepop.example.ca>",
      "Nous avons bien reçu votre demande de carte de crédit", "2026-07-02T12:00:00-04:00",
      """Bonjour Océane,

Nous avons bien reçu votre demande pour la carte Odyssée Remises. Votre demande est en cours d'analyse; vous recevrez une réponse dans un délai de 5 à 7 jours ouvrables.

Numéro de demande : 2026-07-0229184

Merci de votre confiance,
Caisse Populaire Centre-Ville
Ceci est un message automatique.""",
      fmt="html"),
    M(K, "fr", "logement_candidature_refusee", "Gestion Immobilière Plateau <locations@gi-plateau.example.ca>",
      "Votre demande de location - 4½ rue Fabre", "2026-07-08T17:25:00-04:00",
      """Bonjour Madame Mbappé-Lindgren,

Merci pour votre demande de location pour le logement situé au 4521, rue Fabre. Malheureusement, le propriétaire a retenu une autre candidature.

Nous vous souhaitons bonne chance dans vos recherches.

Sylvie Gauthier
Gestion Immobilière Plateau
514 555-0191""",
      contact="from"),
    M(K, "fr", "universite_admission_refus", "Admissions Université Laurentides <admission@ulaurentides.example.ca>",
      "Décision d'admission – Maîtrise en design de services (automne 2026)", "2026-03-21T10:00:00-04:00",
      """Madame,

Après étude de votre dossier, nous avons le regret de vous informer que votre demande d'admission au programme de maîtrise en design de services (trimestre d'automne 2026) n'a pas été retenue. Le nombre de places étant limité, le comité a dû faire des choix difficiles.

Le Bureau du registraire
Université Laurentides""",
      fmt="html"),
    M(K, "fr", "revenu_quebec_avis", "Revenu Québec <ne-pas-repondre@revenuquebec-mail.test>",
      "Nouveau document dans Mon dossier", "2026-04-30T18:00:00-04:00",
      """Un nouveau document est disponible dans Mon dossier pour les citoyens.

Type de document : Avis de cotisation 2025

Pour le consulter, ouvrez une session à partir du site de Revenu Québec. Pour des raisons de sécurité, ce courriel ne contient aucun lien.

Revenu Québec""",
      fmt="html", charset="iso-8859-1"),
    M(K, "fr", "hydro_facture", "Hydro-Québec <facturation@hydroqc-mail.test>",
      "Votre facture est prête", "2026-02-03T04:12:00-05:00",
      """Bonjour,

Votre facture d'électricité du 3 février 2026 est maintenant disponible dans votre Espace client.

Montant à payer : 142,87 $
Date d'échéance : 24 février 2026

Merci,
Service à la clientèle""",
      fmt="html", headers=LIST),
    M(K, "fr", "ratp_perturbation", "RATP Alertes <alertes@ratp-mail.test>",
      "Ligne 9 : trafic interrompu", "2026-05-21T08:07:00+02:00",
      """Info trafic – Ligne 9

Trafic interrompu entre Nation et Mairie de Montreuil en raison d'un incident technique. Reprise estimée : 9h30. Nous vous invitons à emprunter la ligne 1 ou le RER A.

Vous recevez cette alerte car vous êtes abonnée à la ligne 9.""",
      headers=LIST),
    M(K, "fr", "propre_envoi_remerciement", CANDIDATE,
      "Merci pour l'entretien", "2026-02-18T18:20:00+01:00",
      """Bonjour Thomas,

Merci encore pour le temps que vous m'avez accordé hier. J'ai beaucoup apprécié d'échanger sur vos projets pour les musées et la façon dont vous intégrez la recherche dès la phase d'idéation.

Je reste disponible pour la suite du processus.

Bien à vous,
Océane Mbappé-Lindgren
UX Researcher & Service Designer
514 555-0100""",
      to="Thomas Renaud <thomas@studio-octobre.example.fr>", contact=""),
    M(K, "fr", "propre_envoi_candidature", CANDIDATE,
      "Candidature – Chargée de projet expérience patient", "2026-02-11T22:41:00+01:00",
      """Madame, Monsieur,

Je vous prie de trouver ci-joint ma candidature pour le poste de Chargée de projet expérience patient publié sur votre site.

Forte de huit ans d'expérience en recherche utilisateur et en design de services, notamment dans le secteur de la santé à Montréal, je souhaiterais mettre mes compétences au service de vos équipes.

Je me tiens à votre disposition pour un entretien.

Cordialement,
Océane Mbappé-Lindgren""",
      to="Recrutement GHA <recrutement@gh-atlantique.example.fr>", contact="", attach="CV_Mbappe-Lindgren.pdf"),
    M(K, "fr", "absence_bureau_recruteur", "Hélène Corbière <h.corbiere@vauban-associes.example.fr>",
      "Réponse automatique : Re: Votre candidature – Head of Product Research", "2026-04-09T09:00:00+02:00",
      """Bonjour,

Je suis absente du bureau jusqu'au 21 avril inclus, avec un accès limité à mes emails. Pour toute urgence, vous pouvez contacter Marc Villeneuve (m.villeneuve@vauban-associes.example.fr).

Bien cordialement,
Hélène Corbière""",
      company="Vauban & Associés", contact="from",
      headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}),
    M(K, "fr", "rappel_standup_calendrier", "Google Agenda <calendar-notification@google-mail.test>",
      "Notification : Stand-up quotidien – équipe Refonte @ lun. 12 oct. 2026 9:30 - 9:45 (HAE)", "2026-10-12T09:20:00-04:00",
      """Stand-up quotidien – équipe Refonte
lundi 12 oct. 2026 ⋅ 9:30 – 9:45 (heure avancée de l'Est)
Participer avec Google Meet : https://meet.example.com/xyz-abcd-efg

Organisateur : pm-refonte@studio-client.example.com

Invitation de Google Agenda
Vous recevez ce rappel parce que vous êtes invitée à cet événement.""",
      fmt="alt"),
    M(K, "fr", "vol_modifie_air", "Air France <ne-pas-repondre@airline-mail.test>",
      "Modification de votre vol AF 347 du 14 août", "2026-08-10T06:40:00+02:00",
      """Chère Madame MBAPPE-LINDGREN,

Votre vol AF 347 Paris-CDG – Montréal du 14 août 2026 a été reprogrammé. Nouvel horaire de départ : 15h35 (au lieu de 13h20).

Si ce nouvel horaire ne vous convient pas, vous pouvez modifier votre réservation sans frais dans l'espace Mes réservations.

Nous vous prions de nous excuser pour la gêne occasionnée.""",
      fmt="html"),
    M(K, "fr", "videotron_facture", "Vidéofil Service client <facture@videofil-mail.test>",
      "Votre facture Vidéofil de septembre", "2026-09-05T05:00:00-04:00",
      """Bonjour Océane,

Votre facture de septembre est disponible. Montant : 96,45 $. Prélèvement automatique le 20 septembre.

Consultez le détail dans votre Espace client.

Vidéofil""",
      fmt="html", headers=LIST),
    M(K, "fr", "gym_cours_annule", "Studio Énergie Rosemont <info@studioenergie.example.ca>",
      "Cours de spinning de 18 h annulé", "2026-03-10T13:05:00-04:00",
      """Bonjour!

Le cours de spinning de ce soir 18 h avec Maxime est annulé (instructeur malade). Ta réservation a été remboursée dans ton compte. Désolé pour l'inconvénient!

L'équipe Studio Énergie""",
      headers=LIST),
    M(K, "fr", "cours_espagnol_entretien_niveau", "Escuela Sol y Luna <inscriptions@solyluna-mtl.example.ca>",
      "Entretien de niveau – cours d'espagnol intermédiaire", "2026-01-06T10:30:00-05:00",
      """Bonjour Océane,

Merci pour ton inscription! Avant de confirmer ta place dans le groupe intermédiaire B1 du mardi soir, nous te proposons un court entretien de niveau (15 minutes, au téléphone) avec une de nos professeures.

Réserve ton créneau ici : https://solyluna-mtl.example.ca/niveau

¡Hasta pronto!
Escuela Sol y Luna""",
      contact="inscriptions@solyluna-mtl.example.ca"),
    M(K, "fr", "alumni_offres_semaine", "Réseau des diplômés HEC Montréal <diplomes@ecole-gestion.example.ca>",
      "Carrières : les offres de la semaine et nos ateliers", "2026-09-14T12:00:00-04:00",
      """Chers diplômés,

Cette semaine, 37 nouvelles offres ont été publiées sur la plateforme Carrières, dont plusieurs en gestion de produit et en transformation numérique.

Atelier à ne pas manquer : « Réussir son entrevue comportementale » le 24 septembre, 12 h, en ligne.

Réseau des diplômés
Pour ne plus recevoir ces courriels, cliquez ici.""",
      fmt="html", headers={"List-Id": "Diplomes Carrieres <carrieres.ecole-gestion.example.ca>",
                           "List-Unsubscribe": "<mailto:leave-carrieres@ecole-gestion.example.ca>"}),
]
