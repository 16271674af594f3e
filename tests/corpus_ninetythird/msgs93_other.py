"""Everything else in Henrike's mailbox (kind `other`), written one by one: digests and
newsletters that talk about rejections and interviews, banks, parcels, queues, friends, her own
sent mail, out-of-office replies, cold outreach."""

from __future__ import annotations

from msgs93_common import CANDIDATE, CANDIDATE_NAME, ats_card, newsletter

ME = (CANDIDATE_NAME, CANDIDATE)

OTHER = [
    # ---------------------------------------------------------------- German
    # 1 -- job-alert digest listing openings
    {
        "kind": "other", "scenario": "job_alert_digest", "company": "", "contact": "", "lang": "de",
        "frm": ("Stellenwerk Pharma Jobagent", "jobagent@stellenwerk-pharma.example.de"),
        "subject": "7 neue Jobs für „Medical Affairs Frankfurt“",
        "date": "2026-01-08 06:30 +0100", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
        "headers": [("List-Id", "Jobagent <jobagent.stellenwerk-pharma.example.de>"),
                 ("List-Unsubscribe", "<https://www.stellenwerk-pharma.example.de/jobagent/abmelden?id=ja-55102>"),
                 ("Precedence", "bulk")],
        "html": newsletter(
            title="Stellenwerk Pharma", accent="#134e6f",
            logo_src="https://www.stellenwerk-pharma.example.de/img/mail/logo_weiss.png",
            logo_alt="Stellenwerk Pharma",
            intro=["Hallo Henrike,", "dein Jobagent „Medical Affairs Frankfurt“ hat 7 neue Stellenangebote gefunden:"],
            items=[
                ("Medical Advisor Onkologie (m/w/d) – Rheinauen Pharma", "Frankfurt-Höchst · Vollzeit · vor 2 Tagen", "https://www.stellenwerk-pharma.example.de/r/j/88412?ja=55102&pos=1"),
                ("Medical Science Liaison Neurologie – Region Mitte", "Home-Office / Außendienst · vor 3 Tagen", "https://www.stellenwerk-pharma.example.de/r/j/88397?ja=55102&pos=2"),
                ("Referent Arzneimittelsicherheit (w/m/d)", "Bad Homburg · Teilzeit möglich · vor 4 Tagen", "https://www.stellenwerk-pharma.example.de/r/j/88350?ja=55102&pos=3"),
                ("Manager Medical Information DACH", "Eschborn · Vollzeit · vor 5 Tagen", "https://www.stellenwerk-pharma.example.de/r/j/88311?ja=55102&pos=4"),
                ("Apotheker als Medical Writer (m/w/d)", "Mainz · Hybrid · vor 6 Tagen", "https://www.stellenwerk-pharma.example.de/r/j/88290?ja=55102&pos=5"),
            ],
            footer=["Du erhältst diese E-Mail, weil du einen Jobagenten bei Stellenwerk Pharma angelegt hast.",
                    "Stellenwerk Pharma GmbH · Taunusanlage 8 · 60329 Frankfurt am Main · HRB 102233"],
            unsubscribe="https://www.stellenwerk-pharma.example.de/jobagent/abmelden?id=ja-55102",
            pixel_url="https://www.stellenwerk-pharma.example.de/t/o.gif?ja=55102&d=20260108",
        ),
    },
    # 2 -- career newsletter about rejections
    {
        "kind": "other", "scenario": "newsletter_rejection_tips", "company": "", "contact": "", "lang": "de",
        "frm": ("PharmaKarriere Newsletter", "newsletter@pharmakarriere.example.de"),
        "subject": "Absage erhalten? 7 Tipps, wie Sie daraus lernen",
        "date": "2026-02-19 07:00 +0100", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
        "headers": [("List-Id", "PharmaKarriere Newsletter <news.pharmakarriere.example.de>"),
                 ("List-Unsubscribe", "<https://pharmakarriere.example.de/nl/abmelden?e=aGVucmlrZQ>"),
                 ("Precedence", "list")],
        "html": newsletter(
            title="PharmaKarriere", accent="#7b1e3a",
            intro=["Liebe Leserin, lieber Leser,",
                   "„Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Kandidatin entschieden haben“ – kaum ein Satz wird in Bewerbungsprozessen so oft verschickt. In dieser Ausgabe zeigen wir, wie Sie eine Absage für sich nutzen."],
            items=[
                ("1. Bitten Sie um Feedback – aber richtig", "Warum ein kurzer Anruf mehr bringt als eine Mail, und welche drei Fragen Recruiter gern beantworten.", "https://pharmakarriere.example.de/r/?u=nl0219-a1"),
                ("2. Absage nach dem zweiten Interview: Was jetzt?", "Eine Personalberaterin erklärt, warum gerade späte Absagen oft nichts mit Ihrer Leistung zu tun haben.", "https://pharmakarriere.example.de/r/?u=nl0219-a2"),
                ("Quereinstieg aus der Klinik: Erfahrungsbericht", "Eine Krankenhausapothekerin erzählt von 23 Bewerbungen, 4 Interviews und ihrem Weg in die Pharmakovigilanz.", "https://pharmakarriere.example.de/r/?u=nl0219-a3"),
                ("Gehaltsreport Medical Affairs 2026", "Was MSL, Medical Advisor und Medical Manager in Deutschland, Österreich und der Schweiz verdienen.", "https://pharmakarriere.example.de/r/?u=nl0219-a4"),
            ],
            footer=["PharmaKarriere ist ein Angebot der Fachverlag Rhein-Main GmbH, Mainzer Landstraße 151, 60327 Frankfurt.",
                    "Geschäftsführer: Volker Mensching · Amtsgericht Frankfurt HRB 77120"],
            unsubscribe="https://pharmakarriere.example.de/nl/abmelden?e=aGVucmlrZQ",
            pixel_url="https://pharmakarriere.example.de/nl/o/0219/aGVucmlrZQ.gif",
        ),
    },
    # 3 -- career blog: "missed the interview -- what now?"; quotes a "we waited for you" mail
    {
        "kind": "other", "scenario": "blog_missed_interview_article", "company": "", "contact": "", "lang": "de",
        "frm": ("Karriereblog Life Sciences", "post@lifescience-karriere.example.de"),
        "subject": "Neuer Artikel: Vorstellungsgespräch verpasst – was nun?",
        "date": "2026-03-21 09:15 +0100", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
        "headers": [("List-Id", "Karriereblog Life Sciences <blog.lifescience-karriere.example.de>"),
                 ("List-Unsubscribe", "<mailto:abmelden@lifescience-karriere.example.de>, <https://lifescience-karriere.example.de/abmelden>")],
        "text": """Neuer Artikel im Karriereblog Life Sciences

Vorstellungsgespräch verpasst – was nun?

„Wir haben heute um 10 Uhr auf Sie gewartet …“ – diese Mail möchte niemand bekommen. Aber es passiert öfter, als man denkt: falsche Zeitzone im Kalender, Teams-Link im Spam, Zug ausgefallen.

In unserem neuen Beitrag erklären wir, wie Sie innerhalb von 24 Stunden richtig reagieren, wann ein Anruf besser ist als eine E-Mail und wie Sie einen zweiten Termin bekommen, ohne sich zu verbiegen.

Weiterlesen: https://lifescience-karriere.example.de/vorstellungsgespraech-verpasst?utm_source=mail

Außerdem neu:
- Assessment-Center bei Krankenkassen: So läuft der Auswahltag ab
- Telefoninterview mit Headhuntern: 5 Fragen, die immer kommen

Sie erhalten diese Mail, weil Sie den Karriereblog abonniert haben. Abmelden: https://lifescience-karriere.example.de/abmelden
""",
        "html": """<html><body style="font-family:Georgia,serif;color:#222;max-width:600px;margin:0 auto;padding:12px;">
<p style="font-family:Arial,sans-serif;font-size:12px;color:#888;">Neuer Artikel im Karriereblog Life Sciences</p>
<h1 style="font-size:24px;">Vorstellungsgespräch verpasst – was nun?</h1>
<p><i>„Wir haben heute um 10 Uhr auf Sie gewartet …“</i> – diese Mail möchte niemand bekommen. Aber es passiert öfter, als man denkt: falsche Zeitzone im Kalender, Teams-Link im Spam, Zug ausgefallen.</p>
<p>In unserem neuen Beitrag erklären wir, wie Sie innerhalb von 24 Stunden richtig reagieren, wann ein Anruf besser ist als eine E-Mail und wie Sie einen zweiten Termin bekommen, ohne sich zu verbiegen.</p>
<p><a href="https://lifescience-karriere.example.de/vorstellungsgespraech-verpasst?utm_source=mail" style="color:#0b6e4f;font-weight:bold;">Weiterlesen →</a></p>
<h3 style="font-family:Arial,sans-serif;">Außerdem neu</h3>
<ul>
<li><a href="https://lifescience-karriere.example.de/assessment-center-krankenkasse?utm_source=mail">Assessment-Center bei Krankenkassen: So läuft der Auswahltag ab</a></li>
<li><a href="https://lifescience-karriere.example.de/telefoninterview-headhunter?utm_source=mail">Telefoninterview mit Headhuntern: 5 Fragen, die immer kommen</a></li>
</ul>
<p style="font-family:Arial,sans-serif;font-size:11px;color:#999;">Sie erhalten diese Mail, weil Sie den Karriereblog abonniert haben. <a href="https://lifescience-karriere.example.de/abmelden" style="color:#999;">Abmelden</a></p>
<img src="https://lifescience-karriere.example.de/wp-content/plugins/mailpoet/track/o/3391.gif" width="1" height="1" alt="">
</body></html>
""",
    },
    # 4 -- bank: loan application received
    {
        "kind": "other", "scenario": "bank_loan_application_received", "company": "", "contact": "", "lang": "de",
        "frm": ("Mainufer Bank", "service@mainuferbank.example.de"),
        "subject": "Ihr Kreditantrag ist bei uns eingegangen",
        "date": "2026-01-27 12:02 +0100", "structure": "html", "charset": "utf-8", "cte": "base64",
        "html": ats_card(
            logo_src="https://www.mainuferbank.example.de/static/mail/logo.png",
            logo_alt="Mainufer Bank", accent="#c8102e",
            paras=[
                "Sehr geehrte Frau Adebayo-Lindqvist,",
                "vielen Dank für Ihren Antrag auf einen Ratenkredit über 12.000 EUR (Verwendungszweck: Umzug). Ihr Antrag ist bei uns eingegangen und hat die Vorgangsnummer RK-2026-0148832.",
                "Wir prüfen nun Ihre Unterlagen und Ihre Bonität. Bitte legitimieren Sie sich innerhalb von 14 Tagen per VideoIdent, damit wir Ihren Antrag abschließend bearbeiten können.",
                "Freundliche Grüße<br>Ihr Kreditservice der Mainufer Bank",
            ],
            button=("Jetzt legitimieren", "https://www.mainuferbank.example.de/kredit/ident?v=RK-2026-0148832"),
            footer=[
                "Mainufer Bank AG · Schaumainkai 87 · 60596 Frankfurt am Main · Vorstand: Dr. Ralf Kessing (Vors.), Anke Meister",
                "Aus Sicherheitsgründen fragen wir niemals per E-Mail nach Ihrer PIN oder TAN.",
                "Dies ist eine automatisch erzeugte Nachricht; Antworten auf diese E-Mail können nicht bearbeitet werden.",
            ],
            pixel_url="https://www.mainuferbank.example.de/mail/o/rk0148832.gif",
        ),
    },
    # 5 -- bank: credit line declined
    {
        "kind": "other", "scenario": "bank_credit_declined", "company": "", "contact": "", "lang": "de",
        "frm": ("Nordend Direktbank", "kundenservice@nordend-direktbank.example.de"),
        "subject": "Ihr Antrag auf einen Rahmenkredit",
        "date": "2026-02-03 15:30 +0100", "structure": "plain", "charset": "iso-8859-1", "cte": "quoted-printable",
        "text": """Sehr geehrte Frau Adebayo-Lindqvist,

vielen Dank für Ihr Interesse an unserem Rahmenkredit.

Nach Prüfung Ihres Antrags vom 29.01.2026 müssen wir Ihnen leider mitteilen, dass wir Ihrem Antrag derzeit nicht entsprechen können. Die Entscheidung beruht auf unseren internen Kreditvergaberichtlinien; eine Begründung im Einzelfall können wir Ihnen leider nicht geben.

Ihre übrigen Produkte bei der Nordend Direktbank sind von dieser Entscheidung selbstverständlich nicht betroffen.

Mit freundlichen Grüßen
Ihre Nordend Direktbank

Nordend Direktbank AG, Eckenheimer Landstraße 100, 60318 Frankfurt am Main
Vorstand: Michael Gerlach, Dr. Sonja Herbst - Amtsgericht Frankfurt am Main HRB 65530
""",
    },
    # 6 -- flat application refused
    {
        "kind": "other", "scenario": "flat_application_refused", "company": "", "contact": "", "lang": "de",
        "frm": ("Nidda Wohnbau Mietportal", "noreply@mietportal.nidda-wohnbau.example.de"),
        "subject": "Ihre Bewerbung um die Wohnung Eschersheimer Landstraße 217, 3. OG links",
        "date": "2026-04-11 10:44 +0200", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
        "html": """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333;">
<table width="600" cellpadding="0" cellspacing="0"><tr><td style="border-bottom:3px solid #f39200;padding:10px 0;">
<img src="https://mietportal.nidda-wohnbau.example.de/img/logo.png" alt="Nidda Wohnbau – Wohnen in Frankfurt" height="40"></td></tr>
<tr><td style="padding:16px 0;">
<p>Sehr geehrte Frau Adebayo-Lindqvist,</p>
<p>vielen Dank für Ihr Interesse an der 2-Zimmer-Wohnung in der Eschersheimer Landstraße 217 (Objekt-Nr. 4411-0307) und für Ihre Bewerbung über unser Mietportal.</p>
<p>Leider müssen wir Ihnen mitteilen, dass wir uns für andere Mietinteressenten entschieden haben. Aufgrund der sehr hohen Nachfrage (über 300 Bewerbungen) ist uns eine individuelle Begründung nicht möglich.</p>
<p>Ihr Suchprofil bleibt aktiv. Neue passende Angebote erhalten Sie automatisch per E-Mail.</p>
<p>Mit freundlichen Grüßen<br>Ihre Nidda Wohnbau</p>
</td></tr>
<tr><td style="font-size:11px;color:#888;border-top:1px solid #ddd;padding-top:8px;">Nidda Wohnbau GmbH · Niddastraße 64 · 60329 Frankfurt am Main · <a href="https://mietportal.nidda-wohnbau.example.de/suchprofil/abmelden?s=77120" style="color:#888;">Suchprofil deaktivieren</a></td></tr>
</table>
<img src="https://mietportal.nidda-wohnbau.example.de/o.gif?m=absage&amp;s=77120" width="1" height="1" alt="">
</body></html>
""",
    },
    # 7 -- parcel delayed ("leider")
    {
        "kind": "other", "scenario": "parcel_delayed", "company": "", "contact": "", "lang": "de",
        "frm": ("PaketBlitz Sendungsverfolgung", "sendungsinfo@paketblitz.example.de"),
        "subject": "Leider verzögert sich Ihre Sendung 00340434 1127 8845 10",
        "date": "2026-05-28 18:12 +0200", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
        "html": ats_card(
            logo_src="https://www.paketblitz.example.de/mail/logo_gelb.png", logo_alt="PaketBlitz",
            accent="#ffcc00",
            paras=[
                "Hallo Henrike Adebayo-Lindqvist,",
                "leider verzögert sich die Zustellung Ihrer Sendung <b>00340434 1127 8845 10</b> von <b>Kleiderwerk Online-Shop</b>. Aufgrund eines erhöhten Sendungsaufkommens im Paketzentrum Frankfurt-Ost kommt Ihr Paket voraussichtlich erst am <b>Samstag, 30. Mai</b>.",
                "Sie sind nicht zu Hause? Wählen Sie jetzt eine Packstation oder einen Ablageort.",
                "Wir bitten um Entschuldigung.<br>Ihr PaketBlitz Team",
            ],
            button=("Zustellung ändern", "https://www.paketblitz.example.de/track/change?s=00340434112788451"),
            footer=["PaketBlitz GmbH · Hanauer Landstraße 500 · 60386 Frankfurt am Main",
                    "Dies ist eine automatisch versendete Nachricht. Bitte antworten Sie nicht."],
            pixel_url="https://www.paketblitz.example.de/o/00340434112788451.gif",
        ),
    },
    # 8 -- queue position at the citizens' office
    {
        "kind": "other", "scenario": "queue_position_citizens_office", "company": "", "contact": "", "lang": "de",
        "frm": ("Bürgeramt Frankfurt – Online-Warteschlange", "warteschlange@buergeramt.frankfurt.example.de"),
        "subject": "Ihre Position in der Warteschlange: 14",
        "date": "2026-06-18 08:47 +0200", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
        "text": """Guten Tag,

Sie haben sich um 08:41 Uhr in die Online-Warteschlange des Bürgeramts Frankfurt-Nordwest eingereiht (Anliegen: Beglaubigung von Dokumenten / Führungszeugnis beantragen).

Ihre aktuelle Position in der Warteschlange: 14
Voraussichtliche Wartezeit: ca. 55 Minuten
Ihre Wartenummer: NW-0412

Bitte finden Sie sich spätestens 15 Minuten vor Aufruf im Wartebereich (Erdgeschoss, Nordweststadtzentrum) ein. Wenn Ihre Nummer aufgerufen wird und Sie nicht anwesend sind, verfällt sie.

Diese Nachricht wurde automatisch erstellt.
Stadt Frankfurt am Main – Bürgeramt, Statistik und Wahlen
""",
    },
    # 9 -- podcast interview request (a person, so a contact)
    {
        "kind": "other", "scenario": "podcast_interview_request", "company": "", "contact": "marc.duerr@apothekenfunk.example.de",
        "lang": "de",
        "frm": ("Marc Dürr", "marc.duerr@apothekenfunk.example.de"),
        "subject": "Interview-Anfrage für den Podcast „Apothekenfunk“",
        "date": "2026-02-10 20:55 +0100", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
        "text": """Hallo Frau Adebayo-Lindqvist,

ich bin Marc, einer der beiden Hosts von „Apothekenfunk“, dem Podcast für junge Apothekerinnen und Apotheker (rund 8.000 Hörer pro Folge). Ihr Beitrag auf dem Fachtag Klinische Pharmazie zum Thema Medikationsanalyse auf der Intensivstation ist mir im Gedächtnis geblieben.

Hätten Sie Lust, bei uns als Gast für ein Interview dabei zu sein? Wir sprechen ca. 45 Minuten über Ihren Alltag in der Krankenhausapotheke, über AMTS und gern auch darüber, was Sie jungen Kolleginnen für den Berufsstart raten würden. Aufgenommen wird remote, die Folge würde im April erscheinen.

Ich würde mich sehr freuen!

Viele Grüße
Marc Dürr
Apothekenfunk – der Podcast für die junge Pharmazie
""",
    },
    # 10 -- trade press interview request, Outlook, windows-1252
    {
        "kind": "other", "scenario": "press_interview_request", "company": "", "contact": "s.kowalczyk@pharma-rundschau.example.de",
        "lang": "de",
        "frm": ("Kowalczyk, Sabine", "s.kowalczyk@pharma-rundschau.example.de"),
        "subject": "Anfrage: Interview für die Pharma-Rundschau (Serie „Seitenwechsel“)",
        "date": "2026-07-22 11:31 +0200", "structure": "plain", "charset": "windows-1252", "cte": "quoted-printable",
        "mid_style": "outlook", "mid_domain": "pharma-rundschau.example.de",
        "text": """Sehr geehrte Frau Adebayo-Lindqvist,

für unsere Serie „Seitenwechsel“ porträtieren wir Apothekerinnen und Apotheker, die aus der Offizin oder der Klinik in die Industrie gewechselt sind – oder gerade dabei sind. Ihre Kollegin Frau Dr. Reuss-Kaltenbach hat mir Ihren Namen genannt.

Hätten Sie Zeit für ein Interview von etwa 30 Minuten am Telefon? Es geht um Ihre Motivation, die Bewerbungsphase und die Frage, was Krankenhausapothekerinnen in die Industrie mitbringen. Sie erhalten den Text selbstverständlich vor Veröffentlichung zur Freigabe; auf Wunsch auch anonymisiert.

Mit freundlichen Grüßen

Sabine Kowalczyk
Redakteurin
Pharma-Rundschau – Fachzeitschrift für Pharmazie in Praxis und Industrie
Verlag Kowalczyk & Brandl GmbH, Friedrich-Ebert-Anlage 36, 60325 Frankfurt am Main
Tel. 069 7561 33-27
""",
    },
    # 11 -- user-research interview from a named researcher (a person, so a contact)
    {
        "kind": "other", "scenario": "user_research_interview", "company": "", "contact": "paula.reinhardt@mediplan-app.example.de",
        "lang": "de",
        "frm": ("Paula Reinhardt (MediPlan)", "paula.reinhardt@mediplan-app.example.de"),
        "subject": "45 Minuten Ihrer Zeit? Nutzerinterview zur MediPlan-App (50 € Gutschein)",
        "date": "2026-03-30 10:07 +0200", "structure": "plain", "charset": "utf-8", "cte": "8bit",
        "text": """Hallo Frau Adebayo-Lindqvist,

Sie nutzen MediPlan seit über einem Jahr, um Medikationspläne zu prüfen – vielen Dank dafür!

Ich bin UX-Researcherin im MediPlan-Team. Für die nächste Version suchen wir Apothekerinnen und Apotheker für ein Nutzerinterview (45 Minuten, per Video). Wir möchten verstehen, wie Sie die Interaktionswarnungen im Klinikalltag einsetzen und wo die App Sie ausbremst. Es gibt keine richtigen oder falschen Antworten, und wir testen Sie nicht – wir testen die App.

Als Dankeschön erhalten Sie einen Gutschein über 50 €. Wenn Sie mitmachen möchten, antworten Sie einfach kurz auf diese E-Mail, dann schicke ich Ihnen Terminvorschläge.

Beste Grüße
Paula Reinhardt
User Research · MediPlan Digital GmbH
""",
    },
    # 12 -- a friend about her own rejection
    {
        "kind": "other", "scenario": "friend_own_rejection", "company": "", "contact": "lena.hoffmann@mailbox.example.de", "lang": "de",
        "frm": ("Lena Hoffmann", "lena.hoffmann@mailbox.example.de"),
        "subject": "Absage 😩",
        "date": "2026-03-13 22:37 +0100", "structure": "plain", "charset": "utf-8", "cte": "8bit",
        "mid_style": "apple", "mid_domain": "mailbox.example.de",
        "text": """Hey Henni,

kurzes Update von mir: Ich hab heute die Absage von Biolytix bekommen. Nach DREI Runden!! „Wir haben uns für eine Kandidatin mit mehr Industrieerfahrung entschieden“ – ja super, wie soll man die denn kriegen, wenn einen keiner nimmt 🙄

Egal, ich bin nur kurz frustriert und dann geht's weiter. Wie läuft's bei dir mit Rheinauen? Drück dir die Daumen für Donnerstag!

Wollen wir Samstag laufen gehen? Nidda-Runde, 10 Uhr?

Lena
""",
    },
    # 13 -- a former colleague about his own interview
    {
        "kind": "other", "scenario": "colleague_own_interview", "company": "", "contact": "timo.brenner@mailbox.example.de",
        "lang": "de",
        "frm": ("Timo Brenner", "timo.brenner@mailbox.example.de"),
        "subject": "Gespräch heute",
        "date": "2026-05-07 19:02 +0200", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
        "text": """Hi Henrike,

ich hatte heute mein Vorstellungsgespräch bei der Gesundkasse – du hattest mir ja den Tipp mit der Stelle gegeben. Lief eigentlich gut, die wollten viel über Rabattverträge wissen und ich musste eine Fallstudie in 20 Minuten lösen. Puh.

Die melden sich in zwei Wochen. Falls du auch zum Auswahltag eingeladen bist: Die Fallstudie ist fies, nimm dir einen Taschenrechner mit!

Und danke nochmal fürs Gegenlesen meines Anschreibens 🙏

Liebe Grüße aus der Apotheke (hier ist übrigens Chaos, seit du im Urlaub bist...)
Timo
""",
    },
    # 14 -- the candidate's own follow-up (sent mail): no contact
    {
        "key": "own_nachfrage",
        "kind": "other", "scenario": "own_sent_follow_up", "company": "", "contact": "", "lang": "de",
        "frm": ME, "to": [("Tobias Wendland", "tobias.wendland@gesundkasse-hessen.example.de")],
        "subject": "Nachfrage zu meiner Bewerbung – Referentin Arzneimittelversorgung",
        "date": "2026-04-28 08:05 +0200", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
        "text": """Sehr geehrter Herr Wendland,

vielen Dank für die Einladung zum Auswahltag am 12. Mai, die ich gern bestätigt habe.

Darf ich noch kurz nachfragen, ob ich für die Präsentation einen eigenen Laptop mitbringen soll oder ob ein Rechner vor Ort zur Verfügung steht? Und gibt es für die Fallstudie ein vorgegebenes Thema, auf das ich mich vorbereiten kann?

Vielen Dank und freundliche Grüße
Henrike Adebayo-Lindqvist
Fachapothekerin für Klinische Pharmazie
Tel. 0176 2234 5541
""",
    },
    # 15 -- the candidate's own speculative application with CV attached (sent mail)
    {
        "kind": "other", "scenario": "own_sent_speculative_with_cv", "company": "", "contact": "", "lang": "de",
        "frm": ME, "to": [("Friedrich Hollerbach", "f.hollerbach@hollerbach-mainz.example.de")],
        "msgid": "<0c6f3a9e-91b2-4d7e-8a11-4e5f6a7b8c9d@example.de>",
        "subject": "Initiativbewerbung – Pharmazeutin mit klinischer Erfahrung",
        "date": "2026-03-02 07:48 +0100", "structure": "mixed", "charset": "utf-8", "cte": "quoted-printable",
        "text": """Sehr geehrter Herr Hollerbach,

als Fachapothekerin für Klinische Pharmazie mit sieben Jahren Erfahrung in der Krankenhausapotheke möchte ich den Schritt in die pharmazeutische Industrie gehen – und zwar am liebsten in einem Unternehmen, in dem man die Menschen hinter den Produkten noch kennt.

In meiner jetzigen Position im Klinikum Sachsenhausen verantworte ich die Arzneimittelinformation und die Meldung unerwünschter Arzneimittelwirkungen an die Arzneimittelkommission. Dabei habe ich gelernt, Nebenwirkungsberichte sauber zu dokumentieren und mit Herstellern und Behörden zu kommunizieren. Gern würde ich diese Erfahrung in der Arzneimittelsicherheit oder Qualitätssicherung Ihres Hauses einbringen.

Meinen Lebenslauf finden Sie im Anhang. Über die Gelegenheit zu einem persönlichen Gespräch würde ich mich sehr freuen.

Mit freundlichen Grüßen
Henrike Adebayo-Lindqvist
Tel. 0176 2234 5541
""",
        "attachments": [{"filename": "Lebenslauf_Henrike_Adebayo-Lindqvist.pdf", "lines": [
            "Henrike Adebayo-Lindqvist - Lebenslauf",
            "Fachapothekerin für Klinische Pharmazie",
            "seit 2019: Apothekerin, Klinikum Sachsenhausen, Frankfurt am Main",
            "2017-2019: Pharmazeutin im Praktikum / Apothekerin, Universitätsklinikum",
            "Studium der Pharmazie, Approbation 2017",
            "Sprachen: Deutsch, Englisch, Schwedisch, Spanisch (B2), Französisch (B1)",
        ]}],
    },
    # 16 -- out-of-office auto-reply to her follow-up (a person's address, so a contact)
    {
        "thread": "own_nachfrage",
        "kind": "other", "scenario": "out_of_office_de", "company": "", "contact": "tobias.wendland@gesundkasse-hessen.example.de",
        "lang": "de",
        "frm": ("Tobias Wendland", "tobias.wendland@gesundkasse-hessen.example.de"),
        "subject": "Abwesenheitsnotiz: Nachfrage zu meiner Bewerbung – Referentin Arzneimittelversorgung",
        "date": "2026-04-28 08:05 +0200", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
        "headers": [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        "mid_style": "outlook", "mid_domain": "gesundkasse-hessen.example.de",
        "text": """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 4. Mai 2026 nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an das Team Personalgewinnung unter 0611 9044-300.

Mit freundlichen Grüßen
Tobias Wendland
Gesundkasse Hessen
""",
    },
    # 17 -- Swiss out-of-office
    {
        "kind": "other", "scenario": "out_of_office_swiss", "company": "", "contact": "corinne.gysin@novena-tx.example.ch",
        "lang": "de",
        "frm": ("Corinne Gysin", "corinne.gysin@novena-tx.example.ch"),
        "subject": "Automatische Antwort: Termin MSL Hämatologie",
        "date": "2026-04-02 21:16 +0200", "structure": "plain", "charset": "iso-8859-1", "cte": "quoted-printable",
        "parent": "<2e6a41c9-7f3b-4d88-b1e5-90ac3d2f7e14@example.de>",
        "headers": [("Auto-Submitted", "auto-replied")],
        "mid_style": "outlook", "mid_domain": "novena-tx.example.ch",
        "text": """Grüezi

Besten Dank für Ihre Nachricht. Ich bin bis und mit 6. April abwesend und habe nur sporadisch Zugriff auf meine E-Mails.

Ihre Nachricht wird nach meiner Rückkehr beantwortet. Für dringende Anliegen wenden Sie sich bitte an talent@novena-tx.example.ch.

Freundliche Grüsse
Corinne Gysin
""",
    },
    # 18 -- head-hunter cold outreach, no interview yet
    {
        "kind": "other", "scenario": "headhunter_cold_outreach", "company": "", "contact": "c.albrecht@albrecht-executive.example.de",
        "lang": "de",
        "frm": ("Constanze Albrecht", "c.albrecht@albrecht-executive.example.de"),
        "subject": "Vertraulich: Medical Affairs in Mainz",
        "date": "2026-01-21 13:13 +0100", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
        "text": """Sehr geehrte Frau Adebayo-Lindqvist,

ich bin über Ihr Profil auf einem Fachportal auf Sie aufmerksam geworden und nehme mir die Freiheit, Sie direkt anzuschreiben.

Für einen mittelständischen Arzneimittelhersteller im Raum Mainz suche ich eine Persönlichkeit für den Aufbau einer kleinen Medical-Affairs-Einheit. Ihr Hintergrund in der klinischen Pharmazie könnte hier sehr gut passen.

Wäre es für Sie grundsätzlich interessant, sich unverbindlich darüber auszutauschen? Wenn ja, schicken Sie mir gern eine kurze Nachricht mit zwei, drei Zeitfenstern für ein Telefonat; selbstverständlich behandle ich Ihr Interesse absolut vertraulich.

Mit besten Grüßen
Constanze Albrecht
Managing Partner | Albrecht Executive Partners
Kaiserstraße 5 | 55116 Mainz | +49 6131 240 88 10
""",
    },
    # 19 -- professional network: InMail notification (no-reply platform)
    {
        "kind": "other", "scenario": "network_inmail_notification", "company": "", "contact": "", "lang": "de",
        "frm": ("Linkwork", "messages-noreply@linkwork.example.com"),
        "subject": "Patrick Sommer hat Ihnen eine Nachricht gesendet",
        "date": "2026-02-02 08:22 +0100", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
        "headers": [("List-Unsubscribe", "<https://www.linkwork.example.com/e/unsub?t=inmail&u=hal88>")],
        "html": """<html><body style="margin:0;background:#f3f2ef;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:16px;">
<table width="512" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:-apple-system,system-ui,'Segoe UI',Roboto,Arial,sans-serif;">
<tr><td style="padding:16px 24px;"><img src="https://static.linkwork.example.com/mail/logo.png" alt="Linkwork" height="24"></td></tr>
<tr><td style="padding:0 24px;font-size:16px;color:#191919;"><b>Patrick Sommer</b> · Senior Recruiter bei Talentbrücke Life Sciences</td></tr>
<tr><td style="padding:12px 24px;font-size:14px;color:#444;line-height:20px;">„Hallo Henrike, ich hätte eine spannende Position als Medical Science Liaison in der Region Rhein-Main für Sie. Hätten Sie Interesse an einem kurzen Austausch? …“</td></tr>
<tr><td style="padding:8px 24px 20px 24px;"><a href="https://www.linkwork.example.com/comm/messaging/thread/2-ZDk1?trk=eml-inmail" style="background:#0a66c2;color:#fff;padding:8px 16px;border-radius:16px;text-decoration:none;font-size:14px;">Antworten</a></td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#888;border-top:1px solid #e8e8e8;">Diese E-Mail ist für Henrike Adebayo-Lindqvist bestimmt. <a href="https://www.linkwork.example.com/e/unsub?t=inmail&amp;u=hal88" style="color:#888;">Abbestellen</a> · <a href="https://www.linkwork.example.com/help" style="color:#888;">Hilfe</a><br>© 2026 Linkwork Corporation, 1 Harbour Square, Dublin 2, Irland.</td></tr>
</table></td></tr></table>
<img src="https://www.linkwork.example.com/emimp/ip_inmail_hal88.gif" width="1" height="1" alt="">
</body></html>
""",
    },
    # 20 -- CPD seminar registration received
    {
        "kind": "other", "scenario": "cpd_registration_received", "company": "", "contact": "", "lang": "de",
        "frm": ("Akademie für pharmazeutische Fortbildung", "anmeldung@apf-rheinmain.example.de"),
        "subject": "Anmeldebestätigung: Seminar „Pharmakovigilanz kompakt“ am 14.03.2026",
        "date": "2026-01-30 09:44 +0100", "structure": "plain", "charset": "iso-8859-1", "cte": "quoted-printable",
        "text": """Sehr geehrte Frau Adebayo-Lindqvist,

Ihre Anmeldung zum Seminar "Pharmakovigilanz kompakt - Grundlagen für Apothekerinnen und Apotheker" ist bei uns eingegangen. Hiermit bestätigen wir Ihre Teilnahme.

Termin: Samstag, 14. März 2026, 9:00 bis 17:00 Uhr
Ort: Haus der Pharmazie, Raum Paracelsus, Frankfurt am Main
Teilnahmegebühr: 189,00 EUR (Rechnung folgt separat)
Fortbildungspunkte: 8 (Kategorie 1)

Eine kostenfreie Stornierung ist bis 14 Tage vor Seminarbeginn möglich.

Mit freundlichen Grüßen
Ihr Team der Akademie für pharmazeutische Fortbildung Rhein-Main

Diese E-Mail wurde automatisch erstellt.
""",
    },
    # 21 -- association webinar invitation (talks about interviews and careers)
    {
        "kind": "other", "scenario": "association_webinar_invite", "company": "", "contact": "", "lang": "de",
        "frm": ("Fachgesellschaft Medical Affairs & PV", "veranstaltungen@fmapv.example.de"),
        "subject": "Einladung: Webinar „Wege aus der Klinik in Medical Affairs“ – 23. Juni, 18 Uhr",
        "date": "2026-06-09 16:00 +0200", "structure": "html", "charset": "utf-8", "cte": "base64",
        "headers": [("List-Id", "FMAPV Veranstaltungen <events.fmapv.example.de>"),
                 ("List-Unsubscribe", "<https://fmapv.example.de/newsletter/abmelden?id=8812>")],
        "html": newsletter(
            title="FMAPV Veranstaltungen", accent="#3d5a80",
            intro=["Liebe Mitglieder, liebe Interessierte,",
                   "wir laden Sie herzlich zu unserem nächsten Karriere-Webinar ein. Drei Kolleginnen und Kollegen berichten von ihrem Wechsel aus Krankenhaus und Offizin in Medical Affairs, Pharmakovigilanz und Market Access – inklusive ehrlicher Einblicke in Interviews, Assessment-Center und Absagen."],
            items=[
                ("Webinar: Wege aus der Klinik in Medical Affairs", "Dienstag, 23. Juni 2026, 18:00–19:30 Uhr, online via Zoom. Kostenfrei für Mitglieder, 25 € für Gäste.", "https://fmapv.example.de/r/webinar-2306?src=nl"),
                ("Interview mit Dr. Sven Arlt (MSL Onkologie)", "„Im ersten Vorstellungsgespräch bin ich an einer Frage zu KOL-Management gescheitert“ – warum er es trotzdem geschafft hat.", "https://fmapv.example.de/r/interview-arlt?src=nl"),
                ("Jahrestagung 2026 in Mainz", "Call for Abstracts bis 31. Juli.", "https://fmapv.example.de/r/jahrestagung?src=nl"),
            ],
            footer=["Fachgesellschaft Medical Affairs & Pharmakovigilanz e.V. · Vereinsregister Frankfurt VR 16620",
                    "Sie erhalten diese E-Mail als Mitglied oder Abonnentin unseres Veranstaltungsverteilers."],
            unsubscribe="https://fmapv.example.de/newsletter/abmelden?id=8812",
            pixel_url="https://fmapv.example.de/nl/o/8812-0609.gif",
        ),
    },
    # 22 -- calendar app reminder of her own interview (a notification)
    {
        "kind": "other", "scenario": "calendar_reminder_notification", "company": "", "contact": "", "lang": "de",
        "frm": ("Kalender", "kalender-benachrichtigung@mailbox.example.de"),
        "subject": "Erinnerung: Gespräch Rheinauen Pharma (Teams) – Do 12.03.2026 14:00",
        "date": "2026-03-12 13:30 +0100", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": """Erinnerung an einen Termin

Gespräch Rheinauen Pharma (Teams)
Donnerstag, 12. März 2026, 14:00 – 15:00
Ort: Microsoft Teams-Besprechung

Kalender: Henrike (privat)
Erinnerung: 30 Minuten vorher

Sie erhalten diese Erinnerung, weil Sie E-Mail-Benachrichtigungen für Ihren Kalender aktiviert haben.
Einstellungen ändern: https://mailbox.example.de/kalender/einstellungen
""",
    },
    # 23 -- rail company: train cancelled ("leider")
    {
        "kind": "other", "scenario": "train_cancelled", "company": "", "contact": "", "lang": "de",
        "frm": ("Fernbahn Reiseinformation", "reiseinfo@fernbahn.example.de"),
        "subject": "Leider fällt Ihre Verbindung aus: ICE 1029 Frankfurt (Main) Hbf – Wien Hbf",
        "date": "2026-04-07 19:52 +0200", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
        "text": """Guten Tag Henrike Adebayo-Lindqvist,

leider fällt Ihr Zug ICE 1029 am 08.04.2026 (Abfahrt Frankfurt (Main) Hbf 05:42 Uhr) wegen einer Streckensperrung zwischen Würzburg und Nürnberg aus.

Ihre Alternative:
ICE 1021, Abfahrt 04:55 Uhr, Ankunft Wien Hbf 11:28 Uhr (1 Umstieg in Nürnberg)

Ihre Zugbindung ist aufgehoben. Sie können Ihr Ticket flexibel nutzen oder kostenfrei erstatten lassen.

Ihre Fernbahn
Auftragsnummer: 4X7KQ2
""",
        "html": """<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#282d37;">
<div style="background:#ec0016;color:#fff;padding:10px 16px;font-weight:bold;">Fernbahn Reiseinformation</div>
<div style="padding:16px;">
<p>Guten Tag Henrike Adebayo-Lindqvist,</p>
<p><b>leider fällt Ihr Zug ICE 1029 am 08.04.2026</b> (Abfahrt Frankfurt (Main) Hbf 05:42 Uhr) wegen einer Streckensperrung zwischen Würzburg und Nürnberg aus.</p>
<table cellpadding="6" style="border:1px solid #d7dce1;background:#f0f3f5;"><tr><td><b>Ihre Alternative</b><br>ICE 1021, Abfahrt 04:55 Uhr, Ankunft Wien Hbf 11:28 Uhr (1 Umstieg in Nürnberg)</td></tr></table>
<p>Ihre Zugbindung ist aufgehoben. Sie können Ihr Ticket flexibel nutzen oder <a href="https://www.fernbahn.example.de/erstattung?a=4X7KQ2">kostenfrei erstatten lassen</a>.</p>
<p>Ihre Fernbahn<br>Auftragsnummer: 4X7KQ2</p>
</div>
<div style="font-size:11px;color:#646973;padding:0 16px;">Fernbahn AG · Europaplatz 1 · 10557 Berlin · <a href="https://www.fernbahn.example.de/reiseinfo/abmelden?a=4X7KQ2" style="color:#646973;">Reiseinformationen abbestellen</a></div>
<img src="https://www.fernbahn.example.de/t/o/4X7KQ2.gif" width="1" height="1" alt="">
</body></html>
""",
    },
    # 24 -- HR of her current employer: interim reference ready (a person, so a contact)
    {
        "kind": "other", "scenario": "current_employer_interim_reference", "company": "",
        "contact": "sandra.goetz@klinikum-sachsenhausen.example.de", "lang": "de",
        "frm": ("Götz, Sandra", "sandra.goetz@klinikum-sachsenhausen.example.de"),
        "subject": "Ihr Zwischenzeugnis",
        "date": "2026-01-16 14:25 +0100", "structure": "plain", "charset": "windows-1252", "cte": "quoted-printable",
        "mid_style": "outlook", "mid_domain": "klinikum-sachsenhausen.example.de",
        "text": """Liebe Frau Adebayo-Lindqvist,

Ihr Zwischenzeugnis ist fertig und von Herrn Prof. Winterhalter unterschrieben. Sie können es ab Montag bei mir im Personalbüro (Haus 2, Zimmer 114) abholen – oder soll ich es Ihnen per Hauspost in die Apotheke schicken?

Eine eingescannte Fassung für Ihre Unterlagen hänge ich Ihnen gern zusätzlich an, sagen Sie einfach Bescheid.

Viele Grüße
Sandra Götz
Personalabteilung
Klinikum Sachsenhausen gGmbH
Tel. 069 6301-4482
""",
    },
    # 25 -- job board: profile views notification
    {
        "kind": "other", "scenario": "job_board_profile_views", "company": "", "contact": "", "lang": "de",
        "frm": ("medijobs", "noreply@medijobs.example.de"),
        "subject": "Dein Profil wurde diese Woche 12-mal angesehen",
        "date": "2026-05-31 10:00 +0200", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
        "headers": [("List-Unsubscribe", "<https://www.medijobs.example.de/einstellungen/benachrichtigungen?u=hal88>")],
        "html": """<html><body style="margin:0;background:#f4f6f8;font-family:Arial,Helvetica,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px 0;">
<table width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:6px;">
<tr><td style="padding:18px 24px;border-bottom:1px solid #e6e9ec;"><img src="https://cdn.medijobs.example.de/img/mail/medijobs_logo.png" alt="medijobs" height="28"></td></tr>
<tr><td style="padding:22px 24px;font-size:14px;line-height:21px;color:#2b2b2b;">
<p>Hallo Henrike,</p>
<p style="font-size:28px;color:#0a7cba;margin:8px 0;"><b>12</b> Profilaufrufe</p>
<p>Diese Woche haben sich Recruiter von 5 Unternehmen dein Profil angesehen, darunter Personalberatungen und Pharmaunternehmen aus Frankfurt und Köln.</p>
<p>Tipp: Profile mit aktuellem Lebenslauf werden dreimal häufiger kontaktiert.</p>
<p><a href="https://www.medijobs.example.de/r/c?u=hal88&amp;t=profil" style="background:#0a7cba;color:#fff;padding:8px 16px;border-radius:4px;text-decoration:none;">Profil aktualisieren</a></p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#9aa3ab;border-top:1px solid #e6e9ec;">medijobs GmbH · Gereonstraße 18 · 50670 Köln · <a href="https://www.medijobs.example.de/einstellungen/benachrichtigungen?u=hal88" style="color:#9aa3ab;">Benachrichtigungen abbestellen</a></td></tr>
</table></td></tr></table>
<img src="https://www.medijobs.example.de/t/o.gif?u=hal88&amp;m=views_w22" width="1" height="1" alt="">
</body></html>
""",
    },
    # ---------------------------------------------------------------- English
    # 26 -- job-alert digest
    {
        "kind": "other", "scenario": "network_job_alert_digest", "company": "", "contact": "", "lang": "en",
        "frm": ("Linkwork Job Alerts", "jobalerts-noreply@linkwork.example.com"),
        "subject": "“medical science liaison”: 9 new jobs in Basel and Zurich",
        "date": "2026-02-25 06:11 +0100", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
        "headers": [("List-Unsubscribe", "<https://www.linkwork.example.com/e/unsub?t=jobalert&u=hal88>"),
                 ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")],
        "html": newsletter(
            title="Linkwork", accent="#0a66c2", lang="en",
            intro=["Your job alert for <b>medical science liaison</b> in <b>Basel / Zurich</b>",
                   "9 new jobs match your preferences."],
            items=[
                ("Medical Science Liaison Haematology – Novena", "Münchenstein, Basel-Country · Be an early applicant", "https://www.linkwork.example.com/comm/jobs/view/3920001112/?trk=eml-jalert-1"),
                ("MSL Oncology (French/German) – Cerulean Biosciences", "Basel · Hybrid · 3 connections work here", "https://www.linkwork.example.com/comm/jobs/view/3920001178/?trk=eml-jalert-2"),
                ("Senior MSL Rare Diseases – confidential", "Zurich · via recruiter", "https://www.linkwork.example.com/comm/jobs/view/3920001203/?trk=eml-jalert-3"),
                ("Medical Advisor Immunology – Alpenfeld Pharma", "Zug · 2 days ago", "https://www.linkwork.example.com/comm/jobs/view/3920001250/?trk=eml-jalert-4"),
            ],
            footer=["You are receiving Job Alert emails. © 2026 Linkwork Corporation, 1 Harbour Square, Dublin 2, Ireland."],
            unsubscribe="https://www.linkwork.example.com/e/unsub?t=jobalert&u=hal88",
            pixel_url="https://www.linkwork.example.com/emimp/ip_jalert_hal88.gif",
        ),
    },
    # 27 -- career newsletter on bouncing back from rejection
    {
        "kind": "other", "scenario": "substack_bounce_back_rejection", "company": "", "contact": "", "lang": "en",
        "frm": ("The Pivot Pharmacist", "thepivotpharmacist@substack.example.com"),
        "reply_to": ("The Pivot Pharmacist", "reply+2k8a1@substack.example.com"),
        "subject": "How to bounce back from a rejection (and what recruiters won't tell you)",
        "date": "2026-04-23 13:00 +0000", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
        "headers": [("List-Id", "The Pivot Pharmacist <thepivotpharmacist.substack.example.com>"),
                 ("List-Unsubscribe", "<https://thepivotpharmacist.substack.example.com/action/disable_email?token=eyJ1>"),
                 ("Precedence", "bulk")],
        "text": """The Pivot Pharmacist
Issue #41 · For pharmacists moving into industry

How to bounce back from a rejection

"Unfortunately, we have decided to move forward with other candidates whose experience more closely matches our requirements."

If you've been applying to medical affairs roles for a while, you've probably read that sentence more times than you can count. This week I want to talk about what it actually means, why the second-round rejection stings the most, and three things that helped me after my eleventh no.

1. Ask for feedback within 48 hours - but only one question.
2. Keep a "rejection log". Patterns show up after five entries.
3. Don't stop applying while you wait for an answer.

Read the full post: https://thepivotpharmacist.substack.example.com/p/bounce-back-from-rejection

Also this week: reader Q&A on missed interviews, and a job board round-up for MSL roles in DACH.

You're on the free list for The Pivot Pharmacist. Unsubscribe: https://thepivotpharmacist.substack.example.com/action/disable_email?token=eyJ1
""",
        "html": """<html><body style="margin:0;background:#ffffff;">
<div style="max-width:560px;margin:0 auto;font-family:Georgia,'Times New Roman',serif;font-size:17px;line-height:1.6;color:#363737;padding:16px;">
<p style="font-family:Arial,sans-serif;font-size:13px;color:#777;">The Pivot Pharmacist · Issue #41 · For pharmacists moving into industry</p>
<h1 style="font-size:30px;line-height:1.2;color:#111;">How to bounce back from a rejection</h1>
<blockquote style="border-left:3px solid #ff6719;margin:0;padding-left:12px;font-style:italic;">"Unfortunately, we have decided to move forward with other candidates whose experience more closely matches our requirements."</blockquote>
<p>If you've been applying to medical affairs roles for a while, you've probably read that sentence more times than you can count. This week I want to talk about what it actually means, why the second-round rejection stings the most, and three things that helped me after my eleventh no.</p>
<ol><li>Ask for feedback within 48 hours – but only one question.</li><li>Keep a "rejection log". Patterns show up after five entries.</li><li>Don't stop applying while you wait for an answer.</li></ol>
<p><a href="https://substack.example.com/redirect/2/eyJlIjoiaHR0cHM6Ly90aGVwaXZvdHBoYXJtYWNpc3Q?j=eyJ1" style="background:#ff6719;color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none;font-family:Arial,sans-serif;font-size:15px;">Read the full post</a></p>
<p>Also this week: <a href="https://substack.example.com/redirect/2/eyJlIjoiaHR0cHM6Ly9taXNzZWQ?j=eyJ1">reader Q&amp;A on missed interviews</a>, and a <a href="https://substack.example.com/redirect/2/eyJlIjoiaHR0cHM6Ly9tc2w?j=eyJ1">job board round-up for MSL roles in DACH</a>.</p>
<p style="font-family:Arial,sans-serif;font-size:12px;color:#999;">You're on the free list for The Pivot Pharmacist. <a href="https://thepivotpharmacist.substack.example.com/action/disable_email?token=eyJ1" style="color:#999;">Unsubscribe</a><br>© 2026 The Pivot Pharmacist · 548 Market Street PMB 72296, San Francisco, CA 94104</p>
</div>
<img src="https://eotrx.substack.example.com/open?token=eyJtIjoiMTQ" width="1" height="1" alt="">
</body></html>
""",
    },
    # 28 -- GPS app: "your position"
    {
        "kind": "other", "scenario": "gps_app_position_shared", "company": "", "contact": "", "lang": "en",
        "frm": ("Trailmate", "no-reply@trailmate.example.com"),
        "subject": "Your live position is being shared with Lena",
        "date": "2026-05-16 09:41 +0200", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
        "text": """Hi Henrike,

You started sharing your live position with Lena H. at 09:40 during your activity "Nidda-Runde".

Lena can see your current position and route until you stop the activity or turn off Live Share. Your position is updated every 30 seconds.

Stop sharing: https://app.trailmate.example.com/liveshare/stop?s=8f21

Stay safe out there,
The Trailmate team

You're receiving this because Live Share notifications are on. Manage notifications: https://app.trailmate.example.com/settings/notifications
""",
        "html": """<html><body style="font-family:Arial,sans-serif;font-size:15px;color:#1b1b1b;">
<div style="max-width:520px;margin:0 auto;">
<img src="https://cdn.trailmate.example.com/mail/logo_orange.png" alt="Trailmate" height="30" style="margin:16px 0;">
<p>Hi Henrike,</p>
<p>You started sharing your <b>live position</b> with <b>Lena H.</b> at 09:40 during your activity "Nidda-Runde".</p>
<p><img src="https://maps.trailmate.example.com/static/liveshare/8f21.png?w=520&amp;h=220" alt="Map showing your current position" width="520"></p>
<p>Lena can see your current position and route until you stop the activity or turn off Live Share. Your position is updated every 30 seconds.</p>
<p><a href="https://app.trailmate.example.com/liveshare/stop?s=8f21" style="color:#fc4c02;">Stop sharing</a></p>
<p>Stay safe out there,<br>The Trailmate team</p>
<p style="font-size:11px;color:#999;">You're receiving this because Live Share notifications are on. <a href="https://app.trailmate.example.com/settings/notifications" style="color:#999;">Manage notifications</a></p>
</div></body></html>
""",
    },
    # 29 -- user-research interview, no-reply with a booking link: no contact
    {
        "kind": "other", "scenario": "user_research_no_reply", "company": "", "contact": "", "lang": "en",
        "frm": ("MedDocs Research", "research-noreply@meddocs.example.com"),
        "subject": "Help shape MedDocs – 30-minute interview, €40 voucher",
        "date": "2026-06-24 14:00 +0200", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
        "html": ats_card(
            logo_src="https://meddocs.example.com/email/logo.png", logo_alt="MedDocs", accent="#5b21b6",
            lang="en",
            paras=[
                "Hi Henrike,",
                "We're redesigning how MedDocs handles drug information requests, and we'd love to hear from pharmacists who use it every day.",
                "Would you join a 30-minute remote interview with our product team? We'll ask about your workflow, show you a few early designs and listen. As a thank-you you'll receive a €40 voucher.",
                "Pick a time that suits you using the button below. Spots are limited.",
                "Thanks!<br>The MedDocs Research team",
            ],
            button=("Book your interview slot", "https://calendly.example.com/meddocs-research/30min?utm_source=email"),
            footer=["MedDocs B.V. · Keizersgracht 520 · 1017 EK Amsterdam",
                    "This inbox is not monitored. <a href=\"https://meddocs.example.com/email/preferences?u=hal88\" style=\"color:#8a8a8a;\">Email preferences</a>"],
            pixel_url="https://meddocs.example.com/email/o/ur-0624.gif",
        ),
    },
    # 30 -- podcast interview invitation (a person, so a contact)
    {
        "kind": "other", "scenario": "podcast_guest_invite_en", "company": "", "contact": "dana@pharmapivotpodcast.example.com",
        "lang": "en",
        "frm": ("Dana Whitfield", "dana@pharmapivotpodcast.example.com"),
        "subject": "Guest interview on Pharma Pivot?",
        "date": "2026-09-03 16:44 +0100", "structure": "plain", "charset": "us-ascii", "cte": "7bit",
        "text": """Hi Henrike,

I host Pharma Pivot, a podcast about pharmacists and scientists who move from clinical practice into industry. Lena Hoffmann mentioned you've just gone through the whole process across three countries - offers, rejections, a missed interview or two - and that you'd be honest about it.

Would you be up for a 40-minute interview for the show? We record over Riverside, no video required, and you'd get to approve the edit before it goes out. October or November would be ideal.

No pressure at all - just reply here if you're interested.

Cheers,
Dana

Dana Whitfield
Host, Pharma Pivot
pharmapivotpodcast.example.com
""",
    },
    # 31 -- cousin in Basel about her own interview and offer (a person, so a contact)
    {
        "kind": "other", "scenario": "cousin_own_offer", "company": "", "contact": "annika.lindqvist@mailbox.example.ch", "lang": "en",
        "frm": ("Annika Lindqvist", "annika.lindqvist@mailbox.example.ch"),
        "subject": "I GOT IT",
        "date": "2026-02-20 18:26 +0100", "structure": "plain", "charset": "utf-8", "cte": "8bit",
        "mid_style": "apple", "mid_domain": "mailbox.example.ch",
        "text": """Henni!!!

Remember the final interview I was so nervous about last week – the one with the panel of five and the case study on stability data? They called this afternoon and offered me the job! QA Manager, starting in May, and they even matched the salary I asked for.

I'm still shaking a bit. Dinner's on me next time you're in Basel – and I'll tell you everything about their interview process, some of it might be useful for your MSL applications here.

Big hug,
Annika

Sent from my iPhone
""",
    },
    # 32 -- the candidate's own thank-you note after an interview (sent mail)
    {
        "thread": "veridian_resched",
        "kind": "other", "scenario": "own_sent_thank_you", "company": "", "contact": "", "lang": "en",
        "frm": ME, "to": [("Charlotte Mwangi", "charlotte.mwangi@veridiancr.example.com")],
        "subject": "Thank you - interview on 9 April",
        "date": "2026-04-09 17:20 +0200", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
        "text": """Dear Charlotte,

Thank you for organising today's interview at such short notice. I very much enjoyed the conversation with Mark and Dr. Ferreira, in particular the discussion about setting up safety reporting for multi-country oncology studies.

Please pass on my thanks to them both. I remain very interested in the role and look forward to hearing about the next steps.

Best regards,
Henrike Adebayo-Lindqvist
""",
    },
    # 33 -- recruiter's out-of-office (a person, so a contact)
    {
        "kind": "other", "scenario": "out_of_office_en", "company": "", "contact": "sam.whitcombe@medrecruit-partners.example.com",
        "lang": "en",
        "frm": ("Sam Whitcombe", "sam.whitcombe@medrecruit-partners.example.com"),
        "subject": "Automatic reply: Northbridge - feedback",
        "date": "2026-05-06 08:02 +0100", "structure": "plain", "charset": "us-ascii", "cte": "7bit",
        "parent": "<5f8b2c71-0e4d-4a9f-9c3b-7d6e1a2b3c4d@example.de>",
        "headers": [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        "mid_style": "outlook", "mid_domain": "medrecruit-partners.example.com",
        "text": """Thanks for your email. I'm out of the office on annual leave until Monday 11 May with limited access to email.

For anything urgent, please contact my colleague Priyanka Shah on +44 20 7946 0312.

Best,
Sam
""",
    },
    # 34 -- agency cold outreach in English (a person, so a contact)
    {
        "kind": "other", "scenario": "recruiter_cold_outreach_en", "company": "", "contact": "oscar.lindgren@haldenls.example.com",
        "lang": "en",
        "frm": ("Oscar Lindgren", "oscar.lindgren@haldenls.example.com"),
        "subject": "Hospital pharmacist to pharmacovigilance? Quick question",
        "date": "2026-08-19 11:08 +0200", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
        "text": """Hi Henrike,

I hope you don't mind the cold email - I came across your profile and your talk on ADR reporting from the hospital perspective.

I specialise in pharmacovigilance hiring across Switzerland and Austria, and I'm regularly asked for people who understand how safety signals look from the ward. Are you open to hearing about opportunities at the moment, or have you already found something?

If it's useful, I'm happy to share a salary benchmark for PV roles in Basel and Vienna, no strings attached.

Best regards,
Oscar Lindgren
Senior Consultant, Pharmacovigilance | Halden Life Sciences
+41 61 508 44 20
""",
    },
    # 35 -- parcel delayed, English
    {
        "kind": "other", "scenario": "parcel_delayed_en", "company": "", "contact": "", "lang": "en",
        "frm": ("SwiftParcel", "updates@swiftparcel.example.com"),
        "subject": "Unfortunately your parcel is delayed",
        "date": "2026-10-06 17:45 +0200", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
        "html": ats_card(
            logo_src="https://swiftparcel.example.com/img/email_logo.png", logo_alt="SwiftParcel",
            accent="#4b0082", lang="en",
            paras=[
                "Hi Henrike,",
                "Unfortunately your parcel <b>SP 4471 0093 2281</b> from <b>Nordic Books Ltd</b> is delayed due to customs clearance at our Zurich hub.",
                "New estimated delivery: <b>Thursday 8 October</b>, between 10:00 and 14:00.",
                "We're sorry for the inconvenience.",
            ],
            button=("Track your parcel", "https://swiftparcel.example.com/t/SP447100932281?src=email"),
            footer=["SwiftParcel Europe Ltd · Registered in England No 10440921",
                    "Please do not reply to this email. <a href=\"https://swiftparcel.example.com/prefs?u=hal88\" style=\"color:#8a8a8a;\">Notification settings</a>"],
            pixel_url="https://swiftparcel.example.com/o/SP447100932281.gif",
        ),
    },
    # 36 -- credit card application declined (bank, no contact)
    {
        "kind": "other", "scenario": "credit_card_declined_en", "company": "", "contact": "", "lang": "en",
        "frm": ("Nimbus Bank", "no-reply@nimbusbank.example.com"),
        "subject": "Update on your Nimbus Metal card application",
        "date": "2026-07-29 12:31 +0200", "structure": "plain", "charset": "us-ascii", "cte": "7bit",
        "text": """Hi Henrike,

Thanks for applying for a Nimbus Metal credit card.

We've reviewed your application and unfortunately we're unable to approve it at this time. This decision was based on information from our credit assessment, including your current residency and length of address history.

This won't affect your existing Nimbus current account. You can reapply in 6 months.

If you'd like to know more about how we make credit decisions, visit https://nimbusbank.example.com/help/credit-decisions

The Nimbus team

Nimbus Bank UAB is authorised by the Bank of Lithuania. This is an automated message; replies are not monitored.
""",
    },
    # 37 -- conference registration received
    {
        "kind": "other", "scenario": "conference_registration", "company": "", "contact": "", "lang": "en",
        "frm": ("EuroPharm Affairs Congress", "registration@europharm-congress.example.com"),
        "subject": "Registration received – EuroPharm Affairs Congress 2026, Basel",
        "date": "2026-09-14 10:20 +0200", "structure": "alt", "charset": "utf-8", "cte": "base64",
        "html": ats_card(
            logo_src="https://europharm-congress.example.com/mail/epac26_logo.png",
            logo_alt="EuroPharm Affairs Congress 2026 · Basel", accent="#00838f", lang="en",
            paras=[
                "Dear Ms Adebayo-Lindqvist,",
                "Thank you for registering for the <b>EuroPharm Affairs Congress 2026</b>, 20–22 October, Congress Center Basel. Your registration (ID EPAC26-30871, Early Career rate) has been received.",
                "Your invoice will be sent separately. Once payment is received, your badge QR code will be available in your attendee portal.",
                "Don't miss our Career Lounge on 21 October, with mock interviews with MSL managers and CV clinics.",
                "We look forward to welcoming you in Basel.<br>EPAC Registration Team",
            ],
            button=("Open attendee portal", "https://europharm-congress.example.com/portal/login?r=EPAC26-30871"),
            footer=["EuroPharm Affairs Congress is organised by MedEvents Europe GmbH, Messeplatz 10, 4058 Basel.",
                    "<a href=\"https://europharm-congress.example.com/unsubscribe?r=EPAC26-30871\" style=\"color:#8a8a8a;\">Unsubscribe from congress updates</a>"],
            pixel_url="https://europharm-congress.example.com/mail/o/EPAC26-30871.gif",
        ),
    },
    # 38 -- e-learning certificate
    {
        "kind": "other", "scenario": "elearning_certificate", "company": "", "contact": "", "lang": "en",
        "frm": ("LearnPharma Academy", "certificates@learnpharma.example.com"),
        "subject": "Congratulations, Henrike! Your certificate is ready",
        "date": "2026-09-28 19:03 +0200", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
        "text": """Congratulations, Henrike!

You have successfully completed "Pharmacovigilance Fundamentals: ICSRs, Signals and PSURs" with a final score of 92%.

Download your certificate (12 CPD hours): https://learnpharma.example.com/certificates/PVF-2026-118822

Share your achievement on your professional profile and let recruiters know about your new skills.

Keep learning,
LearnPharma Academy

Manage email preferences: https://learnpharma.example.com/account/emails
""",
        "html": """<html><body style="font-family:'Trebuchet MS',Arial,sans-serif;background:#f7f7fb;margin:0;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px;">
<table width="560" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:8px;">
<tr><td align="center" style="padding:24px;"><img src="https://learnpharma.example.com/mail/trophy.png" alt="LearnPharma Academy" width="72"></td></tr>
<tr><td style="padding:0 28px 20px 28px;font-size:15px;color:#333;line-height:22px;">
<h2 style="color:#2c2c6c;">Congratulations, Henrike!</h2>
<p>You have successfully completed <b>"Pharmacovigilance Fundamentals: ICSRs, Signals and PSURs"</b> with a final score of 92%.</p>
<p><a href="https://learnpharma.example.com/certificates/PVF-2026-118822" style="background:#2c2c6c;color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none;">Download your certificate (12 CPD hours)</a></p>
<p>Share your achievement on your professional profile and let recruiters know about your new skills.</p>
<p>Keep learning,<br>LearnPharma Academy</p>
</td></tr>
<tr><td style="padding:12px 28px;font-size:11px;color:#999;"><a href="https://learnpharma.example.com/account/emails" style="color:#999;">Manage email preferences</a></td></tr>
</table></td></tr></table>
<img src="https://learnpharma.example.com/o/PVF-2026-118822.gif" width="1" height="1" alt="">
</body></html>
""",
    },
    # 39 -- employer-review site digest full of interview talk
    {
        "kind": "other", "scenario": "review_site_interview_digest", "company": "", "contact": "", "lang": "en",
        "frm": ("Workvoice Community", "community@workvoice.example.com"),
        "subject": "New interview reviews: Medical Science Liaison at companies you follow",
        "date": "2026-03-17 15:30 +0100", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
        "headers": [("List-Unsubscribe", "<https://www.workvoice.example.com/unsubscribe?e=hal88&t=reviews>")],
        "html": newsletter(
            title="Workvoice", accent="#0caa41", lang="en",
            intro=["Hi Henrike,", "Here's what people are saying about interviewing for roles you're interested in:"],
            items=[
                ("Sanaris – Medical Science Liaison interview", "“Two rounds. The second was a 15-minute presentation to the medical head. Got a rejection two weeks later but the feedback was fair.” Difficulty: 3.4 / 5", "https://www.workvoice.example.com/r?to=interview-sanaris-msl&e=hal88"),
                ("Novena – MSL Haematology interview", "“They asked me to present a paper of my choice. Very friendly panel. Offer received after four weeks.” Difficulty: 3.1 / 5", "https://www.workvoice.example.com/r?to=interview-novena-msl&e=hal88"),
                ("Salary insights: Medical Science Liaison, Frankfurt", "Median base salary €82,400 based on 57 reports.", "https://www.workvoice.example.com/r?to=salary-msl-frankfurt&e=hal88"),
            ],
            footer=["Workvoice Inc. · 100 Shoreline Hwy, Mill Valley, CA 94941"],
            unsubscribe="https://www.workvoice.example.com/unsubscribe?e=hal88&t=reviews",
            pixel_url="https://www.workvoice.example.com/t/o?e=hal88&c=reviews0317",
        ),
    },
    # 40 -- bounce of one of her applications (mailer-daemon)
    {
        "kind": "other", "scenario": "bounce_undelivered_application", "company": "", "contact": "", "lang": "en",
        "frm": ("Mail Delivery System", "MAILER-DAEMON@mx01.mailbox.example.de"),
        "subject": "Undelivered Mail Returned to Sender",
        "date": "2026-03-08 20:14 +0100", "structure": "plain", "charset": "utf-8", "cte": "8bit",
        "headers": [("Auto-Submitted", "auto-replied")],
        "text": """This is the mail system at host mx01.mailbox.example.de.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<bewerbung@taunus-biologic.example.de>: Host or domain name not found. Name
    service error for name=taunus-biologic.example.de type=A: Host not found

--- Returned message ---
From: Henrike Adebayo-Lindqvist <henrike.al@example.de>
To: bewerbung@taunus-biologic.example.de
Subject: Bewerbung als Regulatory Affairs Manager
Date: Sun, 8 Mar 2026 20:13:51 +0100

Sehr geehrte Damen und Herren,

anbei sende ich Ihnen meine Bewerbung als Regulatory Affairs Manager. Ich freue mich auf eine Einladung zum Vorstellungsgespräch.

Mit freundlichen Grüßen
Henrike Adebayo-Lindqvist
""",
    },
    # 41 -- former supervisor: a recruiter called him for a reference (a person, so a contact)
    {
        "kind": "other", "scenario": "reference_called_former_boss", "company": "", "contact": "erik.sandberg@sahlgrenska-mail.example.com",
        "lang": "en",
        "frm": ("Erik Sandberg", "erik.sandberg@sahlgrenska-mail.example.com"),
        "subject": "Reference call today",
        "date": "2026-04-21 20:10 +0200", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
        "text": """Hej Henrike,

Just a heads-up: a recruiter from Veridian Clinical Research called me this afternoon for a reference. I told them about your year with us in Gothenburg, the antibiotic stewardship project and how you handled the ADR reporting backlog. I think it went well – she asked a lot about how you work under pressure.

I hope this means good news is coming! Let me know how it goes, and say hi to your mother from Birgitta and me.

Varma hälsningar,
Erik

Erik Sandberg, PhD
Chief Pharmacist (ret.)
""",
    },
    # 42 -- network notification: appeared in searches
    {
        "kind": "other", "scenario": "network_search_appearances", "company": "", "contact": "", "lang": "en",
        "frm": ("Linkwork", "notifications-noreply@linkwork.example.com"),
        "subject": "You appeared in 14 searches this week",
        "date": "2026-06-29 07:35 +0200", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
        "headers": [("List-Unsubscribe", "<https://www.linkwork.example.com/e/unsub?t=search&u=hal88>")],
        "html": """<html><body style="margin:0;background:#f3f2ef;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:16px;">
<table width="512" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:-apple-system,system-ui,'Segoe UI',Roboto,Arial,sans-serif;">
<tr><td style="padding:16px 24px;"><img src="https://static.linkwork.example.com/mail/logo.png" alt="Linkwork" height="24"></td></tr>
<tr><td style="padding:0 24px;font-size:20px;color:#191919;font-weight:600;">You appeared in 14 searches this week</td></tr>
<tr><td style="padding:12px 24px;font-size:14px;color:#444;line-height:20px;">People from <b>Pharmaceutical Manufacturing</b>, <b>Staffing &amp; Recruiting</b> and <b>Hospitals &amp; Health Care</b> found you through searches for “medical science liaison”, “pharmacovigilance” and “Apothekerin”.</td></tr>
<tr><td style="padding:8px 24px 20px 24px;"><a href="https://www.linkwork.example.com/comm/me/search-appearances/?trk=eml-search" style="background:#0a66c2;color:#fff;padding:8px 16px;border-radius:16px;text-decoration:none;font-size:14px;">See all searches</a></td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#888;border-top:1px solid #e8e8e8;">This email was intended for Henrike Adebayo-Lindqvist. <a href="https://www.linkwork.example.com/e/unsub?t=search&amp;u=hal88" style="color:#888;">Unsubscribe</a><br>© 2026 Linkwork Corporation, 1 Harbour Square, Dublin 2, Ireland.</td></tr>
</table></td></tr></table>
<img src="https://www.linkwork.example.com/emimp/ip_search_hal88.gif" width="1" height="1" alt="">
</body></html>
""",
    },
    # ---------------------------------------------------------------- French
    # 43 -- French job-alert digest
    {
        "kind": "other", "scenario": "fr_alerte_emploi", "company": "", "contact": "", "lang": "fr",
        "frm": ("SantéEmploi Alertes", "alertes@santeemploi.example.fr"),
        "subject": "Alerte emploi : 6 nouvelles offres « Affaires médicales » à Strasbourg",
        "date": "2026-10-12 07:05 +0200", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
        "headers": [("List-Id", "Alertes SantéEmploi <alertes.santeemploi.example.fr>"),
                 ("List-Unsubscribe", "<https://www.santeemploi.example.fr/alertes/desactiver?a=fr-3391>")],
        "html": newsletter(
            title="SantéEmploi", accent="#5b2a86", lang="fr",
            logo_src="https://www.santeemploi.example.fr/img/mail/logo_blanc.png", logo_alt="SantéEmploi",
            intro=["Bonjour Henrike,", "Voici les nouvelles offres correspondant à votre alerte <b>Affaires médicales - Strasbourg (30 km)</b> :"],
            items=[
                ("Pharmacien Affaires Réglementaires H/F - Illkirch", "CDI · Laboratoire pharmaceutique · publiée il y a 1 jour", "https://www.santeemploi.example.fr/r?a=fr-3391&o=552101"),
                ("Medical Science Liaison Grand Est H/F", "CDI · Déplacements fréquents · publiée il y a 2 jours", "https://www.santeemploi.example.fr/r?a=fr-3391&o=552088"),
                ("Chargé(e) de pharmacovigilance - Kehl/Strasbourg", "CDD 12 mois · bilingue allemand · publiée il y a 3 jours", "https://www.santeemploi.example.fr/r?a=fr-3391&o=552040"),
                ("Responsable information médicale H/F", "CDI · Hybride · publiée il y a 4 jours", "https://www.santeemploi.example.fr/r?a=fr-3391&o=552012"),
            ],
            footer=["Vous recevez cet e-mail car vous avez créé une alerte sur SantéEmploi.",
                    "SantéEmploi SAS, 18 rue de la Mésange, 67000 Strasbourg"],
            unsubscribe="https://www.santeemploi.example.fr/alertes/desactiver?a=fr-3391",
            pixel_url="https://www.santeemploi.example.fr/o.gif?a=fr-3391&d=20261012",
        ),
    },
    # 44 -- a French friend about her own botched interview (tu; a person, so a contact)
    {
        "kind": "other", "scenario": "fr_friend_own_interview", "company": "", "contact": "claire.muller@courriel.example.fr", "lang": "fr",
        "frm": ("Claire Muller", "claire.muller@courriel.example.fr"),
        "subject": "entretien raté...",
        "date": "2026-06-12 21:34 +0200", "structure": "plain", "charset": "utf-8", "cte": "8bit",
        "text": """Coucou Henrike,

Bon, je te raconte : j'avais mon entretien ce matin chez le labo de Schiltigheim dont je t'avais parlé, et j'ai complètement raté la partie en anglais. Le directeur médical m'a posé une question sur les PSUR et j'ai eu un trou noir total. Je pense que c'est mort, ils doivent me répondre la semaine prochaine mais je ne me fais pas d'illusions.

Et toi, ça avance avec Vauban-Ostwald ? J'ai croisé quelqu'un qui y travaille, ils ont l'air super sympas.

On se voit toujours samedi à Kehl pour le marché ?

Bisous
Claire
""",
    },
    # 45 -- the candidate's own follow-up in French (sent mail)
    {
        "kind": "other", "scenario": "fr_own_sent_relance", "company": "", "contact": "", "lang": "fr",
        "frm": ME, "to": [("Anne-Laure Kieffer", "al.kieffer@kleber-sante.example.fr")],
        "subject": "Candidature - Consultante Affaires Réglementaires",
        "date": "2026-03-10 08:50 +0100", "structure": "mixed", "charset": "utf-8", "cte": "quoted-printable",
        "text": """Madame Kieffer,

Je me permets de revenir vers vous au sujet de ma candidature au poste de Consultante Affaires Réglementaires, transmise le 27 février via SantéEmploi.

Ce poste m'intéresse vivement et je serais ravie de pouvoir vous présenter plus en détail mon parcours. Vous trouverez ci-joint mon CV en version française, au cas où la version allemande vous poserait difficulté.

Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.

Henrike Adebayo-Lindqvist
+49 176 2234 5541
""",
        "attachments": [{"filename": "CV_Henrike_Adebayo-Lindqvist_FR.pdf", "lines": [
            "Henrike Adebayo-Lindqvist - Curriculum vitae",
            "Pharmacienne hospitalière, spécialisée en pharmacie clinique",
            "Depuis 2019 : Klinikum Sachsenhausen, Francfort-sur-le-Main",
            "Langues : allemand, anglais, suédois, espagnol (B2), français (B1)",
        ]}],
    },
    # 46 -- Strasbourg letting agent: rental file not accepted (a person, so a contact)
    {
        "kind": "other", "scenario": "fr_rental_file_refused", "company": "", "contact": "j.wagner@immo-ill.example.fr", "lang": "fr",
        "frm": ("Julien Wagner - Immo Ill", "j.wagner@immo-ill.example.fr"),
        "subject": "Votre dossier pour l'appartement rue de Zurich",
        "date": "2026-07-06 17:20 +0200", "structure": "plain", "charset": "windows-1252", "cte": "quoted-printable",
        "text": """Bonjour Madame,

Je vous remercie pour votre visite du T2 rue de Zurich samedi dernier et pour le dossier transmis.

Malheureusement, le propriétaire a retenu un autre dossier, dont le garant est domicilié en France. Je suis désolé de ne pas avoir de meilleure nouvelle à vous annoncer.

Si votre projet d’installation à Strasbourg se confirme, n’hésitez pas à me recontacter : nous avons régulièrement des biens similaires à la Krutenau et à l’Esplanade.

Bien cordialement,

Julien Wagner
Conseiller location – Immo Ill
7 quai des Bateliers, 67000 Strasbourg
03 88 35 21 90
""",
    },
    # ---------------------------------------------------------------- Spanish
    # 47 -- Spanish job-alert digest
    {
        "kind": "other", "scenario": "es_alerta_empleo", "company": "", "contact": "", "lang": "es",
        "frm": ("Farmaempleo Alertas", "alertas@farmaempleo.example.es"),
        "subject": "5 nuevas ofertas para ti: Medical Science Liaison en Madrid",
        "date": "2026-05-20 08:00 +0200", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
        "headers": [("List-Unsubscribe", "<https://www.farmaempleo.example.es/alertas/baja?a=es-7712>")],
        "html": newsletter(
            title="Farmaempleo", accent="#00857c", lang="es",
            intro=["¡Hola Henrike!", "Tenemos 5 nuevas ofertas que encajan con tu alerta <b>Medical Science Liaison · Madrid</b>:"],
            items=[
                ("Medical Science Liaison – Laboratorios Castellana Farma", "Madrid · Indefinido · Hace 1 día", "https://www.farmaempleo.example.es/r?a=es-7712&o=301188"),
                ("MSL Oncohematología zona Centro", "Madrid / Castilla-La Mancha · Vía consultora · Hace 2 días", "https://www.farmaempleo.example.es/r?a=es-7712&o=301170"),
                ("Medical Advisor Inmunología – Biomadrid Therapeutics", "Tres Cantos · Híbrido · Hace 3 días", "https://www.farmaempleo.example.es/r?a=es-7712&o=301155"),
            ],
            footer=["Recibes este correo porque creaste una alerta en Farmaempleo.",
                    "Farmaempleo S.L. · Calle de Velázquez 94 · 28006 Madrid"],
            unsubscribe="https://www.farmaempleo.example.es/alertas/baja?a=es-7712",
            pixel_url="https://www.farmaempleo.example.es/px.gif?a=es-7712&d=20260520",
        ),
    },
    # 48 -- language school enrolment, from the course coordinator (a person, so a contact)
    {
        "kind": "other", "scenario": "es_language_school_enrolment", "company": "", "contact": "marisol.ortega@institutohispanico.example.de",
        "lang": "es",
        "frm": ("Marisol Ortega", "marisol.ortega@institutohispanico.example.de"),
        "subject": "Confirmación de matrícula: curso intensivo B2 (septiembre)",
        "date": "2026-08-12 12:40 +0200", "structure": "plain", "charset": "iso-8859-1", "cte": "quoted-printable",
        "text": """Hola, Henrike:

Te confirmo que tu matrícula en el curso intensivo de español B2 (del 7 al 25 de septiembre, de lunes a jueves de 18:30 a 20:30) se ha registrado correctamente. Hemos recibido también el pago de 390 euros.

Como nos comentaste que quizás te mudes a Madrid, he añadido al curso dos sesiones de vocabulario sanitario y de entrevistas de trabajo en español. ¡Seguro que te vienen bien!

Si tienes cualquier duda, escríbeme sin problema.

Un abrazo,
Marisol Ortega
Coordinadora de cursos
Instituto Hispánico Frankfurt
Berger Straße 120, 60316 Frankfurt am Main
""",
    },
    # 49 -- a Madrid friend about her own rejection (tú; a person, so a contact)
    {
        "kind": "other", "scenario": "es_friend_own_rejection", "company": "", "contact": "bea.santamaria@correo.example.es", "lang": "es",
        "frm": ("Bea Santamaría", "bea.santamaria@correo.example.es"),
        "subject": "me han dicho que no :(",
        "date": "2026-07-15 23:11 +0200", "structure": "plain", "charset": "utf-8", "cte": "8bit",
        "mid_style": "apple", "mid_domain": "correo.example.es",
        "text": """Holaaa Henrike,

Pues nada, que me han rechazado en lo del hospital de Getafe. Después de tres entrevistas!! Me han dicho que "han optado por un perfil con más experiencia en gestión". Estoy un poco de bajón pero bueno, ya saldrá otra cosa.

Y lo tuyo con Castellana? Me dijiste que te habían hecho una oferta, no? Si te vienes a Madrid te busco piso en mi barrio, que Lavapiés te va a encantar jajaja

Besos,
Bea

Enviado desde mi iPhone
""",
    },
    # 50 -- Spanish newsletter on preparing MSL interviews
    {
        "kind": "other", "scenario": "es_newsletter_entrevista", "company": "", "contact": "", "lang": "es",
        "frm": ("Farmacia Hoy", "boletin@farmaciahoy.example.es"),
        "subject": "Boletín semanal: cómo preparar una entrevista de MSL",
        "date": "2026-06-26 09:30 +0200", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
        "headers": [("List-Id", "Boletín Farmacia Hoy <boletin.farmaciahoy.example.es>"),
                 ("List-Unsubscribe", "<https://farmaciahoy.example.es/boletin/baja?s=hal88>")],
        "html": newsletter(
            title="Farmacia Hoy", accent="#b5179e", lang="es",
            intro=["Hola:", "Esta semana hablamos de entrevistas, ofertas y rechazos en la industria farmacéutica."],
            items=[
                ("Cómo preparar una entrevista de Medical Science Liaison", "Las preguntas que más se repiten, el caso práctico y cómo presentar un artículo científico en diez minutos.", "https://farmaciahoy.example.es/r?s=hal88&u=entrevista-msl"),
                ("«Lamentamos comunicarle…»: qué hacer tras un rechazo", "Tres farmacéuticas hospitalarias cuentan cómo dieron el salto a la industria tras varias negativas.", "https://farmaciahoy.example.es/r?s=hal88&u=tras-un-rechazo"),
                ("Ofertas de empleo de la semana", "MSL, farmacovigilancia y acceso al mercado en Madrid, Barcelona y Valencia.", "https://farmaciahoy.example.es/r?s=hal88&u=ofertas"),
            ],
            footer=["Farmacia Hoy es una publicación de Ediciones Sanitarias del Retiro, S.L. · Calle de Alcalá 120 · 28009 Madrid"],
            unsubscribe="https://farmaciahoy.example.es/boletin/baja?s=hal88",
            pixel_url="https://farmaciahoy.example.es/o.gif?s=hal88&b=0626",
        ),
    },
    # 51 -- the candidate's own mail declining an offer, quoting it (sent mail: other, no contact)
    {
        "key": "own_es_decline", "thread": "castellana_offer",
        "kind": "other", "scenario": "es_own_sent_declines_offer", "company": "", "contact": "", "lang": "es",
        "frm": ME, "to": [("Lucía Morcillo", "lucia.morcillo@castellanafarma.example.es")],
        "subject": "RE: Oferta - Medical Science Liaison Madrid",
        "date": "2026-07-13 09:12 +0200", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
        "text": """Hola, Lucía:

Muchísimas gracias por la oferta y por todo el proceso, que ha sido muy agradable. Lo he pensado mucho durante estos días y, finalmente, he decidido no aceptarla: he recibido otra propuesta en Zúrich que encaja mejor con mi situación familiar.

Ha sido un placer conoceros al Dr. Sanchís y a ti. Ojalá nuestros caminos se crucen de nuevo.

Un saludo muy cordial,
Henrike Adebayo-Lindqvist

El vie, 3 jul 2026 a las 13:55, Lucía Morcillo (<lucia.morcillo@castellanafarma.example.es>) escribió:
> Hola, Henrike:
>
> ¡Enhorabuena! Tras las entrevistas con el Dr. Sanchís y con el equipo médico, nos complace ofrecerte el puesto de Medical Science Liaison para la zona Centro.
>
> Te adjunto la carta de oferta con las condiciones. Te agradecería que nos confirmaras tu decisión antes del 15 de julio.
>
> Un saludo muy cordial,
> Lucía Morcillo
""",
    },
    # 52 -- recruiter's out-of-office in Spanish (a person, so a contact)
    {
        "thread": "own_es_decline",
        "kind": "other", "scenario": "es_out_of_office", "company": "", "contact": "lucia.morcillo@castellanafarma.example.es",
        "lang": "es",
        "frm": ("Lucía Morcillo", "lucia.morcillo@castellanafarma.example.es"),
        "subject": "Respuesta automática: RE: Oferta - Medical Science Liaison Madrid",
        "date": "2026-07-13 09:12 +0200", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
        "headers": [("Auto-Submitted", "auto-replied")],
        "text": """Hola:

Gracias por tu mensaje. Estoy de vacaciones hasta el lunes 27 de julio, sin acceso al correo.

Para asuntos urgentes relacionados con procesos de selección puedes escribir a talento@castellanafarma.example.es.

Un saludo,
Lucía Morcillo
Talent Acquisition · Laboratorios Castellana Farma
""",
    },
]
