"""Corpus 241: the 52 messages of kind `other`, written by hand.

Digests and newsletters, advice, press and podcast requests, parcels and GPS, friends, bank,
landlord, school and doctor mail, auto-replies, network notifications, refused course places,
a cold approach, and the candidate's own sent mail (thank-you notes, applications, requests).
"""

from __future__ import annotations

from msgs241_common import (
    CAND,
    SIG_CAND_EN,
    SIG_CAND_ES,
    SIG_CAND_FR,
    ats_card,
    digest_text,
    forwarded,
    newsletter,
    outlook_html,
    paras,
    quote,
    reply,
    wrote,
)
from msgs241_invites import _AARE_MISSED as AARE_MISSED
from msgs241_invites import _RHS_INV as RHS_INV
from msgs241_invites import (
    AARE_SORRY,
    MOLESON_APPL,
    RHS_RESCHED_REQ,
    SAUGES_INV,
    TURIA_MOVE,
)

# ------------------------------------------------------------- texts quoted by other modules

LIFFEY_THANKS = """Dear Maeve,

Thank you very much for this afternoon's interview, and please pass my thanks on to Conor as well. I really enjoyed hearing how the service desk is organised and the way you rotate analysts through second-line work.

Our conversation confirmed how much I would like to join Liffey Managed Services. If you need anything else from me for the next steps, please let me know.

Kind regards,
Séverin Mbala-Hofstetter"""

RHONE_THANKS = """Bonjour Monsieur Benali,

Je tenais à vous remercier, ainsi que Mme Lachat, pour l'entretien de ce matin, et pour votre patience après mon problème de connexion de la semaine dernière.

La présentation de votre organisation N1/N2 m'a beaucoup plu et me conforte dans mon envie de rejoindre Rhône IT Services. Je reste à votre disposition pour les prochaines étapes.

Meilleures salutations,
Séverin Mbala-Hofstetter"""

# ------------------------------------------------------------- digests and newsletters

_ROMANDIE_ITEMS = [
    ("Technicien·ne support 1er niveau – Clinique du Bourg, Fribourg",
     "https://www.emploi-romandie.example.ch/offres/88123?utm_source=alerte",
     "CDI 100 %. Entretiens prévus dès la mi-février, merci de postuler rapidement."),
    ("Helpdesk IT bilingue fr/de – Assurances Sarine, Givisiez",
     "https://www.emploi-romandie.example.ch/offres/88140?utm_source=alerte",
     "Poste à 80 %, horaires d'équipe. Première sélection par entretien téléphonique."),
    ("Technicien informatique de proximité – Commune de Villars-sur-Glâne (fictif)",
     "https://www.emploi-romandie.example.ch/offres/88152?utm_source=alerte",
     "Remplacement de 12 mois. Les candidatures incomplètes ne seront pas traitées."),
    ("Apprenti·e informaticien·ne adulte (art. 32) – Fri-Net Solutions",
     "https://www.emploi-romandie.example.ch/offres/88177?utm_source=alerte",
     "Formation en emploi pour personnes en reconversion."),
]

_ROMANDIE_INTRO = """Bonjour Séverin,

Voici les nouvelles offres correspondant à votre alerte « technicien support – Fribourg + 30 km ».

Conseil de la semaine : un refus n'est pas une fin. Demandez poliment un retour à l'employeur, cela vous aidera pour votre prochain entretien."""

_REBONDIR_INTRO = """Numéro 41 – mars 2026

« Nous avons le regret de vous informer… » Cette phrase, tout le monde la reçoit un jour. Dans ce numéro, cinq façons de rebondir après un refus, le témoignage d'une ancienne libraire devenue administratrice système, et notre agenda des salons de l'emploi en Suisse romande."""

_REBONDIR_ITEMS = [
    ("5 façons de rebondir après un refus",
     "https://www.reconversion-mag.example.ch/articles/rebondir-apres-un-refus",
     "Demander un retour, analyser l'annonce, élargir son réseau : nos conseils concrets."),
    ("De la librairie au datacenter : le parcours de Mireille",
     "https://www.reconversion-mag.example.ch/articles/mireille-admin-systeme",
     "Trois ans de cours du soir, deux stages et une offre d'emploi inespérée."),
    ("Agenda : salons de l'emploi et portes ouvertes",
     "https://www.reconversion-mag.example.ch/agenda",
     "Lausanne, Fribourg, Neuchâtel : les dates à retenir ce printemps."),
]

_ALPES_NEWS_INTRO = """Chères candidates, chers candidats,

Un entretien d'embauche se prépare comme un match : en connaissant l'adversaire et ses propres forces. Notre consultante Joëlle Bersier partage sa check-list, et nous vous présentons les missions du moment dans le canton de Vaud."""

_ALPES_NEWS_ITEMS = [
    ("Préparer votre entretien d'embauche : la check-list en 10 points",
     "https://www.alpes-emploi.example.ch/conseils/check-list-entretien",
     "Se renseigner sur l'entreprise, préparer trois exemples concrets, soigner la fin de l'entretien."),
    ("Mission temporaire : technicien·ne de déploiement (3 mois, Renens)",
     "https://www.alpes-emploi.example.ch/offres/T-2026-311",
     "Déploiement de 400 postes Windows 11. Permis de conduire souhaité."),
    ("Refus après un entretien : comment demander un feedback",
     "https://www.alpes-emploi.example.ch/conseils/feedback-apres-refus",
     "Les formulations qui fonctionnent, et celles qui ferment la porte."),
]

_JOBSUISSE_INTRO = """Vos offres de la semaine pour « support informatique » à Neuchâtel, Berne et Bienne.

3 employeurs ont consulté des profils comme le vôtre. Complétez votre profil pour être invité·e plus souvent à un entretien."""

_JOBSUISSE_ITEMS = [
    ("Supporter IT bilingue – Biel/Bienne",
     "https://www.alertejobs.example.ch/o/551203",
     "Poste fixe 100 %, allemand courant exigé."),
    ("Technicien·ne support applicatif – Neuchâtel",
     "https://www.alertejobs.example.ch/o/551219",
     "Date limite : 20 octobre. Entretiens la semaine du 26 octobre."),
    ("Service Desk Agent (english speaking) – Bern",
     "https://www.alertejobs.example.ch/o/551240",
     "Remote possible 2 jours par semaine."),
    ("Technicien·ne en informatique médicale – Neuchâtel",
     "https://www.alertejobs.example.ch/o/551266",
     "Le poste a été repourvu ? Non : il est republié suite à un désistement."),
]

_JOBSBRIDGE_INTRO = """Hi Séverin,

Here are this week's new jobs matching "IT support technician" in Dublin and within 20 km. Employers marked "Fast reply" usually arrange interviews within a week."""

_JOBSBRIDGE_ITEMS = [
    ("IT Support Technician – Harbourside Logistics, Dublin 1 (Fast reply)",
     "https://www.jobsbridge.example.ie/job/402917?src=alert",
     "Permanent, full time. First-round interviews by video."),
    ("Service Desk Analyst (French speaker) – EuroDesk Services, Sandyford",
     "https://www.jobsbridge.example.ie/job/402955?src=alert",
     "Support French-speaking users across Europe. Relocation assistance."),
    ("Desktop Support Engineer – St Mary's College (fictional), Rathmines",
     "https://www.jobsbridge.example.ie/job/403011?src=alert",
     "Fixed term, 12 months. Closing date 10 April."),
    ("Junior IT Technician – Fairview Motors",
     "https://www.jobsbridge.example.ie/job/403038?src=alert",
     "Great first step into IT. No rejections without feedback, promise the employer."),
]

_TCW_INTRO = """Tech Careers Weekly – issue 112

This week: how to handle rejection without losing momentum, the five interview questions every service-desk candidate gets, and the salary survey for support roles in Ireland."""

_TCW_ITEMS = [
    ("How to handle rejection (and what to ask for afterwards)",
     "https://techcareersweekly.example.com/112/handling-rejection",
     "Three hiring managers explain what a good feedback request looks like."),
    ("The 5 interview questions every service-desk candidate gets",
     "https://techcareersweekly.example.com/112/service-desk-interview-questions",
     "From 'tell me about a difficult user' to 'walk me through a password reset'."),
    ("Salary survey 2026: support roles in Ireland",
     "https://techcareersweekly.example.com/112/salary-survey",
     "What 1st- and 2nd-line analysts earn in Dublin, Cork and Galway."),
]

