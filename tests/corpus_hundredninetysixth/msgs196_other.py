"""Corpus 196: 52 messages of kind `other`, each written by hand: the candidate's own mail,
job alerts and newsletters, career articles, a podcast and a press request, user research,
deliveries, friends, a cold approach, bank / landlord / school / doctor mail, out-of-office
replies, network notifications and course refusals."""

from __future__ import annotations

from msgs196_common import (
    CAND,
    digest_html,
    forwarded,
    paras,
    pdf,
    reply,
)

MESSAGES: list[dict] = []

# The candidate's own words, quoted later by the people she wrote to.
THANKS_LEMANIQUE = """Chère Madame Aeschlimann,

Un grand merci pour l'entretien de ce matin et pour la visite des bureaux de Cornavin. J'ai beaucoup apprécié la présentation de l'équipe acquisition de talents et la manière dont vous organisez les entretiens de présélection.

Je reste bien entendu disponible pour un second entretien ou pour tout complément d'information.

Bien cordialement,
Anaïs Grünewald-Sow
+33 6 41 27 88 05"""

THANKS_PENHALLOW = """Dear Hannah,

Thank you so much for showing me around the Long Acre store this morning and for the interview. It was great to hear how you onboard new starters before the Christmas peak, and I'd love to bring my experience of training new cabin crew to that.

Best regards,
Anaïs"""

RESCHEDULE_MOSELLE = """Bonjour Monsieur Weber,

Merci beaucoup pour l'invitation au centre d'évaluation du 22 septembre. Malheureusement je suis programmée ce jour-là sur une rotation Toulouse-Dakar que je ne peux plus échanger.

Serait-il possible de participer à une autre session ? Je suis libre les 24, 25 et 29 septembre.

Avec toutes mes excuses,
Anaïs Grünewald-Sow"""

_CV_LINES = [
    "Anaïs Grünewald-Sow - anais.gs@example.fr - +33 6 41 27 88 05 - Toulouse",
    "Objectif : assistante recrutement / chargée de recrutement junior",
    "2017-2026 : Hôtesse de l'air puis cheffe de cabine, Aéroligne Sud (Toulouse)",
    "  - accueil et tutorat de 40 nouveaux PNC par an, briefings d'équipage",
    "  - participation aux journées de sélection PNC comme évaluatrice",
    "2025 : Certificat de compétences en ressources humaines (cours du soir)",
    "Langues : français, allemand (C1), anglais (C1), espagnol (B2)",
]

# ================================================================== the candidate's own mail

MESSAGES.append(dict(
    id="own_thanks_garonne", kind="other", lang="fr", company="", contact="",
    frm=CAND, to=[("Claire Vidal", "claire.vidal@garonne-aero.example.fr")],
    cc=[("Mathieu Roques", "mathieu.roques@garonne-aero.example.fr")],
    subject="Merci pour l'entretien de cet après-midi",
    date="2026-07-21 19:40 +0200", parent="garonne_panel_moved",
    text="""Bonsoir Madame Vidal, bonsoir Monsieur Roques,

Je tenais à vous remercier pour l'entretien de cet après-midi et pour le temps accordé à la mise en situation. L'échange avec Madame Aubry sur le recrutement des compagnons m'a confortée dans mon envie de rejoindre Aérostructures Garonne.

Je reste à votre disposition pour toute information complémentaire.

Bien cordialement,
Anaïs Grünewald-Sow
06 41 27 88 05""",
))

MESSAGES.append(dict(
    id="own_application_cauderan", kind="other", lang="fr", company="", contact="",
    frm=CAND, to=[("", "recrutement@maison-cauderan.example.fr")],
    subject="Candidature - Assistante RH boutiques (Bordeaux)",
    date="2026-04-20 19:05 +0200",
    text="""Madame, Monsieur,

Je vous adresse ma candidature pour le poste d'Assistante RH boutiques publié sur votre site.

Cheffe de cabine depuis neuf ans, j'ai l'habitude d'accueillir et de former de nouvelles recrues, de gérer des plannings serrés et de garder le sourire face à la clientèle. Je prépare depuis deux ans ma reconversion vers les ressources humaines et j'ai validé un certificat de compétences RH l'an dernier.

Je serais ravie de vous présenter mon parcours lors d'un entretien. Vous trouverez mon CV en pièce jointe.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Anaïs Grünewald-Sow
06 41 27 88 05""",
    attach=[pdf("CV_Anaïs_Grünewald-Sow.pdf", _CV_LINES, title="CV Anaïs Grünewald-Sow")],
))

_invite = """Madame Grünewald-Sow,

Nous vous remercions pour votre candidature au poste d'Assistant(e) Talent Acquisition et avons le plaisir de vous inviter à notre centre d'évaluation.

Date : mardi 22 septembre 2026, de 9h00 à 16h00"""
MESSAGES.append(dict(
    id="own_reschedule_moselle", kind="other", lang="fr", company="", contact="",
    frm=CAND, to=[("Laurent Weber", "laurent.weber@moselle-privee.example.lu")],
    subject="RE: Centre d'évaluation - Assistant(e) Talent Acquisition",
    date="2026-09-09 07:45 +0200", parent="moselle_assessment",
    text=reply(RESCHEDULE_MOSELLE, "fr", "2026-09-07 10:00", "Banque Moselle Privée",
               "moselleprivee@talent.icims.com", _invite),
))

MESSAGES.append(dict(
    id="own_thanks_penhallow", kind="other", lang="en", company="", contact="",
    frm=CAND, to=[("Hannah Trelawney", "hannah.trelawney@penhallow.example.co.uk")],
    subject="Thank you for this morning",
    date="2026-07-14 18:45 +0100", parent="penhallow_interview",
    text=THANKS_PENHALLOW,
))

MESSAGES.append(dict(
    id="own_application_kingsbridge", kind="other", lang="en", company="", contact="",
    frm=CAND, to=[("Ruth Baptiste", "ruth.baptiste@kingsbridge-staffing.example.co.uk")],
    subject="Application - HR Recruitment Assistant (aerospace client, Farnborough)",
    date="2026-09-21 21:12 +0200",
    text="""Dear Ruth,

I'd like to apply for the HR Recruitment Assistant role with your aerospace client in Farnborough, advertised on your website last week.

I have spent nine years as cabin crew and purser, where I trained new crew members and sat on assessment panels for cabin-crew selection days. I completed an HR certificate in 2025 and I'm now looking for my first role in recruitment. I'm happy to relocate to the UK and I'm available for an interview by video at any time.

My CV is attached. I look forward to hearing from you.

Kind regards,
Anaïs Grünewald-Sow
+33 6 41 27 88 05""",
    attach=[pdf("CV_Anais_Grunewald-Sow_EN.pdf", [
        "Anaïs Grünewald-Sow - anais.gs@example.fr - +33 6 41 27 88 05",
        "Target role: recruitment assistant / talent acquisition coordinator",
        "2017-2026: Cabin crew, then purser, Aéroligne Sud (Toulouse)",
        "Assessor at cabin-crew selection days; onboarding of new crew",
        "2025: Certificate in Human Resources (evening course)",
        "Languages: French, German (C1), English (C1), Spanish (B2)",
    ], title="CV Anaïs Grünewald-Sow")],
))

