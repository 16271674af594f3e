"""Corpus 352: the long threads (Duhamel & Fils, Groupe Fougerolles, Thornbury, Gauer,
Valdenájera, Vauclair, Cépages Conseil, Kestrel). Hand-written, blind."""

from __future__ import annotations

from msgs352_common import CANDIDATE, html_shell, outlook, reply, signature

ME = CANDIDATE

# ------------------------------------------------------------------ Duhamel & Fils (négociant)
CLAIRE = ("Claire Bonnefon", "claire.bonnefon@duhamel-negoce.example.fr")
MARC = ("Marc-Antoine Lacoste", "ma.lacoste@duhamel-negoce.example.fr")
SIG_CLAIRE = signature(
    "Claire Bonnefon",
    "Responsable Ressources Humaines",
    "Duhamel & Fils – Négociant en vins depuis 1874",
    "41, quai des Chartrons – 33000 Bordeaux",
    "Tél. +33 5 56 00 41 18",
)
SIG_CLAIRE_L1 = signature(
    "Claire Bonnefon",
    "Responsable Ressources Humaines",
    "Duhamel & Fils - Negociant en vins depuis 1874",
    "41, quai des Chartrons - 33000 Bordeaux",
    "Tel. +33 5 56 00 41 18",
)
SIG_MARC = signature(
    "Marc-Antoine Lacoste",
    "Directeur Export Asie-Pacifique",
    "Duhamel & Fils",
    "Mob. +33 6 12 48 90 07",
)

DUHAMEL_ACK_TEXT = (
    "Bonjour Monsieur Kerhervé-Nakamura,\n\n"
    "Nous accusons bonne réception de votre candidature au poste de Responsable export "
    "Asie (réf. EXP-ASIE-02) et vous remercions de l'intérêt que vous portez à notre maison.\n\n"
    "Votre dossier est en cours d'étude par Marc-Antoine Lacoste, notre directeur export. "
    "Nous reviendrons vers vous d'ici deux à trois semaines, quelle que soit l'issue.\n\n"
    "Bien cordialement,\n\n" + SIG_CLAIRE_L1
)
DUHAMEL_INVITE_TEXT = (
    "Bonjour Baptiste,\n\n"
    "Votre parcours de sommelier (et votre japonais !) a retenu toute notre attention. "
    "Marc-Antoine Lacoste souhaiterait vous rencontrer pour un premier entretien :\n\n"
    "  mardi 24 février 2026 à 10h00\n"
    "  Duhamel & Fils, 41 quai des Chartrons, Bordeaux (sonner à « Bureaux », 2e étage)\n"
    "  durée : environ 1h15, dont une courte dégustation commentée en anglais\n\n"
    "Je vous joins une invitation pour votre agenda. Merci de me confirmer votre présence "
    "par retour de mail.\n\n"
    "Belle journée,\n\n" + SIG_CLAIRE
)
DUHAMEL_MOVE_TEXT = (
    "Bonjour Baptiste,\n\n"
    "Je suis désolée de devoir modifier notre rendez-vous : Marc-Antoine doit se rendre "
    "mardi chez un importateur à Hambourg et ne sera pas de retour à temps.\n\n"
    "Pourriez-vous venir plutôt le jeudi 26 février à 14h30, même adresse ? "
    "L'invitation de calendrier a été mise à jour. Si ce créneau ne vous convient pas, "
    "proposez-moi simplement deux ou trois alternatives.\n\n"
    "Toutes mes excuses pour ce changement,\n\n" + SIG_CLAIRE
)
DUHAMEL_THANKS_TEXT = (
    "Bonjour Marc-Antoine,\n\n"
    "Un grand merci pour le temps que vous m'avez consacré cet après-midi, et pour la "
    "dégustation du Pessac-Léognan 2019 — le parallèle avec la gastronomie kaiseki m'a "
    "beaucoup plu.\n\n"
    "Notre échange sur le développement du Japon et de la Corée me conforte dans mon envie "
    "de rejoindre Duhamel & Fils. Je reste à votre disposition pour la suite.\n\n"
    "Bien à vous,\n"
    "Baptiste Kerhervé-Nakamura\n"
    "06 71 22 34 58\n"
)
DUHAMEL_INVITE2_TEXT = reply(
    "Bonjour Baptiste,\n\n"
    "Merci pour votre message, le plaisir était partagé. Nous aimerions aller plus loin : "
    "je vous propose une demi-journée avec l'équipe le jeudi 12 mars, de 9h00 à 13h00 — "
    "visite du chai de Blanquefort, rencontre avec nos deux area managers, puis un cas "
    "pratique (présentation d'une gamme à un importateur de Tokyo, 20 minutes).\n\n"
    "Claire vous enverra les détails pratiques. Pouvez-vous me confirmer d'ici vendredi ?\n\n"
    "Cordialement,\n\n" + SIG_MARC,
    "Le jeu. 26 févr. 2026 à 18:40, Baptiste Kerhervé-Nakamura "
    "<baptiste.kerherve@example.fr> a écrit :",
    DUHAMEL_THANKS_TEXT,
)
DUHAMEL_VERBAL_TEXT = (
    "Baptiste,\n\n"
    "Suite à notre appel de ce matin, je vous confirme par écrit ce que je vous ai annoncé : "
    "nous souhaitons vous proposer le poste de Responsable export Asie, en CDI, basé à "
    "Bordeaux avec des déplacements réguliers au Japon, en Corée et à Singapour.\n\n"
    "Les grandes lignes : fixe annuel brut de 46 000 €, variable jusqu'à 15 % sur objectifs, "
    "véhicule de fonction, prise de poste souhaitée le 4 mai. Claire vous adressera la "
    "promesse d'embauche en début de semaine prochaine.\n\n"
    "Toute l'équipe se réjouit à l'idée de travailler avec vous.\n\n" + SIG_MARC
)
DUHAMEL_LETTER_TEXT = (
    "Bonjour Baptiste,\n\n"
    "Comme annoncé par Marc-Antoine, vous trouverez ci-joint votre promesse d’embauche pour "
    "le poste de Responsable export Asie.\n\n"
    "Je vous remercie de nous la retourner datée et signée avant le 27 mars. N’hésitez pas à "
    "m’appeler pour toute question – sur la mutuelle, le véhicule ou la date d’arrivée.\n\n"
    "Au plaisir de vous accueillir parmi nous,\n\n" + SIG_CLAIRE
)
DUHAMEL_QUESTION_TEXT = (
    "Bonjour Claire,\n\n"
    "Merci beaucoup pour la promesse d'embauche, que j'ai lue avec attention. Deux petites "
    "questions avant de la signer :\n"
    "- serait-il possible de démarrer le 18 mai plutôt que le 4 (mon préavis au restaurant "
    "court jusqu'au 15) ?\n"
    "- le variable est-il calculé sur l'année civile ou au prorata la première année ?\n\n"
    "Je suis par ailleurs ravi et je confirme mon accord de principe.\n\n"
    "Bien cordialement,\n"
    "Baptiste\n"
)
DUHAMEL_REVISED_TEXT = reply(
    "Bonjour Baptiste,\n\n"
    "Bonne nouvelle : Marc-Antoine est d'accord pour une arrivée le lundi 18 mai. Le "
    "variable sera versé au prorata la première année, avec un minimum garanti de 3 000 €. "
    "Voici la promesse d'embauche mise à jour (version 2), qui remplace la précédente.\n\n"
    "Merci de me la renvoyer signée d'ici le 31 mars.\n\n"
    "Bien à vous,\n\n" + SIG_CLAIRE,
    "Le 19/03/2026 à 08:52, Baptiste Kerhervé-Nakamura a écrit :",
    DUHAMEL_QUESTION_TEXT,
)
DUHAMEL_CONTRACT_TEXT = (
    "Bonjour Baptiste,\n\n"
    "Merci pour le retour de la promesse signée. Voici votre contrat de travail à durée "
    "indéterminée, en deux exemplaires : vous pouvez le signer électroniquement via le lien "
    "reçu séparément, ou nous renvoyer un exemplaire paraphé et signé par courrier.\n\n"
    "Pièces à prévoir pour votre arrivée le 18 mai : RIB, carte Vitale, copie du permis de "
    "conduire.\n\n"
    "Bien cordialement,\n\n" + SIG_CLAIRE
)

