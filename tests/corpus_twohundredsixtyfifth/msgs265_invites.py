"""Corpus 265, kinds `interview_invitation` (26: fr 13, en 7, de 3, es 3),
`interview_reschedule_or_cancel` (15: fr 7, en 4, de 2, es 2) and
`missed_interview_notice` (10: fr 5, en 2, de 2, es 1)."""

from __future__ import annotations

from msgs265_common import (
    CANDIDATE,
    M,
    P,
    ats_card,
    button,
    fwd_block,
    mso,
    outlook_html,
    paras,
    quote,
    simple_html,
    wrote_de,
    wrote_en,
    wrote_fr,
)

MESSAGES = []
add = MESSAGES.append

INV = "interview_invitation"
MOV = "interview_reschedule_or_cancel"
MIS = "missed_interview_notice"

# ======================================================================= invitations

# ------------------------------------------------------------------ French (13)

_serres_inv = (
    "Bonjour Apolline,\n\n"
    "Merci pour votre candidature au poste d'assistante marketing & animation commerciale.\n\n"
    "Yannick Perrot, directeur du magasin, et moi-même serions ravis de vous rencontrer le "
    "mardi 24 février à 14h00 à la jardinerie (112 route de Sucé, Nantes) pour un entretien "
    "d'environ une heure.\n\n"
    "Vous trouverez ci-joint une invitation à ajouter à votre agenda. Pourriez-vous me "
    "confirmer votre présence ?\n\n"
    "Bien cordialement,\n"
    "Gaëlle Le Floch\n"
    "Responsable ressources humaines\n"
    "Les Serres de l'Erdre\n"
    "112 route de Sucé, 44300 Nantes\n"
    "02 40 18 63 27\n"
)
SERRES_UID = "040000008200E00074C5B7101A82E00800000000A1B2C3D4-serres-erdre"
add(M(
    INV, "serres_erdre_calendar_request", "fr", "Les Serres de l'Erdre", P["gaelle"][1],
    key="inv_serres", parent="ack_serres",
    date="2026-02-16 11:05 +0100",
    frm=P["gaelle"], name_enc=("utf-8", "B"),
    subject="Invitation : entretien – Assistante marketing & animation commerciale",
    text=_serres_inv,
    html=outlook_html(mso(_serres_inv)),
    ics={"method": "REQUEST", "uid": SERRES_UID, "seq": 0, "stamp": "2026-02-16 10:05",
             "start": "2026-02-24 14:00", "end": "2026-02-24 15:00",
             "summary": "Entretien – Assistante marketing & animation commerciale",
             "location": "Les Serres de l'Erdre, 112 route de Sucé, Nantes",
             "organizer": P["gaelle"], "attendees": [P["yannick"]], "attach": "invite.ics"},
))

_celestine_inv = (
    "Bonjour Apolline,\n\n"
    "Votre profil a retenu l'attention d'Hugo Lemaire, notre Brand Manager soins, et nous "
    "aimerions organiser un premier entretien en visio de 45 minutes.\n\n"
    "Merci de choisir le créneau qui vous convient grâce au lien ci-dessous ; les "
    "disponibilités proposées courent jusqu'au 20 mars.\n\n"
    "https://app.greenhouse.io/scheduling/cand/7f3c91d2e0\n\n"
    "À très vite,\n"
    "Inès Barbier\n"
    "Talent Acquisition – Maison Célestine\n"
)
add(M(
    INV, "greenhouse_celestine_scheduling_link", "fr", "Maison Célestine", P["ines"][1],
    key="inv_celestine", parent="ack_celestine",
    date="2026-03-10 15:41 +0100",
    frm=("Inès Barbier via Greenhouse", "no-reply@greenhouse-mail.io"),
    reply_to=P["ines"],
    subject="Maison Célestine : planifions votre entretien",
    text=_celestine_inv,
    html=ats_card("Maison Célestine", "#9f1239", paras(_celestine_inv.replace(
        "https://app.greenhouse.io/scheduling/cand/7f3c91d2e0\n\n", "")) + button(
        "Choisir un créneau", "https://app.greenhouse.io/scheduling/cand/7f3c91d2e0", "#9f1239"),
        "Envoyé via Greenhouse. Répondre à ce message écrit directement à Inès Barbier."),
    html_cte="quoted-printable",
))

LUMEN_INVITE = (
    "Bonjour Apolline,\n\n"
    "J'ai lu avec plaisir votre candidature : le passage de la boutique de fleurs au "
    "marketing, c'est exactement le regard qu'on cherche pour nos clients lifestyle.\n\n"
    "Seriez-vous libre jeudi 26 mars vers 10h pour en discuter autour d'un café au studio ? "
    "Rien de très formel, une petite heure pour faire connaissance.\n\n"
    "Chloé Vasseur\n"
    "Associée – Studio Lumen\n"
    "48 rue de la Folie-Méricourt, 75011 Paris\n"
)
add(M(
    INV, "studio_lumen_coffee_thursday", "fr", "Studio Lumen", P["chloe"][1],
    key="inv_lumen", refs=["<CAK2apolline.lumen@example.fr>"],
    date="2026-03-24 18:03 +0100",
    frm=P["chloe"], name_enc=("utf-8", "Q"),
    subject="Votre candidature – on se voit jeudi ?",
    text=LUMEN_INVITE,
))

add(M(
    INV, "ravel_conseil_client_interview_florelia", "fr", "Florélia", P["margaux"][1],
    key="inv_florelia", parent="cold_ravel",
    date="2026-02-10 09:47 +0100",
    frm=P["margaux"],
    subject="Re: Une opportunité marketing dans la beauté végétale",
    text=(
        "Bonjour Apolline,\n\n"
        "Bonne nouvelle : après lecture de votre dossier, Florélia souhaite vous rencontrer. "
        "Diane Roussel, directrice marketing, vous propose un entretien le mardi 17 février à "
        "11h dans leurs bureaux, 9 rue du Mail, Paris 2e (comptez une heure).\n\n"
        "Pouvez-vous me confirmer que ce créneau vous convient ? Je vous appelle la veille pour "
        "vous briefer.\n\n"
        "Bien cordialement,\n"
        "Margaux Ravel\n"
        "Ravel Conseil – Chasse de têtes Marketing & Retail\n"
        "+33 1 42 65 30 12\n\n"
        + wrote_fr("lun. 2 févr. 2026 à 21:15", *CANDIDATE) + "\n"
        + quote(
            "Bonjour Madame Ravel,\n\n"
            "Merci pour votre message, le poste m'intéresse beaucoup. Vous trouverez mon CV\n"
            "en pièce jointe. Je n'ai pas encore eu d'entretien dans la cosmétique, mais je\n"
            "connais bien les clientes qui achètent des fleurs et des soins naturels.\n\n"
            "Bien à vous,\nApolline") + "\n"
    ),
))

add(M(
    INV, "interim_atlantique_client_interview", "fr", "Les Maraîchers Nantais",
    P["sandrine"][1],
    key="inv_maraichers", parent="ack_interim",
    date="2026-01-20 17:12 +0100",
    frm=P["sandrine"],
    subject="Entretien chez notre client Les Maraîchers Nantais",
    text=(
        "Bonjour Apolline,\n\n"
        "Comme convenu par téléphone, je vous confirme votre entretien avec M. Hervé Pichon, "
        "responsable commercial des Maraîchers Nantais, le vendredi 23 janvier à 9h30 sur leur "
        "site de Saint-Julien-de-Concelles (zone de la Colinière, bâtiment B).\n\n"
        "Il s'agit de la mission d'assistante marketing de 4 mois (remplacement congé "
        "maternité). Pensez à apporter deux ou trois exemples de supports que vous avez "
        "réalisés pour la boutique.\n\n"
        "Bonne préparation !\n\n"
        "Sandrine Guého\n"
        "Chargée de recrutement\n"
        "Intérim Atlantique – agence Nantes Centre\n"
        "6 rue de Strasbourg, 44000 Nantes\n"
        "02 40 47 91 36\n"
    ),
))

