"""Corpus 265, kind `rejection`: 31 hand-written messages (fr 15, en 8, de 4, es 4)."""

from __future__ import annotations

from msgs265_common import (
    CANDIDATE,
    M,
    P,
    ats_card,
    mso,
    outlook_block,
    outlook_html,
    paras,
    quote,
    simple_html,
    who,
    wrote_de,
    wrote_en,
    wrote_es,
    wrote_fr,
)
from msgs265_invites import THABOR_INVITE
from msgs265_other import THANKS_LYS

MESSAGES = []
add = MESSAGES.append

# ------------------------------------------------------------------ French (15)

add(M(
    "rejection", "workday_oceane_botanique", "fr", "Océane Botanique", "",
    key="rej_oceane", parent="ack_oceane",
    date="2026-02-05 08:31 +0000",
    frm=("Océane Botanique", "oceanebotanique@myworkday.com"),
    subject="Votre candidature – Assistant(e) marketing (H/F) – La Rochelle",
    html=ats_card("Océane Botanique · Carrières", "#0e7490", paras(
        "Bonjour Apolline,\n\n"
        "Nous vous remercions de l'intérêt que vous portez à Océane Botanique et du temps "
        "consacré à votre candidature au poste d'Assistant(e) marketing (réf. R-00418).\n\n"
        "Après un examen attentif de votre dossier, nous sommes au regret de vous informer "
        "que votre candidature n'a pas été retenue pour la suite du processus.\n\n"
        "Sauf opposition de votre part, vos informations restent dans notre vivier de talents "
        "pendant 24 mois.\n\n"
        "Nous vous souhaitons plein succès dans vos recherches.\n\n"
        "L'équipe Talents – Océane Botanique"),
        "Ce message a été envoyé automatiquement depuis Workday. Merci de ne pas y répondre. "
        "Océane Botanique, 8 rue Chef-de-Ville, 17000 La Rochelle."),
    html_cte="quoted-printable",
))

add(M(
    "rejection", "greenhouse_celestine_after_missed", "fr", "Maison Célestine", P["ines"][1],
    key="rej_celestine", parent="mis_celestine",
    date="2026-04-02 17:05 +0200",
    frm=("Inès Barbier via Greenhouse", "no-reply@greenhouse-mail.io"), name_enc=("utf-8", "B"),
    reply_to=P["ines"],
    subject="Maison Célestine – la suite de votre candidature",
    text=(
        "Bonjour Apolline,\n\n"
        "Merci pour le temps que vous nous avez accordé ces dernières semaines.\n\n"
        "Le rendez-vous du 19 mars n'ayant pas pu avoir lieu, nous avons poursuivi le processus "
        "avec les autres personnes présélectionnées. Nous avons finalement choisi des profils "
        "dont le parcours en marketing produit cosmétique se rapproche davantage de ce que "
        "l'équipe recherche aujourd'hui.\n\n"
        "Nous vous remercions encore pour votre intérêt et vous souhaitons une belle suite.\n\n"
        "Inès Barbier\n"
        "Talent Acquisition – Maison Célestine\n"
        "27 rue de Turenne, 75003 Paris\n"
    ),
    html=simple_html(paras(
        "Bonjour Apolline,\n\n"
        "Merci pour le temps que vous nous avez accordé ces dernières semaines.\n\n"
        "Le rendez-vous du 19 mars n'ayant pas pu avoir lieu, nous avons poursuivi le processus "
        "avec les autres personnes présélectionnées. Nous avons finalement choisi des profils "
        "dont le parcours en marketing produit cosmétique se rapproche davantage de ce que "
        "l'équipe recherche aujourd'hui.\n\n"
        "Nous vous remercions encore pour votre intérêt et vous souhaitons une belle suite.\n\n"
        "Inès Barbier\nTalent Acquisition – Maison Célestine\n27 rue de Turenne, 75003 Paris")
        + '\n<img src="https://app.greenhouse.io/email/open/0c4f2e.gif" width="1" height="1" alt="">'),
))

add(M(
    "rejection", "studio_lumen_role_frozen", "fr", "Studio Lumen", P["chloe"][1],
    key="rej_lumen", parent="mov_lumen",
    date="2026-04-14 12:48 +0200",
    frm=P["chloe"],
    subject="Re: Votre candidature – on se voit jeudi ?",
    text=(
        "Bonjour Apolline,\n\n"
        "Je reviens vers vous avec une nouvelle moins réjouissante que prévu : notre principal "
        "client a repoussé son budget de lancement à 2027 et nous gelons, par conséquent, le "
        "recrutement de l'assistant·e marketing. Nous n'irons donc pas plus loin pour ce poste, "
        "ni avec vous ni avec les autres personnes rencontrées.\n\n"
        "Cela ne remet absolument pas en cause notre échange du 31 mars, qui m'a beaucoup plu.\n\n"
        "Bien à vous,\n"
        "Chloé Vasseur\n"
        "Associée – Studio Lumen\n"
        "48 rue de la Folie-Méricourt, 75011 Paris\n"
        "01 43 55 20 81\n\n"
        + wrote_fr("mer. 25 mars 2026 à 11:20", *P["chloe"]) + "\n"
        + quote(
            "Pas de souci, décalons à mardi 31 mars, 15h, même adresse. L'entretien durera une\n"
            "heure environ, avec Paul qui s'occupe des réseaux sociaux.\n\n"
            + wrote_fr("mer. 25 mars 2026 à 09:02", *CANDIDATE) + "\n"
            + quote(
                "Bonjour Madame Vasseur,\n\n"
                "Serait-il possible de déplacer notre entretien de jeudi ? Je dois assurer le\n"
                "marché de Talensac ce matin-là. Je suis libre toute la journée de mardi.\n\n"
                "Bien cordialement,\nApolline")
        ) + "\n"
    ),
    cte="8bit",
))

