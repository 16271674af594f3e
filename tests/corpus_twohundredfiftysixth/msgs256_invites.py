"""Corpus 256: 26 interview invitations, 15 reschedules or cancellations, 10 missed interviews."""

from __future__ import annotations

import msgs256_common as C

ME = C.ME

VERENA = ("Verena Trenkwalder", "verena.trenkwalder@gondelwerk.example.at")
LENA = ("Lena Hofbauer", "lena.hofbauer@isarwerk.example.de")
FIONA = ("Fiona MacLeod", "fiona.macleod@pentland-outdoor.example.co.uk")
CAMILLE = ("Camille Roux-Berthier", "camille.roux-berthier@telecables-vercors.example.fr")
MARTA = ("Marta Puigcercós", "marta.puigcercos@valira-esqui.example.ad")
THOMAS = ("Thomas Kirchmair", "thomas.kirchmair@alpenpersonal.example.at")
KESSLER = ("Maximilian Kessler", "m.kessler@kessler-search.example.de")
NADINE = ("Nadine Zürcher", "nadine.zuercher@glaernisch.example.ch")

SIG_VERENA = """Verena Trenkwalder
Human Resources
Gondelwerk Tirol GmbH | Grabenweg 68 | 6020 Innsbruck
T +43 512 342 700-215 | www.gondelwerk.example.at"""

SIG_NADINE = """Nadine Zürcher
HR-Fachfrau
Glärnisch Schneesport AG
Seefeldstrasse 212, 8008 Zürich
+41 44 555 21 70"""

SIG_CAMILLE = """Camille Roux-Berthier
Chargée de recrutement
Télécâbles du Vercors SAS
45 avenue de l'Europe, 38120 Saint-Égrève
04 76 12 34 56"""

INVITE_GONDELWERK = """Sehr geehrter Herr Oyelaran-Pichler,

vielen Dank für Ihre Bewerbung als Vertriebskoordinator Innendienst. Wir möchten Sie gerne persönlich kennenlernen und laden Sie zu einem Gespräch mit unserem Vertriebsleiter Herrn Ing. Alois Schöpf und mir ein:

Donnerstag, 26. Februar 2026, 09:00 bis 10:15 Uhr
Gondelwerk Tirol, Grabenweg 68, 6020 Innsbruck, Besprechungsraum „Stubai“ (2. Stock)

Die Kalendereinladung finden Sie im Anhang. Bitte nehmen Sie sie an oder schlagen Sie uns kurz eine Alternative vor, falls der Termin nicht passt. Parkplätze gibt es direkt vor dem Haus.

Wir freuen uns auf Sie!

Freundliche Grüße
""" + SIG_VERENA

PHONE_SCREEN_ISARWERK = """Hallo Herr Oyelaran-Pichler,

Ihre Bewerbung als Sales Coordinator DACH hat uns neugierig gemacht. Als ersten Schritt würde ich gern ein 30-minütiges Telefonat mit Ihnen führen – es geht um Ihre Motivation, Ihre Gehaltsvorstellung und Ihre Verfügbarkeit.

Bitte suchen Sie sich über den folgenden Link einen passenden Termin aus:
https://app.greenhouse.io/scheduler/isarwerk-sports/7f3c1e92

Ich rufe Sie dann zur gebuchten Zeit auf der Nummer aus Ihrem Lebenslauf an.

Viele Grüße
Lena Hofbauer
Talent Acquisition | Isarwerk Sports GmbH"""

INVITE_PENTLAND = """Hi Jakob,

Thanks for applying for our Sales Coordinator (Wholesale) role – Callum (Head of Wholesale) and I would love to meet you over video.

Please pick a 45-minute slot that suits you using the link below. All times are shown in UK time, so do double-check the hour difference to Innsbruck.

https://hire.lever.co/interview/pentland-outdoor/schedule/2b8d61e4

Speak soon,
Fiona

Fiona MacLeod | People Partner
Pentland Outdoor Ltd"""