MESSAGES.append(dict(
    id="own_bewerbung_lindwurm", kind="other", lang="de", company="", contact="",
    frm=CAND, to=[("Sabine Gruber", "s.gruber@kaufhaus-lindwurm.example.de")],
    subject="Bewerbung als Assistenz Personalgewinnung",
    date="2026-07-27 20:15 +0200",
    text="""Sehr geehrte Frau Gruber,

hiermit bewerbe ich mich um die Stelle als Assistenz Personalgewinnung in Ihrem Haus.

Als Flugbegleiterin und Purserin habe ich neun Jahre lang neue Kolleginnen und Kollegen eingearbeitet und bei Auswahltagen für Kabinenpersonal mitgewirkt. Nun möchte ich mich beruflich in Richtung Personalwesen verändern und nach München ziehen. Deutsch spreche ich verhandlungssicher, meine Mutter stammt aus Augsburg.

Über eine Einladung zu einem Vorstellungsgespräch würde ich mich sehr freuen. Meinen Lebenslauf finden Sie im Anhang.

Mit freundlichen Grüßen
Anaïs Grünewald-Sow""",
    attach=[pdf("Lebenslauf_Gruenewald-Sow.pdf", [
        "Lebenslauf - Anaïs Grünewald-Sow",
        "anais.gs@example.fr - +33 6 41 27 88 05",
        "2017-2026: Flugbegleiterin / Purserin, Aéroligne Sud, Toulouse",
        "Einarbeitung neuer Crew, Mitwirkung an Auswahltagen",
        "2025: Zertifikat Personalwesen (Abendstudium)",
        "Sprachen: Französisch, Deutsch (C1), Englisch (C1), Spanisch (B2)",
    ], title="Lebenslauf")],
))

MESSAGES.append(dict(
    id="own_agradecimiento_mercat", kind="other", lang="es", company="", contact="",
    frm=CAND, to=[("Núria Puigdomènech", "nuria.puigdomenech@mercatblau.example.es")],
    subject="Gracias por la entrevista de esta tarde",
    date="2026-09-02 20:10 +0200", parent="mercat_cambio_hora",
    text="""Hola Núria:

Muchas gracias a ti y a Jordina por la entrevista de esta tarde y por el cambio de hora, que me vino muy bien.

Me ha encantado conocer cómo organizáis la selección para las tiendas antes de la campaña de Navidad, y me veo muy bien en el equipo.

Quedo a vuestra disposición para cualquier cosa.

Un saludo,
Anaïs Grünewald-Sow""",
))

MESSAGES.append(dict(
    id="own_thanks_lemanique", kind="other", lang="fr", company="", contact="",
    frm=CAND, to=[("Sophie Aeschlimann", "s.aeschlimann@banque-lemanique.example.ch")],
    subject="Merci pour l'entretien de ce matin",
    date="2026-05-07 18:30 +0200", parent="lemanique_new_slot",
    text=THANKS_LEMANIQUE,
))

_pyrene = """Madame Grünewald-Sow,

Nous vous remercions de l'intérêt que vous portez à la Banque Pyrène et du temps consacré à votre candidature au poste de Chargée de recrutement junior (réf. BP-2026-031).

Après un examen attentif de votre dossier, nous sommes au regret de vous informer que celui-ci n'a pas été retenu."""
MESSAGES.append(dict(
    id="own_forward_to_friend", kind="other", lang="fr", company="", contact="",
    frm=CAND, to=[("Margaux Castaing", "margaux.castaing@free.example.fr")],
    subject="Fwd: Votre candidature - Chargée de recrutement junior (réf. BP-2026-031)",
    date="2026-04-21 20:30 +0200",
    text="""Coucou Margaux,

Regarde ce que j'ai reçu ce soir... Encore un refus, et même pas après un vrai entretien, juste un coup de fil raté. Tu crois que je devrais retravailler ma lettre pour les banques ou c'est mon profil PNC qui coince ?

Bisous,
Anaïs

""" + forwarded("fr", "Banque Pyrène Recrutement <banquepyrene@taleo.net>",
                 "mar. 21 avr. 2026 à 18:03",
                 "Votre candidature - Chargée de recrutement junior (réf. BP-2026-031)",
                 "anais.gs@example.fr", _pyrene),
))

MESSAGES.append(dict(
    id="own_reply_start_date_garonne", kind="other", lang="fr", company="", contact="",
    frm=CAND, to=[("Mathieu Roques", "mathieu.roques@garonne-aero.example.fr")],
    cc=[("Claire Vidal", "claire.vidal@garonne-aero.example.fr")],
    subject="RE: Proposition d'embauche - Assistant(e) Recrutement",
    date="2026-08-05 08:55 +0200", parent="garonne_offer_pdf",
    text=reply("""Bonjour Monsieur Roques,

Merci beaucoup pour cette proposition, qui me fait très plaisir.

Avant de vous donner ma réponse définitive, serait-il possible d'envisager une prise de poste au lundi 2 novembre plutôt qu'au 1er octobre ? Mon préavis auprès de ma compagnie court jusqu'à fin octobre.

Bien cordialement,
Anaïs Grünewald-Sow""", "fr", "2026-08-04 16:20", "Mathieu Roques",
        "mathieu.roques@garonne-aero.example.fr",
        """Bonjour Anaïs,

À la suite de votre entretien du 21 juillet, j'ai le plaisir de vous proposer de rejoindre Aérostructures Garonne en qualité d'Assistante Recrutement, en contrat à durée indéterminée, au sein de la Direction des Ressources Humaines à Colomiers."""),
))

# ================================================================== fr

_items = [
    ("Assistante RH (H/F) - Blagnac", "Sous-traitant aéronautique - CDI - publiée hier",
     "https://www.emploi-occitanie.example.fr/offres/88412?utm_source=alerte"),
    ("Chargé(e) de recrutement junior - Toulouse Compans", "Cabinet RPO - CDD 9 mois",
     "https://www.emploi-occitanie.example.fr/offres/88397?utm_source=alerte"),
    ("Assistant(e) administration du personnel - Colomiers", "Industrie - CDI",
     "https://www.emploi-occitanie.example.fr/offres/88350?utm_source=alerte"),
    ("Gestionnaire intérim - Labège", "Agence d'emploi - CDI",
     "https://www.emploi-occitanie.example.fr/offres/88311?utm_source=alerte"),
]
_intro = """Bonjour Anaïs,

4 nouvelles offres correspondent à votre alerte « assistante RH - Toulouse (30 km) ».

Refus après entretien, relances sans réponse ? Lisez aussi notre dossier de la semaine : « Trois semaines sans nouvelles après un entretien : faut-il relancer ? »"""
_foot = """Vous recevez ce courriel car vous avez créé une alerte sur Emploi Occitanie.
Se désabonner : https://www.emploi-occitanie.example.fr/alertes/desabonnement?id=a77"""
MESSAGES.append(dict(
    id="alerte_emploi_toulouse", kind="other", lang="fr", company="", contact="",
    frm=("Emploi Occitanie", "alertes@emploi-occitanie.example.fr"),
    subject="4 nouvelles offres : assistante RH - Toulouse",
    date="2026-02-09 07:00 +0100",
    text=_intro + "\n\n" + "\n\n".join(f"{h}\n{s}\n{u}" for h, s, u in _items) + "\n\n" + _foot,
    html=digest_html("Vos nouvelles offres", _intro, _items, _foot),
    headers=[("List-Id", "Alertes emploi <alertes.emploi-occitanie.example.fr>"),
             ("List-Unsubscribe",
              "<https://www.emploi-occitanie.example.fr/alertes/desabonnement?id=a77>"),
             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
             ("Precedence", "bulk")],
))

