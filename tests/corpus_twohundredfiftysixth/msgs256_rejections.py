"""Corpus 256: the 31 rejections, each written by hand."""

from __future__ import annotations

import msgs256_common as C

ME = C.ME

# Texts reused as quoted material in later messages of the same thread.
THANKS_PENTLAND = """Dear Fiona,

Thank you for taking the time to speak with me this afternoon, and please pass my thanks to Callum as well. Hearing how the wholesale team plans its pre-season orders with the ski-hire shops made the role even more attractive to me, and I would be delighted to bring my on-slope contacts into that work.

Best wishes,
Jakob"""

THANKS_LIMMAT = """Liebe Frau Gasser,

herzlichen Dank für das angenehme Gespräch heute Vormittag in der Filiale am Stauffacher. Besonders die Idee, die Skiservice-Termine mit dem Verkauf im Laden zu koppeln, geht mir nicht aus dem Kopf.

Ich freue mich, von Ihnen zu hören.

Beste Grüße
Jakob Oyelaran-Pichler"""

THANKS_CHARTREUSE = """Bonjour Monsieur Vidal,

Merci encore pour l'échange de ce matin à Voiron. La façon dont vous organisez la tournée des magasins de station avant l'hiver m'a beaucoup parlé, et je serais ravi d'y contribuer.

Bien cordialement,
Jakob Oyelaran-Pichler"""

