"""Rejections of the hundredfourth corpus, written one by one (31 messages)."""

from __future__ import annotations

from msgs104_common import CAND, CAND_PLAIN

MESSAGES: list[dict] = []
add = MESSAGES.append

# 1 -- Workday, German, HTML only, no-reply, soft wording
add({
    "n": "workday_soft", "kind": "rejection", "lang": "de",
    "frm": ("Hallberg Antriebstechnik", "hallberg@myworkday.com"),
    "subj": "Ihre Bewerbung als Produktmanager Industriegetriebe (m/w/d) – R-004417",
    "date": "2026-02-11 07:42 +0100", "struct": "html", "cs": "utf-8", "cte": "quoted-printable",
    "html": """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;padding:0;background:#f2f2f2;font-family:Arial,Helvetica,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#f2f2f2"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;border-top:4px solid #00457c">
<tr><td style="padding:24px 32px"><img src="https://hallberg.wd3.myworkdayjobs.com/static/logo_hallberg.png" alt="Hallberg Antriebstechnik" width="180" height="42" style="display:block"></td></tr>
<tr><td style="padding:0 32px 8px 32px;font-size:15px;line-height:22px;color:#222">
<p>Sehr geehrter Herr Szymański-Ortega,</p>
<p>haben Sie vielen Dank für Ihre Bewerbung auf die Position <b>Produktmanager Industriegetriebe (m/w/d)</b> an unserem Standort Stuttgart-Zuffenhausen und das damit verbundene Interesse an Hallberg.</p>
<p>Wir haben uns Ihre Unterlagen mit großem Interesse angesehen. Nach sorgfältiger Abwägung haben wir uns jedoch entschieden, den weiteren Prozess mit Kandidatinnen und Kandidaten fortzusetzen, deren Profil noch etwas besser zu den Anforderungen dieser Stelle passt.</p>
<p>Diese Entscheidung ist keine Bewertung Ihrer fachlichen Qualifikation. Gerne speichern wir Ihr Profil in unserem Talentpool, sofern Sie dem in Ihrem Kandidatenkonto zustimmen.</p>
<p>Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute.</p>
<p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team<br>Hallberg Antriebstechnik GmbH &amp; Co. KG</p>
</td></tr>
<tr><td style="padding:16px 32px"><a href="https://hallberg.wd3.myworkdayjobs.com/de-DE/Hallberg_Careers/userHome" style="background:#00457c;color:#fff;padding:10px 18px;text-decoration:none;border-radius:3px">Zum Kandidatenkonto</a></td></tr>
<tr><td style="padding:20px 32px;font-size:11px;line-height:16px;color:#888;border-top:1px solid #e5e5e5">
Hallberg Antriebstechnik GmbH &amp; Co. KG · Schwieberdinger Straße 212 · 70435 Stuttgart<br>
Sitz der Gesellschaft: Stuttgart · Registergericht Stuttgart HRA 731204<br>
Persönlich haftende Gesellschafterin: Hallberg Verwaltungs-GmbH, HRB 20417 · Geschäftsführer: Dr. Ulrich Hallberg, Sabine Retzlaff<br>
Diese Nachricht wurde automatisch versendet. Antworten an diese Adresse werden nicht gelesen. <a href="https://hallberg.example.de/datenschutz-bewerber" style="color:#888">Datenschutzhinweise für Bewerbende</a>
</td></tr></table>
<img src="https://hallberg.wd3.myworkdayjobs.com/px/o.gif?e=7f3a91c2" width="1" height="1" alt="" style="display:none">
</td></tr></table></body></html>""",
    "company": "Hallberg Antriebstechnik", "contact": "",
})

# 2 -- Kessler & Roth, HR after the interview, personal, iso-8859-1 QP
add({
    "n": "family_firm_after_interview", "kind": "rejection", "lang": "de",
    "frm": ("Wiedemann, Carola", "c.wiedemann@kessler-roth.example.de"),
    "subj": "Ihre Bewerbung als Produktmanager Sondermaschinen", "to": CAND_PLAIN,
    "date": "2026-03-02 16:05 +0100", "cs": "iso-8859-1", "cte": "quoted-printable",
    "mid": "<AM0PR07MB4412B2E1C9A0@AM0PR07MB4412.eurprd07.prod.outlook.example.com>",
    "body": """Sehr geehrter Herr Szymanski-Ortega,

nochmals herzlichen Dank für die beiden Gespräche - am 17. Februar per Teams und am vergangenen Dienstag bei uns in Ulm. Herr Roth und ich haben beide Termine als sehr offen und angenehm empfunden, und die Werksführung mit Ihnen hat uns auch Spaß gemacht.

Wir haben es uns mit der Entscheidung nicht leicht gemacht. Am Ende haben wir uns für einen Bewerber entschieden, der bereits mehrere Jahre Produktverantwortung im Bereich Sondermaschinen für die Lebensmittelindustrie mitbringt - genau das Segment, in dem wir in den nächsten zwei Jahren wachsen wollen. Deshalb müssen wir Ihnen heute leider eine Absage erteilen.

Ihr Wechsel aus der Konstruktion ins Produktmanagement ist absolut nachvollziehbar, und ich bin sicher, dass Sie dafür den richtigen Arbeitgeber finden werden. Wenn Sie möchten, gebe ich Ihnen gerne telefonisch ein kurzes Feedback zum Gespräch.

Ihre Unterlagen werden wir gemäß unseren Datenschutzbestimmungen nach sechs Monaten löschen.

Mit freundlichen Grüßen

Carola Wiedemann
Personalleitung

Kessler & Roth Maschinenbau GmbH
Einsteinstraße 41 | 89077 Ulm
Tel. +49 731 93 551-214
c.wiedemann@kessler-roth.example.de
Geschäftsführer: Matthias Roth, Dr. Eva Kessler-Brandt | Amtsgericht Ulm HRB 72 0193
""",
    "company": "Kessler & Roth Maschinenbau", "contact": "c.wiedemann@kessler-roth.example.de",
})

# 3 -- SuccessFactors, filled internally
add({
    "n": "successfactors_internal", "kind": "rejection", "lang": "de",
    "frm": ("Brenner Automotive Systems Karriere", "noreply@successfactors.eu"),
    "subj": "Statusänderung zu Ihrer Bewerbung: Technischer Produktmanager Thermomanagement",
    "date": "2026-01-27 11:30 +0100", "struct": "html", "cs": "utf-8", "cte": "base64",
    "hdr": {"X-SF-Job-Req": "18842"},
    "html": """<!DOCTYPE html><html><body style="font-family:'Segoe UI',Arial,sans-serif;font-size:14px;color:#1a1a1a">
<table role="presentation" width="640" align="center" cellpadding="0" cellspacing="0">
<tr><td style="background:#0b2b4c;padding:18px 24px"><img src="https://career5.successfactors.eu/public/logo/brennerAS_white.png" alt="BRENNER Automotive Systems" height="36"></td></tr>
<tr><td style="padding:24px">
<p>Guten Tag Herr Szymański-Ortega,</p>
<p>vielen Dank für Ihre Bewerbung auf die Stelle <strong>Technischer Produktmanager Thermomanagement (Req. 18842)</strong> in Stuttgart-Feuerbach.</p>
<p>Wir möchten Sie darüber informieren, dass die Position zwischenzeitlich intern besetzt werden konnte. Aus diesem Grund können wir Ihre Bewerbung für diese Stelle nicht weiter berücksichtigen.</p>
<p>Wir würden uns freuen, wenn Sie sich auch zukünftig für Stellenangebote bei Brenner interessieren. Aktuelle Ausschreibungen finden Sie jederzeit in unserem <a href="https://career5.successfactors.eu/career?company=brennerASP&amp;src=mail_reject">Karriereportal</a>.</p>
<p>Freundliche Grüße<br>Talent Acquisition Deutschland<br>Brenner Automotive Systems SE</p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:10px;color:#777;background:#f4f6f8">Brenner Automotive Systems SE, Sitz: Stuttgart, Registergericht: Amtsgericht Stuttgart HRB 761 044. Vorsitzender des Aufsichtsrats: Prof. Dr. Harald Kempf. Vorstand: Dr. Ines Brenner (Vors.), Tobias Lorch, Mehmet Aydın.<br>Dies ist eine automatisch generierte E-Mail. Bitte antworten Sie nicht darauf.</td></tr>
</table></body></html>""",
    "company": "Brenner Automotive Systems", "contact": "",
})

