"""Corpus 352: stand-alone rejections (every soft, polite or relayed "no"). Hand-written, blind."""

from __future__ import annotations

from msgs352_common import html_shell, outlook, reply, signature

# ------------------------------------------------------------------ French
COOP_TEXT = (
    "Monsieur,\n\n"
    "Nous avons bien pris connaissance de votre candidature au poste de Responsable des "
    "ventes export de la Cave des Coteaux de Saint-Aubin, et nous vous en remercions.\n\n"
    "Après examen attentif de votre dossier, nous sommes au regret de vous informer que nous "
    "ne pourrons pas y donner une suite favorable, d'autres profils correspondant davantage "
    "aux besoins actuels de la cave.\n\n"
    "Nous conservons vos coordonnées et ne manquerons pas de revenir vers vous si une "
    "opportunité se présentait.\n\n"
    "Veuillez agréer, Monsieur, l'expression de nos salutations distinguées.\n\n"
    "Geneviève Perrot\nDirectrice administrative et financière\n"
    "Cave des Coteaux de Saint-Aubin\n3, route des Grands Crus – 21190 Saint-Aubin\n"
)
CASTELROUX_TEXT = (
    "Bonjour Baptiste,\n\n"
    "Nous vous remercions pour l'intérêt que vous avez manifesté pour le poste de "
    "Key Account Manager Travel Retail au sein de Maisons Castelroux.\n\n"
    "Après une étude approfondie de votre candidature, nous avons le regret de vous "
    "informer que nous avons choisi de poursuivre avec des candidats dont l'expérience "
    "correspond plus étroitement aux exigences du poste.\n\n"
    "Nous vous encourageons à consulter régulièrement nos offres sur notre site carrières.\n\n"
    "Cordialement,\nL'équipe Recrutement Maisons Castelroux\n\n"
    "Merci de ne pas répondre à ce message envoyé automatiquement.\n"
)
SAUVAGNAC_TEXT = (
    "Cher candidat, chère candidate,\n\n"
    "Nous vous informons que le poste de Commercial Export Afrique (réf. 2026-0117) pour "
    "lequel vous avez postulé a été pourvu.\n\n"
    "Nous vous remercions de votre démarche et vous souhaitons pleine réussite dans vos "
    "recherches.\n\n"
    "Distillerie Sauvagnac – Service des Ressources Humaines\n"
)
CLAIRVAL_TEXT = (
    "Bonjour Baptiste,\n\n"
    "Merci encore pour nos deux échanges et pour le temps que vous avez consacré à notre "
    "processus. L'équipe a sincèrement apprécié votre énergie et votre connaissance de la "
    "Bourgogne.\n\n"
    "Nous avons toutefois décidé de ne pas poursuivre avec votre candidature pour le poste "
    "de Export Manager Amérique du Nord : nous recherchons quelqu'un ayant déjà développé "
    "un réseau de distributeurs aux États-Unis (three-tier system), ce qui est déterminant "
    "pour ce poste.\n\n"
    "Je reste disponible si vous souhaitez un retour plus détaillé par téléphone.\n\n"
    "Bien à vous,\nSandrine Morel\nResponsable Talents – Maison Clairval\n"
)
LEMAN_TEXT = (
    "Bonjour Monsieur Kerhervé-Nakamura,\n\n"
    "Nous vous remercions d'avoir postulé au poste de Wine Export Coordinator au sein de "
    "Léman Export à Genève.\n\n"
    "Nous sommes au regret de vous informer que ce poste a été supprimé à la suite d'une "
    "réorganisation interne. Le processus de recrutement est donc clos et votre "
    "candidature ne pourra pas être poursuivie.\n\n"
    "Nous vous remercions de votre compréhension et vous adressons nos meilleurs vœux pour "
    "la suite.\n\n"
    "Léman Export SA – Ressources humaines\nRue du Rhône 88, 1204 Genève\n"
)
LESTRADE_TEXT = (
    "Bonjour Baptiste,\n\n"
    "Je voulais vous répondre personnellement : nous avons finalement pourvu le poste de "
    "technico-commercial export en interne, par la promotion d'une collaboratrice de notre "
    "atelier de Mézin qui connaissait déjà bien nos clients espagnols.\n\n"
    "Votre candidature était pourtant solide, et je trouve rare qu'un sommelier s'intéresse "
    "autant au bouchage ! Si vous passez dans le Lot-et-Garonne, la porte est ouverte pour "
    "une visite.\n\n"
    "Cordialement,\nPierre-Yves Lestrade\nCogérant – Bouchons Lestrade\n"
    "ZA du Liège, 47170 Mézin – 05 53 00 61 92\n"
)
HARLIN_TEXT = (
    "Bonjour Baptiste,\n\n"
    "Je reviens vers vous concernant le poste de Brand Ambassador Asie chez Champagne "
    "Harlin-Roussel, pour lequel je vous avais présenté il y a trois semaines.\n\n"
    "La maison a fait son choix et, malheureusement, ne souhaite pas donner suite à votre "
    "candidature : elle a privilégié un profil déjà installé à Singapour. Je sais que vous "
    "teniez à ce poste et j'en suis désolé.\n\n"
    "On se rappelle la semaine prochaine pour faire le point sur vos autres pistes ?\n\n"
    + signature(
        "Thibault Ferrand",
        "Consultant – Vins & Spiritueux",
        "Cépages Conseil",
        "8 cours du Chapeau-Rouge, 33000 Bordeaux",
    )
)
VINOJOBS_TEXT = (
    "Bonjour Baptiste,\n\n"
    "Le recruteur de Vignobles Ardouin a examiné votre candidature à l'offre « Attaché "
    "commercial export – Bordeaux » et a indiqué qu'elle n'était pas retenue.\n\n"
    "Ne vous découragez pas : 34 nouvelles offres correspondant à votre profil ont été "
    "publiées cette semaine sur VinoJobs.\n\n"
    "L'équipe VinoJobs\n\n"
    "Vous recevez cet e-mail car vous avez postulé via VinoJobs. Gérer mes notifications.\n"
)
AUBONNE_TEXT = (
    "Monsieur,\n\n"
    "Suite à vos entretiens des 14 et 22 avril dans nos bureaux de Genève, vous trouverez "
    "ci-joint notre réponse écrite.\n\n"
    "En résumé, nous avons le regret de vous informer que nous ne retiendrons pas votre "
    "candidature pour le poste de Responsable grands comptes Suisse romande. Votre "
    "connaissance des vins nous a impressionnés, mais le poste exige une expérience plus "
    "longue du marché suisse de la distribution.\n\n"
    "Nous vous prions d'agréer, Monsieur, nos salutations les meilleures.\n\n"
    "Marianne Dufaux\nDirectrice des ressources humaines\nAubonne Trading SA\n"
    "Quai Gustave-Ador 20, 1207 Genève\n\n"
    "Ce message est confidentiel. S'il ne vous est pas destiné, merci d'en informer "
    "l'expéditeur et de le supprimer.\n"
)
BELLERIVE_TEXT = (
    "Bonjour Baptiste,\n\n"
    "Merci d'avoir pris le temps de candidater au poste de Trade Marketing Manager "
    "Cognac chez Bellerive Spiritueux.\n\n"
    "Nous avons reçu un grand nombre de candidatures de grande qualité et, après "
    "réflexion, nous avons décidé de ne pas aller plus loin avec votre profil pour ce "
    "poste.\n\n"
    "Nous vous souhaitons le meilleur pour la suite de vos recherches.\n\n"
    "L'équipe Talent de Bellerive Spiritueux\n"
)
ESTUAIRE_TEXT = (
    "Bonjour Baptiste,\n\n"
    "Nous vous informons que le conseil d'administration des Vignerons de l'Estuaire a "
    "décidé de suspendre le recrutement du poste de Chargé de développement export, dans "
    "l'attente des résultats de la campagne 2025-2026.\n\n"
    "Nous ne poursuivrons donc pas le processus avec les candidats actuels, dont vous "
    "faites partie. Nous vous remercions sincèrement de l'intérêt porté à notre "
    "coopérative.\n\n"
    "Bien cordialement,\nLe service RH, Les Vignerons de l'Estuaire\n"
)
SAISONNIA_TEXT = (
    "Bonjour M. Kerhervé,\n\n"
    "Je reviens vers vous pour la mission de conseiller de vente en caviste (CDD de 6 mois, "
    "Bordeaux centre) que nous avions évoquée. Notre client nous a fait savoir ce matin "
    "qu'il ne retenait pas votre profil, qu'il juge trop expérimenté pour ce poste.\n\n"
    "Je ne manquerai pas de vous proposer d'autres missions plus en phase avec vos "
    "compétences.\n\n"
    "Cordialement,\n\nLaetitia Brun\nChargée de recrutement\nSaisonnia Intérim – agence "
    "Bordeaux Chartrons\n12 rue Notre-Dame, 33000 Bordeaux\n"
)
JALLERAT_OWN = (
    "Madame, Monsieur,\n\n"
    "Sommelier depuis neuf ans (dont quatre ans dans un restaurant étoilé à Bordeaux), je "
    "souhaite mettre ma connaissance des vins et de la clientèle internationale au service "
    "de votre maison en tant qu'attaché commercial export. Je serais ravi de vous rencontrer "
    "en entretien pour vous présenter ma motivation.\n\n"
    "Bien cordialement,\nBaptiste Kerhervé-Nakamura\n"
)
JALLERAT_TEXT = reply(
    "Bonjour,\n\nMerci pour votre candidature. Le poste est pourvu.\n\nCordialement,\n"
    "F. Jallerat\n",
    "Le 2 févr. 2026 à 21:47, Baptiste Kerhervé-Nakamura <baptiste.kerherve@example.fr> "
    "a écrit :",
    JALLERAT_OWN,
)

