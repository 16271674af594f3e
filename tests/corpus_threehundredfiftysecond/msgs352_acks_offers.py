"""Corpus 352: acknowledgements of applications (ATS and human) and the Fougerolles Iberia
offers. Hand-written, blind."""

from __future__ import annotations

from msgs352_common import html_shell, reply, signature

# ------------------------------------------------------------------ French acknowledgements
COOP_OWN = (
    "Madame Perrot,\n\n"
    "Je vous adresse ma candidature au poste de Responsable des ventes export publié sur le "
    "site de la cave. Sommelier depuis neuf ans, je souhaite aujourd'hui mettre ma "
    "connaissance des vins de Bourgogne au service de vos adhérents sur les marchés "
    "étrangers. Vous trouverez mon CV et ma lettre de motivation en pièces jointes.\n\n"
    "Je me tiens à votre disposition pour un entretien.\n\n"
    "Bien cordialement,\nBaptiste Kerhervé-Nakamura\n"
)
COOP_ACK = reply(
    "Bonjour Monsieur,\n\n"
    "Je vous remercie pour votre candidature, bien reçue. Je la transmets au président de "
    "la cave et au comité de sélection, qui se réunira à la fin du mois. Vous aurez une "
    "réponse de notre part début février.\n\n"
    "Cordialement,\nGeneviève Perrot\n",
    "Le 11/01/2026 à 22:05, Baptiste Kerhervé-Nakamura a écrit :",
    COOP_OWN,
)
CASTELROUX_ACK = (
    "Bonjour Baptiste Kerhervé-Nakamura,\n\n"
    "Nous vous confirmons la bonne réception de votre candidature pour le poste suivant :\n\n"
    "Key Account Manager Travel Retail – Reims (réf. MC-26-0042)\n\n"
    "Votre candidature sera étudiée avec la plus grande attention. Compte tenu du volume "
    "de candidatures reçues, seules les personnes dont le profil sera retenu seront "
    "contactées.\n\n"
    "Nous vous remercions de l'intérêt que vous portez à Maisons Castelroux.\n\n"
    "Ce message est généré automatiquement, merci de ne pas y répondre.\n"
)
LEMAN_ACK = (
    "Bonjour,\n\n"
    "Votre candidature pour le poste Wine Export Coordinator (Genève) a été soumise avec "
    "succès le 10.02.2026.\n\n"
    "Nous examinerons votre dossier et prendrons contact avec vous si votre profil "
    "correspond à nos besoins. Vous pouvez suivre l'état de votre candidature dans votre "
    "profil candidat.\n\n"
    "Meilleures salutations,\nLéman Export – Ressources humaines\n"
)
BELLERIVE_ACK = (
    "Bonjour Baptiste,\n\n"
    "Merci pour votre candidature au poste de Trade Marketing Manager Cognac ! Nous "
    "l'avons bien reçue et l'équipe la lira dans les prochains jours.\n\n"
    "L'équipe Talent de Bellerive Spiritueux\n"
)
ESTUAIRE_ACK = (
    "Bonjour Baptiste,\n\n"
    "Nous avons bien reçu votre candidature au poste de Chargé de développement export. "
    "Merci de votre intérêt pour Les Vignerons de l'Estuaire !\n\n"
    "Nous recevons de nombreuses candidatures et ne sommes malheureusement pas en mesure "
    "de répondre personnellement à chacune d'entre elles. Si votre profil est retenu pour "
    "un entretien, nous vous contacterons sous trois semaines.\n\n"
    "À bientôt peut-être,\nLes Vignerons de l'Estuaire\n"
)
PEYRE_ACK = (
    "Bonjour Baptiste,\n\n"
    "Votre candidature a bien été envoyée à Château Peyrelongue pour l'offre "
    "« Responsable commercial export & œnotourisme » (Saint-Émilion, CDI).\n\n"
    "Astuce : les candidats qui complètent leur profil à 100 % reçoivent 3 fois plus de "
    "réponses.\n\n"
    "Bonne chance !\nL'équipe VinoJobs\n"
)
CEPAGES_ACK = (
    "Bonjour,\n\n"
    "Nous vous remercions pour l'envoi de votre candidature à Cépages Conseil, cabinet de "
    "recrutement spécialisé vins et spiritueux.\n\n"
    "Votre CV a été enregistré dans notre base. Nos consultants reviendront vers vous dès "
    "qu'une mission correspondra à votre profil et à vos souhaits de mobilité. Nous ne "
    "pouvons malheureusement pas répondre individuellement à chaque envoi.\n\n"
    "Cordialement,\nL'équipe Cépages Conseil\n8 cours du Chapeau-Rouge, 33000 Bordeaux\n"
)
SAUVAGNAC_ACK = (
    "Bonjour Baptiste,\n\n"
    "Merci d'avoir postulé au poste de Commercial Export Afrique (réf. 2026-0117) chez "
    "Distillerie Sauvagnac. Votre candidature a bien été enregistrée.\n\n"
    "Nous étudierons votre profil et reviendrons vers vous si celui-ci correspond à nos "
    "attentes.\n\n"
    "Le service des Ressources Humaines\n"
)