MESSAGES: list[dict] = [
    # ================================================================== interview_invitation
    # ------------------------------------------------------------------ German (13)
    {
        "kind": "interview_invitation", "name": "gondelwerk_panel_calendar", "lang": "de",
        "company": "Gondelwerk Tirol", "contact": "verena.trenkwalder@gondelwerk.example.at",
        "id": "t1-invite", "refs": ["t1-ack"],
        "frm": VERENA,
        "subject": "Einladung zum Vorstellungsgespräch – Vertriebskoordinator Innendienst",
        "date": "2026-02-17 10:42 +0100",
        "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
        "text": INVITE_GONDELWERK,
        "html": C.outlook_html(INVITE_GONDELWERK),
        "ics": {"method": "REQUEST", "uid": "040000008200E00074C5B7101A82E0080000000096A1C2F3B5A0DC01", "seq": 0,
                 "start": "20260226T080000Z", "end": "20260226T091500Z",
                 "summary": "Vorstellungsgespräch Jakob Oyelaran-Pichler – Vertriebskoordinator",
                 "location": "Gondelwerk Tirol, Grabenweg 68, Innsbruck – Raum Stubai",
                 "organizer": VERENA},
        "ics_file": True,
    },
    {
        "kind": "interview_invitation", "name": "isarwerk_greenhouse_phone_screen", "lang": "de",
        "company": "Isarwerk Sports", "contact": "lena.hofbauer@isarwerk.example.de",
        "id": "t2-invite", "refs": ["t2-ack"],
        "frm": ("Lena Hofbauer via Greenhouse", "no-reply@greenhouse-mail.io"),
        "reply_to": LENA,
        "subject": "Isarwerk Sports: Kurzes Telefonat zu Ihrer Bewerbung?",
        "date": "2026-01-27 11:08 +0100",
        "text": PHONE_SCREEN_ISARWERK,
        "html": C.ats_card("Isarwerk Sports", "#1b4d89", C.paras_html(PHONE_SCREEN_ISARWERK),
                        "Gesendet über Greenhouse im Auftrag von Isarwerk Sports GmbH.",
                        button=("Termin auswählen", "https://app.greenhouse.io/scheduler/isarwerk-sports/7f3c1e92")),
    },
    {
        "kind": "interview_invitation", "name": "alpenpersonal_sets_up_rosengarten", "lang": "de",
        "company": "Rosengarten Outdoor", "contact": "thomas.kirchmair@alpenpersonal.example.at",
        "id": "t6-invite", "refs": ["t6-ack"],
        "frm": THOMAS,
        "subject": "Vorstellungsgespräch Rosengarten Outdoor, Bozen - 11. Februar",
        "date": "2026-02-03 09:41 +0100",
        "text": """Hallo Jakob,

wie besprochen: Rosengarten Outdoor lädt dich zum Vorstellungsgespräch
nach Bozen ein, Mittwoch 11.02. um 10:30, Zentrale in der Siemensstraße.
Gesprächspartner sind Frau Pichler-Unterkircher (Vertriebsleitung) und
Herr Gamper (HR). Bitte bestätig mir kurz den Termin.

Zur Vorbereitung: Sie fragen gern nach konkreten Verkaufszahlen aus dem Skiverleih, nimm also ein, zwei Beispiele mit. Die Anfahrt über den Brenner dauert im Februar gern länger, plan lieber eine Stunde Puffer ein.

Lg Thomas

--
Thomas Kirchmair
Senior Consultant Sales & Tourism
Alpen Personal Partner GmbH | Museumstraße 9 | 6020 Innsbruck
T +43 512 908 441-12""",
    },
    {
        "kind": "interview_invitation", "name": "kessler_meet_bergfuchs", "lang": "de",
        "company": "Bergfuchs Outdoor", "contact": "m.kessler@kessler-search.example.de",
        "id": "t7-invite", "refs": ["t7-cold"],
        "frm": KESSLER,
        "subject": "Re: Vertriebskoordination Alpenraum – Kennenlernen beim Mandanten",
        "date": "2026-04-07 16:55 +0200",
        "text": """Sehr geehrter Herr Oyelaran-Pichler,

danke für Ihren Lebenslauf und das offene Telefonat von gestern. Ich darf Ihnen jetzt auch den Namen meines Mandanten nennen: Es handelt sich um Bergfuchs Outdoor in München-Sendling.

Der Geschäftsführer, Herr Dr. Lechner, möchte Sie gern persönlich kennenlernen. Vorgeschlagen ist Donnerstag, 16. April, 14:00 Uhr, in den Räumen von Bergfuchs, Plinganserstraße 40. Ich bin bei dem Gespräch dabei. Rechnen Sie mit etwa einer Stunde.

Passt Ihnen das? Dann schicke ich Ihnen vorab das Firmenprofil und die Rollenbeschreibung.

Mit freundlichen Grüßen
Maximilian Kessler
Geschäftsführender Partner
Kessler Executive Search GmbH
Prinzregentenstraße 54, 80538 München
+49 89 2154 7760

""" + C.schrieb_de("06.04.2026 um 18:20", "Jakob Oyelaran-Pichler", "jakob.op@example.at", """Sehr geehrter Herr Kessler,

wie am Telefon besprochen sende ich Ihnen meinen Lebenslauf. Die Position klingt spannend, ich freue mich auf die nächsten Schritte.

Beste Grüße
Jakob Oyelaran-Pichler"""),
    },
    {
        "kind": "interview_invitation", "name": "glaernisch_teams_calendar", "lang": "de",
        "company": "Glärnisch Schneesport", "contact": "nadine.zuercher@glaernisch.example.ch",
        "id": "t8-invite",
        "frm": NADINE,
        "subject": "Einladung: Videointerview Verkaufskoordinator Wintersport",
        "subj_enc": ("utf-8", "B"),
        "date": "2026-06-02 08:30 +0200",
        "text": """Grüezi Herr Oyelaran-Pichler

Gerne laden wir Sie zu einem ersten Videointerview für die Stelle als Verkaufskoordinator Wintersport ein:

Dienstag, 9. Juni 2026, 15:00–15:45 Uhr
Microsoft Teams – den Link finden Sie in der Kalendereinladung

Mit dabei sind Reto Hählen (Leiter Verkauf) und ich. Wir möchten Sie und Ihre Erfahrungen besser kennenlernen und Ihnen die Stelle näher vorstellen.

Freundliche Grüsse

""" + SIG_NADINE,
        "ics": {"method": "REQUEST", "uid": "glaernisch-2026-0609-op@glaernisch.example.ch", "seq": 0,
                 "start": "20260609T130000Z", "end": "20260609T134500Z",
                 "summary": "Videointerview Verkaufskoordinator Wintersport",
                 "location": "Microsoft Teams-Besprechung",
                 "description": "Microsoft Teams-Besprechung beitreten: https://teams.example.ch/l/meetup-join/19%3ameeting_glaernisch0609",
                 "organizer": NADINE},
    },
    {
        "kind": "interview_invitation", "name": "rieder_probearbeitstag", "lang": "de",
        "company": "Alpinsport Rieder", "contact": "sabine.rieder@rieder-sport.example.at",
        "id": "i-rieder",
        "frm": ("Sabine Rieder", "sabine.rieder@rieder-sport.example.at"),
        "subject": "Probearbeitstag",
        "date": "2026-04-08 20:02 +0200",
        "cs": "windows-1252", "cte": "8bit",
        "text": """Hallo Jakob,

danke für deine Bewerbung! Bevor wir lang herumreden: Magst du am Samstag, 18. April, einen Probearbeitstag bei uns im Geschäft machen? Von 9 bis 15 Uhr, du würdest mit Florian im Verkauf stehen und am Nachmittag schauen wir uns gemeinsam die Bestellungen für den Herbst an.

Der Tag wird natürlich bezahlt. Gib mir einfach bis Mittwoch Bescheid.

Liebe Grüße
Sabine Rieder
Alpinsport Rieder – Anichstraße 17 – 6020 Innsbruck – 0512 58 44 31""",
    },
    {
        "kind": "interview_invitation", "name": "werdenfels_assessment_center", "lang": "de",
        "company": "Werdenfels Reisen", "contact": "katharina.zwink@werdenfels-reisen.example.de",
        "id": "i-werdenfels",
        "frm": ("Zwink, Katharina", "katharina.zwink@werdenfels-reisen.example.de"),
        "subject": "Einladung Assessment Center Vertriebskoordination",
        "date": "2026-05-06 14:47 +0200",
        "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
        "text": """Sehr geehrter Herr Oyelaran-Pichler,

wir laden Sie herzlich zu unserem Assessment Center am 20. Mai ein. Bitte planen Sie den ganzen Tag ein.

Ablauf (Sonnenstraße 31, 4. OG):
08:30 Begrüßung und Kennenlernen
09:15 Fallstudie Gruppenreise-Angebot
11:00 Rollenspiel Kundengespräch Reisebüro
12:30 Mittagessen mit dem Vertriebsteam
13:30 Kalkulationsübung
15:00 Einzelgespräch mit der Bereichsleitung

Bitte bringen Sie einen Taschenrechner und Ihren Lichtbildausweis mit. Reisekosten erstatten wir bis 80 Euro.

Viele Grüße
Katharina Zwink
Personalreferentin
Werdenfels Reisen GmbH | Sonnenstraße 31 | 80331 München
Tel. +49 89 4522 180-33""",
        "cte": "quoted-printable",
    },
    {
        "kind": "interview_invitation", "name": "nordkette_casual_coffee", "lang": "de",
        "company": "Nordkette Sportverleih", "contact": "lukas@nordkette-sportverleih.example.at",
        "id": "i-nordkette",
        "frm": ("Lukas Gapp", "lukas@nordkette-sportverleih.example.at"),
        "subject": "Kaffee am Donnerstag?",
        "date": "2026-01-20 22:14 +0100",
        "text": """Servus Jakob,

hab deine Nachricht wegen der Stelle im Verleih bekommen. Hast am Donnerstag Zeit auf an Kaffee? So um 9 im Café am Hungerburg-Bahnhof, da können wir in Ruhe reden, was ich mir für die Vertriebsschiene vorstell und was du dir vorstellst.

Sag mir einfach, ob's geht.

Lukas
Nordkette Sportverleih | Höhenstraße 145 | Innsbruck""",
    },
    {
        "kind": "interview_invitation", "name": "tiroler_loden_personio_link", "lang": "de",
        "company": "Tiroler Loden Manufaktur", "contact": "anna.strolz@tiroler-loden.example.at",
        "id": "i-loden", "refs": ["own-loden-apply"],
        "frm": ("Tiroler Loden Manufaktur", "noreply@personio.de"),
        "reply_to": ("Anna Strolz", "anna.strolz@tiroler-loden.example.at"),
        "subject": "Terminvereinbarung für Ihr Kennenlerngespräch",
        "date": "2026-06-22 09:12 +0200",
        "cte": "base64",
        "text": """Hallo Herr Oyelaran-Pichler,

schön, dass Sie sich für die Stelle „Koordination Handelsvertrieb“ interessieren. Wir würden Sie gerne in einem 40-minütigen Videogespräch näher kennenlernen.

Bitte wählen Sie unter folgendem Link einen Termin aus, der Ihnen passt:
https://tiroler-loden.jobs.personio.de/interview-slots/5c28ad07

Bei Fragen antworten Sie einfach auf diese E-Mail, sie geht direkt an mich.

Viele Grüße
Anna Strolz
Personal & Organisation
Tiroler Loden Manufaktur GmbH, Lodenweg 2, 6175 Kematen""",
        "html": C.ats_card("Tiroler Loden Manufaktur", "#4d6b3c", C.paras_html("""Hallo Herr Oyelaran-Pichler,

schön, dass Sie sich für die Stelle „Koordination Handelsvertrieb“ interessieren. Wir würden Sie gerne in einem 40-minütigen Videogespräch näher kennenlernen.

Bei Fragen antworten Sie einfach auf diese E-Mail, sie geht direkt an mich.

Viele Grüße
Anna Strolz
Personal & Organisation"""), "Tiroler Loden Manufaktur GmbH, Lodenweg 2, 6175 Kematen · Versendet mit Personio",
            button=("Termin wählen", "https://tiroler-loden.jobs.personio.de/interview-slots/5c28ad07")),
        "html_cte": "base64",
    },
    {
        "kind": "interview_invitation", "name": "tvb_karwendelblick_latin1", "lang": "de",
        "company": "Tourismusverband Karwendelblick", "contact": "elisabeth.hechenberger@karwendelblick.example.at",
        "id": "i-tvb", "refs": ["a-tvb"],
        "frm": ("Elisabeth Hechenberger, Geschäftsführung", "elisabeth.hechenberger@karwendelblick.example.at"),
        "frm_enc": ("iso-8859-1", "Q"),
        "subject": "Einladung zum Gespräch am 12. Februar",
        "date": "2026-02-05 15:20 +0100",
        "cs": "iso-8859-1", "cte": "quoted-printable",
        "text": """Grüß Gott Herr Oyelaran-Pichler,

Ihre Bewerbung für die Marketing- und Vertriebskoordination hat uns gefallen. Wir möchten Sie daher gerne zu einem Gespräch ins Tourismusbüro nach Zirl einladen:

Donnerstag, 12. Februar 2026, um 14:00 Uhr
Tourismusverband Karwendelblick, Dorfplatz 3, 6170 Zirl

Am Gespräch nehmen neben mir unser Obmann Herr Haselwanter und die Leiterin des Gästeservice teil. Wir würden gerne auch hören, wie Sie die Zusammenarbeit mit den Skischulen der Region sehen.

Um eine kurze Bestätigung wird gebeten.

Mit freundlichen Grüßen
Elisabeth Hechenberger
Geschäftsführung
Tourismusverband Karwendelblick
Tel. +43 5238 520 11""",
    },
    {
        "kind": "interview_invitation", "name": "sellatal_softgarden_video", "lang": "de",
        "company": "Sellatal Sportartikel", "contact": "",
        "id": "i-sellatal",
        "frm": ("Sellatal Sportartikel", "sellatal@softgarden.io"),
        "subject": "Videointerview: Vertriebskoordinator Handel (m/w/d)",
        "date": "2026-07-06 10:00 +0200",
        "text": """Guten Tag Herr Oyelaran-Pichler,

wir freuen uns, Sie zu einem Videointerview für die Position Vertriebskoordinator Handel (m/w/d) einladen zu dürfen.

Termin: Dienstag, 14. Juli 2026, 11:00 Uhr (MESZ)
Dauer: ca. 45 Minuten
Gesprächspartner: Martin Obkircher, Leiter Vertrieb Italien Nord

Den Zugang zum Videoraum und die Möglichkeit, den Termin zu bestätigen, finden Sie in Ihrem Bewerberkonto:
https://sellatal.softgarden.io/de/applicant/interviews

Mit freundlichen Grüßen
Ihr Recruiting-Team
Sellatal Sportartikel GmbH, Meraner Straße 9, 39100 Bozen

Diese Nachricht wurde automatisch versendet. Antworten auf diese E-Mail können nicht bearbeitet werden.""",
        "html": C.simple_html("""Guten Tag Herr Oyelaran-Pichler,

wir freuen uns, Sie zu einem Videointerview für die Position Vertriebskoordinator Handel (m/w/d) einladen zu dürfen.

Termin: Dienstag, 14. Juli 2026, 11:00 Uhr (MESZ)
Dauer: ca. 45 Minuten
Gesprächspartner: Martin Obkircher, Leiter Vertrieb Italien Nord

Den Zugang zum Videoraum und die Möglichkeit, den Termin zu bestätigen, finden Sie in Ihrem Bewerberkonto:
https://sellatal.softgarden.io/de/applicant/interviews

Mit freundlichen Grüßen
Ihr Recruiting-Team
Sellatal Sportartikel GmbH, Meraner Straße 9, 39100 Bozen

Diese Nachricht wurde automatisch versendet. Antworten auf diese E-Mail können nicht bearbeitet werden."""),
    },
    {
        "kind": "interview_invitation", "name": "schneekristall_second_round", "lang": "de",
        "company": "Schneekristall Sporthandel", "contact": "jonas.brandl@schneekristall.example.de",
        "id": "i-schneekristall", "refs": ["a-schneekristall"],
        "frm": ("Jonas Brandl", "jonas.brandl@schneekristall.example.de"),
        "subject": "Zweites Gespräch – Sales Coordinator Wintersport",
        "date": "2026-08-20 13:03 +0200",
        "text": """Hallo Herr Oyelaran-Pichler,

das erste Gespräch letzte Woche war aus unserer Sicht sehr gut, deshalb würden wir gern eine zweite Runde mit Ihnen machen. Diesmal sind unsere Einkaufsleiterin Frau Demir und der Regionalleiter Süd dabei.

Vorschlag: Donnerstag, 27. August, 10:00 Uhr, in unserer Zentrale in der Leopoldstraße. Bitte bereiten Sie eine kurze Präsentation (10 Minuten) vor: Wie würden Sie die Vorsaison-Bestellungen von 40 Filialen koordinieren?

Bitte geben Sie mir bis Montag Bescheid, ob der Termin klappt.

Beste Grüße
Jonas Brandl
Recruiting | Schneekristall Sporthandel AG
Leopoldstraße 170, 80804 München | +49 89 3090 5512""",
        "html": C.simple_html("""Hallo Herr Oyelaran-Pichler,

das erste Gespräch letzte Woche war aus unserer Sicht sehr gut, deshalb würden wir gern eine zweite Runde mit Ihnen machen. Diesmal sind unsere Einkaufsleiterin Frau Demir und der Regionalleiter Süd dabei.

Vorschlag: Donnerstag, 27. August, 10:00 Uhr, in unserer Zentrale in der Leopoldstraße. Bitte bereiten Sie eine kurze Präsentation (10 Minuten) vor: Wie würden Sie die Vorsaison-Bestellungen von 40 Filialen koordinieren?

Bitte geben Sie mir bis Montag Bescheid, ob der Termin klappt.

Beste Grüße
Jonas Brandl
Recruiting | Schneekristall Sporthandel AG
Leopoldstraße 170, 80804 München | +49 89 3090 5512"""),
        "html_cte": "quoted-printable",
    },
    {
        "kind": "interview_invitation", "name": "serles_new_role_quotes_old_no", "lang": "de",
        "company": "Serles Bergbahnen", "contact": "personal@serles-bergbahnen.example.at",
        "id": "i-serles",
        "frm": ("Serles Bergbahnen – Personalbüro", "personal@serles-bergbahnen.example.at"),
        "subject": "AW: Ihre Bewerbung als Kassenleitung",
        "date": "2026-09-07 11:25 +0200",
        "text": """Sehr geehrter Herr Oyelaran-Pichler,

wir kommen noch einmal auf Sie zurück. Seit letzter Woche ist bei uns die Stelle „Verkaufskoordination Saisonkarten & Gruppen“ ausgeschrieben, und Ihr Profil passt dafür aus unserer Sicht deutlich besser als für die Kassenleitung.

Hätten Sie Interesse an einem Gespräch? Wir könnten Ihnen Dienstag, 15. September, um 9:30 Uhr in der Talstation anbieten. Frau Siller aus dem Verkauf wäre mit dabei.

Freundliche Grüße
Carina Holzknecht
Personalbüro Serles Bergbahnen
Talstraße 40, 6166 Fulpmes
+43 5225 622 10

""" + C.schrieb_de("21.07.2026 um 08:58", "Serles Bergbahnen – Personalbüro", "personal@serles-bergbahnen.example.at", """Sehr geehrter Herr Oyelaran-Pichler,

vielen Dank für Ihre Bewerbung als Kassenleitung. Leider müssen wir Ihnen mitteilen, dass wir uns für eine Bewerberin entschieden haben, die bereits Erfahrung mit unserem Kassensystem hat.

Freundliche Grüße
Carina Holzknecht"""),
    },
    # ------------------------------------------------------------------ English (7)
    {
        "kind": "interview_invitation", "name": "pentland_lever_scheduling", "lang": "en",
        "company": "Pentland Outdoor", "contact": "fiona.macleod@pentland-outdoor.example.co.uk",
        "id": "t3-invite", "refs": ["t3-ack"],
        "frm": ("Fiona MacLeod (Pentland Outdoor)", "no-reply@hire.lever.co"),
        "reply_to": FIONA,
        "subject": "Interview for Sales Coordinator (Wholesale) at Pentland Outdoor",
        "date": "2026-03-10 12:15 +0000",
        "text": INVITE_PENTLAND,
        "html": C.ats_card("Pentland Outdoor", "#23395b", C.paras_html(INVITE_PENTLAND),
                        "Sent with Lever on behalf of Pentland Outdoor Ltd.", lang="en",
                        button=("Choose a time", "https://hire.lever.co/interview/pentland-outdoor/schedule/2b8d61e4")),
    },
    {
        "kind": "interview_invitation", "name": "caledonia_free_thursday", "lang": "en",
        "company": "Caledonia Snowsports", "contact": "euan.drummond@caledonia-snowsports.example.co.uk",
        "id": "t9-invite", "refs": ["t9-apply"],
        "frm": ("Euan Drummond", "euan.drummond@caledonia-snowsports.example.co.uk"),
        "subject": "Re: Application - Sales Coordinator",
        "date": "2026-02-24 19:47 +0000",
        "text": """Hi Jakob,

Cheers for this – an Austrian ski instructor wanting to sell dry-slope lessons to Edinburgh schools is a first for us!

Are you free Thursday to chat? Something like 4pm UK time on a video call, no need to prep anything, I'd just like to hear a bit more about you and tell you what the job actually involves day to day.

Euan

""" + C.wrote_en("Fri, 20 Feb 2026 at 08:30", "Jakob Oyelaran-Pichler", "jakob.op@example.at", """Dear Mr Drummond,

I am applying for the Sales Coordinator position advertised on your website. After nine winters as a ski instructor in Tyrol I would like to move into sales, and I would love to do it at a snowsports centre.

My CV is attached. I look forward to hearing from you.

Kind regards,
Jakob Oyelaran-Pichler"""),
    },
    {
        "kind": "interview_invitation", "name": "forth_talent_books_lothian", "lang": "en",
        "company": "Lothian Adventure Travel", "contact": "priya.sandhu@forthtalent.example.co.uk",
        "id": "i-forth", "refs": ["a-forth"],
        "frm": ("Priya Sandhu", "priya.sandhu@forthtalent.example.co.uk"),
        "subject": "Interview confirmed: Lothian Adventure Travel, Tue 5 May",
        "date": "2026-04-27 10:30 +0100",
        "text": """Hi Jakob,

Good news – Lothian Adventure Travel would like to meet you for the Sales Coordinator (Group Travel) role.

When: Tuesday 5 May, 11:00–12:00 (UK time)
Where: video call, link from their side to follow
Who: Hamish Boyd, Commercial Director, and Ailsa Grant, Sales Manager

They'll want to hear how you'd sell winter trips to schools, so think about one or two examples from your ski-school groups. Give me a ring on Monday and we'll prepare together.

Kind regards,
Priya

Priya Sandhu
Principal Consultant – Travel & Leisure
Forth Talent Partners
Mobile: +44 7700 900 418""",
        "html": C.simple_html("""Hi Jakob,

Good news – Lothian Adventure Travel would like to meet you for the Sales Coordinator (Group Travel) role.

When: Tuesday 5 May, 11:00–12:00 (UK time)
Where: video call, link from their side to follow
Who: Hamish Boyd, Commercial Director, and Ailsa Grant, Sales Manager

They'll want to hear how you'd sell winter trips to schools, so think about one or two examples from your ski-school groups. Give me a ring on Monday and we'll prepare together.

Kind regards,
Priya

Priya Sandhu
Principal Consultant – Travel & Leisure
Forth Talent Partners
Mobile: +44 7700 900 418""", lang="en"),
    },
    {
        "kind": "interview_invitation", "name": "heatherglen_ashby_self_schedule", "lang": "en",
        "company": "Heatherglen Outfitters", "contact": "",
        "id": "i-heatherglen", "refs": ["a-heatherglen"],
        "frm": ("Heatherglen Outfitters", "no-reply@ashbyhq.com"),
        "subject": "Schedule your interview with Heatherglen Outfitters",
        "date": "2026-05-26 09:02 +0100",
        "html": C.ats_card("Heatherglen Outfitters", "#2f5d50", """<p>Hi Jakob,</p>
<p>The team would like to invite you to a 30-minute video interview for the <b>Retail Sales Coordinator</b> role.</p>
<p>Use the button below to pick a time that works for you. You'll get a calendar invitation with the Zoom link once you've booked.</p>
<p>Looking forward to it,<br>Heatherglen Outfitters Hiring Team</p>""",
            "Sent by Ashby on behalf of Heatherglen Outfitters Ltd. Replies to this address are not monitored.",
            lang="en", button=("Pick a time", "https://app.ashbyhq.com/interview-scheduling/heatherglen/9a41c0de")),
    },
    {
        "kind": "interview_invitation", "name": "summit_gear_panel_calendar", "lang": "en",
        "company": "Summit Gear Group", "contact": "o.brennan@summitgear.example.com",
        "id": "i-summit",
        "frm": ("Orla Brennan", "o.brennan@summitgear.example.com"),
        "subject": "Panel interview – Sales Coordinator DACH (Munich)",
        "date": "2026-07-14 17:20 +0200",
        "text": """Dear Jakob,

Following your conversation with our recruiting team, I'm pleased to invite you to a panel interview for the Sales Coordinator DACH position at our Munich office.

Date: Thursday, 23 July 2026
Time: 14:00–15:30 CEST
Place: Summit Gear Group, Atelierstraße 1, 81671 München, 5th floor, room "Watzmann"
Panel: Stefanie Kurz (Sales Director DACH), Pieter de Vries (EMEA Operations) and me

The interview will be held in English with a short German section. Please accept the attached calendar invitation so that reception can prepare your visitor badge.

Kind regards,
Orla Brennan
Talent Partner EMEA
Summit Gear Group
+49 89 6200 1180""",
        "ics": {"method": "REQUEST", "uid": "summit-panel-20260723-op", "seq": 0,
                 "start": "20260723T120000Z", "end": "20260723T133000Z",
                 "summary": "Panel interview: Jakob Oyelaran-Pichler (Sales Coordinator DACH)",
                 "location": "Summit Gear Group, Atelierstraße 1, München, Raum Watzmann",
                 "organizer": ("Orla Brennan", "o.brennan@summitgear.example.com")},
        "ics_file": True,
    },
    {
        "kind": "interview_invitation", "name": "cairngorm_assessment_day", "lang": "en",
        "company": "Cairngorm Cable Systems", "contact": "rhona.mckay@cairngorm-cable.example.co.uk",
        "id": "i-cairngorm",
        "frm": ("Rhona McKay", "rhona.mckay@cairngorm-cable.example.co.uk"),
        "subject": "Assessment day invitation - Sales Coordinator, Ropeway Projects",
        "date": "2026-09-02 14:40 +0100",
        "cte": "quoted-printable",
        "text": """Dear Jakob,

Thank you for your application for Sales Coordinator, Ropeway Projects. We would like to invite you to our assessment day in Edinburgh on Tuesday 15 September 2026, 09:30 to 16:00.

The day includes a tour of our workshop, a written exercise based on a real tender for a ski-resort gondola, a group discussion with other candidates and a one-to-one interview with our Head of Sales.

We will reimburse reasonable travel costs from Innsbruck on receipt of tickets. Please confirm your attendance by replying to this email and let us know of any accessibility needs.

Best regards,

Rhona McKay
HR Advisor
Cairngorm Cable Systems Ltd
Unit 8, Newbridge Industrial Estate, Edinburgh EH28 8PJ
Tel: +44 131 496 0810

Cairngorm Cable Systems Ltd. Registered in Scotland SC455210. This email is confidential.""",
    },
    {
        "kind": "interview_invitation", "name": "nordlys_recruiter_phone_screen", "lang": "en",
        "company": "Nordlys Ski Rental", "contact": "sanna.lindqvist@nordlys-rental.example.ch",
        "id": "i-nordlys", "refs": ["a-nordlys"],
        "frm": ("Sanna Lindqvist", "sanna.lindqvist@nordlys-rental.example.ch"),
        "subject": "Quick call about the Sales & Partnerships Coordinator role?",
        "date": "2026-08-31 15:05 +0200",
        "text": """Hi Jakob,

I'm the recruiter for Nordlys Ski Rental in Zurich. I've read your application and I'd like to set up a short phone screen – 20 minutes, mostly about your availability from November and your language skills.

Would Friday 4 September at 11:00 work? I'd call you on +43 664 318 22 90. If not, just suggest two other times.

Thanks,
Sanna

Sanna Lindqvist
Talent Acquisition, Nordlys Ski Rental AG
Hardturmstrasse 161, 8005 Zürich""",
    },
    # ------------------------------------------------------------------ French (3)
    {
        "kind": "interview_invitation", "name": "vercors_centre_evaluation", "lang": "fr",
        "company": "Télécâbles du Vercors", "contact": "camille.roux-berthier@telecables-vercors.example.fr",
        "id": "t4-invite", "refs": ["t4-ack"],
        "frm": CAMILLE,
        "subject": "Convocation : journée d'évaluation, poste de coordinateur commercial export",
        "subj_enc": ("iso-8859-1", "Q"),
        "date": "2026-04-15 11:03 +0200",
        "text": """Bonjour Monsieur Oyelaran-Pichler,

Suite à l'examen de votre candidature, nous avons le plaisir de vous convier à notre journée d'évaluation pour le poste de coordinateur commercial export.

Date : mardi 28 avril 2026, de 9 h 00 à 16 h 30
Lieu : Télécâbles du Vercors, 45 avenue de l'Europe, Saint-Égrève

Au programme : présentation de l'entreprise et visite de l'atelier de fabrication des cabines, étude de cas sur un appel d'offres en Andorre, mise en situation téléphonique en anglais et en allemand, puis entretien individuel avec le directeur commercial.

Merci de me confirmer votre présence par retour de mail.

Bien cordialement,

""" + SIG_CAMILLE,
        "html": C.simple_html("""Bonjour Monsieur Oyelaran-Pichler,

Suite à l'examen de votre candidature, nous avons le plaisir de vous convier à notre journée d'évaluation pour le poste de coordinateur commercial export.

Date : mardi 28 avril 2026, de 9 h 00 à 16 h 30
Lieu : Télécâbles du Vercors, 45 avenue de l'Europe, Saint-Égrève

Au programme : présentation de l'entreprise et visite de l'atelier de fabrication des cabines, étude de cas sur un appel d'offres en Andorre, mise en situation téléphonique en anglais et en allemand, puis entretien individuel avec le directeur commercial.

Merci de me confirmer votre présence par retour de mail.

Bien cordialement,

""" + SIG_CAMILLE, lang="fr"),
        "cte": "quoted-printable", "html_cte": "quoted-printable",
    },
    {
        "kind": "interview_invitation", "name": "chartreuse_entretien_visio", "lang": "fr",
        "company": "Chartreuse Sports Distribution", "contact": "olivier.vidal@chartreuse-sports.example.fr",
        "id": "i-chartreuse",
        "frm": ("Olivier Vidal", "olivier.vidal@chartreuse-sports.example.fr"),
        "subject": "Entretien – Attaché commercial magasins de station",
        "date": "2026-06-10 09:18 +0200",
        "text": """Bonjour Jakob,

Votre parcours de moniteur m'a intrigué, et j'aimerais en discuter avec vous. Seriez-vous disponible pour un premier entretien en visio le jeudi 18 juin à 10 h ? Comptez trois quarts d'heure.

Je vous enverrai le lien Teams dès votre confirmation.

À bientôt,
Olivier Vidal
Directeur commercial
Chartreuse Sports Distribution
ZA du Pré Rond, 38500 Voiron""",
    },
    {
        "kind": "interview_invitation", "name": "dauphine_talents_client_oisans", "lang": "fr",
        "company": "Oisans Remontées", "contact": "helene.garnier@dauphine-talents.example.fr",
        "id": "i-dauphine",
        "frm": ("Hélène Garnier", "helene.garnier@dauphine-talents.example.fr"),
        "frm_enc": ("utf-8", "B"),
        "subject": "Rencontre avec notre client Oisans Remontées",
        "date": "2026-09-08 16:31 +0200",
        "text": """Bonjour Jakob,

Comme évoqué au téléphone, notre client Oisans Remontées souhaite vous rencontrer pour le poste de chargé d'affaires commercial.

Le rendez-vous est fixé au jeudi 17 septembre à 14 h, à leur siège de Bourg-d'Oisans (route de la Gare). Vous serez reçu par le directeur d'exploitation, M. Chabert, et par la responsable des ressources humaines.

Je vous appellerai la veille pour un dernier point de préparation. N'hésitez pas à me joindre d'ici là.

Bien cordialement,
Hélène Garnier
Consultante associée – Cabinet Dauphiné Talents
8 place Grenette, 38000 Grenoble
06 00 00 00 00""",
        "html": C.outlook_html("""Bonjour Jakob,

Comme évoqué au téléphone, notre client Oisans Remontées souhaite vous rencontrer pour le poste de chargé d'affaires commercial.

Le rendez-vous est fixé au jeudi 17 septembre à 14 h, à leur siège de Bourg-d'Oisans (route de la Gare). Vous serez reçu par le directeur d'exploitation, M. Chabert, et par la responsable des ressources humaines.

Je vous appellerai la veille pour un dernier point de préparation. N'hésitez pas à me joindre d'ici là.

Bien cordialement,
Hélène Garnier
Consultante associée – Cabinet Dauphiné Talents
8 place Grenette, 38000 Grenoble
06 00 00 00 00""", lang="FR"),
    },
    # ------------------------------------------------------------------ Spanish (3)
    {
        "kind": "interview_invitation", "name": "valira_entrevista_presencial", "lang": "es",
        "company": "Esquí Valira", "contact": "marta.puigcercos@valira-esqui.example.ad",
        "id": "t5-invite", "refs": ["t5-ack"],
        "frm": MARTA,
        "subject": "Entrevista – Coordinador/a de ventas",
        "date": "2026-05-19 10:25 +0200",
        "text": """Hola Jakob:

Nos ha gustado mucho tu candidatura y queremos conocerte en persona.

Te proponemos una entrevista el miércoles 27 de mayo a las 10:00 en nuestras oficinas de Escaldes-Engordany (Avinguda Carlemany 44, 2.º piso). Estarán el director comercial, Pere Rossell, y yo. Calcula una hora aproximadamente.

¿Nos confirmas si te va bien?

Un saludo,
Marta Puigcercós
Responsable de Personas
Esquí Valira, S.L.
Tel. +376 800 123""",
        "cte": "quoted-printable",
    },
    {
        "kind": "interview_invitation", "name": "andorra_muntanya_llamada", "lang": "es",
        "company": "Andorra Muntanya Turisme", "contact": "laia.serra@turisme-muntanya.example.ad",
        "id": "i-amt", "refs": ["a-amt"],
        "frm": ("Laia Serra", "laia.serra@turisme-muntanya.example.ad"),
        "subject": "¿Hablamos? Puesto de coordinador comercial",
        "subj_enc": ("iso-8859-1", "B"),
        "date": "2026-07-28 12:44 +0200",
        "cs": "iso-8859-1", "cte": "8bit",
        "text": """Hola Jakob,

Soy Laia, de selección en Andorra Muntanya Turisme. He visto tu candidatura para el puesto de coordinador comercial y me gustaría hacerte una primera entrevista telefónica de unos 20 minutos.

¿Te iría bien el miércoles 5 de agosto a las 16:00? Te llamaría yo al número de tu CV.

Gracias y hasta pronto,
Laia Serra
Técnica de selección
Andorra Muntanya Turisme
Plaça de la Rotonda 2, AD500 Andorra la Vella""",
    },
    {
        "kind": "interview_invitation", "name": "pirineu_talent_books_arinsal", "lang": "es",
        "company": "Arinsal Neu Hotels", "contact": "nuria.font@pirineutalent.example.ad",
        "id": "i-pirineu",
        "frm": ("Núria Font", "nuria.font@pirineutalent.example.ad"),
        "subject": "Entrevista con Arinsal Neu Hotels – martes 13 de octubre",
        "date": "2026-10-05 09:50 +0200",
        "text": """Hola Jakob:

Tal como hablamos, te confirmo la entrevista con nuestro cliente Arinsal Neu Hotels para el puesto de coordinador de ventas de grupos.

Será por videollamada el martes 13 de octubre a las 11:00 (hora de Andorra). Te entrevistará el director comercial del grupo, Sr. Bonet. Te adjunto la invitación del calendario con el enlace.

Cualquier duda, me llamas.

Un abrazo,
Núria Font
Consultora sénior – Pirineu Talent Consultors
+376 700 455""",
        "ics": {"method": "REQUEST", "uid": "pirineu-arinsal-20261013@pirineutalent.example.ad", "seq": 0,
                 "start": "20261013T090000Z", "end": "20261013T100000Z",
                 "summary": "Entrevista Arinsal Neu Hotels – Jakob Oyelaran-Pichler",
                 "location": "Videollamada",
                 "description": "Enlace: https://meet.example.ad/arinsal-ventas-1013",
                 "organizer": ("Núria Font", "nuria.font@pirineutalent.example.ad")},
    },
    # ================================================================== interview_reschedule_or_cancel
    # ------------------------------------------------------------------ German (8)
    {
        "kind": "interview_reschedule_or_cancel", "name": "gondelwerk_update_sequence", "lang": "de",
        "company": "Gondelwerk Tirol", "contact": "verena.trenkwalder@gondelwerk.example.at",
        "id": "t1-move", "refs": ["t1-ack", "t1-invite"],
        "frm": VERENA,
        "subject": "Aktualisiert: Vorstellungsgespräch Jakob Oyelaran-Pichler – Vertriebskoordinator",
        "date": "2026-02-20 08:15 +0100",
        "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
        "text": """Sehr geehrter Herr Oyelaran-Pichler,

leider muss Herr Schöpf kurzfristig zu einem Kunden in die Schweiz. Wir verlegen unser Gespräch deshalb auf

Dienstag, 3. März 2026, 10:00 bis 11:15 Uhr, gleicher Ort.

Die aktualisierte Einladung ersetzt den bisherigen Termin. Geben Sie mir bitte Bescheid, falls Ihnen der neue Termin nicht passt.

Freundliche Grüße
""" + SIG_VERENA,
        "ics": {"method": "REQUEST", "uid": "040000008200E00074C5B7101A82E0080000000096A1C2F3B5A0DC01", "seq": 1,
                 "start": "20260303T090000Z", "end": "20260303T101500Z",
                 "summary": "Vorstellungsgespräch Jakob Oyelaran-Pichler – Vertriebskoordinator",
                 "location": "Gondelwerk Tirol, Grabenweg 68, Innsbruck – Raum Stubai",
                 "organizer": VERENA},
    },
    {
        "kind": "interview_reschedule_or_cancel", "name": "isarwerk_new_slot_after_request", "lang": "de",
        "company": "Isarwerk Sports", "contact": "lena.hofbauer@isarwerk.example.de",
        "id": "t2-move", "refs": ["t2-invite", "t2-own-move"],
        "frm": ("Lena Hofbauer via Greenhouse", "no-reply@greenhouse-mail.io"),
        "reply_to": LENA,
        "subject": "Re: Terminverschiebung Telefonat",
        "date": "2026-01-29 09:33 +0100",
        "text": """Hallo Herr Oyelaran-Pichler,

kein Problem, das kann passieren. Ich habe unser Telefonat auf Mittwoch, 4. Februar, 10:00 Uhr verschoben. Der ursprüngliche Termin am Freitag entfällt.

Ich rufe Sie wie gehabt auf Ihrer Handynummer an.

Viele Grüße
Lena Hofbauer

""" + C.schrieb_de("28.01.2026 um 21:05", "Jakob Oyelaran-Pichler", "jakob.op@example.at", """Liebe Frau Hofbauer,

am Freitag bin ich leider mit einer Kindergruppe am Gletscher und habe dort keinen Empfang. Wäre ein Termin Anfang nächster Woche möglich?

Beste Grüße
Jakob Oyelaran-Pichler"""),
    },
    {
        "kind": "interview_reschedule_or_cancel", "name": "glaernisch_interviewer_ill", "lang": "de",
        "company": "Glärnisch Schneesport", "contact": "nadine.zuercher@glaernisch.example.ch",
        "id": "t8-ill", "refs": ["t8-invite", "t8-missed"],
        "frm": NADINE,
        "subject": "Gespräch morgen muss leider verschoben werden",
        "date": "2026-06-15 17:48 +0200",
        "text": """Grüezi Herr Oyelaran-Pichler

Reto Hählen ist heute krank nach Hause gegangen und wird wohl einige Tage ausfallen. Unser für morgen, 16. Juni, vereinbartes Gespräch kann deshalb nicht stattfinden.

Sobald er wieder im Büro ist, schlage ich Ihnen zwei neue Termine vor. Das Interesse an Ihnen ist unverändert gross.

Freundliche Grüsse

""" + SIG_NADINE,
        "ics": {"method": "CANCEL", "uid": "glaernisch-2026-0616-op@glaernisch.example.ch", "seq": 1,
                 "start": "20260616T080000Z", "end": "20260616T084500Z",
                 "summary": "Abgesagt: Videointerview Verkaufskoordinator Wintersport",
                 "location": "Microsoft Teams-Besprechung",
                 "organizer": NADINE},
    },
    {
        "kind": "interview_reschedule_or_cancel", "name": "kessler_meeting_called_off", "lang": "de",
        "company": "Bergfuchs Outdoor", "contact": "m.kessler@kessler-search.example.de",
        "id": "t7-cancel", "refs": ["t7-invite"],
        "frm": KESSLER,
        "subject": "Termin Bergfuchs am Donnerstag entfällt",
        "date": "2026-04-14 12:10 +0200",
        "text": """Sehr geehrter Herr Oyelaran-Pichler,

Herr Dr. Lechner muss am Donnerstag überraschend zu einem Lieferanten nach Italien. Das Treffen am 16. April findet daher nicht statt.

Ihre Kandidatur ist davon nicht berührt – Bergfuchs möchte Sie weiterhin kennenlernen. Ich melde mich, sobald ich zwei Ersatztermine habe, voraussichtlich Anfang nächster Woche.

Bitte entschuldigen Sie die Umstände.

Mit freundlichen Grüßen
Maximilian Kessler
Kessler Executive Search GmbH
+49 89 2154 7760""",
        "cte": "quoted-printable",
    },
    {
        "kind": "interview_reschedule_or_cancel", "name": "werdenfels_calendar_cancel", "lang": "de",
        "company": "Werdenfels Reisen", "contact": "katharina.zwink@werdenfels-reisen.example.de",
        "id": "s-werdenfels", "refs": ["i-werdenfels"],
        "frm": ("Zwink, Katharina", "katharina.zwink@werdenfels-reisen.example.de"),
        "subject": "Abgesagt: Assessment Center Vertriebskoordination",
        "date": "2026-05-15 10:05 +0200",
        "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
        "text": """Der Termin am 20. Mai entfällt, weil zwei Beobachter auf einer Messe sind. Als Ersatz ist Mittwoch, 27. Mai, 9:00 Uhr vorgesehen – die neue Einladung folgt.

Katharina Zwink
Werdenfels Reisen GmbH""",
        "ics": {"method": "CANCEL", "uid": "werdenfels-ac-20260520-op", "seq": 1,
                 "start": "20260520T063000Z", "end": "20260520T140000Z",
                 "summary": "Assessment Center Vertriebskoordination",
                 "location": "Werdenfels Reisen, Sonnenstraße 31, München",
                 "organizer": ("Katharina Zwink", "katharina.zwink@werdenfels-reisen.example.de")},
    },
    {
        "kind": "interview_reschedule_or_cancel", "name": "tiroler_loden_system_moved", "lang": "de",
        "company": "Tiroler Loden Manufaktur", "contact": "",
        "id": "s-loden", "refs": ["i-loden"],
        "frm": ("Tiroler Loden Manufaktur", "noreply@personio.de"),
        "subject": "Ihr Termin wurde verschoben",
        "date": "2026-06-25 14:31 +0200",
        "html": C.ats_card("Tiroler Loden Manufaktur", "#4d6b3c", """<p>Hallo Herr Oyelaran-Pichler,</p>
<p>Ihr Kennenlerngespräch für die Stelle <b>Koordination Handelsvertrieb</b> wurde verschoben.</p>
<table style="font-size:14px"><tr><td style="color:#7b8794;padding-right:12px">Bisher</td><td><s>Montag, 29. Juni 2026, 14:00 Uhr</s></td></tr>
<tr><td style="color:#7b8794;padding-right:12px">Neu</td><td><b>Mittwoch, 1. Juli 2026, 09:00 Uhr</b></td></tr>
<tr><td style="color:#7b8794;padding-right:12px">Ort</td><td>Videocall (Link folgt am Vortag)</td></tr></table>
<p>Passt der neue Termin nicht, können Sie über Ihr Bewerberkonto einen anderen wählen.</p>""",
            "Diese E-Mail wurde automatisch von Personio im Auftrag der Tiroler Loden Manufaktur GmbH versendet.",
            button=("Termin ansehen", "https://tiroler-loden.jobs.personio.de/interview-slots/5c28ad07")),
    },
    {
        "kind": "interview_reschedule_or_cancel", "name": "tvb_termin_abgesagt", "lang": "de",
        "company": "Tourismusverband Karwendelblick", "contact": "elisabeth.hechenberger@karwendelblick.example.at",
        "id": "s-tvb", "refs": ["a-tvb", "i-tvb"],
        "frm": ("Elisabeth Hechenberger, Geschäftsführung", "elisabeth.hechenberger@karwendelblick.example.at"),
        "frm_enc": ("iso-8859-1", "Q"),
        "subject": "Absage Termin 12. Februar",
        "date": "2026-02-10 16:02 +0100",
        "cs": "iso-8859-1", "cte": "8bit",
        "text": """Grüß Gott Herr Oyelaran-Pichler,

ich muss unser Gespräch am Donnerstag leider absagen. Der Vorstand hat für diese Woche kurzfristig eine Sondersitzung zum Budget angesetzt, an der wir alle teilnehmen müssen.

Ich melde mich bei Ihnen, sobald klar ist, wie es weitergeht. Bitte entschuldigen Sie die kurzfristige Änderung.

Mit freundlichen Grüßen
Elisabeth Hechenberger
Tourismusverband Karwendelblick""",
    },
    {
        "kind": "interview_reschedule_or_cancel", "name": "sellatal_neue_uhrzeit", "lang": "de",
        "company": "Sellatal Sportartikel", "contact": "martin.obkircher@sellatal.example.it",
        "id": "s-sellatal", "refs": ["i-sellatal"],
        "frm": ("Martin Obkircher", "martin.obkircher@sellatal.example.it"),
        "subject": "Videointerview 14.07. – Verschiebung auf Mittwoch",
        "date": "2026-07-09 18:22 +0200",
        "cte": "base64",
        "text": """Guten Abend Herr Oyelaran-Pichler,

mir ist für Dienstag ein Termin mit unserem größten Händler dazwischengekommen. Können wir unser Videointerview auf Mittwoch, 15. Juli, 16:00 Uhr verschieben? Den Link aus dem Bewerberkonto können Sie weiterhin verwenden.

Danke für Ihr Verständnis und schöne Grüße aus Bozen
Martin Obkircher
Leiter Vertrieb Italien Nord
Sellatal Sportartikel GmbH
Meraner Straße 9, 39100 Bozen
Tel. +39 0471 000 112""",
    },
    # ------------------------------------------------------------------ English (3)
    {
        "kind": "interview_reschedule_or_cancel", "name": "pentland_calendar_cancel", "lang": "en",
        "company": "Pentland Outdoor", "contact": "fiona.macleod@pentland-outdoor.example.co.uk",
        "id": "t3-cancel", "refs": ["t3-invite"],
        "frm": FIONA,
        "subject": "Cancelled: Video interview – Sales Coordinator (Wholesale)",
        "date": "2026-03-16 08:47 +0000",
        "text": """Hi Jakob,

I'm really sorry – Callum has had to fly to our warehouse in Rotterdam this week, so I've cancelled Thursday's interview (19 March). This isn't a reflection on your application at all.

Could you do Friday 27 March at 2pm UK time instead? If that works I'll send a fresh invitation.

Fiona""",
        "ics": {"method": "CANCEL", "uid": "lever-7c21e0a4-pentland-0319", "seq": 1,
                 "start": "20260319T140000Z", "end": "20260319T144500Z",
                 "summary": "Video interview – Jakob Oyelaran-Pichler",
                 "location": "Google Meet",
                 "organizer": FIONA, "prodid": "-//Google Inc//Google Calendar 70.9054//EN"},
    },
    {
        "kind": "interview_reschedule_or_cancel", "name": "summit_gear_sequence_two", "lang": "en",
        "company": "Summit Gear Group", "contact": "o.brennan@summitgear.example.com",
        "id": "s-summit", "refs": ["i-summit"],
        "frm": ("Orla Brennan", "o.brennan@summitgear.example.com"),
        "subject": "Updated invitation: Panel interview – Sales Coordinator DACH (Munich)",
        "date": "2026-07-20 09:11 +0200",
        "text": """Dear Jakob,

Please note an update to your panel interview: Pieter de Vries can only join on Friday, so we have moved the interview to Friday, 24 July 2026, 09:30–11:00 CEST. We will also be in room "Zugspitze" on the 6th floor instead of "Watzmann".

The updated calendar invitation replaces the earlier ones.

Kind regards,
Orla Brennan
Talent Partner EMEA, Summit Gear Group""",
        "ics": {"method": "REQUEST", "uid": "summit-panel-20260723-op", "seq": 2,
                 "start": "20260724T073000Z", "end": "20260724T090000Z",
                 "summary": "Panel interview: Jakob Oyelaran-Pichler (Sales Coordinator DACH)",
                 "location": "Summit Gear Group, Atelierstraße 1, München, Raum Zugspitze",
                 "organizer": ("Orla Brennan", "o.brennan@summitgear.example.com")},
    },
    {
        "kind": "interview_reschedule_or_cancel", "name": "cairngorm_assessor_ill", "lang": "en",
        "company": "Cairngorm Cable Systems", "contact": "rhona.mckay@cairngorm-cable.example.co.uk",
        "id": "s-cairngorm", "refs": ["i-cairngorm"],
        "frm": ("Rhona McKay", "rhona.mckay@cairngorm-cable.example.co.uk"),
        "subject": "RE: Assessment day invitation - Sales Coordinator, Ropeway Projects",
        "date": "2026-09-11 13:25 +0100",
        "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
        "text": """Dear Jakob,

Unfortunately our Head of Sales, who leads the assessment day, is unwell and has been signed off for the coming week. We have therefore moved the assessment day from Tuesday 15 September to Tuesday 22 September, same times and same place.

I appreciate you may already have booked travel. Please send me any change fees and we will cover them.

Best regards,
Rhona McKay
HR Advisor, Cairngorm Cable Systems Ltd

""" + C.outlook_block("en", "Jakob Oyelaran-Pichler <jakob.op@example.at>", "Wednesday, September 2, 2026 6:12 PM",
                      "Rhona McKay <rhona.mckay@cairngorm-cable.example.co.uk>",
                      "RE: Assessment day invitation - Sales Coordinator, Ropeway Projects",
                      """Dear Rhona,

Thank you for the invitation. I am happy to confirm that I will attend the assessment day on 15 September.

Kind regards,
Jakob"""),
        "html": C.outlook_html("""Dear Jakob,

Unfortunately our Head of Sales, who leads the assessment day, is unwell and has been signed off for the coming week. We have therefore moved the assessment day from Tuesday 15 September to Tuesday 22 September, same times and same place.

I appreciate you may already have booked travel. Please send me any change fees and we will cover them.

Best regards,
Rhona McKay
HR Advisor, Cairngorm Cable Systems Ltd""", lang="EN-GB"),
    },
    # ------------------------------------------------------------------ French (2)
    {
        "kind": "interview_reschedule_or_cancel", "name": "vercors_journee_reportee", "lang": "fr",
        "company": "Télécâbles du Vercors", "contact": "camille.roux-berthier@telecables-vercors.example.fr",
        "id": "t4-move", "refs": ["t4-ack", "t4-invite"],
        "frm": CAMILLE,
        "subject": "Report de la journée d'évaluation au 5 mai",
        "date": "2026-04-22 15:40 +0200",
        "text": """Bonjour Monsieur Oyelaran-Pichler,

En raison d'un mouvement social qui perturbera les trains entre Grenoble et Saint-Égrève le 28 avril, nous préférons reporter la journée d'évaluation au mardi 5 mai, aux mêmes horaires.

Vous trouverez ci-joint l'invitation mise à jour. Merci de me confirmer que cette nouvelle date vous convient.

Bien cordialement,

""" + SIG_CAMILLE,
        "ics": {"method": "REQUEST", "uid": "tdv-eval-2026-op@telecables-vercors.example.fr", "seq": 1,
                 "start": "20260505T070000Z", "end": "20260505T143000Z",
                 "summary": "Journée d'évaluation – coordinateur commercial export",
                 "location": "Télécâbles du Vercors, 45 avenue de l'Europe, Saint-Égrève",
                 "organizer": CAMILLE},
        "cte": "base64",
    },
    {
        "kind": "interview_reschedule_or_cancel", "name": "dauphine_rdv_client_deplace", "lang": "fr",
        "company": "Oisans Remontées", "contact": "helene.garnier@dauphine-talents.example.fr",
        "id": "s-dauphine", "refs": ["i-dauphine"],
        "frm": ("Hélène Garnier", "helene.garnier@dauphine-talents.example.fr"),
        "frm_enc": ("utf-8", "B"),
        "subject": "RE: Rencontre avec notre client Oisans Remontées",
        "date": "2026-09-14 08:55 +0200",
        "text": """Bonjour Jakob,

Petit changement de programme : M. Chabert doit superviser le contrôle annuel d'un télésiège jeudi, et le rendez-vous du 17 septembre est décalé au jeudi 24 septembre, toujours à 14 h et au même endroit.

Je vous rappelle mercredi 23 pour la préparation.

Hélène

""" + C.ecrit_fr("mar. 8 sept. 2026 à 16:31", "Hélène Garnier", "helene.garnier@dauphine-talents.example.fr", """Bonjour Jakob,

Comme évoqué au téléphone, notre client Oisans Remontées souhaite vous rencontrer pour le poste de chargé d'affaires commercial.

Le rendez-vous est fixé au jeudi 17 septembre à 14 h, à leur siège de Bourg-d'Oisans (route de la Gare)."""),
    },
    # ------------------------------------------------------------------ Spanish (2)
    {
        "kind": "interview_reschedule_or_cancel", "name": "valira_cambio_hora", "lang": "es",
        "company": "Esquí Valira", "contact": "marta.puigcercos@valira-esqui.example.ad",
        "id": "t5-move", "refs": ["t5-invite", "t5-own-move"],
        "frm": MARTA,
        "subject": "RE: Entrevista – Coordinador/a de ventas",
        "date": "2026-05-21 11:14 +0200",
        "text": """Hola Jakob:

Sin problema. Movemos la entrevista al viernes 29 de mayo a las 12:00, en el mismo sitio. El miércoles 27 queda anulado.

Nos vemos el viernes.

Marta

""" + C.escribio_es("mié, 20 may 2026 a las 19:02", "Jakob Oyelaran-Pichler", "jakob.op@example.at", """Hola Marta:

Muchas gracias por la invitación. El miércoles 27 tengo un examen de la federación de esquí por la mañana. ¿Sería posible el jueves o el viernes?

Un saludo,
Jakob"""),
    },
    {
        "kind": "interview_reschedule_or_cancel", "name": "amt_llamada_cancelada_ics", "lang": "es",
        "company": "Andorra Muntanya Turisme", "contact": "laia.serra@turisme-muntanya.example.ad",
        "id": "s-amt", "refs": ["i-amt"],
        "frm": ("Laia Serra", "laia.serra@turisme-muntanya.example.ad"),
        "subject": "Cancelada: Entrevista telefónica Jakob Oyelaran-Pichler",
        "date": "2026-08-03 10:20 +0200",
        "text": """Hola Jakob,

Tengo que anular nuestra llamada del miércoles 5 de agosto: la directora de ventas quiere participar y esa semana está de vacaciones. En cuanto vuelva te propongo una nueva fecha, seguramente la semana del 17.

Disculpa el cambio.

Laia Serra
Andorra Muntanya Turisme""",
        "ics": {"method": "CANCEL", "uid": "amt-tel-20260805-op@turisme-muntanya.example.ad", "seq": 1,
                 "start": "20260805T140000Z", "end": "20260805T142000Z",
                 "summary": "Entrevista telefónica Jakob Oyelaran-Pichler",
                 "organizer": ("Laia Serra", "laia.serra@turisme-muntanya.example.ad")},
    },
    # ================================================================== missed_interview_notice
    # ------------------------------------------------------------------ German (5)
    {
        "kind": "missed_interview_notice", "name": "isarwerk_called_twice", "lang": "de",
        "company": "Isarwerk Sports", "contact": "lena.hofbauer@isarwerk.example.de",
        "id": "t2-missed", "refs": ["t2-invite", "t2-move"],
        "frm": LENA,
        "subject": "Unser Telefonat heute um 10:00",
        "date": "2026-02-04 10:38 +0100",
        "text": """Hallo Herr Oyelaran-Pichler,

ich habe Sie heute um 10:00 Uhr zweimal auf Ihrer Handynummer zu erreichen versucht, es ist aber jedes Mal nur die Mobilbox angesprungen.

Ist etwas dazwischengekommen? Wenn Sie weiterhin Interesse haben, melden Sie sich bitte bis Freitag bei mir.

Viele Grüße
Lena Hofbauer
Talent Acquisition | Isarwerk Sports GmbH
+49 89 1250 4470""",
    },
    {
        "kind": "missed_interview_notice", "name": "glaernisch_waited_on_teams", "lang": "de",
        "company": "Glärnisch Schneesport", "contact": "nadine.zuercher@glaernisch.example.ch",
        "id": "t8-missed", "refs": ["t8-invite"],
        "frm": NADINE,
        "subject": "Videointerview heute 15:00 – wir haben auf Sie gewartet",
        "date": "2026-06-09 15:27 +0200",
        "text": """Grüezi Herr Oyelaran-Pichler

Reto Hählen und ich waren heute ab 15:00 Uhr im Teams-Meeting und haben rund zwanzig Minuten auf Sie gewartet. Leider haben Sie sich nicht eingewählt, und telefonisch konnten wir Sie auch nicht erreichen.

Falls technische Probleme der Grund waren, lassen Sie es mich bitte wissen.

Freundliche Grüsse

""" + SIG_NADINE,
        "html": C.outlook_html("""Grüezi Herr Oyelaran-Pichler

Reto Hählen und ich waren heute ab 15:00 Uhr im Teams-Meeting und haben rund zwanzig Minuten auf Sie gewartet. Leider haben Sie sich nicht eingewählt, und telefonisch konnten wir Sie auch nicht erreichen.

Falls technische Probleme der Grund waren, lassen Sie es mich bitte wissen.

Freundliche Grüsse

""" + SIG_NADINE, lang="DE-CH"),
    },
    {
        "kind": "missed_interview_notice", "name": "agency_dolomiti_client_waited", "lang": "de",
        "company": "Dolomiti Seilbahntechnik", "contact": "thomas.kirchmair@alpenpersonal.example.at",
        "id": "m-dolomiti",
        "frm": THOMAS,
        "subject": "Was war los? Zoom mit Dolomiti Seilbahntechnik",
        "date": "2026-03-19 14:36 +0100",
        "text": """Hallo Jakob,

Herr Mair von Dolomiti Seilbahntechnik hat mich gerade angerufen: Er saß um 14:00 Uhr im Zoom und du bist nicht aufgetaucht. Auf deinem Handy hab ich dich auch nicht erwischt.

Ich hoffe, es ist nichts passiert. Ruf mich bitte heute noch an, dann schau ich, ob ich einen zweiten Termin rausholen kann – versprechen kann ich's nicht.

Lg Thomas

--
Thomas Kirchmair
Alpen Personal Partner GmbH
T +43 512 908 441-12""",
        "cte": "quoted-printable",
    },
    {
        "kind": "missed_interview_notice", "name": "nordkette_coffee_no_show", "lang": "de",
        "company": "Nordkette Sportverleih", "contact": "lukas@nordkette-sportverleih.example.at",
        "id": "m-nordkette", "refs": ["i-nordkette"],
        "frm": ("Lukas Gapp", "lukas@nordkette-sportverleih.example.at"),
        "subject": "Re: Kaffee am Donnerstag?",
        "date": "2026-01-22 09:47 +0100",
        "text": """Jakob, i sitz seit Viertel vor neun im Café an der Hungerburg, aber von dir keine Spur. Am Telefon gehst auch nicht dran.

Hast es vergessen? Meld dich halt, wennst noch magst.

Lukas

""" + C.schrieb_de("Di., 20. Jän. 2026 um 23:02", "Jakob Oyelaran-Pichler", "jakob.op@example.at", """Servus Lukas, passt, Donnerstag um 9 bin ich dort. Danke!"""),
    },
    {
        "kind": "missed_interview_notice", "name": "tiroler_loden_no_show", "lang": "de",
        "company": "Tiroler Loden Manufaktur", "contact": "anna.strolz@tiroler-loden.example.at",
        "id": "m-loden", "refs": ["i-loden", "s-loden"],
        "frm": ("Anna Strolz", "anna.strolz@tiroler-loden.example.at"),
        "subject": "Unser Videogespräch um 9:00 Uhr",
        "date": "2026-07-01 09:44 +0200",
        "cte": "base64",
        "text": """Guten Morgen Herr Oyelaran-Pichler,

leider sind Sie heute zum vereinbarten Videogespräch um 9:00 Uhr nicht erschienen. Frau Schiestl und ich waren bis 9:20 Uhr im Raum.

Sollte es ein Missverständnis mit der Uhrzeit gegeben haben – der Termin war ja kurzfristig verschoben worden –, geben Sie mir bitte Bescheid. Wir überlegen dann, ob wir noch einen Ersatztermin finden.

Viele Grüße
Anna Strolz
Personal & Organisation
Tiroler Loden Manufaktur GmbH""",
    },
    # ------------------------------------------------------------------ English (3)
    {
        "kind": "missed_interview_notice", "name": "trossachs_voicemail_twice", "lang": "en",
        "company": "Trossachs Travel", "contact": "dougie@trossachs-travel.example.co.uk",
        "id": "m-trossachs", "refs": ["a-trossachs"],
        "frm": ("Dougie Rennie", "dougie@trossachs-travel.example.co.uk"),
        "subject": "Missed call yesterday",
        "date": "2026-07-16 08:05 +0100",
        "text": """Hi Jakob,

I tried you twice at 2pm yesterday for our phone interview and both times it went straight to voicemail. I left a message the second time.

Not sure if the time difference caught you out. Let me know if you still want to talk.

Dougie Rennie
Director, Trossachs Travel
Main Street, Callander FK17 8BG
01877 000 000""",
    },
    {
        "kind": "missed_interview_notice", "name": "nordlys_voicemail_full", "lang": "en",
        "company": "Nordlys Ski Rental", "contact": "sanna.lindqvist@nordlys-rental.example.ch",
        "id": "m-nordlys", "refs": ["i-nordlys"],
        "frm": ("Sanna Lindqvist", "sanna.lindqvist@nordlys-rental.example.ch"),
        "subject": "Re: Quick call about the Sales & Partnerships Coordinator role?",
        "date": "2026-09-04 11:22 +0200",
        "text": """Hi Jakob,

I called you at 11:00 as agreed and again at 11:10, but there was no answer and your voicemail box is full, so I couldn't leave a message.

If something came up, just reply here and we'll see what we can do.

Sanna

""" + C.wrote_en("Mon, 31 Aug 2026 at 21:40", "Jakob Oyelaran-Pichler", "jakob.op@example.at", """Hi Sanna,

Friday at 11:00 works perfectly, talk to you then.

Best,
Jakob"""),
    },
    {
        "kind": "missed_interview_notice", "name": "heatherglen_zoom_no_show", "lang": "en",
        "company": "Heatherglen Outfitters", "contact": "morag.lindsay@heatherglen.example.co.uk",
        "id": "m-heatherglen", "refs": ["i-heatherglen"],
        "frm": ("Morag Lindsay", "morag.lindsay@heatherglen.example.co.uk"),
        "subject": "We missed you this morning",
        "date": "2026-06-03 10:26 +0100",
        "text": """Hi Jakob,

Our store manager and I were on the Zoom link from 10:00 for your Retail Sales Coordinator interview, but you didn't join, and we didn't get a message from you.

If there was a problem with the link or the time zone, let me know today and I'll see whether we can find another slot this week.

Best,
Morag Lindsay
Talent Coordinator, Heatherglen Outfitters
22 Grassmarket, Edinburgh EH1 2JU""",
        "html": C.simple_html("""Hi Jakob,

Our store manager and I were on the Zoom link from 10:00 for your Retail Sales Coordinator interview, but you didn't join, and we didn't get a message from you.

If there was a problem with the link or the time zone, let me know today and I'll see whether we can find another slot this week.

Best,
Morag Lindsay
Talent Coordinator, Heatherglen Outfitters
22 Grassmarket, Edinburgh EH1 2JU""", lang="en"),
    },
    # ------------------------------------------------------------------ French (1)
    {
        "kind": "missed_interview_notice", "name": "chartreuse_absent_visio", "lang": "fr",
        "company": "Chartreuse Sports Distribution", "contact": "olivier.vidal@chartreuse-sports.example.fr",
        "id": "m-chartreuse", "refs": ["i-chartreuse"],
        "frm": ("Olivier Vidal", "olivier.vidal@chartreuse-sports.example.fr"),
        "subject": "Visio de ce matin",
        "date": "2026-06-18 10:24 +0200",
        "cs": "iso-8859-1", "cte": "quoted-printable",
        "text": """Bonjour Jakob,

Je vous ai attendu sur Teams à partir de 10 h, sans vous voir arriver, et je suis tombé sur votre messagerie en vous appelant.

Si vous avez eu un empêchement, proposez-moi un autre créneau la semaine prochaine.

Olivier Vidal
Chartreuse Sports Distribution""",
    },
    # ------------------------------------------------------------------ Spanish (1)
    {
        "kind": "missed_interview_notice", "name": "pirineu_arinsal_sin_conexion", "lang": "es",
        "company": "Arinsal Neu Hotels", "contact": "nuria.font@pirineutalent.example.ad",
        "id": "m-pirineu", "refs": ["i-pirineu"],
        "frm": ("Núria Font", "nuria.font@pirineutalent.example.ad"),
        "subject": "No te conectaste a la entrevista con Arinsal Neu Hotels",
        "subj_enc": ("utf-8", "Q"),
        "date": "2026-10-13 11:31 +0200",
        "text": """Hola Jakob:

El Sr. Bonet me acaba de escribir: estuvo esperándote en la videollamada desde las 11:00 y no llegaste a conectarte. Yo también te he llamado dos veces sin respuesta.

¿Ha pasado algo? Llámame en cuanto puedas, a ver si el cliente acepta buscar otra fecha.

Núria Font
Pirineu Talent Consultors
+376 700 455""",
    },
]
