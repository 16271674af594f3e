"""Rejections, written one by one (31): soft and blunt, after an interview and for a speculative
application, relayed by agencies and job boards, and one terse line from a phone."""

from __future__ import annotations

from msgs120_common import card_shell, gmail_html, outlook_html, table_shell

MESSAGES: list[dict] = []
add = MESSAGES.append

# 1 -- Workday, German, soft wording, no reply address at all.
add({
    "slug": "workday_soft", "kind": "rejection", "company": "Isarwerk Versicherung", "contact": "", "lang": "de",
    "sender": ("Isarwerk Versicherung Talent Acquisition", "isarwerk@myworkday.com"),
    "subject": "Ihre Bewerbung als Underwriter Gewerbe Sach (m/w/d) – JR-10482",
    "date": "2026-02-11 16:42 +0100",
    "mid": "<1783524661.88213.1770824520044@wd3-prod-mailer-07.myworkday.com>",
    "cte": "quoted-printable",
    "html": table_shell("""
<p style="margin:0 0 14px 0;">Sehr geehrter Herr Rennert,</p>
<p style="margin:0 0 14px 0;">vielen Dank für Ihr Interesse an der Position <strong>Underwriter Gewerbe Sach (m/w/d)</strong> in München und die Zeit, die Sie in Ihre Bewerbung investiert haben.</p>
<p style="margin:0 0 14px 0;">Wir haben alle Unterlagen sorgfältig geprüft. Nach eingehender Abwägung haben wir uns entschieden, den Prozess mit Kandidatinnen und Kandidaten fortzusetzen, deren Erfahrung noch enger mit den Anforderungen der Stelle übereinstimmt. Diese Entscheidung ist uns bei der Vielzahl guter Bewerbungen nicht leichtgefallen.</p>
<p style="margin:0 0 14px 0;">Ihr Kandidatenprofil bleibt in unserem Talentpool gespeichert, sofern Sie dem zugestimmt haben. Offene Stellen finden Sie jederzeit in unserem <a href="https://isarwerk.wd3.myworkday.com/de-DE/Isarwerk_Karriere" style="color:#00507d;">Karriereportal</a>.</p>
<p style="margin:0 0 14px 0;">Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute.</p>
<p style="margin:0;">Mit freundlichen Grüßen<br />Ihr Talent-Acquisition-Team<br /><strong>Isarwerk Versicherung</strong></p>
""", logo="https://isarwerk.wd3.myworkday.com/isarwerk/assets/logo/isarwerk_logo_mail.png",
        alt="Isarwerk Versicherung", color="#00507d",
        footer="""Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.<br />
Isarwerk Versicherung AG · Leopoldstraße 212 · 80807 München · Vorsitzender des Aufsichtsrats: Dr. Rupert Gmeiner · Vorstand: Dr. Elke Strasser (Vors.), Martin Ebner, Kai-Uwe Lohse · Sitz der Gesellschaft: München · Registergericht: Amtsgericht München HRB 48 112<br />
<a href="https://www.isarwerk-versicherung.example.de/datenschutz-bewerber" style="color:#8a8a8a;">Datenschutzhinweise für Bewerbende</a>"""),
})

# 2 -- after the second interview, the hiring manager answers Tobias's thank-you mail.
# The quoted mail speaks of "nächste Runde" and "Einladung": it must not count.
add({
    "slug": "after_interview_hiring_manager", "kind": "rejection", "company": "Domstadt Rück",
    "contact": "katrin.oberhaeuser@domstadt-rueck.example.de", "lang": "de",
    "sender": ("Oberhäuser, Katrin Dr.", "katrin.oberhaeuser@domstadt-rueck.example.de"),
    "subject": "AW: Vielen Dank für das Gespräch am Donnerstag",
    "date": "2026-03-19 08:57 +0100",
    "mid": "<DB9PR04MB8412F1C2A7E0B4D7C9A1E5B3C2@DB9PR04MB8412.eurprd04.prod.outlook.com>",
    "reply": "<CAF7r3nnert+gTq2k9X1pWqfYbH0sVdL5=x@mail.example.de>",
    "cte": "8bit",
    "headers": {"Thread-Topic": "Vielen Dank für das Gespräch am Donnerstag",
             "X-MS-Has-Attach": "", "Content-Language": "de-DE"},
    "text": """Lieber Herr Rennert,

danke für Ihre freundliche Nachricht – und vor allem nochmals für Ihre Zeit am Donnerstag. Das Gespräch mit Ihnen hat Herrn Valk und mir wirklich Freude gemacht, und Ihre Fallschilderung zum Hagelschaden in Rosenheim ist uns im Gedächtnis geblieben.

Umso schwerer fällt mir diese Nachricht: Wir haben uns für eine Kandidatin entschieden, die bereits mehrere Jahre im Treaty-Underwriting für Property Cat gearbeitet hat. Genau diese Erfahrung brauchen wir im Team zum 1. Juli, und wir können sie im Moment leider nicht selbst aufbauen.

Ich sage Ihnen das so offen, weil Sie fachlich sehr nah dran waren. Wenn Sie in ein, zwei Jahren wieder etwas bei uns sehen, melden Sie sich bitte direkt bei mir.

Alles Gute für Ihren Weg ins Underwriting!

Herzliche Grüße
Katrin Oberhäuser

Dr. Katrin Oberhäuser
Head of Property Treaty Underwriting DACH
Domstadt Rück SE
Konrad-Adenauer-Ufer 41, 50668 Köln
T +49 221 5550 3317
katrin.oberhaeuser@domstadt-rueck.example.de

Domstadt Rück SE – Sitz: Köln – Registergericht Köln HRB 90 211
Vorstand: Dr. Matthias Ohlendorf (Vors.), Birte Kamphues, Stefan Yilmaz
Vorsitzender des Aufsichtsrats: Prof. Dr. Georg Lanz

-----Ursprüngliche Nachricht-----
Von: Tobias Rennert <tobias.rennert@example.de>
Gesendet: Freitag, 13. März 2026 18:04
An: Oberhäuser, Katrin Dr. <katrin.oberhaeuser@domstadt-rueck.example.de>
Betreff: Vielen Dank für das Gespräch am Donnerstag

Sehr geehrte Frau Dr. Oberhäuser,

herzlichen Dank für das offene und spannende Gespräch am Donnerstag. Besonders die Diskussion über die Kumulkontrolle bei Naturgefahren hat mir gezeigt, wie gut meine Schadenerfahrung ins Treaty-Underwriting passen würde.

Ich würde mich sehr über eine Einladung in die nächste Runde freuen und stehe für eine Fallstudie jederzeit zur Verfügung.

Mit freundlichen Grüßen
Tobias Rennert
""",
})

# 3 -- one terse line from a phone, family broker in Düsseldorf.
add({
    "slug": "terse_phone_line", "kind": "rejection", "company": "Assekuranzkontor Brandes & Söhne",
    "contact": "m.brandes@brandes-soehne.example.de", "lang": "de",
    "sender": ("Malte Brandes", "m.brandes@brandes-soehne.example.de"),
    "subject": "Re: Bewerbung Sachbearbeitung Gewerbe / Rennert",
    "date": "2026-01-27 21:14 +0100",
    "mid": "<9A1F2C3E-7B41-4D2A-9C55-0E1B2A77F0C3@brandes-soehne.example.de>",
    "reply": "<CAF7r3nnert+Ab12Qx7Y@mail.example.de>",
    "cte": "8bit",
    "headers": {"X-Mailer": "iPhone Mail (22D82)"},
    "text": """Herr Rennert, wird leider nix, Stelle ist weg. Gruss MB

Von meinem iPhone gesendet

> Am 22.01.2026 um 09:31 schrieb Tobias Rennert <tobias.rennert@example.de>:
>
> Sehr geehrter Herr Brandes,
>
> anbei wie telefonisch besprochen meine Unterlagen für die Stelle in der
> Sachbearbeitung Gewerbe beim Assekuranzkontor Brandes & Söhne. Über eine
> Rückmeldung würde ich mich freuen.
>
> Viele Grüße
> Tobias Rennert
""",
})

