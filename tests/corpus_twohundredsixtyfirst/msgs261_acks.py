"""Corpus 261: application acknowledgements (21) and offers (10)."""

from __future__ import annotations

from msgs261_common import (
    CAND_ADDR,
    CAND_NAME,
    ats_card,
    attrib_es,
    attrib_fr,
    mso,
    outlook_html,
    paras,
    quote,
    simple_html,
)

MESSAGES: list[dict] = []
ACK, OFFER = "application_received", "offer"


def add(kind: str, **spec: object) -> None:
    MESSAGES.append({"kind": kind, **spec})


# ============================================================================ received

# 001 -- Biscuiterie Mosane via Teamtailor -----------------------------------------------
_mos = (
    "Bonjour Manon,\n\n"
    "Merci pour votre candidature au poste d'Assistante achats – matières premières et "
    "emballages ! Nous l'avons bien reçue.\n\n"
    "Notre équipe RH va prendre le temps de la lire. Si votre profil correspond à nos "
    "besoins, nous vous contacterons dans les deux à trois semaines.\n\n"
    "Belle journée,\nL'équipe de la Biscuiterie Mosane"
)
add(
    ACK, slug="teamtailor_mosane", lang="fr", company="Biscuiterie Mosane", contact="",
    frm=("Biscuiterie Mosane", "no-reply@teamtailor-mail.com"),
    subject="Merci pour votre candidature chez Biscuiterie Mosane !",
    date="2026-02-09 19:02 +0000", id="mosane_ack",
    headers=[("Auto-Submitted", "auto-generated")],
    text=_mos + "\n", html=ats_card("Biscuiterie Mosane", "#9a3412", paras(_mos),
                                    "Envoyé avec Teamtailor · Ne pas répondre à ce message"),
    cte="quoted-printable",
)

# 002 -- Clinique Saint-Aubain via SuccessFactors ("cannot reply individually") ---------
add(
    ACK, slug="successfactors_saint_aubain", lang="fr", company="Clinique Saint-Aubain",
    contact="",
    frm=("Clinique Saint-Aubain – Recrutement", "noreply@successfactors.eu"),
    subject="Accusé de réception – Assistant(e) achats (réf. 2026-ACH-07)",
    date="2026-03-02 07:12 +0000", id="aubain_ack",
    headers=[("Auto-Submitted", "auto-generated")],
    text=(
        "Madame, Monsieur,\n\n"
        "Nous accusons bonne réception de votre candidature pour la fonction d'assistant(e) "
        "achats (réf. 2026-ACH-07) et vous remercions de l'intérêt porté à notre institution.\n\n"
        "En raison du nombre important de candidatures, nous ne pouvons malheureusement pas "
        "répondre individuellement à chaque candidat. Si votre profil est retenu pour la "
        "suite de la procédure, le service RH prendra contact avec vous dans un délai de "
        "trois semaines.\n\n"
        "Service des Ressources Humaines\n"
        "Clinique Saint-Aubain\n\n"
        "Ce message est généré automatiquement ; merci de ne pas y répondre.\n"
    ),
)

# 003 -- Intérim Sambre & Meuse, registration ----------------------------------------
add(
    ACK, slug="interim_inscription", lang="fr", company="Intérim Sambre & Meuse",
    contact="nadia.bouzidi@ism-interim.example.be",
    frm=("Nadia Bouzidi", "nadia.bouzidi@ism-interim.example.be"),
    subject="Ton inscription chez Intérim Sambre & Meuse",
    date="2026-01-12 16:44 +0100", id="ism_ack",
    text=(
        "Bonjour Manon,\n\n"
        "Merci pour ton inscription en ligne de ce matin : ton dossier est bien créé chez "
        "nous, sous le secteur « achats / logistique – agroalimentaire ».\n\n"
        "Je suis ta consultante de référence. Je te recontacte dans les prochains jours pour "
        "fixer un rendez-vous à l'agence ; on fera le point sur tes souhaits (Namur, "
        "Charleroi, éventuellement Liège) et sur tes disponibilités.\n\n"
        "À bientôt,\n"
        "Nadia Bouzidi\n"
        "Consultante – Intérim Sambre & Meuse SA\n"
        "Place de la Station 9, 5000 Namur – T. 081 22 70 90\n"
    ),
)

