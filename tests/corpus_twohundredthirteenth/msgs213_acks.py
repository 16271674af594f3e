"""Corpus 213, application acknowledgements (21) and offers (10): each message's words are
written here by hand."""

from __future__ import annotations

from msgs213_common import (
    CAND,
    ats_card,
    button,
    forward_block,
    msg,
    mso,
    outlook_html,
    paras,
    quote,
    wrote,
)

ACK = "application_received"
OFF = "offer"
MESSAGES: list[dict] = []
add = MESSAGES.append

# ======================================================================== acknowledgements

# ---------------------------------------------------------------- Lac & Cimes, Teamtailor
_a1 = """Bonjour Solveig,

Merci d'avoir postulé au poste d'Assistante Revenue Manager chez Hôtels Lac & Cimes ! Votre candidature est bien arrivée dans notre outil de recrutement.

Nous recevons beaucoup de dossiers et nous ne pouvons malheureusement pas répondre individuellement à chaque candidature. Si votre profil correspond à nos besoins, un membre de l'équipe vous contactera dans les trois semaines.

À bientôt peut-être au bord du lac,
L'équipe RH Hôtels Lac & Cimes
"""
add(msg(ACK, "lacetcimes_teamtailor", "fr", "Hôtels Lac & Cimes", "",
        ("Hôtels Lac & Cimes", "no-reply@teamtailor-mail.com"),
        "Nous avons bien reçu votre candidature",
        "2026-01-12 22:41 +0100",
        text=_a1, html=ats_card("Hôtels Lac & Cimes", "#0e7490", paras(_a1),
                                "Envoyé avec Teamtailor"),
        hdrs=[("Auto-Submitted", "auto-generated")], tid="lac-1"))

# ---------------------------------------------------------------- Rive Léman, Workday
_a2 = paras("""Madame Marchetti-Dube,

Nous vous confirmons la bonne réception de votre candidature pour le poste suivant :

Revenue Analyst – Hôtel Rive Léman, Genève (réf. R-2026-0117)

Votre dossier va maintenant être examiné par notre équipe. Vous pouvez suivre son statut à tout moment depuis votre espace candidat.

Meilleures salutations,
Ressources humaines – Hôtel Rive Léman""")
add(msg(ACK, "riveleman_workday", "fr", "Hôtel Rive Léman", "",
        ("Hôtel Rive Léman", "riveleman@myworkday.com"),
        "Candidature reçue : Revenue Analyst (R-2026-0117)",
        "2026-02-02 07:14 +0000",
        html=ats_card("Hôtel Rive Léman — Carrières", "#0b3d91",
                      _a2 + button("Mon espace candidat",
                                   "https://riveleman.wd3.myworkday.com/riveleman/d/home.htmld",
                                   "#0b3d91"),
                      "Merci de ne pas répondre à ce message automatique."),
        hdrs=[("Auto-Submitted", "auto-generated")], tid="rive-1"))

# ---------------------------------------------------------------- Aurora, Greenhouse
_a3 = """Hi Solveig,

Thanks for applying to the Revenue Coordinator position at Aurora Hotels in Turin. Our team will review your application and we'll be in touch if your skills and experience are a good match.

In the meantime, you can learn more about life at Aurora on our careers page.

Best,
Aurora Hotels Recruiting
"""
add(msg(ACK, "aurora_greenhouse", "en", "Aurora Hotels", "",
        ("Aurora Hotels", "no-reply@greenhouse-mail.io"),
        "Thank you for applying to Aurora Hotels",
        "2026-03-02 11:03 +0100",
        text=_a3, html=paras(_a3), tid="aur-1"))

# ---------------------------------------------------------------- Isar, softgarden
_a4 = """Sehr geehrte Frau Marchetti-Dube,

vielen Dank für Ihre Bewerbung als Junior Revenue Manager (m/w/d) bei den Isar Residenz Hotels. Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Wir prüfen Ihre Bewerbung sorgfältig und melden uns innerhalb von zwei Wochen bei Ihnen. Den aktuellen Stand können Sie jederzeit in Ihrem Bewerberkonto einsehen.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Isar Residenz Hotels

Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.
"""
add(msg(ACK, "isar_softgarden", "de", "Isar Residenz Hotels", "",
        ("Isar Residenz Hotels", "noreply@softgarden.io"),
        "Eingangsbestätigung Ihrer Bewerbung",
        "2026-04-07 13:20 +0200",
        text=_a4, html=ats_card("Isar Residenz Hotels", "#1e3a8a", paras(_a4)),
        subj_ew=("utf-8", "Q"), hdrs=[("Auto-Submitted", "auto-generated")], tid="isar-1"))

