"""Corpus 205, other: 52 hand-written messages that are no event of the candidate's job search
(digests, newsletters, advice, requests, own sent mail, private mail, auto-replies)."""

from __future__ import annotations

from msgs205_common import (
    ME,
    ats_card,
    digest_html,
    forwarded,
    html_doc,
    outlook_html,
    paras,
    replied,
    simple_html,
)

MESSAGES: list[dict] = []
add = MESSAGES.append

OTHER = "other"


def listing(items: list[tuple[str, str, str]]) -> str:
    """The plain-text twin of a digest's items: numbered, each with its link below."""
    return "\n".join(f"{n}. {head}\n   {sub}\n   {url}" for n, (head, sub, url)
                     in enumerate(items, 1))


# ------------------------------------------------------------------------------------- French

ITEMS = [
    ("Coordinatrice événements (80-100 %)", "Hôtel du Grand-Chêne, Lausanne",
     "https://jobleman.example.ch/offre/118203"),
    ("Assistant·e congrès", "Palais des Expositions Riviera, Montreux",
     "https://jobleman.example.ch/offre/118188"),
    ("Chargée de projets événementiels", "Agence Bleu Léman, Genève",
     "https://jobleman.example.ch/offre/118171"),
    ("Responsable banquets & séminaires", "Hôtel des Alpes Vaudoises, Villars",
     "https://jobleman.example.ch/offre/118160"),
    ("Event coordinator (EN/FR)", "Organisation internationale, Genève",
     "https://jobleman.example.ch/offre/118152"),
    ("Hôte·sse d'accueil événements (CDD)", "Musée des Sciences, Lausanne",
     "https://jobleman.example.ch/offre/118149"),
]
add(dict(
    kind=OTHER, slug="jobleman_daily_alert", lang="fr", company="", contact="",
    frm=("JobLéman Alertes", "alertes@jobleman.example.ch"), frm_cs="utf-8", frm_enc="q",
    subject="6 nouveaux postes pour « coordinatrice événements »", subj_cs="utf-8", subj_enc="q",
    date="2026-02-04 06:30",
    headers=[("List-Id", "JobLeman alertes emploi <alertes.jobleman.example.ch>"),
             ("List-Unsubscribe", "<https://jobleman.example.ch/desabonnement?u=mlo-8812>, "
                                  "<mailto:desabonnement@jobleman.example.ch>"),
             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
             ("Precedence", "bulk")],
    cte="quoted-printable",
    text=(INTRO := "Bonjour Margaux,\n\nVoici les offres publiées ces dernières 24 heures pour "
          "votre alerte « coordinatrice événements – Vaud / Genève ».") + "\n\n" + listing(ITEMS)
    + "\n\n" + (OUTRO := "Conseil de la semaine : un refus n'est pas une fin. Relisez notre guide "
                "« Préparer son entretien d'embauche en 5 étapes » : "
                "https://jobleman.example.ch/conseils/entretien")
    + "\n\n" + (FOOT := "Vous recevez ce courriel parce que vous avez créé une alerte emploi sur "
                "JobLéman.\nGérer mes alertes : https://jobleman.example.ch/alertes\n"
                "Se désabonner : https://jobleman.example.ch/desabonnement?u=mlo-8812") + "\n",
    html=digest_html("fr", "JobLéman – vos nouvelles offres", INTRO, ITEMS, OUTRO, FOOT),
))

add(dict(
    kind=OTHER, slug="carrieres_newsletter_after_a_no", lang="fr", company="", contact="",
    frm=("Carrières & Co – La lettre", "lettre@carrieres-co.example.ch"),
    subject="Refus après entretien : comment transformer un non en prochaine étape",
    subj_cs="utf-8", subj_enc="b",
    date="2026-03-17 07:00",
    headers=[("List-Id", "La lettre Carrieres & Co <lettre.carrieres-co.example.ch>"),
             ("List-Unsubscribe", "<https://carrieres-co.example.ch/lettre/stop?id=55120>"),
             ("Precedence", "list")],
    cte="quoted-printable",
    text=(TEXT := """\
LA LETTRE CARRIÈRES & CO – n° 87

Refus après entretien : comment transformer un non en prochaine étape

« Nous avons le regret de vous informer que votre candidature n'a pas été retenue. » Qui n'a \
jamais reçu cette phrase après un entretien qui semblait bien se passer ? Trois réflexes pour \
rebondir :

1. Demandez un retour. Un court message, poli et précis, obtient une réponse dans près d'un cas \
sur deux. Lire l'article : https://carrieres-co.example.ch/articles/demander-un-retour

2. Gardez le contact. Le poste peut se rouvrir, ou un autre se libérer six mois plus tard.

3. Ne refaites pas le même entretien. Notez les questions qui vous ont mise en difficulté et \
préparez-les pour la prochaine invitation.

À lire aussi : « Entretien vidéo : les sept erreurs qui coûtent cher » \
https://carrieres-co.example.ch/articles/entretien-video

Vous recevez cette lettre car vous y êtes abonnée. Se désabonner : \
https://carrieres-co.example.ch/lettre/stop?id=55120
"""),
    html=html_doc('<div style="max-width:640px;margin:auto">\n' + paras(TEXT) + "\n</div>", "fr",
                  title="La lettre Carrières & Co"),
))

add(dict(
    kind=OTHER, slug="podcast_interview_request", lang="fr", company="",
    contact="noemie@coulisses-accueil.example.ch",
    frm=("Noémie Girardet", "noemie@coulisses-accueil.example.ch"), frm_cs="iso-8859-1",
    frm_enc="q",
    subject="Interview pour le podcast « Les Coulisses de l'Accueil » ?",
    subj_cs="iso-8859-1", subj_enc="q",
    date="2026-04-09 13:15",
    charset="iso-8859-1", cte="quoted-printable",
    text="""\
Bonjour Margaux,

Je produis « Les Coulisses de l'Accueil », un podcast romand qui donne la parole aux personnes qui \
travaillent derrière les comptoirs des hôtels, des musées et des salles de congrès. Votre \
intervention au forum des métiers de l'hôtellerie, en janvier, m'a beaucoup plu.

Accepteriez-vous une interview d'environ 40 minutes sur votre parcours de réceptionniste et votre \
envie d'aller vers l'événementiel ? L'enregistrement aurait lieu dans notre petit studio du Flon, \
un mardi ou un jeudi de mai, selon vos disponibilités.

C'est un projet bénévole, sans rémunération, mais l'épisode vous serait bien sûr soumis avant \
diffusion.

Belle journée,
Noémie Girardet
Productrice, Les Coulisses de l'Accueil
""",
))

add(dict(
    kind=OTHER, slug="jobleman_user_research_session", lang="fr", company="",
    contact="samuel.widmer@jobleman.example.ch",
    frm=("JobLéman Recherche utilisateurs", "recherche@jobleman.example.ch"),
    frm_cs="utf-8", frm_enc="b",
    reply_to=("Samuel Widmer", "samuel.widmer@jobleman.example.ch"),
    subject="Participez à un entretien utilisateur (30 min, bon de CHF 50.–)",
    subj_cs="utf-8", subj_enc="q",
    date="2026-04-27 10:00",
    text=(TEXT := """\
Bonjour Margaux,

Vous utilisez les alertes emploi de JobLéman depuis plusieurs mois et votre avis nous intéresse.

Nous menons des entretiens utilisateurs de 30 minutes en visioconférence pour améliorer notre \
nouvelle fonction de suivi des candidatures. Aucune préparation n'est nécessaire : nous vous \
montrerons quelques maquettes et vous poserons des questions sur la manière dont vous organisez \
vos recherches.

En remerciement, vous recevrez un bon d'achat de CHF 50.–. Pour réserver un créneau entre le 4 et \
le 15 mai, répondez simplement à ce courriel ; je vous enverrai une invitation.

Merci d'avance,
Samuel Widmer
UX Researcher, JobLéman
"""),
    html=simple_html(TEXT, "fr"),
))

