"""Corpus 201, kinds `interview_invitation` (26), `interview_reschedule_or_cancel` (15) and
`missed_interview_notice` (10), hand-written."""

from __future__ import annotations

from msgs201_common import CANDIDATE, card, doc, outlook, paras, replied, word

ME = CANDIDATE
INVITATIONS: list[dict] = []
RESCHEDULES: list[dict] = []
MISSED: list[dict] = []
inv, mov, mis = INVITATIONS.append, RESCHEDULES.append, MISSED.append

MAELLE = ("Maëlle Le Goff", "maelle.legoff@armorique-cr.example.fr")
THIBAULT = ("Thibault Sarrazin", "t.sarrazin@quadrant-essais.example.fr")
GWEN = ("Gwenaëlle Tanguy", "g.tanguy@interimsanteouest.example.fr")
NATHALIE = ("Nathalie Dewaele", "nathalie.dewaele@brabant-trials.example.be")
SERVANE = ("Servane Mahé", "s.mahe@nao-recherche.example.fr")
ERWAN = ("Erwan Quéméner", "erwan@kerbio.example.fr")
KATELL = ("Katell Morvan", "katell.morvan@ch-abers.example.fr")
SIOBHAN = ("Siobhán Kearney", "siobhan.kearney@liffeycr.example.ie")
DECLAN = ("Declan Fitzmaurice", "declan@harcourt-talent.example.ie")
NIAMH = ("Niamh Gallagher", "niamh.gallagher@stkevins.example.ie")
MIRJAM = ("Mirjam Stöckli", "mirjam.stoeckli@dlco.example.ch")
CIARAN = ("Ciarán Doyle", "ciaran.doyle@greystones-clinical.example.ie")
JANA = ("Jana Petersen", "jana.petersen@hanse-ct.example.de")
ROCIO = ("Rocío Benjumea", "rocio.benjumea@guadalquivir-clinical.example.es")
ALVARO = ("Álvaro Pineda", "alvaro@trianabio.example.es")

# ===================================================================== interview_invitation ==

_acr_inv = (
    "Bonjour Odile,\n\n"
    "Merci pour votre candidature au poste d'Assistante d'études cliniques (CDI, Rennes).\n\n"
    "Nous aimerions vous rencontrer lors d'un entretien avec un jury de trois personnes : "
    "le Dr Yann Kerhervé (directeur des opérations cliniques), Soizic Allain (cheffe de "
    "projet) et moi-même.\n\n"
    "Date : mardi 25 août 2026, de 14h00 à 15h00\n"
    "Lieu : Armorique Clinical Research, 9 rue du Bignon, 35510 Cesson-Sévigné (accueil au "
    "rez-de-chaussée)\n\n"
    "Vous trouverez l'invitation dans votre agenda ; merci de l'accepter ou de me proposer un "
    "autre créneau si celui-ci ne vous convient pas.\n\n"
    "Au plaisir de vous rencontrer,\n\n"
    "Maëlle Le Goff\nChargée de recrutement – Armorique Clinical Research\n"
    "02 23 45 18 60")
inv(dict(
    slug="acr_panel_with_calendar", lang="fr", company="Armorique Clinical Research",
    contact=MAELLE[1], date="2026-08-12 11:20 +0200", key="acr_inv",
    frm=MAELLE, subject="Invitation : entretien Assistante d'études cliniques – 25/08 14h00",
    subject_enc=("utf-8", "q"),
    text=_acr_inv, html=word(paras(_acr_inv)), cte="quoted-printable",
    ics=dict(method="REQUEST", uid="acr-ent-0825-obrennan@armorique-cr.example.fr", seq=0,
             start="2026-08-25 14:00 +0200", minutes=60, organizer=MAELLE,
             summary="Entretien – Assistante d'études cliniques (O. Brennan-Achterberg)",
             location="Armorique Clinical Research, 9 rue du Bignon, Cesson-Sévigné",
             description="Jury : Dr Y. Kerhervé, S. Allain, M. Le Goff"),
))

_qec_inv = (
    "Bonjour Odile,\n\n"
    "Votre profil a retenu notre attention pour le poste d'assistante d'études cliniques en "
    "CDD de 12 mois. Je vous propose un entretien en visio avec Claire Dumoulin, notre "
    "responsable d'études, le mardi 14 avril à 10h00 (45 minutes environ).\n\n"
    "Le lien Teams suivra dès votre confirmation.\n\n"
    "Bonne journée,\nThibault Sarrazin\nChargé de recrutement – Quadrant Essais Cliniques\n"
    "Tél. 01 84 60 21 37")
inv(dict(
    slug="quadrant_visio_proposal", lang="fr", company="Quadrant Essais Cliniques",
    contact=THIBAULT[1], date="2026-04-09 10:02 +0200", key="qec_inv", parent="qec_ack",
    frm=THIBAULT, subject="Entretien – Assistante d'études cliniques (CDD)",
    text=_qec_inv,
))

inv(dict(
    slug="agency_sets_up_clinique_des_lices", lang="fr", company="Clinique des Lices",
    contact=GWEN[1], date="2026-01-20 16:48 +0100", key="iso_inv", parent="iso_ack",
    frm=GWEN, subject="RDV Clinique des Lices mardi 27/01 à 11h",
    text=(
        "Bonjour Odile,\n\n"
        "Bonne nouvelle : la Clinique des Lices souhaite vous rencontrer pour la mission de "
        "préparatrice / aide aux essais cliniques (remplacement de 4 mois à la pharmacie à "
        "usage intérieur).\n\n"
        "Rendez-vous le mardi 27 janvier à 11h00 avec Mme Le Bihan, pharmacienne gérante, à "
        "l'accueil principal (12 rue des Lices, Rennes). Prévoyez 45 minutes et apportez vos "
        "diplômes.\n\n"
        "Tenez-moi au courant après l'entretien !\n\n"
        "Gwenaëlle Tanguy\nConsultante santé - Intérim Santé Ouest\n"
        "5 place de Bretagne, 35000 Rennes - 02 99 31 44 08"),
    charset="iso-8859-1", cte="8bit",
))

_bts_inv = (
    "Bonjour Odile,\n\n"
    "Suite à l'examen de votre candidature pour le poste de Clinical Trial Assistant (CDI, "
    "Bruxelles), nous souhaitons vous inviter à un premier entretien via Microsoft Teams le "
    "mardi 3 mars 2026 à 10h00 (heure de Bruxelles).\n\n"
    "Vous rencontrerez Pieter Claes, Clinical Operations Manager, et moi-même. L'invitation "
    "Teams est jointe à ce message.\n\n"
    "Bien à vous,\nNathalie Dewaele\nHR Business Partner – Brabant Trial Services\n"
    "Avenue Louise 231, 1050 Bruxelles – +32 2 640 77 15")
inv(dict(
    slug="brabant_teams_invite_ics_attached", lang="fr", company="Brabant Trial Services",
    contact=NATHALIE[1], date="2026-02-23 09:30 +0100", key="bts_inv", parent="bts_ack",
    frm=NATHALIE, subject="Invitation à un entretien – Clinical Trial Assistant",
    text=_bts_inv, html=doc(paras(_bts_inv)), cte="base64",
    ics=dict(method="REQUEST", uid="040000008200E00074C5B7101A82E008-BTS-0303", seq=0,
             start="2026-03-03 10:00 +0100", minutes=45, organizer=NATHALIE,
             summary="Entretien CTA – Odile Brennan-Achterberg",
             location="Réunion Microsoft Teams", where="attach", filename="invite.ics"),
))

_nao_inv = (
    "Bonjour Odile,\n\n"
    "Suite à notre échange téléphonique, je vous propose une journée d'immersion dans l'unité "
    "de recherche clinique le mercredi 20 mai, de 8h30 à 16h30. Vous suivrez une attachée de "
    "recherche clinique lors d'une visite de monitoring, puis vous passerez l'après-midi avec "
    "notre technicienne d'études sur la gestion des échantillons.\n\n"
    "Cette journée fait partie du processus de recrutement : elle nous permet de voir comment "
    "vous travaillez et à vous de découvrir le poste. Un déjeuner est prévu avec l'équipe.\n\n"
    "Merci de confirmer votre venue.\n\n"
    "Dr Servane Mahé\nCoordinatrice de l'unité de recherche clinique\n"
    "Nantes Atlantique Oncologie – 3 rue du Pr-Bernard, 44093 Nantes\n02 40 16 72 85")
