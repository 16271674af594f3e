"""offer: job offers, offer letters and contracts for signature (10 messages)."""

from __future__ import annotations

from msgs330_common import DECLAN_ASCII, msg, shell, t

K = "offer"
SINEAD = ("Sinéad Ní Dhonnchadha", "sinead.nidhonnchadha@meridalehotels.example.com")
GARETH = ("Gareth Molloy", "gareth.molloy@castellan.example.ie")
KATHARINA = ("Katharina Gruber", "katharina.gruber@meridalehotels.example.com")
LUCIA = ("Lucía Ferrer", "lucia.ferrer@meridalehotels.example.com")

MESSAGES = [
    msg(
        id="castellan_fr_offer", kind=K, lang="fr", company="Castellan Restauration",
        frm=("Élodie Marchand", "elodie.marchand@castellan-restauration.example.fr"),
        hdr=("iso-8859-1", "q"),
        subj="Proposition d'embauche - Gérant de site Bordeaux Mérignac",
        date="2026-03-27 17:05 +0100", cte="qp",
        text=t("""
            Bonjour Declan,

            Suite à vos entretiens avec Laurent Bessière et moi-même, j'ai le plaisir de vous
            proposer le poste de Gérant de site - restauration collective sur notre site de
            Bordeaux Mérignac, en CDI, statut agent de maîtrise.

            Vous trouverez en pièce jointe notre promesse d'embauche, qui précise la
            rémunération (38 500 € bruts annuels sur 13 mois), la date de prise de poste
            envisagée (4 mai 2026) et les avantages associés.

            Nous vous remercions de nous faire part de votre réponse avant le 3 avril.

            Bien cordialement,

            Élodie Marchand
            Chargée de recrutement
            Castellan Restauration - Parc Cadéra Sud, 33700 Mérignac
        """),
        att=[("Promesse_embauche_Whitfield.pdf", [
            "Castellan Restauration", "Promesse d'embauche",
            "M. Declan O Briain-Whitfield", "Poste : Gerant de site - restauration collective",
            "Lieu : Bordeaux Merignac", "Contrat : CDI, statut agent de maitrise",
            "Remuneration : 38 500 EUR bruts annuels", "Prise de poste : 4 mai 2026",
        ])],
    ),
    msg(
        id="castellan_verbal_offer", kind=K, lang="en", company="Castellan Catering",
        frm=GARETH, subj="Great news - Catering Operations Lead",
        date="2026-04-02 15:47 +0100", cte="8bit",
        text=t("""
            Hi Declan,

            Just to follow up on our call a few minutes ago - I'm delighted to confirm that
            Deirdre would like to offer you the Catering Operations Lead (Fixed Term) role in
            Cork!

            As discussed on the phone, the headline terms are:
            - 6-month fixed-term contract, start date Monday 20 April 2026
            - Salary of €55,000 per annum, pro rata
            - Car allowance of €400 per month, plus mileage for site visits
            - Monday to Friday, with some event cover at weekends

            The formal offer letter will follow from me tomorrow. In the meantime, if you have
            any questions, give me a shout.

            Congratulations!
            Gareth

            Gareth Molloy | Talent Lead | Castellan Catering
            M +353 86 201 7745
        """),
    ),
    msg(
        id="castellan_offer_letter", kind=K, lang="en", company="Castellan Catering",
        frm=GARETH, parent="castellan_verbal_offer", quote="outlook",
        subj="RE: Great news - Catering Operations Lead - offer letter",
        date="2026-04-03 11:20 +0100", cte="qp",
        text=t("""
            Hi Declan,

            As promised, please find attached your offer letter for the Catering Operations
            Lead (Fixed Term) position, along with a summary of benefits.

            Could you let me know by Wednesday 8 April whether you'd like to accept? Once you
            do, I'll send the contract through for signature.

            Kind regards,
            Gareth
        """),
        html=shell("Castellan Catering", [
            "Hi Declan,",
            "As promised, please find attached your offer letter for the Catering Operations"
            " Lead (Fixed Term) position, along with a summary of benefits.",
            "Could you let me know by <b>Wednesday 8 April</b> whether you'd like to accept?"
            " Once you do, I'll send the contract through for signature.",
            "Kind regards,<br>Gareth",
        ], colour="#7a1f2b"),
        att=[("Castellan_Offer_Letter_D_Whitfield.pdf", [
            "Castellan Catering", "Offer of Employment - Private and Confidential",
            "Dear Declan,", "We are pleased to offer you the position of",
            "Catering Operations Lead (Fixed Term), Cork.", "Start date: 20 April 2026",
            "Term: 6 months", "Salary: EUR 55,000 per annum, pro rata",
            "Car allowance: EUR 400 per month", "Deirdre Lucey, Regional Operations Manager",
        ])],
    ),
    msg(
        id="castellan_contract", kind=K, lang="en", company="Castellan Catering",
        frm=("Castellan People Services", "people.services@castellan.example.ie"),
        reply_to=GARETH, parent="own_castellan_accept", quote="en",
        subj="Your contract of employment - for signature",
        date="2026-04-09 09:03 +0100", cte="b64",
        text=t("""
            Dear Declan,

            Welcome to Castellan Catering! Gareth has told us that you have accepted our
            offer for the role of Catering Operations Lead (Fixed Term), Cork.

            Attached is your fixed-term contract of employment. Please read it carefully,
            sign and date page 1 where indicated and return a scanned copy to us by Tuesday
            14 April. If you have any questions about the contract, just reply to this e-mail
            and Gareth will pick it up.

            We look forward to you joining on 20 April.

            Kind regards,
            Orlaith Hegarty
            People Services | Castellan Catering
        """),
        att=[("Castellan_Fixed_Term_Contract_Whitfield.pdf", [
            "Castellan Catering - Contract of Employment (Fixed Term)",
            "Employee: Declan O Briain-Whitfield", "Position: Catering Operations Lead",
            "Place of work: Cork region", "Commencement: 20 April 2026",
            "Expiry: 19 October 2026", "Signed for the company: ____________",
            "Signed by the employee: ____________   Date: ________",
        ])],
    ),
    msg(
        id="meridale_airport_offer", kind=K, lang="en", company="Meridale Hotels & Resorts",
        frm=SINEAD, hdr=("iso-8859-1", "b"),
        subj="Offer of employment - Operations Manager, Meridale Dublin Airport",
        date="2026-09-08 16:15 +0100", cte="qp",
        text=t("""
            Dear Declan,

            It was lovely to see you again at the hotel last week. I'm really pleased to
            tell you that, following your interviews with Ronan Geraghty and Aisling Power,
            we would like to offer you the position of Operations Manager at Meridale Dublin
            Airport.

            Your offer letter is attached. In summary:
            - Permanent, full-time contract
            - Base salary €62,000 per annum, plus annual bonus of up to 10%
            - Start date to be agreed, ideally Monday 2 November 2026

            Please have a read, and let me know if you would like to talk anything through.
            We'd appreciate your answer by Tuesday 15 September.

            Warm regards,
            Sinéad

            Sinéad Ní Dhonnchadha
            Talent Acquisition Partner - Ireland & UK
            Meridale Hotels & Resorts
        """),
        att=[("Meridale_Offer_Letter_Whitfield.pdf", [
            "Meridale Hotels & Resorts", "Offer of Employment",
            "Position: Operations Manager, Meridale Dublin Airport",
            "Contract: permanent, full time", "Base salary: EUR 62,000 per annum",
            "Bonus: up to 10% of base salary", "Proposed start date: 2 November 2026",
        ])],
    ),
    msg(
        id="meridale_airport_revised", kind=K, lang="en", company="Meridale Hotels & Resorts",
        frm=SINEAD, hdr=("iso-8859-1", "b"), parent="own_meridale_counter", quote="outlook",
        subj="RE: Offer of employment - Operations Manager, Meridale Dublin Airport",
        date="2026-09-15 12:40 +0100", cte="qp",
        text=t("""
            Hi Declan,

            Thanks for being so open about the Vienna and Palma conversations - I checked with
            Aisling and we can improve our offer as follows:

            - Base salary increased to €66,000 per annum
            - Relocation support of €3,000 for your move to Dublin
            - Start date flexible up to 1 December 2026

            All other terms in the original letter stay the same. I've attached the revised
            offer letter. Could you let us have your decision by Friday 2 October?

            Best,
            Sinéad
        """),
        att=[("Meridale_Revised_Offer_Whitfield.pdf", [
            "Meridale Hotels & Resorts", "Revised Offer of Employment",
            "Position: Operations Manager, Meridale Dublin Airport",
            "Base salary: EUR 66,000 per annum", "Relocation support: EUR 3,000",
            "Start date: no later than 1 December 2026",
        ])],
    ),
    msg(
        id="meridale_palma_offer", kind=K, lang="es", company="Meridale Hotels & Resorts",
        frm=LUCIA, to=DECLAN_ASCII,
        subj="Oferta de empleo - Food & Beverage Manager, Meridale Palma Bay",
        date="2026-09-10 13:05 +0200", cte="qp", hdr=("utf-8", "q"),
        text=t("""
            Hola Declan:

            ¡Enhorabuena! Después de las entrevistas con Andreu y con el equipo de Meridale
            Hotels & Resorts, tenemos el placer de ofrecerte el puesto de Food & Beverage
            Manager en Meridale Palma Bay.

            Las condiciones principales son:
            - Contrato indefinido a jornada completa
            - Salario bruto anual de 52.000 €, más bonus por objetivos
            - Alojamiento durante los tres primeros meses
            - Incorporación el 1 de noviembre de 2026

            Te agradecería que nos dieras una respuesta antes del 25 de septiembre. Si
            quieres, podemos hablar por teléfono esta semana.

            Un saludo,
            Lucía Ferrer
            People & Culture Manager - Meridale Palma Bay
        """),
        html=shell("Meridale Palma Bay", [
            "Hola Declan:",
            "¡Enhorabuena! Después de las entrevistas con Andreu y con el equipo de Meridale"
            " Hotels &amp; Resorts, tenemos el placer de ofrecerte el puesto de <b>Food &amp;"
            " Beverage Manager</b> en Meridale Palma Bay.",
            "Las condiciones principales son:<br>- Contrato indefinido a jornada completa<br>"
            "- Salario bruto anual de 52.000 €, más bonus por objetivos<br>"
            "- Alojamiento durante los tres primeros meses<br>"
            "- Incorporación el 1 de noviembre de 2026",
            "Te agradecería que nos dieras una respuesta antes del 25 de septiembre. Si"
            " quieres, podemos hablar por teléfono esta semana.",
            "Un saludo,<br>Lucía Ferrer<br>People &amp; Culture Manager - Meridale Palma Bay",
        ], colour="#1f3b57", lang="es"),
    ),
    msg(
        id="meridale_palma_contract", kind=K, lang="es", company="Meridale Hotels & Resorts",
        frm=LUCIA, to=DECLAN_ASCII, parent="meridale_palma_offer", quote="es",
        subj="RE: Oferta de empleo - contrato para firma",
        date="2026-09-24 10:22 +0200", cte="8bit", hdr=("utf-8", "b"),
        text=t("""
            Hola Declan:

            Como me pediste en nuestra llamada, te adjunto el borrador del contrato para que
            lo revises con calma antes de decidirte. Si estás de acuerdo, solo tienes que
            firmarlo y devolvérnoslo escaneado; nosotros nos encargamos del alta en la
            Seguridad Social.

            Seguimos muy ilusionados con la posibilidad de que te unas al equipo.

            Lucía Ferrer
            Meridale Palma Bay | Meridale Hotels & Resorts
        """),
        att=[("Contrato_Meridale_Palma_Whitfield.pdf", [
            "Meridale Hotels & Resorts - Meridale Palma Bay",
            "Contrato de trabajo indefinido", "Trabajador: Declan O Briain-Whitfield",
            "Puesto: Food & Beverage Manager", "Inicio: 1 de noviembre de 2026",
            "Firma del trabajador: ______________",
        ])],
    ),
    msg(
        id="meridale_wien_offer", kind=K, lang="de", company="Meridale Hotels & Resorts",
        frm=KATHARINA, hdr=("utf-8", "q"),
        subj="Ihr Angebot: Director of Food & Beverage - Meridale Wien Ringstraße",
        date="2026-09-18 11:45 +0200", cte="qp",
        text=t("""
            Sehr geehrter Herr Ó Briain-Whitfield,

            herzlichen Dank für Ihren Besuch in Wien und den gelungenen Probetag. Wir freuen
            uns sehr, Ihnen die Position als Director of Food & Beverage im Meridale Wien
            Ringstraße anbieten zu dürfen.

            Die wesentlichen Eckpunkte unseres Angebots:
            - Unbefristetes Dienstverhältnis, Vollzeit (40 Wochenstunden, All-in-Vertrag)
            - Bruttojahresgehalt EUR 78.000 (14 Gehälter), zuzüglich Bonus bis 15 %
            - Übernahme der Umzugskosten bis EUR 5.000
            - Eintritt nach Vereinbarung, spätestens 1. Dezember 2026

            Das ausführliche Angebotsschreiben finden Sie im Anhang. Wir würden uns über Ihre
            Rückmeldung bis 28. September sehr freuen.

            Mit freundlichen Grüßen
            Katharina Gruber
            HR Director, Meridale Wien Ringstraße
            Meridale Hotels & Resorts
        """),
        att=[("Angebot_Meridale_Wien_Whitfield.pdf", [
            "Meridale Hotels & Resorts - Meridale Wien Ringstrasse", "Angebot",
            "Position: Director of Food & Beverage", "Dienstverhaeltnis: unbefristet, Vollzeit",
            "Bruttojahresgehalt: EUR 78.000 (14 Gehaelter)", "Bonus: bis 15 %",
            "Eintritt: spaetestens 1. Dezember 2026",
        ])],
    ),
    msg(
        id="meridale_wien_contract", kind=K, lang="de", company="Meridale Hotels & Resorts",
        frm=KATHARINA, parent="own_wien_zusage", quote="de",
        subj="AW: Zusage - Ihr Dienstvertrag zur Unterschrift",
        date="2026-09-29 15:10 +0200", cte="qp",
        text=t("""
            Lieber Herr Ó Briain-Whitfield,

            wir freuen uns sehr über Ihre Zusage! Anbei erhalten Sie Ihren Dienstvertrag in
            zweifacher Ausfertigung. Bitte unterschreiben Sie beide Exemplare und senden Sie
            uns eines per Post zurück; ein Scan vorab per E-Mail genügt für die Anmeldung.

            Der Eintritt ist wie besprochen für den 16. November 2026 vorgesehen. Frau Hofer
            meldet sich in den nächsten Tagen wegen des Einarbeitungsplans.

            Herzliche Grüße aus Wien
            Katharina Gruber
            Meridale Hotels & Resorts
        """),
        att=[("Dienstvertrag_Whitfield.pdf", [
            "Meridale Hotels & Resorts - Dienstvertrag",
            "Dienstnehmer: Declan O Briain-Whitfield",
            "Verwendung: Director of Food & Beverage, Meridale Wien Ringstrasse",
            "Beginn des Dienstverhaeltnisses: 16. November 2026",
            "Unterschrift Dienstnehmer: ______________",
        ])],
    ),
]
