"""Corpus 265, kinds `application_received` (21: fr 10, en 5, de 3, es 3) and
`offer` (10: fr 5, en 2, de 2, es 1)."""

from __future__ import annotations

from msgs265_common import (
    CANDIDATE,
    M,
    P,
    ats_card,
    button,
    mso,
    outlook_html,
    paras,
    quote,
    simple_html,
    wrote_en,
    wrote_fr,
)

MESSAGES = []
add = MESSAGES.append

ACK = "application_received"
OFF = "offer"

# ======================================================================= acknowledgements

# ------------------------------------------------------------------ French (10)

_serres_ack = (
    "Bonjour Apolline,\n\n"
    "Merci pour votre candidature au poste d'Assistante marketing & animation commerciale !\n\n"
    "Elle est bien arrivée chez nous. Notre équipe RH l'étudie avec attention et reviendra "
    "vers vous d'ici deux semaines environ.\n\n"
    "En attendant, découvrez les coulisses de nos serres sur notre page carrières.\n\n"
    "À bientôt,\nL'équipe Les Serres de l'Erdre\n"
)
add(M(
    ACK, "teamtailor_serres_erdre", "fr", "Les Serres de l'Erdre", "",
    key="ack_serres",
    date="2026-02-09 20:14 +0100",
    frm=("Les Serres de l'Erdre", "no-reply@teamtailor-mail.com"),
    subject="Merci pour votre candidature – Les Serres de l'Erdre",
    text=_serres_ack,
    html=ats_card("Les Serres de l'Erdre", "#166534", paras(_serres_ack) + button(
        "Voir la page carrières", "https://serres-erdre.teamtailor.com/", "#166534"),
        "Cet e-mail a été envoyé via Teamtailor. Vous pouvez gérer vos données à tout moment."),
))

add(M(
    ACK, "greenhouse_celestine_no_individual_reply", "fr", "Maison Célestine", "",
    key="ack_celestine",
    date="2026-03-02 07:48 +0000",
    frm=("Maison Célestine", "no-reply@greenhouse-mail.io"),
    subject="Maison Célestine – nous avons bien reçu votre candidature",
    text=(
        "Bonjour Apolline,\n\n"
        "Merci de l'intérêt que vous portez à Maison Célestine ! Nous confirmons la bonne "
        "réception de votre candidature au poste de Chargée de marketing produit junior.\n\n"
        "Notre équipe examine chaque dossier avec soin. Malheureusement, en raison du nombre "
        "de candidatures reçues, nous ne sommes pas en mesure de répondre individuellement à "
        "chacune d'entre elles. Si votre profil correspond à nos besoins, un membre de "
        "l'équipe vous contactera dans les trois semaines.\n\n"
        "Belle journée,\n"
        "L'équipe Talent Acquisition\n"
        "Maison Célestine\n"
    ),
    cte="quoted-printable",
))

add(M(
    ACK, "workday_oceane_botanique", "fr", "Océane Botanique", "",
    key="ack_oceane",
    date="2026-01-19 13:02 +0000",
    frm=("Océane Botanique", "oceanebotanique@myworkday.com"),
    subject="Candidature reçue : Assistant(e) marketing (H/F) – R-00418",
    html=ats_card("Océane Botanique · Carrières", "#0e7490", paras(
        "Bonjour Apolline Diallo-Vernet,\n\n"
        "Nous vous confirmons que votre candidature au poste d'Assistant(e) marketing (H/F), "
        "référence R-00418, a bien été enregistrée le 19 janvier 2026.\n\n"
        "Vous pouvez suivre son avancement à tout moment depuis votre espace candidat.") + button(
        "Accéder à mon espace candidat",
        "https://wd3.myworkday.com/oceanebotanique/d/home.htmld", "#0e7490")
        + paras("Merci pour votre intérêt,\nL'équipe Talents – Océane Botanique"),
        "Ce message a été envoyé automatiquement depuis Workday. Merci de ne pas y répondre."),
))

