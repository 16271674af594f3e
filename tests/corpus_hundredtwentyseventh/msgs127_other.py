"""Everything else (52): newsletters, alerts, other meanings of the words, friends, family,
the candidate's own mail, auto-replies and cold outreach. Company is always empty here."""

from __future__ import annotations

from msgs127_common import CAND, CAND_ADDR, quote

MESSAGES: list[dict] = []
add = MESSAGES.append

# =========================================================================== German

add({
    "kind": "other", "scenario": "newsletter_personalwerk_absagen", "lang": "de", "company": "", "contact": "",
    "sender": ("Personalwerk Magazin", "newsletter@personalwerk-magazin.example.de"),
    "to": CAND_ADDR,
    "subject": "Absage erhalten? So machen Sie weiter | Personalwerk Wochenbrief KW 6",
    "date": "2026-02-05 06:30", "mua": "ses", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "headers": {"List-Id": "Personalwerk Wochenbrief <wochenbrief.personalwerk-magazin.example.de>",
             "List-Unsubscribe": "<https://personalwerk-magazin.example.de/abmelden?u=8812f>, <mailto:unsubscribe@personalwerk-magazin.example.de?subject=unsubscribe>",
             "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"},
    "html": """\
<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Personalwerk Wochenbrief</title></head>
<body style="margin:0;background:#eef1f4">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation" style="background:#eef1f4"><tr><td align="center">
<table width="640" cellpadding="0" cellspacing="0" role="presentation" style="background:#ffffff;font-family:Georgia,serif;color:#1b1b1b">
<tr><td style="padding:20px 32px;border-bottom:4px solid #d94f2b"><img src="https://personalwerk-magazin.example.de/img/pw-logo.png" alt="Personalwerk Magazin" width="210" style="border:0"></td></tr>
<tr><td style="padding:24px 32px 8px 32px"><h1 style="font-size:26px;margin:0 0 12px 0">Absage erhalten? So machen Sie weiter</h1>
<p style="font-size:16px;line-height:1.6">Eine Absage nach dem Vorstellungsgespräch tut weh – besonders, wenn man sich schon im neuen Job gesehen hat. Unsere Autorin Dr. Wiebke Sommer erklärt, wie Sie nach einer Absage um Feedback bitten, ohne aufdringlich zu wirken, und warum „leider haben wir uns für einen anderen Kandidaten entschieden“ selten das letzte Wort ist.</p>
<p><a href="https://trk.personalwerk-magazin.example.de/c/aHR0cHM6Ly9wZXJzb25hbHdlcmsvYWJzYWdl" style="color:#d94f2b;font-weight:bold">Weiterlesen →</a></p></td></tr>
<tr><td style="padding:8px 32px"><h2 style="font-size:19px">Außerdem in dieser Ausgabe</h2>
<ul style="font-size:15px;line-height:1.7">
<li><a href="https://trk.personalwerk-magazin.example.de/c/aHR0cHM6Ly9wdy9uby1zaG93" style="color:#1b1b1b">No-Show im Bewerbungsgespräch: Was Recruiter wirklich denken</a></li>
<li><a href="https://trk.personalwerk-magazin.example.de/c/aHR0cHM6Ly9wdy9xdWVyZWluc3RpZWc" style="color:#1b1b1b">Quereinstieg ins Recruiting: 7 Fragen, die Sie sich vorher stellen sollten</a></li>
<li><a href="https://trk.personalwerk-magazin.example.de/c/aHR0cHM6Ly9wdy9ldXJlcw" style="color:#1b1b1b">EU-Entgelttransparenzrichtlinie: Was ab Juni 2026 in Stellenanzeigen stehen muss</a></li>
<li><a href="https://trk.personalwerk-magazin.example.de/c/aHR0cHM6Ly9wdy9qb2Jz" style="color:#1b1b1b">Stellenmarkt: 38 neue Jobs in HR und Recruiting</a></li>
</ul></td></tr>
<tr><td style="padding:16px 32px 28px 32px;font-family:Arial,sans-serif;font-size:11px;color:#777;border-top:1px solid #ddd">
Personalwerk Verlag GmbH · Gänsemarkt 43 · 20354 Hamburg · Geschäftsführer: Rainer Kloth · AG Hamburg HRB 99102<br>
Sie erhalten diesen Newsletter, weil Sie sich auf personalwerk-magazin.example.de angemeldet haben.
<a href="https://personalwerk-magazin.example.de/abmelden?u=8812f" style="color:#777">Abmelden</a> · <a href="https://personalwerk-magazin.example.de/datenschutz" style="color:#777">Datenschutz</a> · <a href="https://personalwerk-magazin.example.de/impressum" style="color:#777">Impressum</a>
</td></tr></table>
<img src="https://trk.personalwerk-magazin.example.de/o/8812f-kw6.gif" width="1" height="1" alt="" style="display:block">
</td></tr></table>
</body></html>
""",
})

add({
    "kind": "other", "scenario": "jobhafen_jobalarm_recruiter_hamburg", "lang": "de", "company": "", "contact": "",
    "sender": ("Jobhafen Jobalarm", "jobalarm@jobhafen.example.de"),
    "subject": "12 neue Jobs für „Recruiter Hamburg“",
    "date": "2026-03-25 07:00", "mua": "ses", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "headers": {"List-Id": "Jobhafen Jobalarm <jobalarm.jobhafen.example.de>",
             "List-Unsubscribe": "<https://www.jobhafen.example.de/jobalarm/abmelden?id=33fa>",
             "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"},
    "text": """\
Guten Morgen Nikolai,

zu deinem Jobalarm „Recruiter Hamburg“ gibt es 12 neue Stellen. Hier sind die Top-Treffer:

[Recruiter (m/w/d) – Hafenlogistik Süderelbe, Hamburg-Altenwerder](https://www.jobhafen.example.de/job/551802)

[Talent Acquisition Manager (w/m/d) – Nordwind Kreuzfahrten, Hamburg-HafenCity](https://www.jobhafen.example.de/job/551877)

[Personalreferent Recruiting – Stadtreinigung Elbe, Hamburg-Bahrenfeld](https://www.jobhafen.example.de/job/551911)

[Junior Recruiter (m/w/d) – befristet – Hamburger Kaffeeimport, Speicherstadt](https://www.jobhafen.example.de/job/552004)

[Alle 12 Jobs ansehen](https://www.jobhafen.example.de/suche?alarm=33fa)

Nicht das Richtige dabei? Du kannst deinen Jobalarm jederzeit anpassen.
""",
    "html": {"style": "ats", "lang": "de", "color": "#0a7f8c", "title": "Jobhafen Jobalarm",
              "logo": "https://static.jobhafen.example.de/mail/jobhafen-logo.png", "logo_alt": "Jobhafen – Jobs an der Küste",
              "tracker": "https://click.jobhafen.example.de/c?u=", "pixel": "https://click.jobhafen.example.de/o/alarm-33fa.gif",
              "preheader": "Recruiter (m/w/d) bei Hafenlogistik Süderelbe und 11 weitere",
              "footer": """\
Jobhafen GmbH · Kehrwieder 4 · 20457 Hamburg · Amtsgericht Hamburg HRB 154001
[Jobalarm bearbeiten](https://www.jobhafen.example.de/jobalarm/33fa)""",
              "unsubscribe": ("Jobalarm abbestellen", "https://www.jobhafen.example.de/jobalarm/abmelden?id=33fa")},
})

add({
    "kind": "other", "scenario": "podcast_hafengefluester_interview", "lang": "de", "company": "",
    "contact": "pia@hafengefluester-podcast.example.de",
    "sender": ("Pia Lorenzen", "pia@hafengefluester-podcast.example.de"),
    "subject": "Interview-Anfrage für „Hafengeflüster“",
    "date": "2026-04-03 11:14", "mua": "apple", "charset": "utf-8", "cte": "quoted-printable",
    "text": """\
Moin Nikolai,

ich mache den Podcast „Hafengeflüster“, in dem wir Menschen vorstellen, die im und um den Hamburger Hafen arbeiten. Über Jonas Kruse habe ich gehört, dass du seit Jahren im Kundenservice einer Reederei arbeitest und gerade den Sprung ins Recruiting wagst – das fände ich eine tolle Folge!

Hättest du Lust auf ein Interview? Wir nehmen in unserem kleinen Studio in Ottensen auf, Dauer etwa 45 Minuten, im Mai oder Juni, ganz wie es dir passt. Die Fragen schicke ich dir vorher.

Sag gern Bescheid, ob du Zeit und Lust hast.

Liebe Grüße
Pia

Pia Lorenzen
Hafengeflüster – der Podcast vom Wasser
""",
})

add({
    "kind": "other", "scenario": "presse_abendpost_quereinsteiger", "lang": "de", "company": "",
    "contact": "h.wegner@hamburger-abendpost.example.de",
    "sender": ("Hendrik Wegner", "h.wegner@hamburger-abendpost.example.de"),
    "subject": "Anfrage: Interview für unsere Serie „Neustart mit 40“",
    "date": "2026-06-30 14:22", "mua": "outlook", "charset": "windows-1252", "cte": "8bit", "name_charset": "iso-8859-1",
    "text": """\
Sehr geehrter Herr Brandt-Oyelaran,

ich bin Redakteur im Wirtschaftsressort der Hamburger Abendpost. Für unsere Serie „Neustart mit 40“ suchen wir Hamburgerinnen und Hamburger, die sich beruflich umorientieren. Ihre Kollegin Frau Petersen vom HR-Stammtisch hat mir Ihren Namen genannt.

Wären Sie zu einem Interview (ca. 30 Minuten, gern telefonisch) und einem Foto am Hafen bereit? Der Artikel soll Mitte Juli erscheinen. Selbstverständlich erhalten Sie Ihre Zitate vorab zur Freigabe.

Über eine kurze Rückmeldung würde ich mich freuen.

Mit freundlichen Grüßen

Hendrik Wegner
Redaktion Wirtschaft
Hamburger Abendpost · Großer Burstah 18 · 20457 Hamburg
Tel. 040 3296-4471
""",
})

