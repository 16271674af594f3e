"""Rejections, written one by one for the hundred-thirty-fourth corpus."""

from __future__ import annotations

from msgs134_common import ats_html, gmail_html, outlook_html, pixel, tracked

MESSAGES: list[dict] = []

# 1 ------------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "rejection", "name": "workday_soft_match", "lang": "de",
    "company": "Steinberg Medical Devices", "contact": "",
    "sender": "Steinberg Medical Talent Acquisition <steinbergmed@myworkday.com>",
    "subject": "Ihre Bewerbung: Clinical Application Specialist (m/w/d) – Frankfurt am Main (R-0041187)",
    "date": "2026-02-17 16:42 +0100",
    "html": ats_html(
        """<p style="margin:0 0 14px 0">Guten Tag Tobias Lindqvist-Amato,</p>
<p style="margin:0 0 14px 0">vielen Dank für Ihr Interesse an der Position <b>Clinical Application Specialist (m/w/d) – Frankfurt am Main</b> und für die Zeit, die Sie in Ihre Bewerbung investiert haben.</p>
<p style="margin:0 0 14px 0">Wir haben Ihre Unterlagen sorgfältig geprüft. Nach reiflicher Überlegung haben wir uns entschieden, den Prozess mit Kandidatinnen und Kandidaten fortzusetzen, deren Erfahrung den Anforderungen dieser Stelle noch genauer entspricht.</p>
<p style="margin:0 0 14px 0">Diese Entscheidung ist keine Bewertung Ihrer Person. Behalten Sie unser <a href="https://steinbergmed.wd3.myworkday.com/SteinbergCareers" style="color:#00558c">Karriereportal</a> gern im Blick – wir veröffentlichen regelmäßig neue Positionen.</p>
<p style="margin:0 0 14px 0">Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute.</p>
<p style="margin:0">Mit freundlichen Grüßen<br>Talent Acquisition<br>Steinberg Medical Devices</p>""",
        logo_src="https://steinbergmed.wd3.myworkday.com/wday/cxs/steinbergmed/logo/steinberg_logo_header.png",
        logo_alt="Steinberg Medical Devices", accent="#00558c",
        footer="""Steinberg Medical Devices GmbH · Mainzer Landstraße 201 · 60326 Frankfurt am Main<br>
Geschäftsführer: Dr. Ulrich Brandes, Karin Oesterle · Amtsgericht Frankfurt am Main HRB 99812<br>
Diese Nachricht wurde automatisch erstellt. Antworten an diese Adresse werden nicht gelesen. · <a href="https://www.steinberg-medical.example.de/datenschutz-bewerber" style="color:#7a7f85">Datenschutzhinweise für Bewerbende</a>"""),
    "headers": {"X-Mailer": "Workday Notification Service", "Auto-Submitted": "auto-generated"},
})

# 2 ------------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "rejection", "name": "after_interview_outlook_chain", "lang": "de",
    "company": "Rheinmed Orthopädietechnik", "contact": "s.kruemmel@rheinmed.example.de",
    "sender": "\"Krümmel, Sabine\" <s.kruemmel@rheinmed.example.de>",
    "subject": "AW: Vielen Dank für das Gespräch am 10. März",
    "date": "2026-03-19 11:07 +0100",
    "charset": "iso-8859-1", "cte": "qp",
    "msgid": "<FR3P281MB1733C0D9E2A1F4B6A9C1@FR3P281MB1733.DEUP281.PROD.OUTLOOK.COM>",
    "irt": "<5e7b9a21-0c4d-4f6e-b1a3-9d8c7e6f5a42@example.de>",
    "refs": ["<8c3e1f02-5a7b-4d19-9e0f-2b6c1a7d9e44@example.de>",
             "<FR3P281MB17330A4E71B2C8D0F5E2@FR3P281MB1733.DEUP281.PROD.OUTLOOK.COM>"],
    "text": """Sehr geehrter Herr Lindqvist-Amato,

haben Sie vielen Dank für Ihre freundliche Nachricht und noch einmal für das offene Gespräch bei uns in Ehrenfeld. Herr Dr. Albers und ich haben den Austausch mit Ihnen als sehr angenehm empfunden.

Wir haben uns die Entscheidung nicht leicht gemacht. Am Ende haben wir uns jedoch für eine Kandidatin entschieden, die bereits mehrere Jahre Erfahrung in der Anwenderschulung für Orthesen mitbringt. Wir können Ihnen die Stelle daher leider nicht anbieten.

Ihr Wechsel aus der Physiotherapie in die Medizintechnik ist gut durchdacht, davon sind wir überzeugt. Wenn Sie einverstanden sind, behalten wir Ihre Unterlagen für zwölf Monate in unserer Kartei.

Alles Gute und viele Grüße aus Köln

Sabine Krümmel
Personalreferentin

Rheinmed Orthopädietechnik GmbH
Vogelsanger Straße 321 | 50827 Köln
Tel. +49 221 5550 4410
www.rheinmed.example.de

Geschäftsführung: Michael Rösler | Registergericht Köln HRB 77215

Von: Tobias Lindqvist-Amato <tobias.la@example.de>
Gesendet: Mittwoch, 11. März 2026 08:45
An: Krümmel, Sabine <s.kruemmel@rheinmed.example.de>
Betreff: Vielen Dank für das Gespräch am 10. März

Sehr geehrte Frau Krümmel,

vielen Dank für die Einladung zum Vorstellungsgespräch und die Zeit, die Sie und Herr Dr. Albers sich gestern genommen haben. Die Einblicke in die Versorgung mit dynamischen Orthesen haben mich in meinem Wunsch bestärkt, bei Rheinmed anzufangen. Über ein Angebot würde ich mich sehr freuen.

Mit freundlichen Grüßen
Tobias Lindqvist-Amato

Von: Krümmel, Sabine <s.kruemmel@rheinmed.example.de>
Gesendet: Dienstag, 24. Februar 2026 14:12
An: Tobias Lindqvist-Amato <tobias.la@example.de>
Betreff: Einladung zum Vorstellungsgespräch - Produktspezialist Orthetik (m/w/d)

Sehr geehrter Herr Lindqvist-Amato,

wir freuen uns, Sie zu einem persönlichen Vorstellungsgespräch am Dienstag, 10. März 2026, um 10:00 Uhr einzuladen.
""",
})