# 004 -- Cabinet Hautvent, "we received your CV" -------------------------------------
add(
    ACK, slug="hautvent_cv_recu", lang="fr", company="Cabinet Hautvent",
    contact="g.lejeune@hautvent.example.be",
    frm=("Gaëlle Lejeune", "g.lejeune@hautvent.example.be"),
    subject="Re: Candidature – assistante approvisionnement (réf. HV-2611)",
    date="2026-04-20 09:16 +0200", id="hautvent_ack",
    text=(
        "Bonjour Manon,\n\n"
        "Nous avons bien reçu votre CV et votre lettre pour la mission HV-2611, merci.\n\n"
        "Je les transmets à ma collègue qui suit le dossier avec moi ; nous revenons vers "
        "vous d'ici une dizaine de jours, que votre candidature soit présentée au client ou "
        "non.\n\n"
        "Bien à vous,\n"
        "Gaëlle Lejeune\n"
        "Consultante – Cabinet Hautvent Recrutement SRL\n"
        "Rue Saint-Gilles 45, 4000 Liège\n\n"
        + attrib_fr("dim. 19 avr. 2026 à 22:05", CAND_NAME, CAND_ADDR) + "\n"
        + quote(
            "Madame Lejeune,\n\nSuite à votre annonce HV-2611, je vous adresse mon CV. Je "
            "souhaite évoluer de la vente en boulangerie vers l'approvisionnement.\n\n"
            "Manon Sithole-Garnier"
        ) + "\n"
    ),
)

# 005 -- Hypermarchés Nord-Opale via SmartRecruiters ---------------------------------
add(
    ACK, slug="smartrecruiters_nordopale", lang="fr", company="Hypermarchés Nord-Opale",
    contact="",
    frm=("Hypermarchés Nord-Opale", "noreply@smartrecruiters.com"),
    subject="Nous avons bien reçu votre candidature",
    date="2026-01-21 20:33 +0000", id="opale_ack",
    headers=[("Auto-Submitted", "auto-generated")],
    html=simple_html(paras(
        "Bonjour Manon,\n\n"
        "Merci d'avoir postulé à l'offre Assistant(e) Achats Frais – Siège de "
        "Villeneuve-d'Ascq. Votre candidature a bien été transmise à notre équipe.\n\n"
        "Vous pouvez suivre son avancement à tout moment depuis votre espace candidat.\n\n"
        "L'équipe Talents – Hypermarchés Nord-Opale"
    ) + '\n<p><a href="https://jobs.smartrecruiters.example.com/NordOpale/me">'
        "Mon espace candidat</a></p>"),
)

# 006 -- Clinique Alzette via Workday ------------------------------------------------
_alz = (
    "Madame Sithole-Garnier,\n\n"
    "Nous vous confirmons la réception de votre candidature pour le poste « Assistant "
    "administratif achats (m/f) – CDI 40h » (réf. R-04417).\n\n"
    "Vous pouvez consulter le statut de votre candidature dans votre espace candidat "
    "Workday.\n\n"
    "Direction des Ressources Humaines\nClinique Alzette"
)
add(
    ACK, slug="workday_alzette", lang="fr", company="Clinique Alzette", contact="",
    frm=("Clinique Alzette", "cliniquealzette@myworkday.com"),
    subject="Clinique Alzette – Candidature reçue R-04417",
    date="2026-04-27 18:01 +0000", id="alzette_ack", cte="base64",
    headers=[("Auto-Submitted", "auto-generated")],
    text=_alz + "\n",
    html=ats_card("Clinique Alzette", "#0e7490", paras(_alz),
                  "Message automatique envoyé via Workday. Merci de ne pas répondre."),
)

# 007 -- Boulangeries Pirson via Recruitee ----------------------------------------------
add(
    ACK, slug="recruitee_pirson", lang="fr", company="Boulangeries Pirson", contact="",
    frm=("Boulangeries Pirson", "no-reply@jobs.recruitee.com"),
    subject="Boulangeries Pirson a bien reçu votre candidature",
    date="2026-09-14 20:47 +0000", id="pirson_ack", parent="pirson_app",
    text=(
        "Bonjour Manon,\n\n"
        "Merci d'avoir postulé au poste d'assistante achats chez Boulangeries Pirson. Nous "
        "avons bien reçu votre dossier et nous reviendrons vers vous dès que possible.\n\n"
        "Jérôme Pirson et l'équipe\n\n"
        "Cet e-mail a été envoyé via Recruitee.\n"
    ),
)

# 008 -- Coopérative Hesbignonne des Fruits, iso-8859-1 -----------------------------
add(
    ACK, slug="cooperative_latin1", lang="fr", company="Coopérative Hesbignonne des Fruits",
    contact="achats@cohefruits.example.be",
    frm=("Frédéric Gilson", "achats@cohefruits.example.be"), frm_enc=("iso-8859-1", "B"),
    subject="Re: Candidature spontanée - assistante achats",
    date="2026-02-24 08:20 +0100", charset="iso-8859-1", cte="quoted-printable",
    id="cohe_ack",
    text=(
        "Bonjour Madame,\n\n"
        "J'accuse réception de votre candidature spontanée et de votre CV.\n\n"
        "Je les lirai à tête reposée en fin de semaine, après la réunion de nos "
        "producteurs, et je vous donnerai une réponse avant la mi-mars.\n\n"
        "Salutations,\n"
        "F. Gilson\n"
        "Responsable achats et approvisionnement\n"
    ),
)