add(M(
    INV, "pepinieres_phone_call_ask", "fr", "Pépinières du Layon", P["thierry"][1],
    key="inv_layon", refs=["<CAL5apolline.layon@example.fr>"],
    date="2026-04-07 08:12 +0200",
    frm=P["thierry"],
    subject="Re: Candidature chargée de communication",
    charset="iso-8859-1", cte="8bit",
    text=(
        "Bonjour Madame,\n\n"
        "J'ai bien reçu votre CV pour le poste de chargée de communication.\n"
        "Je peux vous appeler demain mercredi vers 11h pour un premier échange ? Dites-moi si "
        "ça vous va, sinon proposez-moi un autre moment dans la semaine.\n\n"
        "Thierry Gaudin\n"
        "Gérant - Pépinières du Layon\n"
        "Beaulieu-sur-Layon - 02 41 78 35 09\n"
    ),
))

THABOR_INVITE = (
    "Bonjour Apolline,\n\n"
    "Votre candidature a retenu notre attention et nous souhaitons vous rencontrer pour un "
    "entretien avec notre jury (deux salariés et un sociétaire) le jeudi 14 mai à 14h00, "
    "à la Coop, 9 rue de Paris à Rennes.\n\n"
    "Merci de préparer une courte présentation (10 minutes) d'une idée d'animation pour notre "
    "rayon plantes et fleurs.\n\n"
    "L'invitation est jointe à ce message.\n\n"
    "Bien cordialement,\nNolwenn Tanguy\n"
)
add(M(
    INV, "coop_thabor_panel_calendar", "fr", "La Coop du Thabor", P["nolwenn"][1],
    key="inv_thabor", refs=["<CAM0apolline.thabor@example.fr>"],
    date="2026-05-05 10:14 +0200",
    frm=P["nolwenn"],
    subject="Entretien – Assistante communication & marketing",
    headers=[("X-Mailer", "Microsoft Outlook 16.0")],
    text=THABOR_INVITE,
    html=outlook_html(mso(THABOR_INVITE)),
    ics={"method": "REQUEST", "uid": "thabor-jury-20260514-1400@coopduthabor.example.fr", "seq": 0,
             "stamp": "2026-05-05 08:14", "start": "2026-05-14 14:00", "end": "2026-05-14 15:00",
             "summary": "Entretien jury – Assistante communication & marketing",
             "location": "La Coop du Thabor, 9 rue de Paris, Rennes", "organizer": P["nolwenn"],
             "attendees": [P["erwan"]], "cte": "quoted-printable"},
))

_canopee_inv = (
    "Bonjour Apolline,\n\n"
    "Merci pour votre candidature et pour le joli dossier photo qui l'accompagnait.\n\n"
    "Plutôt qu'un entretien classique, nous aimerions vous proposer une journée d'essai à "
    "l'atelier le jeudi 1er octobre, de 9h à 17h : préparation d'un shooting pour notre "
    "collection d'automne, puis un temps d'échange avec l'équipe en fin de journée. La "
    "journée est rémunérée.\n\n"
    "Pouvez-vous me dire si cette date vous convient ?\n\n"
    "Camille Joubert\n"
    "Fondatrice – Atelier Canopée\n"
)
add(M(
    INV, "teamtailor_canopee_trial_day", "fr", "Atelier Canopée", P["camille"][1],
    key="inv_canopee", parent="own_app_canopee",
    date="2026-09-22 14:30 +0200",
    frm=("Atelier Canopée", "no-reply@teamtailor-mail.com"),
    reply_to=P["camille"],
    subject="Une journée d'essai chez Atelier Canopée ?",
    text=_canopee_inv,
    html=ats_card("Atelier Canopée", "#4d7c0f", paras(_canopee_inv),
                  "Envoyé via Teamtailor. Répondez à ce message pour écrire directement à Camille."),
))

add(M(
    INV, "smartrecruiters_jardiflor_pick_slot", "fr", "Jardiflor Ouest", "",
    key="inv_jardiflor", parent="ack_jardiflor",
    date="2026-06-15 07:30 +0000",
    frm=("Jardiflor Ouest", "noreply@smartrecruiters.com"),
    subject="Jardiflor Ouest – choisissez votre créneau d'entretien",
    subj_enc=("utf-8", "B"),
    html=ats_card("Jardiflor Ouest", "#3f7d20", paras(
        "Bonjour Apolline,\n\n"
        "Bonne nouvelle : votre candidature au poste d'Assistant marketing & communication "
        "magasin passe à l'étape suivante.\n\n"
        "Romain Besnard, directeur du magasin de Cesson-Sévigné, souhaite vous rencontrer sur "
        "place pour un entretien de 45 minutes. Sélectionnez l'un des créneaux proposés entre "
        "le 18 et le 23 juin.") + button(
        "Réserver mon entretien",
        "https://jobs.smartrecruiters.com/interview/jardiflor-ouest/4b81f0", "#3f7d20")
        + paras("Le service recrutement Jardiflor Ouest"),
        "Cet e-mail vous est envoyé par SmartRecruiters pour le compte de Jardiflor Ouest."),
))

_aurelane_inv = (
    "Chère Apolline,\n\n"
    "Nous avons le plaisir de vous convier à notre journée d'évaluation pour le poste de "
    "Chargé(e) de marketing opérationnel junior.\n\n"
    "Date : mardi 28 juillet 2026, de 9h00 à 16h30\n"
    "Lieu : siège d'Aurélane, 40 avenue de l'Opéra, 75002 Paris (accueil 3e étage)\n"
    "Programme : étude de cas en binôme, exercice de groupe, entretien individuel avec un "
    "manager.\n\n"
    "Merci de confirmer votre participation en répondant à Sophie Delmas avant le 23 juillet. "
    "Vos frais de train depuis Nantes seront remboursés sur justificatif.\n\n"
    "Sophie Delmas\n"
    "Chargée de recrutement – Aurélane\n"
)
add(M(
    INV, "successfactors_aurelane_assessment_centre", "fr", "Aurélane", P["sophie"][1],
    key="inv_aurelane", parent="ack_aurelane",
    date="2026-07-20 09:00 +0200",
    frm=("Aurélane Carrières", "noreply@successfactors.eu"),
    reply_to=P["sophie"],
    subject="Invitation – journée d'évaluation Aurélane",
    text=_aurelane_inv,
    html=ats_card("Aurélane · Beauté & Soin", "#7c2d5b", paras(_aurelane_inv),
                  "Message envoyé par SAP SuccessFactors pour Aurélane."),
    cte="base64", html_cte="base64",
))

_maree_inv = (
    "Bonjour Apolline,\n\n"
    "Merci pour ta candidature (je me permets le tutoiement, c'est l'usage à l'agence).\n\n"
    "On aimerait te rencontrer en visio vendredi 28 août à 10h, avec Lucie, notre cheffe de "
    "projet. Je t'envoie l'invitation avec le lien de la réunion.\n\n"
    "À vendredi,\n"
    "Bastien Royer | Directeur de clientèle\n"
    "Marée Haute, agence de communication\n"
)
MAREE_UID = "maree-haute-visio-20260828@maree-haute.example.fr"
add(M(
    INV, "maree_haute_video_calendar", "fr", "Marée Haute", P["bastien"][1],
    key="inv_maree", refs=["<CAN4apolline.maree@example.fr>"],
    date="2026-08-24 16:50 +0200",
    frm=P["bastien"],
    subject="Invitation : Entretien visio – Marée Haute @ ven. 28 août 10:00",
    text=_maree_inv,
    html=simple_html(paras(_maree_inv)),
    ics={"method": "REQUEST", "uid": MAREE_UID, "seq": 0, "stamp": "2026-08-24 14:50",
             "start": "2026-08-28 10:00", "end": "2026-08-28 10:45",
             "summary": "Entretien visio – Marée Haute",
             "location": "https://meet.maree-haute.example.fr/visio-apolline",
             "organizer": P["bastien"], "prodid": "-//Google Inc//Google Calendar 70.9054//EN"},
))

