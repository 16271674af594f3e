"""Corpus 352: interview invitations, moved/cancelled interviews and missed-interview notices
outside the long threads. Hand-written, blind."""

from __future__ import annotations

from msgs352_common import html_shell, reply, signature

# ------------------------------------------------------------------ Maison Clairval (Dijon, Lever)
SANDRINE = ("Sandrine Morel", "sandrine.morel@maison-clairval.example.fr")
SANDRINE_LEVER = ("Sandrine Morel via Lever", "no-reply@hire.lever.co")
CLAIRVAL_INVITE = (
    "Bonjour Baptiste,\n\n"
    "Merci pour votre candidature au poste d'Export Manager Amérique du Nord. J'aimerais "
    "organiser un premier échange en visio de 30 minutes avec vous.\n\n"
    "Choisissez le créneau qui vous arrange grâce à ce lien :\n"
    "https://jobs.lever.co/maison-clairval/schedule/8f2e0c\n\n"
    "À bientôt,\nSandrine Morel\nResponsable Talents – Maison Clairval, Dijon\n"
)
CLAIRVAL_CANCEL = (
    "Bonjour Baptiste,\n\n"
    "L'entretien prévu le mercredi 18 mars à 11h00 a été annulé par Sandrine Morel.\n\n"
    "Message de Sandrine : « Je suis souffrante cette semaine, toutes mes excuses. Je "
    "reviens vers vous dès lundi pour fixer un nouveau créneau. »\n\n"
    "Maison Clairval – via Lever\n"
)

# ------------------------------------------------------------------ Aubonne Trading (Geneva)
MARIANNE = ("Marianne Dufaux", "m.dufaux@aubonne-trading.example.ch")
AUBONNE_INVITE = (
    "Monsieur,\n\n"
    "Nous avons le plaisir de vous convier à un entretien pour le poste de Responsable "
    "grands comptes Suisse romande, le mardi 14 avril 2026 à 15h00, dans nos bureaux du "
    "quai Gustave-Ador 20 à Genève (3e étage).\n\n"
    "Vous rencontrerez M. Olivier Chappuis, directeur commercial, et moi-même. Une "
    "invitation est jointe à ce message. En cas d'empêchement, merci de nous prévenir au "
    "+41 22 000 18 40.\n\n"
    "Avec nos meilleures salutations,\n\n"
    "Marianne Dufaux\nDirectrice des ressources humaines\nAubonne Trading SA\n"
)
AUBONNE_MOVE = (
    "Monsieur,\n\n"
    "Suite à votre premier entretien, nous avions fixé un second rendez-vous le lundi 20 "
    "avril à 10h00. M. Chappuis étant retenu à Zurich ce jour-là, nous vous proposons de le "
    "déplacer au mercredi 22 avril, même heure, même lieu.\n\n"
    "Merci de bien vouloir nous confirmer cette nouvelle date.\n\n"
    "Meilleures salutations,\nMarianne Dufaux\n"
)

# ------------------------------------------------------------------ Harlin-Roussel via Cépages
THIBAULT = ("Thibault Ferrand", "t.ferrand@cepages-conseil.example.fr")
HARLIN_INVITE = (
    "Bonjour Baptiste,\n\n"
    "Bonne nouvelle : Champagne Harlin-Roussel souhaite vous rencontrer pour le poste de "
    "Brand Ambassador Asie ! Rendez-vous le jeudi 12 mars à 10h30 à la Maison, 24 rue des "
    "Moissons à Reims, avec Mme Bérénice Harlin (DRH) et le directeur Asie.\n\n"
    "Comptez 1h30 avec une dégustation de la gamme. Je vous appelle demain pour vous "
    "préparer.\n\n"
    "Thibault\n\n"
    "Thibault Ferrand\nConsultant – Vins & Spiritueux\nCépages Conseil\n"
)
HARLIN_MISSED = (
    "Baptiste,\n\n"
    "Mme Harlin vient de m'appeler : elle vous a attendu ce matin à 10h30 à la Maison et "
    "vous n'êtes pas venu. Je n'arrive pas à vous joindre sur votre portable.\n\n"
    "Pouvez-vous me rappeler au plus vite ? Je vais essayer de sauver la situation mais "
    "j'ai besoin de savoir ce qui s'est passé.\n\n"
    "Thibault\n"
)

