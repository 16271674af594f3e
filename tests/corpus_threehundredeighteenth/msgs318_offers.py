"""Corpus 318: `offer` messages (10): RheinMaas Rail (rail operator) and Parcelia (parcels)."""

from __future__ import annotations

from msgs318_common import M

OFFER = "offer"
LENA = ("Lena Hoffmeister", "lena.hoffmeister@rheinmaasrail.example.de")
PIETER = ("Pieter Claessens", "pieter.claessens@rheinmaasrail.example.de")
CAMILLE = ("Camille Vandamme", "camille.vandamme@parcelia.example.fr")

MESSAGES = [
    # --- RheinMaas Rail ---------------------------------------------------------------------
    M("rheinmaas_verbal_offer", OFFER, "en", PIETER,
      "Our offer - Crew Dispatcher Cologne", "2026-07-28 17:35 +0200",
      """Hello Bart,

Thanks for taking my call this afternoon. As promised, here it is in writing: we would very much
like you to join RheinMaas Rail as Crew Dispatcher (Disponent Zugpersonal) in Cologne.

The main points we discussed:
- Start date: 1 October 2026
- Salary group E7 of our collective agreement, approx. EUR 3,850 gross per month
- 30 days of annual leave, shift allowances on top
- Relocation support of EUR 2,500 and a free rail pass for you

Lena will send you the formal offer letter in German in the next few days. In the meantime,
please call me if you have any questions.

I'm really glad the second round went so well - the crew desk team enjoyed having you.

Best regards,
Pieter Claessens
Teamleiter Personaldisposition | RheinMaas Rail
Mobile +49 170 555 2231""",
      company="RheinMaas Rail", contact="pieter.claessens@rheinmaasrail.example.de",
      cc=[LENA], cte="quoted-printable"),
    M("rheinmaas_offer_letter", OFFER, "de", LENA,
      "Ihr Vertragsangebot - Disponent Zugpersonal (m/w/d)", "2026-07-31 10:12 +0200",
      """Sehr geehrter Herr Achterberg,

wie bereits von Herrn Claessens telefonisch angekündigt, freuen wir uns sehr, Ihnen die Stelle
als Disponent Zugpersonal (m/w/d) am Standort Köln anbieten zu können.

Im Anhang finden Sie unser schriftliches Vertragsangebot mit allen Konditionen (Eintritt zum
1. Oktober 2026, Entgeltgruppe E7, 39-Stunden-Woche, Umzugskostenpauschale).

Wir würden uns freuen, wenn Sie uns Ihre Entscheidung bis zum 10. August 2026 mitteilen. Für
Rückfragen stehe ich Ihnen gerne zur Verfügung.

Mit freundlichen Grüßen

Lena Hoffmeister
Recruiterin | HR Services
RheinMaas Rail
Ottoplatz 7, 50679 Köln
Telefon +49 221 555 3307

RheinMaas Rail GmbH · Sitz Köln · Amtsgericht Köln HRB 99999
Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind,
informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail.""",
      company="RheinMaas Rail", contact="lena.hoffmeister@rheinmaasrail.example.de",
      charset="iso-8859-1", cte="quoted-printable",
      pdfs=[("Vertragsangebot_Achterberg.pdf", [
          "RheinMaas Rail - Vertragsangebot",
          "Herrn Bartholomew Achterberg",
          "Position: Disponent Zugpersonal (m/w/d), Standort Koeln",
          "Eintritt: 1. Oktober 2026",
          "Verguetung: Entgeltgruppe E7, ca. 3.850 EUR brutto monatlich",
          "Bitte bis zum 10. August 2026 zurueckmelden.",
      ])]),
    M("rheinmaas_revised_offer", OFFER, "en", PIETER,
      "Re: Offer - a few questions", "2026-08-06 12:50 +0200",
      """Hi Bart,

Good questions, and I'm happy to say HR agreed to move a bit. We can offer you step 3 of salary
group E7 instead of step 2, which brings you to approx. EUR 4,020 gross per month, and we
will cover a month of temporary housing in Cologne on top of the relocation allowance.

The start date of 1 October stays. Lena will update the contract accordingly once you confirm
you accept.

Best regards,
Pieter""",
      company="RheinMaas Rail", contact="pieter.claessens@rheinmaasrail.example.de",
      reply="rheinmaas_questions"),
    M("rheinmaas_contract", OFFER, "de", LENA,
      "Arbeitsvertrag zur Unterschrift", "2026-08-14 09:03 +0200",
      """Sehr geehrter Herr Achterberg,

herzlichen Dank für Ihre Zusage - wir freuen uns sehr auf die Zusammenarbeit!

Anbei erhalten Sie Ihren Arbeitsvertrag in zweifacher Ausfertigung mit den vereinbarten
Konditionen (Entgeltgruppe E7, Stufe 3; Übernahme der Kosten für eine möblierte Wohnung im
ersten Monat). Bitte unterschreiben Sie beide Exemplare und senden Sie uns eines bis zum
28. August zurück, gerne auch eingescannt per E-Mail.

Ihre Einarbeitung beginnt am 1. Oktober um 8:00 Uhr am Ottoplatz 7.

Mit freundlichen Grüßen
Lena Hoffmeister
RheinMaas Rail | HR Services""",
      company="RheinMaas Rail", contact="lena.hoffmeister@rheinmaasrail.example.de",
      reply="rheinmaas_accept", cte="base64", subj_enc=("iso-8859-1", "B"),
      pdfs=[("Arbeitsvertrag_Achterberg_2026.pdf", [
          "Arbeitsvertrag zwischen RheinMaas Rail und Bartholomew Achterberg",
          "Taetigkeit: Disponent Zugpersonal, Koeln",
          "Beginn: 1. Oktober 2026",
          "Entgelt: Entgeltgruppe E7, Stufe 3",
          "Unterschrift Arbeitnehmer: ____________________",
      ])]),

    # --- Parcelia France (Lille) ------------------------------------------------------------
    M("parcelia_lille_offer", OFFER, "fr", CAMILLE,
      "Proposition d'embauche - Planificateur tournées", "2026-05-06 15:20 +0200",
      """Bonjour Bart,

Suite à vos entretiens avec Rachid et moi-même, j'ai le plaisir de vous annoncer que nous
souhaitons vous proposer le poste de Planificateur tournées (H/F) sur notre site de
Lille-Lesquin, en CDI.

Les conditions proposées :
- prise de poste le 1er juillet 2026 ;
- salaire annuel brut de 31 000 €, sur 13 mois ;
- horaires en équipe du matin (5h00 - 12h30) ;
- tickets restaurant et mutuelle d'entreprise.

Je vous appelle demain pour en discuter et répondre à vos questions. La promesse d'embauche
suivra dès votre accord de principe.

Bien à vous,
Camille Vandamme
Chargée de recrutement - Parcelia France""",
      company="Parcelia", contact="camille.vandamme@parcelia.example.fr",
      charset="windows-1252", cte="quoted-printable", auto_html=True,
      html_charset="windows-1252", html_cte="quoted-printable"),
    M("parcelia_lille_promesse", OFFER, "fr", CAMILLE,
      "Re: Proposition d'embauche - Planificateur tournées", "2026-05-12 11:02 +0200",
      """Bonjour Bart,

Merci pour votre retour. Nous avons pu revoir notre proposition : le salaire annuel brut est
porté à 32 500 €, et nous prenons en charge 50 % de votre abonnement de transport.

Vous trouverez ci-joint votre promesse d'embauche actualisée. Merci de nous la retourner signée
avant le 22 mai si vous l'acceptez.

Bien à vous,
Camille""",
      company="Parcelia", contact="camille.vandamme@parcelia.example.fr",
      reply="parcelia_lille_counter", cte="8bit",
      pdfs=[("Promesse_embauche_Achterberg.pdf", [
          "Parcelia France - Promesse d'embauche",
          "M. Bartholomew Achterberg",
          "Poste : Planificateur tournees (H/F) - Lille-Lesquin, CDI",
          "Salaire annuel brut : 32 500 EUR",
          "A retourner signee avant le 22 mai 2026.",
      ])]),

    # --- Parcelia Iberia (Bilbao) -----------------------------------------------------------
    M("parcelia_bilbao_offer", OFFER, "es",
      ("Iker Zubiaurre", "iker.zubiaurre@parcelia.example.es"),
      "Oferta - Coordinador/a de Planificación Bilbao", "2026-06-03 18:10 +0200",
      """Hola Bart,

Muchas gracias por las dos conversaciones de estas semanas. Me alegra decirte que queremos
ofrecerte el puesto de Coordinador/a de Planificación en nuestro centro de Bilbao.

Las condiciones principales serían:
- contrato indefinido, incorporación el 1 de septiembre de 2026;
- salario bruto anual de 30.000 € más variable por objetivos;
- ayuda de 1.500 € para la mudanza.

Sé que también estás valorando la oferta de mis compañeros de Lille. Tómate unos días y
llámame con cualquier duda.

Un saludo,
Iker Zubiaurre
Responsable de Operaciones - Parcelia Iberia""",
      company="Parcelia", contact="iker.zubiaurre@parcelia.example.es",
      charset="iso-8859-15", cte="quoted-printable"),
    M("parcelia_bilbao_contrato", OFFER, "es",
      ("Nerea Olabarria", "nerea.olabarria@parcelia.example.es"),
      "Contrato para firma - Bart Achterberg", "2026-06-10 10:30 +0200",
      """Buenos días, Bart:

Siguiendo las indicaciones de Iker, te adjunto el contrato de trabajo para el puesto de
Coordinador de Planificación en Bilbao, con las condiciones de su oferta del 3 de junio.

Si estás de acuerdo, fírmalo y devuélvenoslo escaneado antes del 24 de junio. Cualquier duda
sobre el contrato, puedes escribirme directamente.

Un saludo,
Nerea Olabarria
Recursos Humanos - Parcelia Iberia
Zorrotzaurre, Pabellón 5, 48014 Bilbao""",
      company="Parcelia", contact="nerea.olabarria@parcelia.example.es",
      cc=[("Iker Zubiaurre", "iker.zubiaurre@parcelia.example.es")],
      subj_enc=("utf-8", "Q"),
      pdfs=[("Contrato_Achterberg.pdf", [
          "Parcelia Iberia - Contrato de trabajo indefinido",
          "Trabajador: Bartholomew Achterberg",
          "Puesto: Coordinador de Planificacion, Bilbao",
          "Incorporacion: 1 de septiembre de 2026",
          "Firma: ____________________",
      ])]),

    # --- Parcelia UK (Birmingham) -----------------------------------------------------------
    M("parcelia_uk_offer", OFFER, "en",
      ("Gareth Pilling", "gareth.pilling@parcelia.example.co.uk"),
      "Planning Coordinator - we'd love to have you!", "2026-06-01 16:40 +0100",
      """Hi Bart,

Following your trial shift and our chat, I'm delighted to offer you the role of Planning
Coordinator at our Birmingham hub, subject to right-to-work checks.

Salary would be GBP 33,500 a year, early shift pattern, 25 days' holiday plus bank holidays,
and we'd contribute GBP 2,000 towards your move. Our HR team will send the formal offer letter
within a few days.

Have a think and give me a ring.

Cheers,
Gareth""",
      company="Parcelia", contact="gareth.pilling@parcelia.example.co.uk",
      reply="parcelia_uk_moved", quote=False),
    M("parcelia_uk_letter", OFFER, "en",
      ("Rebecca Thornley", "rebecca.thornley@parcelia.example.co.uk"),
      "Offer of Employment - Planning Coordinator, Birmingham Hub", "2026-06-05 12:00 +0100",
      """Dear Bart,

Further to your conversation with Gareth Pilling, I am pleased to attach your formal offer of
employment for the position of Planning Coordinator at Parcelia's Birmingham Hub.

Please read the offer letter and the enclosed terms carefully. To accept, sign and return a copy
by 19 June 2026. Once we receive it, we will start the pre-employment checks.

Yours sincerely,

Rebecca Thornley
HR Advisor, Parcelia UK
Aston Hall Park, Birmingham B6 7FD""",
      company="Parcelia", contact="rebecca.thornley@parcelia.example.co.uk",
      cte="7bit",
      pdfs=[("Parcelia_Offer_Letter_Achterberg.pdf", [
          "Parcelia - Offer of Employment",
          "Candidate: Bartholomew Achterberg",
          "Position: Planning Coordinator, Birmingham Hub",
          "Salary: GBP 33,500 per annum",
          "Please sign and return by 19 June 2026.",
      ])]),
]