add(M(
    ACK, "interim_atlantique_registration", "fr", "Intérim Atlantique", "",
    key="ack_interim",
    date="2026-01-12 16:20 +0100",
    frm=("Intérim Atlantique", "ne-pas-repondre@interim-atlantique.example.fr"),
    subject="Votre inscription chez Intérim Atlantique est confirmée",
    text=(
        "Bonjour Apolline,\n\n"
        "Bienvenue chez Intérim Atlantique ! Votre inscription à l'agence Nantes Centre est "
        "confirmée et votre CV a été ajouté à votre dossier intérimaire.\n\n"
        "Prochaines étapes :\n"
        "- complétez vos disponibilités dans l'application ;\n"
        "- déposez une pièce d'identité et votre attestation de sécurité sociale ;\n"
        "- votre conseillère, Sandrine Guého, vous appellera pour faire le point sur les "
        "missions en marketing et en vente.\n\n"
        "Ceci est un message automatique, merci de ne pas y répondre.\n\n"
        "Intérim Atlantique – 6 rue de Strasbourg, 44000 Nantes\n"
    ),
    html=simple_html(paras(
        "Bonjour Apolline,\n\n"
        "Bienvenue chez Intérim Atlantique ! Votre inscription à l'agence Nantes Centre est "
        "confirmée et votre CV a été ajouté à votre dossier intérimaire.\n\n"
        "Prochaines étapes :\n"
        "- complétez vos disponibilités dans l'application ;\n"
        "- déposez une pièce d'identité et votre attestation de sécurité sociale ;\n"
        "- votre conseillère, Sandrine Guého, vous appellera pour faire le point sur les "
        "missions en marketing et en vente.\n\n"
        "Ceci est un message automatique, merci de ne pas y répondre.\n\n"
        "Intérim Atlantique – 6 rue de Strasbourg, 44000 Nantes")),
    headers=[("Auto-Submitted", "auto-generated")],
))

add(M(
    ACK, "tempo_interim_cv_received", "fr", "Tempo Intérim", P["kevin"][1],
    key="ack_tempo",
    refs=["<CAU4apolline.tempo@example.fr>"],
    date="2026-09-01 17:32 +0200",
    frm=P["kevin"],
    subject="Re: Candidature – assistante marketing / communication",
    text=(
        "Bonjour Madame Diallo-Vernet,\n\n"
        "Nous avons bien reçu votre CV et votre lettre, merci. Je les étudie cette semaine au "
        "regard des missions en cours à l'agence et je reviens vers vous rapidement.\n\n"
        "Cordialement,\n"
        "Kévin Ollivier\n"
        "Chargé de recrutement – Tempo Intérim Rennes\n\n"
        + wrote_fr("lun. 31 août 2026 à 22:10", *CANDIDATE) + "\n"
        + quote(
            "Bonjour,\n\n"
            "Fleuriste depuis huit ans, je me réoriente vers le marketing et je suis disponible\n"
            "pour des missions à Rennes dès septembre. Vous trouverez mon CV ci-joint.\n\n"
            "Bien cordialement,\nApolline Diallo-Vernet") + "\n"
    ),
    cte="8bit",
))

add(M(
    ACK, "smartrecruiters_jardiflor", "fr", "Jardiflor Ouest", "",
    key="ack_jardiflor",
    date="2026-06-08 05:59 +0000",
    frm=("Jardiflor Ouest", "noreply@smartrecruiters.com"),
    subject="Merci d'avoir postulé chez Jardiflor Ouest",
    text=(
        "Bonjour Apolline,\n\n"
        "Votre candidature au poste d'Assistant marketing & communication magasin "
        "(Cesson-Sévigné) a bien été transmise à notre équipe recrutement.\n\n"
        "Nous reviendrons vers vous dès que nous aurons examiné votre profil.\n\n"
        "Le service recrutement Jardiflor Ouest\n\n"
        "--\nCet e-mail vous est envoyé par SmartRecruiters pour le compte de Jardiflor Ouest.\n"
    ),
    html=ats_card("Jardiflor Ouest", "#3f7d20", paras(
        "Bonjour Apolline,\n\n"
        "Votre candidature au poste d'Assistant marketing & communication magasin "
        "(Cesson-Sévigné) a bien été transmise à notre équipe recrutement.\n\n"
        "Nous reviendrons vers vous dès que nous aurons examiné votre profil.\n\n"
        "Le service recrutement Jardiflor Ouest"),
        "Cet e-mail vous est envoyé par SmartRecruiters pour le compte de Jardiflor Ouest."),
))

add(M(
    ACK, "successfactors_aurelane_base64", "fr", "Aurélane", "",
    key="ack_aurelane",
    date="2026-07-06 06:30 +0000",
    frm=("Aurélane Carrières", "noreply@successfactors.eu"), name_enc=("utf-8", "B"),
    subject="Confirmation de candidature – JR-2026-0733",
    subj_enc=("utf-8", "Q"),
    html=ats_card("Aurélane · Beauté & Soin", "#7c2d5b", paras(
        "Chère Apolline,\n\n"
        "Nous accusons réception de votre candidature au poste de Chargé(e) de marketing "
        "opérationnel junior (JR-2026-0733) et vous remercions de votre intérêt pour Aurélane.\n\n"
        "En raison du nombre important de candidatures, nous ne pourrons malheureusement pas "
        "répondre personnellement à chacune. Si votre profil est retenu pour la suite, notre "
        "équipe vous contactera sous quatre semaines.\n\n"
        "La Direction des Talents Aurélane"),
        "Message généré automatiquement par SAP SuccessFactors pour Aurélane."),
    html_cte="base64",
))