inv(dict(
    slug="nao_journee_immersion", lang="fr", company="Nantes Atlantique Oncologie",
    contact=SERVANE[1], date="2026-05-06 14:31 +0200", key="nao_inv",
    frm=SERVANE, subject="Journée d'immersion à l'URC",
    text=_nao_inv, html=doc(paras(_nao_inv)),
))

inv(dict(
    slug="kerbio_casual_cafe_jeudi", lang="fr", company="Kerbio Therapeutics",
    contact=ERWAN[1], date="2026-03-04 22:10 +0100", key="kerbio_inv", parent="kerbio_app",
    frm=ERWAN, subject="Re: Candidature spontanée – assistante essais cliniques",
    text=(
        "Salut Odile,\n\n"
        "Merci pour ton mail et ton CV, ça tombe plutôt bien : on réfléchit à prendre "
        "quelqu'un pour suivre notre première étude chez l'humain.\n\n"
        "Tu serais dispo jeudi 12 vers 17h pour qu'on en parle autour d'un café ? On est à "
        "la pépinière de l'Hôtel-Dieu, 2e étage. Sinon en visio, comme tu préfères.\n\n"
        "Erwan\n\n"
        + replied("fr", "lun. 2 mars 2026 à 08:57", ME,
                  "Bonjour,\n\nJe me permets de vous adresser ma candidature spontanée pour "
                  "un poste d'assistante d'essais cliniques chez Kerbio Therapeutics. "
                  "Vous trouverez mon CV en pièce jointe.\n\nOdile Brennan-Achterberg")),
))

inv(dict(
    slug="ch_abers_convocation_pdf", lang="fr", company="Centre Hospitalier des Abers",
    contact=KATELL[1], date="2026-06-08 14:00 +0200", key="abers_inv",
    frm=KATELL, subject="Convocation – entretien pour le poste d'assistant(e) de recherche",
    text=(
        "Madame,\n\n"
        "Suite à votre candidature au poste d'assistant(e) de recherche clinique (pôle "
        "pharmacie-biologie), j'ai le plaisir de vous convier à un entretien devant le jury "
        "de recrutement le mardi 23 juin 2026 à 9h30.\n\n"
        "Vous trouverez votre convocation en pièce jointe, avec le plan d'accès au bâtiment "
        "administratif. Merci de vous munir d'une pièce d'identité.\n\n"
        "Je vous prie d'agréer, Madame, mes salutations distinguées.\n\n"
        "Katell Morvan\nChargée de recrutement – Direction des ressources humaines\n"
        "Centre Hospitalier des Abers – 1 route de Plabennec, 29860 Lannilis\n"
        "Tél. 02 98 37 20 14"),
    pdfs=[dict(name="Convocation_entretien_23062026.pdf", lines=[
        "Centre Hospitalier des Abers - Direction des ressources humaines",
        "", "CONVOCATION", "",
        "Madame Odile Brennan-Achterberg",
        "est convoquee a un entretien de recrutement",
        "Poste : assistant(e) de recherche clinique - pole pharmacie-biologie",
        "Date : mardi 23 juin 2026 a 9h30",
        "Lieu : batiment administratif, salle du conseil",
        "", "Katell Morvan, chargee de recrutement"])],
))

inv(dict(
    slug="recruitee_ligerienne_booking_link", lang="fr",
    company="Ligérienne Clinical Services", contact="", date="2026-02-02 10:15 +0100",
    key="lig_inv",
    frm=("Paul-Henri Jaouen (Ligérienne Clinical Services)", "noreply@jobs.recruitee.com"),
    subject="Réservez votre entretien téléphonique – Clinical Trial Assistant",
    headers=[("Auto-Submitted", "auto-generated")],
    html=card("Ligérienne Clinical Services", "#9a3412", paras(
        "Bonjour Odile,\n\n"
        "Nous souhaitons échanger avec vous au sujet de votre candidature au poste de "
        "Clinical Trial Assistant à Nantes.\n\n"
        "Merci de choisir un créneau de 20 minutes pour un entretien téléphonique avec "
        "Paul-Henri Jaouen, parmi les disponibilités proposées :")
        + '\n<p style="text-align:center"><a href="https://ligerienne.recruitee.com/'
          'book/7fd2c1?lang=fr" style="background:#9a3412;color:#fff;padding:10px 18px;'
          'border-radius:4px;text-decoration:none">Choisir un créneau</a></p>\n'
        + paras("Vous recevrez une confirmation par e-mail une fois le créneau réservé.\n\n"
                "À bientôt,\nL'équipe recrutement de Ligérienne Clinical Services"),
        footer="Envoyé avec Recruitee. Ne répondez pas à cet e-mail."),
))

_vm_inv = (
    "Madame,\n\n"
    "Nous avons le plaisir de vous convier au centre d'évaluation organisé pour le poste "
    "d'Assistant(e) d'études cliniques (R-04418).\n\n"
    "Date : mardi 16 juin 2026, de 9h00 à 13h00\n"
    "Lieu : Laboratoires Vautrin-Méry, 41 avenue de la Grande-Armée, 75116 Paris\n\n"
    "Au programme : une présentation de l'entreprise, un exercice en groupe sur la "
    "préparation d'une visite de mise en place, un test écrit sur les bonnes pratiques "
    "cliniques et un entretien individuel.\n\n"
    "Pour toute question logistique, merci de répondre à ce message : Léa Fontaine, notre "
    "assistante recrutement, vous répondra.\n\n"
    "Cordialement,\n\n"
    "Delphine Caron\nResponsable recrutement – Laboratoires Vautrin-Méry")
inv(dict(
    slug="vautrin_mery_assessment_centre", lang="fr", company="Laboratoires Vautrin-Méry",
    contact="lea.fontaine@vautrin-mery.example.fr", date="2026-06-02 15:20 +0200",
    key="vm_inv",
    frm=("Delphine Caron", "delphine.caron@vautrin-mery.example.fr"),
    reply_to=("Léa Fontaine", "lea.fontaine@vautrin-mery.example.fr"),
    subject="Convocation au centre d'évaluation – 16 juin",
    text=_vm_inv, html=word(paras(_vm_inv)), cte="quoted-printable",
))

inv(dict(
    slug="ocealis_visio_ceo", lang="fr", company="Océalis Pharma",
    contact="gaelle@ocealis.example.fr", date="2026-07-06 08:44 +0200", key="oce_inv",
    frm=("Gaëlle Riou", "gaelle@ocealis.example.fr", ("utf-8", "b")),
    subject="Un premier échange en visio jeudi ?", subject_enc=("utf-8", "b"),
    text=(
        "Bonjour Odile,\n\n"
        "J'ai lu votre candidature pour le poste d'assistante d'études avec beaucoup "
        "d'intérêt. Je vous propose un premier entretien en visio avec moi le jeudi 9 juillet "
        "à 17h30, pour une quarantaine de minutes.\n\n"
        "Lien : https://meet.ocealis.example.fr/gaelle-riou\n\n"
        "Dites-moi si l'horaire vous va.\n\n"
        "Gaëlle Riou\nCo-fondatrice & CEO – Océalis Pharma"),
))

_heysel_inv = (
    "Bonjour Madame Brennan-Achterberg,\n\n"
    "Nous avons le plaisir de vous inviter à un entretien pour le poste de Clinical Trial "
    "Assistant au sein du centre d'essais cliniques, le jeudi 23 avril à 14h00, dans nos "
    "locaux (bâtiment H, 3e étage).\n\n"
    "L'entretien durera environ une heure, avec le Dr Lambrechts et moi-même.\n\n"
    "Merci de nous confirmer votre présence.\n\n"
    "Anne-Sophie Verhaegen\nRecrutement – Clinique universitaire du Heysel\n"
    "Avenue du Heysel 90, 1020 Bruxelles – +32 2 477 31 00")