# ---------------------------------------------------------------- Savoie Talents, registration
_a5 = """Bonjour Solveig,

Suite à notre rendez-vous d'hier à l'agence, je vous confirme que votre inscription chez Intérim Savoie Talents est validée. Votre dossier (CV, pièce d'identité, attestation Vitale) est complet.

Je vous ai positionnée sur nos besoins en réception de nuit et en yield pour les stations et les hôtels du bassin annécien. Je reviens vers vous dès qu'une mission correspond.

À bientôt,
Julien Mercier
Consultant hôtellerie – Intérim Savoie Talents
27 avenue de Genève, 74000 Annecy
06 72 18 44 09
"""
add(msg(ACK, "savoietalents_inscription", "fr", "Intérim Savoie Talents",
        "julien.mercier@savoietalents.example.fr",
        ("Julien Mercier – Savoie Talents", "julien.mercier@savoietalents.example.fr"),
        "Confirmation de votre inscription",
        "2026-01-06 10:32 +0100",
        text=_a5, html=paras(_a5), name_ew=("utf-8", "Q"), tid="sav-1"))

# ---------------------------------------------------------------- Bellecour, CV received
_a6 = """Bonjour Madame,

Nous avons bien reçu votre CV et votre lettre pour le poste de Revenue Manager Junior, merci.

Je les transmets dès aujourd'hui à M. Giraud et à notre directrice revenue. Vous aurez un retour de notre part d'ici une dizaine de jours.

Cordialement,
Inès Royer
Assistante RH – Maison Bellecour Hospitality
4 place Bellecour, 69002 Lyon
"""
add(msg(ACK, "bellecour_cv_recu", "fr", "Maison Bellecour Hospitality",
        "ines.royer@bellecour-hospitality.example.fr",
        ("Inès Royer", "ines.royer@bellecour-hospitality.example.fr"),
        "RE: Candidature Revenue Manager Junior",
        "2026-06-01 14:47 +0200",
        text=_a6, html=outlook_html(mso(_a6)), cte="quoted-printable", tid="bc-1"))

# ---------------------------------------------------------------- Brisa, Teamtailor (es)
_a7 = """¡Hola Solveig!

Hemos recibido tu candidatura para Revenue Manager en Brisa Mediterránea. Gracias por tu interés en formar parte de nuestro equipo en Barcelona.

Revisaremos tu perfil con atención. Si encaja con lo que buscamos, te contactaremos para los siguientes pasos.

Un saludo,
Equipo de Personas – Brisa Mediterránea
"""
add(msg(ACK, "brisa_teamtailor", "es", "Brisa Mediterránea", "",
        ("Brisa Mediterránea", "no-reply@teamtailor-mail.com"),
        "Hemos recibido tu candidatura",
        "2026-06-15 09:58 +0200",
        text=_a7, html=ats_card("Brisa Mediterránea", "#0284c7", paras(_a7)),
        name_ew=("utf-8", "Q"), tid="br-1"))

# ---------------------------------------------------------------- HospitalityHire, registration (en)
_a8 = """Welcome to HospitalityHire Europe, Solveig!

Your candidate registration is complete and your CV has been added to our database. A consultant from our Travel & Hospitality team will review your profile and contact you when a suitable role comes up.

Tip: keep your availability and preferred locations up to date in your account so we can match you faster.

HospitalityHire Europe
5 Brunswick Place, London N1 6EB
This mailbox is not monitored.
"""
add(msg(ACK, "hospitalityhire_registration", "en", "HospitalityHire Europe", "",
        ("HospitalityHire Europe", "noreply@hospitalityhire.example.co.uk"),
        "Your registration is complete",
        "2026-04-20 08:01 +0100",
        text=_a8, tid="hh-1"))

# ---------------------------------------------------------------- Réservalp, Recruitee
_a9 = """Bonjour Solveig,

Merci pour votre candidature au poste de Pricing Analyst chez Réservalp. Nous l'avons bien reçue.

Notre équipe la lira avec attention. Nous revenons vers chaque personne dont le profil correspond à nos besoins, en général sous quinze jours.

L'équipe Réservalp
"""
add(msg(ACK, "reservalp_recruitee", "fr", "Réservalp", "",
        ("Réservalp", "no-reply@jobs.recruitee.com"),
        "Candidature reçue – Pricing Analyst",
        "2026-06-03 20:16 +0200",
        text=_a9, html=ats_card("Réservalp", "#be123c", paras(_a9), "Recruitee"),
        subj_ew=("utf-8", "B"), name_ew=("utf-8", "Q"), tid="rsv-1"))

