"""Corpus 261: interview invitations (26), reschedules/cancellations (15), missed interviews (10)."""

from __future__ import annotations

from msgs261_common import (
    CAND_ADDR,
    CAND_NAME,
    ats_card,
    attrib_en,
    attrib_es,
    attrib_fr,
    mso,
    outlook_block,
    outlook_html,
    paras,
    quote,
    simple_html,
)

MESSAGES: list[dict] = []
INV, RES, MIS = "interview_invitation", "interview_reschedule_or_cancel", "missed_interview_notice"


def add(kind: str, **spec: object) -> None:
    MESSAGES.append({"kind": kind, **spec})


# ============================================================================ invitations

# 001 -- Biscuiterie Mosane, ICS REQUEST in the alternative --------------------------------
_mos_inv = (
    "Bonjour Madame Sithole-Garnier,\n\n"
    "Suite à votre candidature pour le poste d'assistante achats (matières premières et "
    "emballages), nous avons le plaisir de vous inviter à un entretien dans nos bureaux de "
    "Jambes.\n\n"
    "Date : mardi 24 février 2026, de 10h00 à 11h00\n"
    "Lieu : Biscuiterie Mosane, Chaussée de Liège 620, 5100 Jambes (accueil du bâtiment B)\n"
    "Vous rencontrerez : Thierry Collard (responsable achats) et moi-même.\n\n"
    "Vous trouverez une invitation de calendrier en pièce jointe ; merci de l'accepter ou de "
    "me proposer un autre moment si cela ne vous convient pas.\n\n"
    "Au plaisir de vous rencontrer,\n\n"
    "Aurélie Marchal\n"
    "Chargée RH – Biscuiterie Mosane SA\n"
    "Tél. 081 30 70 90\n"
)
add(
    INV, slug="mosane_ics_request", lang="fr", company="Biscuiterie Mosane",
    contact="a.marchal@biscuiterie-mosane.example.be",
    frm=("Aurélie Marchal", "a.marchal@biscuiterie-mosane.example.be"),
    subject="Invitation à un entretien – Assistante achats",
    date="2026-02-16 14:22 +0100", id="mosane_inv", parent="mosane_ack",
    text=_mos_inv, html=simple_html(paras(_mos_inv)),
    ics={"uid": "mosane-entretien-7731@biscuiterie-mosane.example.be", "seq": 0,
         "start": "2026-02-24 10:00 +0100", "end": "2026-02-24 11:00 +0100",
         "summary": "Entretien assistante achats – M. Sithole-Garnier",
         "location": "Biscuiterie Mosane, Chaussée de Liège 620, Jambes",
         "organizer": ("Aurélie Marchal", "a.marchal@biscuiterie-mosane.example.be"),
         "attendees": [("Thierry Collard", "t.collard@biscuiterie-mosane.example.be")]},
)

# 002 -- Clinique Saint-Aubain, Teams screen ---------------------------------------------
add(
    INV, slug="saint_aubain_teams_screen", lang="fr", company="Clinique Saint-Aubain",
    contact="v.lambotte@st-aubain.example.be",
    frm=("Véronique Lambotte", "v.lambotte@st-aubain.example.be"),
    subject="Votre candidature – premier échange en visioconférence",
    date="2026-03-09 11:42 +0100", id="aubain_inv", parent="aubain_ack",
    text=(
        "Bonjour Madame,\n\n"
        "Votre candidature pour le poste d'assistante au service achats a retenu notre "
        "attention. Je vous propose un premier échange d'une trentaine de minutes sur Teams, "
        "le jeudi 12 mars à 10h00.\n\n"
        "Lien de la réunion : https://teams.example.be/meet/st-aubain/ach-4412\n\n"
        "Pourriez-vous me confirmer votre présence par retour de mail ?\n\n"
        "Bien à vous,\n\n"
        "Véronique Lambotte\n"
        "Responsable recrutement – Clinique Saint-Aubain\n"
        "Avenue de la Citadelle 75, 5000 Namur – 081 72 90 70\n"
    ),
)

# 003 -- CH Val-de-Sambre, panel, Outlook HTML + ICS attachment ----------------------------
_chvs_inv = (
    "Madame,\n\n"
    "Nous avons le plaisir de vous convier à un entretien de sélection pour la fonction "
    "d'assistante achats (CDI, temps plein).\n\n"
    "Le jury sera composé de M. Olivier Demanet (chef du service Achats et Logistique), "
    "Mme Anne Grégoire (direction financière) et d'un représentant du service RH.\n\n"
    "Mardi 21 avril 2026 à 14h00 – salle du conseil, bâtiment administratif, 3e étage.\n"
    "Durée prévue : 45 minutes, dont une courte mise en situation sur un bon de commande.\n\n"
    "Merci de vous munir d'une pièce d'identité. L'invitation est jointe au format "
    "calendrier.\n\n"
    "Cordialement,\n\n"
    "Olivier Demanet\n"
    "Chef du service Achats et Logistique\n"
    "Centre Hospitalier Val-de-Sambre\n"
    "Boulevard Paul Janson 92, 6000 Charleroi\n"
)
add(
    INV, slug="chvs_panel_outlook_ics", lang="fr", company="Centre Hospitalier Val-de-Sambre",
    contact="o.demanet@chvs.example.be",
    frm=("Demanet Olivier", "o.demanet@chvs.example.be"),
    cc=[("Grégoire Anne", "a.gregoire@chvs.example.be")],
    subject="Entretien – Assistante achats",
    date="2026-04-07 10:05 +0200", id="chvs_inv",
    text=_chvs_inv, html=outlook_html(mso(_chvs_inv)), cte="quoted-printable",
    ics={"uid": "040000008200E00074C5B7101A82E008000000009A1B2C3D4E@chvs.example.be",
         "seq": 0, "place": "attach", "name": "entretien.ics",
         "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
         "start": "2026-04-21 14:00 +0200", "end": "2026-04-21 14:45 +0200",
         "summary": "Entretien – Assistante achats",
         "location": "CHVS – Salle du conseil (bât. administratif, 3e étage)",
         "organizer": ("Demanet Olivier", "o.demanet@chvs.example.be"),
         "attendees": [("Grégoire Anne", "a.gregoire@chvs.example.be")]},
)

# 004 -- Cabinet Hautvent sets up an interview with the Laiterie des Fagnes -----------------
add(
    INV, slug="hautvent_client_laiterie", lang="fr", company="Laiterie des Fagnes",
    contact="g.lejeune@hautvent.example.be",
    frm=("Gaëlle Lejeune - Cabinet Hautvent", "g.lejeune@hautvent.example.be"),
    frm_enc=("iso-8859-1", "B"),
    subject="Rencontre avec la Laiterie des Fagnes – mardi 12 mai",
    date="2026-05-05 17:15 +0200", id="hautvent_inv", parent="hautvent_ack",
    text=(
        "Bonjour Manon,\n\n"
        "Bonne nouvelle : la Laiterie des Fagnes souhaite vous rencontrer pour le poste "
        "d'assistante approvisionnement à Malmedy. Je vous ai présentée vendredi et le "
        "directeur des opérations a tout de suite accroché sur votre expérience en boutique.\n\n"
        "Le rendez-vous est fixé au mardi 12 mai à 9h30, sur leur site (Route de Waimes 18, "
        "4960 Malmedy). Vous verrez M. Paul Kessler et la responsable qualité. Prévoyez une "
        "heure.\n\n"
        "Je vous appelle demain pour le briefing. D'ici là, n'hésitez pas si vous avez des "
        "questions.\n\n"
        "Gaëlle Lejeune\n"
        "Consultante – Cabinet Hautvent Recrutement\n"
        "Rue Saint-Gilles 45, 4000 Liège\n"
        "04 290 70 11 – 0496 90 70 31\n"
    ),
)

