"""Corpus 167 — other (52 hand-written messages): the candidate's own mail, digests,
newsletters, advice, auto-replies, notifications, and private mail that borrows the words."""

from __future__ import annotations

from msgs167_common import (
    AUTO_GENERATED,
    AUTO_REPLIED,
    CANDIDATE,
    SIG_DE,
    SIG_EN,
    SIG_ES,
    SIG_FR,
    ats_card,
    forward_block,
    list_headers,
    m,
    newsletter,
    paras,
    quote,
    simple_html,
    wrote,
)

K = "other"
MESSAGES: list[dict] = []
add = MESSAGES.append

# ================================================================== French (27)

_mosan_move_q = """Le Dr Hardy doit se rendre à l'AFMPS le 19 février au matin. Nous avons donc déplacé votre entretien au vendredi 20 février de 9h30 à 11h00, même lieu, même panel."""
add(m(K, "own_thankyou_mosanpharm", "fr",
      frm=CANDIDATE, to=[("Julie Deprez", "julie.deprez@mosanpharm.example.be")],
      subject="Merci pour l'entretien de ce matin",
      date="2026-02-20 17:41 +0100", key="mosan-thanks", irt="mosan-move",
      refs=["mosan-inv"],
      text=f"""Bonjour Madame Deprez,

Je tenais à vous remercier, ainsi que le Dr Hardy et Mme Piron, pour l'entretien de ce matin. La présentation du circuit des variations m'a confortée dans mon envie de rejoindre votre équipe.

Je reste à votre disposition pour tout complément d'information.

Bien cordialement,
{SIG_FR}

{wrote("fr", "jeu. 12 févr. 2026 à 17:05", "Julie Deprez", "julie.deprez@mosanpharm.example.be")}
{quote(_mosan_move_q)}
""", cte="qp"))

add(m(K, "own_spontaneous_application_namurgen", "fr",
      frm=CANDIDATE, to=[("", "jobs@namurgen.example.be")],
      subject="Candidature spontanée – assistante affaires réglementaires",
      date="2026-04-20 21:08 +0200", key="namurgen-own",
      text=f"""Madame, Monsieur,

Assistante pharmaceutique depuis sept ans dans une officine liégeoise, je souhaite aujourd'hui mettre mon expérience au service d'une équipe d'affaires réglementaires. Vous trouverez ci-joint mon CV et ma lettre de motivation.

La délivrance, la gestion des ruptures de stock et la déclaration des effets indésirables font partie de mon quotidien ; je suis actuellement le certificat en affaires réglementaires en cours du soir.

Je serais heureuse de vous rencontrer pour un entretien à votre convenance.

Bien cordialement,
{SIG_FR}""", cte="8bit",
      pdfs=[("CV_Manon_Tshibangu-Roux.pdf", "CV Manon Tshibangu-Roux",
             ["Manon Tshibangu-Roux", "Assistante pharmaceutico-technique",
              "2019-2026 : Pharmacie du Pont d'Avroy, Liege",
              "2025-2026 : Certificat en affaires reglementaires (cours du soir)",
              "Langues : francais, anglais (C1), neerlandais (B1), espagnol (B2)"])]))

_chmo_ill_q = """Le Dr Gérard, pharmacien-chef, est malheureusement souffrant et absent jusqu'à la fin de la semaine. Nous devons donc reporter l'entretien prévu ce jeudi 12 février à 14h00.

Pourriez-vous m'indiquer vos disponibilités pour la semaine du 23 février ?"""
add(m(K, "own_reply_with_availabilities_chmo", "fr",
      frm=CANDIDATE, to=[("Sophie Lemaire", "sophie.lemaire@chmo.example.be")],
      subject="RE: Report de votre entretien - pharmacie hospitalière",
      date="2026-02-09 11:32 +0100", key="chmo-own", irt="chmo-move", refs=["chmo-inv"],
      charset="iso-8859-1", cte="qp",
      text=f"""Bonjour Madame Lemaire,

Je vous remercie de m'avoir prévenue et souhaite un prompt rétablissement au Dr Gérard. Je suis disponible le lundi 23 et le mercredi 25 février, toute la journée.

Bien à vous,
Manon Tshibangu-Roux

{wrote("fr", "lun. 9 févr. 2026 à 09:15", "Sophie Lemaire", "sophie.lemaire@chmo.example.be")}
{quote(_chmo_ill_q)}
"""))

_alert_items = [
    ("Regulatory Affairs Officer – Herstal", "CDI · Industrie pharmaceutique · publiée il y a 2 jours",
     "https://emploi-meuse.example.be/o/88120"),
    ("Assistant(e) pharmacovigilance – Liège", "Intérim 6 mois · entretiens dès la semaine prochaine",
     "https://emploi-meuse.example.be/o/88131"),
    ("Préparateur/trice en pharmacie hospitalière – Seraing", "CDD · Hôpital",
     "https://emploi-meuse.example.be/o/88144"),
    ("Quality & Compliance Assistant – Verviers", "CDI · Biotech · candidature en 1 clic",
     "https://emploi-meuse.example.be/o/88150"),
]
_alert_text = """Bonjour Manon,

4 nouvelles offres correspondent à votre alerte « affaires réglementaires – Liège (+30 km) » :

• Regulatory Affairs Officer – Herstal (CDI, industrie pharmaceutique)
  https://emploi-meuse.example.be/o/88120
• Assistant(e) pharmacovigilance – Liège (intérim 6 mois, entretiens dès la semaine prochaine)
  https://emploi-meuse.example.be/o/88131
• Préparateur/trice en pharmacie hospitalière – Seraing (CDD)
  https://emploi-meuse.example.be/o/88144
• Quality & Compliance Assistant – Verviers (CDI, biotech)
  https://emploi-meuse.example.be/o/88150

Astuce de la semaine : 62 % des candidats refusés n'avaient pas adapté leur CV à l'annonce. Prenez cinq minutes pour le faire !

Gérer mes alertes : https://emploi-meuse.example.be/alertes
Se désabonner : https://emploi-meuse.example.be/unsub?u=4481"""
add(m(K, "job_alert_digest_liege", "fr",
      frm=("Emploi Meuse – Alertes", "alertes@emploi-meuse.example.be"),
      subject="4 nouvelles offres pour « affaires réglementaires – Liège »",
      subj_enc=("utf-8", "q"),
      date="2026-03-16 06:30 +0100",
      headers=list_headers("<alertes.emploi-meuse.example.be>",
                           "https://emploi-meuse.example.be/unsub?u=4481",
                           "unsubscribe@emploi-meuse.example.be"),
      text=_alert_text,
      html=newsletter("Vos nouvelles offres", "Bonjour Manon, 4 nouvelles offres correspondent "
                      "à votre alerte « affaires réglementaires – Liège (+30 km) ».",
                      _alert_items,
                      'Astuce : 62 % des candidats refusés n\'avaient pas adapté leur CV. '
                      '<a href="https://emploi-meuse.example.be/unsub?u=4481">Se désabonner</a>'),
      cte="qp"))