# ---------------------------------------------------------------- Oréade, SmartRecruiters
_a10 = """Bonjour Solveig,

Nous vous remercions pour votre candidature au poste de Revenue Manager Cluster Lyon. Elle a bien été enregistrée sous la référence 3744920.

Nos équipes l'étudient actuellement. Vous serez informée par e-mail de chaque étape du processus.

Talent Acquisition – Hôtels Oréade
"""
add(msg(ACK, "oreade_smartrecruiters", "fr", "Hôtels Oréade", "",
        ("Hôtels Oréade", "no-reply@smartrecruiters.com"),
        "Merci pour votre candidature – Revenue Manager Cluster Lyon",
        "2026-03-16 08:22 +0000",
        text=_a10, cte="base64", hdrs=[("Auto-Submitted", "auto-generated")], tid="ore-1"))

# ---------------------------------------------------------------- Transalpin, Taleo
_a11 = """Madame Marchetti-Dube,

Nous accusons réception de votre candidature à l'offre 26-0412 « Chef de projet pricing séjours ».

Votre dossier sera étudié dans les meilleurs délais par nos équipes de recrutement. Compte tenu du nombre de candidatures reçues, seules les personnes présélectionnées seront contactées.

Cordialement,
La Direction des Talents - Groupe Transalpin Voyages

Ceci est un message automatique, merci de ne pas y répondre.
"""
add(msg(ACK, "transalpin_taleo", "fr", "Groupe Transalpin Voyages", "",
        ("Groupe Transalpin Voyages", "noreply@taleo.net"),
        "Accusé de réception - offre 26-0412",
        "2026-07-20 04:45 +0000",
        text=_a11, cs="iso-8859-1", cte="quoted-printable", subj_ew=("iso-8859-1", "B"),
        tid="tra-1"))

# ---------------------------------------------------------------- Alpin Personal, registration (de)
_a12 = """Hallo Frau Marchetti-Dube,

vielen Dank für Ihren Besuch in unserer Niederlassung. Ihre Registrierung bei Alpin Personal ist abgeschlossen, Ihre Unterlagen sind vollständig bei uns eingegangen.

Ich suche ab sofort gezielt nach Einsätzen im Revenue- und Front-Office-Bereich in München und Oberbayern und melde mich, sobald ich etwas Passendes habe.

Viele Grüße
Markus Lechner
Personalberater Hotellerie
Alpin Personal GmbH · Landsberger Str. 302 · 80687 München
"""
add(msg(ACK, "alpinpersonal_registrierung", "de", "Alpin Personal", "m.lechner@alpinpersonal.example.de",
        ("Markus Lechner", "m.lechner@alpinpersonal.example.de"),
        "Ihre Registrierung bei Alpin Personal",
        "2026-08-10 16:12 +0200",
        text=_a12, html=outlook_html(mso(_a12), "de"), tid="ap-1"))

# ---------------------------------------------------------------- Northwind, iCIMS
_a13 = paras("""Dear Solveig,

Thank you for your interest in Northwind Resorts. We have received your application for Req #4471 Assistant Director of Revenue – Alps Portfolio.

Our recruiting team reviews every application carefully. Due to the high volume of applications, unfortunately we cannot reply to every applicant individually; if your qualifications match the role, a recruiter will contact you directly.

You can check the status of your application at any time in the Northwind Careers portal.

Kind regards,
Northwind Resorts Talent Acquisition""")
add(msg(ACK, "northwind_icims", "en", "Northwind Resorts", "",
        ("Northwind Resorts Careers", "noreply@icims.com"),
        "Application received: Assistant Director of Revenue",
        "2026-06-08 02:30 -0400",
        html=ats_card("Northwind Resorts", "#14532d", _a13,
                      "This is an automated message from iCIMS. Please do not reply."),
        hdrs=[("Auto-Submitted", "auto-generated")], tid="nw-1"))