# 4 -- public utility, letter as PDF after the interview, role mailbox inviting questions
add({
    "n": "utility_pdf_letter", "kind": "rejection", "lang": "de",
    "frm": ("Stadtwerke Donautal - Personalgewinnung", "personalgewinnung@stadtwerke-donautal.example.de"),
    "subj": "Ausschreibung 07/2026 Produktverantwortliche/r Netztechnik - Mitteilung",
    "date": "2026-04-22 10:14 +0200", "struct": "mixed", "cs": "iso-8859-1", "cte": "8bit",
    "body": """Sehr geehrter Herr Szymanski-Ortega,

im Anschluss an das Auswahlgespräch vom 31.03.2026 übersenden wir Ihnen beigefügt unser Schreiben zum Ausgang des Auswahlverfahrens für die Stelle "Produktverantwortliche/r Netztechnik" (Kennziffer 07/2026).

Wir bedauern, Ihnen keine positivere Nachricht geben zu können. Der Personalrat und die Gleichstellungsbeauftragte wurden gemäß LPVG beteiligt.

Bei Rückfragen zum Verfahren antworten Sie gerne auf diese E-Mail; Frau Bauknecht aus unserem Team meldet sich dann bei Ihnen.

Mit freundlichen Grüßen
Ihre Personalgewinnung

Stadtwerke Donautal
Anstalt des öffentlichen Rechts
Karlstraße 1-3, 89073 Ulm
www.stadtwerke-donautal.example.de
""",
    "att": [("Mitteilung_Auswahlverfahren_07-2026.pdf", [
        "Stadtwerke Donautal - Personalgewinnung",
        "Herrn Benedikt Szymanski-Ortega",
        "Ausschreibung 07/2026 Produktverantwortliche/r Netztechnik",
        "Sehr geehrter Herr Szymanski-Ortega,",
        "nach Abschluss des Auswahlverfahrens muessen wir Ihnen leider mitteilen,",
        "dass wir uns fuer eine andere Bewerberin entschieden haben.",
        "Ihre Bewerbungsunterlagen werden nach Ablauf der Frist nach AGG vernichtet.",
        "Mit freundlichen Gruessen, i. A. Petra Bauknecht",
    ])],
    "company": "Stadtwerke Donautal", "contact": "personalgewinnung@stadtwerke-donautal.example.de",
})

# 5 -- Swiss, speculative application, windows-1252
add({
    "n": "swiss_speculative", "kind": "rejection", "lang": "de",
    "frm": ("Nadja Flückiger", "nadja.flueckiger@laeubli.example.ch"),
    "subj": "Ihre Initiativbewerbung",
    "date": "2026-03-19 14:47 +0100", "cs": "windows-1252", "cte": "quoted-printable",
    "body": """Grüezi Herr Szymanski

Besten Dank für Ihre Initiativbewerbung vom 2. März und das Interesse an der Läubli Präzisionstechnik.

Wir haben Ihr Dossier mit unserer Geschäftsleitung angeschaut. Im Moment haben wir im Produktmanagement leider keine Vakanz, und eine solche ist auch für das laufende Jahr nicht geplant. Wir müssen Ihnen deshalb absagen – das hat nichts mit Ihrer Qualifikation zu tun, die uns durchaus gefallen hat.

Falls Sie einverstanden sind, behalten wir Ihr Dossier gerne für zwölf Monate in Evidenz. Eine kurze Antwort genügt.

Freundliche Grüsse

Nadja Flückiger
HR Business Partnerin

Läubli Präzisionstechnik AG
Hochbergerstrasse 60 · CH-4057 Basel
T +41 61 638 44 20
""",
    "company": "Läubli Präzisionstechnik", "contact": "nadja.flueckiger@laeubli.example.ch",
})

# 6 -- Austrian, role on hold, process stopped
add({
    "n": "austria_on_hold", "kind": "rejection", "lang": "de",
    "frm": ("Mag. Johanna Reisinger", "johanna.reisinger@donaustahl.example.at"),
    "subj": "Bewerbung Produktmanager Anlagenbau - Information zum Verfahren",
    "date": "2026-02-24 09:03 +0100", "cs": "utf-8", "cte": "8bit",
    "body": """Sehr geehrter Herr Szymański-Ortega,

Sie haben sich im Jänner bei uns als Produktmanager für den Geschäftsbereich Walzwerkstechnik beworben. Dafür nochmals vielen Dank.

Leider muss ich Ihnen mitteilen, dass die Position aufgrund einer Neuausrichtung des Geschäftsbereichs bis auf Weiteres auf Eis gelegt wurde. Wir werden das Auswahlverfahren daher nicht fortsetzen und alle laufenden Bewerbungen schließen. Ob und wann die Stelle neu ausgeschrieben wird, ist derzeit nicht absehbar.

Ich bedaure sehr, Ihnen keine andere Nachricht geben zu können, zumal Ihr Profil bei uns sehr gut angekommen ist.

Mit freundlichen Grüßen aus Linz

Mag. Johanna Reisinger
Recruiting & Employer Branding
DONAUSTAHL Anlagenbau GmbH
Industriezeile 47, 4020 Linz
FN 184320 t, Landesgericht Linz
""",
    "company": "DONAUSTAHL Anlagenbau", "contact": "johanna.reisinger@donaustahl.example.at",
})

# 7 -- one terse line from the hiring manager's phone; quoted invitation says the opposite
add({
    "n": "terse_mobile_quoted_invite", "kind": "rejection", "lang": "de",
    "frm": ("Thomas Maier", "t.maier@wissler-wzm.example.de"),
    "subj": "AW: Vielen Dank für das Gespräch",
    "date": "2026-03-13 18:51 +0100", "cs": "utf-8", "cte": "quoted-printable",
    "irt": "<CAB7f2Qk1pZq0sV9@mail.example.de>",
    "refs": ["<8c21aa04-ff10@wissler-wzm.example.de>", "<CAB7f2Qk1pZq0sV9@mail.example.de>"],
    "body": """Hallo Herr Szymanski, wir haben uns leider für einen anderen Kandidaten entschieden. Trotzdem danke und viel Erfolg. Gruß T. Maier

Von meinem iPhone gesendet

Von: Benedikt Szymański-Ortega <b.szymanski@example.de>
Gesendet: Mittwoch, 11. März 2026 08:12
An: Thomas Maier <t.maier@wissler-wzm.example.de>
Betreff: Vielen Dank für das Gespräch

Sehr geehrter Herr Maier,

vielen Dank für das offene Gespräch am Montag und die Führung durch die Montage. Die Stelle als Produktmanager Schleifmaschinen reizt mich nach unserem Termin noch mehr als vorher.

Viele Grüße
Benedikt Szymański-Ortega

Von: Thomas Maier <t.maier@wissler-wzm.example.de>
Gesendet: Donnerstag, 26. Februar 2026 15:40
An: Benedikt Szymański-Ortega <b.szymanski@example.de>
Betreff: Einladung Vorstellungsgespräch

Sehr geehrter Herr Szymański-Ortega,

gerne laden wir Sie zu einem persönlichen Vorstellungsgespräch am Montag, 9. März, um 14:00 Uhr in unser Werk in Esslingen ein. Bitte bestätigen Sie den Termin kurz.

Mit freundlichen Grüßen
Thomas Maier
Leiter Produktmanagement
Gebr. Wissler Werkzeugmaschinen GmbH
Fabrikstraße 8, 73728 Esslingen am Neckar
""",
    "company": "Gebr. Wissler Werkzeugmaschinen", "contact": "t.maier@wissler-wzm.example.de",
})