_advice_items = [
    ("Les 7 questions pièges de l'entretien en affaires réglementaires",
     "« Parlez-moi d'une erreur que vous avez commise » : comment y répondre sans vous saborder.",
     "https://carriere-sante.example.be/a/questions-pieges"),
    ("Entretien en visio : la checklist technique",
     "Caméra, micro, lien testé la veille : éviter d'arriver en retard à son propre entretien.",
     "https://carriere-sante.example.be/a/checklist-visio"),
    ("Négocier son premier salaire dans l'industrie",
     "Les grilles 2026 pour les assistants RA en Wallonie et à Bruxelles.",
     "https://carriere-sante.example.be/a/salaires-ra"),
]
add(m(K, "newsletter_interview_advice", "fr",
      frm=("Carrière Santé Mag", "newsletter@carriere-sante.example.be"),
      subject="Entretien d'embauche : ce que les recruteurs attendent vraiment",
      date="2026-04-02 07:00 +0200",
      headers=list_headers("Carriere Sante Mag <mag.carriere-sante.example.be>",
                           "https://carriere-sante.example.be/desinscription?id=77k2",
                           "desinscription@carriere-sante.example.be"),
      html=newsletter("Carrière Santé Mag – n° 58",
                      "Ce mois-ci, tout sur l'entretien d'embauche : préparation, pièges et "
                      "suivi. Vous êtes invitée à relire nos conseils avant votre prochain rendez-vous !",
                      _advice_items,
                      'Vous recevez ce magazine car vous êtes abonnée. '
                      '<a href="https://carriere-sante.example.be/desinscription?id=77k2">Désinscription</a>'),
      cte="b64"))

add(m(K, "article_bouncing_back_after_refusal", "fr",
      frm=("Le blog de la reconversion", "articles@reconversion-blog.example.fr"),
      subject="Nouvel article : Rebondir après un refus",
      date="2026-05-08 08:15 +0200",
      headers=list_headers("<articles.reconversion-blog.example.fr>",
                           "https://reconversion-blog.example.fr/u/5501",
                           "stop@reconversion-blog.example.fr"),
      text="""Rebondir après un refus : 5 réflexes

« Nous sommes au regret de vous informer que votre candidature n'a pas été retenue. » Qui n'a jamais reçu cette phrase ? En reconversion, chaque refus pèse double, car on doute déjà de sa légitimité.

1. Laissez passer 24 heures avant de réagir.
2. Demandez un retour, poliment et brièvement : un recruteur sur trois répond.
3. Relisez l'annonce : le refus tient souvent à un critère écrit noir sur blanc.
4. Gardez une trace de vos candidatures et des étapes atteintes (entretien, test, etc.).
5. Continuez à postuler : le rythme compte plus que le résultat d'une seule offre.

Lire l'article complet et les commentaires :
https://reconversion-blog.example.fr/rebondir-apres-un-refus

Vous recevez cet e-mail car vous suivez le blog. Se désabonner : https://reconversion-blog.example.fr/u/5501""",
      cte="qp"))

add(m(K, "podcast_guest_request", "fr",
      frm=("Amandine Leroy", "amandine@podcast-virages.example.be"),
      subject="Invitation au podcast « Virages » – interview sur votre reconversion",
      subj_enc=("utf-8", "b"),
      date="2026-06-11 14:02 +0200",
      text="""Bonjour Manon,

Je produis « Virages », un podcast liégeois qui donne la parole à des personnes en reconversion professionnelle. Votre post sur le passage du comptoir de l'officine vers les affaires réglementaires m'a beaucoup touchée.

Accepteriez-vous d'être notre invitée pour une interview d'environ 40 minutes ? L'enregistrement se ferait dans notre petit studio du quartier Saint-Léonard, un soir de semaine qui vous arrange, fin juin ou début juillet. Aucune préparation n'est nécessaire, je vous enverrai les grandes questions à l'avance.

Au plaisir de vous lire,
Amandine Leroy
Productrice – Virages, le podcast des reconversions
0486 33 20 71"""))

add(m(K, "press_interview_request", "fr",
      frm=("Yannick Bodart", "y.bodart@quotidien-liege.example.be"),
      subject="Demande d'interview – pénurie d'assistants en pharmacie",
      date="2026-09-03 11:40 +0200",
      text="""Bonjour Madame Tshibangu-Roux,

Je suis journaliste au Quotidien de Liège et je prépare un article sur la pénurie d'assistants pharmaceutico-techniques dans les officines de la région. Une de vos anciennes collègues m'a suggéré de vous contacter.

Seriez-vous d'accord de répondre à quelques questions, par téléphone ou autour d'un café, d'ici le 10 septembre ? Votre témoignage pourrait rester anonyme si vous le préférez.

Bien à vous,
Yannick Bodart
Rédaction Liège, Le Quotidien de Liège
04 220 88 14""", charset="iso-8859-1", cte="qp"))

_parcel = """Bonjour Manon,

Malheureusement, votre colis n° CX-4420-9917-BE est retardé en raison d'un incident au centre de tri de Courcelles.

Nouvelle date de livraison estimée : jeudi 23 avril, entre 13h et 18h.

Vous pouvez suivre la position de votre colis en temps réel ou choisir un point relais depuis notre application. Nous vous prions de nous excuser pour ce désagrément.

L'équipe ColiExpress"""
add(m(K, "parcel_delayed_unfortunately", "fr",
      frm=("ColiExpress", "ne-pas-repondre@coliexpress.example.be"),
      subject="Votre colis est retardé",
      date="2026-04-21 16:55 +0200",
      headers=AUTO_GENERATED,
      html=ats_card(paras(_parcel).replace(
          "la position de votre colis",
          '<a href="https://coliexpress.example.be/suivi/CX-4420-9917-BE">la position de votre colis</a>'),
          "ColiExpress", "#e65100", "ColiExpress – Ne répondez pas à cet e-mail."),
      cte="qp"))

add(m(K, "friend_tells_own_rejection", "fr",
      frm=("Aïcha Benali", "aicha.benali@example.be"),
      frm_enc=("utf-8", "q"),
      subject="bon ben c'est mort pour moi",
      date="2026-03-12 22:47 +0100",
      text="""Hello ma belle,

Je voulais te tenir au courant : j'ai reçu la réponse de la banque à Bruxelles pour le poste de gestionnaire conformité. Refusée ! « Votre profil est intéressant mais nous avons retenu un candidat plus expérimenté », la phrase bateau. Après trois entretiens, j'avoue que ça pique.

Bref, je vais me remettre sur les annonces ce week-end. Et toi, tu as des nouvelles de Mosanpharm après ton entretien ? Je croise les doigts très fort pour toi.

On se fait un resto samedi pour se remonter le moral ?

Bisous,
Aïcha""", cte="8bit"))

add(m(K, "bank_appointment_advisor", "fr",
      frm=("Banque Mosane", "rendez-vous@banque-mosane.example.be"),
      subject="Confirmation de votre rendez-vous avec votre conseillère",
      date="2026-05-14 09:10 +0200",
      headers=AUTO_GENERATED,
      text="""Madame Tshibangu-Roux,

Nous vous confirmons votre rendez-vous avec Mme Valérie Cornet, conseillère en crédit, le mardi 19 mai 2026 à 17h30 à l'agence de Liège-Guillemins.

Objet : entretien relatif à votre demande de prêt hypothécaire.

Pensez à vous munir des documents suivants : vos trois dernières fiches de paie, un extrait de la position de vos comptes et votre carte d'identité. Votre situation professionnelle (contrat en cours ou nouveau contrat) sera également évoquée.

Pour modifier ou annuler ce rendez-vous : https://banque-mosane.example.be/rdv

Banque Mosane – Agence Liège-Guillemins""", cte="qp"))

