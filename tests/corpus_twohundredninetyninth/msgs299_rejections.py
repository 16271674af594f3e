"""Corpus 299: rejections outside the long threads – every polite, soft or blunt "no"."""

from __future__ import annotations

from msgs299_common import html_page

MESSAGES = [
    {
        "id": "grazterminal_reject", "kind": "rejection", "lang": "de",
        "company": "Terminal Graz Süd", "system_sender": True,
        "date": "2026-01-19 16:02 +0100",
        "frm": ("Terminal Graz Süd Karriere", "noreply@successfactors.eu"),
        "subject": "Ihre Bewerbung: Sachbearbeiter:in Terminalplanung (Req. 4471)",
        "text": """Sehr geehrte Frau Wiśniewska,

vielen Dank für Ihr Interesse an der Terminal Graz Süd GmbH und die Zeit, die Sie in Ihre
Bewerbung investiert haben.

Nach eingehender Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihre
Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können.

Wir bewahren Ihre Daten gemäß DSGVO sechs Monate auf und löschen sie danach automatisch.

Wir wünschen Ihnen für Ihren weiteren Berufsweg alles Gute.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Terminal Graz Süd GmbH
""",
        "html": "auto", "brand": "Terminal Graz Süd",
    },
    {
        "id": "elbmarkt_internal", "kind": "rejection", "lang": "de",
        "company": "Elbmarkt Logistik", "system_sender": True,
        "date": "2026-02-24 10:31 +0100",
        "frm": ("Elbmarkt Logistik", "notifications@recruitee.com"),
        "subject": "Update zu Ihrer Bewerbung als Bestandsanalyst:in",
        "html": html_page("""Hallo Karolina,

vielen Dank für Ihre Bewerbung als Bestandsanalyst:in in unserem Zentrallager Leipzig-Radefeld.

Wir möchten Ihnen mitteilen, dass die Stelle inzwischen intern besetzt werden konnte. Eine
Kollegin aus unserem Disposition-Team übernimmt die Aufgabe ab März.

Wir bedauern, Ihnen keine positivere Nachricht geben zu können, und danken Ihnen für Ihr
Interesse an Elbmarkt.

Beste Grüße
Team People & Culture
Elbmarkt Logistik GmbH""", brand="Elbmarkt", colour="#2a9d8f",
            footer="Elbmarkt Logistik GmbH · Radefelder Allee 14 · 04435 Schkeuditz\n"
                   "Diese E-Mail wurde über Recruitee versendet."),
    },
    {
        "id": "tiedemann_reject", "kind": "rejection", "lang": "de",
        "company": "Tiedemann Spedition", "contact": "b.ohlsen@tiedemann-spedition.example.de",
        "date": "2026-03-09 14:18 +0100",
        "frm": ("Birte Ohlsen", "b.ohlsen@tiedemann-spedition.example.de"),
        "charset": "iso-8859-1", "cte": "quoted-printable",
        "subject": "Ihre Bewerbung als Supply Chain Analyst (m/w/d)",
        "text": """Moin Frau Wisniewska,

haben Sie vielen Dank für Ihre Bewerbung und das nette Telefonat letzte Woche.

Wir haben uns Ihre Unterlagen genau angesehen. Ihr Profil ist interessant, passt aber leider
nicht ganz zu dem, was wir für diese Position suchen - wir benötigen jemanden mit mehreren
Jahren Erfahrung in der Seefracht-Kalkulation. Wir haben uns daher für andere Bewerber
entschieden.

Ich wünsche Ihnen viel Erfolg bei der weiteren Suche.

Mit freundlichen Grüßen aus der Speicherstadt

Birte Ohlsen
Personal
Tiedemann Spedition GmbH & Co. KG
Brooktorkai 20, 20457 Hamburg
Tel. +49 40 300 614-0

Geschäftsführung: Hauke Tiedemann, Dr. Friederike Raabe
Registergericht Hamburg HRA 88124
""",
    },
    {
        "id": "alpenpersonal_unnamed", "kind": "rejection", "lang": "de",
        "company": "Alpenpersonal", "contact": "m.steiner@alpenpersonal.example.at",
        "date": "2026-03-12 11:03 +0100",
        "frm": ("Markus Steiner | Alpenpersonal", "m.steiner@alpenpersonal.example.at"),
        "subject": "Rückmeldung unseres Kunden",
        "text": """Hallo Frau Wiśniewska,

kurze Rückmeldung zur Stelle als Logistikcontrollerin in Graz, für die ich Sie bei unserem
Kunden (Industriebetrieb, Raum Graz-Umgebung) vorgeschlagen habe: Der Kunde hat sich leider
für eine andere Kandidatin entschieden, die bereits SAP-MM-Erfahrung mitbringt.

Das ist schade, aber ich halte Sie gerne für weitere Positionen in Evidenz. Melden Sie sich
einfach, wenn sich bei Ihnen etwas ändert.

Liebe Grüße
Markus Steiner
Senior Consultant Logistik & Technik
Alpenpersonal GmbH · Annenstraße 52 · 8020 Graz
+43 316 71 88 20
""",
    },
    {
        "id": "hunter_named_client", "kind": "rejection", "lang": "de",
        "company": "Kühlkette Weiss", "contact": "c.gassner@gassner-executive.example.at",
        "date": "2026-03-27 17:44 +0100",
        "frm": ("Dr. Christoph Gassner", "office@gassner-executive.example.at"),
        "reply_to": ("Dr. Christoph Gassner", "c.gassner@gassner-executive.example.at"),
        "subject": "Kühlkette Weiss – Feedback nach dem Zweitgespräch",
        "text": """Liebe Frau Wiśniewska,

ich habe heute das Feedback von Kühlkette Weiss erhalten. Frau Weiss und ihr Logistikleiter
waren von Ihrer Präsentation und Ihrer Art sehr angetan. Am Ende haben sie sich jedoch für
eine Kandidatin entschieden, die bereits Erfahrung mit GDP-zertifizierten Pharmatransporten
hat.

Für diese Position geht es daher nicht weiter. Ich weiß, das ist nach zwei Gesprächen
enttäuschend – gerne bespreche ich das Feedback im Detail telefonisch mit Ihnen.

Herzliche Grüße
Christoph Gassner

Gassner Executive Search GmbH
Kärntner Ring 5–7, 1010 Wien
""",
    },
    {
        "id": "donaucargo_cancelled", "kind": "rejection", "lang": "de",
        "company": "Donau Cargo Bahn", "contact": "recruiting.koller@donaucargo.example.at",
        "date": "2026-04-02 09:15 +0200",
        "frm": ("Eva Koller", "recruiting.koller@donaucargo.example.at"),
        "cte": "8bit",
        "subject": "Stellenausschreibung Analyst:in Wagenumlauf – Verfahren eingestellt",
        "text": """Sehr geehrte Frau Wiśniewska,

wir danken Ihnen für Ihre Bewerbung als Analyst:in Wagenumlauf.

Aufgrund einer Umstrukturierung unseres Bereichs Netzplanung wurde die ausgeschriebene Stelle
gestrichen. Wir werden das Bewerbungsverfahren daher nicht fortsetzen und können Ihre
Bewerbung nicht weiter berücksichtigen.

Wir bedauern, Ihnen keine andere Nachricht geben zu können, und wünschen Ihnen viel Erfolg.

Mit freundlichen Grüßen

Eva Koller
Human Resources
Donau Cargo Bahn GmbH
Nordbahnstraße 50, 1020 Wien
""",
    },
    {
        "id": "skyfreight_after_interview", "kind": "rejection", "lang": "de",
        "company": "SkyFreight Handling Wien", "contact": "p.novak@skyfreight-vie.example.at",
        "date": "2026-04-22 15:27 +0200",
        "frm": ("Petra Novak", "p.novak@skyfreight-vie.example.at"),
        "subject": "Ihr Gespräch bei SkyFreight Handling",
        "html": """<html><head><meta charset="utf-8"></head><body>
<div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Liebe Frau Wiśniewska,</p>
<p>herzlichen Dank, dass Sie sich letzte Woche die Zeit für das Gespräch in Schwechat genommen
haben. Wir haben den Austausch mit Ihnen sehr geschätzt.</p>
<p>Nach Abschluss aller Gespräche haben wir uns jedoch entschieden, die Stelle <i>Analystin
Frachtabfertigung</i> mit einer Bewerberin zu besetzen, deren Erfahrung im Luftfrachtbereich
unseren aktuellen Anforderungen noch besser entspricht.</p>
<p>Wir wünschen Ihnen alles Gute und viel Erfolg für Ihre weitere berufliche Zukunft.</p>
<p>Freundliche Grüße<br>
<b>Petra Novak</b><br>
Head of HR<br>
SkyFreight Handling Wien GmbH<br>
Objekt 262, 1300 Wien-Flughafen<br>
+43 1 7007 318 50</p>
</div></body></html>
""",
    },
    {
        "id": "achsenwerke_taleo", "to": ("Karolina Wisniewska", "k.wisniewska@example.at"), "kind": "rejection", "lang": "de",
        "company": "Steirische Achsenwerke", "system_sender": True,
        "date": "2026-05-06 22:10 +0000",
        "frm": ("Steirische Achsenwerke", "achsenwerke@taleo.net"),
        "charset": "iso-8859-1", "cte": "quoted-printable",
        "subject": "Steirische Achsenwerke - Ihre Bewerbung 26-0381",
        "text": """Sehr geehrte Frau Wisniewska,

vielen Dank für Ihre Bewerbung für die Position "Supply Chain Planner (m/w/d)" am Standort
Weiz.

Leider müssen wir Ihnen mitteilen, dass wir uns für andere Bewerberinnen und Bewerber
entschieden haben, deren Qualifikationen dem Anforderungsprofil näher kommen.

Wir danken Ihnen für Ihr Interesse an den Steirischen Achsenwerken und wünschen Ihnen für Ihre
Zukunft alles Gute.

Mit freundlichen Grüßen
Personalabteilung Steirische Achsenwerke

Bitte antworten Sie nicht auf diese automatisch generierte Nachricht.
""",
    },
    {
        "id": "paketzentrum_icims", "kind": "rejection", "lang": "de",
        "company": "Paketzentrum Mitteldeutschland", "system_sender": True,
        "date": "2026-05-13 08:00 +0000",
        "frm": ("Paketzentrum Mitteldeutschland Recruiting", "no-reply@icims.com"),
        "subject": "Absage: Teamleiter:in Sortierung & Analyse",
        "text": """Guten Tag Frau Wisniewska,

danke für Ihre Bewerbung auf die Stelle Teamleiter:in Sortierung & Analyse.

Wir haben uns entschieden, Ihre Bewerbung nicht weiter zu verfolgen. Bitte sehen Sie dies
nicht als Urteil über Ihre Fähigkeiten – wir erhalten für jede Stelle sehr viele
Bewerbungen.

Sie können sich jederzeit auf weitere offene Stellen bewerben.

Ihr Paketzentrum Mitteldeutschland
""",
        "html": "auto", "cte": "base64",
    },
    {
        "id": "elbmund_withdrawn", "kind": "rejection", "lang": "de",
        "company": "Hafenbehörde Elbmund", "contact": "karriere-team.lorenz@elbmund-hafen.example.de",
        "date": "2026-06-18 13:33 +0200",
        "frm": ("Henrike Lorenz", "karriere-team.lorenz@elbmund-hafen.example.de"),
        "subj_enc": ("q", "iso-8859-1"),
        "subject": "Ausschreibung 2026/117 zurückgezogen",
        "text": """Sehr geehrte Frau Wiśniewska,

Sie haben sich auf unsere Ausschreibung 2026/117 „Referent:in Hafenlogistik und
Verkehrsdaten“ beworben. Dafür danken wir Ihnen.

Wir müssen Ihnen leider mitteilen, dass die Ausschreibung aus haushaltsrechtlichen Gründen
zurückgezogen wurde. Das Auswahlverfahren ist damit beendet; eine Berücksichtigung Ihrer
Bewerbung ist nicht mehr möglich.

Sollte die Stelle zu einem späteren Zeitpunkt neu ausgeschrieben werden, würden wir uns
über eine erneute Bewerbung freuen.

Mit freundlichen Grüßen
Im Auftrag
Henrike Lorenz
Personalservice
Hafenbehörde Elbmund · Neuer Wandrahm 4 · 20457 Hamburg
""",
    },
    {
        "id": "marktfrisch_soft", "kind": "rejection", "lang": "de",
        "company": "Marktfrisch Zentrallager", "contact": "lisa.hofbauer@marktfrisch.example.at",
        "date": "2026-07-02 10:48 +0200",
        "frm": ("Lisa Hofbauer", "bewerbung@marktfrisch.example.at"),
        "reply_to": ("Lisa Hofbauer", "lisa.hofbauer@marktfrisch.example.at"),
        "charset": "windows-1252", "cte": "quoted-printable",
        "subject": "Ihre Bewerbung – Disposition & Analyse Zentrallager Wiener Neudorf",
        "text": """Liebe Frau Wisniewska,

danke für Ihre Bewerbung und Ihr Interesse an Marktfrisch!

Wir haben viele spannende Bewerbungen erhalten und uns nach reiflicher Überlegung
entschieden, mit Kandidatinnen und Kandidaten weiterzumachen, deren Erfahrung noch etwas
genauer zu unserem Anforderungsprofil passt.

Wir wissen, dass das nicht die Nachricht ist, auf die Sie gehofft haben – aber wir würden uns
freuen, wenn Sie uns bei passenden Stellen wieder im Kopf behalten.

Alles Gute und liebe Grüße
Lisa Hofbauer
Recruiting | Marktfrisch Handels GmbH – Zentrallager Wiener Neudorf
""",
        "html": "auto", "html_cte": "quoted-printable",
    },
    {
        "id": "zeitwerk_client_no", "kind": "rejection", "lang": "de",
        "company": "Murauer Holzlogistik", "contact": "a.pirker@zeitwerk-personal.example.at",
        "date": "2026-07-21 12:06 +0200",
        "frm": ("Anna Pirker", "a.pirker@zeitwerk-personal.example.at"),
        "subject": "Murauer Holzlogistik – leider keine Zusage",
        "text": """Hallo Karolina,

ich hab gerade mit der Murauer Holzlogistik telefoniert. Sie waren mit deinem Gespräch am
Freitag grundsätzlich zufrieden, wollen die Stelle aber doch mit jemandem besetzen, der in der
Nähe von Murau wohnt, weil die Schichtbereitschaft am Wochenende dazugehört.

Sorry, ich hätte es dir sehr gegönnt! Ich melde mich, sobald ich etwas Passendes in Graz habe.

LG Anna

Anna Pirker
Zeitwerk Personalservice GmbH · Lendplatz 31 · 8020 Graz
""",
    },
    {
        "id": "frachtwerk_bamboo", "kind": "rejection", "lang": "de",
        "company": "Frachtwerk", "system_sender": True,
        "date": "2026-08-05 14:00 +0000",
        "frm": ("Frachtwerk Hiring Team", "notifications@app.bamboohr.com"),
        "subject": "Deine Bewerbung bei Frachtwerk",
        "text": """Hi Karolina,

danke, dass du dich als Operations Analyst bei Frachtwerk beworben hast.

Wir haben uns alle Bewerbungen angeschaut und uns entschieden, mit anderen Kandidat:innen
weiterzumachen. Die Entscheidung war knapp, und wir haben uns über dein Interesse wirklich
gefreut.

Wir wünschen dir viel Erfolg bei der Suche!

Dein Frachtwerk-Team
Hamburg
""",
        "html": "auto", "brand": "frachtwerk",
    },
    {
        "id": "donauhafen_shortlist", "kind": "rejection", "lang": "de",
        "company": "Donauhafen Krems Logistik", "contact": "g.wurm@donauhafen-krems.example.at",
        "date": "2026-09-15 09:20 +0200",
        "frm": ("Mag. Gerhard Wurm", "g.wurm@donauhafen-krems.example.at"),
        "charset": "iso-8859-1", "cte": "8bit",
        "subject": "AW: Bewerbung Supply Chain Analystin",
        "text": """Sehr geehrte Frau Wisniewska,

danke für Ihre Unterlagen. Wir haben uns nach einer ersten Sichtung entschieden, Sie nicht in
die engere Auswahl aufzunehmen.

Ich wünsche Ihnen alles Gute.

Gerhard Wurm
Donauhafen Krems Logistik GmbH
""",
    },
    {
        "id": "noordkaap_lever", "kind": "rejection", "lang": "en",
        "company": "Noordkaap Shipping Agencies", "system_sender": True,
        "date": "2026-02-20 18:02 +0000",
        "frm": ("Noordkaap Shipping Agencies", "no-reply@hire.lever.co"),
        "subject": "Your application to Noordkaap Shipping Agencies",
        "text": """Hi Karolina,

Thank you for your interest in the Operations Analyst position at Noordkaap Shipping Agencies
and for taking the time to apply.

Unfortunately, we have decided not to move forward with your application at this time. We
received a large number of applications and have chosen to proceed with candidates whose
experience more closely matches the requirements of the role.

We wish you every success in your search.

Best regards,
The Noordkaap Recruitment Team
""",
        "html": "auto",
    },
    {
        "id": "blauwhaven_workable", "kind": "rejection", "lang": "en",
        "company": "Blauwhaven Container Terminal", "system_sender": True,
        "date": "2026-05-28 07:45 +0000",
        "frm": ("Blauwhaven Container Terminal", "noreply@candidates.workablemail.com"),
        "subject": "Planning Analyst – Blauwhaven Container Terminal",
        "html": html_page("""Dear Karolina,

Thank you for applying for the Planning Analyst role at Blauwhaven Container Terminal.

After careful review, we regret to inform you that you have not been shortlisted for the next
stage. The position required Dutch at C1 level, which is essential for communication with
our barge operators.

We appreciate your interest and encourage you to apply for future openings.

Kind regards,
HR Team – Blauwhaven Container Terminal
Maasvlakte, Rotterdam""", brand="BLAUWHAVEN", colour="#0b3954"),
    },
    {
        "id": "tessel_onhold", "kind": "rejection", "lang": "en",
        "company": "Tessel Logistics", "contact": "sam.dekker@tessel-logistics.example.nl",
        "date": "2026-06-23 13:12 +0200",
        "frm": ("Sam Dekker from Tessel Logistics", "no-reply@ashbyhq.com"),
        "reply_to": ("Sam Dekker", "sam.dekker@tessel-logistics.example.nl"),
        "subject": "Update on the Supply Chain Data Analyst role",
        "text": """Hi Karolina,

I wanted to give you a quick and honest update. Due to a change in our funding timeline, we
have put the Supply Chain Data Analyst role on hold for the rest of the year, so we will not
proceed with the hiring process – including your application.

I'm genuinely sorry about this, especially as you were through to the final stage. If the
role reopens in 2027, I'd love to reach out to you first.

Warm regards,
Sam Dekker
Talent Lead, Tessel Logistics
Rotterdam
""",
    },
    {
        "id": "rotterdam_agency_relay", "kind": "rejection", "lang": "en",
        "company": "Harbourline Recruitment", "contact": "j.vanrijn@harbourline.example.nl",
        "date": "2026-08-26 11:40 +0200",
        "frm": ("Joost van Rijn", "j.vanrijn@harbourline.example.nl"),
        "charset": "windows-1252", "cte": "quoted-printable",
        "subject": "RE: Inventory Analyst – client feedback",
        "text": """Hi Karolina,

Just heard back from my client (the 3PL in Barendrecht I mentioned). They liked your CV but
have decided not to invite you for an interview – they're going with someone who has more
hands-on WMS configuration experience.

Not the news we wanted. I'll keep you posted on other roles – there are a couple of planning
jobs coming up in Q4.

Cheers,
Joost van Rijn
Senior Recruiter – Supply Chain & Logistics
Harbourline Recruitment B.V. | Weena 505, Rotterdam | +31 10 744 21 09
""",
    },
    {
        "id": "lemaire_refus", "kind": "rejection", "lang": "fr",
        "company": "Groupe Lemaire Distribution", "contact": "s.delattre@lemaire-distribution.example.fr",
        "date": "2026-02-26 10:15 +0100",
        "frm": ("Sophie Delattre", "s.delattre@lemaire-distribution.example.fr"),
        "charset": "iso-8859-1", "cte": "quoted-printable",
        "subject": "Votre candidature au poste de gestionnaire des stocks",
        "text": """Madame,

Nous avons bien reçu votre candidature au poste de gestionnaire des stocks au sein de notre
entrepôt de Seclin et nous vous en remercions.

Après un examen attentif de votre dossier, nous sommes au regret de vous informer que nous ne
pouvons pas y donner une suite favorable, d'autres profils correspondant davantage à nos
attentes.

Nous conservons néanmoins votre candidature dans notre base afin de vous recontacter si un
poste correspondant à votre profil se libérait.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Sophie Delattre
Responsable Ressources Humaines
Groupe Lemaire Distribution - Entrepôt de Seclin
""",
    },
    {
        "id": "cabinet_client_refus", "kind": "rejection", "lang": "fr",
        "company": "Brasseries du Hainaut", "contact": "thomas.lefebvre@cabinet-opale-rh.example.fr",
        "date": "2026-04-09 18:20 +0200",
        "frm": ("Thomas Lefebvre", "thomas.lefebvre@cabinet-opale-rh.example.fr"),
        "subject": "Retour des Brasseries du Hainaut",
        "text": """Bonsoir Karolina,

J'ai eu ce soir le retour des Brasseries du Hainaut suite à votre entretien avec leur
directeur logistique. Malheureusement, ils ont décidé de poursuivre avec un autre candidat,
qui connaît déjà leur ERP.

Ils ont souligné votre rigueur et votre très bonne compréhension des flux, donc ne vous
découragez pas ! Je reviens vers vous dès que j'ai une mission qui pourrait vous intéresser.

Belle soirée,
Thomas

Thomas Lefebvre
Consultant Supply Chain – Cabinet Opale RH
45 rue Nationale, 59000 Lille
06 12 48 77 30
""",
    },
    {
        "id": "railfret_interne", "kind": "rejection", "lang": "fr",
        "company": "RailFret Nord", "system_sender": True,
        "date": "2026-05-22 09:00 +0200",
        "frm": ("RailFret Nord – Recrutement", "ne-pas-repondre@railfret-nord.example.fr"),
        "subj_enc": ("b", "utf-8"),
        "subject": "Poste d’analyste flux ferroviaires – réf. RFN-2026-044",
        "html": html_page("""Madame Wiśniewska,

Nous vous remercions de l'intérêt que vous portez à RailFret Nord et de votre candidature au
poste d'analyste flux ferroviaires (réf. RFN-2026-044).

Nous vous informons que ce poste a été pourvu en interne. Nous clôturons donc ce recrutement
et ne pourrons pas donner suite à votre candidature.

Nous vous souhaitons une bonne continuation.

La Direction des Ressources Humaines
RailFret Nord""", brand="RailFret Nord", colour="#8d0801",
            footer="Ce message est envoyé automatiquement, merci de ne pas y répondre."),
    },
    {
        "id": "deule_teamtailor", "kind": "rejection", "lang": "fr",
        "company": "Logistique Deûle", "system_sender": True,
        "date": "2026-09-29 14:37 +0200",
        "frm": ("Logistique Deûle", "no-reply@teamtailor-mail.com"),
        "subject": "Suite de votre candidature – Coordinatrice transport",
        "text": """Bonjour Karolina,

Merci d'avoir postulé chez Logistique Deûle pour le poste de coordinatrice transport.

Nous avons pris le temps d'étudier votre profil avec attention. Malheureusement, nous avons
choisi de poursuivre le processus avec d'autres candidat·e·s dont l'expérience correspond
plus précisément au poste.

Nous vous remercions sincèrement pour le temps consacré à votre candidature et vous souhaitons
le meilleur pour la suite.

L'équipe Logistique Deûle
""",
        "html": "auto",
    },
    {
        "id": "portuaria_rechazo", "to": ("Karolina Wisniewska", "k.wisniewska@example.at"), "kind": "rejection", "lang": "es",
        "company": "Autoridad Portuaria del Turia", "contact": "seleccion.mgarcia@apturia.example.es",
        "date": "2026-03-19 12:30 +0100",
        "frm": ("María García Peris", "seleccion.mgarcia@apturia.example.es"),
        "charset": "iso-8859-1", "cte": "8bit",
        "subject": "Proceso de selección 07/2026 - Técnico/a de logística portuaria",
        "text": """Estimada Sra. Wisniewska:

Le agradecemos su participación en el proceso de selección 07/2026 para la plaza de
técnico/a de logística portuaria.

Lamentamos comunicarle que, una vez valorados los méritos de todas las candidaturas, su
perfil no ha sido seleccionado para pasar a la fase de entrevistas.

Le deseamos mucha suerte en sus próximos proyectos profesionales.

Atentamente,

María García Peris
Departamento de Recursos Humanos
Autoridad Portuaria del Turia
""",
    },
    {
        "id": "cargamed_rechazo", "kind": "rejection", "lang": "es",
        "company": "Carga Mediterránea", "contact": "rrhh.pablo@cargamed.example.es",
        "date": "2026-06-04 16:44 +0200",
        "frm": ("Pablo Ortega", "rrhh.pablo@cargamed.example.es"),
        "subject": "Tu candidatura en Carga Mediterránea",
        "text": """Hola Karolina,

Muchas gracias por tu tiempo en la entrevista del martes y por el interés mostrado en Carga
Mediterránea.

Tras valorar todas las candidaturas, hemos decidido continuar con otra persona cuyo perfil se
ajusta mejor a las necesidades actuales del departamento de importación. Sentimos no poder
darte una respuesta más positiva.

Te deseamos mucho éxito.

Un saludo,
Pablo Ortega
Recursos Humanos · Carga Mediterránea Transitarios
C/ de la Travessia 12, 46024 Valencia
""",
        "html": "auto",
    },
    {
        "id": "ett_cliente_no", "kind": "rejection", "lang": "es",
        "company": "Levante Temporal ETT", "contact": "nuria.sanz@levantetemporal.example.es",
        "date": "2026-07-08 13:05 +0200",
        "frm": ("Nuria Sanz | Levante Temporal", "nuria.sanz@levantetemporal.example.es"),
        "subject": "Respuesta de la empresa cliente",
        "text": """Hola Karolina:

Te escribo para contarte que la empresa cliente para la que te presentamos (almacén de
distribución en Ribarroja) finalmente no va a seguir adelante con tu candidatura. Buscan a
alguien con carné de carretillero y disponibilidad inmediata.

Lo siento mucho. Seguimos teniendo tu CV activo para otras ofertas.

Un saludo,
Nuria Sanz
Consultora de selección · Levante Temporal ETT
""",
    },
    {
        "id": "motores_llevant_wd", "kind": "rejection", "lang": "es",
        "company": "Motores Llevant", "system_sender": True,
        "date": "2026-08-18 05:30 +0000",
        "frm": ("Motores Llevant Talento", "motoresllevant@myworkday.com"),
        "subject": "Actualización de tu candidatura – Analista de Logística de Planta (JR-1187)",
        "text": """Hola, Karolina:

Gracias por tu interés en Motores Llevant y por tu candidatura a la posición de Analista de
Logística de Planta (JR-1187) en nuestra planta de Almussafes.

Tras revisar tu perfil, lamentamos informarte de que no continuarás en el proceso de
selección para esta posición. Te animamos a seguir consultando nuestras vacantes.

Atentamente,
Equipo de Adquisición de Talento
Motores Llevant
""",
        "html": "auto", "cte": "base64",
    },
    {
        "id": "tavernes_suspendido", "kind": "rejection", "lang": "es",
        "company": "Supermercados Tavernes", "contact": "irene.marti@supertavernes.example.es",
        "date": "2026-10-06 10:22 +0200",
        "frm": ("Irene Martí", "irene.marti@supertavernes.example.es"),
        "charset": "windows-1252", "cte": "quoted-printable",
        "subject": "Proceso suspendido – Coordinador/a de plataforma logística",
        "text": """Hola Karolina:

Te escribimos para informarte de que el proceso de selección para Coordinador/a de plataforma
logística ha quedado suspendido por una reorganización interna. Por ello no vamos a
continuar con las entrevistas previstas y damos por cerrada tu candidatura.

Agradecemos mucho tu interés y el tiempo dedicado.

Saludos cordiales,
Irene Martí
Selección · Supermercados Tavernes
""",
    },
]