add({
    "kind": "other", "scenario": "jobradar_user_research_interview", "lang": "de", "company": "",
    "contact": "clara@jobradar.example.de",
    "sender": ("Clara von Jobradar", "clara@jobradar.example.de"),
    "subject": "30 Minuten für ein Interview? (50 € Gutschein als Dankeschön)",
    "date": "2026-04-15 10:06", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "text": """\
Hallo Nikolai,

ich bin Clara, UX-Researcherin bei Jobradar. Du nutzt unsere App seit ein paar Monaten für deine Jobsuche – danke dafür!

Wir möchten besser verstehen, wie Menschen ihre Bewerbungen im Blick behalten, und suchen Nutzer*innen für ein 30-minütiges User-Research-Interview per Video. Es geht nicht um dich als Bewerber, sondern um unsere App: Was nervt, was hilft, was fehlt?

Als Dankeschön bekommst du einen 50-€-Gutschein deiner Wahl. Wenn du Lust hast, antworte einfach auf diese Mail oder buch dir direkt einen Termin: [Termin wählen](https://cal.jobradar.example.de/research/clara)

Danke & liebe Grüße
Clara

Clara Böhm · UX Research · Jobradar
Jobradar GmbH · Rosenthaler Str. 40 · 10178 Berlin
""",
    "html": {"style": "simple", "title": "Jobradar User Research", "tracker": "https://email.jobradar.example.de/c/"},
})

add({
    "kind": "other", "scenario": "paket_verzoegert", "lang": "de", "company": "", "contact": "",
    "sender": ("Elbkurier Paketdienst", "benachrichtigung@elbkurier.example.de"),
    "subject": "Leider verzögert sich Ihre Sendung 00340 4412 7781 2290",
    "date": "2026-03-13 18:45", "mua": "ses", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "text": """\
Hallo Nikolai Brandt-Oyelaran,

leider verzögert sich die Zustellung Ihrer Sendung 00340 4412 7781 2290 (Absender: Buchhandlung am Hafen).

Grund: Hohes Sendungsaufkommen im Paketzentrum Hamburg-Allermöhe
Neue voraussichtliche Zustellung: Montag, 16.03.2026, 10:00–14:00 Uhr

Sie möchten nicht warten? Wählen Sie eine Packstation oder einen Wunschnachbarn: [Zustellung ändern](https://www.elbkurier.example.de/sendung/00340441277812290)

Wir bitten um Entschuldigung.
Ihr Elbkurier-Team

Dies ist eine automatisch versandte Nachricht. Bitte antworten Sie nicht darauf.
""",
    "html": {"style": "ats", "lang": "de", "color": "#ffcc00", "title": "Elbkurier",
              "logo": "https://www.elbkurier.example.de/mail/logo.png", "logo_alt": "Elbkurier",
              "tracker": "https://link.elbkurier.example.de/r?u=", "pixel": "https://link.elbkurier.example.de/o/0034044127.gif",
              "footer": """\
Elbkurier Paketdienst GmbH · Billbrookdeich 210 · 22113 Hamburg · AG Hamburg HRB 60331
Dies ist eine automatisch versandte Nachricht. Bitte antworten Sie nicht darauf."""},
})

add({
    "kind": "other", "scenario": "bank_kreditantrag_eingegangen", "lang": "de", "company": "", "contact": "",
    "sender": ("Hansesparkasse", "service@hansesparkasse.example.de"),
    "subject": "Ihr Kreditantrag ist bei uns eingegangen",
    "date": "2026-08-27 09:14", "structure": "html", "charset": "windows-1252", "cte": "quoted-printable",
    "name_charset": "iso-8859-1",
    "text": """\
Sehr geehrter Herr Brandt-Oyelaran,

vielen Dank für Ihren Antrag auf einen Privatkredit über 8.000 € (Verwendungszweck: Umzug). Ihr Antrag ist vollständig bei uns eingegangen und hat die Vorgangsnummer PK-2026-448120.

Wir prüfen Ihre Angaben und die eingereichten Gehaltsnachweise. In der Regel erhalten Sie innerhalb von drei Bankarbeitstagen eine Entscheidung in Ihrem Online-Banking-Postfach.

Mit freundlichen Grüßen
Ihre Hansesparkasse

Hansesparkasse · Anstalt des öffentlichen Rechts · Ost-West-Straße 45 · 20457 Hamburg
Bitte antworten Sie nicht auf diese E-Mail. Wir werden Sie niemals per E-Mail nach PIN oder TAN fragen.
""",
    "html": {"style": "ats", "lang": "de", "color": "#ff0000", "title": "Hansesparkasse",
              "logo": "https://www.hansesparkasse.example.de/mail/logo-hsk.png", "logo_alt": "Hansesparkasse",
              "footer": """\
Hansesparkasse · Anstalt des öffentlichen Rechts · Ost-West-Straße 45 · 20457 Hamburg
Bitte antworten Sie nicht auf diese E-Mail. Wir werden Sie niemals per E-Mail nach PIN oder TAN fragen."""},
})

add({
    "kind": "other", "scenario": "wohnung_immoelbe_abgelehnt", "lang": "de", "company": "", "contact": "",
    "sender": ("ImmoElbe", "noreply@immoelbe.example.de"),
    "subject": "Ihre Anfrage für die Wohnung in Hamburg-Ottensen: leider abgelehnt",
    "date": "2026-05-08 16:03", "mua": "ses", "structure": "html", "charset": "utf-8", "cte": "base64",
    "text": """\
Hallo Nikolai Brandt-Oyelaran,

leider hat sich der Anbieter der Wohnung „Helle 2-Zimmer-Altbauwohnung, Bahrenfelder Str., 58 m²“ gegen Ihre Bewerbung entschieden.

Der Anbieter hat folgende Nachricht hinterlassen: „Vielen Dank für Ihr Interesse. Wir haben uns für andere Mietinteressenten entschieden.“

Geben Sie nicht auf! Diese Wohnungen könnten Sie auch interessieren:
[3 neue Angebote in Ottensen](https://www.immoelbe.example.de/suche/ottensen?ref=mail)

Ihr ImmoElbe-Team
""",
    "html": {"style": "ats", "lang": "de", "color": "#2a9d8f", "title": "ImmoElbe",
              "logo": "https://cdn.immoelbe.example.de/mail/immoelbe-logo.png", "logo_alt": "ImmoElbe",
              "tracker": "https://t.immoelbe.example.de/c/", "pixel": "https://t.immoelbe.example.de/o/ab12.gif",
              "footer": """\
ImmoElbe GmbH · Stresemannstraße 29 · 22769 Hamburg
Sie erhalten diese E-Mail, weil Sie über ImmoElbe eine Wohnungsanfrage gesendet haben.""",
              "unsubscribe": ("E-Mail-Benachrichtigungen abbestellen", "https://www.immoelbe.example.de/konto/benachrichtigungen")},
})

add({
    "kind": "other", "scenario": "freund_jonas_eigene_absage", "lang": "de", "company": "",
    "contact": "jonas.kruse@example.de",
    "sender": ("Jonas Kruse", "jonas.kruse@example.de"),
    "subject": "na toll",
    "date": "2026-03-18 21:37", "mua": "android", "charset": "utf-8", "cte": "8bit",
    "text": """\
Moin Niko,

hab heute die Absage vom Terminal bekommen. Nach DREI Runden. „Wir haben uns für einen Kandidaten entschieden, dessen Profil noch besser passt“ – ja danke auch.

Egal. Bier am Freitag im Golden Pudel? Muss mich mal auskotzen. Und du erzählst mir, wie es bei deinen Bewerbungen läuft.

Jonas
""",
})

add({
    "kind": "other", "scenario": "freundin_lea_vorstellungsgespraech_gmail", "lang": "de", "company": "",
    "contact": "lea.hoffmann.hh@example.de",
    "sender": ("Lea Hoffmann", "lea.hoffmann.hh@example.de"),
    "subject": "Re: Daumen drücken!",
    "date": "2026-02-27 19:08", "irt": "<8a31d0fe-daumen@example.dk>", "mua": "gmail", "charset": "utf-8", "cte": "quoted-printable",
    "text": """\
Hey Niko,

danke fürs Daumendrücken!! Das Vorstellungsgespräch bei der Stiftung lief richtig gut, glaub ich. Die haben mich sogar schon gefragt, wann ich anfangen könnte 😅 Jetzt heißt es warten.

Und du? Hast du von der Reederei in Bremen schon was gehört?

Drück dich
Lea

Am Do., 26. Feb. 2026 um 22:41 Uhr schrieb Nikolai Brandt-Oyelaran <nikolai.bo@example.dk>:
""" + quote("""\
Viel Glück morgen bei deinem Gespräch! Du rockst das.
Ich hab übrigens gestern eine Absage von der Binnenreederei bekommen, aber egal.
N.
"""),
})

add({
    "kind": "other", "scenario": "mama_wie_wars", "lang": "de", "company": "",
    "contact": "adaeze.brandt@example.de",
    "sender": ("Adaeze Brandt", "adaeze.brandt@example.de"),
    "subject": "Wie war's??",
    "date": "2026-03-10 20:55", "mua": "apple", "charset": "iso-8859-1", "cte": "quoted-printable",
    "text": """\
Mein Schatz,

wie war denn das Vorstellungsgespräch heute in Bremerhaven? Papa und ich haben den ganzen Tag an dich gedacht. Ruf doch mal an, wenn du wieder zu Hause bist, egal wie spät.

Und hast du was Warmes gegessen?

Kuss
Mama
""",
})