add(dict(
    kind=OTHER, slug="parcel_delayed_unfortunately", lang="fr", company="", contact="",
    frm=("PostRomandie Suivi", "no-reply@postromandie.example.ch"),
    subject="Votre colis est retardé", subj_cs="iso-8859-1", subj_enc="b",
    date="2026-02-10 18:22",
    headers=[("Auto-Submitted", "auto-generated")],
    cte="base64",
    html=ats_card("""\
Bonjour,

Malheureusement, votre colis n° 99.00.412587.10043218 ne pourra pas être distribué à la date \
prévue.

Motif : retard de tri au centre colis de Daillens.
Nouvelle date de distribution estimée : jeudi 12 février 2026.
Position actuelle de l'envoi : centre colis de Daillens (VD).

Nous vous prions de nous excuser pour ce contretemps.

Suivre mon envoi : https://postromandie.example.ch/suivi/99004125871004321""", "fr",
        "PostRomandie", "#f1c40f",
        footer="Ce message est envoyé automatiquement. Merci de ne pas y répondre."),
))

add(dict(
    kind=OTHER, slug="friend_own_rejection_travel_agency", lang="fr", company="",
    contact="camille.nicod@bluewin.example.ch",
    frm=("Camille Nicod", "camille.nicod@bluewin.example.ch"),
    subject="bon ben c'est non pour moi aussi",
    date="2026-04-20 21:48",
    text="""\
Coucou Margaux,

Je viens de recevoir la réponse de l'agence de voyages de Vevey : refus, avec la phrase classique \
« nous avons retenu un profil correspondant davantage à nos besoins ». Après trois entretiens, je \
trouve ça un peu raide.

Bref, je voulais te le dire avant qu'on se voie samedi. Tu as des nouvelles pour Montreux, toi ? \
On se console avec une fondue ?

Bisous,
Camille
""",
))

add(dict(
    kind=OTHER, slug="own_thank_you_belvedere", lang="fr", company="", contact="",
    frm=ME, to=[("Sophie Carrel", "sophie.carrel@belvedere-ouchy.example.ch")],
    subject="Merci pour l'entretien de ce matin",
    date="2026-02-26 18:05", mid="belv-thanks", refs=["belv-invite", "belv-moved"],
    text="""\
Madame Carrel,

Je tenais à vous remercier, ainsi que Monsieur Pidoux, pour l'entretien de ce matin et la visite \
des salons. Découvrir la préparation du séminaire de la banque privée m'a confirmé à quel point ce \
poste me correspond.

Je reste à votre disposition pour tout complément d'information et me réjouis de connaître la \
suite du processus.

Avec mes meilleures salutations,
Margaux Lindqvist-Obi
+41 79 555 26 48
""",
))

add(dict(
    kind=OTHER, slug="own_application_verdier_with_cv", lang="fr", company="", contact="",
    frm=ME, to=[("Maison Verdier – Ressources humaines", "rh@verdier-horlogerie.example.ch")],
    to_cs="utf-8",
    subject="Candidature – Hôtesse d'accueil événements & clientèle privée",
    subj_cs="utf-8", subj_enc="q",
    date="2026-01-19 07:45", mid="verdier-application",
    headers=[("User-Agent", "Mozilla Thunderbird")],
    text="""\
Madame, Monsieur,

Réceptionniste depuis six ans dans un hôtel quatre étoiles lausannois, je souhaite aujourd'hui \
mettre mon sens de l'accueil au service d'une maison horlogère. Votre annonce pour le poste \
d'hôtesse d'accueil événements & clientèle privée a donc retenu toute mon attention.

Je parle couramment le français, l'anglais et le suédois, et j'ai un bon niveau d'allemand. À la \
réception, j'organise l'accueil des délégations et des soirées pour notre clientèle fidèle.

Vous trouverez ci-joint mon CV. Je serais heureuse de vous présenter mon parcours lors d'un \
entretien.

Avec mes meilleures salutations,
Margaux Lindqvist-Obi
Chemin de Montelly 21, 1007 Lausanne
+41 79 555 26 48
""",
    pdfs=[dict(name="CV_Margaux_Lindqvist-Obi.pdf", title="Margaux Lindqvist-Obi – CV",
               lines=["Chemin de Montelly 21, 1007 Lausanne · margaux.lo@example.ch",
                      "", "Expérience",
                      "2020–2026 Réceptionniste, hôtel quatre étoiles, Lausanne",
                      "2018–2020 Hôtesse d'accueil, salon automobile et congrès, Genève",
                      "", "Langues : français, anglais, suédois (langues maternelles), "
                      "allemand B2, espagnol B1",
                      "", "Formation : CFC d'employée de commerce, option hôtellerie"])],
))

add(dict(
    kind=OTHER, slug="own_reschedule_request_montreux", lang="fr", company="", contact="",
    frm=ME, to=[("Valérie Chappuis", "valerie.chappuis@montreux-accueil.example.ch")],
    subject="Demande de report - second entretien", subj_cs="iso-8859-1", subj_enc="q",
    date="2026-07-01 21:03", mid="montreux-request", refs=["montreux-invite"],
    charset="iso-8859-1", cte="8bit",
    text="""\
Bonjour Madame Chappuis,

Merci encore pour l'invitation au second entretien. Je suis malheureusement de service à la \
réception le mardi 7 juillet au matin et n'ai pas trouvé de remplaçante.

Serait-il possible de déplacer notre rendez-vous au jeudi 9 juillet, ou à un autre jour de la \
semaine, en fin de matinée ou l'après-midi ?

Je vous prie de m'excuser pour ce contretemps.

Meilleures salutations,
Margaux Lindqvist-Obi
""",
))

add(dict(
    kind=OTHER, slug="cold_approach_altitude_rh", lang="fr", company="",
    contact="s.kohler@altitude-rh.example.ch",
    frm=("Sébastien Kohler", "s.kohler@altitude-rh.example.ch"),
    subject="Un poste qui pourrait vous intéresser à Genève",
    date="2026-05-28 11:26",
    text=(TEXT := """\
Bonjour Madame Lindqvist-Obi,

Je me permets de vous contacter après avoir vu votre profil sur un réseau professionnel. Je suis \
consultant chez Altitude RH et j'accompagne actuellement un groupe hôtelier genevois qui crée une \
cellule événementielle.

Votre double expérience de la réception et de l'accueil de groupes me semble très intéressante \
pour ce type de poste. Si le sujet vous parle, je serais ravi d'en échanger avec vous à \
l'occasion, sans engagement bien sûr.

Cordialement,
Sébastien Kohler
Consultant senior
Altitude RH Sàrl
Rue du Rhône 80, 1204 Genève
"""),
    html=simple_html(TEXT, "fr"),
))

add(dict(
    kind=OTHER, slug="bank_advice_appointment", lang="fr", company="",
    contact="stephanie.rapin@bcl.example.ch",
    frm=("Stéphanie Rapin", "stephanie.rapin@bcl.example.ch"),
    subject="Votre rendez-vous conseil du 12 mars",
    date="2026-03-05 16:40",
    cte="quoted-printable",
    text=(TEXT := """\
Madame Lindqvist-Obi,

Je vous confirme notre rendez-vous du jeudi 12 mars à 17h30 à l'agence de Chauderon, pour faire le \
point sur votre épargne et sur votre projet de 3e pilier.

Merci d'apporter le dernier relevé de position de votre compte de prévoyance ainsi que votre \
certificat de salaire 2025. En cas d'empêchement, vous pouvez déplacer le rendez-vous dans \
l'e-banking ou en me téléphonant.

Meilleures salutations,
Stéphanie Rapin
Conseillère clientèle privée
Banque Cantonale du Léman – Agence de Chauderon
021 555 30 30

Ce message est confidentiel. La banque n'accepte aucun ordre transmis par courriel.
"""),
    html=simple_html(TEXT, "fr"),
))

add(dict(
    kind=OTHER, slug="regie_boiler_maintenance", lang="fr", company="",
    contact="o.mercier@regie-mercier.example.ch",
    frm=("Olivier Mercier", "o.mercier@regie-mercier.example.ch"),
    subject="Entretien annuel de la chaudière – immeuble Montelly 21",
    subj_cs="utf-8", subj_enc="b",
    date="2026-09-21 09:05",
    charset="windows-1252", cte="quoted-printable",
    text="""\
Madame,

Nous vous informons que l’entretien annuel de la chaudière et le contrôle des radiateurs de \
l’immeuble Chemin de Montelly 21 auront lieu le mardi 6 octobre 2026 entre 8h00 et 12h00.

Le technicien devra accéder à votre appartement (3e étage, position 3.2 du plan). Si vous êtes \
absente, merci de déposer une clé auprès de la concierge, Mme Pereira, ou de nous proposer un \
autre rendez-vous avant le 1er octobre.

Nous vous remercions de votre collaboration.

Olivier Mercier, gérant
Régie Mercier & Fils SA
Avenue de Morges 12, 1004 Lausanne
""",
))

