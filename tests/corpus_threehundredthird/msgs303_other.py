"""Corpus 303: everything else – the candidate's own mail, out-of-office replies, alerts,
newsletters, press and research interviews, appointments, friends (hand-written specs)."""

from __future__ import annotations

from msgs303_common import ME, MY_SIG_DE, MY_SIG_EN, MY_SIG_ES, MY_SIG_FR

SL = ("Svenja Oltmanns", "s.oltmanns@stadtbahn-leinetal.example.de")
CLAIRE = ("Claire Fontaine", "claire.fontaine@tarmac-services.example.ch")
TURIA = ("Lucía Ferrer Navarro", "l.ferrer@autobuses-turia.example.es")


def bulk(list_id: str, unsubscribe: str) -> dict[str, str]:
    """Mailing-list headers of a bulk sender."""
    return {
        "List-Id": list_id,
        "List-Unsubscribe": f"<{unsubscribe}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        "Precedence": "bulk",
    }


OOO = {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}

MESSAGES = [
    # ------------------------------------------------------------ own mail, de
    {
        "id": "own_app_brinkmann", "kind": "other", "lang": "de", "company": "", "contact": "",
        "date": "2026-01-12 21:14 +0100", "frm": ME,
        "to": [("Reisedienst Brinkmann", "bewerbung@brinkmann-reisen.example.de")],
        "subject": "Bewerbung als Disponent Reiseverkehr",
        "text": f"""Sehr geehrte Frau Brinkmann,

in der HAZ habe ich gelesen, dass Sie für Ihren Reiseverkehr eine Disponentin oder einen
Disponenten suchen. Ich fahre seit elf Jahren Linienbus in Hannover und übernehme seit drei
Jahren regelmäßig Schichten als Dispatcher auf dem Betriebshof. Fahrerplanung, Ausfälle am
frühen Morgen und Tachodaten kenne ich aus dem Alltag.

Meinen Lebenslauf und meine Zeugnisse finden Sie im Anhang. Über eine Einladung zu einem
Gespräch würde ich mich sehr freuen.

{MY_SIG_DE}""",
        "pdf": [("Lebenslauf_Dimitri_Papadakis.pdf", [
            "Dimitri Papadakis - Lebenslauf",
            "Busfahrer und Schichtdisponent, Hannover (seit 2015)",
            "Fuehrerschein D/DE, Fahrerqualifizierung nach BKrFQG",
        ])],
    },
    {
        "id": "own_app_murtal", "kind": "other", "lang": "de", "company": "", "contact": "",
        "date": "2026-02-25 07:02 +0100", "frm": ME,
        "to": [("Murtal Linien Personal", "personal@murtal-linien.example.at")],
        "subject": "Bewerbung Disponent Fahrdienst – Dimitri Papadakis",
        "text": f"""Sehr geehrte Damen und Herren,

anbei sende ich Ihnen meine Bewerbung für die Stelle als Disponent Fahrdienst in Graz. Ich
bin bereit, für die Stelle nach Österreich umzuziehen, und könnte ab Mai anfangen.

{MY_SIG_DE}""",
        "pdf": [("Anschreiben_Papadakis.pdf", ["Anschreiben - Disponent Fahrdienst",
                                                 "Dimitri Papadakis, Hannover"]),
                ("Lebenslauf_Papadakis.pdf", ["Lebenslauf Dimitri Papadakis",
                                               "Linienbusfahrer, Schichtdisponent"])],
        "cte": "quoted-printable",
    },
    {
        "id": "own_sl_thanks", "kind": "other", "lang": "de", "company": "", "contact": "",
        "date": "2026-03-04 18:20 +0100", "frm": ME, "to": [SL],
        "parent": "sl_resched", "quote": True,
        "subject": "Danke für das Gespräch",
        "text": """Liebe Frau Oltmanns,

vielen Dank für das offene Gespräch gestern mit Ihnen und Herrn Dr. Kowalski. Die Einblicke
in die Angebotsplanung für das neue Liniennetz haben mich sehr neugierig gemacht, und ich
bin nach wie vor sehr an der Stelle interessiert.

Herzliche Grüße
Dimitri Papadakis""",
    },
    {
        "id": "own_nhm_apology", "kind": "other", "lang": "de", "company": "", "contact": "",
        "date": "2026-03-03 19:47 +0100", "frm": ME,
        "to": [("Tobias Kellner", "tobias.kellner@nordhessen-mobil.example.de")],
        "parent": "nhm_missed", "quote": True,
        "subject": "Entschuldigung – verpasster Termin am 3. März",
        "text": """Hallo Herr Kellner,

es tut mir sehr leid, dass ich heute nicht gekommen bin. Bei uns ist morgens ein Bus auf der
Linie 100 liegen geblieben, und ich musste als Disponent den Ersatz organisieren – ich kam
erst gegen Mittag vom Betriebshof weg und hatte mein Handy im Spind.

Wenn Sie mir noch eine Chance geben, komme ich zu jedem Termin, der Ihnen passt.

Viele Grüße
Dimitri Papadakis""",
    },
    {
        "id": "own_sl_accept", "kind": "other", "lang": "de", "company": "", "contact": "",
        "date": "2026-04-14 07:35 +0200", "frm": ME, "to": [SL],
        "parent": "sl_offer_letter", "quote": True,
        "subject": "Re: Ihr Vertragsangebot – Verkehrsplaner (m/w/d)",
        "text": """Liebe Frau Oltmanns,

ich habe mir Ihr Angebot in Ruhe angesehen und nehme es sehr gerne an. Ich freue mich auf den
Start am 1. Juni!

Mit freundlichen Grüßen
Dimitri Papadakis""",
    },
    {
        "id": "sl_ooo", "kind": "other", "lang": "de", "company": "", "contact": "from",
        "date": "2026-04-14 07:35 +0200", "frm": SL,
        "parent": "own_sl_accept",
        "subject": "Automatische Antwort: Re: Ihr Vertragsangebot – Verkehrsplaner (m/w/d)",
        "text": """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 17. April nicht im Büro und habe keinen Zugriff auf meine E-Mails.
In dringenden Fällen wenden Sie sich bitte an personal@stadtbahn-leinetal.example.de.

Svenja Oltmanns
Stadtbahn Leinetal GmbH""",
        "hdr": OOO,
    },
    {
        "id": "own_sl_resign", "kind": "other", "lang": "de", "company": "", "contact": "",
        "date": "2026-07-06 20:05 +0200", "frm": ME, "to": [SL],
        "subject": "Kündigung in der Probezeit – Dimitri Papadakis",
        "text": f"""Liebe Frau Oltmanns,

es fällt mir nicht leicht, aber ich kündige hiermit mein Arbeitsverhältnis innerhalb der
Probezeit fristgerecht zum 31. August 2026. Ich habe ein Angebot am EuroAirport in Basel
angenommen, das für meine Familie die bessere Lösung ist. Das unterschriebene Schreiben geht
heute per Post an die Personalabteilung.

Danke für das Vertrauen und die gute Einarbeitung.

{MY_SIG_DE}""",
    },
    {
        "id": "own_kessler_slots", "kind": "other", "lang": "de", "company": "", "contact": "",
        "date": "2026-06-10 21:30 +0200", "frm": ME,
        "to": [("Dr. Annette Kessler", "a.kessler@kessler-roth.example.de")],
        "parent": "kessler_missed", "quote": True,
        "subject": "AW: Gesprächstermin – Teamleitung Disposition",
        "text": """Sehr geehrte Frau Kessler,

bitte entschuldigen Sie, mein Spätdienst hat sich wegen einer Streckensperrung um zwei
Stunden verlängert. Ich könnte Donnerstag ab 16 Uhr, Freitag zwischen 9 und 11 Uhr oder
Montag ganztägig.

Mit freundlichen Grüßen
Dimitri Papadakis""",
    },
    {
        "id": "own_ostendorf_status", "kind": "other", "lang": "de", "company": "",
        "contact": "", "date": "2026-09-01 12:10 +0200", "frm": ME,
        "to": [("Petra Ostendorf", "p.ostendorf@spedition-ostendorf.example.de")],
        "subject": "Nachfrage Bewerbung Disponent Nahverkehr",
        "text": f"""Sehr geehrte Frau Ostendorf,

im Juli habe ich mich bei Ihnen als Disponent im Nahverkehr beworben und bisher keine
Rückmeldung erhalten. Darf ich fragen, wie der Stand ist?

{MY_SIG_DE}""",
    },
    # ------------------------------------------------------------ other, de
    {
        "id": "jobalert_de", "kind": "other", "lang": "de", "company": "", "contact": "",
        "date": "2026-02-09 05:00 +0100",
        "frm": ("Jobbörse Nordwest Jobagent", "jobagent@jobboerse-nordwest.example.de"),
        "subject": "12 neue Jobs für „Disponent ÖPNV“ in Ihrer Nähe",
        "text": """Hallo Dimitri,

Ihr Jobagent hat 12 neue Stellen gefunden:

* Disponent (m/w/d) Linienverkehr – Verkehrsbetrieb im Raum Hildesheim
* Mitarbeiter Leitstelle ÖPNV (m/w/d) – Großraum Braunschweig
* Fahrdienstleiter Bus (m/w/d) – Celle
* Verkehrsplaner (m/w/d) – Hannover
… und 8 weitere

Tipp der Woche: Absage erhalten? Fragen Sie nach Feedback! Und wie Sie sich auf das
Vorstellungsgespräch vorbereiten, lesen Sie in unserem Ratgeber.

Sie erhalten diese E-Mail, weil Sie einen Jobagenten angelegt haben.
Abmelden: https://jobboerse-nordwest.example.de/jobagent/abmelden?id=88f1""",
        "html": True, "brand": "Jobbörse Nordwest",
        "hdr": bulk("Jobagent <jobagent.jobboerse-nordwest.example.de>",
                    "https://jobboerse-nordwest.example.de/jobagent/abmelden?id=88f1"),
    },
    {
        "id": "career_nl_de", "kind": "other", "lang": "de", "company": "", "contact": "",
        "date": "2026-05-15 06:30 +0200",
        "frm": ("Karrierebrief Mobilität", "newsletter@karrierebrief-mobil.example.de"),
        "subject": "Karrierebrief Mai: Nach der Absage ist vor dem Interview",
        "text": """Karrierebrief Mobilität – Ausgabe Mai 2026

1. Leider abgelehnt? Fünf Gründe, warum Absagen oft nichts mit Ihnen zu tun haben.
2. Das Vorstellungsgespräch als Quereinsteiger: Vom Fahrdienst in die Verkehrsplanung.
3. Interview mit einer Leitstellenleiterin: „Wir suchen Leute, die den Betrieb kennen.“
4. Gehaltscheck: Was verdienen Disponentinnen und Disponenten im ÖPNV?

Wir freuen uns auf Ihr Feedback.
Ihre Redaktion Karrierebrief Mobilität

Newsletter abbestellen: https://karrierebrief-mobil.example.de/abmelden""",
        "html": True, "html_only": True, "brand": "Karrierebrief Mobilität",
        "hdr": bulk("Karrierebrief Mobilitaet <karrierebrief.karrierebrief-mobil.example.de>",
                    "https://karrierebrief-mobil.example.de/abmelden"),
        "cte": "quoted-printable",
    },
    {
        "id": "radio_de", "kind": "other", "lang": "de", "company": "", "contact": "from",
        "date": "2026-03-11 13:48 +0100",
        "frm": ("Lena Brüggemann", "l.brueggemann@radio-leinewelle.example.de"),
        "subject": "Interviewanfrage: Busfahrermangel in Hannover",
        "text": """Hallo Herr Papadakis,

ich bin Redakteurin bei Radio Leinewelle und arbeite an einem Beitrag über den Mangel an
Busfahrerinnen und Busfahrern. Ihre Kollegin Frau Demir hat mir Ihren Namen gegeben.

Hätten Sie Lust auf ein kurzes Interview (ca. 10 Minuten, aufgezeichnet) über Ihren
Arbeitsalltag und die Schichtplanung? Gern bei Ihnen am Betriebshof oder bei uns im Studio.

Viele Grüße
Lena Brüggemann
Redaktion Stadtleben
Radio Leinewelle, Goseriede 9, 30159 Hannover""",
        "name_enc": ("utf-8", "Q"),
    },
    {
        "id": "uxresearch_de", "kind": "other", "lang": "de", "company": "", "contact": "from",
        "date": "2026-06-17 10:00 +0200",
        "frm": ("Jonas Petersen", "jonas.petersen@fahrinfo-app.example.de"),
        "subject": "Einladung zu einem Nutzerinterview (30 Min., 25 € Gutschein)",
        "text": """Hallo Dimitri,

Sie haben in unserer App FahrInfo angegeben, dass wir Sie für Nutzerforschung kontaktieren
dürfen. Wir führen gerade Interviews mit Menschen, die beruflich mit dem Nahverkehr zu tun
haben, und würden gern 30 Minuten mit Ihnen per Video sprechen.

Als Dankeschön gibt es einen Gutschein über 25 €. Passt Ihnen nächste Woche ein Termin?

Beste Grüße
Jonas Petersen
UX Research, FahrInfo""",
    },
    {
        "id": "parcel_de", "kind": "other", "lang": "de", "company": "", "contact": "",
        "date": "2026-03-26 16:12 +0100",
        "frm": ("Paketblitz Sendungsverfolgung", "noreply@paketblitz.example.de"),
        "subject": "Leider verzögert sich Ihre Sendung 4471 0038 9921",
        "text": """Hallo Dimitri Papadakis,

leider verzögert sich die Zustellung Ihrer Sendung 4471 0038 9921. Aufgrund eines hohen
Sendungsaufkommens im Paketzentrum Langenhagen erfolgt die Zustellung voraussichtlich am
Montag, 30. März.

Wir bitten um Entschuldigung.
Ihr Paketblitz-Team

Dies ist eine automatisch versendete Nachricht.""",
        "html": True, "brand": "Paketblitz",
    },
    {
        "id": "bank_de", "kind": "other", "lang": "de", "company": "", "contact": "",
        "date": "2026-07-01 04:15 +0200",
        "frm": ("Leinebank Online-Banking", "noreply@leinebank.example.de"),
        "subject": "Ihre Depotübersicht: Veränderung einer Position",
        "text": """Sehr geehrter Herr Papadakis,

in Ihrem Depot 7720 4410 hat sich eine Position verändert: Die Ausschüttung des
Fonds "Europa Infrastruktur" wurde wiederangelegt. Ihre neue Positionsübersicht finden Sie
im Online-Banking unter Postfach > Depot.

Mit freundlichen Grüßen
Ihre Leinebank""",
        "cs": "iso-8859-1", "cte": "quoted-printable", "subj_enc": ("iso-8859-1", "Q"),
    },
    {
        "id": "gps_de", "kind": "other", "lang": "de", "company": "", "contact": "",
        "date": "2026-02-19 05:41 +0100",
        "frm": ("FleetTrack Alarm", "alarm@fleettrack.example.de"),
        "subject": "Alarm: Keine GPS-Position für Fahrzeug H-LB 2214 seit 15 Minuten",
        "text": """Alarmmeldung FleetTrack

Fahrzeug: H-LB 2214 (Umlauf 37, Linie 134)
Letzte Position: 05:26 Uhr, Haltestelle Ahlem/Friedhof
Status: keine Positionsmeldung seit 15 Minuten

Bitte prüfen Sie die Bordeinheit oder kontaktieren Sie das Fahrpersonal.

Diese Meldung wurde an alle Disponenten der Schicht verschickt.""",
    },
    {
        "id": "landlord_de", "kind": "other", "lang": "de", "company": "", "contact": "from",
        "date": "2026-05-25 09:18 +0200",
        "frm": ("Hans-Peter Riedel", "hp.riedel@t-online.example.de"),
        "subject": "Besichtigung Wohnung Schwarzwaldallee",
        "text": """Guten Tag Herr Papadakis,

danke für Ihre Anfrage zur 3-Zimmer-Wohnung in Basel-Kleinhüningen. Eine Besichtigung ist am
Samstag, 6. Juni, um 11 Uhr möglich. Bitte bringen Sie eine Kopie Ihres Arbeitsvertrags oder
eine Arbeitgeberbestätigung mit.

Mit freundlichem Gruss
H.-P. Riedel""",
    },
    {
        "id": "dentist_de", "kind": "other", "lang": "de", "company": "", "contact": "",
        "date": "2026-01-22 17:00 +0100",
        "frm": ("Zahnarztpraxis Dr. Yilmaz", "noreply@praxis-yilmaz.example.de"),
        "subject": "Terminerinnerung: Kontrolluntersuchung am 27.01.",
        "text": """Guten Tag Herr Papadakis,

wir möchten Sie an Ihren Termin erinnern:

Dienstag, 27. Januar 2026, 7:30 Uhr, Kontrolluntersuchung und Zahnreinigung
Zahnarztpraxis Dr. Yilmaz, Limmerstraße 51, 30451 Hannover

Falls Sie den Termin nicht wahrnehmen können, sagen Sie ihn bitte mindestens 24 Stunden
vorher telefonisch ab.

Ihr Praxisteam""",
        "cs": "iso-8859-1", "cte": "8bit",
    },
    {
        "id": "friend_rej_de", "kind": "other", "lang": "de", "company": "", "contact": "from",
        "date": "2026-03-08 22:03 +0100",
        "frm": ("Kostas Andreou", "kostas.andreou@example.de"),
        "subject": "Weserbus hat mir auch abgesagt",
        "text": """Hey Dimi,

hab heute auch die Absage von Weserbus bekommen, Standardtext, "für eine Kandidatin mit
Erfahrung im RBL entschieden". Die hatten wohl von Anfang an jemanden im Kopf. Egal, ich
bewerbe mich jetzt bei der S-Bahn.

Wie läuft's bei dir mit Stadtbahn Leinetal? Halt mich auf dem Laufenden!

Kostas""",
    },
    {
        "id": "friend_fwd_de", "kind": "other", "lang": "de", "company": "", "contact": "from",
        "date": "2026-04-17 19:26 +0200",
        "frm": ("Sven Kröger", "sven.kroeger@example.de"),
        "subject": "WG: Einladung zum Vorstellungsgespräch – brauche deinen Rat",
        "text": """Moin Dimitri,

guck mal, ich hab endlich eine Einladung bekommen (siehe unten)! Du hast doch gerade so viele
Gespräche gehabt – was fragen die in der Leitstelle so? Können wir am Wochenende mal
telefonieren?

Sven""",
        "fwd": {
            "id": "friend_fwd_de_inner", "kind": "other", "lang": "de", "company": "",
            "contact": "", "date": "2026-04-16 11:00 +0200",
            "frm": ("Regiobus Wunstorf Personal", "personal@regiobus-wunstorf.example.de"),
            "to": [("Sven Kröger", "sven.kroeger@example.de")],
            "subject": "Einladung zum Vorstellungsgespräch",
            "text": """Sehr geehrter Herr Kröger,

wir laden Sie zu einem Vorstellungsgespräch am 23. April 2026 um 9:00 Uhr in unseren
Betriebshof Wunstorf ein.

Mit freundlichen Grüßen
Regiobus Wunstorf""",
        },
    },
    {
        "id": "course_de", "kind": "other", "lang": "de", "company": "", "contact": "from",
        "date": "2026-01-30 10:40 +0100",
        "frm": ("Weiterbildungsberatung BZ Hannover", "kurse@bz-hannover.example.de"),
        "subject": "Ihre Anmeldung: Verkehrsfachwirt/in – Lehrgang ausgebucht",
        "text": """Sehr geehrter Herr Papadakis,

vielen Dank für Ihre Anmeldung zum berufsbegleitenden Lehrgang „Geprüfte/r
Verkehrsfachwirt/in“ ab März 2026.

Leider ist der Lehrgang bereits ausgebucht, sodass wir Ihnen keinen Platz anbieten können.
Wir haben Sie auf die Warteliste gesetzt und würden Sie bevorzugt für den Herbstlehrgang
berücksichtigen.

Mit freundlichen Grüßen
Ihre Weiterbildungsberatung
Bildungszentrum Hannover""",
        "cs": "windows-1252", "cte": "quoted-printable",
    },
    {
        "id": "headhunter_de", "kind": "other", "lang": "de", "company": "", "contact": "from",
        "date": "2026-08-26 08:12 +0200",
        "frm": ("Mirko Sauer", "m.sauer@alpenberg-search.example.ch"),
        "subject": "Vertrauliche Anfrage – Leitung Disposition",
        "text": """Guten Tag Herr Papadakis

Ich bin Personalberater bei Alpenberg Executive Search und auf Ihr Profil gestossen. Für ein
Verkehrsunternehmen in der Nordwestschweiz suche ich eine Leitung Disposition mit
Fahrdienst-Hintergrund.

Wären Sie grundsätzlich offen für eine Veränderung? Wenn ja, sende ich Ihnen gerne eine
anonymisierte Kurzbeschreibung der Position.

Freundliche Grüsse
Mirko Sauer
Alpenberg Executive Search, Zürich""",
    },
    {
        "id": "union_de", "kind": "other", "lang": "de", "company": "", "contact": "",
        "date": "2026-02-27 12:00 +0100",
        "frm": ("Betriebsgruppe Fahrdienst", "info@bg-fahrdienst.example.de"),
        "subject": "Tarifrunde: Arbeitgeber sagt Verhandlungstermin ab",
        "text": """Liebe Kolleginnen und Kollegen,

der Arbeitgeberverband hat den für Montag angesetzten Verhandlungstermin kurzfristig
abgesagt. Ein neuer Termin wurde uns nicht genannt. Wir rufen deshalb für Donnerstag zu einer
Mitgliederversammlung im Freizeitheim Linden auf.

Solidarische Grüße
Eure Betriebsgruppe""",
        "hdr": bulk("Betriebsgruppe Fahrdienst <mitglieder.bg-fahrdienst.example.de>",
                    "mailto:leave-mitglieder@bg-fahrdienst.example.de"),
    },
    {
        "id": "roster_de", "kind": "other", "lang": "de", "company": "", "contact": "from",
        "date": "2026-03-13 14:30 +0100",
        "frm": ("Dienstplanung Betriebshof Nord", "dienstplan-nord@verkehr-hannover.example.de"),
        "subject": "Dienstplanänderung KW 13",
        "text": """Hallo Dimitri,

für KW 13 ergeben sich folgende Änderungen an deinem Dienstplan:

Mo 23.03.: Dispo-Früh 04:30–12:45 statt Linie 100
Mi 25.03.: frei (Urlaub wie beantragt)
Sa 28.03.: Spätdienst Linie 120, 14:10–22:40

Bei Rückfragen bitte direkt an uns.
Dienstplanung Nord""",
    },
    {
        "id": "webinar_de", "kind": "other", "lang": "de", "company": "", "contact": "",
        "date": "2026-09-22 10:00 +0200",
        "frm": ("PlanOPNV Software", "events@planopnv.example.de"),
        "subject": "Einladung: Webinar „KI in der Dienst- und Umlaufplanung“",
        "text": """Guten Tag,

wir laden Sie herzlich zu unserem kostenlosen Webinar ein:
„KI in der Dienst- und Umlaufplanung – was heute schon geht“
Donnerstag, 8. Oktober 2026, 14:00–15:00 Uhr

Jetzt anmelden: https://planopnv.example.de/webinar/ki-umlauf

Viele Grüße
Ihr PlanOPNV-Team

Sie möchten keine Einladungen mehr erhalten? Hier abmelden.""",
        "html": True, "brand": "PlanOPNV",
        "hdr": bulk("PlanOPNV Events <events.planopnv.example.de>",
                    "https://planopnv.example.de/abmelden"),
    },
    {
        "id": "counsel_de", "kind": "other", "lang": "de", "company": "", "contact": "",
        "date": "2026-01-08 09:30 +0100",
        "frm": ("Berufsberatung Region Hannover", "noreply@berufsberatung-hannover.example.de"),
        "subject": "Terminbestätigung Berufsberatung im Erwerbsleben",
        "text": """Sehr geehrter Herr Papadakis,

hiermit bestätigen wir Ihren Beratungstermin:

Mittwoch, 14. Januar 2026, 15:00 Uhr
Thema: Berufliche Weiterentwicklung – Verkehrsplanung und Disposition

Bitte bringen Sie Ihren Lebenslauf mit.

Ihre Berufsberatung""",
    },
    {
        "id": "network_de", "kind": "other", "lang": "de", "company": "", "contact": "",
        "date": "2026-06-29 18:00 +0200",
        "frm": ("Berufsnetz", "benachrichtigung@berufsnetz.example.de"),
        "subject": "3 Personen haben Ihr Profil besucht",
        "text": """Hallo Dimitri,

in den letzten 7 Tagen haben 3 Personen Ihr Profil besucht, darunter eine Recruiterin aus
der Logistikbranche und ein Personalberater aus Zürich.

Mit Premium sehen Sie, wer es war.

Ihr Berufsnetz-Team""",
        "html": True, "html_only": True, "brand": "Berufsnetz",
        "hdr": bulk("<notifications.berufsnetz.example.de>",
                    "https://berufsnetz.example.de/settings/notifications"),
    },
    # ------------------------------------------------------------ own mail and other, en
    {
        "id": "own_tarmac_counter", "kind": "other", "lang": "en", "company": "", "contact": "",
        "date": "2026-06-19 21:12 +0200", "frm": ME, "to": [CLAIRE],
        "parent": "tarmac_offer_verbal", "quote": True,
        "subject": "Offer – Ramp Operations Planner",
        "text": """Dear Claire,

Thank you very much for the offer and for the letter from your Saint-Louis office. I am very
keen to join Tarmac Services.

Two points before I sign: I am in my probation period at my current employer and would need
to start on 1 September rather than 1 August. And given the cost of living in Basel, would
there be any room on the salary, for example CHF 89,000?

Kind regards,
Dimitri""",
    },
    {
        "id": "own_tarmac_accept", "kind": "other", "lang": "en", "company": "", "contact": "",
        "date": "2026-06-25 07:48 +0200", "frm": ME, "to": [CLAIRE],
        "parent": "tarmac_offer_revised", "quote": True,
        "subject": "RE: Offer – Ramp Operations Planner",
        "text": f"""Dear Claire,

That's great news – I'm happy to accept the offer with the 1 September start and CHF
88,000. I'm looking forward to receiving the contract from Reto.

{MY_SIG_EN}""",
    },
    {
        "id": "podcast_en", "kind": "other", "lang": "en", "company": "", "contact": "from",
        "date": "2026-08-05 14:22 +0100",
        "frm": ("Tom Ellery", "tom@transittalkpod.example.co.uk"),
        "subject": "Transit Talk podcast – would you be our guest?",
        "text": """Hi Dimitri,

I host Transit Talk, a small podcast about people who keep buses and trains running. A
listener pointed me to your post about moving from the driver's seat into operations
planning.

Would you be up for a 40-minute interview over Zoom some time in September? No preparation
needed, we just chat.

Cheers,
Tom Ellery
Transit Talk""",
    },
    {
        "id": "jobalert_en", "kind": "other", "lang": "en", "company": "", "contact": "",
        "date": "2026-04-06 07:00 +0000",
        "frm": ("RouteJobs Weekly", "alerts@routejobs.example.com"),
        "subject": "Your weekly digest: 9 new Operations Planner jobs",
        "text": """Hi Dimitri, here are this week's matches:

- Operations Planner, regional rail – Basel area
- Bus Network Scheduler – Lyon
- Control Room Dispatcher – Bremen
- Ground Operations Controller – Valencia Airport

Career tip: Got a rejection? Unfortunately it happens to everyone. Ask for feedback and
prepare better for your next interview with our free interview checklist.

Manage alerts or unsubscribe: https://routejobs.example.com/alerts""",
        "html": True, "brand": "RouteJobs",
        "hdr": bulk("RouteJobs Weekly <weekly.routejobs.example.com>",
                    "https://routejobs.example.com/alerts/unsubscribe?u=5d1e"),
    },
    {
        "id": "northgate_ooo", "kind": "other", "lang": "en", "company": "", "contact": "from",
        "date": "2026-09-04 19:02 +0100",
        "frm": ("Priya Raman", "priya.raman@northgate-talent.example.co.uk"),
        "parent": "northgate_rej",
        "subject": "Automatic reply: Harbourline feedback",
        "text": """Thank you for your email. I am out of the office until Monday 14 September with
limited access to email. For urgent matters please contact my colleague James Holt on
+44 20 7946 0830.

Priya Raman
Northgate Talent Partners""",
        "hdr": OOO,
    },
    {
        "id": "coldcall_en", "kind": "other", "lang": "en", "company": "", "contact": "from",
        "date": "2026-09-29 10:41 +0100",
        "frm": ("James Holt", "james.holt@northgate-talent.example.co.uk"),
        "subject": "Quick hello from Northgate",
        "text": """Hi Dimitri,

Priya mentioned you're settling into a new role at the airport in Basel – congratulations!
I look after aviation operations roles across Switzerland and France. No vacancy to pitch
today; I'd just like to stay in touch for the future.

Best,
James Holt
Principal Consultant, Aviation
Northgate Talent Partners""",
    },
    {
        "id": "parcel_en", "kind": "other", "lang": "en", "company": "", "contact": "",
        "date": "2026-08-14 11:30 +0000",
        "frm": ("SwiftBox Deliveries", "no-reply@swiftbox.example.com"),
        "subject": "Unfortunately your parcel is delayed",
        "text": """Hi Dimitri,

Unfortunately your parcel SBX-20260813-7741 is delayed because of a customs inspection at
the Basel border. We now expect to deliver it on Tuesday, 18 August.

We're sorry for the inconvenience.
SwiftBox Deliveries""",
        "html": True, "html_only": True, "brand": "SwiftBox",
    },
    # ------------------------------------------------------------ own mail and other, fr
    {
        "id": "own_app_beaujolais", "kind": "other", "lang": "fr", "company": "",
        "contact": "", "date": "2026-06-05 22:40 +0200", "frm": ME,
        "to": [("Cars du Beaujolais", "rh@cars-beaujolais.example.fr")],
        "subject": "Candidature – exploitant transport de voyageurs",
        "text": f"""Madame, Monsieur,

Je vous adresse ma candidature au poste d'exploitant transport de voyageurs. Conducteur de bus
depuis onze ans à Hanovre et régulateur de dépôt depuis trois ans, je souhaite m'installer
dans la région lyonnaise avec ma famille.

Vous trouverez ci-joint mon CV. Je reste à votre disposition pour un entretien.

{MY_SIG_FR}""",
        "pdf": [("CV_Dimitri_Papadakis_FR.pdf", ["Dimitri Papadakis - CV",
                                                  "Conducteur de bus et regulateur, Hanovre"])],
        "cte": "quoted-printable",
    },
    {
        "id": "own_trs_thanks", "kind": "other", "lang": "fr", "company": "", "contact": "",
        "date": "2026-06-09 18:55 +0200", "frm": ME,
        "to": [("Nadia Benali", "n.benali@trs-lyon.example.fr")],
        "parent": "trs_resched", "quote": True,
        "subject": "Re: Report de votre entretien du 4 juin",
        "text": """Bonjour Madame Benali,

Merci beaucoup pour l'entretien de ce matin avec M. Perrin. J'ai beaucoup apprécié la
présentation du PC bus et je reste très motivé par le poste.

Bien cordialement,
Dimitri Papadakis""",
    },
    {
        "id": "nl_fr", "kind": "other", "lang": "fr", "company": "", "contact": "",
        "date": "2026-04-23 08:00 +0200",
        "frm": ("La Lettre Mobilité Emploi", "lettre@mobilite-emploi.example.fr"),
        "subject": "Entretien d'embauche : 7 erreurs à éviter – et comment rebondir après un refus",
        "text": """La Lettre Mobilité Emploi, n° 118

À la une : entretien d'embauche, les 7 erreurs à éviter
Malheureusement, un refus arrive à tout le monde. Nos conseils pour rebondir.
Portrait : de conducteur de tram à responsable d'exploitation.
Les offres de la semaine : régulateurs, planificateurs, agents de maîtrise.

Se désinscrire : https://mobilite-emploi.example.fr/desinscription""",
        "html": True, "brand": "Mobilité Emploi",
        "hdr": bulk("La Lettre Mobilite Emploi <lettre.mobilite-emploi.example.fr>",
                    "https://mobilite-emploi.example.fr/desinscription"),
        "cs": "iso-8859-1", "cte": "quoted-printable",
    },
    {
        "id": "flat_fr", "kind": "other", "lang": "fr", "company": "", "contact": "from",
        "date": "2026-06-11 12:05 +0200",
        "frm": ("Agnès Perret", "a.perret@immo-guillotiere.example.fr"),
        "subject": "Visite de l'appartement rue Garibaldi",
        "text": """Bonjour Monsieur,

Suite à votre demande, je vous propose une visite du T3 rue Garibaldi (Lyon 7e) le samedi
13 juin à 10 h 30. Merci de prévoir vos trois derniers bulletins de salaire.

Cordialement,
Agnès Perret
Agence Immo Guillotière""",
        "cs": "windows-1252", "cte": "8bit",
    },
    {
        "id": "press_fr", "kind": "other", "lang": "fr", "company": "", "contact": "from",
        "date": "2026-07-17 15:40 +0200",
        "frm": ("Hélène Vasseur", "h.vasseur@echo-du-rhone.example.fr"),
        "subject": "Demande d'interview – pénurie de conducteurs en Europe",
        "text": """Bonjour Monsieur Papadakis,

Je suis journaliste à L'Écho du Rhône et je prépare un article sur la pénurie de conducteurs
de bus en Europe. On m'a dit que vous aviez postulé à Lyon depuis l'Allemagne.

Accepteriez-vous un court entretien téléphonique pour témoigner de votre parcours ?

Bien à vous,
Hélène Vasseur""",
        "name_enc": ("iso-8859-1", "Q"),
    },
    {
        "id": "course_fr", "kind": "other", "lang": "fr", "company": "", "contact": "from",
        "date": "2026-05-29 09:12 +0200",
        "frm": ("Institut Lumière Langues", "inscriptions@lumiere-langues.example.fr"),
        "subject": "Votre inscription au cours intensif de français",
        "text": """Bonjour,

Nous avons bien reçu votre demande d'inscription au cours intensif de français (niveau B1) de
juillet. Malheureusement, le groupe est complet et nous ne pouvons pas vous proposer de
place. Nous vous avons inscrit sur la liste d'attente pour la session d'août.

Cordialement,
Le secrétariat pédagogique""",
    },
    {
        "id": "friend_rej_fr", "kind": "other", "lang": "fr", "company": "", "contact": "from",
        "date": "2026-06-21 20:30 +0200",
        "frm": ("Théo Girardin", "theo.girardin@example.fr"),
        "subject": "Recalé chez TRS moi aussi",
        "text": """Salut Dimitri,

Je viens de recevoir un refus de Transports Rhône-Saône pour le poste de régulateur,
apparemment ils ont pris quelqu'un en interne. Et toi, des nouvelles de ton entretien ?

On se fait une visio ce week-end ?
Théo""",
    },
    {
        "id": "trs_ooo", "kind": "other", "lang": "fr", "company": "", "contact": "from",
        "date": "2026-06-09 18:55 +0200",
        "frm": ("Nadia Benali", "n.benali@trs-lyon.example.fr"),
        "parent": "own_trs_thanks",
        "subject": "Réponse automatique : Re: Report de votre entretien du 4 juin",
        "text": """Bonjour,

Je suis absente jusqu'au 15 juin inclus. Pour toute question urgente concernant un
recrutement, merci d'écrire à recrutement@trs-lyon.example.fr.

Nadia Benali""",
        "hdr": OOO, "subj_enc": ("utf-8", "Q"),
    },
    # ------------------------------------------------------------ own mail and other, es
    {
        "id": "own_turia_request", "kind": "other", "lang": "es", "company": "", "contact": "",
        "date": "2026-05-04 20:15 +0200", "frm": ME, "to": [TURIA],
        "parent": "turia_invite", "quote": True,
        "subject": "RE: Entrevista – Técnico/a de planificación de servicios",
        "text": """Hola Lucía:

Muchas gracias por la invitación. El martes 12 estoy de turno de mañana y no puedo
cambiarlo. ¿Sería posible hacer la entrevista otro día, preferiblemente por la tarde?

Un saludo,
Dimitri""",
    },
    {
        "id": "own_turia_decline", "kind": "other", "lang": "es", "company": "", "contact": "",
        "date": "2026-06-03 19:30 +0200", "frm": ME, "to": [TURIA],
        "parent": "turia_offer", "quote": True,
        "subject": "RE: Propuesta de incorporación – Técnico de planificación",
        "text": f"""Hola Lucía:

Muchísimas gracias por la oferta y por todo el proceso. Después de pensarlo mucho con mi
familia, he decidido quedarme en Alemania de momento, así que no puedo aceptar el puesto.
Espero que podamos coincidir en el futuro.

{MY_SIG_ES}""",
    },
    {
        "id": "own_albufera_app", "kind": "other", "lang": "es", "company": "", "contact": "",
        "date": "2026-06-02 23:05 +0200", "frm": ME,
        "to": [("Selección Grupo Albufera", "seleccion@grupoalbufera.example.es")],
        "subject": "Candidatura – Responsable de tráfico nocturno",
        "text": f"""Buenas noches:

Les envío mi currículum para el puesto de Responsable de tráfico nocturno publicado en su
web. Tengo experiencia como conductor y despachador de turnos en Hannover.

{MY_SIG_ES}""",
        "pdf": [("CV_Dimitri_Papadakis_ES.pdf", ["Dimitri Papadakis - Curriculum",
                                                  "Conductor y despachador, Hannover"])],
    },
    {
        "id": "jobalert_es", "kind": "other", "lang": "es", "company": "", "contact": "",
        "date": "2026-07-27 06:00 +0200",
        "frm": ("Empleo Levante Alertas", "alertas@empleolevante.example.es"),
        "subject": "8 nuevas ofertas de «Jefe de tráfico» en Valencia",
        "text": """Hola Dimitri,

Tenemos 8 nuevas ofertas que coinciden con tu alerta:

• Jefe/a de tráfico – transporte frigorífico, Silla
• Planificador/a de rutas – paquetería, Paterna
• Coordinador/a de operaciones – aeropuerto de Manises

Consejo: ¿te han rechazado en una entrevista? Lamentablemente es normal; pide siempre
feedback.

Para darte de baja, pulsa aquí.""",
        "html": True, "brand": "Empleo Levante",
        "hdr": bulk("Alertas Empleo Levante <alertas.empleolevante.example.es>",
                    "https://empleolevante.example.es/baja?u=a81"),
        "subj_enc": ("iso-8859-1", "Q"),
    },
    {
        "id": "bank_es", "kind": "other", "lang": "es", "company": "", "contact": "",
        "date": "2026-10-02 08:00 +0200",
        "frm": ("Banco Mediterráneo Digital", "avisos@bancomed.example.es"),
        "subject": "Tu posición global a 30 de septiembre",
        "text": """Hola Dimitri,

Ya tienes disponible el resumen de tu posición global a 30 de septiembre: saldo en cuentas,
tarjetas y la posición de tu cuenta de valores.

Consúltalo en la app o en la banca online.

Banco Mediterráneo Digital""",
        "html": True, "html_only": True, "name_enc": ("utf-8", "B"),
    },
    {
        "id": "cita_es", "kind": "other", "lang": "es", "company": "", "contact": "",
        "date": "2026-05-20 10:30 +0200",
        "frm": ("Cita Previa Extranjería", "noreply@citaprevia.example.es"),
        "subject": "Confirmación de cita: certificado de registro de ciudadano UE",
        "text": """Estimado/a DIMITRI PAPADAKIS:

Su cita ha sido confirmada.

Trámite: Certificado de registro de ciudadano de la Unión
Oficina: Valencia, calle Motilla del Palancar
Fecha y hora: 16/06/2026 09:40
Código de cita: 7TQ2-88KD

Preséntese con su pasaporte y este justificante.""",
        "cs": "iso-8859-1", "cte": "quoted-printable",
    },
    {
        "id": "uxresearch_es", "kind": "other", "lang": "es", "company": "", "contact": "from",
        "date": "2026-09-10 11:15 +0200",
        "frm": ("Irene Castells", "irene.castells@valenbus-app.example.es"),
        "subject": "¿Nos ayudas? Entrevista de 20 minutos sobre la app Valenbus",
        "text": """Hola Dimitri:

Soy Irene, investigadora de experiencia de usuario en Valenbus. Estamos entrevistando a
personas que usan la app para moverse por Valencia y nos encantaría conocer tu opinión como
profesional del transporte.

La entrevista dura unos 20 minutos por videollamada. ¿Te va bien algún día de la próxima
semana?

Gracias,
Irene Castells""",
    },
    {
        "id": "friend_fwd_es", "kind": "other", "lang": "es", "company": "", "contact": "from",
        "date": "2026-05-16 12:48 +0200",
        "frm": ("Pablo Ribera", "pablo.ribera@example.es"),
        "subject": "Fwd: Convocatoria a entrevista – ¿me ayudas?",
        "text": """¡Hola Dimi!

Mira lo que me ha llegado (abajo). Es para conductor en Metro Ligero, pero la entrevista es
con el jefe de tráfico y no sé qué me van a preguntar. Tú que has hecho tantas, ¿me das
algún consejo?

Abrazos,
Pablo""",
        "fwd": {
            "id": "friend_fwd_es_inner", "kind": "other", "lang": "es", "company": "",
            "contact": "", "date": "2026-05-15 09:00 +0200",
            "frm": ("Selección Metro Ligero", "seleccion@metroligero-val.example.es"),
            "to": [("Pablo Ribera", "pablo.ribera@example.es")],
            "subject": "Convocatoria a entrevista",
            "text": """Estimado Pablo:

Le convocamos a una entrevista personal el día 21 de mayo a las 10:00 en nuestras oficinas
de la calle Jesús.

Atentamente,
Departamento de Selección""",
        },
        "cte": "8bit",
    },
    {
        "id": "flat_es", "kind": "other", "lang": "es", "company": "", "contact": "from",
        "date": "2026-05-09 17:05 +0200",
        "frm": ("Rosa Llorens", "rosa.llorens@example.es"),
        "subject": "Visita del piso en Ruzafa",
        "text": """Hola Dimitri,

Te confirmo la visita del piso de la calle Sueca el sábado 23 a las 12:00. Son tres
habitaciones, cuarto piso sin ascensor. Si al final no puedes venir, avísame por WhatsApp.

Rosa""",
    },
    {
        "id": "turia_ooo", "kind": "other", "lang": "es", "company": "", "contact": "from",
        "date": "2026-06-03 19:30 +0200", "frm": TURIA,
        "parent": "own_turia_decline",
        "subject": "Respuesta automática: fuera de la oficina",
        "text": """Gracias por tu mensaje. Estoy de vacaciones hasta el 15 de junio. Para cualquier
asunto urgente, escribe a rrhh@autobuses-turia.example.es.

Lucía Ferrer Navarro""",
        "hdr": OOO,
    },
]
