"""The `other` mail of the sixty-third corpus: what else lands in a job seeker's inbox
(hand-written data)."""

from __future__ import annotations

from msgs63_base import E

X = "other"


def bulk(list_id: str, dom: str) -> dict[str, str]:
    """Mailing-list headers as bulk senders set them."""
    return {
        "List-Id": f"<{list_id}>",
        "List-Unsubscribe": f"<https://{dom}/unsubscribe?u=lbo>, <mailto:unsubscribe@{dom}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        "Precedence": "bulk",
    }


ENTRIES = [
    # ---------------------------------------------------------------- German
    E(X, "linkedin_jobalert_de", "de", "", "",
      "LinkedIn Job-Alerts <jobalerts-noreply@linkedin.example.com>",
      "„Demand Planner“ in Hamburg: 14 neue Jobs", "2026-01-13 07:02 +0100",
      """Ihr Job-Alert für „Demand Planner“ in Hamburg und Umgebung

Demand Planner (m/w/d) – Elbtal Chemie AG · Hamburg · vor 1 Tag
URL: Job ansehen
Supply Planner Europe – Halvorsen Maritime · Hamburg (Hybrid) · 25 Bewerber
URL: Job ansehen
Junior S&OP Analyst – Parcelry · Berlin (Remote) · Einfach bewerben
URL: Job ansehen
Disponent Seefracht – Hafen Hamburg Umschlag · Hamburg · vor 3 Tagen
URL: Job ansehen

URL: Alle 14 Jobs anzeigen

Sie erhalten Job-Alerts, weil Sie sie auf LinkedIn eingerichtet haben. Absagen? Abmelden jederzeit möglich.""",
      fmt="html", style="news", alt="LinkedIn", foot="LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2",
      headers=bulk("jobalerts.linkedin.example.com", "linkedin.example.com"), encode_subject=True),

    E(X, "stepstone_jobagent_de", "de", "", "",
      "StepStone Jobagent <jobagent@stepstone.example.de>",
      "8 neue Jobs für Sie: Einkäufer, Hannover", "2026-02-04 06:30 +0100",
      """Guten Morgen Lukas,

Ihr Jobagent hat 8 neue Stellen gefunden, die zu Ihrer Suche „Einkäufer“ im Umkreis von 50 km um Hannover passen:

Strategischer Einkäufer (m/w/d) – Ostwind Netze – Hannover
URL: Jetzt ansehen
Einkäufer Elektronikkomponenten – Bruckmeyer Antriebstechnik – Hannover
URL: Jetzt ansehen
Operativer Einkäufer (m/w/d) Teilzeit möglich – Kaltwasser Armaturen – Celle
URL: Jetzt ansehen

Tipp: Mit einem vollständigen Profil werden Sie von Arbeitgebern häufiger gefunden.

Ihr StepStone Team""",
      fmt="html", style="news", alt="StepStone", foot="StepStone Deutschland GmbH, Völklinger Straße 1, 40219 Düsseldorf",
      headers=bulk("jobagent.stepstone.example.de", "stepstone.example.de")),

    E(X, "arbeitsagentur_suchauftrag_de", "de", "", "",
      "Jobbörse der Bundesagentur für Arbeit <noreply@jobboerse.arbeitsagentur.example.de>",
      "Ihr Suchauftrag „Logistikcontrolling“ – neue Ergebnisse", "2026-02-16 05:45 +0100",
      """Sehr geehrter Herr Brenner-Osei,

zu Ihrem gespeicherten Suchauftrag „Logistikcontrolling, Hamburg, 25 km“ gibt es 5 neue Stellenangebote.

1. Controller Logistik (m/w/d) – Vollzeit – Hamburg-Billbrook
2. Referent Logistikcontrolling – Vollzeit – Norderstedt
3. Sachbearbeiter Frachtkostenprüfung – Teilzeit – Hamburg

URL: Alle Ergebnisse anzeigen

Diese E-Mail wurde automatisch versendet. Suchaufträge können Sie in Ihrem Profil verwalten.""",
      charset="iso-8859-1", cte="quoted-printable",
      headers={"Precedence": "bulk", "Auto-Submitted": "auto-generated"}),

    E(X, "xing_news_de", "de", "", "",
      "XING <mailrobot@mail.xing.example.com>",
      "Lukas, 3 Personen haben Ihr Profil besucht", "2026-03-01 10:12 +0100",
      """Hallo Lukas,

in den letzten 7 Tagen haben 3 Personen Ihr Profil besucht, darunter ein Recruiter aus der Branche Transport & Logistik.

Außerdem neu für Sie:
- Ehemalige Kolleg:innen von Ihnen arbeiten jetzt bei Halvorsen Maritime
- 12 Jobs passen zu Ihren Wünschen

URL: Jetzt ansehen

Ihr XING Team""",
      fmt="html", style="news", alt="XING", foot="New Work SE, Am Strandkai 1, 20457 Hamburg",
      headers=bulk("profilvisits.xing.example.com", "xing.example.com")),

    E(X, "karriere_newsletter_de", "de", "", "",
      "Karrierebrief <redaktion@karrierebrief.example.de>",
      "Absage nach dem Vorstellungsgespräch? So reagieren Sie richtig", "2026-03-07 08:00 +0100",
      """Liebe Leserinnen und Leser,

jede zweite Bewerbung endet mit einer Absage – oft ohne Begründung. In dieser Ausgabe erklärt Coachin Petra Lamm, wie Sie nach einer Absage höflich um Feedback bitten und warum sich das lohnt.

Außerdem: Was tun, wenn Sie ein Vorstellungsgespräch verpasst haben? Drei Formulierungen für eine Entschuldigung, die Türen offen hält.

Und: Leider müssen wir Ihnen mitteilen, dass unser Webinar „Gehalt verhandeln“ am 12. März ausfällt – neuer Termin folgt.

URL: Zum vollständigen Artikel

Viel Erfolg bei der Jobsuche!
Ihre Karrierebrief-Redaktion""",
      fmt="alt", style="news", alt="Karrierebrief", foot="Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben.",
      headers=bulk("karrierebrief.newsletter.example.de", "karrierebrief.example.de")),

    E(X, "personalberater_kaltakquise_de", "de", "", "c.voss@voss-partner.example.de",
      "Christian Voß <c.voss@voss-partner.example.de>",
      "Ihr Profil", "2026-03-11 12:40 +0100",
      """Sehr geehrter Herr Brenner-Osei,

über XING bin ich auf Ihr Profil aufmerksam geworden. Wir begleiten seit über 20 Jahren mittelständische Unternehmen in Norddeutschland bei der Besetzung von Fach- und Führungspositionen in Einkauf und Logistik.

Aktuell habe ich keine konkrete Vakanz für Sie, würde Ihr Profil aber gern in unseren Kandidatenpool aufnehmen. Wenn Sie einverstanden sind, senden Sie mir gern Ihren aktuellen Lebenslauf und Ihre Gehaltsvorstellung.

Mit besten Grüßen
Christian Voß
Voß & Partner
Neuer Wall 10, 20354 Hamburg""",
      fmt="alt", style="outlook"),

    E(X, "freund_eigene_absage_de", "de", "", "jan.m@example.net",
      "Jan Mertens <jan.m@example.net>",
      "na, wie läufts bei dir?", "2026-03-15 21:33 +0100",
      """Hey Lukas,

wollte mal hören wie's bei dir mit der Jobsuche läuft. Bei mir leider Mist: hab heute die Absage von der Reederei bekommen, nach drei Runden und Fallstudie! "Wir haben uns für einen anderen Kandidaten entschieden" – danke auch. Naja, nächste Woche hab ich noch ein Vorstellungsgespräch in Bremen.

Sollen wir Samstag mal wieder laufen gehen? Alster, 10 Uhr?

Jan"""),

    E(X, "dhl_verspaetung_de", "de", "", "",
      "DHL Paket <noreply@dhl.example.de>",
      "Ihre Sendung verzögert sich", "2026-03-19 14:07 +0100",
      """Guten Tag,

leider verzögert sich die Zustellung Ihrer Sendung 00340434161094015902 aufgrund eines hohen Sendungsaufkommens. Die neue voraussichtliche Zustellung ist Samstag, 21.03.2026.

Wir bitten um Ihr Verständnis.

URL: Sendung verfolgen

Ihr DHL Team""",
      fmt="html", style="ats", alt="DHL", foot="Deutsche Post AG · Charles-de-Gaulle-Str. 20 · 53113 Bonn"),

    E(X, "hermes_zustellung_de", "de", "", "",
      "Hermes <info@hermes.example.de>",
      "Dein Paket kommt heute zwischen 14:15 und 18:15 Uhr", "2026-04-23 07:58 +0200",
      """Hallo Lukas,

gute Nachrichten: Dein Paket von Sportlager24 wird heute zugestellt. Voraussichtliches Zeitfenster: 14:15 - 18:15 Uhr.

Nicht zu Hause? Ändere jetzt die Zustellung:
URL: Zustellung ändern

Dein Hermes Team""",
      fmt="html", style="news", alt="Hermes", foot="Hermes Germany GmbH, Essener Str. 89, 22419 Hamburg"),

    E(X, "db_verspaetung_de", "de", "", "",
      "Deutsche Bahn <noreply@bahn.example.de>",
      "Verspätung Ihrer Reise: ICE 577 Hamburg Hbf → Stuttgart Hbf", "2026-05-18 06:12 +0200",
      """Sehr geehrter Herr Brenner-Osei,

Ihr Zug ICE 577 (Abfahrt Hamburg Hbf 06:24) hat voraussichtlich +35 Minuten Verspätung wegen einer Reparatur an der Strecke.

Ihr Anschluss in Stuttgart Hbf ist möglicherweise nicht erreichbar. Bei einer Verspätung ab 60 Minuten haben Sie Anspruch auf Entschädigung gemäß Fahrgastrechten.

URL: Reiseverbindungen prüfen

Gute Fahrt wünscht Ihnen
Ihre Deutsche Bahn""",
      fmt="html", style="ats", alt="DB", foot="DB Fernverkehr AG · Stephensonstraße 1 · 60326 Frankfurt am Main"),

    E(X, "elster_bescheid_de", "de", "", "",
      "ELSTER <noreply@elster.example.de>",
      "Neue Bescheiddaten in Ihrem Postfach", "2026-06-02 03:10 +0200",
      """Sehr geehrte Nutzerin, sehr geehrter Nutzer,

in Ihrem Mein ELSTER-Postfach liegen neue Bescheiddaten zur Einkommensteuererklärung 2025 zur Abholung bereit.

Bitte melden Sie sich an, um die Daten abzurufen.

Dies ist eine automatisch erzeugte E-Mail. Bitte antworten Sie nicht darauf.
Ihre Steuerverwaltung""",
      charset="iso-8859-1"),

    E(X, "krankenkasse_antrag_de", "de", "", "",
      "Hanseatische Krankenkasse <service-noreply@hkk-nord.example.de>",
      "Ihr Antrag ist bei uns eingegangen", "2026-02-11 11:01 +0100",
      """Hallo Herr Brenner-Osei,

vielen Dank! Ihr Antrag auf Erstattung für den Präventionskurs „Rückenfit“ ist bei uns eingegangen. Wir prüfen ihn und informieren Sie über das Ergebnis, in der Regel innerhalb von 10 Werktagen.

Den Bearbeitungsstand sehen Sie jederzeit in der App.

Ihre Hanseatische Krankenkasse""",
      fmt="html", style="ats", alt="Hanseatische Krankenkasse", foot="Körperschaft des öffentlichen Rechts"),

    E(X, "kreditkarte_antrag_de", "de", "", "",
      "Nordbank Direkt <antrag@nordbank-direkt.example.de>",
      "Eingangsbestätigung Ihres Kreditkartenantrags", "2026-04-04 19:22 +0200",
      """Sehr geehrter Herr Brenner-Osei,

wir haben Ihren Antrag auf eine Nordbank Gold Kreditkarte erhalten. Vielen Dank für Ihr Vertrauen.

Die Prüfung Ihrer Bewerbung um die Karte – inklusive SCHUFA-Auskunft – dauert in der Regel 3 bis 5 Bankarbeitstage. Leider können wir Ihnen während dieser Zeit keine Auskunft zum Zwischenstand geben.

Mit freundlichen Grüßen
Ihre Nordbank Direkt""",
      fmt="alt", style="ats", alt="Nordbank Direkt", foot="Nordbank Direkt AG · BaFin-reguliert"),

    E(X, "wohnung_absage_de", "de", "", "vermietung@elbblick-immo.example.de",
      "Elbblick Immobilien Vermietung <vermietung@elbblick-immo.example.de>",
      "Ihre Anfrage zur Wohnung Eppendorfer Weg 211, 3. OG", "2026-04-17 16:50 +0200",
      """Sehr geehrter Herr Brenner-Osei,

vielen Dank für Ihr Interesse an der 2-Zimmer-Wohnung im Eppendorfer Weg und die Teilnahme an der Besichtigung.

Leider müssen wir Ihnen mitteilen, dass sich der Eigentümer für andere Mietinteressenten entschieden hat. Wir bedauern, Ihnen keine positivere Nachricht geben zu können, und nehmen Sie gern in unseren Verteiler für künftige Angebote auf.

Mit freundlichen Grüßen
Sandra Brügge
Elbblick Immobilien""",
      charset="windows-1252", cte="quoted-printable"),

    E(X, "kfz_versicherung_de", "de", "", "",
      "HUK-Nordlicht Versicherung <kundenservice@nordlicht-vers.example.de>",
      "Ihre Kfz-Versicherung: Beitragsrechnung 2027", "2026-10-14 09:00 +0200",
      """Sehr geehrter Herr Brenner-Osei,

anbei erhalten Sie Ihre Beitragsrechnung für Ihre Kfz-Haftpflicht und Teilkasko (Kennzeichen HH-LB 204) für das Jahr 2027.

Aufgrund der gestiegenen Reparaturkosten passen wir den Beitrag um 4,2 % an. Sie haben ein Sonderkündigungsrecht bis zum 30.11.2026.

Freundliche Grüße
Ihre Nordlicht Versicherung""",
      fmt="html", style="outlook", foot="Nordlicht Versicherung AG · Coburg"),

    E(X, "vattenfall_abschlag_de", "de", "", "",
      "Vattenfall Kundenservice <noreply@vattenfall.example.de>",
      "Ihr neuer Abschlag ab Juli", "2026-06-10 10:30 +0200",
      """Guten Tag Herr Brenner-Osei,

auf Basis Ihrer Jahresverbrauchsabrechnung haben wir Ihren monatlichen Abschlag für Strom neu berechnet: ab 01.07.2026 zahlen Sie 64,00 € statt bisher 71,00 €.

Sie müssen nichts weiter tun.

Ihr Vattenfall Team""",
      fmt="html", style="ats", alt="Vattenfall", foot="Vattenfall Europe Sales GmbH · Hamburg"),

    E(X, "fitnessstudio_de_du", "de", "", "",
      "Hafenfit Studios <hallo@hafenfit.example.de>",
      "Dein Kursplan für Mai 💪", "2026-04-28 18:00 +0200",
      """Hey Lukas,

der Mai-Kursplan ist da! Neu: Mobility am Mittwochmorgen und Rudern-Intervalle am Freitag. Leider fällt der Spinning-Kurs am 1. Mai aus.

Sichere dir deinen Platz in der App.

Sportliche Grüße
Dein Hafenfit-Team""",
      fmt="html", style="news", alt="Hafenfit", foot="Hafenfit Studios, Holstenstraße 1, Hamburg",
      headers=bulk("kurse.hafenfit.example.de", "hafenfit.example.de"), encode_subject=True),

    E(X, "alumni_newsletter_de", "de", "", "",
      "Alumni Netzwerk HAW Logistik <alumni@haw-logistik.example.de>",
      "Alumni-Brief Mai: Interview mit Absolventin Dr. Ines Kahl", "2026-05-04 12:00 +0200",
      """Liebe Alumni,

in unserem Interview des Monats erzählt Dr. Ines Kahl (Jahrgang 2009), wie sie vom Disponenten-Schreibtisch in den Vorstand einer Reederei kam – und warum eine frühe Absage ihre Karriere geprägt hat.

Außerdem: Einladung zum Sommerfest am 26. Juni, Mentoring-Programm sucht Mentor:innen, neue Stellenangebote aus dem Netzwerk.

URL: Alumni-Brief lesen

Herzliche Grüße
Ihr Alumni-Team""",
      fmt="alt", style="news", alt="HAW Alumni", foot="Alumni Netzwerk HAW Logistik e.V.",
      headers=bulk("alumni-brief.haw-logistik.example.de", "haw-logistik.example.de")),

    E(X, "eigene_bewerbung_gesendet_de", "de", "", "",
      "Lukas Brenner-Osei <lukas.bo@example.de>",
      "Bewerbung als Leiter Materialwirtschaft (m/w/d)", "2026-07-19 20:41 +0200",
      """Sehr geehrte Damen und Herren,

hiermit bewerbe ich mich auf die ausgeschriebene Stelle als Leiter Materialwirtschaft. Nach acht Jahren in der Seefrachtspedition und drei Jahren als Supply Chain Planner möchte ich meine Erfahrung in Disposition, Lieferantenmanagement und S&OP nun in einem produzierenden Unternehmen einbringen.

Über eine Einladung zu einem persönlichen Gespräch freue ich mich sehr.

Mit freundlichen Grüßen
Lukas Brenner-Osei
Tel. 0151 5550 4471""",
      to="Personalabteilung <bewerbung@lohmann-soehne.example.de>", mid_host="example.de"),

    E(X, "ooo_recruiterin_de", "de", "", "j.petersen@nordkai-hafen.example.com",
      "Jana Petersen <j.petersen@nordkai-hafen.example.com>",
      "Automatische Antwort: Nachfrage Bewerbung Demand Planner", "2026-01-16 09:01 +0100",
      """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 18.01.2026 nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an personal@nordkai-hafen.example.com.

Mit freundlichen Grüßen
Jana Petersen""",
      headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
      reply_of="1601.lbo.nordkai@example.de"),

    E(X, "daily_standup_kalender_de", "de", "", "",
      "Kalender <calendar-notification@google.example.com>",
      "Einladung: Daily S&OP Abstimmung @ Mo.–Fr. 09:15 – 09:30 (MEZ)", "2026-01-07 16:20 +0100",
      """Sie wurden zu folgendem Termin eingeladen.

Daily S&OP Abstimmung
Wann: Werktags 09:15 – 09:30 Mitteleuropäische Zeit
Teilnehmer: Lukas Brenner-Osei, Team Planung

Einladung von Google Kalender""",
      fmt="ics", style="simple", alt="Google Kalender",
      organizer="Stefan Dorn <s.dorn@example.org>",
      ics={"uid": "dailysop-2026@google.example.com", "start": "2026-01-08 09:15 +0100", "minutes": 15,
               "summary": "Daily S&OP Abstimmung", "location": "Raum Elbe / Meet"}),

    E(X, "telekom_rechnung_de", "de", "", "",
      "Telekom Rechnung <rechnung@telekom.example.de>",
      "Ihre Telekom Rechnung für März 2026", "2026-03-05 04:20 +0100",
      """Guten Tag Herr Brenner-Osei,

Ihre aktuelle Rechnung für den Kundenkonto-Nr. 6623 118 4071 steht für Sie bereit. Rechnungsbetrag: 44,95 €. Der Betrag wird am 12.03.2026 abgebucht.

URL: Rechnung online ansehen

Freundliche Grüße
Ihre Telekom""",
      fmt="html", style="ats", alt="Telekom", foot="Telekom Deutschland GmbH · Landgrabenweg 151 · 53227 Bonn"),

    E(X, "radio_interview_de", "de", "", "t.sander@radio-hafenwelle.example.de",
      "Tanja Sander <t.sander@radio-hafenwelle.example.de>",
      "Interviewanfrage: Hafenwelle am Morgen", "2026-05-20 13:13 +0200",
      """Hallo Herr Brenner-Osei,

ich bin Redakteurin bei Radio Hafenwelle. Wir machen nächste Woche eine Sendung über Lieferengpässe im Hamburger Hafen, und ein Kollege meinte, Sie könnten als ehemaliger Spediteur gut erklären, warum Container so lange auf Feeder warten.

Hätten Sie Lust auf ein kurzes Telefoninterview (ca. 10 Minuten, aufgezeichnet) am Dienstag oder Mittwoch? Es wäre nicht live.

Viele Grüße
Tanja Sander
Redaktion „Hafenwelle am Morgen“"""),

    E(X, "spanischkurs_vhs_de", "de", "", "",
      "Hamburger Volkshochschule <anmeldung@vhs-hamburg.example.de>",
      "Anmeldebestätigung: Spanisch A2 – Kursnr. 4417SPA05", "2026-02-19 09:40 +0100",
      """Sehr geehrter Herr Brenner-Osei,

vielen Dank für Ihre Anmeldung. Hiermit bestätigen wir Ihren Platz im Kurs:

Spanisch A2 – Abendkurs, 12 Termine, dienstags 18:30–20:00 Uhr, ab 03.03.2026
Ort: VHS-Zentrum Schanzenviertel, Raum 204
Entgelt: 168,00 €

Mit freundlichen Grüßen
Ihre Hamburger Volkshochschule""",
      charset="iso-8859-1", cte="quoted-printable"),

    E(X, "netflix_neues_geraet_de", "de", "", "",
      "Netflix <info@account.netflix.example.com>",
      "Neue Anmeldung bei Ihrem Konto", "2026-08-09 22:48 +0200",
      """Hallo Lukas,

jemand hat sich gerade mit einem neuen Gerät bei Ihrem Konto angemeldet.

Gerät: Smart TV, Hamburg
Zeit: 9. August 2026, 22:47 MESZ

Wenn Sie das waren, ist alles in Ordnung. Falls nicht, ändern Sie bitte Ihr Passwort.

Ihr Netflix-Team""",
      fmt="html", style="ats", alt="Netflix", foot="Netflix International B.V."),

    # ---------------------------------------------------------------- English
    E(X, "linkedin_jobs_digest_en", "en", "", "",
      "LinkedIn <jobs-listings@linkedin.example.com>",
      "Procurement Manager at Vireo Chemicals and 9 more jobs for you", "2026-01-20 08:14 +0100",
      """Jobs you may be interested in

Procurement Manager - Vireo Chemicals - Hamburg (Hybrid)
URL: View job
S&OP Lead - Halvorsen Maritime - Copenhagen
URL: View job
Operations Excellence Manager - Stackyard - Remote (EU)
URL: View job

Actively recruiting · Be an early applicant

URL: See all jobs

You are receiving Jobs You May Be Interested In notification emails. Unsubscribe.""",
      fmt="html", style="news", alt="LinkedIn", foot="© 2026 LinkedIn Corporation",
      headers=bulk("jobs-listings.linkedin.example.com", "linkedin.example.com")),

    E(X, "indeed_alert_en", "en", "", "",
      "Indeed <alert@indeed.example.com>",
      "5 new demand planning jobs in Rotterdam", "2026-04-12 09:02 +0200",
      """New jobs matching your alert: demand planning in Rotterdam

Demand Planner - Harbour Foods BV - Rotterdam - €55,000 - €65,000 a year
Easily apply
Supply Chain Analyst - Lattice Freight - Rotterdam - Hybrid
Responsive employer
Inventory Planner - Coralbay Foods - Rotterdam

URL: See all jobs

Indeed will never ask you for payment in exchange for a job.""",
      fmt="html", style="news", alt="Indeed", foot="Indeed Ireland Operations Ltd.",
      headers=bulk("alerts.indeed.example.com", "indeed.example.com")),

    E(X, "wttj_digest_en", "en", "", "",
      "Welcome to the Jungle <hello@welcometothejungle.example.com>",
      "This week: ops jobs at startups you'll love", "2026-06-18 11:00 +0200",
      """Hi Lukas,

Here's your weekly selection of jobs based on your preferences (Operations, Supply chain, Berlin / Remote):

Ops Lead @ Fennick - Berlin
Supply Chain Manager @ Kistenkind - Hamburg
Head of Procurement @ Hexalis - Paris / Remote

Plus: "How I turned 40 rejections into one job offer" - read our community story.

URL: Explore jobs

The Jungle team""",
      fmt="html", style="news", alt="Welcome to the Jungle", foot="WTTJ SAS, Paris",
      headers=bulk("weekly.welcometothejungle.example.com", "welcometothejungle.example.com")),

    E(X, "substack_career_en", "en", "", "",
      "The Supply Side <thesupplyside@substack.example.com>",
      "Why you got rejected after the final round (and what to do next)", "2026-02-21 14:30 +0000",
      """Hi friends,

This week I want to talk about the worst email in the job hunt: "Unfortunately, we have decided to move forward with other candidates." I got six of those last year before landing my current role in procurement.

A few things I learned:
1. Always reply and thank them - we'll be moving forward, they said, but hiring managers remember grace.
2. Ask one specific question for feedback.
3. If you missed an interview, apologise within a day.

Next week: negotiating your offer letter.

URL: Read in app

Til next time,
Marta""",
      fmt="alt", style="news", alt="The Supply Side", foot="You're a free subscriber to The Supply Side.",
      headers=bulk("thesupplyside.substack.example.com", "substack.example.com")),

    E(X, "inmail_cold_outreach_en", "en", "", "r.chowdhury@meridianpeople.example.co.uk",
      "Rahul Chowdhury <r.chowdhury@meridianpeople.example.co.uk>",
      "Opportunities in procurement - Hamburg market", "2026-05-08 10:05 +0100",
      """Hi Lukas,

Hope you're well! I came across your profile and was really impressed by your move from freight forwarding into planning - a great combo for procurement.

I specialise in procurement and supply chain roles across Northern Germany and the Nordics and work with several shipping lines and logistics groups. Nothing live that fits you right this minute, but I'd love to add you to my network so I can flag things as they come up.

Feel free to send over an updated CV whenever convenient.

All the best,
Rahul Chowdhury
Principal Consultant | Meridian People
+44 20 7946 0890""",
      fmt="alt", style="simple"),

    E(X, "user_research_interview_en", "en", "", "dana.k@routemate.example.com",
      "Dana Kim <dana.k@routemate.example.com>",
      "Would you join a 30-min research interview? (€40 voucher)", "2026-05-13 15:22 +0200",
      """Hi Lukas,

I'm a UX researcher at RouteMate. You use our shipment tracking app, and we're interviewing a handful of users to understand how freight and planning folks use it day-to-day.

Would you be up for a 30-minute video interview next week? As a thank-you we'll send you a €40 voucher. You can pick a slot here:
URL: Book a research session

No preparation needed - we're testing the product, not you!

Thanks,
Dana Kim
User Research, RouteMate""",
      fmt="alt", style="simple"),

    E(X, "podcast_guest_en", "en", "", "hosts@freightfrequency.example.org",
      "Freight Frequency Podcast <hosts@freightfrequency.example.org>",
      "Podcast interview invite - Freight Frequency", "2026-07-01 18:18 +0100",
      """Hi Lukas,

We host Freight Frequency, a small podcast about people who work in logistics. We read your LinkedIn post about leaving freight forwarding for demand planning and would love to interview you for an episode!

Recording is remote, about 45 minutes, any time in the next three weeks. Let us know if you're interested and we'll send over a few dates.

Cheers,
Gemma & Tom
Freight Frequency"""),

    E(X, "spotify_release_radar_en", "en", "", "",
      "Spotify <no-reply@spotify.example.com>",
      "Your Release Radar is ready", "2026-09-11 07:00 +0200",
      """Lukas, new music from artists you love is waiting for you.

Your Release Radar has been updated with 30 new tracks.

URL: Listen now

Spotify AB, Regeringsgatan 19, Stockholm""",
      fmt="html", style="news", alt="Spotify", foot="Spotify AB",
      headers=bulk("release-radar.spotify.example.com", "spotify.example.com")),

    E(X, "gps_position_en", "en", "", "",
      "Trackbee Alerts <alerts@trackbee.example.com>",
      "Position update: your bike left the safe zone", "2026-06-22 23:41 +0200",
      """Hi Lukas,

Your tracker "Gravel bike" has left the safe zone "Home".

Last known position: 53.5627 N, 9.9554 E (Eimsbüttel, Hamburg)
Time: 23:39 CEST
Battery: 62%

URL: Show position on map

If this movement was expected, you can ignore this alert.

Trackbee""",
      fmt="html", style="ats", alt="Trackbee", foot="Trackbee GmbH"),

    E(X, "order_delayed_en", "en", "", "",
      "Northwind Outdoor <orders@northwind-outdoor.example.com>",
      "Update on your order #NW-558102", "2026-04-06 13:33 +0100",
      """Hi Lukas,

Unfortunately your order is delayed. One of the items (Trail Jacket M, navy) is still in transit to our warehouse in Venlo, so we expect to ship your order on 14 April instead of 8 April.

We're sorry for the inconvenience and have refunded your shipping costs.

Northwind Outdoor Customer Care""",
      fmt="alt", style="ats", alt="Northwind Outdoor", foot="Northwind Outdoor Ltd, Leeds"),

    E(X, "mba_admission_en", "en", "", "",
      "Hamburg School of Logistics Admissions <admissions-noreply@hsl.example.edu>",
      "Your admission decision - Executive MSc Supply Chain Management", "2026-06-30 17:00 +0200",
      """Dear Lukas,

Congratulations! On behalf of the Admissions Committee, I am pleased to offer you a place in the part-time Executive MSc in Supply Chain Management, starting October 2026.

To secure your place, please accept the offer and pay the deposit of EUR 2,500 by 31 July 2026 in the applicant portal.

We look forward to welcoming you to the class of 2028.

Dr. Helen Brandis
Director of Admissions
Hamburg School of Logistics""",
      fmt="html", style="ats", alt="Hamburg School of Logistics", foot="Hamburg School of Logistics gGmbH"),

    E(X, "ooo_recruiter_en", "en", "", "ben.hartley@northlight-talent.example.co.uk",
      "Ben Hartley <ben.hartley@northlight-talent.example.co.uk>",
      "Automatic reply: Corvane - question", "2026-02-09 08:32 +0000",
      """Hi, thanks for your email!

I'm out of the office on annual leave until Monday 16th February with limited access to email. For anything urgent please contact the Northlight team on +44 20 7946 0700.

Speak soon,
Ben""",
      headers={"Auto-Submitted": "auto-replied"}, reply_of="0209.lbo.northlight@example.de"),

    E(X, "own_thank_you_sent_en", "en", "", "",
      "Lukas Brenner-Osei <lukas.bo@example.de>",
      "Thank you - Inventory Planning Manager interview", "2026-02-12 18:05 +0100",
      """Hi Olivia,

Thank you for taking the time to speak with me today. I really enjoyed hearing about how Brightmoor is rebuilding its replenishment process, and I'm even more excited about the role.

If anything else would be useful from my side, just let me know.

Best regards,
Lukas""",
      to="Olivia Grant <olivia.grant@brightmoor.example.com>", mid_host="example.de"),

    E(X, "friend_fwd_posting_en", "en", "", "amir.haddad@example.org",
      "Amir Haddad <amir.haddad@example.org>",
      "Fwd: Job opening - Logistics Controller (Antwerp)", "2026-08-20 12:47 +0200",
      """Saw this on our intranet and thought of you! Antwerp isn't Hamburg but the team is great. Want me to pass your CV to the hiring manager?

A.

---------- Forwarded message ---------
From: Internal Careers <careers@scheldt-terminals.example.be>
Date: Thu, 20 Aug 2026 at 10:02
Subject: Job opening - Logistics Controller (Antwerp)
To: All Staff <allstaff@scheldt-terminals.example.be>

We're hiring a Logistics Controller to join the Finance & Operations team in Antwerp. Referrals welcome - referral bonus applies.""",
      fmt="alt", style="simple"),

    E(X, "candidate_survey_en", "en", "", "",
      "Candidate Experience <survey@candidatepulse.example.com>",
      "How was your interview with Lattice Freight?", "2026-05-07 16:00 +0200",
      """Hi Lukas,

You recently interviewed with Lattice Freight. They'd love to hear how it went - whatever the outcome.

The survey takes 2 minutes and is anonymous. Your answers won't affect your application.

URL: Start survey

Thank you!
CandidatePulse, on behalf of Lattice Freight""",
      fmt="html", style="news", alt="CandidatePulse", foot="CandidatePulse Inc.",
      headers=bulk("surveys.candidatepulse.example.com", "candidatepulse.example.com")),

    # ---------------------------------------------------------------- French
    E(X, "wttj_fr_alert", "fr", "", "",
      "Welcome to the Jungle <bonjour@welcometothejungle.example.com>",
      "6 nouvelles offres pour vous à Lyon", "2026-03-14 10:00 +0100",
      """Bonjour Lukas,

Voici les nouvelles offres qui correspondent à votre alerte « Supply chain - Lyon » :

Responsable Approvisionnements - Maison Berthier - Lyon
Acheteur Projets H/F - Groupe Roncelin - Lyon
Planificateur Demande - Lumenor - Villeurbanne

URL: Voir toutes les offres

À bientôt,
L'équipe Welcome to the Jungle""",
      fmt="html", style="news", alt="Welcome to the Jungle", foot="Se désinscrire",
      headers=bulk("alertes.welcometothejungle.example.com", "welcometothejungle.example.com")),

    E(X, "newsletter_entretien_fr", "fr", "", "",
      "Cadremploi Conseils <newsletter@cadres-conseils.example.fr>",
      "Entretien raté, refus, silence radio : comment rebondir", "2026-04-02 07:30 +0200",
      """Bonjour,

Vous avez reçu un refus après un entretien ? Vous n'avez jamais eu de nouvelles ? Dans ce numéro, nos experts décryptent les réponses types des recruteurs (« nous ne donnerons pas suite à votre candidature ») et vous expliquent comment demander un retour constructif.

À lire aussi : comment préparer un entretien en visio.

URL: Lire l'article

L'équipe Conseils""",
      fmt="html", style="news", alt="Conseils carrière", foot="Pour vous désabonner, cliquez ici.",
      headers=bulk("conseils.cadres-conseils.example.fr", "cadres-conseils.example.fr")),

    E(X, "colis_retard_fr", "fr", "", "",
      "Colissimo <suivi-colis@colissimo.example.fr>",
      "Votre colis a du retard", "2026-03-27 15:45 +0100",
      """Bonjour,

Malheureusement, votre colis n° 6A21984412345 n'a pas pu être livré dans les délais prévus en raison d'un incident de transport. Une nouvelle livraison est prévue le 30/03/2026.

Nous vous prions de nous excuser pour ce désagrément.

URL: Suivre mon colis

Colissimo""",
      fmt="html", style="ats", charset="iso-8859-1", alt="Colissimo", foot="La Poste SA"),

    E(X, "ami_refus_fr", "fr", "", "camille.roux@example.net",
      "Camille Roux <camille.roux@example.net>",
      "des nouvelles", "2026-06-05 22:10 +0200",
      """Salut Lukas !

Alors, tes candidatures à Lyon ? De mon côté, j'ai reçu un refus hier pour le poste chez Cimentis, après trois entretiens… « votre profil ne correspond pas tout à fait », bref. Je suis un peu dégoûtée mais bon, on continue.

Tu viens toujours en juillet ? On pourrait aller à la Croix-Rousse, je connais un super bouchon.

Bises,
Camille""",
      charset="iso-8859-1", cte="quoted-printable"),

    E(X, "cabinet_approche_fr", "fr", "", "t.marchal@altitude-rh.example.fr",
      "Thomas Marchal <t.marchal@altitude-rh.example.fr>",
      "Votre parcours supply chain", "2026-07-16 09:50 +0200",
      """Bonjour Lukas,

Je me permets de vous contacter car votre parcours entre transit international et planification a retenu mon attention.

J'accompagne des industriels de la région Auvergne-Rhône-Alpes sur leurs recrutements achats et supply chain. Je n'ai pas de mission ouverte correspondant exactement à votre profil aujourd'hui, mais je serais ravi de garder le contact : n'hésitez pas à m'envoyer votre CV à jour.

Bien cordialement,
Thomas Marchal
Consultant Senior
Altitude RH - Lyon""",
      fmt="alt", style="outlook"),

    E(X, "apec_alert_fr", "fr", "", "",
      "Alertes Emploi Cadres <alertes@emploi-cadres.example.fr>",
      "Nouvelles offres : acheteur / approvisionneur", "2026-09-03 06:00 +0200",
      """Bonjour,

12 nouvelles offres correspondent à vos critères (Acheteur, Rhône, CDI) :

- Acheteur industriel H/F - Transports Vautrin - Vénissieux
- Approvisionneur Senior - Cimentis - Lyon 3e
- Acheteur Familles Emballages - Lumenor - Villeurbanne

URL: Consulter les offres

Vous recevez cet e-mail car vous avez créé une alerte.""",
      fmt="html", style="news", alt="Emploi Cadres", foot="Gérer mes alertes",
      headers=bulk("alertes.emploi-cadres.example.fr", "emploi-cadres.example.fr")),

    # ---------------------------------------------------------------- Spanish
    E(X, "infojobs_alerta_es", "es", "", "",
      "InfoJobs <alertas@infojobs.example.net>",
      "Nuevas ofertas: Responsable de compras en Valencia", "2026-04-19 08:00 +0200",
      """Hola Lukas,

Tenemos 7 ofertas nuevas que encajan con tu alerta «Responsable de compras - Valencia»:

Responsable de Compras - Grupo Torrealba - Valencia
Técnico/a de Aprovisionamiento - Naranjo Fresh - Alzira
Buyer con inglés y alemán - Puerto Levante Logística - Valencia

URL: Ver todas las ofertas

El equipo de InfoJobs""",
      fmt="html", style="news", alt="InfoJobs", foot="Darse de baja de estas alertas",
      headers=bulk("alertas.infojobs.example.net", "infojobs.example.net")),

    E(X, "academia_inscripcion_es", "es", "", "",
      "Academia Lingua Valencia <secretaria@lingua-valencia.example.es>",
      "Hemos recibido tu solicitud de inscripción", "2026-05-21 12:05 +0200",
      """¡Hola Lukas!

Hemos recibido tu solicitud para el curso intensivo de español B1 (julio 2026). Lamentablemente el grupo de mañana ya está completo, pero te hemos reservado plaza en el grupo de tarde.

Te confirmaremos la plaza en cuanto recibamos el pago de la matrícula.

Un saludo,
Secretaría - Academia Lingua""",
      fmt="alt", style="simple"),

    E(X, "pedido_retrasado_es", "es", "", "",
      "Tienda Kanela <pedidos@kanela-shop.example.es>",
      "Tu pedido llegará con retraso", "2026-07-24 10:40 +0200",
      """Hola Lukas,

Lamentamos informarte de que tu pedido n.º KS-20931 sufrirá un retraso de 3 días por una incidencia con la empresa de transporte.

La nueva fecha estimada de entrega es el 29 de julio.

URL: Seguir mi pedido

Gracias por tu paciencia,
El equipo de Kanela""",
      fmt="html", style="ats", alt="Kanela", foot="Kanela Shop S.L."),

    E(X, "radio_entrevista_es", "es", "", "nuria.vidal@radiomar.example.es",
      "Núria Vidal <nuria.vidal@radiomar.example.es>",
      "Entrevista para el programa «Puerto Abierto»", "2026-08-11 13:30 +0200",
      """Hola Lukas,

Soy Núria, productora de «Puerto Abierto» en Radio Mar Valencia. Preparamos un especial sobre trabajadores extranjeros en el sector logístico del puerto y nos han pasado tu contacto desde la academia de idiomas.

¿Te animarías a hacer una entrevista de unos 15 minutos por teléfono? Puede ser en inglés o en español, como prefieras.

Muchas gracias,
Núria Vidal
Radio Mar Valencia"""),

    E(X, "master_admision_es", "es", "", "",
      "Admisiones Universidad del Turia <admisiones-noreply@uturia.example.es>",
      "Resolución de admisión - Máster en Logística Portuaria", "2026-07-03 09:00 +0200",
      """Estimado/a Lukas Brenner-Osei:

Nos complace comunicarle que ha sido admitido/a en el Máster Universitario en Logística Portuaria para el curso 2026-2027.

Para formalizar la matrícula, deberá acceder a la sede electrónica antes del 20 de julio.

Atentamente,
Servicio de Admisiones
Universidad del Turia""",
      fmt="html", style="ats", charset="iso-8859-1", alt="Universidad del Turia", foot="Mensaje automático."),
]
