"""Everything else of the hundredfourth corpus (kind "other"), written one by one (52 messages):
newsletters, alerts, banks, parcels, friends, out-of-office replies, cold outreach, the
candidate's own sent mail and other meanings of interview, position, application."""

from __future__ import annotations

from msgs104_common import CAND, CAND_ADDR, q

MESSAGES: list[dict] = []
add = MESSAGES.append

BULK = {"Precedence": "bulk"}

# X1 -- career newsletter about handling rejections, multipart/alternative, list headers
add({
    "n": "career_newsletter_absagen", "kind": "other", "lang": "de",
    "frm": ("karriere kompakt", "newsletter@karriere-kompakt.example.de"),
    "subj": "Absage nach dem Vorstellungsgespräch? 5 Dinge, die Sie jetzt tun sollten",
    "date": "2026-02-12 07:00 +0100", "struct": "alt", "cs": "utf-8", "cte": "quoted-printable",
    "hdr": {"List-Id": "karriere kompakt Wochenbrief <wochenbrief.karriere-kompakt.example.de>",
         "List-Unsubscribe": "<https://karriere-kompakt.example.de/nl/abmelden?id=88f1c>, <mailto:abmelden@karriere-kompakt.example.de?subject=88f1c>",
         "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", **BULK},
    "html": """<html><body style="margin:0;background:#f0efe9">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Georgia,serif;color:#222">
<tr><td style="padding:18px 28px;border-bottom:1px solid #ddd"><img src="https://karriere-kompakt.example.de/nl/logo.png" alt="karriere kompakt" height="30"> <span style="float:right;font-family:Arial;font-size:12px;color:#888">Wochenbrief Nr. 7/2026</span></td></tr>
<tr><td style="padding:24px 28px">
<h1 style="font-size:24px;margin:0 0 12px">Absage nach dem Vorstellungsgespräch? 5 Dinge, die Sie jetzt tun sollten</h1>
<p style="font-size:16px;line-height:1.6">„Leider müssen wir Ihnen mitteilen …“ – kaum ein Satz trifft Bewerberinnen und Bewerber so hart. Doch eine Absage ist selten ein Urteil über Ihre Person. Unsere Expertin Dr. Anja Roller erklärt, wie Sie Feedback einholen, warum Sie sich trotzdem bedanken sollten und wann sich eine erneute Bewerbung lohnt.</p>
<p><a href="https://click.karriere-kompakt.example.de/c/88f1c/absage-tipps?utm_source=newsletter&amp;utm_medium=email" style="background:#b3261e;color:#fff;padding:10px 18px;text-decoration:none;font-family:Arial">Weiterlesen</a></p>
<hr style="border:none;border-top:1px solid #eee">
<h2 style="font-size:18px">Außerdem in dieser Ausgabe</h2>
<ul style="font-size:15px;line-height:1.7">
<li><a href="https://click.karriere-kompakt.example.de/c/88f1c/gehalt-pm?utm_source=newsletter">Was verdienen Produktmanager im Maschinenbau?</a></li>
<li><a href="https://click.karriere-kompakt.example.de/c/88f1c/einladung-vorbereiten?utm_source=newsletter">Einladung zum Interview erhalten: So bereiten Sie sich in 48 Stunden vor</a></li>
<li><a href="https://click.karriere-kompakt.example.de/c/88f1c/quereinstieg?utm_source=newsletter">Vom Ingenieur zum Produktmanager: drei Erfahrungsberichte</a></li>
</ul>
</td></tr>
<tr><td style="padding:16px 28px;font-family:Arial;font-size:11px;color:#888;background:#fafafa">Sie erhalten diesen Newsletter, weil Sie sich auf karriere-kompakt.example.de angemeldet haben. <a href="https://karriere-kompakt.example.de/nl/abmelden?id=88f1c" style="color:#888">Abmelden</a> · <a href="https://karriere-kompakt.example.de/impressum" style="color:#888">Impressum</a><br>karriere kompakt Medien GmbH · Gerokstraße 4 · 70184 Stuttgart · Geschäftsführerin: Ulla Brecht</td></tr>
</table><img src="https://click.karriere-kompakt.example.de/o/88f1c.gif" width="1" height="1" alt=""></td></tr></table></body></html>""",
    "company": "", "contact": "",
})

# X2 -- job alert digest from the job board, many links
add({
    "n": "jobboard_alert_digest", "kind": "other", "lang": "de",
    "frm": ("Jobbrücke Jobagent", "jobagent@mail.jobbruecke.example.de"),
    "subj": "12 neue Jobs für „Produktmanager Maschinenbau“ in Stuttgart",
    "date": "2026-03-23 06:30 +0100", "struct": "html", "cs": "utf-8", "cte": "quoted-printable",
    "hdr": {"List-Id": "<jobagent.jobbruecke.example.de>",
         "List-Unsubscribe": "<https://www.jobbruecke.example.de/jobagent/loeschen?id=a71>", **BULK},
    "html": """<html><body style="margin:0;background:#eef1f5;font-family:Arial,sans-serif">
<table width="560" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="padding:20px;background:#14325c"><img src="https://www.jobbruecke.example.de/img/mail/logo-white.png" alt="Jobbrücke" height="28"></td></tr>
<tr><td style="padding:20px;font-size:15px">Hallo Benedikt, dein Jobagent hat <b>12 neue Stellen</b> gefunden:</td></tr>
<tr><td style="padding:0 20px">
<p><a href="https://www.jobbruecke.example.de/r/j/90011?src=alert" style="font-weight:bold;color:#14325c">Produktmanager Antriebstechnik (m/w/d)</a><br><span style="color:#666">Hallberg Antriebstechnik · Stuttgart · vor 1 Tag</span></p>
<p><a href="https://www.jobbruecke.example.de/r/j/90017?src=alert" style="font-weight:bold;color:#14325c">Senior Product Manager Robotik</a><br><span style="color:#666">Voltaris Robotics · München · vor 2 Tagen</span></p>
<p><a href="https://www.jobbruecke.example.de/r/j/90024?src=alert" style="font-weight:bold;color:#14325c">Technischer Produktmanager Hydraulik</a><br><span style="color:#666">Sennheim Hydraulik · Karlsruhe · Schnell bewerben</span></p>
<p><a href="https://www.jobbruecke.example.de/r/j/90031?src=alert" style="font-weight:bold;color:#14325c">Product Owner Industrie 4.0</a><br><span style="color:#666">flinkwerk · Stuttgart · Remote möglich</span></p>
<p><a href="https://www.jobbruecke.example.de/jobagent/a71?src=alert_more" style="color:#1a73e8">Alle 12 Jobs ansehen →</a></p>
</td></tr>
<tr><td style="padding:16px 20px;font-size:11px;color:#777;background:#f7f7f7">Du hast diesen Jobagent am 02.01.2026 angelegt. <a href="https://www.jobbruecke.example.de/jobagent/bearbeiten?id=a71">Jobagent bearbeiten</a> · <a href="https://www.jobbruecke.example.de/jobagent/loeschen?id=a71">Jobagent löschen</a><br>Jobbrücke GmbH, Rosenthaler Str. 40, 10178 Berlin</td></tr>
</table><img src="https://t.mail.jobbruecke.example.de/o/a71-0323.png" width="1" height="1" alt=""></body></html>""",
    "company": "", "contact": "",
})

# X3 -- savings bank: loan application received
add({
    "n": "bank_loan_application_received", "kind": "other", "lang": "de",
    "frm": ("Kreissparkasse Filder", "kundenservice@ksk-filder.example.de"),
    "subj": "Ihr Kreditantrag ist bei uns eingegangen",
    "date": "2026-01-19 10:44 +0100", "struct": "html", "cs": "iso-8859-1", "cte": "quoted-printable",
    "html": """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#000">
<table width="600" cellpadding="0" cellspacing="0"><tr><td style="background:#ff0000;height:6px"></td></tr>
<tr><td style="padding:16px 0"><img src="https://www.ksk-filder.example.de/img/logo.png" alt="Kreissparkasse Filder" height="40"></td></tr>
<tr><td>
<p>Sehr geehrter Herr Szymanski-Ortega,</p>
<p>vielen Dank für Ihren Antrag auf einen Privatkredit über 18.000 EUR. Ihr Antrag ist am 19.01.2026 bei uns eingegangen und wird derzeit geprüft.</p>
<p>Sobald die Prüfung abgeschlossen ist, erhalten Sie eine Nachricht in Ihr elektronisches Postfach im Online-Banking. Bitte reichen Sie bis dahin Ihre letzten drei Gehaltsabrechnungen über den sicheren Upload ein.</p>
<p>Mit freundlichen Grüßen<br>Ihre Kreissparkasse Filder</p>
</td></tr>
<tr><td style="font-size:10px;color:#666;padding-top:16px">Kreissparkasse Filder · Anstalt des öffentlichen Rechts · Bahnhofstraße 2 · 70771 Leinfelden-Echterdingen · Diese E-Mail wurde automatisch erstellt. Wir fragen niemals per E-Mail nach Ihren Zugangsdaten.</td></tr>
</table></body></html>""",
    "company": "", "contact": "",
})

# X4 -- online bank: instalment loan declined, letter as PDF
add({
    "n": "bank_loan_declined_pdf", "kind": "other", "lang": "de",
    "frm": ("Nordwerk Direktbank", "service@nordwerk-bank.example.de"),
    "subj": "Ihre Kreditanfrage Nr. 2026-118834",
    "date": "2026-01-26 15:20 +0100", "struct": "mixed", "cs": "utf-8", "cte": "quoted-printable",
    "body": """Guten Tag Herr Szymański-Ortega,

vielen Dank für Ihre Anfrage nach einem Ratenkredit.

Leider können wir Ihrem Antrag nach Prüfung Ihrer Unterlagen und der Auskunft bei der SCHUFA derzeit nicht entsprechen. Die Gründe unserer Entscheidung finden Sie im beigefügten Schreiben.

Diese Entscheidung betrifft nur diese Anfrage. Gerne können Sie zu einem späteren Zeitpunkt erneut einen Antrag stellen.

Freundliche Grüße
Ihr Kundenservice
Nordwerk Direktbank AG

Nordwerk Direktbank AG · Ballindamm 12 · 20095 Hamburg · Vorstand: Kai Petersen, Dr. Miriam Lutz · HRB 140 221 · Bitte antworten Sie nicht auf diese E-Mail.
""",
    "att": [("Kreditentscheidung_2026-118834.pdf", [
        "Nordwerk Direktbank AG",
        "Kreditanfrage Nr. 2026-118834 - Entscheidung",
        "Ihrem Antrag auf einen Ratenkredit koennen wir leider nicht entsprechen.",
    ])],
    "company": "", "contact": "",
})