FRENCH = [
    {
        "key": "coop_saint_aubin", "kind": "rejection", "lang": "fr",
        "company": "Cave des Coteaux de Saint-Aubin", "contact": "g.perrot@coteaux-staubin.example.fr",
        "frm": ("Geneviève Perrot", "g.perrot@coteaux-staubin.example.fr"),
        "name_cs": ("iso-8859-1", "q"), "date": "2026-01-27 16:20 +0100",
        "subject": "Votre candidature", "text": COOP_TEXT.replace("–", "-"), "cs": "iso-8859-1",
        "cte": "8bit",
    },
    {
        "key": "castelroux_taleo", "kind": "rejection", "lang": "fr", "company": "Maisons Castelroux",
        "frm": ("Maisons Castelroux", "castelroux@taleo.net"), "date": "2026-02-05 03:14 -0500",
        "subject": "Maisons Castelroux – Votre candidature au poste de Key Account Manager "
        "Travel Retail", "text": CASTELROUX_TEXT,
        "html": html_shell(CASTELROUX_TEXT, brand="MAISONS CASTELROUX", color="#0d2340"),
        "cte": "base64",
    },
    {
        "key": "sauvagnac_filled_icims", "kind": "rejection", "lang": "fr",
        "company": "Distillerie Sauvagnac",
        "frm": ("Distillerie Sauvagnac", "donotreply@icims.com"), "date": "2026-02-12 14:02 -0500",
        "subject": "Poste pourvu – Commercial Export Afrique", "subj_cs": ("windows-1252", "b"),
        "html": html_shell(SAUVAGNAC_TEXT, brand="Distillerie Sauvagnac – Carrières"),
        "headers": [("Auto-Submitted", "auto-generated")],
    },
    {
        "key": "clairval_after_interviews", "kind": "rejection", "lang": "fr", "company": "Maison Clairval",
        "contact": "sandrine.morel@maison-clairval.example.fr",
        "frm": ("Sandrine Morel via Lever", "no-reply@hire.lever.co"),
        "reply_to": ("Sandrine Morel", "sandrine.morel@maison-clairval.example.fr"),
        "date": "2026-04-09 18:31 +0200",
        "subject": "Votre candidature chez Maison Clairval", "text": CLAIRVAL_TEXT,
        "html": html_shell(CLAIRVAL_TEXT),
    },
    {
        "key": "leman_post_cancelled", "kind": "rejection", "lang": "fr", "company": "Léman Export",
        "frm": ("Léman Export - Recrutement", "leman-export@successfactors.eu"),
        "name_cs": ("utf-8", "b"), "date": "2026-03-02 08:45 +0100",
        "subject": "Wine Export Coordinator (Genève) – mise à jour de votre candidature",
        "text": LEMAN_TEXT, "cs": "windows-1252", "cte": "quoted-printable",
    },
    {
        "key": "lestrade_internal", "kind": "rejection", "lang": "fr", "company": "Bouchons Lestrade",
        "contact": "py.lestrade@bouchons-lestrade.example.fr",
        "frm": ("Pierre-Yves Lestrade", "py.lestrade@bouchons-lestrade.example.fr"),
        "date": "2026-05-19 12:02 +0200", "subject": "Poste technico-commercial export",
        "text": LESTRADE_TEXT, "cte": "8bit",
    },
    {
        "key": "harlin_via_cepages", "kind": "rejection", "lang": "fr",
        "company": "Champagne Harlin-Roussel", "contact": "t.ferrand@cepages-conseil.example.fr",
        "frm": ("Thibault Ferrand", "t.ferrand@cepages-conseil.example.fr"),
        "date": "2026-03-27 10:10 +0100",
        "subject": "Harlin-Roussel – Brand Ambassador Asie", "text": HARLIN_TEXT,
        "html": html_shell(HARLIN_TEXT),
    },
    {
        "key": "vinojobs_employer_declined", "kind": "rejection", "lang": "fr",
        "company": "Vignobles Ardouin",
        "frm": ("VinoJobs", "notifications@vinojobs.example.com"), "date": "2026-02-20 06:30 +0100",
        "subject": "Votre candidature chez Vignobles Ardouin", "text": VINOJOBS_TEXT,
        "html": html_shell(VINOJOBS_TEXT, brand="VinoJobs", color="#8c1c3c"),
    },
    {
        "key": "aubonne_letter_pdf", "kind": "rejection", "lang": "fr", "company": "Aubonne Trading",
        "contact": "m.dufaux@aubonne-trading.example.ch",
        "frm": ("Marianne Dufaux", "m.dufaux@aubonne-trading.example.ch"),
        "date": "2026-05-04 15:20 +0200",
        "subject": "Votre candidature – Responsable grands comptes Suisse romande",
        "text": AUBONNE_TEXT,
        "attach": [("Reponse_candidature_Kerherve-Nakamura.pdf", [
            "AUBONNE TRADING - Geneve, le 4 mai 2026",
            "Objet : votre candidature",
            "Nous avons le regret de ne pas retenir votre candidature.",
            "Marianne Dufaux, Directrice des ressources humaines",
        ])],
    },
    {
        "key": "bellerive_ashby", "kind": "rejection", "lang": "fr", "company": "Bellerive Spiritueux",
        "frm": ("Bellerive Spiritueux", "no-reply@ashbyhq.com"), "date": "2026-06-08 13:12 +0000",
        "subject": "Votre candidature – Trade Marketing Manager Cognac", "text": BELLERIVE_TEXT,
        "html": html_shell(BELLERIVE_TEXT, footer="Envoyé avec Ashby"),
    },
    {
        "key": "estuaire_suspended", "kind": "rejection", "lang": "fr",
        "company": "Les Vignerons de l'Estuaire",
        "frm": ("Les Vignerons de l'Estuaire", "noreply@workablemail.com"),
        "date": "2026-07-06 09:00 +0200",
        "subject": "Suspension du recrutement – Chargé de développement export",
        "text": ESTUAIRE_TEXT, "cs": "iso-8859-1", "cte": "quoted-printable",
    },
    {
        "key": "saisonnia_client_no", "kind": "rejection", "lang": "fr", "company": "Saisonnia Intérim",
        "contact": "laetitia.brun@saisonnia.example.fr",
        "frm": ("Laetitia Brun", "laetitia.brun@saisonnia.example.fr"),
        "date": "2026-01-22 11:48 +0100", "subject": "Mission caviste – retour client",
        "text": SAISONNIA_TEXT,
    },
    {
        "key": "jallerat_terse", "kind": "rejection", "lang": "fr", "company": "Champagne Jallerat",
        "contact": "f.jallerat@champagne-jallerat.example.fr",
        "frm": ("François Jallerat", "f.jallerat@champagne-jallerat.example.fr"),
        "refs_extra": ["cand-jallerat-0202@example.fr"], "date": "2026-02-03 07:58 +0100",
        "subject": "RE: Candidature spontanée – attaché commercial export",
        "text": JALLERAT_TEXT, "headers": [("X-Mailer", "Apple Mail (2.3826)")],
    },
]