DUHAMEL = [
    {
        "key": "duhamel_ack", "kind": "application_received", "lang": "fr", "company": "Duhamel & Fils",
        "contact": "claire.bonnefon@duhamel-negoce.example.fr", "frm": CLAIRE,
        "date": "2026-02-09 10:14 +0100",
        "subject": "Votre candidature – Responsable export Asie (réf. EXP-ASIE-02)",
        "subj_cs": ("utf-8", "b"), "text": DUHAMEL_ACK_TEXT, "cs": "iso-8859-1", "cte": "8bit",
        "refs_extra": ["5d1c.application.kerherve@example.fr"],
        "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
    },
    {
        "key": "duhamel_invite", "kind": "interview_invitation", "lang": "fr", "company": "Duhamel & Fils",
        "contact": "claire.bonnefon@duhamel-negoce.example.fr", "frm": CLAIRE, "parent": "duhamel_ack",
        "date": "2026-02-16 15:02 +0100",
        "subject": "Entretien – Responsable export Asie – mardi 24 février",
        "text": DUHAMEL_INVITE_TEXT, "html": html_shell(DUHAMEL_INVITE_TEXT),
        "ical": {"uid": "duhamel-entretien-7731@duhamel-negoce.example.fr", "seq": 0,
                  "start": "20260224T100000", "end": "20260224T111500",
                  "summary": "Entretien Duhamel & Fils – B. Kerhervé-Nakamura",
                  "location": "41 quai des Chartrons, 33000 Bordeaux"},
    },
    {
        "key": "duhamel_moved", "kind": "interview_reschedule_or_cancel", "lang": "fr",
        "company": "Duhamel & Fils", "contact": "claire.bonnefon@duhamel-negoce.example.fr",
        "frm": CLAIRE, "parent": "duhamel_invite", "date": "2026-02-19 11:37 +0100",
        "subject": "Modification : entretien déplacé au jeudi 26 février, 14h30",
        "subj_cs": ("iso-8859-1", "q"), "text": DUHAMEL_MOVE_TEXT,
        "ical": {"uid": "duhamel-entretien-7731@duhamel-negoce.example.fr", "seq": 1,
                  "start": "20260226T143000", "end": "20260226T154500",
                  "summary": "Entretien Duhamel & Fils – B. Kerhervé-Nakamura (nouvel horaire)",
                  "location": "41 quai des Chartrons, 33000 Bordeaux", "cte": "quoted-printable"},
    },
    {
        "key": "duhamel_thanks_own", "kind": "other", "lang": "fr", "frm": ME, "to": [MARC], "cc": [CLAIRE],
        "parent": "duhamel_moved", "date": "2026-02-26 18:40 +0100",
        "subject": "Merci pour notre entretien de cet après-midi", "text": DUHAMEL_THANKS_TEXT,
        "headers": [("User-Agent", "Mozilla Thunderbird 128.6")],
    },
    {
        "key": "duhamel_second_round", "kind": "interview_invitation", "lang": "fr",
        "company": "Duhamel & Fils", "contact": "ma.lacoste@duhamel-negoce.example.fr", "frm": MARC,
        "cc": [CLAIRE], "parent": "duhamel_thanks_own", "date": "2026-03-04 08:15 +0100",
        "subject": "Re: Merci pour notre entretien de cet après-midi", "text": DUHAMEL_INVITE2_TEXT,
        "cte": "8bit",
    },
    {
        "key": "duhamel_offer_verbal", "kind": "offer", "lang": "fr", "company": "Duhamel & Fils",
        "contact": "ma.lacoste@duhamel-negoce.example.fr", "frm": MARC, "cc": [CLAIRE],
        "parent": "duhamel_second_round", "date": "2026-03-16 12:48 +0100",
        "subject": "Confirmation de notre proposition – Responsable export Asie",
        "text": DUHAMEL_VERBAL_TEXT, "html": html_shell(DUHAMEL_VERBAL_TEXT), "cte": "base64",
    },
    {
        "key": "duhamel_offer_letter", "kind": "offer", "lang": "fr", "company": "Duhamel & Fils",
        "contact": "claire.bonnefon@duhamel-negoce.example.fr", "frm": CLAIRE,
        "parent": "duhamel_offer_verbal", "date": "2026-03-18 09:30 +0100",
        "subject": "Promesse d'embauche – Baptiste Kerhervé-Nakamura",
        "name_cs": ("windows-1252", "q"), "subj_cs": ("windows-1252", "q"),
        "text": DUHAMEL_LETTER_TEXT, "cs": "windows-1252", "cte": "quoted-printable",
        "attach": [("Promesse_embauche_Kerherve-Nakamura.pdf", [
            "DUHAMEL & FILS - Negociant en vins", "Bordeaux, le 18 mars 2026",
            "PROMESSE D'EMBAUCHE", "Poste : Responsable export Asie (CDI, statut cadre)",
            "Remuneration fixe annuelle brute : 46 000 EUR", "Date d'entree : 4 mai 2026",
        ])],
    },
    {
        "key": "duhamel_question_own", "kind": "other", "lang": "fr", "frm": ME, "to": [CLAIRE],
        "parent": "duhamel_offer_letter", "date": "2026-03-19 08:52 +0100",
        "subject": "Re: Promesse d'embauche – Baptiste Kerhervé-Nakamura",
        "text": DUHAMEL_QUESTION_TEXT,
    },
    {
        "key": "duhamel_offer_revised", "kind": "offer", "lang": "fr", "company": "Duhamel & Fils",
        "contact": "claire.bonnefon@duhamel-negoce.example.fr", "frm": CLAIRE,
        "parent": "duhamel_question_own", "date": "2026-03-20 16:05 +0100",
        "subject": "Re: Promesse d'embauche – Baptiste Kerhervé-Nakamura (version 2)",
        "text": DUHAMEL_REVISED_TEXT,
        "attach": [("Promesse_embauche_v2_Kerherve-Nakamura.pdf", [
            "DUHAMEL & FILS", "PROMESSE D'EMBAUCHE - VERSION 2 (annule et remplace)",
            "Date d'entree : 18 mai 2026",
            "Variable 2026 : prorata, minimum garanti 3 000 EUR",
        ])],
    },
    {
        "key": "duhamel_contract", "kind": "offer", "lang": "fr", "company": "Duhamel & Fils",
        "contact": "claire.bonnefon@duhamel-negoce.example.fr", "frm": CLAIRE,
        "parent": "duhamel_offer_revised", "date": "2026-04-02 10:11 +0200",
        "subject": "Votre contrat de travail à signer", "subj_cs": ("utf-8", "b"),
        "text": DUHAMEL_CONTRACT_TEXT, "html": html_shell(DUHAMEL_CONTRACT_TEXT),
        "attach": [("Contrat_CDI_Duhamel_Kerherve-Nakamura.pdf", [
            "CONTRAT DE TRAVAIL A DUREE INDETERMINEE",
            "Entre Duhamel & Fils et M. Baptiste Kerherve-Nakamura",
            "Fonction : Responsable export Asie", "Prise de fonction : 18 mai 2026",
        ])],
    },
]