add(m(K, "landlord_boiler_maintenance", "fr",
      frm=("Jean-Pierre Dawance", "jp.dawance@example.be"),
      subject="Entretien de la chaudière - passage du technicien",
      date="2026-10-05 19:22 +0200",
      charset="iso-8859-1", cte="8bit",
      text="""Bonjour Madame Tshibangu,

Le technicien de la société Thermo-Meuse passera pour l'entretien annuel de la chaudière le mercredi 14 octobre entre 8h et 12h. Pourriez-vous être présente ou laisser la clé chez Mme Franck au rez-de-chaussée ?

Je profite de ce message pour vous rappeler que l'indexation du loyer prendra effet au 1er novembre. Je vous enverrai le décompte par courrier.

Cordialement,
Jean-Pierre Dawance
Propriétaire - Rue Hors-Château 41"""))

add(m(K, "school_parent_teacher_slots", "fr",
      frm=("École communale de Sainte-Walburge", "secretariat@ecole-ste-walburge.example.be"),
      frm_enc=("iso-8859-1", "q"),
      subject="Entretiens individuels parents-enseignants – choix du créneau",
      subj_enc=("utf-8", "q"),
      date="2026-01-26 12:30 +0100",
      text="""Chers parents,

Les entretiens individuels avec les titulaires de classe auront lieu le jeudi 5 février de 15h30 à 19h00.

Chaque entretien dure 10 minutes. Merci d'inscrire votre créneau via le lien ci-dessous avant le lundi 2 février. Si aucun créneau ne vous convient, signalez-le dans le journal de classe de votre enfant et l'enseignant(e) vous proposera un rendez-vous téléphonique.

https://ecole-ste-walburge.example.be/entretiens-2026

La direction et l'équipe éducative""", cte="qp"))

add(m(K, "doctor_appointment_confirmation", "fr",
      frm=("Centre médical Outremeuse", "no-reply@cm-outremeuse.example.be"),
      subject="Rendez-vous confirmé : Dr Lemmens, lundi 16 mars à 08:20",
      date="2026-03-09 18:01 +0100",
      headers=AUTO_GENERATED,
      text="""Bonjour Manon Tshibangu-Roux,

Votre rendez-vous est confirmé :
Dr Sarah Lemmens – médecine générale
Lundi 16 mars 2026 à 08:20
Centre médical Outremeuse, rue Puits-en-Sock 52, 4020 Liège

Merci d'arriver 5 minutes à l'avance avec votre carte d'identité. En cas d'empêchement, annulez au plus tard 24 heures avant via le lien ci-dessous afin de libérer le créneau pour un autre patient.

Annuler ou déplacer : https://cm-outremeuse.example.be/rdv/7731

Ce message est envoyé automatiquement, merci de ne pas y répondre."""))

add(m(K, "out_of_office_mosanpharm", "fr",
      frm=("Julie Deprez", "julie.deprez@mosanpharm.example.be"),
      subject="Réponse automatique : Question sur la date d'entrée en fonction",
      subj_enc=("utf-8", "q", "mixed"),
      date="2026-03-04 08:03 +0100", irt="mosan-q",
      headers=AUTO_REPLIED,
      text="""Bonjour,

Je suis absente du bureau jusqu'au lundi 9 mars inclus, avec un accès limité à mes e-mails.

Pour toute question urgente concernant une candidature ou l'organisation d'un entretien, vous pouvez contacter le service recrutement au +32 4 239 58 00.

Merci et bonne journée,
Julie Deprez
Talent Acquisition Partner – Mosanpharm"""))

_notif = """Bonjour Manon,

3 recruteurs ont consulté votre profil cette semaine, dont un chargé de recrutement chez un laboratoire pharmaceutique à Bruxelles.

Vous êtes apparue dans 21 recherches. Mots-clés les plus fréquents : « regulatory affairs », « pharmacovigilance », « assistant ».

Nouveau poste chez vos relations : Sarah Piron occupe désormais la position de Senior Regulatory Affairs Specialist.

Voir qui a consulté votre profil (offre Premium) : https://proreseau.example.com/me/vues"""
add(m(K, "network_profile_views", "fr",
      frm=("ProRéseau", "notifications@proreseau.example.com"),
      frm_enc=("utf-8", "b"),
      subject="Manon, votre profil a été consulté 3 fois",
      date="2026-03-30 10:12 +0200",
      headers=[*AUTO_GENERATED, *list_headers("<notifications.proreseau.example.com>",
                                              "https://proreseau.example.com/settings/email",
                                              "unsubscribe@proreseau.example.com")],
      html=ats_card(paras(_notif), "ProRéseau", "#0a66c2",
                    "ProRéseau SA, Bruxelles · Préférences de notification"),
      cte="qp"))

add(m(K, "certificate_admission_refused", "fr",
      frm=("Université de la Meuse – Service des admissions",
           "admissions@univ-meuse.example.be"),
      frm_enc=("utf-8", "q"),
      subject="Votre demande d'admission – Certificat en affaires réglementaires",
      date="2026-07-03 15:30 +0200",
      charset="windows-1252", cte="qp",
      text="""Madame,

Le jury d'admission du Certificat interuniversitaire en affaires réglementaires du médicament (année académique 2026-2027) a examiné votre dossier.

Nous sommes au regret de vous informer que votre demande d’admission n’a pas pu être acceptée : le nombre de places étant limité à 24, la priorité a été donnée aux candidats titulaires d'un master en sciences pharmaceutiques ou biomédicales.

Vous pouvez introduire une nouvelle demande pour la session de février 2027, ou vous inscrire au module d'introduction accessible sans condition de diplôme.

Le Service des admissions
Université de la Meuse – Faculté de médecine"""))

add(m(K, "headhunter_cold_approach", "fr",
      frm=("Hélène Marchetti", "h.marchetti@verrier-rh.example.fr"),
      subject="Une opportunité en affaires réglementaires à Paris",
      date="2026-04-07 10:36 +0200", key="verrier-approach",
      text="""Bonjour Manon,

Je me permets de vous contacter après avoir lu votre profil sur ProRéseau. Je suis consultante au sein du cabinet Verrier & Associés, spécialisé dans le recrutement de profils scientifiques et réglementaires.

J'accompagne actuellement un laboratoire pharmaceutique parisien de taille moyenne qui renforce son équipe d'affaires réglementaires. Le poste d'assistante conviendrait à une personne issue de l'officine, à l'aise avec les notices et la pharmacovigilance, et prête à s'installer en Île-de-France.

Si cela vous intéresse, pourriez-vous m'envoyer votre CV à jour ? Je vous en dirai davantage sur mon client à ce moment-là.

Bien cordialement,

Hélène Marchetti
Consultante senior Life Sciences
Cabinet Verrier & Associés
12 rue de Castellane, 75008 Paris
01 44 51 27 60""", cte="qp"))