_lys_inv = (
    "Bonjour Apolline,\n\n"
    "Merci pour votre candidature au poste de Chargée de communication & réseaux sociaux.\n\n"
    "Nous serions ravies de vous accueillir pour un entretien le mardi 14 avril à 10h à notre "
    "boutique-laboratoire, 6 quai Lamennais à Rennes. Vous rencontrerez Capucine Hamon, "
    "responsable marque, et Manon, notre formulatrice.\n\n"
    "Merci de confirmer en répondant simplement à cet e-mail.\n\n"
    "L'équipe Lys & Sauge\n"
)
add(M(
    INV, "workable_lys_sauge_interview", "fr", "Lys & Sauge", P["capucine"][1],
    key="inv_lys", parent="ack_lys",
    date="2026-04-08 11:20 +0200",
    frm=("Lys & Sauge", "noreply@workablemail.com"),
    reply_to=P["capucine"],
    subject="Entretien chez Lys & Sauge – mardi 14 avril",
    text=_lys_inv,
    html=ats_card("Lys & Sauge", "#65a30d", paras(_lys_inv), "Envoyé avec Workable."),
    cte="8bit",
))

add(M(
    INV, "tempo_interim_phone_screen", "fr", "Tempo Intérim", P["kevin"][1],
    key="inv_tempo", parent="ack_tempo",
    date="2026-09-07 14:05 +0200",
    frm=P["kevin"],
    subject="Votre CV : mission d'assistante marketing à Rennes",
    subj_enc=("iso-8859-1", "B"),
    text=(
        "Bonjour Madame Diallo-Vernet,\n\n"
        "Suite à la réception de votre CV, je souhaiterais faire un point téléphonique avec vous "
        "mercredi 9 septembre à 10h afin de vous présenter une mission d'assistante marketing "
        "de six mois chez l'un de nos clients, une enseigne de jardinerie près de Rennes.\n\n"
        "L'échange durera une vingtaine de minutes. Je vous appellerai au numéro indiqué sur "
        "votre CV ; merci de me prévenir si ce créneau ne vous convient pas.\n\n"
        "Cordialement,\n"
        "Kévin Ollivier\n"
        "Chargé de recrutement – Tempo Intérim\n"
        "02 99 31 47 60\n"
    ),
))

# ------------------------------------------------------------------ English (7)

_blackthorn_inv = (
    "Hi Apolline,\n\n"
    "Thanks for applying for the Marketing Assistant role at Blackthorn Botanicals - your "
    "background in floristry really stood out.\n\n"
    "I'd love to set up a 30-minute phone screen. Would Friday 24 April at 11:00 (UK time) "
    "work for you? If not, you can pick another time here:\n"
    "https://hire.lever.co/schedule/blackthorn/5d2a77c1\n\n"
    "Speak soon,\n"
    "Rosie Hartwell\n"
    "Talent Partner, Blackthorn Botanicals\n"
)
add(M(
    INV, "lever_blackthorn_phone_screen", "en", "Blackthorn Botanicals", P["rosie"][1],
    key="inv_blackthorn", parent="ack_blackthorn",
    date="2026-04-20 10:12 +0100",
    frm=("Rosie Hartwell (Blackthorn Botanicals)", "no-reply@hire.lever.co"),
    reply_to=P["rosie"],
    subject="Phone screen - Marketing Assistant at Blackthorn Botanicals",
    text=_blackthorn_inv,
    html=simple_html(paras(_blackthorn_inv), "en"),
))

add(M(
    INV, "harbourside_free_thursday", "en", "Harbourside Creative", P["dev"][1],
    key="inv_harbourside", refs=["<CAP6apolline.harbourside@example.fr>"],
    date="2026-06-15 21:37 +0100",
    frm=P["dev"],
    subject="Re: Junior marketing role",
    text=(
        "Hi Apolline,\n\n"
        "Loved the flower-market reels in your portfolio. Are you free Thursday to chat? "
        "Say 4pm on Zoom, nothing formal - I'll tell you about the studio and you can tell me "
        "what you're after.\n\n"
        "Cheers,\nDev\n\n"
        "Dev Malhotra · Creative Director · Harbourside Creative\n"
    ),
))

_cotswold_inv = (
    "Hi Apolline,\n\n"
    "Great news - Cotswold Apothecary would like to meet you. I've pencilled in an interview "
    "with Laura Finch, their Head of Brand, on Tuesday 16 June at 10:30 at their Stroud "
    "office (The Old Mill, London Road). A calendar invite is attached.\n\n"
    "Expect a conversation about your shop's social media and a short discussion of their "
    "winter gift range. Let's speak on Monday to prepare.\n\n"
    "Best,\nFiona\n\n"
    "Fiona Marsh\n"
    "Principal Consultant, Consumer & Retail\n"
    "Hawthorne & Pike\n"
    "+44 117 496 0785\n"
)
add(M(
    INV, "hawthorne_pike_client_interview_calendar", "en", "Cotswold Apothecary",
    P["fiona"][1],
    key="inv_cotswold", parent="ack_hawthorne",
    date="2026-06-09 12:02 +0100",
    frm=P["fiona"],
    subject="Interview with Cotswold Apothecary - Tue 16 June",
    text=_cotswold_inv,
    html=outlook_html(mso(_cotswold_inv), "en"),
    ics={"method": "REQUEST", "uid": "hp-cotswold-0616-apolline@hawthornepike.example.co.uk",
             "seq": 0, "stamp": "2026-06-09 11:02", "start": "2026-06-16 10:30",
             "end": "2026-06-16 11:30", "tz": "Europe/London",
             "summary": "Interview: Cotswold Apothecary (Laura Finch)",
             "location": "The Old Mill, London Road, Stroud", "organizer": P["fiona"],
             "attach": "interview.ics"},
))

_petalcraft_inv = (
    "Hi Apolline,\n\n"
    "Priya Nair from Petalcraft would like to invite you to a 45-minute video interview for "
    "the Junior Marketing Executive role.\n\n"
    "Please choose a time that suits you:\n"
    "https://app.ashbyhq.com/interview-scheduling/petalcraft/9c0e41\n\n"
    "If none of the slots work, just reply to this email and Priya will sort something out.\n\n"
    "Thanks,\nPetalcraft\n"
)
add(M(
    INV, "ashby_petalcraft_self_schedule", "en", "Petalcraft", P["priya"][1],
    key="inv_petalcraft", parent="ack_petalcraft",
    date="2026-07-20 15:15 +0000",
    frm=("Petalcraft", "no-reply@ashbyhq.com"),
    reply_to=P["priya"],
    subject="Schedule your interview with Petalcraft",
    text=_petalcraft_inv,
    html=ats_card("Petalcraft", "#be185d", paras(_petalcraft_inv), "Powered by Ashby", "en"),
))

