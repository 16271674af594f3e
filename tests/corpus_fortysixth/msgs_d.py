"""Everything else a job seeker's inbox holds: alerts, newsletters, admin, friends, own mail
(data for make_fortysixth.py). All labelled `other`, no company."""

from msgkit import ME, M

T = "other"


def bulk(list_id: str, unsub: str) -> dict[str, str]:
    """Mailing-list headers as bulk senders set them."""
    return {"List-Id": list_id, "List-Unsubscribe": f"<{unsub}>, <mailto:unsubscribe@{unsub.split('/')[2]}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"}


MSGS = [
    # ---- French (25)
    M(T, "alerte_wttj", "fr",
      ("Welcome to the Jungle", "alertes@welcometothejungle.example.com"),
      "12 nouvelles offres pour « Responsable achats » 🔎",
      """Hello Amadou,

Voici les nouvelles offres qui correspondent à ton alerte « Responsable achats – Lyon » :

Responsable Achats Indirects – Ekiplast – Lyon 7e – CDI
Acheteur·se Projets – Voltaire Mobility – Villeurbanne – CDI
Purchasing Manager – Greenbox – Télétravail total
Responsable Approvisionnements – La Fabrique du Thé – Lyon – CDI

Et 8 autres offres à découvrir.

Modifier mon alerte · Se désabonner
""", fmt="html", cte="qp", headers=bulk("<alertes.welcometothejungle.example.com>", "https://www.welcometothejungle.example.com/unsub/a81"),
      links=["Voir les 12 offres", "Modifier mon alerte", "Se désabonner"]),

    M(T, "alerte_indeed", "fr",
      ("Indeed", "alert@indeed.example.com"),
      "Coordinateur logistique : 25 nouveaux emplois à Paris (75)",
      """Coordinateur logistique H/F
Groupe Hexalog – Gennevilliers (92)
Répond généralement dans un délai de 3 jours
Postuler facilement

Coordinateur Supply Chain
Maison Delorme – Paris (75)
35 000 € - 40 000 € par an

Assistant Planification Transport
Translitto – Rungis (94)

Voir tous les emplois

Vous recevez cet e-mail car vous avez créé une alerte emploi sur Indeed. Se désabonner.
""", fmt="html", cte="b64", headers=bulk("<jobalerts.indeed.example.com>", "https://fr.indeed.example.com/unsub?id=77"),
      links=["Voir tous les emplois", "Se désabonner"]),

    M(T, "linkedin_inmail_chasseur", "fr",
      ("Julie Morel via LinkedIn", "inmail-hit-reply@linkedin.example.com"),
      "Opportunité Head of Procurement – scale-up retail",
      """Bonjour Amadou,

Je me permets de vous contacter car j'accompagne une scale-up du retail en forte croissance qui structure sa fonction achats. Votre parcours en supply chain internationale a retenu mon attention.

Seriez-vous ouvert à découvrir de nouvelles opportunités ? Je serais ravie de vous en dire plus si le sujet vous intéresse.

Belle journée,
Julie Morel
Executive Search – Achats & Supply Chain

Répondre · Pas intéressé
""", fmt="html", cte="qp", links=["Répondre", "Pas intéressé"]),

    M(T, "newsletter_cadremploi_refus", "fr",
      ("Cadremploi – Le Mag", "newsletter@cadremploi.example.fr"),
      "Refus après un entretien : 5 façons de rebondir",
      """Le Mag Cadremploi – édition du jeudi

À LA UNE
« Nous sommes au regret de vous informer… » : comment transformer un refus après entretien en opportunité ? Nos conseils pour demander un retour, relancer intelligemment et garder le contact avec le recruteur.

AUSSI CETTE SEMAINE
- Entretien manqué : faut-il s'excuser et comment ?
- Salaires 2026 : ce que gagnent les acheteurs
- Les 10 questions pièges en entretien avec la DRH

Vous recevez cette newsletter car vous êtes inscrit sur Cadremploi. Se désinscrire
""", fmt="html", cte="qp", headers=bulk("<mag.cadremploi.example.fr>", "https://www.cadremploi.example.fr/nl/unsub"),
      links=["Lire l'article", "Entretien manqué", "Se désinscrire"]),

    M(T, "ami_refus_perso", "fr",
      ("Romain Fabre", "romain.fabre@example.net"),
      "bon ben...",
      """Salut Ams,

Petite news : Sportiva m'a répondu, c'est non 😅 « votre profil ne correspond pas au poste », après 3 entretiens, ça pique un peu. Bref je me remets dessus la semaine prochaine.

Et toi ça avance tes candidatures ? On se fait une bière vendredi ?

Romain
""", contact="romain.fabre@example.net", cte="8bit"),

    M(T, "colissimo_retard", "fr",
      ("Colissimo", "noreply@notif-colissimo.example.fr"),
      "Votre colis a du retard",
      """Bonjour,

Malheureusement, votre colis n° 6A21948853012 a pris du retard suite à un incident d'acheminement. Il vous sera livré dans les meilleurs délais.

Nous vous prions de nous excuser pour la gêne occasionnée.

Suivre mon colis

Colissimo – La Poste
""", fmt="html", cte="qp", links=["Suivre mon colis"]),

    M(T, "impots_avis", "fr",
      ("impots.gouv.fr", "ne-pas-repondre@dgfip.example.fr"),
      "Votre avis d'impôt sur le revenu est disponible",
      """Madame, Monsieur,

Votre avis d'impôt sur les revenus 2025 est disponible dans votre espace particulier sur impots.gouv.fr, rubrique « Documents ».

Ce courriel est envoyé automatiquement, merci de ne pas y répondre.

La Direction générale des Finances publiques
""", charset="iso-8859-1", cte="qp"),

    M(T, "caf_dossier", "fr",
      ("Caf", "ne-pas-repondre@caf.example.fr"),
      "Un nouveau document est disponible dans votre espace Mon Compte",
      """Bonjour,

Un nouveau courrier concernant votre dossier est disponible dans votre espace Mon Compte sur caf.fr ou sur l'application mobile Caf – Mon Compte.

Cordialement,
Votre Caf
""", fmt="html", cte="qp"),

    M(T, "ameli_remboursement", "fr",
      ("l'Assurance Maladie", "ne-pas-repondre@assurance-maladie.example.fr"),
      "Votre relevé de remboursements",
      """Bonjour Monsieur DIALLO-LEFEVRE,

Un nouveau relevé mensuel de vos remboursements de soins est disponible dans votre compte ameli.

Pour le consulter, connectez-vous à votre compte ameli, rubrique « Mes paiements ».

Votre caisse d'Assurance Maladie
""", fmt="alt", cte="qp"),

    M(T, "banque_demande_pret_recue", "fr",
      ("Banque Ligérienne", "conseiller@banque-ligerienne.example.fr"),
      "Votre demande de prêt personnel a bien été reçue",
      """Bonjour Monsieur Diallo-Lefèvre,

Nous accusons réception de votre demande de prêt personnel n° PP-2026-5510 d'un montant de 8 000 €.

Votre dossier est en cours d'étude. Votre conseiller reviendra vers vous sous 72 heures ouvrées pour vous communiquer la réponse de la banque.

Cordialement,
Votre agence Banque Ligérienne – Nantes Commerce
""", fmt="alt", cte="b64"),

    M(T, "location_dossier_refuse", "fr",
      ("Agence Saint-Clair Immobilier", "location@saintclair-immo.example.fr"),
      "Votre dossier de location – T2 rue Paul Bert",
      """Bonjour Monsieur,

Nous vous remercions pour l'intérêt porté au T2 situé rue Paul Bert (Lyon 3e).

Malheureusement, le propriétaire a retenu un autre dossier. Nous ne manquerons pas de vous proposer d'autres biens correspondant à vos critères.

Bien cordialement,
Amélie Roux
Agence Saint-Clair Immobilier
04 72 55 10 10
""", contact="location@saintclair-immo.example.fr", charset="windows-1252", cte="qp"),

    M(T, "sncf_billet", "fr",
      ("SNCF Connect", "confirmation@sncf-connect.example.com"),
      "Confirmation de votre voyage Paris → Nantes",
      """Bonjour Amadou,

Votre commande est confirmée.

Aller : jeudi 12 mars 2026 – Paris Montparnasse 07:52 → Nantes 09:58 – TGV INOUI 8803 – voiture 14, place 62

Référence de dossier : QZK4PL

Bon voyage !
SNCF Connect
""", fmt="html", cte="qp", links=["Voir mon billet", "Échanger ou annuler"]),

    M(T, "engie_facture", "fr",
      ("ENGIE", "info@engie-particuliers.example.fr"),
      "Votre facture est disponible",
      """Bonjour,

Votre facture d'électricité et de gaz de mars 2026 d'un montant de 87,40 € est disponible dans votre Espace Client.

Elle sera prélevée le 15/04/2026.

ENGIE – Service Clients
""", fmt="html", cte="qp", headers={"Precedence": "bulk"}),

    M(T, "salle_de_sport", "fr",
      ("Forme & Co Lyon Part-Dieu", "club.partdieu@formeetco.example.fr"),
      "Ton abonnement est renouvelé 💪",
      """Salut Amadou,

Ton abonnement mensuel a bien été renouvelé. Rendez-vous ce week-end pour le nouveau cours de cross-training du samedi 10h !

Sportivement,
L'équipe du club
""", fmt="html", cte="b64", headers=bulk("<news.formeetco.example.fr>", "https://formeetco.example.fr/u/91")),

    M(T, "france_travail_actualisation", "fr",
      ("France Travail", "ne-pas-repondre@francetravail.example.fr"),
      "Pensez à vous actualiser",
      """Bonjour Monsieur DIALLO-LEFEVRE,

La période d'actualisation est ouverte du 28 avril au 15 mai. Pensez à déclarer votre situation sur francetravail.fr ou sur l'application.

Rappel : votre prochain entretien de suivi avec votre conseiller est prévu le 20 mai à 14h00 à l'agence de Lyon Part-Dieu.

France Travail
""", fmt="alt", cte="qp"),

    M(T, "podcast_interview_invite", "fr",
      ("Léa Marchand", "lea@podcast-chaine-courte.example.fr"),
      "Interview pour le podcast « Chaîne courte »",
      """Bonjour Amadou,

J'anime le podcast « Chaîne courte » consacré à la logistique durable. J'ai lu ton post LinkedIn sur la mutualisation des tournées en centre-ville et j'aimerais beaucoup t'interviewer pour un épisode de 40 minutes.

L'enregistrement se fait à distance, quand tu veux en juin. Ça te dirait ?

Léa
Chaîne courte – le podcast de la logistique qui change
""", contact="lea@podcast-chaine-courte.example.fr", cte="8bit"),

    M(T, "etude_utilisateur_entretien", "fr",
      ("Équipe Recherche Utilisateur HelloWork", "research@hellowork.example.com"),
      "Participez à un entretien de 45 min (bon d'achat de 40 €)",
      """Bonjour Amadou,

Vous utilisez HelloWork pour votre recherche d'emploi ? Notre équipe produit cherche des candidats pour un entretien utilisateur en visio de 45 minutes afin d'améliorer notre moteur de recherche d'offres.

En remerciement, vous recevrez un bon d'achat de 40 €. Réservez votre créneau ici.

L'équipe Recherche Utilisateur
""", fmt="html", cte="qp", links=["Réserver mon créneau"], headers=bulk("<research.hellowork.example.com>", "https://hellowork.example.com/unsub")),

    M(T, "envoi_candidature_propre", "fr",
      ME, "Candidature – Responsable Approvisionnement (réf. VD-2026-12)",
      """Madame, Monsieur,

Actuellement coordinateur logistique chez un commissionnaire de transport, je souhaite évoluer vers les achats et l'approvisionnement. Je vous adresse ma candidature pour le poste de Responsable Approvisionnement.

Vous trouverez ci-joint mon CV et ma lettre de motivation. Je me tiens à votre disposition pour un entretien.

Bien cordialement,
Amadou Diallo-Lefèvre
06 48 21 90 37
""", to=("Recrutement Vitalis", "recrutement@vitalis-distribution.example.fr"), attach="CV_Amadou_Diallo-Lefevre.pdf",
      date="2026-01-12T21:14:00"),

    M(T, "relance_propre", "fr",
      ME, "Re: Candidature Responsable Achats",
      """Bonjour Madame Benali,

Je me permets de revenir vers vous concernant ma candidature au poste de Responsable Achats à Casablanca. Je reste très motivé par ce poste et disponible pour un échange.

Bien cordialement,
Amadou Diallo-Lefèvre
""", to=("Nadia Benali", "n.benali@atlas-froid.example.ma"),
      quote=("fr", "lun. 9 mars 2026 à 10:14", "Amadou Diallo-Lefèvre <amadou.diallo@example.fr>",
             "Madame, Monsieur,\n\nJe vous adresse ma candidature pour le poste de Responsable Achats basé à Casablanca.\n\nBien cordialement,\nAmadou"), date="2026-03-13T18:45:00"),

    M(T, "absence_recruteur", "fr",
      ("Hélène Roussel", "helene.roussel@groupe-vendome-cosmetiques.example.com"),
      "Réponse automatique : Candidature Responsable S&OP",
      """Bonjour,

Je suis absente du bureau jusqu'au lundi 24 août inclus, sans accès à mes mails.

Pour toute urgence concernant un recrutement en cours, merci de contacter recrutement@groupe-vendome-cosmetiques.example.com.

Cordialement,
Hélène Roussel
""", contact="helene.roussel@groupe-vendome-cosmetiques.example.com",
      headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}, date="2026-08-12T09:00:00"),

    M(T, "syndicat_newsletter", "fr",
      ("Union des Cadres Solidaires", "lettre@ucs-cadres.example.fr"),
      "La lettre des cadres – n° 214",
      """La lettre des cadres – n° 214

- Rupture conventionnelle : ce qui change en 2026
- Forfait jours : vos droits
- Cadres en recherche d'emploi : l'accompagnement à la négociation de l'offre d'embauche

Pour vous désabonner, cliquez ici.
""", fmt="html", charset="iso-8859-1", cte="qp", headers=bulk("<lettre.ucs-cadres.example.fr>", "https://ucs-cadres.example.fr/desabo")),

    M(T, "formation_continue_inscription", "fr",
      ("Institut Rhône Formation Continue", "inscriptions@irfc.example.fr"),
      "Votre inscription à l'UE « Achats responsables » est confirmée",
      """Bonjour,

Nous vous confirmons votre inscription à l'unité d'enseignement « Achats responsables et RSE » (6 ECTS), semestre 2. Premier cours en visio le mardi 3 février à 18h30.

Le service Formation continue
""", fmt="alt", cte="qp"),

    M(T, "streaming_nouveautes", "fr",
      ("Cinélune", "info@mailer.cinelune.example.com"),
      "Amadou, une nouvelle série vient d'arriver",
      """Nouveau sur Cinélune : « Le Port », la série événement sur les dockers du Havre.

Regarder maintenant

Vous recevez cet e-mail car vous êtes membre de Cinélune. Gérer vos préférences.
""", fmt="html", cte="b64", headers=bulk("<marketing.cinelune.example.com>", "https://cinelune.example.com/unsub/x1")),

    M(T, "mutuelle_adhesion", "fr",
      ("Mutuelle Harmonie des Cadres", "service-adherents@mhc.example.fr"),
      "Votre demande d'adhésion a bien été enregistrée",
      """Bonjour Monsieur Diallo-Lefèvre,

Nous avons bien reçu votre demande d'adhésion individuelle (formule Équilibre). Votre dossier est en cours de traitement et votre carte de tiers payant vous parviendra sous 10 jours.

Votre conseiller Mutuelle Harmonie des Cadres
""", fmt="alt", cte="qp"),

    M(T, "jobup_alerte_suisse", "fr",
      ("jobup.ch", "jobalert@jobup.example.ch"),
      "5 nouveaux jobs : logistique – Genève",
      """Vos nouvelles offres d'emploi

Supply Chain Planner 100% – Lémanis – Lonay
Responsable entrepôt 80-100% – Helvetrans – Genève
Acheteur/euse technique – Fondation Rive – Genève

Voir toutes les offres | Gérer mes alertes | Se désabonner
""", fmt="html", cte="qp", headers=bulk("<jobalert.jobup.example.ch>", "https://www.jobup.example.ch/alert/unsub/55"),
      links=["Voir toutes les offres", "Se désabonner"]),

    # ---- English (14)
    M(T, "linkedin_job_digest", "en",
      ("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.example.com"),
      "Procurement Manager: Shipleaf and others are hiring",
      """Your job alert for Procurement Manager in European Union

Procurement Manager, EMEA - Shipleaf - Remote - Actively recruiting
Sourcing Lead - Greenbox - Amsterdam - 3 connections work here
Indirect Procurement Manager - Parcelwise - Dublin - Easy Apply

See all jobs

You are receiving Job Alert emails. Unsubscribe.
""", fmt="html", cte="qp", headers=bulk("<jobs.linkedin.example.com>", "https://www.linkedin.example.com/unsub/jobs"),
      links=["See all jobs", "Unsubscribe"]),

    M(T, "career_newsletter_rejection_en", "en",
      ("The Ops Career Letter", "hello@opscareerletter.example.com"),
      "Why you got rejected (and it wasn't your CV)",
      """This week: rejection, ghosting and the missed interview

Hi there,

Last week a reader wrote in: "I got a 'we've decided to move forward with other candidates' email two hours after my final interview." Let's unpack what that usually means, how to respond graciously, and why it rarely has anything to do with you.

Also inside:
- What to do if you miss an interview (yes, you can recover)
- Template: asking for feedback after a rejection

Read online | Unsubscribe
""", fmt="alt", cte="qp", headers=bulk("<opscareerletter.example.com>", "https://opscareerletter.example.com/unsubscribe/k9")),

    M(T, "recruiter_cold_outreach_en", "en",
      ("Sam Whitaker", "sam.whitaker@northstar-search.example.com"),
      "Supply chain roles in Amsterdam",
      """Hi Amadou,

I came across your profile and wanted to introduce myself - I'm a recruiter specialising in supply chain and procurement roles across the Benelux.

I'm not working on anything that matches your background right this minute, but I'd be glad to keep your details on file and send relevant roles your way as they come up. Feel free to connect on LinkedIn.

Best,
Sam Whitaker
Northstar Search
""", contact="sam.whitaker@northstar-search.example.com"),

    M(T, "press_interview_request", "en",
      ("Hannah Clarke", "hannah.clarke@freightweekly.example.com"),
      "Interview request - Freight Weekly",
      """Hi Amadou,

I'm a reporter at Freight Weekly working on a piece about port congestion in northern Europe this summer. A colleague mentioned you'd spoken about it at the Lyon logistics meetup.

Would you be open to a 15-minute interview by phone this week? Happy to keep it on background if you prefer.

Thanks,
Hannah Clarke
Senior Reporter, Freight Weekly
""", contact="hannah.clarke@freightweekly.example.com", fmt="alt", cte="qp"),

    M(T, "gps_position_update", "en",
      ("Tracko", "alerts@tracko.example.com"),
      "Position update: your tracker has left the safe zone",
      """Your device "Vélo" has left the Home zone.

Last known position: 45.7602 N, 4.8590 E
Accuracy: 12 m
Time: 07:42

Open the Tracko app to view the live location.
""", fmt="html", cte="qp"),

    M(T, "order_delayed_en", "en",
      ("Shopello", "shipment-tracking@shopello.example.com"),
      "Update on your order #402-5581193",
      """Hello Amadou,

Unfortunately, your order containing "Ergonomic laptop stand" is delayed. We now expect it to arrive Thursday, June 4.

We're sorry for the inconvenience. You don't need to do anything - we'll let you know when it ships.
""", fmt="html", cte="qp"),

    M(T, "credit_card_application", "en",
      ("Novabanque", "no-reply@novabanque.example.com"),
      "We've received your application",
      """Hi Amadou,

Thanks for applying for a Novabanque credit card. We've received your application and we're reviewing it now. We'll get back to you within 2 working days.

Team Novabanque
""", fmt="html", cte="b64"),

    M(T, "university_admission", "en",
      ("Graduate Admissions - Northbridge Business School", "pgadmissions@northbridge-nbs.example.ac.uk"),
      "Decision on your application - MSc Sustainable Supply Chain Management",
      """Dear Amadou,

Thank you for applying to the MSc Sustainable Supply Chain Management (part-time, online) for September 2026 entry.

We regret to inform you that we are unable to offer you a place on this programme, as the cohort is now full. We would encourage you to apply for the January 2027 intake.

Yours sincerely,
Postgraduate Admissions Office
""", fmt="alt", cte="qp"),

    M(T, "standup_calendar", "en",
      ("Google Calendar", "calendar-notification@google.example.com"),
      "Notification: Daily stand-up @ Mon 9:30am - 9:45am (CEST)",
      """This is a reminder for:

Daily stand-up – Lyon volunteer logistics crew
Mon 9:30am – 9:45am (Central European Time - Paris)
Joining: meet.google.example.com/abc-defg-hij

You are receiving this email at the account amadou.diallo@example.fr because you are subscribed for notifications on calendar Amadou.
""", ics={"start": "2026-06-08T07:30:00", "minutes": 15, "summary": "Daily stand-up",
          "organizer": "coordination@lyon-benevoles.example.org", "rrule": "FREQ=WEEKLY;BYDAY=MO,WE,FR",
          "location": "Google Meet"}),

    M(T, "ooo_recruiter_en", "en",
      ("Tom Reyes", "tom.reyes@orbitcart.example.com"),
      "Automatic reply: Orbitcart // next steps",
      """Thanks for your email. I'm out of office until Monday August 3rd with limited access to email. For anything urgent please contact recruiting@orbitcart.example.com.

Tom
""", contact="tom.reyes@orbitcart.example.com", headers={"Auto-Submitted": "auto-replied"}, date="2026-07-22T08:01:00"),

    M(T, "own_sent_thank_you_en", "en",
      ME, "Thank you - Procurement Manager interview",
      """Hi Jess,

Thank you for organising today's interviews, and please pass on my thanks to the panel. I particularly enjoyed the discussion with Lukas about supplier consolidation.

Looking forward to hearing about next steps.

Best regards,
Amadou
""", to=("Jess Amari", "jess.amari@shipleaf.example.com"), date="2026-06-09T18:00:00"),

    M(T, "friend_forward_job", "en",
      ("Priya Nair", "priya.nair@example.org"),
      "Fwd: Job opening - S&OP lead",
      """Hey, saw this and thought of you!! They're hiring in my team, happy to refer you.

---------- Forwarded message ---------
From: Internal Mobility <mobility@greenbox.example.com>
Date: Tue, Jun 16, 2026 at 9:02 AM
Subject: Job opening - S&OP lead

Hi team, we are opening an S&OP Lead position in Amsterdam. Referrals welcome - referral bonus applies.
""", contact="priya.nair@example.org"),

    M(T, "webinar_interview_skills", "en",
      ("Greenhouse Events", "events@greenhouse-mail.example.io"),
      "Webinar: acing the panel interview",
      """Join us Thursday for a free webinar with hiring managers from top logistics companies: how panel interviews are scored, what we look for in case studies, and how to follow up after an offer or a rejection.

Register now

Greenhouse Events | Unsubscribe
""", fmt="html", cte="qp", headers=bulk("<events.greenhouse-mail.example.io>", "https://greenhouse-mail.example.io/unsub")),

    M(T, "survey_candidate_experience", "en",
      ("Castellan Health Talent", "survey@candidate-pulse.example.com"),
      "How was your interview experience?",
      """Hi Amadou,

You recently interviewed with Castellan Health. We'd love to hear about your experience - this 3-minute survey is anonymous and doesn't affect your application in any way.

Take the survey

Powered by CandidatePulse
""", fmt="html", cte="qp", links=["Take the survey"]),

    # ---- Spanish (5)
    M(T, "es_alerta_infojobs", "es",
      ("InfoJobs", "alertas@infojobs.example.net"),
      "Nuevas ofertas de Técnico de compras",
      """Hola Amadou,

Tenemos 9 nuevas ofertas que encajan con tu alerta «Técnico de compras – Madrid»:

Técnico de Compras Junior – LogiSur – Getafe
Comprador/a Industrial – Metales Ibéricos – Alcalá de Henares
Técnico de Aprovisionamiento – Frutas del Segura – Murcia

Ver todas · Darse de baja
""", fmt="html", charset="iso-8859-1", cte="qp", headers=bulk("<alertas.infojobs.example.net>", "https://www.infojobs.example.net/baja/31")),

    M(T, "es_amiga_rechazo", "es",
      ("Carmen Ruiz", "carmen.ruiz@example.com"),
      "jaja qué semana",
      """Amadou!! Al final me rechazaron en lo de Aerolíneas Brisa, me llamaron para decirme que buscaban a alguien con más experiencia. Bueno, a otra cosa. ¿Tú qué tal con lo de Valencia?

Besos
Carmen

Enviado desde mi iPhone
""", contact="carmen.ruiz@example.com", cte="8bit"),

    M(T, "es_banco_solicitud", "es",
      ("Banco Meridional", "avisos@bancomeridional.example.es"),
      "Hemos recibido su solicitud de préstamo",
      """Estimado cliente:

Le confirmamos que hemos recibido su solicitud de préstamo personal. Nuestro equipo la está analizando y le informaremos de la resolución en un plazo máximo de 5 días hábiles.

Atentamente,
Banco Meridional
""", fmt="alt", cte="qp"),

    M(T, "es_encuesta_entrevista_usuario", "es",
      ("Equipo de Producto Rodamos", "research@rodamos.example.com"),
      "¿Nos ayudas? Entrevista de 30 minutos",
      """Hola,

Estamos buscando usuarios para una entrevista de investigación de 30 minutos sobre cómo usas la app en tus viajes de trabajo. Te regalamos 20 € en viajes por participar.

Elige tu horario aquí.

Equipo de Producto
""", fmt="html", cte="qp", links=["Elegir horario"]),

    M(T, "es_fuera_oficina", "es",
      ("Lucía Ferrer", "lucia.ferrer@arenal-consultores.example.es"),
      "Respuesta automática: Proceso Responsable de Compras - Valencia",
      """Hola,

Estaré fuera de la oficina hasta el 24 de agosto. Para cualquier asunto urgente puedes escribir a seleccion@arenal-consultores.example.es.

Gracias,
Lucía
""", contact="lucia.ferrer@arenal-consultores.example.es", headers={"Auto-Submitted": "auto-replied"}, date="2026-08-10T10:00:00"),

    # ---- German (5)
    M(T, "de_stepstone_jobagent", "de",
      ("StepStone Job-Agent", "jobagent@stepstone.example.de"),
      "7 neue Jobs für „Einkäufer“ in Hamburg",
      """Hallo Amadou,

Ihr Job-Agent hat 7 neue Stellenangebote für Sie gefunden:

Strategischer Einkäufer (m/w/d) – Hanseatic Retail – Hamburg
Supply Chain Planner (m/w/d) – Nordlicht Foods – Hamburg
Operativer Einkäufer (m/w/d) – Weser Logistik – Bremen

Alle Jobs ansehen | Job-Agent bearbeiten | Abmelden
""", fmt="html", cte="qp", headers=bulk("<jobagent.stepstone.example.de>", "https://www.stepstone.example.de/abmelden/12"),
      links=["Alle Jobs ansehen", "Abmelden"]),

    M(T, "de_paket_verspaetung", "de",
      ("PaketNord", "noreply@paketnord.example.de"),
      "Ihre Sendung verspätet sich",
      """Guten Tag,

leider verzögert sich die Zustellung Ihrer Sendung 00340434161234567890. Wir bitten um Entschuldigung. Die voraussichtliche Zustellung ist jetzt Mittwoch.

Ihr PaketNord Team
""", fmt="html", charset="iso-8859-1", cte="qp"),

    M(T, "de_kollege_absage_erzaehlt", "de",
      ("Felix Wagner", "felix.wagner@example.net"),
      "Re: Wie läuft's?",
      """Hey Amadou,

bei mir leider nix Neues – gestern kam die Absage von Brückner, die haben sich für jemand Internen entschieden. Naja, weiter geht's. Drück dir die Daumen für Bremen!

Felix
""", contact="felix.wagner@example.net",
      quote=("de", "Mo., 13. Apr. 2026 um 19:20", "Amadou Diallo-Lefèvre <amadou.diallo@example.fr>",
             "Hi Felix,\n\nwie läuft's bei dir mit den Bewerbungen? Ich hab nächste Woche ein Gespräch in Bremen.\n\nLG Amadou"), date="2026-04-15T20:11:00"),

    M(T, "de_newsletter_karriere", "de",
      ("karriere-letter", "newsletter@karriere-letter.example.de"),
      "Absage nach dem Vorstellungsgespräch? So reagieren Sie richtig",
      """Der Karriere-Letter | Ausgabe 31/2026

Absage nach dem Vorstellungsgespräch: Warum Sie trotzdem antworten sollten
Gehaltsverhandlung: So sprechen Sie das Angebot an
Verpasster Termin: Wie Sie sich professionell entschuldigen

Newsletter abbestellen
""", fmt="alt", cte="qp", headers=bulk("<karriere-letter.example.de>", "https://karriere-letter.example.de/abmelden")),

    M(T, "de_uni_zulassung", "de",
      ("Studierendensekretariat Hochschule Bremen", "zulassung@hs-bremen.example.de"),
      "Zulassungsbescheid Master Logistik",
      """Sehr geehrter Herr Diallo-Lefèvre,

wir freuen uns, Ihnen mitzuteilen, dass Sie für den berufsbegleitenden Masterstudiengang „Logistik und Nachhaltigkeit" zum Wintersemester 2026/27 zugelassen sind.

Bitte nehmen Sie den Studienplatz bis zum 15. August im Bewerbungsportal an.

Mit freundlichen Grüßen
Studierendensekretariat
""", fmt="alt", cte="b64"),
]