_intro = """Refus après entretien : comment rebondir

Recevoir un « nous ne donnerons pas suite » après trois entretiens fait mal. Dans ce numéro, une recruteuse bordelaise explique pourquoi demander un retour, comment le formuler, et comment transformer un refus en contact utile pour la prochaine offre.

Aussi au sommaire : les nouveaux entretiens vidéo différés, et le témoignage d'un ancien steward devenu chargé de recrutement."""
_items = [
    ("Refus après entretien : comment rebondir", "Lecture 6 min",
     "https://lettre-rh-carrieres.example.fr/2026/05/refus-rebondir"),
    ("Entretien vidéo différé : 5 conseils", "Lecture 4 min",
     "https://lettre-rh-carrieres.example.fr/2026/05/video-differee"),
    ("De steward à chargé de recrutement", "Témoignage",
     "https://lettre-rh-carrieres.example.fr/2026/05/steward-recruteur"),
]
_foot = "La Lettre RH & Carrières - n° 118. Pour ne plus recevoir cette lettre : https://lettre-rh-carrieres.example.fr/desinscription"
MESSAGES.append(dict(
    id="newsletter_rh_rebondir", kind="other", lang="fr", company="", contact="",
    frm=("La Lettre RH & Carrières", "newsletter@lettre-rh-carrieres.example.fr"),
    subject="N° 118 - Refus après entretien : comment rebondir",
    date="2026-05-26 06:30 +0200",
    text=_intro + "\n\n" + "\n".join(f"- {h} : {u}" for h, _s, u in _items) + "\n\n" + _foot,
    html=digest_html("La Lettre RH & Carrières", _intro, _items, _foot, accent="#7a1f5c"),
    headers=[("List-Id", "La Lettre RH <lettre.lettre-rh-carrieres.example.fr>"),
             ("List-Unsubscribe", "<mailto:unsubscribe@lettre-rh-carrieres.example.fr?subject=118>, "
              "<https://lettre-rh-carrieres.example.fr/desinscription>"),
             ("Precedence", "bulk")],
))

_t = """Bonjour Anaïs,

Jeudi 26 mars à 12h30, Cadres Sud Emploi organise un webinaire gratuit : « Réussir son entretien d'embauche en visio ».

Au programme : préparer son environnement, structurer ses réponses avec la méthode STAR, gérer un entretien différé enregistré, et les questions à poser au recruteur en fin d'entretien.

Inscription (places limitées) : https://webinaires.cadres-sud.example.fr/entretien-visio

L'équipe Cadres Sud Emploi"""
MESSAGES.append(dict(
    id="webinar_cadres_sud", kind="other", lang="fr", company="", contact="",
    frm=("Cadres Sud Emploi", "evenements@cadres-sud.example.fr"),
    subject="Webinaire : réussir son entretien d'embauche en visio",
    date="2026-03-18 10:00 +0100",
    text=_t, html=digest_html("Webinaire Cadres Sud Emploi", _t, [], "Se désinscrire : https://cadres-sud.example.fr/preferences"),
    headers=[("List-Unsubscribe", "<https://cadres-sud.example.fr/preferences?u=5521>"),
             ("Precedence", "bulk")],
))

_items = [
    ("Félicitez Julie Marty pour son nouveau poste", "Chargée de recrutement chez un groupe hôtelier",
     "https://www.prolink.example.com/feed/update/7731"),
    ("3 personnes ont consulté votre profil", "Dont une personne du secteur bancaire",
     "https://www.prolink.example.com/me/profile-views"),
    ("Pierre Combes a commenté : « Mon pire entretien d'embauche »", "Publication",
     "https://www.prolink.example.com/feed/update/7802"),
]
MESSAGES.append(dict(
    id="reseau_felicitations", kind="other", lang="fr", company="", contact="",
    frm=("ProLink", "notifications-noreply@prolink.example.com"),
    subject="Anaïs, félicitez Julie pour son nouveau poste",
    date="2026-06-30 08:14 +0200",
    html=digest_html("ProLink", "Bonjour Anaïs, voici ce qui s'est passé dans votre réseau.",
                     _items, "Vous recevez ces notifications ProLink. Gérer vos préférences : "
                     "https://www.prolink.example.com/settings/notifications", accent="#0a66c2"),
    headers=[("List-Unsubscribe", "<https://www.prolink.example.com/settings/notifications>"),
             ("Precedence", "bulk")],
))

_t = """Les mardis de la reconversion - n° 42

Bonjour à toutes et à tous,

Cette semaine, on parle des sept questions pièges de l'entretien de recrutement quand on change de métier : « Pourquoi quitter un poste stable ? », « Qu'est-ce qui vous fait croire que vous réussirez dans un domaine nouveau ? », « Quelles sont vos prétentions ? »...

Pour chacune, je vous propose une trame de réponse et un exemple tiré de mes accompagnements (dont celui d'une hôtesse de l'air devenue chargée de recrutement !).

Lire l'article : https://virages-coaching.example.fr/blog/questions-pieges

À mardi prochain,
Sandrine Obadia, coach en reconversion

Vous êtes inscrite à cette lettre via virages-coaching.example.fr. Désinscription : https://virages-coaching.example.fr/desinscription"""
MESSAGES.append(dict(
    id="article_preparer_entretien", kind="other", lang="fr", company="", contact="",
    frm=("Sandrine Obadia - Virages Coaching", "lettre@virages-coaching.example.fr"),
    subject="Les 7 questions pièges de l'entretien quand on se reconvertit",
    date="2026-03-10 07:30 +0100",
    text=_t,
    headers=[("List-Id", "Les mardis de la reconversion <mardis.virages-coaching.example.fr>"),
             ("List-Unsubscribe", "<https://virages-coaching.example.fr/desinscription>"),
             ("Precedence", "list")],
))

MESSAGES.append(dict(
    id="podcast_reconversion", kind="other", lang="fr", company="", contact="clemence@podcast-altitudes.example.fr",
    frm=("Clémence Vasseur", "clemence@podcast-altitudes.example.fr"),
    subject="Invitation au podcast Altitudes - témoignage reconversion",
    date="2026-08-19 14:05 +0200",
    text="""Bonjour Anaïs,

Je produis Altitudes, un podcast qui donne la parole aux anciens navigants qui ont changé de vie. Julie Marty m'a parlé de votre parcours vers le recrutement et j'aimerais beaucoup vous interviewer pour un épisode.

L'enregistrement dure environ une heure, dans notre studio de Toulouse (quartier Saint-Cyprien) ou à distance. Nous parlerions de vos années en cabine, du déclic, de la formation RH et de vos premiers entretiens côté candidat.

Seriez-vous partante ? Je peux vous envoyer la liste des questions à l'avance.

Belle journée,
Clémence Vasseur
Productrice - Altitudes, le podcast
06 55 12 40 87""",
))

MESSAGES.append(dict(
    id="etude_utilisateur", kind="other", lang="fr", company="", contact="yanis.belkacem@jobhorizon.example.fr",
    frm=("Yanis Belkacem - JobHorizon", "yanis.belkacem@jobhorizon.example.fr"),
    subject="Participez à un entretien utilisateur (45 min, bon d'achat de 40 €)",
    date="2026-05-05 15:30 +0200",
    text="""Bonjour Anaïs,

Je fais partie de l'équipe de recherche utilisateur de JobHorizon. Nous améliorons notre outil de suivi des candidatures et cherchons des personnes en reconversion pour un entretien utilisateur de 45 minutes en visio.

Pas de bonne ou mauvaise réponse : nous voulons simplement comprendre comment vous organisez vos candidatures, vos relances et vos entretiens. En remerciement, vous recevrez un bon d'achat de 40 €.

Si cela vous intéresse, choisissez un créneau ici : https://jobhorizon.example.fr/recherche/inscription

Merci d'avance,
Yanis Belkacem
UX Researcher - JobHorizon""",
))

