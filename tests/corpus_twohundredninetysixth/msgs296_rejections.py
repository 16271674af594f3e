"""Rejections: every "no" to an application, from ATS, recruiters, agencies and head-hunters."""

from __future__ import annotations

from msgs296_common import ats, html_of, shell

FR = [
    {
        "key": "saintluc_filled", "kind": "rejection", "lang": "fr",
        "company": "Hôpitaux Saint-Luc", "contact": "",
        "date": "2026-03-24 08:30 +0100",
        "from": ("Hôpitaux Saint-Luc – Recrutement", "ne-pas-repondre@groupe-saintluc.example.fr"),
        "from_enc": ("utf-8", "Q"),
        "subject": "Votre candidature au poste de contrôleur de gestion hospitalier",
        "parent": "saintluc_ack",
        "html": shell(
            "<p>Madame,</p>\n<p>Vous avez manifesté votre intérêt pour le poste de "
            "<b>contrôleur de gestion hospitalier</b> au sein de la Direction des Finances des "
            "Hôpitaux Saint-Luc, et nous vous en remercions.</p>\n<p>Nous vous informons que ce "
            "poste a été pourvu par mobilité interne. Nous ne pouvons donc pas donner suite à "
            "votre candidature.</p>\n<p>Nous vous invitons à consulter régulièrement nos offres "
            "sur notre site carrières.</p>\n<p>Veuillez agréer, Madame, l'expression de nos "
            "salutations distinguées.</p>\n<p>La Direction des Ressources Humaines<br>Hôpitaux "
            "Saint-Luc – 20 rue Saint-Luc, 69005 Lyon</p>",
            brand="Hôpitaux Saint-Luc", colour="#005b96",
            foot="Message automatique – merci de ne pas répondre."),
        "cte": "quoted-printable",
    },
    {
        "key": "acieries_not_shortlisted", "kind": "rejection", "lang": "fr",
        "company": "Aciéries de Savoie", "contact": "",
        "date": "2026-02-19 13:02 +0000",
        "from": ("Aciéries de Savoie", "noreply@successfactors.eu"),
        "from_enc": ("iso-8859-1", "Q"),
        "subject": "Aciéries de Savoie : réponse à votre candidature",
        "subj_enc": ("iso-8859-1", "B"),
        "headers": ats("SAP SuccessFactors"),
        "text": """Bonjour Amélie Kouassi,

Nous vous remercions pour votre candidature au poste de Contrôleur de gestion usine (réf. 48211) à Ugine.

Après une étude attentive de votre dossier, nous sommes au regret de vous informer que votre profil n'a pas été retenu pour la suite du processus de recrutement. Nous avons reçu de nombreuses candidatures de qualité et avons dû faire des choix.

Nous conservons vos informations dans notre base de talents et ne manquerons pas de vous recontacter si une opportunité correspondant à votre profil se présentait.

Cordialement,
Direction des Ressources Humaines
Aciéries de Savoie""",
        "charset": "iso-8859-1", "cte": "quoted-printable",
    },
    {
        "key": "proxi_client_no", "kind": "rejection", "lang": "fr",
        "company": "Proxi Intérim Rhône", "contact": "agence.villeurbanne@proxi-interim.example.fr",
        "date": "2026-01-30 16:44 +0100",
        "from": ("Proxi Intérim – Agence Villeurbanne", "agence.villeurbanne@proxi-interim.example.fr"),
        "from_enc": ("utf-8", "B"),
        "subject": "Mission comptable unique – retour client",
        "text": """Bonjour Amélie,

Je reviens vers vous concernant la mission de comptable unique / contrôle de gestion (6 mois, Vaulx-en-Velin) pour laquelle nous vous avions présentée lundi.

Notre client nous a fait savoir qu'il ne souhaitait pas donner suite : il recherche finalement quelqu'un de disponible immédiatement pour un démarrage dès le 2 février, ce qui n'est pas compatible avec votre préavis.

Nous restons bien sûr mobilisés sur votre recherche et vous recontactons dès qu'une mission correspondant à votre profil se présente.

Belle fin de semaine,

Coralie Fontaine
Chargée de recrutement
Proxi Intérim Rhône – Agence de Villeurbanne
112 cours Émile Zola, 69100 Villeurbanne – 04 78 84 50 21""",
        "cte": "8bit",
    },
    {
        "key": "orvane_via_morel", "kind": "rejection", "lang": "fr",
        "company": "Laboratoires Orvane", "contact": "b.morel@morel-associes.example.fr",
        "date": "2026-05-26 19:20 +0200",
        "from": ("Bertrand Morel", "b.morel@morel-associes.example.fr"),
        "subject": "Laboratoires Orvane – décision",
        "text": """Chère Amélie,

Comme promis, je vous fais un retour rapide après le comité de vendredi chez Laboratoires Orvane.

Le Directeur Financier a été sensible à votre parcours, mais il a retenu la candidate qui avait déjà piloté un processus budgétaire dans un laboratoire pharmaceutique : c'était, in fine, le critère déterminant pour lui. Je sais que c'est une déception après trois entretiens et je tenais à vous l'annoncer moi-même.

Je reste convaincu que votre profil trouvera preneur rapidement, et je ne manquerai pas de vous solliciter sur mes prochaines missions en direction financière.

Bien amicalement,

Bertrand Morel
Associé
Morel & Associés – Executive Search
9 place Bellecour, 69002 Lyon
+33 (0)4 78 37 60 90

Ce courriel est confidentiel. S'il ne vous est pas destiné, merci de le supprimer et d'en informer l'expéditeur.""",
        "cte": "quoted-printable",
    },
    {
        "key": "terresvives_suspended", "kind": "rejection", "lang": "fr",
        "company": "Solidarités Terres Vives", "contact": "rh@terresvives.example.be",
        "date": "2026-06-08 11:12 +0200",
        "from": ("Service RH – Solidarités Terres Vives", "rh@terresvives.example.be"),
        "from_enc": ("utf-8", "Q"),
        "subject": "Recrutement Responsable contrôle budgétaire – suspension du processus",
        "text": """Madame Kouassi,

Nous vous remercions pour l'intérêt que vous avez porté à notre ONG et pour votre candidature au poste de Responsable du contrôle budgétaire basé à Bruxelles.

Nous devons malheureusement vous informer que notre conseil d'administration a décidé de suspendre ce recrutement, dans l'attente de la confirmation de nos financements européens pour 2027. Le processus est donc clôturé et nous ne pourrons pas donner suite à votre candidature.

Si le poste devait être rouvert, il fera l'objet d'une nouvelle publication sur notre site.

Avec nos remerciements et nos meilleures salutations,

Le service des Ressources Humaines
Solidarités Terres Vives asbl
Rue du Progrès 40, 1210 Bruxelles""",
        "cte": "quoted-printable",
    },
    {
        "key": "kessler_onhold", "kind": "rejection", "lang": "fr",
        "company": "Banque Privée Kessler", "contact": "isabelle.hoffmann@kessler-bank.example.lu",
        "date": "2026-07-14 09:36 +0200",
        "from": ("Isabelle Hoffmann", "isabelle.hoffmann@kessler-bank.example.lu"),
        "subject": "Poste Analyste FP&A – Luxembourg",
        "text": """Bonjour Madame Kouassi,

Je me permets de revenir vers vous concernant votre candidature au poste d'Analyste FP&A au sein de notre siège luxembourgeois.

Suite à une réorganisation de la direction financière annoncée cette semaine, le poste est mis en attente pour une durée indéterminée. Nous ne poursuivrons donc pas le recrutement et je suis au regret de ne pas pouvoir donner suite à votre candidature.

Je vous remercie sincèrement pour le temps consacré à notre échange téléphonique et vous souhaite plein succès.

Meilleures salutations,

Isabelle Hoffmann
Talent Acquisition Manager
Banque Privée Kessler
14 boulevard Royal, L-2449 Luxembourg

Le présent message est confidentiel et peut être couvert par le secret bancaire. Toute diffusion non autorisée est interdite.""",
        "html": html_of("""Bonjour Madame Kouassi,

Je me permets de revenir vers vous concernant votre candidature au poste d'Analyste FP&A au sein de notre siège luxembourgeois.

Suite à une réorganisation de la direction financière annoncée cette semaine, le poste est mis en attente pour une durée indéterminée. Nous ne poursuivrons donc pas le recrutement et je suis au regret de ne pas pouvoir donner suite à votre candidature.

Je vous remercie sincèrement pour le temps consacré à notre échange téléphonique et vous souhaite plein succès.

Meilleures salutations,

Isabelle Hoffmann
Talent Acquisition Manager
Banque Privée Kessler
14 boulevard Royal, L-2449 Luxembourg""", foot="Le présent message est confidentiel et peut être couvert par le secret bancaire."),
        "charset": "windows-1252", "cte": "quoted-printable",
    },
    {
        "key": "aiguilles_after_interviews", "kind": "rejection", "lang": "fr",
        "company": "Fondation des Aiguilles", "contact": "pmeylan@fondation-aiguilles.example.ch",
        "date": "2026-09-02 14:55 +0200",
        "from": ("Pascale Meylan", "pmeylan@fondation-aiguilles.example.ch"),
        "subject": "RE: Merci – entretien du 27 août",
        "parent": "aiguilles_thanks_sent", "quote": "outlook_fr",
        "text": """Chère Madame Kouassi,

Merci pour votre aimable message et pour votre disponibilité tout au long de ce processus.

Le comité s'est réuni hier. C'est avec regret que je dois vous annoncer que nous avons retenu une autre candidature, celle d'une personne ayant une longue expérience des bailleurs institutionnels suisses. Votre deuxième entretien a pourtant fait forte impression sur notre trésorier.

Je vous souhaite tout le meilleur pour la suite.

Pascale Meylan
Responsable RH
Fondation des Aiguilles – Genève""",
        "cte": "quoted-printable",
    },
    {
        "key": "sotrama_smartr", "kind": "rejection", "lang": "fr",
        "company": "Sotrama Logistique", "contact": "",
        "date": "2026-04-03 15:10 +0000",
        "from": ("Sotrama Logistique", "noreply@smartrecruiters.com"),
        "subject": "Mise à jour concernant votre candidature chez Sotrama Logistique",
        "headers": ats("SmartRecruiters"),
        "text": """Bonjour Amélie,

Merci d'avoir pris le temps de postuler au poste de Contrôleur de Gestion Transport (F/H) chez Sotrama Logistique.

Nous avons examiné votre candidature avec attention. Malheureusement, nous avons décidé de poursuivre avec d'autres candidats dont l'expérience correspond plus étroitement aux besoins actuels du poste.

Nous vous encourageons à continuer de consulter nos offres et à postuler à celles qui vous intéressent.

Nous vous souhaitons bonne chance dans votre recherche.

L'équipe Recrutement de Sotrama Logistique""",
        "html": html_of("""Bonjour Amélie,

Merci d'avoir pris le temps de postuler au poste de Contrôleur de Gestion Transport (F/H) chez Sotrama Logistique.

Nous avons examiné votre candidature avec attention. Malheureusement, nous avons décidé de poursuivre avec d'autres candidats dont l'expérience correspond plus étroitement aux besoins actuels du poste.

Nous vous encourageons à continuer de consulter nos offres et à postuler à celles qui vous intéressent.

Nous vous souhaitons bonne chance dans votre recherche.

L'équipe Recrutement de Sotrama Logistique""", brand="Sotrama", colour="#c0392b",
                        foot="Propulsé par SmartRecruiters"),
        "cte": "base64",
    },
    {
        "key": "norelec_icims", "kind": "rejection", "lang": "fr",
        "company": "Norelec Industrie", "contact": "",
        "date": "2026-05-06 22:01 +0000",
        "from": ("Norelec Industrie Talent Acquisition", "norelec@talent.icims.com"),
        "subject": "Norelec Industrie - Contrôleur financier Grenoble",
        "headers": ats("iCIMS"),
        "text": """Chère Amélie,

Merci pour l'intérêt que vous portez à Norelec Industrie et au poste de Contrôleur financier à Grenoble (req. 2026-1187).

Nous avons eu le plaisir d'échanger avec de nombreux candidats très qualifiés. Après mûre réflexion, nous avons le regret de vous informer que nous ne retiendrons pas votre candidature pour ce poste.

Votre profil reste enregistré dans notre portail et vous pouvez à tout moment postuler à d'autres offres.

Bien cordialement,
L'équipe Talent Acquisition
Norelec Industrie

Merci de ne pas répondre directement à ce message.""",
        "cte": "quoted-printable",
    },
    {
        "key": "pixelune_short", "kind": "rejection", "lang": "fr",
        "company": "Atelier Pixelune", "contact": "",
        "date": "2026-08-18 09:03 +0000",
        "from": ("Atelier Pixelune", "jobs@atelierpixelune.recruitee.com"),
        "subject": "Ta candidature Contrôleur·se de gestion",
        "headers": ats("Recruitee"),
        "text": """Salut Amélie,

Merci d'avoir postulé chez Atelier Pixelune ! On a lu ta candidature avec attention, mais on ne va pas aller plus loin ensemble pour ce poste : on cherche quelqu'un avec une expérience plus marquée du financement de projets de jeux (crédits d'impôt, subventions CNC).

On te souhaite plein de bonnes choses pour la suite, et qui sait, peut-être à bientôt sur un autre poste.

L'équipe Pixelune""",
        "cte": "8bit",
    },
    {
        "key": "veolith_lever", "kind": "rejection", "lang": "fr",
        "company": "Veolith Énergies", "contact": "",
        "date": "2026-06-19 12:44 +0000",
        "from": ("Veolith Énergies", "no-reply@hire.lever.co"),
        "from_enc": ("utf-8", "Q"),
        "subject": "Votre candidature chez Veolith Énergies",
        "headers": ats("Lever"),
        "text": """Bonjour Amélie,

Merci pour votre candidature au poste de Business Controller Projets EnR chez Veolith Énergies.

Nous avons reçu de très nombreuses candidatures pour ce poste. Après examen, nous ne sommes malheureusement pas en mesure de vous proposer un entretien.

Nous vous remercions de l'intérêt que vous nous portez et vous souhaitons le meilleur dans vos projets professionnels.

L'équipe Talent de Veolith Énergies""",
        "cte": "quoted-printable",
    },
    {
        "key": "harmonia_after_interview", "kind": "rejection", "lang": "fr",
        "company": "Harmonia Prévoyance", "contact": "f.guerin@harmonia-prevoyance.example.fr",
        "date": "2026-04-29 18:06 +0200",
        "from": ("Guérin Frédéric", "f.guerin@harmonia-prevoyance.example.fr"),
        "from_enc": ("windows-1252", "Q"),
        "subject": "Votre entretien chez Harmonia Prévoyance",
        "subj_enc": ("windows-1252", "Q"),
        "text": """Madame,

Je vous remercie d'être venue nous rencontrer le 22 avril dernier dans le cadre du recrutement d'un(e) contrôleur(se) de gestion pour notre mutuelle.

Nos échanges ont été riches, mais nous avons finalement fait le choix d'un candidat dont le profil « actuariat / contrôle de gestion » correspond davantage aux besoins de l'équipe. Je suis donc au regret de ne pas pouvoir donner une suite favorable à votre candidature.

Je vous souhaite bonne chance dans vos démarches et vous prie d'agréer, Madame, mes salutations distinguées.

Frédéric Guérin
Directeur du contrôle de gestion
Harmonia Prévoyance – 3 rue Servient – 69003 Lyon""",
        "charset": "windows-1252", "cte": "8bit",
    },
    {
        "key": "bressan_via_talentis", "kind": "rejection", "lang": "fr",
        "company": "Maison Bressan", "contact": "j.barreau@talentis-finance.example.fr",
        "date": "2026-04-09 12:15 +0200",
        "from": ("Julien Barreau", "j.barreau@talentis-finance.example.fr"),
        "subject": "Maison Bressan – retour",
        "text": """Bonjour Amélie,

Petit point rapide sur la Maison Bressan : la DRH m'a appelé ce matin, ils ont décidé de confier le poste de contrôleur de gestion à une personne de leur service comptable, promue en interne. Ils ne reçoivent donc plus de candidats externes et votre candidature s'arrête là, malheureusement.

C'est frustrant, je sais. On en parle à l'occasion de notre point de jeudi ?

Julien Barreau
Manager – Division Finance & Comptabilité
Talentis Finance""",
        "cte": "quoted-printable",
    },
]