# 005 -- Maison Verlinde, trial day -------------------------------------------------------
add(
    INV, slug="verlinde_journee_essai", lang="fr", company="Maison Verlinde",
    contact="pauline@maison-verlinde.example.fr",
    frm=("Pauline Verlinde", "pauline@maison-verlinde.example.fr"),
    subject="Votre candidature – journée d'essai à Lille",
    date="2026-06-02 09:08 +0200", id="verlinde_inv",
    text=(
        "Bonjour Manon,\n\n"
        "Merci pour votre candidature pour le poste d'assistante achats et approvisionnement. "
        "Plutôt qu'un entretien classique, nous vous proposons de passer une journée avec "
        "nous : le matin en boutique, l'après-midi avec moi sur les commandes de cacao, de "
        "sucre et d'emballages.\n\n"
        "Nous avons pensé au mercredi 10 juin, de 8h00 à 16h00, au 48 rue de la Grande "
        "Chaussée. La journée est rémunérée et le repas est offert.\n\n"
        "Cela vous conviendrait-il ?\n\n"
        "Pauline Verlinde\n"
        "Maison Verlinde – Chocolatier depuis 1921\n"
        "03 20 70 90 55\n"
    ),
)

# 006 -- Groupe Distri-Wallonie, assessment centre via iCIMS ------------------------------
_dw = (
    "Bonjour Manon,\n\n"
    "Félicitations ! Votre candidature pour le programme « Assistant·e Achats – Graduate "
    "Operations » a passé la première sélection.\n\n"
    "Nous vous invitons à notre journée d'évaluation (assessment center) le jeudi 2 avril "
    "2026 de 8h30 à 15h00 à notre siège de Gosselies. Au programme : étude de cas en groupe, "
    "exercice de négociation fournisseur et entretien individuel avec un manager.\n\n"
    "Merci de confirmer votre participation via votre espace candidat avant le 27 mars.\n\n"
    "L'équipe Recrutement – Groupe Distri-Wallonie"
)
add(
    INV, slug="icims_distri_assessment", lang="fr", company="Groupe Distri-Wallonie",
    contact="",
    frm=("Groupe Distri-Wallonie", "distriwallonie@icims.com"),
    subject="Invitation – Journée d'évaluation Assistant·e Achats",
    date="2026-03-23 08:30 +0000", id="distri_inv",
    headers=[("Auto-Submitted", "auto-generated")],
    html=ats_card("Groupe Distri-Wallonie", "#1d4ed8",
                  paras(_dw) + '\n<p><a href="https://careers-distriwallonie.icims.com/'
                  'jobs/candidate/confirm?id=88314" style="background:#1d4ed8;color:#fff;'
                  'padding:10px 16px;text-decoration:none">Confirmer ma participation</a></p>',
                  "Courriel automatique – iCIMS. Merci de ne pas répondre."),
)

# 007 -- Le Comptoir de Bouge, casual ------------------------------------------------------
add(
    INV, slug="comptoir_cafe_jeudi", lang="fr", company="Le Comptoir de Bouge",
    contact="sophie@comptoir-bouge.example.be",
    frm=("Sophie Wauthier", "sophie@comptoir-bouge.example.be"),
    subject="dispo jeudi ?",
    date="2026-08-18 20:31 +0200", id="comptoir_inv",
    text=(
        "Coucou Manon,\n\n"
        "Ta voisine Martine m'a passé ton CV, et ça tombe bien : je cherche quelqu'un pour "
        "gérer les commandes fournisseurs de l'épicerie (fromages, vins, conserves) à mi-temps, "
        "avec de la vente le reste du temps.\n\n"
        "Tu serais dispo jeudi vers 15h pour qu'on en parle autour d'un café au magasin ? "
        "Rue de Bouge 118, juste à côté de la pharmacie.\n\n"
        "Sophie\n"
        "Le Comptoir de Bouge – épicerie fine\n"
        "0475 70 90 13\n"
    ),
)

# 008 -- Marchés Frais Mosans via Teamtailor, self-scheduling -----------------------------
_mfm = (
    "Bonjour Manon,\n\n"
    "Merci d'avoir postulé au poste d'assistant·e achats fruits et légumes. Nous aimerions "
    "en savoir plus sur vous lors d'un entretien vidéo de 30 minutes avec Élodie, notre "
    "acheteuse principale.\n\n"
    "Choisissez le créneau qui vous convient le mieux dans son agenda (disponibilités entre "
    "le 14 et le 18 septembre) :\n"
    "https://marchesfraismosans.teamtailor.example.be/meetings/5f2c81\n\n"
    "À très vite,\nL'équipe Marchés Frais Mosans"
)
add(
    INV, slug="teamtailor_self_schedule", lang="fr", company="Marchés Frais Mosans",
    contact="",
    frm=("Marchés Frais Mosans", "no-reply@teamtailor-mail.com"),
    subject="Planifiez votre entretien avec Marchés Frais Mosans",
    date="2026-09-10 07:45 +0000",
    text=_mfm + "\n",
    html=ats_card("Marchés Frais Mosans", "#15803d", paras(_mfm),
                  "Envoyé avec Teamtailor"),
)

# 009 -- Épiceries Kirchberg, Teams visio, quoting her application ------------------------
add(
    INV, slug="kirchberg_visio_quotes_application", lang="fr", company="Épiceries Kirchberg",
    contact="m.thill@epiceries-kirchberg.example.lu",
    frm=("Marc Thill", "m.thill@epiceries-kirchberg.example.lu"),
    subject="Re: Candidature – Assistante achats épicerie fine",
    date="2026-08-24 11:03 +0200", id="kirchberg_inv", parent="kirchberg_app",
    text=(
        "Bonjour Madame Sithole-Garnier,\n\n"
        "Merci pour votre candidature, très claire. Je vous propose un entretien en "
        "visioconférence le lundi 31 août à 16h00 (heure de Luxembourg) :\n"
        "https://teams.example.lu/l/meetup-join/kirchberg-achats-0831\n\n"
        "Si l'horaire ne convient pas, proposez-moi deux alternatives cette semaine-là.\n\n"
        "Cordialement,\n"
        "Marc Thill\n"
        "Responsable des achats – Épiceries Kirchberg S.à r.l.\n"
        "3 avenue J.F. Kennedy, L-1855 Luxembourg\n\n"
        + attrib_fr("ven. 21 août 2026 à 08:50", CAND_NAME, CAND_ADDR) + "\n"
        + quote(
            "Monsieur,\n\n"
            "Je vous adresse ma candidature pour le poste d'assistante achats. Après un refus "
            "pour un poste similaire en Belgique, j'ai suivi une formation en gestion des "
            "stocks que je souhaite mettre au service de votre enseigne.\n\n"
            "Vous trouverez mon CV en annexe.\n\nManon Sithole-Garnier"
        ) + "\n"
    ),
)

# 010 -- Boulangeries Pirson via Recruitee, HTML only ------------------------------------
add(
    INV, slug="recruitee_pirson_html", lang="fr", company="Boulangeries Pirson",
    contact="",
    frm=("Boulangeries Pirson", "no-reply@jobs.recruitee.com"),
    subject="Boulangeries Pirson : réservez votre entretien",
    date="2026-09-21 12:00 +0000", id="pirson_inv", parent="pirson_ack",
    html=ats_card(
        "Boulangeries Pirson", "#a16207",
        paras(
            "Bonjour Manon,\n\n"
            "Bonne nouvelle : Jérôme Pirson souhaite vous rencontrer pour le poste "
            "d'assistante achats à l'atelier central d'Ans.\n\n"
            "Réservez un créneau d'entretien (sur place, 45 min) entre le 28 septembre et le "
            "2 octobre :"
        ) + '\n<p><a href="https://pirson.recruitee.example.be/o/assistante-achats/book/'
            'b71e">Réserver mon entretien</a></p>',
        "Cet e-mail a été envoyé via Recruitee. Les réponses ne sont pas lues.",
    ),
)