# ------------------------------------------------------------------ Cognac Delaunay-Varaize
ODILE = ("Odile Brassac", "odile.brassac@delaunay-varaize.example.fr")
VARAIZE_INVITE = (
    "Bonjour Monsieur,\n\n"
    "J'ai bien reçu votre candidature pour le poste de Chargé d'affaires export Asie du "
    "Sud-Est et je souhaiterais faire un premier point téléphonique avec vous, d'une "
    "trentaine de minutes.\n\n"
    "Seriez-vous disponible le mardi 3 février à 14h00 ? Je vous appellerai au numéro "
    "indiqué sur votre CV.\n\n"
    "Cordialement,\n\nOdile Brassac\nChargée de recrutement\nCognac Delaunay-Varaize\n"
    "Route de Jarnac, 16100 Cognac\n"
)
VARAIZE_MOVE = reply(
    "Bonjour Monsieur,\n\n"
    "Je dois malheureusement décaler notre appel de demain : pourrions-nous le faire le "
    "mercredi 4 février à la même heure, 14h00 ?\n\n"
    "Merci de votre souplesse,\nOdile Brassac\n",
    "Le 28/01/2026 à 16:05, Odile Brassac a écrit :",
    VARAIZE_INVITE,
)
VARAIZE_MISSED = (
    "Bonjour Monsieur,\n\n"
    "Je vous ai appelé aujourd'hui à 14h00 comme convenu, puis à nouveau à 14h15, sans "
    "réussir à vous joindre. Je vous ai laissé un message vocal.\n\n"
    "Si vous êtes toujours intéressé par le poste, merci de me proposer deux créneaux cette "
    "semaine.\n\n"
    "Cordialement,\nOdile Brassac\n"
)

# ------------------------------------------------------------------ Château Peyrelongue (VinoJobs)
PEYRE_INVITE = (
    "Bonjour Baptiste,\n\n"
    "Le recruteur de Château Peyrelongue vous a envoyé un message concernant l'offre "
    "« Responsable commercial export & œnotourisme » :\n\n"
    "« Bonjour, votre candidature nous intéresse. Nous vous proposons un entretien au "
    "château (Saint-Émilion) le lundi 9 mars à 9h30, suivi d'une visite du vignoble. "
    "Merci de confirmer via la messagerie VinoJobs. Hugues de Peyrelongue »\n\n"
    "Répondre au recruteur depuis votre espace candidat.\n\n"
    "L'équipe VinoJobs\n"
)
PEYRE_MOVE = (
    "Bonjour Monsieur Kerhervé-Nakamura,\n\n"
    "Je me permets de vous écrire directement : nous sommes contraints de reporter notre "
    "rendez-vous de lundi prochain, le gel de cette nuit nous oblige à mobiliser toute "
    "l'équipe dans les vignes.\n\n"
    "Je reviendrai vers vous très vite pour convenir d'une nouvelle date, sans doute "
    "la semaine du 16 mars.\n\n"
    "Bien à vous,\nHugues de Peyrelongue\nChâteau Peyrelongue – Grand Cru Classé\n"
    "33330 Saint-Émilion\n"
)

# ------------------------------------------------------------------ Domaine Morin-Lescure / Saisonnia
MORIN_MISSED = (
    "Bonjour Baptiste,\n\n"
    "Nous vous attendions hier à 10h au domaine pour votre entretien et la visite de la "
    "cuverie. Ni mon mari ni moi n'avons eu de nouvelles, et votre téléphone basculait "
    "directement sur la messagerie.\n\n"
    "Nous sommes en pleines vendanges, je ne pourrai donc pas vous proposer d'autre date "
    "avant la fin du mois. Dites-moi si le poste vous intéresse toujours.\n\n"
    "Cordialement,\nIsabelle Morin-Lescure\nDomaine Morin-Lescure, 21700 Nuits-Saint-Georges\n"
)
SAISONNIA_MISSED = (
    "Bonjour M. Kerhervé-Nakamura,\n\n"
    "Vous aviez rendez-vous ce matin à 9h00 à l'agence Saisonnia Intérim de Bordeaux "
    "Chartrons pour la mission de vendeur-conseil en cave (renfort fêtes de fin d'année) "
    "chez l'un de nos clients. Nous ne vous avons pas vu et n'avons reçu aucun message.\n\n"
    "Merci de nous recontacter au 05 56 00 12 30 si vous souhaitez toujours être positionné "
    "sur cette mission.\n\n"
    "Laetitia Brun\nChargée de recrutement – Saisonnia Intérim\n"
)

# ------------------------------------------------------------------ Marlow Vintners (Ashby)
ELLIE = ("Ellie Cho", "ellie.cho@marlowvintners.example.co.uk")
MARLOW_INVITE = (
    "Hi Baptiste,\n\n"
    "Thanks for applying for the Export Sales Manager (EU) role at Marlow Vintners! We'd "
    "like to invite you to a 45-minute video interview with our Commercial Director, "
    "Daniel Okafor, and me.\n\n"
    "Please choose a slot that works for you:\n"
    "https://jobs.ashbyhq.com/marlow-vintners/interview/schedule/2a91d\n\n"
    "Looking forward to meeting you,\nEllie Cho\nTalent Partner, Marlow Vintners\n"
)
MARLOW_MOVE = (
    "Hi Baptiste,\n\n"
    "Your interview for Export Sales Manager (EU) has been rescheduled.\n\n"
    "New time: Tuesday, 19 May 2026, 11:00–11:45 BST (12:00 in Bordeaux)\n"
    "Previously: Thursday, 14 May 2026, 15:00–15:45 BST\n"
    "Location: Zoom (link in the updated calendar invitation)\n\n"
    "Note from Ellie: \"So sorry — Daniel is travelling on the 14th. Tuesday should work "
    "for everyone.\"\n"
)
MARLOW_MISSED = (
    "Hi Baptiste,\n\n"
    "Daniel and I were on the Zoom at 11:00 this morning and waited until about 11:20, but "
    "didn't see you join. I also left you a voicemail.\n\n"
    "I hope everything is alright. Let me know if something came up — I can check whether "
    "Daniel has any time later this week.\n\n"
    "Best,\nEllie\n"
)