add(m(K, "own_application_arcp", "fr",
      frm=CANDIDATE, to=[("ARCP – Service Sélection", "selection@arcp.example.be")],
      subject="Candidature – procédure ARCP-2026-014",
      date="2026-01-20 22:05 +0100", key="arcp-own",
      text=f"""Madame, Monsieur,

Je vous prie de trouver ci-joint ma candidature pour l'emploi d'assistante administrative en affaires réglementaires (niveau B), procédure ARCP-2026-014 : formulaire d'inscription complété, CV et copie de mon diplôme.

Je reste à votre disposition pour tout document complémentaire et vous remercie de l'attention portée à mon dossier.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

{SIG_FR}""", cte="qp",
      pdfs=[("Formulaire_ARCP-2026-014_Tshibangu-Roux.pdf", "Formulaire d'inscription",
             ["Procedure ARCP-2026-014 - Formulaire d'inscription",
              "Nom : Tshibangu-Roux  Prenom : Manon",
              "Diplome : assistante pharmaceutico-technique (2018)",
              "Signature : M. Tshibangu-Roux"])]))

_fair_items = [
    ("40 recruteurs du secteur santé", "Hôpitaux, laboratoires, CRO et agences d'intérim "
     "mènent des entretiens sur place.", "https://salon-emploi-sante.example.be/exposants"),
    ("Atelier CV express", "Faites relire votre CV en 15 minutes par un recruteur.",
     "https://salon-emploi-sante.example.be/ateliers"),
    ("Inscription gratuite", "Réservez votre badge visiteur en ligne.",
     "https://salon-emploi-sante.example.be/inscription"),
]
add(m(K, "job_fair_newsletter", "fr",
      frm=("Salon Emploi Santé Liège", "info@salon-emploi-sante.example.be"),
      subject="J-10 : le Salon Emploi Santé revient au Palais des Congrès",
      date="2026-09-15 12:00 +0200",
      headers=list_headers("Salon Emploi Sante <news.salon-emploi-sante.example.be>",
                           "https://salon-emploi-sante.example.be/unsubscribe?e=m.tr",
                           "unsubscribe@salon-emploi-sante.example.be"),
      text="""Le Salon Emploi Santé revient le vendredi 25 septembre au Palais des Congrès de Liège (10h-17h).

- 40 recruteurs du secteur santé : hôpitaux, laboratoires, CRO et agences d'intérim mènent des entretiens sur place. Apportez plusieurs exemplaires de votre CV !
- Atelier CV express : faites relire votre CV en 15 minutes.
- Inscription gratuite : https://salon-emploi-sante.example.be/inscription

Se désinscrire : https://salon-emploi-sante.example.be/unsubscribe?e=m.tr""",
      html=newsletter("Salon Emploi Santé : 25 septembre", "Rendez-vous au Palais des Congrès "
                      "de Liège de 10h à 17h.", _fair_items,
                      '<a href="https://salon-emploi-sante.example.be/unsubscribe?e=m.tr">Se désinscrire</a>',
                      "#b45309"),
      charset="iso-8859-1", cte="qp"))

add(m(K, "public_employment_digest", "fr",
      frm=("Emploi Wallonie", "ne-pas-repondre@emploi-wallonie.example.be"),
      subject="Offres correspondant à votre profil – semaine 23",
      date="2026-06-01 05:45 +0200",
      headers=list_headers("<offres.emploi-wallonie.example.be>",
                           "https://emploi-wallonie.example.be/mon-espace/alertes",
                           "desabonnement@emploi-wallonie.example.be"),
      text="""Bonjour Madame TSHIBANGU-ROUX,

Voici les offres publiées cette semaine qui correspondent aux critères de votre espace personnel :

1. Assistant administratif en affaires réglementaires (h/f/x) – Namur – CDI
   https://emploi-wallonie.example.be/offre/1183245
2. Employé(e) documentation qualité – Fleurus – Intérim
   https://emploi-wallonie.example.be/offre/1183302
3. Délégué(e) technico-commercial(e) dispositifs médicaux – Liège – CDI
   https://emploi-wallonie.example.be/offre/1183377

Rappel : pensez à mettre à jour votre CV en ligne. Les employeurs peuvent vous inviter directement à un entretien depuis notre plateforme.

Emploi Wallonie – Service public de l'emploi
Ce message est automatique.""", cte="qp"))

add(m(K, "gps_location_shared", "fr",
      frm=("Localise-moi", "partage@localise-moi.example.com"),
      subject="Karim a partagé sa position avec vous",
      date="2026-08-14 18:26 +0200",
      headers=AUTO_GENERATED,
      text="""Karim Tshibangu partage sa position en direct avec vous jusqu'à 20:26.

Dernière position connue : E25, sortie 40 Embourg, il y a 2 minutes.
Arrivée estimée chez vous : 18:51 (retard de 12 min, circulation dense).

Ouvrir la carte : https://localise-moi.example.com/live/k7h2q

Vous recevez cet e-mail parce que Karim vous a ajoutée à ses contacts de confiance.""",
      html=simple_html(paras("""Karim Tshibangu partage sa position en direct avec vous jusqu'à 20:26.

Dernière position connue : E25, sortie 40 Embourg, il y a 2 minutes.
Arrivée estimée chez vous : 18:51 (retard de 12 min, circulation dense).""")
                       + '\n<p><a href="https://localise-moi.example.com/live/k7h2q">Ouvrir la carte</a></p>'),
      cte="qp"))

add(m(K, "pharmacy_colleague_schedule", "fr",
      frm=("Pharmacie du Pont d'Avroy", "pharmacie.pontdavroy@example.be"),
      subject="Gardes d'octobre + entretien du frigo",
      date="2026-09-28 13:05 +0200",
      text="""Coucou l'équipe,

Voici le planning des gardes d'octobre : Manon le 3 et le 17, Kevin le 10 et le 24, moi le 31. Si vous voulez échanger, arrangez-vous entre vous et prévenez-moi.

Le technicien vient mardi matin pour l'entretien du frigo des vaccins : merci de noter la position du thermomètre avant son passage et de vider l'étagère du bas.

Dernière chose : le grossiste a annoncé des ruptures sur l'amoxicilline, on passe les commandes en priorité le matin.

Bonne semaine,
Nathalie
Pharmacienne titulaire – Pharmacie du Pont d'Avroy"""))

_mosan_offer_q = """Vous trouverez en pièce jointe notre lettre d'offre reprenant les conditions principales : contrat à durée indéterminée, temps plein, entrée en fonction souhaitée le 4 mai 2026, salaire brut mensuel de 3 150 EUR, chèques-repas, assurance groupe et hospitalisation.

Nous vous serions reconnaissants de nous faire part de votre décision d'ici le 13 mars."""
add(m(K, "own_question_on_offer", "fr",
      frm=CANDIDATE, to=[("Julie Deprez", "julie.deprez@mosanpharm.example.be")],
      subject="Question sur la date d'entrée en fonction",
      date="2026-03-04 08:02 +0100", key="mosan-q", irt="mosan-offer",
      refs=["mosan-inv", "mosan-move", "mosan-thanks"],
      text=f"""Bonjour Madame Deprez,

Un grand merci pour votre proposition, que j'ai lue avec beaucoup d'enthousiasme.

Mon préavis à la pharmacie court jusqu'au 15 mai. Serait-il possible de fixer mon entrée en fonction au lundi 18 mai plutôt qu'au 4 mai ? Je vous confirmerai ma réponse définitive dès que ce point sera clarifié.

Bien cordialement,
{SIG_FR}

{wrote("fr", "mar. 3 mars 2026 à 11:18", "Julie Deprez", "julie.deprez@mosanpharm.example.be")}
{quote(_mosan_offer_q)}
""", cte="qp"))

