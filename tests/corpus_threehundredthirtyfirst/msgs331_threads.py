"""Corpus 331: whole threads with one employer each (acknowledgement → invitation → moved slot →
thank-you → rejection or offer). Hand-written; labels are what the NEW text means."""

from __future__ import annotations

from msgs331_common import CAND, html_page, ics, paras

NW = ("Jana Tietjen", "jana.tietjen@nordwest-versicherung.example.de")
VI = ("Malte Brinkmann", "malte.brinkmann@vitalo.example.de")
FW = ("Ole Petersen", "ole@fleetwerk.example.de")
FJ = ("Astrid Holm", "astrid.holm@fjordly.example.dk")
AB = ("Camille Roussel", "camille.roussel@atelier-bastide.example.fr")
SA = ("Núria Ferrer", "nuria.ferrer@salutia.example.es")

MESSAGES = [
    # ---- Thread A: Nordwest Versicherung, digital unit, Oldenburg (softgarden) -> rejection
    {
        "key": "nordwest_eingang", "kind": "application_received", "lang": "de",
        "company": "Nordwest Versicherung", "contact": "",
        "frm": ("Nordwest Versicherung Karriere", "noreply@softgarden.io"),
        "subject": "Ihre Bewerbung als UX Researcher (m/w/d) – Nordwest Digital Lab",
        "date": "2026-01-19 08:42 +0000",
        "text": """Sehr geehrte Frau Oldenburg-Saß,

vielen Dank für Ihre Bewerbung als UX Researcher (m/w/d) im Nordwest Digital Lab und
das damit verbundene Interesse an der Nordwest Versicherung.

Ihre Unterlagen sind vollständig bei uns eingegangen. Wir prüfen Ihre Bewerbung sorgfältig
und melden uns in den nächsten zwei bis drei Wochen bei Ihnen.

Den Status Ihrer Bewerbung können Sie jederzeit in Ihrem Kandidatenprofil einsehen:
https://nordwest-versicherung.softgarden.io/de/candidate/status

Mit freundlichen Grüßen
Ihr Recruiting-Team der Nordwest Versicherung

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.
""",
        "html": html_page(paras(
            "Sehr geehrte Frau Oldenburg-Saß,",
            "vielen Dank für Ihre Bewerbung als <b>UX Researcher (m/w/d)</b> im Nordwest Digital "
            "Lab und das damit verbundene Interesse an der Nordwest Versicherung.",
            "Ihre Unterlagen sind vollständig bei uns eingegangen. Wir prüfen Ihre Bewerbung "
            "sorgfältig und melden uns in den nächsten zwei bis drei Wochen bei Ihnen.",
            'Den Status Ihrer Bewerbung können Sie jederzeit in Ihrem <a href="https://'
            'nordwest-versicherung.softgarden.io/de/candidate/status">Kandidatenprofil</a> '
            "einsehen.",
            "Mit freundlichen Grüßen<br>Ihr Recruiting-Team der Nordwest Versicherung"),
            brand="Nordwest Versicherung", color="#005a8c", lang="de",
            footer="Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht."),
        "subj_enc": ("utf-8", "Q"),
    },
    {
        "key": "nordwest_einladung", "kind": "interview_invitation", "lang": "de",
        "company": "Nordwest Versicherung", "contact": NW[1],
        "frm": NW, "subject": "Einladung zum Kennenlerngespräch – UX Researcher",
        "date": "2026-01-27 14:05 +0100", "reply": "nordwest_eingang",
        "text": """Sehr geehrte Frau Oldenburg-Saß,

Ihr Werdegang hat uns neugierig gemacht – gerade die Kombination aus Ihrer Erfahrung in
der Schadenbearbeitung und Ihrem Weiterbildungsprojekt zu Kundeninterviews passt gut zu
dem, was wir im Digital Lab vorhaben.

Gern möchten wir Sie daher zu einem ersten Gespräch einladen:

Donnerstag, 5. Februar 2026, 10:00 bis 11:00 Uhr
Nordwest Versicherung, Theaterwall 18, 26122 Oldenburg, Raum 4.12
Gesprächspartner: Henning Albers (Leitung Digital Lab) und ich

Eine Kalendereinladung hängt an. Bitte geben Sie mir kurz Bescheid, ob der Termin passt.

Viele Grüße
Jana Tietjen
Referentin Personalgewinnung

Nordwest Versicherung AG · Theaterwall 18 · 26122 Oldenburg
Telefon 0441 9208-4417
Vorstand: Dr. Hauke Rennebohm (Vors.), Birte Janßen · Sitz Oldenburg · HRB 4471
""",
        "ics": ics("REQUEST", "nw-ux-2026-0205@nordwest-versicherung.example.de", 0,
                   "20260205T100000", "20260205T110000",
                   "Kennenlerngespräch UX Researcher – Oldenburg-Saß",
                   "Theaterwall 18\\, Oldenburg\\, Raum 4.12", NW),
        "cte": "quoted-printable",
    },
    {
        "key": "nordwest_verschoben", "kind": "interview_reschedule_or_cancel", "lang": "de",
        "company": "Nordwest Versicherung", "contact": NW[1],
        "frm": NW, "subject": "AW: Einladung zum Kennenlerngespräch – UX Researcher – neuer Termin",
        "date": "2026-01-30 09:18 +0100", "reply": "nordwest_einladung", "quote": "de",
        "text": """Liebe Frau Oldenburg-Saß,

leider muss ich unseren Termin am Donnerstag verschieben – Herr Albers ist an dem Tag
kurzfristig auf einer Vorstandsklausur. Wäre es für Sie in Ordnung, wenn wir uns stattdessen
am Dienstag, 10. Februar, um 14:00 Uhr treffen? Ort bleibt gleich.

Die aktualisierte Einladung schicke ich gleich mit. Entschuldigen Sie die Umstände!

Viele Grüße
Jana Tietjen
""",
        "ics": ics("REQUEST", "nw-ux-2026-0205@nordwest-versicherung.example.de", 1,
                   "20260210T140000", "20260210T150000",
                   "Kennenlerngespräch UX Researcher – Oldenburg-Saß (neuer Termin)",
                   "Theaterwall 18\\, Oldenburg\\, Raum 4.12", NW),
        "cte": "8bit",
    },
    {
        "key": "nordwest_dank_eigen", "kind": "other", "lang": "de",
        "company": "", "contact": "",
        "frm": CAND, "to": [NW], "subject": "Danke für das Gespräch am Dienstag",
        "date": "2026-02-11 19:47 +0100", "reply": "nordwest_verschoben", "quote": "de",
        "text": """Liebe Frau Tietjen,

vielen Dank für das offene Gespräch gestern mit Ihnen und Herrn Albers. Besonders der
Einblick in Ihr Vorhaben, die Schadenmeldung per App mit echten Kundinnen zu testen, hat
mich begeistert – genau an solchen Fragen möchte ich arbeiten.

Falls Sie noch Unterlagen brauchen (z. B. mein Portfolio-Case zur Kfz-Schadenstrecke), sende
ich sie gern nach.

Herzliche Grüße aus Eversten
Henrike Oldenburg-Saß
""",
    },
    {
        "key": "nordwest_absage", "kind": "rejection", "lang": "de",
        "company": "Nordwest Versicherung", "contact": NW[1],
        "frm": NW, "subject": "AW: Danke für das Gespräch am Dienstag",
        "date": "2026-02-24 16:31 +0100", "reply": "nordwest_dank_eigen", "quote": "de",
        "text": """Liebe Frau Oldenburg-Saß,

herzlichen Dank noch einmal für Ihre Zeit und Ihre netten Zeilen. Wir haben uns die
Entscheidung wirklich nicht leicht gemacht. Am Ende haben wir uns für eine Kandidatin
entschieden, die bereits mehrere Jahre Forschungserfahrung in einem Produktteam mitbringt.

Ich bedauere, Ihnen keine positivere Nachricht geben zu können. Ihr fachlicher Hintergrund
aus der Versicherung war ein echtes Plus – bitte bewerben Sie sich gern wieder, wenn wir das
Team im Herbst erweitern.

Alles Gute für Ihren weiteren Weg!
Jana Tietjen
Referentin Personalgewinnung
Nordwest Versicherung AG
""",
        "charset": "windows-1252", "cte": "quoted-printable",
    },
    # ---- Thread B: Vitalo, health app, Berlin (Ashby) -> missed slot, then offer
    {
        "key": "vitalo_eingang", "kind": "application_received", "lang": "de",
        "company": "Vitalo", "contact": "",
        "frm": ("Vitalo Hiring Team", "no-reply@ashbyhq.com"),
        "subject": "Wir haben deine Bewerbung erhalten 💚",
        "date": "2026-08-24 11:02 +0000",
        "text": """Hi Henrike,

danke, dass du dich bei Vitalo als Service Designer:in (Patient Journeys) beworben hast!

Wir schauen uns jede Bewerbung persönlich an. Das dauert meistens ein bis zwei Wochen –
wir melden uns auf jeden Fall, egal wie es ausgeht.

Bis dahin: Wenn du wissen willst, wie wir arbeiten, schau gern in unseren Blog unter
vitalo.example.de/team.

Liebe Grüße
dein Vitalo People Team
""",
        "subj_enc": ("utf-8", "B"),
    },
    {
        "key": "vitalo_einladung", "kind": "interview_invitation", "lang": "de",
        "company": "Vitalo", "contact": VI[1],
        "frm": ("Malte Brinkmann via Ashby", "no-reply@ashbyhq.com"), "reply_to": VI,
        "subject": "Vitalo – Terminvorschläge für ein erstes Gespräch",
        "date": "2026-09-01 10:26 +0000", "reply": "vitalo_eingang",
        "text": """Hallo Henrike,

ich bin Malte und leite bei Vitalo das Design-Team. Deine Bewerbung hat uns sehr gefallen,
vor allem dein Blick auf Formulare und Fristen aus Kundensicht – das ist bei uns im
Erstattungsprozess genau das Thema.

Lass uns gern in einem 45-minütigen Video-Call kennenlernen. Such dir einfach einen Slot aus:
https://app.ashbyhq.com/interview-scheduling/vitalo/8c1f2e7a

Den Link zum Google Meet bekommst du nach der Buchung automatisch.

Bis bald
Malte
""",
        "html": html_page(paras(
            "Hallo Henrike,",
            "ich bin Malte und leite bei Vitalo das Design-Team. Deine Bewerbung hat uns sehr "
            "gefallen, vor allem dein Blick auf Formulare und Fristen aus Kundensicht – das ist "
            "bei uns im Erstattungsprozess genau das Thema.",
            "Lass uns gern in einem 45-minütigen Video-Call kennenlernen.",
            '<a href="https://app.ashbyhq.com/interview-scheduling/vitalo/8c1f2e7a" '
            'style="background:#1b8a5a;color:#fff;padding:10px 16px;text-decoration:none">'
            "Termin auswählen</a>",
            "Den Link zum Google Meet bekommst du nach der Buchung automatisch.",
            "Bis bald<br>Malte"), brand="Vitalo", color="#1b8a5a", lang="de"),
        "name_enc": ("utf-8", "Q"),
    },
    {
        "key": "vitalo_nicht_erschienen", "kind": "missed_interview_notice", "lang": "de",
        "company": "Vitalo", "contact": VI[1],
        "frm": VI, "subject": "Re: Vitalo – Terminvorschläge für ein erstes Gespräch",
        "date": "2026-09-08 10:21 +0200", "reply": "vitalo_einladung", "quote": "de",
        "text": """Hi Henrike,

wir waren heute um 10:00 Uhr im Meet und haben eine Viertelstunde auf dich gewartet – ich
habe dich auch kurz auf dem Handy versucht, bin aber nur auf der Mailbox gelandet.

Ich hoffe, es ist nichts passiert! Falls etwas dazwischengekommen ist, buch dir einfach über
den Link von oben einen neuen Slot.

Viele Grüße
Malte
""",
        "cte": "8bit",
    },
    {
        "key": "vitalo_entschuldigung_eigen", "kind": "other", "lang": "de",
        "company": "", "contact": "",
        "frm": CAND, "to": [VI], "subject": "Re: Vitalo – Terminvorschläge für ein erstes Gespräch",
        "date": "2026-09-08 12:03 +0200", "reply": "vitalo_nicht_erschienen", "quote": "de",
        "text": """Hallo Malte,

es tut mir wirklich leid! Mein Kalender hat den Termin wegen der Zeitzone im Buchungstool
auf 11 Uhr eingetragen, und ich habe das erst jetzt gesehen. Das ist mir sehr unangenehm.

Ich habe mir für Donnerstag, 10:30 Uhr, einen neuen Slot gebucht – ich hoffe, das ist okay.

Viele Grüße
Henrike
""",
    },
    {
        "key": "vitalo_fallstudie", "kind": "interview_invitation", "lang": "de",
        "company": "Vitalo", "contact": VI[1],
        "frm": VI, "subject": "Nächster Schritt: Case-Tag bei uns in Berlin",
        "date": "2026-09-15 17:40 +0200",
        "text": """Hi Henrike,

danke für das gute Gespräch am Donnerstag – und keine Sorge wegen der Zeitzonen-Sache, das
passiert den Besten.

Wir würden dich gern zum nächsten Schritt einladen: einem halben Case-Tag in unserem Büro
in Berlin-Kreuzberg (Schlesische Str. 31). Du bekommst morgens eine kleine Aufgabe rund um
den Erstattungsantrag, arbeitest zwei Stunden mit Lea aus der Forschung daran und stellst
uns danach kurz vor, was du herausgefunden hast.

Vorschlag: Dienstag, 29. September, 9:30–14:00 Uhr. Reisekosten übernehmen wir natürlich.

Passt dir das?

Malte Brinkmann
Head of Design · Vitalo
""",
        "cte": "base64",
    },
    {
        "key": "vitalo_angebot", "kind": "offer", "lang": "de",
        "company": "Vitalo", "contact": "sophie.lanz@vitalo.example.de",
        "frm": ("Sophie Lanz", "sophie.lanz@vitalo.example.de"), "cc": [VI],
        "subject": "Dein Angebot von Vitalo 🎉",
        "date": "2026-10-06 15:12 +0200",
        "text": """Liebe Henrike,

wie heute Mittag am Telefon schon angekündigt: Wir möchten dich sehr gern als Service
Designer (Patient Journeys) bei Vitalo an Bord holen!

Im Anhang findest du dein Angebotsschreiben mit allen Eckdaten (Start 1. Dezember 2026,
unbefristet, 32 oder 40 Stunden nach Wahl, 58.000 € brutto jährlich bei Vollzeit, 28 Tage
Urlaub plus Remote-Anteil nach Absprache).

Wenn alles für dich passt, schicke uns das Schreiben bitte bis zum 16. Oktober unterschrieben
zurück. Für Fragen bin ich jederzeit da – gern auch telefonisch unter 030 55719-204.

Wir freuen uns riesig!
Sophie

Sophie Lanz
People & Culture · Vitalo GmbH
Schlesische Str. 31 · 10997 Berlin
""",
        "attach": [("Vitalo_Angebot_Oldenburg-Sass.pdf", [
            "Vitalo GmbH - Schlesische Str. 31 - 10997 Berlin", "",
            "Angebot: Service Designer (Patient Journeys)", "",
            "Liebe Henrike Oldenburg-Sass,", "",
            "wir freuen uns, dir folgende Position anzubieten:",
            "Beginn: 01.12.2026, unbefristet", "Gehalt: 58.000 EUR brutto p.a. (Vollzeit)",
            "Urlaub: 28 Tage", "", "Bitte unterschrieben zurueck bis 16.10.2026.", "",
            "Sophie Lanz, People & Culture"])],
        "subj_enc": ("utf-8", "B"),
    },
    {
        "key": "vitalo_zusage_eigen", "kind": "other", "lang": "de",
        "company": "", "contact": "",
        "frm": CAND, "to": [("Sophie Lanz", "sophie.lanz@vitalo.example.de")], "cc": [VI],
        "subject": "Re: Dein Angebot von Vitalo 🎉",
        "date": "2026-10-09 08:55 +0200", "reply": "vitalo_angebot", "quote": "de",
        "text": """Liebe Sophie,

vielen Dank – ich habe mich riesig gefreut! Ich habe das Angebot unterschrieben und schicke
es dir als Scan hinterher. Eine Frage noch: Kann ich im ersten Monat zwei Tage pro Woche
aus Oldenburg arbeiten, bis meine Wohnungssuche in Berlin abgeschlossen ist?

Liebe Grüße
Henrike
""",
    },
    # ---- Thread C: Studio Fleetwerk, design agency, Hamburg -> offer
    {
        "key": "fleetwerk_bewerbung_eigen", "kind": "other", "lang": "de",
        "company": "", "contact": "",
        "frm": CAND, "to": [FW], "subject": "Bewerbung: Junior Service Designerin",
        "date": "2026-03-02 21:14 +0100",
        "text": """Hallo Ole,

auf eurer Website habe ich gesehen, dass ihr für das Team in der Speicherstadt eine Junior
Service Designerin sucht. Ich komme aus der Versicherung (acht Jahre Sachbearbeitung und
Kundenservice) und habe mich im letzten Jahr berufsbegleitend in UX Research und Service
Design weitergebildet.

Lebenslauf und zwei kleine Cases hänge ich an. Ich würde mich freuen, von euch zu hören!

Viele Grüße
Henrike Oldenburg-Saß
0176 5550 1842
""",
        "attach": [("Lebenslauf_Oldenburg-Sass.pdf", [
            "Henrike Oldenburg-Sass", "Lebenslauf", "",
            "2018-2026 Versicherungskauffrau, Sachbearbeitung Kfz-Schaden",
            "2025 Weiterbildung UX Research & Service Design", "",
            "henrike.os@example.de"]),
            ("Cases_Oldenburg-Sass.pdf", ["Case 1: Schadenmeldung per App",
                                           "Case 2: Kuendigungsstrecke Hausrat"])],
        "cte": "quoted-printable",
    },
    {
        "key": "fleetwerk_angekommen", "kind": "application_received", "lang": "de",
        "company": "Studio Fleetwerk", "contact": FW[1],
        "frm": FW, "subject": "Re: Bewerbung: Junior Service Designerin",
        "date": "2026-03-04 09:37 +0100", "reply": "fleetwerk_bewerbung_eigen", "quote": "de",
        "text": """Moin Henrike,

danke dir, deine Unterlagen sind angekommen! Wir sammeln noch bis Ende nächster Woche und
schauen dann im Team drauf. Ich melde mich spätestens am 20. März.

Beste Grüße
Ole
--
Ole Petersen · Studio Fleetwerk
Am Sandtorkai 41 · 20457 Hamburg
""",
    },
    {
        "key": "fleetwerk_einladung", "kind": "interview_invitation", "lang": "de",
        "company": "Studio Fleetwerk", "contact": FW[1],
        "frm": FW, "subject": "Kennenlernen im Studio?",
        "date": "2026-03-18 13:50 +0100",
        "text": """Moin Henrike,

wir haben uns deine Cases angeschaut und fanden vor allem die Kündigungsstrecke richtig
stark. Hast du Lust, uns im Studio zu besuchen? Wir würden gern eine Stunde mit dir quatschen
und dir ein laufendes Projekt zeigen.

Wie wäre Mittwoch, 25. März, 11 Uhr, Am Sandtorkai 41, 3. Stock (Klingel „Fleetwerk“)?

Beste Grüße
Ole
""",
        "charset": "windows-1252", "cte": "quoted-printable",
        "subj_enc": ("windows-1252", "Q"),
    },
    {
        "key": "fleetwerk_verschoben", "kind": "interview_reschedule_or_cancel", "lang": "de",
        "company": "Studio Fleetwerk", "contact": "mareike@fleetwerk.example.de",
        "frm": ("Mareike Sommer", "mareike@fleetwerk.example.de"), "cc": [FW],
        "subject": "WG: Kennenlernen im Studio? – Terminänderung",
        "date": "2026-03-23 08:12 +0100", "reply": "fleetwerk_einladung", "quote": "outlook_de",
        "text": """Hallo Frau Oldenburg-Saß,

ich bin die Office-Managerin bei Fleetwerk und melde mich in Oles Auftrag: Er muss am
Mittwoch zu einem Kundenworkshop nach Kiel. Können wir das Kennenlernen auf Freitag,
27. März, 11 Uhr verlegen? Alles andere bleibt wie besprochen.

Kurze Rückmeldung genügt.

Freundliche Grüße
Mareike Sommer
Office Management
Studio Fleetwerk GmbH · Am Sandtorkai 41 · 20457 Hamburg · 040 3287 5510
""",
        "cte": "8bit",
    },
    {
        "key": "fleetwerk_angebot", "kind": "offer", "lang": "de",
        "company": "Studio Fleetwerk", "contact": FW[1],
        "frm": FW, "subject": "Wir möchten dich im Team haben!",
        "date": "2026-04-08 18:05 +0200",
        "text": """Moin Henrike,

wie heute am Telefon gesagt: Wir möchten dir die Stelle als Junior Service Designerin
anbieten! Start wäre zum 1. Juni, 36 Stunden, 44.000 € im Jahr, nach der Probezeit
Überprüfung.

Mareike schickt dir in den nächsten Tagen den Vertrag. Wenn du vorher Fragen hast, ruf mich
einfach an.

Wir freuen uns sehr auf dich!
Ole
""",
    },
    {
        "key": "fleetwerk_vertrag", "kind": "offer", "lang": "de",
        "company": "Studio Fleetwerk", "contact": "mareike@fleetwerk.example.de",
        "frm": ("Mareike Sommer", "mareike@fleetwerk.example.de"),
        "subject": "Arbeitsvertrag zur Unterschrift",
        "date": "2026-04-10 10:44 +0200",
        "text": """Hallo Henrike,

anbei wie angekündigt dein Arbeitsvertrag in zweifacher Ausfertigung. Bitte beide Exemplare
unterschreiben und eins an uns zurückschicken (Post oder Scan an mich reicht erstmal).

Außerdem bräuchte ich noch deine Steuer-ID und Sozialversicherungsnummer für die
Lohnabrechnung.

Liebe Grüße
Mareike
""",
        "attach": [("Arbeitsvertrag_Fleetwerk_Oldenburg-Sass.pdf", [
            "Arbeitsvertrag", "zwischen Studio Fleetwerk GmbH und Henrike Oldenburg-Sass",
            "Position: Junior Service Designerin", "Beginn: 01.06.2026",
            "Arbeitszeit: 36 Stunden/Woche", "Verguetung: 44.000 EUR brutto jaehrlich"])],
        "charset": "iso-8859-1",
    },
    # ---- Thread D: Fjordly, health app, Copenhagen (Greenhouse) -> cancel, then on hold
    {
        "key": "fjordly_ack", "kind": "application_received", "lang": "en",
        "company": "Fjordly", "contact": "",
        "frm": ("Fjordly", "no-reply@greenhouse-mail.io"),
        "subject": "Thanks for applying to Fjordly!",
        "date": "2026-04-20 07:31 -0400",
        "text": """Hi Henrike,

Thanks for applying for the UX Researcher, Care Journeys role at Fjordly. Our team will
review your application and if your background is a good match we will reach out about next
steps.

Because we receive a large number of applications, we are not able to respond to each
applicant individually. Please know that we read every one.

Best,
The Fjordly Talent Team
""",
        "html": html_page(paras(
            "Hi Henrike,",
            "Thanks for applying for the <strong>UX Researcher, Care Journeys</strong> role at "
            "Fjordly. Our team will review your application and if your background is a good "
            "match we will reach out about next steps.",
            "Because we receive a large number of applications, we are not able to respond to "
            "each applicant individually. Please know that we read every one.",
            "Best,<br>The Fjordly Talent Team"), brand="fjordly", color="#274c77"),
    },
    {
        "key": "fjordly_invite", "kind": "interview_invitation", "lang": "en",
        "company": "Fjordly", "contact": FJ[1],
        "frm": ("Astrid Holm via Greenhouse", "no-reply@greenhouse-mail.io"), "reply_to": FJ,
        "subject": "Fjordly: Let's schedule a video call",
        "date": "2026-05-04 13:12 +0200",
        "text": """Hi Henrike,

I'm Astrid, a researcher at Fjordly. I'd love to set up a 30-minute video call to hear more
about your move from insurance into research, and to tell you about the Care Journeys team.

Please pick a time that suits you here:
https://app.greenhouse.io/scheduling/fjordly/7b3d0f21

All times are shown in Copenhagen time (CEST).

Looking forward to talking!
Astrid Holm
Senior UX Researcher, Fjordly
Njalsgade 19, 2300 København S
""",
        "cte": "quoted-printable",
    },
    {
        "key": "fjordly_cancel", "kind": "interview_reschedule_or_cancel", "lang": "en",
        "company": "Fjordly", "contact": FJ[1],
        "frm": FJ, "subject": "Re: Fjordly: Let's schedule a video call",
        "date": "2026-05-11 18:02 +0200", "reply": "fjordly_invite", "quote": "en",
        "text": """Hi Henrike,

I'm really sorry to do this on short notice, but I need to cancel our call tomorrow at
10:00. Our hiring manager, Jonas, is out sick this week and I'd like him to be part of the
conversation.

I'll get back to you with new times by early next week. Apologies again!

Astrid
""",
        "ics": ics("CANCEL", "gh-fjordly-5530812@greenhouse.io", 2, "20260512T100000",
                   "20260512T103000", "Fjordly <> Henrike Oldenburg-Saß", "Google Meet", FJ,
                   tz="Europe/Copenhagen", status="CANCELLED"),
    },
    {
        "key": "fjordly_on_hold", "kind": "rejection", "lang": "en",
        "company": "Fjordly", "contact": FJ[1],
        "frm": FJ, "subject": "Update on the UX Researcher role",
        "date": "2026-05-26 11:47 +0200", "reply": "fjordly_cancel", "quote": "en",
        "text": """Hi Henrike,

I promised you new times, and instead I have to share less happy news. Following a budget
review last week, leadership has decided to put the UX Researcher, Care Journeys role on
hold for the rest of the year, so we will not proceed with the process.

This has nothing to do with you - I enjoyed your application a lot and would be glad to
reach out if the role opens again.

All the best,
Astrid
""",
    },
    # ---- Thread E: Atelier Bastide, design agency, Paris (Recruitee) -> missed, then offer
    {
        "key": "bastide_accuse", "kind": "application_received", "lang": "fr",
        "company": "Atelier Bastide", "contact": "",
        "frm": ("Atelier Bastide", "notifications@recruitee.com"),
        "subject": "Nous avons bien reçu votre candidature",
        "date": "2026-06-08 09:15 +0000",
        "text": """Bonjour Henrike,

Merci pour votre candidature au poste de Designer de services (H/F) chez Atelier Bastide.

Nous l'avons bien reçue et notre équipe l'étudiera avec attention dans les prochains jours.
Si votre profil correspond à nos besoins, nous reviendrons vers vous rapidement.

Belle journée,
L'équipe Atelier Bastide

Ceci est un message automatique, merci de ne pas y répondre.
""",
        "subj_enc": ("iso-8859-1", "Q"),
    },
    {
        "key": "bastide_invitation", "kind": "interview_invitation", "lang": "fr",
        "company": "Atelier Bastide", "contact": AB[1],
        "frm": AB, "subject": "Entretien – Designer de services",
        "date": "2026-06-16 15:20 +0200",
        "text": """Bonjour Henrike,

Votre parcours nous a beaucoup plu, en particulier votre regard très concret sur les
parcours de sinistre. Nous aimerions vous proposer un premier entretien en visio avec
Thibault (directeur de création) et moi-même.

Seriez-vous disponible le mardi 23 juin à 14h (heure de Paris) ? Le lien Teams suit
ci-dessous :
https://teams.example.com/l/meetup-join/atelier-bastide/19%3ameeting_4f2a

Bien à vous,
Camille Roussel
Responsable recrutement – Atelier Bastide
12 rue des Vinaigriers, 75010 Paris
""",
        "charset": "windows-1252", "cte": "quoted-printable",
    },
    {
        "key": "bastide_absente", "kind": "missed_interview_notice", "lang": "fr",
        "company": "Atelier Bastide", "contact": AB[1],
        "frm": AB, "subject": "RE: Entretien – Designer de services",
        "date": "2026-06-23 14:34 +0200", "reply": "bastide_invitation", "quote": "fr",
        "text": """Bonjour Henrike,

Thibault et moi vous avons attendue sur Teams à 14h, sans vous voir arriver. J'espère que
tout va bien de votre côté.

S'il s'agit d'un souci technique ou d'un imprévu, dites-le-moi simplement : nous pouvons
vous proposer un nouveau créneau jeudi ou vendredi.

Bien à vous,
Camille
""",
    },
    {
        "key": "bastide_excuses_eigen", "kind": "other", "lang": "fr",
        "company": "", "contact": "",
        "frm": CAND, "to": [AB], "subject": "RE: Entretien – Designer de services",
        "date": "2026-06-23 15:02 +0200", "reply": "bastide_absente", "quote": "fr",
        "text": """Bonjour Camille,

Je suis vraiment désolée : le lien Teams ne s'ouvrait pas sur mon ordinateur et mon message
à 13h58 est manifestement parti dans le vide. Jeudi à la même heure me conviendrait
parfaitement, si c'est encore possible pour vous.

Avec toutes mes excuses,
Henrike
""",
    },
    {
        "key": "bastide_proposition", "kind": "offer", "lang": "fr",
        "company": "Atelier Bastide", "contact": AB[1],
        "frm": AB, "subject": "Proposition d'embauche – Atelier Bastide",
        "date": "2026-07-09 11:05 +0200",
        "text": """Bonjour Henrike,

Suite à nos échanges et à votre présentation de vendredi, nous avons le plaisir de vous
proposer le poste de Designer de services en CDI, à partir du 1er septembre 2026.

Vous trouverez en pièce jointe notre proposition détaillée (rémunération de 42 000 € bruts
annuels, statut cadre, télétravail deux jours par semaine). Nous vous serions reconnaissants
de nous faire part de votre réponse d'ici le 17 juillet.

Toute l'équipe se réjouit à l'idée de travailler avec vous.

Bien cordialement,
Camille Roussel
""",
        "attach": [("Proposition_Atelier_Bastide.pdf", [
            "Atelier Bastide SAS - 12 rue des Vinaigriers - 75010 Paris", "",
            "Proposition d'embauche", "Poste : Designer de services (CDI)",
            "Date de debut : 01/09/2026", "Remuneration : 42 000 EUR bruts annuels"])],
        "cte": "base64",
    },
    # ---- Thread F: Salutia, health app, Barcelona (Teamtailor) -> moved, then offer
    {
        "key": "salutia_acuse", "kind": "application_received", "lang": "es",
        "company": "Salutia", "contact": "",
        "frm": ("Salutia", "no-reply@teamtailor-mail.com"),
        "subject": "¡Gracias por tu candidatura, Henrike!",
        "date": "2026-06-29 10:48 +0200",
        "text": """Hola Henrike:

Gracias por tu interés en Salutia y por enviarnos tu candidatura para el puesto de UX
Researcher (Onboarding).

Hemos recibido tu CV correctamente. Nuestro equipo lo revisará en los próximos días y, si tu
perfil encaja, nos pondremos en contacto contigo.

Un saludo,
El equipo de Talento de Salutia
""",
        "html": html_page(paras(
            "Hola Henrike:",
            "Gracias por tu interés en Salutia y por enviarnos tu candidatura para el puesto de "
            "<b>UX Researcher (Onboarding)</b>.",
            "Hemos recibido tu CV correctamente. Nuestro equipo lo revisará en los próximos "
            "días y, si tu perfil encaja, nos pondremos en contacto contigo.",
            "Un saludo,<br>El equipo de Talento de Salutia"),
            brand="salutia", color="#e4572e", lang="es"),
        "subj_enc": ("utf-8", "Q"),
    },
    {
        "key": "salutia_invitacion", "kind": "interview_invitation", "lang": "es",
        "company": "Salutia", "contact": SA[1],
        "frm": ("Núria Ferrer de Salutia", "no-reply@teamtailor-mail.com"), "reply_to": SA,
        "subject": "Entrevista con Salutia",
        "date": "2026-07-06 12:30 +0200",
        "text": """Hola Henrike:

Soy Núria, del equipo de Producto de Salutia. Nos ha gustado mucho tu perfil y nos
encantaría conocerte en una videollamada de 45 minutos.

Te propongo el miércoles 15 de julio a las 11:00 (hora de Barcelona). Te adjunto la
invitación de calendario; si no te viene bien, respóndeme a este correo y buscamos otro
momento.

¡Hasta pronto!
Núria Ferrer
Product Research Lead · Salutia
Carrer de Pujades 77, 08005 Barcelona
""",
        "ics": ics("REQUEST", "tt-salutia-77120@teamtailor.com", 0, "20260715T110000",
                   "20260715T114500", "Entrevista Salutia – Henrike Oldenburg-Saß",
                   "Google Meet", SA, tz="Europe/Madrid"),
        "name_enc": ("iso-8859-1", "Q"),
    },
    {
        "key": "salutia_cambio", "kind": "interview_reschedule_or_cancel", "lang": "es",
        "company": "Salutia", "contact": SA[1],
        "frm": SA, "subject": "RE: Entrevista con Salutia",
        "date": "2026-07-13 09:05 +0200", "reply": "salutia_invitacion", "quote": "es",
        "text": """Hola Henrike:

Lo siento mucho, pero tengo que mover nuestra entrevista del miércoles: ese día tenemos una
revisión con el equipo médico que no podemos cambiar. ¿Te iría bien el jueves 16 a las
16:00? Te envío la invitación actualizada.

Gracias por tu flexibilidad,
Núria
""",
        "ics": ics("REQUEST", "tt-salutia-77120@teamtailor.com", 1, "20260716T160000",
                   "20260716T164500", "Entrevista Salutia – Henrike Oldenburg-Saß",
                   "Google Meet", SA, tz="Europe/Madrid"),
        "cte": "quoted-printable",
    },
    {
        "key": "salutia_gracias_eigen", "kind": "other", "lang": "es",
        "company": "", "contact": "",
        "frm": CAND, "to": [SA], "subject": "Gracias por la entrevista",
        "date": "2026-07-16 19:22 +0200", "reply": "salutia_cambio", "quote": "es",
        "text": """Hola Núria:

Muchas gracias por la conversación de hoy. Me ha encantado conocer cómo trabajáis el
onboarding con pacientes mayores; creo que mi experiencia atendiendo reclamaciones por
teléfono encaja muy bien con ese reto.

Quedo a vuestra disposición para cualquier cosa que necesitéis.

Un saludo,
Henrike
""",
    },
    {
        "key": "salutia_oferta", "kind": "offer", "lang": "es",
        "company": "Salutia", "contact": "marta.soler@salutia.example.es",
        "frm": ("Marta Soler", "marta.soler@salutia.example.es"), "cc": [SA],
        "subject": "Oferta de empleo – UX Researcher (Onboarding)",
        "date": "2026-07-28 13:40 +0200",
        "text": """Hola Henrike:

Es un placer comunicarte que nos gustaría que te unieras a Salutia como UX Researcher
(Onboarding). Adjuntamos la carta de oferta con las condiciones: contrato indefinido,
38.000 € brutos anuales, jornada completa con dos días de teletrabajo e incorporación el 1 de
octubre.

Te agradeceríamos una respuesta antes del 7 de agosto. Si quieres comentar cualquier punto,
llámame al +34 931 555 204.

Un abrazo,
Marta Soler
People Partner · Salutia
""",
        "attach": [("Carta_oferta_Salutia.pdf", [
            "Salutia - Carrer de Pujades 77 - 08005 Barcelona", "", "Carta de oferta",
            "Puesto: UX Researcher (Onboarding)", "Salario: 38.000 EUR brutos anuales",
            "Incorporacion: 01/10/2026"])],
        "charset": "windows-1252", "cte": "8bit",
    },
]