# 4 -- speculative application at a company health insurer, ISO-8859-1, role mailbox that
# invites questions.
add({
    "slug": "speculative_bkk", "kind": "rejection", "company": "BKK Alpenland",
    "contact": "bewerbung@bkk-alpenland.example.de", "lang": "de",
    "sender": ("BKK Alpenland - Personalservice", "bewerbung@bkk-alpenland.example.de"),
    "subject": "Ihre Initiativbewerbung vom 03.02.2026",
    "date": "2026-02-24 10:05 +0100",
    "charset": "iso-8859-1", "cte": "quoted-printable", "subject_cs": None,
    "text": """Sehr geehrter Herr Rennert,

wir bedanken uns für Ihre Initiativbewerbung und das damit verbundene Interesse an einer Tätigkeit bei der BKK Alpenland.

Ihre Unterlagen haben wir mit Interesse gelesen. Derzeit ist in unserem Haus jedoch keine Stelle zu besetzen, die Ihrem Profil als Schadensachbearbeiter mit Schwerpunkt Versicherungsmathematik entspricht. Auch in den kommenden Monaten rechnen wir in den Bereichen Leistungscontrolling und Risikoausgleich nicht mit Neueinstellungen.

Wir bedauern, Ihnen keine positivere Nachricht geben zu können. Ihre Unterlagen werden gemäß unseren Datenschutzbestimmungen nach Ablauf von sechs Monaten gelöscht.

Für Rückfragen stehen wir Ihnen unter dieser Adresse gern zur Verfügung.

Mit freundlichen Grüßen

i. A. Renate Kübler
Personalservice

BKK Alpenland
Körperschaft des öffentlichen Rechts
Bahnhofstraße 7 · 83022 Rosenheim
Telefon 08031 55 19-0
bewerbung@bkk-alpenland.example.de
""",
})

# 5 -- softgarden, filled internally; a person's address in Reply-To.
add({
    "slug": "softgarden_filled_internally", "kind": "rejection", "company": "Sparkasse Rhein-Wupper",
    "contact": "melanie.krusch@sparkasse-rhein-wupper.example.de", "lang": "de",
    "sender": ("Sparkasse Rhein-Wupper via softgarden", "noreply@softgarden.io"),
    "reply_to": ("Melanie Krusch", "melanie.krusch@sparkasse-rhein-wupper.example.de"),
    "subject": "Ihre Bewerbung: Risikocontroller Versicherungsprodukte (w/m/d)",
    "date": "2026-04-08 14:20 +0200",
    "mid": "<20260408122011.4f1a8c2e9b7d@mail.softgarden.io>",
    "cte": "base64",
    "html": table_shell("""
<p>Guten Tag Herr Rennert,</p>
<p>wir möchten uns herzlich für Ihre Bewerbung als <b>Risikocontroller Versicherungsprodukte (w/m/d)</b> bedanken.</p>
<p>Leider müssen wir Ihnen mitteilen, dass die Position zwischenzeitlich mit einer internen Kandidatin besetzt werden konnte. Wir haben uns entschieden, den Auswahlprozess daher nicht mit externen Bewerberinnen und Bewerbern fortzusetzen.</p>
<p>Wir bedauern sehr, Ihnen keine andere Nachricht geben zu können, und wünschen Ihnen für Ihre weitere Stellensuche viel Erfolg.</p>
<p>Freundliche Grüße<br/>
Melanie Krusch<br/>
Personalmarketing &amp; Recruiting<br/>
Sparkasse Rhein-Wupper<br/>
Tel. 0212 555-4130</p>
""", logo="https://static.softgarden.io/tenants/sparkasse-rhein-wupper/logo-email.png",
        alt="Sparkasse Rhein-Wupper – Logo", color="#e2001a",
        pixel="https://mail.softgarden.io/o/eyJ0IjoiOGY1ZTEyIiwiYSI6IjEwNDQ3In0.gif",
        footer="""Sparkasse Rhein-Wupper · Anstalt des öffentlichen Rechts · Kölner Straße 1 · 42651 Solingen · Vorstand: Jürgen Hesse (Vorsitzender), Simone Ahrens<br/>
Sie erhalten diese Nachricht, weil Sie sich über <a href="https://sparkasse-rhein-wupper.softgarden.io/de/vacancies?utm_source=email">softgarden</a> beworben haben. <a href="https://sparkasse-rhein-wupper.softgarden.io/de/applicant/privacy">Datenschutz</a> · <a href="https://sparkasse-rhein-wupper.softgarden.io/de/applicant/withdraw">Bewerbung zurückziehen</a>"""),
})

# 6 -- start-up, du-form, role put on hold: no process any more.
add({
    "slug": "personio_role_on_hold", "kind": "rejection", "company": "clevercover",
    "contact": "lea.brandt@clevercover.example.de", "lang": "de",
    "sender": ("clevercover Recruiting", "no-reply@clevercover-gmbh.jobs.personio.de"),
    "reply_to": ("Lea Brandt", "lea.brandt@clevercover.example.de"),
    "subject": "Update zu deiner Bewerbung bei clevercover",
    "date": "2026-05-06 11:32 +0200",
    "mid": "<0102018f4c2b7a3e-5d1e8b3a-77c4-4e0b-9f1a-2c8d7e6b5a41-000000@eu-central-1.amazonses.com>",
    "cte": "quoted-printable",
    "html": card_shell("""
<p>Hi Tobias,</p>
<p>danke dir nochmal für deine Bewerbung als <strong>Pricing Analyst Kfz (m/w/d)</strong> und das nette Kennenlern-Telefonat letzte Woche!</p>
<p>Wir müssen dir leider etwas Unschönes sagen: Wir haben nach der letzten Finanzierungsrunde unsere Planung für 2026 nochmal umgeworfen, und die Stelle ist vorerst auf Eis gelegt. Wir werden den Prozess deshalb nicht weiterführen – weder mit dir noch mit anderen Bewerber:innen.</p>
<p>Das hat wirklich nichts mit dir zu tun. Falls die Rolle wieder aufgeht, würden wir uns gern bei dir melden, wenn das für dich okay ist.</p>
<p>Alles Liebe und viel Erfolg bei der Suche 🍀<br>Lea<br><span style="color:#57606a;">People &amp; Culture · clevercover</span></p>
""", alt="clevercover", logo="https://images.personio.de/clevercover-gmbh/logo/email-header.png",
        accent="#6c4cf1", lang="de",
        footer="""clevercover GmbH · Rosenheimer Str. 145e · 81671 München · Geschäftsführer: Jonas Feldmeier, Aylin Sezer · HRB 254 118 (AG München)<br>
Versendet mit <a href="https://www.personio.de/?utm_source=candidate_email" style="color:#8c959f;">Personio</a> · <a href="https://clevercover-gmbh.jobs.personio.de/privacy-policy" style="color:#8c959f;">Datenschutzerklärung</a>"""),
})

# 7 -- Swiss insurer via SuccessFactors, Swiss spelling (no ß), text derived from the HTML.
add({
    "slug": "successfactors_ch", "kind": "rejection", "company": "Limmat Versicherungen", "contact": "",
    "lang": "de",
    "sender": ("Limmat Versicherungen", "noreply+limmat@successfactors.eu"),
    "subject": "Ihre Bewerbung bei der Limmat – Aktuar/in Nichtleben (Req. 7712)",
    "date": "2026-06-02 09:48 +0200",
    "mid": "<1717314480123.72291.SF.mail@successfactors.eu>",
    "text": "auto", "cte": "quoted-printable",
    "html": table_shell("""
<p>Sehr geehrter Herr Rennert</p>
<p>Wir danken Ihnen für Ihre Bewerbung als Aktuar/in Nichtleben und für Ihr Interesse an der Limmat Versicherungen.</p>
<p>Nach sorgfältiger Prüfung Ihres Dossiers müssen wir Ihnen leider mitteilen, dass wir Ihre Kandidatur nicht weiter berücksichtigen können. Für diese Funktion setzen wir einen Abschluss als Aktuar SAV oder eine vergleichbare Qualifikation voraus.</p>
<p>Gerne behalten wir Ihre Unterlagen in unserem Talentpool und würden uns freuen, wenn Sie unsere Stellenangebote weiterhin verfolgen.</p>
<p>Freundliche Grüsse</p>
<p>Limmat Versicherungen<br>Human Resources Schweiz</p>
""", logo="https://career5.successfactors.eu/companyLogo?company=limmatversP", alt="Limmat Versicherungen",
        color="#0a2d5c", font="Verdana, Geneva, sans-serif",
        footer="""Limmat Versicherungen AG · Mythenquai 88 · 8002 Zürich<br>
Dies ist eine automatisch generierte Nachricht. Antworten an diese Adresse werden nicht bearbeitet."""),
})