add(M(
    ACK, "taleo_verdea_latin1", "fr", "Verdéa", "",
    key="ack_verdea",
    date="2026-05-11 21:45 +0200",
    frm=("Verdéa Recrutement", "verdea@taleo.net"), name_enc=("iso-8859-1", "Q"),
    subject="Accusé de réception - Réf. 26-0412",
    subj_enc=("iso-8859-1", "B"),
    charset="iso-8859-1",
    text=(
        "Madame,\n\n"
        "Nous avons bien reçu votre candidature pour le poste d'Assistant(e) marketing digital "
        "(réf. 26-0412) et vous en remercions.\n\n"
        "Votre dossier sera examiné par nos équipes dans les meilleurs délais. Vous pouvez "
        "consulter l'état de votre candidature en vous connectant à votre compte sur notre site "
        "carrières.\n\n"
        "Le Service Ressources Humaines\n"
        "Verdéa\n\n"
        "Ce courriel a été généré automatiquement, merci de ne pas y répondre.\n"
    ),
))

_graines_ack = (
    "Bonjour Apolline,\n\n"
    "Merci d'avoir postulé au poste de chargée de marketing e-commerce chez Comptoir des "
    "Graines. Votre candidature est bien arrivée et sera lue par Élodie, notre responsable "
    "e-commerce.\n\n"
    "Comptoir des Graines\n"
)
add(M(
    ACK, "recruitee_comptoir_graines", "fr", "Comptoir des Graines", "",
    key="ack_graines",
    date="2026-02-23 12:10 +0100",
    frm=("Comptoir des Graines", "comptoirdesgraines@jobs.recruitee.com"),
    subject="Candidature reçue – chargée de marketing e-commerce",
    text=_graines_ack,
    html=ats_card("Comptoir des Graines", "#a16207", paras(_graines_ack),
                  "Propulsé par Recruitee."),
))

_lys_ack = (
    "Bonjour Apolline,\n\n"
    "Nous avons bien reçu votre candidature pour le poste de Chargée de communication & "
    "réseaux sociaux. Merci pour votre intérêt !\n\n"
    "Nous lisons toutes les candidatures et revenons vers les personnes présélectionnées "
    "sous dix jours.\n\n"
    "L'équipe Lys & Sauge\n"
)
add(M(
    ACK, "workable_lys_sauge", "fr", "Lys & Sauge", "",
    key="ack_lys",
    date="2026-04-01 08:00 +0000",
    frm=("Lys & Sauge", "noreply@workablemail.com"),
    subject="Merci d'avoir postulé chez Lys & Sauge",
    text=_lys_ack,
    html=ats_card("Lys & Sauge", "#65a30d", paras(_lys_ack), "Envoyé avec Workable."),
    html_cte="quoted-printable",
))

# ------------------------------------------------------------------ English (5)

_blackthorn_ack = (
    "Hi Apolline,\n\n"
    "Thanks for applying for the Marketing Assistant role at Blackthorn Botanicals. We've "
    "received your application and our team will review it shortly.\n\n"
    "Best,\nThe Blackthorn Botanicals team\n"
)
add(M(
    ACK, "lever_blackthorn", "en", "Blackthorn Botanicals", "",
    key="ack_blackthorn",
    date="2026-04-13 09:41 +0000",
    frm=("Blackthorn Botanicals", "no-reply@hire.lever.co"),
    subject="Thanks for applying to Blackthorn Botanicals",
    text=_blackthorn_ack,
    html=simple_html(paras(_blackthorn_ack), "en"),
))

_petalcraft_ack = (
    "Hi Apolline,\n\n"
    "We've got your application for Junior Marketing Executive - thank you!\n\n"
    "Our team reads every application. We aim to get back to you within two weeks.\n\n"
    "Petalcraft\n"
)
add(M(
    ACK, "ashby_petalcraft", "en", "Petalcraft", "",
    key="ack_petalcraft",
    date="2026-07-13 18:03 +0000",
    frm=("Petalcraft", "no-reply@ashbyhq.com"),
    subject="We received your application to Petalcraft",
    text=_petalcraft_ack,
    html=ats_card("Petalcraft", "#be185d", paras(_petalcraft_ack), "Powered by Ashby", "en"),
))

add(M(
    ACK, "hawthorne_pike_registered", "en", "Hawthorne & Pike", P["fiona"][1],
    key="ack_hawthorne", refs=["<CAV5apolline.hawthorne@example.fr>"],
    date="2026-06-01 14:20 +0100",
    frm=P["fiona"],
    subject="Re: Marketing assistant roles in Bristol",
    text=(
        "Hi Apolline,\n\n"
        "Thanks for sending your CV over - I've registered you with us and added your details "
        "to our consumer & retail talent pool. I'll be in touch when something suitable comes "
        "up, and feel free to call me in the meantime.\n\n"
        "Best,\nFiona\n\n"
        "Fiona Marsh\n"
        "Principal Consultant, Consumer & Retail\n"
        "Hawthorne & Pike\n"
        "Queen Square House, Bristol\n"
        "+44 117 496 0785\n\n"
        "This email and any attachments are confidential and intended solely for the addressee.\n"
    ),
))