EN = [
    {
        "key": "thistlebank_workday", "kind": "rejection", "lang": "en",
        "company": "Thistlebank Capital", "contact": "",
        "date": "2026-03-11 17:22 +0000",
        "from": ("Thistlebank Capital", "thistlebank@myworkday.com"),
        "subject": "Your application for FP&A Manager, London",
        "headers": ats("Workday"),
        "text": """Dear Amélie,

Thank you for your interest in the FP&A Manager role at Thistlebank Capital and for taking the time to apply.

We have now reviewed all applications. On this occasion we have decided to move forward with candidates whose experience more closely matches the requirements of the role, and we will not be progressing your application further.

We appreciate the effort you put into your application and wish you every success in your search.

Kind regards,
Talent Acquisition
Thistlebank Capital""",
        "html": html_of("""Dear Amélie,

Thank you for your interest in the FP&A Manager role at Thistlebank Capital and for taking the time to apply.

We have now reviewed all applications. On this occasion we have decided to move forward with candidates whose experience more closely matches the requirements of the role, and we will not be progressing your application further.

We appreciate the effort you put into your application and wish you every success in your search.

Kind regards,
Talent Acquisition
Thistlebank Capital""", brand="Thistlebank Capital", colour="#2e4057", lang="en"),
        "cte": "quoted-printable",
    },
    {
        "key": "orbital_filled", "kind": "rejection", "lang": "en",
        "company": "Orbital Freight", "contact": "ben.oduya@orbitalfreight.example.co.uk",
        "date": "2026-04-16 10:48 +0100",
        "from": ("Ben Oduya via Greenhouse", "no-reply@greenhouse-mail.io"),
        "reply_to": ("Ben Oduya", "ben.oduya@orbitalfreight.example.co.uk"),
        "subject": "Update on the Commercial Finance Manager role",
        "text": """Hi Amélie,

Thanks so much for your patience while we worked through our process for the Commercial Finance Manager role.

I wanted to let you know that we've now filled the position, so we won't be moving forward with your application. It was a really competitive field and I appreciated your thoughtful answers on our screening call.

We'll keep your details on file and I'd be glad to reach out if something suitable comes up in our Paris or London teams.

All the best,
Ben

Ben Oduya
Senior Recruiter | Orbital Freight
80 Leman Street, London E1 8EU""",
        "cte": "quoted-printable",
    },
    {
        "key": "vantage_client_no", "kind": "rejection", "lang": "en",
        "company": "Vantage Search Partners", "contact": "r.hale@vantagesearch.example.co.uk",
        "date": "2026-05-21 18:37 +0100",
        "from": ("Rebecca Hale", "r.hale@vantagesearch.example.co.uk"),
        "subject": "RE: Head of FP&A opportunity – feedback",
        "text": """Hi Amélie,

I've had feedback from my client this afternoon. Unfortunately they've decided not to take your application to the next stage — they're leaning towards candidates who've already run FP&A in a UK-listed environment, and the lack of direct PLC reporting experience was the deciding factor for them.

I know that's disappointing. For what it's worth, the CFO said your CV was one of the clearest he'd seen. I'll keep you in mind for the two mandates I'm opening next month.

Speak soon,
Rebecca

Rebecca Hale
Director, Finance Practice
Vantage Search Partners
+44 20 7946 0381""",
        "cte": "8bit",
    },
    {
        "key": "meridian_after_two", "kind": "rejection", "lang": "en",
        "company": "Meridian Fund Services", "contact": "k.weber@meridianfs.example.lu",
        "date": "2026-08-27 15:05 +0200",
        "from": ("Katrin Weber", "k.weber@meridianfs.example.lu"),
        "subject": "RE: Thank you – second interview",
        "parent": "meridian_thanks_sent", "quote": "outlook_en",
        "text": """Dear Amélie,

Thank you for your kind note and for meeting with Laurent and Sam last week.

I'm sorry to tell you that we have decided to offer the role to another candidate whose background in fund accounting was a closer fit for the team at this stage. This was a close decision and we genuinely enjoyed our conversations with you.

I wish you the very best in your search.

Kind regards,
Katrin Weber
HR Manager
Meridian Fund Services S.A.
2 rue Eugène Ruppert, L-2453 Luxembourg

This e-mail may contain confidential information. If you are not the intended recipient, please notify the sender and delete it.""",
        "charset": "windows-1252", "cte": "quoted-printable",
    },
]