inv(dict(
    slug="heysel_outlook_word_html", lang="fr", company="Clinique universitaire du Heysel",
    contact="as.verhaegen@cuheysel.example.be", date="2026-04-14 10:05 +0200",
    key="heysel_inv",
    frm=("Verhaegen Anne-Sophie", "as.verhaegen@cuheysel.example.be"),
    subject="Invitation à un entretien – Clinical Trial Assistant",
    headers=[("Thread-Topic", "Invitation à un entretien – Clinical Trial Assistant"),
             ("Thread-Index", "AdrY3kQ0c2VydmVyaGFlZ2Vu"), ("Content-Language", "fr-BE")],
    text=_heysel_inv, html=word(paras(_heysel_inv), lang="FR-BE"), cte="quoted-printable",
))

inv(dict(
    slug="tempomed_agency_unnamed_client", lang="fr", company="TempoMed Intérim",
    contact="k.benhaddou@tempomed.example.fr", date="2026-05-26 11:10 +0200",
    key="tempomed_inv",
    frm=("Karim Benhaddou | TempoMed", "k.benhaddou@tempomed.example.fr"),
    subject="Votre rendez-vous chez notre client jeudi",
    text=(
        "Bonjour Odile,\n\n"
        "C'est calé : notre client vous reçoit jeudi 4 juin à 9h30 pour la mission "
        "d'assistante de recherche clinique (3 mois, Paris 13e). Je ne peux pas encore vous "
        "donner son nom, c'est un laboratoire qui tient à la discrétion tant que le contrat "
        "n'est pas signé.\n\n"
        "Je vous envoie l'adresse exacte demain. Entretien d'environ 30 minutes avec la "
        "responsable des opérations cliniques.\n\n"
        "Karim\n\nKarim Benhaddou\nChargé de recrutement – TempoMed Intérim\n"
        "118 boulevard Auguste-Blanqui, 75013 Paris"),
))

_hslb_inv = (
    "Madame,\n\n"
    "Votre candidature au poste de technicienne d’études cliniques de l’unité de recherche "
    "clinique a retenu notre attention.\n\n"
    "Nous vous proposons un entretien le jeudi 17 septembre 2026 à 9h30 avec le Dr Mathilde "
    "Ohana, médecin coordinateur, et moi-même. L’entretien aura lieu au 4e étage du bâtiment "
    "Charcot, salle 412.\n\n"
    "Une invitation de calendrier est jointe ; en cas d’empêchement, merci de me prévenir "
    "au plus tôt.\n\n"
    "Sylvie Carré\nCadre de santé – Unité de recherche clinique\n"
    "Hôpital Saint-Lazare-Batignolles – 62 rue de Rome – 75008 Paris\n"
    "Tél. : 01 44 90 63 20")
inv(dict(
    slug="hslb_cp1252_qp_with_ics", lang="fr", company="Hôpital Saint-Lazare-Batignolles",
    contact="sylvie.carre@hslb.example.fr", date="2026-09-07 13:47 +0200", key="hslb_inv",
    frm=("Sylvie Carré", "sylvie.carre@hslb.example.fr", ("iso-8859-1", "q")),
    subject="Proposition d’entretien – URC", subject_enc=("windows-1252", "q"),
    text=_hslb_inv, charset="windows-1252", cte="quoted-printable",
    ics=dict(method="REQUEST", uid="hslb-urc-20260917-0930@hslb.example.fr", seq=0,
             start="2026-09-17 09:30 +0200", minutes=45,
             organizer=("Sylvie Carré", "sylvie.carre@hslb.example.fr"),
             summary="Entretien technicienne d'études cliniques",
             location="Bâtiment Charcot, salle 412", where="attach",
             filename="entretien.ics"),
))

# English

inv(dict(
    slug="greenhouse_liffey_scheduling_link", lang="en", company="Liffey Clinical Research",
    contact=SIOBHAN[1], date="2026-01-28 11:42 +0000", key="liffey_inv", parent="liffey_ack",
    frm=("Siobhán Kearney via Greenhouse", "no-reply@greenhouse-mail.io"),
    reply_to=SIOBHAN,
    subject="Interview availability – Clinical Trial Assistant at Liffey Clinical Research",
    text=(
        "Hi Odile,\n\n"
        "Thank you for your interest in the Clinical Trial Assistant role! We'd like to invite "
        "you to a 45-minute video interview with our Clinical Operations Lead.\n\n"
        "Please use the link below to select a time that works for you:\n"
        "https://app.greenhouse.io/scheduling/liffeycr/3f9a2b71c0\n\n"
        "All times are shown in Dublin time (GMT). If none of the slots suit, just reply to "
        "this email and I'll find another option.\n\n"
        "Best,\nSiobhán"),
    html=doc(paras(
        "Hi Odile,\n\n"
        "Thank you for your interest in the Clinical Trial Assistant role! We'd like to invite "
        "you to a 45-minute video interview with our Clinical Operations Lead.\n\n"
        "Please use the link below to select a time that works for you:\n"
        "https://app.greenhouse.io/scheduling/liffeycr/3f9a2b71c0\n\n"
        "All times are shown in Dublin time (GMT). If none of the slots suit, just reply to "
        "this email and I'll find another option.\n\n"
        "Best,\nSiobhán"), lang="en"),
))

inv(dict(
    slug="harcourt_client_interview_ballymore", lang="en", company="Ballymore Therapeutics",
    contact=DECLAN[1], date="2026-09-10 15:26 +0100", key="harc_inv", parent="harc_cold",
    frm=DECLAN, subject="Ballymore Therapeutics – interview confirmed",
    text=(
        "Hi Odile,\n\n"
        "Great news – Ballymore Therapeutics would like to meet you for the Clinical Trial "
        "Assistant position we discussed.\n\n"
        "When: Thursday 17 September, 14:00 Irish time (15:00 for you)\n"
        "Where: video call on Zoom – link to follow from their HR team\n"
        "Who: Dr Fiona Keane, Clinical Project Manager, and Rory Kinsella from HR\n\n"
        "They'll ask about your experience with investigational product handling at the "
        "hospital pharmacy, so have a couple of examples ready. Call me beforehand if you'd "
        "like to prepare together.\n\n"
        "Best regards,\nDeclan\n\n"
        "Declan Fitzmaurice | Director, Life Sciences Search\n"
        "Harcourt Talent Partners | 12 Harcourt Street, Dublin 2 | +353 87 214 6650"),
))

_stk_inv = (
    "Dear Ms Brennan-Achterberg,\n\n"
    "Further to your application for the post of Clinical Trials Assistant (Grade IV, "
    "specified purpose contract), I am pleased to invite you to attend for interview.\n\n"
    "Date: Tuesday 31 March 2026\nTime: 10:00\n"
    "Venue: Research Office, Level 2, Wellcome Building, St. Kevin's University Hospital\n\n"
    "The interview panel will consist of three members. Please bring photographic ID and "
    "the originals of your qualifications. A calendar invitation is attached for your "
    "convenience.\n\n"
    "Kindly confirm your attendance by reply.\n\n"
    "Yours sincerely,\nNiamh Gallagher\nResearch Office Administrator\n"
    "St. Kevin's University Hospital, James's Walk, Dublin 8\nT: +353 1 410 2287")
inv(dict(
    slug="stkevins_panel_calendar_request", lang="en",
    company="St. Kevin's University Hospital", contact=NIAMH[1],
    date="2026-03-16 12:05 +0000", key="stk_inv",
    frm=NIAMH, subject="Invitation to interview – Clinical Trials Assistant",
    text=_stk_inv, html=word(paras(_stk_inv), lang="EN-IE"),
    ics=dict(method="REQUEST", uid="stk-research-cta-0331@stkevins.example.ie", seq=0,
             start="2026-03-31 10:00 +0100", minutes=45, organizer=NIAMH,
             summary="Interview: Clinical Trials Assistant",
             location="Research Office, Level 2, Wellcome Building"),
))