add(dict(
    kind=OTHER, slug="language_school_placement_interview", lang="fr", company="",
    contact="f.tache@babel-leman.example.ch",
    frm=("Fabienne Tâche", "f.tache@babel-leman.example.ch"), frm_cs="iso-8859-1", frm_enc="b",
    subject="Cours d'allemand B2 – entretien de positionnement", subj_cs="utf-8", subj_enc="q",
    date="2026-03-16 14:50",
    text="""\
Bonjour Madame Lindqvist-Obi,

Merci pour votre inscription au cours intensif d'allemand B2 du soir (session d'avril).

Avant le début du cours, chaque participant·e passe un court entretien de positionnement oral de \
15 minutes avec une enseignante, afin de vérifier que le niveau choisi est adapté. Nous vous \
proposons le mercredi 25 mars à 18h15, salle 4.

Le cours commence le 8 avril. La facture vous parviendra séparément.

Meilleures salutations,
Fabienne Tâche
Secrétariat pédagogique
École Babel Léman
""",
))

add(dict(
    kind=OTHER, slug="doctor_reminder_no_reply", lang="fr", company="", contact="",
    frm=("Cabinet médical de la Pontaise", "no-reply@cabinet-pontaise.example.ch"),
    frm_cs="utf-8", frm_enc="q",
    subject="Rappel : votre rendez-vous du 3 juin",
    date="2026-06-01 08:00",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""\
Bonjour,

Nous vous rappelons votre rendez-vous chez la Dre Anouk Meylan le mercredi 3 juin 2026 à 08h40.

Merci de vous présenter dix minutes en avance avec votre carte d'assurance. Si vous ne pouvez pas \
venir, merci d'annuler au plus tard 24 heures à l'avance au 021 555 77 10 ; tout rendez-vous \
manqué sans excuse pourra être facturé.

Cabinet médical de la Pontaise
Ce message est envoyé automatiquement, merci de ne pas y répondre.
""",
))

add(dict(
    kind=OTHER, slug="riviera_out_of_office", lang="fr", company="",
    contact="p.genoud@riviera-congres.example.ch",
    frm=("Patricia Genoud", "p.genoud@riviera-congres.example.ch"),
    subject="Réponse automatique : Re: Annulé : Entretien – Coordinatrice événements congrès",
    subj_cs="utf-8", subj_enc="b",
    date="2026-04-15 17:20", mid="riviera-ooo", refs=["riviera-cancel"],
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    charset="windows-1252", cte="quoted-printable",
    text=(TEXT := """\
Bonjour,

Je suis absente du bureau jusqu’au lundi 20 avril inclus, avec un accès limité à mes courriels.

Pour toute question urgente concernant les entretiens et recrutements en cours, vous pouvez \
contacter mon collègue Julien Borel : julien.borel@riviera-congres.example.ch, \
+41 21 555 12 04.

Meilleures salutations
Patricia Genoud
"""),
    html=outlook_html(TEXT, "fr"),
))

ITEMS = [
    ("Coordinatrice événements", "Lausanne · publiée il y a 2 jours",
     "https://reseaupro.example.com/jobs/884120"),
    ("Event Manager (m/w/d)", "Bern · 34 candidatures",
     "https://reseaupro.example.com/jobs/884007"),
    ("Chargée d'accueil congrès", "Genève · candidature simplifiée",
     "https://reseaupro.example.com/jobs/883950"),
]
add(dict(
    kind=OTHER, slug="reseaupro_application_viewed", lang="fr", company="", contact="",
    frm=("Réseau Pro", "notifications@reseaupro.example.com"), frm_cs="iso-8859-1", frm_enc="q",
    subject="Margaux, votre candidature a été consultée", subj_cs="utf-8", subj_enc="q",
    date="2026-03-27 12:02",
    headers=[("List-Unsubscribe", "<https://reseaupro.example.com/settings/emails?u=mlo>"),
             ("Auto-Submitted", "auto-generated")],
    text=(INTRO := """\
Bonne nouvelle, Margaux !

Un recruteur de Seefeld Events a consulté votre candidature « Event Coordinator Corporate ».
Vous êtes apparue dans 14 recherches cette semaine.
3 personnes ont consulté votre profil, dont une responsable RH d'un centre de congrès lyonnais.""")
    + "\n\nOffres recommandées pour vous :\n" + listing(ITEMS) + "\n\n"
    + (FOOT := "Vous recevez ces notifications en tant que membre de Réseau Pro. "
       "Paramètres : https://reseaupro.example.com/settings/emails?u=mlo") + "\n",
    html=digest_html("fr", "Réseau Pro", INTRO, ITEMS, "Voir toutes les offres : "
                     "https://reseaupro.example.com/jobs", FOOT, accent="#0a66c2"),
))

add(dict(
    kind=OTHER, slug="cas_admission_refused", lang="fr", company="",
    contact="aurelie.dumas@formation-continue.example.ch",
    frm=("Aurélie Dumas", "aurelie.dumas@formation-continue.example.ch"),
    subject="Votre candidature au CAS en management d'événements",
    date="2026-06-23 15:10",
    cte="quoted-printable",
    text="""\
Madame,

Nous avons examiné avec attention votre dossier de candidature au Certificate of Advanced Studies \
(CAS) en management d'événements, volée 2026-2027.

Nous avons le regret de vous informer que nous ne pouvons pas vous proposer de place dans cette \
volée : le nombre de candidatures a largement dépassé les 24 places disponibles et la priorité a \
été donnée aux personnes déjà actives dans l'organisation d'événements.

Vous pouvez vous inscrire sur la liste d'attente ou déposer une nouvelle candidature pour la volée \
2027-2028.

Avec nos meilleures salutations,
Aurélie Dumas
Coordinatrice de formation
Centre de formation continue du Léman
""",
))

add(dict(
    kind=OTHER, slug="trailmate_position_shared", lang="fr", company="", contact="",
    frm=("TrailMate", "no-reply@trailmate.example.com"),
    subject="Votre position a été partagée avec Camille",
    date="2026-05-16 11:50",
    headers=[("Auto-Submitted", "auto-generated")],
    text=(TEXT := """\
Bonjour Margaux,

Votre position en direct a été partagée avec Camille Nicod pendant votre sortie « Lavaux – \
Chexbres » de ce matin.

Distance : 14,2 km · Dénivelé : 612 m · Durée : 2 h 31
Dernière position enregistrée : Chexbres, gare (46.4824 N, 6.7776 E) à 11:42

Le partage de position a été désactivé automatiquement à la fin de l'activité.

Gérer vos paramètres de confidentialité : https://trailmate.example.com/settings/privacy
"""),
    html=ats_card(TEXT, "fr", "TrailMate", "#27ae60"),
))

add(dict(
    kind=OTHER, slug="own_follow_up_horizons", lang="fr", company="", contact="",
    frm=ME, to=[("Bintou Diallo", "b.diallo@horizons-solidaires.example.org")],
    subject="Re: RE: Candidature – Coordinatrice d’événements de sensibilisation",
    subj_cs="utf-8", subj_enc="b",
    date="2026-04-20 08:12", mid="horizons-relance", refs=["horizons-application",
                                                            "horizons-ack"],
    text="""\
Bonjour Madame Diallo,

Je me permets de revenir vers vous au sujet de ma candidature. Vous m'aviez indiqué que les \
personnes retenues pour un entretien seraient contactées d'ici au 20 avril ; pourriez-vous me \
dire si le processus suit son cours ?

Je reste très motivée par ce poste et disponible pour un échange à votre convenance.

Meilleures salutations,
Margaux Lindqvist-Obi

""" + replied("fr", "mar. 7 avr. 2026 à 14:10", "Bintou Diallo",
              "b.diallo@horizons-solidaires.example.org", """\
Bonjour Madame,

Nous avons bien reçu votre CV et votre lettre de motivation pour le poste de coordinatrice \
d’événements de sensibilisation, et nous vous en remercions.

Les entretiens auront lieu dans la seconde moitié d’avril ; nous contacterons les personnes \
retenues d’ici au 20 avril.

Bintou Diallo"""),
))

