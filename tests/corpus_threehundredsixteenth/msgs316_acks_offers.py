"""Application acknowledgements and offers of the threehundredsixteenth corpus (outside the
main threads)."""

from __future__ import annotations

from msgs316_common import DISCLAIMER_EN, DISCLAIMER_ES, DISCLAIMER_FR, page, sig

CSPH = "Nadège Colin <nadege.colin@caisse-solidaire.example.fr>"
THSA = "Ole Martens <martens@theater-saarufer.example.de>"
ARNICHES = "Irene Soto <irene.soto@teatroarniches.example.es>"

MESSAGES = [
    # ================================================================ acknowledgements (fr)
    {
        "id": "ack_opaline_workable",
        "kind": "application_received",
        "lang": "fr",
        "co": "Opaline Logiciels",
        "frm": "Opaline Logiciels <noreply@workablemail.com>",
        "sys": True,
        "subj": "Merci pour votre candidature chez Opaline Logiciels",
        "date": "2026-08-19 22:14",
        "tz": "utc",
        "text": (
            "Bonjour Clémence,\n\n"
            "Nous avons bien reçu votre candidature pour le poste de Responsable contenu & "
            "marque. Merci de l'intérêt que vous portez à Opaline !\n\n"
            "Notre équipe examine chaque candidature. Nous reviendrons vers vous dès que "
            "possible pour vous informer de la suite.\n\n"
            "L'équipe Opaline Logiciels"
        ),
        "html": page(
            "Bonjour Clémence,\n\n"
            "Nous avons bien reçu votre candidature pour le poste de Responsable contenu & "
            "marque. Merci de l'intérêt que vous portez à Opaline !\n\n"
            "Notre équipe examine chaque candidature. Nous reviendrons vers vous dès que "
            "possible pour vous informer de la suite.\n\nL'équipe Opaline Logiciels",
            "Propulsé par Workable",
            "#2b7de9",
        ),
    },
    {
        "id": "ack_unirm_auto",
        "kind": "application_received",
        "lang": "fr",
        "co": "Université Rhin-Moselle",
        "frm": "Université Rhin-Moselle - Recrutement <ne-pas-repondre@unirm.example.fr>",
        "sys": True,
        "subj": "Accusé de réception de votre dossier de candidature",
        "date": "2026-03-30 23:58",
        "hcs": "iso-8859-1",
        "henc": "b",
        "text": (
            "Madame, Monsieur,\n\n"
            "Votre dossier de candidature pour l'emploi de chargé(e) de communication "
            "scientifique (réf. BIATSS-2026-041) a bien été enregistré.\n\n"
            "Les candidats retenus pour une audition seront contactés par courriel. Les "
            "candidats non retenus seront informés à l'issue de la procédure.\n\n"
            "Ceci est un message automatique, merci de ne pas y répondre."
        ),
        "cs": "iso-8859-1",
        "cte": "qp",
    },
    {
        "id": "ack_strasev_recruitee",
        "kind": "application_received",
        "lang": "fr",
        "co": "Strasbourg Événements",
        "frm": "Strasbourg Événements <strasbourgevenements@recruitee.com>",
        "sys": True,
        "subj": "Candidature bien reçue - Chargé(e) de communication",
        "date": "2026-05-11 13:40",
        "tz": "utc",
        "html": page(
            "Bonjour Clémence,\n\n"
            "Merci pour votre candidature au poste de chargé(e) de communication du bureau "
            "des congrès de Strasbourg.\n\n"
            "Nous l'avons bien reçue et elle sera étudiée par notre équipe dans les "
            "prochains jours.\n\nBien cordialement,\nStrasbourg Événements",
            "Cet e-mail a été envoyé via Recruitee.",
            "#c8102e",
        ),
        "cte": "b64",
    },
    {
        "id": "ack_fedebeton_human",
        "kind": "application_received",
        "lang": "fr",
        "co": "FédéBéton Grand Est",
        "frm": "Charles Vigneron <c.vigneron@fedebeton-ge.example.fr>",
        "subj": "RE: Candidature - chargée de communication et affaires publiques",
        "date": "2026-02-02 08:12",
        "text": (
            "Madame,\n\n"
            "Bien reçu votre candidature, merci. Je la transmets à notre présidente et "
            "reviens vers vous dans le courant de la semaine prochaine.\n\n"
            "Bien à vous," + sig("Charles Vigneron", "Délégué général", "FédéBéton Grand Est")
        ),
        "cs": "windows-1252",
        "cte": "8bit",
    },
    {
        "id": "ack_csph_smartr",
        "kind": "application_received",
        "lang": "fr",
        "co": "Caisse Solidaire du Pays-Haut",
        "frm": "Caisse Solidaire du Pays-Haut <mail@smartrecruiters.com>",
        "sys": True,
        "subj": "Nous avons bien reçu votre candidature",
        "date": "2026-04-09 07:45",
        "tz": "utc",
        "text": (
            "Bonjour Clémence,\n\n"
            "Merci d'avoir postulé au poste de Chargé(e) de communication et relations "
            "sociétaires à Longwy. Votre candidature a bien été transmise à notre service "
            "des ressources humaines.\n\n"
            "Vous pouvez suivre son statut à tout moment depuis votre espace SmartProfile."
            "\n\nCordialement,\nCaisse Solidaire du Pays-Haut"
        ),
        "cte": "qp",
    },
    {
        "id": "ack_hopital_taleo",
        "kind": "application_received",
        "lang": "fr",
        "co": "Hôpital Saint-Aubert",
        "frm": "Hôpital Saint-Aubert <hopital-saint-aubert@taleo.net>",
        "sys": True,
        "subj": "Confirmation de candidature - 2600318",
        "date": "2026-01-19 04:10",
        "tz": "utc",
        "text": (
            "Madame Vautrin,\n\n"
            "Nous accusons réception de votre candidature au poste de Chargé(e) de "
            "communication (F/H), réf. 2600318, et vous remercions de l'intérêt que vous "
            "portez à notre établissement.\n\n"
            "Direction des ressources humaines\nHôpital Saint-Aubert"
        ),
        "cs": "iso-8859-1",
        "cte": "qp",
    },
    {
        "id": "ack_ardent_collectif",
        "kind": "application_received",
        "lang": "fr",
        "co": "Ardent Recrutement",
        "frm": "Ardent Recrutement <ne-pas-repondre@ardent-recrutement.example.fr>",
        "sys": True,
        "subj": "Votre candidature a bien été enregistrée",
        "date": "2026-02-27 10:01",
        "text": (
            "Bonjour,\n\n"
            "Nous vous remercions pour votre candidature à l'offre « Chargé(e) de contenus "
            "- Strasbourg » et vous confirmons sa bonne réception.\n\n"
            "Compte tenu du volume de candidatures reçues, nos consultants ne sont pas en "
            "mesure de répondre individuellement à chacune d'entre elles. Si votre profil "
            "correspond aux attentes de notre client, nous vous contacterons dans les "
            "quinze jours.\n\n"
            "L'équipe Ardent Recrutement"
        ),
        "cs": "windows-1252",
        "cte": "qp",
    },
    {
        "id": "ack_portalis",
        "kind": "application_received",
        "lang": "fr",
        "co": "Portalis",
        "frm": "Romane Didier <romane.didier@portalis.example.fr>",
        "subj": "Votre candidature pour la mission de rédactrice",
        "date": "2026-06-30 15:37",
        "text": (
            "Bonjour Clémence,\n\n"
            "Merci pour votre candidature à la mission de rédactrice corporate (3 mois, "
            "télétravail) que nous avons publiée pour l'un de nos clients industriels.\n\n"
            "Je vous confirme l'avoir bien reçue et transmise au consultant en charge. Il "
            "vous recontactera si votre profil est présélectionné.\n\n"
            "Romane Didier\nChargée de développement - Portalis, portage salarial\n"
            "Paris - Nancy - Lyon"
        ),
        "cte": "8bit",
    },
    # ================================================================ acknowledgements (en)
    {
        "id": "ack_northgate_ashby",
        "kind": "application_received",
        "lang": "en",
        "co": "Northgate Analytics",
        "frm": "Northgate Analytics <no-reply@ashbyhq.com>",
        "sys": True,
        "subj": "We've received your application",
        "date": "2026-02-24 09:00",
        "tz": "uk",
        "text": (
            "Hi Clémence,\n\n"
            "Thanks for applying for the Communications Specialist role at Northgate "
            "Analytics. This is a quick note to confirm your application has arrived "
            "safely.\n\n"
            "Our team reviews every application and we'll be in touch about next steps.\n\n"
            "Northgate Analytics Recruiting"
        ),
    },
    {
        "id": "ack_eurofreight_human",
        "kind": "application_received",
        "lang": "en",
        "co": "EuroFreight Alliance",
        "frm": "Siobhan Keane <s.keane@eurofreight.example.be>",
        "subj": "RE: Application - Policy Communications Officer",
        "date": "2026-03-20 12:48",
        "text": (
            "Dear Ms Vautrin,\n\n"
            "Thank you for your application, which I confirm we have received. The closing "
            "date is 31 March and shortlisted candidates will be contacted in the first "
            "half of April.\n\n"
            "Kind regards,\nSiobhan Keane\nHR & Office Manager, EuroFreight Alliance\n\n"
            + DISCLAIMER_EN
        ),
        "cs": "windows-1252",
        "cte": "qp",
    },
    {
        "id": "ack_halden_workday",
        "kind": "application_received",
        "lang": "en",
        "co": "Halden Energy Group",
        "frm": "Halden Energy Group <halden@myworkday.com>",
        "sys": True,
        "subj": "Application received: Internal Communications Lead (JR-5521)",
        "date": "2026-04-13 06:20",
        "tz": "utc",
        "html": page(
            "Dear Clémence,\n\n"
            "Thank you for applying to Halden Energy Group. We have received your "
            "application for Internal Communications Lead (JR-5521) in Luxembourg.\n\n"
            "Due to the high volume of applications, we are unable to respond to each "
            "applicant individually. You can check the status of your application at any "
            "time in the candidate home on our careers site.\n\n"
            "Halden Energy Group Talent Acquisition",
            "This is a system-generated message from Workday.",
            "#003a70",
        ),
    },
    # ================================================================ acknowledgements (de)
    {
        "id": "ack_saarwerk_personio",
        "kind": "application_received",
        "lang": "de",
        "co": "Saarwerk Medien",
        "frm": "Saarwerk Medien <noreply@personio.de>",
        "sys": True,
        "subj": "Vielen Dank für Ihre Bewerbung",
        "date": "2026-02-03 21:05",
        "text": (
            "Hallo Frau Vautrin,\n\n"
            "vielen Dank für Ihre Bewerbung als Content-Redakteur*in (m/w/d). Wir haben Ihre "
            "Unterlagen erhalten und melden uns, sobald wir sie gesichtet haben.\n\n"
            "Viele Grüße\nIhr Team von Saarwerk Medien"
        ),
        "cs": "utf-8",
        "cte": "b64",
    },
    {
        "id": "ack_brennecke_sf",
        "kind": "application_received",
        "lang": "de",
        "co": "Brennecke Antriebstechnik",
        "frm": "Brennecke Antriebstechnik <brennecke@successfactors.eu>",
        "sys": True,
        "subj": "Bestätigung: Ihre Bewerbung (Job-ID 88410)",
        "date": "2026-05-19 14:00",
        "tz": "utc",
        "html": page(
            "Sehr geehrte Frau Vautrin,\n\n"
            "wir bestätigen den Eingang Ihrer Bewerbung als Referentin Interne "
            "Kommunikation (Job-ID 88410) am Standort Saarlouis.\n\n"
            "Aufgrund der Vielzahl an Bewerbungen ist uns eine individuelle "
            "Zwischennachricht leider nicht möglich. Wir melden uns, sobald die "
            "Vorauswahl abgeschlossen ist.\n\n"
            "Mit freundlichen Grüßen\nPersonalabteilung Brennecke",
            "Diese Nachricht wurde automatisch erstellt.",
            "#e30613",
        ),
        "cte": "qp",
    },
    {
        "id": "ack_rbw_human",
        "kind": "application_received",
        "lang": "de",
        "co": "Regionalbank Westpfalz",
        "frm": "Corinna Zahn <corinna.zahn@regionalbank-westpfalz.example.de>",
        "subj": "Eingangsbestätigung",
        "date": "2026-03-16 08:30",
        "text": (
            "Sehr geehrte Frau Vautrin,\n\n"
            "hiermit bestätige ich den Eingang Ihrer Bewerbungsunterlagen für die Stelle "
            "Referentin Content & Social Media. Die Auswahlgespräche planen wir für Ende "
            "März/Anfang April.\n\n"
            "Mit freundlichen Grüßen\nCorinna Zahn\nPersonalentwicklung"
        ),
        "cs": "iso-8859-1",
        "cte": "8bit",
    },
    # ================================================================ acknowledgements (es)
    {
        "id": "ack_datacanto_tt",
        "kind": "application_received",
        "lang": "es",
        "co": "Datacanto",
        "frm": "Laura de Datacanto <no-reply@teamtailor-mail.com>",
        "sys": True,
        "subj": "¡Hemos recibido tu candidatura!",
        "date": "2026-03-09 10:15",
        "tz": "utc",
        "text": (
            "Hola Clémence:\n\n"
            "¡Gracias por presentar tu candidatura a Content Marketing Specialist en "
            "Datacanto! La hemos recibido correctamente y la revisaremos en los próximos "
            "días.\n\n"
            "Un saludo,\nLaura\nPeople Team - Datacanto"
        ),
        "html": page(
            "Hola Clémence:\n\n"
            "¡Gracias por presentar tu candidatura a Content Marketing Specialist en "
            "Datacanto! La hemos recibido correctamente y la revisaremos en los próximos "
            "días.\n\nUn saludo,\nLaura\nPeople Team - Datacanto",
            "Enviado con Teamtailor",
            "#e4572e",
        ),
        "cte": "b64",
    },
    {
        "id": "ack_alcantara_smartr",
        "kind": "application_received",
        "lang": "es",
        "co": "Grupo Alcántara Industrial",
        "frm": "Grupo Alcántara Industrial <mail@smartrecruiters.com>",
        "sys": True,
        "subj": "Confirmación de su candidatura",
        "date": "2026-03-31 08:08",
        "tz": "utc",
        "text": (
            "Estimada Clémence:\n\n"
            "Gracias por su interés en el puesto de Responsable de Comunicación "
            "Corporativa. Confirmamos que hemos recibido su candidatura.\n\n"
            "Debido al elevado número de solicitudes, no podemos responder de forma "
            "individual a cada persona; solo nos pondremos en contacto con los perfiles "
            "preseleccionados.\n\n"
            "Atentamente,\nDepartamento de Personas - Grupo Alcántara"
        ),
        "cs": "iso-8859-1",
        "cte": "qp",
    },
    # ================================================================ offers
    {
        "id": "off_csph_cdi",
        "kind": "offer",
        "lang": "fr",
        "co": "Caisse Solidaire du Pays-Haut",
        "frm": CSPH,
        "subj": "Notre proposition",
        "date": "2026-06-03 17:20",
        "text": (
            "Bonjour Clémence,\n\n"
            "Suite à votre demi-journée d'immersion et à l'avis très positif de l'équipe, "
            "nous avons le plaisir de vous proposer le poste de chargée de communication et "
            "relations sociétaires, en CDI, basé à Longwy, pour une rémunération annuelle "
            "brute de 36 000 euros sur 13 mois.\n\n"
            "La lettre de proposition est jointe. Nous aimerions connaître votre décision "
            "d'ici le 12 juin.\n\n"
            "Cordialement,\nNadège Colin\nResponsable RH - Caisse Solidaire du Pays-Haut\n\n"
            + DISCLAIMER_FR
        ),
        "att": [
            (
                "Lettre_proposition_CSPH.pdf",
                [
                    "Caisse Solidaire du Pays-Haut - Lettre de proposition",
                    "Poste : Chargee de communication et relations societaires (CDI)",
                    "Remuneration : 36 000 EUR bruts annuels sur 13 mois",
                ],
            )
        ],
        "cs": "iso-8859-1",
        "cte": "qp",
    },
    {
        "id": "off_bleumirabelle_cdd",
        "kind": "offer",
        "lang": "fr",
        "co": "Bleu Mirabelle",
        "frm": "Anaïs Perrin <anais@bleumirabelle.example.fr>",
        "subj": "Ton contrat à signer",
        "date": "2026-02-12 12:44",
        "henc": "b",
        "text": (
            "Hello Clémence,\n\n"
            "Comme promis au téléphone : on est ravis de t'accueillir comme rédactrice web "
            "en CDD de 4 mois à partir du 2 mars. Tu vas recevoir le contrat via notre "
            "plateforme de signature électronique, je te le mets aussi en PDF ici.\n\n"
            "Si tout est ok pour toi, signe avant vendredi et on prépare ton poste !\n\n"
            "Anaïs\nBleu Mirabelle"
        ),
        "att": [
            (
                "Contrat_CDD_Vautrin.pdf",
                [
                    "BLEU MIRABELLE - Contrat de travail a duree determinee",
                    "Redactrice web - du 2 mars au 30 juin 2026",
                ],
            )
        ],
        "cte": "qp",
    },
    {
        "id": "off_thsa_vertrag",
        "kind": "offer",
        "lang": "de",
        "co": "Theater am Saarufer",
        "frm": THSA,
        "subj": "Vertragsangebot Presse & Öffentlichkeitsarbeit",
        "date": "2026-07-20 10:05",
        "text": (
            "Liebe Frau Vautrin,\n\n"
            "nach dem nachgeholten Probearbeitstag sind wir uns einig: Wir möchten Ihnen "
            "die Stelle als Referentin für Presse- und Öffentlichkeitsarbeit anbieten, "
            "befristet auf zwei Spielzeiten, nach NV Bühne.\n\n"
            "Den Vertragsentwurf finden Sie im Anhang. Über eine Rückmeldung bis Ende Juli "
            "würden wir uns sehr freuen.\n\n"
            "Herzliche Grüße\nOle Martens\nPressesprecher, Theater am Saarufer"
        ),
        "att": [
            (
                "Vertragsentwurf_Vautrin.pdf",
                [
                    "Theater am Saarufer - Vertragsentwurf NV Buehne",
                    "Referentin Presse- und Oeffentlichkeitsarbeit",
                    "Spielzeiten 2026/27 und 2027/28",
                ],
            )
        ],
        "cs": "windows-1252",
        "cte": "qp",
    },
    {
        "id": "off_arniches",
        "kind": "offer",
        "lang": "es",
        "co": "Teatro Arniches",
        "frm": ARNICHES,
        "subj": "¡Queremos que te unas al equipo!",
        "date": "2026-10-01 13:33",
        "text": (
            "Hola Clémence:\n\n"
            "Después de la jornada de prueba del lunes, lo tenemos claro: te ofrecemos el "
            "puesto de técnica de comunicación y redes del Teatro Arniches, con contrato "
            "indefinido y jornada completa. Te adjunto la carta de oferta con las "
            "condiciones.\n\n"
            "¿Nos dices algo antes del día 9?\n\nUn abrazo,\nIrene Soto"
        ),
        "att": [
            (
                "Carta_oferta_Arniches.pdf",
                [
                    "Teatro Arniches - Carta de oferta",
                    "Puesto: Tecnica de comunicacion y redes",
                    "Contrato indefinido, jornada completa",
                ],
            )
        ],
        "cte": "b64",
    },
    {
        "id": "off_cierzo",
        "kind": "offer",
        "lang": "es",
        "co": "Cierzo Contenidos",
        "frm": "Javier Olmedo <javier@cierzocontenidos.example.es>",
        "subj": "Oferta de empleo - Editora de contenidos corporativos",
        "date": "2026-05-08 16:45",
        "hcs": "iso-8859-1",
        "henc": "q",
        "text": (
            "Estimada Clémence:\n\n"
            "Tras las entrevistas de la semana pasada, tengo el placer de ofrecerle el puesto "
            "de editora de contenidos corporativos en Cierzo Contenidos, en Madrid, con un "
            "salario bruto anual de 34.000 euros y posibilidad de teletrabajo parcial.\n\n"
            "Le ruego que nos confirme si acepta la oferta antes del 15 de mayo para "
            "preparar el contrato.\n\n"
            "Saludos cordiales,\nJavier Olmedo\nDirector General - Cierzo Contenidos\n\n"
            + DISCLAIMER_ES
        ),
        "cs": "iso-8859-1",
        "cte": "qp",
    },
]