add(M(
    ACK, "icims_severn_vale_no_individual_reply", "en", "Severn & Vale", "",
    key="ack_severn",
    date="2026-02-16 12:00 +0000",
    frm=("Severn & Vale Careers", "do-not-reply@icims.com"),
    subject="Application received: Marketing Assistant (Req 2026-117)",
    html=ats_card("Severn & Vale", "#14532d", paras(
        "Dear Apolline,\n\n"
        "Thank you for applying for the Marketing Assistant role at Severn & Vale.\n\n"
        "This is to confirm that we have received your application. Unfortunately, due to the "
        "high volume of applications, we are unable to respond to every applicant "
        "individually. If you are shortlisted, we will contact you within 21 days.\n\n"
        "Kind regards,\nThe Severn & Vale Recruitment Team"),
        "This message was sent via iCIMS on behalf of Severn & Vale. Please do not reply.", "en"),
))

add(M(
    ACK, "bamboohr_wildmoor", "en", "Wildmoor Gardens", "",
    key="ack_wildmoor",
    date="2026-08-03 10:11 +0100",
    frm=("Wildmoor Gardens", "notifications@bamboohr.com"),
    subject="Thank you for applying to Wildmoor Gardens",
    text=(
        "Hi Apolline,\n\n"
        "Thank you for your interest in the Marketing Assistant position at Wildmoor Gardens. "
        "We have received your application and will review it shortly.\n\n"
        "Regards,\nWildmoor Gardens\n\n"
        "This message was sent from BambooHR. Please do not reply to this email.\n"
    ),
))

# ------------------------------------------------------------------ German (3)

_hortensia_ack = (
    "Liebe Frau Diallo-Vernet,\n\n"
    "vielen Dank für Ihre Bewerbung als Marketing Assistant (m/w/d) bei Hortensia Kosmetik. "
    "Ihre Unterlagen sind vollständig bei uns eingegangen.\n\n"
    "Wir sichten alle Bewerbungen sorgfältig und melden uns innerhalb von zwei Wochen bei "
    "Ihnen.\n\n"
    "Herzliche Grüße\nIhr Hortensia Kosmetik People Team\n"
)
add(M(
    ACK, "personio_hortensia", "de", "Hortensia Kosmetik", "",
    key="ack_hortensia",
    date="2026-05-04 08:22 +0200",
    frm=("Hortensia Kosmetik", "no-reply@personio.de"),
    subject="Ihre Bewerbung bei Hortensia Kosmetik",
    text=_hortensia_ack,
    html=ats_card("Hortensia Kosmetik", "#a21caf", paras(_hortensia_ack),
                  "Gesendet über Personio. Bitte antworten Sie nicht auf diese E-Mail.", "de"),
    cte="base64",
))

add(M(
    ACK, "softgarden_rheingruen_eingang", "de", "Rheingrün Gartencenter", "",
    key="ack_rheingruen",
    date="2026-07-01 19:30 +0200",
    frm=("Rheingrün Gartencenter", "noreply@softgarden.io"), name_enc=("iso-8859-1", "B"),
    subject="Eingangsbestätigung Ihrer Bewerbung – Marketingassistenz (m/w/d)",
    html=ats_card("Rheingrün Gartencenter", "#15803d", paras(
        "Sehr geehrte Frau Diallo-Vernet,\n\n"
        "hiermit bestätigen wir den Eingang Ihrer Bewerbung als Marketingassistenz (m/w/d). "
        "Wir prüfen Ihre Unterlagen und melden uns zeitnah bei Ihnen.\n\n"
        "Mit freundlichen Grüßen\n"
        "Ihr Personalteam von Rheingrün Gartencenter"),
        "Diese Nachricht wurde über softgarden versendet.", "de"),
    html_charset="iso-8859-1", html_cte="quoted-printable",
))

add(M(
    ACK, "kolibri_registration", "de", "Kolibri Personal", P["sven"][1],
    key="ack_kolibri", refs=["<CAW6apolline.kolibri@example.fr>"],
    date="2026-02-02 11:48 +0100",
    frm=P["sven"],
    subject="Ihre Registrierung bei Kolibri Personal",
    text=(
        "Hallo Frau Diallo-Vernet,\n\n"
        "vielen Dank für Ihre Unterlagen. Ich habe Sie in unserer Kandidatendatenbank "
        "registriert; Ihr Profil ist ab sofort für passende Stellen im Bereich Marketing und "
        "Einzelhandel in Köln sichtbar.\n\n"
        "Ich melde mich, sobald ich Ihnen eine konkrete Stelle vorstellen kann.\n\n"
        "Beste Grüße\n"
        "Sven Hoffmann\n"
        "Personalberater\n"
        "Kolibri Personal GmbH · Hohenzollernring 52 · 50672 Köln\n"
        "Tel. +49 221 9876 540\n"
    ),
    html=outlook_html(mso(
        "Hallo Frau Diallo-Vernet,\n\n"
        "vielen Dank für Ihre Unterlagen. Ich habe Sie in unserer Kandidatendatenbank "
        "registriert; Ihr Profil ist ab sofort für passende Stellen im Bereich Marketing und "
        "Einzelhandel in Köln sichtbar.\n\n"
        "Ich melde mich, sobald ich Ihnen eine konkrete Stelle vorstellen kann.\n\n"
        "Beste Grüße\nSven Hoffmann\nPersonalberater\n"
        "Kolibri Personal GmbH · Hohenzollernring 52 · 50672 Köln\nTel. +49 221 9876 540"),
        "de"),
))