# ------------------------------------------------------------------ Groupe Fougerolles
SOPHIE = ("Sophie Marchetti", "sophie.marchetti@fougerolles-group.example.com")
JAMES = ("James Whitcombe", "james.whitcombe@fougerolles-group.example.com")
WD = ("Groupe Fougerolles", "fougerolles@myworkday.com")
SIG_SOPHIE = signature(
    "Sophie Marchetti",
    "Talent Acquisition Partner – Commercial & Export",
    "Groupe Fougerolles | Cognac · Armagnac · Calvados",
    "12 rue des Gabariers, 16100 Cognac",
    "+33 5 45 00 77 31",
)
FOUG_DISCLAIMER = (
    "\nCe message et ses pièces jointes sont confidentiels et établis à l'attention exclusive "
    "de leurs destinataires. Toute utilisation ou diffusion non autorisée est interdite. "
    "Si vous avez reçu ce message par erreur, merci de le détruire et d'en avertir "
    "l'expéditeur. L'abus d'alcool est dangereux pour la santé, à consommer avec modération.\n"
)
FOUG_ACK_TEXT = (
    "Dear Baptiste,\n\n"
    "Thank you for applying for the position of Export Area Manager – UK & Nordics "
    "(REQ-24817) at Groupe Fougerolles.\n\n"
    "We have received your application and our Talent Acquisition team will review it "
    "carefully. Due to the high number of applications, we are unable to respond to every "
    "candidate individually; if your profile matches our needs, a recruiter will contact "
    "you within the next few weeks.\n\n"
    "You can follow the status of your application at any time in your candidate home.\n\n"
    "Kind regards,\nGroupe Fougerolles Talent Acquisition\n\n"
    "This is an automated message. Please do not reply to this email.\n"
)
FOUG_INVITE_TEXT = (
    "Bonjour Baptiste,\n\n"
    "Je fais suite à votre candidature au poste d'Export Area Manager UK & Nordics. "
    "Votre double culture sommellerie / terrain nous intéresse beaucoup et j'aimerais "
    "échanger avec vous lors d'un premier entretien en visio (Teams, 45 minutes).\n\n"
    "Je vous propose le mercredi 11 mars à 9h30. Le lien Teams figure dans l'invitation "
    "ci-jointe ; l'entretien se déroulera en partie en anglais.\n\n"
    "Bien à vous,\n\n" + SIG_SOPHIE + FOUG_DISCLAIMER
)
FOUG_MISSED_TEXT = (
    "Bonjour Baptiste,\n\n"
    "Nous avions rendez-vous ce matin à 9h30 sur Teams pour votre entretien. Je vous ai "
    "attendu une vingtaine de minutes et j'ai essayé de vous joindre au 06 71 22 34 58, "
    "sans succès.\n\n"
    "J'espère qu'il n'y a rien de grave. Pouvez-vous me dire ce qu'il s'est passé et si "
    "vous souhaitez toujours poursuivre le processus ?\n\n"
    "Bien cordialement,\n\n" + SIG_SOPHIE + FOUG_DISCLAIMER
)
FOUG_APOLOGY_TEXT = reply(
    "Bonjour Sophie,\n\n"
    "Je suis sincèrement désolé : j'avais noté 9h30 heure de… Londres, car je préparais un "
    "rendez-vous avec un caviste anglais le même jour. C'est une erreur de ma part, sans "
    "excuse valable.\n\n"
    "Je reste évidemment très motivé par le poste et entièrement disponible cette semaine, "
    "à l'heure qui vous conviendra.\n\n"
    "Avec toutes mes excuses,\nBaptiste Kerhervé-Nakamura\n",
    "Le mer. 11 mars 2026 à 10:04, Sophie Marchetti "
    "<sophie.marchetti@fougerolles-group.example.com> a écrit :",
    FOUG_MISSED_TEXT.split("-- ")[0],
)
FOUG_NEWSLOT_TEXT = reply(
    "Bonjour Baptiste,\n\n"
    "Merci pour votre message, cela arrive. Je vous propose un nouveau créneau le vendredi "
    "13 mars à 11h00 (heure de Paris !). Vous trouverez la nouvelle invitation Teams en "
    "pièce jointe du calendrier.\n\n"
    "À vendredi,\n\n" + SIG_SOPHIE,
    "Le mer. 11 mars 2026 à 11:26, Baptiste Kerhervé-Nakamura "
    "<baptiste.kerherve@example.fr> a écrit :",
    FOUG_APOLOGY_TEXT.split("\n\nLe mer.")[0],
)
FOUG_ASSESS_TEXT = (
    "Bonjour Baptiste,\n\n"
    "Suite à vos échanges avec moi puis avec James Whitcombe, nous avons le plaisir de vous "
    "inviter à notre assessment center, à Cognac, le mardi 31 mars 2026.\n\n"
    "Programme :\n"
    "08h45  accueil au siège, 12 rue des Gabariers\n"
    "09h15  visite des chais et dégustation de nos VSOP et XO\n"
    "10h30  étude de cas : plan de conquête d'un distributeur suédois (présentation en "
    "anglais)\n"
    "12h30  déjeuner avec l'équipe export\n"
    "14h00  entretien final avec la DRH et James Whitcombe\n\n"
    "Vos frais de déplacement seront remboursés sur justificatifs. Merci de confirmer votre "
    "venue avant le 24 mars.\n\n"
    "Bien cordialement,\n\n" + SIG_SOPHIE + FOUG_DISCLAIMER
)
FOUG_VERBAL_TEXT = (
    "Hi Baptiste,\n\n"
    "Great speaking to you just now — and congratulations again. As promised, a quick note "
    "to put it in writing: we would like to offer you the role of Export Area Manager, UK & "
    "Nordics, reporting to me and based in London with frequent trips to Cognac.\n\n"
    "Headline terms: base salary GBP 58,000, annual bonus up to 20%, car allowance, and "
    "relocation support. Our HR team will send the formal offer letter in the next couple "
    "of days.\n\n"
    "Take the weekend to think it over, and call me with any questions.\n\n"
    "Best,\nJames\n\n"
    "James Whitcombe\nExport Director, Northern Europe\nGroupe Fougerolles\n"
    "+44 20 7946 0318\n"
)
FOUG_LETTER_TEXT = (
    "Dear Baptiste,\n\n"
    "Further to your conversation with James Whitcombe, I am delighted to enclose your offer "
    "letter for the position of Export Area Manager, UK & Nordics.\n\n"
    "The offer is conditional on satisfactory references and on your right to work in the "
    "United Kingdom, which our immigration advisers will help you with. Please sign and "
    "return the letter by 10 April 2026.\n\n"
    "Kind regards,\n\n"
    "Eleanor Fitch\nHR Business Partner UK\nGroupe Fougerolles UK\n"
    "3 Cheval Place, London SW7 1EW\n"
)
FOUG_REVISED_TEXT = (
    "Bonjour Baptiste,\n\n"
    "James m'a transmis vos remarques sur le package. Après validation par la direction, "
    "nous pouvons vous proposer un salaire de base de 62 000 GBP, le bonus inchangé, et la "
    "prise en charge de deux mois de logement à Londres. L'offre révisée est jointe ; elle "
    "remplace la version du 2 avril.\n\n"
    "Nous avons vraiment envie de vous voir rejoindre l'équipe.\n\n"
    "Bien à vous,\n\n" + SIG_SOPHIE + "\n"
    + outlook("fr", "Eleanor Fitch <eleanor.fitch@fougerolles-group.example.com>",
              "jeudi 2 avril 2026 11:40", "Baptiste Kerhervé-Nakamura",
              "Offer of employment – Export Area Manager, UK & Nordics", FOUG_LETTER_TEXT)
)
FOUG_CONTRACT_TEXT = (
    "Bonjour Baptiste,\n\n"
    "Je vous joins le contrat de travail (droit anglais, version bilingue) reprenant "
    "l'offre révisée. Merci de le signer et de nous le renvoyer avant le 24 avril.\n\n"
    "Bien cordialement,\n\n" + SIG_SOPHIE
)

