"""offer: a CRO (Clinvia Research) and a generic-drug maker (Arzneiwerk Teutoburg) (10)."""

from __future__ import annotations

from msgs319_common import html_page, paras

MESSAGES = [
    # ---------------------------------------------------------------- English (Dublin)
    {
        "id": "off_clinvia_dublin_verbal", "kind": "offer", "lang": "en",
        "company": "Clinvia Research", "contact": "declan.moriarty@clinvia.example.ie",
        "frm": "Declan Moriarty <declan.moriarty@clinvia.example.ie>",
        "cc": "Aoife Brennan <aoife.brennan@clinvia.example.ie>",
        "subj": "Following up on our call - welcome aboard (we hope!)",
        "date": "2026-03-17 18:22 +0000",
        "text": """Dear Friederike,

It was a pleasure speaking with you this afternoon. As I said on the phone, the panel was unanimous: we would love you to join the Drug Safety team in Dublin as Pharmacovigilance Associate.

To recap what we discussed: a permanent full-time contract, base salary of EUR 41,500, 10% annual bonus target, hybrid working (three days in Grand Canal Quay), and a relocation package of EUR 5,000. Aoife will send the formal offer letter in the next couple of days.

Take the time you need to think it over, and do call me if you have any questions.

Warm regards,
Declan

Dr. Declan Moriarty
Head of Drug Safety, EMEA | Clinvia Research""",
    },
    {
        "id": "off_clinvia_dublin_letter", "kind": "offer", "lang": "en",
        "company": "Clinvia Research", "contact": "aoife.brennan@clinvia.example.ie",
        "frm": "Aoife Brennan <aoife.brennan@clinvia.example.ie>",
        "subj": "Your offer of employment - Pharmacovigilance Associate",
        "date": "2026-03-20 11:40 +0000", "parent": "off_clinvia_dublin_verbal", "quote": "gt",
        "text": """Hi Friederike,

Congratulations again! Please find attached your formal offer of employment for the Pharmacovigilance Associate role, along with our standard terms and conditions.

If you're happy to accept, simply sign the offer letter and send it back to me by Friday 3 April. Our onboarding team will then be in touch about your start date, relocation support and PPS number registration.

Any questions at all, just let me know.

Best,
Aoife

Aoife Brennan
Talent Partner, EMEA | Clinvia Research""",
        "pdf": [("Clinvia_Offer_Letter_F_Lammersdorf.pdf", "Offer of Employment", [
            "Clinvia Research, 4 Grand Canal Quay, Dublin 2",
            "20 March 2026",
            "Dear Friederike Lammersdorf,",
            "We are pleased to offer you the position of Pharmacovigilance Associate.",
            "Start date: to be agreed. Base salary: EUR 41,500 per annum.",
            "Bonus target: 10%. Relocation allowance: EUR 5,000.",
            "Please sign and return by 3 April 2026.",
            "Signed: Declan Moriarty, Head of Drug Safety, EMEA",
        ])],
    },
    # ---------------------------------------------------------------- French (Lyon)
    {
        "id": "off_clinvia_lyon_proposition", "kind": "offer", "lang": "fr",
        "company": "Clinvia Research", "contact": "camille.fournier@clinvia.example.fr",
        "frm": "Camille Fournier <camille.fournier@clinvia.example.fr>",
        "subj": "Proposition d'embauche – Chargée de pharmacovigilance",
        "date": "2026-06-03 17:05 +0200",
        "html": html_page(paras(
            "Bonjour Friederike,",
            "Suite à vos entretiens avec Hélène Vasseur et l'équipe, j'ai le grand plaisir de "
            "vous proposer le poste de <b>Chargée de pharmacovigilance</b> sur notre site de "
            "Lyon-Gerland.",
            "Les conditions proposées : CDI, statut technicien supérieur, rémunération brute "
            "annuelle de 36 000 € sur 12 mois, 2 jours de télétravail par semaine, mutuelle prise "
            "en charge à 60 %, et une aide à la mobilité de 2 500 €.",
            "La promesse d'embauche suivra dans quelques jours. N'hésitez pas à m'appeler si "
            "vous souhaitez en discuter.",
            "Bien cordialement,<br>Camille Fournier<br>Talent Acquisition Partner France<br>"
            "Clinvia Research – Lyon",
        ), brand="clinvia", color="#0d47a1", lang="fr"),
    },
    {
        "id": "off_clinvia_lyon_promesse", "kind": "offer", "lang": "fr",
        "company": "Clinvia Research", "contact": "camille.fournier@clinvia.example.fr",
        "frm": "Camille Fournier <camille.fournier@clinvia.example.fr>",
        "subj": "Votre promesse d'embauche à signer – Clinvia Research",
        "date": "2026-06-09 10:15 +0200", "parent": "off_clinvia_lyon_proposition", "quote": "gt",
        "cs": "windows-1252", "cte": "quoted-printable",
        "text": """Bonjour Friederike,

Comme convenu, vous trouverez ci-joint votre promesse d'embauche pour le poste de Chargée de pharmacovigilance (CDI), avec une date de prise de poste proposée au 1er septembre 2026.

Merci de nous la retourner datée et signée, précédée de la mention « bon pour accord », avant le 19 juin.

Bien cordialement,
Camille Fournier
Clinvia Research – Lyon""",
        "pdf": [("Promesse_embauche_Lammersdorf.pdf", "Promesse d'embauche", [
            "Clinvia Research - 60 avenue Tony Garnier, 69007 Lyon",
            "Lyon, le 9 juin 2026",
            "Madame Friederike Lammersdorf,",
            "Nous avons le plaisir de vous confirmer votre engagement en CDI",
            "en qualite de Chargee de pharmacovigilance.",
            "Remuneration brute annuelle : 36 000 EUR. Prise de poste : 1er septembre 2026.",
            "Bon pour accord, date et signature :",
        ])],
    },
    # ---------------------------------------------------------------- Spanish (Barcelona)
    {
        "id": "off_clinvia_bcn", "kind": "offer", "lang": "es",
        "company": "Clinvia Research", "contact": "lucia.ferrer@clinvia.example.es",
        "frm": "Lucía Ferrer <lucia.ferrer@clinvia.example.es>",
        "subj": "Oferta de empleo – Pharmacovigilance Associate (Barcelona)",
        "date": "2026-06-16 12:48 +0200", "parent": "chg_clinvia_bcn_aplaza",
        "text": """Hola Friederike:

¡Enhorabuena! Después de las entrevistas con Albert y el equipo, nos alegra mucho ofrecerte el puesto de Pharmacovigilance Associate en nuestra oficina de Barcelona.

Te adjunto la carta de oferta con las condiciones: contrato indefinido a jornada completa, salario bruto anual de 34.000 € en 14 pagas, modelo híbrido (tres días en la oficina de Glòries) y seguro médico privado.

Sabemos que también estás en conversaciones con nuestro equipo de Lyon; si prefieres Barcelona, solo tienes que firmar la carta y devolvérnosla antes del 26 de junio.

Un saludo,
Lucía Ferrer
Talent Partner Iberia · Clinvia Research""",
        "pdf": [("Carta_oferta_Clinvia_BCN.pdf", "Carta de oferta", [
            "Clinvia Research - Barcelona",
            "16 de junio de 2026",
            "Estimada Friederike Lammersdorf:",
            "Nos complace ofrecerle el puesto de Pharmacovigilance Associate.",
            "Contrato indefinido. Salario bruto anual: 34.000 EUR (14 pagas).",
            "Fecha limite de aceptacion: 26 de junio de 2026.",
        ])],
    },
    # ---------------------------------------------------------------- German (Bielefeld)
    {
        "id": "off_arzneiwerk_verbal", "kind": "offer", "lang": "de",
        "company": "Arzneiwerk Teutoburg", "contact": "k.vosskamp@arzneiwerk-teutoburg.example.de",
        "frm": "Dr. Katrin Vosskamp <k.vosskamp@arzneiwerk-teutoburg.example.de>",
        "subj": "Unser Telefonat von heute",
        "date": "2026-08-27 17:35 +0200", "cs": "windows-1252", "cte": "quoted-printable",
        "text": """Liebe Frau Lammersdorf,

ich freue mich sehr, dass ich Sie heute telefonisch erreicht habe! Wie besprochen möchten wir Ihnen die Stelle als Regulatory Affairs Associate in meinem Team anbieten – Sie haben uns beim Fachgespräch in Bielefeld alle überzeugt.

Frau Brockhoff schickt Ihnen in den nächsten Tagen das schriftliche Angebot mit allen Details zu Gehalt, Arbeitszeit und Einarbeitung. Bis dahin dürfen Sie sich gern schon einmal freuen.

Herzliche Grüße
Katrin Vosskamp

Dr. Katrin Vosskamp
Leitung Regulatory Affairs
Arzneiwerk Teutoburg GmbH | Senner Hellweg 210 | 33689 Bielefeld""",
    },
    {
        "id": "off_arzneiwerk_written", "kind": "offer", "lang": "de",
        "company": "Arzneiwerk Teutoburg", "contact": "s.brockhoff@arzneiwerk-teutoburg.example.de",
        "frm": "Svenja Brockhoff <s.brockhoff@arzneiwerk-teutoburg.example.de>",
        "subj": "Ihr Vertragsangebot – Regulatory Affairs Associate",
        "date": "2026-08-31 14:02 +0200", "parent": "inv_arzneiwerk_second",
        "text": """Liebe Frau Lammersdorf,

wie Frau Dr. Vosskamp Ihnen bereits telefonisch mitgeteilt hat, freuen wir uns sehr, Ihnen die Position als Regulatory Affairs Associate (m/w/d) anbieten zu können.

Im Anhang finden Sie unser schriftliches Angebot. Die wichtigsten Eckdaten:
- Eintritt: 1. November 2026
- unbefristet, 38,5 Stunden/Woche, zwei Tage mobiles Arbeiten
- Jahresbruttogehalt 46.800 € (13 Monatsgehälter) zzgl. Erfolgsbeteiligung
- 30 Tage Urlaub, betriebliche Altersvorsorge, JobRad

Wir würden uns über Ihre Rückmeldung bis zum 11. September freuen. Bei Fragen rufen Sie mich jederzeit an.

Herzliche Grüße
Svenja Brockhoff
Talent Acquisition | Arzneiwerk Teutoburg
T +49 5205 8812-144""",
        "pdf": [("Angebot_RA_Associate_Lammersdorf.pdf", "Vertragsangebot", [
            "Arzneiwerk Teutoburg, Senner Hellweg 210, 33689 Bielefeld",
            "Bielefeld, 31.08.2026",
            "Sehr geehrte Frau Lammersdorf,",
            "wir bieten Ihnen die Position Regulatory Affairs Associate (m/w/d) an.",
            "Eintritt: 01.11.2026. Jahresbruttogehalt: 46.800 EUR.",
            "Bitte teilen Sie uns Ihre Entscheidung bis zum 11.09.2026 mit.",
        ])],
    },
    {
        "id": "off_arzneiwerk_revised", "kind": "offer", "lang": "de",
        "company": "Arzneiwerk Teutoburg", "contact": "s.brockhoff@arzneiwerk-teutoburg.example.de",
        "frm": "Svenja Brockhoff <s.brockhoff@arzneiwerk-teutoburg.example.de>",
        "subj": "AW: Rückfrage zum Vertragsangebot",
        "date": "2026-09-08 15:44 +0200", "parent": "own_de_negotiation_arzneiwerk", "quote": "outlook",
        "cs": "windows-1252", "cte": "8bit",
        "text": """Liebe Frau Lammersdorf,

danke für Ihre offenen Worte. Ich habe mit Frau Dr. Vosskamp und unserer Personalleitung gesprochen und freue mich, Ihnen ein angepasstes Angebot machen zu können:

- Jahresbruttogehalt 49.200 € statt 46.800 €
- Übernahme der Kosten für den Zertifikatskurs „Regulatory Affairs“ der Akademie im ersten Jahr
- Eintritt wie gewünscht zum 1. Dezember 2026

Alle übrigen Bedingungen bleiben unverändert. Wenn Sie einverstanden sind, schicken wir Ihnen den Arbeitsvertrag zur digitalen Unterschrift.

Herzliche Grüße
Svenja Brockhoff""",
    },
    {
        "id": "off_arzneiwerk_contract", "kind": "offer", "lang": "de",
        "company": "Arzneiwerk Teutoburg", "contact": "s.brockhoff@arzneiwerk-teutoburg.example.de",
        "frm": "Arzneiwerk Teutoburg via Personio <noreply@personio.de>",
        "reply_to": "Svenja Brockhoff <s.brockhoff@arzneiwerk-teutoburg.example.de>",
        "subj": "Arbeitsvertrag zur Unterschrift: Regulatory Affairs Associate",
        "date": "2026-09-14 09:00 +0200",
        "html": html_page(paras(
            "Hallo Friederike Lammersdorf,",
            "Arzneiwerk Teutoburg hat Ihnen Ihren <b>Arbeitsvertrag</b> für die Position "
            "Regulatory Affairs Associate zur elektronischen Unterschrift bereitgestellt.",
            '<a href="https://arzneiwerk-teutoburg.personio.example.net/sign/5521">'
            "Dokument ansehen und unterschreiben</a>",
            "Bitte unterschreiben Sie das Dokument bis zum 21.09.2026. Bei Fragen antworten Sie "
            "einfach auf diese E-Mail – Ihre Nachricht geht direkt an Svenja Brockhoff.",
            "Viele Grüße<br>Arzneiwerk Teutoburg",
        ), brand="Arzneiwerk Teutoburg", color="#8d6e63",
            footer="Versendet mit Personio im Auftrag von Arzneiwerk Teutoburg GmbH."),
    },
    {
        "id": "off_arzneiwerk_reminder", "kind": "offer", "lang": "de",
        "company": "Arzneiwerk Teutoburg", "contact": "s.brockhoff@arzneiwerk-teutoburg.example.de",
        "frm": "Svenja Brockhoff <s.brockhoff@arzneiwerk-teutoburg.example.de>",
        "subj": "Erinnerung: Ihr Arbeitsvertrag wartet noch auf Sie",
        "date": "2026-09-18 11:20 +0200", "parent": "off_arzneiwerk_contract",
        "text": """Liebe Frau Lammersdorf,

ich wollte mich kurz melden, weil der Arbeitsvertrag in Personio noch nicht unterschrieben ist. Unser Angebot steht selbstverständlich weiterhin – wir freuen uns sehr darauf, Sie ab 1. Dezember im Team zu haben!

Falls es noch offene Punkte gibt oder der Link nicht funktioniert, rufen Sie mich gern an, dann schicke ich Ihnen den Vertrag auch als PDF.

Herzliche Grüße
Svenja Brockhoff
Talent Acquisition | Arzneiwerk Teutoburg""",
    },
]