# 3 ------------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "rejection", "name": "swiss_filled_internally", "lang": "de",
    "company": "Helvexa Healthcare", "contact": "",
    "sender": "Helvexa Careers <noreply@successfactors.eu>",
    "subject": "Ihre Bewerbung als Clinical Specialist Neuro-Rehabilitation (Basel)",
    "date": "2026-04-08 07:55 +0200",
    "structure": "alt", "charset": "utf-8", "cte": "qp",
    "html": ats_html(
        """<p>Grüezi Herr Lindqvist-Amato</p>
<p>Wir danken Ihnen für Ihre Bewerbung und das Interesse an einer Tätigkeit bei Helvexa.</p>
<p>Gerne informieren wir Sie, dass die ausgeschriebene Stelle als Clinical Specialist Neuro-Rehabilitation zwischenzeitlich intern besetzt werden konnte. Aus diesem Grund können wir Ihr Dossier im weiteren Verfahren nicht mehr berücksichtigen.</p>
<p>Wir bedauern, Ihnen keinen positiven Bescheid geben zu können, und wünschen Ihnen für Ihre Stellensuche viel Erfolg.</p>
<p>Freundliche Grüsse<br><br>Helvexa Healthcare AG<br>Human Resources<br>Aeschenvorstadt 48, 4051 Basel</p>""",
        logo_src="https://career5.successfactors.eu/doc/custom/helvexaP/helvexa_logo_rgb.png",
        logo_alt="Helvexa", accent="#6c2a8c", lang="de-CH",
        footer="""Bitte antworten Sie nicht auf diese E-Mail. Dieses Postfach wird nicht überwacht.<br>
Informationen zum Umgang mit Ihren Personendaten finden Sie in unserer <a href="https://www.helvexa.example.ch/datenschutz" style="color:#7a7f85">Datenschutzerklärung</a>."""),
    "headers": {"Auto-Submitted": "auto-generated"},
})

# 4 ------------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "rejection", "name": "vienna_personio_replyto_jobs", "lang": "de",
    "company": "Vital Motion Systems", "contact": "jobs@vitalmotion.example.at",
    "sender": "Vital Motion Systems GmbH <noreply@personio.de>",
    "reply_to": "Vital Motion Recruiting <jobs@vitalmotion.example.at>",
    "subject": "Rückmeldung zu Ihrer Bewerbung – Applikationsspezialist Ganganalyse",
    "date": "2026-01-28 10:31 +0100",
    "charset": "utf-8", "cte": "b64",
    "text": """Sehr geehrter Herr Lindqvist-Amato,

vielen Dank für Ihre Bewerbung vom 9. Jänner und Ihre Geduld in den vergangenen Wochen.

Leider müssen wir Ihnen mitteilen, dass wir Sie im weiteren Auswahlverfahren nicht berücksichtigen können. Für die Position ist die österreichische Berufsberechtigung sowie die Eintragung ins Gesundheitsberuferegister bereits zum Eintrittsdatum zwingend erforderlich, und wir haben uns für Bewerber:innen entschieden, die diese Voraussetzungen schon erfüllen.

Sollten Sie Fragen haben, antworten Sie einfach auf diese Nachricht – unser Recruiting-Team meldet sich bei Ihnen.

Mit besten Grüßen aus Wien
Ihr Team von Vital Motion Systems

--
Vital Motion Systems GmbH | Leopoldauer Straße 112, 1210 Wien
FN 482113 k, Handelsgericht Wien
""",
})

# 5 ------------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "rejection", "name": "terse_iphone_reply", "lang": "de",
    "company": "Q-Motion Diagnostics", "contact": "m.brandt@q-motion.example.de",
    "sender": "Markus Brandt <m.brandt@q-motion.example.de>",
    "subject": "Re: Telefoninterview am Donnerstag – Rückfrage",
    "date": "2026-05-04 21:16 +0200",
    "charset": "utf-8", "cte": "8bit",
    "msgid": "<9B2C1F7E-41D8-4A9B-8C0E-5D3A2E1F6B70@q-motion.example.de>",
    "irt": "<b40e2d19-77a1-4c8e-a5f3-0e9d1c2b3a64@example.de>",
    "refs": ["<7d0c3e5a-1b2f-4e8d-9a6c-3f1e2d4b5c08@q-motion.example.de>"],
    "text": """Hallo Herr Lindqvist-Amato, wir haben uns anders entschieden. Trotzdem alles Gute!
VG M. Brandt

Von meinem iPhone gesendet

> Am 30.04.2026 um 17:48 schrieb Tobias Lindqvist-Amato <tobias.la@example.de>:
>
> Hallo Herr Brandt,
>
> nochmals danke für das nette Telefonat am Donnerstag zur Stelle Clinical Specialist Ganglabor bei Q-Motion Diagnostics. Gibt es schon einen Zeitplan für das zweite Gespräch vor Ort in Düsseldorf? Ich bin in den nächsten zwei Wochen flexibel.
>
> Viele Grüße
> Tobias Lindqvist-Amato
""",
})

# 6 ------------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "rejection", "name": "speculative_no_vacancy", "lang": "de",
    "company": "Klinikverbund Mittelrhein", "contact": "personalabteilung@klinikverbund-mittelrhein.example.de",
    "sender": "Personalabteilung Klinikverbund Mittelrhein <personalabteilung@klinikverbund-mittelrhein.example.de>",
    "subject": "Ihre Initiativbewerbung vom 02.02.2026",
    "date": "2026-02-20 09:02 +0100",
    "charset": "iso-8859-1", "cte": "8bit",
    "text": """Sehr geehrter Herr Lindqvist-Amato,

wir bedanken uns für Ihre Initiativbewerbung und das damit verbundene Interesse an unserem Verbund.

Nach Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir derzeit keine Vakanz haben, die zu Ihrem Profil passt. Eine Stabsstelle "Medizinprodukte und Anwenderschulung", wie Sie sie in Ihrem Anschreiben skizzieren, ist in unserer Struktur aktuell nicht vorgesehen.

Ihre Unterlagen senden wir Ihnen nicht zurück; die elektronisch eingereichten Dokumente werden nach Ablauf von sechs Monaten gelöscht. Bei Rückfragen antworten Sie gern auf diese E-Mail.

Mit freundlichen Grüßen
i. A. Petra Hollmann
Personalabteilung

Klinikverbund Mittelrhein gGmbH
Hohenzollernstraße 44, 56068 Koblenz
Geschäftsführer: Dipl.-Kfm. Reinhard Wolters
Sitz der Gesellschaft: Koblenz, Amtsgericht Koblenz HRB 20417
""",
})