# 011 -- Intérim Sambre & Meuse, agency registration interview ---------------------------
add(
    INV, slug="interim_rdv_inscription", lang="fr", company="Intérim Sambre & Meuse",
    contact="nadia.bouzidi@ism-interim.example.be",
    frm=("Nadia Bouzidi", "nadia.bouzidi@ism-interim.example.be"),
    subject="Rendez-vous à l'agence – vendredi 16 janvier",
    date="2026-01-13 10:20 +0100", id="ism_inv", parent="ism_ack",
    text=(
        "Bonjour Manon,\n\n"
        "Pour finaliser ton inscription et parler des missions d'assistante achats qu'on "
        "reçoit, je te propose un entretien à l'agence le vendredi 16 janvier à 11h00 "
        "(Place de la Station 9, Namur).\n\n"
        "Apporte ta carte d'identité, ton CV imprimé et, si tu en as, tes attestations de "
        "formation. Compte septante-cinq minutes environ avec les tests bureautiques.\n\n"
        "À vendredi,\n"
        "Nadia Bouzidi\n"
        "Consultante – Intérim Sambre & Meuse\n"
        "T. 081 22 70 90\n"
    ),
)

# 012 -- Brasserie de la Citadelle, iso-8859-1, Q subject --------------------------------
add(
    INV, slug="citadelle_latin1", lang="fr", company="Brasserie de la Citadelle",
    contact="achats@brasserie-citadelle.example.be",
    frm=("Benoît Masson", "achats@brasserie-citadelle.example.be"), frm_enc=("iso-8859-1", "Q"),
    subject="Entretien pour le poste d'aide-acheteuse – jeudi 8 octobre",
    subj_enc=("utf-8", "Q"),
    date="2026-10-05 16:40 +0200", charset="iso-8859-1", cte="8bit", id="citadelle_inv",
    text=(
        "Bonjour Madame,\n\n"
        "Nous avons bien lu votre lettre et nous aimerions vous rencontrer.\n\n"
        "Pourriez-vous passer à la brasserie le jeudi 8 octobre à 10h30 ? Nous visiterons "
        "d'abord la salle de brassage et les réserves de malt, puis nous parlerons du poste "
        "autour d'une table. Prévoyez une heure et demie.\n\n"
        "L'entrée se fait par la cour, Route Merveilleuse 64 à Namur.\n\n"
        "Bien à vous,\n"
        "Benoît Masson\n"
        "Responsable achats - Brasserie de la Citadelle SRL\n"
        "081 90 70 22\n"
    ),
)

# 013 -- Grands Moulins de Flandre, phone screen, quoting her application ---------------
add(
    INV, slug="moulins_phone_screen_reply", lang="fr", company="Grands Moulins de Flandre",
    contact="a.dewitte@gmflandre.example.fr",
    frm=("Recrutement GMF", "recrutement@gmflandre.example.fr"),
    reply_to=("Anaïs Dewitte", "a.dewitte@gmflandre.example.fr"),
    subject="RE: Candidature assistante achats – réf. GMF-ACH-26",
    date="2026-05-18 14:02 +0200", id="moulins_inv", parent="moulins_app",
    text=(
        "Bonjour Madame Sithole-Garnier,\n\n"
        "Merci pour votre candidature. Nous souhaitons en discuter avec vous lors d'un "
        "entretien téléphonique de 20 minutes, le jeudi 21 mai à 10h00. Je vous appellerai "
        "au numéro indiqué sur votre CV (+32 470 58 21 93).\n\n"
        "Merci de me confirmer que ce créneau vous convient.\n\n"
        "Anaïs Dewitte\n"
        "Chargée de recrutement – Grands Moulins de Flandre SAS\n"
        "Quai du Wault 3, 59000 Lille\n\n"
        + attrib_fr("lun. 11 mai 2026 à 21:17", CAND_NAME, CAND_ADDR) + "\n"
        + quote(
            "Madame, Monsieur,\n\n"
            "Veuillez trouver ci-joint ma candidature pour le poste d'assistante achats "
            "(réf. GMF-ACH-26). Je travaille depuis six ans en boulangerie à Namur et gère "
            "déjà les commandes de farine de la boutique.\n\n"
            "Dans l'attente de votre réponse,\nManon Sithole-Garnier"
        ) + "\n"
    ),
)

# 014 -- Greenleaf Grocers, Greenhouse phone-screen link ---------------------------------
_gl = (
    "Hi Manon,\n\n"
    "Thanks for applying for the Purchasing Assistant role at Greenleaf Grocers! I'd love "
    "to set up a 30-minute phone screen to learn more about your background.\n\n"
    "Please pick a time that works for you here:\n"
    "https://app.greenhouse.example.io/scheduling/greenleaf/3381-manon\n\n"
    "Looking forward to speaking,\nPriya Nair\nTalent Partner, Greenleaf Grocers"
)
add(
    INV, slug="greenhouse_greenleaf_screen", lang="en", company="Greenleaf Grocers",
    contact="priya.nair@greenleaf.example.be",
    frm=("Priya Nair via Greenhouse", "no-reply@greenhouse-mail.io"),
    reply_to=("Priya Nair", "priya.nair@greenleaf.example.be"),
    subject="Next steps – Purchasing Assistant at Greenleaf Grocers",
    date="2026-01-27 13:31 +0000", id="greenleaf_inv", parent="greenleaf_ack",
    text=_gl + "\n", html=simple_html(paras(_gl), lang="en"),
)

# 015 -- Meridian Food Services, casual "are you free Thursday" ----------------------------
add(
    INV, slug="meridian_free_thursday", lang="en", company="Meridian Food Services",
    contact="dan.whitford@meridianfs.example.be",
    frm=("Dan Whitford", "dan.whitford@meridianfs.example.be"),
    subject="quick chat?",
    date="2026-02-10 18:05 +0100", id="meridian_inv", parent="meridian_ack",
    text=(
        "Hey Manon,\n\n"
        "I run purchasing for our Brussels kitchens and saw your application come through. "
        "Are you free Thursday afternoon to chat for 20 min or so? Happy to do it by phone "
        "or pop into the office at Avenue de Cortenbergh, whichever's easier.\n\n"
        "Cheers,\nDan\n\n"
        "Dan Whitford | Purchasing Manager | Meridian Food Services\n"
        "+32 2 790 90 46\n"
    ),
)

# 016 -- Aldwych Foods, panel invite with ICS REQUEST ------------------------------------
_ald = (
    "Dear Manon,\n\n"
    "Following your application, we are pleased to invite you to a panel interview for the "
    "Purchasing Assistant position.\n\n"
    "When: Thursday 10 September 2026, 09:30–10:30\n"
    "Where: Aldwych Foods, 18 rue Léon Laval, Leudelange (reception, ground floor)\n"
    "Panel: Rachel Okafor (People & Culture), Guy Lentz (Head of Buying), "
    "Marta Diaz (Category Buyer)\n\n"
    "Please accept the attached calendar invitation to confirm.\n\n"
    "Kind regards,\nRachel Okafor\nPeople & Culture Lead, Aldwych Foods"
)
add(
    INV, slug="aldwych_panel_ics", lang="en", company="Aldwych Foods",
    contact="r.okafor@aldwych-foods.example.lu",
    frm=("Rachel Okafor", "r.okafor@aldwych-foods.example.lu"),
    subject="Invitation: Panel interview – Purchasing Assistant @ Thu 10 Sep 2026 09:30",
    date="2026-09-01 09:12 +0200", id="aldwych_inv",
    text=_ald + "\n", html=outlook_html(mso(_ald), lang="en"),
    ics={"uid": "aldwych-panel-0910-manon@aldwych-foods.example.lu", "seq": 0,
         "start": "2026-09-10 09:30 +0200", "end": "2026-09-10 10:30 +0200",
         "summary": "Panel interview – Purchasing Assistant (M. Sithole-Garnier)",
         "location": "Aldwych Foods, 18 rue Léon Laval, Leudelange",
         "description": "Panel: R. Okafor, G. Lentz, M. Diaz",
         "organizer": ("Rachel Okafor", "r.okafor@aldwych-foods.example.lu"),
         "attendees": [("Guy Lentz", "g.lentz@aldwych-foods.example.lu"),
                       ("Marta Diaz", "m.diaz@aldwych-foods.example.lu")]},
)