_MASTERCLASS_INTRO = """Hi Séverin,

Got an interview coming up? Join our free live masterclass on Thursday 9 April at 19:00 Irish time. Career coach Hannah Quigley will run mock interviews with volunteers from the audience and answer your questions live.

Seats are limited to 200 — save yours below."""

_MASTERCLASS_ITEMS = [
    ("Register for the Interview Masterclass (free)",
     "https://nextstepcoaching.example.ie/masterclass/register?c=apr26",
     "Thursday 9 April, 19:00–20:15 IST, on Zoom."),
    ("Replay: Bouncing back after a rejection",
     "https://nextstepcoaching.example.ie/replays/bouncing-back",
     "Our most-watched session of 2025."),
]

_JOBAGENT_INTRO = """Grüezi Séverin

Ihr Jobagent «ICT Support, Bern + 25 km» hat 7 neue Stellen gefunden. Tipp: Bei vielen Arbeitgebern folgt nach dem Eingang Ihrer Bewerbung innert zwei Wochen eine Einladung oder eine Absage."""

_JOBAGENT_ITEMS = [
    ("ICT-Supporter/in 80–100 % – Bundesnahe Betriebe (fiktiv), Bern",
     "https://www.jobagent-bern.example.ch/stelle/77120",
     "Unbefristet, Eintritt nach Vereinbarung."),
    ("Techniker/in 1st-Level-Support – Gurten Digital, Wabern",
     "https://www.jobagent-bern.example.ch/stelle/77134",
     "Französischkenntnisse von Vorteil."),
    ("Lernende/r Informatiker/in EFZ für Erwachsene – Berufsbildung Bern (fiktiv)",
     "https://www.jobagent-bern.example.ch/stelle/77151",
     "Verkürzte Lehre für Quereinsteigende."),
]

_EMPLEO_INTRO = """Hola Séverin:

Estas son las nuevas ofertas de «técnico de soporte informático» en Valencia y alrededores. Recuerda: las empresas marcadas con ⚡ suelen convocar a entrevista en menos de 48 horas."""

_EMPLEO_ITEMS = [
    ("Técnico/a de soporte N1 ⚡ – Puerto Digital, Valencia",
     "https://www.empleolevante.example.es/oferta/310554",
     "Contrato indefinido. Turnos de mañana."),
    ("Técnico/a de microinformática – Clínica Benimaclet",
     "https://www.empleolevante.example.es/oferta/310570",
     "Incorporación inmediata. Se valora inglés y francés."),
    ("Helpdesk bilingüe francés-español – Orbita Services, Paterna",
     "https://www.empleolevante.example.es/oferta/310602",
     "Atención a usuarios de Francia y Suiza."),
]

_CONSEJOS_INTRO = """Boletín InfoTrabajo – agosto 2026

Este mes: siete preguntas de entrevista que te harán sí o sí, qué hacer cuando te dicen que no, y cómo escribir un correo de agradecimiento que se recuerde."""

_CONSEJOS_ITEMS = [
    ("Las 7 preguntas de entrevista que te harán sí o sí",
     "https://www.infotrabajo.example.es/consejos/7-preguntas-entrevista",
     "Prepara respuestas concretas con el método STAR."),
    ("Te han rechazado: ¿y ahora qué?",
     "https://www.infotrabajo.example.es/consejos/despues-del-rechazo",
     "Pide feedback, revisa tu CV y no te lo tomes como algo personal."),
    ("El correo de agradecimiento perfecto",
     "https://www.infotrabajo.example.es/consejos/correo-agradecimiento",
     "Breve, concreto y enviado en las 24 horas siguientes."),
]


def _digest(brand: str, intro: str, items: list[tuple[str, str, str]], footer: str,
            unsub: str, label: str, lang: str) -> dict:
    return {
        "text": digest_text(intro, items, footer, unsub),
        "html": newsletter(brand, intro, items, footer, unsub, label, lang),
    }