# 7 ------------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "rejection", "name": "softgarden_role_on_hold", "lang": "de",
    "company": "Kessler & Vogt Medizintechnik", "contact": "",
    "sender": "Kessler & Vogt Medizintechnik GmbH <noreply@softgarden.io>",
    "subject": "Information zu Ihrer Bewerbung bei Kessler & Vogt",
    "date": "2026-06-03 13:20 +0200",
    "structure": "alt", "charset": "utf-8", "cte": "qp",
    "html": ats_html(
        """<h2 style="font-size:19px;font-weight:normal;margin:0 0 16px 0">Information zu Ihrer Bewerbung</h2>
<p>Sehr geehrter Herr Lindqvist-Amato,</p>
<p>Sie haben sich bei uns als <b>Medizinprodukteberater Chirurgie (m/w/d), Region Köln/Bonn</b> beworben. Dafür danken wir Ihnen.</p>
<p>Aufgrund einer internen Neuausrichtung unseres Außendienstes wurde die Besetzung dieser Position bis auf Weiteres auf Eis gelegt. Wir werden das Auswahlverfahren daher nicht fortsetzen und Ihre Bewerbung nicht weiter berücksichtigen.</p>
<p>Wir bedauern, Ihnen keine andere Nachricht geben zu können. Sobald wir vergleichbare Stellen ausschreiben, finden Sie diese auf unserer Karriereseite.</p>
<p>Mit freundlichen Grüßen<br>Ihr Personalteam<br>Kessler &amp; Vogt Medizintechnik</p>""",
        logo_src="https://kessler-vogt.softgarden.io/assets/logo/kv_medizintechnik.png",
        logo_alt="Kessler &amp; Vogt Medizintechnik", accent="#c8102e",
        footer="""Kessler &amp; Vogt Medizintechnik GmbH · Am Wassermann 28 · 50829 Köln · HRB 61190 · Geschäftsführer: Jürgen Vogt<br>
Diese E-Mail wurde über softgarden versendet. <a href="https://kessler-vogt.softgarden.io/de/privacy" style="color:#7a7f85">Datenschutz</a> · <a href="https://kessler-vogt.softgarden.io/de/candidate/withdraw?t=Yk3x9" style="color:#7a7f85">Bewerbung zurückziehen</a>""",
        tail=pixel("https://tracking.softgarden.io/o/7f3a9c21e0.gif")),
})

# 8 ------------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "rejection", "name": "agency_names_swiss_client", "lang": "de",
    "company": "Baselwerk Medical", "contact": "j.oelmann@talentbruecke.example.de",
    "sender": "Jan-Hendrik Oelmann <j.oelmann@talentbruecke.example.de>",
    "subject": "Baselwerk – leider keine gute Nachricht",
    "date": "2026-04-29 18:03 +0200",
    "charset": "utf-8", "cte": "qp",
    "msgid": "<0f9a8b7c6d5e4f30a1b2@talentbruecke.example.de>",
    "irt": "<c2d4e6f8-0a1b-4c3d-8e5f-7a9b1c3d5e7f@example.de>",
    "text": """Hallo Herr Lindqvist-Amato,

ich hatte Ihnen ja versprochen, mich noch diese Woche zu melden, und leider ist es keine gute Nachricht: Unser Mandant, die Baselwerk Medical AG, hat sich nach den Zweitgesprächen in Basel für einen anderen Kandidaten entschieden. Den Ausschlag gab am Ende die Erfahrung mit Schweizer Spitälern und die französische Sprache für die Betreuung der Romandie.

Ihr Auftritt vor dem Fachbereich kam übrigens gut an – das Feedback von Frau Dr. Meier war ausdrücklich positiv, vor allem zu Ihrer Fallvorstellung.

Ich würde gern mit Ihnen in Kontakt bleiben. Wir haben regelmäßig Mandate im Bereich Reha- und Neurotechnik, und Ihr Profil passt sehr gut in diese Ecke.

Herzliche Grüße
Jan-Hendrik Oelmann

Talentbrücke Personalberatung GmbH
Senior Consultant Life Sciences
Königsallee 60 F | 40212 Düsseldorf
M +49 171 555 0912
talentbruecke.example.de | LinkedIn: /in/jhoelmann
""",
})

# 9 ------------------------------------------------------------------------------------------
_kroeger = """Sehr geehrter Herr Lindqvist-Amato,

nochmals herzlichen Dank für das offene Gespräch in der vergangenen Woche und Ihr Interesse an der vertraulichen Position "Clinical Education Manager".

Unser Mandant – ein mittelständischer Hersteller von Wirbelsäulenimplantaten im Raum Düsseldorf – hat die Profile der Shortlist inzwischen gesichtet. Leider hat er sich entschieden, Ihre Kandidatur nicht weiter zu verfolgen. Gesucht wird nun doch ausdrücklich jemand mit OP-Erfahrung aus der Pflege oder als OTA.

Ich bedauere das, weil ich Sie für die Aufgabe für gut geeignet halte. Gern nehme ich Sie mit Ihrem Einverständnis in unseren Kandidatenpool auf.

Mit freundlichen Grüßen

Dr. Claudia Wendt
Partnerin

Kröger Executive Search
Medical Devices & Healthcare
Breite Straße 22 · 40213 Düsseldorf
Telefon +49 211 555 77 30
"""
MESSAGES.append({
    "kind": "rejection", "name": "headhunter_unnamed_client", "lang": "de",
    "company": "Kröger Executive Search", "contact": "c.wendt@kroeger-search.example.de",
    "sender": "Dr. Claudia Wendt <c.wendt@kroeger-search.example.de>",
    "subject": "Ihre Kandidatur – Clinical Education Manager (vertraulich)",
    "date": "2026-03-05 17:40 +0100",
    "header_charset": "windows-1252", "charset": "windows-1252", "cte": "qp",
    "text": _kroeger,
    "html": outlook_html(_kroeger, font="Arial", size="10.0pt"),
})

# 10 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "rejection", "name": "university_kennziffer", "lang": "de",
    "company": "Technische Hochschule Köln-Deutz", "contact": "stellenbesetzung@th-koeln-deutz.example.de",
    "sender": "Stellenbesetzung TH Köln-Deutz <stellenbesetzung@th-koeln-deutz.example.de>",
    "subject": "Kennziffer 2026-114: Ihre Bewerbung",
    "date": "2026-07-14 12:12 +0200",
    "charset": "iso-8859-1", "cte": "qp",
    "text": """Sehr geehrter Herr Lindqvist-Amato,

wir danken Ihnen für Ihre Bewerbung auf die Stelle einer/eines Wissenschaftlichen Mitarbeiterin/Mitarbeiters im Labor für Bewegungsanalyse und Medizinprodukteentwicklung (Kennziffer 2026-114, EG 13 TV-L, 50 %).

Nach sorgfältiger Prüfung aller eingegangenen Bewerbungen hat sich die Auswahlkommission für eine andere Bewerberin entschieden. Wir bedauern, Ihnen keine günstigere Nachricht geben zu können.

Ihre Bewerbungsunterlagen werden sechs Monate nach Abschluss des Verfahrens gemäß den datenschutzrechtlichen Bestimmungen gelöscht.

Für Rückfragen stehen wir Ihnen unter dieser Adresse zur Verfügung.

Mit freundlichen Grüßen
Im Auftrag

Derya Yilmaz
Dezernat 4 - Personal
Technische Hochschule Köln-Deutz
Deutz-Mülheimer Straße 129, 51063 Köln
""",
})

