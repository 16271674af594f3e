"""Corpus 256: 52 messages of kind `other` (the candidate's own mail, digests, private life...)."""

from __future__ import annotations

import msgs256_common as C
import msgs256_rejections as R

ME = C.ME

VERENA = ("Verena Trenkwalder", "verena.trenkwalder@gondelwerk.example.at")
LENA = ("Lena Hofbauer", "lena.hofbauer@isarwerk.example.de")
FIONA = ("Fiona MacLeod", "fiona.macleod@pentland-outdoor.example.co.uk")
CAMILLE = ("Camille Roux-Berthier", "camille.roux-berthier@telecables-vercors.example.fr")
MARTA = ("Marta Puigcercós", "marta.puigcercos@valira-esqui.example.ad")
STEFAN = ("Stefan Hairer", "stefan.hairer@bergmail.example.at")

CV_LINES = [
    "Jakob Oyelaran-Pichler - Lebenslauf / CV",
    "Hoettinger Au 41, 6020 Innsbruck - +43 664 318 22 90 - jakob.op@example.at",
    "",
    "2017-2026  Staatlich gepruefter Skilehrer, Skischule Glungezer Sued",
    "           Gruppenleitung, Kursverkauf, Kooperation mit Sporthaendlern",
    "2015-2017  Verkauf und Skiservice, Sportgeschaeft in Innsbruck",
    "2014       Matura, HAK Innsbruck",
    "Sprachen: Deutsch, Englisch (C1), Franzoesisch (B2), Spanisch (B1)",
]

DIGEST_DE = [
    ("Vertriebskoordinator Innendienst (m/w/d) – Seilbahnhersteller, Innsbruck",
     "https://bergjobs.example.at/j/88213?utm_source=alert",
     "Vollzeit · ab 42.000 € brutto/Jahr · Bewerbungsgespräche ab März"),
    ("Sales Coordinator Wintersport – Sporthandel, München",
     "https://bergjobs.example.at/j/88190?utm_source=alert",
     "Hybrid · Reisetätigkeit 20 % · Schnelle Zu- oder Absage versprochen"),
    ("Leitung Gästeservice – Tourismusverband, Stubaital",
     "https://bergjobs.example.at/j/88177?utm_source=alert",
     "Saisonstelle mit Option auf Verlängerung"),
    ("Key Account Assistant – Skihersteller, Kempten",
     "https://bergjobs.example.at/j/88150?utm_source=alert",
     "Deutsch und Englisch verhandlungssicher"),
]

DIGEST_EN = [
    ("Sales Coordinator – Outdoor Retail, Edinburgh",
     "https://snowjobs.example.com/jobs/51277?ref=digest",
     "Full time · £30k–£34k · interviews held on a rolling basis"),
    ("Partnerships Executive – Ski Tour Operator, remote (UK)",
     "https://snowjobs.example.com/jobs/51240?ref=digest",
     "Closing date 12 April · unsuccessful applicants will be notified by email"),
    ("Wholesale Account Coordinator – Snowsports Brand, Zurich",
     "https://snowjobs.example.com/jobs/51199?ref=digest",
     "English and German required"),
]

DIGEST_FR = [
    ("Assistant commercial export H/F – Remontées mécaniques, Grenoble",
     "https://montagne-emploi.example.fr/offre/30417?utm_medium=email",
     "CDI · entretiens prévus fin mars"),
    ("Chargé de clientèle groupes – Office de tourisme, Chamrousse",
     "https://montagne-emploi.example.fr/offre/30398?utm_medium=email",
     "CDD saisonnier · réponse à toutes les candidatures"),
    ("Vendeur conseil ski – Magasin de station, Les 2 Alpes",
     "https://montagne-emploi.example.fr/offre/30372?utm_medium=email",
     "Logement possible"),
]

DIGEST_ES = [
    ("Coordinador/a comercial – Estación de esquí, Andorra",
     "https://feinapirineus.example.ad/oferta/7741?utm=alerta",
     "Jornada completa · entrevistas en junio"),
    ("Responsable de tienda de deportes – Pas de la Casa",
     "https://feinapirineus.example.ad/oferta/7733?utm=alerta",
     "Temporada de invierno · se valorará francés"),
    ("Agente de ventas de grupos – Hotel de montaña, Arinsal",
     "https://feinapirineus.example.ad/oferta/7720?utm=alerta",
     "Contrato indefinido"),
]