# X5 -- Basel flat application refused by a person at the property manager
add({
    "n": "basel_flat_refused", "kind": "other", "lang": "de",
    "frm": ("Corinne Stähli", "c.staehli@immo-rheinblick.example.ch"),
    "subj": "Ihre Anmeldung für die 3.5-Zimmer-Wohnung Feldbergstrasse 41",
    "date": "2026-04-14 11:08 +0200", "cs": "windows-1252", "cte": "quoted-printable",
    "body": """Guten Tag Herr Szymanski

Besten Dank für Ihre Anmeldung für die 3.5-Zimmer-Wohnung an der Feldbergstrasse 41, 4057 Basel, und Ihr Interesse an dieser Liegenschaft.

Wir haben sehr viele Bewerbungen erhalten. Leider müssen wir Ihnen mitteilen, dass sich die Vermieterschaft für andere Mietinteressenten entschieden hat. Ihre Unterlagen (Betreibungsregisterauszug, Lohnausweis) werden wir vernichten.

Wir wünschen Ihnen bei der Wohnungssuche viel Erfolg.

Freundliche Grüsse

Corinne Stähli
Bewirtschaftung
Immo Rheinblick AG
Clarastrasse 12, 4058 Basel
""",
    "company": "", "contact": "c.staehli@immo-rheinblick.example.ch",
})

# X6 -- parcel delayed
add({
    "n": "parcel_delayed_de", "kind": "other", "lang": "de",
    "frm": ("Paketblitz", "noreply@paketblitz.example.de"),
    "subj": "Leider verzögert sich Ihre Sendung",
    "date": "2026-02-03 17:14 +0100", "struct": "html", "cs": "utf-8", "cte": "quoted-printable",
    "html": """<html><body style="font-family:Arial,sans-serif;background:#ffffff">
<table width="600" align="center"><tr><td style="background:#ffcc00;padding:16px"><img src="https://www.paketblitz.example.de/mail/logo.png" alt="Paketblitz" height="32"></td></tr>
<tr><td style="padding:20px;font-size:15px">
<p>Hallo,</p>
<p>leider verzögert sich die Zustellung Ihrer Sendung <b>00340434161094042557</b> von <b>Technikhaus Online</b>. Aufgrund der Witterungsbedingungen konnte das Paket heute nicht wie geplant zugestellt werden.</p>
<p><b>Neue voraussichtliche Zustellung:</b> Donnerstag, 05.02.2026, 10:00 – 14:00 Uhr</p>
<p><a href="https://www.paketblitz.example.de/sendungsverfolgung?nr=00340434161094042557&amp;utm_source=mail" style="background:#d40511;color:#fff;padding:10px 16px;text-decoration:none">Sendung verfolgen</a></p>
<p>Wir bitten um Ihr Verständnis.</p>
</td></tr>
<tr><td style="font-size:11px;color:#888;padding:12px 20px">Paketblitz GmbH · Postfach 1234 · 53105 Bonn · Diese E-Mail wurde automatisch versendet. <a href="https://www.paketblitz.example.de/benachrichtigungen">Benachrichtigungen verwalten</a></td></tr></table>
<img src="https://www.paketblitz.example.de/px/o.gif?s=0034" width="1" height="1" alt=""></body></html>""",
    "company": "", "contact": "",
})

# X7 -- map app: your position is being shared
add({
    "n": "map_app_position_shared", "kind": "other", "lang": "de",
    "frm": ("Wegweiser Karten", "no-reply@wegweiser-karten.example.com"),
    "subj": "Deine Position wird mit Lena geteilt",
    "date": "2026-05-16 09:02 +0200", "struct": "alt", "cs": "utf-8", "cte": "quoted-printable",
    "html": """<div style="font-family:Roboto,Arial,sans-serif;font-size:14px;color:#202124;max-width:480px">
<p><img src="https://wegweiser-karten.example.com/mail/icon.png" alt="Wegweiser" width="40"></p>
<p>Du teilst jetzt deine Echtzeit-Position mit <b>Lena Szymańska</b> für 1 Stunde.</p>
<p>Lena kann sehen, wo du bist, wie voll dein Akku ist und wann du ankommst.</p>
<p><a href="https://wegweiser-karten.example.com/sharing/manage?utm_source=email">Teilen beenden</a></p>
<p style="font-size:11px;color:#777">Du erhältst diese E-Mail, weil du die Standortfreigabe aktiviert hast. Wegweiser Karten · Datenschutz · <a href="https://wegweiser-karten.example.com/settings/email">E-Mail-Einstellungen</a></p>
</div>""",
    "company": "", "contact": "",
})

# X8 -- city hall appointment queue: your position
add({
    "n": "buergerbuero_queue_position", "kind": "other", "lang": "de",
    "frm": ("Bürgerbüro Stuttgart-Mitte", "termin-noreply@buergerbuero.stuttgart.example.de"),
    "subj": "Ihre Position in der Warteliste: 14",
    "date": "2026-01-08 08:31 +0100", "cs": "iso-8859-1", "cte": "8bit",
    "body": """Guten Tag,

Sie haben sich online für die Warteliste des Bürgerbüros Stuttgart-Mitte (Anliegen: Reisepass beantragen) eingetragen.

Ihre aktuelle Position: 14
Geschätzte Wartezeit: ca. 45 Minuten
Ihre Wartenummer: B-2214

Bitte finden Sie sich spätestens 10 Minuten vor Aufruf im Wartebereich im Erdgeschoss ein. Wird Ihre Nummer dreimal aufgerufen und Sie sind nicht anwesend, verfällt Ihr Platz.

Diese Nachricht wurde automatisch erzeugt. Antworten an diese Adresse können nicht bearbeitet werden.

Landeshauptstadt Stuttgart - Bürgerbüro Mitte
""",
    "company": "", "contact": "",
})

# X9 -- friend tells about his own rejection, du
add({
    "n": "friend_own_rejection", "kind": "other", "lang": "de",
    "frm": ("Jonas Keller", "jonas.keller@posteo.example.de"),
    "subj": "na toll",
    "date": "2026-03-11 22:40 +0100", "cs": "utf-8", "cte": "8bit",
    "body": """Hey Bene,

kurzes Update von mir: Hab heute die Absage von dem Laden in Ludwigsburg bekommen. Nach DREI Runden und einer Case Study. Standardmail, "wir haben uns für einen Kandidaten entschieden, dessen Profil besser passt". Ich könnt echt ausrasten.

Wie läuft's bei dir? Du hattest doch diese Woche auch ein Gespräch in Esslingen oder? Lass mal am Wochenende ein Bier trinken gehen, ich brauch das.

Jonas
""",
    "company": "", "contact": "jonas.keller@posteo.example.de",
})

# X10 -- friend asks for tips before her own interview
add({
    "n": "friend_own_interview_tomorrow", "kind": "other", "lang": "de",
    "frm": ("Miriam Hartl", "miri.hartl@gmx.example.at"),
    "subj": "Vorstellungsgespräch morgen – Hilfe!",
    "date": "2026-04-22 20:13 +0200", "cs": "utf-8", "cte": "quoted-printable",
    "body": """Servus Benedikt!

Du bist ja gerade Profi im Bewerben 😅 Ich hab morgen um 9 mein Vorstellungsgespräch bei der Voest in Linz (Einkauf, nicht Technik, keine Sorge). Die wollen, dass ich „meine größte Schwäche“ nenne. Was sagt man da bitte??

Und ziehst du Anzug an oder reicht Sakko? Bei euch Ingenieuren ist das ja eh locker.

Danke dir, melde mich nachher wie's war!
Miri
""",
    "company": "", "contact": "miri.hartl@gmx.example.at",
})

# X11 -- the candidate's own status enquiry (sent mail)
add({
    "n": "own_sent_status_enquiry", "kind": "other", "lang": "de",
    "frm": CAND, "to": ("Prof. Dr.-Ing. Matthias Eberl", "matthias.eberl@hs-isartal.example.de"),
    "subj": "Bewerbung Projektmanager Transferzentrum Antriebstechnik",
    "date": "2026-05-19 09:41 +0200", "cs": "utf-8", "cte": "quoted-printable",
    "mid": "<CAB7f2QkTz8@mail.example.de>",
    "hdr": {"User-Agent": "Mozilla Thunderbird 128.6"},
    "body": """Sehr geehrter Herr Professor Eberl,

im April habe ich mich auf die Stelle als Projektmanager im Transferzentrum beworben. Da ich bisher nichts gehört habe, wollte ich nachfragen, ob die Stelle noch offen ist – falls Sie sich bereits anders entschieden haben, wäre ich auch für eine kurze Absage dankbar.

Mit freundlichen Grüßen
Benedikt Szymański-Ortega
Dipl.-Ing. Maschinenbau
Stuttgart · +49 176 2218 4410
""",
    "company": "", "contact": "",
})