FOUGEROLLES = [
    {
        "key": "fougerolles_ack_workday", "kind": "application_received", "lang": "en",
        "company": "Groupe Fougerolles", "frm": WD, "date": "2026-02-23 07:12 +0000",
        "subject": "Thank you for applying: Export Area Manager – UK & Nordics (REQ-24817)",
        "text": FOUG_ACK_TEXT,
        "html": html_shell(FOUG_ACK_TEXT, brand="Groupe Fougerolles – Careers",
                        footer="Powered by Workday"),
        "headers": [("Auto-Submitted", "auto-generated")],
    },
    {
        "key": "fougerolles_invite_visio", "kind": "interview_invitation", "lang": "fr",
        "company": "Groupe Fougerolles", "contact": "sophie.marchetti@fougerolles-group.example.com",
        "frm": SOPHIE, "date": "2026-03-05 17:20 +0100",
        "subject": "Groupe Fougerolles – Entretien visio – Export Area Manager UK & Nordics",
        "text": FOUG_INVITE_TEXT,
        "ical": {"uid": "040000008200E00074C5B7101A82E0080000000011AB@fougerolles-group.example.com",
                  "start": "20260311T093000", "end": "20260311T101500",
                  "summary": "Entretien Teams – Baptiste Kerhervé-Nakamura",
                  "location": "Réunion Microsoft Teams",
                  "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"},
    },
    {
        "key": "fougerolles_no_show", "kind": "missed_interview_notice", "lang": "fr",
        "company": "Groupe Fougerolles", "contact": "sophie.marchetti@fougerolles-group.example.com",
        "frm": SOPHIE, "parent": "fougerolles_invite_visio", "date": "2026-03-11 10:04 +0100",
        "subject": "Notre entretien de ce matin", "text": FOUG_MISSED_TEXT,
        "html": html_shell(FOUG_MISSED_TEXT), "cte": "quoted-printable",
    },
    {
        "key": "fougerolles_apology_own", "kind": "other", "lang": "fr", "frm": ME, "to": [SOPHIE],
        "parent": "fougerolles_no_show", "date": "2026-03-11 11:26 +0100",
        "subject": "Re: Notre entretien de ce matin", "text": FOUG_APOLOGY_TEXT, "cte": "8bit",
    },
    {
        "key": "fougerolles_new_slot", "kind": "interview_invitation", "lang": "fr",
        "company": "Groupe Fougerolles", "contact": "sophie.marchetti@fougerolles-group.example.com",
        "frm": SOPHIE, "parent": "fougerolles_apology_own", "date": "2026-03-11 14:49 +0100",
        "subject": "RE: Notre entretien de ce matin – nouveau créneau vendredi 13 mars",
        "subj_cs": ("utf-8", "b"), "text": FOUG_NEWSLOT_TEXT,
        "ical": {"uid": "040000008200E00074C5B7101A82E0080000000019CD@fougerolles-group.example.com",
                  "start": "20260313T110000", "end": "20260313T114500",
                  "summary": "Entretien Teams (nouveau créneau) – B. Kerhervé-Nakamura",
                  "location": "Réunion Microsoft Teams",
                  "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"},
    },
    {
        "key": "fougerolles_assessment", "kind": "interview_invitation", "lang": "fr",
        "company": "Groupe Fougerolles", "contact": "sophie.marchetti@fougerolles-group.example.com",
        "frm": SOPHIE, "cc": [JAMES], "date": "2026-03-19 16:33 +0100",
        "subject": "Invitation – Assessment center à Cognac le 31 mars",
        "text": FOUG_ASSESS_TEXT, "html": html_shell(FOUG_ASSESS_TEXT, brand="Groupe Fougerolles"),
        "cs": "windows-1252", "html_cs": "utf-8",
    },
    {
        "key": "fougerolles_offer_call", "kind": "offer", "lang": "en", "company": "Groupe Fougerolles",
        "contact": "james.whitcombe@fougerolles-group.example.com", "frm": JAMES, "cc": [SOPHIE],
        "date": "2026-04-01 18:05 +0100", "subject": "Following our call – your offer",
        "text": FOUG_VERBAL_TEXT, "headers": [("X-Mailer", "iPhone Mail (22D82)")],
    },
    {
        "key": "fougerolles_offer_letter", "kind": "offer", "lang": "en", "company": "Groupe Fougerolles",
        "contact": "eleanor.fitch@fougerolles-group.example.com",
        "frm": ("Eleanor Fitch", "eleanor.fitch@fougerolles-group.example.com"),
        "parent": "fougerolles_offer_call", "date": "2026-04-02 11:40 +0100",
        "subject": "Offer of employment – Export Area Manager, UK & Nordics",
        "text": FOUG_LETTER_TEXT,
        "attach": [("Offer_Letter_B_Kerherve-Nakamura.pdf", [
            "Groupe Fougerolles UK - 3 Cheval Place, London SW7 1EW", "2 April 2026",
            "OFFER OF EMPLOYMENT", "Position: Export Area Manager, UK & Nordics",
            "Base salary: GBP 58,000 per annum", "Please sign and return by 10 April 2026",
        ])],
    },
    {
        "key": "fougerolles_offer_revised", "kind": "offer", "lang": "fr", "company": "Groupe Fougerolles",
        "contact": "sophie.marchetti@fougerolles-group.example.com", "frm": SOPHIE, "cc": [JAMES],
        "parent": "fougerolles_offer_letter", "date": "2026-04-08 09:22 +0100",
        "subject": "Offre révisée – Export Area Manager UK & Nordics", "subj_cs": ("utf-8", "b"),
        "text": FOUG_REVISED_TEXT,
        "attach": [("Offre_revisee_Fougerolles.pdf", [
            "GROUPE FOUGEROLLES - OFFRE REVISEE (annule et remplace l'offre du 2 avril)",
            "Salaire de base : 62 000 GBP", "Logement : prise en charge de deux mois",
        ])],
    },
    {
        "key": "fougerolles_contract", "kind": "offer", "lang": "fr", "company": "Groupe Fougerolles",
        "contact": "sophie.marchetti@fougerolles-group.example.com", "frm": SOPHIE,
        "date": "2026-04-15 15:10 +0200", "subject": "Votre contrat – Groupe Fougerolles UK",
        "text": FOUG_CONTRACT_TEXT + FOUG_DISCLAIMER, "cs": "windows-1252", "cte": "quoted-printable",
        "attach": [("Contrat_Employment_Contract_Fougerolles.pdf", [
            "EMPLOYMENT CONTRACT / CONTRAT DE TRAVAIL",
            "Groupe Fougerolles UK and Baptiste Kerherve-Nakamura",
            "Signature / Date: ____________________",
        ])],
    },
]