_wildmoor_inv = (
    "Dear Apolline,\n\n"
    "Thank you for your application for the Marketing Assistant role at Wildmoor Gardens.\n\n"
    "We would like to invite you to a panel interview on Tuesday 18 August at 10:00 at our "
    "Keynsham garden centre. The panel will be myself, our Retail Manager Ben Okafor, and "
    "our café lead Sarah Whitlock. Please bring a short idea for our autumn bulb campaign "
    "(no slides needed).\n\n"
    "I've attached a calendar invitation - do accept it or let me know if the time is a "
    "problem.\n\n"
    "Kind regards,\n"
    "Gemma Lowe\n"
    "People & Culture Manager\n"
    "Wildmoor Gardens, Bath Road, Keynsham\n"
    "01225 555 214\n"
)
WILDMOOR_UID = "wildmoor-panel-ma-apolline@wildmoor.example.co.uk"
add(M(
    INV, "wildmoor_panel_calendar_request", "en", "Wildmoor Gardens", P["gemma"][1],
    key="inv_wildmoor", parent="ack_wildmoor",
    date="2026-08-12 09:25 +0100",
    frm=P["gemma"],
    subject="Panel interview - Marketing Assistant",
    text=_wildmoor_inv,
    html=outlook_html(mso(_wildmoor_inv), "en"),
    ics={"method": "REQUEST", "uid": WILDMOOR_UID, "seq": 0, "stamp": "2026-08-12 08:25",
             "start": "2026-08-18 10:00", "end": "2026-08-18 11:00", "tz": "Europe/London",
             "summary": "Panel interview - Marketing Assistant (Apolline Diallo-Vernet)",
             "location": "Wildmoor Gardens, Bath Road, Keynsham", "organizer": P["gemma"],
             "attendees": [("Ben Okafor", "ben.okafor@wildmoor.example.co.uk")],
             "cte": "7bit"},
))

add(M(
    INV, "icims_severn_vale_assessment_day", "en", "Severn & Vale", "",
    key="inv_severn", parent="ack_severn",
    date="2026-03-02 08:00 +0000",
    frm=("Severn & Vale Careers", "do-not-reply@icims.com"),
    subject="Invitation: Group Assessment Day - Marketing Assistant",
    html=ats_card("Severn & Vale", "#14532d", paras(
        "Dear Apolline,\n\n"
        "We are pleased to invite you to a group assessment day for the Marketing Assistant "
        "position.\n\n"
        "When: Thursday 12 March 2026, 09:30 - 15:00\n"
        "Where: Severn & Vale, Portishead store, training room (ask at the plant desk)\n\n"
        "The day includes a group task, a short presentation and a one-to-one interview. Lunch "
        "is provided.\n\n"
        "Please confirm your attendance using the button below.") + button(
        "Confirm attendance", "https://careers-severnvale.icims.com/jobs/2026117/confirm",
        "#14532d"),
        "This message was sent via iCIMS on behalf of Severn & Vale. Please do not reply.", "en"),
    html_cte="quoted-printable",
))

_lark_inv = (
    "Hi Apolline,\n\n"
    "Thanks for your application for Social & Content Assistant. I'd like to have a 20-minute "
    "phone conversation with you on Tuesday 15 September at 10:00 (UK time). I'll call the "
    "number on your CV - just reply if you'd prefer a different time or number.\n\n"
    "Best,\n"
    "Owen Thackeray\n"
    "Recruiter, Lark & Linden\n"
)
add(M(
    INV, "greenhouse_lark_linden_phone_call", "en", "Lark & Linden", P["owen"][1],
    key="inv_lark",
    date="2026-09-08 16:20 +0100",
    frm=("Owen Thackeray via Greenhouse", "no-reply@greenhouse-mail.io"),
    reply_to=P["owen"],
    subject="Lark & Linden - phone interview",
    text=_lark_inv,
    html=simple_html(paras(_lark_inv), "en"),
))

# ------------------------------------------------------------------ German (3)

_hortensia_inv = (
    "Liebe Frau Diallo-Vernet,\n\n"
    "vielen Dank für Ihre Bewerbung als Marketing Assistant (m/w/d). Wir würden Sie gern "
    "persönlich kennenlernen und laden Sie zu einem Vorstellungsgespräch ein:\n\n"
    "Dienstag, 26. Mai 2026, 10:00 Uhr\n"
    "Hortensia Kosmetik, Aachener Straße 1040, 50858 Köln\n\n"
    "Sie sprechen mit mir und mit Jonas Brandt, unserem Marketing Lead. Bitte bestätigen Sie "
    "den Termin kurz per Antwort auf diese E-Mail.\n\n"
    "Viele Grüße\n"
    "Katrin Wolters\n"
    "HR Business Partner, Hortensia Kosmetik\n"
)
add(M(
    INV, "personio_hortensia_invitation", "de", "Hortensia Kosmetik", P["katrin"][1],
    key="inv_hortensia", parent="ack_hortensia",
    date="2026-05-18 13:40 +0200",
    frm=("Hortensia Kosmetik", "no-reply@personio.de"),
    reply_to=P["katrin"],
    subject="Einladung zum Vorstellungsgespräch – Hortensia Kosmetik",
    subj_enc=("utf-8", "B"),
    text=_hortensia_inv,
    html=ats_card("Hortensia Kosmetik", "#a21caf", paras(_hortensia_inv),
                  "Gesendet über Personio.", "de"),
))

_funkenflug_inv = (
    "Liebe Frau Diallo-Vernet,\n\n"
    "danke für Ihre Bewerbung - wir möchten Sie gern kennenlernen! Am Donnerstag, 12. März, "
    "um 14:00 Uhr sitzen Sie mit unserem Kreativteam zusammen: mir, Art Director Felix Graf "
    "und Beraterin Nele Schuster. Dauer etwa 60 Minuten, bei uns in der Venloer Straße.\n\n"
    "Die Kalendereinladung hängt an. Falls der Termin nicht passt, melden Sie sich gern.\n\n"
    "Viele Grüße\n"
    "Miriam Özdemir\n"
    "Geschäftsführerin - Funkenflug\n"
    "Venloer Straße 241, 50823 Köln\n"
)
add(M(
    INV, "funkenflug_panel_calendar", "de", "Funkenflug", P["miriam"][1],
    key="inv_funkenflug", refs=["<CAQ8apolline.funkenflug@example.fr>"],
    date="2026-03-09 10:30 +0100",
    frm=P["miriam"], name_enc=("utf-8", "B"),
    subject="Einladung: Kennenlernen Funkenflug (Do. 12. März, 14 Uhr)",
    text=_funkenflug_inv,
    html=simple_html(paras(_funkenflug_inv), "de"),
    ics={"method": "REQUEST", "uid": "funkenflug-kennenlernen-0312@funkenflug.example.de",
             "seq": 0, "stamp": "2026-03-09 09:30", "start": "2026-03-12 14:00",
             "end": "2026-03-12 15:00", "tz": "Europe/Berlin",
             "summary": "Vorstellungsgespräch Marketing Assistenz – Apolline Diallo-Vernet",
             "location": "Funkenflug, Venloer Straße 241, Köln", "organizer": P["miriam"],
             "attendees": [("Felix Graf", "felix.graf@funkenflug.example.de"),
                        ("Nele Schuster", "nele.schuster@funkenflug.example.de")],
             "attach": "einladung.ics"},
))

add(M(
    INV, "kolibri_forwards_veedel_invitation", "de", "Veedel Naturkosmetik", P["sven"][1],
    key="inv_kolibri", parent="ack_kolibri",
    date="2026-02-17 08:55 +0100",
    frm=P["sven"],
    subject="WG: Kennenlernen Marketing Assistenz",
    text=(
        "Hallo Frau Diallo-Vernet,\n\n"
        "gute Nachrichten: Veedel Naturkosmetik möchte Sie kennenlernen! Unten die Nachricht "
        "der Marketingleiterin. Passt Ihnen Freitag, 20.02., um 11 Uhr im Laden in der "
        "Körnerstraße? Dann bestätige ich den Termin.\n\n"
        "Beste Grüße\n"
        "Sven Hoffmann\n"
        "Kolibri Personal\n\n"
        + fwd_block("de", "Judith Engels <judith.engels@veedel-naturkosmetik.example.de>",
                    "Mo., 16. Feb. 2026 um 17:20", "Kennenlernen Marketing Assistenz",
                    "Sven Hoffmann <sven.hoffmann@kolibri-personal.example.de>")
        + "\n\n"
        "Hallo Sven,\n\n"
        "das Profil von Frau Diallo-Vernet gefällt uns sehr. Wir würden sie gern am Freitag "
        "um 11 Uhr oder am Montag um 15 Uhr im Laden treffen.\n\n"
        "Liebe Grüße\nJudith\n"
    ),
    cte="quoted-printable",
))