_webinar_items = [
    ("Webinaire : réussir son entretien en affaires réglementaires",
     "Jeudi 22 octobre, 12h30-13h30, avec deux responsables RA et une recruteuse.",
     "https://abar.example.be/webinaires/entretien-ra"),
    ("Offres d'emploi des membres", "11 postes publiés ce mois-ci (Bruxelles, Wallonie, Luxembourg).",
     "https://abar.example.be/emplois"),
    ("Journée d'étude eCTD 4.0", "Inscriptions ouvertes jusqu'au 30 octobre.",
     "https://abar.example.be/agenda/ectd4"),
]
add(m(K, "association_webinar_invite", "fr",
      frm=("ABAR – Assistants réglementaires", "info@abar.example.be"),
      frm_enc=("utf-8", "q"),
      subject="[ABAR] Webinaire du 22/10 : réussir son entretien RA",
      date="2026-10-09 09:00 +0200",
      headers=list_headers("ABAR membres <membres.abar.example.be>",
                           "https://abar.example.be/lists/membres/unsubscribe",
                           "membres-leave@abar.example.be"),
      html=newsletter("ABAR – la lettre des membres", "Chère membre, voici les rendez-vous "
                      "du mois.", _webinar_items,
                      '<a href="https://abar.example.be/lists/membres/unsubscribe">Se désabonner</a>',
                      "#4a148c"),
      cte="b64"))

add(m(K, "friend_forwards_job_posting", "fr",
      frm=("Sarah Kabongo", "sarah.kabongo@example.be"),
      subject="Fwd: Offre d'emploi – Regulatory Affairs Assistant (Wavre)",
      date="2026-08-27 12:48 +0200",
      text=f"""Regarde ça, ça a l'air fait pour toi ! Ils veulent quelqu'un avec une expérience en officine. Je connais une fille qui y bosse, si tu veux je lui demande comment se passent leurs entretiens.

Sarah

{forward_block("fr", "JobPharma Belgique", "offres@jobpharma.example.be", "jeu. 27 août 2026 à 08:00", "Offre d'emploi – Regulatory Affairs Assistant (Wavre)", "sarah.kabongo@example.be")}
Bruvia Pharma recrute un(e) Regulatory Affairs Assistant (CDI, Wavre).

Missions : mise à jour des notices et des RCP, suivi des variations, archivage des dossiers.
Profil : assistant(e) en pharmacie ou bachelier en chimie, rigueur, bon niveau d'anglais.

Les entretiens auront lieu début octobre. Postulez avant le 20 septembre via https://jobpharma.example.be/o/bruvia-ra-assistant
""", cte="qp"))

add(m(K, "health_fund_refund_refused", "fr",
      frm=("Mutualité Meuse-Vesdre", "no-reply@mutualite-mv.example.be"),
      subject="Votre demande de remboursement n° 2026-118407",
      date="2026-05-22 10:30 +0200",
      headers=AUTO_GENERATED,
      text="""Madame Tshibangu-Roux,

Nous avons traité votre demande d'intervention pour des séances de kinésithérapie (attestations du 12/03 au 30/04/2026).

Malheureusement, votre demande a été refusée : la prescription médicale jointe date de plus de deux mois avant la première séance et ne peut donc pas être prise en compte.

Vous pouvez introduire une nouvelle demande accompagnée d'une prescription valable, ou contester cette décision auprès de votre conseiller mutualiste dans un délai de trois mois.

Mutualité Meuse-Vesdre – Service des prestations""", cte="qp"))

# ================================================================== English (14)

_leyden_move_q = """Quick change: Pieter has been pulled into an inspection readiness meeting on Thursday afternoon, so we've moved your panel to Friday 13 March, 10:00–11:30 CET."""
add(m(K, "own_thank_you_leyden", "en",
      frm=CANDIDATE, to=[("Sanne de Vries", "sanne.devries@leydenbio.example.nl")],
      subject="Thank you – Regulatory Affairs Assistant panel",
      date="2026-03-13 18:04 +0100", key="leyden-thanks", irt="leyden-move",
      refs=["leyden-screen", "leyden-panel"],
      text=f"""Dear Sanne, dear panel,

Thank you for taking the time to meet me this morning. I enjoyed hearing how the team prepares variation packages for the Dutch and Belgian markets, and I remain very interested in the Regulatory Affairs Assistant role.

Kind regards,
{SIG_EN}

{wrote("en", "Mon, 9 Mar 2026 at 13:18", "Sanne de Vries", "sanne.devries@leydenbio.example.nl")}
{quote(_leyden_move_q)}
""", cte="qp"))

add(m(K, "own_reschedule_request_kestrel", "en",
      frm=CANDIDATE, to=[("Josh Whitfield", "josh@kestreltrials.example.nl")],
      subject="Re: Next step: case study presentation",
      date="2026-08-04 22:31 +0200", key="kestrel-own", irt="kestrel-inv",
      text="""Hi Josh,

Thank you so much for the good news! Unfortunately I have a certification exam in Brussels on the morning of 11 August and I'm not sure I can make it to Leiden by 13:00. Would a later date be possible?

Best,
Manon

On Mon, 3 Aug 2026 at 10:26, Josh Whitfield <josh@kestreltrials.example.nl> wrote:
> Good news — you're through to the final stage for the Regulatory & Start-up Assistant role.
> The last step is a short case study. On Tuesday 11 August at 13:00 you'll present (15 minutes,
> slides welcome) how you would organise the submission package for a new clinical site in Belgium.
""", cte="qp"))

_bio_items = [
    ("Regulatory Affairs Assistant – Leiden (hybrid)", "Biotech · 2 days ago · Easy apply",
     "https://eurobiojobs.example.com/j/55821"),
    ("Clinical Trial Regulatory Coordinator – Brussels", "CRO · Interviews start next week",
     "https://eurobiojobs.example.com/j/55840"),
    ("Labelling Specialist (junior) – Amsterdam", "Pharma · Relocation support",
     "https://eurobiojobs.example.com/j/55877"),
    ("Regulatory Operations Intern – Luxembourg", "Consultancy · 6 months",
     "https://eurobiojobs.example.com/j/55893"),
    ("QA/RA Assistant – Maastricht", "Medical devices · Dutch a plus",
     "https://eurobiojobs.example.com/j/55901"),
]
add(m(K, "biotech_jobs_weekly_digest", "en",
      frm=("EuroBioJobs", "digest@eurobiojobs.example.com"),
      subject="5 new regulatory jobs for you this week",
      date="2026-05-18 07:05 +0200",
      headers=list_headers("EuroBioJobs weekly <weekly.eurobiojobs.example.com>",
                           "https://eurobiojobs.example.com/unsubscribe/9f2e",
                           "unsubscribe@eurobiojobs.example.com"),
      text="""Hi Manon,

Here are this week's matches for "regulatory assistant – Benelux":

- Regulatory Affairs Assistant – Leiden (hybrid): https://eurobiojobs.example.com/j/55821
- Clinical Trial Regulatory Coordinator – Brussels (interviews start next week): https://eurobiojobs.example.com/j/55840
- Labelling Specialist (junior) – Amsterdam: https://eurobiojobs.example.com/j/55877
- Regulatory Operations Intern – Luxembourg: https://eurobiojobs.example.com/j/55893
- QA/RA Assistant – Maastricht: https://eurobiojobs.example.com/j/55901

Tip: candidates who apply in the first 48 hours are twice as likely to get an interview.

Unsubscribe: https://eurobiojobs.example.com/unsubscribe/9f2e""",
      html=newsletter("Your weekly job matches", "Hi Manon, here are this week's matches "
                      "for <b>regulatory assistant – Benelux</b>.", _bio_items,
                      '<a href="https://eurobiojobs.example.com/unsubscribe/9f2e">Unsubscribe</a> '
                      "· EuroBioJobs, Amsterdam", "#1565c0")))