FRENCH = [
    {
        "key": "coop_human_ack", "kind": "application_received", "lang": "fr",
        "company": "Cave des Coteaux de Saint-Aubin", "contact": "g.perrot@coteaux-staubin.example.fr",
        "frm": ("Geneviève Perrot", "g.perrot@coteaux-staubin.example.fr"),
        "name_cs": ("iso-8859-1", "b"), "refs_extra": ["cand-coop-0111@example.fr"],
        "date": "2026-01-12 09:15 +0100",
        "subject": "RE: Candidature – Responsable des ventes export", "text": COOP_ACK,
        "cs": "iso-8859-1", "cte": "8bit",
    },
    {
        "key": "castelroux_taleo_ack", "kind": "application_received", "lang": "fr",
        "company": "Maisons Castelroux", "frm": ("Maisons Castelroux", "castelroux@taleo.net"),
        "date": "2026-01-20 23:02 -0500",
        "subject": "Accusé de réception de votre candidature – MC-26-0042",
        "text": CASTELROUX_ACK, "cs": "windows-1252", "cte": "quoted-printable",
        "headers": [("Auto-Submitted", "auto-generated")],
    },
    {
        "key": "leman_successfactors_ack", "kind": "application_received", "lang": "fr",
        "company": "Léman Export",
        "frm": ("Léman Export - Recrutement", "leman-export@successfactors.eu"),
        "date": "2026-02-10 13:21 +0100",
        "subject": "Confirmation de candidature : Wine Export Coordinator (Genève)",
        "subj_cs": ("iso-8859-1", "b"),
        "html": html_shell(LEMAN_ACK, brand="LÉMAN EXPORT", color="#1b4f72"),
    },
    {
        "key": "bellerive_ashby_ack", "kind": "application_received", "lang": "fr",
        "company": "Bellerive Spiritueux", "frm": ("Bellerive Spiritueux", "no-reply@ashbyhq.com"),
        "date": "2026-05-30 18:44 +0000",
        "subject": "Merci pour votre candidature – Bellerive Spiritueux",
        "text": BELLERIVE_ACK, "html": html_shell(BELLERIVE_ACK, footer="Envoyé avec Ashby"),
    },
    {
        "key": "estuaire_workable_ack", "kind": "application_received", "lang": "fr",
        "company": "Les Vignerons de l'Estuaire",
        "frm": ("Les Vignerons de l'Estuaire", "noreply@workablemail.com"),
        "date": "2026-06-02 10:30 +0200",
        "subject": "Candidature reçue : Chargé de développement export", "text": ESTUAIRE_ACK,
        "html": html_shell(ESTUAIRE_ACK, brand="Les Vignerons de l'Estuaire", color="#2d4a6b"),
        "cte": "base64",
    },
    {
        "key": "peyrelongue_vinojobs_ack", "kind": "application_received", "lang": "fr",
        "company": "Château Peyrelongue",
        "frm": ("VinoJobs", "notifications@vinojobs.example.com"), "date": "2026-02-18 21:14 +0100",
        "subject": "Candidature envoyée : Château Peyrelongue", "text": PEYRE_ACK,
        "html": html_shell(PEYRE_ACK, brand="VinoJobs", color="#8c1c3c"),
    },
    {
        "key": "cepages_cv_registered", "kind": "application_received", "lang": "fr",
        "company": "Cépages Conseil",
        "frm": ("Cépages Conseil", "candidats@cepages-conseil.example.fr"),
        "date": "2026-01-15 08:00 +0100",
        "subject": "Cépages Conseil – accusé de réception de votre CV", "subj_cs": ("utf-8", "b"),
        "text": CEPAGES_ACK, "cs": "iso-8859-1", "cte": "quoted-printable",
        "headers": [("Auto-Submitted", "auto-replied")],
    },
    {
        "key": "sauvagnac_icims_ack", "kind": "application_received", "lang": "fr",
        "company": "Distillerie Sauvagnac",
        "frm": ("Distillerie Sauvagnac", "donotreply@icims.com"), "date": "2026-01-30 11:20 -0500",
        "subject": "Votre candidature : Commercial Export Afrique", "text": SAUVAGNAC_ACK,
    },
]