# ---------------------------------------------------------------- Pâquis, SuccessFactors
_a14 = """Madame,

Merci d'avoir postulé au poste de Superviseur·e Night Audit & Revenue. Nous confirmons la réception de votre dossier le 17.08.2026.

Nous étudierons votre candidature et reviendrons vers vous au plus vite.

Ressources humaines
Hôtel Pâquis Lumière, Rue de Berne 22, 1201 Genève
"""
add(msg(ACK, "paquis_successfactors", "fr", "Hôtel Pâquis Lumière", "",
        ("Hôtel Pâquis Lumière", "noreply@successfactors.eu"),
        "Confirmation de réception de votre candidature",
        "2026-08-17 06:02 +0000",
        text=_a14, html=ats_card("Hôtel Pâquis Lumière", "#9a3412", paras(_a14),
                                 "SAP SuccessFactors"),
        name_ew=("iso-8859-1", "Q"), tid="paq-1"))

# ---------------------------------------------------------------- Horizon, latin-1 plain
_a15 = """Bonjour Madame Marchetti-Dube,

J'accuse réception de votre candidature au poste de Revenue Manager pour nos hôtels
de la Part-Dieu. Votre dossier est transmis à Mme Lacroix, directrice.

Je reviendrai vers vous sous quinze jours environ.

Cordialement,
Sébastien Morel
Chargé de recrutement
Horizon Part-Dieu Hôtels - 129 rue Servient, 69003 Lyon
"""
add(msg(ACK, "horizon_accuse_latin1", "fr", "Horizon Part-Dieu Hôtels",
        "sebastien.morel@horizon-partdieu.example.fr",
        ("Sébastien Morel", "sebastien.morel@horizon-partdieu.example.fr"),
        "Accusé de réception - candidature Revenue Manager",
        "2026-04-01 11:26 +0200",
        text=_a15, cs="iso-8859-1", cte="quoted-printable", subj_ew=("iso-8859-1", "Q"),
        name_ew=("iso-8859-1", "Q"), tid="hor-1"))

# ---------------------------------------------------------------- Pirineo Norte, Workable (es)
_a16 = """Hola Solveig,

Gracias por presentar tu candidatura para el puesto de Coordinadora de Tarifas y Contratos en Viajes Pirineo Norte.

Te confirmamos que la hemos recibido correctamente. El equipo de selección la revisará en los próximos días.

Saludos cordiales,
Viajes Pirineo Norte
"""
add(msg(ACK, "pirineo_workable", "es", "Viajes Pirineo Norte", "",
        ("Viajes Pirineo Norte", "noreply@workablemail.com"),
        "Gracias por tu candidatura – Coordinadora de Tarifas y Contratos",
        "2026-08-24 12:09 +0200",
        text=_a16, html=ats_card("Viajes Pirineo Norte", "#6d28d9", paras(_a16),
                                 "Enviado con Workable"),
        tid="pn-1"))

# ---------------------------------------------------------------- StayNest, Lever
_a17 = """Hi Solveig,

Thanks for applying for the Pricing Operations Associate role at StayNest! We've received your application and our team is reviewing it now.

We'll let you know about next steps as soon as we can.

The StayNest Talent team
"""
add(msg(ACK, "staynest_lever", "en", "StayNest", "",
        ("StayNest", "no-reply@hire.lever.co"),
        "Thanks for applying to StayNest",
        "2026-05-11 06:40 -0700",
        text=_a17, tid="sn-1"))

# ---------------------------------------------------------------- Belledonne, BambooHR
_a18 = """Bonjour Solveig,

Merci pour votre intérêt pour le poste de chargée de distribution en ligne. Votre candidature a bien été transmise à l'équipe des Résidences Belledonne.

Nous vous recontacterons si votre profil est retenu pour un entretien.

Résidences Belledonne
"""
add(msg(ACK, "belledonne_bamboohr", "fr", "Résidences Belledonne", "",
        ("Résidences Belledonne", "notifications@app.bamboohr.com"),
        "Merci pour votre candidature",
        "2026-05-26 18:33 -0600",
        text=_a18, html=ats_card("Résidences Belledonne", "#65a30d", paras(_a18), "BambooHR"),
        name_ew=("utf-8", "Q"), tid="bel-1"))