# X12 -- the candidate's own thank-you after an interview (sent mail)
add({
    "n": "own_sent_thank_you", "kind": "other", "lang": "de",
    "frm": CAND, "to": ("Thomas Maier", "t.maier@wissler-wzm.example.de"),
    "subj": "Vielen Dank für das Gespräch",
    "date": "2026-03-11 08:12 +0100", "cs": "utf-8", "cte": "quoted-printable",
    "mid": "<CAB7f2Qk1pZq0sV9@mail.example.de>",
    "irt": "<8c21aa04-ff10@wissler-wzm.example.de>",
    "body": """Sehr geehrter Herr Maier,

vielen Dank für das offene Gespräch am Montag und die Führung durch die Montage. Die Stelle als Produktmanager Schleifmaschinen reizt mich nach unserem Termin noch mehr als vorher – besonders die Idee, das Servicegeschäft für Bestandsmaschinen als eigenes Produkt aufzubauen.

Ich freue mich auf Ihre Rückmeldung.

Viele Grüße
Benedikt Szymański-Ortega
""",
    "company": "", "contact": "",
})

# X13 -- out-of-office of the Personalberater
add({
    "n": "ooo_personalberater", "kind": "other", "lang": "de",
    "frm": ("Dr. Frank Hohenstein", "f.hohenstein@hohenstein-pb.example.de"),
    "subj": "Automatische Antwort: Zweitgespräch Auer & Söhne",
    "date": "2026-05-08 07:15 +0200", "cs": "utf-8", "cte": "quoted-printable",
    "irt": "<CAB7f2QkAu5@mail.example.de>",
    "hdr": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    "body": """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 15. Mai auf der Messe in Düsseldorf und lese E-Mails nur unregelmäßig. In dringenden Fällen wenden Sie sich bitte an Frau Sonja Lutz, sonja.lutz@hohenstein-pb.example.de, Tel. +49 711 2205 8800.

Mit freundlichen Grüßen
Frank Hohenstein
""",
    "company": "", "contact": "f.hohenstein@hohenstein-pb.example.de",
})

# X14 -- out-of-office of the utility's HR clerk
add({
    "n": "ooo_utility_clerk", "kind": "other", "lang": "de",
    "frm": ("Bauknecht, Petra", "petra.bauknecht@stadtwerke-donautal.example.de"),
    "subj": "Abwesenheitsnotiz: Rückfrage Auswahlverfahren 07/2026",
    "date": "2026-04-23 09:02 +0200", "cs": "iso-8859-1", "cte": "quoted-printable",
    "hdr": {"Auto-Submitted": "auto-replied"},
    "body": """Ich bin bis zum 04.05.2026 nicht im Haus. Ihre E-Mail wird nicht weitergeleitet.

Bei Fragen zu laufenden Bewerbungsverfahren wenden Sie sich bitte an personalgewinnung@stadtwerke-donautal.example.de.

Petra Bauknecht
Stadtwerke Donautal - Personalgewinnung
""",
    "company": "", "contact": "petra.bauknecht@stadtwerke-donautal.example.de",
})

# X15 -- headhunter cold outreach, no interview yet
add({
    "n": "headhunter_cold_outreach", "kind": "other", "lang": "de",
    "frm": ("Tobias Wenzel", "tobias.wenzel@wenzel-search.example.de"),
    "subj": "Vertraulich: Produktmanagement Werkzeugmaschinen, Raum Stuttgart",
    "date": "2026-06-30 13:51 +0200", "cs": "utf-8", "cte": "quoted-printable",
    "body": """Sehr geehrter Herr Szymański-Ortega,

ich bin über Ihr Profil auf einem Karrierenetzwerk auf Sie aufmerksam geworden und möchte Ihnen vertraulich eine Position vorstellen.

Mein Auftraggeber, ein inhabergeführter Hersteller von Werkzeugmaschinen mit rund 900 Mitarbeitenden im Großraum Stuttgart, sucht einen Produktmanager für eine neue Baureihe von Bearbeitungszentren. Ihr Hintergrund aus der Konstruktion wäre dort ausdrücklich gewünscht.

Hätten Sie Interesse an einem unverbindlichen, vertraulichen Telefonat von 15–20 Minuten? Nennen Sie mir gern zwei, drei Zeitfenster.

Mit besten Grüßen
Tobias Wenzel

Wenzel Search | Personalberatung für Technik
Calwer Straße 11 · 70173 Stuttgart
+49 711 3007 1190
""",
    "company": "", "contact": "tobias.wenzel@wenzel-search.example.de",
})

# X16 -- staffing agency mass mail, plain text, list headers
add({
    "n": "agency_mass_mail_jobs", "kind": "other", "lang": "de",
    "frm": ("TopTalent Jobs", "jobs@news.toptalent-eng.example.de"),
    "subj": "!!! 5 HEISSE JOBS FÜR INGENIEURE – JETZT BEWERBEN !!!",
    "date": "2026-04-01 10:00 +0200", "cs": "windows-1252", "cte": "quoted-printable",
    "hdr": {"List-Unsubscribe": "<https://www.toptalent-eng.example.de/newsletter/abmelden?e=b.szymanski>", **BULK},
    "body": """Hallo Benedikt,

unsere TOP-JOBS der Woche – nur für Sie!!!

>>> Projektingenieur Sondermaschinenbau (m/w/d) – Böblingen – bis 75.000 EUR
>>> Produktmanager Fördertechnik (m/w/d) – Esslingen – SOFORT
>>> Vertriebsingenieur Automotive (m/w/d) – Heilbronn
>>> Konstrukteur Hydraulik (m/w/d) – Pforzheim
>>> Teamleiter Prüfstand (m/w/d) – Weissach

Jetzt mit einem Klick bewerben: https://www.toptalent-eng.example.de/jobs?utm_source=mailing&utm_campaign=kw14

Kennen Sie jemanden, der passt? Für jede erfolgreiche Empfehlung gibt es 500 EUR Prämie!!!

Ihr TopTalent-Team
TopTalent Engineering Solutions GmbH · Heilbronner Str. 150 · 70191 Stuttgart

Sie möchten keine Jobangebote mehr erhalten? Abmelden: https://www.toptalent-eng.example.de/newsletter/abmelden?e=b.szymanski
""",
    "company": "", "contact": "",
})

# X17 -- local newspaper asks him for an interview about career changers
add({
    "n": "press_interview_request", "kind": "other", "lang": "de",
    "frm": ("Svenja Holzapfel", "s.holzapfel@stuttgarter-morgenpost.example.de"),
    "subj": "Anfrage: Interview für unsere Serie „Neustart mit 40“",
    "date": "2026-07-07 11:26 +0200", "cs": "utf-8", "cte": "quoted-printable",
    "body": """Lieber Herr Szymański-Ortega,

Ihr Beitrag beim VDI-Bezirksverein über den Wechsel von der Konstruktion ins Produktmanagement ist mir im Gedächtnis geblieben. Für unsere Wochenendserie „Neustart mit 40“ suchen wir Menschen aus der Region, die beruflich umsatteln.

Hätten Sie Lust auf ein Interview von etwa einer Stunde, gerne bei einem Kaffee in der Redaktion oder telefonisch? Dazu bräuchten wir ein Foto, das unsere Fotografin machen würde. Erscheinen würde der Artikel voraussichtlich Ende August.

Ich würde mich sehr freuen!

Herzliche Grüße
Svenja Holzapfel
Redakteurin Wirtschaft
Stuttgarter Morgenpost
Tel. 0711 7205-3318
""",
    "company": "", "contact": "s.holzapfel@stuttgarter-morgenpost.example.de",
})

# X18 -- podcast recording invitation with text/calendar REQUEST
add({
    "n": "podcast_recording_ics", "kind": "other", "lang": "de",
    "frm": ("Kai Brünnler", "kai@maschinenraum-podcast.example.de"),
    "subj": "Einladung: Aufnahme Maschinenraum-Podcast – Folge 58",
    "date": "2026-08-03 16:34 +0200", "struct": "alt", "cs": "utf-8", "cte": "quoted-printable",
    "body": """Hi Benedikt,

danke nochmal, dass du zugesagt hast! Hier die Einladung für unsere Aufnahme. Das Interview dauert ca. 60 Minuten, wir sprechen über deinen Weg vom Getriebekonstrukteur zum Produktmenschen und was Maschinenbauer von Software-Produktmanagement lernen können.

Wir nehmen über Riverside auf; bitte nutz Kopfhörer und wenn möglich ein externes Mikro. Den Link findest du im Termin.

Bis dann!
Kai

Maschinenraum – der Podcast für Leute, die Maschinen bauen
maschinenraum-podcast.example.de
""",
    "html": """<div style="font-family:Arial,sans-serif;font-size:14px">
<p>Hi Benedikt,</p>
<p>danke nochmal, dass du zugesagt hast! Hier die Einladung für unsere Aufnahme. Das Interview dauert ca. 60 Minuten, wir sprechen über deinen Weg vom Getriebekonstrukteur zum Produktmenschen und was Maschinenbauer von Software-Produktmanagement lernen können.</p>
<p>Wir nehmen über Riverside auf; bitte nutz Kopfhörer und wenn möglich ein externes Mikro. Den Link findest du im Termin.</p>
<p>Bis dann!<br>Kai</p>
<p style="color:#777">Maschinenraum – der Podcast für Leute, die Maschinen bauen<br><a href="https://maschinenraum-podcast.example.de">maschinenraum-podcast.example.de</a></p>
</div>""",
    "ics": {"method": "REQUEST", "uid": "mr-podcast-folge58-20260812@maschinenraum-podcast.example.de",
             "seq": 0, "stamp": "20260803T143400Z", "tz": "Europe/Berlin",
             "start": "20260812T180000", "end": "20260812T190000",
             "summary": "Aufnahme Maschinenraum-Podcast Folge 58 (Interview Benedikt)",
             "location": "https://riverside.example.fm/studio/maschinenraum",
             "org": ("Kai Brünnler", "kai@maschinenraum-podcast.example.de"),
             "prodid": "-//Google Inc//Google Calendar 70.9054//EN"},
    "company": "", "contact": "kai@maschinenraum-podcast.example.de",
})

