"""Offers for the final corpus: verbal follow-ups, letters attached, conditional offers, contracts."""

from make_final import ME, Spec, q_gmail

K = "offer"

SPECS = [
    Spec(
        K, "verbal_followup", "en", ("Erin Walsh", "erin.walsh@stonebridge.example.com"),
        "Following up on our call", date="2026-02-25T17:45-05:00", company="Stonebridge Analytics",
        contact="erin.walsh@stonebridge.example.com",
        text="""Hi Robin,

It was so great to speak this afternoon and share the news! As discussed, we're thrilled to offer you the position of Staff Data Engineer. To recap the key points: base salary of $186,000, 15% target bonus, 0.05% equity, start date of March 23.

The formal offer letter will come through DocuSign tomorrow morning. Take the weekend to think it over and call me with any questions at all.

Erin Walsh
VP People, Stonebridge Analytics
c: 917-555-0164
""",
    ),
    Spec(
        K, "offer_letter_attached_uk", "en", ("Rachel Doyle", "rachel.doyle@fenwickcross.example.co.uk"),
        "Offer of employment", date="2026-03-02T12:00+00:00", company="Fenwick Cross", contact="rachel.doyle@fenwickcross.example.co.uk",
        fmt="alt", layout=1, attach=("Offer_Letter_R_Okafor.pdf", "Contract_of_Employment.pdf"),
        text="""Dear Robin,

Following your recent interview, I am delighted to confirm our offer of employment for the position of Senior Analyst, Transaction Services, at a salary of £68,500 per annum.

Please find attached your offer letter and contract of employment. I should be grateful if you would sign and return a copy of each by Friday 13 March.

This offer is conditional upon satisfactory references and the right to work in the UK.

Yours sincerely,

Rachel Doyle
HR Business Partner
Fenwick Cross LLP
""",
    ),
    Spec(
        K, "pleased_to_offer_hospital", "en", ("Michael Osei", "michael.osei@riverbendhealth.example.org"),
        "Conditional offer - Clinical Data Manager", date="2026-01-30T10:30-06:00", company="Riverbend Health",
        contact="michael.osei@riverbendhealth.example.org", fmt="alt", attach=("Riverbend_Conditional_Offer.pdf",),
        text="""Dear Robin,

On behalf of Riverbend Health, I am pleased to offer you the position of Clinical Data Manager in the Department of Quality & Safety. This offer is contingent upon successful completion of a background check, drug screen and verification of your credentials.

The attached letter details compensation and benefits. Please review, sign and return it by February 6, 2026.

We look forward to welcoming you to the team!

Michael Osei
Talent Acquisition Manager, Riverbend Health
""",
    ),
    Spec(
        K, "startup_slack_style", "en", ("Kai Tanaka", "kai@moonbeam.example.dev"),
        "🎉", date="2026-03-18T21:02-07:00", company="Moonbeam", contact="kai@moonbeam.example.dev",
        text="""Robin!! The team is unanimous - we'd love to have you join Moonbeam as our second backend engineer. Offer details in the doc below, happy to hop on a call tomorrow to walk through equity.

https://docs.example.com/moonbeam/offer-robin

Kai
(CEO, Moonbeam)
""",
    ),
    Spec(
        K, "indian_offer_letter", "en", ("HR Operations - Anantara Digital", "hrops@anantaradigital.example.in"),
        "Offer Letter - Lead Data Scientist", date="2026-02-19T17:30+05:30", company="Anantara Digital",
        reply_to=("Deepa Krishnan", "deepa.k@anantaradigital.example.in"), contact="deepa.k@anantaradigital.example.in",
        attach=("Offer_Letter_Robin_Okafor.pdf",),
        text="""Dear Robin,

Congratulations!

We are pleased to extend an offer to you for the position of Lead Data Scientist with Anantara Digital Pvt Ltd at an annual CTC of INR 48,00,000. Please find enclosed the offer letter for your kind perusal.

Kindly send us your acceptance by 24-Feb-2026 along with the documents mentioned in the annexure. Request you to revert in case of any queries.

Regards,
Deepa Krishnan
Manager - HR Operations
""",
    ),
    Spec(
        K, "agency_offer_excited", "en", ("Ryan Cole", "ryan.cole@summitsearch.example.com"),
        "THEY WANT YOU!!!", date="2026-02-13T16:20-06:00", company="Ironwood Manufacturing",
        contact="ryan.cole@summitsearch.example.com",
        text="""Robin!!!

Just got off the phone with Ironwood Manufacturing - they're making you an offer for the Operations Analytics Manager role!!! $142k base + 10% bonus, relocation covered. Written offer coming from their HR tomorrow.

Call me when you can, I want to talk through it with you!!!

Ryan Cole | Summit Search Group | 312-555-0187
""",
    ),
    Spec(
        K, "de_vertragsangebot", "de", ("Miriam Ostermann", "m.ostermann@falkenberg-it.example.de"),
        "Ihr Vertragsangebot", date="2026-03-06T15:15+01:00", company="Falkenberg IT", contact="m.ostermann@falkenberg-it.example.de",
        fmt="alt", layout=1, charset="iso-8859-1", cte="quoted-printable", attach=("Arbeitsvertrag_Okafor.pdf",),
        text="""Sehr geehrter Herr Okafor,

wir freuen uns sehr, Ihnen nach den angenehmen Gesprächen die Position als Senior Cloud Engineer anbieten zu können. Anbei erhalten Sie Ihren Arbeitsvertrag in zweifacher Ausfertigung.

Bitte senden Sie uns ein unterschriebenes Exemplar bis zum 16. März zurück. Für Rückfragen stehe ich Ihnen jederzeit gerne zur Verfügung.

Wir freuen uns auf die Zusammenarbeit!

Mit freundlichen Grüßen
Miriam Ostermann
Leiterin Personal, Falkenberg IT GmbH
""",
    ),
    Spec(
        K, "fr_promesse_embauche", "fr", ("Aurélie Fontaine", "aurelie.fontaine@ciel-ouvert.example.fr"),
        "Proposition d'embauche – Product Manager", date="2026-02-27T18:05+01:00", company="Ciel Ouvert",
        contact="aurelie.fontaine@ciel-ouvert.example.fr", attach=("Promesse_embauche_Okafor.pdf",),
        text="""Bonjour Robin,

Suite à nos différents échanges, j'ai le plaisir de vous confirmer notre souhait de vous accueillir au sein de Ciel Ouvert en tant que Product Manager, en CDI, avec une rémunération annuelle brute de 62 000 euros.

Vous trouverez ci-joint la promesse d'embauche. Merci de nous la retourner signée si elle vous convient.

Bien cordialement,
Aurélie Fontaine
DRH – Ciel Ouvert
""",
    ),
    Spec(
        K, "es_oferta_formal", "es", ("Alberto Ruiz", "aruiz@energiasdelsur.example.es"),
        "Oferta de empleo", date="2026-03-10T13:30+01:00", company="Energías del Sur", contact="aruiz@energiasdelsur.example.es",
        fmt="alt", layout=1, charset="iso-8859-1",
        text="""Estimado Robin:

Tras finalizar el proceso de selección, nos complace ofrecerle el puesto de Ingeniero de Datos en Energías del Sur, con una retribución bruta anual de 52.000 euros y incorporación el 1 de abril.

Le adjuntaremos el contrato en los próximos días. Le rogamos nos confirme su aceptación por escrito.

Reciba un cordial saludo,
Alberto Ruiz
Director de Personas
""",
    ),
    Spec(
        K, "reply_chain_offer", "en", ("Helena Marsh", "helena@quietharbor.example.org"),
        "Re: Thank you", date="2026-01-24T09:14-08:00", company="Quiet Harbor Foundation",
        contact="helena@quietharbor.example.org",
        text="""Robin,

Thank you for the kind note. I have good news to share in return: the board approved the hire yesterday and we would like to offer you the Data & Evaluation Lead position at the salary we discussed. I'll send the formal letter on Monday.

Warmly,
Helena
Executive Director, Quiet Harbor Foundation

""" + q_gmail(ME, "Thu, Jan 22, 2026 at 6:02 PM", "Dear Helena,\nThank you for taking the time to meet with me today. I enjoyed learning about the evaluation work.\nBest,\nRobin"),
    ),
]
