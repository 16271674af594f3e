"""Corpus 157: everything else (52): digests, advice, sent mail, auto-replies, look-alikes."""

from __future__ import annotations

from msgs157_common import (
    CAND,
    SIG_DE,
    SIG_EN,
    forwarded,
    newsletter,
    newsletter_text,
    outlook,
    paras,
    quote,
)

X = "other"


def _list(list_id: str, unsub: str) -> list[tuple[str, str]]:
    return [
        ("List-Id", list_id),
        ("List-Unsubscribe", f"<{unsub}>, <mailto:unsubscribe@{unsub.split('/')[2]}>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ]


_jobagent_items = [
    ("Teamleitung Onlineshop (m/w/d) – Graz", "Modehandel, Vollzeit, ab 2.700 € brutto. Vorstellungsgespräche laufen bereits.", "https://jobs.example.at/j/88120"),
    ("E-Commerce Operations Assistant – Wien", "Marktplatz-Start-up sucht Verstärkung; Bewerbungsschluss 28.02.", "https://jobs.example.at/j/88131"),
    ("Versandleitung – Linz", "Logistiker, Schichtbetrieb; keine Absage ohne Feedback, verspricht der Arbeitgeber.", "https://jobs.example.at/j/88177"),
    ("Kundenservice Teamlead – Graz-Puntigam", "Drogeriekette, Homeoffice teilweise möglich.", "https://jobs.example.at/j/88190"),
]

_absage_items = [
    ("Absage bekommen? Drei Dinge, die Sie jetzt tun sollten", "Warum eine Ablehnung selten etwas mit Ihnen persönlich zu tun hat.", "https://karrieremagazin.example.at/absage-tipps"),
    ("Nachfragen nach dem Vorstellungsgespräch: wann und wie?", "Eine Woche warten, dann freundlich erkundigen.", "https://karrieremagazin.example.at/nachfragen"),
    ("Vom Supermarkt in die Logistik", "Quereinsteigerinnen erzählen.", "https://karrieremagazin.example.at/quereinstieg"),
]

_en_digest = [
    ("Operations Coordinator – Ljubljana", "Marketplace, English-speaking team, interviews from next week.", "https://jobs.example.si/o/4411"),
    ("Warehouse Shift Lead – Kranj", "Grocery delivery; relocation support.", "https://jobs.example.si/o/4418"),
    ("Customer Ops Associate – remote (CET)", "Online fashion retailer; 'we reply to every applicant, even with a no'.", "https://jobs.example.si/o/4420"),
]

_fr_digest = [
    ("Responsable d'entrepôt e-commerce – Lyon 7e", "CDI, entretiens dès la semaine prochaine.", "https://emploi.example.fr/o/77120"),
    ("Coordinatrice logistique – Vénissieux", "Poste à pourvoir immédiatement.", "https://emploi.example.fr/o/77135"),
    ("Cheffe d'équipe préparation – Saint-Priest", "Refus motivé garanti sous 15 jours.", "https://emploi.example.fr/o/77140"),
]

_es_digest = [
    ("Jefe/a de turno almacén – Madrid (Villaverde)", "Entrevistas esta semana; incorporación inmediata.", "https://empleo.example.es/o/5521"),
    ("Coordinador/a e-commerce – Alcobendas", "Contrato indefinido, teletrabajo parcial.", "https://empleo.example.es/o/5530"),
    ("Responsable de atención al cliente online – Madrid", "Puesto cubierto en 2025, reabierto ahora.", "https://empleo.example.es/o/5544"),
]

_dk_ack_quote = """Hallo Miriam,

schön, dass du dich als Operations Associate bei Donaukorb beworben hast. Deine Bewerbung ist bei uns angekommen."""

_mr_interview = """Estimada Miriam:

Por una reunión de dirección, adelantamos su entrevista del martes 31 a las 10:30, en el mismo lugar.

Pablo Navarro"""

_podcast = """Liebe Frau Pölzl-Adeyemi,

ich produziere den "Handelsfunk Steiermark", einen kleinen Podcast über Menschen im Einzelhandel. Eine Kollegin hat mir erzählt, dass Sie gerade den Sprung von der Kassa ins E-Commerce versuchen – genau so eine Geschichte suchen wir!

Hätten Sie Lust auf ein Interview für unsere Märzfolge? Wir nehmen etwa 40 Minuten in unserem Studio in der Annenstraße auf, gerne auch per Video. Es gibt kein Honorar, aber einen guten Kaffee.

Herzliche Grüße
Jakob Strohmaier
Handelsfunk Steiermark – Podcast"""

MESSAGES: list[dict] = [
    # ================================================================ German (26)
    {
        "k": X, "s": "jobagent_digest", "l": "de",
        "f": ("jobs.example.at Jobagent", "jobagent@jobs.example.at"),
        "d": "2026-01-08 06:30 +0100",
        "sj": "Ihr Jobagent: 4 neue Jobs für „E-Commerce Graz“",
        "t": newsletter_text("4 neue Jobs für Sie", "Passend zu Ihrem Suchprofil „E-Commerce, Graz, 50 km“:", _jobagent_items, "Jobagent abbestellen: https://jobs.example.at/unsubscribe?u=mpa"),
        "h": newsletter("4 neue Jobs für Sie", "Passend zu Ihrem Suchprofil „E-Commerce, Graz, 50 km“:", _jobagent_items, "Jobagent abbestellen: https://jobs.example.at/unsubscribe?u=mpa"),
        "x": _list("<jobagent.jobs.example.at>", "https://jobs.example.at/unsubscribe?u=mpa"),
    },
    {
        "k": X, "s": "career_magazine_absage", "l": "de",
        "f": ("Karrieremagazin", "newsletter@karrieremagazin.example.at"),
        "d": "2026-02-14 07:00 +0100",
        "sj": "Diese Woche: Wie Sie mit einer Absage umgehen",
        "h": newsletter("Karrieremagazin – Wochenausgabe", "Die meistgelesenen Artikel dieser Woche:", _absage_items, "Sie erhalten diesen Newsletter, weil Sie sich registriert haben. Abmelden: https://karrieremagazin.example.at/abmelden"),
        "x": _list("<wochen.karrieremagazin.example.at>", "https://karrieremagazin.example.at/abmelden"),
    },
    {
        "k": X, "s": "advice_interview_questions", "l": "de",
        "f": ("Bewerbungscoach Weiss", "tipps@bewerbungscoach.example.at"),
        "d": "2026-03-03 18:00 +0100",
        "sj": "Die 10 häufigsten Fragen im Vorstellungsgespräch – und gute Antworten",
        "t": """Hallo Miriam,

heute geht's um die Klassiker im Vorstellungsgespräch. „Wo sehen Sie sich in fünf Jahren?“ – „Warum wollen Sie wechseln?“ – „Was war Ihre größte Niederlage?“

Mein Tipp für Quereinsteigerinnen aus dem Handel: Erzählen Sie konkrete Situationen aus dem Schichtalltag. Wie haben Sie eine Kassenschlange aufgelöst? Wie ein neues Teammitglied eingearbeitet?

Wer nach einer Absage Feedback möchte, sollte innerhalb von zwei Tagen freundlich nachfragen.

Ihr Bewerbungscoach
Martina Weiss

Newsletter abbestellen: https://bewerbungscoach.example.at/abmelden""",
        "x": _list("<tipps.bewerbungscoach.example.at>", "https://bewerbungscoach.example.at/abmelden"),
    },
    {
        "k": X, "s": "podcast_interview_request", "l": "de",
        "f": ("Jakob Strohmaier", "jakob@handelsfunk.example.at"),
        "d": "2026-02-20 12:12 +0100",
        "sj": "Interviewanfrage für unseren Podcast",
        "t": _podcast, "h": paras(_podcast),
    },
    {
        "k": X, "s": "user_research_interview", "l": "de",
        "f": ("Team Kaufhügel Research", "research@kaufhuegel.example.at"),
        "d": "2026-04-03 10:00 +0200",
        "sj": "Einladung zum Nutzerinterview (30 Min., 25 € Gutschein)",
        "t": """Hallo Miriam,

du hast vor Kurzem bei Kaufhügel eingekauft. Wir möchten unseren Bestellprozess verbessern und suchen Kundinnen für ein 30-minütiges Nutzerinterview per Video.

Als Dankeschön gibt es einen 25-€-Gutschein. Termin aussuchen: https://kaufhuegel.example.at/research/slots

Danke!
Dein UX-Team von Kaufhügel""",
    },
    {
        "k": X, "s": "package_delayed", "l": "de",
        "f": ("Paketdienst Alpenexpress", "no-reply@alpenexpress.example.at"),
        "d": "2026-03-11 15:20 +0100",
        "sj": "Ihre Sendung verspätet sich leider",
        "t": """Guten Tag,

leider verzögert sich die Zustellung Ihrer Sendung 7734 1209 8821 aufgrund eines erhöhten Paketaufkommens. Neuer voraussichtlicher Zustelltermin: Freitag, 13.03.2026, zwischen 10 und 14 Uhr.

Wir entschuldigen uns für die Unannehmlichkeiten.

Ihr Alpenexpress-Team""",
        "auto": "auto-generated",
    },
    {
        "k": X, "s": "location_shared", "l": "de",
        "f": ("FamilienOrt", "notification@familienort.example.at"),
        "d": "2026-05-16 19:44 +0200",
        "sj": "Kofi hat seine Position mit dir geteilt",
        "t": """Kofi Adeyemi hat seinen aktuellen Standort mit dir geteilt.

Position: Hauptbahnhof Graz, Europaplatz
Genauigkeit: 12 m
Geteilt bis: 21:00 Uhr

In der App ansehen: https://familienort.example.at/map/k29

Du erhältst diese Benachrichtigung, weil Standortfreigaben aktiviert sind.""",
        "auto": "auto-generated",
    },
    {
        "k": X, "s": "friend_own_absage", "l": "de",
        "f": ("Lisa Gruber", "lisa.gruber@mailbox.example.at"),
        "d": "2026-04-09 21:15 +0200",
        "sj": "Na super...",
        "t": """Hey Miri,

rat mal, wer heute eine Absage bekommen hat – ich, von der Bank, nach drei Gesprächen! „Wir haben uns für eine Kandidatin entschieden, die besser ins Team passt“. Danke für nix.

Wie läuft's bei dir mit den Bewerbungen? Hast du schon was von dem Versandhändler in Knittelfeld gehört? Gehen wir am Samstag auf ein Bier?

Bussi, Lisa""",
    },
    {
        "k": X, "s": "sent_thankyou_murtal", "l": "de", "id": "mv4", "re": "mv3",
        "f": CAND, "to": ("Karin Leitgeb", "karin.leitgeb@murtal-versand.example.at"),
        "d": "2026-02-19 18:05 +0100",
        "sj": "Danke für das Gespräch heute",
        "t": """Liebe Frau Leitgeb,

vielen Dank für das offene Gespräch heute Vormittag und die Führung durch das Lager. Besonders die Umstellung auf die neue Versandsoftware hat mich neugierig gemacht – ich würde sehr gerne Teil des Teams werden.

Herzliche Grüße
""" + SIG_DE,
    },
    {
        "k": X, "s": "sent_application", "l": "de",
        "f": CAND, "to": ("Bewerbung Grazer Stadtmarkt Online", "bewerbung@stadtmarkt-online.example.at"),
        "d": "2026-01-05 20:33 +0100",
        "sj": "Bewerbung als Teamleitung Kommissionierung",
        "t": """Sehr geehrte Damen und Herren,

mit großem Interesse habe ich Ihre Ausschreibung für die Teamleitung Kommissionierung gelesen. Seit 2019 bin ich Schichtleiterin in einem Supermarkt in Graz-Lend und verantworte dort Dienstpläne, Kassenabrechnung und die Einschulung neuer Kolleginnen.

Über eine Einladung zu einem persönlichen Gespräch freue ich mich sehr. Lebenslauf und Zeugnisse finden Sie im Anhang.

Mit freundlichen Grüßen
""" + SIG_DE,
        "pdf": ("Lebenslauf_Poelzl-Adeyemi.pdf", [
            "Lebenslauf - Miriam Poelzl-Adeyemi",
            "seit 2019: Schichtleiterin Supermarkt, Graz-Lend",
            "2014-2019: Kassiererin",
            "Sprachen: Deutsch, Englisch, Franzoesisch (B1), Spanisch (A2)",
        ]),
    },
    {
        "k": X, "s": "sent_reschedule_request", "l": "de", "id": "ip3", "re": "ip2",
        "f": CAND, "to": ("Jana Vogt", "jana.vogt@isarpaket.example.de"),
        "d": "2026-04-09 21:02 +0200",
        "sj": "Re: Interviewtermin bei Isarpaket am 15.04.",
        "t": """Hallo Frau Vogt,

leider fällt mein Gesprächstermin am 15. April genau auf eine Inventur in meiner Filiale. Wäre ein Termin am 16. oder 17. April möglich?

Viele Grüße
Miriam Pölzl-Adeyemi""",
    },
    {
        "k": X, "s": "bank_beratungstermin", "l": "de",
        "f": ("Ihre Steirische Sparkassa", "kundenservice@steirische-sparkassa.example.at"),
        "d": "2026-06-18 08:40 +0200",
        "sj": "Ihr Beratungstermin und Ihre Depotposition",
        "t": """Sehr geehrte Frau Pölzl-Adeyemi,

wir bestätigen Ihren Beratungstermin am Dienstag, 23. Juni, um 16:30 Uhr in der Filiale Lend.

Zur Vorbereitung: Ihre Position im Fonds "Steiermark Nachhaltig" hat sich seit Jahresbeginn um 3,2 % entwickelt. Ihre Beraterin, Frau Kranz, bespricht gerne mit Ihnen, ob eine Umschichtung sinnvoll ist.

Freundliche Grüße
Ihre Steirische Sparkassa
Diese Nachricht wurde automatisch erstellt.""",
    },
    {
        "k": X, "s": "landlord_besichtigung", "l": "de",
        "f": ("Hausverwaltung Kernstock", "office@hv-kernstock.example.at"),
        "d": "2026-05-04 09:15 +0200",
        "sj": "Termin für Thermenwartung – Keplerstraße 41",
        "cs": "iso-8859-1", "te": "qp",
        "t": """Sehr geehrte Mieterinnen und Mieter,

die jährliche Thermenwartung findet am Mittwoch, 13. Mai, zwischen 8 und 12 Uhr statt. Sollten Sie den Termin nicht wahrnehmen können, ersuchen wir um Bekanntgabe eines Ersatztermins bis 8. Mai.

Mit freundlichen Grüßen
Hausverwaltung Kernstock
Jakoministraße 5, 8010 Graz""",
    },
    {
        "k": X, "s": "school_elternsprechtag", "l": "de",
        "f": ("VS Lend – Direktion", "direktion@vs-lend.example.at"),
        "d": "2026-03-19 13:00 +0100",
        "sj": "Elternsprechtag: Ihr Gesprächstermin",
        "t": """Liebe Eltern,

Ihr Gesprächstermin beim Elternsprechtag mit Frau Ertl (Klasse 3b) ist am Donnerstag, 26. März, um 17:20 Uhr. Bitte seien Sie pünktlich, die Gespräche dauern zehn Minuten.

Falls Sie verhindert sind, teilen Sie uns das bitte über das Mitteilungsheft mit.

Mit freundlichen Grüßen
Die Direktion""",
    },
    {
        "k": X, "s": "doctor_termin", "l": "de",
        "f": ("Ordination Dr. Zechner", "termine@ordination-zechner.example.at"),
        "d": "2026-07-27 11:30 +0200",
        "sj": "Terminerinnerung: Vorsorgeuntersuchung",
        "t": """Sehr geehrte Frau Pölzl-Adeyemi,

wir erinnern Sie an Ihren Termin zur Vorsorgeuntersuchung am 30. Juli um 8:15 Uhr. Bitte kommen Sie nüchtern und bringen Sie Ihre e-card mit.

Absagen bitte bis spätestens 24 Stunden vorher telefonisch unter 0316 72 11 80.

Ordination Dr. Elisabeth Zechner, Allgemeinmedizin""",
        "auto": "auto-generated",
    },
    {
        "k": X, "s": "out_of_office_recruiter", "l": "de",
        "f": ("Stefan Url", "stefan.url@flexpersonal.example.at"),
        "d": "2026-01-21 07:02 +0100",
        "sj": "Abwesenheitsnotiz: AW: Vorstellungstermin bei Annenhof Drogerie",
        "t": """Danke für Ihre Nachricht. Ich bin bis einschließlich 21. Jänner nicht im Büro und habe keinen Zugriff auf meine E-Mails.

In dringenden Fällen wenden Sie sich bitte an office@flexpersonal.example.at oder +43 316 60 40 20.

Stefan Url
Flexpersonal Steiermark""",
        "auto": "auto-replied",
        "x": [("X-Autoreply", "yes")],
    },
    {
        "k": X, "s": "network_notification", "l": "de",
        "f": ("Berufsnetz", "benachrichtigungen@berufsnetz.example.com"),
        "d": "2026-05-29 17:17 +0200",
        "sj": "Sie sind diese Woche in 7 Suchen aufgetaucht",
        "h": paras("""Hallo Miriam,

Ihr Profil wurde diese Woche in 7 Suchen gefunden – unter anderem von Recruitern aus den Bereichen Logistik und Einzelhandel.

3 Personen haben Ihr Profil angesehen. Tipp: Ergänzen Sie Ihre Position "Schichtleitung" um konkrete Kennzahlen.

Profil bearbeiten: https://berufsnetz.example.com/me

Einstellungen für Benachrichtigungen ändern: https://berufsnetz.example.com/settings"""),
        "x": _list("<weekly.berufsnetz.example.com>", "https://berufsnetz.example.com/settings"),
    },
    {
        "k": X, "s": "fh_study_place_refused", "l": "de",
        "f": ("FH Campus Süd – Studienservice", "studienservice@fh-campus-sued.example.at"),
        "d": "2026-07-08 10:00 +0200",
        "sj": "Aufnahmeverfahren Bachelor E-Business (berufsbegleitend)",
        "t": """Sehr geehrte Frau Pölzl-Adeyemi,

vielen Dank für Ihre Teilnahme am Aufnahmeverfahren für den berufsbegleitenden Bachelorstudiengang E-Business.

Leider können wir Ihnen für das Studienjahr 2026/27 keinen Studienplatz anbieten. Sie befinden sich auf Platz 6 der Warteliste; sollte ein Platz frei werden, informieren wir Sie bis 15. September.

Mit freundlichen Grüßen
Studienservice FH Campus Süd""",
    },
    {
        "k": X, "s": "headhunter_cold_approach", "l": "de",
        "f": ("Clemens Auer", "clemens.auer@alpine-talent.example.at"),
        "d": "2026-09-09 08:50 +0200",
        "sj": "Kurze Frage – offen für Neues?",
        "t": """Guten Morgen Frau Pölzl-Adeyemi,

ich bin auf Ihr Profil gestoßen und fand Ihren Werdegang im Handel spannend. Wir unterstützen laufend Online-Händler in Österreich beim Aufbau ihrer Logistikteams.

Wären Sie grundsätzlich offen für einen Austausch, wenn sich etwas Passendes ergibt? Ganz unverbindlich.

Beste Grüße
Clemens Auer
Alpine Talent Partners · Maria-Theresien-Straße 18 · 6020 Innsbruck""",
    },
    {
        "k": X, "s": "jobboerse_digest", "l": "de",
        "f": ("Jobbörse Steiermark", "info@jobboerse-stmk.example.at"),
        "d": "2026-08-12 06:05 +0200",
        "sj": "Neue Stellen in Ihrer Region – KW 33",
        "t": """Jobbörse Steiermark – Ihre Stellen der Woche

* Lagerleitung Onlinehandel, Kalsdorf – Vorstellungsgespräche ab 24.08.
  https://jobboerse-stmk.example.at/s/9911
* Sachbearbeitung Retourenmanagement, Graz – befristet, Übernahme möglich
  https://jobboerse-stmk.example.at/s/9918
* Assistenz E-Commerce, Leibnitz – Bewerbungen bis 31.08.
  https://jobboerse-stmk.example.at/s/9927

Hinweis: Absagen an Bewerberinnen werden von den Unternehmen direkt versendet.

Abmelden: https://jobboerse-stmk.example.at/abmelden""",
        "x": _list("<kw.jobboerse-stmk.example.at>", "https://jobboerse-stmk.example.at/abmelden"),
    },
    {
        "k": X, "s": "mailing_list_discussion", "l": "de",
        "f": ("Petra Wenzl", "petra.wenzl@posteo.example.de"),
        "to": ("Quereinstieg Handel", "quereinstieg@lists.handelnetz.example.at"),
        "d": "2026-06-06 22:10 +0200",
        "sj": "Re: [Quereinstieg] Wie lange auf Rückmeldung nach Interview warten?",
        "t": """Bei mir hat's nach dem zweiten Interview fast drei Wochen gedauert, dann kam doch noch eine Zusage. Also nicht zu früh aufgeben!

Petra

""" + quote("""Hallo zusammen, ich hatte vor zehn Tagen ein Vorstellungsgespräch und noch keine Absage, aber auch keine Zusage. Nachfragen oder abwarten?""", "Am 05.06.2026 um 19:40 schrieb Jonas R.:") + """

_______________________________________________
Quereinstieg mailing list
quereinstieg@lists.handelnetz.example.at
https://lists.handelnetz.example.at/listinfo/quereinstieg""",
        "x": [("List-Id", "Quereinstieg Handel <quereinstieg.lists.handelnetz.example.at>"),
              ("List-Post", "<mailto:quereinstieg@lists.handelnetz.example.at>"),
              ("List-Unsubscribe", "<https://lists.handelnetz.example.at/options/quereinstieg>"),
              ("Precedence", "list")],
    },
    {
        "k": X, "s": "webinar_invite", "l": "de",
        "f": ("Handelsakademie Online", "events@hak-online.example.at"),
        "d": "2026-09-15 12:00 +0200",
        "sj": "Webinar: Von der Kassa ins E-Commerce – jetzt anmelden",
        "t": """Hallo Miriam,

am 1. Oktober um 18:30 Uhr zeigen drei Quereinsteigerinnen, wie sie aus dem stationären Handel in Onlineshops und Lager gewechselt sind – mit Tipps zu Bewerbung, Vorstellungsgespräch und Gehaltsverhandlung.

Kostenlos anmelden: https://hak-online.example.at/webinar/kassa-ecom

Bis bald!
Ihr Team der Handelsakademie Online

Abmelden: https://hak-online.example.at/abmelden""",
        "x": _list("<events.hak-online.example.at>", "https://hak-online.example.at/abmelden"),
    },
    {
        "k": X, "s": "friend_forwards_posting", "l": "de",
        "f": ("Aylin Demir", "aylin.demir@mailbox.example.at"),
        "d": "2026-08-27 13:14 +0200",
        "sj": "Fwd: Stellenausschreibung Teamleitung Online-Lager",
        "t": """Miri, schau mal, wäre das nicht was für dich?? Meine Cousine arbeitet dort.

""" + forwarded("Lagerhaus Süd Personal <personal@lagerhaus-sued.example.at>", "Mi., 26. Aug. 2026 um 09:12", "Stellenausschreibung Teamleitung Online-Lager", "Aylin Demir <aylin.demir@mailbox.example.at>", """Wir suchen ab sofort eine Teamleitung für unser Online-Lager in Premstätten. Bewerbungen an personal@lagerhaus-sued.example.at. Vorstellungsgespräche finden laufend statt."""),
    },
    {
        "k": X, "s": "out_of_office_hr", "l": "de",
        "f": ("Magdalena Oberhuber", "m.oberhuber@feinkostversand.example.at"),
        "d": "2026-07-21 08:00 +0200",
        "sj": "Automatische Antwort: Position Teamlead Kommissionierung – aktueller Stand",
        "t": """Ich bin bis 3. August auf Urlaub. Ihre Nachricht wird nicht weitergeleitet.

Bei dringenden Personalangelegenheiten wenden Sie sich bitte an hr@feinkostversand.example.at.

Magdalena Oberhuber""",
        "auto": "auto-replied",
    },
    {
        "k": X, "s": "kindergarten_place_refused", "l": "de",
        "f": ("Stadt Graz – Kinderbildung", "kinderbildung@graz-stadt.example.at"),
        "d": "2026-04-24 14:00 +0200",
        "sj": "Ihre Vormerkung für einen Kinderbetreuungsplatz",
        "cs": "iso-8859-1", "te": "8bit",
        "t": """Sehr geehrte Frau Pölzl-Adeyemi,

zu Ihrer Vormerkung für einen Platz im Kindergarten Lendplatz ab September 2026 müssen wir Ihnen leider mitteilen, dass alle Plätze vergeben sind. Ihre Vormerkung bleibt für die Nachbesetzung bestehen.

Alternativ bieten wir Ihnen einen Platz im Kindergarten Mariahilf an. Bitte teilen Sie uns bis 8. Mai mit, ob Sie diesen annehmen möchten.

Mit freundlichen Grüßen
Abteilung für Bildung und Integration""",
    },
    {
        "k": X, "s": "sent_apology_new_slot", "l": "de", "id": "dk4", "re": "dk3",
        "f": CAND, "to": ("Lea Hanzl", "lea.hanzl@donaukorb.example.at"),
        "d": "2026-03-17 13:48 +0100",
        "sj": "Entschuldigung wegen Dienstag – neuer Termin?",
        "t": """Liebe Lea,

es tut mir sehr leid wegen heute Vormittag! Ich hatte die Einladung in einem anderen Kalender und bin mitten in der Schicht gesteckt. Gibt es die Möglichkeit, das Gespräch nachzuholen? Ich bin diese und nächste Woche jeden Vormittag frei.

Liebe Grüße
Miriam

""" + quote(_dk_ack_quote, "Am 02.03.2026 um 08:02 schrieb Donaukorb Karriere <no-reply@greenhouse-mail.io>:"),
    },
    # ================================================================ English (14)
    {
        "k": X, "s": "application_viewed_notification", "l": "en",
        "f": ("Berufsnetz", "notifications@berufsnetz.example.com"),
        "d": "2026-04-21 09:00 +0000",
        "sj": "Your application was viewed by Brightcart",
        "t": """Hi Miriam,

Good news - Brightcart viewed your application for Marketplace Operations Associate.

Applicants who follow up within a week are more likely to hear back. See similar jobs: https://berufsnetz.example.com/jobs/similar/7720

You're receiving this because you applied with your Berufsnetz profile.
Unsubscribe: https://berufsnetz.example.com/settings""",
        "x": _list("<jobs.berufsnetz.example.com>", "https://berufsnetz.example.com/settings"),
    },
    {
        "k": X, "s": "en_job_digest", "l": "en",
        "f": ("SloJobs Alerts", "alerts@jobs.example.si"),
        "d": "2026-05-22 05:45 +0200",
        "sj": "3 new jobs matching 'operations, Ljubljana'",
        "t": newsletter_text("New matches for you", "Based on your saved search:", _en_digest, "Manage alerts: https://jobs.example.si/alerts"),
        "h": newsletter("New matches for you", "Based on your saved search:", _en_digest, "Manage alerts: https://jobs.example.si/alerts"),
        "x": _list("<alerts.jobs.example.si>", "https://jobs.example.si/alerts"),
    },
    {
        "k": X, "s": "blog_rejection_lessons", "l": "en",
        "f": ("The Career Switch", "hello@careerswitch.example.com"),
        "d": "2026-06-28 14:00 +0000",
        "sj": "Rejected again? 5 lessons from 40 'no's",
        "h": paras("""This week's essay

After 40 rejections, our reader Sam finally landed an operations role. Her lessons: track every application, ask for feedback after each interview, treat a 'we've decided to move forward with other candidates' email as data, not a verdict.

Read the full story: https://careerswitch.example.com/40-nos

You're subscribed to The Career Switch. Unsubscribe: https://careerswitch.example.com/u"""),
        "x": _list("<weekly.careerswitch.example.com>", "https://careerswitch.example.com/u"),
    },
    {
        "k": X, "s": "press_interview_request", "l": "en",
        "f": ("Hannah Clarke", "h.clarke@retailweekly.example.co.uk"),
        "d": "2026-03-26 11:11 +0000",
        "sj": "Interview request - frontline retail workers moving into e-commerce",
        "t": """Dear Miriam,

I'm a journalist at Retail Weekly writing a feature on supermarket staff who move into online retail operations. A mutual contact in Graz suggested I speak with you.

Would you be willing to do a 20-minute phone interview next week? You can stay anonymous if you prefer.

Best,
Hannah Clarke
Features Editor, Retail Weekly""",
    },
    {
        "k": X, "s": "user_research_en", "l": "en",
        "f": ("Checkout Lab at Parcelnest", "research@parcelnest.example.de"),
        "d": "2026-08-18 13:00 +0200",
        "sj": "Help us improve tracking - 20-minute interview",
        "t": """Hi there,

You recently tracked a parcel with Parcelnest. We're running short user interviews to understand what customers need when a delivery is late.

The interview takes 20 minutes over video and you'll get a EUR 15 voucher. Book here: https://parcelnest.example.de/research

Thanks,
The Parcelnest Product Team""",
    },
    {
        "k": X, "s": "parcel_delayed_en", "l": "en",
        "f": ("ShipFast Tracking", "tracking@shipfast.example.com"),
        "d": "2026-10-09 16:40 +0200",
        "sj": "Unfortunately, your parcel is delayed",
        "t": """Hello,

Unfortunately, your parcel SF-2231-0098-AT is delayed due to weather disruption at our Vienna hub. The new estimated delivery date is 12 October.

We're sorry for the inconvenience. Track your parcel: https://shipfast.example.com/t/SF22310098AT

ShipFast Customer Care""",
        "auto": "auto-generated",
    },
    {
        "k": X, "s": "friend_rejected_en", "l": "en",
        "f": ("Tanja Horvat", "tanja.horvat@mail.example.si"),
        "d": "2026-07-03 20:20 +0200",
        "sj": "guess who didn't get the job",
        "t": """Miri!

They turned me down at the airline - after the panel interview AND the group exercise. "Not the right fit at this time." I'm gutted but also kind of relieved, the commute would have been awful.

How's your Ljubljana move going? Did Kranjska sort out your contract?

Tanja x""",
    },
    {
        "k": X, "s": "sent_thankyou_kranjska", "l": "en", "id": "kr4", "re": "kr3",
        "f": CAND, "to": ("Maja Kovač", "maja.kovac@kranjska.example.si"),
        "d": "2026-03-04 07:58 +0100",
        "sj": "Thank you - Marketplace Operations Specialist",
        "t": """Dear Maja,

Thank you for the conversation on Friday and for the walkthrough of your seller tools. I'm excited about the role.

Best regards,
Miriam""",
    },
    {
        "k": X, "s": "sent_application_en", "l": "en", "id": "bc1",
        "f": CAND, "to": ("Brightcart Careers", "careers@brightcart.example.de"),
        "d": "2026-04-20 20:55 +0200",
        "sj": "Application: Marketplace Operations Associate",
        "t": """Dear Brightcart team,

Please find my CV attached for the Marketplace Operations Associate role. I've led shifts of up to twelve people in a busy Graz supermarket and handled supplier deliveries, stock discrepancies and customer complaints every day.

I would welcome the chance to discuss how this experience could support your seller operations.

Kind regards,
""" + SIG_EN,
        "pdf": ("CV_Miriam_Poelzl-Adeyemi.pdf", [
            "Miriam Poelzl-Adeyemi - CV",
            "Shift lead, supermarket, Graz (since 2019)",
            "Cashier (2014-2019)",
        ]),
    },
    {
        "k": X, "s": "out_of_office_en", "l": "en", "id": "kr5", "re": "kr4",
        "f": ("Maja Kovač", "maja.kovac@kranjska.example.si"),
        "d": "2026-03-04 07:59 +0100",
        "sj": "Automatic reply: Thank you - Marketplace Operations Specialist",
        "ne": "q",
        "t": """Thanks for your email. I'm out of the office until Monday 9 March with limited access to email. For urgent hiring matters please contact people@kranjska.example.si.

Maja""",
        "auto": "auto-replied",
    },
    {
        "k": X, "s": "recruiter_cold_en", "l": "en",
        "f": ("Oscar Lindqvist", "oscar@northstar-search.example.com"),
        "d": "2026-05-12 09:32 +0200",
        "sj": "Ops leadership roles in Munich - worth a chat sometime?",
        "t": """Hi Miriam,

I specialise in operations hires for e-commerce and logistics businesses across southern Germany. Your mix of frontline leadership and customer focus is something my clients often ask for.

No specific vacancy right now - I'd just like to add you to my network. Would you mind if I kept in touch?

Best,
Oscar Lindqvist
Northstar Search, Munich""",
    },
    {
        "k": X, "s": "mock_interview_event", "l": "en",
        "f": ("Women in Logistics Vienna", "events@wil-vienna.example.at"),
        "d": "2026-09-02 11:00 +0200",
        "sj": "Mock Interview Night - 24 September",
        "t": """Hi Miriam,

Join us for Mock Interview Night on 24 September at 18:00 (Praterstraße 1, Vienna). Practise with hiring managers from logistics and retail, get feedback on your answers, and learn how to respond when an interviewer asks about gaps or rejections.

Free for members. RSVP: https://wil-vienna.example.at/events/mock-night

Unsubscribe: https://wil-vienna.example.at/u""",
        "x": _list("<events.wil-vienna.example.at>", "https://wil-vienna.example.at/u"),
    },
    {
        "k": X, "s": "mba_admission_refused", "l": "en",
        "f": ("Admissions Office", "admissions@danube-business-school.example.at"),
        "d": "2026-06-11 15:00 +0200",
        "sj": "Your application to the Online Certificate in E-Commerce Management",
        "t": """Dear Ms Pölzl-Adeyemi,

Thank you for applying to the Online Certificate in E-Commerce Management, intake October 2026.

After reviewing all applications, the admissions committee is unable to offer you a place in this intake. We encourage you to reapply for the February 2027 intake.

Yours sincerely,
Admissions Office
Danube Business School""",
    },
    {
        "k": X, "s": "fleet_position_alert", "l": "en",
        "f": ("FleetView", "alerts@fleetview.example.com"),
        "d": "2026-02-26 06:12 +0100",
        "sj": "Vehicle GR-4471K: position update",
        "t": """FleetView alert

Vehicle: GR-4471K (Corolla, shared car club)
Last known position: Keplerstraße 41, 8020 Graz
Time: 26 Feb 2026, 06:10
Status: parked, doors locked

Your booking for today 07:00-09:00 is confirmed.

You receive this alert because you are the current booker.""",
        "auto": "auto-generated",
    },
    # ================================================================ French (5)
    {
        "k": X, "s": "fr_digest", "l": "fr",
        "f": ("Emploi Rhône-Alpes", "alertes@emploi.example.fr"),
        "d": "2026-04-27 06:00 +0200",
        "sj": "Vos nouvelles offres : logistique e-commerce à Lyon",
        "t": newsletter_text("Vos offres du jour", "Selon votre alerte « logistique, Lyon » :", _fr_digest, "Se désabonner : https://emploi.example.fr/desabonnement"),
        "h": newsletter("Vos offres du jour", "Selon votre alerte « logistique, Lyon » :", _fr_digest, "Se désabonner : https://emploi.example.fr/desabonnement"),
        "x": _list("<alertes.emploi.example.fr>", "https://emploi.example.fr/desabonnement"),
    },
    {
        "k": X, "s": "sent_report_request_fr", "l": "fr", "id": "rc3", "re": "rc2",
        "f": CAND, "to": ("Camille Fabre", "camille.fabre@rhone-colis.example.fr"),
        "d": "2026-03-17 22:14 +0100",
        "sj": "Report de l'entretien",
        "t": """Bonjour Madame Fabre,

Serait-il possible de décaler notre entretien de jeudi ? J'ai un inventaire imprévu au magasin ce jour-là. Je suis disponible vendredi toute la journée.

Merci d'avance,
Miriam Pölzl-Adeyemi""",
    },
    {
        "k": X, "s": "formation_refus", "l": "fr",
        "f": ("Scolarité – Institut Lumière Commerce", "scolarite@ilc-lyon.example.fr"),
        "d": "2026-06-24 10:30 +0200",
        "sj": "Réponse à votre candidature – Licence pro e-commerce",
        "t": """Madame,

Nous avons le regret de vous informer que votre candidature à la Licence professionnelle e-commerce et logistique (rentrée 2026) n'a pas été retenue par la commission pédagogique.

Vous pouvez déposer une nouvelle candidature lors de la prochaine session.

Le service de scolarité
Institut Lumière Commerce""",
    },
    {
        "k": X, "s": "colis_retarde", "l": "fr",
        "f": ("Colis Express", "ne-pas-repondre@colisexpress.example.fr"),
        "d": "2026-09-28 12:05 +0200",
        "sj": "Votre colis est malheureusement retardé",
        "cs": "iso-8859-1", "te": "qp",
        "t": """Bonjour,

Malheureusement, votre colis n° CE 4471 2290 FR a pris du retard dans notre centre de tri de Saint-Priest. Nouvelle date de livraison estimée : mercredi 30 septembre.

Nous vous prions de nous excuser pour ce désagrément.

Colis Express""",
        "auto": "auto-generated",
    },
    {
        "k": X, "s": "article_reussir_entretien", "l": "fr",
        "f": ("Le Mag Carrières", "lettre@magcarrieres.example.fr"),
        "d": "2026-05-19 08:00 +0200",
        "sj": "Réussir son entretien d'embauche en logistique",
        "h": paras("""La lettre du mardi

Préparez des exemples chiffrés, renseignez-vous sur l'entrepôt, et n'ayez pas peur d'une question sur un refus passé : un recruteur apprécie qu'on en tire des leçons.

Lire l'article : https://magcarrieres.example.fr/entretien-logistique

Vous recevez cette lettre car vous êtes abonnée. Se désinscrire : https://magcarrieres.example.fr/desinscription"""),
        "x": _list("<lettre.magcarrieres.example.fr>", "https://magcarrieres.example.fr/desinscription"),
    },
    # ================================================================ Spanish (7)
    {
        "k": X, "s": "es_digest", "l": "es",
        "f": ("EmpleoMadrid Alertas", "alertas@empleo.example.es"),
        "d": "2026-03-05 07:15 +0100",
        "sj": "Nuevas ofertas para ti: logística en Madrid",
        "t": newsletter_text("Ofertas de la semana", "Según tu alerta «logística, Madrid»:", _es_digest, "Darse de baja: https://empleo.example.es/baja"),
        "h": newsletter("Ofertas de la semana", "Según tu alerta «logística, Madrid»:", _es_digest, "Darse de baja: https://empleo.example.es/baja"),
        "x": _list("<alertas.empleo.example.es>", "https://empleo.example.es/baja"),
    },
    {
        "k": X, "s": "sent_gracias_entrevista", "l": "es", "id": "mr3", "re": "mr2",
        "f": CAND, "to": ("Pablo Navarro", "pablo.navarro@mercadoretiro.example.es"),
        "d": "2026-04-02 09:30 +0200",
        "sj": "Gracias por la entrevista",
        "t": """Estimado Pablo:

Muchas gracias por la entrevista del martes y por presentarme al equipo del almacén. Me ha encantado conocer cómo organizan los turnos de fin de semana.

Un cordial saludo,
Miriam Pölzl-Adeyemi

""" + quote(_mr_interview, "El mié, 25 mar 2026 a las 12:30, Pablo Navarro (<pablo.navarro@mercadoretiro.example.es>) escribió:"),
    },
    {
        "k": X, "s": "amigo_rechazo", "l": "es",
        "f": ("Carlos Méndez", "carlos.mendez@correo.example.es"),
        "d": "2026-05-08 23:02 +0200",
        "sj": "Me han dicho que no",
        "ne": "b",
        "t": """Miriam, ¿qué tal?

Te cuento: al final la empresa de reparto me ha rechazado después de la segunda entrevista. Dicen que buscaban a alguien con más experiencia en gestión de flotas. Estoy un poco de bajón.

¿Y tú qué tal con lo de Madrid? ¿Ya sabes algo del Mercado Retiro?

Un abrazo,
Carlos""",
    },
    {
        "k": X, "s": "casero_cita_caldera", "l": "es",
        "f": ("Inmobiliaria Chamberí", "gestion@inmo-chamberi.example.es"),
        "d": "2026-06-15 10:10 +0200",
        "sj": "Cita para la revisión de la caldera",
        "t": """Estimada inquilina:

Le informamos de que el técnico pasará a revisar la caldera el jueves 18 de junio entre las 9:00 y las 11:00. Si no puede estar en casa, le rogamos que nos proponga otra cita.

Atentamente,
Inmobiliaria Chamberí""",
    },
    {
        "k": X, "s": "banco_posicion_global", "l": "es",
        "f": ("Banco Meseta", "avisos@bancomeseta.example.es"),
        "d": "2026-07-01 08:00 +0200",
        "sj": "Su posición global a 30 de junio",
        "cs": "iso-8859-1", "te": "qp",
        "t": """Estimada clienta:

Ya puede consultar en la banca online su posición global a 30 de junio de 2026, así como el extracto de su cuenta nómina.

Le recordamos que su gestor está disponible para concertar una cita en la oficina de Goya.

Banco Meseta
Este mensaje se ha generado automáticamente.""",
        "auto": "auto-generated",
    },
    {
        "k": X, "s": "respuesta_automatica", "l": "es",
        "f": ("Marta Gil", "marta.gil@carrito.example.es"),
        "d": "2026-02-18 08:00 +0100",
        "sj": "Respuesta automática: Re: Llamada de ayer",
        "t": """Hola, estoy fuera de la oficina hasta el 20 de febrero. Para temas de selección escribe a personas@carrito.example.es.

Marta Gil""",
        "auto": "auto-replied",
    },
    {
        "k": X, "s": "entrevista_blog", "l": "es",
        "f": ("Revista Reparto", "redaccion@revistareparto.example.es"),
        "d": "2026-09-16 12:40 +0200",
        "sj": "¿Una entrevista para nuestro blog?",
        "t": """Hola Miriam:

Preparamos una serie de artículos sobre profesionales europeos del comercio electrónico que se mudan a Madrid. ¿Te animarías a responder una breve entrevista por escrito (cinco preguntas) para nuestro blog?

Gracias de antemano,
Inés Lozano
Redacción · Revista Reparto""",
    },
]

_ = (outlook,)