def list_headers(list_id: str, unsub_url: str, unsub_mail: str) -> list[tuple[str, str]]:
    return [
        ("List-Id", list_id),
        ("List-Unsubscribe", f"<{unsub_url}>,\n <mailto:{unsub_mail}?subject=unsubscribe>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ]


MESSAGES: list[dict] = [
    # ------------------------------------------------------------------ German (25)
    {
        "kind": "other", "name": "own_thanks_gondelwerk", "lang": "de", "company": "", "contact": "",
        "id": "t1-thanks", "refs": ["t1-invite", "t1-move"],
        "frm": ME, "to": [VERENA],
        "subject": "Danke für das Gespräch heute",
        "date": "2026-03-03 17:40 +0100",
        "text": """Liebe Frau Trenkwalder,

vielen Dank für das offene Gespräch heute Vormittag, auch an Herrn Schöpf. Der Rundgang durch die Montagehalle war ein echtes Highlight – eine Gondel hatte ich bisher nur von innen gesehen.

Nach dem Gespräch bin ich mir noch sicherer, dass ich im Vertriebsinnendienst meine Erfahrung mit Gästen und Skischulen gut einbringen kann. Ich freue mich, von Ihnen zu hören.

Beste Grüße
""" + C.SIG_DE,
    },
    {
        "kind": "other", "name": "own_application_tiroler_loden", "lang": "de", "company": "", "contact": "",
        "id": "own-loden-apply",
        "frm": ME, "to": [("Tiroler Loden Manufaktur Bewerbungen", "bewerbung@tiroler-loden.example.at")],
        "subject": "Bewerbung als Koordination Handelsvertrieb",
        "date": "2026-06-15 07:55 +0200",
        "text": """Sehr geehrte Damen und Herren,

mit großem Interesse habe ich Ihre Ausschreibung für die Stelle „Koordination Handelsvertrieb“ gelesen und bewerbe mich hiermit.

Seit neun Wintern arbeite ich als Skilehrer in Innsbruck und habe dabei nicht nur Kurse geleitet, sondern auch den Kursverkauf und die Zusammenarbeit mit drei Sportgeschäften organisiert. Ihre Lodenjacken kenne ich von vielen Gästen – und weiß, wie man sie ihnen erklärt.

Über eine Einladung zu einem Vorstellungsgespräch würde ich mich sehr freuen. Meinen Lebenslauf finden Sie im Anhang.

Mit freundlichen Grüßen
""" + C.SIG_DE,
        "pdf": ("Lebenslauf_Oyelaran-Pichler.pdf", CV_LINES),
    },
    {
        "kind": "other", "name": "own_reschedule_request_isarwerk", "lang": "de", "company": "", "contact": "",
        "id": "t2-own-move", "refs": ["t2-invite"],
        "frm": ME, "to": [LENA],
        "subject": "Terminverschiebung Telefonat",
        "date": "2026-01-28 21:05 +0100",
        "text": """Liebe Frau Hofbauer,

am Freitag bin ich leider mit einer Kindergruppe am Gletscher und habe dort keinen Empfang. Wäre ein Termin Anfang nächster Woche möglich?

Beste Grüße
Jakob Oyelaran-Pichler""",
    },
    {
        "kind": "other", "name": "bergjobs_alert_digest", "lang": "de", "company": "", "contact": "",
        "frm": ("BergJobs Tirol", "alerts@bergjobs.example.at"),
        "subject": "4 neue Jobs für „Vertrieb Koordination“ in Ihrer Region",
        "date": "2026-02-02 06:30 +0100",
        "headers": list_headers("BergJobs Jobalarm <jobalarm.bergjobs.example.at>",
                             "https://bergjobs.example.at/alarm/abmelden?t=9f2c", "abmelden@bergjobs.example.at"),
        "text": C.newsletter_text(
            "Ihr Jobalarm", """Guten Morgen Jakob,

seit gestern sind diese Stellen neu. Tipp der Woche: Eine Absage ist kein Urteil über Sie – fragen Sie nach Feedback und nutzen Sie es für das nächste Vorstellungsgespräch.""",
            DIGEST_DE,
            "Sie erhalten diese E-Mail, weil Sie einen Jobalarm angelegt haben. Abmelden: https://bergjobs.example.at/alarm/abmelden?t=9f2c"),
        "html": C.newsletter_html(
            "Ihr Jobalarm", """Guten Morgen Jakob,

seit gestern sind diese Stellen neu. Tipp der Woche: Eine Absage ist kein Urteil über Sie – fragen Sie nach Feedback und nutzen Sie es für das nächste Vorstellungsgespräch.""",
            DIGEST_DE,
            'Sie erhalten diese E-Mail, weil Sie einen Jobalarm angelegt haben. <a href="https://bergjobs.example.at/alarm/abmelden?t=9f2c">Abmelden</a> · BergJobs Tirol, Innrain 12, 6020 Innsbruck'),
    },
    {
        "kind": "other", "name": "karriere_kompass_newsletter_absagen", "lang": "de", "company": "", "contact": "",
        "frm": ("Karriere-Kompass", "newsletter@karriere-kompass.example.de"),
        "subject": "Newsletter 15/2026: Warum Sie nach dem Gespräch abgelehnt wurden",
        "date": "2026-04-14 07:00 +0200",
        "headers": list_headers("Karriere-Kompass Newsletter <news.karriere-kompass.example.de>",
                             "https://karriere-kompass.example.de/nl/off?u=51b", "nl-off@karriere-kompass.example.de"),
        "text": """KARRIERE-KOMPASS · Ausgabe 15/2026

Liebe Leserinnen und Leser,

„Leider haben wir uns für eine andere Kandidatin entschieden“ – diesen Satz bekommen die meisten von uns öfter zu lesen, als uns lieb ist. In dieser Ausgabe erklären drei Personalerinnen, was hinter solchen Absagen steckt und warum sie selten etwas mit dem Vorstellungsgespräch selbst zu tun haben.

Außerdem:
– Quereinstieg in den Vertrieb: Was Trainer und Skilehrer mitbringen
– Gehaltsverhandlung beim Zweitgespräch: fünf typische Fehler
– Interview mit einer Headhunterin: „Ich sage Kandidaten ehrlich ab“

Zum Artikel: https://karriere-kompass.example.de/artikel/absagen-verstehen

Sie möchten diesen Newsletter nicht mehr erhalten? https://karriere-kompass.example.de/nl/off?u=51b
Karriere-Kompass Medien GmbH · Schwanthalerstraße 80 · 80336 München""",
        "cte": "quoted-printable",
    },
    {
        "kind": "other", "name": "alpenkarriere_article_html_only", "lang": "de", "company": "", "contact": "",
        "frm": ("Alpenkarriere Magazin", "redaktion@alpenkarriere.example.at"),
        "subject": "Die 7 häufigsten Fragen im Vorstellungsgespräch – und gute Antworten",
        "subj_enc": ("utf-8", "B"),
        "date": "2026-05-05 12:00 +0200",
        "headers": list_headers("Alpenkarriere Magazin <magazin.alpenkarriere.example.at>",
                             "https://alpenkarriere.example.at/abbestellen", "abbestellen@alpenkarriere.example.at"),
        "html": """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Alpenkarriere Magazin</title></head>
<body style="font-family:Georgia,serif;max-width:640px;margin:auto">
<h1>Die 7 häufigsten Fragen im Vorstellungsgespräch</h1>
<p>Ob Seilbahnhersteller oder Sporthändler: Im Vorstellungsgespräch kommen immer wieder dieselben Fragen. Wir haben mit Recruiterinnen aus Tirol und Bayern gesprochen.</p>
<ol>
<li><b>Erzählen Sie etwas über sich.</b> Zwei Minuten, roter Faden, kein Lebenslauf zum Vorlesen.</li>
<li><b>Warum wollen Sie wechseln?</b> Positiv formulieren – niemand will hören, dass Sie nur weg wollen.</li>
<li><b>Was war Ihr größter Misserfolg?</b> Eine echte Absage oder ein verlorenes Projekt, und was Sie daraus gelernt haben.</li>
<li><b>Wo sehen Sie sich in fünf Jahren?</b></li>
<li><b>Welche Gehaltsvorstellung haben Sie?</b></li>
<li><b>Warum sollten wir Sie einstellen?</b></li>
<li><b>Haben Sie noch Fragen?</b> Immer ja sagen.</li>
</ol>
<p><a href="https://alpenkarriere.example.at/artikel/7-fragen">Weiterlesen auf alpenkarriere.example.at</a></p>
<p style="font-size:11px;color:#888">Sie erhalten dieses Magazin, weil Sie sich dafür angemeldet haben. <a href="https://alpenkarriere.example.at/abbestellen">Abbestellen</a></p>
</body></html>
""",
    },
    {
        "kind": "other", "name": "package_delayed_de", "lang": "de", "company": "", "contact": "",
        "frm": ("Alpenexpress Paketdienst", "noreply@alpenexpress.example.at"),
        "subject": "Ihr Paket verspätet sich leider",
        "date": "2026-03-24 14:12 +0100",
        "text": """Guten Tag,

leider verzögert sich die Zustellung Ihres Pakets 00340 4471 2290 1183 (Absender: Sporthaus Versand Süd).

Grund: Witterungsbedingte Sperre der Brennerautobahn
Neuer voraussichtlicher Zustelltermin: Donnerstag, 26.03.2026, zwischen 10:00 und 14:00 Uhr

Sie können den Termin bis zum Vortag um 18 Uhr kostenlos ändern oder eine Abholstation als Zustelladresse wählen:
https://alpenexpress.example.at/sendung/0034044712290

Wir bitten um Entschuldigung.
Ihr Alpenexpress-Team

Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht darauf.""",
        "html": C.simple_html("""Guten Tag,

leider verzögert sich die Zustellung Ihres Pakets 00340 4471 2290 1183 (Absender: Sporthaus Versand Süd).

Grund: Witterungsbedingte Sperre der Brennerautobahn
Neuer voraussichtlicher Zustelltermin: Donnerstag, 26.03.2026, zwischen 10:00 und 14:00 Uhr

Sie können den Termin bis zum Vortag um 18 Uhr kostenlos ändern oder eine Abholstation als Zustelladresse wählen:
https://alpenexpress.example.at/sendung/0034044712290

Wir bitten um Entschuldigung.
Ihr Alpenexpress-Team

Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht darauf."""),
    },
    {
        "kind": "other", "name": "gipfeltrack_position_shared", "lang": "de", "company": "", "contact": "",
        "frm": ("GipfelTrack", "noreply@gipfeltrack.example.com"),
        "subject": "Neue Position von „Jakob – Skitour Glungezer“",
        "date": "2026-01-15 11:47 +0100",
        "text": """Hallo Jakob,

dein Live-Tracking ist aktiv. Die letzte übermittelte Position:

47.2418° N, 11.4893° E – Höhe 2.314 m
Zeit: 11:45 Uhr · Akku: 62 %

Deine Kontakte (2) können die Position unter folgendem Link sehen:
https://gipfeltrack.example.com/live/jop-glungezer

Leider war das GPS-Signal zwischen 10:20 und 10:55 Uhr unterbrochen. Prüfe die Einstellungen deines Geräts, wenn das öfter vorkommt.

Gute Tour!
Dein GipfelTrack-Team""",
        "cte": "base64",
    },
    {
        "kind": "other", "name": "friend_tells_own_rejection", "lang": "de", "company": "", "contact": "stefan.hairer@bergmail.example.at",
        "frm": STEFAN,
        "subject": "so a Schmarrn",
        "date": "2026-03-06 22:47 +0100",
        "text": """Servus Jakob,

i muss dir des erzählen: Heut is die Absage von der Bank in Hall kommen. Nach drei Gesprächen! „Wir haben uns für einen Bewerber entschieden, dessen Profil unseren Anforderungen noch besser entspricht.“ Gschmackig, gell? Die Stelle hätt so gut gepasst.

Wie schaut's bei dir aus mit der Seilbahnfirma? Hast schon was ghört?

Gehma am Wochenende auf a Skitour, damit i den Kopf frei krieg?

Pfiat di
Stefan""",
    },
    {
        "kind": "other", "name": "kessler_cold_approach", "lang": "de", "company": "", "contact": "m.kessler@kessler-search.example.de",
        "id": "t7-cold",
        "frm": ("Maximilian Kessler", "m.kessler@kessler-search.example.de"),
        "subject": "Vertriebskoordination Alpenraum – vertrauliche Anfrage",
        "date": "2026-03-23 09:14 +0100",
        "text": """Sehr geehrter Herr Oyelaran-Pichler,

Ihr Profil ist mir über einen gemeinsamen Bekannten aus der Skilehrer-Ausbildung empfohlen worden. Ich betreue derzeit für einen Münchner Outdoor-Hersteller die Suche nach einer Vertriebskoordination für den Alpenraum – eine Position, für die Menschen mit viel Kundennähe auf der Piste ausdrücklich gesucht werden.

Den Namen des Unternehmens darf ich in diesem Stadium noch nicht nennen. Falls Sie grundsätzlich offen für einen Wechsel sind, freue ich mich über eine kurze Rückmeldung und Ihren aktuellen Lebenslauf.

Mit freundlichen Grüßen
Maximilian Kessler
Geschäftsführender Partner
Kessler Executive Search GmbH
Prinzregentenstraße 54, 80538 München
+49 89 2154 7760

Diese E-Mail enthält vertrauliche Informationen und ist ausschließlich für den Adressaten bestimmt.""",
    },
    {
        "kind": "other", "name": "bank_advisor_appointment", "lang": "de", "company": "", "contact": "renate.kofler@alpenbank.example.at",
        "frm": ("Renate Kofler", "renate.kofler@alpenbank.example.at"),
        "subject": "Bestätigung Ihres Beratungstermins",
        "date": "2026-04-22 10:33 +0200",
        "cs": "iso-8859-1", "cte": "quoted-printable",
        "text": """Sehr geehrter Herr Oyelaran-Pichler,

gerne bestätige ich Ihnen unseren Beratungstermin zur Wohnbaufinanzierung am Dienstag, 28. April, um 16:30 Uhr in unserer Filiale Innsbruck-Hötting.

Bitte bringen Sie die letzten drei Gehaltszettel sowie einen Nachweis über Ihre aktuelle Position im Wertpapierdepot mit. Falls sich Ihre berufliche Situation bis dahin ändert (Sie hatten einen möglichen Jobwechsel erwähnt), besprechen wir das gerne im Termin.

Mit freundlichen Grüßen
Renate Kofler
Wohnbauberaterin
Tiroler Alpenbank AG, Filiale Hötting
Schneeburggasse 2, 6020 Innsbruck
Tel. +43 512 5999 214""",
    },
    {
        "kind": "other", "name": "landlord_viewing_cancelled", "lang": "de", "company": "", "contact": "h.walch@hausverwaltung-walch.example.at",
        "frm": ("Hausverwaltung Walch", "h.walch@hausverwaltung-walch.example.at"),
        "subject": "Wohnungsbesichtigung Höttinger Au 41 – Termin abgesagt",
        "date": "2026-06-29 08:50 +0200",
        "cs": "windows-1252", "cte": "quoted-printable",
        "text": """Sehr geehrter Herr Oyelaran-Pichler,

der für Donnerstag geplante Besichtigungstermin mit den Nachmietinteressenten muss leider abgesagt werden, da die Interessentin ihre Bewerbung für die Wohnung zurückgezogen hat. Wir melden uns, sobald sich neue Interessenten finden.

Bitte denken Sie daran, dass die Übergabe der Wohnung spätestens am 31. August stattfinden muss.

Mit freundlichen Grüßen
Herbert Walch
Hausverwaltung Walch – Anichstraße 30 – 6020 Innsbruck""",
    },
    {
        "kind": "other", "name": "hochschule_no_study_place", "lang": "de", "company": "", "contact": "",
        "frm": ("Alpine Management Hochschule – Studienservice", "studienservice-noreply@amh-innsbruck.example.at"),
        "subject": "Ihre Bewerbung um einen Studienplatz – Master Sales Management (berufsbegleitend)",
        "date": "2026-07-02 13:00 +0200",
        "text": """Sehr geehrter Herr Oyelaran-Pichler,

vielen Dank für Ihre Bewerbung um einen Studienplatz im berufsbegleitenden Masterstudium Sales Management und für Ihre Teilnahme am Aufnahmegespräch.

Leider können wir Ihnen für das Wintersemester 2026/27 keinen Studienplatz anbieten. Die Zahl der qualifizierten Bewerbungen hat die verfügbaren 30 Plätze deutlich überstiegen, und für Studierende ohne ersten Hochschulabschluss stehen nur wenige Plätze zur Verfügung.

Eine erneute Bewerbung für das Sommersemester 2027 ist möglich.

Mit freundlichen Grüßen
Studienservice
Alpine Management Hochschule Innsbruck""",
        "html": C.simple_html("""Sehr geehrter Herr Oyelaran-Pichler,

vielen Dank für Ihre Bewerbung um einen Studienplatz im berufsbegleitenden Masterstudium Sales Management und für Ihre Teilnahme am Aufnahmegespräch.

Leider können wir Ihnen für das Wintersemester 2026/27 keinen Studienplatz anbieten. Die Zahl der qualifizierten Bewerbungen hat die verfügbaren 30 Plätze deutlich überstiegen, und für Studierende ohne ersten Hochschulabschluss stehen nur wenige Plätze zur Verfügung.

Eine erneute Bewerbung für das Sommersemester 2027 ist möglich.

Mit freundlichen Grüßen
Studienservice
Alpine Management Hochschule Innsbruck"""),
    },
    {
        "kind": "other", "name": "doctor_appointment_reminder", "lang": "de", "company": "", "contact": "anmeldung@ordination-wallnoefer.example.at",
        "frm": ("Ordination Dr. Wallnöfer", "anmeldung@ordination-wallnoefer.example.at"),
        "frm_enc": ("iso-8859-1", "Q"),
        "subject": "Terminerinnerung: Sportmedizinische Untersuchung",
        "date": "2026-09-24 17:00 +0200",
        "cs": "iso-8859-1", "cte": "8bit",
        "text": """Sehr geehrter Herr Oyelaran-Pichler,

wir erinnern Sie an Ihren Termin zur sportmedizinischen Untersuchung (Skilehrer-Tauglichkeit) am Montag, 28. September 2026, um 08:15 Uhr.

Bitte kommen Sie nüchtern und bringen Sie Ihre e-card mit. Falls Sie den Termin nicht wahrnehmen können, sagen Sie bitte mindestens 24 Stunden vorher ab, damit wir ihn an Patienten auf der Warteliste vergeben können.

Ordination Dr. Andrea Wallnöfer
Fachärztin für Orthopädie und Sportmedizin
Innrain 43, 6020 Innsbruck, Tel. 0512 58 90 90""",
    },
    {
        "kind": "other", "name": "serles_out_of_office", "lang": "de", "company": "", "contact": "c.holzknecht@serles-bergbahnen.example.at",
        "refs": ["i-serles"],
        "frm": ("Carina Holzknecht", "c.holzknecht@serles-bergbahnen.example.at"),
        "subject": "Abwesenheitsnotiz: AW: Ihre Bewerbung als Kassenleitung",
        "date": "2026-09-08 07:02 +0200",
        "headers": [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        "text": """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 14. September nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Personalangelegenheiten, etwa zur Abstimmung von Bewerbungsgesprächen, wenden Sie sich bitte an personal@serles-bergbahnen.example.at oder +43 5225 622 10.

Carina Holzknecht
Personalbüro Serles Bergbahnen""",
    },
    {
        "kind": "other", "name": "jobnetz_profile_views", "lang": "de", "company": "", "contact": "",
        "frm": ("Jobnetz", "notifications@jobnetz.example.de"),
        "subject": "3 Personalverantwortliche haben Ihr Profil angesehen",
        "date": "2026-05-27 18:05 +0200",
        "headers": [("List-Unsubscribe", "<https://jobnetz.example.de/settings/email?off=views>"),
                 ("X-Jobnetz-Category", "profile_views")],
        "html": C.ats_card("Jobnetz", "#00695c", """<p>Hallo Jakob,</p>
<p>Ihr Profil ist gefragt! Diese Woche haben <b>3 Personalverantwortliche</b> Ihr Profil besucht, unter anderem aus den Branchen Sportartikel und Tourismus.</p>
<p>Außerdem passen <b>12 neue Stellenangebote</b> zu Ihren Suchkriterien „Vertriebskoordination“, darunter eine Position mit Vorstellungsgesprächen noch in dieser Woche.</p>
<p>Mit Premium sehen Sie, wer Sie besucht hat.</p>""",
            "Sie erhalten diese Benachrichtigung, weil Sie Profil-Updates aktiviert haben. Einstellungen ändern: https://jobnetz.example.de/settings/email",
            button=("Jobs ansehen", "https://jobnetz.example.de/jobs/recommended")),
    },
    {
        "kind": "other", "name": "press_interview_request", "lang": "de", "company": "", "contact": "s.jenewein@inntaler-rundschau.example.at",
        "frm": ("Sophie Jenewein", "s.jenewein@inntaler-rundschau.example.at"),
        "subject": "Anfrage Interview: Skilehrer im Jobwechsel",
        "date": "2026-02-25 13:21 +0100",
        "text": """Lieber Herr Oyelaran-Pichler,

ich schreibe für die Inntaler Rundschau an einer Wochenend-Reportage über Skilehrerinnen und Skilehrer, die nach vielen Saisonen in einen Ganzjahresberuf wechseln. Ihr Ausbildungsleiter hat mir Ihren Namen genannt.

Hätten Sie Lust auf ein Interview von etwa einer Stunde? Gerne bei Ihnen im Skigebiet, dazu kämen ein paar Fotos. Ihren Namen und den Ihrer möglichen neuen Arbeitgeber würden wir natürlich nur mit Ihrem Einverständnis nennen.

Ich freue mich auf Ihre Antwort!

Sophie Jenewein
Redakteurin Wirtschaft & Region
Inntaler Rundschau
Wilhelm-Greil-Straße 15, 6020 Innsbruck
+43 512 53 54 61""",
    },
    {
        "kind": "other", "name": "podcast_guest_invitation", "lang": "de", "company": "", "contact": "hallo@bergauf-karriere.example.at",
        "frm": ("Bergauf Karriere Podcast", "hallo@bergauf-karriere.example.at"),
        "subject": "Gast in unserem Podcast „Bergauf Karriere“?",
        "date": "2026-10-08 19:30 +0200",
        "cte": "quoted-printable",
        "text": """Hallo Jakob,

wir sind Kathi und Michi und machen den Podcast „Bergauf Karriere“, in dem wir Menschen aus dem Bergsport über ihre beruflichen Wendepunkte interviewen.

Deine Geschichte – vom Skilehrer in den Vertrieb, mit Bewerbungen von Edinburgh bis Andorra – würde perfekt in unsere Herbststaffel passen. Die Aufnahme dauert etwa 60 Minuten und findet in unserem kleinen Studio in Wilten statt oder online.

Hättest du in den nächsten Wochen Zeit? Schreib uns einfach ein paar Wunschtermine.

Liebe Grüße
Kathi & Michi
Bergauf Karriere – der Podcast über Arbeit in den Bergen""",
    },
    {
        "kind": "other", "name": "pistenplan_user_research", "lang": "de", "company": "", "contact": "lea.moser@pistenplan.example.com",
        "frm": ("PistenPlan Research", "research@pistenplan.example.com"),
        "reply_to": ("Lea Moser", "lea.moser@pistenplan.example.com"),
        "subject": "Einladung zu einem Nutzerinterview (45 Min., 50 € Gutschein)",
        "date": "2026-01-08 10:05 +0100",
        "text": """Hallo Jakob,

du nutzt PistenPlan seit drei Wintern, um deine Skikurse zu planen – danke dafür!

Wir entwickeln gerade neue Funktionen für Skilehrerinnen und Skilehrer und suchen dafür Gesprächspartner. Das Nutzerinterview dauert 45 Minuten per Video. Als Dankeschön gibt es einen Gutschein über 50 € für einen Sporthändler deiner Wahl.

Hier kannst du dir einen Termin aussuchen: https://pistenplan.example.com/research/slots

Bei Fragen antworte einfach auf diese Mail.

Viele Grüße
Lea Moser
UX Research, PistenPlan""",
    },
    {
        "kind": "other", "name": "own_forward_invite_to_friend", "lang": "de", "company": "", "contact": "",
        "refs": ["t6-invite"],
        "frm": ME, "to": [STEFAN],
        "subject": "WG: Vorstellungsgespräch Rosengarten Outdoor, Bozen - 11. Februar",
        "date": "2026-02-04 12:15 +0100",
        "text": """Hey Stefan,

schau, das ist gestern vom Personalvermittler gekommen. Du warst doch letztes Jahr bei einem Gespräch in Bozen – was ziehe ich da an, und wie läuft so was in Südtirol ab? Eher locker oder mit Anzug?

Danke dir und bis Samstag
Jakob

""" + C.forwarded("de", "Thomas Kirchmair <thomas.kirchmair@alpenpersonal.example.at>",
                  "Di., 3. Feb. 2026 um 09:41", "Vorstellungsgespräch Rosengarten Outdoor, Bozen - 11. Februar",
                  "Jakob Oyelaran-Pichler <jakob.op@example.at>", """Hallo Jakob,

wie besprochen: Rosengarten Outdoor lädt dich zum Vorstellungsgespräch
nach Bozen ein, Mittwoch 11.02. um 10:30, Zentrale in der Siemensstraße.
Gesprächspartner sind Frau Pichler-Unterkircher (Vertriebsleitung) und
Herr Gamper (HR). Bitte bestätig mir kurz den Termin.

Lg Thomas"""),
    },
    {
        "kind": "other", "name": "ski_school_lessons_cancelled", "lang": "de", "company": "", "contact": "petra@skischule-glungezer.example.at",
        "frm": ("Petra Gasser – Skischule Glungezer Süd", "petra@skischule-glungezer.example.at"),
        "subject": "Einteilung Samstag entfällt – Föhnsturm",
        "date": "2026-01-30 18:40 +0100",
        "text": """Liebe Skilehrerinnen und Skilehrer,

wegen des angekündigten Föhnsturms bleiben morgen alle Lifte geschlossen. Die Gruppenkurse am Samstag sind abgesagt, die Gäste wurden schon informiert. Die Einteilung für Sonntag schicke ich morgen Abend.

Jakob, dein Privatkurs mit Familie Verhoeven wird auf Montag, 10:00 Uhr verlegt, bitte bestätig mir das kurz.

Danke euch und bleibt's daheim!
Petra

Skischule Glungezer Süd · Büro an der Talstation · +43 5223 000 77""",
        "cs": "windows-1252", "cte": "8bit",
    },
    {
        "kind": "other", "name": "skiclub_mailing_list", "lang": "de", "company": "", "contact": "",
        "frm": ("SC Hötting Vereinsnachrichten", "vereinsnachrichten@sc-hoetting.example.at"),
        "subject": "[SC Hötting] Herbstnews: Bewerbung für den Landescup, Kursleiter gesucht",
        "date": "2026-09-29 20:15 +0200",
        "headers": [("List-Id", "SC Hoetting Mitglieder <mitglieder.sc-hoetting.example.at>"),
                 ("List-Post", "<mailto:mitglieder@sc-hoetting.example.at>"),
                 ("List-Unsubscribe", "<https://sc-hoetting.example.at/lists/mitglieder/unsubscribe>"),
                 ("Precedence", "list")],
        "text": """Liebe Vereinsmitglieder,

hier die Neuigkeiten aus dem Vorstand:

1) Landescup: Unsere Bewerbung als Ausrichter für den Tiroler Kinder-Landescup 2027 wurde leider abgelehnt – der Verband hat sich für Kühtai entschieden. Wir versuchen es 2028 wieder.

2) Kursleiter gesucht: Für die Kinderskikurse in den Weihnachtsferien suchen wir noch zwei Kursleiter. Wer Interesse hat, bitte bis 15. Oktober bei Gerti melden – ein kurzes Gespräch mit dem Sportwart ist Voraussetzung.

3) Skibasar: Samstag, 7. November, Turnhalle der VS Hötting. Annahme ab 8 Uhr.

Sportliche Grüße
Euer Vorstand

--
Mitgliederliste SC Hötting – Abmelden: https://sc-hoetting.example.at/lists/mitglieder/unsubscribe""",
    },
    {
        "kind": "other", "name": "berufsinfo_counselling_appointment", "lang": "de", "company": "", "contact": "claudia.troppmair@biz-innsbruck-land.example.at",
        "frm": ("Claudia Troppmair", "claudia.troppmair@biz-innsbruck-land.example.at"),
        "subject": "Einladung zum Beratungsgespräch Berufsumstieg",
        "date": "2026-01-14 09:20 +0100",
        "text": """Sehr geehrter Herr Oyelaran-Pichler,

danke für Ihre Anmeldung zur Umstiegsberatung. Ich lade Sie zu einem ersten Beratungsgespräch am Mittwoch, 21. Jänner 2026, um 14:00 Uhr in unser Berufsinfozentrum ein (Bürgerstraße 6, 1. Stock, Zimmer 104).

Wir sehen uns gemeinsam Ihre Stärken an, besprechen Ihre Bewerbungsunterlagen und üben auf Wunsch ein Vorstellungsgespräch. Bitte bringen Sie Ihren Lebenslauf und zwei Stellenanzeigen mit, die Sie interessieren.

Mit freundlichen Grüßen
Claudia Troppmair
Bildungs- und Berufsberaterin
Berufsinfozentrum Innsbruck-Land""",
    },
    {
        "kind": "other", "name": "own_declines_achenseer_offer", "lang": "de", "company": "", "contact": "",
        "refs": ["achenseer-offer"],
        "frm": ME, "to": [("Florian Rieser", "florian.rieser@achenseer-bergsport.example.at")],
        "subject": "Re: Wie besprochen – unser Angebot schriftlich",
        "date": "2026-05-26 20:31 +0200",
        "text": """Lieber Herr Rieser,

herzlichen Dank für Ihr Angebot und das Vertrauen. Nach langem Überlegen muss ich Ihnen leider absagen: Ich habe mich für eine Stelle entschieden, die näher an Innsbruck liegt, weil meine Partnerin dort beruflich gebunden ist.

Die Skitests mit den Händlern hätten mich sehr gereizt, und ich hoffe, wir sehen uns im Winter am Achensee auf der Piste.

Mit besten Grüßen
Jakob Oyelaran-Pichler""",
    },
    {
        "kind": "other", "name": "jobnetz_recruiter_message_notice", "lang": "de", "company": "", "contact": "",
        "frm": ("Jobnetz Nachrichten", "notifications@jobnetz.example.de"),
        "subject": "Neue Nachricht von Katrin Berger (Personalvermittlung)",
        "date": "2026-08-19 12:42 +0200",
        "text": """Hallo Jakob,

Katrin Berger, Personalvermittlerin bei Bergwerk Talents, hat Ihnen eine Nachricht geschickt:

„Guten Tag Herr Oyelaran-Pichler, ich habe eine spannende Position im Vertrieb bei einem Tiroler Tourismusunternehmen und würde mich gerne mit Ihnen austauschen …“

Nachricht lesen und antworten: https://jobnetz.example.de/messages/t/8812744

Ihr Jobnetz-Team

Sie erhalten diese E-Mail, weil Sie Benachrichtigungen über neue Nachrichten aktiviert haben.""",
        "headers": [("List-Unsubscribe", "<https://jobnetz.example.de/settings/email?off=messages>")],
    },
    # ------------------------------------------------------------------ English (12)
    {
        "kind": "other", "name": "own_thanks_pentland", "lang": "en", "company": "", "contact": "",
        "id": "t3-thanks", "refs": ["t3-invite", "t3-cancel"],
        "frm": ME, "to": [FIONA],
        "subject": "Thank you - Sales Coordinator (Wholesale)",
        "date": "2026-03-27 17:31 +0000",
        "text": R.THANKS_PENTLAND + "\n\n" + C.SIG_EN,
    },
    {
        "kind": "other", "name": "snowjobs_weekly_digest", "lang": "en", "company": "", "contact": "",
        "frm": ("SnowJobs Weekly", "digest@snowjobs.example.com"),
        "subject": "Your weekly roundup: 3 new sales roles + how to bounce back from a no",
        "date": "2026-03-30 08:00 +0100",
        "headers": list_headers("SnowJobs Weekly Digest <weekly.snowjobs.example.com>",
                             "https://snowjobs.example.com/unsubscribe/8d1f", "unsubscribe@snowjobs.example.com"),
        "text": C.newsletter_text(
            "SnowJobs Weekly", """Hi Jakob,

Three new roles match your saved search this week. Plus, in our blog: a hiring manager explains why she rejects most candidates before the interview stage, and what you can do about it.""",
            DIGEST_EN,
            "You're receiving this because you subscribed to SnowJobs Weekly. Unsubscribe: https://snowjobs.example.com/unsubscribe/8d1f"),
        "html": C.newsletter_html(
            "SnowJobs Weekly", """Hi Jakob,

Three new roles match your saved search this week. Plus, in our blog: a hiring manager explains why she rejects most candidates before the interview stage, and what you can do about it.""",
            DIGEST_EN,
            'You\'re receiving this because you subscribed to SnowJobs Weekly. <a href="https://snowjobs.example.com/unsubscribe/8d1f">Unsubscribe</a>',
            lang="en", accent="#1565c0"),
        "html_cte": "quoted-printable",
    },
    {
        "kind": "other", "name": "career_switch_newsletter", "lang": "en", "company": "", "contact": "",
        "frm": ("The Career Switch", "thecareerswitch@newsletter.example.com"),
        "subject": "Why that rejection email isn't about you",
        "date": "2026-05-19 13:30 +0100",
        "headers": list_headers("The Career Switch <thecareerswitch.newsletter.example.com>",
                             "https://newsletter.example.com/thecareerswitch/unsubscribe", "leave@newsletter.example.com"),
        "text": """THE CAREER SWITCH – issue #88

"Unfortunately, we have decided not to move forward with your application." If you're changing careers, you'll read that line a lot. This week I talked to two recruiters about what actually happens between your interview and that email.

1. Most decisions are comparative. You weren't rejected; someone else was chosen.
2. Internal candidates often appear late in the process and win by default.
3. Roles get put on hold more often than companies admit.

What to do: send a short thank-you, ask for one piece of feedback, and move on quickly. Your next interview invitation is a numbers game.

Read the full piece: https://newsletter.example.com/thecareerswitch/p/rejection-not-about-you

You're getting this because you subscribed. Unsubscribe: https://newsletter.example.com/thecareerswitch/unsubscribe""",
        "cte": "base64",
    },
    {
        "kind": "other", "name": "friend_forwards_own_rejection", "lang": "en", "company": "", "contact": "ross.kerr@thistlemail.example.co.uk",
        "frm": ("Ross Kerr", "ross.kerr@thistlemail.example.co.uk"),
        "subject": "Fwd: Your application – Brand Ambassador",
        "date": "2026-04-10 21:58 +0100",
        "text": """Jakob mate,

Look what landed in my inbox tonight. Third one this month. I'm starting to think nobody in this city wants a former climbing instructor selling whisky.

How's your search going? Any news from that outdoor shop in Leith? Pint on Friday if you're over for your interview?

Ross""",
        "fwd": {
            "frm": ("Glenmorrow Distillery Careers", "careers@glenmorrow.example.co.uk"),
            "to": [("Ross Kerr", "ross.kerr@thistlemail.example.co.uk")],
            "subject": "Your application – Brand Ambassador",
            "date": "2026-04-10 17:45 +0100",
            "id": "ross-rejection-inner",
            "text": """Dear Ross,

Thank you for applying for the Brand Ambassador role at Glenmorrow Distillery and for attending an interview with us.

Regrettably, we will not be offering you the position on this occasion. We received applications from a number of candidates with extensive hospitality experience.

Yours sincerely,
Glenmorrow Distillery People Team""",
        },
    },
    {
        "kind": "other", "name": "package_delayed_en", "lang": "en", "company": "", "contact": "",
        "frm": ("ParcelPoint", "no-reply@parcelpoint.example.co.uk"),
        "subject": "Your package is delayed, unfortunately",
        "date": "2026-08-18 07:12 +0100",
        "html": C.ats_card("ParcelPoint", "#6a1b9a", """<p>Hi Jakob,</p>
<p>Unfortunately, your package <b>PP-7731-0042-GB</b> from Summit Outdoor Direct has been delayed at our Glasgow hub.</p>
<p>New estimated delivery: <b>Friday 21 August</b>, 8am–6pm.</p>
<p>No action is needed. If you won't be in, you can choose a safe place or a collection point.</p>""",
            "ParcelPoint Ltd · This is an automated message, please don't reply.", lang="en",
            button=("Track your parcel", "https://parcelpoint.example.co.uk/track/PP77310042GB")),
    },
    {
        "kind": "other", "name": "highland_search_cold_approach", "lang": "en", "company": "", "contact": "a.fraser@highlandsearch.example.co.uk",
        "frm": ("Alasdair Fraser", "a.fraser@highlandsearch.example.co.uk"),
        "subject": "Outdoor retail – would you be open to a conversation?",
        "date": "2026-05-07 11:40 +0100",
        "text": """Hi Jakob,

I came across your profile while researching people who've made the move from instructing into sales. I work with a handful of outdoor and snowsports brands across Scotland and the Alps, and people with your background are rarely on the market.

Nothing specific to put in front of you today, but I'd like to understand what you're looking for so I can think of you when the right brief comes in. If you're open to that, just reply with a good time and a number.

Best regards,
Alasdair Fraser
Director, Highland Search
www.highlandsearch.example.co.uk | +44 131 496 0655""",
    },
    {
        "kind": "other", "name": "caledonia_out_of_office", "lang": "en", "company": "", "contact": "euan.drummond@caledonia-snowsports.example.co.uk",
        "refs": ["t9-invite"],
        "frm": ("Euan Drummond", "euan.drummond@caledonia-snowsports.example.co.uk"),
        "subject": "Automatic reply: Following up - sales coordinator",
        "date": "2026-03-09 09:01 +0000",
        "headers": [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        "text": """Thanks for your email. I'm away skiing with a school group until Monday 16 March with limited access to email.

For anything urgent about bookings please contact info@caledonia-snowsports.example.co.uk. If you're a candidate waiting to hear about an interview or an application, I'll reply when I'm back.

Euan""",
    },
    {
        "kind": "other", "name": "prolink_weekly_searches", "lang": "en", "company": "", "contact": "",
        "frm": ("ProLink", "notifications-noreply@prolink.example.com"),
        "subject": "You appeared in 14 searches this week",
        "date": "2026-06-08 16:20 +0200",
        "headers": [("List-Unsubscribe", "<https://prolink.example.com/e/unsub?type=searches>")],
        "text": """Jakob, you appeared in 14 searches this week

Searchers were from: Sports equipment, Leisure & travel, Staffing & recruiting
Top search terms: sales coordinator, ski, German speaker

A recruiter at a staffing firm viewed your profile.
Jobs you may be interested in: Sales Coordinator – Edinburgh · Account Coordinator – Munich

See all: https://prolink.example.com/me/search-appearances

You are receiving ProLink notification emails. Unsubscribe: https://prolink.example.com/e/unsub?type=searches""",
        "html": C.simple_html("""Jakob, you appeared in 14 searches this week

Searchers were from: Sports equipment, Leisure & travel, Staffing & recruiting
Top search terms: sales coordinator, ski, German speaker

A recruiter at a staffing firm viewed your profile.
Jobs you may be interested in: Sales Coordinator – Edinburgh · Account Coordinator – Munich

See all: https://prolink.example.com/me/search-appearances

You are receiving ProLink notification emails. Unsubscribe: https://prolink.example.com/e/unsub?type=searches""", lang="en"),
    },
    {
        "kind": "other", "name": "letting_agent_flat_refused", "lang": "en", "company": "", "contact": "lettings@castlegate-lettings.example.co.uk",
        "frm": ("Castlegate Lettings", "lettings@castlegate-lettings.example.co.uk"),
        "subject": "Your application for 2F1, 19 Leith Walk",
        "date": "2026-09-16 15:45 +0100",
        "text": """Dear Jakob,

Thank you for viewing the flat at 2F1, 19 Leith Walk on Saturday and for submitting your application.

Unfortunately the landlord has decided to proceed with another applicant who can move in from 1 October. We appreciate this will be disappointing.

We have two similar flats in Leith coming up next month. If you'd like a viewing appointment, just reply to this email and Kirsty will arrange it.

Kind regards,
Kirsty Walker
Lettings Negotiator
Castlegate Lettings, 45 Great Junction Street, Edinburgh EH6 5HX""",
        "cte": "quoted-printable",
    },
    {
        "kind": "other", "name": "college_course_place_refused", "lang": "en", "company": "", "contact": "",
        "frm": ("Lothian College of Business Admissions", "admissions-noreply@lothian-cob.example.ac.uk"),
        "subject": "Outcome of your application: CIM Certificate in Professional Marketing",
        "date": "2026-08-05 10:00 +0100",
        "text": """Dear Jakob Oyelaran-Pichler,

Thank you for your application to study the CIM Certificate in Professional Marketing (part-time, evening) starting in October 2026.

We regret to inform you that we are unable to offer you a place on this course. Places are allocated to applicants living in the UK at the time of enrolment, and the course is now fully subscribed.

You may wish to consider our online short course in Sales Fundamentals, which has no residency requirement.

Yours sincerely,
Admissions Office
Lothian College of Business""",
        "html": C.simple_html("""Dear Jakob Oyelaran-Pichler,

Thank you for your application to study the CIM Certificate in Professional Marketing (part-time, evening) starting in October 2026.

We regret to inform you that we are unable to offer you a place on this course. Places are allocated to applicants living in the UK at the time of enrolment, and the course is now fully subscribed.

You may wish to consider our online short course in Sales Fundamentals, which has no residency requirement.

Yours sincerely,
Admissions Office
Lothian College of Business""", lang="en"),
    },
    {
        "kind": "other", "name": "trailmate_user_interview", "lang": "en", "company": "", "contact": "joe.baptiste@trailmate.example.com",
        "frm": ("Joe Baptiste", "joe.baptiste@trailmate.example.com"),
        "subject": "Would you do a 30-min user interview about TrailMate?",
        "date": "2026-04-02 16:55 +0200",
        "text": """Hi Jakob,

I'm a product researcher at TrailMate. You've logged more than 200 ski-touring routes with us, which makes you exactly the kind of person we'd love to learn from.

Would you be up for a 30-minute user interview over video? We'd ask about how you plan tours with guests and what's annoying in the app. As a thank-you we'll give you a year of TrailMate Pro.

If you're in, reply with a couple of times that suit you next week.

Thanks,
Joe Baptiste
Product Research, TrailMate""",
    },
    {
        "kind": "other", "name": "own_application_caledonia", "lang": "en", "company": "", "contact": "",
        "id": "t9-apply",
        "frm": ME, "to": [("Euan Drummond", "euan.drummond@caledonia-snowsports.example.co.uk")],
        "subject": "Application - Sales Coordinator",
        "date": "2026-02-20 08:30 +0100",
        "text": """Dear Mr Drummond,

I am applying for the Sales Coordinator position advertised on your website. After nine winters as a ski instructor in Tyrol I would like to move into sales, and I would love to do it at a snowsports centre.

My CV is attached. I look forward to hearing from you.

Kind regards,
Jakob Oyelaran-Pichler""",
        "pdf": ("CV_Jakob_Oyelaran-Pichler.pdf", [
            "Jakob Oyelaran-Pichler - Curriculum Vitae",
            "Innsbruck, Austria - +43 664 318 22 90 - jakob.op@example.at",
            "",
            "2017-2026  Certified ski instructor (Austrian State Diploma)",
            "           Group lead, lesson sales, partnerships with local sports shops",
            "2015-2017  Retail sales and ski service, Innsbruck",
            "Languages: German (native), English (C1), French (B2), Spanish (B1)",
        ]),
    },
    # ------------------------------------------------------------------ French (7)
    {
        "kind": "other", "name": "own_thanks_vercors", "lang": "fr", "company": "", "contact": "",
        "id": "t4-thanks", "refs": ["t4-invite", "t4-move"],
        "frm": ME, "to": [CAMILLE],
        "subject": "Merci pour la journée d'évaluation",
        "date": "2026-05-05 18:10 +0200",
        "text": """Bonjour Madame Roux-Berthier,

Je tenais à vous remercier, ainsi que toute l'équipe, pour l'organisation de la journée d'évaluation d'aujourd'hui. La visite de l'atelier des cabines et l'étude de cas sur l'appel d'offres andorran m'ont confirmé mon envie de rejoindre Télécâbles du Vercors.

Je reste à votre disposition pour toute information complémentaire.

Bien cordialement,
Jakob Oyelaran-Pichler
+43 664 318 22 90""",
    },
    {
        "kind": "other", "name": "montagne_emploi_alert", "lang": "fr", "company": "", "contact": "",
        "frm": ("Montagne Emploi", "alertes@montagne-emploi.example.fr"),
        "subject": "Alerte emploi : 3 nouvelles offres « commercial montagne »",
        "date": "2026-03-16 06:45 +0100",
        "headers": list_headers("Alertes Montagne Emploi <alertes.montagne-emploi.example.fr>",
                             "https://montagne-emploi.example.fr/alertes/desinscription?id=44a1", "desinscription@montagne-emploi.example.fr"),
        "text": C.newsletter_text(
            "Vos nouvelles offres", """Bonjour Jakob,

Voici les offres publiées depuis votre dernière alerte. Rappel : un refus après entretien n'empêche pas de postuler à nouveau chez le même employeur.""",
            DIGEST_FR,
            "Vous recevez cet e-mail car vous avez créé une alerte. Se désinscrire : https://montagne-emploi.example.fr/alertes/desinscription?id=44a1"),
        "html": C.newsletter_html(
            "Vos nouvelles offres", """Bonjour Jakob,

Voici les offres publiées depuis votre dernière alerte. Rappel : un refus après entretien n'empêche pas de postuler à nouveau chez le même employeur.""",
            DIGEST_FR,
            'Vous recevez cet e-mail car vous avez créé une alerte. <a href="https://montagne-emploi.example.fr/alertes/desinscription?id=44a1">Se désinscrire</a>',
            lang="fr", accent="#c0392b"),
        "cte": "quoted-printable",
    },
    {
        "kind": "other", "name": "reconversion_newsletter_fr", "lang": "fr", "company": "", "contact": "",
        "frm": ("Reconversion & Vous", "lettre@reconversion-et-vous.example.fr"),
        "subject": "Réussir son entretien d'embauche après 10 ans dans un autre métier",
        "date": "2026-06-22 07:30 +0200",
        "headers": list_headers("Reconversion et Vous <lettre.reconversion-et-vous.example.fr>",
                             "https://reconversion-et-vous.example.fr/desabonnement", "stop@reconversion-et-vous.example.fr"),
        "text": """LA LETTRE DE RECONVERSION & VOUS – n° 112

Cette semaine, nous avons interrogé des recruteurs sur ce qui fait la différence lors d'un entretien d'embauche quand on change de métier.

• Racontez votre ancien métier comme une compétence, pas comme une excuse.
• Préparez la question « pourquoi partir ? » : c'est elle qui déclenche le plus de refus.
• Après l'entretien, un courriel de remerciement reste rare… et remarqué.

Témoignage : Claire, ancienne monitrice de ski, devenue responsable commerciale chez un fabricant de remontées mécaniques après trois refus et une convocation inattendue.

Lire l'article : https://reconversion-et-vous.example.fr/articles/entretien-reconversion

Se désabonner : https://reconversion-et-vous.example.fr/desabonnement""",
        "cs": "windows-1252", "cte": "quoted-printable",
    },
    {
        "kind": "other", "name": "ecole_commerce_admission_refused", "lang": "fr", "company": "", "contact": "",
        "frm": ("École de Commerce des Alpes – Admissions", "admissions-noreply@eca-grenoble.example.fr"),
        "frm_enc": ("utf-8", "B"),
        "subject": "Résultat de votre candidature – Bachelor Management du Sport",
        "date": "2026-07-08 12:00 +0200",
        "text": """Monsieur,

Nous vous remercions pour l'intérêt que vous portez à l'École de Commerce des Alpes et pour votre participation à l'entretien de motivation.

Après délibération du jury d'admission, nous avons le regret de vous informer que nous ne pouvons pas donner une suite favorable à votre candidature au Bachelor Management du Sport (rentrée 2026, en alternance). Le nombre de places en alternance étant limité, le jury a retenu en priorité les candidats disposant déjà d'un contrat d'apprentissage.

Vous pouvez candidater de nouveau lors de la session de printemps.

Le service des admissions
École de Commerce des Alpes, Grenoble""",
    },
    {
        "kind": "other", "name": "colis_retarde_fr", "lang": "fr", "company": "", "contact": "",
        "frm": ("Colis Alpins", "ne-pas-repondre@colis-alpins.example.fr"),
        "subject": "Votre colis est malheureusement retardé",
        "date": "2026-10-01 09:05 +0200",
        "cs": "iso-8859-1", "cte": "8bit",
        "text": """Bonjour,

Votre colis n° CA 4471 0093 2FR (expéditeur : Glisse Shop Online) n'a malheureusement pas pu être livré dans les délais annoncés en raison d'un incident de transport.

Nouvelle date de livraison estimée : lundi 5 octobre 2026.

Suivre votre colis : https://colis-alpins.example.fr/suivi/CA447100932FR

Merci de votre compréhension.
Le service client Colis Alpins

Ceci est un message automatique, merci de ne pas y répondre.""",
    },
    {
        "kind": "other", "name": "journaliste_demande_interview", "lang": "fr", "company": "", "contact": "m.perrin@echo-des-cimes.example.fr",
        "frm": ("Mathilde Perrin", "m.perrin@echo-des-cimes.example.fr"),
        "subject": "Demande d'interview – moniteurs de ski en reconversion",
        "date": "2026-04-29 10:50 +0200",
        "text": """Bonjour Monsieur Oyelaran-Pichler,

Je suis journaliste à L'Écho des Cimes, mensuel consacré à la vie économique des stations alpines. Je prépare un dossier sur les moniteurs de ski qui se reconvertissent dans le commerce, et votre parcours – un moniteur autrichien qui postule jusqu'à Grenoble – m'intéresse beaucoup.

Accepteriez-vous de m'accorder une interview d'une trentaine de minutes, par téléphone ou en visio, dans les deux prochaines semaines ?

Avec mes remerciements,
Mathilde Perrin
Journaliste, L'Écho des Cimes
06 00 00 00 00""",
    },
    {
        "kind": "other", "name": "ami_raconte_son_refus", "lang": "fr", "company": "", "contact": "lucas.berthet@neigemail.example.fr",
        "frm": ("Lucas Berthet", "lucas.berthet@neigemail.example.fr"),
        "subject": "devine quoi",
        "date": "2026-07-15 23:12 +0200",
        "text": """Salut Jakob !

Je viens de recevoir la réponse du magasin de Chamrousse : c'est non. Ils ont préféré un type qui sortait d'une école de commerce, alors que j'ai fait vingt saisons là-haut… « Nous ne donnerons pas suite à votre candidature », point final. Ça pique.

Et toi, ça avance avec ton histoire de télécabines à Saint-Égrève ? Tu commences quand ?

On se fait une rando avant que tu partes ?

Lucas""",
    },
    # ------------------------------------------------------------------ Spanish (8)
    {
        "kind": "other", "name": "own_reschedule_request_valira", "lang": "es", "company": "", "contact": "",
        "id": "t5-own-move", "refs": ["t5-invite"],
        "frm": ME, "to": [MARTA],
        "subject": "RE: Entrevista – Coordinador/a de ventas",
        "date": "2026-05-20 19:02 +0200",
        "text": """Hola Marta:

Muchas gracias por la invitación. El miércoles 27 tengo un examen de la federación de esquí por la mañana. ¿Sería posible el jueves o el viernes?

Un saludo,
Jakob""",
    },
    {
        "kind": "other", "name": "feina_pirineus_alerta", "lang": "es", "company": "", "contact": "",
        "frm": ("Feina Pirineus", "alertas@feinapirineus.example.ad"),
        "subject": "Nuevas ofertas para ti: «comercial» en Andorra",
        "date": "2026-06-01 07:15 +0200",
        "headers": list_headers("Alertas Feina Pirineus <alertas.feinapirineus.example.ad>",
                             "https://feinapirineus.example.ad/baja?c=71e0", "baja@feinapirineus.example.ad"),
        "text": C.newsletter_text(
            "Ofertas de la semana", """Hola Jakob:

Estas son las nuevas ofertas que coinciden con tu búsqueda. Consejo: si te rechazan, pide siempre una valoración; muchas empresas la dan si la pides con educación.""",
            DIGEST_ES,
            "Recibes este correo porque creaste una alerta. Darse de baja: https://feinapirineus.example.ad/baja?c=71e0"),
        "html": C.newsletter_html(
            "Ofertas de la semana", """Hola Jakob:

Estas son las nuevas ofertas que coinciden con tu búsqueda. Consejo: si te rechazan, pide siempre una valoración; muchas empresas la dan si la pides con educación.""",
            DIGEST_ES,
            'Recibes este correo porque creaste una alerta. <a href="https://feinapirineus.example.ad/baja?c=71e0">Darse de baja</a>',
            lang="es", accent="#00796b"),
    },
    {
        "kind": "other", "name": "banco_cita_gestor", "lang": "es", "company": "", "contact": "xavier.mas@bancdelavall.example.ad",
        "frm": ("Xavier Mas", "xavier.mas@bancdelavall.example.ad"),
        "subject": "Confirmación de su cita – apertura de cuenta de residente",
        "date": "2026-07-10 11:25 +0200",
        "cs": "windows-1252", "cte": "quoted-printable",
        "text": """Estimado Sr. Oyelaran-Pichler:

Le confirmo la cita en nuestra oficina de Andorra la Vella el jueves 16 de julio a las 9:30 para la apertura de su cuenta de residente.

Le ruego que traiga su pasaporte, el contrato de trabajo y un justificante de domicilio. Durante la reunión revisaremos también su posición global con su banco austriaco para el traspaso de la nómina.

Atentamente,
Xavier Mas
Gestor de clientes particulares
Banc de la Vall – Av. Meritxell 20, AD500 Andorra la Vella
Tel. +376 888 210

Este mensaje es confidencial. Si lo ha recibido por error, le rogamos que lo elimine y nos lo comunique.""",
    },
    {
        "kind": "other", "name": "casero_visita_aplazada", "lang": "es", "company": "", "contact": "montse.riba@pisosvalira.example.ad",
        "frm": ("Montse Riba", "montse.riba@pisosvalira.example.ad"),
        "subject": "Piso Carrer Major 7 – visita del técnico aplazada",
        "date": "2026-09-03 17:40 +0200",
        "text": """Hola Jakob:

Lamentablemente el técnico de la caldera no puede venir mañana como habíamos quedado; se ha puesto enfermo. Me ha propuesto el lunes 7 por la tarde, entre las 16:00 y las 18:00. ¿Te va bien?

Por cierto, la fianza ya está ingresada, gracias.

Un saludo,
Montse Riba
Pisos Valira – gestión de alquileres
Tel. +376 600 000""",
    },
    {
        "kind": "other", "name": "escola_turisme_no_admitido", "lang": "es", "company": "", "contact": "",
        "frm": ("Escola de Turisme de Muntanya", "secretaria-noreply@etm.example.ad"),
        "subject": "Resolución de admisión – Máster en Gestión de Destinos de Montaña",
        "date": "2026-06-26 14:00 +0200",
        "html": C.ats_card("Escola de Turisme de Muntanya", "#5d4037", """<p>Estimado Jakob:</p>
<p>Le agradecemos su interés por el <b>Máster en Gestión de Destinos de Montaña</b> (curso 2026-2027) y su participación en la entrevista de admisión.</p>
<p>Lamentamos comunicarle que su solicitud no ha sido admitida. La comisión ha valorado que no cumple el requisito de titulación universitaria previa. Puede presentar una nueva solicitud para el curso de especialización, que no exige titulación.</p>
<p>Atentamente,<br>Secretaría académica</p>""",
            "Escola de Turisme de Muntanya · Mensaje automático, no responda a este correo.", lang="es"),
        "html_cte": "base64",
    },
    {
        "kind": "other", "name": "podcast_cambio_de_pista", "lang": "es", "company": "", "contact": "hola@cambiodepista.example.es",
        "frm": ("Cambio de Pista Podcast", "hola@cambiodepista.example.es"),
        "subject": "¿Te entrevistamos para Cambio de Pista?",
        "subj_enc": ("utf-8", "B"),
        "date": "2026-10-14 12:30 +0200",
        "text": """¡Hola Jakob!

Somos Irene y Pau, de Cambio de Pista, un pódcast sobre gente de la montaña que cambia de profesión. Nos ha hablado de ti una compañera de Esquí Valira y nos encantaría entrevistarte para un episodio.

Grabamos en remoto, dura unos 45 minutos y lo puedes hacer en castellano o en inglés. ¿Tendrías un hueco en noviembre?

Un abrazo,
Irene y Pau
Cambio de Pista""",
    },
    {
        "kind": "other", "name": "headhunter_frio_es", "lang": "es", "company": "", "contact": "g.ibarra@andes-pirineos.example.es",
        "frm": ("Gonzalo Ibarra", "g.ibarra@andes-pirineos.example.es"),
        "subject": "¿Abierto a nuevas oportunidades en el sector nieve?",
        "date": "2026-08-12 10:10 +0200",
        "text": """Hola Jakob:

Soy Gonzalo Ibarra, socio de Andes & Pirineos Executive. Trabajamos con fabricantes de remontes y grandes estaciones de esquí en los Pirineos y los Alpes.

He visto tu perfil y me ha llamado la atención tu paso de la enseñanza del esquí a la parte comercial. Ahora mismo no tengo un proceso concreto para ti, pero me gustaría conocer tus expectativas para tenerte en cuenta en próximas búsquedas.

Si te parece bien, respóndeme con tu teléfono y te llamo.

Saludos cordiales,
Gonzalo Ibarra
Socio director – Andes & Pirineos Executive
Paseo de Gracia 77, 08008 Barcelona""",
        "cte": "quoted-printable",
    },
    {
        "kind": "other", "name": "valira_fuera_de_oficina", "lang": "es", "company": "", "contact": "marta.puigcercos@valira-esqui.example.ad",
        "frm": MARTA,
        "subject": "Respuesta automática: Consulta",
        "date": "2026-08-10 08:00 +0200",
        "headers": [("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")],
        "text": """Hola:

Estoy fuera de la oficina hasta el 24 de agosto, sin acceso al correo. Para cualquier tema relacionado con procesos de selección o entrevistas, escribe a personas@valira-esqui.example.ad.

Gracias,
Marta Puigcercós
Esquí Valira""",
    },
]