# ------------------------------------------------------------------ Spanish (3)

add(M(
    INV, "artxanda_in_person", "es", "Jardines Artxanda", P["ane"][1],
    key="inv_artxanda", parent="ack_artxanda",
    date="2026-06-01 12:18 +0200",
    frm=P["ane"],
    subject="Entrevista - Asistente de marketing",
    text=(
        "Hola Apolline:\n\n"
        "Hemos leído tu candidatura para el puesto de asistente de marketing y nos gustaría "
        "conocerte en persona. ¿Puedes venir el jueves 4 de junio a las 10:00 al vivero? "
        "Estarás con Gorka, nuestro responsable de tienda, y conmigo, aproximadamente una "
        "hora.\n\n"
        "La dirección es Camino de Artxanda 12; si vienes en funicular, estamos a cinco "
        "minutos andando.\n\n"
        "Un saludo,\n"
        "Ane Etxeberria\n"
        "Recursos Humanos · Jardines Artxanda\n"
        "944 12 34 70\n"
    ),
    charset="iso-8859-1", cte="quoted-printable",
))

_itsasoa_inv = (
    "Hola Apolline:\n\n"
    "¡Gracias por tu interés en Cosmética Itsasoa! Nos gustaría tener una videollamada "
    "contigo el jueves 2 de abril a las 12:00 para conocerte mejor y contarte el puesto de "
    "Asistente de Marketing.\n\n"
    "Enlace de la reunión: https://meet.itsasoa.example.es/asistente-mkt\n\n"
    "Si necesitas otro horario, responde a este correo.\n\n"
    "Maite Arrieta\n"
    "Responsable de Personas · Cosmética Itsasoa\n"
)
add(M(
    INV, "workable_itsasoa_video", "es", "Cosmética Itsasoa", P["maite"][1],
    key="inv_itsasoa", parent="ack_itsasoa",
    date="2026-03-30 10:45 +0200",
    frm=("Maite Arrieta (Cosmética Itsasoa)", "noreply@workablemail.com"),
    name_enc=("utf-8", "Q"),
    reply_to=P["maite"],
    subject="Videollamada con Cosmética Itsasoa",
    text=_itsasoa_inv,
    html=ats_card("Cosmética Itsasoa", "#0369a1", paras(_itsasoa_inv),
                  "Enviado con Workable.", "es"),
))

add(M(
    INV, "talento_norte_call_ekilore", "es", "Ekilore", P["leire"][1],
    key="inv_ekilore", refs=["<CAR1apolline.talentonorte@example.fr>"],
    date="2026-08-25 11:10 +0200",
    frm=P["leire"],
    subject="Posición Marketing junior en Ekilore",
    text=(
        "Hola Apolline:\n\n"
        "Gracias por enviarme tu CV. Estoy llevando la selección de una Responsable de Marketing "
        "junior para Ekilore, una cooperativa de flor cortada y planta de temporada en "
        "Gernika.\n\n"
        "¿Te viene bien una llamada el jueves 27 a las 17:00 para contarte el puesto y conocer "
        "tu experiencia? Serán unos 30 minutos.\n\n"
        "Un saludo,\n\n"
        "Leire Goikoetxea\n"
        "Consultora senior · Talento Norte\n"
        "+34 944 05 61 22\n"
    ),
))

# ======================================================================= reschedules / cancels

# ------------------------------------------------------------------ French (7)

add(M(
    MOV, "serres_erdre_moved_sequence_bump", "fr", "Les Serres de l'Erdre", P["gaelle"][1],
    key="mov_serres", parent="inv_serres",
    date="2026-02-20 09:12 +0100",
    frm=P["gaelle"],
    subject="Entretien déplacé au jeudi 26 février",
    text=(
        "Bonjour Apolline,\n\n"
        "Yannick doit se rendre mardi à un salon professionnel à Angers. Je me permets donc de "
        "décaler notre entretien au jeudi 26 février à 10h00, au même endroit. L'invitation de "
        "votre agenda est mise à jour.\n\n"
        "Si ce nouveau créneau ne vous convient pas, dites-le-moi et nous trouverons une autre "
        "date.\n\n"
        "Bien cordialement,\n"
        "Gaëlle Le Floch\n"
        "Les Serres de l'Erdre\n\n"
        + wrote_fr("lun. 16 févr. 2026 à 11:05", *P["gaelle"]) + "\n"
        + quote(_serres_inv) + "\n"
    ),
    ics={"method": "REQUEST", "uid": SERRES_UID, "seq": 1, "stamp": "2026-02-20 08:12",
             "start": "2026-02-26 10:00", "end": "2026-02-26 11:00",
             "summary": "Entretien – Assistante marketing & animation commerciale",
             "location": "Les Serres de l'Erdre, 112 route de Sucé, Nantes",
             "organizer": P["gaelle"], "attendees": [P["yannick"]]},
))

add(M(
    MOV, "studio_lumen_new_slot_confirmed", "fr", "Studio Lumen", P["chloe"][1],
    key="mov_lumen", parent="own_move_lumen",
    date="2026-03-25 11:20 +0100",
    frm=P["chloe"],
    subject="Re: Votre candidature – on se voit jeudi ?",
    text=(
        "Pas de souci, décalons à mardi 31 mars, 15h, même adresse. L'entretien durera une "
        "heure environ, avec Paul qui s'occupe des réseaux sociaux.\n\n"
        "Chloé\n\n"
        + wrote_fr("mer. 25 mars 2026 à 09:02", *CANDIDATE) + "\n"
        + quote(
            "Bonjour Madame Vasseur,\n\n"
            "Serait-il possible de déplacer notre entretien de jeudi ? Je dois assurer le\n"
            "marché de Talensac ce matin-là. Je suis libre toute la journée de mardi.\n\n"
            "Bien cordialement,\nApolline") + "\n"
    ),
))

add(M(
    MOV, "coop_thabor_interviewer_ill", "fr", "La Coop du Thabor", P["erwan"][1],
    key="mov_thabor", parent="inv_thabor",
    date="2026-05-11 08:41 +0200",
    frm=P["erwan"],
    cc=[P["nolwenn"]],
    subject="Report de votre entretien du 14 mai",
    text=(
        "Bonjour Madame Diallo-Vernet,\n\n"
        "Nolwenn Tanguy est malheureusement souffrante cette semaine. L'entretien prévu jeudi "
        "14 mai est donc reporté au mardi 19 mai, toujours à 14h00 et au même endroit ; le reste "
        "du jury est inchangé.\n\n"
        "Pouvez-vous me confirmer que cette nouvelle date vous convient ?\n\n"
        "Merci de votre compréhension,\n"
        "Erwan Le Gall\n"
        "Responsable des ressources humaines\n"
        "La Coop du Thabor – 9 rue de Paris, 35000 Rennes\n"
    ),
    html=outlook_html(mso(
        "Bonjour Madame Diallo-Vernet,\n\n"
        "Nolwenn Tanguy est malheureusement souffrante cette semaine. L'entretien prévu jeudi "
        "14 mai est donc reporté au mardi 19 mai, toujours à 14h00 et au même endroit ; le reste "
        "du jury est inchangé.\n\n"
        "Pouvez-vous me confirmer que cette nouvelle date vous convient ?\n\n"
        "Merci de votre compréhension,\n"
        "Erwan Le Gall\n"
        "Responsable des ressources humaines\n"
        "La Coop du Thabor – 9 rue de Paris, 35000 Rennes")),
))

