"""'other' mail of the forty-ninth corpus: the rest of a job seeker's inbox, written by hand."""

from __future__ import annotations

from make_fortyninth import CANDIDATE, m
from qhelp import ics, quoted

OTHER = "other"


def lst(list_id: str, unsub: str) -> dict[str, str]:
    """Mailing-list headers as a newsletter service adds them."""
    return {"List-Id": f"<{list_id}>", "List-Unsubscribe": f"<{unsub}>", "Precedence": "bulk"}


SPECS = [
    # ------------------------------------------------------------ French
    m(OTHER, "linkedin_alertes_fr", "fr",
      "Alertes LinkedIn <jobalerts-noreply@linkedin.example.com>",
      "« infirmière recherche clinique » : 8 nouvelles offres à Lyon",
      """8 nouvelles offres correspondent à vos préférences

Infirmier(ère) de recherche clinique – CHU des Deux Rives – Toulouse – Candidature simplifiée
https://www.linkedin.example.com/comm/jobs/view/4010001

Clinical Research Coordinator – Hemera CRO – Paris (hybride)
https://www.linkedin.example.com/comm/jobs/view/4010002

Attaché(e) de recherche clinique – Biovalys – Lyon – Recrute activement
https://www.linkedin.example.com/comm/jobs/view/4010003

Chargé(e) de pharmacovigilance – Laboratoires Vernier – Tours
https://www.linkedin.example.com/comm/jobs/view/4010004

Voir toutes les offres : https://www.linkedin.example.com/comm/jobs/search

Vous recevez ces alertes parce que vous avez créé une alerte emploi. Se désabonner : https://www.linkedin.example.com/comm/psettings/email-unsubscribe
© 2026 LinkedIn""",
      fmt="html", headers=lst("jobalerts.linkedin.example.com", "https://www.linkedin.example.com/unsub/j1")),

    m(OTHER, "indeed_alerte_fr", "fr",
      "Indeed <alert@indeed-mail.example.com>",
      "Conseiller(ère) santé, Infirmier coordinateur et plus : 14 nouveaux postes",
      """Nouveaux emplois pour : infirmière coordinatrice, Bordeaux (33)

Infirmier coordinateur H/F – Domicil'Soins 33 – Mérignac
Salaire : 2 600 € – 2 900 € par mois · Candidature facile
Postulez en un clic

IDEC – EHPAD Les Glycines – Pessac
Nouveau

Infirmière conseil – Caisse de Santé du Rhône – Lyon
Il y a 2 jours

Voir les 14 emplois : https://fr.indeed.example.com/jobs?q=infirmi%C3%A8re+coordinatrice

Modifier cette alerte | Se désinscrire
Indeed, 6 rue Ménars, 75002 Paris""",
      fmt="html", headers=lst("alerts.indeed.example.com", "https://fr.indeed.example.com/unsub")),

    m(OTHER, "francetravail_actualisation", "fr",
      "France Travail <ne-pas-repondre@francetravail.example.fr>",
      "Rappel : pensez à vous actualiser",
      """Bonjour Madame NGUYEN-LEFÈVRE,

La période d'actualisation est ouverte jusqu'au 15 juin 2026. Pensez à déclarer votre situation sur francetravail.example.fr ou sur l'application mobile, même si vous n'avez pas travaillé.

Pour toute question, votre conseiller reste joignable via votre espace personnel.

France Travail
Ceci est un message automatique, merci de ne pas y répondre.""",
      fmt="alt"),

    m(OTHER, "hellowork_newsletter_refus", "fr",
      "Le Mag HelloWork <newsletter@hellowork-mail.example.com>",
      "Refus après un entretien : comment rebondir ? + 3 erreurs à éviter",
      """LE MAG DE L'EMPLOI – édition du jeudi

1. « Nous sommes au regret de vous informer… » : comment rebondir après un refus
Un refus après entretien n'est jamais agréable. Nos conseils pour demander un retour au recruteur, et transformer l'échec en apprentissage.
Lire l'article : https://www.hellowork.example.com/fr-fr/medias/rebondir-refus.html

2. Entretien manqué : que faire si vous avez raté un rendez-vous avec un recruteur ?
Un imprévu arrive. Voici le mail d'excuse à envoyer dans l'heure.

3. Infirmier·e en reconversion : 6 métiers qui recrutent en 2026
Recherche clinique, pharmacovigilance, éducation thérapeutique…

Vous recevez cette newsletter car vous êtes inscrit(e) sur HelloWork. Se désinscrire""",
      fmt="html", headers=lst("lemag.hellowork.example.com", "https://www.hellowork.example.com/unsub/mag")),

    m(OTHER, "chasseur_msl_sans_entretien", "fr",
      "Guillaume Berthier <g.berthier@lifescience-partners.example.fr>",
      "Opportunité MSL – Oncologie (Auvergne-Rhône-Alpes)",
      """Bonjour Camille,

Je me permets de vous contacter car votre parcours en hémato-oncologie a retenu mon attention.

J'accompagne actuellement un laboratoire pharmaceutique international dans le recrutement d'un(e) Medical Science Liaison en oncologie, basé(e) en région Auvergne-Rhône-Alpes. Le poste est ouvert à des profils infirmiers avec une forte expertise clinique, une formation complémentaire (DU ou master) étant appréciée.

Si le sujet vous intéresse, n'hésitez pas à me transmettre votre CV à jour, je vous enverrai la fiche de poste détaillée.

Bien cordialement,
Guillaume Berthier
Associate Director – Life Sciences
LifeScience Partners
+33 6 00 00 00 17""",
      contact="g.berthier@lifescience-partners.example.fr"),

    m(OTHER, "podcast_blouses", "fr",
      "Inès du podcast Blouses & Reconversions <ines.podcast@blouses-reconversions.example.fr>",
      "Invitation – interview pour notre podcast",
      """Bonjour Camille,

Je produis le podcast « Blouses & Reconversions », qui donne la parole aux soignant·es qui changent de voie. Votre post LinkedIn sur votre passage vers la recherche clinique a beaucoup circulé !

Seriez-vous partante pour une interview d'environ 40 minutes, enregistrée à distance ? Nous parlerions de votre parcours à l'hôpital, de vos entretiens d'embauche et des refus, sans langue de bois. L'épisode sortirait en septembre.

Merci d'avance, et bravo pour votre parcours,
Inès Lambert
Productrice – Blouses & Reconversions""",
      contact="ines.podcast@blouses-reconversions.example.fr"),

    m(OTHER, "ux_research_teleconsult", "fr",
      "Équipe Recherche Utilisateur MedRDV <research@medrdv.example.fr>",
      "Participez à un entretien utilisateur (bon d'achat de 40 €)",
      """Bonjour,

Nous améliorons notre outil de prise de rendez-vous pour les infirmier·es libéraux·ales et cherchons des professionnel·les de santé pour un entretien utilisateur de 45 minutes en visio.

Au programme : vos habitudes de gestion d'agenda, puis un test d'une nouvelle maquette. En remerciement, vous recevrez un bon d'achat de 40 €.

Réservez un créneau : https://research.medrdv.example.fr/etude-idel-2026

Merci !
L'équipe Recherche Utilisateur de MedRDV""",
      fmt="html"),

    m(OTHER, "amie_refus_chu", "fr",
      "Léa Martin <lea.martin86@example.com>",
      "devine quoi",
      """Coucou ma belle,

Bon ben j'ai eu la réponse du CHU pour le poste en éducation thérapeutique… refusée 😩 « votre candidature n'a pas été retenue », même pas un coup de fil après deux entretiens. Je suis dégoûtée.

Bref, et toi tes entretiens ça avance ? On se fait un resto samedi pour se remonter le moral ?

Bisous
Léa""",
      contact="lea.martin86@example.com"),

    m(OTHER, "colissimo_retard", "fr",
      "Colissimo <noreply@notif-colissimo.example.fr>",
      "Votre colis 6A000000001 est retardé",
      """Bonjour,

Malheureusement, votre colis n° 6A000000001 a pris du retard en raison d'un incident d'acheminement. Nous mettons tout en œuvre pour vous le livrer dans les meilleurs délais.

Nouvelle date de livraison estimée : samedi 14 mars.

Suivre mon colis : https://www.laposte.example.fr/outils/suivre-vos-envois?code=6A000000001

Colissimo – La Poste""",
      fmt="html"),

    m(OTHER, "impots_avis", "fr",
      "impots.gouv.fr <ne-pas-repondre@dgfip.example.fr>",
      "Votre avis d'impôt 2026 est disponible",
      """Madame,

Votre avis d'impôt sur les revenus 2025 est disponible dans votre espace particulier sur impots.gouv.fr.

Pour le consulter, connectez-vous à votre espace particulier, rubrique « Documents ».

La Direction générale des Finances publiques
Ce courriel est envoyé automatiquement, merci de ne pas y répondre.""",
      charset="iso-8859-1", cte="quoted-printable", date="2026-07-25 06:10"),

    m(OTHER, "ameli_remboursement", "fr",
      "L'Assurance Maladie <ne_pas_repondre@assurance-maladie.example.fr>",
      "Nouveau message dans votre compte ameli",
      """Bonjour Madame NGUYEN-LEFEVRE,

Un nouveau document est disponible dans votre compte ameli : votre relevé mensuel de remboursements.

Connectez-vous sur ameli.example.fr pour le consulter.

Votre caisse d'Assurance Maladie""",
      fmt="alt"),

    m(OTHER, "banque_credit_recu", "fr",
      "Banque Populaire du Sud-Ouest <conseiller@bpso-banque.example.fr>",
      "Votre demande de prêt personnel a bien été reçue",
      """Madame Nguyen-Lefèvre,

Nous vous confirmons la bonne réception de votre demande de prêt personnel (dossier n° PP-2026-118374). Votre dossier est en cours d'étude par nos services.

Une réponse vous sera apportée sous 48 heures ouvrées. Pensez à déposer les justificatifs manquants dans votre espace client.

Votre conseillère, Mme Dubreuil, reste à votre disposition.

Banque Populaire du Sud-Ouest
Ce message vous est adressé automatiquement.""",
      fmt="html", cte="base64"),

    m(OTHER, "agence_location_refus", "fr",
      "Agence Immobilière du Vieux-Lille <location@immo-vieuxlille.example.fr>",
      "Votre dossier de location – T2 rue de la Monnaie",
      """Bonjour Madame,

Nous vous remercions pour votre dossier de location concernant l'appartement T2 situé rue de la Monnaie.

Malheureusement, le propriétaire a retenu un autre dossier. Nous ne pouvons donc pas donner une suite favorable à votre demande.

Nous restons à votre disposition pour vous proposer d'autres biens correspondant à vos critères.

Cordialement,
Sandrine Leroy
Agence Immobilière du Vieux-Lille
03 20 00 00 00""",
      contact="location@immo-vieuxlille.example.fr"),

    m(OTHER, "ouigo_train_supprime", "fr",
      "OUIGO <ouigo@notification.sncf-voyageurs.example.fr>",
      "Information importante concernant votre voyage du 17/04",
      """Bonjour Camille,

Nous sommes au regret de vous informer que votre train OUIGO n° 7812 Lyon Part-Dieu → Marne-la-Vallée du vendredi 17 avril, départ 07h04, est supprimé en raison de travaux.

Nous vous proposons un report sans frais sur le train n° 7816, départ 09h34, ou le remboursement intégral de votre billet.

Gérer ma réservation : https://www.ouigo.example.com/mon-voyage

L'équipe OUIGO""",
      fmt="html"),

    m(OTHER, "ordre_infirmiers_cotisation", "fr",
      "Ordre National des Infirmiers <noreply@ordre-infirmiers.example.fr>",
      "Cotisation ordinale 2026 – rappel",
      """Madame,

Sauf erreur de notre part, votre cotisation ordinale 2026 n'a pas encore été réglée. Nous vous rappelons que l'inscription au tableau et le paiement de la cotisation sont obligatoires pour exercer.

Vous pouvez régler en ligne depuis votre espace : https://www.ordre-infirmiers.example.fr/espace

Le service des cotisations""",
      cte="quoted-printable"),

    m(OTHER, "dpc_session_reportee", "fr",
      "Formasoins DPC <inscriptions@formasoins-dpc.example.fr>",
      "Report de votre session « Éducation thérapeutique du patient – 40h »",
      """Bonjour Camille,

En raison d'un nombre insuffisant d'inscrits, la session « Éducation thérapeutique du patient – 40h » prévue du 9 au 12 juin à Rennes est reportée du 6 au 9 octobre 2026.

Votre inscription est automatiquement transférée. Si ces nouvelles dates ne vous conviennent pas, vous pouvez annuler sans frais depuis votre compte.

Le service formation
Formasoins – organisme de DPC habilité""",
      contact="inscriptions@formasoins-dpc.example.fr", fmt="alt"),

    m(OTHER, "propre_mail_remerciement", "fr",
      CANDIDATE,
      "Merci pour l'entretien",
      """Bonjour Madame Brun,

Je vous remercie pour l'entretien de cet après-midi et pour la présentation de l'équipe de pharmacovigilance. Nos échanges ont confirmé mon envie de rejoindre Biovalys.

Je reste à votre disposition pour tout complément d'information.

Bien cordialement,
Camille Nguyen-Lefèvre
06 00 00 00 00""",
      to="Nathalie Brun <nathalie.brun@biovalys.example.com>", date="2026-03-12 17:40"),

    m(OTHER, "absence_recruteuse_fr", "fr",
      "Claire Dumontet <claire.dumontet@hemera-cro.example.fr>",
      "Réponse automatique : Re: Notre rendez-vous de 11h",
      """Bonjour,

Je suis absente du 28 janvier au 6 février inclus, avec un accès limité à mes e-mails. Pour toute urgence concernant un recrutement, vous pouvez contacter recrutement@hemera-cro.example.fr.

Bien cordialement,
Claire Dumontet""",
      contact="claire.dumontet@hemera-cro.example.fr", thread=True,
      headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}),

    m(OTHER, "staff_hemato_invitation", "fr",
      "Google Agenda <calendar-notification@google.example.com>",
      "Invitation : Staff hebdo hémato – transmissions IDE @ Hebdomadaire le mardi 13:30 – 14:00",
      """Vous avez été invité(e) à l'événement suivant.

Staff hebdo hémato – transmissions IDE
Quand : Hebdomadaire le mardi, 13:30 – 14:00 (heure normale d'Europe centrale)
Où : Salle de réunion 4e étage
Organisateur : Virginie Faure (cadre de santé)

Rejoindre : https://meet.example.com/hem-staff

Invitation de Google Agenda""",
      fmt="alt", reply_to="Virginie Faure <virginie.faure@hopital-employeur.example.fr>",
      contact="virginie.faure@hopital-employeur.example.fr",
      ics=ics("staff-hemato-weekly@google.example.com", "Staff hebdo hémato – transmissions IDE",
              "20260106T133000", "20260106T140000", "virginie.faure@hopital-employeur.example.fr",
              location="Salle de réunion 4e étage"),
      date="2026-01-05 08:00"),

    m(OTHER, "vinted_envoye", "fr",
      "Vinted <no-reply@vinted.example.fr>",
      "Ton article a été envoyé !",
      """Salut camillenl,

Bonne nouvelle : Marion_b a reçu le numéro de suivi de ta vente (Blouse médicale taille S). Le colis est en route via Mondial Relay.

Suivre le colis : https://www.vinted.example.fr/transactions/8812/track

L'équipe Vinted""",
      fmt="html"),

    m(OTHER, "monmaster_refus", "fr",
      "Mon Master <ne-pas-repondre@monmaster.example.gouv.fr>",
      "Réponse à votre candidature – Master Santé publique",
      """Madame,

L'établissement Université de Bordeaux-Sud a rendu sa décision concernant votre candidature à la formation « Master Santé publique – parcours Promotion de la santé ».

Décision : candidature non retenue.

Vous pouvez consulter le détail de vos vœux et vos autres propositions d'admission sur la plateforme.

La plateforme Mon Master""",
      fmt="alt"),

    m(OTHER, "staffsante_alerte", "fr",
      "StaffSanté Emploi <alertes@staffsante-emploi.example.fr>",
      "Vos 6 nouvelles annonces – Infirmier(e) – Nantes",
      """Bonjour,

Voici les dernières offres correspondant à votre alerte « Infirmier(e) – Nantes – CDI » :

• Infirmier(e) coordinateur(trice) HAD – Clinique Jules Verne – Nantes
• IDE éducation thérapeutique diabétologie – CHU Nantes-Atlantique
• Infirmier(e) de recherche clinique – Institut de Cancérologie de l'Ouest
• Infirmier(e) scolaire – Académie de Nantes (contractuel)
• IDEC – EHPAD Résidence du Parc – Saint-Herblain
• Infirmier(e) en pratique avancée – Centre de santé municipal

Consultez toutes les annonces sur https://www.staffsante-emploi.example.fr

Vous ne souhaitez plus recevoir ces alertes ? Désabonnez-vous en un clic.""",
      fmt="html", charset="windows-1252", cte="quoted-printable",
      headers=lst("alertes.staffsante-emploi.example.fr", "https://www.staffsante-emploi.example.fr/unsub")),

    m(OTHER, "wttj_newsletter_coulisses", "fr",
      "Welcome to the Jungle <hello@welcometothejungle-mail.example.com>",
      "🌴 Les coulisses du recrutement : pourquoi on ne vous répond pas",
      """Cette semaine dans la Jungle

« Malheureusement, nous ne donnerons pas suite » : on a demandé à 5 recruteurs pourquoi ils ne répondent pas toujours aux candidats. Leurs réponses vont vous surprendre.

À lire aussi :
– Entretien vidéo : la checklist pour ne pas rater le début du call
– Reconversion : elles ont quitté l'hôpital pour la tech santé
– 12 entreprises de la healthtech qui recrutent en ce moment

Lire le magazine : https://www.welcometothejungle.example.com/fr/magazine

Tu reçois cet e-mail car tu es abonné·e à la newsletter Welcome to the Jungle.""",
      fmt="html", headers=lst("newsletter.welcometothejungle.example.com", "https://www.welcometothejungle.example.com/unsub")),

    # ------------------------------------------------------------ English
    m(OTHER, "inmail_cold_outreach_en", "en",
      "Priya Shah via LinkedIn <inmail-hit-reply@linkedin.example.com>",
      "Priya sent you a message: Clinical Safety role - Basel",
      """Hi Camille,

I hope this message finds you well! I'm a Talent Partner at Meridian Search and I'm currently supporting a growing biotech in Basel with a Drug Safety Associate role, perfect for a nurse with hospital experience looking to move into pharmacovigilance.

Fully relocation-supported, English-speaking team, great progression. If this sounds like it could be of interest, feel free to send over your CV and I'll share the full spec!

Best,
Priya

Reply: https://www.linkedin.example.com/messaging/thread/2-abc
You are receiving InMail notification emails. Unsubscribe""",
      fmt="html", reply_to="Priya Shah <priya.shah@meridian-search.example.com>",
      contact="priya.shah@meridian-search.example.com"),

    m(OTHER, "spotify_payment", "en",
      "Spotify <no-reply@spotify.example.com>",
      "Your payment didn't go through",
      """Hi Camille,

We tried to charge your card for your Premium subscription, but the payment was declined. Unfortunately, if we can't process the payment, your account will switch to Spotify Free.

Update payment details: https://www.spotify.example.com/account/subscription

The Spotify Team""",
      fmt="html", tz="Europe/Stockholm"),

    m(OTHER, "garmin_position_report", "en",
      "Garmin inReach <no.reply.inreach@garmin.example.com>",
      "Position update from Thomas N.",
      """Thomas N. sent this message from: Lat 45.832611 Lon 6.865039

"Arrived at the refuge, all good! Position shared so you can follow. Back Sunday."

View the location or send a reply to Thomas N.:
https://share.garmin.example.com/textmessage/txtmsg?extId=abcd

Do not reply directly to this message.""",
      tz="Europe/Paris"),

    m(OTHER, "press_interview_journalist", "en",
      "Olivia Grant <olivia.grant@healthtech-weekly.example.com>",
      "Interview request - nurses moving into health tech",
      """Hi Camille,

I'm a reporter at Health Tech Weekly and I'm working on a feature about nurses moving into clinical research and health-tech jobs across Europe. A colleague pointed me to your comments on the nursing career forum.

Would you be open to a 20-minute interview by phone or video sometime next week? Happy to keep you anonymous if you'd prefer. The piece is due on the 30th.

Thanks so much,
Olivia Grant
Senior Reporter, Health Tech Weekly
+44 20 0000 0000""",
      contact="olivia.grant@healthtech-weekly.example.com", tz="Europe/London"),

    m(OTHER, "survey_patient_portal", "en",
      "CareNote Research <research@carenote.example.com>",
      "We'd love your feedback (10-min survey + optional interview)",
      """Hi there,

You recently signed up for a CareNote trial account. We'd love to hear about your experience!

Take our 10-minute survey: https://carenote.example.com/survey/nurse-2026
At the end you can opt in to a 30-minute user interview with our product team ($50 gift card).

Thanks for helping us build better tools for nurses,
The CareNote Research Team""",
      fmt="html", tz="America/New_York"),

    m(OTHER, "university_offer_of_place", "en",
      "Admissions - Kingsbridge School of Public Health <admissions@kingsbridge-sph.example.ac.uk>",
      "Decision on your application: MSc Global Health Policy (Distance Learning)",
      """Dear Camille,

I am pleased to inform you that we are able to offer you a place on the MSc Global Health Policy (Distance Learning) programme, starting in October 2026.

This offer is conditional on receipt of a certified copy of your degree certificate. Please log in to the applicant portal to accept your offer by 31 July 2026.

Congratulations and welcome to Kingsbridge.

Yours sincerely,
Admissions Office
Kingsbridge School of Public Health""",
      fmt="alt", tz="Europe/London"),

    m(OTHER, "friend_rejection_en", "en",
      "Mei Lin <meilin.rn@example.net>",
      "ugh",
      """hey cam,

so the CRO in Dublin got back to me... "we've decided to move forward with other candidates". after FOUR rounds. honestly i'm so done with this process lol

how did your panel go?? tell me everything

mei x

Sent from my iPhone""",
      contact="meilin.rn@example.net", tz="Europe/Dublin"),

    m(OTHER, "nurse_career_digest", "en",
      "The Nurse Career Digest <digest@nursecareerdigest.example.org>",
      "This week: bouncing back from rejection, and the interview question everyone dreads",
      """THE NURSE CAREER DIGEST - Issue #112

* "Unfortunately we won't be moving forward": what a rejection really means (and what to do next)
* Missed an interview? A recruiter explains how to recover gracefully
* Offer negotiation 101 for nurses leaving the bedside
* 25 new clinical research jobs in the UK and Ireland

Read online: https://nursecareerdigest.example.org/issues/112

You're receiving this because you subscribed at nursecareerdigest.example.org. Unsubscribe | Update preferences""",
      fmt="html", headers=lst("digest.nursecareerdigest.example.org", "https://nursecareerdigest.example.org/unsubscribe")),

    m(OTHER, "london_flat_unsuccessful", "en",
      "Harlow & Finch Lettings <lettings@harlowfinch.example.co.uk>",
      "Flat 3, 22 Mildmay Grove - your application",
      """Dear Camille,

Thank you for your interest in Flat 3, 22 Mildmay Grove and for submitting your application.

Unfortunately, on this occasion your application has been unsuccessful, as the landlord has accepted another offer. We will keep your details on file and let you know about similar properties.

Kind regards,
Tom Ashby
Lettings Negotiator
Harlow & Finch Lettings""",
      contact="lettings@harlowfinch.example.co.uk", tz="Europe/London"),

    m(OTHER, "order_delayed", "en",
      "Shopnest <order-update@shopnest.example.com>",
      "Unfortunately your order is delayed",
      """Hi Camille,

We're sorry - unfortunately your order #114-0098231 (Littmann-style stethoscope, navy) is delayed and will now arrive between Tue 9 June and Thu 11 June.

You don't need to do anything. If you no longer want the item, you can cancel it for free in Your Orders.

Shopnest Customer Service""",
      fmt="html"),

    m(OTHER, "ooo_recruiter_en", "en",
      "Gemma Holt <gemma.holt@orianetx.example.com>",
      "Automatic reply: Panel interview - cancellation",
      """Thank you for your email. I am currently out of the office with limited access to email, returning on Monday 16 February.

For urgent recruitment matters please contact talent@orianetx.example.com.

Best regards,
Gemma""",
      contact="gemma.holt@orianetx.example.com", thread=True, tz="Europe/London",
      headers={"Auto-Submitted": "auto-replied"}),

    m(OTHER, "credit_card_application", "en",
      "Northbank Cards <no-reply@northbank-cards.example.com>",
      "We've received your credit card application",
      """Dear Camille,

Thank you for applying for the Northbank Everyday Rewards Credit Card. We've received your application and we're reviewing it now.

We'll usually let you know our decision within 2 working days. You don't need to do anything right now.

Reference: NB-7731-22K

Northbank Cards
Northbank plc is authorised by the Prudential Regulation Authority.""",
      fmt="alt", tz="Europe/London"),

    # ------------------------------------------------------------ German
    m(OTHER, "stepstone_jobagent", "de",
      "StepStone Jobagent <jobagent@stepstone-mail.example.de>",
      "12 neue Jobs für \"Study Nurse\" in Basel und Umgebung",
      """Ihr Jobagent hat neue Stellen gefunden

Study Nurse (m/w/d) Onkologie – Universitätsklinik Oberrhein – Freiburg
Clinical Research Associate (m/w/d) – Vitamedis AG – Freiburg
Pflegeexpertin APN – Klinik Birsfelden – Birsfelden
Arzneimittelsicherheit Associate – Brenner Pharma – Basel

Alle 12 Jobs ansehen: https://www.stepstone.example.de/jobagent/12345

Jobagent bearbeiten oder abbestellen: https://www.stepstone.example.de/jobagent/settings""",
      fmt="html", headers=lst("jobagent.stepstone.example.de", "https://www.stepstone.example.de/jobagent/unsubscribe")),

    m(OTHER, "bahn_zugausfall", "de",
      "DB Reiseauskunft <noreply@bahn.example.de>",
      "Verbindungsänderung: Ihre Reise am 02.06.2026",
      """Guten Tag Frau Nguyen-Lefèvre,

leider fällt Ihr gebuchter Zug ICE 507 von Freiburg(Breisgau) Hbf nach Basel Bad Bf am 02.06.2026, 08:49 Uhr, aus.

Alternative Verbindung: RE 17319, Abfahrt 09:03 Uhr, Ankunft 09:52 Uhr. Ihre Zugbindung ist aufgehoben.

Ihre Deutsche Bahn""",
      fmt="alt", tz="Europe/Berlin"),

    m(OTHER, "dhl_paket_verspaetet", "de",
      "DHL Paket <noreply@dhl-mail.example.de>",
      "Ihre Sendung verzögert sich",
      """Hallo,

leider verzögert sich die Zustellung Ihrer Sendung 00340434000000000000. Wir bitten um Entschuldigung. Neuer voraussichtlicher Zustelltermin: Donnerstag, 14.05.

Sendung verfolgen: https://www.dhl.example.de/sendungsverfolgung

Ihr DHL Team""",
      fmt="html", tz="Europe/Berlin"),

    m(OTHER, "wohnung_absage", "de",
      "Hausverwaltung Brunner <vermietung@hv-brunner.example.de>",
      "Ihre Bewerbung um die Wohnung Wiehre, 2 Zimmer",
      """Sehr geehrte Frau Nguyen-Lefèvre,

vielen Dank für Ihr Interesse an der 2-Zimmer-Wohnung in der Wiehre und Ihre vollständigen Unterlagen.

Leider müssen wir Ihnen mitteilen, dass sich der Eigentümer für andere Mietinteressenten entschieden hat. Wir bedauern, Ihnen keine positivere Nachricht geben zu können.

Mit freundlichen Grüßen
Petra Brunner
Hausverwaltung Brunner""",
      contact="vermietung@hv-brunner.example.de", tz="Europe/Berlin"),

    m(OTHER, "abwesenheit_personal", "de",
      "Katrin Vogel <k.vogel@pharmavigil.example.de>",
      "Abwesenheitsnotiz: Ihr Vorstellungsgespräch bei der Pharmavigil",
      """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 10.04.2026 nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an bewerbung@pharmavigil.example.de.

Mit freundlichen Grüßen
Katrin Vogel""",
      contact="k.vogel@pharmavigil.example.de", thread=True, tz="Europe/Berlin",
      headers={"Auto-Submitted": "auto-replied"}),

    m(OTHER, "krankenkasse_antrag", "de",
      "Meine Krankenkasse Service <service@meine-kk.example.de>",
      "Ihr Antrag ist bei uns eingegangen",
      """Guten Tag Frau Nguyen-Lefèvre,

Ihr Antrag auf Kostenübernahme (Vorgangsnummer 2026-448812) ist bei uns eingegangen. Wir bearbeiten ihn schnellstmöglich und informieren Sie über das Ergebnis.

Freundliche Grüße
Ihr Service-Team""",
      fmt="alt", cte="quoted-printable", tz="Europe/Berlin"),

    m(OTHER, "fitness_kurs_abgesagt", "de",
      "FitPoint Basel <kurse@fitpoint-basel.example.ch>",
      "Kursabsage: Pilates Mittwoch 18:30",
      """Hallo Camille

Leider müssen wir den Pilates-Kurs vom Mittwoch, 18:30 Uhr, krankheitsbedingt absagen. Dein Kursguthaben wurde automatisch zurückgebucht.

Sportliche Grüsse
Dein FitPoint-Team""",
      tz="Europe/Zurich"),

    m(OTHER, "headhunter_kaltakquise_de", "de",
      "Felix Hartmann <f.hartmann@medical-talents.example.de>",
      "Spannende Position im Medical Affairs",
      """Hallo Frau Nguyen-Lefèvre,

ich bin auf Ihr Profil aufmerksam geworden und möchte Ihnen gerne eine spannende Position vorstellen: Für ein innovatives Medizintechnikunternehmen in Süddeutschland suche ich eine Clinical Trainerin (m/w/d) mit Pflegehintergrund, Französisch als Muttersprache ist ein großes Plus.

Wenn Sie grundsätzlich offen für einen Wechsel sind, freue ich mich über Ihren aktuellen Lebenslauf. Ich sende Ihnen dann gern weitere Details.

Beste Grüße
Felix Hartmann
Medical Talents – Executive Search Healthcare""",
      contact="f.hartmann@medical-talents.example.de", tz="Europe/Berlin"),

    m(OTHER, "pflege_newsletter_de", "de",
      "Pflegekarriere Newsletter <newsletter@pflegekarriere.example.de>",
      "Absage nach dem Vorstellungsgespräch? So reagieren Sie richtig",
      """Pflegekarriere – Ihr Newsletter im Mai

• Absage nach dem Vorstellungsgespräch: Warum Sie trotzdem antworten sollten
• Einladung zum Vorstellungsgespräch: Die 10 häufigsten Fragen an Pflegekräfte
• Quereinstieg in die Pharmaindustrie – drei Erfahrungsberichte

Jetzt lesen: https://www.pflegekarriere.example.de/magazin

Sie erhalten diesen Newsletter, weil Sie sich angemeldet haben. Abmelden""",
      fmt="html", headers=lst("newsletter.pflegekarriere.example.de", "https://www.pflegekarriere.example.de/abmelden")),

    # ------------------------------------------------------------ Spanish
    m(OTHER, "infojobs_alertas", "es",
      "InfoJobs <alertas@infojobs-mail.example.net>",
      "5 nuevas ofertas de Enfermería en Barcelona",
      """Hola Camille,

Estas son las nuevas ofertas que coinciden con tu alerta «enfermera ensayos clínicos – Barcelona»:

- Enfermera/o de investigación clínica – Vitasana – Barcelona
- Coordinador/a de estudios clínicos – Genolab – Barcelona
- Enfermera/o de atención domiciliaria – Cuidam Llar – Badalona

Ver todas las ofertas: https://www.infojobs.example.net/ofertas

Darse de baja de esta alerta""",
      fmt="html", headers=lst("alertas.infojobs.example.net", "https://www.infojobs.example.net/baja")),

    m(OTHER, "newsletter_consejos_entrevista", "es",
      "Empleo Salud Semanal <boletin@empleosalud.example.es>",
      "Cómo superar un rechazo y preparar tu próxima entrevista",
      """BOLETÍN EMPLEO SALUD · nº 87

«Lamentamos comunicarte que no continúas en el proceso»: qué hacer cuando te rechazan tras la entrevista.
Cinco preguntas que siempre te harán en una entrevista de enfermería.
Ofertas destacadas de la semana en Madrid, Barcelona y Valencia.

Leer el boletín: https://www.empleosalud.example.es/boletin/87

Recibes este correo porque te suscribiste a Empleo Salud. Darse de baja.""",
      fmt="html", headers=lst("boletin.empleosalud.example.es", "https://www.empleosalud.example.es/baja"), tz="Europe/Madrid"),

    m(OTHER, "correos_retraso", "es",
      "Correos <notificaciones@correos-mail.example.es>",
      "Tu envío lleva retraso",
      """Hola,

Lamentablemente tu envío PQ4B7C0000000 ha sufrido un retraso en el centro de tratamiento. Te lo entregaremos lo antes posible.

Consulta el estado: https://www.correos.example.es/seguimiento

Correos""",
      fmt="alt", tz="Europe/Madrid"),

    m(OTHER, "tarjeta_solicitud_recibida", "es",
      "Banco Mediterráneo <no-responder@bancomediterraneo.example.es>",
      "Hemos recibido tu solicitud de tarjeta",
      """Hola Camille:

Hemos recibido correctamente tu solicitud de la Tarjeta Crédito Oro. Estamos estudiando tu solicitud y te informaremos del resultado en un plazo máximo de 5 días hábiles.

Gracias por confiar en nosotros.

Banco Mediterráneo""",
      fmt="html", charset="iso-8859-1", cte="quoted-printable", tz="Europe/Madrid"),

    m(OTHER, "amigo_rechazo_es", "es",
      "Javier Soto <javi.soto.enf@example.org>",
      "Re: ¿qué tal todo?",
      """Jajaja ya te digo… pues al final me han rechazado en lo del hospital de Valencia, «hemos decidido continuar con otros candidatos», lo típico. En fin, sigo buscando.

¿Y tú qué tal con lo de Barcelona? ¡Cuéntame!

Un abrazo,
Javi""" + quoted("El mié, 13 may 2026 a las 21:02, Camille Nguyen-Lefèvre (<camille.nguyen@example.fr>) escribió:", """¡Hola Javi! ¿Qué tal todo? ¿Te dijeron algo del hospital?
Besos,
Camille"""),
      contact="javi.soto.enf@example.org", thread=True, tz="Europe/Madrid"),

    m(OTHER, "radio_entrevista_es", "es",
      "Radio Salud Cataluña <produccion@radiosalud.example.cat>",
      "Propuesta de entrevista en el programa «Batas Blancas»",
      """Hola Camille,

Te escribo desde la producción del programa «Batas Blancas» de Radio Salud. Estamos preparando un especial sobre enfermeras francesas que trabajan en Barcelona y nos encantaría entrevistarte en directo el jueves 24 de septiembre a las 11:00 (unos 15 minutos, por teléfono).

¿Te animas? Cualquier cosa, me dices.

Gracias,
Anna Vidal
Producción · Radio Salud""",
      contact="produccion@radiosalud.example.cat", tz="Europe/Madrid"),

    m(OTHER, "ex_colleague_fwd_posting", "en",
      "Hannah Ward <hannah.ward.rn@example.net>",
      "Fwd: Research Nurse vacancy - thought of you!",
      """Cam!! saw this on our trust intranet and immediately thought of you. Closing date is Friday x

---------- Forwarded message ---------
From: Research & Development Office <rd.office@royalthameside.example.nhs.uk>
Date: Mon, 16 Mar 2026 at 09:00
Subject: Research Nurse vacancy
To: All Nursing Staff <nursing-all@royalthameside.example.nhs.uk>

Dear colleagues,

We are recruiting a Research Nurse (Band 6, 12-month fixed term) to support our oncology portfolio. Informal enquiries to the Research Matron. Please share with anyone who may be interested.

R&D Office""",
      contact="hannah.ward.rn@example.net", date="2026-03-16 19:45", tz="Europe/London"),
]
