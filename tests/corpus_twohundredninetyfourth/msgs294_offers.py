"""Corpus 294: job offers, offer letters and contracts sent for signature (offer)."""

from __future__ import annotations

from msgs294_common import m

K = "offer"

AOIFE = ("Aoife Brennan", "aoife.brennan@corribclinical.example.ie")
LAIA = ("Laia Puig i Serra", "laia.puig@mediterrania-ct.example.es")
RORY = ("Rory Kavanagh", "rory@liffeybio.example.ie")
MEHMET = ("Mehmet Yıldız", "m.yildiz@havel-personal.example.de")

MESSAGES = [
    m("f_offer", K, "en", "2026-06-15T18:20:41+01:00", RORY,
      "Offer - Clinical Operations Associate at Liffey Bio",
      """Hi Niamh,

I'm delighted to say we'd like to offer you the Clinical Operations Associate role!

The headline terms:
- Salary EUR 41,000 per year, plus 10% share options vesting over four years
- Start date: Monday 3 August 2026 (flexible)
- Hybrid: Tuesday to Thursday in Grand Canal Dock
- 25 days annual leave, health insurance from day one

Our Head of People, Gráinne, will send the formal offer letter once you've had a chance to
think it over. Happy to jump on a call if you have any questions.

Really hope you'll join us.
Rory
""", company="Liffey Biotherapeutics", contact="rory@liffeybio.example.ie", fmt="alt",
      brand="Liffey Biotherapeutics"),

    m("f_revised", K, "en", "2026-06-22T12:01:19+01:00",
      ("Gráinne Doyle", "grainne@liffeybio.example.ie"),
      "Re: Offer - Clinical Operations Associate at Liffey Bio",
      """Hi Niamh,

Thanks for coming back to us so openly about the salary and the commute from Cork. Rory and I
have talked it through and we can improve the offer:

- Salary EUR 44,500 per year (previously 41,000)
- A one-off relocation allowance of EUR 3,000
- Two on-site days per week for the first six months

The revised offer letter is attached. It remains open until Friday 3 July.

Warm regards,
Gráinne Doyle
Head of People, Liffey Biotherapeutics
""", company="Liffey Biotherapeutics", contact="grainne@liffeybio.example.ie", re="f_counter",
      quote="en", name_enc="q:utf-8",
      pdfs=[("Liffey_Bio_revised_offer_ODonoghue.pdf",
             ["Liffey Biotherapeutics - Revised offer of employment",
              "Candidate: Niamh O'Donoghue",
              "Role: Clinical Operations Associate",
              "Salary: EUR 44,500 per annum; relocation allowance EUR 3,000",
              "Offer valid until 3 July 2026"])]),

    m("g_offer", K, "de", "2026-06-10T16:40:00+02:00", MEHMET,
      "Zusage vom Studienzentrum am Lindenhof!",
      """Hallo Frau O'Donoghue,

tolle Nachrichten: Das Studienzentrum am Lindenhof möchte Sie einstellen! Frau Dr. Albrecht
war von Ihrem Gespräch sehr angetan.

Das Angebot: Einsatz als Studienassistenz ab 1. Juli 2026 für zunächst sechs Monate über die
Havel Personal, Vergütung nach Entgeltgruppe 5 iGZ (ca. 3.150 EUR brutto/Monat) plus
Branchenzuschlag, 30 Urlaubstage, Option auf Übernahme nach sechs Monaten.

Bitte geben Sie mir bis Freitag Bescheid, ob Sie annehmen. Dann schicke ich Ihnen den
Arbeitsvertrag zur Unterschrift.

Freundliche Grüße
Mehmet Yıldız
Personaldisponent Medizin & Pharma
Havel Personal GmbH
""", company="Studienzentrum am Lindenhof", contact="m.yildiz@havel-personal.example.de",
      subj_enc="q:utf-8", fmt="alt"),

    m("g_contract", K, "de", "2026-06-12T09:12:33+02:00", MEHMET,
      "Ihr Arbeitsvertrag zur Unterschrift - Einsatz Studienzentrum am Lindenhof",
      """Hallo Frau O'Donoghue,

wie angekündigt erhalten Sie anbei Ihren Arbeitsvertrag sowie die Einsatzbeschreibung für das
Studienzentrum am Lindenhof. Bitte lesen Sie beides in Ruhe durch, unterschreiben Sie den
Vertrag auf Seite 4 und senden Sie mir einen Scan bis zum 19. Juni zurück.

Bei Fragen rufen Sie mich jederzeit an.

Freundliche Grüße
Mehmet Yıldız
Havel Personal GmbH · Friedrichstraße 112 · 10117 Berlin
""", company="Studienzentrum am Lindenhof", contact="m.yildiz@havel-personal.example.de",
      cs="utf-8", cte="base64",
      pdfs=[("Arbeitsvertrag_ODonoghue_Lindenhof.pdf",
             ["Havel Personal - Arbeitsvertrag (befristet)",
              "Arbeitnehmerin: Niamh O'Donoghue",
              "Einsatzbetrieb: Studienzentrum am Lindenhof, Berlin",
              "Beginn: 01.07.2026 - Entgeltgruppe 5 iGZ",
              "Unterschrift Arbeitnehmerin: ____________________"]),
            ("Einsatzbeschreibung.pdf",
             ["Einsatzbeschreibung Studienassistenz",
              "Aufgaben: Studienordner, Probenlogistik, CRF-Eingabe"])]),

    m("d_offer", K, "fr", "2026-06-02T11:15:00+02:00",
      ("Camille Durand", "camille.durand@rhone-essais.example.fr"),
      "Proposition d'embauche - Assistante d'études cliniques",
      """Bonjour Niamh,

J'ai le plaisir de vous annoncer que nous souhaitons vous proposer le poste d'Assistante
d'études cliniques au sein de notre équipe start-up à Lyon.

Les conditions proposées sont les suivantes : CDD de 12 mois, rémunération brute annuelle de
31 000 €, prise de poste le 1er septembre 2026, forfait mobilité et accompagnement pour votre
installation à Lyon.

Vous trouverez ci-joint la promesse d'embauche. Nous vous serions reconnaissants de nous faire
part de votre décision avant le 12 juin.

Bien cordialement,
Camille Durand
Chargée de recrutement - Rhône Essais Cliniques
""", company="Rhône Essais Cliniques", contact="camille.durand@rhone-essais.example.fr",
      cs="windows-1252", cte="quoted-printable", fmt="alt",
      pdfs=[("Promesse_embauche_ODonoghue.pdf",
             ["Rhône Essais Cliniques - Promesse d'embauche",
              "Mme Niamh O'Donoghue",
              "Poste : Assistante d'études cliniques (CDD 12 mois)",
              "Rémunération : 31 000 € bruts annuels",
              "Date de prise de poste : 1er septembre 2026"])]),

    m("e_verbal", K, "es", "2026-09-24T17:48:02+02:00", LAIA,
      "RE: Thank you - Barcelona visit",
      """Hola Niamh,

Perdona el silencio de estas semanas: el proceso se alargó por las vacaciones y por la
aprobación del presupuesto. ¡Pero tengo muy buenas noticias! Jordi y la dirección han decidido
ofrecerte el puesto de Coordinadora de Ensayos Clínicos.

Te resumo la oferta: contrato indefinido, 34.000 € brutos anuales en 14 pagas, incorporación
en noviembre (fecha a acordar), jornada flexible y ayuda de 2.000 € para el traslado a
Barcelona.

La semana que viene te enviaremos la carta oficial. ¿Te va bien que hablemos el lunes por
teléfono para resolver dudas?

¡Enhorabuena!
Laia
""", company="Mediterrània Clinical Trials", contact="laia.puig@mediterrania-ct.example.es",
      re="e_thanks", quote="outlook_es", cs="windows-1252", cte="quoted-printable"),

    m("e_letter", K, "es", "2026-10-05T10:30:00+02:00",
      ("Mediterrània Clinical Trials", "no-reply@teamtailor-mail.com"),
      "Carta de oferta - Coordinadora de Ensayos Clínicos",
      """Hola Niamh,

Como te comentamos, adjuntamos tu carta de oferta formal para el puesto de Coordinadora de
Ensayos Clínicos en Mediterrània Clinical Trials.

Para aceptarla, firma el documento y devuélvelo respondiendo a este correo antes del 16 de
octubre. Laia Puig estará disponible para cualquier duda.

¡Estamos deseando darte la bienvenida al equipo!

Mediterrània Clinical Trials
""", company="Mediterrània Clinical Trials", contact="laia.puig@mediterrania-ct.example.es",
      reply_to=LAIA, fmt="html", brand="Mediterrània Clinical Trials",
      pdfs=[("Carta_oferta_ODonoghue.pdf",
             ["Mediterrania Clinical Trials - Carta de oferta",
              "Candidata: Niamh O'Donoghue",
              "Puesto: Coordinadora de Ensayos Clinicos",
              "Salario: 34.000 EUR brutos anuales; contrato indefinido",
              "Firma: ____________________"])]),

    m("a_verbal", K, "en", "2026-09-29T16:33:00+01:00", AOIFE,
      "Re: Thank you - panel interview",
      """Hi Niamh,

Thanks for your lovely note after the panel - and sorry for the wait. I tried to call you this
afternoon but it went to voicemail, so I'm putting it in writing: we'd like to offer you the
Study Start-Up Associate position!

The panel were really impressed with how you handled the start-up timeline exercise. The offer
is EUR 43,000 per year, permanent, based in Galway with two remote days a week, starting on
Monday 2 November (we can talk about that date).

I'll send the formal offer letter in the next couple of days. Congratulations!

Aoife
""", company="Corrib Clinical Research", contact="aoife.brennan@corribclinical.example.ie",
      re="a_thanks", quote="en"),

    m("a_letter", K, "en", "2026-10-02T11:06:27+01:00", AOIFE,
      "Offer of employment - Study Start-Up Associate (R-2026-0881)",
      """Dear Niamh,

Further to our conversation, I am pleased to attach your offer of employment for the position
of Study Start-Up Associate at Corrib Clinical Research.

The letter sets out your salary, benefits, probation period and start date. If you are happy
to accept, please sign and return a copy by Friday 16 October. Once we receive it we will
start the pre-employment checks and send you the contract of employment.

Please don't hesitate to call me with any questions.

Kind regards,
Aoife Brennan
Talent Acquisition Specialist
Corrib Clinical Research | Parkmore West Business Park, Galway H91 P2W7
""", company="Corrib Clinical Research", contact="aoife.brennan@corribclinical.example.ie",
      fmt="alt", brand="Corrib Clinical Research",
      pdfs=[("CCR_Offer_Letter_ODonoghue.pdf",
             ["Corrib Clinical Research - Offer of Employment",
              "Ms Niamh O'Donoghue, Cork",
              "Position: Study Start-Up Associate (R-2026-0881)",
              "Salary: EUR 43,000 per annum; permanent contract",
              "Probation: 6 months. Start date: 2 November 2026",
              "Signed for the company: Aoife Brennan"])]),

    m("a_contract", K, "en", "2026-10-09T14:25:50+01:00",
      ("Lorraine Cullen", "lorraine.cullen@corribclinical.example.ie"),
      "Your contract of employment for signature",
      """Dear Niamh,

Welcome to Corrib Clinical Research! Thank you for returning your signed offer letter.

Please find attached your contract of employment and our employee handbook acknowledgement.
Could you sign both and return them to me by 23 October? An electronic signature is fine.

If you have any questions about the contract, just let me know.

Kind regards,
Lorraine Cullen
HR Advisor
Corrib Clinical Research
""", company="Corrib Clinical Research", contact="lorraine.cullen@corribclinical.example.ie",
      cc=[AOIFE],
      pdfs=[("Contract_of_Employment_ODonoghue.pdf",
             ["Corrib Clinical Research - Contract of Employment",
              "Employee: Niamh O'Donoghue",
              "Job title: Study Start-Up Associate",
              "Commencement: 2 November 2026",
              "Employee signature: ____________________"]),
            ("Handbook_acknowledgement.pdf",
             ["I acknowledge receipt of the Corrib Clinical Research employee handbook.",
              "Signature: ____________________"])]),
]