MESSAGES.append(dict(
    id="colis_retarde", kind="other", lang="fr", company="", contact="",
    frm=("ColisExpress", "notifications@colisexpress.example.fr"),
    subject="Votre colis 6A2290184417 est retardé",
    date="2026-01-30 13:22 +0100",
    text="""Bonjour,

Malheureusement, votre colis n° 6A2290184417 a pris du retard suite à un incident sur notre plateforme de Bruguières.

Nouvelle date de livraison estimée : mardi 3 février 2026.
Position actuelle : en cours d'acheminement vers votre agence de distribution.

Suivre mon colis : https://www.colisexpress.example.fr/suivi/6A2290184417

Nous vous prions de nous excuser pour ce désagrément.
Le service client ColisExpress""",
    headers=[("Auto-Submitted", "auto-generated")],
))

_c09 = """Coucou Margaux,

Regarde ce que j'ai reçu ce soir... Encore un refus, et même pas après un vrai entretien, juste un coup de fil raté. Tu crois que je devrais retravailler ma lettre pour les banques ou c'est mon profil PNC qui coince ?

Bisous,
Anaïs"""
MESSAGES.append(dict(
    id="amie_refus", kind="other", lang="fr", company="", contact="margaux.castaing@free.example.fr",
    frm=("Margaux Castaing", "margaux.castaing@free.example.fr"),
    subject="Re: Fwd: Votre candidature - Chargée de recrutement junior (réf. BP-2026-031)",
    date="2026-04-22 07:48 +0200", parent="own_forward_to_friend",
    text=reply("""Ma belle,

Ta lettre est très bien, c'est juste que les banques veulent des gens qui ont déjà fait de la banque, point.

Et pour te remonter le moral : moi aussi j'ai pris un refus hier ! La mutuelle de Labège, après trois entretiens et un test de personnalité, m'a écrit qu'ils « privilégiaient une candidature interne ». Trois entretiens ! J'ai ouvert une bouteille de rosé et j'ai relancé deux autres boîtes ce matin.

On se fait un déj samedi pour relire nos CV ensemble ?

Margaux""", "fr", "2026-04-21 20:30", "Anaïs Grünewald-Sow", "anais.gs@example.fr", _c09),
))

MESSAGES.append(dict(
    id="chasseur_approche", kind="other", lang="fr", company="", contact="thomas.rigal@orbe-rh.example.fr",
    frm=("Thomas Rigal", "thomas.rigal@orbe-rh.example.fr"),
    subject="Votre profil - reconversion RH",
    date="2026-02-24 18:20 +0100",
    text="""Bonjour Madame Grünewald-Sow,

Je me permets de vous contacter après avoir découvert votre profil sur ProLink. Votre parcours de cheffe de cabine et votre certificat RH correspondent au type de profils que recherchent plusieurs de nos clients dans l'aéronautique et le tourisme.

Je n'ai pas de poste précis à vous soumettre aujourd'hui, mais j'aimerais vous ajouter à notre vivier et vous tenir informée des opportunités dans le Sud-Ouest.

Si le sujet vous intéresse, n'hésitez pas à me répondre avec votre CV à jour.

Bien à vous,
Thomas Rigal
Consultant senior - Orbe RH
22 allées de Tourny, 33000 Bordeaux""",
))

MESSAGES.append(dict(
    id="banque_rdv_conseiller", kind="other", lang="fr", company="", contact="",
    frm=("Caisse Garonne Épargne", "noreply@caisse-garonne.example.fr"),
    frm_enc=("iso-8859-1", "B"),
    subject="Votre conseiller vous propose un rendez-vous", subj_enc=("iso-8859-1", "B"),
    date="2026-03-05 09:00 +0100",
    text="""Madame Grünewald-Sow,

Votre conseillère, Mme Laure Bessière, souhaite faire le point avec vous sur la position de vos comptes et sur votre projet immobilier.

Elle vous propose un rendez-vous en agence Toulouse Saint-Georges le mercredi 11 mars à 17h30. Vous pouvez confirmer, déplacer ou annuler ce rendez-vous depuis votre espace client, rubrique « Mes rendez-vous ».

Caisse Garonne Épargne
Ce message vous est envoyé automatiquement, merci de ne pas y répondre.""",
    charset="iso-8859-1", cte="qp",
))

MESSAGES.append(dict(
    id="proprietaire_entretien_chaudiere", kind="other", lang="fr", company="", contact="gerard.montane@orange.example.fr",
    frm=("Gérard Montané", "gerard.montane@orange.example.fr"),
    subject="Entretien annuel de la chaudière",
    date="2026-05-06 19:45 +0200",
    text="""Bonsoir Madame Grünewald-Sow,

Le chauffagiste passera pour l'entretien annuel de la chaudière le jeudi 14 mai entre 8h et 12h. Si vous êtes en vol ce jour-là, pouvez-vous laisser une clé à Mme Ferrand au deuxième étage ?

Je vous rappelle aussi que le contrat de bail arrive à échéance en septembre ; si vous pensez partir pour votre nouveau poste, merci de me prévenir trois mois avant.

Cordialement,
Gérard Montané
Propriétaire - 12 rue des Filatiers, Toulouse""",
    charset="windows-1252", cte="qp",
))

MESSAGES.append(dict(
    id="ecole_entretien_enseignante", kind="other", lang="fr", company="", contact="isabelle.castagne@ac-toulouse.example.fr",
    frm=("Isabelle Castagné", "isabelle.castagne@ac-toulouse.example.fr"),
    subject="Entretien individuel - Noé (CE1)",
    date="2026-01-15 16:40 +0100",
    text="""Madame,

Comme chaque année en janvier, je propose à toutes les familles un entretien individuel d'une vingtaine de minutes pour faire le point sur les progrès de Noé.

Je vous propose le mardi 27 janvier à 16h45 ou le jeudi 29 janvier à 17h15, dans la classe de CE1. Merci de m'indiquer le créneau qui vous convient le mieux, via le cahier de liaison ou par retour de mail.

Bien cordialement,
Isabelle Castagné
Enseignante CE1 - École élémentaire Jean-Jaurès, Toulouse""",
))

MESSAGES.append(dict(
    id="medecin_rdv_deplace", kind="other", lang="fr", company="", contact="",
    frm=("Cabinet médical des Carmes", "no-reply@docrdv.example.fr"),
    subject="Votre rendez-vous avec le Dr Mercadier a été déplacé",
    date="2026-03-06 08:05 +0100",
    text="""Bonjour Anaïs Grünewald-Sow,

En raison d'une absence imprévue du praticien, votre rendez-vous du jeudi 12 mars à 9h20 avec le Dr Mercadier (médecine générale) a été déplacé au jeudi 19 mars à 9h20.

Si ce nouvel horaire ne vous convient pas, vous pouvez l'annuler ou le modifier en ligne :
https://www.docrdv.example.fr/mes-rendez-vous

Cabinet médical des Carmes - 3 place des Carmes, 31000 Toulouse
Ce message est envoyé automatiquement.""",
    headers=[("Auto-Submitted", "auto-generated")],
))