# 009 -- Talents & Achats Conseil, spontaneous application received ------------------
add(
    ACK, slug="talents_achats_spontanee_qp", lang="fr", company="Talents & Achats Conseil",
    contact="hugo.vandamme@talents-achats.example.fr",
    frm=("Talents & Achats Conseil", "contact@talents-achats.example.fr"),
    reply_to=("Hugo Vandamme", "hugo.vandamme@talents-achats.example.fr"),
    subject="Votre candidature spontanée est enregistrée",
    date="2026-01-07 11:55 +0100", cte="quoted-printable", id="talents_ack",
    text=(
        "Bonjour Manon,\n\n"
        "Merci pour l'envoi de votre candidature spontanée. Votre profil a bien été "
        "enregistré dans notre vivier « Achats & Supply Chain – Hauts-de-France / "
        "Belgique ».\n\n"
        "Hugo Vandamme, qui suit les fonctions d'assistanat achats, l'étudiera et vous "
        "contactera si une mission correspond à votre parcours. Vous pouvez lui répondre "
        "directement à ce message.\n\n"
        "Talents & Achats Conseil\n"
        "12 rue Esquermoise, 59000 Lille\n"
    ),
)

# 010 -- Grossiste Moselle ----------------------------------------------------------
add(
    ACK, slug="moselle_accuse_reception", lang="fr", company="Grossiste Moselle",
    contact="s.weis@grossiste-moselle.example.lu",
    frm=("Sandrine Weis", "s.weis@grossiste-moselle.example.lu"),
    subject="Votre candidature – Assistant(e) achats Bettembourg",
    date="2026-05-25 14:08 +0200", id="moselle_ack",
    html=outlook_html(mso(
        "Madame,\n\n"
        "Je vous remercie pour votre candidature, qui nous est bien parvenue.\n\n"
        "Les entretiens se tiendront courant juin. Nous reviendrons vers vous une fois la "
        "présélection terminée.\n\n"
        "Sandrine Weis\n"
        "Gestionnaire RH – Grossiste Moselle S.à r.l.\n"
        "Zone industrielle Scheleck, L-3225 Bettembourg – +352 52 70 90 1"
    )),
)

# 011 -- Greenleaf via Greenhouse ----------------------------------------------------
add(
    ACK, slug="greenhouse_greenleaf", lang="en", company="Greenleaf Grocers", contact="",
    frm=("Greenleaf Grocers", "no-reply@greenhouse-mail.io"),
    subject="Thank you for applying to Greenleaf Grocers",
    date="2026-01-19 08:12 +0000", id="greenleaf_ack",
    text=(
        "Hi Manon,\n\n"
        "Thanks for your interest in Greenleaf Grocers! We've received your application for "
        "Purchasing Assistant (Brussels) and our team will review it shortly.\n\n"
        "If your experience looks like a match, someone from our talent team will be in "
        "touch about next steps.\n\n"
        "Greenleaf Grocers Talent Team\n\n"
        "**Please note: this inbox is not monitored.**\n"
    ),
)

# 012 -- Meridian via Lever ----------------------------------------------------------
add(
    ACK, slug="lever_meridian", lang="en", company="Meridian Food Services", contact="",
    frm=("Meridian Food Services", "no-reply@hire.lever.co"),
    subject="Meridian Food Services – we've got your application",
    date="2026-02-02 12:30 +0000", id="meridian_ack",
    html=simple_html(paras(
        "Hi Manon,\n\n"
        "We've received your application for Junior Buyer – Catering Supplies. Our hiring "
        "team reviews every application and aims to respond within ten working days.\n\n"
        "Thanks,\nMeridian Talent Team"
    ), lang="en"),
)

# 013 -- Crumb & Co via Ashby ------------------------------------------------------
add(
    ACK, slug="ashby_crumb", lang="en", company="Crumb & Co", contact="",
    frm=("Crumb & Co Hiring", "no-reply@ashbyhq.com"),
    subject="Thanks for applying to Crumb & Co!",
    date="2026-04-13 13:13 +0000", id="crumb_ack",
    text=(
        "Hi Manon,\n\n"
        "We got your application for Operations & Purchasing Assistant – thanks for "
        "thinking of us! Unfortunately we can't reply to every applicant individually, "
        "but every application is read by a human on our team, and we'll reach out if "
        "there's a fit.\n\n"
        "Crumb & Co\n"
    ),
)

# 014 -- Northgate Talent registration ------------------------------------------
add(
    ACK, slug="northgate_registration", lang="en", company="Northgate Talent",
    contact="ellie.brooks@northgate-talent.example.be",
    frm=("Ellie Brooks", "ellie.brooks@northgate-talent.example.be"),
    subject="Welcome to Northgate Talent – registration confirmed",
    date="2026-07-20 10:02 +0200", id="northgate_reg",
    text=(
        "Hi Manon,\n\n"
        "Lovely to speak earlier. This is to confirm you're now registered with Northgate "
        "Talent for purchasing, buying-assistant and stock-coordination roles in Brussels and "
        "Luxembourg.\n\n"
        "I've saved your CV and salary expectations on our system. I won't send your profile "
        "to any client without checking with you first.\n\n"
        "Speak soon,\n"
        "Ellie Brooks\n"
        "Senior Consultant – Supply Chain\n"
        "Northgate Talent | Avenue Louise 231, 1050 Brussels | +32 2 790 70 18\n"
    ),
)