# 8 -- Vienna, Austrian register, windows-1252.
add({
    "slug": "vienna_letter_1252", "kind": "rejection", "company": "Ringstrasse Versicherung",
    "contact": "sabine.hofstaetter@ringstrasse-versicherung.example.at", "lang": "de",
    "sender": ("Mag. Sabine Hofstätter", "sabine.hofstaetter@ringstrasse-versicherung.example.at"),
    "subject": "Ihre Bewerbung – Referent Rückversicherung",
    "date": "2026-01-29 15:03 +0100",
    "charset": "windows-1252", "cte": "quoted-printable", "subject_cs": "windows-1252",
    "name_cs": "windows-1252",
    "text": """Sehr geehrter Herr Rennert,

vielen Dank für Ihre Bewerbung vom 9. Jänner und Ihre Geduld in den vergangenen Wochen.

Wir haben uns Ihre Unterlagen genau angesehen. Für die Position „Referent Rückversicherung“ haben wir uns letztlich für eine Bewerberin entschieden, die bereits Erfahrung mit der Platzierung fakultativer Deckungen am Wiener Markt mitbringt. Wir bitten um Verständnis, dass wir Ihnen daher keine Zusage geben können.

Ihre Bewerbungsunterlagen werden wir – wie in der Datenschutzerklärung beschrieben – nach sieben Monaten löschen.

Wir wünschen Ihnen alles Gute und viel Erfolg!

Mit freundlichen Grüßen

Mag. Sabine Hofstätter
Human Resources – Recruiting & Employer Branding

Ringstrasse Versicherung AG
Schubertring 14 | 1010 Wien
T: +43 1 555 21 408
sabine.hofstaetter@ringstrasse-versicherung.example.at
FN 44518 t, Handelsgericht Wien | DVR 0012345
""",
})

# 9 -- agency relays a client's decision and names the client.
add({
    "slug": "agency_names_client", "kind": "rejection", "company": "Rheinland Assekuranz",
    "contact": "n.osterkamp@talentbruecke.example.de", "lang": "de",
    "sender": ("Nina Osterkamp | Talentbrücke", "n.osterkamp@talentbruecke.example.de"),
    "subject": "Feedback Rheinland Assekuranz",
    "date": "2026-03-04 17:26 +0100",
    "cte": "8bit",
    "text": """Hallo Herr Rennert,

wie versprochen melde ich mich mit dem Feedback aus Köln.

Die Rheinland Assekuranz hat sich nach den Zweitgesprächen für eine Kandidatin entschieden, die schon länger im Industrie-Underwriting unterwegs ist. Ihr Auftritt kam gut an – besonders Ihre Zahlenaffinität und die Erfahrung aus der Großschadenregulierung –, aber für das Team war die Underwriting-Praxis am Ende das Zünglein an der Waage.

Ich weiß, das ist ärgerlich, wenn man so weit kommt. Ich habe aktuell zwei weitere Mandate im Bereich Sach/HUK, die vielleicht passen könnten. Sollen wir nächste Woche kurz telefonieren?

Viele Grüße aus Düsseldorf
Nina Osterkamp

Nina Osterkamp | Senior Consultant Insurance & Finance | Talentbrücke Personalberatung GmbH
Königsallee 60b | 40212 Düsseldorf | +49 211 555 88 12 | www.talentbruecke.example.de
Geschäftsführer: Arne Quast | HRB 81733 Amtsgericht Düsseldorf
""",
})

# 10 -- head-hunter about his own mandate, the client is never named. Outlook, alternative.
add({
    "slug": "headhunter_unnamed_client", "kind": "rejection", "company": "Vossberg Executive Search",
    "contact": "h.vossberg@vossberg-search.example.de", "lang": "de",
    "sender": ("Dr. Henning Vossberg", "h.vossberg@vossberg-search.example.de"),
    "subject": "Mandat Leitung Schadenanalytik – Rückmeldung",
    "date": "2026-04-21 19:02 +0200",
    "mid": "<AM6PR10MB2277C4E0F2A1D9B3E8C1A2F0B4@AM6PR10MB2277.EURPRD10.PROD.OUTLOOK.COM>",
    "cte": "quoted-printable",
    "text": """Sehr geehrter Herr Rennert,

ich hatte Ihnen eine Rückmeldung bis Ende der Woche zugesagt – hier ist sie, wenn auch nicht die erhoffte.

Mein Mandant hat sich entschieden, die Funktion mit einem Kandidaten zu besetzen, der bereits Führungsverantwortung für ein Analytik-Team trägt. Man hat Ihre Entwicklung vom Schadenmanagement in Richtung Daten sehr positiv gesehen; für diese Position war die Führungserfahrung jedoch ausschlaggebend.

Ich würde Sie gern in meiner Kartei behalten und mich melden, sobald ich ein Mandat mit fachlichem Schwerpunkt habe.

Mit besten Grüßen

Dr. Henning Vossberg
Managing Partner

Vossberg Executive Search
Maximilianstraße 13 · 80539 München
+49 89 5558 7210 · h.vossberg@vossberg-search.example.de

Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail.
""",
    "html": outlook_html("""<p class="MsoNormal">Sehr geehrter Herr Rennert,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">ich hatte Ihnen eine Rückmeldung bis Ende der Woche zugesagt – hier ist sie, wenn auch nicht die erhoffte.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Mein Mandant hat sich entschieden, die Funktion mit einem Kandidaten zu besetzen, der bereits Führungsverantwortung für ein Analytik-Team trägt. Man hat Ihre Entwicklung vom Schadenmanagement in Richtung Daten sehr positiv gesehen; für diese Position war die Führungserfahrung jedoch ausschlaggebend.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Ich würde Sie gern in meiner Kartei behalten und mich melden, sobald ich ein Mandat mit fachlichem Schwerpunkt habe.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Mit besten Grüßen<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><b><span style="color:#1F3864">Dr. Henning Vossberg</span></b><br>Managing Partner<o:p></o:p></p>
<p class="MsoNormal"><span style="font-size:9.0pt;color:#7F7F7F">Vossberg Executive Search<br>Maximilianstraße 13 · 80539 München<br>+49 89 5558 7210 · <a href="mailto:h.vossberg@vossberg-search.example.de">h.vossberg@vossberg-search.example.de</a></span><o:p></o:p></p>
<p class="MsoNormal"><span style="font-size:7.5pt;color:#A6A6A6">Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail.</span><o:p></o:p></p>"""),
})