# ------------------------------------------------------------------ Spanish (3)

_artxanda_ack = (
    "Hola Apolline:\n\n"
    "¡Gracias por tu candidatura al puesto de Asistente de marketing en Jardines Artxanda!\n\n"
    "La hemos recibido correctamente. Nuestro equipo la revisará y te escribiremos en los "
    "próximos días.\n\n"
    "El equipo de Jardines Artxanda\n"
)
add(M(
    ACK, "teamtailor_artxanda", "es", "Jardines Artxanda", "",
    key="ack_artxanda",
    date="2026-05-25 09:03 +0200",
    frm=("Jardines Artxanda", "no-reply@teamtailor-mail.com"),
    subject="Hemos recibido tu candidatura",
    text=_artxanda_ack,
    html=ats_card("Jardines Artxanda", "#047857", paras(_artxanda_ack),
                  "Enviado con Teamtailor.", "es"),
))

_itsasoa_ack = (
    "Hola Apolline:\n\n"
    "Gracias por enviar tu candidatura para Asistente de Marketing en Cosmética Itsasoa. "
    "La hemos recibido y la estamos revisando.\n\n"
    "Lamentablemente, debido al gran volumen de solicitudes, no podemos responder a todas "
    "las candidaturas de forma individual. Si tu perfil encaja, nos pondremos en contacto "
    "contigo en un plazo de tres semanas.\n\n"
    "Equipo de Personas · Cosmética Itsasoa\n"
)
add(M(
    ACK, "workable_itsasoa_no_individual_reply", "es", "Cosmética Itsasoa", "",
    key="ack_itsasoa",
    date="2026-03-16 13:27 +0100",
    frm=("Cosmética Itsasoa", "noreply@workablemail.com"),
    subject="Cosmética Itsasoa: candidatura recibida",
    subj_enc=("utf-8", "B"),
    text=_itsasoa_ack,
    html=ats_card("Cosmética Itsasoa", "#0369a1", paras(_itsasoa_ack),
                  "Enviado con Workable.", "es"),
))

add(M(
    ACK, "norte_empleo_registration", "es", "Norte Empleo", P["jon"][1],
    refs=["<CAX7apolline.norteempleo@example.fr>"],
    date="2026-07-21 12:40 +0200",
    frm=P["jon"],
    subject="Alta en Norte Empleo",
    text=(
        "Hola Apolline:\n\n"
        "Te confirmo que ya estás dada de alta en nuestra base de candidatos de Norte Empleo "
        "ETT. Hemos recibido tu CV y la documentación.\n\n"
        "Cuando tengamos una oferta de marketing o de atención al cliente que encaje contigo "
        "en Bilbao, te llamaré.\n\n"
        "Saludos,\n"
        "Jon Arana\n"
        "Técnico de selección · Norte Empleo ETT\n"
        "Gran Vía 45, 48011 Bilbao\n"
        "944 79 12 03\n"
    ),
    charset="iso-8859-1",
))

# ======================================================================= offers

# ------------------------------------------------------------------ French (5)

add(M(
    OFF, "serres_erdre_offer_pdf", "fr", "Les Serres de l'Erdre", P["gaelle"][1],
    key="off_serres", parent="own_thanks_serres",
    date="2026-03-05 16:18 +0100",
    frm=P["gaelle"],
    subject="Proposition d'embauche – Assistante marketing & animation commerciale",
    text=(
        "Bonjour Apolline,\n\n"
        "Suite à nos échanges et à votre entretien du 26 février, j'ai le plaisir de vous "
        "proposer le poste d'assistante marketing & animation commerciale en CDI, à partir du "
        "1er avril 2026.\n\n"
        "Vous trouverez en pièce jointe notre proposition détaillée (rémunération, horaires, "
        "avantages). Je vous remercie de nous faire part de votre réponse avant le 13 mars.\n\n"
        "Yannick et toute l'équipe seraient ravis de vous accueillir parmi nous !\n\n"
        "Bien cordialement,\n"
        "Gaëlle Le Floch\n"
        "Responsable ressources humaines\n"
        "Les Serres de l'Erdre\n"
        "112 route de Sucé, 44300 Nantes\n"
        "02 40 18 63 27\n"
    ),
    pdfs=[{"name": "Proposition_embauche_Diallo-Vernet.pdf",
               "title": "Les Serres de l'Erdre - Proposition d'embauche",
               "lines": ["Destinataire : Apolline Diallo-Vernet",
                      "Poste : Assistante marketing & animation commerciale (CDI)",
                      "Date d'entree : 1er avril 2026",
                      "Remuneration : 25 200 EUR bruts annuels sur 12 mois",
                      "Temps de travail : 35 heures, dont un samedi sur deux",
                      "Reponse souhaitee avant le 13 mars 2026"]}],
))