# 11 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "rejection", "name": "rehab_clinic_html_noreply", "lang": "de",
    "company": "Rehaklinik Siebengebirge", "contact": "",
    "sender": "Rehaklinik Siebengebirge – Bewerbermanagement <karriere@rehaklinik-siebengebirge.example.de>",
    "subject": "Ihre Bewerbung bei der Rehaklinik Siebengebirge",
    "date": "2026-08-26 15:48 +0200",
    "charset": "utf-8", "cte": "b64",
    "html": """<html><head><meta charset="utf-8"></head>
<body style="font-family:Verdana,sans-serif;font-size:13px;color:#333">
<table width="640" cellpadding="0" cellspacing="0" style="border:1px solid #d9d9d9">
<tr><td style="background:#2e6b4f;padding:14px 20px"><img src="https://www.rehaklinik-siebengebirge.example.de/img/logo_weiss.png" alt="Rehaklinik Siebengebirge – Zentrum für Neurologie und Orthopädie" height="48"></td></tr>
<tr><td style="padding:20px">
<p>Sehr geehrter Herr Lindqvist-Amato,</p>
<p>herzlichen Dank für Ihr Interesse an der Stelle <em>Leitung Gerätegestützte Therapie (m/w/d)</em>.</p>
<p>Wir haben Ihre Bewerbung mit großem Interesse gelesen. Leider können wir Sie im weiteren Verfahren nicht berücksichtigen. Bitte verstehen Sie, dass wir aus der Vielzahl qualifizierter Bewerbungen nur wenige zum Gespräch einladen konnten.</p>
<p>Wir wünschen Ihnen für Ihren weiteren Berufsweg viel Erfolg.</p>
<p>Freundliche Grüße<br>Ihr Bewerbermanagement<br>Rehaklinik Siebengebirge</p>
</td></tr>
<tr><td style="padding:12px 20px;background:#f4f4f4;font-size:10px;color:#888">Rehaklinik Siebengebirge GmbH &amp; Co. KG · Margarethenhöhe 4 · 53639 Königswinter · Amtsgericht Siegburg HRA 5521<br>
Bitte antworten Sie nicht auf diese automatisch versendete Nachricht.</td></tr>
</table>
</body></html>
""",
})

# 12 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "rejection", "name": "startup_du_ashby", "lang": "de",
    "company": "gaitwise", "contact": "lea@gaitwise.example.de",
    "sender": "Lea Wittkamp <no-reply@ashbyhq.com>",
    "reply_to": "Lea Wittkamp <lea@gaitwise.example.de>",
    "subject": "Deine Bewerbung bei gaitwise",
    "date": "2026-05-22 10:02 +0200",
    "structure": "alt", "charset": "utf-8", "cte": "qp",
    "html": """<div style="font-family:-apple-system,Segoe UI,Roboto,sans-serif;font-size:15px;line-height:1.55;color:#1d1d1f;max-width:560px">
<p>Hey Tobias,</p>
<p>danke dir nochmal für deine Zeit im Call mit Jonas und mir – hat echt Spaß gemacht, mit jemandem zu reden, der die Patientenseite so gut kennt.</p>
<p>Wir haben lange hin und her überlegt, uns aber am Ende entschieden, die Rolle mit jemandem zu besetzen, der schon mehr Erfahrung im Customer Success mit Kliniken mitbringt. Gerade in der aktuellen Phase brauchen wir jemanden, der vom ersten Tag an Rollouts alleine stemmen kann.</p>
<p>Ich weiß, das ist nicht die Nachricht, auf die du gehofft hast. Wenn du magst, gebe ich dir gern in einem kurzen Call noch Feedback – antworte einfach auf diese Mail.</p>
<p>Alles Liebe und viel Erfolg!<br>Lea</p>
<p style="color:#6e6e73;font-size:13px">Lea Wittkamp | People &amp; Culture | gaitwise<br>Im Mediapark 8, 50670 Köln<br>gaitwise ist eine Marke der Motion Analytics Köln GmbH · HRB 112870</p>
</div>
<p style="font-size:11px;color:#9a9a9a">Sent via Ashby</p>
""",
})

# 13 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "rejection", "name": "zeitarbeit_client_unnamed", "lang": "de",
    "company": "PersonalPlus Zeitarbeit", "contact": "d.yildiz@personalplus.example.de",
    "sender": "Deniz Yildiz <d.yildiz@personalplus.example.de>",
    "subject": "Update",
    "date": "2026-02-09 08:14 +0100",
    "charset": "windows-1252", "cte": "8bit",
    "text": """Guten Morgen Herr Lindqvist-Amato,

kurze Rückmeldung zu dem Einsatz bei unserem Kunden in Neuss, über den wir letzte Woche telefoniert haben: Der Kunde hat sich leider für einen Bewerber entschieden, der schon im Servicebereich für Medizinprodukte gearbeitet hat. Ich kann Sie für diesen Einsatz deshalb nicht vorschlagen – sorry!

Ihr Profil bleibt natürlich bei uns im Pool, und ich melde mich, sobald etwas Passendes reinkommt. Gerade im Bereich Homecare / Hilfsmittelversorgung haben wir öfter Anfragen.

Beste Grüße
Deniz Yildiz
Personaldisponentin

PersonalPlus Zeitarbeit GmbH – Niederlassung Düsseldorf
Graf-Adolf-Straße 71 • 40210 Düsseldorf
Fon 0211 555 38 20 • Fax 0211 555 38 29
Geschäftsführer: Ralf Hübner • AG Düsseldorf HRB 90314
""",
})