add(dict(
    kind=OTHER, slug="friend_advice_on_forwarded_cancellation", lang="fr", company="",
    contact="julien.pittet@gmail.example.com",
    frm=("Julien Pittet", "julien.pittet@gmail.example.com"),
    subject="Re: Fwd: Poste d'assistante événements académiques – annulation du recrutement",
    subj_cs="utf-8", subj_enc="q",
    date="2026-08-04 07:55", refs=["aig-rej", "aig-rej-fwd"],
    text="""\
Salut Margaux,

Franchement, ce n'est pas ton profil qui est en cause, c'est une réorganisation – ça arrive tout \
le temps dans les fondations. Ne le prends pas pour toi.

Deux idées : écris à Léa Morand pour lui demander si elle peut te recommander ailleurs dans la \
Genève internationale, et regarde du côté de l'Espace Sévelin, une amie m'a dit qu'ils \
recruteraient à l'automne.

On s'appelle ce week-end ?
Julien

""" + replied("fr", "lun. 3 août 2026 à 20:12", "Margaux Lindqvist-Obi", ME[1],
              "Regarde ce que je viens de recevoir… Deux entretiens pour rien.\n\n" + forwarded(
                  "fr", "Léa Morand <lea.morand@aig-geneve.example.ch>",
                  "lun. 3 août 2026 à 15:30",
                  "Poste d'assistante événements académiques – annulation du recrutement",
                  "Margaux Lindqvist-Obi <margaux.lo@example.ch>", """\
Madame Lindqvist-Obi,

À la suite de la réorganisation du secrétariat général, le poste d'assistante événements \
académiques est supprimé. Le recrutement est donc annulé et aucune candidature ne sera retenue.

Léa Morand""")),
))

ITEMS = [
    ("Agenda : Salon du tourisme d'affaires", "Genève, 8-9 octobre",
     "https://congres-romands.example.ch/agenda/stab-2026"),
    ("Entretien : « Nous manquons de coordinatrices expérimentées »",
     "La directrice d'un grand centre de congrès répond à nos questions",
     "https://congres-romands.example.ch/lettre/42/entretien"),
    ("Poste : Coordinateur·trice congrès médicaux", "Lausanne, 100 %",
     "https://congres-romands.example.ch/emplois/3381"),
    ("Poste : Assistant·e de production événementielle", "Montreux, 80 %",
     "https://congres-romands.example.ch/emplois/3379"),
    ("Poste : Chef·fe de projet incentives", "Genève, 100 %",
     "https://congres-romands.example.ch/emplois/3374"),
]
add(dict(
    kind=OTHER, slug="industry_newsletter_interview_and_jobs", lang="fr", company="", contact="",
    frm=("La Lettre des Congrès romands", "lettre@congres-romands.example.ch"),
    subject="N° 42 – Salons d'automne, entretien avec une directrice, 3 postes ouverts",
    subj_cs="utf-8", subj_enc="q",
    date="2026-09-03 07:15",
    headers=[("List-Id", "Lettre des Congres romands <lettre.congres-romands.example.ch>"),
             ("List-Unsubscribe", "<mailto:lettre-stop@congres-romands.example.ch?subject=stop>, "
                                  "<https://congres-romands.example.ch/stop>"),
             ("Precedence", "bulk")],
    cte="quoted-printable",
    text=(INTRO := "La Lettre des Congrès romands – n° 42, septembre 2026\n\nÀ la une ce mois : "
          "la rentrée des salons, un long entretien sur la pénurie de personnel dans "
          "l'événementiel et trois postes ouverts chez nos membres.") + "\n\n" + listing(ITEMS)
    + "\n\n" + (FOOT := "Vous recevez cette lettre en tant que membre ou abonné·e. "
                "Désinscription : https://congres-romands.example.ch/stop") + "\n",
    html=digest_html("fr", "La Lettre des Congrès romands", INTRO, ITEMS,
                     "Bonne lecture et à bientôt !", FOOT, accent="#6c3483"),
))

ITEMS = [
    ("Coordinatrice banquets", "Hôtel Lac-Azur, Vevey",
     "https://emplois-hotellerie.example.ch/o/77120"),
    ("Assistante événements", "Centre sportif international, Lausanne",
     "https://emplois-hotellerie.example.ch/o/77118"),
    ("Responsable séminaires", "Domaine viticole, Lavaux",
     "https://emplois-hotellerie.example.ch/o/77111"),
    ("Event sales coordinator", "Hôtel de l'Aéroport, Genève",
     "https://emplois-hotellerie.example.ch/o/77103"),
    ("Réceptionniste – événements", "Auberge de Cully",
     "https://emplois-hotellerie.example.ch/o/77097"),
    ("Cheffe de rang – réceptions", "Château de Nyon",
     "https://emplois-hotellerie.example.ch/o/77090"),
    ("Coordinatrice mariages", "Hôtel du Signal, Chexbres",
     "https://emplois-hotellerie.example.ch/o/77085"),
    ("Assistante congrès (CDD)", "Palais des Nations, Genève",
     "https://emplois-hotellerie.example.ch/o/77080"),
    ("Guest relations & events", "Hôtel Rive-Gauche, Genève",
     "https://emplois-hotellerie.example.ch/o/77071"),
]
add(dict(
    kind=OTHER, slug="hotel_jobs_weekly_html_only", lang="fr", company="", contact="",
    frm=("Emplois Hôtellerie Romandie", "alertes@emplois-hotellerie.example.ch"),
    frm_cs="iso-8859-1", frm_enc="b",
    subject="Vos offres de la semaine : 9 postes en événementiel",
    date="2026-06-08 06:00",
    headers=[("List-Id", "<hebdo.emplois-hotellerie.example.ch>"),
             ("List-Unsubscribe", "<https://emplois-hotellerie.example.ch/stop?t=a81f>")],
    cte="base64",
    html=digest_html("fr", "Vos offres de la semaine", "Bonjour Margaux, voici les postes publiés "
                     "cette semaine qui correspondent à votre recherche « événementiel ».", ITEMS,
                     "Astuce : activez les alertes instantanées pour être parmi les premières "
                     "candidates, avant que les entretiens ne soient fixés.",
                     "Se désabonner : https://emplois-hotellerie.example.ch/stop?t=a81f",
                     accent="#a93226"),
))

add(dict(
    kind=OTHER, slug="career_centre_webinar_interview", lang="fr", company="", contact="",
    frm=("Espace Carrière Léman", "newsletter@espace-carriere.example.ch"),
    subject="Webinaire gratuit : réussir son entretien d'embauche en visio",
    date="2026-05-12 12:00",
    headers=[("List-Id", "Espace Carriere Leman <news.espace-carriere.example.ch>"),
             ("List-Unsubscribe", "<https://espace-carriere.example.ch/news/unsub?k=7731>")],
    text=(TEXT := """\
Bonjour,

Jeudi 21 mai, de 12h15 à 13h00, notre conseillère Inès Rochat animera un webinaire gratuit : \
« Réussir son entretien d'embauche en visio ».

Au programme : préparer son environnement, répondre aux questions pièges, relancer après un \
entretien sans réponse, et réagir à un refus.

Inscription : https://espace-carriere.example.ch/webinaires/entretien-visio

Le lien de connexion vous sera envoyé la veille.

L'équipe d'Espace Carrière Léman

Se désabonner : https://espace-carriere.example.ch/news/unsub?k=7731
"""),
    html=simple_html(TEXT, "fr"),
))

add(dict(
    kind=OTHER, slug="insurance_claim_regret", lang="fr", company="",
    contact="patrick.golay@helvetique-assurances.example.ch",
    frm=("Patrick Golay", "patrick.golay@helvetique-assurances.example.ch"),
    subject="Votre déclaration de sinistre n° 26-448120", subj_cs="iso-8859-1", subj_enc="q",
    date="2026-06-16 10:28",
    charset="iso-8859-1", cte="quoted-printable",
    text="""\
Madame,

Nous accusons réception de votre déclaration du 2 juin concernant le vol de votre vélo devant la \
gare de Lausanne.

Après examen, nous avons le regret de vous informer que nous ne pouvons pas donner une suite \
favorable à votre demande : votre police d'assurance ménage ne comprend pas l'extension \
« vol simple à l'extérieur ».

Si vous souhaitez ajouter cette couverture pour l'avenir, votre conseiller se tient volontiers à \
votre disposition.

Meilleures salutations,
Patrick Golay
Gestionnaire sinistres
Helvétique Assurances
""",
))