# ------------------------------------------------------------------ English
FENWICK_TEXT = (
    "Hi Baptiste,\n\n"
    "Thank you for your interest in the Regional Sales Manager – France & Benelux role at "
    "Fenwick & Glass Spirits, and for the time you put into your application.\n\n"
    "We've now reviewed all applications, and we have decided to move forward with "
    "candidates whose experience more closely matches the needs of the role at this time.\n\n"
    "We'll keep your details on file and may reach out about future openings.\n\n"
    "Warm regards,\nFenwick & Glass Talent Team\n"
)
RIDGEWAY_TEXT = (
    "Dear Baptiste,\n\n"
    "Thank you for applying for the Fine Wine Account Manager position at Ridgeway & Sons. "
    "We wanted to let you know that the position has now been filled.\n\n"
    "We appreciate the interest you have shown in Ridgeway & Sons and wish you every "
    "success in your search.\n\n"
    "Kind regards,\nRidgeway & Sons Wine Merchants – Human Resources\n"
)
KESTREL_UNNAMED_TEXT = reply(
    "Hi Baptiste,\n\n"
    "Quick update on the Scotch brand ambassador brief. My client has come back to say "
    "they won't be progressing your application — they've decided to prioritise someone "
    "based in Shanghai. Not the outcome we hoped for, but a fair reason.\n\n"
    "Speak soon,\nRowan\n",
    "On Tue, 4 Aug 2026 at 09:20, Baptiste Kerhervé-Nakamura <baptiste.kerherve@example.fr> "
    "wrote:",
    "Hi Rowan,\n\nAny news from your client on the brand ambassador role?\n\nThanks,\n"
    "Baptiste\n",
)
OAKHURST_TEXT = (
    "Hello Baptiste,\n\n"
    "Thanks for applying to the Export Sales Executive role at Oakhurst Imports.\n\n"
    "Unfortunately, due to a change in business priorities, we have put this role on hold "
    "for the foreseeable future, so we won't be progressing any applications at this stage. "
    "We're sorry for any disappointment this causes.\n\n"
    "Best wishes,\nPriya Ramsden\nOperations & People Manager, Oakhurst Imports\n"
)