# ------------------------------------------------------------------ English acknowledgements
FENWICK_ACK = (
    "Hi Baptiste,\n\n"
    "Thanks for applying for Regional Sales Manager – France & Benelux at Fenwick & Glass "
    "Spirits. We've got your application and the hiring team will review it soon.\n\n"
    "We read every application, but we can't always reply to each one individually. If we "
    "think there's a match, we'll be in touch within two weeks.\n\n"
    "Cheers,\nFenwick & Glass\n"
)
CASKWELL_ACK = (
    "Dear Baptiste,\n\n"
    "Thank you for submitting your application for International Brand Manager "
    "(JR-00913) at Caskwell Distillers.\n\n"
    "What happens next: our Talent Acquisition team reviews every application against the "
    "role requirements. You can check your status at any time in the Candidate Home "
    "section of our careers site.\n\n"
    "Kind regards,\nCaskwell Distillers Talent Acquisition\n"
)

ENGLISH = [
    {
        "key": "fenwick_lever_ack", "kind": "application_received", "lang": "en",
        "company": "Fenwick & Glass Spirits",
        "frm": ("Fenwick & Glass Spirits", "no-reply@hire.lever.co"),
        "date": "2026-02-24 20:11 +0000",
        "subject": "Thanks for applying to Fenwick & Glass Spirits", "text": FENWICK_ACK,
        "html": html_shell(FENWICK_ACK, brand="Fenwick & Glass", color="#333333"),
    },
    {
        "key": "caskwell_workday_ack", "kind": "application_received", "lang": "en",
        "company": "Caskwell Distillers",
        "frm": ("Caskwell Distillers", "caskwell@myworkday.com"), "date": "2026-04-03 14:55 +0000",
        "subject": "Application received – International Brand Manager (JR-00913)",
        "text": CASKWELL_ACK, "headers": [("Auto-Submitted", "auto-generated")],
    },
]

# ------------------------------------------------------------------ German acknowledgements
RHEINGOLD_ACK = (
    "Sehr geehrter Herr Kerhervé-Nakamura,\n\n"
    "herzlichen Dank für Ihre Bewerbung als Area Sales Manager Export und Ihr Interesse "
    "an der Rheingold Sektmanufaktur.\n\n"
    "Hiermit bestätigen wir den Eingang Ihrer Unterlagen. Wir werden diese sorgfältig "
    "prüfen und uns so bald wie möglich bei Ihnen melden. Bitte haben Sie Verständnis "
    "dafür, dass dies einige Zeit in Anspruch nehmen kann.\n\n"
    "Mit freundlichen Grüßen\nIhr Personalteam der Rheingold Sektmanufaktur\n"
)
VINEXUS_ACK = (
    "Sehr geehrter Herr Kerhervé-Nakamura,\n\n"
    "vielen Dank für Ihre Bewerbung als Einkäufer Frankreich, die wir heute erhalten "
    "haben. Ich leite Ihre Unterlagen an die Fachabteilung weiter und melde mich "
    "voraussichtlich Ende nächster Woche bei Ihnen.\n\n"
    "Mit freundlichen Grüßen\nSimone Albrecht\nLeitung Personal, Vinexus Import GmbH\n"
)
DREISBACH_ACK = (
    "Hallo Baptiste,\n\n"
    "danke für Deine Bewerbung als Export- & Vinothekmanager*in! Sie ist gut bei uns "
    "angekommen.\n\n"
    "Wir schauen uns alle Bewerbungen in Ruhe an – gerade ist viel los im Weinberg, gib "
    "uns also bitte ein bis zwei Wochen Zeit.\n\n"
    "Herzliche Grüße\nDein Team vom Weingut Dreisbach\n"
)

