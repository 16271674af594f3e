"""Acknowledgements of applications and job offers."""

from __future__ import annotations

from msgs296_common import ats, html_of, shell

ACKS = [
    {
        "key": "saintluc_ack", "kind": "application_received", "lang": "fr",
        "company": "Hôpitaux Saint-Luc", "contact": "",
        "date": "2026-02-16 08:02 +0100",
        "from": ("Hôpitaux Saint-Luc – Recrutement", "ne-pas-repondre@groupe-saintluc.example.fr"),
        "from_enc": ("utf-8", "Q"),
        "subject": "Accusé de réception de votre candidature",
        "text": """Madame,

Nous accusons réception de votre candidature au poste de contrôleur de gestion hospitalier (Direction des Finances, site de Lyon 5e) et vous remercions de l'intérêt que vous portez aux Hôpitaux Saint-Luc.

Votre dossier sera examiné avec la plus grande attention par la Direction des Finances. Sans réponse de notre part dans un délai de six semaines, vous pourrez considérer que votre candidature n'a pas été retenue.

Veuillez agréer, Madame, l'expression de nos salutations distinguées.

La Direction des Ressources Humaines
Hôpitaux Saint-Luc""",
        "charset": "iso-8859-1", "cte": "quoted-printable",
    },
    {
        "key": "sotrama_ack", "kind": "application_received", "lang": "fr",
        "company": "Sotrama Logistique", "contact": "",
        "date": "2026-03-09 10:44 +0000",
        "from": ("Sotrama Logistique", "noreply@smartrecruiters.com"),
        "subject": "Merci pour votre candidature chez Sotrama Logistique",
        "headers": ats("SmartRecruiters"),
        "html": shell(
            "<p>Bonjour Amélie,</p>\n<p>Merci d'avoir postulé au poste de <b>Contrôleur de "
            "Gestion Transport (F/H)</b> à Saint-Quentin-Fallavier. Votre candidature a bien été "
            "transmise à notre équipe de recrutement.</p>\n<p>Nous examinons chaque candidature "
            "avec attention et reviendrons vers vous dès que possible.</p>\n<p>L'équipe "
            "Recrutement de Sotrama Logistique</p>",
            brand="Sotrama", colour="#c0392b", foot="Propulsé par SmartRecruiters"),
        "cte": "quoted-printable",
    },
    {
        "key": "chartreuse_ack", "kind": "application_received", "lang": "fr",
        "company": "Papeteries de Chartreuse", "contact": "",
        "date": "2026-04-21 19:03 +0000",
        "from": ("Papeteries de Chartreuse", "no-reply@teamtailor-mail.com"),
        "subject": "Nous avons bien reçu votre candidature !",
        "headers": ats("Teamtailor"),
        "text": """Bonjour Amélie,

Merci pour votre candidature au poste de Contrôleuse / Contrôleur de gestion industriel à Voiron. Elle est bien arrivée chez nous !

Nous prenons le temps de lire chaque dossier et nous vous répondrons dans tous les cas, que la réponse soit positive ou non, d'ici trois semaines environ.

À bientôt,
L'équipe recrutement des Papeteries de Chartreuse""",
        "html": html_of("""Bonjour Amélie,

Merci pour votre candidature au poste de Contrôleuse / Contrôleur de gestion industriel à Voiron. Elle est bien arrivée chez nous !

Nous prenons le temps de lire chaque dossier et nous vous répondrons dans tous les cas, que la réponse soit positive ou non, d'ici trois semaines environ.

À bientôt,
L'équipe recrutement des Papeteries de Chartreuse""", brand="Papeteries de Chartreuse", colour="#3d5a80"),
        "cte": "base64",
    },
    {
        "key": "aiguilles_ack", "kind": "application_received", "lang": "fr",
        "company": "Fondation des Aiguilles", "contact": "pmeylan@fondation-aiguilles.example.ch",
        "date": "2026-07-09 16:37 +0200",
        "from": ("Pascale Meylan", "pmeylan@fondation-aiguilles.example.ch"),
        "subject": "RE: Candidature – Contrôleuse financière (80-100 %)",
        "parent": "aiguilles_application_sent", "quote": "fr",
        "text": """Madame,

Nous vous remercions pour votre dossier, bien reçu, qui sera transmis au comité de sélection après la clôture de l'annonce le 20 juillet.

Avec nos meilleures salutations,

Pascale Meylan
Responsable RH – Fondation des Aiguilles""",
        "cte": "quoted-printable",
    },
    {
        "key": "terresvives_ack", "kind": "application_received", "lang": "fr",
        "company": "Solidarités Terres Vives", "contact": "",
        "date": "2026-05-18 12:00 +0200",
        "from": ("Solidarités Terres Vives", "noreply@terresvives.example.be"),
        "reply_to": ("Ne pas répondre", "noreply@terresvives.example.be"),
        "reply_enc": ("utf-8", "Q"),
        "subject": "Confirmation de réception – Responsable du contrôle budgétaire",
        "text": """Bonjour,

Votre candidature au poste de Responsable du contrôle budgétaire (Bruxelles) nous est bien parvenue. Merci de l'intérêt que vous portez à notre action.

Compte tenu du grand nombre de candidatures reçues, nous ne sommes malheureusement pas en mesure de répondre individuellement à chaque personne. Seules les candidatures présélectionnées seront contactées, au plus tard le 15 juin.

Solidairement,
L'équipe RH de Solidarités Terres Vives""",
        "cte": "8bit",
    },
    {
        "key": "veolith_ack", "kind": "application_received", "lang": "fr",
        "company": "Veolith Énergies", "contact": "",
        "date": "2026-06-02 09:41 +0000",
        "from": ("Veolith Énergies", "no-reply@hire.lever.co"),
        "from_enc": ("utf-8", "Q"),
        "subject": "Veolith Énergies – candidature reçue",
        "headers": ats("Lever"),
        "text": """Bonjour Amélie,

Merci d'avoir postulé au poste de Business Controller Projets EnR chez Veolith Énergies ! Nous avons bien reçu votre candidature.

Notre équipe va l'étudier et vous tiendra informée de la suite.

Bien à vous,
L'équipe Talent de Veolith Énergies""",
        "cte": "quoted-printable",
    },
    {
        "key": "pixelune_ack", "kind": "application_received", "lang": "fr",
        "company": "Atelier Pixelune", "contact": "",
        "date": "2026-07-27 14:15 +0000",
        "from": ("Atelier Pixelune", "jobs@atelierpixelune.recruitee.com"),
        "subject": "Candidature bien reçue 🎮",
        "subj_enc": ("utf-8", "B"),
        "headers": ats("Recruitee"),
        "text": """Salut Amélie,

Ta candidature pour le poste de Contrôleur·se de gestion est bien arrivée chez nous, merci !

On est une petite équipe, alors on te demande un peu de patience : on revient vers toi d'ici deux à trois semaines maximum.

À bientôt,
L'équipe Pixelune""",
        "cte": "8bit",
    },
    {
        "key": "thistlebank_ack", "kind": "application_received", "lang": "en",
        "company": "Thistlebank Capital", "contact": "",
        "date": "2026-02-23 09:17 +0000",
        "from": ("Thistlebank Capital", "thistlebank@myworkday.com"),
        "subject": "Thank you for applying – FP&A Manager, London",
        "headers": ats("Workday"),
        "text": """Dear Amélie,

Thank you for applying for the FP&A Manager position (JR-2026-0214) at Thistlebank Capital. We confirm that we have received your application.

Our recruitment team will review your profile against the requirements of the role. If you are selected to progress, a member of the team will contact you.

You can view the status of your application at any time by signing in to your candidate home.

Kind regards,
Talent Acquisition
Thistlebank Capital

This is an automated message; please do not reply.""",
        "cte": "quoted-printable",
    },
    {
        "key": "orbital_ack", "kind": "application_received", "lang": "en",
        "company": "Orbital Freight", "contact": "",
        "date": "2026-03-20 16:05 +0000",
        "from": ("Orbital Freight", "no-reply@greenhouse-mail.io"),
        "subject": "Your application to Orbital Freight",
        "text": """Hi Amélie,

Thanks for applying to Orbital Freight! We've received your application for Commercial Finance Manager and it's now with our team.

We'll be in touch as soon as we've had a chance to review it.

Best,
The Orbital Freight Recruiting Team""",
        "html": html_of("""Hi Amélie,

Thanks for applying to Orbital Freight! We've received your application for Commercial Finance Manager and it's now with our team.

We'll be in touch as soon as we've had a chance to review it.

Best,
The Orbital Freight Recruiting Team""", brand="ORBITAL FREIGHT", colour="#14213d", lang="en"),
        "cte": "quoted-printable",
    },
    {
        "key": "hohenfels_ack", "kind": "application_received", "lang": "de",
        "company": "Hohenfels Chemie", "contact": "",
        "date": "2026-03-12 13:33 +0000",
        "from": ("Hohenfels Chemie GmbH", "no-reply@personio.de"),
        "subject": "Ihre Bewerbung bei der Hohenfels Chemie GmbH",
        "headers": ats("Personio"),
        "text": """Sehr geehrte Frau Kouassi,

vielen Dank für Ihre Bewerbung als Controller (m/w/d). Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Wir werden Ihre Bewerbung nun sorgfältig prüfen und uns so schnell wie möglich bei Ihnen melden.

Mit freundlichen Grüßen
Ihr Personalteam der Hohenfels Chemie GmbH""",
        "cte": "quoted-printable",
    },
    {
        "key": "lichtbruecke_ack", "kind": "application_received", "lang": "de",
        "company": "Stiftung Lichtbrücke", "contact": "bewerbung@lichtbruecke.example.ch",
        "date": "2026-06-03 11:26 +0200",
        "from": ("Stiftung Lichtbrücke - Personal", "bewerbung@lichtbruecke.example.ch"),
        "from_enc": ("iso-8859-1", "Q"),
        "subject": "Eingangsbestätigung",
        "text": """Sehr geehrte Frau Kouassi

Wir bestätigen den Eingang Ihrer Bewerbung als Finanzcontrollerin Programme und danken Ihnen für Ihr Interesse an der Stiftung Lichtbrücke.

Das Auswahlverfahren nimmt erfahrungsgemäss vier bis sechs Wochen in Anspruch. Wir bitten Sie, in dieser Zeit von Rückfragen abzusehen.

Freundliche Grüsse
Personaldienst Stiftung Lichtbrücke""",
        "charset": "iso-8859-1", "cte": "8bit",
    },
    {
        "key": "kellermann_ack", "kind": "application_received", "lang": "de",
        "company": "Kellermann Automotive", "contact": "",
        "date": "2026-03-02 07:58 +0000",
        "from": ("Kellermann Automotive", "no-reply@personio.de"),
        "subject": "Danke für Ihre Bewerbung – Werkscontroller (m/w/d) Foetz",
        "subj_enc": ("utf-8", "Q"),
        "headers": ats("Personio"),
        "html": shell(
            "<p>Hallo Frau Kouassi,</p>\n<p>vielen Dank für Ihre Bewerbung als "
            "<b>Werkscontroller (m/w/d)</b> in Foetz! Ihre Unterlagen sind gut bei uns "
            "angekommen.</p>\n<p>Wir sehen uns Ihre Bewerbung in Ruhe an und melden uns "
            "innerhalb von 14 Tagen bei Ihnen.</p>\n<p>Viele Grüße<br>Ihr Kellermann-Recruiting"
            "-Team</p>",
            brand="KELLERMANN AUTOMOTIVE", colour="#1d3557",
            foot="Diese Nachricht wurde automatisch versendet.", lang="de"),
        "cte": "quoted-printable",
    },
    {
        "key": "miradero_ack", "kind": "application_received", "lang": "es",
        "company": "Editorial Miradero", "contact": "",
        "date": "2026-01-26 15:48 +0000",
        "from": ("Editorial Miradero", "noreply@workablemail.com"),
        "subject": "Gracias por tu candidatura a Editorial Miradero",
        "headers": ats("Workable"),
        "text": """Hola Amélie,

Hemos recibido tu candidatura para el puesto de Analista de Control de Gestión. ¡Gracias por tu interés en Editorial Miradero!

Revisaremos tu candidatura y nos pondremos en contacto contigo si tu perfil encaja con el puesto.

Un saludo,
El equipo de Editorial Miradero""",
        "cte": "quoted-printable",
    },
    {
        "key": "almudena_ack", "kind": "application_received", "lang": "es",
        "company": "Grupo Hospitalario Almudena", "contact": "",
        "date": "2026-07-15 10:20 +0000",
        "from": ("Grupo Hospitalario Almudena", "noreply@smartrecruiters.com"),
        "subject": "Confirmación de tu candidatura",
        "subj_enc": ("iso-8859-1", "Q"),
        "headers": ats("SmartRecruiters"),
        "text": """Hola Amélie:

Gracias por tu interés en el puesto de Controller de Gestión Hospitalaria. Te confirmamos que hemos recibido tu candidatura correctamente.

Debido al elevado volumen de solicitudes, no podemos responder de manera individual a cada candidato. Si tu perfil resulta seleccionado, el equipo de Selección se pondrá en contacto contigo.

Atentamente,
Equipo de Selección
Grupo Hospitalario Almudena""",
        "cte": "base64",
    },
]

