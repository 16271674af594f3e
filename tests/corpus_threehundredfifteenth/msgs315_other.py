"""Everything else (52): the candidate's own mail, auto-replies, digests, newsletters and traps."""

from __future__ import annotations

ME = ("Matthias Oberholzer", "m.oberholzer@example.at")
ALPENMILCH = ("Verena Kofler", "v.kofler@alpenmilch-tirol.example.at")
KESSLER = ("Sabine Aigner", "s.aigner@kessler-analytik.example.at")
LQ = ("Giulia Pircher", "g.pircher@labquality-alpine.example.it")
ARAVIS = ("Claire Dufour-Bouvier", "c.dufour-bouvier@laiterie-aravis.example.fr")

SIG_DE = """\
Mit freundlichen Grüßen
Matthias Oberholzer
Anichstraße 27, 6020 Innsbruck
+43 660 481 22 93"""

CV_LINES = ["Matthias Oberholzer", "Anichstrasse 27, 6020 Innsbruck",
            "Kuechenchef, 12 Jahre Erfahrung in Hotellerie und Gemeinschaftsverpflegung",
            "HACCP-Verantwortlicher, Allergenmanagement, Lieferantenbewertung",
            "Weiterbildung: Lebensmittelsicherheit (WIFI Tirol), IFS Food Grundlagen"]

LIST_DE = [
    ("List-Id", "Jobagent Karriere Tirol <jobagent.karriere-tirol.example.at>"),
    ("List-Unsubscribe", "<https://karriere-tirol.example.at/jobagent/abmelden?u=88213>,\n"
                         " <mailto:abmelden@karriere-tirol.example.at?subject=unsubscribe>"),
    ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
    ("Precedence", "bulk"),
]