add(m(K, "career_newsletter_after_rejection", "en",
      frm=("The Career Pivot", "hello@careerpivot.example.com"),
      subject="What to do in the 48 hours after a rejection email",
      date="2026-06-24 07:30 +0200",
      headers=list_headers("The Career Pivot <news.careerpivot.example.com>",
                           "https://careerpivot.example.com/unsubscribe?s=44ac",
                           "leave@careerpivot.example.com"),
      text="""THE CAREER PIVOT — issue #112

"Unfortunately, we have decided to move forward with other candidates." Ten words, and your week is ruined.

This issue is about what you do next:

1. Reply with a two-line thank-you. It costs nothing and keeps the door open.
2. Ask one specific question: "Was there a skill gap that stood out?"
3. Log it. Which stage did you reach — screening, interview, final round?
4. Send one new application the same day, so the rejection isn't the last thing that happened.

Reader question of the week: "Should I accept an interview for a role I'm not sure I want?" (Short answer: yes, it's practice.)

Read online: https://careerpivot.example.com/issues/112
You're receiving this because you subscribed at careerpivot.example.com.
Unsubscribe: https://careerpivot.example.com/unsubscribe?s=44ac"""))

add(m(K, "user_research_interview_invite", "en",
      frm=("Maya Chen", "research@talentra.example.com"),
      subject="Would you join a 45-minute user interview? (EUR 40 voucher)",
      date="2026-07-22 15:12 +0200",
      text="""Hi Manon,

I'm a UX researcher at Talentra, the job board you used to apply for several roles this spring. We're redesigning how candidates track their applications, and we'd love to hear about your experience.

The user interview takes 45 minutes over video. There are no right or wrong answers — we're testing our product, not you. As a thank-you, you'll receive a EUR 40 gift voucher.

If you're up for it, pick a time that suits you here: https://talentra.example.com/research/book?id=mtr

Thanks!
Maya Chen
Senior UX Researcher, Talentra""",
      html=simple_html(paras("""Hi Manon,

I'm a UX researcher at Talentra, the job board you used to apply for several roles this spring. We're redesigning how candidates track their applications, and we'd love to hear about your experience.

The user interview takes 45 minutes over video. There are no right or wrong answers — we're testing our product, not you. As a thank-you, you'll receive a EUR 40 gift voucher.""")
                       + '\n<p><a href="https://talentra.example.com/research/book?id=mtr">Pick a time</a></p>'
                       + "\n<p>Thanks!<br>Maya Chen<br>Senior UX Researcher, Talentra</p>"),
      cte="qp"))

add(m(K, "podcast_interview_request_en", "en",
      frm=("Dan Okoro", "dan@regtalk-podcast.example.com"),
      subject="Guest spot on RegTalk? Career changers episode",
      date="2026-10-07 11:05 +0200",
      text="""Hi Manon,

I host RegTalk, a podcast for people working in (or trying to break into) regulatory affairs. We're putting together an episode on career changers and a listener recommended you.

Would you be up for a 30-minute recorded interview over Zoom sometime in the next three weeks? We'd chat about moving from community pharmacy to regulatory work and what surprised you along the way.

No pressure at all — just reply if you're interested and I'll send a few dates.

Cheers,
Dan Okoro
Host, RegTalk"""))

_parcel_en = """Hi Manon,

Unfortunately, your package is delayed.

Order: #UK-77312 (2 items)
Carrier update: held at the Dover customs hub
New estimated delivery: Tuesday 10 March – Thursday 12 March

You don't need to do anything. We'll email you again when your package is on its way. Track it anytime in your account.

The Parcelwise team"""
add(m(K, "package_delayed_en", "en",
      frm=("Parcelwise", "updates@parcelwise.example.co.uk"),
      subject="Your package is delayed",
      date="2026-03-06 09:44 +0000",
      headers=AUTO_GENERATED,
      html=ats_card(paras(_parcel_en), "Parcelwise", "#6a1b9a",
                    "Parcelwise Ltd · Manchester · Please don't reply to this email.")))

add(m(K, "friend_own_rejection_en", "en",
      frm=("Chloé Martens", "chloe.martens@example.nl"),
      frm_enc=("iso-8859-1", "q"),
      subject="ugh",
      date="2026-04-16 23:12 +0200",
      text="""Manon!!

So the university lab said no. After the second interview and a whole presentation on my PhD, I got the classic "we've decided to pursue other candidates whose profiles more closely align". I'm gutted, honestly.

Anyway, I'm going to treat myself to stroopwafels and start again on Monday. How are your Leiden applications going? If you end up moving here we're going to be neighbours!

Love,
Chloé""", cte="8bit"))

add(m(K, "out_of_office_leyden_recruiter", "en",
      frm=("Sanne de Vries", "sanne.devries@leydenbio.example.nl"),
      subject="Automatic reply: Thank you – Regulatory Affairs Assistant panel",
      date="2026-03-13 18:04 +0100", key="leyden-ooo", irt="leyden-thanks",
      headers=AUTO_REPLIED,
      text="""Thank you for your email. I'm out of the office until Monday 23 March with no access to email.

For questions about an open application or an interview that's already scheduled, please contact recruiting@leydenbio.example.nl. Otherwise I'll get back to you when I return.

Sanne de Vries | Talent Partner | Leyden BioSciences"""))

_pronet_en = """Hi Manon,

You appeared in 14 searches this week.
Top searcher titles: Talent Acquisition Partner, Regulatory Affairs Manager.

Jobs you may be interested in:
• Regulatory Affairs Assistant — Leyden BioSciences, Leiden
• PV & Regulatory Assistant — Orbis Pharmacovigilance Services, Brussels
• Junior Regulatory Officer — Zuidhaven Pharma, Leiden

Congratulate Tom Baxter on starting a new position as Principal Consultant at Helix Regulatory Partners."""
add(m(K, "network_notification_searches_en", "en",
      frm=("ProNet", "messages-noreply@pronet.example.com"),
      subject="You appeared in 14 searches this week",
      date="2026-08-31 06:50 +0200",
      headers=[*AUTO_GENERATED, *list_headers("<weekly.pronet.example.com>",
                                              "https://pronet.example.com/settings/unsub",
                                              "unsub@pronet.example.com")],
      text=_pronet_en,
      html=ats_card(paras(_pronet_en), "ProNet", "#0a66c2",
                    "ProNet Corporation · You are receiving weekly search digests."),
      cte="qp"))

add(m(K, "recruiter_cold_approach_en", "en",
      frm=("Olivia Grant", "olivia.grant@albion-ls.example.co.uk"),
      subject="Regulatory roles in Brussels – open to a conversation?",
      date="2026-05-27 13:22 +0100",
      text="""Hi Manon,

I came across your profile while researching regulatory talent in Belgium. I'm a consultant at Albion Life Sciences Search and I work with several mid-sized pharma and CRO clients who are building their Brussels regulatory teams this year.

I don't have a specific vacancy to put in front of you today, but your combination of pharmacy practice and languages is exactly what a couple of my clients keep asking for. If you'd like me to keep you in mind, just reply with your current CV and the kind of role you're after.

Best regards,
Olivia Grant
Principal Consultant – Regulatory & Quality
Albion Life Sciences Search
25 Farringdon Street, London EC4A 4AB
+44 20 7946 0321"""))