# ------------------------------------------------------------------ Thornbury (London, Greenhouse)
HARRIET = ("Harriet Vale", "harriet.vale@thornbury-wines.example.co.uk")
GH = ("Harriet Vale via Greenhouse", "no-reply@greenhouse-mail.io")
THORN_ACK_TEXT = (
    "Hi Baptiste,\n\n"
    "Thanks for applying to Thornbury Wine Importers! We've received your application for "
    "Business Development Manager – French & Spanish Portfolio and our team will be in "
    "touch if your experience is a fit.\n\n"
    "In the meantime, feel free to have a look at our latest portfolio tasting notes on "
    "our website.\n\n"
    "Cheers,\nThe Thornbury Talent Team\n"
)
THORN_INVITE_TEXT = (
    "Hi Baptiste,\n\n"
    "Thanks so much for your interest in the Business Development Manager role. I'd love "
    "to set up a 30-minute video call with you to talk through your background and the "
    "on-trade accounts this role would look after.\n\n"
    "Please pick a time that suits you using the link below:\n"
    "https://app.greenhouse.io/scheduler/thornbury/bdm-fr-es/4b7c21\n\n"
    "Speak soon,\nHarriet\n\n"
    "Harriet Vale | People & Talent Lead\nThornbury Wine Importers\n"
    "Unit 4, Bermondsey Wine Arches, London SE1 3XF\n"
)
THORN_MOVE_TEXT = (
    "Hi Baptiste,\n\n"
    "Apologies — our Sales Director Tom has been pulled into a supplier visit in Rioja on "
    "Thursday, so we need to move your second interview. Would Monday 20 April at 2pm "
    "(UK time) work instead? Same format: 45 minutes at our office in Bermondsey, with a "
    "short blind tasting at the end.\n\n"
    "Sorry for the shuffle, and thanks for your flexibility.\n\n"
    "Best,\nHarriet\n"
)
THORN_THANKS_TEXT = (
    "Dear Harriet, dear Tom,\n\n"
    "Thank you both for this afternoon. I really enjoyed the blind tasting (I'm still "
    "annoyed I called the Mencía a Gamay) and learning how you build the on-trade list "
    "with your London restaurant partners.\n\n"
    "I'd be thrilled to bring my floor experience to the team. Please don't hesitate to "
    "contact me if you need anything else.\n\n"
    "Best regards,\nBaptiste Kerhervé-Nakamura\n"
)
THORN_REJECT_TEXT = reply(
    "Hi Baptiste,\n\n"
    "Thank you again for coming in to meet Tom and me, and for your lovely note. It was a "
    "genuinely close decision, but we've decided to offer the role to a candidate with "
    "more UK on-trade experience.\n\n"
    "I know that's disappointing after the time you invested. We'd be very happy to keep "
    "in touch, and I'll flag you to our network if something suited comes up.\n\n"
    "All the best,\nHarriet\n",
    "On Mon, 20 Apr 2026 at 18:12, Baptiste Kerhervé-Nakamura "
    "<baptiste.kerherve@example.fr> wrote:",
    THORN_THANKS_TEXT,
)

THORNBURY = [
    {
        "key": "thornbury_ack", "kind": "application_received", "lang": "en",
        "company": "Thornbury Wine Importers",
        "frm": ("Thornbury Wine Importers", "no-reply@greenhouse-mail.io"),
        "date": "2026-03-24 09:41 +0000",
        "subject": "Thank you for applying to Thornbury Wine Importers",
        "html": html_shell(THORN_ACK_TEXT, brand="Thornbury Wine Importers", color="#1f3b2c"),
    },
    {
        "key": "thornbury_invite", "kind": "interview_invitation", "lang": "en",
        "company": "Thornbury Wine Importers",
        "contact": "harriet.vale@thornbury-wines.example.co.uk", "frm": GH, "reply_to": HARRIET,
        "parent": "thornbury_ack", "date": "2026-04-01 13:05 +0100",
        "subject": "Let's chat! Business Development Manager at Thornbury Wine Importers",
        "text": THORN_INVITE_TEXT, "html": html_shell(THORN_INVITE_TEXT, color="#1f3b2c"),
    },
    {
        "key": "thornbury_moved", "kind": "interview_reschedule_or_cancel", "lang": "en",
        "company": "Thornbury Wine Importers",
        "contact": "harriet.vale@thornbury-wines.example.co.uk", "frm": HARRIET,
        "date": "2026-04-14 16:20 +0100",
        "subject": "Change of date for your second interview", "text": THORN_MOVE_TEXT,
    },
    {
        "key": "thornbury_thanks_own", "kind": "other", "lang": "en", "frm": ME,
        "to": [HARRIET, ("Tom Ashdown", "tom.ashdown@thornbury-wines.example.co.uk")],
        "parent": "thornbury_moved", "date": "2026-04-20 18:12 +0200",
        "subject": "Thank you – second interview today", "text": THORN_THANKS_TEXT,
    },
    {
        "key": "thornbury_reject", "kind": "rejection", "lang": "en", "company": "Thornbury Wine Importers",
        "contact": "harriet.vale@thornbury-wines.example.co.uk", "frm": HARRIET,
        "parent": "thornbury_thanks_own", "date": "2026-04-24 10:02 +0100",
        "subject": "Re: Thank you – second interview today", "text": THORN_REJECT_TEXT,
        "cte": "quoted-printable",
    },
]

# ------------------------------------------------------------------ Gauer Weinkellerei (Mainz)
JONAS = ("Jonas Weidmann", "jonas.weidmann@gauer-weinkellerei.example.de")
SIG_JONAS = signature(
    "Jonas Weidmann",
    "Personalreferent",
    "Weinkellerei Gauer GmbH & Co. KG",
    "Rheinallee 112, 55118 Mainz",
    "Tel. +49 6131 55 42 09",
    "Registergericht Mainz HRA 40117 · Geschäftsführer: Dr. Ruth Gauer, Felix Gauer",
)
GAUER_ACK_TEXT = (
    "Hallo Baptiste Kerhervé-Nakamura,\n\n"
    "vielen Dank für Ihre Bewerbung als Export Sales Manager Frankreich/Benelux bei der "
    "Weinkellerei Gauer. Ihre Unterlagen sind vollständig bei uns eingegangen.\n\n"
    "Wir prüfen Ihre Bewerbung sorgfältig und melden uns in den nächsten zwei Wochen bei "
    "Ihnen. Den Stand Ihrer Bewerbung können Sie jederzeit in unserem Bewerberportal "
    "einsehen.\n\n"
    "Freundliche Grüße\nIhr Recruiting-Team der Weinkellerei Gauer\n\n"
    "Diese E-Mail wurde automatisch versendet.\n"
)
GAUER_INVITE_TEXT = (
    "Sehr geehrter Herr Kerhervé-Nakamura,\n\n"
    "Ihre Bewerbung hat uns überzeugt, und wir möchten Sie gerne persönlich kennenlernen. "
    "Wir laden Sie herzlich zu einem Vorstellungsgespräch am Dienstag, 5. Mai 2026, um "
    "10:00 Uhr in unsere Kellerei in Mainz ein. Gesprächspartner sind Felix Gauer "
    "(Geschäftsführung) und ich.\n\n"
    "Eine Kalendereinladung liegt bei. Bitte bestätigen Sie den Termin kurz per E-Mail. "
    "Das Gespräch kann gerne teilweise auf Französisch oder Englisch geführt werden.\n\n"
    "Mit freundlichen Grüßen\n\n" + SIG_JONAS
)
GAUER_CANCEL_TEXT = reply(
    "Sehr geehrter Herr Kerhervé-Nakamura,\n\n"
    "leider müssen wir den Termin am 5. Mai absagen: Herr Gauer ist kurzfristig erkrankt. "
    "Wir melden uns in den nächsten Tagen mit einem neuen Terminvorschlag bei Ihnen und "
    "bitten um Ihr Verständnis.\n\n"
    "Mit freundlichen Grüßen\nJonas Weidmann\n",
    "Am 22.04.2026 um 14:18 schrieb Jonas Weidmann:",
    GAUER_INVITE_TEXT.split("-- ")[0],
)
GAUER_REJECT_TEXT = (
    "Sehr geehrter Herr Kerhervé-Nakamura,\n\n"
    "nochmals vielen Dank für Ihre Geduld in den letzten Wochen. Leider muss ich Ihnen "
    "mitteilen, dass wir die Position des Export Sales Manager inzwischen intern besetzt "
    "haben. Ein neuer Gesprächstermin entfällt daher.\n\n"
    "Wir bedauern, Ihnen keine positivere Nachricht geben zu können, und wünschen Ihnen "
    "für Ihren weiteren Weg alles Gute.\n\n"
    "Mit freundlichen Grüßen\n\n" + SIG_JONAS
)