# 017 -- SkyServe Catering via Workday, in-person assessment day --------------------------
add(
    INV, slug="workday_skyserve_assessment", lang="en", company="SkyServe Catering",
    contact="",
    frm=("SkyServe Catering", "skyserve@myworkday.com"),
    subject="SkyServe Catering: invitation to our assessment day (JR-20931)",
    date="2026-10-01 06:40 +0000", id="skyserve_inv", cte="quoted-printable",
    headers=[("Auto-Submitted", "auto-generated")],
    text=(
        "Dear Manon,\n\n"
        "Thank you for applying for Purchasing Assistant – Inflight Supplies (JR-20931).\n\n"
        "We are delighted to invite you to our assessment day at the SkyServe production "
        "unit, Brussels Airport (Building 706, Zaventem) on Wednesday 7 October 2026 from "
        "09:00 to 13:00. The morning includes a group exercise, a short numeracy test and an "
        "interview with the purchasing manager.\n\n"
        "Please confirm your attendance in your Workday candidate home. Bring photo ID for "
        "the airport security badge.\n\n"
        "SkyServe Talent Acquisition\n\n"
        "This is an automated message; replies are not monitored.\n"
    ),
)

# 018 -- Northgate Talent sets up an interview with Bramble Foodhall ---------------------
add(
    INV, slug="northgate_client_bramble", lang="en", company="Bramble Foodhall",
    contact="ellie.brooks@northgate-talent.example.be",
    frm=("Ellie Brooks", "ellie.brooks@northgate-talent.example.be"),
    subject="Interview with Bramble Foodhall – Tuesday 4 August",
    date="2026-07-27 16:48 +0200", id="bramble_inv", parent="northgate_reg",
    text=(
        "Hi Manon,\n\n"
        "Great news – Bramble Foodhall would like to meet you for the Buying Assistant role "
        "at their Flagey site. I've booked you in for Tuesday 4 August at 11:00 on Teams with "
        "their operations director, Sam Declercq.\n\n"
        "Teams link: https://teams.example.be/l/meetup-join/bramble-ops-0804\n\n"
        "I'll send a one-page brief on the business tomorrow. Shout if the time is a "
        "problem.\n\n"
        "Ellie Brooks\n"
        "Senior Consultant – Supply Chain, Northgate Talent\n"
        "+32 2 790 70 18\n"
    ),
)

# 019 -- Crumb & Co via Ashby, pick a time -------------------------------------------------
add(
    INV, slug="ashby_crumb_pick_time", lang="en", company="Crumb & Co", contact="",
    frm=("Crumb & Co Hiring", "no-reply@ashbyhq.com"),
    subject="Schedule your intro call with Crumb & Co",
    date="2026-04-20 10:10 +0000", id="crumb_inv", parent="crumb_ack",
    html=ats_card(
        "Crumb & Co", "#92400e",
        paras(
            "Hi Manon,\n\n"
            "Our ops lead, Jonas, would like a 25-minute intro call about the Operations & "
            "Purchasing Assistant role. Grab any slot that suits you:"
        ) + '\n<p><a href="https://jobs.ashbyhq.example.com/crumbandco/schedule/9a0c">'
            "Choose a time</a></p>",
        "Sent via Ashby on behalf of Crumb & Co. Please don't reply to this email.",
        lang="en",
    ),
)

# 020 -- Harbour & Pine Retail, video interview, reply to the BambooHR ack ----------------
add(
    INV, slug="harbour_pine_video", lang="en", company="Harbour & Pine Retail",
    contact="j.schmit@harbourpine.example.lu",
    frm=("Joëlle Schmit", "j.schmit@harbourpine.example.lu"), frm_enc=("utf-8", "B"),
    subject="Video interview – Purchasing Assistant",
    date="2026-06-22 10:30 +0200", id="harbour_inv", parent="harbour_ack",
    text=(
        "Dear Manon,\n\n"
        "Thank you for applying to Harbour & Pine Retail. I'd like to invite you to a video "
        "interview on Monday 29 June at 14:00 CEST, lasting about 40 minutes. You'll meet me "
        "and our buying manager, Luc Reuter.\n\n"
        "Join here: https://meet.example.lu/harbourpine/purchasing-0629\n\n"
        "Could you confirm by replying to this email?\n\n"
        "Best regards,\n"
        "Joëlle Schmit\n"
        "HR Business Partner | Harbour & Pine Retail\n"
    ),
)

# 021 -- Printenbäckerei Kaiserstadt, Einladung ------------------------------------------
add(
    INV, slug="kaiserstadt_einladung", lang="de", company="Printenbäckerei Kaiserstadt",
    contact="m.hoven@kaiserstadt-printen.example.de",
    frm=("Miriam Hoven", "m.hoven@kaiserstadt-printen.example.de"),
    subject="Einladung zum Vorstellungsgespräch – Assistenz Einkauf (m/w/d)",
    date="2026-03-25 11:26 +0100", id="kaiser_inv", parent="kaiser_ack",
    text=(
        "Sehr geehrte Frau Sithole-Garnier,\n\n"
        "vielen Dank für Ihre Bewerbung. Wir würden Sie gerne persönlich kennenlernen und "
        "laden Sie herzlich zu einem Vorstellungsgespräch ein:\n\n"
        "Mittwoch, 8. April 2026, 10:00 Uhr\n"
        "Printenbäckerei Kaiserstadt, Pontstraße 61, 52062 Aachen (Eingang Verwaltung)\n\n"
        "Gesprächspartner sind Herr Schümmer (Leitung Einkauf) und ich. Bitte bestätigen Sie "
        "den Termin kurz per E-Mail.\n\n"
        "Mit freundlichen Grüßen\n"
        "Miriam Hoven\n"
        "Personal – Printenbäckerei Kaiserstadt\n"
        "Tel. 0241 907 70 12\n"
    ),
)

# 022 -- Klinikum Aachen-Soers, telephone interview -------------------------------------
add(
    INV, slug="klinikum_telefoninterview", lang="de", company="Klinikum Aachen-Soers",
    contact="b.kreutz@klinikum-soers.example.de",
    frm=("Bärbel Kreutz", "b.kreutz@klinikum-soers.example.de"), frm_enc=("utf-8", "Q"),
    subject="Telefoninterview – Kennziffer EK-2026-114",
    date="2026-05-26 09:18 +0200", id="klinikum_inv", parent="klinikum_ack",
    text=(
        "Sehr geehrte Frau Sithole-Garnier,\n\n"
        "gerne möchten wir Sie in einem ersten Telefoninterview näher kennenlernen. Wir "
        "schlagen Dienstag, den 2. Juni, um 10:00 Uhr vor; Herr Dr. Lauterbach aus der "
        "Materialwirtschaft ruft Sie unter Ihrer belgischen Mobilnummer an.\n\n"
        "Sollte der Termin nicht passen, nennen Sie uns bitte zwei Alternativen.\n\n"
        "Mit freundlichen Grüßen\n"
        "Bärbel Kreutz\n"
        "Personalabteilung – Klinikum Aachen-Soers\n"
    ),
)

# 023 -- Bio-Großhandel Dreiländereck, Probearbeitstag ---------------------------------
add(
    INV, slug="dreilaendereck_probearbeit", lang="de", company="Bio-Großhandel Dreiländereck",
    contact="info@bio-dreilaendereck.example.de",
    frm=("Jana Offermann", "info@bio-dreilaendereck.example.de"),
    subject="Probearbeitstag im Einkauf",
    date="2026-08-10 12:44 +0200", id="dreil_inv", cte="quoted-printable",
    text=(
        "Hallo Frau Sithole-Garnier,\n\n"
        "nach unserem netten Telefonat möchte ich Sie zu einem Probearbeitstag einladen. "
        "Sie begleiten unser Einkaufsteam einen Tag lang: Bestellvorschläge prüfen, "
        "Lieferantenanrufe, Wareneingang.\n\n"
        "Vorschlag: Montag, 17. August, 8:00 bis ca. 15:00 Uhr, Gewerbegebiet Eilendorf, "
        "Halle 4. Bitte bringen Sie feste Schuhe mit, wir stellen eine Jacke fürs Kühllager.\n\n"
        "Passt Ihnen das?\n\n"
        "Viele Grüße\n"
        "Jana Offermann\n"
        "Einkauf & Disposition\n"
        "Bio-Großhandel Dreiländereck eG – Von-Coels-Straße 210, 52080 Aachen\n"
    ),
)