# X19 -- user-research interview for the job board's app
add({
    "n": "user_research_interview", "kind": "other", "lang": "de",
    "frm": ("Nele Brandt", "nele.brandt@jobbruecke.example.de"),
    "subj": "30 Minuten für ein Nutzerinterview? (25 € Gutschein)",
    "date": "2026-06-17 14:02 +0200", "struct": "alt", "cs": "utf-8", "cte": "quoted-printable",
    "html": """<div style="font-family:Arial,sans-serif;font-size:15px;color:#222;max-width:540px">
<p>Hallo Benedikt,</p>
<p>ich bin Nele und arbeite im UX-Research-Team von Jobbrücke. Du nutzt unsere App seit ein paar Monaten sehr aktiv – deshalb würde ich dich gerne zu einem <b>30-minütigen Nutzerinterview</b> per Video einladen.</p>
<p>Es geht um unsere neue Funktion „Bewerbungsstatus“: Was hilft dir, was nervt? Es gibt keine richtigen oder falschen Antworten. Als Dankeschön bekommst du einen 25-€-Gutschein.</p>
<p><a href="https://research.jobbruecke.example.de/book/nele?utm_source=mail">Termin auswählen</a> – oder antworte einfach auf diese Mail.</p>
<p>Danke dir!<br>Nele Brandt<br>UX Research · Jobbrücke</p>
</div>""",
    "company": "", "contact": "nele.brandt@jobbruecke.example.de",
})

# X20 -- professional network: who viewed your profile
add({
    "n": "network_profile_views", "kind": "other", "lang": "de",
    "frm": ("Berufsnetz", "benachrichtigungen@berufsnetz.example.com"),
    "subj": "Benedikt, 9 Personen haben diese Woche Ihr Profil besucht",
    "date": "2026-02-09 08:15 +0100", "struct": "html", "cs": "utf-8", "cte": "base64",
    "hdr": {"List-Unsubscribe": "<https://www.berufsnetz.example.com/settings/notifications/unsub?t=ff31>", **BULK},
    "html": """<html><body style="font-family:Helvetica,Arial,sans-serif;background:#f3f2ef">
<table width="520" align="center" style="background:#fff"><tr><td style="padding:20px">
<img src="https://static.berufsnetz.example.com/mail/logo.png" alt="Berufsnetz" height="24">
<h2 style="font-size:18px">9 Personen haben Ihr Profil besucht</h2>
<p>Darunter Recruiter von <b>Brenner Automotive Systems</b> und <b>Voltaris Robotics</b>, sowie 3 Personen aus dem Bereich Personalberatung.</p>
<p><a href="https://www.berufsnetz.example.com/me/profile-views?trk=eml-wvmp" style="background:#0a66c2;color:#fff;padding:8px 16px;border-radius:16px;text-decoration:none">Alle Besucher ansehen</a></p>
<p style="font-size:12px;color:#666">Tipp: Mit Premium sehen Sie alle Besucher der letzten 90 Tage und erscheinen bei Recruitern weiter oben.</p>
<p style="font-size:11px;color:#999">Diese E-Mail ging an Benedikt Szymański-Ortega. <a href="https://www.berufsnetz.example.com/settings/notifications/unsub?t=ff31" style="color:#999">Abbestellen</a> · Berufsnetz Ireland Unlimited Company, Dublin</p>
</td></tr></table>
<img src="https://www.berufsnetz.example.com/emimp/ff31.gif" width="1" height="1" alt=""></body></html>""",
    "company": "", "contact": "",
})

# X21 -- engineers' association webinar
add({
    "n": "association_webinar", "kind": "other", "lang": "de",
    "frm": ("Verband Deutscher Ingenieurinnen und Ingenieure BV Württemberg", "veranstaltungen@vdii-wuerttemberg.example.de"),
    "subj": "Webinar am 21.05.: Vom Ingenieur zum Produktmanager – Chancen und Stolpersteine",
    "date": "2026-05-05 12:00 +0200", "struct": "alt", "cs": "utf-8", "cte": "quoted-printable",
    "hdr": {"List-Id": "Veranstaltungen BV Wuerttemberg <veranstaltungen.vdii-wuerttemberg.example.de>",
         "List-Unsubscribe": "<https://vdii-wuerttemberg.example.de/newsletter/unsubscribe?m=3310>"},
    "html": """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1d1d1b">
<table width="600" align="center"><tr><td style="border-bottom:3px solid #00549f;padding:12px 0"><img src="https://vdii-wuerttemberg.example.de/img/logo.png" alt="VDII Bezirksverein Württemberg"></td></tr>
<tr><td style="padding:16px 0">
<p>Liebe Mitglieder,</p>
<p>der Arbeitskreis „Junge Ingenieure“ lädt herzlich zum Webinar <b>„Vom Ingenieur zum Produktmanager – Chancen und Stolpersteine“</b> ein.</p>
<p><b>Wann:</b> Donnerstag, 21. Mai 2026, 18:00–19:30 Uhr<br><b>Wo:</b> online (Zoom)<br><b>Referentin:</b> Dipl.-Ing. Katrin Maurer, Head of Product Management</p>
<p>Themen: Welche Kompetenzen fehlen Ingenieuren typischerweise? Wie überzeugt man im Vorstellungsgespräch ohne PM-Erfahrung? Was tun nach einer Absage?</p>
<p><a href="https://vdii-wuerttemberg.example.de/events/2026-05-21/anmeldung?utm_source=newsletter">Jetzt kostenlos anmelden</a></p>
</td></tr>
<tr><td style="font-size:11px;color:#777;border-top:1px solid #ccc;padding-top:8px">VDII Bezirksverein Württemberg e.V. · Hauptstätter Str. 2 · 70173 Stuttgart · <a href="https://vdii-wuerttemberg.example.de/newsletter/unsubscribe?m=3310">Newsletter abbestellen</a></td></tr></table>
</body></html>""",
    "company": "", "contact": "",
})

# X22 -- regional newspaper job market alert, multipart/alternative
add({
    "n": "newspaper_job_market_alert", "kind": "other", "lang": "de",
    "frm": ("Stellenmarkt Baden", "stellenalarm@stellenmarkt-baden.example.de"),
    "subj": "Neue Stellenangebote: Produktmanagement, Karlsruhe +30 km",
    "date": "2026-06-22 05:45 +0200", "struct": "alt", "cs": "windows-1252", "cte": "quoted-printable",
    "hdr": {"List-Unsubscribe": "<https://www.stellenmarkt-baden.example.de/alarm/stop?k=7719>", **BULK},
    "html": """<html><body style="font-family:Verdana,sans-serif;font-size:12px">
<table width="600"><tr><td><img src="https://www.stellenmarkt-baden.example.de/img/logo.gif" alt="Stellenmarkt Baden"></td></tr>
<tr><td>
<p>Guten Morgen,</p>
<p>passend zu Ihrem Suchauftrag „Produktmanagement, Karlsruhe +30 km“ gibt es 4 neue Angebote. Sie haben sich auf diese Stellen noch nicht beworben:</p>
<ol>
<li><a href="https://www.stellenmarkt-baden.example.de/a/551201?src=alarm">Produktmanager Kältetechnik (m/w/d)</a> – Karlsruhe-Neureut</li>
<li><a href="https://www.stellenmarkt-baden.example.de/a/551244?src=alarm">Product Owner Messtechnik (m/w/d)</a> – Karlsruhe</li>
<li><a href="https://www.stellenmarkt-baden.example.de/a/551260?src=alarm">Technischer Produktmanager Kunststofftechnik</a> – Bretten</li>
<li><a href="https://www.stellenmarkt-baden.example.de/a/551302?src=alarm">Produktverantwortlicher Antriebe</a> – Bruchsal</li>
</ol>
<p>Viel Erfolg bei Ihrer Bewerbung wünscht Ihr Stellenmarkt Baden.</p>
</td></tr>
<tr><td style="font-size:10px;color:#888">Suchauftrag <a href="https://www.stellenmarkt-baden.example.de/alarm/stop?k=7719">beenden</a> · Badische Verlagsgesellschaft mbH · Linkenheimer Landstraße 133 · 76149 Karlsruhe</td></tr></table>
</body></html>""",
    "company": "", "contact": "",
})

# X23 -- career coach newsletter about missed interviews
add({
    "n": "coach_newsletter_missed_interview", "kind": "other", "lang": "de",
    "frm": ("Anja Roller | Karriere-Coaching", "post@anjaroller-coaching.example.de"),
    "subj": "Vorstellungsgespräch verpasst? So reagieren Sie richtig",
    "date": "2026-07-14 06:45 +0200", "struct": "alt", "cs": "utf-8", "cte": "quoted-printable",
    "hdr": {"List-Unsubscribe": "<https://anjaroller-coaching.example.de/?mailpoet_page=unsubscribe&k=91c0>",
         "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", **BULK},
    "html": """<div style="font-family:Georgia,serif;font-size:16px;line-height:1.6;color:#333;max-width:560px">
<p><img src="https://anjaroller-coaching.example.de/wp-content/uploads/logo-mail.png" alt="Anja Roller Karriere-Coaching" width="200"></p>
<p>Liebe Leserin, lieber Leser,</p>
<p>„Wir haben heute um 10 Uhr auf Sie gewartet …“ – diese Mail möchte niemand bekommen. Und doch passiert es: ein Zug fällt aus, eine Zeitzone wird verwechselt, ein Kalendereintrag verschwindet.</p>
<p>In meinem neuen Blogartikel zeige ich Ihnen, wie Sie innerhalb der ersten Stunde reagieren, wie Sie sich entschuldigen, ohne sich kleinzumachen, und warum ein verpasstes Interview nicht das Ende sein muss.</p>
<p><a href="https://anjaroller-coaching.example.de/blog/interview-verpasst/?utm_source=mailpoet&amp;utm_medium=email">Zum Artikel</a></p>
<p>Herzlich<br>Ihre Anja Roller</p>
<p style="font-size:11px;color:#999">Sie haben sich für meinen Newsletter eingetragen. <a href="https://anjaroller-coaching.example.de/?mailpoet_page=unsubscribe&amp;k=91c0">Abmelden</a> · Anja Roller Karriere-Coaching · Olgastraße 77 · 70182 Stuttgart</p>
<img src="https://anjaroller-coaching.example.de/?mailpoet_router&amp;endpoint=track&amp;action=open&amp;k=91c0" width="1" height="1" alt=""></div>""",
    "company": "", "contact": "",
})

