"""Interview invitations, reschedules/cancellations and missed-interview notices of the
ninety-third corpus, written one by one."""

from __future__ import annotations

from msgs93_common import ats_card, plain_html

RHEINAUEN_UID = "040000008200E00074C5B7101A82E0080000000070D1B9C2E2A7DC010000000000000000100000003F6E1A2B9C8D4E5F"
LIMMAT_UID = "5v1q8n0c3k7r2m9p4t6w0x1y3z@google.com"

INVITES = [
    # 1 -- recruiter's Outlook invitation with a METHOD:REQUEST calendar part
    {
        "key": "rheinauen_invite",
        "kind": "interview_invitation", "scenario": "teams_invite_calendar_request",
        "company": "Rheinauen Pharma", "contact": "julia.seidenspinner@rheinauen-pharma.example.de", "lang": "de",
        "frm": ("Julia Seidenspinner", "julia.seidenspinner@rheinauen-pharma.example.de"),
        "subject": "Einladung: Kennenlernen Medical Advisor Onkologie (m/w/d) – Frau Adebayo-Lindqvist",
        "date": "2026-03-03 11:26 +0100", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
        "mid_style": "outlook", "mid_domain": "rheinauen-pharma.example.de",
        "text": """Sehr geehrte Frau Adebayo-Lindqvist,

vielen Dank für Ihre Bewerbung als Medical Advisor Onkologie (m/w/d). Ihr Profil hat uns neugierig gemacht, und wir möchten Sie gern näher kennenlernen.

Hiermit laden wir Sie zu einem ersten Gespräch per Microsoft Teams ein:

Dienstag, 10. März 2026, 10:00–11:00 Uhr
Gesprächspartner: Dr. Konstantin Rehbein (Head of Medical Affairs Oncology) und ich

Den Teams-Link finden Sie im beigefügten Kalendereintrag. Bitte nehmen Sie die Einladung an oder schlagen Sie mir einen anderen Termin vor, falls es Ihnen nicht passt. Planen Sie gern ein paar Minuten ein, um uns Ihren Werdegang zu skizzieren – eine Präsentation ist nicht nötig.

Freundliche Grüße

Julia Seidenspinner | Talent Acquisition Partner | Rheinauen Pharma GmbH
Am Rheinauenpark 12 | 65929 Frankfurt am Main | +49 69 305 4471-18
Geschäftsführung: Dr. Katrin Oberländer, Matthias Velte | Amtsgericht Frankfurt am Main HRB 88213
""",
        "html": plain_html([
            "Sehr geehrte Frau Adebayo-Lindqvist,",
            "vielen Dank für Ihre Bewerbung als Medical Advisor Onkologie (m/w/d). Ihr Profil hat uns neugierig gemacht, und wir möchten Sie gern näher kennenlernen.",
            "Hiermit laden wir Sie zu einem ersten Gespräch per Microsoft Teams ein:",
            "<b>Dienstag, 10. März 2026, 10:00–11:00 Uhr</b><br>Gesprächspartner: Dr. Konstantin Rehbein (Head of Medical Affairs Oncology) und ich",
            "Den Teams-Link finden Sie im beigefügten Kalendereintrag. Bitte nehmen Sie die Einladung an oder schlagen Sie mir einen anderen Termin vor, falls es Ihnen nicht passt. Planen Sie gern ein paar Minuten ein, um uns Ihren Werdegang zu skizzieren – eine Präsentation ist nicht nötig.",
            "Freundliche Grüße",
        ], signature=[
            "<b>Julia Seidenspinner</b> | Talent Acquisition Partner | Rheinauen Pharma GmbH",
            "Am Rheinauenpark 12 | 65929 Frankfurt am Main | +49 69 305 4471-18",
            "Geschäftsführung: Dr. Katrin Oberländer, Matthias Velte | Amtsgericht Frankfurt am Main HRB 88213",
        ]),
        "calendar": {
            "method": "REQUEST", "uid": RHEINAUEN_UID, "sequence": 0, "dtstamp": "20260303T102600Z",
            "start": "20260310T090000Z", "end": "20260310T100000Z",
            "summary": "Kennenlernen Medical Advisor Onkologie – Adebayo-Lindqvist",
            "location": "Microsoft Teams-Besprechung",
            "organizer": ("Julia Seidenspinner", "julia.seidenspinner@rheinauen-pharma.example.de"),
            "description": "Microsoft Teams-Besprechung\nJetzt an der Besprechung teilnehmen: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmE4ZTk2\nBesprechungs-ID: 381 227 904 615",
        },
    },
    # 2 -- Personio self-scheduling link, recruiter in Reply-To
    {
        "key": "taunus_invite",
        "kind": "interview_invitation", "scenario": "personio_self_scheduling",
        "company": "Taunus BioLogics", "contact": "svenja.krolikowski@taunus-biologics.example.de", "lang": "de",
        "frm": ("Taunus BioLogics AG", "noreply@personio.de"),
        "reply_to": ("Svenja Krolikowski", "svenja.krolikowski@taunus-biologics.example.de"),
        "subject": "Terminauswahl für Ihr Vorstellungsgespräch – Regulatory Affairs Manager",
        "date": "2026-03-09 09:02 +0100", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
        "html": ats_card(
            logo_src="https://taunus-biologics.jobs.personio.de/assets/company/logo-taunus.png",
            logo_alt="Taunus BioLogics", accent="#2f6f4f",
            preheader="Bitte wählen Sie einen passenden Termin aus.",
            paras=[
                "Guten Tag Frau Adebayo-Lindqvist,",
                "wir haben Ihre Unterlagen mit großem Interesse gelesen und würden Sie gern zu einem persönlichen Gespräch an unserem Standort in Bad Homburg einladen.",
                "Über den folgenden Link können Sie sich einen der freien Termine zwischen dem 17. und 20. März aussuchen. Das Gespräch dauert etwa 75 Minuten; Sie sprechen mit Dr. Bernd Fenske (Head of Regulatory Affairs) und mir.",
                "Falls keiner der Termine passt, antworten Sie einfach auf diese E-Mail.",
                "Viele Grüße<br>Svenja Krolikowski<br>Senior Talent Partner, Taunus BioLogics AG",
            ],
            button=("Termin auswählen", "https://taunus-biologics.jobs.personio.de/scheduling/7f1d0c22-5e3b-4b8a?utm_source=email"),
            footer=[
                "Taunus BioLogics AG · Kisseleffstraße 40 · 61348 Bad Homburg v. d. Höhe",
                "Diese E-Mail wurde über Personio versendet.",
                '<a href="https://taunus-biologics.jobs.personio.de/privacy-policy" style="color:#8a8a8a;">Datenschutzhinweise</a>',
            ],
            pixel_url="https://t.personio.de/o/4c9a1b2e-0f5d.gif",
        ),
    },
    # 3 -- hospital group, formal letter by mail, latin-1
    {
        "key": "klinik_invite",
        "kind": "interview_invitation", "scenario": "hospital_group_letter",
        "company": "Klinikverbund Rhein-Main", "contact": "bettina.schaefer-ohl@klinikverbund-rhein-main.example.de",
        "lang": "de",
        "frm": ("Schäfer-Ohl, Bettina", "bettina.schaefer-ohl@klinikverbund-rhein-main.example.de"),
        "subject": "Einladung zum Vorstellungsgespräch - Apotheker/in Arzneimittelinformation und AMTS",
        "date": "2026-01-14 10:44 +0100", "structure": "plain", "charset": "iso-8859-1", "cte": "quoted-printable",
        "text": """Sehr geehrte Frau Adebayo-Lindqvist,

vielen Dank für Ihre Bewerbung vom 2. Januar 2026. Wir möchten Sie gern persönlich kennenlernen und laden Sie zu einem Vorstellungsgespräch ein:

Termin:  Dienstag, 27. Januar 2026, 13:30 Uhr
Ort:     Zentralapotheke, Starkenburgring 66, 63069 Offenbach am Main, Haus C, Raum 2.114
Teilnehmende: Frau Dr. Anja Reuss-Kaltenbach (Chefapothekerin), Herr Tobias Fenn (Stellv. Leitung), ein Mitglied des Betriebsrats und ich

Bitte bestätigen Sie uns den Termin bis zum 20. Januar per E-Mail. Parkmöglichkeiten finden Sie im Parkhaus P3 (Einfahrt Sprendlinger Landstraße); das Parkticket entwerten wir Ihnen gern.

Fahrtkosten können wir leider nicht erstatten.

Mit freundlichen Grüßen
Bettina Schäfer-Ohl
Personalgewinnung

Klinikverbund Rhein-Main gGmbH
Starkenburgring 66, 63069 Offenbach am Main
Tel. 069 8405-2231
Geschäftsführer: Dipl.-Kfm. Reinhard Lauterbach
Sitz der Gesellschaft: Offenbach am Main, Amtsgericht Offenbach HRB 40412
""",
    },
    # 4 -- CRO, phone screen
    {
        "key": "dcr_invite",
        "kind": "interview_invitation", "scenario": "cro_phone_screen",
        "company": "DCR Domstadt Clinical Research", "contact": "m.offermanns@dcr-koeln.example.de", "lang": "de",
        "frm": ("Melanie Offermanns", "m.offermanns@dcr-koeln.example.de"),
        "subject": "Drug Safety Associate – kurzes Telefonat?",
        "date": "2026-04-08 09:17 +0200", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
        "mid_style": "outlook", "mid_domain": "dcr-koeln.example.de",
        "text": """Hallo Frau Adebayo-Lindqvist,

schön, dass Sie sich wieder bei uns beworben haben – diesmal passt es deutlich besser!

Für die Stelle als Drug Safety Associate würde ich gern mit einem Telefoninterview von ca. 30 Minuten starten. Dabei geht es um Ihre Motivation, Ihre Erfahrung mit Nebenwirkungsmeldungen aus der Klinik und ein paar organisatorische Punkte (Start, Gehaltsvorstellung, Homeoffice-Anteil).

Mein Vorschlag: Mittwoch, 15. April, 11:00 Uhr. Ich rufe Sie unter der Nummer aus Ihrem Lebenslauf an (0176 …41). Passt das?

Wenn das Telefonat gut läuft, folgt ein Gespräch mit unserer Leitung Arzneimittelsicherheit vor Ort in Köln.

Viele Grüße
Melanie Offermanns
HR Business Partner

DCR Domstadt Clinical Research GmbH
Vogelsanger Straße 193 · 50825 Köln
Tel. +49 221 478 563-12
""",
    },
    # 5 -- family business answers a speculative application with an invitation
    {
        "key": "hollerbach_invite",
        "kind": "interview_invitation", "scenario": "family_business_gate",
        "company": "Mainzer Arzneimittelwerk Hollerbach & Söhne", "contact": "f.hollerbach@hollerbach-mainz.example.de",
        "lang": "de",
        "frm": ("Friedrich Hollerbach", "f.hollerbach@hollerbach-mainz.example.de"),
        "subject": "AW: Initiativbewerbung – Pharmazeutin mit klinischer Erfahrung",
        "date": "2026-03-05 17:58 +0100", "structure": "plain", "charset": "windows-1252", "cte": "quoted-printable",
        "parent": "<0c6f3a9e-91b2-4d7e-8a11-4e5f6a7b8c9d@example.de>", "mid_style": "outlook",
        "mid_domain": "hollerbach-mainz.example.de",
        "text": """Sehr geehrte Frau Adebayo-Lindqvist,

Ihre Initiativbewerbung kam zur rechten Zeit: Unser langjähriger Stufenplanbeauftragter geht im Herbst in den Ruhestand, und wir überlegen, wie wir die Arzneimittelsicherheit künftig aufstellen.

Ich würde Sie deshalb gern zu einem Kennenlerngespräch zu uns ins Werk einladen – am Mittwoch, 18. März, um 14:00 Uhr. Dabei sind neben mir unsere Leiterin Qualitätssicherung, Frau Dr. Wendling, und Herr Sauer, der die Funktion bisher innehat. Rechnen Sie mit gut anderthalb Stunden inklusive Rundgang durch die Produktion.

Bitte melden Sie sich an der Pforte am Tor 2 (Hechtsheimer Straße) – dort liegt ein Besucherausweis für Sie bereit. Geben Sie mir bitte kurz Bescheid, ob der Termin passt.

Mit freundlichen Grüßen aus Mainz

Friedrich Hollerbach
Geschäftsführer

Mainzer Arzneimittelwerk Hollerbach & Söhne KG
Hechtsheimer Straße 37 – 55131 Mainz
Telefon 06131 57 49-0 – Telefax 06131 57 49-99
Registergericht Mainz HRA 3127 – Komplementärin: Hollerbach Verwaltungs GmbH
""",
    },
    # 6 -- Vienna, Austrian wording
    {
        "key": "donau_invite",
        "kind": "interview_invitation", "scenario": "vienna_on_site",
        "company": "Donaupharm Arzneimittel", "contact": "theresa.hochleitner@donaupharm.example.at", "lang": "de",
        "frm": ("Mag. Theresa Hochleitner", "theresa.hochleitner@donaupharm.example.at"),
        "subject": "Einladung zum Gespräch – Medical Advisor Onkologie",
        "date": "2026-03-25 14:06 +0100", "structure": "plain", "charset": "utf-8", "cte": "base64",
        "text": """Sehr geehrte Frau Adebayo-Lindqvist,

vielen Dank für Ihre Bewerbung, die wir mit großem Interesse gelesen haben. Wir freuen uns, Sie zu einem persönlichen Gespräch in unser Büro in Wien-Donaustadt einladen zu dürfen.

Termin: Montag, 6. April 2026, 10:00 Uhr
Adresse: Mühlgrundgasse 17, 1220 Wien (U2 Station Hausfeldstraße, dann ca. 8 Minuten zu Fuß)
Gesprächspartner: Dr. Florian Pichlmayr, Medical Director, und ich

Das Gespräch wird etwa eineinhalb Stunden dauern. Ihre Reisekosten (Bahn 2. Klasse oder Flug Economy) übernehmen wir gegen Beleg.

Ich bitte um eine kurze Bestätigung.

Beste Grüße aus Wien
Theresa Hochleitner

Mag. Theresa Hochleitner
Head of People & Culture
Donaupharm Arzneimittel GmbH
T: +43 1 2049 711-30
""",
    },
    # 7 -- SmartRecruiters, Swiss, booking button, recruiter in Reply-To
    {
        "key": "novena_invite",
        "kind": "interview_invitation", "scenario": "smartrecruiters_basel_invite",
        "company": "Novena Therapeutics", "contact": "corinne.gysin@novena-tx.example.ch", "lang": "de",
        "frm": ("Careers at Novena", "no-reply@smartrecruiters.com"),
        "reply_to": ("Corinne Gysin", "corinne.gysin@novena-tx.example.ch"),
        "subject": "Gesprächseinladung: Medical Science Liaison Hämatologie",
        "date": "2026-04-01 10:30 +0200", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
        "html": ats_card(
            logo_src="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/NovenaTherapeutics/120x40.png",
            logo_alt="Novena", accent="#6b2c91",
            paras=[
                "Grüezi Frau Adebayo-Lindqvist",
                "Vielen Dank für Ihre Bewerbung als Medical Science Liaison Hämatologie. Gerne möchten wir Sie zu einem Gespräch nach Münchenstein einladen.",
                "Bitte reservieren Sie über den untenstehenden Link einen Termin in der Woche vom 13. April. Im Gespräch (ca. 90 Minuten) stellen Sie uns eine wissenschaftliche Publikation Ihrer Wahl aus der Hämatologie in 10 Minuten vor; anschliessend folgt ein Austausch mit Dr. Aeschbacher (Medical Lead) und mir.",
                "Für Rückfragen antworten Sie einfach auf diese E-Mail.",
                "Freundliche Grüsse<br>Corinne Gysin<br>Talent Acquisition Partner, Novena Therapeutics AG",
            ],
            button=("Termin reservieren", "https://www.smartrecruiters.com/scheduling/novena/4d1e-88aa?utm_medium=email"),
            footer=[
                "Novena Therapeutics AG · Dreispitzallee 21 · 4142 Münchenstein · Schweiz",
                '<a href="https://jobs.smartrecruiters.com/privacy-policy?company=NovenaTherapeutics" style="color:#8a8a8a;">Datenschutz</a>',
            ],
            pixel_url="https://email.smartrecruiters.com/o/eJwNyk0KgCAQhuG.gif",
        ),
    },
    # 8 -- agency, exclamation-heavy, du, names the client
    {
        "key": "sanaris_invite",
        "kind": "interview_invitation", "scenario": "agency_good_news_du",
        "company": "Sanaris", "contact": "j.brueckner@pharmatalents.example.de", "lang": "de",
        "frm": ("Jessica Brückner | PharmaTalents", "j.brueckner@pharmatalents.example.de"),
        "subject": "GUTE NEWS!!! Sanaris möchte dich kennenlernen 🎉",
        "date": "2026-03-12 12:19 +0100", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
        "text": """Hi Henrike!!

Ich hab's dir ja gesagt!!! Sanaris hat dein Profil gesehen und möchte dich UNBEDINGT kennenlernen für die MSL-Position Kardiologie/Region Rhein-Main!

Termin-Vorschlag vom Kunden:
Freitag, 20. März, 10:30 Uhr
Sanaris Healthcare Deutschland, Lyoner Straße 18, Frankfurt-Niederrad, 5. OG, Empfang
Gesprächspartner: Dr. Stefan Reimann (Medical Head Cardio) + Frau Kühne (HR)

Bitte gib mir bis morgen Mittag kurz Bescheid, ob das passt, dann bestätige ich direkt beim Kunden! Zur Vorbereitung schicke ich dir heute Abend noch ein paar Infos zum Team und zur Pipeline.

Ich drück dir jetzt schon die Daumen!!! 💪

Liebe Grüße
Jessi

Jessica Brückner
Senior Consultant Life Sciences
PharmaTalents Personalberatung GmbH
Mobil +49 171 4402 918
""",
        "html": plain_html([
            "Hi Henrike!!",
            "Ich hab's dir ja gesagt!!! <b>Sanaris</b> hat dein Profil gesehen und möchte dich UNBEDINGT kennenlernen für die MSL-Position Kardiologie/Region Rhein-Main!",
            "<u>Termin-Vorschlag vom Kunden:</u><br>Freitag, 20. März, 10:30 Uhr<br>Sanaris Healthcare Deutschland, Lyoner Straße 18, Frankfurt-Niederrad, 5. OG, Empfang<br>Gesprächspartner: Dr. Stefan Reimann (Medical Head Cardio) + Frau Kühne (HR)",
            "Bitte gib mir bis morgen Mittag kurz Bescheid, ob das passt, dann bestätige ich direkt beim Kunden! Zur Vorbereitung schicke ich dir heute Abend noch ein paar Infos zum Team und zur Pipeline.",
            "Ich drück dir jetzt schon die Daumen!!! 💪",
            "Liebe Grüße<br>Jessi",
        ], signature=[
            "<b>Jessica Brückner</b>",
            "Senior Consultant Life Sciences",
            "PharmaTalents Personalberatung GmbH",
            "Mobil +49 171 4402 918",
        ], font="Verdana, sans-serif"),
    },
    # 9 -- head-hunter invites to a first meeting about an unnamed mandate
    {
        "key": "kessler_invite",
        "kind": "interview_invitation", "scenario": "headhunter_first_meeting",
        "company": "Kessler Life Science Search", "contact": "lukas.kessler@kessler-search.example.ch", "lang": "de",
        "frm": ("Dr. Lukas Kessler", "lukas.kessler@kessler-search.example.ch"),
        "subject": "Vertrauliches Mandat – Gespräch in Zürich?",
        "date": "2026-02-16 08:12 +0100", "structure": "plain", "charset": "utf-8", "cte": "8bit",
        "text": """Sehr geehrte Frau Adebayo-Lindqvist

Besten Dank für Ihre Unterlagen und das kurze Telefonat vom Freitag.

Wie besprochen suche ich im Auftrag eines forschenden Pharmaunternehmens mit Sitz in der Region Basel eine Leitung Medical Information (DACH). Den Namen meines Mandanten kann ich Ihnen erst nach einem ersten Gespräch nennen; ich bitte dafür um Verständnis.

Ich würde Sie gerne zu einem ausführlichen Interview einladen, entweder in unserem Büro an der Bahnhofstrasse oder per Video:

- Dienstag, 24. Februar, 16:00 Uhr
- Donnerstag, 26. Februar, 09:00 Uhr

Das Gespräch dauert rund 90 Minuten. Ich werde Sie dabei auch zu Ihren Führungserfahrungen befragen und Ihnen das Mandat im Detail erläutern.

Freundliche Grüsse

Dr. Lukas Kessler
Partner
Kessler Life Science Search AG
Bahnhofstrasse 52 · 8001 Zürich
+41 44 552 19 80
""",
    },
    # 10 -- public agency, formal, PDF directions attached
    {
        "key": "hlas_invite",
        "kind": "interview_invitation", "scenario": "state_agency_pdf_directions",
        "company": "Hessisches Landesamt für Arzneimittelsicherheit", "contact": "personal@hlas.hessen.example.de",
        "lang": "de",
        "frm": ("HLAS Personalreferat", "personal@hlas.hessen.example.de"),
        "subject": "Einladung zum Auswahlgespräch – Kennziffer HLAS-26-09",
        "date": "2026-04-20 13:40 +0200", "structure": "mixed", "charset": "iso-8859-1", "cte": "quoted-printable",
        "text": """Sehr geehrte Frau Adebayo-Lindqvist,

bezugnehmend auf Ihre Bewerbung um die Stelle einer Pharmazeutin / eines Pharmazeuten im Dezernat III 2 (Pharmakovigilanz und Arzneimittelrisiken), Kennziffer HLAS-26-09, laden wir Sie zu einem strukturierten Auswahlgespräch ein.

Datum: Mittwoch, 6. Mai 2026
Uhrzeit: 9:15 Uhr (bitte finden Sie sich 10 Minuten vorher ein)
Ort: Hessisches Landesamt für Arzneimittelsicherheit, Dienstgebäude Mainzer Straße 98, 65189 Wiesbaden, Sitzungsraum 1.04

Das Gespräch dauert ca. 45 Minuten. Der Auswahlkommission gehören die Dezernatsleitung, eine Vertreterin des Personalrats sowie die Frauen- und Gleichstellungsbeauftragte an. Eine Anfahrtsbeschreibung ist beigefügt.

Wir bitten Sie, Ihre Teilnahme bis zum 28. April 2026 per E-Mail an personal@hlas.hessen.example.de zu bestätigen. Reisekosten werden nach dem Hessischen Reisekostengesetz nicht erstattet.

Schwerbehinderte Bewerberinnen und Bewerber werden gebeten, uns etwaigen Unterstützungsbedarf mitzuteilen.

Mit freundlichen Grüßen
Im Auftrag
Jörg Weidemann
Personalreferat

Hessisches Landesamt für Arzneimittelsicherheit
Mainzer Straße 98, 65189 Wiesbaden
""",
        "attachments": [{"filename": "Anfahrt_Dienstgebaeude_Mainzer_Strasse.pdf", "lines": [
            "Hessisches Landesamt für Arzneimittelsicherheit",
            "Anfahrtsbeschreibung Dienstgebäude Mainzer Straße 98, 65189 Wiesbaden",
            "",
            "Mit der Bahn: ab Wiesbaden Hbf Buslinien 5 und 15 bis Haltestelle Mainzer Straße/Landesamt.",
            "Mit dem Auto: A66 Ausfahrt Wiesbaden-Erbenheim, dann B263 Richtung Innenstadt.",
            "Besucherparkplätze stehen nur eingeschränkt zur Verfügung.",
            "Bitte melden Sie sich an der Pforte im Erdgeschoss.",
        ]}],
    },
    # 11 -- softgarden, assessment centre, HR contact in Reply-To
    {
        "key": "gk_invite",
        "kind": "interview_invitation", "scenario": "softgarden_assessment_centre",
        "company": "Gesundkasse Hessen", "contact": "tobias.wendland@gesundkasse-hessen.example.de", "lang": "de",
        "frm": ("Gesundkasse Hessen", "gesundkasse-hessen@mail.softgarden.io"),
        "reply_to": ("Tobias Wendland", "tobias.wendland@gesundkasse-hessen.example.de"),
        "subject": "Einladung zum Auswahltag – Referentin Arzneimittelversorgung (w/m/d)",
        "date": "2026-04-22 15:15 +0200", "structure": "html", "charset": "utf-8", "cte": "base64",
        "html": ats_card(
            logo_src="https://tracking.softgarden.io/static/customer/gesundkasse-hessen/logo.png",
            logo_alt="Gesundkasse Hessen", accent="#009a62",
            paras=[
                "Sehr geehrte Frau Adebayo-Lindqvist,",
                "wir freuen uns, Ihnen mitteilen zu können, dass Sie in die engere Auswahl für die Stelle <b>Referentin Arzneimittelversorgung (w/m/d)</b> gekommen sind. Wir laden Sie herzlich zu unserem Auswahltag ein.",
                "<b>Wann:</b> Dienstag, 12. Mai 2026, 9:00 bis ca. 15:30 Uhr<br><b>Wo:</b> Hauptverwaltung, Wilhelmstraße 7, 65185 Wiesbaden, Konferenzbereich EG",
                "Der Tag besteht aus einer Fallstudie zu einem Rabattvertrag, einer Kurzpräsentation (10 Minuten) und einem Interview mit der Abteilungsleitung. Für Verpflegung ist gesorgt.",
                "Bitte bestätigen Sie Ihre Teilnahme über den Button. Bei Fragen erreichen Sie mich, wenn Sie auf diese E-Mail antworten.",
                "Freundliche Grüße<br>Tobias Wendland<br>Personalgewinnung, Gesundkasse Hessen",
            ],
            button=("Teilnahme bestätigen", "https://tracking.softgarden.io/c/8b1f/confirm?evt=ac-2026-05-12"),
            footer=[
                "Gesundkasse Hessen · Körperschaft des öffentlichen Rechts · Wilhelmstraße 7 · 65185 Wiesbaden",
                '<a href="https://tracking.softgarden.io/c/8b1f/privacy" style="color:#8a8a8a;">Datenschutzerklärung</a>',
            ],
            pixel_url="https://tracking.softgarden.io/o/8b1f2d40aa/open.gif",
        ),
    },
    # 12 -- consultancy partner, case interview, German "Am ... schrieb" chain
    {
        "key": "mk_invite",
        "kind": "interview_invitation", "scenario": "consultancy_case_interview",
        "company": "Mertens & Kolb Regulatory Consulting", "contact": "f.mertens@mertens-kolb.example.de", "lang": "de",
        "frm": ("Dr. Frauke Mertens", "f.mertens@mertens-kolb.example.de"),
        "subject": "Re: Ihre Bewerbung über medijobs – Regulatory Consultant",
        "date": "2026-05-04 07:41 +0200", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
        "parent": "<8f12c0a7-55e1-4c3b-b9d0-2a7e6f4c1d33@example.de>",
        "text": """Liebe Frau Adebayo-Lindqvist,

danke für Ihre schnelle Rückmeldung und die Arbeitsproben. Wir möchten Sie gern zu einem Interview in unser Büro in Köln-Deutz einladen.

Vorschlag: Mittwoch, 13. Mai, 10:00 Uhr, Deutz-Mülheimer Straße 30, 3. Etage.

Der erste Teil ist ein Fallbeispiel: Sie bekommen 30 Minuten Zeit, um die Unterlagen zu einer Typ-II-Variation zu sichten und uns Ihr Vorgehen zu skizzieren. Danach sprechen mein Partner Dr. Kolb und ich mit Ihnen über Ihren Hintergrund. Bringen Sie gern Fragen mit – wir sind ein kleines Team und legen Wert darauf, dass es passt.

Herzliche Grüße
Frauke Mertens

Dr. Frauke Mertens
Managing Partner
Mertens & Kolb Regulatory Consulting GmbH
Deutz-Mülheimer Straße 30 · 50679 Köln
+49 221 890 447 0

Am 30.04.2026 um 21:17 schrieb Henrike Adebayo-Lindqvist <henrike.al@example.de>:

> Sehr geehrte Frau Dr. Mertens,
>
> vielen Dank für Ihren Anruf. Anbei wie besprochen zwei Arbeitsproben (eine Stellungnahme der Arzneimittelkommission unseres Hauses und eine Fachinformations-Synopse).
>
> Mit freundlichen Grüßen
> Henrike Adebayo-Lindqvist
""",
    },
    # 13 -- university secretariat, interview with a trial lecture
    {
        "key": "uni_invite",
        "kind": "interview_invitation", "scenario": "university_trial_lecture",
        "company": "Universität Lahnberg", "contact": "sekretariat.klipharm@uni-lahnberg.example.de", "lang": "de",
        "frm": ("Sekretariat Klinische Pharmazie", "sekretariat.klipharm@uni-lahnberg.example.de"),
        "subject": "Einladung Vorstellungsgespräch und Probevortrag",
        "date": "2026-05-06 11:03 +0200", "structure": "plain", "charset": "utf-8", "cte": "8bit",
        "text": """Sehr geehrte Frau Adebayo-Lindqvist,

im Auftrag von Frau Prof. Dr. Marquardt lade ich Sie zum Vorstellungsgespräch für die Stelle einer wissenschaftlichen Mitarbeiterin (E 13 TV-H, 75 %) im Projekt „AMTS im Übergang Klinik–Hausarzt“ ein.

Termin: Mittwoch, 20. Mai 2026, 14:00 Uhr
Ort: Institut für Klinische Pharmazie, Robert-Koch-Weg 4, Seminarraum 0.12

Bitte bereiten Sie einen Probevortrag von 20 Minuten zum Thema „Medikationsanalyse bei geriatrischen Patientinnen und Patienten – Evidenz und Praxis“ vor. Ein Beamer mit HDMI-Anschluss ist vorhanden. Im Anschluss folgt ein Gespräch mit der Auswahlkommission (ca. 30 Minuten).

Bitte bestätigen Sie uns kurz, ob Sie den Termin wahrnehmen können.

Mit freundlichen Grüßen
Heike Rausch
Sekretariat Prof. Dr. G. Marquardt

Universität Lahnberg
Fachbereich Pharmazie – Institut für Klinische Pharmazie
Robert-Koch-Weg 4, 35043 Lahnberg
Tel. 06421 28-25710
""",
    },
    # 14 -- Greenhouse, schedule link, recruiter in Reply-To
    {
        "key": "cerulean_invite",
        "kind": "interview_invitation", "scenario": "greenhouse_schedule_link",
        "company": "Cerulean Biosciences", "contact": "priya.raman@ceruleanbio.example.com", "lang": "en",
        "frm": ("Priya Raman via Greenhouse", "no-reply@us.greenhouse-mail.io"),
        "reply_to": ("Priya Raman", "priya.raman@ceruleanbio.example.com"),
        "subject": "Interview invitation: Senior Drug Safety Physician / Pharmacist (Basel)",
        "date": "2026-04-02 16:55 +0200", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
        "html": """<html><body style="margin:0;padding:0;">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="580" cellpadding="0" cellspacing="0" role="presentation" style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#24292e;line-height:22px;">
<tr><td style="padding:28px 0 12px 0;"><img src="https://s3.amazonaws.com/grnhse-prod/board_logos/ceruleanbio/cerulean_wordmark.png" alt="Cerulean Biosciences" width="170"></td></tr>
<tr><td>
<p>Hi Henrike,</p>
<p>Thanks for applying to Cerulean! Our Head of Drug Safety, Dr. Marcus Lindgren, would like to invite you to a 45-minute video interview to talk about your experience and the role.</p>
<p>Please use the link below to pick a time that works for you. Available slots run from Tuesday 14 April to Friday 17 April.</p>
<table role="presentation" cellpadding="0" cellspacing="0"><tr><td bgcolor="#1a73e8" style="border-radius:4px;padding:10px 20px;"><a href="https://app.greenhouse.io/scheduling/candidate/9e7a1c2b?utm_source=email" style="color:#ffffff;text-decoration:none;font-weight:bold;">Choose your interview time</a></td></tr></table>
<p>If none of these times work, just reply to this email and I'll find alternatives.</p>
<p>Best,<br>Priya Raman<br>Talent Partner, Cerulean Biosciences</p>
</td></tr>
<tr><td style="padding-top:24px;font-size:11px;color:#8c959f;border-top:1px solid #eaecef;">
Cerulean Biosciences, Inc. &middot; Basel Hub: Aeschenvorstadt 71, 4051 Basel<br>
Powered by Greenhouse
</td></tr>
</table></td></tr></table>
<img src="https://us.greenhouse-mail.io/wf/open?upn=AbCk2_Yy7Tz-1aQ" width="1" height="1" alt="" style="display:none">
</body></html>
""",
    },
    # 15 -- UK CRO recruiter, video interview, Outlook "From: / Sent:" chain
    {
        "key": "veridian_invite",
        "kind": "interview_invitation", "scenario": "cro_video_outlook_chain",
        "company": "Veridian Clinical Research", "contact": "charlotte.mwangi@veridiancr.example.com", "lang": "en",
        "frm": ("Charlotte Mwangi", "charlotte.mwangi@veridiancr.example.com"),
        "subject": "RE: Pharmacovigilance Project Manager - Frankfurt / remote",
        "date": "2026-03-30 13:22 +0100", "structure": "plain", "charset": "windows-1252", "cte": "quoted-printable",
        "parent": "<b4e0a7f2-9c18-4a5d-8e63-1f2d3c4b5a60@example.de>", "mid_style": "outlook",
        "mid_domain": "veridiancr.example.com",
        "text": """Hi Henrike,

Thanks for sending your updated CV so quickly. I’ve shared it with the hiring manager, Dr. Ines Marquardt-Kohl, and she’d like to meet you.

Could you do a video interview (Microsoft Teams) on Wednesday 8 April at 15:00 CET? It will be 60 minutes with Ines and Mark Devlin, our Director of PV Operations for EMEA. Expect a mix of competency questions and a short discussion of how you would set up safety reporting for a multi-country oncology study.

Let me know if that works and I’ll send the calendar invite.

Kind regards,
Charlotte

Charlotte Mwangi
Senior Talent Acquisition Partner | Veridian Clinical Research
M: +44 7911 204 873

Veridian Clinical Research Ltd is registered in England and Wales under company number 07731962. Registered office: 3 Station Square, Cambridge CB1 2GA.

From: Henrike Adebayo-Lindqvist <henrike.al@example.de>
Sent: 27 March 2026 18:04
To: Charlotte Mwangi <charlotte.mwangi@veridiancr.example.com>
Subject: Re: Pharmacovigilance Project Manager - Frankfurt / remote

Dear Charlotte,

Thank you for the call today. As discussed, please find my updated CV attached. I’m very interested in the position and available for interviews from next week.

Best regards,
Henrike
""",
    },
    # 16 -- start-up, Ashby, casual
    {
        "key": "medikit_invite",
        "kind": "interview_invitation", "scenario": "startup_ashby_casual",
        "company": "Medikit Labs", "contact": "jonas@medikit.example.com", "lang": "en",
        "frm": ("Medikit Labs", "no-reply@ashbyhq.com"),
        "reply_to": ("Jonas Feld", "jonas@medikit.example.com"),
        "subject": "Let's chat! Medical Lead @ Medikit Labs",
        "date": "2026-05-12 20:14 +0200", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
        "text": """Hey Henrike 👋

Jonas here, co-founder at Medikit Labs. Loved your application – especially the bit about medication reconciliation at discharge, that's literally the problem we're building for.

Would you be up for a 30-min video chat with me and our CTO Aylin this week or next? No prep needed, we just want to get to know you and tell you what we're up to.

Grab any slot that works here: https://jobs.ashbyhq.com/medikit/interview/3b8c1f?utm_source=email

Talk soon!
Jonas

Jonas Feld · Co-founder & CEO · Medikit Labs · Berlin
""",
        "html": """<div style="font-family:Inter,Helvetica,Arial,sans-serif;font-size:15px;line-height:1.55;color:#111827;max-width:560px">
<p>Hey Henrike 👋</p>
<p>Jonas here, co-founder at Medikit Labs. Loved your application – especially the bit about medication reconciliation at discharge, that's literally the problem we're building for.</p>
<p>Would you be up for a 30-min video chat with me and our CTO Aylin this week or next? No prep needed, we just want to get to know you and tell you what we're up to.</p>
<p><a href="https://jobs.ashbyhq.com/medikit/interview/3b8c1f?utm_source=email" style="background:#4f46e5;color:#fff;padding:9px 16px;border-radius:6px;text-decoration:none">Pick a time</a></p>
<p>Talk soon!<br>Jonas</p>
<p style="color:#6b7280;font-size:13px">Jonas Feld · Co-founder &amp; CEO · Medikit Labs · Berlin</p>
<p style="color:#9ca3af;font-size:11px">Sent via <a href="https://www.ashbyhq.com/?utm_source=email" style="color:#9ca3af">Ashby</a></p>
<img src="https://app.ashbyhq.com/api/email/open/77ab01c2-3d4e.png" width="1" height="1" alt="">
</div>""",
    },
    # 17 -- one-way recorded video interview
    {
        "key": "parexa_invite",
        "kind": "interview_invitation", "scenario": "one_way_video_interview",
        "company": "Parexa Clinical", "contact": "", "lang": "en",
        "frm": ("Parexa Clinical", "noreply@hirevue.com"),
        "subject": "Parexa Clinical invites you to a digital interview",
        "date": "2026-03-20 08:00 +0000", "structure": "html", "charset": "utf-8", "cte": "base64",
        "html": ats_card(
            logo_src="https://cdn.hirevue.com/customer/parexa/parexa_logo_300.png",
            logo_alt="PAREXA CLINICAL", accent="#1c3f94", lang="en",
            paras=[
                "Hello Henrike,",
                "Thank you for applying for the <b>Pharmacovigilance Scientist II</b> position at Parexa Clinical. We would like to invite you to the next step: a digital (on-demand) video interview.",
                "You will be asked five questions and can record your answers whenever it suits you. Each answer can be up to three minutes long, and you will have one practice question before you start.",
                "Please complete your interview by <b>Friday, 27 March 2026, 23:59 CET</b>.",
                "Good luck!<br>Parexa Clinical Talent Acquisition",
            ],
            button=("Start my interview", "https://app.hirevue.com/interviews/parexa/7AcQ2xLm?utm_campaign=invite"),
            footer=[
                "Need help? Visit the HireVue candidate support site. Please do not reply to this automated message.",
                "Parexa Clinical Holdings, Inc. · Equal Opportunity Employer",
            ],
            pixel_url="https://app.hirevue.com/t/o/7AcQ2xLm.gif",
        ),
    },
    # 18 -- agency relays the client's invitation, naming the client
    {
        "key": "northbridge_invite",
        "kind": "interview_invitation", "scenario": "agency_relays_client_invite",
        "company": "Northbridge Market Access", "contact": "sam.whitcombe@medrecruit-partners.example.com", "lang": "en",
        "frm": ("Sam Whitcombe", "sam.whitcombe@medrecruit-partners.example.com"),
        "subject": "Interview - Northbridge Market Access (P&R Manager)",
        "date": "2026-04-20 10:03 +0100", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
        "text": """Hi Henrike,

Great news - Northbridge Market Access would like to interview you for the Pricing & Reimbursement Manager role (Frankfurt office, 2 days remote).

Details:
- Monday 27 April, 11:00-12:00 CET
- Video call (Zoom link to follow from their side)
- You'll meet Dr. Carsten Vogelsang (Managing Director Germany) and Leonie Brandis (Senior Manager, P&R)

They'll want to hear about any experience you have with AMNOG dossiers or hospital formulary decisions, so it's worth preparing a couple of examples from your Arzneimittelkommission work.

Can you confirm by end of day tomorrow? I'll call you on Friday to prep.

Cheers,
Sam

Sam Whitcombe
Principal Consultant - Market Access
MedRecruit Partners
+44 7700 914 552
""",
    },
    # 19 -- Google Calendar invitation (REQUEST) plus invite.ics, panel interview in Zurich
    {
        "key": "limmat_invite",
        "kind": "interview_invitation", "scenario": "google_calendar_panel_request",
        "company": "Limmat Oncology", "contact": "lena.baumgartner@limmat-oncology.example.ch", "lang": "en",
        "frm": ("Lena Baumgartner", "lena.baumgartner@limmat-oncology.example.ch"),
        "subject": "Invitation: Panel interview – Regulatory Affairs Manager @ Thu 11 Jun 2026 09:30 - 12:00 (CEST) (henrike.al@example.de)",
        "date": "2026-06-02 15:47 +0200", "structure": "mixed", "charset": "utf-8", "cte": "quoted-printable",
        "mid_style": "gmail",
        "text": """Dear Henrike,

Following your conversation with Dr. Ritter, we would like to invite you to a panel interview at our Zurich office.

Panel interview – Regulatory Affairs Manager
Thursday 11 June 2026 ⋅ 09:30 – 12:00 (Central European Summer Time)
Limmat Oncology, Hardturmstrasse 161, 8005 Zürich, 4th floor

Programme: 20-minute presentation on a regulatory strategy case (we will send it 48 hours in advance), followed by conversations with Dr. Tobias Ritter (Head of Regulatory Affairs), Dr. Amélie Favre (CMC) and myself.

Please accept the invitation in your calendar so that we can register you with reception.

Best regards,
Lena Baumgartner
HR Business Partner | Limmat Oncology AG
Hardturmstrasse 161, 8005 Zürich

Invitation from Google Calendar
You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.
""",
        "html": """<div style="font-family:Roboto,Helvetica,Arial,sans-serif;font-size:14px;color:#3c4043">
<p>Dear Henrike,</p>
<p>Following your conversation with Dr. Ritter, we would like to invite you to a panel interview at our Zurich office.</p>
<table cellpadding="0" cellspacing="0" style="border:1px solid #dadce0;border-radius:8px;padding:16px;width:100%">
<tr><td style="font-size:20px;color:#202124;padding-bottom:8px">Panel interview – Regulatory Affairs Manager</td></tr>
<tr><td><b>When</b>&nbsp; Thursday 11 June 2026 ⋅ 09:30 – 12:00 (Central European Summer Time)</td></tr>
<tr><td><b>Location</b>&nbsp; <a href="https://www.google.com/maps/search/Hardturmstrasse+161,+8005+Z%C3%BCrich">Limmat Oncology, Hardturmstrasse 161, 8005 Zürich, 4th floor</a></td></tr>
<tr><td><b>Organiser</b>&nbsp; Lena Baumgartner</td></tr>
<tr><td style="padding-top:10px"><a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;rst=1&amp;eid=NXYxcTg" style="color:#1a73e8">Yes</a> · <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;rst=3&amp;eid=NXYxcTg" style="color:#1a73e8">Maybe</a> · <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;rst=2&amp;eid=NXYxcTg" style="color:#1a73e8">No</a></td></tr>
</table>
<p>Programme: 20-minute presentation on a regulatory strategy case (we will send it 48 hours in advance), followed by conversations with Dr. Tobias Ritter (Head of Regulatory Affairs), Dr. Amélie Favre (CMC) and myself.</p>
<p>Please accept the invitation in your calendar so that we can register you with reception.</p>
<p>Best regards,<br>Lena Baumgartner<br>HR Business Partner | Limmat Oncology AG<br>Hardturmstrasse 161, 8005 Zürich</p>
<p style="font-size:11px;color:#70757a">Invitation from <a href="https://calendar.google.com/calendar/">Google Calendar</a><br>You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.</p>
</div>
""",
        "calendar": {
            "method": "REQUEST", "uid": LIMMAT_UID, "sequence": 0, "dtstamp": "20260602T134700Z",
            "start": "20260611T073000Z", "end": "20260611T100000Z",
            "summary": "Panel interview – Regulatory Affairs Manager",
            "location": "Limmat Oncology\\, Hardturmstrasse 161\\, 8005 Zürich\\, 4th floor",
            "organizer": ("Lena Baumgartner", "lena.baumgartner@limmat-oncology.example.ch"),
            "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
        },
        "attachments": [{"type": "ics", "filename": "invite.ics", "calendar": {
            "method": "REQUEST", "uid": LIMMAT_UID, "sequence": 0, "dtstamp": "20260602T134700Z",
            "start": "20260611T073000Z", "end": "20260611T100000Z",
            "summary": "Panel interview – Regulatory Affairs Manager",
            "location": "Limmat Oncology\\, Hardturmstrasse 161\\, 8005 Zürich\\, 4th floor",
            "organizer": ("Lena Baumgartner", "lena.baumgartner@limmat-oncology.example.ch"),
            "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
        }}],
    },
    # 20 -- terse hiring manager asks for a call
    {
        "key": "europv_invite",
        "kind": "interview_invitation", "scenario": "terse_call_request",
        "company": "EuroPV Services", "contact": "tom.askew@europv.example.com", "lang": "en",
        "frm": ("Tom Askew", "tom.askew@europv.example.com"),
        "subject": "PV Operations Lead",
        "date": "2026-04-14 19:31 +0200", "structure": "plain", "charset": "us-ascii", "cte": "7bit",
        "text": """Henrike - saw your CV via Charlotte's referral. Can you do Thursday 2pm for a quick call about the PV Ops Lead role? 30 mins, I'll ring your mobile.

Tom

Tom Askew | Head of PV Operations | EuroPV Services
Mainzer Landstrasse 50, 60325 Frankfurt | +49 69 3400 7781
""",
    },
    # 21 -- Taleo, interview scheduled, old-fashioned HTML
    {
        "key": "glenmore_invite",
        "kind": "interview_invitation", "scenario": "taleo_first_interview",
        "company": "Glenmore Pharma", "contact": "", "lang": "en",
        "frm": ("Glenmore Pharma Recruitment", "glenmore@taleo.net"),
        "subject": "Interview Invitation - Medical Information Specialist, German-speaking (2600412)",
        "date": "2026-04-15 10:20 +0100", "structure": "html", "charset": "iso-8859-1", "cte": "quoted-printable",
        "html": """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body>
<font face="Tahoma" size="2">
<p><img src="https://glenmore.taleo.net/careersection/theme/5110/1583922201000/en/theme/images/glenmore_logo.gif" alt="Glenmore Pharma"></p>
<p>Dear Henrike Adebayo-Lindqvist,</p>
<p>We are pleased to invite you to an interview for the position of <b>Medical Information Specialist, German-speaking</b> (Job Number 2600412).</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-family:Tahoma;font-size:10pt;">
<tr><td bgcolor="#e8eef4">Date</td><td>Tuesday, 28 April 2026</td></tr>
<tr><td bgcolor="#e8eef4">Time</td><td>10:00 (Irish time) / 11:00 (CET)</td></tr>
<tr><td bgcolor="#e8eef4">Location</td><td>Glenmore Pharma, Block 4, Cherrywood Business Park, Dublin D18 K7W4 - Reception, Ground Floor</td></tr>
<tr><td bgcolor="#e8eef4">Interviewers</td><td>Siobhán Keogh, Medical Information Manager; Dr. Peter Nolan, Medical Director</td></tr>
</table>
<p>Please bring photographic identification. Reasonable travel expenses will be reimbursed in line with our candidate expenses policy.</p>
<p>Please confirm your attendance by clicking <a href="https://glenmore.taleo.net/careersection/2/interviewconfirm.ftl?lang=en&amp;id=2600412&amp;c=88213">here</a>.</p>
<p>Yours sincerely,</p>
<p>Talent Acquisition Team<br>Glenmore Pharma</p>
<p><font size="1" color="#808080">Glenmore Pharma Limited, Registered in Ireland No. 488210. This is an automated message. Please do not reply to this e-mail.</font></p>
</font>
</body></html>
""",
    },
    # 22 -- French lab, vous, latin-1
    {
        "key": "vauban_invite",
        "kind": "interview_invitation", "scenario": "fr_lab_entretien",
        "company": "Laboratoires Vauban-Ostwald", "contact": "m.schaeffer@vauban-ostwald.example.fr", "lang": "fr",
        "frm": ("Marion Schaeffer", "m.schaeffer@vauban-ostwald.example.fr"),
        "subject": "Entretien - Pharmacien Affaires Médicales (H/F)",
        "date": "2026-05-26 09:48 +0200", "structure": "plain", "charset": "iso-8859-1", "cte": "quoted-printable",
        "text": """Bonjour Madame Adebayo-Lindqvist,

Votre candidature au poste de Pharmacien Affaires Médicales (H/F) a retenu toute notre attention et nous souhaiterions vous rencontrer.

Nous vous proposons un entretien le jeudi 4 juin 2026 à 14h00 dans nos locaux d'Ostwald (5 rue de l'Industrie, 67540 Ostwald). Vous rencontrerez le Dr Hugues Lambert, Directeur Médical, ainsi que moi-même. L'entretien durera environ une heure et demie.

Merci de bien vouloir me confirmer votre disponibilité. Si la date ne vous convenait pas, n'hésitez pas à me proposer d'autres créneaux.

Dans l'attente de vous rencontrer, je vous prie d'agréer, Madame, mes sincères salutations.

Marion Schaeffer
Responsable Ressources Humaines
Laboratoires Vauban-Ostwald SAS
5 rue de l'Industrie - 67540 Ostwald
Tél. : 03 88 66 12 40
""",
    },
    # 23 -- French head-hunter relays an invitation, naming the client
    {
        "key": "clinigene_invite",
        "kind": "interview_invitation", "scenario": "fr_headhunter_names_client",
        "company": "Clinigène Recherche", "contact": "yann.kerbrat@kerbrat-associes.example.fr", "lang": "fr",
        "frm": ("Yann Kerbrat", "yann.kerbrat@kerbrat-associes.example.fr"),
        "subject": "Clinigène - entretien à Lyon",
        "date": "2026-07-01 18:30 +0200", "structure": "plain", "charset": "utf-8", "cte": "8bit",
        "text": """Bonjour Henrike,

Comme évoqué au téléphone, Clinigène Recherche souhaite vous rencontrer pour le poste de Responsable Pharmacovigilance Essais Cliniques.

L'entretien aura lieu le jeudi 9 juillet à 9h30 dans leurs locaux de Gerland (Lyon 7e), avec Mme Delphine Rivoire, Directrice des opérations cliniques, puis avec leur responsable qualité. Comptez deux heures sur place.

Je vous envoie d'ici demain une fiche de préparation avec l'organigramme et quelques questions qu'ils posent souvent. Pouvez-vous me confirmer que le créneau vous convient ?

Bien à vous,

Yann Kerbrat
Associé
Kerbrat & Associés – Executive Search Santé
06 71 42 88 19
""",
    },
    # 24 -- Teamtailor, booking link, recruiter in Reply-To
    {
        "key": "rhodanis_invite",
        "kind": "interview_invitation", "scenario": "fr_teamtailor_booking",
        "company": "Rhodanis Biopharma", "contact": "camille.duret@rhodanis.example.fr", "lang": "fr",
        "frm": ("Rhodanis Biopharma", "rhodanis-biopharma@teamtailor-mail.com"),
        "reply_to": ("Camille Duret", "camille.duret@rhodanis.example.fr"),
        "subject": "Rhodanis Biopharma – Planifions un entretien !",
        "date": "2026-05-18 11:12 +0200", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
        "html": ats_card(
            logo_src="https://assets.teamtailor-cdn.com/companies/rhodanis/logo_email.png",
            logo_alt="Rhodanis Biopharma", accent="#d9480f", lang="fr",
            paras=[
                "Bonjour Henrike,",
                "Merci pour votre candidature au poste de <b>Chargée de pharmacovigilance</b> à Lyon. Votre parcours en pharmacie hospitalière nous intéresse beaucoup !",
                "Nous aimerions vous rencontrer pour un premier entretien d'une heure avec le Dr Pierre Mercier, Pharmacien Responsable Intérimaire, et moi-même, dans nos locaux de Gerland.",
                "Choisissez le créneau qui vous convient via le lien ci-dessous. Si aucun ne vous arrange, répondez simplement à ce message.",
                "À très bientôt,<br>Camille Duret<br>Talent Acquisition, Rhodanis Biopharma",
            ],
            button=("Réserver mon entretien", "https://rhodanis.teamtailor.com/meetings/book/b7d2e1?utm_source=email"),
            footer=[
                "Rhodanis Biopharma SA · 60 avenue Tony Garnier · 69007 Lyon",
                'Envoyé avec <a href="https://www.teamtailor.com/fr/?utm_source=email" style="color:#8a8a8a;">Teamtailor</a>',
            ],
            pixel_url="https://teamtailor-mail.com/o/rh-5520ce.gif",
        ),
    },
    # 25 -- Spanish lab, tú, video call
    {
        "key": "castellana_invite",
        "kind": "interview_invitation", "scenario": "es_videollamada_tu",
        "company": "Laboratorios Castellana Farma", "contact": "lucia.morcillo@castellanafarma.example.es", "lang": "es",
        "frm": ("Lucía Morcillo", "lucia.morcillo@castellanafarma.example.es"),
        "subject": "Entrevista - Medical Science Liaison Madrid",
        "date": "2026-06-10 12:35 +0200", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
        "text": """Hola, Henrike:

Gracias por tu candidatura al puesto de Medical Science Liaison en Madrid. Nos ha gustado mucho tu experiencia en farmacia hospitalaria y nos gustaría conocerte.

Te propongo una entrevista por videollamada (Google Meet) el miércoles 17 de junio a las 10:00 h (hora peninsular). Estarán el Dr. Álvaro Sanchís, director médico, y yo. Durará unos 45 minutos y será en español y en inglés.

¿Te viene bien? Si no, dime qué otros días tienes disponibles esta semana o la próxima.

Un saludo,

Lucía Morcillo
Talent Acquisition · Laboratorios Castellana Farma
Calle de Alcalá 265, 28027 Madrid
""",
        "html": plain_html([
            "Hola, Henrike:",
            "Gracias por tu candidatura al puesto de Medical Science Liaison en Madrid. Nos ha gustado mucho tu experiencia en farmacia hospitalaria y nos gustaría conocerte.",
            "Te propongo una entrevista por videollamada (Google Meet) el <b>miércoles 17 de junio a las 10:00 h</b> (hora peninsular). Estarán el Dr. Álvaro Sanchís, director médico, y yo. Durará unos 45 minutos y será en español y en inglés.",
            "¿Te viene bien? Si no, dime qué otros días tienes disponibles esta semana o la próxima.",
            "Un saludo,",
        ], signature=[
            "<b>Lucía Morcillo</b>",
            "Talent Acquisition · Laboratorios Castellana Farma",
            "Calle de Alcalá 265, 28027 Madrid",
            '<a href="https://www.linkedin.com/company/castellana-farma-example">LinkedIn</a>',
        ], font="Arial, sans-serif"),
    },
    # 26 -- Spanish hospital group, usted, role mailbox that asks for a reply
    {
        "key": "alcala_invite",
        "kind": "interview_invitation", "scenario": "es_hospital_presencial_usted",
        "company": "Grupo Alcalá Salud", "contact": "seleccion@alcalasalud.example.es", "lang": "es",
        "frm": ("Selección de Personal - Grupo Alcalá Salud", "seleccion@alcalasalud.example.es"),
        "subject": "Citación a entrevista: Farmacéutico/a Ensayos Clínicos (Ref. GAS-0719)",
        "date": "2026-07-20 09:05 +0200", "structure": "plain", "charset": "iso-8859-1", "cte": "quoted-printable",
        "text": """Estimada Sra. Adebayo-Lindqvist:

Nos complace comunicarle que ha sido seleccionada para la fase de entrevistas del proceso de Farmacéutico/a de Ensayos Clínicos (Ref. GAS-0719).

La entrevista tendrá lugar el martes 28 de julio de 2026 a las 10:00 h en el Servicio de Farmacia del Hospital Alcalá Salud Chamartín (Calle de Mateo Inurria 32, 28036 Madrid), planta -1. Le atenderán la Jefa de Servicio de Farmacia, Dra. Carmen Villalobos, y un representante de Recursos Humanos.

Le rogamos que confirme su asistencia respondiendo a este correo. Deberá traer su DNI o pasaporte y el título de Licenciatura/Grado en Farmacia o su homologación.

Atentamente,

Departamento de Selección de Personal
Grupo Alcalá Salud
""",
    },
]