add(m(K, "summer_school_not_admitted_en", "en",
      frm=("Leiden Summer School Office", "summerschool@leiden-academy.example.nl"),
      subject="Your application: Summer School in Regulatory Science 2026",
      date="2026-05-04 16:00 +0200",
      text="""Dear Ms Tshibangu-Roux,

Thank you for applying to the Summer School in Regulatory Science (6–17 July 2026).

We received over 300 applications for 40 places this year. We regret to inform you that we are unable to offer you a place on the programme. Priority was given to applicants currently enrolled in a master's or PhD programme.

We hope you will consider applying again next year, and you are welcome to join our free online lecture series in the autumn.

With kind regards,
Summer School Office
Leiden Academy of Life Sciences""", cte="qp"))

add(m(K, "coworking_waitlist_position_en", "en",
      frm=("Hive Brussels", "members@hive-brussels.example.be"),
      subject="Update on your waitlist position",
      date="2026-09-09 10:02 +0200",
      headers=AUTO_GENERATED,
      text="""Hi Manon,

Good news: you've moved up to position 3 on the waitlist for a fixed desk at Hive Brussels (Schuman).

We'll send you an offer as soon as a desk frees up — usually within two to four weeks. Until then, your flexible day pass remains valid and you can book meeting rooms at member rates.

See you soon,
The Hive Brussels team"""))

add(m(K, "own_application_helix", "en",
      frm=CANDIDATE, to=[("Tom Baxter", "tom.baxter@helixreg.example.be")],
      subject="Application – Regulatory Assistant",
      date="2026-07-01 20:15 +0200", key="helix-own",
      text=f"""Dear Mr Baxter,

Please find attached my application for the Regulatory Assistant position advertised on your website.

After seven years as a pharmacy assistant in Liège, I am completing a certificate in regulatory affairs and I am looking for a first role where I can put my knowledge of medicines and patient information to work. I would welcome the chance to discuss how I could support your consultants.

Kind regards,
{SIG_EN}""",
      pdfs=[("Manon_Tshibangu-Roux_CV_EN.pdf", "CV Manon Tshibangu-Roux",
             ["Manon Tshibangu-Roux - Pharmacy assistant",
              "Experience: Pharmacie du Pont d'Avroy, Liege (2019-2026)",
              "Education: certificate in regulatory affairs (ongoing)",
              "Languages: French, English (C1), Dutch (B1), Spanish (B2)"])]))

# ================================================================== German (4)

add(m(K, "own_thank_you_rmdiag", "de",
      frm=CANDIDATE, to=[("Katrin Offermann", "k.offermann@rmdiag.example.de")],
      subject="Vielen Dank für das Gespräch",
      date="2026-05-21 13:18 +0200", key="rmdiag-danke", irt="rmdiag-cancel",
      refs=["rmdiag-inv"],
      text=f"""Sehr geehrte Frau Offermann,

vielen Dank für das angenehme Gespräch heute Vormittag und die Führung durch das Labor. Die Aufgaben rund um die IVDR-Dokumentation haben mich sehr angesprochen.

Ich freue mich, von Ihnen zu hören.

Mit freundlichen Grüßen
{SIG_DE}""", cte="qp"))

_stellen_items = [
    ("Sachbearbeiter/in Arzneimittelzulassung – Aachen", "Vollzeit · Pharmaindustrie · vor 1 Tag",
     "https://jobboerse-euregio.example.de/s/30118"),
    ("PTA mit Schwerpunkt Qualitätssicherung – Düren", "Teilzeit · Krankenhausapotheke",
     "https://jobboerse-euregio.example.de/s/30127"),
    ("Regulatory Affairs Assistant (m/w/d) – Eschweiler", "Vollzeit · Medizintechnik",
     "https://jobboerse-euregio.example.de/s/30140"),
]
add(m(K, "job_alert_digest_de", "de",
      frm=("Jobbörse Euregio", "stellenalarm@jobboerse-euregio.example.de"),
      frm_enc=("iso-8859-1", "q"),
      subject="Ihr Stellenalarm: 3 neue Treffer für „Regulatory Aachen“",
      subj_enc=("utf-8", "b"),
      date="2026-08-17 06:15 +0200",
      headers=list_headers("<stellenalarm.jobboerse-euregio.example.de>",
                           "https://jobboerse-euregio.example.de/abmelden?t=81d",
                           "abmelden@jobboerse-euregio.example.de"),
      text="""Guten Morgen,

für Ihren Suchauftrag „Regulatory Aachen“ gibt es 3 neue Stellenangebote:

- Sachbearbeiter/in Arzneimittelzulassung – Aachen: https://jobboerse-euregio.example.de/s/30118
- PTA mit Schwerpunkt Qualitätssicherung – Düren: https://jobboerse-euregio.example.de/s/30127
- Regulatory Affairs Assistant (m/w/d) – Eschweiler: https://jobboerse-euregio.example.de/s/30140

Tipp: Mit einem vollständigen Profil werden Sie häufiger zu Vorstellungsgesprächen eingeladen.

Stellenalarm abbestellen: https://jobboerse-euregio.example.de/abmelden?t=81d""",
      html=newsletter("Ihr Stellenalarm", "Für Ihren Suchauftrag „Regulatory Aachen“ gibt es "
                      "3 neue Stellenangebote.", _stellen_items,
                      '<a href="https://jobboerse-euregio.example.de/abmelden?t=81d">Abbestellen</a>',
                      "#00796b"),
      cte="qp"))