GAUER = [
    {
        "key": "gauer_ack_personio", "kind": "application_received", "lang": "de",
        "company": "Weinkellerei Gauer",
        "frm": ("Weinkellerei Gauer", "noreply@personio.de"), "date": "2026-04-07 08:03 +0200",
        "subject": "Ihre Bewerbung bei der Weinkellerei Gauer: Export Sales Manager",
        "text": GAUER_ACK_TEXT,
        "html": html_shell(GAUER_ACK_TEXT, brand="Weinkellerei Gauer", color="#7a2231",
                        footer="Weinkellerei Gauer GmbH & Co. KG · Rheinallee 112 · Mainz"),
    },
    {
        "key": "gauer_invite", "kind": "interview_invitation", "lang": "de",
        "company": "Weinkellerei Gauer", "contact": "jonas.weidmann@gauer-weinkellerei.example.de",
        "frm": JONAS, "parent": "gauer_ack_personio", "date": "2026-04-22 14:18 +0200",
        "subject": "Einladung zum Vorstellungsgespräch am 5. Mai 2026", "subj_cs": ("utf-8", "b"),
        "text": GAUER_INVITE_TEXT,
        "ical": {"uid": "gauer-vg-20260505-bkn@gauer-weinkellerei.example.de", "seq": 0,
                  "start": "20260505T100000", "end": "20260505T113000", "tz": "Europe/Berlin",
                  "summary": "Vorstellungsgespräch Weinkellerei Gauer",
                  "location": "Rheinallee 112, 55118 Mainz"},
    },
    {
        "key": "gauer_cancel", "kind": "interview_reschedule_or_cancel", "lang": "de",
        "company": "Weinkellerei Gauer", "contact": "jonas.weidmann@gauer-weinkellerei.example.de",
        "frm": JONAS, "parent": "gauer_invite", "date": "2026-04-30 09:47 +0200",
        "subject": "Absage: Vorstellungsgespräch am 5. Mai 2026", "text": GAUER_CANCEL_TEXT,
        "cs": "iso-8859-1", "cte": "8bit",
        "ical": {"uid": "gauer-vg-20260505-bkn@gauer-weinkellerei.example.de", "seq": 2,
                  "method": "CANCEL", "start": "20260505T100000", "end": "20260505T113000",
                  "tz": "Europe/Berlin", "summary": "Abgesagt: Vorstellungsgespräch Weinkellerei Gauer",
                  "location": "Rheinallee 112, 55118 Mainz"},
    },
    {
        "key": "gauer_reject_internal", "kind": "rejection", "lang": "de",
        "company": "Weinkellerei Gauer", "contact": "jonas.weidmann@gauer-weinkellerei.example.de",
        "frm": JONAS, "parent": "gauer_cancel", "date": "2026-05-15 11:30 +0200",
        "subject": "Ihre Bewerbung als Export Sales Manager", "text": GAUER_REJECT_TEXT,
        "cs": "windows-1252", "cte": "quoted-printable",
    },
]

# ------------------------------------------------------------------ Bodegas Valdenájera (Logroño)
LUCIA = ("Lucía Errazquin", "lucia.errazquin@valdenajera.example.es")
SIG_LUCIA = signature(
    "Lucía Errazquin Sáenz",
    "Responsable de Selección",
    "Bodegas Valdenájera",
    "Avda. de Burgos 58, 26006 Logroño (La Rioja)",
    "Tel. +34 941 00 32 17",
)
VALD_ACK_TEXT = (
    "Hola Baptiste:\n\n"
    "Gracias por tu interés en Bodegas Valdenájera. Hemos recibido correctamente tu "
    "candidatura para el puesto de Export Manager – Mercados francófonos.\n\n"
    "Nuestro equipo de Personas revisará tu perfil y, si encaja con lo que buscamos, nos "
    "pondremos en contacto contigo. Puedes consultar el estado de tu candidatura en tu "
    "cuenta de SmartRecruiters.\n\n"
    "Un saludo,\nEquipo de Selección de Bodegas Valdenájera\n"
)
VALD_INVITE_TEXT = (
    "Hola Baptiste:\n\n"
    "Soy Lucía, de Selección de Bodegas Valdenájera. Nos ha gustado mucho tu perfil y nos "
    "gustaría conocerte en persona en la bodega el jueves 21 de mayo a las 11:00. La "
    "entrevista será con Íñigo Lacalle, director de exportación, e incluirá una cata de "
    "nuestra gama de crianzas.\n\n"
    "¿Te viene bien? Si no, dime qué días tienes disponibles esa semana.\n\n"
    "Un saludo,\n\n" + SIG_LUCIA
)
VALD_MISSED_TEXT = (
    "Hola Baptiste:\n\n"
    "Ayer te estuvimos esperando en la bodega a las 11:00 para la entrevista con Íñigo y, "
    "al ver que no llegabas, te llamamos dos veces al móvil sin respuesta.\n\n"
    "Entendemos que puede haber surgido un imprevisto. Si sigues interesado en el puesto, "
    "escríbeme y vemos si es posible buscar otra fecha.\n\n"
    "Saludos,\n\n" + SIG_LUCIA
)
VALD_APOLOGY_TEXT = reply(
    "Hola Lucía:\n\n"
    "Te pido mil disculpas. Mi tren Burdeos–Irún fue cancelado por una huelga y me quedé "
    "sin batería intentando encontrar otra solución; no vi vuestras llamadas hasta la "
    "noche. Debería haber avisado por correo en cuanto supe que no llegaba.\n\n"
    "Sigo muy interesado en el puesto y puedo ir cualquier día de la semana que viene.\n\n"
    "Un saludo cordial,\nBaptiste\n",
    "El vie, 22 may 2026 a las 9:12, Lucía Errazquin "
    "(<lucia.errazquin@valdenajera.example.es>) escribió:",
    VALD_MISSED_TEXT.split("-- ")[0],
)
VALD_REJECT_TEXT = reply(
    "Hola Baptiste:\n\n"
    "Gracias por tu explicación, lo entendemos perfectamente. Sin embargo, el calendario "
    "del proceso era muy ajustado y esta semana hemos cerrado la contratación con otra "
    "persona, por lo que no podemos continuar con tu candidatura.\n\n"
    "Te deseamos mucha suerte y guardamos tu CV para futuras vacantes.\n\n"
    "Un saludo,\n\n" + SIG_LUCIA,
    "El vie, 22 may 2026 a las 19:40, Baptiste Kerhervé-Nakamura "
    "(<baptiste.kerherve@example.fr>) escribió:",
    VALD_APOLOGY_TEXT.split("\n\nEl vie")[0],
)

