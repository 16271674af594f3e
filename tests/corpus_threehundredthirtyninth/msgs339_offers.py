"""offer: verbal offers confirmed in writing, offer letters and contracts for signature."""

from __future__ import annotations

from msgs339_common import DISCLAIMER_DE, DISCLAIMER_ES, html_shell, paras, sig, spec

OFFER = "offer"

SPECS = [
    # ---------------------------------------------------------------- German (5)
    spec(
        "kongresshaus_zusage", OFFER, "de",
        ("Ulrike Brandstätter", "ulrike.brandstaetter@kongresshaus-salzachufer.example.at"),
        "Zusage – Assistenz Kongress- und Veranstaltungsorganisation",
        "2026-03-02 15:40 +0100",
        f"""
        Liebe Frau Oberhuber-Lindgren,

        nach Ihrem Probetag waren sich alle einig: Wir möchten Ihnen sehr gerne
        die Stelle als Assistenz Kongress- und Veranstaltungsorganisation
        anbieten!

        Die wichtigsten Eckdaten:
        - Beginn: 1. Mai 2026, unbefristet, 38,5 Stunden/Woche
        - Bruttomonatsgehalt: 2.780 Euro (14 x jährlich), Einstufung nach KV
        - Probezeit: 1 Monat
        - Arbeitsort: Kongresshaus Salzachufer, Salzburg

        Den Dienstvertrag bereiten wir vor, sobald Sie uns Ihre Zusage geben.
        Bitte lassen Sie uns bis 9. März wissen, ob Sie das Angebot annehmen.

        Wir freuen uns auf Sie!

        Herzliche Grüße
        Ulrike Brandstätter

        {sig("Mag. Ulrike Brandstätter", "Human Resources", "Kongresshaus Salzachufer GmbH",
             "Auerspergstraße 40, 5020 Salzburg", "+43 662 88 987-210")}
        """,
        company="Kongresshaus Salzachufer",
        contact="ulrike.brandstaetter@kongresshaus-salzachufer.example.at",
        html=html_shell("Kongresshaus Salzachufer", paras("""
        Liebe Frau Oberhuber-Lindgren,

        nach Ihrem Probetag waren sich alle einig: Wir möchten Ihnen sehr gerne die Stelle
        als Assistenz Kongress- und Veranstaltungsorganisation anbieten!

        Beginn: 1. Mai 2026, unbefristet, 38,5 Stunden/Woche.
        Bruttomonatsgehalt: 2.780 Euro (14 x jährlich).

        Bitte lassen Sie uns bis 9. März wissen, ob Sie das Angebot annehmen.

        Herzliche Grüße
        Ulrike Brandstätter
        """), accent="#7a5c2e"),
        charset="utf-8", cte="quoted-printable", name_enc=("utf-8", "Q"),
    ),
    spec(
        "kongresshaus_dienstvertrag", OFFER, "de",
        ("Ulrike Brandstätter", "ulrike.brandstaetter@kongresshaus-salzachufer.example.at"),
        "Ihr Dienstvertrag zur Unterschrift",
        "2026-03-09 10:12 +0100",
        f"""
        Liebe Frau Oberhuber-Lindgren,

        herzlichen Dank für Ihre telefonische Zusage, wir freuen uns sehr!

        Anbei erhalten Sie Ihren Dienstvertrag sowie das Datenblatt für die
        Lohnverrechnung. Bitte unterschreiben Sie beide Dokumente und senden
        Sie uns einen Scan bis 16. März zurück; das Original können Sie am
        ersten Arbeitstag mitbringen.

        Bei Fragen zum Vertrag rufen Sie mich jederzeit an.

        Herzliche Grüße
        Ulrike Brandstätter

        {DISCLAIMER_DE}
        """,
        company="Kongresshaus Salzachufer",
        contact="ulrike.brandstaetter@kongresshaus-salzachufer.example.at",
        pdf=[("Dienstvertrag_Oberhuber-Lindgren.pdf", [
            "Kongresshaus Salzachufer GmbH",
            "DIENSTVERTRAG",
            "zwischen Kongresshaus Salzachufer GmbH und Frau Franziska Oberhuber-Lindgren",
            "Verwendung: Assistenz Kongress- und Veranstaltungsorganisation",
            "Beginn: 01.05.2026, unbefristet, 38,5 Wochenstunden",
            "Entgelt: EUR 2.780,00 brutto monatlich, 14 x jaehrlich",
            "Unterschrift Dienstnehmerin: ______________________",
        ]), ("Datenblatt_Lohnverrechnung.pdf", [
            "Datenblatt Lohnverrechnung",
            "Name, SV-Nummer, IBAN, Anschrift",
        ])],
        parent="kongresshaus_zusage", charset="iso-8859-1", cte="quoted-printable",
        name_enc=("iso-8859-1", "Q"),
    ),
    spec(
        "flexwerk_hofgarten_angebot", OFFER, "de",
        ("Sandra Pichler | Flexwerk", "sandra.pichler@flexwerk.example.at"),
        "Kongresszentrum Hofgarten möchte Sie! – Ihr Angebot",
        "2026-05-27 11:02 +0200",
        """
        Liebe Frau Oberhuber-Lindgren,

        tolle Neuigkeiten: Das Kongresszentrum Hofgarten Innsbruck war vom
        Vorstellungsgespräch begeistert und möchte Sie ab 15. Juni als
        Veranstaltungsassistenz einsetzen!

        Unser Angebot:
        - Überlassung an das Kongresszentrum Hofgarten Innsbruck ab 15.6.2026
        - Vollzeit, 40 Stunden, Stundenlohn 16,90 € brutto plus Zuschläge
        - Übernahme durch den Kunden nach 6 Monaten vorgesehen

        Im Anhang finden Sie den Dienstvertrag und die Einsatzmitteilung.
        Bitte geben Sie mir bis Freitag Bescheid und schicken Sie die
        unterschriebenen Unterlagen zurück.

        Liebe Grüße
        Sandra Pichler
        Flexwerk Personalleasing GmbH
        """,
        company="Kongresszentrum Hofgarten Innsbruck",
        contact="sandra.pichler@flexwerk.example.at",
        pdf=[("Einsatzmitteilung_Hofgarten.pdf", [
            "Flexwerk Personalleasing - Einsatzmitteilung",
            "Beschaeftigerbetrieb: Kongresszentrum Hofgarten Innsbruck",
            "Taetigkeit: Veranstaltungsassistenz, Beginn 15.06.2026",
            "Stundenlohn: EUR 16,90 brutto",
        ])],
        charset="windows-1252", cte="quoted-printable", subj_enc=("windows-1252", "Q"),
    ),
    spec(
        "messe_isarfeld_muendliches_angebot", OFFER, "de",
        ("Katharina Wendlinger", "k.wendlinger@messe-isarfeld.example.de"),
        "Unser Telefonat heute – Angebot Projektmanager:in Gastveranstaltungen",
        "2026-08-21 17:40 +0200",
        """
        Liebe Frau Oberhuber-Lindgren,

        wie eben am Telefon besprochen, fasse ich unser Angebot noch einmal
        kurz zusammen: Wir möchten Sie sehr gerne als Projektmanagerin
        Gastveranstaltungen bei der Messe Isarfeld einstellen.

        - Eintritt: 1. November 2026
        - Jahresbruttogehalt: 48.500 Euro, zzgl. 13. Monatsgehalt
        - 30 Urlaubstage, Jobticket MVV, Umzugspauschale 2.000 Euro
        - Probezeit sechs Monate

        Das schriftliche Vertragsangebot schicke ich Ihnen Anfang nächster
        Woche. Ich freue mich sehr, dass es geklappt hat!

        Herzliche Grüße
        Katharina Wendlinger
        Messe Isarfeld
        """,
        company="Messe Isarfeld", contact="k.wendlinger@messe-isarfeld.example.de",
        parent="messe_isarfeld_zweite_runde", charset="utf-8", cte="8bit",
    ),
    spec(
        "messe_isarfeld_vertragsangebot", OFFER, "de",
        ("Katharina Wendlinger", "k.wendlinger@messe-isarfeld.example.de"),
        "Ihr Vertragsangebot der Messe Isarfeld",
        "2026-08-26 11:05 +0200",
        """
        Liebe Frau Oberhuber-Lindgren,

        anbei erhalten Sie wie angekündigt Ihr Vertragsangebot in zweifacher
        Ausfertigung als PDF. Bitte senden Sie uns ein unterschriebenes
        Exemplar bis zum 9. September zurück, gerne vorab als Scan.

        Sollten Sie Fragen zum Vertrag oder zum Umzug nach München haben,
        melden Sie sich jederzeit.

        Herzliche Grüße
        Katharina Wendlinger
        Referentin Personalgewinnung
        Messe Isarfeld GmbH
        """,
        company="Messe Isarfeld", contact="k.wendlinger@messe-isarfeld.example.de",
        pdf=[("Vertragsangebot_Oberhuber-Lindgren.pdf", [
            "Messe Isarfeld GmbH - Arbeitsvertrag",
            "Frau Franziska Oberhuber-Lindgren",
            "Position: Projektmanagerin Gastveranstaltungen",
            "Beginn: 01.11.2026, Probezeit 6 Monate",
            "Jahresbruttogehalt: EUR 48.500 zzgl. 13. Monatsgehalt",
            "Ort, Datum, Unterschrift: ______________________",
        ])],
        parent="messe_isarfeld_muendliches_angebot", charset="utf-8", cte="base64",
    ),
    # ---------------------------------------------------------------- English (2)
    spec(
        "forth_offer_letter", OFFER, "en",
        ("Alasdair Munro", "alasdair.munro@forthcongress.example.uk"),
        "Offer of employment - Event Manager, Association Conferences",
        "2026-06-22 16:30 +0100",
        """
        Hi Franziska,

        I'm delighted to confirm that we would like to offer you the position
        of Event Manager - Association Conferences at Forth Congress Centre.

        Please find your formal offer letter attached. In summary: a starting
        salary of GBP 36,000 per annum, 25 days' annual leave plus public
        holidays, relocation support of up to GBP 3,000, and a start date to
        be agreed (we'd suggest 1 September).

        Have a read and let me know if you have any questions. We'd be grateful
        for your decision by 3 July.

        Congratulations!
        Alasdair
        """,
        company="Forth Congress Centre", contact="alasdair.munro@forthcongress.example.uk",
        pdf=[("FCC_Offer_Letter_Oberhuber-Lindgren.pdf", [
            "Forth Congress Centre Ltd",
            "Offer of Employment",
            "Dear Franziska,",
            "We are pleased to offer you the position of Event Manager.",
            "Salary: GBP 36,000 per annum. Annual leave: 25 days.",
            "This offer is subject to satisfactory references and right to work checks.",
        ])],
        html=html_shell("Forth Congress Centre", paras("""
        Hi Franziska,

        I'm delighted to confirm that we would like to offer you the position of Event
        Manager - Association Conferences at Forth Congress Centre.

        Please find your formal offer letter attached.

        Congratulations!
        Alasdair
        """), accent="#0b3c5d"),
        charset="utf-8", cte="quoted-printable",
    ),
    spec(
        "forth_contract_signature", OFFER, "en",
        ("Heather Lennox", "heather.lennox@forthcongress.example.uk"),
        "Your contract of employment - please sign",
        "2026-06-30 09:20 +0100",
        """
        Dear Franziska,

        Following your acceptance of our offer (thank you - we're all thrilled),
        I attach your contract of employment and the new starter form.

        Please sign the contract and return it to me by 10 July. If you'd like
        to talk through any of the terms before signing, I'm happy to set up a
        call.

        Warm regards,
        Heather Lennox
        Head of Association Events
        Forth Congress Centre
        1 Exchange Quay, Edinburgh EH3 8EE
        """,
        company="Forth Congress Centre", contact="heather.lennox@forthcongress.example.uk",
        pdf=[("Contract_of_Employment_FCC.pdf", [
            "Contract of Employment",
            "Employer: Forth Congress Centre",
            "Employee: Franziska Oberhuber-Lindgren",
            "Job title: Event Manager - Association Conferences",
            "Signed: ______________________  Date: ____________",
        ])],
        cc=[("Alasdair Munro", "alasdair.munro@forthcongress.example.uk")],
        charset="us-ascii", cte="7bit",
    ),
    # ---------------------------------------------------------------- French (2)
    spec(
        "rhenus_promesse_embauche", OFFER, "fr",
        ("Élodie Kieffer", "elodie.kieffer@rhenus-expo.example.fr"),
        "Proposition d'embauche – Chargée de projets salons",
        "2026-07-10 14:48 +0200",
        """
        Bonjour Franziska,

        Suite à nos entretiens, j'ai le plaisir de vous confirmer que nous
        souhaitons vous proposer le poste de Chargée de projets salons chez
        Rhénus Expo, en CDI, à compter du 1er septembre 2026.

        Vous trouverez ci-joint notre promesse d'embauche précisant les
        conditions : rémunération annuelle brute de 36 000 EUR sur 13 mois,
        statut agent de maîtrise, 25 jours de congés et RTT.

        Merci de nous faire part de votre réponse avant le 20 juillet.

        Au plaisir de vous accueillir dans l'équipe,
        Élodie Kieffer
        Chargée RH – Rhénus Expo
        """,
        company="Rhénus Expo", contact="elodie.kieffer@rhenus-expo.example.fr",
        pdf=[("Promesse_embauche_Rhenus_Expo.pdf", [
            "Rhenus Expo SAS - Promesse d'embauche",
            "Madame Franziska Oberhuber-Lindgren",
            "Poste : Chargee de projets salons (CDI)",
            "Date d'entree : 1er septembre 2026",
            "Remuneration : 36 000 EUR bruts annuels sur 13 mois",
        ])],
        charset="utf-8", cte="quoted-printable", name_enc=("utf-8", "B"),
    ),
    spec(
        "rhenus_contrat_signature", OFFER, "fr",
        ("Élodie Kieffer", "elodie.kieffer@rhenus-expo.example.fr"),
        "Votre contrat de travail à signer",
        "2026-07-17 10:05 +0200",
        """
        Bonjour Franziska,

        Merci pour votre acceptation, toute l'équipe est ravie !

        Vous trouverez ci-joint votre contrat de travail en deux exemplaires.
        Nous vous remercions de bien vouloir les parapher, les signer et nous
        en retourner un exemplaire avant le 31 juillet.

        N'hésitez pas si vous avez la moindre question.

        Cordialement,
        Élodie Kieffer
        """,
        company="Rhénus Expo", contact="elodie.kieffer@rhenus-expo.example.fr",
        pdf=[("Contrat_CDI_Oberhuber-Lindgren.pdf", [
            "CONTRAT DE TRAVAIL A DUREE INDETERMINEE",
            "Entre Rhenus Expo et Madame Franziska Oberhuber-Lindgren",
            "Fonction : Chargee de projets salons",
            "Fait a Strasbourg, en deux exemplaires",
        ])],
        parent="rhenus_promesse_embauche", charset="iso-8859-1", cte="8bit",
        name_enc=("iso-8859-1", "Q"), subj_enc=("iso-8859-1", "B"),
    ),
    # ---------------------------------------------------------------- Spanish (1)
    spec(
        "llevant_oferta", OFFER, "es",
        ("Núria Casals Puig", "nuria.casals@congresos-llevant.example.es"),
        "Oferta de empleo – Técnica de congresos",
        "2026-07-29 13:15 +0200",
        f"""
        Hola Franziska:

        Me alegra mucho comunicarte que queremos ofrecerte el puesto de
        técnica de congresos en el Palacio de Congresos Llevant.

        Condiciones principales:
        - Contrato indefinido a jornada completa
        - Salario bruto anual: 31.000 EUR en 14 pagas
        - Incorporación: 14 de septiembre de 2026
        - Periodo de prueba: seis meses

        Te adjunto la carta de oferta. Si estás de acuerdo, fírmala y
        devuélvemela antes del 7 de agosto.

        ¡Enhorabuena!
        Núria

        {DISCLAIMER_ES}
        """,
        company="Palacio de Congresos Llevant",
        contact="nuria.casals@congresos-llevant.example.es",
        pdf=[("Carta_oferta_Llevant.pdf", [
            "Palacio de Congresos Llevant S.A.",
            "Carta de oferta - Franziska Oberhuber-Lindgren",
            "Puesto: Tecnica de congresos",
            "Salario bruto anual: 31.000 EUR (14 pagas)",
            "Firma: ______________________",
        ])],
        parent="llevant_cambio_hora", charset="utf-8", cte="quoted-printable",
        name_enc=("utf-8", "B"),
    ),
]