add(M(
    "rejection", "ravel_conseil_relays_florelia", "fr", "Florélia", P["margaux"][1],
    key="rej_florelia", parent="mov_florelia",
    date="2026-03-03 10:22 +0100",
    frm=P["margaux"],
    subject="Florélia – retour du client",
    text=(
        "Bonjour Apolline,\n\n"
        "J'ai eu Diane Roussel, directrice marketing de Florélia, au téléphone ce matin. Elle a "
        "beaucoup apprécié votre sensibilité produit, mais le comité a tranché en faveur d'une "
        "candidate qui a déjà piloté des lancements en parfumerie sélective. Florélia ne donnera "
        "donc pas suite à votre candidature, et je suis désolée de ne pas vous apporter une "
        "meilleure nouvelle.\n\n"
        "Je garde votre profil en tête pour d'autres missions, notamment côté jardinerie et art "
        "de vivre.\n\n"
        "Bien cordialement,\n\n"
        "Margaux Ravel\n"
        "Associée fondatrice\n"
        "Ravel Conseil – Chasse de têtes Marketing & Retail\n"
        "14 rue de Miromesnil, 75008 Paris\n"
        "+33 1 42 65 30 12\n\n"
        "--\n"
        "Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur "
        "destinataire. Si vous l'avez reçu par erreur, merci d'en informer l'expéditeur et de le "
        "supprimer. Toute utilisation ou diffusion non autorisée est interdite.\n"
    ),
))

add(M(
    "rejection", "pepinieres_terse", "fr", "Pépinières du Layon", P["thierry"][1],
    key="rej_layon", parent="mis_layon",
    date="2026-04-20 19:47 +0200",
    frm=P["thierry"], name_enc=("iso-8859-1", "Q"),
    subject="Re: poste communication",
    charset="iso-8859-1", cte="quoted-printable",
    text=(
        "Bonjour,\n\n"
        "Après réflexion on ne va pas donner suite, on a pris quelqu'un du coin qui connaît déjà "
        "les pépinières.\n"
        "Bonne route à vous.\n\n"
        "Thierry Gaudin\n"
        "Pépinières du Layon\n"
    ),
))

add(M(
    "rejection", "cooperative_filled_internally", "fr", "Terres d'Anjou", P["bernard"][1],
    date="2026-01-27 15:40 +0100",
    frm=P["bernard"],
    refs=["<CAD8f1apolline.2026-01-14@example.fr>"],
    subject="Votre candidature spontanée – chargé(e) de communication",
    subj_enc=("utf-8", "B"),
    charset="windows-1252", cte="base64",
    text=(
        "Madame,\n\n"
        "Je vous remercie pour votre candidature spontanée et pour l’attention portée à notre "
        "coopérative.\n\n"
        "Le poste de chargé(e) de communication que vous évoquiez a finalement été confié à une "
        "salariée de nos magasins de producteurs, qui souhaitait évoluer vers ce métier. Nous "
        "n’ouvrirons donc pas de recrutement externe cette année.\n\n"
        "Votre expérience de fleuriste et votre goût pour le végétal ont retenu notre attention ; "
        "n’hésitez pas à surveiller notre page « Nous rejoindre » au printemps prochain.\n\n"
        "Avec mes salutations distinguées,\n\n"
        "Bernard Ménard\n"
        "Directeur de la communication\n"
        "Terres d'Anjou – coopérative agricole\n"
        "Route de Briollay, 49124 Saint-Barthélemy-d’Anjou\n"
        "02 41 60 77 14\n"
    ),
))

_jardiflor_rej = (
    "Bonjour Apolline,\n\n"
    "Nous avons étudié votre parcours pour le poste d'Assistant marketing & communication "
    "magasin (Cesson-Sévigné).\n\n"
    "Nous ne sommes malheureusement pas en mesure de vous proposer de poursuivre le processus "
    "de recrutement pour ce poste.\n\n"
    "Merci pour l'intérêt que vous portez à notre enseigne. Nos offres sont mises à jour chaque "
    "semaine sur notre site carrières.\n\n"
    "Cordialement,\n"
    "Le service recrutement Jardiflor Ouest\n"
)
add(M(
    "rejection", "smartrecruiters_jardiflor", "fr", "Jardiflor Ouest", "",
    key="rej_jardiflor", parent="mis_jardiflor",
    date="2026-07-02 06:15 +0000",
    frm=("Jardiflor Ouest", "noreply@smartrecruiters.com"),
    subject="Jardiflor Ouest : votre candidature au poste Assistant marketing & communication magasin",
    text=_jardiflor_rej + "\n--\nCet e-mail vous est envoyé par SmartRecruiters pour le compte de "
    "Jardiflor Ouest.\nGérer mes préférences : https://jobs.smartrecruiters.com/preferences/jardiflor-ouest\n",
    html=ats_card("Jardiflor Ouest", "#3f7d20", paras(_jardiflor_rej),
                  "Cet e-mail vous est envoyé par SmartRecruiters pour le compte de Jardiflor Ouest."),
))