GERMAN = [
    {
        "key": "rheingold_softgarden_ack", "kind": "application_received", "lang": "de",
        "company": "Rheingold Sektmanufaktur",
        "frm": ("Rheingold Sektmanufaktur", "noreply@softgarden.io"),
        "date": "2026-03-30 10:02 +0200",
        "subject": "Eingangsbestätigung Ihrer Bewerbung", "subj_cs": ("iso-8859-1", "q"),
        "text": RHEINGOLD_ACK, "cs": "iso-8859-1", "cte": "quoted-printable",
    },
    {
        "key": "vinexus_human_ack", "kind": "application_received", "lang": "de",
        "company": "Vinexus Import", "contact": "s.albrecht@vinexus-import.example.de",
        "frm": ("Simone Albrecht", "s.albrecht@vinexus-import.example.de"),
        "date": "2026-05-12 16:27 +0200", "subject": "Ihre Bewerbung als Einkäufer Frankreich",
        "text": VINEXUS_ACK + "\n" + signature("Vinexus Import GmbH", "Kaiserstraße 51",
                                            "55116 Mainz", "Amtsgericht Mainz HRB 48812"),
        "cte": "8bit",
    },
    {
        "key": "dreisbach_softgarden_ack", "kind": "application_received", "lang": "de",
        "company": "Weingut Dreisbach",
        "frm": ("Weingut Dreisbach", "noreply@softgarden.io"), "date": "2026-08-12 07:45 +0200",
        "subject": "Deine Bewerbung ist angekommen 🍇", "subj_cs": ("utf-8", "b"),
        "text": DREISBACH_ACK,
        "html": html_shell(DREISBACH_ACK, brand="Weingut Dreisbach", color="#4b6b2f"),
    },
]

# ------------------------------------------------------------------ Spanish acknowledgements
IREGUA_ACK = (
    "Hola Baptiste,\n\n"
    "¡Gracias por presentar tu candidatura para Técnico Comercial Exportación – Francia en "
    "Corchos Iregua!\n\n"
    "Hemos recibido tu solicitud y el equipo la revisará en los próximos días. Si tu perfil "
    "encaja, nos pondremos en contacto contigo para los siguientes pasos.\n\n"
    "Saludos,\nCorchos Iregua\n"
)
NAJERILLA_ACK = (
    "Hola Baptiste:\n\n"
    "Confirmamos la recepción de tu candidatura para el puesto de Responsable de "
    "Enoturismo y Exportación en Viñedos del Najerilla.\n\n"
    "Debido al elevado número de solicitudes, no podemos responder de forma individual a "
    "todas ellas. Si tu perfil se ajusta a lo que buscamos, te contactaremos en un plazo "
    "de tres semanas.\n\n"
    "Gracias por pensar en nosotros,\nViñedos del Najerilla\n"
)

SPANISH = [
    {
        "key": "iregua_workable_ack", "kind": "application_received", "lang": "es",
        "company": "Corchos Iregua", "frm": ("Corchos Iregua", "noreply@workablemail.com"),
        "date": "2026-03-02 15:40 +0100",
        "subject": "Hemos recibido tu candidatura – Corchos Iregua", "text": IREGUA_ACK,
        "html": html_shell(IREGUA_ACK, brand="Corchos Iregua", color="#8b5a2b"),
    },
    {
        "key": "najerilla_recruitee_ack", "kind": "application_received", "lang": "es",
        "company": "Viñedos del Najerilla",
        "frm": ("Viñedos del Najerilla", "noreply@recruitee.com"), "name_cs": ("utf-8", "b"),
        "date": "2026-06-01 09:09 +0200",
        "subject": "Confirmación de candidatura – Responsable de Enoturismo y Exportación",
        "text": NAJERILLA_ACK, "cs": "windows-1252", "cte": "8bit",
    },
]