DE = [
    {
        "key": "hohenfels_personio", "kind": "rejection", "lang": "de",
        "company": "Hohenfels Chemie", "contact": "",
        "date": "2026-03-30 07:15 +0000",
        "from": ("Hohenfels Chemie GmbH", "no-reply@personio.de"),
        "subject": "Ihre Bewerbung als Controller (m/w/d) bei der Hohenfels Chemie GmbH",
        "headers": ats("Personio"),
        "text": """Sehr geehrte Frau Kouassi,

vielen Dank für Ihr Interesse an der Position Controller (m/w/d) an unserem Standort Lörrach und die Zeit, die Sie in Ihre Bewerbung investiert haben.

Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können. Bitte verstehen Sie, dass diese Entscheidung keine Bewertung Ihrer Qualifikation darstellt.

Wir wünschen Ihnen für Ihren weiteren beruflichen Weg viel Erfolg.

Mit freundlichen Grüßen
Ihr Personalteam der Hohenfels Chemie GmbH""",
        "cte": "quoted-printable",
    },
    {
        "key": "lichtbruecke_intern", "kind": "rejection", "lang": "de",
        "company": "Stiftung Lichtbrücke", "contact": "bewerbung@lichtbruecke.example.ch",
        "date": "2026-06-30 10:20 +0200",
        "from": ("Stiftung Lichtbrücke - Personal", "bewerbung@lichtbruecke.example.ch"),
        "from_enc": ("iso-8859-1", "Q"),
        "subject": "Ihre Bewerbung: Finanzcontrollerin Programme (Genf)",
        "text": """Sehr geehrte Frau Kouassi

Besten Dank für Ihre Bewerbung als Finanzcontrollerin Programme in unserem Genfer Büro.

Wir möchten Sie darüber informieren, dass die Stelle in der Zwischenzeit intern besetzt werden konnte. Aus diesem Grund können wir Ihre Bewerbung leider nicht weiter berücksichtigen.

Ihre Unterlagen werden wir gemäss unseren Datenschutzrichtlinien nach drei Monaten löschen.

Freundliche Grüsse

Stiftung Lichtbrücke
Personaldienst
Rue de Carouge 58, 1205 Genève""",
        "charset": "iso-8859-1", "cte": "quoted-printable",
    },
    {
        "key": "randwerk_kunde_absage", "kind": "rejection", "lang": "de",
        "company": "Randwerk Personal", "contact": "m.kaya@randwerk-personal.example.de",
        "date": "2026-05-28 17:03 +0200",
        "from": ("Mehmet Kaya", "m.kaya@randwerk-personal.example.de"),
        "subject": "Rückmeldung unseres Kunden – Senior Controller Luxemburg",
        "text": """Hallo Frau Kouassi,

wie versprochen melde ich mich mit der Rückmeldung unseres Mandanten zur Position Senior Controller in Luxemburg.

Leider hat sich der Kunde gegen eine Einladung zum Gespräch entschieden. Ausschlaggebend war, dass er eine Person mit mehrjähriger Erfahrung im Controlling eines produzierenden Unternehmens in Deutschland sucht und auf verhandlungssicheres Deutsch im Tagesgeschäft großen Wert legt.

Ich bedauere das sehr, Ihr Profil hat mir gut gefallen. Gerne melde ich mich, sobald ich ein passenderes Mandat habe.

Beste Grüße
Mehmet Kaya
Senior Consultant Finance
Randwerk Personal GmbH
Königsallee 61, 40215 Düsseldorf
Tel. +49 211 5401 772""",
        "cte": "8bit",
    },
    {
        "key": "baumgart_gestrichen", "kind": "rejection", "lang": "de",
        "company": "Baumgart Logistik", "contact": "",
        "date": "2026-07-23 06:40 +0000",
        "from": ("Baumgart Logistik Karriere", "baumgart@successfactors.eu"),
        "subject": "Information zu Ihrer Bewerbung – Referenz 10442",
        "subj_enc": ("utf-8", "B"),
        "headers": ats("SAP SuccessFactors"),
        "html": shell(
            "<p>Sehr geehrte Frau Kouassi,</p>\n<p>wir bedanken uns für Ihre Bewerbung auf die "
            "Position <b>FP&amp;A Analyst (m/w/d)</b> in Luxemburg-Contern.</p>\n<p>Aufgrund "
            "einer organisatorischen Neuausrichtung wurde die ausgeschriebene Stelle gestrichen. "
            "Das Auswahlverfahren wird daher eingestellt, und wir können Ihre Bewerbung leider "
            "nicht weiter berücksichtigen.</p>\n<p>Wir bedauern, Ihnen keine positivere Nachricht "
            "geben zu können, und wünschen Ihnen alles Gute.</p>\n<p>Mit freundlichen Grüßen<br>"
            "Ihr Baumgart Recruiting Center</p>",
            brand="BAUMGART LOGISTIK", colour="#f39c12",
            foot="Dies ist eine automatisch generierte E-Mail.", lang="de"),
        "cte": "quoted-printable",
    },
]