# 8 -- Personalberater relays the named client after the interview
add({
    "n": "personalberater_named_client", "kind": "rejection", "lang": "de",
    "frm": ("Dr. Frank Hohenstein", "f.hohenstein@hohenstein-pb.example.de"),
    "subj": "Auer & Söhne - Rückmeldung nach dem Zweitgespräch",
    "date": "2026-05-29 12:20 +0200", "cs": "iso-8859-1", "cte": "quoted-printable",
    "body": """Lieber Herr Szymanski-Ortega,

wie versprochen melde ich mich direkt nach meinem Telefonat mit Herrn Auer junior.

Ich mache es kurz, auch wenn es mir nicht leichtfällt: Unser Mandant, die Auer & Söhne Verpackungsmaschinen, hat sich für einen anderen Kandidaten entschieden. Ausschlaggebend war am Ende die langjährige Vertriebserfahrung des Mitbewerbers im Pharma-Umfeld, die für die ersten zwei Jahre als besonders wichtig eingeschätzt wurde. Ihr technisches Verständnis und Ihre Art, Kundenprobleme zu strukturieren, wurden ausdrücklich gelobt.

Ich würde gerne mit Ihnen in Kontakt bleiben. Ich habe im Sommer zwei weitere Mandate im Maschinenbau in der Region, bei denen Ihr Profil sehr gut passen könnte. Passt Ihnen ein kurzes Telefonat in der kommenden Woche?

Herzliche Grüße
Frank Hohenstein

--
Dr. Frank Hohenstein | Geschäftsführender Partner
Hohenstein Personalberatung GmbH | Königstraße 26 | 70173 Stuttgart
+49 711 2205 8810 | www.hohenstein-pb.example.de
""",
    "company": "Auer & Söhne Verpackungsmaschinen", "contact": "f.hohenstein@hohenstein-pb.example.de",
})

# 9 -- executive search about its own mandate, client not named
add({
    "n": "exec_search_anonymous_client", "kind": "rejection", "lang": "de",
    "frm": ("Sabrina Kolb", "sabrina.kolb@kluge-partner.example.de"),
    "subj": "Mandat \"Leitung Produktmanagement Sondermaschinen\"",
    "date": "2026-04-08 17:33 +0200", "cs": "utf-8", "cte": "quoted-printable",
    "body": """Guten Abend Herr Szymański-Ortega,

vielen Dank für das ausführliche Telefoninterview letzte Woche und die nachgereichten Unterlagen.

Wir haben Ihr Profil in dieser Woche mit unserem Mandanten - einem familiengeführten Sondermaschinenbauer auf der Schwäbischen Alb - besprochen. Für diese Leitungsfunktion legt der Kunde großen Wert auf mehrjährige disziplinarische Führungserfahrung, die wir in Ihrem Werdegang so noch nicht abbilden können. Wir werden Sie für dieses Mandat daher nicht weiter vorstellen.

Gerne behalten wir Sie für Positionen auf der Ebene Senior Produktmanager im Blick.

Beste Grüße

Sabrina Kolb
Senior Consultant

Dr. Kluge & Partner Executive Search
Friedrichstraße 10 · 70174 Stuttgart
T +49 711 9484 330 · M +49 171 4420 918
LinkedIn: linkedin.example.com/in/sabrinakolb

Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail.
""",
    "company": "Dr. Kluge & Partner Executive Search", "contact": "sabrina.kolb@kluge-partner.example.de",
})

# 10 -- softgarden, closer match wording
add({
    "n": "softgarden_closer_match", "kind": "rejection", "lang": "de",
    "frm": ("Badenia Messtechnik Recruiting", "noreply@softgarden.io"),
    "subj": "Absage: Produktmanager Koordinatenmesstechnik (m/w/d)",
    "date": "2026-03-05 13:12 +0100", "struct": "html", "cs": "utf-8", "cte": "quoted-printable",
    "hdr": {"X-Softgarden-Channel": "applicant-mail"},
    "html": """<html><body style="background-color:#ffffff">
<div style="max-width:580px;margin:0 auto;font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#333333;line-height:1.5">
<div style="text-align:right;padding:12px 0"><img src="https://static.softgarden.io/company/badenia/logo.png" alt="Badenia Messtechnik" height="40"></div>
<p>Sehr geehrter Herr Szymański-Ortega,</p>
<p>vielen Dank für Ihr Interesse an Badenia Messtechnik und die Zeit, die Sie in Ihre Bewerbung investiert haben.</p>
<p>Nach sorgfältiger Prüfung aller Unterlagen haben wir uns entschieden, mit Bewerberinnen und Bewerbern weiterzumachen, deren Erfahrung den Anforderungen der Position noch enger entspricht. Wir wissen, dass eine solche Nachricht enttäuschend ist, und bedanken uns für Ihr Verständnis.</p>
<p>Wir wünschen Ihnen auf Ihrem weiteren Weg viel Erfolg.</p>
<p>Freundliche Grüße<br>Ihr Badenia-Recruiting-Team</p>
<hr style="border:none;border-top:1px solid #ddd">
<p style="font-size:11px;color:#999">Badenia Messtechnik GmbH · Durlacher Allee 92 · 76131 Karlsruhe · Amtsgericht Mannheim HRB 104 229 · Geschäftsführung: Jörg Wendling<br>
Diese E-Mail wurde über softgarden versendet. <a href="https://badenia.softgarden.io/de/privacy?utm_source=mail" style="color:#999">Datenschutz</a> | <a href="https://app.softgarden.io/unsubscribe?t=ba91f0e2" style="color:#999">Benachrichtigungen verwalten</a></p>
</div>
<img src="https://track.softgarden.io/open/ba91f0e2.gif" width="1" height="1" alt="">
</body></html>""",
    "company": "Badenia Messtechnik", "contact": "",
})

# 11 -- start-up on Personio, du, Reply-To the recruiter
add({
    "n": "startup_personio_du", "kind": "rejection", "lang": "de",
    "frm": ("flinkwerk Jobs", "no-reply@personio.de"),
    "rt": ("Lea Hoffmann", "lea.hoffmann@flinkwerk.example.de"),
    "subj": "Update zu deiner Bewerbung bei flinkwerk",
    "date": "2026-06-16 15:58 +0200", "struct": "html", "cs": "utf-8", "cte": "quoted-printable",
    "html": """<div style="font-family:Inter,Arial,sans-serif;font-size:15px;color:#111827;max-width:560px">
<p><img src="https://flinkwerk.jobs.personio.de/img/flinkwerk-wordmark.png" alt="flinkwerk" width="120"></p>
<p>Hey Benedikt,</p>
<p>danke dir, dass du dich für unsere Rolle als <b>Product Owner Retrofit-Kits</b> beworben hast und dir die Zeit für die Case-Aufgabe genommen hast!</p>
<p>Wir haben lange diskutiert – am Ende haben wir uns aber gegen dich und für eine Person entschieden, die schon Software-Produkte für den Shopfloor gebaut hat. Das ist uns gerade in dieser Phase einfach extrem wichtig.</p>
<p>Wenn du Feedback zu deiner Case-Lösung möchtest, antworte einfach auf diese Mail, dann nehme ich mir gerne 15 Minuten für dich.</p>
<p>Alles Gute und bis bald vielleicht 👋<br>Lea<br><span style="color:#6b7280">People &amp; Culture · flinkwerk</span></p>
<p style="font-size:11px;color:#9ca3af">flinkwerk Technologies GmbH · Wiener Str. 8 · 70469 Stuttgart · HRB 79 3312 · Gesendet mit <a href="https://www.personio.de/?utm_source=candidate_mail" style="color:#9ca3af">Personio</a></p>
</div>""",
    "company": "flinkwerk", "contact": "lea.hoffmann@flinkwerk.example.de",
})