add({
    "kind": "other", "scenario": "eigene_bewerbung_mit_cv", "lang": "de", "company": "", "contact": "",
    "sender": CAND, "to": ("Karriere Elbtunnel-Betrieb", "karriere@elbtunnel-betrieb.example.de"),
    "subject": "Bewerbung als Referent Recruiting (m/w/d) – Kennziffer 2026-17",
    "date": "2026-01-11 16:20", "mua": "thunderbird", "structure": "mixed", "charset": "utf-8", "cte": "quoted-printable",
    "text": """\
Sehr geehrte Damen und Herren,

mit großem Interesse habe ich Ihre Ausschreibung „Referent Recruiting (m/w/d)“ (Kennziffer 2026-17) gelesen und bewerbe mich hiermit um die Stelle.

Seit acht Jahren arbeite ich im Kundenservice einer Hamburger Linienreederei, zuletzt als Teamkoordinator für acht Kolleginnen und Kollegen. Dort bin ich unter anderem für die Einarbeitung neuer Mitarbeitender und die Auswahl von Aushilfen zuständig. Berufsbegleitend habe ich 2025 die Ausbildereignung (AEVO) erworben und eine Weiterbildung zum Recruiter (IHK) abgeschlossen.

Meine Unterlagen finden Sie im Anhang. Über eine Einladung zu einem persönlichen Gespräch würde ich mich sehr freuen.

Mit freundlichen Grüßen
Nikolai Brandt-Oyelaran
Lappenbergsallee 12, 20257 Hamburg
0170 5512 348
""",
    "attachments": [{"filename": "Lebenslauf_Nikolai_Brandt-Oyelaran.pdf", "title": "Lebenslauf",
                      "lines": ["Nikolai Brandt-Oyelaran", "Lappenbergsallee 12, 20257 Hamburg", "",
                             "Berufserfahrung", "2018-heute: Kundenservice / Teamkoordination, Linienreederei, Hamburg",
                             "2015-2018: Kaufmann fuer Spedition und Logistikdienstleistung (Ausbildung)", "",
                             "Weiterbildung", "2025: Ausbildereignung (AEVO), IHK Hamburg", "2025: Recruiter (IHK)", "",
                             "Sprachen: Deutsch, Englisch, Daenisch, Yoruba (Grundkenntnisse), Spanisch (B1)"]},
                 {"filename": "Anschreiben_Elbtunnel.pdf", "title": "Anschreiben",
                      "lines": ["Bewerbung als Referent Recruiting (m/w/d) - Kennziffer 2026-17", "",
                             "Sehr geehrte Damen und Herren,", "mit grossem Interesse habe ich Ihre Ausschreibung gelesen ..."]}],
})

add({
    "kind": "other", "scenario": "eigene_nachfrage_stand", "lang": "de", "company": "", "contact": "",
    "sender": CAND, "to": ("Recruiting Brandstätter Logistik", "recruiting@brandstaetter.example.de"),
    "subject": "Nachfrage zum Stand meiner Bewerbung – HR Business Partner (m/w/d)",
    "date": "2026-03-20 09:12", "mua": "thunderbird", "charset": "utf-8", "cte": "8bit",
    "text": """\
Sehr geehrte Damen und Herren,

am 18. Februar habe ich mich über Ihr Karriereportal als HR Business Partner (m/w/d) in Bremen beworben und eine automatische Eingangsbestätigung erhalten.

Da die im Portal genannten zehn Arbeitstage inzwischen verstrichen sind, möchte ich mich freundlich nach dem aktuellen Stand erkundigen. Auch eine Absage würde mir helfen, meine weiteren Schritte zu planen.

Vielen Dank und freundliche Grüße
Nikolai Brandt-Oyelaran
""",
})