add(M(
    "rejection", "lys_sauge_after_thanks", "fr", "Lys & Sauge", P["capucine"][1],
    key="rej_lys", parent="own_thanks_lys",
    date="2026-04-22 09:36 +0200",
    frm=P["capucine"],
    subject="Re: Merci pour notre échange",
    cte="8bit",
    text=(
        "Bonjour Apolline,\n\n"
        "Merci pour votre message, qui nous a touchées. L'équipe a comparé les profils "
        "rencontrés et, en toute transparence, nous avons choisi une candidate ayant déjà animé "
        "les réseaux sociaux d'une marque de soin. Ce n'était pas un choix facile.\n\n"
        "Votre idée d'ateliers « bouquet et rituel » en boutique nous a marquées : si vous le "
        "permettez, nous aimerions vous recontacter si un poste plus orienté événementiel se "
        "libère.\n\n"
        "Belle continuation,\n"
        "Capucine Hamon\n"
        "Responsable marque – Lys & Sauge\n"
        "6 quai Lamennais, 35000 Rennes\n\n"
        + wrote_fr("mar. 14 avr. 2026 à 18:02", *CANDIDATE) + "\n"
        + quote(THANKS_LYS) + "\n"
    ),
))

add(M(
    "rejection", "maree_haute_casual_tutoiement", "fr", "Marée Haute", P["bastien"][1],
    parent="mov_maree",
    date="2026-09-15 18:12 +0200",
    frm=P["bastien"],
    subject="Suite de notre échange",
    text=(
        "Salut Apolline,\n\n"
        "Je préfère te le dire franchement plutôt que de te laisser sans nouvelles : on ne va pas "
        "continuer ensemble sur le poste d'assistante marketing. On a eu un gros coup de cœur pour "
        "un profil qui sort d'une agence événementielle nantaise, et ça colle mieux avec les "
        "salons qu'on a au printemps.\n\n"
        "Ton compte Instagram de la boutique est top, garde-le bien en avant dans tes "
        "candidatures.\n\n"
        "À un de ces jours sur le Vieux-Port,\n"
        "Bastien\n\n"
        "--\n"
        "Bastien Royer | Directeur de clientèle\n"
        "Marée Haute, agence de communication\n"
        "3 quai Duperré, 17000 La Rochelle · 05 46 41 88 02\n"
    ),
))

add(M(
    "rejection", "tempo_interim_client_unnamed", "fr", "Tempo Intérim", P["kevin"][1],
    parent="mis_tempo",
    date="2026-09-21 11:03 +0200",
    frm=P["kevin"], name_enc=("iso-8859-1", "Q"),
    subject="Mission assistante marketing : réponse de l'entreprise utilisatrice",
    subj_enc=("iso-8859-1", "Q"),
    charset="iso-8859-1",
    text=(
        "Bonjour Madame Diallo-Vernet,\n\n"
        "Je reviens vers vous au sujet de la mission d'assistante marketing (6 mois, secteur "
        "jardinerie) pour laquelle je vous avais présentée. L'entreprise utilisatrice m'a fait "
        "savoir qu'elle ne retiendrait pas votre candidature : elle cherche finalement une "
        "personne disponible dès lundi, à temps plein sur site.\n\n"
        "Votre dossier reste actif chez nous et je vous appelle dès qu'une autre mission "
        "correspond à votre profil.\n\n"
        "Cordialement,\n"
        "Kévin Ollivier\n"
        "Chargé de recrutement\n"
        "Tempo Intérim - agence de Rennes\n"
        "21 boulevard de la Liberté, 35000 Rennes\n"
        "02 99 31 47 60\n"
    ),
))

add(M(
    "rejection", "successfactors_aurelane_after_assessment", "fr", "Aurélane", "",
    parent="inv_aurelane",
    date="2026-08-05 07:00 +0000",
    frm=("Aurélane Carrières", "noreply@successfactors.eu"), name_enc=("utf-8", "B"),
    subject="Aurélane – votre candidature JR-2026-0733",
    subj_enc=("utf-8", "B"),
    html=ats_card("Aurélane · Beauté & Soin", "#7c2d5b", paras(
        "Chère Apolline,\n\n"
        "Nous vous remercions pour votre participation à notre journée d'évaluation du 28 "
        "juillet. Les évaluateurs ont apprécié votre énergie lors de l'exercice de groupe.\n\n"
        "À l'issue de la délibération, nous ne sommes toutefois pas en mesure de retenir votre "
        "candidature pour le poste de Chargé(e) de marketing opérationnel junior.\n\n"
        "Cette décision ne remet pas en cause vos qualités, et nous vous encourageons à "
        "postuler à nouveau sur d'autres offres du groupe.\n\n"
        "La Direction des Talents Aurélane"),
        "Message généré automatiquement par SAP SuccessFactors pour Aurélane. Les réponses à cette "
        "adresse ne sont pas lues."),
    html_cte="base64",
))