ENGLISH = [
    {
        "key": "fenwick_lever_closer_match", "kind": "rejection", "lang": "en",
        "company": "Fenwick & Glass Spirits",
        "frm": ("Fenwick & Glass Spirits", "no-reply@hire.lever.co"),
        "date": "2026-03-10 17:45 +0000",
        "subject": "Your application to Fenwick & Glass Spirits", "text": FENWICK_TEXT,
        "html": html_shell(FENWICK_TEXT, brand="Fenwick & Glass", color="#333333"),
    },
    {
        "key": "ridgeway_bamboohr_filled", "kind": "rejection", "lang": "en",
        "company": "Ridgeway & Sons",
        "frm": ("Ridgeway & Sons Wine Merchants", "notifications@bamboohr.com"),
        "date": "2026-05-28 10:05 -0600", "subject": "Fine Wine Account Manager – Ridgeway & Sons",
        "html": html_shell(RIDGEWAY_TEXT, brand="Ridgeway & Sons"), "html_cte": "quoted-printable",
    },
    {
        "key": "kestrel_unnamed_client_no", "kind": "rejection", "lang": "en",
        "company": "Kestrel Export Search", "contact": "rowan@kestrel-search.example.co.uk",
        "frm": ("Rowan Pettifer", "rowan@kestrel-search.example.co.uk"),
        "refs_extra": ["cand-kestrel-0804@example.fr"], "date": "2026-08-05 12:30 +0100",
        "subject": "Re: Brand ambassador brief – any news?", "text": KESTREL_UNNAMED_TEXT,
    },
    {
        "key": "oakhurst_on_hold", "kind": "rejection", "lang": "en", "company": "Oakhurst Imports",
        "contact": "priya.ramsden@oakhurst-imports.example.co.uk",
        "frm": ("Oakhurst Imports", "notifications@recruitee.com"),
        "reply_to": ("Priya Ramsden", "priya.ramsden@oakhurst-imports.example.co.uk"),
        "date": "2026-06-30 14:14 +0100", "subject": "Update on your application – Oakhurst Imports",
        "text": OAKHURST_TEXT, "html": html_shell(OAKHURST_TEXT),
    },
]