# ------------------------------------------------------------------ Caskwell / Alpine
CASKWELL_INVITE = (
    "Dear Baptiste,\n\n"
    "Thank you for your application for the role of International Brand Manager at "
    "Caskwell Distillers. We are pleased to invite you to the next stage of our process: a "
    "short online assessment followed by a recorded video interview (five questions, about "
    "20 minutes in total).\n\n"
    "Please complete both steps by Friday 24 April 2026, 23:59 BST, via your candidate "
    "home page. Tip: find a quiet spot and test your camera first.\n\n"
    "Best regards,\nCaskwell Distillers Talent Acquisition\n"
)
ALPINE = ("Lukas Berthod", "lukas.berthod@alpinewinepartners.example.ch")
ALPINE_INVITE = (
    "Dear Baptiste,\n\n"
    "Following our phone conversation, I'm happy to invite you to a panel interview for "
    "the Key Account Manager – Asia role at Alpine Wine Partners on Wednesday 29 July at "
    "14:00, at our offices, Rue de Lausanne 67, Geneva.\n\n"
    "The panel: our CEO Nadia Reymond, our Head of Logistics and myself. Please prepare a "
    "ten-minute presentation on how you would open the Japanese on-trade for a Swiss "
    "Chasselas producer.\n\n"
    "Kind regards,\nLukas Berthod\nHead of People, Alpine Wine Partners\n+41 22 000 67 11\n"
)
ALPINE_MOVE = reply(
    "Dear Baptiste,\n\n"
    "A small change of plan: Nadia will be in Tokyo next week, so we'll hold the panel "
    "interview by video instead, same day and time (Wednesday 29 July, 14:00 CEST). I'll "
    "send you a Webex link on Monday.\n\n"
    "Your presentation can stay as planned; just share your screen.\n\n"
    "Best,\nLukas\n",
    "On 20 Jul 2026, at 10:12, Lukas Berthod <lukas.berthod@alpinewinepartners.example.ch> "
    "wrote:",
    ALPINE_INVITE,
)