MESSAGES: list[dict] = [
    # ================================================================ own mail, German
    {
        "id": "am_own_confirm", "kind": "other", "lang": "de", "company": "", "contact": "",
        "date": "2026-01-29 19:02 +0100", "frm": ME, "to": ALPENMILCH,
        "subject": "AW: AW: Einladung zum Vorstellungsgespräch – Qualitätssicherung Molkerei",
        "parent": "am_move", "quote": "de",
        "text": f"""\
Sehr geehrte Frau Kofler,

der neue Termin am Mittwoch, 4. Februar, um 14:00 Uhr passt mir sehr
gut. Ich freue mich auf das Gespräch mit Ihnen und Herrn Praxmarer.

{SIG_DE}
""",
    },
    {
        "id": "am_own_thanks", "kind": "other", "lang": "de", "company": "", "contact": "",
        "date": "2026-02-05 08:15 +0100", "frm": ME, "to": ALPENMILCH,
        "subject": "Danke für das Gespräch",
        "text": f"""\
Liebe Frau Kofler,

herzlichen Dank für das angenehme Gespräch gestern und die Führung durch
die Käserei. Besonders die Einblicke in die Freigabe der Bergkäse-Chargen
haben mich bestärkt, dass ich meine Erfahrung aus der Küche hier gut
einbringen kann.

Ich würde mich sehr freuen, von Ihnen zu hören.

{SIG_DE}
""",
    },
    {
        "id": "am_ooo", "kind": "other", "lang": "de", "company": "",
        "contact": "v.kofler@alpenmilch-tirol.example.at",
        "date": "2026-02-05 08:16 +0100", "frm": ALPENMILCH, "to": ME,
        "subject": "Automatische Antwort: Danke für das Gespräch",
        "parent": "am_own_thanks",
        "headers": [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        "text": """\
Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 9. Februar nicht im Büro und habe keinen
Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an
personal@alpenmilch-tirol.example.at oder +43 512 34 56 200.

Verena Kofler
""",
    },
    {
        "id": "am_own_negotiate", "kind": "other", "lang": "de", "company": "", "contact": "",
        "date": "2026-03-09 21:37 +0100", "frm": ME, "to": ALPENMILCH,
        "subject": "AW: AW: Unser Telefonat von heute – Angebot",
        "parent": "am_offer_written", "quote": "de",
        "text": f"""\
Liebe Frau Kofler,

vielen Dank für das Angebot, ich habe mich sehr darüber gefreut.

Bevor ich unterschreibe, hätte ich zwei Anliegen: Könnten Sie beim Gehalt
auf EUR 3.300,- gehen? Ich gebe eine Küchenchefstelle mit deutlich
höherem Einkommen auf. Und wäre ein Eintritt erst zum 1. Juni möglich,
weil ich im Hotel drei Monate Kündigungsfrist habe?

{SIG_DE}
""",
    },
    {
        "id": "am_own_decline", "kind": "other", "lang": "de", "company": "", "contact": "",
        "date": "2026-03-13 18:20 +0100", "frm": ME, "to": ALPENMILCH,
        "subject": "AW: AW: AW: Unser Telefonat von heute – Angebot",
        "parent": "am_offer_revised", "quote": "de", "cte": "quoted-printable",
        "text": f"""\
Liebe Frau Kofler,

es fällt mir wirklich schwer, aber ich muss Ihr Angebot leider absagen.
Meine Frau hat ein Angebot in Linz angenommen und wir werden im Sommer
dorthin ziehen. Das Pendeln nach Innsbruck wäre nicht machbar.

Bitte richten Sie Herrn Praxmarer meinen herzlichen Dank aus. Ich bin
sehr dankbar für Ihr Entgegenkommen.

{SIG_DE}
""",
    },
    {
        "id": "bm_own_sorry", "kind": "other", "lang": "de", "company": "", "contact": "",
        "date": "2026-03-24 11:02 +0100", "frm": ME,
        "to": ("Jasmin Leitgeb", "jasmin.leitgeb@backhaus-mair.example.at"),
        "subject": "AW: Unser Videogespräch heute um 10 Uhr",
        "parent": "bm_missed", "quote": "de",
        "text": f"""\
Liebe Frau Leitgeb,

es tut mir außerordentlich leid. Ich hatte mir den Termin versehentlich
für 10 Uhr am Mittwoch eingetragen und habe Ihre Nachricht erst jetzt
gesehen. Das ist mir sehr unangenehm.

Falls Sie mir noch eine Chance geben, bin ich diese Woche jederzeit
erreichbar.

{SIG_DE}
""",
    },
    {
        "id": "ic_own_followup", "kind": "other", "lang": "de", "company": "", "contact": "",
        "date": "2026-04-15 09:30 +0200", "frm": ME,
        "to": ("Isar Catering Recruiting", "karriere@isar-catering.example.de"),
        "subject": "Nachfrage zum Stand meiner Bewerbung – Qualitätsmanager Hygiene",
        "text": f"""\
Sehr geehrte Damen und Herren,

am 1. April habe ich mich über Ihr Portal als Qualitätsmanager Hygiene
(m/w/d) beworben und eine automatische Eingangsbestätigung erhalten.
Darf ich fragen, wie der aktuelle Stand ist und wann ich mit einer
Rückmeldung rechnen kann?

{SIG_DE}
""",
    },
    {
        "id": "go_own_apply", "kind": "other", "lang": "de", "company": "", "contact": "",
        "date": "2026-05-04 20:11 +0200", "frm": ME,
        "to": ("Reto Ammann", "reto.ammann@gewuerzhaus-ost.example.ch"),
        "subject": "Bewerbung Qualitätssicherung – Matthias Oberholzer",
        "pdfs": [("Lebenslauf_Oberholzer.pdf", "Lebenslauf Matthias Oberholzer", CV_LINES),
                 ("Motivationsschreiben_Oberholzer.pdf", "Motivationsschreiben",
                  ["Bewerbung als Mitarbeiter Qualitaetssicherung, St. Gallen",
                   "Vom Kochtopf ins Labor: warum ich in die QS wechsle."])],
        "text": f"""\
Sehr geehrter Herr Ammann,

auf Ihrer Website habe ich gelesen, dass Sie für die Qualitätssicherung
in St. Gallen Verstärkung suchen. Als Küchenchef arbeite ich seit zwölf
Jahren täglich mit Gewürzen und HACCP-Konzepten und möchte diese
Erfahrung nun ganz in die Lebensmittelsicherheit einbringen.

Im Anhang finden Sie meinen Lebenslauf und mein Motivationsschreiben.
Über eine Einladung zu einem Gespräch würde ich mich freuen.

{SIG_DE}
""",
    },
    {
        "id": "gm_own_move", "kind": "other", "lang": "de", "company": "", "contact": "",
        "date": "2026-07-24 07:55 +0200", "frm": ME,
        "to": ("Nina Seidl", "n.seidl@gewuerzmuehle-rapp.example.de"),
        "subject": "Bitte um Terminverschiebung",
        "parent": "gm_inv", "quote": "de",
        "text": f"""\
Sehr geehrte Frau Seidl,

vielen Dank für die Einladung. Leider habe ich am 29. Juli einen
Umzugstermin, den ich nicht mehr verlegen kann. Wäre es möglich, das
Gespräch auf Anfang August zu verschieben? Am 3. oder 4. August wäre ich
ganztägig verfügbar.

Entschuldigen Sie bitte die Umstände.

{SIG_DE}
""",
    },
    {
        "id": "ka_own_accept", "kind": "other", "lang": "de", "company": "", "contact": "",
        "date": "2026-09-08 19:45 +0200", "frm": ME, "to": KESSLER,
        "subject": "Zusage – Dienstvertrag zur Unterschrift",
        "parent": "ka_offer", "quote": "de", "charset": "iso-8859-1", "cte": "8bit",
        "text": """\
Sehr geehrte Frau Dr. Aigner,

sehr gerne nehme ich Ihr Angebot als Junior Auditor
Lebensmittelsicherheit an! Ich freue mich auf den Start am 2. November
und auf die Arbeit mit dem Auditteam.

Bitte schicken Sie mir den Dienstvertrag zur Unterschrift.

Mit freundlichen Grüßen
Matthias Oberholzer
Derfflingerstraße 9, 4020 Linz
""",
    },
    # ================================================================ traps, German
    {
        "id": "wifi_course", "kind": "other", "lang": "de", "company": "",
        "contact": "g.hauser@wifi-tirol.example.at",
        "date": "2026-02-02 10:05 +0100",
        "frm": ("Gudrun Hauser", "g.hauser@wifi-tirol.example.at"),
        "subject": "Ihre Anmeldung: Lehrgang HACCP-Beauftragte/r (Kurs 26-4410)",
        "charset": "iso-8859-1", "cte": "quoted-printable",
        "text": """\
Sehr geehrter Herr Oberholzer,

danke für Ihre Anmeldung zum Lehrgang HACCP-Beauftragte/r im März.

Leider ist der Kurs bereits ausgebucht, und wir können Ihnen keinen Platz
mehr anbieten. Wir haben Sie auf die Warteliste gesetzt und würden Sie
informieren, falls jemand absagt. Der nächste Termin startet im Oktober;
die Anmeldung dafür ist ab sofort möglich.

Mit freundlichen Grüßen
Gudrun Hauser
Kundenberatung Lebensmittel & Gastronomie
WIFI Tirol, Egger-Lienz-Straße 116, 6020 Innsbruck
""",
    },
    {
        "id": "jobagent_feb", "kind": "other", "lang": "de", "company": "", "contact": "",
        "date": "2026-02-10 06:00 +0100",
        "frm": ("Jobagent Karriere Tirol", "jobagent@karriere-tirol.example.at"),
        "subject": "12 neue Jobs für „Qualitätssicherung Lebensmittel“",
        "subj_enc": ("q", "utf-8"), "headers": LIST_DE, "html": True,
        "brand": "Karriere Tirol – Jobagent", "colour": "#444444",
        "text": """\
Hallo Matthias,

hier sind die neuen Stellen zu Ihrem Suchauftrag "Qualitätssicherung
Lebensmittel" im Umkreis von 50 km um Innsbruck:

- QS-Mitarbeiter/in Molkerei, Wörgl - Vorstellungsgespräch innerhalb
  von 48 Stunden garantiert!
- Hygienebeauftragte/r Gemeinschaftsverpflegung, Hall in Tirol
- Laborant/in Lebensmittelanalytik, Innsbruck
- Produktionsleiter/in Bäckerei, Schwaz

Tipp der Woche: Keine Angst vor der Absage! Acht von zehn Bewerbern
erhalten leider zuerst eine Ablehnung. Unser Ratgeber zeigt, wie Sie
trotzdem dranbleiben.

Sie erhalten diese E-Mail, weil Sie einen Jobagenten angelegt haben.
Abmelden: https://karriere-tirol.example.at/jobagent/abmelden?u=88213
""",
    },
    {
        "id": "post_delay", "kind": "other", "lang": "de", "company": "", "contact": "",
        "date": "2026-02-19 13:40 +0100",
        "frm": ("Post Sendungsverfolgung", "noreply@sendungen.post-tirol.example.at"),
        "subject": "Ihre Sendung 1042 8877 3301 verzögert sich",
        "html": True, "brand": "Sendungsverfolgung", "colour": "#f2c200",
        "text": """\
Guten Tag,

leider verzögert sich die Zustellung Ihrer Sendung 1042 8877 3301
(Absender: Kochfachhandel Gastro-Profi). Aufgrund des hohen
Sendungsaufkommens kann die Zustellung nicht wie geplant am 19.02.
erfolgen.

Neuer voraussichtlicher Zustelltermin: 21.02.2026

Wir bitten um Entschuldigung.
Ihr Kundenservice
""",
    },
    {
        "id": "dentist_mar", "kind": "other", "lang": "de", "company": "", "contact": "",
        "date": "2026-03-06 07:00 +0100",
        "frm": ("Zahnarztpraxis Dr. Walch", "noreply@termine.zahnarzt-walch.example.at"),
        "subject": "Terminerinnerung: Kontrolluntersuchung am 10.03.2026",
        "text": """\
Sehr geehrter Herr Oberholzer,

wir erinnern Sie an Ihren Termin in unserer Praxis:

Dienstag, 10.03.2026, 08:15 Uhr - Kontrolle und Mundhygiene
Dr. med. dent. Elke Walch, Maria-Theresien-Straße 40, 6020 Innsbruck

Sollten Sie den Termin nicht wahrnehmen können, sagen Sie bitte
mindestens 24 Stunden vorher telefonisch ab (0512 58 20 33). Nicht
abgesagte Termine müssen wir leider in Rechnung stellen.

Ihr Praxisteam
""",
    },
    {
        "id": "radio_tirol", "kind": "other", "lang": "de", "company": "",
        "contact": "l.wechselberger@radio-tirol.example.at",
        "date": "2026-03-18 12:22 +0100",
        "frm": ("Lisa Wechselberger", "l.wechselberger@radio-tirol.example.at"),
        "subject": "Interviewanfrage für „Küche & Gesundheit“",
        "subj_enc": ("q", "windows-1252"),
        "text": """\
Lieber Herr Oberholzer,

ich gestalte für Radio Tirol die Sendung "Küche & Gesundheit". Eine
Kollegin hat mir erzählt, dass Sie als Küchenchef gerade in die
Lebensmittelsicherheit wechseln - ein tolles Thema!

Hätten Sie Lust auf ein Interview von etwa 20 Minuten? Aufnahme wäre bei
uns im Studio am Rennweg, ein Termin im April nach Ihrer Wahl. Es geht um
Allergene in der Gastronomie und um Ihren Berufswechsel.

Herzliche Grüße
Lisa Wechselberger
Redaktion Service & Gesundheit, Radio Tirol
""",
    },
    {
        "id": "karriere_news_apr", "kind": "other", "lang": "de", "company": "", "contact": "",
        "date": "2026-04-09 07:30 +0200",
        "frm": ("Karrierebrief Lebensmittel", "newsletter@lebensmittel-karriere.example.de"),
        "subject": "Karrierebrief April: Absagen richtig deuten, Interviews souverän meistern",
        "headers": [("List-Id", "Karrierebrief <karrierebrief.lebensmittel-karriere.example.de>"),
                 ("List-Unsubscribe",
                  "<https://lebensmittel-karriere.example.de/newsletter/abmelden>"),
                 ("Precedence", "bulk")],
        "html_only": True, "brand": "Karrierebrief Lebensmittel", "colour": "#6a1b9a",
        "footer": "Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben. "
                  "Abmelden jederzeit möglich.",
        "text": """\
Liebe Leserinnen und Leser,

"Leider müssen wir Ihnen mitteilen ..." - kaum ein Satz ist so gefürchtet.
In dieser Ausgabe erklären wir, was Standardabsagen wirklich bedeuten und
wann sich Nachfragen lohnt.

Außerdem: Die zehn häufigsten Fragen im Vorstellungsgespräch für
QS-Stellen, ein Erfahrungsbericht über ein Assessment-Center bei einem
Lebensmittelhändler und unsere Gehaltsübersicht für HACCP-Beauftragte.

Ihre Redaktion des Karrierebriefs
""",
    },
    {
        "id": "st_cold", "kind": "other", "lang": "de", "company": "",
        "contact": "a.steiner@steiner-search.example.at",
        "date": "2026-04-22 11:48 +0200",
        "frm": ("Dr. Andreas Steiner", "a.steiner@steiner-search.example.at"),
        "subject": "Ihr Profil – Austausch über Perspektiven im Qualitätsmanagement?",
        "text": """\
Sehr geehrter Herr Oberholzer,

ich bin über Ihr Profil auf einem Karrierenetzwerk auf Sie aufmerksam
geworden. Ihr Weg vom Küchenchef in die Lebensmittelsicherheit ist genau
die Art von Werdegang, die einige meiner Klienten in der
Lebensmittelindustrie schätzen.

Aktuell habe ich kein konkretes Mandat für Sie, würde Sie aber gerne in
meinen Kandidatenkreis aufnehmen. Wenn Sie mögen, rufen Sie mich
irgendwann an.

Herzliche Grüße
Dr. Andreas Steiner
Geschäftsführender Partner
Steiner Executive Search | Getreidegasse 21 | 5020 Salzburg
+43 662 84 12 90
""",
    },
    {
        "id": "bank_position", "kind": "other", "lang": "de", "company": "", "contact": "",
        "date": "2026-04-30 05:12 +0200",
        "frm": ("Tiroler Sparbank Online", "service@online.tiroler-sparbank.example.at"),
        "subject": "Ihre Depotübersicht per 30.04.2026",
        "charset": "windows-1252", "cte": "quoted-printable",
        "text": """\
Sehr geehrter Herr Oberholzer,

Ihre monatliche Depotübersicht steht im Online-Banking bereit.

Position 1: Nachhaltigkeitsfonds Alpen A - 42,118 Anteile - Kurswert
€ 2.311,40
Position 2: Tagesgeld - € 4.800,00

Leider hat sich der Wert Ihrer Position 1 im April um 1,8 % verringert.

Diese Nachricht wurde automatisch erstellt.
Ihre Tiroler Sparbank
""",
    },
    {
        "id": "friend_rej", "kind": "other", "lang": "de", "company": "",
        "contact": "flori.gasser@example.at",
        "date": "2026-05-15 22:41 +0200",
        "frm": ("Florian Gasser", "flori.gasser@example.at"),
        "subject": "na servus...",
        "text": """\
Hi Matthias,

kurzes Update von mir: Die Brauerei in Schwaz hat mir heute abgesagt.
Nach drei Gesprächen! "Wir haben uns für einen Kandidaten mit mehr
Erfahrung entschieden", das übliche halt. Ich bin echt bedient.

Wie läufts bei dir mit deinen Bewerbungen? Gehen wir Samstag auf ein Bier?

Flo
""",
    },
    {
        "id": "ux_interview", "kind": "other", "lang": "de", "company": "",
        "contact": "jana.koenig@rezeptwerk.example.de",
        "date": "2026-06-02 14:00 +0200",
        "frm": ("Jana König", "jana.koenig@rezeptwerk.example.de"),
        "name_enc": ("b", "utf-8"),
        "subject": "Nutzerinterview: 45 Minuten Ihrer Zeit gegen einen 40-€-Gutschein?",
        "subj_enc": ("q", "utf-8"),
        "text": """\
Hallo Matthias,

Sie nutzen unsere Rezeptwerk-App für die Küchenplanung - danke dafür!
Wir entwickeln gerade eine Funktion für die HACCP-Dokumentation und
suchen Profis für ein Nutzerinterview per Video (45 Minuten).

Als Dankeschön gibt es einen Gutschein über 40 €. Termine können Sie
hier selbst buchen: https://rezeptwerk.example.de/research

Viele Grüße
Jana König
UX Research, Rezeptwerk
""",
    },
    {
        "id": "friend_fwd_invite", "kind": "other", "lang": "de", "company": "",
        "contact": "steffi.mair@example.at",
        "date": "2026-06-12 20:03 +0200",
        "frm": ("Steffi Mair", "steffi.mair@example.at"),
        "subject": "WG: Einladung zum Vorstellungsgespräch",
        "text": """\
Hey Matthias,

schau mal, ich hab eine Einladung vom Klinikum bekommen, für die
Diätküche! Kannst du mir Tipps geben, was die in so einem Gespräch
fragen? Du hast ja jetzt Übung :)

Steffi

---------- Weitergeleitete Nachricht ---------
Von: Personalabteilung Klinikum Nord <personal@klinikum-nord.example.at>
Datum: Fr., 12. Juni 2026 um 11:14
Betreff: Einladung zum Vorstellungsgespräch
An: Stefanie Mair <steffi.mair@example.at>

Sehr geehrte Frau Mair,

wir laden Sie zu einem Vorstellungsgespräch für die Stelle als Diätköchin
am Montag, 22. Juni 2026, um 9:00 Uhr ein.

Mit freundlichen Grüßen
Personalabteilung Klinikum Nord
""",
    },
    {
        "id": "karrierenetz_jul", "kind": "other", "lang": "de", "company": "", "contact": "",
        "date": "2026-07-07 18:30 +0200",
        "frm": ("Karrierenetz", "notifications@karrierenetz.example.com"),
        "subject": "Matthias, Sie wurden diese Woche in 7 Suchen gefunden",
        "html": True, "brand": "Karrierenetz", "colour": "#0a66c2",
        "text": """\
Hallo Matthias,

Ihr Profil wurde diese Woche in 7 Suchen gefunden, unter anderem von
Recruitern aus den Bereichen Lebensmittelproduktion und Labor.

Profil vervollständigen und sichtbarer werden:
https://karrierenetz.example.com/profil

Neue Kontaktanfragen: 2
""",
    },
    {
        "id": "fp_newsletter", "kind": "other", "lang": "de", "company": "", "contact": "",
        "date": "2026-08-14 08:00 +0200",
        "frm": ("FlexPersonal Tirol", "news@flexpersonal.example.at"),
        "subject": "FlexPersonal Jobnews August: 23 neue Stellen in Tirol",
        "headers": [("List-Id", "FlexPersonal Jobnews <jobnews.flexpersonal.example.at>"),
                 ("List-Unsubscribe", "<mailto:abmelden@flexpersonal.example.at>"),
                 ("Precedence", "bulk")],
        "html": True, "brand": "FlexPersonal Jobnews", "colour": "#e65100",
        "text": """\
Liebe Bewerberinnen und Bewerber,

im August haben wir 23 neue Einsätze für Sie, darunter:

- Lagermitarbeiter/in Kühllogistik, Hall (sofort)
- QS-Helfer/in Fleischverarbeitung, Telfs
- Küchenhilfe Betriebsrestaurant, Innsbruck

Ihr Vorstellungsgespräch bei uns dauert nur 20 Minuten - ohne Termin,
jeden Dienstag von 8 bis 12 Uhr im Büro am Südtiroler Platz.

Ihr Team von FlexPersonal Tirol
""",
    },
    {
        "id": "landlord_linz", "kind": "other", "lang": "de", "company": "",
        "contact": "h.mayrhofer@hausverwaltung-mayrhofer.example.at",
        "date": "2026-08-24 09:10 +0200",
        "frm": ("Helga Mayrhofer", "h.mayrhofer@hausverwaltung-mayrhofer.example.at"),
        "subject": "Besichtigungstermin Wohnung Derfflingerstraße 9, Top 12",
        "text": """\
Sehr geehrter Herr Oberholzer,

danke für Ihr Interesse an der 3-Zimmer-Wohnung in der
Derfflingerstraße 9. Ich kann Ihnen folgenden Besichtigungstermin
anbieten: Samstag, 29. August, 11:00 Uhr. Treffpunkt vor dem Hauseingang.

Leider ist der Termin am Freitag schon vergeben. Bitte bringen Sie einen
Einkommensnachweis mit.

Freundliche Grüße
Helga Mayrhofer
Hausverwaltung Mayrhofer, Landstraße 88, 4020 Linz
""",
    },
    {
        "id": "sister_fwd", "kind": "other", "lang": "de", "company": "",
        "contact": "anna.oberholzer@example.at",
        "date": "2026-09-23 21:15 +0200",
        "frm": ("Anna Oberholzer", "anna.oberholzer@example.at"),
        "subject": "Fwd: Stellenmarkt Lebensmittel – Ausgabe 38",
        "text": """\
Hallo Brüderchen,

das kam heute bei uns im Büro-Newsletter, da ist eine Stelle in der
Qualitätssicherung bei einer Molkerei im Mühlviertel dabei. Wär doch
was, jetzt wo ihr eh nach Linz zieht? Ich hab dir die ganze Mail
angehängt.

Bussi
Anna
""",
        "fwd": {
            "id": "sister_fwd_inner", "date": "2026-09-23 07:00 +0200",
            "frm": ("Stellenmarkt Lebensmittel", "stellenmarkt@lebensmittel-ooe.example.at"),
            "to": ("Anna Oberholzer", "anna.oberholzer@example.at"),
            "subject": "Stellenmarkt Lebensmittel – Ausgabe 38",
            "subj_enc": ("q", "utf-8"),
            "text": """\
Stellenmarkt Lebensmittel Oberösterreich - Ausgabe 38

* Qualitätssicherung (m/w/d), Molkerei im Mühlviertel, Vollzeit
* Schichtleitung Abfüllung, Getränkehersteller, Wels
* Lebensmitteltechniker/in, Fleischverarbeitung, Ried

Bewerbungen bitte direkt an die genannten Unternehmen.
""",
        },
    },
    {
        "id": "podcast_genuss", "kind": "other", "lang": "de", "company": "",
        "contact": "tobias.frischauf@example.at",
        "date": "2026-10-05 15:33 +0200",
        "frm": ("Podcast Genussland", "redaktion.genussland@example.at"),
        "reply_to": ("Tobias Frischauf", "tobias.frischauf@example.at"),
        "subject": "Interview für den Podcast „Genussland“?",
        "subj_enc": ("b", "utf-8"),
        "text": """\
Servus Matthias,

ich bin Tobias vom Podcast "Genussland". Wir machen gerade eine Folge
über Menschen, die aus der Gastronomie in die Lebensmittelindustrie
wechseln. Hättest du Lust, bei uns zu Gast zu sein? Das Interview würden
wir im November in Linz aufnehmen, ca. eine Stunde.

Melde dich gern einfach auf diese Mail.

Liebe Grüße
Tobias Frischauf
Podcast Genussland
""",
    },
    {
        "id": "vhs_course", "kind": "other", "lang": "de", "company": "",
        "contact": "m.strasser@vhs-linz.example.at",
        "date": "2026-10-12 10:40 +0200",
        "frm": ("Monika Strasser", "m.strasser@vhs-linz.example.at"),
        "subject": "Absage Kochkurs „Tiroler Knödelwerkstatt“ am 24.10.",
        "subj_enc": ("q", "windows-1252"),
        "charset": "windows-1252", "cte": "8bit",
        "text": """\
Lieber Herr Oberholzer,

leider müssen wir Ihren Kochkurs „Tiroler Knödelwerkstatt“ am 24. Oktober
absagen – es haben sich nur drei Teilnehmende angemeldet. Das Honorar für
die Vorbereitung (€ 80,–) bekommen Sie natürlich trotzdem.

Können wir den Kurs für das Frühjahr neu ausschreiben?

Herzliche Grüße
Monika Strasser
Programmbereich Kulinarik, VHS Linz
""",
    },
    # ================================================================ English
    {
        "id": "qajobs_jan", "kind": "other", "lang": "en", "company": "", "contact": "",
        "date": "2026-01-20 06:15 +0000",
        "frm": ("QAjobs Europe", "alerts@qajobs-europe.example.com"),
        "subject": "Your weekly job alert: 9 new Food Safety roles",
        "headers": [("List-Id", "QAjobs weekly alert <weekly.qajobs-europe.example.com>"),
                 ("List-Unsubscribe", "<https://qajobs-europe.example.com/u/5521>"),
                 ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                 ("Precedence", "bulk")],
        "html": True, "brand": "QAjobs Europe",
        "text": """\
Hi Matthias,

9 new jobs match your alert "HACCP / Food Safety" (Austria, Germany,
Switzerland):

- Food Safety Officer, dairy, Vorarlberg - apply in 2 minutes
- QA Technician (night shift), bakery, Munich
- Hygiene Coordinator, contract catering, Zurich

Career tip: Unfortunately, most rejections arrive without feedback. Read
our guide "How to turn an interview rejection into your next offer".

You're receiving this because you subscribed to job alerts.
Unsubscribe: https://qajobs-europe.example.com/u/5521
""",
    },
    {
        "id": "podcast_cleanplate", "kind": "other", "lang": "en", "company": "",
        "contact": "hannah@cleanplatepodcast.example.com",
        "date": "2026-05-26 17:50 +0100",
        "frm": ("Hannah Brooks", "hannah@cleanplatepodcast.example.com"),
        "subject": "Interview request - The Clean Plate podcast",
        "text": """\
Hi Matthias,

I host The Clean Plate, a podcast about food safety culture in
professional kitchens. A listener pointed me to your post about moving
from head chef to QA, and I'd love to interview you for an episode.

We record remotely; it takes about 50 minutes. Would a date in June
work? No preparation needed - just stories from the pass.

Cheers,
Hannah Brooks
The Clean Plate podcast
""",
    },
    {
        "id": "nb_cold", "kind": "other", "lang": "en", "company": "",
        "contact": "owen.marsh@northbridge-talent.example.co.uk",
        "date": "2026-06-18 13:05 +0100",
        "frm": ("Owen Marsh", "owen.marsh@northbridge-talent.example.co.uk"),
        "subject": "Food safety roles in the DACH region",
        "text": """\
Hi Matthias,

I'm a recruiter specialising in food & beverage quality roles across
Europe. Your profile caught my eye - the combination of head chef
experience and HACCP responsibility is unusual and valuable.

I don't have a specific vacancy to discuss right now, but I'd like to
understand what you're looking for so I can keep you in mind. Happy to
connect whenever suits.

Best regards,
Owen Marsh
Senior Consultant - Food & Beverage
Northbridge Talent
""",
    },
    {
        "id": "lq_own_thanks", "kind": "other", "lang": "en", "company": "", "contact": "",
        "date": "2026-07-24 08:40 +0200", "frm": ME, "to": LQ,
        "subject": "Thank you for yesterday's interview",
        "text": """\
Dear Ms Pircher,

Thank you for taking the time to speak with me yesterday, and for moving
the interview so smoothly. I enjoyed hearing about the audit schedule in
South Tyrol, and I'm even more motivated to bring my kitchen experience
to your client audits.

Please let me know if you need any further documents.

Kind regards,
Matthias Oberholzer
""",
    },
    {
        "id": "lq_own_negotiate", "kind": "other", "lang": "en", "company": "", "contact": "",
        "date": "2026-08-21 20:12 +0200", "frm": ME, "to": LQ,
        "subject": "Re: Offer of employment - Food Safety Auditor",
        "parent": "lq_offer", "quote": "en",
        "text": """\
Dear Giulia,

Thank you very much for the offer - I'm genuinely pleased.

To be open with you: I'm also in a process with a lab in Austria, and
moving to Bolzano would involve extra costs for my family. Is there any
flexibility on the salary, or support with relocation?

Kind regards,
Matthias
""",
    },
    {
        "id": "parcel_oct", "kind": "other", "lang": "en", "company": "", "contact": "",
        "date": "2026-10-14 09:58 +0000",
        "frm": ("ChefTools Shop", "no-reply@cheftools-shop.example.com"),
        "subject": "Unfortunately your parcel is delayed",
        "html": True, "brand": "ChefTools",
        "text": """\
Hi Matthias,

Unfortunately your parcel (order #CT-558201, Japanese knife set) is
delayed at our carrier's hub in Leipzig. We're sorry for the
inconvenience.

New estimated delivery: 17-19 October 2026.
Track your parcel: https://cheftools-shop.example.com/track/CT-558201

The ChefTools team
""",
    },
    # ================================================================ French
    {
        "id": "la_own_apply", "kind": "other", "lang": "fr", "company": "", "contact": "",
        "date": "2026-06-03 21:30 +0200", "frm": ME, "to": ARAVIS,
        "subject": "Candidature – Technicien qualité – Matthias Oberholzer",
        "charset": "iso-8859-1", "cte": "quoted-printable",
        "pdfs": [("CV_Matthias_Oberholzer_FR.pdf", "CV - Matthias Oberholzer",
                  ["Chef de cuisine, 12 ans d'experience", "Responsable HACCP en restauration",
                   "Langues : allemand (maternelle), francais (C1), anglais (C1), espagnol (B2)"])],
        "text": """\
Madame,

Chef de cuisine depuis douze ans en Autriche et en Suisse, je souhaite
aujourd'hui mettre mon expérience de l'hygiène et du plan HACCP au
service de la qualité en industrie laitière. Votre offre de technicien
qualité au Grand-Bornand correspond exactement à ce projet.

Vous trouverez mon CV en pièce jointe. Je serais ravi de vous présenter
ma motivation lors d'un entretien.

Je vous prie d'agréer, Madame, mes salutations distinguées.

Matthias Oberholzer
""",
    },
    {
        "id": "apartment_annecy", "kind": "other", "lang": "fr", "company": "",
        "contact": "m.jacquier@immo-lac.example.fr",
        "date": "2026-06-08 18:22 +0200",
        "frm": ("Marc Jacquier", "m.jacquier@immo-lac.example.fr"),
        "subject": "Visite appartement T3 – Annecy-le-Vieux",
        "text": """\
Bonjour Monsieur,

Suite à votre demande, je vous propose une visite de l'appartement T3
situé avenue du Petit-Port le samedi 13 juin à 11 h. Malheureusement le
créneau du vendredi n'est plus disponible.

Merci de prévoir les trois derniers bulletins de salaire ou, à défaut,
une promesse d'embauche.

Cordialement,
Marc Jacquier
Agence Immo Lac – Annecy
""",
    },
    {
        "id": "la_own_sorry", "kind": "other", "lang": "fr", "company": "", "contact": "",
        "date": "2026-06-23 12:30 +0200", "frm": ME, "to": ARAVIS,
        "subject": "Entretien manqué – toutes mes excuses",
        "parent": "la_missed", "quote": "fr", "charset": "iso-8859-1", "cte": "quoted-printable",
        "text": """\
Madame Dufour-Bouvier,

Je suis sincèrement désolé pour ce matin. Le lien de visioconférence
s'ouvrait sur une page d'erreur et mon téléphone était en mode avion
pendant que j'essayais une autre connexion. Je comprends que cela donne
une mauvaise image.

Je reste très motivé par le poste et serais reconnaissant d'avoir une
nouvelle possibilité d'échanger avec vous.

Bien cordialement,
Matthias Oberholzer
""",
    },
    {
        "id": "la_own_decline", "kind": "other", "lang": "fr", "company": "", "contact": "",
        "date": "2026-07-13 09:05 +0200", "frm": ME, "to": ARAVIS,
        "subject": "RE: Promesse d'embauche – M. Oberholzer",
        "parent": "la_offer_pdf", "quote": "fr",
        "text": """\
Bonjour Madame Dufour-Bouvier,

Je vous remercie chaleureusement pour cette proposition et pour la
confiance que vous m'accordez.

Après beaucoup de réflexion, ma famille et moi avons décidé de rester en
Autriche. Je dois donc malheureusement décliner votre promesse
d'embauche. Je regrette sincèrement, car la visite de la cave d'affinage
m'avait beaucoup plu.

Bien cordialement,
Matthias Oberholzer
""",
    },
    {
        "id": "la_ooo", "kind": "other", "lang": "fr", "company": "",
        "contact": "c.dufour-bouvier@laiterie-aravis.example.fr",
        "date": "2026-07-13 09:06 +0200", "frm": ARAVIS, "to": ME,
        "subject": "Réponse automatique : RE: Promesse d'embauche – M. Oberholzer",
        "subj_enc": ("q", "utf-8"),
        "parent": "la_own_decline",
        "headers": [("Auto-Submitted", "auto-replied")],
        "charset": "iso-8859-1", "cte": "8bit",
        "text": """\
Bonjour,

Je suis absente du bureau jusqu'au 27 juillet inclus, avec un accès
limité à ma messagerie. Pour toute urgence, merci de contacter
l'accueil au 04 50 02 33 70.

Claire Dufour-Bouvier
""",
    },
    {
        "id": "lettre_agro_jul", "kind": "other", "lang": "fr", "company": "", "contact": "",
        "date": "2026-07-16 07:00 +0200",
        "frm": ("La Lettre de l'emploi agroalimentaire", "lettre@emploi-agro.example.fr"),
        "subject": "La Lettre #142 : 35 offres en qualité, et comment rebondir après un refus",
        "headers": [("List-Id", "Lettre emploi agro <lettre.emploi-agro.example.fr>"),
                 ("List-Unsubscribe", "<https://emploi-agro.example.fr/desinscription>"),
                 ("Precedence", "bulk")],
        "html": True, "brand": "La Lettre de l'emploi agroalimentaire", "colour": "#1b5e20",
        "text": """\
Bonjour,

Au sommaire de cette semaine :

- 35 offres en qualité et sécurité des aliments en Auvergne-Rhône-Alpes
- « Votre candidature n'a pas été retenue » : comment rebondir
- Entretien d'embauche : les questions pièges sur le plan HACCP
- Portrait : d'apprenti boulanger à responsable qualité

Bonne lecture,
La rédaction

Pour vous désinscrire : https://emploi-agro.example.fr/desinscription
""",
    },
    {
        "id": "press_aravis", "kind": "other", "lang": "fr", "company": "",
        "contact": "pauline.favre@echo-aravis.example.fr",
        "date": "2026-08-28 10:18 +0200",
        "frm": ("Pauline Favre", "pauline.favre@echo-aravis.example.fr"),
        "subject": "Demande d'interview – L'Écho des Aravis",
        "subj_enc": ("q", "utf-8"),
        "text": """\
Bonjour Monsieur Oberholzer,

Je suis journaliste à L'Écho des Aravis. Nous préparons un dossier sur
les cuisiniers étrangers qui ont travaillé dans nos stations, et votre
nom est revenu plusieurs fois (votre saison à La Clusaz a marqué les
esprits !).

Accepteriez-vous une interview par téléphone d'une trentaine de
minutes, la semaine prochaine ?

Bien cordialement,
Pauline Favre
Journaliste – L'Écho des Aravis
""",
    },
    {
        "id": "cci_course", "kind": "other", "lang": "fr", "company": "",
        "contact": "l.rey@cci-formation.example.fr",
        "date": "2026-09-24 14:47 +0200",
        "frm": ("Laurent Rey", "l.rey@cci-formation.example.fr"),
        "subject": "Formation « Auditeur interne IFS » – inscription",
        "subj_enc": ("b", "utf-8"),
        "text": """\
Bonjour Monsieur Oberholzer,

Nous avons bien reçu votre demande d'inscription à la formation
« Auditeur interne IFS Food » des 12 et 13 octobre.

Malheureusement, la session est complète et votre inscription n'a pas pu
être retenue. Nous vous proposons de vous positionner sur la session du
30 novembre ; quelques places y sont encore disponibles.

Cordialement,
Laurent Rey
Conseiller formation – CCI Formation Haute-Savoie
""",
    },
    # ================================================================ Spanish
    {
        "id": "alertas_mar", "kind": "other", "lang": "es", "company": "", "contact": "",
        "date": "2026-03-12 08:00 +0100",
        "frm": ("Empleo Alimentario", "alertas@empleo-alimentario.example.es"),
        "subject": "Alerta de empleo: 14 nuevas ofertas de Técnico de calidad alimentaria",
        "headers": [("List-Id", "Alertas de empleo <alertas.empleo-alimentario.example.es>"),
                 ("List-Unsubscribe", "<https://empleo-alimentario.example.es/baja?id=7731>"),
                 ("Precedence", "bulk")],
        "html": True, "brand": "Empleo Alimentario", "colour": "#b71c1c",
        "text": """\
Hola Matthias:

Estas son las nuevas ofertas de tu alerta "Técnico de calidad
alimentaria" en Comunidad Valenciana:

- Técnico/a de calidad, industria cárnica, Paterna
- Responsable APPCC, cocina central, Valencia
- Auxiliar de laboratorio, Sagunto

Consejo: lamentablemente, muchas candidaturas son rechazadas por un CV
poco claro. Prepara tu próxima entrevista con nuestra guía gratuita.

Para darte de baja: https://empleo-alimentario.example.es/baja?id=7731
""",
    },
    {
        "id": "bl_own_apply", "kind": "other", "lang": "es", "company": "", "contact": "",
        "date": "2026-04-06 22:04 +0200", "frm": ME,
        "to": ("Biolab Levante RRHH", "rrhh@biolab-levante.example.es"),
        "subject": "Candidatura: Técnico/a de laboratorio agroalimentario",
        "pdfs": [("CV_Matthias_Oberholzer_ES.pdf", "CV - Matthias Oberholzer",
                  ["Jefe de cocina, 12 anos de experiencia", "Responsable APPCC",
                   "Idiomas: aleman, ingles, frances, espanol (B2)"])],
        "text": """\
Estimados señores:

Les escribo para presentar mi candidatura al puesto de técnico/a de
laboratorio agroalimentario publicado en su web. Soy jefe de cocina con
doce años de experiencia y responsable del sistema APPCC en mis últimos
puestos; ahora quiero dar el paso a la calidad y la analítica.

Adjunto mi currículum. Quedo a su disposición para una entrevista.

Atentamente,
Matthias Oberholzer
""",
    },
    {
        "id": "bl_own_decline", "kind": "other", "lang": "es", "company": "", "contact": "",
        "date": "2026-05-08 10:15 +0200", "frm": ME,
        "to": ("Nuria Climent", "nuria.climent@biolab-levante.example.es"),
        "subject": "RE: Oferta de empleo – Técnico/a de laboratorio agroalimentario",
        "parent": "bl_offer", "quote": "es", "charset": "iso-8859-1", "cte": "8bit",
        "text": """\
Hola Nuria:

Muchas gracias por la oferta y por la confianza. Lo he pensado mucho con
mi familia y, por motivos personales, no podemos mudarnos a Valencia este
año. Por eso tengo que rechazar la oferta, lo siento de verdad.

Un saludo muy cordial a la Dra. Vidal y a todo el equipo.

Matthias
""",
    },
    {
        "id": "parcel_es", "kind": "other", "lang": "es", "company": "", "contact": "",
        "date": "2026-05-19 16:30 +0200",
        "frm": ("Mercatodo Envíos", "no-reply@envios.mercatodo.example.es"),
        "name_enc": ("q", "utf-8"),
        "subject": "Lamentablemente tu pedido se ha retrasado",
        "text": """\
Hola Matthias:

Lamentablemente, tu pedido n.º 40-118273 (termómetro sonda digital) se ha
retrasado por una incidencia en nuestro centro logístico.

Nueva fecha estimada de entrega: 22 de mayo.

Sentimos las molestias.
El equipo de Mercatodo
""",
    },
    {
        "id": "bank_posicion", "kind": "other", "lang": "es", "company": "", "contact": "",
        "date": "2026-06-30 07:45 +0200",
        "frm": ("Banco Mediterráneo Online", "avisos@bancomed.example.es"),
        "name_enc": ("b", "iso-8859-1"),
        "subject": "Tu posición global a 30/06/2026",
        "charset": "iso-8859-1", "cte": "quoted-printable",
        "text": """\
Hola Matthias:

Ya tienes disponible el resumen de tu posición global a 30 de junio:

Cuenta nómina: 1.240,55 euros
Posición en fondos: 3.002,10 euros
Tarjeta de crédito: -312,40 euros

Puedes consultar el detalle en la app. Este mensaje es automático.
Banco Mediterráneo
""",
    },
    {
        "id": "friend_lucia", "kind": "other", "lang": "es", "company": "",
        "contact": "lucia.navarro@example.es",
        "date": "2026-07-22 23:10 +0200",
        "frm": ("Lucía Navarro", "lucia.navarro@example.es"),
        "name_enc": ("q", "iso-8859-1"),
        "subject": "Me han dicho que no :(",
        "text": """\
¡Hola Matthias!

¿Te acuerdas de la entrevista en el hotel de Xàbia de la que te hablé?
Pues hoy me han escrito: "lamentablemente hemos decidido continuar con
otros candidatos". Después de dos entrevistas y una prueba de cocina...

En fin, a seguir buscando. ¿Y tú qué tal con lo de Valencia y lo de
Austria? Cuéntame algo.

Besos,
Lucía
""",
    },
    {
        "id": "radio_turia", "kind": "other", "lang": "es", "company": "",
        "contact": "andreu.pons@radioturia.example.es",
        "date": "2026-08-18 11:36 +0200",
        "frm": ("Andreu Pons", "andreu.pons@radioturia.example.es"),
        "subject": "Entrevista en Radio Turia FM",
        "text": """\
Hola Matthias:

Soy Andreu, productor del programa "A taula!" de Radio Turia FM. Nos han
hablado de tu experiencia como chef austriaco que ha trabajado en cocinas
de toda Europa y nos encantaría entrevistarte en directo (unos 15
minutos, por teléfono) para hablar de seguridad alimentaria en verano.

¿Te vendría bien el jueves 27 de agosto a las 12:40?

Una abraçada,
Andreu Pons
Radio Turia FM
""",
    },
    {
        "id": "sa_own_thanks", "kind": "other", "lang": "es", "company": "", "contact": "",
        "date": "2026-09-10 09:20 +0200", "frm": ME,
        "to": ("Rocío Ferrer", "r.ferrer@albufera-super.example.es"),
        "subject": "Agradecimiento por la entrevista",
        "text": """\
Estimada Rocío:

Muchas gracias por la entrevista de ayer y por el tiempo que me dedicó
el equipo de Calidad. Me gustó mucho conocer cómo organizan las
auditorías en tienda y creo que mi experiencia en cocina profesional
puede aportar mucho.

Quedo a la espera de sus noticias.

Un cordial saludo,
Matthias Oberholzer
""",
    },
    {
        "id": "dentista_sep", "kind": "other", "lang": "es", "company": "", "contact": "",
        "date": "2026-09-15 09:00 +0200",
        "frm": ("Clínica Dental Ruzafa", "citas@clinicaruzafa.example.es"),
        "subject": "Recordatorio de su cita",
        "text": """\
Estimado/a Matthias Oberholzer:

Le recordamos su cita en Clínica Dental Ruzafa:

Viernes, 18 de septiembre de 2026, a las 17:30
Revisión y limpieza - Dra. Carmen Llopis
C/ de Sueca 21, 46006 Valencia

Si no puede acudir, por favor cancele o cambie su cita con 24 horas de
antelación llamando al 963 00 41 12.

Este es un mensaje automático.
""",
    },
    {
        "id": "ux_es", "kind": "other", "lang": "es", "company": "",
        "contact": "irene.soler@cocinapp.example.es",
        "date": "2026-10-08 12:12 +0200",
        "frm": ("Irene Soler", "irene.soler@cocinapp.example.es"),
        "subject": "¿Nos ayudas? Entrevista de investigación de usuarios (30 min)",
        "subj_enc": ("q", "utf-8"),
        "cte": "base64",
        "text": """\
Hola Matthias:

Soy Irene, del equipo de diseño de CocinApp. Estamos hablando con
cocineros profesionales para mejorar nuestra función de control de
temperaturas y nos encantaría hacerte una entrevista de investigación de
usuarios de 30 minutos por videollamada.

No es una entrevista de trabajo, solo queremos conocer cómo trabajas. Te
regalamos tres meses de suscripción premium.

Gracias,
Irene Soler
UX Research · CocinApp
""",
    },
    {
        "id": "curso_ifs", "kind": "other", "lang": "es", "company": "", "contact": "",
        "date": "2026-10-09 08:30 +0200",
        "frm": ("Formación Agroalimentaria", "no-reply@formacion-agro.example.es"),
        "subject": "Resolución de plazas: Curso de Auditor Interno IFS",
        "html": True, "brand": "Formación Agroalimentaria", "colour": "#37474f",
        "text": """\
Estimado/a Matthias Oberholzer:

Le comunicamos la resolución de plazas del Curso de Auditor Interno IFS
Food (edición de otoño).

Lamentablemente, su solicitud no ha obtenido plaza por haberse cubierto
el aforo. Ha quedado en el puesto 4 de la lista de espera. Le avisaremos
si se produce alguna baja.

Secretaría de Formación
""",
    },
]