# ------------------------------------------------------------------ Fougerolles Iberia offers
NURIA = ("Nuria Zubiri", "nuria.zubiri@fougerolles-group.example.com")
SIG_NURIA = signature("Nuria Zubiri", "HR Manager", "Fougerolles Iberia",
                      "Gran Vía 12, 26002 Logroño", "+34 941 00 88 20")
IBERIA_OFFER = (
    "Hola Baptiste:\n\n"
    "Después de la entrevista del viernes con nuestro director general, tengo el placer de "
    "comunicarte que queremos ofrecerte el puesto de Export Manager Francia y Benelux en "
    "Fougerolles Iberia, con base en Logroño.\n\n"
    "Te adjunto la carta de oferta con las condiciones: salario bruto anual de 52.000 €, "
    "variable de hasta el 15 %, coche de empresa y ayuda a la reubicación. Sabemos que "
    "decidiste no incorporarte en Londres por motivos personales, y nos alegra mucho poder "
    "proponerte esta alternativa dentro del grupo.\n\n"
    "¿Podrías darnos una respuesta antes del 10 de julio?\n\n"
    "Un saludo,\n\n" + SIG_NURIA
)
IBERIA_ACCEPT_OWN = (
    "Hola Nuria:\n\n"
    "¡Muchísimas gracias! Acepto con mucha ilusión la oferta. Quedo a la espera del "
    "contrato.\n\n"
    "Un abrazo,\nBaptiste\n"
)
IBERIA_CONTRACT = reply(
    "Hola Baptiste:\n\n"
    "¡Qué buena noticia! Te envío adjunto el contrato indefinido para que lo revises y lo "
    "firmes. Puedes devolvérnoslo escaneado; el original lo firmamos el primer día, el 1 de "
    "septiembre.\n\n"
    "Bienvenido al equipo,\n\n" + SIG_NURIA,
    "El lun, 6 jul 2026 a las 21:10, Baptiste Kerhervé-Nakamura "
    "(<baptiste.kerherve@example.fr>) escribió:",
    IBERIA_ACCEPT_OWN,
)

OFFERS = [
    {
        "key": "fougerolles_iberia_offer", "kind": "offer", "lang": "es", "company": "Fougerolles Iberia",
        "contact": "nuria.zubiri@fougerolles-group.example.com", "frm": NURIA,
        "date": "2026-06-30 13:15 +0200",
        "subject": "Oferta de empleo – Export Manager Francia y Benelux",
        "text": IBERIA_OFFER, "html": html_shell(IBERIA_OFFER, brand="Fougerolles Iberia"),
        "attach": [("Carta_oferta_Kerherve-Nakamura.pdf", [
            "FOUGEROLLES IBERIA - Logrono, 30 de junio de 2026", "CARTA DE OFERTA",
            "Puesto: Export Manager Francia y Benelux",
            "Salario bruto anual: 52.000 EUR + variable hasta 15%",
            "Fecha de incorporacion: 1 de septiembre de 2026",
        ])],
    },
    {
        "key": "fougerolles_iberia_contrato", "kind": "offer", "lang": "es",
        "company": "Fougerolles Iberia", "contact": "nuria.zubiri@fougerolles-group.example.com",
        "frm": NURIA, "refs_extra": ["accept-iberia-0706@example.fr"],
        "date": "2026-07-07 10:02 +0200",
        "subject": "Re: Oferta de empleo – contrato para firma", "subj_cs": ("windows-1252", "q"),
        "text": IBERIA_CONTRACT, "cs": "windows-1252", "cte": "quoted-printable",
        "attach": [("Contrato_indefinido_Fougerolles_Iberia.pdf", [
            "CONTRATO DE TRABAJO POR TIEMPO INDEFINIDO",
            "Fougerolles Iberia y D. Baptiste Kerherve-Nakamura",
            "Firma del trabajador: ____________________",
        ])],
    },
]

MESSAGES = FRENCH + ENGLISH + GERMAN + SPANISH + OFFERS