FRENCH = [
    {
        "key": "varaize_phone_screen", "kind": "interview_invitation", "lang": "fr",
        "company": "Cognac Delaunay-Varaize", "contact": "odile.brassac@delaunay-varaize.example.fr",
        "frm": ODILE, "date": "2026-01-28 16:05 +0100",
        "subject": "Candidature Chargé d'affaires export Asie du Sud-Est – premier échange",
        "text": VARAIZE_INVITE, "cs": "iso-8859-1", "cte": "8bit",
    },
    {
        "key": "varaize_call_moved", "kind": "interview_reschedule_or_cancel", "lang": "fr",
        "company": "Cognac Delaunay-Varaize", "contact": "odile.brassac@delaunay-varaize.example.fr",
        "frm": ODILE, "parent": "varaize_phone_screen", "date": "2026-02-02 09:12 +0100",
        "subject": "RE: Candidature Chargé d'affaires export Asie du Sud-Est – premier échange",
        "text": VARAIZE_MOVE,
    },
    {
        "key": "varaize_no_answer", "kind": "missed_interview_notice", "lang": "fr",
        "company": "Cognac Delaunay-Varaize", "contact": "odile.brassac@delaunay-varaize.example.fr",
        "frm": ODILE, "parent": "varaize_call_moved", "date": "2026-02-04 14:31 +0100",
        "subject": "Notre appel de 14h00", "text": VARAIZE_MISSED, "cs": "windows-1252", "cte": "8bit",
    },
    {
        "key": "peyrelongue_vinojobs_invite", "kind": "interview_invitation", "lang": "fr",
        "company": "Château Peyrelongue",
        "frm": ("VinoJobs", "notifications@vinojobs.example.com"), "date": "2026-02-25 12:40 +0100",
        "subject": "Château Peyrelongue vous propose un entretien",
        "text": PEYRE_INVITE, "html": html_shell(PEYRE_INVITE, brand="VinoJobs", color="#8c1c3c"),
    },
    {
        "key": "peyrelongue_postponed", "kind": "interview_reschedule_or_cancel", "lang": "fr",
        "company": "Château Peyrelongue", "contact": "hugues@chateau-peyrelongue.example.fr",
        "frm": ("Hugues de Peyrelongue", "hugues@chateau-peyrelongue.example.fr"),
        "date": "2026-03-06 07:22 +0100", "subject": "Report de notre rendez-vous de lundi",
        "text": PEYRE_MOVE, "headers": [("X-Mailer", "Apple Mail (2.3826)")],
    },
    {
        "key": "harlin_meeting_invite", "kind": "interview_invitation", "lang": "fr",
        "company": "Champagne Harlin-Roussel", "contact": "t.ferrand@cepages-conseil.example.fr",
        "frm": THIBAULT, "date": "2026-03-05 18:20 +0100",
        "subject": "Rendez-vous chez Harlin-Roussel jeudi 12 mars", "text": HARLIN_INVITE,
        "html": html_shell(HARLIN_INVITE),
    },
    {
        "key": "harlin_waited", "kind": "missed_interview_notice", "lang": "fr",
        "company": "Champagne Harlin-Roussel", "contact": "t.ferrand@cepages-conseil.example.fr",
        "frm": THIBAULT, "parent": "harlin_meeting_invite", "date": "2026-03-12 11:17 +0100",
        "subject": "URGENT – Harlin-Roussel ce matin", "subj_cs": ("utf-8", "b"),
        "text": HARLIN_MISSED, "headers": [("Importance", "high"), ("X-Priority", "1")],
    },
    {
        "key": "clairval_lever_schedule", "kind": "interview_invitation", "lang": "fr",
        "company": "Maison Clairval", "contact": "sandrine.morel@maison-clairval.example.fr",
        "frm": SANDRINE_LEVER, "reply_to": SANDRINE, "date": "2026-03-12 10:03 +0100",
        "subject": "Maison Clairval – planifions un premier échange",
        "text": CLAIRVAL_INVITE, "html": html_shell(CLAIRVAL_INVITE),
    },
    {
        "key": "clairval_lever_cancel", "kind": "interview_reschedule_or_cancel", "lang": "fr",
        "company": "Maison Clairval", "contact": "sandrine.morel@maison-clairval.example.fr",
        "frm": SANDRINE_LEVER, "reply_to": SANDRINE, "date": "2026-03-17 08:50 +0100",
        "subject": "Annulé : Entretien visio – Maison Clairval – mer. 18 mars 11:00",
        "text": CLAIRVAL_CANCEL,
        "ical": {"uid": "lever-itv-8f2e0c-2217@hire.lever.co", "seq": 1, "method": "CANCEL",
                  "start": "20260318T110000", "end": "20260318T113000",
                  "summary": "Entretien visio – Maison Clairval", "organizer": SANDRINE,
                  "prodid": "-//Lever//Interview Scheduling//EN"},
    },
    {
        "key": "aubonne_invite_geneva", "kind": "interview_invitation", "lang": "fr",
        "company": "Aubonne Trading", "contact": "m.dufaux@aubonne-trading.example.ch",
        "frm": MARIANNE, "date": "2026-04-02 14:00 +0200",
        "subject": "Invitation à un entretien – Responsable grands comptes Suisse romande",
        "text": AUBONNE_INVITE,
        "ical": {"uid": "AUB-ENT-2026-0414-01@aubonne-trading.example.ch", "tz": "Europe/Zurich",
                  "start": "20260414T150000", "end": "20260414T160000",
                  "summary": "Entretien – B. Kerhervé-Nakamura",
                  "location": "Quai Gustave-Ador 20, 1207 Genève"},
    },
    {
        "key": "aubonne_second_moved", "kind": "interview_reschedule_or_cancel", "lang": "fr",
        "company": "Aubonne Trading", "contact": "m.dufaux@aubonne-trading.example.ch",
        "frm": MARIANNE, "parent": "aubonne_invite_geneva", "date": "2026-04-16 17:45 +0200",
        "subject": "Second entretien – nouvelle date", "text": AUBONNE_MOVE,
        "html": html_shell(AUBONNE_MOVE), "cs": "iso-8859-1", "cte": "quoted-printable",
        "html_cs": "utf-8",
    },
    {
        "key": "saisonnia_no_show", "kind": "missed_interview_notice", "lang": "fr",
        "company": "Saisonnia Intérim", "contact": "laetitia.brun@saisonnia.example.fr",
        "frm": ("Laetitia Brun", "laetitia.brun@saisonnia.example.fr"),
        "date": "2026-10-02 10:12 +0200", "subject": "Rendez-vous agence de ce matin",
        "text": SAISONNIA_MISSED,
    },
    {
        "key": "morin_lescure_waited", "kind": "missed_interview_notice", "lang": "fr",
        "company": "Domaine Morin-Lescure", "contact": "isabelle@morin-lescure.example.fr",
        "frm": ("Isabelle Morin-Lescure", "isabelle@morin-lescure.example.fr"),
        "date": "2026-09-17 20:41 +0200", "subject": "Entretien d'hier au domaine",
        "text": MORIN_MISSED, "cs": "iso-8859-1", "cte": "quoted-printable",
    },
]

