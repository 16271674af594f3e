"""Rejections of the threehundredsixteenth corpus (outside the main threads)."""

from __future__ import annotations

from msgs316_common import (
    CAND_SIG,
    CANDIDATE,
    DISCLAIMER_DE,
    DISCLAIMER_EN,
    DISCLAIMER_ES,
    DISCLAIMER_FR,
    page,
    sig,
)

KESTREL = "Yannick Weber <yannick.weber@kestrel.example.lu>"
EDRB = "Mathilde Ober <m.ober@rhinbleu.example.fr>"

MESSAGES = [
    # ------------------------------------------------------------------ French
    {
        "id": "rej_univ_jury",
        "kind": "rejection",
        "lang": "fr",
        "co": "Université Rhin-Moselle",
        "frm": "Florence Dassonville <florence.dassonville@unirm.example.fr>",
        "subj": "Suite de votre audition - poste de chargé(e) de communication scientifique",
        "date": "2026-05-12 16:05",
        "text": (
            "Madame,\n\n"
            "Vous avez été auditionnée le 5 mai dernier pour le poste de chargé(e) de "
            "communication scientifique (catégorie A, contrat de 3 ans) à la Direction de la "
            "communication de l'Université Rhin-Moselle.\n\n"
            "Nous avons le regret de vous informer que le jury n'a pas retenu votre "
            "candidature. La qualité des dossiers était particulièrement élevée cette "
            "année.\n\n"
            "Nous vous remercions de l'intérêt porté à notre établissement.\n\n"
            "Pour le Président et par délégation,\nLa Directrice des ressources humaines\n"
            "Florence Dassonville"
        ),
        "cs": "iso-8859-1",
        "cte": "qp",
    },
    {
        "id": "rej_hopital_interne",
        "kind": "rejection",
        "lang": "fr",
        "co": "Hôpital Saint-Aubert",
        "frm": "Hôpital Saint-Aubert <hopital-saint-aubert@taleo.net>",
        "sys": True,
        "subj": "Votre candidature - Chargé(e) de communication (F/H) - 2600318",
        "date": "2026-02-09 06:40",
        "tz": "utc",
        "henc": "b",
        "html": page(
            "Madame Vautrin,\n\n"
            "Nous vous remercions de votre candidature au poste de Chargé(e) de "
            "communication au sein de l'Hôpital Saint-Aubert.\n\n"
            "Nous vous informons que ce poste a été pourvu par une mobilité interne. Nous ne "
            "sommes donc pas en mesure de donner suite à votre candidature.\n\n"
            "Nous vous invitons à consulter régulièrement nos offres sur notre site carrières."
            "\n\nLa Direction des ressources humaines",
            "Ne pas répondre à ce courriel. Traitement de vos données : voir notre politique "
            "de confidentialité.",
            "#00843d",
        ),
        "cte": "b64",
    },
    {
        "id": "rej_umbge_gel",
        "kind": "rejection",
        "lang": "fr",
        "co": "Union des Métiers du Bois du Grand Est",
        "frm": "Hélène Marchal <h.marchal@umbge.example.fr>",
        "subj": "Poste de chargée de communication - gel du recrutement",
        "date": "2026-03-03 11:20",
        "text": (
            "Bonjour Madame Vautrin,\n\n"
            "Je reviens vers vous concernant votre candidature au poste de chargée de "
            "communication et d'événementiel de l'UMBGE.\n\n"
            "Notre conseil d'administration a décidé la semaine dernière de geler ce "
            "recrutement jusqu'à nouvel ordre, dans l'attente du vote de notre budget 2026. "
            "Nous ne pourrons donc pas poursuivre le processus avec vous, et j'en suis "
            "sincèrement désolée car votre profil nous intéressait.\n\n"
            "Si le poste devait rouvrir, je ne manquerai pas de vous recontacter.\n\n"
            "Bien cordialement,"
            + sig(
                "Hélène Marchal",
                "Secrétaire générale",
                "Union des Métiers du Bois du Grand Est",
                "17 boulevard de la Mothe - 54000 Nancy",
                "03 83 30 71 02",
            )
        ),
        "cs": "windows-1252",
        "cte": "8bit",
    },
    {
        "id": "rej_ardent_client",
        "kind": "rejection",
        "lang": "fr",
        "co": "Ardent Recrutement",
        "frm": "Julie Pommier <julie.pommier@ardent-recrutement.example.fr>",
        "subj": "Retour de notre client - poste de chargée de contenus",
        "date": "2026-03-17 18:52",
        "text": (
            "Bonjour Clémence,\n\n"
            "Comme promis, je vous fais un retour suite à la présentation de votre dossier à "
            "notre client (groupe de distribution, Strasbourg).\n\n"
            "Malheureusement, il a souhaité rencontrer en priorité des profils issus "
            "d'agences de communication, et votre candidature n'a pas été retenue pour les "
            "entretiens.\n\n"
            "Je garde votre CV dans notre vivier et vous recontacterai pour des postes plus "
            "proches de votre expérience éditoriale.\n\n"
            "Belle soirée,\nJulie Pommier\nConsultante - Ardent Recrutement\n"
            "06 18 44 27 50"
        ),
        "cte": "qp",
    },
    {
        "id": "rej_escapades_suspendu",
        "kind": "rejection",
        "lang": "fr",
        "co": "Escapades Vosgiennes",
        "frm": "Escapades Vosgiennes <ne-pas-repondre@escapades-vosgiennes.example.fr>",
        "sys": True,
        "rt": "Karine Thiriet <k.thiriet@escapades-vosgiennes.example.fr>",
        "subj": "Recrutement Chargé(e) de promotion numérique : processus interrompu",
        "date": "2026-04-29 09:45",
        "hcs": "iso-8859-1",
        "text": (
            "Madame,\n\n"
            "Suite à la réorganisation de nos offices de tourisme au 1er mai, le "
            "recrutement du poste de chargé(e) de promotion numérique est suspendu. Nous "
            "mettons fin au processus en cours et ne donnerons pas suite aux candidatures "
            "reçues, dont la vôtre.\n\n"
            "Pour toute question, vous pouvez répondre à ce message : il sera transmis à "
            "Karine Thiriet, responsable administrative.\n\n"
            "Escapades Vosgiennes - Office de tourisme intercommunal\n"
            "Place de la Gare, 88400 Gérardmer"
        ),
        "cs": "iso-8859-1",
        "cte": "8bit",
    },
    {
        "id": "rej_quillon_lever",
        "kind": "rejection",
        "lang": "fr",
        "co": "Quillon",
        "frm": "Quillon <no-reply@hire.lever.co>",
        "sys": True,
        "subj": "Votre candidature chez Quillon",
        "date": "2026-02-25 15:12",
        "tz": "ca",
        "text": (
            "Bonjour Clémence,\n\n"
            "Merci d'avoir pris le temps de postuler au poste de Content Marketing Lead chez "
            "Quillon (Paris). Nous avons examiné votre profil avec attention.\n\n"
            "Nous avons choisi d'avancer avec d'autres candidat·e·s dont l'expérience en "
            "marketing B2B SaaS correspond plus directement aux besoins actuels de "
            "l'équipe.\n\n"
            "Nous vous souhaitons le meilleur pour la suite de vos recherches.\n\n"
            "L'équipe Talent de Quillon"
        ),
        "html": page(
            "Bonjour Clémence,\n\n"
            "Merci d'avoir pris le temps de postuler au poste de Content Marketing Lead chez "
            "Quillon (Paris). Nous avons examiné votre profil avec attention.\n\n"
            "Nous avons choisi d'avancer avec d'autres candidat·e·s dont l'expérience en "
            "marketing B2B SaaS correspond plus directement aux besoins actuels de "
            "l'équipe.\n\n"
            "Nous vous souhaitons le meilleur pour la suite de vos recherches.\n\n"
            "L'équipe Talent de Quillon",
            "",
            "#ff5a36",
        ),
    },
    {
        "id": "rej_rhinbleu_thanks_own",
        "kind": "other",
        "lang": "fr",
        "frm": CANDIDATE,
        "to": EDRB,
        "subj": "Merci pour l'entretien de vendredi",
        "date": "2026-06-07 10:30",
        "text": (
            "Chère Madame Ober,\n\n"
            "Merci encore pour l'entretien de vendredi et pour la visite des ateliers. Le "
            "projet de magazine de marque que vous m'avez décrit m'enthousiasme vraiment.\n\n"
            "Bien à vous,\n" + CAND_SIG
        ),
        "cs": "iso-8859-1",
        "cte": "qp",
    },
    {
        "id": "rej_rhinbleu_after",
        "kind": "rejection",
        "lang": "fr",
        "co": "Éditions du Rhin Bleu",
        "frm": EDRB,
        "subj": "RE: Merci pour l'entretien de vendredi",
        "date": "2026-06-18 14:03",
        "parent": "rej_rhinbleu_thanks_own",
        "quote": "outlook",
        "text": (
            "Chère Clémence,\n\n"
            "Merci pour votre message, qui m'a fait très plaisir. Je dois malheureusement "
            "vous annoncer que nous avons retenu une autre candidate, déjà rompue à "
            "l'édition de magazines de marque.\n\n"
            "Ce fut un choix difficile entre deux très beaux profils. J'espère que nos "
            "chemins se recroiseront.\n\n"
            "Mathilde Ober\nDirectrice éditoriale\nÉditions du Rhin Bleu - Strasbourg"
        ),
        "cs": "iso-8859-1",
        "cte": "qp",
    },
    {
        "id": "rej_moselle_avenir",
        "kind": "rejection",
        "lang": "fr",
        "co": "Moselle Avenir",
        "frm": "Moselle Avenir <rh@moselle-avenir.example.fr>",
        "sys": "role",
        "subj": "Votre candidature spontanée",
        "date": "2026-01-22 12:00",
        "html": (
            '<html><body style="font-family:Georgia,serif">'
            "<p>Madame,</p>"
            "<p>Nous avons bien étudié votre candidature spontanée au sein de l'agence "
            "d'attractivité <b>Moselle Avenir</b> et nous vous en remercions.</p>"
            "<p>Nous ne disposons malheureusement d'aucun poste correspondant à votre profil "
            "à l'heure actuelle et ne pouvons y donner une suite favorable.</p>"
            "<p>Nous vous souhaitons une pleine réussite dans vos démarches.</p>"
            "<p>Le service des ressources humaines<br>Moselle Avenir - 2 rue du Pont-Moreau, "
            "Metz</p></body></html>\n"
        ),
        "cte": "qp",
    },
    {
        "id": "rej_ardennaise_smartr",
        "kind": "rejection",
        "lang": "fr",
        "co": "Banque Ardennaise",
        "frm": "Banque Ardennaise <mail@smartrecruiters.com>",
        "sys": True,
        "subj": "Banque Ardennaise - Chargé(e) de contenus éditoriaux",
        "date": "2026-05-26 09:30",
        "tz": "utc",
        "text": (
            "Bonjour Clémence,\n\n"
            "Merci pour votre candidature au poste de Chargé(e) de contenus éditoriaux à "
            "Luxembourg-Kirchberg et pour le temps consacré à notre questionnaire.\n\n"
            "Après un examen attentif, nous regrettons de vous informer que votre "
            "candidature ne sera pas retenue pour la suite du processus.\n\n"
            "Nous conserverons vos données pendant 24 mois, sauf opposition de votre part.\n\n"
            "Cordialement,\nL'équipe Recrutement - Banque Ardennaise"
        ),
        "cte": "b64",
    },
    {
        "id": "rej_ubel_ferme",
        "kind": "rejection",
        "lang": "fr",
        "co": "Union Belge des Entreprises de Logistique",
        "frm": "Pierre-Yves Delvaux <py.delvaux@ubel.example.be>",
        "subj": "Candidature - Responsable communication et affaires publiques",
        "date": "2026-07-08 17:31",
        "text": (
            "Madame Vautrin,\n\n"
            "Je vous remercie pour votre candidature et pour notre échange téléphonique du "
            "mois dernier.\n\n"
            "Je dois vous informer qu'à la suite de la fusion annoncée avec la fédération "
            "flamande, le poste de responsable communication ne sera finalement pas ouvert "
            "à Bruxelles. Nous clôturons donc la procédure sans recrutement.\n\n"
            "Recevez, Madame, mes salutations distinguées.\n\n"
            "Pierre-Yves Delvaux\nDirecteur général - UBEL\n"
            "Avenue de Tervueren 112, 1040 Bruxelles\n\n" + DISCLAIMER_FR
        ),
        "cs": "windows-1252",
        "cte": "qp",
    },
    {
        "id": "rej_mercure_clinique",
        "kind": "rejection",
        "lang": "fr",
        "co": "Clinique des Trois Rivières",
        "frm": "Olivia Marchetti <olivia@mercure-rh.example.fr>",
        "subj": "Clinique des Trois Rivières - décision",
        "date": "2026-08-27 11:58",
        "text": (
            "Bonjour Clémence,\n\n"
            "J'ai eu ce matin le retour de la Clinique des Trois Rivières après vos deux "
            "entretiens. La direction a finalement choisi une candidate interne au groupe, "
            "qui connaît déjà les établissements.\n\n"
            "Je sais que vous étiez très motivée et je suis navrée de ne pas avoir de "
            "meilleure nouvelle. Vos retours d'entretien étaient très bons, notamment sur la "
            "partie gestion de crise.\n\n"
            "À bientôt j'espère,\nOlivia Marchetti\nCabinet Mercure RH - Metz"
        ),
        "cs": "utf-8",
        "cte": "8bit",
    },
    {
        "id": "rej_ghel_icims",
        "kind": "rejection",
        "lang": "fr",
        "co": "Groupe Hospitalier Est-Lorraine",
        "frm": "Groupe Hospitalier Est-Lorraine <careers-noreply@icims.com>",
        "sys": True,
        "subj": "Mise à jour de votre candidature",
        "date": "2026-09-03 14:17",
        "tz": "us",
        "henc": "b",
        "html": page(
            "Bonjour Clémence,\n\n"
            "Merci d'avoir participé à l'entretien vidéo différé pour le poste de "
            "Chargé(e) de communication digitale.\n\n"
            "Nous avons le regret de vous annoncer que nous ne poursuivrons pas avec votre "
            "candidature. Ce retour ne remet pas en cause la qualité de votre parcours.\n\n"
            "Bien cordialement,\nDirection des ressources humaines\n"
            "Groupe Hospitalier Est-Lorraine",
            "Message automatique - merci de ne pas y répondre.",
            "#004b87",
        ),
        "cte": "qp",
    },
    {
        "id": "rej_plumepixel",
        "kind": "rejection",
        "lang": "fr",
        "co": "Plume & Pixel",
        "frm": "Plume & Pixel <plume-pixel@recruitee.com>",
        "sys": True,
        "rt": "Capucine Aubry <capucine@plumepixel.example.fr>",
        "subj": "Ta candidature chez Plume & Pixel",
        "date": "2026-01-30 19:10",
        "text": (
            "Hello Clémence,\n\n"
            "Merci pour ta candidature au poste de Rédactrice-conceptrice senior. On a "
            "adoré ton portfolio, mais on cherche quelqu'un qui a déjà piloté des comptes "
            "clients en agence, alors on ne va pas aller plus loin ensemble sur ce poste.\n\n"
            "Si tu as des questions, réponds simplement à ce mail, c'est moi qui le "
            "recevrai.\n\nCapucine, pour toute l'équipe Plume & Pixel"
        ),
        "cte": "qp",
    },
    # ------------------------------------------------------------------ English
    {
        "id": "rej_northgate_ashby",
        "kind": "rejection",
        "lang": "en",
        "co": "Northgate Analytics",
        "frm": "Northgate Analytics <no-reply@ashbyhq.com>",
        "sys": True,
        "subj": "Update on your application to Northgate Analytics",
        "date": "2026-03-11 16:44",
        "tz": "uk",
        "text": (
            "Hi Clémence,\n\n"
            "Thank you for applying for the Communications Specialist role in Brussels. "
            "After reviewing your application, we've decided not to move forward at this "
            "time.\n\n"
            "This wasn't an easy decision - we received a lot of strong applications. We'll "
            "keep your details on file and may reach out about future roles.\n\n"
            "All the best,\nNorthgate Analytics Recruiting"
        ),
        "html": page(
            "Hi Clémence,\n\n"
            "Thank you for applying for the Communications Specialist role in Brussels. "
            "After reviewing your application, we've decided not to move forward at this "
            "time.\n\n"
            "This wasn't an easy decision - we received a lot of strong applications. We'll "
            "keep your details on file and may reach out about future roles.\n\n"
            "All the best,\nNorthgate Analytics Recruiting",
            "",
            "#111111",
        ),
        "cte": "qp",
    },
    {
        "id": "rej_eurofreight_internal",
        "kind": "rejection",
        "lang": "en",
        "co": "EuroFreight Alliance",
        "frm": "Siobhan Keane <s.keane@eurofreight.example.be>",
        "subj": "Policy Communications Officer - outcome",
        "date": "2026-04-08 10:26",
        "text": (
            "Dear Ms Vautrin,\n\n"
            "Thank you for your interest in the Policy Communications Officer position at "
            "EuroFreight Alliance.\n\n"
            "I wanted to let you know personally that we have filled the role internally: a "
            "colleague from our policy team has moved across. We will therefore not be "
            "taking any external applications further.\n\n"
            "We were impressed by your writing samples and hope you will consider us again.\n\n"
            "Kind regards,\nSiobhan Keane\nHR & Office Manager\nEuroFreight Alliance\n"
            "Rue Belliard 40, 1040 Brussels\n\n" + DISCLAIMER_EN
        ),
        "cs": "iso-8859-1",
        "cte": "8bit",
    },
    {
        "id": "rej_halden_hold",
        "kind": "rejection",
        "lang": "en",
        "co": "Halden Energy Group",
        "frm": "Halden Energy Group <halden@myworkday.com>",
        "sys": True,
        "subj": "Your application: Internal Communications Lead (JR-5521)",
        "date": "2026-05-04 08:03",
        "tz": "utc",
        "text": (
            "Dear Clémence,\n\n"
            "We are writing to let you know that the Internal Communications Lead position "
            "(JR-5521, Luxembourg) has been put on hold following a review of our "
            "organisational priorities. As a result, we will not proceed with your "
            "application.\n\n"
            "We appreciate the time you invested and encourage you to apply for other "
            "opportunities on our careers site.\n\n"
            "Halden Energy Group Talent Acquisition"
        ),
        "cte": "7bit",
    },
    {
        "id": "rej_morrow_client",
        "kind": "rejection",
        "lang": "en",
        "co": "Morrow & Finch",
        "frm": "Oliver Hastings <oliver.hastings@morrowfinch.example.co.uk>",
        "subj": "Head of Content role - feedback",
        "date": "2026-06-02 13:15",
        "tz": "uk",
        "text": (
            "Hi Clémence,\n\n"
            "Quick update on the Head of Content role I put you forward for last week. "
            "Unfortunately my client has decided to proceed with a candidate who has more "
            "experience managing a team of writers, so they won't be inviting you to "
            "interview.\n\n"
            "I appreciate that's disappointing - I'll be in touch as soon as something more "
            "suitable comes up.\n\n"
            "Best wishes,\nOliver\n\nOliver Hastings | Principal Consultant\n"
            "Morrow & Finch Search | +44 20 7946 0321"
        ),
        "cte": "qp",
    },
    {
        "id": "rej_kestrel_thanks_own",
        "kind": "other",
        "lang": "en",
        "frm": CANDIDATE,
        "to": KESTREL,
        "subj": "Thank you - Brand Storyteller interview",
        "date": "2026-08-14 19:47",
        "text": (
            "Dear Yannick,\n\n"
            "Thank you for taking the time to meet me today, and please pass my thanks on "
            "to Anneke too. I really enjoyed discussing how Kestrel could tell its customer "
            "stories in a more journalistic way.\n\n"
            "Best regards,\nClémence Vautrin"
        ),
    },
    {
        "id": "rej_kestrel_final",
        "kind": "rejection",
        "lang": "en",
        "co": "Kestrel Software",
        "frm": KESTREL,
        "subj": "Re: Thank you - Brand Storyteller interview",
        "date": "2026-08-21 09:38",
        "parent": "rej_kestrel_thanks_own",
        "quote": "gmail",
        "text": (
            "Dear Clémence,\n\n"
            "Thanks for your kind note, and apologies for the wait. It was a genuinely close "
            "call, but we've offered the role to another candidate who has worked in "
            "software marketing before.\n\n"
            "I'd be happy to give you more detailed feedback on a short call if that would "
            "help.\n\nWarm regards,\nYannick Weber\nVP Marketing, Kestrel Software"
        ),
    },
    {
        "id": "rej_arbor_icims",
        "kind": "rejection",
        "lang": "en",
        "co": "Arbor Capital Bank",
        "frm": "Arbor Capital Bank Careers <arbor-noreply@icims.com>",
        "sys": True,
        "subj": "Your application with Arbor Capital Bank",
        "date": "2026-07-27 22:05",
        "tz": "us",
        "html": page(
            "Dear Clémence,\n\n"
            "Thank you for your interest in the Corporate Communications Associate position. "
            "After careful consideration, we have decided to move forward with candidates "
            "whose experience more closely matches the requirements of the role.\n\n"
            "We wish you every success in your search.\n\nArbor Capital Bank Talent "
            "Acquisition",
            "Please do not reply to this email. This mailbox is not monitored.",
            "#0a3d62",
        ),
        "cte": "b64",
    },
    # ------------------------------------------------------------------ German
    {
        "id": "rej_saarwerk_personio",
        "kind": "rejection",
        "lang": "de",
        "co": "Saarwerk Medien",
        "frm": "Saarwerk Medien <noreply@personio.de>",
        "sys": True,
        "subj": "Ihre Bewerbung bei Saarwerk Medien",
        "date": "2026-02-16 10:11",
        "henc": "q",
        "hcs": "iso-8859-1",
        "text": (
            "Sehr geehrte Frau Vautrin,\n\n"
            "vielen Dank für Ihr Interesse an der Position Content-Redakteur*in (m/w/d) und "
            "die Zeit, die Sie in Ihre Bewerbung investiert haben.\n\n"
            "Nach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir Ihre "
            "Bewerbung nicht weiter berücksichtigen können. Ausschlaggebend waren "
            "insbesondere die geforderten sehr guten Deutschkenntnisse auf "
            "Muttersprachniveau.\n\n"
            "Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.\n\n"
            "Freundliche Grüße\nIhr Saarwerk-Medien-Team"
        ),
        "cs": "iso-8859-1",
        "cte": "qp",
    },
    {
        "id": "rej_brennecke",
        "kind": "rejection",
        "lang": "de",
        "co": "Brennecke Antriebstechnik",
        "frm": "Brennecke Antriebstechnik <brennecke@successfactors.eu>",
        "sys": True,
        "rt": "Jana Kowalski <jana.kowalski@brennecke.example.de>",
        "subj": "Absage: Referentin Interne Kommunikation (Job-ID 88410)",
        "date": "2026-06-11 11:30",
        "tz": "utc",
        "text": (
            "Sehr geehrte Frau Vautrin,\n\n"
            "herzlichen Dank für Ihre Bewerbung und das Interesse an Brennecke. Leider "
            "müssen wir Ihnen mitteilen, dass wir uns für andere Kandidatinnen und "
            "Kandidaten entschieden haben, deren Profil unseren Anforderungen noch näher "
            "kommt.\n\n"
            "Bei Fragen wenden Sie sich gern an Ihre Ansprechpartnerin Jana Kowalski.\n\n"
            "Mit freundlichen Grüßen\nBrennecke Antriebstechnik GmbH & Co. KG\n"
            "Personalabteilung, Saarlouis\n\n" + DISCLAIMER_DE
        ),
        "cte": "b64",
    },
    {
        "id": "rej_vsz_intern",
        "kind": "rejection",
        "lang": "de",
        "co": "Verband der Saarländischen Zulieferindustrie",
        "frm": "Markus Feld <feld@vsz-saar.example.de>",
        "subj": "Ihre Bewerbung als Pressereferentin",
        "date": "2026-07-30 14:55",
        "text": (
            "Sehr geehrte Frau Vautrin,\n\n"
            "ich danke Ihnen für Ihre Bewerbung als Pressereferentin unseres Verbandes. Wir "
            "haben die Stelle inzwischen mit einer Kollegin aus dem eigenen Haus besetzt, "
            "die bisher in der Mitgliederbetreuung tätig war.\n\n"
            "Ich bedaure, Ihnen keine andere Nachricht geben zu können, und wünsche Ihnen "
            "viel Erfolg.\n\n"
            "Mit freundlichen Grüßen\nMarkus Feld\nGeschäftsführer\n"
            "VSZ - Verband der Saarländischen Zulieferindustrie e.V.\n"
            "Europaallee 18, 66113 Saarbrücken"
        ),
        "cs": "windows-1252",
        "cte": "8bit",
    },
    {
        "id": "rej_hsm_verfahren",
        "kind": "rejection",
        "lang": "de",
        "co": "Hochschule Saar-Mosel",
        "frm": "Sabine Hartung <s.hartung@hs-saarmosel.example.de>",
        "subj": "Ausschreibung 14/2026 - Einstellung des Verfahrens",
        "date": "2026-09-10 08:20",
        "henc": "b",
        "text": (
            "Sehr geehrte Frau Vautrin,\n\n"
            "die ausgeschriebene Stelle einer Referentin bzw. eines Referenten für "
            "Wissenschaftskommunikation (Kennziffer 14/2026) wird aus haushaltsrechtlichen "
            "Gründen nicht besetzt. Das Auswahlverfahren ist damit beendet.\n\n"
            "Ihre Bewerbungsunterlagen werden nach Ablauf der gesetzlichen Fristen gelöscht."
            "\n\nMit freundlichen Grüßen\nIm Auftrag\nSabine Hartung\nPersonalabteilung"
        ),
        "cte": "qp",
    },
    # ------------------------------------------------------------------ Spanish
    {
        "id": "rej_datacanto_tt",
        "kind": "rejection",
        "lang": "es",
        "co": "Datacanto",
        "frm": "Datacanto <no-reply@teamtailor-mail.com>",
        "sys": True,
        "subj": "Tu candidatura para Content Marketing Specialist",
        "date": "2026-03-25 12:31",
        "tz": "utc",
        "html": page(
            "Hola Clémence:\n\n"
            "Muchas gracias por tu interés en Datacanto y por el tiempo dedicado a tu "
            "candidatura.\n\n"
            "Hemos revisado tu perfil con atención y, por desgracia, hemos decidido seguir "
            "adelante con otras personas cuya experiencia encaja mejor con lo que buscamos "
            "ahora mismo.\n\n"
            "¡Te deseamos mucha suerte!\nEl equipo de Datacanto",
            "Enviado con Teamtailor",
            "#e4572e",
        ),
        "cte": "qp",
    },
    {
        "id": "rej_alcantara_cubierto",
        "kind": "rejection",
        "lang": "es",
        "co": "Grupo Alcántara Industrial",
        "frm": "Lucía Ferrándiz <lferrandiz@alcantara.example.es>",
        "subj": "Proceso de selección Responsable de Comunicación Corporativa",
        "date": "2026-04-16 18:04",
        "hcs": "iso-8859-1",
        "henc": "q",
        "text": (
            "Estimada Sra. Vautrin:\n\n"
            "Le agradecemos su interés en formar parte del Grupo Alcántara. Le informamos de "
            "que la posición de Responsable de Comunicación Corporativa ya ha sido cubierta, "
            "por lo que no podemos continuar con su candidatura.\n\n"
            "Guardaremos su currículum para futuras vacantes, salvo que nos indique lo "
            "contrario.\n\n"
            "Reciba un cordial saludo,\nLucía Ferrándiz\nDepartamento de Personas\n"
            "Grupo Alcántara Industrial S.A.\nCalle de Alcalá 300, 28027 Madrid\n\n" + DISCLAIMER_ES
        ),
        "cs": "iso-8859-1",
        "cte": "qp",
    },
    {
        "id": "rej_castizo_nubeluz",
        "kind": "rejection",
        "lang": "es",
        "co": "Editorial Nubeluz",
        "frm": "Marta Ibarra <marta.ibarra@talentocastizo.example.es>",
        "subj": "Editorial Nubeluz: novedades",
        "date": "2026-07-02 10:10",
        "text": (
            "Hola Clémence:\n\n"
            "Te escribo con noticias de Editorial Nubeluz. Tras la segunda entrevista, el "
            "cliente ha decidido no seguir adelante con tu candidatura: buscan a alguien con "
            "un conocimiento más profundo del mercado editorial español.\n\n"
            "Me dijeron que les encantó tu presentación, así que no lo tomes como algo "
            "personal. Seguimos en contacto para otros procesos.\n\n"
            "Un abrazo,\nMarta Ibarra\nTalento Castizo Consultores"
        ),
        "cs": "windows-1252",
        "cte": "8bit",
    },
    {
        "id": "rej_jarama_desierta",
        "kind": "rejection",
        "lang": "es",
        "co": "Universidad del Jarama",
        "frm": "Universidad del Jarama - Servicio de Personal"
        " <noreply.personal@ujarama.example.es>",
        "sys": True,
        "subj": "Resolución: plaza de Técnico de Comunicación (ref. PAS-C-07/26)",
        "date": "2026-09-22 13:00",
        "henc": "b",
        "text": (
            "Estimada candidata:\n\n"
            "Le comunicamos que, por resolución del Rectorado de fecha 21 de septiembre, la "
            "convocatoria de la plaza de Técnico de Comunicación (ref. PAS-C-07/26) ha sido "
            "anulada y el proceso queda cerrado sin adjudicación. No se realizarán más "
            "pruebas.\n\n"
            "Atentamente,\nServicio de Personal de Administración y Servicios\n"
            "Universidad del Jarama"
        ),
        "cte": "b64",
    },
]
