"""offer: verbal and written offers, offer letters, contracts for signature."""

from __future__ import annotations

from msgs307_common import Spec, html, m

K = "offer"

SPECS: list[Spec] = [
    m(K, "de", "helvia_offer", ("Anna Zürcher", "anna.zuercher@helvia.example.ch"),
      "Stellenangebot Case Managerin Krankentaggeld", "2026-03-24 16:20 +0100",
      """
Liebe Frau Baumgartner

Es freut mich sehr, Ihnen im Namen der Helvia Krankenversicherung die Stelle als Case
Managerin Krankentaggeld (90 %) anbieten zu dürfen. Das Team um Corinne Wyss und Markus Gerber
war von Ihrer Fallbearbeitung und Ihrer ruhigen Art im Gespräch beeindruckt.

Die Eckdaten unseres Angebots:
- Eintritt per 1. Juni 2026 oder nach Vereinbarung
- Pensum 90 %, Arbeitsort Bern mit bis zu zwei Tagen Homeoffice pro Woche
- Jahreslohn brutto CHF 94'500 (bei 100 %: CHF 105'000), 13 Monatslöhne
- Weiterbildung CAS Case Management wird von uns zu 80 % finanziert

Das detaillierte Angebotsschreiben finden Sie im Anhang. Wir würden uns über Ihre Zusage bis
zum 3. April freuen. Für Fragen rufen Sie mich jederzeit an.

Herzliche Grüsse
Anna Zürcher
HR Business Partnerin
Helvia Krankenversicherung
Laupenstrasse 40, 3008 Bern | +41 31 388 42 17
""", company="Helvia Krankenversicherung", contact="anna.zuercher@helvia.example.ch",
      key="h_offer", parent="h_inv2", fmt="mixed", name_enc=("q", "utf-8"),
      cte="quoted-printable",
      pdfs=[("Angebot_Baumgartner_Helvia.pdf",
             ["Helvia Krankenversicherung - Stellenangebot",
              "Frau Lena Baumgartner, Bern",
              "Funktion: Case Managerin Krankentaggeld, Pensum 90 %",
              "Eintritt: 1. Juni 2026", "Jahreslohn brutto CHF 94'500 (13 Monatsloehne)",
              "Bitte bestaetigen Sie bis 3. April 2026."])]),

    m(K, "de", "helvia_contract", ("Helvia HR Services", "hr-services@helvia.example.ch"),
      "Ihr Arbeitsvertrag zur Unterzeichnung", "2026-04-08 09:10 +0200",
      """
Guten Tag Frau Baumgartner

Herzlichen Dank für Ihre Zusage! Im Anhang erhalten Sie Ihren Arbeitsvertrag in zweifacher
Ausführung sowie das Personalblatt.

Bitte senden Sie uns ein unterzeichnetes Exemplar des Vertrags und das ausgefüllte
Personalblatt bis am 20. April zurück (per Post oder eingescannt an diese Adresse).

Wir freuen uns auf Ihren Start am 1. Juni!

Freundliche Grüsse
HR Services
Helvia Krankenversicherung
""", company="Helvia Krankenversicherung", contact="hr-services@helvia.example.ch",
      cc=[("Anna Zürcher", "anna.zuercher@helvia.example.ch")], fmt="mixed",
      charset="iso-8859-1", cte="base64",
      pdfs=[("Arbeitsvertrag_Baumgartner.pdf",
             ["Arbeitsvertrag", "zwischen Helvia Krankenversicherung und Lena Baumgartner",
              "Funktion: Case Managerin Krankentaggeld", "Beginn: 1. Juni 2026",
              "Ort, Datum, Unterschrift: ____________"]),
            ("Personalblatt.pdf", ["Personalblatt", "Name, Vorname:", "AHV-Nummer:",
                                   "Bankverbindung (IBAN):"])]),

    m(K, "de", "bergsonne_verbal", ("Ursula Kälin", "ursula.kaelin@bergsonne.example.ch"),
      "Nach unserem Telefonat – wir möchten Sie gerne im Team!", "2026-03-23 18:05 +0100",
      """
Liebe Frau Baumgartner

Wie eben am Telefon gesagt: Nach dem Schnuppertag vom 19. März sind wir uns einig – wir
möchten Ihnen die Stelle als Pflegefachfrau HF mit Fallführung anbieten, 80 %, Start per
1. Mai oder nach Vereinbarung, Lohn gemäss unserem Reglement Stufe 14 (ca. CHF 7'350 pro
Monat bei 100 %).

Lassen Sie sich ruhig ein paar Tage Zeit. Wenn Sie zusagen, schicke ich Ihnen den Vertrag.

Herzliche Grüsse
Ursula Kälin
Leiterin Pflege, Rehaklinik Bergsonne
""", company="Rehaklinik Bergsonne", contact="ursula.kaelin@bergsonne.example.ch",
      key="b_offer", parent="b_resch", quote=True, name_enc=("q", "iso-8859-1"),
      charset="windows-1252", cte="quoted-printable"),

    m(K, "de", "bergsonne_contract", ("Personalabteilung Rehaklinik Bergsonne", "personal@bergsonne.example.ch"),
      "Arbeitsvertrag Lena Baumgartner – bitte unterschreiben", "2026-04-14 10:32 +0200",
      "", company="Rehaklinik Bergsonne", contact="personal@bergsonne.example.ch",
      fmt="mixed",
      html=html("Sehr geehrte Frau Baumgartner",
                "Im Auftrag von Frau Kälin senden wir Ihnen den Arbeitsvertrag als "
                "Pflegefachfrau HF mit Fallführung (80 %) zur Unterschrift.",
                "Bitte unterzeichnen Sie beide Exemplare und retournieren Sie eines davon bis "
                "am 24. April 2026 an uns. Sie können den Vertrag auch elektronisch signieren "
                "und per E-Mail zurücksenden.",
                "Freundliche Grüsse<br>Personalabteilung<br>Rehaklinik Bergsonne"),
      pdfs=[("Arbeitsvertrag_Bergsonne_Baumgartner.pdf",
             ["Rehaklinik Bergsonne - Arbeitsvertrag", "Lena Baumgartner",
              "Pflegefachfrau HF mit Fallfuehrung, 80 %",
              "Unterschrift Arbeitnehmerin: ____________"])]) | {"body": """Sehr geehrte Frau Baumgartner

Im Auftrag von Frau Kälin senden wir Ihnen den Arbeitsvertrag als Pflegefachfrau HF mit
Fallführung (80 %) zur Unterschrift.

Bitte unterzeichnen Sie beide Exemplare und retournieren Sie eines davon bis am 24. April
2026 an uns. Sie können den Vertrag auch elektronisch signieren und per E-Mail zurücksenden.

Freundliche Grüsse
Personalabteilung
Rehaklinik Bergsonne
"""},

    m(K, "de", "schwarzwald_offer", ("Jana Hoffmann", "jana.hoffmann@schwarzwald-kk.example.de"),
      "Unser Angebot für dich 🎉", "2026-05-15 15:00 +0200",
      """
Hallo Lena,

nach unseren beiden Gesprächen freuen wir uns riesig, dir die Stelle als Fallmanagerin
(m/w/d) Pflege & Reha anbieten zu können! Vertragsbeginn wäre der 1. August 2026 in
Teilzeit (80 %), Vergütung nach unserem Haustarif, Entgeltgruppe 9 (anteilig rund
3.900 Euro brutto im Monat), plus Jobticket und 30 Tage Urlaub.

Das schriftliche Angebot kommt morgen per Post und als PDF über Personio. Gib mir gern bis
zum 29. Mai Bescheid, ob du dabei bist.

Viele Grüße
Jana
""", company="Schwarzwald Krankenkasse", contact="jana.hoffmann@schwarzwald-kk.example.de",
      parent="sk_resch", subj_enc=("b", "utf-8"), cte="8bit"),

    m(K, "en", "carepath_offer", ("Jordi Puig", "jordi.puig@carepath.example.es"),
      "Offer – Case Manager, DACH market", "2026-06-26 12:00 +0200",
      """
Hi Lena,

It was great to get to know you over the last two weeks. I'm delighted to offer you the
position of Case Manager, DACH market, at Carepath in Barcelona.

Summary of the offer:
- Start date: 1 September 2026 (flexible)
- Gross annual salary: EUR 41,000 plus 10 % performance bonus
- Hybrid: three days in our Poblenou office, two days remote
- Relocation support of EUR 3,000

The full offer letter is attached. Please let us know your decision by 3 July. Happy to jump on
a call if you have questions.

Best,
Jordi

Jordi Puig | Head of Case Management | Carepath
Carrer de Pallars 108, 08018 Barcelona
""", company="Carepath", contact="jordi.puig@carepath.example.es", parent="cp_resch",
      fmt="mixed", pdfs=[("Carepath_Offer_Letter_L_Baumgartner.pdf",
                          ["Carepath - Offer of Employment", "Lena Baumgartner",
                           "Position: Case Manager, DACH market",
                           "Start date: 1 September 2026", "Gross salary: EUR 41,000",
                           "Signature: ____________"])]),

    m(K, "en", "vitalink_verbal", ("Tom Keller", "tom.keller@vitalink.example.ch"),
      "Great news from Vitalink", "2026-06-12 17:48 +0200",
      """
Hi Lena,

Following up on my call a few minutes ago – just to put it in writing: the team would love to
have you join as Care Navigator! We're offering CHF 98,000 base for 100 %, start in
August, two days per week from home.

The formal contract will follow from our HR provider once you give us a thumbs-up. Any
questions at all, just reply here.

Cheers,
Tom
""", company="Vitalink Health", contact="tom.keller@vitalink.example.ch", parent="v_resch"),

    m(K, "fr", "venoge_offer", ("Isabelle Dufaux", "isabelle.dufaux@clinique-venoge.example.ch"),
      "Proposition d'engagement – infirmière coordinatrice de réadaptation", "2026-06-16 10:05 +0200",
      """
Chère Madame Baumgartner,

Suite à votre journée d'immersion et à notre entretien du 9 juin, j'ai le plaisir de vous
proposer le poste d'infirmière coordinatrice de réadaptation à 80 %, avec entrée en fonction
le 1er septembre 2026.

Le salaire annuel brut proposé est de CHF 88'400 (pour un taux de 100 %), versé en
13 mensualités. Vous trouverez la lettre d'engagement en annexe.

Nous vous serions reconnaissants de nous faire part de votre décision d'ici au 26 juin.

Avec mes meilleures salutations,
Isabelle Dufaux
Infirmière-cheffe, Clinique de la Venoge
""", company="Clinique de la Venoge", contact="isabelle.dufaux@clinique-venoge.example.ch",
      parent="cv_resch", quote=True, quote_style="outlook", fmt="mixed", cte="quoted-printable",
      pdfs=[("Lettre_engagement_Baumgartner.pdf",
             ["Clinique de la Venoge - Lettre d'engagement", "Madame Lena Baumgartner",
              "Infirmiere coordinatrice de readaptation, 80 %",
              "Entree en fonction: 1er septembre 2026"])]),

    m(K, "fr", "leman_offer", ("Sophie Girard", "sophie.girard@leman-sante.example.ch"),
      "Offre d'emploi – Infirmière conseil", "2026-06-05 14:40 +0200",
      """
Bonjour Lena,

Je vous remercie pour votre disponibilité lors de notre second entretien. J'ai le plaisir de
vous annoncer que Caisse Léman Santé souhaite vous engager en qualité d'Infirmière conseil /
Case manager à 90 %, dès le 1er août 2026, pour un salaire annuel brut de CHF 97'000 à 100 %.

Le contrat vous sera envoyé dès réception de votre accord de principe.

Bien cordialement,
Sophie Girard
Responsable recrutement, Caisse Léman Santé
Rue du Mont-Blanc 14, 1201 Genève
""", company="Caisse Léman Santé", contact="sophie.girard@leman-sante.example.ch",
      name_enc=("q", "iso-8859-1"), subj_enc=("q", "windows-1252"), charset="windows-1252",
      cte="8bit"),

    m(K, "es", "mutua_oferta", ("Núria Ferrer", "nuria.ferrer@mutuamediterrania.example.es"),
      "Oferta de empleo – Gestora de casos", "2026-04-16 13:30 +0200",
      """
Hola Lena:

¡Enhorabuena! Tras las entrevistas con el equipo de Gestión Sanitaria, nos complace ofrecerte
el puesto de Gestora de casos en Mutua Mediterrània, con contrato indefinido a jornada
completa, incorporación el 1 de junio y una retribución bruta anual de 36.500 euros.

Te adjunto la carta de oferta con todas las condiciones. Quedamos a la espera de tu respuesta
antes del 24 de abril.

Un saludo,
Núria Ferrer
Técnica de Selección · Mutua Mediterrània
""", company="Mutua Mediterrània", contact="nuria.ferrer@mutuamediterrania.example.es",
      parent="mm_resch", fmt="mixed", name_enc=("b", "utf-8"),
      pdfs=[("Carta_oferta_Baumgartner.pdf",
             ["Mutua Mediterrania - Carta de oferta", "Lena Baumgartner",
              "Puesto: Gestora de casos", "Incorporacion: 1 de junio de 2026",
              "Retribucion bruta anual: 36.500 EUR"])]),
]