# 11 -- Taleo, a guild health insurer whose domain shortens the name.
add({
    "slug": "taleo_ikk", "kind": "rejection", "company": "Innungskrankenkasse Niederrhein", "contact": "",
    "lang": "de",
    "sender": ("IKK Niederrhein Karriere", "ikkniederrhein@taleo.net"),
    "subject": "Rückmeldung zu Ihrer Bewerbung (Ref. 2600318)",
    "date": "2026-05-19 07:15 +0200",
    "mid": "<TALEO.2600318.8841023.1779174900@taleo.net>",
    "cte": "quoted-printable", "charset": "iso-8859-1",
    "html": """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body style="font-family:Tahoma,Arial;font-size:10pt;color:#000000">
<table width="640" border="0" cellspacing="0" cellpadding="6">
<tr><td bgcolor="#00843d"><img src="https://ikkniederrhein.taleo.net/careersection/theme/ikk/img/mail_logo.gif" alt="IKK Niederrhein" border="0"></td></tr>
<tr><td>
<p>Sehr geehrter Herr Rennert,</p>
<p>nochmals vielen Dank für Ihre Bewerbung auf die Stelle <b>Referent Risikostrukturausgleich (m/w/d)</b> am Standort Düsseldorf.</p>
<p>Nach eingehender Prüfung aller Bewerbungen müssen wir Ihnen leider mitteilen, dass wir Sie im weiteren Auswahlverfahren nicht berücksichtigen können. Bitte verstehen Sie diese Entscheidung nicht als Wertung Ihrer Qualifikation.</p>
<p>Ihre Daten werden sechs Monate nach Abschluss des Verfahrens gelöscht.</p>
<p>Mit freundlichen Grüßen<br>
Ihre Innungskrankenkasse Niederrhein<br>
Geschäftsbereich Personal</p>
</td></tr>
<tr><td style="font-size:8pt;color:#666666">Innungskrankenkasse Niederrhein &middot; Körperschaft des öffentlichen Rechts &middot; Friedrichstraße 48 &middot; 40217 Düsseldorf<br>
Bitte antworten Sie nicht auf diese E-Mail. Bei Fragen nutzen Sie das <a href="https://ikkniederrhein.taleo.net/careersection/2/mysubmissions.ftl">Bewerberportal</a>.</td></tr>
</table>
</body></html>
""",
})

# 12 -- rejection after an invitation; the Outlook chain below quotes the old invitation.
add({
    "slug": "outlook_chain_quotes_invitation", "kind": "rejection",
    "company": "Merkur & Lind Versicherungsmakler",
    "contact": "claudia.wendt@merkur-lind.example.de", "lang": "de",
    "sender": ("Wendt, Claudia", "claudia.wendt@merkur-lind.example.de"),
    "subject": "AW: AW: Einladung zum Vorstellungsgespräch – Junior Account Manager Industrie",
    "date": "2026-02-18 12:41 +0100",
    "mid": "<FR3P281MB1733A9E2C0B74F1E9D2C8B0A11@FR3P281MB1733.DEUP281.PROD.OUTLOOK.COM>",
    "reply": "<CAF7r3nnert+Ml8kzt0Q@mail.example.de>",
    "refs": ["<FR3P281MB1733B7A1E0D11C2D2A3F0B4C2E@FR3P281MB1733.DEUP281.PROD.OUTLOOK.COM>",
          "<CAF7r3nnert+Ml8kzt0Q@mail.example.de>"],
    "cte": "quoted-printable",
    "headers": {"Thread-Topic": "Einladung zum Vorstellungsgespräch – Junior Account Manager Industrie"},
    "text": """Hallo Herr Rennert,

vielen Dank, dass Sie sich letzte Woche die Zeit für uns genommen haben.

Leider muss ich Ihnen heute eine Absage erteilen. Die Geschäftsführung hat sich für einen Bewerber entschieden, der bereits Maklererfahrung im Industriegeschäft mitbringt und einen Teil seines Kundenstamms betreuen kann.

Wir hätten Sie gern näher kennengelernt und wünschen Ihnen für Ihren weiteren Weg alles Gute.

Freundliche Grüße

Claudia Wendt
Personal

Merkur & Lind Versicherungsmakler GmbH
Graf-Adolf-Platz 15 | 40213 Düsseldorf
Tel.: +49 211 555 7400
claudia.wendt@merkur-lind.example.de

Geschäftsführer: Dirk Merkur, Vera Lind | Amtsgericht Düsseldorf HRB 55120
Registrierung gem. § 34d Abs. 1 GewO, Register-Nr. D-ABCD-EFGH1-23

Von: Tobias Rennert <tobias.rennert@example.de>
Gesendet: Dienstag, 3. Februar 2026 07:58
An: Wendt, Claudia <claudia.wendt@merkur-lind.example.de>
Betreff: Re: AW: Einladung zum Vorstellungsgespräch – Junior Account Manager Industrie

Liebe Frau Wendt,

vielen Dank, der Termin am 10.02. um 14:00 Uhr passt mir sehr gut. Ich bringe meine Zeugnisse im Original mit.

Viele Grüße
Tobias Rennert

Von: Wendt, Claudia <claudia.wendt@merkur-lind.example.de>
Gesendet: Montag, 2. Februar 2026 16:12
An: Tobias Rennert <tobias.rennert@example.de>
Betreff: Einladung zum Vorstellungsgespräch – Junior Account Manager Industrie

Sehr geehrter Herr Rennert,

wir freuen uns, Sie zu einem persönlichen Vorstellungsgespräch in unser Büro am Graf-Adolf-Platz einzuladen. Wir schlagen Dienstag, den 10.02.2026, um 14:00 Uhr vor. Gesprächspartner sind Herr Merkur und ich.

Bitte bestätigen Sie uns den Termin kurz per E-Mail.

Freundliche Grüße
Claudia Wendt
""",
})

# 13 -- a university chair writes from its secretariat; windows-1252, 8bit.
add({
    "slug": "university_chair_1252", "kind": "rejection", "company": "Technische Hochschule Rheinaue",
    "contact": "sekretariat.wille@th-rheinaue.example.de", "lang": "de",
    "sender": ("Sekretariat Prof. Wille", "sekretariat.wille@th-rheinaue.example.de"),
    "subject": "Ihre Bewerbung: Wiss. Mitarbeiter (m/w/d) Aktuarwissenschaften, Kennziffer 26/041",
    "date": "2026-07-14 13:37 +0200",
    "charset": "windows-1252", "cte": "8bit",
    "text": """Sehr geehrter Herr Rennert,

im Auftrag von Herrn Prof. Dr. Ansgar Wille danke ich Ihnen für Ihre Bewerbung auf die Stelle einer/eines wissenschaftlichen Mitarbeiterin/Mitarbeiters (TV-L E13, 50 %) im Projekt „Schadenreservierung mit Machine Learning“.

Die Auswahlkommission hat sich nach Sichtung aller 37 Bewerbungen für eine andere Person entschieden. Ausschlaggebend war insbesondere die Promotionsabsicht im Bereich stochastischer Reservierungsmodelle, die für das Drittmittelprojekt vorausgesetzt wird.

Wir bedanken uns für Ihr Interesse an der TH Rheinaue und wünschen Ihnen für Ihre weitere Laufbahn alles Gute.

Mit freundlichen Grüßen
i. A. Doris Feldkamp

--
Technische Hochschule Rheinaue
Fakultät für Wirtschaftswissenschaften
Lehrstuhl für Versicherungsmathematik – Prof. Dr. Ansgar Wille
Rheinauer Allee 100, Geb. C, Raum 2.14
50996 Köln
Tel. 0221 555-4410 (Mo–Do 8–12 Uhr)
sekretariat.wille@th-rheinaue.example.de
""",
})