add(M(
    "rejection", "taleo_verdea_latin1", "fr", "Verdéa", "",
    parent="ack_verdea",
    date="2026-05-29 14:20 +0200",
    frm=("Verdéa Recrutement", "verdea@taleo.net"), name_enc=("iso-8859-1", "B"),
    subject="Réf. 26-0412 - Assistant(e) marketing digital",
    subj_enc=("iso-8859-1", "Q"),
    charset="iso-8859-1", cte="quoted-printable",
    text=(
        "Madame,\n\n"
        "Vous avez postulé au poste d'Assistant(e) marketing digital (réf. 26-0412) basé à notre "
        "siège parisien, et nous vous en remercions.\n\n"
        "Nous avons le regret de vous faire savoir que votre profil n'a pas été sélectionné. Le "
        "nombre de candidatures reçues pour ce poste a été très important et notre choix s'est "
        "porté sur des candidats disposant d'une expérience en agence digitale.\n\n"
        "Nous vous prions d'agréer, Madame, nos salutations distinguées.\n\n"
        "Le Service Ressources Humaines\n"
        "Verdéa\n\n"
        "Ce courriel a été généré automatiquement, merci de ne pas y répondre.\n"
    ),
))

_graines = (
    "Bonjour Apolline,\n\n"
    "Je vous écris au sujet du poste de chargée de marketing e-commerce. À la suite d'une "
    "réorganisation interne, nous avons décidé de ne pas ouvrir ce poste cette année : ses "
    "missions seront réparties au sein de l'équipe actuelle. Le recrutement est donc clos, "
    "pour vous comme pour l'ensemble des candidats.\n\n"
    "J'en suis sincèrement désolée, d'autant que notre visio n'avait pas pu se tenir. Je vous "
    "souhaite de trouver rapidement un poste à la hauteur de votre motivation.\n\n"
    "Élodie Renaud\n"
    "Responsable e-commerce – Comptoir des Graines\n"
    "17 rue Lenepveu, 49100 Angers\n"
)
add(M(
    "rejection", "recruitee_role_cancelled", "fr", "Comptoir des Graines", P["elodie"][1],
    parent="mis_graines",
    date="2026-03-20 16:44 +0100",
    frm=("Comptoir des Graines", "comptoirdesgraines@jobs.recruitee.com"),
    reply_to=P["elodie"], reply_enc=("iso-8859-1", "B"),
    subject="Votre candidature chez Comptoir des Graines",
    text=_graines,
    html=simple_html(paras(_graines)),
    html_cte="base64",
))

_thabor_quote = (
    outlook_block("fr", who("nolwenn"), "mardi 5 mai 2026 10:14", who(""),
                  "Entretien – Assistante communication & marketing")
    + "\n\n" + THABOR_INVITE
)
_thabor_new = (
    "Bonjour Apolline,\n\n"
    "Merci encore pour votre venue à la Coop le 19 mai et pour la présentation de votre projet "
    "de marché aux plantes, que le jury a beaucoup aimé.\n\n"
    "Nous avons toutefois retenu une personne sociétaire de la coopérative, qui connaissait déjà "
    "bien nos producteurs. Votre candidature n'est donc pas retenue cette fois-ci.\n\n"
    "Nous vous souhaitons une bonne continuation et espérons vous croiser au rayon fleurs !\n\n"
    "Nolwenn Tanguy\n"
    "Coordinatrice vie coopérative & communication\n"
    "La Coop du Thabor – 9 rue de Paris, 35000 Rennes\n"
    "Tél. 02 99 63 12 45\n"
)
add(M(
    "rejection", "coop_thabor_outlook_chain", "fr", "La Coop du Thabor", P["nolwenn"][1],
    parent="mov_thabor",
    date="2026-06-02 15:31 +0200",
    frm=P["nolwenn"],
    subject="RE: Entretien – Assistante communication & marketing",
    headers=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Topic",
              "Entretien – Assistante communication & marketing")],
    text=_thabor_new + "\n" + _thabor_quote,
    html=outlook_html(mso(_thabor_new) + '\n<div style="border:none;border-top:solid #E1E1E1 '
                      '1.0pt;padding:3.0pt 0cm 0cm 0cm">\n' + mso(_thabor_quote) + "\n</div>"),
))