# ---------------------------------------------------------------- Bavaria Stay, Personio (de)
_a19 = """Hallo Solveig,

danke für deine Bewerbung als Revenue Analyst (m/w/d) bei Bavaria Stay Apartments! Wir haben deine Unterlagen erhalten und schauen sie uns in den nächsten Tagen in Ruhe an.

Wir melden uns bei dir, sobald es Neuigkeiten gibt.

Dein Team von Bavaria Stay
"""
add(msg(ACK, "bavariastay_personio", "de", "Bavaria Stay Apartments", "",
        ("Bavaria Stay Apartments", "no-reply@personio.de"),
        "Deine Bewerbung ist angekommen",
        "2026-09-14 10:15 +0200",
        text=_a19, html=ats_card("Bavaria Stay Apartments", "#1d4ed8", paras(_a19)),
        hdrs=[("Auto-Submitted", "auto-generated")], tid="bs-1"))

# ---------------------------------------------------------------- Talloires, windows-1252
_a20 = """Madame,

Nous accusons bonne réception de votre dossier de candidature au poste d’assistante revenue & réservations, et vous en remercions.

M. Anthonioz, directeur adjoint, l’étudiera dans les prochains jours ; nous ne manquerons pas de revenir vers vous.

Sophie Dunand
Assistante de direction – Les Terrasses de Talloires
Rue André Theuriet, 74290 Talloires-Montmin
"""
add(msg(ACK, "talloires_cp1252", "fr", "Les Terrasses de Talloires",
        "s.dunand@terrasses-talloires.example.fr",
        ("Sophie Dunand", "s.dunand@terrasses-talloires.example.fr"),
        "Votre candidature – assistante revenue & réservations",
        "2026-02-23 10:50 +0100",
        text=_a20, cs="windows-1252", cte="quoted-printable", subj_ew=("windows-1252", "Q"),
        tid="tal-1", re="tal-0"))

# ---------------------------------------------------------------- Pistebook, Workable (en)
_a21 = """Hi Solveig,

Thanks for applying for the Revenue & Partnerships Analyst position at Pistebook. This is a quick note to confirm we've got your application.

We're a small team, so it may take us a couple of weeks to come back to you – thanks for your patience.

Pistebook
"""
add(msg(ACK, "pistebook_workable", "en", "Pistebook", "",
        ("Pistebook", "noreply@workablemail.com"),
        "Your application to Pistebook",
        "2026-09-01 07:30 +0000",
        text=_a21, html=ats_card("Pistebook", "#0891b2", paras(_a21), "Sent with Workable"),
        tid="pb-1"))

# ======================================================================== offers

# ---------------------------------------------------------------- Bellecour, formal offer PDF
_o1 = """Chère Solveig,

Suite à votre journée d'immersion et à nos échanges, nous avons le plaisir de vous proposer le poste de Revenue Manager Junior au sein de Maison Bellecour Hospitality.

Vous trouverez ci-joint notre proposition d'embauche détaillant les conditions : CDI, statut agent de maîtrise, rémunération annuelle brute de 36 000 €, prise de poste souhaitée le 1er septembre 2026.

Nous vous remercions de nous faire part de votre décision d'ici le 6 juillet. Je reste bien entendu à votre disposition pour en parler.

Bien cordialement,
Thomas Giraud
Directeur des ressources humaines
Maison Bellecour Hospitality – 4 place Bellecour, 69002 Lyon
04 78 92 15 60
"""
add(msg(OFF, "bellecour_proposition_pdf", "fr", "Maison Bellecour Hospitality",
        "t.giraud@bellecour-hospitality.example.fr",
        ("Thomas Giraud", "t.giraud@bellecour-hospitality.example.fr"),
        "Proposition d'embauche – Revenue Manager Junior",
        "2026-06-26 17:05 +0200",
        text=_o1, html=outlook_html(mso(_o1)),
        att=[{"pdf": "Proposition_embauche_Marchetti-Dube.pdf",
              "title": "Proposition d'embauche - Maison Bellecour Hospitality",
              "lines": ["Madame Solveig Marchetti-Dube", "Poste : Revenue Manager Junior",
                        "Contrat : CDI - statut agent de maîtrise",
                        "Rémunération : 36 000 EUR bruts annuels",
                        "Date d'entrée : 1er septembre 2026", "Lieu : Lyon 2e"]}],
        tid="bc-4", re="bc-3"))