# 12 -- Taleo: interview cancelled because the position will not be filled at all
add({
    "n": "taleo_cancel_position_closed", "kind": "rejection", "lang": "de",
    "frm": ("UNT Karriere", "unt-karriere@taleo.net"),
    "subj": "Absage Ihres Interviewtermins am 14.05.2026",
    "date": "2026-05-06 08:21 +0200", "struct": "html", "cs": "iso-8859-1", "cte": "quoted-printable",
    "html": """<html><body>
<table width="100%" style="font-family:Verdana,sans-serif;font-size:12px"><tr><td>
<table width="620" align="center" style="border:1px solid #cccccc"><tr><td bgcolor="#c8102e" style="padding:10px"><img src="https://unt.taleo.net/careersection/theme/unt/logo.gif" alt="Ulmer Nutzfahrzeugtechnik"></td></tr>
<tr><td style="padding:20px">
<p>Sehr geehrter Herr Szymanski-Ortega,</p>
<p>wir beziehen uns auf Ihren Interviewtermin am <b>14.05.2026 um 09:30 Uhr</b> für die Position <b>Produktmanager Achssysteme (Job-ID 2600318)</b>.</p>
<p>Aufgrund einer kurzfristigen Entscheidung unserer Geschäftsführung wird diese Position nicht besetzt. Wir müssen den vereinbarten Termin daher absagen und das Bewerbungsverfahren für diese Stelle beenden.</p>
<p>Wir bedauern die Umstände sehr. Ihr Kandidatenprofil bleibt in unserem System aktiv, und Sie können sich jederzeit auf andere Stellen bewerben.</p>
<p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team der Ulmer Nutzfahrzeugtechnik</p>
</td></tr>
<tr><td style="padding:10px 20px;font-size:10px;color:#666666">Ulmer Nutzfahrzeugtechnik GmbH, Magirusstraße 140, 89077 Ulm. Registergericht Ulm HRB 2214. Geschäftsführung: Andreas Pfleiderer, Dr. Kerstin Vogt.<br>Bitte antworten Sie nicht auf diese automatisch erzeugte Nachricht.</td></tr></table>
</td></tr></table></body></html>""",
    "company": "Ulmer Nutzfahrzeugtechnik", "contact": "",
})

# 13 -- research institute, reply to the candidate's status question (German "Am ... schrieb")
add({
    "n": "institute_reply_status", "kind": "rejection", "lang": "de",
    "frm": ("Heike Brunnert", "heike.brunnert@faf-karlsruhe.example.de"),
    "subj": "Re: Stand meiner Bewerbung Kennziffer FAF-2026-031",
    "date": "2026-04-27 11:46 +0200", "cs": "utf-8", "cte": "quoted-printable",
    "irt": "<5a6c0e1f-9b2d-4c07-8c1e-b1sz0427@example.de>",
    "body": """Sehr geehrter Herr Szymański-Ortega,

vielen Dank für Ihre Nachfrage und entschuldigen Sie bitte die lange Wartezeit.

Die Auswahlkommission hat sich nach den Gesprächen in der vergangenen Woche für eine Mitbewerberin entschieden, die die Stelle zum 1. Juni antreten wird. Ich muss Ihnen daher leider mitteilen, dass wir Ihre Bewerbung nicht berücksichtigen konnten.

Ihre Unterlagen senden wir Ihnen nicht per Post zurück; die elektronischen Daten werden nach Ablauf von sechs Monaten gelöscht.

Mit freundlichen Grüßen
Heike Brunnert

Forschungszentrum für Antriebs- und Fertigungstechnik Karlsruhe (FAF)
Personalabteilung
Hertzstraße 16, 76187 Karlsruhe
Tel. 0721 608-4471

Am 24.04.2026 um 08:05 schrieb Benedikt Szymański-Ortega <b.szymanski@example.de>:
> Sehr geehrte Frau Brunnert,
>
> am 17. April durfte ich mich bei Ihnen im Ersatztermin zum Auswahlgespräch vorstellen.
> Gibt es inzwischen schon eine Entscheidung? Ich freue mich weiterhin sehr auf eine
> Zusage und die Möglichkeit, in Ihrem Transferteam zu arbeiten.
>
> Mit freundlichen Grüßen
> Benedikt Szymański-Ortega
""",
    "company": "Forschungszentrum für Antriebs- und Fertigungstechnik Karlsruhe", "contact": "heike.brunnert@faf-karlsruhe.example.de",
})

# 14 -- Swiss SmartRecruiters, multipart/alternative
add({
    "n": "swiss_smartrecruiters_alt", "kind": "rejection", "lang": "de",
    "frm": ("Rheintal Packaging Systems", "noreply@smartrecruiters.com"),
    "subj": "Ihre Bewerbung bei Rheintal Packaging Systems",
    "date": "2026-03-30 09:12 +0200", "struct": "alt", "cs": "utf-8", "cte": "quoted-printable",
    "body": """Guten Tag Herr Szymański-Ortega

Vielen Dank für Ihre Bewerbung als Product Manager Blisterlinien und das Interesse an Rheintal Packaging Systems.

Wir haben uns nach eingehender Prüfung entschieden, den Prozess mit anderen Kandidierenden weiterzuführen. Gerne hätten wir Ihnen einen anderen Bescheid gegeben.

Wir danken Ihnen für Ihr Verständnis und wünschen Ihnen für die Zukunft alles Gute.

Freundliche Grüsse
Talent Acquisition
Rheintal Packaging Systems AG, Basel

Powered by SmartRecruiters - https://www.smartrecruiters.com
""",
    "html": """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<table width="600" cellpadding="0" cellspacing="0"><tr><td style="padding:20px 0"><img src="https://c.smartrecruiters.com/sr-company-logo/rheintal-packaging.png" alt="Rheintal Packaging Systems" height="44"></td></tr>
<tr><td>
<p>Guten Tag Herr Szymański-Ortega</p>
<p>Vielen Dank für Ihre Bewerbung als <b>Product Manager Blisterlinien</b> und das Interesse an Rheintal Packaging Systems.</p>
<p>Wir haben uns nach eingehender Prüfung entschieden, den Prozess mit anderen Kandidierenden weiterzuführen. Gerne hätten wir Ihnen einen anderen Bescheid gegeben.</p>
<p>Wir danken Ihnen für Ihr Verständnis und wünschen Ihnen für die Zukunft alles Gute.</p>
<p>Freundliche Grüsse<br>Talent Acquisition<br>Rheintal Packaging Systems AG, Basel</p>
</td></tr>
<tr><td style="font-size:11px;color:#8a8a8a;padding-top:24px">Powered by <a href="https://www.smartrecruiters.com/?utm_medium=email&amp;utm_source=candidate">SmartRecruiters</a> · <a href="https://jobs.smartrecruiters.com/privacy-policy">Privacy</a></td></tr></table>
<img src="https://email.smartrecruiters.com/o/eJwNyzEOgCAMAMCvdB0.gif" width="1" height="1" alt="">
</body></html>""",
    "company": "Rheintal Packaging Systems", "contact": "",
})