VALDENAJERA = [
    {
        "key": "valdenajera_ack", "kind": "application_received", "lang": "es",
        "company": "Bodegas Valdenájera",
        "frm": ("Bodegas Valdenájera", "noreply@smartrecruiters.com"),
        "date": "2026-04-28 12:30 +0200",
        "subject": "Hemos recibido tu candidatura: Export Manager Mercados francófonos",
        "name_cs": ("iso-8859-1", "q"), "subj_cs": ("iso-8859-1", "q"),
        "text": VALD_ACK_TEXT, "html": html_shell(VALD_ACK_TEXT, brand="Bodegas Valdenájera"),
        "cte": "base64",
    },
    {
        "key": "valdenajera_invite", "kind": "interview_invitation", "lang": "es",
        "company": "Bodegas Valdenájera", "contact": "lucia.errazquin@valdenajera.example.es",
        "frm": LUCIA, "name_cs": ("utf-8", "b"), "parent": "valdenajera_ack",
        "date": "2026-05-12 10:15 +0200", "subject": "Entrevista en Bodegas Valdenájera",
        "text": VALD_INVITE_TEXT,
    },
    {
        "key": "valdenajera_missed", "kind": "missed_interview_notice", "lang": "es",
        "company": "Bodegas Valdenájera", "contact": "lucia.errazquin@valdenajera.example.es",
        "frm": LUCIA, "parent": "valdenajera_invite", "date": "2026-05-22 09:12 +0200",
        "subject": "Entrevista de ayer", "text": VALD_MISSED_TEXT, "cs": "iso-8859-1", "cte": "8bit",
    },
    {
        "key": "valdenajera_apology_own", "kind": "other", "lang": "es", "frm": ME, "to": [LUCIA],
        "parent": "valdenajera_missed", "date": "2026-05-22 19:40 +0200",
        "subject": "Re: Entrevista de ayer", "text": VALD_APOLOGY_TEXT,
    },
    {
        "key": "valdenajera_reject", "kind": "rejection", "lang": "es", "company": "Bodegas Valdenájera",
        "contact": "lucia.errazquin@valdenajera.example.es", "frm": LUCIA,
        "parent": "valdenajera_apology_own", "date": "2026-05-27 13:55 +0200",
        "subject": "Re: Entrevista de ayer", "text": VALD_REJECT_TEXT, "cs": "windows-1252",
        "cte": "quoted-printable",
    },
]

# ------------------------------------------------------------------ Champagne Vauclair (Reims)
VAUCLAIR_TT = ("Champagne Vauclair-Deschamps", "no-reply@teamtailor-mail.com")
AUDREY = ("Audrey Pinchon", "audrey.pinchon@vauclair-champagne.example.fr")
VAUC_ACK_TEXT = (
    "Bonjour Baptiste,\n\n"
    "Merci pour votre candidature au poste de Chargé(e) de clientèle export – Amériques ! "
    "Nous l'avons bien reçue.\n\n"
    "Notre équipe lit chaque candidature avec attention. En raison du nombre important de "
    "dossiers, nous ne sommes malheureusement pas en mesure de répondre individuellement à "
    "chacun ; sans nouvelles de notre part d'ici quatre semaines, vous pourrez considérer "
    "que nous n'avons pas retenu votre profil pour ce poste.\n\n"
    "Belle journée,\nL'équipe Talents – Champagne Vauclair-Deschamps\n"
)
VAUC_INVITE_TEXT = (
    "Bonjour Baptiste,\n\n"
    "Votre candidature a retenu notre attention ! Nous vous proposons de venir passer une "
    "journée d'immersion à la Maison, à Reims, le mercredi 10 juin : rencontre avec l'équipe "
    "export, visite des crayères, puis un entretien avec notre directrice commerciale, "
    "Mme Hélène Vauclair.\n\n"
    "Merci de réserver votre créneau d'arrivée via le lien ci-dessous :\n"
    "https://vauclair-deschamps.teamtailor.com/meetings/immersion-export\n\n"
    "À très bientôt,\nAudrey Pinchon\nChargée de recrutement\n"
)
VAUC_MOVE_TEXT = (
    "Bonjour Baptiste,\n\n"
    "Petite modification : en raison d'un audit de certification dans nos caves le 10 "
    "juin, nous devons reporter votre journée d'immersion. Seriez-vous disponible le "
    "mardi 16 ou le jeudi 18 juin ? Le programme reste identique.\n\n"
    "Merci de votre compréhension,\nAudrey\n\n"
    "Audrey Pinchon | Chargée de recrutement\nChampagne Vauclair-Deschamps\n"
    "17, boulevard Henry-Vasnier – 51100 Reims\n"
)
VAUC_REJECT_TEXT = (
    "Bonjour Baptiste,\n\n"
    "Je reviens vers vous avec une nouvelle que j'aurais préféré ne pas avoir à vous "
    "annoncer : la direction a décidé de geler le recrutement du poste de chargé de "
    "clientèle export Amériques, dans l'attente de la réorganisation de nos filiales "
    "nord-américaines. Nous ne donnerons donc pas suite à votre candidature, et la journée "
    "d'immersion du 16 juin est annulée.\n\n"
    "Je suis sincèrement désolée, votre profil avait beaucoup plu. Je me permettrai de vous "
    "recontacter si le poste est rouvert.\n\n"
    "Bien cordialement,\nAudrey Pinchon\n"
)

VAUCLAIR = [
    {
        "key": "vauclair_ack_teamtailor", "kind": "application_received", "lang": "fr",
        "company": "Champagne Vauclair-Deschamps", "frm": VAUCLAIR_TT,
        "date": "2026-05-06 14:27 +0200",
        "subject": "Merci pour votre candidature chez Champagne Vauclair-Deschamps",
        "text": VAUC_ACK_TEXT,
        "html": html_shell(VAUC_ACK_TEXT, brand="Champagne Vauclair-Deschamps", color="#b08d3c"),
    },
    {
        "key": "vauclair_immersion_invite", "kind": "interview_invitation", "lang": "fr",
        "company": "Champagne Vauclair-Deschamps",
        "contact": "audrey.pinchon@vauclair-champagne.example.fr",
        "frm": ("Audrey Pinchon via Teamtailor", "no-reply@teamtailor-mail.com"),
        "reply_to": AUDREY, "parent": "vauclair_ack_teamtailor", "date": "2026-05-26 10:40 +0200",
        "subject": "Invitation : journée d'immersion chez Champagne Vauclair-Deschamps",
        "html": html_shell(VAUC_INVITE_TEXT, color="#b08d3c"), "html_cte": "base64",
    },
    {
        "key": "vauclair_postponed", "kind": "interview_reschedule_or_cancel", "lang": "fr",
        "company": "Champagne Vauclair-Deschamps",
        "contact": "audrey.pinchon@vauclair-champagne.example.fr", "frm": AUDREY,
        "parent": "vauclair_immersion_invite", "date": "2026-06-03 17:02 +0200",
        "subject": "Report de votre journée d'immersion", "text": VAUC_MOVE_TEXT,
        "cs": "windows-1252", "cte": "8bit",
    },
    {
        "key": "vauclair_frozen", "kind": "rejection", "lang": "fr",
        "company": "Champagne Vauclair-Deschamps",
        "contact": "audrey.pinchon@vauclair-champagne.example.fr", "frm": AUDREY,
        "parent": "vauclair_postponed", "date": "2026-06-12 12:15 +0200",
        "subject": "Votre candidature – Chargé(e) de clientèle export Amériques",
        "text": VAUC_REJECT_TEXT, "html": html_shell(VAUC_REJECT_TEXT),
    },
]