add(dict(
    kind=OTHER, slug="journalist_interview_request", lang="fr", company="",
    contact="as.brelaz@quotidien-vaudois.example.ch",
    frm=("Anne-Sophie Brélaz", "as.brelaz@quotidien-vaudois.example.ch"),
    subject="Demande d'interview – pénurie de personnel dans l'hôtellerie",
    subj_cs="utf-8", subj_enc="b",
    date="2026-10-13 09:44",
    text="""\
Bonjour Madame Lindqvist-Obi,

Je suis journaliste au Quotidien vaudois et je prépare un article sur la pénurie de personnel \
dans l'hôtellerie et l'événementiel romands. Votre nom m'a été donné par l'association \
professionnelle des réceptionnistes, qui vous décrit comme quelqu'un qui a beaucoup réfléchi à la \
reconversion.

Accepteriez-vous de m'accorder une interview de 20 à 30 minutes, par téléphone ou en personne, \
cette semaine ou la suivante ? Vous pourrez relire vos citations avant publication, et rester \
anonyme si vous le préférez.

Avec mes remerciements,
Anne-Sophie Brélaz
Rubrique Économie – Le Quotidien vaudois
021 555 61 08
""",
))

add(dict(
    kind=OTHER, slug="own_confirmation_new_time_aig", lang="fr", company="", contact="",
    frm=ME, to=[("Léa Morand", "lea.morand@aig-geneve.example.ch")], to_cs="iso-8859-1",
    subject="RE: Mise à jour : entretien vidéo du 22 juillet - nouvel horaire",
    subj_cs="iso-8859-1", subj_enc="q",
    date="2026-07-17 19:30", mid="aig-confirm", refs=["aig-invite", "aig-moved"],
    text="""\
Madame Morand,

Je vous confirme que le nouvel horaire de 11h00 me convient parfaitement. Je me réjouis de notre \
échange de mercredi.

Avec mes meilleures salutations,
Margaux Lindqvist-Obi

""" + replied("fr", "ven. 17 juil. 2026 à 13:22", "Léa Morand", "lea.morand@aig-geneve.example.ch",
              """\
Madame Lindqvist-Obi,

Une séance du Conseil académique ayant été avancée, nous devons décaler votre entretien vidéo \
d'une heure.

Nouvel horaire : mercredi 22 juillet 2026, de 11h00 à 11h45.

Léa Morand"""),
))

# ------------------------------------------------------------------------------------- German