_herve_offer = (
    "Bonjour Apolline,\n\n"
    "Excellente nouvelle : M. Pichon m'a appelée ce matin, le client souhaite vous faire une "
    "proposition pour la mission d'assistante marketing de quatre mois aux Maraîchers "
    "Nantais, avec un démarrage le lundi 9 février.\n\n"
    "Je vous appelle cet après-midi pour vous détailler le taux horaire et les horaires ; le "
    "contrat de mission vous sera envoyé dans la foulée.\n\n"
    "Bravo !\n\n"
    "Sandrine Guého\n"
    "Intérim Atlantique – 02 40 47 91 36\n"
)
add(M(
    OFF, "interim_atlantique_client_wants_offer", "fr", "Les Maraîchers Nantais",
    P["sandrine"][1],
    parent="mov_maraichers",
    date="2026-01-29 11:46 +0100",
    frm=P["sandrine"],
    subject="Bonne nouvelle pour la mission aux Maraîchers Nantais !",
    subj_enc=("iso-8859-1", "Q"),
    text=_herve_offer,
    html=simple_html(paras(_herve_offer)),
))

_rosalie = (
    "Bonjour Apolline,\n\n"
    "Comme promis lors de notre appel de ce matin, je vous confirme par écrit notre "
    "proposition pour le poste de chargée de marketing & communication de Maison Rosalie :\n\n"
    "- CDI à temps plein, basé à notre boutique-atelier de la rue Saint-Georges à Rennes ;\n"
    "- 26 000 € bruts annuels, plus une prime sur les ventes de la boutique en ligne ;\n"
    "- démarrage souhaité le 1er septembre 2026.\n\n"
    "Le contrat suivra dès que vous nous aurez donné votre accord de principe. Nous sommes "
    "vraiment heureuses à l'idée de travailler avec vous !\n\n"
    "Armelle Kerleau\n"
    "Co-fondatrice – Maison Rosalie\n"
    "22 rue Saint-Georges, 35000 Rennes\n"
    "06 72 18 40 55\n"
)
add(M(
    OFF, "maison_rosalie_verbal_offer_followup", "fr", "Maison Rosalie", P["armelle"][1],
    refs=["<CAY8rosalie.entretien2@maison-rosalie.example.fr>"],
    date="2026-06-23 12:14 +0200",
    frm=P["armelle"],
    subject="Suite à notre appel – votre proposition",
    text=_rosalie,
    html=simple_html(paras(_rosalie)),
    cte="base64", html_cte="quoted-printable",
))

add(M(
    OFF, "brin_de_loire_contract_for_signature", "fr", "Brin de Loire", P["maxime"][1],
    refs=["<CAZ9brindeloire.accord@brindeloire.example.fr>"],
    date="2026-07-09 09:58 +0200",
    frm=P["maxime"],
    subject="Votre contrat de travail à signer",
    text=(
        "Bonjour Apolline,\n\n"
        "Merci pour votre accord de lundi ! Comme convenu, voici votre contrat à durée "
        "déterminée de 12 mois pour le poste d'assistante marketing, prise de poste le "
        "24 août.\n\n"
        "Le contrat est joint en PDF pour relecture ; vous recevrez aussi un lien de signature "
        "électronique dans la journée. Si une clause vous pose question, appelez-moi.\n\n"
        "À très bientôt dans l'équipe,\n"
        "Maxime Fortin\n"
        "Directeur associé – Brin de Loire\n"
        "Agence de communication végétale\n"
        "11 quai de la Fosse, 44000 Nantes\n"
        "02 40 35 66 18\n"
    ),
    pdfs=[{"name": "Contrat_CDD_Diallo-Vernet.pdf",
               "title": "Brin de Loire - Contrat de travail a duree determinee",
               "lines": ["Entre Brin de Loire et Apolline Diallo-Vernet",
                      "Fonction : assistante marketing",
                      "Duree : 12 mois a compter du 24 aout 2026",
                      "Remuneration : 2 080 EUR bruts mensuels",
                      "Lieu de travail : 11 quai de la Fosse, Nantes",
                      "Signature du salarie : ______________________"]}],
    charset="windows-1252", cte="quoted-printable",
))