# 024 -- Distribuciones Manzanares, ICS attachment ---------------------------------------
_mz = (
    "Hola Manon:\n\n"
    "Gracias por tu candidatura para el puesto de asistente de compras. Nos gustaría "
    "conocerte en una entrevista presencial en nuestras oficinas de Getafe el miércoles "
    "22 de julio a las 11:00.\n\n"
    "Dirección: Calle de la Carpintería 9, Polígono Los Olivos, 28906 Getafe.\n"
    "Estarás con Raúl Domínguez, jefe de compras, y conmigo. Te adjunto la convocatoria para "
    "tu calendario.\n\n"
    "¿Nos confirmas la asistencia?\n\n"
    "Un saludo,\n"
    "Carmen Vidal\n"
    "Técnica de Selección – Distribuciones Manzanares\n"
    "Tel. 916 90 70 44\n"
)
add(
    INV, slug="manzanares_entrevista_ics", lang="es", company="Distribuciones Manzanares",
    contact="carmen.vidal@dmanzanares.example.es",
    frm=("Carmen Vidal", "carmen.vidal@dmanzanares.example.es"),
    subject="Entrevista – Asistente de compras (Getafe)",
    date="2026-07-14 13:55 +0200", id="manz_inv", parent="manz_ack",
    text=_mz,
    ics={"uid": "dm-entrevista-0722-msg@dmanzanares.example.es", "seq": 0,
         "place": "attach", "name": "entrevista.ics", "cte": "8bit",
         "start": "2026-07-22 11:00 +0200", "end": "2026-07-22 12:00 +0200",
         "summary": "Entrevista asistente de compras – Manon Sithole-Garnier",
         "location": "Distribuciones Manzanares, Calle de la Carpintería 9, Getafe",
         "organizer": ("Carmen Vidal", "carmen.vidal@dmanzanares.example.es")},
)

# 025 -- Panaderías Hermanos Olmedo, video call ------------------------------------------
add(
    INV, slug="olmedo_videollamada", lang="es", company="Panaderías Hermanos Olmedo",
    contact="seleccion@hermanosolmedo.example.es",
    frm=("Selección Hermanos Olmedo", "seleccion@hermanosolmedo.example.es"),
    subject="¿Hablamos por videollamada?",
    date="2026-09-07 10:02 +0200", id="olmedo_inv",
    text=(
        "Hola, Manon:\n\n"
        "Hemos leído tu CV con mucho interés. Nuestro obrador de Alcobendas busca una persona "
        "para apoyar en las compras de harinas, masas madre y embalajes, y creemos que tu "
        "experiencia en panadería encaja.\n\n"
        "¿Te vendría bien una videollamada el viernes 11 de septiembre a las 12:30? Te "
        "mandaremos el enlace de Google Meet cuando confirmes.\n\n"
        "Saludos,\n"
        "Irene Olmedo\n"
        "Panaderías Hermanos Olmedo, S.L. – Avda. de Bruselas 21, Alcobendas\n"
    ),
)

# 026 -- Temporalia ETT sets up an interview with Supermercados Lavapiés --------------------
add(
    INV, slug="ett_cliente_lavapies", lang="es", company="Supermercados Lavapiés",
    contact="lucia.ferrer@temporalia.example.es",
    frm=("Lucía Ferrer", "lucia.ferrer@temporalia.example.es"), frm_enc=("iso-8859-1", "Q"),
    subject="Entrevista con Supermercados Lavapiés – martes 10 de marzo",
    date="2026-03-03 12:15 +0100", id="temporalia_inv", parent="temporalia_ack",
    text=(
        "Hola Manon:\n\n"
        "Te confirmo que Supermercados Lavapiés quiere entrevistarte para la vacante de "
        "auxiliar de compras (contrato de seis meses con posibilidad de indefinido).\n\n"
        "Será por videollamada el martes 10 de marzo a las 9:30, con Jorge Prieto, "
        "responsable de compras. El enlace: https://meet.example.es/lavapies-compras-0310\n\n"
        "Cualquier duda, me llamas.\n\n"
        "Lucía Ferrer\n"
        "Consultora de selección – Temporalia ETT\n"
        "910 70 90 21\n"
    ),
)

# ============================================================================ reschedules

# 001 -- Biscuiterie Mosane, moved slot, SEQUENCE 1 --------------------------------------
_mos_mv = (
    "Bonjour Madame Sithole-Garnier,\n\n"
    "M. Collard doit se rendre chez un fournisseur d'emballages le 24 février. Nous "
    "déplaçons donc notre entretien au jeudi 26 février à 14h00, même lieu, même durée.\n\n"
    "L'invitation de calendrier est mise à jour. Si ce nouvel horaire vous pose problème, "
    "dites-le-moi.\n\n"
    "Aurélie Marchal\nChargée RH – Biscuiterie Mosane"
)
add(
    RES, slug="mosane_moved_sequence1", lang="fr", company="Biscuiterie Mosane",
    contact="a.marchal@biscuiterie-mosane.example.be",
    frm=("Aurélie Marchal", "a.marchal@biscuiterie-mosane.example.be"),
    subject="Mis à jour : Entretien assistante achats – jeudi 26 février 14h00",
    date="2026-02-20 08:51 +0100", id="mosane_move", parent="mosane_inv",
    text=_mos_mv + "\n", html=simple_html(paras(_mos_mv)),
    ics={"uid": "mosane-entretien-7731@biscuiterie-mosane.example.be", "seq": 1,
         "start": "2026-02-26 14:00 +0100", "end": "2026-02-26 15:00 +0100",
         "summary": "Entretien assistante achats – M. Sithole-Garnier",
         "location": "Biscuiterie Mosane, Chaussée de Liège 620, Jambes",
         "organizer": ("Aurélie Marchal", "a.marchal@biscuiterie-mosane.example.be"),
         "attendees": [("Thierry Collard", "t.collard@biscuiterie-mosane.example.be")]},
)

# 002 -- CH Val-de-Sambre, METHOD:CANCEL --------------------------------------------------
add(
    RES, slug="chvs_method_cancel", lang="fr", company="Centre Hospitalier Val-de-Sambre",
    contact="o.demanet@chvs.example.be",
    frm=("Demanet Olivier", "o.demanet@chvs.example.be"),
    subject="Annulé: Entretien – Assistante achats",
    date="2026-04-15 09:02 +0200", id="chvs_cancel", parent="chvs_inv",
    text=(
        "Madame,\n\n"
        "Je suis contraint d'annuler l'entretien prévu le mardi 21 avril à 14h00. Nous "
        "revenons vers vous rapidement pour la suite.\n\n"
        "O. Demanet\n"
    ),
    ics={"uid": "040000008200E00074C5B7101A82E008000000009A1B2C3D4E@chvs.example.be",
         "seq": 1, "method": "CANCEL",
         "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
         "start": "2026-04-21 14:00 +0200", "end": "2026-04-21 14:45 +0200",
         "summary": "Annulé: Entretien – Assistante achats",
         "organizer": ("Demanet Olivier", "o.demanet@chvs.example.be")},
)

# 003 -- Clinique Saint-Aubain, new slot after the missed call --------------------------
add(
    RES, slug="saint_aubain_new_slot", lang="fr", company="Clinique Saint-Aubain",
    contact="v.lambotte@st-aubain.example.be",
    frm=("Véronique Lambotte", "v.lambotte@st-aubain.example.be"),
    subject="RE: Désolée pour ce matin",
    date="2026-03-13 08:47 +0100", id="aubain_move", parent="aubain_apology",
    text=(
        "Bonjour Madame,\n\n"
        "Merci pour votre message, ce sont des choses qui arrivent. Nous reportons donc notre "
        "échange : je vous propose cette fois de venir directement à la clinique le mardi "
        "17 mars à 14h00, bureau RH au rez-de-chaussée (entrée Avenue de la Citadelle).\n\n"
        "Bien à vous,\n"
        "Véronique Lambotte\n\n"
        + attrib_fr("jeu. 12 mars 2026 à 12:03", CAND_NAME, CAND_ADDR) + "\n"
        + quote(
            "Madame Lambotte,\n\n"
            "Je suis vraiment désolée : mon ordinateur n'a pas voulu ouvrir Teams ce matin et "
            "je n'avais pas votre numéro. Serait-il possible de fixer un autre rendez-vous ?\n\n"
            "Manon Sithole-Garnier"
        ) + "\n"
        + quote(quote(
            "Bonjour Madame, nous vous avons attendue sur Teams ce matin à 10h00 pendant un "
            "quart d'heure."
        )) + "\n"
    ),
)