# 14 -- Basel reinsurer, after an interview, Swiss German; alternative (Outlook).
add({
    "slug": "basel_after_interview_alt", "kind": "rejection", "company": "Basler Rhein Rück",
    "contact": "corinne.stoeckli@baslerrheinrueck.example.ch", "lang": "de",
    "sender": ("Stöckli Corinne", "corinne.stoeckli@baslerrheinrueck.example.ch"),
    "subject": "Ihre Kandidatur als Treaty Analyst",
    "date": "2026-06-25 16:55 +0200",
    "mid": "<ZR0P278MB0923D3E1A4B5C6D7E8F9A0B1C2@ZR0P278MB0923.CHEP278.PROD.OUTLOOK.COM>",
    "cte": "quoted-printable",
    "text": """Sehr geehrter Herr Rennert

Nochmals herzlichen Dank für das angenehme Gespräch vom vergangenen Dienstag in Basel.

Nach reiflicher Überlegung haben wir uns entschieden, die Stelle mit einer anderen Person zu besetzen. Ihr Hintergrund in der Schadenbearbeitung hat uns beeindruckt; für die Rolle im Treaty-Team ist aber vertiefte Erfahrung in der Modellierung von Naturkatastrophen mit Vendor-Modellen unabdingbar, und hier hatten andere Kandidierende einen Vorsprung.

Wir danken Ihnen für Ihr Interesse und wünschen Ihnen beruflich wie privat alles Gute.

Freundliche Grüsse

Corinne Stöckli
HR Business Partner

Basler Rhein Rück AG
St. Alban-Anlage 46
4052 Basel
+41 61 555 24 90
""",
    "html": outlook_html("""<p class="MsoNormal">Sehr geehrter Herr Rennert<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Nochmals herzlichen Dank für das angenehme Gespräch vom vergangenen Dienstag in Basel.<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Nach reiflicher Überlegung haben wir uns entschieden, die Stelle mit einer anderen Person zu besetzen. Ihr Hintergrund in der Schadenbearbeitung hat uns beeindruckt; für die Rolle im Treaty-Team ist aber vertiefte Erfahrung in der Modellierung von Naturkatastrophen mit Vendor-Modellen unabdingbar, und hier hatten andere Kandidierende einen Vorsprung.<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Wir danken Ihnen für Ihr Interesse und wünschen Ihnen beruflich wie privat alles Gute.<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Freundliche Grüsse<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><b>Corinne Stöckli</b><br>HR Business Partner<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><img width="120" height="32" src="cid:image001.png@01DCC5A1.3E2F1B80" alt="Basler Rhein Rück"><br><span style="font-size:9.0pt;color:#595959">Basler Rhein Rück AG<br>St. Alban-Anlage 46<br>4052 Basel<br>+41 61 555 24 90</span><o:p></o:p></p>""", lang="DE-CH"),
})

# 15 -- the interview is called off because the post will not be filled at all: a rejection.
add({
    "slug": "interview_off_post_frozen", "kind": "rejection", "company": "Versorgungskasse Oberbayern",
    "contact": "t.zangerl@vk-oberbayern.example.de", "lang": "de",
    "sender": ("Zangerl Thomas", "t.zangerl@vk-oberbayern.example.de"),
    "subject": "Vorstellungsgespräch am 16.04. entfällt",
    "date": "2026-04-13 09:20 +0200",
    "reply": "<CAF7r3nnert+Vk0Ob2Y@mail.example.de>",
    "cte": "quoted-printable",
    "text": """Sehr geehrter Herr Rennert,

leider muss ich Ihnen mitteilen, dass das für Donnerstag, 16.04., 10:00 Uhr vereinbarte Vorstellungsgespräch entfällt.

Der Verwaltungsrat hat in seiner Sitzung am Freitag einen Stellenbesetzungsstopp für das laufende Haushaltsjahr beschlossen. Die ausgeschriebene Stelle „Sachbearbeitung Versicherungsmathematik (E 11)“ wird daher nicht besetzt, und das Auswahlverfahren ist beendet. Eine erneute Ausschreibung ist derzeit nicht absehbar.

Ich bedauere das sehr, zumal wir uns auf das Gespräch mit Ihnen gefreut hatten. Ihre Reisekosten für eine bereits gebuchte Bahnfahrt erstatten wir Ihnen selbstverständlich; schicken Sie mir dazu einfach die Buchungsbestätigung.

Mit freundlichen Grüßen
Thomas Zangerl
Personalreferat

Versorgungskasse Oberbayern
Anstalt des öffentlichen Rechts
Arnulfstraße 60 | 80335 München
Telefon 089 5550-2231 | t.zangerl@vk-oberbayern.example.de
""",
})

# 16 -- a job board passes on the employer's decision; no one to answer.
add({
    "slug": "jobboard_status_declined", "kind": "rejection", "company": "Aktuarbüro Dr. Weiß & Partner",
    "contact": "", "lang": "de",
    "sender": ("Jobwelt", "noreply@jobwelt.example.de"),
    "subject": "Statusänderung Ihrer Bewerbung: Versicherungsmathematischer Sachbearbeiter (m/w/d)",
    "date": "2026-03-27 06:02 +0100",
    "cte": "base64",
    "headers": {"List-Unsubscribe": "<https://www.jobwelt.example.de/konto/benachrichtigungen?abmelden=status>",
             "X-Campaign": "status-update-declined"},
    "html": """<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Statusänderung</title></head>
<body style="margin:0;background:#eef1f4;font-family:Helvetica,Arial,sans-serif;">
<table width="100%" cellspacing="0" cellpadding="0" role="presentation"><tr><td align="center">
<table width="600" cellspacing="0" cellpadding="0" role="presentation" style="background:#fff;margin:20px 0;">
<tr><td style="background:#14325c;padding:14px 24px;"><a href="https://click.jobwelt.example.de/r/?u=home&amp;c=st-dec"><img src="https://static.jobwelt.example.de/mail/jobwelt-logo-weiss.png" alt="Jobwelt – Ihr Stellenmarkt" height="28" style="border:0"></a></td></tr>
<tr><td style="padding:24px;font-size:15px;line-height:22px;color:#222;">
<p style="margin:0 0 12px">Hallo Tobias Rennert,</p>
<p style="margin:0 0 12px">es gibt Neuigkeiten zu Ihrer Bewerbung über Jobwelt:</p>
<table cellpadding="10" cellspacing="0" width="100%" style="border:1px solid #d7dde3;border-radius:4px"><tr><td style="font-size:14px">
<b>Versicherungsmathematischer Sachbearbeiter (m/w/d)</b><br>Aktuarbüro Dr. Weiß &amp; Partner · Köln<br>
<span style="display:inline-block;margin-top:8px;padding:3px 8px;background:#fde8e8;color:#a11;font-size:12px;border-radius:3px">Status: Absage</span>
</td></tr></table>
<p style="margin:12px 0">Das Unternehmen hat sich leider entschieden, Ihre Bewerbung nicht weiter zu berücksichtigen. Lassen Sie sich nicht entmutigen – hier finden Sie <a href="https://click.jobwelt.example.de/r/?u=aehnliche-jobs&amp;c=st-dec&amp;jid=884201">ähnliche Stellen in Köln</a>.</p>
<p style="margin:0"><a href="https://click.jobwelt.example.de/r/?u=meine-bewerbungen&amp;c=st-dec" style="display:inline-block;background:#f28c00;color:#fff;text-decoration:none;padding:10px 18px;border-radius:4px;font-weight:bold">Meine Bewerbungen ansehen</a></p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#7a8490;border-top:1px solid #e5e9ee">Jobwelt GmbH · Speditionstraße 9 · 40221 Düsseldorf · Geschäftsführung: Carsten Ruhl · HRB 70431<br>
<a href="https://www.jobwelt.example.de/konto/benachrichtigungen?abmelden=status" style="color:#7a8490">Benachrichtigungen abbestellen</a> · <a href="https://www.jobwelt.example.de/impressum" style="color:#7a8490">Impressum</a></td></tr>
</table><img src="https://click.jobwelt.example.de/o/st-dec/884201/t.gif" width="1" height="1" alt="">
</td></tr></table></body></html>
""",
})

# 17 -- family business, capitals and typos.
add({
    "slug": "family_business_typos", "kind": "rejection", "company": "Gebr. Haller Versicherungsdienst",
    "contact": "i.haller@haller-vd.example.de", "lang": "de",
    "sender": ("Ingrid Haller", "i.haller@haller-vd.example.de"),
    "subject": "ABSAGE",
    "date": "2026-08-05 18:47 +0200",
    "charset": "iso-8859-1", "cte": "8bit",
    "text": """Sehr geehrter Herr Rennert

LEIDER müssen wir ihnen mitteilen das wir die stelle im innendienst schon vergeben haben, an einen jungen mann aus der Nachbarschaft der bei uns auch die ausbildung gemacht hat. Wir danken ihnen trozdem für die bewerbung und das sie extra angerufen haben.

Die unterlagen schicken wir ihnen nächste woche per Post zurück.

Mit freundlichen Grüßen
Ingrid Haller

Gebr. Haller Versicherungsdienst GmbH & Co. KG
Ihr Versicherungsbüro seit 1961
Hauptstr. 22, 82131 Gauting
Tel 089 555 1161 - Fax 089 555 1162
""",
})