inv(dict(
    slug="ashby_alsterbio_pick_a_time", lang="en", company="Alsterbio", contact="",
    date="2026-04-20 09:00 +0200", key="alster_inv",
    frm=("Alsterbio", "no-reply@ashbyhq.com"),
    subject="Schedule your interview with Alsterbio",
    headers=[("Auto-Submitted", "auto-generated")],
    text=(
        "Hi Odile,\n\n"
        "The Alsterbio team would like to speak with you about the Clinical Operations "
        "Assistant role in Hamburg.\n\n"
        "Please pick a 30-minute slot for a phone interview with Jonas Voss, Head of Clinical "
        "Operations:\n"
        "https://jobs.ashbyhq.com/alsterbio/interview/schedule/b81e7d0c\n\n"
        "Times are shown in your local time zone. Once booked, you'll receive a calendar "
        "invitation.\n\n"
        "Alsterbio Recruiting\n\n"
        "This message was sent by Ashby on behalf of Alsterbio."),
))

inv(dict(
    slug="dlco_casual_free_thursday", lang="en", company="Dreiländer Clinical Operations",
    contact=MIRJAM[1], date="2026-07-13 18:22 +0200", key="dlco_inv",
    frm=MIRJAM, subject="Quick chat about the CTA role?",
    text=(
        "Hi Odile,\n\n"
        "I'm the team lead for trial support at Dreiländer Clinical Operations – HR passed me "
        "your CV and I liked what I saw.\n\n"
        "Are you free Thursday around 4 pm to chat for half an hour? Nothing formal, just to "
        "get to know each other and tell you what the team does day to day. A video call is "
        "fine, I'll send a link.\n\n"
        "Cheers,\nMirjam\n\n"
        "Mirjam Stöckli\nTeam Lead Trial Support\n"
        "Dreiländer Clinical Operations, Aeschenvorstadt 48, 4051 Basel"),
))

_grey_inv = (
    "Hi Odile,\n\n"
    "Thanks for applying for the Clinical Trial Assistant role. Would you be free for a "
    "30-minute phone screen this week? Wednesday or Thursday afternoon would suit me, "
    "anytime after 14:00 Irish time.\n\n"
    "Let me know the best number to reach you on.\n\n"
    "Ciarán\n\nCiarán Doyle\nTalent Partner | Greystones Clinical\n"
    "Block C, Sandyford Business Park, Dublin 18")
inv(dict(
    slug="greystones_phone_screen_ask", lang="en", company="Greystones Clinical",
    contact=CIARAN[1], date="2026-06-15 16:12 +0100", key="grey_inv",
    frm=(CIARAN[0], CIARAN[1], ("iso-8859-1", "q")),
    subject="Clinical Trial Assistant – phone screen",
    text=_grey_inv, html=word(paras(_grey_inv), lang="EN-IE"), cte="quoted-printable",
))

_meridian_inv = (
    "Dear Odile,\n\n"
    "Thank you for your application to Meridian Trials Europe. We are pleased to invite you "
    "to our assessment day for Clinical Trial Assistants on Wednesday 27 May 2026, from "
    "9:30 to 15:00, at our Brussels office (Rue de la Loi 155, 1040 Etterbeek).\n\n"
    "The day includes a short written exercise on essential documents, a group case study "
    "and a one-to-one interview with a line manager. Lunch will be provided.\n\n"
    "Please confirm your attendance by 20 May.\n\n"
    "Kind regards,\nLotte Janssens\nHR Officer – Meridian Trials Europe\n+32 2 808 41 90")
inv(dict(
    slug="meridian_assessment_day", lang="en", company="Meridian Trials Europe",
    contact="lotte.janssens@meridiantrials.example.be", date="2026-05-13 11:40 +0200",
    key="meridian_inv", parent="meridian_ack",
    frm=("Lotte Janssens", "lotte.janssens@meridiantrials.example.be"),
    subject="Assessment day invitation – Clinical Trial Assistant",
    text=_meridian_inv, html=doc(paras(_meridian_inv), lang="en"), cte="base64",
))

# German

_hanse_inv = (
    "Sehr geehrte Frau Brennan-Achterberg,\n\n"
    "vielen Dank für Ihre Bewerbung als Clinical Trial Assistant (m/w/d). Wir möchten Sie "
    "gern persönlich kennenlernen und laden Sie zu einem Vorstellungsgespräch ein:\n\n"
    "Donnerstag, 19. März 2026, 10:00 Uhr\n"
    "Hanse Clinical Trials, Großer Burstah 31, 20457 Hamburg, 4. OG\n"
    "Gesprächspartner: Dr. Henning Albers und Jana Petersen\n\n"
    "Eine Kalendereinladung ist beigefügt. Bitte bestätigen Sie den Termin kurz per Antwort "
    "auf diese E-Mail.\n\n"
    "Mit freundlichen Grüßen\nJana Petersen\nPeople & Culture, Hanse Clinical Trials")
inv(dict(
    slug="personio_hanse_einladung_ics", lang="de", company="Hanse Clinical Trials",
    contact=JANA[1], date="2026-03-11 10:17 +0100", key="hanse_inv", parent="hanse_ack",
    frm=("Hanse Clinical Trials", "noreply@personio.de"), reply_to=JANA,
    subject="Einladung zum Vorstellungsgespräch – Clinical Trial Assistant (m/w/d)",
    subject_enc=("utf-8", "b"),
    text=_hanse_inv, html=card("Hanse Clinical Trials", "#0f4c81", paras(_hanse_inv),
                               footer="Versendet über Personio.", lang="de"),
    cte="quoted-printable",
    ics=dict(method="REQUEST", uid="personio-hct-4471-interview-0319@personio.de", seq=0,
             start="2026-03-19 10:00 +0100", minutes=60, organizer=JANA,
             summary="Vorstellungsgespräch Clinical Trial Assistant",
             location="Großer Burstah 31, 20457 Hamburg, 4. OG"),
))

inv(dict(
    slug="rheinknie_assessment_center_pdf", lang="de", company="Rheinknie Pharma",
    contact="sabine.imhof@rheinknie.example.ch", date="2026-09-14 14:09 +0200",
    key="rhk_inv", parent="rhk_ack",
    frm=("Sabine Imhof", "sabine.imhof@rheinknie.example.ch"),
    subject="Einladung Assessment-Center Clinical Trial Assistant",
    text=(
        "Sehr geehrte Frau Brennan-Achterberg\n\n"
        "Gerne laden wir Sie zu unserem Assessment-Center für die Stelle Clinical Trial "
        "Assistant ein. Es findet am Dienstag, 29. September 2026, von 08:30 bis ca. 15:30 Uhr "
        "in unserem Hauptsitz an der Grenzacherstrasse in Basel statt.\n\n"
        "Sie erwarten eine Fallstudie, eine Präsentation vor dem Fachteam sowie ein "
        "Einzelgespräch. Den Ablauf und eine Anfahrtsbeschreibung finden Sie im Anhang.\n\n"
        "Bitte bestätigen Sie Ihre Teilnahme bis zum 21. September.\n\n"
        "Freundliche Grüsse\nSabine Imhof\nTalent Acquisition\n"
        "Rheinknie Pharma AG · Grenzacherstrasse 210 · 4058 Basel · +41 61 555 38 20"),
    charset="iso-8859-1", cte="quoted-printable",
    pdfs=[dict(name="Ablauf_Assessment_Center.pdf", lines=[
        "Rheinknie Pharma - Assessment-Center Clinical Trial Assistant",
        "Dienstag, 29. September 2026", "",
        "08:30  Empfang, Gebaeude 4, Grenzacherstrasse 210",
        "09:00  Fallstudie (90 Minuten)", "11:00  Praesentation vor dem Fachteam",
        "12:30  Mittagessen", "13:30  Einzelgespraech", "15:30  Ende",
        "", "Anfahrt: Tram 2 bis Haltestelle Messeplatz, dann 10 Minuten zu Fuss"])],
))

