"""Corpus 301, offers: written offers, offer letters and contracts sent for signature."""

from __future__ import annotations

from msgs301_common import DISCLAIMER_DE, DISCLAIMER_EN, DISCLAIMER_ES

SPECS: list[dict] = [
    {
        "key": "mar_offer2", "kind": "offer", "lang": "es", "slug": "marisma_contrato_para_firma",
        "company": "Editorial Marisma", "contact": "rocio.almansa@marisma.example.es",
        "frm": ("Rocío Almansa Prieto", "rocio.almansa@marisma.example.es"),
        "subject": "RE: Propuesta de incorporación – Formadora de producto digital",
        "date": "2026-06-11 10:40 +0200", "parent": "mar_accept", "quote": "outlook",
        "charset": "windows-1252", "cte": "quoted-printable",
        "pdfs": [("Contrato_Marisma_Benitez_borrador.pdf", [
            "Editorial Marisma - Contrato de trabajo (borrador para firma)",
            "Trabajadora: Lucía Benítez Roldán",
            "Categoría: Formadora de producto digital",
            "Ámbito: Sevilla, Cádiz y Huelva",
            "Kilometraje: 0,26 EUR/km + dietas según convenio"])],
        "body": """Hola, Lucía:

Le respondo a sus preguntas: la zona incluye Sevilla, Cádiz y Huelva, con una media de dos desplazamientos semanales. Los kilómetros se abonan a 0,26 €/km y las dietas según convenio; para viajes largos ponemos coche de empresa.

Le adjunto el contrato en borrador con estas condiciones ya incorporadas. Si está conforme, puede firmarlo digitalmente y devolvérnoslo; mantenemos el plazo hasta el 26 de junio.

Un saludo cordial,
Rocío Almansa Prieto
Recursos Humanos · Editorial Marisma

""" + DISCLAIMER_ES.format(domain="marisma.example.es"),
    },
    {
        "key": "cn_contract", "kind": "offer", "lang": "es", "slug": "clasenube_contrato_firma_electronica",
        "company": "ClaseNube", "contact": "elena.castro@clasenube.example.es",
        "frm": ("ClaseNube People", "people@clasenube.example.es"),
        "reply_to": ("Elena Castro", "elena.castro@clasenube.example.es"),
        "subject": "Tu contrato con ClaseNube está listo para firmar ✍️",
        "date": "2026-10-13 12:00 +0200", "fmt": "html", "cte": "base64", "henc": ("utf-8", "b"),
        "brand": "ClaseNube People", "brand_color": "#1e88e5",
        "body": """¡Hola, Lucía!

Soy Elena, de People. Javier me cuenta que has aceptado nuestra oferta: ¡bienvenida a ClaseNube!

Tu contrato indefinido como Customer Education Specialist (35.500 € brutos anuales + bonus, incorporación el 2 de noviembre) ya está disponible para firma electrónica en este enlace:
https://firma.example.es/sobres/cn-2026-0488

Cuando lo firmes, te enviaremos el plan de onboarding y te pediremos tus datos para el portátil.

Cualquier duda, responde a este correo y te contesto yo directamente.

Elena Castro
People Operations · ClaseNube""",
    },
    {
        "key": "bd_offer", "kind": "offer", "lang": "en", "slug": "brightdesk_offer_letter",
        "company": "Brightdesk Learning", "contact": "rory.mccabe@brightdesk.example.ie",
        "frm": ("Rory McCabe", "rory.mccabe@brightdesk.example.ie"),
        "cc": [("Gráinne Daly", "grainne.daly@brightdesk.example.ie")],
        "subject": "Your offer from Brightdesk Learning",
        "date": "2026-07-28 17:15 +0100", "fmt": "alt", "cte": "quoted-printable",
        "pdfs": [("Brightdesk_Offer_Letter_L_Benitez.pdf", [
            "Brightdesk Learning - Offer of Employment",
            "Role: Customer Training Specialist (Remote, EU)",
            "Base salary: EUR 38,000 per annum",
            "Start date: 1 October 2026",
            "Please sign and return by 7 August 2026"])],
        "body": """Hi Lucía,

Following our call this afternoon, I'm delighted to formally offer you the role of Customer Training Specialist at Brightdesk Learning!

Your offer letter is attached. Headlines:
- Base salary of EUR 38,000 per year, paid through our Spanish employer-of-record partner
- Fully remote within the EU, with two team weeks in Dublin per year
- 25 days' annual leave plus Spanish public holidays
- Proposed start date: 1 October 2026

Please let us know your decision by Friday 7 August. Gráinne and I are happy to jump on a call to answer any questions.

Congratulations!
Rory McCabe
Talent Acquisition, Brightdesk Learning

""" + DISCLAIMER_EN.format(address="Block B, Charlemont Exchange, Dublin 2"),
    },
    {
        "key": "bd_contract", "kind": "offer", "lang": "en", "slug": "brightdesk_contract_for_signature",
        "company": "Brightdesk Learning", "contact": "rory.mccabe@brightdesk.example.ie",
        "frm": ("Rory McCabe", "rory.mccabe@brightdesk.example.ie"),
        "subject": "Re: Your offer from Brightdesk Learning",
        "date": "2026-08-05 09:30 +0100", "parent": "o_brightdesk_questions", "quote": "inline",
        "body": """Hi Lucía,

Great questions - yes, the team weeks are fully paid, and the EOR contract includes private health cover in Spain.

Since you're happy to go ahead, I've sent your employment contract for e-signature via our contracts platform; you should have an email titled "Brightdesk Learning - Employment Agreement" in the next few minutes. Once it's signed we'll get your equipment ordered.

Best,
Rory""",
    },
    {
        "key": "kf_offer", "kind": "offer", "lang": "de", "slug": "kinderfunke_vertragsangebot",
        "company": "Kinderfunke Verlag", "contact": "s.albrecht@kinderfunke.example.de",
        "frm": ("Sabine Albrecht", "s.albrecht@kinderfunke.example.de"),
        "subject": "Ihr Vertragsangebot – Produkttrainerin Digitale Lehrwerke",
        "date": "2026-08-27 14:45 +0200", "cte": "quoted-printable", "henc": ("utf-8", "b"),
        "body": """Sehr geehrte Frau Benítez,

wir freuen uns sehr, Ihnen nach dem Gespräch mit Herrn Dr. Weiland die Stelle als Produkttrainerin für unsere digitalen Lehrwerke anbieten zu können.

Unser Angebot im Überblick:
- unbefristete Anstellung in Vollzeit (39 Stunden), Dienstsitz Berlin, bis zu drei Tage mobiles Arbeiten pro Woche
- Jahresbruttogehalt 46.000 Euro
- 30 Tage Urlaub, Zuschuss zum Deutschlandticket
- Eintritt zum 1. November 2026

Bitte teilen Sie uns bis zum 4. September mit, ob Sie das Angebot annehmen. Den Arbeitsvertrag schicken wir Ihnen dann umgehend zur Unterschrift zu.

Mit freundlichen Grüßen
Sabine Albrecht
Personalreferentin · Kinderfunke Verlag

""" + DISCLAIMER_DE.format(address="Berlin, Amtsgericht Charlottenburg HRB 88121"),
    },
    {
        "key": "kf_contract", "kind": "offer", "lang": "de", "slug": "kinderfunke_arbeitsvertrag_unterschrift",
        "company": "Kinderfunke Verlag", "contact": "s.albrecht@kinderfunke.example.de",
        "frm": ("Sabine Albrecht", "s.albrecht@kinderfunke.example.de"),
        "subject": "AW: Ihr Vertragsangebot – Produkttrainerin Digitale Lehrwerke",
        "date": "2026-09-03 16:20 +0200", "parent": "o_kinderfunke_time", "quote": "inline",
        "cte": "quoted-printable",
        "pdfs": [("Arbeitsvertrag_Benitez_Kinderfunke.pdf", [
            "Kinderfunke Verlag - Arbeitsvertrag",
            "zwischen Kinderfunke Verlag und Frau Lucía Benítez Roldán",
            "Position: Produkttrainerin Digitale Lehrwerke",
            "Beginn: 1. November 2026, unbefristet",
            "Bruttojahresgehalt: 46.000 EUR"])],
        "body": """Sehr geehrte Frau Benítez,

selbstverständlich geben wir Ihnen etwas mehr Bedenkzeit – bis zum 18. September. Damit Sie alles in Ruhe prüfen können, erhalten Sie anbei bereits den Arbeitsvertrag in zweifacher Ausfertigung zur Unterschrift.

Bitte senden Sie uns ein unterschriebenes Exemplar per Post oder eingescannt zurück.

Mit freundlichen Grüßen
Sabine Albrecht""",
    },
    {
        "key": "ec_offer", "kind": "offer", "lang": "fr", "slug": "editions_capitole_promesse_embauche",
        "company": "Éditions Capitole", "contact": "agnes.marty@editions-capitole.example.fr",
        "frm": ("Agnès Marty", "agnes.marty@editions-capitole.example.fr"),
        "subject": "Proposition d'embauche – Formatrice numérique",
        "date": "2026-09-18 15:05 +0200", "charset": "iso-8859-1", "cte": "quoted-printable",
        "henc": ("windows-1252", "q"),
        "pdfs": [("Promesse_embauche_Benitez.pdf", [
            "Éditions Capitole - Promesse d'embauche",
            "Poste : Formatrice numérique (manuels scolaires du primaire)",
            "Contrat : CDI, statut agent de maîtrise",
            "Rémunération : 33 000 EUR bruts annuels sur 13 mois",
            "Prise de poste : 2 novembre 2026"])],
        "body": """Bonjour Madame Benítez,

À la suite de votre entretien du 9 septembre, j'ai le plaisir de vous proposer le poste de Formatrice numérique au sein des Éditions Capitole, en CDI, à compter du 2 novembre 2026.

Vous trouverez ci-joint la promesse d'embauche précisant la rémunération (33 000 euros bruts annuels sur 13 mois) et les conditions de la prise de poste à Toulouse.

Nous vous serions reconnaissants de nous faire part de votre réponse avant le 30 septembre.

Bien cordialement,
Agnès Marty
Responsable des ressources humaines
Éditions Capitole""",
    },
]