# ------------------------------------------------------------------ German
RHEINGOLD_TEXT = (
    "Sehr geehrter Herr Kerhervé-Nakamura,\n\n"
    "vielen Dank für Ihr Interesse an der Rheingold Sektmanufaktur und Ihre Bewerbung als "
    "Area Sales Manager Export.\n\n"
    "Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir "
    "Sie im weiteren Auswahlverfahren nicht berücksichtigen können. Diese Entscheidung ist "
    "keine Bewertung Ihrer Qualifikation, sondern spiegelt die Anforderungen der Stelle "
    "wider.\n\n"
    "Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.\n\n"
    "Mit freundlichen Grüßen\nIhr Personalteam der Rheingold Sektmanufaktur\n"
)
KAPPUS_TEXT = (
    "Hallo Herr Kerhervé-Nakamura,\n\n"
    "danke nochmal für das nette Telefonat letzte Woche. Wir haben uns inzwischen für einen "
    "anderen Bewerber entschieden, der bereits Erfahrung im deutschen Fachhandel mitbringt.\n\n"
    "Ich drücke Ihnen die Daumen für Ihre Suche – vielleicht sieht man sich ja mal auf "
    "einer Messe.\n\n"
    "Viele Grüße aus Mainz\nKarin Kappus\nWeinhandel Kappus · Große Bleiche 19 · 55116 Mainz\n"
)
VINEXUS_OLD = (
    "Sehr geehrte Frau Albrecht,\n\n"
    "vielen Dank für das Gespräch am Montag. Ich wollte mich erkundigen, ob es bereits "
    "Neuigkeiten zu meiner Bewerbung gibt.\n\n"
    "Mit freundlichen Grüßen\nBaptiste Kerhervé-Nakamura\n"
)
VINEXUS_TEXT = (
    "Sehr geehrter Herr Kerhervé-Nakamura,\n\n"
    "vielen Dank für Ihre Nachfrage und das angenehme Gespräch. Nach Abschluss aller "
    "Interviews haben wir uns leider gegen Sie entschieden. Wir suchen für diese Position "
    "jemanden mit mehr Erfahrung im Einkauf bei französischen Erzeugern.\n\n"
    "Mit freundlichen Grüßen\n\n"
    "Simone Albrecht\nLeitung Personal\nVinexus Import GmbH\nKaiserstraße 51, 55116 Mainz\n\n"
    "Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat "
    "sind, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail.\n\n"
    + outlook("de", "Baptiste Kerhervé-Nakamura <baptiste.kerherve@example.fr>",
              "Mittwoch, 10. Juni 2026 08:14", "Simone Albrecht",
              "Nachfrage Bewerbung Einkäufer Frankreich", VINEXUS_OLD)
)
WEINTALENTE_TEXT = (
    "Guten Tag Herr Kerhervé-Nakamura,\n\n"
    "ich habe heute Rückmeldung von unserem Mandanten, dem Sekthaus Nierstein-Barth, "
    "erhalten. Leider hat sich der Mandant gegen eine Fortsetzung des Prozesses mit Ihnen "
    "entschieden; ausschlaggebend waren fehlende Kenntnisse des deutschen "
    "Lebensmitteleinzelhandels.\n\n"
    "Ich bedaure das sehr und melde mich, sobald ich ein passenderes Mandat habe.\n\n"
    "Beste Grüße\n\n"
    + signature(
        "Matthias Köhler",
        "Senior Consultant",
        "WeinTalente Personalberatung",
        "Am Rosengarten 4, 55131 Mainz",
        "+49 6131 90 87 12",
    )
)