add(M(
    MOV, "celestine_moved_teams", "fr", "Maison Célestine", P["ines"][1],
    key="mov_celestine", parent="inv_celestine",
    date="2026-03-16 12:02 +0100",
    frm=P["ines"],
    subject="Mise à jour : entretien Maison Célestine – jeu. 19 mars 10:00",
    text=(
        "Bonjour Apolline,\n\n"
        "Hugo a un empêchement mercredi matin. Nous déplaçons donc votre entretien du mercredi "
        "18 mars 11h au jeudi 19 mars à 10h, toujours sur Teams. Le lien reste le même et "
        "l'invitation ci-jointe remplace la précédente.\n\n"
        "Merci de votre souplesse,\n"
        "Inès\n"
    ),
    ics={"method": "REQUEST", "uid": "gh-celestine-7f3c91d2e0@maison-celestine.example.fr",
             "seq": 2, "stamp": "2026-03-16 11:02", "start": "2026-03-19 10:00",
             "end": "2026-03-19 10:45", "summary": "Entretien Maison Célestine – Apolline Diallo-Vernet",
             "location": "Microsoft Teams", "organizer": P["ines"], "attendees": [P["hugo"]],
             "description": "Rejoindre : https://teams.maison-celestine.example.fr/l/meetup/5521"},
))

add(M(
    MOV, "ravel_client_cancels_meeting", "fr", "Florélia", P["margaux"][1],
    key="mov_florelia", parent="inv_florelia",
    date="2026-02-13 18:25 +0100",
    frm=P["margaux"],
    subject="Florélia – rendez-vous de mardi annulé",
    text=(
        "Bonjour Apolline,\n\n"
        "Diane Roussel doit malheureusement annuler le rendez-vous de mardi 17 février : elle "
        "est retenue sur un shooting à Grasse toute la semaine. Rassurez-vous, le processus "
        "n'est pas arrêté ; elle me communique de nouvelles disponibilités en début de semaine "
        "prochaine et je reviens vers vous aussitôt.\n\n"
        "Pensez à annuler votre billet de train si vous l'aviez déjà pris (les billets Prem's "
        "sont remboursables jusqu'à la veille).\n\n"
        "Bien cordialement,\n"
        "Margaux Ravel\n"
        "Ravel Conseil\n\n"
        "--\n"
        "Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur "
        "destinataire.\n"
    ),
))

add(M(
    MOV, "maree_haute_calendar_cancel", "fr", "Marée Haute", P["bastien"][1],
    key="mov_maree", parent="inv_maree",
    date="2026-08-27 19:05 +0200",
    frm=P["bastien"],
    subject="Invitation annulée : Entretien visio – Marée Haute @ ven. 28 août 10:00",
    text=(
        "Salut Apolline,\n\n"
        "Désolé de te prévenir si tard : un client nous a avancé sa présentation à demain matin "
        "et je dois annuler notre visio. Je te propose un nouveau créneau dès lundi, promis.\n\n"
        "Bastien\n"
    ),
    ics={"method": "CANCEL", "uid": MAREE_UID, "seq": 1, "stamp": "2026-08-27 17:05",
             "start": "2026-08-28 10:00", "end": "2026-08-28 10:45",
             "summary": "Entretien visio – Marée Haute", "organizer": P["bastien"],
             "prodid": "-//Google Inc//Google Calendar 70.9054//EN"},
))

_herve_fwd = {
    "slug": "inner_maraichers", "kind": "other",
    "msgid": "<9f1e22c0.maraichers@maraichers-nantais.example.fr>",
    "date": "2026-01-22 08:03 +0100",
    "frm": P["herve"], "to": [P["sandrine"]],
    "subject": "Entretien Mme Diallo-Vernet vendredi",
    "text": (
        "Bonjour Sandrine,\n\n"
        "Nous avons une livraison de plants imprévue vendredi matin. Pouvons-nous recevoir "
        "Mme Diallo-Vernet à 14h plutôt qu'à 9h30 ? Même lieu.\n\n"
        "Merci,\nHervé Pichon\nLes Maraîchers Nantais\n"
    ),
    "filename": "Entretien Mme Diallo-Vernet vendredi.eml",
}
add(M(
    MOV, "interim_atlantique_moved_attached_client_mail", "fr", "Les Maraîchers Nantais",
    P["sandrine"][1],
    key="mov_maraichers", parent="inv_maraichers",
    date="2026-01-22 09:30 +0100",
    frm=P["sandrine"], name_enc=("iso-8859-1", "Q"),
    subject="Changement d'horaire – entretien Maraîchers Nantais",
    text=(
        "Bonjour Apolline,\n\n"
        "Petit changement : votre entretien aux Maraîchers Nantais est décalé au même jour, "
        "vendredi 23 janvier, mais à 14h00 au lieu de 9h30. Je vous joins le message de "
        "M. Pichon.\n\n"
        "Merci de me confirmer par retour que c'est bon pour vous.\n\n"
        "Sandrine Guého\n"
        "Intérim Atlantique – 02 40 47 91 36\n"
    ),
    attach_msg=_herve_fwd,
))

# ------------------------------------------------------------------ English (4)

add(M(
    MOV, "blackthorn_interviewer_off_sick", "en", "Blackthorn Botanicals", P["rosie"][1],
    key="mov_blackthorn", parent="inv_blackthorn",
    date="2026-04-27 15:33 +0100",
    frm=P["rosie"],
    subject="Tomorrow's interview - new date",
    text=(
        "Hi Apolline,\n\n"
        "I'm sorry to do this at short notice: Callum is off sick, so we need to move "
        "tomorrow's interview. Could you do Thursday 30 April at 14:00 instead? Same place - "
        "our studio on Gloucester Road.\n\n"
        "Let me know and I'll update the invite.\n\n"
        "Thanks for bearing with us,\n"
        "Rosie\n\n"
        "Rosie Hartwell | Talent Partner | Blackthorn Botanicals\n"
        "+44 117 496 0112\n"
    ),
))

add(M(
    MOV, "wildmoor_updated_invitation_sequence", "en", "Wildmoor Gardens", P["gemma"][1],
    key="mov_wildmoor", parent="own_move_wildmoor",
    date="2026-08-14 10:02 +0100",
    frm=P["gemma"],
    subject="Updated invitation: Panel interview - Marketing Assistant",
    text=(
        "Dear Apolline,\n\n"
        "No problem at all. I've moved the panel to Thursday 20 August at 14:00, same place; "
        "the updated calendar invitation is attached.\n\n"
        "Kind regards,\nGemma\n\n"
        + wrote_en("Thu, 13 Aug 2026 at 07:48", *CANDIDATE) + "\n"
        + quote(
            "Dear Gemma,\n\n"
            "Thank you for the invitation. Unfortunately I have a family commitment in Nantes\n"
            "on Tuesday 18th. Would it be possible to move the panel interview to later that\n"
            "week?\n\n"
            "Best wishes,\nApolline") + "\n"
    ),
    ics={"method": "REQUEST", "uid": WILDMOOR_UID, "seq": 1, "stamp": "2026-08-14 09:02",
             "start": "2026-08-20 14:00", "end": "2026-08-20 15:00", "tz": "Europe/London",
             "summary": "Panel interview - Marketing Assistant (Apolline Diallo-Vernet)",
             "location": "Wildmoor Gardens, Bath Road, Keynsham", "organizer": P["gemma"],
             "attendees": [("Ben Okafor", "ben.okafor@wildmoor.example.co.uk")],
             "cte": "7bit"},
))

add(M(
    MOV, "harbourside_cancels_chat", "en", "Harbourside Creative", P["dev"][1],
    key="mov_harbourside", parent="inv_harbourside",
    date="2026-06-17 13:15 +0100",
    frm=P["dev"],
    subject="Re: Junior marketing role",
    text=(
        "Hi Apolline,\n\n"
        "Annoyingly a client shoot has landed on Thursday afternoon, so I need to cancel our "
        "chat - sorry! Could we do next Wednesday, the 24th, at 11:00 instead? Same Zoom "
        "link.\n\n"
        "Dev\n\n"
        + wrote_en("Mon, 15 Jun 2026 at 22:05", *CANDIDATE) + "\n"
        + quote("Thursday at 4pm is perfect, thank you! Talk then.\n\nApolline") + "\n"
    ),
))