ENGLISH = [
    {
        "key": "marlow_ashby_invite", "kind": "interview_invitation", "lang": "en",
        "company": "Marlow Vintners", "contact": "ellie.cho@marlowvintners.example.co.uk",
        "frm": ("Ellie Cho from Marlow Vintners", "no-reply@ashbyhq.com"), "reply_to": ELLIE,
        "date": "2026-05-11 09:30 +0100",
        "subject": "Interview invitation: Export Sales Manager (EU) at Marlow Vintners",
        "text": MARLOW_INVITE, "html": html_shell(MARLOW_INVITE, footer="Sent via Ashby"),
    },
    {
        "key": "marlow_rescheduled", "kind": "interview_reschedule_or_cancel", "lang": "en",
        "company": "Marlow Vintners", "contact": "ellie.cho@marlowvintners.example.co.uk",
        "frm": ("Ellie Cho from Marlow Vintners", "no-reply@ashbyhq.com"), "reply_to": ELLIE,
        "parent": "marlow_ashby_invite", "date": "2026-05-13 16:02 +0100",
        "subject": "Rescheduled: Interview with Marlow Vintners", "text": MARLOW_MOVE,
        "ical": {"uid": "ashby-7c1d0e55-interview@ashbyhq.com", "seq": 3, "tz": "Europe/London",
                  "start": "20260519T110000", "end": "20260519T114500",
                  "summary": "Interview – Export Sales Manager (EU) – Marlow Vintners",
                  "location": "Zoom", "organizer": ELLIE,
                  "prodid": "-//Ashby//Interview Scheduling//EN"},
    },
    {
        "key": "marlow_did_not_join", "kind": "missed_interview_notice", "lang": "en",
        "company": "Marlow Vintners", "contact": "ellie.cho@marlowvintners.example.co.uk",
        "frm": ELLIE, "parent": "marlow_rescheduled", "date": "2026-05-19 11:34 +0100",
        "subject": "Missed you this morning", "text": MARLOW_MISSED,
    },
    {
        "key": "caskwell_video_assessment", "kind": "interview_invitation", "lang": "en",
        "company": "Caskwell Distillers",
        "frm": ("Caskwell Distillers", "caskwell@myworkday.com"), "date": "2026-04-15 06:12 +0000",
        "subject": "Next step: online assessment and video interview – International Brand "
        "Manager", "html": html_shell(CASKWELL_INVITE, brand="Caskwell Distillers",
                                   footer="Powered by Workday"),
        "html_cte": "base64",
    },
    {
        "key": "alpine_panel_invite", "kind": "interview_invitation", "lang": "en",
        "company": "Alpine Wine Partners", "contact": "lukas.berthod@alpinewinepartners.example.ch",
        "frm": ALPINE, "date": "2026-07-20 10:12 +0200",
        "subject": "Panel interview – Key Account Manager Asia", "text": ALPINE_INVITE,
    },
    {
        "key": "alpine_moved_to_video", "kind": "interview_reschedule_or_cancel", "lang": "en",
        "company": "Alpine Wine Partners", "contact": "lukas.berthod@alpinewinepartners.example.ch",
        "frm": ALPINE, "parent": "alpine_panel_invite", "date": "2026-07-24 15:48 +0200",
        "subject": "Re: Panel interview – Key Account Manager Asia (now by video)",
        "text": ALPINE_MOVE, "cte": "quoted-printable",
    },
]