MESSAGES: list[dict] = [
    # ------------------------------------------------------------------ German (15)
    {
        "kind": "rejection", "name": "isarwerk_after_phone_screen", "lang": "de",
        "company": "Isarwerk Sports", "contact": "lena.hofbauer@isarwerk.example.de",
        "id": "t2-reject", "refs": ["t2-ack", "t2-invite", "t2-missed"],
        "frm": ("Lena Hofbauer via Greenhouse", "no-reply@greenhouse-mail.io"),
        "reply_to": ("Lena Hofbauer", "lena.hofbauer@isarwerk.example.de"),
        "subject": "Ihre Bewerbung als Sales Coordinator DACH bei Isarwerk Sports",
        "date": "2026-02-16 14:05 +0100",
        "text": """Hallo Herr Oyelaran-Pichler,

danke, dass Sie sich nach dem verpassten Anruf noch einmal Zeit für ein kurzes Gespräch mit mir genommen haben.

Wir haben uns im Team abgestimmt und werden den Prozess mit Bewerberinnen und Bewerbern fortsetzen, die bereits mehrere Jahre im B2B-Vertrieb mit Händlern gearbeitet haben. Ihre Nähe zum Endkunden auf der Piste hat uns gefallen, für diese Stelle ist sie aber nicht ausschlaggebend genug.

Ich wünsche Ihnen für die weitere Suche alles Gute.

Viele Grüße
Lena Hofbauer
Talent Acquisition | Isarwerk Sports GmbH
Landsberger Straße 288, 80687 München""",
        "html": C.simple_html("""Hallo Herr Oyelaran-Pichler,

danke, dass Sie sich nach dem verpassten Anruf noch einmal Zeit für ein kurzes Gespräch mit mir genommen haben.

Wir haben uns im Team abgestimmt und werden den Prozess mit Bewerberinnen und Bewerbern fortsetzen, die bereits mehrere Jahre im B2B-Vertrieb mit Händlern gearbeitet haben. Ihre Nähe zum Endkunden auf der Piste hat uns gefallen, für diese Stelle ist sie aber nicht ausschlaggebend genug.

Ich wünsche Ihnen für die weitere Suche alles Gute.

Viele Grüße
Lena Hofbauer
Talent Acquisition | Isarwerk Sports GmbH
Landsberger Straße 288, 80687 München"""),
        "headers": [("X-Mailer", "Greenhouse")],
    },
    {
        "kind": "rejection", "name": "agency_relays_rosengarten_no", "lang": "de",
        "company": "Rosengarten Outdoor", "contact": "thomas.kirchmair@alpenpersonal.example.at",
        "id": "t6-reject", "refs": ["t6-invite"],
        "frm": ("Thomas Kirchmair", "thomas.kirchmair@alpenpersonal.example.at"),
        "subject": "AW: Vorstellungsgespräch Rosengarten Outdoor, Bozen - 11. Februar",
        "subj_enc": ("iso-8859-1", "Q"), "cs": "iso-8859-1", "cte": "8bit",
        "date": "2026-02-18 17:22 +0100",
        "text": """Servus Jakob,

ich hab heute Mittag mit Frau Pichler-Unterkircher von Rosengarten telefoniert. Sie haben sich für jemanden aus dem eigenen Händlernetz entschieden, der Italienisch als Muttersprache spricht - das war am Ende das Zünglein an der Waage. Von mir aus ehrlich: das Feedback zu dir war gut, am Gespräch lag's nicht.

Ich behalte dich auf dem Schirm, in Südtirol tut sich im Frühjahr einiges.

Lg Thomas

--
Thomas Kirchmair
Senior Consultant Sales & Tourism
Alpen Personal Partner GmbH | Museumstraße 9 | 6020 Innsbruck
T +43 512 908 441-12

Am 03.02.2026 um 09:41 schrieb Thomas Kirchmair <thomas.kirchmair@alpenpersonal.example.at>:
> Hallo Jakob,
>
> wie besprochen: Rosengarten Outdoor lädt dich zum Vorstellungsgespräch
> nach Bozen ein, Mittwoch 11.02. um 10:30, Zentrale in der Siemensstraße.
> Gesprächspartner sind Frau Pichler-Unterkircher (Vertriebsleitung) und
> Herr Gamper (HR). Bitte bestätig mir kurz den Termin.
>
> Lg Thomas""",
    },
    {
        "kind": "rejection", "name": "kessler_bergfuchs_decision", "lang": "de",
        "company": "Bergfuchs Outdoor", "contact": "m.kessler@kessler-search.example.de",
        "id": "t7-reject", "refs": ["t7-cold", "t7-invite", "t7-cancel"],
        "frm": ("Maximilian Kessler", "m.kessler@kessler-search.example.de"),
        "subject": "Bergfuchs Outdoor – Rückmeldung",
        "date": "2026-05-04 08:47 +0200",
        "text": """Sehr geehrter Herr Oyelaran-Pichler,

Bergfuchs hat sich nach dem nachgeholten Termin für einen Kandidaten entschieden, der schon eine Key-Account-Rolle im Sportfachhandel innehatte. Ich gebe Ihnen das so weiter, wie ich es erhalten habe, und bedaure, dass es diesmal nicht gereicht hat.

Mit freundlichen Grüßen
Maximilian Kessler
Geschäftsführender Partner
Kessler Executive Search GmbH
Prinzregentenstraße 54, 80538 München
+49 89 2154 7760

Diese E-Mail enthält vertrauliche Informationen und ist ausschließlich für den Adressaten bestimmt. Sollten Sie nicht der richtige Adressat sein, informieren Sie bitte den Absender und löschen Sie diese Nachricht.""",
        "cte": "base64",
    },
    {
        "kind": "rejection", "name": "allgaeu_seilbahnbau_workday", "lang": "de",
        "company": "Allgäuer Seilbahnbau", "contact": "",
        "id": "r-allgaeu", "refs": ["a-allgaeu"],
        "frm": ("Allgäuer Seilbahnbau", "allgaeuer-seilbahnbau@myworkday.com"),
        "subject": "Ihre Bewerbung: Vertriebskoordinator (m/w/d) – Referenz R-2041",
        "date": "2026-05-11 06:02 +0200",
        "html": C.ats_card(
            "Allgäuer Seilbahnbau",
            "#8a1c1c",
            """<p>Guten Tag Jakob Oyelaran-Pichler,</p>
<p>vielen Dank für Ihr Interesse an der Position <b>Vertriebskoordinator (m/w/d)</b> an unserem Standort Kempten.</p>
<p>Nach Abschluss der Vorauswahl müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung im weiteren Verfahren nicht berücksichtigen können. Diese Entscheidung ist keine Bewertung Ihrer Person.</p>
<p>Gerne können Sie sich über unser Karriereportal auf künftige Ausschreibungen bewerben.</p>
<p>Freundliche Grüße<br>Personalabteilung Allgäuer Seilbahnbau</p>""",
            "Diese Nachricht wurde automatisch über Workday versendet. Antworten an diese Adresse werden nicht gelesen. Allgäuer Seilbahnbau GmbH, Illerstraße 12, 87435 Kempten.",
            button=("Zum Kandidatenportal", "https://allgaeuer-seilbahnbau.wd3.myworkday.com/candidate/home"),
        ),
        "html_cte": "quoted-printable",
    },
    {
        "kind": "rejection", "name": "rieder_after_trial_day_terse", "lang": "de",
        "company": "Alpinsport Rieder", "contact": "sabine.rieder@rieder-sport.example.at",
        "id": "r-rieder", "refs": ["i-rieder"],
        "frm": ("Sabine Rieder", "sabine.rieder@rieder-sport.example.at"),
        "subject": "Re: Probearbeitstag",
        "date": "2026-04-20 19:11 +0200",
        "cs": "windows-1252", "cte": "quoted-printable",
        "text": """Hallo Jakob,

danke fürs Mitarbeiten am Samstag. Wir nehmen wen anderen für den Verkauf – passt halt besser ins Team, wie's jetzt ist.

Alles Gute „on the slopes“ weiterhin!
Sabine

Alpinsport Rieder – Anichstraße 17 – Innsbruck""",
    },
    {
        "kind": "rejection", "name": "tvb_karwendelblick_on_hold", "lang": "de",
        "company": "Tourismusverband Karwendelblick", "contact": "elisabeth.hechenberger@karwendelblick.example.at",
        "id": "r-tvb", "refs": ["a-tvb", "i-tvb", "s-tvb"],
        "frm": ("Elisabeth Hechenberger, Geschäftsführung", "elisabeth.hechenberger@karwendelblick.example.at"),
        "frm_enc": ("iso-8859-1", "Q"),
        "subject": "Stelle Marketing- und Vertriebskoordination: Stand der Dinge",
        "subj_enc": ("iso-8859-1", "B"),
        "date": "2026-03-02 11:30 +0100",
        "cs": "iso-8859-1", "cte": "8bit",
        "text": """Grüß Gott Herr Oyelaran-Pichler,

wie angekündigt melde ich mich wegen des abgesagten Termins. Leider keine guten Nachrichten: Die Vollversammlung hat das Budget für die neue Koordinationsstelle auf 2027 verschoben. Die Ausschreibung ruht damit, und wir führen das Auswahlverfahren heuer nicht weiter.

Das tut mir leid, gerade weil Ihr Profil sehr gut gepasst hätte. Ihre Unterlagen löschen wir gemäß unserer Datenschutzerklärung nach sechs Monaten.

Mit freundlichen Grüßen
Elisabeth Hechenberger
Geschäftsführung
Tourismusverband Karwendelblick
Dorfplatz 3, 6170 Zirl
Tel. +43 5238 520 11""",
    },
    {
        "kind": "rejection", "name": "firnschnee_filled_internally", "lang": "de",
        "company": "Firnschnee Skiwachs", "contact": "g.unterberger@firnschnee.example.at",
        "frm": ("Gernot Unterberger", "g.unterberger@firnschnee.example.at"),
        "subject": "Ihre Bewerbung Vertriebsinnendienst",
        "date": "2026-10-12 10:18 +0200",
        "headers": [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Topic", "Ihre Bewerbung Vertriebsinnendienst")],
        "text": """Sehr geehrter Herr Oyelaran-Pichler,

entschuldigen Sie bitte die lange Wartezeit. Die Stelle im Vertriebsinnendienst haben wir inzwischen mit einer Kollegin aus unserer Produktion besetzt, die intern gewechselt ist. Eine externe Besetzung ist damit vom Tisch.

Ich hoffe auf Ihr Verständnis und wünsche Ihnen viel Erfolg.

Freundliche Grüße

Gernot Unterberger
Leitung Vertrieb
Firnschnee Skiwachs GmbH
Gewerbepark 4 | 6067 Absam
Tel.: +43 5223 411 90-20""",
        "html": C.outlook_html("""Sehr geehrter Herr Oyelaran-Pichler,

entschuldigen Sie bitte die lange Wartezeit. Die Stelle im Vertriebsinnendienst haben wir inzwischen mit einer Kollegin aus unserer Produktion besetzt, die intern gewechselt ist. Eine externe Besetzung ist damit vom Tisch.

Ich hoffe auf Ihr Verständnis und wünsche Ihnen viel Erfolg.

Freundliche Grüße

Gernot Unterberger
Leitung Vertrieb
Firnschnee Skiwachs GmbH
Gewerbepark 4 | 6067 Absam
Tel.: +43 5223 411 90-20"""),
    },
    {
        "kind": "rejection", "name": "limmat_after_interview_quotes_thanks", "lang": "de",
        "company": "Limmat Outdoor Retail", "contact": "corinne.gasser@limmat-outdoor.example.ch",
        "id": "r-limmat", "refs": ["own-limmat-thanks"],
        "frm": ("Corinne Gasser", "corinne.gasser@limmat-outdoor.example.ch"),
        "subject": "AW: Danke für das Gespräch",
        "date": "2026-08-26 16:40 +0200",
        "text": """Lieber Herr Oyelaran-Pichler

Vielen Dank für Ihre freundlichen Zeilen, die haben mich gefreut. Nach der zweiten Runde mit der Filialleitung mussten wir uns zwischen zwei sehr guten Profilen entscheiden, und die Wahl ist auf die andere Person gefallen, die bereits ein Verkaufsteam geführt hat.

Ihre Idee mit den Skiservice-Terminen nehmen wir trotzdem mit, versprochen.

Freundliche Grüsse
Corinne Gasser
HR Business Partnerin
Limmat Outdoor Retail AG
Badenerstrasse 120, 8004 Zürich

""" + C.schrieb_de("24.08.2026 um 18:02", "Jakob Oyelaran-Pichler", "jakob.op@example.at", THANKS_LIMMAT),
    },
    {
        "kind": "rejection", "name": "iller_sport_personio_base64", "lang": "de",
        "company": "Iller Sport Vertrieb", "contact": "",
        "id": "r-iller", "refs": ["a-iller"],
        "frm": ("Iller Sport Vertrieb GmbH", "noreply@personio.de"),
        "subject": "Absage: Koordinator Außendienst (m/w/d)",
        "subj_enc": ("utf-8", "B"),
        "date": "2026-06-19 13:15 +0200",
        "cte": "base64",
        "text": """Hallo Jakob,

wir haben uns alle Bewerbungen für die Stelle „Koordinator Außendienst (m/w/d)“ genau angesehen. Für die nächste Runde haben wir Profile ausgewählt, die schon Tourenplanung für einen Außendienst verantwortet haben – deshalb können wir dir heute keine Zusage geben.

Danke, dass du dir die Zeit genommen hast, und viel Glück bei allem, was kommt!

Dein Recruiting-Team von Iller Sport Vertrieb

Diese E-Mail wurde über Personio versendet. Bitte antworte nicht auf diese Nachricht.""",
        "html": C.ats_card(
            "Iller Sport Vertrieb",
            "#0f6cbd",
            """<p>Hallo Jakob,</p>
<p>wir haben uns alle Bewerbungen für die Stelle „Koordinator Außendienst (m/w/d)“ genau angesehen. Für die nächste Runde haben wir Profile ausgewählt, die schon Tourenplanung für einen Außendienst verantwortet haben – deshalb können wir dir heute keine Zusage geben.</p>
<p>Danke, dass du dir die Zeit genommen hast, und viel Glück bei allem, was kommt!</p>
<p>Dein Recruiting-Team von Iller Sport Vertrieb</p>""",
            "Diese E-Mail wurde über Personio versendet. Bitte antworte nicht auf diese Nachricht.",
        ),
        "html_cte": "base64",
    },
    {
        "kind": "rejection", "name": "vinschgau_softgarden", "lang": "de",
        "company": "Vinschgau Outdoor Handel", "contact": "",
        "id": "r-vinschgau", "refs": ["a-vinschgau"],
        "frm": ("Vinschgau Outdoor Handel", "vinschgau-outdoor@softgarden.io"),
        "subject": "Ihre Bewerbung bei Vinschgau Outdoor Handel",
        "date": "2026-07-30 09:00 +0200",
        "text": """Sehr geehrter Herr Oyelaran-Pichler,

Ihre Unterlagen für die Stelle „Verkaufskoordination Fachhandel Südtirol“ haben wir mit Interesse gelesen.

Wir haben uns im Auswahlverfahren jedoch gegen eine Einladung entschieden. Ausschlaggebend war, dass für diese Stelle fließendes Italienisch in Wort und Schrift gefordert ist.

Wir bedanken uns für Ihr Vertrauen und wünschen Ihnen beruflich wie privat alles Gute.

Mit freundlichen Grüßen
Ihr Personalteam
Vinschgau Outdoor Handel GmbH, Schlanders

Datenschutz: Ihre Daten werden nach Abschluss des Verfahrens gemäß DSGVO gelöscht.
Versendet über softgarden.""",
    },
    {
        "kind": "rejection", "name": "lizum_casual_colleague", "lang": "de",
        "company": "Lizum Sporthaus", "contact": "markus.falkner@lizum-sporthaus.example.at",
        "id": "r-lizum", "refs": ["a-lizum"],
        "frm": ("Markus Falkner", "markus.falkner@lizum-sporthaus.example.at"),
        "subject": "wegen der Filialstelle",
        "date": "2026-08-28 21:34 +0200",
        "text": """Hoi Jakob,

ich mach's kurz, weil du eh schon gefragt hast: Der Chef hat sich für die Stelle in der Filiale gegen dich entschieden. Er will jemanden, der schon einmal ein Lager und die Bestellungen gemacht hat, und da hat der andere halt mehr vorzuweisen. Ich hätt's dir anders gewünscht, ehrlich.

Auf a Bier im Dezember bleibt's trotzdem, gell?

Markus""",
    },
    {
        "kind": "rejection", "name": "inntal_personal_client_cancelled", "lang": "de",
        "company": "Inntal Personalberatung", "contact": "birgit.pfurtscheller@inntal-personal.example.at",
        "id": "r-inntal", "refs": ["a-inntal"],
        "frm": ("Birgit Pfurtscheller", "birgit.pfurtscheller@inntal-personal.example.at"),
        "subject": "Vertriebskoordination Seilbahntechnik – Projekt eingestellt",
        "date": "2026-09-14 15:52 +0200",
        "cte": "quoted-printable",
        "text": """Lieber Herr Oyelaran-Pichler,

mein Auftraggeber hat mich heute informiert, dass die Position nach einer Umstrukturierung im Vertrieb ersatzlos gestrichen wird. Das Suchmandat ist damit beendet, und ich kann Ihre Kandidatur leider nicht mehr vorstellen.

Für mich ist das genauso ärgerlich wie für Sie. Wenn Sie einverstanden sind, behalte ich Ihr Profil für vergleichbare Mandate in Tirol.

Herzliche Grüße
Birgit Pfurtscheller
Inntal Personalberatung e.U.
Maria-Theresien-Straße 21, 6020 Innsbruck
+43 512 57 33 80

Vertraulichkeitshinweis: Der Inhalt dieser E-Mail ist vertraulich und ausschließlich für den bezeichneten Adressaten bestimmt.""",
    },
    {
        "kind": "rejection", "name": "schneekristall_successfactors", "lang": "de",
        "company": "Schneekristall Sporthandel", "contact": "",
        "id": "r-schneekristall", "refs": ["a-schneekristall", "i-schneekristall"],
        "frm": ("Schneekristall Sporthandel Karriere", "noreply@successfactors.eu"),
        "subject": "Schneekristall Sporthandel – Ihre Bewerbung (Req. 7731)",
        "date": "2026-09-01 07:45 +0200",
        "text": """Sehr geehrter Herr Oyelaran-Pichler,

herzlichen Dank für die beiden Gespräche und Ihr Interesse an der Position Sales Coordinator Wintersport.

Nach sorgfältiger Abwägung haben wir uns dazu entschlossen, die Stelle anderweitig zu vergeben. Wir wissen, dass diese Nachricht enttäuschend ist, zumal Sie bereits zwei Runden mit uns gegangen sind.

Wir würden uns freuen, wenn Sie uns als Arbeitgeber in guter Erinnerung behalten.

Mit freundlichen Grüßen
Ihr Talent-Acquisition-Team
Schneekristall Sporthandel AG, Leopoldstraße 170, 80804 München

Dies ist eine automatisch generierte Nachricht aus SAP SuccessFactors. Bitte antworten Sie nicht auf diese E-Mail.
Schneekristall Sporthandel AG – Sitz München – Registergericht München HRB 211 874 – Vorstand: Dr. Ines Wallner""",
        "html": C.simple_html("""Sehr geehrter Herr Oyelaran-Pichler,

herzlichen Dank für die beiden Gespräche und Ihr Interesse an der Position Sales Coordinator Wintersport.

Nach sorgfältiger Abwägung haben wir uns dazu entschlossen, die Stelle anderweitig zu vergeben. Wir wissen, dass diese Nachricht enttäuschend ist, zumal Sie bereits zwei Runden mit uns gegangen sind.

Wir würden uns freuen, wenn Sie uns als Arbeitgeber in guter Erinnerung behalten.

Mit freundlichen Grüßen
Ihr Talent-Acquisition-Team
Schneekristall Sporthandel AG, Leopoldstraße 170, 80804 München

Dies ist eine automatisch generierte Nachricht aus SAP SuccessFactors. Bitte antworten Sie nicht auf diese E-Mail.
Schneekristall Sporthandel AG – Sitz München – Registergericht München HRB 211 874 – Vorstand: Dr. Ines Wallner"""),
    },
    {
        "kind": "rejection", "name": "werdenfels_after_assessment_outlook_chain", "lang": "de",
        "company": "Werdenfels Reisen", "contact": "katharina.zwink@werdenfels-reisen.example.de",
        "id": "r-werdenfels", "refs": ["i-werdenfels", "s-werdenfels"],
        "frm": ("Zwink, Katharina", "katharina.zwink@werdenfels-reisen.example.de"),
        "subject": "AW: Assessment Center Vertriebskoordination – neuer Termin",
        "date": "2026-06-05 12:26 +0200",
        "headers": [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdrqN2c3YmVkZmY0Yzk4ZQ==")],
        "text": """Hallo Herr Oyelaran-Pichler,

nochmals danke für Ihren Einsatz beim Assessment Center am 27. Mai. Die Beobachterinnen und Beobachter haben sich gestern zusammengesetzt.

Im Rollenspiel mit dem Reisebüro-Kunden waren Sie stark, in der Kalkulationsübung lagen Sie jedoch deutlich hinter den anderen Teilnehmenden. Weil die Stelle zu einem großen Teil aus Angebotskalkulation besteht, gehen wir mit zwei anderen Personen in die letzte Runde. Ich hätte Ihnen gern Besseres geschrieben.

Viele Grüße
Katharina Zwink
Personalreferentin
Werdenfels Reisen GmbH | Sonnenstraße 31 | 80331 München
Tel. +49 89 4522 180-33

""" + C.outlook_block(
            "de", "Zwink, Katharina <katharina.zwink@werdenfels-reisen.example.de>",
            "Freitag, 15. Mai 2026 10:03", "Jakob Oyelaran-Pichler <jakob.op@example.at>",
            "Assessment Center Vertriebskoordination – neuer Termin",
            """Hallo Herr Oyelaran-Pichler,

den Termin am 20. Mai müssen wir leider absagen, weil zwei Beobachter auf einer Messe sind. Wir laden Sie stattdessen für Mittwoch, 27. Mai, 9:00 Uhr ein. Die Kalenderabsage für den alten Termin kommt separat.

Viele Grüße
Katharina Zwink""") + "\n\n" + C.outlook_block(
            "de", "Zwink, Katharina <katharina.zwink@werdenfels-reisen.example.de>",
            "Mittwoch, 6. Mai 2026 14:47", "Jakob Oyelaran-Pichler <jakob.op@example.at>",
            "Einladung Assessment Center Vertriebskoordination",
            """Sehr geehrter Herr Oyelaran-Pichler,

wir laden Sie herzlich zu unserem Assessment Center am 20. Mai ein. Bitte planen Sie den ganzen Tag ein."""),
        "html": C.outlook_html("""Hallo Herr Oyelaran-Pichler,

nochmals danke für Ihren Einsatz beim Assessment Center am 27. Mai. Die Beobachterinnen und Beobachter haben sich gestern zusammengesetzt.

Im Rollenspiel mit dem Reisebüro-Kunden waren Sie stark, in der Kalkulationsübung lagen Sie jedoch deutlich hinter den anderen Teilnehmenden. Weil die Stelle zu einem großen Teil aus Angebotskalkulation besteht, gehen wir mit zwei anderen Personen in die letzte Runde. Ich hätte Ihnen gern Besseres geschrieben.

Viele Grüße
Katharina Zwink
Personalreferentin
Werdenfels Reisen GmbH | Sonnenstraße 31 | 80331 München
Tel. +49 89 4522 180-33""", lang="DE"),
    },
    {
        "kind": "rejection", "name": "suedtirol_bergsport_bamboohr", "lang": "de",
        "company": "Südtirol Bergsport Vertrieb", "contact": "hr@suedtirol-bergsport.example.it",
        "id": "r-suedtirol", "refs": ["a-suedtirol"],
        "frm": ("Südtirol Bergsport Vertrieb", "notifications@app.bamboohr.com"),
        "frm_enc": ("utf-8", "B"),
        "reply_to": ("Personalbüro Südtirol Bergsport", "hr@suedtirol-bergsport.example.it"),
        "subject": "Rückmeldung zu Ihrer Bewerbung – Gebietsverkauf Pustertal",
        "date": "2026-10-05 10:10 +0200",
        "text": """Guten Tag Herr Oyelaran-Pichler,

danke für Ihre Geduld. Wir haben die Stelle Gebietsverkauf Pustertal mittlerweile vergeben und möchten Ihnen auf diesem Weg Bescheid geben, damit Sie nicht länger warten.

Für Rückfragen erreichen Sie unser Personalbüro unter hr@suedtirol-bergsport.example.it.

Freundliche Grüße
Personalbüro Südtirol Bergsport Vertrieb GmbH
Industriezone 8, 39031 Bruneck

Sent via BambooHR""",
    },
    # ------------------------------------------------------------------ English (8)
    {
        "kind": "rejection", "name": "pentland_after_interview_quotes_thanks", "lang": "en",
        "company": "Pentland Outdoor", "contact": "fiona.macleod@pentland-outdoor.example.co.uk",
        "id": "t3-reject", "refs": ["t3-ack", "t3-invite", "t3-cancel", "t3-thanks"],
        "frm": ("Fiona MacLeod", "fiona.macleod@pentland-outdoor.example.co.uk"),
        "subject": "Re: Thank you - Sales Coordinator (Wholesale)",
        "date": "2026-04-03 11:52 +0100",
        "text": """Hi Jakob,

Thanks so much for your lovely note, and apologies that this took longer than I'd hoped.

Callum and I have talked it through, and we're going to offer the role to someone who has already run a wholesale order book, because the first pre-season deadline is only a few weeks after the start date. It was genuinely close, and your enthusiasm for the ski-hire side came across really well.

I'd be happy to keep your details on file for our seasonal sales roles if you'd like.

All the best,
Fiona

Fiona MacLeod | People Partner
Pentland Outdoor Ltd | 14 Bonnington Road Lane, Edinburgh EH6 5BJ
+44 131 496 0732

""" + C.wrote_en("Fri, 27 Mar 2026 at 17:31", "Jakob Oyelaran-Pichler", "jakob.op@example.at", THANKS_PENTLAND) + """

This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. Pentland Outdoor Ltd is registered in Scotland, no. SC612904.""",
    },
    {
        "kind": "rejection", "name": "caledonia_filled_internally", "lang": "en",
        "company": "Caledonia Snowsports", "contact": "euan.drummond@caledonia-snowsports.example.co.uk",
        "id": "t9-reject", "refs": ["t9-apply", "t9-invite"],
        "frm": ("Euan Drummond", "euan.drummond@caledonia-snowsports.example.co.uk"),
        "subject": "Re: Chat on Thursday / sales coordinator",
        "date": "2026-03-18 09:05 +0000",
        "text": """Morning Jakob,

Quick update, and not the one I wanted to send. Our events manager, Kirsty, put her hand up for the sales coordinator job last week and the directors have given it to her. So there's no external hire for it any more.

It was great to chat on Thursday, and I meant what I said about winter instructors being the best salespeople we have. If anything opens for next season I'll ping you first.

Cheers,
Euan

Euan Drummond
Operations Lead, Caledonia Snowsports
Unit 3, Hillend Works, Biggar Road, Edinburgh EH10 7EF""",
    },
    {
        "kind": "rejection", "name": "forth_talent_relays_lothian", "lang": "en",
        "company": "Lothian Adventure Travel", "contact": "priya.sandhu@forthtalent.example.co.uk",
        "id": "r-forth", "refs": ["a-forth", "i-forth"],
        "frm": ("Priya Sandhu", "priya.sandhu@forthtalent.example.co.uk"),
        "subject": "Lothian Adventure Travel - feedback",
        "date": "2026-05-12 16:20 +0100",
        "cte": "quoted-printable",
        "text": """Hi Jakob,

I've just come off the phone with Lothian Adventure Travel. They won't be taking your application forward, I'm afraid. Their feedback was that they need someone who has sold group tours to schools and corporates, and they felt your experience leans more towards individual guests.

Personally I think you interviewed well, and I'll keep putting you forward for the right things.

Kind regards,
Priya

Priya Sandhu
Principal Consultant – Travel & Leisure
Forth Talent Partners
3 Queen Charlotte Street, Leith, Edinburgh EH6 6AX
Mobile: +44 7700 900 418

Forth Talent Partners is an employment agency. This message is intended for the addressee only.""",
    },
    {
        "kind": "rejection", "name": "heatherglen_ashby_html_only", "lang": "en",
        "company": "Heatherglen Outfitters", "contact": "",
        "id": "r-heatherglen", "refs": ["a-heatherglen", "i-heatherglen", "m-heatherglen"],
        "frm": ("Heatherglen Outfitters Hiring Team", "no-reply@ashbyhq.com"),
        "subject": "Update on your application for Retail Sales Coordinator",
        "date": "2026-06-15 15:31 +0100",
        "html": C.ats_card(
            "Heatherglen Outfitters",
            "#2f5d50",
            """<p>Hi Jakob,</p>
<p>Thank you for the time you've spent with us over the last few weeks.</p>
<p>We've now reviewed everyone who interviewed for the Retail Sales Coordinator role, and we won't be moving to an offer with you. We've chosen to go ahead with a candidate whose background in multi-store retail planning fits the current needs of the team.</p>
<p>We know how much effort goes into an application, and we're grateful for yours.</p>
<p>Warmly,<br>The Heatherglen Outfitters Hiring Team</p>""",
            "Sent by Ashby on behalf of Heatherglen Outfitters Ltd, 22 Grassmarket, Edinburgh EH1 2JU. Replies to this address are not monitored.",
            lang="en",
        ),
    },
    {
        "kind": "rejection", "name": "kelpie_greenhouse_other_profiles", "lang": "en",
        "company": "Kelpie Outdoor", "contact": "",
        "frm": ("Kelpie Outdoor", "no-reply@greenhouse-mail.io"),
        "subject": "Your application to Kelpie Outdoor",
        "date": "2026-02-10 18:44 +0000",
        "text": """Hi Jakob,

Thank you for applying for the Channel Sales Coordinator position at Kelpie Outdoor.

We had a very strong response to this posting. After reviewing your application against the requirements of the role, we have decided to progress with applicants whose experience is closer to what the team needs right now, so we will not be taking your application further.

We wish you every success in your search.

Kelpie Outdoor Talent Team

---
Kelpie Outdoor Ltd, 9 Ocean Drive, Edinburgh EH6 6JJ
Powered by Greenhouse""",
        "html": C.simple_html("""Hi Jakob,

Thank you for applying for the Channel Sales Coordinator position at Kelpie Outdoor.

We had a very strong response to this posting. After reviewing your application against the requirements of the role, we have decided to progress with applicants whose experience is closer to what the team needs right now, so we will not be taking your application further.

We wish you every success in your search.

Kelpie Outdoor Talent Team

---
Kelpie Outdoor Ltd, 9 Ocean Drive, Edinburgh EH6 6JJ
Powered by Greenhouse""", lang="en"),
    },
    {
        "kind": "rejection", "name": "trossachs_terse", "lang": "en",
        "company": "Trossachs Travel", "contact": "dougie@trossachs-travel.example.co.uk",
        "id": "r-trossachs", "refs": ["a-trossachs", "m-trossachs"],
        "frm": ("Dougie Rennie", "dougie@trossachs-travel.example.co.uk"),
        "subject": "Re: Missed call yesterday",
        "date": "2026-07-27 08:12 +0100",
        "text": """Jakob – thanks, but we've gone with someone local who can start straight away. Good luck.

D.

Sent from my iPhone""",
    },
    {
        "kind": "rejection", "name": "alpine_trail_icims_on_hold", "lang": "en",
        "company": "Alpine Trail Brands", "contact": "",
        "frm": ("Alpine Trail Brands Careers", "careers-noreply@icims.com"),
        "subject": "Requisition 2026-1187 Sales Operations Coordinator (Munich)",
        "date": "2026-08-12 03:14 +0200",
        "text": """Dear Jakob,

We are writing to let you know that requisition 2026-1187, Sales Operations Coordinator (Munich), has been put on hold following a review of our European headcount plan. As a result, we will not be progressing any applications for this position, including yours.

Should the requisition be reopened, it will be re-advertised on our careers site and you are welcome to apply again.

Sincerely,
Global Talent Acquisition
Alpine Trail Brands, Inc.

Please do not reply to this message. This mailbox is not monitored.""",
        "html": C.simple_html("""Dear Jakob,

We are writing to let you know that requisition 2026-1187, Sales Operations Coordinator (Munich), has been put on hold following a review of our European headcount plan. As a result, we will not be progressing any applications for this position, including yours.

Should the requisition be reopened, it will be re-advertised on our careers site and you are welcome to apply again.

Sincerely,
Global Talent Acquisition
Alpine Trail Brands, Inc.

Please do not reply to this message. This mailbox is not monitored.""", lang="en"),
        "cte": "base64", "html_cte": "base64",
    },
    {
        "kind": "rejection", "name": "nordlys_teamtailor", "lang": "en",
        "company": "Nordlys Ski Rental", "contact": "",
        "id": "r-nordlys", "refs": ["a-nordlys", "i-nordlys", "m-nordlys"],
        "frm": ("Nordlys Ski Rental", "no-reply@teamtailor-mail.com"),
        "subject": "Nordlys Ski Rental: Sales & Partnerships Coordinator",
        "date": "2026-09-22 10:27 +0200",
        "text": """Hi Jakob!

Thanks for your interest in joining Nordlys. We went through every application for Sales & Partnerships Coordinator with care, and this time we're not able to take yours to the next step.

Keep an eye on our career page – we open new roles before every winter season.

Best,
The Nordlys team
Nordlys Ski Rental AG · Hardturmstrasse 161 · 8005 Zürich""",
    },
    # ------------------------------------------------------------------ French (4)
    {
        "kind": "rejection", "name": "belledonne_smartrecruiters_html", "lang": "fr",
        "company": "Belledonne Glisse", "contact": "",
        "id": "r-belledonne", "refs": ["a-belledonne"],
        "frm": ("Belledonne Glisse", "noreply@smartrecruiters.com"),
        "subject": "Votre candidature – Assistant(e) commercial(e) grands comptes",
        "date": "2026-03-25 08:30 +0100",
        "html": C.ats_card(
            "Belledonne Glisse",
            "#d35400",
            """<p>Bonjour Jakob,</p>
<p>Nous vous remercions de l'intérêt que vous portez à Belledonne Glisse et du temps consacré à votre candidature au poste d'assistant(e) commercial(e) grands comptes.</p>
<p>Après étude attentive de votre dossier, nous sommes au regret de vous informer que nous ne donnerons pas suite à votre candidature. Le poste requiert une expérience confirmée de la relation avec les centrales d'achat, que nous n'avons pas retrouvée dans votre parcours.</p>
<p>Nous conservons votre CV dans notre base pendant deux ans, sauf opposition de votre part.</p>
<p>Bien à vous,<br>L'équipe Recrutement Belledonne Glisse</p>""",
            "Cet e-mail a été envoyé via SmartRecruiters. Merci de ne pas y répondre. Belledonne Glisse SAS – 12 rue Ampère – 38000 Grenoble",
            lang="fr",
        ),
        "html_cte": "quoted-printable",
    },
    {
        "kind": "rejection", "name": "isere_altitude_poste_annule", "lang": "fr",
        "company": "Isère Altitude Tourisme", "contact": "sandrine.morel@isere-altitude.example.fr",
        "id": "r-isere", "refs": ["a-isere"],
        "frm": ("Sandrine Morel (Isère Altitude)", "sandrine.morel@isere-altitude.example.fr"),
        "frm_enc": ("iso-8859-1", "Q"),
        "subject": "Poste de chargé(e) de promotion commerciale : annulation du recrutement",
        "subj_enc": ("iso-8859-1", "Q"),
        "date": "2026-03-20 14:02 +0100",
        "cs": "iso-8859-1", "cte": "quoted-printable",
        "text": """Monsieur,

Je reviens vers vous au sujet du poste de chargé(e) de promotion commerciale pour lequel vous aviez candidaté en février.

Le conseil d'administration a décidé de geler ce recrutement jusqu'à nouvel ordre, à la suite de la baisse des subventions départementales. Le processus est donc interrompu et nous ne pourrons pas donner suite à votre candidature.

Je suis sincèrement désolée de ce contretemps, indépendant de la qualité de votre dossier.

Veuillez agréer, Monsieur, l'expression de mes salutations distinguées.

Sandrine Morel
Responsable des ressources humaines
Isère Altitude Tourisme
14 rue de la République, 38000 Grenoble
Tél. 04 76 00 00 00""",
    },
    {
        "kind": "rejection", "name": "chartreuse_after_entretien_quotes_thanks", "lang": "fr",
        "company": "Chartreuse Sports Distribution", "contact": "olivier.vidal@chartreuse-sports.example.fr",
        "id": "r-chartreuse", "refs": ["i-chartreuse", "m-chartreuse", "own-chartreuse-thanks"],
        "frm": ("Olivier Vidal", "olivier.vidal@chartreuse-sports.example.fr"),
        "subject": "RE: Merci pour l'entretien",
        "date": "2026-07-03 18:15 +0200",
        "text": """Bonsoir Jakob,

Merci pour votre message, qui m'a fait plaisir.

Je préfère être franc : nous avons finalement retenu une candidate qui connaît déjà notre réseau de magasins en Savoie, ce qui lui permettra d'être opérationnelle dès septembre. Votre énergie et votre connaissance du terrain ont été remarquées, mais ce critère a pesé lourd.

Je vous souhaite de trouver rapidement le poste qui vous correspond.

Olivier Vidal
Directeur commercial
Chartreuse Sports Distribution
ZA du Pré Rond, 38500 Voiron
06 00 00 00 00

""" + C.ecrit_fr("jeu. 25 juin 2026 à 12:40", "Jakob Oyelaran-Pichler", "jakob.op@example.at", THANKS_CHARTREUSE),
    },
    {
        "kind": "rejection", "name": "dauphine_talents_relays_oisans", "lang": "fr",
        "company": "Oisans Remontées", "contact": "helene.garnier@dauphine-talents.example.fr",
        "id": "r-dauphine", "refs": ["i-dauphine", "s-dauphine"],
        "frm": ("Hélène Garnier", "helene.garnier@dauphine-talents.example.fr"),
        "frm_enc": ("utf-8", "B"),
        "subject": "Oisans Remontées : retour du client",
        "date": "2026-10-06 10:48 +0200",
        "text": """Bonjour Jakob,

J'ai eu ce matin le retour d'Oisans Remontées après votre entretien avec le directeur d'exploitation.

Ils ont apprécié l'échange mais ils ne poursuivront pas avec votre candidature : ils cherchent quelqu'un qui maîtrise déjà les appels d'offres publics des communes de station, et ils estiment que la marche serait trop haute pour une première prise de poste commerciale.

De mon côté je reste convaincue par votre profil, et je vous recontacte dès qu'une mission plus adaptée se présente.

Bien cordialement,
Hélène Garnier
Consultante associée – Cabinet Dauphiné Talents
8 place Grenette, 38000 Grenoble""",
    },
    # ------------------------------------------------------------------ Spanish (4)
    {
        "kind": "rejection", "name": "valira_tras_entrevista", "lang": "es",
        "company": "Esquí Valira", "contact": "marta.puigcercos@valira-esqui.example.ad",
        "id": "t5-reject", "refs": ["t5-ack", "t5-invite", "t5-own-move", "t5-move"],
        "frm": ("Marta Puigcercós", "marta.puigcercos@valira-esqui.example.ad"),
        "subject": "Proceso Coordinador/a de ventas – decisión final",
        "subj_enc": ("utf-8", "B"),
        "date": "2026-06-08 13:37 +0200",
        "text": """Hola Jakob:

Gracias de nuevo por venir a Escaldes el viernes 29 y por la flexibilidad con el cambio de hora.

Hemos terminado las entrevistas y, tras comentarlo con dirección, hemos optado por otra persona que ya domina el catalán y el francés a nivel profesional, algo imprescindible para tratar con las tiendas del Pas de la Casa. Sentimos no poder darte una respuesta positiva.

Te deseamos mucha suerte en tu búsqueda.

Un saludo,
Marta Puigcercós
Responsable de Personas
Esquí Valira, S.L.
Avinguda Carlemany 44, AD700 Escaldes-Engordany
Tel. +376 800 123""",
        "html": C.simple_html("""Hola Jakob:

Gracias de nuevo por venir a Escaldes el viernes 29 y por la flexibilidad con el cambio de hora.

Hemos terminado las entrevistas y, tras comentarlo con dirección, hemos optado por otra persona que ya domina el catalán y el francés a nivel profesional, algo imprescindible para tratar con las tiendas del Pas de la Casa. Sentimos no poder darte una respuesta positiva.

Te deseamos mucha suerte en tu búsqueda.

Un saludo,
Marta Puigcercós
Responsable de Personas
Esquí Valira, S.L.
Avinguda Carlemany 44, AD700 Escaldes-Engordany
Tel. +376 800 123""", lang="es"),
    },
    {
        "kind": "rejection", "name": "ordino_workable", "lang": "es",
        "company": "Ordino Bike & Ski", "contact": "",
        "frm": ("Ordino Bike & Ski", "noreply@workablemail.com"),
        "subject": "Tu candidatura para Técnico/a comercial en Ordino Bike & Ski",
        "date": "2026-09-09 09:41 +0200",
        "text": """Hola Jakob,

Te agradecemos que te hayas interesado por el puesto de Técnico/a comercial.

Hemos recibido muchas candidaturas y, en esta ocasión, tu perfil no ha sido seleccionado para continuar en el proceso. Buscamos a alguien con experiencia previa en venta de bicicletas eléctricas a empresas de alquiler.

Gracias por tu tiempo y mucho ánimo.

El equipo de Ordino Bike & Ski

Este correo se ha enviado a través de Workable. No respondas a este mensaje.""",
        "html": C.simple_html("""Hola Jakob,

Te agradecemos que te hayas interesado por el puesto de Técnico/a comercial.

Hemos recibido muchas candidaturas y, en esta ocasión, tu perfil no ha sido seleccionado para continuar en el proceso. Buscamos a alguien con experiencia previa en venta de bicicletas eléctricas a empresas de alquiler.

Gracias por tu tiempo y mucho ánimo.

El equipo de Ordino Bike & Ski

Este correo se ha enviado a través de Workable. No respondas a este mensaje.""", lang="es"),
    },
    {
        "kind": "rejection", "name": "pic_negre_terse_cp1252", "lang": "es",
        "company": "Comercial Pic Negre", "contact": "jordi@picnegre.example.ad",
        "frm": ("Jordi Casal", "jordi@picnegre.example.ad"),
        "subject": "RE: Currículum – dependiente/comercial temporada",
        "subj_enc": ("windows-1252", "Q"),
        "date": "2026-04-27 12:03 +0200",
        "cs": "windows-1252", "cte": "8bit",
        "text": """Jakob, gracias por el currículum. Ya tenemos a la persona para la temporada, así que no seguimos adelante con tu candidatura.

Saludos,
Jordi Casal
Comercial Pic Negre – Av. Meritxell 88 – Andorra la Vella""",
    },
    {
        "kind": "rejection", "name": "pirineu_talent_unnamed_client", "lang": "es",
        "company": "Pirineu Talent", "contact": "nuria.font@pirineutalent.example.ad",
        "frm": ("Núria Font", "nuria.font@pirineutalent.example.ad"),
        "subject": "Proceso de selección – Coordinador comercial (ref. PT-118)",
        "date": "2026-03-11 17:05 +0100",
        "cte": "quoted-printable",
        "text": """Estimado Jakob:

Te escribo para cerrar el proceso de la referencia PT-118. Nuestro cliente, una cadena hotelera de montaña cuyo nombre no puedo facilitarte por confidencialidad, ha revisado la terna de finalistas y ha decidido no seguir adelante con tu candidatura. Considera que necesita un perfil con más recorrido en la venta a agencias de viajes.

Agradezco mucho tu disponibilidad durante todo el proceso y te mantendré en nuestra base de datos para futuras oportunidades.

Un cordial saludo,

Núria Font
Consultora sénior
Pirineu Talent Consultors
Carrer Prat de la Creu 59, AD500 Andorra la Vella
+376 700 455

AVISO LEGAL: Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su destinatario.""",
    },
]