# 18 -- Dublin via Greenhouse, the classic soft English formula.
add({
    "slug": "greenhouse_more_closely", "kind": "rejection", "company": "Liffey Life", "contact": "",
    "lang": "en",
    "sender": ("Liffey Life Recruiting", "no-reply@greenhouse-mail.io"),
    "subject": "Your application to Liffey Life",
    "date": "2026-02-05 15:10 +0000",
    "mid": "<greenhouse.4410923.app.7719203@greenhouse-mail.io>",
    "cte": "quoted-printable",
    "html": card_shell("""
<p>Hi Tobias,</p>
<p>Thank you for your interest in the <strong>Pricing Analyst – Protection</strong> role at Liffey Life and for taking the time to apply.</p>
<p>We received a very strong response to this opening. After careful review, we have decided to move forward with candidates whose experience more closely matches the requirements of the role at this time.</p>
<p>We'd encourage you to keep an eye on our <a href="https://u4410923.ct.sendgrid.net/ls/click?upn=u001.Lx0aB9-2Fj7kQ-3D-3D_liffeylife_jobs">careers page</a> for future opportunities, and we wish you every success in your search.</p>
<p>Kind regards,<br>The Talent Team at Liffey Life</p>
""", alt="Liffey Life", logo="https://s3.amazonaws.com/grnhse-vanity-urls/liffeylife/logo_email.png",
        pixel="https://u4410923.ct.sendgrid.net/wf/open?upn=u001.p9Qm-2B7cX0vR1-3D",
        accent="#0b6e4f",
        footer="""Liffey Life DAC is regulated by the Central Bank of Ireland. Registered in Ireland No. 512334. Registered office: 40 Sir John Rogerson's Quay, Dublin 2, D02 XY12.<br>
Powered by <a href="https://www.greenhouse.io" style="color:#8c959f">Greenhouse</a> · <a href="https://app.greenhouse.io/privacy/liffeylife" style="color:#8c959f">Privacy</a>"""),
})

# 19 -- Dublin reinsurer via Lever after a final round; a recruiter's Reply-To.
add({
    "slug": "lever_after_final_round", "kind": "rejection", "company": "Harcourt Reinsurance",
    "contact": "aoife.brennan@harcourt-re.example.ie", "lang": "en",
    "sender": ("Aoife Brennan at Harcourt Reinsurance", "no-reply@hire.lever.co"),
    "reply_to": ("Aoife Brennan", "aoife.brennan@harcourt-re.example.ie"),
    "subject": "Harcourt Re – Casualty Underwriting Analyst",
    "date": "2026-06-12 17:45 +0100",
    "mid": "<lever-7a1b2c3d-9e8f-4a5b-b6c7-d8e9f0a1b2c3@hire.lever.co>",
    "cte": "quoted-printable",
    "text": """Hi Tobias,

Thanks so much for coming in on Tuesday and for the time you put into the case exercise – the team genuinely enjoyed talking loss triangles with you.

I'm sorry to say we won't be offering you the role. It was a close call between you and one other finalist, and in the end the panel went with the candidate who has already written casualty treaty business in the London market. I know that's hard to hear after a final round.

Happy to jump on a call if you'd like more detailed feedback, just reply here.

All the best,
Aoife

Aoife Brennan
Senior Talent Partner | Harcourt Reinsurance
aoife.brennan@harcourt-re.example.ie | +353 1 555 0192

Harcourt Reinsurance Ltd is regulated by the Central Bank of Ireland. Registered in Ireland No 298177. Registered office: 2 Grand Canal Square, Dublin 2.

Sent via Lever – https://hire.lever.co
""",
})

# 20 -- Dublin agency, one line: the client went internal; the client is never named.
add({
    "slug": "agency_one_liner_internal", "kind": "rejection", "company": "Ha'penny Recruitment",
    "contact": "ciaran@hapenny-recruitment.example.ie", "lang": "en",
    "sender": ("Ciarán Doyle", "ciaran@hapenny-recruitment.example.ie"),
    "subject": "Re: ?",
    "date": "2026-07-03 12:06 +0100",
    "reply": "<CAF7r3nnert+Hp0q9Jx@mail.example.de>",
    "cte": "8bit",
    "text": """Hi Tobias – they've gone with an internal hire unfortunately, so that one's closed. Sorry!! Will keep you posted on others. C

Sent from my iPhone

On 3 Jul 2026, at 11:52, Tobias Rennert <tobias.rennert@example.de> wrote:

> Hi Ciarán, any news from the client on the claims analytics role? Cheers, Tobias
""",
})

# 21 -- a Zurich reinsurer writes in English through iCIMS.
add({
    "slug": "icims_zurich_english", "kind": "rejection", "company": "Uetliberg Re", "contact": "",
    "lang": "en",
    "sender": ("Uetliberg Re Careers", "do-not-reply@icims.com"),
    "subject": "Uetliberg Re | Update on Requisition 2026-1184 – Actuarial Analyst Life & Health",
    "date": "2026-09-09 10:31 +0200",
    "mid": "<icims.uetlibergre.2026-1184.55120931@icims.com>",
    "cte": "base64",
    "html": table_shell("""
<p>Dear Tobias Rennert,</p>
<p>Thank you for applying for the position of <b>Actuarial Analyst Life &amp; Health</b> (Req. 2026-1184) in Zurich.</p>
<p>We regret to inform you that we will not be proceeding with your application. The role requires hands-on experience with IFRS 17 measurement models for life business, which we could not identify in your profile.</p>
<p>Your profile will remain in our talent community for twelve months. You can update your preferences or withdraw your consent at any time via the <a href="https://careers-uetlibergre.icims.com/jobs/login?mode=profile&amp;utm_medium=email">candidate portal</a>.</p>
<p>With kind regards,<br>Talent Acquisition<br>Uetliberg Re</p>
""", logo="https://careers-uetlibergre.icims.com/media/uetlibergre_logo.png", alt="Uetliberg Re",
        color="#7a1e3a", lang="en",
        pixel="https://careers-uetlibergre.icims.com/icims2?do=track&amp;eid=55120931",
        footer="""Uetliberg Re Ltd · Mythenquai 2 · 8002 Zurich · Switzerland<br>This is an automated message. Replies to this address are not monitored."""),
})

# 22 -- London-founded insurtech with a Munich office, Ashby, plain and blunt.
add({
    "slug": "ashby_blunt", "kind": "rejection", "company": "Covermate", "contact": "", "lang": "en",
    "sender": ("Covermate Hiring", "no-reply@ashbyhq.com"),
    "subject": "Covermate: Claims Data Analyst (Munich)",
    "date": "2026-04-30 22:13 +0200",
    "mid": "<ashby.covermate.app_6d1e0f.1777579980@ashbyhq.com>",
    "cte": "7bit", "charset": "us-ascii",
    "text": """Hi Tobias,

Thanks for applying to the Claims Data Analyst role in Munich.

We've reviewed your application and we won't be moving forward at this stage.

We appreciate your interest in Covermate.

- The Covermate team

--
Covermate Ltd, 1 Finsbury Avenue, London EC2M 2PF. Registered in England and Wales No. 11872203.
You're receiving this email because you applied via jobs.ashbyhq.com/covermate.
""",
})

# 23 -- Dublin public-sector style: the competition is closed, no panel formed.
add({
    "slug": "panel_not_formed", "kind": "rejection", "company": "Insurance Compensation Office",
    "contact": "recruitment@ico-ireland.example.ie", "lang": "en",
    "sender": ("ICO Recruitment", "recruitment@ico-ireland.example.ie"),
    "subject": "Competition ICO/26/07 – Higher Executive Officer (Claims Analytics)",
    "date": "2026-05-27 11:00 +0100",
    "cte": "quoted-printable",
    "text": """Dear Mr Rennert,

Competition ICO/26/07 – Higher Executive Officer (Claims Analytics)

I refer to your application for the above competition.

Following the shortlisting process, I regret to advise you that you have not been successful on this occasion and your application will not be progressed to the interview stage. Shortlisting was carried out by a board on the basis of the information provided in the application form against the key competencies set out in the candidate information booklet.

You may request a review of this decision within 7 working days under Section 7 of the Code of Practice. Any queries may be sent to this mailbox and will be answered by a member of the recruitment team.

Thank you for your interest in the Insurance Compensation Office.

Yours sincerely,

Gráinne Ní Bhriain
Recruitment Unit
Insurance Compensation Office
Block C, Irish Life Centre, Abbey Street Lower, Dublin 1
""",
})