RESCHEDULES = [
    # 1 -- new time, calendar REQUEST with SEQUENCE:1 and the invitation's UID
    {
        "key": "rheinauen_resched", "thread": "rheinauen_invite",
        "kind": "interview_reschedule_or_cancel", "scenario": "calendar_sequence_update",
        "company": "Rheinauen Pharma", "contact": "julia.seidenspinner@rheinauen-pharma.example.de", "lang": "de",
        "frm": ("Julia Seidenspinner", "julia.seidenspinner@rheinauen-pharma.example.de"),
        "subject": "Aktualisiert: Kennenlernen Medical Advisor Onkologie – neuer Termin 12.03., 14:00",
        "date": "2026-03-06 08:39 +0100", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
        "mid_style": "outlook", "mid_domain": "rheinauen-pharma.example.de",
        "text": """Guten Morgen Frau Adebayo-Lindqvist,

leider muss Dr. Rehbein am Dienstag kurzfristig zu einem Advisory Board nach Berlin. Wir müssen unser Gespräch deshalb verschieben und schlagen Ihnen Donnerstag, 12. März, 14:00–15:00 Uhr vor – wieder per Teams, der Link bleibt derselbe.

Ich habe den Kalendereintrag entsprechend aktualisiert. Sollte der neue Termin für Sie nicht passen, melden Sie sich bitte, dann finden wir eine Alternative.

Entschuldigen Sie die Umstände!

Freundliche Grüße
Julia Seidenspinner | Talent Acquisition Partner | Rheinauen Pharma GmbH
""",
        "html": plain_html([
            "Guten Morgen Frau Adebayo-Lindqvist,",
            "leider muss Dr. Rehbein am Dienstag kurzfristig zu einem Advisory Board nach Berlin. Wir müssen unser Gespräch deshalb verschieben und schlagen Ihnen <b>Donnerstag, 12. März, 14:00–15:00 Uhr</b> vor – wieder per Teams, der Link bleibt derselbe.",
            "Ich habe den Kalendereintrag entsprechend aktualisiert. Sollte der neue Termin für Sie nicht passen, melden Sie sich bitte, dann finden wir eine Alternative.",
            "Entschuldigen Sie die Umstände!",
            "Freundliche Grüße",
        ], signature=["<b>Julia Seidenspinner</b> | Talent Acquisition Partner | Rheinauen Pharma GmbH"]),
        "calendar": {
            "method": "REQUEST", "uid": RHEINAUEN_UID, "sequence": 1, "dtstamp": "20260306T073900Z",
            "start": "20260312T130000Z", "end": "20260312T140000Z",
            "summary": "Kennenlernen Medical Advisor Onkologie – Adebayo-Lindqvist",
            "location": "Microsoft Teams-Besprechung",
            "organizer": ("Julia Seidenspinner", "julia.seidenspinner@rheinauen-pharma.example.de"),
            "description": "Neuer Termin. Microsoft Teams-Besprechung\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_NmE4ZTk2",
        },
    },
    # 2 -- switched from on-site to video and moved
    {
        "kind": "interview_reschedule_or_cancel", "scenario": "switched_to_video",
        "company": "Taunus BioLogics", "contact": "svenja.krolikowski@taunus-biologics.example.de", "lang": "de",
        "frm": ("Svenja Krolikowski", "svenja.krolikowski@taunus-biologics.example.de"),
        "subject": "Änderung zu Ihrem Termin am 19.03.",
        "date": "2026-03-16 17:22 +0100", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
        "text": """Liebe Frau Adebayo-Lindqvist,

eine kurze Änderung zu unserem Gespräch: Bei uns am Standort wird in dieser Woche die Lüftungsanlage im Verwaltungsgebäude getauscht, und wir haben keinen ruhigen Besprechungsraum. Außerdem ist Dr. Fenske am Donnerstag doch auf Dienstreise.

Wir würden das Gespräch deshalb gern per Video führen und auf Dienstag, 24. März, 9:30 Uhr verschieben. Den Link (Google Meet) schicke ich Ihnen am Vortag.

Passt Ihnen das? Falls nicht, finden wir sicher einen anderen Termin in der Woche.

Herzliche Grüße
Svenja Krolikowski
Senior Talent Partner | Taunus BioLogics AG
T +49 6172 9981-240
""",
    },
    # 3 -- interviewer ill, new date to follow
    {
        "kind": "interview_reschedule_or_cancel", "scenario": "interviewer_ill_new_date_follows",
        "company": "DCR Domstadt Clinical Research", "contact": "m.offermanns@dcr-koeln.example.de", "lang": "de",
        "thread": "dcr_invite",
        "frm": ("Melanie Offermanns", "m.offermanns@dcr-koeln.example.de"),
        "subject": "AW: Gespräch Leitung Arzneimittelsicherheit am 23.04.",
        "date": "2026-04-22 07:55 +0200", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
        "mid_style": "outlook", "mid_domain": "dcr-koeln.example.de",
        "text": """Guten Morgen Frau Adebayo-Lindqvist,

leider muss ich unser Gespräch morgen absagen: Herr Dr. Ostendorf ist krankheitsbedingt die ganze Woche ausgefallen, und ohne ihn möchten wir das Gespräch nicht führen.

Das Verfahren läuft selbstverständlich weiter. Ich melde mich Anfang nächster Woche mit zwei, drei neuen Terminvorschlägen, sobald ich seinen Kalender kenne. Entschuldigen Sie die kurzfristige Absage!

Viele Grüße
Melanie Offermanns
HR Business Partner

DCR Domstadt Clinical Research GmbH · Vogelsanger Straße 193 · 50825 Köln
""",
    },
    # 4 -- Austrian: date fell on a public holiday
    {
        "key": "donau_resched", "thread": "donau_invite",
        "kind": "interview_reschedule_or_cancel", "scenario": "vienna_public_holiday",
        "company": "Donaupharm Arzneimittel", "contact": "theresa.hochleitner@donaupharm.example.at", "lang": "de",
        "frm": ("Mag. Theresa Hochleitner", "theresa.hochleitner@donaupharm.example.at"),
        "subject": "AW: Einladung zum Gespräch – Medical Advisor Onkologie",
        "date": "2026-03-26 09:20 +0100", "structure": "plain", "charset": "iso-8859-1", "cte": "8bit",
        "text": """Sehr geehrte Frau Adebayo-Lindqvist,

peinlich, aber wahr: Der 6. April ist bei uns in Österreich Ostermontag und damit Feiertag - das ist mir beim Termin leider durchgerutscht.

Dürfen wir das Gespräch auf Mittwoch, 8. April 2026, 10:00 Uhr verlegen? Ort und Gesprächspartner bleiben gleich. Sollten Sie schon Reisen gebucht haben, übernehmen wir selbstverständlich etwaige Umbuchungsgebühren.

Ich bitte um kurze Rückmeldung und entschuldige mich für das Hin und Her.

Beste Grüße
Theresa Hochleitner
Donaupharm Arzneimittel GmbH
""",
    },
    # 5 -- agency, exclamation-heavy, client needs to move the date
    {
        "key": "sanaris_resched", "thread": "sanaris_invite",
        "kind": "interview_reschedule_or_cancel", "scenario": "agency_moved_exclamation",
        "company": "Sanaris", "contact": "j.brueckner@pharmatalents.example.de", "lang": "de",
        "frm": ("Jessica Brückner | PharmaTalents", "j.brueckner@pharmatalents.example.de"),
        "subject": "WICHTIG: Termin Sanaris muss verschoben werden!!",
        "date": "2026-03-18 13:07 +0100", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
        "text": """Hi Henrike,

sorry für die Hektik!!! Dr. Reimann von Sanaris muss am Freitag kurzfristig zu einem Launch-Meeting nach Paris, deshalb muss der Termin am 20.03. leider verschoben werden.

Neuer Vorschlag vom Kunden: Mittwoch, 25. März, 15:00 Uhr, gleiche Adresse (Lyoner Straße 18). Kannst du da? Gib mir bitte heute noch Bescheid, die anderen Kandidatinnen werden auch gerade umgeplant!!

Liebe Grüße
Jessi

Jessica Brückner | PharmaTalents Personalberatung GmbH | Mobil +49 171 4402 918
""",
    },
    # 6 -- softgarden: assessment centre postponed
    {
        "key": "gk_resched",
        "kind": "interview_reschedule_or_cancel", "scenario": "softgarden_assessment_postponed",
        "company": "Gesundkasse Hessen", "contact": "tobias.wendland@gesundkasse-hessen.example.de", "lang": "de",
        "frm": ("Gesundkasse Hessen", "gesundkasse-hessen@mail.softgarden.io"),
        "reply_to": ("Tobias Wendland", "tobias.wendland@gesundkasse-hessen.example.de"),
        "subject": "Verschiebung des Auswahltags – Referentin Arzneimittelversorgung",
        "date": "2026-05-06 10:28 +0200", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
        "html": ats_card(
            logo_src="https://tracking.softgarden.io/static/customer/gesundkasse-hessen/logo.png",
            logo_alt="Gesundkasse Hessen", accent="#009a62",
            paras=[
                "Sehr geehrte Frau Adebayo-Lindqvist,",
                "wegen der ganztägigen Warnstreiks im öffentlichen Nahverkehr in Wiesbaden, die für den 12. Mai angekündigt sind, verschieben wir unseren Auswahltag um eine Woche.",
                "<b>Neuer Termin:</b> Dienstag, 19. Mai 2026, 9:00 bis ca. 15:30 Uhr – Ort und Ablauf bleiben unverändert.",
                "Bitte bestätigen Sie uns den neuen Termin über den Button oder per Antwort auf diese E-Mail. Sollten Sie am 19. Mai verhindert sein, melden Sie sich bitte bei mir.",
                "Freundliche Grüße<br>Tobias Wendland<br>Personalgewinnung",
            ],
            button=("Neuen Termin bestätigen", "https://tracking.softgarden.io/c/8b1f/confirm?evt=ac-2026-05-19"),
            footer=[
                "Gesundkasse Hessen · Körperschaft des öffentlichen Rechts · Wilhelmstraße 7 · 65185 Wiesbaden",
                '<a href="https://tracking.softgarden.io/c/8b1f/privacy" style="color:#8a8a8a;">Datenschutzerklärung</a>',
            ],
            pixel_url="https://tracking.softgarden.io/o/8b1f2d40bb/open.gif",
        ),
    },
    # 7 -- terse mobile: can we move to Friday
    {
        "thread": "mk_invite",
        "kind": "interview_reschedule_or_cancel", "scenario": "terse_mobile_move_to_friday",
        "company": "Mertens & Kolb Regulatory Consulting", "contact": "f.mertens@mertens-kolb.example.de", "lang": "de",
        "frm": ("Dr. Frauke Mertens", "f.mertens@mertens-kolb.example.de"),
        "subject": "Re: Ihre Bewerbung über medijobs – Regulatory Consultant",
        "date": "2026-05-11 06:52 +0200", "structure": "plain", "charset": "utf-8", "cte": "8bit",
        "mid_style": "apple", "mid_domain": "mertens-kolb.example.de",
        "text": """Liebe Frau A.-L., können wir Mittwoch auf Freitag (15.5.) 10 Uhr schieben? Am Mittwoch haben wir kurzfristig ein Audit beim Kunden. Gleicher Ort. Sorry!
VG F. Mertens

Von meinem iPhone gesendet

> Am 04.05.2026 um 07:41 schrieb Dr. Frauke Mertens <f.mertens@mertens-kolb.example.de>:
>
> Liebe Frau Adebayo-Lindqvist,
>
> danke für Ihre schnelle Rückmeldung und die Arbeitsproben. Wir möchten Sie gern zu einem Interview in unser Büro in Köln-Deutz einladen.
>
> Vorschlag: Mittwoch, 13. Mai, 10:00 Uhr, Deutz-Mülheimer Straße 30, 3. Etage.
>
> Herzliche Grüße
> Frauke Mertens
>
> Dr. Frauke Mertens
> Managing Partner
> Mertens & Kolb Regulatory Consulting GmbH
> Deutz-Mülheimer Straße 30 · 50679 Köln
""",
    },
    # 8 -- university: commission member unavailable, new date
    {
        "key": "uni_resched", "thread": "uni_invite",
        "kind": "interview_reschedule_or_cancel", "scenario": "university_commission_new_date",
        "company": "Universität Lahnberg", "contact": "sekretariat.klipharm@uni-lahnberg.example.de", "lang": "de",
        "frm": ("Sekretariat Klinische Pharmazie", "sekretariat.klipharm@uni-lahnberg.example.de"),
        "subject": "AW: Einladung Vorstellungsgespräch und Probevortrag – neuer Termin",
        "date": "2026-05-13 12:26 +0200", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
        "text": """Sehr geehrte Frau Adebayo-Lindqvist,

leider müssen wir den Termin am 20. Mai verschieben, da zwei Mitglieder der Auswahlkommission an diesem Tag in einer Sitzung des Fachbereichsrats gebunden sind.

Neuer Termin: Donnerstag, 28. Mai 2026, 10:00 Uhr, gleicher Raum (Seminarraum 0.12). Thema und Ablauf des Probevortrags bleiben unverändert.

Bitte geben Sie mir kurz Bescheid, ob Ihnen der neue Termin passt.

Mit freundlichen Grüßen
Heike Rausch
Sekretariat Prof. Dr. G. Marquardt
Universität Lahnberg, Institut für Klinische Pharmazie
""",
    },
    # 9 -- calendar CANCEL with the invitation's UID; the role stays open
    {
        "key": "limmat_cancel", "thread": "limmat_invite",
        "kind": "interview_reschedule_or_cancel", "scenario": "calendar_cancel_same_uid",
        "company": "Limmat Oncology", "contact": "lena.baumgartner@limmat-oncology.example.ch", "lang": "en",
        "frm": ("Lena Baumgartner", "lena.baumgartner@limmat-oncology.example.ch"),
        "subject": "Cancelled event: Panel interview – Regulatory Affairs Manager @ Thu 11 Jun 2026 09:30 - 12:00 (CEST) (henrike.al@example.de)",
        "date": "2026-06-09 11:15 +0200", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
        "mid_style": "gmail",
        "text": """Dear Henrike,

I'm very sorry, but we have to cancel Thursday's panel interview. Dr. Ritter has been called to an FDA Type B meeting in the US that was moved at short notice, and we don't want to run the panel without him.

The position remains open and you remain very much in our process. I'll send you new dates for the week of 22 June by Friday.

Apologies again for the inconvenience.

Best regards,
Lena Baumgartner
HR Business Partner | Limmat Oncology AG

This event has been cancelled.
Panel interview – Regulatory Affairs Manager
Thursday 11 June 2026 ⋅ 09:30 – 12:00 (Central European Summer Time)

Invitation from Google Calendar
""",
        "html": """<div style="font-family:Roboto,Helvetica,Arial,sans-serif;font-size:14px;color:#3c4043">
<p>Dear Henrike,</p>
<p>I'm very sorry, but we have to cancel Thursday's panel interview. Dr. Ritter has been called to an FDA Type B meeting in the US that was moved at short notice, and we don't want to run the panel without him.</p>
<p>The position remains open and you remain very much in our process. I'll send you new dates for the week of 22 June by Friday.</p>
<p>Apologies again for the inconvenience.</p>
<p>Best regards,<br>Lena Baumgartner<br>HR Business Partner | Limmat Oncology AG</p>
<table cellpadding="0" cellspacing="0" style="border:1px solid #dadce0;border-radius:8px;padding:16px;width:100%">
<tr><td style="color:#d93025;font-weight:bold">This event has been cancelled.</td></tr>
<tr><td style="font-size:20px;color:#202124;text-decoration:line-through">Panel interview – Regulatory Affairs Manager</td></tr>
<tr><td>Thursday 11 June 2026 ⋅ 09:30 – 12:00 (Central European Summer Time)</td></tr>
</table>
<p style="font-size:11px;color:#70757a">Invitation from <a href="https://calendar.google.com/calendar/">Google Calendar</a></p>
</div>
""",
        "calendar": {
            "method": "CANCEL", "uid": LIMMAT_UID, "sequence": 1, "dtstamp": "20260609T091500Z",
            "start": "20260611T073000Z", "end": "20260611T100000Z",
            "summary": "Panel interview – Regulatory Affairs Manager",
            "location": "Limmat Oncology\\, Hardturmstrasse 161\\, 8005 Zürich\\, 4th floor",
            "organizer": ("Lena Baumgartner", "lena.baumgartner@limmat-oncology.example.ch"),
            "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
        },
    },
    # 10 -- interviewer ill, another interviewer steps in at a new time
    {
        "key": "veridian_resched", "thread": "veridian_invite",
        "kind": "interview_reschedule_or_cancel", "scenario": "interviewer_ill_replacement",
        "company": "Veridian Clinical Research", "contact": "charlotte.mwangi@veridiancr.example.com", "lang": "en",
        "frm": ("Charlotte Mwangi", "charlotte.mwangi@veridiancr.example.com"),
        "subject": "RE: Pharmacovigilance Project Manager - interview on Wednesday",
        "date": "2026-04-07 09:11 +0100", "structure": "plain", "charset": "windows-1252", "cte": "quoted-printable",
        "mid_style": "outlook", "mid_domain": "veridiancr.example.com",
        "text": """Hi Henrike,

Apologies for the late notice – Ines is unwell and won’t be able to interview tomorrow. Rather than postpone by weeks, we’d like to go ahead with Mark Devlin and Dr. Paul Ferreira (Associate Director, Safety Science) instead, but we need to move the time to Thursday 9 April at 10:00 CET.

Same Teams format, new invite to follow. Does Thursday morning work for you?

Kind regards,
Charlotte

Charlotte Mwangi
Senior Talent Acquisition Partner | Veridian Clinical Research
M: +44 7911 204 873

-----Original Message-----
From: Charlotte Mwangi
Sent: Monday, March 30, 2026 1:22 PM
To: 'Henrike Adebayo-Lindqvist' <henrike.al@example.de>
Subject: RE: Pharmacovigilance Project Manager - Frankfurt / remote

Hi Henrike,

Thanks for sending your updated CV so quickly. I’ve shared it with the hiring manager, Dr. Ines Marquardt-Kohl, and she’d like to meet you.

Could you do a video interview (Microsoft Teams) on Wednesday 8 April at 15:00 CET? It will be 60 minutes with Ines and Mark Devlin, our Director of PV Operations for EMEA.

Let me know if that works and I’ll send the calendar invite.

Kind regards,
Charlotte
""",
    },
    # 11 -- start-up pushes the chat by a week
    {
        "thread": "medikit_invite",
        "kind": "interview_reschedule_or_cancel", "scenario": "startup_push_a_week",
        "company": "Medikit Labs", "contact": "jonas@medikit.example.com", "lang": "en",
        "frm": ("Jonas Feld", "jonas@medikit.example.com"),
        "subject": "Re: Let's chat! Medical Lead @ Medikit Labs",
        "date": "2026-05-18 23:02 +0200", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
        "mid_style": "gmail",
        "text": """Hi Henrike,

Super sorry to do this – we have an investor meeting that just landed on Wednesday afternoon, so I need to push our chat. Could we do Tuesday 26 May, same time (16:00)? Aylin can still join.

If that doesn't work, just grab another slot in the link from my last mail.

Thanks for bearing with us!
Jonas
""",
        "html": """<div dir="ltr">Hi Henrike,<div><br></div><div>Super sorry to do this – we have an investor meeting that just landed on Wednesday afternoon, so I need to push our chat. Could we do <b>Tuesday 26 May, same time (16:00)</b>? Aylin can still join.</div><div><br></div><div>If that doesn't work, just grab another slot in the link from my last mail.</div><div><br></div><div>Thanks for bearing with us!</div><div>Jonas</div></div>
""",
    },
    # 12 -- scheduling tool: on-site interview changed to video
    {
        "kind": "interview_reschedule_or_cancel", "scenario": "scheduler_changed_to_video",
        "company": "Glenmore Pharma", "contact": "", "lang": "en",
        "frm": ("Glenmore Pharma Interview Scheduling", "scheduling@glenmorepharma.example.com"),
        "subject": "Interview update: your interview on 28 April is now a video interview",
        "date": "2026-04-23 14:02 +0100", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
        "html": ats_card(
            logo_src="https://glenmorepharma.example.com/assets/email/glenmore_logo.png",
            logo_alt="Glenmore Pharma", accent="#00693e", lang="en",
            paras=[
                "Dear Henrike,",
                "Your interview for <b>Medical Information Specialist, German-speaking</b> has been updated.",
                "<b>Was:</b> Tuesday 28 April 2026, 10:00 IST – on site, Cherrywood Business Park, Dublin<br><b>Now:</b> Tuesday 28 April 2026, 10:00 IST (11:00 CET) – video interview (Microsoft Teams)",
                "The interviewers have not changed. You will receive the Teams link 24 hours before the interview. Please disregard any travel arrangements; costs already incurred will be reimbursed on presentation of receipts.",
                "This mailbox is not monitored. If you need to change the time, please use the link below.",
            ],
            button=("Manage my interview", "https://glenmorepharma.example.com/interviews/manage?token=ZXhhbXBsZQ"),
            footer=[
                "Glenmore Pharma Limited · Block 4, Cherrywood Business Park · Dublin D18 K7W4 · Registered in Ireland No. 488210",
            ],
            pixel_url="https://glenmorepharma.example.com/email/o/int-2600412.gif",
        ),
    },
    # 13 -- French lab moves the interview
    {
        "key": "vauban_resched", "thread": "vauban_invite",
        "kind": "interview_reschedule_or_cancel", "scenario": "fr_report_entretien",
        "company": "Laboratoires Vauban-Ostwald", "contact": "m.schaeffer@vauban-ostwald.example.fr", "lang": "fr",
        "frm": ("Marion Schaeffer", "m.schaeffer@vauban-ostwald.example.fr"),
        "subject": "RE: Entretien - Pharmacien Affaires Médicales (H/F) - report",
        "date": "2026-06-01 16:40 +0200", "structure": "plain", "charset": "iso-8859-1", "cte": "quoted-printable",
        "text": """Bonjour Madame Adebayo-Lindqvist,

Je suis désolée de devoir vous demander de reporter notre entretien de jeudi : le Dr Lambert doit se rendre en urgence à une réunion à l'ANSM ce jour-là.

Pourriez-vous venir le mardi 9 juin à 10h00, au même endroit ? Si cela ne vous convient pas, je vous propose également le mercredi 10 juin à 15h00.

Avec toutes nos excuses pour ce contretemps,

Bien cordialement,

Marion Schaeffer
Responsable Ressources Humaines
Laboratoires Vauban-Ostwald SAS

-----Message d'origine-----
De : Henrike Adebayo-Lindqvist <henrike.al@example.de>
Envoyé : mardi 26 mai 2026 20:12
À : Marion Schaeffer <m.schaeffer@vauban-ostwald.example.fr>
Objet : RE: Entretien - Pharmacien Affaires Médicales (H/F)

Bonjour Madame Schaeffer,

Je vous remercie pour votre invitation et vous confirme ma présence le jeudi 4 juin à 14h00.

Bien cordialement,
Henrike Adebayo-Lindqvist
""",
    },
    # 14 -- Teamtailor: on-site changed to video
    {
        "key": "rhodanis_resched", "thread": "rhodanis_invite",
        "kind": "interview_reschedule_or_cancel", "scenario": "fr_teamtailor_to_visio",
        "company": "Rhodanis Biopharma", "contact": "camille.duret@rhodanis.example.fr", "lang": "fr",
        "frm": ("Rhodanis Biopharma", "rhodanis-biopharma@teamtailor-mail.com"),
        "reply_to": ("Camille Duret", "camille.duret@rhodanis.example.fr"),
        "subject": "Modification de votre entretien du 2 juin",
        "date": "2026-05-27 17:30 +0200", "structure": "html", "charset": "utf-8", "cte": "base64",
        "html": ats_card(
            logo_src="https://assets.teamtailor-cdn.com/companies/rhodanis/logo_email.png",
            logo_alt="Rhodanis Biopharma", accent="#d9480f", lang="fr",
            paras=[
                "Bonjour Henrike,",
                "Petite modification pour notre entretien du mardi 2 juin à 14h00 : en raison de travaux dans nos locaux de Gerland, il se tiendra finalement <b>en visioconférence (Microsoft Teams)</b> et non sur place. L'horaire reste inchangé.",
                "Vous recevrez le lien de connexion la veille. Vous n'avez donc pas besoin de faire le déplacement depuis Francfort !",
                "À mardi,<br>Camille Duret<br>Talent Acquisition, Rhodanis Biopharma",
            ],
            footer=[
                "Rhodanis Biopharma SA · 60 avenue Tony Garnier · 69007 Lyon",
                'Envoyé avec <a href="https://www.teamtailor.com/fr/?utm_source=email" style="color:#8a8a8a;">Teamtailor</a>',
            ],
            pixel_url="https://teamtailor-mail.com/o/rh-61aa03.gif",
        ),
    },
    # 15 -- Spanish lab postpones
    {
        "key": "castellana_resched", "thread": "castellana_invite",
        "kind": "interview_reschedule_or_cancel", "scenario": "es_aplazamos",
        "company": "Laboratorios Castellana Farma", "contact": "lucia.morcillo@castellanafarma.example.es", "lang": "es",
        "frm": ("Lucía Morcillo", "lucia.morcillo@castellanafarma.example.es"),
        "subject": "RE: Entrevista - Medical Science Liaison Madrid",
        "date": "2026-06-15 19:48 +0200", "structure": "plain", "charset": "utf-8", "cte": "8bit",
        "text": """Hola, Henrike:

Siento escribirte con tan poco margen: al Dr. Sanchís le ha coincidido el miércoles con el comité de la AEMPS y tenemos que aplazar la entrevista.

¿Podrías el viernes 19 a la misma hora (10:00 h)? Te mando un nuevo enlace de Meet en cuanto me confirmes.

Perdona las molestias.

Un saludo,
Lucía

Lucía Morcillo
Talent Acquisition · Laboratorios Castellana Farma

El vie, 12 jun 2026 a las 8:30, Henrike Adebayo-Lindqvist (<henrike.al@example.de>) escribió:
> Hola, Lucía:
> Muchas gracias. El miércoles 17 a las 10:00 me viene perfecto.
> Un saludo,
> Henrike
""",
    },
]