# X24 -- Workday candidate account: please verify your email
add({
    "n": "workday_verify_account", "kind": "other", "lang": "de",
    "frm": ("Hallberg Antriebstechnik", "hallberg@myworkday.com"),
    "subj": "Bestätigen Sie Ihr Kandidatenkonto",
    "date": "2026-01-22 17:51 +0100", "struct": "html", "cs": "utf-8", "cte": "quoted-printable",
    "html": """<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">
<table width="600" cellpadding="0" cellspacing="0" style="border-top:4px solid #00457c"><tr><td style="padding:24px">
<p>Hallo,</p>
<p>Sie haben ein Kandidatenkonto auf der Karriereseite von Hallberg erstellt. Bitte bestätigen Sie Ihre E-Mail-Adresse, um Ihr Konto zu aktivieren:</p>
<p><a href="https://hallberg.wd3.myworkdayjobs.com/de-DE/Hallberg_Careers/activate/7a1e0c4b9f" style="background:#00457c;color:#fff;padding:10px 18px;text-decoration:none">Konto bestätigen</a></p>
<p>Der Link ist 24 Stunden gültig. Wenn Sie kein Konto erstellt haben, können Sie diese E-Mail ignorieren.</p>
<p style="font-size:11px;color:#888">Diese Nachricht wurde automatisch versendet.</p>
</td></tr></table></body></html>""",
    "company": "", "contact": "",
})

# X25 -- SuccessFactors password reset
add({
    "n": "successfactors_password_reset", "kind": "other", "lang": "de",
    "frm": ("Brenner Automotive Systems Karriere", "noreply@successfactors.eu"),
    "subj": "Zurücksetzen Ihres Passworts",
    "date": "2026-04-17 22:48 +0200", "cs": "utf-8", "cte": "base64",
    "body": """Sehr geehrte Kandidatin, sehr geehrter Kandidat,

wir haben eine Anfrage zum Zurücksetzen des Passworts für Ihr Kandidatenprofil erhalten.

Um ein neues Passwort festzulegen, klicken Sie bitte auf folgenden Link:
https://career5.successfactors.eu/career?company=brennerASP&career_ns=password_reset&token=Zt81kQpe0

Sollten Sie diese Anfrage nicht gestellt haben, ignorieren Sie diese E-Mail bitte. Ihr Passwort bleibt dann unverändert.

Brenner Automotive Systems SE
Dies ist eine automatisch generierte E-Mail.
""",
    "company": "", "contact": "",
})

# X26 -- continuing-education course registration confirmed by an adviser
add({
    "n": "course_registration_confirmed", "kind": "other", "lang": "de",
    "frm": ("Sabine Roth", "sabine.roth@ihk-akademie-stuttgart.example.de"),
    "subj": "Anmeldebestätigung Zertifikatslehrgang Produktmanager/in (IHK)",
    "date": "2026-02-02 14:37 +0100", "cs": "windows-1252", "cte": "8bit", "to": ("Benedikt Szymanski-Ortega", CAND_ADDR),
    "body": """Sehr geehrter Herr Szymanski-Ortega,

vielen Dank für Ihre Anmeldung zum Zertifikatslehrgang „Produktmanager/in (IHK)“. Ihre Anmeldung ist eingegangen, und ich freue mich, Ihnen einen Platz im Kurs 26-PM-03 bestätigen zu können.

Kursbeginn: Freitag, 6. März 2026, 14:00 Uhr
Ort: IHK-Akademie, Jägerstraße 30, 70174 Stuttgart
Umfang: 8 Module (freitags/samstags), Abschlusspräsentation im Juni

Die Rechnung erhalten Sie separat. Bei Fragen zur Förderung über die Weiterbildungsprämie melden Sie sich gerne bei mir.

Mit freundlichen Grüßen
Sabine Roth
Weiterbildungsberatung
IHK-Akademie Region Stuttgart
""",
    "company": "", "contact": "sabine.roth@ihk-akademie-stuttgart.example.de",
})

# X27 -- candidate-experience survey after a process
add({
    "n": "candidate_experience_survey", "kind": "other", "lang": "de",
    "frm": ("Hallberg Antriebstechnik Feedback", "survey@feedback-mail.example.com"),
    "subj": "Wie war Ihr Bewerbungsprozess bei Hallberg? (2 Minuten)",
    "date": "2026-02-18 10:00 +0100", "struct": "html", "cs": "utf-8", "cte": "quoted-printable",
    "hdr": {"List-Unsubscribe": "<https://feedback-mail.example.com/optout?s=hb-5521>"},
    "html": """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<table width="560" align="center"><tr><td style="padding:20px">
<img src="https://hallberg.wd3.myworkdayjobs.com/static/logo_hallberg.png" alt="Hallberg Antriebstechnik" width="160">
<p>Guten Tag,</p>
<p>Sie haben sich kürzlich bei Hallberg beworben. Unabhängig vom Ergebnis interessiert uns Ihre Meinung: Wie zufrieden waren Sie mit unserem Bewerbungsprozess?</p>
<p style="text-align:center">
<a href="https://feedback-mail.example.com/s/hb-5521?score=1">1</a> &nbsp; <a href="https://feedback-mail.example.com/s/hb-5521?score=2">2</a> &nbsp; <a href="https://feedback-mail.example.com/s/hb-5521?score=3">3</a> &nbsp; <a href="https://feedback-mail.example.com/s/hb-5521?score=4">4</a> &nbsp; <a href="https://feedback-mail.example.com/s/hb-5521?score=5">5</a></p>
<p>Die Umfrage ist anonym und dauert etwa zwei Minuten.</p>
<p style="font-size:11px;color:#888">Diese Umfrage wird im Auftrag von Hallberg durchgeführt. <a href="https://feedback-mail.example.com/optout?s=hb-5521">Keine Umfragen mehr erhalten</a></p>
</td></tr></table><img src="https://feedback-mail.example.com/o/hb-5521.gif" width="1" height="1" alt=""></body></html>""",
    "company": "", "contact": "",
})

# X28 -- consultant asks about salary expectations (job mail, but none of the kinds)
add({
    "n": "consultant_salary_question", "kind": "other", "lang": "de",
    "frm": ("Clara Mertens", "c.mertens@mertens-executive.example.de"),
    "subj": "Kurze Rückfrage vor dem Termin am Montag",
    "date": "2026-06-11 18:40 +0200", "cs": "utf-8", "cte": "quoted-printable",
    "body": """Hallo Herr Szymański-Ortega,

eine kurze Frage zur Vorbereitung: Herr Gebhardt wird sicher nach Ihrer Gehaltsvorstellung und Ihrer Kündigungsfrist fragen. Können Sie mir beides bis Freitag kurz durchgeben? Dann kann ich im Vorfeld die Erwartungen abgleichen und wir vermeiden Überraschungen im Gespräch.

Außerdem wäre ein aktuelles Arbeitszeugnis hilfreich, falls Sie eines haben.

Danke und beste Grüße
Clara Mertens
""",
    "company": "", "contact": "c.mertens@mertens-executive.example.de",
})

# X29 -- his mother asks how the interview went
add({
    "n": "mother_how_did_it_go", "kind": "other", "lang": "de",
    "frm": ("Ewa Szymańska", "ewa.szymanska@t-online.example.de"),
    "subj": "und?",
    "date": "2026-04-09 19:55 +0200", "cs": "utf-8", "cte": "8bit",
    "body": """Hallo mein Schatz,

wie war dein Gespräch heute in Linz? Papa und ich haben die ganze Zeit an dich gedacht. Hast du schon eine Zusage oder sagen die das erst später? Ruf doch heute Abend an wenn du im Zug sitzt.

Und denk dran, am Sonntag ist Omas Geburtstag!

Kuss, Mama
""",
    "company": "", "contact": "ewa.szymanska@t-online.example.de",
})

# X30 -- English product newsletter about rejection after the final round
add({
    "n": "pm_newsletter_rejection_article", "kind": "other", "lang": "en",
    "frm": ("The Product Floor", "hello@theproductfloor.example.com"),
    "subj": "Rejected after the final round? Here's what hiring managers won't tell you",
    "date": "2026-03-28 13:00 +0100", "struct": "alt", "cs": "utf-8", "cte": "quoted-printable",
    "hdr": {"List-Id": "The Product Floor <newsletter.theproductfloor.example.com>",
         "List-Unsubscribe": "<https://theproductfloor.example.com/unsubscribe?u=5c1f>, <mailto:unsubscribe@theproductfloor.example.com>",
         "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", **BULK},
    "html": """<html><body style="background:#ffffff;font-family:Charter,Georgia,serif;color:#1a1a1a">
<div style="max-width:580px;margin:auto;font-size:17px;line-height:1.6">
<p style="font-family:Arial;font-size:12px;color:#888">THE PRODUCT FLOOR · Issue #112</p>
<h1 style="font-size:26px">Rejected after the final round? Here's what hiring managers won't tell you</h1>
<p>You made it through five interviews, a take-home case and a panel – and then came the email: <i>"We've decided to move forward with another candidate."</i> We asked eleven heads of product at industrial companies why strong engineers lose out at the last step, and what they would do differently.</p>
<p><a href="https://theproductfloor.example.com/p/final-round-rejection?utm_source=newsletter&amp;utm_medium=email">Read the full post →</a></p>
<hr>
<p><b>Also this week:</b> <a href="https://theproductfloor.example.com/p/offer-negotiation?utm_source=newsletter">How to negotiate your first PM offer</a> · <a href="https://theproductfloor.example.com/jobs?utm_source=newsletter">23 new product jobs in manufacturing</a></p>
<p style="font-family:Arial;font-size:11px;color:#999">You're receiving this because you subscribed to The Product Floor. <a href="https://theproductfloor.example.com/unsubscribe?u=5c1f">Unsubscribe</a> · 548 Market St, San Francisco, CA 94104</p>
</div><img src="https://theproductfloor.example.com/open/5c1f-112.gif" width="1" height="1" alt=""></body></html>""",
    "company": "", "contact": "",
})