# ------------------------------------------------------------------ German
SIMONE = ("Simone Albrecht", "s.albrecht@vinexus-import.example.de")
VINEXUS_INVITE = (
    "Sehr geehrter Herr Kerhervé-Nakamura,\n\n"
    "vielen Dank für Ihre Bewerbung als Einkäufer Frankreich. Gerne möchten wir Sie in "
    "einem ersten Video-Interview (Microsoft Teams, ca. 45 Minuten) näher kennenlernen.\n\n"
    "Termin: Montag, 1. Juni 2026, 10:30 Uhr\n"
    "Teilnehmende: Herr Dr. Peter Hahn (Geschäftsführer Einkauf) und ich\n\n"
    "Den Link erhalten Sie mit der beigefügten Einladung. Bitte geben Sie mir kurz "
    "Bescheid, ob der Termin passt.\n\n"
    "Mit freundlichen Grüßen\n\nSimone Albrecht\nLeitung Personal\nVinexus Import GmbH\n"
)
VINEXUS_MOVE = (
    "Sehr geehrter Herr Kerhervé-Nakamura,\n\n"
    "leider ist Herr Dr. Hahn am 1. Juni auf Dienstreise. Wir müssen unser Gespräch daher "
    "verschieben und schlagen Montag, den 8. Juni, um 10:30 Uhr vor. Die aktualisierte "
    "Einladung folgt.\n\n"
    "Vielen Dank für Ihr Verständnis!\n\nSimone Albrecht\n"
)
KARIN = ("Karin Kappus", "karin@weinhandel-kappus.example.de")
KAPPUS_INVITE = (
    "Hallo Herr Kerhervé-Nakamura,\n\n"
    "Ihre Bewerbung als Verkaufsleiter für unser Frankreich-Sortiment hat mir gut gefallen. "
    "Hätten Sie Zeit für ein kurzes Telefonat am Dienstag, 28. April, um 15 Uhr? Ich rufe "
    "Sie dann an.\n\n"
    "Viele Grüße\nKarin Kappus\nWeinhandel Kappus, Mainz\n"
)
KAPPUS_MISSED = reply(
    "Hallo Herr Kerhervé-Nakamura,\n\n"
    "ich habe Sie heute wie verabredet um 15 Uhr angerufen und es um 15:20 Uhr noch einmal "
    "versucht – leider ohne Erfolg. Vielleicht hat sich etwas überschnitten?\n\n"
    "Melden Sie sich gerne, wenn Sie noch Interesse haben.\n\n"
    "Viele Grüße\nKarin Kappus\n",
    "Am Fr., 24. Apr. 2026 um 08:41 Uhr schrieb Karin Kappus "
    "<karin@weinhandel-kappus.example.de>:",
    KAPPUS_INVITE,
)
KOEHLER = ("Matthias Köhler", "m.koehler@weintalente.example.de")
WEINTALENTE_INVITE = (
    "Guten Tag Herr Kerhervé-Nakamura,\n\n"
    "wie telefonisch besprochen, freue ich mich, Ihnen mitzuteilen, dass unser Mandant, das "
    "Sekthaus Nierstein-Barth, Sie gerne kennenlernen möchte.\n\n"
    "Vorschlag: Dienstag, 30. Juni 2026, 16:00 Uhr, per Videokonferenz mit dem "
    "Vertriebsleiter Export, Herrn Barth. Der Einwahllink folgt nach Ihrer Bestätigung.\n\n"
    "Beste Grüße\nMatthias Köhler\nSenior Consultant, WeinTalente Personalberatung\n"
)
DREISBACH_INVITE = (
    "Hallo Baptiste,\n\n"
    "schön, dass Du Dich bei uns beworben hast! Wir möchten Dich gern zu einem "
    "Probearbeitstag ins Weingut Dreisbach einladen – am Dienstag, 15. September, ab 8:30 "
    "Uhr. Du lernst unser Team, die Vinothek und unsere Exportkunden kennen.\n\n"
    "Bitte bestätige den Termin über den folgenden Link:\n"
    "https://weingut-dreisbach.softgarden.io/termin/probetag-7731\n\n"
    "Bis bald!\nDein Team vom Weingut Dreisbach\n"
)
DREISBACH_MOVE = (
    "Hallo Baptiste,\n\n"
    "die Lese hat bei uns dieses Jahr zwei Wochen früher begonnen, und am 15. September "
    "stehen alle im Weinberg. Wir müssen Deinen Probearbeitstag deshalb leider "
    "verschieben. Lena meldet sich nächste Woche mit einem neuen Termin im Oktober.\n\n"
    "Sorry für die Umstände und herzliche Grüße aus Rheinhessen\n"
    "Lena Dreisbach\nWeingut Dreisbach · Weinbergstraße 3 · 55270 Essenheim\n"
)