# 14 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "rejection", "name": "family_distributor_owner_letter", "lang": "de",
    "company": "MedLogistik Schmitz & Söhne", "contact": "h.schmitz@medlogistik-schmitz.example.de",
    "sender": "Heinz Schmitz <h.schmitz@medlogistik-schmitz.example.de>",
    "subject": "Unser Gespräch vom 17. Juni",
    "date": "2026-06-24 19:31 +0200",
    "header_charset": "windows-1252", "charset": "windows-1252", "cte": "qp",
    "text": """Lieber Herr Lindqvist-Amato,

ich schreibe Ihnen selbst, weil ich finde, dass sich das nach einem so guten Gespräch gehört.

Meine Söhne und ich haben lange überlegt. Sie haben uns gefallen – Ihre ruhige Art, Ihr Fachwissen über Rollatoren, Stehtrainer und die ganze Versorgungskette, und auch, dass Sie unser Lager sehen wollten. Trotzdem haben wir uns für einen Mitbewerber entschieden, der die Kostenträger und die Abrechnung mit den Kassen schon aus dem Effeff kennt. Für einen Betrieb unserer Größe zählt das im ersten Jahr leider mehr als alles andere.

Ich sage Ihnen ehrlich: Das ist uns nicht leichtgefallen. Wenn Sie in ein, zwei Jahren noch „Lust auf Handel“ haben, rufen Sie mich an.

Mit herzlichen Grüßen
Ihr Heinz Schmitz

MedLogistik Schmitz & Söhne GmbH & Co. KG
Sanitätsfachhandel und Medizinprodukte seit 1962
Erkrather Straße 230 · 40233 Düsseldorf
Telefon 0211 555 61 00
Persönlich haftende Gesellschafterin: Schmitz Verwaltungs-GmbH · Geschäftsführer: Heinz Schmitz, Andreas Schmitz
""",
})

# 15 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "rejection", "name": "swiss_hospital_short_formal", "lang": "de",
    "company": "Spital Rheinknie Basel", "contact": "bewerbung@spital-rheinknie.example.ch",
    "sender": "Spital Rheinknie Basel <bewerbung@spital-rheinknie.example.ch>",
    "subject": "Absage: Fachperson Medizintechnik / Applikation (80-100%)",
    "date": "2026-09-02 14:27 +0200",
    "charset": "iso-8859-1", "cte": "qp",
    "text": """Grüezi Herr Lindqvist-Amato

Besten Dank für Ihre Bewerbung und Ihr Interesse am Spital Rheinknie.

Nach eingehender Prüfung müssen wir Ihnen leider mitteilen, dass wir Ihr Dossier nicht in die engere Auswahl einbeziehen können. Wir haben uns für Personen entschieden, die bereits über Erfahrung mit der Gerätebewirtschaftung nach MepV verfügen.

Für Fragen stehe ich Ihnen gerne zur Verfügung.

Freundliche Grüsse

Nadja Gerber
HR Business Partnerin

Spital Rheinknie Basel
Personaldienst
Kleinhüningerstrasse 19
4057 Basel
T +41 61 555 22 48
""",
})

# 16 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "rejection", "name": "vienna_rehab_register_missing", "lang": "de",
    "company": "Rehazentrum Donaupark", "contact": "k.pichler@rehazentrum-donaupark.example.at",
    "sender": "Mag. Katharina Pichler <k.pichler@rehazentrum-donaupark.example.at>",
    "subject": "Re: Ihre Bewerbung",
    "date": "2026-10-06 09:50 +0200",
    "irt": "<0a9b8c7d-6e5f-4a4b-8c3d-2e1f0a9b8c7d@example.de>",
    "charset": "utf-8", "cte": "8bit",
    "text": """Sehr geehrter Herr Lindqvist-Amato,

danke für Ihre Bewerbung und das nette Telefonat letzte Woche.

Ich habe mit unserer ärztlichen Leitung Rücksprache gehalten: Da die Stelle ab 1. Dezember besetzt werden muss und das Anerkennungsverfahren Ihrer deutschen Ausbildung in Österreich erfahrungsgemäß mehrere Monate dauert, können wir Ihre Bewerbung leider nicht weiter berücksichtigen. Das tut mir wirklich leid, fachlich hätten Sie gut zu uns gepasst.

Sollte sich die Situation bei Ihnen ändern – sprich: wenn die Berufsberechtigung vorliegt –, freue ich mich über eine neuerliche Kontaktaufnahme.

Mit freundlichen Grüßen

Mag. Katharina Pichler
Leitung Personal & Organisation
Rehazentrum Donaupark | Wagramer Straße 19 | 1220 Wien
T: +43 1 555 31 70-12
""",
})

# 17 -----------------------------------------------------------------------------------------
_gh = "https://links.greenhouse-mail.io/ls/click?upn="
MESSAGES.append({
    "kind": "rejection", "name": "greenhouse_closer_match", "lang": "en",
    "company": "NeuroStride", "contact": "",
    "sender": "NeuroStride via Greenhouse <no-reply@greenhouse-mail.io>",
    "subject": "Your application to NeuroStride",
    "date": "2026-07-22 23:05 +0200",
    "structure": "alt", "charset": "utf-8", "cte": "qp",
    "html": ats_html(
        f"""<p>Hi Tobias,</p>
<p>Thank you for your interest in the <strong>Clinical Application Specialist, DACH (Frankfurt)</strong> role at NeuroStride, and for taking the time to speak with our team.</p>
<p>After careful review, we have decided to move forward with candidates whose experience more closely matches the current needs of the role. We know this isn't the news you were hoping for, and we truly appreciate the effort you put into the process.</p>
<p>We'd love to stay in touch. Feel free to check our {tracked("https://www.neurostride.example.com/careers", "careers page", _gh)} for future openings that fit your background.</p>
<p>Best regards,<br>The NeuroStride Talent Team</p>""",
        logo_src="https://s3.amazonaws.com/grnhse-prod/logos/neurostride_logo_320.png",
        logo_alt="NeuroStride", accent="#10a37f", lang="en",
        footer=f"""NeuroStride Technologies Inc. · 200 Clarendon Street · Boston, MA 02116 · USA<br>
{tracked("https://www.neurostride.example.com/privacy", "Privacy Policy", _gh, "color:#7a7f85")} · Powered by Greenhouse""",
        tail=pixel("https://links.greenhouse-mail.io/wf/open?upn=q8Zk2LxA0")),
})

# 18 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "rejection", "name": "lever_after_panel", "lang": "en",
    "company": "Amstel Neurotech", "contact": "talent@amstelneuro.example.nl",
    "sender": "Amstel Neurotech <no-reply@hire.lever.co>",
    "reply_to": "talent@amstelneuro.example.nl",
    "subject": "Amstel Neurotech – Clinical Specialist, Neuromodulation",
    "date": "2026-09-15 16:22 +0200",
    "structure": "alt", "charset": "utf-8", "cte": "qp",
    "html": """<div style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
<p>Dear Tobias,</p>
<p>Thank you for meeting our clinical and product teams in Amsterdam last Thursday. Everyone enjoyed the conversation, and your patient case on spinal cord stimulation after stroke was one of the better ones we have heard.</p>
<p>We have now completed the final round. After careful consideration we have decided not to proceed with your application for this position; another candidate brings hands-on experience with implantable stimulators in a hospital setting, which weighed heavily for this particular team.</p>
<p>If you would like more detailed feedback, just reply to this email and I will set up 15 minutes.</p>
<p>Kind regards,<br>Sanne Bakker<br>Talent Partner, Amstel Neurotech</p>
<p style="font-size:11px;color:#888">Amstel Neurotech B.V. · Kraanspoor 26 · 1033 SE Amsterdam · KvK 71234567</p>
</div>
<img src="https://hire.lever.co/email/open/2f7d1a9c.png" width="1" height="1" alt="">
""",
})