# ---------------------------------------------------------------- Mont-Blanc Lodges, verbal follow-up
_o2 = """Bonjour Solveig,

Comme convenu au téléphone tout à l'heure, je vous confirme par écrit notre souhait de vous engager comme responsable réservations et revenue des Mont-Blanc Lodges à partir du 1er juillet.

Pour rappel : CDI, 2 400 € brut mensuel sur 13 mois, logement de fonction possible aux Praz pendant la saison d'hiver. Le contrat part en relecture chez notre comptable et vous l'aurez la semaine prochaine.

Dites-moi simplement par retour que vous acceptez, et on fête ça !

Élodie Charlet
Directrice des opérations – Mont-Blanc Lodges
"""
add(msg(OFF, "mblodges_verbal_followup", "fr", "Mont-Blanc Lodges", "elodie.charlet@mblodges.example.fr",
        ("Élodie Charlet", "elodie.charlet@mblodges.example.fr"),
        "Suite à notre appel – votre arrivée aux Lodges",
        "2026-05-22 15:18 +0200",
        text=_o2, html=paras(_o2), cte="base64", name_ew=("iso-8859-1", "Q"),
        tid="mbl-4", re="mbl-3"))

# ---------------------------------------------------------------- agency: client wants to offer
_o3 = """Solveig,

Excellente nouvelle : l'Hôtel Les Marquisats souhaite vous faire une offre pour le poste d'assistante revenue manager ! Le directeur m'a appelé ce matin, il a été emballé par votre entretien de jeudi.

Ce qu'ils proposent : CDI direct chez eux après une mission de deux mois en intérim, 2 250 € brut, horaires de jour (enfin !). Ils aimeraient une réponse d'ici vendredi.

Appelez-moi quand vous pouvez, on regarde les détails ensemble.

Julien Mercier
Consultant hôtellerie – Intérim Savoie Talents
06 72 18 44 09
"""
_o3_q = """Bonjour Julien,

Je vous confirme mon intérêt pour le poste aux Marquisats dont vous m'avez parlé. Vous pouvez transmettre mon CV mis à jour (ci-joint).

Bonne journée,
Solveig
"""
add(msg(OFF, "savoietalents_marquisats_offer", "fr", "Hôtel Les Marquisats",
        "julien.mercier@savoietalents.example.fr",
        ("Julien Mercier – Savoie Talents", "julien.mercier@savoietalents.example.fr"),
        "Re: Poste aux Marquisats",
        "2026-09-15 11:47 +0200",
        text=_o3 + "\n" + wrote("fr", "jeu. 27 août 2026 à 09:14", "Solveig Marchetti-Dube",
                                CAND[1]) + "\n" + quote(_o3_q),
        name_ew=("utf-8", "Q"), tid="sav-6", re="sav-5"))

# ---------------------------------------------------------------- Alpenglück, contract PDF (de)
_o4 = """Liebe Frau Marchetti-Dube,

es freut uns sehr, Ihnen nach dem Hospitationstag die Stelle als Revenue Manager (m/w/d) in unserer Hotelgruppe anbieten zu können.

Anbei erhalten Sie Ihren Arbeitsvertrag in zweifacher Ausfertigung. Bitte unterschreiben Sie beide Exemplare und senden Sie uns eines bis zum 14. August zurück – gern auch eingescannt per E-Mail.

Eckdaten: Beginn 1. Oktober 2026, unbefristet, 52.000 € Jahresbrutto, 30 Urlaubstage, Dienstwohnung in Garmisch für die ersten sechs Monate.

Wir freuen uns auf Sie!

Herzliche Grüße
Sabine Wurzer
Leitung Personal · Alpenglück Hotelgruppe
Bahnhofstraße 41 · 82467 Garmisch-Partenkirchen
"""
add(msg(OFF, "alpengluck_arbeitsvertrag_pdf", "de", "Alpenglück Hotelgruppe", "s.wurzer@alpengluck.example.de",
        ("Sabine Wurzer", "s.wurzer@alpengluck.example.de"),
        "Ihr Arbeitsvertrag – Revenue Manager",
        "2026-07-31 11:02 +0200",
        text=_o4,
        att=[{"pdf": "Arbeitsvertrag_Marchetti-Dube.pdf",
              "title": "Arbeitsvertrag - Alpenglück Hotelgruppe",
              "lines": ["Arbeitnehmerin: Solveig Marchetti-Dube", "Position: Revenue Manager (m/w/d)",
                        "Beginn: 01.10.2026, unbefristet", "Bruttojahresgehalt: 52.000 EUR",
                        "Urlaub: 30 Arbeitstage"]}],
        subj_ew=("utf-8", "B"), tid="ag-3", re="ag-2"))