# ------------------------------------------------------------------ Cépages Conseil (cabinet)
NATHALIE = ("Nathalie Rouquette", "n.rouquette@cepages-conseil.example.fr")
SIG_NATHALIE = signature(
    "Nathalie Rouquette",
    "Consultante associée - Vins & Spiritueux",
    "Cépages Conseil, cabinet de recrutement",
    "8 cours du Chapeau-Rouge, 33000 Bordeaux",
    "06 44 18 27 90",
)
CEP_INVITE_TEXT = (
    "Bonjour Baptiste,\n\n"
    "Comme évoqué au téléphone, je vous confirme notre rendez-vous pour parler du poste de "
    "Responsable de zone export Europe du Nord que je mène pour l'un de mes clients, une "
    "maison de négoce bourguignonne familiale (je ne peux pas encore la nommer à ce stade).\n\n"
    "Rendez-vous le lundi 8 juin à 17h00 à notre bureau de Bordeaux, ou en visio si vous "
    "préférez. Prévoyez une heure ; nous ferons le point sur vos motivations et votre "
    "mobilité à Dijon.\n\n"
    "Bien à vous,\n\n" + SIG_NATHALIE
)
CEP_MOVE_TEXT = reply(
    "Re-bonjour Baptiste,\n\n"
    "Un contretemps de mon côté : je dois être à Beaune lundi pour un autre dossier. "
    "Pouvons-nous décaler notre rendez-vous au mardi 9 juin, même heure, en visio cette "
    "fois ? Je vous envoie le lien Zoom la veille.\n\n"
    "Merci et désolée,\nNathalie\n",
    "Le mar. 2 juin 2026 à 09:31, Nathalie Rouquette <n.rouquette@cepages-conseil.example.fr> "
    "a écrit :",
    CEP_INVITE_TEXT.split("-- ")[0],
)
CEP_REJECT_TEXT = (
    "Bonjour Baptiste,\n\n"
    "J'ai eu le retour de mon client après la présentation de votre dossier. Il a apprécié "
    "votre parcours, mais il a finalement choisi de retenir des candidats ayant déjà géré "
    "un réseau d'importateurs en Scandinavie. Je suis désolée de ne pas avoir de meilleure "
    "nouvelle.\n\n"
    "Je garde votre profil en tête : plusieurs missions export devraient s'ouvrir à la "
    "rentrée et je vous recontacterai.\n\n"
    "Bien cordialement,\n\n" + SIG_NATHALIE
)

CEPAGES = [
    {
        "key": "cepages_invite_unnamed_client", "kind": "interview_invitation", "lang": "fr",
        "company": "Cépages Conseil", "contact": "n.rouquette@cepages-conseil.example.fr",
        "frm": NATHALIE, "date": "2026-06-02 09:31 +0200",
        "subject": "Rendez-vous lundi 8 juin – poste export Europe du Nord",
        "text": CEP_INVITE_TEXT, "cs": "iso-8859-1", "cte": "quoted-printable",
    },
    {
        "key": "cepages_moved", "kind": "interview_reschedule_or_cancel", "lang": "fr",
        "company": "Cépages Conseil", "contact": "n.rouquette@cepages-conseil.example.fr",
        "frm": NATHALIE, "parent": "cepages_invite_unnamed_client", "date": "2026-06-04 19:08 +0200",
        "subject": "Re: Rendez-vous lundi 8 juin – poste export Europe du Nord",
        "text": CEP_MOVE_TEXT,
    },
    {
        "key": "cepages_client_no", "kind": "rejection", "lang": "fr", "company": "Cépages Conseil",
        "contact": "n.rouquette@cepages-conseil.example.fr", "frm": NATHALIE,
        "date": "2026-06-26 11:44 +0200",
        "subject": "Retour de mon client – poste export Europe du Nord", "text": CEP_REJECT_TEXT,
        "html": html_shell(CEP_REJECT_TEXT),
    },
]

# ------------------------------------------------------------------ Kestrel Export Search
ROWAN = ("Rowan Pettifer", "rowan@kestrel-search.example.co.uk")
SIG_ROWAN = (
    "\nRowan Pettifer\nPartner, Wine & Spirits Practice\nKestrel Export Search\n"
    "22 Bury Street, St James's, London SW1Y 6AL | +44 20 7946 0771\n"
)
KEST_COLD_TEXT = (
    "Hi Baptiste,\n\n"
    "I came across your profile via the Wine Scholar Guild alumni list — a sommelier with "
    "Japanese, French and solid English is a rare mix in export sales. I partner with a "
    "handful of independent wine and spirits houses on commercial hires across Europe and "
    "Asia.\n\n"
    "Nothing specific to put in front of you today, but I'd be glad to understand what "
    "you're looking for so I can think of you when the right brief lands. No pressure at "
    "all.\n\nKind regards,\n" + SIG_ROWAN
)
KEST_INVITE_TEXT = (
    "Hi Baptiste,\n\n"
    "Good news: Harcourt Cellars (the London fine-wine merchant I mentioned) liked your CV "
    "and their Managing Director, Imogen Harcourt, would like a first video call with you "
    "on Wednesday 15 July at 3pm UK time / 4pm in Bordeaux. It's an informal 40 minutes "
    "about the private-client export role.\n\n"
    "Could you confirm by reply? I'll send the Teams link once you do.\n\n"
    "Best,\n" + SIG_ROWAN
)
KEST_MISSED_TEXT = reply(
    "Baptiste,\n\n"
    "Imogen has just been on to me — she was on the Teams call at 3pm UK time and waited "
    "about fifteen minutes, and I tried your mobile twice. Is everything OK?\n\n"
    "She's willing to find another slot if there's a good reason, so please call me as soon "
    "as you see this.\n\n"
    "Rowan\n",
    "On 10 Jul 2026, at 11:02, Rowan Pettifer <rowan@kestrel-search.example.co.uk> wrote:",
    KEST_INVITE_TEXT.split("Best,")[0],
)
KEST_REJECT_TEXT = (
    "Hi Baptiste,\n\n"
    "Thanks for taking the call with Imogen on Monday. I've had her feedback: she enjoyed "
    "the conversation, but Harcourt Cellars have decided to go with a candidate who already "
    "manages private clients in Hong Kong. So it's a no this time, I'm afraid.\n\n"
    "I know the missed call didn't help, but honestly the Asian client book was the deciding "
    "factor. Let's keep talking — I've got two briefs coming in September.\n\n"
    "Best,\n" + SIG_ROWAN
)

KESTREL = [
    {
        "key": "kestrel_cold_approach", "kind": "other", "lang": "en", "frm": ROWAN,
        "contact": "rowan@kestrel-search.example.co.uk",
        "date": "2026-06-16 08:55 +0100", "subject": "Introduction – wine & spirits export roles",
        "text": KEST_COLD_TEXT,
    },
    {
        "key": "kestrel_harcourt_invite", "kind": "interview_invitation", "lang": "en",
        "company": "Harcourt Cellars", "contact": "rowan@kestrel-search.example.co.uk", "frm": ROWAN,
        "date": "2026-07-10 11:02 +0100",
        "subject": "Harcourt Cellars – first call with Imogen Harcourt", "text": KEST_INVITE_TEXT,
        "html": html_shell(KEST_INVITE_TEXT, color="#22384f"),
    },
    {
        "key": "kestrel_harcourt_missed", "kind": "missed_interview_notice", "lang": "en",
        "company": "Harcourt Cellars", "contact": "rowan@kestrel-search.example.co.uk", "frm": ROWAN,
        "parent": "kestrel_harcourt_invite", "date": "2026-07-15 15:24 +0100",
        "subject": "Re: Harcourt Cellars – first call with Imogen Harcourt",
        "text": KEST_MISSED_TEXT,
    },
    {
        "key": "kestrel_harcourt_no", "kind": "rejection", "lang": "en", "company": "Harcourt Cellars",
        "contact": "rowan@kestrel-search.example.co.uk", "frm": ROWAN,
        "date": "2026-07-23 17:40 +0100", "subject": "Harcourt Cellars – feedback",
        "text": KEST_REJECT_TEXT, "cte": "base64",
    },
]

MESSAGES = DUHAMEL + FOUGEROLLES + THORNBURY + GAUER + VALDENAJERA + VAUCLAIR + CEPAGES + KESTREL