# 19 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "rejection", "name": "one_liner_gmail_chain", "lang": "en",
    "company": "KINEXO", "contact": "dan.okafor@kinexo.example.com",
    "sender": "Dan Okafor <dan.okafor@kinexo.example.com>",
    "subject": "Re: Clinical Application Specialist – DACH",
    "date": "2026-05-12 07:41 +0200",
    "charset": "utf-8", "cte": "qp",
    "msgid": "<CAH3kq8v+T1sQ0bLw7m5xN_ZpD4Y2e@mail.kinexo.example.com>",
    "irt": "<a7e1c93b-2d58-4f0a-b6e4-1c8d9e2f3a57@example.de>",
    "refs": ["<CAH3kq8vR9m2pX0-aW4dLQw@mail.kinexo.example.com>",
             "<41f6b0d2-9c3e-4a7b-8d15-6e2f0a9b8c31@example.de>"],
    "text": """Thanks Tobias, we've gone another direction. Best, Dan

Sent from my iPhone

On Mon, 11 May 2026 at 19:02, Tobias Lindqvist-Amato <tobias.la@example.de> wrote:
> Hi Dan,
>
> Just checking in – is there any update after last Thursday? You mentioned the
> offer stage could move quickly, so I wanted to make sure I don't miss anything.
>
> Best,
> Tobias
>
> On Thu, 23 Apr 2026 at 08:30, Dan Okafor <dan.okafor@kinexo.example.com> wrote:
>> Tobias – great speaking yesterday. I'd like you to meet Sandra from our
>> clinical team next week. She'll send an invite for the interview.
>>
>> Dan Okafor | Regional Sales Director DACH | KINEXO
>> +49 69 555 80 14
""",
})

# 20 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "rejection", "name": "teamtailor_filled_internally", "lang": "en",
    "company": "Kinetiq Health", "contact": "",
    "sender": "Kinetiq Health <noreply@teamtailor-mail.com>",
    "subject": "Update on your application – Implementation Specialist (Physio background)",
    "date": "2026-03-27 12:03 +0100",
    "charset": "utf-8", "cte": "b64",
    "html": ats_html(
        """<p style="font-size:20px;margin:0 0 18px 0"><b>Hi Tobias,</b></p>
<p>Thanks so much for applying to be our Implementation Specialist.</p>
<p>We wanted to let you know personally: the position has been filled internally. One of our physios from the customer support team moved into the role this month, so we're closing the search.</p>
<p>This means we won't be taking your application further – but honestly, your profile stood out, and we'd love to keep you in our talent community for upcoming roles in Amsterdam.</p>
<p>Warmly,<br>Noor &amp; the Kinetiq people team</p>""",
        logo_src="https://d2yjs1yodf0.cloudfront.net/kinetiq/logo@2x.png", logo_alt="kinetiq health",
        accent="#ff5a5f", lang="en",
        footer="""Kinetiq Health B.V. · Keizersgracht 555 · Amsterdam<br>
<a href="https://kinetiq.teamtailor.example.com/connect/unsubscribe" style="color:#7a7f85">Leave the talent community</a> · Sent with Teamtailor"""),
})

# 21 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "rejection", "name": "requisition_cancelled", "lang": "en",
    "company": "Medivant Europe", "contact": "",
    "sender": "Medivant Europe Recruiting <noreply@smartrecruiters.com>",
    "subject": "Regarding your interview for Field Clinical Specialist – Frankfurt",
    "date": "2026-06-30 09:15 +0200",
    "structure": "alt", "charset": "utf-8", "cte": "qp",
    "html": ats_html(
        """<p>Dear Tobias Lindqvist-Amato,</p>
<p>We are writing about the assessment day for the position of <b>Field Clinical Specialist – Frankfurt</b> that was planned for 8 July.</p>
<p>Following a review of our 2026 headcount plan, the requisition for this position has been cancelled and the role will not be filled. The assessment day therefore will not take place, and we are closing all open applications for this vacancy, including yours.</p>
<p>We regret the inconvenience this causes and thank you sincerely for the time you invested. You are welcome to apply for other Medivant positions on our career site.</p>
<p>Kind regards,<br>Medivant Europe Talent Acquisition</p>""",
        logo_src="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/medivant_europe.png",
        logo_alt="MEDIVANT", accent="#003b71", lang="en",
        footer="""Medivant Europe GmbH · Lyoner Straße 14 · 60528 Frankfurt am Main · HRB 110233<br>
This is an automated message; replies to this address are not monitored. · Powered by SmartRecruiters"""),
})

# 22 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "rejection", "name": "uk_company_after_second_round", "lang": "en",
    "company": "Thornbury Medical", "contact": "olivia.hart@thornbury-medical.example.com",
    "sender": "Olivia Hart <olivia.hart@thornbury-medical.example.com>",
    "subject": "Following up",
    "date": "2026-08-07 15:36 +0200",
    "charset": "utf-8", "cte": "7bit",
    "text": """Hi Tobias,

Thank you again for coming in for the second round on Tuesday and for the presentation on post-operative mobilisation after knee replacement - it sparked a lively discussion afterwards.

I'm sorry to say we won't be offering you the Clinical Education Specialist role. It was a close call, but the panel went with a candidate who has already run surgeon training for one of our competitors in Germany.

Please don't read this as a verdict on your potential; I'd genuinely be glad to hear from you if you see another opening with us.

All the best,
Olivia

Olivia Hart
Head of Clinical Education, EMEA
Thornbury Medical Ltd
3 Riverside Way, Reading RG1 3EX, United Kingdom
Registered in England No. 06251847. Registered office as above.

This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it.
""",
})

# 23 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "rejection", "name": "workable_plain_vienna", "lang": "en",
    "company": "Ostara Medical", "contact": "",
    "sender": "Careers at Ostara Medical <noreply@workablemail.com>",
    "subject": "Your application for Clinical Trainer (m/f/d) at Ostara Medical",
    "date": "2026-01-21 18:10 +0100",
    "charset": "utf-8", "cte": "qp",
    "text": """Dear Tobias,

Thank you for applying for the Clinical Trainer (m/f/d) position at Ostara Medical in Vienna.

We have reviewed your application carefully. Unfortunately we will not be moving forward with it at this time.

We wish you every success in your job search.

Best regards,
Ostara Medical Hiring Team

---
Ostara Medical GmbH, Dresdner Straße 89, 1200 Wien
You received this email because you applied for a job at Ostara Medical through Workable.
""",
})