# 15 -- Austrian family business after a second interview, iso-8859-1 8bit
add({
    "n": "austria_family_second_round", "kind": "rejection", "lang": "de",
    "frm": ("Gerhard Mühlbacher", "g.muehlbacher@muehlfoerder.example.at"),
    "subj": "Ihre Bewerbung - unser Gespräch",
    "date": "2026-04-30 19:22 +0200", "cs": "iso-8859-1", "cte": "8bit",
    "body": """Sehr geehrter Herr DI Szymanski,

danke, dass Sie den weiten Weg ins Mühlviertel auf sich genommen haben. Das zweite Gespräch mit meinem Bruder und mir war sehr angenehm, und Sie haben gute Fragen zu unseren Fördersystemen gestellt.

Wir haben uns nach reiflicher Überlegung dennoch entschieden, die Stelle mit einem Kandidaten aus der Region zu besetzen, der unsere Kunden in Oberösterreich schon lange kennt. Für ein Familienunternehmen unserer Größe ist das ein wichtiger Punkt gewesen.

Ich wünsche Ihnen für Ihre weitere Suche alles Gute und hoffe, dass wir uns vielleicht auf einer Messe wieder begegnen.

Mit freundlichen Grüßen

Gerhard Mühlbacher
Geschäftsführer
Mühlviertler Fördertechnik Mühlbacher GmbH
Gewerbestraße 12, 4190 Bad Leonfelden
Tel.: +43 7213 6640-0
""",
    "company": "Mühlviertler Fördertechnik Mühlbacher", "contact": "g.muehlbacher@muehlfoerder.example.at",
})

# 16 -- staffing agency, exclamation-heavy, client not named
add({
    "n": "agency_exclamations", "kind": "rejection", "lang": "de",
    "frm": ("Kevin Brandl | TopTalent", "kevin.brandl@toptalent-eng.example.de"),
    "subj": "Update",
    "date": "2026-02-19 10:02 +0100", "struct": "html", "cs": "windows-1252", "cte": "quoted-printable",
    "html": """<html><body style="font-family:Calibri,Arial;font-size:11pt">
<p>Hallo Herr Szymanski!!</p>
<p>Leider schlechte Nachrichten: der Kunde (Automotive-Zulieferer im Raum Heilbronn) hat sich für einen anderen Kandidaten entschieden!! Es lag NICHT an Ihnen – der andere Bewerber war einfach schon im Haus bekannt.</p>
<p><b>Aber Kopf hoch!!!</b> Wir haben aktuell über 40 spannende Projekte im Bereich Maschinenbau &amp; Automotive und ich melde mich diese Woche noch mit 2–3 TOP-Stellen bei Ihnen!!! :-)</p>
<p>Beste Grüße<br>Kevin Brandl<br>Senior Recruiter Engineering</p>
<table cellpadding="0" cellspacing="0" style="margin-top:12px"><tr>
<td style="border-right:2px solid #ff6600;padding-right:10px"><img src="https://toptalent-eng.example.de/sig/logo.png" alt="TopTalent Engineering Solutions" width="110"></td>
<td style="padding-left:10px;font-size:9pt;color:#555">TopTalent Engineering Solutions GmbH<br>Heilbronner Str. 150 · 70191 Stuttgart<br>Tel. 0711 / 25 29 77-31 · <a href="https://www.toptalent-eng.example.de/jobs?utm_campaign=signatur">Alle Jobs</a><br>
<a href="https://xing.example.com/pages/toptalent">XING</a> | <a href="https://linkedin.example.com/company/toptalent-eng">LinkedIn</a> | <a href="https://instagram.example.com/toptalent.jobs">Instagram</a></td></tr></table>
<p style="font-size:8pt;color:#999">Arbeitnehmerüberlassung gem. § 1 AÜG erteilt durch die Bundesagentur für Arbeit. Geschäftsführer: Sven Oberle. Amtsgericht Stuttgart HRB 77 5104.</p>
</body></html>""",
    "company": "TopTalent Engineering Solutions", "contact": "kevin.brandl@toptalent-eng.example.de",
})

# 17 -- job board passes on the employer's rejection
add({
    "n": "jobboard_relays_status", "kind": "rejection", "lang": "de",
    "frm": ("Jobbrücke", "benachrichtigung@mail.jobbruecke.example.de"),
    "subj": "Sennheim Hydraulik hat deine Bewerbung beantwortet",
    "date": "2026-05-12 20:14 +0200", "struct": "html", "cs": "utf-8", "cte": "base64",
    "hdr": {"List-Unsubscribe": "<https://www.jobbruecke.example.de/abmelden?u=b7c1e0>",
         "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"},
    "html": """<html><body style="margin:0;background:#eef1f5">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,sans-serif;font-size:15px;color:#202124">
<tr><td style="padding:20px;background:#14325c"><img src="https://www.jobbruecke.example.de/img/mail/logo-white.png" alt="Jobbrücke" height="28"></td></tr>
<tr><td style="padding:24px 24px 8px">Hallo Benedikt,</td></tr>
<tr><td style="padding:0 24px">es gibt Neuigkeiten zu deiner Bewerbung als <b>Produktmanager Mobilhydraulik (m/w/d)</b> bei <b>Sennheim Hydraulik</b> in Karlsruhe.</td></tr>
<tr><td style="padding:16px 24px"><div style="border-left:4px solid #d93025;padding:12px 16px;background:#fdf3f2">
<b>Nachricht des Arbeitgebers:</b><br>„Vielen Dank für Ihre Bewerbung. Leider können wir Sie im weiteren Verfahren nicht berücksichtigen. Wir wünschen Ihnen viel Erfolg. – Personalabteilung Sennheim Hydraulik GmbH“</div></td></tr>
<tr><td style="padding:8px 24px 24px">Lass dich nicht entmutigen! Hier sind <a href="https://www.jobbruecke.example.de/r/aHR0cHM6Ly9qb2I?utm_source=status_mail">ähnliche Jobs in deiner Nähe</a>.</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#777;background:#f7f7f7">Du erhältst diese E-Mail, weil du dich über Jobbrücke beworben hast. <a href="https://www.jobbruecke.example.de/einstellungen/mails?u=b7c1e0">E-Mail-Einstellungen</a> · <a href="https://www.jobbruecke.example.de/abmelden?u=b7c1e0">Abmelden</a><br>Jobbrücke GmbH, Rosenthaler Str. 40, 10178 Berlin · HRB 201 554 B</td></tr>
</table><img src="https://t.mail.jobbruecke.example.de/o/b7c1e0.png" width="1" height="1" alt=""></td></tr></table></body></html>""",
    "company": "Sennheim Hydraulik", "contact": "",
})