inv(dict(
    slug="elbklinikum_probearbeitstag", lang="de", company="Elbklinikum Altona-Nord",
    contact="frauke.hansen@elbklinikum.example.de", date="2026-07-01 12:31 +0200",
    key="elb_inv",
    frm=("Dr. Frauke Hansen", "frauke.hansen@elbklinikum.example.de"),
    subject="Hospitationstag in der Studienzentrale",
    text=(
        "Liebe Frau Brennan-Achterberg,\n\n"
        "nach unserem Telefonat freue ich mich, Sie zu einem Probearbeitstag in unserer "
        "Studienzentrale einzuladen: Dienstag, 14. Juli, 8:00 bis 15:00 Uhr.\n\n"
        "Sie begleiten unsere Study Nurses bei Patientenvisiten, lernen die Prüfpräparate-"
        "Ausgabe in der Klinikapotheke kennen und führen am Nachmittag ein Gespräch mit mir "
        "und unserer Pflegedirektorin. Bitte bringen Sie bequeme Schuhe mit; Kittel stellen "
        "wir.\n\n"
        "Treffpunkt: Haus C, Erdgeschoss, Empfang Studienzentrale.\n\n"
        "Herzliche Grüße\nDr. Frauke Hansen\nLeitung Studienzentrale\n"
        "Elbklinikum Altona-Nord · Stresemannstraße 312 · 22769 Hamburg\n"
        "Tel. 040 8891 4470"),
    html=doc(paras(
        "Liebe Frau Brennan-Achterberg,\n\n"
        "nach unserem Telefonat freue ich mich, Sie zu einem Probearbeitstag in unserer "
        "Studienzentrale einzuladen: Dienstag, 14. Juli, 8:00 bis 15:00 Uhr.\n\n"
        "Sie begleiten unsere Study Nurses bei Patientenvisiten, lernen die Prüfpräparate-"
        "Ausgabe in der Klinikapotheke kennen und führen am Nachmittag ein Gespräch mit mir "
        "und unserer Pflegedirektorin. Bitte bringen Sie bequeme Schuhe mit; Kittel stellen "
        "wir.\n\n"
        "Treffpunkt: Haus C, Erdgeschoss, Empfang Studienzentrale.\n\n"
        "Herzliche Grüße\nDr. Frauke Hansen\nLeitung Studienzentrale\n"
        "Elbklinikum Altona-Nord · Stresemannstraße 312 · 22769 Hamburg\n"
        "Tel. 040 8891 4470"), lang="de"),
    cte="base64",
))

# Spanish

_gq_inv = (
    "Hola Odile:\n\n"
    "Gracias por tu candidatura al puesto de Clinical Trial Assistant. Nos gustaría "
    "conocerte en persona en nuestra oficina de Sevilla.\n\n"
    "Fecha: jueves 23 de abril de 2026\nHora: 10:00\n"
    "Lugar: Guadalquivir Clinical, Avda. de la Buhaira 27, 3.ª planta, 41018 Sevilla\n\n"
    "Estarán Inmaculada Ruiz, jefa de proyectos clínicos, y yo. Te adjunto la convocatoria "
    "para tu calendario.\n\n"
    "Un saludo,\nRocío Benjumea\nTalent Acquisition · Guadalquivir Clinical\n"
    "+34 954 62 18 04")
inv(dict(
    slug="guadalquivir_entrevista_calendar", lang="es", company="Guadalquivir Clinical",
    contact=ROCIO[1], date="2026-04-15 13:05 +0200", key="gq_inv", parent="gq_ack",
    frm=ROCIO, subject="Entrevista – Clinical Trial Assistant (Sevilla)",
    text=_gq_inv, html=doc(paras(_gq_inv), lang="es"),
    ics=dict(method="REQUEST", uid="gq-cta-entrevista-0423@guadalquivir-clinical.example.es",
             seq=0, start="2026-04-23 10:00 +0200", minutes=60, organizer=ROCIO,
             summary="Entrevista CTA – Odile Brennan-Achterberg",
             location="Avda. de la Buhaira 27, 3.ª planta, Sevilla"),
))

inv(dict(
    slug="talento_agency_client_santa_justa", lang="es",
    company="Clínica Santa Justa Aljarafe", contact="macarena.osuna@talentosur.example.es",
    date="2026-09-09 17:18 +0200", key="tss_inv", parent="tss_ack",
    frm=("Macarena Osuna", "macarena.osuna@talentosur.example.es"),
    subject="Entrevista con Clínica Santa Justa Aljarafe",
    text=(
        "Hola Odile:\n\n"
        "¡Buenas noticias! La Clínica Santa Justa Aljarafe quiere entrevistarte para el "
        "puesto de coordinadora de ensayos clínicos en su unidad de oncología.\n\n"
        "Será por videollamada el miércoles 16 de septiembre a las 12:00. Te conectarás con "
        "la Dra. Montserrat Vela, investigadora principal, y con la supervisora de farmacia. "
        "El enlace es este: https://meet.santajusta.example.es/onco-cta-16sept\n\n"
        "Llámame antes si quieres que repasemos juntas el puesto.\n\n"
        "Un saludo,\nMacarena Osuna\nConsultora de selección · Talento Sanitario Sur\n"
        "954 21 87 30"),
    charset="iso-8859-1", cte="quoted-printable",
))

inv(dict(
    slug="triana_casual_te_viene_bien", lang="es", company="Triana Biotech",
    contact=ALVARO[1], date="2026-02-25 19:33 +0100", key="triana_inv", parent="triana_app",
    frm=ALVARO, subject="Re: Candidatura – asistente de ensayos clínicos",
    text=(
        "¡Hola, Odile!\n\n"
        "Gracias por escribirnos. Me ha gustado mucho tu carta, sobre todo lo de la gestión "
        "de muestras en el hospital.\n\n"
        "¿Te viene bien el jueves 5 a las 18:00 para charlar un rato por videollamada? Así te "
        "cuento cómo estamos montando el equipo y tú me cuentas qué buscas.\n\n"
        "Saludos,\nÁlvaro\n\n"
        + replied("es", "lun, 23 feb 2026 a las 9:12", ME,
                  "Buenos días:\n\nMe dirijo a ustedes para presentar mi candidatura al "
                  "puesto de asistente de ensayos clínicos publicado en su web. Adjunto mi "
                  "CV.\n\nUn cordial saludo,\nOdile Brennan-Achterberg")),
))

# =========================================================== interview_reschedule_or_cancel ==

_acr_move = (
    "Bonjour Odile,\n\n"
    "Le Dr Kerhervé doit être à l'audit du site de Lorient le 25 août ; nous devons donc "
    "déplacer votre entretien.\n\n"
    "Nouveau créneau : jeudi 27 août 2026, de 10h30 à 11h30, même lieu et même jury.\n\n"
    "L'invitation de votre agenda a été mise à jour. Si ce nouvel horaire pose problème, "
    "dites-le-moi et nous trouverons une autre date.\n\n"
    "Merci de votre compréhension,\nMaëlle Le Goff\n"
    "Chargée de recrutement – Armorique Clinical Research")
mov(dict(
    slug="acr_calendar_update_sequence", lang="fr", company="Armorique Clinical Research",
    contact=MAELLE[1], date="2026-08-18 16:05 +0200", key="acr_move", parent="acr_inv",
    frm=MAELLE, subject="Mise à jour : entretien Assistante d'études cliniques – 27/08 10h30",
    text=_acr_move, html=word(paras(_acr_move)), cte="quoted-printable",
    ics=dict(method="REQUEST", uid="acr-ent-0825-obrennan@armorique-cr.example.fr", seq=1,
             start="2026-08-27 10:30 +0200", minutes=60, organizer=MAELLE,
             summary="Entretien – Assistante d'études cliniques (O. Brennan-Achterberg)",
             location="Armorique Clinical Research, 9 rue du Bignon, Cesson-Sévigné",
             description="Créneau déplacé du 25/08 au 27/08"),
))

_qec_ask = (
    "Bonjour Thibault,\n\n"
    "Merci beaucoup pour votre proposition. Je suis de garde à la pharmacie le mardi 14 au "
    "matin : serait-il possible de décaler l'entretien à un autre jour de la semaine "
    "suivante ?\n\n"
    "Merci d'avance,\nOdile")
mov(dict(
    slug="quadrant_confirms_new_slot", lang="fr", company="Quadrant Essais Cliniques",
    contact=THIBAULT[1], date="2026-04-10 12:30 +0200", key="qec_move", parent="qec_ask",
    frm=THIBAULT, subject="Re: Entretien – Assistante d'études cliniques (CDD)",
    text=(
        "Bonjour Odile,\n\n"
        "Aucun souci. Claire peut vous voir le mardi 21 avril à 10h00 à la place du 14 : "
        "même format, en visio. Je vous envoie le nouveau lien Teams dans la foulée.\n\n"
        "Bonne fin de semaine,\nThibault\n\n"
        + replied("fr", "ven. 10 avr. 2026 à 07:48", ME, _qec_ask)),
))

