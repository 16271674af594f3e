"""Ninth corpus: offers (verbal offer follow-up, letters, conditional offers, contracts)."""

from functools import partial

from _spec import Spec

OF = partial(Spec, "offer")

SPECS = [
    OF("verbal_followup", "en", "Lumora Health", "jess.park@lumorahealth.example.com",
       "Jess Park <jess.park@lumorahealth.example.com>", "Following up",
       """Hi Inés,

It was so great to speak with you earlier! As promised, here's a summary of the offer we discussed on the phone for the Product Designer role:

- Base salary: €68,000 per year
- Fully remote within Portugal/Germany, with quarterly offsites
- 28 days PTO + public holidays
- Start date: flexible, ideally 2 November

The formal offer letter will follow from our HR system in the next day or two. Let me know if you have any questions in the meantime - we're really excited about the possibility of you joining Lumora!

Jess""",
       "2026-10-06T20:02:00-04:00", fmt="alt", cte="qp"),

    OF("letter_attached_uk", "en", "Greystone Publishing", "r.osei@greystonepub.example.com",
       "Rachel Osei <r.osei@greystonepub.example.com>", "Offer of employment - UX Researcher",
       """Dear Inés,

Further to our conversation this afternoon, I am delighted to attach your offer of employment for the role of UX Researcher at Greystone Publishing, together with our standard terms and conditions.

Please read these carefully, and if you are happy to accept, sign and return a copy by Friday 20 November. Do get in touch if anything needs clarifying.

We very much look forward to welcoming you to the team.

Best wishes,
Rachel

Rachel Osei
Head of Digital Product | Greystone Publishing""",
       "2026-11-13T16:45:00+00:00", attach="Greystone_Offer_Letter_Kowalczyk.pdf",
       fmt="alt", html_style="outlook", cte="qp"),

    OF("de_vertragsangebot", "de", "Nordlicht Mobility", "f.schulze@nordlicht.example.de",
       "Franziska Schulze <f.schulze@nordlicht.example.de>", "Dein Vertragsangebot",
       """Hallo Inés,

wie heute am Telefon besprochen: Wir möchten dich sehr gern als Product Designerin bei Nordlicht Mobility an Bord holen! Im Anhang findest du deinen Arbeitsvertrag.

Eckdaten: 72.000 € brutto/Jahr, 30 Urlaubstage, Start am 1. Dezember 2026, hybrid (2 Tage/Woche im Büro in Kreuzberg).

Bitte schick uns den unterschriebenen Vertrag bis zum 9. Oktober zurück – bei Fragen ruf mich jederzeit an.

Wir freuen uns riesig!
Franziska

Franziska Schulze
Talent Acquisition | Nordlicht Mobility GmbH
+49 30 6098 2240""",
       "2026-10-02T17:10:00+02:00", attach="Arbeitsvertrag_Kowalczyk.pdf", cte="qp"),

    OF("conditional_offer_nhs_style", "en", "Northgate University Hospital", "",
       "Northgate University Hospital <northgatehealth@icims.example.com>",
       "Conditional offer of employment",
       """Dear Ines,

Following your recent interview, we are pleased to offer you the post of Digital Patient Experience Designer, Band 7, subject to satisfactory pre-employment checks.

This offer is conditional upon receipt of two satisfactory references, confirmation of your right to work in the UK, and occupational health clearance.

Please log in to the candidate portal to accept or decline this conditional offer within 5 working days.

Northgate University Hospital Human Resources""",
       "2026-10-30T11:20:00+00:00", fmt="html", html_style="ats", cte="qp"),

    OF("fr_promesse_embauche", "fr", "Atelier Sorel", "camille.roux@ateliersorel.example.fr",
       "Camille Roux <camille.roux@ateliersorel.example.fr>", "Proposition d'embauche",
       """Bonjour Inés,

Je suis ravie de te confirmer par écrit ce que je t'ai annoncé au téléphone : nous souhaitons t'accueillir chez Atelier Sorel en tant que UX Researcher, en CDI, à partir du 4 janvier 2027.

Tu trouveras en pièce jointe la promesse d'embauche détaillant la rémunération (52 k€ brut annuel) et les conditions. Peux-tu nous la retourner signée d'ici le 20 novembre ?

On a hâte de travailler avec toi !
Camille""",
       "2026-11-10T18:02:00+01:00", attach="Promesse_embauche_Kowalczyk.pdf",
       charset="windows-1252", cte="qp"),

    OF("es_oferta_formal", "es", "Cometa Pagos", "javier.ortega@cometapagos.example.es",
       "Javier Ortega <javier.ortega@cometapagos.example.es>", "Oferta - Senior Product Designer",
       """Hola Inés:

¡Enhorabuena! Nos alegra mucho comunicarte que queremos ofrecerte el puesto de Senior Product Designer en Cometa Pagos.

Te adjunto la carta oferta con el detalle de las condiciones: salario fijo de 58.000 € brutos anuales, bonus de hasta el 10 %, trabajo remoto desde Portugal y fecha de incorporación a convenir.

Tienes hasta el viernes 13 de noviembre para darnos una respuesta. Si quieres comentar cualquier punto, llámame cuando quieras.

Un abrazo,
Javier Ortega
Talent Partner · Cometa Pagos""",
       "2026-11-05T13:30:00+01:00", attach="Carta_oferta_Cometa.pdf", cte="b64"),

    OF("workday_offer_letter_ready", "en", "Castellane Hotels & Resorts", "",
       "Castellane Hotels & Resorts <castellane@myworkday.com>",
       "Action Required: Review Your Offer",
       """Dear Inés,

Congratulations! We are pleased to extend an offer of employment for the position of Digital Experience Designer.

Your offer letter is now available in your Workday candidate home. Please sign in to review and electronically sign the offer by November 16, 2026.

Castellane Hotels & Resorts Talent Acquisition""",
       "2026-11-09T04:10:00+00:00", fmt="html", html_style="ats", cte="b64"),

    OF("startup_pleased_to_offer", "en", "Saltmarsh", "kit@saltmarsh.example.com",
       "Kit Morgan <kit@saltmarsh.example.com>", "Saltmarsh offer 🎉",
       """Inés!

Really pleased to offer you the Founding Product Designer role at Saltmarsh. Details:

€75k base + 0.4% options (4yr vest, 1yr cliff)
Remote, Lisbon-based is perfect
Start whenever works for you in Dec/Jan

Contract via DocuSign coming from our ops person shortly. Happy to jump on a call tonight or tomorrow if you want to talk anything through.

Kit""",
       "2026-10-23T19:44:00+01:00"),

    OF("agency_offer_call_summary", "en", "Ostrander Bank", "jack.whitlow@talentbridge.example.co.uk",
       "Jack Whitlow <jack.whitlow@talentbridge.example.co.uk>", "OFFER!! Ostrander Bank",
       """Ines!!

Following on from our call - Ostrander Bank have come back and want to offer you the Senior UX Designer role!! Absolutely brilliant news.

To confirm what they've put forward:
- £62,500 base
- 10% bonus target
- Hybrid, 2 days in the London office
- Start date 4th January

Written offer will come directly from their HR team. Let me know if you want me to go back to them on anything, otherwise I'll confirm your verbal acceptance.

Massive congrats!!
Jack""",
       "2026-11-04T17:20:00+00:00"),

    OF("de_zusage_behoerde", "de", "Landesamt für Digitalisierung Brandenburg", "j.fiedler@ldb.example.de",
       "\"Fiedler, Jana\" <j.fiedler@ldb.example.de>",
       "Einstellungszusage – Kennziffer 44/2026",
       """Sehr geehrte Frau Kowalczyk,

ich freue mich, Ihnen mitteilen zu können, dass die Auswahlkommission sich für Sie entschieden hat. Wir bieten Ihnen die Stelle „Referentin User Experience“ (E 13 TV-L) zum 1. Januar 2027 an.

Die Einstellung steht unter dem Vorbehalt der Zustimmung des Personalrats. Bitte teilen Sie uns bis zum 27. November mit, ob Sie das Angebot annehmen; den Arbeitsvertrag erhalten Sie anschließend per Post.

Mit freundlichen Grüßen
Im Auftrag
Jana Fiedler
Referat Z2 – Personal
Landesamt für Digitalisierung Brandenburg""",
       "2026-11-18T10:40:00+01:00", cte="qp", encode_subject=True, fmt="alt", html_style="outlook"),
]