GERMAN = [
    {
        "key": "rheingold_softgarden", "kind": "rejection", "lang": "de",
        "company": "Rheingold Sektmanufaktur",
        "frm": ("Rheingold Sektmanufaktur", "noreply@softgarden.io"),
        "date": "2026-04-16 16:40 +0200",
        "subject": "Ihre Bewerbung als Area Sales Manager Export", "text": RHEINGOLD_TEXT,
        "html": html_shell(RHEINGOLD_TEXT, brand="Rheingold Sektmanufaktur",
                        footer="Dieses Schreiben wurde maschinell erstellt."),
        "cs": "iso-8859-1", "cte": "quoted-printable", "html_cs": "utf-8",
    },
    {
        "key": "kappus_other_candidate", "kind": "rejection", "lang": "de", "company": "Weinhandel Kappus",
        "contact": "karin@weinhandel-kappus.example.de",
        "frm": ("Karin Kappus", "karin@weinhandel-kappus.example.de"),
        "date": "2026-05-07 19:22 +0200", "subject": "Ihre Bewerbung", "text": KAPPUS_TEXT,
        "cte": "8bit",
    },
    {
        "key": "vinexus_after_interview", "kind": "rejection", "lang": "de", "company": "Vinexus Import",
        "contact": "s.albrecht@vinexus-import.example.de",
        "frm": ("Simone Albrecht", "s.albrecht@vinexus-import.example.de"),
        "refs_extra": ["cand-vinexus-0610@example.fr"], "date": "2026-06-12 13:05 +0200",
        "subject": "AW: Nachfrage Bewerbung Einkäufer Frankreich", "subj_cs": ("iso-8859-1", "q"),
        "text": VINEXUS_TEXT, "cs": "windows-1252", "cte": "quoted-printable",
    },
    {
        "key": "weintalente_client_no", "kind": "rejection", "lang": "de",
        "company": "Sekthaus Nierstein-Barth", "contact": "m.koehler@weintalente.example.de",
        "frm": ("Matthias Köhler", "m.koehler@weintalente.example.de"),
        "name_cs": ("utf-8", "b"), "date": "2026-07-14 11:11 +0200",
        "subject": "Rückmeldung Sekthaus Nierstein-Barth", "subj_cs": ("utf-8", "b"),
        "text": WEINTALENTE_TEXT,
    },
]