# 015 -- Harbour & Pine via BambooHR ---------------------------------------------
add(
    ACK, slug="bamboohr_harbour_pine", lang="en", company="Harbour & Pine Retail", contact="",
    frm=("Harbour & Pine Retail", "notifications@bamboohr.com"),
    subject="Application received: Purchasing Assistant",
    date="2026-06-15 06:58 +0000", id="harbour_ack",
    headers=[("Auto-Submitted", "auto-generated")],
    text=(
        "Dear Manon,\n\n"
        "Thank you for applying for the Purchasing Assistant position at Harbour & Pine "
        "Retail. This email confirms that your application has been received.\n\n"
        "We will review your qualifications and contact you if you are selected for an "
        "interview.\n\n"
        "Sincerely,\nHarbour & Pine Retail\n\n"
        "Powered by BambooHR\n"
    ),
)

# 016 -- Kaiserstadt via Personio --------------------------------------------------
add(
    ACK, slug="personio_kaiserstadt", lang="de", company="Printenbäckerei Kaiserstadt",
    contact="",
    frm=("Printenbäckerei Kaiserstadt", "noreply@personio.de"), frm_enc=("utf-8", "B"),
    subject="Eingangsbestätigung Ihrer Bewerbung",
    date="2026-03-16 17:20 +0000", id="kaiser_ack",
    headers=[("Auto-Submitted", "auto-generated")],
    text=(
        "Sehr geehrte Frau Sithole-Garnier,\n\n"
        "vielen Dank für Ihre Bewerbung als Assistenz Einkauf (m/w/d). Ihre Unterlagen sind "
        "vollständig bei uns eingegangen.\n\n"
        "Wir melden uns innerhalb der nächsten zwei Wochen bei Ihnen.\n\n"
        "Mit freundlichen Grüßen\nIhr Team der Printenbäckerei Kaiserstadt\n"
    ),
    html=simple_html(paras(
        "Sehr geehrte Frau Sithole-Garnier,\n\n"
        "vielen Dank für Ihre Bewerbung als Assistenz Einkauf (m/w/d). Ihre Unterlagen sind "
        "vollständig bei uns eingegangen.\n\n"
        "Wir melden uns innerhalb der nächsten zwei Wochen bei Ihnen.\n\n"
        "Mit freundlichen Grüßen\nIhr Team der Printenbäckerei Kaiserstadt"
    ), lang="de"),
)

# 017 -- Rheinland via softgarden ("nicht jedem individuell") ----------------------
add(
    ACK, slug="softgarden_rheinland", lang="de", company="Rheinland Frischelogistik",
    contact="",
    frm=("Rheinland Frischelogistik", "noreply@softgarden.io"),
    subject="Vielen Dank für Ihre Bewerbung",
    date="2026-08-17 09:44 +0000", id="rheinland_ack", cte="quoted-printable",
    text=(
        "Sehr geehrte Frau Sithole-Garnier,\n\n"
        "herzlichen Dank für Ihre Bewerbung als Sachbearbeiter/in Einkauf (m/w/d) in Köln.\n\n"
        "Aufgrund der großen Zahl an Zuschriften können wir leider nicht jeder Bewerberin "
        "und jedem Bewerber einzeln antworten. Wir prüfen Ihre Unterlagen sorgfältig und "
        "kommen auf Sie zu, sobald wir Sie näher kennenlernen möchten.\n\n"
        "Freundliche Grüße\nIhr Recruiting-Team\n\n"
        "Diese Nachricht wurde automatisch über softgarden versendet.\n"
    ),
)

# 018 -- Klinikum Aachen-Soers, automatic confirmation, iso-8859-1 ----------------
add(
    ACK, slug="klinikum_eingang_latin1", lang="de", company="Klinikum Aachen-Soers",
    contact="",
    frm=("Klinikum Aachen-Soers Bewerbermanagement", "noreply-bewerbung@klinikum-soers.example.de"),
    subject="Bewerbung eingegangen: Kennziffer EK-2026-114", subj_enc=("iso-8859-1", "Q"),
    date="2026-05-18 06:30 +0200", charset="iso-8859-1", cte="8bit", id="klinikum_ack",
    headers=[("Auto-Submitted", "auto-generated")],
    text=(
        "Sehr geehrte Bewerberin, sehr geehrter Bewerber,\n\n"
        "Ihre Bewerbung auf die Stelle \"Mitarbeiter/in Materialwirtschaft und Einkauf\" "
        "(Kennziffer EK-2026-114) ist bei uns eingegangen.\n\n"
        "Bitte sehen Sie von Rückfragen zum Stand des Verfahrens ab; wir melden uns "
        "unaufgefordert bei Ihnen.\n\n"
        "Klinikum Aachen-Soers - Personalabteilung\n"
        "Diese E-Mail wurde automatisch erzeugt.\n"
    ),
)

