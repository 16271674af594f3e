"""Corpus 340, `other` part A: the candidate's own mail in the threads, head-hunter approaches
without any event, and out-of-office answers."""

from __future__ import annotations

from msgs340_common import CANDIDATE, auto_reply

ME = CANDIDATE

MESSAGES: list[dict] = [
    # ------------------------------------------------------------------ own mail, French
    {
        "id": "F3", "kind": "other", "lang": "fr",
        "slug": "moi_lysanne_demande_decalage",
        "parent": "F2", "quote": "gmail",
        "date": "2026-01-30 07:52",
        "frm": ME, "to": [("Camille Verhaeghe", "camille.verhaeghe@lysanne.example.fr")],
        "subject": "Re: Meubles Lysanne - premier entretien en visio",
        "text": (
            "Bonjour Camille,\n\n"
            "Merci beaucoup pour votre invitation, je suis ravi de l'intérêt que vous portez "
            "à ma candidature.\n\n"
            "Malheureusement, le mercredi 4 février je suis en formation « gestion des "
            "stocks » toute la journée à Herstal, dans le cadre de mon emploi actuel. Serait-"
            "il possible de décaler l'entretien au jeudi 5 ou au vendredi 6 février, à "
            "l'heure qui vous arrange ?\n\n"
            "Avec mes excuses pour ce contretemps,\n"
            "Yannick Mbemba-Lefort\n"
            "+32 478 55 90 12"
        ),
        "company": "", "contact": "",
    },
    {
        "id": "C6", "kind": "other", "lang": "fr",
        "slug": "moi_acieries_merci_entretien",
        "parent": "C5", "quote": "gmail",
        "date": "2026-02-19 17:40",
        "frm": ME, "to": [("Sandrine Lemaire-Dubois",
                           "sandrine.lemaire@acieries-meuse.example.be")],
        "subject": "Merci pour l'entretien de ce jeudi",
        "text": (
            "Bonjour Madame Lemaire-Dubois,\n\n"
            "Je vous remercie, ainsi que M. Collignon, pour l'entretien de ce matin et pour "
            "la visite du parc à ferrailles. La mise en situation sur l'offre de "
            "ferroalliages m'a beaucoup plu et m'a conforté dans mon envie de rejoindre le "
            "service achats.\n\n"
            "Je reste à votre disposition pour tout complément d'information.\n\n"
            "Bien cordialement,\n"
            "Yannick Mbemba-Lefort"
        ),
        "company": "", "contact": "",
    },
    {
        "id": "H1", "kind": "other", "lang": "fr",
        "slug": "halden_roux_approche_chasseur",
        "date": "2026-03-02 10:15",
        "frm": ("Béatrice Roux-Halden", "beatrice.roux@halden-roux.example.com"),
        "name_enc": ("b", "utf-8"),
        "subject": "Approche - Responsable achats acier (Luxembourg)",
        "text": (
            "Bonjour Monsieur Mbemba-Lefort,\n\n"
            "Je me permets de vous contacter car votre profil a retenu mon attention sur un "
            "réseau professionnel. Halden & Roux accompagne actuellement un acteur reconnu "
            "du négoce et de la transformation de l'acier au Luxembourg, qui renforce son "
            "équipe achats.\n\n"
            "Le poste associe gestion des fournisseurs, négociation et pilotage des flux "
            "logistiques : votre expérience de chef d'équipe en entrepôt pourrait être un "
            "atout.\n\n"
            "Si le sujet vous intéresse, je vous invite simplement à me transmettre votre CV "
            "à jour ; je vous en dirai davantage ensuite, en toute confidentialité.\n\n"
            "Très cordialement,\n\n"
            "Béatrice Roux-Halden\n"
            "Associée\n"
            "Halden & Roux Executive Search\n"
            "Avenue Louise 221, 1050 Bruxelles | +32 2 640 11 87\n\n"
            "Le présent message est strictement confidentiel. Si vous n'en êtes pas le "
            "destinataire, merci d'en informer l'expéditeur et de le supprimer."
        ),
        "cte": "quoted-printable",
        "company": "", "contact": "",
    },
    {
        "id": "H2", "kind": "other", "lang": "fr",
        "slug": "moi_halden_roux_envoi_cv",
        "parent": "H1", "quote": "gmail",
        "date": "2026-03-03 21:05",
        "frm": ME, "to": [("Béatrice Roux-Halden", "beatrice.roux@halden-roux.example.com")],
        "subject": "RE: Approche - Responsable achats acier (Luxembourg)",
        "text": (
            "Bonsoir Madame Roux-Halden,\n\n"
            "Merci pour votre message, le poste m'intéresse beaucoup. Vous trouverez mon CV "
            "en pièce jointe. Je suis joignable en soirée ou pendant ma pause de midi, au "
            "+32 478 55 90 12.\n\n"
            "Bien à vous,\n"
            "Yannick Mbemba-Lefort"
        ),
        "pdfs": [("CV_Yannick_Mbemba-Lefort.pdf", [
            "Yannick Mbemba-Lefort",
            "Liège - yannick.mbemba@example.be",
            "",
            "Chef d'équipe entrepôt (depuis 2019)",
            "Gestion d'une équipe de 14 préparateurs, réceptions fournisseurs, inventaires",
            "Négociation des tarifs transporteurs et suivi des litiges",
            "Formation : Bachelier en logistique, certificat achats en cours",
            "Langues : français, anglais, notions d'allemand et d'espagnol",
        ])],
        "company": "", "contact": "",
    },
    {
        "id": "FL4", "kind": "other", "lang": "fr",
        "slug": "moi_flandres_talents_excuses",
        "parent": "FL3", "quote": "gmail",
        "date": "2026-03-12 11:06",
        "frm": ME, "to": [("Hugo Desmet", "hugo.desmet@flandres-talents.example.fr")],
        "subject": "Re: Entretien téléphonique de 10h - pas pu vous joindre",
        "text": (
            "Bonjour Hugo,\n\n"
            "Toutes mes excuses : un camion est arrivé en avance au quai ce matin et j'ai dû "
            "gérer le déchargement, mon téléphone était resté au bureau. Je suis confus.\n\n"
            "Je suis disponible cet après-midi entre 16h et 17h, si Claire peut encore me "
            "rappeler.\n\n"
            "Merci de votre compréhension,\n"
            "Yannick"
        ),
        "company": "", "contact": "",
    },
    {
        "id": "A3", "kind": "other", "lang": "fr",
        "slug": "moi_valdis_confirmation_presence",
        "parent": "A2", "quote": "gmail",
        "date": "2026-04-15 12:31",
        "frm": ME, "to": [("Aurélie Gossiaux", "aurelie.gossiaux@valdis.example.be")],
        "subject": "Re: Valdis Alimentation - invitation à un entretien (Acheteur produits "
                   "frais)",
        "text": (
            "Bonjour Aurélie,\n\n"
            "Merci pour votre invitation. Je vous confirme ma présence le jeudi 23 avril à "
            "10h00 à Rhisnes.\n\n"
            "Au plaisir de vous rencontrer,\n"
            "Yannick Mbemba-Lefort"
        ),
        "company": "", "contact": "",
    },
    {
        "id": "A5", "kind": "other", "lang": "fr",
        "slug": "moi_valdis_merci_entretien",
        "date": "2026-04-28 19:10",
        "frm": ME, "to": [("Aurélie Gossiaux", "aurelie.gossiaux@valdis.example.be")],
        "cc": [("Marc-Antoine Delvaux", "ma.delvaux@valdis.example.be")],
        "subject": "Merci pour l'entretien de ce mardi",
        "text": (
            "Bonjour Aurélie, bonjour Monsieur Delvaux,\n\n"
            "Merci pour l'entretien de cet après-midi et pour la visite de l'entrepôt "
            "frais. J'ai été impressionné par l'organisation des réceptions nocturnes et "
            "par la place laissée aux producteurs locaux dans vos assortiments.\n\n"
            "Notre échange m'a confirmé que ce poste correspond exactement à ce que je "
            "recherche : rester proche du terrain tout en prenant en charge la relation "
            "fournisseurs.\n\n"
            "Bien à vous,\n"
            "Yannick Mbemba-Lefort"
        ),
        "cte": "quoted-printable",
        "company": "", "contact": "",
    },
    {
        "id": "A9", "kind": "other", "lang": "fr",
        "slug": "moi_valdis_questions_offre",
        "parent": "A8", "quote": "gmail",
        "date": "2026-06-05 09:15",
        "frm": ME, "to": [("Aurélie Gossiaux", "aurelie.gossiaux@valdis.example.be")],
        "subject": "Question sur la proposition d'engagement",
        "text": (
            "Bonjour Aurélie,\n\n"
            "Merci beaucoup pour la proposition, qui me fait très plaisir. Avant de vous "
            "répondre, je me permets deux questions :\n\n"
            "1. Y a-t-il une marge sur le salaire ? Avec les trajets quotidiens Liège-"
            "Rhisnes, je perdrais une partie de mes primes d'équipe actuelles.\n"
            "2. Un jour de télétravail par semaine serait-il envisageable ?\n\n"
            "Mon préavis actuel est de six semaines, je pourrais donc commencer à la "
            "mi-août.\n\n"
            "Merci d'avance,\n"
            "Yannick"
        ),
        "company": "", "contact": "",
    },
    {
        "id": "A11", "kind": "other", "lang": "fr",
        "slug": "moi_valdis_je_decline",
        "parent": "A10", "quote": "gmail",
        "date": "2026-06-18 20:22",
        "frm": ME, "to": [("Aurélie Gossiaux", "aurelie.gossiaux@valdis.example.be")],
        "cc": [("Marc-Antoine Delvaux", "ma.delvaux@valdis.example.be")],
        "subject": "Re: Contrat de travail à signer - Acheteur produits frais",
        "text": (
            "Bonsoir Aurélie,\n\n"
            "C'est avec beaucoup de regret que je reviens vers vous. Après de longues "
            "discussions en famille, je ne suis pas en mesure d'accepter votre proposition : "
            "ma compagne vient d'obtenir une mutation vers Aachen et nous allons déménager "
            "de ce côté-là de la frontière.\n\n"
            "Je suis sincèrement désolé de revenir sur mon accord de principe, et je vous "
            "remercie, ainsi que Marc-Antoine, pour votre confiance et pour la qualité de "
            "tout le processus.\n\n"
            "Bien à vous,\n"
            "Yannick Mbemba-Lefort"
        ),
        "cte": "quoted-printable",
        "company": "", "contact": "",
    },
    {
        "id": "OC-OOO", "kind": "other", "lang": "fr",
        "slug": "orelie_conseil_absence_automatique",
        "date": "2026-07-20 08:01",
        "frm": ("Laetitia Wauters", "laetitia.wauters@orelie-conseil.example.be"),
        "subject": "Réponse automatique : Merci pour votre retour",
        "headers": auto_reply(),
        "text": (
            "Bonjour,\n\n"
            "Je suis en congé jusqu'au lundi 10 août inclus, sans accès à mes e-mails.\n\n"
            "Pour toute question urgente concernant un processus de recrutement en cours "
            "(entretien, retour client), vous pouvez contacter ma collègue Anne-Sophie "
            "Delforge au +32 81 74 20 10.\n\n"
            "Bien à vous,\n"
            "Laetitia Wauters\n"
            "Orélie Conseil"
        ),
        "charset": "windows-1252", "cte": "8bit",
        "company": "", "contact": "",
    },
    {
        "id": "MH1", "kind": "other", "lang": "fr",
        "slug": "moi_mobil_hetre_candidature_spontanee",
        "date": "2026-09-02 21:40",
        "frm": ME, "to": [("", "contact@mobil-hetre.example.be")],
        "subject": "Candidature spontanée - acheteur / approvisionneur",
        "text": (
            "Madame, Monsieur,\n\n"
            "Chef d'équipe dans un entrepôt logistique liégeois depuis sept ans, je souhaite "
            "aujourd'hui mettre mon expérience de la relation fournisseurs au service d'un "
            "fabricant. Les meubles en hêtre massif de Mobil'Hêtre, que je connais depuis "
            "la foire de Libramont, m'ont donné envie de vous écrire.\n\n"
            "Je serais heureux de contribuer à vos achats de bois, de quincaillerie ou "
            "d'emballages, ou à l'organisation de vos approvisionnements. Vous trouverez "
            "mon CV en pièce jointe.\n\n"
            "Dans l'attente de votre réponse, je vous prie d'agréer, Madame, Monsieur, mes "
            "salutations distinguées.\n\n"
            "Yannick Mbemba-Lefort\n"
            "Rue Saint-Gilles 214, 4000 Liège\n"
            "+32 478 55 90 12"
        ),
        "cte": "quoted-printable",
        "pdfs": [("CV_Mbemba-Lefort_2026.pdf", [
            "Yannick Mbemba-Lefort - Acheteur / approvisionneur en reconversion",
            "Rue Saint-Gilles 214, 4000 Liège",
            "",
            "Expérience",
            "2019-2026 Chef d'équipe entrepôt, Liège",
            "2014-2019 Cariste puis réceptionnaire",
            "Compétences : relation fournisseurs, inventaires, SAP WM, Excel avancé",
        ])],
        "company": "", "contact": "",
    },
    {
        "id": "NO1", "kind": "other", "lang": "fr",
        "slug": "moi_nordis_relance",
        "date": "2026-10-01 12:10",
        "frm": ME, "to": [("Nordis Distribution", "nordis-distribution@teamtailor-mail.com")],
        "subject": "Relance - candidature Acheteur épicerie (Lesquin)",
        "text": (
            "Bonjour,\n\n"
            "J'ai postulé le 2 septembre au poste d'Acheteur épicerie basé à Lesquin et je me "
            "permets de revenir vers vous pour savoir où en est le processus.\n\n"
            "Je reste très motivé par ce poste et disponible pour un échange à votre "
            "convenance.\n\n"
            "Cordialement,\n"
            "Yannick Mbemba-Lefort"
        ),
        "company": "", "contact": "",
    },
    # ------------------------------------------------------------------ own mail, German
    {
        "id": "B4", "kind": "other", "lang": "de",
        "slug": "moi_rhenapharm_entschuldigung",
        "parent": "B3", "quote": "gmail",
        "date": "2026-06-23 11:02",
        "frm": ME, "to": [("Jana Kessler", "jana.kessler@rhenapharm.example.de")],
        "subject": "Re: Unser Video-Interview heute um 10:00 Uhr",
        "text": (
            "Sehr geehrte Frau Kessler,\n\n"
            "es tut mir sehr leid! Ich hatte den Termin versehentlich für 11:00 Uhr in meinen "
            "Kalender eingetragen und war gerade im Lager, als Sie angerufen haben.\n\n"
            "Der neue Termin am Donnerstag, 25. Juni, um 10:00 Uhr passt mir sehr gut. Ich "
            "werde pünktlich im Teams-Meeting sein.\n\n"
            "Bitte entschuldigen Sie auch bei Herrn Weyers.\n\n"
            "Mit freundlichen Grüßen\n"
            "Yannick Mbemba-Lefort"
        ),
        "charset": "iso-8859-1", "cte": "quoted-printable",
        "company": "", "contact": "",
    },
    {
        "id": "JK-OOO", "kind": "other", "lang": "de",
        "slug": "rhenapharm_abwesenheitsnotiz",
        "date": "2026-08-31 07:02",
        "frm": ("Jana Kessler", "jana.kessler@rhenapharm.example.de"),
        "subject": "Automatische Antwort: Unterlagen Steuer-ID und SV-Nummer",
        "headers": auto_reply(),
        "text": (
            "Vielen Dank für Ihre Nachricht.\n\n"
            "Ich bin bis einschließlich 11. September nicht im Büro und habe keinen Zugriff "
            "auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.\n\n"
            "In dringenden Fällen wenden Sie sich bitte an hr-aachen@rhenapharm.example.de "
            "oder telefonisch an +49 241 9180-4400.\n\n"
            "Thank you for your message. I am out of the office until 11 September and will "
            "reply upon my return.\n\n"
            "Jana Kessler"
        ),
        "company": "", "contact": "",
    },
    # ------------------------------------------------------------------ own mail, English
    {
        "id": "E4", "kind": "other", "lang": "en",
        "slug": "moi_ardentis_apology",
        "parent": "E3", "quote": "gmail",
        "date": "2026-03-20 11:41",
        "frm": ME, "to": [("Priya Raman", "priya.raman@ardentis.example.lu")],
        "subject": "Re: Missed you this morning",
        "text": (
            "Dear Priya,\n\n"
            "I'm very sorry about this morning. My phone had switched to a Belgian "
            "do-not-disturb schedule and I only saw your missed calls at 10:30. That's "
            "entirely my fault.\n\n"
            "I would really appreciate another slot next week; I'm available any day "
            "between 12:00 and 13:30 or after 17:00.\n\n"
            "Kind regards,\n"
            "Yannick Mbemba-Lefort"
        ),
        "company": "", "contact": "",
    },
    {
        "id": "H7", "kind": "other", "lang": "en",
        "slug": "moi_moselle_steel_thank_you",
        "date": "2026-04-14 20:30",
        "frm": ME, "to": [("Jérôme Kieffer", "jerome.kieffer@mosellesteel.example.lu")],
        "cc": [("Béatrice Roux-Halden", "beatrice.roux@halden-roux.example.com")],
        "subject": "Thank you for today's interview",
        "text": (
            "Dear Mr Kieffer,\n\n"
            "Thank you for taking the time to meet me this morning, together with Ms Schmit. "
            "I really enjoyed our discussion about hedging scrap surcharges and about the "
            "new rolling-mill contract.\n\n"
            "I am very motivated by the prospect of joining Moselle Steel Solutions and "
            "look forward to hearing from you.\n\n"
            "Best regards,\n"
            "Yannick Mbemba-Lefort"
        ),
        "company": "", "contact": "",
    },
    {
        "id": "B9", "kind": "other", "lang": "en",
        "slug": "moi_rhenapharm_signed_contract",
        "parent": "B8", "quote": "gmail",
        "date": "2026-08-28 20:15",
        "frm": ME, "to": [("Jana Kessler", "jana.kessler@rhenapharm.example.de")],
        "cc": [("Emily Clarke", "emily.clarke@rhenapharm-group.example.com")],
        "subject": "Re: Ihr Arbeitsvertrag zur Unterschrift",
        "text": (
            "Dear Ms Kessler,\n\n"
            "Thank you very much. Please find attached a scan of the signed contract; the "
            "original is in the post today. I will send my tax ID and social security "
            "number as soon as my registration in Aachen is complete.\n\n"
            "I am really looking forward to starting on 1 October.\n\n"
            "Kind regards,\n"
            "Yannick Mbemba-Lefort"
        ),
        "pdfs": [("Arbeitsvertrag_unterschrieben_Scan.pdf", [
            "ARBEITSVERTRAG - unterschriebenes Exemplar (Scan)",
            "Rhenapharm, Werk Aachen-Eilendorf / Yannick Mbemba-Lefort",
            "Aachen, 28.08.2026",
        ])],
        "company": "", "contact": "",
    },
    # ------------------------------------------------------------------ own mail, Spanish
    {
        "id": "M4", "kind": "other", "lang": "es",
        "slug": "moi_ebrofrio_rechazo_oferta",
        "parent": "M3b", "quote": "gmail",
        "date": "2026-06-01 19:30",
        "frm": ME, "to": [("Elena Tolosa", "elena.tolosa@ebrofrio.example.es")],
        "cc": [("Javier Pueyo Lasheras", "javier.pueyo@ebrofrio.example.es")],
        "subject": "Re: Oferta - Comprador/a de producto fresco - carta oferta",
        "text": (
            "Hola, Elena; hola, Javier:\n\n"
            "Muchas gracias por la oferta y por la confianza. Lo he pensado mucho durante "
            "el fin de semana y, por motivos familiares, finalmente no puedo trasladarme a "
            "Zaragoza este verano, así que tengo que rechazarla.\n\n"
            "Lo siento de verdad, porque el proyecto me gustaba mucho. Os deseo lo mejor.\n\n"
            "Un saludo,\n"
            "Yannick"
        ),
        "cte": "quoted-printable",
        "company": "", "contact": "",
    },
    {
        "id": "U0", "kind": "other", "lang": "es",
        "slug": "moi_aceros_moncayo_candidatura",
        "date": "2026-08-19 22:10",
        "frm": ME, "to": [("Aceros Moncayo - Selección", "seleccion@acerosmoncayo.example.es")],
        "subject": "Candidatura - Comprador técnico (Ref. AM-0726)",
        "text": (
            "Estimados señores:\n\n"
            "Les escribo para presentar mi candidatura al puesto de Comprador técnico "
            "(Ref. AM-0726) publicado en su web.\n\n"
            "Actualmente soy jefe de equipo en un almacén logístico en Lieja (Bélgica) y "
            "estoy completando una formación en compras. Hablo francés, inglés y un "
            "español de nivel B2, y estoy dispuesto a trasladarme.\n\n"
            "Adjunto mi currículum. Quedo a su disposición para una entrevista.\n\n"
            "Atentamente,\n"
            "Yannick Mbemba-Lefort\n"
            "+32 478 55 90 12"
        ),
        "pdfs": [("CV_Yannick_Mbemba-Lefort_ES.pdf", [
            "Yannick Mbemba-Lefort",
            "Lieja (Bélgica) - yannick.mbemba@example.be",
            "",
            "Jefe de equipo de almacén (2019-2026)",
            "Recepción de proveedores, inventarios, negociación con transportistas",
            "Idiomas: francés (nativo), inglés (C1), español (B2), alemán (A2)",
        ])],
        "company": "", "contact": "",
    },
]
