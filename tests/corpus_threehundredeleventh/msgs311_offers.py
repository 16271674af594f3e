"""Job offers, verbal and written, offer letters and contracts, 10 messages."""

from __future__ import annotations

from msgs311_common import Spec, mail

K = "offer"

MESSAGES: list[Spec] = [
    mail("el_offer", K, "de", "2026-05-22 15:45 +0200",
         "Sabine Krause <sabine.krause@elbland-kk.example.de>",
         "Unser Angebot: Referentin Betriebliche Weiterbildung",
         """
Liebe Frau Freitag,

nach den Gesprächen mit Ihnen und nach Rücksprache mit unserem Vorstand freue ich mich sehr, Ihnen die Stelle als Referentin Betriebliche Weiterbildung in unserer Personalentwicklung in Dresden anbieten zu dürfen.

Die wichtigsten Eckdaten:
- Eintritt: 1. August 2026 (oder nach Vereinbarung)
- Vergütung: Entgeltgruppe 9 nach Haustarifvertrag, 13. Monatsgehalt
- 39 Wochenstunden, mobiles Arbeiten an bis zu zwei Tagen pro Woche
- 30 Tage Urlaub, betriebliche Altersvorsorge

Das ausführliche Angebotsschreiben finden Sie im Anhang. Wir würden uns freuen, bis zum 1. Juni von Ihnen zu hören. Für Fragen stehen Herr Kaminski und ich Ihnen jederzeit zur Verfügung.

Herzliche Grüße
Sabine Krause
Personalmanagement / Recruiting
Elbland Krankenkasse
""", company="Elbland Krankenkasse", contact="sabine.krause@elbland-kk.example.de",
         fmt="alt", cte="quoted-printable",
         attach=[("Angebot_Freitag_Referentin_BWB.pdf",
                  ["Elbland Krankenkasse - Personalmanagement",
                   "Vertragsangebot für Frau Johanna Freitag",
                   "Position: Referentin Betriebliche Weiterbildung",
                   "Beginn: 01.08.2026, unbefristet, Vollzeit (39 Std.)",
                   "Vergütung: EG 9 Haustarifvertrag",
                   "Bitte bestätigen Sie bis zum 01.06.2026."])]),

    mail("el_contract", K, "de", "2026-05-29 10:05 +0200",
         "Sabine Krause <sabine.krause@elbland-kk.example.de>",
         "Arbeitsvertrag zur Unterschrift",
         """
Liebe Frau Freitag,

wie gestern am Telefon besprochen, sende ich Ihnen vorab schon einmal den Arbeitsvertrag zur Unterschrift, damit Sie alles in Ruhe lesen können. Ihren Wunsch, am 1. September statt am 1. August zu beginnen, haben wir berücksichtigt.

Bitte senden Sie uns beide Exemplare unterschrieben zurück; ein frankierter Umschlag kommt mit der Post. Gern können Sie uns vorab auch einen Scan schicken.

Herzliche Grüße
Sabine Krause
""", company="Elbland Krankenkasse", contact="sabine.krause@elbland-kk.example.de",
         parent="el_offer", quote="de", cte="quoted-printable",
         attach=[("Arbeitsvertrag_J_Freitag.pdf",
                  ["Arbeitsvertrag",
                   "zwischen der Elbland Krankenkasse, Dresden,",
                   "und Frau Johanna Freitag, Leipzig",
                   "§ 1 Beginn des Arbeitsverhältnisses: 01.09.2026",
                   "§ 2 Tätigkeit: Referentin Betriebliche Weiterbildung",
                   "§ 3 Vergütung: Entgeltgruppe 9",
                   "Ort, Datum, Unterschrift"])]),

    mail("lf_offer_verbal", K, "de", "2026-05-27 17:10 +0200",
         "Katrin Wendel <katrin.wendel@lernfabrik-digital.example.de>",
         "Re: Danke für das Gespräch",
         """
Liebe Frau Freitag,

danke für Ihre nette Nachricht! Wie eben am Telefon schon gesagt, bestätige ich es Ihnen gern noch einmal schriftlich: Wir möchten Sie sehr gern als Instructional Designer in unserem Team haben und bieten Ihnen die Stelle hiermit an.

Die Eckdaten wie besprochen: unbefristete Vollzeitstelle, Start am 1. Juli 2026, 48.000 € brutto im Jahr, 2 Tage Homeoffice pro Woche, Weiterbildungsbudget von 1.500 € jährlich. Den schriftlichen Vertrag bereitet unsere Geschäftsführung gerade vor, Sie bekommen ihn Ende der Woche.

Wir freuen uns riesig!
Katrin
""", company="Lernfabrik Digital", contact="katrin.wendel@lernfabrik-digital.example.de",
         parent="lf_thanks", quote="de", cte="8bit"),

    mail("lf_offer_letter", K, "de", "2026-05-29 11:00 +0200",
         "Katrin Wendel <katrin.wendel@lernfabrik-digital.example.de>",
         "Ihr Angebotsschreiben – Lernfabrik Digital",
         """
Liebe Frau Freitag,

wie angekündigt erhalten Sie im Anhang unser offizielles Angebotsschreiben für die Position Instructional Designer mit allen vereinbarten Konditionen.

Wenn Sie einverstanden sind, schicken Sie es mir bitte unterschrieben zurück – ein Scan genügt. Danach erhalten Sie den Arbeitsvertrag zur Unterschrift.

Viele Grüße
Katrin Wendel
People & Culture
Lernfabrik Digital GmbH · Karl-Heine-Bogen 12 · 04229 Leipzig
""", company="Lernfabrik Digital", contact="katrin.wendel@lernfabrik-digital.example.de",
         fmt="alt", cte="quoted-printable", subj_enc=("windows-1252", "q"),
         attach=[("Angebotsschreiben_Lernfabrik_Digital.pdf",
                  ["Lernfabrik Digital - Angebotsschreiben",
                   "Frau Johanna Freitag",
                   "Position: Instructional Designer, Vollzeit, unbefristet",
                   "Beginn: 01.07.2026",
                   "Jahresgehalt: 48.000 EUR brutto",
                   "Leipzig, 29.05.2026 - Katrin Wendel, People & Culture"])]),

    mail("lf_contract", K, "de", "2026-06-03 14:15 +0200",
         "Paul Osterloh <paul.osterloh@lernfabrik-digital.example.de>",
         "Dein Arbeitsvertrag zum Unterschreiben",
         """
Hallo Johanna,

willkommen an Bord – wir freuen uns riesig! Katrin ist diese Woche im Urlaub, deshalb schicke ich dir den Arbeitsvertrag. Er ist bereits von unserer Geschäftsführung unterschrieben. Bitte unterschreib beide Seiten und schick uns ein Exemplar zurück; das andere ist für dich.

Bei Fragen ruf mich gern an.

Bis bald im Büro,
Paul

Paul Osterloh
Lead Instructional Designer
Lernfabrik Digital GmbH
""", company="Lernfabrik Digital", contact="paul.osterloh@lernfabrik-digital.example.de",
         cc="Katrin Wendel <katrin.wendel@lernfabrik-digital.example.de>", cte="8bit",
         attach=[("Arbeitsvertrag_Freitag_unterschrieben_LFD.pdf",
                  ["Arbeitsvertrag Lernfabrik Digital",
                   "Arbeitnehmerin: Johanna Freitag",
                   "Tätigkeit: Instructional Designer",
                   "Beginn: 01.07.2026",
                   "Unterschrift Arbeitgeber: gez. Geschäftsführung",
                   "Unterschrift Arbeitnehmerin: ____________________"])]),

    mail("ap_offer_kb", K, "en", "2026-09-01 19:30 +0200",
         "Sophie Baumann <sophie.baumann@kellerbaumann.example.ch>",
         "Great news from Alpenfirn",
         """
Dear Johanna,

As promised on the phone a few minutes ago: Alpenfirn would like to offer you the position of Learning Experience Lead in Zürich!

The headline terms are an annual salary of CHF 118,000 plus a variable component of up to 8 %, 25 days of holiday and a relocation package. They would like you to start on 1 January 2027, and they are flexible on a hybrid arrangement.

Their HR team will send you the formal offer letter within the next few days. Take your time to think it over, and call me any time if you want to talk it through.

Congratulations – very well deserved!

Best regards,
Sophie
""", company="Alpenfirn", contact="sophie.baumann@kellerbaumann.example.ch",
         parent="ap_resch", quote="en", fmt="alt", cte="quoted-printable"),

    mail("ap_offer_letter", K, "en", "2026-09-04 09:15 +0200",
         "Nora Imboden <nora.imboden@alpenfirn.example.ch>",
         "Offer of employment – Learning Experience Lead",
         """
Dear Ms Freitag,

Further to your conversations with Ms Baumann and our selection panel, we are delighted to offer you the position of Learning Experience Lead at Alpenfirn Versicherungen, reporting to Dr. Anna Keller-Imhof.

Please find your offer letter attached. It sets out your salary, benefits and the proposed start date of 1 January 2027. To accept the offer, please sign and return the letter by 18 September 2026.

We very much hope you will join us and look forward to hearing from you.

Kind regards,
Nora Imboden
HR Business Partner
Alpenfirn Versicherungen AG
Mythenquai 120, 8002 Zürich

This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it.
""", company="Alpenfirn", contact="nora.imboden@alpenfirn.example.ch", fmt="alt",
         cte="quoted-printable", cc="Sophie Baumann <sophie.baumann@kellerbaumann.example.ch>",
         attach=[("Alpenfirn_Offer_Letter_J_Freitag.pdf",
                  ["Alpenfirn Versicherungen - Offer of Employment",
                   "Candidate: Johanna Freitag",
                   "Position: Learning Experience Lead, People Development",
                   "Start date: 1 January 2027",
                   "Annual salary: CHF 118,000 plus variable component",
                   "Please sign and return by 18 September 2026"])]),

    mail("at_offer", K, "fr", "2026-07-06 11:30 +0200",
         "Camille Roth <camille.roth@savoirs-numeriques.example.fr>",
         "Proposition d'embauche - Conceptrice pédagogique digitale",
         """
Bonjour Johanna,

Suite à nos échanges et à votre entretien du 25 juin, j'ai le plaisir de vous proposer le poste de Conceptrice pédagogique digitale en CDI au sein d'Atelier Savoirs Numériques.

Vous trouverez en pièce jointe notre promesse d'embauche précisant la rémunération (38 000 € bruts annuels), la date de prise de poste souhaitée (1er septembre 2026) et les modalités de télétravail.

Nous serions ravis de vous compter parmi nous. Merci de nous faire part de votre réponse d'ici le 15 juillet.

Bien à vous,
Camille Roth
Responsable RH
Atelier Savoirs Numériques
""", company="Atelier Savoirs Numériques", contact="camille.roth@savoirs-numeriques.example.fr",
         fmt="alt", cte="quoted-printable", html_cte="base64",
         attach=[("Promesse_embauche_J_Freitag.pdf",
                  ["Atelier Savoirs Numériques - Promesse d'embauche",
                   "Madame Johanna Freitag",
                   "Poste : Conceptrice pédagogique digitale, CDI",
                   "Date de prise de poste : 1er septembre 2026",
                   "Rémunération : 38 000 EUR bruts annuels",
                   "Strasbourg, le 6 juillet 2026"])]),

    mail("ac_offer_verbal", K, "es", "2026-05-05 18:20 +0200",
         "Javier Navarro <javier.navarro@aulaclara.example.es>",
         "¡Queremos contar contigo!",
         """
Hola, Johanna:

Como te comentaba esta tarde por teléfono, nos encantaría que te incorporaras a Aula Clara como diseñadora instruccional en nuestro equipo de Sevilla. Te ofrecemos el puesto con contrato indefinido y jornada completa, con posibilidad de teletrabajo dos días a la semana.

Marta te enviará en los próximos días la carta oferta con todas las condiciones por escrito.

¡Estamos muy ilusionados!
Javier Navarro
Director de producción
Aula Clara Formación
""", company="Aula Clara Formación", contact="javier.navarro@aulaclara.example.es",
         cc="Marta Ruiz Ortega <marta.ruiz@aulaclara.example.es>", cte="8bit"),

    mail("ac_offer_letter", K, "es", "2026-05-08 12:10 +0200",
         "Marta Ruiz Ortega <marta.ruiz@aulaclara.example.es>",
         "Carta oferta – Diseñadora instruccional",
         """
Hola, Johanna:

Tal y como te adelantó Javier, adjunto la carta oferta para el puesto de Diseñadora instruccional en Aula Clara Formación.

Resumen de condiciones: contrato indefinido, salario bruto anual de 29.500 €, incorporación el 1 de julio de 2026 y dos días de teletrabajo semanales. Si estás de acuerdo, fírmala y devuélvemela antes del 20 de mayo.

Cualquier duda, aquí estoy.

Un abrazo,
Marta Ruiz Ortega
Responsable de Personas
Aula Clara Formación
""", company="Aula Clara Formación", contact="marta.ruiz@aulaclara.example.es",
         parent="ac_offer_verbal", fmt="alt", cte="quoted-printable",
         attach=[("Carta_oferta_Johanna_Freitag.pdf",
                  ["Aula Clara Formación - Carta oferta",
                   "Candidata: Johanna Freitag",
                   "Puesto: Diseñadora instruccional",
                   "Contrato indefinido, jornada completa",
                   "Salario bruto anual: 29.500 EUR",
                   "Incorporación: 1 de julio de 2026"])]),
]