ITEMS = [
    ("Eventkoordinator/in 80–100 %", "Kongresshaus am See, Zürich",
     "https://jobradar.example.ch/j/551201"),
    ("Projektleiterin Anlässe", "Stadtverwaltung, Bern", "https://jobradar.example.ch/j/551187"),
    ("Bankettkoordinatorin", "Hotel Schweizerhof Nord, Basel",
     "https://jobradar.example.ch/j/551170"),
    ("Event Manager Corporate (m/w/d)", "Agentur Blaulicht, Zürich",
     "https://jobradar.example.ch/j/551163"),
    ("Sachbearbeiterin Veranstaltungen", "Universität, Bern",
     "https://jobradar.example.ch/j/551150"),
]
add(dict(
    kind=OTHER, slug="jobradar_digest", lang="de", company="", contact="",
    frm=("Jobradar Schweiz", "alerts@jobradar.example.ch"),
    subject="12 neue Jobs für «Eventkoordination» in Zürich und Bern", subj_cs="utf-8",
    subj_enc="q",
    date="2026-04-22 06:15",
    headers=[("List-Id", "Jobradar Suchabo <suchabo.jobradar.example.ch>"),
             ("List-Unsubscribe", "<https://jobradar.example.ch/abo/kuendigen?id=ML-20931>"),
             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")],
    cte="quoted-printable",
    text=(INTRO := "Hallo Margaux\n\nIhr Suchabo «Eventkoordination» hat 12 neue Stellen "
          "gefunden. Hier die fünf besten Treffer:") + "\n\n" + listing(ITEMS) + "\n\n"
    + (OUTRO := "Tipp der Woche: So meistern Sie das Vorstellungsgespräch per Video – "
       "https://jobradar.example.ch/ratgeber/videointerview") + "\n\n"
    + (FOOT := "Suchabo verwalten oder kündigen: "
       "https://jobradar.example.ch/abo/kuendigen?id=ML-20931") + "\n",
    html=digest_html("de", "Jobradar Schweiz", INTRO, ITEMS, OUTRO, FOOT, accent="#c0392b"),
))

add(dict(
    kind=OTHER, slug="karrierebrief_reading_rejections", lang="de", company="", contact="",
    frm=("Karrierebrief", "newsletter@karrierebrief.example.ch"),
    subject="Absage erhalten? Was Standardformulierungen wirklich bedeuten",
    date="2026-05-05 07:30",
    headers=[("List-Id", "Karrierebrief <karrierebrief.example.ch>"),
             ("List-Unsubscribe", "<https://karrierebrief.example.ch/abmelden>")],
    text=(TEXT := """\
KARRIEREBRIEF – Ausgabe 19/2026

Absage erhalten? Was Standardformulierungen wirklich bedeuten

«Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Kandidatin entschieden haben.» \
Solche Sätze kommen oft aus Textbausteinen. Was steckt dahinter?

- «Wir behalten Ihr Dossier gerne in Evidenz» heisst meistens: Die Tür ist nicht ganz zu.
- «Die Stelle wurde intern besetzt» sagt nichts über Ihre Qualifikation aus.
- «Wir haben uns für Profile entschieden, die besser passen» ist die häufigste Formel überhaupt.

Unser Rat: Fragen Sie nach einem kurzen Feedbackgespräch. Wie das gelingt, lesen Sie hier:
https://karrierebrief.example.ch/artikel/feedback-nach-absage

Ausserdem in dieser Ausgabe: Zehn Fragen, die Sie im Vorstellungsgespräch stellen sollten.
https://karrierebrief.example.ch/artikel/zehn-fragen

Newsletter abmelden: https://karrierebrief.example.ch/abmelden
"""),
    html=html_doc(paras(TEXT), "de", title="Karrierebrief"),
))

add(dict(
    kind=OTHER, slug="parcel_delayed_de", lang="de", company="", contact="",
    frm=("Paketdienst Alpen", "noreply@paketdienst-alpen.example.ch"),
    subject="Ihre Sendung verspätet sich leider", subj_cs="utf-8", subj_enc="b",
    date="2026-07-23 14:05",
    headers=[("Auto-Submitted", "auto-generated")],
    text=(TEXT := """\
Guten Tag

Leider verzögert sich die Zustellung Ihrer Sendung 4471 0098 2231 05.

Grund: hohes Paketaufkommen im Verteilzentrum Härkingen
Neuer voraussichtlicher Liefertermin: Montag, 27. Juli 2026
Aktuelle Position der Sendung: Verteilzentrum Härkingen (SO)

Wir entschuldigen uns für die Unannehmlichkeiten.

Sendung verfolgen: https://paketdienst-alpen.example.ch/track/44710098223105
"""),
    html=ats_card(TEXT, "de", "Paketdienst Alpen", "#d4ac0d"),
))

add(dict(
    kind=OTHER, slug="flat_viewing_zurich", lang="de", company="",
    contact="livia.gerber@immo-seefeld.example.ch",
    frm=("Livia Gerber", "livia.gerber@immo-seefeld.example.ch"),
    subject="Besichtigung 2.5-Zimmer-Wohnung Kreis 8 / Unterlagen",
    date="2026-04-15 17:12",
    cte="quoted-printable",
    text="""\
Guten Tag Frau Lindqvist-Obi

Gerne bestätige ich Ihnen den Besichtigungstermin vom Samstag, 18. April, um 10.15 Uhr an der \
Mainaustrasse 30.

Für die Bewerbung um die Wohnung benötigen wir: Betreibungsregisterauszug (nicht älter als drei \
Monate), Kopie Ausweis und die letzten drei Lohnabrechnungen. Bitte tragen Sie im Anmeldeformular \
unter Position 4 Ihren aktuellen Arbeitgeber ein.

Bitte haben Sie Verständnis, dass wir nicht allen Interessierten eine Zusage geben können und \
Absagen nicht einzeln begründen.

Freundliche Grüsse
Livia Gerber
Bewirtschafterin
Immo Seefeld AG
""",
))

add(dict(
    kind=OTHER, slug="own_thank_you_keller", lang="de", company="", contact="",
    frm=ME, to=[("Martina Frei", "martina.frei@keller-uhren.example.ch")],
    subject="Vielen Dank für das Gespräch",
    date="2026-05-06 19:10", mid="keller-thanks", refs=["keller-invite", "keller-moved"],
    text="""\
Sehr geehrte Frau Frei

Herzlichen Dank für das angenehme Gespräch von heute Nachmittag und die Führung durch das \
Besucherzentrum. Die Einblicke in die Lancierung der neuen Kollektion haben meine Motivation \
noch verstärkt.

Gerne stehe ich Ihnen für weitere Fragen zur Verfügung und freue mich, von Ihnen zu hören.

Freundliche Grüsse
Margaux Lindqvist-Obi
""",
))

add(dict(
    kind=OTHER, slug="agency_out_of_office_de", lang="de", company="",
    contact="nicole.steiner@personalwerk.example.ch",
    frm=("Nicole Steiner", "nicole.steiner@personalwerk.example.ch"),
    subject="Automatische Antwort: Re: Vorstellungsgespräch bei Seefeld Events",
    date="2026-03-31 08:02", refs=["seefeld-invite"],
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    text="""\
Vielen Dank für Ihre Nachricht.

Ich bin bis und mit Dienstag, 7. April 2026, in den Ferien und habe keinen Zugriff auf meine \
E-Mails. In dringenden Fällen wenden Sie sich bitte an meinen Kollegen Marco Aebi \
(marco.aebi@personalwerk.example.ch, 044 555 61 72).

Freundliche Grüsse
Nicole Steiner
""",
))

add(dict(
    kind=OTHER, slug="headhunter_cold_approach_de", lang="de", company="",
    contact="daniel.hofer@hofer-talent.example.ch",
    frm=("Daniel Hofer", "daniel.hofer@hofer-talent.example.ch"),
    subject="Kurze Frage zu Ihrer beruflichen Situation",
    date="2026-08-26 10:35",
    text="""\
Grüezi Frau Lindqvist-Obi

Ich bin auf Ihr Profil gestossen und erlaube mir, Sie direkt anzuschreiben. Als Personalberater \
betreue ich verschiedene Hotels und Eventlocations in der Deutschschweiz, die laufend \
mehrsprachige Mitarbeitende für den Gästeempfang und die Eventkoordination suchen.

Falls Sie grundsätzlich offen für einen Wechsel sind, freue ich mich über eine kurze \
Rückmeldung. Selbstverständlich behandle ich Ihre Angaben vertraulich.

Freundliche Grüsse
Daniel Hofer
Hofer Talent Partners GmbH
Stampfenbachstrasse 12, 8006 Zürich
""",
))

add(dict(
    kind=OTHER, slug="course_place_refused_de", lang="de", company="",
    contact="regula.imhof@hf-tourismus.example.ch",
    frm=("Regula Imhof", "regula.imhof@hf-tourismus.example.ch"),
    subject="Ihre Anmeldung zum Lehrgang Eventmanagement HF",
    date="2026-07-02 11:40",
    charset="iso-8859-1", cte="quoted-printable",
    text="""\
Sehr geehrte Frau Lindqvist-Obi

Vielen Dank für Ihre Anmeldung zum berufsbegleitenden Lehrgang Eventmanagement HF.

Leider können wir Ihnen für den Studienstart im Oktober 2026 keinen Studienplatz anbieten. Die \
Klasse ist ausgebucht, und bei gleicher Eignung berücksichtigen wir Personen mit Wohnsitz im \
Kanton in erster Priorität.

Gerne setzen wir Sie auf die Warteliste für den Start im Frühling 2027. Bitte teilen Sie uns bis \
Ende Juli mit, ob Sie dies wünschen.

Freundliche Grüsse
Regula Imhof
Sekretariat Weiterbildung
Höhere Fachschule für Tourismus
""",
))

add(dict(
    kind=OTHER, slug="practice_appointment_moved_doctor_ill", lang="de", company="", contact="",
    frm=("Praxis am Bubenberg", "termine@praxis-bubenberg.example.ch"),
    subject="Terminverschiebung: Ihr Termin vom 22. Mai",
    date="2026-05-20 07:45",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""\
Guten Tag Frau Lindqvist-Obi

Aufgrund einer Erkrankung von Dr. med. Lea Hostettler müssen wir Ihren Termin vom Freitag, \
22. Mai, 09.20 Uhr leider verschieben.

Neuer Termin: Dienstag, 26. Mai 2026, 16.40 Uhr

Falls Ihnen der neue Termin nicht passt, melden Sie sich bitte telefonisch unter 031 555 40 40.

Freundliche Grüsse
Ihr Praxisteam am Bubenberg

Diese Nachricht wurde automatisch versendet.
""",
))

add(dict(
    kind=OTHER, slug="bank_portfolio_positions", lang="de", company="", contact="",
    frm=("Aurelia Privatbank E-Banking", "noreply@aurelia-bank.example.ch"),
    subject="Ihre Vermögensübersicht per 30. Juni 2026", subj_cs="iso-8859-1", subj_enc="b",
    date="2026-07-03 05:30",
    headers=[("Auto-Submitted", "auto-generated")],
    cte="quoted-printable",
    html=ats_card("""\
Guten Tag Frau Lindqvist-Obi

Ihre Vermögensübersicht per 30. Juni 2026 steht im E-Banking bereit.

Anzahl Depotpositionen: 4
Offene Positionen mit Fälligkeit im 3. Quartal: 1

Möchten Sie ein Beratungsgespräch vereinbaren? Ihr Kundenberater lädt Sie gerne zu einem \
Termin ein – online oder in der Filiale.

Zum E-Banking: https://ebanking.aurelia-bank.example.ch""", "de", "Aurelia Privatbank",
        "#154360", footer="Bitte antworten Sie nicht auf diese E-Mail."),
))

add(dict(
    kind=OTHER, slug="friend_own_rejection_de", lang="de", company="",
    contact="jonas.waelti@bluewin.example.ch",
    frm=("Jonas Wälti", "jonas.waelti@bluewin.example.ch"), frm_cs="iso-8859-1", frm_enc="q",
    subject="Absage vom Hotel am Bundesplatz :(",
    date="2026-05-12 20:14",
    text="""\
Hoi Margaux

Kurzes Update von mir: Heute kam die Absage vom Hotel am Bundesplatz. Nach dem Probetag letzte \
Woche hatte ich echt ein gutes Gefühl. Und dann der Standardtext: «Wir haben uns für eine andere \
Kandidatin entschieden.» Nicht mal ein Telefon. Ich häng dir die Mail an, damit du siehst, was \
ich meine.

Wie läufts bei dir mit Keller? Ich drück dir die Daumen!

Jonas
""",
    forward=dict(
        frm=("Hotel am Bundesplatz – Personal", "personal@hotel-bundesplatz.example.ch"),
        frm_cs="utf-8",
        to=[("Jonas Wälti", "jonas.waelti@bluewin.example.ch")],
        subject="Ihre Bewerbung als Front Office Supervisor", date="2026-05-12 16:02",
        filename="Absage Hotel am Bundesplatz.eml",
        text="""\
Sehr geehrter Herr Wälti

Vielen Dank für Ihr Interesse und den Probetag in unserem Haus.

Wir haben uns für eine andere Kandidatin entschieden, deren Profil noch genauer unseren \
Anforderungen entspricht. Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Freundliche Grüsse
Hotel am Bundesplatz, Personalabteilung
""",
    ),
))