# 019 -- Distribuciones Manzanares, human ----------------------------------------
add(
    ACK, slug="manzanares_recibida", lang="es", company="Distribuciones Manzanares",
    contact="carmen.vidal@dmanzanares.example.es",
    frm=("Carmen Vidal", "carmen.vidal@dmanzanares.example.es"),
    subject="Hemos recibido tu CV",
    date="2026-07-06 12:48 +0200", id="manz_ack",
    text=(
        "Hola Manon:\n\n"
        "Te confirmo que hemos recibido tu currículum para el puesto de asistente de compras "
        "en Getafe. Lo estamos revisando junto con el resto de candidaturas y te diremos algo "
        "la semana que viene.\n\n"
        "Un saludo,\n"
        "Carmen Vidal\n"
        "Técnica de Selección – Distribuciones Manzanares, S.L.\n"
        "Calle de la Carpintería 9, 28906 Getafe\n"
    ),
)

# 020 -- Hospital del Jarama via SuccessFactors ------------------------------------
add(
    ACK, slug="successfactors_jarama", lang="es", company="Hospital Universitario del Jarama",
    contact="",
    frm=("Hospital Universitario del Jarama", "noreply@successfactors.eu"),
    subject="Confirmación de recepción de su candidatura",
    date="2026-04-06 08:05 +0000", id="jarama_ack",
    headers=[("Auto-Submitted", "auto-generated")],
    html=ats_card(
        "Hospital Universitario del Jarama", "#047857",
        paras(
            "Estimada candidata:\n\n"
            "Hemos recibido correctamente su candidatura para el puesto de Auxiliar "
            "administrativo/a de compras (ref. 2026-0412).\n\n"
            "Lamentablemente, debido al elevado volumen de solicitudes, no podemos responder "
            "de forma individual a cada persona. Si su perfil se ajusta a lo que buscamos, "
            "nos pondremos en contacto con usted.\n\n"
            "Departamento de Recursos Humanos"
        ),
        "Mensaje generado automáticamente. No responda a este correo.", lang="es",
    ),
)

# 021 -- Temporalia ETT, registration --------------------------------------------
add(
    ACK, slug="temporalia_alta", lang="es", company="Temporalia ETT",
    contact="lucia.ferrer@temporalia.example.es",
    frm=("Lucía Ferrer", "lucia.ferrer@temporalia.example.es"), frm_enc=("utf-8", "B"),
    subject="Alta en Temporalia: tu perfil ya está activo", subj_enc=("utf-8", "B"),
    date="2026-02-23 17:30 +0100", id="temporalia_ack", cte="base64",
    text=(
        "Hola Manon:\n\n"
        "Ya estás dada de alta en nuestra bolsa de candidatos para puestos de compras y "
        "logística en Madrid. Hemos guardado tu CV y tus preferencias (jornada completa, "
        "zona sur y centro).\n\n"
        "Yo seré tu persona de contacto. Cuando un cliente pida un perfil como el tuyo te "
        "llamaré antes de enviarle nada.\n\n"
        "Lucía Ferrer\n"
        "Consultora de selección – Temporalia ETT\n"
        "Calle de Alcalá 187, 28009 Madrid\n"
    ),
)

# ============================================================================ offers

# 001 -- Biscuiterie Mosane, formal offer with PDF -------------------------------------
add(
    OFFER, slug="mosane_offre_pdf", lang="fr", company="Biscuiterie Mosane",
    contact="a.marchal@biscuiterie-mosane.example.be",
    frm=("Aurélie Marchal", "a.marchal@biscuiterie-mosane.example.be"),
    subject="Proposition d'engagement – Assistante achats",
    date="2026-03-06 15:40 +0100", id="mosane_offer", parent="mosane_thanks",
    text=(
        "Bonjour Manon,\n\n"
        "C'est avec grand plaisir que je vous confirme, au nom de la Biscuiterie Mosane, "
        "notre proposition d'engagement pour le poste d'assistante achats.\n\n"
        "Vous trouverez en annexe la lettre d'offre reprenant les conditions discutées : "
        "contrat à durée indéterminée, temps plein (38h), entrée en fonction le 1er avril "
        "2026, rémunération selon la commission paritaire 118, chèques-repas et "
        "abonnement TEC pris en charge.\n\n"
        "Pourriez-vous nous retourner la lettre signée d'ici le vendredi 13 mars ? Je reste "
        "disponible pour toute question.\n\n"
        "Au plaisir de vous accueillir dans l'équipe,\n\n"
        "Aurélie Marchal\n"
        "Chargée RH – Biscuiterie Mosane SA\n"
        "Chaussée de Liège 620, 5100 Jambes – Tél. 081 30 70 90\n"
    ),
    pdf=[{"name": "Offre_Sithole-Garnier_Assistante_achats.pdf", "lines": [
        "Biscuiterie Mosane SA - Chaussee de Liege 620 - 5100 Jambes",
        "",
        "Madame Manon Sithole-Garnier",
        "Objet : proposition d'engagement",
        "",
        "Fonction : Assistante achats (matieres premieres et emballages)",
        "Contrat : duree indeterminee, temps plein 38h/semaine",
        "Entree en fonction : 1er avril 2026",
        "Remuneration : bareme CP 118, cheques-repas 8 EUR",
        "",
        "Merci de retourner ce document signe avant le 13 mars 2026.",
    ]}],
)