GERMAN = [
    {
        "key": "vinexus_teams_invite", "kind": "interview_invitation", "lang": "de",
        "company": "Vinexus Import", "contact": "s.albrecht@vinexus-import.example.de", "frm": SIMONE,
        "date": "2026-05-26 09:05 +0200", "subject": "Einladung Video-Interview Einkäufer Frankreich",
        "text": VINEXUS_INVITE,
        "ical": {"uid": "040000008200E00074C5B7101A82E00800000000VNX1@vinexus-import.example.de",
                  "tz": "Europe/Berlin", "start": "20260601T103000", "end": "20260601T111500",
                  "summary": "Video-Interview Einkäufer Frankreich", "location": "Microsoft Teams",
                  "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"},
    },
    {
        "key": "vinexus_verschoben", "kind": "interview_reschedule_or_cancel", "lang": "de",
        "company": "Vinexus Import", "contact": "s.albrecht@vinexus-import.example.de", "frm": SIMONE,
        "parent": "vinexus_teams_invite", "date": "2026-05-29 12:30 +0200",
        "subject": "Terminverschiebung: Video-Interview Einkäufer Frankreich",
        "text": VINEXUS_MOVE, "cs": "iso-8859-1", "cte": "8bit",
        "ical": {"uid": "040000008200E00074C5B7101A82E00800000000VNX1@vinexus-import.example.de",
                  "seq": 1, "tz": "Europe/Berlin", "start": "20260608T103000", "end": "20260608T111500",
                  "summary": "Video-Interview Einkäufer Frankreich (neuer Termin)",
                  "location": "Microsoft Teams",
                  "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"},
    },
    {
        "key": "kappus_phone_invite", "kind": "interview_invitation", "lang": "de",
        "company": "Weinhandel Kappus", "contact": "karin@weinhandel-kappus.example.de", "frm": KARIN,
        "date": "2026-04-24 08:41 +0200", "subject": "Ihre Bewerbung – kurzes Telefonat?",
        "text": KAPPUS_INVITE,
    },
    {
        "key": "kappus_not_reached", "kind": "missed_interview_notice", "lang": "de",
        "company": "Weinhandel Kappus", "contact": "karin@weinhandel-kappus.example.de", "frm": KARIN,
        "parent": "kappus_phone_invite", "date": "2026-04-28 15:36 +0200",
        "subject": "Re: Ihre Bewerbung – kurzes Telefonat?", "text": KAPPUS_MISSED,
        "cs": "windows-1252", "cte": "quoted-printable",
    },
    {
        "key": "weintalente_client_interview", "kind": "interview_invitation", "lang": "de",
        "company": "Sekthaus Nierstein-Barth", "contact": "m.koehler@weintalente.example.de",
        "frm": KOEHLER, "name_cs": ("iso-8859-1", "q"), "date": "2026-06-23 17:10 +0200",
        "subject": "Kennenlernen mit dem Sekthaus Nierstein-Barth", "text": WEINTALENTE_INVITE,
        "html": html_shell(WEINTALENTE_INVITE),
    },
    {
        "key": "dreisbach_probetag", "kind": "interview_invitation", "lang": "de",
        "company": "Weingut Dreisbach",
        "frm": ("Weingut Dreisbach", "noreply@softgarden.io"), "date": "2026-08-25 13:20 +0200",
        "subject": "Einladung zum Probearbeitstag im Weingut Dreisbach",
        "html": html_shell(DREISBACH_INVITE, brand="Weingut Dreisbach", color="#4b6b2f"),
    },
    {
        "key": "dreisbach_lese_verschoben", "kind": "interview_reschedule_or_cancel", "lang": "de",
        "company": "Weingut Dreisbach", "contact": "lena@weingut-dreisbach.example.de",
        "frm": ("Lena Dreisbach", "lena@weingut-dreisbach.example.de"),
        "date": "2026-09-08 19:55 +0200", "subject": "Probearbeitstag – neuer Termin folgt",
        "text": DREISBACH_MOVE,
    },
]

# ------------------------------------------------------------------ Spanish
JAVIER = ("Javier Lazarraga Ochoa", "javier.lazarraga@bodegaslazarraga.example.es")
LAZ_INVITE = (
    "Buenos días, Baptiste:\n\n"
    "Gracias por la primera conversación telefónica. Nos gustaría invitarte a una segunda "
    "entrevista presencial en la bodega el jueves 20 de agosto a las 10:00, con nuestro "
    "consejero delegado. Te pediríamos que prepares una breve presentación (15 minutos) "
    "sobre cómo abordarías el canal de restauración en Suiza.\n\n"
    "Confírmanos tu asistencia, por favor.\n\n"
    "Un cordial saludo,\n\nJavier Lazarraga Ochoa\nDirector Comercial\nBodegas Lazarraga\n"
)
LAZ_MOVE = (
    "Hola de nuevo, Baptiste:\n\n"
    "Por motivos de agenda del consejero delegado, tenemos que aplazar la entrevista del "
    "jueves 20 de agosto al jueves 27 de agosto, a la misma hora. Disculpa las molestias.\n\n"
    "¿Te viene bien el nuevo día?\n\nSaludos,\nJavier\n"
)
CARMEN = ("Carmen Olarte", "carmen.olarte@sarmientotalent.example.es")
SARM_INVITE = (
    "Hola Baptiste,\n\n"
    "Soy Carmen Olarte, de Sarmiento Talent. Estoy llevando un proceso de Key Account "
    "Manager Exportación para una bodega familiar de la Rioja Alta (confidencial por "
    "ahora) y tu perfil encaja muy bien.\n\n"
    "¿Podemos tener una primera entrevista telefónica el jueves 3 de septiembre a las "
    "10:00? Te llamaré yo al número de tu CV.\n\n"
    "Un saludo,\nCarmen Olarte\nSarmiento Talent – Headhunting Vino y Espirituosos\n"
)
SARM_MISSED = reply(
    "Hola Baptiste,\n\n"
    "Te he llamado hoy a las 10:00, tal y como habíamos quedado, y de nuevo a las 10:15, "
    "pero no he conseguido localizarte. Te he dejado un mensaje en el buzón de voz.\n\n"
    "Si sigues interesado, dime cuándo te viene bien y lo volvemos a intentar.\n\n"
    "Un saludo,\nCarmen\n",
    "El mar, 1 sept 2026 a las 12:48, Carmen Olarte "
    "(<carmen.olarte@sarmientotalent.example.es>) escribió:",
    SARM_INVITE,
)
NURIA = ("Nuria Zubiri", "nuria.zubiri@fougerolles-group.example.com")
IBERIA_INVITE = (
    "Hola Baptiste:\n\n"
    "Sophie Marchetti, de nuestro equipo en Cognac, me ha hablado muy bien de ti. En "
    "Fougerolles Iberia estamos buscando un Export Manager para Francia y Benelux con base "
    "en Logroño, y nos encantaría conocerte.\n\n"
    "Te propongo una entrevista en nuestras oficinas (Gran Vía 12, Logroño) el jueves 25 "
    "de junio a las 9:30. Te adjunto la convocatoria para tu calendario.\n\n"
    "Un saludo,\n\n"
    + signature("Nuria Zubiri", "HR Manager", "Fougerolles Iberia",
                "Gran Vía 12, 26002 Logroño", "+34 941 00 88 20")
)
IBERIA_MOVE = (
    "Hola Baptiste:\n\n"
    "Un pequeño cambio: el jueves 25 el director general no llega a Logroño hasta mediodía, "
    "así que trasladamos la entrevista al viernes 26 de junio a las 12:00. La convocatoria "
    "del calendario está actualizada.\n\n"
    "Gracias por tu flexibilidad,\nNuria\n"
)