# X31 -- networking site job alert digest, English
add({
    "n": "network_job_alert_en", "kind": "other", "lang": "en",
    "frm": ("Berufsnetz Job Alerts", "jobalerts-noreply@berufsnetz.example.com"),
    "subj": "30+ new jobs for \"product manager\" in Munich, Bavaria",
    "date": "2026-04-06 07:12 +0200", "struct": "html", "cs": "utf-8", "cte": "quoted-printable",
    "hdr": {"List-Unsubscribe": "<https://www.berufsnetz.example.com/jobs/alerts/unsub?a=91>", **BULK},
    "html": """<html><body style="font-family:Helvetica,Arial,sans-serif;background:#f3f2ef">
<table width="520" align="center" style="background:#fff"><tr><td style="padding:20px">
<img src="https://static.berufsnetz.example.com/mail/logo.png" alt="Berufsnetz" height="24">
<p>Your job alert for <b>product manager</b> in <b>Munich, Bavaria</b></p>
<p><a href="https://www.berufsnetz.example.com/jobs/view/4410021?trk=alert">Product Manager – Robot Grippers</a><br><span style="color:#666">Kinetiq Labs · Munich · Actively recruiting</span></p>
<p><a href="https://www.berufsnetz.example.com/jobs/view/4410087?trk=alert">Senior Product Manager, Motion Control</a><br><span style="color:#666">Lindqvist Motion Systems · Munich (Hybrid) · 41 applicants</span></p>
<p><a href="https://www.berufsnetz.example.com/jobs/view/4410190?trk=alert">Technical Product Owner – Packaging Lines</a><br><span style="color:#666">Auer &amp; Söhne Verpackungsmaschinen · Pfaffenhofen · Easy Apply</span></p>
<p><a href="https://www.berufsnetz.example.com/jobs/search?alert=91&amp;trk=alert_see_all" style="color:#0a66c2">See all jobs</a></p>
<p style="font-size:11px;color:#999">You are receiving job alert emails. <a href="https://www.berufsnetz.example.com/jobs/alerts/unsub?a=91" style="color:#999">Unsubscribe</a> · Berufsnetz Ireland Unlimited Company, Dublin</p>
</td></tr></table></body></html>""",
    "company": "", "contact": "",
})

# X32 -- English recruiter cold outreach
add({
    "n": "recruiter_cold_outreach_en", "kind": "other", "lang": "en",
    "frm": ("Daniel Fraser", "daniel.fraser@northgate-talent.example.com"),
    "subj": "Head of Product opportunity – industrial robotics (Munich)",
    "date": "2026-05-13 12:47 +0200", "cs": "utf-8", "cte": "quoted-printable",
    "body": """Hi Benedikt,

I hope you don't mind the direct approach. I'm working with a Series B robotics company in Munich that is building out its product team, and your mix of mechanical design and customer-facing project work caught my eye.

They're looking for a hands-on product lead for their gripper and end-of-arm tooling line. Package is competitive (base around EUR 110k plus equity), hybrid, English-speaking team.

Would you be open to a quick 15-minute chat this week or next? No pressure either way.

Best,
Daniel

Daniel Fraser
Principal Consultant – Robotics & Automation
Northgate Talent | London · Munich
+44 20 7946 0321
""",
    "company": "", "contact": "daniel.fraser@northgate-talent.example.com",
})

# X33 -- podcast interview request, English
add({
    "n": "podcast_interview_request_en", "kind": "other", "lang": "en",
    "frm": ("Priya Natarajan", "priya@shopfloortoroadmap.example.com"),
    "subj": "Podcast interview? \"Shop Floor to Roadmap\"",
    "date": "2026-06-24 16:20 +0200", "cs": "utf-8", "cte": "quoted-printable",
    "body": """Hi Benedikt,

I host "Shop Floor to Roadmap", a small podcast about engineers who move into product roles (about 4,000 listeners, mostly in manufacturing). A friend forwarded me your talk at the VDII meetup and I loved your point about gearboxes being "the original platform product".

Would you be up for a 45-minute interview in July? We record remotely, I send the questions in advance, and you get to review the edit before it goes out.

Cheers,
Priya
""",
    "company": "", "contact": "priya@shopfloortoroadmap.example.com",
})

# X34 -- user-research interview for a SaaS tool, no-reply sender with a human Reply-To
add({
    "n": "saas_user_interview_replyto", "kind": "other", "lang": "en",
    "frm": ("Tablio", "no-reply@tablio.example.com"),
    "rt": ("Marta Quintela", "marta.quintela@tablio.example.com"),
    "subj": "Got 20 minutes? Help shape Tablio (user interview)",
    "date": "2026-09-09 17:05 +0200", "struct": "alt", "cs": "utf-8", "cte": "quoted-printable",
    "html": """<div style="font-family:Inter,Arial,sans-serif;font-size:15px;max-width:520px;color:#222">
<p>Hi Benedikt,</p>
<p>I'm Marta, a researcher on the Tablio team. We noticed you've been using our spreadsheet templates to track your job applications, and we'd love to learn how you do it.</p>
<p>Would you join a <b>20-minute user interview</b> over video? As a thank-you we'll give you 6 months of Tablio Plus.</p>
<p><a href="https://tablio.example.com/research/signup?c=jobtracker&amp;utm_source=email">Pick a time</a> or just hit reply.</p>
<p>Thanks!<br>Marta Quintela · User Research, Tablio</p>
<p style="font-size:11px;color:#999">Tablio Inc. · 2 Harbour Exchange, London · <a href="https://tablio.example.com/email-preferences">Email preferences</a></p>
</div>""",
    "company": "", "contact": "marta.quintela@tablio.example.com",
})

# X35 -- online shop: unfortunately your package is delayed
add({
    "n": "shop_package_delayed_en", "kind": "other", "lang": "en",
    "frm": ("Gearbox Outlet", "orders@gearbox-outlet.example.com"),
    "subj": "Unfortunately your package is delayed – Order #GO-558120",
    "date": "2026-07-20 09:31 +0200", "struct": "html", "cs": "utf-8", "cte": "quoted-printable",
    "html": """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
<table width="600" align="center"><tr><td style="padding:16px;background:#1b1b1b"><img src="https://gearbox-outlet.example.com/email/logo-light.png" alt="Gearbox Outlet" height="30"></td></tr>
<tr><td style="padding:20px">
<p>Hi Benedikt,</p>
<p>Unfortunately your package is delayed. Our carrier reported a hold-up at the hub in Leipzig, and your order <b>#GO-558120</b> (1 × Digital caliper 150 mm, 1 × Torque wrench set) will now arrive between <b>23 and 25 July</b>.</p>
<p>We're sorry for the wait. <a href="https://gearbox-outlet.example.com/track/GO-558120?utm_source=transactional">Track your order</a></p>
<p>The Gearbox Outlet team</p>
</td></tr>
<tr><td style="font-size:11px;color:#999;padding:12px 20px">Gearbox Outlet B.V. · Keizersgracht 100, Amsterdam · You received this email because you placed an order.</td></tr></table>
<img src="https://gearbox-outlet.example.com/o/558120.gif" width="1" height="1" alt=""></body></html>""",
    "company": "", "contact": "",
})

# X36 -- out-of-office of the UK recruiter
add({
    "n": "ooo_uk_recruiter", "kind": "other", "lang": "en",
    "frm": ("Oliver Pennington", "oliver.pennington@carrow-industrial.example.com"),
    "subj": "Automatic reply: Product Manager - Process Pumps - question",
    "date": "2026-04-02 10:12 +0200", "cs": "utf-8", "cte": "quoted-printable",
    "hdr": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    "body": """Thank you for your email. I am out of the office until Tuesday 7 April (Easter break) with limited access to email.

If your message relates to an open application, I will respond on my return. For anything urgent please contact talent@carrow-industrial.example.com.

Kind regards,
Oliver Pennington
Carrow Industrial Ltd
""",
    "company": "", "contact": "oliver.pennington@carrow-industrial.example.com",
})

# X37 -- a friend got an offer and tells him
add({
    "n": "friend_got_offer_en", "kind": "other", "lang": "en",
    "frm": ("Tom Whitaker", "tomwhitaker88@gmail.example.com"),
    "subj": "Re: how's Hamburg going?",
    "date": "2026-08-14 23:02 +0200", "cs": "utf-8", "cte": "quoted-printable",
    "irt": "<CAF9xq2Mk7Tw@mail.example.de>",
    "body": """Mate!!

They called this afternoon - I got the offer from the wind turbine people in Hamburg! Senior Project Engineer, better money than I asked for and they're paying for the move. Still can't quite believe it after all those rejections this spring.

How's your search going? Any news from the Munich robot lot? Fingers crossed for you. Beers are on me next time I'm in Stuttgart.

Tom

On Thu, 13 Aug 2026 at 19:40, Benedikt Szymański-Ortega <b.szymanski@example.de> wrote:
""" + q("""Hey Tom,

any news from Hamburg? You must have had the final interview by now.

Not much joy here: another "we have decided to move forward with other
candidates" today. Still waiting to hear back on a case study I did for an
agency in Munich - fingers crossed that one turns into an interview.

Cheers,
Bene"""),
    "company": "", "contact": "tomwhitaker88@gmail.example.com",
})

