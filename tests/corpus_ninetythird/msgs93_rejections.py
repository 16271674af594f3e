"""Rejections of the ninety-third corpus, written one by one."""

from __future__ import annotations

from msgs93_common import ats_card, plain_html

REJECTIONS = [
    # 1 -- Workday, no-reply, soft wording about candidates who match more closely
    {
        "kind": "rejection", "scenario": "workday_soft", "company": "Rheinauen Pharma", "contact": "", "lang": "de",
        "frm": ("Rheinauen Pharma Talent Acquisition", "rheinauen@myworkday.com"),
        "subject": "Ihre Bewerbung als Pharmacovigilance Specialist (m/w/d) – R-004417",
        "date": "2026-01-19 16:42 +0100", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
        "headers": [("X-Mailer", "Workday Notifications")],
        "html": ats_card(
            logo_src="https://rheinauen.wd3.myworkday.com/rheinauen/assets/logo/rp_logo_email.png",
            logo_alt="Rheinauen Pharma", accent="#00587c",
            paras=[
                "Sehr geehrte Frau Adebayo-Lindqvist,",
                "vielen Dank für Ihr Interesse an Rheinauen Pharma und für die Zeit, die Sie in Ihre Bewerbung auf die Position <b>Pharmacovigilance Specialist (m/w/d)</b> am Standort Frankfurt-Höchst investiert haben.",
                "Wir haben Ihre Unterlagen sorgfältig geprüft. Für diese Position haben wir uns entschieden, den Prozess mit Kandidatinnen und Kandidaten fortzusetzen, deren Erfahrung in der Bearbeitung von Einzelfallberichten (ICSR) und in der Signaldetektion noch enger zu unseren aktuellen Anforderungen passt.",
                "Diese Entscheidung ist keine Bewertung Ihrer fachlichen Qualifikation. Ihr Kandidatenprofil bleibt bestehen, und Sie können sich jederzeit auf weitere ausgeschriebene Stellen bewerben.",
                "Mit freundlichen Grüßen<br>Ihr Talent-Acquisition-Team<br>Rheinauen Pharma",
            ],
            button=("Zum Kandidatenportal", "https://rheinauen.wd3.myworkday.com/en-US/Rheinauen_Careers/userHome?src=email_rej"),
            footer=[
                "Rheinauen Pharma GmbH · Am Rheinauenpark 12 · 65929 Frankfurt am Main",
                "Geschäftsführung: Dr. Katrin Oberländer, Matthias Velte · Amtsgericht Frankfurt am Main HRB 88213",
                "Diese Nachricht wurde automatisch versendet. Antworten auf diese E-Mail werden nicht gelesen.",
                '<a href="https://rheinauen.wd3.myworkday.com/rheinauen/d/privacy.htmld" style="color:#8a8a8a;">Datenschutzhinweise für Bewerbende</a>',
            ],
            pixel_url="https://rheinauen.wd3.myworkday.com/rheinauen/email/open/3f9c2a7e.gif",
        ),
    },
    # 2 -- Personio, recruiter in Reply-To, after the interview
    {
        "kind": "rejection", "scenario": "personio_after_interview", "company": "Taunus BioLogics",
        "contact": "svenja.krolikowski@taunus-biologics.example.de", "lang": "de",
        "frm": ("Taunus BioLogics AG", "noreply@personio.de"),
        "reply_to": ("Svenja Krolikowski", "svenja.krolikowski@taunus-biologics.example.de"),
        "subject": "Ihre Bewerbung bei Taunus BioLogics – Regulatory Affairs Manager",
        "date": "2026-03-27 11:05 +0100", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
        "text": """Liebe Frau Adebayo-Lindqvist,

herzlichen Dank noch einmal für das offene und sehr angenehme Gespräch am vergangenen Dienstag mit Dr. Fenske und mir. Wir haben uns die Entscheidung wirklich nicht leicht gemacht.

Am Ende haben wir uns für eine Kandidatin entschieden, die bereits mehrere Zulassungsverfahren im zentralen Verfahren der EMA federführend begleitet hat. Genau diese Erfahrung brauchen wir in der jetzigen Phase unseres Biosimilar-Programms vom ersten Tag an.

Ihre Perspektive aus der Krankenhausapotheke hat uns beeindruckt, gerade beim Thema Arzneimittelsicherheit in der Versorgung. Wenn Sie einverstanden sind, merke ich Ihr Profil gern für künftige Positionen im Bereich Medical Affairs vor – eine kurze Antwort auf diese Mail genügt.

Für Ihren weiteren Weg alles Gute!

Herzliche Grüße
Svenja Krolikowski
Senior Talent Partner

Taunus BioLogics AG | Kisseleffstraße 40 | 61348 Bad Homburg v. d. Höhe
T +49 6172 9981-240
Vorstand: Dr. Jan-Philipp Aurich (Vors.), Sabine Tränkle | Aufsichtsrat: Prof. Dr. Heiner Voß
Amtsgericht Bad Homburg v. d. Höhe HRB 13377
""",
        "html": plain_html([
            "Liebe Frau Adebayo-Lindqvist,",
            "herzlichen Dank noch einmal für das offene und sehr angenehme Gespräch am vergangenen Dienstag mit Dr. Fenske und mir. Wir haben uns die Entscheidung wirklich nicht leicht gemacht.",
            "Am Ende haben wir uns für eine Kandidatin entschieden, die bereits mehrere Zulassungsverfahren im zentralen Verfahren der EMA federführend begleitet hat. Genau diese Erfahrung brauchen wir in der jetzigen Phase unseres Biosimilar-Programms vom ersten Tag an.",
            "Ihre Perspektive aus der Krankenhausapotheke hat uns beeindruckt, gerade beim Thema Arzneimittelsicherheit in der Versorgung. Wenn Sie einverstanden sind, merke ich Ihr Profil gern für künftige Positionen im Bereich Medical Affairs vor – eine kurze Antwort auf diese Mail genügt.",
            "Für Ihren weiteren Weg alles Gute!",
            "Herzliche Grüße<br>Svenja Krolikowski<br>Senior Talent Partner",
        ], signature=[
            "Taunus BioLogics AG | Kisseleffstraße 40 | 61348 Bad Homburg v. d. Höhe",
            "T +49 6172 9981-240",
            "Vorstand: Dr. Jan-Philipp Aurich (Vors.), Sabine Tränkle | Aufsichtsrat: Prof. Dr. Heiner Voß",
            "Amtsgericht Bad Homburg v. d. Höhe HRB 13377",
        ]),
        "headers": [("X-Personio-Template", "rejection_after_interview")],
    },
    # 3 -- interview cancelled because the position will not be filled: a rejection
    {
        "kind": "rejection", "scenario": "interview_cancelled_post_abolished",
        "company": "Klinikverbund Rhein-Main", "contact": "bewerbung@klinikverbund-rhein-main.example.de",
        "lang": "de",
        "frm": ("Personalabteilung Klinikverbund Rhein-Main", "bewerbung@klinikverbund-rhein-main.example.de"),
        "subject": "Absage Ihres Vorstellungstermins am 12.02.2026 (Kennziffer KRM-2026-031)",
        "date": "2026-02-09 08:17 +0100", "structure": "plain", "charset": "iso-8859-1", "cte": "quoted-printable",
        "text": """Sehr geehrte Frau Adebayo-Lindqvist,

leider müssen wir den mit Ihnen vereinbarten Termin zum Vorstellungsgespräch am Donnerstag, 12. Februar 2026, absagen.

Im Zuge der Neuordnung der Apothekenversorgung unserer Standorte Offenbach und Hanau hat die Geschäftsführung entschieden, die Stelle "Leitung Zytostatikaherstellung" nicht neu zu besetzen. Die Aufgaben werden künftig vom Herstellungsbereich der Zentralapotheke in Offenbach übernommen. Das Auswahlverfahren zur Kennziffer KRM-2026-031 ist damit ohne Stellenbesetzung beendet.

Wir bedauern sehr, Ihnen keine andere Nachricht geben zu können, und danken Ihnen für das Interesse an unserem Haus. Ihre Bewerbungsunterlagen werden nach Ablauf der gesetzlichen Frist von sechs Monaten gelöscht.

Für Rückfragen antworten Sie gern auf diese E-Mail.

Mit freundlichen Grüßen
i. A. Bettina Schäfer-Ohl
Personalgewinnung

Klinikverbund Rhein-Main gGmbH
Starkenburgring 66, 63069 Offenbach am Main
Geschäftsführer: Dipl.-Kfm. Reinhard Lauterbach
Sitz der Gesellschaft: Offenbach am Main, Amtsgericht Offenbach HRB 40412
""",
    },
    # 4 -- CRO, filled internally
    {
        "kind": "rejection", "scenario": "filled_internally", "company": "DCR Domstadt Clinical Research",
        "contact": "m.offermanns@dcr-koeln.example.de", "lang": "de",
        "frm": ("Melanie Offermanns", "m.offermanns@dcr-koeln.example.de"),
        "subject": "Ihre Bewerbung: Clinical Research Associate (Köln)",
        "date": "2026-01-23 13:51 +0100", "structure": "plain", "charset": "utf-8", "cte": "8bit",
        "mid_style": "outlook", "mid_domain": "dcr-koeln.example.de",
        "text": """Hallo Frau Adebayo-Lindqvist,

ich melde mich wie versprochen zu Ihrer Bewerbung als Clinical Research Associate.

Kurz und ehrlich: Die Stelle ist inzwischen intern besetzt worden. Eine Kollegin aus unserem Study-Start-up-Team wechselt ins Monitoring, das war bei der Ausschreibung im Dezember noch nicht absehbar. Wir führen für diese Position deshalb keine weiteren Gespräche.

Das tut mir leid, denn Ihr Profil hätte ich gern kennengelernt. Im Frühjahr schreiben wir voraussichtlich Stellen in der Arzneimittelsicherheit aus – schauen Sie gern wieder bei uns vorbei.

Viele Grüße aus Ehrenfeld
Melanie Offermanns
HR Business Partner

DCR Domstadt Clinical Research GmbH
Vogelsanger Straße 193 · 50825 Köln
Tel. +49 221 478 563-12

Sitz der Gesellschaft: Köln · Registergericht: Amtsgericht Köln HRB 104421
Geschäftsführer: Dr. Arne Wippermann, Petra Lindlar
""",
    },
    # 5 -- family business, speculative application refused, letter style in windows-1252
    {
        "kind": "rejection", "scenario": "speculative_family_business", "company": "Dr. Lahnstein Arzneimittel",
        "contact": "u.lahnstein@lahnstein-arzneimittel.example.de", "lang": "de",
        "frm": ("Ursula Lahnstein", "u.lahnstein@lahnstein-arzneimittel.example.de"),
        "subject": "Ihre Initiativbewerbung",
        "date": "2026-02-18 17:26 +0100", "structure": "plain", "charset": "windows-1252", "cte": "quoted-printable",
        "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
        "mid_style": "outlook", "mid_domain": "lahnstein-arzneimittel.example.de",
        "text": """Sehr geehrte Frau Adebayo-Lindqvist,

haben Sie vielen Dank für Ihre Initiativbewerbung vom 2. Februar, die mich über unseren Herrn Bröcker erreicht hat. Es freut mich, dass ein Familienunternehmen wie unseres – seit 1952 in Porz zu Hause – für eine Apothekerin mit Ihrer klinischen Erfahrung interessant ist.

Ich muss Ihnen allerdings absagen. Wir sind ein Betrieb mit 140 Mitarbeitenden; unsere Abteilungen „Qualitätssicherung“ und „Arzneimittelsicherheit“ sind voll besetzt, und eine zusätzliche Stelle können wir in diesem Jahr nicht schaffen. Ihre Unterlagen möchte ich deshalb nicht in eine Warteschleife legen, die Ihnen nichts nützt.

Sollte sich bei uns etwas ändern, schreiben wir auf unserer Homepage aus. Ich wünsche Ihnen für den Wechsel in die Industrie viel Erfolg – Leute mit Stationserfahrung werden dort gebraucht.

Mit freundlichen Grüßen

Ursula Lahnstein
Geschäftsführende Gesellschafterin

Dr. Lahnstein Arzneimittel KG
Frankfurter Straße 312
51147 Köln
Telefon 02203 9566-0

Persönlich haftende Gesellschafterin: Lahnstein Verwaltungs-GmbH, Köln
Amtsgericht Köln HRA 21876
""",
    },
    # 6 -- Vienna, Austrian German, after the interview
    {
        "kind": "rejection", "scenario": "vienna_after_interview", "company": "Donaupharm Arzneimittel",
        "contact": "theresa.hochleitner@donaupharm.example.at", "lang": "de",
        "frm": ("Mag. Theresa Hochleitner", "theresa.hochleitner@donaupharm.example.at"),
        "subject": "Rückmeldung Medical Advisor Onkologie",
        "date": "2026-05-08 10:12 +0200", "structure": "plain", "charset": "utf-8", "cte": "base64",
        "thread": "donau_resched",
        "text": """Sehr geehrte Frau Adebayo-Lindqvist,

nochmals danke für Ihren Besuch bei uns in Wien und das ausführliche Gespräch mit Herrn Dr. Pichlmayr und mir.

Wir haben heuer für diese Position außergewöhnlich viele gute Bewerbungen bekommen. Nach der zweiten Runde haben wir uns für einen Kandidaten entschieden, der bereits im österreichischen Markt als Medical Advisor tätig war und das Netzwerk zu den onkologischen Zentren in Wien, Graz und Linz mitbringt. Wir müssen Ihnen daher leider eine Absage erteilen.

Ich bitte um Verständnis und bedanke mich für die Zeit und Mühe, die Sie in den Prozess investiert haben – inklusive der Anreise aus Frankfurt. Die Reisekosten erstatten wir Ihnen selbstverständlich, bitte schicken Sie mir einfach die Belege.

Beste Grüße aus Wien
Theresa Hochleitner

Mag. Theresa Hochleitner
Head of People & Culture
Donaupharm Arzneimittel GmbH
Mühlgrundgasse 17, 1220 Wien
T: +43 1 2049 711-30
FN 241187k, Handelsgericht Wien
""",
    },
    # 7 -- SmartRecruiters, Swiss German (no sharp s), after the interview, no-reply
    {
        "kind": "rejection", "scenario": "smartrecruiters_basel_msl", "company": "Novena Therapeutics",
        "contact": "", "lang": "de",
        "frm": ("Careers at Novena", "no-reply@smartrecruiters.com"),
        "subject": "Medical Science Liaison Hämatologie – Ihre Bewerbung",
        "date": "2026-04-21 15:33 +0200", "structure": "html", "charset": "utf-8", "cte": "base64",
        "html": ats_card(
            logo_src="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/NovenaTherapeutics/120x40.png",
            logo_alt="Novena", accent="#6b2c91",
            paras=[
                "Sehr geehrte Frau Adebayo-Lindqvist",
                "Herzlichen Dank für das interessante Gespräch mit Dr. Aeschbacher und Frau Gysin sowie für Ihre sorgfältige Vorbereitung der Fallbesprechung.",
                "Nach reiflicher Überlegung haben wir uns entschieden, die Stelle als Medical Science Liaison Hämatologie (Region Nordwestschweiz) mit einer Person zu besetzen, die bereits über Felderfahrung im Schweizer Markt verfügt. Wir bedauern, Ihnen keinen positiveren Bescheid geben zu können.",
                "Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute und viel Erfolg.",
                "Freundliche Grüsse<br>Ihr Novena Talent Acquisition Team",
            ],
            footer=[
                "Novena Therapeutics AG · Dreispitzallee 21 · 4142 Münchenstein · Schweiz",
                "Diese E-Mail wurde über SmartRecruiters versendet. Bitte antworten Sie nicht auf diese Nachricht.",
                '<a href="https://jobs.smartrecruiters.com/privacy-policy?company=NovenaTherapeutics" style="color:#8a8a8a;">Datenschutz</a> · <a href="https://my.smartrecruiters.com/unsubscribe?t=Zm9vYmFy" style="color:#8a8a8a;">Benachrichtigungen verwalten</a>',
            ],
            pixel_url="https://email.smartrecruiters.com/o/eJwVjEEKgzAQRf9S1oJmJjGJ.gif",
        ),
    },
    # 8 -- terse mobile reply from a chief pharmacist, company only in the domain and the quoted mail
    {
        "kind": "rejection", "scenario": "terse_mobile_chief_pharmacist", "company": "St. Vinzenz Kliniken Mainz",
        "contact": "michael.brandt@st-vinzenz-mainz.example.de", "lang": "de",
        "frm": ("Brandt, Michael Dr.", "michael.brandt@st-vinzenz-mainz.example.de"),
        "subject": "AW: Bewerbung Stationsapothekerin",
        "date": "2026-02-27 21:48 +0100", "structure": "plain", "charset": "utf-8", "cte": "8bit",
        "parent": "<a91c77d0-3f2e-4b59-9d1b-6c0e2f8841aa@example.de>", "mid_style": "apple",
        "mid_domain": "st-vinzenz-mainz.example.de",
        "text": """Sehr geehrte Frau Adebayo-Lindqvist,
wir haben uns für eine andere Bewerberin entschieden. Trotzdem danke und alles Gute!
M. Brandt

Von meinem iPhone gesendet

> Am 14.02.2026 um 10:03 schrieb Henrike Adebayo-Lindqvist <henrike.al@example.de>:
>
> Sehr geehrter Herr Dr. Brandt,
>
> wie am Telefon besprochen sende ich Ihnen anbei meine Bewerbung als Stationsapothekerin an den St. Vinzenz Kliniken Mainz. Ich freue mich auf ein persönliches Gespräch.
>
> Mit freundlichen Grüßen
> Henrike Adebayo-Lindqvist
""",
    },
    # 9 -- agency relays the client's no after round two, du, emoji
    {
        "kind": "rejection", "scenario": "agency_relays_client_no", "company": "Sanaris",
        "contact": "j.brueckner@pharmatalents.example.de", "lang": "de",
        "frm": ("Jessica Brückner | PharmaTalents", "j.brueckner@pharmatalents.example.de"),
        "subject": "Sanaris – leider keine guten News 😕",
        "date": "2026-04-15 18:02 +0200", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
        "text": """Hi Henrike,

leider keine guten News heute 😕 Sanaris hat sich nach der zweiten Runde für eine andere Kandidatin entschieden – sie bringt schon drei Jahre MSL-Erfahrung in der Kardiologie mit, und das hat am Ende den Ausschlag gegeben.

ABER: das Feedback zu dir war echt super!! Dr. Reimann meinte wörtlich, deine Präsentation zu den DOAK-Interaktionen war "die beste des ganzen Prozesses". Das nehme ich als Rückenwind mit für die nächsten Mandate.

Ich habe gerade zwei neue Positionen im Bereich Medical Information auf dem Tisch und melde mich nächste Woche dazu bei dir. Kopf hoch!!

Liebe Grüße
Jessi

Jessica Brückner
Senior Consultant Life Sciences
PharmaTalents Personalberatung GmbH
Hanauer Landstraße 204 | 60314 Frankfurt
Mobil +49 171 4402 918
www.pharmatalents.example.de | LinkedIn | Instagram
""",
        "html": plain_html([
            "Hi Henrike,",
            "leider keine guten News heute 😕 Sanaris hat sich nach der zweiten Runde für eine andere Kandidatin entschieden – sie bringt schon drei Jahre MSL-Erfahrung in der Kardiologie mit, und das hat am Ende den Ausschlag gegeben.",
            "<b>ABER:</b> das Feedback zu dir war echt super!! Dr. Reimann meinte wörtlich, deine Präsentation zu den DOAK-Interaktionen war &quot;die beste des ganzen Prozesses&quot;. Das nehme ich als Rückenwind mit für die nächsten Mandate.",
            "Ich habe gerade zwei neue Positionen im Bereich Medical Information auf dem Tisch und melde mich nächste Woche dazu bei dir. Kopf hoch!!",
            "Liebe Grüße<br>Jessi",
        ], signature=[
            "<b>Jessica Brückner</b>",
            "Senior Consultant Life Sciences",
            "PharmaTalents Personalberatung GmbH",
            "Hanauer Landstraße 204 | 60314 Frankfurt",
            "Mobil +49 171 4402 918",
            '<a href="https://www.pharmatalents.example.de">www.pharmatalents.example.de</a> | <a href="https://www.linkedin.com/company/pharmatalents-example">LinkedIn</a> | <a href="https://www.instagram.com/pharmatalents.example">Instagram</a>',
        ], font="Verdana, sans-serif"),
        "thread": "sanaris_resched",
    },
    # 10 -- head-hunter, unnamed mandate: the agency is the company
    {
        "kind": "rejection", "scenario": "headhunter_unnamed_mandate", "company": "Kessler Life Science Search",
        "contact": "lukas.kessler@kessler-search.example.ch", "lang": "de",
        "frm": ("Dr. Lukas Kessler", "lukas.kessler@kessler-search.example.ch"),
        "subject": "Mandat Head of Medical Information – Rückmeldung",
        "date": "2026-03-19 07:54 +0100", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
        "thread": "kessler_invite",
        "text": """Sehr geehrte Frau Adebayo-Lindqvist

Ich hatte Ihnen eine Rückmeldung bis Mitte März versprochen – hier ist sie, leider nicht die erhoffte.

Mein Mandant hat die Shortlist in der vergangenen Woche intern besprochen und sich entschieden, das Verfahren mit Ihnen nicht weiterzuführen. Ausschlaggebend war, dass die Position ab dem ersten Tag ein Team von sieben Personen führt und man Führungserfahrung in der Industrie als unverzichtbar einstuft. Ihre fachliche Eignung wurde ausdrücklich nicht in Frage gestellt.

Ich bedaure das, weil ich Sie im Gespräch als sehr überzeugend erlebt habe. Mit Ihrem Einverständnis behalte ich Ihr Dossier in unserer Kandidatendatenbank; für Positionen ohne Führungsverantwortung im Raum Basel/Zürich sehe ich gute Chancen.

Freundliche Grüsse

Dr. Lukas Kessler
Partner
Kessler Life Science Search AG
Bahnhofstrasse 52 · 8001 Zürich
+41 44 552 19 80
""",
    },
    # 11 -- public body, formal, reference number, latin-1 8bit
    {
        "kind": "rejection", "scenario": "public_institute_reference_number",
        "company": "Landesinstitut für Pharmazie und Medizinprodukte Rheinland-Pfalz",
        "contact": "kerstin.moos@lipm.rlp.example.de", "lang": "de",
        "frm": ("Moos, Kerstin (LIPM)", "kerstin.moos@lipm.rlp.example.de"),
        "subject": "Ihre Bewerbung - Kennziffer 2026/114 (Pharmazeutin/Pharmazeut Arzneimittelüberwachung)",
        "date": "2026-04-02 09:30 +0200", "structure": "plain", "charset": "iso-8859-1", "cte": "8bit",
        "text": """Sehr geehrte Frau Adebayo-Lindqvist,

wir danken Ihnen für Ihre Bewerbung auf die oben genannte Stelle und das damit bekundete Interesse an einer Tätigkeit in unserem Haus.

Nach Abschluss des Auswahlverfahrens teilen wir Ihnen mit, dass wir Ihre Bewerbung leider nicht berücksichtigen konnten. Die Auswahlkommission hat sich unter Beteiligung des Personalrats und der Gleichstellungsbeauftragten für eine Bewerberin entschieden, die dem Anforderungsprofil, insbesondere hinsichtlich der Erfahrung in der GMP-Inspektion, in höherem Maße entspricht.

Ihre Bewerbungsunterlagen werden nach Ablauf von sechs Monaten nach Abschluss des Verfahrens gemäß den datenschutzrechtlichen Bestimmungen vernichtet. Eine Rücksendung erfolgt nicht, da die Unterlagen elektronisch eingereicht wurden.

Für Ihren weiteren beruflichen Weg wünschen wir Ihnen alles Gute.

Mit freundlichen Grüßen
Im Auftrag

Kerstin Moos
Referat Z 2 - Personal
Landesinstitut für Pharmazie und Medizinprodukte Rheinland-Pfalz
Große Langgasse 29, 55116 Mainz
Telefon: 06131 16-4471
""",
    },
    # 12 -- university chair after the trial lecture
    {
        "kind": "rejection", "scenario": "university_after_trial_lecture", "company": "Universität Lahnberg",
        "contact": "gesine.marquardt@uni-lahnberg.example.de", "lang": "de",
        "frm": ("Prof. Dr. Gesine Marquardt", "gesine.marquardt@uni-lahnberg.example.de"),
        "subject": "Stelle wiss. Mitarbeiterin (E 13 TV-H) – Arzneimitteltherapiesicherheit",
        "date": "2026-06-03 14:20 +0200", "structure": "plain", "charset": "utf-8", "cte": "8bit",
        "text": """Liebe Frau Adebayo-Lindqvist,

vielen Dank für Ihren Probevortrag zur Medikationsanalyse bei geriatrischen Patienten und das anschließende Gespräch mit der Kommission. Die Diskussion war lebhaft, und Ihre Praxisbeispiele aus der Stationsarbeit kamen bei den Studierendenvertreterinnen sehr gut an.

Die Kommission hat sich dennoch für eine Mitbewerberin entschieden, die ihre Promotion im Bereich Pharmakoepidemiologie nahezu abgeschlossen hat und die Auswertung der AMTS-Kohorte ohne Einarbeitung übernehmen kann. Ich kann Ihnen die Stelle daher leider nicht anbieten.

Falls Sie doch einmal über eine Promotion neben dem Beruf nachdenken, sprechen Sie mich gern an – ich meine das ernst.

Mit herzlichen Grüßen
Gesine Marquardt

--
Prof. Dr. Gesine Marquardt
Institut für Klinische Pharmazie
Fachbereich Pharmazie
Universität Lahnberg
Robert-Koch-Weg 4, 35043 Lahnberg
""",
        "thread": "uni_resched",
    },
    # 13 -- softgarden, after an assessment centre, no reply address
    {
        "kind": "rejection", "scenario": "softgarden_after_assessment", "company": "Gesundkasse Hessen",
        "contact": "", "lang": "de",
        "frm": ("Gesundkasse Hessen", "gesundkasse-hessen@mail.softgarden.io"),
        "subject": "Ihre Bewerbung als Referentin Arzneimittelversorgung (w/m/d)",
        "date": "2026-05-22 12:00 +0200", "structure": "html", "charset": "utf-8", "cte": "base64",
        "headers": [("Auto-Submitted", "auto-generated")],
        "html": ats_card(
            logo_src="https://tracking.softgarden.io/static/customer/gesundkasse-hessen/logo.png",
            logo_alt="Gesundkasse Hessen – Die Krankenkasse für Hessen", accent="#009a62",
            paras=[
                "Sehr geehrte Frau Adebayo-Lindqvist,",
                "vielen Dank, dass Sie am 19. Mai an unserem Auswahltag in Wiesbaden teilgenommen haben. Wir haben die Ergebnisse aus Fallstudie, Präsentation und Interview gemeinsam mit der Fachabteilung ausgewertet.",
                "Leider können wir Ihnen für die Stelle als Referentin Arzneimittelversorgung keine Zusage geben. In der Gesamtbetrachtung haben andere Bewerberinnen und Bewerber insbesondere bei den Themen Rabattverträge und Vertragsgestaltung mit pharmazeutischen Unternehmen mehr Erfahrung mitgebracht.",
                "Wir danken Ihnen für Ihr Engagement und wünschen Ihnen für Ihre Zukunft alles Gute.",
                "Freundliche Grüße<br>Ihre Personalgewinnung der Gesundkasse Hessen",
            ],
            footer=[
                "Gesundkasse Hessen · Körperschaft des öffentlichen Rechts · Wilhelmstraße 7 · 65185 Wiesbaden",
                "Vorstand: Claudia Wendeborn · Aufsichtsbehörde: Hessisches Ministerium für Familie, Senioren, Sport, Gesundheit und Pflege",
                "Dies ist eine automatisch generierte Nachricht.",
                '<a href="https://tracking.softgarden.io/c/8b1f/privacy" style="color:#8a8a8a;">Datenschutzerklärung</a>',
            ],
            pixel_url="https://tracking.softgarden.io/o/8b1f2d40c1/open.gif",
        ),
    },
    # 14 -- start-up, du, via Ashby with the founder in Reply-To
    {
        "kind": "rejection", "scenario": "startup_ashby_du", "company": "dosewise",
        "contact": "mira@dosewise.example.de", "lang": "de",
        "frm": ("dosewise Hiring Team", "no-reply@ashbyhq.com"),
        "reply_to": ("Mira Okonkwo", "mira@dosewise.example.de"),
        "subject": "Dein Prozess bei dosewise",
        "date": "2026-03-04 19:37 +0100", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
        "text": """Hey Henrike,

danke dir nochmal für deine Zeit und das Case-Interview letzte Woche – die Idee mit dem Interaktions-Check direkt im Stationsworkflow hat Leo und mich echt zum Nachdenken gebracht.

Wir haben uns trotzdem entschieden, mit jemandem weiterzugehen, der schon Erfahrung mit Medizinprodukte-Software nach MDR (Klasse IIa) mitbringt. Bei unserem Zertifizierungs-Zeitplan können wir uns gerade keine Lernkurve in dem Bereich leisten, so ehrlich muss ich sein.

Falls du Lust hast, bleib gern in Kontakt – wenn wir nächstes Jahr ein Medical-Team aufbauen, denke ich an dich.

Alles Liebe
Mira

Mira Okonkwo · Co-Founder & CEO · dosewise
""",
        "html": """<div style="font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5;color:#1f2937;max-width:560px">
<p>Hey Henrike,</p>
<p>danke dir nochmal für deine Zeit und das Case-Interview letzte Woche – die Idee mit dem Interaktions-Check direkt im Stationsworkflow hat Leo und mich echt zum Nachdenken gebracht.</p>
<p>Wir haben uns trotzdem entschieden, mit jemandem weiterzugehen, der schon Erfahrung mit Medizinprodukte-Software nach MDR (Klasse IIa) mitbringt. Bei unserem Zertifizierungs-Zeitplan können wir uns gerade keine Lernkurve in dem Bereich leisten, so ehrlich muss ich sein.</p>
<p>Falls du Lust hast, bleib gern in Kontakt – wenn wir nächstes Jahr ein Medical-Team aufbauen, denke ich an dich.</p>
<p>Alles Liebe<br>Mira</p>
<p style="color:#6b7280;font-size:13px">Mira Okonkwo · Co-Founder &amp; CEO · dosewise</p>
<hr style="border:none;border-top:1px solid #e5e7eb">
<p style="color:#9ca3af;font-size:11px">Sent via <a href="https://www.ashbyhq.com/?utm_source=email&amp;utm_medium=footer" style="color:#9ca3af">Ashby</a></p>
<img src="https://app.ashbyhq.com/api/email/open/9f1e2c3b-7d4a.png" width="1" height="1" alt="">
</div>""",
    },
    # 15 -- Outlook reply whose quoted chain is the invitation: the new text rejects
    {
        "kind": "rejection", "scenario": "outlook_chain_quotes_invitation", "company": "Bergstraße Pharma Service",
        "contact": "derya.yilmaz@bergstrasse-pharma.example.de", "lang": "de",
        "frm": ("Yilmaz, Derya", "derya.yilmaz@bergstrasse-pharma.example.de"),
        "subject": "AW: Einladung zum Vorstellungsgespräch – Regulatory Affairs Specialist",
        "date": "2026-04-09 16:48 +0200", "structure": "plain", "charset": "windows-1252", "cte": "quoted-printable",
        "parent": "<4b7e0f1d-56c1-4f1a-8a3b-d2a0c9e11f02@example.de>",
        "refs": ["<FR2P281MB1733C0E19B1A02D7F3A1B9C4A1@FR2P281MB1733.DEUP281.PROD.OUTLOOK.COM>"],
        "mid_style": "outlook", "mid_domain": "bergstrasse-pharma.example.de",
        "text": """Sehr geehrte Frau Adebayo-Lindqvist,

vielen Dank, dass Sie sich am Dienstag die Zeit für das Gespräch in Bensheim genommen haben.

Wir haben uns nach Abstimmung mit der Bereichsleitung für eine Kandidatin entschieden, die bereits Erfahrung mit eCTD-Einreichungen und Variations nach EU-Verordnung 1234/2008 hat. Daher muss ich Ihnen heute leider absagen.

Ich wünsche Ihnen für Ihre weitere Suche viel Erfolg!

Mit freundlichen Grüßen
Derya Yilmaz
Personalreferentin

Bergstraße Pharma Service GmbH
Rodensteinstraße 88 • 64625 Bensheim
Tel.: 06251 70 88-19
Geschäftsführer: Holger Dambach • Registergericht Darmstadt HRB 92011

Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und löschen Sie diese E-Mail.

Von: Henrike Adebayo-Lindqvist <henrike.al@example.de>
Gesendet: Freitag, 27. März 2026 08:14
An: Yilmaz, Derya <derya.yilmaz@bergstrasse-pharma.example.de>
Betreff: Re: Einladung zum Vorstellungsgespräch – Regulatory Affairs Specialist

Liebe Frau Yilmaz,

vielen Dank für die Einladung, den Termin am 7. April um 10:00 Uhr bestätige ich gern.

Beste Grüße
Henrike Adebayo-Lindqvist

Von: Yilmaz, Derya <derya.yilmaz@bergstrasse-pharma.example.de>
Gesendet: Donnerstag, 26. März 2026 15:31
An: henrike.al@example.de
Betreff: Einladung zum Vorstellungsgespräch – Regulatory Affairs Specialist

Sehr geehrte Frau Adebayo-Lindqvist,

Ihre Bewerbung hat uns überzeugt! Wir laden Sie herzlich zu einem persönlichen Vorstellungsgespräch am Dienstag, 7. April 2026, um 10:00 Uhr an unserem Standort in Bensheim ein. Bitte bestätigen Sie uns den Termin kurz per E-Mail.

Mit freundlichen Grüßen
Derya Yilmaz
""",
    },
    # 16 -- SuccessFactors, Swiss, after the second interview, contact only named in the text
    {
        "kind": "rejection", "scenario": "successfactors_second_round", "company": "Rheinknie Diagnostics",
        "contact": "", "lang": "de",
        "frm": ("Rheinknie Diagnostics Talent Acquisition", "noreply@successfactors.eu"),
        "subject": "Ihre Bewerbung: Medical Affairs Manager Schweiz (Req. 3318)",
        "date": "2026-06-16 08:45 +0200", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
        "html": """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:10pt;">
<table width="100%" cellspacing="0" cellpadding="0" border="0"><tr><td style="border-bottom:2px solid #c8102e;padding-bottom:6px;">
<img src="https://career5.successfactors.eu/career?company=rheinkniedP&amp;career_ns=logo" alt="Rheinknie Diagnostics AG" height="36">
</td></tr></table>
<p>Sehr geehrte Frau Adebayo-Lindqvist</p>
<p>Wir bedanken uns für Ihr Interesse an der Position <b>Medical Affairs Manager Schweiz</b> und für die beiden Gespräche, die Sie mit uns in Basel geführt haben.</p>
<p>Nach eingehender Prüfung aller Kandidaturen müssen wir Ihnen leider mitteilen, dass wir uns für eine andere Person entschieden haben. Die Entscheidung ist uns angesichts Ihres überzeugenden Auftritts in der zweiten Runde nicht leichtgefallen.</p>
<p>Bei Fragen zum Verfahren wenden Sie sich bitte an Frau Nadine Wyss (nadine.wyss@rheinknie.example.ch).</p>
<p>Wir wünschen Ihnen für die Zukunft alles Gute.</p>
<p>Freundliche Grüsse<br>Rheinknie Diagnostics AG<br>Human Resources</p>
<p style="font-size:8pt;color:#777777;">Rheinknie Diagnostics AG, Grenzacherstrasse 410, 4058 Basel, Schweiz, CHE-114.553.201<br>
Diese Nachricht wurde automatisch über SAP SuccessFactors Recruiting erstellt. Antworten an diese Adresse werden nicht bearbeitet.</p>
<img src="https://career5.successfactors.eu/sfcareer/trk?evt=open&amp;rid=3318&amp;cid=88121" width="1" height="1" alt="">
</body></html>
""",
    },
    # 17 -- Greenhouse, recruiter in Reply-To, "candidates whose experience more closely matches"
    {
        "kind": "rejection", "scenario": "greenhouse_more_closely_matches", "company": "Cerulean Biosciences",
        "contact": "priya.raman@ceruleanbio.example.com", "lang": "en",
        "frm": ("Cerulean Biosciences via Greenhouse", "no-reply@us.greenhouse-mail.io"),
        "reply_to": ("Priya Raman", "priya.raman@ceruleanbio.example.com"),
        "subject": "Your application to Cerulean Biosciences",
        "date": "2026-04-28 17:12 +0200", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
        "html": """<html><body style="margin:0;padding:0;">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="580" cellpadding="0" cellspacing="0" role="presentation" style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#24292e;line-height:22px;">
<tr><td style="padding:28px 0 12px 0;"><img src="https://s3.amazonaws.com/grnhse-prod/board_logos/ceruleanbio/cerulean_wordmark.png" alt="Cerulean Biosciences" width="170"></td></tr>
<tr><td>
<p>Hi Henrike,</p>
<p>Thank you for taking the time to speak with our team about the <strong>Senior Drug Safety Physician / Pharmacist (Basel)</strong> opening, and for your patience while we completed our process.</p>
<p>After careful consideration, we have decided to move forward with candidates whose experience more closely matches the needs of the role at this time, in particular hands-on aggregate reporting (PSURs/DSURs) for an oncology portfolio.</p>
<p>We genuinely appreciated getting to know you, and we'd encourage you to keep an eye on our careers page as our Basel team grows.</p>
<p>Warm regards,<br>Priya Raman<br>Talent Partner, Cerulean Biosciences</p>
</td></tr>
<tr><td style="padding-top:24px;font-size:11px;color:#8c959f;border-top:1px solid #eaecef;">
Cerulean Biosciences, Inc. &middot; 1 Kendall Row, Cambridge, MA 02142 &middot; Basel Hub: Aeschenvorstadt 71, 4051 Basel<br>
<a href="https://boards.greenhouse.io/ceruleanbio?gh_src=rej_email" style="color:#8c959f;">Careers</a> &middot; <a href="https://app.greenhouse.io/privacy_policy" style="color:#8c959f;">Privacy</a><br>
Powered by Greenhouse
</td></tr>
</table></td></tr></table>
<img src="https://us.greenhouse-mail.io/wf/open?upn=AbCk2_ZZ9Xq-3fT" width="1" height="1" alt="" style="display:none">
</body></html>
""",
    },
    # 18 -- UK consultancy, after interview, legal footer "Registered in England"
    {
        "kind": "rejection", "scenario": "uk_registered_in_england", "company": "Ashcombe Health Outcomes",
        "contact": "oliver.pennington-shaw@ashcombe-outcomes.example.com", "lang": "en",
        "frm": ("Oliver Pennington-Shaw", "oliver.pennington-shaw@ashcombe-outcomes.example.com"),
        "subject": "Re: your application",
        "date": "2026-03-12 12:41 +0000", "structure": "plain", "charset": "us-ascii", "cte": "7bit",
        "parent": "<6a0d2f4e-8c13-4b7a-a5e9-3f1c7d2b9e80@example.de>",
        "mid_style": "outlook", "mid_domain": "ashcombe-outcomes.example.com",
        "text": """Dear Henrike,

Thank you again for coming in to speak with Fiona and me on Monday, and for the thoughtful work on the AMNOG dossier exercise.

I'm sorry to say we won't be offering you the Market Access Consultant position. It was a close call. In the end we went with a candidate who has already run two German benefit assessments end to end, which matters a great deal for the client work we have starting in April.

Your clinical background came through strongly and I'd be glad to give you more detailed feedback on a short call if that would be useful - just reply and we'll find a slot.

With best wishes,

Oliver

Oliver Pennington-Shaw
Director, Market Access & Pricing
Ashcombe Health Outcomes
22 Ludgate Hill, London EC4M 7DR
+44 20 3981 4410

Ashcombe Health Outcomes Ltd. Registered in England No 09127734. Registered office: 22 Ludgate Hill, London EC4M 7DR.
This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it.
""",
    },
    # 19 -- Lever, role put on hold: a rejection
    {
        "kind": "rejection", "scenario": "lever_role_on_hold", "company": "Orbis Vaccines",
        "contact": "hannah.becker-ruiz@orbisvaccines.example.com", "lang": "en",
        "frm": ("Hannah at Orbis Vaccines", "no-reply@hire.lever.co"),
        "reply_to": ("Hannah Becker-Ruiz", "hannah.becker-ruiz@orbisvaccines.example.com"),
        "subject": "Update",
        "date": "2026-02-24 10:08 +0100", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
        "text": """Hi Henrike,

I wanted to reach out personally about the Medical Affairs Manager DACH position you applied for in January.

Following a re-prioritisation of our 2026 launch plan, the role has been put on hold and we will not be proceeding with any candidates for it at this time. I know this is frustrating, particularly as we had been hoping to schedule first interviews this month.

If the position reopens later in the year we will post it again on our careers site, and you would be very welcome to re-apply.

Thank you for your interest in Orbis Vaccines.

Best,
Hannah Becker-Ruiz
Talent Acquisition Lead, Orbis Vaccines
""",
        "html": """<div style="font-family:Arial,sans-serif;font-size:14px;color:#222;">
<p>Hi Henrike,</p>
<p>I wanted to reach out personally about the Medical Affairs Manager DACH position you applied for in January.</p>
<p>Following a re-prioritisation of our 2026 launch plan, the role has been put on hold and we will not be proceeding with any candidates for it at this time. I know this is frustrating, particularly as we had been hoping to schedule first interviews this month.</p>
<p>If the position reopens later in the year we will post it again on our <a href="https://jobs.lever.co/orbisvaccines?lever-origin=email">careers site</a>, and you would be very welcome to re-apply.</p>
<p>Thank you for your interest in Orbis Vaccines.</p>
<p>Best,<br>Hannah Becker-Ruiz<br>Talent Acquisition Lead, Orbis Vaccines</p>
<p style="font-size:11px;color:#999;">Sent with <a href="https://www.lever.co/?utm_source=candidate_email" style="color:#999;">Lever</a> &middot; <a href="https://hire.lever.co/candidate/unsubscribe/ab12-cd34" style="color:#999;">Unsubscribe from Orbis Vaccines emails</a></p>
<img src="https://hire.lever.co/email/open/ab12cd34ef56.gif" width="1" height="1" alt="">
</div>""",
    },
    # 20 -- iCIMS, after the one-way video interview
    {
        "kind": "rejection", "scenario": "icims_after_video", "company": "Parexa Clinical", "contact": "", "lang": "en",
        "frm": ("Parexa Clinical Careers", "parexaclinical@talent.icims.com"),
        "subject": "Parexa Clinical: Pharmacovigilance Scientist II (Req 2026-11873)",
        "date": "2026-04-07 03:14 +0000", "structure": "html", "charset": "utf-8", "cte": "base64",
        "encode_subject": True,
        "html": ats_card(
            logo_src="https://careers-parexaclinical.icims.com/icims2/servlet/icims2?module=AppInert&amp;action=download&amp;id=2291&amp;hashed=-11290",
            logo_alt="PAREXA CLINICAL", accent="#1c3f94", lang="en",
            paras=[
                "Dear Henrike,",
                "Thank you for your interest in the Pharmacovigilance Scientist II position (Req 2026-11873) and for completing the recorded video interview.",
                "We regret to inform you that you have not been selected to move forward in the recruitment process. Our hiring team reviewed a large number of strong applications, and this decision was a difficult one.",
                "We will keep your profile on file and encourage you to apply for future openings that match your skills and experience.",
                "Sincerely,<br>Global Talent Acquisition<br>Parexa Clinical",
            ],
            footer=[
                "Parexa Clinical Holdings, Inc. is an equal opportunity employer.",
                "Please do not reply to this message; this mailbox is not monitored.",
                '<a href="https://careers-parexaclinical.icims.com/jobs/candidate?from=email" style="color:#8a8a8a;">Manage your candidate profile</a>',
            ],
            pixel_url="https://talent.icims.com/track/open/pc-7731-a9.gif",
        ),
    },
    # 21 -- Taleo, formal and long-winded, after the interview, latin-1
    {
        "kind": "rejection", "scenario": "taleo_formal_after_interview", "company": "Glenmore Pharma", "contact": "",
        "lang": "en",
        "frm": ("Glenmore Pharma Recruitment", "glenmore@taleo.net"),
        "subject": "Regarding your application for Medical Information Specialist, German-speaking (2600412)",
        "date": "2026-05-13 09:58 +0100", "structure": "html", "charset": "iso-8859-1", "cte": "quoted-printable",
        "html": """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body>
<font face="Tahoma" size="2">
<p><img src="https://glenmore.taleo.net/careersection/theme/5110/1583922201000/en/theme/images/glenmore_logo.gif" alt="Glenmore Pharma"></p>
<p>Dear Henrike Adebayo-Lindqvist,</p>
<p>Thank you for your interest in career opportunities with Glenmore Pharma and for the time you invested in interviewing with us for the position of Medical Information Specialist, German-speaking (Job Number 2600412).</p>
<p>We appreciate the opportunity to have learned more about your background and experience. After careful review and evaluation of all candidates against the requirements of the position, we regret to advise you that we will not be progressing your application further. Please be assured that this decision was not taken lightly.</p>
<p>We would like to thank you once again for considering Glenmore Pharma as a potential employer. We encourage you to continue to visit our career site, as new positions are posted regularly, and we wish you every success in your future endeavours.</p>
<p>Yours sincerely,</p>
<p>Talent Acquisition Team<br>Glenmore Pharma</p>
<p><font size="1" color="#808080">Glenmore Pharma Limited, Block 4, Cherrywood Business Park, Dublin D18 K7W4, Ireland. Registered in Ireland No. 488210.<br>
This is an automated message. Please do not reply to this e-mail.</font></p>
</font>
</body></html>
""",
    },
    # 22 -- agency relays the client's decision, naming the client
    {
        "kind": "rejection", "scenario": "agency_names_client", "company": "Northbridge Market Access",
        "contact": "sam.whitcombe@medrecruit-partners.example.com", "lang": "en",
        "frm": ("Sam Whitcombe", "sam.whitcombe@medrecruit-partners.example.com"),
        "subject": "Northbridge - feedback",
        "date": "2026-05-05 16:26 +0100", "structure": "plain", "charset": "windows-1252", "cte": "8bit",
        "thread": "northbridge_invite",
        "text": """Hi Henrike,

I’ve just come off the phone with Northbridge Market Access. I’m afraid they’ve decided not to take you forward to the final stage for the Pricing & Reimbursement Manager role.

Their feedback, in their words: “very strong on the clinical evidence side, but we need someone who has negotiated directly with the GKV-Spitzenverband.” They were keen for me to pass on that they enjoyed the conversation.

Not the news we wanted – but I’ve got a couple of HTA-focused roles in Basel coming through that would suit you better anyway. Free for a call on Thursday?

Cheers,
Sam

Sam Whitcombe
Principal Consultant – Market Access
MedRecruit Partners
+44 7700 914 552
""",
    },
    # 23 -- one terse line; company only in the quoted earlier mail's signature
    {
        "kind": "rejection", "scenario": "terse_one_line", "company": "EuroPV Services",
        "contact": "tom.askew@europv.example.com", "lang": "en",
        "frm": ("Tom Askew", "tom.askew@europv.example.com"),
        "subject": "Re: Following up",
        "date": "2026-04-30 22:11 +0200", "structure": "plain", "charset": "utf-8", "cte": "8bit",
        "parent": "<7d2f9e11-0b44-4c6e-9e2b-61a4a0f0c3d9@example.de>",
        "refs": ["<c1e88a02.5f3b91d6aa10@europv.example.com>"],
        "text": """Thanks Henrike – we've gone another way on this one. All the best.

Tom

Sent from Outlook for iOS
________________________________
From: Henrike Adebayo-Lindqvist <henrike.al@example.de>
Sent: Tuesday, April 28, 2026 9:02:44 AM
To: Tom Askew <tom.askew@europv.example.com>
Subject: Following up

Hi Tom,

Just following up after our call on the 21st – is there any news on the PV Operations Lead role? Happy to provide references if that helps.

Best,
Henrike

________________________________
From: Tom Askew <tom.askew@europv.example.com>
Sent: Friday, April 17, 2026 6:40 PM
To: Henrike Adebayo-Lindqvist <henrike.al@example.de>
Subject: Re: PV Operations Lead

Great – talk Tuesday.

Tom Askew | Head of PV Operations | EuroPV Services
Mainzer Landstraße 50, 60325 Frankfurt | +49 69 3400 7781
""",
    },
    # 24 -- Workable, application stage, no reply possible
    {
        "kind": "rejection", "scenario": "workable_application_stage", "company": "Meridian Health Economics",
        "contact": "", "lang": "en",
        "frm": ("Meridian Health Economics", "noreply@workablemail.com"),
        "subject": "Your application for HEOR Consultant at Meridian Health Economics",
        "date": "2026-02-12 14:49 +0100", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
        "html": ats_card(
            logo_src="https://workablehr.s3.amazonaws.com/uploads/account/logo/481122/meridian_logo.png",
            logo_alt="Meridian Health Economics", accent="#2d8c7f", lang="en",
            font="'Helvetica Neue', Helvetica, Arial, sans-serif",
            paras=[
                "Dear Henrike,",
                "Thank you for your interest in the HEOR Consultant role at Meridian Health Economics, and for the time you took to apply.",
                "We have now reviewed all applications. On this occasion we have decided not to progress your application, as we are looking for candidates with several years of experience in cost-effectiveness modelling (TreeAge, R or Excel-based Markov models).",
                "We wish you the best of luck in your search.",
                "Kind regards,<br>The Meridian Health Economics hiring team",
            ],
            footer=[
                "Meridian Health Economics Ltd · 5 Hills Road · Cambridge CB2 1NW · United Kingdom",
                'Powered by <a href="https://www.workable.com/?utm_source=candidate_email" style="color:#8a8a8a;">Workable</a> · <a href="https://apply.workable.com/meridian-health-economics/privacy/" style="color:#8a8a8a;">Privacy notice</a>',
            ],
            pixel_url="https://email.workablemail.com/wf/open?upn=mhe-7f3a22",
        ),
    },
    # 25 -- Gmail reply; the quoted chain invites to a second interview, the new text says no
    {
        "kind": "rejection", "scenario": "gmail_chain_quotes_second_round", "company": "Helix & Hart",
        "contact": "rosalind@helixandhart.example.com", "lang": "en",
        "frm": ("Rosalind Hart", "rosalind@helixandhart.example.com"),
        "subject": "Re: MSL Advisory role - next steps",
        "date": "2026-05-19 08:37 +0100", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
        "parent": "<CAH4x9Q1e+QpZ_7vL0wq2kF8pY@mail.gmail.com>", "mid_style": "gmail",
        "text": """Henrike,

Thanks so much for your patience. I'm afraid we won't be taking your application further: the partners have decided to hire for this position at a more senior level, with someone who can lead client workshops from day one.

I'm genuinely sorry, as we both enjoyed meeting you. I'd be happy to introduce you to two clients of ours who are building MSL teams in Frankfurt, if that's of interest.

Rosalind

Rosalind Hart
Founding Partner, Helix & Hart
Life science advisory | London · Frankfurt
helixandhart.example.com

On Tue, 5 May 2026 at 09:12, Henrike Adebayo-Lindqvist <henrike.al@example.de> wrote:
> Dear Rosalind,
> Thank you, I'd be delighted to come in for a second interview. Any day next week works for me.
> Best wishes, Henrike
>
> On Mon, 4 May 2026 at 17:40, Rosalind Hart <rosalind@helixandhart.example.com> wrote:
>> Hi Henrike,
>> Lovely to meet you on Thursday. We'd love to invite you to a second interview with my co-founder Ben and one of our senior MSLs. Could you let me know your availability for the week of 11 May?
>> Best, Rosalind
""",
        "html": """<div dir="ltr"><div>Henrike,</div><div><br></div><div>Thanks so much for your patience. I'm afraid we won't be taking your application further: the partners have decided to hire for this position at a more senior level, with someone who can lead client workshops from day one.</div><div><br></div><div>I'm genuinely sorry, as we both enjoyed meeting you. I'd be happy to introduce you to two clients of ours who are building MSL teams in Frankfurt, if that's of interest.</div><div><br></div><div>Rosalind</div><div><br></div><div dir="ltr" class="gmail_signature"><b>Rosalind Hart</b><br>Founding Partner, Helix &amp; Hart<br>Life science advisory | London · Frankfurt<br><a href="https://helixandhart.example.com">helixandhart.example.com</a></div></div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Tue, 5 May 2026 at 09:12, Henrike Adebayo-Lindqvist &lt;<a href="mailto:henrike.al@example.de">henrike.al@example.de</a>&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">Dear Rosalind,<br>Thank you, I'd be delighted to come in for a second interview. Any day next week works for me.<br>Best wishes, Henrike<br><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Mon, 4 May 2026 at 17:40, Rosalind Hart &lt;<a href="mailto:rosalind@helixandhart.example.com">rosalind@helixandhart.example.com</a>&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">Hi Henrike,<br>Lovely to meet you on Thursday. We'd love to invite you to a second interview with my co-founder Ben and one of our senior MSLs. Could you let me know your availability for the week of 11 May?<br>Best, Rosalind</blockquote></div></blockquote></div>
""",
    },
    # 26 -- French consultancy, formal vous, latin-1
    {
        "kind": "rejection", "scenario": "fr_consultancy_regret", "company": "Kléber Santé Conseil",
        "contact": "al.kieffer@kleber-sante.example.fr", "lang": "fr",
        "frm": ("Anne-Laure Kieffer", "al.kieffer@kleber-sante.example.fr"),
        "subject": "Votre candidature - Consultante Affaires Réglementaires",
        "date": "2026-03-16 11:22 +0100", "structure": "plain", "charset": "iso-8859-1", "cte": "quoted-printable",
        "text": """Madame,

Nous vous remercions de l'intérêt que vous portez à Kléber Santé Conseil et de votre candidature au poste de Consultante Affaires Réglementaires à Strasbourg.

Après une étude attentive de votre dossier, nous sommes au regret de vous informer que votre candidature n'a pas été retenue. Pour cette mission, notre client attend une expérience confirmée des procédures décentralisées et de la rédaction de modules 3 du CTD, que votre parcours hospitalier ne couvre pas encore.

Nous conservons votre CV dans notre vivier, avec votre accord, et ne manquerons pas de revenir vers vous si une opportunité correspondant mieux à votre profil se présentait.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Anne-Laure Kieffer
Responsable Recrutement
Kléber Santé Conseil SAS
12 rue du Vieux-Marché-aux-Poissons, 67000 Strasbourg
Tél. : 03 88 21 47 60
""",
    },
    # 27 -- Teamtailor, recruiter in Reply-To, after the interview
    {
        "kind": "rejection", "scenario": "fr_teamtailor_after_interview", "company": "Rhodanis Biopharma",
        "contact": "camille.duret@rhodanis.example.fr", "lang": "fr",
        "frm": ("Rhodanis Biopharma", "rhodanis-biopharma@teamtailor-mail.com"),
        "reply_to": ("Camille Duret", "camille.duret@rhodanis.example.fr"),
        "subject": "Suite à notre entretien – Chargée de pharmacovigilance",
        "date": "2026-06-09 10:41 +0200", "structure": "html", "charset": "utf-8", "cte": "base64",
        "html": ats_card(
            logo_src="https://assets.teamtailor-cdn.com/companies/rhodanis/logo_email.png",
            logo_alt="Rhodanis Biopharma", accent="#d9480f", lang="fr",
            paras=[
                "Bonjour Henrike,",
                "Merci encore pour l'entretien en visio de la semaine dernière avec le Dr Mercier et moi-même, et pour la qualité de vos réponses sur la gestion des cas graves.",
                "Malheureusement, nous avons retenu un profil plus proche de nos besoins immédiats, avec une expérience de la pharmacovigilance en laboratoire et de la base nationale française. Ce choix a été difficile.",
                "Nous vous souhaitons pleine réussite dans votre projet de reconversion vers l'industrie, et n'hésitez pas à postuler à nouveau à nos futures offres.",
                "Bien cordialement,<br>Camille Duret<br>Talent Acquisition, Rhodanis Biopharma",
            ],
            footer=[
                "Rhodanis Biopharma SA · 60 avenue Tony Garnier · 69007 Lyon",
                'Envoyé avec <a href="https://www.teamtailor.com/fr/?utm_source=email" style="color:#8a8a8a;">Teamtailor</a> · <a href="https://rhodanis.teamtailor.com/connect/unsubscribe?token=c2lnbmVk" style="color:#8a8a8a;">Se désabonner</a>',
            ],
            pixel_url="https://teamtailor-mail.com/o/rh-88a1f0.gif",
        ),
    },
    # 28 -- French hospital group, filled internally, windows-1252
    {
        "kind": "rejection", "scenario": "fr_hospital_filled_internally", "company": "Groupe Hospitalier Rhénan",
        "contact": "recrutement@gh-rhenan.example.fr", "lang": "fr",
        "frm": ("DRH - Groupe Hospitalier Rhénan", "recrutement@gh-rhenan.example.fr"),
        "subject": "Poste de pharmacien(ne) - essais cliniques (réf. GHR-PH-0226)",
        "date": "2026-04-14 15:03 +0200", "structure": "plain", "charset": "windows-1252", "cte": "quoted-printable",
        "text": """Madame Adebayo-Lindqvist,

Nous revenons vers vous au sujet de votre candidature au poste de pharmacien(ne) chargé(e) des essais cliniques au sein de notre pharmacie à usage intérieur.

Le poste a finalement été pourvu en interne, par mutation d’un pharmacien de notre site de Haguenau. La procédure de recrutement externe est donc close et nous ne pourrons pas donner suite à votre candidature.

Nous vous remercions sincèrement pour l’intérêt que vous avez manifesté pour notre établissement. Pour toute question, vous pouvez répondre directement à ce message.

Veuillez agréer, Madame, nos salutations distinguées.

Pour le Directeur des Ressources Humaines,
Sylvie Haegel
Chargée de recrutement
Groupe Hospitalier Rhénan – 3 quai Kellermann – 67000 Strasbourg
""",
    },
    # 29 -- Spanish public foundation, usted, unmonitored mailbox
    {
        "kind": "rejection", "scenario": "es_foundation_usted", "company": "Fundación para la Investigación Biomédica Retiro",
        "contact": "", "lang": "es",
        "frm": ("Recursos Humanos FIBR", "rrhh@fibretiro.example.es"),
        "subject": "Convocatoria FIBR-2026-07: Técnico/a de Farmacovigilancia",
        "date": "2026-05-27 13:15 +0200", "structure": "plain", "charset": "iso-8859-1", "cte": "quoted-printable",
        "text": """Estimada Sra. Adebayo-Lindqvist:

En relación con su participación en la convocatoria FIBR-2026-07 para la contratación de un/a Técnico/a de Farmacovigilancia, lamentamos comunicarle que, una vez finalizado el proceso de valoración de méritos, su candidatura no ha resultado seleccionada.

La resolución definitiva, con la puntuación de todas las personas aspirantes, se publicará en el tablón de anuncios de la sede electrónica de la Fundación. Dispone de un plazo de diez días hábiles desde su publicación para presentar alegaciones.

Agradecemos su interés y le deseamos mucho éxito en su carrera profesional.

Atentamente,

Departamento de Recursos Humanos
Fundación para la Investigación Biomédica Retiro
Calle de O'Donnell 48, 28009 Madrid

Este mensaje se ha enviado desde una cuenta no monitorizada. Por favor, no responda a este correo.
""",
    },
    # 30 -- SmartRecruiters in Spanish
    {
        "kind": "rejection", "scenario": "es_smartrecruiters", "company": "Biomadrid Therapeutics", "contact": "",
        "lang": "es",
        "frm": ("Biomadrid Therapeutics", "no-reply@smartrecruiters.com"),
        "subject": "Actualización sobre tu candidatura – Medical Advisor Inmunología",
        "date": "2026-07-02 18:20 +0200", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
        "html": ats_card(
            logo_src="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/BiomadridTherapeutics/120x40.png",
            logo_alt="Biomadrid", accent="#e63946", lang="es",
            paras=[
                "Hola Henrike:",
                "Gracias por tu interés en formar parte de Biomadrid y por el tiempo dedicado a tu candidatura para el puesto de Medical Advisor Inmunología.",
                "Tras revisar detenidamente todos los perfiles, hemos decidido continuar con otros candidatos cuya experiencia se ajusta más a las necesidades actuales del equipo médico en España.",
                "Te animamos a seguir atenta a nuestras ofertas en el portal de empleo.",
                "Un saludo,<br>Equipo de Talento<br>Biomadrid Therapeutics",
            ],
            footer=[
                "Biomadrid Therapeutics, S.A. · Calle de Santiago Grisolía 2 · 28760 Tres Cantos, Madrid",
                "Este correo se ha enviado a través de SmartRecruiters. No respondas a este mensaje.",
                '<a href="https://jobs.smartrecruiters.com/privacy-policy?company=BiomadridTherapeutics" style="color:#8a8a8a;">Política de privacidad</a>',
            ],
            pixel_url="https://email.smartrecruiters.com/o/eJxbmdT9xZ.gif",
        ),
    },
    # 31 -- Spanish agency, tú, missing accents, client not named: the agency is the company
    {
        "kind": "rejection", "scenario": "es_agency_no_accents", "company": "Talento Farma Consultores",
        "contact": "nacho.ferrandiz@talentofarma.example.es", "lang": "es",
        "frm": ("Nacho Ferrandiz", "nacho.ferrandiz@talentofarma.example.es"),
        "subject": "posicion MSL zona centro",
        "date": "2026-06-25 20:04 +0200", "structure": "plain", "charset": "utf-8", "cte": "8bit",
        "text": """Hola Henrike!

te escribo para contarte que finalmente el cliente ha decidido seguir con otra candidata para la posicion de MSL zona centro. Se que te hacia ilusion lo de Madrid, a mi tambien me daba buena espina...

El motivo principal es el idioma: buscan a alguien con espanol nativo para las visitas a hospitales y congresos. Tu nivel es muy bueno pero ellos lo tenian como requisito.

Seguimos en contacto, si sale algo en Barcelona o en remoto te aviso el primero.

Un abrazo,
Nacho

Ignacio Ferrandiz
Talento Farma Consultores
Paseo de la Castellana 141, Madrid
""",
    },
]