# 18 -- Greenhouse, English, multipart/alternative, "more closely matches"
add({
    "n": "greenhouse_closer_match", "kind": "rejection", "lang": "en",
    "frm": ("Voltaris Robotics via Greenhouse", "no-reply@us.greenhouse-mail.io"),
    "subj": "Your application to Voltaris Robotics", "to": CAND,
    "date": "2026-04-14 18:03 +0200", "struct": "alt", "cs": "utf-8", "cte": "quoted-printable",
    "html": """<html><body style="font-family:-apple-system,Helvetica,Arial,sans-serif;font-size:14px;line-height:1.55;color:#24292e">
<div style="max-width:600px">
<p><img src="https://s3.amazonaws.example.com/grnhse-prod/voltaris/logo.png" alt="Voltaris Robotics" width="150"></p>
<p>Hi Benedikt,</p>
<p>Thank you for your interest in the Senior Product Manager, Collaborative Robots role and for the time you spent with Anika, Marco and the team over the last few weeks.</p>
<p>After a lot of deliberation we have decided to move forward with candidates whose experience more closely matches our current needs, in particular with software-defined robot platforms.</p>
<p>We genuinely enjoyed getting to know you and would be happy to stay in touch as the product organisation grows.</p>
<p>All the best,<br>The Voltaris Robotics Talent Team</p>
<p style="font-size:11px;color:#8b949e">Voltaris Robotics AG · Lindwurmstraße 88 · 80337 München<br>
<a href="https://boards.greenhouse.io/voltaris?gh_src=email" style="color:#8b949e">Careers</a> · This mailbox is not monitored.</p>
</div>
<img src="https://us.greenhouse-mail.io/wf/open?upn=3fa91cc0e" width="1" height="1" border="0" alt="">
</body></html>""",
    "company": "Voltaris Robotics", "contact": "",
})

# 19 -- Lever, recruiter writes through the ATS, Reply-To her own address
add({
    "n": "lever_after_final_round", "kind": "rejection", "lang": "en",
    "frm": ("Emma Lindahl", "no-reply@hire.lever.co"),
    "rt": ("Emma Lindahl", "emma.lindahl@lindqvist-motion.example.com"),
    "subj": "Lindqvist Motion Systems – Product Manager Linear Axes",
    "date": "2026-03-27 11:09 +0100", "struct": "alt", "cs": "utf-8", "cte": "quoted-printable",
    "body": """Hi Benedikt,

Thanks again for coming in for the final round on Tuesday. I know it was a long day with the case presentation and three interviews back to back.

I wanted to call you but couldn't reach you, so I'm writing instead: the panel has decided not to move forward with your application. The feedback was genuinely positive on your engineering depth and how you handled the customer scenario. Where the team felt the gap was pricing and commercial ownership, which this role carries from day one.

I'm sorry this isn't the news you were hoping for. If you'd like a short call to go through the feedback in more detail, just reply here and we'll find a slot.

Warm regards,
Emma

Emma Lindahl | Talent Partner DACH | Lindqvist Motion Systems
Munich · Gothenburg · Chicago
""",
    "html": """<div style="font-family:Arial,sans-serif;font-size:14px">
<p>Hi Benedikt,</p>
<p>Thanks again for coming in for the final round on Tuesday. I know it was a long day with the case presentation and three interviews back to back.</p>
<p>I wanted to call you but couldn't reach you, so I'm writing instead: the panel has decided not to move forward with your application. The feedback was genuinely positive on your engineering depth and how you handled the customer scenario. Where the team felt the gap was pricing and commercial ownership, which this role carries from day one.</p>
<p>I'm sorry this isn't the news you were hoping for. If you'd like a short call to go through the feedback in more detail, just reply here and we'll find a slot.</p>
<p>Warm regards,<br>Emma</p>
<p style="color:#666">Emma Lindahl | Talent Partner DACH | Lindqvist Motion Systems<br>Munich · Gothenburg · Chicago</p>
<img src="https://hire.lever.co/email/open/7c0d1e9a-4a4b" width="1" height="1" alt="">
</div>""",
    "company": "Lindqvist Motion Systems", "contact": "emma.lindahl@lindqvist-motion.example.com",
})

# 20 -- UK-owned firm, role put on hold and not proceeding, plain
add({
    "n": "uk_role_on_hold", "kind": "rejection", "lang": "en",
    "frm": ("Oliver Pennington", "oliver.pennington@carrow-industrial.example.com"),
    "subj": "Product Manager - Process Pumps (Stuttgart) - update",
    "date": "2026-05-21 16:40 +0200", "cs": "windows-1252", "cte": "quoted-printable",
    "body": """Dear Benedikt,

I hope you are well. I'm afraid I'm writing with disappointing news.

Following a review of our 2026 headcount plan, the Product Manager - Process Pumps role in Stuttgart has been put on hold and we will not proceed with the recruitment at this stage. This is a business decision and in no way a reflection on you; you were one of two candidates we were planning to invite to the final stage.

I appreciate the time you've invested in the process. Should the role be reopened later in the year, I will contact you directly before we advertise it.

Kind regards,

Oliver Pennington
Senior Talent Acquisition Partner, EMEA
Carrow Industrial Ltd
M: +44 7700 900 418

Carrow Industrial Ltd is registered in England No 04829113. Registered office: 3 Canal Wharf, Leeds LS11 5PS.
This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it.
""",
    "company": "Carrow Industrial", "contact": "oliver.pennington@carrow-industrial.example.com",
})

# 21 -- terse iPhone reply, Gmail quote of the candidate's follow-up
add({
    "n": "terse_iphone_gmail_quote", "kind": "rejection", "lang": "en",
    "frm": ("Raj Malhotra", "raj.malhotra@rotecdyn.example.com"),
    "subj": "Re: Following up",
    "date": "2026-07-09 21:17 -0600", "cs": "utf-8", "cte": "quoted-printable",
    "irt": "<CAF9xq2Mv0wDs3@mail.example.de>",
    "body": """Benedikt - thanks for your patience. We're going another way on this one. Best of luck.

Raj

Sent from my iPhone

> On Jul 7, 2026, at 3:02 AM, Benedikt Szymański-Ortega <b.szymanski@example.de> wrote:
>
> Hi Raj,
>
> Following up on our conversation about the Product Manager role at Rotec
> Dynamics in Monterrey. I'm still very keen and happy to do a second interview
> on site in Apodaca whenever it suits the team.
>
> Best regards,
> Benedikt
""",
    "company": "Rotec Dynamics", "contact": "raj.malhotra@rotecdyn.example.com",
})

# 22 -- Ashby, start-up, HTML only
add({
    "n": "ashby_startup", "kind": "rejection", "lang": "en",
    "frm": ("Kinetiq Labs Hiring", "no-reply@ashbyhq.com"),
    "subj": "Update on your Kinetiq Labs application",
    "date": "2026-06-02 09:55 +0200", "struct": "html", "cs": "utf-8", "cte": "base64",
    "html": """<!doctype html><html><body style="background:#fafafa;margin:0">
<table role="presentation" width="100%"><tr><td align="center" style="padding:32px 12px">
<table role="presentation" width="520" style="background:#fff;border:1px solid #eee;border-radius:8px;font-family:system-ui,Arial,sans-serif;font-size:15px;color:#111">
<tr><td style="padding:28px 28px 0"><img src="https://app.ashbyhq.com/api/images/org-theme-logo/kinetiq.png" alt="Kinetiq Labs" height="26"></td></tr>
<tr><td style="padding:20px 28px">
<p>Hi Benedikt,</p>
<p>Thanks so much for taking the time to interview for the Product Manager, Edge Devices role. After careful consideration, we've decided not to move forward with your candidacy at this time.</p>
<p>This was a tough call — we had a strong pool, and we'd love for you to keep an eye on our careers page as we grow.</p>
<p>Best,<br>Kinetiq Labs</p>
</td></tr>
<tr><td style="padding:0 28px 24px;font-size:12px;color:#999">Kinetiq Labs GmbH · Munich · <a href="https://jobs.ashbyhq.com/kinetiq?utm_source=rejection" style="color:#999">Open roles</a></td></tr>
</table></td></tr></table>
<img src="https://app.ashbyhq.com/email-tracking/open/4c2e1d.gif" width="1" height="1" alt="">
</body></html>""",
    "company": "Kinetiq Labs", "contact": "",
})

