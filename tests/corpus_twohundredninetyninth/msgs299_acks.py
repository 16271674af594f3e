"""Corpus 299: acknowledgements of receipt and the offers outside the long threads."""

from __future__ import annotations

from msgs299_common import html_page, sig

MESSAGES = [
    # ------------------------------------------------------------------ acknowledgements (de)
    {
        "id": "achsenwerke_ack", "kind": "application_received", "lang": "de",
        "company": "Steirische Achsenwerke", "system_sender": True,
        "date": "2026-03-30 11:47 +0000",
        "frm": ("Steirische Achsenwerke Recruiting", "noreply@successfactors.eu"),
        "subject": "Vielen Dank für Ihre Bewerbung – Supply Chain Planner (m/w/d)",
        "text": """Sehr geehrte Frau Wiśniewska,

wir bestätigen den Eingang Ihrer Bewerbung für die Position Supply Chain Planner (m/w/d) am
Standort Weiz (Referenz 26-0381).

Ihre Unterlagen werden nun von der Fachabteilung geprüft. Wir bitten Sie um etwas Geduld;
in der Regel erhalten Sie innerhalb von drei Wochen eine Rückmeldung.

Mit freundlichen Grüßen
Personalabteilung Steirische Achsenwerke
""",
        "html": "auto", "brand": "Steirische Achsenwerke",
    },
    {
        "id": "elbmarkt_ack", "kind": "application_received", "lang": "de",
        "company": "Elbmarkt Logistik", "system_sender": True,
        "date": "2026-01-30 17:05 +0100",
        "frm": ("Elbmarkt Logistik", "notifications@recruitee.com"),
        "subject": "Wir haben deine Bewerbung erhalten!",
        "html": html_page("""Hallo Karolina,

schön, dass du dich für die Stelle als Bestandsanalyst:in in unserem Zentrallager beworben
hast! Deine Bewerbung ist bei uns angekommen.

Wie geht es weiter? Unser People-Team schaut sich deine Unterlagen an und meldet sich
spätestens in drei Wochen bei dir.

Bis bald
Team People & Culture
Elbmarkt Logistik""", brand="Elbmarkt", colour="#2a9d8f",
            footer="Diese E-Mail wurde über Recruitee versendet."),
        "html_cte": "base64",
    },
    {
        "id": "tiedemann_ack", "kind": "application_received", "lang": "de",
        "company": "Tiedemann Spedition", "contact": "b.ohlsen@tiedemann-spedition.example.de",
        "date": "2026-02-17 09:32 +0100",
        "frm": ("Birte Ohlsen", "b.ohlsen@tiedemann-spedition.example.de"),
        "subject": "Eingangsbestätigung Ihrer Bewerbung",
        "text": """Moin Frau Wiśniewska,

vielen Dank für Ihre Bewerbung als Supply Chain Analyst (m/w/d). Ihre Unterlagen sind
vollständig bei mir angekommen und ich leite sie an unseren Bereichsleiter Seefracht weiter.

Sie hören spätestens Anfang März von uns.

Mit freundlichen Grüßen aus der Speicherstadt
Birte Ohlsen
Personal | Tiedemann Spedition GmbH & Co. KG
""",
    },
    {
        "id": "elbmund_no_individual", "kind": "application_received", "lang": "de",
        "company": "Hafenbehörde Elbmund", "system_sender": True,
        "date": "2026-05-04 12:00 +0200",
        "frm": ("Hafenbehörde Elbmund – Personalservice", "bewerbung@elbmund-hafen.example.de"),
        "headers": [("Auto-Submitted", "auto-generated")],
        "subject": "Eingang Ihrer Bewerbung – Ausschreibung 2026/117",
        "text": """Sehr geehrte Bewerberin, sehr geehrter Bewerber,

Ihre Bewerbung zur Ausschreibung 2026/117 ist bei uns eingegangen. Vielen Dank für Ihr
Interesse an einer Tätigkeit bei der Hafenbehörde Elbmund.

Aufgrund der hohen Zahl an Bewerbungen bitten wir um Verständnis, dass wir nicht jede
Bewerbung individuell beantworten können und von Rückfragen zum Sachstand abzusehen bitten.
Sie erhalten eine Nachricht, sobald das Auswahlverfahren abgeschlossen ist oder wir Sie zu
einem Vorstellungsgespräch einladen möchten.

Mit freundlichen Grüßen
Personalservice
Hafenbehörde Elbmund

Dies ist eine automatisch erzeugte Nachricht.
""",
    },
    {
        "id": "ostbahn_ack", "kind": "application_received", "lang": "de",
        "company": "Ostbahn Logistik", "system_sender": True,
        "date": "2026-06-09 19:31 +0200",
        "frm": ("Ostbahn Logistik", "no-reply@teamtailor-mail.com"),
        "subject": "Danke für deine Bewerbung bei Ostbahn Logistik",
        "text": """Hallo Karolina,

danke für deine Bewerbung als Junior Analyst Intermodal! Wir haben sie erhalten und
melden uns so bald wie möglich bei dir.

In der Zwischenzeit kannst du auf unserer Karriereseite mehr über unsere Teams und unsere
Züge zwischen Wien, Budapest und Koper erfahren.

Liebe Grüße
Das Ostbahn Logistik Team
""",
        "html": "auto",
    },
    {
        "id": "frachtwerk_ack", "kind": "application_received", "lang": "de",
        "company": "Frachtwerk", "system_sender": True,
        "date": "2026-07-15 08:03 +0000",
        "frm": ("Frachtwerk Hiring Team", "notifications@app.bamboohr.com"),
        "subject": "Bewerbung eingegangen: Operations Analyst",
        "text": """Hi Karolina,

danke für deine Bewerbung als Operations Analyst bei Frachtwerk. Wir haben deine Unterlagen
erhalten und schauen sie uns in Ruhe an.

Dein Frachtwerk-Team
""",
    },
    {
        "id": "alpenpersonal_ack", "kind": "application_received", "lang": "de",
        "company": "Alpenpersonal", "contact": "m.steiner@alpenpersonal.example.at",
        "date": "2026-02-19 13:46 +0100",
        "frm": ("Markus Steiner | Alpenpersonal", "m.steiner@alpenpersonal.example.at"),
        "charset": "iso-8859-1", "cte": "quoted-printable",
        "subject": "Ihre Unterlagen sind eingegangen",
        "text": """Hallo Frau Wisniewska,

Ihre Bewerbungsunterlagen sind gut bei mir angekommen, vielen Dank! Ich sehe sie mir in den
nächsten Tagen an und melde mich telefonisch, sobald ich eine passende Stelle für Sie habe.

Liebe Grüße
Markus Steiner
Alpenpersonal GmbH
""",
    },
    # ------------------------------------------------------------------ acknowledgements (en)
    {
        "id": "noordkaap_ack", "kind": "application_received", "lang": "en",
        "company": "Noordkaap Shipping Agencies", "system_sender": True,
        "date": "2026-02-02 10:19 +0000",
        "frm": ("Noordkaap Shipping Agencies", "no-reply@hire.lever.co"),
        "subject": "Thanks for applying to Noordkaap Shipping Agencies",
        "text": """Hi Karolina,

Thank you for applying for the Operations Analyst role at Noordkaap Shipping Agencies. We
have received your application and will review it carefully.

We aim to get back to every applicant within four weeks.

Best,
Noordkaap Shipping Agencies
""",
    },
    {
        "id": "blauwhaven_ack", "kind": "application_received", "lang": "en",
        "company": "Blauwhaven Container Terminal", "system_sender": True,
        "date": "2026-05-12 14:40 +0000",
        "frm": ("Blauwhaven Container Terminal", "noreply@candidates.workablemail.com"),
        "subject": "Application received – Planning Analyst",
        "html": html_page("""Hi Karolina,

Thanks for your application for the Planning Analyst position. This is an automatic
confirmation that we've received it.

Our team reviews every application. Due to the volume we receive, we may not be able to reply
to every applicant individually – if you haven't heard from us within 30 days, please assume
that we are not moving forward at this time.

Blauwhaven Container Terminal""", brand="BLAUWHAVEN", colour="#0b3954"),
    },
    {
        "id": "tessel_ack", "kind": "application_received", "lang": "en",
        "company": "Tessel Logistics", "system_sender": True,
        "date": "2026-05-05 09:00 +0000",
        "frm": ("Tessel Logistics", "no-reply@ashbyhq.com"),
        "subject": "We've received your application to Tessel Logistics",
        "text": """Hi Karolina,

Thanks for applying to the Supply Chain Data Analyst role at Tessel Logistics! We've
received your application and someone from our team will be in touch soon.

Team Tessel
""",
        "html": "auto",
    },
    # ------------------------------------------------------------------ acknowledgements (fr)
    {
        "id": "deule_ack", "kind": "application_received", "lang": "fr",
        "company": "Logistique Deûle", "system_sender": True,
        "date": "2026-09-10 08:15 +0200",
        "frm": ("Logistique Deûle", "no-reply@teamtailor-mail.com"),
        "subject": "Merci pour votre candidature !",
        "text": """Bonjour Karolina,

Merci pour votre candidature au poste de coordinatrice transport chez Logistique Deûle.
Nous l'avons bien reçue et notre équipe va l'étudier avec attention.

Nous reviendrons vers vous dans les meilleurs délais.

À bientôt,
L'équipe Logistique Deûle
""",
        "html": "auto",
    },
    {
        "id": "railfret_ack", "kind": "application_received", "lang": "fr",
        "company": "RailFret Nord", "system_sender": True,
        "date": "2026-04-28 23:12 +0000",
        "frm": ("RailFret Nord", "railfretnord@taleo.net"),
        "charset": "iso-8859-1", "cte": "quoted-printable",
        "subject": "Accusé de réception de votre candidature RFN-2026-044",
        "subj_enc": ("q", "iso-8859-1"),
        "text": """Madame,

Nous accusons réception de votre candidature au poste d'analyste flux ferroviaires
(réf. RFN-2026-044) et vous remercions de l'intérêt que vous portez à RailFret Nord.

Votre dossier va être étudié avec la plus grande attention. Compte tenu du nombre important de
candidatures, nous ne serons pas en mesure de répondre individuellement à chacune d'entre
elles dans l'immédiat.

La Direction des Ressources Humaines
RailFret Nord

Ceci est un message automatique, merci de ne pas y répondre.
""",
    },
    {
        "id": "opale_ack", "kind": "application_received", "lang": "fr",
        "company": "Cabinet Opale RH", "contact": "thomas.lefebvre@cabinet-opale-rh.example.fr",
        "date": "2026-03-17 19:02 +0100",
        "frm": ("Thomas Lefebvre", "thomas.lefebvre@cabinet-opale-rh.example.fr"),
        "subject": "Re: Candidature spontanée – profil supply chain",
        "text": """Bonsoir Madame Wiśniewska,

Merci pour votre message et votre CV, bien reçus. Votre parcours de dispatcher à Vienne est
original et intéressant pour plusieurs de nos clients dans la région lilloise.

Je prends le temps de l'étudier et je vous appelle la semaine prochaine.

Bien à vous,
Thomas Lefebvre
Cabinet Opale RH
""",
    },
    # ------------------------------------------------------------------ acknowledgements (es)
    {
        "id": "tavernes_ack", "to": "k.wisniewska@example.at", "kind": "application_received", "lang": "es",
        "company": "Supermercados Tavernes", "system_sender": True,
        "date": "2026-09-14 07:30 +0000",
        "frm": ("Supermercados Tavernes – Empleo", "no-reply@icims.com"),
        "subject": "Confirmación de tu candidatura",
        "text": """Hola Karolina:

Gracias por inscribirte en la oferta de Coordinador/a de plataforma logística de
Supermercados Tavernes. Hemos recibido tu candidatura correctamente.

Si tu perfil encaja con lo que buscamos, nos pondremos en contacto contigo.

Equipo de Selección
Supermercados Tavernes
""",
        "html": "auto", "html_charset": "utf-8",
    },
    {
        "id": "motores_llevant_ack", "to": "k.wisniewska@example.at", "kind": "application_received", "lang": "es",
        "company": "Motores Llevant", "system_sender": True,
        "date": "2026-07-27 06:02 +0000",
        "frm": ("Motores Llevant Talento", "motoresllevant@myworkday.com"),
        "subject": "Hemos recibido tu solicitud – JR-1187",
        "html": """<html><body style="font-family:Arial,sans-serif">
<p>Hola, Karolina:</p>
<p>Gracias por tu solicitud para la posición <b>Analista de Logística de Planta (JR-1187)</b>
en Almussafes. La hemos recibido y el equipo de selección la revisará próximamente.</p>
<p>Puedes seguir el estado de tu solicitud en nuestro portal de candidatos.</p>
<p>Atentamente,<br>Equipo de Adquisición de Talento<br>Motores Llevant</p>
</body></html>
""",
        "cte": "quoted-printable",
    },
    # ------------------------------------------------------------------ offers
    {
        "id": "donaupersonal_offer", "kind": "offer", "lang": "de",
        "company": "Frigo-Trans Simmering", "contact": "k.eder@donau-personal.example.at",
        "date": "2026-02-13 10:40 +0100",
        "frm": ("Katharina Eder", "k.eder@donau-personal.example.at"),
        "subject": "Ihr Einsatz bei Frigo-Trans Simmering – Dienstvertrag",
        "text": """Liebe Frau Wiśniewska,

schön, dass das Nachhol-Gespräch letzte Woche so gut gelaufen ist! Unser Kunde Frigo-Trans
Simmering möchte Sie ab 1. April 2026 als Disponentin (Vollzeit) einsetzen.

Im Anhang finden Sie Ihren Dienstvertrag sowie die Einsatzmitteilung. Entlohnung nach
KV Arbeitskräfteüberlassung, Beschäftigungsgruppe C, zuzüglich Überzahlung von EUR 180,–.

Bitte unterschreiben Sie beides und schicken Sie es mir eingescannt zurück.

Liebe Grüße
Katharina Eder
Donau Personalservice GmbH
""",
        "pdfs": [("Dienstvertrag_Ueberlassung_Wisniewska.pdf", "Dienstvertrag",
                  ["Donau Personalservice GmbH, Mariahilfer Strasse 121, 1060 Wien",
                   "Dienstnehmerin: Karolina Wisniewska",
                   "Beschaeftigerbetrieb: Frigo-Trans Simmering",
                   "Beginn: 01.04.2026, Vollzeit 38,5 Stunden"]),
                 ("Einsatzmitteilung.pdf", "Mitteilung gemaess Paragraph 12 AUeG",
                  ["Einsatzort: 1110 Wien", "Taetigkeit: Disposition"])],
    },
    {
        "id": "kaufwelt_offer", "kind": "offer", "lang": "de",
        "company": "Kaufwelt", "contact": "stefanie.brunner@kaufwelt.example.at",
        "date": "2026-08-03 15:12 +0200",
        "frm": ("Stefanie Brunner", "stefanie.brunner@kaufwelt.example.at"),
        "subject": "Zusage – Analystin Filialbelieferung",
        "text": """Sehr geehrte Frau Wiśniewska,

nochmals danke für das gute Gespräch im Zentrallager. Wir freuen uns sehr, Ihnen die Stelle
als Analystin Filialbelieferung anbieten zu können!

Unser Angebot: Eintritt nach Vereinbarung, Vollzeit 40 Stunden, Bruttomonatsgehalt
EUR 3.350,– (14x), Einstufung KV Handel, Beschäftigungsgruppe 4. Den Vertragsentwurf schicke
ich Ihnen gerne, sobald Sie uns Ihre Zusage geben.

Wir würden uns über eine Rückmeldung bis 17. August freuen.
""" + sig("Stefanie Brunner", "Recruiting & Employer Branding", "Kaufwelt Handels GmbH"),
        "html": "auto",
    },
    {
        "id": "kestrel_offer_call", "kind": "offer", "lang": "en",
        "company": "Kestrel Freight", "contact": "maaike.jansen@kestrelfreight.example.nl",
        "date": "2026-03-06 17:05 +0100",
        "frm": ("Maaike Jansen", "maaike.jansen@kestrelfreight.example.nl"),
        "subject": "Following up on our call – offer",
        "text": """Dear Karolina,

Thank you for taking my call this afternoon. As discussed, I'm delighted to confirm that we'd
like to offer you the position of Supply Chain Analyst at Kestrel Freight in Rotterdam.

Summary of what we discussed:
- Start date: 1 May 2026 (negotiable)
- Gross salary: EUR 3,900 per month plus 8% holiday allowance
- 32-hour contract option available, relocation support up to EUR 2,500

The formal offer letter will follow early next week. Take your time to think it over, and do
call me with any questions.

Kind regards,
Maaike Jansen
HR Advisor | Kestrel Freight B.V.
""",
    },
    {
        "id": "kestrel_offer_letter", "kind": "offer", "lang": "en",
        "company": "Kestrel Freight", "contact": "maaike.jansen@kestrelfreight.example.nl",
        "date": "2026-03-10 11:30 +0100",
        "frm": ("Kestrel Freight HR", "hr-noreply@kestrelfreight.example.nl"),
        "reply_to": ("Maaike Jansen", "maaike.jansen@kestrelfreight.example.nl"),
        "parent": "kestrel_offer_call",
        "subject": "Your offer letter – Supply Chain Analyst",
        "text": """Dear Karolina,

Please find attached your offer letter and our standard employment conditions for the
position of Supply Chain Analyst.

To accept, please sign the letter and return a scanned copy by 20 March 2026. Replies to this
email go to Maaike Jansen.

Kestrel Freight B.V. – Human Resources
Waalhaven Zuidzijde 19, 3089 JH Rotterdam

This email and any attachments are confidential and intended solely for the addressee. If you
have received it in error, please notify the sender and delete it.
""",
        "html": "auto",
        "pdfs": [("Offer_Letter_K_Wisniewska.pdf", "Kestrel Freight B.V. - Offer of Employment",
                  ["Dear Karolina Wisniewska,", "Position: Supply Chain Analyst",
                   "Start date: 1 May 2026", "Gross monthly salary: EUR 3,900",
                   "Please sign and return by 20 March 2026."])],
    },
    {
        "id": "vermeulen_promesse", "kind": "offer", "lang": "fr",
        "company": "Maison Vermeulen", "contact": "julie.carpentier@maison-vermeulen.example.fr",
        "date": "2026-04-20 16:50 +0200",
        "frm": ("Julie Carpentier", "julie.carpentier@maison-vermeulen.example.fr"),
        "cte": "base64",
        "subject": "Proposition d'embauche – Analyste approvisionnement",
        "text": """Bonjour Madame Wiśniewska,

Suite à vos entretiens avec Mme Leroy et M. Vermeulen, j'ai le plaisir de vous confirmer que
nous souhaitons vous proposer le poste d'analyste approvisionnement en CDI au sein de notre
entrepôt de Lomme.

Vous trouverez ci-joint notre promesse d'embauche précisant la rémunération (34 000 € bruts
annuels sur 13 mois), la date d'entrée souhaitée (1er juin 2026) et les avantages.

Nous vous remercions de nous faire part de votre décision avant le 30 avril.

Bien à vous,
Julie Carpentier
Chargée de recrutement – Maison Vermeulen
""",
        "pdfs": [("Promesse_embauche_Wisniewska.pdf", "Maison Vermeulen - Promesse d'embauche",
                  ["Madame Karolina Wisniewska", "Poste : Analyste approvisionnement (CDI)",
                   "Lieu : Entrepot de Lomme", "Remuneration : 34 000 EUR bruts annuels",
                   "Date d'entree : 1er juin 2026"])],
    },
]