# 002 -- Cabinet Hautvent: the client wants to make an offer ----------------------
add(
    OFFER, slug="hautvent_client_offre", lang="fr", company="Laiterie des Fagnes",
    contact="g.lejeune@hautvent.example.be",
    frm=("Gaëlle Lejeune - Cabinet Hautvent", "g.lejeune@hautvent.example.be"),
    frm_enc=("iso-8859-1", "B"),
    subject="Bonne nouvelle de Malmedy !",
    date="2026-05-22 18:10 +0200", id="hautvent_offer", parent="hautvent_move",
    text=(
        "Manon,\n\n"
        "Je sors d'un appel avec M. Kessler : la Laiterie des Fagnes souhaite vous faire une "
        "offre pour le poste d'assistante approvisionnement !\n\n"
        "Dans les grandes lignes : CDI, 2 650 € brut par mois, treizième mois, voiture de "
        "société non, mais télétravail un jour par semaine. Ils aimeraient un démarrage "
        "le 1er juillet.\n\n"
        "La proposition écrite suivra de leur côté en début de semaine. Appelez-moi quand "
        "vous avez un moment, qu'on en parle avant que vous ne répondiez.\n\n"
        "Gaëlle\n"
        "Cabinet Hautvent Recrutement – 0496 90 70 31\n"
    ),
)

# 003 -- Boulangeries Pirson, contract sent for signature --------------------------
add(
    OFFER, slug="pirson_contrat_signature", lang="fr", company="Boulangeries Pirson",
    contact="j.pirson@boulangeries-pirson.example.be",
    frm=("Jérôme Pirson", "j.pirson@boulangeries-pirson.example.be"),
    subject="Votre contrat de travail – signature électronique",
    date="2026-10-09 11:22 +0200", id="pirson_contract", parent="pirson_inv",
    cte="quoted-printable",
    text=(
        "Bonjour Manon,\n\n"
        "Comme promis lors de notre appel de mardi, voici votre contrat d'employée "
        "(assistante achats, atelier central d'Ans) à signer. Il reprend ce que nous avons "
        "convenu : 4/5e temps pendant la période de nonante jours, puis temps plein.\n\n"
        "Vous recevrez un second e-mail de notre prestataire de signature électronique ; "
        "le PDF est aussi joint pour que vous puissiez le relire tranquillement.\n\n"
        "Nous sommes très contents de vous avoir parmi nous à partir du 2 novembre.\n\n"
        "Jérôme Pirson\n"
        "Administrateur délégué – Boulangeries Pirson SRL\n"
        "Rue de l'Yser 310, 4430 Ans – 04 247 90 70\n"
    ),
    pdf=[{"name": "Contrat_employe_Sithole-Garnier.pdf", "lines": [
        "CONTRAT DE TRAVAIL D'EMPLOYE",
        "Entre Boulangeries Pirson SRL, Rue de l'Yser 310, 4430 Ans",
        "et Madame Manon Sithole-Garnier, Namur",
        "",
        "Article 1 - Fonction : assistante achats",
        "Article 2 - Debut : 2 novembre 2026",
        "Article 3 - Regime : 4/5e puis temps plein",
        "",
        "Fait a Ans, en deux exemplaires.",
    ]}],
)

# 004 -- Le Comptoir de Bouge, verbal offer follow-up -----------------------------
add(
    OFFER, slug="comptoir_suite_telephone", lang="fr", company="Le Comptoir de Bouge",
    contact="sophie@comptoir-bouge.example.be",
    frm=("Sophie Wauthier", "sophie@comptoir-bouge.example.be"),
    subject="comme promis au téléphone",
    date="2026-09-03 21:05 +0200", id="comptoir_offer", parent="comptoir_missed",
    text=(
        "Re-coucou Manon,\n\n"
        "Comme je te l'ai dit au téléphone tout à l'heure, je te prends ! Je te mets ici ce "
        "qu'on s'est dit pour que ce soit clair :\n"
        "- mi-temps commandes fournisseurs + mi-temps vente, 38h au total\n"
        "- du mardi au samedi, fermé le lundi\n"
        "- début le 1er octobre si ton préavis le permet\n"
        "- salaire de la commission paritaire 201, on en reparle après les trois premiers "
        "mois\n\n"
        "Mon comptable prépare le contrat. Dis-moi juste si c'est toujours ok pour toi.\n\n"
        "Sophie\n"
        "Le Comptoir de Bouge – 0475 70 90 13\n"
    ),
)