# 23 -- English agency relays a named client after the case study; quotes its own invitation
add({
    "n": "agency_named_client_case_study", "kind": "rejection", "lang": "en",
    "frm": ("Harriet Caldwell", "harriet@caldwellroe.example.com"),
    "subj": "RE: Alder Precision Tools - case study",
    "date": "2026-08-19 13:27 +0200", "cs": "utf-8", "cte": "quoted-printable",
    "irt": "<DB9PR02MB7719E2@DB9PR02MB7719.eurprd02.prod.outlook.example.com>",
    "body": """Hi Benedikt,

Quick one as promised. Alder have reviewed the case studies and unfortunately they won't be progressing your application to the next stage. Their feedback: strong on the technical analysis of the spindle range, lighter on the go-to-market part (pricing tiers, channel). They've moved two other candidates forward.

I know it's frustrating after the effort you put in. Let's have a chat on Friday - there's another product role I think would suit you better.

Harriet

Harriet Caldwell
Director | Caldwell Roe Recruitment
+49 89 2154 7760 | caldwellroe.example.com

-----Original Message-----
From: Harriet Caldwell <harriet@caldwellroe.example.com>
Sent: Monday, August 10, 2026 10:14 AM
To: Benedikt Szymanski-Ortega <b.szymanski@example.de>
Subject: Alder Precision Tools - case study

Hi Benedikt,

Great news - Alder Precision Tools were impressed and would like to invite you to the next step! They've asked for a short case study (attached) on their spindle range, due back Monday 17th. If that goes well, the final interview would be in Munich.

Harriet
""",
    "company": "Alder Precision Tools", "contact": "harriet@caldwellroe.example.com",
})

# 24 -- Bilbao family workshop after the interview, usted, iso-8859-1 QP
add({
    "n": "bilbao_workshop_usted", "kind": "rejection", "lang": "es",
    "frm": ("Itziar Garaikoetxea", "itziar@garaikoetxea.example.es"),
    "subj": "Proceso de selección - Responsable de Producto", "to": CAND_PLAIN,
    "date": "2026-03-25 13:40 +0100", "cs": "iso-8859-1", "cte": "quoted-printable",
    "body": """Estimado Sr. Szymanski:

Le agradecemos sinceramente su visita a nuestras instalaciones de Basauri y el tiempo que dedicó a conocer a nuestro equipo técnico.

Tras valorar con detenimiento todas las candidaturas, hemos decidido continuar el proceso con otros candidatos cuyo perfil se ajusta más a las necesidades actuales del puesto, especialmente en lo relativo a la relación con clientes del sector ferroviario.

Lamentamos no poder darle una respuesta más favorable. Conservaremos su currículum, con su consentimiento, para futuras vacantes.

Reciba un cordial saludo,

Itziar Garaikoetxea Uribe
Dirección de Personas
Talleres Garaikoetxea, S.L.
Polígono Industrial Lapatza, 7 - 48970 Basauri (Bizkaia)
Tel. 944 402 118
""",
    "company": "Talleres Garaikoetxea", "contact": "itziar@garaikoetxea.example.es",
})

# 25 -- Monterrey automotive supplier on Workday, vacancy filled
add({
    "n": "monterrey_workday_filled", "kind": "rejection", "lang": "es",
    "frm": ("Autopartes Cumbres - Atracción de Talento", "autopartescumbres@myworkday.com"),
    "subj": "Actualización sobre tu postulación – Gerente de Producto (Suspensiones)",
    "date": "2026-06-23 10:31 -0600", "struct": "html", "cs": "utf-8", "cte": "quoted-printable",
    "html": """<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">
<table width="600" cellpadding="0" cellspacing="0" align="center">
<tr><td style="padding:16px 0;border-bottom:3px solid #e0301e"><img src="https://autopartescumbres.wd5.myworkdayjobs.com/logo.png" alt="Autopartes Cumbres" height="40"></td></tr>
<tr><td style="padding:20px 0">
<p>Hola Benedikt:</p>
<p>Gracias por tu interés en formar parte de Autopartes Cumbres y por postularte a la vacante de <b>Gerente de Producto – Suspensiones</b> en nuestra planta de Santa Catarina, N.L.</p>
<p>Te informamos que la vacante ha sido cubierta, por lo que no continuaremos con tu proceso en esta ocasión.</p>
<p>Te invitamos a seguir consultando nuestras oportunidades en el portal de empleo.</p>
<p>Saludos cordiales,<br>Equipo de Atracción de Talento<br>Autopartes Cumbres, S.A. de C.V.</p>
</td></tr>
<tr><td style="font-size:11px;color:#888;border-top:1px solid #ddd;padding-top:10px">Aviso de privacidad: Autopartes Cumbres, S.A. de C.V., con domicilio en Av. Industrias 4500, Santa Catarina, N.L., es responsable del tratamiento de sus datos personales. Consulte el aviso completo en <a href="https://autopartescumbres.example.mx/privacidad">autopartescumbres.example.mx/privacidad</a>. Este correo se envió desde una dirección que no acepta respuestas.</td></tr>
</table></body></html>""",
    "company": "Autopartes Cumbres", "contact": "",
})

# 26 -- Monterrey start-up, tú, casual, plain 8bit
add({
    "n": "monterrey_startup_tu", "kind": "rejection", "lang": "es",
    "frm": ("Daniela Treviño", "daniela@autoregio.example.mx"),
    "subj": "Gracias por tu tiempo",
    "date": "2026-09-04 17:48 -0600", "cs": "utf-8", "cte": "8bit",
    "body": """Hola Benedikt!

Te escribo para platicarte cómo quedó el proceso de Product Lead. Primero, mil gracias por la entrevista con Rodrigo y conmigo, la neta nos gustó mucho tu visión sobre el retrofit de celdas de soldadura.

Al final decidimos irnos con alguien que ya está aquí en Monterrey y habla con los clientes de la industria desde hace años, porque necesitamos que arranque en dos semanas y no podemos esperar el tema de la visa. Así que por ahora no vamos a seguir contigo en este proceso.

Ojalá podamos coincidir más adelante, estamos creciendo rápido.

Un abrazo,
Dani
Daniela Treviño · Cofundadora & COO · Automatización Regiomontana
WhatsApp +52 81 1930 4477
""",
    "company": "Automatización Regiomontana", "contact": "daniela@autoregio.example.mx",
})

# 27 -- Bilbao consultancy, client not named, Spanish "El ... escribió" chain with hopeful words
add({
    "n": "consultora_cliente_anonimo", "kind": "rejection", "lang": "es",
    "frm": ("Aitor Zubizarreta | Norte Talento", "aitor.zubizarreta@nortetalento.example.es"),
    "subj": "RE: ¿Novedades?",
    "date": "2026-07-15 12:02 +0200", "cs": "utf-8", "cte": "quoted-printable",
    "irt": "<CAJ1q9wE0f3@mail.example.de>",
    "body": """Hola Benedikt:

Perdona el retraso en contestarte. Nuestro cliente, una empresa líder de máquina-herramienta en Gipuzkoa, nos ha confirmado esta semana que no va a continuar con tu candidatura: buscan a alguien con euskera y experiencia previa en la zona. Siento mucho no traerte mejores noticias.

Seguimos en contacto para otras posiciones que encajen mejor contigo.

Un saludo,

Aitor Zubizarreta
Consultor Senior · Industria
Norte Talento Consultores
Gran Vía 45, 4º · 48011 Bilbao · 944 231 560

El lun, 13 jul 2026 a las 9:15, Benedikt Szymański-Ortega (<b.szymanski@example.de>) escribió:
> Hola Aitor:
>
> ¿Hay novedades del cliente? En la entrevista me dijeron que la decisión
> estaría esta semana y que probablemente me llamarían para una segunda
> entrevista con el director general.
>
> Un saludo,
> Benedikt
""",
    "company": "Norte Talento Consultores", "contact": "aitor.zubizarreta@nortetalento.example.es",
})