# 24 -- Paris mutual via SmartRecruiters, vous.
add({
    "slug": "smartrecruiters_suite_favorable", "kind": "rejection",
    "company": "Mutuelle des Artisans de France", "contact": "", "lang": "fr",
    "sender": ("Mutuelle des Artisans de France", "noreply@smartrecruiters.com"),
    "subject": "Votre candidature – Chargé(e) d'études actuarielles IARD",
    "date": "2026-03-12 09:03 +0100",
    "mid": "<sr.maf.f3b1c0e2-9a87-4d41-b2c6-11ad39e0f7aa@smartrecruiters.com>",
    "text": "auto", "cte": "quoted-printable",
    "html": card_shell("""
<p>Bonjour Tobias,</p>
<p>Nous vous remercions de l'intérêt que vous portez à la Mutuelle des Artisans de France et pour votre candidature au poste de <strong>Chargé(e) d'études actuarielles IARD</strong>.</p>
<p>Après une étude attentive de votre dossier, nous sommes au regret de vous informer que nous ne sommes pas en mesure de donner une suite favorable à votre candidature. Les profils retenus disposent d'une expérience confirmée en tarification habitation et d'une maîtrise avancée de R.</p>
<p>Nous conservons votre CV dans notre vivier, sauf opposition de votre part, et ne manquerons pas de revenir vers vous si une opportunité correspondant à votre profil se présentait.</p>
<p>Nous vous souhaitons pleine réussite dans vos recherches.</p>
<p>L'équipe Recrutement<br>Mutuelle des Artisans de France</p>
""", alt="MAF – Mutuelle des Artisans de France", logo="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/maf-mutuelle/logo_mail.png",
        accent="#c8102e", lang="fr",
        pixel="https://jobs.smartrecruiters.com/track/open/6f1c2b3a9e?e=tr",
        footer="""Mutuelle des Artisans de France – mutuelle soumise aux dispositions du livre II du Code de la mutualité – SIREN 775 555 123 – 14 rue de la Victoire, 75009 Paris.<br>
<a href="https://jobs.smartrecruiters.com/privacy-policy" style="color:#8c959f">Politique de confidentialité</a> · <a href="https://my.smartrecruiters.com/settings/notifications" style="color:#8c959f">Gérer mes notifications</a>"""),
})

# 25 -- Luxembourg insurer, ISO-8859-1 letter, vous, with the company's letterhead style.
add({
    "slug": "luxembourg_latin1_letter", "kind": "rejection", "company": "Moselle Assurances",
    "contact": "recrutement@moselle-assurances.example.lu", "lang": "fr",
    "sender": ("Moselle Assurances - Ressources Humaines", "recrutement@moselle-assurances.example.lu"),
    "subject": "Votre candidature spontanée",
    "date": "2026-01-16 11:22 +0100",
    "charset": "iso-8859-1", "cte": "quoted-printable", "subject_cs": "iso-8859-1",
    "text": """Monsieur,

Nous accusons réception de votre candidature spontanée et vous remercions de l'intérêt que vous portez à Moselle Assurances.

Après examen attentif de votre profil, nous avons le regret de vous informer que nous ne disposons actuellement d'aucun poste vacant correspondant à vos compétences au sein de nos services Souscription et Actuariat.

Nous nous permettons de conserver votre dossier pendant une durée de douze mois. N'hésitez pas à nous écrire à cette adresse pour toute question.

Nous vous prions d'agréer, Monsieur, l'expression de nos salutations distinguées.

Service des Ressources Humaines
Moselle Assurances S.A.
12, boulevard Royal
L-2449 Luxembourg
R.C.S. Luxembourg B 45.118
""",
})

# 26 -- Paris recruitment firm relays its client's decision and names it.
add({
    "slug": "cabinet_relays_client", "kind": "rejection", "company": "Groupe Assurances Vendôme",
    "contact": "c.mercier@rivoli-talents.example.fr", "lang": "fr",
    "sender": ("Camille Mercier", "c.mercier@rivoli-talents.example.fr"),
    "subject": "Retour Groupe Vendôme",
    "date": "2026-05-15 18:20 +0200",
    "cte": "quoted-printable",
    "text": """Bonjour Tobias,

J'ai eu ce midi le retour de notre client, le Groupe Assurances Vendôme, suite à votre entretien avec M. Lefèvre.

Malheureusement, ils ont décidé de retenir un autre profil, un souscripteur déjà en poste chez un assureur concurrent et immédiatement opérationnel sur le marché des professionnels. Ils ont apprécié votre rigueur et votre connaissance des sinistres corporels, mais le critère « portefeuille existant » a pesé lourd.

Je suis sincèrement désolée. Je reste à l'écoute du marché pour vous et reviens vers vous dès qu'un poste de souscripteur junior se présente.

Belle soirée,

Camille Mercier
Consultante Senior – Assurance & Banque
RIVOLI TALENTS
48, rue de Rivoli – 75004 Paris
Tél. : +33 1 55 55 43 21 | Port. : +33 6 55 55 12 34
www.rivoli-talents.example.fr
""",
})

# 27 -- Paris insurtech, tu, via Lever, the quoted chain is Gmail style.
add({
    "slug": "insurtech_tutoiement", "kind": "rejection", "company": "Assurly",
    "contact": "yanis@assurly.example.fr", "lang": "fr",
    "sender": ("Yanis Belkacem", "yanis@assurly.example.fr"),
    "subject": "Re: Suite de notre échange",
    "date": "2026-09-24 14:02 +0200",
    "reply": "<CAF7r3nnert+As9mN2k@mail.example.de>",
    "cte": "quoted-printable",
    "text": """Salut Tobias,

Merci pour ton message et désolé pour le délai de réponse, la rentrée a été chargée.

Après pas mal de discussions avec l'équipe, on a décidé de ne pas aller plus loin avec ta candidature pour le poste de Data Analyst Sinistres. On cherche finalement quelqu'un qui peut démarrer tout de suite et qui parle couramment français au téléphone avec nos assurés, et on sent que ce serait un peu juste pour le moment.

Franchement c'était un plaisir d'échanger avec toi, et si tu passes par Paris n'hésite pas à venir prendre un café.

Bonne continuation !
Yanis

--
Yanis Belkacem · Head of Claims · Assurly
assurly.example.fr

Le mer. 16 sept. 2026 à 09:14, Tobias Rennert <tobias.rennert@example.de> a écrit :
> Bonjour Yanis,
> Je me permets de revenir vers toi concernant le poste de Data Analyst
> Sinistres. Je suis très motivé et j'attends avec impatience la prochaine
> étape et, pourquoi pas, un entretien avec l'équipe.
> Bien à toi,
> Tobias
""",
    "html": gmail_html("""<div>Salut Tobias,</div><div><br></div><div>Merci pour ton message et désolé pour le délai de réponse, la rentrée a été chargée.</div><div><br></div><div>Après pas mal de discussions avec l'équipe, on a décidé de ne pas aller plus loin avec ta candidature pour le poste de Data Analyst Sinistres. On cherche finalement quelqu'un qui peut démarrer tout de suite et qui parle couramment français au téléphone avec nos assurés, et on sent que ce serait un peu juste pour le moment.</div><div><br></div><div>Franchement c'était un plaisir d'échanger avec toi, et si tu passes par Paris n'hésite pas à venir prendre un café.</div><div><br></div><div>Bonne continuation !</div><div>Yanis</div><div><br></div><div>-- <br><div dir="ltr" class="gmail_signature">Yanis Belkacem · Head of Claims · Assurly<br><a href="https://assurly.example.fr">assurly.example.fr</a></div></div>""",
        quote="""<div dir="ltr" class="gmail_attr">Le mer. 16 sept. 2026 à 09:14, Tobias Rennert &lt;<a href="mailto:tobias.rennert@example.de">tobias.rennert@example.de</a>&gt; a écrit&nbsp;:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">Bonjour Yanis,<br>Je me permets de revenir vers toi concernant le poste de Data Analyst Sinistres. Je suis très motivé et j'attends avec impatience la prochaine étape et, pourquoi pas, un entretien avec l'équipe.<br>Bien à toi,<br>Tobias</blockquote>"""),
})