mov(dict(
    slug="brabant_interviewer_ill_moved", lang="fr", company="Brabant Trial Services",
    contact=NATHALIE[1], date="2026-03-02 17:55 +0100", key="bts_move", parent="bts_inv",
    frm=NATHALIE, subject="Report de votre entretien du 3 mars",
    text=(
        "Bonjour Odile,\n\n"
        "Pieter Claes est malheureusement souffrant et ne pourra pas assurer l'entretien de "
        "demain matin. Nous le reportons au mardi 10 mars, même heure (10h00), toujours sur "
        "Teams. L'invitation a été mise à jour.\n\n"
        "Toutes nos excuses pour ce changement de dernière minute.\n\n"
        "Nathalie Dewaele\nHR Business Partner – Brabant Trial Services"),
    ics=dict(method="REQUEST", uid="040000008200E00074C5B7101A82E008-BTS-0303", seq=1,
             start="2026-03-10 10:00 +0100", minutes=45, organizer=NATHALIE,
             summary="Entretien CTA – Odile Brennan-Achterberg (reporté)",
             location="Réunion Microsoft Teams", where="attach", filename="invite.ics"),
))

mov(dict(
    slug="nao_immersion_moved_inspection", lang="fr", company="Nantes Atlantique Oncologie",
    contact=SERVANE[1], date="2026-05-13 08:20 +0200", key="nao_move", parent="nao_inv",
    frm=SERVANE, subject="Re: Journée d'immersion à l'URC – changement de date",
    text=(
        "Bonjour Odile,\n\n"
        "Nous venons d'apprendre qu'une inspection aura lieu dans l'unité le 20 mai. Je "
        "préfère ne pas vous accueillir ce jour-là : pourrions-nous déplacer votre journée "
        "d'immersion au mercredi 27 mai, aux mêmes horaires ?\n\n"
        "Le reste du programme ne change pas.\n\n"
        "Servane Mahé\n\n"
        + replied("fr", "mer. 6 mai 2026 à 14:31", SERVANE,
                  "Je vous propose une journée d'immersion dans l'unité de recherche clinique "
                  "le mercredi 20 mai, de 8h30 à 16h30.\n[...]\nMerci de confirmer votre "
                  "venue.")),
))

mov(dict(
    slug="ch_abers_jury_cancelled_ics", lang="fr", company="Centre Hospitalier des Abers",
    contact=KATELL[1], date="2026-06-19 11:12 +0200", key="abers_cancel", parent="abers_inv",
    frm=KATELL, subject="Annulé : entretien du 23 juin – assistant(e) de recherche clinique",
    text=(
        "Madame,\n\n"
        "En raison d'un mouvement social touchant les services administratifs, le jury prévu "
        "le mardi 23 juin ne pourra pas se réunir. Votre entretien est donc annulé.\n\n"
        "Votre candidature reste à l'étude : une nouvelle convocation vous sera adressée dès "
        "qu'une date aura été fixée, probablement début juillet.\n\n"
        "Avec nos excuses,\n\nKatell Morvan\nChargée de recrutement – Centre Hospitalier des "
        "Abers"),
    ics=dict(method="CANCEL", uid="chabers-jury-arc-20260623@ch-abers.example.fr", seq=1,
             start="2026-06-23 09:30 +0200", minutes=60, organizer=KATELL,
             summary="Entretien – assistant(e) de recherche clinique",
             location="Bâtiment administratif, salle du conseil"),
))

_vm_move = (
    "Madame,\n\n"
    "Pour des raisons d'organisation, le centre d'évaluation du mardi 16 juin se tiendra "
    "l'après-midi et non le matin : accueil à 13h30, fin prévue vers 17h30. L'adresse et le "
    "programme restent inchangés.\n\n"
    "Merci de me confirmer que ce nouvel horaire vous convient.\n\n"
    "Bien cordialement,\nLéa Fontaine\nAssistante recrutement – Laboratoires Vautrin-Méry\n"
    "41 avenue de la Grande-Armée, 75116 Paris – 01 70 38 52 11")
mov(dict(
    slug="vautrin_mery_afternoon_word_html", lang="fr", company="Laboratoires Vautrin-Méry",
    contact="lea.fontaine@vautrin-mery.example.fr", date="2026-06-10 09:48 +0200",
    key="vm_move", parent="vm_inv",
    frm=("Fontaine Léa", "lea.fontaine@vautrin-mery.example.fr"),
    subject="TR: Convocation au centre d'évaluation – 16 juin – changement d'horaire",
    headers=[("Thread-Topic", "Convocation au centre d'évaluation – 16 juin"),
             ("Content-Language", "fr-FR")],
    html=word(paras(_vm_move) + "<div>" + paras(outlook(
        "fr", ("Caron Delphine", "delphine.caron@vautrin-mery.example.fr"),
        "mardi 2 juin 2026 15:20", "Odile Brennan-Achterberg",
        "Convocation au centre d'évaluation – 16 juin",
        "Madame,\n\nNous avons le plaisir de vous convier au centre d'évaluation organisé "
        "pour le poste d'Assistant(e) d'études cliniques (R-04418).\n\n"
        "Date : mardi 16 juin 2026, de 9h00 à 13h00")) + "</div>"),
    cte="quoted-printable",
))

mov(dict(
    slug="kerbio_casual_move_friday", lang="fr", company="Kerbio Therapeutics",
    contact=ERWAN[1], date="2026-03-11 09:02 +0100", key="kerbio_move", parent="kerbio_inv",
    frm=ERWAN, subject="on décale à vendredi ?",
    text=(
        "Hello Odile, on décale à vendredi même heure ? Jeudi j'ai le comité scientifique "
        "qui déborde.\nErwan\n\nEnvoyé de mon téléphone"),
))

# English

mov(dict(
    slug="greystones_push_call_friday", lang="en", company="Greystones Clinical",
    contact=CIARAN[1], date="2026-06-17 09:03 +0100", key="grey_move",
    parent="<CAOba7Fq2026061607.ok.ciaran@mail.example.fr>",
    frm=CIARAN, subject="RE: Clinical Trial Assistant – phone screen",
    text=(
        "Hi Odile,\n\n"
        "Apologies – could we push our call from this afternoon to Friday at 11:00 Irish "
        "time? Something has landed on my desk for today that I can't move.\n\n"
        "Same number as before. Sorry for the shuffle!\n\nCiarán\n\n"
        + outlook("en", ME, "Tuesday, June 16, 2026 7:55 AM",
                  "Ciarán Doyle <ciaran.doyle@greystones-clinical.example.ie>",
                  "RE: Clinical Trial Assistant – phone screen",
                  "Hi Ciarán,\n\nWednesday at 15:00 would be great. You can reach me on "
                  "+33 6 41 27 58 90.\n\nBest,\nOdile")),
))

_stk_move = (
    "Dear Ms Brennan-Achterberg,\n\n"
    "Please note that your interview on Tuesday 31 March has been moved to 11:30 (instead of "
    "10:00) and will now take place in Meeting Room 3, Level 1, Clinical Research Facility, "
    "as the Research Office is being refurbished. The calendar invitation has been updated "
    "accordingly.\n\n"
    "Apologies for any inconvenience.\n\n"
    "Niamh Gallagher\nResearch Office Administrator, St. Kevin's University Hospital")
mov(dict(
    slug="stkevins_updated_invitation_seq1", lang="en",
    company="St. Kevin's University Hospital", contact=NIAMH[1],
    date="2026-03-24 14:30 +0000", key="stk_move", parent="stk_inv",
    frm=NIAMH, subject="Updated invitation: Interview: Clinical Trials Assistant",
    text=_stk_move, html=word(paras(_stk_move), lang="EN-IE"),
    ics=dict(method="REQUEST", uid="stk-research-cta-0331@stkevins.example.ie", seq=1,
             start="2026-03-31 11:30 +0100", minutes=45, organizer=NIAMH,
             summary="Interview: Clinical Trials Assistant",
             location="Meeting Room 3, Level 1, Clinical Research Facility"),
))