ITEMS = [
    ("Corinne Baumann hat Ihre Kontaktanfrage angenommen", "Head of Corporate Events",
     "https://berufsnetz.example.ch/in/corinne-baumann"),
    ("Ihr Profil wurde in 9 Suchanfragen gefunden", "Diese Woche",
     "https://berufsnetz.example.ch/me/search-appearances"),
    ("Neue Stelle für Sie: Eventkoordinator/in", "Kongresshaus am See, Zürich",
     "https://berufsnetz.example.ch/jobs/view/99120"),
    ("Gratulieren Sie Martina Frei zum Arbeitsjubiläum", "5 Jahre bei Uhrenmanufaktur Keller",
     "https://berufsnetz.example.ch/feed/update/55012"),
]
add(dict(
    kind=OTHER, slug="berufsnetz_notifications", lang="de", company="", contact="",
    frm=("BerufsNetz", "benachrichtigungen@berufsnetz.example.ch"),
    subject="Margaux, Sie haben 4 neue Benachrichtigungen",
    date="2026-06-02 18:30",
    headers=[("List-Unsubscribe", "<https://berufsnetz.example.ch/settings/email?u=mlo>"),
             ("Auto-Submitted", "auto-generated")],
    text="Hallo Margaux\n\n" + listing(ITEMS) + "\n\n"
    + (FOOT := "E-Mail-Einstellungen: https://berufsnetz.example.ch/settings/email?u=mlo") + "\n",
    html=digest_html("de", "BerufsNetz", "Hallo Margaux", ITEMS, "", FOOT, accent="#2e86c1"),
))

# ------------------------------------------------------------------------------------- English

