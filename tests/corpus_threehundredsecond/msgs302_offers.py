"""offer: verbal and written offers, offer letters and contracts for signature (10)."""

from __future__ import annotations

from msgs302_common import (
    DISCLAIMER_ES,
    DUSSAC_HUMAN,
    IBAIGANE,
    KP,
    MAARTJE,
    TEMPO,
    msg,
    sig,
)

K = "offer"

MESSAGES: list[dict] = [
    msg(
        id="tempo_offer1", kind=K, lang="en", company="Museum Lange Nieuwstraat", frm=TEMPO,
        date="2026-02-02 13:05", reply="tempo_missed",
        subject="Assignment offer: inventory assistant at Museum Lange Nieuwstraat",
        body="""
Hi Rosalind,

Good news! Museum Lange Nieuwstraat would like to have you for their inventory project,
and I'm happy to offer you the assignment:

- Role: Inventory Assistant (temporary, via Tempo Cultuur)
- Period: 16 February to 15 May 2026, 32 hours a week
- Rate: EUR 24.10 gross per hour plus holiday allowance
- Place: the museum's depot in Lage Weide, Utrecht

If you accept, I'll send you the assignment contract to sign through our portal. Could you
let me know by Wednesday?

Femke
"""
        + sig("Femke Rozendaal", "Consultant Culture & Heritage", "Tempo Cultuur",
              "+31 30 555 2710"),
    ),
    msg(
        id="tempo_offer2", kind=K, lang="en", company="Tempo Cultuur", frm=TEMPO,
        date="2026-06-22 09:48", subject="New assignment for you - from 6 July",
        html="auto",
        body="""
Hi Rosalind,

As promised: I'd like to offer you a new assignment starting 6 July. It's with a
university library in Amsterdam that I can't name in writing yet (their rule, not mine),
helping the special-collections team prepare 4,000 rare books for a move to a new store.

Eight weeks, 36 hours a week, EUR 26.40 per hour. Your contract would be with
Tempo Cultuur as before.

Say the word and I'll send the paperwork today.

Femke
""",
    ),
    msg(
        id="kp_einsatz", kind=K, lang="de", company="Museum Kleinbasel", frm=KP,
        date="2026-07-01 10:26", subject="Einsatzangebot Museum Kleinbasel ab 20. Juli",
        cs="windows-1252", cte="quoted-printable", html="auto",
        body="""
Guten Tag Frau Achterberg

Wie heute Morgen am Telefon besprochen, freue ich mich, Ihnen folgendes Einsatzangebot zu
unterbreiten:

Kunde: Museum Kleinbasel
Funktion: Registrarin (temporär) für die Ausstellung „Rheinlichter“
Dauer: 20. Juli bis 30. Oktober 2026, 100 %
Stundenlohn: CHF 41.50 brutto inkl. Ferien- und Feiertagsentschädigung

Bitte teilen Sie mir bis Freitag mit, ob Sie das Angebot annehmen. Anschliessend erhalten
Sie den Einsatzvertrag zur Unterschrift.

Freundliche Grüsse
Nadja Brunner
Kulturpersonal Basel
""",
    ),
    msg(
        id="kp_vertrag", kind=K, lang="de", company="Museum Kleinbasel", frm=KP,
        date="2026-07-06 14:40", reply="kp_einsatz",
        subject="Einsatzvertrag zur Unterschrift - Museum Kleinbasel",
        pdfs=[("Einsatzvertrag_Achterberg_Kleinbasel.pdf", [
            "Kulturpersonal Basel - Einsatzvertrag Nr. 2026-0719",
            "Mitarbeiterin: Rosalind Achterberg",
            "Einsatzbetrieb: Museum Kleinbasel, Basel",
            "Einsatz: 20.07.2026 - 30.10.2026, Pensum 100 %",
            "Stundenlohn CHF 41.50 brutto",
            "Unterschrift Mitarbeiterin: ____________________",
        ])],
        body="""
Guten Tag Frau Achterberg

Herzlichen Dank für Ihre Zusage. Im Anhang erhalten Sie den Einsatzvertrag für Ihren
Einsatz beim Museum Kleinbasel.

Bitte unterschreiben Sie den Vertrag und senden Sie ihn mir eingescannt bis zum
10. Juli zurück. Für den ersten Arbeitstag melden Sie sich bitte um 08:00 Uhr beim
Empfang des Museums bei Herrn Lukas Meier.

Freundliche Grüsse
Nadja Brunner
Beraterin Kultur & Museen
Kulturpersonal Basel
Gerbergasse 14, 4001 Basel
T +41 61 555 38 20
""",
    ),
    msg(
        id="av_offer_verbal", kind=K, lang="en", company="Artvault Logistics", frm=MAARTJE,
        date="2026-09-03 17:12", subject="Your offer from Artvault Logistics",
        body="""
Hi Rosalind,

It was great to speak to you this afternoon, and thank you for your patience while the
new storage wing was being signed off over the summer.

As Pieter said on the phone, we would love you to join Artvault Logistics as Senior
Registrar, Collections & Storage. To summarise the offer we discussed:

- Start date: 1 November 2026 (negotiable)
- Salary: EUR 4,650 gross per month, 8% holiday allowance, 13th month
- Contract: one year, with the intention to make it permanent
- 36 hours per week, hybrid working for documentation days

The formal offer letter will follow once you've had time to think it over. Feel free to
call me with any questions.

Best,
Maartje
"""
        + sig("Maartje de Wit", "Talent Acquisition Partner", "Artvault Logistics",
              "Cruquiusweg 90, 1019 AH Amsterdam", "+31 20 555 0142"),
    ),
    msg(
        id="ibaigane_oferta", kind=K, lang="es", company="Fundación Arte Ibaigane",
        frm=IBAIGANE, date="2026-09-08 12:35",
        subject="Propuesta de contrato - inventario de obra gráfica",
        pdfs=[("Propuesta_contrato_Ibaigane.pdf", [
            "Fundacion Arte Ibaigane - Propuesta de contrato",
            "Puesto: tecnica de inventario y documentacion (obra grafica)",
            "Duracion: 1 de octubre a 31 de diciembre de 2026",
            "Jornada completa, 2.350 EUR brutos mensuales",
            "Lugar: Campo Volantin 24, Bilbao",
        ])],
        body="""
Buenos días, Rosalind:

Muchas gracias por la videollamada del jueves; Maite y yo salimos convencidos. Nos
gustaría ofrecerte el puesto de técnica de inventario y documentación para el proyecto
de obra gráfica de la Fundación Arte Ibaigane.

Te adjunto la propuesta con las condiciones: contrato de tres meses, del 1 de octubre al
31 de diciembre, a jornada completa, con un salario de 2.350 euros brutos al mes.

Si estás de acuerdo, te enviaremos el contrato para firmar. Nos vendría bien saber algo
antes del 15 de septiembre.

Un saludo cordial,
Mikel Arregi
Gerente - Fundación Arte Ibaigane
"""
        + "\n" + DISCLAIMER_ES,
    ),
    msg(
        id="av_offer_letter", kind=K, lang="en", company="Artvault Logistics", frm=MAARTJE,
        date="2026-09-09 11:02", reply="av_counter", quote="av_counter",
        subject="Re: Your offer from Artvault Logistics",
        pdfs=[("Artvault_offer_letter_R_Achterberg.pdf", [
            "Artvault Logistics - Cruquiusweg 90, 1019 AH Amsterdam",
            "Amsterdam, 9 September 2026",
            "Dear Ms Achterberg,",
            "We are pleased to offer you the position of Senior Registrar, Collections &",
            "Storage, starting 1 November 2026, at a gross monthly salary of EUR 4,900,",
            "plus 8% holiday allowance and a 13th month. Contract: one year.",
            "Please sign and return a copy of this letter by 23 September 2026.",
            "Pieter Oosting, Head of Registration",
        ])],
        html="auto",
        body="""
Hi Rosalind,

Thanks for coming back to us so quickly. Pieter and I discussed your points with our COO
and we're happy to meet you on the salary: we can offer EUR 4,900 gross per month. The
training budget for your registrar certification is also fine.

Attached is your formal offer letter with the revised terms. If you agree, please sign it
and send it back by 23 September; the employment contract will follow straight after.

Best,
Maartje
""",
    ),
    msg(
        id="av_contract", kind=K, lang="en", company="Artvault Logistics",
        frm=("Artvault Logistics via Inkflow", "no-reply@inkflow.example.com"),
        reply_to=MAARTJE, zone="UTC", date="2026-09-16 08:00",
        subject="Please sign: Employment contract - Rosalind Achterberg", html_only=True,
        body="""
Hello Rosalind Achterberg,

Maartje de Wit (Artvault Logistics) has sent you a document to review and sign:

Employment contract - Senior Registrar, Collections & Storage - R. Achterberg.pdf

Message from Maartje: "Hi Rosalind, here is your employment contract, matching the offer
letter you signed. Welcome aboard (almost)! Any questions, just reply to this email."

Review and sign: https://sign.inkflow.example.com/d/7Hq2kP9x

This link expires on 30 September 2026.
""",
    ),
    msg(
        id="dussac_offer", kind=K, lang="fr", company="Fondation Dussac", frm=DUSSAC_HUMAN,
        date="2026-09-29 15:48", subject="Proposition d'embauche - Fondation Dussac",
        subj_enc=("utf-8", "q"), html="auto",
        body="""
Chère Madame Achterberg,

Nous avons le grand plaisir de vous informer que votre candidature a été retenue pour le
poste de chargée des collections et du récolement au sein de la Fondation Dussac.

Nous vous proposons un contrat à durée indéterminée, à temps plein, avec une prise de
poste souhaitée le 4 janvier 2027, et une rémunération annuelle brute de 41 000 euros sur
treize mois. Une promesse d'embauche formelle vous sera adressée dans les prochains
jours.

Mme Dussac-Morel et toute l'équipe se réjouissent à l'idée de travailler avec vous.

Bien cordialement,

Hélène Vasseur
Responsable des ressources humaines
Fondation Dussac
12, rue de Sévigné, 75004 Paris
""",
    ),
    msg(
        id="dussac_promesse", kind=K, lang="fr", company="Fondation Dussac", frm=DUSSAC_HUMAN,
        date="2026-10-05 10:20", reply="dussac_offer",
        subject="Promesse d'embauche à signer", subj_enc=("iso-8859-1", "q"),
        cs="iso-8859-1", cte="quoted-printable",
        pdfs=[("Promesse_embauche_Achterberg.pdf", [
            "Fondation Dussac - 12, rue de Sevigne, 75004 Paris",
            "Promesse d'embauche",
            "La Fondation Dussac s'engage a embaucher Mme Rosalind Achterberg",
            "en qualite de chargee des collections et du recolement, en CDI,",
            "a compter du 4 janvier 2027, remuneration annuelle brute 41 000 EUR.",
            "Bon pour accord, signature :",
        ])],
        body="""
Madame,

Comme annoncé, vous trouverez ci-joint votre promesse d'embauche pour le poste de chargée
des collections et du récolement.

Nous vous remercions de bien vouloir nous la retourner signée, précédée de la mention
« bon pour accord », avant le 16 octobre. N'hésitez pas à m'appeler si vous avez la
moindre question.

Bien cordialement,
Hélène Vasseur
Fondation Dussac
""",
    ),
]