SPANISH = [
    {
        "key": "lazarraga_second_interview", "kind": "interview_invitation", "lang": "es",
        "company": "Bodegas Lazarraga", "contact": "javier.lazarraga@bodegaslazarraga.example.es",
        "frm": JAVIER, "date": "2026-08-03 09:40 +0200",
        "subject": "Segunda entrevista – Area Manager Francia y Suiza", "text": LAZ_INVITE,
        "html": html_shell(LAZ_INVITE), "cs": "iso-8859-1", "cte": "quoted-printable", "html_cs": "utf-8",
    },
    {
        "key": "lazarraga_aplazada", "kind": "interview_reschedule_or_cancel", "lang": "es",
        "company": "Bodegas Lazarraga", "contact": "javier.lazarraga@bodegaslazarraga.example.es",
        "frm": JAVIER, "parent": "lazarraga_second_interview", "date": "2026-08-12 18:05 +0200",
        "subject": "Entrevista aplazada al 27 de agosto", "text": LAZ_MOVE,
    },
    {
        "key": "sarmiento_phone_invite", "kind": "interview_invitation", "lang": "es",
        "company": "Sarmiento Talent", "contact": "carmen.olarte@sarmientotalent.example.es",
        "frm": CARMEN, "date": "2026-09-01 12:48 +0200",
        "subject": "Proceso KAM Exportación – entrevista telefónica", "text": SARM_INVITE,
    },
    {
        "key": "sarmiento_no_localizado", "kind": "missed_interview_notice", "lang": "es",
        "company": "Sarmiento Talent", "contact": "carmen.olarte@sarmientotalent.example.es",
        "frm": CARMEN, "parent": "sarmiento_phone_invite", "date": "2026-09-03 10:31 +0200",
        "subject": "Re: Proceso KAM Exportación – entrevista telefónica", "text": SARM_MISSED,
        "cs": "windows-1252", "cte": "8bit",
    },
    {
        "key": "fougerolles_iberia_invite", "kind": "interview_invitation", "lang": "es",
        "company": "Fougerolles Iberia", "contact": "nuria.zubiri@fougerolles-group.example.com",
        "frm": NURIA, "date": "2026-06-15 11:20 +0200",
        "subject": "Entrevista – Export Manager Francia y Benelux (Logroño)",
        "text": IBERIA_INVITE,
        "ical": {"uid": "fgi-entrevista-0625-bkn@fougerolles-group.example.com",
                  "tz": "Europe/Madrid", "start": "20260625T093000", "end": "20260625T110000",
                  "summary": "Entrevista Fougerolles Iberia – B. Kerhervé-Nakamura",
                  "location": "Gran Vía 12, 26002 Logroño"},
    },
    {
        "key": "fougerolles_iberia_moved", "kind": "interview_reschedule_or_cancel", "lang": "es",
        "company": "Fougerolles Iberia", "contact": "nuria.zubiri@fougerolles-group.example.com",
        "frm": NURIA, "parent": "fougerolles_iberia_invite", "date": "2026-06-19 08:58 +0200",
        "subject": "Cambio de fecha – entrevista Fougerolles Iberia", "text": IBERIA_MOVE,
        "html": html_shell(IBERIA_MOVE),
        "ical": {"uid": "fgi-entrevista-0625-bkn@fougerolles-group.example.com", "seq": 1,
                  "tz": "Europe/Madrid", "start": "20260626T120000", "end": "20260626T133000",
                  "summary": "Entrevista Fougerolles Iberia – B. Kerhervé-Nakamura",
                  "location": "Gran Vía 12, 26002 Logroño"},
    },
]

MESSAGES = FRENCH + ENGLISH + GERMAN + SPANISH