add({
    "kind": "other", "scenario": "abwesenheit_recruiterin_auto", "lang": "de", "company": "",
    "contact": "b.ohlsen@ctn-nordkai.example.de",
    "sender": ("Ohlsen, Birte", "b.ohlsen@ctn-nordkai.example.de"),
    "subject": "Automatische Antwort: Unterlagen für die Personalakte",
    "date": "2026-04-27 08:01", "irt": "<b5e7c3aa-ctn-unterlagen@example.dk>", "mua": "outlook", "charset": "utf-8", "cte": "quoted-printable",
    "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    "text": """\
Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 8. Mai 2026 nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Personalangelegenheiten wenden Sie sich bitte an personal@ctn-nordkai.example.de oder telefonisch an 040 3088-5500.

Mit freundlichen Grüßen
Birte Ohlsen
""",
})

add({
    "kind": "other", "scenario": "headhunter_kaltakquise_xing", "lang": "de", "company": "",
    "contact": "c.vogelsang@nordlicht-executive.example.de",
    "sender": ("Christoph Vogelsang", "c.vogelsang@nordlicht-executive.example.de"),
    "subject": "Ihr Profil – unverbindlicher Austausch?",
    "date": "2026-05-26 12:47", "mua": "outlook", "charset": "windows-1252", "cte": "quoted-printable",
    "text": """\
Sehr geehrter Herr Brandt-Oyelaran,

ich bin über Ihr Profil auf einem Business-Netzwerk auf Sie aufmerksam geworden. Ihre Kombination aus maritimer Branchenerfahrung, Kundenorientierung und der frisch abgeschlossenen Recruiter-Weiterbildung ist selten.

Ich berate Unternehmen aus Schifffahrt und Logistik bei der Besetzung von HR-Positionen und würde mich gern unverbindlich mit Ihnen austauschen – ganz ohne konkrete Vakanz, einfach um zu verstehen, wohin Sie möchten.

Hätten Sie in den nächsten zwei Wochen 20 Minuten für ein Telefonat?

Beste Grüße

Christoph Vogelsang
Managing Partner
Nordlicht Executive Search · Ballindamm 8 · 20095 Hamburg · +49 40 6077 1190
""",
})

add({
    "kind": "other", "scenario": "kartenfuchs_position_nicht_ermittelt", "lang": "de", "company": "", "contact": "",
    "sender": ("Kartenfuchs", "no-reply@kartenfuchs.example.com"),
    "subject": "Ihre Position konnte nicht ermittelt werden",
    "date": "2026-06-07 13:28", "mua": "ses", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "text": """\
Hallo Nikolai,

bei deiner letzten Fahrt mit Kartenfuchs konnte deine Position über längere Zeit nicht ermittelt werden (Elbtunnel, 13:02–13:11 Uhr). Deshalb wurde die Route unterbrochen und deine Fahrtenstatistik ist unvollständig.

Tipp: Aktiviere in den Einstellungen „Positionsbestimmung im Tunnel schätzen“, damit Kartenfuchs deine Position auch ohne GPS-Signal hochrechnet.

[Einstellungen öffnen](https://app.kartenfuchs.example.com/settings/location)

Gute Fahrt!
Dein Kartenfuchs-Team
""",
    "html": {"style": "ats", "lang": "de", "color": "#f26b1d", "title": "Kartenfuchs",
              "logo": "https://cdn.kartenfuchs.example.com/mail/fuchs.png", "logo_alt": "Kartenfuchs Navigation",
              "tracker": "https://go.kartenfuchs.example.com/?u=", "pixel": "https://go.kartenfuchs.example.com/o/pos.gif",
              "footer": "Kartenfuchs Navigation GmbH · Torstraße 109 · 10119 Berlin",
              "unsubscribe": ("Fahrtberichte abbestellen", "https://app.kartenfuchs.example.com/settings/emails")},
})

add({
    "kind": "other", "scenario": "buergeramt_warteschlange_position", "lang": "de", "company": "", "contact": "",
    "sender": ("Hamburg Service – Online-Termin", "keine-antwort@hamburg-service.example.de"),
    "subject": "Ihre Position in der Warteschlange: 14",
    "date": "2026-07-15 08:02", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "text": """\
Guten Tag,

Sie befinden sich in der digitalen Warteschlange für das Kundenzentrum Eimsbüttel (Anliegen: Ummeldung einer Wohnung).

Ihre aktuelle Position: 14
Geschätzte Wartezeit: ca. 35 Minuten
Ihre Wartenummer: E-2217

Sie erhalten eine weitere Nachricht, sobald Sie an Position 3 sind. Bitte halten Sie Ihren Personalausweis und die Wohnungsgeberbestätigung bereit.

Diese E-Mail wurde automatisch erzeugt.
Freie und Hansestadt Hamburg – Hamburg Service
""",
    "html": {"style": "simple", "title": "Warteschlange", "font": "Arial, sans-serif"},
})

add({
    "kind": "other", "scenario": "ihk_aevo_anmeldung", "lang": "de", "company": "",
    "contact": "m.stoever@ihk-nordkueste.example.de",
    "sender": ("Stöver, Maren", "m.stoever@ihk-nordkueste.example.de"),
    "subject": "Anmeldebestätigung: Zertifikatslehrgang Recruiting-Praxis",
    "date": "2026-01-15 10:40", "mua": "outlook", "charset": "windows-1252", "cte": "quoted-printable", "name_charset": "iso-8859-1",
    "text": """\
Sehr geehrter Herr Brandt-Oyelaran,

vielen Dank für Ihre Anmeldung zum Zertifikatslehrgang „Recruiting-Praxis kompakt“ (Kurs-Nr. 26-114-RP). Ihre Anmeldung ist bei uns eingegangen und wir freuen uns, Ihnen einen Platz bestätigen zu können.

Lehrgangsbeginn: Samstag, 7. Februar 2026, 9:00 Uhr
Ort: IHK-Bildungszentrum, Adolphsplatz 1, Raum 3.12
Entgelt: 690 € – die Rechnung erhalten Sie separat.

Bei Fragen zum Lehrgang können Sie sich jederzeit an mich wenden.

Mit freundlichen Grüßen

Maren Stöver
Weiterbildung – Personal und Management
IHK Nordküste · Adolphsplatz 1 · 20457 Hamburg · Tel. 040 36138-552
""",
})

add({
    "kind": "other", "scenario": "netzwerk_profilbesuche", "lang": "de", "company": "", "contact": "",
    "sender": ("Seenetz", "benachrichtigungen@seenetz.example.com"),
    "subject": "Nikolai, 7 Personen haben Ihr Profil angesehen",
    "date": "2026-04-19 17:30", "mua": "ses", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "headers": {"List-Unsubscribe": "<https://www.seenetz.example.com/einstellungen/mail?t=profilbesuche>",
             "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"},
    "text": """\
Hallo Nikolai,

diese Woche haben 7 Personen Ihr Profil angesehen, darunter:

- eine Person aus dem Bereich Personalwesen bei einer Reederei in Hamburg
- Recruiterin bei einem Personaldienstleister in Bremen
- 5 weitere Mitglieder

Außerdem passen 4 neue Stellenangebote zu Ihrem Profil, z. B. „HR Generalist (m/w/d) – Hamburg“.

[Profilbesucher ansehen](https://www.seenetz.example.com/profil/besucher)
[Jobs ansehen](https://www.seenetz.example.com/jobs/empfehlungen)

Ihr Seenetz-Team
""",
    "html": {"style": "ats", "lang": "de", "color": "#0b6fa4", "title": "Seenetz",
              "logo": "https://static.seenetz.example.com/mail/seenetz-logo.png", "logo_alt": "Seenetz",
              "tracker": "https://links.seenetz.example.com/e/?u=", "pixel": "https://links.seenetz.example.com/o/pv-1619.png",
              "footer": "Seenetz SE · Dammtorwall 15 · 20354 Hamburg · Registergericht Hamburg HRB 160002",
              "unsubscribe": ("Benachrichtigungen zu Profilbesuchen abbestellen", "https://www.seenetz.example.com/einstellungen/mail?t=profilbesuche")},
})

add({
    "kind": "other", "scenario": "webinar_interviewtechniken", "lang": "de", "company": "", "contact": "",
    "sender": ("Bundesverband Recruiting Nord e.V.", "events@brn-verband.example.de"),
    "subject": "Einladung zum Webinar: Strukturierte Interviews führen – 12.05., 17 Uhr",
    "date": "2026-04-28 12:00", "mua": "ses", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "headers": {"List-Id": "BRN Veranstaltungen <events.brn-verband.example.de>",
             "List-Unsubscribe": "<mailto:abmelden@brn-verband.example.de?subject=events>, <https://brn-verband.example.de/newsletter/abmelden>",
             "Precedence": "bulk"},
    "text": """\
Liebe Mitglieder und Interessierte,

wir laden Sie herzlich zu unserem nächsten Webinar ein:

„Strukturierte Interviews führen – fair, rechtssicher, aussagekräftig“
Dienstag, 12. Mai 2026, 17:00–18:30 Uhr, online

Referentin: Prof. Dr. Annika Rehder (Hochschule Bremen) zeigt, wie Sie Interviewleitfäden entwickeln, Bewertungsanker setzen und typische Beurteilungsfehler vermeiden. Mit Live-Übung zum Einladungs- und Absagemanagement.

Teilnahme für Mitglieder kostenfrei, für Gäste 49 €. [Jetzt anmelden](https://brn-verband.example.de/events/webinar-interviews)

Herzliche Grüße
Ihr Team des Bundesverbands Recruiting Nord
""",
    "html": {"style": "ats", "lang": "de", "color": "#3d2b82", "title": "BRN Webinar",
              "logo": "https://brn-verband.example.de/media/brn-logo-white.png", "logo_alt": "Bundesverband Recruiting Nord",
              "tracker": "https://news.brn-verband.example.de/r/", "pixel": "https://news.brn-verband.example.de/p/wb0512.gif",
              "button": ("Jetzt anmelden", "https://brn-verband.example.de/events/webinar-interviews"),
              "footer": """\
Bundesverband Recruiting Nord e.V. · Schauenburgerstraße 49 · 20095 Hamburg · VR 24410 AG Hamburg
Vorstand: Dörte Mahnke, Kai-Uwe Trede""",
              "unsubscribe": ("Newsletter abbestellen", "https://brn-verband.example.de/newsletter/abmelden")},
})

add({
    "kind": "other", "scenario": "arbeitsvermittlung_beratungstermin", "lang": "de", "company": "", "contact": "",
    "sender": ("Arbeitsvermittlung Hamburg – Online-Postfach", "postfach-noreply@avh-portal.example.de"),
    "subject": "Neue Nachricht in Ihrem Postfach: Einladung zum Beratungsgespräch",
    "date": "2026-02-09 07:44", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "text": """\
Guten Tag Herr Brandt-Oyelaran,

in Ihrem Online-Postfach liegt eine neue Nachricht für Sie bereit.

Betreff: Einladung zum Beratungsgespräch – Berufliche Neuorientierung / Förderung einer Weiterbildung

Aus Datenschutzgründen können wir Ihnen den Inhalt nicht per E-Mail senden. Bitte melden Sie sich an, um die Nachricht zu lesen: [Zum Postfach](https://www.avh-portal.example.de/postfach)

Diese E-Mail wurde automatisch versendet. Antworten an diese Adresse können nicht bearbeitet werden.
""",
    "html": {"style": "simple", "title": "Neue Nachricht", "font": "Verdana, Arial, sans-serif"},
})

add({
    "kind": "other", "scenario": "teamleiter_schichtplan", "lang": "de", "company": "",
    "contact": "r.ploog@nordstern-linien.example.de",
    "sender": ("Ploog, Rüdiger", "r.ploog@nordstern-linien.example.de"),
    "subject": "Schichtplan KW 15/16 + Urlaubsanträge",
    "date": "2026-03-31 15:19", "mua": "outlook", "charset": "windows-1252", "cte": "quoted-printable", "name_charset": "iso-8859-1",
    "to": [("Kundenservice Team Export", "cs-export-team@nordstern-linien.example.de"), CAND],
    "text": """\
Moin zusammen,

anbei wie immer der Schichtplan für KW 15 und 16 im Teams-Ordner. Wegen Ostern sind wir in der Frühschicht dünn besetzt – wer noch tauschen kann, bitte bis Donnerstag bei mir melden.

@Nikolai: Deinen Urlaubsantrag für den 20.–22.04. habe ich genehmigt. Viel Erfolg bei deinen „Terminen“ ;-)

Gruß
Rüdiger

Rüdiger Ploog
Teamleiter Customer Service Export
Nordstern Linien GmbH · Willy-Brandt-Straße 59 · 20457 Hamburg
""",
})

add({
    "kind": "other", "scenario": "coach_kalender_tipps_marketing", "lang": "de", "company": "", "contact": "",
    "sender": ("Karriere mit Kompass", "hallo@karriere-kompass.example.de"),
    "subject": "Nie wieder ein Vorstellungsgespräch verpassen 📅 (+ 20 % Rabatt)",
    "date": "2026-06-18 19:00", "mua": "ses", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "headers": {"List-Unsubscribe": "<https://karriere-kompass.example.de/abmelden?e=bmlrb2xhaS5ib0BleGFtcGxlLmRr>",
             "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"},
    "text": """\
Hallo Nikolai,

kennst du das? Drei Bewerbungen, zwei Einladungen, ein Telefoninterview – und plötzlich weißt du nicht mehr, wann du wo sein musst. Jede*r dritte Bewerbende hat schon mal einen Termin verschwitzt.

In meinem neuen Mini-Kurs „Bewerbungs-Cockpit“ zeige ich dir, wie du mit einem einfachen Kalender-System nie wieder ein Gespräch verpasst, Absagen sortierst und Nachfass-Mails im richtigen Moment schickst.

Nur diese Woche: 20 % Rabatt mit dem Code COCKPIT20.

[Zum Kurs](https://karriere-kompass.example.de/cockpit)

Alles Liebe
Sabine von Karriere mit Kompass
""",
    "html": {"style": "ats", "lang": "de", "color": "#e07a5f", "title": "Karriere mit Kompass",
              "logo": "https://karriere-kompass.example.de/wp-content/uploads/logo-mail.png", "logo_alt": "Karriere mit Kompass – Sabine Thießen Coaching",
              "tracker": "https://kk.mailversand.example.com/c/", "pixel": "https://kk.mailversand.example.com/o/2618.gif",
              "button": ("Jetzt 20 % sichern", "https://karriere-kompass.example.de/cockpit"),
              "footer": """\
Sabine Thießen Coaching · Mühlenkamp 31 · 22303 Hamburg · USt-IdNr. DE3XXXXXXXX
Du erhältst diese E-Mail, weil du dich für meinen Newsletter angemeldet hast.""",
              "unsubscribe": ("Abmelden", "https://karriere-kompass.example.de/abmelden?e=bmlrb2xhaS5ib0BleGFtcGxlLmRr")},
})

add({
    "kind": "other", "scenario": "vermieter_besichtigung_einladung", "lang": "de", "company": "",
    "contact": "gerdes.vermietung@example.de",
    "sender": ("Helga Gerdes", "gerdes.vermietung@example.de"),
    "subject": "Einladung zur Besichtigung – Wohnung Eppendorfer Weg",
    "date": "2026-05-21 10:31", "charset": "iso-8859-1", "cte": "8bit", "name_charset": "iso-8859-1",
    "text": """\
Sehr geehrter Herr Brandt-Oyelaran,

vielen Dank für Ihre Anfrage zur 2-Zimmer-Wohnung im Eppendorfer Weg 212.

Ich lade Sie gern zur Besichtigung am Samstag, 30. Mai, um 11:15 Uhr ein. Bitte bringen Sie eine Selbstauskunft, die letzten drei Gehaltsnachweise und eine Mietschuldenfreiheitsbescheinigung mit.

Bitte bestätigen Sie mir den Termin kurz per E-Mail.

Mit freundlichen Grüßen
Helga Gerdes
""",
})

add({
    "kind": "other", "scenario": "marathon_helfer_angenommen", "lang": "de", "company": "", "contact": "",
    "sender": ("Hafenlauf Hamburg", "no-reply@hafenlauf-hamburg.example.de"),
    "subject": "Deine Bewerbung als Helfer*in wurde angenommen! 🏃",
    "date": "2026-08-03 20:20", "mua": "ses", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "text": """\
Hallo Nikolai,

super Neuigkeiten: Deine Bewerbung als Helfer*in beim Hafenlauf Hamburg am 27. September wurde angenommen!

Dein Einsatz: Verpflegungsstation km 21 (Landungsbrücken), 8:00–13:30 Uhr.
Dein Helfer-Shirt und die Verpflegungsmarken bekommst du bei der Einweisung am 26.09. um 18 Uhr im Race Office.

[Einsatzdetails ansehen](https://helfer.hafenlauf-hamburg.example.de/einsatz/4411)

Danke, dass du dabei bist!
Dein Orga-Team vom Hafenlauf
""",
    "html": {"style": "ats", "lang": "de", "color": "#00a6d6", "title": "Hafenlauf Hamburg",
              "logo": "https://hafenlauf-hamburg.example.de/mail/hafenlauf-logo.png", "logo_alt": "Hafenlauf Hamburg 2026",
              "tracker": "https://mail.hafenlauf-hamburg.example.de/t/", "pixel": "https://mail.hafenlauf-hamburg.example.de/o/h4411.gif",
              "footer": "Hafenlauf Hamburg Event GmbH · Hafenstraße 126 · 20359 Hamburg",
              "unsubscribe": ("Newsletter abbestellen", "https://hafenlauf-hamburg.example.de/newsletter/abmelden")},
})

add({
    "kind": "other", "scenario": "personaldienstleister_massenmail_topjobs", "lang": "de", "company": "", "contact": "",
    "sender": ("jobs4you Personal", "newsletter@jobs4you-personal.example.de"),
    "subject": "🔥 TOP-JOBS DER WOCHE 🔥 Bis zu 3.800 € + Übernahme!!!",
    "date": "2026-09-07 06:15", "mua": "ses", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "headers": {"List-Id": "jobs4you Top-Jobs <topjobs.jobs4you-personal.example.de>",
             "List-Unsubscribe": "<https://jobs4you-personal.example.de/abmelden?id=77ab>",
             "Precedence": "bulk"},
    "text": """\
HALLO NIKOLAI!!!

DEINE TOP-JOBS DIESE WOCHE IN HAMBURG & UMGEBUNG:

✅ Personalsachbearbeiter (m/w/d) – Logistik – bis 3.800 € – ÜBERNAHME GARANTIERT!
✅ Lagermitarbeiter (m/w/d) – Hamburg-Billbrook – ab sofort!!
✅ Disponent (m/w/d) – Spedition – Hamburg-Harburg
✅ Recruiting-Assistenz (m/w/d) – Teilzeit möglich

JETZT MIT NUR EINEM KLICK BEWERBEN – OHNE ANSCHREIBEN!!! https://jobs4you-personal.example.de/topjobs?kw=37

Empfiehl uns weiter und kassiere 250 € PRÄMIE!!! 💰

Dein jobs4you-Team
""",
    "html": {"style": "ats", "lang": "de", "color": "#ff2d55", "title": "jobs4you TOP-JOBS",
              "logo": "https://jobs4you-personal.example.de/mail/logo.png", "logo_alt": "jobs4you Personal",
              "tracker": "https://jobs4you.mailversand.example.com/c/", "pixel": "https://jobs4you.mailversand.example.com/o/kw37.gif",
              "button": ("JETZT BEWERBEN!!!", "https://jobs4you-personal.example.de/topjobs?kw=37"),
              "footer": "jobs4you Personal GmbH · Wandsbeker Marktstraße 73 · 22041 Hamburg · Erlaubnis zur Arbeitnehmerüberlassung erteilt durch die BA",
              "unsubscribe": ("Abmelden", "https://jobs4you-personal.example.de/abmelden?id=77ab")},
})

# =========================================================================== English

add({
    "kind": "other", "scenario": "ta_weekly_newsletter_rejection", "lang": "en", "company": "", "contact": "",
    "sender": ("The Talent Acquisition Weekly", "newsletter@taweekly.example.com"),
    "subject": "Why your rejection emails are costing you candidates",
    "date": "2026-05-06 13:00", "tz": "Europe/London", "mua": "ses", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "headers": {"List-Id": "TA Weekly <weekly.taweekly.example.com>",
             "List-Unsubscribe": "<https://taweekly.example.com/unsubscribe/u-5531>, <mailto:leave-5531@taweekly.example.com>",
             "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "list"},
    "text": """\
THE TALENT ACQUISITION WEEKLY - Issue 212

This week: Why your rejection emails are costing you candidates

"Unfortunately, we have decided to move forward with other candidates." Every recruiter has sent that line a thousand times. New data from 4,000 job seekers shows that candidates who receive a personalised rejection are three times more likely to apply again. [Read the full story](https://taweekly.example.com/issues/212/rejection-emails)

ALSO THIS WEEK
- Interview no-shows are up 18%: what to do when a candidate doesn't join the call [Read](https://taweekly.example.com/issues/212/no-shows)
- Offer letters that get signed: a template teardown [Read](https://taweekly.example.com/issues/212/offer-letters)
- From customer service to recruiting: why career changers make great sourcers [Read](https://taweekly.example.com/issues/212/career-changers)

JOBS BOARD
- Talent Partner, global freight forwarder (London, hybrid)
- Recruitment Coordinator, port operator (Rotterdam)
[See all 41 jobs](https://taweekly.example.com/jobs)

You're receiving this because you subscribed at taweekly.example.com.
""",
    "html": {"style": "ats", "lang": "en", "color": "#111827", "title": "TA Weekly #212",
              "logo": "https://taweekly.example.com/static/masthead-white.png", "logo_alt": "The Talent Acquisition Weekly",
              "tracker": "https://taweekly.example.com/r/5531/?to=", "pixel": "https://taweekly.example.com/p/5531/212.gif",
              "preheader": "Personalised rejections bring candidates back. Plus: interview no-shows, offer letters.",
              "footer": """\
TA Weekly Media Ltd · 71-75 Shelton Street · London WC2H 9JQ · Registered in England No 12277341
[Manage preferences](https://taweekly.example.com/preferences/u-5531)""",
              "unsubscribe": ("Unsubscribe", "https://taweekly.example.com/unsubscribe/u-5531")},
})

add({
    "kind": "other", "scenario": "portlink_job_alert_copenhagen", "lang": "en", "company": "", "contact": "",
    "sender": ("Portlink Jobs", "jobalerts@mail.portlinkjobs.example.com"),
    "subject": "5 new HR Coordinator jobs in Copenhagen",
    "date": "2026-03-30 06:45", "tz": "Europe/Copenhagen", "mua": "ses", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "headers": {"List-Unsubscribe": "<https://www.portlinkjobs.example.com/alerts/unsubscribe?a=cph-hr>",
             "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"},
    "text": """\
Your job alert: HR Coordinator · Copenhagen

[HR Coordinator - Øresund Ferries, Helsingør](https://www.portlinkjobs.example.com/jobs/90112)
New · Full-time · DKK 38,000-42,000/month

[People & Talent Coordinator - Nordic Reefer Logistics, Copenhagen](https://www.portlinkjobs.example.com/jobs/90131)
Easy apply · Hybrid

[Recruitment Coordinator (temporary) - Port of Copenhagen Services](https://www.portlinkjobs.example.com/jobs/90140)
Posted 2 days ago

[See all 5 jobs](https://www.portlinkjobs.example.com/search?alert=cph-hr)

Don't miss out - employers often interview within a week of posting.
""",
    "html": {"style": "ats", "lang": "en", "color": "#243b80", "title": "Portlink job alert",
              "logo": "https://static.portlinkjobs.example.com/email/logo-white@2x.png", "logo_alt": "Portlink Jobs",
              "tracker": "https://t.portlinkjobs.example.com/r/?u=", "pixel": "https://t.portlinkjobs.example.com/o/alert-cph-0330.png",
              "footer": "Portlink Jobs Ltd · 10 Lower Thames Street · London EC3R 6AF · Registered in England No 09911234",
              "unsubscribe": ("Unsubscribe from this alert", "https://www.portlinkjobs.example.com/alerts/unsubscribe?a=cph-hr")},
})

add({
    "kind": "other", "scenario": "podcast_supply_chain_people", "lang": "en", "company": "",
    "contact": "dan@supplychainpeople.example.com",
    "sender": ("Dan Whitcombe", "dan@supplychainpeople.example.com"),
    "subject": "Podcast interview? Supply Chain People",
    "date": "2026-07-08 16:52", "tz": "Europe/London", "mua": "gmail", "charset": "us-ascii", "cte": "7bit",
    "text": """\
Hi Nikolai,

I host Supply Chain People, a podcast about the humans behind logistics. I saw your post about moving from shipping customer service into recruitment and thought it would make a great episode - lots of our listeners are thinking about the same switch.

Would you be up for a 40-minute interview over Zoom sometime in August? No prep needed beyond a quick 10-minute chat beforehand. We'd publish in September.

Cheers,
Dan

--
Dan Whitcombe
Host, Supply Chain People
supplychainpeople.example.com
""",
})

add({
    "kind": "other", "scenario": "hyrfly_user_research_interview", "lang": "en", "company": "",
    "contact": "noor.elamrani@hyrfly.example.nl",
    "sender": ("Noor El Amrani", "noor.elamrani@hyrfly.example.nl"),
    "subject": "Quick research interview about your job search?",
    "date": "2026-06-09 11:37", "tz": "Europe/Amsterdam", "mua": "gmail", "charset": "utf-8", "cte": "quoted-printable",
    "text": """\
Hi Nikolai,

I'm Noor, a product researcher at Hyrfly. You applied to one of our roles earlier this year, and you also tried our free candidate tracker - so you've seen us from both sides!

We're running 45-minute user interviews to understand how job seekers keep track of applications, interview invitations and rejections. This has nothing to do with any application, it's purely product research. We offer a €40 gift card as a thank-you.

If you're up for it, just reply with a couple of times that suit you next week.

Thanks!
Noor

Noor El Amrani | Product Research | Hyrfly
""",
})

add({
    "kind": "other", "scenario": "bank_loan_declined_pdf", "lang": "en", "company": "", "contact": "",
    "sender": ("Nørrebro Sparekasse", "no-reply@norrebro-sparekasse.example.dk"),
    "subject": "Your loan application has been declined",
    "date": "2026-09-02 10:05", "tz": "Europe/Copenhagen", "structure": "mixed", "charset": "utf-8", "cte": "quoted-printable",
    "text": """\
Dear Nikolai Brandt-Oyelaran,

Thank you for applying for a personal loan of DKK 60,000 with Nørrebro Sparekasse.

Unfortunately, we are unable to approve your loan application at this time. Our decision is based on our credit assessment, including your current residence outside Denmark and the length of your employment history in Denmark. You will find our decision letter attached.

You are welcome to apply again once you have moved to Denmark and received your first Danish payslips.

Kind regards,
Nørrebro Sparekasse
Customer Service

This email was sent from an address that cannot receive replies. Please log in to Netbank to contact us.
""",
    "html": {"style": "ats", "lang": "en", "color": "#004d40", "title": "Nørrebro Sparekasse",
              "logo": "https://www.norrebro-sparekasse.example.dk/mail/logo.png", "logo_alt": "Nørrebro Sparekasse",
              "footer": """\
Nørrebro Sparekasse · Nørrebrogade 66 · 2200 København N · CVR 12 34 56 78
This email was sent from an address that cannot receive replies."""},
    "attachments": [{"filename": "Decision_letter_PL-88213.pdf", "title": "Loan decision",
                      "lines": ["Norrebro Sparekasse - Norrebrogade 66 - 2200 Kobenhavn N", "",
                             "Decision on your application for a personal loan (PL-88213)", "",
                             "Amount applied for: DKK 60,000", "Decision: declined", "",
                             "Reason: insufficient Danish credit history."]}],
})

add({
    "kind": "other", "scenario": "parcel_delayed_shop", "lang": "en", "company": "", "contact": "",
    "sender": ("Northwind Books", "orders@northwindbooks.example.co.uk"),
    "subject": "Unfortunately your package is delayed",
    "date": "2026-01-26 14:10", "tz": "Europe/London", "mua": "ses", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "text": """\
Hi Nikolai,

Unfortunately your package is delayed. Our courier has told us that order #NW-771204 ("The Recruiter's Handbook, 3rd edition" and "Hiring for Attitude") is held at the Hamburg customs depot.

New estimated delivery: 2-4 February 2026.

You don't need to do anything. If the parcel hasn't arrived by 6 February, we'll send a replacement or refund you in full.

Track your parcel: https://www.northwindbooks.example.co.uk/track/NW-771204

Sorry for the wait,
Northwind Books Customer Care
""",
    "html": {"style": "ats", "lang": "en", "color": "#2f4f4f", "title": "Northwind Books",
              "logo": "https://www.northwindbooks.example.co.uk/email/nwb-logo.png", "logo_alt": "Northwind Books",
              "tracker": "https://click.northwindbooks.example.co.uk/?q=", "pixel": "https://click.northwindbooks.example.co.uk/open/771204.gif",
              "footer": """\
Northwind Books Ltd · 14 Cecil Court · London WC2N 4HE · Registered in England No 08120457 · VAT GB 123 4567 89
Please don't reply to this email - our mailbox isn't monitored."""},
})

add({
    "kind": "other", "scenario": "friend_london_council_rejection", "lang": "en", "company": "",
    "contact": "ayo.adebayo@example.co.uk",
    "sender": ("Ayo Adebayo", "ayo.adebayo@example.co.uk"),
    "subject": "lol guess who didn't get the council job",
    "date": "2026-09-24 22:18", "tz": "Europe/London", "mua": "iphone", "charset": "utf-8", "cte": "quoted-printable",
    "text": """\
cousin!!

Got the rejection email from the council today. "After careful consideration we will not be progressing your application." After two interviews and a presentation 😂 Whatever, their loss.

Mum says you had an interview with a shipping company in Copenhagen?? Tell me everything. Are you moving to Denmark or what

Ayo

Sent from my iPhone
""",
})

add({
    "kind": "other", "scenario": "own_thank_you_nordhavn", "lang": "en", "company": "", "contact": "",
    "msgid": "<9f01b3d7-nordhavn-thanks@example.dk>",
    "sender": CAND, "to": ("Mette Lindqvist", "mette.lindqvist@nordhavn-shipping.example.dk"),
    "subject": "Thank you - interview on 22 April",
    "date": "2026-04-22 19:40", "tz": "Europe/Copenhagen", "mua": "apple", "charset": "utf-8", "cte": "7bit",
    "text": """\
Dear Mette,

Thank you - and Jesper - for the interview this afternoon. I really enjoyed our conversation about hiring deck officers and shore staff at the same time, and about bringing a customer-service mindset into recruitment.

As promised, my two references are Ruediger Ploog (my team lead) and Ute Claussen (Seemannsmission Nord). I'm happy to send anything else you need.

I look forward to hearing from you.

Best regards,
Nikolai Brandt-Oyelaran
""",
})

add({
    "kind": "other", "scenario": "careers_mailbox_auto_reply", "lang": "en", "company": "", "contact": "",
    "sender": ("Greyline Careers", "careers@greyline-logistics.example.co.uk"),
    "subject": "Automatic reply: Talent Acquisition Advisor application - question",
    "date": "2026-03-27 11:22", "tz": "Europe/London", "irt": "<44c0a1e9-greyline-question@example.dk>", "charset": "us-ascii", "cte": "7bit",
    "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All", "Precedence": "auto_reply"},
    "text": """\
Thank you for contacting Greyline Logistics.

Please note that this mailbox is not monitored. To check the progress of an application, please log in to your candidate account on our careers site: https://careers.greyline-logistics.example.co.uk

Greyline Logistics plc, registered in England No 02288164.
""",
})

add({
    "kind": "other", "scenario": "headhunter_cold_outreach_london", "lang": "en", "company": "",
    "contact": "olivia@meridian-search.example.co.uk",
    "sender": ("Olivia Hart", "olivia@meridian-search.example.co.uk"),
    "subject": "Exciting TA opportunity - global shipping client",
    "date": "2026-06-23 09:05", "tz": "Europe/London", "mua": "outlook", "charset": "windows-1252", "cte": "quoted-printable",
    "text": """\
Hi Nikolai,

I hope you don’t mind me reaching out out of the blue. I’m a specialist recruiter in maritime HR and came across your profile – your mix of shipping operations, customer service and languages really stood out.

I’m working with a global container line that is building an in-house talent acquisition team across Hamburg, Copenhagen and London. It’s early days and there’s no formal vacancy yet, but I’d love to have an informal chat to see whether it could be of interest down the line.

Would you have 15 minutes this week or next?

Kind regards,
Olivia

Olivia Hart | Director | Meridian Search
+44 20 3966 1180 | meridian-search.example.co.uk
Meridian Search Ltd is registered in England No 10455201.
""",
})

add({
    "kind": "other", "scenario": "itp_membership_application_received", "lang": "en", "company": "", "contact": "",
    "sender": ("Institute of Talent Professionals", "membership-noreply@itp.example.org"),
    "subject": "We've received your membership application",
    "date": "2026-02-14 09:33", "tz": "Europe/London", "mua": "ses", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "text": """\
Dear Nikolai,

Thank you for applying for Associate membership of the Institute of Talent Professionals (ITP). Your application reference is ITP-A-260214-0912.

Our Membership team will review your application and supporting documents within 15 working days. If anything is missing, we'll let you know.

Once approved, you'll get access to our online learning library, member events and the ITP Careers Hub.

[Track your application](https://my.itp.example.org/membership/application)

With best wishes,
Membership Services
Institute of Talent Professionals
""",
    "html": {"style": "ats", "lang": "en", "color": "#6a1b9a", "title": "ITP Membership",
              "logo": "https://www.itp.example.org/assets/email/itp-logo-white.png", "logo_alt": "Institute of Talent Professionals",
              "tracker": "https://comms.itp.example.org/c/", "pixel": "https://comms.itp.example.org/o/a260214.gif",
              "footer": """\
Institute of Talent Professionals · 1 Ropemaker Street · London EC2Y 9HT · Registered charity no. 1170XXX
This is an automated message; please do not reply."""},
})

add({
    "kind": "other", "scenario": "meetup_hr_tech_amsterdam", "lang": "en", "company": "", "contact": "",
    "sender": ("HR Tech Amsterdam (Meetup)", "info@email.meetup.example.com"),
    "subject": "You're invited: HR Tech Amsterdam #34 - AI in interviewing, hype or help?",
    "date": "2026-05-28 17:12", "tz": "Europe/Amsterdam", "mua": "ses", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "headers": {"List-Id": "HR Tech Amsterdam <hr-tech-amsterdam.meetup.example.com>",
             "List-Unsubscribe": "<https://www.meetup.example.com/email-unsubscribe/?g=hrtech-ams>",
             "Precedence": "bulk"},
    "text": """\
HR Tech Amsterdam #34 - AI in interviewing: hype or help?

Thursday, 11 June 2026, 18:30-21:00 CEST
Hyrfly HQ, Keizersgracht 241, Amsterdam

Three short talks on automated interview scheduling, AI note-takers and what candidates really think about one-way video interviews. Drinks and bitterballen afterwards!

67 going · 12 spots left

[RSVP](https://www.meetup.example.com/hr-tech-amsterdam/events/301992)

You're receiving this because you're a member of HR Tech Amsterdam.
""",
    "html": {"style": "ats", "lang": "en", "color": "#f65858", "title": "HR Tech Amsterdam",
              "logo": "https://secure.meetupstatic.example.com/email/meetup-logo.png", "logo_alt": "Meetup",
              "tracker": "https://email.meetup.example.com/ls/click?upn=", "pixel": "https://email.meetup.example.com/wf/open?upn=301992",
              "button": ("RSVP", "https://www.meetup.example.com/hr-tech-amsterdam/events/301992"),
              "footer": "Meetup, 10 Example Plaza, New York, NY 10001",
              "unsubscribe": ("Unsubscribe from HR Tech Amsterdam emails", "https://www.meetup.example.com/email-unsubscribe/?g=hrtech-ams")},
})

add({
    "kind": "other", "scenario": "findmy_position_shared", "lang": "en", "company": "", "contact": "",
    "sender": ("Wayfarer", "no-reply@wayfarer-app.example.com"),
    "subject": "Your position is now shared with Ayo",
    "date": "2026-09-17 08:04", "tz": "Europe/London", "mua": "ses", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "text": """\
Hi Nikolai,

You started sharing your live position with Ayo Adebayo. Ayo can see where you are until you stop sharing or until 18:00 today.

Not you? [Stop sharing now](https://app.wayfarer-app.example.com/sharing/stop?s=73a1)

Safe travels,
The Wayfarer team
""",
    "html": {"style": "ats", "lang": "en", "color": "#3949ab", "title": "Wayfarer",
              "logo": "https://cdn.wayfarer-app.example.com/email/logo.png", "logo_alt": "Wayfarer",
              "footer": "Wayfarer Labs Inc. · 548 Market St · San Francisco, CA 94104",
              "unsubscribe": ("Email settings", "https://app.wayfarer-app.example.com/settings/notifications")},
})

add({
    "kind": "other", "scenario": "summit_talk_proposal_rejected", "lang": "en", "company": "", "contact": "",
    "sender": ("People Ops Summit Programme Committee", "programme@peopleopssummit.example.com"),
    "subject": "Your talk proposal for People Ops Summit 2026",
    "date": "2026-07-02 15:00", "tz": "Europe/London", "charset": "utf-8", "cte": "quoted-printable",
    "text": """\
Dear Nikolai,

Thank you for submitting "From the service desk to the hiring desk: what customer service teaches recruiters" to People Ops Summit 2026.

We received over 600 proposals for 48 speaking slots this year. Unfortunately, your proposal was not selected for the programme. Because of the volume, we are unable to provide individual feedback, and the committee's decision is final.

We'd still love to see you in the audience - use code CFP26 for 30% off your ticket.

Best wishes,
The People Ops Summit Programme Committee
""",
})

# =========================================================================== Spanish

add({
    "kind": "other", "scenario": "newsletter_consejos_entrevista", "lang": "es", "company": "", "contact": "",
    "sender": ("Blog de Empleamar", "newsletter@empleamar.example.es"),
    "subject": "7 errores que te harán perder una entrevista de trabajo (y cómo evitarlos)",
    "date": "2026-04-14 08:30", "tz": "Europe/Madrid", "mua": "ses", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "headers": {"List-Id": "Boletin Empleamar <boletin.empleamar.example.es>",
             "List-Unsubscribe": "<https://www.empleamar.example.es/boletin/baja?u=nbo>",
             "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"},
    "text": """\
¡Hola, Nikolai!

Esta semana en el blog:

7 errores que te harán perder una entrevista de trabajo. Desde llegar tarde (o no presentarte) hasta no preguntar nada al final: te contamos qué piensan los reclutadores y cómo evitarlo. [Leer el artículo](https://www.empleamar.example.es/blog/errores-entrevista)

¿Te han rechazado? Cómo pedir feedback después de un "lamentamos comunicarte que..." [Leer más](https://www.empleamar.example.es/blog/pedir-feedback)

Ofertas destacadas en Valencia: técnico/a de RRHH, administrativo/a de personal, coordinador/a de almacén. [Ver ofertas](https://www.empleamar.example.es/ofertas/valencia)

¡Hasta la próxima!
El equipo de Empleamar
""",
    "html": {"style": "ats", "lang": "es", "color": "#ff7a00", "title": "Boletín Empleamar",
              "logo": "https://static.empleamar.example.es/mail/logo-blanco.png", "logo_alt": "Empleamar",
              "tracker": "https://clic.empleamar.example.es/t?u=", "pixel": "https://clic.empleamar.example.es/o/boletin-0414.gif",
              "footer": "Empleamar Portal de Empleo, S.L. · Av. de Aragón 30 · 46021 Valencia",
              "unsubscribe": ("Darme de baja del boletín", "https://www.empleamar.example.es/boletin/baja?u=nbo")},
})

add({
    "kind": "other", "scenario": "empleamar_alerta_ofertas", "lang": "es", "company": "", "contact": "",
    "sender": ("Alertas Empleamar", "alertas@empleamar.example.es"),
    "subject": "Nuevas ofertas: Técnico de RRHH en Valencia (6)",
    "date": "2026-06-03 07:10", "tz": "Europe/Madrid", "mua": "ses", "structure": "html", "charset": "utf-8", "cte": "base64",
    "headers": {"List-Unsubscribe": "<https://www.empleamar.example.es/alertas/baja?a=rrhh-vlc>"},
    "text": """\
Tu alerta "Técnico de RRHH" en Valencia tiene 6 ofertas nuevas:

[Técnico/a de Selección – Terminal Marítima del Grao – Valencia](https://www.empleamar.example.es/oferta/771201)

[Técnico/a de RRHH – Cerámicas Mediterráneo – Castellón](https://www.empleamar.example.es/oferta/771255)

[HR Generalist (inglés alto) – Valencia Tech Park](https://www.empleamar.example.es/oferta/771309)

[Ver las 6 ofertas](https://www.empleamar.example.es/alertas/rrhh-vlc)
""",
    "html": {"style": "ats", "lang": "es", "color": "#ff7a00", "title": "Alertas Empleamar",
              "logo": "https://static.empleamar.example.es/mail/logo-blanco.png", "logo_alt": "Empleamar",
              "tracker": "https://clic.empleamar.example.es/t?u=", "pixel": "https://clic.empleamar.example.es/o/alerta-0603.gif",
              "footer": "Empleamar Portal de Empleo, S.L. · Av. de Aragón 30 · 46021 Valencia",
              "unsubscribe": ("Dar de baja esta alerta", "https://www.empleamar.example.es/alertas/baja?a=rrhh-vlc")},
})

add({
    "kind": "other", "scenario": "amigo_pablo_rechazo_puerto", "lang": "es", "company": "",
    "contact": "pablo.ferrer.v@example.es",
    "sender": ("Pablo Ferrer", "pablo.ferrer.v@example.es"),
    "subject": "tio...",
    "date": "2026-05-30 23:41", "tz": "Europe/Madrid", "mua": "android", "charset": "utf-8", "cte": "8bit",
    "text": """\
Nikolai tio,

me han rechazado en lo del puerto. Ni entrevista ni nada, un correo de dos lineas y adios. Despues de todo lo que te conte...

Bueno, cambiando de tema: ¿cuando vienes a Valencia? Si al final te sale lo de la naviera o lo de Albufera te busco piso en Russafa, que mi prima alquila uno.

Un abrazo fuerte
Pablo
""",
})

add({
    "kind": "other", "scenario": "inmobiliaria_solicitud_alquiler_rechazada", "lang": "es", "company": "", "contact": "",
    "sender": ("Pisos Barcelona Centre", "no-reply@pisosbcncentre.example.es"),
    "subject": "Tu solicitud de alquiler ha sido rechazada",
    "date": "2026-07-19 12:00", "tz": "Europe/Madrid", "mua": "ses", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "text": """\
Hola Nikolai,

Te informamos de que el propietario del inmueble "Piso 2 hab. en calle de Sicília, Sagrada Família" ha rechazado tu solicitud de alquiler.

Motivo indicado: el propietario prefiere inquilinos con contrato de trabajo en España.

Te recomendamos completar tu perfil de inquilino con tu contrato y nóminas para mejorar tus posibilidades: [Completar perfil](https://www.pisosbcncentre.example.es/perfil)

Atentamente,
Pisos Barcelona Centre
""",
    "html": {"style": "ats", "lang": "es", "color": "#c0392b", "title": "Pisos Barcelona Centre",
              "logo": "https://www.pisosbcncentre.example.es/img/logo-mail.png", "logo_alt": "Pisos Barcelona Centre",
              "tracker": "https://mail.pisosbcncentre.example.es/c/", "pixel": "https://mail.pisosbcncentre.example.es/o/sol-0719.gif",
              "footer": "Pisos Barcelona Centre, S.L. · Gran Via de les Corts Catalanes 612 · 08007 Barcelona · Este correo se ha enviado automáticamente.",
              "unsubscribe": ("Gestionar notificaciones", "https://www.pisosbcncentre.example.es/notificaciones")},
})

add({
    "kind": "other", "scenario": "escuela_idiomas_inscripcion", "lang": "es", "company": "",
    "contact": "secretaria@escolallengues-turia.example.es",
    "sender": ("Escola de Llengües Túria - Secretaría", "secretaria@escolallengues-turia.example.es"),
    "name_charset": "iso-8859-1",
    "subject": "Inscripción recibida - Curso intensivo de español B2 (julio)",
    "date": "2026-06-11 13:15", "tz": "Europe/Madrid", "charset": "windows-1252", "cte": "quoted-printable",
    "text": """\
Hola Nikolai:

Hemos recibido tu inscripción en el curso intensivo de español B2 (del 6 al 31 de julio, de lunes a viernes de 9:00 a 13:00 h). ¡Gracias!

Para confirmar la plaza, realiza el pago de la matrícula (480 €) antes del 20 de junio por transferencia a la cuenta ES91 0000 0000 0000 0000 0000 indicando tu nombre. El primer día haremos una pequeña prueba de nivel.

Si tienes cualquier pregunta, responde a este correo.

Un saludo,
Marta Soriano
Secretaría – Escola de Llengües Túria
c/ de la Pau 14, 46002 València
""",
})

add({
    "kind": "other", "scenario": "radio_turia_entrevista", "lang": "es", "company": "",
    "contact": "lucia.montes@radioturia.example.es",
    "sender": ("Lucía Montes", "lucia.montes@radioturia.example.es"),
    "subject": "Entrevista para el programa 'Nuevos vecinos'",
    "date": "2026-10-08 17:25", "tz": "Europe/Madrid", "mua": "gmail", "charset": "utf-8", "cte": "quoted-printable",
    "text": """\
Hola Nikolai:

Soy Lucía Montes, periodista de Radio Túria. Preparamos una serie del programa "Nuevos vecinos" sobre personas de otros países que se plantean venir a trabajar a Valencia, y Pablo Ferrer me ha dado tu contacto.

¿Te animarías a una entrevista de unos 15 minutos por teléfono? Sería en directo el martes 20 de octubre a las 12:15 h, o grabada unos días antes si lo prefieres. Puedes hablar en español, aunque no sea perfecto, ¡eso es justo lo bonito!

Gracias y un saludo,
Lucía
Radio Túria – 96 351 00 48
""",
})

add({
    "kind": "other", "scenario": "propia_candidatura_albufera", "lang": "es", "company": "", "contact": "",
    "key": "own_albufera",
    "sender": CAND, "to": ("Logística Albufera", "info@logisticaalbufera.example.es"),
    "subject": "Candidatura responsable de personal",
    "date": "2026-09-21 08:47", "tz": "Europe/Berlin", "mua": "thunderbird", "charset": "utf-8", "cte": "quoted-printable",
    "text": """\
Estimados señores:

He visto en Empleamar su anuncio para el puesto de responsable de personal y me gustaría presentar mi candidatura.

Trabajo desde hace ocho años en atención al cliente de una naviera en Hamburgo y estoy completando mi paso al área de recursos humanos (formación de reclutador y certificado de formador). Tengo un nivel B1-B2 de español, que estoy mejorando con un curso intensivo, y mucha experiencia tratando con transportistas y personal de almacén.

Adjunto encontrarán mi currículum a través del portal. Quedo a su disposición para una entrevista, también por videollamada.

Atentamente,
Nikolai Brandt-Oyelaran
""",
})

add({
    "kind": "other", "scenario": "reclutador_contacto_en_frio_es", "lang": "es", "company": "",
    "contact": "alvaro.ibanez@talentomaritimo.example.es",
    "sender": ("Álvaro Ibáñez", "alvaro.ibanez@talentomaritimo.example.es"),
    "subject": "¿Te interesaría conocer una oportunidad?",
    "date": "2026-08-31 10:55", "tz": "Europe/Madrid", "mua": "outlook", "charset": "windows-1252", "cte": "quoted-printable",
    "text": """\
Hola Nikolai,

Espero que estés bien. Soy Álvaro, headhunter especializado en el sector marítimo-portuario. He visto tu perfil y tu interés por Valencia y Barcelona y creo que encajarías muy bien en algunos de los proyectos que llevamos.

Ahora mismo no tengo un proceso abierto que te pueda presentar, pero me gustaría conocerte en una llamada informal de 15 minutos para saber qué buscas y tenerte en el radar.

¿Te viene bien esta semana o la próxima?

Un saludo,

Álvaro Ibáñez
Socio director – Talento Marítimo
Moll de Barcelona, Edifici Nord – 08039 Barcelona
""",
})

# =========================================================================== French

add({
    "kind": "other", "scenario": "lettre_rh_anvers_refus", "lang": "fr", "company": "", "contact": "",
    "sender": ("La Lettre RH d'Anvers", "lettre@rh-anvers.example.be"),
    "subject": "Comment rebondir après un refus ? – La Lettre RH n°88",
    "date": "2026-04-09 07:30", "tz": "Europe/Brussels", "mua": "ses", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "headers": {"List-Id": "La Lettre RH <lettre.rh-anvers.example.be>",
             "List-Unsubscribe": "<https://rh-anvers.example.be/desinscription?u=9a1f>",
             "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"},
    "text": """\
Bonjour,

Au sommaire de ce numéro :

Comment rebondir après un refus ? « Nous sommes au regret de vous informer… » : trois recruteurs anversois expliquent comment transformer une réponse négative en prochaine opportunité. [Lire l'article](https://rh-anvers.example.be/articles/rebondir-apres-refus)

Entretien d'embauche en néerlandais : faut-il vraiment être bilingue pour travailler au port ? [Lire](https://rh-anvers.example.be/articles/bilinguisme-port)

Agenda : Salon de l'emploi portuaire, 23 avril, Antwerp Expo. [S'inscrire](https://rh-anvers.example.be/agenda/salon-emploi-portuaire)

Bonne lecture !
La rédaction
""",
    "html": {"style": "ats", "lang": "fr", "color": "#7b1e3a", "title": "La Lettre RH d'Anvers",
              "logo": "https://rh-anvers.example.be/img/lettre-rh-logo.png", "logo_alt": "La Lettre RH d'Anvers",
              "tracker": "https://rh-anvers.example.be/r/9a1f/?l=", "pixel": "https://rh-anvers.example.be/o/9a1f-88.gif",
              "footer": "Éditions Escaut Média SRL · Meir 24 · 2000 Antwerpen · BCE 0712.XXX.XXX",
              "unsubscribe": ("Se désinscrire", "https://rh-anvers.example.be/desinscription?u=9a1f")},
})

add({
    "kind": "other", "scenario": "absence_camille_auto", "lang": "fr", "company": "",
    "contact": "camille.verhaegen@talentsetports.example.be",
    "sender": ("Camille Verhaegen", "camille.verhaegen@talentsetports.example.be"),
    "subject": "Réponse automatique : Lacroix – désolé pour ce matin",
    "date": "2026-08-27 08:15", "tz": "Europe/Brussels", "irt": "<c3e9f0b8-lacroix-desole@example.dk>", "mua": "outlook",
    "charset": "windows-1252", "cte": "quoted-printable",
    "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    "text": """\
Bonjour,

Je suis absente du bureau jusqu'au lundi 31 août inclus, sans accès à mes e-mails.

Pour toute urgence, vous pouvez contacter ma collègue Sarah Janssens (sarah.janssens@talentsetports.example.be – +32 3 200 41 10).

Bien à vous,
Camille Verhaegen
Talents & Ports
""",
})

add({
    "kind": "other", "scenario": "alerte_emploi_anvers", "lang": "fr", "company": "", "contact": "",
    "sender": ("Alerte emploi - PortEmploi", "alertes@portemploi.example.be"),
    "subject": "Nouvelles offres : Chargé de recrutement - Anvers",
    "date": "2026-05-12 06:50", "tz": "Europe/Brussels", "mua": "ses", "structure": "alt", "charset": "iso-8859-1", "cte": "quoted-printable",
    "name_charset": "iso-8859-1", "subject_charset": "iso-8859-1",
    "headers": {"List-Unsubscribe": "<https://www.portemploi.example.be/alertes/desabonner?id=5521>"},
    "text": """\
Bonjour Nikolai,

3 nouvelles offres correspondent à votre alerte « Chargé de recrutement - Anvers » :

Chargé(e) de recrutement bilingue FR/NL - Agence portuaire - Anvers
https://www.portemploi.example.be/offre/40211

Talent Acquisition Officer (EN) - Terminal à conteneurs - Zwijndrecht
https://www.portemploi.example.be/offre/40219

Assistant(e) RH - Transport routier - Kapellen
https://www.portemploi.example.be/offre/40230

Modifier ou supprimer votre alerte : https://www.portemploi.example.be/alertes/5521
""",
    "html": {"style": "simple", "title": "Alerte emploi", "tracker": "https://clic.portemploi.example.be/?u="},
})

add({
    "kind": "other", "scenario": "journal_du_port_demande_entretien", "lang": "fr", "company": "",
    "contact": "j.lambert@journaldport.example.be",
    "sender": ("Julien Lambert", "j.lambert@journaldport.example.be"),
    "subject": "Demande d'entretien pour Le Journal du Port",
    "date": "2026-10-09 15:40", "tz": "Europe/Brussels", "mua": "apple", "charset": "utf-8", "cte": "8bit",
    "text": """\
Bonjour Monsieur Brandt-Oyelaran,

Je suis journaliste au Journal du Port, le mensuel francophone de la communauté portuaire anversoise. Camille Verhaegen de Talents & Ports m'a parlé de votre parcours, du service client d'une compagnie maritime aux ressources humaines.

Nous préparons un dossier sur les reconversions dans les métiers portuaires et j'aimerais beaucoup réaliser un entretien avec vous, par téléphone ou en visio, d'environ 30 minutes, d'ici la fin du mois.

Seriez-vous disponible ?

Cordialement,

Julien Lambert
Le Journal du Port – Rédaction
+32 3 290 18 44
""",
})