# ------------------------------------------------------------------ Spanish
IREGUA_TEXT = (
    "Hola Baptiste,\n\n"
    "Muchas gracias por tu interés en Corchos Iregua y por el tiempo dedicado a tu "
    "candidatura para Técnico Comercial Exportación – Francia.\n\n"
    "Tras revisar detenidamente todos los perfiles, hemos decidido seguir adelante con "
    "otros candidatos cuya experiencia se ajusta más a lo que necesitamos en este momento.\n\n"
    "Te deseamos mucha suerte en tu búsqueda.\n\n"
    "Un saludo,\nEquipo de RR. HH. de Corchos Iregua\n"
)
NAJERILLA_TEXT = (
    "Estimado Baptiste:\n\n"
    "Te escribimos para informarte de que la vacante de Responsable de Enoturismo y "
    "Exportación ha quedado cubierta internamente.\n\n"
    "Agradecemos sinceramente tu interés en Viñedos del Najerilla y esperamos poder contar "
    "con tu candidatura en futuros procesos.\n\n"
    "Atentamente,\nMaite Garrido\nDepartamento de Personas, Viñedos del Najerilla\n"
)
LAZARRAGA_TEXT = (
    "Buenos días, Baptiste:\n\n"
    "Lamentamos comunicarte que la dirección de Bodegas Lazarraga ha decidido cancelar el "
    "proceso de selección para el puesto de Area Manager Francia y Suiza, por lo que no "
    "continuaremos con tu candidatura.\n\n"
    "Te agradecemos la confianza y el tiempo que nos has dedicado, en especial la "
    "presentación que preparaste para la segunda entrevista.\n\n"
    "Un cordial saludo,\n\n"
    "Javier Lazarraga Ochoa\nDirector Comercial\nBodegas Lazarraga\n"
    "Ctra. de Cenicero km 3, 26006 Logroño\n\n"
    "AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su "
    "destinatario y pueden contener información confidencial. Si no es usted el "
    "destinatario, le rogamos que lo comunique al remitente y proceda a su borrado.\n"
)
SARMIENTO_TEXT = (
    "Hola Baptiste,\n\n"
    "Te escribo para darte respuesta sobre el proceso de Key Account Manager Exportación "
    "que llevamos para una bodega familiar de la Rioja Alta. Nuestro cliente ha decidido no "
    "continuar con tu candidatura: prefieren a alguien con experiencia previa en gran "
    "distribución.\n\n"
    "Gracias por tu disponibilidad; seguimos en contacto para nuevas oportunidades.\n\n"
    "Un abrazo,\nCarmen Olarte\nSarmiento Talent – Headhunting Vino y Espirituosos\n"
    "C/ Portales 44, 26001 Logroño\n"
)