# 24 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "rejection", "name": "icims_talent_pool_kept", "lang": "en",
    "company": "Stryde Orthopaedics", "contact": "",
    "sender": "Stryde Orthopaedics Talent Acquisition <stryde-ortho@talent.icims.com>",
    "subject": "Stryde Orthopaedics: Status of your application (Req 2026-3318)",
    "date": "2026-04-16 04:12 +0200",
    "structure": "alt", "charset": "utf-8", "cte": "qp",
    "html": ats_html(
        """<p>Dear Tobias,</p>
<p>Thank you for your interest in the <b>Product Specialist – Joint Reconstruction (Cologne/Düsseldorf)</b> opportunity with Stryde Orthopaedics.</p>
<p>We have carefully considered your qualifications against the requirements of the position and regret to inform you that you have not been selected to continue in the process.</p>
<p>Your profile will remain in our talent pool, and our recruiters may contact you if a future opening matches your background. You can update your profile or set up job alerts at any time.</p>
<p>Sincerely,<br>Stryde Orthopaedics Talent Acquisition</p>""",
        logo_src="https://careers-stryde.icims.com/icims2/servlet/icims2?module=AppInert&action=download&id=44187&hashed=-19283",
        logo_alt="STRYDE ORTHOPAEDICS", accent="#e35205", lang="en",
        footer="""Stryde Orthopaedics is an equal opportunity employer. Stryde Orthopaedics GmbH, Am Seestern 18, 40547 Düsseldorf.<br>
Please do not reply to this message. To manage email preferences, <a href="https://careers-stryde.icims.com/jobs/login?unsubscribe=1" style="color:#7a7f85">click here</a>."""),
})

# 25 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "rejection", "name": "taleo_lyon_vous", "lang": "fr",
    "company": "Orthavia", "contact": "",
    "sender": "Orthavia Recrutement <orthavia@taleo.net>",
    "subject": "Votre candidature - Spécialiste Produit Rachis H/F - Lyon",
    "date": "2026-05-06 11:44 +0200",
    "charset": "iso-8859-1", "cte": "qp",
    "html": """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body>
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="620" cellpadding="18" cellspacing="0" style="font-family:Georgia,serif;font-size:14px;color:#2b2b2b;border:1px solid #e3e3e3">
<tr><td><img src="https://orthavia.taleo.net/careersection/theme/orthavia/logo.gif" alt="ORTHAVIA - Implants rachidiens" width="180"></td></tr>
<tr><td>
<p>Bonjour Monsieur Lindqvist-Amato,</p>
<p>Nous vous remercions de l'intérêt que vous portez à Orthavia et de votre candidature au poste de Spécialiste Produit Rachis H/F basé à Lyon.</p>
<p>Après une étude attentive de votre dossier, nous avons le regret de vous informer que nous avons retenu d'autres candidatures dont le profil correspond davantage aux exigences du poste, notamment en matière d'expérience au bloc opératoire.</p>
<p>Nous conservons vos coordonnées dans notre base de données, sauf avis contraire de votre part, afin de pouvoir vous recontacter si une opportunité correspondant à votre profil se présentait.</p>
<p>Nous vous prions d'agréer, Monsieur, l'expression de nos salutations distinguées.</p>
<p>Le service Ressources Humaines<br>Orthavia SAS</p>
</td></tr>
<tr><td style="font-size:10px;color:#999">Orthavia SAS au capital de 2 400 000 EUR - RCS Lyon 812 345 678 - 14 rue de Gerland, 69007 Lyon.<br>Ce message est généré automatiquement, merci de ne pas y répondre.</td></tr>
</table></td></tr></table>
</body></html>
""",
})

# 26 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "rejection", "name": "cabinet_names_client_de_envoye", "lang": "fr",
    "company": "Cardiolyne", "contact": "helene.verdier@verdier-conseil.example.fr",
    "sender": "Hélène Verdier <helene.verdier@verdier-conseil.example.fr>",
    "subject": "RE: Convocation - Spécialiste Application Clinique",
    "date": "2026-04-24 18:55 +0200",
    "charset": "windows-1252", "cte": "qp",
    "msgid": "<PAXPR02MB7711E3A91F0C2B4D@PAXPR02MB7711.eurprd02.prod.outlook.com>",
    "irt": "<e3f5a7b9-1c2d-4e6f-8a0b-2c4d6e8f0a1b@example.de>",
    "refs": ["<PAXPR02MB77119C0D1E2F3A4B@PAXPR02MB7711.eurprd02.prod.outlook.com>"],
    "text": """Bonsoir Tobias,

Je reviens vers vous comme promis après l'entretien de mardi chez Cardiolyne.

Je suis désolée de vous l'annoncer : notre client a finalement retenu un autre candidat, qui travaille déjà sur des dispositifs de réadaptation cardiaque et connaît bien le réseau des cliniques lyonnaises. Le comité a souligné la qualité de votre échange avec le Dr Marchand, mais la décision s'est jouée sur ce point.

Je garde naturellement votre dossier en tête pour d'autres missions, notamment dans la région Auvergne-Rhône-Alpes.

Bien cordialement,

Hélène Verdier
Associée – Cabinet Verdier Conseil
Recrutement Santé & Dispositifs médicaux
47 quai Saint-Vincent – 69001 Lyon
Tél. : 04 78 55 12 90

De : Tobias Lindqvist-Amato <tobias.la@example.de>
Envoyé : mardi 21 avril 2026 19:02
À : Hélène Verdier <helene.verdier@verdier-conseil.example.fr>
Objet : RE: Convocation - Spécialiste Application Clinique

Bonsoir Madame Verdier,

L'entretien s'est très bien passé, merci encore pour la préparation. J'attends donc votre retour et, je l'espère, une proposition.

Bien à vous,
Tobias

De : Hélène Verdier <helene.verdier@verdier-conseil.example.fr>
Envoyé : jeudi 9 avril 2026 10:12
À : Tobias Lindqvist-Amato <tobias.la@example.de>
Objet : Convocation - Spécialiste Application Clinique

Bonjour Tobias,

Bonne nouvelle : Cardiolyne souhaite vous rencontrer. Vous êtes convoqué à un entretien le mardi 21 avril à 14h00, dans leurs locaux de Villeurbanne.
""",
})