# 004 -- Maison Verlinde, interviewer ill ---------------------------------------------
add(
    RES, slug="verlinde_malade", lang="fr", company="Maison Verlinde",
    contact="pauline@maison-verlinde.example.fr",
    frm=("Pauline Verlinde", "pauline@maison-verlinde.example.fr"),
    subject="Journée d'essai : changement de date",
    date="2026-06-08 19:20 +0200", id="verlinde_ill", parent="verlinde_inv",
    text=(
        "Bonsoir Manon,\n\n"
        "Je suis clouée au lit avec une bonne grippe et le médecin m'arrête jusqu'à la fin de "
        "la semaine. Je préfère être là pour votre journée chez nous : pouvons-nous la "
        "décaler au mardi 16 juin, mêmes horaires (8h00–16h00) ?\n\n"
        "Désolée pour ce contretemps,\n"
        "Pauline\n"
    ),
)

# 005 -- Cabinet Hautvent: the client moves the meeting ----------------------------------
add(
    RES, slug="hautvent_client_moves", lang="fr", company="Laiterie des Fagnes",
    contact="g.lejeune@hautvent.example.be",
    frm=("Gaëlle Lejeune - Cabinet Hautvent", "g.lejeune@hautvent.example.be"),
    frm_enc=("iso-8859-1", "B"),
    subject="Laiterie des Fagnes : rendez-vous déplacé au mercredi 13 mai",
    date="2026-05-08 11:33 +0200", id="hautvent_move", parent="hautvent_inv",
    text=(
        "Bonjour Manon,\n\n"
        "Petit changement : M. Kessler a un audit client le mardi 12. La Laiterie des Fagnes "
        "vous propose de décaler la rencontre au mercredi 13 mai, toujours à 9h30 à Malmedy.\n\n"
        "Je leur ai déjà dit que ça devait vous aller – corrigez-moi si ce n'est pas le cas.\n\n"
        "Gaëlle\n"
        "Cabinet Hautvent Recrutement – 0496 90 70 31\n"
    ),
)

# 006 -- Grands Moulins de Flandre, new call time after the missed one ------------------
add(
    RES, slug="moulins_nouveau_creneau", lang="fr", company="Grands Moulins de Flandre",
    contact="a.dewitte@gmflandre.example.fr",
    frm=("Anaïs Dewitte", "a.dewitte@gmflandre.example.fr"),
    subject="RE: Entretien téléphonique – nouveau créneau",
    date="2026-05-22 10:12 +0200", id="moulins_move", parent="moulins_missed",
    text=(
        "Bonjour Madame Sithole-Garnier,\n\n"
        "Merci d'avoir répondu rapidement. Je vous rappellerai donc le mardi 26 mai à 9h00, "
        "au même numéro ; l'entretien garde le même format.\n\n"
        "Anaïs Dewitte\n"
        "Chargée de recrutement – Grands Moulins de Flandre\n\n"
        + outlook_block("fr", "Anaïs Dewitte", "jeudi 21 mai 2026 10:25", CAND_ADDR,
                        "Entretien téléphonique")
        + "\nBonjour Madame,\n\nJe vous ai appelée deux fois à 10h00 sans réponse. "
        "Êtes-vous toujours intéressée par le poste ?\n"
    ),
)

# 007 -- Groupe Distri-Wallonie, assessment day postponed -------------------------------
add(
    RES, slug="distri_assessment_postponed", lang="fr", company="Groupe Distri-Wallonie",
    contact="",
    frm=("Groupe Distri-Wallonie", "distriwallonie@icims.com"),
    subject="Report de la journée d'évaluation du 2 avril",
    date="2026-03-30 15:10 +0000", id="distri_move", parent="distri_inv",
    headers=[("Auto-Submitted", "auto-generated")],
    text=(
        "Bonjour Manon,\n\n"
        "En raison de travaux imprévus dans nos locaux de Gosselies, la journée d'évaluation "
        "du jeudi 2 avril ne pourra pas avoir lieu. Elle est reportée ; une nouvelle date "
        "vous sera communiquée dans les prochains jours et votre place est conservée.\n\n"
        "Merci de votre compréhension,\n"
        "L'équipe Recrutement – Groupe Distri-Wallonie\n\n"
        "Courriel automatique – iCIMS.\n"
    ),
)

# 008 -- Brasserie de la Citadelle, windows-1252 ------------------------------------------
add(
    RES, slug="citadelle_report_cp1252", lang="fr", company="Brasserie de la Citadelle",
    contact="achats@brasserie-citadelle.example.be",
    frm=("Benoît Masson", "achats@brasserie-citadelle.example.be"), frm_enc=("iso-8859-1", "Q"),
    subject="Report de notre rendez-vous de jeudi",
    date="2026-10-07 07:58 +0200", charset="windows-1252", cte="quoted-printable",
    id="citadelle_move", parent="citadelle_inv",
    text=(
        "Bonjour Madame,\n\n"
        "Un brassin a mal tourné cette nuit et toute l’équipe est mobilisée : je dois "
        "reporter notre rendez-vous de demain. Seriez-vous libre le mardi 13 octobre, même "
        "heure (10h30) ? La visite et l’entretien restent au programme.\n\n"
        "Toutes mes excuses – ce n’est pas la meilleure façon de commencer…\n\n"
        "Benoît Masson\n"
        "Responsable achats – Brasserie de la Citadelle\n"
    ),
)

# 009 -- Aldwych Foods, updated invitation SEQUENCE 2 ---------------------------------
add(
    RES, slug="aldwych_updated_sequence2", lang="en", company="Aldwych Foods",
    contact="r.okafor@aldwych-foods.example.lu",
    frm=("Rachel Okafor", "r.okafor@aldwych-foods.example.lu"),
    subject="Updated invitation: Panel interview – Purchasing Assistant @ Fri 11 Sep 2026 09:00",
    date="2026-09-04 15:26 +0200", id="aldwych_move", parent="aldwych_inv",
    text=(
        "Dear Manon,\n\n"
        "Guy Lentz has been called to a supplier audit on Thursday, so we have moved the "
        "panel to Friday 11 September at 09:00 (same place, one hour). The calendar entry "
        "below replaces the earlier one.\n\n"
        "Apologies for the change,\nRachel\n"
    ),
    ics={"uid": "aldwych-panel-0910-manon@aldwych-foods.example.lu", "seq": 2,
         "start": "2026-09-11 09:00 +0200", "end": "2026-09-11 10:00 +0200",
         "summary": "Panel interview – Purchasing Assistant (M. Sithole-Garnier)",
         "location": "Aldwych Foods, 18 rue Léon Laval, Leudelange",
         "organizer": ("Rachel Okafor", "r.okafor@aldwych-foods.example.lu")},
)

# 010 -- Greenleaf via Greenhouse: rescheduled -------------------------------------------
add(
    RES, slug="greenhouse_greenleaf_rescheduled", lang="en", company="Greenleaf Grocers",
    contact="priya.nair@greenleaf.example.be",
    frm=("Priya Nair via Greenhouse", "no-reply@greenhouse-mail.io"),
    reply_to=("Priya Nair", "priya.nair@greenleaf.example.be"),
    subject="Your phone screen with Greenleaf Grocers has been rescheduled",
    date="2026-01-30 09:14 +0000", id="greenleaf_move", parent="greenleaf_inv",
    text=(
        "Hi Manon,\n\n"
        "Something came up on my side for Tuesday. Your phone screen is now on Wednesday "
        "4 February at 10:00 (Brussels time). I'll call the mobile number on your "
        "application.\n\n"
        "Old time: Tuesday 3 February, 14:00\n"
        "New time: Wednesday 4 February, 10:00\n\n"
        "Thanks for your flexibility,\nPriya\n"
    ),
)