OFFERS = [
    {
        "key": "verdalys_contract", "kind": "offer", "lang": "fr",
        "company": "Groupe Verdalys", "contact": "claire.dumoulin@verdalys.example.fr",
        "date": "2026-09-29 10:16 +0200",
        "from": ("Claire Dumoulin", "claire.dumoulin@verdalys.example.fr"),
        "subject": "Votre contrat de travail à signer – Groupe Verdalys",
        "text": """Bonjour Amélie,

Nous sommes ravis que vous ayez accepté notre proposition ! Vous trouverez ci-joint votre contrat de travail (CDI, Contrôleuse de gestion FP&A) ainsi que la notice de mutuelle.

Vous allez également recevoir un e-mail de notre plateforme de signature électronique pour signer le contrat en ligne. Merci de le faire avant le 9 octobre.

Je vous contacterai ensuite pour organiser votre parcours d'intégration du 2 novembre.

Belle journée,

Claire Dumoulin
Chargée de recrutement – Fonctions Finance
Groupe Verdalys""",
        "attach": [{"name": "Contrat_CDI_Kouassi.pdf", "title": "Contrat de travail à durée indéterminée",
                    "lines": ["Entre Groupe Verdalys et Madame Amélie Kouassi",
                              "Fonction : Contrôleuse de gestion FP&A - Statut cadre",
                              "Date d'effet : 2 novembre 2026", "Lieu : Lyon (69002)"]},
                   {"name": "Notice_mutuelle.pdf", "title": "Notice mutuelle santé",
                    "lines": ["Régime frais de santé collectif obligatoire",
                              "Affiliation dès le premier jour"]}],
        "cte": "quoted-printable",
    },
    {
        "key": "proxi_mission", "kind": "offer", "lang": "fr",
        "company": "Proxi Intérim Rhône", "contact": "agence.villeurbanne@proxi-interim.example.fr",
        "date": "2026-01-23 11:42 +0100",
        "from": ("Coralie Fontaine", "agence.villeurbanne@proxi-interim.example.fr"),
        "subject": "Proposition de mission – Assistante contrôle de gestion",
        "text": """Bonjour Amélie,

Merci encore d'être passée à l'agence mercredi. J'ai le plaisir de vous proposer une mission d'intérim :

Poste : assistante contrôle de gestion (clôtures mensuelles, reporting)
Client : une PME industrielle de Décines (nom communiqué à l'acceptation)
Durée : du 9 février au 30 avril 2026, renouvelable
Horaires : 35 h / semaine, 8h30-16h30
Taux horaire : 19,50 € brut + 10 % IFM + 10 % ICP

Si la mission vous intéresse, merci de me le confirmer avant lundi midi : je vous enverrai alors le contrat de mission à signer électroniquement.

Coralie Fontaine
Proxi Intérim Rhône – Agence de Villeurbanne""",
        "cte": "quoted-printable",
    },
    {
        "key": "sarrazin_offer", "kind": "offer", "lang": "fr",
        "company": "Groupe Sarrazin", "contact": "n.benali@groupe-sarrazin.example.fr",
        "date": "2026-07-09 16:58 +0200",
        "from": ("Nadia Benali", "n.benali@groupe-sarrazin.example.fr"),
        "subject": "Suite à notre appel – proposition de poste",
        "text": """Bonjour Amélie,

Je vous confirme par écrit ce que Damien et moi vous avons annoncé par téléphone : nous souhaitons vous recruter en tant que contrôleuse de gestion travaux au sein de notre direction régionale.

Les conditions : CDI, statut cadre, 55 000 € bruts annuels sur 13 mois, véhicule de service, prise de poste à convenir à partir du 1er septembre.

Notre promesse d'embauche vous parviendra par courrier cette semaine. N'hésitez pas à m'appeler si vous souhaitez en discuter.

Bien cordialement,
Nadia Benali
Chargée de développement RH – Groupe Sarrazin""",
        "cte": "8bit",
    },
    {
        "key": "aerovia_offer", "kind": "offer", "lang": "fr",
        "company": "Aérovia Lyon", "contact": "yann.morvan@aerovia.example.fr",
        "date": "2026-04-16 14:22 +0200",
        "from": ("Yann Morvan", "yann.morvan@aerovia.example.fr"),
        "subject": "Offre d'emploi – Analyste financier",
        "html": shell(
            "<p>Bonjour Madame Kouassi,</p>\n<p>À l'issue de vos entretiens, j'ai le plaisir de "
            "vous adresser une offre pour le poste d'<b>Analyste financier</b> au sein de la "
            "Direction financière d'Aérovia Lyon.</p>\n<ul><li>Contrat : CDI</li><li>Salaire "
            "annuel brut : 50 000 €</li><li>Prime d'intéressement et participation</li><li>Date "
            "de démarrage envisagée : 18 mai 2026</li></ul>\n<p>Vous trouverez le détail dans la "
            "lettre d'offre jointe. Nous vous serions reconnaissants de nous faire part de votre "
            "décision avant le 23 avril.</p>\n<p>Cordialement,</p>\n<p>Yann Morvan<br>Chargé de "
            "recrutement<br>Aérovia Lyon</p>",
            brand="Aérovia Lyon", colour="#0077b6"),
        "attach": [{"name": "Lettre_offre_Aerovia.pdf", "title": "Aérovia Lyon - Lettre d'offre",
                    "lines": ["Poste : Analyste financier (CDI)",
                              "Salaire annuel brut : 50 000 €",
                              "Démarrage : 18 mai 2026"]}],
        "cte": "quoted-printable",
    },
    {
        "key": "kellermann_angebot", "kind": "offer", "lang": "de",
        "company": "Kellermann Automotive", "contact": "petra.lenz@kellermann.example.lu",
        "date": "2026-04-10 12:34 +0200",
        "from": ("Dr. Petra Lenz", "petra.lenz@kellermann.example.lu"),
        "subject": "Vertragsangebot Werkscontrollerin",
        "text": """Sehr geehrte Frau Kouassi,

vielen Dank für die angenehmen Gespräche in Foetz. Wir freuen uns, Ihnen die Position der Werkscontrollerin anbieten zu können.

Anbei erhalten Sie unser Vertragsangebot (unbefristeter Arbeitsvertrag nach luxemburgischem Recht, Jahresbruttogehalt 72.000 EUR, Eintritt zum 1. Juni 2026). Bitte senden Sie uns den unterschriebenen Vertrag bis zum 24. April zurück.

Für Rückfragen stehe ich Ihnen jederzeit gerne zur Verfügung.

Mit freundlichen Grüßen
Dr. Petra Lenz
Kaufmännische Leitung
Kellermann Automotive""",
        "attach": [{"name": "Arbeitsvertrag_Kouassi.pdf", "title": "Arbeitsvertrag (Entwurf)",
                    "lines": ["Position: Werkscontrollerin", "Eintritt: 01.06.2026",
                              "Jahresbruttogehalt: 72.000 EUR", "Arbeitsort: Foetz (L)"]}],
        "cte": "base64",
    },
    {
        "key": "henares_via_selecta", "kind": "offer", "lang": "es",
        "company": "Logística Henares", "contact": "pablo.soria@selectatalento.example.es",
        "date": "2026-09-28 13:15 +0200",
        "from": ("Pablo Soria", "pablo.soria@selectatalento.example.es"),
        "subject": "¡Oferta de Logística Henares!",
        "text": """Hola Amélie:

¡Enhorabuena! Acabo de hablar con la directora financiera de Logística Henares y quieren hacerte una oferta para el puesto de FP&A Manager en Alcalá de Henares.

Las condiciones que me han trasladado: contrato indefinido, 58.000 € brutos anuales más un 12 % de variable, 2 días de teletrabajo y ayuda de reubicación. La carta oferta formal te llegará directamente de su departamento de RR. HH. esta semana.

Llámame cuando puedas y lo comentamos con calma.

Un abrazo,
Pablo Soria
Selecta Talento""",
        "cte": "quoted-printable",
    },
]

MESSAGES = [*ACKS, *OFFERS]