MESSAGES.append(dict(
    id="absence_auto_reply", kind="other", lang="fr", company="", contact="mathieu.roques@garonne-aero.example.fr",
    frm=("Mathieu Roques", "mathieu.roques@garonne-aero.example.fr"),
    subject="Réponse automatique : RE: Proposition d'embauche - Assistant(e) Recrutement",
    date="2026-08-05 08:56 +0200", parent="own_reply_start_date_garonne",
    text="""Bonjour,

Je suis absent du bureau jusqu'au lundi 24 août inclus, sans accès à ma messagerie.

Pour toute question relative au recrutement, vous pouvez contacter Claire Vidal (claire.vidal@garonne-aero.example.fr). Pour les sujets de paie, merci d'écrire au service administration du personnel.

Cordialement,
Mathieu Roques""",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
))

MESSAGES.append(dict(
    id="refus_master_grh", kind="other", lang="fr", company="", contact="",
    frm=("Institut de Gestion Occitanie - Admissions", "candidatures-noreply@igo.example.fr"),
    subject="Réponse à votre candidature - Master 2 GRH (formation continue)",
    date="2026-06-19 17:00 +0200",
    text="""Madame Grünewald-Sow,

La commission pédagogique du Master 2 Gestion des Ressources Humaines, parcours formation continue, s'est réunie le 16 juin 2026.

Nous avons le regret de vous informer que votre candidature n'a pas été retenue pour la rentrée de septembre 2026, le nombre de places étant limité à 24. Vous êtes placée en liste complémentaire au rang 7.

Vous pouvez consulter le détail de l'avis sur la plateforme de candidature.

Le service des admissions
Institut de Gestion Occitanie""",
    headers=[("Auto-Submitted", "auto-generated")],
))

_items = [
    ("Assistant(e) recrutement - Mérignac", "Aéronautique - CDI - 2 300 € brut",
     "https://www.jobhorizon.example.fr/o/551203"),
    ("Chargée RH polyvalente - Bordeaux Lac", "Distribution - CDI",
     "https://www.jobhorizon.example.fr/o/551188"),
    ("Assistante RH en alternance - Pessac", "Banque - Alternance",
     "https://www.jobhorizon.example.fr/o/551170"),
    ("Conseiller(ère) en recrutement - Bordeaux centre", "Agence d'intérim - CDI",
     "https://www.jobhorizon.example.fr/o/551142"),
    ("Candidature refusée ? Nos conseils pour la suite", "Conseil carrière",
     "https://www.jobhorizon.example.fr/conseils/apres-un-refus"),
]
MESSAGES.append(dict(
    id="alerte_emploi_bordeaux", kind="other", lang="fr", company="", contact="",
    frm=("JobHorizon Alertes", "alertes-noreply@jobhorizon.example.fr"),
    subject="Anaïs, 4 nouvelles offres RH à Bordeaux",
    date="2026-04-06 06:45 +0200",
    html=digest_html("JobHorizon", "Bonjour Anaïs, voici les offres publiées depuis votre dernière visite "
                     "pour « assistante RH » autour de Bordeaux. Entretien prévu ? Préparez-le avec nos fiches métier.",
                     _items, "Se désabonner de cette alerte : https://www.jobhorizon.example.fr/alertes/off?k=b12",
                     accent="#00796b"),
    headers=[("List-Id", "Alertes JobHorizon <alertes.jobhorizon.example.fr>"),
             ("List-Unsubscribe", "<https://www.jobhorizon.example.fr/alertes/off?k=b12>"),
             ("Precedence", "bulk")],
))

MESSAGES.append(dict(
    id="passerelles_rdv_suivi", kind="other", lang="fr", company="", contact="",
    frm=("Passerelles Pro Occitanie", "ne-pas-repondre@passerelles-pro.example.fr"),
    subject="Rendez-vous de suivi de votre projet de transition professionnelle",
    date="2026-02-02 10:30 +0100",
    text="""Madame Grünewald-Sow,

Dans le cadre du suivi de votre dossier de projet de transition professionnelle (n° PTP-31-2026-0087), votre conseillère en évolution professionnelle vous propose un rendez-vous :

le lundi 16 février 2026 à 10h00, à nos bureaux, 15 rue Alsace-Lorraine, Toulouse.

Lors de cet entretien, vous ferez ensemble le point sur votre formation RH et sur le financement de votre reconversion. Merci de vous munir de votre dernier bulletin de salaire.

Passerelles Pro Occitanie
Ce courriel est envoyé automatiquement, merci de ne pas y répondre.""",
))

MESSAGES.append(dict(
    id="planning_rotation", kind="other", lang="fr", company="", contact="",
    frm=("Planning PNC - Aéroligne Sud", "noreply-planning@aeroligne-sud.example.fr"),
    subject="Modification de votre programme du 22/09",
    date="2026-09-08 05:12 +0200",
    text="""Bonjour GRUNEWALD-SOW Anaïs (matricule 20417),

Votre programme d'activité a été modifié :

22/09 - TLS-DSS-TLS - vol AS 714/715 - position : CC (cheffe de cabine)
Présentation au briefing : 06h10 - salle équipages, aérogare Hall D
Retour estimé : 18h45

Merci de valider la modification dans l'application Crew avant 48 h. Ce message ne nécessite pas de réponse.

Service Planning PNC - Aéroligne Sud""",
    headers=[("Auto-Submitted", "auto-generated")],
))

MESSAGES.append(dict(
    id="entretien_annuel_compagnie", kind="other", lang="fr", company="", contact="h.lacaze@aeroligne-sud.example.fr",
    frm=("Hervé Lacaze", "h.lacaze@aeroligne-sud.example.fr"),
    subject="Campagne des entretiens annuels 2026 - ton créneau",
    date="2026-01-20 11:15 +0100",
    text="""Bonjour Anaïs,

La campagne des entretiens annuels d'évaluation 2026 est ouverte. J'ai planifié le tien le mercredi 4 février à 14h00, salle des chefs de secteur, entre tes deux rotations.

Pense à remplir ta fiche d'auto-évaluation dans l'outil RH avant le 30 janvier. On en profitera pour parler de ton projet de formation et de ta demande de temps partiel.

Hervé
Chef de secteur PNC - Aéroligne Sud""",
))

MESSAGES.append(dict(
    id="train_retard", kind="other", lang="fr", company="", contact="",
    frm=("liO Train Occitanie", "info-trafic-noreply@lio-train.example.fr"),
    subject="Votre train de 07h42 est retardé",
    date="2026-07-16 07:20 +0200",
    text="""Bonjour,

Malheureusement, votre train TER n° 871503 Toulouse-Matabiau - Montpellier-Saint-Roch de 07h42 circule avec un retard estimé de 35 minutes en raison d'un incident de signalisation.

Nous vous présentons nos excuses pour la gêne occasionnée. Vous pouvez suivre l'état du trafic en temps réel sur l'application.

liO Train Occitanie""",
    headers=[("Auto-Submitted", "auto-generated")],
))

# ================================================================== en