_canopee = (
    "Bonjour Apolline,\n\n"
    "Merci pour votre journée d'essai à l'atelier jeudi dernier : l'équipe a apprécié votre "
    "aisance avec les clients et vos photos des compositions.\n\n"
    "Nous avons toutefois confié le poste de chargée de marketing & événements à une autre "
    "personne, dont l'expérience dans l'organisation de mariages correspond mieux à notre "
    "saison 2027.\n\n"
    "Avec toute notre gratitude pour le temps passé avec nous,\n\n"
    "Camille Joubert\n"
    "Fondatrice – Atelier Canopée\n"
    "5 rue Kervégan, 44000 Nantes\n"
)
add(M(
    "rejection", "teamtailor_canopee_after_trial_day", "fr", "Atelier Canopée", P["camille"][1],
    parent="inv_canopee",
    date="2026-10-06 10:05 +0200",
    frm=("Atelier Canopée", "no-reply@teamtailor-mail.com"), name_enc=("utf-8", "Q"),
    reply_to=P["camille"],
    subject="Votre journée d'essai chez Atelier Canopée",
    text=_canopee,
    html=ats_card("Atelier Canopée", "#4d7c0f", paras(_canopee),
                  "Envoyé via Teamtailor. Répondez à ce message pour écrire directement à Camille."),
))

# ------------------------------------------------------------------ English (8)

_kingsdown = (
    "Hi Apolline,\n\n"
    "Thanks so much for your lovely note, and sorry this reply is slower than I promised. We've "
    "now met everyone on the shortlist and, after a lot of back and forth, we've offered the "
    "role to someone who has managed wholesale accounts for a homeware brand. It was genuinely "
    "close.\n\n"
    "I'd be happy to share some feedback over the phone if that would help - just say.\n\n"
    "Warm wishes,\nHannah\n\n"
    "Hannah Coles\n"
    "Brand & Community Lead\n"
    "Kingsdown Candles · Unit 4, The Paintworks, Bath Road, Bristol\n"
    "0117 496 0321\n\n"
    + wrote_en("Thu, 7 May 2026 at 18:40", *CANDIDATE) + "\n"
    + quote(
        "Dear Hannah,\n\n"
        "Thank you for taking the time to interview me this afternoon. I really enjoyed\n"
        "hearing about the autumn scent launch and the pop-up shop plans.\n"
        "I would be delighted to move on to the next stage.\n\n"
        "Best regards,\nApolline") + "\n"
)
add(M(
    "rejection", "kingsdown_after_interview_thanks", "en", "Kingsdown Candles", P["hannah"][1],
    refs=["<CAF7kq2apolline.thanks@example.fr>"],
    date="2026-05-20 16:22 +0100",
    frm=P["hannah"],
    subject="Re: Thank you – Marketing Assistant interview",
    text=_kingsdown,
    html=simple_html(paras(_kingsdown), "en"),
))

add(M(
    "rejection", "icims_severn_vale_after_assessment_day", "en", "Severn & Vale", "",
    parent="inv_severn",
    date="2026-03-23 09:00 +0000",
    frm=("Severn & Vale Careers", "do-not-reply@icims.com"),
    subject="Your application for Marketing Assistant (Req 2026-117)",
    html=ats_card("Severn & Vale", "#14532d", paras(
        "Dear Apolline,\n\n"
        "Thank you for attending our group assessment day at the Portishead store on 12 March.\n\n"
        "Having reviewed the results of all the exercises, we regret that we will not be offering "
        "you the Marketing Assistant position on this occasion.\n\n"
        "We will keep your details on file and may contact you about future vacancies.\n\n"
        "Kind regards,\nThe Severn & Vale Recruitment Team"),
        "This message was sent via iCIMS on behalf of Severn & Vale. Please do not reply.", "en"),
))

_petalcraft_rej = (
    "Hi Apolline,\n\n"
    "Thank you for your interest in the Junior Marketing Executive role at Petalcraft and for "
    "your patience while we rearranged things.\n\n"
    "We've now reviewed every application and have decided to progress with applicants whose "
    "background lines up more closely with what the team needs right now, particularly paid "
    "social experience.\n\n"
    "We wish you all the best with your search.\n\n"
    "The Petalcraft Hiring Team\n"
)
add(M(
    "rejection", "ashby_petalcraft_soft", "en", "Petalcraft", "",
    parent="mov_petalcraft",
    date="2026-08-10 13:30 +0100",
    frm=("Petalcraft Hiring Team", "no-reply@ashbyhq.com"),
    subject="Update on your Petalcraft application",
    text=_petalcraft_rej,
    html=ats_card("Petalcraft", "#be185d", paras(_petalcraft_rej), "Powered by Ashby", "en"),
))

add(M(
    "rejection", "hawthorne_pike_relays_cotswold", "en", "Cotswold Apothecary", P["fiona"][1],
    parent="inv_cotswold",
    date="2026-06-26 17:48 +0100",
    frm=P["fiona"],
    subject="Cotswold Apothecary - feedback",
    text=(
        "Hi Apolline,\n\n"
        "I've just come off the phone with the team at Cotswold Apothecary. They liked you a lot, "
        "but they've decided not to take your application further: they need someone in the "
        "Stroud office five days a week, and the hybrid pattern you discussed was a sticking "
        "point for them.\n\n"
        "Don't be discouraged - your interview feedback was strong, and I'll be in touch as soon "
        "as I have something closer to Bristol.\n\n"
        "Best,\n"
        "Fiona\n\n"
        "Fiona Marsh\n"
        "Principal Consultant, Consumer & Retail\n"
        "Hawthorne & Pike\n"
        "Queen Square House, Bristol\n"
        "+44 117 496 0785\n\n"
        "This email and any attachments are confidential and intended solely for the addressee. "
        "If you have received it in error please notify the sender and delete it. Hawthorne & "
        "Pike Ltd is registered in England and Wales.\n"
    ),
))

