"""Corpus 340: job offers (Valdis Alimentation, Rhenapharm, Ebrofrío Distribución)."""

from __future__ import annotations

MESSAGES: list[dict] = [
    # ------------------------------------------------------------------ Ebrofrío (es)
    {
        "id": "M3a", "kind": "offer", "lang": "es",
        "slug": "ebrofrio_oferta_verbal_confirmada",
        "date": "2026-05-22 18:40",
        "frm": ("Javier Pueyo Lasheras", "javier.pueyo@ebrofrio.example.es"),
        "subject": "Oferta - Comprador/a de producto fresco",
        "text": (
            "Hola, Yannick:\n\n"
            "Como te he adelantado esta tarde por teléfono, estamos muy contentos con las "
            "entrevistas y nos gustaría ofrecerte el puesto de Comprador de producto fresco "
            "en Ebrofrío Distribución.\n\n"
            "Condiciones principales:\n"
            "- Contrato indefinido, jornada completa, incorporación a partir del 1 de julio.\n"
            "- Salario bruto anual de 34.000 EUR en 14 pagas + variable de hasta un 8 %.\n"
            "- Ayuda de 1.500 EUR para la mudanza a Zaragoza.\n\n"
            "Elena, de Personas, te enviará la carta oferta formal en los próximos días. "
            "Mientras tanto, no dudes en llamarme si tienes cualquier duda.\n\n"
            "Un abrazo,\n"
            "Javier Pueyo Lasheras\n"
            "Jefe de Compras - Ebrofrío Distribución"
        ),
        "cte": "quoted-printable",
        "company": "Ebrofrío Distribución", "contact": "javier.pueyo@ebrofrio.example.es",
    },
    {
        "id": "M3b", "kind": "offer", "lang": "es",
        "slug": "ebrofrio_carta_oferta_pdf",
        "parent": "M3a", "quote": "gmail",
        "date": "2026-05-27 10:05",
        "frm": ("Elena Tolosa", "elena.tolosa@ebrofrio.example.es"),
        "cc": [("Javier Pueyo Lasheras", "javier.pueyo@ebrofrio.example.es")],
        "subject": "Re: Oferta - Comprador/a de producto fresco - carta oferta",
        "text": (
            "Buenos días, Yannick:\n\n"
            "Adjunto te envío la carta oferta con las condiciones que te comentó Javier. "
            "Si estás de acuerdo, basta con que nos la devuelvas firmada antes del 5 de junio "
            "y prepararemos el contrato.\n\n"
            "Quedo a tu disposición para cualquier aclaración.\n\n"
            "Saludos cordiales,\n"
            "Elena Tolosa\n"
            "Responsable de Personas - Ebrofrío Distribución\n"
            "Tel. 976 45 81 00"
        ),
        "charset": "iso-8859-1", "cte": "quoted-printable",
        "pdfs": [("Carta_oferta_Mbemba-Lefort.pdf", [
            "Ebrofrío Distribución - Plataforma Logística PLAZA, Zaragoza",
            "",
            "CARTA OFERTA",
            "D. Yannick Mbemba-Lefort",
            "Puesto: Comprador de producto fresco",
            "Contrato indefinido a jornada completa",
            "Incorporación: 1 de julio de 2026",
            "Retribución: 34.000 EUR brutos anuales (14 pagas) + variable hasta 8 %",
            "Ayuda a la reubicación: 1.500 EUR",
            "Validez de la oferta: 5 de junio de 2026",
        ])],
        "company": "Ebrofrío Distribución", "contact": "elena.tolosa@ebrofrio.example.es",
    },
    # ------------------------------------------------------------------ Valdis (fr)
    {
        "id": "A7", "kind": "offer", "lang": "fr",
        "slug": "valdis_confirmation_offre_orale",
        "date": "2026-06-02 13:55",
        "frm": ("Marc-Antoine Delvaux", "ma.delvaux@valdis.example.be"),
        "cc": [("Aurélie Gossiaux", "aurelie.gossiaux@valdis.example.be")],
        "subject": "Suite à notre appel - proposition Acheteur produits frais",
        "text": (
            "Bonjour Yannick,\n\n"
            "Comme je vous l'ai dit au téléphone ce midi, nous avons le plaisir de vous "
            "proposer le poste d'Acheteur produits frais chez Valdis Alimentation.\n\n"
            "Pour récapituler les grandes lignes :\n"
            "- CDI à temps plein, basé à Rhisnes, entrée en fonction le 1er septembre 2026 ;\n"
            "- salaire brut mensuel de 3.950 EUR, 13e mois et double pécule ;\n"
            "- voiture de société, chèques-repas de 8 EUR, assurance groupe.\n\n"
            "Aurélie vous enverra la proposition écrite dans les prochains jours. Nous serions "
            "vraiment heureux de vous compter dans l'équipe.\n\n"
            "Bien à vous,\n"
            "Marc-Antoine Delvaux\n"
            "Directeur achats - Valdis Alimentation"
        ),
        "cte": "8bit",
        "company": "Valdis Alimentation", "contact": "ma.delvaux@valdis.example.be",
    },
    {
        "id": "A8", "kind": "offer", "lang": "fr",
        "slug": "valdis_proposition_ecrite_pdf",
        "date": "2026-06-04 11:20",
        "frm": ("Aurélie Gossiaux", "aurelie.gossiaux@valdis.example.be"),
        "subject": "Votre proposition d'engagement - Valdis Alimentation",
        "text": (
            "Bonjour Yannick,\n\n"
            "Vous trouverez ci-joint notre proposition d'engagement pour le poste "
            "d'Acheteur produits frais, reprenant les conditions évoquées avec Marc-Antoine.\n"
            "\n"
            "Cette offre est valable jusqu'au 15 juin. N'hésitez pas à m'appeler si vous "
            "souhaitez en discuter avant de nous donner votre réponse.\n\n"
            "Au plaisir,\n"
            "Aurélie Gossiaux\n"
            "Talent Acquisition Partner | Valdis Alimentation\n"
            "+32 81 56 90 21"
        ),
        "cte": "quoted-printable",
        "pdfs": [("Proposition_engagement_Valdis_YMbemba.pdf", [
            "Valdis Alimentation - Chaussée de Gembloux 560, 5080 Rhisnes",
            "",
            "Proposition d'engagement",
            "Monsieur Yannick Mbemba-Lefort",
            "Fonction : Acheteur produits frais (CP 119)",
            "Contrat : durée indéterminée, temps plein (38h/semaine)",
            "Entrée en fonction : 1er septembre 2026",
            "Rémunération : 3.950 EUR bruts/mois, 13e mois, double pécule",
            "Avantages : voiture de société, chèques-repas 8 EUR, assurance groupe",
            "Offre valable jusqu'au 15 juin 2026",
        ])],
        "company": "Valdis Alimentation", "contact": "aurelie.gossiaux@valdis.example.be",
    },
    {
        "id": "A12", "kind": "offer", "lang": "fr",
        "slug": "valdis_offre_revue_teletravail",
        "parent": "A9", "quote": "gmail",
        "date": "2026-06-10 17:02",
        "frm": ("Aurélie Gossiaux", "aurelie.gossiaux@valdis.example.be"),
        "subject": "Re: Question sur la proposition d'engagement",
        "text": (
            "Bonjour Yannick,\n\n"
            "Merci pour vos questions, légitimes. J'en ai parlé avec Marc-Antoine et la "
            "direction : nous pouvons revoir notre proposition comme suit :\n\n"
            "- salaire brut mensuel porté à 4.100 EUR ;\n"
            "- un jour de télétravail par semaine après la période d'intégration ;\n"
            "- entrée en fonction possible dès le 17 août si cela vous arrange.\n\n"
            "Le reste des conditions est inchangé. Si cela vous convient, je prépare le "
            "contrat dans la foulée.\n\n"
            "Aurélie"
        ),
        "cte": "quoted-printable",
        "company": "Valdis Alimentation", "contact": "aurelie.gossiaux@valdis.example.be",
    },
    {
        "id": "A10", "kind": "offer", "lang": "fr",
        "slug": "valdis_contrat_a_signer",
        "parent": "A12", "quote": "outlook",
        "date": "2026-06-12 15:48",
        "frm": ("Aurélie Gossiaux", "aurelie.gossiaux@valdis.example.be"),
        "subject": "Contrat de travail à signer - Acheteur produits frais",
        "text": (
            "Bonjour Yannick,\n\n"
            "Suite à votre accord de principe par téléphone, voici votre contrat de travail "
            "à durée indéterminée, en deux exemplaires. Vous pouvez le signer "
            "électroniquement via le lien reçu séparément, ou nous renvoyer un exemplaire "
            "signé par courrier.\n\n"
            "Merci de nous le retourner avant le vendredi 19 juin.\n\n"
            "Belle fin de semaine,\n"
            "Aurélie Gossiaux\n"
            "Talent Acquisition Partner | Valdis Alimentation"
        ),
        "charset": "windows-1252", "cte": "quoted-printable",
        "pdfs": [("Contrat_CDI_Valdis_Mbemba-Lefort.pdf", [
            "CONTRAT DE TRAVAIL D'EMPLOYÉ À DURÉE INDÉTERMINÉE",
            "Entre Valdis Alimentation, Chaussée de Gembloux 560, 5080 Rhisnes,",
            "et Monsieur Yannick Mbemba-Lefort,",
            "il est convenu ce qui suit :",
            "Article 1 - Fonction : Acheteur produits frais",
            "Article 2 - Entrée en fonction : 17 août 2026",
            "Article 3 - Rémunération : 4.100 EUR bruts par mois",
            "Article 4 - Télétravail : un jour par semaine après intégration",
            "Fait à Rhisnes, en deux exemplaires.",
        ])],
        "company": "Valdis Alimentation", "contact": "aurelie.gossiaux@valdis.example.be",
    },
    # ------------------------------------------------------------------ Rhenapharm (de/en)
    {
        "id": "B7a", "kind": "offer", "lang": "de",
        "slug": "rhenapharm_zusage_telefonisch_bestaetigt",
        "date": "2026-08-12 16:30",
        "frm": ("Thorsten Weyers", "thorsten.weyers@rhenapharm.example.de"),
        "cc": [("Jana Kessler", "jana.kessler@rhenapharm.example.de")],
        "subject": "Unser Angebot an Sie – Einkäufer Rohstoffe & Packmittel",
        "text": (
            "Lieber Herr Mbemba-Lefort,\n\n"
            "wie eben am Telefon besprochen: Wir möchten Sie sehr gerne als Einkäufer "
            "Rohstoffe & Packmittel in unserem Werk Eilendorf einstellen!\n\n"
            "Eckdaten unseres Angebots:\n"
            "- unbefristete Festanstellung in Vollzeit (37,5 Std./Woche), Start 1. Oktober "
            "2026\n"
            "- Jahresbruttogehalt 58.000 EUR zzgl. Jahresbonus nach Zielerreichung\n"
            "- 30 Tage Urlaub, Betriebsrente, Jobticket oder Parkplatz\n\n"
            "Das formale Angebotsschreiben erhalten Sie in den nächsten Tagen von unserem "
            "Group HR in englischer Sprache, der Arbeitsvertrag folgt dann auf Deutsch.\n\n"
            "Ich freue mich auf die Zusammenarbeit!\n\n"
            "Beste Grüße\n"
            "Thorsten Weyers\n"
            "Head of Procurement | Rhenapharm Werk Aachen-Eilendorf"
        ),
        "cte": "8bit",
        "company": "Rhenapharm", "contact": "thorsten.weyers@rhenapharm.example.de",
    },
    {
        "id": "B7", "kind": "offer", "lang": "en",
        "slug": "rhenapharm_group_offer_letter",
        "date": "2026-08-14 09:12",
        "frm": ("Emily Clarke", "emily.clarke@rhenapharm-group.example.com"),
        "cc": [("Jana Kessler", "jana.kessler@rhenapharm.example.de")],
        "subject": "Offer of Employment - Buyer Raw Materials & Packaging, Aachen",
        "text": (
            "Dear Yannick,\n\n"
            "Following your conversation with Thorsten Weyers, I am delighted to send you "
            "our formal offer of employment for the position of Buyer Raw Materials & "
            "Packaging at our Aachen-Eilendorf plant.\n\n"
            "Please find attached your offer letter, which sets out the key terms, including "
            "your base salary of EUR 58,000 gross per year, your annual bonus target of 10 %"
            " and your proposed start date of 1 October 2026.\n\n"
            "We would appreciate your response by 24 August. Once you accept, Jana Kessler "
            "will send you the German employment contract.\n\n"
            "Kind regards,\n"
            "Emily Clarke\n"
            "Senior HR Manager, Group HR\n"
            "Rhenapharm\n\n"
            "CONFIDENTIALITY NOTICE: This message and any attachments are intended solely "
            "for the addressee and may contain confidential information."
        ),
        "cte": "quoted-printable",
        "pdfs": [("Rhenapharm_Offer_Letter_YMbemba-Lefort.pdf", [
            "Rhenapharm - Group Human Resources",
            "",
            "OFFER OF EMPLOYMENT",
            "Mr Yannick Mbemba-Lefort",
            "Position: Buyer Raw Materials & Packaging",
            "Location: Aachen-Eilendorf plant, Germany",
            "Start date: 1 October 2026",
            "Base salary: EUR 58,000 gross per annum",
            "Annual bonus target: 10 % of base salary",
            "Please confirm your acceptance by 24 August 2026.",
        ])],
        "company": "Rhenapharm", "contact": "emily.clarke@rhenapharm-group.example.com",
    },
    {
        "id": "B7c", "kind": "offer", "lang": "en",
        "slug": "rhenapharm_revised_offer_relocation",
        "parent": "B7", "quote": "gmail",
        "date": "2026-08-21 14:44",
        "frm": ("Emily Clarke", "emily.clarke@rhenapharm-group.example.com"),
        "subject": "Re: Offer of Employment - Buyer Raw Materials & Packaging, Aachen",
        "subj_enc": ("q", "utf-8"),
        "text": (
            "Dear Yannick,\n\n"
            "Thank you for your call yesterday. I'm pleased to confirm that we can update "
            "our offer as discussed:\n\n"
            "- a one-off relocation allowance of EUR 3,000 gross;\n"
            "- two home-office days per week after your probation period;\n"
            "- a start date of 1 October 2026, unchanged.\n\n"
            "All other terms of the offer letter remain the same. Could you let me know "
            "by Wednesday whether you accept the revised offer?\n\n"
            "Best regards,\n"
            "Emily"
        ),
        "company": "Rhenapharm", "contact": "emily.clarke@rhenapharm-group.example.com",
    },
    {
        "id": "B8", "kind": "offer", "lang": "de",
        "slug": "rhenapharm_arbeitsvertrag_zur_unterschrift",
        "date": "2026-08-27 10:06",
        "frm": ("Jana Kessler", "jana.kessler@rhenapharm.example.de"),
        "subject": "Ihr Arbeitsvertrag zur Unterschrift",
        "text": (
            "Sehr geehrter Herr Mbemba-Lefort,\n\n"
            "wir freuen uns sehr über Ihre Zusage! Anbei erhalten Sie Ihren Arbeitsvertrag "
            "als Einkäufer Rohstoffe & Packmittel zum 1. Oktober 2026.\n\n"
            "Bitte unterschreiben Sie beide Exemplare und senden Sie uns eines per Post "
            "zurück; ein Scan vorab per E-Mail genügt für unsere Planung. Außerdem benötigen "
            "wir noch Ihre Steuer-ID und Ihre Sozialversicherungsnummer.\n\n"
            "Mit freundlichen Grüßen\n"
            "Jana Kessler\n"
            "HR Business Partner\n\n"
            "Rhenapharm GmbH | Von-Coels-Straße 210 | 52080 Aachen\n"
            "Registergericht: Amtsgericht Aachen HRB 19822"
        ),
        "charset": "iso-8859-1", "cte": "quoted-printable",
        "pdfs": [("Arbeitsvertrag_Mbemba-Lefort.pdf", [
            "ARBEITSVERTRAG",
            "zwischen der Rhenapharm, Werk Aachen-Eilendorf",
            "und Herrn Yannick Mbemba-Lefort",
            "§ 1 Beginn und Tätigkeit: 1. Oktober 2026, Einkäufer Rohstoffe & Packmittel",
            "§ 2 Probezeit: sechs Monate",
            "§ 3 Vergütung: 58.000 EUR brutto jährlich",
            "§ 4 Umzugskostenpauschale: 3.000 EUR brutto",
            "§ 5 Urlaub: 30 Arbeitstage",
        ])],
        "company": "Rhenapharm", "contact": "jana.kessler@rhenapharm.example.de",
    },
]