SPANISH = [
    {
        "key": "iregua_workable", "kind": "rejection", "lang": "es", "company": "Corchos Iregua",
        "frm": ("Corchos Iregua", "noreply@workablemail.com"), "date": "2026-03-17 11:00 +0100",
        "subject": "Tu candidatura en Corchos Iregua", "text": IREGUA_TEXT,
        "html": html_shell(IREGUA_TEXT, brand="Corchos Iregua", color="#8b5a2b"),
        "cte": "base64",
    },
    {
        "key": "najerilla_internal_recruitee", "kind": "rejection", "lang": "es",
        "company": "Viñedos del Najerilla",
        "frm": ("Viñedos del Najerilla", "noreply@recruitee.com"), "name_cs": ("iso-8859-1", "b"),
        "date": "2026-06-22 17:30 +0200",
        "subject": "Actualización sobre tu candidatura", "text": NAJERILLA_TEXT,
        "cs": "iso-8859-1", "cte": "quoted-printable",
    },
    {
        "key": "lazarraga_process_cancelled", "kind": "rejection", "lang": "es",
        "company": "Bodegas Lazarraga", "contact": "javier.lazarraga@bodegaslazarraga.example.es",
        "frm": ("Javier Lazarraga Ochoa", "javier.lazarraga@bodegaslazarraga.example.es"),
        "date": "2026-09-09 10:25 +0200",
        "subject": "Proceso de selección Area Manager Francia y Suiza", "subj_cs": ("utf-8", "b"),
        "text": LAZARRAGA_TEXT, "html": html_shell(LAZARRAGA_TEXT),
    },
    {
        "key": "sarmiento_unnamed_client", "kind": "rejection", "lang": "es",
        "company": "Sarmiento Talent", "contact": "carmen.olarte@sarmientotalent.example.es",
        "frm": ("Carmen Olarte", "carmen.olarte@sarmientotalent.example.es"),
        "date": "2026-09-24 18:02 +0200", "subject": "Respuesta proceso KAM Exportación",
        "text": SARMIENTO_TEXT, "cs": "windows-1252", "cte": "8bit",
    },
]

MESSAGES = FRENCH + ENGLISH + GERMAN + SPANISH