add(M(
    "rejection", "harbourside_colleague_style", "en", "Harbourside Creative", P["dev"][1],
    parent="mis_harbourside",
    date="2026-07-08 20:14 +0100",
    frm=P["dev"],
    subject="quick one",
    text=(
        "Hey Apolline,\n\n"
        "Wanted to let you know myself rather than leave you hanging - we've gone with someone "
        "who's already done a couple of years agency-side, so it's a no from us for the "
        "assistant role. Sorry it's not better news, and sorry again that our calls kept going "
        "wrong.\n\n"
        "If you're ever at a Harbourside meetup, come say hi.\n\n"
        "Dev\n"
        "--\n"
        "Dev Malhotra · Creative Director · Harbourside Creative\n"
        "Spike Island Studios, Bristol\n"
    ),
))

add(M(
    "rejection", "bamboohr_wildmoor_paused", "en", "Wildmoor Gardens", P["gemma"][1],
    parent="mov_wildmoor",
    date="2026-09-02 11:40 +0100",
    frm=("Wildmoor Gardens", "notifications@bamboohr.com"),
    reply_to=P["gemma"],
    subject="Marketing Assistant vacancy - an update",
    text=(
        "Dear Apolline,\n\n"
        "Thank you for coming in to meet the panel on 20 August.\n\n"
        "Following a budget review by our owners, the Marketing Assistant vacancy has been "
        "paused until further notice, so we will not be progressing any applications, "
        "including yours. I'm sorry to bring the process to an end this way.\n\n"
        "If the role reopens next year I will get in touch personally.\n\n"
        "Kind regards,\n"
        "Gemma Lowe\n"
        "People & Culture Manager, Wildmoor Gardens\n"
    ),
))

_lark = (
    "Dear Apolline,\n\n"
    "Thank you for your interest in the Social & Content Assistant position at Lark & Linden.\n\n"
    "Unfortunately, we will not be moving forward with your application at this time.\n\n"
    "We appreciate the time you invested and encourage you to keep an eye on our careers page "
    "for future openings.\n\n"
    "Best,\nLark & Linden Talent Team\n"
)
add(M(
    "rejection", "greenhouse_lark_linden_formal", "en", "Lark & Linden", "",
    parent="mis_lark",
    date="2026-09-29 15:02 +0000",
    frm=("Lark & Linden", "no-reply@greenhouse-mail.io"),
    subject="Your application to Lark & Linden",
    html=ats_card("Lark & Linden", "#334155", paras(_lark),
                  "Sent by Greenhouse on behalf of Lark & Linden.", "en"),
    html_cte="quoted-printable",
))

add(M(
    "rejection", "clifton_seedhouse_terse", "en", "Clifton Seedhouse", P["tom"][1],
    refs=["<CAG1apolline.cliftonseed@example.fr>"],
    date="2026-10-12 08:57 +0100",
    frm=P["tom"],
    subject="Re: Marketing help for Clifton Seedhouse?",
    text=(
        "Hi Apolline,\n\n"
        "Thanks for getting in touch. We're not hiring for marketing, so I'll pass. "
        "Good luck.\n\n"
        "Tom\n\n"
        + wrote_en("Fri, 9 Oct 2026 at 09:12", *CANDIDATE) + "\n"
        + quote(
            "Dear Mr Baird,\n\n"
            "I am a florist from Nantes now moving into marketing, and I love what Clifton\n"
            "Seedhouse does with heritage seeds. Would you consider me for a marketing\n"
            "assistant role? I would welcome the chance of an interview, in person or by video.\n"
            "My CV is attached.\n\n"
            "Kind regards,\nApolline Diallo-Vernet") + "\n"
    ),
))

# ------------------------------------------------------------------ German (4)

_rheingruen = (
    "Sehr geehrte Frau Diallo-Vernet,\n\n"
    "vielen Dank für Ihr Interesse an einer Tätigkeit bei Rheingrün Gartencenter und für Ihre "
    "Bewerbung als Marketingassistenz (m/w/d).\n\n"
    "Nach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung im "
    "weiteren Verfahren nicht berücksichtigen können.\n\n"
    "Ihre Unterlagen werden gemäß unserer Datenschutzerklärung nach sechs Monaten gelöscht.\n\n"
    "Mit freundlichen Grüßen\n"
    "Ihr Personalteam von Rheingrün Gartencenter\n"
)
add(M(
    "rejection", "softgarden_rheingruen_formal", "de", "Rheingrün Gartencenter", "",
    parent="mis_rheingruen",
    date="2026-07-28 10:10 +0200",
    frm=("Rheingrün Gartencenter", "noreply@softgarden.io"), name_enc=("utf-8", "Q"),
    subject="Ihre Bewerbung als Marketingassistenz (m/w/d) – Rheingrün Gartencenter",
    html=ats_card("Rheingrün Gartencenter", "#15803d", paras(_rheingruen),
                  "Diese Nachricht wurde über softgarden versendet. Rheingrün Gartencenter GmbH, "
                  "Militärringstraße 200, 50933 Köln.", "de"),
))