# 005 -- Épiceries Kirchberg, offer PDF ------------------------------------------
add(
    OFFER, slug="kirchberg_offre_pdf", lang="fr", company="Épiceries Kirchberg",
    contact="m.thill@epiceries-kirchberg.example.lu",
    frm=("Marc Thill", "m.thill@epiceries-kirchberg.example.lu"),
    subject="Offre d'emploi - Assistante achats épicerie fine", subj_enc=("iso-8859-1", "Q"),
    date="2026-09-08 10:15 +0200", id="kirchberg_offer", parent="kirchberg_inv",
    html=outlook_html(mso(
        "Madame Sithole-Garnier,\n\n"
        "Suite à nos deux entretiens, j'ai le plaisir de vous proposer le poste d'assistante "
        "achats au sein des Épiceries Kirchberg.\n\n"
        "Vous trouverez ci-joint notre offre détaillée (CDI, 40 heures, salaire annuel brut "
        "de 41 500 €, début le 2 novembre 2026). Le contrat sera établi selon le droit "
        "luxembourgeois ; nous pouvons vous aider pour les démarches de travailleuse "
        "frontalière.\n\n"
        "Merci de me faire part de votre décision d'ici le 18 septembre.\n\n"
        "Cordialement,\n"
        "Marc Thill\n"
        "Responsable des achats – Épiceries Kirchberg S.à r.l.\n"
        "3 avenue J.F. Kennedy, L-1855 Luxembourg"
    )),
    pdf=[{"name": "Offre_Epiceries_Kirchberg.pdf", "lines": [
        "Epiceries Kirchberg S.a r.l. - Luxembourg",
        "Offre d'emploi - Madame M. Sithole-Garnier",
        "Poste : Assistante achats, CDI, 40 h/semaine",
        "Salaire annuel brut : 41 500 EUR",
        "Date de debut : 2 novembre 2026",
        "Reponse souhaitee avant le 18 septembre 2026",
    ]}],
)

# 006 -- SkyServe Catering, offer letter PDF -------------------------------------
add(
    OFFER, slug="skyserve_offer_letter", lang="en", company="SkyServe Catering",
    contact="hanna.peeters@skyserve.example.be",
    frm=("Hanna Peeters", "hanna.peeters@skyserve.example.be"),
    subject="Your offer from SkyServe Catering – Purchasing Assistant",
    date="2026-10-20 14:35 +0200", id="skyserve_offer", parent="skyserve_inv",
    text=(
        "Dear Manon,\n\n"
        "Congratulations! Following the assessment day on 7 October, I'm delighted to offer "
        "you the role of Purchasing Assistant – Inflight Supplies at SkyServe Catering.\n\n"
        "Your offer letter is attached. In summary: permanent contract, full-time, start "
        "date 1 December 2026, gross monthly salary of EUR 2,780 plus meal vouchers and "
        "airport parking.\n\n"
        "Please sign and return the letter by 27 October, or give me a call if you'd like "
        "to discuss anything.\n\n"
        "Warm regards,\n"
        "Hanna Peeters\n"
        "HR Advisor | SkyServe Catering NV\n"
        "Building 706, Brussels Airport, 1930 Zaventem | +32 2 790 90 12\n\n"
        "CONFIDENTIALITY NOTICE: This e-mail and its attachments are intended only for the "
        "named recipient and may contain confidential information.\n"
    ),
    pdf=[{"name": "SkyServe_Offer_Letter_MSithole-Garnier.pdf", "lines": [
        "SkyServe Catering NV - Offer of Employment",
        "Candidate: Manon Sithole-Garnier",
        "Position: Purchasing Assistant - Inflight Supplies",
        "Contract: permanent, full-time",
        "Start date: 1 December 2026",
        "Gross monthly salary: EUR 2,780",
        "Please return signed by 27 October 2026.",
    ]}],
)

# 007 -- Lindqvist Hospital Supplies, verbal offer follow-up ------------------------
add(
    OFFER, slug="lindqvist_verbal_followup", lang="en", company="Lindqvist Hospital Supplies",
    contact="oskar.lindqvist@lindqvist-hs.example.be",
    frm=("Oskar Lindqvist", "oskar.lindqvist@lindqvist-hs.example.be"),
    subject="Following up on our call",
    date="2026-10-14 17:02 +0200",
    text=(
        "Hi Manon,\n\n"
        "Great talking to you this afternoon. As promised, here is what I offered on the "
        "phone, in writing: the Purchasing Assistant job in our Anderlecht warehouse, "
        "permanent, 38 hours, EUR 2,600 gross a month, starting whenever your notice allows "
        "(ideally mid-November).\n\n"
        "Our HR partner will send the formal contract once you say yes. Take the weekend to "
        "think about it if you need.\n\n"
        "Best,\n"
        "Oskar Lindqvist\n"
        "Managing Director | Lindqvist Hospital Supplies BV\n"
        "Rue des Vétérinaires 41, 1070 Anderlecht\n"
    ),
)