mov(dict(
    slug="harcourt_client_moves_interview", lang="en", company="Ballymore Therapeutics",
    contact=DECLAN[1], date="2026-09-15 12:02 +0100", key="harc_move", parent="harc_inv",
    frm=DECLAN, subject="RE: Ballymore Therapeutics – interview confirmed",
    text=(
        "Hi Odile,\n\n"
        "Small change of plan: Dr Keane has been pulled into a site initiation visit on "
        "Thursday, so Ballymore have asked to move your interview to Tuesday 22 September at "
        "15:00 Irish time (16:00 in Rennes). Same format, same panel. Their HR will resend "
        "the Zoom link.\n\n"
        "Can you confirm that works?\n\nDeclan\n\n"
        + replied("en", "Thu, 10 Sep 2026 at 15:26", DECLAN,
                  "Great news – Ballymore Therapeutics would like to meet you for the Clinical "
                  "Trial Assistant position we discussed.\n\nWhen: Thursday 17 September, "
                  "14:00 Irish time (15:00 for you)")),
))

mov(dict(
    slug="dlco_casual_monday_instead", lang="en", company="Dreiländer Clinical Operations",
    contact=MIRJAM[1], date="2026-07-15 08:51 +0200", key="dlco_move", parent="dlco_inv",
    frm=MIRJAM, subject="Re: Quick chat about the CTA role?",
    text=(
        "Hi Odile,\n\n"
        "Something came up with a sponsor audit – can we do Monday at 4 pm instead of "
        "Thursday? Same link. Sorry!\n\n"
        "Mirjam"),
))

# German

mov(dict(
    slug="hanse_interviewer_ill_cancel_ics", lang="de", company="Hanse Clinical Trials",
    contact=JANA[1], date="2026-03-18 07:40 +0100", key="hanse_cancel", parent="hanse_inv",
    frm=JANA, subject="Absage Termin 19.03. – Vorstellungsgespräch",
    text=(
        "Liebe Frau Brennan-Achterberg,\n\n"
        "leider ist Dr. Albers kurzfristig erkrankt, sodass wir unser Gespräch morgen um "
        "10:00 Uhr absagen müssen. Der Kalendereintrag wird storniert.\n\n"
        "Ihre Bewerbung ist davon selbstverständlich nicht betroffen – ich melde mich in den "
        "nächsten Tagen mit einem Ersatztermin bei Ihnen.\n\n"
        "Entschuldigen Sie bitte die Umstände.\n\n"
        "Viele Grüße\nJana Petersen\nPeople & Culture, Hanse Clinical Trials\n"
        "Tel. 040 3861 2290"),
    ics=dict(method="CANCEL", uid="personio-hct-4471-interview-0319@personio.de", seq=1,
             start="2026-03-19 10:00 +0100", minutes=60, organizer=JANA,
             summary="Abgesagt: Vorstellungsgespräch Clinical Trial Assistant",
             location="Großer Burstah 31, 20457 Hamburg, 4. OG"),
))

mov(dict(
    slug="hanse_ersatztermin_new_request", lang="de", company="Hanse Clinical Trials",
    contact=JANA[1], date="2026-03-20 14:22 +0100", key="hanse_move", parent="hanse_cancel",
    frm=JANA, subject="Ersatztermin: Mittwoch, 1. April, 11:00 Uhr",
    text=(
        "Liebe Frau Brennan-Achterberg,\n\n"
        "Dr. Albers ist wieder an Bord. Als Ersatz für den ausgefallenen Termin schlage ich "
        "Mittwoch, den 1. April, um 11:00 Uhr vor – gleicher Ort, gleiche Runde. Eine neue "
        "Kalendereinladung liegt bei.\n\n"
        "Falls es bei Ihnen nicht passt, nennen Sie mir gern zwei Alternativen.\n\n"
        "Viele Grüße\nJana Petersen"),
    html=doc(paras(
        "Liebe Frau Brennan-Achterberg,\n\n"
        "Dr. Albers ist wieder an Bord. Als Ersatz für den ausgefallenen Termin schlage ich "
        "Mittwoch, den 1. April, um 11:00 Uhr vor – gleicher Ort, gleiche Runde. Eine neue "
        "Kalendereinladung liegt bei.\n\n"
        "Falls es bei Ihnen nicht passt, nennen Sie mir gern zwei Alternativen.\n\n"
        "Viele Grüße\nJana Petersen"), lang="de"),
    ics=dict(method="REQUEST", uid="hct-interview-0401-brennan@hanse-ct.example.de", seq=0,
             start="2026-04-01 11:00 +0200", minutes=60, organizer=JANA,
             summary="Vorstellungsgespräch Clinical Trial Assistant (Ersatztermin)",
             location="Großer Burstah 31, 20457 Hamburg, 4. OG"),
))

# Spanish

mov(dict(
    slug="guadalquivir_hour_change_seq1", lang="es", company="Guadalquivir Clinical",
    contact=ROCIO[1], date="2026-04-20 16:40 +0200", key="gq_move", parent="gq_inv",
    frm=ROCIO, subject="Cambio de hora: entrevista del jueves 23",
    text=(
        "Hola Odile:\n\n"
        "Te escribo para cambiar la hora de la entrevista del jueves 23: Inmaculada tiene una "
        "visita de cierre por la mañana, así que la pasamos a las 12:30 en lugar de a las "
        "10:00. El lugar no cambia.\n\n"
        "Te he actualizado la convocatoria del calendario. Si no te encaja, dime y buscamos "
        "otro hueco.\n\n"
        "Un saludo,\nRocío"),
    charset="iso-8859-1", cte="quoted-printable",
    ics=dict(method="REQUEST", uid="gq-cta-entrevista-0423@guadalquivir-clinical.example.es",
             seq=1, start="2026-04-23 12:30 +0200", minutes=60, organizer=ROCIO,
             summary="Entrevista CTA – Odile Brennan-Achterberg",
             location="Avda. de la Buhaira 27, 3.ª planta, Sevilla"),
))

mov(dict(
    slug="triana_cancels_call_no_decision", lang="es", company="Triana Biotech",
    contact=ALVARO[1], date="2026-03-04 23:02 +0100", key="triana_cancel", parent="triana_inv",
    frm=ALVARO, subject="Re: Re: Candidatura – asistente de ensayos clínicos",
    text=(
        "Odile, perdona: tengo que cancelar la videollamada de mañana, nos ha surgido una "
        "reunión con inversores que no puedo mover. Todavía no tenemos decidido nada sobre "
        "el puesto; te escribo la semana que viene para ver cómo seguimos.\n\n"
        "Álvaro\n\nEnviado desde mi móvil"),
))

# ================================================================== missed_interview_notice ==

mis(dict(
    slug="brabant_waited_on_teams", lang="fr", company="Brabant Trial Services",
    contact=NATHALIE[1], date="2026-03-10 10:40 +0100", key="bts_missed", parent="bts_move",
    frm=NATHALIE, subject="Entretien de ce matin",
    text=(
        "Bonjour Odile,\n\n"
        "Pieter et moi vous avons attendue sur Teams ce matin à 10h00, jusqu'à 10h20, sans "
        "vous voir arriver. Nous avons aussi essayé de vous joindre au numéro indiqué sur "
        "votre CV.\n\n"
        "J'espère qu'il ne vous est rien arrivé. Pouvez-vous me dire ce qui s'est passé ?\n\n"
        "Nathalie Dewaele\nHR Business Partner – Brabant Trial Services\n+32 2 640 77 15"),
))

mis(dict(
    slug="agency_client_says_absent", lang="fr", company="Clinique des Lices",
    contact=GWEN[1], date="2026-01-27 12:20 +0100", key="iso_missed", parent="iso_inv",
    frm=(GWEN[0], GWEN[1], ("iso-8859-1", "q")),
    subject="Re: RDV Clinique des Lices mardi 27/01 à 11h", subject_enc=("iso-8859-1", "q"),
    text=(
        "Odile,\n\n"
        "Mme Le Bihan vient de m'appeler : elle vous attendait à 11h00 à l'accueil de la "
        "Clinique des Lices et vous n'êtes pas venue. Elle a patienté une vingtaine de "
        "minutes.\n\n"
        "Je n'arrive pas à vous joindre sur votre portable. Rappelez-moi dès que possible "
        "pour que je puisse lui donner une explication.\n\n"
        "Gwenaëlle\n02 99 31 44 08\n\n"
        + replied("fr", "mar. 20 janv. 2026 à 16:48", GWEN,
                  "Rendez-vous le mardi 27 janvier à 11h00 avec Mme Le Bihan, pharmacienne "
                  "gérante, à l'accueil principal (12 rue des Lices, Rennes).")),
    charset="iso-8859-1", cte="quoted-printable",
))