# 27 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "rejection", "name": "hospital_group_drh_noreply", "lang": "fr",
    "company": "Groupe Hospitalier Saint-Irénée", "contact": "",
    "sender": "DRH - Groupe Hospitalier Saint-Irénée <ne-pas-repondre@gh-saint-irenee.example.fr>",
    "subject": "Suite donnée à votre candidature",
    "date": "2026-09-21 08:03 +0200",
    "charset": "windows-1252", "cte": "8bit",
    "text": """Monsieur,

Vous avez bien voulu nous adresser votre candidature au poste d'ingénieur d'application – équipements de rééducation (réf. GHSI-2026-071) et nous vous en remercions.

Nous sommes au regret de vous informer que votre candidature n'a pas été retenue. Cette décision ne remet pas en cause la qualité de votre parcours.

Nous vous prions d'agréer, Monsieur, l'expression de nos salutations distinguées.

La Direction des Ressources Humaines
Groupe Hospitalier Saint-Irénée
20, rue Pierre-Audry – 69005 Lyon

––
Ce courriel est envoyé automatiquement : merci de ne pas y répondre.
""",
})

# 28 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "rejection", "name": "startup_tu_budget_frozen", "lang": "fr",
    "company": "Motrice", "contact": "camille@motrice.example.fr",
    "sender": "Camille Roux <camille@motrice.example.fr>",
    "subject": "desole...",
    "date": "2026-08-18 22:40 +0200",
    "charset": "utf-8", "cte": "qp",
    "msgid": "<CAMr0ux7t5E4k+fq9Lh2JbY@mail.motrice.example.fr>",
    "irt": "<2b9c4d6e-8f0a-4b1c-9d3e-5f7a9b1c3d5e@example.de>",
    "text": """Salut Tobias,

Bon je prefere te le dire directement plutot que de te laisser attendre : on a decide de ne pas donner suite pour le poste de Customer Success Clinique. Notre levee de fonds a pris du retard et le poste est gele jusqu'a nouvel ordre, donc on arrete le recrutement la.

Franchement ca me fait ch... parce que t'etais clairement notre meilleur profil. Si ca redemarre en 2027 je te recontacte en premier, promis.

Bon courage pour la suite et merci pour ta patience !

Camille
--
Camille Roux – co-fondatrice & CEO
Motrice · la rééducation connectée · Lyon
""",
})

# 29 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "rejection", "name": "bamboohr_madrid_usted", "lang": "es",
    "company": "Medicor Ibérica", "contact": "",
    "sender": "Medicor Ibérica <notifications@bamboohr.com>",
    "subject": "Actualización sobre su candidatura – Especialista Clínico de Producto",
    "date": "2026-07-08 13:33 +0200",
    "charset": "utf-8", "cte": "b64",
    "html": ats_html(
        """<p>Estimado Tobias:</p>
<p>Le agradecemos sinceramente el tiempo dedicado al proceso de selección para el puesto de <b>Especialista Clínico de Producto – Rehabilitación</b> en nuestra sede de Madrid.</p>
<p>Lamentablemente, hemos decidido continuar con otros candidatos cuyo perfil se ajusta mejor a las necesidades actuales del equipo, en particular en cuanto a la experiencia con el Sistema Nacional de Salud y las licitaciones públicas.</p>
<p>Conservaremos su currículum en nuestra base de datos durante un año, salvo que nos indique lo contrario.</p>
<p>Le deseamos mucho éxito en su búsqueda.</p>
<p>Atentamente,<br>Departamento de Personas<br>Medicor Ibérica</p>""",
        logo_src="https://medicoriberica.bamboohr.com/logos/medicor_iberica.png", logo_alt="Medicor Ibérica",
        accent="#1f7a8c", lang="es",
        footer="""Medicor Ibérica, S.L. · Calle de Josefa Valcárcel 40 · 28027 Madrid · CIF B-87654321<br>
Este mensaje se ha enviado desde BambooHR. Por favor, no responda a este correo."""),
})

# 30 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "rejection", "name": "hospital_madrid_terse", "lang": "es",
    "company": "Hospital Universitario Sierra Norte", "contact": "rrhh.seleccion@husierranorte.example.es",
    "sender": "Selección RRHH - HU Sierra Norte <rrhh.seleccion@husierranorte.example.es>",
    "subject": "Puesto fisioterapeuta-especialista de producto",
    "date": "2026-10-13 12:58 +0200",
    "charset": "iso-8859-1", "cte": "8bit",
    "text": """Estimado Tobias:

Le informamos de que el puesto ha sido cubierto. Gracias por su interés.

Un saludo,

Marta Gil Olmedo
Unidad de Selección - RRHH
Hospital Universitario Sierra Norte
""",
})

# 31 -----------------------------------------------------------------------------------------
_selecta = """Hola Tobias!

Te escribo porque al final el cliente se ha decantado por un perfil con más experiencia comercial en traumatología, así que no vamos a seguir adelante con tu candidatura para este proceso. Una pena, de verdad, porque les gustó mucho cómo explicaste la parte clínica.

Yo sigo contando contigo, ¿eh? En cuanto me entre algo de rehabilitación o neuro te llamo.

Un abrazo,
Paula

Paula Sanz | Consultora Senior | Selecta Salud Headhunters
+34 91 555 40 22 · Paseo de la Castellana 95, Madrid

El lun, 9 mar 2026 a las 11:20, Tobias Lindqvist-Amato (<tobias.la@example.de>) escribió:
> Hola Paula,
> ¡muchas gracias! Me encantaría hacer la entrevista con el director comercial. Si llega una oferta, ¿cuál sería la fecha de incorporación?
> Un saludo,
> Tobias
>
> El vie, 6 mar 2026 a las 17:03, Paula Sanz (<paula.sanz@selectasalud.example.es>) escribió:
>> Tobias, ¡buenas noticias! El cliente quiere entrevistarte la semana que viene.
"""
MESSAGES.append({
    "kind": "rejection", "name": "headhunter_tu_el_escribio", "lang": "es",
    "company": "Selecta Salud Headhunters", "contact": "paula.sanz@selectasalud.example.es",
    "sender": "Paula Sanz <paula.sanz@selectasalud.example.es>",
    "subject": "Re: Proceso especialista producto",
    "date": "2026-03-20 13:47 +0100",
    "charset": "utf-8", "cte": "qp",
    "msgid": "<CAP4uLa+SzQ7mX1r0bN3vYk@mail.gmail.com>",
    "irt": "<0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f@example.de>",
    "refs": ["<CAP4uLa+Ab1Cd2Ef3Gh@mail.gmail.com>"],
    "text": _selecta,
    "html": gmail_html(_selecta),
})