# ---------------------------------------------------------------- Brisa, oferta PDF (es)
_o5 = """Hola Solveig:

¡Enhorabuena! Tras las entrevistas, nos encantaría que te incorporaras a Brisa Mediterránea como Revenue Manager de nuestros dos hoteles de la Barceloneta.

Te adjuntamos la carta de oferta con las condiciones: contrato indefinido, 41.000 € brutos anuales más variable del 10 %, incorporación el 1 de septiembre y ayuda de reubicación de 2.000 €.

Nos gustaría tener tu respuesta antes del 20 de julio. Cualquier duda, llámame.

Un abrazo,
Marta Soler
Responsable de Selección · Brisa Mediterránea
Passeig Marítim 18, 08003 Barcelona
"""
_o5_q = """Hola Marta:

Muchas gracias a Pau y a ti por la entrevista del jueves. Me encantó conocer el proyecto de los dos hoteles de la Barceloneta.

Un saludo,
Solveig
"""
add(msg(OFF, "brisa_carta_oferta_pdf", "es", "Brisa Mediterránea", "marta.soler@brisamed.example.es",
        ("Marta Soler", "marta.soler@brisamed.example.es"),
        "Re: Gracias por la entrevista – carta de oferta",
        "2026-07-10 12:30 +0200",
        text=_o5 + "\n" + wrote("es", "mié, 1 jul 2026 a las 20:05", "Solveig Marchetti-Dube",
                                CAND[1]) + "\n" + quote(_o5_q),
        att=[{"pdf": "Carta_oferta_Brisa.pdf", "title": "Carta de oferta - Brisa Mediterranea",
              "lines": ["Candidata: Solveig Marchetti-Dube", "Puesto: Revenue Manager",
                        "Contrato indefinido", "Salario: 41.000 EUR brutos anuales + 10 % variable",
                        "Incorporación: 01/09/2026"]}],
        tid="br-5", re="br-4"))

# ---------------------------------------------------------------- Lumen Stays, offer letter + e-sign (en)
_o6 = """Hi Solveig,

It was great to speak this morning – as promised, here is your offer in writing.

We're delighted to offer you the role of Revenue Manager, France at Lumen Stays, based in our Lyon office with two remote days a week. Your offer letter is attached; the employment contract will follow separately for electronic signature.

Headline terms: permanent contract, €44,000 gross per year plus a 12% bonus target, start date 2 November 2026.

Let me know if you have any questions before signing.

Best,
Daniel Okafor
VP Revenue, Lumen Stays
"""
add(msg(OFF, "lumenstays_offer_letter", "en", "Lumen Stays", "daniel.okafor@lumenstays.example.com",
        ("Daniel Okafor", "daniel.okafor@lumenstays.example.com"),
        "Your offer from Lumen Stays",
        "2026-10-09 12:12 +0200",
        text=_o6, html=paras(_o6),
        att=[{"pdf": "Lumen_Stays_Offer_Letter.pdf", "title": "Offer Letter - Lumen Stays",
              "lines": ["Candidate: Solveig Marchetti-Dube", "Role: Revenue Manager, France",
                        "Location: Lyon (hybrid)", "Salary: EUR 44,000 + 12% bonus target",
                        "Start date: 2 November 2026"]}]))

# ---------------------------------------------------------------- agency, client wants to offer (en, forward)
_o7_new = """Hi Solveig,

Fantastic news – Castello Reale Hotels want to make you an offer for the Revenue Manager role in Turin! See Francesca's note below. I'll call you at lunchtime to go through the numbers before they send the formal letter.

Olivia
"""
_o7_fwd = """Hi Olivia,

We were all very impressed by Solveig on Friday. We'd like to offer her the Revenue Manager position for our two Turin properties, starting in November, at the top of the range we discussed. Could you sound her out before we issue the paperwork?

Thanks,
Francesca Vitale
HR Director, Castello Reale Hotels
"""
add(msg(OFF, "hospitalityhire_castello_offer", "en", "Castello Reale Hotels",
        "olivia.brandt@hospitalityhire.example.co.uk",
        ("Olivia Brandt", "olivia.brandt@hospitalityhire.example.co.uk"),
        "Fwd: Solveig Marchetti-Dube – offer",
        "2026-09-22 10:05 +0100",
        text=_o7_new + "\n" + forward_block("en", "Francesca Vitale <f.vitale@castelloreale.example.it>",
                                            "Tue, 22 Sept 2026 at 09:41",
                                            "Solveig Marchetti-Dube – offer",
                                            "Olivia Brandt <olivia.brandt@hospitalityhire.example.co.uk>",
                                            _o7_fwd)))

