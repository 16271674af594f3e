"""Mail of kind `other` in the sixty-sixth corpus: alerts, newsletters, life admin, look-alikes.

Data only, written by hand; see make_sixtysixth.py. `company` is kept for the HTML skin only
(labels carry no company for `other`).
"""

from make_sixtysixth import CANDIDATE
from make_sixtysixth import Msg as M

OTHER = "other"
LIST = {"List-Unsubscribe": "<https://links.example.net/unsub>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"}

MESSAGES = [
    # ---------------- job alerts and digests ----------------
    M(OTHER, "linkedin_alerte_offres", "fr", "LinkedIn",
      "LinkedIn Alertes Emploi <jobalerts-noreply@linkedin.example.com>",
      "« ingénieur qualité fournisseurs » : 14 nouvelles offres à Toulouse",
      "2026-01-27 07:02 +0100",
      """14 nouvelles offres correspondent à votre alerte

Ingénieur Qualité Fournisseurs H/F — Stelia Structures — Saint-Nazaire
Supplier Quality Engineer — Arclight Aerospace — Toulouse (Hybride)
Responsable Amélioration Continue — Pyrène Forge — Tarbes
Ingénieur Qualité Projet — Occitane Avionique — Blagnac

Candidature simplifiée · Recrutement actif

Voir toutes les offres : https://www.linkedin.example.com/jobs/search?alert=8812

Vous recevez cet e-mail car vous avez créé une alerte emploi. Se désabonner : https://www.linkedin.example.com/e/unsub
""", fmt="html", skin=3, contact="", headers=LIST),
    M(OTHER, "indeed_digest_en", "en", "Indeed",
      "Indeed <alert@indeed.example.com>",
      "Supplier Quality jobs in Remote - 23 new",
      "2026-03-13 06:15 +0100",
      """New jobs matching "supplier quality engineer" in Remote

Supplier Quality Engineer (Aerospace) - Helix Mobility - Remote in Europe
Easily apply · Responsive employer

Senior SQE - Composite Structures - Brackley Aero Systems - Bristol
£55,000 - £62,000 a year

Quality Systems Lead - Northwind Energy - Lyon

See all 23 new jobs: https://fr.indeed.example.com/jobs?q=supplier+quality

Unfortunately some employers may no longer be accepting applications. Unsubscribe from this alert.
""", fmt="html", skin=3, contact="", headers=LIST),
    M(OTHER, "wttj_selection_semaine", "fr", "Welcome to the Jungle",
      "Welcome to the Jungle <hello@news.welcometothejungle.example.com>",
      "Théo, 8 offres sélectionnées pour vous cette semaine",
      "2026-02-15 10:00 +0100",
      """Votre sélection de la semaine

Head of Quality — Hublot Énergie — Toulouse
Supplier Quality Manager — Cybelle Mobility — Bordeaux
Lean Manager — Batival Industries — Montauban

+ Article : « Entretien d'embauche : 7 questions pièges et comment y répondre »
+ Témoignage : « J'ai essuyé 40 refus avant de décrocher mon CDI »

Voir la sélection : https://www.welcometothejungle.example.com/fr/me/selection
""", fmt="html", skin=3, contact="", headers=LIST),
    M(OTHER, "apec_newsletter_refus", "fr", "Apec",
      "Apec <newsletter@info.apec.example.fr>",
      "Rebondir après un refus : nos conseils d'experts",
      "2026-04-16 08:30 +0200",
      """La lettre des cadres — avril 2026

« Nous sommes au regret de vous informer que votre candidature n'a pas été retenue » : une phrase que tout candidat a déjà lue. Comment transformer un refus en levier ? Nos consultants vous répondent.

1. Demander un retour au recruteur (et comment le formuler)
2. Préparer son prochain entretien d'embauche en 5 étapes
3. Atelier en ligne : « Réussir son entretien en visio », jeudi 23 avril à 12h30

Inscriptions : https://www.apec.example.fr/ateliers

Vous recevez cette lettre car vous êtes inscrit à l'Apec. Se désinscrire.
""", fmt="html", skin=3, contact="", headers={**LIST, "List-Id": "<lettre-cadres.apec.example.fr>"}),
    M(OTHER, "france_travail_offres", "fr", "France Travail",
      "France Travail <ne-pas-repondre@francetravail.example.fr>",
      "Nouvelles offres correspondant à votre profil",
      "2026-05-06 05:40 +0200",
      """Bonjour Théo,

De nouvelles offres correspondent à vos critères de recherche :
- Technicien / Ingénieur qualité (H/F) — Colomiers — CDI
- Animateur amélioration continue (H/F) — Figeac — Intérim 6 mois
- Ingénieur méthodes industrialisation (H/F) — Toulouse — CDD

Pensez à actualiser votre situation avant le 15 du mois.

Votre conseiller France Travail
""", contact=""),
    M(OTHER, "stepstone_jobagent_de", "de", "StepStone",
      "StepStone Job-Agent <jobagent@stepstone.example.de>",
      "12 neue Jobs für „Qualitätsmanager Luftfahrt\"",
      "2026-06-22 07:30 +0200",
      """Dein Job-Agent hat 12 neue Jobs gefunden

Qualitätsingenieur Lieferanten (m/w/d) – Elbflug Kabinensysteme – Hamburg
Lean Manager (m/w/d) – Hanse Kabinentechnik – Hamburg
Projektleiter Industrialisierung (m/w/d) – Nordstern Luftfahrttechnik – Bremen

Alle Jobs ansehen: https://www.stepstone.example.de/jobagent/4412

Du erhältst diese E-Mail, weil du einen Job-Agent angelegt hast. Abmelden
""", fmt="html", skin=3, contact="", headers=LIST),
    M(OTHER, "cadremploi_alerte", "fr", "Cadremploi",
      "Cadremploi <alertes@cadremploi.example.fr>",
      "Votre alerte « chef de projet industrialisation » — 6 offres",
      "2026-08-10 06:55 +0200",
      """6 nouvelles offres pour votre alerte

Chef de projet industrialisation H/F — Thermiq Systèmes — Pau
Responsable qualité fournisseurs H/F — Sud Fonderie Précision — Lourdes
Ingénieur amélioration continue H/F — cabinet confidentiel — Bordeaux

Modifier mon alerte | Me désabonner
""", fmt="html", skin=3, contact="", headers=LIST),
    M(OTHER, "infojobs_es_alerta", "es", "InfoJobs",
      "InfoJobs <alertas@infojobs.example.net>",
      "5 ofertas nuevas de Calidad en Sevilla",
      "2026-05-14 08:00 +0200",
      """Hola Théo, estas son las nuevas ofertas de tu alerta:

Ingeniero/a de Calidad Proveedores - Aerotécnica del Guadalquivir - Sevilla
Responsable de Industrialización - Bética Composites - Sevilla
Técnico/a Lean Manufacturing - ETT - Dos Hermanas

Ver todas: https://www.infojobs.example.net/alertas/7781
Darte de baja de esta alerta
""", fmt="html", skin=3, contact="", headers=LIST),
    # ---------------- career newsletters, cold outreach, look-alikes ----------------
    M(OTHER, "newsletter_coach_en", "en", "The Hiring Desk",
      "Amy at The Hiring Desk <amy@newsletter.thehiringdesk.example.com>",
      "Why you got ghosted after the final interview",
      "2026-03-22 13:00 +0000",
      """This week: the final-round silence.

You aced the interview, they said "we'll be in touch", and then... nothing. Here's what's usually happening behind the scenes - and how to write a follow-up that gets a reply.

Also in this issue:
- "Unfortunately we've decided to move forward with other candidates": how to reply gracefully
- What to do if you missed an interview (yes, you can recover)
- Reader question: should I accept a verbal offer before the written one?

Read online: https://thehiringdesk.example.com/p/ghosted
You're receiving this because you subscribed. Unsubscribe.
""", fmt="html", skin=3, contact="",
      headers={**LIST, "List-Id": "The Hiring Desk <thehiringdesk.newsletter.example.com>"}),
    M(OTHER, "cold_outreach_chasseur", "fr", "Altéa Search",
      "Margaux Vidal <margaux.vidal@altea-search.example.fr>",
      "Opportunité confidentielle – Direction Qualité – Sud-Ouest",
      "2026-05-25 08:41 +0200",
      """Bonjour Théo,

J'accompagne actuellement un équipementier aéronautique de rang 1 (ETI familiale, 900 personnes) dans le recrutement de son futur Directeur Qualité & Amélioration Continue pour son site du Sud-Ouest.

Votre parcours a retenu mon attention. Si le sujet vous intéresse, même en veille, n'hésitez pas à me faire signe — je vous en dirai plus en toute confidentialité.

Belle journée,
Margaux Vidal
Altéa Search
"""),
    M(OTHER, "inmail_recruteur_en", "en", "Orbit People",
      "Jake Turner via LinkedIn <inmail-hit-reply@linkedin.example.com>",
      "Jake sent you a message",
      "2026-07-02 11:03 +0200",
      """Jake Turner
Talent Partner at Orbit People

Hi Théo, I'm building a pipeline of quality and certification folks for a few space start-ups across Europe later this year. Nothing concrete yet, but thought I'd connect so we can stay in touch. Feel free to check out our open roles on our site!

Reply: https://www.linkedin.example.com/messaging/thread/2-ZT1
You are receiving InMail notification emails. Unsubscribe
""", fmt="html", skin=3, contact=""),
    M(OTHER, "podcast_interview_invite", "fr", "Podcast Les Ailes du Lean",
      "Nicolas Sarda <nicolas@lesailesdulean.example.fr>",
      "Interview pour le podcast ?",
      "2026-06-03 12:12 +0200",
      """Salut Théo,

Je produis le podcast « Les Ailes du Lean » (amélioration continue dans l'aéro). Suite à ton post LinkedIn sur le kaizen chez les sous-traitants, ça te dirait de venir en parler au micro ? L'enregistrement dure 45 min, on peut le faire à distance, idéalement fin juin.

Dis-moi si tu es partant et je t'envoie quelques créneaux pour l'interview.

Nico
"""),
    M(OTHER, "radio_interview_es", "es", "Radio Costa Sevilla",
      "Redacción Radio Costa <redaccion@radiocosta.example.es>",
      "Entrevista en el programa 'Industria al día'",
      "2026-09-10 10:30 +0200",
      """Hola Théo:

Te escribo desde el programa "Industria al día". Estamos preparando un especial sobre la cadena de suministro aeronáutica entre Toulouse y Sevilla y nos gustaría hacerte una breve entrevista telefónica (10 minutos) para emitirla el jueves.

¿Tendrías disponibilidad el miércoles por la mañana?

Gracias,
Irene Castro
Redacción — Radio Costa
""", contact="redaccion@radiocosta.example.es"),
    M(OTHER, "user_research_en", "en", "Gridwise",
      "Gridwise Research <research@gridwise.example.com>",
      "Invitation: 30-min interview about your energy app ($50 gift card)",
      "2026-04-12 17:00 +0200",
      """Hi Théo,

You're one of a few Gridwise app users we'd like to interview! We're redesigning the monthly report and would love 30 minutes of your time for a video interview with our UX team.

As a thank you, you'll receive a $50 gift card. Book a time: https://research.gridwise.example.com/book

Thanks!
The Gridwise Research team
""", fmt="html", skin=0, contact=""),
    M(OTHER, "ami_refus_perso", "fr", "",
      "Camille Roussel <camille.roussel@example.org>",
      "bon ben c'est mort pour Lyon",
      "2026-03-25 22:41 +0100",
      """Hello toi,

Petite news : j'ai reçu le mail de refus pour le poste à Lyon ce matin, « nous avons décidé de poursuivre avec un candidat dont le profil correspond davantage... » bref le classique. Après trois entretiens j'avoue que ça pique.

Et toi tes candidatures ça avance ? On se fait un apéro samedi pour se remonter le moral ?

Bises
Camille
""", cte="base64"),
    M(OTHER, "friend_interview_story_en", "en", "",
      "Ben Ashworth <ben.ashworth@example.net>",
      "lol my interview today",
      "2026-07-29 20:18 +0100",
      """mate you won't believe it, I completely missed my interview at that Bristol consultancy this morning, train got cancelled at Swindon and my phone died. they rang twice apparently. so that's that.

how are things in Toulouse? still fighting the ATS robots?

Ben
"""),
    M(OTHER, "candidat_envoi_relance", "fr", "",
      CANDIDATE,
      "Relance candidature - Chef de projet industrialisation",
      "2026-04-27 08:52 +0200",
      """Bonjour Madame Belkacem,

Je me permets de revenir vers vous concernant ma candidature au poste de Chef de projet industrialisation à Pau, suite à nos deux entretiens. Je reste très intéressé par le poste et disponible pour tout complément.

Bien cordialement,
Théo Marchetti-Nguyen
06 11 22 33 44
""", to="Nadia Belkacem <nadia.belkacem@thermiq.example.com>", contact=""),
    M(OTHER, "candidate_sent_thanks_en", "en", "",
      CANDIDATE,
      "Thank you - technical interview",
      "2026-02-25 18:05 +0100",
      """Hi Jordan,

Thank you for organising today's interviews. I really enjoyed meeting the team, and I'm even more excited about the role after hearing about the supplier development roadmap.

Looking forward to the next steps.

Best regards,
Théo

On Tue, Feb 24, 2026 at 9:11 PM Jordan Ellis <jordan.ellis@arclight-aero.example.com> wrote:
> Hi Théo, congratulations on moving forward - please pick your interview slots. Jordan
""", to="Jordan Ellis <jordan.ellis@arclight-aero.example.com>", contact=""),
    M(OTHER, "candidat_reponse_refus", "fr", "",
      CANDIDATE,
      "Re: Retour suite à votre entretien",
      "2026-03-12 08:03 +0100",
      """Bonjour Claire,

Merci pour votre retour, même si c'est évidemment décevant. Je vous remercie pour votre accompagnement et reste à l'écoute pour les prochaines missions en qualité fournisseurs.

Bonne journée,
Théo

Le mer. 11 mars 2026 à 18:20, Claire Aubanel <claire.aubanel@talentis-sud.example.com> a écrit :
> Le client a beaucoup apprécié votre parcours mais il a finalement décidé de donner suite à un autre candidat.
""", to="Claire Aubanel <claire.aubanel@talentis-sud.example.com>", contact="",
      thread="cabinet_relay_after_interview"),
    M(OTHER, "ooo_recruteuse", "fr", "",
      "Claire Aubanel <claire.aubanel@talentis-sud.example.com>",
      "Réponse automatique : Re: Disponibilités",
      "2026-08-10 09:14 +0200",
      """Bonjour,

Je suis absente du bureau jusqu'au 24 août inclus, avec un accès limité à mes e-mails. Pour toute urgence, vous pouvez contacter l'accueil de Talentis Sud au 05 61 00 77 00.

Bien cordialement,
Claire Aubanel
""", headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}),
    M(OTHER, "ooo_recruiter_en", "en", "",
      "Dana Whitfield <dana.whitfield@helixmobility.example.com>",
      "Automatic reply: Supplier Industrialisation Lead - follow up",
      "2026-08-14 10:02 +0200",
      """Thanks for your email. I'm on annual leave until Monday 24 August with no access to email. For anything urgent regarding interviews or offers please contact talent@helixmobility.example.com.

Dana
""", headers={"Auto-Submitted": "auto-replied"}),
    M(OTHER, "standup_calendar", "en", "",
      "Google Calendar <calendar-notification@google.example.com>",
      "Notification: Daily stand-up - Kaizen project @ Mon Sep 21, 2026 9:15am - 9:30am (CEST)",
      "2026-09-21 09:05 +0200",
      """This is a reminder for:

Daily stand-up - Kaizen project
Monday Sep 21, 2026 9:15am – 9:30am Central European Time - Paris
Joining info: meet.example.com/kzn-dly-std

Who: theo.mn@example.fr (organizer), 4 more

You are receiving this email at the account theo.mn@example.fr because you are subscribed for notifications on calendar Théo.
""", fmt="html", skin=2, contact=""),
    M(OTHER, "alumni_entretien_reseau", "fr", "",
      "Réseau Alumni ENSMA <alumni@reseau-ensma.example.org>",
      "[Alumni] Afterwork Toulouse + atelier « pitcher son parcours en entretien »",
      "2026-05-28 12:00 +0200",
      """Chères et chers alumni,

Le groupe régional Occitanie vous donne rendez-vous le jeudi 11 juin à 19h à la Brasserie des Beaux-Arts pour un afterwork, précédé à 17h30 d'un atelier « pitcher son parcours en entretien d'embauche » animé par une chasseuse de têtes.

Inscription obligatoire : https://reseau-ensma.example.org/evenements/445

Le bureau du groupe Occitanie
""", fmt="html", skin=3, contact="",
      headers={**LIST, "List-Id": "Alumni Occitanie <occitanie.reseau-ensma.example.org>"}),
    # ---------------- life admin ----------------
    M(OTHER, "colis_retarde", "fr", "",
      "Colissimo <noreply@notif-colissimo.example.fr>",
      "Votre colis 6A2611448201 a du retard",
      "2026-02-18 16:22 +0100",
      """Bonjour,

Malheureusement, votre colis n° 6A2611448201 a pris du retard suite à un incident d'acheminement. Il vous sera livré dans les meilleurs délais.

Nous vous prions de nous excuser pour la gêne occasionnée.

Suivre mon colis : https://www.laposte.example.fr/outils/suivre-vos-envois?code=6A2611448201
""", fmt="html", skin=0, contact=""),
    M(OTHER, "chronopost_rdv", "fr", "",
      "Chronopost <ne-pas-repondre@chronopost.example.fr>",
      "Votre livraison prévue demain entre 9h et 13h",
      "2026-06-10 18:05 +0200",
      """Bonjour,
Votre colis XW448201773FR sera livré demain, jeudi 11 juin, entre 9h et 13h.
Absent ? Choisissez un autre créneau ou un Relais Pickup : https://www.chronopost.example.fr/modifier
""", contact=""),
    M(OTHER, "impots_avis", "fr", "",
      "impots.gouv.fr <ne-pas-repondre@dgfip.example.gouv.fr>",
      "Votre avis d'impôt sur les revenus 2025 est disponible",
      "2026-07-28 07:00 +0200",
      """Madame, Monsieur,

Votre avis d'impôt 2026 sur les revenus 2025 est disponible dans votre espace particulier sur impots.gouv.fr.

Cet avis indique un remboursement de 312 € qui sera effectué par virement.

La Direction générale des Finances publiques

Ce courriel est envoyé automatiquement, merci de ne pas y répondre.
""", charset="iso-8859-1", cte="quoted-printable", contact=""),
    M(OTHER, "caf_courrier", "fr", "",
      "Caf <ne_pas_repondre@caf.example.fr>",
      "Un nouveau courrier est disponible dans votre Espace Mon Compte",
      "2026-03-06 11:45 +0100",
      """Bonjour,

Un nouveau document est disponible dans la rubrique « Mon Compte » > « Mes courriers » de caf.fr. Il concerne votre demande d'aide au logement.

Votre Caf de la Haute-Garonne
""", contact=""),
    M(OTHER, "ameli_remboursement", "fr", "",
      "l'Assurance Maladie <noreply@info.ameli.example.fr>",
      "Nouveau paiement sur votre compte ameli",
      "2026-04-03 09:10 +0200",
      """Bonjour Théo,

Un nouveau paiement de 18,40 € a été effectué sur votre compte bancaire le 02/04/2026 (consultation du 27/03/2026).

Retrouvez le détail de vos remboursements sur votre compte ameli.

Votre caisse d'Assurance Maladie de la Haute-Garonne
""", fmt="html", skin=0, contact=""),
    M(OTHER, "mairie_carte_identite", "fr", "",
      "Mairie de Toulouse - Etat civil <etat-civil@mairie-toulouse.example.fr>",
      "Votre rendez-vous carte d'identité - confirmation",
      "2026-01-09 14:30 +0100",
      """Madame, Monsieur,

Votre rendez-vous pour une demande de carte nationale d'identité est confirmé :
Mairie annexe de Saint-Cyprien, le lundi 26 janvier 2026 à 10h20.

Pensez à vous munir de votre pré-demande ANTS, d'une photo d'identité récente et d'un justificatif de domicile.

En cas d'empêchement, merci d'annuler votre rendez-vous en ligne afin de libérer le créneau.
""", contact=""),
    M(OTHER, "banque_pret_demande_recue", "fr", "",
      "Banque Midi-Garonne <conseiller@banque-midigaronne.example.fr>",
      "Votre demande de prêt immobilier a bien été reçue",
      "2026-05-15 16:12 +0200",
      """Bonjour Monsieur Marchetti-Nguyen,

Nous accusons réception de votre demande de prêt immobilier (dossier n° PI-2026-55812). Votre dossier est complet et a été transmis à notre service d'étude des crédits.

Vous recevrez une réponse sous 10 jours ouvrés. Votre conseiller, M. Lopez, reste à votre disposition.

Banque Midi-Garonne — Agence Toulouse Compans
""", contact="conseiller@banque-midigaronne.example.fr"),
    M(OTHER, "carte_bancaire_refus", "fr", "",
      "Banque Midi-Garonne <alertes@banque-midigaronne.example.fr>",
      "Alerte : paiement refusé sur votre carte",
      "2026-08-22 20:41 +0200",
      """Un paiement de 64,90 € chez AIRFRANCE-WEB a été refusé sur votre carte se terminant par 4821 (plafond atteint).

Si vous n'êtes pas à l'origine de cette opération, contactez immédiatement le 09 69 00 00 00.
""", contact=""),
    M(OTHER, "credit_card_application_en", "en", "",
      "Meridian Card Services <no-reply@meridiancard.example.com>",
      "We've received your credit card application",
      "2026-02-28 15:00 +0000",
      """Hi Théo,

Thanks for applying for the Meridian Travel Card. We've received your application and we're reviewing it now.

Unfortunately we are unable to give a decision instantly in every case. We'll email you within 7 working days.

Meridian Card Services
""", fmt="html", skin=0, contact=""),
    M(OTHER, "assurance_auto_echeance", "fr", "",
      "Mutuelle Garonne Assurances <service-client@mga-assurances.example.fr>",
      "Votre avis d'échéance auto 2026",
      "2026-09-01 08:00 +0200",
      """Cher sociétaire,

Votre avis d'échéance pour le contrat auto n° AUT-339187 (Peugeot 208) est disponible dans votre espace client. Montant annuel : 512,40 €, prélevé en 12 fois.

Mutuelle Garonne Assurances
""", fmt="html", skin=1, contact=""),
    M(OTHER, "appartement_refus", "fr", "",
      "Agence Capitole Immobilier <location@capitole-immo.example.fr>",
      "Votre dossier de location - T3 rue des Filatiers",
      "2026-06-12 17:48 +0200",
      """Bonjour,

Nous vous remercions pour votre dossier de candidature pour le T3 situé rue des Filatiers.

Malheureusement, le propriétaire a retenu un autre dossier. Nous ne manquerons pas de vous proposer d'autres biens correspondant à vos critères.

Cordialement,
Sophie Garrigues
Agence Capitole Immobilier
""", contact="location@capitole-immo.example.fr"),
    M(OTHER, "apartment_application_en", "en", "",
      "Harbourview Lettings <lettings@harbourview.example.co.uk>",
      "Re: Flat 4, 12 Gloucester Road - application",
      "2026-02-10 12:30 +0000",
      """Hi Théo,

Thanks for your application for Flat 4. I'm afraid the landlord has decided to go ahead with another applicant who can move in earlier.

We'll let you know if anything similar comes up in Bristol.

Kind regards,
Tom
Harbourview Lettings
"""),
    M(OTHER, "universite_admission", "fr", "",
      "Scolarité IAE Toulouse <scolarite-mba@iae-toulouse.example.fr>",
      "Résultat de votre candidature - Executive MBA",
      "2026-07-06 10:00 +0200",
      """Monsieur,

Nous avons le plaisir de vous informer que le jury d'admission a émis un avis favorable à votre candidature à l'Executive MBA (promotion 2026-2028).

Pour confirmer votre inscription, merci de retourner le dossier administratif avant le 20 juillet.

Le service de la scolarité
""", contact="scolarite-mba@iae-toulouse.example.fr"),
    M(OTHER, "university_waitlist_en", "en", "",
      "Graduate Admissions <admissions-noreply@cranfell.example.ac.uk>",
      "Your application to MSc Aerospace Manufacturing - decision",
      "2026-04-08 13:00 +0100",
      """Dear Théo,

Thank you for your application to the MSc Aerospace Manufacturing (part-time). The selection committee regrets to inform you that we are unable to offer you a place for the 2026 intake, as the programme is heavily oversubscribed. You have been placed on our waiting list.

Graduate Admissions Office
Cranfell University
""", fmt="html", skin=1, contact=""),
    M(OTHER, "sncf_retard", "fr", "",
      "SNCF Connect <noreply@sncf-connect.example.com>",
      "Votre train TGV INOUI 8522 a du retard",
      "2026-03-18 15:40 +0100",
      """Bonjour Théo,

Votre train TGV INOUI 8522 Toulouse Matabiau → Bordeaux Saint-Jean du 18/03 est annoncé avec un retard d'environ 40 minutes en raison d'un incident de signalisation.

Vous pourrez bénéficier d'une compensation G30. Nous vous prions de nous excuser pour la gêne occasionnée.
""", fmt="html", skin=0, contact=""),
    M(OTHER, "air_france_enregistrement", "fr", "",
      "Air France <noreply@infos.airfrance.example.fr>",
      "Enregistrement ouvert - Toulouse > Hambourg",
      "2026-04-29 10:15 +0200",
      """Bonjour Monsieur Marchetti-Nguyen,

L'enregistrement pour votre vol AF1172 Toulouse-Blagnac → Paris-CDG puis AF1410 vers Hambourg du 30 avril est ouvert.

Choisissez votre siège et obtenez votre carte d'embarquement : https://wwws.airfrance.example.fr/check-in
""", fmt="html", skin=3, contact=""),
    M(OTHER, "edf_facture", "fr", "",
      "EDF <service-client@edf-particuliers.example.fr>",
      "Votre facture d'électricité est disponible",
      "2026-05-03 06:30 +0200",
      """Bonjour,

Votre facture du 02/05/2026 d'un montant de 67,12 € est disponible dans votre Espace Client. Elle sera prélevée le 17/05/2026.

EDF — Votre conseiller client
""", fmt="html", skin=0, contact=""),
    M(OTHER, "orange_box", "fr", "",
      "Orange <orange@relation-client.orange.example.fr>",
      "Intervention technicien : confirmation de votre rendez-vous",
      "2026-01-30 12:00 +0100",
      """Bonjour,

Votre rendez-vous avec un technicien pour le raccordement fibre est confirmé le mardi 3 février entre 13h et 17h. Merci d'être présent à votre domicile.

Si vous ne pouvez pas être présent, reportez votre rendez-vous depuis l'application Mon Orange.
""", contact=""),
    M(OTHER, "salle_sport_seance_manquee", "fr", "",
      "Fit Capitole <coach@fitcapitole.example.fr>",
      "On ne t'a pas vu au cours de ce matin !",
      "2026-09-08 12:10 +0200",
      """Salut Théo,

Tu étais inscrit au cours de cross-training de 7h mais tu n'es pas venu 😉 Pense à annuler ta réservation si tu as un empêchement, la place peut servir à quelqu'un d'autre !

À très vite à la salle,
Romain, ton coach Fit Capitole
""", fmt="html", skin=3, contact="coach@fitcapitole.example.fr"),
    M(OTHER, "cours_espagnol", "es", "",
      "Academia Cervantes Toulouse <clases@academia-cervantes.example.fr>",
      "Cambio de aula - clase del martes",
      "2026-02-02 18:00 +0100",
      """Hola Théo:

Te recordamos que a partir del martes 3 de febrero la clase de nivel B2 se imparte en el aula 4 (primera planta). La profesora Lucía os propone además una entrevista individual de nivel de 10 minutos antes de clase, si queréis.

¡Hasta el martes!
Academia Cervantes Toulouse
""", contact="clases@academia-cervantes.example.fr"),
    M(OTHER, "netflix_es", "es", "",
      "Netflix <info@mailer.netflix.example.com>",
      "Nuevo en Netflix: la serie que no te puedes perder",
      "2026-10-03 19:00 +0200",
      """Théo, tenemos algo para ti.

Nueva temporada de "Turbulencias": una ingeniera aeronáutica rechazada por todas las empresas decide montar la suya.

Ver ahora: https://www.netflix.example.com/title/81234
Cancelar suscripción a correos promocionales.
""", fmt="html", skin=3, contact="", headers=LIST),
    M(OTHER, "spotify_wrapped_de", "de", "",
      "Spotify <no-reply@spotify.example.com>",
      "Dein Monatsmix ist da",
      "2026-08-01 16:00 +0200",
      """Hi Théo,

dein neuer Mix für August ist bereit: 30 Songs, ausgewählt nach dem, was du gerade hörst – inklusive der Podcast-Folge „Vorstellungsgespräch überstanden – und jetzt?".

Jetzt anhören
Abmelden
""", fmt="html", skin=3, contact="", headers=LIST),
    M(OTHER, "gps_position_de", "de", "",
      "TrackMe Ortung <service@trackme.example.de>",
      "Neue Position Ihres Fahrzeugs",
      "2026-06-06 22:15 +0200",
      """Guten Tag,

Ihr Tracker „Peugeot 208" hat eine neue Position gemeldet:
Position: 43.6045 N, 1.4440 E (Toulouse, Allées Jean Jaurès)
Zeit: 06.06.2026 22:13

Geofence „Zuhause" verlassen. Position auf der Karte ansehen: https://app.trackme.example.de/map
""", contact=""),
    M(OTHER, "de_newsletter_karriere", "de", "",
      "karriere-kompass <redaktion@karriere-kompass.example.de>",
      "Absage nach dem Vorstellungsgespräch? So reagieren Sie richtig",
      "2026-05-19 07:00 +0200",
      """Karriere-Kompass Newsletter | Ausgabe 20/2026

Absage nach dem Vorstellungsgespräch? So reagieren Sie richtig
„Leider müssen wir Ihnen mitteilen ..." – wir zeigen, wie Sie nachhaken und Feedback bekommen.

Außerdem: Gehaltsverhandlung in der Luftfahrtbranche, und: Was tun, wenn man ein Vorstellungsgespräch verpasst hat?

Zum Newsletter abmelden: https://karriere-kompass.example.de/abmelden
""", fmt="html", skin=3, contact="",
      headers={**LIST, "List-Id": "<newsletter.karriere-kompass.example.de>"}),
    M(OTHER, "de_vermieter_besichtigung", "de", "",
      "Hausverwaltung Brandt <info@hv-brandt.example.de>",
      "Besichtigungstermin Wohnung Bremen-Neustadt abgesagt",
      "2026-04-23 14:02 +0200",
      """Sehr geehrter Herr Marchetti-Nguyen,

leider müssen wir den Besichtigungstermin am Samstag absagen, da die Wohnung bereits vergeben ist.

Mit freundlichen Grüßen
Hausverwaltung Brandt
""", contact=""),
    M(OTHER, "es_pedido_retrasado", "es", "",
      "Tienda Montaña <pedidos@tiendamontana.example.es>",
      "Tu pedido #45112 se ha retrasado",
      "2026-07-17 09:00 +0200",
      """Hola Théo,

Lamentablemente tu pedido #45112 (botas de trekking) se ha retrasado por falta de stock en el almacén. La nueva fecha estimada de entrega es el 24 de julio.

Disculpa las molestias,
Atención al cliente — Tienda Montaña
""", fmt="html", skin=0, contact=""),
    M(OTHER, "es_universidad_admision", "es", "",
      "Secretaría Máster <master.calidad@us.example.es>",
      "Resolución de admisión - Máster en Calidad Industrial",
      "2026-06-26 12:00 +0200",
      """Estimado Théo:

Le comunicamos que su solicitud de admisión al Máster Universitario en Calidad Industrial (modalidad online) ha sido ADMITIDA. Dispone de 10 días hábiles para formalizar la matrícula.

Secretaría del Máster
""", contact="master.calidad@us.example.es"),
    M(OTHER, "en_survey_interview_press", "en", "",
      "Priya Nair <priya.nair@aerospaceweekly.example.com>",
      "Interview request - supplier quality feature",
      "2026-09-29 15:44 +0100",
      """Hi Théo,

I'm a journalist at Aerospace Weekly working on a feature about supplier quality escapes in the European supply chain. A colleague mentioned your LinkedIn article on special processes. Would you be open to a 20-minute interview on background this week? Happy to do it by phone.

Best,
Priya Nair
Senior Reporter, Aerospace Weekly
"""),
    M(OTHER, "en_forwarded_job_ad_friend", "en", "",
      "Marco Bellini <marco.bellini@example.com>",
      "Fwd: We're hiring: Quality Lead (Toulouse)",
      "2026-10-14 08:30 +0200",
      """saw this and thought of you!

---------- Forwarded message ---------
From: Vantor Robotics Careers <careers@vantor.example.com>
Date: Tue, Oct 13, 2026 at 6:00 PM
Subject: We're hiring: Quality Lead (Toulouse)
To: <marco.bellini@example.com>

We're growing our Toulouse team and looking for a Quality Lead to own supplier quality and certification. Know someone great? Share this post or apply at https://vantor.example.com/careers
"""),
]