# 28 -- Teamtailor, position will not be filled at all
add({
    "n": "teamtailor_position_closed", "kind": "rejection", "lang": "es",
    "frm": ("Iberforja Componentes", "notifications@teamtailor-mail.com"),
    "subj": "Proceso cerrado: Product Manager Forja en Caliente",
    "date": "2026-05-08 09:18 +0200", "struct": "alt", "cs": "utf-8", "cte": "quoted-printable",
    "html": """<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#1f1f1f">
<div style="max-width:560px;margin:auto">
<p style="text-align:center"><img src="https://images.teamtailor-cdn.example.com/iberforja/logo.png" alt="IBERFORJA" width="140"></p>
<p>Hola Benedikt,</p>
<p>Queremos agradecerte el interés que has mostrado en la posición de <strong>Product Manager Forja en Caliente</strong>.</p>
<p>Te escribimos para comunicarte que, tras una revisión interna de la estructura del área comercial, hemos decidido no cubrir finalmente esta posición. Por este motivo cerramos el proceso de selección y no seguiremos adelante con ninguna candidatura.</p>
<p>Sentimos las molestias. Si se abre una posición similar, te lo haremos saber.</p>
<p>Un saludo,<br>Equipo de Personas · Iberforja Componentes</p>
<p style="font-size:11px;color:#999;border-top:1px solid #eee;padding-top:8px">Iberforja Componentes, S.A. · Ribera de Deusto 70, 48014 Bilbao · <a href="https://iberforja.teamtailor.example.com/connect?utm_source=email" style="color:#999">Únete a nuestra comunidad de talento</a> · <a href="https://iberforja.teamtailor.example.com/privacy" style="color:#999">Política de privacidad</a></p>
</div>
<img src="https://t.teamtailor-mail.com/o/3a7d.gif" width="1" height="1" alt=""></body></html>""",
    "company": "Iberforja Componentes", "contact": "",
})

# 29 -- Lyon machine-tool maker, vous, plain
add({
    "n": "lyon_vous_plain", "kind": "rejection", "lang": "fr",
    "frm": ("Sandrine Perret", "s.perret@moreau-vidal.example.fr"),
    "subj": "Votre candidature au poste de Chef de produit Centres d'usinage",
    "date": "2026-04-16 15:27 +0200", "cs": "iso-8859-1", "cte": "quoted-printable",
    "body": """Bonjour Monsieur Szymanski-Ortega,

Nous vous remercions pour l'intérêt que vous portez aux Ateliers Moreau-Vidal et pour les échanges que nous avons eus lors de votre entretien à Vénissieux.

Après réflexion, nous avons retenu une candidature correspondant davantage au profil recherché, notamment sur la connaissance du marché français de la machine-outil. Nous ne pouvons donc pas donner une suite favorable à votre candidature.

Nous vous souhaitons pleine réussite dans vos recherches.

Bien cordialement,

Sandrine Perret
Responsable Ressources Humaines
Ateliers Moreau-Vidal SAS
12 rue du Dauphiné - 69200 Vénissieux
04 78 70 52 19
""",
    "company": "Ateliers Moreau-Vidal", "contact": "s.perret@moreau-vidal.example.fr",
})

# 30 -- Lyon robotics start-up, tu, Teamtailor HTML with Reply-To
add({
    "n": "lyon_startup_tu", "kind": "rejection", "lang": "fr",
    "frm": ("Rhônalp Robotique", "notifications@teamtailor-mail.com"),
    "rt": ("Camille Fabre", "camille.fabre@rhonalp-robotique.example.fr"),
    "subj": "Ta candidature chez Rhônalp Robotique",
    "date": "2026-07-02 18:36 +0200", "struct": "html", "cs": "utf-8", "cte": "quoted-printable",
    "html": """<div style="font-family:'Helvetica Neue',Arial,sans-serif;font-size:15px;color:#222;max-width:540px">
<p><img src="https://images.teamtailor-cdn.example.com/rhonalp/logo.svg" alt="Rhônalp Robotique" width="130"></p>
<p>Salut Benedikt,</p>
<p>Merci encore pour l'échange avec Hugo et moi, et désolés pour le rendez-vous manqué la première fois (ça arrive !).</p>
<p>On a pris le temps de réfléchir et on ne va pas donner suite pour le poste de Product Manager AMR. On cherche quelqu'un qui a déjà piloté une roadmap logicielle, et on a trouvé ce profil.</p>
<p>Si tu veux un retour plus détaillé, réponds simplement à ce mail.</p>
<p>Belle continuation !<br>Camille – Talent &amp; Ops, Rhônalp Robotique</p>
<p style="font-size:11px;color:#aaa">Rhônalp Robotique SAS · 40 quai Rambaud, 69002 Lyon · <a href="https://rhonalp-robotique.teamtailor.example.com/jobs" style="color:#aaa">Nos offres</a></p>
</div>""",
    "company": "Rhônalp Robotique", "contact": "camille.fabre@rhonalp-robotique.example.fr",
})

# 31 -- Lyon water utility after the interview, French Outlook chain holds an invitation
add({
    "n": "lyon_utility_outlook_chain", "kind": "rejection", "lang": "fr",
    "frm": ("GIRAUD Mathilde", "mathilde.giraud@cle-lyon.example.fr"),
    "subj": "RE: Entretien du 9 juin - Chef de projet produit compteurs",
    "date": "2026-06-26 11:54 +0200", "cs": "windows-1252", "cte": "quoted-printable",
    "irt": "<PR1P264MB2041A3@PR1P264MB2041.FRAP264.PROD.OUTLOOK.example.com>",
    "body": """Monsieur,

Suite à votre entretien du 9 juin, nous sommes au regret de vous informer que votre candidature n'a pas été retenue. Le jury a choisi un candidat disposant d'une expérience confirmée dans les marchés publics de l'eau.

Nous vous remercions pour la qualité de nos échanges et vous souhaitons une bonne continuation.

Cordialement,

Mathilde Giraud
Chargée de recrutement – Direction des Ressources Humaines
Compagnie Lyonnaise des Eaux
7 boulevard Vivier-Merle – 69003 Lyon

De : Benedikt Szymanski-Ortega <b.szymanski@example.de>
Envoyé : mercredi 10 juin 2026 09:02
À : GIRAUD Mathilde <mathilde.giraud@cle-lyon.example.fr>
Objet : Entretien du 9 juin - Chef de projet produit compteurs

Madame Giraud,

Je vous remercie pour l'entretien d'hier en visioconférence. Je reste à votre disposition pour tout complément.

Bien cordialement,
Benedikt Szymanski-Ortega

De : GIRAUD Mathilde
Envoyé : jeudi 28 mai 2026 14:10
Objet : Convocation à un entretien

Monsieur,

Nous avons le plaisir de vous convier à un entretien le mardi 9 juin 2026 à 10h00 pour le poste de Chef de projet produit compteurs intelligents.
""",
    "company": "Compagnie Lyonnaise des Eaux", "contact": "mathilde.giraud@cle-lyon.example.fr",
})