# 28 -- Luxembourg bank via Teamtailor: filled internally, French.
add({
    "slug": "teamtailor_pourvu_interne", "kind": "rejection", "company": "Banque du Kirchberg",
    "contact": "", "lang": "fr",
    "sender": ("Banque du Kirchberg", "notifications@teamtailor-mail.com"),
    "subject": "Analyste Risques Assurance – votre candidature",
    "date": "2026-07-22 08:40 +0200",
    "mid": "<tt-5a9e2c11.b7f04d.cand-2231876@teamtailor-mail.com>",
    "cte": "base64",
    "html": card_shell("""
<h2 style="font-size:20px;margin:0 0 16px 0;">Bonjour Tobias,</h2>
<p>Merci d'avoir postulé au poste d'<strong>Analyste Risques Assurance</strong> à la Banque du Kirchberg.</p>
<p>Nous tenions à vous informer personnellement que le poste a été pourvu en interne par une collaboratrice de notre département Bancassurance. Le processus de recrutement externe est donc clôturé.</p>
<p>Nous vous remercions sincèrement pour le temps consacré à votre candidature et vous souhaitons beaucoup de succès.</p>
<p>Bien cordialement,<br>L'équipe Talent Acquisition<br>Banque du Kirchberg</p>
<p style="margin-top:24px;"><a href="https://banquekirchberg.teamtailor.com/jobs?utm_source=tt_email&amp;utm_campaign=reject" style="background:#1d3557;color:#fff;padding:10px 16px;border-radius:4px;text-decoration:none;">Voir nos offres</a></p>
""", alt="Banque du Kirchberg", logo="https://assets.teamtailor-cdn.com/banquekirchberg/logo-mail.png",
        accent="#1d3557", lang="fr",
        pixel="https://teamtailor-mail.com/o/2231876/5a9e2c11.png",
        footer="""Banque du Kirchberg S.A. · 4, avenue John F. Kennedy · L-1855 Luxembourg · R.C.S. Luxembourg B 12.345<br>
<a href="https://banquekirchberg.teamtailor.com/connect/unsubscribe?c=2231876" style="color:#8c959f">Se désabonner</a> · <a href="https://banquekirchberg.teamtailor.com/privacy" style="color:#8c959f">Données personnelles</a>"""),
})

# 29 -- Paris consultancy after an interview; the Outlook "De : / Envoyé :" chain quotes the
# invitation ("nous avons le plaisir de vous convier").
add({
    "slug": "apres_entretien_outlook_fr", "kind": "rejection", "company": "Cabinet Laroche Courtage",
    "contact": "h.laroche@laroche-courtage.example.fr", "lang": "fr",
    "sender": ("Hélène Laroche", "h.laroche@laroche-courtage.example.fr"),
    "subject": "RE: Entretien du 7 octobre – poste de chargé de souscription",
    "date": "2026-10-14 10:12 +0200",
    "reply": "<PR1P264MB2218B9A0C4E3D2F1A0B9C8D7E6@PR1P264MB2218.FRAP264.PROD.OUTLOOK.COM>",
    "cte": "quoted-printable",
    "text": """Monsieur Rennert,

Je vous remercie encore pour notre entretien du 7 octobre et pour l'intérêt que vous portez à notre cabinet.

Après réflexion, nous avons choisi de poursuivre avec un candidat disposant déjà d'une expérience du courtage en assurance de flottes automobiles. Votre parcours est de grande qualité, mais la prise de poste rapide sur ce portefeuille nous a conduits à faire ce choix.

Je vous souhaite bonne chance pour la suite de vos démarches.

Bien cordialement,

Hélène Laroche
Associée gérante
Cabinet Laroche Courtage
7, rue Cambon – 75001 Paris
01 55 55 67 00
ORIAS n° 07 055 555 – SARL au capital de 50 000 € – RCS Paris 412 555 678

De : Hélène Laroche <h.laroche@laroche-courtage.example.fr>
Envoyé : mercredi 30 septembre 2026 17:48
À : Tobias Rennert <tobias.rennert@example.de>
Objet : Entretien du 7 octobre – poste de chargé de souscription

Monsieur,

Suite à votre candidature, nous avons le plaisir de vous convier à un entretien le mercredi 7 octobre à 11h00 dans nos bureaux, 7 rue Cambon. Merci de me confirmer votre présence.

Bien cordialement,
Hélène Laroche
""",
})

# 30 -- Spanish insurer's German branch, usted.
add({
    "slug": "alcantara_usted", "kind": "rejection", "company": "Seguros Alcántara",
    "contact": "rrhh.alemania@seguros-alcantara.example.com", "lang": "es",
    "sender": ("Seguros Alcántara - Recursos Humanos", "rrhh.alemania@seguros-alcantara.example.com"),
    "subject": "Su candidatura: Técnico de Suscripción (Múnich)",
    "date": "2026-08-18 13:30 +0200",
    "cte": "quoted-printable", "charset": "iso-8859-1", "subject_cs": "iso-8859-1", "name_cs": "iso-8859-1",
    "text": """Estimado Sr. Rennert:

Le agradecemos sinceramente el interés mostrado por formar parte de la sucursal de Seguros Alcántara en Múnich y el tiempo dedicado a nuestro proceso de selección.

Lamentamos comunicarle que, tras valorar detenidamente todas las candidaturas, hemos decidido continuar con otros perfiles que se ajustan más a las necesidades actuales del puesto, en particular en lo relativo a la experiencia en suscripción de riesgos agrarios.

Conservaremos sus datos durante un año por si surgiera una vacante adecuada. Para cualquier consulta puede responder a este correo.

Reciba un cordial saludo,

Departamento de Recursos Humanos
Seguros Alcántara, S.A. - Sucursal en Alemania
Leopoldstraße 28, 80802 München
Inscrita en el Registro Mercantil de Madrid, Tomo 1.234, Folio 56, Hoja M-78.901
""",
})

# 31 -- Madrid head-hunter, tú, the client is named; an "El ... escribió" chain below.
add({
    "slug": "headhunter_madrid_tu", "kind": "rejection", "company": "Reaseguros Ibéricos",
    "contact": "marta.quintana@talentoactuarial.example.com", "lang": "es",
    "sender": ("Marta Quintana", "marta.quintana@talentoactuarial.example.com"),
    "subject": "RE: Proceso Reaseguros Ibéricos Zúrich",
    "date": "2026-09-30 19:41 +0200",
    "reply": "<CAF7r3nnert+Ri7Zx3c@mail.example.de>",
    "cte": "8bit",
    "text": """Hola Tobias:

Te escribo con noticias de Reaseguros Ibéricos. Al final no van a seguir adelante con tu candidatura para la oficina de Zúrich: han optado por un perfil con más años en reaseguro de vida y que ya conoce el mercado suizo.

Sé que te hacía mucha ilusión, y de verdad que el feedback de la entrevista fue bueno. Sigo moviendo tu perfil y en cuanto tenga algo que encaje te llamo.

Un abrazo,
Marta

Marta Quintana | Socia Directora | Talento Actuarial
+34 655 555 210 | talentoactuarial.example.com

El lun, 28 sept 2026 a las 8:05, Tobias Rennert (<tobias.rennert@example.de>) escribió:
> Hola Marta, ¿sabes algo de Reaseguros Ibéricos? Me dijeron que me darían
> una respuesta esta semana y tenía la esperanza de pasar a la entrevista
> final. ¡Gracias!
""",
})