MISSED = [
    # 1 -- waited in the Teams meeting
    {
        "kind": "missed_interview_notice", "scenario": "waited_in_teams",
        "company": "SafeDose Pharmacovigilance", "contact": "katharina.ilgner@safedose-pv.example.de", "lang": "de",
        "frm": ("Katharina Ilgner", "katharina.ilgner@safedose-pv.example.de"),
        "subject": "Unser Termin heute um 10:00 Uhr",
        "date": "2026-02-11 10:34 +0100", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
        "mid_style": "outlook", "mid_domain": "safedose-pv.example.de",
        "text": """Sehr geehrte Frau Adebayo-Lindqvist,

wir haben heute um 10:00 Uhr im Teams-Meeting auf Sie gewartet – Herr Dr. Vukovic und ich waren bis 10:25 Uhr eingewählt, leider ohne Sie.

Ich hoffe, es ist nichts passiert. Vielleicht gab es ein technisches Problem oder der Termin ist untergegangen? Geben Sie mir bitte kurz Bescheid, ob Sie weiterhin Interesse an der Position als PV Case Processing Specialist haben; dann schauen wir, ob wir einen neuen Termin finden.

Viele Grüße
Katharina Ilgner
Recruiting

SafeDose Pharmacovigilance GmbH
Hanauer Landstraße 126 · 60314 Frankfurt am Main
Geschäftsführerin: Dr. Milena Vukovic · HRB 119027 Amtsgericht Frankfurt am Main
""",
    },
    # 2 -- tried to call for the phone interview
    {
        "kind": "missed_interview_notice", "scenario": "tried_to_call",
        "company": "Curamed Market Access", "contact": "b.schorlemmer@curamed.example.de", "lang": "de",
        "frm": ("Benedikt Schorlemmer", "b.schorlemmer@curamed.example.de"),
        "subject": "Telefoninterview heute 15 Uhr - nicht erreicht",
        "date": "2026-02-25 15:41 +0100", "structure": "plain", "charset": "iso-8859-1", "cte": "quoted-printable",
        "text": """Hallo Frau Adebayo-Lindqvist,

wir waren heute um 15:00 Uhr zum Telefoninterview verabredet. Ich habe zweimal versucht, Sie unter 0176 ... 41 zu erreichen (15:00 und 15:10 Uhr), leider ging nur die Mailbox ran. Eine Nachricht habe ich hinterlassen.

Falls etwas dazwischengekommen ist: kein Problem, melden Sie sich einfach, dann vereinbaren wir einen neuen Termin.

Beste Grüße aus Köln

Benedikt Schorlemmer
Senior Consultant HR
Curamed Market Access GmbH
Im Mediapark 8, 50670 Köln
0221 677 102-40
""",
    },
    # 3 -- family business: waited at the gate
    {
        "thread": "hollerbach_invite",
        "kind": "missed_interview_notice", "scenario": "waited_at_the_gate",
        "company": "Mainzer Arzneimittelwerk Hollerbach & Söhne", "contact": "f.hollerbach@hollerbach-mainz.example.de",
        "lang": "de",
        "frm": ("Friedrich Hollerbach", "f.hollerbach@hollerbach-mainz.example.de"),
        "subject": "AW: Initiativbewerbung – Pharmazeutin mit klinischer Erfahrung",
        "date": "2026-03-18 15:12 +0100", "structure": "plain", "charset": "windows-1252", "cte": "quoted-printable",
        "mid_style": "outlook", "mid_domain": "hollerbach-mainz.example.de",
        "text": """Sehr geehrte Frau Adebayo-Lindqvist,

wir hatten Sie heute um 14:00 Uhr zum Kennenlerngespräch erwartet. Frau Dr. Wendling, Herr Sauer und ich haben bis kurz vor halb drei gewartet; an der Pforte sind Sie nicht angekommen, und telefonisch haben wir Sie nicht erreicht.

Ich hoffe, es ist nichts Ernstes passiert. Wenn Sie weiterhin Interesse haben, rufen Sie mich gern an oder schreiben Sie mir – dann schauen wir nach einem neuen Termin.

Mit freundlichen Grüßen

Friedrich Hollerbach
Geschäftsführer
Mainzer Arzneimittelwerk Hollerbach & Söhne KG
Hechtsheimer Straße 37 – 55131 Mainz – Telefon 06131 57 49-0
""",
    },
    # 4 -- hospital: trial day the candidate did not turn up to
    {
        "thread": "klinik_invite",
        "kind": "missed_interview_notice", "scenario": "trial_day_no_show",
        "company": "Klinikverbund Rhein-Main", "contact": "anja.reuss-kaltenbach@klinikverbund-rhein-main.example.de",
        "lang": "de",
        "frm": ("Dr. Anja Reuss-Kaltenbach", "anja.reuss-kaltenbach@klinikverbund-rhein-main.example.de"),
        "subject": "Hospitationstag heute",
        "date": "2026-02-05 11:58 +0100", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
        "text": """Liebe Frau Adebayo-Lindqvist,

heute früh um 7:30 Uhr hätte Ihr Hospitationstag in der Arzneimittelinformation begonnen. Frau Weinbrenner hatte Ihnen einen Kittel und einen Zugang vorbereitet, aber Sie sind nicht gekommen.

Ist bei Ihnen alles in Ordnung? Falls Sie es sich anders überlegt haben, wäre ich für eine kurze Nachricht dankbar. Falls es ein Missverständnis mit dem Datum war, können wir den Tag gern nachholen – rufen Sie mich am besten direkt an (Durchwahl -2210).

Viele Grüße
Anja Reuss-Kaltenbach

Dr. rer. nat. Anja Reuss-Kaltenbach
Chefapothekerin
Klinikverbund Rhein-Main gGmbH – Zentralapotheke
Starkenburgring 66, 63069 Offenbach am Main
""",
    },
    # 5 -- agency: the client waited on the call
    {
        "kind": "missed_interview_notice", "scenario": "agency_client_waited",
        "company": "Medivera", "contact": "j.brueckner@pharmatalents.example.de", "lang": "de",
        "frm": ("Jessica Brückner | PharmaTalents", "j.brueckner@pharmatalents.example.de"),
        "subject": "??",
        "date": "2026-06-05 11:21 +0200", "structure": "plain", "charset": "utf-8", "cte": "8bit",
        "text": """Hi Henrike,

Medivera hat mich gerade angerufen – du warst heute um 10:30 Uhr nicht im Zoom-Call!! Frau Dr. Seifert und der Teamleiter Medical Information haben 20 Minuten gewartet und dann abgebrochen.

Ist alles ok bei dir?? Ich hab dir auch auf die Mailbox gesprochen. Bitte melde dich so schnell wie möglich bei mir, dann versuche ich, noch einen zweiten Termin rauszuholen – versprechen kann ich's aber nicht.

LG Jessi
Mobil +49 171 4402 918
PharmaTalents Personalberatung GmbH
""",
    },
    # 6 -- coordinator from her own address: "looks like we missed you"
    {
        "kind": "missed_interview_notice", "scenario": "coordinator_missed_you",
        "company": "Cerulean Biosciences", "contact": "daniel.osei@ceruleanbio.example.com", "lang": "en",
        "frm": ("Daniel Osei", "daniel.osei@ceruleanbio.example.com"),
        "subject": "Missed you today",
        "date": "2026-04-16 14:52 +0200", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
        "text": """Hi Henrike,

It looks like we missed you for your 14:00 interview with Dr. Lindgren today – the Zoom room was open until 14:20 but nobody joined.

No worries if something came up. Could you let me know whether you'd still like to interview? Marcus has limited availability over the next two weeks, so the sooner I hear back the easier it will be to find a new slot.

Best,
Daniel Osei
Recruiting Coordinator | Cerulean Biosciences
""",
        "html": plain_html([
            "Hi Henrike,",
            "It looks like we missed you for your 14:00 interview with Dr. Lindgren today – the Zoom room was open until 14:20 but nobody joined.",
            "No worries if something came up. Could you let me know whether you'd still like to interview? Marcus has limited availability over the next two weeks, so the sooner I hear back the easier it will be to find a new slot.",
            "Best,",
        ], signature=["<b>Daniel Osei</b>", "Recruiting Coordinator | Cerulean Biosciences"], font="Aptos, sans-serif"),
    },
    # 7 -- terse: tried to call
    {
        "key": "europv_missed", "thread": "europv_invite",
        "kind": "missed_interview_notice", "scenario": "terse_tried_to_call",
        "company": "EuroPV Services", "contact": "tom.askew@europv.example.com", "lang": "en",
        "frm": ("Tom Askew", "tom.askew@europv.example.com"),
        "subject": "Re: PV Operations Lead",
        "date": "2026-04-16 14:18 +0200", "structure": "plain", "charset": "us-ascii", "cte": "7bit",
        "text": """Tried to call you at 2 - no answer. Still keen? Let me know another time.

Tom

Sent from my iPhone

> On 14 Apr 2026, at 19:31, Tom Askew <tom.askew@europv.example.com> wrote:
>
> Henrike - saw your CV via Charlotte's referral. Can you do Thursday 2pm for a quick call about the PV Ops Lead role? 30 mins, I'll ring your mobile.
>
> Tom
>
> Tom Askew | Head of PV Operations | EuroPV Services
> Mainzer Landstrasse 50, 60325 Frankfurt | +49 69 3400 7781
""",
    },
    # 8 -- BambooHR notice, recruiter in Reply-To: you did not join
    {
        "kind": "missed_interview_notice", "scenario": "bamboohr_did_not_join",
        "company": "Halcyon PV Solutions", "contact": "grace.whitaker@halcyonpv.example.com", "lang": "en",
        "frm": ("Halcyon PV Solutions", "notifications@app.bamboohr.com"),
        "reply_to": ("Grace Whitaker", "grace.whitaker@halcyonpv.example.com"),
        "subject": "Your interview with Halcyon PV Solutions",
        "date": "2026-07-14 11:40 +0100", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
        "html": ats_card(
            logo_src="https://halcyonpv.bamboohr.com/logos/halcyon_email.png",
            logo_alt="Halcyon PV Solutions", accent="#73c41d", lang="en",
            paras=[
                "Hi Henrike,",
                "You were scheduled for a video interview for the <b>Senior Case Processing Specialist (German/English)</b> role today at 10:00 BST, but you did not join the call. Our interviewer waited for 15 minutes.",
                "If you are still interested in the position, please reply to this email within the next three working days and we will try to arrange another time. If we don't hear from you, we will assume you have withdrawn your application.",
                "Kind regards,<br>Grace Whitaker<br>People Team, Halcyon PV Solutions",
            ],
            footer=[
                "Halcyon PV Solutions Ltd · Registered in England No 11452093 · 4 Pavilion Court, Reading RG2 6GY",
                'Sent via <a href="https://www.bamboohr.com/?utm_source=ats_email" style="color:#8a8a8a;">BambooHR</a>',
            ],
            pixel_url="https://app.bamboohr.com/e/o/hpv-4471.gif",
        ),
    },
    # 9 -- French CRO waited at the office
    {
        "thread": "clinigene_invite",
        "kind": "missed_interview_notice", "scenario": "fr_attendue_ce_matin",
        "company": "Clinigène Recherche", "contact": "d.rivoire@clinigene.example.fr", "lang": "fr",
        "frm": ("Delphine Rivoire", "d.rivoire@clinigene.example.fr"),
        "subject": "Entretien de ce matin",
        "date": "2026-07-09 11:05 +0200", "structure": "plain", "charset": "iso-8859-1", "cte": "quoted-printable",
        "cc": [("Yann Kerbrat", "yann.kerbrat@kerbrat-associes.example.fr")],
        "text": """Madame,

Nous vous avons attendue ce matin à 9h30 dans nos locaux de Gerland pour l'entretien organisé par le cabinet Kerbrat & Associés. Nous n'avons malheureusement reçu aucune nouvelle de votre part et n'avons pas réussi à vous joindre par téléphone.

J'espère qu'il ne vous est rien arrivé de grave. Si vous souhaitez toujours poursuivre le processus, merci de me le faire savoir d'ici vendredi ; nous verrons alors s'il est possible de fixer une nouvelle date.

Cordialement,

Delphine Rivoire
Directrice des opérations cliniques
Clinigène Recherche
45 rue de Gerland, 69007 Lyon
""",
    },
    # 10 -- Spanish hospital: did not show up
    {
        "thread": "alcala_invite",
        "kind": "missed_interview_notice", "scenario": "es_no_se_presento",
        "company": "Grupo Alcalá Salud", "contact": "seleccion@alcalasalud.example.es", "lang": "es",
        "frm": ("Selección de Personal - Grupo Alcalá Salud", "seleccion@alcalasalud.example.es"),
        "subject": "RE: Citación a entrevista: Farmacéutico/a Ensayos Clínicos (Ref. GAS-0719)",
        "date": "2026-07-28 12:47 +0200", "structure": "plain", "charset": "iso-8859-1", "cte": "quoted-printable",
        "text": """Estimada Sra. Adebayo-Lindqvist:

Le informamos de que hoy, martes 28 de julio, no se presentó a la entrevista programada a las 10:00 h en el Servicio de Farmacia del Hospital Alcalá Salud Chamartín. La Dra. Villalobos la estuvo esperando hasta las 10:30 h.

Si su ausencia se debió a causa justificada, le rogamos que nos lo comunique respondiendo a este correo antes del viernes 31 de julio para valorar una nueva citación. En caso contrario, entenderemos que renuncia a continuar en el proceso.

Atentamente,

Departamento de Selección de Personal
Grupo Alcalá Salud

De: Selección de Personal - Grupo Alcalá Salud <seleccion@alcalasalud.example.es>
Enviado: lunes, 20 de julio de 2026 9:05
Para: henrike.al@example.de
Asunto: Citación a entrevista: Farmacéutico/a Ensayos Clínicos (Ref. GAS-0719)

Estimada Sra. Adebayo-Lindqvist:

Nos complace comunicarle que ha sido seleccionada para la fase de entrevistas del proceso de Farmacéutico/a de Ensayos Clínicos (Ref. GAS-0719).

La entrevista tendrá lugar el martes 28 de julio de 2026 a las 10:00 h en el Servicio de Farmacia del Hospital Alcalá Salud Chamartín.
""",
    },
]