ITEMS = [
    ("Hiring freezes: what venues told us this quarter", "Analysis · 6 min read",
     "https://eventpro-weekly.example.com/118/hiring-freezes"),
    ("Five red flags in an events job interview", "Career · 4 min read",
     "https://eventpro-weekly.example.com/118/interview-red-flags"),
    ("Event Coordinator — congress centre, Geneva", "Job board",
     "https://eventpro-weekly.example.com/jobs/7781"),
    ("Junior Event Manager — luxury hotel, Milan", "Job board",
     "https://eventpro-weekly.example.com/jobs/7779"),
    ("Guest Experience Lead — festival, Montreux", "Job board",
     "https://eventpro-weekly.example.com/jobs/7772"),
    ("Conference Producer — association, Barcelona", "Job board",
     "https://eventpro-weekly.example.com/jobs/7768"),
]
add(dict(
    kind=OTHER, slug="eventpro_weekly_newsletter", lang="en", company="", contact="",
    frm=("EventPro Weekly", "newsletter@eventpro-weekly.example.com"),
    subject="EventPro Weekly #118: hiring freezes, interview red flags and 7 open roles",
    date="2026-07-28 07:00", tz="+0100",
    headers=[("List-Id", "EventPro Weekly <weekly.eventpro-weekly.example.com>"),
             ("List-Unsubscribe", "<https://eventpro-weekly.example.com/unsubscribe?s=98a1>, "
                                  "<mailto:unsubscribe@eventpro-weekly.example.com>"),
             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")],
    cte="quoted-printable",
    text=(INTRO := "This week: why so many venues have paused hiring, how to spot a bad "
          "interview before you accept an offer, and fresh roles across Europe.") + "\n\n"
    + listing(ITEMS) + "\n\n" + (FOOT := "You're receiving this because you subscribed to "
                                 "EventPro Weekly. Unsubscribe: "
                                 "https://eventpro-weekly.example.com/unsubscribe?s=98a1") + "\n",
    html=digest_html("en", "EventPro Weekly #118", INTRO, ITEMS, "See you next Tuesday!", FOOT,
                     accent="#117864"),
))

add(dict(
    kind=OTHER, slug="slotly_user_research_invite", lang="en", company="",
    contact="carla.mendes@slotly.example.com",
    frm=("Carla Mendes", "carla.mendes@slotly.example.com"),
    subject="Invitation: 45-min user research interview (USD 60 gift card)",
    date="2026-06-24 15:20",
    text=(TEXT := """\
Hi Margaux,

You recently used Slotly to book an interview slot with a recruiter, and we'd love to hear how it \
went.

I'm running a round of 45-minute user research interviews over video to understand how job \
seekers juggle booking links, reschedules and calendar invites. There are no right or wrong \
answers, and you don't need to prepare anything.

As a thank-you, you'll receive a USD 60 gift card. If you're interested, just reply with a few \
times that work for you between 1 and 10 July.

Thanks so much,
Carla Mendes
Senior UX Researcher, Slotly
"""),
    html=simple_html(TEXT, "en"),
))

add(dict(
    kind=OTHER, slug="front_desk_stories_podcast", lang="en", company="",
    contact="ben@frontdeskstories.example.co.uk",
    frm=("Ben Okafor", "ben@frontdeskstories.example.co.uk"),
    subject="Podcast interview request – Front Desk Stories", subj_cs="utf-8", subj_enc="b",
    date="2026-08-12 11:05", tz="+0100",
    text="""\
Hi Margaux,

I host Front Desk Stories, a podcast about people who work on the front line of hospitality. A \
listener in Lausanne suggested I get in touch — apparently you have great stories from six years \
on a hotel reception desk.

Would you be up for a 45-minute interview, recorded remotely at a time that suits you? We'd talk \
about memorable guests, the skills reception work teaches you, and your move into events.

No pressure at all. If you're interested, reply and I'll send a few dates.

Cheers,
Ben Okafor
Host, Front Desk Stories
""",
))

add(dict(
    kind=OTHER, slug="own_application_navigli_with_cv", lang="en", company="", contact="",
    frm=ME, to=[("Navigli Convention Hub Careers", "careers@navigli-hub.example.it")],
    subject="Application – Events Coordinator (ref. NCH-EC-26)", subj_cs="utf-8", subj_enc="q",
    date="2026-05-10 21:34", mid="navigli-application",
    text="""\
Dear Hiring Team,

I am writing to apply for the Events Coordinator position (ref. NCH-EC-26) at Navigli Convention \
Hub.

For the past six years I have worked on the reception desk of a four-star hotel in Lausanne, \
where I coordinate arrivals for seminar groups and help the banqueting team on event days. I \
speak English, French and Swedish fluently, and my Italian is improving quickly.

My CV is attached. I would welcome the opportunity to discuss my application with you in an \
interview.

Kind regards,
Margaux Lindqvist-Obi
+41 79 555 26 48
""",
    pdfs=[dict(name="Margaux_Lindqvist-Obi_CV_EN.pdf", title="Margaux Lindqvist-Obi – CV",
               lines=["Lausanne, Switzerland · margaux.lo@example.ch", "",
                      "2020–2026 Receptionist, four-star hotel, Lausanne",
                      "2018–2020 Event hostess, motor show and congresses, Geneva", "",
                      "Languages: English, French, Swedish (native), German B2, Spanish B1, "
                      "Italian A2"])],
))

add(dict(
    kind=OTHER, slug="northlight_out_of_office", lang="en", company="",
    contact="priya.nair@northlight.example.com",
    frm=("Priya Nair", "priya.nair@northlight.example.com"),
    subject="Out of Office: Re: Guest Events Coordinator – question", subj_cs="utf-8",
    subj_enc="q",
    date="2026-08-07 09:12",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    text="""\
Thank you for your email.

I'm out of the office until 24 August with no access to email. For questions about open roles \
and interview scheduling, please contact talent@northlight.example.com.

Best,
Priya
""",
))

add(dict(
    kind=OTHER, slug="connectly_application_viewed", lang="en", company="", contact="",
    frm=("Connectly", "notifications@connectly.example.com"),
    subject="Your application was viewed by Quantara Reinsurance",
    date="2026-08-13 16:40",
    headers=[("List-Unsubscribe", "<https://connectly.example.com/prefs/unsubscribe?u=ml-447>"),
             ("Auto-Submitted", "auto-generated")],
    text=(TEXT := """\
Hi Margaux,

Good news — a recruiter at Quantara Reinsurance viewed your application for Events Coordinator.

Jobs you may be interested in:
- Event Operations Lead, Zurich — https://connectly.example.com/jobs/30211
- Client Events Associate, Geneva — https://connectly.example.com/jobs/30197

You're receiving this email because you applied through Connectly.
Unsubscribe: https://connectly.example.com/prefs/unsubscribe?u=ml-447
"""),
    html=ats_card(TEXT, "en", "Connectly", "#0a66c2"),
))

add(dict(
    kind=OTHER, slug="msc_admission_refused", lang="en", company="",
    contact="f.moretti@unilombarda.example.it",
    frm=("Francesca Moretti", "f.moretti@unilombarda.example.it"),
    subject="Your application to the MSc in Event & Hospitality Management",
    date="2026-04-03 12:30",
    text=(TEXT := """\
Dear Ms Lindqvist-Obi,

Thank you for applying to the MSc in Event and Hospitality Management for the 2026/27 intake.

The Admissions Committee has now reviewed your application. We regret to inform you that we are \
unable to offer you a place on the programme this year. Competition was exceptionally strong, \
with more than 400 applications for 45 places.

You are welcome to reapply for the 2027/28 intake; our admissions team would be happy to advise \
you on strengthening your application.

Yours sincerely,
Francesca Moretti
Admissions Officer, Graduate School
Università Lombarda di Scienze del Turismo
"""),
    html=simple_html(TEXT, "en"),
))

add(dict(
    kind=OTHER, slug="milan_recruiter_cold_message", lang="en", company="",
    contact="marco.galli@talentbridge.example.it",
    frm=("Marco Galli", "marco.galli@talentbridge.example.it"),
    subject="Events roles in Milan – open to hearing more?", subj_cs="utf-8", subj_enc="q",
    date="2026-09-29 10:02",
    text="""\
Hi Margaux,

I came across your profile while researching multilingual hospitality talent. I specialise in \
events and hospitality placements in Milan, and several of my clients regularly look for \
English-speaking coordinators with a front-office background like yours.

There's nothing specific on the table today, but if you'd like to hear about opportunities as \
they come up, just reply and I'll keep you in mind.

Best regards,
Marco Galli
Talent Bridge Milano
""",
))

# ------------------------------------------------------------------------------------- Spanish

ITEMS = [
    ("Coordinadora de eventos", "Hotel frente al mar, Barcelona",
     "https://empleomar.example.es/oferta/66120"),
    ("Técnica de congresos", "Palacio de Congresos, L'Hospitalet",
     "https://empleomar.example.es/oferta/66117"),
    ("Event planner bilingüe", "Agencia de incentivos, Barcelona",
     "https://empleomar.example.es/oferta/66109"),
    ("Responsable de banquetes", "Hotel boutique, Sitges",
     "https://empleomar.example.es/oferta/66101"),
    ("Recepcionista con eventos", "Hotel urbano, Eixample",
     "https://empleomar.example.es/oferta/66098"),
    ("Asistente de producción", "Festival de música, Badalona",
     "https://empleomar.example.es/oferta/66092"),
    ("Coordinadora de bodas", "Masía de eventos, Penedès",
     "https://empleomar.example.es/oferta/66087"),
    ("Project manager eventos", "Empresa tecnológica, 22@",
     "https://empleomar.example.es/oferta/66080"),
]
add(dict(
    kind=OTHER, slug="empleomar_alert", lang="es", company="", contact="",
    frm=("EmpleoMar Alertas", "alertas@empleomar.example.es"),
    subject="8 nuevas ofertas de «coordinadora de eventos» en Barcelona",
    subj_cs="iso-8859-1", subj_enc="q",
    date="2026-09-09 07:00",
    headers=[("List-Id", "Alertas EmpleoMar <alertas.empleomar.example.es>"),
             ("List-Unsubscribe", "<https://empleomar.example.es/baja?a=55102>")],
    charset="iso-8859-1", cte="quoted-printable",
    text=(INTRO := "Hola Margaux:\n\nEstas son las nuevas ofertas que coinciden con tu alerta "
          "«coordinadora de eventos - Barcelona».") + "\n\n" + listing(ITEMS) + "\n\n"
    + (OUTRO := "Consejo: prepara tu entrevista con nuestra guía gratuita: "
       "https://empleomar.example.es/guia-entrevista") + "\n\n"
    + (FOOT := "Darte de baja de esta alerta: https://empleomar.example.es/baja?a=55102") + "\n",
    html=digest_html("es", "EmpleoMar - tus alertas", INTRO, ITEMS, OUTRO, FOOT,
                     accent="#1f618d", charset="iso-8859-1"),
))

add(dict(
    kind=OTHER, slug="own_thank_you_diagonal", lang="es", company="", contact="",
    frm=ME, to=[("Núria Puig", "nuria.puig@diagonal-congresos.example.es")], to_cs="utf-8",
    subject="Agradecimiento por la entrevista",
    date="2026-06-17 19:05", mid="diagonal-thanks", refs=["diagonal-invite", "diagonal-moved"],
    text="""\
Estimada Núria:

Muchas gracias por la entrevista de ayer y por el tiempo que Jordi y tú me dedicasteis. Me \
encantaría formar parte del equipo de congresos y aportar mi experiencia en la acogida de grupos \
internacionales.

Quedo a vuestra disposición para cualquier información adicional.

Un cordial saludo,
Margaux Lindqvist-Obi
""",
))

add(dict(
    kind=OTHER, slug="order_delayed_unfortunately", lang="es", company="", contact="",
    frm=("TiendaCasa Online", "no-reply@tiendacasa.example.es"),
    subject="Lamentablemente tu pedido se ha retrasado",
    date="2026-10-02 09:12",
    headers=[("Auto-Submitted", "auto-generated")],
    cte="base64",
    text=(TEXT := """\
Hola Margaux:

Lamentablemente, tu pedido n.º 4471-2290 (lámpara de pie «Nórdica») no llegará en la fecha \
prevista.

Nueva fecha estimada de entrega: 9 de octubre de 2026
Posición actual del envío: centro logístico de Zaragoza

Sentimos las molestias. Puedes seguir tu pedido aquí:
https://tiendacasa.example.es/pedidos/4471-2290
"""),
    html=ats_card(TEXT, "es", "TiendaCasa", "#e67e22"),
))

add(dict(
    kind=OTHER, slug="friend_own_rejection_es", lang="es", company="",
    contact="lucia.ferrer@correo.example.es",
    frm=("Lucía Ferrer", "lucia.ferrer@correo.example.es"), frm_cs="utf-8", frm_enc="b",
    subject="Me han dicho que no 😩", subj_cs="utf-8", subj_enc="b",
    date="2026-10-07 22:30",
    text="""\
Hola guapa:

Me acaba de llegar el correo del hotel de Sitges: «hemos decidido continuar con otros \
candidatos». Después de dos entrevistas y una prueba práctica, ¡ni una llamada!

Bueno, ya se me pasará. ¿Y tú qué tal con lo de Barcelona? ¿Sabes algo del hotel de la \
Barceloneta?

Besos,
Lucía
""",
))

add(dict(
    kind=OTHER, slug="carrera_hoy_newsletter", lang="es", company="", contact="",
    frm=("Carrera Hoy", "boletin@carrerahoy.example.es"),
    subject="Cómo preparar una entrevista por videollamada (y qué hacer si te rechazan)",
    subj_cs="utf-8", subj_enc="q",
    date="2026-05-26 08:00",
    headers=[("List-Id", "Boletin Carrera Hoy <boletin.carrerahoy.example.es>"),
             ("List-Unsubscribe", "<https://carrerahoy.example.es/baja?u=2231>")],
    text=(TEXT := """\
CARRERA HOY · Boletín semanal

Cómo preparar una entrevista por videollamada

Comprueba tu conexión, cuida la luz y ten a mano tus notas. Y, sobre todo, practica tus \
respuestas en voz alta. Guía completa: https://carrerahoy.example.es/guia/videollamada

¿Y si te rechazan?

Un «lamentamos comunicarte que no has sido seleccionada» no es el final. Pide feedback, revisa tu \
CV y sigue adelante. Leer más: https://carrerahoy.example.es/articulos/despues-del-no

Darte de baja: https://carrerahoy.example.es/baja?u=2231
"""),
    html=html_doc(paras(TEXT), "es", title="Carrera Hoy"),
))

add(dict(
    kind=OTHER, slug="born_flat_viewing", lang="es", company="",
    contact="pau.roig@fincasborn.example.es",
    frm=("Pau Roig", "pau.roig@fincasborn.example.es"),
    subject="Visita del piso en el Born – confirmación", subj_cs="utf-8", subj_enc="q",
    date="2026-09-30 18:22",
    charset="iso-8859-1", cte="8bit",
    text="""\
Hola Margaux:

Te confirmo la visita al piso de la calle Princesa el sábado 3 de octubre a las 12:00. Quedamos \
en el portal.

Si te interesa, la propietaria querría tener una pequeña entrevista contigo antes de firmar. Para \
la solicitud necesitaremos tu contrato de trabajo o una carta de oferta, las tres últimas \
nóminas y una copia del pasaporte.

Un saludo,
Pau Roig
Fincas Born
Carrer de la Princesa 21, 08003 Barcelona
""",
))
