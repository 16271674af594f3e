
"""Job offers: verbal-offer follow-ups, formal letters, offer portals, four languages."""

from scenarios.common import (  # type: ignore[import-not-found]
    ASHBY,
    DISCLAIMER_DE,
    DISCLAIMER_EN,
    GREENHOUSE,
    USER,
    Msg,
    Quote,
    d,
)

K = "offer"

MSGS = [
    Msg(K, "en", "Cobalt Mobility", "written_offer_after_call",
        "Your offer from Cobalt Mobility",
        """Hi Alex,

It was a pleasure speaking with you this afternoon - congratulations again! As discussed, I'm delighted to formally offer you the position of Senior Data Engineer at Cobalt Mobility.

Headline terms:
- Base salary: $172,000 per year
- Equity: 12,000 stock options, vesting over four years
- Start date: Monday, May 4, 2026 (flexible)

The full offer letter is attached; you can review and sign it via DocuSign. Please let me know by Friday, April 24 whether you'd like to accept, and don't hesitate to call me with any questions.

We can't wait to have you on the team.

Jess Moreno
Head of Talent, Cobalt Mobility""",
        ("Jess Moreno", "jess.moreno@cobaltmobility.test"), d("2026-04-17 22:10"),
        contact="jess.moreno@cobaltmobility.test", struct="alt"),
    Msg(K, "en", "Granite Data", "greenhouse_offer_portal",
        "Granite Data - Offer Letter for Alex Rivera",
        """Hi Alex,

Congratulations! We are thrilled to extend you an offer to join Granite Data as an Analytics Engineer.

Please review your offer letter using the secure link below. The link expires in 7 days.

https://app.greenhouse.io/offers/view/6c1e93ab

If you have any questions about the offer, reply to this email and Oscar will get back to you.

Best,
Granite Data Recruiting""",
        ("Granite Data via Greenhouse", GREENHOUSE), d("2026-04-28 18:00"),
        reply_to=("Oscar Reyes", "oscar@granitedata.test"),
        contact="oscar@granitedata.test", struct="html"),
    Msg(K, "en", "Silverline Software", "verbal_offer_recap",
        "Offer details - Staff Engineer",
        """Hi Alex,

Thanks for hopping on the phone. Here's a recap of the offer for the Staff Engineer position, which I'm thrilled to share:

Base: $205,000
Sign-on bonus: $20,000
Annual bonus target: 15%
RSUs: $240,000 over 4 years
Start date: to be agreed, ideally in April

The official letter will come through from our HR system in the next day or so. Carla (your future manager) would love to chat if you have any questions about the team before you decide.

Congrats again!
Tom Lindqvist
Engineering Recruiter, Silverline Software""",
        ("Tom Lindqvist", "tom.lindqvist@silverline.test"), d("2026-03-25 23:00"),
        contact="tom.lindqvist@silverline.test", struct="b64"),
    Msg(K, "en", "Ironbridge Capital", "formal_offer_letter_uk",
        "Offer of Employment - Quantitative Developer",
        """Dear Alex,

Following your recent interviews, I am very pleased to offer you the position of Quantitative Developer at Ironbridge Capital LLP, based in our London office.

Your starting salary will be £115,000 per annum, together with eligibility for the discretionary bonus scheme and the benefits described in the enclosed contract. This offer is subject to satisfactory references and the completion of our standard background checks.

Please sign and return the enclosed contract by 10 April 2026 to confirm your acceptance.

We very much look forward to welcoming you to the firm.

Yours sincerely,

Edward Ashcroft
Graduate & Experienced Hire Recruitment
Ironbridge Capital LLP""",
        ("Edward Ashcroft", "edward.ashcroft@ironbridge.test"), d("2026-03-31 10:00"),
        contact="edward.ashcroft@ironbridge.test", struct="cp1252", footer=DISCLAIMER_EN),
    Msg(K, "en", "Paperkite", "startup_offer_casual",
        "welcome aboard? :)",
        """Alex!

Wen and I talked it over and we'd love for you to join Paperkite as our second frontend engineer. We're offering $145k base plus 0.4% equity (4-year vest, 1-year cliff), full health coverage and a $2k home office budget.

I'll send the formal paperwork tomorrow, but wanted you to hear it from me first. Take the weekend to think it over - and shout if you want to talk numbers.

Sam""",
        ("Sam Okafor", "sam@paperkite.test"), d("2026-02-06 01:30"),
        contact="sam@paperkite.test", struct="plain"),
    Msg(K, "en", "Meridian Health", "conditional_offer_reply_chain",
        "RE: Clinical Data Manager - decision",
        """Hi Alex,

Thanks for your patience - I have good news! The panel has decided to offer you the Clinical Data Manager position.

The conditional offer letter is attached, with a salary of $118,000 and a start date of June 1. The offer is contingent on a background check and verification of your credentials, which our partner will contact you about separately.

Please let me know if you have any questions, and congratulations!

Hannah Cole
Meridian Health Recruitment""",
        ("Hannah Cole", "hannah.cole@meridianhealth.test"), d("2026-04-24 19:20"),
        contact="hannah.cole@meridianhealth.test", struct="qp",
        quotes=(Quote(("Alex Rivera", USER[1]), d("2026-04-22 13:00"),
                      """Hi Hannah,

Thank you again for arranging the panel interview last week. I wanted to check if there's any update on the decision?

Best regards,
Alex Rivera""", style="outlook", subject="Clinical Data Manager - decision"),)),
    Msg(K, "en", "Lumen Health", "ashby_offer_html",
        "Your offer from Lumen Health 🎉",
        """Hi Alex,

On behalf of everyone at Lumen Health, congratulations! We're excited to offer you the role of Machine Learning Engineer.

Your offer letter is ready for you to review and sign: https://jobs.ashbyhq.com/lumenhealth/offer/ff01

Dana will reach out to schedule a call to walk through the details and answer any questions about benefits.

Welcome (we hope!) to the team,
Lumen Health Talent""",
        ("Lumen Health", ASHBY), d("2026-05-08 17:00"),
        reply_to=("Dana Whitfield", "dana.whitfield@lumenhealth.test"),
        contact="dana.whitfield@lumenhealth.test", struct="alt"),
    Msg(K, "en", "Cedar & Pine Architects", "small_firm_offer",
        "Junior BIM Coordinator – offer",
        """Dear Alex,

Thank you for coming in to meet us last week. We were delighted with the conversation, and I’m happy to say we would like to offer you the role of Junior BIM Coordinator.

The position is full-time, with a salary of £34,500 and 25 days’ holiday plus bank holidays. We’d hope for a start in early September.

I’ll post the contract to you, but do let me know in the meantime whether you’d like to accept.

Warm regards,
Fiona O’Neill
Studio Manager""",
        ("Fiona O'Neill", "fiona@cedarpine.test"), d("2026-08-04 14:00"),
        contact="fiona@cedarpine.test", struct="cp1252"),
    Msg(K, "en", "Tandem Bank", "offer_pending_references",
        "Tandem Bank – Risk Analyst offer",
        """Dear Alex,

I am delighted to confirm that we would like to offer you the role of Risk Analyst at Tandem Bank. Your offer pack, including your contract and details of our pension and benefits, is now available in the candidate portal.

This offer is subject to two satisfactory references and a credit check. Please accept or decline the offer in the portal within five working days.

Congratulations, and kind regards,
Olivia Grant
Resourcing Partner""",
        ("Olivia Grant", "olivia.grant@tandembank.test"), d("2026-03-04 10:30"),
        contact="olivia.grant@tandembank.test", struct="alt-b64", footer=DISCLAIMER_EN),
    # -------- German
    Msg(K, "de", "Nordlicht Software", "zusage_vertragsangebot",
        "Zusage: Data Engineer bei Nordlicht Software",
        """Hallo Alex,

wir freuen uns sehr, Dir mitteilen zu können, dass wir Dich gern als Data Engineer in unserem Team begrüßen möchten!

Im Anhang findest Du unser Vertragsangebot: 72.000 € Jahresgehalt, 30 Tage Urlaub, flexible Arbeitszeiten und bis zu drei Tage Homeoffice pro Woche. Als Starttermin schlagen wir den 1. Mai vor.

Gib uns bitte bis zum 10. April Bescheid, ob Du das Angebot annimmst. Bei Fragen ruf mich jederzeit an.

Herzliche Grüße
Julia Hartmann
People & Culture | Nordlicht Software GmbH""",
        ("Julia Hartmann", "julia.hartmann@nordlicht-software.test"), d("2026-03-30 15:00"),
        contact="julia.hartmann@nordlicht-software.test", struct="qp", footer=DISCLAIMER_DE),
    Msg(K, "de", "Kessler & Vogt", "vertragsangebot_formell",
        "Ihr Vertragsangebot",
        """Sehr geehrter Herr Rivera,

wir freuen uns, Ihnen nach den sehr angenehmen Gesprächen die Position als Senior Controller anbieten zu können.

Den Arbeitsvertrag in zweifacher Ausfertigung senden wir Ihnen per Post zu. Das Jahresbruttogehalt beträgt 88.000 €; der Eintritt ist zum 1. Juli 2026 vorgesehen.

Wir würden uns freuen, wenn Sie uns ein unterschriebenes Exemplar bis zum 15. Mai zurücksenden.

Mit freundlichen Grüßen
Sabine Wolf
Kessler & Vogt AG""",
        ("Sabine Wolf", "s.wolf@kessler-vogt.test"), d("2026-04-28 09:30"),
        contact="s.wolf@kessler-vogt.test", struct="latin1"),
    # -------- French
    Msg(K, "fr", "Lumière Conseil", "proposition_embauche",
        "Proposition d'embauche - Consultant Data",
        """Bonjour Alex,

J'ai le plaisir de vous annoncer que nous souhaitons vous proposer le poste de Consultant Data au sein de Lumière Conseil !

Vous trouverez ci-joint notre promesse d'embauche : CDI, rémunération annuelle brute de 52 000 €, prise de poste souhaitée le 2 mars 2026.

Nous vous remercions de nous faire part de votre décision d'ici le 13 février. Je reste bien entendu disponible pour en discuter.

Bien cordialement,
Camille Durand
Chargée de recrutement - Lumière Conseil""",
        ("Camille Durand", "camille.durand@lumiere-conseil.test"), d("2026-02-06 16:00"),
        contact="camille.durand@lumiere-conseil.test", struct="alt"),
    Msg(K, "fr", "Atelier Boréal", "offre_startup_fr",
        "Bonne nouvelle de la part d'Atelier Boréal",
        """Bonjour Alex,

Toute l'équipe a été conquise par vos entretiens : nous sommes heureux de vous faire une offre pour rejoindre Atelier Boréal en tant que Développeur Full-Stack !

Les conditions : 48 000 € brut annuel, BSPCE, télétravail deux jours par semaine, démarrage dès que possible. Je vous envoie la lettre d'offre officielle demain.

À très vite j'espère,
Margaux Petit
Atelier Boréal""",
        ("Margaux Petit", "margaux@atelier-boreal.test"), d("2026-03-27 17:45"),
        contact="margaux@atelier-boreal.test", struct="latin1"),
    # -------- Spanish
    Msg(K, "es", "Grupo Mirador", "oferta_empleo",
        "Oferta de empleo - Desarrollador Backend",
        """Hola Alex,

¡Enhorabuena! Nos alegra mucho comunicarte que queremos que te incorpores a Grupo Mirador como Desarrollador Backend.

Te adjunto la carta oferta con las condiciones: contrato indefinido, 46.000 € brutos anuales, jornada flexible y teletrabajo parcial. La fecha de incorporación prevista es el 6 de abril.

Te agradecería que nos confirmes tu respuesta antes del 20 de marzo. Cualquier duda, aquí estoy.

Un abrazo,
Lucía Fernández
Talent Acquisition | Grupo Mirador""",
        ("Lucía Fernández", "lucia.fernandez@grupomirador.test"), d("2026-03-13 13:00"),
        contact="lucia.fernandez@grupomirador.test", struct="qp"),
    Msg(K, "es", "Banco Andino", "oferta_formal_mx",
        "Banco Andino | Carta oferta",
        """Estimado Alex:

Nos complace ofrecerle el puesto de Analista de Riesgo Crediticio en Banco Andino. Adjuntamos la carta oferta con el detalle de su paquete de compensación y prestaciones.

Le agradeceremos firmar y devolver la carta a más tardar el 14 de agosto.

Atentamente,
Rodrigo Salinas
Gerente de Atracción de Talento
rodrigo.salinas@bancoandino.test""",
        ("Rodrigo Salinas", "rodrigo.salinas@bancoandino.test"), d("2026-08-07 18:30"),
        contact="rodrigo.salinas@bancoandino.test", struct="b64"),
]
