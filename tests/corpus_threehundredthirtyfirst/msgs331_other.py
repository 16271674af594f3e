"""Corpus 331: everything that is not about her own applications — traps (digests, podcasts,
parcels, doctors, friends, courses, cold approaches, out-of-office) and her own sent mail.
Hand-written."""

from __future__ import annotations

from msgs331_common import CAND, html_page, paras

BULK = {"Precedence": "bulk"}


def lists(list_id: str, unsub: str) -> dict[str, str]:
    return {"List-Id": list_id, "List-Unsubscribe": f"<{unsub}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", **BULK}


MESSAGES = [
    # ---------------- de
    {
        "key": "jobagent_digest", "kind": "other", "lang": "de", "company": "", "contact": "",
        "frm": ("Jobfinder Nord Jobagent", "jobagent@jobfinder-nord.example.de"),
        "subject": "12 neue Jobs für „UX Research“ in Bremen und Umgebung",
        "date": "2026-01-12 06:30 +0100",
        "headers": lists("<jobagent.jobfinder-nord.example.de>",
                         "https://jobfinder-nord.example.de/abmelden?u=8812"),
        "text": """Hallo Henrike,

hier sind deine neuen Treffer für den Jobagenten „UX Research“:

• UX Researcher (m/w/d) – Nordwest Versicherung, Oldenburg
• Junior Service Designer – Kranich Digitalagentur, Bremen
• Werkstudent User Research – Weserbus, Bremen
• Product Researcher – Küstenkasse, Hamburg
… und 8 weitere

Tipp der Woche: Eine Absage ist kein Urteil über dich! In unserem Ratgeber erfährst du, wie
du dich auf das nächste Vorstellungsgespräch vorbereitest und warum „leider“ oft nur „noch
nicht“ heißt.

Jobagent bearbeiten oder abmelden: https://jobfinder-nord.example.de/abmelden?u=8812
""",
        "html": html_page(paras(
            "Hallo Henrike,",
            "hier sind deine neuen Treffer für den Jobagenten „UX Research“:",
            "<ul><li>UX Researcher (m/w/d) – Nordwest Versicherung, Oldenburg</li>"
            "<li>Junior Service Designer – Kranich Digitalagentur, Bremen</li>"
            "<li>Werkstudent User Research – Weserbus, Bremen</li>"
            "<li>Product Researcher – Küstenkasse, Hamburg</li></ul>… und 8 weitere",
            "<b>Tipp der Woche:</b> Eine Absage ist kein Urteil über dich! In unserem Ratgeber "
            "erfährst du, wie du dich auf das nächste Vorstellungsgespräch vorbereitest und "
            "warum „leider“ oft nur „noch nicht“ heißt."),
            brand="Jobfinder Nord", color="#ff7a00", lang="de",
            footer='<a href="https://jobfinder-nord.example.de/abmelden?u=8812">Abmelden</a>'),
        "subj_enc": ("utf-8", "Q"),
    },
    {
        "key": "karriere_newsletter", "kind": "other", "lang": "de", "company": "", "contact": "",
        "frm": ("Karrierekompass", "newsletter@karrierekompass.example.de"),
        "subject": "Absage erhalten? 5 Dinge, die du jetzt tun solltest",
        "date": "2026-02-21 08:00 +0100",
        "headers": lists("Karrierekompass Newsletter <news.karrierekompass.example.de>",
                         "mailto:unsubscribe@karrierekompass.example.de"),
        "text": """Karrierekompass – Ausgabe 08/2026

Liebe Leserin,

„Leider müssen wir Ihnen mitteilen …“ – kaum ein Satz tut im Bewerbungsprozess mehr weh.
Diese Woche geht es darum, wie du nach einer Absage um Feedback bittest, warum du Einladungen
zum Vorstellungsgespräch immer schriftlich bestätigen solltest und was du tust, wenn ein
Interview kurzfristig verschoben wird.

Außerdem: Quereinstieg in UX – drei Erfahrungsberichte.

Viel Spaß beim Lesen!
Dein Karrierekompass-Team

Newsletter abbestellen: mailto:unsubscribe@karrierekompass.example.de
""",
        "cte": "quoted-printable",
    },
    {
        "key": "podcast_anfrage", "kind": "other", "lang": "de", "company": "",
        "contact": "lena@versichert-digital.example.de",
        "frm": ("Lena Hollmann", "lena@versichert-digital.example.de"),
        "subject": "Interviewanfrage für unseren Podcast „Versichert digital“",
        "date": "2026-03-09 13:13 +0100",
        "text": """Hallo Frau Oldenburg-Saß,

ich habe Ihren Beitrag im Forum der UX-Weiterbildung zur Frage gelesen, wie sich
Sachbearbeitung und Nutzerforschung ergänzen – toll! Wir machen den Podcast „Versichert
digital“ und würden Sie gern für eine Folge interviewen (ca. 40 Minuten, remote
aufgezeichnet, gern im April).

Hätten Sie Lust? Dann schicke ich Ihnen ein paar Terminvorschläge und die Fragen vorab.

Herzliche Grüße
Lena Hollmann
Host & Redaktion „Versichert digital“
""",
        "subj_enc": ("utf-8", "B"),
    },
    {
        "key": "radio_umfrage", "kind": "other", "lang": "de", "company": "",
        "contact": "p.ennen@radio-weserwelle.example.de",
        "frm": ("Pia Ennen", "p.ennen@radio-weserwelle.example.de"),
        "subject": "Radio Weserwelle – Interview zum Thema Quereinstieg",
        "date": "2026-04-15 11:57 +0200",
        "text": """Hallo Henrike,

wie heute Morgen auf dem Schlossplatz besprochen: Wir würden das kurze Radio-Interview für
unsere Reihe „Neustart mit 35“ gern am Freitag um 15 Uhr im Studio aufnehmen (Dauer ca.
20 Minuten). Die Adresse ist Lange Straße 6, 26122 Oldenburg, 3. Stock.

Ruf mich gern an, wenn es nicht passt: 0441 555 7731.

Beste Grüße
Pia Ennen
Redaktion „Am Nachmittag“, Radio Weserwelle
""",
    },
    {
        "key": "nutzerstudie_teilnahme", "kind": "other", "lang": "de", "company": "", "contact": "",
        "frm": ("Testhelden Panel", "studien@testhelden.example.de"),
        "subject": "Einladung zur Nutzerstudie: 45-Min-Interview, 40 € Gutschein",
        "date": "2026-05-05 09:15 +0200",
        "headers": BULK,
        "text": """Hallo Henrike,

du wurdest für eine neue Studie ausgewählt! Ein Versicherungsunternehmen möchte verstehen,
wie Menschen Schäden per App melden.

• Format: Video-Interview, 45 Minuten
• Zeitraum: 12.–16. Mai
• Aufwandsentschädigung: 40 € Gutschein

Jetzt Termin wählen: https://testhelden.example.de/studie/20931

Danke, dass du Teil unseres Panels bist!
Dein Testhelden-Team
""",
    },
    {
        "key": "paket_verspaetet", "kind": "other", "lang": "de", "company": "", "contact": "",
        "frm": ("Paketblitz", "benachrichtigung@paketblitz.example.de"),
        "subject": "Leider verzögert sich Ihre Sendung 00340434161094021",
        "date": "2026-05-27 15:02 +0200",
        "text": None,
        "html": html_page(paras(
            "Guten Tag,",
            "leider verzögert sich die Zustellung Ihrer Sendung <b>00340434161094021</b> "
            "aufgrund eines hohen Sendungsaufkommens. Die neue voraussichtliche Zustellung "
            "ist Freitag, 29.05.2026, zwischen 10:00 und 14:00 Uhr.",
            "Wir bitten um Entschuldigung. Sie können den Zustelltermin jederzeit ändern "
            "oder eine Ablageort-Vereinbarung treffen.",
            "Ihr Paketblitz-Team"), brand="Paketblitz", color="#ffcc00", lang="de"),
        "html_cte": "quoted-printable",
    },
    {
        "key": "depot_position", "kind": "other", "lang": "de", "company": "", "contact": "",
        "frm": ("Hunte Sparkasse", "noreply@hunte-sparkasse.example.de"),
        "subject": "Neue Nachricht im Postfach: Depotübersicht und Positionsänderung",
        "date": "2026-06-01 05:02 +0200",
        "text": """Guten Tag Frau Oldenburg-Saß,

in Ihrem elektronischen Postfach liegt ein neues Dokument für Sie bereit:
„Depotauszug zum 31.05.2026 – Positionsänderung Fonds Nordsee Nachhaltig“.

Bitte melden Sie sich im Online-Banking an, um das Dokument abzurufen. Aus
Sicherheitsgründen versenden wir keine Anhänge per E-Mail.

Ihre Hunte Sparkasse
""",
        "cte": "base64",
    },
    {
        "key": "wohnung_besichtigung", "kind": "other", "lang": "de", "company": "",
        "contact": "hausverwaltung.koch@example.de",
        "frm": ("Hausverwaltung Koch", "hausverwaltung.koch@example.de"),
        "reply_to": ("Dieter Koch", "hausverwaltung.koch@example.de"),
        "subject": "Einladung zur Besichtigung: 2-Zimmer-Wohnung Wiener Straße 14",
        "date": "2026-10-05 18:20 +0200",
        "text": """Sehr geehrte Frau Oldenburg-Saß,

vielen Dank für Ihre Anfrage zur 2-Zimmer-Wohnung in der Wiener Straße 14, 10999 Berlin
(3. OG links, 58 m²).

Gern lade ich Sie zu einer Besichtigung am Samstag, 10. Oktober, um 11:30 Uhr ein. Bitte
bringen Sie eine Selbstauskunft, die letzten drei Gehaltsnachweise und eine
Mietschuldenfreiheitsbescheinigung mit.

Mit freundlichen Grüßen
Dieter Koch
Hausverwaltung Koch
""",
        "charset": "iso-8859-1",
    },
    {
        "key": "zahnarzt_verschoben", "kind": "other", "lang": "de", "company": "", "contact": "",
        "frm": ("Zahnarztpraxis Dr. Mahlstedt", "termine@praxis-mahlstedt.example.de"),
        "subject": "Ihr Termin am 17.06. muss verschoben werden",
        "date": "2026-06-10 08:45 +0200",
        "text": """Liebe Patientin, lieber Patient,

leider müssen wir Ihren Termin zur professionellen Zahnreinigung am Mittwoch, 17.06.2026,
um 08:30 Uhr krankheitsbedingt absagen. Wir haben Ihnen einen neuen Termin am
Dienstag, 23.06.2026, um 08:30 Uhr reserviert.

Sollte Ihnen dieser Termin nicht passen, rufen Sie uns bitte an: 0441 555 4410.

Ihr Praxisteam Dr. Mahlstedt
Diese Nachricht wurde automatisch versendet.
""",
        "charset": "windows-1252",
    },
    {
        "key": "hausarzt_verpasst", "kind": "other", "lang": "de", "company": "", "contact": "",
        "frm": ("Praxis am Schlosswall", "info@praxis-schlosswall.example.de"),
        "subject": "Nicht wahrgenommener Termin",
        "date": "2026-07-07 12:30 +0200",
        "text": """Sehr geehrte Frau Oldenburg-Saß,

Sie sind heute zu Ihrem Termin um 10:15 Uhr (Check-up) leider nicht erschienen und haben
den Termin auch nicht abgesagt. Wir haben zur vereinbarten Zeit vergeblich versucht, Sie
telefonisch zu erreichen.

Bitte denken Sie daran, Termine mindestens 24 Stunden vorher abzusagen. Einen neuen Termin
können Sie online oder telefonisch vereinbaren.

Ihr Praxisteam am Schlosswall
""",
    },
    {
        "key": "freundin_absage", "kind": "other", "lang": "de", "company": "",
        "contact": "wiebke.tammen@example.net",
        "frm": ("Wiebke Tammen", "wiebke.tammen@example.net"),
        "subject": "Mist 😩",
        "date": "2026-03-14 21:48 +0100",
        "text": """Hey Henni,

ich hab heute die Absage von der Landesbank bekommen. Nach DREI Runden! „Wir haben uns für
eine Kandidatin entschieden, die …“ – blabla. Ich könnte heulen.

Wie läuft's bei dir mit der Versicherung in Hamburg? Hast du schon was gehört? Lass uns am
Wochenende mal telefonieren, ich brauch Aufmunterung.

Drück dich
Wiebke
""",
        "subj_enc": ("utf-8", "B"), "cte": "8bit",
    },
    {
        "key": "jannik_weiterleitung", "kind": "other", "lang": "de", "company": "",
        "contact": "jannik.bruns@example.org",
        "frm": ("Jannik Bruns", "jannik.bruns@example.org"),
        "subject": "WG: Einladung zum Gespräch – Junior UX Designer",
        "date": "2026-01-21 20:12 +0100", "forward": "jannik_einladung_inner",
        "text": """Hi Henrike,

schau mal, ich hab tatsächlich eine Einladung von Elbkind bekommen (siehe unten)! Du hattest
dich da doch auch beworben, oder? Hast du Tipps, was die im Gespräch fragen? Ich bin total
nervös.

Danke dir!
Jannik
""",
    },
    {
        "key": "jannik_einladung_inner", "inner": True, "kind": "interview_invitation",
        "lang": "de", "company": "Elbkind Design", "contact": "frieda@elbkind.example.de",
        "frm": ("Frieda Lorenzen", "frieda@elbkind.example.de"),
        "to": [("Jannik Bruns", "jannik.bruns@example.org")],
        "subject": "Einladung zum Gespräch – Junior UX Designer",
        "date": "2026-01-21 15:40 +0100",
        "text": """Hallo Jannik,

danke für deine Bewerbung! Wir würden dich gern am Dienstag, 27. Januar, um 16 Uhr im Studio
kennenlernen (Ottenser Hauptstraße 10, Hamburg).

Liebe Grüße
Frieda
""",
    },
    {
        "key": "kurs_kein_platz", "kind": "other", "lang": "de", "company": "", "contact": "",
        "frm": ("Bildungswerk Nordwest", "anmeldung@bildungswerk-nordwest.example.de"),
        "subject": "Ihre Anmeldung: Service Design Grundlagen (Kurs 26F-114)",
        "date": "2026-02-02 10:10 +0100",
        "text": """Sehr geehrte Frau Oldenburg-Saß,

vielen Dank für Ihre Anmeldung zum Kurs „Service Design Grundlagen“ (26F-114).

Leider müssen wir Ihnen mitteilen, dass der Kurs bereits ausgebucht ist und wir Ihnen keinen
Platz anbieten können. Wir haben Sie auf die Warteliste (Platz 4) gesetzt und informieren
Sie, sobald ein Platz frei wird.

Mit freundlichen Grüßen
Ihr Bildungswerk Nordwest – Kursverwaltung
""",
        "charset": "windows-1252", "cte": "quoted-printable",
    },
    {
        "key": "headhunter_kalt", "kind": "other", "lang": "de", "company": "",
        "contact": "maximilian.voss@voss-talents.example.de",
        "frm": ("Maximilian Voß", "maximilian.voss@voss-talents.example.de"),
        "subject": "Spannende Rolle an der Schnittstelle Versicherung & UX – Interesse?",
        "date": "2026-05-22 07:58 +0200",
        "text": """Hallo Frau Oldenburg-Saß,

Ihr Profil ist mir auf einer Karriereplattform aufgefallen – die Kombination aus
Versicherungsfachwissen und UX-Weiterbildung ist selten.

Ich betreue derzeit mehrere Mandate rund um digitale Kundenerlebnisse bei Versicherern und
Banken in Norddeutschland. Wären Sie grundsätzlich offen für einen Austausch? Dann freue ich
mich über eine kurze Nachricht.

Beste Grüße
Maximilian Voß
Voss Talents – Personalberatung für Finanzdienstleister
""",
        "name_enc": ("utf-8", "Q"),
    },
    {
        "key": "abwesenheit_tietjen", "kind": "other", "lang": "de", "company": "",
        "contact": "jana.tietjen@nordwest-versicherung.example.de",
        "frm": ("Jana Tietjen", "jana.tietjen@nordwest-versicherung.example.de"),
        "subject": "Automatische Antwort: Danke für das Gespräch am Dienstag",
        "date": "2026-02-11 19:47 +0100",
        "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        "text": """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 16. Februar nicht im Büro und habe keinen Zugriff auf meine
E-Mails. In dringenden Fällen wenden Sie sich bitte an personal@nordwest-versicherung.example.de.

Mit freundlichen Grüßen
Jana Tietjen
""",
    },
    {
        "key": "eigen_verschiebung_weserbus", "kind": "other", "lang": "de", "company": "",
        "contact": "",
        "frm": CAND, "to": [("Brinkama, Anke", "anke.brinkama@weserbus.example.de")],
        "subject": "Re: Ihr Vorstellungsgespräch am 25.09.2026",
        "date": "2026-09-25 13:30 +0200",
        "text": """Sehr geehrte Frau Brinkama,

bitte entschuldigen Sie vielmals – ich hatte heute Morgen einen Wasserschaden in der Wohnung
und habe es nicht rechtzeitig geschafft, Ihnen abzusagen. Ich bin weiterhin sehr an der
Stelle interessiert.

Wäre es möglich, das Gespräch in der kommenden Woche nachzuholen? Ich bin an allen Tagen ab
9 Uhr flexibel.

Mit freundlichen Grüßen
Henrike Oldenburg-Saß
""",
    },
    {
        "key": "eigen_initiativ_pixelhafen", "kind": "other", "lang": "de", "company": "",
        "contact": "",
        "frm": CAND, "to": [("Ben Hinrichs", "ben@pixelhafen.example.de")],
        "subject": "Initiativbewerbung UX Research – Henrike Oldenburg-Saß",
        "date": "2026-04-26 10:05 +0200",
        "text": """Hallo Ben,

wir haben uns beim UX-Stammtisch im Lagerhaus kurz unterhalten – du hattest erwähnt, dass
Pixelhafen im Sommer Verstärkung für Research sucht. Anbei mein Lebenslauf und ein kurzes
Portfolio.

Ich würde mich sehr über ein Gespräch freuen!

Viele Grüße
Henrike
""",
        "attach": [("Portfolio_Oldenburg-Sass.pdf", [
            "Henrike Oldenburg-Sass - Portfolio 2026", "1. Schadenmeldung per App",
            "2. Kuendigungsstrecke Hausrat", "3. Interviewleitfaden Kfz"])],
        "subj_enc": ("utf-8", "Q"),
    },
    {
        "key": "eigen_nachfrage_kuestenkasse", "kind": "other", "lang": "de", "company": "",
        "contact": "",
        "frm": CAND, "to": [("Team Personal", "personal@kuestenkasse.example.de")],
        "subject": "Nachfrage zum Stand meiner Bewerbung (Product Researcher)",
        "date": "2026-08-10 09:12 +0200",
        "text": """Sehr geehrte Damen und Herren,

am 24. Juli habe ich mich als Product Researcher (m/w/d) beworben und eine
Eingangsbestätigung erhalten. Darf ich fragen, wie der aktuelle Stand ist und wann ich mit
einer Rückmeldung rechnen kann?

Vielen Dank und freundliche Grüße
Henrike Oldenburg-Saß
""",
        "charset": "iso-8859-1",
    },
    {
        "key": "netzwerk_profilaufrufe", "kind": "other", "lang": "de", "company": "", "contact": "",
        "frm": ("Berufsnetz", "benachrichtigungen@berufsnetz.example.com"),
        "subject": "3 Recruiter:innen haben diese Woche Ihr Profil besucht",
        "date": "2026-06-21 17:00 +0200",
        "headers": lists("<weekly.berufsnetz.example.com>",
                         "https://berufsnetz.example.com/settings/email"),
        "text": None,
        "html": html_page(paras(
            "Hallo Henrike,",
            "Ihr Profil wurde diese Woche <b>27-mal</b> aufgerufen – unter anderem von "
            "3 Recruiter:innen aus der Versicherungsbranche.",
            "Jetzt Premium testen und sehen, wer Interesse an Ihnen hat. Außerdem: "
            "„Wie Sie ein Vorstellungsgespräch per Video meistern“ – der neue Artikel im "
            "Karriere-Magazin."),
            brand="Berufsnetz", color="#0a66c2", lang="de",
            footer="Sie erhalten diese E-Mail wegen Ihrer Benachrichtigungseinstellungen."),
    },
    {
        "key": "freelancekontor_newsletter", "kind": "other", "lang": "de", "company": "",
        "contact": "",
        "frm": ("Freelance-Kontor", "newsletter@freelance-kontor.example.de"),
        "subject": "Deine Projekt-Empfehlungen der Woche",
        "date": "2026-09-07 07:00 +0200",
        "headers": lists("<projekte.freelance-kontor.example.de>",
                         "https://freelance-kontor.example.de/newsletter/abmelden"),
        "text": """Hallo Henrike,

diese Projekte passen zu deinem Profil:

1. Nutzerinterviews Tarifrechner – Versicherung, Hamburg, 20 PT, remote
2. Service Blueprint Bürgerservice – Kommune, Niedersachsen, 35 PT
3. Usability-Tests Banking-App – Bank, Bremen, 15 PT

Kleiner Hinweis: Kunden sagen häufiger zu, wenn du innerhalb von 24 Stunden auf
Interviewanfragen reagierst. Absagen landen übrigens nicht in deinem Rating.

Dein Team vom Freelance-Kontor
""",
        "cte": "quoted-printable",
    },
    {
        "key": "ux_stammtisch", "kind": "other", "lang": "de", "company": "", "contact": "",
        "frm": ("UX Stammtisch Bremen", "orga@ux-stammtisch-bremen.example.de"),
        "subject": "Einladung: Stammtisch im Juni – „Gute Interviews führen“",
        "date": "2026-05-29 12:00 +0200",
        "headers": lists("UX Stammtisch Bremen <stammtisch.ux-stammtisch-bremen.example.de>",
                         "mailto:leave@ux-stammtisch-bremen.example.de"),
        "text": """Hallo zusammen,

unser nächster Stammtisch findet am Donnerstag, 11. Juni, ab 19 Uhr im Lagerhaus statt.
Thema: „Gute Interviews führen – was Nutzerforschung von Journalismus lernen kann“ mit
Maren Stührmann.

Anmeldung bitte über den Meetup-Link, damit wir genug Pizza bestellen.

Bis bald!
Das Orga-Team
""",
    },
    {
        "key": "schaden_abgelehnt", "kind": "other", "lang": "de", "company": "", "contact": "",
        "frm": ("Ammerland Versicherung Kundenservice", "schaden-noreply@ammerland-vers.example.de"),
        "subject": "Ihre Schadenmeldung S-2026-118273: Entscheidung",
        "date": "2026-04-09 14:14 +0200",
        "text": """Sehr geehrte Frau Oldenburg-Saß,

wir haben Ihre Schadenmeldung zum Fahrradschaden vom 28.03.2026 geprüft. Leider müssen wir
Ihnen mitteilen, dass wir den Schaden nicht regulieren können: Das Fahrrad war zum
Zeitpunkt des Diebstahls nicht mit einem Schloss an einem festen Gegenstand gesichert
(§ 4 Abs. 2 der Bedingungen).

Sie können der Entscheidung innerhalb eines Monats widersprechen.

Mit freundlichen Grüßen
Ihre Ammerland Versicherung
""",
        "cte": "quoted-printable",
    },
    # ---------------- en
    {
        "key": "linkedin_like_alert", "kind": "other", "lang": "en", "company": "", "contact": "",
        "frm": ("Jobs at Worknet", "jobs-noreply@worknet.example.com"),
        "subject": "30 new UX Researcher jobs in Copenhagen",
        "date": "2026-04-04 07:15 +0000",
        "headers": lists("<jobalerts.worknet.example.com>",
                         "https://worknet.example.com/alerts/unsubscribe?id=55120"),
        "text": """Your job alert for UX Researcher in Copenhagen, Capital Region

UX Researcher - Fjordly - Copenhagen (Hybrid)
Service Designer - Nordhavn Design Studio - Copenhagen
Senior User Researcher - Bølge Forsikring - Copenhagen

Be an early applicant: 12 of these jobs were posted in the last 24 hours.

Tip: Candidates who follow up after an interview are 30% less likely to get a rejection.
Unfortunately, many applicants skip this step.

Unsubscribe: https://worknet.example.com/alerts/unsubscribe?id=55120
""",
    },
    {
        "key": "research_weekly", "kind": "other", "lang": "en", "company": "", "contact": "",
        "frm": ("Research Weekly", "hello@researchweekly.example.com"),
        "subject": "Issue #212: Interviewing users, and handling rejection as a researcher",
        "date": "2026-07-18 14:00 +0000",
        "headers": lists("Research Weekly <researchweekly.example.com>",
                         "https://researchweekly.example.com/unsubscribe"),
        "text": None,
        "html": html_page(paras(
            "<b>This week in Research Weekly</b>",
            "1. The five questions we always ask in a user interview",
            "2. When stakeholders reject your findings: a field guide",
            "3. Career corner: from call centre to research lead - how Priya made the switch "
            "after 40 rejections",
            "4. Job board: 14 open research roles in Europe"),
            brand="Research Weekly", color="#5f2eea",
            footer='You are receiving this because you subscribed. '
                   '<a href="https://researchweekly.example.com/unsubscribe">Unsubscribe</a>'),
        "html_cte": "base64",
    },
    {
        "key": "panel_user_interview", "kind": "other", "lang": "en", "company": "", "contact": "",
        "frm": ("Panelwise Studies", "studies@panelwise.example.com"),
        "subject": "You're invited: 60-min user interview (EUR 75 incentive)",
        "date": "2026-05-15 16:22 +0000",
        "text": """Hi Henrike,

Good news - you qualify for a paid research study! A European bank wants to learn how people
compare insurance offers online.

Format: 1:1 remote interview, 60 minutes
Incentive: EUR 75 gift card
Available slots: 20-22 May

Book your interview slot here: https://panelwise.example.com/s/88310

Thanks for being part of Panelwise!
""",
    },
    {
        "key": "parcel_delayed_en", "kind": "other", "lang": "en", "company": "", "contact": "",
        "frm": ("SwiftParcel", "no-reply@swiftparcel.example.com"),
        "subject": "Unfortunately, your parcel is delayed",
        "date": "2026-08-19 09:41 +0000",
        "text": """Hello,

Unfortunately, your parcel SP-4471-0920-DE from Nordic Yarn Shop is delayed due to a
customs check in Padborg. We now expect to deliver it on 24 August.

We're sorry for the inconvenience. Track your parcel:
https://swiftparcel.example.com/track/SP-4471-0920-DE

SwiftParcel Customer Care
""",
    },
    {
        "key": "bike_tracker_position", "kind": "other", "lang": "en", "company": "", "contact": "",
        "frm": ("TrackTag", "alerts@tracktag.example.com"),
        "subject": "Position update: your bike left the safe zone",
        "date": "2026-09-27 23:02 +0200",
        "text": """Hi Henrike,

Your TrackTag "Rotes Rad" reported a new position outside your safe zone:

Position: 53.1412 N, 8.2140 E (near Oldenburg Hbf)
Time: 22:58 CEST
Accuracy: 25 m

Open the app to see the live position or mark the bike as stolen.

TrackTag
""",
        "cte": "7bit",
    },
    {
        "key": "friend_fwd_rejection", "kind": "other", "lang": "en", "company": "",
        "contact": "mads.winther@example.dk",
        "frm": ("Mads Winther", "mads.winther@example.dk"),
        "subject": "Fwd: Your application at Fjordly",
        "date": "2026-05-29 20:11 +0200",
        "text": """Hey Henrike,

guess we're in the same boat - got this one today. At least they didn't ghost me. Fancy a
drink on Friday to complain about recruiters?

Mads

---------- Forwarded message ---------
From: Fjordly <no-reply@greenhouse-mail.io>
Date: Fri, 29 May 2026 at 14:02
Subject: Your application at Fjordly
To: Mads Winther <mads.winther@example.dk>

Hi Mads,

Thank you for your interest in Fjordly. Unfortunately, we have decided not to move forward
with your application for the Product Designer role.

Best,
The Fjordly Talent Team
""",
    },
    {
        "key": "own_reschedule_norre", "kind": "other", "lang": "en", "company": "", "contact": "",
        "frm": CAND, "to": [("Søren Dahl", "soren@norretalent.example.dk")],
        "subject": "Re: Tried calling you - Bølge interview prep",
        "date": "2026-04-13 16:40 +0200", "reply": "norre_tried_calling", "quote": "en",
        "text": """Hi Søren,

I'm so sorry - my phone died on the train back from Bremen. Could we do the prep call
tomorrow at 9:00 instead, before the interview at 11:00?

Thanks for your patience,
Henrike
""",
    },
    {
        "key": "ooo_freja", "kind": "other", "lang": "en", "company": "",
        "contact": "freja@nordhavn-studio.example.dk",
        "frm": ("Freja Lund", "freja@nordhavn-studio.example.dk"),
        "subject": "Automatic reply: Portfolio conversation - quick question",
        "date": "2026-07-14 09:03 +0200",
        "headers": {"Auto-Submitted": "auto-replied"},
        "text": """Hi,

Thanks for your email. I'm on summer holiday until 3 August with limited access to email.
For urgent matters, please contact studio@nordhavn-studio.example.dk.

Best,
Freja
""",
    },
    # ---------------- fr
    {
        "key": "alerte_offres_fr", "kind": "other", "lang": "fr", "company": "", "contact": "",
        "frm": ("Emploi Design", "alertes@emploi-design.example.fr"),
        "subject": "Nouvelles offres : UX Researcher à Paris",
        "date": "2026-05-04 07:00 +0200",
        "headers": lists("<alertes.emploi-design.example.fr>",
                         "https://emploi-design.example.fr/alertes/desinscription"),
        "text": """Bonjour Henrike,

Voici les nouvelles offres correspondant à votre alerte « UX Researcher – Paris » :

- UX Researcher – Santéo – Paris 11e
- Designer de services – Atelier Bastide – Paris 10e
- Chargé(e) d'études UX – Métrolien – Saint-Denis

Conseil de la semaine : un refus n'est jamais définitif ! Découvrez comment préparer votre
prochain entretien d'embauche.

Se désinscrire : https://emploi-design.example.fr/alertes/desinscription
""",
        "subj_enc": ("iso-8859-1", "Q"), "charset": "windows-1252",
    },
    {
        "key": "radio_interview_fr", "kind": "other", "lang": "fr", "company": "",
        "contact": "margaux.dupre@ondes-paris.example.fr",
        "frm": ("Margaux Dupré", "margaux.dupre@ondes-paris.example.fr"),
        "subject": "Demande d'interview – émission « Nouvelles carrières »",
        "date": "2026-06-18 11:11 +0200",
        "text": """Bonjour Madame Oldenburg-Saß,

Je suis journaliste pour l'émission « Nouvelles carrières » sur Ondes Paris. Nous préparons
un sujet sur les reconversions vers les métiers du numérique en Europe, et Camille Roussel
m'a suggéré votre nom.

Accepteriez-vous de nous accorder une interview d'une quinzaine de minutes par téléphone la
semaine prochaine ?

Bien cordialement,
Margaux Dupré
Ondes Paris
""",
        "name_enc": ("utf-8", "Q"), "subj_enc": ("utf-8", "B"),
    },
    {
        "key": "visite_appartement", "kind": "other", "lang": "fr", "company": "",
        "contact": "v.morel@immo-oberkampf.example.fr",
        "frm": ("Vincent Morel", "v.morel@immo-oberkampf.example.fr"),
        "subject": "Visite appartement rue Oberkampf – confirmation",
        "date": "2026-07-22 18:05 +0200",
        "text": """Bonjour Madame,

Je vous confirme la visite du deux-pièces situé 104 rue Oberkampf (4e étage sans
ascenseur) le samedi 25 juillet à 10h30. Merci de prévoir votre dossier complet : pièce
d'identité, contrat de travail ou promesse d'embauche, trois derniers bulletins de salaire.

Cordialement,
Vincent Morel
Agence Immo Oberkampf
""",
        "charset": "windows-1252", "cte": "8bit",
    },
    {
        "key": "rdv_medical_annule", "kind": "other", "lang": "fr", "company": "", "contact": "",
        "frm": ("RdvSanté", "ne-pas-repondre@rdvsante.example.fr"),
        "subject": "Votre rendez-vous du 3 septembre a été annulé",
        "date": "2026-08-31 08:12 +0200",
        "text": """Bonjour Henrike Oldenburg-Saß,

Votre rendez-vous avec Dr Élise Fontaine (médecin généraliste) le jeudi 3 septembre à
9h20 a été annulé par le cabinet.

Vous pouvez reprendre un rendez-vous en ligne à tout moment.

L'équipe RdvSanté
""",
        "html": html_page(paras(
            "Bonjour Henrike Oldenburg-Saß,",
            "Votre rendez-vous avec <b>Dr Élise Fontaine</b> (médecin généraliste) le jeudi "
            "3 septembre à 9h20 a été annulé par le cabinet.",
            "Vous pouvez reprendre un rendez-vous en ligne à tout moment.",
            "L'équipe RdvSanté"), brand="RdvSanté", color="#0596de", lang="fr"),
    },
    {
        "key": "formation_refusee", "kind": "other", "lang": "fr", "company": "", "contact": "",
        "frm": ("Institut du Design de Services", "admissions@ids-formation.example.fr"),
        "subject": "Votre candidature à la formation certifiante « Design de services »",
        "date": "2026-03-20 15:30 +0100",
        "text": """Madame,

Nous avons bien étudié votre dossier d'inscription à la formation certifiante « Design de
services » (session de printemps 2026).

Nous avons le regret de vous informer que votre candidature n'a pas été retenue pour cette
session, le nombre de places étant limité à 16 participants. Nous vous invitons à
renouveler votre demande pour la session d'automne.

Le service des admissions
""",
        "subj_enc": ("utf-8", "Q"),
    },
    {
        "key": "own_candidature_metrolien", "kind": "other", "lang": "fr", "company": "",
        "contact": "",
        "frm": CAND, "to": [("Service recrutement Métrolien", "recrutement@metrolien.example.fr")],
        "subject": "Candidature – Chargée d'études UX (réf. 26-0381)",
        "date": "2026-04-15 22:40 +0200",
        "text": """Madame, Monsieur,

Je me permets de vous adresser ma candidature au poste de Chargée d'études UX (réf.
26-0381). Forte de huit années dans le secteur de l'assurance, où j'ai accompagné des
milliers de clients au téléphone, et d'une formation en recherche utilisateur, je souhaite
aujourd'hui mettre cette expérience au service des voyageurs.

Vous trouverez ci-joint mon CV.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Henrike Oldenburg-Saß
""",
        "attach": [("CV_Oldenburg-Sass_FR.pdf", [
            "Henrike Oldenburg-Sass", "CV", "Experience : 8 ans assurance (gestion sinistres)",
            "Formation : Recherche utilisateur & design de services (2025)"])],
        "subj_enc": ("utf-8", "B"),
    },
    {
        "key": "amie_recalee", "kind": "other", "lang": "fr", "company": "",
        "contact": "chloe.bernard@example.fr",
        "frm": ("Chloé Bernard", "chloe.bernard@example.fr"),
        "subject": "recalée…",
        "date": "2026-09-18 22:31 +0200",
        "text": """Coucou Henrike,

Bon, j'ai eu la réponse de l'agence pour le poste de designer : c'est non. « Nous avons
décidé de poursuivre avec un autre profil », la formule classique. Je suis dégoûtée, après
trois entretiens !

Et toi, des nouvelles de la banque ? Tu me racontes ?

Bises,
Chloé
""",
        "name_enc": ("iso-8859-1", "Q"), "subj_enc": ("utf-8", "Q"), "cte": "8bit",
    },
    # ---------------- es
    {
        "key": "alerta_empleo_es", "kind": "other", "lang": "es", "company": "", "contact": "",
        "frm": ("Empleo BCN Alertas", "alertas@empleobcn.example.es"),
        "subject": "Nuevas ofertas para ti: Diseño de servicios en Barcelona",
        "date": "2026-06-22 08:00 +0200",
        "headers": lists("<alertas.empleobcn.example.es>",
                         "https://empleobcn.example.es/baja?c=11203"),
        "text": """Hola Henrike:

Tenemos 9 ofertas nuevas que encajan con tu alerta:

· UX Researcher (Onboarding) – Salutia – Barcelona
· Diseñador/a de Servicios – Movibarna – Barcelona
· Service Designer – Banco Llevant – Barcelona (híbrido)

¿Has recibido un rechazo? No te desanimes: consulta nuestra guía para preparar tu próxima
entrevista de trabajo.

Darse de baja: https://empleobcn.example.es/baja?c=11203
""",
    },
    {
        "key": "newsletter_entrevista_es", "kind": "other", "lang": "es", "company": "",
        "contact": "",
        "frm": ("Carrera Digital", "boletin@carreradigital.example.es"),
        "subject": "7 consejos para superar tu próxima entrevista (y qué hacer si te rechazan)",
        "date": "2026-07-01 09:30 +0200",
        "headers": lists("Carrera Digital <boletin.carreradigital.example.es>",
                         "mailto:baja@carreradigital.example.es"),
        "text": None,
        "html": html_page(paras(
            "<b>Boletín Carrera Digital · julio 2026</b>",
            "Lamentablemente, la mayoría de candidatos recibe más rechazos que ofertas. En "
            "este número te contamos cómo preparar una entrevista, cómo pedir feedback tras una "
            "carta de rechazo y cómo negociar cuando por fin llega la oferta.",
            "Además: cinco personas que pasaron del sector seguros al diseño UX."),
            brand="Carrera Digital", color="#2a9d8f", lang="es",
            footer="Para darte de baja escribe a baja@carreradigital.example.es"),
        "html_cte": "quoted-printable",
    },
    {
        "key": "periodista_blog_es", "kind": "other", "lang": "es", "company": "",
        "contact": "irene.sanz@diariodigital.example.es",
        "frm": ("Irene Sanz", "irene.sanz@diariodigital.example.es"),
        "subject": "Entrevista para un reportaje sobre cambio de carrera",
        "date": "2026-08-25 12:44 +0200",
        "text": """Hola Henrike:

Soy periodista en Diario Digital Barcelona y estoy preparando un reportaje sobre
profesionales europeos que se reinventan en el sector tecnológico. Una amiga común de
Estudio Garbí me habló de ti.

¿Te apetecería una entrevista de unos 20 minutos por videollamada la próxima semana? Sería
para publicar en septiembre.

Gracias de antemano,
Irene Sanz
""",
    },
    {
        "key": "pedido_retraso_es", "kind": "other", "lang": "es", "company": "", "contact": "",
        "frm": ("Envíos Rápidos", "notificaciones@enviosrapidos.example.es"),
        "subject": "Lamentablemente tu pedido llegará con retraso",
        "date": "2026-07-09 19:20 +0200",
        "text": """Hola:

Lamentablemente tu pedido n.º ER-99120-BCN llegará con retraso debido a una incidencia en
nuestro centro logístico. La nueva fecha estimada de entrega es el 13 de julio.

Sentimos las molestias.

Envíos Rápidos
""",
        "name_enc": ("utf-8", "B"),
    },
    {
        "key": "dentista_cambio_es", "kind": "other", "lang": "es", "company": "", "contact": "",
        "frm": ("Clínica Dental Sant Antoni", "citas@dentalsantantoni.example.es"),
        "subject": "Cambio de hora de su cita",
        "date": "2026-07-20 10:02 +0200",
        "text": """Estimada paciente:

Le informamos de que su cita del martes 21 de julio se ha cambiado de las 17:00 a las 18:30
por un imprevisto de la doctora. Si la nueva hora no le va bien, llámenos al 93 555 40 12.

Un saludo,
Clínica Dental Sant Antoni
""",
        "charset": "iso-8859-1", "name_enc": ("iso-8859-1", "Q"),
    },
    {
        "key": "visita_piso_es", "kind": "other", "lang": "es", "company": "",
        "contact": "xavi.roca@example.es",
        "frm": ("Xavi Roca", "xavi.roca@example.es"),
        "subject": "Visita al piso de Gràcia",
        "date": "2026-08-03 13:55 +0200",
        "text": """Hola Henrike:

Te confirmo la visita al piso de Carrer de Verdi el jueves a las 19:00. Llámame al
interfono del 2.º 1.ª y bajo a abrirte.

Recuerda traer la documentación (contrato o carta de oferta y las tres últimas nóminas).

Saludos,
Xavi
""",
        "cte": "quoted-printable",
    },
    {
        "key": "own_candidatura_garbi", "kind": "other", "lang": "es", "company": "",
        "contact": "",
        "frm": CAND, "to": [("Estudio Garbí", "hola@estudiogarbi.example.es")],
        "subject": "Candidatura espontánea – Diseño de servicios",
        "date": "2026-05-28 21:15 +0200",
        "text": """Hola equipo de Estudio Garbí:

Me llamo Henrike y vengo del sector de seguros en Alemania, donde he trabajado ocho años
con clientes y siniestros. Desde hace un año me dedico a la investigación de usuarios y al
diseño de servicios, y me encantaría aportar esa experiencia a vuestros proyectos.

Os adjunto mi CV y mi portfolio. ¡Gracias por vuestro tiempo!

Un saludo,
Henrike Oldenburg-Saß
""",
        "attach": [("CV_Henrike_ES.pdf", ["Henrike Oldenburg-Sass", "Curriculum Vitae",
                                          "8 anos sector seguros", "UX Research 2025"])],
    },
    {
        "key": "own_aplazamiento_vilanova", "kind": "other", "lang": "es", "company": "",
        "contact": "",
        "frm": CAND, "to": [("Montserrat Rius i Pons", "mrius@vilanovademar.example.cat")],
        "subject": "RE: Incomparecencia a la prueba práctica",
        "date": "2026-10-14 09:40 +0200", "reply": "vilanova_no_presentada", "quote": "es",
        "text": """Estimada Sra. Rius:

Le pido disculpas por no haberme presentado ayer. Mi vuelo desde Bremen fue cancelado a
última hora; le adjunto en un correo aparte el justificante de la aerolínea.

¿Sería posible realizar la prueba en otra fecha?

Atentamente,
Henrike Oldenburg-Saß
""",
        "charset": "iso-8859-1",
    },
    {
        "key": "curso_sin_plaza_es", "kind": "other", "lang": "es", "company": "", "contact": "",
        "frm": ("Escola d'Idiomes Rambla", "secretaria@idiomesrambla.example.es"),
        "subject": "Inscripción curso de español B2 intensivo",
        "date": "2026-08-28 11:30 +0200",
        "text": """Hola Henrike:

Gracias por tu interés en el curso intensivo de español B2 de septiembre. Lamentablemente
no podemos ofrecerte plaza: el grupo está completo. Te hemos apuntado en la lista de espera
y te avisaremos si se libera alguna plaza o abrimos un nuevo grupo en octubre.

Un saludo,
Secretaría · Escola d'Idiomes Rambla
""",
        "name_enc": ("utf-8", "Q"),
    },
]