add(M(
    "rejection", "funkenflug_after_interview_latin1", "de", "Funkenflug", P["miriam"][1],
    parent="inv_funkenflug", refs=["<CAH3apolline.danke@example.fr>"],
    date="2026-03-27 14:26 +0100",
    frm=P["miriam"], name_enc=("iso-8859-1", "B"),
    subject="AW: Vielen Dank für das Gespräch",
    subj_enc=("iso-8859-1", "Q"),
    charset="iso-8859-1", cte="quoted-printable",
    text=(
        "Liebe Frau Diallo-Vernet,\n\n"
        "herzlichen Dank für Ihre freundliche Nachricht nach unserem Termin. Wir haben uns die "
        "Entscheidung nicht leicht gemacht, uns am Ende aber für eine Bewerberin entschieden, "
        "die bereits für Kosmetikmarken im Agenturalltag gearbeitet hat. Für Sie geht es bei uns "
        "deshalb leider nicht weiter.\n\n"
        "Ihre Ideen zur Schaufenster-Kampagne fanden wir wirklich erfrischend - bleiben Sie dran!\n\n"
        "Viele Grüße aus Ehrenfeld\n"
        "Miriam Özdemir\n"
        "Geschäftsführerin\n"
        "Funkenflug - Agentur für Markenkommunikation\n"
        "Venloer Straße 241, 50823 Köln\n"
        "Tel. 0221 588 314 0\n\n"
        + wrote_de("12.03.2026 um 17:55", *CANDIDATE) + "\n"
        + quote(
            "Liebe Frau Özdemir,\n\n"
            "vielen Dank für das angenehme Gespräch heute und die Einblicke in Ihre\n"
            "Kampagnen. Ich würde mich sehr freuen, den nächsten Schritt mit Ihnen zu gehen.\n\n"
            "Herzliche Grüße\nApolline Diallo-Vernet") + "\n"
    ),
))

add(M(
    "rejection", "kolibri_relays_veedel_cp1252", "de", "Veedel Naturkosmetik", P["sven"][1],
    parent="mov_kolibri",
    date="2026-03-06 09:14 +0100",
    frm=P["sven"],
    subject="Rückmeldung Veedel Naturkosmetik",
    subj_enc=("utf-8", "B"),
    charset="windows-1252", cte="base64",
    text=(
        "Hallo Frau Diallo-Vernet,\n\n"
        "ich habe heute Morgen mit der Marketingleitung von Veedel Naturkosmetik gesprochen. "
        "Man war von Ihrer „Floristinnen-Perspektive“ angetan, hat sich aber für eine "
        "Kandidatin mit mehr Erfahrung im Onlinehandel entschieden. Eine Zusage wird es für Sie "
        "dort also nicht geben – das tut mir leid.\n\n"
        "Ich melde mich, sobald ich eine passende Stelle im Raum Köln habe.\n\n"
        "Beste Grüße\n"
        "Sven Hoffmann\n"
        "Personalberater\n"
        "Kolibri Personal GmbH · Hohenzollernring 52 · 50672 Köln\n"
        "Tel. +49 221 9876 540\n\n"
        "Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat "
        "sind, informieren Sie bitte sofort den Absender und löschen Sie diese Mail. "
        "Amtsgericht Köln, HRB 98765.\n"
    ),
))

_domgarten = (
    "Sehr geehrte Frau Diallo-Vernet,\n\n"
    "wir bedanken uns für Ihre Bewerbung als Junior Marketing Managerin bei Domgarten Floristik.\n\n"
    "Die Position konnten wir inzwischen intern mit einer Kollegin aus unserem Filialteam "
    "besetzen. Das Auswahlverfahren ist damit abgeschlossen, und wir können Ihnen leider kein "
    "Angebot machen.\n\n"
    "Wir wünschen Ihnen für Ihren weiteren Weg alles Gute.\n\n"
    "Freundliche Grüße\n"
    "Domgarten Floristik\n"
)
add(M(
    "rejection", "personio_domgarten_filled_internally", "de", "Domgarten Floristik", "",
    date="2026-09-17 16:00 +0200",
    frm=("Domgarten Floristik", "no-reply@personio.de"),
    subject="Ihre Bewerbung bei Domgarten Floristik",
    text=_domgarten,
    html=ats_card("Domgarten Floristik", "#9d174d", paras(_domgarten),
                  "Bitte antworten Sie nicht auf diese automatisch erzeugte E-Mail.", "de"),
    cte="8bit",
))

# ------------------------------------------------------------------ Spanish (4)