add(M(
    OFF, "ravel_conseil_unnamed_client_offer", "fr", "Ravel Conseil", P["margaux"][1],
    refs=["<CBA1ravel.septembre@ravel-conseil.example.fr>"],
    date="2026-09-24 19:02 +0200",
    frm=P["margaux"],
    subject="Bonne nouvelle !",
    text=(
        "Bonjour Apolline,\n\n"
        "Mon client, la maison de décoration florale que vous avez rencontrée mardi (je garde "
        "son nom confidentiel jusqu'à la signature, comme convenu avec eux), souhaite vous "
        "faire une offre pour le poste de coordinatrice marketing.\n\n"
        "Les grandes lignes : CDI, 31 000 € fixes, télétravail deux jours par semaine, "
        "démarrage en novembre. Je vous appelle demain à 9h pour en parler de vive voix avant "
        "l'envoi de la lettre d'offre.\n\n"
        "Bien cordialement,\n\n"
        "Margaux Ravel\n"
        "Associée fondatrice\n"
        "Ravel Conseil – Chasse de têtes Marketing & Retail\n"
        "14 rue de Miromesnil, 75008 Paris\n"
        "+33 1 42 65 30 12\n\n"
        "--\n"
        "Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur "
        "destinataire.\n"
    ),
))

# ------------------------------------------------------------------ English (2)

add(M(
    OFF, "hawthorne_pike_bramble_oak_offer", "en", "Bramble & Oak", P["fiona"][1],
    refs=["<CBB2hawthorne.bramble@hawthornepike.example.co.uk>"],
    date="2026-10-05 16:40 +0100",
    frm=P["fiona"],
    subject="Bramble & Oak - they want you!",
    text=(
        "Hi Apolline,\n\n"
        "I'm delighted to tell you that Bramble & Oak would like to make you an offer for the "
        "Marketing Assistant role at their Clifton store and online shop: £26,500, 37.5 hours, "
        "start date flexible from early November.\n\n"
        "Their written offer will come directly from their HR team early next week. Have a "
        "think, and call me on +44 117 496 0785 if you'd like to talk anything through.\n\n"
        "Congratulations - well deserved!\n\n"
        "Fiona\n\n"
        "Fiona Marsh\n"
        "Principal Consultant, Consumer & Retail\n"
        "Hawthorne & Pike\n\n"
        "This email and any attachments are confidential and intended solely for the addressee.\n"
    ),
))

_blackthorn_offer = (
    "Hi Apolline,\n\n"
    "It was a pleasure to meet you on Thursday - Callum and I were both really impressed.\n\n"
    "I'm delighted to offer you the position of Marketing Assistant at Blackthorn Botanicals. "
    "Your offer letter is attached, setting out your salary of £25,000, your start date of "
    "Monday 8 June and our benefits.\n\n"
    "Please have a read, and reply by Friday 15 May to let us know whether you'd like to "
    "accept.\n\n"
    "Warmly,\n"
    "Rosie Hartwell\n"
    "Talent Partner, Blackthorn Botanicals\n"
    "212 Gloucester Road, Bristol\n"
    "+44 117 496 0112\n\n"
    + wrote_en("Thu, 30 Apr 2026 at 19:20", *CANDIDATE) + "\n"
    + quote(
        "Dear Rosie,\n\n"
        "Thank you for today's interview - meeting Callum and seeing the studio made me even\n"
        "more excited about the role.\n\n"
        "Best wishes,\nApolline")
    + "\n"
)
add(M(
    OFF, "blackthorn_offer_letter_pdf", "en", "Blackthorn Botanicals", P["rosie"][1],
    key="off_blackthorn", parent="own_thanks_blackthorn",
    date="2026-05-12 11:30 +0100",
    frm=P["rosie"],
    subject="Offer of employment - Marketing Assistant",
    text=_blackthorn_offer,
    html=simple_html(paras(_blackthorn_offer), "en"),
    pdfs=[{"name": "Blackthorn_Offer_Letter_ADV.pdf",
               "title": "Blackthorn Botanicals - Offer of Employment",
               "lines": ["Candidate: Apolline Diallo-Vernet",
                      "Position: Marketing Assistant",
                      "Salary: GBP 25,000 per annum",
                      "Start date: Monday 8 June 2026",
                      "Please confirm acceptance by 15 May 2026"]}],
))

# ------------------------------------------------------------------ German (2)