# X38 -- the candidate's own follow-up in English (sent mail)
add({
    "n": "own_sent_follow_up_en", "kind": "other", "lang": "en",
    "frm": CAND, "to": ("Raj Malhotra", "raj.malhotra@rotecdyn.example.com"),
    "subj": "Following up",
    "date": "2026-07-07 11:02 +0200", "cs": "utf-8", "cte": "quoted-printable",
    "mid": "<CAF9xq2Mv0wDs3@mail.example.de>",
    "body": """Hi Raj,

Following up on our conversation about the Product Manager role at Rotec Dynamics in Monterrey. I'm still very keen and happy to do a second interview on site in Apodaca whenever it suits the team.

Best regards,
Benedikt
""",
    "company": "", "contact": "",
})

# X39 -- car loan application declined, English online lender
add({
    "n": "car_loan_declined_en", "kind": "other", "lang": "en",
    "frm": ("Fairlane Credit", "no-reply@fairlane-credit.example.com"),
    "subj": "Update on your loan application",
    "date": "2026-08-05 14:03 +0200", "struct": "alt", "cs": "utf-8", "cte": "quoted-printable",
    "html": """<div style="font-family:Arial,sans-serif;font-size:14px;max-width:560px;color:#222">
<p><img src="https://fairlane-credit.example.com/img/logo.png" alt="Fairlane Credit" height="28"></p>
<p>Dear Benedikt Szymanski-Ortega,</p>
<p>Thank you for your application for a car loan of EUR 24,000. After reviewing your application, we regret to inform you that it has been declined. This decision was based on information from your credit report and the length of your current employment.</p>
<p>You may request a free copy of your credit report and the main reasons for this decision within 60 days.</p>
<p>Fairlane Credit Europe S.A.<br>Please do not reply to this email.</p>
<p style="font-size:11px;color:#888">Fairlane Credit Europe S.A. · 15 Rue Erasme, L-1468 Luxembourg · Authorised by the CSSF</p>
</div>""",
    "company": "", "contact": "",
})

# X40 -- trade show: your position on the waitlist
add({
    "n": "tradeshow_waitlist_position", "kind": "other", "lang": "en",
    "frm": ("Automate Europe 2026", "registration@automate-europe.example.com"),
    "subj": "You're on the waitlist – position 37",
    "date": "2026-09-15 11:40 +0200", "struct": "alt", "cs": "utf-8", "cte": "quoted-printable",
    "html": """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<table width="600" align="center"><tr><td style="background:#0f2847;padding:18px"><img src="https://automate-europe.example.com/mail/header.png" alt="Automate Europe 2026 · Stuttgart" height="40"></td></tr>
<tr><td style="padding:20px">
<p>Hi Benedikt,</p>
<p>Thanks for registering for the workshop <b>"Product Management for Machine Builders"</b> on 14 October. The workshop is currently full, and you're on the waitlist at <b>position 37</b>.</p>
<p>We'll email you as soon as a seat becomes available. Your general exhibition ticket is confirmed and attached to your account.</p>
<p><a href="https://automate-europe.example.com/my-registration?utm_source=email">Manage my registration</a></p>
</td></tr>
<tr><td style="font-size:11px;color:#888;padding:12px 20px">Automate Europe is organised by Messe Events GmbH, Stuttgart. <a href="https://automate-europe.example.com/unsubscribe">Unsubscribe from marketing emails</a></td></tr></table></body></html>""",
    "company": "", "contact": "",
})

# X41 -- transcription app: your interview transcript is ready
add({
    "n": "transcript_ready_interview_en", "kind": "other", "lang": "en",
    "frm": ("Scribewell", "notifications@scribewell.example.com"),
    "subj": "Your transcript is ready: \"Interview – Shop Floor to Roadmap ep. 31\"",
    "date": "2026-07-16 20:44 +0200", "struct": "alt", "cs": "utf-8", "cte": "quoted-printable",
    "html": """<div style="font-family:Helvetica,Arial,sans-serif;font-size:14px;max-width:520px">
<p><img src="https://scribewell.example.com/mail/logo.png" alt="Scribewell" height="22"></p>
<p>Your transcript for <b>"Interview – Shop Floor to Roadmap ep. 31"</b> (52 min, 2 speakers) is ready.</p>
<p><a href="https://scribewell.example.com/t/8e1a77?utm_source=email">Open transcript</a> · <a href="https://scribewell.example.com/t/8e1a77/export">Export as DOCX</a></p>
<p>You have 248 transcription minutes left this month.</p>
<p style="font-size:11px;color:#999">Scribewell, Inc. · <a href="https://scribewell.example.com/settings/notifications">Notification settings</a></p>
</div>""",
    "company": "", "contact": "",
})

# X42 -- Spanish career newsletter about rejection
add({
    "n": "newsletter_rechazo_es", "kind": "other", "lang": "es",
    "frm": ("Empleo Industrial Hoy", "boletin@empleoindustrialhoy.example.es"),
    "subj": "Cómo superar un rechazo laboral (y volver más fuerte)",
    "date": "2026-05-19 08:00 +0200", "struct": "html", "cs": "utf-8", "cte": "quoted-printable",
    "hdr": {"List-Unsubscribe": "<https://empleoindustrialhoy.example.es/baja?s=f71>", **BULK},
    "html": """<html><body style="font-family:Arial,sans-serif;font-size:15px;color:#222;background:#f5f5f5">
<table width="600" align="center" style="background:#fff"><tr><td style="padding:20px;border-bottom:4px solid #e30613"><img src="https://empleoindustrialhoy.example.es/img/logo.png" alt="Empleo Industrial Hoy" height="34"></td></tr>
<tr><td style="padding:20px">
<h2>Cómo superar un rechazo laboral (y volver más fuerte)</h2>
<p>«Lamentamos comunicarle que no ha sido seleccionado». Recibir una negativa después de varias entrevistas duele, pero también es una oportunidad para aprender. Te contamos cómo pedir feedback, cómo gestionar la frustración y por qué conviene seguir en contacto con la empresa.</p>
<p><a href="https://empleoindustrialhoy.example.es/articulos/superar-rechazo?utm_source=boletin">Leer el artículo completo</a></p>
<p><b>Además:</b> <a href="https://empleoindustrialhoy.example.es/articulos/entrevista-ingles?utm_source=boletin">10 preguntas de entrevista en inglés para ingenieros</a> · <a href="https://empleoindustrialhoy.example.es/ofertas?utm_source=boletin">Ofertas en el País Vasco</a></p>
</td></tr>
<tr><td style="font-size:11px;color:#888;padding:12px 20px">Recibes este boletín porque te suscribiste en empleoindustrialhoy.example.es. <a href="https://empleoindustrialhoy.example.es/baja?s=f71">Darse de baja</a></td></tr></table></body></html>""",
    "company": "", "contact": "",
})

# X43 -- Spanish job board alert
add({
    "n": "alerta_empleo_bilbao", "kind": "other", "lang": "es",
    "frm": ("TrabajoNorte Alertas", "alertas@trabajonorte.example.es"),
    "subj": "8 nuevas ofertas: Jefe de producto en Bizkaia",
    "date": "2026-08-31 07:05 +0200", "struct": "html", "cs": "iso-8859-1", "cte": "quoted-printable",
    "hdr": {"List-Unsubscribe": "<https://www.trabajonorte.example.es/alertas/baja?a=3190>", **BULK},
    "html": """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
<table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td style="background:#ffb400;padding:12px 20px"><img src="https://www.trabajonorte.example.es/img/logo.png" alt="TrabajoNorte" height="30"></td></tr>
<tr><td style="padding:20px">
<p>Hola Benedikt, tenemos 8 nuevas ofertas para tu alerta <b>«Jefe de producto» en Bizkaia</b>:</p>
<p><a href="https://www.trabajonorte.example.es/oferta/77120?src=alerta"><b>Jefe/a de Producto - Aceros especiales</b></a><br>Barakaldo · Contrato indefinido</p>
<p><a href="https://www.trabajonorte.example.es/oferta/77133?src=alerta"><b>Product Manager Máquina-Herramienta</b></a><br>Elgoibar (Gipuzkoa) · 45.000 - 55.000 EUR</p>
<p><a href="https://www.trabajonorte.example.es/oferta/77151?src=alerta"><b>Responsable de Producto Ferroviario</b></a><br>Beasain · Inscríbete ya</p>
<p><a href="https://www.trabajonorte.example.es/alertas/3190?src=alerta_todas">Ver las 8 ofertas</a></p>
</td></tr>
<tr><td style="padding:12px 20px;font-size:11px;color:#999;border-top:1px solid #eee"><a href="https://www.trabajonorte.example.es/alertas/baja?a=3190" style="color:#999">Eliminar esta alerta</a> · TrabajoNorte S.L., Alameda Urquijo 12, 48008 Bilbao</td></tr>
</table></body></html>""",
    "company": "", "contact": "",
})

# X44 -- friend in Monterrey tells about his own rejection
add({
    "n": "amigo_monterrey_rechazo", "kind": "other", "lang": "es",
    "frm": ("Chuy Cantú", "jesus.cantu.r@hotmail.example.mx"),
    "subj": "no manches",
    "date": "2026-06-05 21:48 -0600", "cs": "utf-8", "cte": "8bit",
    "body": """Qué onda carnal!

Te cuento que al final me rechazaron en la armadora de Salinas Victoria, después de tres entrevistas y el examen psicométrico. Me mandaron el típico correo de "agradecemos tu interés pero decidimos continuar con otros candidatos". Ni modo.

Oye y tú qué tal con lo de GMN? Si te vienes a Monterrey te invito unas carnes asadas, ya sabes.

Saludos a tu jefa,
Chuy
""",
    "company": "", "contact": "jesus.cantu.r@hotmail.example.mx",
})