def _list_headers(list_id: str, unsub: str, mailto: str) -> list[tuple[str, str]]:
    return [
        ("List-Id", list_id),
        ("List-Unsubscribe", f"<{unsub}>, <mailto:{mailto}>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ]


# ------------------------------------------------------------- French texts

_PODCAST = """Bonjour Séverin,

Je m'appelle Élodie Marchon et j'anime « Virages », un podcast romand consacré aux reconversions professionnelles. Loïc Dafflon, que vous avez rencontré au Fribourg IT Meetup, m'a parlé de votre parcours de facteur devenu technicien informatique en devenir.

Accepteriez-vous de m'accorder une interview d'environ 45 minutes pour un prochain épisode ? L'enregistrement peut se faire dans notre petit studio à Fribourg ou à distance, à la date qui vous arrange en juin. Vous relirez bien sûr le montage avant diffusion.

Au plaisir de vous lire,
Élodie Marchon
Podcast Virages – virages.example.ch
079 555 20 31"""

_PRESS = """Monsieur Mbala-Hofstetter,

Je prépare pour Le Messager de la Sarine un article sur les collaborateurs de la distribution postale qui se forment aux métiers du numérique, à l'heure où les tournées se réduisent.

Votre nom m'a été transmis par le Repair Café de Pérolles. Seriez-vous d'accord de m'accorder une interview d'une demi-heure, par téléphone ou autour d'un café, la semaine prochaine ? Une photo serait un plus, mais rien d'obligatoire.

Avec mes remerciements,
Julien Grandjean
Journaliste RP
Le Messager de la Sarine
Rue de Romont 22, 1700 Fribourg
026 555 33 81"""

_USER_RESEARCH = """Bonjour Séverin,

Vous utilisez ProLien pour votre recherche d'emploi et nous aimerions beaucoup connaître votre avis.

Notre équipe produit mène des entretiens utilisateurs de 30 minutes en visio pour comprendre comment les personnes en reconversion cherchent un poste. Pas de bonne ou de mauvaise réponse : on veut simplement vous écouter. En remerciement, vous recevrez un bon de 50 CHF.

Si cela vous tente, choisissez un créneau ici : https://research.prolien.example.ch/book/reconversion-2026

Merci d'avance !
Camille Roulin
UX Researcher, ProLien"""

_PARCEL = """Bonjour,

Malheureusement, votre colis n° CR 4471 2093 88 CH est retardé en raison d'un volume exceptionnel dans notre centre de tri de Daillens.

Nouvelle date de livraison estimée : vendredi 27 février 2026, entre 13h00 et 18h00.

Vous pouvez suivre votre envoi ou choisir un autre jour de livraison sur https://suivi.colisrapide.example.ch/CR4471209388CH.

Nous vous prions de nous excuser pour ce désagrément.
Votre équipe ColisRapide"""

_GPS = """Nouvelle position de votre vélo « Cargo bleu »

Votre traceur a signalé un déplacement alors que le mode antivol était activé.

Position GPS : 46.8013 N, 7.1474 E (près de Rue de Lausanne 71, 1700 Fribourg)
Heure : 18.06.2026, 23:42
Précision : ± 8 m

Si ce déplacement est normal, ignorez ce message. Sinon, ouvrez l'application pour suivre la position en temps réel : https://app.velotrack.example.com/track/cargo-bleu

VéloTrack – ne pas répondre à ce message automatique."""

_FRIEND_FR = """Salut Sév,

Devine quoi : j'ai reçu ma réponse de la Clinique des Sauges pour le poste de secrétaire médicale. Refus, évidemment, avec la phrase magique « nous avons retenu une candidature correspondant davantage au profil recherché ». Trois entretiens pour ça !

Bon, je boude deux jours puis je repars. Et toi, des nouvelles de ton côté ? On se fait une raclette samedi pour se remonter le moral ?

Bises,
Lucie"""

_OLIVIERS_STATUS = """Madame, Monsieur,

Je me permets de revenir vers vous concernant ma candidature au poste « Technicien·ne informatique polyvalent·e (EMS) », réf. 2026-118, envoyée le 6 mai.

Je reste très motivé par ce poste et me tiens à votre disposition pour un entretien, à Lausanne ou en visioconférence.

""" + SIG_CAND_FR

_DUCREST_COLD = """Cher Monsieur,

Votre profil sur ProLien a retenu mon attention : un parcours atypique, une vraie expérience du service à la clientèle et une formation technique récente, c'est une combinaison que plusieurs de mes clients recherchent.

Je m'appelle Olivier Ducrest et j'accompagne depuis quinze ans des institutions financières et des entreprises de services genevoises dans le recrutement de leurs équipes informatiques.

Je n'ai pas de poste précis à vous soumettre aujourd'hui, mais si vous êtes ouvert à un échange confidentiel sur vos aspirations, il vous suffit de me répondre.

Bien cordialement,

Olivier Ducrest
Associé
Ducrest & Partenaires Sàrl – Executive Search
Rue du Rhône 88, 1204 Genève
+41 22 555 02 90"""

_BANK = """Bonjour Monsieur Mbala-Hofstetter,

Je vous confirme notre entretien conseil consacré à votre prévoyance (3e pilier) et au financement de votre future formation :

Mardi 14 avril 2026 à 17h30
Agence de Pérolles, Bd de Pérolles 21, 1700 Fribourg

Merci d'apporter votre dernier certificat de salaire et votre attestation de la caisse de pension. Si vous deviez annuler ou déplacer le rendez-vous, un simple appel suffit.

Avec mes meilleures salutations,
Fabienne Kolly
Conseillère à la clientèle privée
Banque Régionale de la Sarine
026 555 60 12"""

_LANDLORD = """Madame, Monsieur,

Nous vous informons que l'entretien annuel des chaudières et le contrôle des radiateurs de l'immeuble Route de la Glâne 41 auront lieu le

jeudi 5 mars 2026, entre 8h00 et 12h00.

Le technicien de l'entreprise Chauffage Sarine doit pouvoir accéder à votre appartement. Si vous êtes absent, merci de déposer votre clé auprès du concierge, M. Cotting, ou de nous indiquer une autre date d'ici au 27 février.

Nous vous remercions de votre collaboration.

Sylvie Brodard
Gérante
Régie Pérolles Immobilier
Bd de Pérolles 55, 1700 Fribourg
026 555 80 40"""

_SCHOOL = """Bonjour Monsieur Mbala-Hofstetter,

Comme chaque semestre, je vous propose un entretien pour faire le point sur le parcours de Noa en 5H.

Pourriez-vous me dire lequel de ces créneaux vous convient ?
- mardi 3 février à 16h15
- jeudi 5 février à 17h00
- lundi 9 février à 16h30

L'entretien a lieu dans la classe 12, bâtiment B. Noa peut y assister si vous le souhaitez.

Meilleures salutations,
Catherine Progin
Enseignante 5H
École primaire du Jura, Fribourg"""

_DOCTOR = """Bonjour,

Nous vous rappelons votre rendez-vous au Cabinet médical de la Vignettaz :

Date : mardi 3 mars 2026, 07h45
Médecin : Dr Stéphane Clerc
Motif : contrôle annuel

Si vous ne pouvez pas vous présenter, merci d'annuler ou de déplacer votre rendez-vous au moins 24 heures à l'avance via notre portail https://rdv.cabinet-vignettaz.example.ch. Les rendez-vous manqués sans excuse peuvent être facturés.

Cabinet médical de la Vignettaz
Avenue de la Vignettaz 8, 1700 Fribourg
Ceci est un message automatique."""

_OOO_FR = """Bonjour,

Je suis absente du bureau jusqu'au mardi 26 mai inclus, avec un accès limité à ma messagerie.

Pour les questions urgentes concernant les recrutements en cours, vous pouvez contacter le secrétariat RH au 021 555 83 00.

Meilleures salutations,
Isabelle Genoud
Ressources humaines, Fondation Les Oliviers"""

_PROLIEN = """Bonjour Séverin,

Votre profil a été consulté 4 fois cette semaine, dont 2 fois par des recruteurs.

• Une personne de « Rhône IT Services » a consulté votre profil
• Une personne de « Ducrest & Partenaires » a consulté votre profil
• Vous êtes apparu dans 11 recherches pour « technicien support »

Voir qui a consulté votre profil : https://www.prolien.example.ch/me/profile-views

Conseil : les membres avec une photo reçoivent jusqu'à 9 fois plus de messages de recruteurs.

ProLien, Rue du Marché 3, 1204 Genève
Vous recevez cet e-mail car vous êtes membre de ProLien. Se désabonner : https://www.prolien.example.ch/settings/emails"""

_ES_REFUSED = """Monsieur,

Nous accusons réception de votre dossier d'admission pour la filière ES Informatique de gestion en cours d'emploi (rentrée de septembre 2026) et vous remercions de l'intérêt porté à notre école.

Après examen des dossiers par la commission d'admission, nous sommes au regret de vous informer que nous ne pouvons pas retenir votre inscription : le nombre de places est limité à 24 et priorité a été donnée aux candidat·e·s titulaires d'un CFC du domaine informatique. Nous vous invitons à redéposer un dossier l'année prochaine, une fois votre CFC obtenu.

Avec nos meilleures salutations,

Anne-Lise Chassot
Secrétariat des admissions
Centre de formation professionnelle Sarine
Route des Arsenaux 41, 1700 Fribourg"""

_CAS_REFUSED = """Madame, Monsieur,

Merci de votre inscription au CAS « Cybersécurité pour le support informatique » (volée 2026-2027).

Nous avons le regret de vous informer que votre inscription n'a pas pu être retenue, la volée étant complète. Votre nom a été placé sur la liste d'attente en position 7 ; nous vous contacterons si une place se libère avant le 15 septembre.

Formation continue
Institut universitaire Pérolles

Ce message est envoyé automatiquement, merci de ne pas y répondre."""

_APPRAISAL = """Salut Séverin,

Comme chaque année, je te propose ton entretien annuel d'évaluation (EAE) :

mardi 17 février 2026 de 14h00 à 15h00, salle de conférence du centre de distribution de Fribourg-Moncor.

On fera le bilan de l'année écoulée (tournée 14, remplacements), on parlera de tes objectifs et de ta demande de réduction de taux pour tes cours du soir. Pense à remplir l'autoévaluation dans l'intranet d'ici au 13 février.

L'invitation Outlook suit.

Marc Bongard
Chef d'équipe distribution
Distribution Postale Romande
Centre de distribution Fribourg-Moncor"""

_FWD_AD = """Salut frérot,

Vu ça passer sur le site de la commune, ça pourrait te plaire. La date limite est dans 10 jours.

Thierry

""" + forwarded(
    "fr",
    "Service du personnel <emplois@marly-commune.example.ch>",
    "lun. 7 sept. 2026 à 08:00",
    "Offre : Technicien·ne support informatique (60-80 %)",
    "abonnes-emplois@marly-commune.example.ch",
    """La Commune met au concours un poste de

Technicien·ne support informatique (60-80 %)

Vos tâches : support aux utilisateurs de l'administration et des écoles, gestion du parc informatique, suivi des prestataires.

Votre profil : CFC d'informaticien·ne ou formation jugée équivalente, sens du service, permis de conduire.

Dossier complet à envoyer jusqu'au 18 septembre 2026. Les entretiens auront lieu début octobre. Seules les candidatures correspondant au profil recevront une réponse.""",
)

_DATASPHERE_APPL = """Madame, Monsieur,

Votre annonce pour un·e technicien·ne support à Neuchâtel a retenu toute mon attention.

Après onze ans comme facteur, je termine une reconversion vers l'informatique (CFC d'informaticien en voie de modularisation, CompTIA A+). J'ai appris sur le terrain à rester calme face à des clients pressés et à organiser une tournée sans oublier personne, deux qualités utiles au support.

Vous trouverez mon CV et mes certificats en pièce jointe. Je serais heureux de vous présenter ma motivation lors d'un entretien.

""" + SIG_CAND_FR

_ALPES_CONFIRM = reply(
    """Bonjour Joëlle,

Merci beaucoup, c'est une super nouvelle ! Je vous confirme ma présence jeudi 5 février à 10h00 à la Clinique des Sauges. J'ai pu poser congé sans problème.

Belle soirée,
Séverin""",
    "fr",
    "lun. 2 févr. 2026 à 15:30",
    "Joëlle Bersier",
    "joelle.bersier@alpes-emploi.example.ch",
    SAUGES_INV,
)

_RHONE_THANKS_MAIL = RHONE_THANKS

_RHS_RESCHED_MAIL = reply(
    RHS_RESCHED_REQ,
    "fr",
    "mer. 11 mars 2026 à 16:40",
    "Perroud Nadia",
    "nadia.perroud@rhsarine.example.ch",
    RHS_INV,
)

# ------------------------------------------------------------- English texts

_PORTOBELLO_APPL = """Dear Ms Kennedy,

I am writing to apply for the IT Support Technician position advertised on your website.

After eleven years as a postman in Fribourg, Switzerland, I have retrained in IT support (CompTIA A+, Swiss IT apprenticeship modules at evening school). I am planning to move to Dublin this winter and would bring patience with users, reliability and fluent French and German.

My CV is attached. I would be glad to discuss my application at an interview, in person or by video.

Yours sincerely,
""" + SIG_CAND_EN

_OOO_EN = """Thank you for your email.

I'm out of the office until Monday 23 February with no access to email. For anything urgent about an ongoing application, please contact talent@liffeyms.example.ie.

Maeve Brennan | Talent Acquisition Partner
Liffey Managed Services"""

_OYELARAN_COLD = """Hi Séverin,

I hope you don't mind the unsolicited message. I came across your profile on ProLink while searching for French-speaking support people who might consider a move to Ireland.

I'm a recruiter specialising in IT support and service-desk roles in Dublin, and several of my clients offer relocation packages. There's nothing specific on the table right now, but if you'd be open to hearing about roles as they come up, just reply and tell me a little about what you're looking for.

Best wishes,
Karen Oyelaran
Principal Consultant, Oyelaran Search
22 Fitzwilliam Square, Dublin 2 | +353 1 555 9031"""

_PODCAST_EN = """Hi Séverin,

I host The Career Switch Podcast, where we talk to people who changed careers in their thirties and forties. Declan Fitzpatrick told me about your journey from delivering letters in Switzerland to fixing laptops, and I'd love to feature you.

Would you be up for an interview on the show? It's a relaxed 40-minute conversation recorded over Zoom, and we'd send you the questions in advance. Any week in July works on our side.

Cheers,
Ben Okafor
Host, The Career Switch Podcast
careerswitchpod.example.com"""

_SURVEY_EN = """Hi Séverin,

Thanks for taking the time to interview with Liffey Managed Services. We're always trying to improve our hiring experience and would love your honest feedback, whatever the outcome of your application.

The survey takes about 2 minutes and is completely anonymous:
https://app.greenhouse.io/survey/candidate/liffey-7f2a91

Thank you!
Liffey Managed Services"""

_PARCEL_EN = """Hello,

Unfortunately, your parcel from TechShed Online (order TS-448201) is delayed due to a missed connection at our Dublin hub.

Your delivery has been rescheduled to Friday 11 September, 08:00–18:00. You don't need to do anything, but you can choose a safe place or a pickup point here:
https://track.swiftparcel.example.ie/SP99310442IE

We're sorry for the inconvenience.
SwiftParcel Customer Care"""

_FRIEND_EN = """Hey Séverin,

So I got the classic "unfortunately" email from Dockside Digital today: "we have decided to move forward with other candidates". Same wording they sent you, I'd bet. At least they replied, half the places here just ghost you.

How's the Swiss side of the hunt going? Any news from Liffey? Let me know when you're over in Dublin, the couch is yours.

Niall"""

_BANK_EN = """Dear Séverin,

Your appointment to open a current account with Liffey Credit Union is confirmed.

Date: Tuesday 20 October 2026
Time: 11:30
Branch: 41 Capel Street, Dublin 1
Adviser: Ms R. Dunne

Please bring your passport, proof of your Irish address and your PPS number if you already have one. If you need to change your appointment, use the link in this email or call us on 01 555 2200.

Liffey Credit Union
This is an automated message. Please do not reply."""

_COURSE_EN = """Dear Séverin,

Thank you for applying to the Springboard+ Certificate in IT Support (NFQ Level 6) starting in September 2026.

We received a very high number of applications for this programme. Unfortunately, we are unable to offer you a place on this occasion, as priority is given to applicants who are currently resident in Ireland.

You are welcome to apply for the January 2027 intake once you have moved.

Admissions Office
Dublin Institute of Digital Skills"""

_NETWORKR_EN = """Hi Séverin,

You appeared in 9 searches this week.

Top searcher companies: Grand Canal Insurance, Harbourside Logistics, EuroDesk Services.
Job titles they were hiring for: Desktop Support Analyst, IT Support Technician.

See all searches: https://www.networkr.example.com/me/search-appearances

You're receiving weekly profile emails. Unsubscribe: https://www.networkr.example.com/settings/email
Networkr Ltd, 1 Dock Road, Dublin 2"""

# ------------------------------------------------------------- German texts

_AARE_SORRY_MAIL = reply(
    AARE_SORRY,
    "de",
    "21.04.2026 um 10:41",
    "Simone Zürcher",
    "simone.zuercher@aarespital.example.ch",
    AARE_MISSED,
)

_FLAT = """Sehr geehrter Herr Mbala-Hofstetter

Vielen Dank für Ihre Bewerbung für die 3-Zimmer-Wohnung an der Lorrainestrasse 18 in Bern und Ihren Besuch an der Besichtigung vom 24. September.

Leider müssen wir Ihnen mitteilen, dass wir die Wohnung an andere Interessenten vergeben haben. Wir haben über 60 Bewerbungen erhalten und konnten nicht alle berücksichtigen.

Gerne senden wir Ihnen künftig passende Angebote zu, wenn Sie sich in unserem Suchabo eintragen.

Freundliche Grüsse
Nadine Steiner
Bewirtschaftung
Kramgasse Immobilien AG
Kramgasse 61, 3011 Bern
031 555 12 44"""

_OOO_DE = """Guten Tag

Vielen Dank für Ihre Nachricht. Ich bin bis und mit 11. September 2026 abwesend und habe keinen Zugriff auf meine E-Mails.

In dringenden Fällen wenden Sie sich bitte an Frau Petra Schaub (petra.schaub@rheinknie.example.ch).

Freundliche Grüsse
Thomas Gysin
Teamleiter Support, Rheinknie Informatik AG"""

_GYSIN_CONFIRM = """Grüezi Herr Gysin

Herzlichen Dank für die Einladung. Gerne bestätige ich den Termin vom Mittwoch, 16. September, um 15:00 Uhr an der Klybeckstrasse.

Freundliche Grüsse
Séverin Mbala-Hofstetter"""

# ------------------------------------------------------------- Spanish texts

_TURIA_CONFIRM = reply(
    """Hola Lucía:

¡Qué bien que Jordi ya esté mejor! El miércoles 27 de mayo me va perfecto. Allí estaré a las 9:00.

Gracias por la flexibilidad,
""" + SIG_CAND_ES,
    "es",
    "jue, 21 may 2026 a las 9:10",
    "Lucía Ferrer",
    "lucia.ferrer@turiasoporte.example.es",
    TURIA_MOVE,
)

_PAQUETE = """Hola, Séverin:

Lamentablemente, tu pedido n.º EY-20931-VLC se ha retrasado por una incidencia en el centro logístico de Riba-roja.

Nueva fecha estimada de entrega: jueves 11 de junio, de 9:00 a 14:00.

Puedes consultar el estado del envío o cambiar la dirección de entrega aquí: https://seguimiento.enviaya.example.es/EY20931VLC

Disculpa las molestias.
El equipo de EnvíaYa"""

_FRIEND_ES = """¡Ey, Séverin!

Te cuento: me han rechazado en Levante Sistemas. Me llegó el típico correo de «hemos decidido seguir con otros perfiles» después de dos entrevistas y una prueba técnica. Me ha sentado fatal, la verdad.

¿Tú sigues con lo de Turia? Si al final te vienes a Valencia, te invito a una horchata para celebrar que al menos a uno de los dos le salió bien.

Un abrazo,
Javi"""

_FP_REFUSED = """Estimado/a solicitante:

Le comunicamos que, una vez baremadas todas las solicitudes de admisión al ciclo formativo de grado medio «Sistemas Microinformáticos y Redes» en modalidad dual para el curso 2026-2027, usted no ha sido admitido/a por falta de plazas.

Su solicitud queda en la lista de espera con el número 23. Puede consultar el listado definitivo en la secretaría virtual del centro.

Secretaría
Centro Integrado Público de FP Cabanyal"""

_CITA = """Hola Séverin:

Te recordamos que tu cita en Clínica Dental Ruzafa ha sido modificada.

Nueva fecha: lunes 17 de agosto de 2026
Hora: 18:30
Profesional: Dra. Inés Mompó
Motivo: revisión e higiene

Si no puedes acudir, cancela o cambia tu cita desde https://citas.clinicaruzafa.example.es con al menos 24 horas de antelación.

Clínica Dental Ruzafa
C/ de Sueca 12, 46006 Valencia
Este es un mensaje automático, por favor no respondas."""


def _pdf_cv(lang: str) -> dict:
    lines = {
        "fr": ["Séverin Mbala-Hofstetter – Route de la Glâne 41, 1700 Fribourg",
               "Objectif : technicien support informatique",
               "2015–2026 Facteur, distribution postale, Fribourg",
               "2025 Certification CompTIA A+",
               "Depuis 2024 CFC d'informaticien (modules, cours du soir)",
               "Bénévole au Repair Café de Pérolles (PC, smartphones)",
               "Langues : français, allemand, anglais (B2), espagnol (B1)"],
        "en": ["Séverin Mbala-Hofstetter – Fribourg, Switzerland",
               "Objective: IT support technician",
               "2015–2026 Postman, Fribourg",
               "2025 CompTIA A+ certification",
               "Since 2024 Swiss IT apprenticeship modules (evening school)",
               "Volunteer technician, Repair Café Pérolles",
               "Languages: French, German, English (B2), Spanish (B1)"],
    }[lang]
    return {"name": f"CV_Severin_Mbala-Hofstetter_{lang.upper()}.pdf",
            "title": "Curriculum vitae", "lines": lines}


_R = "https://www.emploi-romandie.example.ch/alertes/desabonner?id=a91f"
_M = "https://www.reconversion-mag.example.ch/newsletter/unsubscribe?u=5521"
_A = "https://www.alpes-emploi.example.ch/newsletter/desinscription?c=C-26-0418"
_J = "https://www.alertejobs.example.ch/alerte/stop/88d1"
_JB = "https://www.jobsbridge.example.ie/alerts/unsubscribe/77c0"
_TC = "https://techcareersweekly.example.com/unsubscribe/severin"
_NS = "https://nextstepcoaching.example.ie/unsubscribe?e=severin"
_JA = "https://www.jobagent-bern.example.ch/abo/abmelden/3f2e"
_EL = "https://www.empleolevante.example.es/alertas/baja/61aa"
_IT = "https://www.infotrabajo.example.es/boletin/baja?u=sev"
_PL = "https://www.prolien.example.ch/settings/emails"


MESSAGES = [
    # ------------------------------------------------------------------ French (27)
    {
        "key": "alert_romandie",
        "kind": "other", "scenario": "job_alert_digest", "lang": "fr",
        "company": "", "contact": "",
        "from": ("Emploi Romandie", "alertes@emploi-romandie.example.ch"),
        "subject": "12 nouvelles offres « technicien support » près de Fribourg",
        "date": "2026-02-09 06:30 +0100",
        **_digest("Emploi Romandie", _ROMANDIE_INTRO, _ROMANDIE_ITEMS,
                  "Emploi Romandie SA, Avenue de la Gare 10, 1950 Sion",
                  _R, "Se désabonner de cette alerte", "fr"),
        "cte": "quoted-printable",
        "headers": _list_headers("<alertes.emploi-romandie.example.ch>", _R,
                                 "unsubscribe@emploi-romandie.example.ch"),
    },
    {
        "key": "news_rebondir",
        "kind": "other", "scenario": "newsletter_rebound_after_refusal", "lang": "fr",
        "company": "", "contact": "",
        "from": ("La lettre Reconversion", "newsletter@reconversion-mag.example.ch"),
        "subject": "Refus d'embauche : 5 façons de rebondir",
        "date": "2026-03-12 07:00 +0100",
        **_digest("Reconversion Magazine", _REBONDIR_INTRO, _REBONDIR_ITEMS,
                  "Reconversion Magazine, Case postale 88, 1001 Lausanne",
                  _M, "Se désinscrire", "fr"),
        "cte": "base64",
        "headers": _list_headers("Lettre Reconversion <lettre.reconversion-mag.example.ch>", _M,
                                 "leave@reconversion-mag.example.ch"),
    },
    {
        "key": "alpes_news",
        "kind": "other", "scenario": "agency_newsletter_interview_tips", "lang": "fr",
        "company": "", "contact": "",
        "from": ("Alpes Emploi Conseil", "newsletter@alpes-emploi.example.ch"),
        "subject": "Votre entretien d'embauche : la check-list de nos consultantes",
        "date": "2026-04-20 08:15 +0200",
        "html": newsletter("Alpes Emploi Conseil – Le mag", _ALPES_NEWS_INTRO, _ALPES_NEWS_ITEMS,
                           "Alpes Emploi Conseil, Avenue de la Gare 4, 1003 Lausanne",
                           _A, "Se désinscrire de la newsletter", "fr"),
        "cte": "quoted-printable",
        "headers": _list_headers("<mag.alpes-emploi.example.ch>", _A,
                                 "desinscription@alpes-emploi.example.ch"),
    },
    {
        "key": "podcast_fr",
        "kind": "other", "scenario": "podcast_interview_request", "lang": "fr",
        "company": "", "contact": "elodie@virages.example.ch",
        "from": ("Élodie Marchon", "elodie@virages.example.ch"),
        "from_enc": ("iso-8859-1", "Q"),
        "subject": "Demande d'interview pour le podcast Virages",
        "date": "2026-05-05 13:40 +0200",
        "text": _PODCAST,
        "cte": "8bit",
    },
    {
        "key": "press_fr",
        "kind": "other", "scenario": "press_interview_request", "lang": "fr",
        "company": "", "contact": "j.grandjean@messager-sarine.example.ch",
        "from": ("Julien Grandjean", "j.grandjean@messager-sarine.example.ch"),
        "subject": "Demande d'interview – facteurs en reconversion numérique",
        "date": "2026-09-22 10:05 +0200",
        "text": _PRESS,
        "html": "auto",
        "cte": "quoted-printable",
    },
    {
        "key": "ux_research_fr",
        "kind": "other", "scenario": "user_research_interview", "lang": "fr",
        "company": "", "contact": "camille.roulin@prolien.example.ch",
        "from": ("Camille Roulin (ProLien)", "camille.roulin@prolien.example.ch"),
        "subject": "30 minutes pour un entretien utilisateur ? (bon de 50 CHF)",
        "date": "2026-06-03 15:00 +0200",
        "text": _USER_RESEARCH,
        "html": "auto",
        "cte": "quoted-printable",
    },
    {
        "key": "parcel_fr",
        "kind": "other", "scenario": "parcel_delayed_unfortunately", "lang": "fr",
        "company": "", "contact": "",
        "from": ("ColisRapide", "notification@colisrapide.example.ch"),
        "subject": "Votre colis est retardé – nouvelle date de livraison",
        "date": "2026-02-25 18:20 +0100",
        "text": _PARCEL,
        "html": ats_card("ColisRapide", "#ffcc00", paras(_PARCEL),
                         "ColisRapide SA – Ceci est un message automatique."),
        "cte": "quoted-printable",
        "headers": [("Auto-Submitted", "auto-generated")],
    },
    {
        "key": "gps_fr",
        "kind": "other", "scenario": "bike_gps_position", "lang": "fr",
        "company": "", "contact": "",
        "from": ("VéloTrack", "no-reply@velotrack.example.com"),
        "subject": "Nouvelle position de votre vélo « Cargo bleu »",
        "date": "2026-06-18 23:43 +0200",
        "text": _GPS,
        "cte": "base64",
        "headers": [("Auto-Submitted", "auto-generated")],
    },
    {
        "key": "friend_fr",
        "kind": "other", "scenario": "friend_tells_own_refusal", "lang": "fr",
        "company": "", "contact": "lucie.rime@mail.example.ch",
        "from": ("Lucie Rime", "lucie.rime@mail.example.ch"),
        "subject": "devine qui a encore reçu un refus…",
        "date": "2026-04-24 21:18 +0200",
        "text": _FRIEND_FR,
        "cte": "8bit",
    },
    {
        "key": "own_rhone_thanks",
        "kind": "other", "scenario": "own_thank_you_note", "lang": "fr",
        "company": "", "contact": "",
        "from": CAND,
        "to": [("Karim Benali", "karim.benali@rhone-it.example.ch")],
        "subject": "Merci pour l'entretien de mardi",
        "date": "2026-06-16 18:05 +0200",
        "in_reply_to": "rhone_move", "references": ["rhone_inv", "rhone_missed", "rhone_move"],
        "text": _RHONE_THANKS_MAIL,
        "cte": "quoted-printable",
        "headers": [("User-Agent", "Thunderbird 140.2")],
    },
    {
        "key": "own_moleson_appl",
        "kind": "other", "scenario": "own_application_with_cv", "lang": "fr",
        "company": "", "contact": "",
        "from": CAND,
        "to": [("Pascal Overney", "pascal.overney@moleson-it.example.ch")],
        "subject": "Candidature – technicien support",
        "date": "2026-01-08 20:12 +0100",
        "text": MOLESON_APPL,
        "cte": "quoted-printable",
        "pdfs": [_pdf_cv("fr")],
    },
    {
        "key": "own_rhs_resched",
        "kind": "other", "scenario": "own_reschedule_request", "lang": "fr",
        "company": "", "contact": "",
        "from": CAND,
        "to": [("Perroud Nadia", "nadia.perroud@rhsarine.example.ch")],
        "subject": "RE: Invitation à un entretien – Technicien·ne support informatique (80–100 %)",
        "date": "2026-03-12 07:55 +0100",
        "in_reply_to": "rhs_inv",
        "text": _RHS_RESCHED_MAIL,
        "cte": "8bit",
    },
    {
        "key": "own_oliviers_status",
        "kind": "other", "scenario": "own_status_follow_up", "lang": "fr",
        "company": "", "contact": "",
        "from": CAND,
        "to": [("Isabelle Genoud", "isabelle.genoud@les-oliviers.example.ch")],
        "subject": "Candidature réf. 2026-118 – technicien·ne informatique polyvalent·e",
        "date": "2026-05-20 19:40 +0200",
        "text": _OLIVIERS_STATUS,
        "html": "auto",
        "cte": "quoted-printable",
    },
    {
        "key": "ducrest_cold",
        "kind": "other", "scenario": "headhunter_cold_approach", "lang": "fr",
        "company": "", "contact": "o.ducrest@ducrest-partenaires.example.ch",
        "from": ("Olivier Ducrest", "o.ducrest@ducrest-partenaires.example.ch"),
        "subject": "Votre parcours – prise de contact confidentielle",
        "date": "2026-02-20 11:00 +0100",
        "text": _DUCREST_COLD,
        "html": outlook_html(_DUCREST_COLD, "fr"),
        "cte": "quoted-printable",
    },
    {
        "key": "bank_fr",
        "kind": "other", "scenario": "bank_advice_appointment", "lang": "fr",
        "company": "", "contact": "fabienne.kolly@brs.example.ch",
        "from": ("Kolly Fabienne", "fabienne.kolly@brs.example.ch"),
        "subject": "Confirmation de votre entretien conseil du 14 avril",
        "date": "2026-03-31 09:12 +0200",
        "text": _BANK,
        "html": outlook_html(_BANK, "fr"),
        "cte": "quoted-printable",
        "headers": [("X-Classification", "Interne")],
    },
    {
        "key": "landlord_fr",
        "kind": "other", "scenario": "boiler_maintenance_entretien", "lang": "fr",
        "company": "", "contact": "s.brodard@regie-perolles.example.ch",
        "from": ("Sylvie Brodard", "s.brodard@regie-perolles.example.ch"),
        "to": [("Locataires Route de la Glâne 41", "severin.mh@example.ch")],
        "subject": "Entretien annuel des chaudières – accès à votre appartement",
        "date": "2026-02-16 10:30 +0100",
        "text": _LANDLORD,
        "charset": "iso-8859-1",
        "cte": "quoted-printable",
    },
    {
        "key": "school_fr",
        "kind": "other", "scenario": "parent_teacher_meeting", "lang": "fr",
        "company": "", "contact": "catherine.progin@edufr.example.ch",
        "from": ("Catherine Progin", "catherine.progin@edufr.example.ch"),
        "subject": "Entretien de fin de semestre – Noa (5H)",
        "date": "2026-01-26 12:10 +0100",
        "text": _SCHOOL,
        "cte": "8bit",
    },
    {
        "key": "doctor_fr",
        "kind": "other", "scenario": "doctor_appointment_reminder", "lang": "fr",
        "company": "", "contact": "",
        "from": ("Cabinet médical de la Vignettaz", "no-reply@cabinet-vignettaz.example.ch"),
        "subject": "Rappel : votre rendez-vous du 3 mars à 07h45",
        "date": "2026-03-01 18:00 +0100",
        "text": _DOCTOR,
        "charset": "windows-1252",
        "cte": "base64",
        "headers": [("Auto-Submitted", "auto-generated")],
    },
    {
        "key": "ooo_oliviers",
        "kind": "other", "scenario": "out_of_office_auto_reply", "lang": "fr",
        "company": "", "contact": "isabelle.genoud@les-oliviers.example.ch",
        "from": ("Isabelle Genoud", "isabelle.genoud@les-oliviers.example.ch"),
        "subject": "Réponse automatique : Candidature réf. 2026-118 – technicien·ne informatique"
                   " polyvalent·e",
        "date": "2026-05-20 19:41 +0200",
        "in_reply_to": "own_oliviers_status",
        "text": _OOO_FR,
        "cte": "quoted-printable",
        "headers": [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    },
    {
        "key": "prolien_notif",
        "kind": "other", "scenario": "network_profile_views", "lang": "fr",
        "company": "", "contact": "",
        "from": ("ProLien", "notifications@prolien.example.ch"),
        "subject": "Séverin, 2 recruteurs ont consulté votre profil",
        "subject_enc": ("utf-8", "B"),
        "date": "2026-07-08 07:30 +0200",
        "text": _PROLIEN,
        "html": ats_card("ProLien", "#0a66c2", paras(_PROLIEN), "ProLien – notifications"),
        "cte": "quoted-printable",
        "headers": _list_headers("<profile-views.prolien.example.ch>", _PL,
                                 "unsubscribe@prolien.example.ch"),
    },
    {
        "key": "es_refused",
        "kind": "other", "scenario": "school_admission_refused", "lang": "fr",
        "company": "", "contact": "al.chassot@cfps.example.ch",
        "from": ("Anne-Lise Chassot", "al.chassot@cfps.example.ch"),
        "subject": "Admission ES Informatique de gestion – décision",
        "date": "2026-06-26 14:45 +0200",
        "text": _ES_REFUSED,
        "html": outlook_html(_ES_REFUSED, "fr"),
        "cte": "quoted-printable",
    },
    {
        "key": "cas_refused",
        "kind": "other", "scenario": "course_place_waitlist", "lang": "fr",
        "company": "", "contact": "",
        "from": ("Formation continue IUP", "no-reply@iup.example.ch"),
        "subject": "CAS Cybersécurité : votre inscription",
        "date": "2026-08-14 16:30 +0200",
        "text": _CAS_REFUSED,
        "charset": "iso-8859-1",
        "cte": "quoted-printable",
        "headers": [("Auto-Submitted", "auto-generated")],
    },
    {
        "key": "alert_jobsuisse",
        "kind": "other", "scenario": "weekly_job_alert", "lang": "fr",
        "company": "", "contact": "",
        "from": ("AlerteJobs", "alerte@alertejobs.example.ch"),
        "subject": "Vos 4 offres de la semaine : support informatique",
        "date": "2026-10-05 06:05 +0200",
        **_digest("AlerteJobs", _JOBSUISSE_INTRO, _JOBSUISSE_ITEMS,
                  "AlerteJobs, Rue de la Gare 2, 2502 Bienne", _J,
                  "Arrêter cette alerte", "fr"),
        "cte": "quoted-printable",
        "headers": _list_headers("<hebdo.alertejobs.example.ch>", _J,
                                 "stop@alertejobs.example.ch"),
    },
    {
        "key": "appraisal_fr",
        "kind": "other", "scenario": "current_job_appraisal_calendar", "lang": "fr",
        "company": "", "contact": "marc.bongard@dpr.example.ch",
        "from": ("Bongard Marc", "marc.bongard@dpr.example.ch"),
        "subject": "Entretien annuel d'évaluation 2026",
        "date": "2026-02-02 07:20 +0100",
        "text": _APPRAISAL,
        "cte": "quoted-printable",
        "ics": {"method": "REQUEST", "uid": "dpr-eae-2026-mbala@dpr.example.ch", "seq": 0,
                "start": "2026-02-17 14:00 +0100", "minutes": 60,
                "summary": "EAE 2026 – Séverin Mbala-Hofstetter",
                "location": "Salle de conférence, centre de distribution Fribourg-Moncor",
                "organizer": ("Marc Bongard", "marc.bongard@dpr.example.ch"),
                "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"},
    },
    {
        "key": "own_datasphere_appl",
        "kind": "other", "scenario": "own_application_with_cv", "lang": "fr",
        "company": "", "contact": "",
        "from": CAND,
        "to": [("Datasphère Recrutement", "jobs@datasphere.example.ch")],
        "subject": "Candidature : Technicien·ne support (Neuchâtel)",
        "subject_enc": ("utf-8", "B"),
        "date": "2026-08-19 21:30 +0200",
        "text": _DATASPHERE_APPL,
        "html": "auto",
        "cte": "base64",
        "pdfs": [_pdf_cv("fr")],
    },
    {
        "key": "fwd_job_ad",
        "kind": "other", "scenario": "brother_forwards_job_ad", "lang": "fr",
        "company": "", "contact": "thierry.mbala@mail.example.ch",
        "from": ("Thierry Mbala", "thierry.mbala@mail.example.ch"),
        "subject": "Fwd: Offre : Technicien·ne support informatique (60-80 %)",
        "date": "2026-09-08 12:34 +0200",
        "text": _FWD_AD,
        "cte": "quoted-printable",
    },
    {
        "key": "own_alpes_confirm",
        "kind": "other", "scenario": "own_confirms_agency_interview", "lang": "fr",
        "company": "", "contact": "",
        "from": CAND,
        "to": [("Joëlle Bersier", "joelle.bersier@alpes-emploi.example.ch")],
        "subject": "Re: Entretien chez notre client Clinique des Sauges – jeudi 5 février",
        "date": "2026-02-02 17:12 +0100",
        "in_reply_to": "sauges_inv",
        "text": _ALPES_CONFIRM,
        "cte": "8bit",
    },
    # ------------------------------------------------------------------ English (14)
    {
        "key": "jobsbridge_alert",
        "kind": "other", "scenario": "job_alert_digest", "lang": "en",
        "company": "", "contact": "",
        "from": ("JobsBridge Ireland", "alerts@jobsbridge.example.ie"),
        "subject": "4 new IT support jobs in Dublin for you",
        "date": "2026-03-23 07:00 +0000",
        **_digest("JobsBridge Ireland", _JOBSBRIDGE_INTRO, _JOBSBRIDGE_ITEMS,
                  "JobsBridge Ireland, 5 Harcourt Road, Dublin 2", _JB,
                  "Unsubscribe from this alert", "en"),
        "cte": "quoted-printable",
        "headers": _list_headers("<alerts.jobsbridge.example.ie>", _JB,
                                 "unsubscribe@jobsbridge.example.ie"),
    },
    {
        "key": "techcareers_news",
        "kind": "other", "scenario": "newsletter_rejection_interview_tips", "lang": "en",
        "company": "", "contact": "",
        "from": ("Tech Careers Weekly", "hello@techcareersweekly.example.com"),
        "subject": "How to handle rejection + 5 interview questions you'll get",
        "date": "2026-05-14 06:45 +0100",
        "html": newsletter("Tech Careers Weekly", _TCW_INTRO, _TCW_ITEMS,
                           "Tech Careers Weekly, 12 Pearse Street, Dublin 2", _TC,
                           "Unsubscribe", "en"),
        "cte": "base64",
        "headers": _list_headers("Tech Careers Weekly <weekly.techcareersweekly.example.com>",
                                 _TC, "unsubscribe@techcareersweekly.example.com"),
    },
    {
        "key": "networkr_notif",
        "kind": "other", "scenario": "network_search_appearances", "lang": "en",
        "company": "", "contact": "",
        "from": ("Networkr", "notifications@networkr.example.com"),
        "subject": "You appeared in 9 searches this week",
        "date": "2026-08-25 08:00 +0100",
        "text": _NETWORKR_EN,
        "cte": "8bit",
        "headers": _list_headers("<weekly-stats.networkr.example.com>",
                                 "https://www.networkr.example.com/settings/email",
                                 "unsubscribe@networkr.example.com"),
    },
    {
        "key": "own_liffey_thanks",
        "kind": "other", "scenario": "own_thank_you_note", "lang": "en",
        "company": "", "contact": "",
        "from": CAND,
        "to": [("Maeve Brennan", "maeve.brennan@liffeyms.example.ie")],
        "subject": "Thank you – Service Desk Analyst interview",
        "date": "2026-02-19 17:30 +0100",
        "in_reply_to": "liffey_move", "references": ["liffey_inv", "liffey_move"],
        "text": LIFFEY_THANKS,
        "cte": "quoted-printable",
    },
    {
        "key": "own_portobello_appl",
        "kind": "other", "scenario": "own_application_with_cv", "lang": "en",
        "company": "", "contact": "",
        "from": CAND,
        "to": [("Orla Kennedy", "orla.kennedy@portobellolabs.example.ie")],
        "subject": "Application: IT Support Technician",
        "date": "2026-09-21 20:05 +0200",
        "text": _PORTOBELLO_APPL,
        "html": "auto",
        "cte": "quoted-printable",
        "pdfs": [_pdf_cv("en")],
    },
    {
        "key": "ooo_maeve",
        "kind": "other", "scenario": "out_of_office_auto_reply", "lang": "en",
        "company": "", "contact": "maeve.brennan@liffeyms.example.ie",
        "from": ("Maeve Brennan", "maeve.brennan@liffeyms.example.ie"),
        "subject": "Automatic reply: Thank you – Service Desk Analyst interview",
        "date": "2026-02-19 16:31 +0000",
        "in_reply_to": "own_liffey_thanks",
        "text": _OOO_EN,
        "html": outlook_html(_OOO_EN, "en"),
        "cte": "quoted-printable",
        "headers": [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    },
    {
        "key": "oyelaran_cold",
        "kind": "other", "scenario": "recruiter_cold_approach", "lang": "en",
        "company": "", "contact": "karen@oyelaransearch.example.ie",
        "from": ("Karen Oyelaran", "karen@oyelaransearch.example.ie"),
        "subject": "French-speaking IT support roles in Dublin?",
        "date": "2026-08-04 09:15 +0100",
        "text": _OYELARAN_COLD,
        "cte": "8bit",
    },
    {
        "key": "podcast_en",
        "kind": "other", "scenario": "podcast_interview_request", "lang": "en",
        "company": "", "contact": "ben@careerswitchpod.example.com",
        "from": ("Ben Okafor", "ben@careerswitchpod.example.com"),
        "subject": "Interview request – The Career Switch Podcast",
        "date": "2026-07-01 19:20 +0100",
        "text": _PODCAST_EN,
        "html": "auto",
        "cte": "quoted-printable",
    },
    {
        "key": "survey_en",
        "kind": "other", "scenario": "candidate_experience_survey", "lang": "en",
        "company": "", "contact": "",
        "from": ("Liffey Managed Services", "no-reply@greenhouse-mail.io"),
        "subject": "How was your interview experience with Liffey Managed Services?",
        "date": "2026-02-20 12:00 +0000",
        "text": _SURVEY_EN,
        "html": ats_card("Liffey Managed Services", "#24a47f", paras(_SURVEY_EN),
                         "Sent via Greenhouse", "en"),
        "cte": "quoted-printable",
        "headers": [("Auto-Submitted", "auto-generated")],
    },
    {
        "key": "parcel_en",
        "kind": "other", "scenario": "parcel_delayed_unfortunately", "lang": "en",
        "company": "", "contact": "",
        "from": ("SwiftParcel", "noreply@swiftparcel.example.ie"),
        "subject": "Unfortunately, your parcel is delayed",
        "date": "2026-09-10 19:02 +0100",
        "text": _PARCEL_EN,
        "html": "auto",
        "cte": "quoted-printable",
    },
    {
        "key": "friend_en",
        "kind": "other", "scenario": "friend_tells_own_rejection", "lang": "en",
        "company": "", "contact": "niall.corcoran@mail.example.ie",
        "from": ("Niall Corcoran", "niall.corcoran@mail.example.ie"),
        "subject": "the dreaded 'unfortunately'",
        "date": "2026-03-09 22:40 +0000",
        "text": _FRIEND_EN,
        "cte": "quoted-printable",
    },
    {
        "key": "bank_en",
        "kind": "other", "scenario": "bank_account_appointment", "lang": "en",
        "company": "", "contact": "",
        "from": ("Liffey Credit Union", "no-reply@liffeycu.example.ie"),
        "subject": "Your appointment is confirmed – Tuesday 20 October, 11:30",
        "date": "2026-10-12 09:30 +0100",
        "text": _BANK_EN,
        "html": ats_card("Liffey Credit Union", "#00416a", paras(_BANK_EN),
                         "Liffey Credit Union is regulated by the Central Bank of Ireland.",
                         "en"),
        "cte": "quoted-printable",
    },
    {
        "key": "course_en",
        "kind": "other", "scenario": "course_place_refused", "lang": "en",
        "company": "", "contact": "",
        "from": ("Admissions - Dublin Institute of Digital Skills",
                 "admissions-noreply@didskills.example.ie"),
        "subject": "Your application: Springboard+ Certificate in IT Support",
        "date": "2026-07-28 14:00 +0100",
        "text": _COURSE_EN,
        "cte": "quoted-printable",
    },
    {
        "key": "masterclass_en",
        "kind": "other", "scenario": "webinar_interview_masterclass", "lang": "en",
        "company": "", "contact": "",
        "from": ("Next Step Coaching", "events@nextstepcoaching.example.ie"),
        "subject": "Free live Interview Masterclass – Thursday 9 April",
        "date": "2026-04-01 12:00 +0100",
        **_digest("Next Step Coaching", _MASTERCLASS_INTRO, _MASTERCLASS_ITEMS,
                  "Next Step Coaching, 8 Baggot Street Lower, Dublin 2", _NS,
                  "Unsubscribe", "en"),
        "cte": "quoted-printable",
        "headers": _list_headers("<events.nextstepcoaching.example.ie>", _NS,
                                 "unsubscribe@nextstepcoaching.example.ie"),
    },
    # ------------------------------------------------------------------ German (4)
    {
        "key": "jobagent_bern",
        "kind": "other", "scenario": "jobagent_digest", "lang": "de",
        "company": "", "contact": "",
        "from": ("Jobagent Bern", "jobagent@jobagent-bern.example.ch"),
        "subject": "Jobagent: 7 neue Stellen für «ICT Support» in Bern",
        "date": "2026-05-18 06:00 +0200",
        **_digest("Jobagent Bern", _JOBAGENT_INTRO, _JOBAGENT_ITEMS,
                  "Jobagent Bern, Laupenstrasse 5, 3008 Bern", _JA, "Jobagent abmelden", "de"),
        "cte": "quoted-printable",
        "headers": _list_headers("<jobagent.jobagent-bern.example.ch>", _JA,
                                 "abmelden@jobagent-bern.example.ch"),
    },
    {
        "key": "own_aare_sorry",
        "kind": "other", "scenario": "own_apology_after_missed_call", "lang": "de",
        "company": "", "contact": "",
        "from": CAND,
        "to": [("Simone Zürcher", "simone.zuercher@aarespital.example.ch")],
        "subject": "Verpasstes Telefoninterview",
        "date": "2026-04-21 12:03 +0200",
        "in_reply_to": "aare_missed", "references": ["aare_inv", "aare_missed"],
        "text": _AARE_SORRY_MAIL,
        "cte": "quoted-printable",
    },
    {
        "key": "flat_de",
        "kind": "other", "scenario": "apartment_application_declined", "lang": "de",
        "company": "", "contact": "n.steiner@kramgasse-immo.example.ch",
        "from": ("Nadine Steiner", "n.steiner@kramgasse-immo.example.ch"),
        "subject": "Ihre Bewerbung für die Wohnung Lorrainestrasse 18",
        "subject_enc": ("iso-8859-1", "Q"),
        "date": "2026-09-30 16:10 +0200",
        "text": _FLAT,
        "charset": "iso-8859-1",
        "cte": "quoted-printable",
    },
    {
        "key": "ooo_gysin",
        "kind": "other", "scenario": "abwesenheitsnotiz", "lang": "de",
        "company": "", "contact": "thomas.gysin@rheinknie.example.ch",
        "from": ("Gysin Thomas", "thomas.gysin@rheinknie.example.ch"),
        "subject": "Automatische Antwort: Einladung Vorstellungsgespräch – Supporttechniker/in"
                   " Basel",
        "date": "2026-09-10 07:12 +0200",
        "in_reply_to": "ext:gysin-confirm",
        "text": _OOO_DE + "\n\n" + wrote("de", "10.09.2026 um 07:11", "Séverin Mbala-Hofstetter",
                                        "severin.mh@example.ch") + "\n" + quote(_GYSIN_CONFIRM),
        "cte": "quoted-printable",
        "headers": [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    },
    # ------------------------------------------------------------------ Spanish (7)
    {
        "key": "empleo_alert",
        "kind": "other", "scenario": "job_alert_digest", "lang": "es",
        "company": "", "contact": "",
        "from": ("Empleo Levante", "alertas@empleolevante.example.es"),
        "subject": "3 nuevas ofertas de técnico de soporte en Valencia",
        "date": "2026-05-25 08:30 +0200",
        **_digest("Empleo Levante", _EMPLEO_INTRO, _EMPLEO_ITEMS,
                  "Empleo Levante S.L., Gran Vía Marqués del Turia 49, 46005 Valencia", _EL,
                  "Darse de baja de esta alerta", "es"),
        "cte": "base64",
        "headers": _list_headers("<alertas.empleolevante.example.es>", _EL,
                                 "baja@empleolevante.example.es"),
    },
    {
        "key": "paquete_es",
        "kind": "other", "scenario": "parcel_delayed_lamentablemente", "lang": "es",
        "company": "", "contact": "",
        "from": ("EnvíaYa", "notificaciones@enviaya.example.es"),
        "subject": "Tu pedido se ha retrasado",
        "date": "2026-06-09 20:15 +0200",
        "text": _PAQUETE,
        "html": "auto",
        "cte": "quoted-printable",
        "headers": [("Auto-Submitted", "auto-generated")],
    },
    {
        "key": "own_turia_confirm",
        "kind": "other", "scenario": "own_confirms_new_date", "lang": "es",
        "company": "", "contact": "",
        "from": CAND,
        "to": [("Lucía Ferrer", "lucia.ferrer@turiasoporte.example.es")],
        "subject": "Re: Nueva fecha: jornada de prueba el miércoles 27 de mayo",
        "date": "2026-05-21 11:00 +0200",
        "in_reply_to": "turia_move", "references": ["turia_inv", "turia_cancel", "turia_move"],
        "text": _TURIA_CONFIRM,
        "cte": "8bit",
    },
    {
        "key": "friend_es",
        "kind": "other", "scenario": "friend_tells_own_rejection", "lang": "es",
        "company": "", "contact": "javi.ortega@correo.example.es",
        "from": ("Javier Ortega", "javi.ortega@correo.example.es"),
        "subject": "Me han rechazado en Levante Sistemas…",
        "date": "2026-09-12 23:05 +0200",
        "text": _FRIEND_ES,
        "cte": "quoted-printable",
    },
    {
        "key": "fp_refused_es",
        "kind": "other", "scenario": "vocational_course_not_admitted", "lang": "es",
        "company": "", "contact": "",
        "from": ("Secretaría CIPFP Cabanyal", "noreply@cipfcabanyal.example.es"),
        "subject": "Resolución de admisión – CFGM Sistemas Microinformáticos y Redes (dual)",
        "date": "2026-07-17 13:00 +0200",
        "text": _FP_REFUSED,
        "charset": "iso-8859-1",
        "cte": "quoted-printable",
    },
    {
        "key": "cita_es",
        "kind": "other", "scenario": "dental_appointment_changed", "lang": "es",
        "company": "", "contact": "",
        "from": ("Clínica Dental Ruzafa", "citas-noreply@clinicaruzafa.example.es"),
        "subject": "Tu cita ha sido modificada",
        "date": "2026-08-11 10:00 +0200",
        "text": _CITA,
        "html": "auto",
        "cte": "quoted-printable",
        "headers": [("Auto-Submitted", "auto-generated")],
    },
    {
        "key": "consejos_es",
        "kind": "other", "scenario": "career_advice_newsletter", "lang": "es",
        "company": "", "contact": "",
        "from": ("InfoTrabajo", "boletin@infotrabajo.example.es"),
        "subject": "7 preguntas de entrevista y qué hacer tras un rechazo",
        "date": "2026-08-03 07:30 +0200",
        "html": newsletter("InfoTrabajo", _CONSEJOS_INTRO, _CONSEJOS_ITEMS,
                           "InfoTrabajo, C/ de la Paz 10, 46003 Valencia", _IT,
                           "Darse de baja", "es"),
        "cte": "quoted-printable",
        "headers": _list_headers("<boletin.infotrabajo.example.es>", _IT,
                                 "baja@infotrabajo.example.es"),
    },
]