add(M(
    OFF, "hortensia_offer_pdf", "de", "Hortensia Kosmetik", P["katrin"][1],
    parent="mov_hortensia",
    date="2026-06-16 15:05 +0200",
    frm=P["katrin"],
    subject="Ihr Vertragsangebot – Marketing Assistant",
    subj_enc=("utf-8", "Q"),
    text=(
        "Liebe Frau Diallo-Vernet,\n\n"
        "nach Ihrem Gespräch mit Jonas Brandt am 9. Juni freuen wir uns sehr, Ihnen die Stelle "
        "als Marketing Assistant (m/w/d) anbieten zu können.\n\n"
        "Im Anhang finden Sie unser Vertragsangebot mit Gehalt, Arbeitszeit und Startdatum "
        "(1. August 2026). Bitte geben Sie uns bis zum 26. Juni Bescheid, ob Sie das Angebot "
        "annehmen.\n\n"
        "Herzliche Grüße\n"
        "Katrin Wolters\n"
        "HR Business Partner\n"
        "Hortensia Kosmetik GmbH\n"
        "Aachener Straße 1040, 50858 Köln\n"
        "Tel. +49 221 5550 318\n"
    ),
    pdfs=[{"name": "Vertragsangebot_Diallo-Vernet.pdf",
               "title": "Hortensia Kosmetik - Vertragsangebot",
               "lines": ["Bewerberin: Apolline Diallo-Vernet",
                      "Position: Marketing Assistant (m/w/d)",
                      "Beginn: 1. August 2026",
                      "Bruttojahresgehalt: 38.000 EUR",
                      "Arbeitszeit: 40 Stunden, 2 Tage mobiles Arbeiten"]}],
    cte="quoted-printable",
))

add(M(
    OFF, "lindgruen_contract_esign", "de", "Lindgrün", P["petra"][1],
    refs=["<CBD4lindgruen.zusage@lindgruen.example.de>"],
    date="2026-10-08 10:26 +0200",
    frm=P["petra"],
    subject="Ihr Arbeitsvertrag zur Unterschrift",
    text=(
        "Hallo Frau Diallo-Vernet,\n\n"
        "wie am Telefon besprochen, schicke ich Ihnen heute Ihren Arbeitsvertrag als "
        "Referentin Marketing & Mitgliederkommunikation zur Unterschrift. Sie erhalten gleich "
        "eine separate E-Mail unseres Signaturdienstes mit dem Link; bitte unterschreiben Sie "
        "bis zum 16. Oktober.\n\n"
        "Wir freuen uns, dass Sie ab dem 2. November bei uns anfangen!\n\n"
        "Viele Grüße\n"
        "Petra Lindner\n"
        "Personal & Verwaltung\n"
        "Lindgrün eG – Gärtnergenossenschaft Köln-Bonn\n"
        "Brühler Landstraße 77, 50968 Köln\n"
    ),
    html=simple_html(paras(
        "Hallo Frau Diallo-Vernet,\n\n"
        "wie am Telefon besprochen, schicke ich Ihnen heute Ihren Arbeitsvertrag als "
        "Referentin Marketing & Mitgliederkommunikation zur Unterschrift. Sie erhalten gleich "
        "eine separate E-Mail unseres Signaturdienstes mit dem Link; bitte unterschreiben Sie "
        "bis zum 16. Oktober.\n\n"
        "Wir freuen uns, dass Sie ab dem 2. November bei uns anfangen!\n\n"
        "Viele Grüße\nPetra Lindner\nPersonal & Verwaltung\n"
        "Lindgrün eG – Gärtnergenossenschaft Köln-Bonn\nBrühler Landstraße 77, 50968 Köln"),
        "de"),
    cte="8bit",
))

# ------------------------------------------------------------------ Spanish (1)

add(M(
    OFF, "lorategi_offer_letter_pdf", "es", "Lorategi", P["naiara"][1],
    refs=["<CBE5lorategi.entrevista@lorategi.example.es>"],
    date="2026-10-14 13:12 +0200",
    frm=P["naiara"],
    subject="Carta de oferta - Técnica de marketing",
    subj_enc=("iso-8859-1", "Q"),
    text=(
        "Hola Apolline:\n\n"
        "Después de las entrevistas con el consejo rector, tenemos el placer de ofrecerte el "
        "puesto de Técnica de marketing en la Cooperativa Lorategi.\n\n"
        "Te adjunto la carta de oferta con las condiciones: contrato indefinido, 24.500 euros "
        "brutos anuales e incorporación el 2 de noviembre. Te agradeceríamos una respuesta "
        "antes del 21 de octubre.\n\n"
        "Un saludo muy cordial,\n"
        "Naiara Uriarte\n"
        "Gerente · Lorategi S. Coop.\n"
        "Polígono Ugaldeguren 3, 48170 Zamudio\n"
        "946 55 20 18\n"
    ),
    pdfs=[{"name": "Carta_oferta_Lorategi.pdf",
               "title": "Lorategi - Carta de oferta",
               "lines": ["Candidata: Apolline Diallo-Vernet",
                      "Puesto: Tecnica de marketing",
                      "Contrato: indefinido",
                      "Salario: 24.500 EUR brutos anuales",
                      "Incorporacion: 2 de noviembre de 2026"]}],
    charset="iso-8859-1", cte="quoted-printable",
))