# 011 -- Meridian: cancels Thursday without rejecting -----------------------------------
add(
    RES, slug="meridian_cancel_thursday", lang="en", company="Meridian Food Services",
    contact="dan.whitford@meridianfs.example.be",
    frm=("Dan Whitford", "dan.whitford@meridianfs.example.be"),
    subject="Re: quick chat?",
    date="2026-02-11 22:40 +0100", id="meridian_cancel", parent="meridian_inv",
    text=(
        "Manon – sorry, I have to pull out of Thursday: we've got a food-safety inspection "
        "at the Evere kitchen and I need to be there. I'll come back to you next week with a "
        "couple of new times.\n\n"
        "Dan\n\n"
        + attrib_en("Wed, 11 Feb 2026 at 08:02", CAND_NAME, CAND_ADDR) + "\n"
        + quote("Hi Dan, Thursday at 15:00 by phone works well for me. Talk then! Manon")
        + "\n"
    ),
)

# 012 -- Printenbäckerei Kaiserstadt, verschoben, SEQUENCE 1 ---------------------------
add(
    RES, slug="kaiserstadt_verschoben_ics", lang="de", company="Printenbäckerei Kaiserstadt",
    contact="m.hoven@kaiserstadt-printen.example.de",
    frm=("Miriam Hoven", "m.hoven@kaiserstadt-printen.example.de"),
    subject="Terminänderung: Ihr Vorstellungsgespräch am 9. April",
    date="2026-04-01 14:10 +0200", id="kaiser_move", parent="kaiser_inv",
    text=(
        "Sehr geehrte Frau Sithole-Garnier,\n\n"
        "leider müssen wir unser Gespräch um einen Tag verschieben, da Herr Schümmer am "
        "8. April auf einer Messe ist. Neuer Termin: Donnerstag, 9. April 2026, 10:00 Uhr, "
        "gleicher Ort. Die Kalendereinladung haben wir aktualisiert.\n\n"
        "Wir bitten um Ihr Verständnis.\n\n"
        "Mit freundlichen Grüßen\nMiriam Hoven\n"
    ),
    ics={"uid": "kaiserstadt-vg-0408@kaiserstadt-printen.example.de", "seq": 1,
         "start": "2026-04-09 10:00 +0200", "end": "2026-04-09 11:00 +0200",
         "summary": "Vorstellungsgespräch Assistenz Einkauf – Frau Sithole-Garnier",
         "location": "Pontstraße 61, 52062 Aachen",
         "organizer": ("Miriam Hoven", "m.hoven@kaiserstadt-printen.example.de")},
)

# 013 -- Dreiländereck, Probearbeit abgesagt, METHOD:CANCEL ---------------------------
add(
    RES, slug="dreilaendereck_abgesagt_cancel", lang="de",
    company="Bio-Großhandel Dreiländereck",
    contact="info@bio-dreilaendereck.example.de",
    frm=("Jana Offermann", "info@bio-dreilaendereck.example.de"),
    subject="Abgesagt: Probearbeitstag 17.08.",
    date="2026-08-12 16:05 +0200", id="dreil_cancel", parent="dreil_inv",
    text=(
        "Hallo Frau Sithole-Garnier,\n\n"
        "wir müssen den Probearbeitstag am Montag leider absagen – an dem Tag machen wir "
        "kurzfristig Inventur, da wäre niemand für Sie da. Das hat nichts mit Ihnen zu tun! "
        "Ich schicke Ihnen Anfang nächster Woche einen neuen Termin.\n\n"
        "Viele Grüße\nJana Offermann\n"
    ),
    ics={"uid": "probearbeit-0817@bio-dreilaendereck.example.de", "seq": 1,
         "method": "CANCEL",
         "start": "2026-08-17 08:00 +0200", "end": "2026-08-17 15:00 +0200",
         "summary": "Probearbeitstag Einkauf – M. Sithole-Garnier",
         "organizer": ("Jana Offermann", "info@bio-dreilaendereck.example.de")},
)

# 014 -- Distribuciones Manzanares, cambio de hora ----------------------------------
add(
    RES, slug="manzanares_cambio_hora", lang="es", company="Distribuciones Manzanares",
    contact="carmen.vidal@dmanzanares.example.es",
    frm=("Carmen Vidal", "carmen.vidal@dmanzanares.example.es"),
    subject="RE: Entrevista – Asistente de compras (Getafe)",
    date="2026-07-17 09:37 +0200", id="manz_move", parent="manz_inv",
    text=(
        "Hola de nuevo, Manon:\n\n"
        "Raúl tiene que viajar a Valencia el miércoles, así que pasamos la entrevista al "
        "jueves 23 de julio a las 10:00, en la misma dirección. Perdona el cambio.\n\n"
        "Carmen\n\n"
        + attrib_es("mar, 14 jul 2026 a las 18:21", CAND_NAME, CAND_ADDR) + "\n"
        + quote("Hola Carmen, confirmo mi asistencia el miércoles 22 a las 11:00. "
                "Muchas gracias. Manon")
        + "\n"
    ),
)

# 015 -- Olmedo, interviewer ill, videollamada cancelada ---------------------------
add(
    RES, slug="olmedo_cancelada_enfermedad", lang="es", company="Panaderías Hermanos Olmedo",
    contact="seleccion@hermanosolmedo.example.es",
    frm=("Selección Hermanos Olmedo", "seleccion@hermanosolmedo.example.es"),
    subject="Videollamada del viernes – la tenemos que mover",
    date="2026-09-09 17:50 +0200", id="olmedo_cancel", parent="olmedo_inv",
    cte="base64",
    text=(
        "Hola Manon:\n\n"
        "Irene se ha puesto enferma y estará de baja unos días, así que cancelamos la "
        "videollamada del viernes 11. En cuanto vuelva te propondremos otra fecha; seguimos "
        "muy interesados en hablar contigo.\n\n"
        "Un saludo,\n"
        "Andrés Olmedo\n"
        "Panaderías Hermanos Olmedo\n"
    ),
)

# ============================================================================ missed

# 001 -- Clinique Saint-Aubain, waited on Teams -----------------------------------
add(
    MIS, slug="saint_aubain_teams", lang="fr", company="Clinique Saint-Aubain",
    contact="v.lambotte@st-aubain.example.be",
    frm=("Véronique Lambotte", "v.lambotte@st-aubain.example.be"),
    subject="Notre rendez-vous Teams de ce matin",
    date="2026-03-12 10:31 +0100", id="aubain_missed", parent="aubain_inv",
    text=(
        "Bonjour Madame, nous vous avons attendue sur Teams ce matin à 10h00 pendant un "
        "quart d'heure.\n\n"
        "N'ayant pas eu de nouvelles, je me demande si le lien vous est bien parvenu. "
        "Faites-moi signe si vous souhaitez toujours échanger avec nous.\n\n"
        "Véronique Lambotte\n"
        "Clinique Saint-Aubain – 081 72 90 70\n"
    ),
)

# 002 -- Maison Verlinde, not at the trial day ----------------------------------------
add(
    MIS, slug="verlinde_absente", lang="fr", company="Maison Verlinde",
    contact="pauline@maison-verlinde.example.fr",
    frm=("Pauline Verlinde", "pauline@maison-verlinde.example.fr"),
    subject="Journée d'essai du 16 juin",
    date="2026-06-16 10:15 +0200", id="verlinde_missed", parent="verlinde_ill",
    text=(
        "Madame,\n\n"
        "Nous vous attendions ce mardi 16 juin à 8h00 à la boutique de la rue de la Grande "
        "Chaussée pour votre journée d'essai. Sans nouvelles de votre part, nous avons dû "
        "réorganiser l'équipe. Pouvez-vous nous indiquer ce qui s'est passé ?\n\n"
        "Pauline Verlinde\n"
    ),
)