_petalcraft_cancel = (
    "Hi Apolline,\n\n"
    "Your interview with Priya Nair on Tuesday 28 July at 14:00 has been cancelled.\n\n"
    "Note from Priya: \"So sorry - I've been called to a supplier visit that day. I'll send you "
    "new times by the end of the week.\"\n\n"
    "Petalcraft\n"
)
add(M(
    MOV, "ashby_petalcraft_cancelled", "en", "Petalcraft", P["priya"][1],
    key="mov_petalcraft", parent="inv_petalcraft",
    date="2026-07-24 08:05 +0000",
    frm=("Petalcraft", "no-reply@ashbyhq.com"),
    reply_to=P["priya"],
    subject="Cancelled: Interview with Petalcraft",
    text=_petalcraft_cancel,
    html=ats_card("Petalcraft", "#be185d", paras(_petalcraft_cancel), "Powered by Ashby", "en"),
    ics={"method": "CANCEL", "uid": "ashby-petalcraft-9c0e41@ashbyhq.com", "seq": 1,
             "stamp": "2026-07-24 08:05", "start": "2026-07-28 14:00", "end": "2026-07-28 14:45",
             "tz": "Europe/London", "summary": "Interview with Petalcraft",
             "organizer": ("Priya Nair", "priya.nair@petalcraft.example.co.uk")},
))

# ------------------------------------------------------------------ German (2)

add(M(
    MOV, "hortensia_second_round_cancel", "de", "Hortensia Kosmetik", P["jonas"][1],
    key="mov_hortensia", parent="inv_hortensia",
    date="2026-05-29 17:45 +0200",
    frm=P["jonas"],
    subject="Abgesagt: Zweites Gespräch Marketing Assistant (Mi. 3. Juni, 9:30)",
    subj_enc=("utf-8", "Q"),
    text=(
        "Hallo Frau Diallo-Vernet,\n\n"
        "leider muss ich unser zweites Gespräch am Mittwoch absagen - ich bin kurzfristig auf "
        "Dienstreise in Hamburg. Das ist keine Absage Ihrer Bewerbung: Katrin Wolters meldet "
        "sich in den nächsten Tagen mit einem neuen Termin.\n\n"
        "Beste Grüße\n"
        "Jonas Brandt\n"
        "Marketing Lead, Hortensia Kosmetik\n"
    ),
    ics={"method": "CANCEL", "uid": "hortensia-round2-0603@hortensia-kosmetik.example.de",
             "seq": 1, "stamp": "2026-05-29 15:45", "start": "2026-06-03 09:30",
             "end": "2026-06-03 10:30", "tz": "Europe/Berlin",
             "summary": "Zweites Gespräch Marketing Assistant", "organizer": P["jonas"],
             "attach": "absage.ics"},
))

add(M(
    MOV, "kolibri_client_interview_moved", "de", "Veedel Naturkosmetik", P["sven"][1],
    key="mov_kolibri", parent="own_move_kolibri",
    date="2026-02-19 10:20 +0100",
    frm=P["sven"],
    subject="AW: Termin Veedel Naturkosmetik",
    text=(
        "Hallo Frau Diallo-Vernet,\n\n"
        "kein Problem, ich habe mit Veedel gesprochen: Ihr Gespräch findet jetzt am Montag, "
        "23.02., um 15 Uhr statt, wieder im Laden in der Körnerstraße.\n\n"
        "Beste Grüße\n"
        "Sven Hoffmann\n"
        "Kolibri Personal\n\n"
        + wrote_de("18.02.2026 um 19:12", *CANDIDATE) + "\n"
        + quote(
            "Hallo Herr Hoffmann,\n\n"
            "am Freitag um 11 Uhr habe ich leider einen Arzttermin. Wäre der Montag um 15 Uhr\n"
            "möglich?\n\n"
            "Viele Grüße\nApolline Diallo-Vernet") + "\n"
    ),
    charset="iso-8859-1",
))

# ------------------------------------------------------------------ Spanish (2)

add(M(
    MOV, "itsasoa_video_moved", "es", "Cosmética Itsasoa", P["maite"][1],
    key="mov_itsasoa", parent="inv_itsasoa",
    date="2026-04-01 17:30 +0200",
    frm=P["maite"],
    subject="Cambio de hora: videollamada Cosmética Itsasoa",
    subj_enc=("utf-8", "B"),
    text=(
        "Hola Apolline:\n\n"
        "Te escribo porque tenemos que mover la videollamada de mañana jueves a las 12:00. "
        "¿Te vendría bien el martes 7 de abril a las 16:00? El enlace sería el mismo.\n\n"
        "Disculpa las molestias.\n\n"
        "Maite Arrieta\n"
        "Responsable de Personas · Cosmética Itsasoa\n"
        "Muelle de Uribitarte 4, 48001 Bilbao\n"
    ),
))

add(M(
    MOV, "talento_norte_client_cancels", "es", "Ekilore", P["leire"][1],
    key="mov_ekilore", parent="inv_ekilore",
    date="2026-09-01 09:55 +0200",
    frm=P["leire"],
    subject="Reunión con Ekilore del jueves",
    text=(
        "Hola Apolline:\n\n"
        "Ekilore me pide anular la reunión que teníais el jueves 3 en Gernika: la gerente tiene "
        "que preparar la asamblea de socios de septiembre. No es un descarte; quieren "
        "reprogramarla en cuanto pase la asamblea y te avisaré con la nueva fecha.\n\n"
        "Un abrazo,\n"
        "Leire Goikoetxea\n"
        "Talento Norte\n"
    ),
    html=simple_html(paras(
        "Hola Apolline:\n\n"
        "Ekilore me pide anular la reunión que teníais el jueves 3 en Gernika: la gerente tiene "
        "que preparar la asamblea de socios de septiembre. No es un descarte; quieren "
        "reprogramarla en cuanto pase la asamblea y te avisaré con la nueva fecha.\n\n"
        "Un abrazo,\nLeire Goikoetxea\nTalento Norte"), "es"),
    cte="base64", html_cte="base64",
))

# ======================================================================= missed interviews

# ------------------------------------------------------------------ French (5)

add(M(
    MIS, "celestine_waited_on_teams", "fr", "Maison Célestine", P["ines"][1],
    key="mis_celestine", parent="mov_celestine",
    date="2026-03-19 10:32 +0100",
    frm=P["ines"],
    subject="Entretien de ce matin",
    text=(
        "Bonjour Apolline,\n\n"
        "Hugo et moi vous avons attendue sur Teams ce matin à 10h, pendant une quinzaine de "
        "minutes, mais vous ne vous êtes pas connectée. Avez-vous rencontré un problème "
        "technique ?\n\n"
        "Tenez-moi au courant.\n\n"
        "Inès Barbier\n"
        "Talent Acquisition – Maison Célestine\n"
    ),
))

add(M(
    MIS, "tempo_interim_called_twice", "fr", "Tempo Intérim", P["kevin"][1],
    key="mis_tempo", parent="inv_tempo",
    date="2026-09-09 10:40 +0200",
    frm=P["kevin"],
    subject="Notre rendez-vous téléphonique de 10h",
    charset="windows-1252", cte="quoted-printable",
    text=(
        "Bonjour Madame Diallo-Vernet,\n\n"
        "J’ai essayé de vous joindre à deux reprises ce matin, à 10h puis à 10h15, pour notre "
        "point téléphonique, sans succès. Je vous ai laissé un message vocal.\n\n"
        "Pouvez-vous me rappeler au 02 99 31 47 60 ou m’indiquer un autre moment ?\n\n"
        "Cordialement,\n"
        "Kévin Ollivier\n"
        "Tempo Intérim\n"
    ),
))

