"""Interview invitations, moved/cancelled interviews and missed-interview notices of the
threehundredsixteenth corpus (outside the main threads)."""

from __future__ import annotations

from msgs316_common import DISCLAIMER_DE, DISCLAIMER_EN, DISCLAIMER_FR, page, sig

UNIRM = "Florence Dassonville <florence.dassonville@unirm.example.fr>"
STRASEV = "Yasmina Haddad <y.haddad@strasbourg-evenements.example.fr>"
FEDEB = "Charles Vigneron <c.vigneron@fedebeton-ge.example.fr>"
CSPH = "Nadège Colin <nadege.colin@caisse-solidaire.example.fr>"
OPAL = "Baptiste Lenoir <baptiste.lenoir@opaline.example.fr>"
MERCURE = "Olivia Marchetti <olivia@mercure-rh.example.fr>"
MERIDIAN = "Priya Raman <priya.raman@meridiantrade.example.be>"
MORROW = "Oliver Hastings <oliver.hastings@morrowfinch.example.co.uk>"
SWK = "Till Brandauer <t.brandauer@stadtwerke-kerlingen.example.de>"
RBW = "Corinna Zahn <corinna.zahn@regionalbank-westpfalz.example.de>"
THSA = "Ole Martens <martens@theater-saarufer.example.de>"
HENARES = "Álvaro Quesada <aquesada@cajahenares.example.es>"
ARNICHES = "Irene Soto <irene.soto@teatroarniches.example.es>"
CASTIZO = "Marta Ibarra <marta.ibarra@talentocastizo.example.es>"
KESTREL = "Yannick Weber <yannick.weber@kestrel.example.lu>"