# 003 -- Intérim Sambre & Meuse, no-show at the agency ------------------------------
add(
    MIS, slug="interim_pas_venue", lang="fr", company="Intérim Sambre & Meuse",
    contact="nadia.bouzidi@ism-interim.example.be",
    frm=("Nadia Bouzidi", "nadia.bouzidi@ism-interim.example.be"),
    subject="RE: Rendez-vous à l'agence – vendredi 16 janvier",
    date="2026-01-16 12:20 +0100", id="ism_missed", parent="ism_inv",
    cte="quoted-printable",
    text=(
        "Coucou Manon,\n\n"
        "Je t'ai attendue ce matin à 11h, tu n'es pas passée à l'agence et ton GSM était sur "
        "messagerie. J'espère que tout va bien !\n\n"
        "Rappelle-moi quand tu peux, on refixe un moment la semaine prochaine.\n\n"
        "Nadia\n\n"
        + attrib_fr("mar. 13 janv. 2026 à 10:20", "Nadia Bouzidi",
                    "nadia.bouzidi@ism-interim.example.be") + "\n"
        + quote(
            "Bonjour Manon,\n\n"
            "Pour finaliser ton inscription, je te propose un entretien à l'agence le "
            "vendredi 16 janvier à 11h00 (Place de la Station 9, Namur)."
        ) + "\n"
    ),
)

# 004 -- Le Comptoir de Bouge, waited at the shop -----------------------------------
add(
    MIS, slug="comptoir_attendue", lang="fr", company="Le Comptoir de Bouge",
    contact="sophie@comptoir-bouge.example.be",
    frm=("Sophie Wauthier", "sophie@comptoir-bouge.example.be"),
    subject="Re: dispo jeudi ?",
    date="2026-08-20 16:12 +0200", id="comptoir_missed", parent="comptoir_inv",
    text=(
        "Manon, je t'ai attendue au magasin à 15h avec le café… pas de Manon :) Tu avais dit "
        "oui par SMS hier soir, donc je m'inquiète un peu. Tout va bien ?\n\n"
        "Si tu veux toujours en parler, je suis là samedi matin.\n\n"
        "Sophie\n"
    ),
)

# 005 -- Grands Moulins de Flandre, called twice ------------------------------------
add(
    MIS, slug="moulins_deux_appels", lang="fr", company="Grands Moulins de Flandre",
    contact="a.dewitte@gmflandre.example.fr",
    frm=("Anaïs Dewitte", "a.dewitte@gmflandre.example.fr"),
    subject="Entretien téléphonique",
    date="2026-05-21 10:25 +0200", id="moulins_missed", parent="moulins_inv",
    html=outlook_html(mso(
        "Bonjour Madame,\n\n"
        "Je vous ai appelée deux fois à 10h00 sans réponse. Êtes-vous toujours intéressée "
        "par le poste ?\n\n"
        "Anaïs Dewitte\n"
        "Chargée de recrutement – Grands Moulins de Flandre\n"
        "Quai du Wault 3, 59000 Lille – 03 20 90 70 61"
    )),
    text=(
        "Bonjour Madame,\n\n"
        "Je vous ai appelée deux fois à 10h00 sans réponse. Êtes-vous toujours intéressée "
        "par le poste ?\n\n"
        "Anaïs Dewitte\n"
        "Chargée de recrutement – Grands Moulins de Flandre\n"
        "Quai du Wault 3, 59000 Lille – 03 20 90 70 61\n"
    ),
)

# 006 -- Greenleaf, phone screen missed -----------------------------------------------
add(
    MIS, slug="greenleaf_no_answer", lang="en", company="Greenleaf Grocers",
    contact="priya.nair@greenleaf.example.be",
    frm=("Priya Nair", "priya.nair@greenleaf.example.be"),
    subject="Re: Your phone screen with Greenleaf Grocers has been rescheduled",
    date="2026-02-04 10:22 +0100", id="greenleaf_missed", parent="greenleaf_move",
    text=(
        "Hi Manon,\n\n"
        "I tried calling you twice at 10:00 for our screen but it went straight to "
        "voicemail. Let me know if you'd still like to chat – I can probably find a slot on "
        "Friday.\n\n"
        "Priya\n\n"
        + attrib_en("Fri, 30 Jan 2026 at 09:14", "Priya Nair via Greenhouse",
                    "no-reply@greenhouse-mail.io") + "\n"
        + quote(
            "Hi Manon,\n\nSomething came up on my side for Tuesday. Your phone screen is now "
            "on Wednesday 4 February at 10:00 (Brussels time)."
        ) + "\n"
    ),
)

# 007 -- Northgate: Bramble waited on Teams ----------------------------------------
add(
    MIS, slug="northgate_bramble_waited", lang="en", company="Bramble Foodhall",
    contact="ellie.brooks@northgate-talent.example.be",
    frm=("Ellie Brooks", "ellie.brooks@northgate-talent.example.be"),
    subject="Bramble call this morning",
    date="2026-08-04 11:40 +0200", id="bramble_missed", parent="bramble_inv",
    text=(
        "Hi Manon,\n\n"
        "Sam from Bramble Foodhall just rang me – he waited on Teams from 11:00 until about "
        "11:20 and you didn't join. Is everything OK? If there was a tech issue, tell me and "
        "I'll see whether he'll give us another slot; he's a reasonable guy.\n\n"
        "Ellie\n"
        "Northgate Talent | +32 2 790 70 18\n"
    ),
)

# 008 -- Klinikum Aachen-Soers, not reachable --------------------------------------
add(
    MIS, slug="klinikum_nicht_erreicht", lang="de", company="Klinikum Aachen-Soers",
    contact="b.kreutz@klinikum-soers.example.de",
    frm=("Bärbel Kreutz", "b.kreutz@klinikum-soers.example.de"), frm_enc=("utf-8", "Q"),
    subject="Telefoninterview heute – leider nicht erreicht",
    date="2026-06-02 10:48 +0200", id="klinikum_missed", parent="klinikum_inv",
    text=(
        "Sehr geehrte Frau Sithole-Garnier,\n\n"
        "Herr Dr. Lauterbach hat heute um 10:00 Uhr und erneut um 10:15 Uhr versucht, Sie "
        "für das vereinbarte Telefoninterview zu erreichen – leider ohne Erfolg.\n\n"
        "Bitte teilen Sie uns mit, ob Sie weiterhin Interesse an der Stelle haben.\n\n"
        "Mit freundlichen Grüßen\nBärbel Kreutz\nPersonalabteilung\n"
    ),
)

# 009 -- Personalpartner Euregio: not at Bäckerei Lennartz ---------------------------
add(
    MIS, slug="euregio_lennartz_nicht_erschienen", lang="de", company="Bäckerei Lennartz",
    contact="t.wirtz@personalpartner-euregio.example.de",
    frm=("Tobias Wirtz", "t.wirtz@personalpartner-euregio.example.de"),
    subject="Termin bei Bäckerei Lennartz heute 14 Uhr",
    date="2026-06-09 14:52 +0200", id="euregio_missed",
    text=(
        "Hallo Frau Sithole-Garnier,\n\n"
        "Herr Lennartz hat mich gerade angerufen: Sie sind heute um 14 Uhr nicht zum "
        "Vorstellungsgespräch in der Filiale Burtscheid erschienen. Er hat eine halbe Stunde "
        "gewartet.\n\n"
        "Bitte melden Sie sich kurz bei mir, damit ich ihm etwas sagen kann.\n\n"
        "Tobias Wirtz\n"
        "Personalpartner Euregio | 0241 470 90 33\n"
    ),
)

# 010 -- Temporalia: no se presentó ----------------------------------------------------
add(
    MIS, slug="temporalia_no_se_conecto", lang="es", company="Supermercados Lavapiés",
    contact="lucia.ferrer@temporalia.example.es",
    frm=("Lucía Ferrer", "lucia.ferrer@temporalia.example.es"), frm_enc=("iso-8859-1", "Q"),
    subject="¿Qué ha pasado con la entrevista de hoy?", subj_enc=("iso-8859-1", "Q"),
    date="2026-03-10 10:05 +0100", charset="iso-8859-1", cte="8bit",
    id="temporalia_missed", parent="temporalia_inv",
    text=(
        "Hola Manon:\n\n"
        "Jorge Prieto, de Supermercados Lavapiés, me dice que te ha esperado en la "
        "videollamada de las 9:30 y no te has conectado. Te he llamado al móvil dos veces.\n\n"
        "¿Ha pasado algo? Escríbeme en cuanto puedas para ver si podemos arreglarlo con el "
        "cliente.\n\n"
        "Lucía\n"
    ),
)