mis(dict(
    slug="ligerienne_tried_calling_twice", lang="fr", company="Ligérienne Clinical Services",
    contact="ph.jaouen@ligerienne-cs.example.fr", date="2026-02-10 14:25 +0100",
    key="lig_missed", parent="lig_inv",
    frm=("Paul-Henri Jaouen", "ph.jaouen@ligerienne-cs.example.fr"),
    subject="Notre entretien téléphonique de 14h00",
    text=(
        "Bonjour Madame Brennan-Achterberg,\n\n"
        "J'ai essayé de vous joindre deux fois à 14h00 au 06 41 27 58 90 pour notre entretien "
        "téléphonique, sans succès, et je suis tombé sur votre messagerie.\n\n"
        "Je n'ai pas d'autre créneau cette semaine. Faites-moi signe si vous souhaitez "
        "toujours échanger.\n\n"
        "Cordialement,\nPaul-Henri Jaouen\nRecrutement & RH - Ligérienne Clinical Services\n"
        "02 40 89 12 66"),
    charset="iso-8859-1", cte="base64",
))

mis(dict(
    slug="ocealis_nobody_joined", lang="fr", company="Océalis Pharma",
    contact="gaelle@ocealis.example.fr", date="2026-07-09 18:05 +0200", key="oce_missed",
    parent="oce_inv",
    frm=("Gaëlle Riou", "gaelle@ocealis.example.fr"),
    subject="Re: Un premier échange en visio jeudi ?",
    text=(
        "Odile,\n\n"
        "J'étais sur le lien à 17h30 comme convenu et je suis restée connectée une "
        "vingtaine de minutes, mais personne ne m'a rejointe. Peut-être un problème "
        "technique ?\n\n"
        "Je pars en congés demain ; dites-moi ce qu'il en est.\n\nGaëlle"),
    html=doc(paras(
        "Odile,\n\n"
        "J'étais sur le lien à 17h30 comme convenu et je suis restée connectée une "
        "vingtaine de minutes, mais personne ne m'a rejointe. Peut-être un problème "
        "technique ?\n\n"
        "Je pars en congés demain ; dites-moi ce qu'il en est.\n\nGaëlle")),
))

mis(dict(
    slug="hslb_formal_absence", lang="fr", company="Hôpital Saint-Lazare-Batignolles",
    contact="sylvie.carre@hslb.example.fr", date="2026-09-17 11:02 +0200", key="hslb_missed",
    parent="hslb_inv",
    frm=("Sylvie Carré", "sylvie.carre@hslb.example.fr", ("iso-8859-1", "b")),
    subject="Entretien du 17 septembre - absence", subject_enc=("iso-8859-1", "q"),
    text=(
        "Madame,\n\n"
        "Vous étiez attendue ce jour à 9h30 au bâtiment Charcot pour votre entretien avec le "
        "Dr Ohana. Nous avons constaté votre absence et n'avons reçu aucun message de votre "
        "part.\n\n"
        "Si un empêchement sérieux explique cette absence, je vous remercie de me le faire "
        "savoir avant le 24 septembre.\n\n"
        "Sylvie Carré\nCadre de santé - Unité de recherche clinique\n"
        "Hôpital Saint-Lazare-Batignolles"),
    charset="windows-1252", cte="8bit",
))

mis(dict(
    slug="liffey_waited_on_teams", lang="en", company="Liffey Clinical Research",
    contact=SIOBHAN[1], date="2026-02-05 10:35 +0000", key="liffey_missed", parent="liffey_inv",
    frm=SIOBHAN, subject="Today's interview – are you OK?",
    text=(
        "Hi Odile,\n\n"
        "Aoibhe and I waited on Teams for 15 minutes from 10:00 this morning but didn't see "
        "you join. I also left a voicemail.\n\n"
        "I'm conscious there may have been some confusion with the time difference – the slot "
        "was 10:00 Dublin time, 11:00 in France. Let me know what happened.\n\n"
        "Siobhán\n\n"
        "Siobhán Kearney | Talent Acquisition Partner\nLiffey Clinical Research"),
))

mis(dict(
    slug="alsterbio_called_twice_at_ten", lang="en", company="Alsterbio",
    contact="jonas.voss@alsterbio.example.de", date="2026-04-28 10:31 +0200",
    key="alster_missed", parent="alster_inv",
    frm=("Jonas Voss", "jonas.voss@alsterbio.example.de"),
    subject="Missed you this morning",
    text=(
        "Hi Odile,\n\n"
        "I tried calling you twice at 10:00 for our scheduled phone interview, but it went "
        "straight to voicemail both times.\n\n"
        "If you'd still like to talk, you can book a new slot via the original link.\n\n"
        "Best,\nJonas\n\nJonas Voss | Head of Clinical Operations | Alsterbio\n"
        "Alsterbio GmbH, Ferdinandstraße 29, 20095 Hamburg"),
))

mis(dict(
    slug="rheinknie_not_attended_ac", lang="de", company="Rheinknie Pharma",
    contact="sabine.imhof@rheinknie.example.ch", date="2026-09-29 10:15 +0200",
    key="rhk_missed", parent="rhk_inv",
    frm=("Sabine Imhof", "sabine.imhof@rheinknie.example.ch"),
    subject="Assessment-Center heute – Sie waren nicht da",
    text=(
        "Sehr geehrte Frau Brennan-Achterberg\n\n"
        "Heute Morgen um 08:30 Uhr hätte unser Assessment-Center begonnen. Sie sind leider "
        "nicht erschienen, und telefonisch konnten wir Sie nicht erreichen.\n\n"
        "Die übrigen Teilnehmenden haben bereits mit der Fallstudie angefangen. Bitte "
        "teilen Sie uns mit, ob Sie am Verfahren noch interessiert sind.\n\n"
        "Freundliche Grüsse\nSabine Imhof\nTalent Acquisition, Rheinknie Pharma"),
    charset="iso-8859-1", cte="8bit",
))

mis(dict(
    slug="personalwerk_client_waited", lang="de", company="Pharmazentrum Bergedorf",
    contact="timo.brandt@personalwerk-nord.example.de", date="2026-06-16 11:45 +0200",
    key="pwn_missed", parent="pwn_ack",
    frm=("Timo Brandt", "timo.brandt@personalwerk-nord.example.de"),
    subject="Termin Pharmazentrum Bergedorf heute 11 Uhr",
    text=(
        "Hallo Frau Brennan-Achterberg,\n\n"
        "das Pharmazentrum Bergedorf hat mich gerade angerufen: Man hat Sie um 11 Uhr "
        "vergeblich zum Vorstellungsgespräch erwartet. Ich habe Sie zweimal auf dem Handy "
        "versucht.\n\n"
        "Bitte rufen Sie mich kurz zurück, damit ich dem Kunden etwas sagen kann.\n\n"
        "Viele Grüße\nTimo Brandt\nPersonalwerk Nord · 040 822 173 40"),
    charset="windows-1252", cte="quoted-printable",
))

mis(dict(
    slug="talento_no_te_conectaste", lang="es", company="Clínica Santa Justa Aljarafe",
    contact="macarena.osuna@talentosur.example.es", date="2026-09-16 12:40 +0200",
    key="tss_missed", parent="tss_inv",
    frm=("Macarena Osuna", "macarena.osuna@talentosur.example.es"),
    subject="¿Qué ha pasado con la entrevista de las 12:00?",
    subject_enc=("utf-8", "b"),
    text=(
        "Odile:\n\n"
        "Me acaba de llamar la supervisora de farmacia de la Clínica Santa Justa Aljarafe: "
        "te han esperado en la videollamada de las 12:00 y no te has conectado. Yo te he "
        "llamado dos veces al móvil sin respuesta.\n\n"
        "Escríbeme en cuanto puedas, por favor.\n\nMacarena\n954 21 87 30"),
))