MESSAGES = [
    # ================================================================ invitations (fr)
    {
        "id": "inv_unirm_audition",
        "kind": "interview_invitation",
        "lang": "fr",
        "co": "Université Rhin-Moselle",
        "frm": UNIRM,
        "subj": "Convocation à l'audition - chargé(e) de communication scientifique",
        "date": "2026-04-17 10:02",
        "text": (
            "Madame,\n\n"
            "J'ai le plaisir de vous informer que votre candidature a été retenue par la "
            "commission de sélection. Vous êtes convoquée à une audition le mardi 28 avril "
            "2026 à 14h30, bâtiment Le Patio, salle 3.12, 22 rue René Descartes à "
            "Strasbourg.\n\n"
            "L'audition (30 minutes) débutera par une présentation de 10 minutes de votre "
            "parcours et de votre vision de la communication scientifique. Vous trouverez "
            "la convocation officielle en pièce jointe.\n\n"
            "Merci d'accuser réception de ce courriel.\n\n"
            "Florence Dassonville\nDirectrice des ressources humaines\n"
            "Université Rhin-Moselle"
        ),
        "att": [
            (
                "Convocation_audition_Vautrin.pdf",
                [
                    "UNIVERSITE RHIN-MOSELLE - Direction des ressources humaines",
                    "Convocation a une audition",
                    "Madame Clemence Vautrin",
                    "Mardi 28 avril 2026, 14h30 - Le Patio, salle 3.12",
                ],
            )
        ],
        "cs": "iso-8859-1",
        "cte": "qp",
    },
    {
        "id": "inv_mercure_clinique",
        "kind": "interview_invitation",
        "lang": "fr",
        "co": "Clinique des Trois Rivières",
        "frm": MERCURE,
        "subj": "Entretien avec la Clinique des Trois Rivières",
        "date": "2026-07-28 09:14",
        "text": (
            "Bonjour Clémence,\n\n"
            "J'ai le plaisir de vous annoncer que la Clinique des Trois Rivières souhaite "
            "vous rencontrer pour le poste de responsable communication et relations "
            "usagers.\n\n"
            "Premier entretien en visio avec la DRH, Mme Sandrine Kuhn, le lundi 3 août à "
            "10h (lien Teams ci-dessous).\n"
            "https://teams.example.com/l/meetup-join/trois-rivieres-0803\n\n"
            "Je vous appelle cet après-midi pour préparer l'échange.\n\n"
            "Olivia Marchetti\nCabinet Mercure RH - 9 place Saint-Louis, 57000 Metz\n"
            "06 33 81 20 47"
        ),
        "cte": "8bit",
    },
    {
        "id": "inv_ardent_qualif",
        "kind": "interview_invitation",
        "lang": "fr",
        "co": "Ardent Recrutement",
        "frm": "Julie Pommier <julie.pommier@ardent-recrutement.example.fr>",
        "subj": "Échange téléphonique - poste de chargée de contenus",
        "date": "2026-03-05 08:55",
        "henc": "b",
        "text": (
            "Bonjour Clémence,\n\n"
            "Votre candidature a retenu mon attention pour un poste de chargée de contenus "
            "que je recrute pour un client confidentiel à Strasbourg.\n\n"
            "Auriez-vous 20 minutes pour un premier échange téléphonique demain, vendredi 6 "
            "mars, à 12h30 ou à 17h ? Je vous présenterai le poste et le contexte.\n\n"
            "Belle journée,\nJulie Pommier\nConsultante - Ardent Recrutement"
        ),
        "cte": "qp",
    },
    {
        "id": "inv_strasev_ac",
        "kind": "interview_invitation",
        "lang": "fr",
        "co": "Strasbourg Événements",
        "frm": STRASEV,
        "subj": "Invitation à notre journée d'évaluation du 9 juin",
        "date": "2026-05-27 15:40",
        "text": (
            "Madame Vautrin,\n\n"
            "Suite à l'examen de votre dossier, nous avons le plaisir de vous inviter à la "
            "journée d'évaluation organisée pour le poste de chargé(e) de communication du "
            "bureau des congrès, le mardi 9 juin de 9h00 à 16h30 au Palais de la Musique et "
            "des Congrès.\n\n"
            "Au programme : mise en situation rédactionnelle (communiqué de presse en temps "
            "limité), exercice de groupe, puis entretien individuel. Le déjeuner est offert."
            "\n\nMerci de confirmer votre venue avant le 3 juin.\n\n"
            "Yasmina Haddad\nResponsable RH - Strasbourg Événements\n\n" + DISCLAIMER_FR
        ),
        "html": page(
            "Madame Vautrin,\n\n"
            "Suite à l'examen de votre dossier, nous avons le plaisir de vous inviter à la "
            "journée d'évaluation organisée pour le poste de chargé(e) de communication du "
            "bureau des congrès, le mardi 9 juin de 9h00 à 16h30 au Palais de la Musique et "
            "des Congrès.\n\n"
            "Au programme : mise en situation rédactionnelle (communiqué de presse en temps "
            "limité), exercice de groupe, puis entretien individuel. Le déjeuner est offert."
            "\n\nMerci de confirmer votre venue avant le 3 juin.\n\n"
            "Yasmina Haddad\nResponsable RH - Strasbourg Événements",
            DISCLAIMER_FR,
            "#c8102e",
        ),
        "cte": "qp",
    },
    {
        "id": "inv_opaline_workable",
        "kind": "interview_invitation",
        "lang": "fr",
        "co": "Opaline Logiciels",
        "frm": "Baptiste Lenoir - Opaline Logiciels <notifications@workablemail.com>",
        "sys": True,
        "rt": OPAL,
        "subj": "Opaline Logiciels : réservez votre entretien vidéo",
        "date": "2026-08-31 11:03",
        "tz": "utc",
        "text": (
            "Bonjour Clémence,\n\n"
            "Merci pour votre candidature au poste de Responsable contenu & marque chez "
            "Opaline Logiciels (Nancy). Nous aimerions poursuivre avec un entretien vidéo "
            "de 45 minutes avec Baptiste Lenoir, directeur marketing.\n\n"
            "Choisissez le créneau qui vous convient :\n"
            "https://apply.workable.com/opaline/schedule/8c2d1e\n\n"
            "À très vite,\nL'équipe Opaline Logiciels"
        ),
        "html": page(
            "Bonjour Clémence,\n\n"
            "Merci pour votre candidature au poste de Responsable contenu & marque chez "
            "Opaline Logiciels (Nancy). Nous aimerions poursuivre avec un entretien vidéo "
            "de 45 minutes avec Baptiste Lenoir, directeur marketing.\n\n"
            "Choisissez le créneau qui vous convient :\n"
            "https://apply.workable.com/opaline/schedule/8c2d1e\n\n"
            "À très vite,\nL'équipe Opaline Logiciels",
            "Envoyé via Workable",
            "#2b7de9",
        ),
    },
    {
        "id": "inv_fedebeton",
        "kind": "interview_invitation",
        "lang": "fr",
        "co": "FédéBéton Grand Est",
        "frm": FEDEB,
        "subj": "Entretien - chargée de communication et affaires publiques",
        "date": "2026-02-11 17:22",
        "text": (
            "Madame,\n\n"
            "Je fais suite à votre candidature. Je vous propose de venir nous rencontrer le "
            "jeudi 19 février à 10h à notre siège, 3 rue de Saurupt à Nancy.\n\n"
            "L'entretien se déroulera avec moi-même et notre présidente, Mme Guerlain. "
            "Vous trouverez l'invitation en pièce jointe.\n\n"
            "Bien à vous,"
            + sig(
                "Charles Vigneron",
                "Délégué général",
                "FédéBéton Grand Est",
                "3 rue de Saurupt - 54000 Nancy",
                "03 83 27 60 18",
            )
        ),
        "ics": {
            "uid": "fdb-rdv-2026-02-19@fedebeton-ge.example.fr",
            "seq": 0,
            "start": "20260219T100000",
            "end": "20260219T110000",
            "summary": "Entretien C. Vautrin",
            "location": "FédéBéton, 3 rue de Saurupt, Nancy",
            "organizer": FEDEB,
            "prodid": "-//Microsoft Corporation//Outlook 16.0//FR",
        },
        "cs": "windows-1252",
        "cte": "qp",
    },
    {
        "id": "inv_ghel_video",
        "kind": "interview_invitation",
        "lang": "fr",
        "co": "Groupe Hospitalier Est-Lorraine",
        "frm": "Groupe Hospitalier Est-Lorraine <careers-noreply@icims.com>",
        "sys": True,
        "subj": "Étape suivante : entretien vidéo différé",
        "date": "2026-08-20 05:30",
        "tz": "us",
        "text": (
            "Bonjour Clémence,\n\n"
            "Votre candidature au poste de Chargé(e) de communication digitale passe à "
            "l'étape suivante. Nous vous invitons à enregistrer un entretien vidéo différé "
            "(trois questions, deux minutes de réponse chacune) avant le 27 août.\n\n"
            "Accéder à l'entretien : https://ghel.icims.com/jobs/4471/video-interview\n\n"
            "Direction des ressources humaines\nGroupe Hospitalier Est-Lorraine"
        ),
        "cte": "b64",
    },
    {
        "id": "inv_csph_immersion",
        "kind": "interview_invitation",
        "lang": "fr",
        "co": "Caisse Solidaire du Pays-Haut",
        "frm": CSPH,
        "subj": "Proposition d'une demi-journée d'immersion",
        "date": "2026-05-06 14:48",
        "text": (
            "Bonjour Clémence,\n\n"
            "Suite à notre entretien, nous souhaiterions vous proposer une demi-journée "
            "d'immersion au sein du service communication, le jeudi 21 mai de 9h à 12h30, "
            "à notre siège de Longwy. Ce sera l'occasion de rencontrer l'équipe et de "
            "travailler sur un cas concret : la newsletter sociétaires de juin.\n\n"
            "Pouvez-vous me dire si cette date vous convient ?\n\n"
            "Cordialement,\nNadège Colin\nResponsable RH\nCaisse Solidaire du Pays-Haut\n"
            "1 place Darche, 54400 Longwy"
        ),
        "cs": "iso-8859-1",
        "cte": "8bit",
    },
    # ================================================================ invitations (en)
    {
        "id": "inv_meridian_lever",
        "kind": "interview_invitation",
        "lang": "en",
        "co": "Meridian Trade Council",
        "frm": "Priya Raman via Lever <no-reply@hire.lever.co>",
        "sys": True,
        "rt": MERIDIAN,
        "subj": "Interview invitation - Communications Manager, Meridian Trade Council",
        "date": "2026-02-18 15:05",
        "tz": "uk",
        "text": (
            "Dear Clémence,\n\n"
            "Thank you for your application. We'd like to invite you to a panel interview "
            "for the Communications Manager role on Tuesday 3 March at 14:00 CET, at our "
            "office (Rue de la Loi 81, Brussels). The panel will include our Secretary "
            "General and the Head of Policy.\n\n"
            "Please reply to confirm, and let us know if you need any adjustments.\n\n"
            "Kind regards,\nPriya Raman\nPeople & Operations, Meridian Trade Council\n\n"
            + DISCLAIMER_EN
        ),
        "ics": {
            "uid": "lever-meridian-panel-5521@lever.co",
            "seq": 0,
            "tzid": "Europe/Brussels",
            "start": "20260303T140000",
            "end": "20260303T150000",
            "summary": "Panel interview: Clémence Vautrin",
            "location": "Rue de la Loi 81, Brussels",
            "organizer": MERIDIAN,
            "prodid": "-//Lever//Interview Scheduler//EN",
        },
        "cte": "qp",
    },
    {
        "id": "inv_kestrel_bamboo",
        "kind": "interview_invitation",
        "lang": "en",
        "co": "Kestrel Software",
        "frm": "Yannick from Kestrel Software <notifications@bamboohr.com>",
        "sys": True,
        "rt": KESTREL,
        "subj": "Interview request: Brand Storyteller at Kestrel Software",
        "date": "2026-08-04 13:20",
        "tz": "ca",
        "html": page(
            "Hi Clémence,\n\n"
            "Yannick Weber has requested an interview with you for the Brand Storyteller "
            "position.\n\n"
            "When: Friday, August 14, 2026, 15:00 - 16:00 (Luxembourg time)\n"
            "Where: Kestrel Software, 3 avenue John F. Kennedy, Luxembourg\n\n"
            "Reply to this email to confirm or suggest another time.",
            "Sent by BambooHR on behalf of Kestrel Software",
            "#73c41d",
        ),
        "cte": "qp",
    },
    {
        "id": "inv_morrow_caldera",
        "kind": "interview_invitation",
        "lang": "en",
        "co": "Caldera Pharma",
        "frm": MORROW,
        "subj": "Caldera Pharma would like to meet you",
        "date": "2026-09-08 12:12",
        "tz": "uk",
        "text": (
            "Hi Clémence,\n\n"
            "Great news - Caldera Pharma liked your profile for the Internal Communications "
            "Manager role in Strasbourg and would like a first interview by video with "
            "their Head of Corporate Affairs, Dr. Ines Vogt.\n\n"
            "They've offered Wednesday 16 September at 09:30 or Thursday 17 at 14:00. Let "
            "me know which works and I'll lock it in.\n\n"
            "Cheers,\nOliver\nMorrow & Finch Search"
        ),
    },
    # ================================================================ invitations (de)
    {
        "id": "inv_swk_personio",
        "kind": "interview_invitation",
        "lang": "de",
        "co": "Stadtwerke Kerlingen",
        "frm": "Stadtwerke Kerlingen <noreply@personio.de>",
        "sys": True,
        "rt": SWK,
        "subj": "Einladung zum Telefoninterview",
        "date": "2026-01-20 09:48",
        "text": (
            "Sehr geehrte Frau Vautrin,\n\n"
            "vielen Dank für Ihre Bewerbung als Referent*in Presse- und "
            "Öffentlichkeitsarbeit. Wir möchten Sie gern näher kennenlernen und laden Sie "
            "zu einem Telefoninterview am Dienstag, 27. Januar 2026, um 11:00 Uhr ein. Herr "
            "Brandauer ruft Sie unter der angegebenen Nummer an.\n\n"
            "Bitte bestätigen Sie den Termin, indem Sie auf diese E-Mail antworten.\n\n"
            "Mit freundlichen Grüßen\nTill Brandauer\nLeitung Kommunikation\n"
            "Stadtwerke Kerlingen GmbH"
        ),
        "cs": "iso-8859-1",
        "cte": "qp",
    },
    {
        "id": "inv_rbw_ac",
        "kind": "interview_invitation",
        "lang": "de",
        "co": "Regionalbank Westpfalz",
        "frm": RBW,
        "subj": "Einladung zum Assessment-Center am 22. April",
        "date": "2026-04-01 10:30",
        "henc": "b",
        "text": (
            "Sehr geehrte Frau Vautrin,\n\n"
            "wir freuen uns, Sie zu unserem eintägigen Assessment-Center für die Position "
            "Referentin Content & Social Media einzuladen. Es findet am Mittwoch, 22. April "
            "2026, von 8:30 bis 16:00 Uhr in unserer Hauptstelle in Kaiserslautern statt.\n\n"
            "Den Ablaufplan und eine Anfahrtsbeschreibung finden Sie im Anhang.\n\n"
            "Mit freundlichen Grüßen\nCorinna Zahn\nPersonalentwicklung\n"
            "Regionalbank Westpfalz eG\n\n" + DISCLAIMER_DE
        ),
        "att": [
            (
                "Ablaufplan_AC_22042026.pdf",
                [
                    "Regionalbank Westpfalz - Assessment-Center",
                    "22.04.2026, 8:30 - 16:00 Uhr",
                    "Gruppenuebung, Praesentation, Interview",
                ],
            )
        ],
        "cte": "qp",
    },
    {
        "id": "inv_thsa_probetag",
        "kind": "interview_invitation",
        "lang": "de",
        "co": "Theater am Saarufer",
        "frm": THSA,
        "subj": "Probearbeitstag in der Dramaturgie/Presse",
        "date": "2026-06-24 16:10",
        "text": (
            "Liebe Frau Vautrin,\n\n"
            "danke für das nette Gespräch letzte Woche! Wie besprochen würden wir Sie gern "
            "zu einem Probearbeitstag einladen: Montag, 6. Juli, ab 10 Uhr. Sie schreiben "
            "mit uns den Pressetext für die Spielzeiteröffnung und sind nachmittags bei der "
            "Bauprobe dabei.\n\n"
            "Passt Ihnen das?\n\nHerzliche Grüße\nOle Martens\nPressesprecher\n"
            "Theater am Saarufer"
        ),
        "cs": "utf-8",
        "cte": "8bit",
    },
    # ================================================================ invitations (es)
    {
        "id": "inv_henares_video",
        "kind": "interview_invitation",
        "lang": "es",
        "co": "Caja Henares",
        "frm": HENARES,
        "subj": "Entrevista por videollamada - Técnico/a de Comunicación Interna",
        "date": "2026-02-04 11:11",
        "hcs": "iso-8859-1",
        "henc": "b",
        "text": (
            "Estimada Clémence:\n\n"
            "Nos ha interesado mucho su perfil y nos gustaría mantener una entrevista por "
            "videollamada el martes 10 de febrero a las 16:00 (hora peninsular). Durará unos "
            "40 minutos y participará también nuestra directora de Comunicación.\n\n"
            "Le enviaremos el enlace de Zoom el mismo día. ¿Podría confirmarnos su "
            "disponibilidad?\n\n"
            "Un cordial saludo,\nÁlvaro Quesada\nSelección y Desarrollo - Caja Henares\n"
            "Alcalá de Henares"
        ),
        "cs": "iso-8859-1",
        "cte": "qp",
    },
    {
        "id": "inv_arniches_prueba",
        "kind": "interview_invitation",
        "lang": "es",
        "co": "Teatro Arniches",
        "frm": ARNICHES,
        "subj": "¿Te vienes a una jornada de prueba?",
        "date": "2026-09-15 19:30",
        "text": (
            "¡Hola Clémence!\n\n"
            "Nos encantó hablar contigo. Queremos proponerte una jornada de prueba en el "
            "departamento de comunicación el lunes 21 de septiembre, de 10:00 a 15:00, en el "
            "teatro (calle del Ave María 14). Trabajarías con nosotras en la campaña de la "
            "nueva temporada.\n\n"
            "Dime si te cuadra y te mando los detalles.\n\nIrene Soto\n"
            "Jefa de Prensa y Comunicación - Teatro Arniches"
        ),
        "cs": "utf-8",
        "cte": "8bit",
    },
    {
        "id": "inv_castizo_nubeluz",
        "kind": "interview_invitation",
        "lang": "es",
        "co": "Editorial Nubeluz",
        "frm": CASTIZO,
        "subj": "Primera entrevista con Editorial Nubeluz",
        "date": "2026-06-10 09:25",
        "text": (
            "Hola Clémence:\n\n"
            "Editorial Nubeluz quiere conocerte para el puesto de responsable de marketing "
            "de contenidos. La entrevista será el miércoles 17 de junio a las 11:00 en sus "
            "oficinas de la calle Fuencarral 88, con la directora editorial y el director de "
            "marketing.\n\n"
            "Te adjunto la descripción del puesto para que la prepares.\n\n"
            "Un saludo,\nMarta Ibarra\nTalento Castizo Consultores - Madrid"
        ),
        "att": [
            (
                "Nubeluz_descripcion_puesto.pdf",
                [
                    "Editorial Nubeluz - Responsable de marketing de contenidos",
                    "Entrevista: 17 de junio de 2026, 11:00",
                    "Calle Fuencarral 88, Madrid",
                ],
            )
        ],
        "cs": "windows-1252",
        "cte": "qp",
    },
    # ================================================================ moved / cancelled
    {
        "id": "mov_unirm_report",
        "kind": "interview_reschedule_or_cancel",
        "lang": "fr",
        "co": "Université Rhin-Moselle",
        "frm": UNIRM,
        "parent": "inv_unirm_audition",
        "subj": "Report de votre audition du 28 avril",
        "date": "2026-04-22 08:41",
        "text": (
            "Madame,\n\n"
            "En raison d'un mouvement social affectant les transports et l'accès au campus, "
            "les auditions prévues le 28 avril sont reportées au mardi 5 mai 2026, aux "
            "mêmes horaires et dans la même salle.\n\n"
            "Nous vous prions de nous excuser pour ce changement et vous remercions de nous "
            "confirmer votre disponibilité.\n\n"
            "Florence Dassonville"
        ),
        "cs": "iso-8859-1",
        "cte": "qp",
    },
    {
        "id": "mov_strasev_report",
        "kind": "interview_reschedule_or_cancel",
        "lang": "fr",
        "co": "Strasbourg Événements",
        "frm": STRASEV,
        "subj": "Journée d'évaluation du 9 juin : report",
        "date": "2026-06-04 12:16",
        "text": (
            "Madame Vautrin,\n\n"
            "Nous sommes contraints de reporter la journée d'évaluation prévue le 9 juin, "
            "le Palais étant réquisitionné pour un congrès international. Une nouvelle date "
            "vous sera communiquée d'ici la fin du mois.\n\n"
            "Merci de votre compréhension,\nYasmina Haddad\nStrasbourg Événements"
        ),
        "cte": "qp",
    },
    {
        "id": "mov_fedebeton_cancel",
        "kind": "interview_reschedule_or_cancel",
        "lang": "fr",
        "co": "FédéBéton Grand Est",
        "frm": FEDEB,
        "parent": "inv_fedebeton",
        "subj": "Annulé: Entretien C. Vautrin",
        "date": "2026-02-17 19:05",
        "text": (
            "Madame,\n\n"
            "Notre présidente ne pourra finalement pas être présente jeudi. Je préfère donc "
            "annuler notre rendez-vous du 19 février et vous en proposer un nouveau "
            "rapidement, afin que vous puissiez la rencontrer.\n\n"
            "Je reviens vers vous d'ici vendredi.\n\nCharles Vigneron"
        ),
        "ics": {
            "uid": "fdb-rdv-2026-02-19@fedebeton-ge.example.fr",
            "seq": 1,
            "method": "CANCEL",
            "start": "20260219T100000",
            "end": "20260219T110000",
            "summary": "Entretien C. Vautrin",
            "location": "FédéBéton, 3 rue de Saurupt, Nancy",
            "organizer": FEDEB,
            "prodid": "-//Microsoft Corporation//Outlook 16.0//FR",
        },
        "cs": "windows-1252",
        "cte": "qp",
    },
    {
        "id": "mov_csph_immersion",
        "kind": "interview_reschedule_or_cancel",
        "lang": "fr",
        "co": "Caisse Solidaire du Pays-Haut",
        "frm": CSPH,
        "parent": "inv_csph_immersion",
        "quote": "outlook",
        "subj": "RE: Proposition d'une demi-journée d'immersion",
        "date": "2026-05-15 09:27",
        "text": (
            "Bonjour Clémence,\n\n"
            "Le 21 mai tombe finalement pendant le pont de l'Ascension et la moitié de "
            "l'équipe sera absente. Pourrions-nous décaler l'immersion au mardi 26 mai, "
            "même horaire ?\n\nMerci et à bientôt,\nNadège Colin"
        ),
        "cs": "iso-8859-1",
        "cte": "8bit",
    },
    {
        "id": "mov_opaline_avance",
        "kind": "interview_reschedule_or_cancel",
        "lang": "fr",
        "co": "Opaline Logiciels",
        "frm": OPAL,
        "subj": "Mise à jour : Entretien vidéo Opaline - Clémence Vautrin",
        "date": "2026-09-07 18:02",
        "text": (
            "Bonjour Clémence,\n\n"
            "Petit changement : je serai en déplacement à Lyon jeudi après-midi. Je vous "
            "propose d'avancer notre entretien à jeudi 10 septembre, 9h00 au lieu de 15h00. "
            "L'invitation a été mise à jour, même lien de visio.\n\n"
            "Si ça ne vous arrange pas, dites-le-moi et on trouvera autre chose.\n\n"
            "Baptiste Lenoir\nDirecteur marketing - Opaline Logiciels"
        ),
        "ics": {
            "uid": "opaline-itw-vautrin@opaline.example.fr",
            "seq": 2,
            "start": "20260910T090000",
            "end": "20260910T094500",
            "summary": "Entretien vidéo Opaline - Clémence Vautrin",
            "location": "https://meet.example.com/opaline-cv",
            "organizer": OPAL,
            "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
        },
        "html": page(
            "Bonjour Clémence,\n\n"
            "Petit changement : je serai en déplacement à Lyon jeudi après-midi. Je vous "
            "propose d'avancer notre entretien à jeudi 10 septembre, 9h00 au lieu de 15h00. "
            "L'invitation a été mise à jour, même lien de visio.\n\n"
            "Si ça ne vous arrange pas, dites-le-moi et on trouvera autre chose.\n\n"
            "Baptiste Lenoir\nDirecteur marketing - Opaline Logiciels"
        ),
        "cte": "b64",
    },
    {
        "id": "mov_meridian_panel",
        "kind": "interview_reschedule_or_cancel",
        "lang": "en",
        "co": "Meridian Trade Council",
        "frm": MERIDIAN,
        "parent": "inv_meridian_lever",
        "quote": "gmail",
        "subj": "Re: Interview invitation - Communications Manager, Meridian Trade Council",
        "date": "2026-02-26 10:50",
        "tz": "uk",
        "text": (
            "Dear Clémence,\n\n"
            "Unfortunately our Secretary General has been called to a Council working party "
            "on 3 March. Would Thursday 5 March at 10:00 work for you instead? The updated "
            "calendar invitation is attached.\n\n"
            "Apologies for the inconvenience,\nPriya"
        ),
        "ics": {
            "uid": "lever-meridian-panel-5521@lever.co",
            "seq": 1,
            "tzid": "Europe/Brussels",
            "start": "20260305T100000",
            "end": "20260305T110000",
            "summary": "Panel interview: Clémence Vautrin (rescheduled)",
            "location": "Rue de la Loi 81, Brussels",
            "organizer": MERIDIAN,
            "prodid": "-//Lever//Interview Scheduler//EN",
        },
    },
    {
        "id": "mov_morrow_caldera",
        "kind": "interview_reschedule_or_cancel",
        "lang": "en",
        "co": "Caldera Pharma",
        "frm": MORROW,
        "parent": "inv_morrow_caldera",
        "subj": "Caldera interview - postponed",
        "date": "2026-09-15 17:40",
        "tz": "uk",
        "text": (
            "Hi Clémence,\n\n"
            "Caldera have just told me Dr. Vogt has to fly to Basel tomorrow, so they need "
            "to postpone Wednesday's interview. They're still very keen and will come back "
            "with new slots early next week.\n\n"
            "Sorry for the shuffle - speak soon,\nOliver"
        ),
    },
    {
        "id": "mov_swk_verschoben",
        "kind": "interview_reschedule_or_cancel",
        "lang": "de",
        "co": "Stadtwerke Kerlingen",
        "frm": SWK,
        "parent": "inv_swk_personio",
        "quote": "gmail",
        "subj": "Re: Einladung zum Telefoninterview",
        "date": "2026-01-23 13:02",
        "text": (
            "Sehr geehrte Frau Vautrin,\n\n"
            "leider muss ich unser Telefonat am Dienstag verschieben, da an dem Tag eine "
            "kurzfristig angesetzte Aufsichtsratssitzung stattfindet. Wäre Ihnen Donnerstag, "
            "29. Januar, um 14:30 Uhr recht?\n\n"
            "Viele Grüße\nTill Brandauer"
        ),
        "cs": "iso-8859-1",
        "cte": "qp",
    },
    {
        "id": "mov_rbw_abgesagt",
        "kind": "interview_reschedule_or_cancel",
        "lang": "de",
        "co": "Regionalbank Westpfalz",
        "frm": RBW,
        "parent": "inv_rbw_ac",
        "subj": "Absage des Termins: Assessment-Center 22.04.",
        "date": "2026-04-14 15:15",
        "text": (
            "Sehr geehrte Frau Vautrin,\n\n"
            "aus organisatorischen Gründen müssen wir das Assessment-Center am 22. April "
            "absagen. Ihre Bewerbung bleibt selbstverständlich im Verfahren; wir melden uns "
            "in den nächsten Tagen mit einem Ersatztermin.\n\n"
            "Mit freundlichen Grüßen\nCorinna Zahn"
        ),
        "ics": {
            "uid": "rbw-ac-20260422-vautrin@regionalbank-westpfalz.example.de",
            "seq": 1,
            "method": "CANCEL",
            "tzid": "Europe/Berlin",
            "start": "20260422T083000",
            "end": "20260422T160000",
            "summary": "Assessment-Center Content & Social Media",
            "location": "Hauptstelle Kaiserslautern",
            "organizer": RBW,
            "prodid": "-//Microsoft Corporation//Outlook 16.0//DE",
        },
        "cte": "qp",
    },
    {
        "id": "mov_henares_hora",
        "kind": "interview_reschedule_or_cancel",
        "lang": "es",
        "co": "Caja Henares",
        "frm": HENARES,
        "parent": "inv_henares_video",
        "quote": "outlook",
        "subj": "RE: Entrevista por videollamada - cambio de hora",
        "date": "2026-02-09 10:02",
        "text": (
            "Estimada Clémence:\n\n"
            "Le escribo para cambiar la hora de la entrevista de mañana: en lugar de las "
            "16:00, ¿le vendría bien a las 17:30? Nuestra directora de Comunicación tiene "
            "un consejo que se ha alargado.\n\n"
            "Disculpe las molestias.\nÁlvaro Quesada"
        ),
        "cs": "iso-8859-1",
        "cte": "qp",
    },
    # ================================================================ missed interviews
    {
        "id": "miss_mercure_teams",
        "kind": "missed_interview_notice",
        "lang": "fr",
        "co": "Clinique des Trois Rivières",
        "frm": MERCURE,
        "parent": "inv_mercure_clinique",
        "quote": "gmail",
        "subj": "Re: Entretien avec la Clinique des Trois Rivières",
        "date": "2026-08-03 10:19",
        "text": (
            "Clémence,\n\n"
            "Mme Kuhn vous a attendue sur Teams depuis 10h et vient de quitter la réunion. "
            "Avez-vous eu un problème de connexion ? Je vous ai laissé un message vocal.\n\n"
            "Elle peut éventuellement vous reprendre jeudi, je vous confirme dès que vous "
            "me rappelez.\n\nOlivia"
        ),
        "cte": "8bit",
    },
    {
        "id": "miss_csph_appel",
        "kind": "missed_interview_notice",
        "lang": "fr",
        "co": "Caisse Solidaire du Pays-Haut",
        "frm": CSPH,
        "subj": "Notre entretien téléphonique de ce matin",
        "date": "2026-04-24 10:35",
        "text": (
            "Bonjour Clémence,\n\n"
            "Nous avions rendez-vous ce matin à 10h pour un entretien téléphonique. Je vous "
            "ai appelée à deux reprises au numéro indiqué sur votre CV, sans réponse.\n\n"
            "Je suppose qu'un imprévu est survenu. N'hésitez pas à me recontacter si vous "
            "souhaitez toujours donner suite.\n\nNadège Colin\nCaisse Solidaire du Pays-Haut"
        ),
        "cs": "iso-8859-1",
        "cte": "qp",
    },
    {
        "id": "miss_bleumirabelle",
        "kind": "missed_interview_notice",
        "lang": "fr",
        "co": "Bleu Mirabelle",
        "frm": "Anaïs Perrin <anais@bleumirabelle.example.fr>",
        "subj": "On vous attendait ce matin",
        "date": "2026-01-28 11:02",
        "henc": "b",
        "text": (
            "Bonjour Clémence,\n\n"
            "On vous attendait à l'agence à 10h pour l'entretien (poste de rédactrice "
            "web), et on ne vous a pas vue. Je me demande s'il n'y a pas eu une confusion "
            "sur la date.\n\n"
            "Si vous êtes toujours partante, on peut vous recevoir vendredi matin.\n\n"
            "Anaïs Perrin\nDirectrice associée - Bleu Mirabelle, agence de communication\n"
            "45 rue Stanislas, Nancy"
        ),
        "cte": "qp",
    },
    {
        "id": "miss_kestrel_zoom",
        "kind": "missed_interview_notice",
        "lang": "en",
        "co": "Kestrel Software",
        "frm": "Anneke de Graaf <anneke.degraaf@kestrel.example.lu>",
        "subj": "Missed you on Zoom today",
        "date": "2026-07-22 16:25",
        "text": (
            "Hi Clémence,\n\n"
            "We had a screening call booked for 16:00 today but I didn't see you join - I "
            "waited in the Zoom room for about fifteen minutes. No worries if something came "
            "up; just reply with a couple of times that suit you next week and I'll send a "
            "new link.\n\n"
            "Best,\nAnneke de Graaf\nTalent Acquisition, Kestrel Software"
        ),
        "cte": "qp",
    },
    {
        "id": "miss_meridian_call",
        "kind": "missed_interview_notice",
        "lang": "en",
        "co": "Meridian Trade Council",
        "frm": MERIDIAN,
        "subj": "Today's call",
        "date": "2026-01-15 11:48",
        "tz": "uk",
        "text": (
            "Dear Clémence,\n\n"
            "I tried calling you at 11:30 CET for our scheduled screening call, but there "
            "was no answer. I've left a voicemail.\n\n"
            "I'm afraid my diary is very full this week, so if you are still interested "
            "please use the scheduling link to book another slot.\n\n"
            "Kind regards,\nPriya Raman\nMeridian Trade Council"
        ),
        "cs": "iso-8859-1",
        "cte": "7bit",
    },
    {
        "id": "miss_thsa_probetag",
        "kind": "missed_interview_notice",
        "lang": "de",
        "co": "Theater am Saarufer",
        "frm": THSA,
        "parent": "inv_thsa_probetag",
        "quote": "gmail",
        "subj": "Re: Probearbeitstag in der Dramaturgie/Presse",
        "date": "2026-07-06 11:40",
        "text": (
            "Liebe Frau Vautrin,\n\n"
            "wir hatten Sie heute um 10 Uhr zum Probearbeitstag erwartet, aber Sie sind "
            "nicht gekommen. Ich hoffe, es ist nichts passiert! Bitte melden Sie sich kurz, "
            "damit wir wissen, wie es weitergeht.\n\n"
            "Herzliche Grüße\nOle Martens"
        ),
        "cs": "windows-1252",
        "cte": "qp",
    },
    {
        "id": "miss_arniches",
        "kind": "missed_interview_notice",
        "lang": "es",
        "co": "Teatro Arniches",
        "frm": ARNICHES,
        "parent": "inv_arniches_prueba",
        "quote": "gmail",
        "subj": "Re: ¿Te vienes a una jornada de prueba?",
        "date": "2026-09-22 09:10",
        "text": (
            "Hola Clémence:\n\n"
            "Ayer te estuvimos esperando toda la mañana para la jornada de prueba y no "
            "supimos nada de ti. ¿Ha pasado algo? Te llamé un par de veces.\n\n"
            "Si sigues interesada, dímelo y buscamos otro día.\n\nIrene"
        ),
        "cte": "8bit",
    },
    {
        "id": "miss_henares_zoom",
        "kind": "missed_interview_notice",
        "lang": "es",
        "co": "Caja Henares",
        "frm": HENARES,
        "subj": "No pudimos conectar en la entrevista",
        "date": "2026-02-10 18:05",
        "text": (
            "Estimada Clémence:\n\n"
            "Le hemos esperado en la sala de Zoom desde las 17:30 hasta las 17:50 sin que "
            "llegara a conectarse. Tampoco hemos podido localizarle por teléfono.\n\n"
            "Si desea seguir en el proceso, le ruego que nos lo indique antes del viernes.\n\n"
            "Atentamente,\nÁlvaro Quesada\nCaja Henares"
        ),
        "cs": "iso-8859-1",
        "cte": "8bit",
    },
]