_items = [
    ("HR Coordinator - Heathrow", "Airline - Permanent - £29k",
     "https://www.cityjobs.example.co.uk/job/772201?src=alert"),
    ("Recruitment Administrator - Canary Wharf", "Bank - 12-month contract",
     "https://www.cityjobs.example.co.uk/job/772188?src=alert"),
    ("Talent Acquisition Assistant - Shoreditch", "Tech scale-up - Permanent",
     "https://www.cityjobs.example.co.uk/job/772150?src=alert"),
    ("Interview tips: answering 'why are you leaving your current role?'", "Career advice",
     "https://www.cityjobs.example.co.uk/advice/why-leaving"),
]
_intro = """Hi Anaïs,

3 new jobs match your alert "recruitment assistant - London". Apply early - many employers close adverts after 50 applications, and candidates who apply in the first 48 hours are twice as likely to be invited to interview."""
_foot = "You are receiving this because you set up a job alert on CityJobs. Unsubscribe: https://www.cityjobs.example.co.uk/alerts/unsubscribe?a=3310"
MESSAGES.append(dict(
    id="jobalert_london", kind="other", lang="en", company="", contact="",
    frm=("CityJobs", "alerts@cityjobs.example.co.uk"),
    subject="3 new recruitment assistant jobs in London",
    date="2026-03-02 06:00 +0000",
    text=_intro + "\n\n" + "\n\n".join(f"{h}\n{s}\n{u}" for h, s, u in _items) + "\n\n" + _foot,
    html=digest_html("Your CityJobs alert", _intro, _items, _foot, lang="en", accent="#d32f2f"),
    headers=[("List-Id", "CityJobs alerts <alerts.cityjobs.example.co.uk>"),
             ("List-Unsubscribe", "<https://www.cityjobs.example.co.uk/alerts/unsubscribe?a=3310>"),
             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")],
))

_t = """THE RECRUITER'S DESK - Issue 57

This week: five mistakes candidates make after an interview rejection

1. Replying in anger. The hiring manager may be the one who calls you for the next opening.
2. Not asking for feedback. Most recruiters will give two or three useful points if you ask politely within a week.
3. Assuming the decision was about you. Roles are put on hold, budgets are cut, internal candidates appear.
4. Stopping your other applications while you wait.
5. Forgetting to thank the people who interviewed you.

Also inside: how assessment centres are changing, and why "we'll keep your CV on file" sometimes means exactly that.

Read online: https://recruitersdesk.example.com/issues/57

You're subscribed as anais.gs@example.fr. Unsubscribe: https://recruitersdesk.example.com/unsubscribe"""
MESSAGES.append(dict(
    id="newsletter_interview_mistakes", kind="other", lang="en", company="", contact="",
    frm=("The Recruiter's Desk", "hello@recruitersdesk.example.com"),
    subject="Issue 57: five mistakes after an interview rejection",
    date="2026-06-11 07:00 +0100",
    text=_t,
    headers=[("List-Id", "The Recruiter's Desk <desk.recruitersdesk.example.com>"),
             ("List-Unsubscribe", "<https://recruitersdesk.example.com/unsubscribe>"),
             ("Precedence", "list")],
))

_items = [
    ("You appeared in 14 searches this week", "Recruiters and hiring managers found you via 'talent acquisition'",
     "https://www.prolink.example.com/me/search-appearances"),
    ("A recruiter at an airline viewed your profile", "See who's viewing with Premium",
     "https://www.prolink.example.com/me/profile-views"),
    ("Add a skill: Interviewing", "Members with 5+ skills get more profile views",
     "https://www.prolink.example.com/me/skills"),
]
MESSAGES.append(dict(
    id="profile_views", kind="other", lang="en", company="", contact="",
    frm=("ProLink", "notifications-noreply@prolink.example.com"),
    subject="Anaïs, you appeared in 14 searches this week",
    date="2026-02-16 09:30 +0000",
    text="\n\n".join(f"{h}\n{s}\n{u}" for h, s, u in _items)
    + "\n\nManage notifications: https://www.prolink.example.com/settings/notifications",
    html=digest_html("ProLink", "Hi Anaïs, here's your weekly profile summary.", _items,
                     "Manage notifications: https://www.prolink.example.com/settings/notifications",
                     lang="en", accent="#0a66c2"),
    headers=[("List-Unsubscribe", "<https://www.prolink.example.com/settings/notifications>"),
             ("Precedence", "bulk")],
))

_t = """Careers Weekly

From cabin crew to HR: six skills that transfer

Flight attendants make surprisingly strong recruiters. They read people quickly, stay calm when plans change, de-escalate conflict at 35,000 feet, and are used to onboarding new colleagues on every rotation.

In this week's feature, three former crew members who now work in talent acquisition explain how they framed their experience in interviews, which certificates helped, and which offers they turned down.

Read the full story: https://careersweekly.example.com/stories/cabin-crew-to-hr

Also this week: "The role has been put on hold" - what it really means, and whether to keep waiting.

Unsubscribe or change your preferences: https://careersweekly.example.com/preferences"""
MESSAGES.append(dict(
    id="article_cabin_to_hr", kind="other", lang="en", company="", contact="",
    frm=("Careers Weekly", "newsletter@careersweekly.example.com"),
    subject="From cabin crew to HR: six skills that transfer",
    date="2026-08-03 12:00 +0100",
    text=_t, html="<html><body>" + paras(_t) + "</body></html>",
    headers=[("List-Id", "Careers Weekly <weekly.careersweekly.example.com>"),
             ("List-Unsubscribe", "<https://careersweekly.example.com/preferences>"),
             ("Precedence", "bulk")],
))

MESSAGES.append(dict(
    id="press_interview_request", kind="other", lang="en", company="", contact="holly.pritchard@aviationchronicle.example.co.uk",
    frm=("Holly Pritchard", "holly.pritchard@aviationchronicle.example.co.uk"),
    subject="Interview request - cabin crew changing careers",
    date="2026-05-20 11:40 +0100",
    text="""Dear Anaïs,

I'm a reporter at The Aviation Chronicle, working on a feature about cabin crew who move into office careers after the pandemic years. A contact at your union suggested I speak to you.

Would you be willing to be interviewed for the piece? It would be a 30-minute phone conversation at a time that suits you, and I'm happy to quote you by first name only if you prefer.

The deadline for the feature is 12 June.

Best wishes,
Holly Pritchard
Features Reporter, The Aviation Chronicle
+44 20 7946 0720""",
))

MESSAGES.append(dict(
    id="user_research_invite", kind="other", lang="en", company="", contact="sam.okoro@hirewave.example.com",
    frm=("HireWave Research", "research@hirewave.example.com"),
    reply_to=("Sam Okoro", "sam.okoro@hirewave.example.com"),
    subject="Share your job-search story? (30 min interview, £30 voucher)",
    date="2026-07-22 15:00 +0100",
    text="""Hi Anaïs,

I'm Sam, a user researcher at HireWave. We're redesigning how candidates track their applications and we'd love to hear about your experience as someone changing careers.

It's a relaxed 30-minute video interview - no preparation needed - and we'll send you a £30 voucher as a thank you.

If you're up for it, pick a time here: https://hirewave.example.com/research/book?c=ag196
Or just reply to this email with any questions.

Thanks,
Sam Okoro
User Researcher, HireWave""",
))

MESSAGES.append(dict(
    id="flight_position_update", kind="other", lang="en", company="", contact="",
    frm=("SkyTrack", "alerts-noreply@skytrack.example.com"),
    subject="Flight HM 214 is delayed - position update",
    date="2026-08-21 21:05 +0100",
    text="""Tracked flight update

Heathmoor HM 214, London Heathrow (LHR) to Toulouse (TLS)

Unfortunately, this flight is now delayed. New estimated arrival: 23:55 local time (was 22:40).
Current position: holding over the Channel, 80 km south of Brighton, altitude 9,400 m.

Follow live: https://skytrack.example.com/flight/HM214

You receive these alerts because you are tracking this flight in the SkyTrack app.""",
    headers=[("Auto-Submitted", "auto-generated")],
))

MESSAGES.append(dict(
    id="cold_approach_rpo", kind="other", lang="en", company="", contact="morgan.fielding@brightpath-rpo.example.co.uk",
    frm=("Morgan Fielding", "morgan.fielding@brightpath-rpo.example.co.uk"),
    subject="Connecting - talent acquisition in aviation",
    date="2026-06-08 13:25 +0100",
    text="""Hi Anaïs,

I came across your profile while researching people moving from cabin crew into talent acquisition, and I loved the way you describe running assessment days from the candidate side.

I lead the aviation practice at Brightpath RPO. Nothing specific to discuss right now, but I'd like to stay in touch - we often need multilingual coordinators for airline campaigns.

Feel free to connect, and all the best with the search.

Morgan Fielding
Practice Lead, Aviation | Brightpath RPO
Manchester | London""",
))

MESSAGES.append(dict(
    id="bank_position_statement", kind="other", lang="en", company="", contact="",
    frm=("Northbridge Invest", "no-reply@northbridge-invest.example.com"),
    subject="Your Q1 2026 position statement is ready",
    date="2026-04-07 06:10 +0100",
    text="""Dear Ms Grünewald-Sow,

Your quarterly position statement for the period 1 January to 31 March 2026 is now available in your secure inbox.

It shows the positions held in your General Investment Account, their valuation on 31 March, and the transactions made during the quarter.

Log in to view it: https://secure.northbridge-invest.example.com

Northbridge Invest
This is an automated message. Please do not reply.""",
    headers=[("Auto-Submitted", "auto-generated")],
))

MESSAGES.append(dict(
    id="ooo_heathmoor", kind="other", lang="en", company="", contact="priya.ramanathan@heathmoor.example.co.uk",
    frm=("Priya Ramanathan", "priya.ramanathan@heathmoor.example.co.uk"),
    subject="Automatic reply: Thank you for yesterday's panel",
    date="2026-03-17 08:02 +0000",
    refs=["<20260316191405.5c2e@example.fr>"],
    text="""Thank you for your email.

I'm out of the office until Monday 23 March with limited access to email. For anything urgent about interview scheduling, please contact the talent team on +44 20 8555 0110.

Priya Ramanathan
Senior Talent Partner, Heathmoor Airways""",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
))

MESSAGES.append(dict(
    id="course_unsuccessful", kind="other", lang="en", company="", contact="",
    frm=("Westbridge College Admissions", "no-reply@westbridge-college.example.ac.uk"),
    subject="Your application: Level 3 Certificate in People Practice (evening)",
    date="2026-08-28 10:00 +0100",
    text="""Dear Anaïs,

Thank you for applying for the Level 3 Certificate in People Practice (evening, September intake).

We're sorry to tell you that your application for a place on this course has been unsuccessful: the September cohort is now full. You have been placed on the waiting list, and we will contact you if a place becomes available or when applications open for the January intake.

Kind regards,
Admissions Team
Westbridge College, London""",
))

_becky_quote = """Hi Becky!

Guess what - I've got an interview at Penhallow on Long Acre next Tuesday morning! Could I possibly crash on your sofa on Monday night? I'll bring croissants from Toulouse.

Anaïs"""
MESSAGES.append(dict(
    id="friend_couch_london", kind="other", lang="en", company="", contact="becky.hollins@mail.example.co.uk",
    frm=("Becky Hollins", "becky.hollins@mail.example.co.uk"),
    subject="Re: sofa next Monday?",
    date="2026-07-09 22:17 +0100",
    refs=["<20260709201133.91ab@example.fr>"],
    text=reply("""Of course you can! The sofa bed is all yours, and Luna the cat will supervise your interview prep.

I'm working late on Monday, so the key will be under the plant pot. Good luck - they'd be mad not to hire you.

B x""", "en", "2026-07-09 21:11", "Anaïs Grünewald-Sow", "anais.gs@example.fr", _becky_quote),
))

_t = """HR Meetup London

Breaking into talent acquisition - panel and networking
Wednesday 16 September, 18:30, The Old Print Works, Farringdon

Hear from three recruiters who switched careers (teaching, hospitality and aviation) about how they landed their first role, how they handled rejections along the way, and what hiring managers look for at interview.

You RSVP'd "interested". Confirm your spot: https://meetups.example.com/hr-meetup-london/events/3321

Stop receiving emails from this group: https://meetups.example.com/settings/groups"""
MESSAGES.append(dict(
    id="meetup_event_reminder", kind="other", lang="en", company="", contact="",
    frm=("HR Meetup London", "info-noreply@meetups.example.com"),
    subject="Reminder: Breaking into talent acquisition - 16 September",
    date="2026-09-03 17:00 +0100",
    text=_t,
    headers=[("List-Id", "HR Meetup London <hr-meetup-london.meetups.example.com>"),
             ("List-Unsubscribe", "<https://meetups.example.com/settings/groups>"),
             ("Precedence", "bulk")],
))

# ================================================================== de

_items = [
    ("Assistenz Personal (m/w/d) - München-Riem", "Messegesellschaft - Vollzeit",
     "https://www.stellenradar.example.de/job/40218"),
    ("Recruiting Coordinator (m/w/d) - Flughafen München", "Airline-Dienstleister - befristet",
     "https://www.stellenradar.example.de/job/40207"),
    ("HR-Sachbearbeitung (m/w/d) - Garching", "Forschungseinrichtung - Teilzeit möglich",
     "https://www.stellenradar.example.de/job/40199"),
    ("Ratgeber: Absage erhalten - so geht es weiter", "Karriere-Tipps",
     "https://www.stellenradar.example.de/ratgeber/absage"),
]
_intro = """Hallo Anaïs,

für Ihren Suchauftrag "Personalassistenz München" gibt es 3 neue Stellen. Tipp der Woche: Bereiten Sie sich auf das Vorstellungsgespräch mit unserem Fragenkatalog vor."""
_foot = "Sie erhalten diese E-Mail, weil Sie einen Suchauftrag bei StellenRadar angelegt haben. Abmelden: https://www.stellenradar.example.de/suchauftrag/abmelden?s=91"
MESSAGES.append(dict(
    id="jobletter_muenchen", kind="other", lang="de", company="", contact="",
    frm=("StellenRadar", "jobletter@stellenradar.example.de"),
    subject="3 neue Stellen: Personalassistenz München",
    date="2026-01-19 06:30 +0100",
    text=_intro + "\n\n" + "\n\n".join(f"{h}\n{s}\n{u}" for h, s, u in _items) + "\n\n" + _foot,
    html=digest_html("StellenRadar Jobletter", _intro, _items, _foot, lang="de", accent="#2e7d32"),
    headers=[("List-Id", "StellenRadar Jobletter <jobletter.stellenradar.example.de>"),
             ("List-Unsubscribe", "<https://www.stellenradar.example.de/suchauftrag/abmelden?s=91>"),
             ("Precedence", "bulk")],
))

MESSAGES.append(dict(
    id="sprachschule_termin_verschoben", kind="other", lang="de", company="", contact="",
    frm=("Sprachschule Isarwort", "noreply@isarwort.example.de"),
    subject="Ihr Termin für den Einstufungstest wurde verschoben",
    date="2026-02-09 12:00 +0100",
    text="""Guten Tag Frau Grünewald-Sow,

leider müssen wir Ihren Termin für den Online-Einstufungstest (Deutsch, Niveau C1) am Donnerstag, 12. Februar, absagen, da die Prüferin erkrankt ist.

Ihr neuer Termin: Dienstag, 17. Februar 2026, 18:00 Uhr. Den Zugangslink erhalten Sie am Vortag.

Falls der neue Termin nicht passt, können Sie ihn in Ihrem Kundenkonto ändern.

Ihre Sprachschule Isarwort
Diese E-Mail wurde automatisch erstellt.""",
    charset="windows-1252", cte="qp",
    headers=[("Auto-Submitted", "auto-generated")],
))

MESSAGES.append(dict(
    id="abwesenheitsnotiz", kind="other", lang="de", company="", contact="k.obermaier@flugwerk-isar.example.de",
    frm=("Katharina Obermaier", "k.obermaier@flugwerk-isar.example.de"),
    subject="Abwesenheitsnotiz: Neuer Termin für das Vorstellungsgespräch?",
    date="2026-02-27 18:31 +0100",
    refs=["<20260227183055.e7a0@example.fr>"],
    text="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich Freitag, 6. März, nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an personal@flugwerk-isar.example.de.

Mit freundlichen Grüßen
Katharina Obermaier""",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
))

# ================================================================== es

_items = [
    ("Técnico/a de selección - L'Hospitalet", "Consultora RRHH - Indefinido",
     "https://www.infofeina.example.es/oferta/99120"),
    ("Auxiliar administrativo/a de personal - Barcelona", "Cadena hotelera - Temporal",
     "https://www.infofeina.example.es/oferta/99102"),
    ("Recruiter bilingüe francés - 22@", "Empresa tecnológica - Indefinido",
     "https://www.infofeina.example.es/oferta/99087"),
    ("¿Te han rechazado tras la entrevista? Cinco pasos para seguir adelante", "Consejos",
     "https://www.infofeina.example.es/consejos/rechazo"),
]
_intro = """Hola Anaïs:

Tenemos 3 ofertas nuevas para tu alerta «técnica de selección - Barcelona». Recuerda que puedes preparar tu próxima entrevista con nuestras guías gratuitas."""
_foot = "Recibes este correo porque has creado una alerta en InfoFeina. Darse de baja: https://www.infofeina.example.es/alertas/baja?id=774"
MESSAGES.append(dict(
    id="alertas_barcelona", kind="other", lang="es", company="", contact="",
    frm=("InfoFeina Alertas", "alertas@infofeina.example.es"),
    subject="3 ofertas nuevas: técnica de selección en Barcelona",
    date="2026-05-11 07:15 +0200",
    text=_intro + "\n\n" + "\n\n".join(f"{h}\n{s}\n{u}" for h, s, u in _items) + "\n\n" + _foot,
    html=digest_html("InfoFeina", _intro, _items, _foot, lang="es", accent="#ef6c00"),
    headers=[("List-Id", "Alertas InfoFeina <alertas.infofeina.example.es>"),
             ("List-Unsubscribe", "<https://www.infofeina.example.es/alertas/baja?id=774>"),
             ("Precedence", "bulk")],
))

_t = """Boletín Talento y Carrera - septiembre

Claves para superar una entrevista por competencias

Cada vez más empresas utilizan la entrevista por competencias: te pedirán ejemplos concretos de situaciones reales. En este número te explicamos el método STAR, te damos diez preguntas frecuentes y analizamos qué hacer si la empresa te comunica que ha elegido a otra persona.

Leer el artículo: https://talentoycarrera.example.es/boletin/entrevista-competencias

Para darte de baja de este boletín: https://talentoycarrera.example.es/baja"""
MESSAGES.append(dict(
    id="consejos_carrera", kind="other", lang="es", company="", contact="",
    frm=("Talento y Carrera", "boletin@talentoycarrera.example.es"),
    subject="Claves para superar una entrevista por competencias",
    date="2026-09-15 08:00 +0200",
    text=_t, html="<html><body>" + paras(_t) + "</body></html>",
    cte="b64",
    headers=[("List-Id", "Boletin Talento y Carrera <boletin.talentoycarrera.example.es>"),
             ("List-Unsubscribe", "<https://talentoycarrera.example.es/baja>"),
             ("Precedence", "list")],
))

_lucia_quote = """¡Lucía! ¿Qué tal todo por Barcelona? Estoy preparando candidaturas allí, ¿sigues en la aerolínea?"""
MESSAGES.append(dict(
    id="amiga_entrevista", kind="other", lang="es", company="", contact="lucia.ferrandiz@correo.example.es",
    frm=("Lucía Ferrándiz", "lucia.ferrandiz@correo.example.es"),
    subject="Re: ¿Qué tal por Barcelona?",
    date="2026-03-22 23:10 +0100",
    refs=["<20260320101522.3f9d@example.fr>"],
    text=reply("""¡Hola guapa!

Sigo volando, pero te cuento una cosa: ¡me han llamado para una segunda entrevista en una escuela de azafatas como formadora! Fue el jueves, con dos personas de dirección, y creo que salió bien aunque me pusieron un caso práctico dificilísimo. Me dicen algo la semana que viene.

Si vienes a Barcelona para tus entrevistas, te quedas en mi casa, ¿vale?

Besos,
Lucía""", "es", "2026-03-20 10:15", "Anaïs Grünewald-Sow", "anais.gs@example.fr", _lucia_quote),
))

MESSAGES.append(dict(
    id="banco_cita", kind="other", lang="es", company="", contact="",
    frm=("Banca Rambla", "citas-noreply@bancarambla.example.es"),
    subject="Cita confirmada en tu oficina de Gràcia", subj_enc=("iso-8859-1", "Q"),
    date="2026-09-25 12:30 +0200",
    text="""Hola Anaïs:

Te confirmamos tu cita para la apertura de cuenta para no residentes:

Oficina: Gràcia - C/ Gran de Gràcia 140, Barcelona
Fecha: jueves 1 de octubre de 2026, a las 9:30
Gestor: Albert Soler

Recuerda traer tu pasaporte, el NIE y el contrato de trabajo o la carta de oferta. Si no puedes acudir, cancela o cambia la cita desde la app.

Banca Rambla
Este mensaje se ha enviado automáticamente.""",
    charset="iso-8859-1", cte="qp",
    headers=[("Auto-Submitted", "auto-generated")],
))

MESSAGES.append(dict(
    id="curso_plaza_denegada", kind="other", lang="es", company="", contact="",
    frm=("Consorci de Formació BCN", "no-reply@formaciobcn.example.es"),
    subject="Resolución de tu solicitud: curso de Técnico/a de selección de personal",
    date="2026-04-28 14:00 +0200",
    text="""Hola Anaïs Grünewald-Sow:

Te informamos de que tu solicitud de plaza para el curso gratuito «Técnico/a de selección de personal» (edición de mayo, 120 horas) no ha sido admitida, ya que el curso está reservado a personas empadronadas en Barcelona.

Puedes presentar tu solicitud para otras acciones formativas desde la sede electrónica.

Consorci de Formació BCN
Este correo se ha enviado de forma automática.""",
))