ES = [
    {
        "key": "miradero_workable", "kind": "rejection", "lang": "es",
        "company": "Editorial Miradero", "contact": "",
        "date": "2026-02-12 11:30 +0000",
        "from": ("Editorial Miradero", "noreply@workablemail.com"),
        "subject": "Tu candidatura para Analista de Control de Gestión",
        "subj_enc": ("utf-8", "Q"),
        "headers": ats("Workable"),
        "text": """Hola Amélie,

Gracias por tu interés en Editorial Miradero y por presentar tu candidatura al puesto de Analista de Control de Gestión en Madrid.

Hemos revisado tu perfil con detenimiento y, aunque valoramos tu experiencia, hemos decidido seguir adelante con otras personas cuyo perfil se ajusta más a lo que necesitamos en este momento.

Te deseamos mucha suerte en tu búsqueda.

Un saludo,
El equipo de Editorial Miradero""",
        "cte": "quoted-printable",
    },
    {
        "key": "aceros_after_interview", "kind": "rejection", "lang": "es",
        "company": "Aceros del Tajo", "contact": "mjimenez@acerosdeltajo.example.es",
        "date": "2026-05-13 19:02 +0200",
        "from": ("Marta Jiménez", "mjimenez@acerosdeltajo.example.es"),
        "from_enc": ("iso-8859-1", "B"),
        "subject": "RE: Entrevista Jefe/a de Control de Gestión",
        "text": """Estimada Amélie:

Quería agradecerte de nuevo el tiempo que nos dedicaste en la entrevista del pasado martes en Toledo.

Lamentablemente, tengo que comunicarte que hemos decidido continuar el proceso con otra candidata, que cuenta con experiencia previa en costes industriales del sector siderúrgico. No ha sido una decisión fácil.

Te deseamos lo mejor en tu carrera profesional.

Un cordial saludo,

Marta Jiménez
Responsable de Selección
Aceros del Tajo
Polígono Industrial Santa María de Benquerencia, 45007 Toledo""",
        "charset": "iso-8859-1", "cte": "quoted-printable",
    },
    {
        "key": "puentes_suspendido", "kind": "rejection", "lang": "es",
        "company": "Fundación Puentes Abiertos", "contact": "seleccion@puentesabiertos.example.org",
        "date": "2026-09-09 13:45 +0200",
        "from": ("Selección – Fundación Puentes Abiertos", "seleccion@puentesabiertos.example.org"),
        "from_enc": ("utf-8", "Q"),
        "subject": "Proceso de selección: Responsable de Control Financiero",
        "text": """Estimada Amélie:

Te escribimos en relación con tu candidatura al puesto de Responsable de Control Financiero.

Por motivos presupuestarios, el Patronato de la Fundación ha acordado suspender este proceso de selección de forma indefinida. Por ello, no podremos seguir adelante con tu candidatura ni con las entrevistas previstas.

Agradecemos sinceramente tu interés en colaborar con nuestra organización.

Un saludo,
Departamento de Personas
Fundación Puentes Abiertos""",
        "cte": "8bit",
    },
    {
        "key": "ribalta_via_selecta", "kind": "rejection", "lang": "es",
        "company": "Bodegas Ribalta", "contact": "pablo.soria@selectatalento.example.es",
        "date": "2026-07-02 12:10 +0200",
        "from": ("Pablo Soria", "pablo.soria@selectatalento.example.es"),
        "subject": "Bodegas Ribalta – feedback del cliente",
        "text": """Hola Amélie:

Ya tengo respuesta de Bodegas Ribalta sobre el puesto de Controller en Logroño. Siento decirte que no van a continuar contigo: buscan a alguien que pueda incorporarse ya en agosto, antes de la vendimia, y prefieren un perfil con experiencia en el sector vitivinícola.

Gracias por tu disponibilidad durante todo el proceso. Seguimos en contacto para otras posiciones.

Un abrazo,
Pablo Soria
Consultor Senior – Finanzas
Selecta Talento
C/ Velázquez 57, 28001 Madrid""",
        "cte": "quoted-printable",
    },
    {
        "key": "almudena_smartr", "kind": "rejection", "lang": "es",
        "company": "Grupo Hospitalario Almudena", "contact": "",
        "date": "2026-08-06 08:05 +0000",
        "from": ("Grupo Hospitalario Almudena", "noreply@smartrecruiters.com"),
        "subject": "Actualización sobre tu candidatura",
        "subj_enc": ("utf-8", "B"),
        "headers": ats("SmartRecruiters"),
        "html": shell(
            "<p>Hola Amélie:</p>\n<p>Gracias por postularte al puesto de <b>Controller de "
            "Gestión Hospitalaria</b> en Grupo Hospitalario Almudena.</p>\n<p>Tras revisar tu "
            "candidatura, lamentamos comunicarte que no has sido seleccionada para la siguiente "
            "fase del proceso. Hemos recibido un gran número de candidaturas y la decisión no ha "
            "sido sencilla.</p>\n<p>Te animamos a seguir consultando nuestras ofertas.</p>\n"
            "<p>Atentamente,<br>Equipo de Selección</p>",
            brand="Grupo Hospitalario Almudena", colour="#2a9d8f",
            foot="Por favor, no respondas a este correo.", lang="es"),
        "cte": "base64",
    },
]

MESSAGES = [*FR, *EN, *DE, *ES]