add(m(K, "out_of_office_rmdiag", "de",
      frm=("Katrin Offermann", "k.offermann@rmdiag.example.de"),
      subject="Abwesenheitsnotiz: Vielen Dank für das Gespräch",
      subj_enc=("utf-8", "q", "mixed"),
      date="2026-05-21 13:18 +0200", irt="rmdiag-danke",
      headers=AUTO_REPLIED,
      charset="iso-8859-1", cte="qp",
      text="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 29. Mai nicht im Büro. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen zu laufenden Bewerbungsverfahren wenden Sie sich bitte an personal@rmdiag.example.de.

Mit freundlichen Grüßen
Katrin Offermann
Rhein-Maas Diagnostik GmbH"""))

add(m(K, "language_course_no_place", "de",
      frm=("Volkshochschule Aachen", "anmeldung@vhs-aachen.example.de"),
      subject="Ihre Anmeldung: Deutsch für den Beruf B2 (Kurs 26H-4412)",
      date="2026-08-26 14:40 +0200",
      headers=AUTO_GENERATED,
      text="""Sehr geehrte Frau Tshibangu-Roux,

vielen Dank für Ihre Anmeldung zum Kurs „Deutsch für den Beruf B2 – Gesundheitsberufe“ (26H-4412, ab 14. September).

Leider konnten wir Ihnen keinen Platz im Kurs zuteilen, da alle 16 Plätze bereits vergeben sind. Sie stehen auf Platz 5 der Warteliste; sollte ein Platz frei werden, informieren wir Sie umgehend.

Alternativ bieten wir ab Oktober einen Abendkurs (26H-4418) an, in dem noch Plätze frei sind.

Mit freundlichen Grüßen
Ihre Volkshochschule Aachen – Anmeldung""", cte="qp"))

# ================================================================== Spanish (7)

add(m(K, "own_application_castellana", "es",
      frm=CANDIDATE, to=[("Selección Laboratorios Castellana", "seleccion@labcastellana.example.es")],
      subject="Candidatura – Auxiliar de Registros (Ref. LC-2026-051)",
      date="2026-05-04 18:50 +0200", key="castellana-own",
      text=f"""Estimado equipo de Selección:

Les escribo para presentar mi candidatura al puesto de Auxiliar de Registros (Ref. LC-2026-051), que también he registrado en su portal de empleo. Adjunto mi currículum.

Soy auxiliar de farmacia en Bélgica desde hace siete años y estoy terminando un certificado en asuntos regulatorios. Me encantaría desarrollar mi carrera en Madrid y tendría mucho gusto en ampliar esta información en una entrevista.

Un cordial saludo,
{SIG_ES}""", cte="qp",
      pdfs=[("CV_Manon_Tshibangu-Roux_ES.pdf", "CV Manon Tshibangu-Roux",
             ["Manon Tshibangu-Roux - Auxiliar de farmacia",
              "Experiencia: Pharmacie du Pont d'Avroy, Lieja (2019-2026)",
              "Formacion: certificado en asuntos regulatorios (en curso)",
              "Idiomas: frances, ingles (C1), espanol (B2), neerlandes (B1)"])]))

_es_items = [
    ("Técnico/a de Registros - Tres Cantos", "Industria farmacéutica · Indefinido",
     "https://infofarmaempleo.example.es/o/22871"),
    ("Auxiliar de Asuntos Regulatorios - Madrid", "CRO · Entrevistas en julio",
     "https://infofarmaempleo.example.es/o/22890"),
    ("Técnico/a de Farmacovigilancia - Alcalá de Henares", "Laboratorio · Híbrido",
     "https://infofarmaempleo.example.es/o/22904"),
]
add(m(K, "job_alert_digest_es", "es",
      frm=("InfoFarma Empleo", "alertas@infofarmaempleo.example.es"),
      subject="Nuevas ofertas para ti: asuntos regulatorios en Madrid",
      date="2026-06-29 07:20 +0200",
      headers=list_headers("<alertas.infofarmaempleo.example.es>",
                           "https://infofarmaempleo.example.es/baja?u=m91",
                           "baja@infofarmaempleo.example.es"),
      html=newsletter("Tus alertas de empleo", "Hola Manon, estas son las ofertas nuevas que "
                      "coinciden con tu búsqueda.", _es_items,
                      'Si ya no quieres recibir alertas, <a href="https://infofarmaempleo.example.es/baja?u=m91">date de baja</a>.',
                      "#c62828"),
      charset="iso-8859-1", cte="qp"))

add(m(K, "friend_own_rejection_es", "es",
      frm=("Irene Castaño", "irene.castano@example.es"),
      frm_enc=("utf-8", "b"),
      subject="me han dicho que no",
      date="2026-07-09 21:35 +0200",
      text="""¡Hola, guapa!

Te cuento: me acaban de rechazar en el hospital de La Paz para la plaza de técnica de farmacia. Me han mandado un correo muy frío, de esos de «lamentamos comunicarle que su candidatura no ha sido seleccionada». Después de la entrevista pensaba que lo tenía...

En fin, a otra cosa. ¿Qué tal lo tuyo con Castellana? Si te vienes a Madrid, ya tienes sofá en mi casa hasta que encuentres piso.

Un beso enorme,
Irene""", cte="8bit"))

_parcel_es = """Hola Manon:

Lamentablemente, tu paquete llega con retraso.

Pedido: ES-20931-7
Estado: incidencia en el centro logístico de Coslada
Nueva fecha estimada de entrega: viernes 25 de septiembre

Puedes consultar la posición de tu envío en tiempo real desde la app. Sentimos las molestias.

Equipo de Envíos Rápidos Meseta"""
add(m(K, "package_delayed_es", "es",
      frm=("Envíos Rápidos Meseta", "no-responder@enviosmeseta.example.es"),
      frm_enc=("utf-8", "q"),
      subject="Tu paquete llega con retraso",
      date="2026-09-22 12:12 +0200",
      headers=AUTO_GENERATED,
      text=_parcel_es,
      html=ats_card(paras(_parcel_es), "Envíos Rápidos Meseta", "#f57c00",
                    "No respondas a este correo."),
      cte="b64"))

add(m(K, "out_of_office_talento", "es",
      frm=("Javier Ortega", "javier.ortega@talentosanitario.example.es"),
      subject="Respuesta automática: Re: Cambio de hora entrevista lunes",
      subj_enc=("iso-8859-1", "q", "mixed"),
      date="2026-07-15 18:02 +0200", irt="<own-talento-ok.5520@example.be>",
      headers=AUTO_REPLIED,
      text="""Gracias por tu mensaje.

Estoy fuera de la oficina hasta el jueves 16 de julio por la mañana. Si tu consulta es urgente y tiene que ver con una entrevista o una incorporación, llama a la oficina de Alcalá al 91 726 40 00.

Javier Ortega
Talento Sanitario ETT"""))

add(m(K, "master_admission_denied_es", "es",
      frm=("Secretaría de Posgrado", "posgrado@univ-manzanares.example.es"),
      subject="Resolución de admisión – Máster en Industria Farmacéutica",
      subj_enc=("utf-8", "q"),
      date="2026-07-27 13:00 +0200",
      charset="windows-1252", cte="qp",
      text="""Estimada Sra. Tshibangu-Roux:

La Comisión Académica del Máster Universitario en Industria Farmacéutica y Asuntos Regulatorios ha resuelto su solicitud de admisión para el curso 2026-2027.

Lamentamos comunicarle que su solicitud ha sido denegada, al no acreditar una titulación de grado en Farmacia, Química o Biología exigida en la memoria del título. Puede presentar recurso de alzada ante el Rectorado en el plazo de un mes.

Atentamente,
Secretaría de Posgrado
Universidad del Manzanares"""))

add(m(K, "interview_tips_blog_es", "es",
      frm=("Blog Empleo Farma", "boletin@empleofarma-blog.example.es"),
      subject="5 errores que te cuestan la entrevista (y cómo evitarlos)",
      subj_enc=("utf-8", "q"),
      date="2026-09-01 08:00 +0200",
      headers=list_headers("Boletin Empleo Farma <boletin.empleofarma-blog.example.es>",
                           "https://empleofarma-blog.example.es/baja?id=3321",
                           "baja@empleofarma-blog.example.es"),
      text="""BOLETÍN EMPLEO FARMA · septiembre

¿Te han convocado a una entrevista para un puesto de registros o calidad? Estos son los cinco errores que más vemos:

1. No conocer el portfolio de productos de la empresa.
2. Confundir farmacovigilancia con asuntos regulatorios.
3. No preparar un ejemplo concreto de trabajo en equipo.
4. Llegar tarde a una videollamada por no probar el enlace antes.
5. No enviar un correo de agradecimiento después.

Y si te han rechazado, no te desanimes: en el próximo número hablamos de cómo pedir feedback.

Leer en la web: https://empleofarma-blog.example.es/5-errores-entrevista
Darse de baja: https://empleofarma-blog.example.es/baja?id=3321""", cte="qp"))