# ---------------------------------------------------------------- Confluence, contract for signature
_o8 = """Bonjour Solveig,

Je suis ravie de vous confirmer que nous souhaitons vous accueillir en tant que Revenue & Distribution Manager de Confluence Suites.

Votre contrat de travail (CDI, prise de poste le 1er octobre 2026) vient de vous être envoyé pour signature électronique : vous allez recevoir un e-mail séparé de notre plateforme de signature. La promesse d'embauche est également jointe à ce message pour vos archives.

Merci de signer le contrat sous huit jours. N'hésitez pas à m'appeler pour toute question.

Bien cordialement,
Nadia Benali
Responsable RH – Confluence Suites
46 quai Rambaud, 69002 Lyon
"""
add(msg(OFF, "confluence_contrat_signature", "fr", "Confluence Suites",
        "nadia.benali@confluencesuites.example.fr",
        ("Nadia Benali", "nadia.benali@confluencesuites.example.fr"),
        "Votre contrat – Revenue & Distribution Manager",
        "2026-08-28 16:40 +0200",
        text=_o8, html=outlook_html(mso(_o8)), cte="base64",
        att=[{"pdf": "Promesse_embauche_Confluence.pdf",
              "title": "Promesse d'embauche - Confluence Suites",
              "lines": ["Salariée : Solveig Marchetti-Dube",
                        "Poste : Revenue & Distribution Manager", "CDI - cadre",
                        "Prise de poste : 1er octobre 2026"]}],
        tid="cf-4", re="cf-3"))

# ---------------------------------------------------------------- Wendelstein, verbal follow-up (de)
_o9 = """Hallo Frau Marchetti-Dube,

wie telefonisch besprochen, möchten wir Ihnen die Position Revenue Manager für unsere drei Häuser in München und am Tegernsee anbieten.

Zur Zusammenfassung: unbefristete Festanstellung ab 1. September, 49.000 € brutto im Jahr, Jobticket und zwei Homeoffice-Tage pro Woche. Den Vertrag bereitet unsere Personalabteilung gerade vor.

Geben Sie mir bitte bis Mittwoch Bescheid, ob Sie zusagen möchten.

Beste Grüße
Michael Brandl
Geschäftsführer · Wendelstein Hotels
Maximilianstraße 17 · 80539 München
"""
_o9_q = """Sehr geehrter Herr Brandl,

anbei sende ich Ihnen meine Bewerbungsunterlagen für die ausgeschriebene Stelle als Revenue Manager (m/w/d).
"""
add(msg(OFF, "wendelstein_telefonisch", "de", "Wendelstein Hotels", "m.brandl@wendelstein-hotels.example.de",
        ("Michael Brandl", "m.brandl@wendelstein-hotels.example.de"),
        "Re: Bewerbung als Revenue Manager (m/w/d)",
        "2026-07-17 17:55 +0200",
        text=_o9 + "\n" + wrote("de", "Mi., 10. Juni 2026 um 08:12", "Solveig Marchetti-Dube",
                                CAND[1]) + "\n" + quote(_o9_q),
        tid="wen-2", re="wen-1"))

# ---------------------------------------------------------------- head-hunter, client unnamed offer
_o10 = """Chère Madame,

J'ai le plaisir de vous annoncer que mon client, le groupe hôtelier dont je vous ai présenté le projet lors de notre rendez-vous de septembre, souhaite vous faire une proposition pour le poste de Revenue Manager basé à Genève.

Les conditions envisagées : contrat à durée indéterminée, CHF 105 000 bruts annuels, 25 jours de vacances, prise de fonction au 1er janvier 2027.

Je vous propose d'en parler de vive voix demain ; la lettre d'engagement vous sera adressée directement par mon client une fois votre accord de principe obtenu.

Avec mes meilleures salutations,

Isabelle Rochat
Associée
Vallet & Rochat Executive Search
Rue du Rhône 61, 1204 Genève
+41 22 310 45 80

Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire.
"""
add(msg(OFF, "valletrochat_client_proposal", "fr", "Vallet & Rochat", "i.rochat@valletrochat.example.ch",
        ("Isabelle Rochat", "i.rochat@valletrochat.example.ch"),
        "Proposition de mon client – Revenue Manager Genève",
        "2026-10-20 18:10 +0200",
        text=_o10, html=outlook_html(mso(_o10)), cte="quoted-printable"))