# 008 -- Bio-Großhandel Dreiländereck, Vertragsangebot PDF -----------------------
add(
    OFFER, slug="dreilaendereck_vertragsangebot", lang="de",
    company="Bio-Großhandel Dreiländereck", contact="info@bio-dreilaendereck.example.de",
    frm=("Jana Offermann", "info@bio-dreilaendereck.example.de"),
    subject="Ihr Vertragsangebot", subj_enc=("utf-8", "B"),
    date="2026-09-01 13:20 +0200", id="dreil_offer", parent="dreil_cancel",
    text=(
        "Hallo Frau Sithole-Garnier,\n\n"
        "schön, dass der Probearbeitstag am 24. August dann doch noch geklappt hat – das "
        "ganze Team war begeistert.\n\n"
        "Wir möchten Sie gerne als Assistentin im Einkauf einstellen. Anbei finden Sie unser "
        "Vertragsangebot: unbefristet, 39 Stunden, 3.050 € brutto monatlich, Start am "
        "1. Oktober. Wenn alles passt, schicken Sie uns den unterschriebenen Vertrag bis "
        "zum 11. September zurück.\n\n"
        "Viele Grüße\n"
        "Jana Offermann\n"
        "Einkauf & Disposition – Bio-Großhandel Dreiländereck eG\n"
    ),
    pdf=[{"name": "Vertragsangebot_Sithole-Garnier.pdf", "lines": [
        "Bio-Grosshandel Dreilaendereck eG - Von-Coels-Strasse 210 - 52080 Aachen",
        "Arbeitsvertrag (Angebot) fuer Frau Manon Sithole-Garnier",
        "Taetigkeit: Assistentin Einkauf",
        "Beginn: 1. Oktober 2026, unbefristet, 39 Std./Woche",
        "Verguetung: 3.050 EUR brutto monatlich",
        "Rueckgabe bis 11. September 2026",
    ]}],
)

# 009 -- Personalpartner Euregio: the client wants to make an offer ----------------
add(
    OFFER, slug="euregio_kunde_heuser_angebot", lang="de",
    company="Aachener Feinkost Heuser", contact="t.wirtz@personalpartner-euregio.example.de",
    frm=("Tobias Wirtz", "t.wirtz@personalpartner-euregio.example.de"),
    subject="Aachener Feinkost Heuser möchte Ihnen ein Angebot machen",
    date="2026-07-28 12:12 +0200", id="euregio_offer", parent="euregio_rej",
    text=(
        "Hallo Frau Sithole-Garnier,\n\n"
        "nach dem Pech mit Lennartz endlich gute Nachrichten: Herr Heuser war von Ihrem "
        "Gespräch am Freitag sehr angetan. Aachener Feinkost Heuser möchte Ihnen ein "
        "Angebot für die Stelle als Einkaufsassistentin machen – Teilzeit 30 Stunden, "
        "2.300 € brutto, Start 1. September.\n\n"
        "Der schriftliche Vertrag kommt direkt von Heuser, voraussichtlich Donnerstag. "
        "Rufen Sie mich gerne vorher an, dann gehen wir die Details durch.\n\n"
        "Viele Grüße\n"
        "Tobias Wirtz\n"
        "Personalberater | Personalpartner Euregio GmbH | 0241 470 90 33\n"
    ),
)

# 010 -- Distribuciones Manzanares, oferta con PDF -------------------------------
add(
    OFFER, slug="manzanares_oferta_pdf", lang="es", company="Distribuciones Manzanares",
    contact="carmen.vidal@dmanzanares.example.es",
    frm=("Carmen Vidal", "carmen.vidal@dmanzanares.example.es"),
    subject="RE: Gracias por la entrevista",
    date="2026-08-03 10:40 +0200", id="manz_offer", parent="manz_thanks",
    text=(
        "Hola Manon:\n\n"
        "¡Tenemos buenas noticias! Después de la entrevista del jueves, Raúl y yo queremos "
        "ofrecerte el puesto de asistente de compras en Getafe.\n\n"
        "Te adjunto la carta de oferta con las condiciones: contrato indefinido, jornada "
        "completa, 24.500 € brutos anuales en 14 pagas e incorporación el 1 de septiembre. "
        "Si estás de acuerdo, fírmala y devuélvenosla antes del 10 de agosto.\n\n"
        "Un abrazo,\n"
        "Carmen Vidal\n"
        "Técnica de Selección – Distribuciones Manzanares\n\n"
        + attrib_es("jue, 23 jul 2026 a las 19:02", CAND_NAME, CAND_ADDR) + "\n"
        + quote(
            "Hola Carmen:\n\nMuchas gracias por la entrevista de esta mañana y por "
            "enseñarme el almacén. Me encantaría formar parte del equipo.\n\nManon"
        ) + "\n"
    ),
    pdf=[{"name": "Carta_oferta_DManzanares.pdf", "lines": [
        "Distribuciones Manzanares, S.L. - Getafe (Madrid)",
        "Carta de oferta - Dna. Manon Sithole-Garnier",
        "Puesto: Asistente de compras",
        "Contrato indefinido, jornada completa",
        "Salario: 24.500 EUR brutos anuales (14 pagas)",
        "Incorporacion: 1 de septiembre de 2026",
    ]}],
)