add(M(
    MIS, "jardiflor_waited_in_store", "fr", "Jardiflor Ouest", P["romain"][1],
    key="mis_jardiflor", parent="inv_jardiflor",
    date="2026-06-19 11:02 +0200",
    frm=P["romain"],
    subject="Votre entretien ce matin au magasin",
    text=(
        "Bonjour Madame Diallo-Vernet,\n\n"
        "Nous vous attendions ce matin à 10h au magasin de Cesson-Sévigné pour votre entretien. "
        "Sans nouvelles de votre part, j'ai dû reprendre mon planning.\n\n"
        "Si un imprévu vous a empêchée de venir, merci de me le faire savoir.\n\n"
        "Romain Besnard\n"
        "Directeur de magasin – Jardiflor Ouest Cesson-Sévigné\n"
        "Rue de la Rigourdière, 35510 Cesson-Sévigné\n"
    ),
    html=simple_html(paras(
        "Bonjour Madame Diallo-Vernet,\n\n"
        "Nous vous attendions ce matin à 10h au magasin de Cesson-Sévigné pour votre entretien. "
        "Sans nouvelles de votre part, j'ai dû reprendre mon planning.\n\n"
        "Si un imprévu vous a empêchée de venir, merci de me le faire savoir.\n\n"
        "Romain Besnard\nDirecteur de magasin – Jardiflor Ouest Cesson-Sévigné\n"
        "Rue de la Rigourdière, 35510 Cesson-Sévigné")),
))

add(M(
    MIS, "pepinieres_voicemail", "fr", "Pépinières du Layon", P["thierry"][1],
    key="mis_layon", parent="inv_layon",
    date="2026-04-08 11:25 +0200",
    frm=P["thierry"],
    subject="Re: Candidature chargée de communication",
    cte="8bit",
    text=(
        "Je vous ai appelée à 11h comme convenu, je suis tombé sur votre messagerie. J'ai "
        "réessayé à 11h15, pareil. Rappelez-moi quand vous pouvez au 02 41 78 35 09.\n\n"
        "T. Gaudin\n\n"
        + wrote_fr("mar. 7 avr. 2026 à 12:40", *CANDIDATE) + "\n"
        + quote("Bonjour Monsieur Gaudin,\n\nMercredi 11h me convient très bien, merci !\n\n"
                "Apolline Diallo-Vernet") + "\n"
    ),
))

add(M(
    MIS, "comptoir_graines_nobody_joined", "fr", "Comptoir des Graines", P["elodie"][1],
    key="mis_graines", parent="ack_graines",
    date="2026-03-12 09:52 +0100",
    frm=P["elodie"],
    subject="Visio de 9h30",
    subj_enc=("utf-8", "Q"),
    text=(
        "Bonjour Apolline,\n\n"
        "J'étais connectée sur Google Meet à 9h30 comme prévu lors de notre appel de lundi, "
        "mais personne ne m'a rejointe. Je suis restée vingt minutes sur le lien.\n\n"
        "Je reste disponible pour en discuter si vous le souhaitez.\n\n"
        "Élodie Renaud\n"
        "Comptoir des Graines\n"
    ),
    cte="base64",
))

# ------------------------------------------------------------------ English (2)

add(M(
    MIS, "harbourside_waited_on_zoom", "en", "Harbourside Creative", P["dev"][1],
    key="mis_harbourside", parent="mov_harbourside",
    date="2026-06-24 11:22 +0100",
    frm=P["dev"],
    subject="Re: Junior marketing role",
    text=(
        "Hi Apolline,\n\n"
        "I was on Zoom at 11 and waited about 15 minutes but didn't see you come through. "
        "Hope everything's alright - drop me a line.\n\n"
        "Dev\n"
    ),
))

add(M(
    MIS, "lark_linden_tried_calling_twice", "en", "Lark & Linden", P["owen"][1],
    key="mis_lark", parent="inv_lark",
    date="2026-09-15 10:25 +0100",
    frm=P["owen"],
    subject="Our call this morning",
    text=(
        "Hi Apolline,\n\n"
        "I tried calling you twice at 10:00 on the number from your CV (+33 6 41 27 58 90) and "
        "left a voicemail, but couldn't get through. Could you let me know what happened?\n\n"
        "Best,\n"
        "Owen Thackeray\n"
        "Recruiter, Lark & Linden\n"
    ),
    html=simple_html(paras(
        "Hi Apolline,\n\n"
        "I tried calling you twice at 10:00 on the number from your CV (+33 6 41 27 58 90) and "
        "left a voicemail, but couldn't get through. Could you let me know what happened?\n\n"
        "Best,\nOwen Thackeray\nRecruiter, Lark & Linden"), "en"),
))

# ------------------------------------------------------------------ German (2)

add(M(
    MIS, "rheingruen_expected_at_ten", "de", "Rheingrün Gartencenter", P["tobias"][1],
    key="mis_rheingruen", parent="ack_rheingruen",
    date="2026-07-14 11:15 +0200",
    frm=P["tobias"], name_enc=("iso-8859-1", "Q"),
    subject="Ihr Vorstellungsgespräch heute",
    charset="iso-8859-1", cte="quoted-printable",
    text=(
        "Sehr geehrte Frau Diallo-Vernet,\n\n"
        "wir hatten Sie heute um 10:00 Uhr zum Vorstellungsgespräch im Gartencenter erwartet. "
        "Leider sind Sie nicht erschienen und waren telefonisch nicht erreichbar.\n\n"
        "Bitte teilen Sie uns mit, ob Sie weiterhin Interesse an der Stelle haben.\n\n"
        "Mit freundlichen Grüßen\n"
        "Tobias Keßler\n"
        "Marktleiter, Rheingrün Gartencenter\n"
        "Militärringstraße 200, 50933 Köln\n"
    ),
))

add(M(
    MIS, "bluetenwerk_phone_unreachable", "de", "Blütenwerk", P["lena"][1],
    refs=["<CAT3bluetenwerk.telefon@bluetenwerk.example.de>"],
    date="2026-08-19 14:35 +0200",
    frm=P["lena"],
    subject="Telefoninterview 14 Uhr",
    text=(
        "Hallo Frau Diallo-Vernet,\n\n"
        "wir haben Sie heute um 14:00 und noch einmal um 14:10 Uhr für unser vereinbartes "
        "Telefoninterview angerufen, Sie aber leider nicht erreicht.\n\n"
        "Wenn Sie weiterhin Interesse haben, schlagen Sie mir gern zwei neue Zeitfenster vor.\n\n"
        "Viele Grüße\n"
        "Lena Vogt\n"
        "Marketing & E-Commerce, Blütenwerk\n"
        "Subbelrather Straße 15, 50823 Köln\n"
    ),
    html=simple_html(paras(
        "Hallo Frau Diallo-Vernet,\n\n"
        "wir haben Sie heute um 14:00 und noch einmal um 14:10 Uhr für unser vereinbartes "
        "Telefoninterview angerufen, Sie aber leider nicht erreicht.\n\n"
        "Wenn Sie weiterhin Interesse haben, schlagen Sie mir gern zwei neue Zeitfenster vor.\n\n"
        "Viele Grüße\nLena Vogt\nMarketing & E-Commerce, Blütenwerk\n"
        "Subbelrather Straße 15, 50823 Köln"), "de"),
    html_cte="quoted-printable",
))

# ------------------------------------------------------------------ Spanish (1)

add(M(
    MIS, "artxanda_waited_at_nursery", "es", "Jardines Artxanda", P["ane"][1],
    key="mis_artxanda", parent="inv_artxanda",
    date="2026-06-04 10:40 +0200",
    frm=P["ane"],
    subject="Re: Entrevista - Asistente de marketing",
    text=(
        "Hola Apolline:\n\n"
        "Te esperábamos hoy a las 10:00 en el vivero para la entrevista y no has\n"
        "aparecido. ¿Ha pasado algo? Llámanos cuando puedas.\n\n"
        "Ane\n"
    ),
))
