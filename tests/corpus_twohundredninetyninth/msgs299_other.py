"""Corpus 299: everything that is not news about one of Karolina's applications – digests,
newsletters, look-alike words in unrelated mail, friends' own news and her own sent mail."""

from __future__ import annotations

from msgs299_common import ME, html_page, sig

BULK = [("Precedence", "bulk")]


def listhdr(list_id: str, unsub: str) -> list[tuple[str, str]]:
    return [("List-Id", list_id), ("List-Unsubscribe", f"<{unsub}>"),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), *BULK]


MESSAGES = [
    # ------------------------------------------------------------------ German
    {
        "id": "jobradar_digest", "kind": "other", "lang": "de",
        "date": "2026-02-06 06:30 +0100",
        "frm": ("JobRadar Alpen", "alerts@jobradar-alpen.example.at"),
        "headers": listhdr("JobRadar Suchauftrag <suchauftrag.jobradar-alpen.example.at>",
                           "https://jobradar-alpen.example.at/abmelden?u=88213"),
        "subject": "12 neue Jobs für „Supply Chain Analyst“ in Wien und Umgebung",
        "text": """Guten Morgen Karolina,

hier sind die neuen Stellen zu Ihrem Suchauftrag „Supply Chain Analyst, Wien + 30 km“:

1. Junior Demand Planner (m/w/d) – Brauunion Nord, Wien 21 – ab EUR 3.100 brutto
2. Analyst Transportmanagement – Cargo Ost, Wien-Simmering
3. Disponent:in mit Analysefokus – Spedition Hainz, Vösendorf
… und 9 weitere Stellen

Karriere-Tipp der Woche: Absage erhalten? Keine Sorge! So nutzen Sie jede Absage, um sich
für das nächste Vorstellungsgespräch besser vorzubereiten. Leider bekommen viele Bewerber
nie Feedback – fragen Sie aktiv nach!

Suchauftrag bearbeiten oder abmelden: https://jobradar-alpen.example.at/abmelden?u=88213
""",
        "html": "auto", "brand": "JobRadar Alpen",
    },
    {
        "id": "karriere_newsletter", "kind": "other", "lang": "de",
        "date": "2026-03-03 07:00 +0100",
        "frm": ("Logistik Heute Karriere", "newsletter@logistik-heute-karriere.example.de"),
        "headers": listhdr("Karriere-Newsletter <karriere.logistik-heute-karriere.example.de>",
                           "mailto:unsubscribe@logistik-heute-karriere.example.de"),
        "subject": "Newsletter März: Die 5 häufigsten Fehler im Vorstellungsgespräch",
        "html": html_page("""Liebe Leserin, lieber Leser,

in dieser Ausgabe:

• Die 5 häufigsten Fehler im Vorstellungsgespräch – und wie Sie sie vermeiden
• „Leider müssen wir Ihnen mitteilen …“: Was hinter Standard-Absagen wirklich steckt
• Gehaltsreport 2026: Was Disponenten und Supply-Chain-Analysten verdienen
• Einladung zum Assessment Center? Unsere Checkliste zum Download

Viel Spaß beim Lesen!
Ihre Redaktion Logistik Heute Karriere""", brand="Logistik Heute · Karriere",
            colour="#e76f51",
            footer="Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben.\n"
                   "Abmelden: unsubscribe@logistik-heute-karriere.example.de"),
    },
    {
        "id": "podcast_anfrage", "kind": "other", "lang": "de",
        "date": "2026-03-18 13:14 +0100",
        "frm": ("Florian Brandl", "florian@lieferketten-talk.example.at"),
        "subject": "Interview-Anfrage für den Podcast „Lieferketten-Talk“",
        "text": """Hallo Karolina,

ich bin über deinen Beitrag im Forum der Bundesvereinigung Logistik auf dich gestoßen – dein
Text über den Alltag als Disponentin im Nachtdienst hat mir sehr gefallen.

Hättest du Lust, in unserem Podcast „Lieferketten-Talk“ Gast zu sein? Das Interview dauert
etwa 40 Minuten, wir nehmen remote auf. Ein Termin im April wäre ideal.

Liebe Grüße
Florian Brandl
Host, Lieferketten-Talk
""",
    },
    {
        "id": "paket_verspaetet", "kind": "other", "lang": "de",
        "date": "2026-04-03 11:21 +0200",
        "frm": ("PaketBlitz Sendungsverfolgung", "noreply@paketblitz.example.at"),
        "subject": "Leider verzögert sich Ihre Sendung 4021 8830 1177",
        "text": """Guten Tag,

leider verzögert sich die Zustellung Ihrer Sendung 4021 8830 1177 aufgrund eines erhöhten
Paketaufkommens. Der neue voraussichtliche Zustelltermin ist Dienstag, 7. April 2026.

Wir bitten um Entschuldigung. Sie müssen nichts weiter tun.

Ihr PaketBlitz-Team
""",
        "html": "auto",
    },
    {
        "id": "depot_positionen", "kind": "other", "lang": "de",
        "date": "2026-04-30 05:12 +0200",
        "frm": ("Donaubank Online", "service@donaubank.example.at"),
        "subject": "Ihre monatliche Depotübersicht – 3 Positionen",
        "text": """Sehr geehrte Frau Wiśniewska,

Ihre Depotübersicht per 30.04.2026 steht in Ihrem Online-Banking bereit.

Anzahl Positionen: 3
Depotwert: EUR 4.812,37
Veränderung zum Vormonat: +1,8 %

Aus Sicherheitsgründen enthält diese E-Mail keine Links. Bitte melden Sie sich direkt in
unserer App an.

Ihre Donaubank
""",
    },
    {
        "id": "gps_position", "kind": "other", "lang": "de",
        "date": "2026-05-20 03:47 +0200",
        "frm": ("FleetTrack Alarm", "alarm@fleettrack.example.de"),
        "to": ("Disposition Trans-Danubia", "dispo@trans-danubia.example.at"),
        "cc": [ME],
        "subject": "Standzeitwarnung: Position Fahrzeug W-4711 unverändert seit 90 Min.",
        "text": """Alarm: Standzeit überschritten

Fahrzeug: W-4711 (Sattelzug, Fahrer: D. Kovač)
Letzte Position: A1 Westautobahn, Rastplatz Ansfelden, 48.2071 N / 14.2902 E
Zeitpunkt: 20.05.2026 03:45
Standzeit: 92 Minuten (Grenzwert 60)

Bitte prüfen Sie den Status des Fahrzeugs. Diese Meldung wurde automatisch erzeugt.
""",
    },
    {
        "id": "wohnung_besichtigung", "kind": "other", "lang": "de",
        "date": "2026-05-27 18:02 +0200",
        "frm": ("Hausverwaltung Krause & Söhne", "vermietung@krause-hv.example.de"),
        "reply_to": ("Monika Krause", "m.krause@krause-hv.example.de"),
        "subject": "Besichtigungstermin 2-Zimmer-Wohnung Leipzig-Gohlis",
        "text": """Sehr geehrte Frau Wiśniewska,

vielen Dank für Ihre Anfrage zur 2-Zimmer-Wohnung in der Georg-Schumann-Straße 112.
Gerne lade ich Sie zur Besichtigung ein: Samstag, 30. Mai 2026, 11:15 Uhr.

Leider kann ich keine Einzeltermine vergeben; es werden weitere Interessenten anwesend sein.
Bitte bringen Sie eine Selbstauskunft und die letzten drei Gehaltsnachweise mit.

Mit freundlichen Grüßen
Monika Krause
Hausverwaltung Krause & Söhne
""",
    },
    {
        "id": "zahnarzt_termin", "kind": "other", "lang": "de",
        "date": "2026-06-03 08:00 +0200",
        "frm": ("Zahnarztpraxis Dr. Haslinger", "termine@zahnarzt-haslinger.example.at"),
        "subject": "Terminbestätigung: Kontrolle & Mundhygiene am 15.06.2026",
        "text": """Sehr geehrte Frau Wiśniewska,

hiermit bestätigen wir Ihren Termin:

Montag, 15. Juni 2026, 08:30 Uhr – Kontrolluntersuchung und Mundhygiene
Zahnarztpraxis Dr. Haslinger, Landstraßer Hauptstraße 71, 1030 Wien

Sollten Sie den Termin nicht wahrnehmen können, sagen Sie bitte mindestens 24 Stunden vorher
ab. Nicht abgesagte Termine müssen wir leider in Rechnung stellen.

Ihr Praxisteam
""",
        "ics": {"method": "REQUEST", "uid": "praxis-haslinger-20260615-0830", "seq": 0,
                "start": "20260615T083000", "end": "20260615T093000",
                "summary": "Zahnarzt: Kontrolle & Mundhygiene",
                "location": "Landstraßer Hauptstraße 71, 1030 Wien",
                "organizer": ("Zahnarztpraxis Dr. Haslinger",
                              "termine@zahnarzt-haslinger.example.at"), "file": "Termin.ics"},
    },
    {
        "id": "freundin_absage", "kind": "other", "lang": "de",
        "date": "2026-03-21 21:40 +0100",
        "frm": ("Lena Hubmer", "lena.hubmer@example.at"),
        "subject": "Hab auch eine Absage bekommen …",
        "text": """Hey Karo,

du bist nicht allein 🙈 Ich hab heute die Absage von der Spedition in Linz bekommen, bei der
ich letzte Woche im Zweitgespräch war. „Wir haben uns für eine Kandidatin entschieden, deren
Erfahrung besser passt“ – na super.

Lass uns am Sonntag auf einen Spritzer gehen und uns gegenseitig bemitleiden?

Bussi, Lena
""",
    },
    {
        "id": "freund_fwd_einladung", "kind": "other", "lang": "de",
        "date": "2026-04-16 20:05 +0200",
        "frm": ("Jakob Reindl", "jakob.reindl@example.de"),
        "subject": "Fwd: Einladung zum Vorstellungsgespräch – brauche deinen Rat",
        "text": """Servus Karolina,

ich hab eine Einladung von einem Lager in Nürnberg bekommen (siehe unten angehängt). Du hast
doch schon so viele Gespräche hinter dir – was ziehe ich da an, und was fragen die bei einer
Stelle als Lagerplaner so?

Danke dir!
Jakob
""",
        "forward": {
            "id": "jakob_inner", "kind": "other", "lang": "de",
            "date": "2026-04-16 10:12 +0200",
            "frm": ("Personalabteilung Frankenlager", "personal@frankenlager.example.de"),
            "to": ("Jakob Reindl", "jakob.reindl@example.de"),
            "subject": "Einladung zum Vorstellungsgespräch",
            "text": """Sehr geehrter Herr Reindl,

wir laden Sie herzlich zu einem Vorstellungsgespräch für die Position Lagerplaner (m/w/d) ein:
Donnerstag, 23. April 2026, 10:00 Uhr, Frankenlager, Hafenstraße 20, 90451 Nürnberg.

Mit freundlichen Grüßen
Ihre Personalabteilung
""",
        },
    },
    {
        "id": "kurs_abgelehnt", "kind": "other", "lang": "de",
        "date": "2026-02-12 14:30 +0100",
        "frm": ("WIFI Wien Kundenservice", "kundenservice@wifi-wien.example.at"),
        "charset": "iso-8859-1", "cte": "quoted-printable",
        "subject": "Ihre Anmeldung: SAP EWM Grundlagen (Kurs 42117)",
        "text": """Sehr geehrte Frau Wisniewska,

vielen Dank für Ihre Anmeldung zum Kurs "SAP EWM Grundlagen" (Kursnummer 42117, Beginn
9. März 2026).

Leider müssen wir Ihnen mitteilen, dass der Kurs bereits ausgebucht ist und wir Ihnen keinen
Platz anbieten können. Wir haben Sie auf die Warteliste gesetzt und informieren Sie, sobald
ein Platz frei wird oder ein Zusatztermin angeboten wird.

Mit freundlichen Grüßen
Ihr WIFI-Kundenservice
""",
    },
    {
        "id": "headhunter_kalt", "kind": "other", "lang": "de",
        "date": "2026-05-08 10:10 +0200",
        "frm": ("Jörg Rademacher", "j.rademacher@rademacher-consult.example.de"),
        "subject": "Ihr Profil – spannende Perspektiven in der Supply Chain",
        "text": """Sehr geehrte Frau Wiśniewska,

ich bin auf Ihr Profil aufmerksam geworden und finde Ihren Werdegang als Disponentin mit
Analyse-Ambitionen sehr interessant.

Ich betreue mehrere Mandanten aus Handel und Logistik im DACH-Raum, die regelmäßig
Nachwuchskräfte für Supply-Chain-Analyse suchen. Hätten Sie grundsätzlich Interesse an einem
unverbindlichen Austausch? Konkret ausgeschrieben ist derzeit nichts, aber ich würde Sie
gerne kennenlernen, um Sie bei passenden Projekten zu berücksichtigen.

Beste Grüße
Jörg Rademacher
Rademacher Consult – Personalberatung Logistik
Ballindamm 17, 20095 Hamburg
""",
    },
    {
        "id": "own_bewerbung_kaufwelt", "kind": "other", "lang": "de",
        "date": "2026-06-19 21:14 +0200", "frm": ME,
        "to": ("Kaufwelt Recruiting", "karriere@kaufwelt.example.at"),
        "subject": "Bewerbung als Analystin Filialbelieferung – Karolina Wiśniewska",
        "text": """Sehr geehrte Damen und Herren,

mit großem Interesse habe ich Ihre Ausschreibung für die Stelle als Analystin
Filialbelieferung im Zentrallager Ebergassing gelesen.

Seit sechs Jahren arbeite ich als Disponentin bei der Trans-Danubia Logistik in Wien und
plane täglich bis zu 60 Touren. Nebenberuflich habe ich den Lehrgang „Supply Chain Analytics“
abgeschlossen und arbeite sicher mit Excel, Power BI und SQL.

Meinen Lebenslauf und meine Zeugnisse finden Sie im Anhang. Über eine Einladung zu einem
persönlichen Gespräch freue ich mich sehr.

Mit freundlichen Grüßen
Karolina Wiśniewska
Quellenstraße 88/14, 1100 Wien
+43 676 402 17 93
""",
        "pdfs": [("Lebenslauf_Karolina_Wisniewska.pdf", "Lebenslauf Karolina Wisniewska",
                  ["Disponentin, Trans-Danubia Logistik, Wien (seit 2020)",
                   "Lehrgang Supply Chain Analytics (2025)",
                   "Sprachen: Deutsch, Polnisch, Englisch, Franzoesisch, Spanisch"])],
    },
    {
        "id": "own_verschiebung_luehrs", "kind": "other", "lang": "de",
        "date": "2026-05-12 07:55 +0200", "frm": ME,
        "to": ("Ole Petersen", "o.petersen@luehrs-kamp.example.de"),
        "parent": "luehrs_video", "quote": "de",
        "subject": "AW: Einladung: Videointerview Lührs & Kamp – Analyst Landverkehre",
        "text": """Lieber Herr Petersen,

herzlichen Dank für die Einladung! Leider habe ich am Montag, 18. Mai, bis 10 Uhr Frühdienst
und kann mich nicht freimachen. Wäre es möglich, das Gespräch auf Dienstag, 19. Mai, ab 11 Uhr
zu verschieben?

Viele Grüße
Karolina Wiśniewska
""",
    },
    {
        "id": "ooo_tiedemann", "kind": "other", "lang": "de",
        "date": "2026-03-30 08:01 +0200",
        "frm": ("Birte Ohlsen", "b.ohlsen@tiedemann-spedition.example.de"),
        "parent": "own_nachfrage_tiedemann",
        "headers": [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        "subject": "Automatische Antwort: Nachfrage zu meiner Bewerbung",
        "text": """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 6. April nicht im Büro und habe keinen Zugriff auf meine E-Mails.
In dringenden Fällen wenden Sie sich bitte an personal@tiedemann-spedition.example.de.

Beste Grüße
Birte Ohlsen
""",
    },
    {
        "id": "own_nachfrage_tiedemann", "kind": "other", "lang": "de",
        "date": "2026-03-30 08:00 +0200", "frm": ME,
        "to": ("Birte Ohlsen", "b.ohlsen@tiedemann-spedition.example.de"),
        "subject": "Nachfrage zu meiner Bewerbung",
        "text": """Liebe Frau Ohlsen,

ich hoffe, es geht Ihnen gut. Ich wollte kurz nachfragen, ob es zur Stelle im Bereich
Seefracht-Controlling, über die wir im März gesprochen haben, schon Neuigkeiten gibt.

Viele Grüße
Karolina Wiśniewska
""",
    },
    {
        "id": "profil_angesehen", "kind": "other", "lang": "de",
        "date": "2026-06-11 17:30 +0200",
        "frm": ("Netzwerk Beruf", "benachrichtigungen@netzwerk-beruf.example.de"),
        "headers": listhdr("Profil-Benachrichtigungen <profil.netzwerk-beruf.example.de>",
                           "https://netzwerk-beruf.example.de/settings/notifications"),
        "subject": "3 Recruiter haben diese Woche Ihr Profil besucht",
        "html": html_page("""Hallo Karolina,

Ihr Profil wurde diese Woche 14-mal angesehen, davon von 3 Recruitern aus Hamburg und Wien.

Tipp: Mitglieder mit Premium erhalten 4x mehr Einladungen zu Vorstellungsgesprächen.
Jetzt 30 Tage kostenlos testen!""", brand="Netzwerk Beruf", colour="#006d77",
            footer="Benachrichtigungen verwalten: netzwerk-beruf.example.de/settings"),
    },
    {
        "id": "webinar_anmeldung", "kind": "other", "lang": "de",
        "date": "2026-01-23 12:45 +0100",
        "frm": ("Arbeiterkammer Wien – Veranstaltungen", "veranstaltungen@ak-wien.example.at"),
        "subject": "Ihre Anmeldung: Webinar „Das Vorstellungsgespräch meistern“ am 29.01.",
        "text": """Sehr geehrte Frau Wiśniewska,

vielen Dank für Ihre Anmeldung zum Webinar „Das Vorstellungsgespräch meistern – Tipps für
Quereinsteiger:innen“ am Donnerstag, 29. Jänner 2026, 18:00 – 19:30 Uhr.

Den Zugangslink erhalten Sie am Veranstaltungstag per E-Mail. Die Teilnahme ist für
AK-Mitglieder kostenlos.

Mit freundlichen Grüßen
Ihr Veranstaltungsteam
""",
    },
    {
        "id": "dienst_besprechung", "kind": "other", "lang": "de",
        "date": "2026-02-25 16:18 +0100",
        "frm": ("Herbert Lanz", "h.lanz@trans-danubia.example.at"),
        "to_list": [ME, ("Dispo-Team", "dispo@trans-danubia.example.at")],
        "subject": "Teambesprechung Donnerstag verschoben",
        "text": """Hallo zusammen,

die Teambesprechung am Donnerstag wird auf Freitag, 8:00 Uhr verschoben (Raum Donau, 2. OG).
Thema bleibt die neue Tourenplanung für den Großkunden in Enns.

Karolina, kannst du bitte die Auswertung der Leerkilometer aus dem Jänner mitbringen?

Danke & Gruß
Herbert
Teamleiter Disposition | Trans-Danubia Logistik GmbH
""",
    },
    {
        "id": "ak_beratung_verschoben", "kind": "other", "lang": "de",
        "date": "2026-03-11 09:02 +0100",
        "frm": ("Bildungsberatung AK Wien", "bildungsberatung@ak-wien.example.at"),
        "subject": "Ihr Beratungstermin wurde verschoben",
        "text": """Sehr geehrte Frau Wiśniewska,

aufgrund einer Erkrankung unserer Beraterin müssen wir Ihren Termin zur Bildungs- und
Berufsberatung am 13. März leider verschieben. Neuer Termin: Freitag, 20. März 2026,
10:00 Uhr, Prinz-Eugen-Straße 20–22, 1040 Wien.

Mit freundlichen Grüßen
Ihre AK-Bildungsberatung
""",
    },
    {
        "id": "own_absage_kaufwelt", "kind": "other", "lang": "de",
        "date": "2026-08-15 18:33 +0200", "frm": ME,
        "to": ("Stefanie Brunner", "stefanie.brunner@kaufwelt.example.at"),
        "parent": "kaufwelt_offer", "quote": "de",
        "subject": "AW: Zusage – Analystin Filialbelieferung",
        "text": """Sehr geehrte Frau Brunner,

vielen herzlichen Dank für Ihr Angebot und das Vertrauen! Ich habe mich sehr darüber gefreut.

Da ich in der Zwischenzeit das Angebot einer Spedition angenommen habe, muss
ich Ihr Angebot leider ablehnen. Ich hoffe auf Ihr Verständnis und wünsche Ihnen und dem Team
in Ebergassing alles Gute.

Mit freundlichen Grüßen
Karolina Wiśniewska
""",
    },
    {
        "id": "fotostudio", "kind": "other", "lang": "de",
        "date": "2026-01-15 10:27 +0100",
        "frm": ("Fotostudio Lichtblick", "hallo@lichtblick-foto.example.at"),
        "charset": "windows-1252", "cte": "8bit",
        "subject": "Terminbestätigung Bewerbungsfotos – Sa., 17.01.",
        "text": """Liebe Karolina,

danke für deine Buchung! Dein Bewerbungsfoto-Shooting ist fix:
Samstag, 17. Jänner, 11:00 Uhr – Paket „Business Basic“ (3 Bilder, € 89,–).

Tipp: Bring ein zweites Oberteil mit, dann haben wir mehr Auswahl.

Bis Samstag!
Mira vom Fotostudio Lichtblick
Favoritenstraße 140, 1100 Wien
""",
    },
    # ------------------------------------------------------------------ English
    {
        "id": "rotterdam_digest", "kind": "other", "lang": "en",
        "date": "2026-04-24 07:05 +0200",
        "frm": ("PortJobs Weekly", "digest@portjobs.example.nl"),
        "headers": listhdr("PortJobs Weekly <weekly.portjobs.example.nl>",
                           "https://portjobs.example.nl/unsubscribe/5521"),
        "subject": "Your weekly digest: 18 logistics jobs in Rotterdam",
        "text": """Hi Karolina,

New this week for "supply chain analyst – Rotterdam":

* Inventory Analyst – Barendrecht – 3PL – posted 2 days ago
* Junior Planner Deep Sea – Rotterdam Waalhaven
* Data Analyst Port Operations – Maasvlakte

Career corner: "Unfortunately, we won't be moving forward" – how to turn a rejection into an
interview next time, and why you should always ask for feedback after an interview.

Unsubscribe: https://portjobs.example.nl/unsubscribe/5521
""",
        "html": "auto",
    },
    {
        "id": "ux_research", "kind": "other", "lang": "en",
        "date": "2026-05-15 15:15 +0200",
        "frm": ("Priya from PortJobs Research", "research@portjobs.example.nl"),
        "subject": "Quick interview about your job search? (€25 voucher)",
        "text": """Hi Karolina,

I'm a user researcher at PortJobs. We're redesigning how job alerts work and would love to
hear about your experience in a 30-minute video interview.

As a thank you, you'll receive a €25 gift voucher. You can book a time here:
https://portjobs.example.nl/research/book

This has nothing to do with any job application – it's just about our website.

Thanks!
Priya Raman, UX Research
""",
    },
    {
        "id": "press_interview", "kind": "other", "lang": "en",
        "date": "2026-06-30 10:48 +0200",
        "frm": ("Hannah Collins", "h.collins@supplychainweekly.example.co.uk"),
        "subject": "Interview request – career changers in supply chain",
        "text": """Dear Ms Wiśniewska,

I'm a reporter at Supply Chain Weekly, working on a feature about dispatchers and drivers who
move into analytics roles. A colleague at the Vienna Logistics Forum suggested I speak to you.

Would you be available for a 20-minute phone interview next week? Quotes would be attributed
by first name only if you prefer.

Best wishes,
Hannah Collins
Senior Reporter, Supply Chain Weekly
""",
    },
    {
        "id": "friend_fwd_rejection", "kind": "other", "lang": "en",
        "date": "2026-07-09 22:16 +0200",
        "frm": ("Marek Zieliński", "marek.zielinski@example.pl"),
        "name_enc": ("q", "iso-8859-2"),
        "subject": "Fwd: Your application – ugh",
        "text": """Karo,

forwarding this so you can laugh/cry with me. Third one this month. At least they replied!

Beer on Friday when you're in Kraków?
M.
""",
        "forward": {
            "id": "marek_inner", "kind": "other", "lang": "en",
            "date": "2026-07-09 16:00 +0000",
            "frm": ("Baltic Freight Careers", "no-reply@greenhouse-mail.io"),
            "to": ("Marek Zieliński", "marek.zielinski@example.pl"),
            "subject": "Your application",
            "text": """Hi Marek,

Thank you for applying to Baltic Freight. Unfortunately, we will not be moving forward with
your application at this time.

Best,
Baltic Freight Talent Team
""",
        },
    },
    {
        "id": "headhunter_cold_en", "kind": "other", "lang": "en",
        "date": "2026-08-04 12:33 +0200",
        "frm": ("Oliver Grant", "oliver.grant@meridian-search.example.co.uk"),
        "subject": "Supply chain analytics – open to a chat?",
        "text": """Hi Karolina,

I lead the logistics practice at Meridian Search. Your background – hands-on dispatching plus
analytics training – is exactly the profile several of our clients in the Benelux ask about.

I don't have a specific role to share today, but I'd welcome a short introductory call to
understand what you're looking for. No pressure at all.

Best,
Oliver
""" + sig("Oliver Grant", "Partner, Logistics & Supply Chain",
          "Meridian Search Ltd | London · Amsterdam"),
    },
    {
        "id": "own_application_en", "kind": "other", "lang": "en",
        "date": "2026-09-21 20:40 +0200", "frm": ME,
        "to": ("Scheldemond Logistics Talent", "talent@scheldemond.example.nl"),
        "subject": "Application: Network Planning Analyst – Karolina Wiśniewska",
        "text": """Dear Hiring Team,

Please find attached my CV and cover letter for the Network Planning Analyst role.

I have six years' experience as a road freight dispatcher in Vienna and recently completed a
certificate in supply chain analytics. I would be glad to relocate to Rotterdam.

Kind regards,
Karolina Wiśniewska
""",
        "pdfs": [("CV_Karolina_Wisniewska_EN.pdf", "Karolina Wisniewska - CV",
                  ["Dispatcher, Trans-Danubia Logistik, Vienna (2020-)",
                   "Certificate in Supply Chain Analytics (2025)"])],
    },
    {
        "id": "ooo_anouk", "kind": "other", "lang": "en",
        "date": "2026-03-26 18:47 +0100",
        "frm": ("Anouk Verbeek", "anouk.verbeek@maasdelta-port.example.nl"),
        "parent": "maasdelta_thanks_own",
        "headers": [("Auto-Submitted", "auto-replied")],
        "subject": "Automatic reply: Thank you for today's conversation",
        "text": """Thank you for your email. I am out of the office until Monday 30 March with limited
access to email. For urgent matters please contact talent@maasdelta-port.example.nl.

Kind regards,
Anouk Verbeek
""",
    },
    # ------------------------------------------------------------------ French
    {
        "id": "alerte_emploi_fr", "kind": "other", "lang": "fr",
        "date": "2026-02-16 06:45 +0100",
        "frm": ("Emploi Hauts-de-France", "alertes@emploi-hdf.example.fr"),
        "headers": listhdr("Alertes emploi <alertes.emploi-hdf.example.fr>",
                           "https://emploi-hdf.example.fr/desinscription?id=7731"),
        "subject": "Votre alerte : 7 nouvelles offres « supply chain » à Lille",
        "text": """Bonjour,

7 nouvelles offres correspondent à votre alerte « supply chain – Lille (20 km) » :

- Approvisionneur H/F – Roubaix – CDI
- Analyste transport H/F – Lesquin – CDI
- Gestionnaire ADV logistique – Villeneuve-d'Ascq – CDD 6 mois

Le conseil de la semaine : un refus n'est jamais définitif ! Malheureusement, beaucoup de
candidats abandonnent après un premier entretien raté. Préparez-vous avec notre guide.

Se désinscrire : https://emploi-hdf.example.fr/desinscription?id=7731
""",
        "html": "auto",
    },
    {
        "id": "newsletter_carriere_fr", "kind": "other", "lang": "fr",
        "date": "2026-06-05 08:00 +0200",
        "frm": ("Carrières Logistiques", "lettre@carrieres-logistiques.example.fr"),
        "headers": listhdr("La Lettre Carrieres <lettre.carrieres-logistiques.example.fr>",
                           "mailto:desabonnement@carrieres-logistiques.example.fr"),
        "subject": "La Lettre : rebondir après un refus, réussir son entretien vidéo",
        "html": html_page("""Bonjour,

Au sommaire de cette lettre :

→ « Nous sommes au regret de vous informer… » : comment rebondir après un refus
→ Entretien en visio : 7 erreurs à éviter
→ Convocation à un entretien collectif : à quoi s'attendre ?
→ Salaires 2026 des métiers de la supply chain

Bonne lecture !
La rédaction""", brand="Carrières Logistiques", colour="#3d405b",
            footer="Vous recevez cette lettre car vous y êtes abonné(e).\n"
                   "Se désabonner : desabonnement@carrieres-logistiques.example.fr"),
    },
    {
        "id": "colis_retard", "kind": "other", "lang": "fr",
        "date": "2026-04-11 10:33 +0200",
        "frm": ("ColisExpress", "ne-pas-repondre@colisexpress.example.fr"),
        "subject": "Malheureusement, votre colis a du retard",
        "text": """Bonjour,

Malheureusement, la livraison de votre colis n° CX 8812 4470 FR est retardée en raison d'un
incident sur notre plateforme de tri. Nous faisons le nécessaire pour vous le livrer au plus
vite : nouvelle date estimée le 15 avril.

Nous vous prions de nous excuser pour ce désagrément.

Le service client ColisExpress
""",
    },
    {
        "id": "visite_appartement", "kind": "other", "lang": "fr",
        "date": "2026-04-22 19:10 +0200",
        "frm": ("Agence Immobilière du Vieux-Lille", "location@immo-vieuxlille.example.fr"),
        "reply_to": ("Mathilde Roussel", "m.roussel@immo-vieuxlille.example.fr"),
        "charset": "iso-8859-1", "cte": "quoted-printable",
        "subject": "Confirmation de visite - T2 rue de la Monnaie",
        "text": """Bonjour Madame,

Je vous confirme la visite du T2 situé 18 rue de la Monnaie, le samedi 25 avril à 10h30.
Merci de vous munir d'un dossier de location complet (pièce d'identité, trois derniers
bulletins de salaire, avis d'imposition).

En cas d'empêchement, merci de me prévenir au plus tôt.

Cordialement,
Mathilde Roussel
Agence Immobilière du Vieux-Lille
""",
    },
    {
        "id": "formation_refus", "kind": "other", "lang": "fr",
        "date": "2026-05-29 14:02 +0200",
        "frm": ("Institut Nord Formation", "inscriptions@nord-formation.example.fr"),
        "subject": "Votre demande d'inscription – Lean Six Sigma Green Belt",
        "text": """Madame,

Nous avons bien reçu votre demande d'inscription à la session « Lean Six Sigma Green Belt »
du 15 juin 2026.

Nous sommes au regret de vous informer que nous ne pouvons pas retenir votre inscription : la
session est complète. Nous vous proposons de vous positionner sur la session d'octobre.

Cordialement,
Le service des inscriptions
Institut Nord Formation
""",
    },
    {
        "id": "own_candidature_fr", "kind": "other", "lang": "fr",
        "date": "2026-09-09 21:30 +0200", "frm": ME,
        "to": ("Logistique Deûle Recrutement", "recrutement@logistique-deule.example.fr"),
        "subject": "Candidature – Coordinatrice transport",
        "text": """Madame, Monsieur,

Je vous adresse ma candidature au poste de coordinatrice transport publié sur votre site.

Dispatcher depuis six ans dans une entreprise de transport routier à Vienne, je coordonne
chaque jour une flotte d'une quarantaine de camions. Je parle couramment français et
souhaite m'installer dans la métropole lilloise.

Vous trouverez mon CV en pièce jointe. Je me tiens à votre disposition pour un entretien.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Karolina Wiśniewska
""",
        "pdfs": [("CV_Karolina_Wisniewska_FR.pdf", "Karolina Wisniewska - CV",
                  ["Dispatcher, Trans-Danubia Logistik, Vienne (depuis 2020)",
                   "Certificat Supply Chain Analytics (2025)"])],
    },
    {
        "id": "own_report_vermeulen", "kind": "other", "lang": "fr",
        "date": "2026-03-31 12:04 +0200", "frm": ME,
        "to": ("Julie Carpentier", "julie.carpentier@maison-vermeulen.example.fr"),
        "parent": "vermeulen_decale", "quote": "outlook_fr",
        "subject": "RE: Décalage de votre entretien de jeudi",
        "text": """Bonjour Madame Carpentier,

Merci pour votre message. Malheureusement, le mardi 7 avril je suis de permanence toute la
journée. Serait-il possible de décaler l'entretien au mercredi 8 avril, à n'importe quelle
heure ?

Je vous prie de m'excuser pour ce contretemps.

Bien cordialement,
Karolina Wiśniewska
""",
    },
    {
        "id": "amie_fwd_convocation", "kind": "other", "lang": "fr",
        "date": "2026-05-03 11:47 +0200",
        "frm": ("Camille Durand", "camille.durand@example.fr"),
        "subject": "Tr: Convocation à un entretien",
        "text": """Coucou Karolina !

Regarde, j'ai enfin décroché un entretien chez un transitaire à Dunkerque 🎉 Tu as des
conseils ? Je te transfère le mail.

Bises,
Camille

---------- Message transféré ---------
De : Recrutement Dunkerque Shipping <rh@dk-shipping.example.fr>
Date : sam. 2 mai 2026 à 09:12
Objet : Convocation à un entretien
À : Camille Durand <camille.durand@example.fr>

Madame Durand,

Nous avons le plaisir de vous convier à un entretien le mardi 12 mai à 9h30 dans nos locaux
du quai Freycinet.

Cordialement,
Le service RH
""",
    },
    # ------------------------------------------------------------------ Spanish
    {
        "id": "alerta_empleo_es", "kind": "other", "lang": "es",
        "date": "2026-03-25 08:10 +0100",
        "frm": ("EmpleoLevante", "alertas@empleolevante.example.es"),
        "headers": listhdr("Alertas EmpleoLevante <alertas.empleolevante.example.es>",
                           "https://empleolevante.example.es/baja?k=a91"),
        "subject": "5 ofertas nuevas de «analista logística» en Valencia",
        "text": """Hola Karolina:

Estas son las nuevas ofertas para tu alerta «analista logística – Valencia»:

· Analista de transporte – Puerto de Sagunto
· Técnico/a de aprovisionamiento – Paterna
· Planificador/a de rutas – Ribarroja del Turia

Consejo de la semana: ¿te han rechazado tras una entrevista? Lamentablemente es muy habitual.
Pide siempre feedback y prepara mejor la siguiente entrevista.

Darte de baja: https://empleolevante.example.es/baja?k=a91
""",
        "html": "auto",
    },
    {
        "id": "podcast_es", "kind": "other", "lang": "es",
        "date": "2026-06-15 12:20 +0200",
        "frm": ("Xavi Ribes", "xavi@podcastcadena.example.es"),
        "subject": "¿Te animas a una entrevista en «La Cadena de Suministro»?",
        "text": """Hola Karolina:

Te escribo desde «La Cadena de Suministro», un pódcast valenciano sobre logística. Nos
contaron que estuviste en el proceso de Verdalia y que vienes del mundo del tráfico por
carretera en Viena.

¿Te gustaría participar en una entrevista de unos 30 minutos para nuestro episodio sobre
perfiles internacionales? Grabamos online.

¡Un abrazo!
Xavi Ribes
""",
    },
    {
        "id": "visita_piso", "kind": "other", "lang": "es",
        "date": "2026-05-08 17:55 +0200",
        "frm": ("Inmobiliaria Russafa", "alquiler@inmorussafa.example.es"),
        "charset": "iso-8859-1", "cte": "8bit",
        "subject": "Visita piso calle Sueca - martes 12",
        "text": """Hola Karolina:

Te confirmo la visita al piso de la calle Sueca, 41 (2 habitaciones, 850 euros/mes) el
martes 12 de mayo a las 19:00. Como vienes desde Austria, si no pudieras venir avísanos y
hacemos una videollamada.

Saludos,
Inmobiliaria Russafa
""",
    },
    {
        "id": "amigo_rechazo_es", "kind": "other", "lang": "es",
        "date": "2026-08-22 23:03 +0200",
        "frm": ("Iñaki Etxeberria", "inaki.etxe@example.es"),
        "name_enc": ("b", "iso-8859-1"),
        "subject": "Pues a mí me han rechazado otra vez",
        "text": """Karo:

Te cuento: me acaban de rechazar en la naviera de Bilbao después de tres entrevistas. «Hemos
decidido seguir con otros candidatos». Estoy un poco hundido, la verdad.

A ver si hablamos este finde y me cuentas qué tal te va a ti con lo de Viena.

Un abrazo,
Iñaki
""",
    },
    {
        "id": "own_gracias_cargamed", "kind": "other", "lang": "es",
        "date": "2026-06-02 19:22 +0200", "frm": ME,
        "to": ("Pablo Ortega", "rrhh.pablo@cargamed.example.es"),
        "subject": "Gracias por la entrevista de hoy",
        "text": """Hola Pablo:

Muchas gracias por la entrevista de esta mañana y por explicarme con tanto detalle cómo
trabaja el departamento de importación. Me ha parecido un equipo estupendo.

Quedo a vuestra disposición para lo que necesitéis.

Un saludo,
Karolina Wiśniewska
""",
    },
]