add(M(
    "rejection", "artxanda_after_missed_chain", "es", "Jardines Artxanda", P["ane"][1],
    parent="own_sorry_artxanda",
    date="2026-06-11 13:05 +0200",
    frm=P["ane"],
    subject="Re: Entrevista - Asistente de marketing",
    text=(
        "Hola Apolline:\n\n"
        "Gracias por tu mensaje y por explicarnos lo que pasó el jueves con el tren. Lo hemos "
        "hablado en el equipo y, como el proceso ya estaba muy avanzado con otras dos personas, "
        "hemos decidido cerrarlo con ellas. No vamos a seguir adelante con tu candidatura.\n\n"
        "Te deseamos mucha suerte en Bilbao y esperamos verte algún día por el vivero.\n\n"
        "Un saludo,\n"
        "Ane Etxeberria\n"
        "Recursos Humanos · Jardines Artxanda\n"
        "Camino de Artxanda 12, 48015 Bilbao\n"
        "944 12 34 70\n\n"
        + wrote_es("jue, 4 jun 2026 a las 18:30", *CANDIDATE) + "\n"
        + quote(
            "Hola Ane:\n\n"
            "Perdona muchísimo por lo de esta mañana: el tren desde Donostia se quedó parado\n"
            "y no tenía cobertura. ¿Sería posible buscar otro momento para la entrevista?\n\n"
            "Un saludo,\nApolline\n\n"
            + wrote_es("jue, 4 jun 2026 a las 10:40", *P["ane"]) + "\n"
            + quote(
                "Hola Apolline:\n\n"
                "Te esperábamos hoy a las 10:00 en el vivero para la entrevista y no has\n"
                "aparecido. ¿Ha pasado algo? Llámanos cuando puedas.\n\nAne")
        ) + "\n"
    ),
))

_itsasoa = (
    "Hola Apolline:\n\n"
    "Gracias por participar en el proceso de selección para el puesto de Asistente de Marketing "
    "en Cosmética Itsasoa.\n\n"
    "Lamentamos comunicarte que en esta ocasión no continuarás en el proceso. Hemos valorado "
    "perfiles con más experiencia en comercio electrónico.\n\n"
    "Conservaremos tu currículum por si surge una vacante que encaje mejor contigo.\n\n"
    "Atentamente,\n"
    "Equipo de Personas · Cosmética Itsasoa\n"
)
add(M(
    "rejection", "workable_itsasoa_formal", "es", "Cosmética Itsasoa", "",
    parent="mov_itsasoa",
    date="2026-04-20 12:00 +0200",
    frm=("Cosmética Itsasoa", "noreply@workablemail.com"), name_enc=("iso-8859-1", "Q"),
    subject="Tu candidatura en Cosmética Itsasoa",
    subj_enc=("iso-8859-1", "B"),
    text=_itsasoa,
    html=ats_card("Cosmética Itsasoa", "#0369a1", paras(_itsasoa),
                  "Este correo se envía desde Workable. No respondas a este mensaje.", "es"),
))

add(M(
    "rejection", "talento_norte_process_cancelled", "es", "Ekilore", P["leire"][1],
    parent="mov_ekilore",
    date="2026-09-18 10:30 +0200",
    frm=P["leire"],
    subject="Proceso Ekilore - actualización",
    text=(
        "Buenos días, Apolline:\n\n"
        "Te escribo con una noticia que no esperábamos. Tras la asamblea de socios de "
        "septiembre, Ekilore ha decidido suspender la vacante de Responsable de Marketing junior "
        "por falta de presupuesto, y el proceso queda cancelado para todas las candidaturas.\n\n"
        "Siento mucho que termine así después de la reunión aplazada. Seguiré contando contigo "
        "para otros procesos en Bizkaia.\n\n"
        "Un abrazo,\n\n"
        "Leire Goikoetxea\n"
        "Consultora senior · Talento Norte\n"
        "Alameda de Recalde 30, 48009 Bilbao\n"
        "+34 944 05 61 22\n\n"
        "AVISO LEGAL: Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a "
        "su destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente "
        "y proceda a su eliminación.\n"
    ),
    cte="base64",
))

add(M(
    "rejection", "ria_creativa_casual_cp1252", "es", "Ría Creativa", P["iker"][1],
    refs=["<CAJ9apolline.riacreativa@example.fr>"],
    date="2026-10-02 19:22 +0200",
    frm=P["iker"],
    subject="Re: Candidatura asistente de marketing",
    charset="windows-1252", cte="quoted-printable",
    text=(
        "¡Hola Apolline!\n\n"
        "Te escribo rápido porque no quiero dejarte colgada: al final nos hemos quedado con una "
        "chica de aquí que ya llevaba cuentas de moda con nosotros como freelance. Así que por "
        "nuestra parte no seguimos, lo siento de verdad.\n\n"
        "Tu porfolio con las fotos de la floristería nos encantó, ¿eh? Sigue moviéndolo.\n\n"
        "Abrazo,\n"
        "Iker\n\n"
        "Iker Zubiaurre · Ría Creativa\n"
        "Calle Ercilla 18, 48009 Bilbao · 944 23 45 10\n\n"
        + wrote_es("lun, 21 sept 2026 a las 9:05", *CANDIDATE) + "\n"
        + quote(
            "Hola Iker:\n\n"
            "Te envío mi candidatura para el puesto de asistente de marketing. Me encantaría\n"
            "tener una entrevista con vosotros cuando os venga bien.\n\n"
            "Un saludo,\nApolline") + "\n"
    ),
))
