"""Fifth corpus: offers, hand-written (see make_fifth.py)."""

K = "offer"

MESSAGES = [
    {
        "slug": "verbal_offer_followup", "kind": K, "lang": "en", "company": "Larchmont Supply Co",
        "contact": "gina.russo@larchmontsupply.example.com",
        "frm": ("Gina Russo", "gina.russo@larchmontsupply.example.com"),
        "subject": "Following up", "date": "Wed, 01 Apr 2026 17:30:00 -0400",
        "text": """Hi Kim,

Great speaking with you this afternoon! As discussed on the phone, I'm delighted to confirm our offer for the Demand Planning Manager position:

- Base salary: $118,000
- Target bonus: 10%
- Start date: Monday, May 4 (flexible)
- Hybrid, 3 days/week at our Stamford office

The formal offer letter will come through from HR tomorrow. Take the weekend to think it over and call me with any questions.

Welcome (hopefully!) to Larchmont,
Gina

Gina Russo | VP Supply Chain | Larchmont Supply Co
""",
    },
    {
        "slug": "offer_letter_attached", "kind": K, "lang": "en", "company": "Evergreen Bioworks",
        "contact": "hr@evergreenbioworks.example.com",
        "frm": ("Evergreen Bioworks HR", "hr@evergreenbioworks.example.com"),
        "subject": "Offer of Employment - Kim Novak", "date": "Thu, 02 Apr 2026 10:05:00 -0700",
        "fmt": "alt", "html_style": "outlook", "attach": [("Offer_Letter_Kim_Novak.pdf", "application/pdf")],
        "text": """Dear Kim,

On behalf of Evergreen Bioworks, we are pleased to offer you the position of Bioprocess Engineer, reporting to Dr. Alan Cho. Please find your offer letter attached, which outlines compensation, benefits and the terms of employment.

To accept, please sign and return the letter by April 9, 2026. This offer is contingent upon successful completion of a background check.

We're excited about the possibility of you joining the team.

Sincerely,
Monica Reyes
HR Business Partner, Evergreen Bioworks
""",
    },
    {
        "slug": "conditional_offer_school_dbs", "kind": K, "lang": "en", "company": "Ashdown Park School",
        "contact": "m.clarke@ashdownpark.example.org",
        "frm": ("Clarke, Michelle", "m.clarke@ashdownpark.example.org"),
        "subject": "Conditional Offer of Employment - Teacher of Computing", "date": "Fri, 03 Apr 2026 14:20:00 +0100",
        "fmt": "alt", "html_style": "outlook",
        "text": """Dear Kim,

Further to your interview on Wednesday and the Headteacher's telephone call, I am writing to confirm the offer of the post of Teacher of Computing (MPS 3) from 1 September 2026.

This offer is conditional upon the receipt of two satisfactory references, an enhanced DBS check, confirmation of your right to work in the UK and medical clearance. Please complete the attached pre-employment forms and bring your original documents on your induction day.

We are delighted that you will be joining us.

Yours sincerely,
Michelle Clarke
HR Manager, Ashdown Park School
""",
        "attach": [("Pre-employment_forms.pdf", "application/pdf")],
    },
    {
        "slug": "contract_to_sign", "kind": K, "lang": "en", "company": "Harbourline Ferries",
        "contact": "people@harbourline.example.com",
        "frm": ("Harbourline People Team", "people@harbourline.example.com"),
        "subject": "Your contract - please sign", "date": "Mon, 06 Apr 2026 09:00:00 +0100",
        "text": """Hi Kim,

Congratulations again on accepting the Marine Operations Coordinator role - we're thrilled!

Your contract of employment is ready for signature. You'll receive a separate signing request from our e-signature provider in the next few minutes; please review and sign by Friday. If anything in it doesn't match what you agreed with Callum, reply here and we'll sort it.

Best,
Ruth
Harbourline People Team
""",
    },
    {
        "slug": "indian_extend_offer_revert", "kind": K, "lang": "en", "company": "Anvaya Technologies",
        "contact": "sneha.kulkarni@anvayatech.example.com",
        "frm": ("Sneha Kulkarni", "sneha.kulkarni@anvayatech.example.com"),
        "subject": "Offer - Senior Data Engineer - Anvaya Technologies", "date": "Tue, 07 Apr 2026 18:45:00 +0530",
        "cte": "7bit", "attach": [("Anvaya_Offer_KimNovak.pdf", "application/pdf")],
        "text": """Dear Kim,

Congratulations!!

With reference to your interviews with us, we are pleased to extend an offer to you for the position of Senior Data Engineer at Anvaya Technologies, Bengaluru. Please find attached the offer letter with the CTC break-up.

Kindly revert with your acceptance by 10th April, along with your expected date of joining.

Looking forward to have you on board.

Warm Regards,
Sneha Kulkarni
Manager - Talent Acquisition
Anvaya Technologies Pvt. Ltd.
""",
    },
    {
        "slug": "agency_they_want_you", "kind": K, "lang": "en", "company": "Copperfield Brewing",
        "contact": "lewis@talentforge.example.com",
        "frm": ("Lewis Grant", "lewis@talentforge.example.com"),
        "subject": "THEY WANT YOU!!!", "date": "Wed, 08 Apr 2026 16:01:00 +0100",
        "text": """KIM!!!

Copperfield Brewing have come back and they want to offer you the Production Manager job!!! 🎉🎉

Offer is £62k base + 10% bonus + car allowance, start date negotiable. Paperwork will follow from their HR but I wanted to tell you first!!

Give me a call when you can - so so pleased for you!!

Lewis
TalentForge | Food & Drink Manufacturing
""",
    },
    {
        "slug": "vertragsangebot_formal", "kind": K, "lang": "de", "company": "Weidmann Automotive",
        "contact": "c.hahn@weidmann-automotive.example.com",
        "frm": ("Hahn, Claudia", "c.hahn@weidmann-automotive.example.com"),
        "subject": "Ihr Vertragsangebot - Projektleiterin Einkauf", "date": "Thu, 09 Apr 2026 11:00:00 +0200",
        "charset": "iso-8859-1", "cte": "quoted-printable", "hcharset": "iso-8859-1",
        "attach": [("Arbeitsvertrag_Novak.pdf", "application/pdf")],
        "text": """Sehr geehrte Frau Novak,

wir freuen uns sehr, Ihnen nach den positiven Gesprächen die Position der Projektleiterin Einkauf (m/w/d) an unserem Standort Zwickau anbieten zu können.

Anbei erhalten Sie Ihren Arbeitsvertrag. Bitte senden Sie uns ein unterschriebenes Exemplar bis zum 20.04.2026 zurück. Bei Fragen zu den Vertragsinhalten stehe ich Ihnen gern zur Verfügung.

Wir freuen uns auf die Zusammenarbeit!

Mit freundlichen Grüßen
Claudia Hahn
HR Business Partner
Weidmann Automotive GmbH
""",
    },
    {
        "slug": "wir_wollen_dich", "kind": K, "lang": "de", "company": "Seilschaft Software",
        "contact": "jana@seilschaft.example.com",
        "frm": ("Jana Roth", "jana@seilschaft.example.com"),
        "subject": "Wir wollen dich! 🎉", "date": "Fri, 10 Apr 2026 19:19:00 +0200",
        "text": """Hi Kim,

nach dem Teamtag gestern war die Sache für uns alle klar: Wir möchten dir die Stelle als Backend-Entwickler:in anbieten!

Die Eckdaten: 72.000 € brutto im Jahr, 30 Tage Urlaub, 100 % remote möglich, Start am 1. Juni oder nach Absprache. Das schriftliche Angebot schicke ich dir Montag.

Meld dich gern, wenn du vorher Fragen hast - wir würden uns riesig freuen!

Jana
People Lead @ Seilschaft Software
""",
    },
    {
        "slug": "promesse_embauche", "kind": K, "lang": "fr", "company": "Domaine Lavergne",
        "contact": "a.lavergne@domaine-lavergne.example.fr.test",
        "frm": ("Antoine Lavergne", "a.lavergne@domaine-lavergne.example.fr.test"),
        "subject": "Proposition d'embauche", "date": "Mon, 13 Apr 2026 08:45:00 +0200",
        "charset": "windows-1252", "cte": "quoted-printable", "hcharset": "iso-8859-1",
        "attach": [("Promesse_embauche_Novak.pdf", "application/pdf")],
        "text": """Bonjour Kim,

Suite à nos échanges, j'ai le plaisir de vous confirmer notre proposition d'embauche en CDI pour le poste de Responsable logistique et export, à compter du 1er juin 2026.

Vous trouverez ci-joint la promesse d'embauche détaillant la rémunération (42 k€ bruts annuels + 13e mois) et les conditions. Merci de me la retourner signée si elle vous convient.

Au plaisir de vous accueillir au domaine,

Antoine Lavergne
Gérant - Domaine Lavergne
""",
    },
    {
        "slug": "carta_oferta", "kind": K, "lang": "es", "company": "Grupo Tordesillas",
        "contact": "b.navarro@grupotordesillas.example.com",
        "frm": ("Beatriz Navarro", "b.navarro@grupotordesillas.example.com"),
        "subject": "Carta oferta - Responsable de Almacén", "date": "Tue, 14 Apr 2026 13:13:00 +0200",
        "attach": [("Carta_oferta_Kim_Novak.pdf", "application/pdf")],
        "text": """Hola Kim:

¡Enhorabuena! Tras finalizar el proceso de selección, nos complace ofrecerte el puesto de Responsable de Almacén en nuestro centro de Valladolid.

Te adjunto la carta oferta con las condiciones (salario, jornada y fecha de incorporación). Si estás de acuerdo, te agradecería que nos la devolvieras firmada antes del 21 de abril.

Cualquier duda, llámame sin problema.

Un saludo,
Beatriz Navarro
Responsable de Personas - Grupo Tordesillas
""",
    },
]