# X45 -- flat-rental platform: your request was declined
add({
    "n": "piso_solicitud_rechazada", "kind": "other", "lang": "es",
    "frm": ("Pisonorte", "no-responder@pisonorte.example.es"),
    "subj": "Tu solicitud para el piso en Indautxu ha sido rechazada",
    "date": "2026-09-28 13:22 +0200", "struct": "html", "cs": "utf-8", "cte": "quoted-printable",
    "html": """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
<table width="580" align="center"><tr><td style="padding:16px;border-bottom:2px solid #3bb273"><img src="https://www.pisonorte.example.es/img/logo.png" alt="Pisonorte" height="28"></td></tr>
<tr><td style="padding:20px">
<p>Hola Benedikt,</p>
<p>Lo sentimos: el propietario del <b>piso de 3 habitaciones en Calle Licenciado Poza, Indautxu (Bilbao)</b> ha rechazado tu solicitud de alquiler. Ha elegido a otro inquilino.</p>
<p>No te desanimes, hay <a href="https://www.pisonorte.example.es/alquiler/bilbao/indautxu?utm_source=email_rechazo">124 pisos similares</a> en la zona.</p>
</td></tr>
<tr><td style="font-size:11px;color:#999;padding:12px 20px">Pisonorte · Este correo se ha enviado desde una dirección que no acepta respuestas. <a href="https://www.pisonorte.example.es/preferencias">Preferencias de notificación</a></td></tr></table></body></html>""",
    "company": "", "contact": "",
})

# X46 -- Mexican headhunter cold outreach, no interview yet
add({
    "n": "headhunter_mx_outreach", "kind": "other", "lang": "es",
    "frm": ("Lic. Rebeca Salinas", "rsalinas@talentonoreste.example.mx"),
    "subj": "Posición Gerente de Producto - Apodaca",
    "date": "2026-08-11 10:19 -0600", "cs": "utf-8", "cte": "quoted-printable",
    "body": """Buen día Benedikt,

Mi nombre es Rebeca Salinas, de Talento Noreste. Encontré tu perfil y me pareció muy interesante para una posición de Gerente de Producto en una empresa alemana de componentes hidráulicos que está abriendo planta en Apodaca, N.L.

Buscan a alguien que hable alemán y español y que conozca la casa matriz. ¿Te interesaría platicar unos minutos esta semana? Puedo por llamada, Teams o WhatsApp, como te acomode.

Quedo atenta,

Lic. Rebeca Salinas
Consultora Senior | Talento Noreste
Cel. +52 81 1455 2080
""",
    "company": "", "contact": "rsalinas@talentonoreste.example.mx",
})

# X47 -- out-of-office of the Bilbao workshop's HR
add({
    "n": "ooo_bilbao_fuera_oficina", "kind": "other", "lang": "es",
    "frm": ("Itziar Garaikoetxea", "itziar@garaikoetxea.example.es"),
    "subj": "Respuesta automática: Proceso de selección - Responsable de Producto",
    "date": "2026-03-30 09:00 +0200", "cs": "iso-8859-1", "cte": "quoted-printable",
    "hdr": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    "body": """Estaré fuera de la oficina hasta el lunes 13 de abril (Semana Santa) sin acceso al correo.

Para asuntos urgentes, pueden llamar a la centralita: 944 402 100.

Un saludo,
Itziar Garaikoetxea
Talleres Garaikoetxea
""",
    "company": "", "contact": "itziar@garaikoetxea.example.es",
})

# X48 -- the candidate's own confirmation of an interview (sent mail)
add({
    "n": "own_sent_confirma_entrevista", "kind": "other", "lang": "es",
    "frm": CAND, "to": ("Itziar Garaikoetxea", "itziar@garaikoetxea.example.es"),
    "subj": "Re: Entrevista - Responsable de Producto",
    "date": "2026-02-27 08:05 +0100", "cs": "utf-8", "cte": "quoted-printable",
    "mid": "<CAJ1q9wA0b2@mail.example.de>",
    "irt": "<003a01dca6f1$4c2b9e80$e482db80$@garaikoetxea.example.es>",
    "body": """Buenos días, Sra. Garaikoetxea:

Muchas gracias por la invitación. El jueves 5 de marzo a las 10:00 me viene perfecto; iré en persona a Basauri.

Un saludo,
Benedikt Szymański-Ortega

El jue, 26 feb 2026 a las 12:15, Itziar Garaikoetxea (<itziar@garaikoetxea.example.es>) escribió:
""" + q("""Buenos días, Sr. Szymanski:

Hemos recibido su candidatura para el puesto de Responsable de Producto y nos gustaría conocerle en persona.

¿Le vendría bien el jueves 5 de marzo a las 10:00 en nuestras instalaciones de Basauri?

Quedo a la espera de su confirmación.

Itziar Garaikoetxea Uribe
Dirección de Personas"""),
    "company": "", "contact": "",
})

# X49 -- French career newsletter about interview mistakes
add({
    "n": "newsletter_entretien_erreurs", "kind": "other", "lang": "fr",
    "frm": ("Cadres & Carrières", "newsletter@cadres-carrieres.example.fr"),
    "subj": "Entretien d'embauche : les 7 erreurs à éviter absolument",
    "date": "2026-04-21 07:30 +0200", "struct": "html", "cs": "utf-8", "cte": "quoted-printable",
    "hdr": {"List-Unsubscribe": "<https://www.cadres-carrieres.example.fr/desinscription?h=7aa1>",
         "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", **BULK},
    "html": """<html><body style="font-family:Arial,sans-serif;font-size:15px;color:#222">
<table width="600" align="center"><tr><td style="padding:16px;border-bottom:3px solid #5b2c83"><img src="https://www.cadres-carrieres.example.fr/nl/logo.png" alt="Cadres &amp; Carrières" height="34"></td></tr>
<tr><td style="padding:20px">
<h2>Entretien d'embauche : les 7 erreurs à éviter absolument</h2>
<p>Arriver en retard, ne pas connaître l'entreprise, dénigrer son ancien employeur… Nos experts recrutement passent en revue les faux pas qui coûtent un poste, et vous expliquent comment transformer un refus en retour constructif.</p>
<p><a href="https://www.cadres-carrieres.example.fr/conseils/entretien-erreurs?xtor=EPR-12">Lire l'article</a></p>
<p><b>Offres de la semaine :</b> <a href="https://www.cadres-carrieres.example.fr/offres/lyon?xtor=EPR-12">142 offres cadres à Lyon</a></p>
</td></tr>
<tr><td style="font-size:11px;color:#888;padding:12px 20px">Vous recevez cette lettre car vous êtes inscrit sur Cadres &amp; Carrières. <a href="https://www.cadres-carrieres.example.fr/desinscription?h=7aa1">Se désinscrire</a></td></tr></table>
<img src="https://www.cadres-carrieres.example.fr/o/7aa1.gif" width="1" height="1" alt=""></body></html>""",
    "company": "", "contact": "",
})

# X50 -- French trade-press interview request
add({
    "n": "presse_demande_interview", "kind": "other", "lang": "fr",
    "frm": ("Julien Morel", "j.morel@leprogres-industriel.example.fr"),
    "subj": "Demande d'interview - dossier « Ingénieurs allemands à Lyon »",
    "date": "2026-09-03 10:41 +0200", "cs": "windows-1252", "cte": "quoted-printable",
    "body": """Bonjour Monsieur Szymanski-Ortega,

Je suis journaliste au Progrès Industriel et je prépare un dossier sur les ingénieurs allemands qui s'installent dans la région lyonnaise. Mme Perret, des Ateliers Moreau-Vidal, m'a suggéré votre nom.

Accepteriez-vous de m'accorder une interview d'une trentaine de minutes, par téléphone ou en visio, d'ici la fin du mois ? Je vous enverrais les citations pour relecture avant publication.

Bien à vous,

Julien Morel
Journaliste – Le Progrès Industriel
06 12 48 77 30
""",
    "company": "", "contact": "j.morel@leprogres-industriel.example.fr",
})

# X51 -- French out-of-office
add({
    "n": "ooo_lyon_absente", "kind": "other", "lang": "fr",
    "frm": ("Sandrine Perret", "s.perret@moreau-vidal.example.fr"),
    "subj": "Réponse automatique : Entretien du 8 avril",
    "date": "2026-04-03 18:20 +0200", "cs": "utf-8", "cte": "quoted-printable",
    "hdr": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    "body": """Bonjour,

Je suis absente du bureau jusqu'au mardi 7 avril inclus. Je traiterai votre message dès mon retour.

Pour toute urgence, vous pouvez contacter l'accueil au 04 78 70 52 00.

Cordialement,
Sandrine Perret
Ateliers Moreau-Vidal
""",
    "company": "", "contact": "s.perret@moreau-vidal.example.fr",
})

# X52 -- French shop: parcel delayed, multipart/alternative
add({
    "n": "colis_retard_fr", "kind": "other", "lang": "fr",
    "frm": ("Outillage Pro Direct", "commandes@outillage-pro-direct.example.fr"),
    "subj": "Malheureusement, votre colis a du retard",
    "date": "2026-10-02 15:47 +0200", "struct": "alt", "cs": "utf-8", "cte": "quoted-printable",
    "html": """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
<table width="600" align="center"><tr><td style="padding:16px;background:#004b87"><img src="https://www.outillage-pro-direct.example.fr/img/logo-blanc.png" alt="Outillage Pro Direct" height="30"></td></tr>
<tr><td style="padding:20px">
<p>Bonjour Benedikt,</p>
<p>Malheureusement, la livraison de votre commande <b>n° OPD-2210457</b> (1 × servante d'atelier 7 tiroirs) prend du retard chez notre transporteur. Nouvelle date estimée : <b>jeudi 8 octobre</b>.</p>
<p>Nous vous prions de nous excuser pour ce désagrément. <a href="https://www.outillage-pro-direct.example.fr/suivi/OPD-2210457">Suivre mon colis</a></p>
<p>L'équipe Outillage Pro Direct</p>
</td></tr>
<tr><td style="font-size:11px;color:#999;padding:12px 20px">Outillage Pro Direct SAS – 18 rue de la Villette, 69003 Lyon – RCS Lyon 830 112 447</td></tr></table></body></html>""",
    "company": "", "contact": "",
})
